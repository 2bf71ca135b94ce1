/**
 * Development messages of the twenty-ninth round, never sealed: rejections from about a hundred different employers
 * where the reasons are the hard part. Comparisons with other candidates in many voices (some naming a requirement,
 * most naming none), requirements named in passing inside long sentences, test and task results that fell short,
 * internal appointments, filled posts, cancelled or frozen roles, where and whether the candidate may work, pay bands,
 * seniority, working style and values, two reasons in one letter, letters that only sound specific, and praise beside a
 * real reason. Automatic mails, agency recruiters, hiring managers, founders, HR-template letters, universities and
 * public bodies, in British, American, Indian, Australian and second-language English; a few paused processes close the
 * batch.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold } = lineWriter('d29-');

const noreply = '\n\nThis is an automated message, please do not reply. Replies to this address are not read.';
const greenhouse = '\n\n--\nPowered by Greenhouse. Manage your candidate data preferences from your applicant profile.';
const smart = '\n\nSmartRecruiters | Candidate Experience\nUnsubscribe from job alerts';
const council = '\n\nHuman Resources Shared Service\nThis e-mail and any files transmitted with it are confidential and intended solely for the addressee. If you have received it in error please notify the sender.';
const indiaSign = '\n\nThanks & Regards,\nTalent Acquisition Team';

export const HANDWRITTEN_DEV_29: readonly CorpusLine[] = [
  // ── comparisons that name no requirement: profile_mismatch
  rej('application', ['profile_mismatch'], {},
    `Hi Dominika,

Thanks for applying for the Operations Coordinator role at Fernhill Foods. We had a good number of applications, and others brought more relevant experience to the table, so we won't be taking yours further.

All the best with your search.

Fernhill Foods Recruitment${greenhouse}`, 'Your application to Fernhill Foods'),
  rej('interview', ['profile_mismatch'], { ...door },
    `Hey Marcus,

Really appreciated your time on Thursday with Leah and me. We've gone with someone whose background is closer to what the team needs right now, so we won't be making you an offer.

Please keep an eye on our jobs page, there'll be more coming in the new year and I'd be glad to hear from you again.

Jonah
Head of Product, Quillstack`, 'Following up'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Ms Adeyemi,

Thank you for attending interview for the post of Senior Fundraising Officer on 12 March. The panel enjoyed meeting you. Having considered all of the interviewees carefully, we concluded that the successful candidate had a stronger track record, and I am therefore sorry to tell you that we are unable to offer you the post.

Yours sincerely,

Gwen Harcourt
Director of Development
The Linnet Trust`, 'Senior Fundraising Officer'),
  rej('application', ['profile_mismatch'], {},
    `Hi Callum,

Cheers for sending your CV through for the Site Manager job with my client in Leeds. I've had a chat with them and I'm afraid your profile is not quite what they are after at the moment, so I won't be putting you forward.

Speak soon,
Ricky Dunmore
Principal Consultant | Hartwell Construction Recruitment`, 'Site Manager - Leeds'),
  rej('application', ['profile_mismatch'], {},
    `Dear Dr Okafor,

Re: Lecturer in Criminology (Ref. 4471-ACA)

Thank you for your application for the above post. The shortlisting panel has now met. Having assessed all applications against the person specification, the panel felt other applicants were better suited to the post and you have not been shortlisted for interview on this occasion.

Thank you for the interest you have shown in working at the University.

Recruitment Team
University of Ashworth${noreply}`, 'Lecturer in Criminology (Ref. 4471-ACA)'),
  rej('application', ['profile_mismatch'], {},
    `Hi Tess — thanks for reaching out about the growth role. Honestly not the right match for this one, but appreciate you thinking of us.

— Ben, founder @ Tallyho`, 'Re: growth marketer'),
  rej('final', ['profile_mismatch'], { ...offered },
    `Hello Arjun,

Thank you for interviewing for the Business Analyst role with us last week. After reviewing all of the conversations, the panel felt that the other finalists' experience mapped more directly onto the brief, and we've decided to move ahead with one of them.

If a short debrief would help, just let me know and I can set up fifteen minutes.

Kind regards,
Sunita Rao
People Partner, Brackenridge Insurance`, 'Business Analyst interview outcome'),
  rej('application', ['profile_mismatch'], {},
    `Dear Applicant,

Thank you for your interest in the Store Supervisor position (Req 88120).

After reviewing your application, we have decided to proceed with applicants whose experience more closely reflects the requirements of the position.

We wish you the best of luck.

Talent Acquisition | Marlowe Home Stores${smart}`, 'Store Supervisor - Req 88120'),
  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Noor,

It was great speaking with you on Tuesday. After thinking it over, I don't believe your experience is a close enough fit for where the team is right now, so we won't be moving to the next step.

I do think you'd be great for some of the roles we open next year, so let's stay in touch.

Best,
Hailey
Recruiter, Oakmoor Analytics`, 'Our chat on Tuesday'),
  rej('application', ['profile_mismatch'], {},
    `Dear Siddharth,

Greetings from Vanshika Infotech!

Thank you for showing interest in the role of Associate Consultant. We regret to inform that your profile is not matching with our current requirement. We will not be able to take your candidature forward.${indiaSign}`, 'Application status - Associate Consultant'),
  rej('interview', ['profile_mismatch', 'position_filled'], {},
    `Hi Ellie,

Thank you so much for coming in to meet the team at Parcel & Pine. We loved hearing about your time at the gallery, and it was a genuinely tough call. In the end we offered the job to a candidate who ticked more of the boxes we'd set out in the advert.

Wishing you all the best,
Martha`, 'Shop Manager'),
  rej('application', ['profile_mismatch'], {},
    `Hello Julien,

Thank you for your application to the Account Executive position. We have identified candidates who better meet our requirements and will not be moving forward with your application.

Best regards,
Recruiting Team, Sentra Cloud${greenhouse}`, 'Account Executive application'),
  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Ana,

thank you again for the interview on monday. We have now talked to all the candidates and we must tell you that another applicant was a better all-round fit for the role of Project Engineer. It was not an easy decision for us.

We would be happy if you apply to us again in the future.

Best greetings,
Katrin Vogel
HR, Metallbau Röhring GmbH`, 'Your interview - Project Engineer'),
  rej('interview', ['profile_mismatch'], {},
    `Hi Darnell,

Thank you for taking the time to interview with us for the Customer Support Lead opening. Honestly we were impressed with your energy. That said, the hiring team felt your experience was not sufficiently aligned with the scope of the role and we have decided not to proceed.

Thanks again,
Paige Morrow
Talent Acquisition, Lumenfield`, 'Customer Support Lead - update'),
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Aoife,

Thanks for applying for the Marketing Executive post. We've had applications from people with more experience for this one, so on this occasion we won't be inviting you for interview. We'll hold your details on file for six months in case anything else comes up.

The Harbour Gin Co. team`, 'Marketing Executive'),
  rej('application', ['profile_mismatch'], {},
    `Dear Priya,

We have received your application for Trainee Data Engineer. After the screening of profiles, we did not find your profile suitable for this opening and hence it has not been shortlisted.

Warm regards,
HR Department
Nandan Analytics Pvt. Ltd.`, 'Application Update'),
  rej('final', ['profile_mismatch'], { ...offered },
    `Hi Gabriel,

Thank you for coming in for the final round last Friday and for the time you spent with our leadership team. It came down to you and one other person, and their experience was a better match for what the role demands over the next two years. I'm sorry it isn't better news.

If you'd like to hear more about how the panel saw it, I'm happy to jump on a call.

Warmly,
Renata
VP People, Cobalt Route`, 'Final round'),
  rej('application', ['profile_mismatch'], {},
    `G'day Lachlan,

Thanks for putting your hand up for the Estimator role with us. We've had a look at everyone who applied and other applicants had experience more directly relevant to the position, so we won't be progressing you this time round.

Cheers,
Bec
Admin & HR, Tuckers Civil Pty Ltd`, 'Estimator role'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Mr Haddad,

Thank you for attending the interview for the Finance Business Partner vacancy. Following the interviews, the panel felt that other candidates demonstrated a closer alignment with the role and we will not be offering you the position.

Yours sincerely,
Resourcing Team
Kestrel Water plc`, 'Finance Business Partner - interview outcome'),
  rej('application', ['profile_mismatch'], {},
    `Hi Yuki,

Thanks for the application. We're looking for a different profile for this position, so we'll pass for now.

Best,
Mateo
Hiring Manager, Driftwood Labs`, 'Re: Frontend Engineer'),
  rej('interview', ['profile_mismatch'], {},
    `Hi Fatima,

I hope you're well. Just a note to let you know that the client has decided to go with a candidate who was a stronger fit on paper for the Head of Compliance job. I did push your case, but their mind was made up.

Thanks for all your patience through the process.

Simon Ayres
Director, Ayres Search Partners`, 'Head of Compliance - update'),
  rej('application', ['profile_mismatch'], {},
    `Dear Candidate,

Thank you for your application for the role of Logistics Analyst. Unfortunately, we have decided to progress other candidates whose skills and experience more closely match our needs at this time.

Kind regards,
Careers at Halden Freight${noreply}`, 'Logistics Analyst application'),
  rej('interview', ['profile_mismatch'], {},
    `Hi Oskar,

thanks for the two interviews with us. We were honestly split on this one, but in the end we decided in favour of a candidate who was further ahead in terms of experience. We know this is disappointing.

Best,
Lena from Klarwerk`, 'Backend role at Klarwerk'),

  // ── comparisons that name the requirement: skills_gap alone
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Ravi,

Thank you for the technical interview last week for the Platform Engineer role. We've decided to move forward with someone with more hands-on Kubernetes experience, as the team will be migrating a large estate onto EKS in the spring.

Thanks again for your time.

Clem
Engineering Manager, Halyard`, 'Platform Engineer'),
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Sarah,

Thank you for interviewing for the Revenue Operations Manager role. It was a close decision. The candidate we selected has several years of experience administering Salesforce CPQ, which was a big part of what we need for this role.

Best wishes,
Alina Petrova
Director of Revenue Operations, Cinderpath`, 'RevOps Manager'),
  rej('final', ['skills_gap'], { ...fb, ...door },
    `Hi Tom,

Thanks for getting through to the final stage — you were genuinely one of our two favourites. We have chosen the other finalist because they had already led a clinical trial submission to the MHRA, and we need that from the first month.

We'd love to keep you in mind for the next regulatory role we open.

Best,
Dr Imogen Faulks
Head of Regulatory Affairs, Verity Bio`, 'Regulatory Affairs Lead'),
  rej('interview', ['skills_gap', 'position_filled'], { ...fb },
    `Dear Ms Byrne,

Thank you for attending interview for the Clinical Nurse Specialist post. The panel has appointed a candidate with a background in paediatric oncology nursing, which is central to the caseload of this service. We are sorry to disappoint you on this occasion.

Kind regards,
Recruitment, St Brigid's Hospital Group`, 'Clinical Nurse Specialist'),
  rej('application', ['skills_gap'], { ...fb },
    `Hi Kwame,

Thanks for applying to the Physiotherapist role at Banksia Health. We're progressing applicants who already hold current AHPRA registration, and we couldn't see yours on the application, so we won't be moving forward with it.

Kind regards,
Banksia Health Recruitment`, 'Physiotherapist - Banksia Health'),

  // ── requirements named in passing
  rej('application', ['skills_gap'], { ...fb },
    `Hi Daniel,

Thank you for applying for the Senior Accountant opening at Pryor & Lowe. As the role calls for a CPA and you mentioned you're still partway through the exams, we won't be moving forward with your application this time.

Best of luck,
Pryor & Lowe Talent Team`, 'Senior Accountant - Pryor & Lowe'),
  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr Lindqvist,

Many thanks for your application for the Key Account Manager (DACH) position. Given the need for fluent German in all client conversations, we are unfortunately unable to consider your application further.

Yours sincerely,
HR Team, Orvalle Packaging`, 'Key Account Manager (DACH)'),
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Renee,

Thanks for the phone call yesterday, I enjoyed hearing about your projects. Without the five years of people management we're looking for, I can't take you through to the hiring manager for the Head of Service Delivery role, I'm afraid.

All the best,
Owen
Talent Partner, Fathom IT`, 'Head of Service Delivery'),
  rej('application', ['skills_gap'], { ...fb },
    `Hello Mei,

Thanks for your interest in the Staff Pharmacist role in Toronto. The position needs someone already licensed in Ontario by the College of Pharmacists, so we're unable to move your application forward at this stage.

Regards,
Recruitment | Lakeshore Pharmacy Group`, 'Staff Pharmacist - Toronto'),
  rej('application', ['skills_gap'], { ...fb },
    `Hi Jess,

Thank you for applying for the Reporting Analyst role. Since most of the job is building dashboards in Power BI and there's no mention of it on your CV, we've decided not to take your application further.

Thanks,
Claire
Finance Systems, Brockwell Group`, 'Reporting Analyst'),
  rej('application', ['skills_gap'], { ...fb },
    `Dear Dr Mensah,

Thank you for applying for the Research Fellow position. Because the post requires a PhD in a relevant discipline at the time of appointment, and your thesis is not due to be submitted until next summer, we are unable to take your application forward.

We wish you well in completing your doctorate.

School of Earth Sciences
University of Wrenfield`, 'Research Fellow application'),
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Grace,

Thanks for meeting with us about the Development Manager role. The panel were looking for someone with more experience writing large trust and foundation bids, and on balance they felt that gap was too big for this particular post.

We'd really like you to apply for our next Development Officer vacancy though.

Warm wishes,
Ruth
Head of Fundraising, Hollybank Hospice`, 'Development Manager'),
  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant,

Thank you for your application for Health and Safety Advisor. This vacancy requires the NEBOSH National Diploma and we were unable to find it on your application, therefore we are unable to progress you to the next stage.

Regards,
Recruitment${council}`, 'Health and Safety Advisor'),
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Connor,

Thank you for the call earlier today. We spoke about the client-facing side of the role in Shanghai, and with fluency in Mandarin being essential for it, I'm afraid we won't be progressing your application.

Kind regards,
Li Na
Recruitment Consultant, Eastbridge Talent`, 'Client Services Manager - Shanghai'),
  rej('application', ['skills_gap'], { ...fb },
    `Hi Amara,

We appreciate you applying for the Enterprise Account Executive role. For this one we were looking for at least three years closing B2B SaaS deals, and your sales experience so far has been in retail, so we'll be passing on this occasion.

Best,
Coral Recruiting`, 'Enterprise AE'),
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Nikhil,

Thank you for attending the interview for the position of Senior SAP FICO Consultant. The panel felt that your hands-on exposure to S/4HANA migrations was limited, which is the core of the project you would be joining. Hence we are not able to proceed further with your candidature.

Regards,
Meenakshi Iyer
HR, Trivikram Consulting Services`, 'Interview feedback - Senior SAP FICO Consultant'),
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Hannah,

Thanks so much for your time in the interviews. It's a no from us this time, I'm afraid. Everybody enjoyed talking to you; the sticking point was that this hire will own our SOC 2 audit end to end, and you haven't run one before.

Take care,
Piotr
CTO, Fenwick Security`, 'Security Engineer'),

  // ── test and task results
  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the online aptitude assessment for the Graduate Analyst Programme. Your overall score was below the threshold required to progress to the video interview stage, and we will therefore not be taking your application further.

Graduate Recruitment
Albright Capital${noreply}`, 'Your assessment result'),
  rej('assessment', ['assessment'], { ...fb },
    `Hi Lucas,

Thank you for the case study you prepared for the Strategy Associate role. The team read it closely. Your case study didn't reach the standard we need at this level: the market sizing rested on one unsupported assumption and the recommendation didn't follow from the numbers. We won't be moving you forward to interviews.

Best,
Esme
Strategy Team, Northwall Partners`, 'Strategy Associate - case study'),
  rej('assessment', ['assessment'], { ...fb },
    `Hi Sandeep,

Thanks for completing the coding exercise for our Backend Engineer opening. The coding exercise did not demonstrate the error handling and test coverage we look for — several endpoints returned 500s on invalid input and there were no tests. We won't be continuing with your application at this point.

Regards,
Hiring Team, Pulsebyte`, 'Coding exercise - Pulsebyte'),
  rej('assessment', ['assessment'], {},
    `Dear Chloe,

Thank you for taking part in the online tests for the Trainee Auditor scheme. I'm sorry to say that you didn't pass the numerical reasoning section, so we are unable to invite you to the assessment centre.

Early Careers Team
Mercer Lyle LLP`, 'Trainee Auditor scheme - online tests'),
  rej('assessment', ['assessment'], { ...fb },
    `Hi Bilal,

Thanks for completing the situational judgement test for the Customer Service Adviser role. A score of 70 was needed to move on to the telephone interview and your result came in at 58, so we won't be progressing your application.

Thanks for your interest,
Recruitment Team
Albion Energy`, 'Customer Service Adviser - SJT'),
  rej('assessment', ['assessment'], { ...fb },
    `Dear Ms Kowalczyk,

Thank you for submitting the translation test for the Polish-English Translator vacancy. The reviewers found several terminology errors in the legal passage and a mistranslated clause in the second paragraph, so we cannot offer you a place on our freelance panel at this time.

Best regards,
Vendor Management, Linguaterra`, 'Translation test outcome'),
  rej('assessment', ['assessment'], {},
    `Hi Zoe,

Thank you for completing the writing task for the Content Editor role. Unfortunately the piece you submitted was not at the level we need for this position, so we won't be moving forward.

All the best,
Editorial, Birchwood Media`, 'Content Editor writing task'),
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hey Theo,

Thanks for your submission for the frontend take-home. We went through it as a team. The UI looked sharp, but the state management broke when filters were combined and the app didn't handle the empty API response at all. That was enough for us to stop here for now.

Please do try again in six months — we'd welcome a new application.

Cheers,
Ada
Engineering, Sprocket & Co`, 'Frontend take-home'),
  rej('assessment', ['assessment'], {},
    `Dear Applicant,

We thank you for attempting the technical assessment for the post of Junior Network Engineer. We regret to inform you that you have not qualified the assessment and hence you will not be considered for the next round of the selection process.

Regards,
HR - Recruitment
Sahyadri Telecom Ltd.`, 'Technical assessment result'),
  rej('assessment', ['assessment'], { ...fb },
    `Dear Ewan,

Thank you for attending our assessment centre for the Police Community Support Officer role. Your performance in the written exercise and the role-play fell below the required benchmark, and so we are unable to progress your application to the interview stage.

Recruitment Unit
Northmoor Constabulary`, 'PCSO assessment centre outcome'),

  // ── internal candidates
  rej('interview', ['internal_candidate'], {},
    `Hi Megan,

Thank you for interviewing for the Office Manager position. I wanted to let you know that we've decided to appoint a colleague from our Bristol office who has been covering the role on an interim basis.

Thank you for your time and interest.

Kind regards,
Julia
HR, Penrose Architects`, 'Office Manager'),
  rej('application', ['internal_candidate'], {},
    `Dear Applicant,

Vacancy: Team Leader, Revenues & Benefits (RB-2291)

Thank you for applying. This vacancy has now been filled through the redeployment of an existing member of staff and the external recruitment has been closed. We apologise for any inconvenience.

Regards,
Recruitment${council}`, 'RB-2291 Team Leader'),
  rej('final', ['internal_candidate'], { ...door },
    `Hi Rosa,

You made it to the very end, and I'm sorry this isn't the outcome you were hoping for. Late in the process someone already on our product team put themselves forward, and given how well they know our customers we've decided to give them the role.

I'd genuinely like to keep talking about future openings if you're up for it.

Best,
Anders
CPO, Mapleleaf Finance`, 'Senior PM role'),

  // ── filled posts
  rej('interview', ['position_filled'], {},
    `Hi Jordan,

Thanks for interviewing with us for the Bookkeeper role. Just letting you know we made an offer to another candidate earlier this week and it has been accepted, so the position is now filled.

Thanks again,
Denise
Practice Manager, Ashdown & Co Accountants`, 'Bookkeeper role'),
  rej('application', ['position_filled'], { ...door },
    `Hi there Kiri,

Thanks heaps for applying for the Barista role at Little Fern. We've found our person now, so the spot is taken, sorry! We'll keep your CV on file for the summer season.

Cheers,
Mia @ Little Fern Café`, 'Barista'),
  rej('screen', ['position_filled'], {},
    `Hello Ibrahim,

Thank you for speaking with me last Wednesday about the Warehouse Supervisor opening. I'm writing to let you know the hiring manager has already extended an offer to a candidate who was further along in the process, and they have signed, so we will not be moving forward with your application.

Best regards,
Tanya Mills
Recruiter, Gridline Distribution`, 'Warehouse Supervisor'),

  // ── roles cancelled, frozen, restructured
  rej('interview', ['role_closed'], {},
    `Hi Sofia,

I'm sorry to be writing with this after you've been so generous with your time. Following a company-wide hiring freeze announced this morning, the Data Scientist requisition has been cancelled and we are closing the process for all candidates.

With apologies,
Nat
Talent Lead, Greyhound Mobility`, 'Data Scientist - update'),
  rej('application', ['role_closed'], { ...door },
    `Dear Ravi,

Thank you for your application for the Learning & Development Partner role. The People team is being restructured, and as a result this position will no longer be recruited to. We will keep your details and contact you if a similar role is created in the new structure.

Kind regards,
Resourcing, Harcourt Brands`, 'Learning & Development Partner'),
  rej('screen', ['role_closed'], {},
    `hi Leo, quick one — after our call the board decided not to go ahead with the ops hire this year (funding's taking longer than we thought), so I have to close this out for now. really sorry. — Fran`, 're: ops manager'),
  rej('assessment', ['role_closed'], {},
    `Dear Amelia,

Thank you for completing the written exercise for the Policy Adviser role. The project this post was funded through has not been renewed, and the vacancy has been withdrawn. We will not be proceeding with any applications.

Yours sincerely,
HR Department
Centre for Rural Futures`, 'Policy Adviser vacancy withdrawn'),

  // ── where and whether the candidate may work
  rej('application', ['location'], { ...fb },
    `Hi Ahmed,

Thanks for applying for the Junior Developer position. We're only able to consider candidates who already have the right to work in the UK, as we can't sponsor a Skilled Worker visa for this role, so we won't be progressing your application.

Best,
Harbourside Digital Recruitment`, 'Junior Developer'),
  rej('screen', ['location'], { ...fb },
    `Hi Camila,

Thanks for the chat this morning. Our engineering team works almost entirely in US Eastern hours and the overlap with Manila would be too small for the on-call rotation, so we won't be moving forward.

All the best,
Gus
Recruiting, Shoreline Health`, 'Support Engineer'),
  rej('application', ['location'], { ...fb, ...door },
    `Dear Mathieu,

Thank you for your interest in the Project Coordinator role. This position requires the successful candidate to be in our Brisbane office four days a week, and as you're based in Perth and not looking to relocate, we will not be taking your application further.

We'd welcome an application from you for any remote roles we advertise.

Kind regards,
People & Culture, Coralline Group`, 'Project Coordinator - Brisbane'),
  rej('application', ['location'], { ...fb },
    `Hello Wei,

Thank you for applying. Unfortunately we are not able to sponsor H-1B visas at this time and your application indicates you would need sponsorship, so we can't move forward.

Regards,
Talent Team, Brightpath Logistics${greenhouse}`, 'Your application to Brightpath'),

  // ── salary
  rej('screen', ['salary'], { ...fb },
    `Hi Natasha,

Thanks for taking my call on Monday. I've spoken to the hiring manager and, unfortunately, the gap between your salary expectations and the band for the Product Designer role is too wide for us to close, so we won't be moving ahead.

Kind regards,
Ellis
Talent Partner, Lowfield`, 'Product Designer - next steps'),
  rej('application', ['salary'], { ...fb },
    `Hi Marco,

Thanks for sending your proposal for the contract. Your day rate is above what we have budgeted for this project, which tops out at €450, so we'll be going with another contractor.

Best,
Sanne
Delivery Lead, Vlinder Studio`, 'Re: React contractor'),

  // ── overqualified
  rej('application', ['overqualified'], { ...fb },
    `Dear Helen,

Thank you for applying for the Administrative Assistant role. Having read your CV, you're a good deal more senior than this role, and we think you would find the day-to-day work under-challenging. We have therefore decided not to take your application further.

Best wishes,
Office Manager, Tamworth & Bell Solicitors`, 'Administrative Assistant'),
  rej('interview', ['overqualified'], { ...fb },
    `Hi Vikram,

Thanks for the interview last week. Your experience far exceeds what this junior analyst position requires, and we worry you'd outgrow it within months. For that reason we won't be offering you the role.

Best,
Laura
Analytics Manager, Kettering Retail`, 'Junior Analyst'),

  // ── culture, working style, values
  rej('interview', ['culture_fit'], { ...fb },
    `Hi Jamal,

Thanks for coming to meet the team on Friday. We're a very small, scrappy team where everyone shifts priorities daily, and from our conversation you seemed to work best with a lot of structure and clear process. We don't think the way we work would suit you, so we won't be moving forward.

Thanks,
Ilse
Co-founder, Pebblebox`, 'Friday'),
  rej('final', ['culture_fit'], { ...fb },
    `Dear Louise,

Thank you for your time at the final panel. Although your experience is strong, the panel did not feel there was a clear alignment with our values around collaboration and shared ownership, which are central to how the leadership team operates. We will not be making an offer.

Kind regards,
Chief People Officer, Heathcote Housing`, 'Director of Operations'),

  // ── two reasons in one message
  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Hi Pablo,

Thank you for interviewing for the Data Engineer role. Two things held us back: the team needs someone who has built streaming pipelines in Kafka, which you haven't done yet, and the role requires being in the Madrid office three days a week, which isn't possible from Valencia.

Thanks for your time,
Irene
Data Platform, Sol Movilidad`, 'Data Engineer'),
  rej('interview', ['position_filled', 'internal_candidate'], {},
    `Dear Tobias,

Thank you for attending the interview for the Senior Librarian post. I am writing to let you know the post has now been filled by an internal candidate who has accepted our offer.

Kind regards,
Library Services
University of Carrickmore`, 'Senior Librarian'),
  rej('screen', ['salary', 'overqualified'], { ...fb },
    `Hi Jo,

Thanks for the screening call. Honestly, your background is more senior than what this coordinator role is, and the salary you mentioned is well above the band, so I don't think it makes sense for either of us to continue.

Best,
Dev
Recruiter, Parkway Events`, 'Events Coordinator'),
  rej('application', ['location', 'salary'], { ...fb },
    `Hello Sipho,

Thank you for your application for the Financial Accountant role. The position is based on-site in Durban, and your expected salary is above the budget for this role, so unfortunately we will not be proceeding.

Kind regards,
Recruitment, Indlovu Holdings`, 'Financial Accountant'),
  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Anya,

Thanks for completing the SQL test for the Data Analyst role. Your score was below the pass mark, and the reviewers also noted you don't have experience with dbt, which the team uses every day. We won't be moving forward.

Best,
Hiring team, Wrenly`, 'Data Analyst - SQL test'),
  rej('final', ['profile_mismatch', 'salary'], { ...fb },
    `Hi Dimitri,

Thank you for coming through to the final interviews. The other finalist was a closer fit for the role overall, and we also couldn't have met the salary you asked for within the budget we have. I'm sorry it didn't work out.

Best,
Helga
COO, Torvik Marine`, 'Final interviews'),

  // ── generic letters that only sound specific
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your interest in the Customer Experience Officer position. After careful consideration of all applications received, we regret to advise that you have not been shortlisted on this occasion.

Yours faithfully,
Human Resources
Borough of Kingsmere${council}`, 'Customer Experience Officer'),
  rej('application', ['generic'], { ...door },
    `Hi Kayla,

Thank you for applying to be a Graphic Designer at Hopscotch. This was a highly competitive field and unfortunately we won't be moving forward with your application. We encourage you to check back for future openings.

The Hopscotch Team${smart}`, 'Graphic Designer at Hopscotch'),
  rej('final', ['generic'], { ...offered },
    `Dear Samuel,

Thank you for attending the final assessment day. We met many strong candidates and the decision was very difficult. On this occasion you have not been successful.

You can request feedback from the panel by replying within fourteen days.

Yours sincerely,
Graduate Recruitment, Thornbury Bank`, 'Assessment day outcome'),
  rej('interview', ['generic'], {},
    `Hi Eilidh,

Thank you for your time at interview. The standard of candidates was exceptionally high and we had to make some very difficult decisions. I'm sorry to let you know we won't be offering you the position.

Best regards,
Hamish
Operations Director, Glenfarrow Distillery`, 'Interview outcome'),
  rej('application', ['generic'], {},
    `Dear Rohan,

Thank you for applying for the Summer Analyst internship. We received over 4,000 applications for 40 places this year. After a thorough review, we are unable to offer you a place in the next stage.

Campus Recruiting
Whitcombe Securities${noreply}`, 'Summer Analyst internship'),
  rej('screen', ['generic'], { ...door },
    `Hi Femi,

Thanks again for the call last week. We've now spoken to everyone on the shortlist, and after weighing everything up we've decided to go with other candidates for the Customer Success Manager role.

I'll keep your details and reach out if something else opens up.

Cheers,
Ingrid
Talent, Loopwise`, 'CSM role'),

  // ── praise beside a real reason
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Beatrice,

You have an impressive background and the team really enjoyed meeting you. However, this role is heavily focused on hospital pharmacy procurement, and your experience has been in community pharmacy, so we've decided to move forward with another candidate.

Best wishes,
Procurement Team, Medway Health Partners`, 'Pharmacy Procurement Lead'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Carlos,

Thank you for interviewing with us. Your background is genuinely impressive and we enjoyed our conversation. That said, we have chosen a candidate whose overall profile was a better match for the position.

Sincerely,
Human Resources, Alder & Finch`, 'Interview follow-up'),
  rej('interview', ['culture_fit'], { ...fb },
    `Hi Sam,

Thanks for the interview. You clearly know your stuff and your portfolio was excellent. But the team felt your preference for working independently wouldn't mesh with how collaborative our studio is day to day, so we're going to pass.

All the best,
Nell
Creative Director, Bramble & Moss`, 'Designer role'),

  // ── more comparisons, more voices
  rej('interview', ['profile_mismatch'], {},
    `Dear Sebastián,

Thank you very much for the interview for the position of Export Sales Manager. We have had very good conversations with several candidates, and in the end we selected a person whose profile fits more to our current situation. We thank you for your interest in our company.

Kind regards,
Teresa Molina
Human Resources, Cerámicas Altamar`, 'Export Sales Manager'),
  rej('application', ['profile_mismatch'], {},
    `Hi Shreya,

Thanks for applying for the UX Researcher role. We reviewed your application alongside the others, and there were candidates whose experience lined up more neatly with what we need for this position, so we won't progress yours further.

Best,
Research Ops, Tandem Health${greenhouse}`, 'UX Researcher application'),
  rej('final', ['profile_mismatch'], { ...door },
    `Hi Caleb,

Thank you for making the trip out to see us for the final interview. I'm going to be straight with you: it was close, but the person we chose simply had more of what we were looking for. I'd be really happy to hear from you if you see another role of ours that interests you.

Cheers,
Marcy
GM, Redgum Outfitters`, 'Final interview'),
  rej('interview', ['profile_mismatch'], {},
    `Hello Irina,

Thank you for meeting with our team. After much deliberation, we concluded that your experience and the needs of this role do not align closely enough, and we will not move forward with your candidacy.

Respectfully,
Talent Acquisition, Veridian Systems`, 'Interview outcome - Systems Analyst'),
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Ollie,

Thanks for interviewing with us. We went with a candidate who has more experience running paid social campaigns with budgets over £1m, since that's where most of the spend will go next year.

Best,
Harriet
Head of Growth, Fable Kitchen`, 'Performance Marketing Manager'),
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Anjali,

Thank you for attending the interview for Senior Tax Associate. We have selected a candidate with a stronger background in transfer pricing, which the partners felt was critical for the client portfolio. We wish you all success.

Regards,
HR, Kapoor Mehta & Associates`, 'Senior Tax Associate'),

  // ── more requirements in passing
  rej('screen', ['skills_gap'], { ...fb },
    `Hey Rory,

Thanks for hopping on a call. The role's going to be about 80% Go, and since your backend work has mostly been in PHP we don't think it's the right moment to bring you on for this one.

Cheers,
Kit
Recruiting, Marlin Pay`, 'Backend Engineer (Go)'),
  rej('application', ['skills_gap'], { ...fb },
    `Dear Fiona,

Thank you for your application for the position of Early Years Practitioner. All practitioners in our rooms must hold at least a Level 3 childcare qualification, and as yours is at Level 2 we cannot shortlist you on this occasion.

Kind regards,
Little Acorns Nurseries`, 'Early Years Practitioner'),
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Andre,

Thank you for your time with us for the Maintenance Planner role. It came down to the fact that the role needs someone confident using SAP PM for work orders from day one, and in your interview it came through that you've mainly used paper-based systems.

Happy to talk it through if you want more detail.

Regards,
Shaun
Maintenance Manager, Ridgeback Mining`, 'Maintenance Planner'),

  // ── more test and task results
  rej('assessment', ['assessment'], { ...fb },
    `Hi Farah,

Thank you for sending in your written 30-60-90 plan. Unfortunately the plan didn't address the retention problem the brief set out, and the reviewers scored it below the other candidates' submissions, so we won't be going further.

Kind regards,
Luke
Customer Success Director, Pathlight`, 'Presentation - Customer Success'),
  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for attempting the Codility challenge. Your solution did not meet the minimum score required for this role and we will not be progressing your application at this stage.

Recruitment Team, Finovo${noreply}`, 'Codility result'),

  // ── more internal / filled / closed / location / salary / overqualified / culture
  rej('interview', ['internal_candidate'], {},
    `Hi Georgia,

Thank you for interviewing for the Events Manager role. We've decided to promote from within the team, and one of our current coordinators will be stepping up into the position.

All the best,
Charlotte
Head of Events, The Copperhouse`, 'Events Manager'),
  rej('application', ['position_filled'], {},
    `Dear Applicant,

Thank you for your interest in the Receptionist position. Please be advised this vacancy has now been filled and we are no longer accepting applications.

Regards,
Practice Manager, Kingfisher Dental`, 'Receptionist vacancy'),
  rej('interview', ['role_closed'], {},
    `Hi Ivan,

Thank you for the interviews. Our parent company has decided to move the analytics function to Warsaw, so the Manchester role you interviewed for no longer exists. I'm very sorry about how this has turned out.

Best,
Jenna
Talent Acquisition, Halcyon Retail`, 'Analytics Manager - Manchester'),
  rej('application', ['location'], { ...fb },
    `Dear Ms Tremblay,

Thank you for your application. This competition is open only to residents of the Province of Quebec, and your application lists an address in Alberta. Consequently, your application cannot be considered.

Staffing Services
Ministère des Ressources Partagées`, 'Competition 2024-118'),
  rej('interview', ['salary'], { ...fb },
    `Hi Nadia,

Thanks for your time in the interviews for the Finance Manager role. We would have loved to move forward, but we can't get close to the package you're currently on — our budget tops out about 15% below it — so we're going to stop here.

Kind regards,
Tom
Finance Director, Ardley Group`, 'Finance Manager'),
  rej('interview', ['overqualified'], { ...fb, ...door },
    `Dear Patrick,

Thank you for interviewing for the Team Leader role. Given your twenty years of senior management, we feel this position would not make the best use of your experience and you would quickly find it limiting. We will not be offering you the role, but we would be glad to consider you for more senior vacancies in future.

Yours sincerely,
HR, Calderway Housing`, 'Team Leader'),
  rej('interview', ['culture_fit'], { ...fb },
    `Hi Jasmine,

Thanks for coming in. After the team lunch, a few people felt that the way you prefer to communicate — mostly written and asynchronous — would clash with how our sales floor runs, which is loud and very in-the-moment. So we won't be taking this further.

Cheers,
Mark
Sales Manager, Brightline Solar`, 'Sales role'),

  // ── quoted threads
  rej('interview', ['profile_mismatch'], {},
    `Hi Neha,

Sorry for the slow reply. We've now wrapped up interviews and we felt other candidates were a better match for the role, so we won't be progressing your application.

Best,
Rafael

On Mon, 3 Jun at 09:14, Neha Kulkarni wrote:
> Hi Rafael, just checking in on the Product Analyst interview from last week — any news?
> Thanks, Neha`, 'Re: Product Analyst interview'),
  rej('screen', ['location'], { ...fb },
    `Hi Oliver,

Thanks for getting back to me. As you mentioned on our call that you'd need to stay in Cork, I'm afraid we can't go further: the role is fully on-site in Dublin five days a week.

Best regards,
Saoirse

-----Original Message-----
From: Oliver Quinn
Sent: 14 May 2024 17:02
Subject: RE: Operations Analyst
Hi Saoirse, thanks for the call today. Just to confirm, I'm happy to travel up occasionally but would like to remain based in Cork.`, 'RE: Operations Analyst'),
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Kenji,

Thanks for your patience. The panel has decided not to move forward. The main gap was experience with regulated medical device software (IEC 62304), which this role requires from day one.

Regards,
Greta

> On 2 Apr, Kenji Watanabe wrote:
> Hello Greta, could you share an update on the Embedded Engineer role since my interview on the 20th? Thanks!`, 'Re: Embedded Engineer'),

  // ── generic, template leftovers
  rej('application', ['generic'], {},
    `Dear {{candidate_first_name}},

Thank you for your application for {{job_title}}. We have reviewed your application carefully and regret to inform you that we will not be taking it forward at this time.

Kind regards,
{{recruiter_name}}${smart}`, 'Your application'),
  rej('interview', ['generic'], { ...door },
    `Dear Mr Fernandes,

Thank you for attending interview for the role of Procurement Officer. We regret to inform you that, after careful deliberation, you were not selected. We wish you every success and encourage you to apply for future vacancies with us.

Regards,
HR Division, Port Authority of Castlebay`, 'Procurement Officer interview'),

  // ── paused processes
  hold('interview', ['role_closed'], {},
    `Hi Ayesha,

Thanks for your patience since the interviews. I wanted to let you know the Marketing Lead role is on hold while the new CEO reviews the team structure. You're still very much in the running, and I'll update you as soon as we have clarity, likely in the next four to six weeks.

Best,
Carys
People Team, Gallowgate Brewing`, 'Marketing Lead - update'),
  hold('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying for the Technical Officer vacancy. Shortlisting has been delayed owing to the volume of applications. We now expect to contact all applicants by 30 September.

Regards,
Recruitment${council}`, 'Technical Officer - delay'),
  hold('final', ['role_closed'], {},
    `Hi Noah,

Thanks for the final round last week. Our budget for the new year hasn't been signed off yet, so we've had to pause all offers until January. No decision has been made on your application and we'll be back in touch then.

Cheers,
Elise
Talent, Copperfield Games`, 'Update after final round'),
];
