/**
 * Development messages of the seventeenth round, never sealed, aimed at the flags and the stage: long, polite letters
 * (200–450 words) that say the open door, the specific feedback or the offer of feedback in the middle, in words the
 * earlier batches did not use; the same flags in short notes; messages where those flags are NOT set though similar
 * words appear (a door shut for a year, details not kept, a general refusal of feedback, praise that names nothing);
 * and the stage in unusual voices (interviews called conversations, sessions, chats with the team; tests called
 * exercises, tasks, work samples; final rounds called the last step, the partner meeting, the final two; boilerplate
 * that names steps the candidate never reached). ATS templates, agencies, hiring managers, British, American, Indian,
 * Irish, Australian, Nigerian and Singaporean English, HTML. The rules may be checked against them and the model may
 * be trained on them.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej } = lineWriter('d17-');

const workday = '\n\n---\nThis message was sent from an unmonitored address. Please do not reply. Lumen Health Systems is an equal opportunity employer and values diversity at all levels.';
const privacy = '\n\nYour personal data is processed in line with our candidate privacy notice, available on our careers site.';
const agencySig = '\n\nKieran Doyle\nSenior Consultant | Brightwater Search\nDublin | Cork | Galway';

const LONG: readonly CorpusLine[] = [
  // ── long letters, the open door in the middle
  rej('application', ['profile_mismatch'], { ...door },
    `Dear Maximilian,

Thank you for applying for the Revenue Cycle Analyst position (Req. 48213) with Lumen Health Systems, and for the care you clearly put into your application materials.

We received a very large number of applications for this opening, and our recruiters and the hiring team have read each of them carefully. After a thorough review we have decided to pursue other candidates whose applications we believe to be the closest to our needs at this time, and we will not be moving your application forward.

We know that job searching takes real effort, and we do not take lightly the trust you showed in choosing to apply with us. We'd welcome an application from you for future openings that match your experience, and our roles are posted on the careers site as soon as they are approved.

Lumen is growing across the region, with new clinics opening in Tacoma and Olympia next year, and our teams in finance, operations and patient access will be adding people over the coming months. We hope you will continue to think of us as you plan the next step in your career.

Thank you again for your interest in Lumen Health Systems. We wish you every success in your search.

Sincerely,

Talent Acquisition
Lumen Health Systems${workday}`, 'Your application for Revenue Cycle Analyst (Req. 48213)'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Ifeoma,

I hope the week has been kind to you. I wanted to write properly rather than send a two-line note, because you gave us a lot of your time over the last few weeks: the first conversation with me, the product session with Dami and Kunle, and the longer chat with our head of operations on Thursday.

Everyone enjoyed meeting you. Your account of rebuilding the dispatch process at your current company came up more than once when we compared notes, and it was clear you care about the people on the other end of the product.

We've now reached a decision, and I'm sorry to say we won't be offering you the Operations Lead role. The person we've chosen has spent most of their career in cold-chain logistics, which is where the role will spend its first year, and in the end that background lined up more closely with what we need right now.

Should a role closer to your background open up here, we would be glad to hear from you again, and I'd personally be happy to flag it to you. We expect to build out the customer operations side in the second half of the year.

I know this isn't the news you were hoping for. Thank you again for the energy you brought to every conversation.

Warm regards,
Chiamaka Eze
Head of People, Haulr (Lagos)`, 'Operations Lead - update'),

  rej('final', ['position_filled'], { ...door, ...offered },
    `Dear Ms. Raghunathan,

Thank you very much for the time and preparation you devoted to our selection process for the position of Associate Director, Strategy. We are aware that it asked a great deal of you: two rounds of discussions, the written case, and finally the meeting with our managing partners last Friday.

I am writing, with regret, to let you know that the partners have decided to extend the offer to another candidate, who has now accepted it. The decision was a genuinely difficult one. You were one of the final two, and the partners spoke warmly about the clarity of your thinking during Friday's meeting.

If it would be useful, I would be glad to arrange a short call in which I can share the partners' thoughts on your case and your discussions with them; simply reply to this message and suggest a time. Many candidates tell us they find this helpful, and the partners were happy for me to pass their comments on.

We also expect to open two further roles in the strategy practice early next year, one of them at a similar level, and we would be pleased to consider you for these when they are approved. With your permission I will keep your profile with my own notes so that we do not have to start from the beginning.

Thank you again for your interest in Meridian Advisory and for the courtesy you showed throughout. I hope we will have the chance to speak again.

With kind regards,

Anjali Mehra
Director, Talent
Meridian Advisory LLP, Mumbai`, 'Associate Director, Strategy - outcome'),

  rej('interview', ['generic'], { ...door },
    `<html><body><div style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Hi Tomasz,</p>
<p>Thank you for taking the time to meet with the Fulfilment team at our Daventry site last week, and for walking us through how you ran the peak-season rota at your previous warehouse.</p>
<p>We've now completed all of our meetings for the Shift Manager vacancy. After a lot of careful thought we have decided not to take your application any further on this occasion. We had a number of very capable people in the process and the choice between them was not easy.</p>
<p>We'll be recruiting for several more shift and team-leader roles across the Midlands hub network in the new year, and we really hope you'll consider putting yourself forward for one of them when they're advertised. The people who interviewed you would be very happy to see your name come through again.</p>
<p>In the meantime, thank you once more for your time, your honesty and your good humour on the day. Everyone you met said how much they enjoyed the conversation.</p>
<p>Best wishes,<br>Rachel Okafor<br>Site People Partner<br>Northgate Logistics, Daventry DC</p>
<p style="font-size:11px;color:#888">Northgate Logistics Ltd. Registered in England and Wales No. 04417720. This email and any attachments are confidential.</p>
</div></body></html>`, 'Shift Manager - Daventry'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Declan,

Thanks a million for the call on Monday, it was great to get a proper sense of what you're looking for after reading your CV.

I've had a chance to go back to the client since, and I wanted to be straight with you. They've been very clear that the budget for this Finance Business Partner role tops out at around the €78k mark, and with the €92k base you mentioned plus the car allowance, there's too wide a gap for them to bridge at this level. So I won't be putting you forward for this one.

That said, you're exactly the sort of person I like to work with, and I'd be keen to keep talking. I've a couple of head-of-function briefs likely to land in the next month or two, one in medtech in Galway and one in a Dublin fintech, and I'll be in touch the moment either of them is signed off, as I think the package would be much closer to your expectations.

If anything changes on your side in the meantime, or you'd like me to look at something specific, just drop me a line. And best of luck with the interview you mentioned at the airline, I hope it goes brilliantly.

Talk soon,${agencySig}`, 'Finance Business Partner - Limerick'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Candidate,

Greetings from Vistara Infotech Solutions!

We thank you for your interest in the position of Senior Test Engineer (Automation) at our Bengaluru development centre and for the time taken to apply through our careers portal.

Our recruitment team has gone through your profile in detail against the requirements shared by the delivery unit. We regret to inform you that at present your profile is not matching the requirement of this position, and hence we will not be able to proceed further with your candidature.

Please do not be disheartened by this outcome. We would be happy to consider your candidature again for forthcoming requirements in our testing and quality engineering practice which match your profile, and we request you to keep applying through our portal for such openings.

Kindly note that Vistara Infotech does not charge any fee at any stage of the recruitment process. Candidates are advised to beware of fraudulent offers made in the name of the company and to verify all communication with our official email domain.

We wish you all the very best in your career endeavours.

Thanks & Regards,
Talent Acquisition Group
Vistara Infotech Solutions Pvt. Ltd.
Whitefield, Bengaluru - 560066`, 'Your application for Senior Test Engineer (Automation)'),

  rej('interview', ['generic'], { ...door, ...offered },
    `Dear Aoife,

Thank you for coming in to meet Fiona, Brendan and myself for the Assistant Principal post at St. Columba's College, and for the thought you had clearly given to our school's plan.

The board has now completed its interviews, and I regret to tell you that you have not been placed first on this occasion. The standard of candidates was exceptionally high, and the board wished me to say that the decision was a close one.

Should you want to hear how the board saw your interview, I would be happy to talk it over with you by phone; just send me a line with a time that suits. We'd also be delighted to see you apply again, as we anticipate a further post of responsibility being advertised in the spring.

We know how much goes into preparing for an interview of this kind, and we are grateful for the time and care you gave to it. We wish you every success in your career and hope our paths cross again.

Yours sincerely,

Seán Ó Briain
Principal`, 'Assistant Principal - Post of Responsibility'),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Hi Wei Ling,

Thank you for making it all the way through our process for the Regional Marketing Manager role: the first call, the exercise on the Indonesia launch, the conversations with the marketing team and, last week, the final conversation with our CEO and CFO.

I'm sorry to say that we have decided to go with the other finalist. Their career has been almost entirely in B2B, and as this role will spend a lot of its time with enterprise accounts, the leadership felt that profile was the closer fit for the next eighteen months.

This was one of the hardest decisions we've made this year. You came across as thoughtful, commercially sharp and genuinely curious about the market, and it was obvious in the conversations how much you had prepared.

We are planning to grow the consumer side of the business in Singapore and Malaysia from the middle of next year, and I would very much like you to be one of the first people we speak to when that happens. I've made a note to reach out to you directly once the roles are approved.

Thank you again, Wei Ling. I hope you take a good rest after what must have been a demanding few weeks.

Best regards,
Jolene Tan
Talent Partner, APAC
Kaya Commerce Pte. Ltd.`, 'Regional Marketing Manager'),

  rej('application', ['generic'], { ...door },
    `Hello Bethany,

Thanks so much for applying to be a Program Coordinator with the Riverbend Youth Alliance. We read every application ourselves (there are only seven of us!), so it has taken us a little longer than we'd hoped to get back to everyone.

We had more than 140 people apply for a single position, which tells us a lot about how many people want to do this work, and we're honored you were one of them. Unfortunately, we won't be inviting you to an interview this time.

Please don't let this stop you from applying for our summer camp counselor positions or our fall tutoring roles; we'd love to see your name in the pile when those go up in March. Our newsletter is the first place we announce them.

We know that a no is never fun to receive, and we're grateful for the time you spent telling us about yourself and why our mission matters to you. Keep doing the good work.

With gratitude,
Marisol Vega
Executive Director
Riverbend Youth Alliance`, 'Program Coordinator - Riverbend Youth Alliance'),

  // ── long letters, specific feedback in the middle
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Hamish,

Thank you for the time you spent with us on Wednesday for the Senior Site Reliability Engineer role, and for staying on for the extra twenty minutes when the architecture discussion ran over. We appreciated how openly you talked about the outages you have worked through.

We have now discussed the role with everyone who met you, and I'm sorry to say we won't be moving forward with your application.

I wanted to give you something more useful than a form letter. The team noted your incident-handling stories were excellent, but the role will own capacity planning for our storage clusters from the first month, and in the design conversation your answers on sizing and forecasting stayed at a fairly high level. We need someone who has done that planning hands-on at scale, and we didn't hear enough of that to be confident.

This is a narrow gap for a very specific role, and I don't think it reflects on your wider ability. Several people said they would be happy to work with you.

Thank you again for your patience with our process, and I wish you the best with the next step.

Kind regards,
Morag Stewart
Engineering Manager, Infrastructure
Glenshiel Data`, 'Senior SRE - outcome'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Priscilla,

Thank you for returning the work sample for the Claims Analyst position so promptly, and for the note explaining the assumptions you made. We know that sort of exercise takes a good part of a weekend, and we do not ask for it lightly.

Two members of the claims team reviewed your submission independently against the same scoring guide we use for every candidate. Unfortunately, the overall score fell below the level we need to invite people to the panel interview, so we will not be progressing your application.

To give you some specific comments: your reconciliation of the April and May claims was accurate and well laid out. However, the reviewers noted your summary did not flag the duplicate payments in the second tab, which was the main issue the sample was built around, and the recommendation at the end did not say what the business should do next.

We appreciate that this is disappointing after the time you invested. The exercise is demanding by design and many strong candidates do not get through it.

Thank you again for your interest in Westmark Insurance.

Best regards,
Recruitment Team
Westmark Insurance plc${privacy}`, 'Claims Analyst - work sample outcome'),

  rej('interview', ['culture_fit'], { ...fb, ...door },
    `Hey Rafael,

Thanks again for spending Tuesday afternoon with the studio. I know it was a long session (three conversations back to back and the portfolio walkthrough), and you were generous with your time and your stories.

We've talked it through as a group, and I'm afraid we've decided not to offer you the Senior Brand Designer role.

I want to be specific, because you asked for honesty on the day. Everyone liked your work a lot. Where we hesitated was the way we work: we're nine people, we share every piece of work in progress with the whole studio twice a week, and the designers rewrite each other's concepts all the time. From what you told us about preferring to own a project from brief to handover on your own, we think you'd find our crits frustrating, and we'd rather say that now than six months in.

If you ever find yourself wanting a more collaborative set-up, or we start to take on the bigger solo identity projects we've been talking about, please do get back in touch; we'd genuinely love to hear from you.

All the best,
Nell
Founder, Small Hours Studio`, 'Senior Brand Designer'),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Dear Dr Adeyemi,

Thank you for attending the final stage of selection for the post of Consultant Clinical Scientist (Genomics) on 14 November, and for your presentation to the appointments panel on the service development plan.

I am sorry to inform you that the panel has decided not to appoint you to the post on this occasion. I appreciate that this will be disappointing after what was clearly a great deal of preparation.

The panel asked me to pass on the main point from their discussion. They were impressed by your research record, but the post carries lead responsibility for the laboratory's accreditation under ISO 15189, and your experience of running an accreditation cycle as the named lead was more limited than that of the appointed candidate. The panel felt this would be too large a gap to close in the first year of the post.

The chair of the panel, Professor Whitfield, has kindly offered to talk through the panel's observations in more detail. If you would find this helpful, please contact the medical staffing team, who will arrange a call at a time that suits you.

Thank you once again for your interest in the Trust.

Yours sincerely,

Medical Staffing Team
Northern Lakes Hospitals NHS Foundation Trust`, 'Consultant Clinical Scientist (Genomics) - outcome'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Kwame,

Thanks for getting the data task back to us before the deadline, and for the clear README; it made the review much easier for our team.

We've now gone through every submission for the Analytics Engineer role, and we won't be inviting you through to the next step. I know that's a frustrating outcome after a few evenings of work, so I wanted to share something concrete rather than a stock line.

Your dbt models were tidy and well named. Where the submission fell short was the incremental logic: the orders model rebuilt the full table on every run rather than picking up new rows, and the tests only checked for nulls, so the duplicate order IDs we seeded in the raw data went straight through to the final report. Those two points carried most of the weight in our rubric.

If you'd like a more detailed write-up of the review, including the reviewers' comments line by line, just reply here and I'll send it over. A few candidates have found it useful in the past.

Thanks again, and good luck with the rest of your search.

Cheers,
Danielle
Talent, Wavelength Analytics`, 'Analytics Engineer - take-home'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Oluwaseun,

Thank you for attending the interview for the Procurement Manager role at Zenith Foods Plc on Tuesday, and for the detailed examples you gave of supplier negotiations in your current role.

Following a careful review of all the candidates we met, we regret to inform you that you have not been selected for this position.

We would like to give you some feedback, as we found your interview engaging. The panel was impressed with your negotiating experience. However, the role requires a full membership of the Chartered Institute of Procurement and Supply (MCIPS), and the interviewers observed that you are yet to begin the professional exams. As the role signs off contracts above ₦500 million, the membership is a requirement of our internal audit policy and we could not waive it.

When you have completed the qualification, you are most welcome to apply again. We recruit for procurement roles regularly across our Lagos and Ibadan sites.

We thank you for the interest you have shown in Zenith Foods and wish you success in your career.

Yours faithfully,

For: Human Resources Department
Zenith Foods Plc, Ikeja, Lagos`, 'Procurement Manager - Interview Outcome'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Mr. Kowalczyk,

Thank you for your interest in the Quality Engineer role and for taking the time to interview with our team at the Dayton plant earlier this month.

We have now completed our interview process. While your background and accomplishments are impressive, we have decided to move forward with a candidate whose experience more closely aligns with the needs of the position.

We recognize that a job search requires significant time and effort, and we appreciate the professionalism and courtesy you showed throughout our process. The team especially enjoyed your enthusiasm and the genuine interest you showed in our products and our people, and everyone who met you commented on how personable you were.

Please understand that this decision was not made lightly. We received applications from many highly qualified individuals, and the final decision required difficult choices among a strong group of candidates.

We wish you the very best in your job search and in your future professional endeavors.

Sincerely,

Human Resources
Ridgeline Components, Inc.
Dayton, Ohio`, 'Quality Engineer - Dayton'),

  rej('interview', ['generic'], {},
    `Dear Chidinma,

Thank you for attending an interview for the Graduate Management Trainee Programme at our Abuja office, and for the enthusiasm you showed on the day.

We regret to inform you that you have not been successful on this occasion. This year we received over 9,000 applications for 25 places, and the selection panel had to make some very difficult choices.

We would like to thank you for the effort you put into your preparation. Your interviewers commented on your confidence, your excellent communication skills and your impressive academic record, and they enjoyed speaking with you.

Due to the very large number of candidates, we are unable to provide individual feedback on interview performance, and we are unable to respond to requests for feedback by email or phone. We hope you will understand this.

We wish you the very best in your future career.

Yours sincerely,

Graduate Recruitment Team
Sahel Capital Group`, 'Graduate Management Trainee Programme 2027'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying for the post of Library Assistant (Evenings and Weekends), reference LIB/2291, with the City of Westbrook.

The selection panel met on 2 December to shortlist applications against the essential criteria in the person specification. I am sorry to tell you that your application was not shortlisted for interview on this occasion.

We receive a very high number of applications for every vacancy, and we are therefore unable to provide individual feedback to applicants who have not been shortlisted. We hope you will understand that this is not intended as a discourtesy.

Please note that we do not hold applications on file after a recruitment campaign has closed, and your application will be deleted six months after the closing date in line with our records retention schedule. We are not able to consider applications for vacancies that are not currently advertised.

Thank you for your interest in working for the City of Westbrook.

Yours faithfully,

Recruitment Team
People and Organisational Development
City of Westbrook Council`, 'LIB/2291 Library Assistant - outcome'),

  rej('interview', ['position_filled'], { ...offered },
    `Dear Ngozi,

I hope this finds you well. On behalf of everyone at the Carrow Foundation, thank you for your interest in the Grants Officer position and for meeting with the panel last Thursday.

It was a real pleasure to hear about your work with community groups in Peckham, and the panel appreciated how carefully you had read our strategy. We met six candidates in all, and every one of them would have brought something valuable to the team.

After much discussion we have decided to offer the position to another candidate, and I am sorry to be writing with this news.

We know how much goes into an interview, and so we make a point of offering everyone we interviewed the chance to hear our reflections. If that would be of use to you, I would be very happy to arrange a twenty-minute call with the chair of the panel, either by phone or on Teams, at a time that suits you in the next few weeks.

Thank you again for the time and thought you gave to your application and to the interview itself. We wish you every success with what comes next.

With best wishes,
Ruth Adebayo
Head of Grants
The Carrow Foundation`, 'Grants Officer - interview outcome'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Stellan,

Thank you for the time you invested in meeting with our team for the Product Designer role. We truly appreciate your interest in Orbital.

After careful consideration, we've decided to pursue other candidates whose experience is more aligned with our current needs. We know this isn't the answer you were hoping for.

We really value the time you spent with us and the thoughtfulness you showed during your conversations with the team. We understand how much effort goes into interviewing, and we're grateful you chose to spend that time with us.

Please note that we are not able to keep candidate profiles on file for future roles, and we don't accept speculative applications; roles are only open while they are advertised on our jobs page.

Wishing you all the best in your search.

The Orbital Talent Team`, 'Your application to Orbital'),
];

const SHORT: readonly CorpusLine[] = [
  // ── short notes with the flags
  rej('application', ['position_filled'], { ...door },
    `Hi Joel, thanks for applying for the Barista role at Hearth & Bean. We've filled our spots for now, but we'd love it if you tried us again when we hire for the summer season. — Priya, Hearth & Bean`, 'Barista - Hearth & Bean'),
  rej('interview', ['generic'], { ...door },
    `Dear Mihai,

Thank you for meeting with us on Friday. We won't be taking your application further for the Site Engineer post, but we will be in touch when our next project in Cluj starts recruiting.

Regards,
Ana Popescu
HR, Carpatia Construct`, 'Site Engineer'),
  rej('screen', ['generic'], { ...offered },
    `Hi Lauren — thanks for the quick call on Tuesday. We're not going to move ahead with your application for the Account Executive role. Happy to share a bit more on why if that would help; just reply.

Ben, Talent @ Fieldstone`, 'Account Executive'),
  rej('assessment', ['assessment'], { ...fb },
    `Hi Arnav,

Thanks for the SQL exercise. Your joins were right, but three of the five answers double-counted refunds, so we won't be moving you to interviews.

Best,
Lia, Data Team`, 'SQL exercise'),
  rej('application', ['generic'], { ...door },
    `Dear Shreya,

Thank you for your application to the Summer Analyst programme. You have not been shortlisted this year, but we encourage you to put yourself forward again when applications for next year open in August.

Campus Recruitment, Ashgrove Capital`, 'Summer Analyst 2027'),
  rej('interview', ['generic'], { ...door },
    `Hi Tegan,

Thanks for coming in for a chat with the team last week. We've decided to go with someone else this time, but the door's open for you here, so keep an eye on the jobs page for the next round of graduate roles.

Cheers,
Matt
Coastal Surveying, Newcastle NSW`, 'Graduate Surveyor'),
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Yusuf,

Thanks for the session with Carla and the platform crew. The group felt your examples leaned on front-end work while this role is mostly API design, so we won't be going further. Happy to talk you through their notes if you want.

Jen`, 'Backend Engineer'),
  rej('application', ['generic'], { ...offered },
    `Dear Owen,

Thank you for applying for the Trainee Solicitor contract. You have not been selected for the assessment day. If you would like feedback on your written application, email graduate.recruitment@hallidaylaw.co.uk and we will send you some comments.

Graduate Recruitment, Halliday Law LLP`, 'Training Contract 2029'),
  rej('assessment', ['assessment'], { ...fb },
    `Dear Chloe,

Thank you for your translation test. The reviewers found that the legal terminology in clauses 4 and 7 was rendered too loosely for court use, so we are unable to add you to our panel of translators.

Kind regards,
LinguaBridge Vendor Management`, 'Translator panel - test result'),
  rej('screen', ['location'], { ...fb, ...door },
    `Hi Camille, thanks for the call this morning. As the role needs someone in Montreal three days a week and you're settled in Vancouver, we'll stop here for now. If we open a remote position on the team, I'll reach out. — Étienne`, 'Product Manager (Montreal)'),
  rej('interview', ['generic'], { ...door },
    `Hello Ravi,

Thank you for your time with Ms. Lim and the operations team last Wednesday. We have decided not to proceed further with your candidacy. We would be glad to receive your application again should a supervisory vacancy open in our Jurong warehouse.

Best regards,
HR Department
Tembusu Logistics Pte Ltd`, 'Operations Supervisor'),
  rej('application', ['generic'], { ...door },
    `Hi Noor, thank you for applying. We won't be moving forward this time, but a lot of our best hires applied more than once, so please come back to us when you see something else that catches your eye. Best, Fern @ Loop Bikes`, 'Workshop Mechanic'),
  rej('interview', ['generic'], { ...offered },
    `Dear Martina,

Thank you for your interview for the Finance Assistant post. I am sorry to tell you that you were not successful. Should you wish to know how the panel assessed your answers, please contact me and I will go through them with you.

Regards,
Helen Price
HR Officer`, 'Finance Assistant'),
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Diego,

Thanks for the chats with Ana and me on Thursday. We need someone who has already managed a Shopify Plus migration end to end, and that's the piece you haven't done yet, so we'll pass this time.

Best,
Lucía`, 'E-commerce Manager'),
  rej('final', ['position_filled'], { ...door },
    `Hi Georgia,

You were one of the last two and it was a very close call, but we've offered the Head Chef role to the other candidate and they've accepted. I'd love to have you in mind when we open the second restaurant next spring.

Thanks,
Owen
Owner, The Salt Room`, 'Head Chef'),
];

const NEGATIVES: readonly CorpusLine[] = [
  // ── similar words, flags NOT set
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your application. Unfortunately you have not been successful. Please note that unsuccessful applicants may not reapply for any position with the Company for a period of twelve months from the date of this letter.

HR Services, Pembrook Mutual`, 'Application outcome'),
  rej('application', ['generic'], {},
    `Hello,

Thanks for applying to Northlight. We won't be moving forward with your application. We will not keep your details once this role is closed, and we ask that you don't send us your CV for other teams unless a role is advertised.

Northlight Recruiting`, 'Northlight - Data Analyst'),
  rej('interview', ['generic'], {},
    `Dear Fatima,

Thank you for attending the interview. We regret to inform you that you were unsuccessful. The panel were impressed by your enthusiasm and your obvious passion for the sector. We wish you well in the future.

Recruitment Team`, 'Interview outcome - Events Coordinator'),
  rej('interview', ['generic'], {},
    `Hi Ollie,

Thanks for your time with the team. We've decided to go with another candidate. Unfortunately our policy is that we don't give feedback on interviews, I'm sorry about that.

All the best,
Sara`, 'Junior Copywriter'),
  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the online reasoning tests. Unfortunately your results did not reach the benchmark needed to progress. Owing to the number of candidates we cannot provide feedback on individual test results, and you will not be able to retake the tests for this intake.

Early Careers Team`, 'Online tests - outcome'),
  rej('application', ['generic'], {},
    `Dear Mr. Iyer,

We thank you for your application. We regret that we are not in a position to take it further. This decision is final and we will not be able to enter into correspondence about it.

Yours faithfully,
Personnel Department`, 'Application - Accounts Officer'),
  rej('interview', ['generic'], {},
    `Hi Jamal,

Thank you for speaking with Hugo and me last week. We've decided not to move forward. The team noted your warmth and your great energy in the room, and we really enjoyed meeting you. Wishing you the best.

Dana`, 'Customer Success Manager'),
  rej('application', ['generic'], {},
    `Hi Emma,

Thanks for your interest in Cobalt. We've decided not to take your application forward. We'd welcome your feedback on our application process: there's a two-minute survey at the link below.

Cobalt People Team`, 'Cobalt - Marketing Executive'),
  rej('interview', ['generic'], {},
    `Dear Hannah,

Thank you for coming to interview for the Receptionist post. Your application has not been successful. We are not able to keep applications on file and we do not contact candidates about future vacancies.

Kind regards,
Practice Manager
Elm Tree Dental`, 'Receptionist'),
  rej('screen', ['generic'], {},
    `Hi Nikhil, thanks for the call. The hiring manager has decided not to progress your profile. I'm not able to share any more detail than that, sorry. Regards, Pooja (Talent Acquisition)`, 'Data Engineer - update'),
  rej('application', ['generic'], {},
    `Dear Anna,

Thank you for applying. Please don't reply to this email. Your application for the Payroll Officer role was not successful, and we will not be considering you for other roles at this time.

Payroll Recruitment`, 'Payroll Officer'),
  rej('final', ['generic'], {},
    `Dear Kofi,

Thank you for attending the final interview. After careful consideration you have not been selected. The panel found you articulate and well prepared, and they enjoyed meeting you.

Regards,
Resourcing Team`, 'Regional Sales Director'),
];

const STAGES: readonly CorpusLine[] = [
  // ── interviews in unusual voices
  rej('interview', ['generic'], {},
    `Hi Marta,

It was lovely speaking with you on Thursday, and thank you for your patience while Joseph and I finished meeting the rest of the people on our list. We've decided to move ahead with another candidate for the Content Lead role.

Best,
Hana Kimura
Head of Content, Tidewater`, 'Content Lead'),
  rej('interview', ['generic'], {},
    `Dear Patrick,

Thank you for the conversations with our clinical leads last week. We have decided not to proceed with your application for the Practice Nurse role.

Kind regards,
Surgery Manager`, 'Practice Nurse'),
  rej('interview', ['profile_mismatch'], {},
    `Hi Lena,

Thanks for the chat with Marco, Eva and the design crew yesterday. Another candidate's background was a closer fit for the role, so we won't be moving forward.

Best,
Tobias`, 'UX Designer'),
  rej('interview', ['generic'], {},
    `Hello Sunil,

Thank you for speaking with us after your two rounds with the engineering group. After discussing it, we've decided not to extend an offer.

Regards,
Priyanka
Recruiting`, 'Senior Java Developer'),
  rej('interview', ['generic'], {},
    `Dear Alasdair,

Thank you for the time you gave us at the Inverness office on Monday morning, and for the hour with the board members. We have decided to appoint another candidate.

Yours sincerely,
Catriona MacLeod
Chief Executive`, 'Finance Director - Highland Trust'),
  rej('interview', ['generic'], {},
    `Hi Bea,

Thanks for sitting down with Tom and the rest of the crew at the bakery last week. We've gone with someone else for the Pastry Chef role, sorry it isn't better news.

Mags`, 'Pastry Chef'),
  rej('interview', ['profile_mismatch'], {},
    `Hi Arjun,

Thank you for the video sessions with our product and engineering managers over the past week. We felt another candidate matched the role more closely, and so we won't be progressing your candidacy.

Regards,
Talent Team, Pinecone Labs`, 'Product Manager'),
  rej('interview', ['generic'], {},
    `Dear Siobhan,

Following your meeting with our directors on Wednesday, we regret to tell you that you have not been successful in your application for the Office Manager role.

Regards,
Brennan & Co. Chartered Accountants`, 'Office Manager'),
  rej('interview', ['generic'], {},
    `Hi Kenji,

Great speaking with you again on Friday, after your earlier interviews with the team. We've now made our decision and we will not be offering you the Staff Engineer role. Thanks for all your time.

Olivia, Recruiting`, 'Staff Engineer'),
  rej('interview', ['generic'], {},
    `Hi Rosa,

Thank you for the chat with our store managers at the Bristol branch on Saturday. We have decided not to take your application further for the Assistant Manager role.

Kind regards,
Heather
Area Manager`, 'Assistant Store Manager'),
  // ── assessments in other words
  rej('assessment', ['generic'], {},
    `Hi Femi,

Thanks for doing the pricing exercise for us. We've reviewed everyone's work and won't be taking yours forward to the next stage.

Cheers,
Rory`, 'Commercial Analyst'),
  rej('assessment', ['assessment'], {},
    `Dear Ingrid,

Thank you for submitting the editing task. Unfortunately it did not score highly enough for us to invite you to interview.

Kind regards,
Editorial Recruitment
Harbourside Press`, 'Copy Editor'),
  rej('assessment', ['generic'], {},
    `Hello Ajay,

Thank you for the design sample you sent across last week. After going through all submissions, we have decided not to move forward with your application.

Regards,
Studio Kaveri`, 'Junior Designer'),
  rej('assessment', ['assessment'], {},
    `Hi Leah, thanks for the time you put into the written task. Unfortunately it wasn't quite strong enough to take you through to the panel stage. Best, Nadia (Recruitment)`, 'Policy Adviser'),
  // ── final rounds in other words
  rej('final', ['generic'], {},
    `Dear Viktor,

Thank you for meeting the partners on Thursday, the last step in our process. I am sorry to let you know that we have decided not to make you an offer.

Kind regards,
Charlotte
HR Manager, Lorimer Whitby LLP`, 'Senior Associate'),
  rej('final', ['position_filled'], {},
    `Hi Abi,

You were one of the final two for the Community Manager role, and I'm sorry to say we've offered it to the other person, who has accepted.

Best,
Jo`, 'Community Manager'),
  rej('final', ['generic'], {},
    `Dear Lakshmi,

Thank you for attending the last round at our Chennai office. After much deliberation we are unable to offer you the position of Engineering Manager.

Regards,
HR Team, Tarang Systems`, 'Engineering Manager'),
  rej('final', ['generic'], {},
    `Hi Sam,

Thank you for meeting with the partners on Tuesday to close out our process. I'm sorry to say the firm has decided not to proceed with your application.

Regards,
Emily
Recruitment Manager`, 'Tax Manager'),
  // ── application stage, boilerplate that names later steps
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying for the Graduate Engineer scheme. Our process normally includes an online test, a video interview and a final assessment centre. Unfortunately, your application has not been selected to progress beyond the initial review.

Graduate Recruitment`, 'Graduate Engineer 2027'),
  rej('application', ['generic'], {},
    `Dear Olga,

Thank you for your interest in the Marketing Assistant role. We have reviewed your CV and our decision is final: we will not be taking your application forward. We wish you all the best with the final year of your degree.

HR Team`, 'Marketing Assistant'),
  rej('application', ['profile_mismatch'], {},
    `Hi Chen,

Thanks for applying to Quarry Labs. Shortlisted candidates go on to a coding exercise and conversations with the team, but we felt your experience wasn't the right match for this role, so we won't be inviting you to the next stage.

Quarry Labs Talent`, 'Software Engineer'),
  rej('application', ['generic'], {},
    `Dear Pooja,

Thank you for your application for Relationship Manager. Candidates who are taken forward are asked to complete an aptitude test before meeting the hiring manager. We regret that your application was not taken forward.

Regards,
Recruitment Team, Kaveri Bank`, 'Relationship Manager'),
  // ── screens in other voices
  rej('screen', ['generic'], {},
    `Hi Gareth, thanks for the 15 minutes on the phone yesterday. Having thought about it, I won't be putting you forward to the client for this one. Cheers, Lisa (Recruitment Consultant)`, 'Contract Project Manager'),
  rej('screen', ['generic'], {},
    `Dear Amira,

Thank you for your time on our introductory call. After reviewing your profile we will not be progressing your application.

Best regards,
Talent Acquisition`, 'Legal Counsel'),
];

const MORE: readonly CorpusLine[] = [
  // ── more long letters with the flags buried, and short ones in other voices
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Isabella,

Thank you for travelling to Edinburgh for your interview for the Collections Care Officer post, and for the care with which you handled the object-handling exercise in the store.

The panel met on Friday to consider all of the candidates, and I am sorry to tell you that we will not be offering you the post on this occasion.

I know from our conversation that you were keen to have some specific comments, so I will pass on the panel's main reflection. They were very taken with your knowledge of textiles, but the post will lead our integrated pest management programme across three sites, and you told us that you have not yet run an IPM programme on your own. The successful candidate has managed one for several years, and this made the difference.

We very much hope you will consider us again. We are about to recruit a Conservation Assistant for the textiles store on a two-year contract, and I think your application would be very welcome; the advert will go live in January.

With best wishes,

Dr Fiona Grant
Head of Collections Care
National Galleries of the North`, 'Collections Care Officer'),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Hi Thabo,

Thanks for coming through to the final conversation with Nomvula and our chief product officer last Monday, and for the product teardown you presented; it was the most thorough we saw.

I'm sorry to let you know that we've decided not to offer you the Senior Product Manager position. The leadership team felt another candidate's background in payments was better suited to the roadmap for the next year.

I know feedback is useful at this stage, so please let me know if a short call to go through what the panel liked and where they hesitated would help. I'm around most of next week.

Thanks again for your time and energy throughout.

Kind regards,
Lerato
Talent Partner, Kopano Pay`, 'Senior Product Manager'),

  rej('interview', ['position_filled'], { ...door },
    `Dear Callum,

Many thanks for your recent interview for the role of Sous Chef at The Harbour Hotel. We genuinely enjoyed having you in the kitchen for the trial and the conversation afterwards with Chef and the general manager.

After a great deal of thought we have decided to offer the position to another candidate. This was not an easy decision, as we met several chefs of a very high standard.

We are opening a second kitchen for the new terrace restaurant in May, and we would be really pleased if you applied for one of the senior roles there when they are advertised next month. Chef has asked me to tell you that your name was the first one that came up when we discussed it.

Thank you once again for your time and your enthusiasm. We wish you all the very best.

Kind regards,

Fiona Carmichael
HR Manager
The Harbour Hotel, St Andrews`, 'Sous Chef - The Harbour Hotel'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for your interest in a career with Halden Group and for taking the time to submit your application for the role of Customer Service Advisor.

We receive many applications for every vacancy, and we review each one carefully against the requirements of the role. On this occasion, we regret to inform you that your application has not been successful.

Our selection process consists of an application review, a telephone interview, an online assessment and a final interview at one of our contact centres. We are sorry that we are not able to progress you to the next stage of this process.

As we receive a very large volume of applications, we are unable to provide specific feedback on individual applications. Please be assured that all applications are treated in the strictest confidence and in line with data protection law.

Thank you again for your interest in Halden Group. We wish you every success in your job search.

Yours sincerely,

Halden Group Resourcing`, 'Customer Service Advisor - Halden Group'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Ben,

Thanks for the long chat with Astrid and the support crew on Friday. We enjoyed it a lot.

We've decided not to move forward. Honestly, it came down to pace: our team works in a very fast, interrupt-driven way, and you told us you do your best work with long, quiet blocks. We don't think you'd enjoy it here, and we'd rather be upfront about that.

All the best,
Kai
Support Lead, Fjordline`, 'Support Engineer'),

  rej('interview', ['position_filled'], { ...door },
    `Dear Harriet,

Thank you for your interview for the Research Fellow post in the School of Geography. The panel has offered the post to another candidate. Should a further post in the project become available, I would very much hope that you would put yourself forward for it.

Best wishes,
Professor Andrew Lyle`, 'Research Fellow'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Sana,

Thanks a lot for the presentation task. The panel felt your slides covered the market well, but the plan did not include any budget or timeline, and that's most of what this role does day to day. We won't be going further this time.

We take on marketing graduates every September, and we'd be very glad to see you apply for that intake.

Best,
Chris
Marketing Director, Oakline`, 'Marketing Coordinator'),

  rej('screen', ['overqualified'], { ...fb },
    `Hi Margaret, thanks for the chat on Wednesday. Having thought it over, I think the Team Administrator role would be a big step down from the department-head work you've been doing, and I'd worry you'd be bored within weeks, so I won't send your details to the client. Best, Paul (Hays Partners)`, 'Team Administrator'),

  rej('interview', ['generic'], { ...offered },
    `<div><p>Hi Aditi,</p><p>Thank you for your time with the analytics team on Monday. We have decided to move forward with another candidate for the Data Scientist role.</p><p>If a conversation about how your interviews were judged would be helpful, I'm very happy to set one up; just reply to this email.</p><p>Regards,<br>Rohan | People Team | Saffron Health</p></div>`, 'Data Scientist - Saffron Health'),

  rej('interview', ['generic'], {},
    `Dear Jasper,

Thank you for meeting with the selection panel for the Communications Officer post. I am sorry to let you know that your application was unsuccessful. We are not in a position to offer individual feedback, but please be assured your application was given careful consideration.

Yours sincerely,
Human Resources`, 'Communications Officer'),
];

const EXTRA: readonly CorpusLine[] = [
  rej('application', ['generic'], { ...door },
    `G'day Harrison,

Thanks heaps for your application for the Graduate Environmental Scientist position with Coolibah Consulting, and for telling us about your honours project on the Murray wetlands. It was a great read.

We had an unusually strong field this year, with over 300 applications for three places across our Perth and Darwin offices. After reviewing them carefully against the selection criteria, we have decided not to progress your application to the next stage this round.

We know this is disappointing. We would be delighted to see another application from you down the track, whether for next year's graduate intake or for one of the field technician roles that come up through the dry season, as your fieldwork experience would suit those well.

Our graduate program runs for two years and includes rotations through our water, contamination and approvals teams, with a field season in the Kimberley for everyone who joins.

Thanks again for your interest in Coolibah, and all the best for the rest of your final semester.

Cheers,
Graduate Recruitment Team
Coolibah Consulting Pty Ltd`, 'Graduate Environmental Scientist 2027'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Sinead,

Hope you're keeping well. I've just come off the phone with the client and wanted to let you know straight away.

They really enjoyed both conversations with you, particularly the second one with their Head of Compliance, and they said you were one of the most prepared people they met. However, they've offered the Compliance Manager position to another candidate, who accepted this morning. I know how much you were hoping for this one, so I'm sorry to be the bearer of bad news.

From my side, nothing changes. I've a good sense now of what you want in your next move, and I'll be back to you as soon as I have something similar on my desk; I'd expect a couple of regulatory roles to come in before Easter. It would be great to catch up for a coffee in the next few weeks too, if you're around.

Thanks again for all your time and effort with this process.

Best,${agencySig}`, 'Compliance Manager - client update'),

  rej('interview', ['generic'], { ...door },
    `<div class="greenhouse-email"><p>Hi Marcus,</p>
<p>Thank you so much for the time you spent with the Fernhill team on the Customer Marketing Manager interviews. We really enjoyed getting to know you and learning about your experience.</p>
<p>After thoughtful deliberation, the team has decided not to move forward with your candidacy at this time. We know this isn't the news you were hoping for, and we want to thank you for the care you put into each conversation.</p>
<p>Fernhill is growing quickly and we expect to open several more marketing roles in the coming quarters. We hope you'll keep us on your list and throw your hat in again when one of them looks like a fit.</p>
<p>We'd love to hear how we did, too: if you have a few minutes, please share your thoughts on our interview process through the short survey linked below.</p>
<p>Best of luck in your search,<br>Fernhill Recruiting</p></div>`, 'Update on your Fernhill application'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Rhys,

Thank you for the business case you prepared for the Pricing Analyst role and for the clear way it was written up. We appreciate the effort that went into it.

We have now reviewed all of the cases we received, and I am sorry to tell you that we will not be taking your application forward to interview.

The reviewers asked me to share one point in particular. The team noted your recommendation relied on a 12% price increase across the whole range without any look at how many customers might leave as a result; the brief asked for exactly that trade-off, so this weighed heavily in the scoring.

Thank you again for your interest in Carrick Energy, and we wish you the best in your search.

Kind regards,
Resourcing Team
Carrick Energy`, 'Pricing Analyst - case outcome'),

  rej('interview', ['generic'], { ...door },
    `Hi Tunde, thanks for your time with Bisi and me on Monday. We've decided to go with someone else for this role. If anything in your area opens up on the team, you'll be the first person I call. Best, Kemi`, 'Growth Marketer'),

  rej('final', ['generic'], { ...offered },
    `Hi Elena,

You were in the final pair for the Head of Finance role, and I'm sorry to say the board chose the other candidate. If you'd like to hear what tipped it, let me know and I'll give you a ring.

Best,
Gareth
Chair, Westhaven Housing Co-operative`, 'Head of Finance'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your recent application. We regret that you have not been successful. We kindly request that you do not submit further applications to the company within the next six months.

Recruitment Team
Redmoor Pharmaceuticals`, 'Your application'),

  rej('screen', ['generic'], {},
    `Hi Priyanka,

Thanks for the quick video chat with me last Wednesday. After reviewing your profile against the brief, we won't be taking your application further for the HR Business Partner role.

Regards,
Sophie
Talent Acquisition Partner`, 'HR Business Partner'),
];

export const HANDWRITTEN_DEV_17: readonly CorpusLine[] = [...LONG, ...SHORT, ...NEGATIVES, ...STAGES, ...MORE, ...EXTRA];
