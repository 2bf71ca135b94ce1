/**
 * Development messages of the hundred-and-fifteenth round: declines whose reason and stage have to be read from what
 * the sender says about how the candidate did. Almost all of them follow a conversation, a panel, a presentation, a
 * sales role play, a trial shift in a kitchen or café, an observed lesson, a case interview, a live-coding or
 * system-design interview, a final round or an assessment centre; some follow online tests, take-homes or a recruiter
 * screen. Senders are hiring managers typing by hand, panel and board chairs, HR officers in long formal letters, agency
 * recruiters passing on what "the client" or "they" said, tracking-system templates with a feedback paragraph pasted
 * in, texts from a phone and notes written all in lower case. Sectors: nursing and midwifery, schools, software, sales,
 * finance and audit, law, engineering, retail, hospitality, logistics, councils and the civil service, charities.
 * Englishes: British, American, Indian, Australian, Irish and South African.
 *
 * Sections. 1: a named skill, topic, standard or requirement fell short in what the candidate said or did. 2: how the
 * candidate came across, with no requirement named, and bare comparisons with the other candidates. Many messages of
 * 1 and 2 are followed by a near twin (marked "twin of the one above"): the same letter with the specific point swapped
 * for words that say nothing about this candidate. 3: the stage told only indirectly (meeting two people, time with the
 * team, a trial shift, a lesson with a class, a case talked through, an agency's relay of the client's view, the last
 * stage, a day with the other shortlisted people), beside twins where only a recruiter call or no meeting at all took
 * place. 4: look-alikes that decline nobody, and processes paused with the candidate still in the running.
 *
 * How these are labelled (LABELS.md, read the same way as the earlier dev rounds):
 * Reasons. An answer, task or behaviour in an interview that missed a named skill, competency, topic, rule, standard,
 * tool, licence, registration or language level is `skills_gap` with feedback; a competency framework's named
 * behaviour scored too low at interview is `skills_gap` too, because the interview is not a test. A result of a scored
 * test, take-home or assessment-centre exercise (a percentile, a score against a benchmark, an in-tray or written
 * exercise that missed its key point) is `assessment` with feedback; a message that gives both a test result and a
 * named gap from the interview is `assessment` and `skills_gap`. How the candidate came across without any requirement
 * named (brief answers, few examples, nerves, less confidence later on, no clear reason for wanting the role, "we" and
 * not "I", answers that ran long, not knowing the organisation, no questions at the end) is `profile_mismatch` with
 * feedback. A bare comparison ("others were a closer match", "stronger candidates", "performed more strongly on the
 * day", "someone more experienced", "just ahead") is `profile_mismatch` without feedback. "It was a strong field",
 * "you interviewed well but we have chosen someone else", "after careful consideration", "not successful on this
 * occasion" are `generic`; an offer made to or accepted by another candidate is `position_filled`.
 * Feedback. Praise that names what this candidate did ("your stock-count walk-through was the clearest we heard",
 * "the strongest communicator they saw") is feedback; praise in general words ("you interviewed well", "a strong
 * candidate", "lovely to meet you") is not. An agency's third-person relay of the client's view counts as the
 * sender's own. Feedback is offered by an invitation to call, reply or book time for feedback, or by a named person
 * to contact for it; a portal where written feedback already sits is feedback given, not offered. The door is open
 * when the sender keeps the candidate's details for future roles, invites a later application, or promises to get in
 * touch about other roles; good wishes are not a door.
 * Stage. A call with a recruiter, talent partner or HR officer alone is `screen`. Tests, a take-home or a case study
 * sent in with no meeting named are `assessment`. Meeting any of the hiring side (in person, on video, over coffee, a
 * site walk), a panel, a presentation, a role play, a trial or shadow shift, an observed lesson and a case talked
 * through with the team are `interview`; a final round, a final interview, the last stage, an onsite and an assessment
 * centre (also a day with the other shortlisted candidates doing group and in-tray exercises) are `final`. A meeting
 * that was only going to happen ("we won't be inviting you to...") is no step; a warm letter naming no meeting is
 * `application`.
 * Other and on hold. Notes written after an interview that went well (an offer with development points, a second
 * interview invitation with points to prepare, a promotion board's notes to the internal applicant who was appointed,
 * a coach's mock-interview notes, a trainee teacher's observation notes, a recruiter's preparation notes before a
 * final) are `other`. A decision put off with the candidate still in the running is `on_hold` at the furthest step
 * named: a budget review or a freeze is `role_closed`, an owner or manager away is `generic`.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d115-');

export const HANDWRITTEN_DEV_115: readonly CorpusLine[] = [
  // ── 1. A named skill, topic, standard or requirement fell short
  rej('interview', ['skills_gap'], { ...fb, ...offered, ...door },
    `Hi Chidinma,

Thank you for coming to Ward 23 on Tuesday to interview for the Band 5 Staff Nurse post. It was lovely to meet you and Jan and I both enjoyed hearing about your placement on the stroke unit.

I'm sorry to let you know that we won't be offering you the post this time. I did want to give you something useful to take away. When we asked how you would escalate a patient whose observations were deteriorating, your answer focused on telling the nurse in charge, but you didn't mention the NEWS2 score or the trigger for calling the outreach team, and that is something we'd need a newly qualified nurse on this ward to talk through confidently. Everything else was really solid.

If you'd like to go through the rest of the panel's notes, give me a ring on the ward (ext. 4471) and ask for me. We recruit Band 5s again in the spring and I'd be very happy to see your application then.

Best wishes,
Maureen Eastwood
Ward Manager, Ward 23 (Acute Medicine)`, 'Band 5 Staff Nurse - Ward 23'),
  // twin of the one above
  rej('interview', ['generic'], { ...offered, ...door },
    `Hi Chidinma,

Thank you for coming to Ward 23 on Tuesday to interview for the Band 5 Staff Nurse post. It was lovely to meet you and Jan and I both enjoyed hearing about your placement on the stroke unit.

I'm sorry to let you know that we won't be offering you the post this time. We interviewed a strong group of nurses for a small number of posts and the decision was a difficult one.

If you'd like to go through the panel's notes, give me a ring on the ward (ext. 4471) and ask for me. We recruit Band 5s again in the spring and I'd be very happy to see your application then.

Best wishes,
Maureen Eastwood
Ward Manager, Ward 23 (Acute Medicine)`, 'Band 5 Staff Nurse - Ward 23'),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Hi Marcus,

Thanks again for spending the day with us for the onsite last Friday. I know five back-to-back sessions is a lot, and the team appreciated how engaged you stayed through all of them.

I wanted to follow up personally with the outcome. Unfortunately, we've decided not to extend an offer for the Senior Backend Engineer role. The coding and behavioral rounds went well, but the debrief kept coming back to the system design session. For a role at this level we need to see more depth there: your design for the notification service worked on the happy path, but it didn't cover caching, how you'd handle a downstream provider going down, or what happens when the queue backs up. The interviewers pushed on failure modes a couple of times and didn't feel they got there.

That's a very learnable gap and it's the main thing that separated this from a yes. Our policy is that candidates can re-interview after six months, and I'd genuinely encourage you to apply again then - I'll make a note on your profile.

Best,
Jenna Alvarez
Technical Recruiter, Lumenpath`, 'Lumenpath - Senior Backend Engineer'),
  // twin of the one above
  rej('final', ['generic'], { ...door },
    `Hi Marcus,

Thanks again for spending the day with us for the onsite last Friday. I know five back-to-back sessions is a lot, and the team appreciated how engaged you stayed through all of them.

I wanted to follow up personally with the outcome. Unfortunately, after a lot of discussion in the debrief, we've decided not to extend an offer for the Senior Backend Engineer role. I know that's not the news you were hoping for.

Our policy is that candidates can re-interview after six months, and I'd genuinely encourage you to apply again then - I'll make a note on your profile.

Best,
Jenna Alvarez
Technical Recruiter, Lumenpath`, 'Lumenpath - Senior Backend Engineer'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Ryan,

Just had feedback from Tessa at Halcyon Software on Wednesday's second stage. I'm afraid it's a no this time.

She was honest with me. They liked you and your energy on the call, but in the role play you went straight into product features before asking any discovery questions. Tessa said she played the prospect as an ops director with a specific reporting headache and gave a couple of hints, but you didn't ask what was driving the evaluation or who else was involved, so the pitch never landed on her problem. For a mid-market AE role that's the bit they weight most heavily.

Sorry it's not better news, mate. Worth practising the discovery bit before your next one.

Ben Hargreaves
Senior Consultant | Northline Sales Recruitment`, 'Halcyon - feedback'),
  // twin of the one above
  rej('interview', ['position_filled'], {},
    `Hi Ryan,

Just had an update from Tessa at Halcyon Software on Wednesday's second stage. I'm afraid it's a no this time.

They've offered the AE role to another candidate who was further along in their process, and he accepted yesterday afternoon, so they've closed the vacancy.

Sorry it's not better news, mate.

Ben Hargreaves
Senior Consultant | Northline Sales Recruitment`, 'Halcyon - feedback'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Ms Okafor,

Re: Class Teacher (Year 4), Maple Grove Primary School

Thank you for attending for interview on Monday 3 March, and for the lesson you taught to our Year 4 class. The pupils enjoyed your fractions activity.

I am sorry to inform you that on this occasion the panel has decided not to offer you the post.

The Headteacher has asked me to pass on the main point from the panel's discussion. As a school we place safeguarding at the centre of every appointment, and the panel felt your answers to the safeguarding questions were thin. In particular, when asked what you would do if a child made a disclosure at the end of the day, you did not mention recording the child's words or reporting to the Designated Safeguarding Lead the same day. The panel felt this was not yet at the level required.

Should you wish to discuss the outcome further, please contact the school office and Mrs Patel will arrange a time to speak with you.

Yours sincerely,

Gillian Ross
School Business Manager
on behalf of the Headteacher, Mrs A. Patel`, 'Class Teacher (Year 4) - outcome of interview'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Hannah,

Thank you for meeting Sue and me on Friday for the Finance Manager role, and for working through the case study with us.

I'm afraid we have decided not to take your application further. The case asked you to come with a draft budget for the new befriending service, and to talk us through the figures for staffing and volunteer expenses. You'd clearly thought about the service design, but you hadn't prepared the budget figures, and for a role where you'd be producing our restricted-fund budgets every quarter that was the part we most needed to see.

Thank you for your interest in Brightwater Trust and for the thought you put into the day.

Kind regards,
Clare Donnelly
Director of Finance & Resources, Brightwater Trust`),
  // twin of the one above
  rej('interview', ['generic'], {},
    `Dear Hannah,

Thank you for meeting Sue and me on Friday for the Finance Manager role, and for working through the case study with us.

I'm afraid that after careful consideration we have decided not to take your application further.

Thank you for your interest in Brightwater Trust and for the thought you put into the day.

Kind regards,
Clare Donnelly
Director of Finance & Resources, Brightwater Trust`),

  rej('final', ['assessment'], { ...fb, ...door },
    `Dear Oliver,

Training Contract 2027 - Assessment Centre, 12 June

Thank you for attending our assessment centre. We appreciate the time and preparation that goes into a day like this.

We are sorry to tell you that you have not been successful in securing a training contract with Harcourt Lyle LLP.

We aim to give every candidate who reaches the assessment centre some feedback on their day. Your group exercise and partner interview were both scored well. The deciding factor was the written exercise. The client memo you prepared dealt clearly with the breach of contract, but it did not identify that the claim was close to the end of its limitation period, which was the central point the markers were looking for, and so the exercise scored below the level needed to progress.

Our next application window opens on 1 November and we would welcome an application from you then.

Yours sincerely,
Graduate Recruitment Team
Harcourt Lyle LLP`, 'Harcourt Lyle - Assessment Centre outcome'),
  // twin of the one above
  rej('final', ['generic'], { ...door },
    `Dear Oliver,

Training Contract 2027 - Assessment Centre, 12 June

Thank you for attending our assessment centre. We appreciate the time and preparation that goes into a day like this.

We are sorry to tell you that you have not been successful in securing a training contract with Harcourt Lyle LLP. We saw an exceptionally strong group of candidates this year and had far fewer places than able applicants.

Our next application window opens on 1 November and we would welcome an application from you then.

Yours sincerely,
Graduate Recruitment Team
Harcourt Lyle LLP`, 'Harcourt Lyle - Assessment Centre outcome'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Mr. Sai Kiran,

Greetings from Vyoma Infotech Pvt. Ltd.

This is with reference to your Technical Interview (Round 2) held on 14th August for the position of Senior Java Developer (Req ID VJ-2291).

We regret to inform you that you have not been shortlisted for the next round. As per the feedback shared by the interview panel, your understanding of Spring Boot microservices and Kafka-based event handling was not up to the mark required for this position, especially on questions related to consumer groups and message retry.

We thank you for the time you have given. Kindly note that your profile will be retained in our database and our team will reach out to you for future requirements matching your skill set.

Wishing you all the best.

Regards,
Talent Acquisition Team
Vyoma Infotech Pvt. Ltd., Hyderabad`, 'Interview Status - Senior Java Developer'),
  // twin of the one above
  rej('interview', ['generic'], { ...door },
    `Dear Mr. Sai Kiran,

Greetings from Vyoma Infotech Pvt. Ltd.

This is with reference to your Technical Interview (Round 2) held on 14th August for the position of Senior Java Developer (Req ID VJ-2291).

We regret to inform you that you have not been shortlisted for the next round. After careful consideration the panel has decided to proceed with other candidates.

We thank you for the time you have given. Kindly note that your profile will be retained in our database and our team will reach out to you for future requirements matching your skill set.

Wishing you all the best.

Regards,
Talent Acquisition Team
Vyoma Infotech Pvt. Ltd., Hyderabad`, 'Interview Status - Senior Java Developer'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hey Jade, thanks heaps for the trial this morning. Gonna be honest, it's a no from us. You were lovely with customers but you weren't across the POS and the shots were running really slow once the rush hit - we need someone who can dial in and pull a decent flat white from day one. Good luck with it all 🙂 - Mick`),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Priya,

Principal Designer - Infrastructure (Ref. PD/0412)

Thank you for attending interview at our Birmingham office on 9 October. The panel (myself, Gareth Lloyd and Farah Siddiqui) enjoyed meeting you.

I'm writing to let you know that we will not be offering you the position. You have good design-side experience, but the role carries the statutory principal designer duties under CDM 2015, and the panel felt that your answers on coordinating pre-construction information and liaising with the principal contractor showed you had not yet held those duties yourself on a project of this size.

I'd be glad to talk this through on a call if that would help - just reply and we'll find a time.

Regards,
Martin Fairweather CEng MICE
Associate Director, Rowan Civil Consulting`, 'Principal Designer - Infrastructure (Ref. PD/0412)'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Dwayne,

Thanks for driving out to the Joliet DC yesterday and walking the floor with Rick and me. I appreciated your candor during the interview.

We've decided to go a different direction for the Operations Manager role. The big project for whoever takes this job is the WMS cutover next spring. We need someone who has led an implementation like that end to end, and from what you told us, your experience with Manhattan has been as a user on the floor rather than running the rollout, testing, and go-live.

I hope our paths cross again.

Thanks,
Lorraine Kucera
General Manager, Midstates Freight & Fulfillment`),

  rej('final', ['assessment'], { ...fb },
    `Dear Amira,

Store Manager Assessment Centre - Leeds, 21 May

Thank you for attending the assessment centre for the Store Manager vacancy at our Headingley store.

We are sorry to let you know that you have not been successful on this occasion. Each exercise on the day is scored by two assessors. Your group exercise was scored above the benchmark. In the in-tray exercise, however, you placed the report of a blocked fire exit in the stockroom below the area manager's request for sales figures, and health and safety items are expected to be dealt with first; as a result this exercise scored below the level needed and the overall score fell short.

Thank you once again for your interest in working with us.

Kind regards,
Retail Recruitment Team
Fenwick & Hale`, 'Assessment Centre outcome - Store Manager, Headingley'),
  // twin of the one above
  rej('final', ['generic'], {},
    `Dear Amira,

Store Manager Assessment Centre - Leeds, 21 May

Thank you for attending the assessment centre for the Store Manager vacancy at our Headingley store.

We are sorry to let you know that you have not been successful on this occasion. We had a number of strong candidates on the day and the decision was not an easy one.

Thank you once again for your interest in working with us.

Kind regards,
Retail Recruitment Team
Fenwick & Hale`, 'Assessment Centre outcome - Store Manager, Headingley'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Thomas Bright,

Vacancy 384112 - Higher Executive Officer, Policy Adviser

Thank you for attending the interview on 17 April. We are sorry to inform you that you have not been successful on this occasion.

Your scores are set out below. The minimum score for each behaviour at this grade is 4 (Acceptable).

Seeing the Big Picture: 5
Communicating and Influencing: 4
Making Effective Decisions: 3
Strength questions: 5

Panel feedback: For Making Effective Decisions, the example you gave described the decision well but did not explain what evidence you weighed, what alternatives you considered or how you tested the risks, so the panel could not score it at the level required.

Because one behaviour was scored below the minimum, you could not be placed on the merit list.

Yours sincerely,
Government Recruitment Service`, 'Vacancy 384112 - outcome'),
  // twin of the one above
  rej('interview', ['generic'], {},
    `Dear Thomas Bright,

Vacancy 384112 - Higher Executive Officer, Policy Adviser

Thank you for attending the interview on 17 April. We are sorry to inform you that you have not been successful on this occasion.

The panel saw many good candidates for a limited number of posts and the competition was close.

Yours sincerely,
Government Recruitment Service`, 'Vacancy 384112 - outcome'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Luke,

Thank you for coming to interview for the Band 6 Community Mental Health Nurse post on Thursday.

I'm sorry to say we won't be offering you the post. Most of the interview went well, but on the inpatient scenario, when we asked what you would do if an informal patient on the ward said he was leaving and you were worried about his safety, you talked about persuading him to stay but didn't mention the nurse's holding power under section 5(4) of the Mental Health Act or when you'd use it. Because the post covers bank shifts on the ward, the panel felt that needed to be there.

All the best,
Sandra Mkhize
Team Leader, North Locality CMHT`),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Ms Nguyen,

Classroom Teacher (Temporary Full-time) - Westmead Public School

Thank you for attending an interview with our merit selection panel on Tuesday.

I regret to advise that you have not been recommended for the position.

The panel assessed each applicant against the selection criteria. Your responses to the criteria on literacy and on positive behaviour support were well regarded. Against the criterion on differentiating teaching for EAL/D students, however, your response spoke generally about "scaffolding" but did not give a concrete example of adjusting a lesson for students learning English, and the panel rated other applicants more highly against this criterion.

If you would like further feedback, you are welcome to contact me on (02) 9687 3340.

Yours sincerely,
Deborah Kang
Principal and Panel Convenor`, 'Westmead PS - merit selection outcome'),
  // twin of the one above
  rej('interview', ['generic'], { ...offered },
    `Dear Ms Nguyen,

Classroom Teacher (Temporary Full-time) - Westmead Public School

Thank you for attending an interview with our merit selection panel on Tuesday.

I regret to advise that you have not been recommended for the position. The panel was impressed by the quality of the applicant field and had a difficult decision to make.

If you would like further feedback, you are welcome to contact me on (02) 9687 3340.

Yours sincerely,
Deborah Kang
Principal and Panel Convenor`, 'Westmead PS - merit selection outcome'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Ayesha - thanks for the time on Monday. The team's decided not to move forward with you for the SWE II role. Quick context since you asked: you got to a working solution on the interval-merge problem, which was good, but you didn't talk through the time complexity until we asked, and the solution broke on an empty input and on intervals that touched at the edges. At this level we're looking for candidates to catch those on their own. Good luck with the search. - Derek`),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Noor,

Thanks for sending in the take-home for the Frontend Engineer role - I know it's a chunk of your weekend and we appreciate it.

Two engineers reviewed it against our rubric and I'm sorry to say we won't be moving you on to interviews. The app itself worked and the UI was nicely put together. Where it lost points was the parts we score most heavily: there were no tests at all, the form state was spread across several components with no clear owner, and the README didn't say how to run the project, so the reviewers had to work it out. It came in below the bar we set for the onsite.

If you want to talk through the reviewers' comments, reply here and I'll set up 20 minutes.

Cheers,
Tomás
Recruiting @ Fieldnote`, 'Fieldnote take-home - next steps'),
  // twin of the one above
  rej('assessment', ['generic'], { ...offered },
    `Hi Noor,

Thanks for sending in the take-home for the Frontend Engineer role - I know it's a chunk of your weekend and we appreciate it.

We had a lot of strong submissions for this role and I'm sorry to say we won't be moving you on to interviews this time.

If you want to talk it through, reply here and I'll set up 20 minutes.

Cheers,
Tomás
Recruiting @ Fieldnote`, 'Fieldnote take-home - next steps'),

  rej('interview', ['assessment', 'skills_gap'], { ...fb },
    `Dear Sipho,

Audit Trainee (SAICA Training Contract) - Johannesburg

Thank you for completing our online assessments and for attending the interview at our Sandton office last week.

Unfortunately we will not be offering you a training contract for the 2026 intake. We would like to explain why. Your score on the Excel and technical accounting assessment was 48%, below our benchmark of 60% for this intake. In the interview, the panel also asked you to explain how a lease is accounted for under IFRS 16, and you were not able to talk through the right-of-use asset and lease liability.

We wish you well with your studies and your search.

Kind regards,
Graduate Recruitment
Mokoena Dlamini Inc.`, 'Training contract application - outcome'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Gráinne,

Thank you for presenting to the panel on Wednesday for the Legacy and In-Memory Giving Manager post.

I'm afraid we have decided not to appoint you. We asked candidates for a presentation on how they'd grow legacy income over three years. Yours was engaging and the case studies of supporters were moving, but it didn't include any figures on expected return on investment or a plan for stewarding existing pledgers, and those were the two things the brief asked for and that the trustees will hold this post to.

We'd love to stay in touch - I'll keep your details and let you know when our next fundraising roles come up.

Warm wishes,
Niamh Cassidy
Head of Fundraising, Hope Lantern Hospice`),
  // twin of the one above
  rej('interview', ['generic'], { ...door },
    `Dear Gráinne,

Thank you for presenting to the panel on Wednesday for the Legacy and In-Memory Giving Manager post.

I'm afraid we have decided not to appoint you. It was a very strong field and we had a hard choice to make.

We'd love to stay in touch - I'll keep your details and let you know when our next fundraising roles come up.

Warm wishes,
Niamh Cassidy
Head of Fundraising, Hope Lantern Hospice`),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Kasia,

Many thanks for coming in on Thursday to meet me and our Executive Chef for the Food & Beverage Manager position.

Having reflected on all the interviews, I'm sorry to say we won't be offering you the role. You clearly know how to run a busy restaurant floor and your ideas for the terrace were great. The sticking point for us was allergens: when Paul asked how you'd handle a guest with a sesame allergy ordering from the grab-and-go counter, you weren't sure what Natasha's Law requires on prepacked-for-direct-sale labelling or how we'd record the check. With three outlets and a lot of events, the F&B manager owns our allergen controls, so we need that knowledge from the start.

Thank you again for your time, and best of luck.

Kind regards,
Robert Ainsworth
General Manager, The Abbotsford Hotel`),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Ms Fitzgerald,

Campaign Reference: CNM2-MED-0925
Clinical Nurse Manager 2, Medical Directorate, University Hospital Galway

I refer to your recent interview for the above post.

I regret to inform you that the interview board has found you unsuccessful in this competition and you have not been placed on the panel from which posts will be filled.

The board has asked that the following be conveyed to you. Your responses were good against the competencies of Professional Knowledge and Building and Maintaining Relationships. Under Managing Change and Improving Quality, the board noted that your examples described supporting changes led by others but did not show you planning and implementing a change in practice yourself, evaluating it, or dealing with resistance from staff.

Should you wish to receive further feedback, please contact the Recruitment Office at the address below within ten working days of the date of this letter.

Thank you for your interest in this post.

Yours sincerely,

Siobhán Keane
Recruitment Officer, HR Department`, 'CNM2-MED-0925 - Interview outcome'),
  // twin of the one above
  rej('interview', ['generic'], { ...offered },
    `Dear Ms Fitzgerald,

Campaign Reference: CNM2-MED-0925
Clinical Nurse Manager 2, Medical Directorate, University Hospital Galway

I refer to your recent interview for the above post.

I regret to inform you that the interview board has found you unsuccessful in this competition and you have not been placed on the panel from which posts will be filled.

Should you wish to receive feedback, please contact the Recruitment Office at the address below within ten working days of the date of this letter.

Thank you for your interest in this post.

Yours sincerely,

Siobhán Keane
Recruitment Officer, HR Department`, 'CNM2-MED-0925 - Interview outcome'),

  rej('final', ['skills_gap'], { ...fb },
    `Hi Keisha,

Thank you for making it through all four final-round conversations with us this week, including the mock discovery call with Brandon.

I'm sorry to share that we won't be moving forward with an offer for the Enterprise Account Executive role. Brandon's feedback from the mock call was the deciding factor. You built great rapport and handled the pricing objection well, but you never qualified the deal: there were no questions about budget, who signs off, or when the prospect needed to be live, and you ended the call agreeing to send a proposal without a next step on the calendar. Our team runs MEDDICC on every opportunity and we need AEs who do that instinctively.

Thanks again, and I hope we cross paths down the road.

Best,
Alyssa Grant
VP Sales, Corvid Analytics`),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Rebecca,

Newly Qualified Solicitor - Private Client (Contentious)

Thank you for meeting Helen Barraclough and me last week.

We have now completed our interviews and I am afraid we will not be making you an offer. You came across well and your non-contentious private client work is of a good standard. However, this role sits in our contentious probate team, and in the interview you told us that your seat had involved very little disputes work, with no experience of Inheritance Act claims or caveats. As the team is small, we need an NQ who has already run some of that work under supervision.

We wish you every success.

Yours sincerely,
Andrew Pemberton
Partner, Pemberton Clarke Solicitors`),
  // twin of the one above
  rej('interview', ['position_filled'], {},
    `Dear Rebecca,

Newly Qualified Solicitor - Private Client (Contentious)

Thank you for meeting Helen Barraclough and me last week.

We have now completed our interviews and I am afraid we will not be making you an offer. The position has been offered to and accepted by another candidate.

We wish you every success.

Yours sincerely,
Andrew Pemberton
Partner, Pemberton Clarke Solicitors`),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Ankit, this is Deepa from TalentBridge. Got the feedback from Zestro for the Data Analyst L2 round. Sorry, they are not moving ahead. Panel said SQL basics were fine but you struggled with the window functions question (running total by customer, rank within month) and could not complete it even with hints. They need someone strong in that since all their reporting is on Snowflake. Will share if I get any other suitable openings. All the best 👍`),

  rej('final', ['assessment'], { ...fb },
    `Dear Callum,

Graduate Structural Engineer - Assessment Day, 4 February

Thank you for attending our assessment day in Glasgow.

Unfortunately, you have not been successful in securing a place on our 2026 graduate scheme.

Candidates on the day are scored on four exercises: the group design task, the technical exercise, the presentation and the interview. Your scores for the group task and presentation were among the highest of the day. In the technical exercise, however, your calculation of the design load on the floor beam was out by a factor of ten (the imposed load appears to have been entered in N/m² rather than kN/m²), and you did not flag that the resulting beam size looked unrealistic. Because the technical exercise must be passed, your overall result was below the standard needed.

With best wishes for your final year,
Early Careers Team
Strathmore Partnership`, 'Assessment day outcome'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Lucy,

Thanks for coming in to see me and Dan for the Assistant Store Manager job.

I'm going to be straight with you as I said I would be. We're not going to offer you the job. The biggest part of this role is the weekly rota for just under 30 staff across 7-day trading, and when I asked you to talk me through a rota you'd planned, your example was for a team of five on weekday shifts. I didn't feel you'd done it at the scale we need yet.

You'd do well in a smaller store and I'd keep at it.

Thanks,
Karen Doherty
Store Manager, Greenway Homeware - Crawley`),
  // twin of the one above
  rej('interview', ['generic'], {},
    `Hi Lucy,

Thanks for coming in to see me and Dan for the Assistant Store Manager job.

I'm going to be straight with you as I said I would be. We're not going to offer you the job. We saw some good people and it came down to a tough call.

Thanks,
Karen Doherty
Store Manager, Greenway Homeware - Crawley`),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Morning Jason,

Had a call back from Steve at Pennine Haulage about Tuesday. They're not going to offer you the transport planner job, sorry.

The main thing for Steve was drivers' hours. He asked you about planning a week for a driver who'd already done two 10-hour days and you weren't sure of the weekly and fortnightly driving limits or when a driver has to take the 45-hour weekly rest. Everything they plan runs on tight tacho margins so he said it has to be second nature.

I'll keep your CV live with us and send over anything else in planning that comes in around Wakefield.

Cheers,
Lee
Lee Marsden | Transport & Logistics Division | Forward Recruitment`),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Meera,

Thank you for your time on the case interview for the Product Manager, Payments role.

After the debrief, we've decided not to move forward. The case was about improving checkout conversion. You came up with lots of solutions quickly, some of them good ones, but you didn't define what success looked like or pick a metric before jumping into ideas, and when Jon asked how you'd know if the one-click option worked, you didn't have an answer. Framing the problem and the metric first is a big part of how our PMs work day to day.

Appreciate your interest in Tallyline and wish you the best.

Sam Whitlock
Group Product Manager, Tallyline`),
  // twin of the one above
  rej('interview', ['generic'], {},
    `Hi Meera,

Thank you for your time on the case interview for the Product Manager, Payments role.

After the debrief, we've decided not to move forward.

Appreciate your interest in Tallyline and wish you the best.

Sam Whitlock
Group Product Manager, Tallyline`),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Fatima,

Thank you for applying to the Halberd Bank Graduate Programme 2026 (Risk & Finance) and for completing our online assessments.

We're sorry to let you know that your application will not progress to the video interview stage.

Your results on the assessments were as follows:
Numerical reasoning: 22nd percentile
Verbal reasoning: 61st percentile
Situational judgement: 55th percentile

For the Risk & Finance stream we require at least the 40th percentile on numerical reasoning, compared with a graduate norm group.

You are very welcome to apply again for our 2027 programme, which opens in September.

Kind regards,
Halberd Early Careers`, 'Your Halberd Graduate Programme application'),
  // twin of the one above
  rej('assessment', ['generic'], { ...door },
    `Dear Fatima,

Thank you for applying to the Halberd Bank Graduate Programme 2026 (Risk & Finance) and for completing our online assessments.

We're sorry to let you know that your application will not progress to the video interview stage. We received a very high number of strong applications this year.

You are very welcome to apply again for our 2027 programme, which opens in September.

Kind regards,
Halberd Early Careers`, 'Your Halberd Graduate Programme application'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Mr Adeyemi,

Thank you for visiting Holloway Park Academy yesterday and for teaching the observed lesson to 9X2 and interviewing with the panel.

I'm sorry to tell you that we will not be offering you the post of Teacher of Science. The observers liked your starter and your rapport with the group. However, during the main part of the lesson you moved from balancing equations to the practice questions without checking whether the class had understood, and several students at the back were stuck for most of the task without it being picked up. Assessment for learning during lessons is one of our whole-school priorities and the panel needed to see it.

Thank you again for your interest in the school.

Yours sincerely,
Mrs J. Whitfield
Deputy Headteacher`),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Sophie,

Band 6 Midwife - Delivery Suite

Thank you for attending interview on 30 September.

I am sorry to let you know that you have not been successful. The panel felt you would be a caring and capable midwife on the unit. However, in the CTG scenario you described the trace as suspicious because of reduced variability but did not identify the late decelerations, and so did not escalate to the registrar as the guideline requires. As band 6 midwives coordinate care on the delivery suite, the panel felt you were not yet ready for the post.

Kind regards,
Julie Brennan
Matron, Maternity Services`),
  // twin of the one above
  rej('interview', ['generic'], {},
    `Dear Sophie,

Band 6 Midwife - Delivery Suite

Thank you for attending interview on 30 September.

I am sorry to let you know that you have not been successful. The panel felt you would be a caring and capable midwife, but after careful consideration another decision was reached.

Kind regards,
Julie Brennan
Matron, Maternity Services`),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Mr Okoro,

Planning Officer (Development Management) - Grade 8

Thank you for attending the interview on Monday.

I write to advise that, on this occasion, you have not been successful.

The panel felt that you had good experience of householder applications. When you were asked to assess the case study for six dwellings on the edge of the village, however, you did not consider the council's housing land supply position or how the presumption in favour of sustainable development in the NPPF would apply, which is central to the decisions this post will make.

If you would like further feedback, please contact Helen Burrows, Development Manager, on 01603 221874.

Yours sincerely,
HR Services
Broadland Vale District Council`),

  rej('interview', ['skills_gap'], { ...fb },
    `hey conor thanks for coming in for the trial last night. not going to work out this time. mise en place wasnt ready when we opened at 6 and you were still prepping shallots when the first tickets came on, and the jus and beurre blanc both went out under-seasoned till i sent them back. need someone who can run the sauce section on their own. good luck chef - tom`),
  // twin of the one above
  rej('interview', ['generic'], {},
    `hey conor thanks for coming in for the trial last night. not going to work out this time, gone with someone else. good luck chef - tom`),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Rahul,

Thanks for talking with Mei and me on Tuesday about the Platform Engineer role.

We've decided not to progress your application. We really need someone who has run Kubernetes in production - upgrades, autoscaling, debugging pods that won't schedule at 2am - and from the examples you gave, most of your container experience has been with docker-compose on single hosts, with Kubernetes only in a training environment.

If you pick up more hands-on K8s work, I'd be interested to hear from you.

Best,
Graham Oduya
Head of Infrastructure, Parcelwise`),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Bethany,

Safeguarding Lead - Youth Services

Thank you for meeting the panel on Tuesday and for your time preparing.

I'm sorry to let you know that we won't be offering you the role. You spoke thoughtfully about working with young people and families. However, when we asked what you would do if a youth worker was alleged to have harmed a young person, you focused on the internal investigation and did not mention referring to the Local Authority Designated Officer within one working day. In this role you would be our lead on allegations against staff and volunteers, so the panel felt this was essential.

With best wishes,
Olusegun Bello
Chief Executive, Riverside Youth Trust`),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Dana,

Thank you for interviewing with Marcy and me for the Senior Accountant role on Thursday.

Unfortunately, we won't be moving forward. When we talked about your background, you mentioned you still have two sections of the CPA exam left. Because this position signs off on client review engagements, our quality control policy requires an active CPA license from the start date, so we're unable to consider candidates who haven't completed it yet.

Best of luck with FAR and REG!

Regards,
Phil Martinez, CPA
Partner, Martinez & Lowe CPAs`),
  // twin of the one above
  rej('interview', ['generic'], {},
    `Hi Dana,

Thank you for interviewing with Marcy and me for the Senior Accountant role on Thursday.

Unfortunately, we won't be moving forward. We've decided to go with another candidate.

Best of luck with everything!

Regards,
Phil Martinez, CPA
Partner, Martinez & Lowe CPAs`),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Josh,

Thanks for coming into the office to have a chat with me and Lisa about the sales agent position.

We've decided not to go ahead this time. You've got the personality for it no worries, but when we got into the detail you said you've only got your Certificate of Registration and haven't started on the full licence, and we need someone who can run their own listings and sign off agency agreements themselves under the Act from day one. Get that sorted and come back to us, I'd be keen to talk again.

Cheers,
Shane Rafferty
Principal, Rafferty Property Co. - Newcastle NSW`),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Lerato,

Senior Electrical Engineer - Mining Projects (Ref. SEE-114)

Thank you for attending the interview at our Rosebank office on Wednesday.

We regret to inform you that your application was unsuccessful. The panel was impressed with your substation design work. However, in the interview you confirmed that you are still registered with ECSA as a Candidate Engineer and have not yet applied for Professional Engineer registration. This role requires a Pr Eng to sign off designs for our clients, and the panel could not make an appointment without it.

We wish you everything of the best with your registration.

Kind regards,
Human Capital Department
Vusi Mahlangu Engineers (Pty) Ltd`),
  // twin of the one above
  rej('interview', ['generic'], {},
    `Dear Lerato,

Senior Electrical Engineer - Mining Projects (Ref. SEE-114)

Thank you for attending the interview at our Rosebank office on Wednesday.

We regret to inform you that your application was unsuccessful.

We wish you everything of the best.

Kind regards,
Human Capital Department
Vusi Mahlangu Engineers (Pty) Ltd`),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Aoife,

Thank you for the video interview yesterday for the Customer Success Specialist (DACH) role.

I'm sorry to say we won't be moving ahead. As you know, part of the interview was in German with Markus. He felt your German is at about a B1 level - you followed the conversation, but you struggled to explain the billing scenario and switched to English a few times. The role involves handling escalations from German-speaking enterprise customers by phone, and we need C1 for that.

Thanks again and all the best.

Ciara Brady
Talent Partner, Ledgerline Dublin`),
  // twin of the one above
  rej('interview', ['generic'], {},
    `Hi Aoife,

Thank you for the video interview yesterday for the Customer Success Specialist (DACH) role.

I'm sorry to say we won't be moving ahead. We had a lot of interest in the role and the decision was a close one.

Thanks again and all the best.

Ciara Brady
Talent Partner, Ledgerline Dublin`),

  rej('final', ['assessment', 'skills_gap'], { ...fb, ...offered },
    `Dear Kwame,

Associate Consultant - Final Round, 8 November

Thank you for joining us in London for the final round.

We are sorry to let you know that we will not be extending an offer. Two things informed the decision. Your score in the group case exercise was below the threshold we set for this stage; the assessors noted that the group's recommendation was reached without your analysis of the cost data being used. In the partner interview, when asked to estimate the UK market for electric van charging, you did not set out a structure before starting to calculate and the estimate could not be followed.

If you would like a call to discuss the assessors' feedback, please reply to this email and we will arrange one.

Kind regards,
Recruiting Team
Harrow Grant Strategy`, 'Final round outcome'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Tegan,

Thanks for coming in to interview for the ICU RN position last week.

Unfortunately we won't be offering you the role at this stage. In the clinical scenario of the post-operative patient who became drowsy and hypotensive, you went straight to the fluid bolus and the medical review but didn't assess and secure the airway first, even when we prompted with "what else might you check?". The panel needs to see a systematic A to E approach in ICU.

Thanks again for your interest in our unit.

Kind regards,
Natalie Chen
Nurse Unit Manager, Intensive Care - Gold Coast Private`),

  // ── 2. How the candidate came across (no requirement named), and bare comparisons
  rej('interview', ['profile_mismatch'], { ...fb },
    `Dear Alex,

Thank you for attending interview for the post of Customer Services Team Leader on 12 February.

I am writing to let you know that, on this occasion, you have not been successful.

The panel has asked me to share some feedback. Your answers to most questions were quite brief, and you did not give many examples from your own work, so the panel found it difficult to score you against the questions even when they prompted you for more. We would encourage you to use specific situations from your current role at future interviews.

Thank you for your interest in working for Severn Water.

Yours sincerely,
Rachel Moody
HR Adviser, Severn Water`, 'Customer Services Team Leader - interview outcome'),
  // twin of the one above
  rej('interview', ['generic'], {},
    `Dear Alex,

Thank you for attending interview for the post of Customer Services Team Leader on 12 February.

I am writing to let you know that, on this occasion, you have not been successful.

Thank you for your interest in working for Severn Water.

Yours sincerely,
Rachel Moody
HR Adviser, Severn Water`, 'Customer Services Team Leader - interview outcome'),

  rej('interview', ['profile_mismatch'], { ...fb, ...offered },
    `Hi Brandon,

Thanks so much for meeting with the panel on Tuesday for the Regional Operations Coordinator role.

I'm sorry to let you know we've decided not to move forward. You started really strongly - your intro and the first couple of answers were great - but the panel felt you seemed less confident in the second half, particularly once we got into the scenario questions, and a few answers trailed off without getting to what you'd actually do.

I'm happy to hop on a call and share more if that's useful. Just let me know.

Best,
Courtney Ellis
HR Business Partner, Trailhead Outfitters`),
  // twin of the one above
  rej('interview', ['generic'], { ...offered },
    `Hi Brandon,

Thanks so much for meeting with the panel on Tuesday for the Regional Operations Coordinator role.

I'm sorry to let you know we've decided not to move forward. You interviewed well, but we've chosen someone else for the role.

I'm happy to hop on a call and share more if that's useful. Just let me know.

Best,
Courtney Ellis
HR Business Partner, Trailhead Outfitters`),

  rej('interview', ['profile_mismatch'], { ...fb },
    `Dear Imogen,

Thank you for coming to meet us for the Communications Officer role.

We have decided not to offer you the position. You were warm and articulate, and your writing sample was good. The thing we kept coming back to afterwards was that we didn't get a clear sense of why you want this role, or why you want to work for a housing charity - when we asked, your answer was mostly about wanting to move into communications generally.

Thank you again for your time.

Best wishes,
Ruth Adeleke
Head of Communications, Homefront Housing Trust`),
  // twin of the one above
  rej('interview', ['generic'], {},
    `Dear Imogen,

Thank you for coming to meet us for the Communications Officer role.

We have decided not to offer you the position. It was a difficult decision.

Thank you again for your time.

Best wishes,
Ruth Adeleke
Head of Communications, Homefront Housing Trust`),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Wei,

Thank you for taking the time to interview with us for the Data Engineer role. We enjoyed our conversations.

We have now completed interviews and have decided to move forward with candidates whose experience is a closer match for what the team needs right now.

We'll keep your details on file and would be glad to reach out if a role comes up that fits your background.

All the best,
Recruiting Team, Cobalt Health`),

  rej('final', ['profile_mismatch'], {},
    `Dear Nomvula,

Thank you for attending the final interview for the position of Head of Procurement.

We regret to advise that you were not successful. There were stronger candidates at the final stage.

We wish you well in your career.

Kind regards,
Talent Management
Siyakhula Provincial Development Agency`),

  rej('interview', ['profile_mismatch'], { ...fb },
    `Hi Grace,

Quick one - just heard back from Ollie, the hiring manager at Tallis & Reed, after your second interview on Monday.

They're not going to take it forward, I'm afraid. Ollie said you were clearly very capable, but he and the Ops Director found you quite reserved in the room, and they didn't come away feeling you'd be the person to take charge of a meeting with the site managers, which is a big part of the job. He said it was hard to get you to talk about yourself.

Sorry Grace. Let's catch up next week about what else is out there.

Harriet
Harriet Lowe | Consultant | Clearview Talent`),
  // twin of the one above
  rej('interview', ['position_filled'], {},
    `Hi Grace,

Quick one - just heard back from Ollie, the hiring manager at Tallis & Reed, after your second interview on Monday.

They're not going to take it forward, I'm afraid. Ollie has made an offer to the other candidate in the second round and she accepted this morning.

Sorry Grace. Let's catch up next week about what else is out there.

Harriet
Harriet Lowe | Consultant | Clearview Talent`),

  rej('interview', ['profile_mismatch'], { ...fb },
    `Dear Mr Hughes,

Head of Geography - St Aidan's Catholic High School

Thank you for attending the interview day on Friday.

I write to let you know that the governors' panel has decided not to appoint you to the post. Throughout the day, and particularly in the panel interview, your answers tended to describe what you would do in the role rather than what you have done, and the panel found it hard to judge your impact as a middle leader from the evidence you gave.

May I thank you again for your interest in St Aidan's.

Yours sincerely,
Mr P. Doyle
Headteacher`),

  rej('interview', ['profile_mismatch'], { ...fb },
    `Dear Elena,

Thank you for your interview for the role of Project Accountant.

I regret to inform you that your application has been unsuccessful. The panel did want me to pass on one point: several of your answers ran long, and we weren't able to get through all of our questions in the hour, so there were areas we simply couldn't assess. We'd suggest keeping answers shorter and more structured next time.

Kind regards,
Shona Gallagher
Finance Business Partner, Kirkton Homes`),
  // twin of the one above
  rej('interview', ['generic'], {},
    `Dear Elena,

Thank you for your interview for the role of Project Accountant.

I regret to inform you that your application has been unsuccessful. We interviewed several good candidates and it was not an easy decision.

Kind regards,
Shona Gallagher
Finance Business Partner, Kirkton Homes`),

  rej('interview', ['profile_mismatch'], { ...fb },
    `Dear Ms. Lakshmi Narayanan,

Greetings from Sundaram Finserve Ltd.

We thank you for attending the interview for the post of Assistant Manager - Credit at our Chennai regional office on 6th instant.

We regret to inform you that you have not been selected. As per the panel's observation, many of your responses were general in nature and you were not able to answer confidently when the panel asked follow-up questions about your own cases.

We wish you success in your future endeavours.

Regards,
HR Department
Sundaram Finserve Ltd.`),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Oscar,

Thanks for coming in on Wednesday. It was good to meet you.

I wanted to let you know that we're not offering you the Junior Designer role. Other candidates performed more strongly on the day.

If you'd like feedback, drop me a line and I'll call you.

Cheers,
Mel
Studio Manager, Harbour & Hive`),

  rej('interview', ['profile_mismatch'], { ...fb },
    `Hi Jordan,

Thank you for interviewing with us for the Development Officer (Trusts & Foundations) role.

We won't be taking your application forward. To be honest with you, the panel felt you seemed unfamiliar with our work - you weren't sure which areas we operate in and referred to our hospice services, which we don't run. It gave the impression of limited preparation, which was a shame because your experience looked promising on paper.

Best wishes,
Kemi Ajayi
Senior Fundraising Manager, Carers Compass`),
  // twin of the one above
  rej('interview', ['generic'], {},
    `Hi Jordan,

Thank you for interviewing with us for the Development Officer (Trusts & Foundations) role.

We won't be taking your application forward. Your experience looked promising and the decision wasn't easy.

Best wishes,
Kemi Ajayi
Senior Fundraising Manager, Carers Compass`),

  rej('interview', ['profile_mismatch'], { ...fb },
    `Hey Tyler,

Appreciate you coming in to meet with me and Renee. I'm going to pass on the Account Manager role.

You were super polished, no question. But it felt like we were hearing prepared lines rather than you. When we asked about a deal you'd lost, we got the textbook answer instead of an actual story, and Renee and I both left without much of a sense of how you think.

Good luck out there,
Chris Delgado
Sales Director, Summit Office Supply`),
  // twin of the one above
  rej('interview', ['generic'], {},
    `Hey Tyler,

Appreciate you coming in to meet with me and Renee. I'm going to pass on the Account Manager role.

Tough decision, we talked to some good people.

Good luck out there,
Chris Delgado
Sales Director, Summit Office Supply`),

  rej('interview', ['profile_mismatch'], { ...fb, ...offered, ...door },
    `Dear Precious,

Thank you for attending your interview for the District Nurse (Band 6) post yesterday.

I'm sorry to tell you that you have not been successful this time. The panel could see you were nervous, which is completely understandable, but it meant your answers were quite hesitant and we found it hard to get a picture of your practice and the patients you've cared for in the community.

I would really encourage you to ring me for a proper chat about it - my number is 07700 914 226. We will be advertising more Band 6 posts in the new year and I hope you'll apply.

Kind regards,
Lynne Parry
Community Nursing Team Lead, Eastfield`),
  // twin of the one above
  rej('interview', ['generic'], { ...offered, ...door },
    `Dear Precious,

Thank you for attending your interview for the District Nurse (Band 6) post yesterday.

I'm sorry to tell you that you have not been successful this time.

I would really encourage you to ring me for a proper chat about it - my number is 07700 914 226. We will be advertising more Band 6 posts in the new year and I hope you'll apply.

Kind regards,
Lynne Parry
Community Nursing Team Lead, Eastfield`),

  rej('interview', ['profile_mismatch'], {},
    `Hi Liam, thanks again for coming in Saturday. Sorry mate, boss has gone with someone with a bit more experience. All the best`),

  rej('interview', ['profile_mismatch'], { ...fb },
    `hi kiran, thanks for doing the second round with us on friday. we're not going to move forward unfortunately. honestly you seemed a bit flat compared to the first conversation - less energy, shorter answers, and when ana asked what you'd want to work on first you didn't really have a view. might have just been an off day. all the best - sol`),

  rej('final', ['profile_mismatch'], {},
    `Dear Harriet,

Thank you for taking part in the final stage of our selection process for the Operations Director role.

Having met all of the finalists, we have decided to proceed with candidates with more directly relevant experience. I appreciate this will be disappointing.

Yours sincerely,
Philippa Grange
Chief Executive, Orchard Care Group`),

  rej('interview', ['profile_mismatch'], { ...fb },
    `G'day Sam,

Thanks for coming in to chat with Bec and me about the Team Leader role at the Eagle Farm depot.

We've decided not to go ahead with you this time. One thing I'd pass on: you didn't really sell yourself. It was a lot of "we did this" and "the team did that" and not much "I", so we came away not really knowing what you'd done yourself. Worth keeping in mind for the next one.

Cheers,
Darren Whitely
Depot Manager, Coastline Couriers`),
  // twin of the one above
  rej('interview', ['generic'], {},
    `G'day Sam,

Thanks for coming in to chat with Bec and me about the Team Leader role at the Eagle Farm depot.

We've decided not to go ahead with you this time. Had a good bunch of people through and it was a hard one to call.

Cheers,
Darren Whitely
Depot Manager, Coastline Couriers`),

  rej('interview', ['profile_mismatch'], { ...fb },
    `Dear Ciarán,

Administrative Officer (Grade IV) - Cork County Council

I refer to your recent interview for the above competition.

I regret to inform you that you have not been successful and that you have not been placed on the panel for this competition.

The interview board felt that you did not give enough detail in the examples you used, and in several answers you described the situation but not what you did or what the outcome was, so the board could not award marks at the level needed to qualify.

I wish you every success in the future.

Yours sincerely,
Nuala Byrne
Human Resources Department`),

  rej('final', ['profile_mismatch'], { ...fb },
    `Dear Thabo,

Regional Sales Manager - Gauteng North

Thank you for attending the final interview with our Managing Director and the Sales Executive on 14 March.

Unfortunately we will not be proceeding with your application. The panel felt your answers were too general and did not demonstrate your own contribution to the results you described - when asked what you had personally done to turn round the Polokwane branch, you spoke mostly about the regional team.

We wish you all the best in your search.

Kind regards,
Zanele Khumalo
HR Manager, Mzansi Agri Supplies`),
  // twin of the one above
  rej('final', ['generic'], {},
    `Dear Thabo,

Regional Sales Manager - Gauteng North

Thank you for attending the final interview with our Managing Director and the Sales Executive on 14 March.

Unfortunately we will not be proceeding with your application. After careful consideration, the panel has decided to pursue other candidates.

We wish you all the best in your search.

Kind regards,
Zanele Khumalo
HR Manager, Mzansi Agri Supplies`),

  rej('final', ['profile_mismatch'], {},
    `Hi Emeka,

Thanks for coming back for the final round with our CFO. I know you were keen on this one.

We've decided not to make you an offer. The other finalists were further along in their careers, and for this role the CFO wanted someone a bit more seasoned.

Best of luck,
Renata Ivanova
Talent Acquisition, Brightmark Capital`),

  rej('interview', ['profile_mismatch'], { ...fb },
    `Dear Holly,

Thank you for coming in for the Marketing Executive interview last Thursday.

We have decided not to progress your application. One piece of feedback from the panel: you didn't have any questions for us at the end, and throughout the interview you seemed a little disengaged, which left us unsure how much you wanted the job.

Best regards,
Mark Chadwick
Marketing Manager, Tidewell Foods`),
  // twin of the one above
  rej('interview', ['generic'], {},
    `Dear Holly,

Thank you for coming in for the Marketing Executive interview last Thursday.

We have decided not to progress your application.

Best regards,
Mark Chadwick
Marketing Manager, Tidewell Foods`),

  rej('interview', ['profile_mismatch'], { ...fb },
    `Hi Saoirse,

Thanks for doing the trial shift with us on Saturday evening.

We won't be offering you the front-of-house job. You were great with the team in the pass and picked up the table plan fast, but with the guests you came across a bit short, especially with the big table on 12 when they changed their order twice. We're a small place and the guests are everything for us.

Thanks again, and best of luck.

Fiona
Owner, The Blue Door Bistro, Kinsale`),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Marta,

Thank you for your interest in the Senior Tax Manager role at Ridgeback Partners, and for the time you gave to the final interviews.

After careful review, we have decided to move forward with other candidates whose experience aligns more closely with the requirements of the role.

We will retain your profile in our talent community and may contact you about future opportunities that match your experience.

Sincerely,
Ridgeback Partners Talent Acquisition

This is an automated message. Please do not reply.`, 'Your application for Senior Tax Manager (REQ-10442)'),

  rej('interview', ['profile_mismatch'], { ...fb },
    `Dear Daniel,

Thank you for attending interview for the Associate (Commercial Litigation) role on 2 July.

I am afraid the partners have decided not to take your application further. They found your technical answers sound, but they felt your answers sounded rehearsed throughout and they didn't come away with a sense of you as a person or how you'd get on with clients.

With kind regards,
Fiona Mackintosh
HR Manager, Drummond Lyall LLP`),
  // twin of the one above
  rej('interview', ['generic'], {},
    `Dear Daniel,

Thank you for attending interview for the Associate (Commercial Litigation) role on 2 July.

I am afraid the partners have decided not to take your application further.

With kind regards,
Fiona Mackintosh
HR Manager, Drummond Lyall LLP`),

  rej('interview', ['profile_mismatch'], { ...fb, ...offered },
    `Hi Anjali,

Thanks for the interview on Friday for the Research Coordinator role.

Unfortunately we won't be moving forward. The main note from the panel was that you spoke very quickly, especially when you got onto your thesis, and a couple of panel members found it hard to follow some answers over the video link.

Happy to share the rest of the notes on a short call if you want them - just let me know a good time.

Best,
Michelle Ng
Program Manager, Bayview Research Institute`),

  rej('interview', ['profile_mismatch'], {},
    `Hi Felix,

Thank you for interviewing for the Service Desk Team Lead role. It was a very close decision, but another candidate was just ahead, so we won't be offering you the role this time.

Thanks again,
Ravi
IT Service Manager, Northgate Schools Trust`),

  rej('interview', ['profile_mismatch'], {},
    `Dear Candidate,

Thank you for attending the interview for Process Associate - Voice Support (Kolkata).

We regret to inform you that we have shortlisted candidates whose profiles better suit the requirements of this role.

We wish you the best in your career.

Regards,
Recruitment Team
Ekatra Business Services`),

  rej('interview', ['profile_mismatch'], { ...fb },
    `Hi Stuart,

Thanks for coming in to talk about the Shift Manager role at the Daventry site.

I'm sorry but we've decided not to go ahead. When Gemma challenged your answer on the late-inbound scenario, you seemed unsure of yourself and backed down straight away, even though your first answer was a decent one. On night shift you'll be the most senior person on site, and we need someone who'll stick to a call under pressure.

Regards,
Paul Whitcombe
Site General Manager, Castlegate Logistics`),
  // twin of the one above
  rej('interview', ['generic'], {},
    `Hi Stuart,

Thanks for coming in to talk about the Shift Manager role at the Daventry site.

I'm sorry but we've decided not to go ahead. It was a tough one to call.

Regards,
Paul Whitcombe
Site General Manager, Castlegate Logistics`),

  rej('interview', ['profile_mismatch'], { ...fb },
    `Dear Ms Abara,

Senior Benefits Officer - Revenues and Benefits Service

Thank you for attending interview on 24 January.

I am writing to confirm that you have not been successful. The panel has asked me to let you know that you came across as more comfortable talking about service strategy and transformation than about the day-to-day work of the team, and they were left unsure how you would approach leading officers through a busy caseload.

Yours sincerely,
People Services
Harrowden Borough Council`),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Jamal,

Thank you for attending interview for the post of Volunteer Coordinator.

I'm sorry to say that the panel felt other candidates were a better match for the post, and we won't be offering it to you.

I chaired the panel, and if you would like to talk about your interview I'd be happy to do so - please reply to this email and we'll set up a time.

With best wishes,
Anne Forsyth
Chair, Recruitment Panel, Lochside Food Bank`),

  // ── 3. The stage told indirectly, beside twins where only a recruiter call or no meeting took place
  rej('interview', ['generic'], {},
    `Hi Rosie,

Thanks for coming in to meet Sarah and Tom last Tuesday - they both enjoyed the conversation about your time at the gallery.

I'm sorry to say we've decided not to take things further for the Visitor Experience Supervisor role. We had a lot of good people for this one.

Thanks again for your interest in the museum.

Best wishes,
Kirsty Laing
People Team, Northern Lights Museum`),
  // twin of the one above: only a call with the talent team
  rej('screen', ['generic'], {},
    `Hi Rosie,

Thanks for your call with Jess from our talent team last Tuesday - she enjoyed hearing about your time at the gallery.

I'm sorry to say we've decided not to take things further for the Visitor Experience Supervisor role, so we won't be inviting you in to meet Sarah and Tom. We had a lot of good people for this one.

Thanks again for your interest in the museum.

Best wishes,
Kirsty Laing
People Team, Northern Lights Museum`),
  // twin of the one above: no meeting at all
  rej('application', ['generic'], {},
    `Hi Rosie,

Thanks for applying for the Visitor Experience Supervisor role - we enjoyed reading about your time at the gallery.

I'm sorry to say we've decided not to take things further, so we won't be inviting you in to meet Sarah and Tom. We had a lot of good people for this one.

Thanks again for your interest in the museum.

Best wishes,
Kirsty Laing
People Team, Northern Lights Museum`),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Mateo,

Thanks for your time with the team on Thursday - I know it was a long afternoon with the pairing session on top.

We've talked it over and we're not going to go ahead with an offer for the Cloud Engineer role. Everyone liked working with you. The gap the team kept coming back to was Terraform: almost all of our infrastructure is in Terraform modules, and in the pairing session you hadn't come across state locking or how we'd split modules between environments. We'd need someone who can pick up tickets there from week one.

Thanks again,
Hollie Brandt
Engineering Manager, Sparrowhawk Labs`),
  // twin of the one above: only a recruiter call
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Mateo,

Thanks for your chat with Kerry, our recruiter, on Thursday.

We've talked it over and we're not going to take your application for the Cloud Engineer role further. Kerry passed on that you've used Terraform only in tutorials so far. Almost all of our infrastructure is in Terraform modules, and we'd need someone who can pick up tickets there from week one.

Thanks again,
Hollie Brandt
Engineering Manager, Sparrowhawk Labs`),

  rej('interview', ['position_filled'], { ...fb },
    `Hi Bukola,

Thank you for doing the shadow shift with us on Rowan unit last week. The seniors said you were lovely with the residents - Margaret talked about the way you helped Mrs Haines with her tea and took your time with her, and that's exactly what we want to see.

It's not good news though, I'm afraid. We only had the one day post and we offered it to another applicant, who has accepted.

Thank you again,
Joanne Pike
Deputy Manager, Larchfield House Care Home`),

  rej('interview', ['position_filled'], {},
    `Dear Mr Farouk,

Thank you for your lesson with Year 9 on Tuesday and for meeting with me and the Head of Mathematics afterwards.

I am sorry to tell you that we have decided to appoint another candidate to the post of Teacher of Mathematics, and they have accepted.

With best wishes for the future,
Mrs K. Oyelaran
Headteacher, Fairhaven Academy`),
  // twin of the one above: no meeting at all
  rej('application', ['generic'], {},
    `Dear Mr Farouk,

Thank you for your application for the post of Teacher of Mathematics at Fairhaven Academy.

We received a large number of applications and I am sorry to tell you that we will not be inviting you to teach a lesson with Year 9 or to interview.

With best wishes for the future,
Mrs K. Oyelaran
Headteacher, Fairhaven Academy`),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Zara,

Thank you for Monday. We enjoyed the case you talked us through - the market analysis was thorough and your slides were very clear.

We have decided not to go further for the Senior Analyst role. The part that didn't hold up was the recommendation: expanding into the three new regions would tie up a lot of cash in stock, and your plan didn't account for the working capital needed or how it would be funded. When Rob asked about it, you hadn't looked at it.

Kind regards,
Victoria Hume
Partner, Longreach Advisory`),
  // twin of the one above: a written case study, no meeting
  rej('assessment', ['assessment'], { ...fb },
    `Hi Zara,

Thank you for the written case study you sent in for the Senior Analyst role. The market analysis was thorough and your slides were very clear.

We have decided not to invite you to interview. The part that didn't hold up, and that the case was marked on most heavily, was the recommendation: expanding into the three new regions would tie up a lot of cash in stock, and your plan didn't account for the working capital needed or how it would be funded.

Kind regards,
Victoria Hume
Partner, Longreach Advisory`),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Naledi,

Heard back from Aldgate Foods after Wednesday. Good and bad news, I'm afraid.

They said you were the strongest communicator they saw all week, and Jasper particularly liked how you explained the month-end process to a non-finance audience. But they've decided to go for someone who has hands-on SAP S/4HANA experience, because the migration goes live in the autumn and they don't have capacity to train anyone on it.

I'll keep you front of mind for the next systems accountant role I get, I'm sure it won't be long.

Speak soon,
Dominic
Dominic Price | Finance & Accountancy | Marlowe Search`),
  // twin of the one above: only the agency's own call
  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Naledi,

Thanks for the call yesterday. I've spoken to Aldgate Foods about your profile and I'm afraid they won't be taking it further.

They've decided to go for someone who has hands-on SAP S/4HANA experience, because the migration goes live in the autumn and they don't have capacity to train anyone on it.

I'll keep you front of mind for the next systems accountant role I get, I'm sure it won't be long.

Speak soon,
Dominic
Dominic Price | Finance & Accountancy | Marlowe Search`),

  rej('interview', ['generic'], {},
    `Hey Priyanka - thanks for grabbing coffee with Aaron (our CTO) last week, he really enjoyed it. We've decided not to move ahead for the Staff Engineer role. Wishing you the best with the search!

Lauren @ Kitewing`),
  // twin of the one above: the coffee never happened
  rej('application', ['position_filled'], {},
    `Hey Priyanka - we'd hoped to set up a coffee with Aaron (our CTO) this week, but we've just filled the Staff Engineer role, so we won't be taking your application forward. Sorry about that, and wishing you the best with the search!

Lauren @ Kitewing`),

  rej('interview', ['profile_mismatch'], { ...fb },
    `Morning Declan,

Thanks for coming down to the Hatfield site on Monday and doing the walk round with Dev.

We're not going to offer you the Site Manager job. Dev felt you were a lot quieter on site than you'd been in the office, and when the groundworks foreman came over with the drainage problem, you let him do the talking. He wasn't convinced you'd be comfortable taking charge of the subbies on a job this size.

All the best,
Claire Summers
Operations Director, Bramley Build`),

  rej('interview', ['profile_mismatch'], {},
    `Hi Hassan,

Thank you for the Teams call with Priya and the two team leads on Friday.

We've now spoken with everyone and have decided to proceed with candidates who more closely match what the team is looking for.

Many thanks,
Recruitment, Calder Valley NHS Foundation Trust`),

  rej('final', ['position_filled'], {},
    `Hi Olga,

You were one of the two people we took through to the last stage for the Head of Customer Experience role, so this isn't an easy message to write. We've offered the job to the other candidate and she's accepted.

Thank you for all the time you've put into the process.

Warmly,
Nadia Rahman
COO, Homestead Insurance`),

  rej('final', ['generic'], {},
    `Dear Jonah,

Thank you for joining us at our Reading office on Thursday, together with the other shortlisted candidates, for the group exercise, the in-tray and the interview with the directors.

We are sorry to let you know that you have not been successful on this occasion.

Yours sincerely,
Recruitment Team
Thameside Water`, 'Graduate Engineering Scheme'),

  rej('interview', ['profile_mismatch'], { ...fb },
    `Dear Amelia,

Thank you for spending the hour with us in the Caterpillars room on Wednesday, and for meeting Louise afterwards.

I'm sorry to tell you that we won't be offering you the Early Years Practitioner post. During the session you spent most of your time chatting with the staff rather than getting down to the children's level and joining their play, and we didn't get to see much of how you'd be with the little ones.

Thank you for your interest in Little Acorns.

Kind regards,
Jo Carter
Nursery Manager, Little Acorns Day Nursery`),

  rej('screen', ['generic'], { ...door },
    `Hi Ethan,

Thanks for taking my call yesterday, it was great to hear about what you've been building at Loopstack.

I've now shared my notes with the hiring manager for the Product Designer role, and she's decided not to take your application further at this time.

I'll keep your profile on hand and reach out if something comes up in the design team that looks like a good fit.

Best,
Molly Chen
Senior Talent Partner, Orbitly`),

  rej('application', ['generic'], { ...fb },
    `Dear Hamish,

Thank you so much for applying to be our Community Garden Coordinator. We genuinely loved reading your application - your description of setting up the allotment swap scheme at your school made everyone on the shortlisting panel smile, and your plan for the first three months was thoughtful.

We had over 200 applications for this one role and could only invite eight people to interview, and I'm sorry to say that you were not among them this time.

With very best wishes,
Ellie Moss
Volunteer & Community Manager, Greener Streets`),

  // ── 4. Look-alikes that decline nobody, and paused processes
  other(`Dear Funmi,

Staff Nurse (Band 5) - Surgical Assessment Unit

Thank you for attending interview on Monday. I am delighted to let you know that the panel would like to offer you the post, subject to satisfactory pre-employment checks.

As promised, here is a little feedback from the panel. Your answer on the deteriorating patient was excellent - you went straight to the NEWS2 score and the escalation pathway. The one area we'd like you to develop in your first few months is discharge planning, which you were less confident on, and we'll build that into your preceptorship.

The recruitment team will be in touch shortly about references and your start date.

Congratulations!

Karen Lowther
Sister, Surgical Assessment Unit`, 'Offer - Band 5 Staff Nurse'),

  other(`Dear Mr Bhatt,

Thank you for attending the first interview for the role of Deputy Designated Safeguarding Lead.

I am pleased to invite you to a second interview on Thursday 20 March at 10:30. The panel enjoyed your first interview, but felt your answers on safeguarding were a little thin in places, especially on multi-agency working and Early Help, so they would like to explore these in more depth at the second stage. Please come prepared to talk through a case you have managed from referral to closure.

Please confirm your attendance by replying to this email.

Kind regards,
Mrs L. Adebayo
HR Officer, Westbridge Learning Trust`, 'Second interview invitation'),

  other(`Hi Georgia,

Great session today - here are my notes from the mock interview so you have them in writing.

1. Your answers were quite brief. On "tell me about a time you handled a complaint" you were done in under a minute. Aim for two to three minutes, using STAR.
2. You didn't give many examples from your own work - a lot of "I would" rather than "I did".
3. You seemed less confident in the second half, particularly on the strengths questions. Slow down and take a breath before answering.
4. The motivation answer was strong - you clearly know why you want to work for the council.

Let's do one more practice run on Friday before the real one next week. You're nearly there!

Best,
Anita
Anita Rowe | Career Coach | Next Chapter Careers`, 'Mock interview notes'),

  other(`Dear Stephen,

Internal promotion - Operations Manager (Inbound)

Congratulations once again on your appointment, which takes effect from 1 May.

As with all internal promotions, the board has put together some development notes to help you settle into the role. The board was impressed by your knowledge of the inbound process and your plan for reducing dock-to-stock time. The areas it would like you to focus on in your first six months are budget management (you were less sure of how the site's cost centres are reported) and managing former peers, which you acknowledged yourself at the board.

Your line manager will go through these with you in your first one-to-one.

Kind regards,
Elaine Moss
HR Manager, Castlegate Logistics - Daventry`, 'Promotion board - development notes'),

  other(`Hi Tom,

Thanks for Period 3 with 8Y today. Here are my observation notes for your file.

Strengths: clear routines at the start, good use of mini-whiteboards, warm relationships.
Targets: you moved on from the explanation of ratio before checking understanding with the whole class - two or three students at the back were stuck for most of the task. Try a hinge question before releasing them to independent practice. Watch your pace in the last 10 minutes.

Overall this was a good lesson and you are on track for the standard at this point of the placement. Let's talk it through at our mentor meeting on Thursday.

Sarah Cole
Subject Mentor (Maths), Highfield School`, 'Lesson observation - 8Y, Period 3'),

  other(`Hi Marcus,

Great news - Lumenpath want you in for the onsite next Friday! A few things from the hiring manager to help you prepare:

- They'll push hard in the system design round. Last time candidates struggled to cover caching and failure modes, so make sure you talk about what happens when a downstream service goes down.
- The coding round is practical, not puzzles.
- They want to hear about mentoring, so have a couple of examples ready.

I'll send the calendar invite shortly. Shout if you'd like a prep call on Wednesday.

Jenna`, 'Onsite prep - Lumenpath'),

  other(`Dear Nikhil,

Thank you for attending our assessment centre on 15 October. We are pleased to tell you that you have passed and will move on to the final interview with a partner.

Your assessment centre report is attached. In summary, your group exercise and presentation scores were strong. Your written exercise score was just above the benchmark; the assessors noted that you missed the limitation point in the client memo, and the partner may ask about it.

Our team will be in touch in the next few days to arrange the final interview.

Kind regards,
Graduate Recruitment Team
Harcourt Lyle LLP`, 'Assessment centre - you have progressed'),

  other(`hey jade, mick here from the café. trial was great yesterday, you're a natural with the regulars. want the job? thurs-sun 7 till 2. couple of things to work on - you were a bit slow on the POS in the rush and we'll get you dialling in the grinder first thing - but nothing we can't teach. let me know and I'll sort the paperwork 🙂`),

  other(`Dear Joanna,

Head of Finance - Bristol

Following your final interview with our Chair and CEO on Tuesday, I am very pleased to offer you the post, subject to references and a DBS check.

The panel were particularly impressed with your presentation on the reserves policy and your answer on the audit findings. We will ask your two referees for references today, so please let them know to expect our email.

I'll send the written offer and contract under separate cover.

With warm regards,
Mandeep Sandhu
Director of People, Clearwater Foundation`, 'Offer - Head of Finance'),

  other(`Hi Grace,

Brilliant news - Tallis & Reed want you back for a second interview with the Ops Director next Thursday at 2pm!

Ollie's feedback was really positive. The only thing he flagged was that you were a little reserved in the first half, so in the second round he'd love to hear more about how you've run meetings with site managers. Go in with a couple of strong examples and really talk yourself up.

Can you confirm the time works and I'll lock it in?

Harriet
Harriet Lowe | Consultant | Clearview Talent`, 'Second interview - Tallis & Reed'),

  other(`Dear Ifeoma,

Thank you for letting us know that you have accepted another offer and wish to withdraw from the process for the Clinical Lead post.

I'm sorry to lose you. For what it's worth, the panel were unanimous after your interview - your answer on the medicines incident was the best we heard - and we had been planning to call you with an offer this week. I completely understand, and I hope the new role is everything you want.

If things change, please do get in touch.

Best wishes,
Dr Rachel Owusu
Clinical Director, Meadowbank Primary Care Network`),

  hold('final', ['role_closed'], { ...fb },
    `Dear Aditya,

Thank you for attending the final interview for the Head of Data role on 3 June, and for your presentation on the customer data platform roadmap. The panel was very positive about it, particularly the way you sequenced the data quality work ahead of the new dashboards.

I wanted to let you know where things stand. Since the interviews, the company has started a budget review for the second half of the year, and all senior hires are paused until it concludes at the end of July. No decision has been made on the role, and you remain one of our preferred candidates.

I'm sorry for the wait and will be in touch as soon as I can.

Kind regards,
Sinéad Corrigan
Head of Talent, Verdant Energy`, 'Head of Data - update'),

  hold('interview', ['generic'], {},
    `hi sadia, thanks for the trial on sat, team loved having you. owner's away in portugal till the 20th and she makes the final call on all hires, so we'll have to wait till she's back before i can confirm anything. you're definitely still in the running, sorry for the wait! - beth`),

  hold('interview', ['role_closed'], {},
    `Dear Mr. Rohan Mehta,

This is with reference to your interview with our panel on 22nd September for the position of Manager - Plant Maintenance at our Pune facility.

Please note that the company has announced a freeze on all new hiring until the end of the current quarter. The selection process for this position has therefore been kept on hold. Your candidature remains under consideration and we shall revert to you once the freeze is lifted.

We regret the inconvenience caused and request your patience.

Regards,
HR Department
Shreeji Auto Components Ltd.`, 'Status of your candidature - Manager, Plant Maintenance'),

  hold('interview', ['role_closed'], {},
    `Hi Bronwyn,

Thanks again for your lesson with 5/6B and the interview on Friday. The panel enjoyed both.

I just wanted to let you know that we can't make an appointment for the Stage 3 position yet. We're waiting on the Department to confirm our staffing allocation for next year, and until that comes through we don't know whether the position will go ahead as full-time. I expect to hear by the end of the month and will contact you then - you're still very much in consideration.

Kind regards,
Andrew Tsang
Assistant Principal, Lakeside Public School`),
];
