/**
 * Development messages of the hundred-and-seventh round: email templates as HR template sites, recruiting blogs and
 * tracking-system help centres publish them, and as companies send them barely edited. Each situation those sites cover
 * comes in several variants: a decline after the application (CV screen), after a phone screen, after a first or second
 * interview, after a final interview or onsite, after an online test, skills test or take-home; an internal candidate
 * chosen, the position filled, the role cancelled or put on hold, an overqualified applicant, a salary gap, a location or
 * work-authorisation bar, a culture fit; "we will keep your CV on file", "you are welcome to reapply", "we'd be glad to
 * give you feedback", "we are unable to give individual feedback", "we received a high volume of applications". Some
 * are sent with the placeholders still in ("[Candidate Name]", "[Job Title]", "[Company Name]", "{{first_name}}",
 * "<Hiring Manager>", "[insert specific feedback]"), some filled in, some half filled; some keep the subject line the
 * site suggests, a "Subject:" line pasted into the body, or an "[Optional: ...]" note nobody deleted. Short and long,
 * formal British, plain American, Indian and Australian English. Paused processes are the "hiring is on hold" template
 * sent to candidates who are still in the running. Look-alikes are the other templates on the same pages: an
 * acknowledgement, a "still reviewing" delay note, invitations to a screen, an interview, an onsite or a test, reference
 * requests, offer letters, a confirmed withdrawal, a talent-community invitation, a job-alert sign-up and digest, a
 * reschedule, a survey, a candidate's declined offer acknowledged.
 *
 * Labelling choices: the stage is the furthest step the template itself mentions ("after our phone call" is screen, "after
 * your interview with the team" or "your second interview" is interview, "final interview", "final round" or "onsite" is
 * final, a test or take-home with no later interview is assessment, nothing mentioned is application). A placeholder left
 * unfilled, "[insert specific feedback]" above all, is not feedback. A slot that names the kind of thing missing ("more
 * experience in [specific area]") reads as the template's requirement, as in the nineteenth batch: a skills gap, and
 * feedback. Salary, location, work authorisation and overqualification are feedback even when short; a culture fit is
 * feedback only when something concrete about this candidate is said; a test decline is feedback only when it names
 * the score, section or fault. Filling the role internally is internal_candidate alone;
 * "offered the role to another candidate" or "the position has been filled" adds position_filled; "move forward with other
 * candidates" alone is generic. An offer of feedback counts even when its contact details are still a placeholder. Keeping
 * the CV on file, a talent pool, "apply for future roles" and "you may reapply after six months" open the door; "we wish
 * you luck in your search" and "you may not reapply for 12 months" do not. A role "put on hold" with the candidate's
 * application closed is a rejection (role_closed); a pause that keeps the candidate in the running is on_hold; a plain
 * "we are still reviewing" update is other.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d107-');

export const HANDWRITTEN_DEV_107: readonly CorpusLine[] = [
  // ── Rejections: after the application (CV screen)
  rej('application', ['generic'], {},
    `Dear [Candidate Name],

Thank you for your interest in the [Job Title] position at [Company Name] and for taking the time to apply.

We received a high volume of applications for this role. After careful consideration, we regret to inform you that we will not be moving forward with your application at this time.

We wish you every success in your job search.

Kind regards,
[Your Name]
[Your Title]
[Company Name]`, 'Your application for [Job Title] at [Company Name]'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Harriet,

Thank you for applying for the role of Marketing Executive at Penrose & Hale.

We have now reviewed all applications against the requirements of the role, and I am sorry to let you know that on this occasion we will not be taking your application further. We received applications from candidates whose experience more closely matched what we are looking for.

With your permission, we would like to keep your CV on file for six months in case a suitable vacancy arises. If you would prefer us not to, simply reply to this email and we will delete your details.

Thank you again for your interest in Penrose & Hale.

Kind regards,
Recruitment Team
Penrose & Hale`, 'Update on your application – Marketing Executive'),

  rej('application', ['generic'], { ...door },
    `Hi {{first_name}},

Thanks for applying for the {{job_title}} role at {{company_name}}! We really appreciate your interest.

Unfortunately, we've decided not to move forward with your application for this position. We know this isn't the news you were hoping for.

We're always growing, and we'd love for you to apply for future openings that match your skills. You can see all our open roles at {{careers_page_url}}.

Best,
{{sender_name}}
{{company_name}} Recruiting`, 'Your application to {{company_name}}'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Daniel,

Thank you for applying for the Senior Accountant position at Bridgewell Partners.

We've reviewed your application and, unfortunately, we won't be moving forward. This position requires an active CPA license, and your application indicates that you are still completing the exam sections.

We appreciate the time you took to apply and wish you the best of luck.

Sincerely,
Melissa Grant
Talent Acquisition, Bridgewell Partners`, 'Your application for Senior Accountant at Bridgewell Partners'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Rajesh,

Thank you for applying for the [Job Title] role at Corvel Logistics.

We were impressed by your background. However, having reviewed your application, we feel that your level of experience is significantly above what this position requires, and we are concerned that the role would not offer you enough challenge or room to grow.

For that reason we will not be progressing your application on this occasion. We would be very happy to consider you for more senior roles as they become available, and we will keep your details in our talent pool.

Best regards,
[Recruiter Name]
Corvel Logistics`, 'Your application for [Job Title] at Corvel Logistics'),

  rej('application', ['salary'], { ...fb },
    `Dear [Candidate Name],

Thank you for applying for the position of [Job Title] with [Company Name].

We have reviewed your application carefully. Unfortunately, the salary expectation you stated in your application is above the budgeted range for this position, and we are therefore unable to move forward.

We appreciate your interest and wish you the best in your search.

Sincerely,
[Hiring Manager Name]`, 'Regarding your application'),

  rej('application', ['location'], { ...fb, ...door },
    `Dear Tomasz,

Thank you for your application for the Graduate Software Engineer role at Northcote Systems.

Unfortunately we are unable to progress your application. This role requires the right to work in the UK without sponsorship, and we are not currently able to offer visa sponsorship for any of our graduate positions.

Should your circumstances change, we would welcome an application from you in the future.

Kind regards,
Graduate Recruitment
Northcote Systems Ltd`, 'Your application to Northcote Systems'),

  rej('application', ['internal_candidate'], {},
    `Dear Ms Okafor,

Thank you for applying for the position of Practice Manager at Lindqvist Dental Group.

I am writing to let you know that the position has been filled by an internal candidate. As a result, we will not be progressing external applications any further.

Thank you for your interest in working with us.

Kind regards,
Operations Team
Lindqvist Dental Group`, 'Practice Manager position – update'),

  rej('application', ['role_closed'], {},
    `Subject: An update on the [Job Title] position

Hi [First Name],

Thank you for applying for the [Job Title] role at Fernhollow.

We wanted to let you know that, due to changes in our business priorities, we have decided to cancel this position. This means we will not be moving forward with any applications for the role, including yours.

This decision has nothing to do with your qualifications, and we're sorry for any inconvenience.

Thanks again for your interest,
The Fernhollow Talent Team`, 'An update on the [Job Title] position'),

  rej('application', ['position_filled', 'profile_mismatch'], { ...door },
    `Dear Mr. Alvarez,

Thank you for submitting your application for the Facilities Coordinator position with Brookstone Property Group.

We are writing to inform you that the position has been filled by a candidate whose qualifications more closely aligned with the needs of the role.

We will keep your résumé on file for the next twelve months and will contact you should a position matching your experience become available.

Sincerely,
Human Resources Department
Brookstone Property Group`, 'Facilities Coordinator – Application Status'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Candidate,

Greetings from Vardhan Infotech Pvt. Ltd.!

Thank you for showing interest in the position of [Designation] with our organisation. We have carefully gone through your profile and regret to inform you that it has not been shortlisted, as it does not match our current requirement.

We shall retain your resume in our database and get in touch with you in case any suitable opening arises in the future.

Wishing you all the best.

Thanks & Regards,
HR Department
Vardhan Infotech Pvt. Ltd.`, 'Status of your application – Vardhan Infotech'),

  rej('application', ['generic'], { ...offered },
    `Dear Jessica,

Thank you for your application for the position of Client Services Officer with Wattle & Finch Financial.

We received a large number of applications from a strong field of candidates. After careful review, we regret to advise that your application has been unsuccessful on this occasion.

If you would like feedback on your application, please contact [Recruiter Name] on [phone number].

We thank you for your interest in Wattle & Finch and wish you all the best for the future.

Kind regards,
People & Culture
Wattle & Finch Financial`, 'Client Services Officer – Application Outcome'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying for the [Job Title] role.

Due to the very high number of applications we received, we are unable to provide individual feedback. We regret to inform you that you have not been selected to progress to the next stage of our recruitment process.

Thank you for your interest in [Company Name].

Yours faithfully,
Recruitment Team`, 'Your recent application'),

  rej('application', ['profile_mismatch', 'location'], { ...fb },
    `Hi Kwame,

Thank you for applying for the Field Sales Representative position at Hartwell Supply.

After reviewing applications, we've decided to move forward with candidates whose experience is a closer match to this role. In addition, this territory requires the representative to live within the Denver metro area, and your application lists an address in Phoenix.

We appreciate your interest in Hartwell and wish you all the best in your search.

Thanks,
Rebecca
Recruiting | Hartwell Supply Co.`, 'Your application for Field Sales Representative at Hartwell Supply'),

  rej('application', ['culture_fit'], {},
    `Dear [Candidate Name],

Thank you for your application to join the team at Sproutly.

We take culture fit very seriously, and after reviewing your application we don't believe this role would be the right fit for you or for our team at this stage. We won't be moving forward with your application.

We appreciate your interest and wish you the best.

Warm regards,
The Sproutly People Team`, 'Your application to Sproutly'),

  rej('application', ['profile_mismatch'], {},
    `Dear Olumide,

Thank you for applying for the Operations Analyst role at Keswick Freight.

After reviewing your application, we have decided not to move forward. While your background is impressive, we felt that your experience was not the strongest match for this particular position. [insert specific feedback]

We appreciate the time you invested and wish you every success in your career.

Kind regards,
Laura Fenwick
Talent Partner, Keswick Freight`, 'Your application for Operations Analyst at Keswick Freight'),

  rej('application', ['generic'], {},
    `Hi {{first_name}}, thanks for applying to {{company}}. We won't be progressing your application for {{job_title}}. Best of luck! – {{company}} Talent`, '{{company}}: application update'),

  rej('application', ['role_closed'], { ...door },
    `Dear Sarah,

Thank you for your application for the Learning & Development Partner role at Calloway Insurance.

I am writing to let you know that the business has decided to put this role on hold for the foreseeable future. As a result, we have closed the vacancy and will not be progressing any applications at this time.

We are sorry to disappoint you. We will keep your details and will contact you if the role is reopened or a similar opportunity arises.

Best wishes,
Talent Acquisition
Calloway Insurance`, 'Learning & Development Partner – vacancy closed'),

  rej('application', ['generic'], { ...door },
    `Dear Aisha,

Thank you for applying to the 2025 Graduate Programme at Merrow Consulting.

We received more than 6,000 applications for around 40 places this year. Having carefully reviewed your application, we are sorry to tell you that we are unable to offer you a place at the next stage of the process.

We know this is disappointing. You are very welcome to apply again for next year's programme, which opens in September.

With best wishes,
Graduate Recruitment Team
Merrow Consulting`, 'Merrow Graduate Programme 2025 – your application'),

  rej('application', ['skills_gap', 'salary'], { ...fb },
    `Hi Marta,

Thanks for applying for the Freelance Localisation Project Manager role at Lingofold.

We've reviewed your profile and unfortunately won't be taking your application forward. The role needs fluent written Japanese for reviewing vendor work, which isn't listed among your languages, and the day rate you quoted (€650) is well above our budget for this contract.

Thanks again for your interest and good luck with your search.

Best,
Ines
Vendor Management, Lingofold`, 'Your application for Localisation Project Manager'),

  rej('application', ['profile_mismatch'], { ...door },
    `Subject: Your application for Junior Data Analyst at Halberd Analytics

Dear Ethan,

Thank you for your interest in the Junior Data Analyst role at Halberd Analytics. We appreciate the time and effort you put into your application.

After careful consideration, we have decided to proceed with other applicants whose profiles better match the requirements of this role.

[Optional: add a sentence mentioning something positive about the candidate's application.]

We encourage you to keep an eye on our careers page and apply for future roles that match your experience.

Kind regards,
Priya Nair
Talent Team, Halberd Analytics`, 'Your application for Junior Data Analyst at Halberd Analytics'),

  // ── Rejections: after a phone or recruiter screen
  rej('screen', ['generic'], {},
    `Hi [Candidate Name],

Thank you for taking the time to speak with me about the [Job Title] position at [Company Name]. I enjoyed learning more about your background and experience.

After careful consideration, we have decided not to move forward with your candidacy at this time.

I appreciate your interest in [Company Name] and wish you the best of luck in your job search.

Best regards,
<Recruiter Name>`, 'Update on your candidacy'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Jordan,

Thanks again for jumping on a call with me on Tuesday to talk about the Product Marketing Manager role at Kitewell.

I've discussed your application with the hiring team. Unfortunately, the compensation you're targeting ($165k base) is above the range we've budgeted for this position, and we don't have flexibility to close that gap, so we won't be moving forward.

You have a great background, and if a more senior role opens up that fits your expectations, I'd love to reach back out.

All the best,
Natalie Ruiz
Recruiting, Kitewell`, 'Product Marketing Manager at Kitewell'),

  rej('screen', ['location'], { ...fb },
    `Hi Brandon,

Thanks for your time on the phone last week. I really enjoyed our conversation about the Support Engineer role.

As we discussed, this position is based in our Austin office five days a week. Since you let me know you're only looking for fully remote roles, we've decided not to move forward with your application.

Thanks again, and good luck with your search.

Kayla
Talent Acquisition | Ridgeline Software`, 'Support Engineer – next steps'),

  rej('screen', ['location'], { ...fb, ...door },
    `Dear {{candidate_name}},

Thank you for speaking with our recruitment team about the {{job_title}} position.

Following our screening call, we have reviewed your eligibility to work in the country where this role is based. Unfortunately, we are unable to provide visa sponsorship for this position, and we will therefore not be able to progress your application.

We encourage you to review our future openings, as some of our roles do offer sponsorship.

Kind regards,
{{recruiter_name}}
{{company_name}}`, 'Your application for {{job_title}}'),

  rej('screen', ['profile_mismatch'], { ...offered },
    `Hi Emily,

Thank you for speaking with me about the Customer Insights Manager role at Thornbury Retail. I enjoyed hearing about your work at your current company.

After reviewing our conversation with the hiring manager, we've decided to move forward with candidates whose experience more closely aligns with the needs of this role.

If you'd like any feedback from our call, just reply to this email and I'd be happy to share some thoughts.

Best wishes,
Georgia Marsh
Senior Recruiter, Thornbury Retail`, 'Customer Insights Manager – update'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Marcus,

Thank you for the call yesterday about the CRM Administrator role.

After discussing it with the hiring manager, we need someone with hands-on Salesforce administration experience from day one, including building flows and managing permission sets. From our conversation, your CRM experience has mostly been on the user side in HubSpot, so we won't be progressing your application.

I appreciate your time and wish you luck with the rest of your search.

Thanks,
Alicia Romero
Recruiter, Greyfield Health`, 'CRM Administrator – your application'),

  rej('screen', ['overqualified'], { ...fb, ...door },
    `Dear Fiona,

Thank you for taking the time to speak with me on Thursday about the Team Coordinator vacancy.

Having reflected on our conversation, we feel that your eleven years of management experience go well beyond what this role requires, and we do not think it would give you the scope you are looking for. We have therefore decided not to take your application further.

That said, I would very much like to keep your details on file, as we expect to recruit for more senior operations roles later in the year.

Kind regards,
Claire Whitlock
HR Business Partner, Amberley Housing Association`, 'Team Coordinator – following our call'),

  rej('screen', ['culture_fit'], {},
    `Hi {{first_name}},

Thanks so much for chatting with us about the {{role}} position! We loved getting to know you a bit better.

After our call, we've decided that this isn't quite the right fit for our team and culture right now, so we won't be moving forward.

We're grateful you took the time and we wish you all the best.

Cheers,
{{recruiter_first_name}} at {{company}}`, 'Following up on our call'),

  rej('screen', ['salary', 'location'], { ...fb },
    `Dear Ravi,

Thank you for the phone conversation on Monday regarding the Senior Network Engineer position at Oakhurst Bank.

Having reviewed the details you shared, we are unable to proceed with your application. The salary expectation you mentioned (£92,000) is above the agreed band for this role, and the position requires attendance at our Leeds office at least three days per week, which you indicated would not be possible.

Thank you for your interest in Oakhurst Bank.

Yours sincerely,
Daniel Hughes
Talent Acquisition Partner`, 'Senior Network Engineer – Oakhurst Bank'),

  rej('screen', ['generic'], { ...door },
    `Dear Sneha,

Thank you for attending the telephonic interview for the position of Associate – Customer Operations with Kalyani Financial Services.

We regret to inform you that we will not be able to take your candidature forward at this stage. We appreciate your interest in Kalyani Financial Services.

Your profile will be kept in our database and we will get in touch with you for any future opening matching your profile.

Wishing you the very best.

Regards,
Talent Acquisition Team
Kalyani Financial Services Ltd.`, 'Your candidature for Associate – Customer Operations'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Liam,

Thanks heaps for your time on the phone on Wednesday to chat about the Site Supervisor role with Coastways Construction.

We've now completed our phone screens, and unfortunately we won't be progressing your application to interview. We were looking for a background that lines up a bit more closely with the role, and other candidates were a stronger match on this occasion.

We'll keep your details on file and be in touch if something comes up that suits your experience.

Cheers,
Jess Tran
Recruitment Advisor, Coastways Construction`, 'Site Supervisor – Coastways Construction'),

  rej('screen', ['internal_candidate'], {},
    `Dear [Candidate Name],

Thank you for speaking with us regarding the [Job Title] role at Harcourt Publishing. We appreciated the opportunity to learn more about you during our call.

We are writing to let you know that we have decided to fill this position with an internal candidate. Consequently, we will not be progressing external applications further.

Thank you again for your time and interest.

Kind regards,
Harcourt Publishing HR`, 'Update on your application'),

  rej('screen', ['position_filled', 'profile_mismatch'], {},
    `Hi Sam,

Thank you for your time on our call last week regarding the Account Executive opening.

I wanted to let you know that we have offered the role to another candidate whose experience was a closer match for what the team needs, and they have accepted.

I appreciate your interest in Brightwave and wish you success in your search.

Best,
Tara
Brightwave Recruiting`, 'Account Executive – update'),

  rej('screen', ['role_closed'], { ...door },
    `Hi Priya,

Thank you for speaking with me about the UX Writer role at Lumenhaus. I enjoyed our conversation.

Unfortunately, following a review of our budget for the coming year, the company has decided not to go ahead with hiring for this position. We are therefore closing the role and won't be continuing with any candidates.

I'm sorry to bring you this news. If the role is reopened, or a similar one is approved, I'll reach out to you first.

Best,
Hannah Lee
Talent Partner, Lumenhaus`, 'UX Writer – role update'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Connor,

Thank you for taking the time to speak with me about the Operations Manager position at Stellan Foods.

After discussing your application with the hiring team, we have decided not to move forward at this stage. We are looking for a candidate with more experience in [specific area], and we felt other applicants were a closer match.

Thanks again for your interest, and best of luck in your search.

Regards,
Megan
Stellan Foods Talent Team`, 'Operations Manager – Stellan Foods'),

  rej('screen', ['generic'], {},
    `Dear Ms. Hoang,

Thank you for participating in a phone screen for the Program Coordinator position with the Eastfield Community Foundation.

After careful consideration, we have selected other candidates to continue in the process. Due to the number of candidates we speak with, we are unable to provide individual feedback on phone screens.

We appreciate your interest in our mission.

Sincerely,
Human Resources
Eastfield Community Foundation`, 'Program Coordinator – status update'),

  rej('screen', ['profile_mismatch', 'culture_fit'], {},
    `Hi [First Name],

Thank you for taking the time to chat with us about the [Role] position at Quokka Labs.

After our call, we've decided not to move forward. We felt your experience wasn't quite the match we need for this role, and we're not sure the fit with our team is there right now.

We really appreciate your interest and hope you find the right opportunity soon.

Thanks,
[Recruiter Name]
Quokka Labs`, 'Your candidacy at Quokka Labs'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hi Naomi,

Thanks for chatting with me on Friday about the Community Manager role at Pebblebox.

I wanted to be upfront with you. You mentioned that you do your best work with a clear plan set a quarter ahead and a single manager to report to. Our community team works in a very unstructured way – priorities change weekly and you'd be answering to three product leads – so we don't think it would be the right environment for you, and we won't be moving forward.

Thank you for being so open on the call, and good luck with your search.

Dan
People, Pebblebox`, 'Community Manager at Pebblebox'),

  // ── Rejections: after an online test, skills test, take-home or assignment
  rej('assessment', ['assessment'], {},
    `Dear [Candidate Name],

Thank you for completing the [Assessment Name] as part of your application for the [Job Title] role at [Company Name].

We have now reviewed your results. Unfortunately, your assessment did not meet the standard required to progress to the next stage of our selection process, and we will not be moving forward with your application.

We appreciate the time and effort you put into the assessment and wish you the best in your future endeavours.

Kind regards,
[Recruiter Name]
[Company Name]`, 'Your [Job Title] assessment results'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Joseph,

Thank you for completing the online numerical reasoning test for the Finance Graduate Scheme at Ardmore Water.

Your overall score was 58%. The pass mark required to progress to the video interview stage is 70%, so unfortunately we are unable to take your application further on this occasion.

Thank you for your interest in Ardmore Water.

Yours sincerely,
Early Careers Team
Ardmore Water plc`, 'Finance Graduate Scheme – test result'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Ana,

Thank you for submitting the take-home exercise for the Backend Engineer role. We know it takes real time and we appreciate it.

Our engineers have reviewed your submission. While the core endpoints worked, the solution did not include any automated tests, and the list endpoint returned every record at once rather than supporting pagination, which were two of the main things the exercise asked for. As a result, we've decided not to move you forward to the interview stage.

Thanks again for your effort, and best of luck.

Best,
Tobias
Engineering Recruiting, Parcelline`, 'Backend Engineer take-home – outcome'),

  rej('assessment', ['assessment'], { ...offered },
    `Hi {{first_name}},

Thank you for completing the {{assessment_name}} for the {{job_title}} role. We know how much time these take.

Our team has reviewed your submission, and unfortunately we won't be moving forward to the next stage.

If you'd like feedback on your submission, just reply to this email and we'll send over some notes from the reviewers.

Thanks again,
{{recruiter_name}}
{{company_name}}`, 'Your {{assessment_name}} submission'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Mr Patel,

Thank you for attending the skills test for the position of Administrative Assistant (Ref. ADM-2291) with Brackley District Council.

The post requires a minimum typing speed of 50 words per minute and a score of at least 75% in the Excel exercise. Your results were 41 words per minute and 62% respectively, and we are therefore unable to progress your application.

You are welcome to apply for future vacancies with the Council and may retake the skills test after three months.

Yours sincerely,
HR Recruitment
Brackley District Council`, 'Administrative Assistant (ADM-2291) – skills test results'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Candidate,

Thank you for appearing for the online aptitude test conducted by Rathore Software Solutions for the position of Trainee Engineer.

We regret to inform you that you have not cleared the cut-off for this round, and hence your candidature cannot be considered further for this recruitment drive.

You will be eligible to apply again after 6 months from the date of this test.

We wish you success in your career.

Regards,
Campus Recruitment Team
Rathore Software Solutions`, 'Result of Online Aptitude Test – Trainee Engineer'),

  rej('assessment', ['assessment'], { ...offered },
    `Dear Chloe,

Thank you for completing the online psychometric assessments for the Graduate Analyst position with Banksia Energy.

Unfortunately, your results were not competitive enough to progress you to the next stage of the process on this occasion.

If you would like a copy of your assessment feedback report, please contact the recruitment team at [email address] and we will arrange it for you.

We thank you for your interest in Banksia Energy and wish you well.

Kind regards,
Talent Acquisition
Banksia Energy`, 'Graduate Analyst – assessment outcome'),

  rej('assessment', ['assessment', 'profile_mismatch'], {},
    `Hi Leon,

Thank you for completing the case study for the Strategy Associate position.

We have reviewed your case study alongside your overall application. Unfortunately, we've decided not to progress your candidacy. Your case study was not as strong as others we received, and overall we felt other candidates' backgrounds were a closer match for the role.

We appreciate the time you invested and wish you the best.

Regards,
[Name]
Recruiting Team, Calder & Finch`, 'Strategy Associate – case study outcome'),

  rej('assessment', ['position_filled', 'assessment'], {},
    `Dear Amelia,

Thank you for completing the writing assignment for the Content Editor position at Folio Health.

We have now reviewed all submissions and offered the position to the candidate whose assignment scored highest. We are sorry to let you know that you were not successful on this occasion.

Thank you for the time you put into the assignment.

Kind regards,
[Hiring Manager]
Folio Health`, 'Content Editor – assignment outcome'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Mr Becker,

Thank you for completing the technical assessment for the SAP FICO Consultant role with Helvion Consulting.

Having reviewed your results, we will not be taking your application forward. Your answers in the asset accounting section were below the level we require, and the role also requires business-fluent German for client workshops, which your application does not indicate.

Thank you for the effort you put into the assessment.

Kind regards,
Talent Acquisition
Helvion Consulting`, 'SAP FICO Consultant – assessment'),

  rej('assessment', ['role_closed'], {},
    `Hi [Candidate First Name],

Thank you for completing the skills assessment for our [Job Title] role.

We wanted to let you know that the company has decided not to proceed with hiring for this position, and the role has been cancelled. This decision was not related to your assessment, and we're sorry for the time you invested.

We appreciate your understanding.

Best,
Talent Team, Orbitline`, 'An update on the [Job Title] role'),

  rej('assessment', ['internal_candidate'], { ...door },
    `Hi Grace,

Thank you for completing the design task for the Visual Designer role at Mintleaf.

We've just been told that a member of our marketing team has been appointed to the position, so we won't be moving forward with external candidates. This is no reflection on your task, which the team enjoyed looking at.

We'd really like you to apply again when we advertise our next design role.

Cheers,
Mintleaf Talent`, 'Visual Designer – update'),

  rej('assessment', ['assessment'], {},
    `Subject line: Your take-home assignment for Data Scientist at Quanta Retail

Dear Rohit,

Thank you for submitting your take-home assignment for the Data Scientist position at Quanta Retail.

After reviewing your submission, the team has decided not to proceed to the next round. Feedback from the reviewers: [insert specific feedback].

We appreciate your effort and wish you the best for your job search.

Regards,
Quanta Retail Hiring Team`, 'Data Scientist – take-home assignment'),

  rej('assessment', ['generic'], {},
    `Hello Kevin,

Thank you for completing the skills test for the Warehouse Team Lead role with Cartwell Distribution.

We have decided to move forward with other candidates at this time.

Thank you for your interest in Cartwell.

Cartwell Distribution Recruiting`, 'Warehouse Team Lead – application update'),

  rej('assessment', ['salary'], { ...fb },
    `Dear Ankit,

Thank you for completing the technical assignment for the position of Senior Java Developer with Nexora Technologies.

Our team has evaluated your assignment and your overall profile. We regret to inform you that we will not be able to take your candidature forward, as your expected CTC of ₹32 LPA is beyond the approved budget for this position.

We appreciate your interest in Nexora and wish you the very best.

Thanks & Regards,
HR Team
Nexora Technologies`, 'Your candidature – Senior Java Developer'),

  rej('assessment', ['assessment'], {},
    `Dear Applicant,

Thank you for completing the online assessment for the Customer Service Advisor role.

Due to the high volume of applications received, only candidates achieving the highest scores in the assessment have been invited to the next stage. We regret that you have not been successful on this occasion.

Please note that we are unable to provide individual feedback on assessment results.

Yours faithfully,
Resourcing Team`, 'Customer Service Advisor – online assessment'),

  rej('assessment', ['assessment'], { ...fb, ...offered, ...door },
    `Dear Tom,

Thank you for completing the written exercise for the Policy Officer role at the Westmere Foundation.

The panel found your summary of the consultation clear and well organised. However, the exercise asked for three costed recommendations, and your submission included recommendations without any costings, which was the part most heavily weighted in the marking. As a result we will not be inviting you to interview.

If it would help, I am happy to talk through the marking scheme on a short call. We would also welcome your application for future roles at the Foundation.

Best wishes,
Helen Osei
Head of Policy, Westmere Foundation`, 'Policy Officer – written exercise'),

  // ── Rejections: after a first or second interview
  rej('interview', ['generic'], {},
    `Dear [Candidate Name],

Thank you for taking the time to interview for the [Job Title] position at [Company Name]. We enjoyed meeting you and learning more about your skills and experience.

After careful consideration, we regret to inform you that we have decided to pursue other candidates for this position.

We appreciate your interest in [Company Name] and wish you all the best in your future career.

Sincerely,
[Hiring Manager Name]
[Company Name]`, 'Your interview for [Job Title] at [Company Name]'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Oliver,

Thank you for attending an interview for the role of Project Coordinator at Ashcombe Engineering last week. It was a pleasure to meet you.

We had a very strong response to this vacancy, and after careful consideration we have decided to offer the next stage to candidates whose experience more closely matches our current needs.

We would like to keep your details on file and will be in touch should a suitable opportunity arise in the future.

Thank you once again for your time.

Kind regards,
Rachel Downing
HR Advisor, Ashcombe Engineering`, 'Project Coordinator – interview outcome'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Monica,

Thank you for interviewing with our team for the Engineering Manager position at Corvid Labs. We enjoyed hearing about your work on the payments platform.

After discussing as a team, we've decided not to move forward. The team needs someone who has already managed managers, as this role will have two team leads reporting into it, and that's something you haven't had the chance to do yet.

If it's useful, I'm happy to set up a short call to share the rest of the interviewers' feedback.

Best,
Derek Holt
VP Engineering, Corvid Labs`, 'Engineering Manager – Corvid Labs'),

  rej('interview', ['culture_fit'], {},
    `Dear {{candidate_name}},

Thank you for interviewing with us for the {{job_title}} role.

Our team enjoyed speaking with you. However, after careful consideration, we have decided not to proceed, as we do not feel this role would be the right fit with our team culture at this time.

We wish you every success.

Kind regards,
{{hiring_manager}}`, 'Your interview with {{company_name}}'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Isaac,

Thanks for coming in to meet the team on Wednesday for the Junior Producer role.

We've decided not to move forward. The main thing that came up in our debrief was how you described wanting a role where you can go heads-down on your own projects with minimal check-ins. Our studio runs on daily stand-ups and very collaborative, open reviews, and we think that would frustrate you more than suit you.

Thanks again for your time, and I hope you find a team that works the way you do.

Lucy
Studio Manager, Driftwood Games`, 'Junior Producer – Driftwood Games'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Chen,

Thank you for taking the time to interview for the Procurement Specialist role at Meridian Foods.

After careful consideration, we have decided to move forward with a candidate whose experience more closely matches our requirements. [Insert specific feedback from the interview panel here.]

If you would like to discuss the outcome further, please feel free to contact me on [phone number].

Kind regards,
Sophie Lambert
Talent Acquisition, Meridian Foods`, 'Procurement Specialist – interview outcome'),

  rej('interview', ['profile_mismatch'], { ...fb },
    `Dear Ms Adeyemi,

Thank you for interviewing for the Stakeholder Engagement Manager role at Greenvale Trust.

After careful consideration, we have decided not to offer you the position. Specifically, the panel felt that your answers on managing difficult stakeholders stayed at a general level and did not give concrete examples of situations you had handled yourself, and other candidates scored more highly on this part of the interview.

We appreciate the time you invested in the process and wish you every success.

Yours sincerely,
Mark Ellison
Head of Partnerships, Greenvale Trust`, 'Stakeholder Engagement Manager – interview outcome'),

  rej('interview', ['internal_candidate', 'position_filled'], {},
    `Hi Harvey,

Thank you for interviewing with us for the Regional Sales Manager position.

I wanted to let you know that we have offered the role to an internal candidate, who has accepted. While we were impressed with your background, we won't be moving forward with your application.

Thank you for your time and interest in Coldbrook.

Best regards,
Nicole Vance
HR Manager, Coldbrook Beverages`, 'Regional Sales Manager – update'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Zara,

Thank you for interviewing with us for the Marketing Coordinator role. We really enjoyed meeting you.

I'm writing to let you know that the position has now been filled. It was a tough decision and we were grateful to have met so many talented people.

We'll keep your resume on file and reach out if a role opens up that matches your skills.

Take care,
Julia
Bellweather Events`, 'Marketing Coordinator – position filled'),

  rej('interview', ['role_closed'], {},
    `Dear [Candidate Name],

Thank you for interviewing for the [Job Title] position with us.

Due to a change in our business needs, the position has been put on hold indefinitely, and we have made the decision to close the current recruitment process. We will therefore not be proceeding with your candidacy.

We sincerely apologise for any inconvenience and appreciate the time you invested in the process.

Best regards,
[Company Name] Human Resources`, 'Update on [Job Title] recruitment'),

  rej('interview', ['overqualified', 'salary'], { ...fb },
    `Dear Mr. Lindqvist,

Thank you for meeting with Jane and me on Monday to discuss the Inventory Planner role.

We enjoyed the conversation, but we have decided not to continue with your application. With your background as a supply chain director, we feel you are considerably more senior than this position, and the salary you mentioned is well beyond the range we can offer for it.

We thank you for your interest and wish you well in your search.

Sincerely,
Caroline Pierce
Director of Operations, Halsted Manufacturing`, 'Inventory Planner – Halsted Manufacturing'),

  rej('interview', ['salary'], { ...fb },
    `Hi Tyler,

Thanks again for interviewing with our team for the Site Reliability Engineer role.

The team enjoyed meeting you. However, after reviewing the compensation expectations you shared ($210k), we're not able to get close to that number for this level, so we've decided not to move forward with an offer.

We really appreciate your time and wish you the best of luck.

Best,
Morgan
Recruiting, Stackmoor`, 'SRE role at Stackmoor'),

  rej('interview', ['location'], { ...fb },
    `Dear Ms. Fernandes,

Thank you for interviewing for the Clinical Research Associate position with Arbor Biosciences.

Following your interview, we reviewed the requirements of the role again. The position requires the successful candidate to be based within commuting distance of our Boston office and to be authorized to work in the United States without sponsorship. As we are unable to sponsor a work visa for this role, we will not be moving forward with your application.

Thank you for your interest in Arbor Biosciences.

Sincerely,
Talent Acquisition
Arbor Biosciences`, 'Clinical Research Associate – application status'),

  rej('interview', ['position_filled', 'profile_mismatch'], {},
    `Dear Kieran,

Thank you for attending a second interview for the Business Development Manager role at Ferrisbrook.

We have now concluded the interview process and have offered the position to another candidate whose experience was more closely aligned with the requirements of the role.

I appreciate the time you gave to both interviews and wish you every success in the future.

Kind regards,
Alison Parry
Managing Director, Ferrisbrook`, 'Business Development Manager – second interview'),

  rej('interview', ['generic'], { ...door },
    `Dear Mr. Karthik Subramanian,

Thank you for appearing for the personal interview for the position of Assistant Manager – Accounts at Shreeram Polymers Ltd.

We regret to inform you that you have not been selected for the said position. We appreciate the time and interest shown by you.

Your resume will be kept in our records and we shall contact you if a suitable vacancy arises in future.

With best wishes,
HR Department
Shreeram Polymers Ltd.`, 'Result of Personal Interview – Assistant Manager Accounts'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Hamish,

Thank you for attending an interview for the position of Environmental Officer with Tasman Shire Council.

After careful consideration, the selection panel has decided that other applicants more closely met the selection criteria for the role. Unfortunately your application has been unsuccessful on this occasion.

If you would like feedback on your interview, please contact the panel convenor, [Name], on [phone number].

Thank you for your interest in working with Council.

Yours sincerely,
People & Culture
Tasman Shire Council`, 'Environmental Officer – interview outcome'),

  rej('interview', ['generic'], {},
    `Dear Beatrice,

Thank you for interviewing for the Legal Secretary role at Whitcombe Barnes LLP.

I am sorry to let you know that you have not been successful on this occasion.

In line with firm policy, we are unable to provide feedback on individual interviews. We appreciate your understanding and thank you for your interest in the firm.

Kind regards,
HR Team
Whitcombe Barnes LLP`, 'Legal Secretary – interview outcome'),

  rej('interview', ['generic'], { ...offered },
    `Hi {{first_name}},

Thanks for taking the time to interview with us for the {{job_title}} role. We really enjoyed getting to know you. [Personalise: mention one thing you enjoyed about the conversation.]

After a lot of discussion, we've decided to move forward with other candidates for this position.

We know interviewing takes real effort, and we want to make this useful for you. If you'd like feedback from the interview team, just reply and we'll set up a quick call.

Thanks again,
{{interviewer_name}}
{{company_name}}`, 'Your interview with {{company_name}}'),

  rej('interview', ['skills_gap', 'culture_fit'], { ...fb },
    `Hi Diego,

Thanks for meeting with the data team on Tuesday for the Analytics Engineer role.

After the debrief, we've decided not to move forward. Two things came up: the role leans heavily on dbt and modelling in a warehouse, and your experience so far is mostly in notebook-based analysis; and when we talked about code review, you said you prefer to ship first and have review afterwards, whereas our team reviews every change before it merges.

We appreciate your time and wish you the best.

Cheers,
Hana
Head of Data, Lattice Lane`, 'Analytics Engineer – Lattice Lane'),

  rej('interview', ['generic'], { ...door },
    `Dear [Candidate Name],

Thank you for taking the time to interview with the Orchard House team for the Events Assistant role. We enjoyed meeting you and hearing about your experience at Bramble Weddings.

After careful consideration, we have decided to progress with other candidates on this occasion.

We would be delighted to hear from you again in the future, and we encourage you to apply for other roles with us as they come up.

Warm regards,
Ellen Shaw
Orchard House Events`, 'Events Assistant – Orchard House'),

  rej('interview', ['generic'], {},
    `Hi Pete – thanks for coming in on Thursday. We've decided not to take things further for the Barista Supervisor role. Appreciate your time. – Lena, Ground Floor Coffee`, 'Barista Supervisor'),

  rej('interview', ['profile_mismatch'], {},
    `<p>Dear Yasmin,</p><p>Thank you for interviewing with us for the <b>Finance Business Partner</b> role at Corrigan Group.</p><p>After careful consideration, we have decided to proceed with candidates whose experience more closely aligns with the requirements of the position.</p><p>We appreciate your interest in Corrigan Group and wish you every success.</p><p>Kind regards,<br>Talent Acquisition<br>Corrigan Group</p><p style="font-size:10px;color:#888">This email was sent via Workable. Please do not reply.</p>`, 'Finance Business Partner at Corrigan Group'),

  rej('interview', ['role_closed', 'internal_candidate'], {},
    `Dear Ms Whitfield,

Thank you for attending an interview for the post of Communications Lead.

Following a review of the department's structure, the organisation has decided not to recruit to this post. Its responsibilities will be absorbed by an existing member of the Communications team, and the recruitment has therefore been closed.

We apologise for any disappointment and thank you for your time.

Yours sincerely,
Human Resources
Ravensworth College`, 'Communications Lead – recruitment closed'),

  // ── Rejections: after a final interview, final round or onsite
  rej('final', ['generic'], { ...offered },
    `Dear [Candidate Name],

Thank you for participating in the final round of interviews for the [Job Title] position at [Company Name]. We truly appreciate the time and effort you invested throughout our hiring process.

This was a difficult decision, as we met with several highly qualified candidates. After careful deliberation, we have decided to move forward with another candidate.

If you would like feedback on your interviews, please let me know and I would be happy to arrange a call.

Thank you again for your interest in [Company Name].

Best regards,
[Hiring Manager Name]
[Title]`, 'Update on your candidacy for [Job Title]'),

  rej('final', ['position_filled'], { ...door },
    `Hi Lauren,

Thank you so much for coming onsite last week and meeting with the team. I know a full day of interviews is a lot, and everyone enjoyed spending time with you.

I wanted to let you know personally that we extended an offer to another candidate for the Product Designer role, and they have accepted. This was a really close decision.

We'd love to stay in touch. I'll keep your details handy and reach out when our next design role opens.

Warmly,
Jonah Price
Design Lead, Fieldnote`, 'Product Designer at Fieldnote'),

  rej('final', ['profile_mismatch'], { ...door, ...offered },
    `Dear Sanjay,

Thank you for attending the final interview for the Head of Procurement role at Caldwell Group. The panel enjoyed meeting you and it was a very close decision.

After careful consideration, we have decided to move forward with a candidate whose experience was slightly more aligned with our current priorities.

I would be very happy to give you feedback from the panel if that would be helpful – please let me know a time that suits you for a call. We would also like to keep your details on file for future senior opportunities.

Kind regards,
Helen Carter
Group HR Director, Caldwell Group`, 'Head of Procurement – final interview outcome'),

  rej('final', ['skills_gap'], { ...fb },
    `Hi Rachel,

Thank you for making it through to the final round for the Senior Data Engineer role, and for spending the afternoon with us.

We've decided not to extend an offer. The deciding factor was streaming: the team is moving our pipelines onto Kafka this year, and we need someone who has already run streaming systems in production, which you haven't yet had the chance to do.

Thanks for the energy you brought to every conversation, and all the best.

Kind regards,
Arjun Mehta
Engineering Manager, Tidewell`, 'Senior Data Engineer – final round'),

  rej('final', ['internal_candidate', 'profile_mismatch'], {},
    `Dear Mr Olsen,

Thank you for attending the final panel interview for the position of Finance Manager.

Following the final interviews, the panel has decided to appoint an internal candidate whose knowledge of our systems and operations was felt to be a closer match for the needs of the role at this time.

Thank you for your interest in Hollins Group and for the time you gave to the process.

Yours sincerely,
Recruitment Team
Hollins Group`, 'Finance Manager – outcome of final interview'),

  rej('final', ['role_closed'], {},
    `Dear {{candidate_name}},

Thank you for taking part in the final stage of our selection process for the {{job_title}} role.

We regret to inform you that, due to an organisational restructure, the role has been withdrawn and we will not be making an appointment. We understand how disappointing this news is after you have reached the final stage, and we sincerely apologise.

Thank you for your time and understanding.

Kind regards,
{{recruiter_name}}
{{company_name}}`, '{{job_title}} – role withdrawn'),

  rej('final', ['salary', 'position_filled'], { ...fb },
    `Hi Chris,

Thank you for coming in for the final interview for the Head of Growth role and for the thoughtful conversation with our founders.

After the final interviews, we've offered the role to another candidate. Part of our decision came down to compensation: the package you outlined ($240k plus equity) was significantly above what we can afford at our stage, and the other finalist's expectations were within our range.

We really appreciate your time, and I hope our paths cross again.

Best,
Sarah Kim
COO, Loomly`, 'Head of Growth – Loomly'),

  rej('final', ['culture_fit'], {},
    `Dear [Candidate Name],

Thank you for taking part in our onsite interviews for the [Job Title] position. We appreciated the opportunity to get to know you.

After careful consideration, we have concluded that we are looking for a different fit for our team and culture, and we will not be moving forward with your candidacy.

We wish you the best of luck in your search.

Sincerely,
[Hiring Manager Name]`, 'Your onsite interview with [Company Name]'),

  rej('final', ['overqualified'], { ...fb, ...door },
    `Dear Margaret,

Thank you for attending the final interview for the Deputy Office Manager post at Kingsmead Solicitors.

The panel were impressed with you. However, having spent fifteen years running the operations of a much larger firm, you are very much more senior than this role, and we are concerned that it would not hold your interest for long. We have therefore decided not to take your application further.

If a more senior position becomes available, we would very much like to contact you.

Kind regards,
Janet Moore
Practice Director, Kingsmead Solicitors`, 'Deputy Office Manager – final interview'),

  rej('final', ['location'], { ...fb },
    `Hi Yuki,

Thanks for taking part in the final round for the Solutions Architect role.

The panel really enjoyed your system design session. Unfortunately, in the final review with our legal team we confirmed that we can't sponsor an H-1B transfer for this position, so we're unable to extend an offer.

I'm sorry this came up so late in the process, and I wish you the very best.

Best,
Amanda Cole
Senior Recruiter, Northbeam`, 'Solutions Architect – final round'),

  rej('final', ['generic'], { ...door },
    `Dear Ms. Divya Menon,

Thank you for attending the final HR round for the position of Deputy Manager – Marketing at Sundaram Retail Pvt. Ltd.

After a thorough evaluation, we regret to inform you that we will not be able to extend an offer to you at this point of time.

We will retain your profile in our talent database and will reach out to you for suitable future openings.

Wishing you success in all your endeavours.

Warm regards,
Human Resources
Sundaram Retail Pvt. Ltd.`, 'Final interview outcome – Deputy Manager Marketing'),

  rej('final', ['position_filled'], { ...offered },
    `Dear Ben,

Thank you for attending the final panel interview for the position of Operations Lead with Southern Cross Logistics.

The selection process is now complete, and we have offered the role to another applicant who has accepted. We are sorry to advise that you have been unsuccessful on this occasion.

Should you wish to receive feedback from the panel, please contact [Recruitment Officer] on [phone] and a time will be arranged.

Kind regards,
Talent Acquisition
Southern Cross Logistics`, 'Operations Lead – final panel outcome'),

  rej('final', ['position_filled'], {},
    `Dear Kofi,

Thank you for participating in the final interview for the Head of Customer Service role at Pemberley Homes.

We have decided to offer the position to another candidate. The panel's feedback on your interview was: [insert specific feedback].

We appreciate the time you spent with us throughout the process and wish you every success.

Kind regards,
[Hiring Manager Name]
Pemberley Homes`, 'Head of Customer Service – final interview'),

  rej('final', ['generic'], {},
    `Dear Hannah,

Thank you for your interest in the Senior Policy Adviser role and for attending the final interview as one of our shortlisted candidates.

After careful consideration of all finalists, the panel has decided not to offer you the post on this occasion.

Thank you for your time and for the effort you put into the process.

Yours sincerely,
Recruitment Team
Eastgate Institute`, 'Senior Policy Adviser – outcome'),

  rej('final', ['position_filled', 'skills_gap'], { ...fb, ...offered },
    `Hi Alex,

Thanks for spending the day with us at the onsite for the Staff Product Manager role. Everyone enjoyed meeting you.

We've made an offer to another candidate, and they've accepted. The panel felt strongly about your product sense; the gap for this role was B2B pricing and packaging, which the person we hired has led at two companies and which is central to this year's roadmap.

If you'd like the rest of the panel's notes, I'm happy to share them on a call.

Best,
Ruth
Head of Product, Ledgerline`, 'Staff Product Manager – onsite outcome'),

  rej('final', ['culture_fit'], { ...fb },
    `Dear Niamh,

Thank you for attending the final interview for the Deputy Head of Year role at St Aidan's Academy.

The panel were impressed by your subject knowledge. However, in discussion about behaviour management, you described a strict zero-tolerance approach that differs from the restorative practice our whole school has committed to, and the panel felt this would not sit well with our pastoral ethos. For this reason we will not be offering you the post.

Thank you for your interest in St Aidan's.

Yours sincerely,
Mrs C. Doherty
Headteacher`, 'Deputy Head of Year – interview outcome'),

  rej('final', ['generic'], {},
    `Dear Candidate,

Thank you for attending the final assessment day for the Commercial Graduate Programme.

Unfortunately, on this occasion you have not been successful in securing a place on the programme. Due to the number of candidates who attend our assessment days, we are unable to provide individual feedback.

We wish you every success in the future.

Graduate Recruitment Team`, 'Commercial Graduate Programme – final assessment day'),

  rej('final', ['position_filled', 'internal_candidate'], { ...door },
    `Hi Maya,

Thank you for coming in for the final round of interviews for the Customer Success Director role.

I wanted to let you know that we've offered the position to a member of our existing leadership team, who has accepted. You were an outstanding finalist, and this was no reflection on you.

We'd love to keep in touch – I'll keep your details in our talent pool and would welcome the chance to speak with you about future roles.

Best regards,
Ella Hart
VP People, Quillstone`, 'Customer Success Director – final round'),

  rej('final', ['location', 'salary'], { ...fb },
    `Dear Mr. Rahman,

Thank you for attending the final interview for the position of Plant Manager at the Geelong facility of Westgate Foods.

After reviewing the outcomes of the final interviews, we regret to advise that we will not be offering you the position. The role requires relocation to Geelong by March, which you indicated would not be possible until later in the year, and the salary you are seeking is above the approved band for the position.

We thank you for your time and wish you well.

Yours sincerely,
Human Resources
Westgate Foods`, 'Plant Manager – final interview outcome'),

  // ── Paused processes: the "hiring on hold" template, candidate still in the running
  hold('application', ['role_closed'], {},
    `Dear [Candidate Name],

Thank you for applying for the [Job Title] position at Redfern Housing.

We are writing to let you know that recruitment for this role has been temporarily paused while we review our staffing budget for the next financial year. Your application has not been unsuccessful and will remain on file for this vacancy.

We expect to provide an update within the next four weeks. Thank you for your patience.

Kind regards,
Recruitment Team
Redfern Housing`, 'Update on [Job Title] – recruitment paused'),

  hold('screen', ['generic'], {},
    `Hi Owen,

Thanks again for the call last week about the Brand Manager role.

I wanted to give you a quick update: the hiring manager is on unexpected leave for the next two weeks, so we've paused interviews until she's back. Nothing has changed with your application – you're still being considered, and I'll be in touch to schedule the next step as soon as we restart.

Thanks for bearing with us,
Kate
Talent Team, Harbourline`, 'Brand Manager – quick update'),

  hold('assessment', ['role_closed'], {},
    `Hi {{first_name}},

Thank you for completing the {{assessment_name}} for our {{job_title}} role.

We wanted to let you know that hiring for this role is currently on hold while our leadership team finalises headcount for the next quarter. We haven't made any decisions about candidates, and your assessment will be reviewed as soon as the role is confirmed.

We expect to have an update for you by {{date}}. Thanks for your patience!

Best,
{{recruiter_name}}`, 'Update on your {{job_title}} application'),

  hold('interview', ['role_closed'], {},
    `Dear Ms Brennan,

Thank you for attending an interview for the role of Compliance Analyst on 14 May.

I am writing to let you know that the business has placed this role on hold while a review of the Risk & Compliance function is completed. This means we are unable to make a decision at present. Your candidacy remains active, and we hope to be able to resume the process within the next month.

We apologise for the delay and will contact you as soon as we have more information.

Kind regards,
Lucy Fairbanks
Recruitment Partner, Denholm Assurance`, 'Compliance Analyst – process on hold'),

  hold('final', ['role_closed'], {},
    `Hi Gabriel,

I know you've been waiting to hear from us since your final interview, and I'm sorry for the silence.

The team was very positive about you. However, our CFO has put all new hires on hold until headcount for Q3 is signed off, which includes the Finance Operations Lead role. You have not been ruled out – we're simply not able to make any offers until the freeze is lifted, which we expect in two to three weeks.

I'll keep you posted as soon as I hear anything.

Best,
Naomi
People Team, Wrenfield`, 'Finance Operations Lead – update'),

  hold('application', ['role_closed'], {},
    `Dear Candidate,

Thank you for applying for the position of Branch Relationship Manager with Vasundhara Capital Finance.

Please note that the hiring for this position has been kept on hold for the time being due to internal business requirements. Your application remains under consideration and you need not apply again.

We will get back to you once the requirement is reopened.

Regards,
HR Team
Vasundhara Capital Finance`, 'Branch Relationship Manager – status of hiring'),

  // ── Look-alikes: the other templates on the same pages
  other(`Dear [Candidate Name],

Thank you for applying for the [Job Title] position at [Company Name]. We have received your application and our hiring team is currently reviewing all submissions.

If your qualifications match our needs, a member of our team will contact you within [number] business days to discuss the next steps.

Thank you again for your interest in [Company Name].

Best regards,
[Your Name]
[Company Name] Recruitment Team`, 'Thank you for applying to [Company Name]'),

  other(`Hi {{first_name}},

Thanks for applying for the {{job_title}} role at {{company_name}}! 🎉

This is a quick note to confirm we've received your application. Our team reviews every application by hand, so please allow up to two weeks for us to get back to you.

In the meantime, feel free to learn more about us on our blog.

Talk soon,
The {{company_name}} Team`, 'We got your application, {{first_name}}!'),

  other(`Dear Candidate,

Greetings from Sarvottam Engineering Services!

This is to acknowledge the receipt of your application for the position of Site Engineer – Civil. Your profile is under review by our recruitment team, and shortlisted candidates will be contacted for the further process.

Kindly do not reply to this mail, as it is system generated.

Thanks & Regards,
HR Team
Sarvottam Engineering Services`, 'Acknowledgement of your application – Site Engineer Civil'),

  other(`Dear [Candidate Name],

Thank you for your patience as we review applications for the [Job Title] role.

We wanted to let you know that our review is taking longer than we expected because of the number of applications we have received. No decisions have been made yet, and your application is still being considered.

We expect to be in touch with an update by [date]. Thank you for your continued interest in [Company Name].

Kind regards,
[Recruiter Name]`, 'Update on your application for [Job Title]'),

  other(`Hi Rosa,

Just a quick note to let you know we haven't forgotten about you! We're still finishing interviews for the Account Manager role this week, and the team expects to make decisions early next week.

I'll be in touch either way by Wednesday the 12th. Thanks so much for your patience.

Best,
Kelsey
Recruiting, Bluefinch`, 'Account Manager – timeline update'),

  other(`Dear Mr Kowalczyk,

Thank you for attending an interview for the Quality Engineer role on 3 June.

Please note that the panel is still completing interviews with the remaining candidates. We expect to be able to inform all candidates of the outcome by 20 June.

Kind regards,
HR Team, Marlowe Precision`, 'Quality Engineer – outcome timeline'),

  other(`Hi [Candidate Name],

Thank you for applying for the [Job Title] role at [Company Name]. We were impressed by your background and would like to invite you to a [30]-minute phone screen with [Recruiter Name].

Please use the link below to choose a time that suits you:
[Calendly link]

If none of the times work, just reply to this email and we'll find an alternative.

Looking forward to speaking with you!

Best,
[Your Name]`, 'Invitation to a phone screen – [Job Title] at [Company Name]'),

  other(`Dear Imogen,

Thank you for your application for the position of Senior Paralegal at Ashdown & Pryce LLP.

We are pleased to invite you to a first interview with Michael Stirling, Partner, and Louise Grant, Head of Practice Support. The interview will take place at our offices at 12 Canning Street on Tuesday 9 April at 2.00pm and will last approximately one hour.

Please confirm your attendance by replying to this email and bring photographic ID with you on the day.

Yours sincerely,
HR Department
Ashdown & Pryce LLP`, 'Interview invitation – Senior Paralegal'),

  other(`Hi Marcus,

Congratulations – the team loved talking with you, and we'd like to invite you to our final onsite for the Senior Frontend Engineer role!

The onsite will be on Thursday, March 14 from 10am to 3pm at our San Francisco office, and will include a pair-programming session, a system design interview, and lunch with the team. I'll send a detailed agenda and names of your interviewers shortly.

Let me know if you have any questions or need accommodations.

Cheers,
Priya
Recruiting, Hollowtree`, 'Onsite interview invitation – Senior Frontend Engineer'),

  other(`Hi {{first_name}},

Thanks for your interest in the {{job_title}} role at {{company_name}}! As the next step in our process, we'd like to invite you to complete a short take-home exercise.

You'll find the brief here: {{assessment_link}}. We expect it to take around 3 hours, and you'll have 5 days to submit it. We value your time, so please don't spend longer than that.

If you have any questions, reply to this email.

Good luck!
{{recruiter_name}}`, 'Next step: take-home exercise for {{job_title}}'),

  other(`Dear Candidate,

Congratulations! Based on your profile, you have been shortlisted for the online assessment for the position of Graduate Engineer Trainee at Prakash Heavy Industries.

The assessment will consist of aptitude, logical reasoning and technical sections and will be conducted online on 22nd June between 10:00 AM and 12:00 PM IST. The test link will be sent to your registered email ID one day before.

Please ensure a stable internet connection and a working webcam.

Regards,
Talent Acquisition Team
Prakash Heavy Industries`, 'Invitation for Online Assessment – GET 2025'),

  other(`Dear [Referee Name],

[Candidate Name] has applied for the position of [Job Title] with [Company Name] and has given your name as a referee.

We would be grateful if you could complete the attached reference form, commenting on the candidate's suitability for the role, their reliability and their working relationships. All information provided will be treated in confidence.

Please return the form by [date]. Thank you for your help.

Yours sincerely,
[HR Contact]
[Company Name]`, 'Reference request for [Candidate Name]'),

  other(`Hi Tom,

Thanks again for coming in for the final interview on Monday – the panel really enjoyed it.

As the next step, could you send me the names and contact details of two professional referees, one of whom should be your current or most recent manager? We won't contact anyone until you've confirmed it's OK.

Speak soon,
Aoife
People Team, Keelwater`, 'Keelwater – references'),

  other(`Dear [Candidate Name],

We are delighted to offer you the position of [Job Title] at [Company Name], starting on [Start Date].

Your starting salary will be [salary] per annum, paid monthly, and you will be entitled to [number] days of annual leave plus public holidays. This offer is subject to satisfactory references and right-to-work checks.

Please sign and return the enclosed copy of this letter by [date] to confirm your acceptance.

We look forward to welcoming you to the team.

Yours sincerely,
[Hiring Manager Name]
[Company Name]`, 'Offer of employment – [Job Title]'),

  other(`Hi Jasmine!

I'm thrilled to let you know that we'd like to offer you the Customer Support Lead role at Tandem! 🎉

The whole team was so impressed with you. Your formal offer letter is attached, with details of salary, benefits and your proposed start date of May 6. Take a look, and let me know if you'd like to jump on a call to go through anything.

Congratulations!

Ryan
Head of Support, Tandem`, 'Offer – Customer Support Lead at Tandem'),

  other(`Dear [Candidate Name],

Thank you for letting us know that you wish to withdraw your application for the [Job Title] position at [Company Name].

We have updated our records accordingly and you will not be contacted further about this role.

We appreciate the time you spent with us and wish you every success in the future.

Kind regards,
[Recruiter Name]`, 'Confirmation of withdrawal – [Job Title]'),

  other(`Hi Aaron,

Thanks for letting me know you've accepted another offer and would like to withdraw from the Growth Marketer process. Congratulations – that's great news!

I've closed your application on our side. If things ever change, we'd love to hear from you, and please don't hesitate to apply again in the future.

All the best,
Mel
Talent, Brightbay`, 'Re: Withdrawing my application'),

  other(`Hi {{first_name}},

We'd love to keep in touch! Join the {{company_name}} Talent Community to hear about new roles, events and news from our teams before anyone else.

Joining takes less than a minute – just click the link below and tell us a bit about the kind of role you're interested in:
{{talent_community_link}}

Hope to see you there!
The {{company_name}} Careers Team`, 'Join the {{company_name}} Talent Community'),

  other(`Dear Nikhil,

Thank you for visiting our stand at the Northern Tech Careers Fair last week.

We would like to invite you to join the Calderon Systems talent pool. Members are the first to hear about new graduate and early-career vacancies, and our recruiters regularly search the pool when new roles open. You can register using the link below.

[Register for the talent pool]

Best wishes,
Early Careers Team
Calderon Systems`, 'Join the Calderon Systems talent pool'),

  other(`Hi there,

You're all set! You've signed up for job alerts from Greenhill Health.

We'll email you when new jobs matching "Nursing – Bristol" are posted. You can change or cancel your alerts at any time from your candidate account.

Thanks for your interest in Greenhill Health.

Greenhill Health Careers`, 'Your job alert has been created'),

  other(`[Company Name] Careers

Hi [First Name], here are new jobs matching your alert "[Alert Name]":

• [Job Title 1] – [Location]
• [Job Title 2] – [Location]
• [Job Title 3] – [Location]

View all jobs: [link]

You are receiving this email because you signed up for job alerts. Unsubscribe: [link]`, 'New jobs matching your alert: [Alert Name]'),

  other(`Hi Sophie,

I'm so sorry, but one of your interviewers for tomorrow's interview for the HR Generalist role is off sick. Would it be possible to move your interview to Friday at the same time, 11am?

If Friday doesn't work, let me know a couple of times that do and I'll rearrange it.

Apologies for the short notice,
Dan
Talent Acquisition, Fenwick & Rowe`, 'Rescheduling your interview – HR Generalist'),

  other(`Dear Victoria,

Thank you for letting us know your decision regarding our offer for the Senior Analyst position. While we are disappointed that you will not be joining us, we fully understand and respect your choice.

It was a pleasure getting to know you during the process. Should your circumstances change in the future, please do not hesitate to get in touch.

With best wishes,
Andrew Collins
Head of Risk, Beaconsfield Capital`, 'Re: Senior Analyst offer'),

  other(`Hi [Candidate Name],

Thank you for interviewing with us for the [Job Title] role today! We hope you enjoyed meeting the team.

The team will be sharing their feedback over the next couple of days, and we aim to get back to you with next steps by [date]. In the meantime, please don't hesitate to reach out if you have any questions.

Best,
[Recruiter Name]`, 'Thank you for interviewing with [Company Name]'),

  other(`Hi {{first_name}},

You recently took part in our hiring process for the {{job_title}} role. Whatever the outcome, we'd love to hear about your experience.

Our candidate survey takes less than 3 minutes and is completely anonymous:
{{survey_link}}

Your answers help us make our process better for everyone. Thank you!

The {{company_name}} Talent Team`, 'How did we do? Tell us about your interview experience'),

  other(`Dear Ms. Oyelaran,

Thank you for attending the interview for the Pharmacy Assistant position. We are pleased to inform you that you have been selected to progress to the pre-employment stage.

Before we can confirm your appointment, please send us the following documents by Friday: proof of your right to work in Australia, a copy of your Certificate III in Community Pharmacy, and a completed police check consent form.

Kind regards,
People & Culture
Kookaburra Pharmacy Group`, 'Pharmacy Assistant – documents required'),
];
