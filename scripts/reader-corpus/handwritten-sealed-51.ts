/**
 * Sealed messages of the fifty-first round, in two parts. The first part is a spread of declines as employers really
 * send them: tracking-system mail from Workday, Greenhouse, Lever, iCIMS, Taleo, SuccessFactors, SmartRecruiters, Ashby,
 * Jobvite, Teamtailor, Personio, Recruitee and Oleeo, big-company university-recruiting teams, small firms, agency
 * recruiters and hiring managers, from the US, the UK, Ireland, India, Singapore, Canada, Germany, the Netherlands and
 * Australia. Most are the plain, bland letters that make up real inboxes; others carry a reason, an open door, an offer
 * of feedback or a piece of specific feedback in the middle of a longer letter. They cover every stage (application,
 * recruiter screen, online test, take-home, recorded video assessment, background check, interview, final round,
 * assessment centre) and every reason, a few with two; some keep HTML leftovers, some answer a follow-up and quote it,
 * some are two lines long; a few processes are paused. The second part is five months of one student's inbox,
 * September to January: a mechanical-engineering master's student at TU Delft, from India, applying for graduation
 * internships and graduate roles in the Netherlands, Germany, Belgium, Denmark and the UK with automotive suppliers,
 * truck makers, wind and hydrogen companies, grid operators, semiconductor-equipment makers, engineering consultancies
 * and start-ups. Next to her declines, about half the mail only looks like one: application receipts, "thank you for
 * applying" notes with no decision, online-test invitations and reminders, a recorded video-interview invitation,
 * interview scheduling and confirmations, a career-fair invitation, job alerts, portal "status changed" notices with no
 * outcome, careers-office newsletters, a recruiter's InMail, a delayed-decision note, and an internship offer with its
 * follow-ups.
 *
 * Labelling follows the conventions of the hundred-and-seventh development round: the stage is the furthest step the
 * message itself mentions (a recorded one-way video or an online test with no interview is assessment; a call with a
 * recruiter or HR is screen; a conversation with a hiring manager, engineer or founder is interview; a final round,
 * assessment centre or references after final interviews is final). Salary, location, work authorisation, eligibility
 * and overqualification are feedback; a culture fit is feedback only when something concrete about the candidate is
 * said; a test decline is feedback only when it names the score, section or fault. "Other candidates whose experience
 * more closely matches" is profile_mismatch, "moving forward with other candidates" alone is generic, an offer made to
 * someone else is position_filled, an internal appointment is internal_candidate alone, and a failed background or
 * reference check that names no requirement is generic. Keeping the CV on file, a talent pool, "apply again" and
 * "keep an eye on our careers page for future roles" open the door; good wishes do not. A pause that keeps the candidate
 * in the running is on_hold; a "still reviewing" or "decision delayed" note is other.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s51-');

export const HANDWRITTEN_SEALED_51: readonly CorpusLine[] = [
  // ── Part one: many employers, every stage and reason
  rej('application', ['generic'], {},
    `Dear Marcus,

Thank you for your interest in the 2025 Summer Internship - Supply Chain Analytics (R0048812) at Halvern Foods.

We have reviewed your application and, unfortunately, we will not be moving forward with your candidacy for this position.

We appreciate the time you took to apply and wish you every success in your search.

Regards,
Halvern Foods Talent Acquisition

This message was sent from a notification-only address that cannot accept incoming email. Please do not reply.
Powered by Workday`, 'Your application for 2025 Summer Internship - Supply Chain Analytics'),

  rej('application', ['generic'], { ...door },
    `Hi Jordan,

Thanks so much for your interest in Quillmark and for applying to our Product Design Intern role. We know putting together a portfolio takes real work, and we appreciate you sharing yours.

After reviewing all of the applications we received, we've decided to move forward with other candidates for this position.

We're a growing team and new roles open up regularly, so please keep an eye on quillmark.io/careers and apply again if something catches your eye.

Best,
The Quillmark Recruiting Team`, 'Your application to Quillmark'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Aaliyah,

Thank you for applying for the Actuarial Intern - Summer 2025 position (Requisition 2024-11873) with Brightwater Mutual Insurance.

We have carefully reviewed your background and qualifications. At this time, we have identified other candidates whose qualifications more closely align with the requirements of this position, and we will not be moving forward with your application.

Your profile will remain in our Talent Network, and our recruiters may contact you if a future opening matches your experience. We encourage you to visit our careers site regularly.

Sincerely,
Brightwater Mutual Talent Acquisition

**************************************************
This message was sent to aaliyah.brooks@example.edu. If you don't want to receive these emails from this company in the future, please go to:
https://brightwatermutual.icims.com/icims2/`, 'Brightwater Mutual - Actuarial Intern - Summer 2025'),

  rej('application', ['profile_mismatch'], {},
    `Hi Sofia, thanks for applying to Brindle Analytics. After looking at your background we don't think it's the right match for the Data Engineering Intern role, so we won't be moving forward. All the best, Brindle Recruiting

Sent with Lever`, 'Brindle Analytics - Data Engineering Intern'),

  rej('application', ['position_filled'], {},
    `<html><body><font face="Verdana" size="2">Dear Kevin,<br><br>
Thank you for your interest in the position of <b>Clinical Data Intern (Req. 24-0912)</b> at St. Aubrey Health System.<br><br>
Please be advised that this position has been filled. We thank you for the time you invested in applying.<br><br>
Sincerely,<br>
Human Resources<br>
St. Aubrey Health System<br><br>
<i>Please do not reply to this message. This mailbox is not monitored.</i></font>
<!-- Taleo notification 1182 --></body></html>`, 'Clinical Data Intern (Req. 24-0912)'),

  rej('application', ['role_closed'], { ...door },
    `Dear Mr. Okafor,

Thank you for your application for the position "Internship Corporate Controlling (m/f/d)" (Job ID 58231) and for the interest you have shown in Reinhold Klimatechnik.

Due to an internal reorganisation of our Finance department, we have decided not to fill this vacancy after all, and the posting has been withdrawn. Your application will therefore not be considered further.

We regret that we cannot give you a more positive answer. We would be pleased if you continued to follow our job portal and applied for other positions that match your profile.

Mit freundlichen Grüßen / Kind regards

Your HR Services Team
Reinhold Klimatechnik GmbH

Reinhold Klimatechnik GmbH | Sitz der Gesellschaft: Kassel | Amtsgericht Kassel HRB 4471
This email was generated automatically by SAP SuccessFactors. Please do not reply.`, 'Your application as Internship Corporate Controlling (m/f/d)'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Rohan Mehta,

Greetings from Anantha Infosystems!

Thank you for applying for the Graduate Engineer Trainee - SAP Finance position (Req ID GET-FIN-0925).

We have gone through your profile in detail. For this batch, an SAP FICO certification is mandatory at the time of joining, as trainees are deployed directly on client projects after a two-week induction. As your profile does not show this certification, we are unable to take your candidature forward for this role.

We thank you for your interest in Anantha Infosystems and wish you all the best for your future endeavours.

Warm regards,
Talent Acquisition Team
Anantha Infosystems Ltd., Hyderabad

This is a system generated mail. Please do not reply.`, 'Application status: Graduate Engineer Trainee - SAP Finance'),

  rej('application', ['location'], { ...fb },
    `Dear Wei Jie,

Thank you for your interest in the Straitsgate Management Associate Programme 2025.

We have reviewed your application. Please note that the Management Associate Programme is open only to Singapore Citizens and Singapore Permanent Residents, as participants rotate through divisions that support government-linked contracts. Based on the information you provided, you do not currently hold either status, and we are therefore unable to consider your application further.

Thank you once again for your interest in Straitsgate Holdings.

Yours sincerely,
Talent Acquisition
Straitsgate Holdings Pte. Ltd.`, 'Straitsgate Management Associate Programme 2025 - application outcome'),

  rej('application', ['salary'], { ...fb },
    `Hi Émilie,

Thank you for applying for our Summer 2025 Environmental Engineering Co-op position in Sherbrooke.

On your application form you listed an expected wage of $32 per hour. Our co-op wage for this position is set at $21.50 per hour by our collective agreement and we can't adjust it for individual students, so we won't be moving ahead with your application.

Thanks again for thinking of us.

Marc-André Gagnon
Office Manager, Géotech Estrie Inc.`, 'Co-op Summer 2025 - Géotech Estrie'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Dr Nguyen,

Thank you for applying for the position of Laboratory Assistant (Casual) in the School of Biomedical Sciences, reference 0127745.

The selection panel has reviewed all applications. This is an entry-level role focused on glassware preparation, media making and general laboratory upkeep. Given that you hold a PhD and have more than four years of postdoctoral experience, the panel considered that your experience is well above what the position requires, and you have not been shortlisted.

We would strongly encourage you to apply for Research Officer or Research Fellow positions with the School as they are advertised; you can set up a job alert on our careers site.

Kind regards,
Recruitment Services
Eastern Coast University, Brisbane`, 'Outcome of your application - Laboratory Assistant (Casual) - 0127745'),

  rej('application', ['internal_candidate'], {},
    `Dear Ms Adeyemi,

Post: Graduate Planning Officer (ref. PLN/24/118)

Thank you for your recent application for the above post.

I am writing to let you know that, following a review of staffing within the Planning Service, the post has been offered to an existing member of staff through our internal redeployment process. We are therefore not able to progress external applications.

Thank you for your interest in working for the Council.

Yours sincerely,

HR Recruitment Team
Castleford Metropolitan Borough Council`, 'Graduate Planning Officer (ref. PLN/24/118)'),

  rej('application', ['culture_fit'], { ...fb },
    `Hi Bas,

Thanks for applying to join Studio Kiemkracht, and for the detailed motivation letter.

We read it with interest, and we want to be honest about why we're not inviting you to talk further. In your letter you wrote that you're looking for a clear hierarchy, a manager who sets your priorities each week and a defined set of tasks to own. We work very differently: we're a self-managing team of nine with no managers, everyone takes client calls, and we decide on priorities together every Monday. We don't think you would enjoy working that way, and so we won't be taking your application further.

We hope you find a place that suits you well.

Warm regards,
Ilse and the Kiemkracht team
Utrecht`, 'Je sollicitatie bij Studio Kiemkracht'),

  rej('application', ['generic'], {},
    `Hi Dev - thanks for applying to Ferrous. We won't be moving forward with your application for Founding Engineer (Intern) this time. Appreciate you reaching out.

- The Ferrous team

Powered by Ashby`, 'Ferrous application update'),

  rej('application', ['profile_mismatch'], {},
    `Dear Charlotte,

Application reference: WLG-2025-07731
Scheme: 2025 Graduate Programme - Infrastructure Finance

Thank you for applying to the Whitlock Grange 2025 Graduate Programme.

We have now assessed your application against the criteria for the scheme. We're sorry to tell you that your application has not been successful on this occasion, as other applicants met those criteria more closely.

Given the number of applications we receive, we're unable to provide individual feedback at this stage.

Kind regards,
Whitlock Grange Early Careers Team

This email was sent via Oleeo. Please do not reply to this address.`, 'Your Whitlock Grange application (WLG-2025-07731)'),

  rej('application', ['generic'], { ...door },
    `Hi Thijs,

Thank you for your application for the position of Junior Growth Marketeer at Parcelvoort!

We've had a lot of applications for this role and after careful consideration we've decided to continue with other candidates. We know this isn't the news you were hoping for.

We'd love to stay in touch, though. Join our Connect community and we'll let you know when new jobs open that match your interests.

Cheers,
Noor from the Parcelvoort People team

Sent with Teamtailor`, 'Your application at Parcelvoort'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Ms. Fernandes,

Thank you for your application as Junior Customer Success Manager (m/w/d) at Lichtwerk Software GmbH in Leipzig.

We have reviewed your documents carefully. In this role you would look after our customers in Germany, Austria and Switzerland, so business-fluent German (at least C1) is an essential requirement. In your application you state German at B1 level, so unfortunately we cannot consider your application further.

If your German has reached C1 in the future, we would be very happy to receive a new application from you.

Best regards,
Katrin Vogel
People & Culture, Lichtwerk Software GmbH

Sent via Personio`, 'Your application as Junior Customer Success Manager (m/w/d)'),

  rej('application', ['location'], { ...fb },
    `Dear Arjun,

Thank you for your application to the Corrib Bank 2025 Graduate Programme (Technology stream).

We have now reviewed your application. Unfortunately, candidates for this programme must already hold the right to work in Ireland without restriction (for example EU/EEA/Swiss/UK citizenship or Stamp 4 permission), as we are not in a position to support Critical Skills or General Employment Permit applications for graduate roles. According to your application you would require a permit, so we cannot progress your application.

We appreciate your interest in Corrib Bank and wish you every success.

Kind regards,
Graduate Recruitment Team
Corrib Bank plc, Dublin 2`, 'Corrib Bank Graduate Programme 2025 - your application'),

  rej('application', ['position_filled'], { ...door },
    `Dear Yara,

Thank you for your application for the Werkvoorbereider (Work Planner) - Graduate position at Bouwbedrijf Terlaak.

We've now found a suitable candidate for this position, so the vacancy is closed and we won't be taking your application further.

With your permission we'll keep your CV in our database for one year, so we can contact you if a matching vacancy comes up. If you'd prefer us to delete your details, just let us know.

Met vriendelijke groet / Kind regards,
Recruitment Bouwbedrijf Terlaak
Zwolle

This email was sent via Recruitee.`, 'Your application for Werkvoorbereider - Graduate'),

  rej('application', ['role_closed'], {},
    `Hi Lachlan,

Thanks for applying for the Graduate Analyst role in our Operations division.

Due to a restructure of the division announced this week, we will no longer be recruiting for this position, and all applications for the role have been closed.

We're sorry for the inconvenience and thank you for your interest in Tasman Freight.

Kind regards,
People & Culture | Tasman Freight Group
Level 9, 140 Collins Street, Melbourne VIC 3000`, 'Graduate Analyst - Operations'),

  rej('application', ['generic'], { ...offered },
    `Hi Jess,

Thanks for letting me put you forward for the Marketing Coordinator role with my client in Leeds.

They've had a look through the shortlist I sent and I'm afraid they've decided not to take your CV any further this time.

If it'd help, I'm happy to have a quick chat about how your CV is coming across to clients - just drop me a line and we'll find a time.

Cheers,
Tom Ashworth
Senior Consultant, Brookfield Talent Ltd`, 'Marketing Coordinator - Leeds'),

  rej('application', ['generic'], {},
    `<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:20px;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333333">
<p>Hi Nikhil,</p>
<p>Thank you for applying to the <strong>Hardware Engineering Intern (Summer 2025)</strong> position at Cobalt Orbital.</p>
<p>After carefully reviewing your application, we have decided not to proceed with your candidacy at this time.</p>
<p>We wish you all the best in your search.</p>
<p>Cobalt Orbital Talent Team</p>
</td></tr></table>
<p style="font-size:11px;color:#999999">You can change your email preferences at: https://app.jobvite.com/l</p>`, 'Cobalt Orbital - Hardware Engineering Intern (Summer 2025)'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Lieke,

Thank you for applying for the position of Junior Projectleider Installaties at Van Houten Techniek.

This role involves visiting building sites across Gelderland and Overijssel several times a week in a company car, so a valid driving licence (category B) is a hard requirement. Your CV mentions that you don't hold a licence yet, so unfortunately we can't take your application further.

Good luck with your search.

Met vriendelijke groet,
Annemiek Brouwer
HR Adviseur, Van Houten Techniek B.V.`, 'Sollicitatie Junior Projectleider Installaties'),

  rej('application', ['location'], { ...fb },
    `Hi Jonas,

Thanks for applying to the Manufacturing Engineer role at Vireo Batteries in Salzgitter.

In your application you said you're only looking for fully remote positions. This role is based full time on our production floor, as you'd be working directly on the cell assembly line with the shift teams, so we won't be moving forward with your application.

Best wishes,
Vireo Batteries Talent Acquisition

Sent via SmartRecruiters`, 'Vireo Batteries - Manufacturing Engineer'),

  rej('application', ['generic'], { ...door },
    `Dear Daniel Osei,

Thank you for your interest in the Summer 2025 Technology Internship at Laurentide Bank Financial Group.

Following a review of your application, we regret to inform you that you have not been selected to move forward in the recruitment process.

Your profile will remain in our talent pool, and you may be contacted should another opportunity matching your skills become available. We encourage you to continue visiting our careers site.

Best regards,
Laurentide Bank Financial Group - Campus Recruitment
Toronto | Montréal

This is an automated message from SAP SuccessFactors. Please do not reply.`, 'Laurentide Bank - Summer 2025 Technology Internship'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Sneha,

Thank you for your interest in career opportunities with Meridian Pharma India.

We have carefully reviewed your application for the position of Quality Control Executive - Trainee (Job ID 30441, Vadodara). We regret to inform you that we have decided to pursue other candidates whose profiles more closely match the requirements of the position at this time.

We will retain your resume in our database and may contact you if a suitable opening arises in the future.

Regards,
Meridian Pharma India - Talent Acquisition

Note: This is an auto-generated email from Taleo. Please do not respond.`, 'Your application for Quality Control Executive - Trainee'),

  rej('application', ['location'], { ...fb, ...door },
    `Dear Hamid,

Thank you for applying for the 2025 Graduate Engineering Program at Southern Cross Defence Systems.

Many of our programs and facilities require a Defence security clearance, which is only available to Australian citizens. From the information in your application, you are not currently an Australian citizen, so we are unable to progress your application for this program.

If your circumstances change, we would be pleased to receive a future application from you. Our commercial aerospace division also runs a graduate intake without the citizenship requirement, and we'd encourage you to apply when it opens in March.

Regards,
Early Careers Team
Southern Cross Defence Systems, Adelaide`, 'Your application - 2025 Graduate Engineering Program'),

  // ── after a recruiter or HR call
  rej('screen', ['generic'], {},
    `Hi Tyler,

Thank you for taking the time to speak with me on the phone on Tuesday about the Sales Development Intern role at Loomgrid. It was nice getting to know you.

I wanted to let you know that we've decided to move forward with other candidates at this time.

I appreciate your interest in Loomgrid and wish you the best in your search.

Thanks,
Kelsey Park
Recruiter, Loomgrid

Sent via Greenhouse`, 'Loomgrid - Sales Development Intern'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Amrit,

Thanks again for the call last week about the Junior Process Engineer opening at Northbrook Paper in Thunder Bay.

We've now completed our first conversations with candidates, and the team has decided to continue with applicants whose mill experience more closely aligns with what they need for this role. I'm sorry it isn't better news.

I'll keep your resume on file, and if something comes up that looks like a closer fit, I'll be in touch.

All the best,
Dana McIntyre
Talent Acquisition Specialist, Northbrook Paper`, 'Junior Process Engineer - Northbrook Paper'),

  rej('screen', ['salary'], { ...fb },
    `Hi Ollie,

Thanks for your time on the phone yesterday.

I've spoken to the hiring manager about the expectations you mentioned. You said you'd be looking for around £42,000, and the band for the Graduate Data Analyst role is £32,000 to £34,000 with no flexibility for this intake, so unfortunately we won't be progressing your application.

Thanks again, and best of luck.

Rachel Sutton
Talent Partner, Fennimore Home Insurance`, 'Graduate Data Analyst'),

  rej('screen', ['location'], { ...fb },
    `Dear Karthik,

Thank you for speaking with our HR team on 14th November regarding the Associate - Supply Chain Planning role.

As discussed during the call, this position requires working from our Gurugram office five days a week. You mentioned that you can only consider roles based in Chennai for the next year. As we are unable to offer remote or Chennai-based working for this team, we will not be proceeding with your candidature.

We wish you the very best in your career.

Regards,
HR Team
Vardhan Consumer Products Pvt. Ltd.`, 'Associate - Supply Chain Planning'),

  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Hi Pooja,

Thanks for your time on our call on Monday.

I shared my notes with the hiring manager for the Salesforce Developer role. The position needs a minimum of two years of hands-on Apex and Lightning development on live projects, and from our conversation your experience is around eight months, mostly in admin configuration. So we won't be moving forward at this point.

If it would help, I'm happy to share a little more about what the team looks for - just reply to this mail.

Regards,
Shreya Kulkarni
Talent Acquisition, Cloudnest Technologies, Pune`, 'Salesforce Developer - Cloudnest'),

  rej('screen', ['role_closed'], {},
    `Hi Hannah,

Thank you for speaking with me about the Graduate Buyer position earlier this month.

Since our call, the business has taken the decision to remove this role from the budget for this financial year. I'm sorry to say that means we're closing the vacancy and won't be progressing anyone further.

Kind regards,
Gemma Hughes
Recruitment Partner, Ashby Lane Retail Group`, 'Graduate Buyer - update'),

  rej('screen', ['overqualified'], { ...fb, ...door },
    `Hi Farah,

It was a pleasure speaking with you on Thursday.

After our call I've been thinking about the Project Coordinator role, and I honestly don't think it's the right level for you. You've spent nine years running multi-million-dollar capital projects, and this position is mostly scheduling, meeting notes and document control for the project managers. I'd worry you'd be bored within a month, so we won't be taking your application forward for this one.

That said, we'll be hiring two Senior Project Managers in the spring and I'd like to keep you in mind for those. I'll reach out directly when they're posted.

Best regards,
Ryan Kowalczyk
Talent Acquisition, Prairie Span Construction, Winnipeg`, 'Project Coordinator - following up'),

  rej('screen', ['internal_candidate'], {},
    `Dear Mei Ling,

Thank you for speaking with us on 3 December regarding the Executive, Corporate Communications position.

We would like to inform you that the position has been filled by an internal candidate. We therefore will not be proceeding further with your application.

We thank you for your interest in Harbourfront Land Group.

Best regards,
Human Resources
Harbourfront Land Group, Singapore`, 'Executive, Corporate Communications'),

  rej('screen', ['culture_fit'], {},
    `Hi Callum,

Thanks for jumping on the introductory call with our People team last week.

We've talked it through and we don't feel there's the right culture fit between you and the team at this stage, so we've decided not to progress your application for the Junior Account Manager role.

Thanks again for your time.

Best,
Sasha
People Team, Bramble & Finch Agency, Manchester`, 'Bramble & Finch - Junior Account Manager'),

  // ── after a test, take-home, video assessment or check
  rej('assessment', ['assessment'], {},
    `Dear Imogen,

Thank you for completing the online assessments for the Kingsmoor Group 2025 Finance Graduate Scheme.

Unfortunately, on this occasion your results did not meet the standard required to progress to the next stage of our selection process.

We appreciate the time and effort you have put into your application and wish you the best in your future career.

Kind regards,
Kingsmoor Group Graduate Recruitment`, 'Kingsmoor Group - application update'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Mitchell,

Thanks for completing the online assessments for the Coastline Water 2025 Graduate Program.

We set a minimum of the 60th percentile on each test. Your numerical reasoning result was at the 42nd percentile, so, although your verbal reasoning result was above the benchmark, we won't be progressing your application to the interview stage this year.

Regards,
Coastline Water Graduate Recruitment Team
Sydney NSW`, 'Coastline Water Graduate Program - assessment outcome'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Gabriel,

Thanks for sending over your take-home for the Backend Engineer, New Grad role at Threadline. I know these take time, and we appreciate the effort.

The team reviewed it this week and we're not going to move forward. The main issues they noted: the service didn't start from a clean checkout because of a missing dependency in the requirements file, there were no tests for the rate-limiting logic, and the pagination returned duplicate records when items were added between requests. The README and API design were clear, which they liked.

If you'd like to go over the review in more detail, reply here and I'll set up 20 minutes with one of the reviewers.

Best,
Morgan Ellis
Recruiting, Threadline`, 'Threadline - take-home review'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Aisha,

Thank you for completing the situational judgement test and numerical reasoning test for the Harwood Hale Audit & Assurance Graduate Programme.

After careful review, your results did not reach the benchmark required for the next stage, and we will not be progressing your application on this occasion.

We would encourage you to apply to our 2026 intake when applications open in September. You are eligible to apply again next year.

Best wishes,
Harwood Hale Student Recruitment

Powered by Oleeo`, 'Harwood Hale - your application'),

  rej('assessment', ['generic'], {},
    `Dear Jamal,

We have now received the results of the pre-employment background screening for the Operations Analyst position.

Following a review of the results, we regret to inform you that we are unable to proceed with your application, and the conditional offer made to you is withdrawn. For reasons of confidentiality we cannot discuss the details of the screening by email. If you believe the report contains an error, you may request a copy from the screening provider.

Sincerely,
Talent Acquisition
Keystone Freight Solutions, Columbus, OH`, 'Operations Analyst - background screening'),

  rej('assessment', ['position_filled'], {},
    `Hi Priyanka,

Thank you for sending in the case study for the Junior Product Analyst role at Pocketfin. The team read it last week.

While we were reviewing submissions, we made an offer to another candidate who was further along in our process, and they've accepted. That means we're closing the role and won't be taking the case studies any further.

Sorry we couldn't bring better news, and thanks for your effort.

Best,
Ciara
Talent, Pocketfin, Dublin`, 'Pocketfin - Junior Product Analyst'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Mr. Adebayo,

Thank you for taking part in the online language assessment for the position of Trainee Sales Engineer (m/f/d) in Bielefeld.

The result of your German test corresponds to level B1. For this position, which involves technical advice to our customers by phone and on site, level C1 is required. Unfortunately we are therefore not able to consider your application further.

Kind regards
Ihr Recruiting-Team
Hellmann Antriebstechnik GmbH`, 'Your application as Trainee Sales Engineer (m/f/d)'),

  rej('assessment', ['assessment'], {},
    `Dear Ananya,

Thank you for completing the recorded video assessment for the Graduate Analyst Programme 2025 at Ravindra Capital.

Our team has reviewed your responses. We regret to inform you that you have not been shortlisted for the next round.

We appreciate your interest in Ravindra Capital.

Regards,
Campus Recruitment Team
Ravindra Capital, Mumbai`, 'Graduate Analyst Programme 2025 - update'),

  // ── after interviews
  rej('interview', ['generic'], {},
    `Dear Brandon,

Thank you for interviewing for the Mechanical Engineering Co-op (Summer/Fall 2025) position at Orrin Aerostructures. We appreciate the time you spent with our team.

After careful consideration, we have decided to pursue other candidates for this position.

Thank you for your interest in Orrin Aerostructures.

Orrin Aerostructures University Relations

This email was sent from Workday. Please do not reply.`, 'Orrin Aerostructures - Mechanical Engineering Co-op'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Leah,

Thank you for taking the time to interview with our team for the Junior UX Researcher role. Everyone enjoyed talking with you about your usability study for the library app.

After a lot of discussion, we've decided to move forward with a candidate whose research experience more closely matched what the team needs right now.

We'll keep your information on file, and if another role opens up that feels like a fit, we'd love to reach out.

Warmly,
Camila Reyes
Recruiting, Harborlight Health Tech, Boston`, 'Harborlight Health Tech - Junior UX Researcher'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Siddharth,

Thank you for coming in to meet Ellen, Robert and me last Wednesday for the Graduate Structural Engineer position. I want to start by saying we appreciated how well prepared you were; you'd clearly read up on our bridge refurbishment work, and your questions about the Harrowgate viaduct project were excellent.

We have now interviewed all six shortlisted candidates, and I'm sorry to say we will not be offering you the position. It was a close decision. The deciding point for us was finite element modelling: much of the first year on this team is building and checking models in our analysis software, and in the technical part of the interview you told us you have only used FE software briefly in one module and weren't confident setting up boundary conditions or interpreting the results. Other candidates we met had spent a year in industry doing exactly that.

I'd be very happy to talk through the interview in more detail if that would be useful for your next applications. Just reply to this email and we'll arrange a call.

With best wishes,
Fiona Marsh CEng MIStructE
Associate Director, Holloway Marsh Consulting Engineers, Bristol`, 'Graduate Structural Engineer - Holloway Marsh'),

  rej('interview', ['position_filled'], {},
    `Hi Nate,

Thanks for interviewing with us for the Operations Associate role at Tallgrass Logistics.

I wanted to let you know that we offered the position to another candidate, and they have accepted.

Thanks again for your time and interest.

Best,
Alicia Romero
HR Generalist, Tallgrass Logistics, Omaha`, 'Operations Associate - Tallgrass Logistics'),

  rej('interview', ['internal_candidate'], {},
    `Dear Saoirse,

Thank you for attending interview for the position of Graduate Clinical Engineer on Friday.

Following the interviews, the panel has decided to appoint a current member of staff from the Medical Physics department to this post. We will therefore not be offering the position to an external candidate on this occasion.

Thank you for your interest in Galway Regional Hospitals Group.

Yours sincerely,
HR Department`, 'Graduate Clinical Engineer - interview outcome'),

  rej('interview', ['role_closed'], {},
    `Hi Ethan,

Thank you for interviewing with us for the Junior Data Scientist role. I'm sorry to be writing with this news.

Following our Q1 planning, the leadership team has cut the budget for new headcount in the analytics group, and this role is one of the positions that has been cancelled. We're closing the search and won't be making a hire.

I'm sorry for the time you put into the process, and I hope our paths cross again.

Best,
Renee Tran
Talent Acquisition, Solace Home Health, Austin`, 'Junior Data Scientist - update'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Maya,

Thanks for coming to the studio on Tuesday to meet the team for the Junior Developer role.

We've decided not to move forward, and I want to tell you why. You told us that you like to have a task fully specified before you start and that you find it stressful when priorities change during the week. Our clients change their minds constantly and we re-plan most days, often in the middle of a piece of work. We think that would make the job a daily frustration for you rather than something you'd enjoy.

Your technical answers were good, and that wasn't the issue.

Cheers,
Oscar Lindgren
Co-founder, Pixelkite, Amsterdam`, 'Pixelkite - Junior Developer'),

  rej('interview', ['salary'], { ...fb },
    `Hi Rahul,

Thank you for meeting with Deepa and Vikram for the Product Analyst role.

They were keen on your profile, but we have not been able to close the gap on compensation. You shared an expected CTC of 18 LPA, and the maximum we have approved for this position is 12 LPA. As we cannot increase the budget for this role, we will not be proceeding further.

Thanks again for your time.

Regards,
Neha Bansal
People Team, Kirana Cloud, Bengaluru`, 'Product Analyst - Kirana Cloud'),

  rej('interview', ['location'], { ...fb },
    `Hi Zoe,

Thanks for interviewing with Mark and me for the Graduate Mining Engineer role.

We've thought about it carefully. The role is based at our Kalgoorlie site on an 8/6 FIFO roster out of Perth from February. In the interview you explained that you need to stay in Brisbane until at least July for family reasons, and we can't hold the position open that long or base it on the east coast. So we've decided not to go ahead with your application.

Good luck with your search.

Regards,
Brett Sandilands
Superintendent - Mine Planning, Redgum Minerals`, 'Graduate Mining Engineer - Redgum Minerals'),

  rej('interview', ['overqualified'], { ...fb, ...door },
    `Dear Mr. Fischer,

Thank you for your interview on 12 November for the position of Technical Draughtsperson (m/f/d).

We enjoyed the conversation very much. However, with your Dipl.-Ing. degree and six years as a design engineer, we believe this position, which consists mainly of preparing drawings from our engineers' models, would not use your experience, and we are concerned that you would not be satisfied in it for long. We have therefore decided to fill it with a candidate at an earlier career stage.

We would be glad to keep your application in our talent pool for design engineering positions, which we expect to advertise next year.

With kind regards
Sabine Hartmann
Human Resources, Kranz Fördertechnik GmbH, Augsburg`, 'Your interview with Kranz Fördertechnik'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Aditi,

Thanks for your time last week speaking with our engineering team about the Firmware Engineer Intern role.

We've now wrapped up interviews and decided to go with candidates whose experience was a stronger match for this particular team.

If you'd like feedback from the interviews, feel free to reach out to me and I'll share what I can.

Best,
Josh Whitaker
University Recruiting, Lumatek Semiconductor, San Jose`, 'Lumatek Semiconductor - Firmware Engineer Intern'),

  rej('interview', ['generic'], { ...door, ...offered },
    `Dear Ciaran,

I hope this finds you well, and thank you once again for making the trip to our Cork office for your interview for the Graduate Process Engineer role on the 21st. I know it was a long day, between the interview with the engineering team and the site tour, and we were grateful for your patience and your interest throughout.

As you know, we received a very strong response to this year's graduate intake, and the standard of the candidates we met was high. We have now completed our interviews and, having considered all of the candidates carefully, I'm sorry to tell you that we will not be offering you a place on this year's programme. I appreciate that this is disappointing after the time and effort you put in.

Should you wish to receive feedback on your interview, please let me know and I will arrange a short call with one of the panel. We would also be very happy to hear from you again: the 2026 intake opens in October and we'd encourage you to apply, and we will keep your details on file in the meantime in case a suitable vacancy arises sooner.

Thank you again for your interest in Lee Valley Biologics, and I wish you every success.

Kind regards,
Orla Brennan
Graduate Programme Lead, Lee Valley Biologics`, 'Graduate Process Engineer - interview outcome'),

  rej('interview', ['skills_gap', 'salary'], { ...fb },
    `Hi Ben,

Thanks for the conversation with our CTO on Friday about the Platform Engineer role.

We're going to pass for now, for two reasons. First, we need someone who has run Kubernetes in production; you've used it in personal projects, but not at the scale we're running. Second, your expectation of €75k is above the €58-62k range we budgeted for this role, and we can't stretch that at our stage.

Thanks for your interest in Gridmesh and good luck.

Jelle Bakker
Founder, Gridmesh, Rotterdam`, 'Gridmesh - Platform Engineer'),

  rej('interview', ['generic'], {},
    `Hi Priya - thanks for coming in on Tuesday. We've decided to go another way on the role. Best of luck with everything.

Tom

Sent from my iPhone`, 'Re: Tuesday'),

  rej('interview', ['position_filled'], { ...door },
    `Dear Harpreet,

Thank you for taking the time to interview for the Graduate Electrical Engineer position at Tamarind Power Systems.

We have now completed the selection process and the position has been filled. I'm sorry we could not bring you better news.

We were impressed with your knowledge of protection systems and would like to keep your CV on file for future graduate intakes. Please also keep an eye on our careers page.

Kind regards,
Human Resources
Tamarind Power Systems, Mississauga`, 'Graduate Electrical Engineer - Tamarind Power Systems'),

  // ── after a final round, onsite or assessment centre
  rej('final', ['generic'], {},
    `Dear Kofi,

Thank you for attending the final round of interviews for the Summer Analyst position at Ashcombe Partners.

We regret to inform you that we will not be extending an offer to you at this time. The final round was extremely competitive, and this decision was not an easy one.

We thank you for your interest and wish you the best of luck.

Sincerely,
Ashcombe Partners Campus Recruiting, New York`, 'Ashcombe Partners - Summer Analyst'),

  rej('final', ['position_filled'], { ...door },
    `Hi Isabela,

I wanted to thank you again for coming onsite last week for the Mechanical Engineer I role. You were one of two finalists, and the team enjoyed spending the day with you.

We have extended an offer to the other finalist, and they have accepted it. I'm genuinely sorry, as this was a difficult call.

We'd love to stay in touch. I'll keep your resume on file and reach out personally if we open another mechanical role this year, which seems likely.

Best,
Derek Oyelaran
Engineering Manager, Helio Robotics, Pittsburgh`, 'Helio Robotics - Mechanical Engineer I'),

  rej('final', ['profile_mismatch'], { ...offered },
    `Dear Ji-woo,

Thank you for attending the final panel interview for the Graduate Software Engineer role at Meridian Rail on Thursday.

After careful consideration, the panel has decided not to progress your application, as other candidates' experience more closely matched the needs of the team.

If you would like feedback on your final interview, please reply to this email and we will arrange a short call with a member of the panel.

Kind regards,
Early Careers Team
Meridian Rail Ltd, Derby`, 'Graduate Software Engineer - final interview'),

  rej('final', ['skills_gap'], { ...fb },
    `Dear Tanvi,

Thank you for attending our final-round interviews in Singapore for the Associate Consultant role in our Operations Advisory practice.

I am sorry to tell you that we will not be making you an offer. The partners were impressed by your analytical work in the case discussion. However, this role involves leading client workshops from the first month, and the panel felt you do not yet have the experience of facilitating sessions with senior stakeholders that the role requires.

We wish you every success.

Best regards,
Gerald Tan
Talent Acquisition, Kestrel Bay Advisory, Singapore`, 'Associate Consultant - final round outcome'),

  rej('final', ['generic'], {},
    `Dear Liam,

Thank you for your patience while we completed our reference checks following your final interviews for the Graduate Surveyor position.

Having now received and considered the references, we regret that we are unable to offer you the position. As our reference process is confidential, we are not able to share the details of the references with you.

We thank you for your interest in Pennant Surveying and wish you well.

Yours sincerely,
HR Manager
Pennant Surveying Ltd, Belfast`, 'Graduate Surveyor - reference checks'),

  rej('final', ['role_closed'], {},
    `Hi Amara,

Thank you so much for coming onsite last Friday for the Associate Product Manager role.

I'm writing with some unexpected news. This week the company decided to freeze all new hiring while we review our product roadmap, and the APM role has been cancelled. This has nothing to do with your candidacy - we won't be hiring anyone for it.

I'm sorry. You were a strong finalist.

Kim Larsen
Head of Talent, Sproutly, Seattle`, 'Sproutly - Associate Product Manager'),

  rej('final', ['culture_fit'], {},
    `Dear Eoin,

Thank you for attending the final interview for the Graduate Business Analyst position.

The panel was impressed with all of the finalists. After much deliberation, they felt that another candidate was a better fit with the team's culture and ways of working, and we will not be progressing your application further.

Thank you for your interest in Liffey Software.

Kind regards,
People Team, Liffey Software`, 'Graduate Business Analyst - outcome'),

  rej('final', ['internal_candidate'], {},
    `Hi Josh,

Thanks for joining us for the final round for the Junior Mechanical Designer position.

We've decided to appoint someone from our own drafting team, who has been working with the design group on a secondment for the past year. We won't be making an external hire for this position.

Thanks for your time and all the best,
Sarah Whitcombe
HR Manager, Coastal Marine Fabrication, Newcastle NSW`, 'Junior Mechanical Designer'),

  rej('final', ['assessment'], { ...fb },
    `Dear Olumide,

Thank you for attending the Brackenridge Engineering assessment centre in Birmingham on 29 January.

We have now reviewed the scores from every exercise. You performed well at the interview, but your results in the group exercise and the written report were below the benchmark we set for the scheme. The assessors noted that you did not contribute to the group's discussion until the final ten minutes, and that your report did not reach a recommendation within the time.

As a result, we are unable to offer you a place on the 2025 Graduate Scheme.

Kind regards,
Brackenridge Engineering Graduate Recruitment`, 'Brackenridge Engineering Graduate Scheme - assessment centre outcome'),

  rej('final', ['overqualified'], { ...fb, ...door },
    `Hi Grace,

Thank you for coming to the final interview for the Junior Bookkeeper role at Hartley Wood Accountants.

We enjoyed meeting you, but after talking it through we've come to the view that the role wouldn't stretch you. You've been managing a finance team of four and preparing year-end accounts yourself, and this post is mostly data entry and bank reconciliations under supervision. We think you'd quickly outgrow it, so we won't be offering it to you.

We expect to recruit a Senior Accountant later in the year and would be very pleased to hear from you then.

Kind regards,
Julie Hartley
Partner, Hartley Wood Accountants, Leicester`, 'Junior Bookkeeper - Hartley Wood'),

  // ── replies and follow-ups
  rej('application', ['generic'], {},
    `Hi Sam,

Apologies for the delay in getting back to you. Unfortunately, we won't be progressing your application for the Data Analyst role.

Kind regards,
Laura

Laura Bennett | Office Manager | Kestle Analytics Ltd

From: Sam Okoye
Sent: 12 February 2025 09:14
To: careers@kestle-analytics.co.uk
Subject: Data Analyst application - follow up

Hi,

I applied for the Data Analyst role three weeks ago and wanted to check whether there is any update on my application.

Many thanks,
Sam`, 'RE: Data Analyst application - follow up'),

  rej('screen', ['generic'], { ...offered },
    `Hi Ravi,

Good to speak last week. I've had the feedback from my client on the Graduate Mechanical Engineer role, and unfortunately they've decided not to take you to interview.

I know that's frustrating after a good first chat. Give me a ring whenever suits and I'll talk you through what they said - there are a couple of points worth knowing for your next application.

Speak soon,
Danny Reid
Engineering Recruitment Consultant, Wexford Talent Solutions, Birmingham`, 'Graduate Mechanical Engineer - client update'),

  // ── paused processes
  hold('application', ['role_closed'], {},
    `Hi Carlos,

Thanks for applying to the Software Engineering Intern role at Beaconfield.

We wanted to let you know that we've paused hiring for our intern program while we finalize our headcount plan for next year. Your application is still active and hasn't been declined; we'll pick it back up as soon as hiring resumes.

We expect an update in about four weeks. Thanks for your patience.

Beaconfield Recruiting

Sent via Greenhouse`, 'An update on your Beaconfield application'),

  hold('interview', ['generic'], {},
    `Dear Aoife,

Thank you for your interview with the team last Tuesday for the Junior Quality Engineer role.

I wanted to let you know that we've had to pause the process for a few weeks. No decision has been made on any of the candidates and you remain under consideration. I'll be in touch as soon as we are able to continue.

Many thanks for your patience.

Kind regards,
Niamh Doyle
HR Business Partner, Shannonside Medical Devices, Limerick`, 'Junior Quality Engineer - update'),

  hold('final', ['role_closed'], {},
    `Dear Vikram,

Thank you for attending the final round for the Management Trainee position.

Following a reorganisation announced by our board this week, the company has put all external hiring on hold until the new structure is confirmed in the new year. You remain one of our finalists, and your candidacy has not been closed. We will contact you as soon as the freeze is lifted.

We appreciate your understanding.

Regards,
Talent Acquisition
Sahyadri Agro Industries Ltd., Pune`, 'Management Trainee - status of selection process'),

  hold('screen', ['role_closed'], {},
    `Hi Rosie,

Thanks again for our call on Wednesday.

A quick update: the budget sign-off for the Graduate Engineer role has been pushed back to the end of the quarter, so the hiring manager has put the process on hold until then. You're still very much in the running - I'll get back to you as soon as it's approved and we can book your interview.

Thanks,
Liam Carter
Recruiter, Northpoint Water Services, Halifax NS`, 'Graduate Engineer - on hold for now'),

  // ── Part two: one student's inbox, September to January (MSc Mechanical Engineering, TU Delft)
  // September
  other(`Hi Meera,

Welcome back to campus! Here's what the Career Centre has lined up for master's students this autumn.

WORKSHOPS
• 17 Sept - Writing a Dutch-style CV and motivation letter (Aula, room C)
• 24 Sept - Online tests: numerical, logical and situational judgement practice
• 1 Oct - Job hunting as an international student: orientation year, work permits and the "kennismigrant" route

COMPANY EVENTS
• Delft Mechanical Company Days - 8 & 9 October (see separate invitation)
• Brainport Industries Day trip to Eindhoven - 22 October, sign up by 10 October

ONE-TO-ONE ADVICE
Book a 30-minute CV check or internship advice slot with a career adviser in MyCareer.

Good luck with your search,
TU Delft Career Centre

You receive this newsletter because you are a registered TU Delft student. Unsubscribe`, 'Career Centre Newsletter - September'),

  other(`Dear Meera,

Thank you for your application for the position "Internship Thermal Management - Battery Systems (f/m/d)" (Job ID R-41187) at Voltara Automotive.

We have received your application documents and will review them carefully. We will get back to you as soon as possible. Please note that, due to the number of applications we receive, this may take a few weeks.

You can view the status of your application at any time in your candidate account.

Kind regards
Your Voltara Talent Acquisition Team

Voltara Automotive GmbH | Stuttgart
This is an automatically generated email from Workday. Please do not reply.`, 'Your application at Voltara Automotive: Internship Thermal Management - Battery Systems (f/m/d)'),

  rej('application', ['generic'], {},
    `Dear Meera Iyer,

Thank you for your interest in the Noordkust Energie Graduate Programme 2025 - Technology & Engineering track.

We have reviewed your application with care. Unfortunately, we have to inform you that we will not be taking your application further in the selection procedure.

We thank you for the time and effort you put into your application and wish you every success in your career.

Kind regards,
Noordkust Energie Recruitment

This message was generated automatically by SAP SuccessFactors. Replies to this address are not read.`, 'Your application - Noordkust Energie Graduate Programme 2025'),

  other(`Dear Meera,

On 8 and 9 October the Delft Mechanical Company Days take place in the Mechanical Engineering faculty hall.

More than 55 companies will be there, from high-tech equipment makers in the Eindhoven region and automotive suppliers to offshore wind, dredging and engineering consultancies. Many of them are looking for graduation interns and starters for 2025.

What's on:
• Company stands, both days 10:00-16:00
• In-house days and lunch lectures (registration required, limited places)
• Free CV photo booth
• Speed-date sessions with recruiters - upload your CV to the event app by 4 October to be matched

Register: companydays.example/2024

See you there!
The Company Days committee
Study Association for Mechanical Engineering`, 'Invitation: Delft Mechanical Company Days, 8-9 October'),

  other(`Jobs matching "mechanical engineering intern" in Eindhoven

Graduation Internship Mechatronics - Wafer Handling
Nexara Lithography Systems · Veldhoven (On-site)
Be an early applicant

Internship Vehicle Dynamics - Cab Suspension
Dellmar Trucks · Eindhoven (On-site)
28 applicants

Design Engineering Intern (Battery Swap Station)
Swapwerk · Eindhoven (Hybrid)
Actively recruiting

See all jobs

You are receiving Job Alert emails. Unsubscribe · Help
LinkedIn`, '"mechanical engineering intern": 3 new jobs in Eindhoven'),

  rej('application', ['location'], { ...fb },
    `Dear Ms. Iyer,

Thank you for your application for the "Internship Chassis Development - Simulation (m/f/d)" in Ingolstadt.

We have reviewed your documents. Unfortunately, we can only offer this internship to students who are either enrolled at a German university or who hold the citizenship of an EU/EEA country. For students from non-EU countries enrolled abroad, an internship in Germany requires approval by the Federal Employment Agency and a visa, which we are not able to arrange for internships in this department. We are therefore not able to consider your application further.

We wish you every success with your studies.

Kind regards,
Kessler Fahrzeugtechnik GmbH
Human Resources - Students & Graduates`, 'Your application: Internship Chassis Development - Simulation (m/f/d)'),

  other(`Hi Meera,

Thanks for applying to Swapwerk! We've received your application for Design Engineering Intern (Battery Swap Station).

We're a small team, so we read every application ourselves. You'll hear from us within two weeks, whatever the outcome.

In the meantime, have a look at our first swap stations running in Eindhoven and Helmond on our blog.

Cheers,
The Swapwerk team

Sent via Recruitee`, 'We received your application - Swapwerk'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Meera,

Thank you for your application for the internship Asset Management - Medium Voltage Cables at Deltanet Netbeheer.

During this internship you would work closely with our field technicians and write your recommendations for our Dutch-speaking asset managers. For this reason a good command of Dutch (at least B2, spoken and written) is a requirement for this position. Your CV shows that you are currently following a beginners' Dutch course, so we cannot invite you for an interview.

We thank you for your interest in Deltanet and wish you success in finding a suitable internship.

Met vriendelijke groet / Kind regards,

Recruitment Deltanet Netbeheer B.V.
Arnhem`, 'Your application for the internship Asset Management - Medium Voltage Cables'),

  other(`Dear Meera,

Thank you for your application to the Orbis Strategy Partners Engineering & Operations Business Analyst programme.

As the next step in our selection process, we'd like to invite you to complete two online tests:
- Numerical reasoning (approx. 25 minutes)
- Logical reasoning (approx. 20 minutes)

Please complete both tests by Sunday 29 September, 23:59 CET. We recommend doing them in a quiet environment on a laptop or desktop, in one sitting.

Start your tests: https://assessments.example/orbis/[token]

If you need adjustments because of a disability or health condition, please let us know before you start.

Kind regards,
Orbis Strategy Partners Recruitment - Amsterdam`, 'Orbis Strategy Partners - invitation to online tests'),

  rej('application', ['position_filled'], {},
    `Hi Meera,

Thank you for your interest in Aeroflux and for applying for the Mechanical Engineering Intern - Airframe position.

We've now filled this position, so we won't be taking your application further.

Thank you for your interest, and good luck with your studies!

Best regards,
Aeroflux People Team, Delft

Sent via Personio`, 'Your application at Aeroflux'),

  other(`Hi Meera,

A quick reminder that your online tests for Orbis Strategy Partners close this Sunday, 29 September, at 23:59 CET.

Our records show that you have not yet started the logical reasoning test. If you have already completed both tests, you can ignore this message.

Kind regards,
Orbis Strategy Partners Recruitment`, 'Reminder: online tests due Sunday'),

  // October
  other(`Dear Meera,

The status of your application for Internship Thermal Management - Battery Systems (f/m/d) (R-41187) has changed.

Please sign in to your candidate account to view the current status.

https://voltara.wd3.myworkdayjobs.com/candidate

Voltara Automotive Talent Acquisition
This is an automatically generated email. Please do not reply.`, 'Status update for your application R-41187'),

  rej('application', ['generic'], { ...door },
    `Dear Meera,

Thank you once again for your application as Internship Thermal Management - Battery Systems (f/m/d) and for your interest in Voltara Automotive.

After careful review, we regret to inform you that we are unable to consider your application further.

We would be pleased if you continued to follow our career portal and applied again for one of our other vacancies. With your consent, we will keep your profile in our talent pool for twelve months.

Kind regards
Your Voltara Talent Acquisition Team

Voltara Automotive GmbH | Stuttgart`, 'Your application at Voltara Automotive'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Meera,

Thank you for completing the online tests for the Orbis Strategy Partners Engineering & Operations Business Analyst programme.

Candidates need to score at or above the 70th percentile on both tests to be invited to a first interview. You scored in the 81st percentile on the numerical reasoning test, but in the 54th percentile on the logical reasoning test, so we are unable to progress your application this year.

We appreciate the time you invested.

Kind regards,
Orbis Strategy Partners Recruitment - Amsterdam`, 'Your application at Orbis Strategy Partners'),

  other(`Hi Meera,

Thanks for applying to the Graduate Programme 2025 - Mechanical Engineering at Nordvind Offshore. We're happy to tell you that your application has passed the first screening.

The next step is a recorded video interview. You'll get five questions on screen and have up to three minutes to record each answer, with one minute to prepare. There is a practice question you can try as often as you like.

Please complete it by 20 October: https://video.example/nordvind/[id]

Best regards,
Nordvind Offshore Graduate Recruitment
Aarhus, Denmark`, 'Nordvind Offshore - next step: video interview'),

  other(`Hi Meera,

Thanks for applying for the Design Engineering Intern position - we liked your application!

Would you have time for a 45-minute video call with our CTO, Jort van Dam? He'd like to hear about your projects and talk through a design problem we're working on for the swap station. No need to prepare anything special.

You can pick a slot that works for you here: https://cal.example/swapwerk/jort

Speak soon,
Fenna
Swapwerk, Eindhoven`, 'Swapwerk - let\'s have a chat'),

  other(`Hi Meera,

I came across your profile while looking for students in Precision and Microsystems Engineering, and your project on the flexure-based positioning stage caught my eye.

I'm a recruiter at Nexara Lithography Systems in Veldhoven. We're looking for graduation interns in our Mechatronics Development group for spring 2025, and I think your background could be a great match. Would you be open to a short call this week so I can tell you more about the teams and the application process?

Best regards,
Ilse Verbeek
Campus Recruiter, Nexara Lithography Systems`, 'InMail: Graduation internship at Nexara - interested?'),

  rej('application', ['location'], { ...fb },
    `Dear Meera,

Thank you for applying for the Summer Placement - Mechanical Design role at Brightmoor Aerospace in Filton.

Applicants for this placement must already have the right to work in the UK for the full placement period. Unfortunately, we are not able to sponsor a visa for placements or internships, and your application indicates that you would need sponsorship, so we cannot take your application further.

We wish you the best of luck in your search.

Yours sincerely,
Brightmoor Aerospace Early Careers

Powered by Oleeo`, 'Brightmoor Aerospace - Summer Placement - Mechanical Design'),

  other(`Dear Meera,

Thank you for your application for the position of Graduate Trainee - Mechanical Engineering at Halden Engineering Consultants. We are pleased to have received it.

We are currently reviewing all applications and aim to let you know about the next steps within three weeks.

Kind regards,
Recruitment team
Halden Engineering Consultants B.V., Amersfoort`, 'Thank you for your application - Halden Engineering Consultants'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Meera,

Thanks for talking with Jort on Monday - he really enjoyed the conversation about the latching mechanism.

We've decided to go with another candidate for this internship. The main reason is hands-on prototyping: this spring the intern will be building and testing the first physical version of the new latch in our workshop, with sheet metal, 3D-printed parts and a lot of trial and error. In your call you mentioned that most of your work so far has been in simulation (COMSOL and Ansys) and that you've done very little building or testing of physical prototypes yourself. The other candidate has exactly that workshop experience.

We'd really like to see you apply again for our simulation-focused roles, which we expect to open after our next funding round.

Cheers,
Fenna
Swapwerk`, 'Swapwerk internship - update'),

  other(`Dear Meera,

Thank you for submitting your video interview for the Nordvind Offshore Graduate Programme 2025. Your answers have been received successfully.

Our recruitment team will review all video interviews after the deadline. We expect to contact candidates about the outcome at the end of October.

Best regards,
Nordvind Offshore Graduate Recruitment`, 'Video interview received - thank you'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Ms Iyer,

Many thanks for your application as Junior Consultant Powertrain Engineering (m/f/d) and for the trust you have placed in Stellwerk Mobility Consulting.

Having reviewed all applications, we have decided in favour of candidates whose profiles more closely match the requirements of the position.

We would be happy to keep your documents in our applicant pool, so that we can contact you if a suitable position becomes available. Please let us know if you do not agree.

Kind regards,
Stellwerk Mobility Consulting GmbH
Recruiting | München`, 'Your application at Stellwerk Mobility Consulting'),

  rej('assessment', ['assessment'], {},
    `Dear Meera,

Thank you for recording your video interview for the Nordvind Offshore Graduate Programme 2025.

We have now assessed all video interviews. Unfortunately, we will not be inviting you to the assessment day, and your application for this year's programme has ended.

Thank you for your interest in Nordvind Offshore.

Best regards,
Nordvind Offshore Graduate Recruitment`, 'Nordvind Offshore Graduate Programme 2025 - outcome'),

  other(`Hi Meera,

Thanks for your application for the graduation internship Vehicle Dynamics - Cab Suspension at Dellmar Trucks. We have received it in good order.

What happens next?
1. Our recruiters review your CV and motivation within ten working days.
2. Selected candidates are invited to an online capacities test.
3. Interviews with the department take place on site in Eindhoven.

You can follow your application in your Dellmar candidate profile.

Best regards,
Dellmar Trucks Talent Acquisition
Powered by SmartRecruiters`, 'Application received: Internship Vehicle Dynamics - Cab Suspension'),

  other(`Internships and starter jobs for you

Graduation internship: Hydrogen Electrolyser Stack Design
Hydrix Electrolysers · Groningen
Posted 2 days ago

Stagiair Werktuigbouwkunde - Hydraulische Systemen
Van Loon Hydraulics · Antwerpen
Posted 5 days ago

Junior Mechanical Engineer - Cleanroom Equipment
Kempen Wafer Systems · Nijmegen
Posted 1 week ago

View all 14 new jobs

You receive this alert because you saved the search "werktuigbouwkunde stage" on Nationale Vacaturebank. Change alert settings`, '14 new jobs for "werktuigbouwkunde stage"'),

  // November
  other(`Hi Meera,

Great to speak with you last week! As promised, here's the formal invitation for your first interview for the Graduation Internship Mechatronics - Wafer Handling.

Format: 60 minutes, on site in Veldhoven
With: Dr. Pieter Smeets (group lead Mechatronics Development) and Anouk de Graaf (mechanical designer)
Content: your master's project, a short technical discussion on flexure design, and your questions

Please choose a date via the link below. Available slots are 12, 13 and 15 November.

https://schedule.example/nexara/[id]

Please bring a valid ID for the reception desk.

Best regards,
Ilse Verbeek
Campus Recruiter, Nexara Lithography Systems`, 'Invitation: interview Graduation Internship Mechatronics - Wafer Handling'),

  other(`Interview confirmation

Candidate: Meera Iyer
Position: Graduation Internship Mechatronics - Wafer Handling
Date: Wednesday 13 November 2024
Time: 14:00 - 15:00 (CET)
Location: Nexara Lithography Systems, Building 4, reception, Veldhoven
Interviewers: Dr. Pieter Smeets, Anouk de Graaf

Please arrive 15 minutes early. Visitor parking is available at P2.

Need to reschedule? Reply to this email at least 48 hours in advance.

Nexara Talent Acquisition`, 'Confirmed: interview on 13 November at 14:00'),

  hold('application', ['role_closed'], {},
    `Hi Meera,

Thanks for applying for the graduation internship Hydrogen Electrolyser Stack Design at Hydrix.

I want to be open with you about where things stand. We're in the middle of closing our next funding round, and until that is signed we've put all new hiring, including our spring interns, on hold. Your application is still open and we haven't turned anyone down; we simply can't make decisions yet.

We hope to know more by mid-December, and I'll update you either way.

Best,
Mirjam Hoekstra
Office & People Manager, Hydrix Electrolysers, Groningen`, 'Hydrix internship - hiring paused for now'),

  other(`Dear Meera,

Thank you for your interest in Halden Engineering Consultants. We'd like to get to know you better and invite you to a 20-minute phone call with one of our recruiters, Sanne Mulder.

During the call we'll talk about your motivation, your availability and your expectations regarding the Graduate Trainee programme.

Suggested times:
- Tuesday 5 November, 10:00
- Wednesday 6 November, 15:30
- Thursday 7 November, 11:00

Please reply with the time that suits you best.

Kind regards,
Recruitment team
Halden Engineering Consultants`, 'Halden Engineering Consultants - phone call'),

  rej('screen', ['salary'], { ...fb },
    `Dear Meera,

Thank you for the pleasant phone call on Wednesday.

As discussed, the starting salary for our Graduate Trainee programme is fixed at €3,250 gross per month for all trainees in the first year. You indicated that you would need at least €4,100 gross per month. Unfortunately we cannot make an exception to our trainee pay scale, and we have therefore decided not to continue with your application.

We wish you every success in your search.

Kind regards,
Sanne Mulder
Recruiter, Halden Engineering Consultants`, 'Your application - Graduate Trainee Mechanical Engineering'),

  rej('application', ['generic'], {},
    `Dear Meera, thank you for your application for the internship Hydraulic Systems. Unfortunately we will not proceed with your application. Kind regards, HR Van Loon Hydraulics NV`, 'Stage Hydraulische Systemen'),

  other(`Hi Meera,

Thank you for your application for the internship Vehicle Dynamics - Cab Suspension. Good news: you have been selected for the next step.

Please complete the online capacities test (numerical, abstract and technical reasoning, about 50 minutes in total) before Sunday 17 November.

Start the test: https://tests.example/dellmar/[token]

After we receive your results, we will contact you about a possible interview.

Best regards,
Dellmar Trucks Talent Acquisition`, 'Dellmar Trucks - online capacities test'),

  rej('application', ['profile_mismatch'], {},
    `Dear Ms Iyer,

Thank you for your interest in a graduation internship in the Rolling Stock Engineering department of Ferrovia Rail Systems.

We have received many applications and compared them carefully with the profile we are looking for. We regret to inform you that other candidates match this profile more closely, and we will not be inviting you for an interview.

We wish you every success with your studies.

Kind regards,
Ferrovia Rail Systems
HR Services, Utrecht`, 'Graduation internship Rolling Stock Engineering'),

  other(`Hi Meera,

Just a reminder that your Dellmar Trucks capacities test is due this Sunday, 17 November, at 23:59.

Please make sure you have about an hour of uninterrupted time and a stable internet connection. Once you start a section, the timer can't be paused.

Best regards,
Dellmar Trucks Talent Acquisition`, 'Reminder: complete your test by Sunday'),

  rej('interview', ['generic'], {},
    `Dear Meera,

Thank you for the interview over Teams with Rutger and Daan last Thursday for the Mechanical Engineering Intern - Drivetrain position at Velotrax.

We have now spoken with all candidates, and after careful consideration we have decided to continue with other candidates.

We thank you for your time and wish you good luck with your search.

Kind regards,
Velotrax People Team, Amsterdam

Sent with Teamtailor`, 'Your application at Velotrax'),

  other(`Mechanical Engineering Career Digest - November

In this edition
• "From Delft to Veldhoven": alumna Joyce Chen on her first year as a mechatronics designer
• Graduation internship abroad? Deadlines for the Erasmus+ traineeship grant are 1 December and 1 March
• Orientation year (zoekjaar) after graduation: the Career Centre and the International Office run a joint Q&A on 27 November
• Drop-in CV checks every Tuesday, 12:30-13:30, in the faculty learning centre
• Still looking? 40+ graduation internships are listed on the faculty internship portal

Questions? Email the ME internship coordinator.

TU Delft Career Centre | Faculty of Mechanical Engineering`, 'ME Career Digest - November'),

  rej('application', ['internal_candidate'], {},
    `Dear Meera,

Thank you for applying for the position of Junior Mechanical Engineer - Cleanroom Equipment at Kempen Wafer Systems.

We have decided to fill this position internally, with a member of our own engineering team who joined us after their graduation internship. Because of this, we will not be continuing with external applications.

Thank you for your interest in Kempen Wafer Systems.

Kind regards,
Kempen Wafer Systems HR, Nijmegen`, 'Junior Mechanical Engineer - Cleanroom Equipment'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Meera,

Thanks for applying for our Test Technician internship at Rotorline.

This internship is set up for students in an MBO or HBO technical programme: most of the work is preparing test rigs, running endurance tests from a fixed procedure and logging the results. As a final-year master's student with research experience, you'd very likely find it too limited, and we'd rather give you something that uses your background.

So we won't be moving forward with this application, but please do apply for our graduation internships in the design team - new ones are posted every January.

Best regards,
Koen Hendriks
Test Lab Lead, Rotorline, Tilburg`, 'Test Technician internship - Rotorline'),

  other(`Dear Meera,

Your application status for "Internship Vehicle Dynamics - Cab Suspension" has changed to: In review.

Log in to your candidate profile to see more details.

Dellmar Trucks Talent Acquisition
This is an automated notification. Please do not reply.`, 'Your application status has changed'),

  // December
  other(`Hi Meera,

Thank you for your interview with Pieter and Anouk - they enjoyed the discussion about your positioning stage.

We would like to invite you to the final step: an on-site day in Veldhoven on Tuesday 10 December.
09:30 - Welcome and cleanroom tour
10:30 - Technical case: design a compliant mechanism for a wafer-handler gripper (60 minutes, with a short presentation)
12:00 - Lunch with current interns
13:30 - Interview with the department manager

Travel costs from Delft will be reimbursed. Please confirm your attendance by replying to this email.

Best regards,
Ilse Verbeek
Campus Recruiter, Nexara Lithography Systems`, 'Invitation: final selection day on 10 December'),

  other(`Hi Meera,

Thanks for completing the capacities test - we have received your results.

We'd like to invite you for an interview at our Eindhoven site with Marloes Peeters (team lead Cab & Chassis Dynamics) and an engineer from her team. The interview takes about an hour and includes a short technical discussion about suspension modelling.

Could you let me know which of these moments suits you?
- Monday 9 December, 13:00
- Wednesday 11 December, 10:00

Best regards,
Tim Jacobs
Recruiter Students & Graduates, Dellmar Trucks`, 'Invitation for an interview - Internship Vehicle Dynamics'),

  rej('application', ['role_closed'], {},
    `Hi Meera,

As promised, an update on the graduation internship in Stack Design.

Unfortunately our funding round has been delayed into next year, and we've had to cancel all intern and starter positions for the spring. That means we're closing your application. I'm really sorry, as we were looking forward to meeting the candidates.

Best,
Mirjam Hoekstra
Hydrix Electrolysers`, 'Re: Hydrix internship - hiring paused for now'),

  rej('application', ['generic'], {},
    `<div style="font-family:Segoe UI,Arial;font-size:10pt">Dear Meera,<br><br>
Thank you for your interest in <b>Process Engineering Intern - CVD (Req. 7712)</b> at Aldex Materials Netherlands.<br><br>
After reviewing your qualifications, we have decided not to move forward with your application at this time.<br><br>
We appreciate your interest in Aldex Materials.<br><br>
Sincerely,<br>Aldex Materials Talent Acquisition</div>
<p style="font-size:8pt;color:#808080">This message was sent to m.iyer@student.example.nl. To unsubscribe please go to https://aldex.icims.com/icims2/</p>`, 'Aldex Materials - Process Engineering Intern - CVD'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Meera,

Thanks for coming to the boatyard on Friday to meet us for the Engineering Intern role.

We've decided not to offer you the internship. You told us that you'd like to focus on the structural analysis of the foil and that you prefer to stay out of the workshop and the sea trials. With eight people, everyone here does a bit of everything: laminating, assembling, and being on the water at 7 in the morning when the wind is right. We think you'd be frustrated by how little time there is for quiet analysis work.

Your analysis of the strut loads was impressive, honestly. Good luck!

Sven
Foilcraft, Muiden`, 'Foilcraft internship'),

  other(`Dear Meera,

Thank you for your patience. We wanted to let you know that the decision on the internship Vehicle Dynamics - Cab Suspension is taking longer than we expected, because several team members are away around the holidays.

No decision has been made yet. We expect to contact you in the week of 6 January.

Best regards,
Tim Jacobs
Recruiter Students & Graduates, Dellmar Trucks`, 'Update on your application - Internship Vehicle Dynamics'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Meera,

Thanks again for our call last week about the Mechanical Design Engineer (starter) role with my client in Best.

I've had the feedback from the hiring manager. They've decided to continue with candidates whose experience with production machinery more closely matches what the team needs, so they won't be inviting you for an interview.

I'll keep your CV on file, and I'll get in touch when I have starter roles closer to precision mechanics - I expect a few in the new year.

Kind regards,
Ruben de Wit
Senior Recruitment Consultant, Brainport Technical Talent`, 'Mechanical Design Engineer - client feedback'),

  rej('application', ['generic'], { ...door },
    `Dear Ms Iyer,

Thank you for your application for the "Internship Engine Test Bench Development (m/f/d)" at Auren Motorenwerke.

After careful consideration of all applications, we regret that we are unable to offer you this position.

We would be pleased to keep your profile in our talent pool so that we can contact you about suitable vacancies in the future. We also encourage you to apply for other positions on our career page.

Kind regards
Auren Motorenwerke AG
Recruiting Center Students`, 'Your application at Auren Motorenwerke'),

  other(`Season's greetings from Nordvind Offshore!

Thank you for being part of our Talent Community this year. Some highlights:
• Our 2025 graduates will start in Aarhus, Esbjerg and Rotterdam in September
• The Nordvind Summer School on offshore foundations returns in June - applications open in February
• New: a podcast with our engineers on life at sea

We'll be in touch about new opportunities in 2025.

Nordvind Offshore Talent Community
Update preferences | Unsubscribe`, 'Season\'s greetings from the Nordvind Talent Community'),

  // January
  other(`Dear Meera,

Happy new year! I'm very pleased to let you know that Marloes and the team would like to offer you the graduation internship Vehicle Dynamics - Cab Suspension at Dellmar Trucks.

The main terms:
• Period: 3 February 2025 - 30 May 2025 (17 weeks), 40 hours per week
• Internship allowance: €650 gross per month
• Location: Dellmar Technical Centre, Eindhoven (hybrid, at least three days on site)
• Supervisor: Marloes Peeters

You'll find the internship offer attached. Please let me know by Friday 10 January whether you accept. Once you do, we'll send the internship agreement for you and your TU Delft supervisor to sign.

Congratulations!

Tim Jacobs
Recruiter Students & Graduates, Dellmar Trucks

Attachment: Internship_offer_M_Iyer.pdf`, 'Internship offer - Vehicle Dynamics - Cab Suspension'),

  rej('final', ['position_filled'], { ...door },
    `Hi Meera,

Thank you again for spending the whole day with us in Veldhoven in December, and for your patience over the holidays.

I'm sorry to tell you that we have offered the graduation internship in Wafer Handling to another candidate, who has accepted. It was a close decision between the last two candidates, and the team was very positive about your case presentation.

We'd like to stay in touch. With your permission we'll keep your details in our talent pool, and Pieter asked me to let you know he'd be glad to see your application for our graduate positions when you're close to finishing your thesis.

Best regards,
Ilse Verbeek
Campus Recruiter, Nexara Lithography Systems`, 'Graduation Internship Mechatronics - Wafer Handling'),

  other(`Hi Meera,

Wonderful news, thank you! We're very happy you're joining us.

To answer your question: yes, a start on 3 February is fine, and the first two days will be the site introduction and safety training, so please don't plan anything else for those days.

I've sent the internship agreement to you and to Dr. Vermeulen through DocuSign. Once all three signatures are in, your contract is final.

Best regards,
Tim

On Tue, 7 Jan 2025 at 20:41, Meera Iyer wrote:
> Dear Tim,
>
> Thank you so much for the offer. I'm happy to accept the internship.
> Could you confirm that the start date of 3 February is definite, and let me
> know what happens in the first week?
>
> Kind regards,
> Meera`, 'Re: Internship offer - Vehicle Dynamics - Cab Suspension'),

  rej('application', ['generic'], {},
    `Hi Meera,

Sorry for the slow response. I've checked with the team and unfortunately we won't be taking your application further for the R&D internship.

Best regards,
Lotte

Lotte van Beek | HR Officer | Thermacore Heat Pumps B.V.

From: Meera Iyer
Sent: Monday 6 January 2025 09:22
To: jobs@thermacore.example.nl
Subject: Internship R&D - follow-up

Dear HR team,

I applied for the R&D internship on heat pump compressors in October and have not heard back yet. Could you let me know the status of my application?

Kind regards,
Meera Iyer`, 'RE: Internship R&D - follow-up'),

  other(`Hi Meera,

The internship agreement for your graduation internship at Dellmar Trucks has been signed by all parties.

Your TU Delft internship coordinator has also approved the internship in the faculty system, so the 15 ECTS will be registered once you submit your final report.

Please remember to:
• Upload the signed agreement in the internship module
• Register your internship address for the insurance
• Agree on the assessment form with your company supervisor in the first two weeks

Good luck!
Internship Office, Faculty of Mechanical Engineering, TU Delft`, 'Internship agreement approved'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Meera,

Thank you for your interview with Hamish and me in December for the Graduate Engineer - Tidal Turbine Structures position.

We have now completed our interviews, and I'm afraid we have decided to continue with candidates whose background is a closer match for the role.

If it would be helpful, I'm happy to share some feedback from your interview - just let me know and we can set up a short call.

Kind regards,
Elise Peeters
Engineering Lead, Tideway Marine Energy, Ostend`, 'Graduate Engineer - Tidal Turbine Structures'),

  rej('application', ['position_filled'], {},
    `Dear Applicant,

Thank you for applying for the position Intern Mechanical Design - Packaging Machines (vacancy 2024-318).

We would like to inform you that the vacancy has been filled. As a result, your application has been closed.

Thank you for your interest in Verhoef Packaging Machinery.

Kind regards,
HR Verhoef Packaging Machinery

This is an automatically generated message.`, 'Vacancy 2024-318 has been filled'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Meera,

Thank you for applying for the Junior Controls & Automation Engineer position at Brabant Process Automation.

For this role we are looking for someone with at least two years of hands-on experience programming Siemens PLCs (TIA Portal) on commissioning projects. Your CV shows a strong academic background in mechanical design and dynamics, but no PLC programming experience, so we will not be inviting you for an interview.

Kind regards,
Recruitment, Brabant Process Automation B.V., 's-Hertogenbosch`, 'Junior Controls & Automation Engineer'),

  other(`Welcome to Dellmar Trucks, Meera!

We're looking forward to your first day on Monday 3 February.

Your first day
08:30 - Report to the reception of the Dellmar Technical Centre, Eindhoven (bring your passport and residence permit)
09:00 - Introduction programme and site safety training
12:30 - Lunch with your supervisor, Marloes Peeters

Before you start
• Complete your personal details in the onboarding portal
• Upload a copy of your residence permit and bank details
• Choose your laptop keyboard layout

See you soon!
Dellmar Trucks Onboarding Team`, 'Welcome to Dellmar Trucks - your first day'),

  rej('application', ['generic'], {},
    `Your application to Graduate Engineer - Offshore Foundations at Van Dijk Marine Contractors

Unfortunately, Van Dijk Marine Contractors has decided not to move forward with your application.

Find jobs similar to this one

LinkedIn`, 'Your application to Van Dijk Marine Contractors'),
];
