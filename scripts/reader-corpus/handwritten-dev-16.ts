/**
 * Development messages of the sixteenth round, never sealed, aimed at rejection precision in a real inbox: mail that
 * declines nothing yet speaks in a decline's polite words — acknowledgements that warn of a high volume and of contact
 * only for the shortlisted, "if you have not heard within two weeks" notes, apologies for a slow reply, status updates
 * that promise to be in touch, invitations and offers that regret a detail, newsletters, reminders and notes from
 * recruiters — beside rejections at every stage that use the same words around a real decision, and two updates of a
 * process running late (on hold). The rules may be checked against them and the model may be trained on them.
 */
import type { CorpusLine } from './handwritten.js';
import { door, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d16-');

const noreply = '\n\n---\nThis is an automated message from our recruitment system. Replies to this address are not read. Fenwick & Hale is an equal opportunity employer and values diversity.';
const indianSig = '\n\nThanks & Regards,\nTalent Acquisition Team\nSrinidhi Infotech Pvt. Ltd. | Whitefield, Bengaluru';
const nhs = '\n\nRecruitment Services\nNorth Dales Health Trust\nThis email and any attachments are confidential and intended solely for the addressee.';

export const HANDWRITTEN_DEV_16: readonly CorpusLine[] = [
  // ── acknowledgements: high volume, only the shortlisted contacted, no individual replies
  other(`Dear Karan,

Thank you for applying for the role of Payroll Officer at Fenwick & Hale. We confirm that your application has reached us.

We receive a very large number of applications for each vacancy, and unfortunately we are not in a position to reply to every applicant individually. If your experience is a close match, one of our recruiters will contact you within the next three weeks.

Kind regards,
Fenwick & Hale Careers${noreply}`, 'Payroll Officer - application confirmation'),
  other(`Dear Candidate,

Greetings from Srinidhi Infotech!

This is to acknowledge your profile for the post of Senior Test Engineer. Kindly note that owing to the huge volume of profiles, only shortlisted candidates shall be intimated regarding the next round. Request you to bear with us during the screening process.${indianSig}`, 'Acknowledgement - Senior Test Engineer'),
  other(`Hi Oliver,

Thanks for throwing your hat in the ring for the Community Manager job at Ferncastle Games. Heads up: we've had a LOT of applications, so it may take us a while to work through them. We're sorry we can't write to everyone personally, but we do read every single one.

If we'd like to chat, you'll hear from Maddie on our people team.

Cheers,
The Ferncastle crew`, 'We got your application!'),
  other(`Thank you for your application to Lindqvist Pharma (ref. 44871 – Regulatory Affairs Associate).

Please note: due to the high number of applications we receive, we regret that we can only respond to candidates whose profile meets the requirements of the position. Should you not hear from us within 14 days of the closing date, please consider that your application was not taken forward on this occasion.

We appreciate your interest in Lindqvist Pharma.`, 'Lindqvist Pharma: application received'),
  other(`<html><body><table width="600"><tr><td><img src="logo.png" alt="Orrin Logistics"></td></tr><tr><td><p>Hello Grace,</p><p>We have received your application for <b>Transport Planner (Night Shift)</b>.</p><p>Unfortunately, we are unable to provide individual feedback at this stage of the process. Applications are reviewed in the order they arrive and we will be in touch if you are selected for a telephone interview.</p><p>Thank you for your patience.</p><p>Orrin Logistics Talent Team</p></td></tr><tr><td style="font-size:10px">You are receiving this email because you applied via orrinlogistics.co.uk/careers.</td></tr></table></body></html>`, 'Application received - Transport Planner'),
  other(`Dear Applicant,

Thank you for submitting your application for the position of Staff Nurse (Band 5), Ward 12.

Due to the volume of applications, we are unable to acknowledge each application separately beyond this email. Shortlisting will take place after the closing date of 18 March, and invitations to interview will be sent by email. Please check your junk folder regularly.${nhs}`, 'Staff Nurse Band 5 - Ward 12'),
  other(`Hi Sunita,

Quick note to say your CV for the Procurement Lead role landed safely. Sadly I can't promise a speedy turnaround — the hiring manager is juggling quarter-end — but I'll be in touch either way before the end of the month.

Best,
Rob
Talent Partner, Marlow Foods`, 'Procurement Lead'),
  other(`Dear Mr. Venkataraman,

We acknowledge receipt of your application dated 02/07 for the post of Assistant Professor (Mechanical Engineering).

The Selection Committee will scrutinise all applications after the last date. Regret that no correspondence will be entertained in this regard. Candidates found eligible will be informed of the date of interview by e-mail.

Registrar
Deccan Institute of Technology`, 'Application for the post of Assistant Professor'),
  other(`Thanks for applying!

We've received your application for Junior Data Analyst at Quillstone. What happens next? Our team reviews every application by hand. Because we get so many, we unfortunately can't reply to each one individually — if you're a good match for the role, we'll reach out to set up a short intro call.

In the meantime, why not read about how we work at quillstone.io/culture?

The Quillstone Talent Team`, 'Thanks for applying to Quillstone'),
  other(`Dear Aoife,

Thank you for your interest in the Graduate Surveyor programme. We are writing to let you know that applications closed on Friday and we received over 1,400 of them.

We appreciate your patience while we review them. We aim to let every applicant know the outcome by 30 April, whether or not you are invited to the assessment centre.

Warm regards,
Early Careers Team
Hollins Parry LLP`, 'Graduate Surveyor programme - next steps'),
  other(`Hi there,

We received your application for Barista (Weekend) at Kettle & Crumb, Stoke Newington. We're not able to get back to everyone straight away, but if we think you'd be a good fit we'll give you a ring for a quick trial shift.

Thanks,
Kettle & Crumb`, 'Your application'),
  other(`Dear Candidate,

Thank you for applying to the Management Trainee Programme 2025 at Bharat Agro Ltd. This mail is to confirm your registration (Reg. No. MT25-10994).

We regret that we will not be able to respond to queries over phone. The online aptitude test dates will be communicated to shortlisted applicants only, via the registered e-mail ID.

Regards,
HR Department, Bharat Agro Ltd.`, 'Registration confirmed - MT Programme 2025'),
  other(`Thank you for your application to Calloway Brands.

Your application for Senior Brand Manager has been submitted successfully. Unfortunately, we may not be able to contact every applicant, but please be assured that our recruiters will consider your application carefully. Candidates whose experience matches the role will be contacted for a first conversation.${noreply}`, 'Application submitted: Senior Brand Manager'),
  other(`Dear Liam,

Thank you for applying for the Library Assistant post (part-time, 18.5 hours). If you have not been contacted within four weeks of the closing date, you may assume that you have not been shortlisted on this occasion. We are grateful for your interest in working with Ashcombe Libraries.

Regards,
HR Shared Services, Ashcombe County Council`, 'Library Assistant - acknowledgement'),

  // ── status updates: slow replies, apologies, "we'll be in touch" (one a process running late: on hold)
  other(`Hi Emeka,

I'm so sorry for the radio silence — we regret the delay in getting back to you after your application. The team has been heads-down on a launch. I'm reviewing applications for the Backend Engineer role this week and I'll come back to you with next steps by Friday.

Thanks for bearing with us,
Harriet`, 'Backend Engineer - apologies for the wait'),
  other(`Dear Ms. Fischer,

Please accept our apologies for the delay in responding to your enquiry about your application for the Clinical Trial Manager role. I can confirm that your application is with the hiring manager, who is reviewing the applications received this week.

We appreciate your patience and will be in touch as soon as possible.

Kind regards,
Recruitment Coordinator`, 'RE: Clinical Trial Manager application status'),
  hold('application', ['generic'], {},
    `Hi Neha,

Just a quick update on the Product Analyst role. We've had an overwhelming response and the team is still working through the applications. Unfortunately this means it's taking a little while, but we haven't forgotten you. You should hear from us within the next ten days.

Best,
Ananya | People Ops, Tanglewood`, 'An update on your application'),
  other(`Dear Tomás,

Thank you for taking part in the telephone screen last week. We wanted to let you know that we are speaking with several candidates this week and will be in touch with everyone who was screened by the 21st.

We appreciate your patience in the meantime.

Best wishes,
Talent Acquisition | Redfern Energy`, 'Redfern Energy - update'),
  other(`Hello Priya,

Apologies that I haven't replied sooner. I'm afraid I don't have news on the Finance Business Partner role yet — the panel meets on Thursday to go through the interviews. I'll call you on Friday either way.

Speak soon,
Gemma (Hartwell Recruitment)`, 'Finance Business Partner'),
  other(`Dear Applicant,

We regret to inform you that our recruitment portal will be unavailable on Saturday 9 November from 06:00 to 12:00 GMT for scheduled maintenance. You will not be able to view or update your applications during this period. We apologise for any inconvenience.

Careers Team, Stanmore Bank`, 'Planned maintenance: careers portal'),
  other(`Hi Adaeze,

Thanks for your patience while we finished the interviews. We're not able to share a decision today as two interviewers are travelling, but we'll get back to you early next week.

Cheers,
Paul`, 'Quick update'),
  other(`Dear Sir/Madam,

With reference to your application for the post of Junior Engineer (Civil), this is to inform you that the written examination scheduled on 14th December stands cancelled due to administrative reasons. The revised date will be notified on the website. Candidates are requested to keep checking the portal. Inconvenience caused is regretted.

Controller of Examinations`, 'Notice: written examination'),
  other(`Hey Jordan — sorry, I know I said I'd get back to you Monday. Still waiting on the team's notes from your interview. Will ping you tomorrow. Sorry again!

Mia`, 'sorry!'),
  other(`Dear Fatima,

Many thanks for your continued interest in the Policy Officer role. Unfortunately the panel's availability has been more limited than expected, so the interviews are now taking place over two weeks rather than one. We expect to contact all candidates by 5 June.

Kind regards,
Resourcing Team`, 'Policy Officer: interview timetable'),

  // ── invitations and next steps with regretful words
  other(`Dear Ravi,

Thank you for your patience. We received a high volume of applications for the Data Scientist role, and I'm pleased to say that yours stood out. We would like to invite you to a 30-minute video call with our Head of Analytics.

Please let me know your availability next week.

Best regards,
Chloe`, 'Data Scientist - next step'),
  other(`Hi Marta,

Unfortunately Jonas is off sick tomorrow, so he won't be able to join your interview. Dana from the platform team will take his place; everything else stays the same — 2pm, second floor, ask for me at reception.

See you then,
Ben`, 'Tomorrow\'s interview'),
  other(`Dear Kwame,

Congratulations on progressing to the assessment stage. Unfortunately we are unable to extend the deadline for the case study beyond Friday 17:00, as the panel reviews all submissions together on Monday. If anything is unclear, just reply to this email.

Good luck!
Talent Team, Greystone Capital`, 'Case study deadline'),
  other(`Hi Sophie,

I regret to say that we've had to move your final interview from Wednesday to Thursday at 11am, as the CFO has been called to a board meeting. I do hope that still works for you — do let me know.

Kind regards,
Imogen`, 'Final interview - change of day'),
  other(`Dear Arjun,

We were impressed by your online test. We'd like to invite you to the final round at our Pune office on the 12th. Unfortunately we will not be able to reimburse travel from outside Maharashtra, but we can arrange a video link if you prefer.

Kindly confirm by Monday.${indianSig}`, 'Invitation to final round'),
  other(`Hi Ellie,

Sorry this is late! Thanks for your patience. We'd love to get you in for a chat about the Junior Copywriter role. Are you free Thursday afternoon?

Nick
Second Draft Studio`, 'Copywriter - coffee?'),
  other(`Dear Jun,

Thank you for your interest in Ardent Labs. Unfortunately there was a problem with the link we sent you for the coding exercise — it expired earlier than it should have. Please find a fresh link below; you now have until Sunday midnight to complete it.

Apologies for the inconvenience,
Recruiting @ Ardent`, 'New link for your coding exercise'),
  other(`Dear Ms Nakamura,

We received a high volume of strong applications for the post of Senior Curator, and the panel was very pleased to shortlist you for interview. The interview will take place on Tuesday 3 September at the Gallery, and will include a 10-minute presentation.

Please confirm that you can attend.

Yours sincerely,
Human Resources, Northmoor Gallery`, 'Senior Curator - interview'),
  other(`Hi Dev,

Great speaking with you. Unfortunately, our usual interview slots are all booked up this week, so the next round with the engineering manager will be on Monday. I'll send an invite shortly.

Best,
Leah`, 'Next round'),
  other(`Dear Chidi,

We are delighted to offer you the position of Operations Coordinator. Unfortunately we could not meet the full salary you asked for, but we are able to offer £38,500 with a review after six months. Your offer letter is attached.

Kind regards,
Sarah Whitcombe, HR Manager`, 'Offer of employment'),
  other(`Hi Aditi,

Good news — the team would like you to come in for the final onsite! Sadly the office in Leeds is being refurbished, so we'll meet at our Manchester site instead. Travel expenses will be covered.

Cheers,
Rachel`, 'Final onsite'),

  // ── other mail in the same tone: newsletters, reminders, requests, outreach
  other(`Hi Sam,

Sorry to hear about the job news — that's rubbish after all the work you put in. Want to grab a coffee next week and go over your CV together? I've got a couple of contacts at Brindle who might be hiring.

Jess`, 'coffee?'),
  other(`Dear Subscriber,

Unfortunately, our spring careers fair has had to move online this year. We appreciate your patience as we set up the new platform. Registered attendees will receive a joining link by email on the morning of the event.

Graduate Careers Service, University of Eastvale`, 'Careers fair goes online'),
  other(`Hi Thomas,

Apologies for the cold email. I came across your profile and thought you might be a good match for a Staff Engineer role with one of our clients in Bristol. Unfortunately I can't name them just yet, but I'd be happy to share more on a call. Would you be open to a chat?

Best,
Priti
Lantern Search`, 'Staff Engineer - Bristol'),
  other(`Dear Valued Candidate,

Unfortunately we were unable to verify your email address. Please click the link below to confirm your account so that your applications can be processed.

If you did not create an account with Brightwell Careers, you can ignore this message.`, 'Please verify your email'),
  other(`Hi Laura,

Thanks for reaching out about the Marketing Executive role. Unfortunately I'm not the right person for this — I look after engineering hiring — but I've forwarded your note to my colleague Hannah, who will be in touch.

Best,
Omar`, 'Re: Marketing Executive'),
  other(`Dear Mr Adeyemi,

We are carrying out pre-employment checks following your acceptance of our offer. Unfortunately we have not yet received a reference from your previous employer, Calder Engineering. Could you please provide an alternative referee or chase them on our behalf?

Regards,
Onboarding Team`, 'Pre-employment checks: reference outstanding'),
  other(`Hello,

You recently applied for a role through JobPond. Unfortunately, some employers do not reply to every application. To stand out, try completing your profile — applicants with a complete profile are three times more likely to hear back.

The JobPond Team`, 'Tips to hear back from employers'),
  other(`Dear Rebecca,

Thank you for your email. I'm afraid we don't currently offer work experience placements in the finance team, but you're very welcome to apply for our summer internship when it opens in January. I've added your details to the mailing list for it.

Kind regards,
Lucy, HR Assistant`, 'Re: work experience enquiry'),
  other(`Hi Vikram,

Unfortunately the 5pm slot you picked has just been taken by another candidate. Could you choose another time from the link below? Apologies for the hassle.

Thanks,
Recruiting Coordinator`, 'Please choose a new interview time'),
  other(`Dear Applicant,

This is a reminder that the closing date for the Trainee Solicitor scheme is this Sunday at midnight. Our records show that your application is incomplete: you have not yet uploaded your covering letter. Unfortunately incomplete applications cannot be considered, so please finish yours before the deadline.

Graduate Recruitment, Pemberton Lowe`, 'Reminder: your application is incomplete'),
  other(`Hi Zara,

Regret to say I won't be able to make our call at 3 today — something urgent came up with a client. Could we do the same time tomorrow? Really sorry for the short notice.

Callum`, 'Today\'s call'),
  other(`Dear Graduate,

We regret that, due to a technical error, some applicants received an email yesterday stating that their application had been unsuccessful. This message was sent in error. Your application remains under review and you will hear from us by the end of the month. We sincerely apologise for the confusion.

Early Talent Team, Corrwood Insurance`, 'Apology: email sent in error'),
  other(`Hi Martin,

Thanks for applying to the Warehouse Operative role. Unfortunately your application form was missing your right-to-work document. Could you upload a copy of your passport or share code so we can carry on with your application?

Thanks,
Recruitment, Dunmore Distribution`, 'Missing document'),
  other(`Hello Anjali,

Thanks for referring your friend Meera for the QA role. Unfortunately we can't tell you how her application is going, for privacy reasons, but we'll pay the referral bonus if she is hired and stays three months.

People Team`, 'Your referral'),

  // ── quoted replies and one-liners
  other(`Thanks Anna — no worries at all, we appreciate your patience too. See you on the 14th!

On Tue, 4 Mar 2025 at 09:12, Anna Roth <anna.roth@mail.com> wrote:
> Hi Greg, sorry I could not reply sooner. Yes, the 14th at 10am works for me for the second interview.
> Best, Anna`, 'Re: Second interview'),
  other(`Unfortunately we received a high volume of applications, so replies may take up to three weeks. Thanks for your patience!`, 'Re: your application'),
  other(`Not hired for the role yet — still interviewing this week. Will let you know!

-----Original Message-----
From: Dan Holt
Sent: 11 June 2025 16:40
Subject: Product Owner
Hi Kate, any news on the Product Owner role? Thanks, Dan`, 'RE: Product Owner'),
  other(`Hi Chen,

> Just checking whether you have received my application for the Lab Technician post.

Yes, we have it — sorry for not confirming sooner. We're shortlisting next week and will only be contacting shortlisted candidates, I'm afraid, due to the numbers. Good luck!

Karen`, 'RE: Lab Technician'),
  other(`We regret the delay. Your interview is confirmed for Monday, 10:30, with Ms. Iyer.${indianSig}`, 'Interview confirmation'),

  // ── long letters (the second a delay of the process: on hold)
  hold('application', ['generic'], {},
    `Dear Hannah,

Thank you very much for your application for the role of Development Manager at the Calder Valley Trust, and for the care you clearly put into your supporting statement.

I wanted to write personally to explain where things stand, because I know how frustrating silence can be. We received more than three hundred applications, which is far more than we anticipated for a small charity, and unfortunately our trustees, who sit on the shortlisting panel, are volunteers with limited time. We therefore regret that shortlisting will take around three weeks longer than we originally said.

We are not in a position to give individual updates during this period, but I can assure you that every application will be read in full. We will write to all applicants, successful or not, by 20 October.

Thank you again for your interest and for your patience.

With best wishes,
Margaret Ellis
Chief Executive`, 'Development Manager - an update from the Trust'),
  other(`Dear Dr Okafor,

Thank you for your application for the Lectureship in Public Health. I write on behalf of the Head of School to update you on the process.

Unfortunately, the interview panel was not able to meet in the week originally planned, because of the external examiners' visit. The interviews will now be held on 2 and 3 December. We are not yet able to say which candidates will be invited, as the longlist is still being considered; we expect to write to everyone by 15 November.

We regret any inconvenience this may cause and appreciate your understanding.

Yours sincerely,
Faculty HR Office`, 'Lectureship in Public Health'),

  other(`Dear Applicant,

Thank you for your interest in the Customer Service Adviser vacancy. We are sorry, but we will only contact candidates selected for the next stage; please do not phone the branch to ask about your application.

We appreciate your understanding.

Westmere Building Society`, 'Customer Service Adviser'),
  other(`Hi Ross,

Thanks for your note. Unfortunately I'm out of the country until the 20th with patchy signal, so apologies in advance if I'm slow to reply. Your application for the Site Manager role is with our MD and I'll chase her for you when I'm back.

Cheers,
Kelly`, 'Re: Site Manager'),
  other(`Dear Meenakshi,

Thank you for the interview on Monday. The panel has been unable to reach a decision yet as one more candidate is to be interviewed on Thursday. We regret the wait and request your patience; you will definitely hear from us by next Tuesday.

Warm regards,
HR, Kaveri Textiles`, 'Interview for Merchandiser'),
  other(`Hi Lucas,

Sadly our usual interviewer for the Spanish-speaking Account Manager role has left, so I'll be running your interview myself on Wednesday. Nothing else changes. Sorry for the late switch!

Ines`, 'Wednesday'),
  other(`<div style="font-family:Arial"><p>Hi Beatriz,</p><p>Thank you for applying to Harbourline Cruises. We regret that we are unable to respond to telephone enquiries. If you are not contacted within 21 days, please feel free to apply for other positions on our website, as this post may have been filled.</p><p>Crew Recruitment</p></div>`, 'Your application to Harbourline Cruises'),
  // ── rejections in the same words, every stage
  rej('application', ['generic'], {},
    `Dear Karan,

Thank you for applying for the role of Accounts Assistant at Fenwick & Hale. We received a very large number of applications and unfortunately we are not in a position to reply to every applicant individually; this email lets you know that your application has not been shortlisted on this occasion.

Kind regards,
Fenwick & Hale Careers${noreply}`, 'Accounts Assistant - outcome'),
  // "keep watching our careers page" invites a later application (LABELS.md: doorOpen)
  rej('application', ['generic'], door,
    `Dear Candidate,

Greetings from Srinidhi Infotech!

Thank you for your interest in the post of Technical Writer. Owing to the huge volume of profiles, we could consider only a few for the next round. We regret to inform you that your profile has not been shortlisted. Request you to bear with us and keep watching our careers page.${indianSig}`, 'Technical Writer - status'),
  rej('application', ['generic'], {},
    `Hi Oliver,

Thanks so much for your patience — we've had a LOT of applications for the Community Manager job and we're sorry it took a while. We've now read every one, and unfortunately we won't be moving forward with yours.

Cheers,
The Ferncastle crew`, 'Community Manager at Ferncastle'),
  rej('application', ['profile_mismatch'], { ...door },
    `<html><body><p>Hello Grace,</p><p>Thank you for your patience while we reviewed applications for <b>Transport Planner (Night Shift)</b>.</p><p>Unfortunately, we have decided not to take your application further, as other applicants' experience matched the role more closely. We will keep your details on file and may contact you about future vacancies.</p><p>Orrin Logistics Talent Team</p></body></html>`, 'Transport Planner - your application'),
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying for the post of Staff Nurse (Band 5), Ward 12. Due to the volume of applications we were unable to write sooner. Shortlisting has now taken place and I am sorry to let you know that you have not been invited to interview.${nhs}`, 'Staff Nurse Band 5 - Ward 12'),
  rej('application', ['generic'], {},
    `Hi Sunita,

Sorry this took so long — quarter-end swallowed the hiring manager. She's now been through all the CVs for the Procurement Lead role and sadly has decided to progress other candidates.

Best,
Rob
Talent Partner, Marlow Foods`, 'Procurement Lead'),
  rej('application', ['skills_gap'], { feedback: true },
    `Dear Mr. Venkataraman,

With reference to your application for the post of Assistant Professor (Mechanical Engineering), the Selection Committee has scrutinised all applications. Regret to inform you that you do not fulfil the minimum eligibility condition of a Ph.D. in the relevant discipline, and hence your candidature has not been considered for interview.

Registrar
Deccan Institute of Technology`, 'Application for the post of Assistant Professor'),
  rej('application', ['generic'], {},
    `We regret the delay in getting back to you about the Regulatory Affairs Associate role (ref. 44871). We appreciate your patience, and we are sorry to say that your application was not selected to proceed further.

Lindqvist Pharma Talent Acquisition`, 'Your application: Regulatory Affairs Associate'),
  rej('application', ['position_filled'], {},
    `Hi there,

Thanks for applying for the weekend Barista role at Kettle & Crumb. We're sorry we couldn't get back to you sooner — the position has now been filled.

Thanks,
Kettle & Crumb`, 'Your application'),
  rej('screen', ['generic'], {},
    `Dear Tomás,

Thank you for taking part in the telephone screen last week, and for your patience while we spoke with the other candidates. I'm sorry to let you know that we won't be inviting you to the next stage.

Best wishes,
Talent Acquisition | Redfern Energy`, 'Redfern Energy - update'),
  rej('screen', ['profile_mismatch'], { ...offered },
    `Hi Neha,

Apologies for the slow reply after our call — we had an overwhelming response to the Product Analyst role. Unfortunately, the hiring manager felt your background isn't quite the right fit for what the team needs right now. Happy to talk it through if that would help.

Best,
Ananya | People Ops, Tanglewood`, 'An update on your application'),
  rej('screen', ['salary'], { feedback: true },
    `Hey Jordan — sorry I'm late getting back to you after our phone chat. Unfortunately the salary you're looking for is well above the band for this role, so we won't be taking things further. Sorry again!

Mia`, 'sorry!'),
  rej('assessment', ['assessment'], {},
    `Dear Kwame,

Thank you for submitting the case study, and apologies for the delay in reviewing it — we received a high volume of submissions. Unfortunately your case study did not reach the standard required to progress to interview.

Talent Team, Greystone Capital`, 'Case study outcome'),
  rej('assessment', ['generic'], { ...door },
    `Dear Candidate,

Thank you for appearing for the online aptitude test of the Management Trainee Programme 2025. We regret to inform you that you have not qualified for the group discussion round. We appreciate your interest in Bharat Agro Ltd. and encourage you to apply again next year.

Regards,
HR Department, Bharat Agro Ltd.`, 'MT Programme 2025 - test result'),
  rej('assessment', ['assessment'], { feedback: true },
    `Dear Jun,

Thanks for your patience while the team reviewed your coding exercise. Unfortunately we won't be moving forward: the solution worked, but it had no tests and the reviewers found the error handling too thin for this role.

Recruiting @ Ardent`, 'Your coding exercise'),
  rej('interview', ['generic'], {},
    `Hello Priya,

Apologies that I haven't replied sooner. The panel met on Thursday to go through the interviews for the Finance Business Partner role, and I'm afraid they have decided to go with another candidate.

Speak soon,
Gemma (Hartwell Recruitment)`, 'Finance Business Partner'),
  rej('interview', ['generic'], { ...offered },
    `Hi Adaeze,

Thanks for your patience while we finished the interviews. Unfortunately we've decided not to proceed with your application. If you'd like feedback from the interviewers, just let me know.

Cheers,
Paul`, 'Quick update'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Fatima,

Many thanks for your patience while the interviews for the Policy Officer role took place over two weeks. The panel has now met, and I regret to tell you that they found other candidates' experience more closely aligned with the post.

Kind regards,
Resourcing Team`, 'Policy Officer: outcome'),
  rej('interview', ['generic'], {},
    `Thanks Anna — sorry for the slow reply, and thank you for coming in for the second interview. Unfortunately the team has decided not to move forward with your candidacy.

On Tue, 4 Mar 2025 at 09:12, Anna Roth <anna.roth@mail.com> wrote:
> Hi Greg, any news after the second interview on the 14th?
> Best, Anna`, 'Re: Second interview'),
  rej('interview', ['internal_candidate'], {},
    `Dear Ms Nakamura,

Thank you for attending interview for the post of Senior Curator, and for your patience since. We received a high volume of strong applications. I regret to inform you that the post has been offered to an internal candidate.

Yours sincerely,
Human Resources, Northmoor Gallery`, 'Senior Curator - interview outcome'),
  rej('interview', ['culture_fit'], { feedback: true },
    `Hi Dev,

Great speaking with you last week, and sorry for the wait. Unfortunately the engineering manager felt your preference for working fully independently wouldn't suit the way this team pairs every day, so we won't be progressing to the next round.

Best,
Leah`, 'Next round'),
  rej('final', ['position_filled'], { ...door },
    `Dear Sophie,

I regret the delay in writing after your final interview. It was an extremely close decision, but the CFO has chosen to offer the role to another finalist. We would be glad to hear from you about future openings.

Kind regards,
Imogen`, 'Final interview - outcome'),
  rej('final', ['location'], { feedback: true },
    `Dear Arjun,

Thank you for attending the final round at our Pune office. We regret that we will not be able to offer you the position, as the role requires relocation to Pune within one month and you indicated this is not possible.${indianSig}`, 'Final round - result'),
  rej('final', ['position_filled'], {},
    `Hi Aditi,

Thanks for making the trip to Manchester for the final onsite, and for your patience while we decided. Sadly we've offered the role to someone else, and they have accepted.

Rachel`, 'Final onsite'),
  rej('final', ['role_closed'], {},
    `Dear Dr Okafor,

Thank you for attending the final interview for the Lectureship in Public Health. We regret any inconvenience caused: following a review of the School's budget, the post has been withdrawn and will not be filled. We are therefore unable to offer you an appointment.

Yours sincerely,
Faculty HR Office`, 'Lectureship in Public Health'),
  rej('application', ['generic'], {},
    `Unfortunately we received a high volume of applications and yours was not successful this time. Thanks for your patience!`, 'Re: your application'),
  rej('application', ['generic'], {},
    `Dear Liam,

Thank you for applying for the Library Assistant post. We are not able to reply to every applicant individually, so we are writing to all who were not shortlisted: on this occasion your application was not selected for interview.

Regards,
HR Shared Services, Ashcombe County Council`, 'Library Assistant - outcome'),
  rej('screen', ['generic'], {},
    `Hi Chen,

> Just checking whether there is any news after our phone call about the Lab Technician post.

Sorry for not replying sooner — we had large numbers. I'm afraid you haven't been shortlisted for interview this time. Good luck!

Karen`, 'RE: Lab Technician'),
  rej('application', ['skills_gap'], { feedback: true },
    `Dear Hannah,

Thank you very much for your application for the role of Development Manager at the Calder Valley Trust, and for your patience. We received more than three hundred applications, far more than we anticipated.

I am sorry to tell you that the panel has not shortlisted you. The post requires at least five years' experience of major-donor fundraising, and your application showed less than this.

With best wishes,
Margaret Ellis
Chief Executive`, 'Development Manager - outcome'),
];
