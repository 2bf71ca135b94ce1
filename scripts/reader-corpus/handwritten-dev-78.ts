/**
 * Mail to people applying in healthcare and social care: nurses, midwives, healthcare assistants, paramedics,
 * therapists, radiographers, pharmacy staff, junior and locum doctors, dental nurses, care workers, clinic and
 * hospital administrators. Senders are NHS trusts and boards, US hospital systems, Australian and Canadian health
 * services, private clinics, care homes, home-care and locum agencies and pharmacy chains. Declines cite registration
 * or licensure, post-registration years, missing ward experience, drug-calculation tests and clinical stations,
 * references and health clearance, shift patterns, sponsorship, bank staff already on the ward and withdrawn funding.
 * Paused processes come from freezes, ward reconfigurations and managers on leave. Look-alikes share the wording:
 * shortlisting notices, interview invitations with a drug-calc test, pre-employment check requests, agency shift
 * offers, "under review" notes, band 5 job alerts and conditional offers.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d78-');

export const HANDWRITTEN_DEV_78: readonly CorpusLine[] = [
  // ── Rejections: application stage
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your interest in the post of Staff Nurse - Band 5 (Ward 14, Respiratory), reference 291-MED-4471-A.

Unfortunately on this occasion you have not been shortlisted for interview. We received a high number of applications for this vacancy.

Yours sincerely,
Recruitment Team
Northmoor Teaching Hospitals NHS Foundation Trust

This is an automated message. Please do not reply to this email.`, 'Application for Staff Nurse - Band 5 - 291-MED-4471-A'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Ms Okafor,

Thank you for applying for the Registered Nurse - Medical/Surgical position at St. Agatha Regional Medical Center.

After reviewing your application, we are unable to move forward at this time. This position requires an active, unencumbered RN license in the State of Ohio or a multistate compact license, and our records show your license is issued in California only.

We appreciate your interest in St. Agatha.

Talent Acquisition
St. Agatha Health System`, 'Your application for Registered Nurse - Med/Surg (Req #R-0038812)'),

  rej('application', ['location'], { ...fb, ...door },
    `Dear Dr Ramasamy,

Thank you for your application for the Clinical Fellow in Emergency Medicine (ST3 equivalent) post.

We are sorry to tell you that we are unable to take your application further. This post is not eligible for Certificate of Sponsorship under the Skilled Worker route, and the advert stated that applicants must already hold the right to work in the UK.

We would encourage you to keep an eye on NHS Jobs, as some of our longer fixed-term fellowships do offer sponsorship and you would be very welcome to apply for those.

Medical Staffing
Kinross Valley University Hospitals`, 'Clinical Fellow - Emergency Medicine - outcome'),

  rej('application', ['profile_mismatch'], {},
    `Hi Daniel,

Thanks for your application for the Healthcare Assistant role at Willowbank House. We've had a look through it and we don't think it's the right match for this role at the moment. We've gone ahead with applicants whose experience was closer to what we need.

All the best,
Sharon
Willowbank House Care Home, Hexham`, 'Healthcare Assistant - Willowbank House'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Aoife,

Many thanks for applying for the Band 6 Junior Sister post on the Cardiothoracic ICU.

The panel met to shortlist last week. Unfortunately we have not been able to shortlist you. The person specification asks for a minimum of two years' post-registration experience in critical care, and your application shows around eight months in ICU following your preceptorship on general surgery.

Please don't be discouraged: we are recruiting Band 5 critical care nurses on a rolling basis and that would be a great route to build the experience for a Band 6 post here. I'd be happy for you to apply.

Kind regards,
Marguerite Haddon
Matron, Critical Care
Castlegate Hospitals NHS Trust`, 'Shortlisting outcome - Band 6 Junior Sister CTICU'),

  rej('application', ['role_closed'], {},
    `Dear Candidate,

We are writing regarding your application for Occupational Therapist (Band 5) - Community Rehab Team, job reference 388-CR-0912.

Please be advised that this vacancy has been withdrawn, as funding for the post is no longer available. Your application will therefore not be progressed.

We apologise for any inconvenience.

Glenhaven Community Health Partnership
Recruitment Services`, 'Vacancy withdrawn: 388-CR-0912'),

  rej('application', ['generic'], { ...door },
    `Hi Tamsin, thanks for applying for the Dental Nurse post with Brightsmile Dental Group. We won't be taking your application forward this time, but we'd love you to apply again for future vacancies. Best wishes, Jodie (Practice Manager)`, 'Dental Nurse - Brightsmile Redhill'),

  rej('application', ['location', 'skills_gap'], { ...fb },
    `Hello Mr. Bautista,

Thank you for your interest in the Registered Nurse - Emergency Department position (Job ID 44871) with Prairie Ridge Health in Saskatoon.

We have reviewed your application. At this time we are unable to consider it further: the role requires active registration with the College of Registered Nurses of Saskatchewan (or eligibility through the interprovincial process), and candidates must be legally entitled to work in Canada at the time of hire. Your application indicates you are currently registered in the Philippines and would require a work permit.

Sincerely,
Human Resources – Talent Acquisition
Prairie Ridge Health`, 'Prairie Ridge Health - Application Update (Job ID 44871)'),

  rej('application', ['overqualified'], { ...fb },
    `Dear Hannah,

Thank you for applying for the Pharmacy Assistant role at our Fenwick Road branch.

Having looked at your CV, we feel that with your experience as a registered pharmacy technician and accuracy checker, this role would not make the most of your skills and would likely not hold your interest for long. For that reason we won't be taking your application forward.

Kind regards,
Recruitment Team
Hollin & Marsh Pharmacy`, 'Your application - Pharmacy Assistant'),

  rej('application', ['salary'], { ...fb },
    `Hi Ruth,

Thanks for getting back to me with your expected hourly rate. Unfortunately £19.50 an hour is well above what we can offer for the senior carer role (our rate is £13.20 plus enhancements for nights and weekends), so I don't think we'll be able to take this further.

Best wishes,
Kerry Blaine
Registered Manager, Elmhurst Home Care`, 'Re: Senior Carer - Elmhurst Home Care'),

  rej('application', ['internal_candidate'], {},
    `Dear Mr Hollis,

Thank you for applying for the post of Ward Clerk / Administrator (Band 3), Maternity Unit.

I am writing to let you know this post has been appointed to internally, following redeployment of an existing member of staff under the Trust's organisational change policy. We will therefore not be shortlisting external candidates.

Yours sincerely,
Recruitment Team, Southmere & Kell NHS Trust`, 'Post update - Ward Clerk (Maternity)'),

  rej('application', ['position_filled'], {},
    `Hello,

Thanks for applying for the weekend Pharmacy Technician role. We've now filled this position so we won't be progressing your application.

Regards,
Aldridge Pharmacy Group`, 'Pharmacy Technician (weekends)'),

  rej('application', ['skills_gap'], { ...fb },
    `<p>Dear Liam,</p>
<p>Thank you for your interest in the <b>Paramedic (Band 6)</b> vacancy with Eastern Counties Ambulance Service NHS Trust.</p>
<p>Unfortunately your application does not meet the essential criteria in the person specification, specifically <b>current HCPC registration as a Paramedic</b> and a <b>C1 category on your driving licence</b>. As such, we are unable to take your application further.</p>
<p>Thank you for your interest in working with us.</p>
<p>ECAS Recruitment</p>
<p style="font-size:10px">Please do not reply to this email; this mailbox is not monitored.</p>`, 'Paramedic Band 6 - Application Update'),

  rej('application', ['culture_fit'], { ...fb },
    `Hi Emma,

Thank you for taking the time to apply to Kindred Therapy Collective. We read through your application and cover letter with interest.

We're a very small, co-operatively run practice where every clinician shares reception, billing and rota duties, and from your letter it sounded like you were looking for a more traditional, clinical-only physio role with a clear management structure. We don't think we'd be the right environment for you, so we won't be inviting you to interview.

Warmly,
The Kindred team`, 'Your application to Kindred'),

  rej('application', ['generic'], {},
    `Thank you for your application for Medical Coder II. After careful review, we have decided to pursue other candidates for this position. We wish you the best in your job search.

Coastal Pines Health Network | Human Resources
This email was sent from an unmonitored account.`, 'Medical Coder II - Coastal Pines Health Network'),

  rej('application', ['role_closed'], { ...door },
    `Dear Kwame,

Thanks again for your application for the Care Coordinator post in our Leeds office.

I'm sorry to tell you that we've had to pause and then cancel this role following a change to our local authority contract, which means the Leeds North area will now be covered by our existing team. We won't be recruiting for it.

I'd like to keep your details on file; if the contract position changes we'll recruit again and I'd be glad to get in touch.

Kind regards,
Farah Ali
Recruitment Lead, Homeward Care Services`, 'Care Coordinator - Leeds'),

  rej('application', ['location', 'skills_gap'], { ...fb },
    `Hi Sophie,

Thanks for your interest in the Community Nurse role. Just to let you know we can't take your application forward, as the post needs you to drive between patients' homes across the Dartmoor patch and you've said you don't hold a driving licence and are based in Bristol without plans to move.

All the best,
Teignbridge Community Nursing Team`, 'Community Nurse role'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Olivia,

Thank you for applying for the Radiographer (Band 6, CT) role. On this occasion other applicants more closely met the shortlisting criteria, so we won't be inviting you to interview.

We would be happy to receive an application from you for future vacancies in the Imaging directorate.

Imaging Recruitment
Harrowfield University Hospitals`, 'Radiographer Band 6 CT - outcome'),

  rej('application', ['position_filled', 'internal_candidate'], {},
    `Hi Mateo,

I just wanted to reply personally about the night HCA post on Ward 7. Unfortunately the shifts have been picked up by one of our bank HCAs who has been covering the ward for months and applied for the permanent post, and she has now accepted it. So the post is filled and we won't be interviewing.

Thanks for your interest,
Bev Chandler
Ward Manager, Ward 7 (Elderly Care)`, 'Re: HCA nights Ward 7'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Dr Chen,

Thank you for your application for the Locum Consultant Anaesthetist post.

We are unable to progress your application because you do not currently hold full GMC registration with a licence to practise, and the post requires entry on the GMC Specialist Register. In addition, we are not able to offer visa sponsorship for locum positions of under 12 months.

Medical Workforce Team
Ashby & District Hospitals`, 'Locum Consultant Anaesthetist - application'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Graham,

Thank you for applying for the Clinic Receptionist role at Meadow Lane Surgery.

Honestly, we were surprised to see an application from someone who has run a whole outpatients department! We think you'd find the role quite limiting and we're looking for someone who wants to stay on the front desk long-term, so we won't be shortlisting you. If a practice manager post comes up here we'd really like to hear from you.

Kind regards,
Anita Shaw
Practice Manager`, 'Clinic Receptionist - Meadow Lane Surgery'),

  rej('application', ['generic'], {},
    `Your application status has changed.

Job: Patient Care Technician - Telemetry (Nights) | Req ID: 219043
Status: Not Selected

Please log in to the Candidate Home to view your applications.

Mercy Valley Health | Careers`, 'Application status update'),

  rej('application', ['skills_gap'], { ...fb, ...offered },
    `Dear Nkechi,

Thank you for applying for the Midwife (Band 6) post at Fairhaven Women's Hospital.

I'm sorry to say you haven't been shortlisted on this occasion. For this post we needed candidates who are already confident in independent intrapartum care on a high-risk delivery suite, and your application shows most of your post-qualification time has been on the postnatal ward and in the community.

If you'd like to talk this through, please give me a call on 01632 960 418 and I'll happily go over your application with you.

Best wishes,
Lorraine Pike
Deputy Head of Midwifery`, 'Midwife Band 6 - shortlisting'),

  rej('application', ['location'], { ...fb },
    `Dear Applicant,

Thank you for your interest in the Aged Care Worker position with Bluegum Lodge, Ballarat.

Unfortunately we are unable to progress your application. Applicants must have full working rights in Australia; our organisation is not an approved sponsor for this role and cannot consider applicants on visas with restricted work hours.

Regards,
Bluegum Lodge People & Culture`, 'Aged Care Worker - Bluegum Lodge'),

  rej('application', ['salary', 'profile_mismatch'], { ...fb },
    `Hi Priscilla,

Thanks for your application for the Practice Nurse position. We've reviewed everyone who applied and we won't be taking yours further. Your salary expectation was above the top of the band we have for this post, and we also felt that other applicants' backgrounds were a closer match to what the practice is looking for.

Best wishes,
Dr Ian Moffat
GP Partner, Ferndale Medical Practice`, 'Practice Nurse application'),

  // ── Rejections: screen
  rej('screen', ['location', 'skills_gap'], { ...fb },
    `Hi Jordan,

Thanks for taking my call this morning about the ICU Travel RN contract at Lakeshore Memorial.

As we discussed, the facility needs you to start on the 14th and your Illinois license won't be issued in time (the board said 4-6 weeks for endorsement). Because of that, I'm not able to submit you for this one.

Talk soon,
Brianna Castillo
Senior Recruiter | MedBridge Staffing`, 'Lakeshore ICU contract'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hi Leanne,

Thank you for speaking with me on Tuesday about the Care Worker role. I've thought about our conversation, and I don't think we'd be the right fit for each other. Our clients rely on a very close-knit team where carers cover each other's calls at short notice, and you said you'd prefer to work on your own without much contact with the office. We won't be taking things further.

Kind regards,
Dee Marsh, Coordinator
Harbour Lights Homecare`, 'Care Worker - follow up'),

  rej('screen', ['skills_gap'], { ...fb },
    `Dear Mr Oyelaran,

Thank you for your time on the telephone screening call on 3 June for the Band 7 Advanced Clinical Practitioner post.

As discussed on the call, the post requires completion of an MSc in Advanced Clinical Practice (or the full set of modules including non-medical prescribing). As you are still in the first year of the programme, we are unable to progress you to interview.

We wish you every success with your studies.

Workforce Team, Riverdell Urgent Care Centre`, 'ACP Band 7 - screening call outcome'),

  rej('screen', ['salary'], { ...fb },
    `Hi Marcus — thanks for the chat earlier. As mentioned, the top of our range for the Outpatient PT role is $88k plus the sign-on bonus, and you were looking for $105k base. I don't think we can bridge that gap, so we'll close this one out on our side. Really appreciate your time. — Kelsey, Summit Rehab Partners`, 'Outpatient PT - Summit Rehab'),

  rej('screen', ['generic'], { ...door },
    `Dear Fatima,

Thank you for the telephone conversation last week regarding the Pharmacist role at our Wembley store.

After reviewing all candidates we have spoken with, we will not be progressing your application to the next stage. We will keep your details on our register and may contact you about other pharmacist vacancies in north-west London.

Kind regards,
Pharmacy Recruitment
CarePlus Chemists Ltd`, 'CarePlus Chemists - Pharmacist Wembley'),

  rej('screen', ['profile_mismatch'], { ...offered },
    `Hi Chloe,

It was nice speaking to you on Monday. I've fed back to the ward manager and unfortunately she has decided not to take you to interview for the Theatre Practitioner role this time; she felt other applicants' backgrounds were a closer fit for the team.

If you'd like more detail, let me know and I'll ask her for some notes.

Thanks,
Ravi
Talent Partner, Sycamore Private Hospitals`, 'Theatre Practitioner - update'),

  rej('screen', ['location', 'role_closed'], { ...fb },
    `Hello Agnieszka,

Thank you for the call on Thursday. Since we spoke two things have changed: the Cardiff locum paediatric SHO block has been cancelled by the health board, and the only remaining block is in Aberdeen, which you said you couldn't travel to. So I'm afraid I don't have anything to put you forward for at the moment.

Best,
Callum Reid
Locum Consultant, Apex Medical Locums`, 'Locum SHO - update'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Sandeep, thanks for the screening call. The team are only taking nurses who hold current ACLS and PALS for this ED role and you mentioned both lapsed last year, so we won't move forward right now. — Talent Acquisition, Beacon Hill Hospital`, 'Beacon Hill - ED RN'),

  // ── Rejections: assessment
  rej('assessment', ['assessment'], { ...fb },
    `Dear Grace,

Thank you for attending the assessment session on Tuesday for the Band 5 Staff Nurse (Newly Qualified) rotation.

I'm sorry to let you know that you did not reach the required pass mark in the drug calculation test (the pass mark is 100%; you scored 17/20). Because the calculation test is an essential part of our recruitment, we're unable to offer you a post on this occasion.

You are welcome to reapply in the next recruitment round in three months' time.

Yours sincerely,
Nurse Recruitment Team
Lindenfield Hospitals NHS Foundation Trust`, 'Assessment day outcome'),

  rej('assessment', ['assessment'], { ...door },
    `Hi Tom,

Thanks for completing the online situational judgement test for the Support Worker position. Your result was below the level we need to move to the next stage, so we will not take your application further at this time.

You can re-take the assessment and reapply after 6 months.

Regards,
Lifeways Support Services Recruitment`, 'Your Lifeways assessment'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...offered },
    `Dear Ms Adebayo,

Re: OSCE for overseas-trained nurses — Registered Nurse, Band 5

Thank you for sitting our internal practice OSCE on 11 March. The assessors have asked me to let you know that you were not successful in two of the six stations: the medication administration station (the patient's allergy was not checked against the prescription chart) and the basic life support station (compression depth and rate were below standard).

As a result we are not able to progress your application for the supported OSCE pathway at this time. We strongly recommend further BLS training before applying again.

If you would like to go through the assessor notes in more detail, please email me and I'll arrange a call.

Kind regards,
Yvonne Castell
Clinical Practice Educator, International Recruitment
Bramley Hill NHS Trust`, 'Outcome of practice OSCE'),

  rej('assessment', ['generic'], {},
    `Hello,

Thank you for completing the numeracy and literacy tests for the Pharmacy Dispenser apprenticeship. After review, we won't be progressing your application any further.

Thanks,
Rowan Pharmacy Apprenticeships`, 'Pharmacy apprenticeship'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Aaron,

Thank you for sitting the ICD-10-CM/CPT coding assessment for the Inpatient Coder role. Your accuracy came out at 81%, and we require 90% or above on the coding test for this position. Unfortunately that means we won't be moving forward.

Best,
HIM Department Recruiting
Great Lakes Regional Health`, 'Coding assessment results'),

  rej('assessment', ['skills_gap'], { ...fb },
    `Dear Ms Lindqvist,

Thank you for your interest in the Home Care Nurse position. As part of pre-employment screening we verified your nursing registration.

The check shows your registration with the NMC lapsed in January and has not been revalidated. We are unable to continue your application until you hold current, effective registration.

Yours sincerely,
Compliance Team
Sunridge Nursing Agency`, 'Registration check'),

  rej('assessment', ['assessment'], {},
    `Dear Bilal,

Thanks for attending the physical fitness and driving assessment for Emergency Medical Technician. Unfortunately you did not pass this stage and we cannot take your application any further.

Recruitment, Westfold Ambulance Service`, 'EMT assessment outcome'),

  rej('assessment', ['culture_fit', 'assessment'], { ...fb },
    `Hi Jess,

Thank you for coming to our group assessment afternoon at Oakvale Care Village last Friday.

The team have had a chance to look at how everyone got on. In the group scenario about a resident refusing personal care, our assessors noted that you pushed for the task to be finished rather than stepping back and respecting the resident's choice, which goes against the person-led values we work by. Your written exercise also didn't reach the standard we needed. We won't be offering you a position on this occasion.

Kind regards,
Gemma Ross
Training & Recruitment Lead`, 'Oakvale Care Village - assessment'),

  // ── Rejections: interview
  rej('interview', ['generic'], {},
    `Dear Miss Tolley,

Thank you for attending interview for the post of Healthcare Support Worker (Band 2) on 14 February 2025.

I regret to inform you that on this occasion you have not been successful.

Thank you for your interest in working for the Trust.

Yours sincerely,

Recruitment Services
Aldermoor Health and Care NHS Foundation Trust
This email was generated automatically from the recruitment system. Please do not respond.`, 'Interview outcome - Healthcare Support Worker'),

  rej('interview', ['skills_gap', 'position_filled'], { ...fb, ...door },
    `Hi Reece,

Thanks so much for coming in to meet Claire and me on Thursday for the Band 5 Physiotherapist rotation.

We both really enjoyed talking to you. The deciding factor for us was respiratory experience: the rotation starts on the respiratory on-call rota within the first month, and in your answers you were open that you hadn't yet done a respiratory placement or on-call. The candidate we've offered the post to had completed a six-week ICU placement.

We'd very much encourage you to apply again when the next rotation goes out in the autumn, and to mention any respiratory CPD you've done.

Best wishes,
Hannah Forde
Physiotherapy Team Lead, Marshfield General`, 'Band 5 Physio rotation'),

  rej('interview', ['position_filled'], {},
    `Hi Natalia,

Thank you for interviewing with us for the Registered Nurse - Labor & Delivery role. We wanted to let you know that the position has been filled. We appreciate your time and interest in Cedar Grove Medical Center.

Sincerely,
Nursing Recruitment`, 'Update on your application - RN Labor & Delivery'),

  rej('interview', ['internal_candidate'], { ...door },
    `Dear Simone,

Thank you for your time at interview on Wednesday for the Band 7 Ward Manager post on Larch Ward.

The panel had a difficult decision. We have decided to appoint one of the ward's current Band 6 sisters, who has been acting up in the role over the last six months. I'd like to stress this was a very close decision.

I'd be glad to see you apply for future Band 7 posts in the division.

Kind regards,
Paul Iqbal
Head of Nursing, Surgery Division`, 'Band 7 Ward Manager - Larch Ward'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Ben,

Thanks for interviewing with our team for the Senior Care Assistant position last week.

We appreciated your honesty in the interview. When we talked about how we involve families in care planning, you said you'd rather keep relatives out of day-to-day decisions, and our whole approach at Larkspur is built around families being part of the team. We didn't feel it would be the right fit, so we've decided not to offer you the role.

Best regards,
Larkspur Court Management`, 'Senior Care Assistant - Larkspur Court'),

  rej('interview', ['location'], { ...fb },
    `Dear Dr Farouk,

Thank you for attending interview for the Junior Clinical Fellow in Acute Medicine on 20 January.

Following the interview, our medical HR team checked the sponsorship position. Because the post is fixed-term for six months, it does not meet the requirements for a Certificate of Sponsorship, and you have confirmed you would need one to take up the post. We are therefore unable to make you an offer.

We are sorry we were not able to confirm this earlier in the process.

Medical Workforce Office
Denholm Royal Infirmary`, 'Junior Clinical Fellow - Acute Medicine'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Aisha,

Thank you for taking part in the video interview for the Clinic Coordinator position at Northway Fertility.

We have now completed interviews, and we've decided to move forward with candidates whose experience more closely aligns with the role.

Thanks again for your time and interest.

The Northway Fertility Team`, 'Clinic Coordinator - Northway Fertility'),

  rej('interview', ['role_closed'], { ...door },
    `Dear Mr Whitlock,

Thank you for attending interview on 6 May for the Band 4 Assistant Practitioner post on the Acute Medical Unit.

I am very sorry to write to you with this news. Following the Trust's decision to reconfigure the AMU into a Same Day Emergency Care unit, the Assistant Practitioner establishment has been removed and the post has been withdrawn. We are therefore unable to appoint.

We hope you will consider applying for future vacancies with the Trust; the new SDEC unit will be advertising roles later in the year.

Yours sincerely,
Rachel Dunmore
Divisional Nurse Director, Medicine`, 'Assistant Practitioner AMU - post withdrawn'),

  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Hi Tyler,

Thank you for meeting with our nurse manager for the PRN Cath Lab RN position.

We won't be moving forward. The unit needs someone with at least two years of cath lab or interventional radiology experience, and on-call coverage requires living within 30 minutes of the hospital — both were concerns after your interview.

Respectfully,
Human Resources
Pinecrest Heart & Vascular Institute`, 'Cath Lab RN (PRN)'),

  rej('interview', ['generic'], { ...offered },
    `Dear Joanne,

Many thanks for coming in to interview for the Patient Services Administrator post. Unfortunately you were not successful on this occasion. If you would like feedback, please contact the recruiting manager, Sam Pettifer, on 0117 496 0773.

Kind regards,
Recruitment, Bridgeford Hospital`, 'Patient Services Administrator - interview outcome'),

  rej('interview', ['overqualified'], { ...fb },
    `Hi Colm,

Thanks for coming in to chat about the Pharmacy Technician role.

Dana and I talked it over afterwards. With ten years as a lead technician running aseptic services, you'd be coming into a role that's mostly dispensing and stock. We honestly think you'd be bored within a couple of months, and we've gone with someone earlier in their career.

Sorry it's not better news.
Imran
Pharmacist Manager, Lister Road Pharmacy`, 'Pharmacy Technician'),

  rej('interview', ['salary'], { ...fb },
    `Dear Andrea,

Thank you for interviewing for the Nurse Practitioner – Urgent Care position.

Following our conversation about compensation, we understand you're seeking a base rate of $78/hour. The budget approved for this position is $62–66/hour, and we are not able to exceed that range, so we will not be able to extend an offer.

We appreciate your time and wish you well.

Clearwater Urgent Care Group`, 'NP Urgent Care - compensation'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hello Pritika,

Thanks for the interview for the Dental Nurse role on Friday.

We've decided not to offer you the position. As we mentioned, we need a nurse who is already qualified in radiography and can take and process radiographs; you said you haven't done the post-registration radiography course yet.

Kind regards,
Whitecliffs Dental Practice`, 'Dental Nurse interview'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Liz,

Thank you for your time at interview on Monday for the Band 5 Staff Nurse post on the Stroke Unit.

I'm afraid we've offered the post to another candidate, who has accepted. It was close, and we'd love to see your name again, so please do keep an eye on our adverts; we recruit on the stroke unit regularly.

Best wishes,
Kerry-Anne Bell
Ward Manager, Ward 22`, 'Staff Nurse - Stroke Unit'),

  rej('interview', ['location'], { ...fb },
    `Hi Marek,

Thanks for meeting with us for the Night Care Assistant post.

After talking it through, we can't make this work. The role is fixed nights (4 on, 4 off) at our Kelso site, and you told us you'd only be able to do days because of the bus times from Galashiels. We won't take your application further.

Kind regards,
Tweedside Care Homes`, 'Night Care Assistant - Kelso'),

  rej('interview', ['assessment'], { ...fb },
    `Dear Rebecca,

Thank you for attending interview for the Band 5 Staff Nurse post on the Children's Ward.

Your interview was strong. However, all candidates also complete the paediatric drug calculation test on the day and the pass mark is 100%. Your paper contained an error in one of the weight-based infusion questions, so unfortunately we cannot offer you a post on this occasion.

Kind regards,
Nurse Recruitment, Whitbarrow Children's Hospital`, "Children's Ward - interview outcome"),

  rej('interview', ['generic'], {},
    `Thanks for interviewing for the Patient Access Representative role. We've decided to go in another direction. Best of luck. — Riverside Health HR`, 'Patient Access Representative'),

  rej('interview', ['role_closed', 'internal_candidate'], {},
    `Hi Nadia,

I wanted to let you know where things are with the Band 6 Occupational Therapist post we interviewed you for last month.

Following a budget review, the service is not able to fund a new Band 6 post. Instead, one of our existing Band 5 OTs will be regraded into a development role that covers some of the same work. So we won't be appointing externally, and I'm sorry to say that means we can't offer you the job.

Thank you for your patience while we sorted this out.

Best wishes,
Olu Bankole
Head OT, Elmgate Community Services`, 'Band 6 OT - update'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Applicant,

Thank you for interviewing for the Medical Radiographer - MRI post. The selection panel has decided not to offer you the post because the role requires at least 12 months of MRI experience after qualifying.

HR Services, Penrose Imaging Centre`, 'MRI Radiographer - outcome'),

  rej('interview', ['profile_mismatch'], { ...offered, ...door },
    `Hi Kat,

Thanks for joining us on Teams last week for the Clinical Informatics Nurse role. I'm sorry to say we're going to move forward with another candidate whose background lines up a little more closely with where the team is right now.

I'd be happy to set up a quick call if you'd like to hear more from the panel. And we'd genuinely like to stay in touch. We're growing the clinical team next year and I'll reach out when we open more roles.

Cheers,
Maya
Head of Clinical, Pulsewise Health`, 'Clinical Informatics Nurse - Pulsewise'),

  rej('interview', ['location', 'salary'], { ...fb },
    `Hi Jenna,

Thank you for interviewing for the Staff RN position at our Wagga Wagga campus.

I'm sorry to say we're unable to progress. We aren't able to offer a relocation package for this grade, and the higher rate you asked for (RN Year 8 equivalent) isn't something we can do under the award for a new starter at your level.

Kind regards,
Riverina Health Recruitment`, 'Staff RN - Wagga Wagga'),

  rej('interview', ['assessment'], { ...fb, ...door },
    `Dear Mr Kaur,

Thank you for attending the recruitment day for Trainee Assistant Practitioners. Although your interview was successful, the outcome of the clinical skills station (manual blood pressure and observations) was below the level required, so we cannot offer you a place on this intake. We would encourage you to apply for the next intake in September.

Kind regards,
Education Centre, Greywell Hospitals`, 'Trainee AP - recruitment day'),

  rej('interview', ['culture_fit'], { ...fb },
    `Dear Ms Hartigan,

Thank you for meeting with the team for the Practice Manager role at Hill Street Clinic. After careful thought we felt that your management style would not be the best match for our small, informal team, and we have decided not to proceed.

Yours sincerely,
Dr P. Sandhu`, 'Practice Manager'),

  rej('interview', ['overqualified', 'salary'], { ...fb },
    `Hi Gareth,

Thank you for interviewing for the Healthcare Assistant post in Endoscopy.

We were impressed by your years as a senior HCA and your mentoring background. However, we think the role is quite a step back for you, and you said you'd be looking to keep your current Band 4 pay, which the Band 3 post can't offer. We've decided not to make an offer.

Best,
Endoscopy Unit Manager`, 'HCA Endoscopy'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Kimberly,

Thank you for your interest in the Registered Nurse – Oncology position and for meeting with our panel on Tuesday.

We've chosen to move ahead with candidates whose experience is a stronger match. The panel also noted that you do not yet hold chemotherapy/biotherapy certification, which we require for this unit.

Sincerely,
Talent Acquisition | Northern Plains Health`, 'RN Oncology'),

  // ── Rejections: final and references
  rej('final', ['position_filled'], { ...offered },
    `Dear Dr Osei,

Thank you for attending the final panel interview for the Consultant in Palliative Medicine post, and for the presentation to the Advisory Appointments Committee.

The committee has recommended another candidate for appointment, and the offer has been accepted. I know this will be disappointing. The Chair of the panel, Dr Helen Ruskin, has offered to speak to you for feedback should you wish; please contact her secretary.

Yours sincerely,
Medical Staffing
Larchmont Hospice & Community NHS Trust`, 'Consultant in Palliative Medicine - AAC outcome'),

  rej('final', ['skills_gap'], { ...fb },
    `Hi Devon,

I wanted to reach out personally after your final round with us for the Clinical Nurse Manager, Med-Surg.

You were one of two finalists, and the leadership team really appreciated how you spoke about staff retention. In the end we went with the other candidate because they had already managed a 40-bed unit with 24/7 accountability and budget responsibility, and for this role that hands-on experience was the deciding factor.

Take care,
Lauren Petrakis
Director of Nursing, Bayfront Community Hospital`, 'Clinical Nurse Manager - final round'),

  rej('final', ['generic'], {},
    `Dear Isabel,

Thank you for completing the final stage of our selection process for the Graduate Clinical Scientist position, including the site visit and panel interview.

After careful consideration, we regret to inform you that you have not been selected. Competition was extremely strong.

Yours sincerely,
Talent Team
Helix Diagnostics Ltd`, 'Graduate Clinical Scientist - final stage'),

  rej('final', ['culture_fit'], { ...fb, ...door },
    `Hi Omar,

Thank you for spending the whole day with us on Thursday, meeting the therapy team, shadowing on the neuro ward and doing the final panel.

We've decided not to offer you the Senior Physiotherapist post. The team gave lots of positive comments about your clinical reasoning, but a couple of the people you shadowed felt you were quite directive with the junior staff and assistants, and our therapy team works very flat and collaboratively. We think another candidate fits the way we work better right now.

I'd love you to keep us in mind for the future; I'll let you know if another senior post opens up.

Best,
Nell Harrington
Therapy Services Manager`, 'Senior Physio - decision'),

  rej('final', ['profile_mismatch'], {},
    `Hello Thandiwe,

Thanks for progressing all the way to the final interview for the Director of Care role at Maplewood Seniors Residence. It was a close call, but we have selected a candidate whose background better suited our needs at this stage.

Best regards,
Board of Directors, Maplewood Seniors Residence, Kingston ON`, 'Director of Care'),

  rej('final', ['assessment'], { ...fb },
    `Dear Mr Pillai,

Thank you for attending the final interview for Advanced Paramedic Practitioner and completing the clinical scenario station.

Your interview performance was good, but in the scenario (an elderly patient with a suspected fractured neck of femur and new confusion), the assessors felt the safety-netting and the decision to leave the patient at home were not safe. For this reason we are unable to offer you the role.

Kind regards,
Sarah Cullen
Clinical Lead, Northwold Ambulance Service`, 'APP - final interview'),

  rej('interview', ['generic'], { ...fb },
    `Dear Kayleigh,

Following your interview and conditional offer for the Healthcare Assistant role, we have now received your employment references.

Unfortunately, one of your references did not confirm the dates of employment you gave, and the referee stated they would not re-employ. We are therefore withdrawing our conditional offer of employment, in line with our policy.

Yours sincerely,
HR Department
Ashgrove Care Group`, 'Withdrawal of conditional offer'),

  rej('final', ['position_filled'], { ...door },
    `Hi Zara, just a quick note: thanks for your time at the final interview for the Community Midwife post. We've offered it to someone else this time — the candidates were all very strong. Please do keep applying to us; we'll be recruiting again in the new year. Best, Jo (Community Midwifery Manager)`, 'Community Midwife'),

  rej('assessment', ['generic'], {},
    `Dear Candidate,

Re: Pre-employment health assessment

Thank you for completing the occupational health questionnaire. Occupational Health has advised that, based on the information provided, they are unable to clear you as fit for the Night Porter role as currently designed, and the adjustments required are not available in this department. We are therefore unable to proceed with your application.

If you have any questions please contact Occupational Health on the number below.

People Services, Ravensmoor Hospitals`, 'Pre-employment health assessment'),

  rej('final', ['position_filled', 'location'], { ...fb },
    `Hi Sunita,

Thanks for coming out to Thunder Bay for the final interview for the Hospital Pharmacist role. I'm sorry to share that we've offered the position to another finalist, who has accepted. As you know we were also unable to sponsor an LMIA for this role, which factored in.

Sincerely,
Pharmacy Manager, Northshore Regional Health Centre`, 'Hospital Pharmacist'),

  rej('final', ['internal_candidate'], {},
    `Dear Mei,

Thank you for being part of our final shortlist for the Ward Sister post (Band 6) on the Orthopaedic Unit, and for your excellent presentation.

After much deliberation we have offered the role to a member of the existing team. I hope you understand.

With best wishes,
Siobhan Carey
Lead Nurse, Trauma & Orthopaedics`, 'Ward Sister Orthopaedics'),

  rej('interview', ['role_closed'], {},
    `Hi Pierre,

Following your interview for the Medical Secretary role: the trust has announced a vacancy control panel for all non-clinical posts, and this post has not been approved to go ahead. We're unable to offer it. Sorry for the bad news.

Ruth, Outpatients`, 'Medical Secretary'),

  rej('application', ['role_closed', 'location'], {},
    `Dear Applicant,

Thank you for applying for the International Nurse Recruitment programme (Cohort 12) with Eastmere University Hospitals.

Due to a change in workforce plans, Cohort 12 has been cancelled and the Trust will not be sponsoring any further international nurses this financial year. We are therefore closing all applications from candidates who need visa sponsorship.

International Recruitment Team`, 'International Nurse Recruitment - Cohort 12'),

  rej('screen', ['overqualified'], { ...fb },
    `Hi Jonas,

Thanks for the call yesterday about the HCA vacancy on our bank. As I said, with your background as a qualified nurse in Germany, the hiring manager thinks a support worker post isn't the right level for you, and we won't be moving forward. I'd suggest looking at our international nurse route instead.

Thanks,
Nina, Staff Bank Office`, 'Bank HCA'),

  rej('application', ['internal_candidate'], {},
    `Hi Adele, thanks for applying for the Team Leader - Reablement role. I just wanted to let you know the post has gone to one of our current senior carers so we're not taking external applications further. Kind regards, Homestead Reablement HR`, 'Team Leader - Reablement'),

  rej('interview', ['salary'], { ...fb },
    `Dear Francesca,

Thanks for your time at interview. As discussed, the practice can only offer the AfC-equivalent Band 6 rate for the Clinical Pharmacist role, and we understand you'd need Band 8a to move. Unfortunately we can't offer that, so we won't be making an offer.

Kind regards,
Ferriby PCN`, 'Clinical Pharmacist - PCN'),

  // ── On hold
  hold('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for applying for the Staff Nurse (Band 5) - Elderly Care post, ref 311-EC-1190.

Please be aware that the Trust has introduced a temporary pause on all external recruitment while workforce plans are reviewed. Shortlisting for this post has been suspended. Your application remains active and we will contact you once the pause is lifted.

Recruitment Services
Blackwater Valley NHS Trust`, 'Recruitment pause - 311-EC-1190'),

  hold('interview', ['generic'], {},
    `Hi Precious,

Sorry it's taken a while to get back to you after your interview for the Senior Carer role. Our manager Lynne has been on annual leave for two weeks and she makes the final call. She's back on the 21st and we'll let you know then.

Thanks for bearing with us,
Abbey, Administrator, The Limes Care Home`, 'Re: Senior Carer interview'),

  hold('interview', ['role_closed'], {},
    `Dear Callum,

Thank you for attending interview for the Band 5 Staff Nurse post on Ward 9.

I wanted to let you know that the Trust is in the middle of reconfiguring the surgical wards, and Ward 9 may be merged with Ward 10 from the spring. Until that decision is confirmed we are unable to make any appointments, so the outcome of your interview is on hold. No decision has been made about your application.

I'm sorry for the uncertainty and will update you as soon as I can.

Kind regards,
Deborah Finch
Matron, General Surgery`, 'Ward 9 - update'),

  hold('screen', ['generic'], {},
    `Hi Luis, thanks for the call last week about the Respiratory Therapist role. The hiring manager is out with COVID this week so we're a little behind on scheduling interviews. I'll reach back out early next week. - Amber, Talent Acquisition, Valley Oak Medical`, 'Respiratory Therapist - quick update'),

  hold('application', ['role_closed'], {},
    `Hello,

Thank you for your application for Occupational Therapist (Mental Health), Job ID 55102.

This recruitment has been put on hold while the health service confirms funding for the 2025-26 year. We are not declining your application; it will remain on file and we will contact you if recruitment restarts.

Regards,
Talent Acquisition
Southern Fields Health District`, 'Job ID 55102 - recruitment on hold'),

  hold('final', ['generic'], {},
    `Dear Dr Mahmood,

Thank you for attending the final interview for the Specialty Doctor post in Psychiatry. The panel's recommendation has to go through our Medical Director's sign-off, which is taking longer than expected. We expect to be able to confirm an outcome within two weeks.

Kind regards,
Medical Staffing`, 'Specialty Doctor Psychiatry - outcome delayed'),

  hold('assessment', ['role_closed'], {},
    `Hi Hollie,

Thanks for completing the written care scenarios for the Support Worker role. Our new supported-living house in Stockport has been delayed because the building work isn't finished, so we've paused recruitment for the team until there's a firm opening date. Nothing's changed about your application; we'll pick it up again as soon as we have a date.

Best,
Jason, Evergreen Supported Living`, 'Support Worker - Stockport house'),

  hold('interview', ['generic'], {},
    `Dear Ms Moreau,

Thank you for interviewing for the Medical Laboratory Technologist position. We are still completing interviews with other candidates and the decision is taking longer than planned. We hope to update you by the end of the month.

Thank you for your patience,
Human Resources, Lac-Vert Health Centre`, 'Medical Laboratory Technologist'),

  hold('application', ['role_closed'], {},
    `Hi Faisal,

Quick update on the locum GP sessions you registered for: the practice has put all locum bookings on hold for April while the partners review their budget. I'll be in touch as soon as they're booking again.

Cheers,
Hattie, PrimaryCare Locums`, 'Locum sessions - on hold'),

  hold('interview', ['role_closed'], {},
    `Dear Ade,

Thank you for your patience since your interview for the Clinical Coding Team Leader role.

As you may have seen in the news, the health board has announced a recruitment freeze on all non-frontline posts until the end of the quarter. Unfortunately this includes our post. We still want to appoint once the freeze ends and your interview stands; we will be in touch then.

Kind regards,
Health Records Manager
Ochil & Forth Health Board`, 'Clinical Coding Team Leader - freeze'),

  // ── Look-alikes
  other(`Dear Jade,

Thank you for your application for the post of Staff Nurse - Band 5, Acute Medical Unit, reference 291-AMU-2207.

We are pleased to inform you that you have been shortlisted for interview.

Date: Tuesday 18 March 2025
Time: 10:30
Venue: Education Centre, Level 2, Northmoor General Hospital

Please note that all candidates will sit a 30-minute drug calculation test before the interview. Calculators are not permitted. Please bring photo ID and your NMC PIN.

Please log in to confirm your attendance.

Recruitment Team`, 'Invitation to interview - 291-AMU-2207'),

  other(`Thank you for applying for Registered Nurse - ICU (Nights), Req R-0041127. Your application has been received and is being reviewed by the recruiting manager. If your qualifications match the needs of the position, you will be contacted. Please do not reply to this email.

St. Agatha Health System`, 'We received your application'),

  other(`Dear Mr Abara,

Congratulations! Following your recent interview we are pleased to offer you the post of Healthcare Support Worker (Band 3), subject to satisfactory pre-employment checks.

This is a conditional offer. Before we can confirm a start date we will need:
- two satisfactory references, one from your current or most recent employer
- an enhanced DBS check with adult and child barred lists
- occupational health clearance
- proof of right to work in the UK

You will receive separate emails requesting each of these shortly.

Yours sincerely,
Recruitment Services
Aldermoor Health and Care NHS Foundation Trust`, 'Conditional offer of employment'),

  other(`Hi Sian,

You're booked on the following shifts for next week:

Mon 3rd - Ward 12 (Gastro) - 07:30-20:00 - Band 5
Wed 5th - ED Majors - 19:30-08:00 - Band 5 (night enhancement applies)
Sat 8th - Ward 4 (Elderly Care) - 07:30-20:00

Please confirm by replying YES. If you can't cover any shift let us know asap.

Thanks,
Kieran
Bluewater Nursing Agency`, 'Your shifts w/c 3rd'),

  other(`New jobs matching your alert "Band 5 Staff Nurse - within 10 miles of Leicester":

Staff Nurse - Cardiology - Band 5 - Leicester Royal Infirmary
Staff Nurse - Respiratory Ward - Band 5 - Glenfield
Community Staff Nurse - Band 5 - Hinckley

View all 14 matching jobs on NHS Jobs.

You are receiving this because you set up a job alert. Manage alerts.`, 'Job alert: 3 new jobs'),

  other(`Dear Mariana,

Thank you for your interest in joining Sunridge Nursing Agency.

To complete your registration we need the following documents uploaded to the portal:
- NMC PIN and registration expiry
- Basic Life Support certificate (within 12 months)
- Manual handling certificate
- Two clinical references

Once these are received our compliance team will review your file.

Kind regards,
Compliance Team`, 'Complete your registration'),

  other(`Hi Dr Novak,

Unfortunately we need to reschedule your interview for the FY2-level Clinical Fellow post originally set for Thursday, as one of the panel members has been called to cover the wards. Could you do Monday 14th at 2pm instead? Same Teams link.

Apologies for the change,
Medical Staffing`, 'Interview reschedule - Clinical Fellow'),

  other(`Dear Applicant,

Please be advised that your application for Healthcare Assistant (Nights), ref 311-HCA-2017, is currently with the recruiting manager for shortlisting. Shortlisting usually takes up to two weeks from the closing date. You will be notified of the outcome via email.

Blackwater Valley NHS Trust`, 'Application update'),

  other(`Hi Rosie,

Just confirming I've withdrawn your application for the Band 6 Community Nurse post as you asked. Sorry to hear it didn't work out with the hours, and good luck with the new job at the hospice!

Best wishes,
Tess, Recruitment`, 'Re: withdraw application'),

  other(`Dear Ms Okonjo,

We are pleased to confirm that you have completed your pre-employment checks and have been given full clearance for the role of Midwife (Band 5). Your start date is Monday 2 June 2025, and your first two days will be Trust Corporate Induction at the Education Centre.

Welcome to the Trust!

Recruitment Services`, 'Clearance confirmed - start date'),

  other(`Hello Jack,

Thank you for your interest in the Paramedic Graduate Program with Southern Ranges Ambulance. We have received your application and it will be reviewed after applications close on 30 June. We receive a high volume of applications and appreciate your patience.

Please note we are unable to provide updates on individual applications before this date.

Recruitment, Southern Ranges Ambulance`, 'Application received - Graduate Paramedic Program'),

  other(`Dear Candidate,

Action required: your DBS application.

As part of pre-employment checks for the post of Care Assistant, please complete your online Disclosure and Barring Service application using the link below within 5 working days. You will need to bring three forms of ID to the HR office for verification.

If you do not complete the DBS application, we may be unable to continue with your offer.

HR Team
Ashgrove Care Group`, 'Action required: DBS check'),

  other(`Hi Kofi,

Great news — the client at Riverside Memorial would like to offer you the 13-week travel contract in the Step-Down unit!

Start date: 6/9
Shifts: 3x12 nights
Rate: $2,640/wk gross (incl. stipends)

Let me know by Friday if you'd like to accept and I'll send over the contract.

Brianna
MedBridge Staffing`, 'Offer: Riverside Step-Down contract'),

  other(`Dear Hui Min,

Thank you for attending interview yesterday for the Pharmacy Technician (Band 5) post. We are still interviewing other candidates this week and expect to be able to let everyone know the outcome by Friday.

Kind regards,
Pharmacy Department`, 'Thank you for attending'),

  other(`Welcome to the Careway Talent Community!

You've joined our talent network for Nursing & Allied Health. We'll email you when roles that match your interests are posted. You can update your preferences at any time.

This email was sent to you because you signed up on careers.careway.org. Unsubscribe.`, 'Welcome to our Talent Community'),

  other(`Dear Dr Eze,

Thank you for your application. Our records show that the reference from Dr Stamford has not yet been received. Please ask your referee to complete the online reference form as soon as possible, as we cannot confirm your start date until all references are in.

Medical Staffing`, 'Outstanding reference'),

  other(`Hi Megan,

Thanks for your interest in working with Homeward Care. Before we can interview you we'd like a quick 15-minute phone chat to talk about hours, driving, and which areas you can cover. Can you let me know a good time this week?

Kind regards,
Farah`, 'Care Worker - quick chat?'),

  other(`Dear Anna,

We are sorry to hear you are unable to attend your interview on Thursday due to illness. We have rebooked you for Tuesday 24th at 11:00. Please confirm.

Best wishes,
Nurse Recruitment`, 'Re: Unable to attend interview'),

  other(`Dear Mr Demir,

Thank you for your interest in the Radiographer post. Unfortunately the vacancy closing date was 9 April and we cannot accept late applications. The post has been re-advertised as a rolling advert on NHS Jobs under reference 402-RAD-0555, where you are welcome to apply.

Imaging Recruitment`, 'Late application'),

  other(`Hi there!

Thanks for reaching out about registering as a locum pharmacist. We've had a look at your CV and we'd love to have you on our books. I've attached our onboarding pack — once you've filled it in, we can start sending you shifts across Kent and Sussex.

Cheers,
Tom, LocumRx`, 'Welcome to LocumRx'),

  other(`Dear Bronagh,

You recently enquired about feedback from your interview for the Band 5 Staff Nurse post. I'm pleased to say you were in fact successful, and the recruitment team should have contacted you about a conditional offer. I'm sorry if there has been a delay; I have chased them today.

Kind regards,
Lorna Gill, Ward Manager`, 'Re: interview feedback'),

  other(`Dear Colleague,

Issue 42 of The Pulse, our monthly staff bank newsletter. This month: new enhanced rates for weekend nights, changes to the e-rostering app, and a thank you from the Chief Nurse for covering winter pressures.

Bank Office, Southmere & Kell NHS Trust`, 'The Pulse - staff bank newsletter'),

  other(`Hi Alexis,

Your Workday application for Certified Nursing Assistant (CNA) - Rehab, Req 2025-7781, is now in status: Interview - Scheduling. A member of our team will be in touch to set a time.

Great Lakes Regional Health`, 'Application status update'),

  other(`Dear Dr Boateng,

Following your recent application, we are pleased to invite you to an Objective Structured Clinical Examination (OSCE) and interview for the Trust Grade Doctor (SHO level) in Paediatrics. The day will consist of three OSCE-style stations followed by a 30-minute panel interview.

Date: 29 April 2025, 09:00-13:00
Location: Clinical Skills Centre, Ashby General

Please reply to confirm.
Medical Staffing`, 'Invitation: OSCE and interview'),

  other(`Dear Candidate,

Occupational Health has received your health questionnaire for the Staff Nurse role. Please book an appointment with the OH nurse to review your immunisation history (Hepatitis B, MMR, varicella, TB). Please bring any vaccination records you have.

Occupational Health Department`, 'Occupational health appointment'),

  other(`Hi Rhian, not sure if you saw the new bank HCA shifts on the app — we've got loads on Ward 3 this weekend and they're paying the enhanced rate. Let me know if you're free! — Bank Office`, 'Shifts this weekend'),

  other(`Dear Mr Lewandowski,

We have reviewed your application for the Healthcare Assistant post and would like to invite you to our Recruitment Open Day on Saturday 10 May, 10:00-14:00, at the Hexham care home. The day includes a short literacy and numeracy check, a tour and an informal interview with the manager.

If you cannot attend please let us know and we'll arrange another date.

Willowbank House`, 'Recruitment Open Day'),

  other(`Hello Sarah,

Thank you for letting us know that you have accepted another position and would like to withdraw from the Physiotherapist recruitment process. We have closed your application. We wish you all the best in your new role.

Talent Acquisition, Summit Rehab Partners`, 'Application withdrawn'),

  other(`Dear Ms Fenwick,

We are delighted to offer you the position of Clinic Receptionist at Meadow Lane Surgery, 30 hours per week, at £12.40 per hour. Please find your contract attached. Kindly sign and return by Friday.

Kind regards,
Anita Shaw, Practice Manager`, 'Offer of employment'),

  other(`Hi Ethan,

Thanks again for your interest in the RN – Emergency role. We've received a large number of applications and are still reviewing them. We expect to begin phone screens in the next two weeks and will let you know either way.

Thanks,
Talent Acquisition, Beacon Hill Hospital`, 'RN Emergency - application received'),

  other(`Your application to AHPRA for general registration as a Registered Nurse has been received. Application number: APP0012798. Processing may take up to 8 weeks. You will be notified once an outcome has been determined.

This is an automatically generated message.`, 'Application received - registration'),

  other(`Dear Kemi,

Please find attached your Enhanced DBS certificate confirmation. Your DBS has been returned clear, and your file is now complete. Your manager will be in touch with your start date and induction rota.

HR Team, Harbour Lights Homecare`, 'DBS returned'),

  other(`Hi Josh,

Thanks for your application for Dental Nurse (Trainee). We'd love to meet you! Would Tuesday afternoon at 3pm work for an informal chat at the practice?

Jodie, Brightsmile Redhill`, 'Dental Nurse (Trainee) - interview'),

  other(`Hi Ama,

I'm afraid I didn't get a chance to properly read your CV before the weekend - things have been hectic on the ward. I will look at it this week and get back to you. Thanks for your patience.

Sister Ng, Ward 5`, 'Re: HCA post'),

  other(`Dear Leah,

Thank you for your message. Just to clarify, your application for the Band 5 Staff Nurse post has not been rejected — the status "Closed - Shortlisting complete" simply means shortlisting is finished. You are on the shortlist and an interview invitation will follow shortly.

Recruitment Team`, 'Re: is my application rejected?'),

  other(`Hello,

Thanks for registering with Ivy Medical Locums. Based on your profile (Specialty: Emergency Medicine, Grade: ST4+) we have 12 available shifts this month. Reply with your availability and we'll get you booked.

Ivy Medical Locums`, 'Shifts available - Emergency Medicine'),

  other(`Dear Moses,

Our recruitment is now closed for the Aged Care Worker intake. We'll send successful applicants an invitation to a group interview by 20 July and will let everyone else know the outcome as well.

Bluegum Lodge People & Culture`, 'Aged Care Worker intake - next steps'),

  other(`Dear Applicant,

Thank you for completing the online numeracy assessment. You passed! The next stage is a face-to-face interview; our team will contact you within five working days to arrange this.

Rowan Pharmacy Apprenticeships`, 'Assessment result'),

  other(`Hi Aiden,

Just a reminder that your interview with Nurse Manager Tracy Holm is tomorrow at 9:00 AM on the 4th floor of the Women's Pavilion. Please arrive 10 minutes early and bring a copy of your BLS card.

Cedar Grove Medical Center`, 'Interview reminder'),

  other(`Dear Oluwaseun,

Your unconditional offer for the post of Registered Nurse (Band 5), Ward 11 is now confirmed. Your start date is 7 July 2025. Please bring your NMC PIN and ID to corporate induction.

Recruitment Services, Kinross Valley University Hospitals`, 'Unconditional offer'),
];
