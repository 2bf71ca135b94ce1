/**
 * SEALED, second part: whole messages written one by one for tests/reader-corpus/sealed-2.jsonl.
 * Scored before and after each change to the reader, never read to fix a miss, never trained on.
 * Written before the third round of changes, to vary what real mail varies: ATS templates, agency
 * recruiters, hiring managers by hand, HTML, forwards and replies, British / American / Indian and
 * non-native English, very short and very long, and for the inbox the mails that only look alike.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('x');

export const SEALED_2: readonly CorpusLine[] = [
  // ── ATS templates
  rej('application', ['generic'], {},
    'Hi Priyanka,\n\nThank you for applying to the Data Engineer (Platform) position at Quillstone. We received a large number of applications for this opening, and after careful review we will not be moving your application forward.\n\nWe appreciate the time you invested in applying.\n\nBest,\nQuillstone Talent Acquisition\n\n---\nQuillstone is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.\nPowered by Greenhouse', 'Your application to Quillstone'),
  rej('application', ['profile_mismatch'], door,
    'Dear Tomasz,\n\nThank you for your interest in the Procurement Specialist role (Req 44871) at Harwell & Crane.\n\nWe have reviewed your application and, while your experience is impressive, we have decided to pursue other candidates whose qualifications better meet our needs for this particular position.\n\nWe encourage you to visit our Careers site regularly and apply for any future openings that match your skills.\n\nSincerely,\nHarwell & Crane Recruiting\n\nThis is an automated message from Workday. Please do not reply to this email.', 'Harwell & Crane: Application Update'),
  rej('application', ['generic'], {},
    'Hello Amara,\n\nYour application status for Customer Success Associate has been updated.\n\nStatus: No longer under consideration\n\nYou can view the details at any time by signing into your candidate account.\n\nThank you,\nBrightmoor Careers\n\nPrivacy Notice | Unsubscribe from job alerts', 'Application status update'),
  rej('screen', ['profile_mismatch'], {},
    'Hey Lucas,\n\nThanks a lot for jumping on a call with me last week to chat about the Growth Marketer role at Paloma. I really enjoyed hearing about your side projects.\n\nAfter syncing with the hiring manager, we\'ve decided not to move ahead, as we\'re prioritising candidates whose backgrounds line up more closely with what this role needs right now.\n\nThanks again and best of luck with the search!\nNoor\nTalent Partner, Paloma\n\nSent via Lever', 'Paloma <> Lucas'),
  rej('interview', ['skills_gap'], fb,
    'Hi Jun,\n\nThank you for spending time with our engineering team across the last two interviews. Everyone enjoyed the discussion about your caching work.\n\nWe\'ve decided not to move forward. The main thing that came up was that this role needs deeper experience running Postgres at scale in production, and we didn\'t see enough of that for where the team is today.\n\nWishing you all the best,\nEllis\nRecruiting @ Fathom (via Ashby)'),
  rej('application', ['generic'], {},
    'Dear Candidate,\n\nThank you for your application for the position of Warehouse Supervisor. We regret to inform you that you have not been selected to proceed further in the recruitment process.\n\nDue to the high number of applications received, we are not able to provide individual feedback.\n\nRegards,\nHR Team\nBlackmoor Logistics Ltd\nRegistered in England and Wales No. 08812345. Registered office: 4 Dock Road, Hull HU1 2AB.\nThis email and any attachments are confidential and intended solely for the addressee.', 'Application for Warehouse Supervisor'),
  rej('application', ['generic'], door,
    'Hi Felipe,\n\nThanks for applying for the Solutions Consultant role. This was a highly competitive search and, unfortunately, we won\'t be moving forward with your application.\n\nWe\'d love to stay connected - our team is growing, and we\'ll be posting more roles over the coming months. Feel free to apply again if something catches your eye.\n\nCheers,\nThe Orbitly Recruiting Team\n\nYou are receiving this email because you applied for a job at Orbitly via SmartRecruiters.'),
  rej('application', ['generic'], {},
    '<html><body><div style="font-family:Helvetica"><p>Dear Ms.&nbsp;Okafor,</p><p>Thank you for your interest in opportunities with <b>Stellan Health</b>.</p><p>After careful consideration of your qualifications, we have decided to move forward with other candidates for the <i>Clinical Data Coordinator</i> position.</p><p>We wish you success in your job search.</p><p>Stellan Health Talent Acquisition</p><hr><p style="font-size:10px">iCIMS | This message was sent to you because you applied to a position at Stellan Health.</p></div></body></html>'),

  // ── profile mismatch: others' closer backgrounds
  rej('interview', ['position_filled', 'profile_mismatch'], door,
    'Dear Hannah,\n\nThank you for meeting with Grace and the product team on Monday. We were grateful for your openness and for the thought you had clearly given to our roadmap.\n\nWe have now concluded our interviews. We had a strong field, and we decided to offer the role to a candidate whose previous experience maps more directly onto the work we have planned for next year.\n\nWe would be glad to see your name again when we advertise further product roles.\n\nWith best wishes,\nRuth Adebayo\nHead of Product, Tallow'),
  rej('application', ['profile_mismatch'], {},
    'Hello Marco,\n\nMany thanks for applying to Fenwick Analytics. We have received a great number of applications and have shortlisted applicants whose backgrounds are more closely aligned to the brief.\n\nOn this occasion we will not be taking your application further.\n\nKind regards,\nFenwick Analytics Recruitment'),
  rej('application', ['profile_mismatch'], {},
    'Hi Deepa,\n\nI hope you are doing well. I am writing with regard to the Business Analyst opening you applied for. Our hiring team has carefully gone through your profile, and unfortunately it does not match the current requirement of the position.\n\nWe wish you all the best for your future endeavours.\n\nThanks & Regards,\nSuresh Kumar\nTalent Acquisition | Veda Infosystems Pvt. Ltd.'),
  rej('final', ['profile_mismatch'], {},
    'Dear Oliver,\n\nThank you for attending the final panel last Friday. It was a very close call between you and one other finalist, and in the end we chose the person whose sector experience felt a slightly better fit for our clients.\n\nI know this is disappointing news, and I\'m sorry not to bring better.\n\nBest regards,\nIsla Grant\nPartner, Meridian Advisory'),

  // ── skills gap: a requirement named in passing
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    'Hi Rafael,\n\nThanks again for your time with Kate and Ben. They both enjoyed the conversation, especially your examples from the payments migration.\n\nWe\'ve decided to go with another candidate. For this position we really needed someone with hands-on experience leading SOC 2 audits, and that came through more strongly elsewhere.\n\nIf it would help to talk through the decision, I\'m happy to jump on a short call.\n\nBest,\nMina'),
  rej('application', ['skills_gap'], fb,
    'Dear Kwame,\n\nThank you for applying for the Senior Tax Associate post. Having reviewed your application against the person specification, we are unable to take it further, because the role calls for a completed CTA qualification, which your application does not show.\n\nYours sincerely,\nPeople Team, Ashgrove Partners'),
  rej('interview', ['skills_gap'], fb,
    'Hi Sofia,\n\nI wanted to personally follow up after your interviews for the Localization Manager role. You were thoughtful and well prepared.\n\nThat said, the team is looking for native-level Japanese for daily vendor calls, and after the language portion we felt we\'d need a stronger level there. So we won\'t be moving forward at this time.\n\nWarmly,\nAki Tanaka\nHiring Manager'),
  rej('screen', ['skills_gap'], fb,
    'hi Ben - thanks for the call yesterday. honestly you\'d be great in a year or two but we need someone who has already owned a P&L and managed a team of at least five, so I\'m going to pass for now. good luck out there.\n\nchris'),
  rej('interview', ['skills_gap'], fb,
    'Dear Ayesha,\n\nThank you for coming to our office to meet the design leads. We appreciated your portfolio walkthrough.\n\nThe panel felt that your work showed strong visual craft but less depth in user research and usability testing than this role demands, so we have decided not to progress your application.\n\nKind regards,\nStudio Harrow'),
  rej('application', ['skills_gap'], fb,
    'Hello Ivan,\n\nThanks for your interest in the Registered Nurse position on our cardiac ward. Unfortunately we can only consider applicants with current NMC registration and at least 12 months of acute care experience, so we are unable to progress your application.\n\nBest wishes,\nRecruitment, St Aldric\'s Hospital NHS Trust'),

  // ── culture fit
  rej('interview', ['culture_fit'], fb,
    'Hi Greta,\n\nThank you for the time you spent with us over the past two weeks. We enjoyed our conversations with you and the team.\n\nAfter a lot of discussion we have decided not to move forward. We work in a very fast, loosely structured way, with a lot of ambiguity day to day, and we weren\'t confident that this would suit the way you told us you like to work.\n\nAll the best,\nJonas\nCo-founder, Lumenhaus'),
  rej('final', ['culture_fit'], fb,
    'Dear Patrick,\n\nThank you for joining us for the onsite day on the 12th. The team valued your technical depth.\n\nWhile your skills are clearly strong, we did not feel there was enough alignment with our values around shared ownership and collaborative decision-making, which are central to how our teams operate. We will therefore not be making an offer.\n\nSincerely,\nAnnika Voss\nVP Engineering'),
  rej('interview', ['culture_fit'], fb,
    'Hello Chen,\n\nThanks for your patience while we finished the interview process for the Team Lead role. We had good conversations, but the panel came away feeling the fit with the team\'s working style was not quite right, so we\'ve decided not to proceed.\n\nBest of luck,\nDaria'),

  // ── assessment
  rej('assessment', ['assessment'], fb,
    'Hi Marta,\n\nThank you for submitting the take-home exercise. Our reviewers noted that the solution worked for the main cases but did not handle invalid input, and the tests covered only the happy path. Because of this we won\'t be moving you to the interview stage.\n\nThank you for the effort you put in.\n\nRegards,\nCodeberg Labs Hiring'),
  rej('assessment', ['assessment'], {},
    'Dear Applicant,\n\nThank you for completing the online aptitude assessment for our 2027 Graduate Programme. Unfortunately your results did not meet the threshold needed to progress to the next stage.\n\nWe wish you every success.\n\nGraduate Recruitment Team\nTelford & Hume plc'),
  rej('assessment', ['assessment'], {},
    'hello Kiran,\n\nthank you for attempting the coding test. We are sorry to inform that your score is below the cut-off for this position so we cannot consider you for the next round.\n\nBest regards\nHR department'),

  // ── position filled, internal, role cancelled
  rej('interview', ['position_filled'], door,
    'Hi Noah,\n\nI hope you\'re well. I wanted to let you know that we have now filled the Account Manager vacancy, after a lot of strong interviews including yours.\n\nWe\'ll keep your details on file, and I will get in touch if a similar position comes up in the next few months.\n\nBest,\nLeah - Pinebridge Recruitment'),
  rej('final', ['position_filled'], {},
    'Dear Zainab,\n\nThank you for taking part in the final round for the Finance Manager role. I am writing to let you know that we made an offer to another candidate, who has accepted it.\n\nThank you again for your time and interest.\n\nRegards,\nGeorge Whitfield'),
  rej('interview', ['internal_candidate'], door,
    'Hi Aleksander,\n\nThanks for interviewing with us for the Release Manager role. After our interviews, the team decided to promote someone already in the department into the position, so we won\'t be moving forward externally.\n\nWe\'d genuinely like to keep in touch, and I\'ll let you know when we open other roles in release engineering.\n\nBest,\nFiona'),
  rej('application', ['role_closed'], {},
    'Dear Lena,\n\nThank you for your application for the Research Assistant post. Due to a change in the project\'s funding, the post has been withdrawn and will not be filled. We are therefore unable to proceed with any applications.\n\nWe apologise for any inconvenience.\n\nSchool of Biosciences, University of Westmarch'),
  rej('screen', ['role_closed'], door,
    'Hi Tariq,\n\nThanks again for the call last week. I\'m sorry to say that the Data Scientist role has been cancelled following a reorganisation of the analytics team, so we won\'t be able to take your application further.\n\nYour background is genuinely interesting and I\'d be happy to put you forward for future data roles here as they come up.\n\nBest,\nRosa'),
  hold('interview', ['role_closed'], {},
    'Hi Mei,\n\nThank you for your interviews with us earlier this month. I wanted to give you an update: the hiring for the Product Designer role has been paused while leadership reviews next year\'s budget. No decision has been made about your application, and we hope to restart the process in the new year.\n\nI\'ll be in touch as soon as I know more.\n\nKind regards,\nSelin'),

  // ── location, salary, overqualified
  rej('screen', ['location'], fb,
    'Hi Mateo,\n\nThanks for the quick call on Tuesday. As we discussed, the role needs someone in our Bristol office at least three days a week, and since relocating isn\'t an option for you at the moment, we won\'t be able to progress.\n\nAll the best,\nHolly'),
  rej('application', ['location'], fb,
    'Dear Ahmed,\n\nThank you for applying. Unfortunately, we are unable to sponsor employment visas for this position, and candidates must already hold the right to work in Canada. For this reason we cannot move forward with your application.\n\nSincerely,\nNorthreach Talent Team'),
  rej('screen', ['salary'], fb,
    'Hi Julia,\n\nGreat speaking with you on Thursday. After checking with the hiring manager, the compensation you\'re targeting is quite a bit above the band approved for this role, so we don\'t think it makes sense to continue.\n\nThanks for being so open about it.\n\nAndre'),
  rej('application', ['overqualified'], { ...fb, ...door },
    'Dear William,\n\nThank you for applying for the Junior Accounts Assistant role. Having read your CV, we feel that with your level of experience you would quickly outgrow this position, and we don\'t think it would be the right step for you.\n\nWe would, however, be glad to consider you for more senior finance roles when they become available.\n\nBest regards,\nMoorfield Homes HR'),
  rej('interview', ['location', 'salary'], fb,
    'Hi Elif,\n\nThank you for interviewing with us. Two things made this one difficult: the role is fully on-site in Austin, and your expected salary is beyond what we can offer for the position. For those reasons, we\'ve decided not to move forward.\n\nWishing you the best,\nCarter'),

  // ── stages in other words
  rej('interview', ['generic'], {},
    'Dear Ravi,\n\nThanks so much for making the trip to our Manchester studio and for your conversations with Sam, Eleni and Joe. We\'ve thought about it carefully and have decided not to offer you the position.\n\nBest wishes,\nLaura'),
  rej('interview', ['generic'], {},
    'Hi Kemi,\n\nIt was lovely speaking with you and the wider team over the past few weeks. I\'m sorry to say we\'ve decided to go with another candidate for the Content Lead role.\n\nTake care,\nBella'),
  rej('final', ['generic'], {},
    'Hello Viktor,\n\nThank you for your time during the full-day assessment centre and the partner interview that followed. After reviewing every candidate who reached this last stage, we regret that we will not be offering you a position this year.\n\nYours sincerely,\nGraduate Recruitment, Carrow LLP'),
  rej('assessment', ['generic'], {},
    'Hi Oscar,\n\nThanks for recording your video answers for the Customer Support role. We have reviewed them alongside the other candidates and won\'t be taking your application forward.\n\nKind regards,\nSupport Hiring Team'),
  rej('application', ['generic'], {},
    'Dear Sana,\n\nThank you for your application to Pemberton Bank. Our selection process has several stages, including telephone interviews, online tests and an assessment centre. Having reviewed your application, we are sorry to let you know that we will not be inviting you to the next stage.\n\nKind regards,\nEarly Careers Team'),
  rej('screen', ['generic'], {},
    'Hi Dominik,\n\nThanks for the phone screen with me on Wednesday. After discussing with the team, we\'ve decided not to move you on to the technical interviews.\n\nAll the best,\nKatie'),
  rej('final', ['generic'], offered,
    'Dear Ama,\n\nThank you for coming through all four rounds with us, including the final conversation with our CEO. It was a very close decision and we have chosen another candidate.\n\nI\'d be glad to share the panel\'s feedback if you\'d find it useful - just let me know.\n\nWarm regards,\nNadia'),

  // ── flags buried mid-message
  rej('interview', ['generic'], { ...door, ...offered },
    'Dear Thomas,\n\nI hope this email finds you well, and thank you again for the time you gave us during the interview process for the Partnerships Manager position. We know that interviewing takes effort, especially alongside a full-time job, and we are grateful for the care you put into your preparation and your questions for the team.\n\nWe received a very high level of interest in this role and met a number of excellent people. After much deliberation, we have decided not to move forward with your application on this occasion. We would, though, really welcome an application from you for future openings in the partnerships team, and if you would find a conversation about the process helpful, I would be happy to arrange a short call to share some feedback.\n\nThis has been a busy year for Greyfold: we opened two new offices and launched our accreditation programme, and we expect to keep growing. We are proud of the people who make that possible.\n\nThank you once more for your interest in Greyfold, and I wish you every success.\n\nWith kind regards,\nMarion Hughes\nPeople & Culture Lead | Greyfold\nGreyfold Ltd is registered in Scotland. This message is confidential.'),
  rej('interview', ['skills_gap'], fb,
    'Hi Andrea,\n\nThanks so much for taking the time to interview for the Mobile Engineer role. We had a lot of great candidates and the decision was not easy. The team did note that your iOS work was strong, but the role leans heavily on Android and Kotlin, where your examples were more limited. We\'ve decided to go with another candidate.\n\nThanks again for your interest, and best of luck.\n\nGabe'),
  rej('application', ['generic'], door,
    'Dear Lars,\n\nThank you for your interest in joining Kestrel Energy and for the time you took to complete our application.\n\nWe have received many applications for this role and after careful review we will not be progressing yours. Our business is expanding into new markets, and we regularly advertise roles in engineering, operations and commercial teams. We\'ve added your profile to our talent community so that our recruiters can contact you about relevant roles, and we hope you\'ll consider us again.\n\nKestrel Energy is committed to building a diverse workforce.\n\nKind regards,\nKestrel Energy Recruitment'),

  // ── forwards and replies in a thread
  rej('interview', ['position_filled'], {},
    'ugh, another one. at least they replied this time\n\n---------- Forwarded message ---------\nFrom: Talent Team <talent@corvidsystems.io>\nDate: Tue, 3 Nov 2026 at 16:02\nSubject: Corvid Systems - Backend Engineer\nTo: <sam.r@mail.example>\n\nHi Sam,\n\nThank you for interviewing with the team last week. We wanted to let you know that the Backend Engineer position has now been filled.\n\nWe appreciate your interest in Corvid and wish you the best.\n\nCorvid Systems Talent Team', 'Fwd: Corvid Systems - Backend Engineer'),
  rej('interview', ['generic'], {},
    'Hi Lea,\n\nThanks for following up. I\'m sorry for the slow reply - we\'ve now made a decision and unfortunately we won\'t be moving forward with your application. Everyone enjoyed meeting you at the interview.\n\nBest,\nTom\n\nOn Mon, 9 Nov 2026 at 09:14, Lea Martin <lea.martin@mail.example> wrote:\n> Hi Tom,\n> I hope you\'re well! I just wanted to check in on the next steps after my interview on the 2nd.\n> I\'m really excited about the role and would love to join the final round.\n> Best,\n> Lea', 'Re: Next steps'),
  rej('assessment', ['assessment'], fb,
    'Hi Yusuf,\n\nApologies for the delay. The team reviewed your case study and felt the financial model was well built but the recommendation did not address the client\'s cost constraint, which was the core of the exercise. On that basis we won\'t be inviting you to interview.\n\nRegards,\nPriya\n\n-----Original Message-----\nFrom: Yusuf Demir\nSent: 2 November 2026 11:20\nTo: Priya Nair\nSubject: Case study submission\n\nDear Priya, please find my case study attached. I look forward to hearing from you about the interview.', 'RE: Case study submission'),
  other(
    'Hi Ola,\n\nThanks for sending over your availability. Tuesday at 2pm works well for the panel interview - I\'ve sent a calendar invite with the video link.\n\nSpeak soon,\nHenrik\n\nOn 4 Nov 2026, at 10:02, Ola Nowak wrote:\n> Hi Henrik, unfortunately I\'m not free on Monday. Would Tuesday or Wednesday afternoon work instead?\n> Thanks, Ola', 'Re: Interview availability'),

  // ── very short
  rej('application', ['generic'], {}, 'Thanks for applying. We won\'t be taking this further. - The Hollis team'),
  rej('interview', ['generic'], {}, 'Hi Max, thanks for coming in on Thursday. We\'ve decided to go another way. Best of luck. Jo'),
  rej('application', ['position_filled'], {}, 'Dear applicant, this vacancy is now filled. Thank you for your interest. Regards, Office Manager'),

  // ── inbox look-alikes
  other(
    'Hi Rosa,\n\nThank you for applying for the Marketing Coordinator position at Delphine. We have received your application and our team will review it carefully.\n\nDue to the volume of applications, we are unfortunately unable to respond to every applicant personally. If you are shortlisted, we will contact you within three weeks.\n\nBest regards,\nDelphine Recruitment', 'We received your application'),
  other(
    'Hi Marcus,\n\nThanks for your patience. I wanted to give you a quick update: we are still interviewing candidates for the Operations Analyst role and expect to make a decision by the end of next week. I\'ll be in touch either way as soon as I can.\n\nBest,\nIrene', 'Quick update'),
  other(
    'Dear Helena,\n\nThank you for your application. We are pleased to invite you to a first interview for the Office Manager role.\n\nDate: Thursday 19 November\nTime: 10:30\nLocation: 2nd floor, 18 Mill Lane\n\nPlease confirm whether this time suits you. Unfortunately we cannot reimburse travel costs for first interviews.\n\nKind regards,\nHR', 'Interview invitation'),
  other(
    'Hi Daniel,\n\nCongratulations! We are delighted to offer you the position of Site Reliability Engineer at Varga Labs. Please find attached your offer letter, which sets out your salary, start date and benefits.\n\nWe would appreciate your response by Friday.\n\nWelcome aboard,\nTess', 'Your offer from Varga Labs'),
  other(
    'New jobs for you\n\nSenior Product Manager - Halcyon - London (Hybrid)\nProduct Manager, Payments - Rivet - Remote\nProduct Owner - Cardale Insurance - Leeds\n\nYou\'re receiving this job alert because you searched for "product manager". Unfortunately, some jobs may no longer be accepting applications.\nManage alerts | Unsubscribe', 'Product Manager jobs for you'),
  other(
    'Hi Aiko,\n\nThanks for your interest in the Frontend Developer role. As a next step, we\'d like you to complete a short coding exercise on CodeSignal. You\'ll have 7 days to finish it, and it should take about 90 minutes.\n\nGood luck!\nThe Tessellate Hiring Team', 'Next step: coding exercise'),
  other(
    'Hi Jonah,\n\nI\'m so sorry, but our hiring manager has been taken ill and we need to postpone your interview scheduled for tomorrow. Could you let me know your availability for next week?\n\nApologies for the short notice,\nCleo', 'Interview postponed'),
  other(
    'The Careers Digest - November\n\nThis month: how we run interviews, meet our new Head of Engineering, and five tips for writing a great cover letter. We also have 24 new open positions across Europe.\n\nYou are subscribed to Nimbus Careers news. Not interested anymore? Unsubscribe.', 'Nimbus Careers - November digest'),
  other(
    'Hi Saanvi,\n\nI came across your profile and think you could be a strong fit for a Senior QA role with one of our clients, a fintech in Pune. Would you be open to a quick call this week to discuss?\n\nRegards,\nRohit Mehra\nTalentBridge Consulting', 'Opportunity: Senior QA Engineer'),
  other(
    'Hi Jakub,\n\nThank you for your time on the phone today - it was great to hear about your background. I\'ve passed my notes to the hiring manager and we\'ll come back to you by the middle of next week about next steps.\n\nHave a good weekend,\nSian', 'Thanks for today'),
  other(
    'Your application has been submitted\n\nJob: Payroll Administrator\nReference: PA-2291\n\nWhat happens next? Our recruiters review every application. If your experience matches what we are looking for, we will contact you. If you do not hear from us within 30 days, please assume that your application has not been successful on this occasion.\n\nThank you for your interest in Calloway Group.', 'Application received - Payroll Administrator'),
  other(
    'Dear Nadia,\n\nThank you for attending the interview yesterday. We are happy to tell you that you have been selected for the final round with our Director, to be held next Wednesday. Please find the details attached.\n\nBest regards,\nAnjali', 'Final round invitation'),
  other(
    'Hello,\n\nA password reset was requested for your candidate account at careers.ventnor.com. If you did not request this, you can ignore this email.\n\nVentnor Careers', 'Reset your password'),
  other(
    'Hi Elena,\n\nI just wanted to drop you a note to say thank you for accepting our offer - we\'re all really looking forward to working with you! Your laptop will be sent out the week before your start date.\n\nSee you on the 4th,\nMarcus', 'Welcome to the team'),
  other(
    'Dear Hiring Team,\n\nThank you for considering me for the Analyst role. After some reflection, I have decided to withdraw my application, as I have accepted another position.\n\nI wish you every success with the search.\n\nKind regards,\nFatima', 'Withdrawing my application'),
];
