/**
 * Development messages of the fourteenth round, never sealed, aimed at the stage (issue 9): talks after interviews in
 * new words, boilerplate that names later steps, steps taken named by their content, a hiring manager only mentioned
 * beside a single call, and references or background checks — in logistics, engineering firms, pharma, media, NGOs,
 * schools, hospitality chains, banks, consultancies and government, in British, American, Indian and Australian
 * English. The rules may be checked against them and the model may be trained on them.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold } = lineWriter('d14-');

const ats = '\n\n---\nPlease do not reply to this email. Northgate Freight is an equal opportunities employer and welcomes applications from all sections of the community.';

export const HANDWRITTEN_DEV_14: readonly CorpusLine[] = [
  // ── application: boilerplate that names later steps
  rej('application', ['generic'], {},
    `Dear Priya,

Thank you for applying for the Transport Planner vacancy. Our process normally includes a telephone interview, an online numerical test and an assessment centre at our Daventry hub. Unfortunately, on this occasion your application has not been progressed to the next stage.

Kind regards,
Resourcing Team${ats}`, 'Transport Planner – Daventry'),
  rej('application', ['profile_mismatch'], {},
    `Hi Tom,

Thanks for your interest in the Clinical Trial Associate role at Veramed. Successful applicants will be invited to a video interview followed by a final panel with the study leads. Having reviewed your CV against the requirements, we won't be taking your application forward.

Best wishes,
Talent Team`, 'Clinical Trial Associate'),
  rej('application', ['generic'], door,
    `Dear Candidate,

We write to inform you that your application for the post of Assistant Section Officer has not been shortlisted. Candidates shortlisted will be called for a written examination and personal interview, the dates of which will be intimated separately. You are welcome to apply against future notifications.

Regards,
Recruitment Cell`, 'ASO recruitment'),
  rej('application', ['generic'], {},
    `G'day Jack,

Cheers for putting your hand up for the Bar Supervisor job at the Harbourside. We had heaps of applications and we've gone with people who fit what we need right now. Shortlisted applicants were contacted for a trial shift last week.

Thanks again,
The Harbourside Crew`, 'Bar Supervisor'),
  rej('application', ['generic'], {},
    `Hello Aisha,

Thank you for your application to the Programme Officer role with Safe Water Alliance. Due to the high volume of applications we are only able to contact those selected for the written exercise and interview. As you have not heard from us, please assume your application was unsuccessful on this occasion.

With best wishes,
HR`, 'Programme Officer'),
  rej('application', ['skills_gap'], fb,
    `Dear Mr Fernandes,

Thank you for applying for the position of Structural Engineer. The role requires chartered status with the IStructE, which we could not see on your application, so we are unable to invite you to the technical interview stage.

Yours sincerely,
Hollis & Grant Consulting Engineers`, 'Structural Engineer'),
  rej('application', ['generic'], {},
    `Hi Maria,

Thank you for applying for our Graduate Analyst programme. Every application is read by two members of our team before anyone is invited to the online assessments and final assessment day. We're sorry to say yours will not be moving forward this year.

Kind regards,
Graduate Recruitment, Lindqvist Bank`, 'Graduate Analyst'),
  rej('application', ['position_filled'], {},
    `Dear Ms Thompson,

Thank you for your application for the post of Teacher of Geography. Interviews were held on Thursday and I am pleased to say that the post has now been filled. I am sorry to disappoint you on this occasion.

Yours sincerely,
Mrs K. Ahmed
Headteacher's PA`, 'Teacher of Geography'),
  rej('application', ['generic'], {},
    `Hello Rohan,

Thanks for your interest in joining Quill Media as a Video Producer. We've looked carefully at your reel and CV. Our next step would have been a short call with the recruiter and then a practical edit test, but we've decided not to take your application further.

All the best,
Quill Media People`, 'Video Producer'),
  rej('application', ['location'], fb,
    `Hi Chen,

Thanks for applying for the Warehouse Shift Lead role. Before we arrange any interviews we check right-to-work, and unfortunately we need candidates who already hold the right to work in the UK, which we don't think you do yet. We won't be progressing your application.

Best,
Logistics Recruitment`, 'Warehouse Shift Lead'),
  rej('application', ['generic'], door,
    `Dear Sipho,

Thank you for your interest in the Audit Associate position at Barrow Kline. After careful consideration of your application we have decided not to invite you to our assessment centre. We will keep your details on file and may be in touch about future openings.

Kind regards,
Barrow Kline Careers`, 'Audit Associate'),
  rej('application', ['generic'], {},
    `Hi Lauren,

We appreciate you applying to be a Front Office Associate at Marlow Hotels. Our recruitment journey includes a phone screen, a meet-the-team day and reference checks. We've reviewed your application and are moving forward with other candidates.

Marlow Hotels Talent`, 'Front Office Associate'),

  // ── screen: one call, a hiring manager only mentioned
  rej('screen', ['profile_mismatch'], {},
    `Hi Deepak,

Thanks for jumping on a call with me on Monday. I shared my notes with Laura, the hiring manager for the Supply Chain Analyst role, and she has decided to proceed with candidates whose experience is closer to what the team needs. Sorry it isn't better news.

Regards,
Neha
Talent Partner`, 'Supply Chain Analyst'),
  rej('screen', ['generic'], {},
    `Dear Olivia,

Thank you for taking my call last week about the Regulatory Affairs Specialist position. I have since discussed your profile with the hiring manager, and unfortunately we will not be moving you forward to interviews.

Best regards,
Caroline
Recruitment Consultant, Pharmaserve`, 'Regulatory Affairs Specialist'),
  rej('screen', ['salary'], fb,
    `Hi Marcus,

Great to chat on Thursday. As we discussed, the budget for the Site Engineer role tops out quite a bit below the package you're looking for, so I don't think it makes sense to put you in front of the project director. Apologies — I'd rather be straight with you.

Cheers,
Bec`, 'Site Engineer'),
  rej('screen', ['generic'], door,
    `Hello Ananya,

Thank you for the brief conversation with me yesterday regarding the Relationship Manager opening. After reviewing it with the branch head, we will not be taking your candidature forward at this point. We will reach out if a suitable role comes up.

Warm regards,
Kavita
HR, Sahyadri Bank`, 'Relationship Manager'),
  rej('screen', ['generic'], {},
    `Hey Sam,

Appreciate you hopping on the phone with me earlier this week. The next step would have been a video interview with the news editor, but we're going to go with other applicants for the Digital Reporter role.

Best,
Jules, People team`, 'Digital Reporter'),
  rej('screen', ['location'], fb,
    `Hi Fatima,

Thanks for the quick call this morning. As I mentioned, the Field Coordinator role needs someone based in Nairobi from the start date, and since relocation isn't possible for you right now we won't be moving to the interview stage.

Kind regards,
Joel, Recruitment`, 'Field Coordinator'),
  rej('screen', ['generic'], {},
    `Dear Liam,

Many thanks for your time on the initial phone screen. Our hiring manager reviewed the notes from our discussion and has decided not to proceed with your application for the Policy Adviser post.

Regards,
Recruitment Team, Department for Regional Growth`, 'Policy Adviser'),
  rej('screen', ['generic'], {},
    `Hi Georgia,

Thanks for making time for a 20-minute call with me on Friday. Having spoken with a few strong people, we've decided not to move you on to the next stage for the Events Manager role.

All the best,
Imogen
Talent Acquisition, Ardent Hospitality`, 'Events Manager'),

  // ── assessment: tests and checks, named by content
  rej('assessment', ['assessment'], fb,
    `Dear Jonas,

Thank you for completing the route-planning exercise for the Network Planner role. Your solution covered the depot constraints well, but the cost model didn't hold up against the sample week's volumes, and we will not be progressing your application.

Kind regards,
Northgate Freight Recruitment`, 'Network Planner'),
  rej('assessment', ['generic'], {},
    `Hi Kiran,

Thanks for the time you put into the mock trading-desk spreadsheet. We have reviewed all submissions and won't be inviting you to interview on this occasion.

Best,
Graduate Team`, 'Markets Analyst'),
  rej('assessment', ['assessment'], {},
    `Dear Applicant,

Thank you for sitting the online aptitude and situational judgement tests for the Civil Service Fast Stream. Your scores did not meet the threshold required to progress to the next stage of the scheme.

Fast Stream Recruitment`, 'Fast Stream application'),
  rej('assessment', ['assessment'], fb,
    `Hi Ruby,

Thanks for sending back the sample lesson plan for the Year 4 class. The plan was clearly structured, but the panel felt differentiation for the lower-attaining group was thin, so we won't be taking you forward.

Best wishes,
Mr Patel
Deputy Head`, 'Class Teacher'),
  rej('assessment', ['generic'], {},
    `Hello Arjun,

Thank you for writing the 800-word explainer on monsoon forecasting for us. The editors have read it alongside the others and have decided not to take your application any further.

Regards,
Features Desk`, 'Science Writer'),
  rej('assessment', ['generic'], {},
    `Dear Eleanor,

Your background screening for the Compliance Officer position has now been completed. Following a review of the results, we regret that we are unable to proceed with your application.

Kind regards,
Onboarding Team, Castellan Bank`, 'Compliance Officer'),
  rej('assessment', ['assessment'], fb,
    `Hi Noah,

Thanks for giving the CAD task a go. Your drawings were tidy, but the tolerancing on the bracket assembly missed the brief in a few places, so we've decided not to invite you to interview.

Cheers,
Ellie
Engineering Recruitment`, 'Mechanical Design Engineer'),
  rej('assessment', ['generic'], {},
    `Hi Zara,

Thank you for recording your answers on our one-way video platform. Having watched all responses, we've decided to progress other candidates for the Guest Experience Manager role.

Kind regards,
Ardent Hospitality Talent`, 'Guest Experience Manager'),

  // ── interview: talks after interviews in new words, steps by content
  rej('interview', ['generic'], {},
    `Hi Ben,

Thanks again for the time you spent with Graham and Shreya on Wednesday walking round the depot and talking about how you'd run nights. We've had a proper think and we're not going to offer you the role this time.

Cheers,
Paula
Operations Manager`, 'Night Shift Manager'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Dr Okafor,

Thank you for your presentation to the department and the discussion with the appointing committee on Friday. The committee considered all candidates carefully, and I regret that it was decided to offer the position to a candidate whose research profile fitted the department's plans more closely.

Yours sincerely,
Professor A. Lindsay
Head of School`, 'Lecturer in Pharmacology'),
  rej('interview', ['generic'], offered,
    `Hi Isla,

Thank you for the hour you gave us on Teams with Mark and me. It was a pleasure to hear about your work at the trust. We've now compared everyone we saw and won't be offering you the role — happy to give you some pointers over the phone if you'd like.

Best,
Hannah`, 'Quality Manager'),
  rej('interview', ['generic'], {},
    `Hello Sanjay,

Many thanks for meeting with our partners in Bengaluru last Thursday. After deliberating, the firm has decided not to extend an offer for the Senior Consultant position.

Kind regards,
Meera Iyer
HR Business Partner`, 'Senior Consultant'),
  rej('interview', ['culture_fit'], {},
    `Hi Ellie,

It was lovely having you in the kitchen on Saturday for the service. The brigade enjoyed working alongside you, but we felt the pace and style of our pass wasn't quite the right match for you, so we won't be offering the Chef de Partie role.

Thanks,
Chef Marco`, 'Chef de Partie'),
  rej('interview', ['generic'], {},
    `Dear Mr Wu,

Thank you for answering the panel's questions on 12 June regarding the Procurement Officer vacancy. The panel has now concluded its deliberations and I regret to inform you that you were not the successful candidate.

Yours sincerely,
Human Resources, Westmere Borough Council`, 'Procurement Officer'),
  rej('interview', ['generic'], door,
    `Hey Priya,

Thanks for the coffee and the chat with me and Tash on Tuesday — we loved hearing your take on the podcast. We've decided to go another way for the Audio Producer role, but please keep us on your radar.

Cheers,
Dom`, 'Audio Producer'),
  rej('interview', ['skills_gap'], fb,
    `Dear Kofi,

Thank you for talking us through your approach to the bridge deck inspection at our offices yesterday. The panel were impressed by your site experience, but we need someone who has already led bridge assessments under CS 454, and on that basis we will not be making you an offer.

Regards,
Martin Hale
Associate Director`, 'Bridge Engineer'),
  rej('interview', ['generic'], {},
    `Hi Naomi,

Thank you for getting to know us over the last couple of weeks — you met quite a few of us! We've reached a decision for the Partnerships Lead role and unfortunately it won't be you on this occasion.

Warmly,
Fiona
Head of Fundraising, Open Skies Trust`, 'Partnerships Lead'),
  rej('interview', ['generic'], {},
    `Dear Rahul,

Thank you for attending the interview with our panel for the role of Assistant Manager – Credit. We regret to inform you that you have not been selected for the position.

Regards,
HR Department`, 'Assistant Manager – Credit'),
  rej('interview', ['generic'], {},
    `Hi Caitlin,

Thanks for coming in and teaching the Year 9 group and meeting the head of department on Monday. We have decided to appoint another candidate.

Kind regards,
Mrs Brennan`, 'Teacher of Science'),
  rej('interview', ['profile_mismatch'], {},
    `Hi Alex,

Following our second conversation with you and the medical affairs team, we've decided to move forward with a candidate whose experience lines up more closely with the launch plans. I'm sorry it isn't better news.

Best,
Jen`, 'Medical Science Liaison'),
  rej('interview', ['generic'], {},
    `Hey Liam,

Really good to catch up with you and the boys at the yard on Friday arvo. We've had a yarn about it and we're going to go with someone else for the Dispatch Supervisor job. Good luck with it all mate.

Shane`, 'Dispatch Supervisor'),
  rej('interview', ['generic'], offered,
    `Dear Ms Rossi,

Thank you for the time you invested in our selection process, including the discussions with our Risk and Treasury leads. After careful consideration we will not be proceeding further. If you would like feedback, please reply to this email.

Kind regards,
Castellan Bank Recruitment`, 'Treasury Risk Manager'),
  rej('interview', ['generic'], {},
    `Hi Anjali,

Thanks for walking the editorial team through your pitch deck on Wednesday. We've decided not to move ahead with your candidacy for the Commissioning Editor role.

Best,
Quill Media`, 'Commissioning Editor'),
  rej('interview', ['generic'], {},
    `Hello Greg,

Thank you for the site visit and the conversation with our plant manager and maintenance supervisor on 4 March. After reviewing everyone we met, we've chosen to proceed with another applicant for the Reliability Engineer position.

Regards,
HR, Kestrel Pharma Manufacturing`, 'Reliability Engineer'),
  rej('interview', ['generic'], {},
    `Hi Mei,

Thanks for speaking with us a second time on Friday. I know you'd spent a lot of time with us by then. Sadly the team have decided not to move forward with your application.

Kind regards,
Oliver`, 'Data Analyst'),

  // ── final: explicit last step, references after final interviews
  rej('final', ['position_filled'], {},
    `Dear Harriet,

Thank you for taking part in the final stage of our selection process for the Country Director position. The trustees interviewed three excellent candidates and have offered the role to one of the others.

With warm regards,
Chair of Trustees`, 'Country Director'),
  rej('final', ['position_filled'], {},
    `Hi Vikram,

You were one of the last two in the running for the Head of Logistics role, and it was a genuinely close call. We've now offered the job to the other candidate and they have accepted.

Best,
Sunil`, 'Head of Logistics'),
  rej('final', ['generic'], door,
    `Hi Jess,

Thank you for spending the whole day with us at our Melbourne office last Friday. After comparing notes from each of the sessions, we won't be extending an offer for the Senior Consultant role. We'd love to stay in touch for future roles.

Cheers,
Talent team`, 'Senior Consultant'),
  rej('final', ['generic'], {},
    `Dear Mr Adeyemi,

Further to your final interview with the Managing Director and the subsequent reference checks, I am sorry to tell you that we will not be offering you the position of Commercial Manager.

Yours sincerely,
HR Manager`, 'Commercial Manager'),
  rej('final', ['generic'], {},
    `Hi Sophie,

Thanks for coming back for the final round with our CEO and CFO. I know how much effort the whole process took. We've decided to go with another finalist.

Best,
Tara
Recruiting, Brightline Analytics`, 'Finance Business Partner'),
  rej('final', ['profile_mismatch'], {},
    `Dear Nikhil,

Thank you for attending the final panel in Mumbai. While you were among the shortlisted finalists, the panel selected a candidate whose experience aligned more closely with the regional mandate.

Regards,
Talent Acquisition`, 'Regional Head – Sales'),
  rej('final', ['generic'], {},
    `Hi Rachel,

Thanks for sticking with us through the process — the onsite at our Denver plant, the meetings with the engineering leads and the leadership lunch. We've made the hard decision to go with another candidate.

Best,
Kyle`, 'Process Engineering Manager'),
  rej('final', ['generic'], {},
    `Dear Amara,

Thank you for being part of the final shortlist for the Head of Programmes post. After the second interview and speaking with your referees, the panel decided to appoint another candidate.

Kind regards,
HR, Safe Water Alliance`, 'Head of Programmes'),

  // ── interview-stage mail with prospective or process words
  rej('interview', ['generic'], {},
    `Hi Josh,

Thanks for interviewing with us for the Fleet Controller role. We had planned to invite a few people back for a final round with the regional director, but we've decided not to take your application to that stage.

Best regards,
Hayley`, 'Fleet Controller'),
  rej('interview', ['generic'], {},
    `Dear Padma,

Thank you for meeting the panel on Tuesday. Reference checks and a final interview would be the next steps for the successful candidate; however, I'm sorry to say we won't be progressing your application.

Regards,
Recruitment, Riverside Academy Trust`, 'Business Manager'),
  rej('screen', ['generic'], {},
    `Hi Owen,

Thanks for taking the time for a call with me. If successful, you would have gone on to a technical interview and then a final round with the CTO. Unfortunately we won't be moving forward with your application.

Best,
Laura, Recruiter`, 'Controls Engineer'),
  rej('assessment', ['generic'], {},
    `Dear Candidate,

Thank you for completing the written test for the post of Junior Assistant. Candidates who qualify in the written test are called for an interview and document verification. We regret that your name does not appear in the list of qualified candidates.

Recruitment Cell`, 'Junior Assistant recruitment'),

  // ── on hold
  hold('interview', ['role_closed'], {},
    `Hi Aidan,

Thanks for meeting Gemma and me last week. I wanted to give you a heads-up that the Account Director hire is on ice while the client contract is renegotiated. No decision has been made on your application and I'll come back to you as soon as I can.

Best,
Ruth`, 'Account Director'),
  hold('application', ['role_closed'], {},
    `Dear Applicant,

Please be advised that the recruitment for Laboratory Technician has been paused pending a review of the department's structure. Shortlisting and interviews will resume in due course and we will write to all applicants.

HR Services`, 'Laboratory Technician'),
  hold('final', ['role_closed'], {},
    `Hi Grace,

Thank you for your patience after the final round. Our board has frozen senior hiring for the quarter, so we can't give you an answer yet on the Head of Operations role. You remain one of our two finalists.

Regards,
Anthony`, 'Head of Operations'),
  hold('screen', ['role_closed'], {},
    `Hi Dev,

Thanks for the quick phone chat on Monday. Just a heads-up that the hiring manager has paused the Logistics Coordinator role while budgets are reviewed, so I can't schedule your interview yet. I'll be in touch when it reopens.

Cheers,
Alana`, 'Logistics Coordinator'),
];
