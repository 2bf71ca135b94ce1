/**
 * Development messages of the forty-first round, never sealed: one job seeker's inbox over four months, in date order
 * from August to November. A registered nurse in Toronto (nine years: medical-surgical and then cardiac ICU at a
 * downtown teaching hospital, the last three as charge nurse, plus a stint as super-user for an electronic health record
 * roll-out) moves towards healthcare administration and health technology: patient-flow and quality roles, clinical
 * informatics, clinical implementation and customer success at health-tech start-ups, care coordination at insurers,
 * practice management at clinics, programme roles at a provincial health agency and a university. She applies to about
 * fifty-five employers: hospitals, community clinics, insurers, virtual-care and EHR start-ups, pharmacy chains, nurse
 * staffing agencies, long-term care operators and a university. Mail arrives from Workday, Taleo, iCIMS, SuccessFactors,
 * Greenhouse, Lever, Ashby, BambooHR and public-sector job portals, with French-language footers, AODA accommodation
 * notes and "we thank all applicants, only those selected will be contacted" lines. About half are look-alikes that
 * decline nothing: acknowledgements, "we regret the delay" updates for processes still moving, status-changed portal
 * notices, screen, interview, assessment and reference-check invitations, reschedules because an interviewer is unwell,
 * a College of Nurses registration check, an offer and onboarding, a withdrawal she asked for, job alerts, newsletters,
 * a survey, a password reset and a webinar. Six processes are paused (a hiring freeze, funding not yet confirmed, a
 * re-organisation, a decision delayed by several weeks). The rest are rejections at every stage, from portal auto-mails
 * to long personal letters. Conventions held throughout: nursing registration in another jurisdiction (British
 * Columbia, Ireland), US work authorisation, relocation and on-site presence are `location`, as conditions of being
 * eligible to take the seat; professional French, a certification (Epic build, PMP, formal quality-improvement
 * training), a degree (MHA) or years in a kind of role (implementation, case management, governance, operations) are
 * `skills_gap`; a message that states the candidate's own situation behind the reason ("you are based in Toronto",
 * "your application did not show SQL") carries `feedback`. For development only: the rules may be checked against it
 * and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d41-');

export const HANDWRITTEN_DEV_41: readonly CorpusLine[] = [
  // ── August: the first applications go out
  other(`Hi Renata,

Thanks for applying to Clinical Implementation Specialist at Tendril Health! We've got your application and our team will take a look over the next week or two.

We know job hunting can feel like shouting into the void, so here's what happens next: if there's a match, Amira from our People team will email you to book a 25-minute intro call. If not, we'll still let you know either way.

Talk soon,
Tendril Health · Toronto, ON

Sent via Ashby`, 'Thanks for applying to Tendril Health'),

  other(`Dear Renata Kowalczyk,

Thank you for your interest in employment opportunities at St. Brigid's Regional Health Centre. This email confirms that we have received your application for the following posting:

Posting #: 2026-0714-ADM
Title: Patient Flow Coordinator (Temporary Full-Time, 12 months)
Department: Patient Flow & Bed Management

Unfortunately, due to the high volume of applications we receive, we are unable to respond to each applicant individually. Only those candidates selected for an interview will be contacted.

St. Brigid's is committed to providing accommodation in accordance with the Accessibility for Ontarians with Disabilities Act (AODA). If you require accommodation at any stage of the recruitment process, please contact Human Resources.

Human Resources
St. Brigid's Regional Health Centre

Ce message a été généré automatiquement. Merci de ne pas y répondre.`, 'Application Received - Patient Flow Coordinator (2026-0714-ADM)'),

  rej('application', ['generic'], {},
    `Hello Renata,

Thank you for your application to the Care Navigator (Bilingual Preferred) role.

After careful review, we have decided to move forward with other candidates at this time.

We appreciate your interest in Lakeview Benefits Mutual.

Talent Acquisition
Lakeview Benefits Mutual

This message was sent from an unmonitored mailbox.`, 'Your application to Lakeview Benefits Mutual'),

  other(`Renata, 9 new jobs match "healthcare administration" near Toronto, ON

Clinical Operations Coordinator – Northpoint Family Health Team – North York – $68,000–$76,000
Quality & Patient Safety Specialist – Humberlake General – Etobicoke – Posted 2 days ago
Nurse Informaticist (EPIC) – Vantage Hospital Partners – Toronto – Hybrid
Practice Manager – Bloorview Dermatology Associates – Toronto – Full-time
Clinical Success Manager – Medlink Virtual – Remote (Canada)

Not the right fit? Update your job preferences so we can send you better matches.

See all 9 jobs →

You're receiving this email because you set up a job alert. Unsubscribe · Privacy
Workhive Canada Inc., 200 King St W, Toronto`, 'Renata, 9 new jobs for you'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Renata,

Thank you for taking the time to apply for the Clinical Informatics Analyst position with Northgate Health Network, and for the thoughtful cover letter about your EHR super-user work during the go-live on 6 West. It was clear you know how a roll-out feels from the floor.

We've now completed the review of applications. For this particular posting, the hiring team is looking for someone who has already held a formal informatics or analyst role, with hands-on build experience in Epic (ClinDoc or OpTime certification in particular), because the person will be configuring workflows on day one with very little ramp-up. Your super-user experience is valuable, but it isn't quite the same as certified build experience, and so we won't be progressing your application for this role.

Please do keep an eye on our careers page. We regularly post Clinical Informatics Educator and Application Support roles where front-line nursing experience is exactly what we need, and I'd be glad to see your name come through again.

All the best,
Karin Lindqvist
Talent Acquisition Partner, Clinical & Digital
Northgate Health Network`, 'Clinical Informatics Analyst – Northgate Health Network'),

  other(`Hi Renata,

I hope you don't mind me reaching out directly. I'm a recruiter with CareBridge Staffing and I noticed on your profile that you have cardiac ICU and charge nurse experience. I'm currently working with two clients who need exactly that.

1) Clinical Nurse Educator, Critical Care – Mississauga hospital client – permanent, days
2) Nurse Manager, Float Pool – private surgical centre, Markham – $105K–$118K

I know from your headline that you're exploring a move into administration and health-tech, so no pressure if these are not what you're after. Both are a step in that direction though, and the educator role in particular has a lot of committee and quality work.

Would you have 15 minutes on Thursday or Friday for a quick chat?

Cheers,
Jordan Achterberg
Senior Recruiter, Healthcare
CareBridge Staffing Solutions | Toronto · Ottawa · Halifax`, 'Critical care leadership roles - quick chat?'),

  rej('application', ['profile_mismatch'], {},
    `Dear Renata,

Thank you for your application for the position of Health Services Administrator with Ontario Home & Community Care (Central Region).

We have reviewed all applications received against the posted qualifications. We regret to inform you that your application was not among those selected to proceed to the next stage of the competition.

Please note that this email address is not monitored. We thank you for your interest in a career with the Ontario Public Service.

Competition ID: HCC-2026-1188
Ontario Public Service Careers`, 'Competition HCC-2026-1188 – Result'),

  other(`Hello Renata,

We're writing to let you know that the status of your application has changed.

Job: Manager, Clinical Programs (Req 31554)
Company: Fairhaven Senior Living

To view your application status, please log in to your candidate profile.

Log in to view status

Regards,
Fairhaven Senior Living Careers

Please do not reply to this email. This mailbox is not monitored.`, 'Your application status has changed'),

  rej('application', ['generic'], { ...door },
    `Hi Renata,

Thank you for your application to Medlink Virtual for the role of Clinical Success Manager.

Unfortunately, we receive a large number of applications and are unable to move forward with every candidate. We won't be moving forward with your application at this time.

We'd love for you to stay in touch — join our Talent Community to hear about new roles as they open, or apply again in future.

Warmly,
The Medlink Virtual Talent Team`, 'Medlink Virtual: update on your application'),

  other(`Hi Renata,

Thanks again for applying to Tendril Health. I'm Amira, I look after hiring for our clinical team.

I'd love to set up a short call to learn more about you and tell you a bit about the Clinical Implementation Specialist role. It's a casual 25 minutes, no preparation needed.

Please pick a time that suits you here: cal.tendrilhealth.example/amira/intro

If none of these slots work (I know shift schedules can be unpredictable!), just reply with a couple of options.

Amira Haddad
People & Talent, Tendril Health`, 'Intro call – Clinical Implementation Specialist'),

  rej('application', ['location'], { ...fb },
    `Dear Renata,

Thank you for applying for the Patient Experience Lead role at Rivergate Health, Vancouver.

Having reviewed your application, we noticed that you are currently based in Toronto. As this position requires someone on site at our Vancouver campus from the first week and does not come with a relocation package, we won't be able to consider your application further.

Thank you for your understanding, and we wish you well.

Human Resources
Rivergate Health Society`, 'Patient Experience Lead – Rivergate Health'),

  other(`Dear Renata,

Thank you for your application for Quality & Patient Safety Specialist at Humberlake General Hospital.

We regret the delay in getting back to you. Our review of applications took longer than anticipated due to the summer vacation schedule. We are happy to let you know that your application has been shortlisted, and we would like to invite you to a telephone screening with a member of our Human Resources team.

Please reply with your availability for the week of August 24th. The call will last about 20 minutes.

Kind regards,
Priya Venkataraman
HR Advisor, Recruitment
Humberlake General Hospital`, 'Humberlake General – Telephone Screening Invitation'),

  rej('application', ['generic'], {},
    `Renata,

Thanks for your interest in Halcyon Dental Group. The Regional Operations Coordinator position has been reviewed and we will not be proceeding with your application.

Halcyon Dental Group HR`, 'Regional Operations Coordinator'),

  other(`Hello,

This is to confirm that your password for the Unity Health Partners Careers portal has been reset.

If you did not request this change, please contact careers-support@unityhp.example immediately.

For your security, this link expires in 30 minutes.

Do not reply to this automated message.`, 'Password reset confirmation'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Renata,

Thanks so much for chatting with me last week. I really enjoyed hearing about how you reorganised the charge nurse handover sheet on your unit — it's the kind of practical thinking we look for.

I've shared my notes with the hiring manager, and unfortunately we're not going to move forward to the next stage. The main reason is that this implementation role sits closer to project management than we signalled in the posting: the person will be running timelines for three clinic go-lives at once, managing vendor contacts, and reporting weekly to our clinic partners. The team felt they needed someone who's already run an implementation project end-to-end, and that's not something you've had the chance to do yet.

I know that's a disappointing answer after a good call. Thanks again for your time and your interest in Tendril.

Amira

Amira Haddad
People & Talent, Tendril Health`, 'Tendril Health – Clinical Implementation Specialist'),

  other(`Hi Renata,

A reminder that your telephone screening with Humberlake General Hospital is scheduled for:

Tuesday, August 25 · 10:30 AM – 10:50 AM (Eastern Time)
Caller: Priya Venkataraman, HR Advisor
We will call you at the number on your application: (416) ***-**41

If you need to reschedule, please reply to this email at least 24 hours in advance.

Humberlake General Hospital – Recruitment`, 'Reminder: Telephone screening tomorrow at 10:30 AM'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant,

Thank you for your interest in the Manager, Quality Improvement position at Westmount Long-Term Care.

The successful candidate for this position will require a Master's degree in Health Administration or a related field, as well as a minimum of five (5) years of progressive leadership experience in a long-term care setting. As your application does not demonstrate these qualifications, we will not be considering it further.

We appreciate your interest in Westmount Long-Term Care.

Human Resources Department
Westmount Long-Term Care Inc.`, 'Manager, Quality Improvement – Westmount LTC'),

  other(`Hey Renata,

Your application for Nurse Informaticist (EPIC) at Vantage Hospital Partners was viewed by the hiring team.

Applicants who message the hiring team within 48 hours of a view are 3x more likely to hear back. Want to send a note?

Send a message

Similar jobs you might like:
• Clinical Applications Analyst – Mackenzie Ridge Health – Richmond Hill
• EHR Trainer (Contract) – Lakeshore Clinical Network – Remote

Workhive Canada Inc.`, 'Your application was viewed'),

  rej('application', ['position_filled'], { ...door },
    `Dear Ms. Kowalczyk,

Thank you for your interest in the Practice Manager position at Bloorview Dermatology Associates.

We wanted to let you know that the position has now been filled. We received a great many applications from qualified people, and it was a difficult decision.

We will keep your résumé on file for six months in case another administrative opening comes up at one of our three clinics.

With best wishes,
Dr. Helena Osei
Managing Partner
Bloorview Dermatology Associates`, 'Practice Manager position'),

  // ── Late August and September: screens, first interviews, more applications
  rej('application', ['generic'], {},
    `Hello Renata Kowalczyk,

Thank you for applying to the position Pharmacy Operations Specialist (R-55021) at Maplecross Pharmacy Group.

We have carefully reviewed your qualifications and have decided not to move forward with your candidacy at this time.

Because of the volume of applications we receive, we are unable to provide individual feedback.

Sincerely,
Maplecross Pharmacy Group Talent Acquisition

This is a Workday-generated notification. Please do not reply.`, 'Regarding your application to Maplecross Pharmacy Group'),

  other(`Dear Renata,

Thank you for taking the time to speak with me on Tuesday. I'm pleased to let you know that the hiring manager would like to meet with you for a panel interview for the Quality & Patient Safety Specialist position.

Date: Thursday, September 3
Time: 1:00 PM – 2:00 PM
Location: Humberlake General Hospital, Administration Building, 4th floor, Boardroom B (please check in at the main reception)
Panel: Director of Quality, Risk & Patient Safety; Patient Safety Manager; a front-line nurse representative

Please bring a copy of your résumé and be prepared to discuss a quality improvement initiative you have been involved in. Parking validation is available at reception.

Kindly confirm your attendance by replying to this email.

Regards,
Priya Venkataraman
HR Advisor, Recruitment
Humberlake General Hospital`, 'Interview Invitation – Quality & Patient Safety Specialist'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Hi Renata,

thank you for your application to Santé Connect for the Coordinatrice / Coordinator, Virtual Care role.

We read your profile with interest. Unfortunately this role need full professional French because more than half of our patients are francophone and the coordinator do phone triage with them every day. Also the position is based in our Gatineau office, and you indicated you prefer to stay in Toronto. For these two reasons we will not continue with your application.

Merci encore and good luck in your search.

Élodie Gagnon
Ressources humaines | Santé Connect inc.`, 'Votre candidature / Your application – Santé Connect'),

  other(`Hi Renata,

Thank you for registering for "From Bedside to Boardroom: Nurses in Health Leadership" — a free live webinar hosted by the Ontario Health Leaders Forum.

When: Wednesday, September 9, 7:00 PM – 8:15 PM ET
Where: Online (Zoom link below)
Speakers: Three nurse executives on making the jump into operations, quality and digital health

Join link: https://zoom.example/j/8820014411
Passcode: bedside

Unfortunately we can't offer a recording this time, so we hope to see you live! Questions for the panel can be submitted in advance by replying to this email.

Ontario Health Leaders Forum`, 'You are registered: From Bedside to Boardroom'),

  hold('application', ['role_closed'], {},
    `Dear Renata,

Thank you for your application for the position of Clinical Program Coordinator, Chronic Disease Management (posting CDM-26-09).

We are writing to inform you that this competition has been placed on hold. The program's funding for the coming fiscal year has not yet been confirmed by the Ministry, and we are unable to proceed with interviews until it is.

Your application remains active in our system and will be reviewed should the competition resume. We expect to have further information in approximately six to eight weeks and will contact all applicants at that time.

We apologize for the inconvenience and thank you for your patience.

Human Resources
Eastborough Community Health Centre`, 'Competition CDM-26-09 – On Hold'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Renata,

Thanks for applying to be a Customer Success Manager at Pulsecare. We really appreciate you taking the time.

We had a lot of strong applicants for this position, and after careful consideration we've decided to move forward with candidates whose experience more closely matches what we're looking for right now.

This doesn't have to be the end of the road! We're growing fast and we'd love for you to check back on our careers page in a few months. We'll also keep your info in our system and reach out if something comes up that seems like a better fit.

Best,
Pulsecare Recruiting

Powered by Greenhouse`, 'Pulsecare - Your Application'),

  other(`Hi Renata,

I'm very sorry for the late notice — unfortunately one of our panel members, the Patient Safety Manager, is unwell and won't be in the office this week. Rather than interview you with an incomplete panel, we would like to move your interview to next week.

Would either of these times work for you?
• Tuesday, September 8 at 10:00 AM
• Wednesday, September 9 at 2:30 PM

Location and format remain the same. Again, apologies for the inconvenience, and thank you for your flexibility.

Priya

Priya Venkataraman
HR Advisor, Recruitment
Humberlake General Hospital`, 'RE: Interview Invitation – Quality & Patient Safety Specialist (reschedule)'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Renata,

Thank you for the call on Friday, it was great getting to know you.

I took your salary expectations back to the hiring manager as promised. Unfortunately the budget for the Clinical Operations Coordinator role is capped at $76,000, and from what you shared, your current RN salary plus the shift premiums puts your minimum quite a bit above that. We don't think it would be fair to ask you to take that kind of cut, so we're going to stop the process here rather than waste your time.

If your expectations change, or if a more senior opening comes up on our side (our Operations Manager may retire next year), I'd be happy to reconnect.

Thanks again,
Lucas Ferreira
HR Generalist
Northpoint Family Health Team`, 'Northpoint FHT – Clinical Operations Coordinator'),

  other(`Dear Renata,

This email is to confirm your panel interview with Humberlake General Hospital:

Quality & Patient Safety Specialist
Tuesday, September 8, 10:00 AM – 11:00 AM
Administration Building, 4th floor, Boardroom B

We look forward to meeting you.

HR Recruitment
Humberlake General Hospital

BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Humberlake//Scheduling//EN
BEGIN:VEVENT
SUMMARY:Panel Interview – Quality & Patient Safety Specialist
DTSTART:20260908T140000Z
DTEND:20260908T150000Z
LOCATION:Admin Bldg 4F Boardroom B
END:VEVENT
END:VCALENDAR`, 'Invitation: Panel Interview – Quality & Patient Safety Specialist @ Tue Sep 8 10am'),

  rej('application', ['generic'], {},
    `Dear {{candidate.first_name}},

Thank you for your interest in the Healthcare Administrator opportunity with Evergreen Medical Centres.

We regret to inform you that we will not be proceeding with your application. The competition for this role was very strong.

We wish you every success in your career.

Regards,
{{recruiter.name}}
Evergreen Medical Centres`, 'Your Evergreen Medical Centres application'),

  other(`Hi Renata,

Thanks for applying to Axon Health's Clinical Product Specialist role. Before we schedule interviews, we ask all candidates to complete a short written exercise.

The exercise: we'll send you a mock-up of a medication reconciliation screen from our nurse-facing app. Please write up to two pages on what a nurse would struggle with, what you'd change first, and how you'd test it with clinicians.

You'll have 5 days from when you open the link. We expect it to take 2–3 hours; please don't spend more than that.

Start the exercise: https://axonhealth.example/exercise/cps-1193

Questions? Reply to this email.

Naomi Brandt
Recruiting Lead, Axon Health`, 'Axon Health – Written exercise for Clinical Product Specialist'),

  rej('application', ['generic'], { ...door },
    `We thank all applicants for their interest in the Patient Access Supervisor position. Please be advised that this posting has now closed and that the interview process is under way. Applicants selected for an interview have been contacted.

Your profile will remain in our database for consideration for future opportunities.

Mount Alder Hospital – Human Resources`, 'Patient Access Supervisor – Posting Closed'),

  other(`Dear Renata,

Thank you for your interest in the Nurse Consultant, Health Benefits role at Dominion Shield Insurance.

You have been invited to complete an online assessment as the next step in our process. The assessment measures work style and situational judgement and takes approximately 35 minutes.

Please complete it by September 14 at 11:59 PM ET.

Begin assessment

If you require an accommodation to complete the assessment, please contact us before starting.

Dominion Shield Talent Acquisition

Please do not reply directly to this message.`, 'Next step: Online assessment – Nurse Consultant, Health Benefits'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Renata,

Thank you for coming in to meet with our panel for the Quality & Patient Safety Specialist position last Tuesday. The panel appreciated your preparation and the example you shared about the falls-reduction huddle on your unit.

After a great deal of discussion, the panel has made its decision, and it wasn't you this time. The candidate we selected came to us with a closer match to the breadth of this role across all our clinical programs.

I know that's not much to go on. If it would be helpful, I'm happy to set up a short call with the Director of Quality so you can hear the panel's comments directly — just reply and I'll arrange it.

Thank you again for your interest in Humberlake General Hospital.

Kind regards,
Priya Venkataraman
HR Advisor, Recruitment
Humberlake General Hospital`, 'Quality & Patient Safety Specialist – Outcome'),

  other(`Renata,

Thank you for taking the assessment! Your responses have been submitted to Dominion Shield Insurance.

What happens next? The recruiting team will review your results along with your application. You can check the status of your application at any time in the candidate portal.

This email was sent by the assessment platform on behalf of Dominion Shield Insurance.`, 'Assessment completed'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Renata,

Thanks for your interest in the Health Data Analyst role on our Population Health team.

The role requires strong SQL and experience with either Python or R for analysis, and unfortunately your application didn't show experience with those. We've decided to move ahead with other applicants.

Thanks again and best of luck,
Kestrel Analytics Health`, 'Kestrel Analytics Health – Health Data Analyst'),

  // ── Late September and October
  other(`Hi Renata,

Thanks for sending the exercise back — it's landed safely and it's with the product team now.

Just to set expectations: several of our reviewers are at a conference this week, so it may take us until the end of next week to come back to you. We regret the delay; nothing's wrong, it's just a busy stretch.

Naomi
Axon Health`, 'Re: Axon Health – Written exercise for Clinical Product Specialist'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Renata,

Thank you for the effort you put into the written exercise. I want to give you a real answer rather than a form letter, because you clearly spent time on it.

The reviewers liked a lot of it. Your read of where a nurse would get stuck on the medication reconciliation screen was sharp — nobody else flagged the problem with the "held" status being indistinguishable from "discontinued", and that's a genuine bug we've since logged. Where it fell short for us was the second half. We asked how you'd test your changes with clinicians, and the answer stayed quite general ("ask nurses for feedback", "run a survey") without a concrete plan: who you'd recruit, what you'd measure, how you'd decide whether a change worked. For this role that part is about half the job, so we've decided not to move you on to the interview stage.

For what it's worth, I'd suggest having a look at lightweight usability testing methods — there's a lot of free material out there — because your clinical instincts are the harder part to learn. We hire for this kind of role about twice a year and I'd be glad to see you apply again once you've had some exposure to it.

Best,
Naomi Brandt
Recruiting Lead, Axon Health`, 'Axon Health – Clinical Product Specialist'),

  other(`Hello Renata,

In our last newsletter we asked what kind of roles you'd like to hear about. Here's what our Talent Community members asked for most — and what we're hiring for this month.

IN THIS ISSUE
• Meet our Nurse Navigators: a day in the life at Cedarline Health Insurance
• Not the right fit for your last application? Here are other roles that might be: Utilization Review Nurse (Remote, ON), Case Management Specialist (Toronto), Clinical Claims Advisor (Mississauga)
• Benefits spotlight: our tuition support for a Master's degree in health administration

Update your preferences · Leave the Talent Community

Cedarline Health Insurance Company · Toronto, Ontario`, 'Cedarline Talent Community – October roles for you'),

  rej('assessment', ['profile_mismatch'], {},
    `Dear Renata Kowalczyk,

Thank you for your interest in Dominion Shield Insurance and for taking the time to complete our online assessment for the Nurse Consultant, Health Benefits position.

After careful review of all candidates, we have decided to pursue other applicants whose overall profile aligns with the current needs of the role. Please note that, in keeping with our policy, we are unable to share individual assessment results.

We appreciate your interest and wish you success.

Dominion Shield Talent Acquisition`, 'Your application with Dominion Shield'),

  other(`Hi Renata,

Congratulations on your application being moved forward! We'd like to invite you to a video interview for the Clinical Operations Specialist role at Caldera Health.

Format: 45 minutes on Google Meet with Sunita (Director, Clinical Operations) and Marco (Implementation Lead)
What we'll talk about: your ICU and charge nurse experience, how you handle competing priorities, and a short scenario about onboarding a new clinic partner

Book a slot: https://caldera.example/schedule/cos-interview

Looking forward to it,
Rhea Samuels
Talent Partner, Caldera Health`, 'Interview – Clinical Operations Specialist at Caldera Health'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Renata,

Thank you for applying for our Medical Office Assistant position at the Danforth Village clinic.

Honestly, we were a little surprised to see your application! With nine years as an RN, including charge nurse experience in a cardiac ICU, you're far more experienced than this front-desk role calls for, and we worry it wouldn't hold your interest for long. It's an entry-level position focused on scheduling and billing.

If we ever open a clinic manager or nurse lead position, we'd genuinely love to hear from you.

Kind regards,
Tomasz Wieczorek
Office Manager
Danforth Village Medical`, 'Medical Office Assistant'),

  hold('interview', ['role_closed'], {},
    `Hi Renata,

I wanted to give you an honest update since you've been patient with us.

After your interview with Jasmine and Ola two weeks ago, we were getting ready to set up the final round. Last Friday the company announced a hiring freeze across all departments while we finalize our Series B. I don't have a firm date, but leadership expects it to last at least until the end of November.

To be clear, you're still very much in the running — this isn't a "no". We just can't make any offers until the freeze lifts. I'll be in touch as soon as I know more, and I completely understand if you keep interviewing elsewhere in the meantime.

Thanks for understanding,
Ben Okonjo
Recruiter, Wellspring Digital Health`, 'Update: Care Coordination Lead'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for your interest in the Patient Services Manager position with Unity Health Partners. We regret to inform you that you have not been selected for further consideration. We wish you success in your job search.

Unity Health Partners
Talent Acquisition

*** This is an automatically generated email, please do not reply ***`, 'Unity Health Partners – Application Status'),

  other(`Hi Renata,

We are looking forward to your interview tomorrow!

Clinical Operations Specialist – Caldera Health
Wednesday, October 7, 11:00 AM – 11:45 AM ET
Google Meet: meet.example/kqz-rtpa-mmw

A few tips: test your camera and microphone beforehand, and feel free to have notes in front of you. We're not trying to trip anyone up.

Rhea`, 'Reminder: interview tomorrow with Caldera Health'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hi Renata,

Thanks for hopping on a call with me on Monday.

After talking it over with the founders, we've decided not to move forward. We're a team of six and everyone wears lots of hats, often late into the evening and on weekends around launches. From our conversation, it sounded like you're looking for more structure and predictable hours after years of shift work — which is completely fair! — but it's not what we can offer right now, and we think it wouldn't be a good match for how we work.

Wishing you the best,
Kai Lindgren
Co-founder & COO, Bedside Labs`, 'Bedside Labs'),

  other(`Dear Renata,

As part of the hiring process for the position of Clinical Operations Specialist, Caldera Health is required to verify the professional registration of candidates with a clinical background.

Please reply with:
1. Your College of Nurses of Ontario (CNO) registration number
2. Your current registration class (General / Extended / Non-practising)
3. Consent for us to confirm your status on the public register (a signed copy of the attached form is fine)

This is a routine step for all candidates at this stage and does not indicate any concern. Please let us know if you have any questions.

Kind regards,
Rhea Samuels
Talent Partner, Caldera Health`, 'Caldera Health – Registration verification request'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Renata,

Thank you for interviewing with us for the Nurse Informaticist (EPIC) role — the team enjoyed meeting you.

After discussing all the candidates, we've decided not to move forward with your application. The deciding factor was the technical depth: in the scenario question about a broken order set, the team was looking for someone who could walk through how they'd trace the problem in the build itself, and your answer focused more on the clinical workaround. That's the right instinct on a unit, but in this role you'd be the one fixing the build.

If you'd like more detail, I'm happy to have a quick call — just let me know a time that works.

Best regards,
Hanna Ruokonen
Senior Recruiter
Vantage Hospital Partners`, 'Vantage Hospital Partners – Nurse Informaticist (EPIC)'),

  other(`Hi Renata,

Thanks for applying to Cedarline Health Insurance. We're working hard to improve how we treat candidates. Could you spare two minutes to tell us about your experience applying with us?

Whatever the outcome of your application, your answers are anonymous and won't affect it in any way.

Take the survey (5 questions)

Thank you!
Cedarline Candidate Experience Team`, 'How was your application experience?'),

  rej('application', ['internal_candidate'], {},
    `Dear Renata,

Thank you for applying for the Coordinator, Professional Practice (Nursing) role at Trillium Grove Hospital.

I wanted to let you know that we have filled this position with an internal candidate from our nursing staff. Under our collective agreement, qualified internal applicants are considered before external applicants, and in this case an internal candidate met all of the posted requirements.

Thank you again for your interest.

Sincerely,
Human Resources
Trillium Grove Hospital`, 'Coordinator, Professional Practice (Nursing) – Trillium Grove Hospital'),

  other(`Dear Renata,

I'm reaching out on behalf of the Department of Health Policy at Lakeshore University. We're recruiting a Research Program Coordinator for a three-year project on nursing workforce retention, and a colleague who attended the "Bedside to Boardroom" webinar mentioned your question about moving into quality work.

This would be a one-year renewable contract, hybrid, with a salary band of $72,000–$84,000. It involves coordinating focus groups with front-line nurses across six hospitals, managing ethics approvals and supporting the research team with data collection.

If this interests you, I'd be happy to share the full description and tell you more. No application needed yet — just a conversation.

Best wishes,
Dr. Amrita Basu
Associate Professor, Health Policy
Lakeshore University`, 'Research Program Coordinator – nursing workforce project'),

  rej('application', ['role_closed'], {},
    `Hello Renata,

We're reaching out to let you know that the Clinical Excellence Manager position you applied for at Orchard Care Homes has been cancelled. Following an internal restructuring, the responsibilities of this role are being distributed across existing regional leadership positions, and the posting will not be filled.

As a result, we will not be proceeding with any applications for this role. We apologise for any inconvenience.

Orchard Care Homes | People & Culture`, 'Clinical Excellence Manager – posting cancelled'),

  rej('application', ['generic'], { ...door },
    `Hi Renata,

Many thanks for your application for the Clinical Safety Officer role at Brightwater Digital Health. We're a Dublin-based team but hire across Canada and the UK, so it's lovely to hear from someone in Toronto.

We've had a terrific response to this role, and I'm afraid on this occasion we've decided not to progress your application. We've had to make some very tough calls.

Please don't let this put you off — we'd be delighted if you kept an eye on our careers page, and you're more than welcome to apply for future roles with us.

Kind regards,
Siobhán Ní Bhriain
Talent Acquisition Coordinator
Brightwater Digital Health, Dublin 2`, 'Your application to Brightwater Digital Health'),

  other(`Hi Renata,

Thanks so much for your time today — Sunita and Marco both really enjoyed the conversation.

We'd like to invite you to the final stage, which is a 90-minute session with our VP Operations and two of our clinic partners' practice leads. It includes a 20-minute case presentation: you'll get the case 48 hours in advance. It's about planning the onboarding of a six-physician family practice onto our platform.

I'll send the case and the calendar invite separately. Let me know if the week of October 19 works.

Rhea`, 'Caldera Health – final interview'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Dear Renata,

Thank you for speaking with me last week about the Nurse Case Manager role on our disability claims team.

I'm writing to let you know that we have decided not to proceed with your application. As we discussed on the call, this role leans heavily on return-to-work planning for mental health and musculoskeletal claims, and it asks for at least two years of case management or occupational health experience. Your acute care background is strong, but the team felt the gap in community and occupational health would be too steep for a role with a full caseload from month one.

We do post a Clinical Claims Advisor role from time to time that is designed for nurses coming from hospital settings, with a six-month training program. I've flagged your profile to the recruiter who handles those postings, and I'd encourage you to apply when it next opens.

Best regards,
Marguerite Tremblay
Talent Acquisition Specialist
Cedarline Health Insurance Company`, 'Nurse Case Manager – Cedarline Health Insurance'),

  other(`Renata,

Your recent application for Manager, Clinical Programs has been updated.

New status: Under Review by Hiring Manager

There is no action required on your part at this time. You will be notified if there are further changes.

Fairhaven Senior Living
Powered by iCIMS`, 'Application Update – Manager, Clinical Programs'),

  rej('application', ['profile_mismatch'], {},
    `Good day Renata,

Greetings from Medisys Vitalis Technologies!

This is with reference to your application for the post of Healthcare Product Consultant at our Toronto office. Our team has gone through your profile carefully. We regret to inform you that your profile is not aligning with the requirement of the role at this moment, and hence we shall not be taking your candidature forward.

We thank you for the time and interest shown in our organisation and wish you all the very best in your future endeavours.

Thanks and regards,
Deepika Raghunathan
HR Executive – Talent Acquisition
Medisys Vitalis Technologies Canada Ltd.`, 'Application Status – Healthcare Product Consultant'),

  other(`Hi Renata,

Thank you for your reply. Confirmed — we've verified your CNO registration (General class, entitled to practise, no restrictions). Nothing further is needed from you on this.

See you on the 20th for the final round!

Rhea Samuels
Talent Partner, Caldera Health

-----Original Message-----
From: Renata Kowalczyk
Sent: Monday, October 12, 2026 8:14 PM
To: Rhea Samuels
Subject: RE: Caldera Health – Registration verification request

Hi Rhea, please find my registration number and the signed consent form attached. Happy to provide anything else you need. Renata`, 'RE: Caldera Health – Registration verification request'),

  rej('interview', ['position_filled'], { ...door },
    `Dear Renata,

Many thanks for coming to see us in person last Thursday for the Practice Operations Lead position. It was a pleasure to show you the clinic, and Dr. Farouk mentioned afterwards how much she enjoyed your questions about our triage process.

I'm sorry to say we've offered the role to another candidate, and she has accepted. It was close. We'd like to keep your details on file, as we're planning to open a second site in Leslieville next spring and there will be a similar role there.

Warm regards,
Georgina Papadakis
Clinic Director
Riverdale Sports & Family Medicine`, 'Practice Operations Lead'),

  other(`Hello from Tendril Health!

It's been a busy quarter. Here's what's new:

• We've launched in four more clinics across Ontario
• Our nurse advisory council is recruiting volunteers
• We're hiring: Clinical Implementation Specialist (2 openings), Nurse Educator (Remote), Support Specialist

Not the right fit? Here are other roles you might like at companies in our network.

You're receiving this because you applied to Tendril Health in the past 12 months. Unsubscribe.`, 'Tendril Health – fall update & open roles'),

  rej('application', ['skills_gap', 'location'], { ...fb, ...door },
    `G'day Renata,

Thanks heaps for your interest in the Clinical Governance Lead role with Telehealth Collective. We've just opened our Canadian arm and it's been great to see so many nurses apply.

Unfortunately we won't be taking your application further for this one. The role requires registration in both Ontario and British Columbia, as the lead will be signing off on clinical protocols for patients in both provinces, and you'd also need at least three years in a formal governance or risk role. We're a bit stuck on both counts for now.

We'll definitely be hiring more clinical staff as we grow in Canada, so keep an eye on us.

Cheers,
Bec Hollingsworth
People Lead, Telehealth Collective (Sydney / Toronto)`, 'Clinical Governance Lead – Telehealth Collective'),

  hold('screen', ['role_closed'], {},
    `Dear Renata,

Thank you very much for our phone conversation earlier this month about the Research Program Coordinator position.

I owe you an update. Our grant is funded through a federal research council and we were expecting the notice of award by the end of September. We have just been told that the funding decisions have been delayed until mid-December. Until the award is confirmed I am not able to make any offer or to schedule the panel interviews.

I very much hope to continue the process with you in the new year. Please don't feel obliged to wait, of course, but if you are still available I will contact you as soon as we have news.

With best wishes,
Amrita

Dr. Amrita Basu
Associate Professor, Health Policy
Lakeshore University`, 'Research Program Coordinator – delay'),

  rej('application', ['generic'], {},
    `Your application for Director of Patient Care (JR-4410) at Grandview Continuing Care has been updated to: Not Selected.

Log in to your candidate home page to view your other applications.

Grandview Continuing Care Careers`, 'Application status update – JR-4410'),

  other(`Hi Renata,

Your final interview with Caldera Health is confirmed. The case materials are attached (Caldera_Case_PracticeOnboarding.pdf). Please don't share them outside this process.

Tuesday, October 20 · 1:00 – 2:30 PM ET
Caldera Health office, 55 Spadina Ave, 3rd floor (or Google Meet if you prefer, just let me know)

Panel: Farah Siddiqui (VP Operations), Dr. Paul Nwosu (Lead Physician, Harbourfront FHT), Linda Chu (Practice Manager, Queen West Medical)

Rhea`, 'Caldera Health – final interview confirmed + case'),

  rej('application', ['profile_mismatch', 'overqualified'], { ...fb },
    `Hello Renata,

Thank you for applying for our Patient Care Coordinator role.

We've decided not to proceed with your application. We feel your background is quite different from what we need — this is primarily a scheduling and customer service position in a cosmetic clinic — and with your level of experience you would likely be overqualified for it.

All the best,
Lumière Aesthetic Clinic`, 'Patient Care Coordinator'),

  other(`Dear Renata,

Following your recent application for Manager, Clinical Programs, we'd like to invite you to a phone screen with our Regional Director of Care, Harold Beaumont.

Please use the link below to choose a 30-minute slot in the next week.

Schedule your phone screen

Fairhaven Senior Living Talent Acquisition`, 'Phone screen – Manager, Clinical Programs'),

  rej('application', ['generic'], {},
    `Hi Renata — thanks for applying to the Clinical Onboarding Associate role at Nimbus Rx. We've reviewed your application and we won't be moving forward together this time. Thanks for your interest, and good luck!

— Nimbus Rx Hiring Team`, 'Nimbus Rx application update'),

  other(`Hi Renata,

I'm so sorry to do this — Harold has come down with something nasty and is off for the rest of this week. Could we move your phone screen from Thursday to Monday, October 26 at the same time (9:30 AM)?

If Monday doesn't work, let me know and I'll find another time in his calendar.

Thanks for understanding,
Olivia Mensah
Talent Acquisition Coordinator
Fairhaven Senior Living`, 'Reschedule: phone screen with Harold Beaumont'),

  rej('application', ['skills_gap'], { ...fb, ...offered, ...door },
    `Dear Renata,

Thank you for your application for the position of Senior Advisor, Patient Safety Programs at Provincial Health Quality Ontario (PHQO). We received more than 240 applications for this competition and we have now completed the screening stage.

We want to be transparent about how we screened. This competition used four screening criteria drawn from the job posting: (1) a graduate degree in health administration, public health, quality improvement or a related discipline; (2) formal training in quality improvement methodology (for example, Lean Six Sigma Green Belt, IHI Improvement Advisor, or equivalent); (3) experience leading improvement initiatives at a program or organizational level; and (4) experience presenting to senior leadership or governance bodies. Applicants had to demonstrate all four to be invited to the written assessment.

Your application demonstrated strong front-line experience and unit-level improvement work. However, it did not show a completed graduate degree or formal quality improvement training, and as a result you have not been invited to the next stage of this competition.

We know that screening criteria can feel like a blunt instrument, especially for experienced clinicians. If you would like to discuss your application in more detail, you may request a screening debrief by replying to this message within 30 days. We also encourage you to apply to future PHQO competitions; we regularly post Advisor and Specialist-level roles where a clinical background is an asset, and our Quality Improvement Foundations course is open to the public at no cost.

Thank you again for your interest in working with PHQO.

Recruitment Services
Provincial Health Quality Ontario

This email is sent from an unattended mailbox. To request a debrief, reply to recruitment@phqo.example and quote competition number PHQO-26-0472.`, 'PHQO-26-0472 – Senior Advisor, Patient Safety Programs – Screening results'),

  other(`Hi Renata,

Thank you for your email. As requested, we've withdrawn your application for the Nurse Manager, Float Pool position with our client in Markham. I completely understand, and I appreciate you letting me know early.

I'll keep your profile active with us for non-clinical and hybrid roles, as you asked, and I'll only reach out when something fits the direction you described.

Best,
Jordan Achterberg
Senior Recruiter, Healthcare
CareBridge Staffing Solutions

> On Oct 22, Renata Kowalczyk wrote:
> Hi Jordan, thank you for putting me forward, but after thinking about it I'd like to withdraw. I want to focus on roles outside direct patient care management. Sorry for the change of heart! Renata`, 'RE: Withdrawal – Nurse Manager, Float Pool'),

  rej('application', ['profile_mismatch'], {},
    `Thank you for your application to the Health Information Management Coordinator position at Sunnybank Rehabilitation Hospital. After reviewing all applications, we have selected candidates for interview whose qualifications most closely match the needs of the position. Unfortunately, you were not selected. We appreciate your interest.

Human Resources, Sunnybank Rehabilitation Hospital`, 'HIM Coordinator – Sunnybank Rehabilitation Hospital'),

  // ── Late October and November: finals, an offer, and the slow tail of replies
  other(`Dear Renata,

Good news: the competition for Clinical Program Coordinator, Chronic Disease Management (CDM-26-09) has resumed following confirmation of program funding.

We are now reviewing applications, and we regret the delay this has caused. Shortlisted applicants will be contacted for interviews in the first two weeks of November. Your application remains active and no further action is required.

Human Resources
Eastborough Community Health Centre`, 'Competition CDM-26-09 – Resumed'),

  rej('application', ['generic'], { ...door },
    `<p>Dear Renata,</p>&nbsp;<p>Thank you for your interest in Northshore Pharmacy Care and for applying to <b>Clinical Services Coordinator – Specialty Pharmacy</b>.</p><p>We regret to inform you that you have not been selected to move forward. We will retain your information in our talent pool and may contact you regarding future opportunities.</p><br><p>Northshore Pharmacy Care Talent Acquisition</p>`, 'Northshore Pharmacy Care – Your Application'),

  other(`Hi Renata,

Thank you for the conversation this morning — Harold was pleased to connect.

Next step is an in-person interview at our Mississauga residence with Harold and our Director of Resident Care. I'll send a few dates shortly. In the meantime, could you confirm that you hold current BLS certification and that you'd be comfortable with a vulnerable sector check if you move forward?

Olivia Mensah
Talent Acquisition Coordinator
Fairhaven Senior Living`, 'Next steps – Manager, Clinical Programs'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Renata,

Just following up from our call on the 21st. I presented your profile to my client for the Clinical Operations Manager role at their virtual care company, and they've come back to say they've decided to go with candidates who come from an operations background rather than a clinical one. They didn't give me any more detail than that, I'm afraid.

Sorry it wasn't better news. I'll keep looking.

Nikhil Sarraf
Account Manager – Health & Life Sciences
Meridian Talent Partners`, 'Client update – Clinical Operations Manager'),

  other(`Dear Renata,

On behalf of everyone at Caldera Health, I'm delighted to offer you the position of Clinical Operations Specialist!

The panel was really impressed with your case presentation, particularly the way you planned around the practice's busiest clinic days and brought the front-desk staff into the onboarding. Your formal offer letter is attached. Highlights:

• Start date: Monday, November 30, 2026 (flexible by a week or two if you need to give more notice)
• Base salary: $94,000, plus the standard benefits package and a $1,500 learning budget
• Hybrid: two days a week at our Spadina office

Please review and sign the offer through the link in DocuSign by Friday, November 6. I'm happy to hop on a call if you have any questions about the package.

We really hope you'll say yes!

Farah Siddiqui
VP Operations, Caldera Health`, 'Your offer from Caldera Health 🎉'),

  rej('interview', ['role_closed'], { ...door },
    `Hi Renata,

I'm sorry to be writing with this. As you know, we paused hiring in early October during the funding round. The round has now closed, but with a smaller raise than we planned, and the leadership team has decided not to go ahead with the Care Coordination Lead role at all this year. The work will be covered by our existing nurse coordinators.

So we won't be moving forward with your application. I know this is frustrating after waiting, and it has nothing to do with your interview, which went well.

If and when we reopen the role, you'll be the first person I call.

Ben Okonjo
Recruiter, Wellspring Digital Health`, 'Wellspring – Care Coordination Lead'),

  other(`Hi Renata,

We're preparing your documents. To complete your onboarding with Caldera Health, please upload the following to the onboarding portal before your start date:

☐ Signed offer letter (done — thank you!)
☐ Void cheque or direct deposit form
☐ TD1 federal and provincial tax forms
☐ Copy of government-issued photo ID
☐ Emergency contact form
☐ Signed confidentiality & PHIPA privacy agreement

Your laptop will be shipped to your home address the week before you start. Your first day agenda will follow.

Welcome aboard!
Caldera People Operations`, 'Welcome to Caldera Health – onboarding checklist'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Renata,

Thank you for attending the interview for the Patient Flow Coordinator position (2026-0714-ADM) on October 28.

The panel has completed its interviews. I regret to inform you that you were not the successful candidate. Your scoring was strong in the clinical judgement and communication sections; the panel noted that your answers on the bed-management scenario were thorough. Where you scored lower was on experience with our bed management and capacity planning tools — the successful candidate has used the system we run for more than two years, and the panel weighted that heavily because the role is temporary and training time is short.

Your application will remain on file for twelve months, and you may be contacted for similar temporary or permanent roles within Patient Flow during that time.

Regards,
Human Resources
St. Brigid's Regional Health Centre`, 'Patient Flow Coordinator (2026-0714-ADM) – Interview Results'),

  other(`Hi Renata,

Thank you for letting us know! I'm happy for you. We've withdrawn your application for Manager, Clinical Programs as requested, and cancelled the interview that was pencilled in for November 5.

Best of luck at your new role.

Olivia Mensah
Talent Acquisition Coordinator
Fairhaven Senior Living`, 'RE: Manager, Clinical Programs – withdrawal'),

  rej('application', ['generic'], {},
    `Dear Renata Kowalczyk,

Re: Clinical Education Coordinator, Faculty of Nursing (Job #23881)

Thank you for your interest in employment at Harwood University. The search committee has reviewed all applications and has selected a shortlist for interviews. We regret to advise you that your application was not shortlisted.

Harwood University is strongly committed to diversity within its community and especially welcomes applications from racialized persons / persons of colour, women, Indigenous / Aboriginal People of North America, persons with disabilities, LGBTQ2S+ persons, and others who may contribute to the further diversification of ideas.

Yours sincerely,
Human Resources, Harwood University`, 'Job #23881 – Application Status'),

  hold('application', ['role_closed'], {},
    `Hello Renata,

You recently applied for Clinical Services Manager with Greenleaf Pharmacies. We want to let you know that we've temporarily paused this posting while we re-organize our clinical services department. No decisions have been made on any applications.

We'll email you when the posting reopens, and your application will be reviewed at that time. You don't need to re-apply.

Greenleaf Pharmacies – Talent Team`, 'Greenleaf Pharmacies – posting paused'),

  other(`Hi Renata,

Thanks for sharing your details with Meridian Talent Partners. I'm following up on an exciting role at a Toronto-based AI scribe start-up:

Title: Clinical Customer Success Lead
Comp: $100K–$115K + equity
Remote (Canada), occasional travel to client hospitals

They're looking for a nurse with EHR go-live experience who can speak with nurse leaders and CNIOs. I immediately thought of you. Are you open to a conversation?

Nikhil Sarraf
Meridian Talent Partners`, 'New role: Clinical Customer Success Lead (AI scribe start-up)'),

  other(`Dear Renata,

Thank you again for meeting with the team for the Clinical Applications Analyst role. We are pleased to let you know that you are one of our final candidates, and we would now like to complete reference checks.

Please provide the names and contact details of two professional references, at least one of whom has supervised you directly in the last three years. We will contact them by phone; each call takes about 20 minutes. Our reference provider, RefCheck Canada, will send you a consent request by email first.

Kindly reply by Wednesday so we can keep things moving.

Charlotte Mbatha
Senior Talent Acquisition Partner
Mackenzie Ridge Health`, 'Reference check – Clinical Applications Analyst'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Renata,

Thank you for completing the skills assessment for the Health Records & Privacy Officer position with Lakeview Benefits Mutual.

Candidates were required to achieve a minimum score of 70% on the PHIPA and privacy knowledge section to proceed to interview. Your result did not meet this threshold, and we are therefore unable to move your application forward.

We are unable to provide a breakdown of individual scores.

Talent Acquisition
Lakeview Benefits Mutual`, 'Health Records & Privacy Officer – Assessment Outcome'),

  other(`Dear Renata,

Your application has been received.

Thank you for applying for Program Manager, Digital Health Adoption (Req 8812) at Ontario Digital Care Network. We will review your application and contact you if your qualifications match our needs. Applications are reviewed after the posting closes on November 20.

If you have questions, visit the Careers FAQ.

ODCN Talent Acquisition`, 'Application received – Req 8812'),

  rej('final', ['position_filled'], { ...offered, ...door },
    `Dear Renata,

I hope you're well. I'm writing to let you know where things have landed with the Clinical Applications Analyst role.

First, thank you for your patience through what ended up being a long process: the two interviews, the systems walkthrough, and then the reference checks, which I know involved asking your manager at a busy time. Both your references spoke very highly of you, and I'd like you to know that you were one of the two finalists.

In the end we have extended an offer to the other finalist, who has accepted. The decision came down to a handful of small things rather than any one weakness, and it was a genuinely hard one for the team.

I'd really like to stay in touch. Our informatics team is growing and we expect to open at least one more analyst position in the spring. If you'd like to talk through the process or hear what the team said, I'd be glad to set up a call with you and our manager, Dmitri.

With thanks and best wishes,
Charlotte Mbatha
Senior Talent Acquisition Partner
Mackenzie Ridge Health`, 'Clinical Applications Analyst – update'),

  other(`Hi Renata,

Our team wanted to remind you: your application for Program Manager, Digital Health Adoption is incomplete. You haven't yet answered the two screening questions. Applications without answers cannot be reviewed.

Complete your application

If you've already done so, please ignore this message.

ODCN Careers`, 'Reminder: complete your application'),

  rej('application', ['salary', 'skills_gap'], { ...fb },
    `Hi Renata,

Thank you for your interest in joining Vitalink as a Nurse Navigator.

We've reviewed your application and we've decided not to proceed. The salary range you indicated is above what we can offer for this role, and we are also looking for someone with more background in oncology navigation.

Best,
Vitalink Talent`, 'Vitalink – Nurse Navigator'),

  rej('assessment', ['generic'], {},
    `Hi Renata,

Thank you for your message. I understand it's disappointing not to know more about why your application didn't proceed after the assessment.

Unfortunately, Dominion Shield's policy is that we do not provide individual feedback on assessment results or hiring decisions, and the decision on this position is final. I'm sorry I can't be more helpful.

Regards,
Dominion Shield Talent Acquisition

-----Original Message-----
From: Renata Kowalczyk
Subject: Feedback request – Nurse Consultant, Health Benefits

Hello, I recently received a decision on my application for the Nurse Consultant role. Would it be possible to get any feedback on my assessment so I can improve? Thank you, Renata`, 'RE: Feedback request – Nurse Consultant, Health Benefits'),

  other(`Dear Renata,

Thank you for your application for Clinical Program Coordinator, Chronic Disease Management (CDM-26-09). We are pleased to invite you to an interview.

Date: Tuesday, November 10
Time: 3:00 PM
Format: In person, Eastborough CHC, 2nd floor meeting room
Panel: Manager, Primary Care Programs; Diabetes Education Lead; a community board member

The interview will take approximately 45 minutes and will include a short written component (15 minutes) before the interview. Please arrive 15 minutes early.

Regards,
Human Resources
Eastborough Community Health Centre`, 'Interview – CDM-26-09'),

  rej('application', ['location'], { ...fb },
    `Hi Renata,

Thanks for your interest in the Clinical Operations Analyst role at Ridgeway Care (Remote – US).

Unfortunately, this position is open only to candidates who are currently authorized to work in the United States without sponsorship. Based on your application, you are located in Canada and would require sponsorship, so we're unable to move forward.

Best,
Ridgeway Care Recruiting Team`, 'Ridgeway Care – your application'),

  other(`Hi Renata,

We're counting down to your first day! Here's what Monday, November 30 will look like:

9:00 AM — Welcome coffee with Farah and Rhea (Spadina office, 3rd floor)
10:00 AM — IT setup and security training
11:30 AM — Meet the Clinical Operations team
12:30 PM — Team lunch (we've ordered from the Vietnamese place downstairs; tell us if you have dietary restrictions)
2:00 PM — Platform walkthrough with Marco
4:00 PM — Wrap-up with your manager, Sunita

See you soon!
Caldera People Operations`, 'Your first day at Caldera Health'),

  rej('screen', ['location'], { ...fb },
    `Renata,

Thank you for your time on the phone today. As discussed, the Travel Clinical Lead contracts we are staffing require a minimum of 13-week assignments in Northern Ontario and you have told us you are not able to relocate at this time. We will therefore not be proceeding with your application.

Please be advised that, under our agency's policy, applicants who decline assignment conditions during screening are not re-considered for the same program for twelve months.

Kingsway Nursing Agency
Recruitment Department`, 'Kingsway Nursing Agency – Application'),

  other(`Renata, here's who viewed your profile this week

A recruiter at Meridian Talent Partners and 3 others viewed your profile.

Your profile appeared in 28 searches this week, including "clinical informatics" and "nurse implementation".

Tip: Members who add certifications to their profile get up to 2x more views. Add a certification

Workhive Canada Inc.`, 'You appeared in 28 searches this week'),

  rej('application', ['position_filled'], {},
    `Dear Renata,

Thank you for your interest in the role of Clinic Coordinator at Bayview Physiotherapy & Wellness. We have decided not to proceed with your application as the position has been filled.

Regards,
Bayview Physiotherapy & Wellness`, 'Clinic Coordinator – Bayview Physiotherapy'),

  hold('application', ['generic'], {},
    `Dear Renata,

Thank you for applying to Program Manager, Digital Health Adoption (Req 8812) at Ontario Digital Care Network.

We regret to advise that the review of applications for this posting will be delayed. Due to the upcoming transition to the new fiscal planning cycle, the hiring committee will not begin screening applications until the week of January 11. We expect to contact shortlisted applicants by the end of January.

Your application remains under consideration, and there is nothing further you need to do.

ODCN Talent Acquisition`, 'Req 8812 – Timeline update'),

  other(`Hi Renata,

Your Caldera Health accounts are ready. To set your password for the first time, use the link below. It expires in 72 hours.

Set your password

Your username: rkowalczyk@caldera.example

If you didn't expect this email, please contact it-help@caldera.example.

Caldera IT`, 'Action required: set your Caldera Health password'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Renata,

Thank you for taking part in the final stage of our recruitment for Clinical Adoption Manager (Canada). I know the final session was a long one, and it was at the end of a long day on your side, so I do appreciate the effort.

I'm afraid we've decided not to proceed on this occasion. You were one of three candidates in the final round, and the panel ultimately felt that another candidate's experience was a slightly closer match for where the product is heading over the next year.

The panel did ask me to pass on that they thought you were a very credible candidate, and we would be happy to hear from you again if another position with us catches your eye.

Kind regards,
Tom Ashworth
Head of Talent
Harbour & Hale Health Systems (London / Toronto)`, 'Clinical Adoption Manager – outcome'),

  other(`Dear Renata,

You are invited to the 2027 Ontario Nursing Informatics Conference, "Designing With Nurses", March 4–5 in Toronto.

Early-bird registration is open until December 31. This year's programme includes sessions on AI documentation tools, EHR optimisation after go-live, and a career clinic for nurses moving into informatics.

Call for posters: submissions close January 15.

Register now

Ontario Nursing Informatics Network`, 'Invitation: Ontario Nursing Informatics Conference 2027'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb, ...offered, ...door },
    `Dear Renata,

Thank you very much for meeting with us on October 30 for the Manager, Clinical Transformation position with Ontario Health Shared Services, and again for the second conversation with our Executive Director on November 6. I know we asked a great deal of you across both interviews, including the presentation, and I want to begin by saying how much the panel appreciated the care you put into it.

This was a competitive process. We interviewed six candidates in the first round and three in the second, and the decision was not an easy one.

I am sorry to tell you that we will not be offering you the position. I want to explain why, because I think you deserve more than a form letter after two interviews.

The role is, at its heart, a change management role. It leads the rollout of standard clinical workflows across eleven partner sites, and the person in it will spend most of their time working with site leadership teams who have not all agreed to the change. The panel felt that your experience leading change on your own unit was real and well described, but that you have not yet led change across organisations, or managed resistance from senior leaders outside your reporting line. The successful candidate has spent four years doing that. The panel also felt that, in the presentation, the budget and resourcing section was lighter than the rest.

None of this is a reflection on your potential. Many of our managers came from clinical backgrounds, and the panel was struck by how clearly you spoke about patients. We would very much like to see you apply for our Senior Specialist positions, which are posted regularly and which would give you the kind of cross-site experience that this role needs. Your name has been added to our list of candidates to contact when those come up.

If you would find it helpful to talk any of this through, I am happy to book a thirty-minute call. Please reply to this email and my assistant will find a time.

Again, thank you for your interest and for the time you invested.

Yours sincerely,
Evelyn Sahota
Director, Clinical Transformation
Ontario Health Shared Services`, 'Manager, Clinical Transformation – Decision'),

  other(`Hi Renata,

I just saw on Workhive that you've started a new role at Caldera — congratulations! That's a great team.

I've marked your file as "not looking" so you won't hear from me about roles for a while. If anything changes down the road, you know where to find me.

All the best,
Jordan Achterberg
CareBridge Staffing Solutions`, 'Congrats!'),

  rej('application', ['role_closed'], {},
    `Your application: Clinical Services Manager (Greenleaf Pharmacies)

This job posting is no longer available. Following the re-organization of our clinical services department, the Clinical Services Manager position has been eliminated. All applications for this posting have been closed.

Thank you for your interest in Greenleaf Pharmacies.`, 'Greenleaf Pharmacies – Posting closed'),

  other(`Dear Renata,

We regret the delay in responding to your question about the interview format. To confirm: yes, the 15-minute written component is on paper, and you will be given a short case about a patient with newly diagnosed type 2 diabetes. No preparation is needed.

We look forward to seeing you on Tuesday.

Human Resources
Eastborough Community Health Centre`, 'RE: Interview – CDM-26-09'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Renata,

thanks for interviewing with us for the Clinical Lead position. I wanted to let you know we have decided to go with another candidate.

To be honest with you, our team works very asynchronously — most of us are remote across four time zones and we rarely meet live. In the interview, you spoke a lot about how much you value in-person huddles and face-to-face handover, and we worry the way we work would be frustrating for you day to day.

Good luck with everything.

Marta Kowalski
Head of Clinical, Sanalink`, 'Sanalink – Clinical Lead'),

  other(`Hello Renata,

The status of your application for Clinical Applications Specialist (R-10442) at Unity Health Partners has changed to: In Consideration.

Log in to view the details of your application.

This email was automatically generated. Please do not reply.`, 'Unity Health Partners – Application Status Changed'),

  rej('application', ['generic'], {},
    `Hi Renata, we've decided not to proceed. Thank you for applying to Hearthside Home Care's Intake Coordinator role.

Hearthside HR`, 'Intake Coordinator'),

  hold('interview', ['generic'], {},
    `Dear Renata,

Thank you for attending your interview for Clinical Program Coordinator, Chronic Disease Management on November 10.

We want to let you know that the final decision on this position will be delayed. Because the role is partly funded by a new provincial agreement, the hiring decision must be approved by our Board of Directors, which next meets on December 8. We expect to be in touch with all interviewed candidates the week of December 14.

We appreciate your patience, and you remain under consideration for this position.

Human Resources
Eastborough Community Health Centre`, 'CDM-26-09 – Decision timeline'),

  other(`Renata, new jobs for "nurse informatics" in Toronto

Unfortunately, the job you saved — "Clinical Applications Specialist – Unity Health Partners" — has closed.

Other roles you may like:
• Informatics Nurse Specialist – Trillium Grove Hospital – Toronto
• Clinical Systems Trainer – Humberlake General – Etobicoke
• Digital Health Lead – Mount Alder Hospital – Scarborough

View all

Manage your job alerts · Unsubscribe`, 'New jobs for "nurse informatics"'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Renata,

Thank you for your participation in the interview for the Clinical Placement Coordinator role at the Lakeshore University Faculty of Nursing.

Regrettably I must inform you that the committee decided to offer the position to another candidate. The committee value very much your clinical experience and your work as a preceptor. However, they looked for a person with experience in academic placement administration, specifically with the placement software HSPnet and the agreements with the hospital partners, which you did not have.

We encourage you to apply for future position in the Faculty. We will keep your application in our file for one year.

With regards,
Wen-Li Zhou
Administrative Officer, Faculty of Nursing
Lakeshore University`, 'Clinical Placement Coordinator – result of the interview'),

  other(`Hi Renata,

Thank you for the chat yesterday about the Clinical Customer Success Lead role. I completely understand that you've just accepted the Caldera offer and want to give it a proper go. I've closed out your candidacy with the client.

Let's touch base in a year or so.

Nikhil Sarraf
Meridian Talent Partners`, 'Thanks for the chat'),

  rej('application', ['overqualified'], { ...fb },
    `Dear Renata,

Thank you for applying for the Pharmacy Assistant (Part-Time) role at Maplecross Pharmacy – Yonge & Eglinton.

We have reviewed your application and decided not to proceed. Given your nursing experience and qualifications, we believe you are overqualified for this position.

Sincerely,
Maplecross Pharmacy Store Management`, 'Pharmacy Assistant application'),

  other(`Dear Renata,

This is a reminder that your benefits enrolment window with Caldera Health opens on your start date and closes 31 days later. You'll receive a separate email from our benefits provider with a link to enrol yourself and any dependants.

If you don't enrol within the window, you will be placed on the default single coverage plan.

Caldera People Operations`, 'Benefits enrolment – what to expect'),

  rej('screen', ['generic'], { ...door },
    `Hi Renata,

Thanks again for the time on the phone. We've now finished our first round of calls for the Health Operations Associate role and, after a lot of discussion, we have decided to move forward with other candidates.

We're keeping your profile in our talent pool and will reach out if a role that suits your experience comes up.

All the best,
Priyanka Iyer
Talent Partner, Quill Health`, 'Quill Health – Health Operations Associate'),

  other(`Hi Renata,

We've received your request to withdraw your application for Clinical Applications Specialist (R-10442). Your application has been withdrawn and will no longer be considered.

If this was a mistake, you can re-apply from the job posting while it remains open.

Unity Health Partners Careers
This is an automated message.`, 'Application withdrawn – R-10442'),

  rej('application', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Hi Renata,

Thanks for putting yourself forward for our Director of Nursing Operations role.

We've decided not to progress. The board specified at least five years in a senior leadership position with budget responsibility of more than $5 million, and in addition they want candidates who have already worked at director level. Your profile is just at a different point in the career than this search.

Best of luck.

Erik Vanterpool
Partner, Vanterpool Executive Search`, 'Director of Nursing Operations search'),

  other(`Dear Renata,

Thank you for your application for Quality & Patient Safety Specialist earlier this year. Humberlake General Hospital is committed to improving the candidate experience.

Please take 3 minutes to complete our anonymous candidate survey. Your responses help us improve how we recruit.

Start survey

Humberlake General Hospital – Human Resources`, 'Tell us about your recruitment experience'),

  rej('interview', ['position_filled'], {},
    `Hello Renata,

We have now completed interviews for the Nursing Quality Lead role at Cornerstone Health Clinics, and the position has been filled.

Thank you for the time you took to interview with us.

Cornerstone Health Clinics`, 'Nursing Quality Lead – Cornerstone Health Clinics'),

  other(`Dear Renata,

We received your application for Clinical Informatics Educator (Req 40218) at Northgate Health Network. Thank you!

Please note that we receive many applications, so we may not be able to reply to each applicant personally. If your experience matches the role, a member of our Talent Acquisition team will contact you within three weeks.

Northgate Health Network – Talent Acquisition

Vous pouvez recevoir ces communications en français sur demande.`, 'Application received – Clinical Informatics Educator'),

  rej('application', ['generic'], {},
    `Dear Renata,

Thank you for your application to Sunrise Senior Care Group for the Director of Care role. We have carefully considered your application, and unfortunately you have not been selected at this time. The selection process was very competitive, and we received many qualified applicants.

Kindly note this is a no-reply mailbox.

Sunrise Senior Care Group`, 'Director of Care – Sunrise Senior Care Group'),

  other(`Hi Renata,

Here's your calendar invitation for Caldera's New Hire Orientation.

Caldera New Hire Orientation
Tuesday, December 1 · 9:30 AM – 12:00 PM (Eastern Time)
Google Meet: meet.example/cld-newhire-dec
Organizer: Caldera People Operations

Going? Yes · No · Maybe

Invitation from Google Calendar`, 'Invitation: Caldera New Hire Orientation @ Tue Dec 1, 9:30am'),

  rej('application', ['internal_candidate'], { ...door },
    `Hi Renata,

Thank you for applying for the Clinical Informatics Educator role at Northgate Health Network. I'm reaching out personally since we were in touch about the Analyst role in August.

We've filled this one with a nurse educator from within our network who was already supporting the EHR upgrade. I'm sorry — I know I encouraged you to apply.

I'd still like to see your name on future postings from our digital health team.

Karin Lindqvist
Talent Acquisition Partner, Clinical & Digital
Northgate Health Network`, 'Clinical Informatics Educator – Northgate'),

  other(`Hi Renata,

Thanks so much for agreeing to act as a reference for me for the Charge Nurse posting on 6 West! The manager, Yolanda, may call you next week. I've told her that evenings are best.

Miss you on the unit already.

Shanice`, 'thank you for being my reference!'),

  rej('screen', ['location'], {},
    `Hi Renata,

Thanks a million for the call on Tuesday, I really enjoyed it.

I've had a chat with the clinical director, and I'm afraid we shan't be taking things further for the Nurse Lead, Remote Monitoring post. Having looked into it properly, the role has to be held by someone registered with the Nursing and Midwifery Board of Ireland and based within commuting distance of our Galway hub, as the lead covers the on-call rota for patients here. We hadn't made that clear enough in the advert, which is our fault, not yours.

Wishing you every success,
Ciara Moloney
HR Business Partner
Ardmore Clinical Ltd, Galway`, 'Nurse Lead, Remote Monitoring – Ardmore Clinical'),

  other(`Hi Renata!

Not the right fit last time? No problem. Pulsecare is hiring again, and we thought these roles might be up your alley:

→ Clinical Onboarding Specialist (Toronto, Hybrid)
→ Nurse Advisor, Product (Remote, Canada)
→ Implementation Coordinator (Toronto)

Plus: read how our first nurse hire became our Head of Clinical in three years.

See open roles

You're getting this because you joined the Pulsecare Talent Network. Unsubscribe anytime.`, 'Pulsecare is hiring – roles picked for you'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Candidate,

RE: [JOB TITLE] – Project Coordinator, Clinical Systems

Thank you for your recent application. Please note that current PMP or CAPM certification is a mandatory requirement for this position, as stated in the job posting. As this was not reflected in your application, we are unable to consider you further.

We thank all applicants for their interest; however, only those selected for an interview will be contacted.

Human Resources
[ORGANIZATION NAME] – Scarborough Valley Health`, 'RE: Application – Project Coordinator, Clinical Systems'),

  other(`Dear Renata,

Thank you for submitting your application for the position of Manager, Clinical Simulation Centre (Job #24107) at Harwood University.

Applications will be reviewed after the closing date of December 15. Due to the volume of applications, only candidates selected for an interview will be contacted. If you require accommodation during the recruitment process, please contact hr-accessibility@harwood.example.

Human Resources
Harwood University`, 'Job #24107 – Application Received'),
];
