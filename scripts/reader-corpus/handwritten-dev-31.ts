/**
 * Development messages of the thirty-first round: whole job-application mails, all in English, from about ninety
 * employers in Latin America, Eastern Europe, the Middle East, South-East Asia, Africa and Ireland — public bodies,
 * universities, schools, hospitals, airlines, hotels, construction firms, newsrooms, NGOs, audit and advisory firms, banks,
 * crypto and AI start-ups, retail chains and call centres. Rejections at every stage, from a plain CV screen to the last
 * round, with the stage often only hinted at (who the candidate met, what they built or presented, recorded video answers,
 * a day on site, "one of the last three"); reasons across the whole vocabulary, often said in passing or politely, a few
 * letters giving two; specific feedback buried mid-letter, feedback refused or offered, and invitations to apply again or
 * CVs kept on file in many wordings. Automatic mails with footers, HR templates, agency recruiters, hiring managers,
 * founders' two-liners, long formal letters and HTML bodies. A few paused processes, then look-alike mails
 * (acknowledgements, invitations, an offer, withdrawals, job-board and portal notices) that use rejection words without
 * declining anyone. For development only: the rules may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d31-');

const workday = '\n\n---\nThis email was sent from an unmonitored mailbox. To review the status of your applications, sign in to Candidate Home.';
const lever = '\n\nSent via Lever · Candidate privacy notice';
const greenhouse = '\n\n--\nThis message was sent through Greenhouse. You can update your data preferences at any time from your candidate profile.';
const teamtailor = '\n\nPowered by Teamtailor\nManage your personal data or connect with us on our career site.';
const smart = '\n\nSmartRecruiters · Candidate Portal · Unsubscribe from notifications';

export const HANDWRITTEN_DEV_31: readonly CorpusLine[] = [
  // ── application stage: nothing beyond the CV
  rej('application', ['generic'], { ...door },
    `Estimada María Fernanda,

Thank you for your interest in the position Analista de Riesgo de Crédito Senior (Req. ID R-24-0871) at Banco Andino del Pacífico.

We have reviewed all the applications received for this requisition and have decided to continue the process with other applicants. Your application will therefore be closed in our system.

We invite you to join our Talent Community, where you will receive notifications of new openings in Lima, Arequipa and Trujillo, and we encourage you to apply to any future position that matches your interests.

Atentamente,
Gerencia de Gestión del Talento
Banco Andino del Pacífico${workday}`, 'Banco Andino del Pacífico – Actualización de su postulación'),

  rej('application', ['skills_gap'], { ...fb },
    `REF: CPSB/ADV/017/2024 — SENIOR SUPERINTENDING ENGINEER (ROADS), JOB GROUP 'Q'

Dear Mr. Otieno,

The County Public Service Board acknowledges receipt of your application for the above position dated 12th March 2024.

The Board has carefully considered all applications against the requirements set out in the advertisement. I wish to inform you that your application did not meet the threshold for shortlisting, as it did not include proof of current registration with the Engineers Board of Kenya as a Professional Engineer, which is a mandatory requirement for appointment at this grade.

The Board thanks you for the interest shown in serving the people of the County.

Yours faithfully,

SECRETARY/CEO
COUNTY PUBLIC SERVICE BOARD`, 'Re: Application for Senior Superintending Engineer (Roads)'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Siobhán,

Re: Assistant Lecturer in Hospitality and Tourism Management (Ref. MCU-0412)

Thank you for your application for the above post and for the time you put into it.

The shortlisting board met last week and assessed every application against the essential and desirable criteria published in the candidate information booklet. The board decided to invite to interview those applicants whose experience, taken as a whole, was most closely aligned with the post, and I am sorry to tell you that your application is not among them on this occasion.

We advertise lecturing posts regularly across our Cork, Kerry and Waterford campuses, and you would be very welcome to apply for future competitions.

Is mise le meas,
Human Resources Department
Munster Coastal University`, 'MCU-0412 Assistant Lecturer – outcome of shortlisting'),

  rej('application', ['location'], { ...fb, ...door },
    `Dear Rami,

Thank you for applying for the position of Customer Service Agent – Airport Services with Pearl Coast Airways.

This vacancy is a local hire and is open only to candidates who currently reside in the State of Qatar and hold a residence permit that can be transferred to the company's sponsorship. Your application indicates that you are currently living in Amman, so we are not able to progress it further.

Sponsored positions are advertised separately on our careers site under "International Recruitment", and we hold open days in several cities throughout the year. We encourage you to look out for these and apply when one takes place near you.

Kind regards,
Airport Services Recruitment
Pearl Coast Airways

Please do not reply to this email. This mailbox is not monitored.`, 'Your application – Customer Service Agent (Ref 41177)'),

  rej('application', ['overqualified'], { ...door },
    `Hi Minh Anh,

Thanks a lot for applying to the Warehouse Shift Supervisor opening at Chomoi in Bình Dương.

I read your CV with real interest. Honestly, with eleven years running regional fulfilment networks, a single-shift supervisor job would be a big step back for you, and we don't think it would keep you challenged for long. So we're not moving ahead with this one.

That said, we're planning to open a Regional Operations Manager role for the central provinces around Q3. I've saved your profile and I'll contact you myself as soon as it's approved.

Best,
Trần Quốc Bảo
Talent Partner, Operations – Chomoi`, 'Re: Warehouse Shift Supervisor – Bình Dương'),

  rej('application', ['location'], { ...door },
    `Hi Tunde,

Thanks for your interest in the Mid React Developer position at Odrabit.

We'd like to be upfront: at the moment we can only hire people who are already allowed to work in Poland, as we have no capacity to run work permit procedures, and the role isn't open to contractors working from outside the EU. For that reason we won't be continuing with your application.

If your situation changes, we'd be glad to see your name again — new positions show up on our page almost every month.

Cheers,
Ola from the Odrabit People Team${lever}`, 'Odrabit – Mid React Developer'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Chiamaka,

GRADUATE TRAINEE PROGRAMME (ASSURANCE) — 2025 INTAKE

Thank you for applying to the Okafor Brandt & Co. Graduate Trainee Programme.

Our programme has a minimum academic requirement of a Second Class Upper degree (or HND Upper Credit), together with a minimum of five credits including English and Mathematics at one sitting. Your application shows a Second Class Lower, and as a result we are unable to take it forward to the online test stage.

Many of our professionals join us as experienced hires after qualifying with ICAN or ACCA elsewhere. Once you have two years of post-qualification experience, we would be pleased to receive an application from you through our Experienced Hires portal.

Yours sincerely,
Campus Recruitment
Okafor Brandt & Co. Chartered Accountants
Lagos | Abuja | Port Harcourt`, 'Okafor Brandt Graduate Trainee Programme 2025'),

  rej('application', ['position_filled'], { ...door },
    `Hi Ciarán,

Thanks for applying for Assistant Store Manager at Dunmore Stores, Athlone. Just letting you know the vacancy has now been filled.

We've new stores opening in Mullingar and Tullamore this autumn, so have a look at the careers page over the next few weeks — we'd love to see an application from you there.

Thanks again,
The Dunmore Stores Recruitment Team`, 'Assistant Store Manager – Athlone'),

  rej('application', ['role_closed'], { ...door },
    `Dear Ni Luh Putu,

Om Swastiastu, and warm greetings from Segara Nusa Resort & Spa, Jimbaran.

We thank you for your application for the position of Guest Relations Officer. Following a reorganisation of our Front Office department, this position has been merged into the Guest Experience team and will no longer be recruited separately. We therefore have to close your application.

We have placed your CV in our resort talent pool, and our Human Resources team will contact you if a suitable position in Front Office or Guest Experience becomes available.

Warm regards,
Human Resources Department
Segara Nusa Resort & Spa`, 'Guest Relations Officer – Segara Nusa Resort & Spa'),

  rej('application', ['generic'], {},
    `hey Priit, thanks for sending this over. we're going another direction for this hire. good luck out there

— Kaarel
sent from my phone`, 'Re: solidity dev'),

  rej('application', ['profile_mismatch'], {},
    `<html><body><p>Olá, Lucas!</p>
<p>Thank you for applying to the <b>Data Journalist</b> position at Grupo Ipê Comunicação.</p>
<p>We received a very high number of applications. After reviewing them, we chose to move ahead with candidates whose portfolios come closer to the profile we have in mind for the newsroom, and for this reason your application will not continue in this process.</p>
<p>We wish you great success in your career.</p>
<p>Abraços,<br>Equipe de Atração de Talentos<br>Grupo Ipê Comunicação</p>
<p style="font-size:10px;color:#999999">Você está recebendo este e-mail porque se candidatou a uma vaga no nosso portal. <a href="#">Descadastrar</a></p>
</body></html>`, 'Grupo Ipê | Data Journalist'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hello Andrei,

Thank you for applying for the Customer Support Specialist with German position at Someș Contact Solutions in Cluj-Napoca.

For this project our client requires German at C1 level, both spoken and written. In your application you rated your German as B1, so we can't move you forward for this particular role.

Good news, though: we are hiring continuously for our English-only projects (telecom, travel and e-commerce), with the same benefits package. If you'd like to be considered, simply apply to one of those listings on our careers page and mention this email.

Best regards,
Recruitment Team
Someș Contact Solutions`, 'Your application – Customer Support Specialist with German'),

  rej('application', ['internal_candidate'], { ...door },
    `Estimado Sr. Fuentes:

Junto con saludarle, we are writing regarding your application for the position of Jefe de Obra – Proyecto Planta Desaladora Antofagasta.

We wish to inform you that, in line with our internal mobility policy, the position will be covered by a professional who already works at Constructora Cordillera Austral. For this reason the external process has been closed.

Your background will remain in our database, and we will consider it for future projects in the north of the country.

Saluda atentamente,
Gerencia de Personas
Constructora Cordillera Austral S.A.`, 'Proceso Jefe de Obra – Antofagasta'),

  rej('application', ['salary'], { ...fb },
    `Dear Ms. Haddad,

Thank you for applying for the position of Programme Officer – Livelihoods with Tamkeen Relief Network in Amman.

Having reviewed your application, we note that your expected monthly salary of JOD 2,400 is considerably above the fixed salary scale for this grade, which ranges from JOD 1,350 to JOD 1,600 depending on experience. As our scales are set in agreement with our donors and cannot be negotiated, we will not be taking your application further.

We thank you for your interest in our work with refugee and host communities.

Best regards,
HR Unit
Tamkeen Relief Network`, 'Programme Officer – Livelihoods (TRN/AMM/052)'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Mr Lim,

Thank you for your application for the post of Teacher of Chemistry (IGCSE/A Level), starting in August.

We received a strong field. As a British-curriculum school accredited by CIS, we require all teaching staff to hold a recognised teaching qualification such as a PGCE or equivalent, and we could not find one in your application. We are therefore not able to shortlist you.

If you complete a qualification such as the iPGCE, which can be studied alongside work, please do apply to us again; we recruit for the sciences every year.

Yours sincerely,
Mrs H. Abdullah
HR Manager, Bukit Damansara International School`, 'Teacher of Chemistry – August intake'),

  rej('application', ['generic'], {},
    `Dear Applicant,

RE: APPLICATION FOR THE POSITION OF HEALTH INFORMATION OFFICER

Management wishes to thank you for your interest in the above position.

We received an overwhelming number of applications for a limited number of vacancies. We regret to inform you that your application was not successful.

Due to the volume of applications, the Hospital is unable to provide feedback to individual applicants, and enquiries on the outcome will not be answered.

We wish you the best in your future endeavours.

Signed
Deputy Director, Human Resource
Asante Regional Teaching Hospital, Kumasi`, 'APPLICATION OUTCOME'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Aoife,

Quick update on the Senior Payroll Analyst role with my client in Galway.

I sent your CV over on Monday and heard back from their Finance Director this morning. She liked the look of your experience, but they're firm on someone being in the office at least four days a week, and your CV says you're only looking at fully remote work from Dublin. So they've passed on it for now.

Not the answer we wanted! I get a fair few remote payroll roles across my desk though, and I'll send anything suitable your way as soon as it lands.

Talk soon,
Declan Moran
Senior Consultant – Accountancy & Finance
Harbour Lane Recruitment, Dublin 2

Harbour Lane Recruitment Ltd is a licensed employment agency (Licence No. EA-4421). This email and any attachments are confidential.`, 'Galway payroll role – update'),

  rej('application', ['role_closed'], {},
    `Hi Youssef,

Thank you for applying to the Junior Prompt Engineer role at Nilewave AI.

Since we posted it, we've reorganised our applied research team and decided to fold that work into existing roles, so the position has been closed and we won't be hiring for it. This means we won't be reviewing your application any further.

We appreciate your interest and wish you luck.

Nilewave AI Hiring Team${teamtailor}`, 'Junior Prompt Engineer – Nilewave AI'),

  // ── screen: recruiter, HR or first short call, recorded video answers
  rej('screen', ['salary'], { ...fb, ...door },
    `Hola Valentina,

Thanks again for the call on Wednesday, I enjoyed hearing about the payments reconciliation work you did at your last company.

I took your details to the hiring manager for the Senior Backend Engineer role. The blocker is compensation: you mentioned a target of COP 22 million a month, and the approved band for this level tops out at COP 16 million. We went back and forth on it but can't stretch that far this year, so we won't continue the process.

If your expectations change, or when we open the Staff Engineer position planned for next year, I'll reach out to you directly.

Un abrazo,
Camila Restrepo
Talent Acquisition, Cuentaclara (Medellín)`, 'Cuentaclara – Senior Backend Engineer'),

  rej('screen', ['location'], { ...fb, ...door },
    `Hi Inês,

It was great talking to you last Thursday — thanks for walking me through your shipped titles.

After our conversation I checked with our Art Director about the Senior Environment Artist opening. You were clear that you'd want to stay fully remote from Lisbon, and this role is hybrid at our Novi Sad studio, three days on site. We've decided not to make an exception for this team, so we'll stop the process here.

We do occasionally open fully remote contract positions in outsourcing coordination. I've added a note to your profile and will ping you if one comes up.

All the best,
Marija
Recruiter, Nine Hills Games`, 'Nine Hills Games – Senior Environment Artist'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Jerome,

Good day!

Thank you for taking the time to speak with our recruiter during your initial phone interview for the Customer Service Representative (US Healthcare Account) position at Visayas Connect Solutions, Cebu IT Park.

The account requires at least one year of inbound voice experience on a US account. During the call you shared that your previous work was in chat and email support only. Because of this, we cannot proceed with your application for this account.

Thank you and God bless!

Recruitment Team
Visayas Connect Solutions
"Your growth, our commitment."`, 'VCS Recruitment – Application Status'),

  rej('screen', ['overqualified'], { ...door },
    `Dear Eng. Farouk,

Thank you for your time on the telephone with our HR Business Partner on Sunday regarding the Site Engineer – MEP vacancy on the Riyadh North Park package.

Having discussed your background, we feel that with over eighteen years of experience, including your last four as Project Director on metro systems contracts, the Site Engineer position would not make proper use of your capabilities, and it is unlikely the role would satisfy you over the project duration. We will therefore not proceed further for this vacancy.

Your CV has been forwarded to our Projects Directorate and will be kept on file for senior management positions on upcoming projects. We will contact you should such an opportunity arise.

Best regards,
Human Resources
Al-Rawdah Contracting Co.`, 'Site Engineer – MEP (RNP package)'),

  rej('screen', ['internal_candidate'], {},
    `Hi Gráinne,

Thanks again for taking my call on Tuesday and for being so flexible about the timing.

I said I'd let you know how things stood with the Clinical Nurse Manager 2 post on St. Brigid's Ward. The Director of Nursing has decided to appoint a CNM1 who has been acting up in the role since the spring, so the post won't be going to interview after all.

I'm sorry I don't have better news. Best of luck with everything.

Kind regards,
Orla Keating
HR Officer, Midlands Regional Hospital`, 'CNM2 post – St Brigids Ward'),

  rej('screen', ['generic'], { ...door },
    `Dear Thabo,

Thank you for recording your responses to our video screening questions for the Claims Assessor role at Karoo Mutual.

Our team has now reviewed all video submissions. This time we have decided to move forward with other candidates.

We have added you to the Karoo Mutual talent community, so you'll be among the first to hear about new claims and underwriting roles. You're welcome to apply for any other vacancy at any time.

Regards,
Karoo Mutual Talent Acquisition${smart}`, 'Karoo Mutual – Claims Assessor'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Dear Mr. Kovalenko,

thank you for the phone call with me last week and for your interest in the position Quality Engineer – Supplier Development at Bohemia Drivetrain s.r.o. in Mladá Boleslav.

After evaluating all candidates from the first round of calls, we have chosen to invite to interview the candidates whose profiles correspond more closely to the requirements of this position. We will not continue with your candidacy.

With your permission, we would like to keep your CV in our database for 12 months and contact you if a more suitable position opens. If you do not agree, please let me know and we will delete your data.

With kind regards,
Petra Nováková
HR Specialist
Bohemia Drivetrain s.r.o.`, 'Quality Engineer – Supplier Development'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hey Wei Ling,

Thanks for the 20 minutes yesterday, it was a fun chat.

Being straight with you: you said you do your best work with well-specified tickets and a roadmap that holds for a quarter. Here priorities genuinely change twice a week and everyone picks their own next problem, and I think you'd find that frustrating pretty fast. So I'm going to say no for this one.

Appreciate you taking the call.

Arjun
co-founder, Lattice Loop`, 're: intro'),

  rej('screen', ['role_closed'], { ...door },
    `Dear Nour,

Thank you for speaking with me on the phone two weeks ago about the Audience Growth Editor role at Al-Manara Digital.

Since then, our board has approved a revised budget for the rest of the year, and the position has been withdrawn before we reached the interview stage. This has nothing to do with your profile — we simply do not have the post anymore.

I have kept your file, and when the budget allows us to reopen audience roles, you will be one of the first people I contact.

With best wishes,
Rania Khoury
People & Culture, Al-Manara Digital, Beirut`, 'Audience Growth Editor'),

  rej('screen', ['salary', 'location'], { ...fb },
    `Hi Emeka,

Thanks for speaking with Ifeoma from our talent team last Friday about the Product Designer role at Kobopay.

We've reviewed the notes from your call and we won't be moving to the design interviews. Two things didn't line up: you asked to be paid in US dollars, and all our Nigeria-based roles are on naira payroll; and the role needs you in our Yaba office three days a week, while you're based in Port Harcourt and told us you aren't planning to relocate.

Thanks for your interest in Kobopay, and good luck with your search.

Kobopay Talent${lever}`, 'Kobopay – Product Designer'),

  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Hola Martín!

Thanks for hopping on a call with me on Monday about the Salesforce Administrator role with our US client (healthcare, fully remote, USD contract).

I presented your profile to the client yesterday. They really need someone who already holds the Salesforce Certified Administrator credential and has set up Health Cloud before, and you mentioned you're still preparing for the exam and haven't worked with Health Cloud yet. Because of that they've decided not to move you to the technical interview.

If it'd help, I'm happy to jump on another quick call and go through what they told me in more detail — just grab a slot in my calendar.

Saludos,
Florencia Ibarra
Senior Tech Recruiter | NearBridge Talent (Buenos Aires · Córdoba · Montevideo)`, 'Salesforce Admin – US healthcare client'),

  rej('screen', ['position_filled'], { ...door },
    `Dear Khun Somchai,

Thank you for your time on the phone with our HR team last Friday regarding the position of Sous Chef at Doi Suthep Riverside Hotel, Chiang Mai.

We would like to inform you that this position has now been filled by a candidate who was already at a later stage of our process.

We enjoyed learning about your experience in northern Thai and fusion cuisine, and we have kept your details for future openings in our culinary team. Please feel free to apply again whenever you see a position that suits you.

With warm regards,
Human Resources Department
Doi Suthep Riverside Hotel`, 'Sous Chef position'),

  rej('screen', ['profile_mismatch'], {},
    `Dear Dr. Szabó,

Thank you for the initial online conversation with our HR partner on 3 October regarding the Research Grants Manager position at the Debrecen University of Life Sciences.

Following the conversations held with applicants, the selection committee has decided to invite to the next round those candidates whose professional background best matches the profile of the position. We must inform you that your application will not be taken further.

We thank you for your interest in our University.

Sincerely,
Directorate of Human Resources`, 'Research Grants Manager – DULS/HR/2024/77'),

  rej('screen', ['overqualified'], { ...door },
    `Hi Brendan,

Thanks a million for the quick call yesterday — it was lovely to chat.

I've had a think about it and talked it over with our CEO. The Fundraising Assistant job is really an entry-level post, mostly data entry and event admin, and given everything you've done over the years I honestly think you'd be underused and bored inside a month. So we're not going to take this one further with you.

We're going to be looking for a Head of Philanthropy early next year, and I'd love it if you'd put your name forward for that when it's advertised.

All the best,
Niamh
Volunteer & Fundraising Coordinator, Shannonside Family Support, Limerick`, 'Fundraising Assistant'),

  rej('screen', ['generic'], {},
    `Dear Candidate,

Thank you for participating in the telephone pre-interview for the position of Quality Assurance Specialist at Bosphorus Sky Catering.

We have evaluated all candidates who took part in this stage. We regret to inform you that you were not selected to continue in the recruitment process.

Please note that, in accordance with company policy, we are not able to share individual evaluation results or the reasons for our decisions.

Best regards,
Bosphorus Sky Catering
Human Resources Directorate, Istanbul`, 'Recruitment Process – Quality Assurance Specialist'),

  rej('screen', ['internal_candidate'], {},
    `Hi Kiprono,

Thanks for the intro call with Wanjiru on Thursday about the Field Operations Lead role.

While we were running first calls, one of our regional supervisors in Eldoret applied for the role, and after discussing it the leadership team decided to promote from within. We've closed the search as a result.

Thanks for your patience with us and for your interest in Mavuno Link.

Warmly,
Mavuno Link People Team`, 'Field Operations Lead – Mavuno Link'),

  rej('screen', ['location'], { ...fb, ...door },
    `Hola Daniela,

Thank you for the conversation with our recruitment team last Monday about the Regional Visual Merchandising Coordinator position at Tiendas Sierra Madre.

This role covers our stores in the Monterrey metropolitan area and requires living in Nuevo León. During the call you mentioned you're based in Guadalajara and not planning to move in the next year, so we're not able to continue with your application for this position.

We often have similar positions in our Jalisco stores. Your profile stays in our database and we'll reach out when something opens closer to you.

Saludos cordiales,
Atracción de Talento
Tiendas Sierra Madre`, 'Coordinador(a) Regional de Visual Merchandising'),

  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Dear Faisal,

Thank you for your time on the call with me on Sunday regarding the Senior Associate, Audit & Assurance opportunity in our Dubai office.

Following our conversation, I reviewed your profile with the engagement leadership. For the Senior Associate grade we require full ACCA, ACA or CPA membership, and as you are still two papers away from completing ACCA, we are unable to progress your application to the interview stage at this time.

If you would find it helpful, I would be glad to arrange a short call to talk through the team's comments and which grade would suit you at present.

Kind regards,
Hessa Al Mansoori
Talent Acquisition – Middle East
Marlowe Kaye LLP

This email is confidential and may be legally privileged. Marlowe Kaye Middle East is a member firm of the Marlowe Kaye global network of independent firms.`, 'Senior Associate, Audit & Assurance – Dubai'),

  // ── assessment: tests, take-homes, written tasks, questionnaires
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Katarzyna,

Thank you for completing the online coding assessment for the Java Developer (Payments) position at Bank Wiślany.

Our engineers have reviewed your solution. While the main scenarios worked, your implementation of the transfer service failed the concurrent-update tests (two of the hidden test cases ended with an inconsistent balance), and the required idempotency check on repeated requests was missing. For this reason we will not invite you to the technical interview.

According to our policy you can apply for developer positions at Bank Wiślany again after six months, and we would be happy to see you in the process then.

Best regards,
IT Recruitment Team
Bank Wiślany S.A.${workday}`, 'Bank Wiślany – Java Developer (Payments)'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Hoàng,

Thank you for taking the online technical test for the QA Automation Engineer position at Hàn River Software.

We have received your results. Unfortunately, your score did not reach the passing level required for this position, so we cannot move you forward to the next round.

You are welcome to retake the test and apply again after three months. We will also keep your CV for other QA opportunities.

Best regards,
HR Team – Hàn River Software, Đà Nẵng`, 'QA Automation Engineer – test result'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Eoin,

Campaign: Clerical Officer – General Service Open Competition (Ref. 24101)

Thank you for completing the online tests for the above competition.

Candidates were required to achieve the qualifying score in each test and were then placed in order of merit. Your results were as follows: Reasoning test, 41 out of 60; Work Style questionnaire, completed; Numerical test, 18 out of 30. The qualifying score for the numerical test was 20, and consequently you have not qualified to proceed to the next stage of this competition.

We thank you for your interest in a career in the Civil Service.

Yours sincerely,
Recruitment Unit
State Appointments Office

Is féidir an ríomhphost seo a fháil i nGaeilge ach é a iarraidh. This mailbox is not monitored; please log in to your account for updates.`, 'Clerical Officer Open Competition 24101 – test results'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Mariam,

Thanks for the time you put into the churn-prediction take-home, I know it's a real chunk of work.

We went through it as a team today. The write-up was clear and the feature engineering on usage sessions was nice. The problem is the evaluation: the split wasn't done at customer level, so the same customers appeared in both train and test, and the 0.94 AUC you reported is inflated because of that. For this role, catching that kind of leakage is the core of the job, so we're not going to take the process further.

If you want, I'm happy to go through the notebook with you on a call — I think it'd be useful.

Best,
Omar Hegazy
Head of Data, Deltaloom (Alexandria)`, 'your take-home'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Ms. Petrović,

Thank you for submitting the written task for the Product Manager – Adriatic Tours position at Jadran Vista d.o.o.

The evaluation panel has reviewed your proposal for the seven-day Dalmatia itinerary. While the concept was attractive, the cost sheet contained several errors: the ferry transfers from Split to Hvar were priced per vehicle instead of per passenger, and the tourist tax was not included, which put the package margin below zero. Since accurate costing is central to this position, we will not continue with your application.

We thank you for your effort and wish you success.

Kind regards,
Human Resources, Jadran Vista, Split`, 'Product Manager – Adriatic Tours'),

  rej('assessment', ['assessment'], {},
    `Hi Rizky,

Thank you for taking the time to complete the coding challenge for the Backend Engineer (Go) position at Gerak.

After reviewing your results, we've decided not to move forward with your application, as your score did not meet the threshold we've set for this role.

Because of the high number of candidates, we're not able to share detailed results or individual feedback on the challenge.

Terima kasih, and we wish you the best.

Gerak Talent Acquisition
Jakarta, Indonesia${greenhouse}`, 'Gerak – Backend Engineer (Go)'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Efua,

Thank you for taking the sub-editing test for the Copy Editor position at The Coastline Herald.

The desk editors marked all the tests last week. Your headlines were among the sharpest we saw, but the test also checks accuracy under time pressure, and three of the factual errors planted in the copy (the date of the Akosombo spillage, the Finance Minister's title and the cedi figure in the third story) were left in. That was too many for a position where you would be the last eyes on the page, so we won't be inviting you to interview.

Please keep writing to us. We run this test for every vacancy on the desk and would be glad to have you sit it again next time.

Regards,
Kofi Asamoah
Chief Sub-Editor, The Coastline Herald, Accra`, 'Copy Editor vacancy'),

  rej('assessment', ['position_filled'], {},
    `Hola Tomás,

Thank you for sending the case study for the Export Manager – Asia position at Viña Los Peumos. I know it took you a weekend to prepare the market entry plan for Vietnam.

While we were reviewing the cases, a candidate who had applied earlier accepted our offer, and the position is now filled. I'm sorry we didn't get the chance to discuss your proposal with you.

Best wishes from the Colchagua Valley,
Paula Errázuriz
HR & Administration Manager, Viña Los Peumos`, 'Export Manager – Asia'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Bonjour Yassine,

Thank you for completing the language assessment for the Bilingual Customer Advisor (French/English) position at Atlas Relation Client, Casablanca.

Your spoken French was evaluated at C2, but your written English test placed you at B1, and the account requires at least B2 in both languages for written ticket replies. As a result, we cannot continue your application for this position.

We thank you for your interest and wish you success.

Service Recrutement
Atlas Relation Client`, 'Conseiller Client Bilingue – résultat du test'),

  rej('assessment', ['culture_fit'], { ...fb },
    `Hi Olena,

Thank you for the take-home. The staking contract itself was solid, the tests were thorough and our security review found nothing worrying.

What made us hesitate was the design doc you attached. It plans six weeks of upfront specification before any code ships, and asks for a dedicated product owner to sign off each change. That's a very reasonable way to work, but it's the opposite of how our four-person team runs: we ship behind flags daily and everyone owns their own decisions. We think you'd feel constrained here, and we'd feel like we were asking you to work against your instincts, so we're going to stop here.

Thanks for taking it seriously. Good luck.

Kristjan
CTO, Veskiblock (Tallinn)`, 'Re: take-home submission'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Ms. Santos,

Thank you for completing the online personality and situational judgement questionnaire as part of your application for the Front Desk Agent position with Al Bidda Hotels & Resorts.

Your results have been evaluated against the competency profile for this role. On this occasion, your results do not match the profile required, and we will not be progressing your application.

Your profile will remain active in our candidate database for 12 months, during which time you may be considered for other vacancies across our properties in Doha and Lusail.

Kind regards,
Talent Acquisition
Al Bidda Hotels & Resorts

This is an automatically generated email. Please do not reply.`, 'Your application with Al Bidda Hotels & Resorts'),

  rej('assessment', ['role_closed'], { ...door, ...offered },
    `Hi Georgi,

I wanted to get back to you personally about the Senior Data Engineer process, and I'm sorry this is not the message either of us hoped for.

We received your take-home on Friday. On Monday, our board decided to freeze all new engineering hiring until the end of Q2 after a funding round was delayed, and the Senior Data Engineer position is one of the roles affected. That means we can't continue the process, and it wouldn't be fair to keep you waiting for a date we can't promise.

Our reviewer left notes on your pipeline design, and I'm happy to send them over or talk them through if that's useful. And when hiring reopens, I'd like to reach out to you first.

Best,
Desislava Ivanova
Head of People, Sofialytics`, 'Senior Data Engineer – an update'),

  rej('assessment', ['internal_candidate'], {},
    `Dear Ms. Brennan,

Re: Post of Assistant Principal II – Special Educational Needs Coordination

Thank you for your application and for completing the written task on the school's SEN provision plan, which the selection board received on Friday.

The Board of Management wishes to inform you that, following the procedure set out in the relevant Circular, the post is to be filled by a member of the existing teaching staff, and no external candidates will be called to interview.

The Board thanks you for your interest in Scoil Mhuire Community College.

Yours sincerely,
Secretary to the Board of Management`, 'Assistant Principal II – SEN Coordination'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Nur Aisyah,

Thank you for taking the online aptitude tests for our 2025 Graduate Programme – Tax, Kuala Lumpur.

We have now reviewed your results. Unfortunately, your performance in the numerical reasoning test did not meet the standard required to progress to the next stage.

You are welcome to apply to Harcourt Reeve again in 12 months' time, and we hope you will. In the meantime, our Insights events are open to all students and graduates.

Best wishes,
Graduate Recruitment Team
Harcourt Reeve Malaysia PLT${workday}`, 'Harcourt Reeve 2025 Graduate Programme'),

  rej('assessment', ['assessment'], {},
    `Dear Applicant,

GRADUATE TRAINEE PROGRAMME 2024 — ASSESSMENT OUTCOME

Thank you for participating in the online assessment for the Meridian Trust Bank Graduate Trainee Programme.

We regret to inform you that you did not attain the cut-off mark required to proceed to the next stage of the selection process.

Please note that the Bank does not disclose individual scores or provide feedback on assessment results. This decision is final.

Thank you for your interest in Meridian Trust Bank.

Human Capital Management`, 'GTP 2024 – Assessment Outcome'),

  rej('assessment', ['salary'], { ...door },
    `Hi Lucía,

Thanks for the take-home — the team liked it, especially how you handled the offline sync.

The problem is on our side: when we put together the offer range for the Senior Mobile Developer role, the gap between what you're looking for and what we can pay was too wide, and we don't see a way to close it this year. So, with some regret, we're going to stop the process here rather than drag it out.

I'd honestly be glad to talk again when we grow the budget. I'll write to you when that happens, and if you see a role on our page you like before then, apply.

Abrazo,
Nico
Engineering Manager, Pampa Labs`, 'Pampa Labs – Senior Mobile Developer'),

  rej('assessment', ['location'], { ...fb },
    `Hello Anil,

Thank you for completing the Excel and freight-costing test for the Transport Planner position at Baltic Corridor Logistics in Vilnius.

While preparing the next stage, we checked the documents you submitted and noted that you would need a national D visa and a work permit to start. As a small company we are not able to sponsor work permits at this time, so we cannot invite you to the interview.

Thank you for your interest in our company.

Kind regards,
Rūta Jankauskienė
HR Manager
Baltic Corridor Logistics UAB`, 'Transport Planner – Vilnius'),

  rej('assessment', ['assessment'], { ...offered, ...door },
    `Dear Amani,

RE: MONITORING, EVALUATION AND LEARNING OFFICER — WRITTEN EXERCISE

Thank you for completing the written exercise for the above position. The panel scored all submissions anonymously against a marking guide, and the candidates invited to the oral interview were those with the highest scores. Your submission did not score highly enough to be among them.

We know this exercise demanded a lot of time. If you would like a short summary of how your submission was marked, please write to the recruitment mailbox within two weeks and we will share it.

We also encourage you to apply for future positions with Sauti ya Jamii; we advertise MEL roles for our Kisumu and Garissa programmes regularly.

Yours sincerely,
Human Resources and Administration
Sauti ya Jamii, Nairobi`, 'MEL Officer – written exercise outcome'),

  // ── interview: hiring managers, panels, teams
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Jorge,

Thank you for travelling to Arequipa to meet Ing. Salazar and the two reliability engineers from the concentrator plant. They appreciated how openly you spoke about your experience.

After talking it through, the team concluded that the Maintenance Planning Engineer position needs someone who can start running SAP PM work orders and preventive plans from day one. You told them you had worked mainly with Maximo and had only used SAP as an end user, and with the plant shutdown coming in March there won't be time to train on it.

We'd be glad to consider you again for roles where SAP isn't central; our careers page lists new positions at the mine every month, and you're welcome to apply.

Kind regards,
Lucía Paredes
Human Resources Business Partner
Minera Chachani S.A.A.`, 'Maintenance Planning Engineer – Minera Chachani'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Vlad,

Thanks for the technical interview with Sorin on Wednesday and for sticking with the system design question until the end.

I'll be direct, since you asked for honesty at the end of the call. Sorin felt that your design for serving the embedding model didn't go deep enough on batching, GPU memory and behaviour under load; those trade-offs are a big part of this job, and for a senior ML infrastructure engineer we need someone who has already run inference in production at scale. We're not going to continue with the process.

Thanks again for your time.

Irina Dumitrescu
Talent, Synapse Forge (Bucharest)`, 'Synapse Forge – next steps'),

  rej('interview', ['profile_mismatch'], { ...offered, ...door },
    `Dear Fionnuala,

Thank you for attending the competency-based interview for the role of Senior Manager, Credit Risk Policy on 14 May, and for the time you took to prepare.

The interview board met with a number of strong candidates. After careful consideration, the board has concluded that other candidates were a closer match for the requirements of this particular role, and we will not be offering you the position.

You are welcome to request feedback from the chair of the interview board; please reply to this email and we will arrange a call. We would also encourage you to keep looking at opportunities with us on our careers site, as we expect further vacancies in the Risk function this year.

Yours sincerely,
Talent Acquisition
Leinster Allied Bank plc

Leinster Allied Bank p.l.c. is regulated by the Central Bank of Ireland. Registered in Ireland No. 24886.`, 'Senior Manager, Credit Risk Policy'),

  rej('interview', ['salary'], { ...fb },
    `Dear Ms. Mendoza,

Thank you for attending the video interview with our Director of Nursing and the ICU Nurse Manager last week.

The panel was pleased with your clinical answers. However, the package you asked for during the interview, a basic salary of SAR 16,000 plus a separate family housing allowance, exceeds what we can offer under the hospital's grading system for a Staff Nurse II, where the maximum basic is SAR 12,500 with shared single accommodation. Since you indicated that you could not accept less, we will not be proceeding with your application.

We wish you all the best.

Nursing Recruitment Office
Al Noor Specialist Hospital, Dammam`, 'Staff Nurse II (ICU) – interview outcome'),

  rej('interview', ['generic'], {},
    `Dear Mr. Villanueva,

Thank you for attending the panel interview for the position of Flight Operations Officer at Archipelago Airways on 22 August 2024.

We regret to inform you that you were not selected to proceed further. All candidates were evaluated carefully by the panel.

Please understand that we are unable to provide the results of individual interviews, and requests for feedback cannot be accommodated.

Very truly yours,
Human Resources Division
Archipelago Airways, Inc.
Pasay City, Metro Manila`, 'Flight Operations Officer – Result of Panel Interview'),

  rej('interview', ['internal_candidate'], { ...door },
    `Dear Dr Ndlovu,

POST: SENIOR LECTURER, DEPARTMENT OF CIVIL ENGINEERING (REF. ENG24/07)

On behalf of the Selection Committee, I would like to thank you for attending on 9 July and for your presentation on low-cost stormwater systems, which generated a lively discussion with the Committee.

After deliberation, the Committee has recommended the appointment of a current staff member of the Department to the post. Please accept the Committee's sincere thanks for your participation.

The Faculty will be advertising several posts in the next academic year as part of its growth plan, and the Committee would welcome an application from you.

Yours sincerely,
Prof. A. Maritz
Chair, Selection Committee
Faculty of Engineering and the Built Environment
University of the Highveld`, 'ENG24/07 Senior Lecturer'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Dmytro,

Thank you for both conversations last week — the technical one with Oleh and the team one with me and Iryna.

Technically we were happy. Where we hesitated was how you described your ideal setup: you said you prefer to get a task, go quiet for a few days and come back with a finished result, and that daily pairing and shared code ownership "slow things down". Our Lviv team works almost entirely in pairs and rotates ownership every sprint, and we think neither side would be comfortable with that. So we've decided not to make you an offer.

Wishing you every success,
Tetiana Bondar
Engineering Manager, Pivdenne Soft`, 'Pivdenne Soft – our decision'),

  rej('interview', ['position_filled'], { ...door },
    `Oi Gabriela,

Tudo bem? I'm writing to update you after your interview with Rafael, our Head of CRM.

We've closed the Lifecycle Marketing Manager position: another candidate accepted our offer yesterday. I wanted you to hear it from me rather than from the system.

Rafael mentioned he'd like to stay in touch — we're opening a CRM team in Recife next semester and he thought of you for it. I'll write to you as soon as the job is approved.

Um abraço,
Juliana Monteiro
Tech & Marketing Recruiter, Cajá Market`, 'Lifecycle Marketing Manager – Cajá Market'),

  rej('interview', ['role_closed'], { ...door },
    `Hi Nino,

Thanks for the hour on Monday with Ana and me, I really enjoyed hearing how you grew bookings for the Batumi guesthouses.

The honest update: two days after we met, our investors and I agreed to pivot away from consumer travel and focus on software for hotels. That means the Growth Marketing Lead role as we described it doesn't exist anymore, and I'm closing it rather than talking to anyone else.

If we hire for marketing again after the pivot settles — probably in the autumn — I'll get in touch with you first.

Giorgi
Founder, Supra Stays (Tbilisi)`, 'Growth Marketing Lead'),

  rej('interview', ['overqualified'], { ...door },
    `Dear Mrs. Adebayo,

Thank you for coming in to meet the Head of News and the Executive Producer for the position of Senior Producer, Morning Show.

The panel was struck by your experience of leading newsrooms and managing channel launches over fifteen years. In truth, they felt the Senior Producer position, which reports to an Executive Producer and handles a single programme, would sit well below your level, and they were concerned that you would not stay long in it. We have therefore decided not to offer you this position.

We hope this will not be our last conversation: the station is planning to appoint a Head of Programming in the coming year, and we would very much like to invite you to apply when it is advertised.

Yours faithfully,
Head, Human Resources
Lagoon Television Network, Lagos`, 'Senior Producer, Morning Show'),

  rej('interview', ['generic'], { ...door },
    `Dear Mr Tan,

Thank you for attending the interview for the position of Assistant Manager (Digital Services) with the Land and Urban Data Authority.

We have completed our assessment of all shortlisted candidates. We wish to inform you that your application has not been successful on this occasion.

We appreciate your interest in a career with the Public Service, and we encourage you to continue to apply for positions that match your interests and experience through the public service careers portal.

Yours sincerely,
Human Resource Division
Land and Urban Data Authority

This is a system-generated email. Please do not reply.`, 'Application for Assistant Manager (Digital Services)'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Mr. Aksoy,

Thank you for meeting our Planning Manager and the Project Director at our Ankara office on Tuesday for the Senior Planning Engineer position on the Izmir Metro Line 3 project.

We appreciated your detailed knowledge of tunnelling works. However, this position requires advanced, hands-on use of Primavera P6, including resource loading and earned value reporting to the client, and during the technical discussion it became clear that your experience has mainly been with MS Project. We have therefore decided to continue with another candidate.

Thank you for your interest in Anadolu Yapı İnşaat A.Ş. We wish you success.

Best regards,
Human Resources Department`, 'Senior Planning Engineer – Izmir Metro Line 3'),

  rej('interview', ['culture_fit'], {},
    `Dear Ahmed,

Thank you for the interview with our Team Leader, Mr. Karim, for the Technical Support Agent position at NileTel Contact Center in Smart Village.

After reviewing the interview outcome, we feel that you would not be the best fit for the team and its working environment at this time, and we have decided not to proceed with your application.

We wish you every success in your career.

Best regards,
Recruitment Team
NileTel Contact Center`, 'NileTel – Technical Support Agent'),

  rej('interview', ['profile_mismatch', 'salary'], {},
    `Dear Mr. Nguyễn,

Thank you for meeting with our General Manager, Mr. Laurent, on Saturday for the Director of Sales position at Hội An Lantern Resort.

Since then we have reviewed all candidates. We found that the experience of other candidates was closer to what we require for this position, and the salary level you are expecting is also higher than what the owning company has approved for this role. For these reasons, we will not proceed further with your application.

Thank you for your interest in our resort, and we wish you all the best.

Kind regards,
Human Resources Manager
Hội An Lantern Resort`, 'Director of Sales – Hội An Lantern Resort'),

  rej('interview', ['location'], { ...fb },
    `Hi Karan,

Thanks for the video interview with Sinéad and Paul on Thursday, they enjoyed it.

When we went to prepare the next stage, we realised something we should have checked earlier: you're currently on a Stamp 2 student permission, and this role would need a Critical Skills Employment Permit, which the company isn't registered to sponsor at the moment. Because of that, we can't continue your application for the Support Engineer role. I'm sorry we didn't catch this before you took the time to interview.

Best of luck with the search.

Clodagh
Talent Partner, Ferrycarrig Software (Wexford & Dublin)`, 'Support Engineer – Ferrycarrig Software'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Ms. Horáková,

Thank you for your interview with Mr. Dvořák, Partner, and Ms. Svobodová, Director, for the Manager – Transaction Services position in our Prague office.

We have now completed the interviews. The partners decided to continue with candidates whose experience matched the requirements of the role more closely, so we will not be moving forward with your application.

Should you wish to receive more detailed feedback from the interviewers, please let me know and I will arrange a short call.

Kind regards,
Lenka Marešová
Experienced Hire Recruitment
Whitcombe Reyes Česká republika, s.r.o.`, 'Manager – Transaction Services, Prague'),

  rej('interview', ['overqualified'], { ...door },
    `Querida Alejandra,

Gracias for the conversation with Diego and me on Thursday. We loved hearing about the peace-building programmes you led in Cauca and Nariño.

We have spent some time thinking about it. The Community Liaison Officer position is a junior, field-based role, and after listening to you we both feel it would not give you room to use even half of what you know. It wouldn't be fair to you or to the team to hire you into it, so we've decided to close your process for this post.

We really hope to work with you in the future. We're designing a coordination role for the Pacific region, and I'll write to you when it's ready.

Un abrazo grande,
Carolina Vélez
Directora de Programas, Fundación Tejido Vivo`, 'Community Liaison Officer'),

  rej('interview', ['position_filled'], {},
    `Dear Mr. Mwangi,

Thank you for attending an interview for the post of Head of Mathematics at Ridgeview Academy, Nakuru, and for the lesson plan you talked the panel through.

This is to inform you that the post has been filled, and the successful candidate has accepted the appointment with effect from next term.

We thank you for your interest in Ridgeview Academy and wish you well.

Yours faithfully,
The Principal`, 'Head of Mathematics – Ridgeview Academy'),

  // ── final: last rounds, finalists, days on site, references after final interviews
  rej('final', ['position_filled'], { ...door, ...offered },
    `Estimado Rodrigo:

I wanted to write personally to thank you for everything you put into the process for Director of Digital Channels at Banco del Valle Norte. You were one of the last three candidates, and the decision was a close one.

Yesterday the committee extended an offer to another candidate, and she has accepted. I know this is not the outcome you hoped for after so many conversations.

If it would help to hear what the committee discussed, I'd be glad to share it over a call next week. And please know that we want to stay in touch — as we build out the digital area there will be other senior positions, and I would like to contact you for them.

Con aprecio,
Mariana Treviño
Vicepresidenta de Talento
Banco del Valle Norte`, 'Director de Canales Digitales'),

  rej('final', ['culture_fit'], { ...fb },
    `Hi Jakub,

Thank you for spending the whole day with us in Kraków on Friday — the architecture session, lunch with the team and the pairing afternoon.

We discussed everything on Monday. Your technical work was strong. What came up from several people was the way decisions happened during the pairing session: a couple of times you overruled Ania's suggestions without really hearing them out, and on a team of eight where everyone leads something, we need people who argue and then build on each other's ideas. We didn't feel we'd get that match, so we won't be making an offer.

I know that's hard to hear after a full day. Thank you for taking it seriously.

Marta Zielińska
Co-founder, Gradient Harbor`, 'After Friday'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Dr Ó Briain,

Re: Associate Professor of Environmental Policy (Ref. 24/118)

On behalf of the University, thank you for attending the final interview, and for your public lecture and meetings with the Head of School and the Dean earlier in the day.

The Board of Assessors has concluded its deliberations and has recommended another candidate for appointment, whose profile was judged to align more closely with the School's strategic priorities in teaching and research. I am therefore writing to let you know that you will not be offered the post.

The Board asked me to pass on its appreciation for the quality of your application. We would be pleased to see your name again should you apply for future academic posts in the College.

Yours sincerely,
Deirdre Kinsella
Senior Recruitment Partner, Human Resources
University of the West of Ireland, Galway`, 'Associate Professor of Environmental Policy (24/118)'),

  rej('final', ['generic'], {},
    `Dear Sofia,

Thank you for attending the Final Interview stage of our Cabin Crew recruitment event in Abu Dhabi.

Following careful review, we regret to advise that you have not been successful in progressing further in the recruitment process.

Due to the high volume of candidates, we are unable to provide individual feedback.

Thank you for your interest in joining Falcon Crescent Airways.

Kind regards,
Cabin Crew Recruitment

Please do not reply to this email as this mailbox is not monitored.`, 'Falcon Crescent Airways – Cabin Crew'),

  rej('final', ['salary'], { ...fb },
    `Hi Dewi,

Thank you for the final round with Pak Hendra, our CEO, on Tuesday — he told me he really enjoyed the conversation about collections strategy.

We're not going to be able to offer you the Head of Credit Risk position, and I want to explain why. The number you came back with afterwards, IDR 95 million monthly plus a guaranteed six-month bonus, is well beyond what we have approved for this level; our ceiling is around IDR 70 million with a performance-based bonus. We tried to find a middle ground internally but couldn't get there.

Thank you for the time and energy you gave us across all the rounds.

Best regards,
Maya Kusuma
People Lead, Dompet Nusantara`, 'Head of Credit Risk'),

  rej('final', ['internal_candidate'], {},
    `Dear Kwame,

Thank you for attending the final interview with our Chief Technology Officer and the HR Director for the position of Head of Network Planning.

After concluding the process, management has decided to appoint an internal candidate who has been leading the network expansion programme in the Northern Region. We wanted to inform you as soon as the decision was taken.

We appreciate the considerable time and effort you invested in the process and wish you success in your future career.

Yours sincerely,
Akua Boateng (Mrs.)
Head, Talent Management
Volta Telecom Ghana Ltd`, 'Head of Network Planning'),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Dear Dr. Reyes,

Thank you for participating as one of the finalists for the position of Emergency Physician at Chao Phraya International Hospital, and for joining the clinical simulation and the interview with our Medical Director.

The committee was impressed with your clinical judgement. However, in order to practise at our hospital, physicians must pass the Thai Medical Council licensing examination, which is conducted in Thai, and our patient mix requires reading Thai medical records. As you mentioned that you do not yet read Thai, we are unable to offer you the position at this time.

If you decide to pursue Thai language study and licensure, we would be very glad to hear from you again. Our international recruitment team will keep your file open.

Sincerely,
Medical Staff Affairs Office
Chao Phraya International Hospital, Bangkok`, 'Emergency Physician – final selection'),

  rej('final', ['role_closed'], {},
    `Dear Mr. Popescu,

Thank you for your patience while we completed the reference checks following your final interviews with our Chief Operating Officer and the owners' representative.

I am sorry to tell you that the group has decided to restructure its regional operations. The Area General Manager – Transylvania position will not be created, and the three hotels will report directly to the COO. As a result, we are not able to make you an offer.

Your references were excellent, and this decision has nothing to do with your candidacy. We thank you sincerely for the time you invested.

Kind regards,
Alina Georgescu
Group HR Director, Carpathia Hotels`, 'Area General Manager – Transylvania'),

  rej('final', ['overqualified'], { ...door },
    `Dear Mr. Saad,

Thank you for meeting with our General Manager in the final round for the position of Branch Operations Manager.

Having considered your background in depth, management felt that, given your many years at regional head office level, this branch-level position would be below your experience, and they were concerned it would not hold your interest for long. We have therefore decided not to make an offer for this role.

We believe your profile could suit a more senior position in the coming period, and we will contact you if one opens.

With our best regards,
Human Resources Department
Cedar Coast Bank S.A.L.`, 'Branch Operations Manager'),

  rej('final', ['profile_mismatch'], { ...door, ...offered },
    `Draga Jelena,

You were one of the last two candidates for the Investigative Editor position, and I wanted to call you, but you were travelling, so here it is in writing.

We chose the other candidate, whose background fits a little better with what the newsroom needs right now. It was a genuinely hard choice.

If you would like to know more about how we saw the two of you, I'm happy to meet for coffee and tell you openly. And please stay in touch: we will need another editor when the regional bureau opens next year, and I'd be glad to see your application for it.

Srdačno,
Miloš Petrović
Editor-in-Chief, Dunavski Glas, Novi Sad`, 'Investigative Editor'),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Estimada Francisca,

Thank you for the final interview with Cristóbal Vidal, Partner, last Wednesday, for the Senior Manager – Actuarial & Insurance Advisory role in Santiago.

Cristóbal appreciated your knowledge of local regulation. However, the role will lead our IFRS 17 implementation engagements for insurers in the region, and the conversation showed that your hands-on experience with the standard's measurement models, particularly VFA and PAA eligibility, is still limited. The firm has decided not to extend an offer.

Cristóbal has offered to speak with you directly about his feedback if you would find that valuable; let me know and I'll set it up.

Saludos cordiales,
Experienced Recruitment – Chile
Aldana Forsyth Chile Ltda.`, 'Senior Manager – Actuarial & Insurance Advisory'),

  rej('final', ['role_closed'], { ...door },
    `Hey Tolu,

You made it all the way to the last round for Compliance Lead, and I hate to send you this.

Last week the new rules for digital asset exchanges came out, and our board decided to pause the Nigerian exchange launch and move the compliance function to our Nairobi entity. The Lagos-based role doesn't exist anymore, so we're closing it without an offer to anyone.

You were the person we wanted. If we restart in Nigeria, you're the first call I make.

Seun
CEO, Ledgerfield`, 'Compliance Lead'),

  rej('final', ['assessment'], { ...fb },
    `Dear Thảo,

Thank you for coming to our Hanoi office for the full onsite day for the Senior Computer Vision Engineer role.

The panel met on Friday. Your research discussion and the presentation on your OCR work were both very good. The part that held us back was the live coding session in the afternoon: the non-maximum suppression implementation didn't handle overlapping boxes of different classes, and there was no time left to write any tests. We put a lot of weight on that session for this role, so we will not be making an offer.

We wish you the best.

Hồng Lĩnh AI
Talent Team`, 'Senior Computer Vision Engineer – decision'),

  rej('final', ['salary'], { ...door },
    `Hi Seán,

Thanks for coming out to the Naas site for the final interview with Martin and Ger, and for the walk round the frame.

We've talked it through, and we can't get near the package you put to us. The directors set the budget for the Senior Quantity Surveyor job before we advertised, and it's well short of what you're looking for. We don't want to offer you something we know you'd turn down, so we're going to leave it there.

Things move fast in this game. If a bigger job lands — and we're tendering for two at the moment — I'll be straight back on to you.

Regards,
Tom Brophy
Commercial Director
Brophy & Nolan Construction Ltd`, 'Senior QS'),

  rej('final', ['culture_fit'], {},
    `Dear Ms. Kaur,

Thank you for attending the final interview with our Chief Operating Officer for the position of Head of Store Operations.

After much consideration, we have decided not to offer you the position. We believe our company's culture and ways of working would not be the right fit for you at this stage, and we want to make a decision that is right for both sides.

Thank you for the time you have given us throughout the process.

Best regards,
People Department
Kedai Harian Berhad`, 'Head of Store Operations'),

  rej('final', ['internal_candidate'], { ...door },
    `Dear Dr. Khalil,

Thank you for being part of the final shortlist for the post of Director of the Centre for Water Research, and for the vision presentation you gave to the University Council.

The Council has decided to appoint a faculty member from within the University to the position. I would like to convey the Council's appreciation for the depth of your presentation.

The University will be recruiting for several research chairs in the next academic year, and we would welcome your application.

With best regards,
Vice President for Administrative Affairs
Al-Balqa Highlands University, Amman`, 'Director, Centre for Water Research'),

  rej('final', ['culture_fit'], { ...door },
    `Dear Gábor,

Thank you for joining us for the final round last week and for meeting the Site Director and the team leads at our Budapest service centre.

We have decided not to offer you the Team Lead – Accounts Payable position. Our team leads work in a very hands-on coaching style and spend much of their day on the floor with their agents, and we felt your approach to leadership would be better suited to a different environment.

We were glad to get to know you. We would be happy to see your application again for specialist or project roles, and we keep your CV on file for 12 months for that purpose.

Kind regards,
Zsófia Kertész
Talent Acquisition Partner
Danubia Business Services Kft.`, 'Team Lead – Accounts Payable'),

  rej('final', ['position_filled', 'skills_gap'], { ...fb },
    `Dear Lerato,

Thank you for being one of our three finalists for the Grants and Compliance Manager position, and for presenting the budget realignment exercise to the panel.

We have appointed another candidate, who started this week. The deciding factor was direct experience managing USAID and Global Fund compliance, which we had flagged as essential in the advertisement; your grants experience comes mostly from private foundations, and with two donor audits scheduled this year we could not afford the learning curve.

We are grateful for the energy you brought to the process.

Warmly,
Thandiwe Mokoena
Operations Director, Ubuntu Futures Trust, Durban`, 'Grants and Compliance Manager'),

  // ── paused processes
  hold('interview', ['role_closed'], {},
    `Dear Padraig,

Competition: Senior Executive Engineer (Roads) — Panel Formation

I refer to your interview for the above competition on 11 June.

Please note that, owing to a review of the Council's staffing budget for the remainder of the year, the formation of the panel arising from this competition has been temporarily deferred. No decision has been made regarding any candidate, and your application remains live.

We expect to be in a position to update candidates by the end of September. We apologise for the delay and thank you for your patience.

Yours sincerely,
Human Resources Department
Kilmeadon County Council`, 'Senior Executive Engineer (Roads) – update'),

  hold('assessment', ['role_closed'], {},
    `Dear Bolaji,

Thank you for completing the technical assessment for the Drilling Fluids Engineer role at Deltaline Energy Services.

We want to let you know that the next stage of the process has been delayed. Management is reviewing the manpower plan for the new offshore contract, and interviews will not be scheduled before the end of next month.

Your application is still under consideration, and we will contact you with an update as soon as we have a date. You do not need to take any action in the meantime.

Regards,
Recruitment, Deltaline Energy Services, Port Harcourt`, 'Drilling Fluids Engineer – process update'),

  hold('screen', ['role_closed'], {},
    `Hi Phương,

Thanks again for the call with me last week about the Product Analyst role at Lúa Labs.

Quick heads-up: we've put this hire on pause for about six weeks while we close our seed extension. Nothing has changed on our side about your application — we liked the conversation and you're still in the process.

I'll message you as soon as we can restart with the next step. Hope that's OK!

Thu
People & Ops, Lúa Labs (Saigon)`, 'Product Analyst – short pause'),

  hold('final', ['generic'], {},
    `Dear Dr. Malinowski,

Thank you for taking part in the final interview for the position of Head of the Cardiology Department at the Provincial Specialist Hospital in Lublin.

The competition committee has not yet reached its decision. As the Hospital Director is currently on sick leave, final approval of the committee's recommendation has been postponed, probably until mid-November.

Your candidacy remains under consideration, and we will inform you of the outcome in writing as soon as possible. We apologise for the delay.

Yours faithfully,
Human Resources Section
Provincial Specialist Hospital, Lublin`, 'Competition for Head of Cardiology Department'),

  hold('application', ['role_closed'], {},
    `Olá Rafaela,

Thank you for applying to the Store Manager – Shopping Iguatemi position at Casa Jabuti.

We'd like to let you know that this vacancy has been temporarily frozen while we review our store opening plan for the second half of the year. Your application has not been rejected and remains active in our system; when the vacancy is reopened, the process will continue from where it stopped.

We'll keep you informed by email.

Equipe Casa Jabuti | Gente & Gestão`, 'Store Manager – vaga temporariamente congelada'),

  // ── look-alikes: rejection words, nobody declined
  other(`Dear Kateryna,

Thank you for applying for the role of Finance Business Partner at Kyiv Grain Terminal. We confirm that we have received your application.

Our team will review all applications after the closing date of 30 September. Due to the high number of applications we receive, we are unable to respond to every applicant individually. If you have not heard from us within four weeks of the closing date, please assume that your application has been unsuccessful on this occasion.

Thank you for your interest in our company.

HR Department, Kyiv Grain Terminal`, 'Application received – Finance Business Partner'),

  other(`Hi Samuel,

Good news — the hiring team would like to invite you to a first-round interview for the Backend Engineer role at Tembo Logistics.

We regret the short notice, but the only slots left this week are Thursday at 10:00 or 15:00 (EAT). The interview will be 45 minutes on video with Achieng, our Engineering Lead. Please reply with the time that suits you.

Unfortunately we can't offer slots next week because of the team offsite, so if neither time works, let me know and we'll figure something out.

Best,
Tembo Logistics Talent, Dar es Salaam`, 'Interview invitation – Backend Engineer'),

  other(`Dear Andrés,

Further to our conversation yesterday, I am delighted to confirm our offer for the position of Senior Accountant at Rambla Hotels, Montevideo.

Unfortunately we were not able to move on the base salary beyond UYU 145,000 per month, as it is already at the top of the band for this grade. However, the General Manager has approved an annual bonus target of 15% and two additional days of annual leave, which we hope go some way towards your request.

Please find the contract attached. We would be grateful for your answer by Friday 14 June.

Kind regards,
Verónica Pereira
Human Resources Manager, Rambla Hotels`, 'Offer of employment – Senior Accountant'),

  other(`Hi Agnieszka,

A job you saved is no longer available

Office Manager — Lumen Dental Clinics, Gdańsk
This position has been filled and is no longer accepting applications.

Don't give up! Here are 6 similar jobs near Gdańsk posted this week:
• Office Administrator — Baltic Smile Dental
• Reception Team Leader — Hotel Motława
• Practice Coordinator — VetCare Oliwa
See all jobs

You are receiving this email because you saved a job on PracaHub. Manage your alerts | Unsubscribe`, 'The job you saved has been filled'),

  other(`Hi Chinedu,

Thanks for letting us know that you'd like to withdraw from the process for the Data Engineer role at Bluecrest Health Nigeria. I'm sorry we won't get to continue, but I completely understand that the offer you received was too good to pass up.

I've closed your application on our side, so you won't receive any further emails about this role.

Best of luck in the new job — and congratulations!

Funmi
Talent Partner, Bluecrest Health`, 'Re: Withdrawing my application'),

  other(`Dear Candidate,

Our records show an unsuccessful attempt to open your online assessment for the Graduate Engineer Programme at Caribe Energía.

Unfortunately, the link we sent on 2 March has expired. Please use the new link below, which will remain valid for 72 hours. The assessment takes about 50 minutes and must be completed in one sitting.

Start your assessment

If you experience technical problems, reply to this email with a screenshot and our support team will help you.

Caribe Energía Graduate Recruitment`, 'Action required: new assessment link'),

  other(`Hi Mehmet,

You recently went through a recruitment process with Ege Textiles. Whatever the outcome, successful or not, we would love to hear how it went for you.

The survey takes about three minutes. Your answers are anonymous, go to an external research company, and will not affect any current or future application with us.

Take the survey

Thank you for helping us improve,
Ege Textiles Talent Team, İzmir`, 'How was your candidate experience?'),

  other(`THE HIRING DESK — Manila edition, issue 112

This week:
• "We regret to inform you": how to read a rejection email and what to do next
• Why "not selected" doesn't mean "not good enough"
• Five polite ways to ask for feedback after an unsuccessful interview
• BPO salaries in 2025: what Cebu and Clark are paying

Read online | You're receiving this because you subscribed at a career fair. Unsubscribe`, 'Rejected? Read this first'),

  other(`Dear Ana,

Congratulations! We are pleased to let you know that you have passed the assessment centre for the Cadet Pilot Programme at Andes Sur Airlines, and you are invited to the final interview.

Unfortunately, all Monday slots are already full, so please choose a time between Tuesday and Thursday using the link below. Interviews take place at our Santiago training centre and last about 90 minutes.

Please bring your passport and original school certificates.

Kind regards,
Cadet Recruitment, Andes Sur Airlines`, 'Cadet Pilot Programme – final interview'),

  other(`Security notice — Careers Portal

We detected 5 unsuccessful sign-in attempts to your candidate account on the Safari Rail careers portal. For your protection, the account has been locked for 30 minutes.

If this was you, you can reset your password using the link below. If it wasn't you, we recommend changing your password as soon as possible.

Reset password

Safari Rail Careers · Nairobi`, 'Your candidate account has been locked'),

  other(`Hi Ioana,

I know your application for the Android role with us last spring wasn't successful — you made it to the final round, and it was a really close call.

A new position has just opened in our Iași team that I think fits you even better: Senior Android Engineer on our payments SDK. Would you be open to a short chat this week? I can do any afternoon.

Cheers,
Radu
Tech Recruiter, Moldova Pay`, 'A new Android role you might like'),

  other(`Dear Mr. Hassan,

Ms. Leila Mansour has applied for the position of Procurement Officer with the Gulf Maritime Authority and has named you as a referee.

We would be grateful if you could complete the attached reference form and return it by 10 July. Please note that no decision has yet been made; references are requested for all shortlisted candidates, and an unfavourable or missing reference will not be shared with the candidate without your consent.

Yours sincerely,
Recruitment Section
Gulf Maritime Authority, Muscat`, 'Reference request – Ms. Leila Mansour'),

  other(`Dear Maryam,

Thank you for submitting your travel expense claim following your interview at our Karachi office on 4 April.

We regret that we are unable to reimburse the taxi fare of PKR 6,500, as our candidate travel policy covers economy airfare and one night of hotel accommodation only. The remaining amount of PKR 38,200 has been approved and will be transferred to your account within 10 working days.

Kind regards,
Finance Shared Services
Indus Crescent Pharmaceuticals`, 'Candidate expense claim – reimbursement'),

  other(`Your application status has changed

Role: Junior Legal Counsel — Tirana Office
New status: Under review by the hiring team

What happens next? The hiring team will review your application and contact you if they would like to arrange a conversation. Due to the volume of applications, we are unable to provide feedback to unsuccessful applicants at the application stage.

Track your application${smart}`, 'Application status update'),

  other(`Dear Mr. Olawale,

Thank you for letting us know your decision regarding our offer for the position of Regional Sales Manager – North.

We are naturally disappointed that you will not be joining Savanna Foods, but we respect your choice and appreciate the openness with which you explained it. We wish you every success in your new role.

Should your circumstances change in the future, our door remains open.

Kind regards,
Hauwa Bello
HR Manager, Savanna Foods Plc, Kano`, 'Re: Offer – Regional Sales Manager'),
];
