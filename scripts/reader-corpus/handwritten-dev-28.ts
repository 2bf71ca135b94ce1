/**
 * Development messages of the twenty-eighth round, never sealed: one job seeker's inbox over a season — a mechanical and
 * manufacturing engineer in Pune moving into electric vehicles and renewables, applying to about fifty employers (vehicle
 * makers, tier-one suppliers, battery and charger start-ups, solar and wind developers, a power utility, staffing
 * agencies and a university lab). About half the batch is mail that is not a rejection but speaks a rejection's polite
 * words: acknowledgements in many applicant-tracking styles, apologies for delays, moved interviews, "you remain in
 * consideration", invitations, reminders, reference and background checks, an offer and onboarding, job alerts,
 * recruiter outreach, a withdrawal the candidate asked for, surveys and newsletters. A handful of paused processes, then
 * rejections at every stage, some in unusual words, with feedback, offers of feedback and open doors buried in the
 * middle of long letters, beside refusals of feedback and closed doors.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d28-');

const wday = '\n\nThis message was generated automatically by our recruiting system. To review your applications, sign in to the candidate portal.';
const ghouse = '\n\n--\nYou are receiving this email because you applied for a role via our careers site. Manage your data preferences here.';
const naukriFoot = '\n\n---\nThis is an automated mail. Please do not reply. Report a suspicious recruiter | Unsubscribe from job alerts';
const taleo = '\n\n**** Please do not reply to this e-mail. Replies to this address are not read. ****';

export const HANDWRITTEN_DEV_28: readonly CorpusLine[] = [
  // ── acknowledgements and "we'll be in touch"
  other(`Dear Aniket,

Thank you for applying for the position of Senior Manufacturing Engineer – Battery Pack Assembly (Req ID 44817) at Sarvam Electric Mobility.

We appreciate your interest in our company. Unfortunately, due to the very large number of applications we receive, we are not able to respond to every candidate personally. Our talent acquisition team will review your profile against the requirements of the role, and if your experience matches, a member of the team will contact you to discuss next steps.

Thank you for considering a career with Sarvam.${wday}`, 'Application received - Senior Manufacturing Engineer'),
  other(`Hi Aniket,

Thanks for applying to Voltreach! We've got your application for Process Engineer, Cell Manufacturing and our team is taking a look.

We know waiting is the worst part. We read every application ourselves, so it may take a couple of weeks. If there's a match, you'll hear from us; if not, we'll let you know either way.

Team Voltreach${ghouse}`, 'We got your application 🔋'),
  other(`Dear Candidate,

We acknowledge receipt of your application for the post of Assistant Engineer (Mechanical), Advt. No. 07/2026.

Applications will be scrutinised as per the eligibility criteria notified in the advertisement. Candidates found eligible will be informed of the date of the written examination through the website. No separate correspondence will be entertained regarding the status of applications. We regret that incomplete applications cannot be considered.

Deputy General Manager (HR)
Maharashtra Renewable Power Transmission Co. Ltd.`, 'Acknowledgement - Advt. 07/2026'),
  other(`Hello Aniket Deshpande,

Your application for Lead Engineer - Thermal Systems has been successfully submitted.

What happens next?
- Our recruiters review applications in the order they were received.
- Shortlisted candidates are typically contacted within 15 working days.
- Due to the volume of interest we regret that we cannot give individual updates on applications that are not shortlisted.

Thank you for your interest in Kalinga Motors.${taleo}`, 'Application submitted: Lead Engineer - Thermal Systems'),
  other(`Hi Aniket,

Quick note to say we've received your CV for the Wind Turbine Reliability Engineer role in Chennai — thank you for taking the time.

We're a small team so it might take us a little while to come back to you. We appreciate your patience, and we promise we won't leave you hanging.

Cheers,
Meera
People team, Gale Force Renewables`, 'Re: Reliability Engineer application'),
  other(`Application Status Update

Candidate: Aniket Deshpande
Requisition: 2026-MFG-0392 Tooling Engineer
Status: In Review

There has been a change in the status of your application. Please log in to the candidate portal for details.${wday}`, 'Your application status has changed'),
  other(`Dear Aniket,

Thank you for your interest in the Manufacturing Engineering Manager role at Orbis Drivetrain Systems, Auburn Hills.

We regret the delay in getting back to you. The hiring team has received an unusually high number of applications and your application is still under review. We expect to complete the first review by the end of this month and will contact you then regardless of the outcome.

Thank you for your patience.

Regards,
Recruiting Operations`, 'Manufacturing Engineering Manager - update'),
  other(`Hi Aniket,

I just wanted to drop you a line so you don't think we've forgotten about you! The hiring manager for the EV Charger Mechanical Design role has been travelling, so things have been slower than I would like. Other candidates are still being interviewed this week and next; you remain very much in consideration and I'll be back to you with next steps as soon as the last interviews are done.

Thanks for bearing with us,
Rohan | Talent Partner
Ampwise Charging`, 'Checking in'),
  other(`Dear Mr. Deshpande,

We thank you for your application to Nirmal Auto Components. Your profile has been forwarded to the concerned department head for evaluation. You will be intimated about further process if shortlisted.

We appreciate your interest in being part of Nirmal family.

HR Department
Nirmal Auto Components Pvt. Ltd., Chakan`, 'Application - Production Engineer'),
  hold('application', ['generic'], {},
    `Hi Aniket,

Thank you for your patience while we review applications for the Senior Quality Engineer (Solar Modules) role. Unfortunately, it's taking a bit longer than we'd hoped because the team is also preparing for an audit. We haven't made any decisions yet, and you're still in the running. I expect to have an update for you early next week.

Best,
Hannah Okafor
Sunreach Solar`, 'Senior Quality Engineer - still reviewing'),
  other(`Dear Applicant,

This is to confirm that your application for the role of Research Engineer (Battery Thermal Management) at the Centre for Electrochemical Energy Systems has been received.

The selection committee will meet after the closing date. Only shortlisted applicants will be contacted for an interview. We regret that, owing to the number of applications, we are unable to reply to each applicant individually.

Centre Office`, 'Research Engineer - application received'),
  other(`Hi Aniket, thanks for applying! Your application for Manufacturing Engineer II at Trillium Battery is now with our hiring team. We'll be in touch soon.

Not the right time? You can update or withdraw your application at any time from your dashboard.`, 'Thanks for applying to Trillium Battery'),

  // ── invitations, confirmations, reschedules, reminders
  other(`Dear Aniket,

Thank you for your application for the Plant Engineering Lead position at Helion Wind India. We were impressed by your background in press-shop automation and would like to invite you to a 30-minute telephone conversation with our HR business partner.

Please let us know your availability on Tuesday or Wednesday next week between 10:00 and 16:00 IST.

Kind regards,
Sneha Kulkarni
HR, Helion Wind India`, 'Invitation to a telephone conversation'),
  other(`Hi Aniket,

Unfortunately the interview scheduled for Thursday 14:00 has to be moved, as our Director of Operations has been called to the plant in Hosur. I'm really sorry for the late notice.

Could you do Monday at the same time instead? If not, please send me two or three slots that work and I'll make it happen.

Apologies again,
Divya
Recruitment, Ashoka Electric Vehicles`, 'Interview reschedule'),
  other(`Dear Aniket,

We regret to inform you that due to unforeseen circumstances the panel interview for the position of Deputy Manager – Powertrain Assembly will not take place on 12 October as planned.

The new date is 16 October at 11:00 at our Pimpri office. Kindly confirm your attendance by replying to this mail.

Regards,
HR Team
Vardhan Motors Ltd.`, 'Change of interview date'),
  other(`Hello Aniket,

You have been invited to complete an online assessment as part of your application for Graduate-to-Professional Engineer (Renewables).

Assessment: Mechanical Aptitude and Situational Judgement
Duration: approx. 60 minutes
Deadline: 7 days from this email

Unfortunately we are unable to extend the deadline, so please make sure you complete it in time. Good luck!

Early Careers Team, Brightwater Energy${ghouse}`, 'Your online assessment'),
  other(`Hi Aniket,

Just a friendly reminder that your video interview with Kestrel EV is tomorrow, Wednesday, at 09:30 CET (14:00 IST). You will be meeting Jonas Richter (Head of Industrialisation) and Paula Ines (Senior Process Engineer).

The Teams link is in the calendar invite. If anything comes up, just reply to this email.

See you tomorrow!
Kestrel EV Recruiting`, 'Reminder: your interview tomorrow'),
  other(`Dear Aniket,

Thank you for confirming. We look forward to seeing you at the on-site interview on 3 November at our Ranjangaon plant. Please carry a government photo ID and two copies of your resume. Safety shoes will be provided for the shop-floor walk.

Unfortunately we are not able to reimburse travel expenses for the interview.

Regards,
Prakash Joshi
HR, Dynacore Transmissions`, 'Interview confirmation'),
  other(`Hi Aniket,

No worries at all about Friday — these things happen. I've moved your conversation with Arvind to next Tuesday at 15:30. A new invite is on its way.

Thanks,
Leela`, 'Re: Need to reschedule'),
  other(`Dear Aniket,

Congratulations! We are pleased to inform you that you have cleared the written test for the post of Engineer (Mechanical) and have been shortlisted for the personal interview.

The interview schedule will be published on the website. Candidates should bring original certificates for verification.

Recruitment Cell`, 'Result of written test'),
  other(`Hi Aniket,

Thank you for your time on the call yesterday — it was great to hear about your work on the die-casting line.

I'm happy to tell you that the team would like to invite you to the next stage, a technical interview with two of our engineers. There will also be a short case study on line balancing. I'll send over some times shortly.

Best,
Olivia
Talent, Northwind Battery Systems`, 'Next steps'),
  other(`Dear Aniket,

Thank you for your patience throughout our interview process. We appreciate the time you have spent with us.

We would like to invite you to a final conversation with our Chief Operating Officer, Mr. Feroz Dastur, on Monday. This will be an informal 45-minute discussion about the plant roadmap.

Please confirm at your earliest.

Regards,
Niharika
People & Culture, Terawatt Storage`, 'Final conversation with our COO'),
  other(`Hello,

This is a reminder that your one-way video interview for Manufacturing Engineer (EV Components) has not yet been completed. The link expires in 48 hours.

If you no longer wish to be considered, you don't need to do anything.

Recruiting Team`, 'Reminder: complete your video interview'),
  other(`Hi Aniket,

Apologies — I have to cancel our chat this afternoon, I've come down with a fever. I'm really sorry for the short notice. Could we do the same time on Thursday? I'm still keen to hear about your move into EV.

Thanks for understanding,
Sam Whitaker
Apex Talent Partners`, 'Sorry - need to cancel today'),

  // ── references, background checks, offer, onboarding
  other(`Dear Aniket,

As we move into the final stage of the process for the Senior Process Engineer role, we would like to contact two professional referees, ideally including a former line manager.

Please could you provide their names, job titles, email addresses and phone numbers by Friday? We will not contact them without letting you know first.

Kind regards,
Fiona Matthews
HR Advisor, Greenlake Energy`, 'References'),
  other(`Dear Aniket,

As part of our pre-employment process, our background verification partner, VeriTrust Screening, will contact you shortly to collect documents for education, employment and address verification.

Kindly submit the documents within 3 working days. Please note that unfortunately the offer cannot be released until verification is initiated.

Regards,
HR Operations`, 'Background verification - action required'),
  other(`Dear Aniket,

On behalf of Kalpavriksha Green Energy, I am delighted to offer you the position of Manager – Manufacturing Engineering, based in Pune, with a start date of 2 February.

Please find the offer letter attached, which sets out your compensation and benefits. We regret that we were not able to go further on the fixed pay, but we hope the joining bonus and the ESOP grant reflect how keen we are to have you on board.

Kindly sign and return by 20 January.

Warm regards,
Ritu Bhandari
Head of HR`, 'Offer of employment'),
  other(`Hi Aniket,

Welcome to Kalpavriksha! We're excited you're joining us on 2 February.

Before your first day, please complete the onboarding checklist on the portal: PAN, Aadhaar, bank details, and your medical fitness certificate. Your induction will run for the first week, including a plant tour in Talegaon.

See you soon,
Onboarding Team`, 'Welcome aboard - your first week'),
  other(`Dear Aniket,

Thank you for letting us know that you have accepted another offer. We are sorry that you won't be joining us, but we understand and respect your decision.

Your application for Lead Engineer - Cell Assembly has now been withdrawn as you requested. We wish you every success in your new role.

Best regards,
Recruiting, Ionix Cells`, 'Your withdrawal'),

  // ── alerts, talent communities, outreach, surveys, newsletters
  other(`Jobs you may be interested in

Not the right fit? See these roles instead:
• Manufacturing Engineer – EV Drivetrain, Pune
• Senior Process Engineer – Solar Cells, Ahmedabad
• Quality Lead – Battery Packs, Bengaluru

Unfortunately, the role "Senior Manufacturing Engineer" you saved is no longer accepting applications.${naukriFoot}`, '12 new jobs match your profile'),
  other(`Hi Aniket,

Thanks for joining the Volantis Talent Community! We'll keep your profile on file and let you know when roles that match your skills are posted.

In the meantime, follow us on LinkedIn to hear about our gigafactory project.

Volantis Careers`, 'Welcome to our Talent Community'),
  other(`Hi Aniket,

I came across your profile and I'm hoping you can help. I'm working with a European EV start-up setting up a motor plant near Chennai and they need a Manufacturing Engineering Lead with stamping and welding experience.

Unfortunately I can't share the client's name until we've spoken, but I can tell you it's a well-funded team and the package is competitive. Would you be open to a quick call this week?

Regards,
Karan Mehta
Senior Consultant, Stratus Search`, 'EV manufacturing role - open to a chat?'),
  other(`Hello Aniket,

We value your feedback! You recently applied to a role at Orbis Drivetrain Systems. Regardless of the outcome, we'd like to hear about your experience as a candidate.

The survey takes about 3 minutes and is completely anonymous.

Thank you for your time,
Candidate Experience Team`, 'How was your experience?'),
  other(`THE CHARGE — monthly news from Ampwise

This month: we opened our second assembly line in Bhosari, our engineers walk through a connector redesign, and we're hiring across quality, supply chain and software.

Missed out last time? Unfortunately not every story fits in one issue — read the rest on our blog.

You're receiving this because you signed up on our careers page. Unsubscribe.`, 'The Charge - October'),
  other(`Dear Aniket,

We noticed that you started an application for Senior Engineer – Hydrogen Electrolyser Integration but did not submit it. Unfortunately, incomplete applications cannot be reviewed.

If you are still interested, you can pick up where you left off using the link below. The position closes on 30 November.

Careers, Hydrova Energy${wday}`, 'Complete your application'),
  other(`Hi Aniket,

Your application for Production Supervisor was viewed by a recruiter at Sahyadri Forgings.

Boost your chances: complete your profile to 100% and add your key skills.${naukriFoot}`, 'A recruiter viewed your application'),
  other(`Dear Aniket,

Thank you for taking the time to visit us for the walk-in drive on Saturday. We appreciate your interest and your patience on a very busy day.

Candidates whose profiles match our current requirements will be contacted within ten working days for the next round.

Team HR
Pratham EV Components`, 'Thank you for attending the walk-in drive'),
  other(`Hi Aniket,

Thanks for speaking with Priya and me today. We both enjoyed the conversation.

We have a few more candidates to speak with over the next week, so it will be a little while before we decide on next steps. I'll be in touch either way by the 20th. Thanks for your patience!

Best,
Marcus Lindqvist
Hiring Manager, Fjord Battery`, 'Thanks for today'),
  other(`Dear Aniket,

We have noted your request to withdraw from the selection process for the post of Project Engineer, Solar EPC. Your candidature has been closed accordingly.

Should you wish to apply for future vacancies, you are welcome to do so through our website.

Regards,
HR, Suryoday Infra Projects`, 'Withdrawal of candidature'),
  other(`Hi Aniket,

Our records show that you already have an active application for Manufacturing Engineer (Req 55120). Unfortunately we can't accept a second application for the same requisition, so the duplicate you submitted on Monday has been removed. Your original application is still being reviewed.

Thanks,
Talent Acquisition Support`, 'Duplicate application'),
  other(`Hello Aniket,

I'm sorry it has taken me so long to reply. I regret that I was away at a conference and only now catching up on email.

Thank you for your interest in the research engineer post in my group. Yes, the position is still open. Could you send me a one-page summary of your experience with thermal modelling of battery packs? After that we can arrange a call with one of my PhD students.

Best wishes,
Prof. Anjali Rao
Department of Mechanical Engineering`, 'Re: Research Engineer position'),
  other(`Dear Aniket,

Thank you for your interest in careers at Meridian Power Utilities. Unfortunately, we are unable to accept CVs sent by email. To be considered for the Asset Engineer vacancy, please submit your application through our online portal before the closing date.

Regards,
Recruitment Team`, 'RE: Asset Engineer - CV'),
  other(`Hi Aniket,

Following your conversation with Stratus Search, I wanted to confirm that your CV has been submitted to our client for the Manufacturing Engineering Lead role. The client is interviewing other candidates as well, so it's hard to say exactly when we'll hear, but I'll chase them on Friday.

Fingers crossed!
Karan`, 'CV submitted to client'),
  other(`Dear Aniket,

We regret any inconvenience caused by the technical issue during your online test yesterday. Our platform provider has confirmed the outage. A new link has been sent to you, and you may attempt the test again at any time before Sunday.

Regards,
Assessment Support`, 'Online test - new link'),
  other(`Hi Aniket,

Thank you for interviewing with us for the Senior Manufacturing Engineer role. I'm pleased to let you know that the panel would like to move you forward to the final stage, a half-day on site with the plant leadership team.

Other candidates are also progressing, so please let me know your availability soon.

Thanks,
Elena Petrova
Talent Acquisition, Corvane Motors`, 'Final stage invitation'),
  other(`Hi Aniket,

Thanks for reaching out about the Controls Engineer posting. Unfortunately I'm not the recruiter for that role — I handle our sales hiring — but I've passed your note on to my colleague Tanvi, who will get back to you.

Best,
Jordan`, 'Re: Controls Engineer role'),
  other(`Dear Aniket,

We appreciate your interest in GridNova. Your application for the Substation Mechanical Engineer role is complete and will be reviewed by the hiring team.

Please note that we are also holding applications for similar roles in other locations. If the hiring team thinks you are a better fit for one of those, we may contact you about it.

GridNova Talent`, 'Application complete'),
  other(`Hello Aniket,

As requested, here is a summary of your offer discussion. Unfortunately we are not able to match the notice-period buyout of 90 days, but we can offer a relocation allowance and a sign-on bonus to offset it. Let me know if you'd like to talk it through with the hiring manager.

Regards,
Ananya
Talent, Torq Mobility`, 'Offer discussion - follow up'),
  other(`Dear Aniket,

Thank you for your interest in our Graduate-to-Industry Fellowship. We regret to inform you that the information session scheduled for 18 September has been postponed due to the public holiday. The new date will be announced on our website.

Applications remain open.

Fellowship Office`, 'Information session postponed'),
  other(`Hi Aniket,

Your interview with Fjord Battery has been confirmed.

When: Tue 21 Oct, 13:00–14:00 CET
Where: Google Meet
With: Marcus Lindqvist, Sofie Brandt

Need to make a change? Use the link below to reschedule.

Powered by an interview scheduling tool`, 'Interview confirmed: Fjord Battery'),
  other(`Dear Aniket,

We are writing to let you know that the closing date for the Senior Engineer, Wind Blade Manufacturing role has been extended to 15 December to allow more candidates to apply. Unfortunately this means our shortlisting will happen later than originally planned. Your application remains valid and no further action is required.

Regards,
Talent Team, Aeolus Blades`, 'Change to closing date'),
  other(`Hi Aniket,

Great news — your references came back glowing. We'll be sending the formal offer over tomorrow once the compensation team signs off.

Thanks for your patience through all of this!
Fiona`, 'References - good news'),
  other(`Dear Aniket,

Following our conversation, please find attached the job description for the Continuous Improvement Manager position. Unfortunately the salary band is slightly below what you mentioned, but the client is open to discussing it for the right candidate. Let me know if you would still like me to put you forward.

Best regards,
Neha Sharma
PeopleBridge Staffing`, 'JD - CI Manager'),
  other(`Hi Aniket,

We noticed you haven't logged in to your candidate account for a while. For security reasons we'll deactivate accounts that have been inactive for 12 months. If you'd like to keep your profile and applications, just sign in before 30 November.

Careers Team`, 'Your candidate account'),
  other(`Dear Aniket,

Thank you for attending the interview for the post of Engineer – Mechanical Maintenance. The results of the selection process will be declared on our website in due course. We appreciate your patience and request you not to contact the office regarding the result.

Recruitment Section
Deccan Power Distribution Co.`, 'Interview attended - result awaited'),

  // ── paused processes
  hold('application', ['role_closed'], {},
    `Dear Aniket,

Thank you for your application for the Senior Battery Test Engineer role. We wanted to let you know that this requisition has been placed on hold while the business reviews its budget for the coming year. Your application has not been declined; we will contact you once we are able to restart the process.

We appreciate your patience.

Talent Acquisition
Corvane Motors`, 'Senior Battery Test Engineer - on hold'),
  hold('interview', ['role_closed'], {},
    `Hi Aniket,

Thank you for meeting the team last week. I'm afraid there's going to be a delay: the hiring freeze announced by our parent company this morning applies to the Pune plant too, and we can't issue any offers until it lifts. Nobody has been chosen for the role and you're still one of the people we'd like to talk to once we can move again — I'll keep you posted.

Best,
Olivia
Northwind Battery Systems`, 'Process delay'),
  hold('assessment', ['role_closed'], {},
    `Dear Aniket,

Thank you for completing the design exercise. The project that the Mechanical Integration Engineer role supports is awaiting funding approval from our investors, so we are pausing the recruitment until the decision is made, probably in six to eight weeks. Your application stays active in the meantime.

Kind regards,
Hydrova Energy`, 'Mechanical Integration Engineer - pause'),
  hold('screen', ['generic'], {},
    `Hi Aniket,

Thanks for the call on Tuesday. The hiring manager has just gone on paternity leave a little earlier than planned, so we won't be scheduling interviews for the next two weeks. Nothing has changed on our side in terms of your application — we'll pick it up again as soon as he's back.

Cheers,
Meera
Gale Force Renewables`, 'Short delay'),
  hold('final', ['role_closed'], {},
    `Dear Aniket,

I wanted to give you an honest update after your final round with our leadership team. We were preparing to move forward, but the board has asked us to freeze all senior hires until the plant expansion is re-approved next quarter. You remain our preferred candidate for the role, and if the expansion is approved I expect us to come back to you quickly.

I'm sorry for the uncertainty.

Regards,
Feroz Dastur
COO, Terawatt Storage`, 'Update after your final round'),

  // ── rejections: application stage
  rej('application', ['generic'], {},
    `Dear Aniket,

Thank you for your interest in the Process Engineer, Cell Manufacturing role at Voltreach. After reviewing your application, we've decided to go another way for this position.

We really appreciate the time you put into applying.

Team Voltreach${ghouse}`, 'Your application to Voltreach'),
  rej('application', ['skills_gap'], { ...fb },
    `Hello Aniket,

Thanks for your application for the Senior Quality Engineer (Solar Modules) role. I'll be straight with you — this one isn't going to work out. The role needs someone who has run IEC 61215 qualification testing for modules, and your background, while strong in automotive quality, doesn't include that.

Best of luck with your search,
Hannah Okafor
Sunreach Solar`, 'Senior Quality Engineer'),
  rej('application', ['profile_mismatch'], {},
    `Dear Mr. Deshpande,

We thank you for your interest in Nirmal Auto Components. After careful evaluation, we find that your profile is not suitable for the requirement of Production Engineer at this point in time. Hence we will be closing your file.

We wish you all the best.

HR Department
Nirmal Auto Components Pvt. Ltd.`, 'Application - Production Engineer'),
  rej('application', ['position_filled'], {},
    `Application Status Update

Candidate: Aniket Deshpande
Requisition: 2026-MFG-0392 Tooling Engineer
Status: Not Selected

Thank you for your interest. The position has been filled from a pool of other candidates whose applications better matched our timeline. We appreciate your patience throughout the process.${wday}`, 'Your application status has changed'),
  rej('application', ['position_filled'], {},
    `Dear Aniket,

Thank you for applying for Manufacturing Engineer II at Trillium Battery. We wanted to let you know that the role went to someone whose application reached us earlier in the process, and we've now closed the opening.

Thank you for thinking of Trillium.

Trillium Battery Recruiting`, 'Manufacturing Engineer II'),
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Aniket,

Thank you for your application for the Lead Engineer - Thermal Systems position at Kalinga Motors, and for your patience while our team reviewed the very large number of applications we received.

We appreciate the time and care you put into your application, and we genuinely enjoyed reading about your progression from a shop-floor trainee to a plant engineering role. Hiring decisions are never easy, particularly when we see so many capable people.

For this particular role, the hiring manager has chosen to prioritise candidates with direct experience of HVAC and battery cooling circuits in vehicle programmes, and your experience so far has been mostly in press and weld shops. For that reason we will not be taking your application further.

We do expect to open several manufacturing roles at the new Sanand site next spring, and we would be glad to receive an application from you for one of those when they are posted. Your details will stay in our talent database for twelve months unless you ask us to remove them.

Thank you once again for your interest in Kalinga Motors, and we wish you every success in your career.

Yours sincerely,
Talent Acquisition
Kalinga Motors${taleo}`, 'Your application: Lead Engineer - Thermal Systems'),
  rej('application', ['location'], { ...fb },
    `Hi Aniket,

Thank you for your interest in the Manufacturing Engineering Manager role at Orbis Drivetrain Systems, and again for your patience during our review.

Unfortunately we are not able to consider candidates who would need visa sponsorship to work in the United States for this position, so we won't be moving ahead with your application.

We appreciate your interest and wish you the best.

Recruiting Operations
Orbis Drivetrain Systems`, 'Manufacturing Engineering Manager'),
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Aniket,

Thank you so much for applying to GridNova. We've had a look through your application for Substation Mechanical Engineer, and we appreciate your interest in the energy transition.

After some thought, the team felt other candidates lined up more closely with what they need right now, so we're not going to take things further on this one.

That said — please don't be a stranger. We're growing fast and would be very happy to hear from you again when the next engineering role goes up.

GridNova Talent`, 'Substation Mechanical Engineer'),
  rej('application', ['overqualified'], { ...fb },
    `Dear Aniket,

Many thanks for your application for the Production Supervisor position at Sahyadri Forgings.

Having gone through your profile, we feel that with fourteen years of experience, including a plant engineering head role, you would be over-qualified for a supervisor position reporting to a shift in-charge, and we do not think the role would keep you engaged. We are therefore not proceeding with your candidature.

Regards,
HR, Sahyadri Forgings`, 'Production Supervisor'),
  rej('application', ['role_closed'], {},
    `Dear Aniket,

We regret to let you know that the Senior Engineer – Hydrogen Electrolyser Integration vacancy has been withdrawn following a change in our project plans. As a result, we won't be progressing any applications, including yours.

We appreciate your patience and interest in Hydrova.

Careers, Hydrova Energy`, 'Senior Engineer - vacancy withdrawn'),
  rej('application', ['generic'], {},
    `Unfortunately we will not be moving forward with your application for Lead Engineer - Cell Assembly. Thank you for applying to Ionix Cells.`, 'Ionix Cells application'),
  rej('application', ['profile_mismatch'], {},
    `Dear Applicant,

Reference: Research Engineer (Battery Thermal Management)

The selection committee has now met and considered all applications. I am sorry to tell you that you have not been shortlisted for interview. The committee's decision was based on how closely each application addressed the person specification.

Owing to the number of applications, the committee is unable to provide feedback on individual applications.

Centre Office
Centre for Electrochemical Energy Systems`, 'Research Engineer - outcome'),
  rej('application', ['generic'], { ...door },
    `Hi Aniket,

Hope you're well. Just closing the loop: the client has decided to move ahead with other candidates for the Continuous Improvement Manager role, so they won't be taking your profile forward. I'm sorry it wasn't better news.

I'll keep an eye out for anything else that might suit.

Neha
PeopleBridge Staffing`, 'CI Manager - update'),
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hey Aniket,

Thanks again for sending your details over for the Controls Engineer posting. Tanvi passed them along.

I had a proper read of your CV. Honestly, there's plenty in there I liked — the line-balancing work at the Chakan plant especially — and I could see you'd fit in with the team personality-wise. The sticking point is that this particular job is about 70% PLC programming (we're a Siemens TIA Portal shop), and from what I can see your PLC exposure has been on the maintenance side rather than writing and commissioning logic. We just don't have the bandwidth to train that up at the moment, so I'm going to pass.

If you pick up some hands-on programming over the next year, drop me a line directly. We open roles on the mechanical side a couple of times a year too, and I'd be happy for you to throw your hat in the ring for those.

Cheers,
Ben Castellano
Engineering Manager, Ferrowatt Automation`, 'Re: Controls Engineer role'),
  rej('application', ['generic'], {},
    `Dear Aniket,

Thank you for the time you took to apply for the Asset Engineer vacancy with Meridian Power Utilities.

We received a very strong response to this advertisement. Having reviewed all applications against the selection criteria, we regret that your application has not been progressed to the next stage.

Please note that we are not able to give feedback at the application stage.

Recruitment Team
Meridian Power Utilities`, 'Asset Engineer - application outcome'),
  rej('application', ['generic'], { ...door },
    `Hi Aniket,

We're writing about your application for Senior Engineer, Wind Blade Manufacturing. Now that shortlisting is complete, we're sorry to say we won't be inviting you to interview this time.

We would, however, like to keep your details on file, and we'll get in touch if a suitable engineering role opens up in the coming months.

Talent Team, Aeolus Blades`, 'Senior Engineer, Wind Blade Manufacturing'),
  rej('application', ['profile_mismatch'], { ...offered },
    `Dear Aniket,

Thank you for your interest in the Graduate-to-Industry Fellowship.

This year we received over 900 applications for 24 places, and the review panel had to make some very difficult choices. We are sorry to tell you that your application was not among those selected. The panel looked in particular for applicants whose research plans aligned with our partner companies' projects, and other applications were closer to those.

If it would help, you can request written comments from the panel by replying to this email before 31 October. We are unfortunately unable to enter into further correspondence about the decision itself.

Fellowship Office`, 'Fellowship outcome'),
  rej('application', ['location'], { ...fb, ...door },
    `Hi Aniket,

Thanks for applying for the Plant Maintenance Lead position at our Monterrey facility. Your background is solid and the team liked your experience with servo presses.

Where we got stuck is the working arrangement: this is a fully on-site role with rotating shifts, and your application says you'd need to stay in India until at least mid-next year. The plant start-up can't wait that long, so we'll be moving ahead with local candidates.

If your plans change, or you'd like to be considered for our India engineering centre when it opens, please reach out — we'd be glad to talk again.

Regards,
Lucía Garza
Talent Acquisition, Orbis Drivetrain México`, 'Plant Maintenance Lead - Monterrey'),
  rej('application', ['generic'], {},
    `Dear Aniket Deshpande,

Your application (ID 88213) for Manufacturing Engineer (EV Components) has been reviewed.

We regret to inform you that you have not been shortlisted.

This decision is final and we are not able to respond to queries about it.

Recruiting Team`, 'Application ID 88213'),

  // ── rejections: screen
  rej('screen', ['salary'], { ...fb },
    `Hi Aniket,

Thanks again for the chat on Monday — I enjoyed hearing about the EV programme you're hoping to join.

I've spoken with the hiring manager about where we landed on compensation. Your expected CTC is well above the band approved for the Senior Process Engineer role, and there isn't room to stretch it, so we've agreed not to take things further. I'd rather tell you that now than waste your time with more interviews.

All the best,
Leela Nair
Talent, Torq Mobility`, 'Senior Process Engineer'),
  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Aniket,

Thank you for your time on the phone with me last week. I've shared my notes with the hiring team for the Plant Engineering Lead position.

After discussing them, we've concluded that we'll be pursuing candidates whose backgrounds are a closer fit to this particular role. I know that's disappointing.

I genuinely enjoyed our conversation, and I'd love to stay in touch — you'll hear from me if something more aligned comes up at one of our wind sites.

Kind regards,
Sneha Kulkarni
HR, Helion Wind India`, 'Plant Engineering Lead'),
  rej('screen', ['generic'], {},
    `Aniket,

Thanks for hopping on a call with me. The hiring committee has reviewed the shortlist, and I'm afraid you won't be advancing to interviews for the Reliability Engineer role.

Appreciate your interest in Gale Force.

Meera`, 'Reliability Engineer'),
  rej('screen', ['location'], { ...fb },
    `Dear Aniket,

Thank you for speaking with me about the Industrial Engineer opening at our Detroit assembly plant.

As we discussed, the role requires authorisation to work in the U.S. without sponsorship now or in the future. Since you confirmed on our call that you would need an H-1B, we are unable to proceed with your candidacy.

We appreciate your interest and wish you well.

Sincerely,
Dana Whitfield
Recruiter, Lakeshore Mobility`, 'Industrial Engineer - Detroit'),
  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Hello Aniket,

Thank you for the introductory call with our HR team. We enjoyed learning about your background and your motivation for moving into renewables. We had a long discussion internally, and we wanted to write to you properly rather than send a standard note.

For the Solar Tracker Design Engineer position, the team is looking for someone who can hit the ground running with structural FEA on long-span steel structures and with wind-load calculations under IS 875. In our call you mentioned that your FEA experience has been mostly on castings and brackets, and we think the gap would be too big for a role that is on the critical path of two projects.

We are not taking your application forward for this role. If you'd like to go through our reasoning in more detail, I'm happy to set up a 15-minute call.

We appreciate the time you gave us and wish you luck.

Best regards,
Rahul Iyer
Engineering Lead, Arkasol Trackers`, 'Solar Tracker Design Engineer'),
  rej('screen', ['culture_fit'], { ...fb },
    `Hi Aniket,

Thanks for chatting with us on Friday. We're a six-person team building charging hardware in a garage, and we've realised after our conversation that we need someone who's comfortable with very little structure and a lot of hands-on building. We think you'd be happier somewhere with more established processes, so we won't be moving forward.

Good luck out there,
Theo
Co-founder, Plugline`, 'Plugline'),

  // ── rejections: assessment
  rej('assessment', ['assessment'], { ...fb },
    `Dear Aniket,

Thank you for completing the online assessment for Graduate-to-Professional Engineer (Renewables).

We have now reviewed your results. Your score in the mechanical reasoning section was below the threshold we use for this programme, so we are unable to move your application forward.

Thank you for your interest in Brightwater Energy.

Early Careers Team${ghouse}`, 'Your assessment results'),
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Aniket,

Thanks for sending over the fixture design exercise — I know it took a good chunk of your weekend and we're grateful.

I've been through it with two of the senior engineers. There were good things in it: your datum scheme was clean and you thought about operator ergonomics, which many people skip. Where it fell short for us was the tolerance stack-up — the analysis assumed worst-case on every feature and came out with a clamp that wouldn't actually locate the housing repeatably, and the cost estimate left out the hardened locators entirely. For this role those two things are most of the day job, so we're not going to progress to the panel interview.

I hope that's useful. We hire for manufacturing engineering a few times a year and I'd be happy to see your name come through again.

Best,
Jonas Richter
Head of Industrialisation, Kestrel EV`, 'Fixture exercise'),
  rej('assessment', ['generic'], {},
    `Dear Candidate,

Thank you for appearing in the written examination for the post of Assistant Engineer (Mechanical), Advt. No. 07/2026.

The list of candidates shortlisted for the interview has been published on the website. We regret to inform you that your name does not appear in the list.

Deputy General Manager (HR)`, 'Result of written examination'),
  rej('assessment', ['generic'], {},
    `Dear Aniket,

Thank you for your cooperation during the background verification process.

We regret to inform you that, based on the outcome of the verification, we are unable to proceed with your candidature for the position of Deputy Manager – Powertrain Assembly.

Regards,
HR Team
Vardhan Motors Ltd.`, 'Candidature status'),

  // ── rejections: interview
  rej('interview', ['generic'], {},
    `Hi Aniket,

Thanks for taking the time to interview for the EV Charger Mechanical Design role. We've gone another way for this one.

We appreciate your patience through the process.

Rohan
Ampwise Charging`, 'EV Charger Mechanical Design'),
  rej('interview', ['skills_gap', 'position_filled'], { ...fb },
    `Dear Aniket,

Thank you for meeting Marcus and Sofie last week. It was a pleasure to get to know you.

After a lot of discussion, the role went to someone with several years of cell-to-pack assembly experience in a gigafactory setting, which ended up weighing heavily for us given the ramp-up next year.

We appreciate your interest in Fjord Battery and wish you the best.

Kind regards,
Fjord Battery Recruiting`, 'Your interview with Fjord Battery'),
  rej('interview', ['profile_mismatch', 'position_filled'], { ...offered, ...door },
    `Dear Aniket,

I hope this finds you well.

First of all, thank you for your patience over the past few weeks. I know the process for the Senior Manufacturing Engineer role took longer than either of us would have liked, and I appreciate how gracefully you handled the rescheduling.

The panel met on Thursday to review all of the candidates they interviewed. There was a lot of positive feedback about you — your preparation, the examples you brought from your stamping and welding lines, and the way you engaged with their questions. It was, genuinely, a close decision.

In the end, however, the panel decided to offer the role to another candidate whose overall profile was a better match for what the team needs at this point in the programme. I'm sorry to be writing with this news.

I know it can help to hear more detail, so if you'd find it useful I'd be happy to arrange a short call with the hiring manager to go through the panel's thoughts. Just reply to this email and I'll set it up.

I'd also like to add your profile to our talent pool for engineering roles at the Pune and Chennai sites — we expect more openings next year, and I'd be very glad to reach out to you when they come up.

Thank you again for all the time and energy you invested, and best of luck with your next steps.

Warm regards,
Elena Petrova
Talent Acquisition, Corvane Motors`, 'Senior Manufacturing Engineer - outcome'),
  rej('interview', ['generic'], {},
    `Dear Aniket,

Thank you for attending the interview for the post of Engineer – Mechanical Maintenance. The final list of selected candidates has been published on our website. We regret to inform you that you have not been selected.

Recruitment Section
Deccan Power Distribution Co.`, 'Result of interview'),
  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Hi Aniket,

Thank you for coming in to meet the team. We enjoyed the conversation a great deal.

We've decided not to offer you the role. Two things decided it: the team wants someone who has already taken a motor line through PPAP with a German OEM, and, as we discussed, the role needs to be in Stuttgart for the first year, which you told us isn't possible for family reasons.

With best wishes,
Paula Ines
Kestrel EV`, 'Your application'),
  rej('interview', ['internal_candidate'], { ...door },
    `Dear Aniket,

Thank you very much for the interview on Tuesday for the Manufacturing Excellence Lead role.

I wanted to let you know personally that we have decided to fill the position internally; a colleague from our Nashik plant who has been leading the lean programme there will be moving into the role. This was not a reflection on your interview, which went well.

I'd very much like to keep your CV on file and will reach out if another suitable opportunity arises.

Regards,
Vikram Sathe
Plant Head, Dynacore Transmissions`, 'Manufacturing Excellence Lead'),
  rej('interview', ['generic'], {},
    `Hi Aniket,

Thanks for interviewing with us. Unfortunately, we won't be progressing your application. We're sorry we can't share specific feedback on interviews.

All the best,
Olivia
Northwind Battery Systems`, 'Northwind Battery - update'),
  rej('interview', ['culture_fit'], { ...fb },
    `Hi Aniket,

Thank you for the conversations with Arvind and the team over the past two weeks.

I'll be honest with you because I think you'd want that. Everyone agreed on your technical depth. Where the team hesitated was the way you described managing your line teams — very much top-down, with decisions made by the engineer and handed to the operators. Our plant is built around operators owning their own improvements, and the team didn't feel the working styles would mesh. So we won't be offering you the position.

I know that's hard to read, and I hope it's at least useful.

Leela
Talent, Torq Mobility`, 'Process Engineer - decision'),
  rej('interview', ['generic'], { ...door },
    `Hi Aniket,

Just a note from me to say thank you for your time with Ben and the team. This one isn't going to go your way, I'm afraid — they've chosen another person.

They did ask me to say they'd like you to keep them in mind; the Pune office is expanding and there will be more roles.

Cheers,
Sam Whitaker
Apex Talent Partners`, 'Feedback from Ferrowatt'),
  rej('interview', ['position_filled'], {},
    `Dear Aniket,

Following your interview for the post of Project Engineer, Solar EPC, we wish to inform you that the vacancy has since been filled. We thank you for your time and interest in Suryoday Infra Projects.

Regards,
HR`, 'Project Engineer - Solar EPC'),
  rej('interview', ['profile_mismatch'], { ...fb },
    `Dear Aniket,

Thank you for your interest and the time you spent interviewing with us for the Electrification Programme Manager role.

We regret to advise that we will not be proceeding further with your candidature. The panel felt that the role requires a profile more strongly oriented towards programme management, and that your strengths lie more in hands-on engineering.

We must also let you know that we do not give further feedback on interviews, and that as per our policy we are unable to reconsider candidates for the same role within twelve months.

Regards,
HR, Adinath Power Systems`, 'Electrification Programme Manager'),

  // ── rejections: final
  rej('final', ['position_filled'], { ...offered },
    `Dear Aniket,

Thank you for your time at our Ranjangaon plant for the final round. It was a long day, and the whole leadership team appreciated your energy and the questions you asked on the shop floor.

We have now concluded the selection and will be extending an offer to another finalist. We know this is not the news you were hoping for.

If you would like to hear the panel's observations, please let me know and I will arrange a call with Mr. Sathe.

Regards,
Prakash Joshi
HR, Dynacore Transmissions`, 'Final round outcome'),
  rej('final', ['skills_gap', 'position_filled'], { ...fb, ...door },
    `Dear Aniket,

I'm sorry for the slightly longer wait. We wanted to take our time after the final interviews, because it was a genuinely difficult decision.

As you know, the board has now re-approved the plant expansion. We spent a lot of time comparing you with the other final candidate. Both of you would have done a good job. Where the decision came down in the end was battery safety: the other candidate had led thermal-runaway validation on a production pack, and with the new line making high-voltage packs from day one, the board wanted that experience in the room. You told us openly that your exposure to high-voltage safety was mainly through training, which we appreciated.

So we've made the offer to the other candidate, and they've accepted. I didn't want you to hear that in a two-line email.

For what it's worth, you were the person the operations team wanted to work with, and I'd like to keep in touch. When we start hiring for the second line — most likely in the autumn — I'll contact you first.

With my best wishes,
Feroz Dastur
COO, Terawatt Storage`, 'After the final round'),
  rej('final', ['generic'], {},
    `Dear Aniket,

Many thanks for coming to the assessment centre for our Graduate-to-Professional Engineer programme. We were impressed by all of the finalists this year. Unfortunately, we are not able to offer you a place on this year's programme.

We are not able to provide individual feedback due to the volume of candidates.

Early Careers Team, Brightwater Energy`, 'Assessment centre outcome'),
  rej('final', ['position_filled'], { ...door },
    `Hi Aniket,

Thanks for spending the whole day with us last Friday and for being such good company on the plant tour.

We've offered the Head of Industrialisation role to another finalist and she has signed, so the position is now filled.

Please don't let this put you off us: we'd like you to stay in our network, and I'll personally reach out when we open the next senior engineering role in India.

Warmly,
Jonas`, 'Head of Industrialisation'),
  rej('final', ['skills_gap', 'position_filled'], { ...fb, ...offered },
    `Dear Aniket,

Thank you for taking part in the final interviews for the Senior Process Engineer role at Greenlake Energy, and for arranging your referees so quickly.

We have thought carefully about every finalist. Your referees spoke very highly of you and the panel enjoyed your presentation. However, we have decided to offer the role to another candidate.

One thing we want to be transparent about: the other finalist has already taken an electrolyser stack line from pilot to rated yield, and that is the core of the first year in this role, whereas your own scale-up experience has been on mature automotive lines. That was the main reason for the panel's choice. Your references played no part in the outcome.

Should you wish to discuss any of this, I'd be happy to speak with you by phone — please just suggest a time.

Kind regards,
Fiona Matthews
HR Advisor, Greenlake Energy`, 'Senior Process Engineer - outcome'),

  // ── rejections: unusual words and long polite letters
  rej('interview', ['generic'], {},
    `Hi Aniket,

I'm afraid we'll be closing your file for the Quality Lead position. Thanks for the time you spent with the team.

Divya
Ashoka Electric Vehicles`, 'Quality Lead'),
  rej('application', ['profile_mismatch'], { ...door },
    `Dear Aniket,

Greetings from Pratham EV Components!

Thank you for attending our walk-in drive and for your patience on a very busy day. We were happy to see so many experienced engineers from across Pune.

After reviewing all profiles against our current openings, we find that your profile does not match the requirements of the positions we are presently hiring for. Your resume has been added to our database and we will contact you should a suitable opening arise in future.

Team HR
Pratham EV Components`, 'Walk-in drive - status'),
  rej('interview', ['generic'], { ...door },
    `Hola Aniket,

Thank you very much for your time in the interviews with our team in Monterrey, it was a pleasure to know you.

We want to inform you that we have taken the decision to continue with other profile for this vacancy. Was not an easy decision, because your experience is very interesting for us.

We will keep your CV in our database for future opportunities in the plant, and we hope to be in contact soon.

Saludos cordiales,
Mariana Treviño
Recursos Humanos, Electromotriz del Norte`, 'Proceso de selección - Ingeniero de Manufactura'),
  rej('screen', ['profile_mismatch'], { ...fb },
    `Hi Aniket,

Following up on our call. The client has reviewed your CV against the brief and feels your experience is a bit too rooted in conventional automotive for a team that's building its first battery plant from scratch, so they've decided not to proceed. Sorry it's not better news.

Karan`, 'Update from the client'),
  rej('application', ['generic'], {},
    `Dear Aniket,

Thank you for expressing interest in joining Volantis. We appreciate your patience as we reviewed your application for Manufacturing Engineering Specialist.

We wanted to let you know that we won't be scheduling an interview for this role. We received many applications and had to make difficult choices.

Volantis Careers`, 'Manufacturing Engineering Specialist'),
  rej('interview', ['skills_gap'], { ...fb, ...offered, ...door },
    `Dear Aniket,

Thank you for the time you gave us over the last month — the screening call with Tanvi, the technical discussion with our engineering team, and the panel interview in our Bengaluru office. I know that is a lot to ask of a candidate who is still working full time, and we do not take it lightly.

I also want to thank you for the honesty of your answers. Several panel members said afterwards that it was one of the most open conversations they had had in the process, and that your enthusiasm for the move from internal-combustion powertrain to electric drives came through clearly.

We have now completed the interviews for the Senior Manufacturing Engineer – E-Motor Lines role. After careful consideration, I am sorry to say that we will not be offering you the position. The main gap the panel identified was hands-on experience with hairpin stator winding and impregnation processes; our line goes into production in four months and the person in this role will be commissioning that equipment from the first week. Your experience of machining and assembly is strong, but the panel felt the learning curve on winding would be too steep for the timeline.

I realise a written summary can only say so much. If you would like to talk it through, I would be glad to set up a call with the hiring manager, who has offered to share his notes with you directly.

Finally, we expect to hire several manufacturing engineers for our second plant in about a year, where the timelines will allow more time for learning on the job. I would encourage you to apply when those roles are published, and I will make sure your application is looked at by the same team.

Thank you once again for your interest in Ferrowatt, and I wish you every success.

Yours sincerely,
Tanvi Ghosh
Talent Acquisition Lead, Ferrowatt Automation`, 'Senior Manufacturing Engineer – E-Motor Lines'),
  rej('application', ['generic'], {},
    `Hi Aniket,

Thank you for your patience. We've now reviewed all applications for the Battery Recycling Process Engineer role and regret that yours was not selected to proceed. We appreciate your interest in Circulion.

Please do not reply to this email.`, 'Battery Recycling Process Engineer'),
  rej('interview', ['role_closed'], {},
    `Dear Aniket,

Thank you for your interviews for the Wind Service Technician Lead role. I'm sorry to tell you that following a review of our operations in the region, the position will not be filled, and we have closed the recruitment. This means we won't be able to take your application any further.

We appreciate your understanding.

Regards,
Meera
Gale Force Renewables`, 'Reliability roles - update'),
  rej('application', ['generic'], {},
    `Dear Aniket,

Thank you for your application. We regret to inform you that after careful consideration we have decided to pursue other candidates for this position. We appreciate your interest in our company.

Kind regards,
Recruitment
[COMPANY_NAME]`, 'Re: Your application for [JOB_TITLE]'),
  rej('interview', ['skills_gap'], { ...fb },
    `Hey Aniket - thanks for the chat with Theo and me. We loved hearing about your press lines, but we've decided someone with more prototype and low-volume experience makes more sense for where we are. We won't be moving forward. Best of luck!

Ruth, Plugline`, 'Plugline - follow up'),
  rej('final', ['generic'], { ...door },
    `Dear Aniket,

Thank you for participating in the final round for the position of Manager – Cell Quality. The selection committee has completed its deliberations.

We are sorry to inform you that you were not selected for the role. Please understand that the final decision came down to very fine margins among the shortlisted candidates.

We encourage you to apply for other positions with Ionix Cells in the future.

Best regards,
Recruiting, Ionix Cells`, 'Manager - Cell Quality'),
];
