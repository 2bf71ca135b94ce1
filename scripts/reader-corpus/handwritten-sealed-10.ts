/**
 * SEALED, tenth part: whole messages written one by one for tests/reader-corpus/sealed-10.jsonl, about REASONS and
 * FLAGS as real employers state them: comparisons with other candidates ("more hands-on exposure", "a deeper
 * background", "a stronger match on paper", "further along in their careers"), requirements named in passing inside a
 * longer sentence, the generic decline in many forms, test results with and without the shortcoming named, internal
 * appointments in other words, filled posts, roles cut, relocation / visa / right-to-work / time zone, salary bands,
 * "more senior than this role", working style and team fit, and about fifteen messages with two reasons; door-open
 * and feedback offers in many wordings and positions (first line, middle of a long letter, P.S., signature), specific
 * feedback hidden in polite sentences, explicit refusals of feedback and praise that is not feedback. ATS templates,
 * hiring managers, founders, agency recruiters, universities, the NHS and councils, retail and hospitality; British,
 * American, Indian and Australian English; one-liners and letters of 300+ words, HTML, quoted earlier mail; three
 * paused processes and fifteen look-alikes (acknowledgements, invitations, updates, an offer, alerts, and polite
 * "unfortunately / regret" wording that declines no one). Written before the twelfth round of changes
 * (docs/decisions/0059); to be scored once before any change, never read to fix a miss and never trained on.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s10-');

const jobvite = (company: string): string =>
  `\n\n---\n${company} Recruiting · powered by Jobvite\nPlease do not reply to this message; replies are not read.`;
const recruitee = (company: string): string => `\n\n—\n${company} careers · Sent via Recruitee · Manage your data`;
const pinpoint = (company: string): string =>
  `\n\n${company} · Applicant tracking by Pinpoint\nYou are receiving this email because you applied for a job with ${company}.`;
const taleo = (company: string, req: string): string =>
  `\n\nJob Number: ${req}\n${company} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.\nThis message was sent from an unattended mailbox.`;
const nhs = (trust: string): string =>
  `\n\n${trust}\nThis email was sent via NHS Jobs. Please do not reply directly to this email; use the messaging function in your NHS Jobs account.`;
const quoted = (when: string, who: string, body: string): string =>
  `\n\nOn ${when}, ${who} wrote:\n` + body.split('\n').map((l) => `> ${l}`).join('\n');

export const SEALED_10: readonly CorpusLine[] = [
  // ── after the application: requirements named in passing, comparisons, the generic decline in many forms
  rej('application', ['skills_gap'], fb,
    `Dear Amara,

Thank you for applying for the Reporting Analyst position at Quarrystone Freight. We have now reviewed your application against the requirements of the role and, given the role's heavy day-to-day use of SQL, which your CV doesn't show, we won't be taking your application further on this occasion.

We appreciate the time you took to apply and wish you well in your search.

Quarrystone Talent Team${jobvite('Quarrystone Freight')}`, 'Your application: Reporting Analyst'),

  rej('application', ['generic'], door,
    `Hi Callum,

Thanks so much for wanting to join us at Kitewood. We had a huge response to our Christmas Sales Assistant roles this year and we're sorry to say you haven't been selected to move forward.

Please don't let this put you off — new store vacancies go up every week and we'd genuinely encourage you to apply for another role with us.

Best wishes,
Kitewood Retail People Team`, 'Kitewood – your application'),

  rej('application', ['generic'], {},
    `Thanks for applying — we won't be progressing your application for the Junior Designer role. All the best, Hana`),

  rej('application', ['profile_mismatch'], door,
    `Dear Priyanka,

Thank you for your interest in the Operations Coordinator role at Cinnabar Events.

We read every application carefully. On this occasion we have chosen to continue with applicants whose experience was a stronger match on paper for what the role needs, so we will not be moving your application forward.

With your permission we will keep your details in our talent pool for twelve months and contact you if a suitable role comes up.

Kind regards,
Recruitment, Cinnabar Events${recruitee('Cinnabar Events')}`, 'Operations Coordinator at Cinnabar Events'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Tobias,

Thanks for taking my call on Tuesday. I've now spoken to the client about the Customer Success Manager role and, unfortunately, they've decided not to progress your application. Their team works almost entirely in German with customers in Austria and Switzerland, and they need someone at C1 level or above — from our chat that isn't quite where you are yet.

I know that's disappointing. I'll keep an eye out for English-speaking roles in the same space and will be in touch as soon as I see something that fits you.

Cheers,
Rob Mensah
Senior Consultant | Vantagepoint Recruitment`, 'RE: CSM role – client update'),

  rej('interview', ['position_filled', 'skills_gap'], { ...fb, ...offered },
    `Hi Dev,

Thanks again for the time you gave us over the two conversations last week — with me, and then the technical session with Kasia and Liam.

I'm writing to let you know that we've made an offer to another candidate for the Platform Engineer role, and they've accepted. It was close. The deciding factor was that they had more hands-on exposure to running Kubernetes in production than we heard in your examples, and that's most of what this team does day to day.

If it would be useful, I'm happy to go through my notes from the technical interview with you on a short call.

Best,
Fran
Engineering Manager, Bramblecote Labs`, 'Platform Engineer – update'),

  rej('final', ['position_filled', 'profile_mismatch'], {},
    `Dear Ms Adeyemi,

Thank you for attending the final round for the Head of Compliance role at Mizzen Capital and for the time you spent with our Chief Risk Officer.

You were a strong finalist and the panel enjoyed meeting you. After a great deal of discussion, we have offered the position to a candidate further along in their career, and they have accepted.

We wish you every success.

Yours sincerely,
Eleanor Pryce
Talent Acquisition, Mizzen Capital`, 'Head of Compliance'),

  // ── tests: with and without the shortcoming named
  rej('assessment', ['assessment'], fb,
    `Hi Jonah,

Thanks for sending over your take-home for the Backend Engineer role at Kestrelbyte — we know it takes real time and we appreciate it.

Two of our engineers reviewed it. They liked how readable the code was, but the solution didn't handle the edge cases around daylight-saving changes in the scheduling logic, and there were no automated tests, which we'd flagged as important in the brief. For those reasons we won't be moving you to the interview stage.

Thanks again, and good luck with the search.

Kestrelbyte Hiring`, 'Your Kestrelbyte take-home'),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the online numerical reasoning assessment as part of your application to the Ravelstone Insurance Graduate Programme 2025.

Unfortunately, your score did not reach the level required to progress to the next stage of the process. Due to the volume of applicants, we are unable to provide feedback on individual test results.

We wish you the very best for the future.

Ravelstone Early Careers Team`, 'Ravelstone Graduate Programme – assessment outcome'),

  // ── internal appointments, filled posts, roles cut
  rej('application', ['internal_candidate'], {},
    `Dear Mr Farrant,

Post: Housing Officer (Ref NWC-1187)

Thank you for your application for the above post. I am writing to let you know that, under the Council's redeployment policy, the post is being offered to an existing member of staff whose role is at risk, and we will therefore not be shortlisting external applications.

Thank you for your interest in working for Northwold District Council.

Yours sincerely,
HR Shared Services
Northwold District Council`, 'Housing Officer (Ref NWC-1187)'),

  rej('interview', ['internal_candidate'], door,
    `Hi Marta,

Thank you for coming in to meet the team on Thursday — everyone enjoyed the conversation.

I wanted to let you know that we've decided to appoint a colleague who has been covering the Events Manager role on secondment since the spring, so we won't be taking your application further.

This isn't the last role we'll advertise this year, and we'd really like you to apply for future openings with us.

Warm regards,
Gemma
Sandpiper Arts Centre`, 'Events Manager'),

  rej('application', ['position_filled'], {},
    `Hi Jordan, thanks for your application for the bar team at the Copperkettle Harrogate. We've now filled all our summer positions so we won't be taking it any further. Cheers, Marco`),

  rej('application', ['role_closed'], {},
    `Dear Sophie,

Thank you for applying for the Marketing Executive vacancy at Poppyfield Foods.

Following a review of our budget for the coming year, the vacancy has been withdrawn and we will not be proceeding with any applications. We are sorry for any disappointment this causes.

Regards,
Poppyfield Foods HR`, 'Marketing Executive vacancy withdrawn'),

  rej('interview', ['role_closed'], door,
    `Hey Noor,

I wanted to tell you this myself rather than have it come from a template. After your interviews with me and with Priya, we were keen to bring you back for the last step — but our funding round has slipped into next year, and we've had to cut the design hire completely. We're not hiring for the role at all now.

It's genuinely not a reflection on you. If we open a design role again next year, I'd love to get back in touch.

Tom
Founder, Glasswing`, 'Glasswing – sorry'),

  // ── location, visa, time zone
  rej('screen', ['location'], fb,
    `Dear Kwame,

Thank you for speaking with me on the phone yesterday about the Data Engineer role.

As we discussed, this position requires the right to work in the UK without sponsorship, and we are not able to sponsor a Skilled Worker visa for this role. As a result we won't be able to move your application forward.

I'm sorry it isn't better news, and I wish you the best of luck.

Kind regards,
Helen Ashdown
Talent Partner, Lumenfield Energy`, 'Data Engineer – Lumenfield Energy'),

  rej('application', ['location'], fb,
    `Hi Wei Ling,

Thanks for applying to be a Support Engineer at Roanoke. Although we're a fully remote team, every support engineer needs at least four hours of overlap with US Pacific time each day, and your application notes that you're based in Singapore with fixed working hours. Because of that we can't move forward with your application for this role.

Thanks for your interest in Roanoke.

— The Roanoke Team`, 'Your application to Roanoke'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Alex,

Thank you for your call with Saira from our talent team on Monday.

Having looked at everything, the salary expectations you shared (£75,000) sit above the band we've set for this role (£55,000–£62,000), and we don't have the flexibility to close that gap. So we've decided not to progress your application.

If your expectations change, or a more senior role opens up, we'd welcome hearing from you again.

Best regards,
Ochre Studio Talent`, 'Senior Product Designer – Ochre Studio'),

  rej('interview', ['overqualified'], fb,
    `Dear Mr. Raghavan,

Greetings from Tamarind Fintech.

Thank you for attending the interview for the position of Software Engineer – Payments on 14th instant. The panel felt that, with your experience of leading a team of fifteen engineers, you are more senior than this individual-contributor role, and they were concerned the role would not hold your interest for long. Hence we are not proceeding further with your candidature for this position.

We thank you for your time and wish you all success in your career.

Warm regards,
Talent Acquisition Team
Tamarind Fintech Pvt. Ltd., Bengaluru`, 'Interview outcome – Software Engineer (Payments)'),

  rej('interview', ['culture_fit'], fb,
    `Hi Becca,

Thanks for the interviews on Wednesday — you were great to talk to.

We've decided not to move forward. Honestly, the thing we kept coming back to was working style: you told us you do your best work with clear priorities and a well-defined process, and right now we're six people with almost none of that and a lot of ambiguity. We think you'd thrive somewhere more structured than we are at the moment.

Thanks again,
Ines, Co-founder, Stonechat`, 'Stonechat'),

  rej('final', ['skills_gap', 'culture_fit'], { ...fb, ...offered },
    `Dear Olamide,

Thank you for making the trip to our London office for the final onsite on Friday, and for being so generous with your time across five conversations in one day. I know these days are tiring, and everyone who met you commented on how thoughtful and well prepared you were.

I'm afraid I'm writing with disappointing news: we have decided not to offer you the Senior Data Engineer position.

I want to give you a real reason rather than a form sentence, because you earned it. The panel met on Monday and went through each session in turn. Your system design conversation with Jonas was one of the strongest we've had this year, and your SQL exercise was clean and quick. Where the panel hesitated was on the healthcare side: this role owns pipelines carrying patient records, and the panel would have liked to see more first-hand experience of working with HIPAA-regulated data and the audit work that comes with it. We simply didn't hear enough of that in your examples, and it's the part of the job we can least afford to teach on the fly.

The second point was about how the team works. Our data group pairs on most tickets and does a lot of its thinking out loud in the team channel. In your conversation with Aoife you were very clear — and we respected it — that you prefer to work alone for long stretches and bring finished work back to the group. That's a completely valid way to work, but it's quite different from how this team operates day to day, and we think it would make the first year harder than it needs to be for you and for them.

None of this changes our view that you're a very capable engineer. I'd be glad to walk through the panel's notes in more detail if you want them.

With thanks and best wishes,
Rachel Oduya
Director of Data, Orrery Health

P.S. If you'd like that conversation, just reply with a couple of times that suit and I'll send an invite.`, 'Senior Data Engineer – final decision'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Mr Okafor,

Re: Neighbourhood Services Manager – interview on 9 October

Thank you for attending interview for the above post. The panel very much appreciated the preparation you had put into your presentation.

I am sorry to tell you that on this occasion you have not been successful. While your knowledge of tenancy law came across clearly, the panel would have liked to see more evidence of stakeholder management, particularly of working with councillors and residents' associations at a senior level, which is a central part of this role.

If you would like further feedback, please contact the HR team on the number below and we will arrange for the chair of the panel to call you.

Yours sincerely,
People Services
Lowther Housing Association`, 'Neighbourhood Services Manager – interview outcome'),

  rej('application', ['generic'], {},
    `Hello Sunil,

Thank you for your application for the Finance Assistant role at Everly Homes.

After careful review, we regret that we will not be taking your application further. Due to the high volume of applications we receive, we are unable to provide individual feedback.

Regards,
Everly Homes Recruitment${pinpoint('Everly Homes')}`, 'Finance Assistant – Everly Homes'),

  rej('interview', ['generic'], {},
    `Hi Georgia,

Thank you for interviewing with us for the Narrative Designer role. You clearly have an impressive background and the team enjoyed meeting you.

However, after careful consideration, we've decided to move forward with other candidates. Unfortunately we aren't able to offer individual feedback at this stage of the process.

We wish you all the best.

Fernhollow Games Recruiting`, 'Narrative Designer at Fernhollow'),

  rej('final', ['position_filled'], { ...offered, ...door },
    `Hi Malik,

Thank you for everything you put into the process for the Head of Partnerships role — three rounds, a presentation to the leadership team and a final conversation with our CEO.

I'm sorry to say that we've offered the role to another finalist, who has accepted.

I know this is a lot to hear after such a long process, so two things. First, I'd be glad to share the panel's feedback with you — just let me know a good time. Second, we'll keep you in mind for future openings on the commercial team; there are likely to be two next year.

Thank you again,
Sasha Lindgren
People Partner, Anchorlight`, 'Head of Partnerships – Anchorlight'),

  rej('application', ['profile_mismatch'], offered,
    `Dear Applicant,

Vacancy: Band 5 Staff Nurse – Ward 12 (Respiratory)
Reference: 291-RESP-0441

Thank you for your application for the above post.

The shortlisting panel has now met and, on this occasion, felt that other applicants more closely met the person specification. I am sorry to tell you that you have not been shortlisted for interview.

If you would like feedback on your application, please contact the recruiting manager using the details in the job advert.

Thank you for your interest in working for Hollybank.${nhs('Hollybank Hospitals NHS Foundation Trust')}`, 'NHS Jobs: outcome of your application 291-RESP-0441'),

  rej('application', ['skills_gap'], fb,
    `Dear Applicant,

Vacancy: Band 6 Occupational Therapist – Community Rehabilitation
Reference: 291-COMM-0102

Thank you for applying for the above post. Unfortunately, you have not been shortlisted because your application did not show that you hold current HCPC registration, which is an essential criterion for this role.

We wish you well in your future career.${nhs('Hollybank Hospitals NHS Foundation Trust')}`, 'NHS Jobs: outcome of your application 291-COMM-0102'),

  rej('interview', ['position_filled'], {},
    `Dear Dr Halvorsen,

Lecturer in Computational Linguistics (Ref. UMB-04471)

Thank you for attending the interviews and presentations held on 12 March. I am writing on behalf of the selection committee to let you know that, after careful deliberation, the committee has decided to offer the post to another candidate, who has accepted.

The committee was impressed by the quality of the field, and I would like to thank you for the time and effort you put into your visit to the School.

Yours sincerely,

Professor Catriona Bell
Head of School, Languages and Linguistics
Umbrafield University`, 'Lecturer in Computational Linguistics (Ref. UMB-04471)'),

  rej('application', ['profile_mismatch'], door,
    `Dear Ravi,

Thank you for showing interest in career opportunities with Sarangi Software Solutions.

We have reviewed your profile for the position of Java Developer. We regret to inform you that your profile does not match our current requirement. We will keep your resume in our database and get in touch with you should a suitable opening arise in future.

Thanks & Regards,
HR Team
Sarangi Software Solutions`, 'Application status – Java Developer'),

  rej('application', ['generic'], door,
    `G'day Liam,

Thanks for your application for the Graduate Mining Engineer position with Pindari Resources.

Unfortunately on this occasion you haven't been successful in progressing to the next stage. We received a large number of applications from high-calibre candidates, which made our decisions very difficult.

We encourage you to keep an eye on our careers page and apply for future roles that suit you.

Regards,
Pindari Resources Talent Team
Perth WA`, 'Pindari Resources – Graduate Mining Engineer'),

  rej('application', ['salary'], fb,
    `Dear Hannah,

Thank you for applying for the Fundraising Officer post at Kittiwake Trust.

The salary expectation on your application form (£48,000) is well above the fixed salary of £36,000 for this post, and as a small charity we have no room to negotiate, so we are unable to take your application further.

With best wishes,
Kittiwake Trust`, 'Fundraising Officer'),

  // ── two reasons
  rej('interview', ['salary', 'location'], fb,
    `Hi Daniel,

Thanks for the two interviews with the team last week.

We've decided not to take things further. There were two sticking points: your salary expectations are above the range we can offer for a Lisbon-based role, and the position requires relocating to Lisbon, which you mentioned you'd prefer not to do. Either one on its own we might have worked around, but not both.

All the best,
Joana
Coralline Travel`, 'Coralline – next steps'),

  rej('interview', ['overqualified', 'salary'], fb,
    `Dear Fiona,

Thank you for interviewing for the Office Manager role at Pemberley Dental Group.

We were impressed by your experience, but having discussed it as a team we feel that, with your background as an operations director, you would be more senior than this role, and the salary we can offer is considerably below what you told us you need.

For both reasons we will not be progressing your application. We wish you the very best.

Kind regards,
Practice Management Team`, 'Office Manager'),

  rej('screen', ['profile_mismatch', 'location'], fb,
    `Hi Sam,

Thanks for your time on the intro call yesterday.

I've fed back to the hiring manager, and we won't be moving forward. Your background isn't quite close enough to what the team needs for this particular role, and the role requires five days a week in our Leeds office, which you mentioned wouldn't work for you.

Thanks again and good luck.

Niamh | Talent, Seabright Insurance`, 'Seabright – intro call follow-up'),

  rej('application', ['skills_gap', 'location'], fb,
    `Dear Martin,

Thank you for applying for the Account Manager Benelux role at Verdigris Coatings.

This role needs fluent Dutch and being based in the Netherlands, as you would be visiting customers across the region each week. Your application doesn't show either, so we are not able to take it forward.

Kind regards,
Verdigris Coatings Recruitment`, 'Account Manager Benelux'),

  rej('interview', ['internal_candidate', 'skills_gap'], fb,
    `Hi Tara,

Thanks for coming in to talk to us about the CRM Manager role — it was a really good conversation.

We've decided to appoint internally. A colleague from our sales operations team applied, and she already knows our Salesforce setup inside out, which in the end made the difference.

Sorry it isn't better news.

Best,
Owen
Blackcurrant Media`, 'CRM Manager'),

  rej('final', ['overqualified', 'skills_gap'], fb,
    `Dear Vikram,

Thank you for attending the final round for the Analytics Lead position.

The panel's view was mixed, so I want to be clear about why we are not offering you the role. On the leadership side, your experience is more senior than this role: it leads a team of two, and you've run a department of thirty. At the same time, the role is very hands-on, and the panel felt your Python is lighter than we need for someone who will be writing most of the models themselves.

Thank you again for your time, and I wish you well.

Regards,
Anita Deshmukh
Head of Analytics, Bellwether Retail`, 'Analytics Lead – final round outcome'),

  rej('assessment', ['assessment', 'profile_mismatch'], {},
    `Dear Chloe,

Thank you for completing the written case study for the Policy Analyst role.

Your score on the case study was below the threshold we set for this stage, and overall other applicants' experience aligned more closely with the brief. We will therefore not be inviting you to interview.

Kind regards,
Recruitment Team
Drumlin Institute`, 'Policy Analyst – case study outcome'),

  rej('interview', ['position_filled', 'salary'], fb,
    `Hi Ellis,

Thanks again for meeting Jo and me for the Marketing Lead role.

We've now offered the position to another candidate whose salary expectations sat within our budget. You were the stronger of the two on brand work, if it helps, but the gap between your number and our range was more than we could bridge.

All the best with the search,
Ruth
Gullwing Bikes`, 'Marketing Lead – Gullwing'),

  rej('final', ['position_filled', 'culture_fit'], fb,
    `Dear Aisha,

Thank you for coming back for the final stage and for meeting the wider team over lunch.

We have offered the role to another candidate. It was a close decision, and it came down to working style: the team is heavily collaborative and makes most decisions together, and the other candidate's way of working matched that more closely than yours, which came across as more independent.

With thanks and best wishes,
Lowri Evans
Tanglewood Design Collective`, 'Tanglewood – final stage'),

  // ── Indian English, agencies, ATS, HTML
  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Dear Meenakshi,

Greetings of the day!

As discussed over call today, the client requires minimum 5 years of hands-on experience in SAP FICO, whereas you are having 2 years of relevant experience. Hence your profile cannot be taken forward for this requirement.

Kindly do not feel discouraged. We will share suitable openings with you as and when they come.

Thanks & Regards,
Pooja S.
Talent Acquisition Executive
Kallista Staffing Services, Hyderabad`, 'RE: SAP FICO Consultant – profile status'),

  rej('application', ['generic'], door,
    `<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Dear Jamal,</p>
<p>Thank you for your interest in the <b>Supply Chain Analyst</b> position at Obsidian Robotics.</p>
<p>We have carefully reviewed your application and have decided to pursue other candidates at this time.</p>
<p>We encourage you to visit our <a href="https://careers.obsidianrobotics.example">careers site</a> and apply to other positions that match your interests.</p>
<p>Sincerely,<br>Obsidian Robotics Talent Acquisition</p>
<p style="font-size:11px;color:#888">${taleo('Obsidian Robotics', '24-0913').trim().replace(/\n/g, '<br>')}</p>
</body></html>`, 'Your application for Supply Chain Analyst (24-0913)'),

  rej('interview', ['generic'], offered,
    `Hi Rosa,

Before anything else: if you'd like feedback on your interviews, I'm very happy to give it — just reply to this email and I'll set up a call.

Thank you for meeting with us for the Content Strategist role. We've now finished the interview stage and decided not to move forward with your application.

Thanks for your time and interest.

Kind regards,
Imogen
Cloudberry Publishing`, 'Content Strategist – Cloudberry'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Connor,

Thank you for interviewing for the Programme Manager role at Hazelbrook Foundation.

We enjoyed our conversation. However, other candidates brought a deeper background overall, and after much thought we have decided not to proceed with your application.

Best regards,
Hazelbrook Foundation`, 'Programme Manager'),

  rej('interview', ['skills_gap'], fb,
    `Hi Yusuf,

Thank you for your interviews for the Pricing Manager role.

The team enjoyed speaking with you, but others brought a deeper background in B2B SaaS pricing, which is where this role will spend most of its first year, so we won't be progressing your application.

Thanks again,
Wattle Software Talent`, 'Pricing Manager'),

  rej('application', ['skills_gap'], fb,
    `Hi Jess,

Thanks for your application for the Senior Structural Engineer role at Banksia Architects.

As the role involves signing off structural calculations for Class 2 buildings, which requires chartered status that your application doesn't mention, we aren't able to take things further this time.

Cheers,
Kirra
Banksia Architects, Brisbane`, 'Senior Structural Engineer – Banksia'),

  rej('assessment', ['location'], fb,
    `Dear Artem,

Thank you for completing the pre-employment screening for the Warehouse Operative role at our Daventry site.

Unfortunately, the right-to-work documents you provided did not confirm that you are currently eligible to work in the UK, so we are unable to proceed with your application.

Regards,
Resourcing Team
Currawong Logistics UK`, 'Pre-employment checks – Warehouse Operative'),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Dear Ms Laghari,

Thank you for attending the assessment centre and final interview for the post of Divisional Finance Manager.

I am sorry to let you know that you have not been successful. The panel would have liked more evidence of managing budgets above £1m, and felt that this was an area where other candidates were stronger.

If you would find it helpful to discuss the panel's comments, please do get in touch with me directly.

Yours sincerely,
Graham Whitlock
Deputy Director of Finance
Marigold Care Group`, 'Divisional Finance Manager – outcome'),

  rej('application', ['generic'], {},
    `Hi Tom,

Thanks for applying to Vellum. Your CV was impressive, but we had a lot of strong applicants for the Editorial Assistant role and, unfortunately, we won't be moving forward with yours.

Please don't be discouraged, and good luck!

Vellum Books`, 'Editorial Assistant – Vellum'),

  rej('application', ['role_closed'], {},
    `Dear Applicant,

The Customer Insight Analyst role has been put on hold indefinitely, and so we are closing all applications for it. We will not be taking your application further.

Thank you for your interest.

Rookery Bank Recruitment`, 'Customer Insight Analyst – closed'),

  rej('interview', ['position_filled'], door,
    `Dear Zainab,

Thank you for attending interview for the Graduate Quantity Surveyor position. The position has now been filled and we will not be progressing your application.

Kind regards,
Tomasz Wróbel | Talent Partner | Hartsmere Construction
P.S. Our next graduate intake opens in September and we would love to see your application then.`, 'Graduate Quantity Surveyor'),

  rej('screen', ['generic'], {},
    `Hi Ben,

Thanks for your time on the phone on Friday. After reviewing everyone we've spoken to, we've decided to go ahead with other candidates for the Customer Support Lead position.

Best,
Lucy | Recruiting, Tidepool`, 'Customer Support Lead'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Natasha,

Thanks for speaking with me on Monday's intro call about the Operations Analyst role.

I've discussed your application with the hiring manager and we're going to look for someone whose background is closer to what the team needs, so we won't be moving forward.

Thanks again for your time.

Carla
Talent Partner, Everly Homes`, 'Operations Analyst – intro call'),

  rej('interview', ['location'], fb,
    `Hi Marcus,

Thank you for our conversation on Thursday, and for meeting the rest of the engineering team the week before.

Since then, leadership has decided that this role needs to be fully in-office in Austin. You told us you aren't able to relocate, so unfortunately we won't be moving forward with your application.

Best,
Dana
Mesquite Solar`, 'Following up – Mesquite Solar'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for applying. We regret to inform you that we will not be able to proceed with your candidature at this moment.

Regards,
HR Team`),

  // ── quoted earlier mail
  rej('interview', ['skills_gap'], fb,
    `Hi Leah,

Thanks for following up, and sorry for the slow reply. The hiring manager is moving ahead with other candidates who have more experience running paid social campaigns, so we won't be taking your application further.

Best,
Chris${quoted('Mon 3 Jun 2024 at 09:12', 'Leah Forsyth', `Hi Chris,

I interviewed with Jen and Abdul for the Growth Marketer role on the 21st and just wondered whether there was any news?

Thanks,
Leah`)}`, 'Re: Growth Marketer – any update?'),

  rej('assessment', ['assessment'], fb,
    `Hi Arjun,

Thanks for sending this over. We've reviewed the task and, unfortunately, won't be moving forward. The team thought your data-cleaning section was strong, but the model evaluation didn't account for the class imbalance in the dataset, so the accuracy figure you reported was misleading.

Thanks for the effort you put in.

Greta
Ember Lane Analytics${quoted('Fri, 17 May 2024, 18:40', 'Arjun Nair', `Hi Greta,

Please find attached my submission for the churn-prediction exercise, plus a short README explaining my approach.

Best,
Arjun`)}`, 'Re: Churn prediction exercise – submission'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi — sorry, only heard back today. Calico have decided not to take it further; they want someone who's worked on card issuing or acquiring before. I'll keep you posted on anything else that comes up.

Rob${quoted('Tue, 11 Jun 2024, 14:03', 'Tobias Lang', `Hi Rob,

Any news from Calico Payments after our call last week?

Thanks,
Tobias`)}`, 'Re: Calico Payments'),

  // ── hospitality, trades, public sector, schools
  rej('interview', ['position_filled', 'skills_gap'], fb,
    `Hi Kieran,

Thanks for coming in for the interview with Dan, our head chef, about the Kitchen Porter job last week. We've given the job to someone with more kitchen experience, so we won't be taking it further with you this time.

Thanks,
The Copperkettle Kitchen`, 'Kitchen Porter'),

  rej('application', ['position_filled'], {},
    `Dear Applicant:

Thank you for your interest in Position #47-2210, Administrative Assistant II, with the Department of Transportation.

This is to inform you that the position has been filled. Your application was not among those selected for interview.

We appreciate your interest in public service.

Human Resources Division${taleo('State Department of Transportation', '47-2210')}`, 'Position #47-2210 – status'),

  rej('application', ['skills_gap'], fb,
    `Dear Ms. Whitaker,

Thank you for applying for the position of 4th Grade Teacher at Juniper Ridge School District for the 2024–25 school year.

After reviewing your application, we have determined that you do not meet the minimum qualifications for this position, which require a valid state teaching license in Elementary Education. For that reason your application will not be forwarded to the building principal.

Sincerely,
Office of Human Resources
Juniper Ridge School District`, 'Application Status – 4th Grade Teacher'),

  rej('interview', ['position_filled', 'skills_gap'], { ...fb, ...door },
    `Hey Josh,

Thanks for coming out to site for the interview on Tuesday, mate. We've offered the leading hand job to a bloke with a few more years on commercial fit-outs, and he's taken it.

Give us a bell if you see another ad from us — we're always after good sparkies.

Cheers,
Brett
Ironbank Electrical`),

  rej('final', ['profile_mismatch'], {},
    `Hi Andre,

I wanted to reach out personally. You were one of two people we brought in for the final day, and we really appreciated the time you gave us.

We won't be moving you forward. In the end, the other candidate's experience was a stronger match on paper for what we need in the first six months.

Thank you again,
Meredith
VP Operations, Yarrowby Logistics`, 'Final round – thank you'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hey Sam — going to be straight with you: we're not going to move forward. You were great on the product side, but in the technical interview, when we talked through the queue design, you weren't comfortable reasoning about concurrency, and concurrent code is most of what we write here. Happy to go into more detail on a call if that's useful.

Jake
CTO, Pallister Labs`),

  rej('application', ['overqualified'], fb,
    `Dear Graham,

Thank you for your application for the Junior Accounts Assistant role.

Your experience as a finance controller is considerably beyond what this entry-level role requires, and we do not think it would offer you enough challenge. We have therefore decided not to take your application forward.

Best wishes,
Poppyfield Foods HR`, 'Junior Accounts Assistant'),

  rej('interview', ['internal_candidate'], door,
    `Dear Mr. Kulkarni,

This is with reference to your interview for the position of Manager – Treasury Operations.

We would like to inform you that the requirement has been fulfilled by an internal employee. We will keep your profile in our records for future requirements and reach out to you when a suitable position opens.

Regards,
HR Department
Sandalwood Finance Ltd., Mumbai`, 'Interview status – Manager Treasury Operations'),

  rej('application', ['role_closed'], door,
    `Dear Aoife,

Thank you for applying for the Graduate Process Engineer role at our Cork site.

Due to a change in business needs, the role has been cancelled and we will not be proceeding with applications. We are very sorry for the disappointment.

We would love you to consider applying when we reopen our graduate scheme in the autumn.

Kind regards,
Early Careers, Sarsen Pharma Ireland`, 'Graduate Process Engineer – Cork'),

  rej('screen', ['role_closed'], {},
    `Hi Oliver,

Thanks for the intro call last week. Since then the team has been restructured and the Partnerships Executive role no longer exists in its current form, so we won't be progressing any candidates, including you.

Sorry to bring this news,
Hattie
Talent, Blackcurrant Media`, 'Partnerships Executive – update'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Nadia,

Thank you for interviewing with the panel for the Learning Designer role.

Feedback from the panel: your answers were thoughtful, but they didn't show us the fit with what this particular role needs. We will therefore not be moving forward with your application.

Regards,
Ketterby College`, 'Learning Designer – interview'),

  rej('final', ['generic'], door,
    `Dear Patrick,

Thank you for taking part in the final round of interviews for the Regional Sales Director role at Bellwether Retail.

After careful consideration, we will not be moving forward with your candidacy. This was a very competitive process and the decision was a difficult one.

We'd like to stay in touch and will contact you about future leadership roles that may suit you.

Best regards,
Executive Search Team`, 'Regional Sales Director – final round'),

  rej('assessment', ['assessment'], {},
    `Hi Femi,

Thank you for completing the HackerRank coding challenge for the Graduate Software Engineer role.

After reviewing all submissions, we've decided to progress other candidates whose submissions scored higher. We won't be moving your application to the interview stage.

Thanks,
Kestrelbyte Early Careers`, 'Coding challenge result'),

  rej('assessment', ['assessment'], fb,
    `Dear Harriet,

Thank you for completing the online assessments for the Audit Trainee scheme.

Unfortunately, you did not meet the benchmark required to progress, particularly on the verbal reasoning section, where your score was below the level we ask for.

We wish you well in your future applications.

Ravelstone Early Careers Team`, 'Audit Trainee – online assessment result'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Charlotte,

I hope you had a good weekend. I've had a proper debrief with Marcus, the hiring manager at the client, about your interview for the Senior Business Analyst role, and I wanted to call you but thought I'd put it in writing first so you have it to hand.

The short version is that they've decided not to take you through to the second stage. I know you came out of that interview feeling positive, and to be fair to you, so did they in a lot of ways — Marcus said you were one of the clearest communicators they'd seen, and he liked how you'd structured your answer on the claims-handling project.

The longer version: they're about to start replacing their policy administration system, and this hire will sit right in the middle of that work. Marcus said he would have liked to hear more about requirements work on a large system migration, ideally in insurance, and the examples you gave were mostly about process improvement within an existing system. The other people on the shortlist had led migration work before, and that tipped it.

I don't think that's a criticism of what you've done — it's just a very particular brief, and on another day, with another client, the same interview would have got you through. Please don't read it as a reason to stop going for BA roles at this level; I think you're pitched exactly right.

On that note, I've got two other BA briefs landing this month, one in financial services and one in the public sector, that I think would suit you better, and I'd like to put you forward for both if you're happy. I'll ring you on Tuesday to talk them through.

Speak soon,
Hollie Grant
Principal Consultant, Whinmoor Talent
07700 900 418`, 'Senior BA – client feedback'),

  rej('interview', ['generic'], {},
    `Dear Samuel,

Thank you for attending an interview for the Customer Service Adviser role. We had many strong applicants and, on this occasion, you have not been selected.

Kind regards,
Recruitment Team
Brightling Energy`, 'Customer Service Adviser – interview outcome'),

  rej('application', ['generic'], {},
    `Hi Maddie, thanks heaps for applying for the casual barista role at Magpie Lane Coffee (Fitzroy). We've had loads of great people apply and won't be going ahead with your application this time. Good luck! — Magpie Lane crew`),

  rej('application', ['profile_mismatch'], { ...door, ...offered },
    `Hi Dominic,

Thanks for applying for the Solutions Architect role at Anchorlight.

Happy to talk through this if you'd like feedback — just reply. We've decided not to move forward, as we're looking for a profile that more closely matches the role at this point.

We'll hold on to your CV and reach out if a role comes up that looks like a better fit.

Sasha
People Partner, Anchorlight`, 'Solutions Architect – Anchorlight'),

  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Dear Imran,

Thank you for meeting us for the Deputy Store Manager role at our Leeds store.

After careful thought we have decided not to offer you the role. The interviewers felt that your approach to managing people was more directive than the coaching style we build our store teams around, and that our values would not sit comfortably with the way you described running a shift.

If you would like to discuss this further, please give me a call.

Kind regards,
Sharon
Area Manager, Kitewood Retail`, 'Deputy Store Manager – Leeds'),

  rej('interview', ['profile_mismatch'], { ...door, ...offered },
    `Dear Ana,

Thank you very much for interviewing for the position of Research Associate.

The panel has now completed its deliberations. I am afraid you have not been selected, as the panel felt that another applicant's research profile aligned more closely with the project. We are grateful for the interest you have shown in the group.

I would be happy to provide feedback on your interview should you wish, and we very much hope you will consider applying for future positions in the department.

Kind regards,
Dr Imogen Marsh
Umbrafield University`, 'Research Associate – interview outcome'),

  rej('final', ['assessment'], fb,
    `Hi Leo,

Thank you for the final-round onsite, including the case presentation to the partners.

We won't be extending an offer. The partners felt your case presentation went well on structure, but the financial model behind it had a few errors in the revenue build that undermined the recommendation.

Best regards,
Mizzen Capital Recruiting`, 'Final round – Mizzen Capital'),

  // ── paused, no decision
  hold('interview', ['role_closed'], {},
    `Hi Priya,

Following your interview with Greta last week, I wanted to give you an honest update. We've had to pause hiring for the Product Analyst role while the leadership team reviews next year's budget.

No decision has been made on your application, and you're still under consideration. We'll be in touch as soon as we know more — I'd expect within four to six weeks.

Thanks for your patience,
Tom
Ember Lane Analytics`, 'Product Analyst – pause'),

  hold('application', ['role_closed'], {},
    `Dear Applicant,

Vacancy: Band 4 Medical Secretary – Cardiology
Reference: 291-CARD-0310

Recruitment to this post has been temporarily suspended pending a service review. Your application remains active and no decision has been taken on it. We will contact you again when recruitment resumes.${nhs('Hollybank Hospitals NHS Foundation Trust')}`, 'NHS Jobs: update on vacancy 291-CARD-0310'),

  hold('final', ['role_closed'], {},
    `Dear Kofi,

Thank you for your patience since the final round on the 4th.

I'm sorry to say the hiring decision has been put on hold because the reporting line for this role is changing in the reorganisation announced last week. You are still very much in the running, and no decision has been made on any candidate. I'll update you by the end of the month at the latest.

Best,
Rachel
Orrery Health`, 'Head of Data Platform – update'),

  // ── look-alikes: nothing here declines anyone
  other(`Hi Amara,

Thanks for applying for the Data Analyst role at Cinnabar Events — your application has reached us.

We'll review it over the next two weeks. Unfortunately we can't reply to every question about timings individually, but you'll hear from us either way once a decision has been made.

Recruitment, Cinnabar Events${recruitee('Cinnabar Events')}`),

  other(`Hi Efua,

Good news — the team would like to invite you to a first interview for the Backend Engineer role.

Unfortunately the slot we suggested on the phone (Tuesday at 10:00) clashes with a team offsite, so could you pick a time that suits you from the link below instead? Interviews are 45 minutes over Google Meet with Kasia, one of our senior engineers.

Book here: https://cal.kestrelbyte.example/efua-interview

Thanks,
Kestrelbyte Hiring`, 'Interview invitation – Backend Engineer'),

  other(`Dear Olamide,

On behalf of Wattle Software, I am delighted to offer you the position of Senior Data Engineer, reporting to the Head of Data, with a start date of 2 September.

Your starting salary will be AUD 168,000 per annum plus superannuation. Your contract and our benefits guide are attached. Please sign and return the contract by Friday 16 August.

We regret that we couldn't move faster on this — thank you for bearing with us. We're thrilled to have you joining the team.

Warm regards,
Kirsten
People & Culture, Wattle Software`, 'Offer of employment – Senior Data Engineer'),

  other(`<html><body>
<h2>New jobs matching "data analyst" near Manchester</h2>
<ul>
<li><a href="https://jobs.example/1">Data Analyst – Rookery Bank</a> · Manchester · £38k–£45k</li>
<li><a href="https://jobs.example/2">Junior Insight Analyst – Poppyfield Foods</a> · Salford · £30k</li>
<li><a href="https://jobs.example/3">BI Analyst – Seabright Insurance</a> · Hybrid · £42k</li>
</ul>
<p>Unfortunately, 2 roles you saved last week have now closed. Take a look at the new ones above.</p>
<p style="font-size:11px">You are receiving this job alert because you signed up. <a href="#">Unsubscribe</a></p>
</body></html>`, '3 new jobs for "data analyst"'),

  other(`Dear Adaeze,

We look forward to seeing you for your interview on Thursday at 2pm.

We regret to inform you that our visitor car park will be closed that day for resurfacing. Please use the public car park on Mill Lane and bring your ticket to reception; we will reimburse it.

Kind regards,
Helen Ashdown
Lumenfield Energy`, 'Your interview on Thursday – parking'),

  other(`Hi Arjun,

Thanks for your time on the phone on Monday. As the next step, we'd like you to complete a short take-home exercise: a churn-prediction task on an anonymised dataset. It should take about three hours; please don't spend more than four.

You'll find the brief and data at the link below. Send your submission to me by 9am next Friday.

Greta
Ember Lane Analytics`, 'Next step: take-home exercise'),

  other(`Dear Joseph,

Thank you for your time at interview yesterday. We are pleased to let you know we would like to offer you the role, subject to references.

Could you please send us the names and contact details of two referees, one of whom should be your current or most recent employer?

With best wishes,
Kittiwake Trust`, 'References'),

  other(`Hi Harriet,

Unfortunately the link to the online assessments that we sent yesterday had expired before it reached some candidates, including you. We apologise for the inconvenience.

Here is a new link, valid for five days: https://assess.example/ravelstone/ht-22918

Ravelstone Early Careers Team`, 'New link – Audit Trainee online assessments'),

  other(`Hi Callum,

Welcome to the Kitewood Talent Community! You'll now get a monthly email with new roles, store openings and tips from our people team.

You can update your preferences or leave at any time.

Kitewood Retail People Team`, 'Welcome to the Kitewood Talent Community'),

  other(`Hi Nikhil,

We're sorry to see you go. As you asked, we've withdrawn your application for the Product Owner role, and no one on the hiring team will contact you about it.

Thanks for letting us know, and good luck with your new role.

Anchorlight People Team`, 'Application withdrawn'),

  other(`Hi Becca,

You recently went through our hiring process. Whatever the outcome, we'd love to know how we did — the survey takes two minutes and your answers are anonymous.

Take the survey: https://survey.example/stonechat

Thanks,
Stonechat`, 'How did we do? (2-minute survey)'),

  other(`Hi Rosa,

Great news — the team enjoyed meeting you and would like to invite you to a second interview for the Content Strategist role. This will be a 60-minute session with our Editorial Director and includes a short presentation.

I'll send some times shortly.

Imogen
Cloudberry Publishing`, 'Second interview – Content Strategist'),

  other(`Dear Marta,

Regrettably your interviewer, Gemma, is unwell today, so we need to move your interview for the Events Manager role. Would Monday at 11am or Tuesday at 3pm work instead?

Apologies for the short notice.

Sandpiper Arts Centre`),

  other(`Dear Artem,

Thank you for your application for the Warehouse Operative role.

Unfortunately we can't process your application any further until you upload proof of your right to work in the UK. Please sign in to the candidate portal and upload your documents within seven days.

Regards,
Resourcing Team
Currawong Logistics UK`, 'Action needed: right-to-work documents'),

  other(`Hi Natasha,

I'm a recruiter at Tidepool. We haven't spoken before, but I came across your profile and think you'd be a great fit for a Senior Operations Analyst role we're hiring for. Unfortunately I missed you when I called earlier — would you be open to a quick chat this week?

Carla`, 'Senior Operations Analyst at Tidepool?'),

  other(`Dear Sophie,

Please ignore the email you received from us this morning saying your application had been unsuccessful. It was sent in error by our system, and we apologise for any worry it caused.

Your application for the Brand Manager role is still being reviewed, and we will be in touch next week as planned.

Regards,
Poppyfield Foods HR`, 'Please ignore our previous email'),
];
