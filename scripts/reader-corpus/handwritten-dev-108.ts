/**
 * Development messages of the hundred-and-eighth round: four kinds of mail a job seeker's tracker has to read right.
 * First, early-career inboxes outside North America: UK graduate schemes and placement years, Indian campus placements
 * and off-campus drives, Australian graduate programmes, and German and Dutch working-student roles written in English,
 * mostly tracking-system letters sent after the application, an online test, a recorded or live video interview, an
 * assessment centre or a partner interview. The reasons they give in passing vary (others matched more closely, a
 * minimum 2:1, final-year students only, a graduation window, an aggregate and backlog rule, a German level, a work
 * permit or citizenship rule, a relocation, a test score under the cut-off, a full scheme, a converted intern, a
 * cancelled intake), beside plain letters with nothing; look-alikes from the same senders are receipts, test and
 * interview invitations, assessment-centre logistics, "you are through to the next stage", a talent-pool newsletter,
 * job alerts, a placement offer and two paused intakes. Second, long polite letters of five to nine paragraphs with
 * the one thing that matters buried in the middle (a sentence of feedback about this candidate, an open door, an
 * offer to talk the panel's notes through), each beside a near-identical letter where that sentence is missing or is
 * only praise. Third, fit explained in different shapes: after a colon or a dash, in the next sentence, in a bullet
 * list, in a reply to the candidate's own question; fit phrases with nothing behind them; "fit" about the role rather
 * than the person; and "fit" that turns out to be about location, pay or seniority. Fourth, look-alikes that use
 * rejection words without declining anyone: a moved interview, a delay with no decision, lost test results, a
 * relocation note before an interview, a newsletter article on rejection, a withdrawal confirmed, a rejection sent in
 * error and retracted.
 *
 * Labelling choices (LABELS.md and the dev-106 and dev-107 conventions): the stage is the furthest step the message
 * itself mentions, and a step named only as what would have come next is not reached; an online test, a game-based
 * assessment, a case task or a recorded one-way video interview with no live interviewer is `assessment`; a live video,
 * technical or HR interview is `interview`; an assessment centre, a final-stage partner interview or a final HR round
 * is `final`. A minimum degree class, a required subject, an aggregate-marks and backlog rule, a language level and a
 * named tool are named requirements (`skills_gap`, with feedback); a graduation window or "final-year students only" is
 * an eligibility rule, and a work permit, citizenship, visa or relocation rule told about this candidate is too: both
 * are `location` (LABELS.md counts eligibility there), with feedback. A full scheme or "all places offered and accepted" is `position_filled`; a cancelled intake or withdrawn
 * requirement is `role_closed`; places given to current staff or converted interns are `internal_candidate` alone. A
 * test decline is `assessment`, and feedback only when it names the score, the section or the fault; a decline after a
 * test that speaks only of competition is `generic`. Praise ("the panel enjoyed meeting you", "you clearly have a lot
 * to offer") is never feedback; one concrete sentence about this candidate's answer, portfolio, exercise, pay figure or
 * city is. A fit phrase is `culture_fit` only about the person and the team or its ways of working, and feedback only
 * when something concrete this candidate said or did is given; "not the right fit for the role" about the person is
 * `profile_mismatch`; a role that is itself "not the right fit for what we need now" and is withdrawn or rescoped is
 * `role_closed`; a "fit" that is really a city, a salary or a seniority is labelled by that reason. Keeping the CV, a
 * talent pool, "apply again next year" or pointing to another open programme opens the door; "we wish you well",
 * deleting the data and "you may not reapply this cycle" do not. An offer to share the panel's notes, scores or
 * reasons counts as an offer of feedback; an offer to explain the process does not. A retracted rejection and
 * everything that declines nothing are `other`; an intake paused with the candidate still in the running, and a
 * decision told as delayed with no one declined ("we regret the delay … no decision has been made yet"), are `on_hold`
 * (LABELS.md: "the process is paused / delayed"; two labels set so after the batch was first scored).
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d108-');

export const HANDWRITTEN_DEV_108: readonly CorpusLine[] = [
  // ── Early careers outside North America: UK graduate schemes and placement years
  rej('application', ['profile_mismatch'], {},
    `Dear Eleanor,

Thank you for your application to the Audit & Assurance Graduate Programme (September 2026 intake, Bristol office).

We have now reviewed your application form and your answers to the motivational questions. This year we received a large number of applications from candidates whose academic background and work experience were more closely aligned with the programme, and we are sorry to tell you that we will not be progressing your application to the online assessment stage.

Thank you for the time you put into your application, and we wish you every success with the rest of your search.

Kind regards,
Early Careers Recruitment
Ashdown Mercer LLP

This email was sent from a no-reply address via Oleeo. Please do not reply.`, 'Ashdown Mercer – your Audit & Assurance Graduate Programme application'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Tomasz,

Reference: CWG-2026-0417 – Graduate Civil Engineer Scheme

Thank you for applying to the Calderbrook Water Graduate Engineering Scheme.

Entry to the scheme requires a minimum 2:1 degree (predicted or achieved) in civil engineering or a closely related subject. In section 4 of your form you entered a predicted 2:2, so unfortunately we are unable to take your application any further.

You may be interested in our Civil Engineering Technician Apprenticeship, which does not have a degree classification requirement and is open for applications until 31 January. You can find it on our Early Careers page.

Best wishes,
Graduate Recruitment Team
Calderbrook Water`, 'Your application – CWG-2026-0417'),

  rej('application', ['location'], { ...fb },
    `Dear Mei Lin,

Thank you for your interest in the Thistlegate Bank Technology Graduate Programme 2026.

We have reviewed your application against the programme's eligibility criteria. As stated in the advert and on our FAQs page, we are not able to sponsor Skilled Worker visas for graduate roles, and candidates must have the right to work in the UK for the full two years of the programme without sponsorship. In your application you indicated that your Graduate visa expires in August 2027 and that you would need sponsorship after that date.

For this reason we are unable to progress your application on this occasion. We appreciate this will be disappointing and thank you for the interest you have shown in Thistlegate.

Kind regards,
Emerging Talent Team
Thistlegate Bank plc`, 'Thistlegate Bank – Technology Graduate Programme 2026'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Callum,

Thank you for completing the online numerical and verbal reasoning tests for the 2026/27 Industrial Placement Year in Engineering at Rennick Aerospace.

To progress to the video interview stage, candidates need to reach at least the 40th percentile on both tests against our undergraduate comparison group. Your verbal reasoning result met this benchmark, but your numerical reasoning result was at the 31st percentile.

Unfortunately this means we are not able to move your application forward this year. We know how much effort goes into these tests and we are grateful for your time.

All the best for the rest of your studies,
Rennick Aerospace Early Careers`, 'Rennick Aerospace placement year – test results'),

  rej('assessment', ['assessment'], {},
    `Dear Priya,

Thank you for taking the Situational Judgement Test for the Kestrelmoor Energy Placement Year (Finance).

We have now reviewed your results, and unfortunately they did not meet the standard required to progress to the next stage of our process. Due to the volume of candidates we are unable to provide individual feedback on test results.

Thank you for your interest in Kestrelmoor, and good luck with your placement search.

Kind regards,
Kestrelmoor Energy Student Recruitment`, 'Your Kestrelmoor placement application'),

  rej('final', ['generic'], {},
    `Dear Josh,

Thank you for attending the Marlow & Finch virtual assessment centre for the Retail Management Graduate Scheme on Wednesday 4 March.

We have now considered the results of every exercise from the day. We're sorry to let you know that, on this occasion, you have not been successful in securing a place on the scheme.

Thank you for the time and energy you gave to our process, and we wish you the very best for the future.

Kind regards,
Graduate Recruitment
Marlow & Finch`, 'Marlow & Finch assessment centre – outcome'),

  rej('final', ['assessment'], { ...fb, ...offered },
    `Dear Aisha,

Thank you for attending the Brightwater Rail assessment centre for the Graduate Operations Scheme in Derby on 19 February.

Each exercise on the day is scored against our competency framework, and candidates need to reach the benchmark in every exercise to receive an offer. Your group exercise and written exercise both scored above the benchmark. Your presentation, however, was marked below the required standard for the "analysis and judgement" competency: the assessors noted that the recommendation you gave was not linked back to the timetable data in the brief.

I'm sorry that this means we are unable to offer you a place on the scheme this year.

If you'd like to talk through your scores in more detail, you can book a 15-minute feedback call with one of our assessors using the link in your candidate portal. Calls are available for the next two weeks.

Kind regards,
Hannah Okafor
Graduate Recruitment Adviser, Brightwater Rail`, 'Graduate Operations Scheme – assessment centre outcome'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Ruairi,

Thanks for interviewing with us for the 2026/27 Industrial Placement in Supply Chain at Holbeck Foods, and for the thoughtful questions you asked Sophie and Dev at the end.

All twelve of this year's supply chain placement places have now been offered and accepted, so I'm afraid we won't be able to offer you a placement.

Our placements for 2027/28 open in September, and we'd be really glad to see an application from you then if you're still looking.

Best wishes,
Student Placements Team
Holbeck Foods`, 'Holbeck Foods placement – update'),

  rej('application', ['position_filled'], { ...door },
    `Dear Ifeoma,

Thank you for applying for the Digital Graduate Scheme 2026 at Stourport Insurance.

We recruit to this scheme on a rolling basis, and all places for the 2026 intake have now been filled. Your application reached us after the final offers had been made, so we are unable to consider it further.

Applications for the 2027 intake will open in August. If you're still interested, we would encourage you to apply early – you can sign up on our careers site to be told when it opens.

Kind regards,
Early Careers Team
Stourport Insurance`, 'Digital Graduate Scheme 2026 – application update'),

  rej('application', ['role_closed'], {},
    `Dear Freddie,

Thank you for applying for the 2026 Finance Graduate Programme at Harcastle Group.

Following a review of our business plans for next year, we have taken the difficult decision not to run the Finance Graduate Programme in 2026. All applications to the programme have therefore been closed, including yours, and no candidates will be progressed.

We are sorry to bring you this news after the effort you put into your application, and we thank you for your interest in Harcastle.

Kind regards,
Graduate Recruitment
Harcastle Group plc`, 'Harcastle Finance Graduate Programme 2026'),

  rej('interview', ['internal_candidate'], {},
    `Hi Niamh,

Thank you for your video interview with Hannah and Mo for the Marketing placement year at Oakvale Publishing last Thursday.

Since your interview, one of our current apprentices in the marketing team has asked to move across into the placement role, and we have agreed to that transfer. This means the placement will not be filled externally this year and we won't be progressing your application.

Sorry to bring you this news – we did enjoy meeting you.

Best,
Gemma
Student Recruitment, Oakvale Publishing`, 'Marketing placement year – update'),

  rej('final', ['profile_mismatch'], {},
    `Dear Saoirse,

Thank you for attending your final-stage partner interview for the Hethersett Clark Tax Graduate Programme (Manchester) on 11 December.

After careful consideration, the partners felt that other candidates at this stage were a closer match for the programme, and we are sorry to let you know that we will not be making you an offer.

We appreciate the time you invested in our process, including the online tests and the video interview, and we wish you every success with your future career.

Yours sincerely,
Student Recruitment Team
Hethersett Clark LLP`, 'Hethersett Clark – Tax Graduate Programme'),

  rej('assessment', ['generic'], { ...door },
    `Hi Dev,

Thanks for completing the recorded video interview for the Pemberton Grid Graduate Programme.

We've now watched all of the responses, and with so many strong candidates this year we've decided to progress other applicants to the assessment centre.

We'd like to keep your details in our Early Careers talent pool, and we'll let you know when our 2027 programmes open.

Best wishes,
The Pemberton Grid Early Careers Team`, 'Pemberton Grid – your video interview'),

  rej('application', ['location'], { ...fb, ...door },
    `Dear Luke,

Thank you for applying to the Wrexford Consulting Graduate Analyst Scheme.

The scheme is open to final-year students graduating in summer 2026 and to those who have already graduated. Your application shows that you are in the second year of a four-year MEng course, with an expected graduation date of June 2028, so we are not able to consider you for this intake.

Our Summer Insight Internship is designed for students at exactly your stage, and applications are open until 28 February. We would be delighted to receive an application from you.

Kind regards,
Graduate Recruitment
Wrexford Consulting`, 'Wrexford Consulting Graduate Analyst Scheme'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Harriet,

Thank you for your interest in the Sefton Grid Engineering Graduate Scheme 2026.

This scheme is open only to candidates studying for a degree in electrical, electronic or mechanical engineering, physics or mathematics. Your application lists your degree as BA History, which unfortunately means we cannot take your application further.

Thank you again for applying.

Kind regards,
Sefton Grid Graduate Recruitment`, 'Sefton Grid Engineering Graduate Scheme 2026'),

  // ── Indian campus placements and off-campus drives
  rej('assessment', ['assessment'], { ...fb },
    `Dear Student,

This is regarding the campus recruitment drive of Vedantra Systems held at our Institute on 12th September for the 2026 passing-out batch (B.Tech CSE/IT/ECE).

As communicated by the company, the cut-off for the online test was 65 marks out of 100 in the aptitude section. Your score in the aptitude section is 52. Hence you are not shortlisted for the Technical Interview round.

Students are advised to keep checking the placement portal for upcoming drives.

Regards,
Training & Placement Cell
Sri Ranganatha Institute of Technology, Coimbatore`, 'Vedantra Systems campus drive – online test result'),

  rej('interview', ['generic'], {},
    `Dear Rahul,

Greetings from Navrang Infotech!

Thank you for attending the Technical Interview round for the position of Graduate Engineer Trainee (2026 batch) on 3rd October.

We regret to inform you that you have not been shortlisted for the HR round.

We wish you all the best for your future endeavours.

Regards,
Talent Acquisition Team
Navrang Infotech Pvt. Ltd.`, 'Navrang Infotech – Interview Status'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Candidate,

Thank you for registering for the Kaveri Analytics Off-Campus Hiring Drive 2026 (Associate Data Analyst).

As mentioned in the drive notification, candidates must have a minimum of 60% aggregate throughout 10th, 12th and graduation, and no active backlogs at the time of the drive. As per the details submitted in your registration form, you have 2 active backlogs in the 6th semester.

Hence your registration does not meet the eligibility criteria and you will not receive a link for the online assessment.

Regards,
Campus Hiring Team
Kaveri Analytics`, 'Kaveri Analytics Off-Campus Drive 2026 – Registration Status'),

  rej('final', ['position_filled'], { ...door },
    `Dear Sneha,

Greetings from Tarangini Software.

Thank you for attending the final HR round of our off-campus drive for the role of Associate Software Engineer.

We would like to inform you that all positions allotted for the 2026 batch have now been filled, and we will not be able to extend an offer to you in this drive.

Your profile has been added to our talent database, and our team will reach out to you when we conduct our next off-campus hiring drive.

Wishing you success ahead.

Regards,
HR Team – Campus Hiring
Tarangini Software Solutions`, 'Tarangini Software – Off-Campus Drive Result'),

  rej('application', ['location'], { ...fb },
    `Dear Arindam,

Thank you for applying for the Trainee Analyst position through our off-campus drive.

Please note that this position is based at our Hyderabad office and is work-from-office five days a week. In your application form you mentioned that you are able to join only at Kolkata and are not open to relocation.

As we do not have openings for this role in Kolkata, we are unable to take your application forward.

Thanks and regards,
Recruitment Team
Suryodaya Fintech Pvt. Ltd.`, 'Trainee Analyst – Application Status'),

  rej('assessment', ['generic'], {},
    `Dear Kavya,

Thank you for taking the coding assessment for the Associate Software Engineer hiring at Meghdoot Consulting.

We received an overwhelming response for this drive. After careful evaluation, we have decided to proceed with other candidates at this time.

We appreciate your interest in Meghdoot Consulting and wish you the very best.

Regards,
Meghdoot Consulting – Fresher Hiring Team`, 'Update on your application – Associate Software Engineer'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Mr. Harish Nair,

Thank you for your time during the technical and managerial interview rounds for the position of Junior Network Engineer.

After careful review, we have decided to move forward with candidates whose profiles are more closely aligned with the requirements of the project.

Your profile will be retained in our database, and we will be glad to consider you for suitable future openings.

Best regards,
HR Department
Pragati Netcom Solutions, Pune`, 'Interview Feedback – Junior Network Engineer'),

  rej('interview', ['role_closed'], {},
    `Dear Students,

This is to inform all students who attended the technical interviews of Shaktiman Electronics on 21st November for the Graduate Engineer Trainee (Embedded Systems) role.

The company has informed us that, due to a change in their client's project plans, the requirement for these positions has been withdrawn. No results will be declared and no offers will be made from this drive.

We regret the inconvenience. Students are requested to apply for the upcoming drives listed on the portal.

Training & Placement Office
Deccan College of Engineering, Pune`, 'Shaktiman Electronics drive – requirement withdrawn'),

  rej('application', ['internal_candidate'], {},
    `Dear Ananya,

Thank you for applying for the Business Analyst – Fresher position at Indravan Retail.

We would like to inform you that the available positions for this year have been offered to students from our current internship programme, who will be converting into full-time roles. As a result, we will not be processing external applications for this position.

We thank you for your interest and wish you the best in your career.

Regards,
Talent Acquisition
Indravan Retail Ltd.`, 'Business Analyst – Fresher: Application Update'),

  // ── Australian graduate programmes
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Lachlan,

Thanks for applying for the Banksia Mutual 2027 Graduate Program.

We were blown away by the number of applications this year. After reviewing yours carefully, we've decided not to progress it, as other applicants' studies and experience more closely matched what we're looking for in this year's program.

We'd love to stay in touch. Join the Banksia Talent Community and we'll let you know about future graduate and entry-level opportunities.

Kind regards,
Banksia Mutual Early Careers`, 'Your Banksia Mutual Graduate Program application'),

  rej('assessment', ['assessment'], {},
    `Hi Chloe,

Thanks for completing the game-based assessment for the Ironbark Resources 2027 Graduate Program.

Unfortunately, your results did not reach the level required for us to progress your application to the video interview stage.

We appreciate the time you have invested and wish you all the best.

Cheers,
Ironbark Resources Graduate Team`, 'Ironbark Resources – application update'),

  rej('final', ['generic'], { ...offered },
    `Dear Harrison,

Thank you for attending the Tasman Rail virtual assessment centre for the 2027 Graduate Program last Friday.

We regret to let you know that you have not been successful in gaining a place in the program this year.

If you would like feedback on your performance at the assessment centre, please email graduates@tasmanrail.com.au within 14 days and a member of our team will arrange a short call.

Kind regards,
Graduate Program Team
Tasman Rail`, 'Tasman Rail 2027 Graduate Program – outcome'),

  rej('application', ['location'], { ...fb },
    `Dear Minh,

Thank you for applying for the Coralbay Energy 2027 Graduate Program.

Our graduate program is open only to Australian and New Zealand citizens and Australian permanent residents at the time of application. Your application indicates that you hold a Temporary Graduate visa (subclass 485), which means you are not eligible for the program.

We appreciate your interest in Coralbay Energy.

Kind regards,
Coralbay Energy Graduate Recruitment`, 'Coralbay Energy Graduate Program – eligibility'),

  rej('interview', ['position_filled'], {},
    `Hi Georgia,

Thanks again for interviewing with us for the Wattle & Reed 2027 Graduate Engineer intake.

All places in our 2027 intake have now been offered and accepted, so unfortunately we are unable to offer you a position.

We really appreciated the time you gave us. All the best.

Kind regards,
Emma Tran
Graduate Recruitment Lead, Wattle & Reed`, 'Wattle & Reed 2027 Graduate intake'),

  rej('application', ['role_closed'], { ...door },
    `Hi Oscar,

Thank you for applying to the Perth stream of the Mulgara Engineering 2027 Graduate Program.

Due to changes in our Western Australian project pipeline, we have made the decision not to run a Perth intake in 2027. Applications to the Perth stream will not be progressed.

Our Brisbane and Melbourne streams are still open until 14 April, and you are very welcome to apply to either of them.

Kind regards,
Mulgara Engineering Graduate Team`, 'Mulgara Engineering – Perth graduate stream'),

  rej('application', ['generic'], {},
    `Hi Isla,

Thank you for applying for the Mossvale Bank 2027 Technology Graduate Program.

We had an overwhelming response this year, and unfortunately we won't be progressing your application.

We wish you all the best with your career.

Mossvale Bank Graduate Recruitment`, 'Mossvale Bank Technology Graduate Program'),

  // ── German and Dutch working-student roles, in English
  rej('application', ['skills_gap'], { ...fb },
    `Dear Ms. Okonkwo,

Thank you for your application as Working Student (m/f/d) Marketing Analytics at Kranich Mobility GmbH in Berlin.

The team works closely with German-speaking customers, and all campaign copy and reporting is in German, so this position requires German at C1 level. Your CV lists your German at B1.

For this reason we are unfortunately unable to consider your application further. We wish you every success with your studies and your job search.

Kind regards,
Kranich Mobility GmbH
Talent Acquisition`, 'Your application: Working Student Marketing Analytics'),

  rej('application', ['location'], { ...fb },
    `Dear Arjun,

Thank you for applying for the Working Student – Data & Reporting position at Grachtwerk B.V. in Amsterdam.

For this role the candidate must hold a valid work permit for the Netherlands at the start date. As a company we are unable to apply for work permits (TWV) for part-time student positions, and in your application you indicated that your current residence permit does not allow you to work.

We are therefore unable to proceed with your application. We appreciate your interest in Grachtwerk and wish you the best with your studies.

Kind regards,
Recruitment Team
Grachtwerk B.V.`, 'Your application at Grachtwerk'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Elif,

Thank you for taking the time to interview with Jonas, our team lead, for the Working Student Backend Development (Python) position at Lindwurm Software GmbH.

After careful consideration we have decided for a candidate whose background more closely matched the current needs of the team.

We wish you all the best for your studies and your next steps.

Best regards,
Lisa Hartmann
People & Culture, Lindwurm Software GmbH`, 'Working Student Backend Development'),

  rej('application', ['generic'], { ...door },
    `Dear Mr. Costa,

Thank you very much for your application as Working Student (m/f/d) Procurement at Feldmann Logistik in Hamburg and for the interest you have shown in our company.

Unfortunately we have to inform you that we have decided in favour of other applicants.

With your consent, we would like to keep your documents in our talent pool for six months and contact you if a suitable position becomes available. If you do not agree, please let us know and we will delete your data.

Kind regards,
Feldmann Logistik GmbH & Co. KG
Human Resources`, 'Your application – Working Student Procurement'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Sara,

Thanks for the conversation on Tuesday about the Working Student Data Analyst position at Polderlicht Energy in Utrecht.

We've decided not to go ahead with your application. This role needs someone who can write SQL queries against our production data warehouse from the first week, and in the interview you told us you have mostly worked in Excel and haven't yet written SQL yourself.

Good luck with the rest of your master's!

Best,
Wouter de Graaf
Data Team Lead, Polderlicht Energy B.V.`, 'Working Student Data Analyst – update'),

  rej('application', ['location'], { ...fb },
    `Dear Lukas,

Thank you for your application for the Working Student UX Research position at Alpenfeld Digital in Munich.

This role requires presence in our Munich office at least three days a week. In your cover letter you mention that you are studying in Hamburg and are looking for a fully remote position, so unfortunately we cannot consider your application for this role.

Kind regards,
Alpenfeld Digital GmbH
Recruiting`, 'Working Student UX Research – your application'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Femke,

Thank you for sending back the case task for the Working Student Commercial Analytics position at Dijkstra & Veen.

We have reviewed it and decided not to invite you to the interview. Your analysis compared total sales by region without adjusting for the number of stores open in each region, so the conclusion that Utrecht was underperforming was not supported by the data.

We appreciate the time you spent on the task and wish you all the best.

Kind regards,
Maarten Visser
Commercial Analytics, Dijkstra & Veen`, 'Case task – Working Student Commercial Analytics'),

  rej('application', ['position_filled'], {},
    `Dear Ms. Novak,

Thank you for your application as Working Student (m/f/d) Regulatory Affairs at Brenner Medizintechnik GmbH.

We would like to inform you that the position has already been filled. We are therefore unable to consider your application.

Thank you again for your interest, and we wish you every success.

Kind regards,
Brenner Medizintechnik GmbH
Human Resources`, 'Working Student Regulatory Affairs'),

  // ── Paused intakes, the candidate still in the running
  hold('assessment', ['generic'], {},
    `Dear Students,

This is regarding the Vyomika Technologies campus drive for the 2026 batch. The online test results were to be declared today and the interviews held on 14th December.

The company has informed us that the interview schedule has been postponed due to internal scheduling constraints. The results of the online test will be shared along with the new interview dates. The candidature of all students who appeared for the test remains under consideration.

Please do not register for any other drive on the basis of this postponement without checking with the placement office.

Training & Placement Cell
Marudhar Institute of Engineering, Jaipur`, 'Vyomika Technologies drive – postponed'),

  hold('interview', ['role_closed'], {},
    `Hi Zoe,

Thank you for your patience since your interview for the Kingfisher Logistics 2027 Graduate Program.

We wanted to let you know that we have paused all graduate offers while the business finalises a restructure of our national operations. This is not a decision about your application – you have not been unsuccessful, and your application remains active. We expect to be able to update you by the end of May.

Thanks for bearing with us.

Kind regards,
Kingfisher Logistics Graduate Team`, 'Kingfisher Logistics Graduate Program – update'),

  // ── Look-alikes from the same senders
  other(`Dear Eleanor,

Thank you for applying to the Audit & Assurance Graduate Programme (September 2026 intake).

We have received your application and it will now be reviewed by our team. If your application is successful at this stage, you will receive an invitation to complete our online assessments. Please allow up to three weeks for us to get back to you.

You can track the progress of your application at any time in your candidate account.

Kind regards,
Early Careers Recruitment
Ashdown Mercer LLP`, 'Application received – Ashdown Mercer'),

  other(`Dear Candidate,

Congratulations! You have been shortlisted for the Online Assessment of the Zenbyte Labs Off-Campus Hiring Drive 2026 (Software Engineer – Fresher).

Test details:
- Date: 9th November
- Window: 10:00 AM to 8:00 PM IST
- Duration: 90 minutes (Aptitude – 30 min, Coding – 60 min)
- Platform link: will be shared 24 hours before the test

Please ensure a stable internet connection and a working webcam. Any malpractice will lead to disqualification.

All the best!
Zenbyte Labs Campus Hiring Team`, 'Zenbyte Labs Off-Campus Drive – Online Assessment Invitation'),

  other(`Dear Oliver,

We're looking forward to seeing you at our assessment centre for the Graduate Surveying Scheme on Tuesday 17 March.

Venue: Lorimer Pike, 40 Queen Square, Bristol BS1 4QP
Arrival: 8:45am for a 9:00am start. The day will finish by 4:30pm.

The day includes a group exercise, a written case study and an interview with two partners. Lunch is provided – please let us know about any dietary requirements by replying to this email. Dress code is business casual.

Please bring photo ID and your degree certificate (or a transcript if you have not yet graduated). Reasonable travel expenses will be reimbursed on receipt.

Best wishes,
Graduate Recruitment, Lorimer Pike`, 'Your assessment centre – Tuesday 17 March'),

  other(`Hi Matilda,

Great news – you're through to the next stage of the Jarrah Health 2027 Graduate Program!

The next step is a live video interview with two members of our team, lasting about 40 minutes. Please use the link below to choose a time between 3 and 12 June:

https://jarrahhealth.example/schedule/grad27

We'll send you some information about what to expect a few days beforehand.

Kind regards,
Jarrah Health Graduate Recruitment`, "You're through to the next stage!"),

  other(`Hi Sam,

You're receiving this because you joined the Harcastle Early Careers talent pool.

In this month's update:
• Applications for our 2027 Summer Internships open on 1 October – set a reminder!
• "A day in the life": Priyanka, a second-year graduate in our Leeds finance team, talks about her first audit.
• Virtual open evening: Wednesday 24 September, 6pm – register on our events page.
• Top tips for online tests from our recruitment team.

Not interested any more? Unsubscribe at any time.

Harcastle Early Careers`, 'Harcastle Early Careers – September update'),

  other(`Your job alert: "Werkstudent / Working Student Data" in Berlin

7 new jobs match your search:

• Working Student Data Engineering (m/f/d) – Kranich Mobility GmbH – Berlin
• Werkstudent Business Intelligence – Lindwurm Software GmbH – Berlin (hybrid)
• Working Student Product Analytics – Obstgarten GmbH – Berlin
• Werkstudent Controlling – Hafenstadt Energie AG – Berlin
…and 3 more

View all jobs: https://jobradar.example/alerts/8841

You are receiving this email because you created a job alert. Manage your alerts or unsubscribe in your account settings.`, '7 new jobs for "Werkstudent / Working Student Data"'),

  other(`Dear Students,

The following students have cleared the online test of Asterix Digital Services held on 2nd December and are shortlisted for the Technical Interview round:

1. 21CS041 – Aditya Menon
2. 21CS077 – Farheen Sultana
3. 21IT012 – Gaurav Bhatt
4. 21EC105 – Kiran Reddy

Technical interviews will be held in the Placement Block, Room 204, on 5th December from 9:30 AM. Shortlisted students must report by 9:00 AM in formal attire with two copies of their resume.

Training & Placement Officer
Godavari Institute of Technology`, 'Asterix Digital – Shortlist for Technical Interview'),

  other(`Dear Noor,

Thank you for your application for the Working Student Sustainability position at Waddenzee Foods B.V.

We have received your application and will review it carefully. We aim to respond to every applicant within two weeks. If you have not heard from us by then, please check your spam folder or contact us at werk@waddenzeefoods.example.

Kind regards,
Recruitment Team
Waddenzee Foods B.V.`, 'We have received your application'),

  other(`Hi Ethan,

This is a reminder that you have not yet completed the online tests for the Grayford Bank Summer Internship 2026.

Your tests must be completed by 11:59pm on Sunday 16 November. Unfortunately, we are unable to consider applications where the tests have not been completed by the deadline, so please make sure you leave yourself enough time.

If you are experiencing technical problems, reply to this email and we will do our best to help.

Kind regards,
Grayford Bank Early Careers`, 'Reminder: complete your online tests'),

  other(`Dear Anika,

Following your interview last week, I'm delighted to offer you a place on the Penfold Pharmaceuticals Industrial Placement Year in Analytical Chemistry, starting on Monday 7 September 2026 at our Macclesfield site.

Your placement salary will be £23,400 per year. Your formal offer letter and contract are attached; please sign and return them by 20 February.

We're really looking forward to having you with us.

Best wishes,
Dr Fiona Sterling
Placement Coordinator, Penfold Pharmaceuticals`, 'Your placement offer – Penfold Pharmaceuticals'),

  other(`Dear Mr. Okafor,

Thank you for your application as Working Student (m/f/d) Controlling at Hafenstadt Energie AG.

We are pleased to invite you to an interview with Ms. Weber (Head of Controlling) and Mr. Yilmaz (HR). The interview will take place via Microsoft Teams on Thursday, 12 February, at 10:00 CET and will last about 45 minutes.

Please confirm the appointment by replying to this email.

Kind regards,
Hafenstadt Energie AG
Human Resources`, 'Invitation to interview – Working Student Controlling'),

  hold('application', ['generic'], {}, `Hi Jack,

Thanks for your patience. Your application for the Dunmore Agricultural 2027 Graduate Program is still under review – we've had a record number of applications this year, so it's taking us a little longer than planned.

We expect to let all applicants know the outcome of the first stage by 30 April.

Cheers,
Dunmore Agricultural Graduate Team`, 'Your Dunmore Agricultural application'),

  // ── Long letters, one sentence buried: specific feedback, and the same letter with praise or nothing in its place
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Rebecca,

Stakeholder Engagement Manager – Ref. NCC/2291

Thank you for attending interview for the above post on Tuesday 14 October, and for the time you spent preparing your presentation on the draft consultation plan for the Riverside regeneration scheme.

On behalf of the panel – Councillor Amir Haddad, Joanne Pritchard and myself – I would like to thank you for the care you took over your preparation. Your presentation was well structured and kept to time, and the panel appreciated the local knowledge you brought to it.

I am sorry to tell you, however, that the panel has decided not to offer you the post on this occasion.

The panel felt that your answer to the question on stakeholder conflict stayed general: you described how you would approach a disagreement between two partner organisations in principle, but you did not give an example of a conflict you had handled yourself, and this was the area that separated the candidates.

We had a strong field for this post, and the panel's decision was not an easy one. I know how much effort goes into an application and an interview of this kind.

Thank you once again for your interest in working for Northcombe City Council.

Yours sincerely,

Martin Ellery
Head of Communities and Engagement
Northcombe City Council`, 'NCC/2291 – Stakeholder Engagement Manager – interview outcome'),

  rej('interview', ['generic'], {},
    `Dear Gareth,

Stakeholder Engagement Manager – Ref. NCC/2291

Thank you for attending interview for the above post on Wednesday 15 October, and for the time you spent preparing your presentation on the draft consultation plan for the Riverside regeneration scheme.

On behalf of the panel – Councillor Amir Haddad, Joanne Pritchard and myself – I would like to thank you for the care you took over your preparation. Your presentation was well structured and kept to time, and the panel appreciated the local knowledge you brought to it.

I am sorry to tell you, however, that the panel has decided not to offer you the post on this occasion.

The panel enjoyed meeting you and appreciated the thought you had clearly put into each of your answers.

We had a strong field for this post, and the panel's decision was not an easy one. I know how much effort goes into an application and an interview of this kind.

Thank you once again for your interest in working for Northcombe City Council.

Yours sincerely,

Martin Ellery
Head of Communities and Engagement
Northcombe City Council`, 'NCC/2291 – Stakeholder Engagement Manager – interview outcome'),

  rej('interview', ['skills_gap', 'position_filled'], { ...fb },
    `Hi Marta,

I hope you've had a good week. I wanted to write personally rather than send you one of our standard emails, because you gave us a lot of your time for the Product Designer role – the portfolio walkthrough with Jess and Tom, and then the second conversation with me last Friday.

First, the news: we've offered the role to another designer, and she has accepted. I'm sorry this isn't the outcome you were hoping for.

It was a close call. Everyone who met you enjoyed talking to you, and the way you presented your work was clear and confident.

Your portfolio was strong on visual craft, but it showed very little of the research behind the work – none of the three case studies included user interviews or usability testing, and at Fernbrook the designers run their own research from the first week. That was the main difference between you and the designer we hired.

I know that's a lot to take in on a Friday. It isn't a comment on your talent, which is obvious.

Thanks again for everything you put into the process, and good luck with what comes next.

Warmly,
Clara Bianchi
Head of Design, Fernbrook Studio`, 'Product Designer at Fernbrook'),

  rej('interview', ['position_filled'], {},
    `Hi Dominic,

I hope you've had a good week. I wanted to write personally rather than send you one of our standard emails, because you gave us a lot of your time for the Product Designer role – the portfolio walkthrough with Jess and Tom, and then the second conversation with me last Thursday.

First, the news: we've offered the role to another designer, and she has accepted. I'm sorry this isn't the outcome you were hoping for.

It was a close call. Everyone who met you enjoyed talking to you, and the way you presented your work was clear and confident.

Your portfolio was a real pleasure to look through, and several of us went back to it more than once.

I know that's a lot to take in on a Friday. It isn't a comment on your talent, which is obvious.

Thanks again for everything you put into the process, and good luck with what comes next.

Warmly,
Clara Bianchi
Head of Design, Fernbrook Studio`, 'Product Designer at Fernbrook'),

  rej('final', ['assessment'], { ...fb },
    `Dear Olivia,

Thank you for attending the Quillon Partners assessment centre for the Strategy Graduate Programme on Thursday 27 November.

We know that a full day of exercises is demanding, and we are grateful for the energy and good humour you brought to it. Many of the assessors mentioned how well the group worked together in the morning session.

Every candidate is scored against the same criteria in each exercise, and the assessors meet at the end of the week to review all of the scores together before any decisions are made.

Having completed that review, we are sorry to let you know that you have not been successful in obtaining a place on the programme this year.

Your scores were above the benchmark in the group exercise and the interview, but in the case study presentation you ran out of time before reaching a recommendation, and the assessors were not able to score the judgement part of that exercise.

We had a very strong group of candidates this year, and the decisions were close.

Thank you once again for your interest in Quillon Partners. We wish you every success in the future.

Kind regards,
Graduate Recruitment Team
Quillon Partners`, 'Quillon Partners – assessment centre outcome'),

  rej('final', ['generic'], {},
    `Dear Benjamin,

Thank you for attending the Quillon Partners assessment centre for the Strategy Graduate Programme on Thursday 27 November.

We know that a full day of exercises is demanding, and we are grateful for the energy and good humour you brought to it. Many of the assessors mentioned how well the group worked together in the morning session.

Every candidate is scored against the same criteria in each exercise, and the assessors meet at the end of the week to review all of the scores together before any decisions are made.

Having completed that review, we are sorry to let you know that you have not been successful in obtaining a place on the programme this year.

The assessors commented positively on your contribution throughout the day.

We had a very strong group of candidates this year, and the decisions were close.

Thank you once again for your interest in Quillon Partners. We wish you every success in the future.

Kind regards,
Graduate Recruitment Team
Quillon Partners`, 'Quillon Partners – assessment centre outcome'),

  rej('interview', ['profile_mismatch', 'skills_gap'], { ...fb },
    `Dear Kwame,

Programme Manager (Youth Employment) – interview outcome

Thank you for coming to meet us at our Leeds office last Monday, and for the preparation you did for the scenario exercise. I know interviews take time away from a busy job, and we appreciate it.

The panel met again on Thursday to make a decision. We interviewed six people for this role and found the choice genuinely hard.

I'm sorry to let you know that the panel felt that another candidate's experience was a closer match to the role, and we will not be offering you the position.

In particular, this role holds a £1.2 million budget across three funders, and the panel was looking for someone who had managed a budget of that kind directly; the examples you gave were of projects where the budget was held by your manager.

Your commitment to the young people you work with came through in everything you said, and the panel was glad to have met you.

Thank you again for your interest in Brightpath Futures and for everything you do in the sector.

With best wishes,

Deborah Asante
Director of Programmes
Brightpath Futures`, 'Programme Manager (Youth Employment)'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Yasmin,

Programme Manager (Youth Employment) – interview outcome

Thank you for coming to meet us at our Leeds office last Tuesday, and for the preparation you did for the scenario exercise. I know interviews take time away from a busy job, and we appreciate it.

The panel met again on Thursday to make a decision. We interviewed six people for this role and found the choice genuinely hard.

I'm sorry to let you know that the panel felt that another candidate's experience was a closer match to the role, and we will not be offering you the position.

You clearly have a lot to offer, and the panel said so more than once during our discussion.

Your commitment to the young people you work with came through in everything you said, and the panel was glad to have met you.

Thank you again for your interest in Brightpath Futures and for everything you do in the sector.

With best wishes,

Deborah Asante
Director of Programmes
Brightpath Futures`, 'Programme Manager (Youth Employment)'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Rohan,

Thank you for completing the take-home exercise for the Data Scientist role at Tidewell Energy. I know these exercises take a real chunk of time, and we don't take that for granted.

Three of us reviewed your submission independently – Ines, Patrick and I – and then met to compare notes, as we do for every candidate.

Your write-up was clear and easy to follow, and the visualisations of usage by tariff were some of the nicest we've seen.

After that discussion, though, we've decided not to progress your application to the interview stage, as the submission did not reach the standard we need at this point in the process.

The churn model was trained on features that included customer activity from the month being predicted, so the accuracy you reported is higher than it would be in practice, and that was the deciding issue for us.

We had a lot of strong submissions for this role, which made the decisions harder than usual.

Thanks again for your interest in Tidewell, and good luck with your search.

Best,
Hamza Qureshi
Lead Data Scientist, Tidewell Energy`, 'Tidewell Energy – your take-home exercise'),

  rej('assessment', ['assessment'], {},
    `Hi Chiara,

Thank you for completing the take-home exercise for the Data Scientist role at Tidewell Energy. I know these exercises take a real chunk of time, and we don't take that for granted.

Three of us reviewed your submission independently – Ines, Patrick and I – and then met to compare notes, as we do for every candidate.

Your write-up was clear and easy to follow, and the visualisations of usage by tariff were some of the nicest we've seen.

After that discussion, though, we've decided not to progress your application to the interview stage, as the submission did not reach the standard we need at this point in the process.

We appreciated the care you had clearly put into it.

We had a lot of strong submissions for this role, which made the decisions harder than usual.

Thanks again for your interest in Tidewell, and good luck with your search.

Best,
Hamza Qureshi
Lead Data Scientist, Tidewell Energy`, 'Tidewell Energy – your take-home exercise'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Nadia,

Thanks so much for the time you spent with us over the last few weeks for the Senior Product Manager role – the first chat with me, the product case with Alex and Tobi, and the conversation with Rachel on Tuesday.

I'm writing to let you know that we won't be moving forward with an offer.

I want to say first that we really enjoyed the process with you. Your product case was thoughtful, and the way you framed the onboarding problem is something Alex has been quoting in team meetings since.

The role will have two product managers reporting to it from day one, and the panel needed someone who has line-managed before; you told us that your supervisory experience so far has been coordinating a volunteer team on a side project, and we didn't feel we could ask you to learn that in this role.

I realise this process asked a lot of you, and I'm grateful for the good grace you brought to every stage of it.

Wishing you all the best, and thank you again.

Sophie Laurent
Talent Partner, Mapleleaf Health`, 'Senior Product Manager – update'),

  rej('interview', ['generic'], {},
    `Hi Liam,

Thanks so much for the time you spent with us over the last few weeks for the Senior Product Manager role – the first chat with me, the product case with Alex and Tobi, and the conversation with Rachel on Wednesday.

I'm writing to let you know that we won't be moving forward with an offer.

I want to say first that we really enjoyed the process with you. Your product case was thoughtful, and the way you framed the onboarding problem is something Alex has been quoting in team meetings since.

Everyone who spoke to you came away with a good impression, and you should take a lot of confidence from how you came across.

I realise this process asked a lot of you, and I'm grateful for the good grace you brought to every stage of it.

Wishing you all the best, and thank you again.

Sophie Laurent
Talent Partner, Mapleleaf Health`, 'Senior Product Manager – update'),

  rej('interview', ['salary'], { ...fb },
    `Dear Jeroen,

Thank you for meeting Annelies and me last week to talk about the Operations Controller position at Veldhaven Logistics in Rotterdam.

We enjoyed the conversation a great deal. You clearly know the warehouse side of the business well, and your story about rebuilding the stock-count process at your current employer was a memorable one.

We have now spoken with all of the candidates on the shortlist and compared our notes carefully.

I am sorry to tell you that we have decided not to continue the process with you.

The figure you gave for your salary expectations, €68,000, is well above the band for this position, which tops out at €58,000, and after discussing it internally we were not able to close that gap.

I realise this is disappointing news after the time you have invested in our process, and I want to thank you for your openness throughout.

We wish you every success in the next step of your career.

Kind regards,
Marloes Bakker
HR Business Partner, Veldhaven Logistics B.V.`, 'Operations Controller – Veldhaven Logistics'),

  rej('interview', ['generic'], {},
    `Dear Pieter,

Thank you for meeting Annelies and me last week to talk about the Operations Controller position at Veldhaven Logistics in Rotterdam.

We enjoyed the conversation a great deal. You clearly know the warehouse side of the business well, and your story about rebuilding the stock-count process at your current employer was a memorable one.

We have now spoken with all of the candidates on the shortlist and compared our notes carefully.

I am sorry to tell you that we have decided not to continue the process with you.

After careful deliberation, we have decided to move forward with other candidates.

I realise this is disappointing news after the time you have invested in our process, and I want to thank you for your openness throughout.

We wish you every success in the next step of your career.

Kind regards,
Marloes Bakker
HR Business Partner, Veldhaven Logistics B.V.`, 'Operations Controller – Veldhaven Logistics'),

  rej('interview', ['location'], { ...fb },
    `Hi Ciara,

Thanks a million for coming in to meet Declan and the team last Thursday for the Customer Insights Lead role. I know it was a long day of travel for you, and we really appreciated it.

We had a great conversation, and Declan in particular enjoyed hearing about the loyalty-card analysis you led.

We've now met everyone on the shortlist and had a long chat as a team about next steps.

I'm sorry to say that we've decided not to take your application any further.

You mentioned that you'd need to stay based in Cork and travel up twice a month, and this role needs someone in the Dublin office four days a week to work alongside the commercial team, so we couldn't make the arrangement work.

It was a genuinely tough decision, and I want to thank you for the time and thought you put into the process.

All the best,
Aoife Brennan
Talent Acquisition, Gallán Retail Group`, 'Customer Insights Lead'),

  rej('interview', ['generic'], {},
    `Hi Shauna,

Thanks a million for coming in to meet Declan and the team last Friday for the Customer Insights Lead role. I know it was a long day of travel for you, and we really appreciated it.

We had a great conversation, and Declan in particular enjoyed hearing about the loyalty-card analysis you led.

We've now met everyone on the shortlist and had a long chat as a team about next steps.

I'm sorry to say that we've decided not to take your application any further.

We were impressed by what you've achieved so far, and there was a lot of warmth around the table when we talked about you.

It was a genuinely tough decision, and I want to thank you for the time and thought you put into the process.

All the best,
Aoife Brennan
Talent Acquisition, Gallán Retail Group`, 'Customer Insights Lead'),

  // ── Long letters, the door buried, and the same letter with only good wishes
  rej('final', ['position_filled'], { ...door },
    `Dear Ahmed,

Thank you for taking part in the final round for the Platform Engineer position at Kittiwake Systems, including the systems design session with Lena and the conversation with our CTO, Michael.

I'd like to start by saying how much we appreciated your time. A final round of this kind is a big commitment, and you approached every part of it with care.

We have now completed the process and have offered the position to another candidate, who has accepted.

This was one of the hardest decisions we have made this year. The final shortlist was very strong, and the panel spent a long time discussing every candidate.

We would welcome an application from you for future openings that match your experience; we expect to hire two more platform engineers in the spring, and I will make sure the hiring manager knows your name.

Thank you again for your interest in Kittiwake, and for the thoughtful questions you asked us along the way.

Kind regards,
Ruth Abernethy
Head of Talent, Kittiwake Systems`, 'Platform Engineer – final round outcome'),

  rej('final', ['position_filled'], {},
    `Dear Hugo,

Thank you for taking part in the final round for the Platform Engineer position at Kittiwake Systems, including the systems design session with Lena and the conversation with our CTO, Michael.

I'd like to start by saying how much we appreciated your time. A final round of this kind is a big commitment, and you approached every part of it with care.

We have now completed the process and have offered the position to another candidate, who has accepted.

This was one of the hardest decisions we have made this year. The final shortlist was very strong, and the panel spent a long time discussing every candidate.

We wish you every success in the next step of your career, wherever it takes you.

Thank you again for your interest in Kittiwake, and for the thoughtful questions you asked us along the way.

Kind regards,
Ruth Abernethy
Head of Talent, Kittiwake Systems`, 'Platform Engineer – final round outcome'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Ms Adeyemi,

Re: Clinical Research Associate – interview on 2 April

Thank you for attending the interview for the position of Clinical Research Associate at Harwell Biometrics.

We very much appreciate the time you took to prepare, and the panel enjoyed hearing about your experience of site monitoring on the oncology trials.

The panel has now met all of the shortlisted candidates. After careful consideration, we have decided to progress candidates whose experience more closely matches the current requirements of the role.

We recognise that this will be disappointing news.

With your agreement, we would like to keep your CV on file for twelve months and contact you if a suitable role becomes available during that time. If you would prefer us not to, please reply to let us know.

Thank you once again for your interest in Harwell Biometrics.

Yours sincerely,

Joanna Whitcombe
Talent Acquisition Manager, Harwell Biometrics Ltd`, 'Clinical Research Associate – outcome'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Mr Lindqvist,

Re: Clinical Research Associate – interview on 3 April

Thank you for attending the interview for the position of Clinical Research Associate at Harwell Biometrics.

We very much appreciate the time you took to prepare, and the panel enjoyed hearing about your experience of site monitoring on the oncology trials.

The panel has now met all of the shortlisted candidates. After careful consideration, we have decided to progress candidates whose experience more closely matches the current requirements of the role.

We recognise that this will be disappointing news.

In line with our candidate privacy notice, your application data will be deleted six months after the close of this recruitment campaign.

Thank you once again for your interest in Harwell Biometrics.

Yours sincerely,

Joanna Whitcombe
Talent Acquisition Manager, Harwell Biometrics Ltd`, 'Clinical Research Associate – outcome'),

  rej('application', ['generic'], { ...door },
    `Dear Fatima,

Thank you for applying to join the Visitor Experience team at the Tideway Museum of Maritime History.

We were overwhelmed by the response to this year's advert. More than four hundred people applied for eight posts, many of them with a real love of the museum and its collections, and reading the applications was a pleasure for the whole team.

Each application was read by two members of the Visitor Experience team against the criteria in the job description.

I am sorry to tell you that on this occasion we will not be inviting you to the interview and activity day.

We recruit for our seasonal visitor experience team each spring, and we would encourage you to apply again when the posts are advertised in February.

Thank you for your interest in the Tideway Museum, and we hope to welcome you through our doors as a visitor soon.

With best wishes,

Rosalind Achebe
Visitor Experience Manager
Tideway Museum of Maritime History`, 'Visitor Experience Assistant – your application'),

  rej('application', ['generic'], {},
    `Dear Connor,

Thank you for applying to join the Visitor Experience team at the Tideway Museum of Maritime History.

We were overwhelmed by the response to this year's advert. More than four hundred people applied for eight posts, many of them with a real love of the museum and its collections, and reading the applications was a pleasure for the whole team.

Each application was read by two members of the Visitor Experience team against the criteria in the job description.

I am sorry to tell you that on this occasion we will not be inviting you to the interview and activity day.

We wish you well in whatever comes next.

Thank you for your interest in the Tideway Museum, and we hope to welcome you through our doors as a visitor soon.

With best wishes,

Rosalind Achebe
Visitor Experience Manager
Tideway Museum of Maritime History`, 'Visitor Experience Assistant – your application'),

  rej('final', ['internal_candidate'], { ...door },
    `Hi Samira,

I wanted to get in touch myself about the Head of Partnerships role, as you've been so generous with your time – three conversations and a presentation to the leadership team is a lot to ask of anyone.

I'll be straight with you. After the final presentations, we've decided to appoint Ben, who has been leading our regional partnerships for the last two years, into the role.

It was close. Your presentation was the one people were still talking about the next morning, and I know the leadership team found the decision difficult.

I also know this is not the news you wanted, and I'm sorry to be the one giving it.

I'll be in touch when the next senior role opens in the team – we're planning to grow next year, and I'd genuinely like to see you apply.

Thank you again for everything you put into this. It was a real pleasure getting to know you.

Warm regards,
Eleanor Frost
Chief Operating Officer, Lanternfish Learning`, 'Head of Partnerships'),

  rej('final', ['internal_candidate'], {},
    `Hi Owen,

I wanted to get in touch myself about the Head of Partnerships role, as you've been so generous with your time – three conversations and a presentation to the leadership team is a lot to ask of anyone.

I'll be straight with you. After the final presentations, we've decided to appoint Ben, who has been leading our regional partnerships for the last two years, into the role.

It was close. Your presentation was the one people were still talking about the next morning, and I know the leadership team found the decision difficult.

I also know this is not the news you wanted, and I'm sorry to be the one giving it.

I wish you all the very best with your search, and I hope you find a team that deserves you.

Thank you again for everything you put into this. It was a real pleasure getting to know you.

Warm regards,
Eleanor Frost
Chief Operating Officer, Lanternfish Learning`, 'Head of Partnerships'),

  rej('interview', ['role_closed'], { ...door },
    `Dear Dr Varga,

Research Software Engineer – Institute for Coastal Modelling

Thank you for interviewing for the Research Software Engineer post on 9 June, and for your presentation on the ocean model's test suite.

I am writing to let you know that the funding for this post, which depended on a grant extension from the research council, has not been approved. The University has therefore withdrawn the post, and we will not be making an appointment.

I would like to stress that this decision has nothing to do with the candidates. The panel was very pleased with the quality of the shortlist, and I am sorry to bring this news after the effort you put in.

We have resubmitted the grant application in a revised form, and a decision is expected in the new year.

If the role is re-advertised next year, we would be glad to see your application again, and I will let you know personally when it is.

Thank you again for your interest in the Institute.

Yours sincerely,
Professor Alan Whitfield
Director, Institute for Coastal Modelling`, 'Research Software Engineer post'),

  rej('interview', ['role_closed'], {},
    `Dear Dr Moreau,

Research Software Engineer – Institute for Coastal Modelling

Thank you for interviewing for the Research Software Engineer post on 10 June, and for your presentation on the ocean model's test suite.

I am writing to let you know that the funding for this post, which depended on a grant extension from the research council, has not been approved. The University has therefore withdrawn the post, and we will not be making an appointment.

I would like to stress that this decision has nothing to do with the candidates. The panel was very pleased with the quality of the shortlist, and I am sorry to bring this news after the effort you put in.

We have resubmitted the grant application in a revised form, and a decision is expected in the new year.

At this stage we do not know whether the role will be re-advertised, or in what form.

Thank you again for your interest in the Institute.

Yours sincerely,
Professor Alan Whitfield
Director, Institute for Coastal Modelling`, 'Research Software Engineer post'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Jasleen,

Thank you for completing the online assessments for the Carrow & Deane Graduate Actuarial Programme.

We know that the tests ask a lot of candidates, and we are grateful for the time you gave to them.

Every candidate's results are reviewed against the same threshold, which is set before the assessments open and does not change during the campaign.

We are sorry to let you know that your results did not reach the threshold required to progress to the video interview stage, and we are unable to take your application further.

We appreciate that this will be disappointing, particularly after the time you have spent on your application.

You are welcome to apply again for the 2027 programme when applications open in September.

Thank you for your interest in Carrow & Deane.

Kind regards,
Graduate Recruitment Team
Carrow & Deane`, 'Carrow & Deane Graduate Actuarial Programme'),

  rej('assessment', ['assessment'], {},
    `Dear Marcus,

Thank you for completing the online assessments for the Carrow & Deane Graduate Actuarial Programme.

We know that the tests ask a lot of candidates, and we are grateful for the time you gave to them.

Every candidate's results are reviewed against the same threshold, which is set before the assessments open and does not change during the campaign.

We are sorry to let you know that your results did not reach the threshold required to progress to the video interview stage, and we are unable to take your application further.

We appreciate that this will be disappointing, particularly after the time you have spent on your application.

Please note that candidates who do not pass the online assessments may not reapply to this programme within the next twelve months.

Thank you for your interest in Carrow & Deane.

Kind regards,
Graduate Recruitment Team
Carrow & Deane`, 'Carrow & Deane Graduate Actuarial Programme'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Tanvir,

Thanks again for jumping on a call with me on Monday about the Growth Marketing Manager role at Sorrel.

It was great to hear about the campaigns you've been running, and I enjoyed our tangent about podcast advertising.

I've since shared my notes with the hiring manager, Priyanka, and we've talked through the whole shortlist together.

We've decided to move forward with candidates whose experience lines up more closely with what the role needs right now, so we won't be taking your application to the next stage.

I know a decision after a single call can feel abrupt, and I want to thank you for the time you gave us.

We'd love to stay in touch: if you join our talent community at sorrel.example/talent, you'll be the first to hear about new marketing roles, and I'll keep an eye out for you myself.

All the best,
Megan
Talent Partner, Sorrel`, 'Sorrel – Growth Marketing Manager'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Jules,

Thanks again for jumping on a call with me on Tuesday about the Growth Marketing Manager role at Sorrel.

It was great to hear about the campaigns you've been running, and I enjoyed our tangent about podcast advertising.

I've since shared my notes with the hiring manager, Priyanka, and we've talked through the whole shortlist together.

We've decided to move forward with candidates whose experience lines up more closely with what the role needs right now, so we won't be taking your application to the next stage.

I know a decision after a single call can feel abrupt, and I want to thank you for the time you gave us.

I wish you the very best with your search, and I hope you find the right team soon.

All the best,
Megan
Talent Partner, Sorrel`, 'Sorrel – Growth Marketing Manager'),

  // ── Long letters, an offer of feedback buried, and the same letter without it
  rej('interview', ['generic'], { ...offered },
    `Dear Imogen,

Thank you for coming in to meet Ewan, Lucy and me on Wednesday for the Communications Officer role at the Ardmore Trust.

We know that interviews can be nerve-wracking, and we really appreciated the care you put into your preparation, including the press release exercise you completed beforehand.

We interviewed five candidates for the role, and the panel met on Friday to compare notes and reach a decision.

I'm sorry to let you know that we have decided not to offer you the position on this occasion.

If you'd like to hear more from the panel about how the decision was reached, just reply to this email and I'll set up a call with Ewan for a time that suits you.

Thank you again for your interest in the Ardmore Trust and in the work we do.

With best wishes,
Helen McAllister
Operations Manager, The Ardmore Trust`, 'Communications Officer – interview outcome'),

  rej('interview', ['generic'], {},
    `Dear Calum,

Thank you for coming in to meet Ewan, Lucy and me on Thursday for the Communications Officer role at the Ardmore Trust.

We know that interviews can be nerve-wracking, and we really appreciated the care you put into your preparation, including the press release exercise you completed beforehand.

We interviewed five candidates for the role, and the panel met on Friday to compare notes and reach a decision.

I'm sorry to let you know that we have decided not to offer you the position on this occasion.

The panel enjoyed meeting you, and we were grateful for the thought you put into every one of your answers.

Thank you again for your interest in the Ardmore Trust and in the work we do.

With best wishes,
Helen McAllister
Operations Manager, The Ardmore Trust`, 'Communications Officer – interview outcome'),

  rej('final', ['position_filled'], { ...offered },
    `Dear Ms Oyelowo,

Head of Finance – Ref. FIN/0142

Thank you for attending the final interview for the post of Head of Finance at Greyfriars Housing Association on 22 May, and for the presentation you gave to the Board's appointments committee.

The committee has now considered all of the candidates who attended the final stage. I am writing to let you know that the post has been offered to, and accepted by, another candidate.

The committee asked me to pass on its thanks for the considerable time and effort you invested in the process, from your written application through to the final interview.

We appreciate that this will be disappointing news.

Candidates who attended the final interview may request written feedback within 28 days of the date of this letter by emailing recruitment@greyfriarsha.example, quoting the reference above.

Thank you once again for your interest in Greyfriars Housing Association.

Yours sincerely,

Patricia Kenworthy
Director of People
Greyfriars Housing Association`, 'FIN/0142 – Head of Finance'),

  rej('final', ['position_filled'], {},
    `Dear Mr Bhatt,

Head of Finance – Ref. FIN/0142

Thank you for attending the final interview for the post of Head of Finance at Greyfriars Housing Association on 23 May, and for the presentation you gave to the Board's appointments committee.

The committee has now considered all of the candidates who attended the final stage. I am writing to let you know that the post has been offered to, and accepted by, another candidate.

The committee asked me to pass on its thanks for the considerable time and effort you invested in the process, from your written application through to the final interview.

We appreciate that this will be disappointing news.

Owing to the number of candidates in this campaign, we are unable to provide individual feedback.

Thank you once again for your interest in Greyfriars Housing Association.

Yours sincerely,

Patricia Kenworthy
Director of People
Greyfriars Housing Association`, 'FIN/0142 – Head of Finance'),

  rej('assessment', ['assessment'], { ...offered },
    `Dear Vikram,

Thank you for completing the online assessments for the Stanmore Rail Graduate Engineering Scheme.

We know that the tests take time and concentration, and we are grateful for the effort you put into them.

All results are reviewed by our assessment team against a benchmark that is the same for every candidate, regardless of the discipline applied for.

Unfortunately your results did not meet the benchmark required to progress to the assessment centre, and we are unable to take your application further this year.

If you request it, we can send you a breakdown of your scores by section; simply reply to this email within 30 days.

Thank you again for your interest in Stanmore Rail, and we wish you every success.

Kind regards,
Early Careers Team
Stanmore Rail`, 'Stanmore Rail Graduate Engineering Scheme'),

  rej('assessment', ['assessment'], {},
    `Dear Aoibhinn,

Thank you for completing the online assessments for the Stanmore Rail Graduate Engineering Scheme.

We know that the tests take time and concentration, and we are grateful for the effort you put into them.

All results are reviewed by our assessment team against a benchmark that is the same for every candidate, regardless of the discipline applied for.

Unfortunately your results did not meet the benchmark required to progress to the assessment centre, and we are unable to take your application further this year.

Please note that individual test scores are not shared with candidates.

Thank you again for your interest in Stanmore Rail, and we wish you every success.

Kind regards,
Early Careers Team
Stanmore Rail`, 'Stanmore Rail Graduate Engineering Scheme'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Keisha,

Thanks for your patience while we wrapped up interviews for the Senior Account Manager role at Northlight Media.

It was lovely to meet you. Ama and Chris both said how much they enjoyed the conversation, especially your stories from the festival sponsorship deals.

We spoke to a really strong group of people for this role, and we took our time over the decision.

In the end, we've decided to go with candidates whose experience is a closer match for the accounts this role will look after, so we won't be moving forward with your application.

Ama has said she'd be happy to talk you through her notes from the interview if that would be useful – just let me know and I'll find a time.

Thanks again for your time and energy throughout the process.

Best,
Lily
People Team, Northlight Media`, 'Senior Account Manager – Northlight Media'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Rory,

Thanks for your patience while we wrapped up interviews for the Senior Account Manager role at Northlight Media.

It was lovely to meet you. Ama and Chris both said how much they enjoyed the conversation, especially your stories from the festival sponsorship deals.

We spoke to a really strong group of people for this role, and we took our time over the decision.

In the end, we've decided to go with candidates whose experience is a closer match for the accounts this role will look after, so we won't be moving forward with your application.

Ama asked me to pass on her thanks for the time you spent with her.

Thanks again for your time and energy throughout the process.

Best,
Lily
People Team, Northlight Media`, 'Senior Account Manager – Northlight Media'),

  rej('final', ['profile_mismatch'], { ...offered, ...door },
    `Dear Aditi,

Thank you for attending the final panel for the Assistant Director of Digital Services at Westmere University on Monday, and for the presentation on the student portal roadmap.

The panel was grateful for the time you gave us across the process, including the earlier interview and the stakeholder session with the students' union.

The panel met on Tuesday and, after a long discussion, concluded that another candidate's experience was the closest match to the role as it currently stands. I am sorry not to be bringing better news.

We will be recruiting to two Head of Service posts in the directorate next year, and I would very much like you to consider applying for one of them.

If feedback would help, I can arrange a 20-minute call with the panel chair, Professor Owusu, at a time that suits you.

Thank you again, and with very best wishes,

Catherine Lyle
HR Partner, Westmere University`, 'Assistant Director of Digital Services'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Jonathan,

Thank you for attending the final panel for the Assistant Director of Digital Services at Westmere University on Monday, and for the presentation on the student portal roadmap.

The panel was grateful for the time you gave us across the process, including the earlier interview and the stakeholder session with the students' union.

The panel met on Tuesday and, after a long discussion, concluded that another candidate's experience was the closest match to the role as it currently stands. I am sorry not to be bringing better news.

We will be recruiting to two Head of Service posts in the directorate next year, and I would very much like you to consider applying for one of them.

Professor Owusu asked me to pass on the panel's thanks for a thoughtful and well-prepared presentation.

Thank you again, and with very best wishes,

Catherine Lyle
HR Partner, Westmere University`, 'Assistant Director of Digital Services'),

  rej('screen', ['generic'], { ...offered },
    `Hi Priyanka,

Thanks for taking the time to speak with me on Thursday about the Customer Operations Lead role at Halyard.

I really enjoyed our conversation, and I appreciated how openly you talked about what you're looking for in your next role.

After our call I went through my notes with Daniel, the hiring manager, and we looked at the whole group of people we've spoken to so far.

We've decided not to move you forward to the interview stage this time.

If it would help, I'm happy to share what Daniel and I noted from our call – just reply and I'll send it over or set up ten minutes on the phone.

Thanks again, and good luck with the search.

Best,
Tom Ashworth
Recruiter, Halyard`, 'Halyard – Customer Operations Lead'),

  rej('screen', ['generic'], {},
    `Hi Marcus,

Thanks for taking the time to speak with me on Friday about the Customer Operations Lead role at Halyard.

I really enjoyed our conversation, and I appreciated how openly you talked about what you're looking for in your next role.

After our call I went through my notes with Daniel, the hiring manager, and we looked at the whole group of people we've spoken to so far.

We've decided not to move you forward to the interview stage this time.

If you have any questions about how our hiring process works, I'm happy to answer them – just reply to this email.

Thanks again, and good luck with the search.

Best,
Tom Ashworth
Recruiter, Halyard`, 'Halyard – Customer Operations Lead'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Mr. Srinivasan,

Greetings from Aranya Cloud Technologies.

We thank you for attending the technical interview rounds for the position of Site Reliability Engineer on 18th and 20th March, and for the time you have devoted to our selection process.

Our panel appreciated your clear communication and your detailed knowledge of Linux system administration.

After careful evaluation, we regret to inform you that we will not be proceeding with your candidature for this position.

As per the panel's evaluation, your hands-on experience with Kubernetes in production and with writing Terraform modules was limited compared with the requirements of the role, which involves managing our clusters independently from the first month.

If you would like more detail on the technical rounds, our Engineering Manager, Ms. Deepa Rao, will be glad to go through the interviewers' notes with you on a call. Please write to careers@aranyacloud.example to schedule it.

We wish you all the best for your future endeavours.

Regards,
Talent Acquisition Team
Aranya Cloud Technologies Pvt. Ltd., Bengaluru`, 'Interview Status – Site Reliability Engineer'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Ms. Fernandes,

Greetings from Aranya Cloud Technologies.

We thank you for attending the technical interview rounds for the position of Site Reliability Engineer on 19th and 21st March, and for the time you have devoted to our selection process.

Our panel appreciated your clear communication and your detailed knowledge of Linux system administration.

After careful evaluation, we regret to inform you that we will not be proceeding with your candidature for this position.

As per the panel's evaluation, your hands-on experience with Kubernetes in production and with writing Terraform modules was limited compared with the requirements of the role, which involves managing our clusters independently from the first month.

We thank you for your interest in Aranya Cloud Technologies.

We wish you all the best for your future endeavours.

Regards,
Talent Acquisition Team
Aranya Cloud Technologies Pvt. Ltd., Bengaluru`, 'Interview Status – Site Reliability Engineer'),

  rej('final', ['skills_gap', 'position_filled'], { ...fb, ...offered, ...door },
    `Dear Hiroshi,

Thank you for coming to Sydney for the final interview and site visit for the Senior Hydrogeologist role at Coolabah Environmental, and for the presentation you gave on the groundwater model for the Hunter project.

I know it was a long trip, and I'm grateful you made it. The team enjoyed showing you around the laboratory, and several of them have told me since how much they liked your questions.

We've now completed the process and have offered the role to another candidate, who has accepted.

I wanted to explain how we got there. The role will be signing off groundwater assessments for mining approvals in New South Wales, and the panel needed someone who has already done that under the state's Aquifer Interference Policy; your approvals work has all been in Queensland, and that was the main point on which the other candidate had the edge.

We'll be growing the team again next financial year, and I would really like to see your name on the shortlist. I'll let you know directly when the role is advertised.

If it would help to talk through the panel's notes in more detail, I'm happy to arrange a call at a time that suits you.

Thank you again for everything you put into this.

Kind regards,
Bronwyn Clarke
Principal, Water Resources
Coolabah Environmental`, 'Senior Hydrogeologist – outcome'),

  // ── Fit, told in different shapes: after a colon or a dash, in the next sentence, in a list, in a reply
  rej('interview', ['culture_fit'], { ...fb },
    `Hi Ben,

Thanks for coming in on Tuesday to meet the newsroom team for the Digital Producer role.

We've decided not to offer you the job, and I wanted to be honest about why. We don't think it's the right match for how this desk works: you told us you do your best work with a clear brief and a few days to polish, and here the brief is usually a message in the group chat and the deadline is in forty minutes.

That's not a criticism – plenty of great teams work your way, and I think you'd thrive in one of them.

Thanks again,
Nell Hargreaves
Digital Editor, The Wessex Courier`, 'Digital Producer'),

  rej('interview', ['culture_fit'], { ...fb },
    `Dear Farah,

Thank you for your two interviews for the Features Writer role at Kelpie Magazine.

We've decided not to move forward, as we don't think you'd be the right fit for the team – in both conversations you said you'd rather work alone on long pieces and have your editor step in only at the end, and on this desk every feature is written in pairs, with an editor in the document from the first draft.

We enjoyed your clips enormously, and thank you for your time.

Best wishes,
Rowan Blackwood
Features Editor, Kelpie Magazine`, 'Features Writer – Kelpie Magazine'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Andrzej,

Thanks for your time with the infrastructure team yesterday.

We've decided you're not the right fit for the team. When we talked about the on-call rota, you said you weren't keen on being paged outside working hours and would want to hand incidents over until the morning, and everyone on this team takes a week of on-call in five and sees incidents through.

I appreciate you being upfront about it – it made the decision easier for both of us.

Cheers,
Ola Nwosu
Engineering Manager, Bramblecrest`, 'Bramblecrest – Infrastructure Engineer'),

  rej('interview', ['culture_fit', 'skills_gap'], { ...fb },
    `Hi Chantelle,

Thank you for meeting us for the Client Bookkeeper role at Lindley & Rowe Accountants.

We have decided not to offer you the position. To be transparent, these were the main points the panel discussed:

• Working style – you described wanting a quiet, heads-down role with little client contact, and this role involves calls with our small-business clients most days.
• Software – the role runs almost entirely on Xero, and you told us you have only used Sage.

Thank you for your time, and we wish you well in your search.

Kind regards,
Pauline Rowe
Practice Manager, Lindley & Rowe Accountants`, 'Client Bookkeeper – interview outcome'),

  rej('final', ['culture_fit'], { ...fb },
    `Hi Jamal,

Of course – I asked the assessors and here's what they said.

Honestly, yes, it came down to how you worked with the group. In the group exercise you set out a plan in the first five minutes and then kept steering the discussion back to it, and when two of the others suggested a different approach you didn't come back to their ideas. The programme puts graduates into mixed teams from the first week, and the assessors felt that was a real difference between you and the people we offered places to.

The rest of your day was strong, for what it's worth.

Best,
Natalie
Graduate Recruitment, Orwell Fraser

On Mon, 3 Mar at 09:41, Jamal Idris wrote:
> Hi Natalie,
> Thanks for letting me know the outcome of the assessment centre. Was it something about fit? I felt the interview went well so I'm trying to understand where I fell short.
> Jamal
>
> On Fri, 28 Feb at 16:20, Natalie Greer wrote:
>> Dear Jamal, thank you for attending the Orwell Fraser assessment centre on 25 February. I'm sorry to tell you that you have not been offered a place on the Graduate Programme this year. Kind regards, Natalie`, 'Re: Orwell Fraser assessment centre'),

  rej('final', ['culture_fit'], {},
    `Hi Isabelle,

Thanks for your message, and I completely understand wanting to know more.

It did come down to fit with the team, I'm afraid. The panel's view was that the other finalists would slot in more naturally alongside the people already there, and I'm not able to say more than that.

I know it's not the detailed answer you were hoping for. Good luck with everything.

Best,
Marcus
Talent, Wildhaven Studios

> Hi Marcus, I was wondering whether you could tell me why I wasn't chosen after the final round? Was it about fit? Many thanks, Isabelle`, 'Re: Final round – Wildhaven Studios'),

  rej('interview', ['culture_fit'], {},
    `Dear Ravi,

Thank you for interviewing for the Operations Coordinator position at Goldthorpe Events.

After careful consideration, we don't feel that you would be the right fit for our team culture at this point, and we have decided not to proceed with your application.

We wish you the very best in your search.

Kind regards,
Goldthorpe Events HR`, 'Operations Coordinator – Goldthorpe Events'),

  rej('interview', ['culture_fit'], { ...door },
    `Hi Bethan,

Thanks so much for chatting with us last week about the Community Manager role.

We really enjoyed meeting you, but the culture fit wasn't quite there for this particular team, so we've decided not to move forward.

We'd love to keep your details on file – roles on our other teams come up often, and we'll reach out if something suitable opens.

Take care,
The Pebblestone People Team`, 'Community Manager at Pebblestone'),

  rej('screen', ['culture_fit'], {},
    `Hello Darius,

Thank you for taking the time to speak with our recruitment team about the Sales Development Representative position.

After reviewing our conversation, we are looking for someone who aligns more closely with our company values, and we will not be progressing your application.

We appreciate your interest in Vantor Labs.

Regards,
Vantor Labs Talent`, 'Your application at Vantor Labs'),

  rej('interview', ['culture_fit'], { ...offered },
    `Hi Mei,

Thank you for the time you spent with us at Sundial Analytics on Friday. You clearly have a lot to offer, and everyone enjoyed the conversation.

After a lot of discussion, we felt that the team dynamics weren't quite right for this particular role, so we won't be moving forward.

If you'd like to talk through the team's thoughts, I'm very happy to arrange a short call – just let me know.

Best,
Ffion Jenkins
People Partner, Sundial Analytics`, 'Sundial Analytics – Analytics Engineer'),

  rej('interview', ['culture_fit'], {},
    `Hey Ollie,

Thanks for coming in on Wednesday to meet the crew.

The reason I'm writing is simple: fit. We felt the other candidates would slot into the team a bit more naturally, so we're going to pass this time.

Really appreciate your time, and all the best with the search.

Kit
Founder, Ferngully Coffee Roasters`, 'Roastery Assistant'),

  rej('interview', ['culture_fit'], { ...fb },
    `Dear Stefan,

Thank you for interviewing with us for the Backend Engineer position at Quaywise.

We have decided not to make you an offer. Our first value is that everyone owns the customer's outcome, whatever their job title. When we walked through the scenario of a customer whose payments were failing, you said that it was "support's problem until they've reproduced the bug", and the panel felt that this was a real difference from how our engineers work.

We appreciate your time and wish you well.

Kind regards,
Quaywise Engineering Hiring Team`, 'Quaywise – Backend Engineer'),

  rej('assessment', ['culture_fit'], { ...fb },
    `Hi Tariq,

Thanks for doing the pairing exercise with Laura and Femi on Monday.

Technically, your solution was fine – it passed all of the tests and the code was tidy. The reason we're not moving forward is the way the session went: you took the keyboard early and worked through the problem mostly in silence, and when Femi asked what you were trying, you said you'd explain once it worked. We pair on almost everything here, and the team felt that way of working wouldn't suit you or them.

Thanks again for your time.

Best,
Grace Ofori
Engineering Lead, Ledgerlight`, 'Ledgerlight – pairing exercise'),

  rej('interview', ['culture_fit'], { ...fb, ...door },
    `Hi Ananya,

Thanks for the conversations last week about the Frontend Engineer role on our Checkout team.

We've decided not to go ahead. Checkout ships several times a day, and we often change priorities overnight when a partner bank changes something. You told us that you prefer to plan your work a sprint ahead and find frequent changes of direction draining, which is completely fair, but it's exactly what this team lives with.

Our Platform team works much more the way you described, and they'll be hiring in the new year. I'd love to introduce you when they open the role.

Best,
Sam Whitlock
Engineering Manager, Finchpay`, 'Finchpay – Frontend Engineer'),

  // ── "Fit" about the role, not the person, and "fit" that is really another reason
  rej('interview', ['role_closed'], {},
    `Dear Hannah,

Thank you for interviewing for the Marketing Manager position at Orchard Lane Foods.

Having met several candidates, we have realised that the role as we wrote it isn't the right fit for what the business needs now. We have withdrawn the vacancy while we rethink the structure of the marketing team, and we will not be making an appointment.

This decision is about the role and not about you or any other candidate. Thank you for your time.

Kind regards,
Neil Harrington
Commercial Director, Orchard Lane Foods`, 'Marketing Manager – vacancy withdrawn'),

  rej('application', ['role_closed'], {},
    `Hi Jonah,

Thanks for applying for the Partnerships Associate role at Brightmoor.

We've reviewed our plans for the next two quarters, and the role itself is no longer the right fit for our current priorities, so we've cancelled it. We won't be progressing any applications for this position, including yours.

Sorry for the change of plans, and thanks for your interest.

Brightmoor Talent Team`, 'Partnerships Associate – role cancelled'),

  rej('application', ['role_closed'], {},
    `Hi Daisy,

Thank you for applying for the Junior Data Analyst role at Corvell Insurance.

We've concluded that a junior role isn't the right fit for what the team needs right now, so we've closed this vacancy and will advertise a single senior analyst post instead later in the year. This has nothing to do with your application – we haven't assessed any candidates against the new role.

Thanks for your interest in Corvell.

Kind regards,
Corvell Insurance Recruitment`, 'Junior Data Analyst – vacancy closed'),

  rej('application', ['profile_mismatch'], {},
    `Dear Kofi,

Thank you for applying for the Category Buyer role at Harrowfield Stores.

We have reviewed your application and, on this occasion, we don't feel that you are the right fit for this role. We will not be taking your application further.

Thank you for your interest in Harrowfield Stores.

Kind regards,
Harrowfield Stores Recruitment`, 'Category Buyer – Harrowfield Stores'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Léa,

Thanks for the call on Monday.

Having thought it over with the hiring manager, we don't think this role is the right fit for your experience, so we won't be moving you to the next stage.

Thanks again for your time.

Kerry
Recruitment, Tollgate Software`, 'Tollgate Software – next steps'),

  rej('interview', ['overqualified'], { ...fb },
    `Hi Graham,

Thanks for meeting us on Friday about the Support Analyst position.

We don't think the role is the right fit for where you are in your career. You've run a support organisation of fifteen people, and this is a junior individual-contributor post working the ticket queue, with no team to lead. We'd worry you'd be bored within a month.

Thanks again, and good luck with your search.

Rhiannon
Support Lead, Kestrel Cloud`, 'Support Analyst – Kestrel Cloud'),

  rej('interview', ['location'], { ...fb },
    `Hi Tom,

Thanks for the interview on Wednesday for the Account Executive role.

I'm afraid the fit isn't right on the practical side. You told us you need a fully remote role, and this team works from our Leeds office four days a week, so we won't be moving forward.

All the best,
Harriet Cole
Sales Manager, Moorgate Software`, 'Account Executive – Moorgate Software'),

  rej('screen', ['salary'], { ...fb },
    `Hi Anouk,

Thanks for the call earlier.

I've spoken to the hiring manager, and unfortunately it isn't a fit on compensation: the €75,000 you mentioned is well above the band for this role, which tops out at €60,000, and there's no flexibility on it this year. So we won't be moving forward.

Sorry it didn't work out, and best of luck.

Joost
Recruiter, Tulpstad Payments`, 'Tulpstad Payments – Product Analyst'),

  rej('interview', ['position_filled'], {},
    `Hi Priya,

Thank you for coming in to meet the team last week for the Office Manager role.

We all thought you'd fit in brilliantly with the team, which made this a hard message to write. We've offered the role to another candidate and she has accepted.

Thank you for your time, and all the best.

Lucy
Co-founder, Windrush Kitchens`, 'Office Manager – Windrush Kitchens'),

  rej('interview', ['culture_fit'], {},
    `Dear Ms Kowalczyk,

Thank you for attending the interview for the Practice Nurse position at Millbrook Surgery.

The panel felt that you would not be the right fit for our team at this time, and we will not be offering you the position.

We thank you for your interest and wish you well.

Yours sincerely,
Practice Manager
Millbrook Surgery`, 'Practice Nurse – interview outcome'),

  // ── Look-alikes in rejection words that decline nobody
  other(`Hi Grace,

Unfortunately Marcus, who was due to lead your interview for the Business Analyst role on Tuesday, has been called away to a client site, so the interview has to move to Thursday 12 June at the same time, 2pm.

I'm really sorry for the late change. If Thursday doesn't work for you, let me know a couple of times that do and I'll rearrange it.

Best,
Eva
Talent Coordinator, Strandline Consulting`, 'Your interview has moved to Thursday'),

  hold('interview', ['generic'], {}, `Dear Mohammed,

We regret the delay in getting back to you following your interview for the Quality Engineer position on 2 May.

No decision has been made yet. The panel is still finishing interviews with the remaining candidates, and we expect to contact everyone with an outcome by Friday 23 May.

Thank you for your patience.

Kind regards,
HR Team, Altmark Precision Components`, 'Quality Engineer – update'),

  other(`Hi Sienna,

Sadly we could not find your results for the numerical reasoning test in our system – it looks as if the session timed out before your answers were submitted. This happens occasionally and is nothing to worry about.

Please resubmit by retaking the test using the link below before Sunday 9 March at 11:59pm. Your application will stay open in the meantime.

https://assessments.example/start/ngr-2026

Kind regards,
Graduate Recruitment, Norgate Bank`, 'Action needed: please resubmit your numerical test'),

  other(`Hi Mateus,

Thanks for your application for the Process Engineer role at our Teesside plant.

I wanted to be upfront before we go further: unfortunately we're not able to offer a relocation package for this role. We would still very much like to interview you, though, and if the role is of interest without relocation support, could you let me know your availability next week for a video interview with the plant manager?

Best regards,
Holly
Recruitment, Saltburn Chemicals`, 'Process Engineer – relocation and next steps'),

  other(`The Early Careers Digest – Issue 42

"Not successful on this occasion": how to bounce back from a graduate scheme rejection

If you've opened an email this month that begins "Unfortunately...", you are in good company. Most graduate schemes take fewer than one in twenty applicants, and almost everyone who ends up on one was turned down by somewhere else first.

Our careers consultants share three things to do after a rejection:
1. Ask for feedback if it's offered – and note it down even if it stings.
2. Look at which stage you reached. Failing the online tests calls for different practice from missing out at an assessment centre.
3. Keep applying while you wait. Many schemes recruit on a rolling basis.

Also in this issue: our spring careers fair line-up, and a student's guide to video interviews.

University of Aldgate Careers Service
Unsubscribe from this newsletter`, 'Early Careers Digest: bouncing back from rejection'),

  other(`Dear Wen,

Thank you for letting us know that you would like to withdraw your application for the Graduate Analyst Programme at Ravelston Capital.

We have withdrawn your application as requested, and you will not receive any further emails about this campaign. We're sorry to see you go, and congratulations on accepting another offer.

Kind regards,
Graduate Recruitment Team
Ravelston Capital`, 'Application withdrawn – Graduate Analyst Programme'),

  other(`Hi Kabir,

Sadly your recorded video interview for the Consulting Analyst Programme didn't save properly – our platform provider had an outage on Tuesday afternoon, and several candidates' answers were lost.

We're very sorry for the inconvenience. We've reset your interview so you can record it again; the deadline has been extended to Monday 17 November.

Kind regards,
Early Careers Team, Hallworth Advisory`, 'Please re-record your video interview'),

  other(`Dear Ruby,

Thank you for confirming your place at our assessment centre on 4 February.

Regrettably, we are unable to reimburse travel costs above £60 per candidate, and we cannot cover overnight accommodation. If you are travelling from further afield and this causes difficulty, please let us know and we can offer you a place at our virtual assessment centre on 6 February instead.

We look forward to seeing you.

Kind regards,
Graduate Recruitment, Tamworth Quay Engineering`, 'Assessment centre – travel expenses'),

  other(`Dear Applicant,

Your document upload was unsuccessful.

The file "Transcript_Year2.pdf" could not be uploaded because it exceeds the 5 MB limit. Please reduce the file size and upload it again from the Documents section of your candidate account.

Your application for Summer Internship 2026 – Technology remains in progress.

This is an automated message from Hollins & Marr Careers.`, 'Document upload unsuccessful'),

  other(`Dear Callum,

I'm delighted to offer you the position of Junior Quantity Surveyor at Dunwell Construction, starting on 1 September.

Unfortunately we aren't able to match the salary of £34,000 you asked for, but we're pleased to offer a starting salary of £31,500, with a review after your first six months and full funding for your RICS APC.

Your formal offer letter is attached. Please let me know your decision by Friday 4 July – and do call me if you'd like to talk anything through.

Best wishes,
Stephen Kerr
Commercial Manager, Dunwell Construction`, 'Offer of employment – Junior Quantity Surveyor'),

  other(`Dear Students,

We regret to inform you that the Engineering & Technology Careers Fair scheduled for Wednesday 19 November has been cancelled, owing to the closure of the Great Hall for urgent repairs.

The fair will now take place online on the same date. Registered students will receive login details by Monday, and employers will run their sessions as planned.

We apologise for any inconvenience.

Careers & Employability Service
University of Brackenridge`, 'Engineering & Technology Careers Fair – change of format'),

  other(`Hey Niamh,

So sorry to hear Arden & Cole didn't go your way – honestly their loss. You were brilliant at the mock interview last month.

Want to grab a coffee on Thursday and look at where to apply next? I've heard the Bramwell placement scheme is still open.

Priya x`, 'coffee?'),

  other(`Hi Jordan,

Thank you for applying for the Junior Graphic Designer role at Cobbleworks.

Unfortunately your application doesn't include a portfolio, and we're unable to review applications for this role without one. Could you send a link to your portfolio, or a PDF of up to 10 pages, by replying to this email before Friday? We'll then review your application along with the others.

Thanks,
Maya
Studio Manager, Cobbleworks`, 'Junior Graphic Designer – portfolio needed'),

  other(`Hi Esther,

You started an application for the Kelvin & Ross Graduate Scheme 2026 but haven't submitted it yet.

Applications close at midnight on 30 November. Unfortunately, incomplete applications cannot be considered, so make sure you press "Submit" before the deadline.

Continue your application: https://careers.example/kr/continue

Good luck!
Kelvin & Ross Early Careers`, "Don't forget to submit your application"),

  other(`Thank you for your email.

I am out of the office until Monday 3 March and unfortunately will not be able to respond to messages until I return. For urgent queries about graduate recruitment, please contact gradrecruitment@penhallow.example.

Kind regards,
Louise Tran
Graduate Recruitment Manager, Penhallow Group`, 'Automatic reply: Question about my assessment centre'),

  other(`Dear Mr Adebayo,

Thank you for your email of 12 March about your experience at our assessment centre.

I am sorry that the start of the day was delayed by over an hour and that you did not receive the case study materials in advance as promised. That should not have happened, and I have raised it with our assessment partner.

I can confirm that the delay has been noted on your record and the assessors were asked to take it into account. Your application is still under consideration, and we expect to confirm outcomes by 28 March.

Yours sincerely,
Rachel Ingram
Head of Early Careers, Farrowdale Utilities`, 'Re: Complaint – assessment centre 10 March'),

  other(`Hi Dylan,

Unfortunately your booking for the 10:30 interview slot on Wednesday was not successful – the slot was taken by another candidate a few seconds before you confirmed.

Please choose another time from the available slots using the link below. There are still plenty of options on Wednesday and Thursday.

https://interviews.example/book/ahp-placement

Thanks,
Ashford Hale Placement Team`, 'Interview booking not completed'),

  other(`Dear Candidates,

We regret to inform you that the online assessment platform will be unavailable on Saturday 22 February from 6am to 2pm due to scheduled maintenance.

To make up for this, the deadline for completing your tests for the Quintrell Graduate Programme has been extended to Tuesday 25 February at 11:59pm.

Kind regards,
Quintrell Early Careers`, 'Online assessment – planned maintenance'),

  other(`Dear Pooja,

Greetings from Ishanvi Technologies!

We regret to inform you that, due to a revision of our training calendar, your date of joining has been deferred from 7th July to 1st September. Your offer for the position of Associate Engineer remains valid, and all other terms of the offer letter are unchanged.

Your revised joining letter will be shared by 15th June. We apologise for the inconvenience.

Regards,
HR Onboarding Team
Ishanvi Technologies Pvt. Ltd.`, 'Revised Date of Joining – Associate Engineer'),

  other(`Dear Grace,

Please disregard the email you received from us this morning telling you that your application for the Graduate Marketing Scheme was unsuccessful. It was sent to a group of candidates in error because of a fault in our applicant tracking system.

Your application is still under review, and you will hear from us about the next stage by 14 November.

We are very sorry for any confusion or upset this caused.

Kind regards,
Graduate Recruitment Team
Whitlow & Pryce`, 'Please disregard our earlier email'),
];
