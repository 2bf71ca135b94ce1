/**
 * Development messages of the fifty-fourth round, never sealed: one job seeker's inbox over a season, in date order from
 * August to December. A software test engineer in Pune (three and a half years at a mid-sized IT services firm: manual
 * and automation testing, Selenium with Java and TestNG, REST Assured and Postman for APIs, some Appium, JIRA and Xray,
 * ISTQB Foundation) applies to about forty-five employers: IT services majors, product start-ups, the technology
 * centres of banks, a few companies in Bengaluru, Hyderabad and Singapore, and two in Germany. Half the batch are
 * look-alikes that decline nothing (acknowledgements, profile-under-review notices, online tests and their reminders,
 * interview schedules and moves, document and background-verification requests, an offer and joining formalities, job
 * alerts naming filled roles, consultants, a referral, surveys, account mails, a friend's own rejection). Six processes
 * are paused. The rest are rejections at every stage, mostly in Indian English, with British, American, Singaporean and
 * German-English senders. A notice period the employer cannot wait for is labelled `location` (a condition of taking
 * up the seat); a missing tool or domain (Cypress, Playwright, performance testing, payments domain, German) is
 * `skills_gap`. For development only: the rules may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d54-');

export const HANDWRITTEN_DEV_54: readonly CorpusLine[] = [
  // ── August: the first applications
  other(`Dear Nikhil Kulkarni,

Thank you for your interest in Trivikram Infotech Limited. We have received your application for the role of Senior Test Engineer – Automation (Job Code TIL-QA-2231).

Our recruitment team is reviewing applications. If your profile matches the requirement, a member of the team will get in touch with you for further process.

Regards,
Talent Acquisition
Trivikram Infotech Limited

This is an auto generated mail. Please do not reply.
Trivikram Infotech never asks for money at any stage of recruitment. Beware of fraudulent offers.`, 'Acknowledgement – Senior Test Engineer – Automation'),

  other(`Hi Nikhil,

Your profile is under review for QA Engineer II at Ledgerloop.

We'll let you know as soon as there is an update. In the meantime you can track the status from your candidate dashboard.

— The Ledgerloop Hiring Team
Sent via Hirestream · Unsubscribe`, 'Your application is under review'),

  rej('application', ['generic'], {},
    `Hi Nikhil,

Update on your application

Test Engineer – Manual & Automation
Cobaltline Systems · Pune · 3-6 Yrs
Status: Not shortlisted

The recruiter has reviewed your application and decided not to take it forward for this job.

Keep applying! 1,200+ testing jobs were posted on Workpath this week.

You are receiving this mail as a registered Workpath user.`, 'Application status update: Cobaltline Systems'),

  other(`Dear Candidate,

Greetings from Sahyadri Digital Services!!

You have been shortlisted for the online assessment for the position of QA Automation Engineer. Please find the details below:

Test Platform: Codeproof
Duration: 90 minutes (Section A – Aptitude, Section B – Java, Section C – Selenium scenario)
Window: 12 Aug 10:00 AM to 14 Aug 11:59 PM IST
Link: https://assess.codeproof.example/t/SDS-QA-0812

Instructions:
1. Use a laptop with a working webcam. Mobile devices are not supported.
2. Do not switch tabs. Tab switching will be flagged as malpractice.
3. Unfortunately we will not be able to extend the window once it closes.

All the best!
Campus & Lateral Hiring Team
Sahyadri Digital Services`, 'Online Assessment Invitation – QA Automation Engineer'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Nikhil,

Thank you for applying for the SDET role at Finvolt.

We went through your CV carefully. This position needs someone who has built a framework in Playwright or Cypress with TypeScript from scratch, and your experience so far is on Selenium with Java. For that reason we will not be moving your application to the next step.

Best,
Anjali Rao
Talent Partner, Finvolt`, 'Your application to Finvolt'),

  other(`Reminder: your assessment window closes tonight

Hi Nikhil, you haven't started your Sahyadri Digital Services assessment yet. The link expires at 11:59 PM IST today. Unfortunately, expired links cannot be reactivated.

Start test → https://assess.codeproof.example/t/SDS-QA-0812

Codeproof Assessments`, 'Reminder: 1 assessment pending'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Nikhil Kulkarni,

Thank you for your interest in the position of Quality Assurance Analyst at Marigold Bank Technology Centre, Pune.

After reviewing your application, we regret to inform you that your profile does not match our current requirements for this position.

We will retain your details in our talent database and may contact you should a suitable opening arise in future.

Yours sincerely,
Recruitment Team
Marigold Bank Technology Centre (India) Private Limited

This email and any attachments are confidential and intended solely for the addressee.`, 'Your application – Quality Assurance Analyst'),

  other(`Hey Nikhil!

Pooja here from college. I put your name in for the automation tester opening at my place (Quillpay). The referral should land in your mail from their system in a day or two — just fill the form when it comes.

No promises, the HR here is slow like anything, but the team is nice. Ping me if they call you, I'll tell you what the manager usually asks.

Cheers
Pooja`, 'referred you!'),

  other(`Hi Nikhil,

Pooja Bhatt has referred you for the role of Automation Test Engineer at Quillpay.

To complete your application, please confirm your details and upload your latest resume using the link below. The link is valid for 7 days.

Complete application: https://careers.quillpay.example/r/8c1f2

Team Quillpay
Powered by Recruitly`, 'You have been referred for Automation Test Engineer at Quillpay'),

  rej('assessment', ['assessment'], {},
    `Dear Nikhil,

Thank you for taking the online assessment for the position of QA Automation Engineer.

We regret to inform you that you have not cleared the cut-off for the assessment and hence your candidature cannot be considered further for this position.

We wish you all the best for your future endeavours.

Regards,
Lateral Hiring Team
Sahyadri Digital Services`, 'Assessment result – QA Automation Engineer'),

  other(`Dear Nikhil,

Hope you are doing well.

I am Ravindra from Peakstone Consulting, we are a Pune based recruitment firm. I came across your profile on Workpath and have an urgent opening for "Senior QA – Selenium Java" with one of our clients, a leading MNC in Hinjewadi. Budget is up to 14 LPA, notice period max 30 days.

If interested, kindly share:
- Updated CV
- Current CTC / Expected CTC
- Notice period (official / negotiable)
- Reason for change

Regards,
Ravindra Patil
Senior Consultant | Peakstone Consulting
+91 98xxxxxx21`, 'Urgent opening – Senior QA Selenium Java – Hinjewadi'),

  rej('application', ['location'], { ...fb },
    `Hello Nikhil,

Thanks for your application for the Test Engineer role.

We are looking to close this position with someone who can join within 15 days. As your profile mentions a 60-day notice period, we will not be able to proceed at this time.

Regards,
Swati
HR – Brightkite Labs`, 'Re: Test Engineer application'),

  // ── late August: screens and first interviews
  other(`Dear Nikhil,

Further to your application, we would like to schedule a telephonic discussion with our Talent Acquisition team for the role of Senior QA Engineer.

Date: 21 August
Time: 3:30 PM IST
The recruiter will call you on the number mentioned in your CV.

Please reply with your current CTC, expected CTC and notice period before the call.

Regards,
Meghna Iyer
Talent Acquisition | Harbourline Technologies, Bengaluru`, 'Telephonic discussion – Senior QA Engineer'),

  rej('screen', ['salary'], { ...fb },
    `Hi Nikhil,

It was nice speaking to you on Thursday.

I discussed your expectations with the hiring manager. Unfortunately the expected CTC you shared (15 LPA) is well above the band we have approved for this role, and we are not in a position to stretch it. Hence we won't be taking your profile forward.

Thanks for your time, and all the best.

Meghna Iyer
Talent Acquisition | Harbourline Technologies`, 'Senior QA Engineer – update'),

  rej('application', ['position_filled'], {},
    `Dear Applicant,

Thank you for applying to the position of Manual Tester (Req #4471) at Orbis Healthsoft.

Please note that this position has now been filled. We appreciate your interest.

Orbis Healthsoft Careers

*** This is an automatically generated email, please do not reply ***`, 'Req #4471 – position update'),

  other(`Hi Nikhil,

Thank you for completing the first step. We are pleased to invite you to a technical interview for Automation Test Engineer.

Mode: Google Meet (link will be shared 1 hour before)
Date: Tuesday, 26 August
Slot: 11:00 AM – 12:00 PM IST
Panel: QA Lead, Payments squad

Kindly keep your IDE ready, you may be asked to write a small Selenium script live.

Team Quillpay`, 'Interview invitation – Automation Test Engineer'),

  other(`Dear Nikhil,

Regret the inconvenience. The panel for your interview scheduled today at 11 AM is unavailable due to a production issue. We will revert with a new slot shortly.

Thanks for understanding.

Team Quillpay`, 'Interview rescheduled'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Nikhil,

Thanks for taking the time to speak with our QA lead last week.

The panel liked how clearly you explained your regression approach. However, this role sits in our payments squad and we need someone who has tested UPI and card flows end to end, including reconciliation. That domain experience came up short in the discussion, so we have decided not to proceed with your application.

Regards,
Tanvi Menon
People Team, Quillpay`, 'Update on your Quillpay interview'),

  other(`Nikhil yaar,

Quillpay wala result aaya? I heard from my manager that they took someone from inside for payments, not sure though. Don't take it to heart, their payments QA is a madhouse anyway.

Let's catch up Saturday at Vaishali?

Pooja`, 'quillpay'),

  rej('application', ['generic'], {},
    `Dear Nikhil,

Thank you for your application for the role of QA Engineer at Ledgerloop. We received a large number of applications and, after careful consideration, we will not be moving forward with yours on this occasion.

Kind regards,
The Ledgerloop Hiring Team`, 'Your application to Ledgerloop'),

  other(`Dear Nikhil Kulkarni,

Greetings from Zenvara Technologies!

Thank you for applying. To proceed with your candidature for Software Engineer – Testing, you are requested to complete the HirePulse online test.

Sections: Logical reasoning (20 min), Software testing concepts (25 min), SQL (15 min)
Validity: 72 hours from receipt of this email

Please note candidates who do not attempt within the window will be treated as not interested.

Best regards,
Zenvara Talent Team`, 'Online test – Software Engineer – Testing'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Nikhil,

Thank you for showing interest in Kestrel Global Services.

We have carefully reviewed your profile for the position of Test Analyst – Insurance. At this point of time we find that your profile is not aligned with the current requirement.

Your resume will be kept in our database and we shall get in touch with you should there be an opening matching your profile.

Warm Regards,
HR Team – Kestrel Global Services`, 'Status of your application'),

  other(`Hi Nikhil,

Good news: you have cleared the online test for Software Engineer – Testing. The next step is a technical interview (virtual, approx. 45 min). Please pick a slot using the scheduler below by Friday.

https://zenvara.hirepulse.example/schedule/77213

Zenvara Talent Team`, 'Online test cleared – schedule your interview'),

  rej('application', ['location'], {},
    `Hi Nikhil,

Thanks for your interest in the QA Engineer role at Tidewell here in Singapore.

We have gone through your application. As this role requires the candidate to already hold the right to work in Singapore, and we are not able to sponsor an Employment Pass for this position, we won't be able to progress your application.

All the best with your search.

Cheers,
Jolene Tan
Talent Acquisition, Tidewell Pte Ltd`, 'Your application – QA Engineer (Singapore)'),

  // ── September
  rej('interview', ['profile_mismatch'], {},
    `Dear Nikhil,

Thank you for attending the technical interview for the role of Software Engineer – Testing on 4th September.

We appreciate the time and effort you put into the process. After due consideration, the panel has decided to proceed with candidates whose profiles more closely match the requirements of the role.

Best regards,
Zenvara Talent Team`, 'Interview outcome – Software Engineer – Testing'),

  other(`Job alerts for you: QA & Testing, Pune

1. Senior QA Engineer – Harbourline Technologies – Bengaluru (this job is no longer accepting applications)
2. Test Lead – Vyomika Software – Pune – 6-9 Yrs
3. Automation Engineer (Selenium, Java) – Trivikram Infotech – Pune – 3-6 Yrs
4. QA Analyst – Marigold Bank Technology Centre – Pune (position filled)

Don't miss out, apply early! Candidates who apply in the first 48 hours are 3x more likely to hear back.

Workpath Alerts · Manage alerts`, '4 new QA jobs in Pune'),

  hold('application', ['role_closed'], {},
    `Hi Nikhil,

Thanks for your patience. I wanted to give you a quick update on the Senior Test Engineer position.

The client project this requisition was raised for has not been signed yet, so the hiring is on hold for now. Your profile is still with us and we have not closed your application. Once the SOW is signed we will reach out to schedule the technical round.

Regards,
Karthik S
Talent Acquisition, Trivikram Infotech Limited`, 'Senior Test Engineer – Automation: status'),

  rej('application', ['generic'], {},
    `Your application status has changed

Role: Associate – Quality Engineering
Company: Stonebridge Financial Technology Services
Location: Hyderabad

New status: Not Selected

Log in to the Careers Portal to view your other applications.

This is a system-generated e-mail. Replies to this address are not monitored.`, 'Application status changed'),

  other(`Dear Nikhil,

We are glad to inform you that you have been shortlisted for the next round of the selection process for Automation Test Engineer (Selenium/Java) at Vyomika Software.

Round: Technical interview – 1
Mode: Face to face
Venue: Vyomika Software, 4th floor, Tower B, Kharadi, Pune
Date & time: Saturday, 13 September, 10:00 AM
Carry: 2 copies of your updated resume, government photo ID, last 3 months' payslips

Regards,
HR – Vyomika Software`, 'Shortlisted – Technical Interview Round 1'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Nikhil,

Thanks again for coming down to Kharadi on Saturday, I know the traffic near the bypass is painful.

Honest feedback from the panel: your Selenium and TestNG basics were solid, and the API testing part went well. Where they felt you fell short was on framework design — questions on page object vs screenplay, parallel execution on a grid and CI integration with Jenkins didn't go deep enough for a 3–6 year automation role. So we won't be taking you to round 2 for this opening.

That said, we are hiring again for manual-plus-automation roles in Q1 and I'd be happy to put your profile forward then. Do apply when you see it come up.

Best,
Rashmi Joglekar
HR Business Partner, Vyomika Software`, 'Feedback from round 1'),

  other(`Hi Nikhil,

We'd love to hear about your experience applying to Ledgerloop. The survey takes 2 minutes and is completely anonymous.

How would you rate the communication during your application? ☆☆☆☆☆

Your answers help us improve the candidate experience.

Ledgerloop Talent Team`, 'How did we do? 2-minute survey'),

  rej('screen', ['location'], { ...fb },
    `Dear Nikhil,

Thanks for the call today.

As discussed, this position is fully work-from-office in our Gachibowli campus from day one and we need someone who can join in 30 days. Since you mentioned you cannot relocate to Hyderabad before January, we will not be able to move ahead with your candidature for this role.

Regards,
Lakshmi Narayanan
Recruiter, Deccanwave Solutions`, 'Re: QA Engineer – Hyderabad'),

  hold('screen', ['role_closed'], {},
    `Hello Nikhil,

I hope you've been well. I'm sorry it's taken me a while to come back to you after our call.

The QA Engineer vacancy is currently paused: our parent company has announced a hiring freeze across the technology centre until the end of the quarter. This is not a decision about you and your application remains open. I will get in touch as soon as the freeze is lifted and we can set up the interview with the hiring manager.

Kind regards,
Eleanor Whitcombe
Talent Acquisition, Ashgrove Bank Technology Services (Pune)`, 'QA Engineer – update on timing'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Nikhil,

Thanks for submitting the take-home assignment.

We reviewed it as a team. The test cases for the checkout flow were well written, but the automation part had a few problems we couldn't get past: hard-coded waits (Thread.sleep) throughout, locators based on absolute XPaths, and the suite didn't run at all from the command line as the README asked. For this role that weighed heavily, so we're not moving forward.

Thanks for the effort you put in.

Siddharth
Engineering Manager, Parcelnest`, 'Take-home assignment review'),

  other(`Dear Nikhil Kulkarni,

Your password for the Stonebridge Careers Portal was changed successfully on 16-Sep at 21:42 IST.

If you did not make this change, please reset your password immediately or contact the support desk.

Stonebridge Careers Portal`, 'Password changed'),

  rej('application', ['generic'], { ...door },
    `Dear Nikhil,

Thank you for your application for the post of Test Engineer.

We regret to inform you that you have not been shortlisted on this occasion. We received a very high number of applications for this role.

We would encourage you to keep an eye on our careers page and apply for future vacancies which interest you.

Yours sincerely,
HR Department
Bluefen Software Solutions Pvt. Ltd.`, 'Test Engineer – application outcome'),

  other(`Dear Mr. Kulkarni,

thank you very much for your application as Software Test Engineer (m/w/d) at Feldkamp Systemtechnik GmbH in Stuttgart. We have received your documents and will check them carefully.

Please understand that the review may take up to three weeks. We will contact you as soon as possible.

With kind regards
Your Recruiting Team
Feldkamp Systemtechnik GmbH
Registered office: Stuttgart · Register court: Amtsgericht Stuttgart HRB 7xxxxx
Managing directors: Dr. Jürgen Albers, Katrin Maier`, 'Your application – Software Test Engineer (m/w/d)'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Nikhil,

Thanks for your interest in the Performance Test Engineer position with us.

Unfortunately we need someone with hands-on JMeter or Gatling experience at scale, including analysing results from load tests on microservices, and we could not see this in your profile. We will therefore not proceed with your application.

Kind regards,
Recruitment | Norvance Analytics, Bengaluru`, 'Performance Test Engineer'),

  other(`Hi Nikhil,

Hope all is good at your end. This is a gentle follow-up on my mail from last week regarding the Senior QA – Selenium Java opening with our client in Hinjewadi. Please let me know if you are interested, the client wants to close profiles by Friday.

Also, even if this one doesn't work out, do share your updated CV so I can keep it for similar roles.

Regards,
Ravindra Patil
Peakstone Consulting`, 'Re: Urgent opening – Senior QA Selenium Java – Hinjewadi'),

  rej('interview', ['position_filled'], { ...door },
    `Dear Nikhil,

Thank you for the time you spent with us over the technical and managerial discussions for the QA Engineer role.

We wanted to let you know that we have now extended an offer to another candidate, who has accepted it, so this position is closed. It was a close call and we enjoyed the conversations with you.

We'd be glad to consider you for other roles in our Quality Engineering group. We'll keep your profile in our talent pool and reach out when something suitable opens up.

Warm regards,
Priyanka Deshmukh
Talent Acquisition, Corvelle Technologies`, 'QA Engineer – outcome'),

  other(`Dear Nikhil,

Your application for Automation Test Engineer at Corvelle Technologies has been received. Application ID: CRV-25-10388.

You can check the status of your application any time by logging in to the careers portal.

This is a no-reply mailbox.`, 'Application received – CRV-25-10388'),

  rej('application', ['profile_mismatch'], {},
    `Dear Mr. Kulkarni,

thank you for your interest in Feldkamp Systemtechnik GmbH and for the trust you have placed in us with your application.

After careful examination of your documents we have to inform you that we cannot consider your application any further. Other applicants correspond more closely to the requirements profile of this position.

Please do not see this decision as a judgement of your qualifications. We return your documents in electronic form only and will delete them in accordance with data protection regulations after six months.

We wish you every success for your professional future.

With kind regards
Recruiting Team
Feldkamp Systemtechnik GmbH`, 'Your application – Software Test Engineer (m/w/d)'),

  other(`Hi Nikhil,

Recruiter from Harbourline Technologies viewed your profile.

See who else viewed your profile and get noticed by 3x more recruiters with Workpath Premium. Offer valid till Sunday only!

Workpath`, 'A recruiter viewed your profile'),

  rej('assessment', ['assessment'], { ...offered },
    `Hello Nikhil,

Thank you for completing the HackSprint coding and testing challenge for the SDET I position.

Your score was below the threshold we set for moving candidates to the interview stage this cycle, so we won't be progressing your application. If you would like a breakdown of how you did section by section, just reply to this email and we'll send it across.

Best,
Team Orchardpay Talent`, 'Your SDET I assessment result'),

  other(`Dear Nikhil,

Congratulations! You have been selected for the next round (Managerial) for the role of Senior Test Engineer at Lumenstack Technologies.

Date: 24 Sept, 4:00 PM IST
Mode: Microsoft Teams
Interviewer: Mr. Vinay Gokhale, Delivery Manager – QA

Please confirm your availability by replying to this mail.

Thanks & Regards,
Shruti
HR, Lumenstack Technologies`, 'Managerial round – Senior Test Engineer'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Nikhil,

Thank you for speaking with Vinay on Wednesday.

After the managerial round, we have decided not to proceed further. The manager felt that the role, which involves a lot of direct client interaction and leading a team of four testers in a fast-changing environment, may not suit the way you prefer to work, based on what you shared about preferring structured, individual-contributor work.

We appreciate your honesty in the discussion and wish you the best.

Regards,
Shruti
HR, Lumenstack Technologies`, 'Senior Test Engineer – Lumenstack'),

  other(`hi nikhil, this is Karan from Brightkite Labs. we spoke briefly in aug. are you still looking? we have a new QA opening, 30 day notice ok this time. call me when free. 98xxxxxx44`, 'QA opening – Brightkite'),

  rej('application', ['role_closed'], {},
    `Dear Candidate,

Thank you for applying to the position of Test Engineer – Mobile (Req 2291).

This requisition has been cancelled due to a change in business requirements, and as a result we will not be proceeding with any applications received for it.

We thank you for your interest in Quantiva Software.

Recruitment Team`, 'Req 2291 – Test Engineer – Mobile'),

  // ── October
  other(`Dear Nikhil,

As part of the recruitment process, we request you to upload the following documents on the portal by 3rd October:

1. Educational certificates (10th, 12th, B.E. mark sheets and degree certificate)
2. Relieving letters from all previous employers
3. Last 3 months' salary slips
4. PAN card and Aadhaar card
5. Passport-size photograph

Kindly note this does not constitute an offer of employment. Unfortunately, incomplete uploads will delay the process.

Regards,
Onboarding Cell
Ashvin Infosystems Limited`, 'Document submission – pre-offer'),

  rej('final', ['generic'], {},
    `Dear Nikhil,

Thank you for your participation in all rounds of the selection process for the role of Senior QA Engineer, including the final HR discussion.

We regret to inform you that we will not be extending an offer to you at this time.

Regards,
HR Operations
Ashvin Infosystems Limited`, 'Selection process – Senior QA Engineer'),

  hold('interview', ['role_closed'], {},
    `Hi Nikhil,

Quick update from my side. After your two technical rounds the panel was positive and we were planning the HR discussion this week. However, the requisition has gone back for re-approval because the account's budget for next year is being revised. Until it is re-approved I can't schedule anything further.

This is not a no. I expect to know more in two to three weeks and will update you either way.

Thanks,
Aakash Jain
Talent Acquisition, Meridian Softlabs`, 'Senior Test Engineer – on hold for now'),

  other(`Dear Nikhil,

Your background verification has been initiated by Kavach Screening Services on behalf of our client. Please fill in the BGV form and upload supporting documents within 48 hours.

Components: Education, Employment (last 2 employers), Address, Criminal database check

Link: https://bgv.kavach.example/candidate/5581

For any issues call our helpdesk.
Kavach Screening Services Pvt. Ltd.`, 'Background verification – action required'),

  rej('application', ['internal_candidate'], {},
    `Hi Nikhil,

Thanks for applying for the QA Lead role at Papertrail Health.

We wanted to let you know that we've filled the position internally — one of our existing senior testers moved into the lead role. As a result we're closing out external applications.

Appreciate your interest.

Megan Calloway
Recruiting Coordinator, Papertrail Health (Austin, TX / Pune)`, 'QA Lead – Papertrail Health'),

  other(`Hi Nikhil,

Sorry to hear about Quillpay, that's rough, but honestly you dodged something. Guess what, I got the Ashgrove rejection today too — "we have decided to proceed with other candidates who more closely match". Three rounds and that's all they write. Anyway, I'm sending you a Udemy link for Playwright, everyone is asking for it now.

Don't give up, boss.
Sameer`, 'Fwd: ashgrove lol'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hallo Nikhil,

thanks for the nice phone call on Tuesday. I have spoken with our team lead about your profile.

For the QA Engineer position in Munich, German language skills at least at B1 level are necessary, because the testing is done on our customer portal and the documentation and the stand-ups are in German. Since you are just starting with A1, we unfortunately cannot continue with your application at this time.

I wish you all the best and good luck with your German course!

Best regards
Sabine Krüger
Talent Acquisition
Lindqvist Mobility GmbH, München`, 'Your application as QA Engineer'),

  other(`Hi Nikhil,

Thank you for applying to Vanta Retail Tech. Our hiring team is reviewing your profile for the position of Test Engineer (Retail POS).

What happens next?
→ If shortlisted, you'll receive a HackerDesk test link within 5 working days.
→ If not, we'll still let you know — no ghosting, promise.

Team Vanta`, 'We got your application!'),

  rej('interview', ['profile_mismatch'], { ...offered, ...door },
    `Dear Nikhil,

Thank you for interviewing with us for the Automation Tester role at Sterling Crest Bank Global Technology Centre.

The interview panel has reviewed all candidates, and on this occasion we have chosen to progress with another applicant whose experience was a stronger match for the team's current needs.

Should you wish to receive feedback on your interview, please let me know and I'll arrange a short call with the hiring manager. We would also welcome your application for future roles with us — our Pune centre is growing and there will be further QA openings over the coming year.

Kind regards,
Oliver Bramhall
Resourcing Partner, Sterling Crest Bank GTC`, 'Automation Tester – interview outcome'),

  other(`Hi Oliver,

Thank you for letting me know. Yes, I would really appreciate the feedback call with the hiring manager, any day this week after 5 PM works for me.

Regards,
Nikhil

On Tue, 7 Oct, Oliver Bramhall wrote:
> Should you wish to receive feedback on your interview, please let me know and I'll arrange a short call with the hiring manager.`, 'Re: Automation Tester – interview outcome'),

  other(`Hi Nikhil,

Thanks for replying. I've put 20 minutes in Harriet's calendar for Thursday at 5:30 PM IST, invite to follow. She'll walk you through the panel's notes.

Best,
Oliver`, 'Re: Re: Automation Tester – interview outcome'),

  rej('assessment', ['assessment'], {},
    `Hi Nikhil,

We've got an update for you about Test Engineer (Retail POS).

We reviewed your HackerDesk test. Unfortunately, your submission didn't meet the bar we're looking for this time, so we won't be moving forward.

Thanks for the time you put into it, we know tests take effort.

Team Vanta`, 'Update on your application: Test Engineer (Retail POS)'),

  other(`Dear Nikhil,

Thank you for your interest in Sterling Crest Bank. Please take a moment to rate your recent interview experience. Your response will be kept confidential and used only to improve our hiring process.

Start survey (3 questions)

If you have already responded, please ignore this mail.`, 'Your interview experience – Sterling Crest Bank'),

  rej('application', ['overqualified'], { ...fb },
    `Hi Nikhil,

Thank you for your application for Junior QA Tester.

This is an entry-level role meant for freshers and candidates with up to one year of experience. With three-plus years of automation experience, your profile is well above what this position needs, and we feel you would outgrow it very quickly. So we will not be taking it forward.

Regards,
HR Team
Pixelharbor Studios`, 'Junior QA Tester – application'),

  other(`Webinar invite: "From Manual Tester to SDET in 90 Days"

Hi Nikhil, join Anand Rathi (Principal SDET, 12 yrs) live this Sunday at 11 AM. Learn what product companies really look for, why most testers fail the coding round, and how our alumni got 60% hikes.

Seats limited. Register free.

TestUp Academy · You are receiving this because you signed up on Workpath.`, 'Live Sunday: Manual Tester to SDET'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Nikhil,

Hope you are doing well. As promised, here is a short written summary of what Harriet shared on the call, for your records.

- Java fundamentals and TestNG were good.
- The panel wanted more depth on API testing beyond Postman: contract testing, schema validation and handling of auth tokens in REST Assured came across as thin.
- SQL for data validation was basic for a banking role, where a lot of the testing involves checking ledger tables.

These were the main reasons the panel chose the other candidate. Hope this helps in your next interviews.

Best,
Oliver`, 'Feedback summary – Automation Tester'),

  hold('application', ['role_closed'], {},
    `Dear Nikhil,

We acknowledge your application for Test Engineer at Halvard Insurance Technology. We wish to inform you that hiring for this role is temporarily on hold due to internal restructuring of the QA function. Your application remains active in our system and we will contact you once the position is reopened.

Regards,
Talent Acquisition
Halvard Insurance Technology Pvt. Ltd.`, 'Test Engineer – application status'),

  rej('application', ['generic'], {},
    `Hi Nikhil,

Thanks for applying to Gridlane. We've decided not to move forward with your application for QA Engineer.

— Gridlane Recruiting`, 'Gridlane: QA Engineer'),

  other(`Hello Nikhil,

We have received your application for the position of Test Analyst (Java/Selenium) at Ravenport Consulting, Singapore.

Our team will review it within 10 working days. Please note that only shortlisted candidates will be notified.

Ravenport Consulting Pte. Ltd.
EA Licence No. 19Cxxxx`, 'Application acknowledged'),

  rej('final', ['position_filled'], { ...door },
    `Hi Nikhil,

I wanted to reach out personally before the system mail goes out.

You were one of the last two candidates for the Senior Test Engineer role after the final round with our CTO, and it was genuinely a difficult decision. We've offered the role to the other finalist, who has accepted.

I'd really like to stay in touch. We're planning to grow the QA team again next year and I'll make sure you hear about it first.

Warm regards,
Deepa Raghunathan
Head of Talent, Kiteforge (Bengaluru)`, 'Senior Test Engineer – Kiteforge'),

  other(`Hello Nikhil,

We are pleased to inform you that you have cleared the technical rounds for Quality Engineer at Nimbletrack. Your HR discussion is scheduled as below:

Date: 16-Oct-2025
Time: 12:30 PM
Mode: Zoom

Please keep your current salary slips and offer letters (if any) handy.

Regards,
Nimbletrack HR`, 'HR discussion – Quality Engineer'),

  rej('interview', ['salary', 'location'], { ...fb },
    `Dear Nikhil,

Thank you for the HR discussion today.

As conveyed during the call, we will not be able to proceed with your candidature. The expected CTC is beyond the approved range for this position, and the joining timeline of 60 days does not work for the project, which needs the resource on board by the first week of November.

We thank you for your interest in Nimbletrack.

Regards,
Nimbletrack HR`, 'Quality Engineer – HR round outcome'),

  // ── late October: replies to his own questions
  rej('interview', ['profile_mismatch'], {},
    `Hi Nikhil,

Sorry for the late reply. I checked with the panel — they have decided not to move you to the next round. They felt another candidate's background matched the role better. Wish I had more to share.

Regards,
Prakash
Recruiter, Deccanwave Solutions

-----Original Message-----
From: Nikhil Kulkarni
Sent: Monday, October 20, 2025 10:14 AM
Subject: Status – Test Engineer interview on 14 Oct

Hi Prakash,

I attended the technical interview for Test Engineer (Hyderabad, hybrid) on 14 Oct. Could you please let me know the status? I am still very keen on the role.

Thanks,
Nikhil`, 'RE: Status – Test Engineer interview on 14 Oct'),

  other(`Hi Nikhil,

Not yet, the panel hasn't shared the feedback. I'll chase them tomorrow and revert. Both the other candidates are also waiting, so you're not the only one!

Regards,
Aakash

> Hi Aakash, any update on the re-approval for the Senior Test Engineer requisition? Thanks, Nikhil`, 'Re: Senior Test Engineer – on hold for now'),

  rej('application', ['location'], { ...door },
    `Dear Nikhil,

Thank you for applying for the Test Analyst (Java/Selenium) position at Ravenport Consulting.

Our client has advised that, for this engagement, they are only able to consider Singapore Citizens and Permanent Residents. As such, we are unable to put your profile forward. We have saved your CV in our database and will contact you should a role open up that offers visa sponsorship.

Regards,
Wei Ling Chua
Consultant, Technology Practice
Ravenport Consulting Pte. Ltd. | EA Reg. No. R22xxxxx`, 'Test Analyst (Java/Selenium) – Singapore'),

  other(`Dear Nikhil,

We are happy to share that your profile has been shortlisted for the position of QA Engineer – Core Banking at Stonebridge Financial Technology Services.

As the next step, please complete the Mettlix assessment (Manual testing, SQL, Java basics – 75 min). The link will be active for 3 days.

Note: Unfortunately we are unable to reschedule the assessment once the link expires.

Talent Acquisition – Stonebridge FTS`, 'Shortlisted – QA Engineer – Core Banking'),

  rej('interview', ['generic'], { ...door },
    `Hi Nikhil,

Apologies for the silence after your interview. We have now closed the process for the Automation QA role and unfortunately we won't be proceeding with your application.

We'd still be glad to see you apply for future openings.

Thanks,
Neha
Talent, Brightkite Labs

On Fri, Oct 24, 2025 at 6:02 PM Nikhil Kulkarni wrote:
> Hi Neha, it has been two weeks since my interview with Karan and the team. Is there an update? Happy to provide anything else you need.`, 'Re: Automation QA – update?'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Nikhil,

Greetings from Stonebridge FTS.

Thank you for attempting the Mettlix assessment. Your overall score was 58%, against the qualifying score of 65%. You did well in the manual testing section, however the SQL section (joins and aggregate queries) brought the overall score below the cut-off.

Hence we are unable to take your candidature ahead for QA Engineer – Core Banking at this time.

Regards,
Talent Acquisition – Stonebridge FTS`, 'Assessment result – QA Engineer – Core Banking'),

  other(`Dear Nikhil Kulkarni,

Your profile on Workpath has not been updated in 60 days. Recruiters prefer fresh profiles!

Update your profile now to appear in more searches.

Workpath`, 'Your profile is getting old'),

  rej('screen', ['profile_mismatch'], { ...fb, ...door },
    `Hi Nikhil,

Thanks for the quick call earlier. Just to close the loop, after speaking to you I don't think this role is the right fit — the client is really looking for a test manager type person to own the QA strategy for a new account, and your experience is more hands-on execution. I won't be submitting your profile for this one.

I'll keep an eye out for something closer to your background.

Cheers,
Ravindra
Peakstone Consulting`, 'Senior QA role – closing the loop'),

  other(`Dear Nikhil,

We are pleased to invite you for the Technical Round 2 for the role of Automation Test Engineer at Ashvin Infosystems.

Please note the interview is rescheduled from Friday to Monday, 3 November, 2:00 PM, as the panel is unavailable on Friday. Apologies for the short notice.

Teams link will follow.

Regards,
Recruitment Team
Ashvin Infosystems Limited`, 'Rescheduled: Technical Round 2'),

  hold('assessment', ['generic'], {},
    `Hi Nikhil,

Thank you for completing the coding assessment. Your result is good and we would like to move you to the interview stage. However, the hiring manager for this role is on leave until mid-November, so interviews are paused until then. We will get back to you once she returns. Please do let us know if you receive another offer in the meantime.

Best regards,
Recruiting Team, Orchardpay`, 'SDET II – next steps'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Mr. Kulkarni,

Thank you for your application as Test Automation Engineer (f/m/d) at Brennholt Digital AG in Frankfurt am Main.

We have reviewed your documents carefully. Unfortunately we must inform you that we have decided in favour of other candidates whose profiles fit better with the requirements of the position.

We would be pleased if you keep an eye on our job portal and apply again for a suitable position in the future. With your consent we will keep your data in our candidate pool for 12 months.

Kind regards
Human Resources
Brennholt Digital AG`, 'Your application at Brennholt Digital AG'),

  other(`Hi Nikhil,

Your Codeproof account has been inactive for 90 days. To keep your test history and certificates, simply log in once before 30 November.

Codeproof`, 'Your account will be archived'),

  rej('final', ['generic'], {},
    `Dear Nikhil,

Thank you for completing all the rounds of the selection process for Automation Test Engineer, including the final panel round on 10 November.

We regret to inform you that you have not been selected for the position.

Regards,
Recruitment Team
Ashvin Infosystems Limited`, 'Automation Test Engineer – final result'),

  rej('application', ['generic'], {},
    `Thank you for applying to Skyvault. Unfortunately you were not selected for this role.

[CANDIDATE_FIRST_NAME], we wish you luck in your job search.

Skyvault Talent`, 'Skyvault – application result'),

  other(`Hi Nikhil,

Thank you for registering with Talentmesh. Please verify your email address by clicking the link below to activate your account.

Verify email

If you didn't create this account, you can ignore this message.`, 'Verify your Talentmesh account'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hey Nikhil,

Thanks for meeting the team last week, we enjoyed the chat.

We had a long think about it. We're a 14-person start-up, QA is one person, and the job really means pairing with devs all day, jumping into product calls and shipping several times a day with very little process. From our conversation we got the sense you'd be happier in a team with clearer structure and a test plan to follow, and we don't think we'd be the right place for that. So we're going to pass this time.

Thanks again and good luck.

Arjun
Co-founder, Tinkerloom`, 'Tinkerloom – QA role'),

  other(`Hi Nikhil,

I'm Farah, a recruiter at Northgate Talent (Singapore). I'm working on a QA Automation role for a regional bank — hybrid in Singapore, EP sponsorship available. Would you be open to a quick call this week? I'd love to understand your background and what you're looking for.

Best,
Farah Ismail
Northgate Talent Pte Ltd`, 'QA Automation opportunity – Singapore (EP sponsorship)'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Nikhil,

Thank you for applying to the post of Test Engineer – Embedded at Ardent Controls, Pune.

The role involves hardware-in-the-loop testing and requires working knowledge of CAN protocol and automotive testing standards. As your experience is in web and API testing, we are unable to consider your application for this position.

With best wishes,
HR – Ardent Controls Pvt. Ltd.`, 'Test Engineer – Embedded'),

  // ── November
  other(`Hi Nikhil,

Good news — the Senior Test Engineer requisition has been re-approved by the account leadership yesterday. We'd like to pick up where we left off with your HR discussion.

Could you share your availability for Wednesday or Thursday afternoon? Also please confirm your notice period is still 60 days and whether any buyout is possible.

Thanks,
Aakash Jain
Talent Acquisition, Meridian Softlabs`, 'Senior Test Engineer – requisition re-approved'),

  rej('assessment', ['internal_candidate'], { ...door },
    `Hi Nikhil,

Following up on the SDET II role. While interviews were paused, the team decided to move an engineer from our internal platform team into this position, so we are no longer hiring externally for it and won't be continuing with your application.

We were impressed with your assessment and would genuinely like to keep you in mind. We'll reach out when the next SDET opening comes up.

Best regards,
Recruiting Team, Orchardpay`, 'SDET II – update'),

  other(`Dear Nikhil,

Regret to inform you that the HR panel is unavailable on Wednesday due to an internal audit. We will revert with a fresh slot by tomorrow EOD.

Regards,
Aakash`, 'HR discussion – reschedule'),

  hold('screen', ['role_closed'], { ...door },
    `Hi Nikhil,

Thanks for your time on the call on Monday, it was great to learn about your automation work.

I've just heard from the bank that their technology headcount for Q4 is frozen pending the new year's budget. They've asked us to hold all shortlisted candidates, you included, until January, when they expect to restart interviews. I'll be in touch then — and if anything else comes up in the meantime that suits you, I'll let you know.

Best,
Farah Ismail
Northgate Talent Pte Ltd`, 'QA Automation (Singapore) – temporary hold'),

  rej('interview', ['generic'], {},
    `Dear Nikhil,

We have received your mail requesting reconsideration of your candidature for Software Engineer – Testing.

We appreciate your continued interest. However, the decision taken after the technical interview is final and we will not be able to revisit it for this position.

Best regards,
Zenvara Talent Team

> Dear Team, I believe I could not show my full potential in the interview due to network issues. I request you to kindly consider me for one more round. Regards, Nikhil Kulkarni`, 'Re: Request for reconsideration – Software Engineer – Testing'),

  other(`Job alerts: QA Automation · Pune, Bengaluru

• SDET II – Orchardpay – Bengaluru — Closed
• QA Engineer – Ashgrove Bank Technology Services – Pune — On hold
• Senior Test Engineer – Kiteforge – Bengaluru — Filled
• Test Automation Engineer – Halvard Insurance Technology – Pune — New
• Quality Analyst – Sunmesh Retail – Pune — New

Tip: Set your notice period correctly to see jobs that match your joining date.

Workpath Alerts`, 'New jobs matching "QA Automation"'),

  rej('application', ['role_closed'], { ...door },
    `Dear Nikhil,

Further to my earlier mail, I am sorry to let you know that our client did not go ahead with the project for which the Senior Test Engineer – Automation requirement had been raised. The requisition has therefore been closed and we are not able to take your application forward.

We will keep your profile in our database and connect with you for other automation openings in Pune.

Regards,
Karthik S
Talent Acquisition, Trivikram Infotech Limited`, 'Senior Test Engineer – Automation: requisition closed'),

  other(`Dear Nikhil Kulkarni,

We are pleased to offer you the position of Senior Test Engineer with Meridian Softlabs Private Limited, Pune, at an annual CTC of INR 13,80,000 (Rupees Thirteen Lakh Eighty Thousand only), as per the annexure attached.

Your date of joining will be on or before 12 January 2026. This offer is subject to satisfactory background verification and submission of your relieving letter from your current employer.

Please sign and return a copy of this letter as a token of your acceptance within 3 working days.

We look forward to welcoming you to Meridian.

For Meridian Softlabs Private Limited
Anita Bhosale
Head – Human Resources

Encl: CTC annexure, Joining checklist`, 'Offer Letter – Senior Test Engineer'),

  rej('screen', ['role_closed'], { ...door },
    `Dear Nikhil,

I am writing regarding the QA Engineer vacancy we discussed in September. Regrettably, the hiring freeze at our technology centre has been extended into next year and the position has now been withdrawn. I'm afraid this means we are closing your application.

I am sorry not to have better news after your patience. Please do look out for our roles once hiring resumes; I would be pleased to see your name again.

Kind regards,
Eleanor Whitcombe
Talent Acquisition, Ashgrove Bank Technology Services (Pune)`, 'QA Engineer vacancy – withdrawn'),

  other(`Hi Nikhil,

Thank you for accepting our offer! Welcome to Meridian Softlabs.

Your joining formalities:
1. Complete the onboarding form on Meridian OneHR (login details sent separately).
2. Upload scanned documents: degree certificate, Aadhaar, PAN, cancelled cheque, passport photo.
3. Bank account details for salary credit.
4. Medical insurance nominee details.

Your background verification will be initiated this week by our BGV partner. Please respond to their mail promptly.

Regards,
Onboarding Team
Meridian Softlabs`, 'Welcome aboard – joining formalities'),

  rej('application', ['location'], {},
    `Hi Nikhil,

Thanks for your interest in the QA Engineer role at Brightbeam!

We're a remote-first company, but for now we can only hire people based in the US and Canada because of payroll and tax requirements. Unfortunately that means we can't move forward with your application.

Best of luck!
The Brightbeam Team`, 'Your application to Brightbeam'),

  other(`Hi Nikhil,

This is to confirm that your resignation dated 18 November has been accepted. Your last working day as per the notice period will be 16 January 2026. Please get in touch with your reporting manager for the knowledge transfer plan and with IT for asset handover.

If you wish to request an early release, please raise it through the HR portal.

Regards,
HR Shared Services
Coralbyte Technologies`, 'Resignation acceptance'),

  rej('application', ['position_filled'], {},
    `Dear Nikhil,

We previously informed you that hiring for the Test Engineer role was on hold. The position has since been reopened and filled. We thank you for your patience and interest in Halvard Insurance Technology.

Regards,
Talent Acquisition
Halvard Insurance Technology Pvt. Ltd.`, 'Test Engineer – position update'),

  other(`Hi Nikhil,

Pooja here. MERIDIAN!!! Congratulations, you totally deserve it after the Quillpay drama. Party on you this weekend, no excuses.

Also they rejected me from Corvelle today, some "other candidates more closely aligned" line, after two rounds. Whatever, I'm staying put till March.

P.`, 'congrats!!'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Nikhil,

Thank you for interviewing for the QA Automation Engineer role at Tessellate AI in Bengaluru.

We've decided not to move ahead. The main gap was with Playwright and TypeScript, which our entire UI suite is written in; in the live exercise it was clear you'd need a fair ramp-up there. Your test-design thinking was strong, for what it's worth.

If a more detailed write-up would help, I'm happy to send one across — just let me know.

Regards,
Ishaan Verma
Engineering Manager, Tessellate AI`, 'Tessellate AI – QA Automation Engineer'),

  other(`Dear Candidate,

Your BGV case with Kavach Screening Services has been closed. All components have been verified as "Clear" and the report has been shared with Meridian Softlabs.

Kavach Screening Services`, 'BGV status: Closed – Clear'),

  other(`Hello Oliver,

Thank you again for arranging the feedback call in October, it helped me a lot. I wanted to let you know I have accepted an offer from Meridian Softlabs, and I'd be glad to stay in touch for future roles at Sterling Crest.

Best regards,
Nikhil`, 'Thank you'),

  rej('application', ['role_closed'], {},
    `This job has been closed by the recruiter. Your application will not be processed further.

Job: QA Analyst | Sunmesh Retail | Pune

Thanks for using Workpath.`, 'Job closed: QA Analyst'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Nikhil,

Thanks for your patience after the second technical round with us.

We've decided not to go ahead with your application. The panel liked your API testing but felt the role needed stronger hands-on experience with mobile automation — your Appium work has been on one Android app, and this team tests iOS and Android apps across a device farm every sprint.

Thank you for your time.

Regards,
Ritika Chawla
Talent Acquisition, Saffronleaf Hyderabad`, 'QA Engineer – Mobile'),

  other(`Hi Nikhil,

I noticed you've recently updated your status to "Joining soon". Congratulations! Would you like us to pause your job alerts and hide your profile from recruiters?

Pause alerts | Keep active

Workpath`, 'Congratulations on your new role'),

  rej('application', ['generic'], {},
    `Dear Nikhil,

Thank you for your application to Cobaltline Systems. After review, we will not be progressing your application. As per our policy, you will be eligible to apply again for roles at Cobaltline after 6 months from the date of this mail.

Regards,
Cobaltline Talent Acquisition`, 'Application update – Cobaltline Systems'),

  other(`Hi Nikhil,

Ravindra here from Peakstone. Heard you got placed with Meridian, congrats! If any of your friends are looking for QA roles, do refer them — we have 6 openings this month. Also, keep me in mind in 2027 when you are ready for the next move 😊

Regards,
Ravindra Patil`, 'Congratulations & referrals'),

  other(`Dear Nikhil,

As requested, your account and all associated data on the Stonebridge Careers Portal have been deleted. Any open applications have been withdrawn.

Stonebridge Careers Portal`, 'Account deletion confirmed'),

  other(`Hi Nikhil,

Your onboarding portal is live! Your first day at Meridian Softlabs is 12 January 2026, 9:30 AM, at our Baner office, 3rd floor. Please carry your original documents for verification and your laptop charger if you're receiving a laptop on day one.

Your buddy, Sneha Pawar (QA Lead), will meet you at reception.

See you soon!
Meridian People Team`, 'Your first day at Meridian'),
  // ── December: late replies to old applications
  rej('final', ['profile_mismatch', 'position_filled'], { ...offered },
    `Hi Nikhil,

Apologies that this has taken so long. Following your final interview with our Director of Engineering and the reference checks, we have decided to offer the Test Lead role to another candidate whose experience aligned more closely with what the team needs right now.

I know you had already given us two referees and a lot of your time, and I am grateful. If you'd like to hear the panel's thoughts, I'm very happy to have a quick chat; just reply with a couple of times that suit.

All the best,
Hannah Pryce
Talent Partner, Wrenfield Software (UK & India)`, 'Test Lead – Wrenfield'),

  other(`Dear Nikhil,

Thank you for your application for Quality Analyst at Sunmesh Retail. We have received it and it is currently being reviewed by the hiring team.

Note: this mail is sent from an unmonitored address.

Sunmesh Retail HR`, 'Application received – Quality Analyst'),

  other(`Hi Nikhil,

Happy new year in advance from the Talentmesh team! Here's your 2025 in numbers:

• 31 applications sent
• 9 interviews
• 1 offer 🎉

Top skills recruiters searched for this year: Playwright, API testing, Cypress, performance testing. Keep learning!

Talentmesh`, 'Your year on Talentmesh'),

  rej('application', ['generic'], { ...door },
    `Hi Nikhil,

Thank you for your interest in Lumio Pay and for applying to the QA Engineer position. We appreciate you taking the time to apply.

Unfortunately we will not be moving ahead with your application for this role. This is not a reflection of your potential — we simply had to make tough choices among many strong candidates.

Do stay connected, ya. We post new roles on our careers page regularly, and you are most welcome to apply for those that suit you.

Warmest regards,
Lumio Pay Talent Team, Singapore`, 'Lumio Pay – your application'),

  other(`Dear Nikhil,

This is a reminder that your HireSprint practice test "Selenium WebDriver – Intermediate" is still incomplete. Unfortunately practice scores are deleted after 30 days.

Resume practice →

HireSprint`, 'Your practice test is waiting'),

  rej('interview', ['position_filled'], {},
    `Dear Nikhil

With reference to your interview for Test Engineer on 2nd Oct, we wish to inform that the position has been closed as the requirement is fulfilled.

Thanks & Regards
HR Dept.
Pranav Techsoft Pvt Ltd, Nashik`, 'Interview status'),

  other(`Hi Nikhil,

Welcome to the Meridian Softlabs alumni referral programme for new joiners! Once you complete 90 days, you can refer friends for open roles and earn a referral bonus of up to ₹50,000.

Meridian People Team`, 'Refer and earn at Meridian'),

  other(`Hey Nikhil,

Farah from Northgate again. The Singapore bank has reopened its QA hiring in January as expected — I know you've accepted an offer in Pune, so no pressure at all, but if you'd like to stay in the loop for Singapore roles later in the year just say the word.

Best,
Farah`, 'Singapore QA roles – January'),
];
