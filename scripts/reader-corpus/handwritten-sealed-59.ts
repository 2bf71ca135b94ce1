/**
 * Sealed set 59: 127 hand-written messages, mostly from the back half of hiring processes and mostly about what the
 * employer says to the candidate about their application. Nearly all the declines come after a candidate has been
 * seen: interviews, second interviews, panels with presentations, partner rounds, onsites, campus visits, assessment
 * centres, demo lessons, trade tests, written exercises, take-homes and case studies, plus a few after a recruiter
 * call and a few after the CV screen. The senders are hiring managers, founders, panel chairs, headteachers, HR
 * officers, agency recruiters (some paste or paraphrase the client's words about the candidate in the third person),
 * and tracking-system templates, one of them raw HTML, some with a "feedback" section that says nothing. The employers
 * are NHS trusts and a health board, councils, a housing association, the civil service, an Australian department,
 * universities in four countries, schools, law firms, charities, banks, retailers, manufacturers, a mine, startups and
 * an Indian IT firm, consultancy and hospital. They are written in British, American, Irish, Indian, Australian and
 * South African English. About half of the declines carry specific feedback: what the candidate lacked, a score or a
 * rank, what went wrong in a lesson, memo, model or presentation, or praise that names a thing the candidate did.
 * Sometimes this is a list of bullet points and sometimes a single clause in a long paragraph. The other half carry
 * only boilerplate ("you interviewed well", "a strong field", "scored against the criteria", "good communication
 * skills"). Six answer the candidate's request for feedback above the quoted history: four give real feedback, one
 * admits there is nothing specific and one refuses. Five processes are paused. Fifteen messages look like these but
 * are not declines: an offer and a conditional offer that both pass on the panel's comments, two invitations to the
 * next round with comments, an acknowledgement that warns silence means no, an "I've asked the panel" reply to a
 * feedback request, a withdrawal confirmation, a coach's mock-interview notes, a tutor's marks, a careers adviser's
 * CV comments, a performance review, a promotion outcome, a 360 report, a referee request and a candidate survey.
 *
 * How I labelled them:
 * - Stage is the furthest step that the newest message says has happened. A recruiter or HR phone call is screen. A
 *   test, trade test, written exercise, take-home or case study with no interview named is assessment. Anything
 *   called an interview is interview, including a recorded one-way video interview, a callback, a second interview,
 *   a values interview, a case or portfolio presentation given at interview, a demo lesson on an interview day and
 *   an NHS Advisory Appointments Committee. Final needs the message itself to say final, onsite, finalist, campus
 *   visit or assessment centre, or to name reference checks after a final interview. A seminar-and-interview
 *   visit, or a "final result" after an interview, is still interview.
 * - Reasons. When the message says an offer was made or accepted, says someone was appointed, or says the post or
 *   places are filled, I add position_filled. "Went with / chose another candidate" alone is generic. "Closer match",
 *   "more relevant experience", "scored more highly", "not among the highest scores", a rank, "none met the standard"
 *   and "not the right match" are profile_mismatch. A named requirement the candidate lacks is skills_gap: a system, a
 *   qualification, a licence or registration, years of a kind of experience, domain experience, or a named
 *   competency scored below the bar. Interview or presentation performance with no requirement named is
 *   profile_mismatch. A test, trade test, written exercise, case study, coding challenge or assessment centre score
 *   below the bar is assessment. Visa, work rights, onsite days and relocation are location. Working style or values
 *   are culture_fit. A freeze, funding loss, restructure or the search closing is role_closed. A role absorbed by
 *   existing staff is role_closed plus internal_candidate.
 * - feedback is true for scores, ranks, named gaps, named mistakes and praise that names a specific thing the
 *   candidate did. It is also true for a salary, visa or overqualification reason that quotes the candidate's own
 *   figures or circumstances. It is false for generic praise, a "Feedback" heading over boilerplate, "not the
 *   highest scoring", a salary disagreement with no figures and a bare overqualification line.
 * - feedbackOffered means the message offers a call or feedback "on request", or names someone to ask. It is false
 *   when feedback is refused or when the message already gives the feedback and offers nothing more.
 * - doorOpen: apply again, talent pool or network, CV kept on file or in a database, a merit pool or reserve list, an
 *   agency recruiter promising other roles, or "I'll reach out if it reopens". Not doorOpen: a retention/privacy
 *   notice, good wishes, "stay in touch if you get the diploma" and reapplication bans ("not eligible to reapply for
 *   six months", "one application per cycle").
 * - An on_hold message pauses a process without declining the candidate: a recruitment control, a savings freeze, a
 *   headcount pause or a departed hiring manager is role_closed; a panel-availability delay is generic.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s59-');

export const HANDWRITTEN_SEALED_59: readonly CorpusLine[] = [
  rej('interview', ['skills_gap'], { ...fb, ...offered }, `Dear Priya,

Thank you for attending interview for the post of Band 6 Musculoskeletal Physiotherapist on Tuesday 14th. I'm sorry to let you know that on this occasion you have not been successful.

The panel scored every candidate against the same questions. You did well on the service improvement question - your example of setting up the Saturday hip and knee class was a good one - but your answer to the clinical scenario missed the red-flag screening we were looking for, and the post-holder will be expected to supervise Band 5 rotations in MSK outpatients, where you have had four months rather than the year or so we had hoped for.

If you would like to talk this through I'm happy to ring you. Just let me know a time that suits.

Kind regards,
Helen Marsh
Clinical Lead Physiotherapist, Outpatients
Northgate Hospitals NHS Foundation Trust`, 'Band 6 MSK Physiotherapist - interview outcome'),

  rej('final', ['profile_mismatch'], { ...door }, `Hi Daniel,

Thanks so much for spending the day with us on Thursday. I know an onsite is a big time commitment and the whole team really enjoyed meeting you.

It was a close call, but we've decided to move forward with another candidate whose experience more closely aligns with what we need right now. As a company policy we aren't able to share detailed interview feedback, which I know can be frustrating.

We'd genuinely love to see you apply again as the team grows - new roles go up on our careers page first, so do keep an eye on it.

All the best,
Kayla
Recruiting @ Fernhill Labs`, 'Your onsite with Fernhill'),

  rej('interview', ['skills_gap'], { ...fb, ...door }, `Hi Sarah,

Just heard back from Hollis & Reed. I'll paste their note as it's easier than paraphrasing:

"Thanks for sending Sarah over on Monday. We liked her a lot - she was clearly across the Part 36 rules and gave a very good account of the Henley matter - but we felt she would need a fair bit of support on the costs side, and we need someone who can draft a bill of costs and run detailed assessments on their own from day one. We'll pass on this occasion."

Sorry it's not better news. Honestly I think costs is a fixable gap, and I've got two other litigation roles coming in next week that I think would suit you better - I'll call you on Friday to talk them through.

Cheers,
Tom
Lexington Legal Recruitment`, 'Hollis & Reed - feedback'),

  rej('interview', ['profile_mismatch'], {}, `Dear Jordan Ellis,

Thank you for your interest in the Customer Insight Analyst position (Req. 48213) and for taking the time to interview with us.

Feedback from the hiring team:
The panel were impressed by your enthusiasm and your understanding of the role. On this occasion other candidates demonstrated a stronger match to the requirements of the position.

We wish you every success in your job search.

Talent Acquisition
Carrow Group plc

This is an automated message. Please do not reply to this email.`, 'Update on your application - Customer Insight Analyst'),

  rej('final', ['position_filled', 'skills_gap'], { ...fb, ...offered }, `Dear Dr Okafor,

Lectureship in Environmental Chemistry (Ref. SCI-0417)

Thank you for visiting the School on 2 May and for your research presentation and interview. On behalf of the selection committee I am writing to let you know that we have offered the post to another of the shortlisted candidates, who has accepted.

The committee asked me to pass on that your talk on sediment-bound microplastics was very well received and that the students who attended your teaching session rated it highly. Where the appointed candidate was stronger was in external funding: they already hold a UKRI fellowship, and the committee felt your five-year plan did not yet set out where grant income for the work would come from.

Professor Alan Reid, who chaired the committee, would be happy to speak to you if you would find more detailed feedback useful; his email is a.reid@example.ac.uk.

Yours sincerely,
Gillian Moss
HR Partner, Faculty of Science`, 'Lectureship in Environmental Chemistry'),

  rej('interview', ['generic'], {}, `Dear Candidate,

Greetings from Zentrix Technologies!

We thank you for taking the time to attend the interview process for the position of Senior Software Engineer - .NET held on 11-Jan-2025.

After careful evaluation, we regret to inform you that you have not been shortlisted for the further rounds of the selection process.

Kindly note that as per company policy, candidates who are not selected are not eligible to reapply to Zentrix for a period of six (6) months from the date of interview.

We wish you all the best in your future endeavours.

Warm Regards,
Talent Acquisition Team
Zentrix Technologies Pvt. Ltd., Pune`, 'Interview Status - Senior Software Engineer - .NET'),

  rej('interview', ['position_filled', 'profile_mismatch'], { ...offered, ...door }, `Dear Ms Nguyen

RE: POSITION OF COORDINATOR LIBRARY SERVICES - VACANCY 24/118

Thank you for your application and for attending an interview on 19 March 2025.

The selection panel has now completed its assessment of all applicants against the selection criteria and has recommended the applicant who best met those criteria. The position has been offered to and accepted by that applicant. I regret to advise that on this occasion your application was unsuccessful.

Your application will be kept on file for a period of twelve months and may be considered should a similar vacancy arise during that time.

Should you wish to obtain feedback on your application and interview, please contact the panel convenor, Mark Ellery, on (03) 5555 0192.

Thank you for your interest in working with Council.

Yours sincerely

People and Culture
Moorabool Shire Council`, 'Vacancy 24/118 - outcome'),

  rej('interview', ['skills_gap'], { ...fb, ...door }, `Hi Conor,

Thanks a million for coming in to meet myself and Aoife last week, and sorry for the delay getting back to you.

We've decided not to go ahead this time. To be straight with you, the lads felt you were a bit light on the Kubernetes side - most of our day-to-day is running and debugging workloads on EKS, and from the chat it sounded like you've mostly been on the app side of things with someone else looking after the clusters.

Everything else was grand and we all enjoyed the conversation. We'll definitely be hiring again in the new year so do keep an eye out, or drop me a line directly.

All the best,
Niall
Head of Platform, Brightwater Software, Dublin`, 'Re: Platform Engineer'),

  rej('final', ['generic'], {}, `Dear Thandiwe

GRADUATE DEVELOPMENT PROGRAMME 2025

Thank you for your participation in the assessment centre held at our Rosebank offices on 6 and 7 February.

After careful consideration of all the candidates who attended, we regret to inform you that you have not been selected to proceed further in the recruitment process.

We appreciate the time and effort you have put into your application and we wish you everything of the best in your future endeavours.

Kind regards

Graduate Recruitment
Ubuntu Mutual Bank Limited`, 'Graduate Development Programme 2025'),

  rej('final', ['skills_gap'], { ...fb, ...offered }, `Dear Ellie,

Thank you for attending our assessment day on 24 June and for your interest in a training contract with Barlow Finch LLP.

I am sorry to tell you that we are not able to offer you a training contract on this occasion. Competition this year was very strong, and I wanted to give you some feedback from the day in the hope that it is useful.

Your written exercise was one of the strongest we saw; the partners particularly noted that you spotted the limitation issue in the client's letter, which most candidates missed. In the partner interview, however, your answer on the commercial awareness question was less developed - you described the water company's situation accurately but did not get on to what it might mean for our clients or for the firm.

If you would like to talk any of this through, our graduate recruitment team can set up a short call with one of the partners who interviewed you. Please reply to this email.

Please note that candidates may only apply once in each recruitment cycle.

With best wishes,
Rachel Dunne
Graduate Recruitment Manager`, 'Barlow Finch LLP - training contract assessment day'),

  rej('screen', ['salary'], { ...fb, ...door }, `Hi Marcus,

Thanks again for chatting with me yesterday about the Store Manager opening at our Naperville location.

After talking with the district team, I don't think we can make this one work. You mentioned you're targeting around $95K base, and the range we've got approved for this store is $72K-$80K plus the quarterly bonus. I didn't want to move you forward to the district manager interview knowing we'd be that far apart.

If your expectations change, or if you'd be open to an assistant manager role at one of our larger stores, please feel free to reapply - I'd be happy to talk again.

Thanks,
Brianna Ortiz
Talent Acquisition | Hollister Home & Garden`, 'Store Manager - Naperville'),

  rej('assessment', ['assessment'], { ...offered }, `Dear Adam,

Thank you for completing the online assessments as part of your application for the Maintenance Engineering Apprenticeship at Castlegate Precision.

We have now reviewed your results. Unfortunately, your results on this occasion did not meet the benchmark required to progress to the interview stage, and we will not be taking your application further.

If you would like feedback on your assessment results, please contact the Early Careers team at earlycareers@castlegate.example.co.uk within 28 days.

Kind regards,
Early Careers Team
Castlegate Precision Ltd`, 'Your application - Maintenance Engineering Apprenticeship'),

  rej('interview', ['position_filled', 'skills_gap'], { ...fb, ...offered }, `Dear Mr Patel,

Thank you for coming in on Wednesday for the English teacher post. I know interview days are long and I appreciated how you handled them.

I'm sorry to say that we have offered the post to another candidate. The deciding factor in the end was A level: the successful candidate has taught AQA A level Literature for three years, and with two of our current Year 12 groups needing a new teacher in September we felt that experience had to come first.

Your Year 9 lesson was well planned and the students enjoyed the poetry task, though the pace meant the plenary was lost and a couple of boys at the back drifted off for a good part of it - something to watch.

Do ring me at school if you want to talk it through; I'm around after 3.30 most days.

Best wishes,
Jane Whitfield
Headteacher, St Aldhelm's C of E Academy`, 'English teacher post'),

  rej('interview', ['generic'], {}, `Dear Olivia,

Thank you for taking the time to interview for the role of Fundraising Officer (Trusts and Foundations) with Riverside Hospice.

We received an exceptionally high number of applications for this post, and the standard of candidates we interviewed was very high. I am sorry to tell you that on this occasion you have not been successful.

Due to the volume of applications we are unfortunately unable to provide individual feedback.

Thank you again for your interest in Riverside Hospice and for your support of our work.

With kind regards,
Sam Hollings
People Team`, 'Fundraising Officer (Trusts and Foundations)'),

  rej('interview', ['skills_gap'], { ...fb, ...door }, `Hey Lena,

Wanted to write this one myself rather than send you a template.

We're not going to move forward. Your take-home was honestly the cleanest one we got - the way you isolated the retry logic and wrote tests around the flaky network case was exactly how we'd want it done. The thing that tipped it was mobile: we ended up going with someone who has shipped and maintained a React Native app in production, and with only two of us on the app right now we can't carry the ramp-up.

I'd like to stay in touch. We're planning to open a backend role in Q3 and if we do I'll reach out to you before it goes public.

Thanks again for the time you put in,
Ravi
Co-founder & CTO, Parcelwise`, 'Parcelwise - Mobile Engineer'),

  rej('interview', ['skills_gap', 'position_filled'], { ...fb, ...offered }, `Hi Tom,

Thanks for asking, and sorry it's taken a few days - I wanted to speak to the rest of the panel first.

All candidates were asked the same five questions and scored out of 7 for each. You scored 21 out of 35 and the appointed candidate scored 29. Your strongest answer was on partnership working. The panel felt your answer on safeguarding didn't refer to the multi-agency procedures or the escalation route, which for a Family Support Worker is something we have to see at interview, and your example for the case-recording question was quite general.

If you'd like to discuss it further you're welcome to give me a ring on 01632 960 441.

Kind regards,
Deborah Hart
Team Manager, Early Help

-----Original Message-----
From: Tom Birch
Sent: 03 March 2025 09:12
To: Recruitment
Subject: RE: Family Support Worker - ref EH/0291

Hello, thank you for letting me know. Would it be possible to get some feedback on my interview?
Thanks, Tom

-----Original Message-----
From: Recruitment
Sent: 28 February 2025 16:40
Subject: Family Support Worker - ref EH/0291

Dear Tom, thank you for attending interview. Unfortunately on this occasion you have not been successful and the post has been offered to another candidate.`, 'RE: Family Support Worker - ref EH/0291'),

  rej('final', ['location'], { ...fb, ...door }, `Hi Jess,

Thanks for making the trip out to the Kalgoorlie site last week and for meeting with Greg and the panel for the final interview.

Unfortunately we won't be progressing your application. The panel rated you highly, but this role is an 8/6 FIFO roster out of Perth and you were clear with us that you need to stay based in Brisbane for family reasons. We looked at whether a Brisbane departure could work and it can't for this roster.

We'd love to keep you in our talent community - if a Queensland-based role comes up in maintenance planning I'll get in touch.

Cheers,
Megan Shaw
Talent Acquisition Partner | Goldfields Nickel`, 'Maintenance Planner - final interview outcome'),

  rej('final', ['salary'], { ...fb, ...door }, `Dear Aditya,

Thank you for your time during the final HR discussion on 21st August for the role of Product Lead - Payments.

We have carefully considered your candidature. While the panel was very positive about your experience, we regret that we are unable to meet your expected CTC of INR 32 LPA; the approved budget for this position is INR 24 LPA fixed plus variable, and we could not get an exception approved.

We will be keeping your profile in our database and will reach out to you for suitable senior openings in future.

Thanks & Regards,
Sneha Kulkarni
HR Business Partner
Finlyft Payments Pvt Ltd, Bengaluru`, 'Product Lead - Payments | Update'),

  rej('application', ['profile_mismatch'], { ...door }, `Hi Chris,

Thank you for your interest in the Senior Data Engineer role at Northloop. We've carefully reviewed your application, and unfortunately we've decided not to move forward at this time, as we're looking for a profile that more closely fits what this team needs.

We'll keep your resume on file and may reach out if a role that better matches your background opens up.

Best,
The Northloop Talent Team`, 'Your application to Northloop'),

  rej('final', ['culture_fit'], { ...fb }, `Dear Hannah,

Thank you for presenting to the board and the panel on Friday. Your presentation on the volunteer strategy was thorough and well researched.

After a lot of discussion we have decided not to offer you the role. The main thing the panel kept coming back to was how you described your ideal working week: clear processes, a defined remit and a line manager you could check in with regularly. We are a team of four and everyone does a bit of everything, often without much notice, and we felt honestly that you would be happier in a larger organisation with more structure around you.

I'm sorry to be the bearer of disappointing news, and thank you again for all the preparation you put in.

Warm regards,
Fiona Gallagher
Chair of Trustees, Westside Community Food Network`, 'Volunteer Programme Manager - final stage'),

  rej('interview', ['internal_candidate', 'position_filled'], { ...offered }, `Dear Mr Adeyemi

Faculty Administrator, School of Law (Ref. 5521)

Thank you for attending interview for the above post. I am writing to let you know that the panel has appointed an internal candidate, and I am therefore sorry to inform you that your application has been unsuccessful.

The panel were pleased to meet you and asked me to thank you for your time. Feedback is available on request from the chair of the panel, Mrs Linda Carr.

Yours sincerely

Recruitment Team
Human Resources`, 'Faculty Administrator, School of Law (Ref. 5521)'),

  rej('interview', ['role_closed'], { ...door }, `Hi Amira,

I wanted to let you know where things stand with the Marketing Operations Manager role you interviewed for last month.

Following a review of the team structure, the leadership team has decided not to fill this role for now, so we're closing the search. This was not a reflection on you in any way.

If the role is reopened or re-advertised later in the year I will contact you directly, as you were one of the people we were most keen on.

Best wishes,
Sophie Tan
People Partner, Orla Skincare`, 'Marketing Operations Manager'),

  rej('screen', ['overqualified'], { ...fb, ...door }, `Hi Graham,

Thanks for your time on the phone on Tuesday. I've had a chance to talk through your CV with the hiring manager at Pemberton Logistics.

They have decided not to take it forward. With your twenty years in supply chain, including five as a director running three sites, they felt the Team Leader role would be far too narrow for you, and frankly they were worried that you would be off again within a year.

I did push back, as you'd said you want a step down, but they were firm on it. I'll keep you in mind for the more senior roles that come across my desk - there's a head of operations brief I'm expecting in the next couple of weeks.

Kind regards,
Lucy Fenwick
Senior Consultant, Fenwick Search`, 'Pemberton Logistics - Team Leader'),

  rej('assessment', ['assessment'], { ...fb, ...door }, `Hi Wei,

Thank you for completing the coding challenge for the Backend Engineer (Go) position.

We've reviewed your submission and unfortunately won't be moving forward. Your solution passed 14 of the 20 hidden test cases; the failures were in the edge cases - empty input files and timestamps crossing a daylight-saving change - and the reviewers noted that error handling was missing from the file-reader.

We know challenges like this take real time and we appreciate it. You're welcome to apply again in six months, and we'd be happy to see a new application from you then.

Regards,
Engineering Hiring | Tallyhoo`, 'Tallyhoo - coding challenge results'),

  other(`Dear Amelia,

I'm delighted to let you know that the panel would like to offer you the post of Senior Policy Officer (Housing), subject to satisfactory references and pre-employment checks.

The panel wanted me to pass on how much they enjoyed your presentation - in particular the way you used the Ealing data to argue for a different approach to temporary accommodation. They also noted that your answer on working with elected members was the strongest they heard.

HR will be in touch with the formal offer letter and contract in the next few days. In the meantime, if you have any questions please call me.

Congratulations, and I very much look forward to working with you.

Best wishes,
Paul Okonjo
Head of Housing Strategy`, 'Senior Policy Officer (Housing) - offer'),
  rej('final', ['profile_mismatch'], {}, `Hi Samira,

Thank you for taking the time to interview with Quillstack for the Senior Product Designer role. We know the onsite loop was a significant investment of your time, and we appreciate the care you put into your portfolio presentation.

Feedback from your interviewers
Your interviewers enjoyed meeting you and thought you communicated clearly and thoughtfully throughout the day.

After careful consideration, we've decided to move forward with candidates whose experience more closely matches the needs of the role at this time.

We wish you the very best in your search.

Quillstack Recruiting
Sent via Lever`, 'Your application to Quillstack'),

  rej('interview', ['skills_gap'], { ...fb, ...door }, `Hi Jess,

Feedback from the client below - forwarding as is:

---------- Forwarded message ----------
From: Karen Lowe
To: Mark Delaney
Subject: RE: Payroll Officer - candidates

Thanks Mark. Jess presented well and clearly knows her stuff on payroll tax and super, but she hasn't used Chris21 and with EOFY coming up we can't afford the ramp-up time. We're going to go with the other candidate. Please pass on our thanks.
Karen
----------

Sorry Jess - I know you were keen on this one. Chris21 is a bit of a niche system so don't read too much into it. I'll be in touch as soon as something else comes through on my desk.

Mark Delaney
Consultant | Harbour Recruitment, Parramatta`, 'FW: RE: Payroll Officer - candidates'),

  rej('application', ['generic'], { ...offered }, `Dear Kieran

Application for: Staff Nurse - Ward 7 (Elderly Care)
Reference number: 338-ST-7712

Thank you for your recent application for the above post.

We regret to inform you that on this occasion you have not been shortlisted for interview.

If you would like feedback on your application, please contact the recruiting manager, whose details can be found in the job advert.

We would like to take this opportunity to thank you for your interest in working for us and wish you every success in the future.

Yours sincerely

Recruitment Team
Hartfield and District Hospitals NHS Trust`, 'Outcome of your application: Staff Nurse - Ward 7'),

  rej('assessment', ['assessment'], { ...offered }, `Dear Ms Barker

Planning Officer (Development Management) - Ref PL2291

Thank you for completing the written exercise on 9 October as part of the selection process for the above post.

The exercise was marked by two members of the panel against a pre-determined marking scheme. I regret to inform you that your score did not reach the threshold required to be invited to interview.

Feedback on your exercise is available on request. Please reply to this email if you would like to receive it.

Yours sincerely

Ian Crossley
Development Manager
Eastwold District Council`, 'Planning Officer (Development Management) - Ref PL2291'),

  rej('final', ['generic'], {}, `Dear Dr Byrne,

Post of Assistant Professor in Mechanical Engineering

I refer to your final interview on Thursday 12 June for the above post, for which you were one of three candidates shortlisted.

The Board of Selection has now concluded its deliberations and has recommended another candidate for appointment. I regret, therefore, to inform you that you have not been successful on this occasion.

On behalf of the University I would like to thank you for your interest in the post and for the time and effort you put into the selection process.

Yours sincerely,

Deirdre Ní Bhriain
Recruitment Officer, Human Resources
University of the West of Ireland`, 'Assistant Professor in Mechanical Engineering'),

  rej('final', ['skills_gap'], { ...fb }, `Hi Noah,

Thanks again for the final round last Friday. Everyone who met you enjoyed it, and I promised I'd share real feedback, so here it is.

What went well:
- The system design session. Your idempotency discussion for the payments retry flow was the best we've had in this loop.
- The way you handled the pushback in the product conversation - you held your ground without getting defensive.

Where it fell short for this role:
- Production ownership. You haven't run an on-call rotation or led an incident review for a service you own, and this hire needs to own our incident process from the first week.

We've decided not to extend an offer. I'm sorry - I know it's disappointing after a long process.

Best,
Dana Whitaker
VP Engineering, Ledgerline`, 'Ledgerline - final round feedback'),

  rej('interview', ['skills_gap'], { ...fb, ...door }, `Hi Alex,

Heard back from Carter Weiss. I'll forward their note below - it's fairly candid, which I think is useful.

"Thanks for introducing Alex. We met him on Tuesday with two of the partners. He is clearly a capable lawyer and the partners liked his manner, but his work at his current firm has been almost entirely on the lending side and they felt he doesn't yet have the fund formation experience we need at 4PQE - he couldn't really speak to LPA negotiations or side letters. We will not be progressing."

Sorry Alex. I do think there's a better fit out there for your banking background, and I'm speaking to two firms this week with finance roles - I'll come back to you.

Best,
Priyanka Mehta
Private Practice Team | Baxter Hume Legal`, 'FW: Alex - Carter Weiss'),

  rej('final', ['assessment'], { ...fb, ...door }, `Dear Jamie,

Future Leaders Graduate Scheme 2025 - assessment centre outcome

Thank you for attending our assessment centre on 17 January. We're sorry to let you know that you have not been successful on this occasion.

Every candidate was scored by trained assessors against our five behaviours. Your scores were:

Group exercise: 3 / 5
Case study presentation: 2 / 5
Competency interview: 4 / 5
Written exercise: 3 / 5

The minimum overall score for an offer was 14 out of 20, and you scored 12. Assessors noted that your presentation ran over time and did not get as far as a recommendation.

Our 2026 scheme opens in September and we would encourage you to apply again.

Best wishes,
Graduate Recruitment
Mercer & Lyle Retail Group`, 'Assessment centre outcome'),

  rej('interview', ['location'], { ...fb }, `Hi Tyler,

Thanks for coming out to the Dayton plant on Monday and for walking the line with Rick. He enjoyed the conversation.

We're going to pass on moving forward. The Process Engineer role is on-site five days a week - the job is on the floor with the operators - and you told us a couple of times that you'd need a hybrid arrangement with two days remote. That's not something we can offer in this position.

Appreciate your time, and best of luck with the search.

Jenna Kowalski
HR Generalist | Midwest Extrusion Co.`, 'Process Engineer - Dayton'),

  rej('interview', ['position_filled', 'profile_mismatch'], {}, `Dear Georgia,

Thank you for coming to interview for the role of Events Coordinator last Thursday.

You performed well at interview and it was a very difficult decision. In the end the panel has decided to offer the role to a candidate who had slightly more relevant experience, and I am sorry that I can't bring you better news.

Thank you for your interest in the Foundation, and I wish you the very best for the future.

Kind regards,
Louise Price
Office Manager, The Harrow Arts Foundation`, 'Events Coordinator'),

  rej('interview', ['position_filled'], {}, `Dear Michael,

On behalf of the search committee, thank you for your interest in the position of Assistant Director of Residential Life at Cedar Valley University and for interviewing with us earlier this month.

I am writing to let you know that the committee has concluded its search and the position has been filled.

We appreciate the time and effort you put into the process, and we wish you well in your professional endeavors.

Sincerely,

Dr. Renee Caldwell
Chair, Search Committee
Office of Student Life`, 'Assistant Director of Residential Life - Search Update'),

  rej('interview', ['skills_gap'], { ...fb, ...door }, `Dear Rahul,

Thank you for taking the time to attend the technical interview for the position of Java Developer (3-5 yrs) on 14th November.

After careful evaluation, we regret to inform you that your profile has not been shortlisted for the next round.

Feedback from the interview panel:
- Good understanding of core Java and OOP concepts.
- Needs to improve on multithreading and concurrency (ExecutorService, synchronisation).
- Limited hands-on exposure to Spring Boot microservices, which is mandatory for this project.

You may apply for suitable positions through our careers portal in future, and we will be glad to consider your profile again.

Regards,
Talent Acquisition Team
Ascendra Infosolutions Ltd., Hyderabad`, 'Interview feedback - Java Developer'),

  rej('final', ['skills_gap'], { ...fb }, `Hi Marcus,

Happy to share a bit more, and thanks for asking so graciously.

Honestly it came down to two very strong finalists. The other person had run the data room for a Series B and been through a full due diligence process with a lead investor, and with our raise starting in March that was something the board wanted someone to have done before. You'd have learned it, but we don't have the runway to let anyone learn it on the job this year.

Your modelling exercise was excellent, by the way. Leah still refers to your cohort tab.

Best,
Omar

On Mon, Feb 10, 2025 at 8:41 AM Marcus Hale wrote:
> Hi Omar, thanks for letting me know. If you have a moment I'd really value any feedback on where I fell short - it would help me a lot for the next one.
> Best, Marcus
>
> On Fri, Feb 7, 2025 at 5:02 PM Omar Siddiqui wrote:
>> Hi Marcus, I'm sorry to say we've decided to go with the other finalist for the Head of Finance role. Thank you for everything you put into the process.`, 'Re: Head of Finance - Brightpath'),

  rej('assessment', ['assessment'], {}, `Hi Jonah,

Thanks for completing the take-home assignment for the Data Analyst role. We really appreciate the time it takes.

After reviewing your submission, the team has decided not to move forward with your application.

We wish you the best of luck in your search.

Cheers,
The Hiring Team at Stackfield`, 'Stackfield - Data Analyst'),

  rej('interview', ['profile_mismatch'], { ...fb, ...offered }, `Dear Mr Campbell,

Trading Standards Officer (Ref. TS/25/04)

Thank you for attending interview on 20 May.

I am writing to confirm that you were not successful on this occasion. All six candidates interviewed met the essential criteria, and the panel scored each candidate's answers and written exercise. Once scores were combined you were placed fourth of the six.

If you would like a conversation with me about your scores, please let me know and I will arrange a time.

Yours sincerely,

Morag Henderson
Service Manager, Regulatory Services
Inverclyde and Lennox Council`, 'Trading Standards Officer (Ref. TS/25/04)'),

  hold('application', ['role_closed'], {}, `Dear Ayesha,

Clinical Pharmacist - Primary Care Network (Ref. 441-PCN-09)

Thank you for your application for the above post. You were shortlisted and we had been due to hold interviews on 12 June.

I am sorry to let you know that the interviews have had to be postponed. A recruitment control process has been introduced across the Integrated Care Board, and all vacancies that have not yet reached offer stage need to be re-approved before we can proceed.

Your application remains active and you do not need to do anything at this stage. We will contact you as soon as we have a decision, which we expect within the next four to six weeks.

With apologies for the inconvenience,

Recruitment Team
Southmere Integrated Care Board`, 'Interview postponement - Clinical Pharmacist'),

  hold('final', ['role_closed'], {}, `Hi Jordan,

I wanted to give you an honest update rather than leave you hanging.

After your final round we were getting ready to put an offer together, but the leadership team has decided to pause all new headcount until our Q3 planning is finished in mid-July. The Staff Engineer role is included in that pause.

Nothing about this changes how we feel about you - we'd still very much like to have you in the process, and if the role is confirmed you'd pick up exactly where you left off. I'll update you as soon as I hear, and by 20 July at the latest.

Really sorry for the delay,
Beth
Talent Partner, Corvid Health`, 'Staff Engineer - quick update'),

  other(`Hi Marta,

Thanks for doing the mock panel with us this morning. Here are my notes, as promised.

1. Your opening ("tell us about yourself") ran to nearly four minutes. Aim for 90 seconds: current role, one achievement, why this job.
2. The STAR answers were much better than last week. The stakeholder example (the vendor dispute) was clear, but the Result was vague - put a number on it if you can.
3. When Dev asked about your weaknesses you apologised twice. Say it, say what you're doing about it, stop.
4. Good questions to the panel at the end - keep the one about how they measure success in the first six months.

Overall you are ready for Thursday. Practise the opening out loud a few times and you'll be fine.

Best of luck,
Caroline
Career Coach | Next Step Coaching`, 'Mock interview notes - Thursday prep'),

  rej('interview', ['position_filled', 'profile_mismatch'], { ...offered, ...door }, `Dear Ms Kaur

APS 6 Policy Officer - Merit List

Thank you for participating in the recent selection process for the above role, including your interview on 3 April.

The selection panel has assessed you as suitable for the role, and you have been placed in a merit pool. However, another applicant was assessed as more meritorious for the current vacancy and has been offered the position.

The merit pool will remain valid for 18 months, and you may be contacted during that time if a similar vacancy becomes available in the department or in another Australian Public Service agency.

If you would like feedback, please contact the panel chair, Sharon Lim, on (02) 6123 4455.

Regards

Recruitment Services
Department of Regional Infrastructure`, 'Selection outcome - APS 6 Policy Officer'),

  rej('interview', ['overqualified'], { ...fb }, `Hi Deborah,

Thank you for interviewing for the Project Coordinator role last week. You interviewed really well, and I want to be honest about why we're not offering it to you.

With eight years running the PMO for a 400-person division, you'd be coming into a role where the work is scheduling meetings, updating the RAID log and chasing actions for one programme manager. We think you'd find it limiting very quickly, and we'd struggle to keep you challenged. We'd rather not put you in that position.

Thank you again, and I hope you find something that makes the most of your experience.

Kind regards,
Simon Ashworth
Programme Director, Kestrel Housing Group`, 'Project Coordinator'),

  rej('interview', ['culture_fit'], {}, `Dear Callum,

Thank you for coming in to meet the team on Tuesday.

We have thought carefully about all the candidates and I'm afraid we don't feel the fit with the team is quite right on this occasion, so we will not be taking your application further.

Thank you for your interest in Larkspur Design and good luck with your search.

Best regards,
Nadia Ferreira
Studio Manager`, 'Junior Designer - Larkspur'),

  rej('interview', ['role_closed', 'internal_candidate'], {}, `Dear Peter,

Thank you for your patience since your interview for the Facilities Supervisor role on 2 September.

Since then the site leadership team has reviewed the structure of the facilities team, and the decision has been made not to recruit to this post. Its duties will be split between the existing Building Services Manager and a current team member who is stepping up into an expanded role.

I am sorry to have kept you waiting for what is not the outcome either of us hoped for, and thank you for your time.

Kind regards,
Amanda Rees
HR Advisor, Calder Foods Ltd`, 'Facilities Supervisor'),

  other(`Hi Ben,

Great news - the team would like you to come back for the final round!

Some notes from the first interview so you know what to expect: they really liked your walkthrough of the warehouse slotting project, and Priya in particular was impressed by how you'd handled the union consultation. The one area they want to dig into more is forecasting - you mentioned you've mostly used Excel and they run everything in Python, so expect a practical exercise on that.

The final round is in person at the Leeds office, about three hours, with the Operations Director and two of the analysts. Are you free on the 18th or 19th?

Thanks,
Ellie
Talent Acquisition | Rowan Distribution`, 'Next steps - final round'),

  other(`Dear Applicant,

Thank you for your application for the position of Internal Auditor (Ref: IA/2025/03).

We confirm receipt of your application. Please note that due to the high volume of applications received, only shortlisted candidates will be contacted. Should you not hear from us within 30 days of the closing date, please consider your application unsuccessful.

Kind regards

Human Capital Department
Mthatha Water Board`, 'Acknowledgement - Internal Auditor (Ref: IA/2025/03)'),

  other(`Hi Liam,

Thanks for getting in touch, and sorry again that it wasn't better news this time.

I've asked the panel for their notes and will come back to you with some feedback by the end of next week. Sasha is on leave until Monday, so it may take a few days to pull together.

Best wishes,
Rebecca
HR Officer, Marsh & Bell Housing`, 'RE: Feedback request - Lettings Negotiator'),
  rej('final', ['skills_gap'], { ...fb, ...door }, `Hi Ciara,

Just off the phone with the client after Thursday's final interview, and unfortunately it's a no.

Their words, more or less: they felt she was very strong technically - the best of the three on the reconciliation exercise - but she hasn't managed people, and this role has a team of six reporting into it from the start. They've gone with someone who has been running a team of eight at one of the big four.

I know that's frustrating as it's not something you can fix overnight. I'll keep putting you forward for senior individual contributor roles, and I have a Financial Controller brief with no direct reports that I'd like to talk to you about on Monday.

Speak soon,
Declan
Principal Consultant | Kerrigan Finance Recruitment, Cork`, 'Update from the client'),

  rej('interview', ['generic'], { ...door }, `Hi Priyanka,

Thank you for completing your recorded video interview for the Customer Success Associate role at Vantra. We enjoyed learning more about you.

After careful review, we have decided not to progress your application at this time.

We'd love to keep in touch! We've added you to the Vantra Talent Community, so you'll hear about future opportunities that match your interests.

Best,
Vantra Talent Acquisition

Powered by SmartRecruiters`, 'An update on your Vantra application'),

  rej('interview', ['skills_gap', 'position_filled'], { ...fb }, `Dear Ms Alvarez,

Thank you for interviewing for the 3rd Grade teaching position at Lincoln Park Elementary on April 8. The committee enjoyed meeting you, and your sample lesson on fractions was engaging.

After much consideration, we have offered the position to a candidate who holds a current ESL endorsement. Nearly half of our third graders are English learners this year, and the endorsement became the deciding factor.

I wish you all the best as you complete your certification.

Sincerely,
Robert Haines
Principal, Lincoln Park Elementary School`, 'Lincoln Park Elementary - 3rd Grade position'),

  rej('interview', ['skills_gap'], { ...fb, ...offered }, `Hi Tom,

Thanks for presenting your case study to us on Wednesday. We had a good debate about it afterwards, and I want to give you a proper answer.

We're not going to move forward. Your prioritisation framework was thoughtful and you handled Anil's questions about the roadmap well. The gap for us was data: your market-sizing slide was built on assumptions you hadn't tested against the usage numbers we gave you, and when we asked how you'd pull those yourself it was clear you rely on an analyst for SQL. On this team the PM does their own analysis, so that's a must-have for us.

If a quick call would help, I'm happy to jump on 15 minutes next week and go through it in more detail.

Best,
Rachel Gomes
Director of Product, Tidewater`, 'Product Manager - case study'),

  rej('assessment', ['assessment'], {}, `Dear Harriet

Thank you for completing the situational judgement test for the Hartley's Retail Management Programme.

Unfortunately, on this occasion your results did not meet the standard required to progress to the next stage of the process, and we will not be taking your application further.

Please note that you will not be able to submit a further application for the Retail Management Programme for 12 months from the date of this email.

Thank you for your interest in Hartley's.

Early Careers Team
Hartley's Stores plc`, "Your Hartley's Retail Management Programme application"),

  rej('final', ['profile_mismatch'], { ...fb, ...offered }, `Dear Karan,

Thank you for your time across the case interview rounds for the Consultant position, including the partner round on 3rd March.

We regret to inform you that we will not be extending an offer at this time. The panel has shared the following feedback:
- Strong structuring of the problem in both cases, with a clear issue tree.
- In the partner round, there were arithmetic errors in the market-sizing step (the number of two-wheeler owners was off by a factor of ten), which were not caught until prompted.
- Synthesis at the end was a summary of the analysis rather than a recommendation.

The panel felt that, on balance, you were not yet at the level expected for a Consultant hire. Should you wish to discuss this feedback further, please feel free to revert to this email and we will set up a call with a member of the panel.

Warm regards,
Recruiting Team
Parikh Sen & Associates, Mumbai`, 'Consultant - Final Round Outcome'),

  rej('application', ['generic'], {}, `Dear Natalie,

Thank you for your email.

I'm afraid that, as a matter of policy, we don't provide feedback to candidates who are unsuccessful at the application stage. This is simply because of the volume of applications we receive, and is no reflection on you.

Kind regards,
Recruitment Team
Ashby Hale Solicitors

From: Natalie Green
Sent: 14 April 2025 19:02
To: Recruitment
Subject: Re: Your application - Trainee Legal Executive

Hi, I was disappointed not to be shortlisted for this role. Would you be able to tell me why my application wasn't successful so I can improve it?

Many thanks, Natalie

From: Recruitment
Sent: 11 April 2025 10:15
Subject: Your application - Trainee Legal Executive

Dear Natalie, thank you for applying. Unfortunately we will not be progressing your application on this occasion.`, 'RE: Your application - Trainee Legal Executive'),

  rej('interview', ['profile_mismatch'], {}, `Dear Dr Chen

Lecturer/Senior Lecturer in Bioinformatics (Ref. 0125-0098)

Thank you for your participation in the recent selection process, including your seminar to the School and your interview on 22 November.

The selection committee has now completed its deliberations and has recommended the appointment of a candidate whose teaching and research profile more closely aligns with the School's strategic priorities. I regret to advise that you have not been successful on this occasion.

On behalf of the committee, thank you for your interest in the University and the considerable time you invested in the process.

Yours sincerely

Professor Janet Collis
Head of School, School of Life and Environmental Sciences`, 'Outcome - Lecturer/Senior Lecturer in Bioinformatics'),

  rej('final', ['salary'], { ...fb }, `Dear Sipho

FINANCIAL MANAGER: GAUTENG REGION

Thank you for attending the final interview with the Regional Executive on Tuesday, 4 March 2025.

We regret to inform you that we are unable to offer you the position. The panel was impressed with your experience; however, the remuneration you indicated (R1 150 000 total cost to company) is well above the approved band for this grade, which is capped at R920 000 CTC, and we are not able to motivate for an exception.

We wish you every success in your career.

Kind regards

Lindiwe Mokoena
Talent Acquisition Specialist
Highveld Cold Chain (Pty) Ltd`, 'Financial Manager: Gauteng Region'),

  rej('interview', ['position_filled', 'skills_gap'], { ...fb }, `Dear Jo,

I'm sorry to tell you that we have appointed another candidate to the Family Outreach Worker post.

I want you to know that your answer about rebuilding the volunteer rota after the flood at the community centre was the best thing any of us heard all day - it was exactly the kind of practical thinking the role needs. The reason we went the other way is that our funder requires the post-holder to hold a recognised social work or youth work qualification, and the successful candidate has one.

If you do go on to do the youth work diploma you mentioned, please stay in touch.

With very best wishes,
Anna
Anna Kowalczyk, Services Manager, Brookside Family Trust`, 'Family Outreach Worker'),

  hold('interview', ['role_closed'], {}, `Dear Mr Iqbal

Senior Highways Engineer - Ref HW/117

Thank you for attending interview on 28 January.

Following the announcement of the Council's in-year savings programme, all recruitment to posts that are not frontline or statutory is paused with immediate effect while each vacancy is reviewed. Unfortunately this post is affected, and we are not able to make an appointment at present.

No decision has been made on your application. We will write to you again once the review is complete, which we anticipate by the end of March.

Yours sincerely

Human Resources
Northdale County Council`, 'Senior Highways Engineer - Ref HW/117'),

  other(`Hi Zainab,

Your marks for Assignment 2 (Recruitment and Selection case study) are now on the VLE.

Overall: 64% (2:1)

Strengths: a clear structure, and you applied the person-specification material from Week 4 well. Your discussion of structured versus unstructured interviews was the strongest part.
To improve: the section on candidate feedback relied on one source; you needed to engage with the wider literature on candidate experience. Referencing was inconsistent in places (check the Harvard guide).

Well done - a solid piece of work. If you'd like to talk through the feedback, book a slot in my office hours.

Dr Mark Tennant
Module Tutor, HRM5003 Resourcing and Talent`, 'HRM5003 Assignment 2 - marks and feedback'),

  rej('interview', ['position_filled'], {}, `Dear Ruth,

Thank you for attending an interview for the post of Receptionist / Administrator at Oakfield Medical Practice.

You were a strong contender and we enjoyed meeting you. However, after careful consideration we have decided to offer the post to another candidate.

In line with our privacy notice, we will retain your application details for six months, after which they will be securely destroyed.

With best wishes for the future,

Karen Doyle
Practice Manager`, 'Receptionist / Administrator'),

  rej('screen', ['location'], { ...fb, ...door }, `Hi Anh,

Thanks for the call on Thursday. I followed up with the client right after.

Unfortunately they're not able to move forward. Because you'll need H-1B sponsorship (or a transfer) to start, and this client isn't sponsoring for this role, they can't consider the application. It's a company-wide policy for this headcount, not anything about your background, which they thought looked solid.

I work with a handful of clients who do sponsor, so I'll keep you in mind as those roles come up.

Best,
Kevin Marsh
Technical Recruiter | Brightlane Staffing`, 'Quick follow up'),

  rej('interview', ['culture_fit'], { ...fb }, `Hi Oskar,

Thanks for coming in for the second interview on Friday and for pairing with Mei on the kata.

We've decided not to take things further. The team's feedback was consistent: you're clearly a strong engineer, but you told us a few times that you do your best work alone with headphones on and a well-specified ticket, and this role sits in a pod that pairs most of the day and writes its own tickets together. We don't think you'd enjoy how we work, and we'd rather say that now.

Thanks again, and good luck.

Holly
Engineering Manager, Fabric & Thread`, 'Second interview'),

  rej('assessment', ['assessment'], { ...fb }, `Dear Mr Okoye,

Paralegal - Commercial Litigation

Thank you for completing our written assessment.

Having marked the assessments, we are sorry to let you know that we will not be inviting you to interview. Your memo correctly identified that the supplier was in breach of the delivery terms, but it did not go on to address the client's remedies or the effect of the limitation of liability clause, which the exercise was designed to test.

Thank you for your interest in the firm.

Yours sincerely,
Graduate and Paralegal Recruitment
Whitmore Stanhope LLP`, 'Paralegal - Commercial Litigation'),

  rej('final', ['generic'], { ...door }, `Hi Grace,

I wanted to call, but I know you're travelling, so an email will have to do.

You were one of two finalists for the Head of Content role, and the decision came down to the finest of margins. I'm sorry to say it didn't go your way this time.

Everyone who met you would be genuinely pleased to see your name come up again. We have a couple of senior roles planned for later in the year, and I'd love you to apply when they're posted - I'll send you the links myself.

Warmly,
Ifeoma
Chief People Officer, Lumen & Co`, 'Head of Content'),

  rej('interview', ['generic'], { ...door }, `Hi Aaron,

Just had the feedback in from Stratton Homes. They said you came across really well on Tuesday and it was a tough decision, but they've decided to go with someone else.

Sorry mate, I know you were hoping for this one. I'll keep an eye out for anything else in the site management space and give you a shout as soon as something lands.

Cheers,
Jack
Jack Turner | Consultant | Keystone Construction Recruitment`, 'Stratton Homes'),

  rej('interview', ['skills_gap'], { ...fb }, `Dear Divya,

As requested, please find below the feedback shared by the panel for your technical interview for the role of Software Engineer II held on 9th May:

Communication: Good
Core Java / OOP: Good
Data structures and algorithms: Below expectations - could not arrive at an optimal approach for the graph problem (shortest path with constraints)
System design: Average
Overall: Not selected

We hope the above helps you in your preparation. Wishing you the very best.

Regards,
Neha Sharma
Talent Acquisition, Kavya Systems

-----Original Message-----
From: Divya R
Sent: 14 May 2025 11:20
Subject: Request for feedback - Software Engineer II

Dear Neha, thank you for the update that I was not selected. Could you please share the panel's feedback so I can work on the areas for improvement?`, 'RE: Request for feedback - Software Engineer II'),

  rej('final', ['position_filled'], { ...door }, `Dear Imogen,

Thank you for attending our Engineering Graduate Assessment Centre in Derby on 12 March.

We're sorry to tell you that all places on our 2025 Engineering Graduate Programme have now been filled, so we are unable to offer you a place this year.

We received a record number of applications, and reaching the assessment centre is an achievement in itself. We'd encourage you to apply for our 2026 intake, which opens in October.

Best wishes,
Early Careers Team
Meridian Aerostructures`, 'Engineering Graduate Programme 2025'),

  rej('interview', ['profile_mismatch'], { ...door }, `Dear Gareth

Band 5 Healthcare Scientist (Audiology) - Ref 211-HS-0456

Thank you for attending interview on 6 February. I am sorry to tell you that you were not the highest scoring candidate and have therefore not been successful on this occasion.

The panel would, however, like to hold you as a reserve candidate for six months. If the post becomes available again, or another Band 5 audiology post is advertised in that time, we may contact you to offer it without further interview.

Kind regards,
Sian Pritchard
Head of Audiology, Cwm Taf Valleys University Health Board`, 'Band 5 Healthcare Scientist (Audiology)'),

  other(`Hi Farah,

Following your annual review meeting last week, here is a summary of what we discussed.

Rating: Strong performer

What went well: delivering the CRM migration on time despite the vendor delays; the quality of your written reporting to the steering group; mentoring Jake through his first quarter.
Areas for development: delegating more - you were the bottleneck on sign-off in Q2 - and building your profile with the finance team ahead of budget season.
Objectives for next year: lead the renewals workstream; complete the APM Project Fundamentals qualification.

You're on track for the Senior Analyst role in the next cycle. Please add any comments in Workday by Friday so we can both sign off.

Thanks,
Martin`, 'Your annual review - summary'),

  rej('interview', ['generic'], { ...offered }, `Dear Fatima

Thank you for attending interview for the post of Senior Administrator at Kingsmead Academy Trust.

I am sorry to inform you that you have not been successful on this occasion. The panel found it a very difficult decision, as the field of candidates was very strong.

If you would like feedback on your interview, please do not hesitate to contact me and I will arrange for the Business Manager to call you.

Kind regards

Julie Barnes
HR Officer, Kingsmead Academy Trust`, 'Senior Administrator - interview outcome'),

  rej('interview', ['skills_gap', 'location'], { ...fb }, `Hi Siobhan,

Thanks for chatting with Hamish and me on Monday.

We've decided not to progress your application. Two things stood out when we talked it through: the role needs a current Working With Children Check and full Victorian teacher registration from the first day of term, and you'd said the VIT registration would take a couple of months after you arrive from Ireland; and we'd really need someone living in Geelong by late January, which didn't sound realistic for you.

It was lovely to meet you and we wish you luck with the move.

Kind regards,
Bec Lawson
Deputy Principal, Bellarine Coast College`, 'Bellarine Coast College - Science teacher'),
  rej('interview', ['generic'], { ...door }, `Hi Jasmine,

Thank you for taking the time to interview for the Account Executive, Mid-Market position. We truly appreciate your interest in joining us.

After careful consideration, we have decided not to move forward with your candidacy for this role. We know this isn't the news you were hoping for.

We encourage you to keep an eye on our careers site and to apply for other roles that match your skills and interests in the future.

Best regards,
Recruiting Team
Northbeam Software, Inc.`, 'Thank you from Northbeam'),

  rej('interview', ['profile_mismatch'], { ...offered }, `Hi Leo,

Thanks for the time on the take-home and for the interview with me and Jess last week.

We've decided to go with a candidate whose background is closer to what we need at this stage. It was not an easy call, and I appreciated how thoughtfully you approached the exercise.

If it would be useful, I'm very happy to share more detail on a call - just grab a slot in my calendar here: cal.example.com/maya-fenn/15min

Thanks again,
Maya
CEO, Greenroof Energy`, 'Greenroof - Operations Lead'),

  rej('interview', ['skills_gap'], { ...fb }, `Hi Thabo

Hope you're well. I've had feedback from Kruger Mutual following your interview with the Actuarial Manager and the Head of Reporting.

Unfortunately they won't be taking it further. The client felt that he didn't have enough hands-on exposure to IFRS 17 - they were very impressed with his Solvency Assessment and Management (SAM) work, but they're in the middle of their IFRS 17 implementation and need someone who has already been through one.

I'm sorry it wasn't the outcome we hoped for. Shout if you'd like to chat through it.

Regards
Nadia Pillay
Senior Consultant - Actuarial & Risk
Protea Search, Cape Town`, 'Kruger Mutual - feedback'),

  rej('interview', ['generic'], {}, `Dear Chloe,

Thank you for attending an interview for our 2025 Graduate Nurse Program.

This year we received more than 900 applications for 120 positions, and the standard of applicants was exceptionally high. We regret to advise that on this occasion we are unable to offer you a position in the program.

We thank you for your interest in Eastern Coast Health and wish you every success in your nursing career.

Kind regards,
Nursing and Midwifery Workforce Unit
Eastern Coast Health`, '2025 Graduate Nurse Program - outcome'),

  rej('interview', ['skills_gap'], { ...fb, ...offered }, `Dear Dr Mahmood,

Consultant Paediatric Surgeon - Advisory Appointments Committee, 15 October

Thank you for attending the Advisory Appointments Committee. I am writing to let you know that the Committee did not recommend you for appointment on this occasion.

The Committee was impressed by your academic record and your presentation on the day-case pathway. However, members felt that your experience of independent operating in neonatal surgery was limited compared with what this post requires, given that the appointee will take part in the regional neonatal on-call rota from the outset.

The Medical Director, Dr Ruth Adair, has offered to meet with you to discuss the Committee's view and your future plans. Her PA will be happy to arrange a time.

Yours sincerely,

Medical Staffing Manager
Ridgeway Children's Hospital NHS Foundation Trust`, 'Consultant Paediatric Surgeon - AAC outcome'),

  rej('interview', ['profile_mismatch'], {}, `Dear Joseph

Customer Services Advisor (Ref. CSA-0312)

Thank you for attending interview on Wednesday.

All candidates were scored against the criteria in the person specification, and unfortunately your scores were not among the highest. I am therefore writing to let you know that you have not been successful on this occasion.

Thank you for the interest you have shown in working for the Association.

Yours sincerely

Recruitment
Valebridge Housing Association`, 'Customer Services Advisor (Ref. CSA-0312)'),

  rej('interview', ['generic'], { ...door }, `Hi Destiny,

Thank you for interviewing with us for the Team Member - Style position at store #1187. We appreciate the time you spent getting to know our team.

After careful review, we have decided to move forward with other applicants at this time.

We'd love for you to stay connected - we encourage you to apply for other open positions at any of our stores. New openings are posted every week.

Thank you,
Brightmart Store Leadership Team`, 'Your Brightmart application'),

  rej('interview', ['generic'], {}, `Dear Candidate,

Sub: Recruitment of Probationary Officers - Final Result

With reference to your participation in the Group Discussion and Personal Interview held on 18.12.2024, we wish to inform you that the final merit list has been prepared on the basis of marks secured in the online examination and the interview.

We regret to inform you that your name does not figure in the final select list.

We thank you for your interest in the Bank.

Chief Manager (HR)
Deccan Cooperative Bank Ltd.`, 'Recruitment of Probationary Officers - Final Result'),

  rej('interview', ['internal_candidate'], {}, `Hi Sam,

Thanks for the time you put into the take-home and for meeting the team on Tuesday.

I wanted to let you know quickly that we've decided to fill the Growth Marketing Manager role internally - someone from our lifecycle team is moving across into it. We only confirmed that this week, and I'm sorry that it comes after you'd already invested so much in the process.

All the best,
Jules
Head of Marketing, Tandem Travel`, 'Growth Marketing Manager'),

  rej('assessment', ['assessment'], { ...fb, ...door }, `Dear Mr Ndlovu

ELECTRICIAN (ARTISAN) - PLANT MAINTENANCE

Thank you for attending the practical trade test at our Secunda training centre on 22 January 2025.

We regret to inform you that you were not successful. You achieved 58% in the practical test, and the minimum pass mark for this position is 70%. The assessor noted that the motor control circuit was not completed within the time allowed, and that the lock-out procedure was not followed before the fault-finding exercise.

You are welcome to apply for future artisan vacancies, which are advertised on our careers portal.

Yours faithfully

Recruitment Centre
Karoo Chemicals (Pty) Ltd`, 'Trade test outcome'),

  rej('interview', ['generic'], {}, `Dear Ms Robinson,

Thank you for visiting our office for callback interviews on October 3. We very much enjoyed the opportunity to get to know you better.

We received applications from many highly qualified students this year, and we regret that we are unable to extend you an offer to join our 2026 Summer Associate Program.

We appreciate your interest in the firm and wish you every success in your legal career.

Sincerely,

Legal Recruiting
Harlow Peck & Stanton LLP`, 'Harlow Peck & Stanton - Summer Associate Program'),

  rej('interview', ['profile_mismatch'], { ...fb }, `Dear Eilidh

Digital Engagement Manager

Many thanks for coming in to present to us and for your interview last Thursday.

I'm sorry to say we will not be offering you the role. The brief for the presentation asked how you would grow our regular online giving over the next two years, and your presentation focused mainly on events and community fundraising - much of it very good, but not what we had asked about. The candidate we've chosen set out a plan that was much closer to where we need to go.

Thank you for all the time and effort you put into your application.

Best wishes
Callum Grant
Director of Fundraising, Highland Hospice Trust`, 'Digital Engagement Manager'),

  rej('interview', ['profile_mismatch'], {}, `Hi Ella,

Thanks for your email, and no problem at all asking.

I've spoken with the panel and to be honest there wasn't anything specific - you interviewed well, it was a really strong field, and the successful applicant just edged it on the day. I know that's not the most useful answer, but I didn't want to make something up.

Wishing you all the best with the next one.

Kind regards,
Tara
Tara Nolan | HR Advisor | Coastline Water

From: Ella Morgan
Sent: Tuesday, 4 March 2025 8:55 AM
To: Careers
Subject: Re: Asset Planner - outcome

Hi Tara, thanks for letting me know. Would you be able to share any feedback from the interview panel?
Cheers, Ella`, 'RE: Asset Planner - outcome'),

  hold('interview', ['role_closed'], {}, `Hi Kemi,

I'm sorry for the radio silence since your second interview.

The hiring manager for the Compliance Analyst role has left the company, and we've decided to put the search on hold until her replacement is in place and can shape the team. I don't have a firm date yet, but I'd expect it to be six to eight weeks.

You haven't been ruled out, and I'll come back to you as soon as the search restarts.

Best,
Ryan Holt
Talent Acquisition, Sterling Abbott`, 'Compliance Analyst - update'),

  hold('final', ['generic'], {}, `Dear Lucy,

Thank you for attending the final interviews on 9 June for the Head of Finance post.

I wanted to let you know that it is taking longer than expected to reach a decision. Two members of the panel have been away since the interviews, and the Board wishes to meet before a decision is made. This will not now happen until 25 June.

I apologise for the delay and will be in touch as soon as I can after that date.

Kind regards,
Margaret Lowe
Clerk to the Trustees, St Columba's Housing Trust`, 'Head of Finance - timing of decision'),

  rej('interview', ['salary', 'overqualified'], { ...fb }, `Dear Stephen,

Thank you for attending interview for the Faculty Lead post.

Having discussed this with the Head, we have decided not to offer you the post. Your current salary of £78,000 is well above the ceiling of the Faculty Lead range (£52,000), and as a serving Deputy Head of a larger school we felt that the role would not offer you enough scope, and that it would be difficult to keep you for long.

I appreciate your interest and wish you well.

Yours sincerely,
Anne Forsyth
Business Manager, Hollins Park School`, 'Faculty Lead - Humanities'),

  rej('final', ['generic'], {}, `Hi Jacob,

Thank you for your patience while we completed reference checks following your final interview.

After careful consideration, we have decided not to proceed with an offer for the Senior Buyer position. I'm sorry to deliver this news after such a long process.

We appreciate your time and wish you well.

Kind regards,
Tessa Mills
HR Manager, Rockford Outdoor`, 'Senior Buyer'),

  rej('final', ['position_filled'], {}, `Dear Dr Alvarez,

On behalf of the search committee for the Assistant Professor of History (Latin America) position, thank you for your campus visit last month. We enjoyed your job talk and the conversations with faculty and students throughout the day.

After careful deliberation, the committee has offered the position to another candidate, who has accepted.

We know how much time and effort the process requires and are grateful for your interest in Northfield College. We wish you the very best.

Sincerely,
Professor David Kim
Chair, Search Committee, Department of History`, 'Assistant Professor of History - search outcome'),

  rej('interview', ['profile_mismatch'], {}, `Hey Priya!

Thank you so much for chatting with us about the Community Lead role. We loved your energy and your passion for climate - it came through in every conversation!

After a lot of deliberation we've decided to go with another candidate whose experience was a closer match for this particular role. This was a really tough decision.

Wishing you all the best, and thanks again for your interest in Sprout!

The Sprout Team`, 'Sprout - Community Lead'),

  rej('interview', ['skills_gap'], { ...fb }, `Dear Sean Walsh,

Thank you for your interest in the Finance Systems Analyst position (R-10482) and for taking the time to interview with our team in Limerick.

We regret to inform you that we will not be moving forward with your application.

Hiring team feedback:
The hiring manager noted that this role requires hands-on configuration experience with SAP S/4HANA Finance, including the asset accounting module, which was not evident in your interview. Your experience with Oracle Fusion was noted positively.

Thank you for considering a career with us.

Talent Acquisition
Aldor Medical Devices`, 'Your application for Finance Systems Analyst'),

  other(`Dear Rohan,

Further to your interview on Monday, I am pleased to confirm that we would like to offer you the position of Site Engineer, conditional on two satisfactory references and confirmation of your right to work in the UK.

Andrew was particularly impressed with your knowledge of temporary works, and he mentioned that your answer about the piling sequence at the Salford job was the best he'd heard in a while. He did suggest you get your SMSTS done in the first six months, and we'll fund it.

Please find attached the offer letter. I would be grateful if you could sign and return it by Friday, along with the referee details form.

Kind regards,
Gemma Hughes
HR Coordinator, Holbrook Civil Engineering`, 'Conditional offer - Site Engineer'),

  other(`Hi Kate,

Good news! Arden Partners would like to see you again for a second interview next week.

Their feedback from Tuesday: they felt you were very strong on the audit side and liked your examples from the housing association client. They'd like to explore your tax knowledge a bit more as the role has some corporation tax compliance, so it's worth brushing up on that. They also said you came across as a good fit with the team.

They've offered Wednesday at 2pm or Thursday at 10am at their Bristol office - which would suit?

Thanks,
Olivia
Accountancy Division | Clifton Recruitment`, 'Arden Partners - second interview!'),

  rej('final', ['skills_gap', 'position_filled'], { ...fb, ...offered }, `Hi Mia,

Thank you for flying to Sydney for the final round - the team really enjoyed meeting you in person.

I'm sorry to let you know that we've made an offer to another candidate and she has accepted. What tipped it was marketplace experience: she ran growth for a two-sided marketplace for four years, and the supply side is where our biggest problem is right now. Your consumer subscription background is strong, it just wasn't the profile for this particular problem.

I'm more than happy to share any more feedback if it's helpful - just reply here and we'll set up a call.

Cheers,
Tom Barker
Head of Talent, Hatchery`, 'Hatchery - Head of Growth'),
  rej('interview', ['culture_fit'], { ...fb }, `Hi Nathan,

Thanks for coming back in for the values interview with Sinead and Raj on Thursday.

We've decided not to offer you the Customer Experience Team Leader role. Both of them felt that, in the complaint scenarios, your instinct was to protect the process - "policy is policy" came up more than once - where our first value is to fix it for the customer and sort the process out afterwards. That's a real difference in how we want team leaders to work, and we'd rather be upfront about it.

Thanks again for your time,
Claire Donnelly
People Partner, Harbour Bank`, 'Customer Experience Team Leader'),

  rej('interview', ['generic'], { ...door }, `Hi Aoife,

Thank you for meeting with us last week for the Area Manager role for our Munster stores.

We've now completed the interviews and I'm sorry to let you know that we won't be offering you the position on this occasion.

We'll hold your CV on file for 12 months, and if a suitable area or store management role comes up in that time we'll be in touch with you directly.

Thanks again and best of luck,
Gráinne Murphy
Retail HR Business Partner, Corrib Home Stores`, 'Area Manager - Munster'),

  rej('interview', ['generic'], {}, `Dear Ms Anjali Thomas,

This is with reference to your interview for the post of Staff Nurse (ICU) at our hospital on 06/02/2025.

We regret to inform you that you have not been selected for the above post. We thank you for the interest shown in our organisation.

Regards,
HR Department
St. Gregory's Multispeciality Hospital, Kochi`, 'Interview result - Staff Nurse (ICU)'),

  rej('interview', ['skills_gap'], { ...fb }, `Hi Zoe,

Feedback from Marlow Consulting on Wednesday's interview, copied from the partner's email:

"Thank you for putting Zoe forward. She interviewed well and we liked her research background a lot. However, when we talked through the role she hadn't facilitated client workshops or run a stakeholder session herself - she'd supported them - and that is most of the first year here. We have decided not to progress."

Not what we were after, but it's a clear steer and you can build that experience. Happy to talk it through whenever suits.

Best,
Hannah Price
Consultant, Talent Bridge`, 'Marlow Consulting - interview feedback'),

  rej('interview', ['profile_mismatch'], {}, `Dear Ravi,

Thank you for attending interview for the post of Business Analyst on 18 June. I am sorry to let you know that you have not been successful on this occasion.

You asked for feedback at the end of the interview, so I have summarised the panel's comments below.

Strengths:
- Good communication skills
- Enthusiasm for the role and the organisation
- Well prepared

Areas for development:
- No specific areas were identified. The panel's decision was based on the relative experience of the candidates interviewed.

I hope this is helpful, and I wish you every success in the future.

Regards,
Gwen Parry
HR Business Partner, Severn Mutual`, 'Business Analyst - outcome and feedback'),

  rej('interview', ['profile_mismatch'], { ...fb }, `Hi Ollie,

Thanks for coming in to take us through your portfolio on Monday.

We've decided to go with a designer whose work was closer to the brief, but I wanted to say that your Leeds tram rebrand was a favourite of the whole panel - the way you carried the route colours into the wayfinding was genuinely clever, and Meg has been talking about your night-service poster all week.

Thanks again, and I hope we cross paths.

Ruth
Creative Director, Fold & Foil Studio`, 'Mid-weight Designer'),

  rej('interview', ['generic'], { ...offered, ...door }, `<html><body style="font-family: Arial, sans-serif; font-size: 14px;">
<p>Dear Olumide,</p>
<p>Thank you for the time you took to interview for the <b>Senior Quantity Surveyor</b> role at Brennan Hurst.</p>
<p>After careful consideration, we regret to inform you that we will not be progressing your application on this occasion. We were fortunate to meet a number of excellent candidates, and the decision was not an easy one.</p>
<p>If you would like feedback on your interview, please reply to this email and a member of the hiring team will be in touch.</p>
<p>We would also like to invite you to join our <a href="https://careers.example.com/talent">Talent Network</a>, so that we can let you know about future opportunities that match your experience.</p>
<p>Kind regards,<br/>Brennan Hurst Talent Team</p>
<p style="font-size: 11px; color: #888;">You are receiving this email because you applied for a role at Brennan Hurst. <a href="https://careers.example.com/privacy">Privacy notice</a></p>
</body></html>`, 'Your application with Brennan Hurst'),

  rej('interview', ['profile_mismatch'], { ...fb }, `Dear Ms Sneha Iyer,

Thank you for attending the interview and demo class for the post of PGT Biology at Greenfield International School on 12th April.

The selection committee appreciated your subject knowledge, which came through clearly in the discussion with the Principal. However, your demonstration lesson for Class XI was largely a lecture, with very little interaction with the students and no check of their understanding before moving on, and the committee has selected a candidate whose demonstration was stronger in this respect.

We wish you success in your future endeavours.

Regards,
Mrs. Kavita Menon
Administrative Officer, Greenfield International School, Chennai`, 'PGT Biology - Interview Result'),

  rej('interview', ['skills_gap'], { ...fb, ...door }, `Dear Mr Harris,

Vacancy 412873 - Higher Executive Officer, Policy Adviser

Thank you for attending interview. The panel assessed you against the behaviours and strengths advertised for this role. Your scores were:

Communicating and Influencing (behaviour): 3
Making Effective Decisions (behaviour): 5
Seeing the Big Picture (behaviour): 4
Strengths: 4

The minimum score required for each behaviour was 4, and you therefore did not meet the required standard for Communicating and Influencing. The panel commented that your example did not show how you had tailored your message for a different audience.

We are sorry that you have not been successful on this occasion. You may wish to look at other opportunities on Civil Service Jobs, and we would encourage you to apply.

Civil Service Resourcing`, 'Vacancy 412873 - Higher Executive Officer, Policy Adviser'),

  rej('screen', ['internal_candidate', 'position_filled'], {}, `Hi Carlos,

Thanks for taking the time to speak with me on the phone last week about the Warehouse Operations Supervisor position.

I wanted to let you know that the position has now been filled by an internal applicant, so we will not be moving forward with your application.

We appreciate your interest in Pinecrest Distribution and wish you the best.

Regards,
Alicia Grant
HR Coordinator`, 'Warehouse Operations Supervisor'),

  rej('final', ['role_closed'], {}, `Dear Femi,

Thank you for attending the final interview for the Youth Employment Coordinator post on 30 January.

I am very sorry to tell you that we have just learned that our grant from the Foundation will not be renewed beyond March. As a result, the Board has taken the difficult decision not to appoint to the post, and the recruitment has been closed.

I know how much preparation you put into the process, and I am sorry that it ends this way.

With best wishes,
Joyce Appiah
Chief Executive, Southbank Youth Futures`, 'Youth Employment Coordinator'),

  rej('interview', ['profile_mismatch'], {}, `Dear Andrew

Estates Surveyor (Ref ES-2025-02)

Thank you for attending interview on 11 March.

Having interviewed all shortlisted candidates, the panel concluded that none met the standard required for appointment, and we will therefore be re-advertising the post in the coming weeks.

I am sorry that this has not been successful for you on this occasion, and thank you for your interest.

Yours sincerely

Human Resources
Kingsbury Borough Council`, 'Estates Surveyor (Ref ES-2025-02)'),

  rej('final', ['salary'], {}, `Hi Hugo,

Thanks for your patience over the past week while we went back and forth after your final round.

Unfortunately we weren't able to reach an agreement on compensation that works for both sides, so we won't be moving forward with an offer for the Solutions Architect role. I'm sorry it didn't come together - the team was very positive about you.

All the best,
Natasha
Recruiting, Ironbark Cloud`, 'Solutions Architect'),

  rej('application', ['location'], { ...fb }, `Dear Minh

Thank you for your application for the role of Graduate Accountant at Pryce Stewart Partners.

Unfortunately we are unable to progress your application. This role is only open to Australian citizens and permanent residents, and your application indicates that you currently hold a Student visa (subclass 500) with limited work rights.

We wish you all the best with your studies and your career.

Kind regards
Recruitment Team
Pryce Stewart Partners, Melbourne`, 'Graduate Accountant - application update'),

  rej('application', ['generic'], { ...door }, `Hi Eoin,

Thanks for sending on your CV for the Warehouse Team Lead role. We won't be taking it further this time, but we'll keep your details on file and give you a call if something suitable comes up.

Thanks,
Paul
Kenmare Freight`, 'Warehouse Team Lead'),

  rej('screen', ['skills_gap'], { ...fb }, `Hi Brooke,

Thanks for the call on Monday, it was great to learn more about you.

I took your background to the hiring manager and unfortunately we won't be moving forward to the next round. For this Enterprise Account Executive role they're holding firm on at least five years of closing six-figure B2B SaaS deals, and your quota-carrying experience is two years in SMB.

I appreciate your time and wish you the best in your search.

Kind regards,
Derek Lam
Senior Recruiter, Atlasly`, 'Enterprise Account Executive - next steps'),

  rej('screen', ['generic'], { ...offered }, `Dear Ms Wright

Thank you for speaking with me on Tuesday about the Office Manager role.

I have now discussed all of the initial calls with the Partners, and I am sorry to tell you that they have decided not to invite you to interview.

If it would be helpful to have some feedback, please drop me a line and I will be happy to arrange a call.

Kind regards

Janet Lyle
Practice Manager, Lyle & Carrick Architects`, 'Office Manager'),

  rej('interview', ['skills_gap'], { ...fb, ...offered }, `Hi Jamal,

Sure thing - happy to share what I can.

The panel's main concern was budget ownership. When we asked about managing a P&L, your examples were about tracking spend against a budget someone else set, and this role owns a $4M budget and sets it with finance each year. Everyone agreed your vendor management answers were excellent, especially the renegotiation with the freight carrier.

If you want to go through it on a call, let me know.

Best,
Karen

On Wed, Apr 23, 2025 at 4:18 PM Jamal Price wrote:
> Hi Karen - thanks for letting me know about the Operations Manager role. Would you be able to share any feedback from the panel? It would really help.
> Thanks, Jamal`, 'Re: Operations Manager - feedback'),

  rej('assessment', ['assessment'], { ...fb }, `Dear Jack,

Thank you for submitting your written case study for the Associate role in our Transaction Services team.

We have now reviewed all case studies, and I'm sorry to let you know that we will not be inviting you to the interview stage. The reviewers felt your analysis of the target's earnings was well structured, but your cash flow forecast did not take account of working capital movements, which was the key issue in the case, and your recommendation did not follow from the numbers.

Thank you for the effort you put into the exercise.

Kind regards,
Recruitment Team
Fairhurst Advisory LLP`, 'Associate - Transaction Services'),

  rej('final', ['generic'], { ...door }, `Dear Lerato

PROGRAMME MANAGER: EARLY CHILDHOOD DEVELOPMENT

Thank you for attending the final interview on 14 May 2025.

We regret to inform you that your application was not successful on this occasion. The decision was a difficult one given the calibre of the shortlisted candidates.

With your permission, we will keep your CV on our database for six months and contact you should a suitable position become available.

We wish you everything of the best.

Kind regards
Human Resources
Ikhaya Learning Trust, Durban`, 'Programme Manager: ECD'),

  rej('interview', ['profile_mismatch'], {}, `Hi Becca,

Thanks for taking the time to interview with us for the Partnerships Manager role. We really enjoyed our conversations.

After a lot of thought, we don't think it's the right match for this role at this stage, so we won't be moving forward.

Thanks again, and good luck with everything.

Best,
Amira
Founder, Loop & Line`, 'Loop & Line - Partnerships Manager'),

  rej('interview', ['generic'], { ...door }, `Dear Lachlan

2026 Seasonal Clerkship Program

Thank you for attending an interview with us as part of the 2026 Seasonal Clerkship Program. We enjoyed meeting you.

We received a very large number of applications from talented students this year, and we regret that we are unable to offer you a clerkship.

We encourage you to apply for our Graduate Program next year, and we hope to see your application then.

Kind regards

Graduate Recruitment
Whitlam Carey Lawyers`, '2026 Seasonal Clerkship Program'),

  rej('interview', ['profile_mismatch'], { ...fb, ...offered }, `Dear Nikhil,

Thank you for attending the interview for the Deputy Operations Manager post on 2 October, and for the written exercise you completed beforehand.

I am sorry to tell you that you have not been successful. The panel interviewed five very strong candidates and the scores were close. The panel were pleased with your written exercise and with your answers on health and safety, though they felt your answer to the budget scenario went into a lot of detail on cost cutting without setting out how you would decide what to protect, and in the end another candidate scored more highly overall. If you want to know more about how the panel saw it, Claire Hobbs, who chaired the panel, has kept her notes and would be happy to talk you through them.

Thank you again for your interest in the Trust.

Yours sincerely,
HR Services
Fenland Leisure Trust`, 'Deputy Operations Manager'),

  rej('interview', ['overqualified'], {}, `Hi Patricia,

Thank you for interviewing for the Accounts Assistant role with us last week.

We have decided not to offer you the position. We felt that your experience goes well beyond what this role needs, and we were concerned that it would not hold your interest for long.

Thank you again for your time.

Kind regards,
Liz Hart
Office Manager, Dunmore Joinery`, 'Accounts Assistant'),

  other(`Hi Josh,

Thanks for coming to the careers service drop-in on Tuesday. Here's a summary of my comments on your CV for the graduate engineering applications:

- Your profile statement is generic; replace it with two lines about the kind of role you want and your strongest project.
- Move the final-year project (the wind turbine blade testing rig) to the top and give numbers - test hours, accuracy, budget.
- The part-time job at the supermarket is worth keeping, but cut it to one line about responsibility and shift leading.
- Check the spelling of "Solidworks" (SolidWorks) and be consistent with dates.

Send me the revised version and I'll have another look before the deadlines.

Best wishes,
Nia Roberts
Careers Consultant, University Careers Service`, 'CV feedback from the Careers Service'),

  other(`Dear Callum,

Thank you for letting us know that you wish to withdraw your application for the Service Desk Analyst position. We have updated your application and you will not be contacted further about this role.

We wish you every success in your new position, and we would be happy to hear from you should you consider Tandridge Water in the future.

Kind regards,
Recruitment Team
Tandridge Water`, 'Withdrawal of application - Service Desk Analyst'),

  other(`Dear Helen,

I'm delighted to confirm that, following the promotion panel on 20 May, you have been successful in your application for promotion to Senior Lecturer, effective 1 August.

The panel commented on the strength of your teaching portfolio, particularly the redesign of the second-year research methods module and the improvement in student satisfaction scores that followed, and on your leadership of the departmental Athena Swan submission. The panel suggested that, for any future application to Reader, you focus on increasing external research income.

Congratulations on this well-deserved promotion.

Best wishes,
Professor Claire Whitmore
Pro Vice-Chancellor (Faculty of Social Sciences)`, 'Outcome of your promotion application'),

  other(`Dear Mr Osei,

Daniel Brooks has applied for the position of Senior Support Worker with Meadowbank Care and has given your name as a referee.

We would be very grateful if you could complete the attached reference form, commenting on Daniel's reliability, his approach to safeguarding and his suitability to work with vulnerable adults, and return it to us by 14 March.

Any information you provide will be treated in confidence.

Thank you for your help.

Yours sincerely,
Recruitment Team
Meadowbank Care`, 'Reference request - Daniel Brooks'),

  other(`Hi Megan,

Thank you for recently taking part in our recruitment process for the Marketing Executive role. Whatever the outcome, we'd like to hear about your experience as a candidate.

Our short survey takes about three minutes and asks how clear the process was, how you were kept informed and how well your interviewers represented Holloway Brands.

Take the survey: https://survey.example.com/candidate-experience

Your answers are anonymous and won't affect any current or future application.

Thanks,
Talent Team, Holloway Brands`, 'How was your experience with Holloway Brands?'),

  other(`Hi Sunil,

Your 360 feedback report is now ready in the Leadership Academy portal. Eleven colleagues responded (your manager, four peers and six direct reports).

Headline themes:
- Highest rated: "Builds trust" (4.6/5) and "Communicates a clear direction" (4.4/5).
- Lowest rated: "Gives constructive feedback" (3.1/5). Several direct reports said they would like more regular, specific feedback on their work, not only at review time.
- Written comments highlight your calm handling of the system outage in February.

Please book your debrief with your coach before the next cohort session on 12 June.

Leadership Academy Team`, 'Your 360 feedback report is ready'),
];
