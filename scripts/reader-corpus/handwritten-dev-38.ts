/**
 * Development messages of the thirty-eighth round, never sealed: one job seeker's inbox over a season, in date order from
 * July to December. A marketing and growth analyst in Pune (four years: two at a digital agency, two at a D2C personal
 * care brand; GA4, Looker Studio, Excel, some SQL, CleverTap and MoEngage journeys, cohort and funnel reporting) applies
 * to about fifty-five employers in India, the Gulf, Singapore and remote: SaaS and fintech companies, D2C brands, FMCG
 * houses, edtech, IT services majors, analytics consultancies, agencies and founder-led start-ups. Mail comes from the
 * tracking systems and portals common in India (Darwinbox, Keka, Zoho Recruit, Freshteam, Workday, SuccessFactors,
 * Greenhouse, Lever, and Naukri/foundit/iimjobs-style job portals) with their "system generated mail" footers and fraud
 * disclaimers. Half of the batch are look-alikes that decline nothing: acknowledgements, "your profile has been
 * shortlisted for the next round", online assessment links and "unfortunately your test window closes tonight"
 * reminders, interview schedules and "regret the inconvenience, the panel is unavailable" moves, a CTC negotiation that
 * "is unable to match" the expected CTC but still offers, an offer letter, document and background-verification
 * requests, onboarding, requests for notice period and current CTC, recruiter approaches, portal notices ("recruiter
 * viewed your profile", "status: in process"), job alerts, a webinar, withdrawals, and "we regret the delay" status
 * replies for processes that are still on schedule. Six processes are paused (a delayed funding round, internal
 * restructuring, budget approval pending, a new business head yet to join, a frozen requirement, a festive-season
 * backlog). The rest are rejections at every stage, many in Indian corporate English ("your candidature has not been
 * shortlisted", "your profile is not matching our current requirement", "we have decided to go ahead with other
 * profiles", "we will keep your resume in our database"). One labelling choice is held throughout: a notice period the
 * employer cannot wait for (an opening "only for immediate joiners") is labelled `location`, the LABELS.md reason for
 * relocation, onsite presence and eligibility, as a condition of being able to take up the seat rather than a missing
 * skill; expected CTC above the band is `salary`; a missing tool, channel or domain (SQL, Python, GA4 set-up,
 * performance budgets, B2B, GCC retail, Arabic) is `skills_gap`. For development only: the rules may be checked against
 * it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d38-');

export const HANDWRITTEN_DEV_38: readonly CorpusLine[] = [
  // ── July: the first applications go out
  other(`Hi Aditi,

Your application has been sent successfully!

Growth Analyst
Paysetu Fintech Pvt. Ltd. · Pune (Hybrid) · 3-6 Yrs

What next?
The recruiter will review your profile. You will get a notification here and on the Jobnest app when the recruiter views or shortlists your application.

Applied with: Aditi_Deshpande_Resume_Jul.pdf
Applied on: 3 Jul

Jobs you may be interested in
• Marketing Analytics Specialist – Quickbasket – Pune – 4-7 Yrs
• CRM & Retention Analyst – Lumo Skincare – Mumbai – 2-5 Yrs

You are receiving this mail because you are a registered Jobnest user. To stop receiving such mails, update your communication preferences.
Jobnest Internet Ltd., Sector 62, Noida`, 'Application sent: Growth Analyst at Paysetu Fintech'),

  other(`Dear Aditi Deshpande,

Greetings from Vardhan Consumer Products Limited!

Thank you for applying for the position of Assistant Manager – Marketing Analytics (Req ID: VCPL/MKT/0442). We acknowledge receipt of your application.

Our Talent Acquisition team will review your profile against the requirements of the role. Shortlisted candidates will be contacted for the next steps of the selection process.

Warm regards,
Talent Acquisition Team
Vardhan Consumer Products Limited
Lower Parel, Mumbai

Note: This is a system generated mail, please do not reply to this mail. For any queries, write to careers@vardhancp.example.
Powered by Darwinbox`, 'Application received – Assistant Manager – Marketing Analytics'),

  rej('application', ['generic'], {},
    `Hi Aditi,

There is an update on a job you applied to.

Senior Analyst – Digital Marketing
Stellarwave Edutech · Bengaluru · 3-5 Yrs
Status: Not shortlisted

The recruiter has reviewed your application and has not shortlisted it for this job.

Don't lose heart! Recruiters post more than 4,000 marketing jobs on Apexjobs every week. Keep your profile updated to get noticed.

View similar jobs

Team Apexjobs
This is an automated notification. Please do not reply to this email.`, 'Update on your application to Stellarwave Edutech'),

  other(`Hi Aditi,

Thanks for applying to Lumenlane! We've received your application for Growth Analyst (APAC, Remote) and our team will review it shortly.

A few things worth knowing:
• We read every application ourselves. It usually takes us about two weeks to get back to you.
• If your background looks like a match, our recruiter will reach out to set up a 30-minute intro call.
• We're a remote-first team spread across Singapore, Manila, Bengaluru and Sydney, so interviews happen over Zoom.

In the meantime, feel free to explore how we think about product-led growth on our blog.

Cheers,
The Lumenlane Talent Team
Singapore

This email was sent by Greenhouse on behalf of Lumenlane Pte. Ltd. You can manage your data in your candidate privacy settings.`, 'Thanks for applying to Lumenlane'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Aditi,

Thank you for showing interest in Sarvatra Infotech and for applying for the role of Digital Marketing Analyst.

We have gone through your resume in detail. We regret to inform you that your profile is not matching our current requirement, hence we will not be able to take your candidature forward at this stage.

We will keep your resume in our database and get in touch with you should a suitable opening arise in the future.

Wishing you all the best.

Regards,
HR Team
Sarvatra Infotech Pvt. Ltd.
Hinjewadi Phase 2, Pune

--
Sent from Zoho Recruit`, 'Your application with Sarvatra Infotech'),

  other(`Hi Aditi,

Hope you are doing well. I came across your profile on Jobnest and felt it could be a good match for one of our mandates.

Role: Manager – Performance Marketing
Client: A leading consumer electronics D2C brand (name will be shared on confirmation)
Location: Andheri East, Mumbai (work from office, 5 days)
Experience: 4–7 years
Budget: up to 20 LPA

If interested, kindly revert with your updated CV along with the below details:
- Current CTC
- Expected CTC
- Notice period (and whether it is negotiable)
- Reason for change

Looking forward to hearing from you.

Thanks & Regards,
Pooja Nair
Senior Consultant | TalentBridge HR Solutions
Powai, Mumbai`, 'Opportunity: Manager – Performance Marketing | D2C | Mumbai'),

  other(`Aditi, 14 new jobs match your alert "Marketing Analyst – Pune"

Unfortunately, one job you saved is no longer accepting applications:
Marketing Insights Associate – Tanvi Home Foods – Pune (posted 41 days ago)

New jobs for you
1. Growth Marketing Analyst – Slotwise – Pune (Baner) – 3-6 yrs – 12-18 LPA
2. Retention Marketing Analyst – Kaapi Co. – Remote – 2-5 yrs – Not disclosed
3. Marketing Operations Specialist – Ferrodyne Industries – Pune (Chakan) – 4-8 yrs – 10-14 LPA
4. Senior Analyst, Customer Analytics – Bharat Mutual Insurance – Mumbai – 3-6 yrs – Not disclosed

See all 14 jobs

You are receiving this alert because you created it on Hirewell. Manage alerts | Unsubscribe
Hirewell Jobs Pvt. Ltd., Gurugram`, 'Aditi, 14 new jobs for "Marketing Analyst – Pune"'),

  other(`Dear Aditi,

Thank you for applying for the Marketing Analytics Specialist position (JR-20417) with Al Noor Retail Group.

Your application has been submitted successfully. Our Talent Acquisition team will review your qualifications and experience against the requirements of the position. If your profile is shortlisted, a member of our team will contact you.

You may track the status of your application at any time by signing in to your candidate account.

Yours sincerely,
Talent Acquisition
Al Noor Retail Group LLC
Dubai, United Arab Emirates

This is an auto-generated message. Replies to this address are not monitored.`, 'Al Noor Retail Group – Application Received (JR-20417)'),

  other(`Dear Aditi Deshpande,

Greetings from Shiksha Leap!

Thank you for your application for the role of Marketing Analyst – Learner Acquisition. As the first step of our selection process, you are invited to take an online assessment.

Assessment: Shiksha Leap – Analyst Aptitude & Marketing Fundamentals
Duration: 60 minutes (40 questions across quantitative aptitude, data interpretation and digital marketing concepts)
Window: 10 July, 10:00 AM to 12 July, 11:59 PM IST
Link: https://assess.testora.example/s/SL-88213

Instructions:
• Use a laptop or desktop with a working webcam. The test is remote proctored.
• Switching tabs during the test will be flagged.
• Ensure stable internet connectivity before you begin.

All the best!
Lateral Hiring Team
Shiksha Leap Learning Pvt. Ltd.`, 'Online Assessment – Marketing Analyst – Learner Acquisition'),

  rej('application', ['generic'], {},
    `Hi Aditi,

Thank you for applying to the Growth Marketing Analyst role at Brewbox Coffee.

We really appreciate the time you put into your application. After going through all the applications we received, we have decided to go ahead with other profiles for this position.

We wish you the very best in your job search.

Cheers,
Team Brewbox

This email was sent via Keka Hire.`, 'Your application at Brewbox Coffee'),

  other(`Dear Aditi,

This is a gentle reminder that you have not yet attempted the online assessment for Marketing Analyst – Learner Acquisition at Shiksha Leap.

Unfortunately, your test window closes tonight at 11:59 PM IST. Once the window expires, the link will be deactivated and it cannot be re-issued.

Start test: https://assess.testora.example/s/SL-88213

If you face any technical difficulty, write to support@testora.example and mention your test ID (SL-88213).

Regards,
Testora Assessments, on behalf of Shiksha Leap`, 'Reminder: your assessment window closes tonight'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Aditi,

Thank you for your interest in the Marketing Analytics Specialist position (JR-20417) with Al Noor Retail Group.

We have now reviewed your application. This role requires a minimum of six years of marketing analytics experience, at least two of them in GCC retail or FMCG, as the specialist will own loyalty programme reporting for our hypermarkets across the UAE and Oman. As your experience to date is shorter and has been with brands in the Indian market, we are unable to progress your application.

Thank you once again, and we wish you success in your career.

Yours sincerely,
Talent Acquisition
Al Noor Retail Group LLC

This is an auto-generated message. Replies to this address are not monitored.`, 'Al Noor Retail Group – Your application (JR-20417)'),

  other(`Dear Aditi,

We are pleased to inform you that your profile has been shortlisted for the next round of the selection process for the position of Assistant Manager – Marketing Analytics.

The next round will be a telephonic discussion with our Talent Acquisition team (approx. 20–25 minutes). Kindly select a convenient slot using the link below by 16 July.

Select slot

Regards,
Neha Joshi
Talent Acquisition | Vardhan Consumer Products Limited

Note: This is a system generated mail, please do not reply to this mail.
Powered by Darwinbox`, 'Shortlisted: Assistant Manager – Marketing Analytics'),

  rej('application', ['location'], { ...fb },
    `Hi Aditi,

Thanks for applying for the Growth Analyst role at Kinetik Pay, and for your interest in what we're building.

We took a close look at your application. This role sits in our Singapore office and is open only to Singapore citizens, permanent residents, or candidates who already hold a valid work pass. We're not able to sponsor an Employment Pass for this position, so we won't be taking your application forward.

Thanks again, and all the best.

Kinetik Pay Talent
Singapore

Sent via Greenhouse`, 'Your application to Kinetik Pay'),

  other(`Hi Aditi,

Thank you for selecting your slot. Your telephonic discussion is confirmed as below:

Date: Thursday, 18 July
Time: 3:00 PM – 3:30 PM IST
Mode: Telephonic (you will receive a call on your registered mobile number)
Interviewer: Neha Joshi, Talent Acquisition

Please keep details of your current and expected CTC and your notice period handy.

Regards,
Vardhan Consumer Products – Talent Acquisition

This is a system generated mail. Please do not reply.`, 'Confirmed: Telephonic discussion on 18 July, 3:00 PM'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Aditi,

Thank you for taking the online assessment for the role of Marketing Analyst – Learner Acquisition.

We regret to inform you that you have not qualified for the next round. Candidates needed an overall score of at least 60% and a minimum of 50% in every section. Your score in Digital Marketing Concepts was 72%, but your score in Quantitative Aptitude & Data Interpretation was 41%, which falls below the sectional cut-off.

We thank you for your interest in Shiksha Leap and wish you the very best.

Regards,
Lateral Hiring Team
Shiksha Leap Learning Pvt. Ltd.`, 'Assessment result – Marketing Analyst – Learner Acquisition'),

  rej('application', ['position_filled'], {},
    `Hi Aditi,

Thanks for applying for the Lifecycle & Growth Analyst role at Orbitly.

A quick note to let you know that we've now filled this position, so we're closing out the remaining applications, yours included.

Thank you for thinking of Orbitly.

Best,
Orbitly Recruiting

Sent with Lever`, 'Orbitly – Lifecycle & Growth Analyst'),

  other(`Dear Aditi Deshpande,

Thank you for your interest in Ashvatek Technologies Limited.

Your application for the position of Digital Marketing Analyst (Job Requisition ID: 71904) has been received. Our recruitment team will review your profile and contact you if your qualifications match the requirements of the position.

Please log in to the Ashvatek Careers portal to track the status of your application.

Regards,
Global Talent Acquisition
Ashvatek Technologies Limited

DISCLAIMER: Ashvatek does not charge any fee at any stage of its recruitment process and does not authorise any agency to collect money on its behalf. Please beware of fraudulent job offers.
This is a system generated mail. Please do not reply.`, 'Ashvatek Careers: Application Received – 71904'),

  other(`Hi Aditi,

Thank you for speaking with us on 18 July. We are happy to let you know that you have been shortlisted for the next stage, a case study round.

Please find the brief below:
• Dataset: 12 months of campaign spend, sessions, orders and repeat purchases for two of our personal care brands (Excel file attached).
• Task: Identify which channels drive profitable repeat customers, and recommend how to reallocate next quarter's digital budget of ₹2.4 Cr.
• Output: Not more than 8 slides, plus your working file.
• Deadline: 26 July, 6:00 PM.

Kindly acknowledge receipt of this mail.

Regards,
Neha Joshi
Talent Acquisition | Vardhan Consumer Products Limited`, 'Case study round – Assistant Manager – Marketing Analytics'),

  other(`Good news, Aditi! A recruiter viewed your profile.

A recruiter from Finvasta Technologies viewed your profile 2 hours ago.

Recruiters are 3x more likely to reach out when your profile has a recent resume and a profile summary. Update now

Unfortunately, 2 recruiters could not reach you last week because your mobile number is not verified. Verify now to make sure you don't miss any calls.

Team Jobnest
This is a system generated mail. Please do not reply.`, 'A recruiter viewed your profile'),

  other(`Hi Aditi,

Thank you for applying for the Digital Marketing Executive role at Pixel & Pepper Digital. We've received your application and our team will go through it in the coming days.

Pixel & Pepper is a 60-person digital agency in Bengaluru working with D2C, fintech and hospitality brands. If we'd like to take things further, someone from our people team will call you.

Best,
People Team, Pixel & Pepper Digital

Sent via Freshteam`, 'We have received your application'),

  // ── August: first calls, a case study, a pause
  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Aditi,

Thanks a lot for applying for the Digital Marketing Executive role with us.

Honestly, your resume is a lot stronger than this position needs. It's an entry-level seat for someone with 0–2 years of experience, mostly scheduling posts and pulling weekly ad reports for clients, and the pay band is set accordingly. With four years in growth analytics you would outgrow it within weeks, and we don't think it would be fair to you to take it further.

We are opening a Senior Analyst position in Q4, though. Do keep an eye on our careers page and apply when it goes live.

Best,
Riya Menon
People Team, Pixel & Pepper Digital

Sent via Freshteam`, 'Re: Digital Marketing Executive – Pixel & Pepper'),

  other(`Dear Aditi,

This is to acknowledge that we have received your case study submission (8 slides and working file) for the position of Assistant Manager – Marketing Analytics.

The submission has been shared with the evaluation panel. We will get back to you with the outcome within 7–10 working days.

Regards,
Talent Acquisition | Vardhan Consumer Products Limited

This is a system generated mail. Please do not reply.`, 'Case study received'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Aditi,

Thank you for speaking with me on Monday about the Marketing Analyst opening at Finvasta.

I discussed our conversation with the hiring manager. Your expected CTC of 18 LPA is well above the budget approved for this position, which is capped at 13.5 LPA fixed, and there is no flexibility at this level. Hence we will not be able to proceed further with your candidature for this role.

That said, I have tagged your profile for our Senior Analyst openings, which carry a higher band, and I will reach out to you when one opens up.

Thanks & regards,
Karthik Subramanian
Talent Acquisition, Finvasta Technologies`, 'Marketing Analyst – Finvasta'),

  other(`Dear Aditi,

Congratulations! We are happy to inform you that you have cleared the case study round for the position of Assistant Manager – Marketing Analytics.

You are invited for a virtual interview with the Brand Analytics Manager and the Head of Digital as per the details below:

Date: Thursday, 8 August
Time: 11:30 AM – 12:30 PM IST
Mode: MS Teams (link will be shared a day prior)

Be prepared to walk the panel through your case study and answer questions on it.

Regards,
Neha Joshi
Talent Acquisition | Vardhan Consumer Products Limited`, 'Interview invitation – Assistant Manager – Marketing Analytics'),

  hold('screen', ['role_closed'], {},
    `Hi Aditi,

Thanks for taking the time to speak with me last Friday, really enjoyed the chat about your retention work at Kesari.

I owe you an honest update. We were expecting our bridge round to close this month, but one of the investors has pushed their decision to October. Till the money comes in, we've paused all new hiring, including the growth analyst role.

You're not out of the running at all. I'd like to pick this up with you as soon as the round closes, if you're still open to it by then.

Cheers,
Arjun
Co-founder, FreshKart`, 'FreshKart – an honest update'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for your interest in career opportunities with Ashvatek Technologies Limited.

We have carefully reviewed your application for the position of Digital Marketing Analyst (Job Requisition ID: 71904). We regret to inform that your candidature has not been shortlisted for further process.

We appreciate the interest shown by you in Ashvatek and wish you success in your future endeavours.

Regards,
Global Talent Acquisition
Ashvatek Technologies Limited

DISCLAIMER: Ashvatek does not charge any fee at any stage of its recruitment process and does not authorise any agency to collect money on its behalf. Please beware of fraudulent job offers.
This is a system generated mail. Please do not reply.`, 'Ashvatek Careers: Status of your application – 71904'),

  other(`Dear Aditi,

We regret the inconvenience caused. Due to an unplanned business review, the panel is unavailable for your interview scheduled on Thursday, 8 August at 11:30 AM.

We would like to reschedule the interview to Monday, 12 August at 4:00 PM IST on MS Teams. Kindly confirm your availability by replying to this mail, or suggest an alternate slot on 13 or 14 August.

Apologies once again for the short notice.

Regards,
Neha Joshi
Talent Acquisition | Vardhan Consumer Products Limited`, 'Rescheduled: Interview – Assistant Manager – Marketing Analytics'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Aditi,

Thank you for applying to Quantlytics Advisory for the Analytics Consultant – Marketing Science role.

After reviewing your profile against the job description, we will not be moving ahead. The role involves building attribution and media-mix models for our clients and requires strong SQL along with working knowledge of Python or R for statistical modelling. Your resume mainly reflects reporting in Excel, GA4 and Looker Studio, and we did not see the programming depth the role calls for.

Thank you again for your time, and good luck with your search.

Regards,
Recruitment Team
Quantlytics Advisory LLP, Gurugram`, 'Analytics Consultant – Marketing Science: application update'),

  other(`Hi Aditi,

You're invited: Growth Marketing Masterclass – "From CAC to LTV: building a retention engine for D2C"

Saturday, 17 August · 11:00 AM – 12:30 PM IST · Live on Zoom

Speakers:
• Head of Growth, a leading Indian beauty brand
• Former Director of CRM, a quick-commerce unicorn

What you'll learn:
→ How to read cohort curves without fooling yourself
→ Which retention levers actually move repeat rate
→ A live teardown of three CleverTap journeys

Seats are limited. Unfortunately we can't share recordings with those who don't register.

Reserve my seat

Team GrowthSchool Pro
You received this mail because you attended one of our events. Unsubscribe`, 'Invite: From CAC to LTV – live masterclass this Saturday'),

  rej('screen', ['profile_mismatch'], {},
    `Dear Aditi,

Thank you for taking time out for the telephonic discussion with our TA team on 6 August regarding the Growth Analyst position.

Post the discussion, we have evaluated your profile against the needs of the role and have decided not to take your candidature forward, as your experience does not align closely enough with what the team is looking for at this point.

We appreciate your interest in Paysetu and wish you all the very best.

Regards,
Shruti Kale
Talent Acquisition – Paysetu Fintech Pvt. Ltd.`, 'Growth Analyst – Paysetu Fintech'),

  other(`Hello Aditi,

I hope this message finds you well. I'm Farah from Crescent Talent Partners in Dubai.

We're hiring on behalf of a fast-growing quick-commerce company in the UAE for a Growth Marketing Analyst, based in Dubai Internet City. The package is AED 16,000–19,000 per month, tax-free, plus visa, medical insurance and an annual flight ticket. Relocation support is provided for the right candidate.

Your experience with retention analytics and CRM journeys at a D2C brand looks very relevant. Would you be open to a quick call this week? If so, please share your updated CV and a convenient time.

Kind regards,
Farah Siddiqui
Senior Consultant, Crescent Talent Partners
Dubai, UAE`, 'Growth Marketing Analyst – Dubai – relocation supported'),

  rej('application', ['internal_candidate'], {},
    `Hi Aditi,

Thank you for your application for the Brand Analytics Lead position at Greenleaf Home Care.

We wanted to update you that the position has been filled through internal movement: a member of our brand team has moved into this role. We will therefore not be considering external applications for it any more.

Regards,
HR – Greenleaf Home Care Pvt. Ltd.`, 'Brand Analytics Lead – Greenleaf Home Care'),

  other(`Hi Aditi,

Trellis Fintech has invited you to take an assessment on HackerEarth.

Assessment: Marketing Analyst – SQL & Analytics
Duration: 75 minutes
Sections: SQL (4 questions), Analytics case (MCQ, 15 questions), Excel/data interpretation (10 questions)
Available until: 24 August, 11:59 PM IST

Please use a desktop or laptop with Chrome. Your webcam and screen will be recorded during the test.

Start assessment

Good luck!
HackerEarth, on behalf of Trellis Fintech`, 'Trellis Fintech has invited you to an assessment'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Aditi,

Thank you for taking part in the interview with our Brand Analytics Manager and Head of Digital on 12 August for the position of Assistant Manager – Marketing Analytics.

The panel appreciated your case study, particularly the cohort view of repeat purchases. However, after due deliberation we regret to inform you that we will not be taking your candidature further. The role requires hands-on exposure to marketing mix modelling and to offline channels such as general trade and modern trade, since more than 70% of our sales still come through distributors. Your experience so far has been largely with digital-first D2C brands, and the panel felt this gap would be significant.

We thank you for your interest in Vardhan Consumer Products and wish you success.

Regards,
Talent Acquisition | Vardhan Consumer Products Limited`, 'Outcome of your interview – Assistant Manager – Marketing Analytics'),

  other(`Hi Aditi,

Your assessment for Marketing Analyst – SQL & Analytics (Trellis Fintech) expires in 24 hours.

You haven't started the test yet. Unfortunately, once the deadline passes, we can't extend it, and the recruiter will be notified that the test was not attempted.

Start assessment now

Need help? Visit our candidate support centre.
HackerEarth`, 'Only 24 hours left to take your assessment'),

  rej('application', ['role_closed'], {},
    `Dear Aditi,

Thank you for applying for the role of Marketing Analyst at Cloudnine Learning.

We would like to inform you that the position has been closed due to a change in the company's plans for the coming quarter, and we will not be hiring for it. As a result, we are unable to process your application further.

We apologise for any inconvenience and thank you for your interest.

Warm regards,
Talent Team
Cloudnine Learning Pvt. Ltd.`, 'Update on Marketing Analyst position'),

  other(`Hi Aditi,

Thank you for completing the assessment for Marketing Analyst – SQL & Analytics.

Your responses have been submitted successfully and shared with Trellis Fintech. The recruiter will review your results and get in touch with you about the next steps.

Submitted on: 23 August, 9:47 PM IST

HackerEarth, on behalf of Trellis Fintech
This is an automated email. Please do not reply.`, 'Assessment submitted successfully'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Aditi,

Thanks for sending the marketing assignment back so quickly, and sorry it took us a week to reply.

Tanmay and I went through it together. We liked the clean dashboard mock-up, but we won't be moving you to the next round. A few things stood out: the CAC you calculated blended organic and paid orders, so the Meta number came out about 40% lower than it really is; the retention section described the drop-off but didn't propose any test to fix it; and the budget split at the end wasn't tied back to the numbers in the earlier slides.

If it would help, I'm happy to do a 15-minute call and walk you through our comments.

Best,
Sana Qureshi
Growth Lead, Zestmart`, 'Re: Zestmart – marketing assignment'),

  // ── September: tests, intro calls, more templates
  rej('application', ['generic'], { ...door },
    `Dear Aditi Deshpande,

Thank you for applying for the position of Senior Executive – CRM & Analytics at Lotus Lifestyle Brands.

We received a large number of applications for this opening, and after careful review we will not be proceeding with your application at this time.

Your resume will remain in our talent database, and our recruitment team may contact you if a suitable role comes up in the future.

Regards,
Talent Acquisition
Lotus Lifestyle Brands Pvt. Ltd.

This email was sent via Keka Hire. Please do not reply to this email.`, 'Application status – Senior Executive – CRM & Analytics'),

  rej('assessment', ['assessment'], {},
    `Dear Aditi,

Greetings from Trellis Fintech.

Thank you for appearing for the online assessment for the role of Marketing Analyst. We regret to inform you that you did not meet the qualifying criteria in the assessment, and hence you will not be moving to the next stage of the selection process.

We thank you for the time and effort you invested, and wish you the very best for your future endeavours.

Regards,
Talent Acquisition Team
Trellis Fintech Pvt. Ltd.`, 'Trellis Fintech – Assessment outcome'),

  other(`Hi Aditi,

Greetings from Brightwave Solutions!

We are working on a Marketing Analytics Lead requirement for our client, a listed NBFC in Pune (Yerawada). Your profile has been shortlisted by our team for the initial screening.

To take this forward, request you to share the following at the earliest:
1. Current CTC (fixed + variable)
2. Expected CTC
3. Notice period – official and negotiable
4. Current location and willingness to work from office 5 days a week
5. Updated resume in Word format

Kindly revert by EOD tomorrow as the client is closing the shortlist this week.

Regards,
Vikram Patil
Brightwave Solutions | Talent Acquisition Partner`, 'Marketing Analytics Lead – NBFC – Pune | Details required'),

  rej('screen', ['location'], { ...fb, ...door },
    `Hi Aditi,

Thanks for the call yesterday, it was great to hear about your work on the MoEngage journeys.

I checked back with the hiring manager on the point we discussed. The role is attached to the growth pod in our Gurugram office and they need the analyst in the office five days a week, at least for the first year. Since you mentioned that you'd prefer to stay in Pune and aren't looking to relocate right now, we won't be able to move ahead for this position.

If a Pune-based or remote opening comes up in the marketing team, I'll definitely reach out to you first.

Best,
Ishita Arora
Talent Partner, Quickbasket`, 'Quickbasket – Growth Analyst'),

  other(`Hi Aditi,

Thanks for your patience! We've reviewed your application for Growth Analyst (APAC, Remote) and would love to get to know you better.

The next step is a 30-minute intro call with me. We'll talk about your experience, what you're looking for, and what the role involves. No preparation needed.

Please pick a time that works for you here: Schedule intro call

Looking forward to speaking with you,
Mei Ling Tan
Talent Partner, Lumenlane
Singapore`, 'Lumenlane – let us set up a quick chat'),

  rej('application', ['profile_mismatch'], {},
    `Dear Aditi,

Thank you for your interest in the Associate Manager, Growth Analytics role (Job ID R-118342) at NorthStar Payments.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches the requirements of this position.

We appreciate the time you invested in your application.

Sincerely,
NorthStar Payments Talent Acquisition

Please do not reply to this message. This mailbox is not monitored.
Powered by Workday`, 'Your application for Associate Manager, Growth Analytics'),

  other(`Invitation: Intro call – Aditi Deshpande <> Lumenlane

When: Tuesday, 10 September · 10:00 – 10:30 AM (India Standard Time)
Where: Zoom (link below)
Who: Mei Ling Tan (organiser), Aditi Deshpande

Join Zoom meeting
https://zoom.example/j/8823410921

Need to reschedule? Use the link in your confirmation email at least 12 hours before the call.

Invitation from Google Calendar`, 'Invitation: Intro call – Aditi Deshpande <> Lumenlane @ Tue 10 Sep 10:00 IST'),

  hold('application', ['role_closed'], {},
    `Dear Aditi,

Greetings from Ratnagiri Foods Limited.

This is with reference to your application for the position of Deputy Manager – Consumer Insights & Digital Analytics.

We wish to inform you that the position has been kept on hold due to internal restructuring of our Marketing function. Your application remains active in our system, and we will get in touch with you once the position is reopened and the selection process resumes.

We regret the delay and thank you for your patience.

Regards,
HR Department
Ratnagiri Foods Limited, Kolhapur`, 'Position on hold – Deputy Manager – Consumer Insights & Digital Analytics'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Aditi,

Thanks for applying for the Marketing Analyst role at Ledgerly.

We've gone through your application and won't be moving forward this time. This role sits in our B2B demand generation team, and we are looking for someone who has already worked with a B2B funnel end to end: lead scoring in HubSpot or Salesforce, MQL-to-SQL conversion, and pipeline attribution. Your background is strong, but it is almost entirely in B2C and D2C.

We hire marketing analysts regularly, including for our self-serve product, which is much closer to what you've done. Please do apply again when you see one of those roles open up.

Best,
Ledgerly Talent Team

Sent with Lever`, 'Ledgerly – Marketing Analyst'),

  other(`Hi Aditi,

Great speaking with you on Tuesday! As discussed, the next step is a short take-home exercise.

The brief
You'll find an anonymised dataset attached: sign-ups, trial activations and paid conversions for one of our markets over six months. We'd like you to:
1. Describe where the funnel leaks, and for which segments.
2. Propose one experiment to improve trial-to-paid conversion, including how you'd measure it and how long it would need to run.
3. Summarise your recommendations for the regional marketing lead in one page.

Please don't spend more than 4 hours on it. Send it back by Monday, 23 September.

Cheers,
Mei Ling
Talent Partner, Lumenlane`, 'Lumenlane – take-home exercise'),

  rej('screen', ['generic'], {},
    `Dear Aditi,

Thank you for your time on the call with our HR team last week regarding the Digital Marketing Analyst position at Coralbay Hospitality Group in Dubai.

We have now completed the screening of all candidates, and we have decided to move forward with other candidates for the next stage of this process.

We thank you for your interest in Coralbay and wish you the very best in your career.

Kind regards,
Human Resources
Coralbay Hospitality Group
Dubai, UAE`, 'Digital Marketing Analyst – Coralbay Hospitality Group'),

  other(`<html><head><meta charset="utf-8"><style>.job{padding:12px;border-bottom:1px solid #eee}</style></head><body>
<table width="600" align="center"><tr><td>
<h2 style="color:#5a2d82">Top picks for you, Aditi</h2>
<p>Based on your profile <b>Marketing &amp; Growth Analyst | 4 yrs | Pune</b>, here are this week&#39;s best matches.</p>
<div class="job"><a href="https://foundnow.example/j/77120">Senior Growth Analyst</a><br>Zapkart Commerce &middot; Pune &middot; 4-7 yrs &middot; 15-22 LPA</div>
<div class="job"><a href="https://foundnow.example/j/77184">CRM Analytics Manager</a><br>Nirvana Wellness &middot; Mumbai &middot; 5-8 yrs &middot; Not disclosed</div>
<div class="job"><a href="https://foundnow.example/j/77203">Marketing Data Analyst</a><br>Indus Tyres Ltd &middot; Pune (Chakan) &middot; 3-5 yrs &middot; 9-13 LPA</div>
<p style="font-size:12px;color:#888">Sorry, we couldn&#39;t find more matches this week. Add skills to your profile to see more jobs.</p>
<p style="font-size:11px;color:#aaa">You are receiving this email because you have an account on foundnow. <a href="https://foundnow.example/unsub">Unsubscribe</a></p>
</td></tr></table>
</body></html>`, 'Aditi, your top job picks this week'),

  rej('application', ['salary'], { ...fb },
    `Hi Aditi,

Saw your application for the growth role, thanks. Your expected 18L is way more than we can pay right now, this role is budgeted at 9-10L max. Sorry, and all the best!

Rohan
Founder, Mitti & Co.`, 'Re: Growth role at Mitti & Co.'),

  other(`Hi Aditi,

Got it, thank you! Your take-home came through fine (PDF plus the notebook).

I've passed it on to Jun and Priyanka from the growth team for review. They usually take about a week, and I'll come back to you either way.

Cheers,
Mei Ling
Talent Partner, Lumenlane`, 'Re: Lumenlane – take-home exercise'),

  other(`Dear Aditi,

Greetings from Vidyapath!

Thank you for your interest in the role of Senior Analyst – Performance & Growth. We are glad to inform you that your profile has been shortlisted for a virtual interview.

Round 1: Functional interview with the Growth Manager
Date & time: 24 September, 2:00 PM IST
Duration: 45 minutes
Platform: Google Meet (link in the calendar invite)

Please keep a copy of your resume handy and be prepared to discuss two campaigns you have analysed end to end.

Regards,
Talent Acquisition
Vidyapath Edtech Pvt. Ltd.`, 'Interview scheduled – Senior Analyst – Performance & Growth'),

  rej('application', ['location'], { ...fb },
    `Dear Aditi,

Thanks for applying for the Digital Marketing Analyst opening at Urbanloom.

We went through your application. This requirement is open only to immediate joiners (joining within 15 days), as the analyst currently in the seat leaves on 30 September and the festive campaign starts right after. Since your resume mentions a notice period of 60 days, we are unable to consider your candidature for this position.

We appreciate your interest in Urbanloom.

Regards,
HR Team, Urbanloom Furnishings Pvt. Ltd.`, 'Your application – Digital Marketing Analyst, Urbanloom'),

  other(`Hello Aditi,

Your application status has been updated.

Company: Meridian Wealth Advisors
Position: Marketing Analyst – Digital Acquisition
Status: In process

What this means: Your application is being reviewed by the hiring team. You will be notified of any further change in status.

Track your application in the iSearch Jobs app.

Regards,
Team iSearch Jobs
This is an auto generated email. Please do not reply.`, 'Application status: In process – Meridian Wealth Advisors'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Aditi,

Thank you for attending the interview rounds with our Growth Manager and the Head of Marketing for the role of Senior Analyst – Performance & Growth.

It was a pleasure speaking with you. After evaluating all the candidates, the team felt that the other profiles we met were a stronger fit for the role at this stage, and so we will not be moving forward with your candidature.

We would be happy to stay connected, and we encourage you to apply for future openings at Vidyapath that match your profile.

Warm regards,
Talent Acquisition
Vidyapath Edtech Pvt. Ltd.`, 'Vidyapath – Senior Analyst – Performance & Growth'),

  // ── October: the Saffron Ledger process begins, festive season slows everything
  rej('assessment', ['assessment'], { ...fb },
    `Hi Aditi,

Thank you for the effort you put into the take-home, and sorry for the slightly longer wait than I promised.

Jun and Priyanka have reviewed it, and I'm afraid we've decided not to move you forward to the interview stage. Their main comments: the funnel breakdown by segment was clear and well presented, but the experiment you proposed had no sample-size estimate or minimum detectable effect, so there was no way to say whether a four-week run would tell us anything. The one-page summary also recommended a pricing change that the data in the exercise didn't really support.

Thanks again for your time and interest in Lumenlane.

Best,
Mei Ling Tan
Talent Partner, Lumenlane`, 'Lumenlane – update on your take-home'),

  other(`Dear Aditi,

Thank you for applying for the position of Marketing Analyst – Growth (Job Code: SL/MKT/19) at Saffron Ledger Technologies Pvt. Ltd.

We have received your application. Our recruitment team will review your profile, and if it matches our requirements we will contact you regarding the next steps.

Best Regards,
Recruitment Team
Saffron Ledger Technologies Pvt. Ltd.
Kharadi, Pune

--
This is an automatically generated email from Zoho Recruit. Please do not reply to this email.`, 'Application Received – Marketing Analyst – Growth'),

  rej('application', ['generic'], {},
    `<!DOCTYPE html>
<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b3d91;padding:14px"><img src="https://careers.infovance.example/logo.png" alt="Infovance"></td></tr></table>
<p>Dear Aditi Deshpande,</p>
<p>Thank you for your interest in <b>Infovance Systems Limited</b> and for applying to the position <b>Marketing Analyst &ndash; Digital Solutions (Req. 2024-MKT-3318)</b>.</p>
<p>We have reviewed your application with care. We regret to inform you that we will not be moving forward with your application for this position.</p>
<p>We thank you for the time you have taken to apply and wish you success in your career.</p>
<p>Regards,<br>Talent Acquisition Group<br>Infovance Systems Limited</p>
<hr>
<p style="font-size:10px;color:#999">This is a system generated e-mail. Please do not reply. Infovance never asks for money in exchange for a job offer. If you receive such a request, please report it to <a href="mailto:fraudalert@infovance.example">fraudalert@infovance.example</a>.</p>
<p style="font-size:10px;color:#999">Powered by SAP SuccessFactors</p>
</body></html>`, 'Regarding your application – Req. 2024-MKT-3318'),

  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Hi Aditi,

Thanks again for the telephonic round on Wednesday. I've spoken with Harsh, our hiring manager for the Growth Marketing Manager role.

I'm sorry to say we won't be moving ahead. From our call, your work so far has mostly been on the reporting and insights side, and you haven't yet run paid campaigns yourself. Harsh needs someone who has personally managed Google and Meta budgets of ₹50 lakh or more a month, including bidding and creative testing, because the role will own that spend from day one.

If you'd like more detail on Harsh's view, reply here and I'll happily set up a quick call.

Regards,
Meghna Rao
Talent Acquisition, Growthwise Software`, 'Growthwise – Growth Marketing Manager'),

  other(`Dear Aditi,

Greetings from Saffron Ledger!

We are pleased to inform you that your profile has been shortlisted for the next round of the selection process for the position of Marketing Analyst – Growth.

The next step is an online assessment (SQL, Excel and marketing analytics) of 50 minutes. You will receive the test link from our assessment partner iMocha in a separate mail within 24 hours. Kindly complete the test within 3 days of receiving the link.

Best Regards,
Pallavi Gokhale
HR – Talent Acquisition
Saffron Ledger Technologies Pvt. Ltd.`, 'Shortlisted – Online Assessment – Marketing Analyst – Growth'),

  other(`Hello Aditi Deshpande,

Saffron Ledger Technologies has invited you to take the following assessment:

Marketing Analyst – Growth: Skills Assessment
Duration: 50 minutes
Skills assessed: SQL (joins, aggregations), MS Excel, Digital Marketing Analytics
Link valid till: 14 October, 11:59 PM IST

Take assessment

Important: The assessment is AI-proctored. Please make sure you are alone in a well-lit room. Unfortunately, tests that are interrupted cannot be resumed.

Team iMocha`, 'Saffron Ledger Technologies invites you to take an assessment'),

  other(`Hi Aditi,

Rahul here, founder of Bindu Beverages. Loved your note on how you'd fix our repeat rate.

Can you come to our office in Koregaon Park this Saturday at 11? It'll be me and Sneha (she runs our brand). Nothing formal, we'll chat about growth, walk you through our numbers and you can try the new flavours.

Rahul`, 'Saturday?'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Aditi,

Thanks for coming in on Saturday, Sneha and I really enjoyed it.

I've thought about it a lot and I don't think we're the right fit for each other right now. We're six people and honestly very chaotic. Whoever joins will spend half their day running ads, writing WhatsApp campaigns and packing influencer boxes, and the analysis has to happen in between. You told us you do your best work with a clear brief and time to go deep into the data, which is totally fair, but it's not how our days look, and I think you'd be frustrated here.

Thanks again for giving up your Saturday, and all the best with the search.

Rahul
Founder, Bindu Beverages`, 'Re: Saturday?'),

  other(`Dear Aditi,

Thank you for completing the online assessment. We are happy to inform you that you have cleared it.

You are invited for Round 1 (functional interview) for the position of Marketing Analyst – Growth:

Date: Thursday, 17 October
Time: 12:00 PM – 1:00 PM IST
Panel: Nikhil Bhave, Growth Marketing Manager
Mode: Google Meet (link in the calendar invite)

Please confirm your availability.

Best Regards,
Pallavi Gokhale
HR – Talent Acquisition
Saffron Ledger Technologies Pvt. Ltd.`, 'Interview Invitation – Round 1 – Marketing Analyst – Growth'),

  other(`Dear Aditi,

Thank you for your time with our team so far. We are delighted to invite you to the final round of the selection process for the position of Growth Marketing Analyst.

Final round: Conversation with Ms. Layla Haddad, Marketing Director
Date: Monday, 14 October
Time: 1:00 PM Dubai time (2:30 PM IST)
Mode: Microsoft Teams

The conversation will last about 45 minutes. Layla would like to hear how you would approach lead quality reporting for our off-plan launches.

Kind regards,
Talent Acquisition
Dunecrest Properties
Dubai, UAE`, 'Final round invitation – Growth Marketing Analyst'),

  other(`Hi Aditi,

Thank you for your interest in Tealeaf Analytics. The hiring manager reviewed your profile and would like to meet you.

Interview: Manager round with Siddharth Iyer, Director – Marketing Analytics Practice
Date: Friday, 11 October, 5:00 PM IST
Duration: 60 minutes
Format: Zoom. Expect a discussion of your past work and a short case on campaign measurement.

Please reply to confirm.

Regards,
Ananya Bose
Talent Acquisition, Tealeaf Analytics`, 'Interview – Senior Analyst, Marketing Analytics – Tealeaf'),

  hold('interview', ['role_closed'], {},
    `Dear Aditi,

Thank you for the manager round with Siddharth on Friday. He was positive about the conversation.

I wanted to keep you informed about where things stand. The headcount for this position is part of next year's budget for the Marketing Analytics practice, and the budget approval is still pending with our leadership team. Until it is approved, we are not able to schedule the next rounds or release any offers for this position.

Your candidature is very much active. We expect clarity in about three to four weeks and I will update you as soon as I hear.

Regards,
Ananya Bose
Talent Acquisition, Tealeaf Analytics`, 'Senior Analyst, Marketing Analytics – status update'),

  rej('application', ['generic'], {},
    `Hi Aditi,

Thank you for your interest in Swiftcart and for taking the time to apply for our Marketing Analyst, Category Growth role.

We've reviewed your application and have decided not to move forward at this time.

We know this isn't the news you were hoping for, and we truly appreciate your interest in Swiftcart.

Best,
The Swiftcart Talent Team

Sent with Lever`, 'Your application to Swiftcart'),

  other(`Dear Aditi,

Apologies for the late intimation. Owing to a leadership offsite, Nikhil will not be available for your Round 1 interview scheduled on Thursday, 17 October at 12:00 PM.

We regret the inconvenience caused. The interview has now been moved to Saturday, 19 October at 11:00 AM IST, same Google Meet link. Kindly let us know if this timing does not suit you and we will try to find another slot early next week.

Best Regards,
Pallavi Gokhale
HR – Talent Acquisition
Saffron Ledger Technologies Pvt. Ltd.`, 'Re-scheduled: Round 1 – Marketing Analyst – Growth'),

  other(`Hi Aditi,

Thanks for your interest in Paynest. We'd like to invite you to a technical round for the Marketing Analyst role.

What to expect: a 60-minute video call with two analysts from our growth team. About half the time is a live SQL exercise on a shared screen (our transactions and campaign tables), and the rest is a discussion about metrics and experiment design.

Please choose a slot between 21 and 23 October using this link: Book your interview

See you soon,
Paynest Recruiting`, 'Paynest – Technical round for Marketing Analyst'),

  rej('final', ['position_filled'], { ...door },
    `Dear Aditi,

Thank you for taking part in the final round with our Marketing Director, Layla Haddad, and for the thoughtful way you approached lead quality reporting.

We have now concluded the selection process. The offer for the Growth Marketing Analyst position has been accepted by another candidate, so the position is no longer open.

Layla enjoyed the conversation, and we would be glad to consider you for future marketing roles at Dunecrest. We will keep your details on file and reach out if something suitable comes up.

Kind regards,
Talent Acquisition
Dunecrest Properties
Dubai, UAE`, 'Growth Marketing Analyst – final outcome'),

  rej('interview', ['skills_gap', 'assessment'], { ...fb },
    `Hi Aditi,

Thanks for joining the technical round with Devika and Omkar on Tuesday.

We've decided not to take your application further. The discussion on metrics went well, but the SQL portion is central to this role, and in the live exercise you weren't able to get to a working query for the 7-day rolling conversion by campaign. In particular, window functions and handling the joins across the events and campaigns tables seemed unfamiliar. Our analysts write these queries daily without support from a data team, so we need that to be strong from the start.

Thank you for your time, and all the best.

Paynest Recruiting`, 'Paynest – Marketing Analyst'),

  hold('assessment', ['generic'], {},
    `Hi Aditi,

Thank you for sending across the assignment for the CRM Analyst role. Received it, all files open fine.

A quick heads-up: our Diwali sale goes live tomorrow and the entire marketing team, including the people reviewing assignments, is on the sale war room till 5 November. So we'll need a little longer than the one week we mentioned. Nothing has changed on your application, it's just in the queue, and we'll get back to you in the second week of November.

Happy Diwali in advance!

Warmly,
Tara
People & Culture, Haldi Home`, 'Haldi Home – your assignment'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Aditi,

Thank you for attempting the online assessment for the position of Digital Marketing Analyst at Pinnacle IT Services.

We regret to inform you that you have not cleared the assessment, and your candidature will not be considered further for this position.

As per our hiring policy, you are eligible to apply again for a similar role after six months from the date of this assessment. We look forward to receiving your application then.

Regards,
Talent Acquisition Team
Pinnacle IT Services Ltd.

This is a system generated email. Please do not reply.`, 'Assessment result – Digital Marketing Analyst'),

  rej('screen', ['salary', 'location'], { ...fb, ...door },
    `Hi Aditi,

Thanks for your time on the screening call on Monday for the Marketing Analytics Lead role with our NBFC client.

I shared your profile and our call notes with the client. Unfortunately they will not be going ahead. Two points came up: your expected CTC of 18 LPA is above the 14–15 LPA band they have for this role, and they need the person on board within 30 days, whereas your notice period is 60 days and your current employer does not allow a buyout. The client was not able to relax either condition.

I'll keep you in mind for my other mandates.

Regards,
Vikram Patil
Brightwave Solutions | Talent Acquisition Partner`, 'Marketing Analytics Lead – NBFC – update'),

  // ── late October: more rounds, more pauses
  rej('application', ['profile_mismatch'], { ...door },
    `Dear Ms. Deshpande,

We acknowledge with thanks your application for the post of Analyst – Marketing Strategy at Tatva Management Consultants.

Upon scrutiny of your credentials, we find that your background is not suitable for the assignment at present. We shall, however, retain your curriculum vitae in our records and shall contact you should an opening commensurate with your profile arise.

Thanking you,

Yours faithfully,
For Tatva Management Consultants Pvt. Ltd.
Manager – Human Resources`, 'Your application – Analyst – Marketing Strategy'),

  hold('screen', ['role_closed'], {},
    `Hi Aditi,

Hope you are doing well. This is regarding the Growth Analytics Manager position, for which you had a telephonic discussion with me on 15 October.

We have a new Business Head for the consumer lending vertical joining us on 1 December, and management has decided that he should finalise the structure of his team before we close any positions. So the position is on hold till he comes on board and reviews it.

Your profile has not been rejected. I will reconnect with you once we get a go-ahead, most likely in mid-December.

Thanks & regards,
Swati Deshmukh
HR Business Partner, Kaveri Finserv Ltd.`, 'Growth Analytics Manager – Kaveri Finserv'),

  other(`Dear Aditi,

Congratulations! Based on the feedback from Round 1, we are pleased to inform you that you have been shortlisted for the next round, a manager round with Mr. Sandeep Kulkarni, Head of Marketing.

Date: Wednesday, 23 October
Time: 4:30 PM – 5:30 PM IST
Venue: Saffron Ledger Technologies, 6th floor, World Trade Park, Kharadi, Pune

Please carry a government photo ID for building entry and a printed copy of your resume.

Best Regards,
Pallavi Gokhale
HR – Talent Acquisition
Saffron Ledger Technologies Pvt. Ltd.`, 'Round 2 (Manager round) – Marketing Analyst – Growth'),

  rej('assessment', ['skills_gap', 'assessment'], { ...fb },
    `Hi Aditi,

Thank you for submitting the tracking plan assignment for the Web Analytics Specialist role at Nuvo Skin.

Our analytics lead reviewed it carefully. Unfortunately the submission did not meet the bar for this role, so we won't be moving ahead. The plan was written in the old Universal Analytics model of categories, actions and labels instead of GA4 events and parameters, it didn't set up the purchase and refund events the way our Shopify integration expects, and there was no mention of the BigQuery export that the role will own. Hands-on GA4 implementation, not only reporting, is the core of this position.

Wishing you the very best,
Kavya Reddy
HR, Nuvo Skin Pvt. Ltd.`, 'Nuvo Skin – Web Analytics Specialist'),

  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Dear Aditi,

Thank you for meeting our team for the Marketing Analyst – Digital Acquisition role, first with Ritesh and then with Kunal and Aparna last week.

The panel valued your analytical depth, but after discussing it together we have decided not to proceed. Our digital team runs in very short cycles with priorities changing almost daily, and the panel felt that your preferred way of working, with a well-defined scope and a proper planning cycle before execution, would not match how the team operates. We think this is a question of working style rather than ability.

If you would like to understand the panel's view in more detail, I would be happy to arrange a short call with Ritesh.

Regards,
Gauri Apte
Human Resources, Meridian Wealth Advisors`, 'Marketing Analyst – Digital Acquisition – Meridian Wealth Advisors'),

  other(`Hi Aditi,

Thanks for checking in, and we regret the delay in getting back to you on your mail.

The position is still under evaluation. Ruchi, the hiring manager, is meeting the last two candidates from the first round this week, as planned in the original timeline, and the shortlist for the second round will be finalised by Monday. You will hear from us either way by 6 November.

Thanks for your patience,
Aman Verma
Talent Acquisition, Kaapi Co.

On Tue, 29 Oct, Aditi Deshpande wrote:
> Hi Aman,
> Hope you're well. I had my first round with Ruchi on 18 October for the Retention Marketing Analyst role and wanted to check if there is any update.
> Regards, Aditi`, 'Re: Retention Marketing Analyst – any update?'),

  other(`Hi Aditi,

Your interview with Zapkart Commerce for the Senior Growth Analyst role is scheduled for 31 October.

Before the interview, please complete your pre-interview form on Keka. It takes about 5 minutes and asks for:
• Current and expected CTC
• Notice period
• Total and relevant experience
• Preferred interview language

Complete the form

Unfortunately, we cannot confirm your interview slot until the form is submitted.

Regards,
Zapkart Talent Team
Sent via Keka Hire`, 'Action required: complete your pre-interview form'),

  other(`Dear Aditi,

Ashvatek Technologies is conducting a walk-in drive for Digital Marketing and Marketing Analytics roles at our Pune campus.

Date: Saturday, 2 November
Time: 9:30 AM – 2:00 PM
Venue: Ashvatek Technologies, Tower B, Blue Ridge SEZ, Hinjewadi Phase 1, Pune
Experience: 3–8 years
Roles: Digital Marketing Analyst, SEO/SEM Specialist, Marketing Automation Consultant

Please carry two copies of your updated resume, a photo ID, and your last three months' payslips. Registration is mandatory: Register here.

Regards,
Global Talent Acquisition
Ashvatek Technologies Limited

DISCLAIMER: Ashvatek does not charge any fee at any stage of its recruitment process.
This is a system generated mail. Please do not reply.`, 'Walk-in drive: Digital Marketing & Marketing Analytics | Pune | 2 November'),

  rej('interview', ['salary'], { ...fb },
    `Hi Aditi,

Thank you for taking the interview with Abhay on 31 October for the Senior Growth Analyst position.

Abhay liked your approach to the retention case. However, when we put the numbers together after the interview, your expectation of 20 LPA fixed is well beyond what we can offer for this role; our internal band tops out at 15 LPA, and we are not in a position to revise it for this hire. Given the size of the gap, we have decided not to continue the process.

We appreciate your time and wish you the best.

Regards,
Zapkart Talent Team`, 'Senior Growth Analyst – Zapkart Commerce'),

  // ── November: an offer, and the rest catches up
  other(`Hi Aditi,

Congratulations on clearing the manager round with Sandeep!

The final step is an HR discussion with me on Monday, 4 November at 3:00 PM. We will talk about the role, your compensation expectations and joining timelines.

Before the discussion, request you to share the following:
1. Last three months' salary slips
2. Current CTC breakup (fixed, variable, benefits)
3. Latest appraisal or increment letter
4. Notice period as per your appointment letter

Best Regards,
Pallavi Gokhale
HR – Talent Acquisition
Saffron Ledger Technologies Pvt. Ltd.`, 'HR Discussion – Marketing Analyst – Growth'),

  rej('interview', ['position_filled'], {},
    `Hi Aditi,

Thank you for your interview with Ruchi last month, and for your patience while we completed the remaining conversations.

We have now extended an offer for the Retention Marketing Analyst role to another candidate, who has accepted it. The position is therefore closed.

Thanks again for your interest in Kaapi Co.

Best,
Aman Verma
Talent Acquisition, Kaapi Co.`, 'Retention Marketing Analyst – Kaapi Co.'),

  other(`Dear Aditi,

Thank you for the HR discussion yesterday. As promised, sharing where we have landed after speaking with the management.

We regret that we are unable to match your expected CTC of 18 LPA. However, we can offer you a fixed CTC of 16 LPA, along with a one-time joining bonus of ₹1,00,000 (payable with your first salary) and a performance bonus of up to 10% of fixed pay. We are also willing to buy out up to 30 days of your notice period so that you can join by 3 January.

Kindly let us know your thoughts by Friday. We are keen to have you on board.

Best Regards,
Pallavi Gokhale
HR – Talent Acquisition
Saffron Ledger Technologies Pvt. Ltd.`, 'Compensation discussion – Marketing Analyst – Growth'),

  rej('interview', ['role_closed'], {},
    `Hi Aditi,

Thanks again for the two interviews with Rhea and Vaibhav for the Growth Marketing Analyst role at Slotwise.

I'm afraid we have some disappointing news. Last week the leadership decided to merge the growth and product analytics teams, and as part of that change this role has been cancelled. As there is no position to fill any more, we won't be able to proceed with your application.

We're really sorry it has ended this way after the time you invested.

Best,
Nidhi Sharma
People Team, Slotwise`, 'Slotwise – Growth Marketing Analyst'),

  other(`Dear Aditi,

With reference to your application and subsequent interviews, we are pleased to offer you the position of Marketing Analyst – Growth at Saffron Ledger Technologies Pvt. Ltd., Pune.

Your annual CTC will be ₹16,00,000 (Rupees Sixteen Lakh only), with a joining bonus of ₹1,00,000 and a performance bonus of up to 10% of fixed pay, as detailed in Annexure A. Your date of joining will be 3 January, and your place of posting will be Pune.

This offer is subject to satisfactory background verification and submission of the documents listed in Annexure B. Kindly sign and return a copy of this letter within 3 working days as a token of your acceptance.

We look forward to welcoming you to Saffron Ledger.

For Saffron Ledger Technologies Pvt. Ltd.

Sandeep Kulkarni
Head of Marketing

Encl.: Offer letter, Annexure A (CTC breakup), Annexure B (document checklist)`, 'Offer Letter – Marketing Analyst – Growth – Saffron Ledger'),

  rej('final', ['salary', 'position_filled'], { ...fb },
    `Dear Aditi,

Thank you for your time in the final HR discussion last week for the role of Manager – Marketing Analytics at Zenvest Securities, following your interviews with the business team.

After careful deliberation, we have extended the offer to another candidate, who has accepted it. In all fairness, the key factor was compensation: your expected fixed CTC of 19 LPA was beyond the budget for this position, while the selected candidate's expectations were within range.

We thank you for your interest in Zenvest and wish you success.

Regards,
Human Resources
Zenvest Securities Ltd., Mumbai`, 'Manager – Marketing Analytics – Zenvest Securities'),

  rej('final', ['profile_mismatch'], {},
    `Hey Aditi,

Thanks for the final round with me yesterday. Appreciate you coming all the way to Baner on a weekday evening.

We've decided to go with someone else, whose background lines up a bit more closely with what we need right now. Wanted you to hear it from me directly.

Best,
Kunal
Founder, Sprout Snacks`, 'Sprout Snacks'),

  other(`Dear Aditi,

Welcome to Saffron Ledger! Thank you for accepting our offer.

As part of the pre-joining formalities, request you to upload the following documents on our onboarding portal within 5 working days:

• PAN card and Aadhaar card
• Passport-size photograph
• Educational certificates (10th, 12th, graduation, post-graduation) and mark sheets
• Relieving and experience letters from all previous employers
• Last three months' salary slips from your current employer
• Resignation acceptance mail from your current employer
• Cancelled cheque for salary account details

Unfortunately, we cannot initiate your background verification until all documents are uploaded.

Best Regards,
Pallavi Gokhale
HR – Talent Acquisition
Saffron Ledger Technologies Pvt. Ltd.`, 'Pre-joining documents – Saffron Ledger'),

  rej('application', ['generic'], { ...door },
    `Dear Aditi,

Thank you for applying for the position of Digital Marketing Analyst at Gulfstar Financial, Doha.

We have received a high number of applications for this role and, after reviewing them, we regret that we will not be progressing your application further.

We will retain your CV on file for six months and may contact you if a suitable vacancy arises during that period.

Best regards,
Recruitment Team
Gulfstar Financial Q.P.S.C.`, 'Digital Marketing Analyst – Gulfstar Financial'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Aditi,

Thank you for your application for the position of CRM & Marketing Analyst with Sahra Properties.

Having reviewed your application, we are sorry to say that we will not be taking it further. The role works closely with our Arabic-speaking sales teams and clients, so fluency in Arabic is a requirement. In addition, we are only able to consider candidates who already reside in the UAE and hold a valid residence visa, as we are not sponsoring visas for this position.

Thank you for your interest in Sahra Properties, and we wish you well.

Best regards,
Human Resources
Sahra Properties LLC, Dubai`, 'Your application – CRM & Marketing Analyst'),

  other(`Dear Aditi Deshpande,

Greetings from VeriTrust Background Services!

We have been engaged by Saffron Ledger Technologies Pvt. Ltd. to carry out your pre-employment background verification.

Please log in to the candidate portal using the link below and complete the BGV form within 48 hours. You will need to fill in your address history for the last 5 years, education and employment details, and provide two professional references.

Start verification

Unfortunately, incomplete forms cannot be processed and will delay your verification. For any help, contact our candidate desk between 9:30 AM and 6:30 PM.

Regards,
Candidate Support Team
VeriTrust Background Services Pvt. Ltd.

This is an auto-generated mail. Please do not reply.`, 'Action required: Background verification for Saffron Ledger Technologies'),

  rej('screen', ['overqualified'], { ...fb },
    `Hi Aditi,

Thank you for speaking with me on Tuesday about the Marketing Coordinator opening at Dailyneeds Retail.

After our call I went back to the store marketing head with my notes. We both feel the role would be a step backwards for you. It is a coordinator position reporting to a manager with about the same experience as you, the work is mostly in-store promotions and collecting sales data from franchisees, and the band is around 7 LPA. With four years of growth analytics behind you, you are clearly more senior than what this opening needs, so we will not take your application forward.

Wishing you the very best,
Prachi Shinde
HR Executive, Dailyneeds Retail Pvt. Ltd.`, 'Marketing Coordinator – Dailyneeds Retail'),

  other(`Hi Aditi,

Thank you for letting us know, and congratulations on the new role! We have withdrawn your application for the Senior Analyst, Marketing Analytics position as you requested.

Siddharth asked me to pass on his best wishes. It was a pity the timing didn't work out with our budget cycle, but we are genuinely happy for you.

Regards,
Ananya Bose
Talent Acquisition, Tealeaf Analytics

On Mon, 11 Nov, Aditi Deshpande wrote:
> Dear Ananya,
> Thank you for keeping me updated. I have accepted an offer elsewhere and would like to withdraw my application for the Senior Analyst role. Thank you and Siddharth for your time.
> Best regards,
> Aditi`, 'Re: Withdrawing my application – Senior Analyst, Marketing Analytics'),

  other(`Dear Aditi Deshpande,

This email confirms that you have withdrawn your application for Marketing Analytics Consultant (Job Requisition ID: R-55210) at Orion Global Services.

Your application will no longer be considered for this position. If you change your mind, you are welcome to apply again through our careers site.

Regards,
Orion Global Services – Talent Acquisition

This is an automatically generated email. Please do not reply.
Powered by Workday`, 'Application withdrawn – R-55210'),

  rej('screen', ['internal_candidate'], {},
    `Dear Aditi,

Thank you for your time on the recruiter telephonic round on 5 November for the position of Marketing Analyst – Customer Acquisition at Helix Health Insurance.

We would like to inform you that the position has since been closed with an internal transfer from our distribution analytics team. We will therefore not be progressing external candidates for this role.

We thank you for your interest in Helix Health Insurance.

Regards,
Talent Acquisition
Helix Health Insurance Co. Ltd.`, 'Marketing Analyst – Customer Acquisition – Helix Health'),

  rej('interview', ['assessment'], { ...fb },
    `Hi Aditi,

Thank you for presenting your case in the second-round interview with our practice leads on Friday.

Unfortunately we won't be moving you to the final round. The panel's view was that the case analysis itself fell short: the incrementality estimate in your presentation compared the campaign period with the previous month rather than with a holdout group, so the 22% lift you reported was mostly seasonality, and when they asked about it the numbers couldn't be reconciled. The first round with Maya had gone well, so this was a close call.

Thanks again for your time.

Best regards,
Talent Team
Kestrel Analytics`, 'Kestrel Analytics – Marketing Analytics Consultant'),

  rej('assessment', ['position_filled'], {},
    `Hi Aditi,

Thank you for sending in the marketing assignment for the Growth Analyst role at Kettle & Crate, and for the effort you clearly put into it.

Before our team could review the submissions, we closed the position with a candidate who was already further along in the process. We wanted to let you know rather than leave you waiting.

Thanks for your interest in Kettle & Crate.

Warmly,
Team Kettle & Crate`, 'Kettle & Crate – Growth Analyst'),

  other(`Hi Aditi,

Hope you're doing well! Pooja here from TalentBridge again.

I know the Mumbai performance marketing role wasn't the right one for you, but I now have a mandate that looks much closer to your background:

Role: CRM & Lifecycle Manager
Client: A well-funded Pune-based beauty D2C brand
Location: Baner, Pune (hybrid, 3 days in office)
Experience: 4–6 years (MoEngage/CleverTap must)
Budget: 18–22 LPA

Would you be open to exploring it? A quick 10-minute call would help me understand if it makes sense.

Thanks & Regards,
Pooja Nair
Senior Consultant | TalentBridge HR Solutions`, 'CRM & Lifecycle Manager – Pune – D2C beauty'),

  rej('final', ['generic'], { ...offered },
    `Dear Aditi,

Thank you for your time in the final round with our Director – Marketing, Mr. Anand Rao, on 8 November for the position of Senior Analyst, Customer Analytics.

After careful consideration, we regret to inform you that we will not be offering you the position.

Should you wish to receive feedback on your interviews, please write to us at this address and we will arrange it.

With best regards,
Talent Acquisition
Bharat Mutual Insurance Co. Ltd.`, 'Senior Analyst, Customer Analytics – Bharat Mutual Insurance'),

  other(`Hi Aditi,

Thank you for your interest in Swiftcart! We'd love to hear about your recent experience applying for the Marketing Analyst, Category Growth role.

This 3-minute survey is anonymous. Unfortunately we can't respond to individual comments, but every answer is read by our Talent team and helps us improve.

How would you rate your overall experience? ★★★★★

Take the survey

Thank you,
The Swiftcart Talent Team

Sent with Lever`, 'How was your experience applying to Swiftcart?'),

  other(`Dear Aditi,

Thank you for your interest in Nexora Consulting. This is to confirm that we have received your application for the position of Marketing Analytics Associate.

Our team will review your application and get back to you if your profile is shortlisted.

Regards,
Talent Acquisition
Nexora Consulting Services Pvt. Ltd.

--
Sent from Zoho Recruit. This is an automated email. Please do not reply.`, 'Application received – Marketing Analytics Associate'),

  rej('final', ['location'], { ...fb, ...door },
    `Dear Aditi,

Thank you for your time in the final round with our Chief Marketing Officer for the Senior Growth Analyst position in Riyadh.

We regret to inform you that we cannot proceed with your candidature. The business needs the selected candidate to be on the ground in Riyadh by 1 December to support the year-end campaign. As you explained in the final interview, your notice period of 60 days, together with the time needed for the Saudi work visa and iqama processing, would mean a start date in February at the earliest, and we are unable to hold the position until then.

The CMO was impressed with your work on retention, and we would welcome your application for future roles with us, particularly if you are open to relocating.

Kind regards,
Talent Acquisition
Najd Holding Company, Riyadh`, 'Senior Growth Analyst – Najd Holding'),

  other(`Hi Aditi,

Quick update from my side. The client has completed interviews with all three shortlisted candidates, including you, and the hiring manager is compiling her feedback this week. I expect to hear back by Thursday and will call you as soon as I do.

No news is not bad news here, they are just slow with paperwork!

Kind regards,
Farah Siddiqui
Senior Consultant, Crescent Talent Partners

-----Original Message-----
From: Aditi Deshpande
Sent: Sunday, 17 November
Subject: Growth Marketing Analyst – Dubai

Hi Farah, just checking if there is any feedback from the client on my interview last Tuesday? Thanks, Aditi`, 'RE: Growth Marketing Analyst – Dubai'),

  hold('application', ['role_closed'], {},
    `Dear Aditi,

This is with reference to your application for the position of Marketing Analytics Associate at Nexora Consulting.

Please note that the requirement has been frozen till the next quarter on account of a revised hiring plan for our Marketing Services practice. Your application remains active with us, and we will resume the process and get in touch with you once the requirement is released again.

Thank you for your patience and understanding.

Regards,
Talent Acquisition
Nexora Consulting Services Pvt. Ltd.`, 'Marketing Analytics Associate – requirement status'),

  rej('assessment', ['generic'], {},
    `Dear Aditi,

Thank you for participating in the case study round for the Associate – Marketing Strategy position at Artha Consulting and for the time you invested in preparing your submission.

We have completed the evaluation of all submissions, and we have decided to go ahead with other candidates for the interview stage.

We wish you all success in your career.

Regards,
Recruitment Team
Artha Consulting LLP`, 'Artha Consulting – Associate – Marketing Strategy'),

  other(`Dear Aditi,

We are happy to inform you that your background verification for Saffron Ledger Technologies Pvt. Ltd. has been completed.

Overall status: CLEAR
Education: Verified
Employment (Kesari Naturals, Brandcraft Digital): Verified
Address: Verified
References: Verified

The final report has been shared with Saffron Ledger Technologies. No further action is required from your side.

Regards,
Candidate Support Team
VeriTrust Background Services Pvt. Ltd.

This is an auto-generated mail. Please do not reply.`, 'Background verification completed – Saffron Ledger Technologies'),

  rej('interview', ['internal_candidate'], { ...door },
    `Hi Aditi,

Thanks for the two rounds with Mihir and the strategy team. We enjoyed the conversations.

I wanted to let you know that we've decided to fill the Growth Analyst position with someone from within Tarang Media, who has been working closely with the client team for the last year.

We'd love to stay in touch, though. We expect to open two more analyst roles in the new year, and I'll reach out to you when they go live.

Cheers,
Natasha Pinto
Talent, Tarang Media`, 'Tarang Media – Growth Analyst'),

  other(`Dear Aditi,

We are pleased to invite you to the final round for the position of Lifecycle Marketing Lead at Nimbus CRM.

Final round: Conversation with Vivek Menon, VP – Marketing
Date: Wednesday, 27 November
Time: 6:00 PM IST
Mode: Zoom (link in the calendar invite)

Vivek will discuss your approach to lifecycle strategy and how you would structure the team in your first 90 days.

Regards,
Recruiting, Nimbus CRM`, 'Final round – Lifecycle Marketing Lead – Nimbus CRM'),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Dear Aditi,

Thank you for taking the final round with Vivek last week.

I'm sorry to tell you that we will not be extending an offer. Vivek was impressed with your lifecycle thinking, but this role will lead a team of four from day one, and he needs someone who has already hired and managed analysts. Your experience so far has been as an individual contributor, and that was the deciding factor.

If you'd like to hear Vivek's feedback directly, he has offered to do a short call. Just reply here and I'll set it up.

Regards,
Recruiting, Nimbus CRM`, 'Lifecycle Marketing Lead – Nimbus CRM'),

  // ── December: the last answers, and a new job
  rej('application', ['position_filled'], { ...door },
    `Hi Aditi,

Greetings from Bloom Organics!

Thank you for applying for the position of Performance Marketing Analyst. We wish to inform you that the requirement has been closed, as we have onboarded a candidate for this role.

We encourage you to keep checking our careers page and to apply for other openings that match your profile.

Regards,
HR Team
Bloom Organics Pvt. Ltd.`, 'Performance Marketing Analyst – Bloom Organics'),

  other(`Hi Aditi,

Your profile is only 65% complete!

Profiles with a photo, key skills and a profile summary get up to 3x more views from recruiters. Unfortunately, recruiters searching for "GA4" and "CleverTap" can't find you yet because these skills are missing from your profile.

Complete my profile

Team Jobnest
This is a system generated mail. Please do not reply.`, 'Aditi, complete your profile to get noticed'),

  other(`Hello Aditi,

Recruiter viewed your application!

Your application for Marketing Analyst – Retention at Cartwheel Commerce was viewed by the recruiter on 6 December.

Applied on: 28 November
Status: Under review

Tip: recruiters respond faster to candidates who have verified their email and mobile number.

Team Apexjobs
This is an automated notification. Please do not reply to this email.`, 'Your application was viewed by Cartwheel Commerce'),

  other(`Dear Aditi,

We are excited to welcome you to Saffron Ledger on Friday, 3 January!

Day 1 details:
• Reporting time: 9:30 AM
• Venue: Saffron Ledger Technologies, 6th floor, World Trade Park, Kharadi, Pune
• Please ask for: Pallavi Gokhale, HR
• Carry: original documents for verification, two passport-size photographs, and a copy of your signed offer letter

Your laptop and access cards will be handed over during induction. The first week is an onboarding programme with the Product, Marketing and Finance teams, and your manager, Nikhil Bhave, will take you through your 30-60-90 day plan.

Welcome aboard!

Best Regards,
People Team
Saffron Ledger Technologies Pvt. Ltd.`, 'Welcome to Saffron Ledger – your joining details'),

  other(`Hi Aditi,

Congratulations on your new role! 🎉

Since you've started a new job, we've paused your job alerts and set your profile to "Not actively looking". Recruiters can still see your profile, but they'll know you're not looking right now.

Changed your mind? Unfortunately we can't restore paused alerts automatically, but you can turn them back on any time from your settings.

Team Hirewell`, 'Congratulations on your new job, Aditi!'),
];
