/**
 * SEALED, fifth part: whole messages written one by one for tests/reader-corpus/sealed-5.jsonl, in voices
 * unlike the earlier parts: translated-sounding and Indian English, terse one-liners and very long letters,
 * raw HTML left in the text (entities, MSO markup, tables), threads whose earlier messages are quoted below,
 * Greenhouse / Lever / Workday / SmartRecruiters / Ashby / iCIMS templates, agencies, notes typed by hiring
 * managers on a phone, and the look-alikes of an inbox. Written and scored before the sixth round of changes
 * (docs/decisions/0050); never read to fix a miss and never trained on.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('v');

const sentFromPhone = '\n\nSent from my iPhone';
const wdFooter =
  '\n\nThis email was sent from an unmonitored mailbox. To view the status of your applications, sign in to your candidate home account.';
const icims = (co: string): string =>
  `\n\n---\nPlease do not reply to this message. ${co} uses iCIMS to manage candidate communication. If you would like to update your communication preferences, visit the candidate portal.`;
const srFooter = '\n\nPowered by SmartRecruiters · Privacy policy · Update your candidate profile';
const ghFooter = '\n\n--\nSent via Greenhouse. If you no longer wish to receive emails about this application, reply STOP.';
const ashbyFooter = '\n\nThis message was sent with Ashby on behalf of the hiring team.';
const quote = (when: string, who: string, body: string): string =>
  `\n\nOn ${when}, ${who} wrote:\n` + body.split('\n').map((l) => `> ${l}`).join('\n');
const fwd = (from: string, date: string, subject: string, body: string): string =>
  `\n\n-----Original Message-----\nFrom: ${from}\nSent: ${date}\nSubject: ${subject}\n\n${body}`;
const consultancy =
  '\n\nDisclaimer: Prism Staffing Solutions Pvt. Ltd. never charges candidates any fee for placements. Beware of fraudulent offers made in our name.';

export const SEALED_5: readonly CorpusLine[] = [
  // ── application stage, templates
  rej('application', ['generic'], {},
    `Hi Jonah,

Thank you for applying to the Customer Success Associate position at Brightwave. Unfortunately, we will not be moving forward with your application at this time.

Best,
Brightwave Recruiting${ghFooter}`, 'Brightwave - Customer Success Associate'),
  rej('application', ['profile_mismatch'], door,
    `Dear Lakshmi Narayanan,

Greetings from Veltrix Technologies!

This is with reference to your application for the post of Senior Test Engineer (Job Code VT-QA-2291). We have gone through your profile in detail. We regret to inform you that your profile is not matching with the current requirement of the position.

We will retain your resume in our database and will revert back to you in case any suitable opening arises in future.

Thanks & Regards,
HR Department
Veltrix Technologies Pvt. Ltd.
Chennai`, 'Application for Senior Test Engineer - VT-QA-2291'),
  rej('application', ['generic'], {},
    `Dear Candidate,

Your candidature for the requisition 45521 - Warehouse Operative (Nights) has been reviewed. The status of your application has changed to: Not Selected.

Thank you for your interest.${wdFooter}`, 'Application status change'),
  rej('application', ['skills_gap'], fb,
    `Hello Piotr,

Thank you for the application for the position Process Engineer in our plant in Wrocław. We have checked your documents with attention. For this position is required the knowledge of German language on level minimum B2, and in your application we could see only the basic level. Therefore we cannot invite you for the next step of recruitment.

We thank you for the interest in our company and wish you success.

With kind regards
Personnel Department
Hollmann Antriebstechnik Polska Sp. z o.o.`, 'Your application - Process Engineer'),
  rej('application', ['profile_mismatch'], {},
    `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}</style></head><body lang="EN-GB"><div class="WordSection1"><p class="MsoNormal">Dear Harriet,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Thank you for your application for the Events Coordinator vacancy. We had a very strong field and, having compared every application against the role profile, we felt that others were better suited on this occasion.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Best wishes,<o:p></o:p></p><p class="MsoNormal">Gill Hartley<br>Office Manager, Wrenfield Arts Centre<o:p></o:p></p></div></body></html>`, 'Events Coordinator'),
  rej('application', ['location'], fb,
    `Hi Mateus,

Thanks for your interest in the Backend Engineer opening at Corvid Labs!

We took a look at your application, and unfortunately we're only able to hire people who are located in the United States for this role, due to payroll and tax reasons. As your application lists your location as São Paulo, we won't be able to move forward.

Thanks again and best of luck!

Corvid Labs Talent Team${ashbyFooter}`, 'Your application to Corvid Labs'),
  rej('application', ['profile_mismatch'], door,
    `no luck this time I'm afraid - we went with others who we felt were further along. keep an eye on the site though, we're hiring again in spring

Dave`, 're: junior dev'),
  rej('application', ['position_filled'], {},
    `Dear Applicant,

Thank you for your interest in the position of Administrative Assistant II (Posting #2025-0611) with the City of Millbrook.

This letter is to notify you that the position has been filled. We appreciate your interest in employment with the City.

Sincerely,
Human Resources Division
City of Millbrook`, 'Posting #2025-0611'),
  rej('application', ['generic'], {},
    `Hi Emeka,

Thanks for your application for the Graduate Analyst role. We received over 1,400 applications for 12 places this year, and I'm sorry to let you know we won't be progressing yours.

We know how much effort goes into these and we're grateful you thought of us.

The Early Careers team
Fernhill Capital${srFooter}`, 'Fernhill Capital Graduate Programme'),
  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Ms. Adeyemi,

Thank you for applying for the Junior Bookkeeper position at Harlow & Finch Accountants.

Having read your CV, it's clear that your twelve years in senior finance roles go well beyond what this junior position would offer you, and we don't think it would give you the challenge you're looking for. For that reason we won't be taking your application forward.

We do, however, expect to recruit a Finance Manager later this year and would be very happy to hear from you then.

Kind regards,
Paula Finch
Partner`, 'Junior Bookkeeper'),
  rej('application', ['salary'], { ...fb, ...offered },
    `Hi Sanjay,

Appreciate you applying for the Data Engineer role. Before we set up any calls I wanted to be upfront: the expected CTC you mentioned (45 LPA) is quite a bit above the band we have approved for this position, which tops out at 32 LPA. Given that gap, we will not be proceeding with your application.

If you have any questions on this, or want to know more about how we arrived at the band, feel free to drop me a line.

Regards,
Ritika
Talent Acquisition, Nuvora Fintech`, 'Data Engineer - Nuvora'),
  rej('application', ['skills_gap'], fb,
    `Dear Tom,

RE: Teaching Assistant (Level 3) – Oakridge Primary

Thank you for applying. Unfortunately, we were unable to shortlist you for this post because the person specification asks for an NVQ Level 3 for Teaching Assistants (or equivalent), and this was not shown in your application form.

Yours sincerely,

Mrs J. Porter
School Business Manager`, 'Teaching Assistant (Level 3)'),
  rej('application', ['profile_mismatch'], {},
    `Hello,

We appreciate your application to Quillon. After careful consideration of your qualifications, we have determined that other applicants' backgrounds more closely meet the needs of this role.

Regards,
Quillon Talent Acquisition${icims('Quillon')}`, 'Quillon - Application Update'),
  rej('application', ['role_closed'], {},
    `Hi Freya,

I'm writing to let you know that the Marketing Executive role you applied for has been withdrawn. Following a change in our plans for next year we won't be filling it, so your application won't go any further.

Sorry for the disappointing news, and thank you for your interest in Loftus & Gray.

Best regards,
Amelia
People Team`, 'Marketing Executive - role withdrawn'),
  rej('application', ['generic'], { ...door },
    `Dear Mr. Chatterjee,

Sub: Your application for the post of Assistant Manager – Credit

We acknowledge receipt of your application and thank you for the interest shown in our organisation. We regret to inform you that we are unable to consider your candidature at this juncture.

Your details shall be kept in our data bank and you may be contacted should a suitable vacancy arise in future.

Assuring you of our best attention at all times,

Yours faithfully,
For Shreeram Co-operative Bank Ltd.
Chief Manager (HR)`, 'Your application'),
  rej('application', ['location'], fb,
    `Dear Yusuf,

Thanks for your application for the Site Engineer role in Aberdeen.

Unfortunately we're unable to progress your application, as this role requires you to hold the right to work in the UK and we are not in a position to offer visa sponsorship.

All the best,
Harwood Engineering Recruitment`, 'Site Engineer - Aberdeen'),

  // ── screen
  rej('screen', ['salary'], fb,
    `Hi Marisol,

It was lovely chatting yesterday. I've had a think about what we discussed, and honestly the number you're looking for is out of reach for us at the moment — our ceiling for this one is $88k and I don't want to waste your time pretending otherwise.

So we're going to pass for now, but I really enjoyed the call.

Cheers,
Nate
Head of Ops, Fieldnote`),
  rej('screen', ['profile_mismatch'], door,
    `Dear Arjun,

Thank you for taking the time to speak with our HR team over the phone on 14th. We appreciate your interest in the Business Analyst opening.

After discussing your profile internally, we feel that your experience is not the right fit for this particular requirement, hence we will not proceed further.

However, we found your profile interesting and will definitely get in touch if any other position suits you.

Warm regards,
Deepa Iyer
HR Executive, Trionyx Solutions`, 'Business Analyst - Trionyx'),
  rej('screen', ['profile_mismatch'], {},
    `Hi Becca,

Thanks again for hopping on a call with me last week — it was great to learn more about what you're looking for.

The team has reviewed all the candidates from the first round of calls, and we've decided to move forward with others whose experience is better aligned for the role. I know that's not the news you were hoping for.

Best of luck with everything,
Kendra
Recruiting, Halcyon Health${ghFooter}`),
  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Hey Luis,

Good talking on Tuesday. Bit of bad news: after our call I spoke with the engineering lead and the sticking point is Kubernetes — the role is heavy on running our own clusters and you mentioned you've mostly used managed platforms. So we're not going to move ahead this time.

Happy to jump on another quick call if you want more detail.

— Sam`, 'quick update'),
  rej('screen', ['location'], fb,
    `Dear Rhiannon,

Thank you for the phone interview on Friday with myself.

As discussed on the call, this role is based at our Swansea office five days a week, and from what you said it would not be possible for you to relocate or commute. With that in mind we have decided not to take your application further.

Kind regards,
Owain Pritchard
Recruitment Officer`),
  rej('screen', ['generic'], {},
    `Hello Sneha,

Thanks a lot for your time in the telephonic round with us. We have evaluated your candidature and it is not shortlisted for next rounds of interview. We wish you the very best.

Regards,
Team HR${consultancy}`, 'Update on your candidature'),

  // ── assessment
  rej('assessment', ['assessment'], fb,
    `Hi Wen,

Thank you for completing the take-home exercise for the Frontend Engineer position. Our reviewers found that the submission did not meet the bar we set for this level — in particular the state handling broke once more than one filter was applied, and there were no tests.

We won't be moving you forward to the interview stage.

Thanks,
Ostrich Labs Hiring Team${ashbyFooter}`, 'Your Ostrich Labs take-home'),
  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the online numerical and verbal reasoning tests for the Graduate Scheme at Castlebury Insurance.

We regret to inform you that your scores did not meet the required benchmark, and your application will not progress further on this occasion.

We wish you every success.
Castlebury Graduate Recruitment${srFooter}`),
  rej('assessment', ['generic'], door,
    `Hi Kofi,

Thanks for sending over the case study — the team appreciated the time you put into it.

After reviewing every submission we've decided to progress with other candidates. We'd be happy for you to apply for future roles with us and hope you will.

Kind regards,
Jessie
Talent, Moorgate Consulting`),
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Aditya,

Thank you for attempting the HackerEarth coding assessment for the Software Development Engineer role.

You solved 1 of the 3 problems completely; the cut-off for the next round was 2 problems. Due to this, we are unable to move your application to the technical interview round.

If you want detailed report of your attempt, you may write to us at campus@example.com.

Best Regards,
Campus Hiring Team
Zephyr Cloud Systems`),
  rej('assessment', ['location'], fb,
    `Hello Ana,

Thank you for completing the assessment centre and the written exercise. Before we make offers we check eligibility, and unfortunately the background check showed that your current visa does not allow you to take up this role without sponsorship, which we can't provide for this grade.

We are therefore unable to continue with your application.

Regards,
Vetting Team, Alderbrook Civil Service Resourcing`),

  // ── interview (conversations, speaking, after interviews)
  rej('interview', ['profile_mismatch'], {},
    `Hi Gemma,

Thank you so much for speaking with Priya, Tom and me over the past couple of weeks. We really enjoyed the conversations.

We've now met everyone on the shortlist and have decided to move ahead with a candidate whose background lines up more closely with where the team is heading this year. It was a close call.

All the best,
Hannah
Design Director, Tilt Studio`),
  rej('interview', ['skills_gap'], fb,
    `Dear Mr. Osei,

Further to your interview on 3rd March for the post of Finance Business Partner, I am writing to let you know that on this occasion you have not been successful.

The panel felt that, while you interviewed well, you did not yet demonstrate the depth of experience in NHS financial regimes that the post requires.

Yours sincerely,
Recruitment Services
Northvale Community Health NHS Trust`),
  rej('interview', ['generic'], { ...offered, ...door },
    `Hi Ravi,

I wanted to personally reach out after your conversations with Lena and the data team on Thursday.

Unfortunately we've decided not to move forward with your candidacy for the Analytics Engineer role. I know you put real effort into preparing, and I appreciate it.

If it would help, I'm happy to share some feedback from the team — just reply and we can find 15 minutes. And please do keep an eye on our jobs page; we'd love to see your name again.

Warmly,
Jo
Recruiting @ Paperplane`),
  rej('interview', ['culture_fit'], fb,
    `Hello Stefan,

thank you very much for the interview last week with our team in Munich and for the interesting discussion.

After reflection, we came to the conclusion that your way of working, which you described as very independent, does not fit so well to our team which works very closely together with daily coordination. For this reason we decided for another candidate.

We wish you for your future all the best.

Kind regards
Birgit Sommer
HR Business Partner`),
  rej('interview', ['profile_mismatch'], {},
    `Dear Olivia,

It was a pleasure speaking with you about the Senior Product Manager role.

We had a very strong pool of candidates, and after much deliberation we have decided to move forward with a candidate whose experience more closely matched the needs of the team. This was a difficult decision.

Thank you again for your time and interest in Mariner.

Best regards,
Mariner Recruiting${ghFooter}` + quote('Mon, 10 Mar 2025 at 09:12', 'Olivia Grant', `Hi, thank you for arranging the interviews with the product team and the VP on Friday. Looking forward to hearing back.\nOlivia`)),
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Chidi,

Thanks for making time for the technical interview and the systems design session. The panel enjoyed the discussion. I'm sorry to let you know that we won't be moving forward: the feedback was that the role needs someone who can lead on distributed data pipelines from day one, and in the design session that experience didn't come through as strongly as for other candidates.

We do think you'd be a good fit for a mid-level opening we expect in Q3, and I'd like to reach out then if that's OK.

Best,
Priyanka
Technical Recruiter, Ember Analytics`),
  rej('interview', ['internal_candidate'], {},
    `Dear Sofia,

Thank you for attending the interview for Team Leader – Customer Contact.

The panel has decided to appoint an internal candidate who has been acting in the role for the last six months. This was a very close decision and it is no reflection on your performance at interview.

Kind regards,
Mark Ellison
Contact Centre Manager`),
  rej('interview', ['generic'], {},
    `Hi Aisha - I'm afraid it's a no from us after the interviews. Sorry, and thanks for your time.

Ollie`, 'Re: Ops Lead'),
  rej('interview', ['position_filled', 'profile_mismatch'], {},
    `Dear Nikhil,

Thank you for the discussion with our panel on Monday regarding the Lead Consultant position.

I am writing to inform you that we have offered the position to another candidate whose profile was more aligned with the client requirement, and the candidate has accepted the offer.

We thank you for your time and effort.

Regards,
Sunita Rao
Talent Acquisition Lead, Mindlane Consulting`),
  rej('interview', ['skills_gap', 'position_filled'], { ...fb, ...offered },
    `Dear Ms Walsh,

Thank you for coming in to meet Dr Ahmed and myself for the post of Research Assistant.

I am sorry to tell you that we have decided to offer the post to a candidate with more hands-on experience of qPCR, which is central to the first year of the project. The panel were impressed by your enthusiasm, and this was not an easy choice.

If you would like feedback on your interview, please contact me and I'll be glad to arrange a call.

With best wishes,
Professor Claire Dunmore
School of Biosciences`),
  rej('interview', ['generic'], {},
    `Hello Minh,

We would like to thank you for your participation in the interview process for the position of Accountant. We appreciate your interest in our company and the time you have invested.

We regret to inform you that after careful consideration, we have decided to continue with other candidates. We will keep your contact details for the period of 6 months in accordance with our privacy policy, after which they will be deleted.

Best regards,
HR Team
Kestrel Logistics s.r.o.`),
  rej('interview', ['assessment'], fb,
    `Hi Grace,

Thanks for doing the live pairing interview and the behavioural chat with Jonas. The behavioural side went really well. On the pairing exercise, though, the team felt the solution didn't get far enough in the hour — the parsing step was still incomplete when we stopped — and that's the part we weigh most for this role.

So we've decided not to move forward this time.

Best,
Fern
Recruiter, Loop & Thread`),
  rej('interview', ['role_closed'], {},
    `Hi Dmitri,

I really appreciate the time you gave us in the interviews last week. I'm afraid I have some news that isn't about you: the company has gone through a restructure, and the Platform Lead role has been removed from this year's plan. We are therefore closing the search without a hire.

I'm very sorry, and thank you.

Helena
VP Engineering, Coastline`),

  // ── final
  rej('final', ['generic'], { ...door },
    `Dear Elif,

Thank you for attending the final-stage assessment day in Manchester last Wednesday. We know these days are long and we really value the effort you put in.

After a great deal of discussion, I'm sorry to say you were not successful on this occasion. We do hope you'll consider applying to us again in future campaigns.

Kind regards,
Graduate Resourcing, Ashdown & Pike`),
  rej('final', ['position_filled', 'profile_mismatch'], { ...offered },
    `Hi Marcus,

Thank you for meeting with our CEO and CFO for the final round.

We have decided to extend an offer to another finalist whose experience was a closer match for what we need at this point, and they've accepted. You were one of our last two candidates and it was genuinely close.

Please do get in touch if you'd like any feedback — I'd be glad to share what I can.

Best regards,
Simone
Head of Talent, Ledgerline`),
  rej('final', ['culture_fit'], fb,
    `Dear Kenji,

Thank you for completing the onsite interviews with our team on Friday.

While the team recognised your strong technical skills, they felt that your preference for a highly structured environment may not suit how fast and loosely our small team operates. We have therefore decided not to extend an offer.

Best,
Talent Team, Driftwood Games${ghFooter}`),
  rej('final', ['skills_gap', 'position_filled'], fb,
    `Dear Parveen,

Many thanks for taking part in the final interview for the Head of Finance role.

The board has appointed a candidate with more extensive experience of audit committee reporting, which was a key part of the brief. I am sorry to be sending you this news after such a long process.

Yours sincerely,
Clive Bamber
Chair, Westmere Housing Association`),
  rej('final', ['generic'], {},
    `Hi Jordan,

Thanks for everything through the final round. We have gone with another candidate. I'm sorry.

Best,
Aimee`, 'Product Marketing Manager'),
  rej('final', ['profile_mismatch'], { ...offered, ...door },
    `Dear Neha,

I hope this email finds you well. I wanted to take a moment to thank you personally for the time and energy you have invested in our process over the last five weeks — the recruiter call, the technical interview, the case presentation and, finally, the full day you spent with us at our Bengaluru office.

As you know, the Engineering Manager role is a critical one for us, and we set ourselves a very high bar. Everyone you met came away with a positive impression of you. Your presentation on team rituals was thoughtful and clearly rooted in experience.

After long discussions in our final debrief, we decided to move forward with a candidate whose background more closely matched the needs of the team at this stage. This was one of the hardest decisions we have made this year.

I know this will be disappointing to hear. If you would find it useful, I would be very happy to set up a short call to walk you through the panel's notes in more detail. Just reply to this email with a few times that suit you.

We genuinely hope our paths cross again. As the organisation grows we will be opening more leadership roles, and I would like to contact you when they do.

Once again, thank you for your time, your patience and your candour throughout the process.

Warm regards,
Kavya Menon
Director of People, Orbitsoft India`),

  // ── long polite letters with things in the middle
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Hamza,

Thank you for your interest in the Clinical Data Manager role at Helixa Therapeutics, and for the time you spent with our team during the two rounds of interviews.

Helixa is at an exciting point in its journey. With two programmes entering Phase II trials this year, we are growing our data management function rapidly, and we've been fortunate to meet many excellent people through this search.

The panel appreciated your clear communication and your knowledge of CDISC standards. They noted, however, that your experience with EDC system builds in Medidata Rave was more limited than the role requires, as the successful candidate will own our study builds from day one.

We therefore won't be offering you the role on this occasion.

We would, however, be delighted to consider you for future openings that match your background, and we have flagged your profile to the recruiter covering our biometrics team.

Thank you once again for your time and interest.

Kind regards,
Talent Acquisition
Helixa Therapeutics

Helixa Therapeutics Ltd is registered in England and Wales. This email and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed.`),
  rej('application', ['profile_mismatch'], door,
    `Dear Chloé,

Thank you for applying for the Sustainability Analyst role at Greystone Property Partners, and for the care you clearly took over your covering letter.

Every year we receive many more applications than we have places, and each is read by a member of the sustainability team. This year we received more than 600 applications for this role. We look at every application against the criteria in the job description, and we compare it with the others in the pool.

Having done so, I am sorry to say that we will not be taking your application further, as other applicants' experience matched the criteria more closely.

We know this is disappointing. We'd very much welcome an application from you for future openings that match your experience; our roles are posted on our careers site and on LinkedIn.

With best wishes for your search,

The Greystone Talent Team`),
  rej('interview', ['generic'], { ...offered },
    `Hi Sebastian,

I hope you had a good weekend.

First of all, thank you for all the time you put into the interview process over the past few weeks. I know the timing was tricky with your notice period and I appreciate you making it work.

I've now had the chance to catch up with the hiring team. Unfortunately, we've decided not to move forward with your application for the Account Executive role. I know this isn't what you wanted to hear.

If it would be useful, I'd be happy to share the team's thoughts on a quick call — no pressure either way.

Either way, we wish you all the best with the next step in your career.

Best,
Chloe
Talent Partner, Nimbus CRM

Nimbus CRM Inc. | 200 Market St, San Francisco, CA | Unsubscribe from recruiting emails`),

  // ── threads: reply above quoted history
  rej('interview', ['generic'], {},
    `Hi Rosa,

Sorry for the delay in getting back to you. I'm afraid the team have decided to go with someone else for this one.

Thanks again,
Marta` + quote('Tue, 4 Feb 2025, 18:40', 'Rosa Lindqvist', `Hi Marta,\n\nThanks again for setting up the interviews with Ben and the team today, I really enjoyed meeting everyone.\nDo you have an idea of timings for a decision?\n\nBest,\nRosa`), 'Re: Interview follow-up'),
  rej('assessment', ['assessment'], fb,
    `Hi Tariq,

Thanks for your patience. The team have reviewed the SQL task and I'm afraid they felt a couple of the queries returned the wrong totals, so we won't be moving you on to interviews.

Best of luck,
Georgia` + fwd('Tariq Nasser', '12 May 2025 21:05', 'RE: SQL task', `Hi Georgia,\nPlease find my answers to the SQL task attached. Let me know if anything is unclear.\nTariq`), 'RE: SQL task'),
  rej('screen', ['role_closed'], {},
    `Hi Ikenna — bad timing I'm afraid, the role's been cancelled after a reorg so we won't be progressing any candidates. Really sorry after our call.${sentFromPhone}` + quote('Wed, 9 Apr 2025 at 11:02', 'Ikenna Obi', 'Hi Laura, lovely to speak earlier. Let me know next steps!'), 'Re: Great to speak'),
  rej('final', ['generic'], door,
    `Dear Anjali,

Thank you for your email. I'm sorry to let you know that after the final round the committee has chosen another candidate.

Your details will be kept on file, and we'd encourage you to apply for other positions with us.

Regards,
Faculty HR Office` + quote('15 June 2025 at 10:11', 'Anjali Desai', `Dear Sir/Madam,\nI attended the final interview and presentation on 9 June for the Lecturer in Economics post and would be grateful for an update on the outcome.\nKind regards,\nAnjali Desai`), 'Re: Lecturer in Economics - update'),

  // ── agencies
  rej('interview', ['profile_mismatch'], door,
    `Hi Callum,

Just had feedback from Arden Logistics on Tuesday's interview. They've decided not to take things further — they felt other candidates were a stronger match overall. Sorry mate, I'll keep looking for you.

Cheers,
Rob
Senior Consultant | Keystone Recruitment
T: 0161 555 0199`),
  rej('application', ['generic'], door,
    `Dear Ms Fernandes,

Thank you for submitting your CV through Prism Staffing for the role of Accounts Executive with our client. We have shared your profile with the client; however, they have not shortlisted it for interview.

We will let you know of other suitable roles.

Regards,
Prism Staffing Solutions${consultancy}`),
  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Bronwyn,

Thanks for the chat on Monday. I've spoken to the client about your rate, and they can't stretch to £550 a day for this contract — they're capped at £475. So they won't be moving forward on this one.

I'll keep you on my radar for roles with bigger budgets and will give you a call as soon as something comes up.

Thanks,
Kieran
Talent Partner, Tern Associates`),
  rej('interview', ['internal_candidate'], door,
    `Hi Priya,

Bit of a frustrating one: after your two interviews with Halford, they've told me they're going to promote someone from within the team. Nothing to do with how you came across — they were complimentary.

I'll be in touch about the other roles we discussed.

Best,
Harvey
Lennox Search`),

  // ── translated-sounding / unusual voice
  rej('application', ['generic'], {},
    `Dear Applicant,

We thank you for your interesting application and the trust placed in our company. We inform you that, after a careful examination, your application could not be considered in the present selection.

We remain,
with best regards,
Personnel Office
Ferratelli Meccanica S.p.A.`),
  rej('interview', ['skills_gap'], fb,
    `Dear Mr. Kaplan,

Thank you for the conversation we had on 22 May with our technical director about the position of Maintenance Engineer.

Unfortunately we must inform you that we decided for a candidate with more experience in PLC programming of Siemens S7, because this is a main part of this position.

We thank you for your interest and wish you much success.

Sincerely yours
Eva Novak
Human Resources`),
  rej('application', ['profile_mismatch'], {},
    `Respected Sir,

With reference to your application for Junior Engineer (Civil) post, we have to inform that your qualification and experience are not matching with the requirement of this post. Hence your application stands rejected.

Thanking you,
Administrative Officer`),

  // ── very short
  rej('application', ['generic'], {}, `Thanks for applying – we won't be taking your application further.

Hollis Coffee`),
  rej('interview', ['generic'], {}, `Hey, following the interviews we've decided to go another direction. Thanks for your time! —M`),
  rej('screen', ['generic'], {}, `Thanks for the call earlier. We're going to pass on this one, but good luck!`),

  // ── the rest of the reasons and combinations
  rej('application', ['skills_gap'], fb,
    `Hi Beatriz,

Thanks for applying for the Payroll Specialist role with Copperleaf.

To be considered for this position, candidates need at least three years of UK payroll experience, including year-end. From your CV you have around one year, so on this occasion we're unable to move forward.

Best wishes,
Copperleaf People Team${icims('Copperleaf')}`),
  rej('interview', ['overqualified'], fb,
    `Dear Graham,

Thank you for the interview for the Warehouse Supervisor position.

The panel was impressed, but felt that with your background running entire distribution centres, the role would not keep you engaged for long, and we have decided not to offer you the post.

Kind regards,
Lisa Tranter
Operations Manager`),
  rej('interview', ['location'], fb,
    `Hi Yuki,

Thanks for the conversations with the team. Since we last spoke, the leadership team has decided that this role must be hybrid from our Toronto office three days a week. I know you're based in Vancouver and were looking for remote, so unfortunately we won't be moving forward.

Best,
Ines
Recruiting, Northbeam`),
  rej('assessment', ['assessment', 'skills_gap'], fb,
    `Dear Candidate,

Thank you for completing the written translation test for the Spanish–English Translator position.

The reviewers noted several mistranslations of legal terminology, and knowledge of contract law terminology is essential for this post. Your test result was therefore below the standard required and we will not be proceeding with your application.

Lingua Forte Recruitment`),
  rej('application', ['internal_candidate'], {},
    `Dear Ms. Huang,

Thank you for your interest in the Deputy Head of Communications position.

The position has been filled through an internal appointment. We appreciate the time you took to apply.

Sincerely,
Human Resources, Marston University`),
  rej('screen', ['culture_fit'], fb,
    `Hi Theo,

Thanks for the call on Wednesday. I've been honest with myself about what the team needs and I think we want someone who's energised by a lot of customer-facing work, and from our chat you seemed happiest working heads-down on your own. So I don't think it's the right match this time.

All the best,
Rachel
Founder, Pollen`),
  rej('interview', ['skills_gap'], fb,
    `Dear Ifeoma,

Thank you for coming to the interview for the Policy Officer post. The panel felt your answer on stakeholder engagement was particularly strong, but your answer on the question about budget monitoring lacked specific examples. I'm sorry to say that on this occasion you have not been appointed.

Yours sincerely,
Recruitment Team
Greater Fenwick Combined Authority`),

  // ── on hold
  hold('interview', ['role_closed'], {},
    `Hi Noor,

I wanted to let you know where things stand. Following your interviews, the hiring for the Growth Lead role has been paused while the company completes a funding round. We haven't made a decision on candidates and you're still very much in the process.

I'll update you as soon as we know more, likely in 3–4 weeks.

Best,
Elena
Talent, Lumen Pay`),
  hold('application', ['role_closed'], {},
    `Dear Applicant,

Requisition 88213 – Lab Technician has been placed on hold. No action is required from you at this time. Your application remains active and you will be notified when the requisition is reopened.${wdFooter}`),
  hold('screen', ['role_closed'], {},
    `Hi Ben — quick one. After our phone screen the budget for the role got frozen for this quarter. Not a no, just a pause; I'll come back to you in January when it's unfrozen.

Carla`),

  // ── look-alikes: acknowledgements, updates, invitations, alerts, offers
  other(`Dear Tobias,

Thank you for applying for the role of Operations Analyst at Brindle & Co. We have received your application and it is currently under review.

If your experience matches our requirements, a member of the team will be in touch. Unfortunately, due to the volume of applications, we're not able to respond to every applicant individually.

Kind regards,
Brindle & Co. Recruitment${wdFooter}`, 'We have received your application'),
  other(`Hi Jasmine,

Thanks for speaking with me today! As discussed, I'm sharing your profile with the hiring manager and will get back to you by the end of next week with next steps.

Have a great weekend,
Omar`, 'Great speaking today'),
  other(`Dear Vikram,

Greetings!

We are pleased to inform you that you have been shortlisted for the next round of interview for the post of Senior Accountant. The interview will be held on 18th July at 11:00 AM at our Pune office. Kindly bring a copy of your updated resume and a photo ID.

Regards,
HR Team, Sahyadri Agro Ltd.`, 'Interview call letter'),
  other(`Hi Lucia,

Thank you for your patience. We're still interviewing candidates for the UX Researcher role and expect to make a decision in the next two weeks. We'll be in touch as soon as we can.

Best,
Recruiting Team${ghFooter}`, 'Update on your application'),
  other(`<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px;font-family:Arial">
<h2>5 new jobs for you</h2>
<p><b>Junior Data Analyst</b> · Hexley Group · Leeds<br>Unfortunately-named "Entry-level" roles are going fast — apply today.</p>
<p><b>Reporting Analyst</b> · Tarn Water · Remote</p>
<p><b>Insights Assistant</b> · Frame Media · Manchester</p>
<p><a href="#">See all jobs</a></p>
<p style="font-size:11px;color:#888">You are receiving this alert because you created a job alert for "data analyst". Unsubscribe.</p>
</td></tr></table>`, '5 new jobs for you'),
  other(`Dear Candidate,

Congratulations! We are delighted to offer you the position of Store Manager at our Didsbury branch, subject to satisfactory references. Your formal offer letter is attached.

Please confirm your acceptance by Friday.

Kind regards,
Riverbank Grocers HR`, 'Offer of employment'),
  other(`Hi Pedro,

Thanks for applying to Quartzline! As the next step, we'd like you to complete a short coding challenge on CodeSignal. You'll have 70 minutes, and the link will expire in 7 days.

Good luck!
Quartzline Recruiting${ashbyFooter}`, 'Next step: coding challenge'),
  other(`Hi Aoife,

I'm a recruiter with Tandem Talent, and I came across your profile on LinkedIn. I'm working on a Senior Analyst role with a fintech client in Dublin that looks like a great fit for your experience. Are you open to a quick chat this week?

Thanks,
Niamh`, 'Senior Analyst opportunity'),
  other(`Dear Omari,

Unfortunately, we have had to reschedule your interview on Thursday, as the hiring manager is unwell. Could you do Monday at 2pm instead? We're sorry for the inconvenience.

Best wishes,
Recruitment Coordinator`, 'Interview rescheduled'),
  other(`Dear Hye-jin,

We confirm that your application for the Graduate Engineer scheme has been withdrawn as requested. We're sorry to see you go, and we wish you the best in your new role.

Graduate Recruitment`, 'Application withdrawn'),
  other(`Hi Samir,

Thank you for your application. Your application is incomplete: we still need your right-to-work documents before we can review it. Please upload them via the portal within 5 days or your application will be closed.

Thanks,
Recruitment Team${srFooter}`, 'Action required: complete your application'),
  other(`Dear Natasha,

It was great to meet you on Tuesday. I'm delighted to let you know that the panel would like to invite you to the final stage: a presentation to the leadership team on 3 October. Details to follow.

Kind regards,
Eleanor`, 'Final stage invitation'),
  other(`Hi Kwabena,

We regret to inform you that our careers site will be unavailable on Saturday between 01:00 and 05:00 for scheduled maintenance. Applications in progress will be saved.

Careers Team, Lindenhall`, 'Scheduled maintenance'),
  other(`Hello Mariam,

Thank you for your interest in Aurelle. We wanted to let you know that we've received a large number of applications and our review is taking longer than expected. We haven't forgotten about you and hope to have an update within two weeks.

Regards,
Aurelle Talent${icims('Aurelle')}`, 'Your application to Aurelle'),
  other(`Hi Connor,

Just a reminder that your video interview for the Sales Development Representative role is due by 11:59 pm on Sunday. If you have any technical difficulties, please reply to this email.

Thanks,
HireVue on behalf of Stackwell`, 'Reminder: complete your video interview'),
  other(`Dear Ms. Qureshi,

Thank you for agreeing to act as a referee for James Holt, who has applied for the post of Senior Lecturer. We'd be grateful if you could complete the attached reference form by 20 May.

Yours sincerely,
HR Services, Tanfield University`, 'Reference request'),
  other(`Hi Alex,

Welcome to the Brightside Talent Community! You'll be the first to hear about new roles that match your interests. In the meantime, check out life at Brightside on our blog.

The Brightside Careers Team`, 'Welcome to our Talent Community'),
  other(`Hi Farah,

Thanks for your interview yesterday. The team really enjoyed meeting you. We're still seeing two more candidates this week, and we will be in touch early next week with an update either way.

Best,
Danny`, 'Thanks for yesterday'),
  other(`Dear Gopal,

We are happy to inform you that you have cleared the aptitude round. Your technical interview is scheduled on 12-Aug at 10 AM. Please join using the Teams link below.

Regards,
Campus Team`, 'Technical interview schedule'),
];
