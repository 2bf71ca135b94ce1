/**
 * More hand-written labelled messages, for the development part only (generate.ts appends them to
 * dev.jsonl; none goes to the sealed part, so the sealed figures stay comparable over time).
 * Written to vary the kinds of language the reader found hard on unseen mail: interviews described as
 * "conversations", rejections that name no step at all, other candidates whose experience matched
 * more closely, requirements named in passing, test results, flags buried in long polite mails, and
 * inbox look-alikes (acknowledgements, "we'll be in touch" updates, invitations, alerts, receipts).
 */
import type { CorpusLine } from './handwritten.js';

type Flags = Partial<Pick<CorpusLine, 'feedback' | 'feedbackOffered' | 'doorOpen'>>;

let n = 0;
const id = (): string => `d${String(++n).padStart(3, '0')}`;

function rej(stage: string, reasons: string[], flags: Flags, text: string, subject?: string): CorpusLine {
  return { id: id(), ...(subject ? { subject } : {}), text, kind: 'rejection', stage, reasons, feedback: false, feedbackOffered: false, doorOpen: false, ...flags };
}

function hold(stage: string, reasons: string[], flags: Flags, text: string, subject?: string): CorpusLine {
  return { ...rej(stage, reasons, flags, text, subject), kind: 'on_hold' };
}

function other(text: string, subject?: string): CorpusLine {
  return { id: id(), ...(subject ? { subject } : {}), text, kind: 'other', stage: null, reasons: [], feedback: false, feedbackOffered: false, doorOpen: false };
}

const door = { doorOpen: true } as const;
const fb = { feedback: true } as const;
const offered = { feedbackOffered: true } as const;

const WHOLE: CorpusLine[] = [
  // ── interviews described as conversations
  rej('interview', ['profile_mismatch'], {},
    'Hi Dana,\n\nThank you for taking the time to speak with our team about the Senior Analyst role. We really appreciated learning more about your background over the course of our conversations.\n\nAfter a lot of thought, we have decided to move forward with a candidate whose experience more closely aligns with the needs of the role at this time.\n\nWishing you the best,\nMorgan\nRecruiting at Fernhill', 'Fernhill - Senior Analyst'),
  rej('interview', ['generic'], {},
    'Hi Sam,\n\nThank you so much for your interest in Larkspur and for the time you spent interviewing with our team. We truly enjoyed getting to know you.\n\nUnfortunately, we have decided not to move forward with your candidacy at this time.\n\nBest,\nThe Larkspur Recruiting Team'),
  rej('interview', ['generic'], {},
    'Dear Omar,\n\nThanks again for speaking with us over the past couple of weeks. It was a pleasure to get to know you through the interview process, and everyone you met spoke highly of your preparation.\n\nThis was a difficult decision, but we will not be extending an offer for the Operations Lead position.\n\nKind regards,\nBeatrix Hale'),
  rej('interview', ['generic'], {},
    'Hello Mira,\n\nThank you for your time speaking with us last week. The team enjoyed the conversation, but after reviewing all of the interviews for this position we will be moving forward with other candidates.\n\nAll the best in your search,\nRecruiting, Tallow & Co.'),
  rej('interview', ['profile_mismatch'], door,
    'Hi Jon,\n\nI wanted to follow up after your conversations with Priya, Luis and me last Tuesday. Thanks for making the time to meet each of us, and for the thoughtful questions.\n\nWe have decided to continue with someone whose background is a closer match for where the product is today. I would be glad to stay in touch, and if another opening comes up on the team I will reach out.\n\nCheers,\nAnouk\nHead of Product'),
  rej('interview', ['generic'], {},
    'Dear Chidi,\n\nThank you for the video call with our engineering managers on Thursday and for walking us through your past projects. Following our discussions, we have decided not to proceed further with your application.\n\nYours sincerely,\nPeople Team'),
  rej('interview', ['profile_mismatch'], {},
    'Hi Ruth,\n\nIt was lovely chatting with you and the rest of the panel last week. After comparing notes, the team felt that other candidates\' experience was more in line with what this role calls for, so we will not be taking your application further.\n\nBest wishes,\nElla'),
  rej('interview', ['generic'], {},
    'Hi Marco,\n\nThanks for sitting down with Katya and Femi on Monday. I know you put real effort into preparing for those conversations.\n\nUnfortunately we won\'t be moving ahead with your candidacy for the Data Engineer position.\n\nTake care,\nLeah'),
  rej('interview', ['skills_gap'], fb,
    'Hi Tariq,\n\nThank you for your time during the interviews on Wednesday. We enjoyed our conversation about the payments platform.\n\nHaving spoken with the whole panel, we were looking for someone with more hands-on experience running large-scale data migrations, and so we have decided not to move forward.\n\nRegards,\nIsla Grant'),
  rej('interview', ['generic'], offered,
    'Dear Priyanka,\n\nThank you for attending the interview with our hiring manager and for speaking with us at length about the role. We are sorry to tell you that we have decided to proceed with another applicant.\n\nIf it would help, I am happy to share some feedback from the panel. Just reply to this email and we can set up a short call.\n\nWarm regards,\nSuresh Iyer\nTalent Acquisition'),

  // ── screens (a short first call and nothing further)
  rej('screen', ['generic'], {},
    'Hi Alex,\n\nThanks for hopping on a quick call with me on Tuesday to talk about the Account Manager role. I have shared my notes with the hiring manager, and unfortunately we will not be progressing your application to the next stage.\n\nBest,\nNina (Recruiter)'),
  rej('screen', ['salary'], fb,
    'Hi Ben,\n\nGreat to speak on the phone yesterday. As we discussed, the salary you are looking for is quite a bit above the range we have for this position, so I don\'t think it makes sense to move forward this time.\n\nThanks,\nCarla'),

  // ── application stage: no step mentioned, or boilerplate that describes later steps
  rej('application', ['generic'], {},
    'Dear Applicant,\n\nThank you for applying to the Marketing Coordinator position at Bloom & Co. We received a large number of applications and, after careful review, we have decided not to proceed with your application.\n\nWe wish you every success.\n\nBloom & Co. Talent Team', 'Your application to Bloom & Co.'),
  rej('application', ['generic'], {},
    'Hi Taylor,\n\nThanks for your interest in the Customer Support Specialist role. Our process normally involves a phone screen, a short written exercise and a final interview with the team lead. Having reviewed your application, we won\'t be inviting you to the next step.\n\nAll the best,\nHelpwise Hiring'),
  rej('application', ['generic'], {},
    'Dear Candidate,\n\nWe appreciate you taking the time to apply for the Graduate Scheme 2026. Due to the high volume of applications, only those candidates selected for the online assessment stage will be contacted further. Unfortunately, on this occasion you have not been selected.\n\nKind regards,\nEarly Careers Team'),
  rej('application', ['profile_mismatch'], {},
    'Dear Rahul,\n\nGreetings from Infosphere Solutions!\n\nWe regret to inform you that your profile has not been shortlisted for the next round, as it does not match our current requirement for the position of Java Developer.\n\nWe wish you all the best for your future endeavours.\n\nRegards,\nHR Team'),
  rej('application', ['generic'], door,
    'Hello,\n\nThank you for submitting your CV for the Logistics Planner vacancy. After reviewing your application against the shortlisting criteria, we regret that you have not been successful on this occasion. We will retain your details in our talent pool and may contact you about future vacancies.\n\nYours sincerely,\nResourcing Team'),
  rej('application', ['profile_mismatch'], {},
    'Hi Jamie,\n\nThank you for applying for the Backend Engineer role at Cobalt Health. We have carefully reviewed your application and, at this time, we have decided to pursue other candidates whose backgrounds more closely match our current needs.\n\nWe appreciate your interest and wish you luck.\n\nCobalt Health Recruiting\n\nThis email was sent via Greenhouse. Please do not reply directly to this message.'),
  rej('application', ['profile_mismatch'], door,
    'Hi Wen,\n\nThanks so much for your interest in the Designer role at Halcyon. We have reviewed your application and while your portfolio shows real craft, we are moving forward with applicants whose qualifications are a closer fit for this particular position.\n\nWe would welcome an application from you for future openings that match your experience, so please keep an eye on our careers page.\n\nBest,\nHalcyon Talent\n\nSent with Lever'),
  rej('application', ['profile_mismatch'], {},
    'Dear Aoife,\n\nThank you for your recent application for the role of Payroll Administrator. We received applications from a number of strong candidates, and other applicants had experience that was more aligned with what we need for this position. On this occasion your application has not been successful.\n\nKind regards,\nHR Department'),
  rej('application', ['profile_mismatch'], {},
    'Hello Kofi,\n\nThank you for your interest in joining Meridian. After reviewing your resume, we felt that other candidates were better suited to the Procurement Analyst role, and we will not be moving forward with your application.\n\nSincerely,\nMeridian Careers'),
  rej('application', ['profile_mismatch'], {},
    'Dear Lina,\n\nThank you for your application to Stellar Robotics. Unfortunately, your experience does not quite match what we are looking for in this role, so we have decided not to take it further.\n\nBest regards,\nStellar Robotics HR'),
  rej('application', ['generic'], {},
    'Hi Noor,\n\nWe wanted to let you know that we have filled our interview slots for the Graduate Analyst role and your application will not be progressing. We know this is disappointing and we thank you for considering us.\n\nAll the best,\nThe Graduate Recruitment Team\n\nPowered by Workday | Privacy Policy'),
  rej('application', ['generic'], {},
    '<html><body><p>Dear Candidate,</p><p>Thank you for your interest in the <b>Finance Assistant</b> position.</p><p>After careful consideration, we regret to inform you that we will not be moving forward with your application at this time.</p><p>Best regards,<br>Talent Acquisition</p><p style="font-size:10px">This is an automated message from our applicant tracking system (iCIMS). Please do not reply.</p></body></html>'),
  rej('application', ['generic'], {},
    'Hi Pat, thanks for applying. We\'ve decided not to move forward with your application for this role. Best, Kite'),
  rej('application', ['skills_gap'], fb,
    'Dear Hugo,\n\nThank you for applying for the Bilingual Customer Advisor role. The position requires fluent written and spoken German, which we were unable to see in your application, so we are not able to progress it further.\n\nKind regards,\nRecruitment'),
  rej('application', ['skills_gap'], fb,
    'Hi Ivy,\n\nThanks for your interest in the Clinical Data Manager role. We reviewed your application carefully; for this position we were looking for candidates with a background in clinical research, and we have decided to move ahead with applicants who have that experience.\n\nBest wishes,\nRecruiting Team'),
  rej('application', ['skills_gap'], fb,
    'Hi Leo,\n\nThank you for applying to the Salesforce Administrator role. We need someone who can hit the ground running with Salesforce administration and holds the Admin certification, which is a requirement for this position. We won\'t be moving forward this time.\n\nThanks again,\nOrbital HR'),
  rej('application', ['location'], fb,
    'Dear Maria,\n\nThank you for applying for the Nurse Practitioner position. Unfortunately we are unable to sponsor work visas for this role, and applicants must already have the right to work in the UK. For this reason we cannot proceed with your application.\n\nKind regards,\nWillowmere Care Recruitment'),
  rej('application', ['internal_candidate'], door,
    'Hi Sasha,\n\nThank you for applying for the Team Lead role. I wanted to let you know that we have decided to fill the position internally. We would be glad to see your application for other roles that match your experience in the future.\n\nBest,\nKeith'),
  rej('application', ['role_closed'], {},
    'Dear Applicant,\n\nThank you for your interest in the Research Associate vacancy. Due to a change in funding, the post has been withdrawn and we will not be proceeding with recruitment. We apologise for any inconvenience.\n\nHuman Resources'),
  rej('application', ['position_filled'], {},
    'Hi Kim,\n\nThanks for your application for the Barista role. Just a quick note to say the position has now been filled, so we won\'t be taking applications further.\n\nThanks,\nGrindhouse Coffee'),

  // ── skills named in passing, assessment results
  rej('interview', ['skills_gap'], fb,
    'Hi Felix,\n\nThanks for interviewing with us for the Engineering Manager position. Given the role\'s emphasis on people management, we\'ve decided to move forward with candidates who have led larger teams.\n\nBest of luck,\nGwen'),
  rej('assessment', ['assessment'], {},
    'Dear Hana,\n\nThank you for completing the online assessment for the Graduate Programme. Unfortunately, your results did not meet the threshold required to progress to the next stage.\n\nKind regards,\nGraduate Recruitment'),
  rej('assessment', ['assessment'], fb,
    'Hi Nico,\n\nThank you for the time you put into the take-home exercise. The team reviewed your submission carefully and felt it did not demonstrate the depth of testing and error handling we expect at this level, so we will not be moving forward.\n\nBest,\nVerdant Engineering'),
  rej('assessment', ['assessment'], offered,
    'Dear Ola,\n\nThank you for sitting the numerical reasoning test. We are sorry to say that your score was below the level needed to move forward in the process. If you would like to know more about how you did, please let me know and I can send you a summary of your results.\n\nRegards,\nAssessment Team'),
  rej('interview', ['skills_gap'], { feedback: true, doorOpen: true },
    'Hi Grace,\n\nThank you for coming in to meet the team last week, and for the care you put into the case study presentation. We enjoyed it.\n\nThe team noted your strong stakeholder communication, but felt you would need more hands-on experience with Kubernetes and infrastructure as code to succeed in this role, so we have decided not to offer you the position.\n\nWe would love to hear from you again in a year or so, and we would welcome an application for future openings that match your experience.\n\nKind regards,\nHolly'),

  // ── long polite mails that bury the flags
  rej('final', ['position_filled'], { doorOpen: true, feedbackOffered: true },
    'Dear Elif,\n\nI hope you are well. I wanted to reach out personally to thank you for the time and energy you invested in our process over the last month, and for travelling to our office for the final round. Everyone who met you enjoyed the conversations, and the team spoke warmly about your presentation and about the questions you asked.\n\nThis has been one of the most competitive searches we have run, and the decision was genuinely close. After a great deal of discussion, we have decided to offer the role to another finalist.\n\nI know this is not the news you were hoping for. If it would be useful, I would be happy to set up a call to talk through the panel\'s feedback in more detail. We also have several roles opening on the strategy team in the spring, and we would be delighted if you considered applying for them when they are posted.\n\nThank you again for your interest in Caspian Energy.\n\nWith best wishes,\nRosalind Tate\nDirector of Talent'),
  rej('interview', ['generic'], door,
    'Hi Arun,\n\nThank you for meeting with us for the Business Analyst role. We really appreciated your time and the effort you put into the interviews. The process was very competitive and we had many excellent candidates. Unfortunately we have chosen another candidate for this role.\n\nWe were genuinely impressed with you, and we would like to keep your details on file so we can reach out if a suitable opportunity opens up in the next few months. We hope that is okay with you.\n\nThanks again and good luck,\nMeera'),
  rej('application', ['generic'], door,
    'Dear Tom,\n\nThank you for applying to Harbour Bank. We know that applying for a job takes time and we are grateful that you considered us. Every application we receive is read by a member of our recruitment team, and we have read yours carefully.\n\nOn this occasion we will not be taking your application forward. Please don\'t let this put you off: we post new vacancies every week, and you are very welcome to apply for any other role that catches your eye.\n\nWith kind regards,\nHarbour Bank Careers\n\nHarbour Bank plc is registered in England and Wales. This email and any attachments are confidential.'),
  rej('final', ['position_filled'], door,
    'Hi Ines,\n\nThank you so much for spending the day with us at the onsite. I know full-day interviews are tiring, and you handled every session with real thought.\n\nWe have now made an offer to another candidate and it has been accepted. I would love for us to stay in touch; we expect to be hiring for a similar role later in the year and I will make sure to let you know when it opens.\n\nWarmly,\nRaquel'),
  rej('final', ['generic'], {},
    'Dear Victor,\n\nYou were one of our final two candidates for the Finance Director role, and it was a very close call. After careful deliberation, the board has decided to appoint the other candidate.\n\nThank you for your time and commitment throughout the process.\n\nYours sincerely,\nMargaret Doyle\nChair, Appointments Committee'),
  rej('interview', ['culture_fit'], fb,
    'Hi Jess,\n\nThanks for interviewing with the team. While your technical skills are strong, the team felt that your preferred way of working, largely independently, would not suit how closely we collaborate day to day. We have decided not to move forward.\n\nAll the best,\nRui'),
  rej('interview', ['overqualified'], fb,
    'Hi Daniel,\n\nThank you for your interviews for the Junior Analyst role. Honestly, with fifteen years of leadership behind you, we think the role would not stretch you, and we worry you would outgrow it quickly. For that reason we have decided not to move forward.\n\nBest,\nPriti'),

  // ── replies in a thread
  rej('interview', ['generic'], {},
    'Hi Zoe,\n\nThanks for checking in, and sorry for the slow reply. I have now heard back from the hiring team: they have decided to go with another candidate for the role. Thank you again for the interviews and for your patience.\n\nBest,\nMaya\n\nOn Tue, 4 Mar 2025 at 10:12, Zoe Hart <zoe@example.org> wrote:\n> Hi Maya,\n> I hope you are well! I wanted to check in on the interview I had last week for the Product Analyst role.\n> Thanks,\n> Zoe'),
  rej('application', ['generic'], {},
    'Hi,\n\nNo, sorry, we won\'t be taking your application further.\n\nRegards,\nFrank\n\n-----Original Message-----\nFrom: Lee Chen\nSent: 03 March 2025 09:00\nSubject: Application for Warehouse Supervisor\n\nDear Frank, I wanted to ask whether you have had a chance to look at my application and whether there is an interview date yet. Thanks, Lee'),

  // ── on hold (not a rejection)
  hold('interview', ['role_closed'], {},
    'Hi Ana,\n\nThank you again for your interviews last week. I wanted to let you know that the role has been put on hold while the leadership team reviews next year\'s budget. No decision has been made about your application, and I will be in touch as soon as we know more.\n\nBest,\nCallum'),

  // ── inbox look-alikes: must not be read as rejections
  other('Thank you for applying to Acme! We have received your application for Product Designer. Our team will review your background, and if your experience matches our needs we will be in touch about next steps. Due to the volume of applications, we may not be able to respond to every applicant individually.\n\nThanks,\nAcme Talent Team', 'Thanks for applying to Acme'),
  other('Hi Rosa,\n\nA quick update: your application for the Analyst role is still under review. We appreciate your patience while we work through a high number of candidates, and we will be in touch as soon as we can.\n\nKind regards,\nRecruitment Team', 'Application update'),
  other('Hi Kai,\n\nThank you for your application. We were impressed by your background and would like to invite you to a 30-minute video interview with the hiring manager. Please choose a time that suits you using the link below.\n\nBest,\nLuna\nTalent Partner', 'Interview invitation - Data Scientist'),
  other('New jobs for you\n\n5 new jobs match your search "data analyst" in Leeds.\n\nData Analyst - Harbourline Insurance - Leeds\nJunior Data Analyst - Corvid Analytics - Remote\n\nApply now. Unsubscribe from job alerts | Manage your preferences', 'Job alert: data analyst'),
  other('Hi there,\n\nThis month at Tessellate: we shipped our new dashboard, opened an office in Dublin and we are hiring across engineering and design. Read the stories from our team on the blog.\n\nYou are receiving this email because you signed up for updates. Unsubscribe', 'Tessellate newsletter - March'),
  other('Thank you for your order!\n\nOrder #48213 has been dispatched and should arrive within 3-5 working days. Unfortunately, one item is out of stock and has been refunded.\n\nThe Bramble & Finch shop', 'Your order has shipped'),
  other('Dear Yusuf,\n\nThank you for your application for the Graduate Software Engineer role. As the next step, we would like you to complete a HackerRank coding assessment. Please complete it within five days of receiving this email. Unfortunately we are not able to grant extensions.\n\nGood luck!\nEarly Careers', 'Next step: online assessment'),
  other('Hi Chloe,\n\nI came across your profile and think you could be a great fit for a Senior Frontend role with one of our clients in Manchester. Would you be open to a quick chat this week?\n\nBest,\nTom\nRecruitment Consultant', 'Frontend opportunity'),
  other('Hi Mateo,\n\nThanks for your interest in Sundial Software. We have received your application for Site Reliability Engineer and it is now being reviewed by our team. If your profile is a match, a recruiter will reach out to discuss next steps. In the meantime, feel free to explore our other open roles.\n\nBest,\nSundial Software Recruiting', 'We received your application'),
  other('Dear Fatima,\n\nWe are delighted to offer you the position of Staff Nurse at Northgate Health, starting on 1 April. Your contract is attached; please sign and return it by Friday.\n\nCongratulations!\nHR', 'Offer of employment'),
  other('Hi Liam,\n\nThank you for your time on the phone today. As discussed, I have passed your details to the hiring manager and we will be in touch with next steps within the week.\n\nBest,\nJess', 'Great speaking today'),
  other('Hello Sven,\n\nThis is a reminder that your interview for the Mechanical Design Engineer position is tomorrow at 10:00. Please bring photo ID. If you can no longer attend, please let us know.\n\nKind regards,\nKestrel Aviation', 'Interview reminder'),
  other('Hi Grace,\n\nWe noticed you started an application for Content Writer but did not finish it. Unfortunately incomplete applications cannot be reviewed. Complete your application today!\n\nPillar Media Careers', 'Finish your application'),
  other('Dear Candidate,\n\nThank you for your interest in the Teaching Assistant vacancy. Please note that the closing date is Friday 14 March. Shortlisted candidates will be contacted by 21 March; if you have not heard from us by then, please assume your application has not been successful on this occasion.\n\nOrchard Lane Schools', 'Application received - Teaching Assistant'),

  // ── more look-alikes and short whole messages, written as one paragraph (as many mail clients flatten them)
  other("Hi Dana, thanks for applying to the Marketing Manager role at Quillfield! We've received your application and our team is reviewing it. Unfortunately, due to the high volume of applications we receive, we're not able to respond to everyone personally. If your skills and experience match what we're looking for, we'll be in touch. Best, Quillfield Talent"),
  other("Dear Applicant, Thank you for your interest in a career with Harbourline Insurance. This is an automated confirmation that we have received your application for Claims Handler (Req #4471). Our recruiters will carefully review your qualifications. Should your background match the requirements, a member of our team will contact you. We appreciate your patience. Please do not reply to this email."),
  hold('application', ['generic'], {}, "Hi Marco, Just a quick update on your application for the Data Engineer position. We're still in the process of reviewing candidates and expect to make decisions about interviews in the next two weeks. Thanks for your patience! Best, Leah"),
  other("Hi Ana, We'd love to move you forward to the next stage! The next step is a 45-minute technical interview with two engineers from the team. Please use the link below to choose a time. Looking forward to it, Callum"),
  other("Dear Tom, Thank you for attending the first interview. We are pleased to invite you to the second round, which will be held at our London office on Tuesday 10 June. Kind regards, HR"),
  other("Your job alert for \"product manager\": 12 new jobs. Senior Product Manager at Nimbus Cloud. Product Manager, Payments at Moonstone Bank. See all jobs. You are receiving this because you created a job alert. Unsubscribe."),
  other("Hi there! Unfortunately, we missed you at our virtual careers fair last week. Don't worry: the recordings are now available, and we have dozens of open roles. Browse our jobs today! The Early Careers Team"),
  other("Hi Jess, Thanks for your interest in working with us! Unfortunately I'm out of the office until 12 March with limited access to email. For urgent matters please contact recruiting@example.com. Thanks, Rui"),
  other("Hello, Your password for the Workday candidate portal was reset. If you did not request this, please contact support. Unfortunately we cannot recover old passwords."),
  other("Hi Sam, thank you for your application to Pixelwright Studios. Before we can review it, please complete our short equal opportunities questionnaire using the link below. Regards, Recruitment"),
  other("Dear Chloe, Thank you for your time on the phone today. I enjoyed learning more about your background and I'm pleased to say the hiring manager would like to meet you. I'll send over some times shortly. Best, Nina"),
  other("Hi Priya, Congratulations! We are thrilled to offer you the role of UX Designer at Tessellate. Please find the offer letter attached. We can't wait to have you on the team. Warmly, Holly"),
  other("Dear Noor, Thank you for your application for the Graduate Analyst programme. We regret that there will be a delay in reviewing applications this year due to the very high number we received. We expect to contact all candidates by the end of the month. Kind regards"),
  other("Hi Leo, I'm sorry, I have to move our interview scheduled for Thursday. Unfortunately the hiring manager is travelling that day. Would Friday at 11:00 work for you instead? Best, Keith"),
  other("Hi Kai, We received your application for Sales Development Representative. We're reviewing applications on a rolling basis and will reach out if there's a fit. In the meantime, check out our blog to learn more about life at Sundial. Cheers, Sundial Talent Team"),
  other("Thank you for registering with Velocity Freight Careers. Your candidate profile has been created. You can now apply for jobs and set up job alerts. Unfortunately we cannot accept CVs by email."),
  hold('application', ['role_closed'], {}, "Hi Ruth, I wanted to give you an update. The Product Analyst role has been put on hold for the moment while we finalise our budget for next year. We haven't made a decision on your application and I'll come back to you as soon as I know more. Best, Ella"),
  rej('application', ['generic'], door, "Hi Kai, Thank you for your interest in Sundial. We have reviewed your application and unfortunately we won't be moving forward. We'll keep your details for future roles. Sundial Talent Team"),
  rej('interview', ['profile_mismatch'], {}, "Hi Dana, Thank you for speaking with me and the team over the last few weeks. After our conversations we have decided to proceed with candidates whose experience aligns more closely with the role. Best, Morgan"),
  rej('interview', ['generic'], {}, "Dear Alex, Thank you for the time you invested in the process, including the conversations with our directors. We have decided not to offer you the role. Regards, Human Resources"),
  rej('screen', ['generic'], {}, "Hi Alex, It was great chatting with you on Tuesday about the Account Executive role. Having reflected on our conversation, I don't think we'll be moving ahead. Best of luck, Nina, Talent Partner"),
  rej('application', ['generic'], {}, "Dear Candidate, Thank you for your application. After careful review of all applications, we regret to inform you that you have not been shortlisted for interview. Our recruitment process involves a telephone interview and an assessment centre, and competition for places was strong. Regards, Graduate Team"),
  rej('application', ['generic'], {}, "Hi, thanks for applying for the Final Year Placement at Corvid Analytics. Unfortunately you have not been selected to progress. Best, Corvid"),
  rej('application', ['generic'], {}, "Dear Lina, Thank you for your application for the role of Final Assessment Coordinator. We regret to inform you that your application was unsuccessful. HR"),
  rej('interview', ['generic'], {}, "Hi Jon, Following your interview with Luis and Maya, we have decided not to move forward. We appreciated the conversation and your questions. Best, Anouk"),
  other("Dear Applicant, Thank you for applying for the Store Supervisor position. We have received your application. Due to the high number of applications, if you do not hear from us within 14 days, please consider your application unsuccessful. Lumen Retail Group"),
  other("Hi Grace, Thanks for your application! Unfortunately, we can only contact candidates who are selected for an interview, so if you don't hear from us, it means we've gone in a different direction. We appreciate your interest. Pillar Media"),
  other("Dear Candidate, We regret that we are unable to respond to each application individually. Your application for Research Assistant has been received and will be considered by the selection panel after the closing date. University of Fenwick HR"),
  hold('application', ['generic'], {}, "Hi Yusuf, Sorry for the radio silence! We've had a lot of applications for this role and it's taking us longer than expected to get through them. We haven't forgotten about you, and we'll be in touch by Friday. Thanks, Mei"),
  other("Hi Ben, unfortunately I have to reschedule our call tomorrow as something urgent came up. Could we do Wednesday at 2pm instead? Apologies for the late notice. Carla"),
  other("Hi Oluwaseun, Thank you for your interest in Kestrel Aviation. Sadly, the link in our previous email was broken. Please use the new link below to complete your video interview. Sorry for the inconvenience! Talent Team"),
  other("Dear Hannah, Thank you for applying. Unfortunately, your application is incomplete: we did not receive your cover letter. Please upload it through the portal so that we can consider your application. HR"),
  other("Hi Diego, We regret to inform you that the interview on Monday has been cancelled due to a scheduling conflict. Our coordinator will contact you to arrange a new date. Best, Recruiting"),
  other("Hi Ingrid, Thanks so much for your application for the Project Coordinator role. We're excited to learn more about you! Our team reviews every application, and we'll get back to you as soon as we can, usually within two weeks. Talent at Greyhaven"),
  other("Dear Arjun, Thank you for completing the assessment. We are now reviewing results and will let you know the outcome next week. Unfortunately we cannot give individual feedback on the test. Regards"),
  rej('application', ['generic'], {}, "Dear Applicant, Thank you for applying for the Store Supervisor position. We received many applications and unfortunately, on this occasion, your application has been unsuccessful. Lumen Retail Group"),
  rej('application', ['generic'], {}, "Hi Grace, Thanks for your application! We've gone in a different direction for this role. We appreciate your interest. Pillar Media"),

  // ── steps named in other words: tests tackled, recorded answers, writing samples, boilerplate about every applicant
  rej('assessment', ["generic"], {}, "Hi Sam, thanks for sending over your answers to the technical questionnaire. Having looked through them, we've decided not to move forward. Best, Jo"),
  rej('assessment', ["generic"], {}, "Dear Sam, Thank you for the work you put into the case exercise for the Strategy Analyst role. The reviewers have now marked all submissions, and we are sorry to say you have not been selected to continue. Regards, Graduate Team"),
  rej('assessment', ["generic"], {}, "Hi Sam, Thanks for tackling the Codility challenge we sent last week. Unfortunately we won't be progressing your application further. Best, Recruiting"),
  rej('assessment', ["generic"], {}, "Dear Sam, Following your participation in our online aptitude tests, we regret to inform you that we are unable to take your application further. Kind regards, HR"),
  rej('assessment', ["generic"], {}, "Hi Sam, Thank you for recording your video responses for the Customer Success role. After reviewing them, we have decided not to proceed. Thanks, Talent Team"),
  rej('assessment', ["generic"], {}, "Hello Sam, We appreciated the effort you put into the writing sample. After review, the editorial team has decided to pursue other candidates. Best wishes"),
  rej('final', ["generic"], {}, "Dear Sam, Thank you for attending our assessment centre and taking part in the group exercise and in-tray task. Unfortunately you have not been successful on this occasion. Graduate Recruitment"),
  rej('interview', ["generic"], {}, "Hi Sam, Thank you for meeting with Rachel and the team for the second interview. We have decided not to move forward. Best, Jo"),
  rej('interview', ["generic"], {}, "Dear Sam, thank you for coming in for the interview yesterday. The next stage would have been a final round with the CEO, but we have decided not to progress your application. Regards"),
  rej('final', ["generic"], {}, "Hi Sam, thank you for your time at the final stage of the process and your presentation to the leadership team. We have chosen another candidate. Best, Jo"),
  rej('interview', ["generic"], {}, "Dear Sam, Thank you for the interviews. We had a strong final shortlist, and we have decided to appoint another candidate. Kind regards"),
  rej('screen', ["location"], fb, "Hi Sam, thanks for the introductory call with me this morning. As discussed, the role needs someone based in Berlin, so we won't take things further. Jo"),
  rej('application', ["generic"], {}, "Dear Sam, Thank you for applying to the Summer Internship. All applicants are asked to complete an online test; unfortunately your application did not pass the initial screening so you will not be invited to take it. Regards"),
  rej('application', ["generic"], {}, "Hi Sam, Thank you for your interest in our Graduate Programme. Our final selection events are now fully booked and we will not be inviting you to an assessment day. Best"),

  // ── interviews near the end that were not the final round: a close decision, a shortlist the candidate was not on
  rej('interview', ["generic"], {}, "Hi Sam, thank you for interviewing with us last week. It was a very close decision, but we have decided to go with another candidate. Best, Jo"),
  rej('interview', ["position_filled"], {}, "Dear Sam, thank you for your interviews with the team. Our final decision is to offer the role to someone else. Kind regards, HR"),
  rej('interview', ["generic"], {}, "Dear Sam, Thank you for your interview. The shortlisted candidates have now been informed, and unfortunately you were not among them. Regards"),
  rej('interview', ["generic"], {}, "Hi Sam, thank you for the interview. We won't be inviting you to the final round. Best, Jo"),
  rej('final', ["generic"], {}, "Hi Sam, thank you for coming to the final interview with our CEO. We have decided to appoint another candidate. Best, Jo"),
  rej('interview', ["generic"], {}, "Hi Sam, thanks again for your time in the interviews. This was the last step for this opening and we've decided on another candidate. Best"),
];

/**
 * Single decisive sentences in many wordings (reason, door, feedback offer), each set in a whole message
 * whose opener, stage and sign-off rotate, so that the same language is seen after every kind of step.
 */
const SENTENCES: readonly [reason: string, door: boolean, offer: boolean, sentence: string][] = [
  ["skills_gap", false, false, "Unfortunately we will not be moving forward, as the role requires at least three years of experience in regulatory reporting."],
  ["skills_gap", false, false, "We have decided to move forward with candidates who have more direct experience in B2B SaaS sales."],
  ["skills_gap", false, false, "While your background is impressive, this role needs someone with deep expertise in Rust, so we will not be progressing."],
  ["skills_gap", false, false, "We're prioritising applicants with a CPA qualification for this position, so we won't be taking your application further."],
  ["skills_gap", false, false, "The hiring team was looking for more exposure to enterprise customers, so we won't be moving forward."],
  ["skills_gap", false, false, "Because this position requires a valid UK driving licence, we are unable to proceed."],
  ["skills_gap", false, false, "We decided not to proceed as we need someone who is already proficient in SAP."],
  ["skills_gap", false, false, "Unfortunately, we are looking for candidates with more experience in people leadership, so we won't progress your application."],
  ["skills_gap", false, false, "Your application did not show the product analytics experience this role requires, so we will not move forward."],
  ["skills_gap", false, false, "We felt your experience in financial services was not as extensive as other applicants, and will not proceed."],
  ["skills_gap", false, false, "Other candidates had more experience with Kubernetes in production, so we are moving forward with them."],
  ["skills_gap", false, false, "After review, we are not moving forward because the position calls for a background in structural engineering."],
  ["profile_mismatch", false, false, "We have decided to pursue candidates whose experience is a closer match to the role."],
  ["profile_mismatch", false, false, "Unfortunately, we've moved forward with other applicants whose skills and experience better fit our needs."],
  ["profile_mismatch", false, false, "After reviewing your application, we do not feel your experience aligns with the requirements of the role."],
  ["profile_mismatch", false, false, "We will be progressing with candidates who more closely meet the criteria for this position."],
  ["profile_mismatch", false, false, "We have chosen to move forward with candidates whose qualifications more precisely match the job requirements."],
  ["profile_mismatch", false, false, "Your background, while strong, is not what we are looking for at this time, so we will not move forward."],
  ["profile_mismatch", false, false, "We've decided to go with someone whose experience is more relevant to this role."],
  ["profile_mismatch", false, false, "We received applications from candidates with backgrounds that were more closely aligned with the role, and we will not be moving forward with yours."],
  ["profile_mismatch", false, false, "Unfortunately your skill set is not the right fit for this role and we will not be proceeding."],
  ["profile_mismatch", false, false, "We've identified other candidates who we believe are a better match for this opportunity."],
  ["profile_mismatch", false, false, "The hiring manager has decided to move forward with profiles that are better aligned with the team's current needs."],
  ["profile_mismatch", false, false, "We have decided not to proceed as we felt that other applicants matched the requirements more closely."],
  ["culture_fit", false, false, "The team felt that your working style would not suit our fast-paced, highly collaborative environment, so we will not move forward."],
  ["culture_fit", false, false, "We did not feel there was a strong alignment with our company values, and will not be progressing your application."],
  ["culture_fit", false, false, "We are looking for someone whose approach fits the way our small team works, and we will not be moving forward."],
  ["culture_fit", false, false, "While your skills are strong, we did not feel you would be the right fit for the team culture here, so we won't proceed."],
  ["generic", false, false, "After careful consideration, we have decided to move forward with other candidates."],
  ["generic", false, false, "We regret to inform you that you have not been selected for this position."],
  ["generic", false, false, "The competition for this role was very strong and we have decided not to progress your application."],
  ["generic", true, false, "We will not be moving forward with your application. We will keep your resume on file and reach out if a role that matches your skills opens up."],
  ["generic", true, false, "We will not be moving forward with your application. We'd welcome an application for future openings that match your profile."],
  ["generic", true, false, "We will not be moving forward with your application. Please feel free to apply for other roles on our careers page that fit your experience."],
  ["generic", true, false, "We will not be moving forward with your application. We hope you will consider us again in the future, and we wish you luck."],
  ["generic", true, false, "We will not be moving forward with your application. Your details will stay in our talent community, and our recruiters may contact you about similar roles."],
  ["generic", true, false, "We will not be moving forward with your application. We encourage you to keep an eye on our job board, as new positions are posted regularly."],
  ["generic", true, false, "We will not be moving forward with your application. Don't hesitate to throw your hat in the ring again when something else catches your eye."],
  ["generic", true, false, "We will not be moving forward with your application. We would be happy to consider you for future vacancies."],
  ["generic", true, false, "We will not be moving forward with your application. You are welcome to reapply in six months' time."],
  ["generic", false, true, "We will not be moving forward with your application. If you would like feedback on your application, please let us know."],
  ["generic", false, true, "We will not be moving forward with your application. Should you want to understand our decision better, I'm happy to arrange a quick call."],
  ["generic", false, true, "We will not be moving forward with your application. Feel free to reach out if you'd like to hear more about why we made this decision."]
];

const FRAMES: readonly { stage: string; open: string }[] = [
  { stage: 'application', open: 'Thank you for applying for the {role} role at {company}.' },
  { stage: 'interview', open: 'Thank you for interviewing with us for the {role} position last week; the team enjoyed meeting you.' },
  { stage: 'screen', open: 'Thanks for taking my call on Monday about the {role} opening.' },
  { stage: 'application', open: 'We appreciate your interest in {company} and the time you took to apply.' },
  { stage: 'final', open: 'Thank you for coming in for the final round for the {role} role.' },
  { stage: 'application', open: 'Greetings from {company}! We have reviewed your profile for the {role} position.' },
  { stage: 'assessment', open: 'Thank you for completing the written exercise for the {role} role.' },
];
const WHO: readonly [company: string, role: string, greet: string, sign: string][] = [
  ['Fernhill', 'Data Analyst', 'Hi Sam,', 'Best,\nMorgan'],
  ['Aster Health', 'Clinical Coordinator', 'Dear Ms Okoro,', 'Yours sincerely,\nHR Team, Aster Health'],
  ['Brightline Logistics', 'Fleet Planner', 'Hello Arjun,', 'Regards,\nTalent Acquisition'],
  ['Cinder Games', 'Gameplay Programmer', 'Hey Jo,', 'Cheers,\nTess'],
  ['Halden & Price LLP', 'Trainee Solicitor', 'Dear Candidate,', 'Kind regards,\nGraduate Recruitment'],
];

const FRAMED: CorpusLine[] = SENTENCES.map(([reason, door, offer, sentence], i) => {
  const frame = FRAMES[i % FRAMES.length] ?? { stage: 'application', open: '' };
  const [company, role, greet, sign] = WHO[i % WHO.length] ?? ['', '', '', ''];
  const open = frame.open.replace('{role}', role).replace('{company}', company);
  const specific = ['skills_gap', 'culture_fit', 'location', 'salary', 'overqualified'].includes(reason);
  return rej(frame.stage, [reason], { doorOpen: door, feedbackOffered: offer, feedback: specific }, `${greet}\n\n${open} ${sentence}\n\n${sign}`);
});

export const HANDWRITTEN_DEV: readonly CorpusLine[] = [...WHOLE, ...FRAMED];
