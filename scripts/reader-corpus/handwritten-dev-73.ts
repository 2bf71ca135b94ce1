/**
 * Development messages of the seventy-third round, never sealed: South Asia and the Gulf. Mail from employers,
 * recruiters and placement cells in India, Pakistan, Bangladesh, Sri Lanka and Nepal, and from employers in the UAE,
 * Saudi Arabia, Qatar, Oman, Kuwait and Bahrain hiring locals and expatriates: IT services and product companies,
 * banks and NBFCs, pharma, FMCG, manufacturing, telecoms, airlines, hospitals, hotels, construction and oil-and-gas
 * contractors, government-linked companies, schools, universities, campus drives, consultancies and overseas
 * recruitment agencies, in their own turns of English ("your candidature has not been shortlisted", "kindly note",
 * "do revert", "kept in our database for future reference", CTC and expected CTC, notice period, nationalisation
 * quotas, aptitude tests, group discussions, walk-ins, trade tests, medicals and visas).
 *
 * Labelling choices held throughout (LABELS.md and the corpus conventions): a candidature not shortlisted with nothing
 * said about fit is `generic`; "profile not matching the requirement" is `profile_mismatch`; a named requirement
 * (years, a certification, Arabic, a degree) is `skills_gap` with feedback; Emiratisation / Saudization / Qatarisation
 * rules, visa and a GCC driving licence are `location` (with feedback when told of this candidate); expected CTC above
 * the budget is `salary` with feedback; a requirement closed or put on hold by the client and so not proceeding is a
 * rejection for `role_closed`; an aptitude test, online test, group discussion or trade test with no interview after it
 * is `assessment` stage; a walk-in interview, technical, HR or managerial round is `interview`; a round with the
 * director, the final panel or background verification after the final round is `final`. For development only.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d73-');

export const HANDWRITTEN_DEV_73: readonly CorpusLine[] = [
  // ── Application stage
  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for your interest in the position of Associate Software Engineer (Req ID: INF-BLR-22817) with us.

We regret to inform that your candidature has not been shortlisted for the next stage of the selection process.

We wish you all the best in your future endeavours.

Best Regards,
Talent Acquisition Team
Vantrix Infosystems Ltd., Bengaluru

This is a system generated mail. Please do not reply to this mail id.`, 'Status of your application - INF-BLR-22817'),

  rej('application', ['generic'], { ...door },
    `Dear Ms. Perera,

Thank you for applying for the post of Relationship Officer - Retail Banking at Ceylon Meridian Bank PLC.

Kindly note that you have not been selected for this vacancy. Your profile has been kept in our database for future reference and we will get back to you in case of any suitable opening.

Yours faithfully,
Dilani Wickramasinghe
Assistant Manager - Human Resources
Ceylon Meridian Bank PLC, Colombo 03`, 'Application - Relationship Officer'),

  rej('application', ['profile_mismatch'], {},
    `Hi Rahul,

Thanks for sending your CV for the Product Manager (Payments) opening. I went through it with the hiring manager today. Honestly your background is strong on the delivery side but the profile is not matching what the team is looking for at this point, so we will not be taking it forward.

Regards,
Sneha Kulkarni
Talent Partner | Paynest Technologies Pvt Ltd | Pune`, 'Re: PM Payments - your CV'),

  rej('application', ['location'], { ...fb },
    `Dear Mr. Thomas,

Thank you for your application for the role of HR Officer with Al Noor Holding.

As per the Emiratisation requirements applicable to this position, the role is open only to UAE nationals. Since your application indicates Indian nationality, we are unable to consider it further.

We appreciate the time you took and wish you success.

Best regards,
Recruitment Section
Al Noor Holding PJSC | Abu Dhabi, UAE`, 'HR Officer - Application Update'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Applicant,

Ref: QHS/NUR/2026/0391 - Staff Nurse (ICU)

Thank you for applying to Qatar Horizon Specialty Hospital. After reviewing your documents, we note that you have 1.5 years of post-registration critical care experience, whereas the minimum requirement for this post is three years in an ICU setting, together with a valid BLS and ACLS certificate.

Therefore your application cannot be processed for this requirement. You are welcome to apply again once you meet the criteria; your file will remain active in our system for twelve months.

Nursing Recruitment Unit
Qatar Horizon Specialty Hospital, Doha`, 'Ref: QHS/NUR/2026/0391'),

  rej('application', ['generic'], {},
    `Not shortlisted. Thanks for applying.

- Faraz, HR, Indus Textile Mills`, 'Re: Merchandiser post'),

  rej('application', ['position_filled'], { ...door },
    `Dear Aarav,

Thank you for reaching out regarding the Business Analyst opening posted on our careers page.

Kindly note that the position has been closed internally as we have already completed the selection. We will certainly keep your resume with us and reach out if something relevant comes up in the coming months.

Warm regards,
Pooja Menon
HR Executive, Kestrel Analytics, Kochi`, 'Business Analyst - Kestrel Analytics'),

  rej('application', ['generic'], {},
    `<html><body><p>Dear Candidate,</p><p>Thank you for your interest in <b>Gulfstar Airways</b>. We have received a large number of applications for <b>Cabin Crew - Open Recruitment (Riyadh)</b>.</p><p>After careful evaluation we regret that we will not be progressing your application on this occasion.</p><p>Kind regards,<br/>Gulfstar Airways Recruitment</p><p style="font-size:10px">This email was sent from an unmonitored mailbox. Gulfstar Airways is an equal opportunity employer within the framework of the Saudi Labour Law.</p></body></html>`, 'Your application to Gulfstar Airways'),

  rej('application', ['role_closed'], {},
    `Dear Mr. Hossain,

With reference to your application for Assistant Manager - Supply Chain (Ref: BGF/SC/114), we would like to inform you that the management has decided not to fill this position for the time being owing to restructuring of the department. The vacancy stands cancelled and hence applications will not be processed.

We thank you for your interest in Bengal Green Foods Ltd.

Sincerely,
Md. Rafiqul Islam
Head of HR & Admin
Bengal Green Foods Ltd., Gulshan-2, Dhaka`, 'Vacancy Cancelled: Asst. Manager Supply Chain'),

  rej('application', ['salary'], { ...fb },
    `Hi Karthik,

Thanks for taking time to fill the details form. Your expected CTC of 32 LPA is quite above the band we have approved for the Senior QA role (max 22 LPA fixed). We are not in a position to stretch it, so we will not be moving your profile to the panel.

All the best!

Divya R
Recruiter - Quantel Labs India, Chennai`, 'Senior QA - Quantel Labs'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Mohammed,

We thank you for applying for the Government Relations Coordinator role at our Riyadh office. Fluency in written and spoken Arabic is essential for this job as all correspondence with the ministries is in Arabic; from your CV we understand your Arabic is at a basic level. For this reason we are not able to consider your application further.

Best regards,
Najd Infra Contracting Co.
Human Capital Department`, 'Government Relations Coordinator'),

  rej('application', ['generic'], { ...door },
    `Dear Jobseeker,

Thank you for applying through our portal. We have gone through your details and at present we will not be able to take your application forward for the Sales Executive requirement.

Your CV will stay in our data bank; in case of any suitable opening we will contact you.

Regards
Team Recruitment
Himalayan Beverage Co. Pvt. Ltd.
Kathmandu, Nepal`, 'Application Status'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Ms. Fernando,

Thank you for your interest in the Finance Manager position at Serendib Tea Exporters.

We have now reviewed all applications and regret to inform you that we have chosen to proceed with candidates whose experience aligns more closely with the requirements of the role.

We shall retain your curriculum vitae on file and may contact you should a suitable vacancy arise in future.

Yours sincerely,
Chamari de Silva
Manager - People & Culture`, 'Finance Manager'),

  rej('application', ['overqualified'], { ...fb },
    `Hello Imran sahib,

Thank you for applying for the Accounts Assistant job. Sir, with respect, with your 14 years including CFO-level experience, this junior post would not do justice to your profile and we feel you would not stay long in it. So we are not taking your application further for this post.

Jazakallah,
Usman Tariq
Admin & HR, Karachi Polymer Industries`, 'Accounts Assistant - KPI'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Your application no. 2026/ENG/7719 for the post of Graduate Engineer Trainee (Mechanical) has been scrutinised. We regret to inform you that you have not been shortlisted for the Computer Based Test.

This communication is final and no correspondence in this regard will be entertained.

Recruitment Cell
Deccan Heavy Engineering Ltd. (A Government of India Enterprise)`, 'GET Recruitment 2026 - Shortlisting Result'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Priyanka,

Thanks for your interest in the Site Supervisor role in Muscat. Unfortunately this role requires a valid Oman (or GCC) driving licence at joining as the site is spread over three locations and you will be driving the company vehicle. As you mentioned you hold an Indian licence only, we cannot take it forward right now.

Once you have the GCC licence, do revert and we will be happy to look at your CV again.

Thanks & Regards,
Ahmed Al Balushi
HR Officer, Sohar Coastal Builders LLC`, 'Site Supervisor Muscat'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Greetings from Rainbow Public School!

We thank you for applying for the post of PGT - Chemistry. We would like to inform you that the selection process for the same has been concluded and your name does not figure in the list of shortlisted candidates.

With best wishes,
The Principal
Rainbow Public School, Dehradun`, 'PGT Chemistry'),

  rej('application', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Mr. Siddiqui,

Thank you for applying for the position of Lead Piping Engineer with Arabian Gulf Process Engineers.

We have evaluated your profile against the requirement. The client requires a minimum of 12 years in oil-and-gas EPC projects with hands-on experience in Caesar II stress analysis, and your experience is mainly in building services. Other applicants were a closer fit for the scope.

We regret we cannot consider you for this opening.

Regards,
Recruitment Coordinator
AGPE, Al Khobar, KSA`, 'Lead Piping Engineer - AGPE'),

  rej('application', ['generic'], { ...door },
    `hi neha, saw ur application for content writer. we have gone ahead with someone else for now. will ping you if we open another slot. cheers, anmol (founder, scribbly.in)`),

  rej('application', ['role_closed'], { ...door },
    `Dear Rohit,

I hope you are doing well. I had shared your profile for the SAP FICO Consultant position with our client in Gurgaon. Today the client informed that they have put the requirement on hold indefinitely and dropped it from this quarter's plan, so they won't be proceeding with any of the profiles submitted.

Sorry about this. I will keep your CV with me and get in touch if any other SAP mandate comes.

Regards,
Vikram Chauhan
Senior Consultant
Talentbridge HR Solutions, New Delhi
+91 98XXX XXX12`, 'SAP FICO - client update'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for applying to Emirates Crescent Hotels & Resorts. We have completed the review of applications for Guest Service Agent and regret that we cannot offer you a place in the next stage.

We wish you well.

Talent Acquisition | Emirates Crescent Hotels & Resorts
This is an automated notification. Your data is processed in accordance with our Candidate Privacy Notice.`, 'Guest Service Agent - Dubai'),

  rej('application', ['profile_mismatch'], {},
    `Assalam o Alaikum Ayesha,

Thank you for your application for the Brand Manager vacancy at Mehran Consumer Products. The selection committee has reviewed the profiles and feels that your experience does not match the requirements of this role closely enough. Hence we are unable to proceed.

Regards,
HR Department
Mehran Consumer Products (Pvt.) Ltd., Lahore`, 'Brand Manager - MCP'),

  rej('application', ['internal_candidate'], {},
    `Dear Sunil,

Thanks for your application for the Branch Credit Manager position in Indore. I wanted to let you know that we have decided to fill this role through an internal movement of one of our existing credit officers, as per the company policy of giving first preference to internal talent.

Thank you for considering Aadhar Suvidha Finance.

Best,
Meenal Joshi
HRBP - Central Region
Aadhar Suvidha Finance Ltd. (NBFC)`, 'Branch Credit Manager - Indore'),

  rej('application', ['generic'], {},
    `Dear Applicant,

We acknowledge with thanks your CV for the position of Storekeeper. Kindly be informed that after initial screening of documents your application has not been considered.

Thanking you,
Personnel Department
Kuwait National Marine Services W.L.L.`, 'Storekeeper'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Fatima,

Thank you for your interest in teaching at Al Rawabi International School. The position of Grade 4 Homeroom Teacher requires a recognised teaching qualification (B.Ed / PGCE or equivalent) attestable for the Ministry of Education licence. Your CV shows a BSc in Biology without a teaching qualification, so unfortunately we cannot progress your application.

We would encourage you to reapply once you have completed a teaching qualification.

Kind regards,
Jane McAllister
HR Manager, Al Rawabi International School, Sharjah`, 'Grade 4 Homeroom Teacher - application'),
  rej('application', ['generic'], {},
    `Dear Sir/Madam,

Thank you for applying to the Management Trainee Programme 2026 of Prime Cement Bangladesh. We received over 9,000 applications this year. We regret to inform you that your application was not selected for the next round.

Best wishes for your career.

MTP Team, Prime Cement Bangladesh Ltd.`, 'MTP 2026 Result'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Arjun,

Appreciate you applying for the Site Reliability Engineer role at Cloudkart. We looked through your resume carefully. For this role we are leaning towards people who have been running production infra at large scale day to day, and we felt your journey so far sits more on the application development side. So this one isn't a match.

Please don't let this stop you from looking at our careers page again - we hire a lot through the year.

Cheers,
Ritika
Tech Recruiting, Cloudkart`, 'Your Cloudkart application (SRE)'),

  rej('application', ['location'], { ...fb },
    `Dear Mr. Joseph,

Thank you for your interest in the Payroll Specialist post in Riyadh. Kindly note that as per Saudization (Nitaqat) regulations, this position has been reserved for Saudi nationals. We are therefore unable to process applications from expatriate candidates such as yourself.

Best regards,
Talent Acquisition Team
Al Waha Retail Group, KSA`, 'Payroll Specialist - Riyadh'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for your application to Bahrain Pearl Bank B.S.C. Following review, we regret we will not proceed with your application for Compliance Officer.

Human Resources | Bahrain Pearl Bank
Manama, Kingdom of Bahrain`, 'Compliance Officer - BPB'),

  rej('application', ['position_filled'], {},
    `Dear Nisha,

Thanks for your mail and the CV for the Pharmacist post at our Thrissur branch. Sorry to say the vacancy is already filled last week; the candidate has joined also.

Regards
Manager, Karunya Medicals`, 'Re: Pharmacist vacancy'),

  rej('application', ['generic'], { ...door },
    `Dear Applicant,

Thank you for registering with Crescent Overseas Manpower (Govt. Licence No. B-1187/MUM/PER/1000+/5/8812/2019).

We regret to inform that your profile was not forwarded to our client for the Electrician requirement for a project in Qatar. However your details are saved in our database and we will contact you as and when a suitable Gulf requirement comes.

Beware of fraudsters. We do not charge any fees before issuance of offer letter.

Crescent Overseas Manpower, Kurla West, Mumbai`, 'Electrician - Qatar Project'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Ankit,

Thanks for applying for the Data Engineer II role. One thing the team is strict on is hands-on Spark + Scala in production, and your CV shows PySpark only in a POC. So we won't be taking this further for now.

Thanks,
Shruti Iyer | Recruitment | Finlytic Pvt Ltd`, 'Data Engineer II'),

  rej('application', ['generic'], {},
    `Dear Mr. Rana,

We thank you for the application submitted for the post of Front Office Manager. We regret to inform that we are unable to consider your candidature at this time.

With regards,
HR Manager
Hotel Everest Crown, Thamel, Kathmandu`, 'Front Office Manager'),

  rej('application', ['profile_mismatch'], {},
    `Dear Saad,

Thank you for showing interest in the Business Development Manager opening at Telenex Pakistan. We regret to inform you that your candidature has not been shortlisted, as we have shortlisted candidates whose background is closer to the role.

Best Regards,
Talent Acquisition Team
Telenex Pakistan (Pvt.) Ltd., Islamabad`, 'BDM - Telenex'),

  rej('application', ['generic'], { ...door },
    `Dear Ishaan,

Thank you for considering a career at Brightwave Consulting. While we will not be moving ahead with your application for the Analyst role at this time, we would be glad to see your application again in the next hiring cycle.

Regards,
Campus & Lateral Hiring, Brightwave Consulting India`, 'Brightwave Consulting - Analyst'),

  rej('application', ['salary', 'profile_mismatch'], { ...fb },
    `Dear Mr. D'Souza,

Thank you for your interest in the Procurement Manager position at Doha Gateway Facilities Management.

Having reviewed your application, we are unable to proceed. The package you have indicated (QAR 38,000 per month plus family allowance) is well beyond the grade for this post, and your background is largely in retail buying rather than FM contracts.

Regards,
HR & Administration
Doha Gateway FM W.L.L.`, 'Procurement Manager - DGFM'),

  rej('application', ['generic'], {},
    `Dear applicant,

Your application for Customer Care Executive (Sylhet) has been reviewed. Unfortunately it is unsuccessful.

Grameen Connect Telecom - Recruitment`, 'Customer Care Executive'),

  rej('application', ['role_closed'], {},
    `Hi Meera,

Quick update on the Clinical Research Associate position you applied for. The study it was for has been deferred by the sponsor, so the management has decided to withdraw the opening. We will not be proceeding with any applications for it.

Sorry for the inconvenience.

Warm regards,
Lavanya S
HR, Trialsphere CRO, Hyderabad`, 'CRA position withdrawn'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Many thanks for your interest in joining Oman Maritime Logistics SAOG. After a thorough review we wish to advise that we will not be taking your application further.

Yours sincerely,
HR Team`, 'Oman Maritime Logistics - Application Update'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Tharindu,

Many thanks for applying for the role of UX Designer with Lankan Pixel Studios. We have gone through your portfolio and we feel the work is more towards graphic and print design than product UX, which is what this role needs, so we won't be inviting you to interview.

We'll hold on to your details and might be in touch about a visual design position later in the year.

Best,
Nirosha
Studio Operations, Lankan Pixel Studios`, 'UX Designer - LPS'),

];
