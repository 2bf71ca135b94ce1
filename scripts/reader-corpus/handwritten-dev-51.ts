/**
 * Development messages of the fifty-first round, never sealed: one job seeker's inbox over a season, in date order from
 * March to August. A physiotherapist in Auckland (six years: three on the musculoskeletal outpatient and orthopaedic
 * wards of a public hospital, two in a private sports clinic, one season as the physio of a club rugby side; acupuncture
 * and dry-needling certificate, a postgraduate certificate in sports physiotherapy under way) looks for her next post,
 * applying to about forty-five employers: public hospitals and community rehabilitation teams, private clinic chains
 * and owner-run practices, sports clubs and a regional sports trust, aged-care and retirement-village operators, a
 * health insurer's injury-management team, two health-tech start-ups (a tele-rehabilitation app and a wearable
 * sensor company), and a few roles in Australia and the United Kingdom. Half of the batch declines nothing:
 * acknowledgements in many tracking-system and HR styles, registration, practising-certificate and police-vetting
 * requests, interview invitations and moved interviews ("unfortunately the panel chair is unwell"), practical-
 * assessment briefs, reference requests, a fixed-term contract offer and its negotiation, job alerts and newsletters
 * naming roles filled or closed, recruiter approaches, a withdrawal she asked for, surveys, account mails, a colleague's
 * message about her own rejection, and a locum agency's weekly digest. A few processes are paused (a funding round, a
 * restructure, a manager on leave, a contract not yet renewed). The rest are rejections at every stage. A practical
 * assessment, a clinical scenario or a case write-up done on its own is an assessment; a panel or a "korero" with the
 * team lead is an interview; a second and last round, or references and vetting taken after the interview, is final.
 * Work visas, overseas registration steps and being unable to start on site are `location`; a missing clinical area,
 * certificate or year count is `skills_gap`. For development only: the rules may be checked against it and the model
 * trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d51-');

export const HANDWRITTEN_DEV_51: readonly CorpusLine[] = [
  // ── March: the first applications go out
  other(`Kia ora Ruby,

Thank you for applying for the Physiotherapist – Musculoskeletal Outpatients role (Job ref 26/0311) with Tāmaki Harbour Health.

We have received your application. Once the advert closes on 20 March, the hiring manager will shortlist, and all applicants will hear from us either way.

You can check the status of your application at any time by signing in to your candidate profile.

Ngā mihi,
Recruitment Centre
Tāmaki Harbour Health

This email was sent from an unmonitored address. Please do not reply.`, 'Application received – Physiotherapist – Musculoskeletal Outpatients'),

  other(`Hi Ruby,

Thanks for applying to MoveWell Physio – Ponsonby! 🙌

We've got your CV and cover letter. Our clinic director, Hamish, reads every application himself, so please allow a week or so.

In the meantime feel free to follow us on Instagram for a peek at clinic life.

Cheers,
The MoveWell Team`, 'We got your application!'),

  rej('application', ['generic'], {},
    `Dear Ruby Whitford,

Thank you for your interest in the Senior Physiotherapist position at Kōwhai Gardens Retirement Village.

We received a very large number of applications for this role. After careful consideration, we regret to advise that your application has not been selected to progress further.

We wish you all the best in your job search.

Yours sincerely,
People & Capability
Kōwhai Lifecare Group`, 'Your application – Senior Physiotherapist'),

  other(`Dear Ruby,

Thank you for your application for the position of Physiotherapist, Inpatient Rehabilitation (Vacancy 4471).

Before we can progress your application, we need the following documents uploaded to your profile:

1. A copy of your current Annual Practising Certificate (APC) from the Physiotherapy Board
2. Proof of your right to work in New Zealand (passport or birth certificate)
3. Completed Police Vetting consent form (attached)

Please upload these by 5pm Friday 13 March. Unfortunately incomplete applications cannot be considered by the shortlisting panel, so please don't leave it too late.

Kind regards,
Recruitment Coordinator
Waiheke & Eastern Community Health`, 'Documents required – Vacancy 4471'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Ruby,

Thanks for your application for the Physio role in our Takapuna clinic.

We've had a look through your CV and we don't feel it's quite the right match for what we need at the moment. We'll keep your details on file though, and if something comes up that suits your background better we'll be in touch.

All the best,
Nadia
Practice Manager, Shore Physio & Pilates`, 'Re: Physio role – Takapuna'),

  other(`Your weekly LocumLink digest – week 11

Hi Ruby, here are this week's physiotherapy locums near Auckland:

• Physiotherapist, orthopaedic wards – 6 weeks – Whangārei – $62–68/hr
• MSK physio, private – 3 months – Hamilton – $55/hr + travel
• Aged-care physio, 3 days/week – ongoing – Manukau – $58/hr
• Paediatric physio – FILLED – North Shore

Roles marked FILLED have been taken and are shown for your information only.

Update your availability | Manage alerts | Unsubscribe
LocumLink Health Staffing Ltd, Level 4, 88 Queen Street, Auckland`, 'Your weekly LocumLink digest'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Ruby,

Thank you for applying for the Clinical Specialist Physiotherapist – Pelvic Health role.

The panel has now completed shortlisting. On this occasion we have not shortlisted you, as the role requires a postgraduate qualification in pelvic health and at least two years of continence and women's health caseload, which we could not see in your application.

Thank you for your interest in working with us.

Regards,
Allied Health Recruitment
Tāmaki Harbour Health`, 'Clinical Specialist Physiotherapist – Pelvic Health – outcome'),

  other(`Hi Ruby,

I'm Connor from Apex Allied Recruitment. I came across your profile on LinkedIn and think you could be a great fit for a couple of roles I'm working on:

– Senior MSK Physio, private clinic, Mt Eden, $85–95k + bonus
– Sports physio, multi-site, includes Saturday club coverage

Neither has been advertised yet. Would you be open to a quick 10-minute chat this week? Let me know a time that suits and I'll give you a bell.

Cheers,
Connor Baptiste
Senior Consultant – Allied Health
Apex Allied Recruitment`, 'Physio roles in Auckland – quick chat?'),

  rej('application', ['location'], { ...fb },
    `Dear Ruby,

Thank you for your application for the Physiotherapist (Grade 1) position with Coral Coast Health Service, Queensland.

Unfortunately, we are unable to progress your application. This position is not eligible for employer visa sponsorship, and applicants must hold current general registration with AHPRA at the time of appointment. As your application indicates you do not yet hold AHPRA registration, we cannot consider it further for this vacancy.

We thank you for your interest in Coral Coast Health Service.

Kind regards,
Recruitment Services
Coral Coast Health Service
Queensland Government`, 'Physiotherapist (Grade 1) – application outcome'),

  other(`Hi Ruby,

Thanks so much for applying to Stridely! We're a small team building a tele-rehab app for people recovering from knee and hip replacements, and we'd love to chat.

Could you pick a 30-minute slot here for a video call with Priya (our Head of Clinical) and me? calendly.example/stridely/clinical-chat

No prep needed – we just want to hear about your ortho experience and what you think of home exercise apps (honestly, even the bad bits).

Talk soon,
Ben
Co-founder, Stridely`, 'Stridely – a chat?'),

  rej('application', ['generic'], { ...door },
    `Application update

Dear Ruby,

Thank you for your interest in Physiotherapist – Community at Harbour Rehab Services. We appreciate the time you took to apply.

After reviewing your application, we have decided not to progress it further at this time.

We encourage you to keep an eye on our careers page and apply for any future roles that match your skills.

Kind regards,
Harbour Rehab Services Talent Team

---
This message was sent by SmartHire on behalf of Harbour Rehab Services. Do not reply to this email.`, 'Your application with Harbour Rehab Services'),

  other(`Dear Ruby,

Thank you for your application for the role of Physiotherapist – Musculoskeletal Outpatients (26/0311).

We are pleased to invite you to an interview:

Date: Tuesday 24 March
Time: 10:30am – 11:15am
Location: Outpatient Rehabilitation Building, Level 2, Meeting Room 3
Panel: Deborah Kingi (Clinical Lead, MSK Outpatients), Sione Fakatava (Senior Physiotherapist), Gemma Holt (HR Advisor)

The interview will include a short clinical scenario, which you will be given 10 minutes to read beforehand.

Please bring photo ID and your APC. If you require any support or adjustments for the interview, let us know.

Ngā mihi,
Recruitment Centre
Tāmaki Harbour Health`, 'Interview invitation – Physiotherapist MSK Outpatients'),

  rej('screen', ['salary'], { ...fb },
    `Hi Ruby,

Great to speak with you yesterday afternoon, thanks for making time on your lunch break.

I've talked things through with the directors. They really liked what you said about returning to sport, but the number you mentioned ($88k) is well above what we can offer for this role – we're budgeted at $72–76k for a clinician at your level, and I don't think there's room to bridge that. So we won't be taking this one further, sorry.

Good luck out there!

Jo Pearce
Operations Manager
Active Edge Physiotherapy, Albany`, 'Following up from our call'),

  other(`Hi Ruby,

Just a heads-up: the MSK Outpatients interviews on 24 March will now take place in Meeting Room 5 rather than Room 3, as Room 3 is being used for fire warden training. Same building, same floor, time unchanged.

Thanks,
Gemma Holt
HR Advisor, Tāmaki Harbour Health`, 'Room change – interview 24 March'),

  rej('application', ['position_filled'], {},
    `Hello Ruby,

Thanks for your email and CV for the physio job at Rangiora Rugby Football Club.

Sorry mate, we actually filled it last week – one of our old players who's just finished his degree is taking it on for the season. Appreciate you getting in touch though.

Cheers
Mike
Club Manager`, 'Re: Physio for the 2026 season'),

  other(`Hi Ruby,

Thanks for meeting with Priya and me on Thursday – we really enjoyed it.

Next step: a practical exercise, about 2 hours of your time. We'll send you an anonymised patient profile (a 68-year-old, three weeks post total knee replacement) and we'd like you to:
1) draft a 4-week home exercise progression for the app,
2) write two short in-app messages you'd send if she reports pain of 7/10 after a session,
3) tell us one thing in our current app you would change.

Send it back to us by next Friday. If it goes well, the final stage is a call with our CEO and a clinical advisor.

Thanks!
Ben`, 'Stridely – next step'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Ruby,

Physiotherapist – Musculoskeletal Outpatients (26/0311)

Thank you for attending the interview on Tuesday 24 March and for the time you put into preparing.

The panel interviewed a strong field of candidates. I am sorry to let you know that on this occasion you have not been successful, as other candidates more closely matched the needs of the service.

If you would like feedback on your interview, please contact Deborah Kingi, Clinical Lead, on deborah.kingi@tamakiharbour.example and she will arrange a time to talk.

Thank you again for your interest in Tāmaki Harbour Health.

Ngā mihi,
Gemma Holt
HR Advisor`, 'Outcome of your interview – 26/0311'),

  other(`From: Ruby Whitford
To: recruitment@silverferncare.example
Subject: Withdrawal of application – Physiotherapist, Pakuranga

Hi there,

I'd like to withdraw my application for the Physiotherapist role at your Pakuranga village (ref SFC-0392). I've decided to focus on roles closer to the North Shore.

Thanks for your time,
Ruby

---
Hi Ruby,

Thank you for letting us know. We've withdrawn your application as requested.

All the best,
Lena
Silverfern Care Recruitment`, 'Re: Withdrawal of application – Physiotherapist, Pakuranga'),

  rej('application', ['generic'], {},
    `Ruby,

Thank you for applying for the position of Physiotherapist at Central Lakes Physio. Unfortunately you were not successful in being shortlisted on this occasion.

Regards
CLP Admin`, 'Physiotherapist – Central Lakes Physio'),

  other(`Hi Ruby,

Thank you for your interest in working with Pinnacle Health Insurance. Your application for Injury Management Advisor (Physiotherapy) has been submitted.

Application number: PHI-26-00871
Submitted: 28 March 2026, 9:42 pm

What's next? Our recruiters will be in touch if your experience aligns with the role. Due to the volume of applications, this may take up to three weeks.

Pinnacle Health Insurance Careers
Please do not reply to this email – it was sent from a no-reply mailbox.`, 'Application submitted: Injury Management Advisor (Physiotherapy)'),

  // ── April
  rej('interview', ['assessment'], { ...fb, ...door },
    `Hi Ruby,

Thanks again for the video call with Priya and me, and for sending through the exercise – we could tell you put real thought into it, and Priya loved your in-app messages, especially the second one.

We've decided not to move you to the final stage. The main reason is the progression plan: for an app that patients use without a clinician watching, we need progressions that are very conservative and very clearly defined, with explicit pain-monitoring rules at each step. Your plan jumped to single-leg work in week 3 and relied on clinical judgement that a patient at home wouldn't have. That's the right instinct in a clinic, just not for this product.

We're going to be hiring more clinicians later in the year once we launch the hip programme, and I'd genuinely like to hear from you then.

Best,
Ben`, 'Stridely – update'),

  other(`Dear Ruby,

You have been nominated as a referee by Aroha Patel, who has applied for the position of Senior Physiotherapist – Orthopaedics at Bay of Plenty District Health.

We would be grateful if you could complete the online reference questionnaire at the link below. It takes approximately 15 minutes.

Link: refcheck.example/bopdh/88123
Please complete by 9 April.

Thank you for your assistance.
Recruitment Team, Bay of Plenty District Health`, 'Reference request for Aroha Patel'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Ruby,

Thanks for chatting with me on Monday about the Senior MSK role in Mt Eden.

I've spoken with the client and had some feedback back. They've decided to go with candidates whose background lines up a bit more closely with what they're after, so they won't be taking your application further on this occasion.

I'll keep you in mind for other roles, and happy to catch up again.

Cheers,
Connor`, 'Mt Eden role'),

  other(`Hi Ruby,

Sarah here from the Knights Netball franchise. Thanks for your application for the Team Physiotherapist (part-time, 2026 season).

Unfortunately our head coach has been unwell this week, so we've had to push interviews back. Would Wednesday 8 April at 6pm at the training centre in Mt Wellington work for you instead? It'll be a 30-minute chat with the coach, our S&C lead and me.

Thanks for your patience!
Sarah Fonoti
Operations Coordinator`, 'Interview time – Team Physio'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Ruby,

Re: Neurological Physiotherapist – Community Stroke Team (Ref 26/0402)

Thank you for your application. After shortlisting, we are unable to offer you an interview. Applicants invited to interview had a minimum of two years' recent experience in neurological rehabilitation, which is essential for this position.

Yours sincerely,
Recruitment Centre
Tāmaki Harbour Health`, 'Outcome of application – 26/0402'),

  other(`Hi Ruby,

Just a quick one – we've reviewed your application for Injury Management Advisor (Physiotherapy) and would like to invite you to a phone screen with our Talent Partner, Kiri.

It will take about 20 minutes and covers your background, your interest in moving into insurance, and practical things like salary expectations and notice period.

Please choose a time using the link below.

Thanks,
Pinnacle Health Insurance Talent Acquisition`, 'Next step: phone screen'),

  hold('application', ['role_closed'], {},
    `Dear Ruby,

Thank you for your application for the Physiotherapist – Older Adults Community Team (Vacancy 4488).

We need to let you know that recruitment for this role has been paused. The community services directorate is currently going through a consultation on a proposed change to team structures, and no new appointments can be confirmed until the consultation closes at the end of May.

Your application remains active and has not been assessed yet. Once the outcome of the consultation is known we will contact you to confirm whether the role will proceed.

We are sorry for the delay and thank you for your patience.

Regards,
Recruitment Coordinator
Waiheke & Eastern Community Health`, 'Vacancy 4488 – recruitment paused'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Ruby,

Thanks for coming in on Wednesday night and meeting Kerrin, Tom and me.

We really appreciated your experience with the rugby side. After talking it over, we've decided to go with another candidate. Honestly it came down to how we work – our team is very hands-on with the coaching staff and the physio is expected to be in the changing room, at every training, and pretty loud about player load in the group chat. You came across as more of a clinic-based practitioner who'd prefer to see players in a room, which is totally valid, just not the way this squad runs.

Hope the search goes well and maybe see you courtside!

Sarah`, 'Team Physio – decision'),

  other(`Hi Ruby,

Thank you for your time on the phone with Kiri. We'd like to invite you to the next stage for Injury Management Advisor (Physiotherapy).

This is a written case-review exercise, completed online. You'll receive a de-identified claim file (a warehouse worker with a lumbar injury, 10 weeks off work) and you'll have 90 minutes to write:
– your view on whether the current treatment plan is reasonable
– what you would ask the treating provider
– a proposed return-to-work pathway

The link will be active from 9am Tuesday 14 April for 48 hours. You must complete it in one sitting.

Good luck!
Pinnacle Health Insurance Talent Acquisition`, 'Case review exercise – Injury Management Advisor'),

  rej('application', ['overqualified'], { ...fb },
    `Hi Ruby

Thanks for applying for the Physio Assistant role at our Newmarket clinic.

Honestly, you're a fully registered physio with six years' experience, and this role is an assistant position (running Pilates classes, setting up equipment, exercise supervision under a physio). We think you'd be underused and probably frustrated here, so we won't be progressing your application for this one.

Kind regards
Alana
Clinic Coordinator, Core Motion Newmarket`, 'Physio Assistant application'),

  other(`Hi Ruby,

Your JobTōtara alert: 7 new jobs for "physiotherapist" in Auckland

• Physiotherapist – Hand Therapy – Remuera Hand Clinic – Full time
• Senior Physiotherapist – Cardiorespiratory – Tāmaki Harbour Health – Full time
• Physiotherapist – Sport & MSK – Ōrewa Physio – Part time
• Rehabilitation Physiotherapist – Rātā Living, Howick – Full time

This job is no longer advertised: Physiotherapist – MSK Outpatients (Tāmaki Harbour Health). The advertiser has closed this listing.

You're receiving this because you created a job alert on JobTōtara. Edit or delete this alert.`, '7 new physiotherapist jobs for you'),

  rej('assessment', ['assessment'], { ...offered },
    `Dear Ruby,

Thank you for completing the case review exercise for the Injury Management Advisor (Physiotherapy) role.

We have now assessed all submissions against a consistent marking guide. Unfortunately your submission did not meet the required standard for progression to interview, and we will not be taking your application further.

We appreciate that this will be disappointing. If you'd like to understand more about how your exercise was assessed, reply to this email and a member of the Injury Management leadership team will arrange a short call.

Kind regards,
Kiri Waaka
Talent Partner
Pinnacle Health Insurance`, 'Your application – Injury Management Advisor (Physiotherapy)'),

  other(`Dear Ruby,

Vacancy 4471 – Physiotherapist, Inpatient Rehabilitation

Thank you for submitting your documents. We are pleased to invite you to an interview.

When: Thursday 16 April, 2:00pm
Where: Rehabilitation Unit seminar room, Ward 9, Eastern Community Hospital, Pakuranga
Panel: Lisa Morunga (Charge Physiotherapist), Dr Andrew Kemp (Rehabilitation Physician), Terina Hall (HR)

You'll be asked to talk us through how you would plan the first week of rehabilitation for a patient after a stroke with left-sided weakness. There's no need to prepare slides.

Parking is available in the visitors' car park (pay and display). If you have any questions please call 09 555 0172.

Kind regards,
Recruitment Coordinator`, 'Interview invitation – Vacancy 4471'),

  rej('application', ['generic'], {},
    `Hello Ruby Whitford,

Thank you for your application to PhysioConnect NZ – Physiotherapist (New Lynn).

We have carefully reviewed your application, and we regret to inform you that we will not be moving forward with your candidacy at this time.

Best regards,
PhysioConnect NZ

Powered by Workhive · Privacy notice`, 'Regarding your application to PhysioConnect NZ'),

  other(`hey Rubes,

so I didn't get the Bay of Plenty ortho job 😩 — thank you SO much for doing my reference though, they said the referees were glowing.

the email said "the successful candidate had more experience leading a team" which, fair, but I'm still gutted. They did offer me a feedback call so I'll take it next week. Might ask them what "leading a team" actually means on a ward where nobody's been replaced since 2024 lol.

how's your hunt going? want to get a coffee Saturday and moan about recruitment portals?

Aroha x`, 'well that sucked'),

  other(`Hi Ruby,

Thank you for applying for the Clinical Specialist – Motion Analysis role at Kinetiq Labs.

I'm Maya and I look after people stuff here (there are 14 of us, so it's a small hat). Would you be free for a 20-minute phone call on Monday or Tuesday? I'd like to learn a bit more about you and tell you about what we're building – wearable sensors that let physios measure range of motion and gait at home.

Thanks!
Maya Lindqvist
People & Operations, Kinetiq Labs`, 'Kinetiq Labs – quick call?'),

  rej('application', ['location'], {},
    `Dear Ms Whitford,

Band 6 Rotational Physiotherapist – Job Reference 280-AHP-2611

Thank you for your recent application for the above post.

Unfortunately, you have not been shortlisted on this occasion. Please note that this vacancy is not eligible for Skilled Worker visa sponsorship, and the advert stated that applicants must already have the right to work in the UK.

We wish you every success in the future.

Yours sincerely,
Recruitment Team
Severnside Hospitals NHS Foundation Trust

Please do not reply to this email address as it is not monitored.`, 'Application outcome: 280-AHP-2611'),

  other(`Hi Ruby,

Quick one from the Harbour Blues Rugby Academy. Thanks for applying for Academy Physiotherapist.

Shortlisted applicants are asked to attend a practical session at the high-performance centre. It runs in three parts:

1. Pitch-side scenario (15 min): you'll be given a simulated on-field injury (player down after a tackle) and asked to run your assessment and removal-from-play decision out loud.
2. Taping station (10 min): ankle and thumb strapping on one of our academy players.
3. Written HIA documentation (15 min).

Date: Saturday 25 April, 8:30am. Please bring your own scissors and wear sports gear.

See you there,
Brent Taufa
Head of Medical, Harbour Blues Academy`, 'Academy Physio – practical session'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Ruby,

Thanks for jumping on a call with me on Monday – it was lovely to chat.

I've caught up with Arjun (our CTO) and Dr Fisher (our clinical advisor). We're going to hold off on progressing you for the Clinical Specialist – Motion Analysis role. The honest reason is research experience: the person in this role will be designing validation studies against 3D motion capture, and we really need someone who has run a study before and is comfortable with things like ICC and Bland–Altman analysis. You mentioned you haven't had the chance to do research since your undergrad project, and that's the gap we can't fill in-house right now.

We'd love to keep in touch though. When we hire our first customer-facing clinical educator (probably early next year), your clinic and sports background would fit that brilliantly, and I'll reach out.

Warmly,
Maya`, 'Kinetiq Labs – following up'),

  rej('application', ['internal_candidate'], {},
    `Kia ora Ruby,

Thank you for your application for the Physiotherapist – Hand Therapy role.

I wanted to let you know that this position has been offered to a current member of our team, who has been covering the role on a fixed-term basis, and we will not be progressing external applications.

Kind regards,
Moana
Clinic Manager, Remuera Hand Clinic`, 'Hand Therapy role'),

  other(`Dear Ruby,

Thank you for attending your interview for Vacancy 4471 on Thursday.

The panel would like to progress your application to the final stage, which is reference checking and police vetting. Please could you:

• send us contact details for two referees, one of whom must be your current or most recent clinical supervisor
• complete the attached NZ Police Vetting request form and return it with a copy of your photo ID

Police vetting usually takes up to 20 working days. We will contact your referees only with your permission.

Kind regards,
Terina Hall
HR Advisor
Waiheke & Eastern Community Health`, 'Vacancy 4471 – referees and police vetting'),

  rej('assessment', ['assessment'], { ...fb },
    `Ruby,

Thanks for coming along on Saturday morning. All the candidates were put through the same three stations and scored by me and our senior physio.

Your taping was excellent – quick and tidy. Where you fell down was the pitch-side scenario. When the player said he "felt fine" you let him back on after the Maddocks questions without completing the rest of the on-field screen, and with the balance symptoms he described that should have been an immediate and permanent removal. For an academy with 16 and 17 year olds, that's a non-negotiable for us.

We won't be taking your application any further.

Brent Taufa
Head of Medical`, 'Academy Physiotherapist'),

  other(`Hi Ruby,

This is an automated reminder that your candidate profile with Rātā Living is 60% complete.

Adding your work history and qualifications helps our recruiters match you to new roles. Complete your profile now.

Rātā Living Careers
You can turn off these reminders in Settings.`, 'Your profile is almost complete'),

  rej('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for your application for the position of Physiotherapist – Rural Outreach (0.6 FTE), Hokianga.

We regret to inform you that this position has been withdrawn following a review of service funding, and we will therefore not be proceeding with any applications for this vacancy.

We apologise for any inconvenience.

Human Resources
Northland Rural Health Trust`, 'Physiotherapist – Rural Outreach – vacancy withdrawn'),

  other(`Hi Ruby,

Thank you for applying for the Rehabilitation Physiotherapist role at Rātā Living, Howick.

We'd like to invite you to an interview with Jacqui Ormsby (Village Manager) and Dean Patel (Clinical Nurse Manager). It will be held on site at Rātā Howick, 42 Cascades Road, on Tuesday 5 May at 11am.

As part of your visit we'll take you on a short tour of the care centre, so please allow an hour and a half in total.

Please reply to confirm.

Ngā mihi nui,
Rātā Living Recruitment`, 'Interview – Rehabilitation Physiotherapist, Howick'),

  rej('application', ['generic'], { ...door },
    `Dear Ruby

Thank you for your interest in joining Southern Cross Physio & Sports Injury Clinics.

We've now closed applications for the Physiotherapist – Hamilton East role. Your application wasn't successful this time, but we'd encourage you to keep an eye on our careers site as we regularly recruit across our 22 clinics.

Warm regards,
Talent Team
Southern Cross Physio & Sports Injury Clinics`, 'Physiotherapist – Hamilton East'),

  // ── May
  other(`Dear Ruby,

Thank you for your recent application with Pinnacle Health Insurance. We'd love to hear about your experience.

Please take our 3-minute candidate experience survey: survey.example/phi-cx

Your responses are anonymous and will help us improve how we recruit.

Thank you,
Pinnacle Health Insurance Talent Acquisition`, 'How did we do?'),

  other(`Hi Ruby,

Thanks for your application for the Senior Physiotherapist role at Ōrewa Physio.

I'd love to have a chat. I'm in clinic all week, but could you give me a call on my mobile after 6pm any day except Wednesday? 021 555 8842.

Cheers,
Grant Holloway
Owner / Physiotherapist`, 'Senior Physio role'),

  rej('final', ['internal_candidate'], { ...door },
    `Dear Ruby,

Thank you for your interest in the Rehabilitation Physiotherapist role at Rātā Howick, and for coming back to meet our Regional Clinical Lead for the second interview on Monday.

It was a difficult decision, as we had two very capable finalists. We have offered the position to a physiotherapist who already works across our Eastern villages and who has applied to move into this role permanently.

We would very much like to stay in touch. We expect to advertise a similar role at our new Hobsonville village later this year, and we'd welcome an application from you.

Ngā mihi,
Jacqui Ormsby
Village Manager, Rātā Howick`, 'Rehabilitation Physiotherapist – Howick'),

  other(`Dear Ruby,

Thank you for supplying your referee details. We have now contacted both referees and received their reports, and your police vet has been returned.

I'm delighted to let you know that the panel would like to offer you the position of Physiotherapist, Inpatient Rehabilitation (Vacancy 4471), on a fixed-term basis for 12 months, 1.0 FTE, based at Eastern Community Hospital.

Your salary would be on Step 4 of the Allied Health scale ($84,611). The letter of offer and employment agreement are attached. Please read them carefully and let us know your decision by Friday 15 May.

Congratulations, and we hope you will accept.

Warm regards,
Lisa Morunga
Charge Physiotherapist`, 'Offer of employment – Vacancy 4471'),

  rej('screen', ['location'], { ...fb },
    `Hi Ruby,

Thanks for your time on the phone last night, it was great to hear about your rugby season.

After thinking about what you said, I don't think the timing works. I really need someone who can start in Ōrewa by 25 May and be here Saturdays, and with the drive from the Shore plus your notice period, it doesn't line up. So I'll leave it there for this one.

All the best,
Grant`, 'Senior Physio – Ōrewa'),

  other(`Hi Lisa,

Thanks so much for the offer, I'm really pleased.

Before I sign, I wanted to ask two things:
1. Is there any flexibility on the step? With six years post-registration and my acupuncture certificate, I'd understood I'd come in at Step 5.
2. Is there a possibility the role could become permanent at the end of the 12 months?

Thanks,
Ruby

> On 8 May, Lisa Morunga wrote:
> I'm delighted to let you know that the panel would like to offer you the position...`, 'Re: Offer of employment – Vacancy 4471'),

  other(`Hi Ruby,

Good questions, and I'm glad you asked.

1. I've checked with HR and you're right – with your post-registration years verified, you're entitled to Step 5 ($87,356). I'm sorry for the error. A revised letter is attached.
2. I can't promise permanency, as the role is funded through a regional elective-recovery programme. What I can say is that in the last two years, every fixed-term physio in the unit who wanted a permanent role was offered one when the funding rolled over.

Let me know if you have anything else.

Lisa`, 'RE: Offer of employment – Vacancy 4471'),

  hold('interview', ['role_closed'], {},
    `Hi Ruby,

Thank you for coming in to meet Tama and me about the Injury Prevention Coordinator role last Thursday.

I'm writing to let you know there'll be a delay before we can make a decision. This role is funded through the Active Communities grant, and the funder has pushed back its decision on our next three-year contract to the end of June. We can't make an appointment until we know the funding is confirmed.

You're still very much in the running and we haven't offered the role to anyone. I'll be in touch as soon as we hear.

Ngā mihi,
Hine Te Kani
Community Programmes Manager
Sport Waitākere Trust`, 'Injury Prevention Coordinator – update'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Ruby,

Senior Physiotherapist – Cardiorespiratory (Ref 26/0455)

Thank you for applying. Unfortunately we are unable to shortlist you for this role. The position leads the weekend respiratory on-call roster and supervises junior staff in ICU, and it requires recent cardiorespiratory experience at a senior level, which your application does not show – your most recent respiratory rotation was in 2021.

Your musculoskeletal and orthopaedic experience is of real interest to us, however. We would encourage you to apply for our upcoming orthopaedic roles, which will be advertised in June.

Yours sincerely,
Allied Health Recruitment
Tāmaki Harbour Health`, 'Outcome of application – 26/0455'),

  other(`Hi Ruby,

Thank you for the revised letter. I'm happy to accept the offer of Physiotherapist, Inpatient Rehabilitation (Vacancy 4471) at Step 5, starting Monday 6 July. The signed agreement is attached.

Thanks again for sorting out the step so quickly.

Ruby`, 'Acceptance – Vacancy 4471'),

  hold('application', ['role_closed'], {},
    `Kia ora Ruby,

Thank you for your application for our Community Physiotherapist role (0.8 FTE).

As a charitable hospice, around a third of our clinical positions are funded through our own fundraising, and this is one of them. Our board meets on 2 June to confirm next year's budget after our autumn appeal, and until then we can't confirm that this role will go ahead. We haven't started shortlisting and your application is safely with us.

We'll write to every applicant the week after the board meeting. Thank you for bearing with us.

Ngā mihi,
Carla Dunn
HR Coordinator, Tōtara Hospice Auckland`, 'Community Physiotherapist – a short delay'),

  other(`Dear Ruby,

Welcome to Waiheke & Eastern Community Health! We're pleased you've accepted our offer.

To complete your onboarding before your start date of 6 July, please log in to the new-starter portal and:
– upload your bank account details and IRD number
– complete your KiwiSaver and tax code declaration
– book your occupational health appointment (MMR and varicella status, hepatitis B, fit test)
– complete the online modules: Fire Safety, Hand Hygiene, Te Tiriti o Waitangi in Health

Your manager will be in touch about your orientation timetable.

People & Capability – Onboarding
Waiheke & Eastern Community Health`, 'Welcome – onboarding tasks before you start'),

  rej('interview', ['skills_gap', 'location'], { ...fb, ...offered },
    `Dear Ruby,

Thank you for taking part in the video interview for the Band 6 Physiotherapist (Musculoskeletal) post on Tuesday evening — I know the time difference made it a very early morning for you, and the panel appreciated it.

I'm sorry to say we have decided not to offer you the post. You gave a strong account of your outpatient work, but the post includes regular on-call respiratory cover for our acute wards and the panel was not confident that you have enough recent respiratory experience to do this safely from the start, as well as a period of HCPC registration still to complete.

If it would help, I'd be glad to go over the panel's notes with you on a call; please email me and we'll find a time that works across the time zones.

Kind regards,
Fiona MacLeod
Physiotherapy Team Lead
Loch Arden Community Health Partnership`, 'Band 6 MSK Physiotherapist – interview outcome'),

  other(`Hi Ruby,

Your password for the Tāmaki Harbour Health careers portal was changed on 19 May at 7:12pm.

If you made this change, you can ignore this email. If you didn't, please reset your password immediately and contact our support team.

Careers Portal Support`, 'Your password was changed'),

  rej('application', ['position_filled'], {},
    `Hi Ruby,

Thanks for reaching out, and sorry for the slow reply – it's been a mad few weeks.

We've actually just appointed someone to the physio role, so it's no longer available. Sorry about that!

Kate
Kohimarama Physio

-----Original message-----
From: Ruby Whitford
Sent: Wednesday, 13 May 2026 8:05 pm
Subject: Physio role – still open?

Hi Kate, I saw your ad for a part-time physio on the community noticeboard. Is the role still open? I've attached my CV just in case. Thanks, Ruby`, 'RE: Physio role – still open?'),

  other(`The Moving Parts newsletter – May edition

Kia ora koutou,

Stridely news: We've welcomed two new physios to our clinical team this month – say hi to Ana and Dev! That means our Clinical Physiotherapist (Knee) roles are now filled. Thank you to the more than 90 clinicians who applied.

Coming soon: our hip replacement programme. We'll be recruiting for it in spring.

This month's tip: three ways to help patients keep up their home exercises when the novelty wears off...

You're receiving this because you signed up at stridely.example. Unsubscribe.`, 'Moving Parts – May'),

  rej('screen', ['generic'], {},
    `Dear Ruby,

Thank you for speaking with me on Friday about the Physiotherapist vacancy at Brightwater Aged Care, Joondalup.

I'm writing to confirm that we will not be progressing your application to the next stage. We appreciate the time you have taken, and we wish you well.

Kind regards,
Shannon Reid
Talent Acquisition Specialist
Brightwater Aged Care WA`, 'Physiotherapist, Joondalup'),

  other(`Hi Ruby!

Mana Physio & Rehab here – thanks for applying for the Physiotherapist (ACC & Workplace Rehab) role.

We'd like to get you in for a practical assessment and chat. You'll see one of our staff volunteers as a "new patient" with a work-related shoulder complaint – 30 minutes for your subjective and objective assessment and a short treatment plan, watched by our clinical lead. Then 20 minutes of questions.

Could you do Thursday 28 May at 12.30?

Thanks,
Tui
Practice Administrator`, 'Practical assessment – Mana Physio'),

  rej('interview', ['generic'], {},
    `Hi Ruby,

Thanks for coming in for the interview earlier in the week. I'm sorry but we have decided to go in a different direction with this one.

Regards,
Nathan Oduya
Clinical Director, Elevate Health Collective`, 'Interview'),

  hold('interview', ['generic'], {},
    `Hi Ruby,

Thanks for seeing us last Tuesday. Kate here from Kohimarama Physio again – the other role, the full-time one!

I'm afraid there'll be a bit of a pause on our side. Ellen, who owns the practice and would be your manager, has gone on leave earlier than planned for family reasons and won't be back until at least mid-June. She wants to make the final call herself, so we'll hold off until she's back.

Nothing's been decided and you're still on our shortlist. Sorry to keep you waiting!

Kate`, 'Full-time role – a short wait'),

  other(`Hello Ruby,

This is a reminder from Waiheke & Eastern Community Health.

Our records show your occupational health appointment has not yet been booked. Please book it through the new-starter portal at least 10 working days before your start date (6 July).

Unfortunately we may need to delay your start date if your immunisation status cannot be confirmed in time.

Onboarding Team`, 'Reminder: occupational health appointment'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Ruby,

Thanks for coming in on Thursday for the practical.

Gavin (our clinical lead) said your hands-on assessment of the shoulder was thorough, but we won't be offering you the position. Our workload is about 70% ACC and workplace rehab, and the part we marked you down on was the treatment plan – it didn't include any return-to-work goals or graded duties, and when asked you weren't sure how you would communicate with the case manager or the employer. That's a big part of the job here day to day.

Best of luck with everything,

Tui
on behalf of Gavin Reihana, Mana Physio & Rehab`, 'Practical assessment – outcome'),

  other(`Dear Ruby,

Thank you for applying for the Physiotherapist – Older Persons Health role at Canterbury Lakes Health.

Before we move to interviews, we'd like all shortlisted candidates to complete a short written clinical scenario online. It should take around 45 minutes. You'll be given a case history for an 84-year-old woman admitted after a fall and asked to outline your assessment, your goals and your discharge planning considerations.

Please complete it by 5pm NZT Monday 1 June.

Regards,
Recruitment, Canterbury Lakes Health`, 'Clinical scenario – Older Persons Health'),

  // ── June
  rej('application', ['role_closed'], {},
    `Dear Ruby,

Vacancy 4488 – Physiotherapist, Older Adults Community Team

We wrote to you in April to let you know that recruitment for this role had been paused during a consultation on team structures.

The consultation has now closed. The final decision merges the Older Adults and Community Rehabilitation teams, and the vacancy you applied for has been disestablished as part of the new structure. As a result we are closing the recruitment process, and your application will not be progressed.

Thank you for your patience during this time.

Regards,
Recruitment Coordinator
Waiheke & Eastern Community Health`, 'Vacancy 4488 – closure of recruitment'),

  other(`Kia ora Ruby,

As promised, here's an update on our Community Physiotherapist role. Good news – the board has confirmed funding for the position for the next 12 months.

We will be shortlisting over the next fortnight and will contact you either way by 19 June.

Ngā mihi,
Carla Dunn
HR Coordinator, Tōtara Hospice Auckland`, 'Community Physiotherapist – update'),

  rej('assessment', ['generic'], { ...door },
    `Dear Ruby,

Thank you for completing the written clinical scenario for the Physiotherapist – Older Persons Health role.

We have now completed shortlisting for interview. We regret to inform you that you have not been shortlisted on this occasion. The quality of applications was very high.

We would like to thank you for your interest and encourage you to apply for future vacancies with Canterbury Lakes Health.

Regards,
Recruitment, Canterbury Lakes Health`, 'Physiotherapist – Older Persons Health'),

  other(`Hi Ruby,

Connor again from Apex Allied. I know you've probably got a lot on, but I've got a client in Tauranga – a big private practice with a brand-new sports injury clinic – looking for a senior MSK physio. Relocation package included.

Also, just so you know, the Mt Eden role you were put forward for earlier has now been filled, so I've closed that one on my side.

Any interest in Tauranga? Happy to send details.

Connor`, 'Tauranga opportunity'),

  rej('interview', ['profile_mismatch', 'position_filled'], {},
    `Hi Ruby,

Thanks for your patience while we finalised things.

Ellen is back and has now made her decision on the full-time role. She's offered it to another candidate whose experience was a closer match to our caseload, and they've accepted.

Thanks so much for coming in and for your understanding while we paused things.

Kate
Kohimarama Physio`, 'Full-time role – decision'),

  other(`Dear Ruby,

Thank you for your application for the Physiotherapist – MSK & Sports role at Kauri Coast Physiotherapy, Whangārei.

This message confirms that we have received it. Shortlisting will take place on 12 June. Candidates who are shortlisted will be contacted by phone.

Sincerely,
Mereana Aperahama
Practice Manager`, 'Application acknowledgement'),

  rej('final', ['position_filled'], { ...door },
    `Dear Ruby,

Thank you for being part of our recruitment process for the Community Physiotherapist role, and for your time at both interviews and with the clinical team at the hospice.

You were one of two candidates we took through to the final stage, and it was a genuinely close decision. We have now offered the role to the other finalist, who has accepted.

We were very impressed by how you spoke about working with families. We will keep your details on file, and we'd like to contact you about future physiotherapy vacancies.

Ngā mihi,
Carla Dunn
HR Coordinator, Tōtara Hospice Auckland`, 'Community Physiotherapist – outcome'),

  other(`Hi Ruby,

Thank you for applying to Harbour Blues Rugby Academy.

We'd appreciate 2 minutes of your time to rate your experience with our recruitment process (1–5 stars). Your feedback goes straight to our operations team.

Rate us here: feedback.example/hbra

Harbour Blues Rugby Academy`, 'How was your recruitment experience?'),

  rej('application', ['generic'], {},
    `Thank you for your application.

Position: Physiotherapist
Location: Dubbo, NSW
Status: Unsuccessful

Dear Ruby,

We appreciate your interest in working at Western Plains Health. Your application has been considered, but unfortunately you have not been selected for interview.

Kind regards,
Western Plains Health Recruitment

This is an automated email. Replies to this mailbox are not read.`, 'Application status update – Physiotherapist'),

  other(`Dear Ruby,

Physiotherapist – MSK & Sports, Kauri Coast Physiotherapy

Thanks for taking my call today. As discussed, here are the details of your practical assessment:

Date: Friday 19 June, 1:30pm
Place: 14 Bank Street, Whangārei (upstairs)
Format: 40 minutes with a volunteer "patient" presenting with anterior knee pain. We'd like to see your subjective, objective and a first treatment, and then you'll talk us through your clinical reasoning and plan for the next three sessions.

Unfortunately we can't reimburse travel costs for the assessment, but we'll make sure you get a coffee!

Sincerely,
Mereana Aperahama
Practice Manager`, 'Practical assessment details'),

  rej('screen', ['overqualified', 'salary'], { ...fb, ...door },
    `Hi Ruby,

Quick update on Tauranga. I spoke to the practice owner after your call with him on Tuesday.

He liked you a lot, but he's decided he actually wants someone 2–3 years out of uni for this one. His words were that you'd be "running the place in six months" and he's not set up to pay or promote at that level right now – your expectation of $90k+ is about $15k above what he's got for the role.

Sorry it's not better news. I'll keep looking for you.

Connor Baptiste
Apex Allied Recruitment`, 'Tauranga – feedback'),

  other(`Dear Ruby,

Unfortunately our panel chair, Dr Rewi Marsh, is unwell this week and we need to reschedule your interview for the Orthopaedic Physiotherapist role at North Harbour Private Hospital, which was set for Wednesday 17 June.

Could you attend on Monday 22 June at 9:00am instead? The format and panel otherwise stay the same.

Please accept our apologies for the short notice.

Kind regards,
Becky Lawton
HR Administrator
North Harbour Private Hospital`, 'Interview rescheduled – Orthopaedic Physiotherapist'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Ruby,

Thank you for completing the online assessment for Physiotherapist roles at PhysioPlus Group.

Your results did not meet the benchmark required to progress, so we are unable to continue with your application at this time.

You may re-apply and re-sit the assessment after 6 months. We look forward to hearing from you again.

Kind regards,
PhysioPlus Group Recruitment

This email was generated automatically. Please do not reply.`, 'Your PhysioPlus assessment result'),

  other(`Hi Ruby,

Thank you for applying for the Senior Physiotherapist – Workplace Rehab role at Eastside Workplace Rehab.

We'd like to book in a phone call with you to talk through the role. Please reply with two or three times you're available next week.

Regards,
Priyanka Shah
Office Manager`, 'Phone call – Senior Physiotherapist'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Kia ora Ruby,

Thanks for making the trip up to Whangārei on Friday. I'm sorry this isn't the news you were hoping for.

Our clinical lead and I have decided not to offer you the role. Your subjective was excellent and the patient felt very comfortable with you. Where the other candidates came out ahead was in the objective: you didn't assess hip strength or single-leg control, and the plan you described for the next three sessions was mainly passive treatment, with the loading programme coming late. For anterior knee pain that's the opposite of how we work here.

If you'd like to talk it through more, give me a ring – I'm happy to go over our notes.

Ngā mihi,
Mereana`, 'Kauri Coast – outcome of practical'),

  other(`Dear Ruby,

Thank you for your interest in North Harbour Private Hospital.

Please confirm your attendance at interview:
Monday 22 June, 9:00am
Panel: Dr Rewi Marsh (Orthopaedic Surgeon), Claire Bennet (Physiotherapy Manager), Becky Lawton (HR)

Please bring your APC and two forms of identification.

Kind regards,
Becky Lawton`, 'Interview confirmation'),

  hold('screen', ['role_closed'], {},
    `Hi Ruby,

Thanks for the chat on Tuesday – it was great to talk with you.

I need to let you know we're going to have to pause this recruitment. Most of our workplace rehab work comes through a single provider contract with an insurer, and that contract is up for renewal on 1 July. We've just been told the decision on renewal has been delayed until at least August. Until we know if the contract is renewed, we can't commit to a new senior position.

We'd still like to see you for an interview if and when we can go ahead. I'll get back to you as soon as I hear anything.

Regards,
Priyanka Shah
Eastside Workplace Rehab`, 'Senior Physiotherapist – recruitment on hold'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Ruby,

Orthopaedic Physiotherapist

Thank you for attending interview on Monday. I am writing to let you know that on this occasion you have not been successful.

The panel noted your strong outpatient background. However, the role involves providing hydrotherapy sessions for post-operative patients three mornings a week, and the successful candidate had extensive hydrotherapy experience, which you told us you haven't had.

Claire Bennet, our Physiotherapy Manager, would be happy to discuss your interview with you further. Please contact her on 09 555 0311 if you would like to arrange this.

Kind regards,
Becky Lawton
HR Administrator
North Harbour Private Hospital`, 'Outcome of interview – Orthopaedic Physiotherapist'),

  other(`Hi Ruby,

Your weekly LocumLink digest – week 25

• Physiotherapist – Inpatients – Waikato – 8 weeks – $65/hr
• Sports physio, rugby tournament cover – Rotorua – 4 days
• Physiotherapist, aged care – Papakura – FILLED
• Community physio – Thames – 3 months – CLOSED (no longer required by client)

Because you've told us you start a permanent role on 6 July, we'll pause your digest from next week. You can restart it any time.

LocumLink Health Staffing Ltd`, 'Your weekly LocumLink digest'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Ruby,

Unfortunately not – we're a small private practice and we aren't a licensed visa sponsor, so we're not able to take your application forward. I'm sorry. If you do obtain a visa in your own right (for example through the Youth Mobility scheme if you're eligible), feel free to get in touch again.

Best wishes,
Oliver Grant
Clinic Lead, Harbourside Physio Bristol

> From: Ruby Whitford
> Sent: 23 June 2026 21:14
> To: Harbourside Physio Bristol
> Subject: Question about Physiotherapist role
>
> Hello Oliver,
> I've just applied for your MSK Physiotherapist role. I'm a New Zealand-trained physio, currently going through HCPC registration. Would you consider sponsoring a Skilled Worker visa for the right applicant?
> Many thanks,
> Ruby`, 'RE: Question about Physiotherapist role'),

  other(`Dear Ms Whitford,

Health Professions Registration Council (UK) – International application received

Your application for registration as a Physiotherapist has been received. Application number: INT-PH-26-04412.

We will now assess your qualifications and professional experience. International applications currently take 60 working days on average. Unfortunately we cannot give an update on individual applications before that time.

Please make sure we have received:
• Your verified qualification transcripts (received)
• A certificate of current professional status from the Physiotherapy Board of New Zealand (outstanding)
• Evidence of English language (not required – NZ qualification)

International Registrations Team`, 'Your international registration application'),

  // ── July: a new job, and the last answers come in
  rej('interview', ['role_closed'], { ...door },
    `Kia ora Ruby,

I promised to let you know as soon as we heard from the funder, and I'm sorry this isn't the outcome we wanted.

Our Active Communities application was successful only in part. The funder has kept our school and club programmes but has not funded the injury prevention stream, which is where the Injury Prevention Coordinator role sat. Without that funding we're not able to appoint to the role, so we've closed the recruitment.

You were our preferred candidate after the interviews, so this one stings for us too. We'll be applying to another funder for the injury prevention work next year, and if that comes through I'll be on the phone to you first.

Ngā mihi nui,
Hine Te Kani
Sport Waitākere Trust`, 'Injury Prevention Coordinator – funding outcome'),

  other(`Dear Ruby,

Welcome to the Inpatient Rehabilitation team! We're looking forward to having you start on Monday 6 July.

Your first day: please come to the main reception of Eastern Community Hospital at 8:15am, where I'll meet you. You'll spend the morning at the hospital-wide orientation and the afternoon with me on Ward 9.

Your ID badge and login details will be ready on the day. Please bring your APC, and wear your own clothes – uniforms will be fitted on Tuesday.

See you Monday,
Lisa`, 'Your first day'),

  rej('final', ['generic'], { ...offered },
    `Dear Ruby,

Clinical Lead Physiotherapist – Northern Region

Thank you for your participation in the final stage of our recruitment process, including your presentation to the leadership group and the reference checks.

After careful deliberation, the panel has decided to appoint another candidate.

We appreciate the time and effort you put into this process. If you would like to receive feedback, please let us know and we will arrange a call with Tania Rewiti, General Manager – Clinical Services.

Yours sincerely,
People & Capability
Kōwhai Lifecare Group`, 'Clinical Lead Physiotherapist – Northern Region'),

  other(`Hi Ruby,

Hope the new job's going well! I'm reaching out because we're building a casual pool of physios for weekend sports cover (club rugby, netball and the secondary schools' tournaments) for next season. Most shifts are Saturday mornings, $60–70/hr.

Would you like me to add you to the pool? No commitment until you accept a shift.

Cheers,
Sam Ruatapu
Sports Medicine Services Coordinator, Auckland Sports Trust`, 'Weekend sports cover – casual pool'),

  rej('assessment', ['assessment', 'profile_mismatch'], {},
    `Dear Ruby,

Thank you for submitting your written case study for the Senior MSK Physiotherapist position at Thameside Physiotherapy & Sports Injury.

We received a number of excellent submissions. Having assessed them against our scoring criteria, we have selected candidates whose case studies scored higher and whose experience is more aligned to the position to proceed to interview.

We regret that you have not been selected on this occasion and wish you the very best of luck.

Kind regards,
Recruitment Team
Thameside Physiotherapy & Sports Injury Ltd, London`, 'Senior MSK Physiotherapist – Thameside'),

  hold('assessment', ['role_closed'], {},
    `Dear Ruby,

Band 6 Physiotherapist – Trauma & Orthopaedics (Ref 411-TO-26)

Thank you for completing the written shortlisting exercise for the above post.

We would like to make you aware that the Trust has introduced a vacancy control process for all non-urgent posts, effective this week. All vacancies that have not yet reached interview must be re-approved by the vacancy control panel before recruitment can continue. This post will be considered at the panel's meeting in August.

Your application has not been rejected and your exercise will be held on file. We will be in contact once we know whether the post has been approved to proceed.

Kind regards,
Recruitment Services
Wessex Coast University Hospitals NHS Trust`, 'Update – 411-TO-26'),

  other(`Dear Ruby,

Your Police Vetting request (ref 2026-PVS-0188213) for Waiheke & Eastern Community Health has been completed and the result has been returned to the agency.

Unfortunately we are unable to send results directly to individuals by email. If you would like a copy of your own record, you can request it through the Ministry of Justice.

Police Vetting Service`, 'Police vetting request completed'),

  rej('interview', ['salary'], { ...fb },
    `Hi Ruby,

Thanks for meeting with Rohan and me at Hāpai last week – we both really enjoyed hearing about your rugby season.

Following the interview we've had a good think about your salary expectations. You said you'd need at least $92k to move, given your new hospital role. For this position our range tops out at $82k, and we're not in a position to go beyond it. So unfortunately we won't be able to offer you the role.

Best wishes for the new job,

Lucy Tamihana
Practice Manager, Hāpai Physio Group`, 'Hāpai – following our interview'),

  other(`Hi Ruby,

Not sure if you saw this – my old manager at the Sports Clinic is hiring a senior physio with dry needling for two days a week. I know you've just started at Eastern but thought you might want it as a side gig on weekends.

Ad's here: jobs.example/sportsclinic-senior

No pressure! Also coffee soon pls.
Aroha`, 'fwd: weekend senior role?'),

  rej('screen', ['profile_mismatch'], {},
    `Dear Ruby,

Thank you for taking the time to speak with me about the Clinical Claims Advisor – Physiotherapy role at Kōtuku Health Insurance.

Following our conversation, we have decided not to progress your application further. We are looking for a candidate with a background that more closely aligns to our requirements.

We wish you every success.

Kind regards,
Denise Hooper
Senior Talent Advisor
Kōtuku Health Insurance`, 'Your application for Clinical Claims Advisor'),

  other(`Hi Ruby,

Are you still interested in the Physiotherapist (Pacific Communities) role?

We haven't heard back from you about booking your interview. Interviews are running on 21 and 22 July, and unfortunately we'll need to close the booking list by Friday.

Reply to this email or call 09 555 2240 to book a time.

Ngā mihi,
Talent Team, Mangere Health Centre`, 'Interview booking – please reply'),

  rej('final', ['location', 'position_filled'], { ...fb, ...door },
    `Dear Ruby,

I wanted to write personally following our final-round video call last Thursday with Dr Harris and our head of rehabilitation.

We have offered the Senior Physiotherapist role to another candidate, who accepted yesterday. You were very close. The deciding factor was timing and location: we need the successful candidate on site in Manchester by the start of the football season in August, and with your HCPC registration and visa still to come through, the earliest realistic start for you would have been November.

Please do stay in touch. Once your registration is complete, we would be glad to hear from you if another role with us appeals.

With kind regards,
Emma Whitlock
Operations Director
Pennant Sports Medicine, Manchester`, 'Senior Physiotherapist – outcome'),

  rej('application', ['generic'], { ...door },
    `Dear {FirstName},

Thank you for your interest in the position of {JobTitle} at Evergreen Retirement Communities.

We have reviewed your application and, on this occasion, we will not be taking it further. We have been delighted with the response to this role.

We will retain your details in our talent community and may contact you should a suitable opportunity arise.

Kind regards,
Evergreen Careers`, 'Your application with Evergreen Retirement Communities'),

  other(`Hi Ruby,

Thank you for your application for the Physiotherapist – Sports role at Altitude Physio, Queenstown.

Unfortunately due to the high volume of applications we receive, we're only able to respond to shortlisted candidates. If you haven't heard from us within two weeks of the closing date (31 July), please assume you have not been shortlisted this time.

Thanks again,
Altitude Physio`, 'Application received – Altitude Physio'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Ruby,

So sorry – I should have emailed you last week. We offered the role to another applicant after the interviews. Her vestibular experience tipped it: we see a lot of BPPV and post-concussion dizziness, and you mentioned you'd only managed a handful of vestibular patients.

Thanks for your patience and for following up.

Hamish Grey
Clinic Director, MoveWell Physio – Ponsonby

On Mon, 20 Jul 2026 at 7:48 PM Ruby Whitford wrote:
> Hi Hamish,
> Just checking in about the Senior Physio role – I came in for the interview on the 7th and wondered if there's been a decision? No rush at all, just keen to know where things stand.
> Cheers,
> Ruby`, 'Re: Senior Physio role'),

  other(`Kia ora Ruby,

Thanks for getting back to us about the feedback call for the Clinical Lead Physiotherapist – Northern Region role.

Tania Rewiti can speak with you on Thursday 30 July at 12:30pm by phone. She'll call you on 021 555 4190. If that time doesn't suit, let me know and I'll find another.

Ngā mihi,
People & Capability
Kōwhai Lifecare Group`, 'Feedback call – Clinical Lead Physiotherapist'),

  rej('application', ['role_closed'], {},
    `Hi Ruby,

As promised, an update on the Senior Physiotherapist – Workplace Rehab role.

We've now heard that our provider contract will not be renewed in its current form – it's being split between three smaller providers from October, and our share of the work will be much lower. As a result, we won't be creating the senior position after all and we've closed the vacancy.

I'm sorry to bring you this news after the wait, and thanks for your patience.

Regards,
Priyanka Shah
Eastside Workplace Rehab`, 'Senior Physiotherapist – vacancy closed'),

  other(`Dear Ruby,

Physiotherapist (Pacific Communities) – interview confirmed

Thank you for booking your interview.

Date: Wednesday 22 July
Time: 3:00pm
Place: Mangere Health Centre, Board Room (ask at main reception)
Panel: Losa Tuimavave (Allied Health Manager), Reverend Ioane Lemalu (Community Advisory Group), Kim Nguyen (Senior Physiotherapist)

The interview will open with a short mihi and lotu. Whānau support people are welcome.

Talent Team, Mangere Health Centre`, 'Interview confirmed – Physiotherapist (Pacific Communities)'),

  rej('assessment', ['assessment'], { ...fb },
    `Hello Ruby,

Thank you very much for sending the video of your case presentation for our clinic.

I am sorry, but we decide not to continue with your application. In the video you explained the diagnosis of the lateral ankle sprain very well, but you did not talk about the Ottawa ankle rules or when you will refer for x-ray. In our clinic many patients come straight from the weekend sport without GP, so the physio must decide this first. This was the main point we wanted to see in the task.

Thank you again for your time and I wish you good luck.

Dr Min-jun Park
Director, Seoul-Auckland Sports & Spine Clinic, Northcote`, 'About your case presentation video'),

  other(`Hi Ruby,

Job alert: 3 new roles match "senior physiotherapist sports"

1. Senior Physiotherapist – Elite Sport Pathway – Northern Sport Academy, Auckland
2. Physiotherapist – Northern Mariners FC – part-time, contract
3. Senior Physio – Altitude Physio, Queenstown (applications closed – the employer has stopped accepting applications)

View all jobs | Manage alerts

Physio Careers NZ`, 'Job alert: 3 new roles'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Ruby,

Fa'afetai lava for coming in to meet us on Wednesday. We were grateful for the care you took in preparing, and the panel enjoyed your kōrero about working with whānau on the ward.

I'm sorry to tell you that we have decided to offer the role to another applicant. Two thirds of our patients in this service speak Samoan or Tongan as their first language and many of our older patients prefer to speak only in their own language, so for this position we gave strong weight to fluency in a Pacific language, which the successful candidate has.

We hope you will apply again. We are recruiting for a general outpatient physiotherapist in the new year, where language will not be a requirement.

Ia manuia,
Losa Tuimavave
Allied Health Manager, Mangere Health Centre`, 'Physiotherapist (Pacific Communities)'),

  other(`Dear Ms Whitford,

International application INT-PH-26-04412

Thank you for your application. Unfortunately we are unable to continue our assessment until we receive the certificate of current professional status from the Physiotherapy Board of New Zealand. Please ask the Board to send this directly to us.

If we do not receive it within 30 days your application will be closed, and you will need to start a new application.

International Registrations Team`, 'Action required: your registration application'),

  rej('assessment', ['role_closed'], {},
    `Dear Ruby,

Band 6 Physiotherapist – Trauma & Orthopaedics (Ref 411-TO-26)

We wrote to you in July to let you know this post was awaiting review by the Trust's vacancy control panel.

The panel met on 6 August and has not approved the post to proceed this financial year. We have therefore withdrawn the vacancy and your application will not be taken further.

We are sorry for any disappointment this may cause, and thank you for the time you spent on the written exercise.

Kind regards,
Recruitment Services
Wessex Coast University Hospitals NHS Trust`, 'Withdrawal of vacancy – 411-TO-26'),

  other(`Hi Ruby,

Thanks for your interest in Sanjeevani Physio & Wellness. We would like to invite you for interview for the post of Physiotherapist (weekend and evening sessions).

Kindly come on Saturday 8 August at 10 am to our Papatoetoe clinic. Interview will be with Dr Anand Kulkarni and Mrs Preeti Kulkarni. Please bring your original certificates and APC.

Kindly confirm your availability at the earliest.

Thanks & Regards,
Reception Team
Sanjeevani Physio & Wellness`, 'Interview call – Physiotherapist'),

  rej('assessment', ['assessment'], { ...door },
    `Hey Ruby,

Cheers for sending the movement screen video through.

The coaching group and I have been through all of them. We've gone with candidates who scored higher on the screening task, so we won't be moving forward with you for the part-time physio spot this time round.

Our season starts again in March and we usually need extra hands for the pre-season camp, so have another crack then!

Dave Whitcombe
Head of Football Operations
Northern Mariners FC`, 'Part-time physio'),

  other(`Dear Ruby,

Thank you for your recent feedback call with Tania. As part of our commitment to improving the candidate experience, we'd be grateful if you could answer four short questions about the recruitment process for Clinical Lead Physiotherapist – Northern Region.

Start survey: survey.example/kowhai-candidate

Kōwhai Lifecare Group`, 'Tell us about your experience'),

  rej('interview', ['generic'], { ...door },
    `Dear Ruby,

Greetings from Sanjeevani Physio & Wellness.

Thank you for attending the interview on 8th August. We have decided to go ahead with another candidate for the post of Physiotherapist (weekend and evening sessions).

We will keep your CV in our database and contact you whenever any suitable opening comes up in future.

Thanks & Regards,
Dr Anand Kulkarni
Sanjeevani Physio & Wellness`, 'Regarding your interview'),

  other(`Hi Ruby,

I'm Hollie from Albion Allied Health Recruitment in London. I saw that you are registering with the HCPC – congratulations on taking the leap!

We place overseas-trained physios into NHS Band 5 and 6 posts and private clinics, and many of our NHS trusts sponsor Skilled Worker visas. Unfortunately the Band 6 MSK post at St Brannock's that was advertised last month is now closed, but we have several similar roles opening in September.

Would you like to book a call to go through what's available?

Kind regards,
Hollie Marsh
Senior Consultant – AHP International`, 'UK physio roles with visa sponsorship'),

  rej('final', ['profile_mismatch'], { ...door },
    `Ruby – thanks for coming back in for the second interview and the ward walk-round on Tuesday. You were one of our last two. We've decided to go with the other candidate, whose background fitted the surgical caseload a little better. We'd be keen to hear from you next time we recruit.

Grace Okafor
Physiotherapy Manager, Mercy Ridge Hospital`, 'Mercy Ridge – decision'),

  other(`Hi Ruby,

Your account with Careers at Harbour Rehab Services has been inactive for 150 days.

In line with our privacy policy, we will delete your account and any applications in it in 30 days unless you sign in. If you'd like to keep your account, just sign in before 12 September.

Harbour Rehab Services Careers`, 'Your candidate account will be deleted'),

  rej('final', ['culture_fit'], { ...fb, ...offered },
    `Hi Ruby,

Thank you for flying over for the final round with the Brisbane Comets medical team and for spending the day at training with us. We know that was a big ask around a new job.

We've reached a decision and, unfortunately, we won't be offering you the Rehabilitation Physiotherapist role. This came down to how the team works rather than your clinical skill, which all of us rated highly. Our medical group runs a very flat, player-led model where the physios negotiate return-to-play plans directly with the athletes, and across the day the panel felt you were more comfortable with a clinician-led approach.

If you'd like to talk through the panel's thoughts in more detail, drop me a line and I'll set up a call with our Head of Performance Medicine.

Cheers,
Jess Tran
People & Culture, Brisbane Comets`, 'Rehabilitation Physiotherapist – final round outcome'),

  other(`Kia ora Ruby,

Aotearoa Physiotherapy Association – Auckland branch news

• Congratulations to our members who started new roles this winter!
• Vacancies board: the Senior Physiotherapist (Cardiorespiratory) role at Tāmaki Harbour Health and the Community Physiotherapist role at Tōtara Hospice have both been filled. Thank you to the employers who advertised with us.
• CPD evening: "Loading the tendon – what's new in 2026", 3 September, Grafton.

Branch Committee`, 'Auckland branch news – August'),
];
