/**
 * Sealed messages of the sixty-first round: about a hundred and ten pieces of mail of the kind that lands in job
 * seekers' inboxes in the UK, Ireland, India, Australia, New Zealand, Singapore and the Gulf, written from memory of
 * real mail rather than from any other set or from the reader's code. Roughly seventy are declines from every sort of
 * sender: tracking-system templates (Workday, Greenhouse, Lever, SmartRecruiters, Teamtailor), job-board notices
 * (Naukri, iimjobs, Seek), NHS Jobs and Trac, UK civil-service sift and interview outcomes, Irish public and council
 * competitions, APS merit pools, graduate schemes and assessment centres, agencies passing on a client's answer in
 * the third person, founders and hiring managers writing by hand, chat-style short notes and long formal letters
 * from Gulf employers and universities. They cover every stage and every reason in LABELS.md, several with two, and
 * put the feedback, the offer of feedback or the open door anywhere, often mid-paragraph. About eight processes are
 * paused. About thirty are look-alikes: acknowledgements, "still under review" updates, status and "viewed" notices,
 * interview, test and assessment-centre invitations, reschedules, job alerts, recruiter pitches, a newsletter that
 * quotes rejection lines, reference requests, an offer and its onboarding, withdrawal confirmations, feedback given
 * with an offer, and a reply to a candidate who turned an offer down.
 *
 * Labelling choices. Stage is the furthest step the newest message names as having happened; a step named only as
 * not reached ("not progressed to the assessment centre") does not count. A call with a recruiter, HR or an agency
 * consultant is screen; an online test, psychometric, take-home or case study without an interview is assessment; a
 * recorded video interview, a technical round, a panel or a chat in person is interview; a final round, onsite loop,
 * assessment centre, finalists' stage or references taken after the last interview is final. Reasons: "gone with
 * another candidate", "not selected" or "not shortlisted" alone is generic; "others more closely matched", "higher
 * scoring candidates", "doesn't align with the requirement" or a judgement of how the candidate came across with no
 * requirement named is profile_mismatch; a named requirement the candidate lacks (a tool, a licence, years, a
 * qualification, a language, sector or regional experience) is skills_gap with feedback. An offer made or accepted,
 * an appointment or a post filled is position_filled (added to internal_candidate when the internal person was
 * appointed). A cancelled, withdrawn or frozen vacancy is role_closed, and so is a pause for budget, freeze or
 * restructure in an on_hold message; a pause for a manager's leave or panel availability is on_hold with generic.
 * Team ways of working and values are culture_fit; right to work, visa, residency, relocation and office days are
 * location. Feedback is true when the message says something specific about this candidate (scores, what a test
 * missed, their stated salary, years or working preference, named strengths); a location policy stated without
 * reference to the candidate's own situation is not feedback. feedbackOffered needs an offer or an invitation to ask;
 * "we cannot provide individual feedback" is not one. doorOpen is an invitation to apply again, a talent pool,
 * reserve list or merit pool, a CV kept for future vacancies, or a promise to get in touch about other roles (also
 * from an agency); a reapply waiting-period ban, a data-retention note or good wishes alone are not. Job-board
 * "similar jobs" links are not the employer's open door. Acknowledgements that say to assume the worst after a date,
 * normal-timeline updates, invitations, offers, withdrawal confirmations and newsletters are other.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s61-');

export const HANDWRITTEN_SEALED_61: readonly CorpusLine[] = [
  rej('application', ['generic'], {}, `Dear Candidate,

Thank you for your interest in the 2025 Technology Graduate Programme at Harcourt & Lowe Bank and for the time you took to complete your application.

We received a very high number of applications this year. After careful review, we regret to inform you that your application will not be progressed to the next stage of our recruitment process.

We appreciate that this news will be disappointing. Due to the volume of applications, we are unable to provide individual feedback at this stage.

We wish you every success in your future career.

Kind regards,
Early Careers Recruitment Team
Harcourt & Lowe Bank plc

This email was sent from an unmonitored mailbox. Please do not reply.`, 'Your application – Technology Graduate Programme 2025'),

  rej('screen', ['skills_gap'], { ...fb, ...offered }, `Hi Declan,

Thanks so much for making time to chat with Aoife last Thursday about the Compliance Lead role at Ledgerly.

We've talked it over with the team and have decided not to move forward with your application. The thing we kept coming back to is that this hire will own our SOC 2 Type II audit end to end from day one, and from your conversation it sounded like you've supported audits but haven't yet run one yourself. That's genuinely the only gap – everything else about your background was a good match.

If it'd be useful to talk through any of that in more detail, just reply here and I'll set up 15 minutes.

All the best,
Niamh Brennan
Talent Partner, Ledgerly
Sent via Greenhouse`, 'Your application to Ledgerly'),

  rej('application', ['generic'], {}, `Naukri.com

Hi Rahul Verma,

Update on your application

Senior Java Developer – Kestrel Infotech Pvt. Ltd. (Pune)
Applied on 04 Mar

Status: Not shortlisted
The recruiter has reviewed your application and has decided not to proceed with it at this time.

Don't lose heart! Here are some similar jobs you can apply to:
• Java Backend Engineer – Zentrix Solutions – Pune – 5-9 Yrs
• Lead Software Engineer (Java, Spring Boot) – Apexon – Bengaluru – 6-10 Yrs
View all similar jobs

Boost your profile visibility with Naukri FastForward.
You are receiving this mail because you applied to a job on Naukri.com. Unsubscribe`, 'Application status update for Senior Java Developer'),

  rej('application', ['generic'], { ...offered }, `Dear Miss Okafor

Job Reference: 298-ACU-6612-A
Job Title: Staff Nurse – Acute Medical Unit (Band 5)

Thank you for applying for the above post with Northfield Teaching Hospitals NHS Foundation Trust.

Unfortunately on this occasion you have not been shortlisted for interview. The shortlisting panel receives a large number of applications for each vacancy and has to make difficult decisions.

If you would like feedback on your application, please contact the recruiting manager, Sister Joanne Pike, on 0161 555 0142 within 14 days of this letter.

Thank you for your interest in working for the Trust.

Yours sincerely

Recruitment Team
NHS Jobs`, 'NHS Jobs: Outcome of your application 298-ACU-6612-A'),

  rej('assessment', ['assessment'], { ...fb }, `Dear Applicant,

Vacancy: 341207 – Higher Executive Officer, Policy Adviser – Department for Regional Growth

Thank you for completing the online tests for this vacancy.

We are sorry to tell you that you have not been successful on this occasion. To progress to the next stage, candidates needed to pass both the Civil Service Judgement Test and the Verbal Test. Your results were:

Civil Service Judgement Test: Pass
Civil Service Verbal Test: Did not meet the required standard (T-score 41; pass mark 45)

Your application will not be considered further for this vacancy. Please note that test results cannot be re-used for other vacancies.

Thank you for your interest in working for the Civil Service.

Civil Service Jobs`, 'Civil Service Jobs – 341207 update on your application'),

  rej('interview', ['skills_gap'], { ...fb, ...door }, `Hey Sam,

Just off the phone with Mark at Coastline Super about the Senior BA gig.

Bad news unfortunately – they've decided not to go ahead with you. Honest feedback from him: they really liked you personally and thought your stakeholder management examples in the interview were spot on, but they've gone with someone who's spent the last few years on superannuation admin platforms (Acurity / Bravura). With the migration starting in July they just couldn't carry the ramp-up time.

Gutted for you as I thought you interviewed really well. I've got a couple of BA roles coming through with a state gov client in the next fortnight that don't need the super background, so I'll be in touch as soon as they land.

Cheers,
Tash
Harbour Talent | Sydney`, 'Coastline Super – feedback'),

  rej('assessment', ['assessment'], { ...fb }, `Hi Aditi,

Thanks for spending your weekend on the assignment – I know it's a big ask and we don't take it lightly.

Three of us went through your submission on Tuesday. The good parts first: the API was cleanly structured and the README was one of the best we've had. But there were a couple of things we couldn't get past for this role – there were no tests at all, and the order listing endpoint returned duplicates once you went past page 2 because the cursor was built on a non-unique timestamp. For a backend role where you'd be owning the payments service, that was a dealbreaker for us.

So we won't be moving ahead this time. I'm sorry it's not better news.

Best,
Karthik
Co-founder, Dhanpay`, 'Re: Dhanpay backend assignment'),

  rej('screen', ['role_closed'], { ...door }, `Hi Priya, Rohan from HR at Sree Ganesh Traders here. Thanks for the call on Monday. Sorry to inform, management has decided to cancel the Accounts Executive opening for this year, so we will not be proceeding with your profile. Will msg you if it opens again 🙏`),

  rej('interview', ['generic'], { ...door }, `Ref: HR/REC/2024/1187

Dear Mr. Faisal Rahman,

Subject: Application for the post of Senior Procurement Officer

With reference to your application for the above-mentioned post and your subsequent interview held on 12 September 2024 at our Head Office, we would like to thank you for your interest in joining the Authority.

We regret to inform you that, after careful consideration of all candidates, the Selection Committee has decided not to proceed with your candidature for this position.

Please note that your details will be retained in our recruitment database for a period of twelve (12) months, and you may be contacted should a suitable vacancy arise within that time.

We wish you success in your future endeavours.

Yours faithfully,

Human Capital Department
Dubai Municipal Services Authority`, 'Application for the post of Senior Procurement Officer'),

  rej('final', ['position_filled', 'profile_mismatch'], {}, `Hi Wei Ling,

Thank you for joining us for the final round panel last Wednesday, and for the time you gave us across the whole process — four conversations is a lot.

I wanted to let you know that we've extended an offer to another candidate, whose background more closely aligned with where the team is today. It was a genuinely close decision and I know that is small consolation.

Thanks again for your interest in Tallyhive, and we wish you the very best.

Regards,
Marcus Teo
Head of Talent, APAC
Tallyhive Pte. Ltd.`, 'Update on your Tallyhive application'),

  rej('interview', ['generic'], { ...offered }, `Comhairle Contae Chill Mhantáin
Wicklow County Council

Our Ref: CO/2024/07

Dear Ms. Nolan,

Competition for the position of Clerical Officer – Panel

I refer to your recent preliminary interview for the above competition.

I regret to inform you that you were not successful at this stage and your name will not be placed on the panel from which appointments will be made.

Should you wish to receive feedback on your interview performance, please contact the Human Resources Department by email at recruitment@wicklowcoco.example within 10 working days of the date of this letter.

I wish to thank you for your interest in the position.

Yours sincerely,

Senior Staff Officer
Human Resources Department`, 'Competition for Clerical Officer – Outcome'),

  rej('application', ['profile_mismatch'], { ...door }, `Hi Ellie,

Thank you so much for applying for the Mid-weight Designer role at Paper Kite Studio – and for the lovely portfolio site.

We've had over 400 applications for this role, which has been both brilliant and a bit overwhelming! After reviewing them all, we've decided to progress with candidates whose experience is a closer match for what we need right now.

We'd love to keep in touch though. If you're happy for us to, we'll add you to our Connect talent community so you hear about new roles first – you can join here: paperkite.teamtailor.com/connect

Thanks again and best of luck with your search,
The Paper Kite team`, 'Your application for Mid-weight Designer'),

  rej('application', ['location'], { ...fb }, `Dear Arjun,

Thank you for your application for the position of Maintenance Planning Engineer (Req. 24-0915) with Gulfwing Aviation Services, Abu Dhabi.

We have reviewed your application carefully. In your screening questions you indicated that you would require visa sponsorship and relocation support. Unfortunately, this position is budgeted as a local hire only and we are currently able to consider only candidates who already hold a valid UAE residence visa.

We will therefore not be progressing your application further.

We thank you for your interest in Gulfwing and wish you every success.

Talent Acquisition
Gulfwing Aviation Services

Powered by SmartRecruiters`, 'Your application with Gulfwing Aviation Services'),

  rej('interview', ['culture_fit'], { ...fb }, `Kia ora Hemi,

Thanks again for coming in on Tuesday – it was great to meet you and the team enjoyed the conversation.

I've been mulling over how to put this, so I'll just be straight with you. We're not going to offer you the role. We talked a lot as a panel afterwards and the honest answer is that we're a very small crew who work in a pretty unstructured way – priorities change week to week and people just pick things up. You said a couple of times that you do your best work with clear direction and a well-defined scope, which is completely fair, but I don't think you'd enjoy it here and I don't think we'd be able to give you that.

Sorry to not have better news. Good luck with it all.

Ngā mihi,
Tom
Ripple Software, Ōtautahi`, 'Ripple – Product Analyst'),

  rej('screen', ['salary'], { ...fb }, `Hi Georgia,

Thanks for your time on the phone yesterday – really appreciated your openness about where you're at.

I've spoken with the hiring manager and unfortunately we won't be able to progress your application. The main sticking point is remuneration: you mentioned you're looking for around $165k plus super, and the band we have approval for this role is $130–140k. We did look at whether there was any room but there isn't this financial year.

Sorry it's not a better outcome, and all the best with your search.

Kind regards,
Ben Whitlock
Talent Acquisition Partner | Meridian Health Group, Melbourne`, 'Your application – Clinical Informatics Lead'),

  rej('interview', ['overqualified'], { ...fb }, `Dear Mr Chandrasekaran,

Thank you for meeting with Grace and me last week to discuss the Senior Analyst position.

It was a real pleasure to hear about your time building out the regional analytics function at Orient Trust. Having reflected on the conversation, however, we do not feel this role is the right one for you. With fifteen years of experience, the last six leading teams across the region, you would be significantly more senior than the position calls for, and it is an individual-contributor role with limited scope to grow into leadership in the near term.

We have therefore decided not to take your application further, and we hope you will understand our reasons.

Yours sincerely,
Jonathan Lim
Director, Risk Analytics
Straits Capital Partners`, 'Senior Analyst – Straits Capital Partners'),

  rej('interview', ['internal_candidate', 'position_filled'], { ...offered }, `Dear Dr Marsh,

Post: Lecturer in Environmental Science (Ref. 0419-24)

Thank you for attending interview for the above post on 3 May. The panel very much enjoyed meeting you and hearing your research presentation.

I am writing to let you know that, after careful consideration, the post has been offered to and accepted by an internal applicant.

If you would find it helpful to receive feedback on your interview, please contact Professor Helen Ashworth, Chair of the panel, who will be happy to arrange this.

Thank you once again for your interest in the University.

Yours sincerely,

Human Resources
University of Westmoor`, 'Lecturer in Environmental Science – outcome'),

  rej('final', ['generic'], {}, `Hi Conor,

Thanks for your patience while we've been finalising things.

Following your final interview with Siobhán and the reference checks last week, we've decided not to proceed with your application for the Operations Manager position. This was a difficult decision and not a reflection of your referees, who all spoke very highly of you.

Thanks again for all the time you've put into the process with us.

Kind regards,
Orla Keane
People & Culture, Brightwater Foods, Galway`, 'Operations Manager – update'),

  rej('final', ['generic'], {}, `Dear Ishaan,

Thank you for attending the Assessment Centre for the Associate – Audit & Assurance role at our Gurugram office on 18 January.

We regret to inform you that you have not been successful in securing an offer on this occasion. The standard of candidates at the assessment centre was exceptionally high.

Please note that, in line with our recruitment policy, you will not be eligible to apply for the Associate programme again for a period of 12 months from the date of this communication.

We thank you for your interest in our firm.

Regards,
Campus Recruitment Team`, 'Outcome of your Assessment Centre'),

  rej('application', ['profile_mismatch'], {}, `iimjobs

Dear Neha,

Your application for "Manager – Category Marketing | Leading D2C Brand | Mumbai" has been reviewed by the recruiter.

Status: Not Suitable
The recruiter felt your profile is not a match for the requirements of this role.

Applied on: 22 Feb 2025
Recruiter: Ankit S. (Talent Acquisition)

Tip: Keep your profile updated so recruiters can find you for the right opportunities.
View more jobs matching your profile`, 'Application update: Manager – Category Marketing'),
  rej('assessment', ['assessment'], { ...door }, `Hello,

Thank you for your interest in the Software Development Engineer position at Northwind Cloud Ireland Ltd (Job ID: 2739104) and for taking the time to complete the online assessment.

After reviewing your assessment results, we have decided not to move forward with your application at this time.

We know this is disappointing. We encourage you to continue exploring opportunities with us – new roles are posted every day at careers.northwind.example, and we would welcome an application from you for other positions that match your skills and interests. Please note that you may reapply for this role after six months.

Thank you again for your time and interest.

Northwind Cloud Recruiting`, 'Your application for Software Development Engineer (2739104)'),

  rej('screen', ['location'], { ...fb }, `Hi Lauren,

Thanks for the call on Friday, it was good to find out a bit more about you.

I've gone back to the hiring team about the Senior Product Marketing Manager role. They're really clear that this person needs to be in the Manchester office three days a week, as the whole go-to-market team is based there and a lot of the launch work is done in the room. As you mentioned you're settled in Bristol and not in a position to relocate or commute that regularly, I'm afraid we won't be taking your application further.

Sorry about that – I know location is frustrating when everything else lines up.

Best wishes,
Hannah
Talent Team | Fernway
via Lever`, 'Fernway – Senior Product Marketing Manager'),

  rej('interview', ['skills_gap', 'salary'], { ...fb }, `Hi Priyanka,

Thanks again for interviewing with us for the Analytics Engineer role – Jess and I both enjoyed the conversation.

We've decided not to offer you the role. Two things drove that, and I want to be upfront about both. First, there's a gap between your expectation of $150k and the $125k top of our band, which we can't move on this year. Second, and more importantly for the day-to-day, the role is heavily dbt-based from week one and you haven't yet used dbt in production – we'd have been comfortable bridging one of those gaps, but not both together.

I hope that's helpful, and thanks for being so open with us throughout.

Cheers,
Liam Carter
Head of Data, Kanga Energy, Sydney`, 'Analytics Engineer – outcome'),

  rej('final', ['profile_mismatch'], { ...fb }, `Hi Vivek,

Thank you for completing the onsite loop with us last Friday in Bengaluru. I know five rounds in one day is exhausting and the team appreciated your energy right through to the end.

After the debrief, the panel has decided not to extend an offer. Your coding and low-level design rounds were strong. The main concern came from the system design round: the design for the notification service didn't address failure modes – retries, idempotency and what happens when the downstream provider is slow – and when prompted, the discussion stayed at a fairly high level. For an SDE-3 we need to see that depth without much prompting.

We do appreciate the effort you put in and wish you well.

Regards,
Shruti Menon
Engineering Recruiting, Cartloop`, 'Cartloop – SDE-3 interview outcome'),

  rej('interview', ['generic'], { ...offered }, `Dear Mr Abioye,

Job reference: 351-PHY-24-0211
Position: Band 6 Physiotherapist – Musculoskeletal Outpatients

Thank you for attending interview on 14/03/2025.

Unfortunately on this occasion you have been unsuccessful. The interview panel would be happy to provide feedback; please contact the recruiting manager, Claire Donnelly, by email or telephone to arrange this.

Thank you for your interest in working for the Trust and we wish you every success in the future.

Yours sincerely,

Recruitment Services
Riverside Community Health NHS Trust

This is an automated message sent via Trac. Please do not reply to this email.`, 'Outcome of interview – 351-PHY-24-0211'),

  rej('application', ['role_closed'], { ...door }, `Kia ora Aroha,

Thank you for applying for the Community Engagement Advisor role (Vacancy 24/318) at Waimārie District Council.

We wanted to let you know that this vacancy has been withdrawn following a review of the team's structure, and we will not be progressing any applications for it. We're sorry for any inconvenience after the effort you put into your application.

We encourage you to keep an eye on our careers page and to apply again for future roles that interest you.

Ngā mihi nui,
People and Capability Team
Waimārie District Council`, 'Vacancy 24/318 – Community Engagement Advisor'),

  rej('assessment', ['assessment'], {}, `publicjobs.ie

Dear Candidate,

Executive Officer – Open Competition 2025 (Ref: EO25)

Thank you for completing Stage 2 online assessment (unsupervised tests) for the above competition.

I regret to inform you that, following the marking of these tests, you have not been successful in reaching the standard required to progress to the next stage of the competition. You will not be considered further in this competition.

The Public Appointments Service thanks you for your interest.

Please do not reply to this email – this mailbox is not monitored.`, 'EO25 – Outcome of Stage 2 online tests'),

  rej('interview', ['position_filled'], { ...door, ...offered }, `Dear Ms Tran,

APS Level 6 – Policy Officer, Housing Policy Branch (Vacancy 24/1190)

Thank you for your participation in the recent selection process for the above position.

I am writing to advise that, while the selection panel assessed you as suitable for the role following your interview, the vacancy has now been filled by a higher-ranked candidate.

As you were found suitable, your name has been placed in a merit pool which will remain current for 18 months. During this period you may be offered an ongoing or non-ongoing APS 6 role with similar duties, in this or another APS agency, without further assessment.

If you would like feedback on your application or interview, please contact the Chair of the selection panel, Daniel Roper, on (02) 6255 0190.

Yours sincerely,
Recruitment Team
Department of Housing and Communities`, 'Selection outcome – Vacancy 24/1190'),

  rej('application', ['salary'], { ...fb }, `Dear Omar,

Greetings from Falcon Crest Recruitment.

Further to your application for the Finance Manager role with our client, a leading FMCG group in Riyadh, I wanted to update you that the client has reviewed your CV and will not be progressing with your candidacy.

The client's budget for this position is capped at SAR 35,000 per month all-inclusive, and your expected package of SAR 45,000 plus housing is unfortunately well outside this range.

Thank you for your interest and we wish you success in your search.

Best regards,
Reem Al-Harbi
Senior Consultant – Finance & Accounting
Falcon Crest Recruitment, Riyadh`, 'Finance Manager – Riyadh'),

  rej('interview', ['internal_candidate'], {}, `Dear Daniel,

Thank you for taking the time to interview with us for the Vice President, Treasury Operations role.

We have now concluded the process and have decided to fill the position internally. This decision does not reflect on the quality of your experience, and the panel enjoyed meeting you.

We appreciate your interest in Marina Orient Bank and wish you all the best.

Kind regards,
Group Talent Acquisition
Marina Orient Bank, Singapore`, 'Vice President, Treasury Operations – update'),

  rej('application', ['overqualified'], { ...fb }, `Hi Karen,

Thanks for applying for the Store Supervisor position at our Hamilton store.

We've had a good look at your CV and, honestly, with your eight years as a regional manager looking after twelve stores, we don't think this supervisor role would be the right fit for you – it's a hands-on role on the floor with a small team and we'd worry you'd be looking to move on quite quickly.

We really appreciate you thinking of us, and we wish you all the best finding the right next step.

Cheers,
Mel
Store Manager, Kiwi Hardware Hamilton`, 'Store Supervisor application'),

  rej('final', ['position_filled'], { ...door }, `Hi Ravi,

I wanted to write to you myself rather than send the standard email.

We've offered the Product Manager role to the other finalist and she accepted this morning. It came down to the wire – your final-round presentation on the onboarding funnel was one of the best we saw – and I'm genuinely sorry it isn't you.

I'd really like to stay in touch. We're planning to hire a second PM for the payments squad in the spring and I'll reach out as soon as that role is signed off.

Thanks again for everything you put into this.

Best,
Ellen Shaw
VP Product, Quayside, London`, 'Product Manager – from Ellen'),

  rej('interview', ['generic'], {}, `Hey Jess! Thanks heaps for coming in for a chat on Sat, was lovely to meet you. We've gone with someone else for the weekend FOH role in the end, sorry! All the best 😊 – Bec, The Salt Shed Café`),

  rej('application', ['skills_gap'], { ...fb }, `Dear Thomas,

Thank you for applying for the position of Commercial Property Associate (3–5 PQE) at Barrow Kendrick LLP.

We have reviewed your application carefully against the requirements of the role. As the position requires a qualified solicitor with at least three years' post-qualification experience in commercial real estate, and your application indicates that you are currently in your second year of your training contract, we are unable to take your application further at this time.

Thank you for your interest in the firm.

Yours sincerely,

Graduate & Lateral Recruitment
Barrow Kendrick LLP`, 'Your application – Commercial Property Associate'),

  rej('assessment', ['assessment'], { ...offered }, `Hi Oisín,

Thanks for submitting the take-home for the Frontend Engineer role. I really appreciate the time you put in.

Our reviewers have been through it and unfortunately we won't be moving forward to the interview stage this time. I know that's not what you were hoping to hear.

If you'd like more detail on the reviewers' notes, just reply to this email and I'll pass them along – I know they can be more useful than a generic no.

Thanks again,
Ciara
Recruiting at Tesselate`, 'Tesselate take-home – next steps'),

  rej('interview', ['generic'], {}, `Dear Amelia,

Thank you for completing your video interview for the Rowntree Group Finance Graduate Scheme 2025.

We have now reviewed your interview. Unfortunately, on this occasion you have not been successful in progressing to our assessment centre.

Competition for places on our graduate schemes is intense and we are not able to take forward every candidate who would make a strong contribution.

We wish you the very best of luck in your future career.

Kind regards,
Rowntree Group Early Careers`, 'Rowntree Group Graduate Scheme – application update'),

  rej('interview', ['profile_mismatch'], {}, `Dear Sai Kiran,

Greetings from Vyom Technologies!

Thank you for appearing for the technical interview for the position of Associate Consultant – SAP FICO on 09-Jan-2025.

After evaluation, the panel felt that your profile is not aligned with the current requirement. Hence we will not be able to take your candidature forward at this point.

We appreciate your interest in Vyom Technologies and wish you all the best for your future endeavours.

Thanks & Regards,
Talent Acquisition Team
Vyom Technologies Ltd., Hyderabad

This is a system generated mail. Please do not reply.`, 'Interview status – Associate Consultant SAP FICO'),

  rej('final', ['culture_fit'], { ...fb }, `Hi Anika,

Thanks for doing the values interview last week — that was the last stage of the process for the Customer Success Lead role.

I'm sorry to say we've decided not to move forward. Your functional interviews went well. In the values round, though, the panel didn't see enough alignment with how we work around ownership: a couple of your examples were about escalating to a manager when a customer problem crossed teams, and here we expect people to pick those up and drive them through themselves. It's a big part of our culture and we weigh it heavily.

I hope that's useful context. Thank you for your time.

Warmly,
Jo
People Team, Flintwave (Auckland)`, 'Customer Success Lead – update'),

  rej('interview', ['role_closed'], { ...door }, `Dear Ciarán,

Thank you for your time interviewing for the Data Platform Engineer role with us in March.

I'm writing to let you know that, as part of a wider hiring freeze announced internally this week, this position has been put on hold indefinitely. As a result, we are closing all open applications for the role, including yours.

This is entirely down to business circumstances and not a reflection on you. If the role reopens, we would very much welcome your application again.

Kind regards,
Róisín Walsh
Talent Acquisition, Claddagh Insurance, Dublin`, 'Data Platform Engineer – update on the role'),

  rej('interview', ['position_filled'], { ...offered }, `Dear Dr Kaur,

Position: Senior Lecturer, School of Nursing and Midwifery (Position No. 500123)

The selection committee for the above position has now completed its deliberations. On behalf of the committee, I thank you for your interest in the position and for attending the interview.

I regret to advise that your application was not successful on this occasion. The position has been offered to, and accepted by, the preferred candidate.

Should you wish to receive feedback on your application, please contact the Chair of the selection committee, Professor Margaret Ellis.

Thank you again for your interest in employment with the University.

Yours sincerely,

Human Resources Services
Southern Cross Metropolitan University`, 'Position No. 500123 – outcome'),
  rej('application', ['generic'], { ...door }, `Hi Sophie,

Thank you for your application to join the team at The Anchor Hotel Group as Front of House Supervisor in Killarney.

We've now reviewed all applications and unfortunately we won't be progressing yours on this occasion.

We'd be delighted if you'd keep us in mind – we're always hiring across our hotels, and you're very welcome to apply again for any future openings that catch your eye.

Best wishes,
The Anchor Hotel Group Recruitment Team
Sent with Teamtailor`, 'Your application to The Anchor Hotel Group'),

  rej('application', ['generic'], {}, `Dear Nur Aisyah,

Your application status for the position of Executive, Corporate Communications (JR-0048817) has been updated.

Current status: Not Selected

Thank you for your interest in Temasek Mobility Group. We will not be progressing your application further for this position.

To view your application, sign in to the Candidate Home on our careers site.

This is an auto-generated email. Please do not reply.`, 'Application status update – JR-0048817'),

  rej('interview', ['skills_gap'], { ...fb, ...door }, `Hi Callum,

Thanks for your patience – I've finally had feedback from Pendle Mutual following your interview with Sarah and the claims director last Tuesday.

They've decided not to take things further. They were really impressed with your technical skills and thought your answer on the Guidewire migration was excellent. However, they've gone with another candidate who has more experience in the insurance market specifically – with the Consumer Duty work landing this year they felt they needed someone who already knew the regulatory side of general insurance.

I know that's frustrating after a good interview. I'm working on a couple of other roles in Leeds that are more tech-led and less sector-specific, and I'll give you a call about them later this week.

Cheers,
Danny
Northpoint Recruitment`, 'Pendle Mutual feedback'),

  rej('screen', ['profile_mismatch'], {}, `Hey Ngaio,

Really appreciated the chat yesterday – thanks for being so generous with your time and for the thoughtful questions about where we're headed.

I've had a think overnight and I don't think the fit's quite there for this one, so I'm going to stop things here rather than drag you through more rounds. No doubt you'll land somewhere great.

Cheers,
Rangi
Founder, Tōtara Labs`, 'Tōtara Labs'),

  rej('application', ['skills_gap'], { ...fb }, `Dear Mohammed,

Thank you for sending your CV for the HSE Manager vacancy with our client, a leading EPC contractor in Doha.

Kindly note that your candidature has not been considered for the position as the client requires candidates with a minimum of five years' GCC project experience and a NEBOSH International Diploma, and your CV shows the Diploma is still in progress.

We appreciate your interest and thank you for your time.

Regards,
Sunil Nair
Recruitment Consultant
Alpha Gulf Manpower Services`, 'HSE Manager – Doha'),

  rej('application', ['location'], {}, `Dear Applicant,

Thank you for your interest in the position of Assistant Manager, Operations at Lion City Health Services.

We regret to inform you that your application has been unsuccessful. Please note that this position is only open to Singapore Citizens and Permanent Residents.

We wish you all the best in your job search.

Yours sincerely,
Human Resource Department
Lion City Health Services`, 'Your application – Assistant Manager, Operations'),

  rej('assessment', ['assessment'], { ...fb }, `Dear Freya,

Thank you for completing the online assessments as part of your application to the Albion Retail Management Trainee Scheme.

We're sorry to let you know that your application will not progress to the next stage. Your results in the numerical reasoning assessment did not meet the benchmark we set for this programme; your situational judgement and verbal reasoning results were both above benchmark.

We receive a large number of applications and have to set a consistent benchmark across all candidates.

Thank you for your interest in Albion Retail, and we wish you every success.

Albion Retail Early Careers Team`, 'Albion Retail Management Trainee Scheme'),

  rej('interview', ['internal_candidate', 'position_filled'], {}, `Dear Ms Fitzgerald,

Re: Assistant Principal Officer – Finance Unit

Thank you for attending for interview for the above post.

I wish to inform you that following the interview process, an appointment has been made from within the existing staff of the Unit.

We appreciate the time and effort you put into your application and wish you well in your future career.

Yours sincerely,

Human Resources Manager
Eastern Regional Health Board`, 'Re: Assistant Principal Officer – Finance Unit'),

  rej('screen', ['salary'], { ...fb, ...door }, `Hi Karthik,

Thanks for taking my call on Wednesday and sharing your expectations.

I've discussed your profile with the hiring manager for the Senior Data Engineer opening. While they liked your Spark and Airflow experience, your expected CTC of 42 LPA is well beyond the approved budget of 30–32 LPA for this position, so we won't be able to take it forward.

We'll definitely keep your profile in our database and reach out if a more senior opening comes up that fits your expectations.

Regards,
Divya R.
Talent Acquisition, Zentra Analytics, Chennai`, 'Senior Data Engineer – update'),

  rej('final', ['profile_mismatch'], { ...fb, ...offered }, `Dear Lachlan,

Thank you for attending the Kestrel Infrastructure Graduate Program assessment centre in Brisbane on 9 August.

Unfortunately, you have not been successful in receiving an offer for the 2026 intake.

Assessors noted that in the group exercise you contributed some strong ideas early but found it hard to build on others' suggestions, and in the interview your examples tended to describe what the team did rather than your own part in it. Your case study presentation was rated well.

If you would like to discuss this feedback further, please reply to this email and a member of the team will arrange a call.

Kind regards,
Kestrel Graduate Recruitment`, 'Kestrel Graduate Program – assessment centre outcome'),

  rej('interview', ['generic'], { ...offered, ...door }, `Tēnā koe Mere,

Position: Clinical Nurse Specialist – Diabetes (Ref: 24-1093)

Thank you for your interest in this position and for attending the interview on 22 October. We appreciate the time and effort you put into preparing for it.

After careful consideration, we regret to advise that you have not been successful on this occasion. Please be assured that this decision was not an easy one, as we received applications from a number of highly capable nurses. If you would like feedback on your interview, the hiring manager, Rachel Ngata, is happy to speak with you and can be contacted on 07 555 3210. We would also encourage you to continue to look at our vacancies and apply for future positions that match your experience.

Ngā mihi,
Recruitment Team
Te Whatu Ora – Health New Zealand, Waikato`, 'Outcome of your application – 24-1093'),

  rej('final', ['generic'], {}, `Hi Eoin,

Thanks so much for your patience over the last couple of weeks and for coming in for the final round with Gráinne and Paul.

We've now finished the process and, after references, we've decided to go with the other finalist. It was a very close call.

Thank you for all the time you gave us – it was a pleasure getting to know you.

All the best,
Maeve
Talent, Lighthouse Analytics`, 'Lighthouse – Senior Data Scientist'),

  rej('assessment', ['assessment'], { ...fb }, `Hi Ananya,

Thank you for taking the HackerRank coding assessment for the Software Engineer – New Grad position at Quillmark.

Unfortunately, you did not clear the assessment. You scored 120 out of 300; the cutoff for this role was 180. Two of the three problems passed the sample cases but failed on the hidden test cases due to time limits.

We appreciate your interest in Quillmark and wish you all the best.

Regards,
University Hiring Team
Quillmark India`, 'Quillmark – Coding assessment result'),

  rej('interview', ['profile_mismatch'], { ...fb, ...door }, `Dear Applicant,

Vacancy: 355480 – Senior Executive Officer, Commercial Lead

Thank you for attending the interview for this vacancy.

The panel assessed you as meeting the minimum required standard, but on this occasion you have not been offered a post as there were other candidates with higher scores.

Your scores were:
Behaviour – Making Effective Decisions: 5
Behaviour – Communicating and Influencing: 4
Strength-based questions: 5
Technical – Commercial awareness: 4
Overall: 18 (pass threshold 16; appointable candidates scored 20 and above)

As you met the required standard, you have been placed on a reserve list for 12 months. If a further vacancy arises in that time, you may be offered the role without further assessment.

Thank you for your interest in the Civil Service.

Civil Service Jobs`, '355480 – Outcome of interview'),

  rej('interview', ['overqualified', 'salary'], { ...fb }, `Hi Sarah,

Thank you so much for coming in on Friday – Geoff and I really enjoyed it.

I'll be honest with you rather than give you the polished version. We both came away feeling the HR Advisor role isn't right for you. With your twelve years in-house, including running the people function at Halcyon, you'd be well beyond what the day-to-day involves, and your current package is around $25k above what we can offer for this role. We'd worry that you'd be bored within six months, and that wouldn't be fair on either of us.

So we're not going to progress things, but please know it was a genuine pleasure to meet you.

Warm regards,
Louise Hartigan
Operations Director, Bellbird Homes, Perth`, 'HR Advisor – Bellbird Homes'),

  rej('application', ['position_filled'], {}, `Hi Jun Hao,

Thanks for your email and sorry for the late reply – it's been a hectic few weeks.

We've already filled the marketing associate role, so we won't be able to take your application forward. Appreciate you reaching out though.

Cheers,
Michelle
Bao & Co., Singapore`, 'Re: Marketing Associate role'),

  rej('screen', ['culture_fit'], { ...fb }, `Hi Isaac,

Thanks for the call on Tuesday – it was good to talk through your background.

We've decided not to move forward with your application for the Engineering Manager role. We're a fully remote team spread across eight time zones and almost everything here happens in writing – proposals, decisions, status updates. When we talked about how you like to run a team, you said you much prefer to talk things through live and keep written updates light. That's a perfectly good way to work, but it's quite far from how we operate day to day, and we think it would be a frustrating fit on both sides.

Thanks again for your interest.

Best,
Grace
People Ops, Driftwood (driftwood.dev)`, 'Driftwood – Engineering Manager'),

  rej('screen', ['location'], { ...fb, ...door }, `Hi Aisling,

Thanks for chatting with me on Monday about the Process Engineer role.

I've had a response back from the client. They're insistent that the successful person is on site in Ringaskiddy four days a week, and as you said the most you could do from Dublin is two, they don't want to take things further at this stage.

I'm sorry it's not the news you wanted. I'll keep an eye out for anything Dublin-based or with more flexibility and will be straight on to you when something comes up.

Thanks,
Gavin
Lee Valley Recruitment, Cork`, 'Process Engineer – client update'),
  rej('interview', ['generic'], {}, `Hi Tom,

Thanks for coming in on Tuesday and for your follow-up note below.

I'm sorry to say we've decided to go with another candidate for the Site Engineer role. Thanks again for your time and for making the trip up from Wellington.

Regards,
Andrew Paterson
Project Manager, Hawkins Civil, Palmerston North

On Thu, 14 Nov 2024 at 09:12, Tom Whiu wrote:
> Hi Andrew,
> Thanks again for the interview on Tuesday, I really enjoyed meeting you and Kate and hearing about the Ashhurst bridge job.
> Just checking in to see if there's any update on timing?
> Cheers, Tom
>
> On Fri, 8 Nov 2024 at 15:40, Andrew Paterson wrote:
>> Hi Tom, would you be able to come in for an interview on Tuesday 12th at 10am? We're at 41 Rangitikei Street. Regards, Andrew`, 'Re: Site Engineer interview'),

  rej('application', ['profile_mismatch'], { ...door }, `<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td>
<img src="https://careers.brindlegroup.example/logo.png" alt="Brindle Group" width="140">
<p>Dear Kavya,</p>
<p>Thank you for your interest in the <strong>Business Analyst – Digital Channels</strong> position (R-104552) at Brindle Group.</p>
<p>We have carefully reviewed your application and, after consideration, we have decided to pursue other candidates whose qualifications more closely match the requirements of this position.</p>
<p>We'd like to keep your profile in our talent pool so that our recruiters can contact you about future opportunities. You can update your profile and job alerts at any time in <a href="https://brindle.wd3.myworkdayjobs.example/careers">Candidate Home</a>.</p>
<p>Kind regards,<br>Brindle Group Talent Acquisition</p>
</td></tr>
<tr><td style="font-size:11px;color:#999">Brindle Group plc, 20 Wharf Street, Leeds LS1 4AP. Please do not reply to this message. <a href="https://brindle.example/privacy">Privacy notice</a></td></tr></table>
</body></html>`, 'Your application for Business Analyst – Digital Channels'),

  rej('application', ['generic'], {}, `Dear Candidate,

Greetings from Al Noor Hospitals Group!

We thank you for showing interest in the position of Staff Pharmacist and for taking the time to apply.

Please be informed that after careful review of your application, you have not been shortlisted for the next stage of the selection process.

We appreciate your interest in Al Noor Hospitals Group and wish you all the best in your future career.

Best Regards,
Talent Acquisition Department
Al Noor Hospitals Group, Muscat`, 'Staff Pharmacist – Application Status'),

  rej('final', ['skills_gap', 'position_filled'], { ...fb }, `Dear Hamza,

Thank you for attending the final interview with our Group CFO for the Financial Controller role.

I'm writing to let you know that we have offered the position to another candidate, who accepted yesterday. The deciding factor was the CPA/CA qualification: with the IPO preparations starting next year, the board asked that the Financial Controller be fully qualified, and as you're still completing your CPA Australia modules, we weren't able to meet that requirement with your application.

I enjoyed our conversations and wish you the best with the final exams.

Kind regards,
Fatima Al Suwaidi
HR Business Partner, Crescent Logistics LLC, Dubai`, 'Financial Controller – outcome'),

  rej('interview', ['internal_candidate'], {}, `Kia ora Sione,

Thank you for interviewing with us last week for the Team Leader – Customer Operations role.

After careful consideration we've decided to progress with an internal candidate for this position. It was a really strong field and we appreciated the time and preparation you put in.

All the best with your job search.

Ngā mihi,
Kate Robinson
Talent Acquisition Advisor, Tui Power`, 'Team Leader – Customer Operations'),

  rej('screen', ['profile_mismatch'], { ...door }, `Dear Ms. Lakshmi,

Thank you for the telephonic discussion with our HR team on 3rd June regarding the role of Assistant Manager – Supply Chain.

After our discussion, we found that your profile does not align with the current requirement of the position. Hence we will not be moving ahead with your candidature.

However, we will keep your profile in our database and will get in touch with you for future openings that match your profile.

Thanks & Regards,
HR Team
Sundaram Auto Components Ltd.`, 'Your candidature – Assistant Manager Supply Chain'),

  rej('assessment', ['assessment'], { ...fb, ...offered }, `Hi Felix,

Thank you for completing the written case study for the Associate role at Halstead Partners.

Unfortunately we won't be progressing your application to first-round interviews. The case was well structured and your recommendation was clearly argued, but the financial model had errors in the working-capital section – receivables days were applied to cost of sales rather than revenue – which threw out the cash-flow forecast and the recommendation that depended on it.

I'd be happy to talk it through on a call if that would be useful; just let me know a couple of times that work for you.

Best regards,
Charlotte Reeve
Recruiting, Halstead Partners, London`, 'Halstead Partners – case study outcome'),

  rej('application', ['skills_gap'], { ...fb }, `Dear Ms. Thomas,

Thank you for applying for the position of Government Relations Officer with Emirates Heritage Properties.

Having reviewed your application, we regret that we cannot take it forward. This role involves daily liaison with federal and emirate-level government departments and requires native or fluent spoken and written Arabic, which your application indicates you do not currently have.

We appreciate your interest and wish you success in your career.

Sincerely,
Recruitment Section
Emirates Heritage Properties, Abu Dhabi`, 'Government Relations Officer'),

  rej('interview', ['generic'], { ...offered }, `Dear Miss Harper,

Teacher of Mathematics (MPS/UPS) – September 2025

Thank you for coming to Ashby Vale Academy on Thursday, for teaching a lesson to Year 9 and for your interview with the panel.

I am sorry to let you know that on this occasion you have not been successful. We had a very strong field of candidates and the decision was a difficult one.

If you would like feedback on your lesson or interview, please do contact me at the school and I will be happy to arrange a call.

With best wishes for your career,

Mrs J. Pearson
Headteacher`, 'Teacher of Mathematics – outcome'),

  rej('final', ['culture_fit', 'location'], { ...fb }, `Hi Tamsin,

Thank you for doing the full-day onsite with us in Canberra on Thursday – you met basically the whole company, which I know is a lot.

We've decided not to move forward. Two things came up in the debrief. First, we're a fully in-office team, five days a week, and you told us you'd want at least two days from home once you'd settled in; we're not going to change that. Second, and related, a few people felt you'd prefer more structure and process than we currently have – we're still at the "everyone does a bit of everything" stage, and from the pair-design session it looked like you prefer a clearer brief than we'd be able to give.

Thanks again, and I'm sure you'll find a great team.

Alex
Co-founder, Lumen Civic`, 'Lumen Civic – onsite'),

  rej('final', ['role_closed'], { ...door }, `Dear Neil,

Thank you for your time throughout the process for the Head of Finance Transformation role, including the final panel with our COO last month.

I'm sorry to tell you that, following an organisational restructure announced to staff this morning, the role has been removed from the new structure and we will not be making an appointment. Please be assured this is not a reflection on your candidacy – you were very much in contention.

We would like to keep your details on file and would welcome the chance to talk to you about future senior finance roles as the new structure beds in.

Kind regards,
Gemma Ross
Head of Resourcing, Caledon Water, Edinburgh`, 'Head of Finance Transformation – update'),

  rej('application', ['generic'], {}, `SEEK

Hi Jordan,

An update on your application for Warehouse Team Leader at Northern Freight Solutions.

Unfortunately, Northern Freight Solutions has advised that your application was unsuccessful on this occasion.

Don't give up – there are 143 other Warehouse Team Leader jobs in Brisbane you could apply for today.
Find jobs

You're receiving this because you applied via SEEK. Manage notifications`, 'Update on your application with Northern Freight Solutions'),
  hold('application', ['role_closed'], {}, `Dear Aidan,

Thank you for your application for the Quantity Surveyor position at Mulroy Construction.

We wanted to give you an update. The role is currently on hold while the budget for the next financial year is reviewed by the board. Your application remains active and we have not made any decisions on candidates. We expect to be in a position to update you by the end of next month.

Thank you for your patience.

Kind regards,
Recruitment, Mulroy Construction
Sent via Workday`, 'Update: Quantity Surveyor application'),

  hold('interview', ['generic'], {}, `Hi Meera,

Thanks again for interviewing with us on the 5th. I wanted to let you know that the decision on the Senior UX Researcher role is going to take a bit longer than we'd planned – the hiring manager has been unexpectedly on leave and the second panel member is travelling. We're now hoping to come back to you during the week of the 24th.

Sorry for the delay, and thanks for bearing with us. You're still very much under consideration.

Best,
Arvind
Talent Team, Gridline Labs, Bengaluru`, 'Senior UX Researcher – timing update'),

  hold('final', ['role_closed'], {}, `Hi Clarissa,

Thank you for completing the final round with our regional director last week.

I have some slightly awkward news. Following a company-wide hiring freeze announced on Monday, all open requisitions in APAC, including the Regional Partnerships Manager role, have been paused until at least the end of Q3. No decision has been made on your application and we are not closing the role – we simply can't make any offers until the freeze is lifted.

I'll update you as soon as I hear more. Apologies for the uncertainty.

Best regards,
Darren Koh
Talent Acquisition, Vantix Asia Pacific, Singapore`, 'Regional Partnerships Manager – hiring freeze'),

  hold('screen', ['role_closed'], {}, `Kia ora Lena,

Thanks for your time on the phone last Thursday.

Just a quick note to let you know we're pausing recruitment for the Policy Analyst role for a few weeks while the team goes through a change review. Once the new structure is confirmed we'll pick things up with the candidates we've already spoken to, including you.

Ngā mihi,
Sam
People Team, Ministry for Coastal Resources`, 'Policy Analyst – recruitment paused'),

  hold('interview', ['role_closed'], {}, `Hi Sandeep,

Hope you are doing well.

Update on the Salesforce Developer position with our client (Tier-1 bank, Pune) for which you attended the L1 interview last week. The requirement has been put on hold from client end due to internal budget approval. Your profile is still in consideration and the L2 will be scheduled once the position is reopened.

Will keep you posted.

Thanks,
Pooja
Talentbridge Consulting`, 'Salesforce Developer – status'),

  hold('assessment', ['role_closed'], {}, `Dear Candidate,

Vacancy: 349902 – Administrative Officer, Passport Operations (multiple locations)

Thank you for completing the online tests for this campaign.

We are writing to let you know that this recruitment campaign has been paused due to a review of business requirements. Your application has not been withdrawn and no decision has been made on it. We will contact you again when we are able to confirm whether the campaign will continue.

We apologise for any inconvenience.

Civil Service Jobs`, '349902 – campaign paused'),

  hold('interview', ['role_closed'], {}, `Dear Mr. Iqbal,

Thank you for attending the interview for the position of Project Controls Manager.

Please note that the hiring process for this position has been temporarily put on hold pending final budget approval for the 2025 projects portfolio. We expect to resume the process after Eid Al-Fitr and will contact you with the next steps at that time.

We appreciate your patience and continued interest.

Best regards,
Recruitment Team
Qatar Infra Projects W.L.L.`, 'Project Controls Manager – Update'),

  hold('interview', ['role_closed'], {}, `Hi Jack,

Thanks for meeting with us for the second interview last week.

We wanted to be transparent with you: we're pressing pause on the Marketing Lead role for a few weeks while we rethink the scope – there's a real chance it becomes a broader Growth Lead role with a bigger budget. You're absolutely still in the running and nothing about this pause is about you.

I'll be back in touch by the end of the month either way.

Cheers,
Olivia
CEO, Saltbush Outdoor Co., Adelaide`, 'Marketing Lead – a quick pause'),
  other(`Dear Chloe,

Thank you for applying for the role of Marketing Executive (R-22813) at Thornbury Foods.

We have received your application and our recruitment team will now review it. If your skills and experience match the requirements of the role, a member of the team will be in touch to discuss next steps.

You can track the status of your application at any time in Candidate Home.

Kind regards,
Thornbury Foods Talent Acquisition`, 'Thank you for applying – Marketing Executive'),

  other(`Dear Mr Osei

Thank you for submitting your application for the post of Healthcare Assistant (Band 3) – Ref 412-HCA-0519.

Your application has been received and will be considered by the shortlisting panel after the closing date. Please note that due to the volume of applications we receive, if you have not heard from us within four weeks of the closing date, you should assume that on this occasion your application has been unsuccessful.

Thank you for your interest in working for the Trust.

NHS Jobs`, 'NHS Jobs: application received 412-HCA-0519'),

  other(`Hi Rohan,

Just a quick update on your application for the Product Designer role at Mintleaf.

We're still reviewing applications and haven't made any decisions yet. We've had a lot of interest in this role, so it's taking us a little longer than we'd hoped – we expect to be in touch with everyone by the end of next week.

Thanks for your patience!

Mintleaf Talent Team`, 'An update on your application'),

  other(`Naukri.com

Good news, Vikram!

A recruiter viewed your application
Recruiter from Helix Pharma Ltd. viewed your application for "Regulatory Affairs Executive" (Vadodara) on 11 Apr.

Application status: Under review

Recruiters are 3x more likely to respond to candidates with complete profiles. Update your profile now.`, 'Recruiter viewed your application'),

  other(`Hi Aoife,

Thanks for your application for the Senior Backend Engineer role at Cairnstone – we'd love to move you forward!

The next step is a 45-minute video call with Ross, our Engineering Manager, to talk through your experience and the team. Please pick a time that suits you using the link below:

Schedule your interview: https://app.greenhouse.example/schedule/8f3k2

If none of the times work, just reply and we'll find something.

Looking forward to it,
Sinéad
Talent, Cairnstone`, 'Cairnstone – next steps'),

  other(`Hello Meghna,

Congratulations! Based on your profile, you have been shortlisted for the online coding assessment for the role of Software Engineer I at Brightcode Technologies.

Test details:
Platform: HackerRank
Duration: 90 minutes
Window: 24 hours from the time you receive this email
Sections: 2 coding problems, 10 MCQs (DSA, SQL)

Please ensure a stable internet connection. The test is proctored; your webcam must be enabled.

Start your test: https://hr.example/test/brightcode-se1

All the best!
Brightcode Campus Hiring Team`, 'Online assessment invitation – Software Engineer I'),

  other(`Hi Hugh,

I'm so sorry for the short notice – Priya has had a clash come up on Thursday afternoon and won't be able to make your 2pm interview.

Would any of the following work instead?
• Friday 14 June, 10:00 or 11:30
• Monday 17 June, 15:00

Apologies again, and thanks for being flexible.

Best,
Katie
Recruitment Coordinator, Wexford Systems`, 'Rescheduling your interview'),

  other(`LinkedIn

Jobs you may be interested in

Senior Accountant – Ernst Dunmore – Auckland, NZ (Hybrid) – Easy Apply
Financial Accountant – Kiwi Dairy Co-op – Hamilton, NZ – 12 applicants
Management Accountant – Harbour City Council – Wellington, NZ – Be an early applicant

Your job alert for "accountant" in New Zealand
See all jobs

You're receiving job alert emails. Unsubscribe`, '3 new jobs for "accountant"'),

  other(`Dear Ahmed,

Hope this finds you well.

I came across your profile on LinkedIn and was impressed by your background in MEP project management across the GCC. I am currently recruiting for a Senior MEP Project Manager for one of the largest developers in Riyadh, working on a giga-project.

Package: SAR 55–65k/month + family housing + schooling + annual flights
Contract: 2 years, renewable

Would you be open to a quick call this week to discuss? Please share your updated CV and a convenient time.

Best regards,
Faizan Qureshi
Principal Consultant, Crescent Executive Search, Dubai`, 'Senior MEP Project Manager – Riyadh giga-project'),

  other(`The Job Hunt Weekly – Issue #87

What they really mean when they say…

"We have decided to move forward with other candidates whose experience more closely matches our needs." Translation: someone ticked more boxes on the spec, and it's probably nothing you did in the room.

"We will keep your CV on file." Sometimes true! Recruiters do search their ATS. Make sure your profile is up to date.

"Unfortunately, on this occasion you have not been successful." The NHS and civil service classic. Always ask for feedback – they usually have to give it.

This week's tip: keep a spreadsheet of every application and its outcome. You'll spot patterns faster than you think.

Forward this to a friend who's job hunting. Unsubscribe`, 'Decoding the rejection email'),

  other(`Dear Mr Buckley,

Re: Reference request for Ms Niamh O'Connell

Ms O'Connell has applied for the position of Senior Pharmacist at St Brendan's Hospital and has given your name as a referee.

We would be grateful if you could complete the attached reference form and return it to us by Friday 21 March. All references are treated in the strictest confidence.

Thank you in advance for your assistance.

Yours sincerely,
HR Department
St Brendan's Hospital, Limerick`, "Reference request – Niamh O'Connell"),

  other(`Dear Tanvi,

On behalf of Orbital Payments Pte. Ltd., I am delighted to offer you the position of Senior Product Manager, reporting to Jia Min Tan, Head of Product.

Your annual base salary will be SGD 168,000, paid monthly, with a target annual bonus of 15%. Your expected start date is 1 September 2025. Full details of the offer, including benefits and equity, are set out in the attached letter.

Please sign and return the offer letter via DocuSign by 18 July. This offer is subject to satisfactory reference and background checks.

We are thrilled at the prospect of you joining the team!

Warm regards,
Daniel Ong
Head of People, Orbital Payments`, 'Offer of employment – Senior Product Manager'),

  other(`Hi Bronwyn,

Welcome to Fernhill Energy! We're so excited to have you join us on Monday 3 February.

A few things to get you ready:
• Your first day starts at 9am at Level 4, 101 Collins Street, Melbourne – ask for Jess at reception.
• Please complete your onboarding tasks in Workday (tax file number declaration, super choice form, bank details) before Friday.
• Your laptop will be ready for you on arrival.

If you have any questions before then, just reply to this email.

See you soon!
The People Team, Fernhill Energy`, 'Welcome aboard – your first day'),

  other(`Dear Nikhil,

This email confirms that you have withdrawn your application for the position of Business Analyst (JR-77120) at Stellaris Bank.

Your application will no longer be considered for this position. If this was a mistake, or you would like to apply again, please visit our careers site.

Thank you for your interest in Stellaris Bank.

Stellaris Bank Careers`, 'Application withdrawn – Business Analyst'),

  other(`Hi Imogen,

I'm really pleased to say we'd like to offer you the Content Lead role!

I promised I'd share the panel's feedback whatever the outcome, so here it is. Your take-home was the strongest we saw – the editorial calendar was thoughtful and the sample piece on pension auto-enrolment was spot on for our audience. The one area the panel flagged was stakeholder management with the product team; we'll support you on that through the first few months, and it wasn't a concern for the decision.

Formal offer letter to follow from HR today. Any questions at all, give me a ring.

Best,
Fiona
Head of Marketing, Penny Lane Finance, Manchester`, 'Content Lead – good news!'),

  other(`Dear Zara,

Congratulations! We are pleased to invite you to the final stage of the Meridian Consulting Graduate Programme: our Assessment Centre.

Date: Thursday 28 November 2024
Location: Meridian House, 1 Canada Square, London E14
Time: 08:30 – 16:30

The day will include a group exercise, a case study presentation and a partner interview. Please confirm your attendance by replying to this email by Friday.

Kind regards,
Graduate Recruitment Team`, 'Invitation to Assessment Centre'),

  other(`Dear Mr Adeyemi

Job Reference: 203-RAD-24-117
Job Title: Diagnostic Radiographer

We are pleased to inform you that you have been shortlisted for interview for the above post.

Interview date: 6 December 2024
Time: 11:15
Venue: Imaging Department, Level 2, Riverside General Hospital

Please log in to your Trac account to confirm your attendance and book your interview slot.

Recruitment Services`, 'Invitation to interview – 203-RAD-24-117'),

  other(`Hi Rachel,

Thanks for recently applying to Halo Insurance. Whatever the outcome, we'd love to hear about your experience as a candidate – it takes just two minutes and helps us make our process better for everyone.

Take the survey: https://survey.example/halo-candidate

Your answers are anonymous and won't affect your application in any way.

Thank you,
Halo Insurance Talent Team`, 'How was your application experience?'),

  other(`Dear Mr. Gallagher,

Clerical Officer Panel – Offer of Appointment

I am pleased to inform you that, following your placement on the panel for the above competition, you are now being offered a permanent position as Clerical Officer with the Department of Social Protection in Sligo.

Please confirm within five working days whether you wish to accept this offer. Once you accept, pre-employment clearances (Garda vetting and medical) will be initiated.

Yours sincerely,
Public Appointments Service`, 'Offer of appointment – Clerical Officer'),

  other(`Hi Darius,

Thank you for your interview on Wednesday for the Project Coordinator role. The panel enjoyed meeting you.

We're interviewing two more candidates this week and expect to make a decision by Friday 9th. We'll be in touch either way by then.

Kind regards,
Amanda Li
Operations Manager, Totara Build, Auckland`, 'Project Coordinator – next steps'),

  other(`SEEK

Your application was viewed

Hi Ella,
Good news – Coastal Care Group viewed your application for Registered Nurse – Aged Care (Gold Coast).

What happens next? The employer may contact you directly. In the meantime, keep your SEEK Profile up to date.

View application`, 'Coastal Care Group viewed your application'),

  other(`Hi Mark,

Great news – Kinsella Pharma want to see you again! The hiring manager really enjoyed your first interview and would like you to come in for a second stage with the Head of QA.

They've suggested Tuesday 18th at 2pm at their Athlone site. It'll be about an hour and will include a short presentation on a deviation you've investigated – I'll send you the brief tonight.

Can you confirm that works?

Cheers,
Aoife
Apex Life Sciences Recruitment`, 'Kinsella Pharma – second interview!'),

  other(`Invitation: Interview – Graduate Civil Engineer – Jonah Patel @ Wed 5 Mar 2025 10:00 – 10:45 (AEDT)

Organiser: recruitment@ridgeline.example
Location: Microsoft Teams meeting
Join: https://teams.example/l/meetup-join/ridgeline

Attendees: Jonah Patel, Hamish Cole, Lauren Ng

Accept · Tentative · Decline`, 'Invitation: Interview – Graduate Civil Engineer'),

  other(`Hi Kiran,

Thanks for joining the Sundew Talent Community! You'll now be the first to hear about new roles, events and news from Sundew.

We've matched your interests to: Data & Analytics, Bengaluru.

You can update your preferences at any time. And if you see a role you like, don't wait – apply directly on our careers site.

The Sundew Careers Team`, 'Welcome to the Sundew Talent Community'),

  other(`Hi Rebecca,

Good news – your friend Tomás Byrne has referred you for the Customer Success Manager role at Loopwell (Dublin).

Referred candidates are reviewed by our recruitment team with priority. To complete your application, please upload your CV using the link below within 7 days.

Complete my application: https://loopwell.example/referral/csm-dub

Loopwell Talent`, 'You have been referred to Loopwell'),

  other(`Hi Shreya,

You started an application for Associate Product Manager at Fable Commerce but haven't submitted it yet.

Applications for this role close on 30 June at 11:59 PM IST. Pick up where you left off:
Continue application

Fable Commerce Careers (via Lever)`, 'Finish your application – Associate Product Manager'),

  other(`Dear Applicant,

Thank you for applying for the position of Graduate Planner at Dunedin City Council.

Applications close on 14 March. Shortlisting will be completed by 28 March and shortlisted applicants will be contacted for interview. Owing to the large number of applications we expect, only shortlisted candidates will be contacted. If you have not heard from us by 4 April, please assume your application has not been successful on this occasion.

Thank you for your interest in working with us.

People and Culture
Dunedin City Council`, 'Application received – Graduate Planner'),

  other(`Dear Patrick,

Congratulations again on accepting our offer for the role of Electrical Engineer.

As part of our pre-employment checks, we need to verify your right to work in the UK. Please upload one of the following via the secure link by Friday: a valid UK passport, or your share code from the Home Office online right to work service.

Upload documents: https://onboard.example/rtw

Kind regards,
Resourcing Team, Severn Grid Services`, 'Action required: right to work check'),

  other(`Dear Aman,

Congratulations on your selection with Coreline Technologies!

As part of the onboarding process, your background verification has been initiated through our partner, VeriTrust BGV Services. You will receive an email from them shortly with a link to submit documents for employment, education and address verification.

Please complete the BGV form within 48 hours to avoid delay in issuing your appointment letter.

Regards,
HR Operations
Coreline Technologies`, 'Background verification initiated'),

  other(`Hi Lucy,

Thank you for interviewing with us for the Senior Account Manager role – we're delighted to let you know you're through to the final stage!

Before we arrange that, could you please send us the details of two referees, one of whom should be your current or most recent line manager? We won't contact them without letting you know first.

Many thanks,
Harriet
People Team, Bramble & Finch, Bristol`, 'Senior Account Manager – referees please'),

  other(`Hi Nathan,

Thanks for letting me know, and I completely understand – it sounds like the Wellington role is the right move for you and your family.

I'm sorry we won't get to work together this time, but it was great getting to know you through the process. The door is always open here; if things change down the track, give me a call.

All the best with the new job,
Phil
Engineering Manager, Kōwhai Systems`, 'Re: Offer – decision'),

  other(`Dear Ritika,

The status of your application for Credit Risk Analyst (JR-0061934) at Harbourline Bank has changed.

New status: Interview Scheduling

A member of our recruitment team will contact you shortly to arrange a time. You can view your application at any time by signing in to Candidate Home.

This is an automated message. Please do not reply.`, 'Your application status has changed'),
];
