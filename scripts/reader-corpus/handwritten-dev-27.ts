/**
 * Development messages of the twenty-seventh round, never sealed: about a hundred rejections and paused processes where
 * the stage is the hard part, from as many different employers and writers — automatic mails from applicant tracking
 * systems, agency recruiters, hiring managers, founders, HR-template letters, universities and public bodies, in British,
 * American, Indian, Australian and second-language English. Interviews are named only indirectly (a conversation with
 * the hiring manager, the panel, the session, time with the team, a call on a video tool, coming in, a presentation);
 * real screens are short first calls with a recruiter; assessments are tests, take-homes, case studies and checks;
 * finals are last rounds, onsite days and finalists; application-stage letters carry boilerplate naming steps the
 * candidate never took. A few paused processes and look-alikes that speak of stages close the batch.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d27-');

const greenhouse = '\n\n--\nThis message was sent via our applicant tracking system. Please do not reply directly to this address.';
const workable = '\n\nPowered by Workable';
const smart = '\n\nYou are receiving this email because you applied for a position. Manage your candidate profile | Unsubscribe';
const nhs = '\n\nThis is an automated message from the recruitment service. Replies to this address are not read.';
const indiaHr = '\n\nWarm Regards,\nTalent Acquisition Team\nDisclaimer: This e-mail and its attachments are intended solely for the addressee and may contain confidential information.';
const ausSig = '\n\nCheers,\nPeople & Culture';
const bank = '\n\nKind regards\nBranch Recruitment\nThis email is confidential and intended only for the addressee. POPIA notice: we process your personal information in line with our privacy statement.';

export const HANDWRITTEN_DEV_27: readonly CorpusLine[] = [
  // ── interviews named only indirectly
  rej('interview', ['profile_mismatch'], {},
    `Hi Aoife,

Thanks again for the conversation with Declan and the platform team on Thursday. We've thought hard about it and we're going to go with someone whose background lines up a little more closely with what the team needs right now.

Sorry it isn't better news.

Maeve
Talent, Quillfront`, 'Quillfront - Site Reliability Engineer'),
  rej('interview', ['position_filled'], {},
    `Dear Mr Okonkwo,

It was a pleasure speaking with you last Tuesday about the Operations Lead post. Having reflected carefully, I have now offered the role to another candidate, who has accepted.

I am grateful for the thought you brought to our discussion and wish you every success.

Yours sincerely,
Funmilayo Adeyemi
Head of Operations, Lagoon Freight Ltd`, 'Operations Lead'),
  rej('interview', ['generic'], {},
    `Hello Sofia,

Thank you for your time with us on Monday — the education team enjoyed hearing about your work with school groups at the maritime museum.

Unfortunately we will not be taking your application further on this occasion. We wish you all the very best.

Kind regards,
Imogen Pratt
Learning & Visitor Experience`, 'Learning Officer'),
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Candidate,

Post: Senior Librarian (Collections), Ref SL/204

Following the panel on 14 March, I regret to inform you that you have not been successful on this occasion. The panel noted your enthusiasm and clear communication but felt that another candidate demonstrated considerably more experience of managing special collections and digitisation projects.

Thank you for your interest in working for the Borough.

Recruitment Team${nhs}`, 'Outcome: Senior Librarian (Collections)'),
  rej('interview', ['generic'], {},
    `Jun — thanks for the session on Wednesday with Ola and Pete, the whiteboarding part was genuinely fun. We've decided not to move forward with your application, though. Best of luck out there.

— Hal`, 're: Wednesday'),
  rej('interview', ['generic'], { ...door },
    `Dear Rahul,

This is with reference to the discussions you had with our team for the position of Assistant Manager - Treasury at our Pune office.

We regret to inform you that we will not be able to take your candidature forward at this moment. We shall retain your profile in our database and get in touch should a suitable requirement arise in future.${indiaHr}`, 'Your candidature - Assistant Manager Treasury'),
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hey Lena,

Thanks for jumping on a second conversation with me and Arjun yesterday. Honestly it was close, but we've gone with someone who has already run a product team of this size, which matters a lot for us over the next year.

Happy to talk it through if that's useful.

Cheers,
Tom
Head of Product, Fernhill`, 'Fernhill - Senior PM'),
  rej('interview', ['generic'], {},
    `Hi Marco,

Thank you for joining us on Zoom on Friday to talk through the Product Designer role. After comparing notes the team has decided to move forward with other candidates.

We appreciate your interest in Lumen Studio.

Best,
Lumen Studio Hiring${workable}`, 'Product Designer at Lumen Studio'),
  rej('interview', ['skills_gap'], { ...fb },
    `Thanks for coming in last week, Priya. Everyone enjoyed meeting you.

On this occasion we are not able to offer you the position. Your buying experience is mostly in wholesale, and for this role we really need someone who has managed retail ranges across a store estate.

All the best,
Graham Tully
Trading Director`, 'Assistant Buyer'),
  rej('interview', ['position_filled'], {},
    `Dear Hannah,

Thank you for your presentation to the fundraising team on Tuesday and for answering our questions so openly.

I'm writing to let you know that we have appointed another candidate to the Major Gifts Officer role. I'm sorry to bring disappointing news.

Warm wishes,
Olwen Harries
Director of Development, Cwm Valley Hospice`, 'Major Gifts Officer'),
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Dev,

It was great meeting you last week. I'm sorry to say we won't be progressing your application further — we decided to go with someone with deeper Kubernetes operations experience, since the person in this seat will be on call for our clusters from day one.

Take care,
Ines`, 'Platform Engineer'),
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Chloe,

Thanks for taking the time to have a call with Rachel, our hiring manager, on Monday. Rachel felt that while you'd bring a lot of energy, the role needs someone with more hands-on experience of running payroll systems, so we won't be moving forward with your application.

Best wishes,
Siobhan
Recruitment Coordinator`, 'Payroll Specialist - update'),
  rej('interview', ['generic'], {},
    `Dear Tomás,

Thank you for speaking with us about the Data Engineer vacancy. After your conversations with Sam and with Nadia's analytics group, we have decided not to proceed.

We're grateful for your patience throughout.

Regards,
Brightmoor Hiring Team${greenhouse}`, 'Data Engineer - Brightmoor'),
  rej('interview', ['generic'], {},
    `Dear [Candidate Name],

Thank you for attending an interview for the position of [Job Title] on [Date]. We appreciate the time and effort you put into preparing for it.

After careful consideration, we regret to inform you that we will not be offering you the position. We wish you success in your job search.

Sincerely,
[Hiring Manager Name]
[Company Name]`, 'Your interview with [Company Name]'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Mr. Huang,

thank you very much for the nice talk last week with me and my colleague Mrs. Berger. We have now decided for another applicant, whose profile fits better to our requirements for this position.

We wish you all the best for your further way.

With kind regards
Dr. Katrin Vogt
Head of Quality Assurance`, 'Ihre Bewerbung / Your application'),
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `G'day Liam,

Thanks for the yarn on Tuesday with Bec and the crew out at the depot. We've gone with a bloke who's already got his HR licence, so it's a no from us this time, sorry mate.

Keep an eye on our page though — we put on drivers most months.${ausSig}`, 'Driver role'),
  rej('interview', ['position_filled'], {},
    `Hi Ana,

Sorry for the slow reply. We've wrapped up and decided to offer the role to another candidate, who has accepted. Thank you for the time you gave us and for being so easy to work with on scheduling.

Best,
Colm

> On 3 May, Ana Ribeiro wrote:
> Hi Colm, thanks for arranging the interview with you and Sinead this afternoon, I really enjoyed it and hope we can speak again.`, 'Re: Thank you'),
  rej('interview', ['generic'], {},
    `Dear Ms Brennan,

Thank you for the Teams call with Graham and myself on the 9th. We have now made our decision and I'm afraid we will not be proceeding with your application.

Best regards,
Claire Boyd
Finance Director, Holloway & Pike`, 'Financial Controller'),
  rej('interview', ['generic'], {},
    `Dear Dr Mensah,

On behalf of the selection committee, thank you for your participation in the discussions held on 22 October for the Lectureship in Environmental Chemistry.

After careful deliberation the committee has decided to recommend another candidate for appointment. We are grateful for the interest you have shown in the School.

Yours sincerely,
Professor E. Lindqvist
Chair, Appointments Committee`, 'Lectureship in Environmental Chemistry'),
  rej('interview', ['generic'], {},
    `Hi Kwame,

I really appreciated the time you spent speaking with me and the rest of the analytics leadership last week. We've now finished and decided not to move forward with your application.

Wishing you the best,
Hollie`, 'Analytics Manager'),
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Beatriz,

Thanks for chatting with me on Thursday — I enjoyed hearing about the warehouse automation project you led.

I've decided to move ahead with another candidate whose experience in cold-chain logistics is a closer match for the sites I run.

All the best,
Ravi Menon
Distribution Manager (hiring for this role)`, 'Shift Supervisor, Cold Store'),
  rej('interview', ['culture_fit'], { ...fb },
    `Dear Owen,

Thank you for meeting with us on Thursday. The partners enjoyed the discussion, but we felt that your preference for working independently would sit awkwardly in a practice where everything is done in small, very close-knit teams.

We will therefore not be taking your application further.

Kind regards,
Sarah Whitlock
Practice Manager, Whitlock Marsh Architects`, 'Part II Architectural Assistant'),
  rej('interview', ['generic'], {},
    `Hi Fatima,

Thanks for the video chat with Jonas and me last Friday. We've talked it over and we're going to pass this time.

Best,
Elif
Co-founder, Tidepool`, 'Tidepool'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Ngozi,

Thank you for speaking with our panel on Wednesday. We were grateful for your considered answers. On balance the panel felt other candidates were a stronger match for this post, and we won't be offering you the role.

With best wishes,
HR Services, Northfield College`, 'Curriculum Manager - outcome'),
  rej('interview', ['generic'], {},
    `Hello Pieter,

Thanks for the time on Google Meet with the engineering managers earlier this week. We've decided to continue with other candidates for the Staff Engineer opening.

Regards,
Recruiting at Hexbyte${greenhouse}`, 'Your Hexbyte application'),
  rej('interview', ['profile_mismatch'], {},
    `Hi Emma,

Thank you for speaking with Nicole and me yesterday, and for your patience with the fire alarm halfway through! We've decided to go forward with a candidate whose experience is more closely aligned to the role.

All the best,
Helena Price
Operations Manager`, 'Operations Coordinator'),

  // ── real screens
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Jess,

Thanks for taking the time for our initial chat on Monday. After talking it over with the hiring manager, we won't be moving you forward to the interview stage — the team is looking for someone with more B2B SaaS sales experience.

Best,
Kara
Talent Acquisition, Orbitly`, 'Account Executive'),
  rej('screen', ['salary'], { ...fb },
    `Hi Dmitri,

Thanks for hopping on the intro call yesterday. As we discussed, the salary you're looking for is quite a bit above the band we've budgeted for this role, so I don't think it makes sense to continue the process.

Good luck with the search!

Nora | Recruiter`, 'Intro call follow-up'),
  rej('screen', ['generic'], {},
    `Dear Agnieszka,

Following your phone screen with our recruiter last week, we have decided not to progress your application for the Claims Handler role.

Thank you for your interest in Hartwell Insurance.${smart}`, 'Your application - Claims Handler'),
  rej('screen', ['profile_mismatch'], {},
    `Hi Luca,

Thanks for the quick call with Noor from our talent team last week. We've decided that your background isn't quite the right match for this position, so we'll be closing your application.

Best,
Pinecrest People Team`, 'Pinecrest - Marketing Manager'),
  rej('screen', ['location'], { ...fb, ...door },
    `Hi Sanne,

Thank you for the video call with me on Tuesday. As I mentioned, the client needs someone in the Rotterdam office at least four days a week, and as you're based in Groningen and want to stay mostly remote, I'm not able to put you forward for this one.

I'll let you know if something more flexible comes in.

Regards,
Bram Janssen
Senior Consultant, Delta Search`, 'Rotterdam role'),
  rej('screen', ['overqualified'], { ...fb },
    `Hello Patrick,

It was nice speaking with you on the phone yesterday. Having thought about our conversation, I think your twenty years in senior finance roles go well beyond what this assistant accountant position needs, and I worry you'd be under-challenged.

Thanks for your interest,
Julie Tran
HR Advisor`, 'Assistant Accountant'),
  rej('screen', ['profile_mismatch'], {},
    `Hi Yusuf,

Thanks for your time on Google Meet with me earlier. After reviewing my notes, I don't think your experience is the right fit for the Customer Insights Lead role, so we'll be moving forward with other applicants.

Emma Clarke
Talent Acquisition Partner`, 'Customer Insights Lead'),
  rej('screen', ['generic'], {},
    `Dear Ms. Kavya,

This has reference to the telephonic discussion you had with our HR executive on 12th instant regarding the opening for Process Associate.

We regret to inform you that your profile has not been shortlisted for the further rounds. We wish you all the best.${indiaHr}`, 'Process Associate - Status'),
  rej('screen', ['generic'], {},
    `Hi Oscar,

Thanks for chatting with me today, it was good to learn about your background. I've shared my notes with the hiring manager and unfortunately they've decided not to progress your application.

All the best,
Gemma (Recruiter)`, 'Following up'),
  rej('screen', ['profile_mismatch'], {},
    `Dear Ifeoma,

Thank you for your time during our screening conversation on Wednesday. I passed your details to the engineering team, who reviewed them against the brief, and they feel your background is not the closest match for this vacancy.

We wish you luck with your search.

Talent Team, Kestrel Robotics`, 'Kestrel Robotics - Controls Engineer'),
  rej('screen', ['location'], { ...fb },
    `Hi Mateo,

Thanks for doing the phone screen with me. Unfortunately, because you would need visa sponsorship to work in the UK and we can't sponsor for this role, we're unable to take your application further.

Best,
Aisling`, 'Phone screen'),
  rej('screen', ['internal_candidate'], { ...door },
    `Hey Zara, great to chat earlier! As I said on the phone, the client has come back this afternoon and decided to give the job to someone already in their team, so it's a no for now. I'll keep hunting for you.

Jordan | Apex Talent`, 'Update'),

  // ── assessments (no later interview)
  rej('assessment', ['assessment'], { ...fb },
    `Hi Kenji,

Thanks for completing the take-home. The reviewers liked the structure of your service, but the API had no tests and the pagination broke on the larger fixture, so we won't be moving on to the next stage with you.

Thanks for the effort you put in.

Ravi, Engineering Recruiting`, 'Take-home results'),
  rej('assessment', ['assessment'], {},
    `Dear Applicant,

Thank you for completing the online reasoning assessments for the 2027 Graduate Programme. Unfortunately your results did not meet the benchmark required to progress, and your application will not continue.

Graduate Recruitment${smart}`, 'Graduate Programme - assessment outcome'),
  rej('assessment', ['assessment'], { ...fb },
    `Dear Alastair,

Many thanks for the written case study on the clinic expansion, which we received on Monday. The panel felt the financial model did not account for staffing costs in year two and that the recommendation was not clearly supported, so it did not reach the standard we need for this stage.

We will not be taking your application further.

Kind regards,
Recruitment, Meadowbank Health Partners`, 'Case study - Business Analyst'),
  rej('assessment', ['assessment'], {},
    `Hi Xiao,

Your score on the HackerRank challenge was below the threshold we set for this role, so we are unable to move your application forward.

Thanks for trying it out.

Recruiting Team${greenhouse}`, 'Coding challenge'),
  rej('assessment', ['generic'], {},
    `Dear Ms Doyle,

Further to the reference checks we recently carried out, I regret to inform you that we are unable to proceed with your application for the post of Care Assistant.

Yours sincerely,
HR Department
Lindenhall Care Homes`, 'Care Assistant'),
  rej('assessment', ['location'], { ...fb },
    `Dear Mr Farouk,

Thank you for your patience while our pre-employment screening was completed. Unfortunately we were unable to verify your right to work in the United Kingdom from the documents supplied, and we therefore cannot continue with your application.

Recruitment Services${nhs}`, 'Pre-employment checks'),
  rej('assessment', ['assessment'], { ...fb },
    `Dear Camille,

Thank you for completing the translation test for our legal team. Our reviewers found several terminology errors in the contract clauses and some omissions in the second passage, so we are unable to add you to our pool of translators at this time.

Best regards,
Vendor Management, LinguaBridge`, 'Translation test'),
  rej('assessment', ['assessment'], {},
    `Dear Amir,

Thank you for completing the written exercise for the Policy Officer role. Your exercise score was not high enough for you to be shortlisted for the interview stage, so we will not be progressing your application.

Civil Service Resourcing`, 'Policy Officer - written exercise'),
  rej('assessment', ['assessment'], { ...door },
    `Dear Chidi,

Your application for Executive Officer (ref 66102) was unsuccessful at the online test stage. The situational judgement test is scored against a pass mark and your score was below it.

You can apply for other roles at any time.`, 'Application update: Executive Officer'),
  rej('assessment', ['assessment'], { ...fb },
    `Hi Rosa,

Thank you for the design exercise you sent over last week. We really liked the visual direction, but the flow skipped the account recovery step we asked for and the mobile layouts weren't included, so we've decided not to continue.

Best,
Nadia
Design Lead, Pebble`, 'Design exercise'),
  rej('assessment', ['assessment'], {},
    `Hi Marek,

Thanks for completing the SQL test on Codility. Unfortunately your result was below the level we need for the Data Analyst role, so we won't be moving forward.

Best regards,
Recruitment at Finsure${workable}`, 'Codility test result'),
  rej('assessment', ['assessment'], {},
    `Dear Lucy,

Thank you for taking the time to complete the online assessment for the Trainee Solicitor scheme. Having reviewed your results, we regret that you will not be invited to the interview stage.

Graduate Recruitment Team
Ashworth Clarke LLP`, 'Trainee Solicitor 2028'),
  rej('assessment', ['assessment'], { ...fb },
    `Hi Theo,

Thanks for the paid trial task on the newsletter. The copy was clean, but it ran well over the word limit and didn't use the brand voice guide we sent, so we've decided not to take you on as a freelancer.

Cheers,
Ruth, Editor`, 'Trial task'),
  rej('assessment', ['assessment'], {},
    `Dear Sipho,

Thank you for sitting the numeracy and literacy tests at our offices on Saturday. Unfortunately you did not achieve the minimum mark in the numeracy paper, so we cannot progress your application for the Bank Teller role.${bank}`, 'Assessment results'),

  // ── finals
  rej('final', ['skills_gap'], { ...fb },
    `Dear Ines,

You were one of the last two candidates for the Head of Finance role, and it was a genuinely close decision. In the end we chose the other candidate because of her experience leading an audit through a listing, which we'll need next year.

Thank you for everything you put into the process.

Kind regards,
Malcolm Reid
CEO, Strathmore Ventures`, 'Head of Finance'),
  rej('final', ['position_filled'], {},
    `Dear Ahmed,

Thank you for attending the final panel interview on 18 June. I'm sorry to let you know that we offered the position to another candidate, who has accepted.

Regards,
People Team, Westbridge Housing Association`, 'Final panel outcome'),
  rej('final', ['generic'], {},
    `Hi Grace,

Thanks so much for spending the whole day with us in Austin on Thursday — I know it was a long one. The team met yesterday and we've decided not to extend an offer.

Warmly,
Jenna
Recruiting, Crestline`, 'Crestline onsite'),
  rej('final', ['profile_mismatch'], {},
    `Hi Sebastián,

Thank you for the final conversation with our CEO on Monday. We've decided to move forward with a candidate whose experience maps more closely to where the company is heading.

It was a pleasure getting to know you over the last few weeks.

Alma
Chief of Staff, Veridian Labs`, 'Veridian Labs - Head of Growth'),
  rej('final', ['culture_fit'], { ...fb },
    `Hi Wren,

Thanks for meeting Sarah, our founder, as the last step in our process. Sarah felt that your style is more suited to a larger organisation with established structure, and at our stage we need someone who is happy building things from scratch. So we won't be making an offer.

Good luck,
Mo`, 'Last step'),
  rej('final', ['generic'], {},
    `Dear Mr Adebayo,

Following your final interview and the references we subsequently received, I regret to inform you that we are unable to offer you the position of Estates Manager.

Yours sincerely,
Human Resources`, 'Estates Manager'),
  rej('final', ['generic'], { ...door },
    `Dear Harriet,

Congratulations again on being a finalist for the 2027 Rising Editors Fellowship — from over 900 applications, that is a real achievement. I'm sorry to tell you that you were not among the fellows selected this year.

We would love to see you apply again next year.

With admiration,
The Fellowship Team`, 'Rising Editors Fellowship'),
  rej('final', ['generic'], {},
    `Dear Kunal,

Thank you for your participation in the last stage of the selection process for the Product Analyst role. After much deliberation, we have decided not to proceed with your candidature.

Regards,
HR${indiaHr}`, 'Product Analyst - final round outcome'),
  rej('final', ['generic'], { ...door },
    `Dear Bethany,

Thank you for attending our assessment centre in Leeds last week. Although you performed well across the day, on this occasion we are unable to offer you a place on the graduate scheme.

We hope you'll consider applying again in future.

Graduate Talent Team`, 'Assessment centre outcome'),
  rej('final', ['position_filled'], {},
    `Hello Aditya,

Thank you for attending the second and final interview with our directors. The position has now been filled and I'm afraid we won't be offering it to you.

Kind Regards,
Joanna Kelly
Office Manager`, 'Project Engineer'),
  rej('final', ['generic'], {},
    `Hi Mei,

I wanted to personally thank you for your last round with our leadership team. It's never easy at this stage, but we've decided to go a different direction.

Best,
Carlos`, 'Leadership round'),
  rej('final', ['generic'], { ...offered },
    `Dear Sneha,

You had cleared the technical rounds and appeared for the final HR discussion on Friday. We regret to inform you that we will not be extending an offer at this time.

If you would like feedback on your interviews, please write back to this mail.${indiaHr}`, 'Software Engineer II'),
  rej('final', ['generic'], {},
    `Hi Jonah,

It came down to you and one other person, and we decided to go with them. I'm sorry — I know how much work you put into all three rounds.

Laura`, 'Marketing Lead'),
  rej('final', ['profile_mismatch'], {},
    `Dear Ms Achterberg,

Thank you for coming to Utrecht for the final selection day. The committee has decided to appoint a candidate whose profile fits the current research direction of the group more closely.

Kind regards,
Prof. dr. H. de Wit`, 'Postdoc position'),

  // ── application stage
  rej('application', ['generic'], {},
    `Dear Natalia,

Thank you for applying for the Graduate Analyst role. Our process includes an online assessment, a video interview and a final assessment centre.

Unfortunately on this occasion your application has not been progressed. We received a very high number of applications this year.

Early Careers Team${smart}`, 'Your application to Graduate Analyst'),
  rej('application', ['generic'], {},
    `Dear Mr Lowe,

Thank you for your application for Facilities Officer. I am sorry to tell you that we were unable to progress you to interview on this occasion.

Human Resources, Kingsmere District Council`, 'Facilities Officer'),
  rej('application', ['generic'], {},
    `Hi Bea,

Thanks for your interest in the Community Manager role. We've reviewed every application carefully and we won't be inviting you to the next stage this time.

Best of luck with your search,
The Gather team`, 'Community Manager at Gather'),
  rej('application', ['profile_mismatch'], {},
    `Dear Vikram,

After reviewing your profile against the requirements of the Senior Consultant position, we have concluded that it does not match what the client is looking for at this stage.

Thank you for your interest.

Regards,
Recruitment Desk, Peakstone Consulting`, 'Senior Consultant'),
  rej('application', ['generic'], {},
    `Dear Candidate,

We have now made a decision at this stage of the process, and regret that your application for Library Assistant will not be taken further.

Thank you for your interest.`, 'Library Assistant'),
  rej('application', ['generic'], {},
    `Unfortunately you haven't been successful this time. Thanks for applying.`, 'Barista - Harbour Street'),
  rej('application', ['generic'], {},
    `Dear Ms Park,

Interviews for the Research Administrator post will take place next week. I am sorry to let you know that your application has not been shortlisted.

Yours sincerely,
School of Medicine HR`, 'Research Administrator'),
  rej('application', ['profile_mismatch'], {},
    `Dear Dr Oyelaran,

The search committee for the Assistant Professor of Epidemiology position met last week to draw up a shortlist of candidates for interview. I regret that you were not placed on the shortlist. The pool was exceptionally strong, and the committee prioritised candidates whose research most closely aligned with the department's current priorities.

With thanks for your interest in the University,

Professor M. Halvorsen
Chair, Search Committee`, 'Assistant Professor of Epidemiology'),
  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant,

Thank you for applying for the role of Finance Business Partner (Grade 7).

The sift panel assessed your application against the essential criteria. You did not demonstrate criterion 3 (experience of managing budgets over £1m), and so your application has not progressed.

Candidates who passed the sift will be invited to an assessment centre followed by a final interview.

HR Shared Services`, 'Sift outcome - Finance Business Partner'),
  rej('application', ['position_filled'], {},
    `Hi Terence,

Just a short note to say the final decision has been made on the Warehouse Team Leader role and the position has now been filled. Thank you for applying.

Dock 9 Logistics`, 'Team Leader vacancy'),
  rej('application', ['generic'], {},
    `Dear Olumide,

Thank you for your interest in the Risk Analyst role. We have now moved to the final stage of our process with a small group of other candidates and will not be progressing your application.

Regards,
Talent Acquisition, Granite Bank`, 'Risk Analyst'),
  rej('application', ['generic'], {},
    `Hi Anouk,

Thank you for your application for the Sustainability Officer position. Unfortunately your application did not progress to the assessment stage.

With best wishes,
Greenway Trust`, 'Sustainability Officer'),
  rej('application', ['generic'], {},
    `Hi Callum, quick update — I put your CV forward to the client for the QA Lead job but they've decided not to interview you. Sorry mate. Chat soon.

Dan`, 'QA Lead'),
  rej('application', ['profile_mismatch'], {},
    `Dear Mr Ndlovu,

Following the screening of your application for the role of Internal Auditor, we regret to inform you that your qualifications and experience do not match the requirements of the position as closely as those of other applicants.

Kind regards
Group Human Resources`, 'Internal Auditor'),
  rej('application', ['generic'], {},
    `Hello Ingrid,

Thanks for your patience. We reviewed your application and portfolio with the hiring manager this week and have decided not to move forward.

Best,
Solveig
Recruiting, Nordlys Games`, 'Environment Artist'),
  rej('application', ['generic'], {},
    `Dear Joseph,

Thank you for taking the time to complete our application questionnaire for the Sales Assistant role. Sadly, we will not be taking your application any further on this occasion.

Kind regards,
Store Recruitment`, 'Sales Assistant application'),
  rej('application', ['generic'], {},
    `Dear Meera,

Our final interviews for the Programme Manager role are scheduled for next week, and I'm afraid we will not be including you among the candidates invited.

Thank you for your interest in our work.

Kind regards,
Kamala Iyer
HR Manager, Sahyog Foundation`, 'Programme Manager'),
  rej('application', ['generic'], { ...door },
    `Hi Gabriel,

Thank you for applying to Northwind.

What happens next? Normally, shortlisted applicants would have a phone screen with a recruiter, then a technical test, then a half-day with the team. For this role we have decided not to take your application to the first of those steps.

We'll keep your details on file and may reach out about future openings.

Northwind Talent${greenhouse}`, 'Northwind application update'),
  rej('application', ['profile_mismatch'], {},
    `Dear Ms Ferreira,

After careful review of your CV and cover letter, we feel that other applicants are better matched to the needs of this role. We will not be progressing your application.

Best regards,
Recruitment Team`, 'Clinical Trials Assistant'),
  rej('application', ['generic'], {},
    `Hi Riya,

We had a chat internally about your application for the Junior Developer role and have decided not to take it forward this time.

Thanks for thinking of us!
Flock`, 'Junior Developer'),
  rej('application', ['generic'], {},
    `Madam,

We thank you for your application for the post of Communication Officer. After examination of all the candidatures received, we inform you that yours was not retained for the interview phase.

We wish you success in your future research.

Direction des Ressources Humaines`, 'Candidature - Communication Officer'),
  rej('application', ['generic'], {},
    `Hi Noah,

We would have loved speaking with you about the Content Strategist role, but we had a huge response and we're only able to move forward with a few applicants at this point.

Thanks again for applying.
Marigold Media`, 'Content Strategist'),
  rej('application', ['generic'], {},
    `Dear Olga,

Thank you for your application for the post of Payroll Administrator. We regret to inform you that you have not been successful on this occasion.

Please note that all offers of employment are subject to satisfactory references and a background check.

HR Team${nhs}`, 'Payroll Administrator'),
  rej('application', ['profile_mismatch'], {},
    `Dear Farah,

Thank you for your interest in the position. At this stage we have decided to proceed with candidates whose experience more closely matches our requirements.

Kind regards,
Talent Team`, 'Your application'),
  rej('application', ['skills_gap'], { ...fb },
    `Hi Tobias,

Thanks for applying for our Electrician role. We're only looking at applicants who hold a current 18th Edition certificate at this stage, and we couldn't see one on your CV, so we won't be taking things further.

Cheers,
Sparkline Electrical`, 'Electrician'),
  rej('application', ['generic'], {},
    `Dear Emre,

Thank you for applying for the Graduate Engineer programme.

This year's selection process has three stages: an online test, a telephone interview and a final assessment day. After reviewing your application form, we are sorry to tell you that you will not be progressing to the first of these.

Graduate Recruitment, Halden Engineering`, 'Graduate Engineer'),
  rej('application', ['location'], { ...fb },
    `Hi Anjali,

Thank you for your interest in our Store Supervisor role. As this position requires applicants to already have the right to work in Australia and your application indicates you'd need sponsorship, we won't be progressing it.${ausSig}`, 'Store Supervisor'),
  rej('application', ['generic'], {},
    `Dear Mr Kowalczyk,

Thank you for your application for the position of Logistics Planner. We regret that we will not be inviting you to interview, nor to the assessment that follows it.

Yours faithfully,
Hudson Ports`, 'Logistics Planner'),
  rej('application', ['generic'], {},
    `Hi Sam,

Just letting you know we've filled our interview slots for the Bartender role from earlier applications, so we won't be calling you in this time. Thanks for applying!

The Anchor`, 'Bartender'),

  // ── paused processes
  hold('interview', ['role_closed'], {},
    `Dear Joanne,

Thank you for your patience since your conversation with the panel on 2 April. I'm writing to let you know that the post has been put on hold while the directorate's budget is reviewed. We are not declining your application, and we'll be in touch as soon as we know more.

Regards,
Resourcing Team`, 'Update: Service Manager'),
  hold('application', ['role_closed'], {},
    `Hi Arnav,

We've had to pause hiring for the Data Scientist role because of a company-wide freeze. Your application is still active and we'll pick it up again once the freeze is lifted.

Thanks for your patience,
Recruiting at Quantiq`, 'Data Scientist - on hold'),
  hold('final', ['role_closed'], {},
    `Hi Ellie,

You're one of our two finalists for the Head of Brand role, so I wanted to be straight with you: our CEO has paused all senior hires until the board meeting in February. Nothing has changed in how we see you, and we'd like to pick things up then.

Best,
Kirsten`, 'Head of Brand - pause'),
  hold('screen', ['generic'], {},
    `Hi Darius,

Thanks for the intro call on Tuesday. The hiring manager is travelling for the next fortnight, so there'll be a short delay before we can set up the next conversation. You're still very much in the process.

Talia | Talent Partner`, 'Next steps'),
  hold('assessment', ['generic'], {},
    `Dear Paulina,

Thank you for submitting your case study. Because of the volume of submissions, the review is taking longer than planned and we expect to have an outcome for you by the end of the month. Your application remains under consideration.

Kind regards,
Talent Team${workable}`, 'Case study received'),
  hold('interview', ['generic'], {},
    `Hi Rufus,

Thanks for coming in to meet the kitchen team last week. We've got a couple more interviews to do before we decide, so it'll be another week or so. Hang tight!

Chef Marta`, 'Sous Chef'),

  // ── look-alikes that speak of stages
  other(`Dear Yara,

Congratulations — following your interviews last week you have been invited to the final stage of our process: a half-day with the leadership team on 14 November. Please confirm your availability.

Talent Team`, 'Invitation to final stage'),
  other(`Hi Leo,

Thanks for your application. We're pleased to invite you to complete our online assessment, which should take about 45 minutes. The link is valid for five days.

Recruitment${smart}`, 'Next step: online assessment'),
  other(`Dear Applicant,

Thank you for applying. We have received your application. Our process includes a short phone screen, a written exercise and a final panel interview, and we will be in touch within two weeks.

HR Team`, 'Application received'),
  other(`Hi Nisha,

Thanks for your interest in the Backend Engineer role! I'd love to set up a quick 20-minute intro call to tell you more about the team. Could you send me a couple of times that work this week?

Best,
Owen | Talent Partner`, 'Intro call'),
  other(`Hi Karim,

Great news — the team really liked your take-home and would like to invite you to a technical interview with two of our engineers. I'll send some slots shortly.

Cheers,
Priscilla`, 'Next stage'),
  other(`Dear Bronwyn,

Following your final interview with the partners, I am delighted to offer you the position of Associate at Keane & Doyle. Your contract will follow by post.

Warm regards,
Fiona Keane`, 'Offer of employment'),
  other(`Hi Chiara,

Apologies — the panel have had to move your interview from Thursday to Friday at 10am. The location is unchanged. Could you confirm that still works?

Thanks,
Recruitment`, 'Interview time change'),
  other(`Dear Rohan,

We are happy to inform you that you have cleared the aptitude round and been shortlisted for the technical interview on 5th December. Kindly carry a copy of your resume and ID proof.${indiaHr}`, 'Shortlisted for technical round'),
  other(`Dear Mr Ellis,

Malaika Osei has applied for a position with us and has given your name as a referee. We would be grateful if you could complete the attached reference form and return it by Friday.

HR Department`, 'Reference request'),
  other(`Hi Joel,

Thanks for the chat yesterday! As promised, I've moved you on to the next stage: a conversation with our Head of Engineering. She'll reach out directly to book a time.

Amy | Recruiter`, 'Moving forward'),
];
