/**
 * Development messages of the ninety-fourth round: the stage a candidate reached, told against the stage words of
 * the letter's boilerplate. Many declines describe the whole process (an assessment, interviews with the team, a
 * final conversation with a director, a video interview for the successful, a case study for the shortlisted, a
 * panel reviewing the shortlist) while the candidate never got past the application or the first call; beside them,
 * declines where the step was reached and is mentioned only in passing ("thanks for the time you spent with Priya
 * and Sam", "after reviewing your case study", "following the last round", "after our call on Tuesday"). Senders are
 * tracking-system templates, HR departments, agency recruiters, hiring managers and founders across many countries
 * and sectors. Paused processes wait on a freeze or a delay at a named step. Look-alikes invite to a step, schedule
 * it or acknowledge an application with a description of the process, and decline nothing.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d94-');

export const HANDWRITTEN_DEV_94: readonly CorpusLine[] = [
  // ── Application stage: the boilerplate describes steps never reached
  rej('application', ['generic'], { ...door },
    `Dear Tomasz,

Thank you for applying for the position of Logistics Planner at Vantrel Freight Sp. z o.o.

Our recruitment process includes an online assessment, interviews with the team and a final conversation with a director. Unfortunately, we will not be inviting you to the next stage of this process.

We will keep your CV in our database for 12 months and may contact you should a suitable opening arise.

Kind regards,
HR Team Vantrel Freight
ul. Kolejowa 14, 50-412 Wrocław`, 'Your application - Logistics Planner (ref. VF-2291)'),

  rej('application', ['profile_mismatch'], {},
    `Hi Amara,

Thanks so much for your interest in the Partnerships Associate role at Loomwise.

Successful applicants will be invited to a 30-minute video interview with our Head of Partnerships, followed by a short written exercise. After reviewing your application, we've decided to proceed with candidates whose experience more closely matches what we need right now.

We appreciate you taking the time to apply.

The Loomwise Talent Team

This message was sent via Teamtailor. Please do not reply to this email.`, 'Update on your application to Loomwise'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Reference: NHS-RX-40318 Band 5 Pharmacy Technician

Thank you for your application. Shortlisting for this post has now taken place and, on this occasion, you have not been shortlisted for interview. Shortlisted candidates will complete a short numeracy test on the day of interview.

Due to the high number of applications received we are unable to provide individual feedback.

Recruitment Services
Westhaven Hospitals NHS Foundation Trust`, 'Outcome of your application'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hello Jonas,

Thank you for your application for Elektroniker für Betriebstechnik (m/w/d) at Hallner Antriebe GmbH.

We discuss every application as a team, and yours was discussed at our meeting this week. For this position a completed vocational qualification as an electrician and a valid forklift licence are mandatory, and we could not find either in your documents. For that reason we are unable to consider you further.

You are very welcome to apply again once you have completed your qualification.

Best regards
Sabine Kühl
Personalabteilung, Hallner Antriebe GmbH, Bielefeld`, 'Ihre Bewerbung / Your application'),

  rej('application', ['position_filled'], {},
    `Dear Ms. Okonkwo,

Thank you for applying for the Accounts Payable Clerk vacancy at Brightwater Foods Ltd.

We were waiting for feedback and further discussions with the hiring team before coming back to all applicants. We have now been informed that the position has been filled, and we will therefore not be taking your application forward.

Thank you for your interest in Brightwater Foods.

Yours sincerely,
Adaeze Nwosu
Human Resources`, 'Accounts Payable Clerk'),

  rej('application', ['profile_mismatch'], {},
    `Hi Rafael,

After the final review of all applications for the UX Researcher (Contract) opening, we have decided not to move forward with your candidacy. Other applicants had backgrounds that aligned more closely with the brief.

Thanks for considering Nimbus Row.

— Nimbus Row Hiring`, 'UX Researcher (Contract) – application status'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for applying for the role of Trainee Solicitor (2026 intake) at Fenwick Darrow LLP.

The final decision rests with the Graduate Recruitment Committee, which has now completed its review of written applications. We regret to inform you that your application has not been successful on this occasion.

The volume and quality of applications this year was exceptional.

Graduate Recruitment
Fenwick Darrow LLP | 1 Carrow Street, Manchester M2 4FD

Fenwick Darrow LLP is a limited liability partnership registered in England and Wales (OC412233). This email and any attachments are confidential.`, 'Fenwick Darrow Training Contract – your application'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Dr. Hartmann,

Thank you for your application to the post of Research Fellow in Computational Hydrology (Ref. 24/118).

Assessment of applications against the essential criteria in the person specification was carried out by the selection panel. The panel concluded that your application did not demonstrate essential criterion E3, experience of developing and running distributed hydrological models. As a result you have not been shortlisted.

Our interview panel met to review the shortlist on 3 June and interviews will take place later this month.

Yours sincerely,
Human Resources, Faculty of Engineering
University of Kelbridge`, 'Research Fellow in Computational Hydrology (24/118)'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Mei,

Thanks for applying to the Field Service Technician role in Calgary.

Just a heads up on how we hire: shortlisted candidates do a phone screen with me, then a practical assessment at our yard, then meet the regional manager. Unfortunately I can't put you forward for that, since the role requires you to live within driving distance of our Calgary yard and your application says you're based in Halifax with no plans to move.

If you ever do relocate to Alberta, please reach out — we hire techs year round.

Cheers,
Brent Lachance
Recruiter, Ironvale Energy Services`, 'Field Service Technician - Calgary'),

  rej('application', ['role_closed'], { ...door },
    `Dear Aisha,

Thank you for your application for the Marketing Executive role.

We had planned to invite shortlisted candidates to an interview with the team in the coming weeks. However, following an internal restructure, the role has been withdrawn and we will not be proceeding with recruitment.

We have kept your details and would be happy to consider you for future vacancies.

Best wishes,
People Team
Corrin & Vale Interiors, Leeds`, 'Marketing Executive – update'),

  rej('application', ['overqualified'], { ...fb },
    `Hello Mr. Castellanos,

Thank you for your interest in the Junior Procurement Assistant position with Grupo Almendro.

Our selection process normally continues with a psychometric test and two interviews. Having looked at your profile, with more than fifteen years in procurement leadership including heading a department of forty people, we feel this entry-level role would not be a good match for your experience and would not offer you the challenge you would expect.

We wish you every success.

Atentamente,
Departamento de Recursos Humanos
Grupo Almendro, Madrid`, 'Junior Procurement Assistant'),

  rej('application', ['internal_candidate'], {},
    `Hi Kwame,

Thanks for applying for Team Lead, Customer Support.

I wanted to let you know before we start inviting people to interviews with the team: we've decided to fill this role with someone who is already on our support team, so we won't be moving forward with external applications.

Thanks again for your interest.

Nadia
Talent, Pallet & Co`, 'Team Lead, Customer Support'),

  rej('application', ['salary'], { ...fb },
    `Dear Mr. Lindqvist,

Thank you for your application for Controller at Skogsberg Trä AB.

Before we invite candidates to interviews with the CFO, we compare applicants' stated salary expectations with the range approved for the role. Your expectation of 78,000 SEK per month is well above the budget for this position, so we will unfortunately not proceed with your application.

Kind regards,
Elin Berg
HR Partner`, 'Din ansökan – Controller'),

  rej('application', ['generic'], { ...door },
    `<p>Hi Deepak,</p>
<p>Thank you for your interest in <b>Senior Data Engineer</b> at <b>Quillstack</b>.</p>
<p>Our hiring process usually looks like this: recruiter call &rarr; technical interview &rarr; take-home &rarr; onsite with the team. Unfortunately, we won't be moving forward with your application at this time.</p>
<p>We encourage you to keep an eye on our careers page and apply for future roles that match your skills.</p>
<p>Best,<br>Quillstack Recruiting</p>
<p style="font-size:10px">Powered by Greenhouse. You are receiving this email because you applied for a job at Quillstack.</p>`, 'Your application to Quillstack'),

  rej('application', ['location'], { ...fb },
    `Dear Sophie,

Thank you for applying for the Policy Analyst role with the Department.

This position is open only to Australian citizens because successful applicants must obtain a Baseline security clearance before the interview stage. Your application indicates that you hold a temporary graduate visa, so we are unable to progress it.

Regards,
Recruitment Team
Department of Regional Infrastructure, Canberra ACT`, 'Policy Analyst APS5 - application outcome'),

  rej('application', ['profile_mismatch'], { ...door },
    `Thanks for applying, Lucía! 👋

We read every application ourselves here at Bramblefield (no bots). We'd have loved to chat with you on a video call, but for this one we've gone with applicants whose background is a closer match to the role.

We'd really like to stay in touch — we've added you to our talent community and we'll let you know when something fits.

Warmly,
Bramblefield People`, 'Bramblefield 🌿 your application'),

  rej('application', ['culture_fit'], { ...fb },
    `Hi Jordan,

Thanks for your application for Studio Coordinator.

We look at every application as a team before deciding who to invite for a chat. Reading your cover letter, you describe wanting a highly structured role with fixed processes and minimal client contact. Our studio is small, chaotic in a good way, and the coordinator is on the phone with clients all day, so we don't think it would suit the way you like to work.

All the best,
Hattie
Ochre & Lime Design Studio, Bristol`, 'Studio Coordinator'),

  rej('application', ['role_closed'], {},
    `Dear applicant,

Job ID 558201 — Warehouse Operative (Nights), Dordrecht

Thank you for applying. This vacancy is no longer being recruited for and has been closed. Your application will not be progressed to the assessment day.

This is an automatically generated message. Replies to this address are not monitored.

Rhenport Logistics B.V.`, 'Job ID 558201 – status changed'),

  rej('application', ['position_filled', 'profile_mismatch'], {},
    `Hi Benedikt,

Thank you for applying to be our Office Manager. We had a huge response. After the final review of all applications we invited a small number of people to interview, and the position has now been offered and accepted. Your application was strong but others matched our needs more closely.

Thanks,
Carla
Founder, Kettle Yard Coffee Roasters`, 'Office Manager at Kettle Yard'),

  rej('application', ['skills_gap'], { ...fb },
    `Good afternoon Priyanka,

Thank you for your application to Bhandari Mehta & Associates for the Audit Senior role.

Shortlisted candidates will complete a technical test and a case study before partner interviews. We have reviewed your application and regret that we cannot shortlist you, as the role requires a completed CA qualification and at least two years of post-qualification statutory audit experience.

Regards,
HR Department
Bhandari Mehta & Associates, Pune`, 'Application – Audit Senior'),

  rej('application', ['generic'], {},
    `Thank you for your application for the role Sales Development Representative (Lisbon). We regret to inform you that we will not be moving forward. Our team reviews all applications carefully against the requirements of the role.

Tidemark Software — no-reply@careers.tidemark.io`, 'Tidemark | Sales Development Representative'),

  // ── Screen stage: a first call reached, sometimes told only in passing
  rej('screen', ['profile_mismatch'], {},
    `Hi Oliver,

Thanks again for jumping on a call with me on Tuesday. I shared my notes with the hiring manager and, after some discussion, they've decided to progress with candidates whose experience lines up more closely with the role.

Really appreciate your time, and good luck!

Chloe Brennan
Senior Talent Partner | Ardent Health Analytics`, 'Ardent Health – Product Analyst'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Fatima,

Following our conversation yesterday, I spoke with the finance director. Our next steps would have been a skills assessment and then interviews with the team, but I'm afraid your expected package of AED 32,000 a month is beyond what we're able to offer for this role, which tops out around 24,000. I don't think we can bridge that gap, so we won't be moving forward.

I'll hold on to your details, as we do have more senior positions that open up from time to time and I'd like to call you then.

Kind regards,
Rohan Pillai
Talent Acquisition, Gulfmere Hospitality Group, Dubai`, 'Guest Experience Manager'),

  rej('screen', ['location'], { ...fb },
    `Hey Sam,

Good chatting earlier. As I mentioned on the call, the team is hybrid three days a week in our Austin office. Since you're committed to staying fully remote from Denver, I've let the hiring manager know and we won't be setting up the technical interview.

Thanks for being upfront about it,
Marisol Vega
Recruiting @ Cinderpath`, 'quick follow-up'),

  rej('screen', ['generic'], {},
    `Dear Hannah,

Thank you for taking the time to speak with our recruitment team by phone last week about the Clinical Trial Assistant position.

Successful candidates from the telephone screening will be invited to a competency-based interview and a short written exercise. We regret to inform you that we will not be inviting you to the next stage.

Yours sincerely,
Talent Acquisition
Orvaine Biosciences Ltd, Cambridge`, 'Clinical Trial Assistant – telephone screening outcome'),

  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Hi Mateus,

Thanks for the chat on Monday. I passed everything along to Aoife, who leads the mobile team. She's keen on people who've shipped production apps in Kotlin, and from our conversation your Android work has mostly been in Java and React Native. For that reason she doesn't want to take it to the technical round.

If you'd like to talk it over I'm happy to hop on another quick call.

Best,
Gregory Walsh
Technical Recruiter, Harbour & Finch Recruitment (on behalf of our client)`, 'Android Developer – update'),

  rej('screen', ['overqualified'], { ...fb },
    `Hi Patricia,

It was lovely to speak with you on Thursday. I've reflected on our conversation, and I honestly think this Payroll Officer role would be a step back for you. With your background leading payroll across four countries for a 3,000-person business, you'd outgrow it within a couple of months, and the hiring manager agrees.

Thank you for your openness on the call.

Warm regards,
Denise Farrugia
HR Manager, Solmar Retail, Malta`, 'Payroll Officer'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hi Ethan,

Thanks for our phone call last week. We're a very small team and everyone jumps into customer support shifts, including at weekends. When we discussed it you said you'd prefer to stay focused only on engineering work, and the founders felt that wouldn't fit how we operate right now. So we're not going to take it further.

Cheers,
Ruth at Pebblebox`, 'Pebblebox'),

  rej('screen', ['position_filled'], {},
    `Hi Anjali,

I hope you're well. Just a quick update after our call a couple of weeks ago — the client has made an offer to another candidate who was further along in their process, and it's been accepted. So unfortunately this one has closed.

Thanks again for your time.

Liam O'Rourke
Consultant, Crestmoor Search`, 'Re: Finance Business Partner opportunity'),

  rej('screen', ['role_closed'], { ...door },
    `Dear Kenji,

Thank you for speaking with me about the Regional Sales Manager role. I had hoped to arrange your interview with our Sales Director, but I have just been told that the headcount for this role has been frozen for the rest of the financial year, and we are closing the vacancy.

I would be glad to contact you again if it reopens.

Best regards,
Yuki Matsuda
Human Resources, Kanto Precision Components`, 'Regional Sales Manager'),

  rej('screen', ['internal_candidate'], {},
    `Hi Zoe,

Thanks for the screening call last Wednesday. I wanted to let you know that we've decided to appoint someone from inside the organisation to the Learning & Development Lead role, so we won't be continuing with external candidates.

Best,
Imogen Hart
People Partner, Larchmont Insurance`, 'L&D Lead'),

  rej('screen', ['generic'], { ...offered },
    `Hello Adrián,

Thank you for the time you spent with Priya on the phone on Friday. We're sorry to say that we won't be progressing your application further. Priya would be happy to share some thoughts if you'd find that useful — just reply to this email.

Thanks,
The Recruiting Team at Meridel`, 'Your Meridel application'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Grace,

After our initial call I sat down with the hiring committee. Our next step would have been a case study for shortlisted candidates, but the committee decided to move forward with people whose background is closer to the role.

We'd love to keep your profile on file for future openings in the strategy team.

Best regards,
Thandiwe Mokoena
Talent Acquisition Specialist, Kestrel Capital, Johannesburg`, 'Strategy Associate – Kestrel Capital'),

  rej('screen', ['location', 'salary'], { ...fb },
    `Ciao Marco,

Thanks for the call this morning. Summarising what we discussed: the role is based in our Turin plant with no remote option, and you'd need to relocate from Naples without a relocation package; on top of that the salary you mentioned is about 15% above the band. With both of these I don't think it makes sense to continue, and I've let the plant director know.

Un saluto,
Francesca Rinaldi
HR Business Partner, Molveno Automotive`, 'Quality Engineer – Torino'),

  rej('screen', ['skills_gap'], { ...fb },
    `Dear Ngozi,

Thank you for taking our screening call on 12 May for the Senior Quantity Surveyor role.

Unfortunately, as discussed, the client requires full MRICS chartered status for this position, and you are currently working towards it. We will therefore not be submitting your profile.

Kind regards,
Holborn Build Recruitment`, 'Senior Quantity Surveyor'),

  rej('screen', ['generic'], {},
    `hey Noor — thanks for hopping on a quick call w/ me last week. we've decided not to move ahead. appreciate you and good luck out there!

dev
cofounder, stackpig`, 'stackpig'),

  rej('screen', ['role_closed'], {},
    `Dear Mr. Abadi,

Thank you for the initial conversation with our HR team. Our process includes an assessment, interviews with the team and a final conversation with a director. However, the business has decided to pause external hiring for this department indefinitely, and so we are withdrawing the vacancy and will not be progressing any candidates.

We apologise for any inconvenience.

Human Resources
Tallis Marine Engineering`, 'Marine Electrical Engineer'),

  rej('screen', ['culture_fit', 'profile_mismatch'], {},
    `Hi Callum,

Thanks for speaking with me on Monday about the Account Executive role. I had a good conversation with the sales director afterwards. We felt your experience is a bit different from what we're looking for, and she wasn't sure the team's very high-tempo, target-driven culture would be the right environment for you. So we won't be moving to interviews.

Thanks,
Aria
Recruitment, Hartwell Media`, 'Account Executive'),

  rej('screen', ['location'], { ...fb, ...door },
    `Dear Ivan,

Thank you for the telephone interview with our recruitment coordinator. Following this, we've confirmed that the position requires an existing right to work in the UK, as we are unable to sponsor a Skilled Worker visa for this grade. As you currently need sponsorship, we cannot continue with your application.

Should your circumstances change, please apply again — we recruit engineers regularly.

Yours sincerely,
Recruitment, Aldermoor Rail Systems`, 'Signalling Design Engineer'),

  // ── Assessment stage: a test, take-home or case reached, no interview named
  rej('assessment', ['assessment'], { ...fb },
    `Hi Lena,

Thank you for completing the online numerical and verbal reasoning tests for our Graduate Analyst programme.

Candidates who meet the benchmark are invited to a video interview and then to our assessment centre. Your numerical reasoning score was 42%, below the 60% benchmark required to progress, so we will not be taking your application further this year.

Best of luck,
Early Careers Team
Vossberg & Calloway Consulting`, 'Graduate Analyst Programme – test results'),

  rej('assessment', ['assessment'], {},
    `Hi Tariq,

Thanks for submitting the take-home exercise. After reviewing your submission, our engineers have decided not to move forward with your application.

Appreciate the effort you put into it.

Best,
Recruiting @ Glintwave`, 'Glintwave take-home'),

  rej('assessment', ['profile_mismatch'], {},
    `Dear Charlotte,

Many thanks for completing the written case study for the Policy Adviser role. Shortlisted candidates will now be invited to an interview with the panel. We have decided to progress with candidates whose overall profile more closely matched the requirements, and so you will not be invited to interview on this occasion.

Kind regards,
Recruitment Team
Thornleigh Housing Trust`, 'Policy Adviser – case study outcome'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hello Dmitri,

Thank you for taking the HackerRank challenge for the Backend Engineer (Go) position at Fellcraft.

You solved 2 of the 4 problems; the concurrency problem timed out on the larger test cases, and the parsing problem failed several edge cases. The bar to reach the technical interview is 3 fully passing solutions, so we can't move you forward this time.

You're welcome to reapply after six months.

Fellcraft Engineering Hiring`, 'Your Fellcraft coding challenge'),

  rej('assessment', ['generic'], {},
    `Dear Mr. Owusu,

Following the completion of pre-employment background screening for the post of Finance Officer, we regret that we are unable to proceed with your application.

This decision is final and we are unable to discuss the details of the screening.

Human Resources Department
Keta Regional Water Authority, Accra`, 'Finance Officer – pre-employment screening'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Sofia,

After reviewing your case study, the team felt that the market sizing was well structured but the recommendation didn't follow from the numbers, and the slides didn't address the pricing question at all, which was the core of the brief. Because of this we won't be inviting you to the interview stage.

Thanks for the work you put in.

Jonah Feld
Head of Strategy, Orrin Mobility`, 'Case study feedback'),

  rej('assessment', ['skills_gap'], { ...fb },
    `Dear Kofi,

Thank you for completing the translation test for the Portuguese > English Legal Translator role.

Our reviewers found the general translation quality good, but the role requires specialist knowledge of Brazilian corporate law terminology, and several key contract terms were not rendered correctly. As this specialist knowledge is essential, we will not proceed to the interview.

Best regards,
Vendor Management, Lexbridge Language Services`, 'Translation test result'),

  rej('assessment', ['position_filled'], {},
    `Hi Beatriz,

Thanks so much for sending in the design assignment. In the time it took us to review it, we made an offer to another candidate, who has accepted. I'm sorry we couldn't take things further with you.

All the best,
Olu
Design Lead, Papercraft Labs`, 'Design assignment'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...offered },
    `Dear Helen,

Thank you for completing the Excel and financial modelling assessment for the FP&A Analyst role.

Your assessment score was 58/100 against a pass mark of 70. In particular, the reviewers noted that the three-statement model did not balance and that there was no use of scenario analysis, which is a core part of the role. For this reason we won't be inviting you to interviews with the finance team.

If you'd like to discuss the assessment in more detail, please contact me directly.

Regards,
Priscilla Ng
Talent Acquisition, Kowloon Harbour Holdings`, 'FP&A Analyst – assessment outcome'),

  rej('assessment', ['generic'], { ...door },
    `Thank you for completing the Situational Judgement Test as part of your application to the Customer Operations Apprenticeship.

Unfortunately, you have not been successful in progressing to the next stage (video interview and assessment day).

We receive a high volume of applications. We'd encourage you to look at our other apprenticeships and apply again in the next intake.

Arlington Water Apprenticeships
This mailbox is not monitored.`, 'Your apprenticeship application'),

  rej('assessment', ['role_closed'], {},
    `Hi Pedro,

Thanks for completing the SQL exercise last week. I'm really sorry to share that the Data Analyst role has been put on hold indefinitely due to budget changes, and we've decided to close it. So we won't be moving forward with any candidates, yourself included.

Best,
Maya Lindholm
Analytics Manager, Verdant Grocers`, 'SQL exercise / Data Analyst'),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Requisition: R-20418 Customer Service Advisor

Thank you for taking the online assessment. Based on the results, we will not be progressing your application. Candidates who meet the required standard are invited to a telephone interview.

Talent Acquisition — Pendlebury Energy
Do not reply to this message.`, 'Assessment results – R-20418'),

  rej('assessment', ['internal_candidate'], {},
    `Hi Mikael,

Thanks for completing the writing test. We were really pleased with the standard of submissions. In the end, though, we've decided to promote one of our current staff writers into the Sub-editor role, so we won't be progressing external candidates to interview.

Best wishes,
Ines
Managing Editor, The Northcote Review`, 'Sub-editor test'),

  rej('assessment', ['generic'], {},
    `Dear Ms. Papadopoulou,

Following the completion of your reference checks for the Laboratory Technician role, we regret that we are unable to proceed with your application.

Kind regards,
HR, Aegean Diagnostics SA`, 'Laboratory Technician'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Arjun,

Thanks for the take-home. The reviewers liked the UI, but the solution loaded all 50,000 records into memory instead of streaming them, and the tests only covered the happy path. Those are the two main things we grade, so we won't be scheduling the follow-up interview.

Thanks again for the time you invested.

Kaitlyn, Recruiting at Orbitfield`, 'Orbitfield take-home – result'),

  rej('assessment', ['culture_fit'], { ...fb },
    `Dear Yasmin,

Thank you for completing our values questionnaire and the personality profile for the Care Coordinator role.

Shortlisted candidates are invited to meet the home's manager. Your responses suggested a strong preference for working on your own and limited interest in working closely with families, which is a large part of daily life at Fernhill House. For this reason we will not be progressing your application.

Yours sincerely,
Recruitment, Fernhill Care Group`, 'Care Coordinator'),

  rej('assessment', ['assessment', 'profile_mismatch'], {},
    `Hi Owen,

Thank you for submitting your portfolio review task. Our panel compared all submissions and felt that others were stronger and more closely matched the brief. We won't be inviting you to the interview stage.

Best,
Hollow Oak Games`, 'Portfolio task'),

  rej('assessment', ['location'], { ...fb },
    `Hello Aditi,

Thank you for completing the technical test for the Embedded Engineer role. You passed comfortably.

However, while processing your results we noted that the role requires access to export-controlled information, which is only possible for EU/EEA citizens, and you have indicated you hold neither. We are therefore unable to progress to interviews.

We're sorry for not making this clearer in the advert.

Talent Team, Aurelion Defence Systems GmbH`, 'Embedded Engineer – technical test'),

  rej('assessment', ['salary'], { ...fb },
    `Hi Valentina,

Thank you for completing the assignment, the team was impressed. When I shared it with the budget holder, though, we compared your expected rate of €650/day with our cap for this contract of €480/day, and we can't get anywhere near that. So I'm afraid we'll have to stop here.

Best regards,
Jeroen de Wit
Ravelin Interim, Amsterdam`, 'Interim Product Owner – assignment'),

  rej('assessment', ['overqualified'], { ...fb, ...door },
    `Dear Mr. Haddad,

Thank you for completing the written exercise for the Graduate Engineer scheme.

Having reviewed your exercise alongside your CV, we note you already have nine years of experience as a chartered structural engineer. The graduate scheme is designed for engineers starting their careers, and we feel you would be overqualified for it. We will not progress your application, but you may wish to look at our experienced hire vacancies.

Early Careers, Brantwood Structures`, 'Graduate Engineer Scheme'),

  // ── Interview stage: told in passing or in the process words
  rej('interview', ['generic'], {},
    `Hi Sunita,

Thanks for the time you spent with Priya and Sam on Thursday. We've now met everyone on the shortlist and have decided not to move forward with your application.

We really appreciated your interest in Calderwood.

Best,
Hannah
People Ops, Calderwood Analytics`, 'Calderwood – update'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Thomas,

Thank you for attending the interview for the Site Engineer post on Wednesday. The panel enjoyed meeting you.

The panel felt that you were strong on setting out and surveying, but the role requires experience of managing subcontractors on a live site, which you have not yet had. We have therefore offered the post to another candidate.

We'd like to keep your details on file and would encourage you to apply for future site roles with us.

Kind regards,
Gwen Pritchard
HR Officer, Llanfair Civils Ltd`, 'Site Engineer interview'),

  rej('interview', ['skills_gap', 'position_filled'], { ...fb },
    `Hi Elif,

Following our call on Tuesday with Marc and me, we've decided to offer the role to another candidate. The main gap for us was hands-on experience with Salesforce CPQ, which this role will own from day one.

Thanks again,
Nora Kessler
Revenue Operations Lead, Brightsail`, 'RevOps Manager'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Mr. Nakamura,

Thank you for attending the video interview for the position of Export Sales Coordinator. After careful consideration we have decided to continue with applicants whose experience more closely matches our requirements.

We thank you for your interest in Shirokawa Trading.

Human Resources`, 'Export Sales Coordinator – interview result'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hey Priya,

Thanks for coming in to meet the team last week — everyone enjoyed the conversation.

We talked a lot about how we work afterwards. We're a team that pairs almost all day and makes decisions together, and from what you shared you do your best work with long stretches of focused solo time. We think you'd find our way of working frustrating, so we're going to pass this time.

Really wish you well,
Tobias
Eng Lead, Runeleaf`, 'Runeleaf'),

  rej('interview', ['generic'], { ...offered, ...door },
    `Dear Chiamaka,

Thank you for taking part in the panel interview for the Programme Officer role on 14 October.

The panel has now completed its deliberations and I regret to inform you that you were not selected for appointment. Competition was strong.

Should you wish to receive feedback on your interview, please contact me at this address. We also encourage you to apply for future vacancies at the Foundation.

Yours sincerely,
Esther Wanjiru
Human Resources Officer
Amani Futures Foundation, Nairobi`, 'Programme Officer – Interview outcome'),

  rej('interview', ['internal_candidate'], {},
    `Hi Jacob,

Thanks again for your interview with Rosa. I wanted to let you know we've decided to appoint an internal candidate who has been covering the role for the last few months. It was a close call.

Best,
Lachlan
Talent Partner, Oakgrove Councils Shared Services`, 'Your interview'),

  rej('interview', ['location'], { ...fb },
    `Hi Amélie,

Thanks for your time on the video interview with Paul and Greta last week. In the discussion it came up that you would need to stay in Lyon, while the team needs someone in the Geneva office at least four days a week. Given this, we won't be continuing with your application.

Kind regards,
Talent Acquisition, Sorel Watches SA`, 'Sorel – Merchandising Specialist'),

  rej('interview', ['salary'], { ...fb },
    `Dear Rahul,

Thanks for meeting with the hiring manager on Monday. He was positive about the conversation. However, after reviewing the compensation you asked for (₹38 LPA fixed), it's well above the approved band of ₹24–28 LPA for this level, and we're unable to make an exception. We will therefore not proceed further.

Regards,
Sneha Kulkarni
Talent Acquisition, Vyom Fintech, Bengaluru`, 'Vyom – Senior Backend Engineer'),

  rej('interview', ['overqualified'], { ...fb, ...door },
    `Hi Gareth,

It was great to meet you in person on Friday. After speaking with the team, we think your experience running whole restaurant groups goes well beyond what this Assistant Manager role can offer, and we worry you wouldn't be stretched here.

If a general manager role opens up I'll be in touch.

Cheers,
Ellie
Operations, Hearth & Anchor Pubs`, 'Assistant Manager'),

  rej('interview', ['role_closed'], {},
    `Dear Lucas,

Thank you for interviewing with us for the Business Intelligence Developer role. Since your interview, the company has announced a restructure of the Data function, and this role is no longer part of the new structure. We are therefore closing the vacancy and will not be making an appointment.

We are sorry to bring you this news.

Recruitment, Blackfen Building Society`, 'BI Developer vacancy'),

  rej('interview', ['generic'], {},
    `Hi Marta,

Thanks for the conversation with Joe and me on Thursday. After talking it through, we won't be moving forward.

Best of luck,
Dana`, 'Re: Thursday'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Kai,

Thank you for interviewing with us for Customer Success Manager. Our process includes an assessment, interviews with the team and a final conversation with a director; you met the team last week, and after discussing all the candidates we've decided to move forward with others whose experience matches the role more closely.

We'll keep you in mind for future openings.

The Fernway Recruiting Team`, 'Fernway – Customer Success Manager'),

  rej('interview', ['assessment'], { ...fb },
    `Dear Samira,

Thank you for attending the technical interview for the Machine Learning Engineer role. During the live coding exercise you weren't able to complete the implementation of the ranking function, and the interviewers felt the solution's time complexity was well above what the problem required. We will therefore not progress to the next round.

Kind regards,
Recruitment, Halcyon AI Ltd`, 'ML Engineer – technical interview'),

  rej('interview', ['position_filled'], {},
    `Hello Declan,

Thanks for meeting with us for the Sous Chef position. We've offered the job to another chef who has accepted, so I'm afraid we won't be going further.

All the best,
Marguerite
Head Chef, Saltmarsh Kitchen`, 'Sous Chef'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Ms. Ferreira,

Thank you for attending the interview for the Clinical Nurse Specialist post. The panel was impressed by your clinical knowledge and your enthusiasm.

Unfortunately, the post requires a non-medical prescribing qualification, which you have not yet completed, and we are therefore unable to offer you the position.

Yours sincerely,
Recruitment, St Columba's Hospice`, 'Interview outcome – Clinical Nurse Specialist'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Oskar,

I'm sorry to let you know that after your interview with Hugo, the team has decided to proceed with other candidates who fit the profile better. I can ask Hugo for more detailed notes if you'd like — just let me know.

Best regards,
Signe Halvorsen
Recruiter, Nordvind Consulting, Oslo`, 'Nordvind – Senior Consultant'),

  rej('interview', ['culture_fit', 'skills_gap'], { ...fb },
    `Hi Ravi,

Thanks for your time with our team on Wednesday. Two things held us back. First, we need someone who has led incident response for a SOC, and that wasn't part of your past roles. Second, the team felt your preference for a fully defined remit didn't match how loosely our security team is organised. So we'll be passing on this role.

Marek
CISO, Hollin Financial`, 'Security Lead'),

  rej('interview', ['location'], { ...fb, ...door },
    `Dear Ms. Abara,

Thank you for interviewing with us. We regret that the Toronto-based Analyst role requires an open work permit or permanent residence in Canada, and we understand you would need employer sponsorship. We are unable to sponsor for this position.

If your status changes, we'd be glad to hear from you again.

HR, Lakeshore Pension Advisors`, 'Analyst – interview'),

  rej('interview', ['generic'], {},
    `Subject ref: INT-88213

Dear Candidate,
Thank you for attending an interview for the position of Customer Service Agent (Arabic speaking). We regret to inform you that your application has not been successful.
Recruitment Centre, Mirza Telecom, Muscat`, 'INT-88213 Interview result'),

  rej('interview', ['salary', 'profile_mismatch'], { ...fb },
    `Hi Jules,

Thanks for the interview earlier this week. We've decided to go with a candidate whose background is closer to what we need, and honestly also one whose salary expectation fit within our range — yours was around €20k above what we can pay.

Best,
Clémence
Head of Talent, Parcellio`, 'Parcellio – Ops Manager'),

  rej('interview', ['internal_candidate'], { ...door },
    `Dear Ms. Baptiste,

Many thanks for attending the interview for the Deputy Head of Year role.

Following a very competitive process, the governors have appointed a current member of staff. We will keep your details on file and hope you will consider applying to St Aidan's in future.

Yours sincerely,
Mrs A. Lowther
HR Manager, St Aidan's Academy`, 'Deputy Head of Year'),

  // ── Final stage
  rej('final', ['generic'], {},
    `Hi Naomi,

Following the last round, we've made the difficult decision not to extend an offer. Thank you for all the time you've given us across the process — we know it was a lot.

Best,
Rebecca
Talent, Ironbark Labs`, 'Ironbark – final decision'),

  rej('final', ['position_filled'], { ...door },
    `Dear Julian,

Thank you for attending the onsite day in Munich and for meeting so many of us. We have now offered the position of Staff Engineer to another finalist, who has accepted.

It was a close decision and we would very much like to stay in touch for future roles.

Best regards,
Katrin Vogel
Senior Recruiter, Lindgrau Software`, 'Staff Engineer – onsite'),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Dear Adebayo,

Thank you for attending the assessment centre on 9 March. The assessors valued your contribution in the group exercise.

After the final review of all candidates, we have decided not to offer you a place on the Graduate Actuarial Programme. In particular, the role requires at least two actuarial exam passes at the start of the programme, and you currently have one.

If you would like more detailed feedback from the day, please reply and we will arrange a call.

Graduate Recruitment, Marlowe Life Assurance`, 'Graduate Actuarial Programme'),

  rej('final', ['culture_fit'], { ...fb },
    `Hi Dana,

Thank you for meeting our CEO for the final conversation on Monday. She appreciated your candour.

In the end we've decided not to move forward. The feedback was that you prefer a top-down planning style with a fixed annual roadmap, while we change direction quarterly and expect product leads to be comfortable with that. We think that would be frustrating for both sides.

Best,
Will
Chief of Staff, Sproutline`, 'Sproutline – Head of Product'),

  rej('final', ['generic'], {},
    `Dear Kavya,

Thank you for your participation in the final round of interviews for the Associate Director, Clinical Operations role. We regret to let you know that we will not be extending an offer.

Kind regards,
Talent Acquisition, Renwick Therapeutics`, 'Your candidacy – Associate Director, Clinical Operations'),

  rej('final', ['internal_candidate'], {},
    `Hi Felix,

You were one of our two shortlisted finalists, and I want to say that personally. After a lot of thought, we've decided to appoint Georgia, who's been leading the team on an interim basis. I'm sorry this isn't better news.

Best,
Ahmed Siddiqui
Director of Finance, Carrow Hill College`, 'Head of Financial Planning'),

  rej('final', ['role_closed'], { ...door },
    `Hi Meera,

I wanted to call but couldn't reach you. After your final interviews, the leadership team decided to pause the VP Marketing search entirely as part of a broader cost review, and the role is now closed. This has nothing to do with you and we'd like to reach out if and when it reopens.

Best,
Jess Tran
Head of People, Lumenvale`, 'VP Marketing'),

  rej('final', ['profile_mismatch'], {},
    `Dear Mr. Ekström,

Thank you for taking part in the selection day for the Trainee Air Traffic Controller programme. After careful consideration, we have concluded that other candidates' profiles more closely suited the programme requirements.

Yours sincerely,
Selection Team, Nordair Navigation Services`, 'Selection Day outcome'),

  rej('final', ['assessment'], { ...fb },
    `Hi Tomás,

Thank you for your time at the final round onsite. The loop went well overall, but in the system design session you didn't get to a working design for the rate limiter within the hour, and the hiring committee treats that session as a must-pass for this level. So we're not able to extend an offer this time.

Best,
Priya Raman
Technical Recruiter, Graphlane`, 'Graphlane onsite'),

  rej('final', ['generic'], {},
    `Hi Leo,

Unfortunately we're unable to proceed following the outcome of your reference checks. We're not able to share more than that.

Thanks for your time through all three interview rounds, including the final panel.

HR, Millbrook Estates`, 'Update'),

  rej('final', ['location'], { ...fb },
    `Dear Irina,

Thank you for attending the final panel in Riyadh. We were very pleased with the discussions.

Unfortunately our mobility team has confirmed that a work visa cannot be obtained for this specific role for your nationality in the required time frame, and the start date cannot move. We are therefore unable to extend an offer.

Regards,
Talent Acquisition, Al Nakhla Developments`, 'Final panel – Senior Architect'),

  rej('final', ['salary'], { ...fb, ...door },
    `Hi Chris,

Thanks for coming in for the final round. Everyone wanted to hire you, and we tried. But the compensation you need — a base of $210k — is above the ceiling of $175k we have for the role, and we weren't able to get approval for an exception.

If our budget changes, I'll be the first to call.

Sarah Kim
VP Engineering, Tollgate Health`, 'Tollgate offer discussion'),

  rej('final', ['overqualified'], { ...fb },
    `Dear Ms. Rossi,

Thank you for taking part in the final interview with our Managing Director. She enjoyed the conversation.

After the final review, we felt your twenty years as a managing editor would mean you were significantly overqualified for the Content Manager role, and we were concerned the position would not keep you challenged. We will therefore not be offering you the role.

With best regards,
Editoriale Ventura S.r.l., Milano`, 'Content Manager – esito'),

  rej('final', ['position_filled', 'profile_mismatch'], { ...offered },
    `Hi Bongani,

Thanks for your time at the final interview with Lindiwe and the board. The board has chosen another finalist whose experience was slightly closer to what we need, and she has accepted the offer.

If you'd like to hear more from the board's notes I'm happy to talk.

Zodwa Dube
Executive Search, Amber Peak Partners`, 'Chief Operating Officer – Mzansi Agri'),

  rej('final', ['generic'], { ...door },
    `<div>Dear Clara,</div>
<div><br></div>
<div>Thank you for attending our assessment centre for the 2026 Summer Analyst Programme. We regret to inform you that you have not been successful on this occasion.</div>
<div><br></div>
<div>We hope you will consider applying again in the next recruitment cycle.</div>
<div><br></div>
<div>Early Careers | Halberd Stanhope Bank</div>
<div style="color:#999">This is an automated message sent via Oleeo. Please do not reply.</div>`, 'Summer Analyst Programme – outcome'),

  rej('final', ['culture_fit', 'profile_mismatch'], {},
    `Hi Ana,

Thanks for visiting us for the full day with the team. We felt the overall fit with the role and with the culture here wasn't quite right, so we've decided not to make an offer.

All the best,
Rowan
Founder, Tiller & Thread`, 'Tiller & Thread'),

  rej('final', ['skills_gap'], { ...fb },
    `Dear Hamza,

Thank you for coming through all stages to the final interview with the director.

After careful discussion, we concluded that we need someone with Arabic at professional working level and fluent French, since the role covers our North African partners. Your French is excellent, but we need both languages at that level from the start.

Kind regards,
HR, Medlink Humanitarian Logistics, Marseille`, 'Partnerships Officer – final interview'),

  rej('final', ['role_closed'], {},
    `Hi Aidan,

Thanks for joining us for the final interviews last week. I'm sorry to tell you we've been told by the board that the Head of Growth position is being cancelled following the funding round falling through. We won't be making a hire.

Sorry again,
Kieran
CEO, Fetchwell`, 'Head of Growth'),

  rej('final', ['generic'], { ...offered },
    `Hi Esther,

Following the last round with Ben and the leadership team, we've decided not to proceed. It was a very close call between you and another finalist. Please let me know if a feedback call would be helpful.

Warmly,
Isla
Talent Lead, Harrowgate Studios`, 'Re: next steps'),

  rej('final', ['internal_candidate'], { ...door },
    `Dear Dr. Mensah,

Thank you for attending the final interview for the Head of Research post. The panel enjoyed meeting you.

The panel has decided to appoint an internal candidate. We were impressed by your research vision and would encourage you to apply for future senior posts with the Institute.

Yours sincerely,
Office of the Director, Volta Institute for Public Health`, 'Head of Research'),

  // ── Paused processes
  hold('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for applying for the Procurement Officer role. Our process includes an assessment, interviews with the team and a final conversation with a director.

Due to a temporary hiring freeze, recruitment for this role has been paused. Your application remains active and we will contact you as soon as the process resumes.

HR, Dunmore County Council`, 'Procurement Officer – recruitment paused'),

  hold('screen', ['generic'], {},
    `Hi Rosa,

Thanks for the call last Thursday. I wanted to let you know it's going to be a bit longer before I can schedule the interview with the hiring manager — she's travelling for the next two weeks. You're definitely still in the running and I'll be in touch as soon as she's back.

Cheers,
Dominic
Recruiter, Kingsbay Staffing`, 're: next steps'),

  hold('interview', ['role_closed'], {},
    `Dear Malik,

Thank you for your interview with Claire and Sunil. We were waiting for feedback and further discussions with the hiring team when the business placed a temporary freeze on all new hires pending the Q3 budget review. Your application has not been declined; we hope to restart the process in September and will update you then.

Best regards,
Talent Acquisition, Ridgeway Components`, 'Update on your application'),

  hold('assessment', ['generic'], {},
    `Hi Chen,

Thanks for sending in the case study. Just a quick note that review is taking longer than planned as several of the panel are on leave. We expect to be back in touch by the end of next week about the interview stage.

Thanks for your patience,
Harriet, Recruitment @ Soundmark`, 'Case study – timing'),

  hold('final', ['generic'], {},
    `Hi Aleksander,

Thanks again for the final round on Monday. The final decision rests with our CEO, who is out until the 18th, so we won't be able to come back to you before then. Nothing has been decided yet.

Best,
Greta
People Team, Orrvik`, 'Final round – timing'),

  hold('interview', ['role_closed'], { ...door },
    `Hi Naledi,

I'm sorry for the silence since your interview. The Senior Designer role has been put on hold while the leadership team revisits the product roadmap. We haven't made any decision on candidates, and I'll reach out as soon as we know whether the role will reopen.

Ayesha
Design Manager, Kiln Commerce`, 'Senior Designer – on hold'),

  hold('application', ['generic'], {},
    `Hello,

Thank you for applying for the Veterinary Nurse position. The closing date has been extended to 30 April due to staff absence, and shortlisting will take place after that. Successful applicants will be invited to a working interview.

We apologise for the delay.

Greenacre Vets`, 'Veterinary Nurse – application update'),

  hold('final', ['role_closed'], {},
    `Dear Ms. Sandoval,

Thank you for attending the final panel. The Board has asked us to suspend the appointment of the Chief Financial Officer until the merger discussions conclude. No decision has been made about any candidate, and we will write to you as soon as the Board lets us resume.

Yours sincerely,
Pérez & Lugo Executive Search, Mexico City`, 'CFO appointment – suspended'),

  // ── Look-alikes: invitations, scheduling and acknowledgements describing the process
  other(`Dear Tomasz,

Thank you for applying for the Logistics Planner role. Our recruitment process includes an online assessment, interviews with the team and a final conversation with a director. We review every application carefully and will be in touch within two weeks.

HR Team, Vantrel Freight`, 'We received your application'),

  other(`Hi Amara,

Great news — we'd like to invite you to a 30-minute video interview with our Head of Partnerships. Please pick a time using the link below.

Loomwise Talent Team`, 'Invitation: video interview'),

  other(`Dear Charlotte,

Congratulations, you have been shortlisted for the Policy Adviser role. Shortlisted candidates will complete a written case study, which we will send you on Monday. You'll have 72 hours to return it.

Recruitment Team, Thornleigh Housing Trust`, 'Policy Adviser – shortlisted'),

  other(`Hi Oliver,

Thanks for your time on Tuesday. I've passed my notes to the hiring manager and I'll come back to you by Friday with next steps.

Chloe`, 'Re: Product Analyst'),

  other(`Dear Candidate,

Thank you for your application. We discuss every application as a team and aim to respond to everyone within ten working days. Unfortunately, due to high volumes, we can't give individual feedback at the application stage.

Ochre & Lime Design Studio`, 'Application received'),

  other(`Hi Sofia,

After reviewing your case study, the team would love to meet you! Next step is an interview with Jonah and two of the strategy team. Does Wednesday at 2pm work?

Orrin Mobility`, 'Next step'),

  other(`Dear Adebayo,

We're pleased to invite you to our assessment centre on 9 March at our London office. The day includes a group exercise, a presentation and an interview with a partner.

Graduate Recruitment, Marlowe Life Assurance`, 'Assessment centre invitation'),

  other(`Hi Naomi,

Following the last round, we'd love to make you an offer! I'll call you this afternoon to talk through the details.

Rebecca, Ironbark Labs`, 'Good news'),

  other(`Hello Jonas,

Thank you for your application. We discuss every application as a team; our next meeting is on Thursday. We are sorry for the wait and will be in touch by the end of next week.

Sabine Kühl, Hallner Antriebe`, 'Eingangsbestätigung / Acknowledgement'),

  other(`Dear Ms. Ferreira,

Thank you for your application for the Clinical Nurse Specialist post. We are pleased to invite you to interview on 4 June at 10:30. The panel will consist of the Director of Nursing and two senior nurses.

Recruitment, St Columba's Hospice`, 'Interview invitation'),

  other(`Hi Malik,

Quick one — Claire needs to move your interview from Thursday to Friday 11am. Sorry for the shuffle! Please confirm if that works.

Ridgeway Talent`, 'Reschedule'),

  other(`Thank you for applying to Quillstack!

Here's what happens next: our recruiting team reviews your application. If there's a match, we'll reach out for a recruiter call, then a technical interview, a take-home and an onsite with the team. We aim to get back to everyone within 2 weeks — however it turns out.

Quillstack Recruiting (via Greenhouse)`, 'Thanks for applying to Quillstack'),

  other(`Hi Patricia,

Thank you for confirming that you'd like to withdraw from the Payroll Officer process. I completely understand, and I've closed your application. Best of luck with the new role!

Denise`, 'Re: Withdrawing my application'),

  other(`Dear Dr. Hartmann,

Our interview panel met to review the shortlist, and we are delighted to invite you to interview for the Research Fellow post on 24 June. You will be asked to give a 15-minute presentation.

HR, University of Kelbridge`, 'Invitation to interview – 24/118'),

  other(`Hi Dmitri,

Nice work on the coding challenge! You've passed and we'd like to schedule your technical interview. Please pick a slot below.

Fellcraft Engineering Hiring`, 'Coding challenge – next steps'),

  other(`Dear Ms. Rossi,

Following the final interview with our Managing Director, we are pleased to offer you the position of Content Manager. Please find the offer letter attached.

Editoriale Ventura S.r.l.`, 'Offerta di lavoro / Offer'),

  other(`Hi Kai,

Thanks for meeting the team last week! Everyone enjoyed the conversation. The final decision rests with our director, and we'd like to set up that conversation next week.

Fernway Recruiting`, 'Fernway – final conversation'),

  other(`New jobs matching your search "data analyst, remote":

• Data Analyst — Verdant Grocers (Hybrid)
• Junior Data Analyst — Pendlebury Energy
• BI Analyst — Blackfen Building Society

Unsubscribe from alerts | Manage preferences`, '3 new jobs for you'),

  other(`Dear Sunita,

Thank you for your interest in Calderwood. We're still interviewing and expect to make a decision in the next two weeks. We'll be in touch either way.

Hannah, People Ops`, 'Still in progress'),

  other(`Welcome to the Bramblefield talent community! 🌿

You'll now receive updates about roles that match your interests. You can update your preferences or leave the community at any time.

Bramblefield People`, 'Welcome to our talent community'),

  other(`Hi Esther,

Thanks for asking for feedback. Happy to share: I've booked 20 minutes with Ben for Thursday at 4pm. Calendar invite to follow.

Isla`, 'Re: feedback call'),

  other(`Dear Applicant,

Successful applicants will be invited to a video interview. Shortlisting takes place after the closing date of 15 November. If you have not heard from us by 30 November, please assume your application has been unsuccessful on this occasion.

Amani Futures Foundation`, 'Application acknowledgement'),
];
