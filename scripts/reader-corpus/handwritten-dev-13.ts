/**
 * Development messages of the thirteenth round, never sealed, aimed at rejection precision (issue 9: a season's inbox
 * where about one message in twenty that is not a rejection is read as one): paused, frozen and delayed processes
 * told with the words of a decline ("we can't move forward at this time" because hiring is on hold); bad news about the
 * timeline that declines no one; refusals of something other than the application (a reschedule, a salary or remote
 * request while the process goes on, a referral bonus, an event place, another role asked about, the candidate's own
 * withdrawal or declined offer acknowledged); "not selected for X, but we'd like to consider you for Y"; auto-replies;
 * an employer's posting expiring — beside rejections that look like them (a role closed, a pause that ends the
 * candidate's application, a decline inside an auto-reply-like ATS mail). The rules may be checked against them and
 * the model may be trained on them.
 */
import type { CorpusLine } from './handwritten.js';
import { door, lineWriter } from './lines.js';

const { rej, hold, other } = lineWriter('d13-');

const ats = '\n\n---\nThis mailbox is not monitored. Please do not reply to this email. Crestline is an equal opportunity employer.';

export const HANDWRITTEN_DEV_13: readonly CorpusLine[] = [
  // ── on_hold: paused / frozen / delayed, in the words of a decline
  hold('interview', ['role_closed'], {},
    `Hi Priya,

I'm sorry to be writing with this. Following a budget review last week, we've had to put all hiring on hold, so we can't move forward with the Data Engineer process at this time. Nothing about this reflects on you — your interviews went well. I'll be in touch as soon as the freeze lifts, which we hope will be in the new quarter.

Best,
Hannah`, 'Data Engineer - an update'),
  hold('application', ['role_closed'], {},
    `Dear Candidate,

Unfortunately, recruitment for the Finance Assistant vacancy (ref FA-2291) has been temporarily suspended. Your application remains on file and will be considered once the vacancy is reopened. We apologise for any inconvenience.

Regards,
HR Services`, 'Finance Assistant FA-2291: recruitment suspended'),
  hold('screen', ['role_closed'], {},
    `Hey Marco,

Quick one — the leadership team has paused the Growth Marketer role while they rethink the plan for next year. So we won't be able to set up the next conversation just yet. I've kept your notes from our call and I'll ping you the moment it's back on.

Cheers,
Jess`, 'Growth Marketer role paused'),
  hold('final', ['role_closed'], {},
    `Dear Mr Okonkwo,

I regret to inform you that we are unable to make a decision on the Head of Compliance appointment at present. The board has deferred all senior appointments until after the merger completes, which we expect in April. You remain one of our two preferred candidates, and we will contact you as soon as we are able to resume.

Yours sincerely,
Claire Ashworth
Group HR Director`, 'Head of Compliance appointment'),
  hold('application', ['generic'], {},
    `Hi Sam,

Unfortunately the hiring manager for the Support Specialist role is away until the end of the month, so the review of applications will slip to early March. Sorry for the wait — you'll hear from us either way once she is back.

Thanks,
Talent Team at Brightloop`, 'Support Specialist: timing update'),
  hold('interview', ['generic'], {},
    `Dear Ravi,

Hope you are doing well. I am writing to inform you that the second round of interviews for the Java Lead position has been postponed due to some internal changes in the project. We are not in a position to share new dates right now, but your candidature is still active and we will revert with the revised schedule shortly.

Thanks & Regards,
Meenakshi
HR - Talent Acquisition`, 'Java Lead - interview postponed'),
  hold('interview', ['role_closed'], {},
    `Hi Elodie,

Bad news on timing, I'm afraid. The client has frozen headcount for the quarter, which means the Product Designer role is on ice for now. They haven't said no to you — in fact they were keen — but nothing can move until the freeze comes off. I'll keep you posted.

Tom
Northbridge Talent`, 'Product Designer with our client'),
  hold('application', ['role_closed'], {},
    `Hello,

We wanted to let you know that we have decided not to proceed with hiring for the Warehouse Supervisor position for the time being, while we review our staffing needs for the new site. Applications received will be kept and reviewed if recruitment restarts in the coming months.

Kind regards,
Dalby Logistics Recruitment`, 'Warehouse Supervisor vacancy'),
  hold('assessment', ['generic'], {},
    `Hi Nadia,

Thanks for sending in the case study. I'm sorry to say we can't give you an answer this week as planned: two of the panel are off sick, so the reviews are running late. Expect to hear from us by the 20th.

Apologies again,
Omar`, 'Your case study'),
  hold('interview', ['role_closed'], {},
    `Dear Li Wei,

I'm afraid we have to stop the process for the Research Fellow post for now. The funding body has delayed its decision on the grant, and until it is confirmed we cannot appoint. We very much hope to pick things up with you again in the summer.

With best wishes,
Professor Anne Hartley`, 'Research Fellow post'),
  hold('application', ['generic'], {},
    `Hi there,

A quick update on your application for Account Executive: we're behind on reviews because of the holidays and won't be able to get back to candidates before mid-January. Your application is still in the running.

Best,
Recruiting @ Parcelwise`, 'Update on your application'),
  hold('screen', ['role_closed'], {},
    `Hi Gabriel,

Thanks for your patience. Sadly the team has been reorganised and the Platform Engineer opening is on hold until the new structure settles. We can't continue the process right now, but we'd like to reach out again once it reopens — would that be okay?

Regards,
Anita, Recruiter`, 'Platform Engineer opening on hold'),
  hold('interview', ['generic'], {},
    `Dear Fatima,

Unfortunately we need to delay the final decision on the Clinical Lead role. Our Chief Nurse has asked to meet the shortlisted candidates once more, and her diary does not allow this until the week of 14 April. No decision has been made on any candidate.

Kind regards,
Recruitment Team
Ashgrove NHS Trust`, 'Clinical Lead - delay to decision'),
  hold('application', ['role_closed'], {},
    `Hi Chloé,

We've had to pause recruiting across the company while we secure our next round of funding, so we're unable to progress any applications at the moment, including yours for Content Lead. We'll reopen the roles as soon as we can and get back in touch.

The Kindle & Co team`, 'Hiring pause at Kindle & Co'),
  hold('final', ['role_closed'], {},
    `Hi Arjun,

I know you were hoping for news after the final round. The role has been put on hold by the business — a restructure was announced on Monday — and we can't make any offers until it's clear where the team will sit. You are still very much in the frame. Sorry for the uncertainty.

Karan`, 'Engineering Manager - status'),
  hold('application', ['generic'], {},
    `Dear Applicant,

Please note that the shortlisting for the post of Assistant Librarian has been delayed due to unforeseen circumstances. We regret any inconvenience this may cause. Candidates will be informed of the outcome by 30 May.

Human Resources Department
University of Westmere`, 'Assistant Librarian - shortlisting delayed'),
  hold('interview', ['role_closed'], {},
    `Hello Jonas,

I regret that we're not able to move ahead with the offer stage right now. The Operations Analyst role has been frozen pending the annual planning cycle. Once budgets are signed off we would like to pick up where we left off.

Kind regards,
Petra`, 'Operations Analyst'),
  hold('screen', ['generic'], {},
    `Hi Aisha,

Apologies for the silence. Our hiring manager has had a family emergency and all interviews for the Customer Success role are pushed back by two weeks. Unfortunately that means I can't confirm your slot on the 8th. I'll come back with new times.

Thanks,
Liam`, 'Customer Success interview timing'),
  hold('application', ['role_closed'], {},
    `Dear Mr. Thompson,

Thank you for your interest in the Field Service Technician role. Due to a change in business priorities, this requisition has been placed on hold. We cannot proceed further at this time; should the requisition be reactivated, your application will be automatically reconsidered.${ats}`, 'Requisition R-77120 on hold'),
  hold('interview', ['generic'], {},
    `Hi Kenji,

Unfortunately there's been a hold-up on our side: we're waiting for the new budget to be signed off before we can make any decisions on the QA Lead role. I don't have a date yet, but you haven't been ruled out.

Best wishes,
Maria`, 'QA Lead - waiting on budget'),

  // ── other: bad news about something that is not the application
  other(`Hi Daniel,

Thanks for asking about moving your interview to Friday. Unfortunately we can't reschedule this one, as the panel is only together on Thursday. Could you make 2pm or 4pm that day instead?

Best,
Rachel`, 'Re: Interview reschedule'),
  other(`Dear Sunita,

Thank you for raising the question of the salary band. I'm afraid we are unable to go above the advertised range for the Senior Analyst role. That said, the panel would still very much like to see you at the final interview next Tuesday. Please let me know if you are happy to continue.

Kind regards,
Helen`, 'Senior Analyst - salary question'),
  other(`Hi Oscar,

I checked with the hiring manager about working fully remote. Unfortunately that won't be possible for this team — they need people in the office two days a week. The rest of your process is unaffected: your technical interview is still on for Wednesday.

Cheers,
Fiona`, 'Re: remote working'),
  other(`Hi Grace,

Thanks for putting forward your friend for the Designer role. Unfortunately referral bonuses are not paid for roles that were already filled through an agency, so we are unable to approve this one. We really appreciate you thinking of us.

People Team`, 'Your referral'),
  other(`Hello,

Thank you for registering for the Dunmore Tech Careers Evening. Unfortunately the event is now fully booked and we are unable to offer you a place. We have added you to the waiting list and will email you if a spot becomes available.

Dunmore Events Team`, 'Careers Evening - waiting list'),
  other(`Hi Tariq,

Thanks for asking about the Staff Engineer opening as well. Unfortunately we won't be considering internal moves between the two roles, so I can't put you forward for that one too. Your application for Senior Engineer is still with the panel, and we'll be in touch about the next round shortly.

Thanks,
Becca`, 'Re: Staff Engineer'),
  other(`Dear Louise,

We have received your request to withdraw your application for the Policy Advisor post. We're sorry to see you go and have closed your application as you asked. We wish you every success in the future.

Recruitment Team`, 'Withdrawal confirmed'),
  other(`Hi Mehmet,

Thank you for letting us know that you've decided to decline our offer for the Backend Developer position. While we're disappointed, we completely understand and respect your decision. We wish you the best in your new role — the door is always open.

Best regards,
Nina`, 'Re: Offer'),
  other(`Hi Sophie,

You haven't been selected for the Marketing Manager role, but the team was impressed and we'd like to consider you for our Brand Lead opening, which we think fits your background even better. Can we set up a call this week to talk it through?

Best,
Adam`, 'Another role at Fernhill'),
  other(`Dear Vikram,

Thank you for attending the interview for Data Analyst. While we won't be offering you the Data Analyst post, the panel would like to invite you to interview for the Senior Data Analyst role that has just opened. Please reply with your availability for next week.

Regards,
Recruitment, Calder Group`, 'Invitation: Senior Data Analyst interview'),
  other(`Thank you for your email. I am currently out of the office with limited access to email and will return on Monday 12 August. If your matter is urgent, please contact recruitment@harwick.co.uk. Unfortunately I will not be able to respond before then.

Kind regards,
Jane Elliott`, 'Automatic reply: Application - Operations Coordinator'),
  other(`Hi,

Thanks for your message! I'm on parental leave until March and won't be checking email. Unfortunately this means I can't follow up on applications in the meantime — please contact my colleague Ben (ben@tallyhq.com) for anything hiring related.

Laura`, 'Out of office'),
  other(`Your job posting "Delivery Driver - Bristol" will expire in 3 days. After it expires, it will no longer accept applications and won't be shown to job seekers. To keep receiving candidates, renew your posting from your employer dashboard.

Indeed for Employers`, 'Your job posting is about to expire'),
  other(`Hi Rebecca,

Your job "Receptionist (part-time)" has been closed and is no longer accepting applications. 42 candidates applied. You can review them in your hiring dashboard or repost the job at any time.

The Jobboard Team`, 'Your job has been closed'),
  other(`Hi Tom,

Thanks for the note about joining our newsletter for job seekers. Unfortunately we had a problem with our mailing list and your sign-up didn't go through. Could you try again using the link below?

The Hireloop team`, 'Newsletter sign-up'),
  other(`Dear Kofi,

Thank you for your application for the Graduate Scheme. Unfortunately we were unable to open the CV you uploaded — the file seems to be damaged. Please could you send it again as a PDF so we can review your application?

Graduate Recruitment`, 'Action needed: your CV'),
  other(`Hi Ana,

Sorry — I realise I haven't been able to get you the feedback from the technical round yet. The panel is still writing it up, and unfortunately one of them is travelling. You'll have it by Thursday, along with details of the final stage.

Thanks for your patience,
Jordan`, 'Technical round'),
  other(`Dear Peter,

Unfortunately we are not able to accommodate a start date in January, as the team needs someone by early November. If that timing could work for you, we'd be delighted to move to the offer stage. Let me know your thoughts.

Regards,
Sarah`, 'Start date'),
  other(`Hi Jamal,

I'm afraid we can't cover relocation costs for this position. I know that's not what you hoped to hear. Everything else stays as it is — the hiring manager is keen to have you in for the onsite on the 18th, and I'll send the itinerary tomorrow.

Best,
Chris`, 'Re: relocation support'),
  other(`Hello Deepa,

Thank you for your query. Unfortunately we are unable to share the interview questions in advance. The interview will be a 45-minute conversation with two members of the team; please bring examples of your previous projects.

Kind regards,
HR Team`, 'Interview preparation'),
  other(`Hi Lucas,

Thanks for following up. We unfortunately cannot extend the deadline for the take-home beyond Sunday, as the panel meets on Monday. If you need anything else to get started, just ask.

Cheers,
Eng Hiring`, 'Re: take-home deadline'),
  other(`Hi Ines,

Just confirming that, as you asked, we've removed you from consideration for the Sales Lead role. Thanks for telling us so quickly — and congratulations on the new position!

Warmly,
Carla`, 'Re: withdrawing'),
  other(`Dear Hamid,

We're sorry, but we aren't able to offer a video interview instead of an in-person one for this role. The interview will take place at our Leeds office on 3 June at 10:00. Please confirm you can attend.

Recruitment Team`, 'Interview format'),
  other(`Hi Yuki,

Unfortunately, the hiring manager declined the request for a four-day week for this role. We know that was important to you, so take the time you need to think about it — if you'd like to carry on, we'll book the final interview.

Thanks,
Emma`, 'Four-day week request'),
  other(`Hi Connor,

We can't move forward with the background check until we receive your signed consent form. Please sign it via the link in our earlier email so we can continue with your offer.

Onboarding Team`, 'Action required: background check consent'),

  // ── rejections that look like the above
  rej('application', ['role_closed'], {},
    `Hi Matt,

The job you applied to, Junior Copywriter at Bellwether, is no longer accepting applications. The employer has closed this posting.

LinkedIn`, 'Your application to Junior Copywriter at Bellwether'),
  rej('interview', ['role_closed'], {},
    `Hi Nora,

I'm sorry to tell you that, after a budget review, the Data Scientist role has been cancelled, so we won't be proceeding with your application. Thank you for the time you put into the interviews.

Best,
Ravi`, 'Data Scientist role'),
  rej('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for your interest in the Facilities Coordinator position. Due to a hiring freeze, this vacancy has been withdrawn and will not be filled. Your application will therefore not be progressed.

HR Department`, 'Facilities Coordinator vacancy withdrawn'),
  rej('interview', ['generic'], door,
    `Hi Sophie,

Thanks for interviewing for the Marketing Manager role. You haven't been selected to continue, and we don't have another opening that fits right now. We'd still love you to apply again when something new comes up.

Best,
Adam`, 'Marketing Manager'),
  rej('screen', ['salary'], {},
    `Hi Jamal,

Thanks for being upfront on our call about your salary expectations. Unfortunately they are well above what we can offer for this position, so we won't be moving forward with your application.

Best,
Chris`, 'Re: salary expectations'),
  rej('application', ['location'], {},
    `Hi Oscar,

I checked with the hiring manager about working fully remote. Unfortunately the role needs someone in the office three days a week, so we're unable to take your application further as a remote candidate.

Cheers,
Fiona`, 'Re: remote working'),
  rej('interview', ['generic'], {},
    `Hi Kenji,

Unfortunately, after a long wait on our side — sorry about that — the team has decided not to move forward with your application for QA Lead. Thank you for your patience throughout.

Best wishes,
Maria`, 'QA Lead - outcome'),
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying for Customer Service Advisor. Your application status has been updated to: Not progressing. We will not be contacting you further about this vacancy.${ats}`, 'Application status update'),
  rej('final', ['role_closed'], {},
    `Hi Arjun,

I'm sorry. The restructure announced on Monday means the Engineering Manager role no longer exists, so we won't be making an offer for it. It was a very close process and I'd like to thank you for all your time.

Karan`, 'Engineering Manager - outcome'),
  rej('interview', ['generic'], {},
    `Dear Vikram,

Thank you for attending the interview for Data Analyst. We regret that you have not been selected for the post. We do not currently have other suitable openings.

Regards,
Recruitment, Calder Group`, 'Data Analyst - interview outcome'),
  rej('application', ['role_closed'], {},
    `Hi there,

Thanks for applying for Barista at Copper Kettle. Unfortunately we've decided not to go ahead with hiring for this role after all, so we won't be able to take your application any further.

Copper Kettle`, 'Barista role'),
  rej('interview', ['position_filled'], {},
    `Hi Daniel,

Thanks for asking about moving your second interview. Unfortunately we've had to close the process this week and have made an offer to another candidate, so there won't be a further interview.

Best,
Rachel`, 'Re: Interview reschedule'),
  rej('application', ['generic'], {},
    `Thank you for your application. This is an automated response.

After reviewing your application for Retail Associate, we have decided not to proceed. We will retain your details for six months in line with our privacy policy.

Halden Stores Recruitment`, 'Retail Associate - automated response'),
  rej('assessment', ['role_closed'], {},
    `Dear Nadia,

Thank you for completing the case study. I'm sorry to tell you that the Strategy Associate position has been put on hold indefinitely and will not be filled this year, so we are closing all applications, including yours.

Kind regards,
Omar`, 'Strategy Associate - closing applications'),
  rej('interview', ['generic'], {},
    `Hi Elodie,

The client has come back to me on the Product Designer role. They've decided not to take your application further. Sorry it's not better news.

Tom
Northbridge Talent`, 'Product Designer with our client'),
];
