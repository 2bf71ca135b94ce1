/**
 * Development messages of the thirty-fifth round: rejection mail as it most often arrives. About 130 whole messages
 * from as many employers — big tech and start-ups, banks and insurers, consultancies and accountancy firms, retailers
 * and supermarkets, hospitals and health systems, universities and colleges, councils, state and federal agencies,
 * charities, manufacturers, airlines, hotels, agencies and campus-hiring teams in the US, the UK, Ireland, India,
 * Australia, Canada, Singapore and continental Europe. The bulk are the short and medium templates of applicant-tracking
 * systems (Workday, Greenhouse, Lever, iCIMS, Taleo, SmartRecruiters, SuccessFactors, Ashby, Teamtailor, Workable,
 * BambooHR, PageUp, Jobvite, Personio, Recruitee and others), each worded differently: "after careful consideration",
 * "other candidates whose qualifications more closely match", "we will keep your resume on file", "we encourage you to
 * apply for future openings", "due to the high volume of applications we are unable to provide individual feedback",
 * internship and graduate programmes among them, some as raw HTML, many with unsubscribe, privacy and job-alert footers
 * and signatures, in American, British, Indian and Australian English. About fifty rejections at the application stage
 * (including "after reviewing your background"), and the rest after a recruiter or phone screen, an online test, a
 * take-home, a case study, recorded video answers or a reference check, one or more interviews, or a final round.
 * Reasons mostly generic or "closer match", a requirement named in passing, ten letters with two reasons; feedback only
 * when it is about this candidate, feedback offered or refused, doors opened or not (a job-alert footer or a data-
 * retention notice is not a door). Then six paused processes and twelve look-alikes (receipts, "under review",
 * invitations to interviews and tests, an offer, a filled-role notice to a talent community about a role the candidate
 * never applied for, a confirmed withdrawal, a job alert, a reminder). For development only: the rules may be checked
 * against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d35-');

const workday = '\n\n---\nThis is an automated message. Please do not reply to this email.\nTo view the status of your applications, sign in to your candidate account. Interested in other roles? Create a job alert to be notified of new openings.\nPowered by Workday';
const greenhouse = '\n\n—\nPowered by Greenhouse. To update your data preferences, visit our candidate privacy page.';
const lever = '\n\n--\nSent via Lever · Privacy policy';
const smart = '\n\n________________\nThis email was sent by SmartRecruiters on behalf of the hiring company. Privacy Policy | Unsubscribe from application updates';
const icims = '\n\n*** This is an automated email sent through iCIMS. Please do not respond to this message. ***';
const taleo = '\n\n---\nThis mailbox is not monitored. To manage your job alerts and profile, visit our career section.\nPowered by Oracle Taleo';
const ashby = '\n\n—\nSent with Ashby';
const teamtailor = '\n\n—\nTeamtailor · Manage your personal data · Unsubscribe';
const workable = '\n\n--\nPowered by Workable · Do not reply to this email';
const bamboo = '\n\n--\nSent via BambooHR Hiring';
const success = '\n\n----------\nThis is a system-generated email from SAP SuccessFactors. Please do not reply. Privacy statement: see our careers site.';
const pageup = '\n\nPlease do not reply to this email — this mailbox is not monitored.\nPowered by PageUp';
const personio = '\n\n--\nThis email was sent via Personio. Information on data protection can be found in our privacy policy.';
const recruitee = '\n\n--\nSent with Recruitee · You are receiving this email because you applied for a job.';

export const HANDWRITTEN_DEV_35: readonly CorpusLine[] = [
  // ── application stage: the CV and the form, nothing more
  rej('application', ['generic'], { ...door },
    `Hi Jordan,

Thank you for your interest in the Software Engineer, Payments Infrastructure role at Northwind Cloud.

After careful consideration, we have decided not to move forward with your application at this time.

We encourage you to keep an eye on our careers page and apply for future openings that match your interests.

Best regards,
Northwind Cloud Recruiting${greenhouse}`, 'Your application to Northwind Cloud'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Samantha,

Thank you for applying for the position of Treasury Operations Analyst (Req. 88213) at Castlebridge Financial Group.

We have reviewed your application and, while your background is impressive, we have decided to move forward with other candidates whose qualifications more closely match the requirements of this position.

We will keep your resume on file and may reach out should a suitable opportunity arise in the future.

Sincerely,
Talent Acquisition
Castlebridge Financial Group${workday}`, 'Treasury Operations Analyst - Application Update'),

  rej('application', ['generic'], {},
    `Hi Priya,

Thanks so much for applying to be a Visual Merchandiser at Juniper & Vine.

We received a huge number of applications for this role, and unfortunately we won't be moving forward with yours.

Due to the high volume of applications we receive, we are unable to provide individual feedback.

We wish you all the best in your search.

The Juniper & Vine Careers Team

You are receiving this email because you applied for a role at Juniper & Vine. Unsubscribe | Privacy Notice | Juniper & Vine Ltd, 14 Marlowe Street, London EC2A 4NE`, 'An update on your application'),

  rej('application', ['profile_mismatch'], {},
    `Dear Kevin,

Thank you for your interest in the Senior Consultant, Digital Strategy position at Halverson Partners.

After reviewing your background and experience, we have determined that your profile is not the right match for this particular role, and we will not be progressing your application further.

We appreciate the time you took to apply and wish you every success.

Kind regards,
Halverson Partners Recruiting Team${smart}`, 'Halverson Partners - Senior Consultant, Digital Strategy'),

  rej('application', ['generic'], { ...door },
    `Hi Ethan,

Thank you for applying to the Summer 2025 Software Engineering Internship at Bluepeak Systems. We were excited to see so much interest in our internship program this year.

We've carefully reviewed your application and, unfortunately, we are unable to offer you a position in this year's program.

Please don't be discouraged. We encourage you to apply again for our Fall co-op and next year's internship cycle — many of our current interns applied more than once.

Best,
University Recruiting
Bluepeak Systems${icims}`, 'Bluepeak Summer 2025 Internship'),

  rej('application', ['location'], { ...fb },
    `Hello Marisol,

Thank you for applying to the 2025 New Graduate Rotational Program at Alder Health Technologies.

This program is open to candidates who will have completed a bachelor's or master's degree between December 2024 and August 2025. Based on the graduation date on your application (May 2026), you are not yet eligible for this cohort, so we are unable to move forward with your application.

Thank you for your interest, and good luck with the rest of your studies.

Alder Health Technologies | Early Careers`, 'Alder New Grad Rotational Program - Application Status'),

  rej('application', ['generic'], {},
    `Dear Brandon Lee,

Thank you for your interest in the Patient Access Representative position (Job ID 2025-41190) at St. Brigid Regional Medical Center.

We have reviewed your application and regret to inform you that you have not been selected for further consideration for this position.

We appreciate your interest in St. Brigid and wish you success in your job search.

Human Resources
St. Brigid Regional Medical Center${taleo}`, 'St. Brigid Regional Medical Center - Application Status'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Dr. Okafor,

Thank you for applying for the position of Lecturer in Environmental Chemistry (Ref. SCI-0442) at the University of Eastmere.

The shortlisting panel has now met to consider all applications. I am sorry to tell you that your application was not among those selected for interview; the panel shortlisted applicants whose experience more closely aligned with the needs of the School at this time.

With your permission we will retain your details in our talent pool and let you know of future vacancies that may be of interest.

Yours sincerely,

Recruitment Team
Human Resources Directorate
University of Eastmere`, 'SCI-0442 Lecturer in Environmental Chemistry - outcome'),

  rej('application', ['location'], { ...fb },
    `Dear Applicant,

Thank you for your application for Announcement No. DOT-25-JR-1187, Transportation Program Specialist, GS-0301-9/11.

Your application has been reviewed. You were found ineligible for this position because this announcement is open to U.S. citizens only, and your application indicates that you are not a U.S. citizen.

You may view the status of your application at any time by signing in to your account.

This notice is for informational purposes only. Please do not respond to this email.`, 'Application Status Update: Transportation Program Specialist'),

  rej('application', ['location'], {},
    `Hi Tomás,

Thank you for your interest in the Backend Developer (Go) position at Frachtwerk GmbH.

Unfortunately, we can only consider applicants who are already living in Germany and hold a valid work permit for the EU, as we are not able to offer relocation support or visa sponsorship for this role. We will therefore not be taking your application further.

Best regards,
Lena Hoffmann
People & Culture, Frachtwerk GmbH${personio}`, 'Your application as Backend Developer (Go)'),

  rej('application', ['generic'], { ...door },
    `<html><body style="font-family: Arial, sans-serif; color:#333;">
<table width="600" align="center"><tr><td>
<img src="https://cdn.copperleafhome.com/email/logo.png" alt="Copperleaf Home" width="160">
<p>Hi Daniel,</p>
<p>Thank you for applying for the <strong>Sales Associate – Part Time</strong> position at our Riverside Plaza store.</p>
<p>We've had a chance to review your application and we've decided to move forward with other applicants at this time.</p>
<p>We hope you'll consider Copperleaf Home again — new store and distribution center roles are posted every week, and we'd love to see your application for another opening.</p>
<p>Thanks,<br>The Copperleaf Home Talent Team</p>
<hr>
<p style="font-size:11px;color:#999;">© 2025 Copperleaf Home Inc. | <a href="https://copperleafhome.com/privacy">Privacy</a> | <a href="https://copperleafhome.com/unsubscribe">Unsubscribe</a></p>
</td></tr></table>
</body></html>`, 'Thanks for applying to Copperleaf Home'),

  rej('application', ['position_filled'], { ...door },
    `Hey Maya,

Thanks for applying for the Growth Marketing Manager role at Pocketfern! Just wanted to let you know that we've filled the position, so we're closing out the remaining applications.

We're growing fast, though, and expect to open more marketing roles in the next few months — follow us on LinkedIn or check our jobs page, and feel free to apply again.

Cheers,
Nico
Co-founder, Pocketfern`, 'Growth Marketing Manager @ Pocketfern'),

  rej('application', ['role_closed'], {},
    `Dear Alex,

Thank you for your application for the role of Data Governance Lead at Harbourline Insurance.

We are writing to let you know that, following a review of the team's structure, this position has been cancelled and will not be filled. As a result, we are unable to progress your application.

We apologise for any inconvenience and thank you for the interest you have shown in Harbourline.

Kind regards,
Harbourline Insurance Recruitment${success}`, 'Data Governance Lead - Vacancy Update'),

  rej('application', ['internal_candidate'], {},
    `Dear Rachel,

Thank you for applying for the Communications Officer vacancy at Greenway Housing Association.

I am writing to let you know that the post has been filled by an internal candidate, and we will therefore not be taking external applications any further.

Thank you for your interest in working with us.

Best wishes,
HR Team
Greenway Housing Association`, 'Communications Officer vacancy'),

  rej('application', ['overqualified'], { ...fb },
    `Hi Graham,

Thank you for your application for the Junior Project Coordinator position at Stonefield Construction.

Having looked through your CV, it's clear that your experience — fifteen years running multi-million-pound projects as a senior project manager — goes well beyond what this entry-level role involves, and we don't think it would offer you enough challenge. For that reason we won't be taking your application further.

Thank you for thinking of us, and good luck in your search.

Regards,
Claire Dobson
HR Advisor, Stonefield Construction Ltd`, 'Junior Project Coordinator'),

  rej('application', ['salary'], { ...fb },
    `Hi Vanessa,

Thank you for applying for the Product Designer role at Tallgrass Labs.

We reviewed your application and noticed that the salary expectation you listed ($145,000) is well above the range we have budgeted for this position ($95,000–$110,000). Since we aren't able to close that gap, we won't be moving forward at this time.

Thanks again for your interest in Tallgrass.

Best,
Tallgrass Labs Hiring Team${ashby}`, 'Product Designer at Tallgrass Labs'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Mr. Arjun Nair,

Greetings from Vedanta Infosolutions!

Thank you for applying for the position of Associate Consultant - SAP FICO at our Bengaluru office.

We regret to inform you that your profile does not match our current requirements. However, we shall keep your CV in our database and will contact you if any suitable opening arises in future.

We wish you all the best for your future endeavours.

Thanks & Regards,
Talent Acquisition Team
Vedanta Infosolutions Pvt. Ltd.

Note: This is a system generated mail. Please do not reply to this mail.`, 'Your Application - Associate Consultant SAP FICO'),

  rej('application', ['generic'], { ...door },
    `Dear Jessica,

Thank you for your recent application for the position of Retail Banking Consultant with Southern Cross Mutual.

We have now completed our review of applications. We regret to advise that on this occasion your application has been unsuccessful.

We will retain your details on file and may contact you should a suitable role become available in future.

We wish you every success with your career.

Kind regards,
Talent Acquisition Team
Southern Cross Mutual${pageup}`, 'Southern Cross Mutual - Retail Banking Consultant'),

  rej('application', ['generic'], {},
    `Dear Thomas,

Re: Administrative Assistant – Planning Services (Ref: PLN/0917)

Thank you for your interest in the above post with Ashcombe Borough Council.

We regret to inform you that your application has been unsuccessful on this occasion.

Due to the large number of applications received, we are unable to provide feedback to individual applicants who have not been shortlisted.

We would like to thank you for the time and effort you put into your application.

Yours sincerely,

HR Recruitment Team
Ashcombe Borough Council`, 'Application outcome – PLN/0917'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Lauren,

Thank you for applying for the Senior Tax Accountant position with Briggs, Maddox & Co.

This role requires an active CPA license, as the position involves signing returns for our corporate clients. As your application indicates you are still working toward the CPA exam, we are unable to consider you for this opening.

We appreciate your interest and wish you the best with your remaining exam sections.

Sincerely,
Human Resources
Briggs, Maddox & Co. LLP`, 'Senior Tax Accountant - Briggs, Maddox & Co.'),

  rej('application', ['profile_mismatch'], {},
    `Hi Chris,

Thank you for taking the time to apply for the Customer Success Manager role at Lumenstack.

We've reviewed your application and don't think it's the right fit for this role right now, so we won't be moving ahead.

We really appreciate your interest in Lumenstack.

The Lumenstack Team${lever}`, 'Lumenstack | Customer Success Manager'),

  rej('application', ['generic'], {},
    `Hi Aisha,

Thank you for your interest in Quillmark and for applying to our Content Marketing Specialist position.

We've decided to pursue other candidates for this role.

Best wishes,
Quillmark Talent

---
New roles at Quillmark every week. Get job alerts straight to your inbox: quillmark.com/careers/alerts
You can unsubscribe from these emails at any time.`, 'Your Quillmark application'),

  rej('application', ['generic'], {},
    `Hi Sam — thanks for reaching out about the ops role. We're going another direction on this one. Appreciate you thinking of us, and best of luck.

Jules
Founder, Tidewell`, 'Re: Operations role at Tidewell'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Ryan,

Thank you for applying for the Client Service Associate position at Kanazawa Asset Management's Tokyo office.

This position requires business-level Japanese (JLPT N1 or equivalent) and that the successful candidate already be resident in Japan with a valid work visa. From your application, we understand that you are currently based in Toronto and have conversational Japanese, so unfortunately we cannot proceed with your application.

We thank you for your interest and wish you success in your career.

Best regards,
Human Resources Department
Kanazawa Asset Management Co., Ltd.`, 'Client Service Associate (Tokyo) - Application Result'),

  rej('application', ['profile_mismatch'], { ...offered },
    `Hi Olivia,

Thanks for applying for the Events Coordinator role at Brightside Charity.

We had a really strong field, and after reading all of the applications the panel decided to invite candidates whose experience was a closer match for the role to interview. I'm sorry to say that you weren't shortlisted this time.

If it would be helpful to hear a little more about how we shortlisted, just reply to this email and I'll be happy to give you some feedback.

Warm wishes,
Hannah Price
People Officer, Brightside Charity`, 'Events Coordinator - shortlisting'),

  rej('application', ['generic'], {},
    `Dear Matthew,

Thank you for applying for the role of IT Service Desk Analyst at Ravensworth Logistics.

We have now reviewed all applications and, after careful consideration, regret to let you know that we will not be taking your application forward.

In line with our privacy notice, we will retain the personal data you submitted for six months after the end of this recruitment process, after which it will be securely deleted. If you would like your data to be deleted sooner, please contact dataprotection@ravensworth-logistics.co.uk.

Kind regards,
Ravensworth Logistics Recruitment${teamtailor}`, 'IT Service Desk Analyst - application update'),

  rej('application', ['position_filled', 'profile_mismatch'], {},
    `Dear Nathan,

Thank you for your interest in the Clinical Research Associate position at Meridia Biosciences.

We wanted to let you know that we have offered the position to a candidate whose experience more closely matched our needs, and they have accepted. As such, we are closing the remaining applications for this requisition.

Thank you again for the time you invested in applying.

Regards,
Meridia Biosciences Talent Acquisition${icims}`, 'Clinical Research Associate - Position Update'),

  rej('application', ['generic'], {},
    `Dear Sophie,

Thank you for applying to the Hartwell & Crane 2025 Business Analyst Programme.

We received a record number of applications this year and the standard was extremely high. After careful consideration, we regret that we are unable to offer you a place in the next stage of our selection process.

We appreciate the interest you have shown in Hartwell & Crane and wish you every success in your future career.

Yours sincerely,
Graduate Recruitment Team
Hartwell & Crane${success}`, 'Hartwell & Crane Business Analyst Programme 2025'),

  rej('application', ['generic'], { ...door },
    `Dear Kwame,

Thank you for applying to the Ashford Sterling Summer Analyst Programme 2025 – Global Markets.

We have reviewed your application carefully. Unfortunately, we will not be able to progress your application further on this occasion.

We know this will be disappointing. We hope that you will continue to consider Ashford Sterling as a potential employer and would encourage you to apply for our Off-Cycle Internship or Graduate Programme in the future.

Best wishes,
Ashford Sterling Campus Recruitment

Ashford Sterling plc is authorised by the Prudential Regulation Authority. This email and any attachments are confidential.${workday}`, 'Ashford Sterling – application update'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Ms. Fernandes,

Thank you for your interest in the Clinical Trial Manager position at Ostrander Pharma.

For this role, we require a minimum of five years of experience managing Phase II/III trials. Having reviewed your résumé, we did not see that level of trial management experience, and we are therefore unable to move your application forward.

We appreciate the time you took to apply and wish you success in your career.

Regards,
Ostrander Pharma Recruiting`, 'Clinical Trial Manager - Application Status'),

  rej('application', ['profile_mismatch'], {},
    `Hi Hannah,

Thank you for your application for Marketing Operations Specialist at Silverbirch.

After reviewing your profile, we've decided not to move forward as we feel other applicants are better aligned with what we need for this role.

All the best,
Silverbirch Recruiting${workable}`, 'Marketing Operations Specialist at Silverbirch'),

  rej('application', ['role_closed'], { ...door },
    `Hi Ben,

I'm reaching out about your application for the Solutions Engineer position at Corvid Analytics.

Unfortunately, due to changes in our hiring plans for this year, the position has been put on hold indefinitely and we are closing the requisition. This means we won't be moving forward with any candidates, including you, for this role.

We'd genuinely like to stay in touch. We've added you to our talent community, and we'll reach out if a similar role opens up.

Thanks for understanding,
Corvid Analytics Recruiting${greenhouse}`, 'Update on Solutions Engineer role'),

  rej('application', ['generic'], {},
    `Hello Jamal,

Thank you for your interest in the position of Logistics Coordinator at Pacific Rim Freight.

We have carefully reviewed your application. Unfortunately, you have not been selected to move on to the next phase of the recruitment process.

Best regards,
Pacific Rim Freight HR${smart}`, 'Logistics Coordinator - Pacific Rim Freight'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Elin,

Thank you for applying for the role of Frontend Developer at Nordvik Studio.

We've looked at your application carefully, and although we liked a lot of what we saw, we've decided to continue with candidates whose experience is a closer fit for this position.

We'd be happy to keep your application in our talent pool for future openings — you'll hear from us if something comes up that suits you.

Best regards,
The Nordvik Studio team${teamtailor}`, 'Your application at Nordvik Studio'),

  rej('application', ['generic'], {},
    `Hi Lucas,

Thanks for applying for Account Executive at Zestline. Unfortunately, we will not be moving forward with your application at this time.

We appreciate your interest in Zestline.

Zestline Talent Team${workable}`, 'Zestline - Account Executive'),

  rej('application', ['generic'], { ...door },
    `Hi Destiny,

Thank you for your interest in working at FreshMart! We've reviewed your application for Cashier at Store #2214 (Maple Heights) and have decided not to move forward at this time.

Our stores are always hiring — we encourage you to apply for other positions at FreshMart stores near you.

Thank you,
FreshMart Hiring Team

FreshMart Stores, Inc. is an Equal Opportunity Employer.`, 'Your FreshMart Application'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr. Whitaker,

Thank you for applying for the position of Systems Engineer III with Ironclad Defense Solutions.

This position requires an active Top Secret/SCI security clearance at the time of hire. Because your application indicates that you do not currently hold an active clearance, we are unable to consider you further for this requisition.

We appreciate your interest in Ironclad Defense Solutions.

Ironclad Defense Solutions Talent Acquisition${taleo}`, 'Systems Engineer III - Req 24-7731'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for your application for the position of Finance Assistant at Wexford Harbour Distillery.

The position received an overwhelming response, and we regret that on this occasion we will not be progressing your application.

We thank you for your interest in Wexford Harbour Distillery and wish you well in your career.

Yours sincerely,
HR Department
Wexford Harbour Distillery Ltd`, 'Finance Assistant'),

  rej('application', ['profile_mismatch', 'location'], { ...fb },
    `Hi Daniel,

Thanks for your interest in the Engineering Manager opening at Glassfield.

For this role we're looking for someone with a different profile, and the position is based in our Austin office, which you noted on your application you're not able to relocate to — so we won't be moving forward with your application.

Thanks again and good luck,
Glassfield Recruiting${ashby}`, 'Engineering Manager @ Glassfield'),

  rej('application', ['generic'], {},
    `Dear Mr. Gallagher,

Thank you for your interest in the Claims Adjuster Trainee position at Keystone Mutual.

We regret to inform you that we have selected other applicants for further consideration.

If you have questions regarding your application, you may contact our HR Service Center at 1-800-555-0148, Monday through Friday, 8 a.m. to 5 p.m. ET.

Sincerely,
Keystone Mutual Insurance Company
Human Resources`, 'Keystone Mutual - Claims Adjuster Trainee'),

  rej('application', ['location'], { ...fb },
    `Hi Jade,

Thanks for applying for the Data Analyst role at Pennine Energy.

The role is based at our Leeds office four days a week. In your application you mentioned you're only looking for fully remote positions, so unfortunately we don't think this one will work, and we won't be taking your application forward.

All the best with your search,
Rebecca
Talent Partner, Pennine Energy`, 'Data Analyst - Pennine Energy'),

  rej('application', ['generic'], { ...door },
    `Hi Noah,

Thank you for applying to the Security Engineer role at Vantagepoint.

Our team has reviewed your application, and we've decided not to move forward at this time.

Hiring needs change quickly here, so please keep an eye on our careers page and feel free to apply to future roles that interest you.

Best,
Vantagepoint Recruiting${ashby}`, 'Security Engineer at Vantagepoint'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Marcus,

Thanks for applying for the Platform Engineer role at Driftwave.

We really appreciate the interest. For this hire we're prioritising candidates with hands-on production Kubernetes experience, and we didn't see that in your background, so we've decided not to move forward at this stage.

Best,
Driftwave Talent${lever}`, 'Driftwave – Platform Engineer'),

  rej('application', ['profile_mismatch'], {},
    `Dear Applicant,

Thank you for applying to Vacancy Announcement No. 25-CFR-0082, Budget Analyst, GS-0560-11.

Your application was reviewed and you were rated as qualified for this position. However, you were not among the best qualified candidates referred to the hiring official for consideration.

This is an automated notification. Please do not reply to this message.`, 'Notice of Results - Budget Analyst'),

  rej('application', ['internal_candidate'], { ...door },
    `Hi Grace,

Thank you for your interest in the Office Manager position at Larchmont Dental Group.

I wanted to let you know that we've decided to fill the role by promoting a member of our existing team, so we won't be moving forward with outside applicants.

We were glad to receive your application and will keep your resume on file for future openings at any of our four practices.

Kind regards,
Denise Walsh
Practice Operations, Larchmont Dental Group${bamboo}`, 'Office Manager - Larchmont Dental Group'),

  rej('application', ['generic'], {},
    `Hi Oliver,

Thank you for applying for the Recruitment Consultant role through Bridgewell Recruitment.

I've now heard back from our client, and unfortunately they have decided not to progress your application to interview.

Thanks for your time and good luck with your search.

Kind regards,
Tom Ridley
Senior Consultant, Bridgewell Recruitment`, 'Recruitment Consultant application'),

  rej('application', ['generic'], {},
    `<html>
<head><meta charset="utf-8"></head>
<body>
<div style="max-width:640px;margin:auto;font-family:Calibri,sans-serif">
<p>Dear Ankit Sharma,</p>
<p>Greetings from Trivikram Technologies!</p>
<p>Thank you for registering for the <b>Trivikram Campus Connect 2025</b> drive for the role of Graduate Engineer Trainee.</p>
<p>We regret to inform you that your application has not been shortlisted for the next round of the selection process.</p>
<p>We wish you all the very best for your future.</p>
<p>Regards,<br/>Campus Recruitment Team<br/>Trivikram Technologies Ltd.</p>
<p style="font-size:10px;color:#888">This is an auto-generated email. Please do not reply to this email ID. Disclaimer: Trivikram Technologies never charges any fee at any stage of recruitment.</p>
</div>
</body>
</html>`, 'Trivikram Campus Connect 2025 - Application Status'),

  rej('application', ['overqualified', 'salary'], { ...fb, ...door },
    `Hi Stephen,

Thanks for applying for the Sales Operations Analyst role at Cobaltline.

To be honest with you: with twelve years in revenue operations leadership, your experience is well beyond what this analyst role calls for, and the $170k you mentioned is more than double the top of our range for it. We don't think it would be fair to either side to move forward.

If we ever open a RevOps leadership role, I'd love to reach out.

Best,
Kara Nguyen
Head of Talent, Cobaltline${lever}`, 'Sales Operations Analyst - Cobaltline'),

  rej('application', ['generic'], { ...door },
    `Dear Émilie,

Thank you for applying for the Program Coordinator position with Maple Crossing Community Services.

We received many strong applications for this role. After careful review, we regret to inform you that you were not selected for an interview.

We encourage you to continue checking our website for future opportunities, as we would welcome your application for other roles with our organization.

With best wishes,
Human Resources
Maple Crossing Community Services`, 'Program Coordinator - Maple Crossing'),

  rej('application', ['generic'], { ...door },
    `Dear Wei Ling,

Thank you for your application for the position of Management Associate with Straits Harbour Bank.

We regret to inform you that your application was not successful for this intake of the Management Associate Programme.

Your particulars will remain in our records, and we will contact you should there be a suitable vacancy that matches your profile in the future.

Yours sincerely,
Group Human Resources
Straits Harbour Bank Limited

This email is confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete it.`, 'Management Associate Programme - Application Outcome'),

  // ── screen: a recruiter call, a phone screen, a first short chat
  rej('screen', ['generic'], {},
    `Hi Tyler,

Thank you for taking the time to speak with our recruiter, Megan, last week about the Business Development Representative role at Outboundly.

After careful consideration, we have decided to move forward with other candidates at this time.

We appreciate your interest in Outboundly and wish you the best of luck in your job search.

Best,
Outboundly Recruiting${greenhouse}`, 'Outboundly - BDR role'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Leah,

Thanks again for the phone screen on Monday for the HR Business Partner role at Ardent Foods.

We've now spoken with all of the shortlisted candidates, and we've decided to progress those whose experience more closely aligns with the needs of the role. I'm sorry it isn't better news.

I'll keep your details on file and will get in touch if something suitable comes up in the future.

Best regards,
Priya Raman
Talent Acquisition Partner, Ardent Foods`, 'HR Business Partner - Ardent Foods'),

  rej('screen', ['salary'], { ...fb },
    `Hi Mark,

Thanks for chatting with me yesterday about the Senior Backend Engineer role at Haloform.

As we discussed on the call, your target base of $210k is above the band we have approved for this position, which tops out at $175k. I checked with the hiring manager to see whether there was any flexibility, and unfortunately there isn't, so we won't be moving forward.

Thanks for being so open about it, and best of luck.

Ana
Recruiter, Haloform${ashby}`, 'Haloform - Senior Backend Engineer'),

  rej('screen', ['location'], { ...fb },
    `Hi Rahul,

Thank you for the call on Thursday about the Machine Learning Engineer position at Quantia.

As you mentioned on the call, you would require H-1B sponsorship to take on the role. Unfortunately, we are not able to sponsor visas for this position at this time, so we won't be able to move forward with your candidacy.

We appreciate your interest and wish you all the best.

Regards,
Jenna Morales
Technical Recruiter, Quantia${lever}`, 'Quantia - ML Engineer'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Sinead,

Thanks for making time for a call with me on Tuesday about the Finance Systems Analyst role at Corrigan Foods.

I've since gone through my notes with the hiring manager. The team really needs someone who can hit the ground running on SAP S/4HANA configuration, and from our conversation your hands-on experience is mainly with Oracle, so they've decided not to take your application to the interview stage.

Thanks again for your time,
Aoife Kearney
Talent Acquisition, Corrigan Foods`, 'Finance Systems Analyst - update'),

  rej('screen', ['generic'], { ...offered },
    `Dear Abigail,

Thank you for your conversation with our talent partner, James Cole, regarding the Category Manager position at Pemberton Stores.

After careful consideration, we will not be progressing your application to the next stage of the process.

If you would like any feedback on your application, please let James know and he will be happy to arrange a short call.

Kind regards,
Pemberton Stores Talent Acquisition${workday}`, 'Pemberton Stores - Category Manager'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hi Jamie,

Thanks for the call on Friday — I enjoyed hearing about your time at the agency.

I've thought about it over the weekend and I don't think we're the right match. From what you shared, you do your best work with clear structure and a defined brief, and our team is five people who change priorities week to week with very little process. I'd rather be upfront about that now than have you find out three months in.

Wishing you the best,
Ollie
Head of Marketing, Fennick`, 'Following up from our call'),

  rej('screen', ['position_filled'], {},
    `Hi Monique,

Thank you for the introductory call last week about the Executive Assistant role at Larkspur Capital.

I wanted to let you know that the position has now been filled, and we are no longer moving forward with other candidates.

Many thanks for your time and interest.

Kind regards,
Sarah Jennings
Office Manager, Larkspur Capital`, 'Executive Assistant - Larkspur Capital'),

  rej('screen', ['role_closed'], { ...door },
    `Hi Andre,

Thanks again for your time on the phone last week about the DevOps Engineer role.

Unfortunately, I've just been told that the role has been cancelled following a change in the team's budget for the year, so we won't be continuing the process with you or anyone else.

I'm really sorry about this. I'd like to keep in touch, and I'll reach out as soon as we're hiring for a similar role again.

Best,
Nadia Ferris
Talent Partner, Brightlane${greenhouse}`, 'DevOps Engineer - update'),

  rej('screen', ['generic'], {},
    `Dear Michael,

Thank you for participating in a phone screen for the Internal Auditor position at Lockhart Manufacturing.

We have decided not to move forward with your candidacy.

We are unable to provide individual feedback, but we sincerely appreciate your interest in Lockhart Manufacturing.

Sincerely,
Lockhart Manufacturing Human Resources${icims}`, 'Lockhart Manufacturing - Internal Auditor'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Tess,

Thank you for the intro call with Priya on Wednesday. She really enjoyed speaking with you.

After reviewing her notes with the team, we've decided to move ahead with candidates whose backgrounds are a closer match for this particular role, so we won't be moving forward with your application.

Thanks for your interest in Weftly.

Warmly,
Weftly Recruiting${ashby}`, 'Your application to Weftly'),

  rej('screen', ['overqualified'], { ...fb, ...door },
    `Hi Patrick,

Thanks for speaking with me on Monday about the Service Desk Team Lead vacancy with my client.

I've passed on our conversation to them. Their view is that with your background as an IT operations manager across three sites, you're more senior than the team lead role they have, and they're worried you'd be looking for the next thing quite quickly. So they won't be taking you forward this time.

I know that's frustrating. I'll keep an eye out for more senior roles for you.

Cheers,
Liam Foster
Senior Recruiter, Keystone Talent (Manchester)`, 'Service Desk Team Lead'),

  rej('screen', ['generic'], { ...door },
    `<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5">
<p>Hi Rosa,</p>
<p>Thank you for the phone interview on <b>March 12</b> for the <b>Store Manager in Training</b> position at Galloway Outfitters.</p>
<p>We appreciate the time you spent with us. At this time, we have decided to pursue other candidates for this position.</p>
<p>We'd encourage you to apply for other openings at Galloway — new positions are posted regularly at <a href="https://careers.gallowayoutfitters.com">careers.gallowayoutfitters.com</a>.</p>
<p>Best regards,<br>Galloway Outfitters Talent Acquisition</p>
</div>
<div style="font-size:11px;color:#777">You received this email because you applied for a job with Galloway Outfitters. <a href="#">Unsubscribe</a></div>`, 'Galloway Outfitters – Store Manager in Training'),

  rej('screen', ['internal_candidate'], {},
    `Dear Fiona,

Thank you for speaking with me last week regarding the Procurement Specialist role at Delmont Utilities.

I wanted to update you that, following our initial calls, the business has decided to appoint an internal candidate to the role. As such, we will not be progressing any external candidates further.

Thank you for your time and interest in Delmont.

Kind regards,
Gareth Lewis
Resourcing Partner, Delmont Utilities${success}`, 'Procurement Specialist - Delmont Utilities'),

  rej('screen', ['profile_mismatch', 'location'], { ...fb },
    `Hi Connor,

Thank you for chatting with me about the Field Sales Manager role covering Queensland.

I've caught up with the hiring manager after our call. They've decided to progress with candidates whose experience is closer to what they're looking for, and they also need someone already living in Brisbane, whereas you'd be relocating from Perth. So we won't be moving forward with your application.

I really appreciate your time and wish you all the best.

Cheers,
Mia Tran
Talent Acquisition, Outback Agri Supplies${pageup}`, 'Field Sales Manager QLD'),

  // ── assessment: a test, a take-home, a case, recorded answers, a reference check — and no interview
  rej('assessment', ['assessment'], {},
    `Hi Kevin,

Thank you for completing the HackerRank coding assessment for the Software Engineer II position at Brightforge.

Our engineering team has reviewed your results. Unfortunately, your score did not meet the bar required to advance to the next round, so we will not be moving forward with your application at this time.

We appreciate the effort you put in and wish you the best.

Brightforge Recruiting${greenhouse}`, 'Brightforge - Coding Assessment Results'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Sofia,

Thanks for submitting the take-home project for the Full Stack Engineer role at Pinecone Health — we know it takes a real chunk of time.

Two engineers reviewed your submission. They liked how clearly the UI was laid out, but the API didn't handle pagination for the patient list, there were no tests for the booking logic, and a couple of endpoints returned 500s on invalid input. Given that, we've decided not to move forward to the interview stage.

Thanks again for the effort you put in.

Best,
Ravi
Engineering Manager, Pinecone Health`, 'Pinecone Health take-home - decision'),

  rej('assessment', ['generic'], {},
    `Hello Daniel,

Thank you for taking the time to complete the Codility assessment for the Data Engineer position at Veritas Mobility.

After careful consideration, we have decided to move forward with other candidates at this time. We appreciate your interest in Veritas Mobility.

Kind regards,
Veritas Mobility Talent Acquisition${smart}`, 'Veritas Mobility - Data Engineer'),

  rej('assessment', ['generic'], { ...door },
    `Dear Chloe,

Thank you for recording your video interview responses for the Graduate Programme at Thornbury Building Society.

We have now reviewed your recorded answers alongside those of other applicants, and we regret to inform you that we will not be inviting you to the assessment centre on this occasion.

We hope you will consider applying to Thornbury again in the future.

Kind regards,
Early Careers Team
Thornbury Building Society`, 'Thornbury Graduate Programme - video interview outcome'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Hamza,

Thank you for the time and thought you put into the written case study for the Associate position at Carrow & Finch Consulting.

Our reviewers found your market sizing well structured, but your recommendation did not follow from the numbers in your own analysis — you recommended entering the mid-market segment while your model showed it as the least profitable — and the financial section did not account for the client's fixed costs. On that basis we will not be inviting you to interview.

We appreciate your interest in Carrow & Finch.

Kind regards,
Recruiting Team
Carrow & Finch Consulting`, 'Case study outcome - Associate'),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the online numerical and verbal reasoning tests as part of your application to the Kelvinbrook 2025 Graduate Scheme.

Unfortunately, your results did not meet the required benchmark to progress to the next stage of our selection process, and we are unable to take your application further.

Yours sincerely,
Kelvinbrook Graduate Recruitment${success}`, 'Kelvinbrook Graduate Scheme - Online Test Results'),

  rej('assessment', ['generic'], {},
    `Dear Ms. Adeyemi,

Thank you for your patience while we completed reference checks for the position of Accounts Payable Clerk at Tremont Distribution.

After reviewing the information obtained during the reference process, we have decided not to proceed with your application for this position.

We thank you for your interest in Tremont Distribution and wish you well in your future endeavors.

Sincerely,
Human Resources
Tremont Distribution, Inc.`, 'Accounts Payable Clerk - Tremont Distribution'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Evan,

Thank you for completing the writing exercise for the Content Editor role at Ledgerline.

We read your piece on small-business cash flow with interest. In the end, though, the editors felt it read more like a blog post than the explanatory, data-led style we need — it didn't cite any sources and ran about 400 words over the brief. So we won't be taking your application further this time.

Best,
Ledgerline Editorial`, 'Ledgerline - Writing Exercise'),

  rej('assessment', ['assessment'], {},
    `Hi Nadia,

Thanks for completing the SQL skills test for the Business Intelligence Analyst role at Kestrel Retail Group.

We've now reviewed all results, and other candidates scored higher on the test, so we won't be moving you forward to the interview stage.

Best regards,
Kestrel Retail Group Recruitment${workday}`, 'Business Intelligence Analyst - test results'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Jonas,

Thank you for completing the design exercise for the Senior Product Designer position at Brio.

The team appreciated your research summary, but the exercise showed limited experience working within a design system: components were rebuilt from scratch rather than reusing the library we provided, and the mobile states were missing. Since design-system work is a large part of this role, we've decided not to move forward.

Thanks again for your time and effort.

Best,
Brio Design Team${recruitee}`, 'Brio - Senior Product Designer'),

  rej('assessment', ['position_filled'], {},
    `Hi Amir,

Thank you for completing the coding challenge for the iOS Developer role at Slatebox. I'm sorry for the delay in reviewing it.

While your challenge was waiting in our queue, we made an offer to another candidate for this role, which they have accepted. As a result, we won't be moving forward with your application.

Sorry again for the timing, and thank you for the work you put in.

Slatebox Hiring${bamboo}`, 'Slatebox - iOS Developer'),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Greetings from Sarvottam Consultancy Services!

Thank you for appearing for the Online Aptitude Test held on 14-Sep-2024 as part of the Campus Recruitment Drive 2025.

We regret to inform you that you have not qualified the online test. The candidates who have cleared this round will be informed separately about the technical interview.

We wish you all the best for your future.

Regards,
Campus Recruitment Team
Sarvottam Consultancy Services Ltd.

*** This is an auto-generated mail. Please do not reply. ***`, 'Campus Recruitment Drive 2025 - Online Test Result'),

  rej('assessment', ['assessment'], { ...door },
    `Hi Lily,

Thank you for completing the situational judgement test for the Hallam & Stroud Trainee Solicitor Programme 2027.

We are sorry to let you know that, on this occasion, your test result was not strong enough for us to invite you to the next stage of the process.

Many of our trainees applied more than once, and we would encourage you to apply again next year or for one of our vacation schemes.

Best wishes,
Graduate Recruitment
Hallam & Stroud LLP${pageup}`, 'Hallam & Stroud – your application'),

  rej('assessment', ['generic'], { ...offered },
    `Hi Ian,

Thank you for completing the assignment for the Marketing Analyst role at Copperhill.

After reviewing all submissions, we've decided to move forward with other candidates for the next stage.

If you'd like some feedback on your assignment, just reply to this email and I'll share the reviewers' notes.

Thanks again,
Rachel
People Team, Copperhill${personio}`, 'Copperhill - Marketing Analyst assignment'),

  rej('assessment', ['generic'], {},
    `Dear Mr. Costa,

Thank you for your interest in the Security Officer position with Sentinel Guard Services.

As part of our hiring process, applicants for this position are required to complete a background screening. That screening has now been completed and, based on the results, we will not be proceeding with your employment.

A copy of the report and a summary of your rights have been sent to you under separate cover.

Sincerely,
Sentinel Guard Services
Human Resources Department`, 'Sentinel Guard Services - Employment Decision'),

  // ── interview: met the team, the hiring manager, a panel (not the last round)
  rej('interview', ['generic'], {},
    `Hi Rebecca,

Thank you for meeting the team last week to discuss the Product Manager, Mobile role at Cartwheel. We enjoyed learning more about your experience.

After careful consideration, we have decided to move forward with other candidates at this time.

We appreciate your interest in Cartwheel and wish you the best in your search.

Cartwheel Recruiting${greenhouse}`, 'Cartwheel - Product Manager, Mobile'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Gavin,

Thank you for your time with us on Tuesday and for your interest in the Operations Manager position at Harrow Valley Foods.

We have now completed this round of interviews, and we have decided to move forward with candidates whose experience more closely matches our needs for this role.

We wish you every success in your search.

Kind regards,
Harrow Valley Foods Human Resources`, 'Operations Manager - interview outcome'),

  rej('interview', ['position_filled'], {},
    `Hi Natalie,

Thank you again for interviewing with us for the Senior Accountant position at Ridgeway Capital.

I wanted to let you know that we have extended an offer to another candidate, who has accepted. We appreciate the time you spent with the team and your interest in Ridgeway.

All the best,
Joanne Pike
Controller, Ridgeway Capital`, 'Senior Accountant - Ridgeway Capital'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Harriet,

Thank you for attending the panel interview for the Head of Partnerships role at the Ellsworth Foundation on 3 April.

The panel were impressed by your knowledge of the sector. However, the role involves regular negotiation with directors and trustees of large corporate partners, and the panel felt you would need more experience managing relationships at that executive level. On that basis, we will not be offering you the role.

Thank you again for your time.

Kind regards,
Margaret Holloway
Director of Development, Ellsworth Foundation`, 'Head of Partnerships - interview outcome'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Jordan,

Thanks for coming in to meet the team on Thursday.

We've talked it over, and we've decided not to move forward. The team felt that your preference for working independently and mostly asynchronously doesn't match how we work day to day — we pair a lot and spend much of the week on calls with customers together.

I appreciate your time, and I hope you find the right place soon.

Best,
Megan Cho
Engineering Lead, Tandem Labs`, 'Tandem Labs - next steps'),

  rej('interview', ['generic'], { ...offered },
    `Hi Samuel,

Thanks so much for interviewing with us for the UX Researcher role at Fernway. The team enjoyed meeting you.

Unfortunately, we've decided not to move forward with your application.

If it would be helpful, I'm happy to share some feedback from the interview team — just let me know and we can set up a quick call.

Best,
Clara
Recruiting, Fernway${lever}`, 'Fernway - UX Researcher'),

  rej('interview', ['generic'], { ...door },
    `Hi Emma,

Thank you for interviewing for the Customer Support Lead role at Orbital Desk. The team really enjoyed meeting you — you clearly have a lot of passion for support, and your background is impressive.

That said, it was a very competitive process, and we've decided to go with another candidate.

We'd love to stay in touch. Please keep an eye on our careers page; we'd be happy to see your name on future applications.

Warmly,
Orbital Desk Talent${ashby}`, 'Orbital Desk - Customer Support Lead'),

  rej('interview', ['internal_candidate'], {},
    `Dear Rohan,

Thank you for attending the interview for the position of Assistant Manager – Credit Risk at Shreeram Finance Ltd.

We wish to inform you that the management has decided to fill this position through an internal candidate. Hence, we shall not be able to take your candidature forward.

We appreciate the time you spent with our interview panel and wish you success in your career.

Regards,
HR Department
Shreeram Finance Ltd., Mumbai`, 'Assistant Manager - Credit Risk'),

  rej('interview', ['role_closed'], {},
    `Hi Lucy,

Thank you for interviewing for the Senior Data Scientist role at Clearwater Mobility earlier this month.

I'm sorry to tell you that the company has introduced a hiring freeze across the data team, and this role has been closed. We won't be making a hire for it, so we won't be moving forward with your application.

This has nothing to do with your interviews, and I'm sorry for the disappointing news.

Best,
Erin Walsh
Talent Acquisition, Clearwater Mobility${workday}`, 'Senior Data Scientist - role update'),

  rej('interview', ['salary'], { ...fb },
    `Hi Dominic,

Thank you for the interviews for the Site Reliability Engineer role at Ironbridge.

The hiring team enjoyed talking with you. However, after reviewing the budget with finance, we can't get close to the salary expectation of £110,000 that you shared with us — the approved range for this role tops out at £90,000. For that reason we won't be moving forward.

Thanks again for your time,
Harriet Moss
Talent Partner, Ironbridge`, 'Site Reliability Engineer - Ironbridge'),

  rej('interview', ['location'], { ...fb },
    `Hi Claire,

Thank you for meeting with our hiring manager, David, last week about the Regional Operations Manager role.

After the interview, David felt that the role needs someone living within commuting distance of our Adelaide distribution centre from day one. As you mentioned that relocating from Melbourne wouldn't be possible until next year, we won't be progressing your application.

Thanks again for your time.

Kind regards,
Sophie Nguyen
Talent Acquisition, Southern Freightlines${pageup}`, 'Regional Operations Manager - update'),

  rej('interview', ['position_filled', 'profile_mismatch'], {},
    `Dear Martin,

Thank you for interviewing for the Plant Controller role at Brenner Packaging.

We have now completed our interviews, and we have offered the position to a candidate whose background most closely matched the requirements of the role. The offer has been accepted.

We appreciate the time you spent with us and wish you continued success.

Sincerely,
Brenner Packaging Human Resources${icims}`, 'Plant Controller - Brenner Packaging'),

  rej('interview', ['skills_gap', 'culture_fit'], { ...fb },
    `Hi Ahmed,

Thanks for your time with Jess and Tom on Wednesday for the Engineering Manager role.

We've had a chance to discuss, and we've decided not to move forward. The interviewers felt you'd need more experience managing managers, since this role oversees three team leads, and that your directive style wouldn't quite fit a team used to making decisions collectively.

Thanks again for all the time you put into this.

Best,
Leena
Head of Talent, Coralbyte`, 'Coralbyte - Engineering Manager'),

  rej('interview', ['generic'], {},
    `Dear Jacob,

Thank you for attending an interview for the Claims Team Leader position at Wentworth Assurance.

After careful consideration, we regret to inform you that you have not been successful on this occasion.

Due to the number of candidates interviewed, we are unable to provide individual feedback. We thank you for your interest in Wentworth Assurance.

Yours sincerely,
Wentworth Assurance Recruitment Team${taleo}`, 'Claims Team Leader - interview outcome'),

  rej('interview', ['generic'], { ...offered },
    `Dear Amelia,

Thank you for attending interview for the post of Staff Nurse – Paediatric Outpatients (Band 5) on 14 May.

I am sorry to inform you that on this occasion you have not been successful.

If you would like feedback on your interview, please contact the chair of the interview panel, Sister Karen Lowe, on 0161 555 0197, who will be happy to discuss it with you.

Thank you for your interest in the Trust.

Yours sincerely,

Recruitment Team
Northbrook Teaching Hospitals NHS Foundation Trust`, 'Interview outcome - Staff Nurse Paediatric Outpatients'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Dr. Ramirez,

On behalf of the search committee for the Assistant Professor of Sociology position at Westbury College, thank you for participating in a video interview with us last month.

The committee has now completed its review, and I regret to inform you that you have not been selected to advance in the search. The committee has invited candidates whose research and teaching profiles most closely align with the department's current needs to campus.

We appreciate your interest in Westbury College and wish you success in your future endeavors.

Sincerely,
Professor Elaine Marsh
Chair, Search Committee
Department of Sociology, Westbury College`, 'Assistant Professor of Sociology search'),

  rej('interview', ['generic'], {},
    `Dear Priyanka,

Thank you for attending the second-round interview for the Associate, Corporate Banking position at Fairhaven Bank.

We have carefully considered all of the candidates and regret to advise that we will not be progressing your application to the final round.

Thank you for your interest in Fairhaven Bank.

Kind regards,
Fairhaven Bank Talent Acquisition${success}`, 'Fairhaven Bank - Associate, Corporate Banking'),

  rej('interview', ['generic'], { ...door },
    `<!DOCTYPE html>
<html><body>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4">
<tr><td align="center">
<table width="600" style="background:#ffffff;padding:24px;font-family:Georgia,serif">
<tr><td>
<h2 style="color:#1d3557">Thank you, Ivy</h2>
<p>We're grateful for the time you spent interviewing with us for the <em>Assistant Store Manager</em> role at Thistle &amp; Thread.</p>
<p>After much consideration, we've decided not to move forward with your candidacy for this position.</p>
<p>We hope you'll stay connected — join our Talent Network and we'll let you know when roles that match your experience open up.</p>
<p>With gratitude,<br>The Thistle &amp; Thread Recruiting Team</p>
</td></tr>
<tr><td style="font-size:10px;color:#999">Thistle &amp; Thread, 220 Hudson St, New York, NY. <a href="#">Unsubscribe</a> · <a href="#">Privacy Policy</a></td></tr>
</table>
</td></tr>
</table>
</body></html>`, 'Your interview with Thistle & Thread'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Sean,

I've just had feedback from the client following your interview on Friday for the Payroll Manager role.

They liked your manner and felt you'd be a good manager for the team, but they've decided not to offer you the role. The main reason is that they need someone with hands-on experience of multi-country payroll, as they're taking over the Irish and Dutch payrolls next year, and most of your experience is UK-only.

Sorry it's not better news — I'll be in touch when I have something else that suits you.

Best,
Karen Doyle
Principal Consultant, Halcyon Finance Recruitment`, 'Payroll Manager - feedback'),

  rej('interview', ['overqualified'], { ...fb },
    `Dear Geoffrey,

Thank you for your interview on Monday for the Credit Control Supervisor position.

The panel were clear that you have a great deal of experience, but having run a finance function yourself as a Financial Controller, they felt you would be considerably overqualified for a supervisory role and unlikely to find it fulfilling for long. We have therefore decided not to offer you the position.

Thank you again for your interest in Dunmore Wholesale.

Kind regards,
Paula Keane
HR Manager, Dunmore Wholesale`, 'Credit Control Supervisor'),

  rej('interview', ['generic'], {},
    `hey Priya — thanks for the chat with Dan and me on Monday, and for walking us through your side projects. we've decided to keep looking for this one. really appreciate your time and good luck with everything.

— Max, CTO @ Sprocketly`, 'sprocketly'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Ravi,

Thank you for your interest in the Data Analyst role at Heliograph and for taking the time to interview with our hiring manager.

After careful consideration, we've decided to move forward with another candidate whose experience better aligns with our current needs.

We'll keep your information on file and reach out if we have a future opening that could be a good fit.

Best regards,
Heliograph Recruiting${greenhouse}`, 'Heliograph - Data Analyst'),

  // ── final: the final round, the last stage, finalists, the CEO, an onsite, references after the finals
  rej('final', ['profile_mismatch'], { ...offered },
    `Hi Kate,

Thank you for joining us for the final round of interviews for the Director of Marketing position at Summit Trail Co.

This was an incredibly difficult decision. After a lot of discussion, we've decided to move forward with a candidate whose experience more closely aligns with where we're taking the brand next year.

I know how much time you put into this process. If you'd find it useful, I'd be glad to get on a call and walk you through the panel's feedback.

Warm regards,
Lisa Granger
VP People, Summit Trail Co.`, 'Director of Marketing - final decision'),

  rej('final', ['position_filled'], {},
    `Dear Patrick,

I want to thank you personally for your time throughout the process for the Chief Financial Officer role at Ocean Park Aquarium. You were one of two finalists, and the board's decision was a very close one.

The board has now offered the position to the other finalist, who has accepted.

With my thanks and best wishes,
Dr. Helen Marsh
Chair, Board of Trustees
Ocean Park Aquarium`, 'CFO search - outcome'),

  rej('final', ['generic'], { ...door },
    `Hi Tanya,

Thank you for meeting with our CEO, Rob, for the final interview for the Chief of Staff position at Gridline Energy.

Rob enjoyed your conversation, and we know you put a great deal into this process. After careful consideration, we've decided not to extend an offer.

We'd very much like to stay in touch, and would welcome an application from you for future leadership openings.

All the best,
Monica Reyes
Head of People, Gridline Energy${lever}`, 'Chief of Staff - Gridline Energy'),

  rej('final', ['skills_gap', 'position_filled'], { ...fb },
    `Dear Isabel,

Thank you for taking part in the last stage of our selection process for the Head of Compliance position at Ashworth Private Bank.

We have decided to offer the role to another candidate. The deciding factor was regulatory experience: the successful candidate has led an FCA skilled-person review, and that direct experience with the regulator was something the panel felt was essential for the bank at this point, and which your background did not include.

We are grateful for the time and care you gave to the process.

Yours sincerely,
Richard Ames
Chief Risk Officer, Ashworth Private Bank`, 'Head of Compliance - outcome'),

  rej('final', ['generic'], { ...offered },
    `Hi Dmitri,

Thank you for taking the time to come onsite and meet so many members of the team for the Staff Software Engineer role at Arcadia Robotics. We know it was a long day.

After debriefing with the full interview panel, we've decided not to move forward with an offer.

If you'd like to hear feedback from the onsite, let me know and I'll set up a call with the hiring manager.

Best,
Jenny Park
Technical Recruiter, Arcadia Robotics${greenhouse}`, 'Arcadia Robotics - onsite follow-up'),

  rej('final', ['internal_candidate'], {},
    `Dear Mr. Oduya,

Thank you for attending the final panel interview for the Deputy Director of Finance post at Coldwater City Council.

The panel has decided to appoint a current member of the Council's finance team to the post. We will not therefore be offering you the role on this occasion.

Thank you for the time and effort you have given to this recruitment.

Yours sincerely,
Angela Fairbrother
Assistant Chief Executive, Coldwater City Council`, 'Deputy Director of Finance'),

  rej('final', ['position_filled', 'culture_fit'], { ...fb },
    `Hi Leon,

Thank you for going through our full process for the Head of Sales role, right through to the final shortlist of three.

We've now appointed someone. To be straight with you about the decision: the founders felt that your very metrics-driven approach to managing reps didn't match the coaching-led culture we've been building in the sales team, and that was what separated you from the person we hired.

Thanks for everything you put in — it was a pleasure to get to know you.

Best,
Aidan
CEO, Kettlebrook`, 'Head of Sales - decision'),

  rej('final', ['position_filled'], {},
    `Dear Jennifer,

Thank you for your participation in the final interviews for the Director of Nursing position at Pine Ridge Health System.

Following the final interviews and reference checks, we have offered the position to another candidate, and the offer has been accepted.

We appreciate your interest in Pine Ridge Health System and the time you dedicated to our process.

Sincerely,
Executive Recruitment
Pine Ridge Health System${taleo}`, 'Director of Nursing - Pine Ridge Health System'),

  rej('final', ['salary'], { ...fb },
    `Hi Anjali,

Thanks again for coming in for the final round with our VP of Engineering and CTO last week.

Everyone was excited about you, and we'd hoped to make this work. But the total compensation you'd need (₹62 LPA) is well beyond what we can offer for this role, and we couldn't find a way to bridge that gap. So, with real regret, we won't be moving forward.

Wishing you the very best,
Karthik
Head of Talent, Nimbus Logistics Tech`, 'Final round - Nimbus'),

  rej('final', ['generic'], {},
    `Dear Ms. Walker,

Thank you for attending the final interview for the position of Head of Human Resources at Brightwater Hotels & Resorts.

After careful deliberation, we have decided not to offer you the position.

Owing to the confidential nature of the selection process, we are unable to provide detailed feedback. We thank you for your interest and wish you well.

Yours sincerely,
Group Human Resources
Brightwater Hotels & Resorts`, 'Head of Human Resources - final interview'),

  // ── paused processes: nobody has been declined yet
  hold('application', ['role_closed'], {},
    `Dear Connor,

Thank you for your application for the Maintenance Technician position at Greystone Paper Mills.

We want to let you know that hiring for this position has been temporarily paused while the company completes its annual budget review. Your application has not been rejected — it remains active in our system, and we will resume reviewing applications once hiring reopens, which we expect to be in early Q3.

Thank you for your patience.

Greystone Paper Mills Talent Acquisition${workday}`, 'Maintenance Technician - hiring paused'),

  hold('screen', ['generic'], {},
    `Hi Zara,

I wanted to give you a quick update after our call a couple of weeks ago about the Brand Manager role.

Things are taking a little longer than expected on our side — the hiring manager has been away on leave, and we haven't been able to schedule the next round yet. You're still very much in consideration, and I'll be back in touch by the end of next week with next steps.

Thanks for bearing with us!

Jade
Talent Partner, Hollis & Pike`, 'Brand Manager - quick update'),

  hold('interview', ['role_closed'], {},
    `Dear Raj,

Thank you again for interviewing with us for the Infrastructure Architect role.

I'm writing to let you know that the business has put new headcount on hold until the budget for the second half of the year is approved, so we are unable to make a decision on this role for the moment. No decision has been made on any candidate, and your application remains open.

We expect to have clarity in around four weeks, and I will update you as soon as I hear anything.

Kind regards,
Helen Brooks
Senior Recruiter, Castlegate Insurance${success}`, 'Infrastructure Architect - update'),

  hold('final', ['generic'], {},
    `Dear Simone,

Thank you for your patience since your final interview for the Executive Director position.

The board had intended to make its decision at the meeting on 12 June, but that meeting has had to be postponed to 26 June. You remain one of our final candidates, and we will contact you as soon as possible after the board has met.

With apologies for the delay and best wishes,
Frances Ogilvie
Chair of the Search Committee, Riverside Arts Trust`, 'Executive Director - timing'),

  hold('assessment', ['role_closed'], {},
    `Hi Owen,

Thanks for completing the technical assessment for the Cloud Engineer role — we received it on Friday.

Since then, our engineering organisation has announced a restructure, and we've been asked to pause all open requisitions in that area until the new team structure is confirmed. Your assessment will be reviewed once we're able to restart the process; we haven't made any decisions about your candidacy.

I'll keep you updated, and I'm sorry for the wait.

Best,
Mei Lin
Recruiting, Skyhook Software${lever}`, 'Cloud Engineer - process paused'),

  hold('interview', ['generic'], {},
    `Hi Callum,

Thanks again for meeting with Sarah and Dev last Thursday.

We've had a few unexpected absences on the interview panel, so the second-round interviews have been pushed back by around two weeks. I wanted to let you know so you're not left wondering — you're still in the process, and I'll send over new times as soon as I have them.

Cheers,
Ruth
People Team, Marlowe Digital${personio}`, 'Marlowe Digital - next round timing'),

  // ── look-alikes: polite mail that declines no one
  other(`Hi Jasmine,

Thank you for applying for the Financial Analyst role at Redstone Holdings. We have received your application.

Our team will review your qualifications and, if your experience matches our requirements, a recruiter will contact you to discuss next steps. Unfortunately we are not able to respond to every applicant individually.

Thank you for your interest in Redstone Holdings.

Redstone Holdings Talent Acquisition${workday}`, 'We received your application for Financial Analyst'),

  other(`Hi Marco,

Just a quick note to let you know that your application for the Senior QA Engineer position at Trellis is still under review. We've had a large number of applications and we're working through them as quickly as we can.

We'll be in touch as soon as we have an update. Thanks for your patience!

Trellis Recruiting${greenhouse}`, 'Your application to Trellis is under review'),

  other(`Dear Helena,

Thank you for your application for the Policy Advisor role at the Westmarch Institute.

We are pleased to invite you to an interview on Wednesday 9 October at 11:00 at our offices at 4 Carlisle Row, London. The interview will last around 45 minutes with a panel of three, and you will be asked to give a 10-minute presentation on a current housing policy issue of your choice.

Please confirm your attendance by replying to this email. If the time is not suitable, let us know and we will try to find an alternative.

Kind regards,
Recruitment Team
Westmarch Institute`, 'Interview invitation - Policy Advisor'),

  other(`Hi Tariq,

Thanks for your interest in the Software Engineer, Backend position at Lumina Pay! As the next step in our process, we'd like to invite you to complete a HackerRank coding assessment.

The assessment consists of 3 problems and should take about 90 minutes. Please complete it within 7 days using the link below:

https://www.hackerrank.com/test/lumina-backend-25?invite=7f3a2c

If you run into any technical issues, reply to this email and we'll help.

Good luck!
Lumina Pay Recruiting`, 'Lumina Pay - Coding Assessment Invitation'),

  other(`Dear Fatima,

On behalf of Westfield Clinical Labs, I am delighted to offer you the position of Laboratory Scientist, starting on Monday 3 March 2025.

Your starting salary will be $78,500 per year, and you will be eligible for our benefits package from your first day. Unfortunately we can't offer the Monday–Friday day shift you originally asked about, so the position will follow a four-day rotating schedule, as discussed during your interview.

Please review the attached offer letter and return a signed copy by 14 February. We're very much looking forward to welcoming you to the team.

Warm regards,
Linda Parsons
Laboratory Director, Westfield Clinical Labs`, 'Offer of Employment - Laboratory Scientist'),

  other(`Dear Talent Community Member,

You're receiving this message because you joined the Harbor Point Hospitality talent community and told us you're interested in hotel operations roles in the Pacific Northwest.

We wanted to let you know that the General Manager position at our Harbor Point Seattle Waterfront hotel, which we featured in last month's newsletter, has now been filled. Thank you to everyone who shared it with friends and colleagues.

Don't worry — you're still part of our talent community, and we'll continue to send you new openings that match your interests. Current openings include Front Office Manager (Portland) and Guest Services Supervisor (Tacoma).

Harbor Point Hospitality Careers

You can update your interests or leave the talent community at any time. Unsubscribe | Privacy Policy`, 'Harbor Point Careers - community update'),

  other(`Hi Daniel,

Thanks for letting us know that you'd like to withdraw your application for the Account Manager position at Brightpath Media. We've withdrawn it as you asked, and you won't receive any further emails about this role.

We're sorry to see you go, and we wish you all the best in your new position. If you're ever interested in joining Brightpath in the future, we'd be glad to hear from you.

Best regards,
Brightpath Media Talent Team${workable}`, 'Application withdrawn - Account Manager'),

  other(`Dear Applicant,

Thank you for applying for the position of Store Supervisor at Kingsway Pharmacy.

This is to confirm that we have received your application. Due to the high volume of applications we receive, we regret that we are unable to respond to each applicant individually. If you have not heard from us within 21 days of the closing date, please assume that your application has not been shortlisted on this occasion.

Thank you for your interest in Kingsway Pharmacy.

Kingsway Pharmacy Recruitment`, 'Application received - Store Supervisor'),

  other(`Hi Brianna,

Congratulations — you've been selected to move forward in the hiring process for the Customer Experience Associate role at Greenleaf Telecom!

The next step is a short on-demand video interview. You'll answer five questions on camera, with two minutes for each answer. You can complete it at any time in the next five days, on your phone or computer.

Start your video interview here: https://interview.greenleaftelecom.example/start/88211

Good luck!
Greenleaf Telecom Talent Acquisition${icims}`, 'Next step: video interview - Greenleaf Telecom'),

  other(`Hi Peter,

Great news — the team really enjoyed speaking with you on Tuesday, and we'd love to move you forward to the final round for the Product Analyst role at Sundial.

The final round is a two-hour virtual session: a case study presentation and two interviews with the Head of Product and one of our engineers. Could you share your availability for next week?

Looking forward to it,
Eva
Recruiting Coordinator, Sundial${ashby}`, 'Sundial - moving forward to the final round'),

  other(`Hi Marta,

New jobs matching your alert "marketing manager – Dublin" were posted this week:

• Marketing Manager — Claddagh Foods, Dublin 2
• Senior Marketing Executive — Liffey Insurance, Dublin 4
• Brand Manager — Harp & Oak Drinks, Dublin 8

Unfortunately, the Digital Marketing Manager job you saved at Fitzwilliam Travel is no longer available on our site.

You are receiving this email because you created a job alert. Manage alerts | Unsubscribe`, '3 new jobs for "marketing manager – Dublin"'),

  other(`Hi Yusuf,

This is a friendly reminder that your online assessment for the Graduate Data Analyst programme at Northgate Water is still waiting to be completed. The assessment link will expire at 23:59 on Sunday 17 November.

Unfortunately we cannot extend the deadline, so please make sure you complete the assessment before then. It takes around 40 minutes.

Good luck!
Northgate Water Early Careers${success}`, 'Reminder: complete your online assessment'),
];
