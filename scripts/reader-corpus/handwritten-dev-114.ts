/**
 * Development messages of the hundred-and-fourteenth round: the three flags, above all specific feedback. Every
 * message is written from scratch, for a different (invented) employer, in British, American, Indian and Australian
 * English, from ATS templates, agency recruiters, hiring managers writing by hand, HR officers in long formal letters
 * and recruiters typing on a phone, some with the quoted thread underneath.
 *
 * 1. Specific feedback told in unusual ways (feedback=true): a point buried in the middle of a matron's long polite
 *    paragraph; a client's or a headteacher's note pasted by an agency in the third person ("she hasn't managed a
 *    budget of anything like this size", "his answers on safeguarding were thin", "they wanted someone who has run a
 *    collective consultation"); interviewer write-ups as a bullet list; a comparison with the appointed candidate
 *    ("had led an ERP rollout, which you haven't done yet", "already ACA-qualified"); "if there's one area to
 *    develop"; "the team noted your ..." followed by a concrete fault; test and take-home faults named (nulls in a
 *    SQL column, a subquery that timed out, state kept in three places, a 6% terminal growth rate); a test score
 *    against its pass mark; specific praise with a shortfall; specific praise alone that names what the candidate did
 *    or said (a triage rota redesign, a photo-at-dock returns step, showing a discarded logo concept); a one-line text
 *    with a single point; an answer to a feedback request in a Gmail thread. Each is followed by a near twin
 *    (feedback=false, marked "twin of the one above") that keeps the letter but drops the point: generic praise,
 *    "strong competition", a description of the scoring process, a hiring-committee bullet list, a retention policy
 *    for interview notes, a portal-style "Status: Not Selected" list, or a reason that names no requirement.
 * 2. Offers of feedback in unusual words ("if a debrief would help, just say", "happy to share the panel's notes",
 *    "drop me a line and I'll pass on what they said", a calendar link, "do you want me to run through them on the
 *    phone?", "give me a bell", scoring sheets on request, "reply to this email and your recruiter will get back to
 *    you", the panel chair's phone number), each beside a twin that does not offer: a no-feedback policy, feedback
 *    only at the final stage or not at shortlisting, a recruiter whose client shared nothing, "cannot be answered due
 *    to volume", a no-reply mailbox, and two threads where the candidate's quoted request is refused in the newest
 *    message.
 * 3. Open doors in unusual words ("I'd love to see your name in the pile again", "popped your CV into my folder for
 *    the Manchester package", "you'll be the first person I call", "once you've passed your C+E, come back to us",
 *    "we'll hang on to your details and sing out", "consider this a not yet"), each beside a twin that is no door:
 *    good wishes, a GDPR or NHS retention notice alone, "follow us on LinkedIn", a twelve-month reapplication bar, a
 *    "Join our Talent Community" button in a footer, "the vacancy will not be re-advertised", "your application is
 *    now closed".
 * 4. Look-alikes with feedback that decline nobody (`other`): a panel summary sent with an offer, a mid-year
 *    performance review, a mock-interview coach's notes, an invitation to the final round saying what impressed the
 *    team, a tutor's marking comments, a careers adviser's CV comments, a conference proposal declined with reviewers'
 *    comments; and three paused processes (`on_hold`).
 *
 * Labelling choices (LABELS.md, in the spirit of the earlier dev rounds):
 * Feedback is true when the message tells something concrete about this candidate's own application: a named
 * requirement they lack, a named fault in a test or an interview answer, their own figure (budget, team size, pay,
 * years) set against the role, their stated preference quoted back, or a score against a pass mark. Specific praise
 * that names what the candidate did or said counts as feedback even with no criticism beside it; praise in general
 * words ("impressive background", "interviewed well", "one of the strongest applications", "positive attitude") never
 * does. A test or standard "not met" with no score or fault named, an overqualified or culture-fit or salary reason in
 * general words with none of the candidate's own details, and a process or policy description are not feedback. A
 * client's or headteacher's note forwarded by an agency, written in the third person, is labelled as if sent to the
 * candidate. An answer to a feedback request in a thread is labelled for the newest message alone.
 * Reasons: a named requirement (licence, certificate of competency, chartership, qualification, tool, funding record,
 * budget or team size, domain, interview topic such as safeguarding, escalation or prioritisation) is `skills_gap`,
 * also when it is told through a comparison with the chosen person; "appointed", "offered to another candidate, who
 * accepted", "we've hired someone" add `position_filled`; "other candidates met the criteria / the person
 * specification more closely", "a closer fit", "performed more strongly", "slightly stronger overall", "just edged it"
 * are `profile_mismatch`; "gone with someone else", "gone another way", "not selected", "not shortlisted" and "a
 * close decision" are `generic`. Faults in a test, take-home, case study or assessment-centre written exercise are
 * `assessment`; a role play or a coding question inside an interview or onsite is judged on the skill it shows
 * (`skills_gap`). Office days are `location`, the candidate's pay figure `salary`, years managing a ward far beyond a
 * Band 5 post `overqualified`, a team's pairing-heavy way of working against the candidate's stated preference
 * `culture_fit`, a post withdrawn after a funding shortfall `role_closed`.
 * Stage: a recruiter or phone call is `screen`; a test, take-home or case study with no interview is `assessment`;
 * an interview, a trial shift with a chat, a group interview, an observed lesson on an interview day and a
 * portfolio presentation are `interview`; an onsite, a final round or final interview, an assessment centre or
 * assessment day and a lectureship selection day are `final`; a CV decision is `application`.
 * Flags: feedbackOffered is an invitation to ask for or receive feedback (a call, notes, scoring sheets, a mailbox to
 * write to); telling feedback without inviting more is not an offer; refusals, policies and "the client shared
 * nothing" are not offers. doorOpen is an invitation to reapply, a promise of contact about a later role, or the
 * CV kept for matching openings; good wishes, retention notices, social-media links, footer talent-community buttons,
 * reapplication bars and "not re-advertised" are not doors.
 * Other and on hold: feedback after an offer, in a review, from a coach, tutor, adviser or programme committee, or in
 * an invitation to the next round declines nobody for a job and is `other`. A decision delayed by the decider's leave
 * is `on_hold` with `generic`; a board's freeze on senior appointments and a hire paused during a restructure are
 * `on_hold` with `role_closed`, staged at the step reached.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d114-');

export const HANDWRITTEN_DEV_114: readonly CorpusLine[] = [
  // ── 1. Specific feedback told in unusual ways, each followed by a near twin without the specific point
  // Feedback in the middle of a long polite paragraph (NHS ward sister)
  rej('interview', ['skills_gap'], fb,
    `Dear Ms Okonkwo,

Re: Ward Sister / Charge Nurse (Band 6), Elderly Care – Ref 284-MED-1192

Thank you for attending interview at Castlebridge General on Wednesday 14 May, and please pass on our thanks to your manager for releasing you for the morning; we know how stretched the wards are at the moment and we do not take that for granted. The panel – Sister Hughes, Mr Patel from the practice development team and I – enjoyed meeting you and talking about your years on Larch Ward, and we were all struck by how warmly you spoke about your patients and their families, which, in our view, is not something that can be taught. We did, however, feel that when we asked you to walk us through the deteriorating patient scenario you did not get as far as escalation: you described repeating the observations and informing the nurse in charge, but did not mention the NEWS2 trigger of 7, calling the outreach team or starting the sepsis screen, and as the Band 6 will often be the most senior nurse on the ward at night, this is an area the panel had to weigh heavily. I hope that is helpful to hear, even though I appreciate it is not the news you wanted, and that you will not be discouraged, as we have had several excellent Band 5 nurses move into these roles after a year of further experience.

I am sorry therefore to let you know that on this occasion you have not been successful.

With kind regards,

Gillian Marsh
Matron, Elderly Care Directorate
Castlebridge Hospitals NHS Foundation Trust`, 'Interview outcome – Ward Sister (Band 6), Elderly Care'),
  // twin of the one above: no specific point
  rej('interview', ['profile_mismatch'], {},
    `Dear Mr Fairbrother,

Re: Ward Sister / Charge Nurse (Band 6), Acute Medicine – Ref 284-MED-1207

Thank you for attending interview at Castlebridge General on Thursday 15 May, and please pass on our thanks to your manager for releasing you for the morning; we know how stretched the wards are at the moment. The panel enjoyed meeting you and hearing about your time on the Acute Medical Unit. Following the interviews, the panel met to compare notes, and each candidate's answers were scored against the essential and desirable criteria in the person specification, with the scores then moderated by the chair so that every candidate was assessed in the same way. Having completed that process, the panel found that other candidates met the criteria more closely on this occasion. I appreciate that this is not the news you were hoping for, and I would like to thank you for the time and care you put into your application and your preparation for the day.

I am sorry therefore to let you know that on this occasion you have not been successful.

With kind regards,

Gillian Marsh
Matron, Medicine Directorate
Castlebridge Hospitals NHS Foundation Trust`, 'Interview outcome – Ward Sister (Band 6), Acute Medicine'),

  // Agency forward, client's note in the third person (budget size)
  rej('interview', ['skills_gap'], fb,
    `Hi Priya,

Sorry it's taken a few days – I wanted to get a proper answer out of them rather than a one-liner. Here's what Mark (the CFO) sent me, word for word:

"Thanks for introducing Priya. She was very good on controls and the month-end timetable, and the team liked her. Where we landed is that she hasn't managed a budget of anything like this size – her biggest has been around £6m and this role carries the £45m group overhead budget with eleven cost-centre owners reporting into it. We don't have the bandwidth to grow someone into that this year, so we'll pass."

So it's a no for Harcourt Foods I'm afraid. For what it's worth, I think the £6m point is the only thing that stopped it.

Speak soon,
Ollie Brennan
Senior Consultant – Finance & Accounting
Lindgate Search`, 'Harcourt Foods – Financial Controller'),
  // twin of the one above: no specific point
  rej('interview', ['profile_mismatch'], {},
    `Hi Tom,

Sorry it's taken a few days – I wanted to get a proper answer out of them rather than a one-liner. Here's what Mark (the CFO) sent me, word for word:

"Thanks for introducing Tom. Good conversation and the team enjoyed meeting him. Having met the shortlist, we've decided to go with a candidate who's a closer fit for what we need at the moment, so we'll pass on this occasion."

So it's a no for Harcourt Foods I'm afraid. Not much more to go on than that, but I'll keep pushing the other two we talked about.

Speak soon,
Ollie Brennan
Senior Consultant – Finance & Accounting
Lindgate Search`, 'Harcourt Foods – Financial Controller'),

  // Headteacher's note forwarded by a teaching agency (safeguarding)
  rej('interview', ['skills_gap'], fb,
    `Morning Daniel,

I've had the outcome from St Aidan's. I'll paste Mrs Corrigan's email below so you have it straight from the school:

---
Hi Rachel,
Thank you for sending Mr Adeyemi to us for the Year 5 post. The children enjoyed his lesson on fractions and he built a lovely rapport with them. However, we won't be offering him the position. The panel felt his answers on safeguarding were thin: when we gave him the scenario of a child's disclosure at the end of the day, he said he would ask the child more questions to find out what had happened and wasn't sure who our DSL would be or how to record it. For a class teacher in our setting that has to be secure.
Kind regards,
Helen Corrigan, Headteacher
---

I know that's hard to read. If you'd like, I can send you a copy of Keeping Children Safe in Education Part 1 and we can go over the scenario questions before the next one – there are two more KS2 posts coming through this month.

Rachel
Primary Consultant | Brightpath Education`, 'St Aidan\'s – outcome'),
  // twin of the one above: no specific point
  rej('interview', ['profile_mismatch'], {},
    `Morning Joanne,

I've had the outcome from St Aidan's. I'll paste Mrs Corrigan's email below so you have it straight from the school:

---
Hi Rachel,
Thank you for sending Ms Pryce to us for the Year 5 post. The children enjoyed her lesson on fractions. We saw four candidates on the day and, after a long discussion, the panel felt that other candidates performed more strongly, so we won't be offering her the position.
Kind regards,
Helen Corrigan, Headteacher
---

Sorry it's not better news. Let's catch up this week.

Rachel
Primary Consultant | Brightpath Education`, 'St Aidan\'s – outcome'),

  // Third person: "they wanted someone who has run a union consultation"
  rej('interview', ['skills_gap'], fb,
    `Hi Marcus,

Feedback from Northway Rail on the Employee Relations Manager role, as promised. They liked you – Claire said you were the most natural communicator they saw – but they've gone with someone else. The honest version: they wanted someone who has run a collective consultation with the unions from start to finish, because they've got a depot closure coming in Q3 with RMT and ASLEF both at the table, and your ER work has all been individual casework (disciplinaries, grievances, the tribunal prep). That was the deciding factor.

Let me know when you're free for a call this week.

Cheers,
Sandeep
Talent Partner, Coriander HR Recruitment`),
  // twin of the one above: no specific point
  rej('interview', ['profile_mismatch'], {},
    `Hi Ruth,

Feedback from Northway Rail on the Employee Relations Manager role, as promised. They liked you – Claire said you were a natural communicator – but they've gone with someone else. The honest version: they felt another candidate's profile was better suited to where the function is right now, and it was close.

Let me know when you're free for a call this week.

Cheers,
Sandeep
Talent Partner, Coriander HR Recruitment`),

  // Bullet list of points after an onsite (software)
  rej('final', ['skills_gap'], fb,
    `Hi Wen,

Thanks again for spending the whole day with us on Friday. I know onsites are exhausting. I'm sorry to say we won't be extending an offer for the Senior Backend Engineer role.

You asked us to be direct if it came to this, so here is what the interviewers wrote up, lightly edited:

- System design: your design for the notification service was clear, but it had no story for retries or idempotency, so a duplicate webhook would have sent the same push twice. When Lukas asked about it you suggested a lock on the whole table.
- Coding: you got to a working solution for the interval-merge problem in good time, but didn't write any tests, even after being asked how you would check it.
- Behavioural: strong. Everyone liked your story about the on-call rota at your last company.

At senior level the design round carries the most weight, and that's where it fell short.

Best,
Ana Ferreira
Engineering Recruiter, Tallyhouse`, 'Tallyhouse – Senior Backend Engineer'),
  // twin of the one above: no specific point
  rej('final', ['generic'], {},
    `Hi Gabriel,

Thanks again for spending the whole day with us on Friday. I know onsites are exhausting. I'm sorry to say we won't be extending an offer for the Senior Backend Engineer role.

So you know how the decision was made:

- Each of your four interviews was written up independently by the interviewer before anyone discussed it.
- The write-ups went to a hiring committee that doesn't include any of your interviewers.
- The committee's decision is final, and we don't share individual interview notes.

Thanks for your interest in Tallyhouse.

Best,
Ana Ferreira
Engineering Recruiter, Tallyhouse`, 'Tallyhouse – Senior Backend Engineer'),

  // Comparison with the successful candidate (ERP rollout)
  rej('interview', ['skills_gap', 'position_filled'], fb,
    `Dear Hannah,

Thank you for interviewing for the Finance Systems Manager position at Oakmere Housing Group last week.

I am writing to let you know that we have offered the position to another candidate, who has accepted. It was a close decision. The main difference was that the successful candidate had led an ERP rollout end to end (she took her last organisation from Sage 200 to Dynamics 365), which you haven't done yet, and with our own migration starting in January that experience tipped it.

Kind regards,
Neil Barraclough
Head of Finance, Oakmere Housing Group`),
  // twin of the one above: no specific point
  rej('interview', ['profile_mismatch', 'position_filled'], {},
    `Dear Simon,

Thank you for interviewing for the Finance Systems Manager position at Oakmere Housing Group last week.

I am writing to let you know that we have offered the position to another candidate, who has accepted. It was a close decision. The main difference was that the successful candidate's experience was a closer match to what we need over the next couple of years.

Kind regards,
Neil Barraclough
Head of Finance, Oakmere Housing Group`),

  // "One area to develop" (Australian hospitality)
  rej('interview', ['skills_gap'], fb,
    `Hey Lachlan,

Thanks for coming down to the Wharf on Tuesday arvo and having a chat with me and Bec about the venue manager gig. We really enjoyed it.

We've decided to go with someone else, but I said I'd give you something useful, so here it is: if there's one area to develop, it's rostering to a wage budget. You told us you've never had sign-off on labour costs and that your GM always did the rosters. At the Wharf that's half the job – I need the venue manager keeping wages under 32% of sales on a big Saturday without me looking over their shoulder.

Get a season of that under your belt and you'll be a ripper venue manager.

Cheers,
Jacinta Morrow
Operations Manager, Saltbush Hospitality Group`),
  // twin of the one above: no specific point
  rej('interview', ['generic'], {},
    `Hey Kieran,

Thanks for coming down to the Wharf on Tuesday arvo and having a chat with me and Bec about the venue manager gig. We really enjoyed it.

We've decided to go with someone else this time round. You've clearly got a lot going for you and I reckon the right venue is out there for you – keep at it.

Cheers,
Jacinta Morrow
Operations Manager, Saltbush Hospitality Group`),

  // "The team noted your ..." (design portfolio)
  rej('interview', ['skills_gap'], fb,
    `Hi Freya,

Thank you for presenting your portfolio to the design team on Monday. We're not going to progress your application for the Product Designer role.

The team noted your case studies went straight from the brief to polished final screens, with very little of the research or the reasoning in between – when Imran asked how you'd tested the onboarding flow, you said it hadn't been tested with users. For this role we need someone who can show how they got to a decision, not just the decision.

Thanks again, and good luck.

Mireille
Design Lead, Fernhill`),
  // twin of the one above: no specific point
  rej('interview', ['generic'], {},
    `Hi Callum,

Thank you for presenting your portfolio to the design team on Monday. We're not going to progress your application for the Product Designer role.

The team noted your enthusiasm and really enjoyed meeting you. We've decided to progress with other candidates on this occasion.

Thanks again, and good luck.

Mireille
Design Lead, Fernhill`),

  // Test result with the faults named (SQL)
  rej('assessment', ['assessment'], fb,
    `Hi Jonas,

Thanks for completing the analytics exercise for the Data Analyst role at Kettleby. We've reviewed your submission and we won't be moving you on to interviews.

The reviewers' main comments:
Your SQL for question 2 didn't handle nulls in the discount column, so the revenue totals came out lower than they should have for about 8% of orders. Question 3 used a correlated subquery that timed out on the full table, and the written summary didn't say what the cohort chart showed.

Thanks for the time you put in.

Kettleby Data Team`, 'Your Kettleby analytics exercise'),
  // twin of the one above: no specific point
  rej('assessment', ['assessment'], {},
    `Hi Maeve,

Thanks for completing the analytics exercise for the Data Analyst role at Kettleby. We've reviewed your submission and we won't be moving you on to interviews.

Unfortunately your result on the exercise did not meet the threshold for progression to the next stage.

Thanks for the time you put in.

Kettleby Data Team`, 'Your Kettleby analytics exercise'),

  // Specific praise plus what fell short (retail)
  rej('interview', ['skills_gap'], fb,
    `Hi Donna,

Thanks for meeting with me and Graham on Thursday about the Store Manager role at our Harrogate branch.

I wanted to say first that your walk-through of how you brought shrinkage at the Wetherby store down from 2.1% to 0.9% was the best answer we heard all week – the new count routine and the way you got the Saturday team to own it. Where it fell short was on the size of team: Harrogate has 46 staff across three shifts, and your largest team so far has been 12. We asked about managing managers and you didn't have an example yet.

So we won't be offering you the role this time.

Best wishes,
Karen Oduya
Area Manager, North Yorkshire – Pennyworth Home Stores`),
  // twin of the one above: no specific point
  rej('interview', ['profile_mismatch'], {},
    `Hi Phil,

Thanks for meeting with me and Graham on Thursday about the Store Manager role at our Harrogate branch.

You came across really well and you clearly know retail inside out. In the end we went with someone whose experience was a closer fit for the store.

So we won't be offering you the role this time.

Best wishes,
Karen Oduya
Area Manager, North Yorkshire – Pennyworth Home Stores`),

  // Specific praise alone, naming what the candidate did
  rej('interview', ['position_filled'], fb,
    `Dear Tendai,

Thank you for attending interview for the Lead Nurse post at the Riverside Urgent Treatment Centre.

I wanted to write personally. The panel singled out your redesign of the triage rota at Millbrook UTC – moving the streaming nurse to the front door from 4pm and cutting the time to triage from 38 to 14 minutes – as exactly the kind of thinking we want in the service. On this occasion, however, the post has been offered to and accepted by another candidate.

With warm regards,
Dr Alison Reeve
Clinical Director, Urgent Care`),
  // twin of the one above: no specific point
  rej('interview', ['position_filled'], {},
    `Dear Ciaran,

Thank you for attending interview for the Lead Nurse post at the Riverside Urgent Treatment Centre.

I wanted to write personally. The panel singled out your application as one of the strongest we received, and you should be proud of it. On this occasion, however, the post has been offered to and accepted by another candidate.

With warm regards,
Dr Alison Reeve
Clinical Director, Urgent Care`),

  // Recruiter's phone one-liner with one specific point (logistics)
  rej('interview', ['skills_gap'], fb,
    `Kas - Brightwell came back after Tues interview, it's a no. Main thing was they need counterbalance on your licence not just reach. Sorry mate, will find you another

Sent from my iPhone`),
  // twin of the one above: no specific point
  rej('interview', ['generic'], {},
    `Kas - Brightwell came back after Tues interview, it's a no. They're not taking it further. Sorry mate, onto the next

Sent from my iPhone`),

  // Indian English, technical panel feedback
  rej('interview', ['skills_gap'], fb,
    `Dear Sowmya,

Greetings from Vistara Infotech!

This is with reference to your technical interview held on 22nd April for the position of Senior QA Automation Engineer (Req ID VT-4471).

As per the feedback received from the technical panel, your knowledge of Selenium WebDriver and TestNG is good, however you were not able to answer the questions on API automation using RestAssured and on integrating the suite with Jenkins pipelines, both of which are mandatory for this requirement. Hence we will not be able to proceed further with your candidature at this point of time.

Thanks & Regards,
Deepak Nair
Talent Acquisition | Vistara Infotech Pvt. Ltd.
Bengaluru`, 'Interview Status – Senior QA Automation Engineer'),
  // twin of the one above: no specific point
  rej('interview', ['profile_mismatch'], {},
    `Dear Arvind,

Greetings from Vistara Infotech!

This is with reference to your technical interview held on 22nd April for the position of Senior QA Automation Engineer (Req ID VT-4471).

As per the feedback received from the technical panel, your profile is not matching with the current requirement. Hence we will not be able to proceed further with your candidature at this point of time.

Thanks & Regards,
Deepak Nair
Talent Acquisition | Vistara Infotech Pvt. Ltd.
Bengaluru`, 'Interview Status – Senior QA Automation Engineer'),

  // Law firm assessment centre, fault in the written exercise named
  rej('final', ['assessment'], fb,
    `Dear Ms Achterberg,

2027 Training Contract – Assessment Day

Thank you for attending our assessment day on 6 March. I am writing to let you know that, following careful consideration by the graduate recruitment partners, we are unable to offer you a training contract.

The partners asked me to pass on the following. In the written exercise you correctly identified that the client's claim against the landlord was close to the limitation period, but you did not advise on the break clause in clause 14.2, which was the central point of the exercise and would have resolved the client's problem. In the group exercise you contributed well, although you did not return to your proposal once it had been set aside.

We were grateful for your interest in Halloran Pryce LLP.

Yours sincerely,

Graduate Recruitment Team
Halloran Pryce LLP`, 'Halloran Pryce – Assessment Day outcome'),
  // twin of the one above: no specific point
  rej('final', ['assessment'], {},
    `Dear Mr Quaye,

2027 Training Contract – Assessment Day

Thank you for attending our assessment day on 6 March. I am writing to let you know that, following careful consideration by the graduate recruitment partners, we are unable to offer you a training contract.

Your performance across the written exercise, the group exercise and the partner interview was assessed against our competency framework and, on this occasion, did not meet the standard required for an offer.

We were grateful for your interest in Halloran Pryce LLP.

Yours sincerely,

Graduate Recruitment Team
Halloran Pryce LLP`, 'Halloran Pryce – Assessment Day outcome'),

  // Charity fundraising, a named requirement
  rej('interview', ['skills_gap'], fb,
    `Dear Aoife,

Thank you for coming to interview for the Head of Trusts & Foundations at the Marigold Trust. It was lovely to meet you.

I'm afraid we won't be offering you the role. The panel were looking for a track record of securing six-figure multi-year grants from trusts such as Lottery or Esmée Fairbairn, and your experience – strong as it is – is largely in community and events fundraising, where the largest single gift you've secured was £18,000.

Thank you for all the work you put into your application.

Warm wishes,
Beatrice Hallam
Director of Income, The Marigold Trust`),
  // twin of the one above: no specific point
  rej('interview', ['profile_mismatch'], {},
    `Dear Niamh,

Thank you for coming to interview for the Head of Trusts & Foundations at the Marigold Trust. It was lovely to meet you.

I'm afraid we won't be offering you the role. The panel were looking for a particular combination of experience which, on this occasion, other candidates demonstrated more fully.

Thank you for all the work you put into your application.

Warm wishes,
Beatrice Hallam
Director of Income, The Marigold Trust`),

  // Engineering: chartered status named at CV screen
  rej('application', ['skills_gap'], fb,
    `Dear Mr Lindqvist,

Thank you for applying for the Principal Bridge Engineer role with Ashcombe Consulting Engineers.

We have reviewed your CV and unfortunately we are unable to progress your application. Principal engineers at Ashcombe sign off designs as checker, and for that the role requires Chartered status (CEng with ICE or IStructE) or a professional review already booked within the next six months. Your CV shows you are at the beginning of your Initial Professional Development, so we cannot consider you for this grade.

Yours sincerely,
Resourcing Team
Ashcombe Consulting Engineers`),
  // twin of the one above: no specific point
  rej('application', ['profile_mismatch'], {},
    `Dear Ms Halvorsen,

Thank you for applying for the Principal Bridge Engineer role with Ashcombe Consulting Engineers.

We have reviewed your CV and unfortunately we are unable to progress your application. The role requires a high level of experience and, having compared your CV with the requirements, we have concluded that it is not the right match for this grade.

Yours sincerely,
Resourcing Team
Ashcombe Consulting Engineers`),

  // Comparison with the appointed candidate (audit)
  rej('interview', ['skills_gap', 'position_filled'], fb,
    `Hi Rosie,

Thanks for your patience while we finished the second interviews for the Audit Senior role.

We've now appointed. The candidate we went with is already ACA-qualified and has spent two busy seasons on listed-company audits, which is most of our client list in this team. You're two exams from qualifying and your audits so far have been owner-managed businesses, so on balance we went with the more experienced option.

Good luck with the final papers in July.

Best,
Martin Ochieng
Audit Manager, Whitlow Greaves LLP`),
  // twin of the one above: no specific point
  rej('interview', ['profile_mismatch', 'position_filled'], {},
    `Hi Josh,

Thanks for your patience while we finished the second interviews for the Audit Senior role.

We've now appointed. The candidate we went with had more relevant experience for this team, so on balance we went with them.

Thanks again for your time and all the best.

Best,
Martin Ochieng
Audit Manager, Whitlow Greaves LLP`),

  // Council HR, long formal letter with feedback in the middle
  rej('interview', ['skills_gap'], fb,
    `Dear Mr Ahmadi,

Post: Planning Officer (Development Management), Grade 8 – Post No. PL0417

Thank you for attending the interview on 3 June. On behalf of the Head of Planning and the interview panel, I am writing to inform you of the outcome.

As you will know, the selection process consisted of a written exercise completed on the day followed by a panel interview, and all candidates were asked the same questions. The panel have now considered all candidates and I regret to inform you that you have not been successful on this occasion.

The panel asked me to give you some specific points which you may find helpful for future applications. In the written exercise on the two-storey rear extension, your report reached a reasonable recommendation but did not refer to Policy DM12 of the Local Plan or to the Council's Residential Design Guide SPD, which would be expected at this grade. At interview, when asked how you would deal with an objector who asked to attend the site visit, you were not able to describe the Council's procedure or explain why officers do not discuss the merits of an application with third parties on site. Your answer on customer care was, by contrast, one of the strongest the panel heard.

I would like to thank you for the interest you have shown in working for Westmoor District Council and wish you every success in the future.

Yours sincerely,

J. Kettering
HR Advisor – Recruitment
Westmoor District Council`, 'Planning Officer – interview outcome'),
  // twin of the one above: no specific point
  rej('interview', ['profile_mismatch'], {},
    `Dear Ms Olumide,

Post: Planning Officer (Development Management), Grade 8 – Post No. PL0417

Thank you for attending the interview on 3 June. On behalf of the Head of Planning and the interview panel, I am writing to inform you of the outcome.

As you will know, the selection process consisted of a written exercise completed on the day followed by a panel interview, and all candidates were asked the same questions. Each answer was scored against the essential and desirable criteria of the person specification, and the written exercise was marked by two officers independently. The panel have now considered all candidates and I regret to inform you that your overall score did not place you among the highest-scoring candidates, and you have therefore not been successful on this occasion.

I would like to thank you for the interest you have shown in working for Westmoor District Council and wish you every success in the future.

Yours sincerely,

J. Kettering
HR Advisor – Recruitment
Westmoor District Council`, 'Planning Officer – interview outcome'),

  // Sales role play, specific points
  rej('interview', ['skills_gap'], fb,
    `Hey Tyler,

Appreciate you jumping on the call Thursday and doing the role play with Dana – I know cold-calling a colleague pretending to be a CFO is weird.

We're going to pass on the SDR role. Dana's notes, since you asked: you went into the product features in the first 30 seconds before asking a single discovery question, and when she gave the "we already use Ramp" objection you ended the call instead of digging into what they don't like about it. Those two are the core of the job for us.

You've got good energy on the phone. Work on those and you'll land something.

– Marco, Sales Manager @ Ledgerlight`),
  // twin of the one above: no specific point
  rej('interview', ['generic'], {},
    `Hey Brianna,

Appreciate you jumping on the call Thursday and doing the role play with Dana – I know cold-calling a colleague pretending to be a CFO is weird.

We're going to pass on the SDR role. We had a lot of good people in the process and decided to move forward with other candidates.

Best of luck out there.

– Marco, Sales Manager @ Ledgerlight`),

  // Australian mining, certificate of competency named after a phone chat
  rej('screen', ['skills_gap'], fb,
    `G'day Rhys,

Thanks for the phone chat yesterday about the Underground Manager role at Kalgara.

Unfortunately we can't take it further. Under the WA regs the role has to be filled by someone holding a First Class Mine Manager's Certificate of Competency, and from what you told me you've got the Second Class and haven't sat the First yet. Nothing we can do about that one, sorry.

Cheers,
Shauna Pike
Talent Acquisition, Kalgara Gold`),
  // twin of the one above: no specific point
  rej('screen', ['generic'], {},
    `G'day Tane,

Thanks for the phone chat yesterday about the Underground Manager role at Kalgara.

Unfortunately the hiring team has decided not to progress your application. Good luck with it all.

Cheers,
Shauna Pike
Talent Acquisition, Kalgara Gold`),

  // Teaching: observed lesson with a specific fault
  rej('interview', ['skills_gap'], fb,
    `Dear Mr Whitcombe,

Thank you for coming to Hollins Park Academy on Tuesday for the English teacher interview day.

I'm sorry to tell you that we will not be offering you the post. The panel asked me to pass on some feedback from your lesson. Your Year 9 lesson on An Inspector Calls was well paced and your questioning at the start was lively, but you moved the class on to the independent paragraph without checking who had understood the model, and a group at the back spent ten minutes unable to start. In interview, your answer about how you'd support the two EAL students in that group was also quite general.

With best wishes,
Sara Blount
Head of English, Hollins Park Academy`),
  // twin of the one above: no specific point
  rej('interview', ['generic'], {},
    `Dear Ms Rahman,

Thank you for coming to Hollins Park Academy on Tuesday for the English teacher interview day.

I'm sorry to tell you that we will not be offering you the post. The panel noted the high standard of all the lessons observed on the day, and it was a difficult decision.

With best wishes,
Sara Blount
Head of English, Hollins Park Academy`),

  // Chef: trial shift and chat, specific
  rej('interview', ['skills_gap'], fb,
    `Hi Mateo,

Thanks for doing the trial shift Saturday and the chat beforehand. Decided not to offer you the CDP job.

Your knife work and mise en place were spot on. The problem was the pass – when it got to 9pm and we had 40 covers on, you fell behind on the fish section and two plates of bream went out without the beurre blanc. I need the CDP holding that section on his own on a Saturday.

Come eat with us sometime.

Chef Ravi
The Anchor, Falmouth`),
  // twin of the one above: no specific point
  rej('interview', ['generic'], {},
    `Hi Owen,

Thanks for doing the trial shift Saturday and the chat beforehand. Decided not to offer you the CDP job – we've gone with someone else this time.

Come eat with us sometime.

Chef Ravi
The Anchor, Falmouth`),

  // Finance case study in the final round, faults named
  rej('final', ['assessment'], fb,
    `Dear Mr Castellanos,

Thank you for taking part in the final round for the Investment Analyst position at Greyfriars Capital and for the work you put into the case study.

I regret to let you know that we will not be making you an offer. The panel's main concern was the case study model: your DCF for the packaging business used a terminal growth rate of 6%, well above long-run nominal GDP, which accounted for over 70% of your valuation, and you did not run any sensitivity on the WACC. When asked about the terminal value in the presentation, you did not reconsider the assumption.

Yours sincerely,
Eleanor Voss
Head of Talent, Greyfriars Capital`),
  // twin of the one above: no specific point
  rej('final', ['generic'], {},
    `Dear Ms Lindholm,

Thank you for taking part in the final round for the Investment Analyst position at Greyfriars Capital and for the work you put into the case study.

I regret to let you know that we will not be making you an offer. Your case study was reviewed alongside those of the other finalists and, on balance, the panel has decided not to proceed with your application.

Yours sincerely,
Eleanor Voss
Head of Talent, Greyfriars Capital`),

  // Specific praise alone (design studio), offer made to someone else
  rej('interview', ['position_filled'], fb,
    `Hi Esme,

I'm gutted to write this one. We've hired someone for the Brand Designer role – she started talks with us before you did and accepted yesterday.

I want you to know that the bit where you talked us through killing your own logo concept for the brewery after the shelf test, and showing us the three rounds that came after, was the highlight of the week for the whole studio. Nobody else showed us their bin.

x Fern
Creative Director, Peel & Pith Studio`),
  // twin of the one above: no specific point
  rej('interview', ['position_filled'], {},
    `Hi Ryan,

I'm gutted to write this one. We've hired someone for the Brand Designer role – she accepted yesterday.

I want you to know the whole studio loved meeting you. Great energy and a really strong portfolio.

Fern
Creative Director, Peel & Pith Studio`),

  // Agency, third person, routing software named (logistics)
  rej('interview', ['skills_gap'], fb,
    `Hi Shanice,

Heard back from Corvel Distribution about the Transport Planner job. It's not good news. They said you came across well and knew the area, but they wanted someone who's used Paragon or Descartes routing day to day, and from the interview they got the sense you've mostly planned the runs in Excel. They've got 60 vehicles out of Daventry every night, so they want someone who can hit the ground running on the system.

I'll keep looking.

Gareth Pryor
Logistics Division | Keystone Staffing`),
  // twin of the one above: no specific point
  rej('interview', ['profile_mismatch'], {},
    `Hi Dominic,

Heard back from Corvel Distribution about the Transport Planner job. It's not good news. They said you came across well, but they felt another candidate was slightly stronger overall.

I'll keep looking.

Gareth Pryor
Logistics Division | Keystone Staffing`),

  // "The one area the panel kept coming back to" (product management)
  rej('interview', ['skills_gap'], fb,
    `Hi Adaeze,

Thanks for the conversations with the team over the past two weeks. We've decided not to move forward with your application for Product Manager, Payments.

The one area the panel kept coming back to was prioritisation. When Sofie gave you the choice between the chargeback dashboard and the Apple Pay integration with one engineer free, you said you'd find a way to do both, and when pushed you didn't name the data you'd use to choose. That's the judgment call this role makes every week.

Thanks for your time,
Luca
Group Product Manager, Pennant`),
  // twin of the one above: no specific point
  rej('interview', ['generic'], {},
    `Hi Tomasz,

Thanks for the conversations with the team over the past two weeks. We've decided not to move forward with your application for Product Manager, Payments.

The panel kept coming back to how close a decision it was. Thanks for your patience with our process.

Thanks for your time,
Luca
Group Product Manager, Pennant`),

  // Recruiter's phone one-liner with one point, CV stage
  rej('application', ['skills_gap'], fb,
    `Quick one – client said no on your CV. They need D365 Finance & Operations, not NAV/Business Central. Will send you the next one that fits. Sent from Outlook for Android`),
  // twin of the one above: no specific point
  rej('application', ['generic'], {},
    `Quick one – client said no on your CV. Onto the next! Sent from Outlook for Android`),

  // Indian hospital, experience requirement
  rej('interview', ['skills_gap'], fb,
    `Dear Ms. Jincy Thomas,

With reference to your interview held on 9th July 2024 for the post of Staff Nurse – Cardiac Care Unit, we thank you for your interest in Sahyadri Heart Institute.

The interview committee found your clinical knowledge satisfactory; however, you do not have the minimum 2 years of post-registration ICU/CCU experience required for this post, as your critical care exposure has been limited to the 6 months of your internship rotation. Hence we regret that we are unable to offer you the position at present.

Regards,
HR Department
Sahyadri Heart Institute, Pune`),
  // twin of the one above: no specific point
  rej('interview', ['generic'], {},
    `Dear Mr. Sebin Varghese,

With reference to your interview held on 9th July 2024 for the post of Staff Nurse – Cardiac Care Unit, we thank you for your interest in Sahyadri Heart Institute.

We regret to inform you that your candidature has not been shortlisted for the final selection.

Regards,
HR Department
Sahyadri Heart Institute, Pune`),

  // US university, praise plus a named requirement in a long paragraph
  rej('interview', ['skills_gap'], fb,
    `Dear Dr. Mbeki,

On behalf of the search committee for the Research Administrator II position in the Department of Microbiology, thank you for taking the time to meet with us over Zoom and then in person last Tuesday. We appreciated the thought you put into your answers, and several committee members remarked on how clearly you explained the post-award reconciliation process you set up at your current institute. After a great deal of discussion, the committee felt that the position, which will be responsible for the department's NIH portfolio from day one, needs someone who has already prepared and submitted federal proposals through Grants.gov and eRA Commons, and since your pre-award experience has been with foundation and EU funding, we have decided to move forward with another candidate. We know this is disappointing and we are grateful for your interest in the University.

Sincerely,
Karen L. Whitfield
Department Administrator, Department of Microbiology`),
  // twin of the one above: no specific point
  rej('interview', ['profile_mismatch'], {},
    `Dear Mr. Delgado,

On behalf of the search committee for the Research Administrator II position in the Department of Microbiology, thank you for taking the time to meet with us over Zoom and then in person last Tuesday. We appreciated the thought you put into your answers. While your background is impressive, after a great deal of discussion the committee has decided to move forward with candidates whose qualifications more closely match the needs of the department at this time. We know this is disappointing and we are grateful for your interest in the University.

Sincerely,
Karen L. Whitfield
Department Administrator, Department of Microbiology`),

  // Online test score against a pass mark (civil service style)
  rej('assessment', ['assessment'], fb,
    `Dear Candidate,

Campaign reference: 378214 – Executive Officer, Operational Delivery

Thank you for completing the online tests for this campaign. Unfortunately you have not met the pass mark required to progress to the next stage.

Your results were:
Civil Service Judgement Test: 41% (pass mark 48%)
Civil Service Numerical Test: 62% (pass mark 45%)

As the Judgement Test result was below the pass mark, your application will not progress further.

Government Recruitment Service`, 'Update on your application – 378214'),
  // twin of the one above: no specific point
  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Campaign reference: 378214 – Executive Officer, Operational Delivery

Thank you for completing the online tests for this campaign. Unfortunately you have not met the pass mark required to progress to the next stage, and your application will not progress further.

Government Recruitment Service`, 'Update on your application – 378214'),

  // Answer to a feedback request in a thread, with specific points
  rej('interview', ['skills_gap', 'position_filled'], fb,
    `Hi Ewan,

Of course – happy to. The panel's main point was technical: the role leads our lease accounting, and when we asked you to walk through the IFRS 16 transition for the vehicle fleet you weren't sure how to treat the lease modifications or the short-term exemption. Everything else – the consolidation question, your answers about the audit – was solid. That was the difference between you and the person we appointed.

Best,
Lorna

On Mon, 12 Feb 2024 at 09:14, Ewan Strachan wrote:
> Hi Lorna,
>
> Thanks for letting me know about the Group Reporting Accountant role, disappointing but I appreciate you telling me quickly. Would you be able to share any feedback from the interview last Thursday? It would really help me for the next one.
>
> Many thanks,
> Ewan
>
>> On Fri, 9 Feb 2024 at 16:40, Lorna Baird wrote:
>> Dear Ewan, thank you for interviewing with us on Thursday. I'm sorry to say we won't be taking your application further. Kind regards, Lorna`, 'Re: Group Reporting Accountant'),
  // twin of the one above: no specific point
  rej('interview', ['profile_mismatch'], {},
    `Hi Fiona,

Of course – happy to. Honestly, the panel felt you interviewed well and there wasn't one thing that let you down. Other candidates just edged it on the day.

Best,
Lorna

On Mon, 12 Feb 2024 at 09:22, Fiona Gallacher wrote:
> Hi Lorna,
>
> Thanks for letting me know about the Group Reporting Accountant role. Would you be able to share any feedback from the interview last Thursday? It would really help me for the next one.
>
> Many thanks,
> Fiona
>
>> On Fri, 9 Feb 2024 at 16:41, Lorna Baird wrote:
>> Dear Fiona, thank you for interviewing with us on Thursday. I'm sorry to say we won't be taking your application further. Kind regards, Lorna`, 'Re: Group Reporting Accountant'),

  // Overqualified with the candidate's own numbers
  rej('interview', ['overqualified'], fb,
    `Dear Grace,

Thank you for meeting with us about the Staff Nurse post on the Day Surgery Unit.

We have decided not to offer you the post. You have managed a 28-bed surgical ward as Sister for the last nine years, and the panel were honestly worried that a Band 5 post with no management responsibility would leave you frustrated within months. You told us yourself you'd want to be leading the unit's audit work, which sits with the Band 7 here.

With best wishes,
Moira Kent
Unit Manager, Day Surgery`),
  // twin of the one above: no specific point
  rej('interview', ['overqualified'], {},
    `Dear Patricia,

Thank you for meeting with us about the Staff Nurse post on the Day Surgery Unit.

We have decided not to offer you the post. The panel felt that the role would not offer you enough challenge given your level of experience.

With best wishes,
Moira Kent
Unit Manager, Day Surgery`),

  // Salary figure against the band after a recruiter call
  rej('screen', ['salary'], fb,
    `Hi Femi,

Thanks for the call this morning. I've spoken to the hiring manager and I'm afraid we can't move forward: the £72k base you mentioned is well above the £55–60k band for the Senior Buyer role, and there's no flex on it this year.

All the best,
Harriet
People Team, Moss & Lantern`),

  // Location: office days named
  rej('interview', ['location'], fb,
    `Hi Siobhan,

Thanks for the second interview with Paul on Friday. We're not going to be able to offer you the Customer Success Lead role. The team works from our Bristol office Tuesday to Thursday, and you said in the interview that one day a week was the most you could manage from Exeter. We did talk about whether we could make an exception, but with the new starters being onboarded in person, we couldn't.

Best,
Amira, Talent at Coppergate`),

  // Culture fit with the candidate's own words quoted
  rej('interview', ['culture_fit'], fb,
    `Hi Jakob,

Thank you for the interviews with the platform team last week. We've decided not to move forward.

I want to be honest about why, because it's not about ability. You mentioned a couple of times that you do your best work alone, with one check-in a week and as few meetings as possible. This squad pairs for most of the day and does a stand-up and a demo every day, and the team felt it would clash with how you like to work.

Kind regards,
Nadia, Engineering Manager`),
  // twin of the one above: no specific point
  rej('interview', ['culture_fit'], {},
    `Hi Colm,

Thank you for the interviews with the platform team last week. We've decided not to move forward.

I want to be honest about why, because it's not about ability: the team felt the fit with how they work day to day wasn't quite there.

Kind regards,
Nadia, Engineering Manager`),

  // Australian agency, third person (carpentry)
  rej('interview', ['skills_gap'], fb,
    `Hey Jess,

Client came back on the Leading Hand job at Bayline Constructions. Here's what Brett said:

"Thanks mate. Jess was great on the tools and the chat went well, but she's not done any commercial fit-outs, it's all been residential, and this job's three floors of office fit-out with a lot of ceilings and partitions. We'll pass this time."

Sorry, I know you were keen. I'll find you something residential that pays as well.

Cheers,
Dylan | Ironbark Trades Recruitment`),
  // twin of the one above: no specific point
  rej('interview', ['generic'], {},
    `Hey Nate,

Client came back on the Leading Hand job at Bayline Constructions. Here's what Brett said:

"Thanks mate. Good chat, but we've decided to go in another direction. We'll pass this time."

Sorry, I know you were keen. Chin up, plenty more out there.

Cheers,
Dylan | Ironbark Trades Recruitment`),

  // Indian English, feedback as a bullet list
  rej('interview', ['skills_gap'], fb,
    `Hi Rahul,

Thank you for attending the L2 technical interview for the Java Backend Developer position.

Please find the feedback from the panel below:
• Good understanding of Core Java and collections
• Needs improvement in Spring Boot microservices design – could not explain service-to-service authentication
• Not able to explain Kafka consumer groups and offset management
• Communication: Good

Based on the above, we will not be proceeding with your profile for this position.

Regards,
Pooja S
HR – Talent Acquisition, Quantiva Systems`),
  // twin of the one above: no specific point
  rej('interview', ['generic'], {},
    `Hi Nikhil,

Thank you for attending the L2 technical interview for the Java Backend Developer position.

Please find the status from the panel below:
• Round: L2 Technical
• Status: Not Selected
• Requisition: Closed for your profile

Based on the above, we will not be proceeding with your profile for this position.

Regards,
Pooja S
HR – Talent Acquisition, Quantiva Systems`),

  // US hiring manager, specific praise alone, offer accepted by another
  rej('interview', ['position_filled'], fb,
    `Hi Marisol,

I wanted to reach out personally before HR sends the formal note. We extended an offer for the Warehouse Operations Supervisor role to another candidate, and she accepted this morning.

I also wanted you to hear this from me: your answer about how you rebuilt the returns process at Carter's – adding the photo-at-dock step so damaged items were caught before they went back on the shelf – stuck with all three of us. Dave has already asked whether we can do the same here.

Take care,
Jim Kowalczyk
Site Manager, Brightline Fulfillment – Columbus, OH`),
  // twin of the one above: no specific point
  rej('interview', ['position_filled'], {},
    `Hi Andre,

I wanted to reach out personally before HR sends the formal note. We extended an offer for the Warehouse Operations Supervisor role to another candidate, and she accepted this morning.

I also wanted you to hear this from me: you were a terrific candidate and it was a difficult decision for all three of us.

Take care,
Jim Kowalczyk
Site Manager, Brightline Fulfillment – Columbus, OH`),

  // Take-home with the faults named
  rej('assessment', ['assessment'], fb,
    `Hi Ines,

Thanks for the time you put into the take-home. Two of our frontend engineers reviewed it and we've decided not to move forward to the interview stage.

What they flagged: the app worked and looked good, but the filter state lived in three different places (URL, context and local component state) and got out of sync when you pressed back; there were no tests at all; and the search list re-rendered every row on each keystroke, which made it crawl with the 5,000-item fixture we provided.

Thanks again,
Oskar, Recruiting at Loomwise`),
  // twin of the one above: no specific point
  rej('assessment', ['assessment'], {},
    `Hi Dev,

Thanks for the time you put into the take-home. Two of our frontend engineers reviewed it and we've decided not to move forward to the interview stage.

The reviewers didn't feel the submission met the bar for this level.

Thanks again,
Oskar, Recruiting at Loomwise`),

  // University lectureship, essential criterion named after the final day
  rej('final', ['skills_gap'], fb,
    `Dear Dr Ferreira-Lowe,

Lecturer in Environmental Geography (Ref. EG-2291)

Thank you for attending the selection day on 21 November, for your research presentation and for your teaching session with the second-year group. I am sorry to inform you that the appointment panel has decided not to offer you the post.

The Chair has asked me to pass on the main reason for the panel's decision. The person specification listed a record of securing external research funding as principal investigator as an essential criterion. Your funding to date has been as co-investigator on two NERC grants, and the panel did not feel able to appoint at this level without evidence of PI funding.

Yours sincerely,

Faculty HR Officer
Faculty of Environment, University of Wexcombe`),
  // twin of the one above: no specific point
  rej('final', ['generic'], {},
    `Dear Dr Abernethy,

Lecturer in Environmental Geography (Ref. EG-2291)

Thank you for attending the selection day on 21 November, for your research presentation and for your teaching session with the second-year group. I am sorry to inform you that the appointment panel has decided not to offer you the post.

The panel met at the end of the day to compare notes on each candidate and reached its decision after careful deliberation.

Yours sincerely,

Faculty HR Officer
Faculty of Environment, University of Wexcombe`),

  // Retail group interview, a named requirement
  rej('interview', ['skills_gap'], fb,
    `Hi Chloe,

Thanks for coming along to our group interview on Sunday for the Christmas team at Finch & Bramble, Cheltenham.

We won't be offering you a role this time. We're taking on people to run the tills on their own from the first shift, and you told us you haven't done any cash handling or card refunds before, so we've gone with people who have.

Thanks again!
Lottie, Store Manager`),
  // twin of the one above: no specific point
  rej('interview', ['generic'], {},
    `Hi Megan,

Thanks for coming along to our group interview on Sunday for the Christmas team at Finch & Bramble, Cheltenham.

We won't be offering you a role this time. We met loads of great people and sadly couldn't offer everyone a place on the team.

Thanks again!
Lottie, Store Manager`),

  // Bank HR, long formal letter with a named gap
  rej('interview', ['skills_gap'], fb,
    `Dear Mr Adebayo,

Financial Crime Compliance Analyst – Vacancy Ref. FCC/0934

Thank you for attending the interview at our Canary Wharf office on 17 September with Ms Hartigan and Mr Sethi. We appreciate the time you gave to the process, and to the online questionnaire that preceded it.

Having considered all candidates, I regret to inform you that we will not be offering you the position on this occasion. The panel asked me to explain that this role sits in the transaction monitoring team and will be reviewing alerts and drafting suspicious activity reports to the NCA from the first week. Your experience to date, while thorough, has been in KYC onboarding and periodic reviews, and when asked to describe how you would investigate a structuring alert you had not yet had hands-on exposure to that work. The panel were also looking for experience with Actimize or a similar monitoring tool.

The Bank is committed to fair and transparent recruitment. If you have any questions about how your personal data was processed during this application, please contact recruitment.privacy@halsteadbank.co.uk.

Yours sincerely,

Resourcing Operations
Halstead Bank plc`),
  // twin of the one above: no specific point
  rej('interview', ['generic'], {},
    `Dear Ms Kowalski,

Financial Crime Compliance Analyst – Vacancy Ref. FCC/0934

Thank you for attending the interview at our Canary Wharf office on 17 September with Ms Hartigan and Mr Sethi. We appreciate the time you gave to the process, and to the online questionnaire that preceded it.

Having considered all candidates, I regret to inform you that we will not be offering you the position on this occasion. In line with our retention policy, the notes taken by the panel during interviews are held securely for six months from the close of the campaign and are then destroyed.

The Bank is committed to fair and transparent recruitment. If you have any questions about how your personal data was processed during this application, please contact recruitment.privacy@halsteadbank.co.uk.

Yours sincerely,

Resourcing Operations
Halstead Bank plc`),

  // Onsite, "the team noted" followed by something specific
  rej('final', ['skills_gap'], fb,
    `Hi Arjun,

Thank you for coming in for the onsite on Wednesday. The team has met and we've decided not to extend an offer for the Staff Engineer, Edge Platform role.

The team noted your rate-limiter design used a fixed one-minute window, and when Raj asked what happens to a client that sends its whole quota in the last second of one window and the first second of the next, you weren't able to get to a sliding window or token bucket even with hints. For this team, that's core territory.

Best regards,
Hailey Chen
Technical Recruiter, Northgrid`),
  // twin of the one above: no specific point
  rej('final', ['generic'], {},
    `Hi Mohammed,

Thank you for coming in for the onsite on Wednesday. The team has met and we've decided not to extend an offer for the Staff Engineer, Edge Platform role.

The team noted your positive attitude throughout the day and enjoyed getting to know you.

Best regards,
Hailey Chen
Technical Recruiter, Northgrid`),

  // Charity manager's text, one specific point
  rej('interview', ['skills_gap', 'position_filled'], fb,
    `Hi Beth, sorry – we've offered the volunteer coordinator job to someone with a full driving licence, as it covers our three sites and there's no bus to Lowfield. Thanks so much for coming in Thurs. Sue (Hartwell Foodbank)`),

  // ── 2. Offers of feedback in unusual words, each beside a twin that does not offer
  rej('interview', ['generic'], offered,
    `Hi Nell,

Thanks so much for coming in to meet the team on Tuesday. We've had a long think and we're not going to offer you the Marketing Executive role.

If a debrief would help, just say – it'd take twenty minutes and I'd rather you had it than not.

Hope the rest of your week's a good one,
Saoirse
Head of Marketing, Tidewater Gin Co.`),
  // twin of the one above: does not offer feedback
  rej('interview', ['generic'], {},
    `Hi Gemma,

Thanks so much for coming in to meet the team on Tuesday. We've had a long think and we're not going to offer you the Marketing Executive role.

We are unable to give individual feedback, but we really appreciated the time you gave us.

Hope the rest of your week's a good one,
Saoirse
Head of Marketing, Tidewater Gin Co.`),

  rej('final', ['profile_mismatch', 'position_filled'], offered,
    `Dear Abdul,

Thank you for attending the final interview for the Head of Estates role at Fenbrook College. After much deliberation, the panel has appointed a candidate whose experience more closely matched the brief.

I'm happy to share the panel's notes with you if you'd like them – I have them here and they're fairly full.

Kind regards,
Lorraine Gidley
Director of Finance & Resources, Fenbrook College`),
  // twin of the one above: does not offer feedback
  rej('interview', ['profile_mismatch'], {},
    `Dear Stuart,

Thank you for attending the first interview for the Head of Estates role at Fenbrook College. After much deliberation, the panel has decided to take forward candidates whose experience more closely matches the brief.

Please note that feedback is only given to candidates who reach the final stage of the process.

Kind regards,
Lorraine Gidley
Director of Finance & Resources, Fenbrook College`),

  rej('interview', ['generic'], offered,
    `Hi Lewis,

Bad news from Calderwood Engineering I'm afraid – they've decided not to go ahead with you for the Maintenance Planner role after Monday's interview.

They did give me a bit of detail on the phone. Drop me a line and I'll pass on what they said, it's worth hearing before the Raynor interview next week.

Cheers,
Kirsty Allan
Engineering Recruitment | Tarn Resourcing`),
  // twin of the one above: does not offer feedback
  rej('interview', ['generic'], {},
    `Hi Ollie,

Bad news from Calderwood Engineering I'm afraid – they've decided not to go ahead with you for the Maintenance Planner role after Monday's interview.

I've chased them twice but the hiring manager has not shared any feedback with me, and to be honest they rarely do. Sorry I can't give you more than that.

Cheers,
Kirsty Allan
Engineering Recruitment | Tarn Resourcing`),

  rej('assessment', ['assessment'], offered,
    `Hi Thandiwe,

Thanks for sending back the case study for the Pricing Analyst role. We reviewed it with the team and it didn't quite reach the standard we need for the next stage, so we won't be taking your application further.

If you'd like to understand how we got there, book a slot in my calendar and we'll talk it through: calendly.com/rosa-fairway/feedback-20min

Rosa Delacroix
Talent Partner, Fairway Insurance`),
  // twin of the one above: does not offer feedback
  rej('application', ['generic'], {},
    `Hi Connor,

Thanks for applying for the Pricing Analyst role at Fairway Insurance. We've reviewed your application and won't be taking it further.

We received over 900 applications for this role, and requests for feedback cannot be answered due to volume. We appreciate your understanding.

Fairway Insurance Talent Team`),

  rej('interview', ['generic'], offered,
    `hey Priyanka – just off the phone with Orbis. they're not going ahead, sorry. they gave me a few pointers though, do you want me to run through them on the phone? free after 4

Jordan, Catalyst Talent`),
  // twin of the one above: does not offer feedback, candidate's request refused in the newest message
  rej('interview', ['generic'], {},
    `Dear Ms Lowther,

Thank you for your email. As stated in our previous correspondence, we are unable to provide feedback on unsuccessful applications, and this applies to all candidates. We thank you again for your interest in Ambry Logistics.

Regards,
HR Shared Services
Ambry Logistics Ltd

-----Original Message-----
From: Kate Lowther
Sent: 03 April 2025 10:12
To: HR Shared Services
Subject: RE: Your application – Warehouse Team Leader

Hello,

Thank you for letting me know. As I got as far as the interview on Tuesday with Mr Dwyer, I'd be really grateful for any feedback on where I could improve.

Kind regards,
Kate

-----Original Message-----
From: HR Shared Services
Sent: 02 April 2025 15:30
Subject: Your application – Warehouse Team Leader

Dear Kate, following your recent interview, we regret to inform you that you have not been successful on this occasion. Regards, HR Shared Services`, 'RE: Your application – Warehouse Team Leader'),

  rej('interview', ['generic'], offered,
    `Dear Karthik,

Thank you for appearing for the technical round for the position of Data Engineer with Meridian Analytics Pvt. Ltd.

We regret to inform you that you have not been selected for the next round. In case you wish to receive detailed feedback on your technical round, you may write to us at careers.feedback@meridiananalytics.in and the panel will revert within 7 working days.

We wish you all the best for your future endeavours.

Regards,
Talent Acquisition Team
Meridian Analytics Pvt. Ltd.`),
  // twin of the one above: does not offer feedback
  rej('interview', ['generic'], {},
    `Dear Swathi,

Thank you for appearing for the technical round for the position of Data Engineer with Meridian Analytics Pvt. Ltd.

We regret to inform you that you have not been selected for the next round. Kindly note that the interview feedback will not be shared as per company policy.

We wish you all the best for your future endeavours.

Regards,
Talent Acquisition Team
Meridian Analytics Pvt. Ltd.`),

  rej('interview', ['generic'], offered,
    `Hi Bronte,

Thanks for coming in for a yarn about the Youth Worker role. Sorry to say we've gone a different way this time.

If you want to know how you went, give me a bell on 0412 555 873 and I'm happy to talk you through it.

Cheers,
Mick Tauroa
Program Coordinator, Westside Youth Services`),
  // twin of the one above: does not offer feedback
  rej('interview', ['generic'], {},
    `Hi Kayla,

Thanks for coming in for a yarn about the Youth Worker role. Sorry to say we've gone a different way this time.

Due to the number of people we interviewed, we can't provide feedback, but we really appreciate you taking the time.

Cheers,
Mick Tauroa
Program Coordinator, Westside Youth Services`),

  rej('interview', ['generic'], offered,
    `Dear Mrs Hussain,

Appointment of Senior Housing Officer (Grade SO1) – Post Ref. HSG/112

I refer to your recent interview for the above post and regret to inform you that on this occasion you have not been successful.

Should you wish to receive feedback on your interview, please contact the Chair of the panel, Mrs D. Pennington, Housing Services Manager, on 01632 960 418 within the next four weeks, and she will be pleased to discuss your performance with you.

May I take this opportunity to thank you for the interest you have shown in the post.

Yours sincerely,

Human Resources
Ravensmoor Metropolitan Borough Council`),
  // twin of the one above: does not offer feedback
  rej('application', ['generic'], {},
    `Dear Mr Ellison,

Appointment of Senior Housing Officer (Grade SO1) – Post Ref. HSG/112

I refer to your recent application for the above post and regret to inform you that on this occasion you have not been shortlisted for interview.

Owing to the number of applications received, feedback is not provided at the shortlisting stage.

May I take this opportunity to thank you for the interest you have shown in the post.

Yours sincerely,

Human Resources
Ravensmoor Metropolitan Borough Council`),

  rej('final', ['generic'], offered,
    `Hi Oluwaseun,

Thank you for taking part in the assessment centre for our Logistics Graduate Programme last Thursday. Unfortunately we won't be offering you a place this year.

I've got the assessors' scoring sheets for your group exercise, presentation and interview here, so if it's useful to see where the marks fell, let me know and I'll send them across.

Best wishes,
Anya
Early Careers Team, Holloway Freight`),
  // twin of the one above: does not offer feedback
  rej('final', ['generic'], {},
    `Hi Harvey,

Thank you for taking part in the assessment centre for our Logistics Graduate Programme last Thursday. Unfortunately we won't be offering you a place this year.

The assessors' scoring sheets are retained by the Early Careers team for six months and then securely destroyed, in line with our data protection policy.

Best wishes,
Anya
Early Careers Team, Holloway Freight`),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Catriona,

Thanks for interviewing with us for the Clinical Trials Coordinator role. We've decided to go with another candidate.

The short version of the feedback: you haven't yet worked on a trial under GCP inspection, and that's going to be most of the next year for this team. If you'd like more than this, I can get Tom, who chaired the panel, to give you a call.

Kind regards,
Fatima
Research Operations, Elmridge Clinical Research`),

  rej('screen', ['generic'], offered,
    `Hi Zoe,

Thanks for taking the time to chat with our team about the Customer Support Specialist role at Nimbleleaf. After careful consideration, we've decided not to move forward with your application.

Want to know why? Reply to this email and your recruiter will get back to you with feedback within a week.

Best,
The Nimbleleaf Recruiting Team

Powered by Ashby`),
  // twin of the one above: does not offer feedback
  rej('screen', ['generic'], {},
    `Hi Liam,

Thanks for taking the time to chat with our team about the Customer Support Specialist role at Nimbleleaf. After careful consideration, we've decided not to move forward with your application.

Best,
The Nimbleleaf Recruiting Team

This mailbox is not monitored. Please do not reply to this email.

Powered by Ashby`),

  rej('assessment', ['assessment'], offered,
    `Hi Kwame,

Sorry, it's a no on the coding test for the Junior Developer role – your score didn't get you through to interviews this time.

If you want to know where it went wrong, ping me and I'll dig out the reviewer's comments.

Ben, Talent @ Shoreditch Byte`),
  // twin of the one above: does not offer feedback (a request in the history, none given)
  rej('interview', ['generic'], {},
    `Hi Amelia,

I've asked Jonathan twice for feedback on your interview but haven't heard back, and to be honest I don't expect to now – they've gone quiet on all three candidates. Sorry I can't give you more than the no.

Dan

On 14 Mar 2025, at 11:02, Amelia Forde wrote:

> Hi Dan, gutted about Brookfield but thanks for letting me know. Could you ask them for any feedback from the interview? Anything at all would help. Amelia`, 'Re: Brookfield Legal – Paralegal'),

  rej('final', ['position_filled'], offered,
    `Dear Rebecca,

Thank you for making the journey to Leeds for the final interview for the Regional Operations Director role. We have now offered the role to another candidate, who has accepted.

We would be glad to arrange a short call with Andrew, our Chief Operating Officer, if you'd find it useful to hear the panel's thoughts.

Kind regards,
Natalie Okafor
Executive Talent Partner, Corsham Care Group`),
  // twin of the one above: does not offer feedback
  rej('final', ['position_filled'], {},
    `Dear Matthew,

Thank you for making the journey to Leeds for the final interview for the Regional Operations Director role. We have now offered the role to another candidate, who has accepted.

Andrew, our Chief Operating Officer, has asked me to pass on his thanks for your time and the thought you put into your presentation.

Kind regards,
Natalie Okafor
Executive Talent Partner, Corsham Care Group`),

  // ── 3. Open doors in unusual words, each beside a twin that is not a door
  rej('final', ['generic'], door,
    `Hi Yusuf,

Thank you for a brilliant effort at the assessment day for our Summer Analyst programme. I'm sorry to say we won't be offering you a place this year.

Honestly, I'd love to see your name in the pile again when we open applications for the spring cohort in January. Plenty of our current analysts got in on their second go.

Best,
Clara
Campus Recruiting, Arden Hale Partners`),
  // twin of the one above: good wishes only, no door
  rej('final', ['generic'], {},
    `Hi Imogen,

Thank you for a brilliant effort at the assessment day for our Summer Analyst programme. I'm sorry to say we won't be offering you a place this year.

I'm sure you'll land something great, and I wish you the very best with the rest of your degree.

Best,
Clara
Campus Recruiting, Arden Hale Partners`),

  rej('interview', ['position_filled'], door,
    `Hi Grant,

Thanks for your time on the Leeds Site Engineer role. It's been filled, I'm afraid – the client went with someone who could start straight away.

I've popped your CV into my folder for the Manchester package they're expecting to win in the autumn, and I'll ring you the day it goes live.

Speak soon,
Paula, Redstone Construction Recruitment`),
  // twin of the one above: a retention notice alone, no door
  rej('interview', ['position_filled'], {},
    `Hi Ashley,

Thanks for your time on the Leeds Site Engineer role. It's been filled, I'm afraid – the client went with someone who could start straight away.

In line with GDPR, we will retain your data for 6 months from today, after which it will be deleted from our systems unless you ask us to delete it sooner.

Regards,
Paula, Redstone Construction Recruitment`),

  rej('interview', ['profile_mismatch'], door,
    `Hi Rosalind,

Thanks for chatting with Imogen and me on Wednesday. We've gone with someone whose background lines up more closely with the Events Manager brief.

Don't be a stranger, though – if something closer to your background comes up, you'll be the first person I call.

Warmly,
Tess Abara
Head of Partnerships, Lumen Arts Festival`),
  // twin of the one above: "follow us" is not a door
  rej('interview', ['profile_mismatch'], {},
    `Hi Bethany,

Thanks for chatting with Imogen and me on Wednesday. We've gone with someone whose background lines up more closely with the Events Manager brief.

Follow us on LinkedIn and Instagram to stay up to date with the festival line-up and news from the team.

Warmly,
Tess Abara
Head of Partnerships, Lumen Arts Festival`),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Darius,

Thanks for the phone call on Monday about our HGV driver vacancy. The barrier this time is the licence: we need Category C+E for the artic work, and you've got Category C only.

Once you've passed your C+E, come back to us – we're always hiring for the trunking runs.

All the best,
Jo Pickering
Transport Office, Greenlane Haulage`),
  // twin of the one above: a reapplication bar is not a door
  rej('assessment', ['assessment'], {},
    `Dear Applicant,

Thank you for completing the online assessments for the Greenlane Haulage Transport Apprenticeship. Unfortunately you did not reach the standard required to progress.

Please note you may not reapply for this apprenticeship scheme for 12 months from the date of this email.

Greenlane Haulage Early Careers`),

  rej('application', ['generic'], door,
    `Dear Ms. Fathima Rizwan,

Thank you for your interest in the position of Accounts Executive at Saraswat Textiles Ltd., Coimbatore.

We regret to inform you that your candidature has not been shortlisted for this position. However, your profile has been added to our recruitment database and we will get in touch with you for suitable openings in future.

Regards,
HR Department
Saraswat Textiles Ltd.`),
  // twin of the one above: a talent-community button in the footer is not a door
  rej('application', ['generic'], {},
    `Dear Mr. Harish Kumar,

Thank you for your interest in the position of Accounts Executive at Saraswat Textiles Ltd., Coimbatore.

We regret to inform you that your candidature has not been shortlisted for this position.

Regards,
HR Department
Saraswat Textiles Ltd.

[ Join our Talent Community ]   [ View open positions ]
Saraswat Textiles Ltd. | Avinashi Road, Coimbatore 641018 | Privacy Policy | Unsubscribe`),

  rej('interview', ['generic'], door,
    `Hey Sione,

Thanks for coming in and pulling a few shots for us on Friday. We've gone with someone else for the barista spot this time.

We'll hang on to your details though, and sing out if another spot opens up – it usually does before summer.

Cheers,
Mel, Flat White Republic (Fremantle)`),
  // twin of the one above: good wishes only, no door
  rej('interview', ['generic'], {},
    `Hey Chelsea,

Thanks for coming in and pulling a few shots for us on Friday. We've gone with someone else for the barista spot this time.

Hope the search goes well and you find your spot soon!

Cheers,
Mel, Flat White Republic (Fremantle)`),

  rej('interview', ['profile_mismatch'], door,
    `Dear Ms Nwachukwu,

Staff Nurse (Band 5) – Paediatric Outpatients – Job Ref. 341-PO-0088

Thank you for attending for interview on 11 October. The panel were impressed with many aspects of your interview, and it was a difficult decision to make. However, I regret to inform you that on this occasion you have not been successful, as other candidates more closely met the person specification.

The Trust would very much encourage you to apply for future vacancies within the Children's Directorate, including the Band 5 rotational posts which we expect to advertise on NHS Jobs in March. We would be glad to see an application from you.

Thank you once again for the interest you have shown in working for the Trust.

Yours sincerely,

Recruitment Services
Fernleigh Children's Hospital NHS Foundation Trust`),
  // twin of the one above: no door
  rej('interview', ['profile_mismatch'], {},
    `Dear Mr Penhaligon,

Staff Nurse (Band 5) – Paediatric Outpatients – Job Ref. 341-PO-0088

Thank you for attending for interview on 11 October. The panel were impressed with many aspects of your interview, and it was a difficult decision to make. However, I regret to inform you that on this occasion you have not been successful, as other candidates more closely met the person specification.

In accordance with NHS Employers guidance, the documents relating to your application will be held for twelve months and then destroyed.

Thank you once again for the interest you have shown in working for the Trust.

Yours sincerely,

Recruitment Services
Fernleigh Children's Hospital NHS Foundation Trust`),

  rej('interview', ['generic'], door,
    `Hi Craig,

Sorry, Hendry Packaging have said no on the Maintenance Planner job after your interview.

I'll keep you on my radar for planner roles – I get two or three a month across the Midlands, and you're exactly who I'd send.

Cheers,
Liam Rowe
Technical Recruitment, Crossfield Associates`),
  // twin of the one above: no door
  rej('interview', ['generic'], {},
    `Hi Stephen,

Sorry, Hendry Packaging have said no on the Maintenance Planner job after your interview.

Thanks for your time on this one, and good luck with everything.

Cheers,
Liam Rowe
Technical Recruitment, Crossfield Associates`),

  // (the letter names no conversation, test or interview: `application` by LABELS.md)
  rej('application', ['role_closed'], door,
    `Hi Ngozi,

I'm sorry to be writing this. We've had to withdraw the Learning Designer role after our funding from the Ashworth Foundation came in lower than planned, so we won't be making an appointment.

If you're still looking in six months, I'd genuinely like you to reapply – by then we expect the second programme to be funded and we'll be hiring two designers.

Best wishes,
Rhiannon
Programme Director, OpenPath Learning (charity no. 1187342)`),
  // twin of the one above: no door
  rej('application', ['role_closed'], {},
    `Hi Declan,

I'm sorry to be writing this. We've had to withdraw the Learning Designer role after our funding from the Ashworth Foundation came in lower than planned, so we won't be making an appointment.

The vacancy will not be re-advertised. Thank you for your interest in OpenPath.

Best wishes,
Rhiannon
Programme Director, OpenPath Learning (charity no. 1187342)`),

  rej('interview', ['generic'], door,
    `Hi Leah,

Consider this a "not yet" rather than a "no". You didn't make it through from your interview to the assessment centre for this year's Graduate Teaching Programme, but the programme opens again in September and I'd really like to see you apply then.

Good luck with your finals!
Mariam, Recruitment Adviser, Teach Forward`),
  // twin of the one above: no door
  rej('interview', ['generic'], {},
    `Hi Aaron,

Consider this email confirmation that your application to this year's Graduate Teaching Programme is now closed. You didn't make it through to the assessment centre following your interview.

Good luck with your finals!
Mariam, Recruitment Adviser, Teach Forward`),

  // ── 4. Look-alikes that decline nobody, and paused processes
  // Feedback summary after an offer
  other(`Hi Noor,

Following on from this morning's call – here's the written offer for the Senior UX Researcher role (attached), plus the panel's summary that I promised you, as we like new starters to see it.

What stood out: your synthesis of the diary study, and the way you pushed back on Aidan's leading question in the research critique. Areas the panel would like to support you with in your first six months: quantitative survey design and presenting to the exec team.

Please let me know by Friday whether you'd like to accept. We're really hoping you will!

Elif
People Partner, Harbourline`, 'Your offer – Senior UX Researcher'),

  // A performance review
  other(`Hi Sam,

Attached is your mid-year review as discussed on Tuesday. Summary of the ratings:

- Delivery: Meets expectations. The carrier onboarding project landed on time.
- Stakeholder management: Below expectations. Two escalations from the Bristol depot were not picked up within the agreed 48 hours.
- Development goal for H2: complete the CILT Level 4 module by December.

Please add your comments in Workday by the 30th so we can sign it off.

Thanks,
Rachel Dunmore
Regional Logistics Manager`, 'Mid-year review – Sam Ellery'),

  // A mock-interview coach's feedback
  other(`Hi Jade,

Great session today! As promised, my notes from the mock interview for your Deloitte application:

1. Your STAR answers were strong on Situation and Task, but you rushed the Result – give a number wherever you can.
2. "Tell me about a time you failed" – you chose a failure that wasn't really a failure. Interviewers notice.
3. Your questions at the end were excellent.

You're much readier than you think. Same time next week for the case practice?

Priti
Career Coach, Stepwise Coaching`, 'Notes from today\'s mock interview'),

  // An invitation to the next round with a note on what impressed them
  other(`Hi Carys,

Good news – the team would like to invite you to the final round for the Senior Copywriter role.

Honestly, your take-home was the best we've had: the three subject lines you wrote for the lapsed-customer email were exactly our tone, and Hattie has already stolen one for a live campaign (with credit, I promise).

The final round is 90 minutes on site in Shoreditch with our Creative Director. Can you do Tuesday 10 June at 2pm or Thursday 12 June at 10am?

Thanks,
Gus
Talent, Parlour & Pine`, 'Next step – Senior Copywriter'),

  // A course tutor's marking feedback
  other(`Dear Tomás,

Your marked assignment for Module 3 (Employment Law in Practice) is now available on the learning platform. Mark: 58% (pass).

Tutor comments: Your analysis of the unfair dismissal claim was well structured and you applied the Burchell test correctly. However, you did not consider whether the employee had two years' continuous service, which would have been the threshold question, and your referencing did not follow the OSCOLA format in places.

The resubmission window for Module 4 opens on 3 March.

Best regards,
Dr Hannah Coyle
CIPD Level 5 Programme Tutor, Northbridge College`, 'Module 3 – marked assignment'),

  // A careers adviser's comments on a CV
  other(`Hi Joel,

Thanks for sending your CV over before our appointment. A few thoughts:

• Your personal statement is three paragraphs; recruiters give it six seconds. Cut it to three lines.
• The warehouse job should go above the volunteering, and say how many orders a shift you picked.
• Your forklift licence is hidden at the bottom – put it in the first third.

Let's go through it line by line on Thursday at 11.

Anika
Careers Adviser, Fairhaven Jobcentre Plus partnership`, 'Your CV – a few thoughts'),

  // A conference talk proposal declined with reviewers' comments (no employer deciding on a candidate)
  other(`Dear Vikram,

Thank you for submitting "Zero-downtime Postgres migrations at scale" to PyCon North 2025. Unfortunately the programme committee was not able to accept your proposal this year; we received 410 submissions for 48 slots.

Reviewers' comments: the topic was timely, but the abstract did not say which tools or patterns the talk would cover, and two reviewers felt it overlapped with last year's keynote.

We hope to see you at the conference, and our call for lightning talks opens in August.

The PyCon North Programme Committee`, 'PyCon North 2025 – your proposal'),

  // Paused: the decider is on leave
  hold('interview', ['generic'], {},
    `Hi Ellie,

I wanted to let you know where things are with the Practice Manager role. You're still very much in the running after Monday's interview. Dr Singh, who makes the final decision, is away on leave until the 24th, and the partners have agreed not to decide anything until she's back.

I'll be in touch that week. Thanks for bearing with us.

Janet
Office Manager, Lime Tree Surgery`),

  // Paused: budget freeze after the final round
  hold('final', ['role_closed'], {},
    `Dear Ravi,

Thank you for your patience since your final-round interview for the Director of Procurement role.

I want to be transparent with you: the Board has placed a freeze on all senior appointments while it completes its budget review for the next financial year. No decision has been made on any candidate, and you remain one of the two finalists. We expect the review to conclude by the end of next month, and I will update you as soon as I can.

Kind regards,
Sarah Whitlock
Group HR Director, Calder Valley Utilities`),

  // Paused: agency, client restructuring
  hold('interview', ['role_closed'], {},
    `Hi Aisling,

Quick update on Morrow & Finch. They've paused the Payroll Team Leader hire while they restructure the finance function – it's not a no, and they said you're still top of their list after the interview. They'll decide in a few weeks whether the role comes back as it was.

I'll chase them on the 15th.

Cheers,
Ben | Paragon Payroll Recruitment`),
];
