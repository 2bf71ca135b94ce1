/**
 * The team's own labelled example messages (written for these tests; not taken
 * from any real inbox). Labels follow shared/data/rejection-emails/LABELS.md.
 * Used by reader.test.ts for per-example checks and aggregate accuracy.
 */
import type { Kind, ReaderStage, Reason } from './types.js';

export interface Example {
  id: string;
  text: string;
  subject?: string;
  from?: string;
  kind: Kind;
  stage: ReaderStage | null;
  reasons: Reason[];
  feedback: boolean;
  feedbackOffered: boolean;
  doorOpen: boolean;
  company?: string;
  role?: string;
  contactName?: string;
}

const no = { feedback: false, feedbackOffered: false, doorOpen: false } as const;

export const EXAMPLES: readonly Example[] = [
  // ── application stage, generic / profile / closed / filled
  { id: 'e01', subject: 'Your application to Brightwell Foods', kind: 'rejection', stage: 'application', reasons: ['generic'], ...no, company: 'Brightwell Foods',
    text: 'Hi Priya,\n\nThanks for applying for the Category Buyer role at Brightwell Foods. We had a really strong response and, after careful thought, we won\'t be taking your application further.\n\nBest of luck with your search.\n\nBrightwell Foods Talent Team' },
  { id: 'e02', subject: 'Update on your application – Junior Quantity Surveyor', kind: 'rejection', stage: 'application', reasons: ['profile_mismatch'], feedback: false, feedbackOffered: false, doorOpen: true, role: 'Junior Quantity Surveyor',
    text: 'Dear Tom,\n\nThank you for your interest in the Junior Quantity Surveyor vacancy with Hartley & Rowe. Having reviewed your CV against the brief, we feel that other applicants more closely match what the project team needs right now.\n\nWe will hold your details on file for six months and may contact you should a suitable vacancy arise.\n\nKind regards,\nHartley & Rowe Recruitment' },
  { id: 'e03', kind: 'rejection', stage: 'application', reasons: ['role_closed'], feedback: false, feedbackOffered: false, doorOpen: true,
    text: 'Subject: Staff Nurse (Ward 7) – vacancy update\n\nDear applicant,\n\nWe are writing to let you know that, following a review of the ward\'s staffing budget, the Staff Nurse post has been withdrawn and will not be filled this year. We are sorry for any disappointment.\n\nPlease keep an eye on our jobs page, as new posts are advertised every week.\n\nPeople Services' },
  { id: 'e04', kind: 'rejection', stage: 'application', reasons: ['position_filled'], ...no,
    text: 'Hello Marco,\n\nThanks for reaching out about the barista supervisor job. I\'m afraid we have already offered the position to another candidate, who has accepted.\n\nAll the best,\nGiulia' },
  { id: 'e05', kind: 'rejection', stage: 'application', reasons: ['generic'], ...no,
    text: 'Dear Candidate,\n\nThank you for applying. Regrettably your application has not been successful on this occasion. Owing to the high volume of applications we are unable to provide individual feedback.\n\nYours sincerely,\nGraduate Recruitment Office' },
  { id: 'e06', kind: 'rejection', stage: 'application', reasons: ['location'], feedback: true, feedbackOffered: false, doorOpen: false,
    text: 'Hi Ana,\n\nThanks for your application for the Site Reliability Engineer role. Unfortunately we are unable to sponsor work visas for this position, and candidates must already have the right to work in Canada, so we cannot move forward.\n\nRegards,\nNorthpeak Systems' },
  { id: 'e07', kind: 'rejection', stage: 'application', reasons: ['skills_gap'], feedback: true, feedbackOffered: false, doorOpen: false,
    text: 'Dear Mr Okafor,\n\nThank you for applying for the Senior Tax Accountant position. The role requires a recognised accountancy qualification (ACA or ACCA), and as your CV does not show one we will not be progressing your application.\n\nKind regards,\nFinley Partners HR' },
  { id: 'e08', kind: 'rejection', stage: 'application', reasons: ['overqualified'], feedback: true, feedbackOffered: false, doorOpen: true,
    text: 'Hi Dana,\n\nThank you for applying for the Customer Support Associate role. Your background is impressive, but honestly your experience goes well beyond what this entry-level position offers and we think you would be overqualified for it. We would love to see you apply for one of our team lead roles in the future.\n\nCheers,\nLena, Talent at Orbly' },
  { id: 'e09', kind: 'rejection', stage: 'application', reasons: ['salary'], feedback: true, feedbackOffered: false, doorOpen: false,
    text: 'Hello Sam,\n\nThanks for your interest in the Marketing Manager role. After reviewing your application, your salary expectations are unfortunately well above the budget we have for this position, so we won\'t be moving ahead.\n\nBest wishes,\nKiteworks Recruiting' },
  { id: 'e10', kind: 'rejection', stage: 'application', reasons: ['internal_candidate'], feedback: false, feedbackOffered: false, doorOpen: true,
    text: 'Dear Lucia,\n\nThank you for applying for the Operations Analyst role. We wanted to let you know that we have decided to fill this position internally with a current team member.\n\nWe will keep your résumé on file and reach out if another opening comes up that suits your profile.\n\nWarm regards,\nMeridian Logistics Talent Acquisition' },
  // ── screen
  { id: 'e11', kind: 'rejection', stage: 'screen', reasons: ['generic'], feedback: false, feedbackOffered: true, doorOpen: false,
    text: 'Hi Jordan,\n\nThank you for taking the time to chat with me on the phone last week about the Account Executive role. After discussing with the hiring manager, we have decided not to move forward with your candidacy.\n\nIf you would like some feedback on our conversation, just reply to this email and I will be happy to share it.\n\nBest,\nMaya Chen\nSenior Recruiter, Lumen Health' },
  { id: 'e12', kind: 'rejection', stage: 'screen', reasons: ['salary'], feedback: true, feedbackOffered: false, doorOpen: true,
    text: 'Hi Olu,\n\nGreat speaking with you during our introductory call on Tuesday. As discussed, the compensation range for this role tops out below your expectations, so we have agreed it makes sense not to continue the process. I will keep you in mind for more senior openings in the future.\n\nThanks,\nRachel' },
  // ── assessment
  { id: 'e13', kind: 'rejection', stage: 'assessment', reasons: ['assessment'], feedback: false, feedbackOffered: false, doorOpen: false,
    text: 'Dear Wei,\n\nThank you for completing our online numerical reasoning test. Unfortunately your score did not meet the threshold required to progress to the next stage of our graduate programme.\n\nKind regards,\nGraduate Talent Team' },
  { id: 'e14', kind: 'rejection', stage: 'assessment', reasons: ['assessment'], feedback: true, feedbackOffered: true, doorOpen: true,
    text: 'Hi Alex,\n\nThanks for the effort you put into the take-home exercise. The team reviewed your submission carefully; while the API worked, the solution lacked tests and did not handle the pagination edge cases we asked about, so we won\'t be moving you to the interview stage.\n\nIf it would be helpful, I am happy to set up a short call to go through the feedback in more detail. You are very welcome to re-apply in six months.\n\nBest,\nSofia\nEngineering Recruiting, Tidepool' },
  { id: 'e15', kind: 'rejection', stage: 'assessment', reasons: ['generic'], ...no,
    text: 'Hello Ravi,\n\nWe appreciate you completing the HackerRank challenge for the Backend Developer role. After reviewing all candidates, we will not be proceeding with your application at this time.\n\nRegards,\nPixelForge Hiring' },
  // ── interview
  { id: 'e16', kind: 'rejection', stage: 'interview', reasons: ['skills_gap'], feedback: true, feedbackOffered: false, doorOpen: true,
    text: 'Dear Emma,\n\nThank you for interviewing with us for the Data Engineer role and for the time you spent with the team. The panel enjoyed the conversation, but felt that we need someone with more hands-on experience with streaming pipelines such as Kafka and Flink. For that reason we will not be offering you the role.\n\nWe would be glad to hear from you again for future roles.\n\nKind regards,\nHenrik Larsen\nHead of Data, Nordvik Energy' },
  { id: 'e17', kind: 'rejection', stage: 'interview', reasons: ['profile_mismatch'], ...no,
    text: 'Hi Chris,\n\nThanks again for coming in to meet the team last Thursday. We\'ve now finished interviewing and have decided to go with a candidate whose experience is a closer fit for the role.\n\nWishing you all the best,\nThe Copperleaf Studio team' },
  { id: 'e18', kind: 'rejection', stage: 'interview', reasons: ['culture_fit'], feedback: true, feedbackOffered: false, doorOpen: false,
    text: 'Dear Ben,\n\nThank you for your interviews with us last week. The team appreciated your technical depth, however we felt that your preferred working style, which is very independent, would not be the right fit for our highly collaborative team culture. We have therefore decided not to proceed.\n\nRegards,\nSaltmarsh Games' },
  { id: 'e19', kind: 'rejection', stage: 'interview', reasons: ['generic'], feedback: false, feedbackOffered: false, doorOpen: false,
    text: 'Hi Noor,\n\nFollowing your video interview with our hiring manager, we regret to let you know that you have not been selected for the next round. We are unable to provide detailed feedback due to the number of candidates.\n\nRegards,\nCrestline Bank Careers' },
  // ── final
  { id: 'e20', kind: 'rejection', stage: 'final', reasons: ['position_filled'], feedback: false, feedbackOffered: true, doorOpen: true,
    text: 'Hi Kate,\n\nThank you so much for all the time you invested in our process, including the final round presentation to the leadership team. It was an extremely close decision, but we have extended an offer to another candidate and they have accepted.\n\nI would be more than happy to share feedback from the panel if that would be useful – just let me know a good time for a call. We would love to stay in touch and will reach out when a similar role opens up.\n\nWarmly,\nDiane Fowler\nTalent Partner, Arcadia Labs\ndiane.fowler@arcadialabs.io' },
  { id: 'e21', kind: 'rejection', stage: 'final', reasons: ['generic'], ...no,
    text: 'Dear Ahmed,\n\nThank you for attending our assessment centre last Friday. We regret to inform you that on this occasion you have not been successful in securing a place on the 2025 Finance Graduate Scheme.\n\nYours sincerely,\nEarly Careers Team' },
  { id: 'e22', kind: 'rejection', stage: 'final', reasons: ['internal_candidate'], feedback: false, feedbackOffered: false, doorOpen: true,
    text: 'Hi Lena,\n\nThank you for spending the day with us at the onsite interview. You were one of our two finalists, and the decision was incredibly difficult. In the end, we decided to appoint an internal candidate who has been covering the role.\n\nWe really hope you will consider applying to future openings with us.\n\nBest,\nTomás' },
  { id: 'e23', kind: 'rejection', stage: 'final', reasons: ['role_closed'], ...no,
    text: 'Hi Ian,\n\nThank you for getting through the final interviews with us. Unfortunately, due to a company-wide hiring freeze announced this week, the Product Director role has been cancelled and we cannot proceed with any candidates.\n\nSincerely,\nVela Robotics' },
  // ── flags: tricky negations
  { id: 'e24', kind: 'rejection', stage: 'application', reasons: ['generic'], ...no,
    text: 'Dear applicant,\n\nThank you for your interest. We will not be taking your application forward. Please note that we do not keep CVs on file, and we are not able to offer feedback on individual applications.\n\nRecruitment Team' },
  { id: 'e25', kind: 'rejection', stage: 'application', reasons: ['generic'], feedback: false, feedbackOffered: false, doorOpen: false,
    text: 'Hi Mia,\n\nUnfortunately we will not be progressing your application for the Paralegal role.\n\nIn line with GDPR, we will retain your personal data for 12 months and then delete it securely. You can read our privacy notice on our website.\n\nKind regards,\nHolloway Legal' },
  { id: 'e26', kind: 'rejection', stage: 'application', reasons: ['profile_mismatch'], feedback: false, feedbackOffered: false, doorOpen: true,
    text: 'Hi Sven,\n\nThank you for applying for the UX Designer role. Although your portfolio shows real talent, your experience isn\'t the right match for this particular position.\n\nWe\'d genuinely encourage you to apply again when you see another role with us that fits.\n\nBest,\nCanvas & Co' },
  // ── on hold
  { id: 'e27', kind: 'on_hold', stage: 'interview', reasons: ['role_closed'], ...no,
    text: 'Hi Laura,\n\nThank you for your patience since your interview with the team. I wanted to let you know that the hiring for the Project Manager role has been put on hold while we review next year\'s budget. No decision has been made about your application, and I will be in touch as soon as the process resumes.\n\nBest regards,\nOwen' },
  { id: 'e28', kind: 'on_hold', stage: 'application', reasons: ['generic'], ...no,
    text: 'Dear Paul,\n\nWe wanted to give you an update: our recruitment timeline has been delayed by a few weeks. Your application is still under consideration and we will get back to you once we have more news.\n\nThanks,\nHR Team' },
  // ── other kinds
  { id: 'e29', kind: 'application_received', stage: null, reasons: [], ...no,
    text: 'Hi Grace,\n\nThank you for applying to the Sales Development Representative position. We have received your application and our team will review it over the coming days. If your experience matches our needs, we will contact you to arrange next steps.\n\nThe Fernway Team' },
  { id: 'e30', kind: 'interview_invite', stage: null, reasons: [], ...no,
    text: 'Hi Jonah,\n\nThanks for your application for the Frontend Engineer role! We would love to invite you to a 45-minute video interview with our engineering manager. Could you share your availability for next week?\n\nBest,\nCleo at Brightbyte' },
  { id: 'e31', kind: 'assessment_invite', stage: null, reasons: [], ...no,
    text: 'Dear Fatima,\n\nThank you for your application. As the next step, please complete the online assessment using the link below within 5 days. It takes around 60 minutes.\n\nGood luck!\nRecruiting Operations' },
  { id: 'e32', kind: 'offer', stage: null, reasons: [], ...no,
    text: 'Hi Leo,\n\nI am delighted to offer you the position of Structural Engineer at Ashdown Consulting! Your formal offer letter is attached, with a proposed start date of 3 March.\n\nCongratulations,\nNadia' },
  { id: 'e33', kind: 'other', stage: null, reasons: [], ...no,
    text: 'Hi there,\n\nOur March newsletter is here: five tips to make your CV stand out, plus upcoming webinars on interview preparation.\n\nThe JobFairy team' },
  // ── reasons combined
  { id: 'e34', kind: 'rejection', stage: 'interview', reasons: ['skills_gap', 'location'], feedback: true, feedbackOffered: false, doorOpen: false,
    text: 'Hello Pierre,\n\nThank you for meeting with us about the Field Sales role. We have decided not to progress, as the position requires fluent German and relocation to Munich, which you indicated would not be possible.\n\nBest regards,\nAlpenwerk GmbH' },
  { id: 'e35', kind: 'rejection', stage: 'screen', reasons: ['location'], feedback: true, feedbackOffered: false, doorOpen: true,
    text: 'Hi Dev,\n\nThanks for the phone screen earlier this week. Since the role must be based in our Austin office at least three days a week and you are looking for a fully remote position, we won\'t be moving forward. If we open remote roles later this year, I will reach out to you.\n\nBest,\nCarla' },
  // ── second batch: more phrasings across industries
  { id: 'e36', kind: 'rejection', stage: 'application', reasons: ['generic'], feedback: false, feedbackOffered: false, doorOpen: true,
    text: 'Dear Hannah,\n\nThank you for your recent application for the position of Library Assistant. The panel has now shortlisted for interview and I am sorry to tell you that on this occasion you have not been shortlisted.\n\nWe hope this will not deter you from applying for future vacancies with the Council.\n\nYours sincerely,\nHuman Resources' },
  { id: 'e37', kind: 'rejection', stage: 'application', reasons: ['profile_mismatch'], ...no,
    text: 'Hi Marcus,\n\nWe appreciate you considering Fernhill Capital. After reviewing your résumé, we have concluded that your background does not align closely enough with the requirements of the Associate role.\n\nSincerely,\nFernhill Capital Recruiting' },
  { id: 'e38', kind: 'rejection', stage: 'interview', reasons: ['generic'], ...no,
    text: 'Hi Yuki,\n\nI wanted to follow up after your conversations with Priya and Daniel last week. Thank you again for making the time. Unfortunately, the team has decided not to move forward with your candidacy.\n\nThanks,\nRob\nRecruiting Coordinator' },
  { id: 'e39', kind: 'rejection', stage: 'interview', reasons: ['skills_gap'], feedback: true, feedbackOffered: true, doorOpen: false,
    text: 'Dear Isabel,\n\nThank you for attending the second interview for the Clinical Research Associate role. The panel was impressed by your enthusiasm; however, they felt you would need more experience of monitoring oncology trials to be successful in this post, so we will not be offering you the position on this occasion.\n\nShould you wish to receive more detailed feedback, please do not hesitate to contact me.\n\nKind regards,\nDr. Helen Marsh' },
  { id: 'e40', kind: 'rejection', stage: 'screen', reasons: ['profile_mismatch'], ...no,
    text: 'Hey Tariq,\n\nThanks for jumping on a quick call with me yesterday! After chatting with the hiring manager, we think the role is looking for someone with a different profile, so we are going to pass for now.\n\nCheers,\nBella' },
  { id: 'e41', kind: 'rejection', stage: 'assessment', reasons: ['assessment'], feedback: true, feedbackOffered: false, doorOpen: true,
    text: 'Dear Kofi,\n\nThank you for submitting your written case study. Our assessors marked your submission below the required standard; in particular the financial analysis did not address the cash-flow risks set out in the brief. We are therefore unable to progress your application.\n\nYou are welcome to apply for future roles with us.\n\nRegards,\nAshby Finance Talent' },
  { id: 'e42', kind: 'rejection', stage: 'final', reasons: ['profile_mismatch'], feedback: false, feedbackOffered: false, doorOpen: true,
    text: 'Hi Elena,\n\nIt was a pleasure having you in the office for your final interviews. After a lot of discussion, we decided to move ahead with another finalist whose experience is more closely aligned with the immediate needs of the team.\n\nWe were all very impressed and would love to keep in touch for future opportunities.\n\nBest,\nMarta' },
  { id: 'e43', kind: 'rejection', stage: 'assessment', reasons: ['generic'], ...no,
    text: 'Dear applicant,\n\nThank you for completing the background and reference checks. We regret to advise that we are unable to proceed with your application.\n\nRegards,\nPeople & Culture' },
  { id: 'e44', kind: 'rejection', stage: 'application', reasons: ['position_filled'], feedback: false, feedbackOffered: false, doorOpen: true,
    text: 'Hi Leah,\n\nThanks so much for your interest in the Pastry Chef role at Olive & Thyme. We have now hired for this position. We will keep your details and let you know if another position comes up.\n\nTake care,\nMichel' },
  { id: 'e45', kind: 'rejection', stage: 'application', reasons: ['role_closed'], ...no,
    text: 'Dear Candidate,\n\nWe are contacting you regarding your application for the Graduate Software Engineer role. Due to a restructure within the business, this vacancy is no longer available and we are closing the recruitment campaign.\n\nThank you for your interest.\n\nTalent Acquisition' },
  { id: 'e46', kind: 'rejection', stage: 'interview', reasons: ['position_filled'], feedback: false, feedbackOffered: false, doorOpen: false,
    text: 'Hi Omar,\n\nThanks for interviewing with us for the Warehouse Supervisor role. I wanted to let you know that the role has now been filled.\n\nThanks again,\nSteve' },
  { id: 'e47', kind: 'rejection', stage: 'application', reasons: ['skills_gap'], feedback: true, feedbackOffered: false, doorOpen: true,
    text: 'Hello Chloé,\n\nThank you for applying to be a Mandarin Interpreter with us. For this role we require native or near-native fluency in Mandarin Chinese together with a recognised interpreting qualification, which we could not see in your application. We hope you will consider us again if you gain this qualification.\n\nBest regards,\nLinguaBridge' },
  { id: 'e48', kind: 'rejection', stage: 'interview', reasons: ['overqualified'], feedback: true, feedbackOffered: false, doorOpen: true,
    text: 'Hi Raj,\n\nThank you for meeting with us on Monday. After the interview we felt that, given your 15 years of leadership experience, you are more senior than this role requires and it would not challenge you. We would love to keep you in mind for senior roles as they come up.\n\nWarm wishes,\nJess' },
  { id: 'e48b', kind: 'rejection', stage: 'application', reasons: ['location'], feedback: true, feedbackOffered: false, doorOpen: false,
    text: 'Hi Tom,\n\nThank you for your application for the Junior Developer position. This role is only open to candidates who are eligible to work in the UK without sponsorship, and as you will need a visa we are unable to take your application further.\n\nKind regards,\nBlackfriars Digital' },
  { id: 'e49', kind: 'rejection', stage: 'screen', reasons: ['generic'], feedback: false, feedbackOffered: true, doorOpen: true,
    text: 'Hi Nina,\n\nThank you for your time on the phone earlier. Following our discussion, I am sorry to say we will not be progressing your application to the next stage. I am more than happy to give you some feedback over the phone if helpful, and please do keep an eye on our careers site for other vacancies.\n\nBest wishes,\nClaire' },
  { id: 'e50', kind: 'rejection', stage: 'interview', reasons: ['generic'], ...no,
    text: 'Dear Mr. Alvarez,\n\nWe appreciate the time you took to interview for the Maintenance Technician position. This letter is to inform you that the position has been offered to another applicant.\n\nSincerely,\nPlant Manager' },
  { id: 'e51', kind: 'on_hold', stage: 'interview', reasons: ['generic'], ...no,
    text: 'Hi Sara,\n\nThank you again for your interviews last week. We have not yet made a final decision as we still have a couple of candidates to meet. We expect to have an update for you by the end of next week and appreciate your patience.\n\nBest,\nIrene' },
  { id: 'e52', kind: 'interview_invite', stage: null, reasons: [], ...no,
    text: 'Dear Ahmed,\n\nThank you for your application for the Lab Technician role. We are pleased to let you know you have been shortlisted, and we would like to invite you to an interview on Thursday 12 June at 2pm at our Leeds site.\n\nPlease confirm your attendance by replying to this email.\n\nKind regards,\nRecruitment Team' },
  { id: 'e53', kind: 'assessment_invite', stage: null, reasons: [], ...no,
    text: 'Hi Zoe,\n\nGreat news, you have progressed to the next stage! The next step is a take-home exercise: please complete the attached brief and send your solution back within 7 days.\n\nBest,\nFinn' },
  { id: 'e54', kind: 'application_received', stage: null, reasons: [], ...no,
    text: 'Thank you for your application!\n\nThis is an automated message to confirm that your application for Store Manager has been received. Our team reviews every application and will be in touch if your profile matches the role.\n\nPlease do not reply to this email.' },
  { id: 'e55', kind: 'rejection', stage: 'application', reasons: ['generic'], feedback: false, feedbackOffered: false, doorOpen: false,
    text: '<p>Dear Candidate,</p><p>Thank you for your interest in working with us. After careful review, we regret to inform you that we will not be moving forward with your application.</p><p>Please note: due to the large number of applications, we cannot respond to requests for feedback.</p><p>Regards,<br>HR Department</p>' },
  { id: 'e56', kind: 'rejection', stage: 'interview', reasons: ['culture_fit'], feedback: true, feedbackOffered: false, doorOpen: false,
    text: 'Hi Gabe,\n\nThanks for spending time with the team on Friday. While your technical skills are clearly strong, we did not feel there was a strong alignment with our company values around customer obsession, so we have decided not to proceed.\n\nAll the best,\nKira' },
  { id: 'e57', kind: 'rejection', stage: 'application', reasons: ['salary', 'location'], feedback: true, feedbackOffered: false, doorOpen: false,
    text: 'Hi Liam,\n\nThanks for applying. Unfortunately your salary expectation is outside the range for this role, and the position requires relocation to Dublin, which you mentioned is not an option. We will not be taking things further.\n\nBest,\nAoife' },
  { id: 'e58', kind: 'rejection', stage: 'application', reasons: ['generic'], feedback: false, feedbackOffered: false, doorOpen: true,
    text: 'Hi Zara,\n\nThank you for your application to the Summer Analyst Programme. Competition this year was exceptionally strong and we are sorry to let you know that we will not be inviting you to interview.\n\nWe encourage you to apply again next year.\n\nThe Campus Recruiting Team' },
];
