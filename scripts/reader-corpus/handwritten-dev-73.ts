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

  rej('application', ['salary'], { ...fb, ...door },
    `Hi Karthik,

Thanks for taking time to fill the details form. Your expected CTC of 32 LPA is quite above the band we have approved for the Senior QA role (max 22 LPA fixed). We are not in a position to stretch it, so we will not be moving your profile to the panel. Will definitely ping you if a role in your range opens up.

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

  rej('application', ['profile_mismatch'], { ...door },
    `Assalam o Alaikum Ayesha,

Thank you for your application for the Brand Manager vacancy at Mehran Consumer Products. The selection committee has reviewed the profiles and feels that your experience does not match the requirements of this role closely enough. Hence we are unable to proceed. We will retain your profile and may contact you for future openings in marketing.

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

Appreciate you applying for the Site Reliability Engineer role at Cloudkart. We looked through your resume carefully. We felt that, for where this team is right now, your experience doesn't line up closely enough with what they need, so this one isn't a match.

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

  rej('application', ['generic'], { ...door },
    `Dear Mr. Rana,

We thank you for the application submitted for the post of Front Office Manager. We regret to inform that we are unable to consider your candidature at this time. We shall keep your CV on file for the coming season.

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

  rej('application', ['salary', 'skills_gap'], { ...fb },
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

  rej('application', ['role_closed'], { ...door },
    `Hi Meera,

Quick update on the Clinical Research Associate position you applied for. The study it was for has been deferred by the sponsor, so the management has decided to withdraw the opening. We will not be proceeding with any applications for it.

Sorry for the inconvenience. We'll look at your profile first when the next CRA opening is approved.

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

Many thanks for applying for the role of UX Designer with Lankan Pixel Studios. We have gone through your portfolio and, while there is some lovely work in it, we don't feel it is the right fit for this particular role, so we won't be inviting you to interview.

We'll hold on to your details and might be in touch about a visual design position later in the year.

Best,
Nirosha
Studio Operations, Lankan Pixel Studios`, 'UX Designer - LPS'),

  // ── Screen: telephonic rounds, HR calls about CTC and notice period
  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Aditya,

Thank you for the time on the telephonic discussion yesterday. As discussed, your current CTC is 18.5 LPA and the expected is 28 LPA, whereas the approved budget for this Lead role is capped at 23 LPA. I checked with the hiring manager and finance and they are not able to revise the band, so we will have to close your candidature for this position.

Your profile is really good and I have tagged it in our system for higher-band roles. I will surely reach out when one opens.

Thanks & Regards,
Kavya Nair
Talent Acquisition | Orbitel Software Services, Bengaluru`, 'Telephonic discussion - Lead Engineer'),

  rej('screen', ['generic'], {},
    `Dear Ms. Qureshi,

Thank you for speaking with our recruiter on Monday regarding the Treasury Analyst position. Following that conversation, we have decided to pursue other applicants for this role.

We sincerely appreciate your interest in Faysal Crescent Bank and wish you every success.

Regards,
Human Resource Group
Faysal Crescent Bank Limited, Karachi`, 'Treasury Analyst - FCB'),

  rej('screen', ['salary'], { ...fb },
    `Dear Ravi,

Thanks for the call earlier. Just putting in writing what I mentioned on phone: the 40% hike you are expecting on current CTC, plus the 90-day notice without buyout, does not work for this requirement. The hike is the main issue - the client will not go beyond 20% for this grade. I am therefore not submitting your profile.

Regards,
Sameer Bhatt
Senior Recruiter, Peoplelink Consultants, Noida`, 'Java Lead - Client: Fortune 500 MNC'),

  rej('screen', ['profile_mismatch'], { ...offered },
    `Hello Zainab,

It was nice talking to you on Thursday. After our discussion I spoke with the hiring team and they feel that, at this point, your experience does not quite line up with what they need for the Marketing Lead role in Dubai. We will not be progressing your application.

Thank you for your openness during the call. If you'd like to hear more of what the team said, reply to this and I'll gladly share it.

Best,
Lara Haddad
Recruitment Consultant, Sandrock Talent Partners, Dubai Media City`, 'Marketing Lead - update'),

  rej('screen', ['location'], { ...fb },
    `Dear Mr. Baig,

Thank you for your time during this morning's screening call. You mentioned that you are on a visit visa in Dubai which expires next month and that you would need our sponsorship for the residence visa. Regretfully, this position is only open to candidates who already hold a valid UAE residence visa with their own sponsorship (spouse or family) as we have no visa quota available for this grade.

We therefore cannot proceed further.

Kind regards,
Human Resources, Marwa Trading LLC, Deira`, 'Admin Assistant - Marwa Trading'),

  rej('screen', ['generic'], { ...door },
    `hi sadia thx for the call today. after speaking with a few candidates we are going in a different direction for this role. will keep u posted if there is something else. - Tanvir`, 'Re: call today'),

  rej('screen', ['role_closed'], {},
    `Dear Vinay,

Thank you for the HR discussion last week for the Plant Maintenance Head role at our Hosur unit. Please note that the management has decided to merge this position with the existing Engineering Head role as part of a reorganisation, and the opening no longer exists. Hence we will not be proceeding further with your candidature.

We thank you for your time and interest.

Regards,
Corporate HR
Saptagiri Auto Components Ltd.`, 'Plant Maintenance Head - Hosur'),

  rej('screen', ['skills_gap', 'salary'], { ...fb },
    `Hello Shreya,

Thank you for the conversation on Tuesday. I've discussed it with the hiring manager. Two things came up: the role needs someone who has already handled GST and transfer-pricing filings end to end, which you mentioned you have only supported, and your expected CTC is about 6 lakhs above the range. So we won't be taking it further.

Hope this helps and all the best,
Nikhil Arora
HR, Zenith FMCG India Pvt Ltd, Mumbai`, 'Tax Manager - Zenith'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Dear Hassan,

Many thanks for your time on the phone with me this afternoon. I really enjoyed learning about your work at the refinery. Having shared my notes with the line manager, we have concluded that other candidates we spoke to are a better match for the current vacancy, so we won't be moving you to the next round.

That said, I'd like to keep in touch and will look you up when our shutdown season hiring starts in Q3.

Regards,
Eleanor Price
Recruitment Lead - Middle East, Kestrel Energy Services, Abu Dhabi`, 'Maintenance Planner - KES'),

  rej('screen', ['generic'], {},
    `Dear Candidate,

Thank you for attending the telephonic interview for Customer Support Associate (International Voice Process). We regret to inform you that you have not been selected. We do not provide individual feedback on telephonic rounds due to the volume of candidates.

Best regards,
HR Team, Voxora BPO Services, Gurugram`, 'Telephonic Interview Result'),

  // ── Assessment: aptitude tests, online tests, group discussions, trade tests, background checks
  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for appearing in the Online Aptitude Test held on 14th November for the NextGen Graduate Hiring 2026.

We regret to inform you that you have not cleared the test and therefore will not be moving to the Technical Interview round.

Best of luck for your future endeavours.

Regards,
Campus Hiring Team
Techvanta Consultancy Services`, 'NextGen Graduate Hiring 2026 - Online Test Result'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Mr. Pillai,

Thank you for attending the trade test at our Kochi test centre on 22 October for the position of Pipe Fitter (Saudi Aramco project).

The test examiner reported that your fit-up work on the 6-inch spool was outside tolerance and the alignment check failed. As per client standard, you have not qualified in the trade test and your candidature is not considered for this mobilisation.

You may attend the next trade test after 3 months.

Regards,
Al Fahad Manpower Services, Kochi Branch`, 'Trade Test Result - Pipe Fitter'),

  rej('assessment', ['assessment'], {},
    `Dear Ananya,

Thank you for participating in the group discussion round held at our Chennai office for the Management Trainee - Sales role. Based on the evaluation by the panel, we regret to inform that you have not been shortlisted for the personal interview stage.

Warm regards,
HR - Suryoday Consumer Care Ltd.`, 'GD Result - MT Sales'),

  rej('assessment', ['generic'], { ...door },
    `Dear Ahmad,

Thank you for completing the online assessment for the Graduate Development Programme at Qatar National Utilities. After reviewing the results along with your application, we regret to advise that you will not progress further in this year's intake.

We encourage you to apply again for the next intake, which opens in September.

Graduate Recruitment Team
Qatar National Utilities Company (Q.P.S.C.)`, 'QNU Graduate Development Programme'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Varun,

Thanks for submitting the take-home assignment for the Android Developer role. The team reviewed it. The app worked, but it had no handling for config changes (state is lost on rotate), the network layer was inside the Activity, and there were no tests at all, which was one of the stated requirements. For these reasons we will not proceed to the interview round.

Thanks again for the effort you put in.

Manasi
Engineering Hiring, Tiffinbox Technologies`, 'Android assignment - review'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Candidate,

Your score in the Numerical and Verbal Reasoning assessment did not meet the cut-off set for the Probationary Officer recruitment. Accordingly, you are not eligible for the next stage.

You may apply in the next recruitment notification.

Recruitment Cell, Kathmandu Sahakari Bank Ltd.`, 'PO Recruitment - Assessment Result'),

  rej('assessment', ['profile_mismatch'], {},
    `Dear Ms. Jayasuriya,

Thank you for completing the case study exercise for the Strategy Associate position. While the panel appreciated your effort, they felt that other candidates demonstrated experience that was more relevant to our healthcare clients. We will not be moving forward with your application.

Kind regards,
Recruiting, Mirissa Advisory Partners, Colombo`, 'Strategy Associate - Case Study'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Applicant,

Re: Technical Writing Test - Senior Technical Writer (Ref STW-09)

We thank you for taking our writing test. Your submission scored 52/100. The evaluators noted that the API reference section did not follow the given style guide and that two of the three procedures had steps missing. The qualifying score is 70, so we cannot take your application further.

Sincerely,
Documentation Team Lead
Indigo Stack Software, Noida`, 'Writing test result - STW-09'),

  rej('assessment', ['generic'], {},
    `Dear Candidate,

Thank you for your participation in the Walk-in Drive for Process Associate (Non-Voice) at our Navi Mumbai campus on Saturday. After the written test, we have decided not to proceed with your candidature.

We wish you the best.

HR Team
Lumenwave Business Services`, 'Walk-in Drive - Process Associate'),

  rej('assessment', ['assessment'], {},
    `Dear Participant,

We thank you for participating in the GD and aptitude round under the Campus Placement Drive at Government Engineering College. We would like to inform you that you have not been able to qualify the aptitude section.

Training & Placement Cell on behalf of Aryavart Power Systems Ltd.`, 'Campus Drive - Result of Aptitude Round'),

  rej('assessment', ['role_closed'], {},
    `Dear Mr. Khan,

Thank you for completing the HackerRank coding challenge for the Backend Engineer opening. Before we could schedule the next rounds, the client has closed the requirement as their project has been deprioritised. Hence we will not be proceeding further with your profile for this opening.

Regards,
Syed Arsalan
Delivery Manager, Codenest Staffing, Lahore`, 'Backend Engineer - client requirement closed'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...offered },
    `Dear Kiran,

Thanks for taking our Excel and financial modelling test for the FP&A Analyst role. Unfortunately the result was below what we need - in particular the three-statement linkage and the DCF section were incomplete, and the role needs someone already comfortable with both from day one.

If you would like a short call to go through the test in more detail, just reply and I'll set it up.

Best regards,
Hemant Saxena
Finance Talent, Northstar Capital Advisors, Mumbai`, 'FP&A Analyst - test result'),

  // ── Interview: technical, HR, managerial rounds, walk-ins
  rej('interview', ['generic'], { ...door },
    `Dear Mr. Varghese,

Thank you for attending the technical round and the HR round for the position of Network Engineer - L2 at our Kakkanad office.

We regret to inform you that you have not been selected for the position. However, your resume will be kept in our talent pool and considered for other networking openings.

Thanking you,
HR Department
Netcore Telesystems Pvt. Ltd.`, 'Interview Result - Network Engineer L2'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Pranav,

Thank you for coming in for the technical round with Abhishek and Ritu last Friday. The panel liked your approach to the system design question, but felt your hands-on Kubernetes experience is still limited - you had not worked with Helm or with cluster upgrades, and the DevOps Lead role needs someone who has owned both in production.

So we won't be going ahead at this point. Please do look at us again after a year or so of more k8s exposure; we would genuinely like to see you apply again.

Best,
Gauri Deshpande
Talent Acquisition, Shipbay Logistics Tech, Pune`, 'Technical round - feedback'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Ms. Rahman,

We would like to thank you for meeting with our panel for the position of Internal Audit Manager. After careful consideration, the panel has identified a candidate whose experience more closely matches the needs of the role at this time.

We appreciate your interest in BRAC Metro Finance and the time you gave us, and we would be pleased to see your name again when we advertise future audit roles.

Yours sincerely,
Nasreen Akhter
Head of Talent, BRAC Metro Finance PLC, Dhaka`, 'Internal Audit Manager - interview outcome'),

  rej('interview', ['generic'], { ...door },
    `Dear Candidate,

Thank you for attending the Walk-in Interview for Housekeeping Supervisors held at Hotel Grand Marigold, Jaipur on 3rd December for our properties in Dubai and Ras Al Khaimah.

We regret to inform you that you have not been selected in this drive. Your details have been registered with us and you will be informed about upcoming walk-in drives.

Regards,
Overseas Recruitment Desk
Sahara Gulf Placements Pvt. Ltd.`, 'Walk-in Interview - Housekeeping Supervisor (UAE)'),

  rej('interview', ['overqualified'], { ...fb },
    `Dear Dr. Sharma,

Thank you for your interview with the Head of Department for the Assistant Professor (Computer Science) position. The committee was impressed by your research record; however, given your 11 years of post-doctoral and industry research experience, the members felt that you would be better suited to a senior position than this entry-level teaching post, and that the role would not use your experience.

Accordingly, we are not offering you the position.

With regards,
Registrar
Vidyasagar Institute of Technology, Bhopal`, 'Assistant Professor (CSE) - outcome of interview'),

  rej('interview', ['position_filled'], {},
    `Hi Rizwan,

Just wanted to give you an update after your interview with our Head of Sales. We've since made an offer to another candidate and they've accepted, so the Key Account Manager role is now filled.

Thanks for your time with us.

Cheers,
Sarah O'Connell
HR Business Partner, Gulfmart Hypermarkets, Dubai`, 'Key Account Manager'),

  rej('interview', ['generic'], { ...door },
    `Dear Sachin,

Thank you for the managerial round with Mr. Bose on Wednesday. After due consideration we are not proceeding with your candidature for the Regional Sales Manager post. As per our policy we are unable to share detailed feedback on interviews. You may apply again after six months from the date of this interview.

We appreciate your interest in Eastline Pharmaceuticals.

HR - East Zone, Kolkata`, 'RSM - Eastline Pharmaceuticals'),

  rej('interview', ['internal_candidate'], { ...door },
    `Dear Mr. Al Mutairi,

Thank you for attending the interview for Maintenance Superintendent at our Shuaiba plant. I would like to inform you that the company has decided to fill this vacancy by promoting an existing team member from within the plant.

Your profile has been retained and we will be in contact should there be another suitable vacancy.

Best regards,
Human Resources Division
Kuwait Petrochemical Services Co. K.S.C.`, 'Maintenance Superintendent - Shuaiba'),

  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Dear Mr. Nair,

Thank you for meeting with us for the Claims Manager role at Gulf Shield Insurance.

We have decided not to offer you the position. The panel felt the role needs a stronger command of Arabic for handling local claimants, and we also note you do not yet hold a Qatar residence permit; with the current Qatarisation targets for this department, we can only sponsor a new expatriate where the requirements are fully met.

We thank you for your interest.

Regards,
Human Resources, Gulf Shield Insurance Q.P.S.C.`, 'Claims Manager - Gulf Shield'),

  rej('interview', ['generic'], { ...door, ...offered },
    `Dear Anjali,

It was a pleasure to host you for the interview on Friday - the team enjoyed meeting you. After a lot of thought we've decided not to move forward with your application for the Associate Brand Designer role.

We'd love to stay in touch, and I'll reach out when we open new roles in the design team next year. And if a few notes from the interviewers would help you, just ask - I'm happy to pass them on.

Warmly,
Tara Mehta
People Team, Kora Home Studio, Bengaluru`, 'Kora Home Studio - Associate Brand Designer'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Omar,

Thank you for taking the time to interview for the Senior Accountant role with Al Masa Properties. The hiring manager valued the conversation. However, we have decided to proceed with a candidate whose real estate accounting background is a closer match for the team at this stage.

If it would be useful, I am happy to arrange a short call to share the interviewers' comments with you.

Kind regards,
Rania Saleh
Talent Acquisition Specialist, Al Masa Properties, Jeddah`, 'Senior Accountant - interview outcome'),

  rej('interview', ['salary'], { ...fb },
    `Dear Mr. Rathore,

Thanks a lot for the rounds with our technical and HR panel. Both went well. However, after the HR round we could not bridge the gap between your expected CTC (INR 45 lakhs) and the maximum offer the management has approved for the grade (INR 36 lakhs). Since you indicated you would not consider lower than your expectation, we will close your candidature.

Regards,
Deepika Menon
Manager - Talent Acquisition, Astra Specialty Chemicals Ltd., Vadodara`, 'Closure of candidature - Astra Specialty Chemicals'),

  rej('interview', ['generic'], {},
    `Salam Bilal, thanks for interviewing with us today. Regret we will not move ahead. Best, Komal - HR, Daraz Fresh`),

  rej('interview', ['skills_gap', 'role_closed'], { ...fb },
    `Dear Prakash,

Thank you for attending both rounds for the Operations Lead position at our Gurugram warehouse. The panel felt that your experience was more in e-commerce returns than in cold-chain operations, which this role centres on. In the meantime, the management has also decided to put the hiring for this facility on hold until next financial year, so we will not be proceeding further with your candidature.

Regards,
HR Team
Frostline Supply Chain Solutions Pvt Ltd`, 'Operations Lead - Frostline'),

  rej('interview', ['generic'], {},
    `Dear Candidate,

Thank you for taking part in the virtual interview with Bayan Airline Services for the position of Ground Operations Agent (Manama). We regret to advise that your application has not been successful at this stage of the selection.

This mailbox is not monitored. Please do not reply.

Bayan Airline Services W.L.L. - Recruitment`, 'Ground Operations Agent - Interview Outcome'),

  // ── Final rounds, director meetings, final panels, background verification
  rej('final', ['generic'], { ...door },
    `Dear Sneha,

Thank you for meeting our Director, Mr. Malhotra, for the final round last Thursday. We really appreciate the time and effort you have invested across all the rounds.

After considering all finalists, we will not be extending an offer to you for the Business Head - West role. We have kept your profile in our records and would be glad to get in touch when a suitable leadership opening comes up.

Regards,
Farah Sheikh
VP - HR, Amberline Retail Ltd., Mumbai`, 'Business Head - West | Final round'),

  rej('final', ['profile_mismatch'], {},
    `Dear Mr. Ranatunga,

We are writing to thank you for attending the final interview panel for the position of Chief Engineer at Lanka Hydro Energy (Pvt) Ltd. You were among the last shortlisted candidates.

After much deliberation, the panel has decided to offer the post to a candidate whose experience with large dam projects was judged the stronger fit.

We thank you for your interest.

Yours faithfully,
General Manager - HR`, 'Chief Engineer - Final Interview'),

  rej('final', ['position_filled'], { ...door },
    `Hi Deepak,

I'm sorry to be writing with this. After your final discussion with our co-founders, we did offer the Head of Engineering role to another finalist and they have accepted yesterday. It was genuinely a close call between the two of you.

I'd love to keep you in our network; we'll be hiring for a Principal Engineer role in the next quarter and I'll reach out.

Best,
Aniket
Co-founder & CEO, Ledgerly Fintech, Bengaluru`, 'Head of Engineering - Ledgerly'),

  rej('final', ['profile_mismatch', 'position_filled'], { ...door },
    `Dear Ms. Al Harthy,

Thank you for participating in the final stage of the selection process for the position of Strategy Manager with Oman Investment Gateway. The post has now been offered to, and accepted by, a candidate whose experience more closely reflected the Directorate's current priorities. Your details will remain in our talent pool for future vacancies.

We are grateful for your time and wish you success in your career.

Directorate of Human Capital
Oman Investment Gateway`, 'Strategy Manager - Final Stage'),

  rej('final', ['salary', 'skills_gap'], { ...fb },
    `Dear Rohan,

Thank you for the final conversation with our Managing Director on Monday. The MD was keen, but the compensation you asked for in that discussion (50% of it as fixed on a 60 LPA CTC, plus a joining bonus) is beyond what the company can approve for the position. The MD also felt the role needs someone who has already run a plant with more than 2,000 workers, which you have not yet done. We have explored all options and, with regret, will not be issuing an offer.

Regards,
Neeraj Goel
Head - HR, Vistaar Industries Ltd., Ludhiana`, 'Vistaar Industries - Plant Head'),

  rej('final', ['generic'], {},
    `Dear Candidate,

This is further to the background verification initiated after your final interview for the post of Branch Manager. Kindly note that the management has decided not to proceed with your candidature. The decision is final.

Regards,
HR Operations
Shubh Laxmi Housing Finance Ltd.`, 'Branch Manager - Status'),

  rej('final', ['role_closed'], { ...door },
    `Dear Mr. Qadir,

Thank you for your patience through the final panel interview for the Project Director role on the Lusail infrastructure package. I regret to let you know that the client has cancelled the package award to our joint venture, and we have therefore withdrawn the position. We will not be proceeding with any appointment.

We were very close to finalising your offer, and we will certainly approach you first if we are awarded a comparable project.

Sincerely,
Peter Dunne
Regional HR Director, Halcyon Contracting Middle East, Doha`, 'Project Director - Lusail Package'),

  rej('final', ['generic'], {},
    `Hi Asha, I'm sorry, the final panel went with someone else. Thank you for everything - you were great throughout. - Ritu (HR, Bloomcart)`, 'Re: final panel'),

  // ── Paused processes
  hold('interview', ['role_closed'], {},
    `Dear Manish,

Thank you for attending the technical and managerial rounds for the Salesforce Architect position. We wanted to keep you informed that our client has put the requirement on hold for the time being, pending approval of their revised project budget.

Your candidature is still active and you remain shortlisted. We expect clarity by the second week of January and will get back to you as soon as we hear from the client. Kindly bear with us.

Regards,
Swati Agarwal
Account Manager, Nexora IT Staffing, Hyderabad`, 'Salesforce Architect - requirement on hold'),

  hold('screen', ['role_closed'], {},
    `Dear Ms. Chowdhury,

Thank you for the HR discussion on 2nd March. Please note that hiring for the Senior Officer - Trade Finance position has been frozen until the new fiscal year budget is approved by the Board in July. Your application has not been declined; we will revert to you once the position is reopened.

Best regards,
Human Resources Division
Meghna Commercial Bank PLC`, 'Senior Officer - Trade Finance: status'),

  hold('final', ['location'], {},
    `Dear Mr. Gurung,

Further to your selection in the final interview for Security Supervisor with our client in Qatar, please note that the client's visa quota for this category has not yet been released by the Ministry of Labour. Processing of your offer and medical will be taken up as soon as the quota approval is received, expected in 4-6 weeks.

Kindly do not resign from your present job until you receive further information from us.

Regards,
Everest Overseas Employment Pvt. Ltd.
Licence No. 1102/060/61, Kathmandu`, 'Qatar Security Supervisor - visa quota awaited'),

  hold('application', ['generic'], {},
    `Dear Applicant,

Thank you for your application for the Teller positions at Riyadh branches. Kindly note that interviews for this campaign have been postponed until after Eid al-Adha. Shortlisted applicants will be contacted with new dates at that time. We appreciate your patience.

Talent Acquisition
Al Jazira Capital Bank`, 'Teller Recruitment - Interviews postponed'),

  hold('interview', ['role_closed'], {},
    `Hi Farhan,

Wanted to give you an honest update after your interview with our Project Manager. The Muscat water treatment project this role is tied to has not been awarded yet - the tender decision has slipped by at least two months. Until the award comes through, we cannot issue any offers for the site team, so your process is paused rather than closed.

I will be in touch as soon as we hear.

Regards,
James Whitfield
Talent Lead, Aquanova Engineering (Oman)`, 'Process Engineer - project award delayed'),

  // ── Look-alikes
  other(`Dear Candidate,

Thank you for applying for the position of Software Engineer - Java (Req ID: INF-HYD-33108). We have received your application and it is currently under review.

If your profile matches the requirement, our Talent Acquisition Team will get in touch with you. Kindly note that due to the large volume of applications, we may not be able to respond to every applicant individually.

Best Regards,
Talent Acquisition Team
Vantrix Infosystems Ltd.

This is a system generated mail. Please do not reply.`, 'Application Received - INF-HYD-33108'),

  other(`Dear Candidate,

Congratulations! You have been shortlisted for the Online Aptitude Test for NextGen Graduate Hiring 2026.

Test date: 21 November, 10:00 AM IST
Duration: 90 minutes (Quantitative, Logical, Verbal, Coding)
Mode: Remote proctored - please ensure a working webcam

Kindly note that candidates who do not clear the test will not be considered further. Do revert by 18 November to confirm your slot.

Regards,
Campus Hiring Team`, 'Invitation: Online Aptitude Test'),

  other(`WALK-IN INTERVIEW - Dubai & Abu Dhabi

Sahara Gulf Placements invites candidates for immediate requirement for a leading hospitality group in UAE:
- Commis I/II/III (Indian, Continental)
- Waiters / Waitresses
- Room Attendants

Date: 14 & 15 December, 9 AM to 4 PM
Venue: Hotel Sagar Residency, Andheri East, Mumbai
Salary: AED 1,200 - 2,200 + accommodation + food + transport
Documents: passport (min. 1 year validity), updated CV, experience certificates, 2 passport-size photos

Free recruitment. Unfortunately candidates without passports cannot be considered.

To unsubscribe from job alerts reply STOP.`, 'Walk-in Interview for UAE hotels - 14 & 15 Dec'),

  other(`Dear Mr. Varghese,

With reference to your application, you are requested to attend the HR interview as per the details below:

Date: 9th January 2027
Time: 11:00 AM
Venue: Netcore Telesystems Pvt. Ltd., Infopark Phase II, Kakkanad

Kindly bring the following documents in original along with one set of self-attested photocopies:
1. Updated resume
2. Last three months' salary slips
3. Relieving letter / experience certificates
4. PAN card and Aadhaar card
5. Educational certificates from SSLC onwards

Kindly confirm your attendance.

Regards,
HR Department`, 'Interview Call Letter - Network Engineer L2'),

  other(`Hi Ravi,

Hope you are doing well. I came across your profile on Naukri for a Java Lead requirement with a Fortune 500 MNC in Noida (hybrid).

Kindly share the below details at the earliest:
- Current CTC:
- Expected CTC:
- Notice period (negotiable? buyout?):
- Current location / open to Noida:
- Reason for change:

Along with your updated CV. Do revert.

Thanks & Regards,
Sameer Bhatt
Senior Recruiter, Peoplelink Consultants`, 'Java Lead - Noida | Fortune 500 MNC'),

  other(`Dear Applicant,

Thank you for your interest in Emirates Crescent Hotels & Resorts. Unfortunately our system could not read the CV attached to your application for Sous Chef (Abu Dhabi). Kindly share your updated CV in PDF or Word format by replying to this email so that your application can be reviewed.

We appreciate your patience.

Talent Acquisition Team`, 'Action required: please re-share your CV'),

  other(`Dear Mr. Rathore,

We are pleased to offer you the position of Senior Manager - Process Engineering with Astra Specialty Chemicals Ltd., Vadodara, at an annual CTC of INR 38,00,000 (Rupees Thirty-Eight Lakhs only), the break-up of which is given in Annexure A.

Your date of joining will be on or before 1st February 2027. This offer is subject to satisfactory background verification and a pre-employment medical examination.

Kindly sign and return a copy of this letter as a token of your acceptance within 5 working days.

For Astra Specialty Chemicals Ltd.
Deepika Menon
Manager - Talent Acquisition`, 'Offer Letter - Senior Manager, Process Engineering'),

  other(`Dear Mr. Gurung,

Congratulations once again on your selection. Your visa has been approved. Kindly report for the GAMCA medical examination at Norvic Diagnostic Centre, Kathmandu on Sunday, 8:00 AM, empty stomach. Bring original passport, 4 photos (white background) and the medical slip attached.

After the medical is cleared, we will arrange the pre-departure orientation and ticket.

Regards,
Everest Overseas Employment Pvt. Ltd.`, 'Medical appointment - Qatar deployment'),

  other(`Dear Candidate,

As part of the pre-joining formalities for the position of Branch Manager, you are requested to fill the attached Background Verification form and upload the documents on the Verifirst portal within 48 hours.

Kindly note that incomplete forms may delay your joining date. In case of any queries, do revert on this mail.

Regards,
HR Operations
Shubh Laxmi Housing Finance Ltd.`, 'BGV Form - Action Required'),

  other(`New jobs matching your profile on Bayt.com

Senior Accountant - Al Masa Properties - Jeddah, Saudi Arabia
Finance Manager - Reem Holding - Abu Dhabi, UAE
Accounts Supervisor - Gulf Tyres Co. - Kuwait City, Kuwait

Unfortunately some jobs may close before you apply. Apply early to increase your chances!

You are receiving this email because you subscribed to job alerts. Unsubscribe | Manage alerts`, '3 new jobs matching "Accountant"'),

  other(`Dear Sir,

I had attended the technical round on 12th for the Network Engineer L2 post. Kindly let me know the status of my candidature. I am currently serving notice period and my last working day is 31st, so I would be grateful for an early update.

Thanking you,
Jibin Varghese
+91 94XXX XXX21`, 'Status of interview - Network Engineer L2'),

  other(`Dear Students,

This is to inform all final-year B.Tech (CSE, IT, ECE) students that Techvanta Consultancy Services will be conducting a campus recruitment drive on 6th February.

Eligibility: 60% throughout (10th, 12th, graduation), no active backlogs.
Process: Online Aptitude Test > Technical Interview > HR Interview
Package: 4.2 LPA

Students who do not register on the portal by 2nd February unfortunately will not be allowed to sit for the test. Carry your college ID card and two copies of your resume.

Training & Placement Officer
Government Engineering College, Thrissur`, 'Campus Placement Drive - Techvanta - 6 Feb'),

  other(`Hi Hassan,

Hope you're well. I'm a recruiter with Sandrock Talent Partners in Dubai. We are working on a Reliability Engineer mandate for a national oil company client in Abu Dhabi (ADNOC-approved contractor), tax-free package, family status, 2-year renewable contract.

Your profile on LinkedIn looks like a strong fit. Would you be open to a quick chat this week? If the timing isn't right, no problem at all - just let me know and I'll keep you in mind for future roles.

Best,
Lara Haddad`, 'Reliability Engineer - Abu Dhabi | tax-free'),

  other(`Dear Ms. Fernando,

Thank you for applying for the position of Finance Manager at Serendib Tea Exporters. This is to acknowledge receipt of your application.

Applications will be reviewed after the closing date of 30th November. Only shortlisted candidates will be contacted. We appreciate your patience during this time.

Yours sincerely,
People & Culture Division`, 'Acknowledgement - Finance Manager'),

  other(`Dear Shreya,

Thanks for your interest in the Tax Manager role. Before we schedule the call with the hiring manager, could you kindly confirm the following:

1. Current CTC (fixed + variable)
2. Expected CTC
3. Official notice period and earliest possible joining date
4. Whether you have handled transfer pricing documentation

Looking forward to your revert.

Regards,
Nikhil Arora, HR, Zenith FMCG India`, 'Tax Manager - few details needed'),

  other(`Dear Candidate,

We regret the inconvenience caused. Due to technical issues at the test centre, the Computer Based Test for Graduate Engineer Trainee scheduled on 17th January has been rescheduled to 24th January. The admit card already issued will remain valid. Reporting time and venue remain unchanged.

Recruitment Cell
Deccan Heavy Engineering Ltd.`, 'GET 2026 - CBT Rescheduled'),

  other(`Dear Mr. Pillai,

Congratulations! You have qualified the trade test for Pipe Fitter (Saudi Aramco project). Kindly submit your passport, 6 photographs and the signed offer to our Kochi office by Monday for visa stamping.

Please note: the service charge is as per the Government of India approved rates and a receipt will be issued. Do not pay any amount to sub-agents.

Al Fahad Manpower Services`, 'Trade test qualified - submit passport'),

  other(`Dear Anjali,

Thanks for applying for the Associate Brand Designer role at Kora Home Studio! We've had a wonderful response, so it may take us a couple of weeks to go through everything. We'll be in touch either way, promise.

Warmly,
The Kora People Team`, 'We got your application!'),

  other(`Dear Mr. Al Mutairi,

Thank you for your application for the position of Maintenance Superintendent. We are pleased to invite you to an interview at our Shuaiba plant administrative building on Sunday at 9:30 AM.

Kindly bring your Civil ID, academic certificates attested by the Ministry of Higher Education, and your experience letters. Unfortunately, parking inside the plant is restricted; please use the visitor parking at Gate 2.

Human Resources Division
Kuwait Petrochemical Services Co.`, 'Interview Invitation - Maintenance Superintendent'),

  other(`hi, checking if there's any update on the content writer role I applied for last week? happy to share more samples if needed. thanks, Neha`, 'content writer application'),

  other(`Dear Candidate,

Your profile is under review with the hiring manager for the Relationship Manager - NRI Banking role. We appreciate your patience; the review is taking longer than usual due to the quarter-end closing.

We will get back to you within the next 7 working days.

Regards,
Talent Acquisition, Indus Crescent Bank Ltd.`, 'Application Status: Under Review'),

  other(`Dear Ms. Khan,

Welcome to Al Rawabi International School! Please find attached your joining pack. Your joining date is 16 August. Kindly arrange the following before travelling:
- Degree certificates attested by the UAE Embassy in your home country and MOFA
- Police clearance certificate
- Six passport photographs with white background

Our PRO will collect you from Sharjah airport. Your entry permit will be emailed within 10 days.

Kind regards,
HR Manager`, 'Joining formalities - Al Rawabi International School'),

  other(`Dear Jobseeker,

Greetings from naukri.com. Recruiters viewed your profile 6 times this week!

Top companies hiring for "Mechanical Design Engineer" in Pune:
- Saptagiri Auto Components Ltd. (3-6 yrs)
- Kinetic Drives Pvt Ltd (2-5 yrs)

Unfortunately, your profile is 68% complete. Complete your profile to get noticed by more recruiters.

Team Naukri. Unsubscribe from these mails.`, 'Recruiters viewed your profile 6 times'),

  other(`Dear Sir,

Thank you for the opportunity to interview for the Treasury Analyst role. After careful consideration I have decided to withdraw my application as I have accepted another offer. I appreciate the time your team spent with me and hope our paths cross again.

Regards,
Mahnoor Qureshi`, 'Withdrawal of application - Treasury Analyst'),

  other(`Dear Candidate,

Greetings from GulfTalent!

Your application for "Project Engineer - MEP" at Halcyon Contracting Middle East has been viewed by the employer.

Note: the employer will contact you directly if you are shortlisted. Unfortunately, GulfTalent is not able to provide updates on the status of individual applications.

GulfTalent.com - The Gulf's leading recruitment portal`, 'Your application has been viewed'),

  other(`Dear Sadia,

Thank you for your time on the phone today. As discussed, I am pleased to move you forward to the next step: a 45-minute video interview with our Head of Operations. Kindly share your availability for next Tuesday or Wednesday.

Regards,
Tanvir Ahmed, HR, Pathao Cargo`, 'Next step - video interview'),

  other(`Dear Applicant,

Thank you for applying for the Graduate Development Programme at Qatar National Utilities. Please complete the online assessment using the link below within 5 days. The assessment has three parts: numerical reasoning, situational judgement and an English comprehension section.

Unfortunately extensions cannot be provided, so please plan accordingly. Good luck!

Graduate Recruitment Team`, 'QNU GDP - Complete your online assessment'),

  other(`Dear Team,

Please find attached my updated CV as requested for the Lead Piping Engineer position. I have also included the project list and my Aramco approval letter. Kindly let me know if anything else is required from my side.

Best regards,
Tariq Siddiqui`, 'Updated CV - Lead Piping Engineer'),

  other(`Dear Employee,

With reference to your offer acceptance, we are pleased to confirm your joining date as 3rd March at our Gurgaon office, 9:30 AM. Kindly carry your relieving letter, last 3 salary slips, Form 16, and bank details for salary account opening. Induction will run for the first two days.

Welcome aboard!

HR Onboarding Team
Paynest Technologies Pvt Ltd`, 'Joining confirmation - 3rd March'),

  other(`Dear Candidate,

We regret to inform you that we have received reports of fraudulent job offers being sent in the name of Gulfstar Airways. Gulfstar Airways never asks candidates for money at any stage of recruitment. If you have received such an offer, kindly report it to us.

Gulfstar Airways Recruitment`, 'Beware of recruitment fraud'),

  other(`Hello Mr. Perera,

I am writing from Colombo Crest Recruiters. A leading hotel group in the Maldives is hiring a Front Office Manager. Would you be interested? Kindly share your updated CV and current salary details if so. If not, no worries - we will keep you in mind for future openings.

Best regards,
Hasini Jayawardena
Consultant, Colombo Crest Recruiters`, 'Front Office Manager - Maldives resort'),

  other(`Dear Ms. Rahman,

Thank you for attending the interview for Internal Audit Manager on Sunday. The panel has now shortlisted you for the final round with the Managing Director. Kindly confirm your availability for 14 November at 3 PM.

Regards,
Nasreen Akhter, Head of Talent, BRAC Metro Finance PLC`, 'Final round - Internal Audit Manager'),

  other(`Dear Parent / Candidate,

Thank you for your enquiry regarding admissions and vacancies at Rainbow Public School. Please note that teacher vacancies are advertised on our website. Unfortunately we do not accept CVs by WhatsApp. Kindly apply through the Careers section.

Regards,
School Office`, 'Re: Teacher vacancy enquiry'),

  other(`Dear Mr. Joseph,

Further to your interview, kindly note your expected salary has been shared with the hiring manager. Could you please confirm whether you hold a valid Saudi Iqama with transferable sponsorship, and your earliest joining date? We will revert within the week.

Best regards,
Talent Acquisition, Al Waha Retail Group`, 'Payroll Specialist - clarification'),

  other(`Dear Applicant,

You have been selected for the Group Discussion round for Management Trainee - Sales at Suryoday Consumer Care. Date: 28 Oct, 10 AM, Chennai office, Guindy. Dress code: formals. Please carry a printed copy of this email and a government ID.

Regards,
HR`, 'GD Invitation - MT Sales'),

  other(`Dear Mr. Hossain,

Thank you for your email. Kindly note that the recruitment for Assistant Manager - Supply Chain is still in progress. We will inform all applicants about the outcome. We regret the delay and appreciate your patience.

Sincerely,
HR & Admin, Bengal Green Foods Ltd.`, 'Re: Status of application'),

  other(`Dear Valued Candidate,

Thank you for attending our recruitment event at the Expo Centre, Sharjah. We would appreciate two minutes of your time to share feedback on your experience through the short survey below. Your responses are anonymous.

[Take the survey]

With thanks,
Talent Acquisition, Emirates Crescent Hotels & Resorts`, 'How was your recruitment event experience?'),

  other(`Dear Rohit,

Hope you're well. Quick note: the client has confirmed that the SAP FICO requirement is active and they want to schedule interviews next week. Kindly share your availability and an updated CV highlighting S/4HANA migration work. Do revert by EOD.

Regards,
Vikram Chauhan, Talentbridge HR Solutions`, 'SAP FICO - interview scheduling'),

  other(`Dear Mr. Nair,

Thank you for your application for Claims Manager. Before we proceed, kindly note that this role requires a Qatar ID or transferable residence. Could you confirm your current visa status? Also, please let us know your notice period with your present employer. Once received, we will schedule the interview with the department head.

Regards,
HR, Gulf Shield Insurance`, 'Claims Manager - visa status query'),

  other(`Sent from my phone: Received ur CV Imran bhai. Will show to Usman sahib tomorrow and let u know. Salam`, 'Re: CV'),
];
