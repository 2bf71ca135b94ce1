/**
 * Third round of hand-written development messages (generate.ts appends them to dev.jsonl; none is
 * sealed). Each group varies one kind of language the reader found hard on unseen mail: requirements
 * named in passing, alignment with ways of working, other candidates' closer backgrounds, test
 * results, filled / internal / cancelled roles, flags buried mid-message, interview steps called
 * conversations, rejections that name no step, boilerplate naming later steps, and the inbox mails
 * that only look like rejections. Different employers, ATS templates, lengths, tones and Englishes.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('e');

export const HANDWRITTEN_DEV_3: readonly CorpusLine[] = [
  // ── skills gap: a requirement named in passing
  rej('interview', ['skills_gap'], fb,
    'Hi Laila,\n\nThank you for the interviews last week. The team liked your product sense a lot. Where we landed is that this role needs someone who has shipped machine-learning features end to end, and your experience there is still early. We\'ve decided to move ahead with another candidate.\n\nAll the best,\nOwen'),
  rej('interview', ['skills_gap'], fb,
    'Dear Mr Brandt,\n\nThank you for attending the interview on 14 October. The panel recognised your commitment to the sector; however, the post requires demonstrable experience of managing capital budgets above two million pounds, and the panel did not find sufficient evidence of this. We are therefore unable to offer you the post.\n\nYours sincerely,\nHuman Resources, Eastvale District Council'),
  rej('application', ['skills_gap'], fb,
    'Hello Arjun,\n\nThanks for applying to the Embedded Firmware Engineer role. We are specifically hiring for someone with production experience in Rust on bare-metal targets, which we didn\'t see in your CV, so we won\'t be moving forward this time.\n\nBest of luck,\nHalden Robotics Hiring'),
  rej('screen', ['skills_gap'], fb,
    'Hi Clara, thanks for chatting with me this morning. After our call I checked with the hiring lead: because the team works with German-speaking clients every day, business-level German is a must for this one, so unfortunately we can\'t take it further. Wishing you lots of luck. - Pia'),
  rej('interview', ['skills_gap'], fb,
    'Hi Sergio,\n\nMany thanks for meeting the analytics team on Tuesday. We enjoyed the conversation.\n\nWe have decided not to proceed. Feedback from the panel was that the role calls for more advanced statistical modelling (causal inference in particular) than came across in the technical discussion.\n\nKind regards,\nHelen'),
  rej('interview', ['skills_gap'], fb,
    'Hi Tobi,\n\nThank you for interviewing for the Engineering Manager role. We were impressed with your technical depth, but we are looking for someone with more experience growing and managing a team of engineers, and we felt that was the gap for this position. We won\'t be moving forward.\n\nBest,\nHenry'),
  rej('application', ['skills_gap'], fb,
    'Dear Applicant,\n\nThank you for your interest in the position of Structural Engineer. Applications were assessed against the essential criteria. Your application did not demonstrate Chartered status (CEng or equivalent), which is an essential requirement for this post, and so it has not been shortlisted.\n\nRegards,\nRecruitment Team'),
  rej('final', ['position_filled', 'skills_gap'], fb,
    'Dear Mariam,\n\nThank you for coming in for the final interview with our Managing Director. It was a pleasure to meet you.\n\nAfter careful consideration we have offered the role to another candidate. The deciding factor was direct experience of FCA regulatory reporting, which the successful candidate had and which the role will rely on from day one.\n\nKind regards,\nRobert Ellison'),
  rej('interview', ['skills_gap'], fb,
    'Hi Peter, thanks again for your time on the video interviews. Honest feedback: we liked you, but we need someone stronger on the frontend side - React and TypeScript at a senior level - and that\'s where the interviews showed a gap. So we\'re going to pass. Good luck!'),
  rej('screen', ['skills_gap'], fb,
    'Dear Rahul,\n\nGreetings from Nexa Global Services. Thank you for attending the telephonic discussion with our HR executive. We wish to inform you that the client is looking for candidates with minimum 6 years of hands-on SAP FICO implementation experience, hence we are unable to take your candidature forward.\n\nThanks and regards,\nPooja Sharma\nNexa Global Services'),

  // ── culture fit: alignment with ways of working, values, team
  rej('interview', ['culture_fit'], fb,
    'Hi Sven,\n\nThank you for meeting the team on Thursday. Everyone appreciated your candour.\n\nWe\'ve decided not to continue. Our team relies on a lot of pairing and shared ownership, and from our conversations we felt you prefer to work more independently, which we don\'t think would suit how we operate day to day.\n\nBest wishes,\nMaja'),
  rej('final', ['culture_fit'], fb,
    'Dear Imogen,\n\nThank you for spending the day with us at the studio. It was a tough call. In the end, we didn\'t see the alignment with our ways of working that we look for - we move quickly and iterate in public - and we\'ve decided not to make an offer.\n\nWith best wishes,\nHugo'),
  rej('interview', ['culture_fit'], fb,
    'Hello Anton,\n\nThank you for interviewing with the Customer Experience team. Our decision was not about your skills, which are clearly strong; we weren\'t sure you would be comfortable in our very informal, feedback-heavy team culture. We won\'t be proceeding with your application.\n\nKind regards,\nYara'),
  rej('interview', ['culture_fit'], fb,
    'Dear Kasia,\n\nThank you for the conversations with our team. We try hard to hire people who share our values of transparency and putting the patient first, and the panel did not feel they saw strong enough evidence of that alignment during the interviews. We will not be progressing your application.\n\nRegards,\nNorthgate Care'),
  rej('interview', ['culture_fit', 'location'], fb,
    'Hi Bram, thanks for the interviews. Two reasons on our side: the team is fully in-office in Rotterdam and you are looking for remote work, and we felt our hierarchy-free, consensus-driven style might not be the environment you told us you do your best work in. We\'re not moving ahead. Good luck!'),

  // ── profile mismatch: other candidates' closer backgrounds, no requirement named
  rej('interview', ['profile_mismatch'], {},
    'Hi Nadia,\n\nThank you for interviewing with us. We met several excellent candidates, and ultimately selected someone whose background more closely reflects the needs of the team right now.\n\nThank you again for your time,\nAlex'),
  rej('application', ['profile_mismatch'], {},
    'Dear Jorge,\n\nThank you for submitting your application for the Financial Analyst position. We have decided to progress with applicants whose experience is more directly relevant to this role.\n\nKind regards,\nCaldwell & Finch'),
  rej('screen', ['profile_mismatch'], {},
    'Hi Ines,\n\nThanks for the chat earlier this week. I spoke with the team and they\'ve decided to move forward with candidates who are a bit closer to what they need for this particular role.\n\nBest of luck,\nMalik'),
  rej('interview', ['profile_mismatch'], door,
    'Dear Ola,\n\nThank you for taking part in our interviews for the Senior Buyer position. The standard was very high, and other applicants\' experience matched the brief more closely. We have therefore decided not to progress your application.\n\nWe hope you will consider applying for other roles with us in future.\n\nBest regards,\nSophie'),
  rej('application', ['profile_mismatch'], {},
    'Hi Emeka,\n\nThanks for your application. We reviewed it carefully, and on this occasion your experience isn\'t the right match for what the role requires.\n\nAll the best,\nTalent Team at Hartlepool Foods'),
  rej('application', ['profile_mismatch'], door,
    'Dear Candidate,\n\nWe appreciate your application for the role of Software Engineer. Unfortunately, your profile has not been shortlisted for this position as we found other profiles more suitable for the requirement. We will retain your resume in our database for future opportunities.\n\nRegards,\nTalent Acquisition Team\nSkyline Tech Solutions'),
  rej('final', ['skills_gap'], fb,
    'Hi Rosa,\n\nThank you for going through every stage with us, right up to the final interview with the board. The board chose a candidate whose track record in the charity sector was a closer fit for the organisation at this point in its journey.\n\nThank you so much for your time,\nMiriam'),

  // ── assessment results
  rej('assessment', ['assessment'], fb,
    'Hi Diego,\n\nThanks for the SQL exercise. The reviewers said your queries returned the right results, but several would scan entire tables and none of them used the indexes described in the brief. We won\'t be progressing to interviews.\n\nThanks for your time,\nData Team Hiring'),
  rej('assessment', ['assessment'], {},
    'Dear Ms Kowalski,\n\nThank you for sitting the numerical and verbal reasoning tests. We regret to inform you that your results on this occasion were below the standard required for progression.\n\nYours sincerely,\nEarly Careers Recruitment'),
  rej('assessment', ['assessment'], {},
    'Hi Max,\n\nThanks for completing the HackerRank challenge. Unfortunately you did not pass it, so we are unable to move forward with your application.\n\nRegards,\nRecruiting'),
  rej('interview', ['assessment'], fb,
    'Hi Isabel,\n\nThank you for your interviews, and for presenting your design exercise to the panel. The exercise was where the decision was made: the flows you proposed did not address the accessibility requirements set out in the brief. We\'ve therefore decided not to proceed.\n\nBest,\nGwen'),
  rej('assessment', ['assessment'], fb,
    'Dear Li Wei,\n\nThank you for the writing sample you submitted for the Technical Writer position. The team found it clear but too high-level for a developer audience: it lacked the code examples and parameter detail our documentation needs. We will not be moving forward.\n\nBest regards,\nDocs Team'),

  // ── filled, internal, cancelled, paused
  rej('interview', ['position_filled'], {},
    'Hi Femi,\n\nThank you for interviewing for the Operations Manager role. I wanted to let you know we have now appointed someone to the position.\n\nThanks again,\nJess'),
  rej('application', ['position_filled'], door,
    'Dear Ruth,\n\nThank you for your interest in the Events Coordinator vacancy. We received an overwhelming response, and the vacancy has now been filled. We will keep your CV on file for six months and contact you should a suitable role arise.\n\nRegards,\nLantern Events'),
  rej('final', ['position_filled'], {},
    'Dear Colm,\n\nThank you for attending the final stage. I\'m writing to let you know we have offered the post to another finalist, who has accepted. We are very grateful for the time you gave us.\n\nBest wishes,\nAoife'),
  rej('interview', ['internal_candidate'], {},
    'Hi Jana,\n\nThanks for interviewing with us. After careful thought, we have decided to appoint an existing team member to the role, so we won\'t be making any external offers.\n\nBest,\nRichard'),
  rej('application', ['internal_candidate'], {},
    'Dear applicant,\n\nThank you for applying for the Team Leader vacancy. This vacancy has been filled internally and we are therefore closing the recruitment.\n\nKind regards,\nHR Services'),
  rej('screen', ['role_closed'], {},
    'Hi Omar, thanks for our call on Monday. Bad news I\'m afraid - the company has frozen all hiring until next year, and this role has been closed. I\'m really sorry to bring this after you spent time on it. - Luca'),
  rej('application', ['role_closed'], {},
    'Dear Yasmin,\n\nThank you for your application for the Policy Officer position. Following an internal restructure, the position is no longer required, and the recruitment has been cancelled.\n\nWe apologise for any disappointment.\n\nPeople Services'),
  hold('screen', ['role_closed'], {},
    'Hi Ben,\n\nThanks for your time on the phone last week. I wanted to let you know that the hiring manager has put this role on hold for now while the team\'s plans for next quarter are finalised. Your application is still active and I\'ll reach out as soon as we have an update.\n\nBest,\nZoe'),
  hold('application', ['role_closed'], {},
    'Dear Aditya,\n\nThank you for your application. Please note that the hiring process for this position is temporarily suspended. We will contact you when it resumes.\n\nRegards,\nRecruitment'),

  // ── location, salary, overqualified in other words
  rej('application', ['location'], fb,
    'Hi Marek,\n\nThanks for applying. This role is only open to people already living in the United Kingdom, and your application says you are based in Poland, so we can\'t progress it.\n\nBest,\nHiring'),
  rej('screen', ['salary'], fb,
    'Hello Anna,\n\nThank you for the call. The salary you mentioned is significantly higher than what we have budgeted for this position, so we won\'t be moving forward at this time.\n\nKind regards,\nMila'),
  rej('interview', ['overqualified'], fb,
    'Hi Graham,\n\nThank you for the interview. Honestly, with twenty years of leadership behind you, this hands-on coordinator role is several steps below what you have done, and we worry it wouldn\'t hold your interest for long. We\'ve decided to go with someone earlier in their career.\n\nAll the best,\nNell'),

  // ── stage in other words: interviews called conversations, no step named
  rej('interview', ['generic'], {},
    'Hi Kofi,\n\nThank you for speaking with Jane, Mark and me over the last couple of weeks - we really enjoyed our conversations. After a lot of discussion we have decided not to move forward.\n\nBest of luck,\nTess'),
  rej('interview', ['generic'], {},
    'Dear Elsa,\n\nThank you for coming in to meet the team on Wednesday, and for the conversation with our CTO afterwards. We have decided to go with another candidate.\n\nKind regards,\nJoel'),
  rej('interview', ['generic'], door,
    'Hi Ayo,\n\nIt was great to spend time with you during the interview process. The team enjoyed the conversations, and this was a hard decision, but we won\'t be moving forward.\n\nWe\'d love to stay in touch for future roles on the team.\n\nBest,\nIlse'),
  rej('screen', ['generic'], {},
    'Hi Rita,\n\nThank you for taking my call yesterday and telling me about your background. After going through my notes with the hiring manager, we won\'t be moving you forward to the interview stage.\n\nBest wishes,\nCarla'),
  rej('application', ['generic'], {},
    'Dear Hamza,\n\nThank you for your interest in Torrington. We have carefully reviewed your application. Regrettably, we will not be proceeding further with it.\n\nBest regards,\nTorrington HR'),
  rej('application', ['generic'], {},
    'Hi Lotte,\n\nThanks for applying to Brightwave! Our process usually includes a recruiter call, a technical interview and an onsite with the team. On this occasion, we won\'t be progressing your application to those stages.\n\nBest,\nBrightwave Recruiting'),
  rej('application', ['generic'], {},
    'Dear Mr. Adeyemi,\n\nThank you for your application. Please note that shortlisted candidates will be invited to an assessment day and a final interview. We are sorry to inform you that you have not been shortlisted on this occasion.\n\nYours faithfully,\nRecruitment Office'),
  rej('application', ['generic'], {},
    'Hey Jamie, appreciate you applying. We\'re not going to move forward this time round. Good luck with everything!'),
  rej('final', ['generic'], {},
    'Dear Nicole,\n\nThank you for being one of our final three candidates for the Head of Marketing role. The decision was extremely difficult, and I\'m sorry to tell you it has not gone your way on this occasion.\n\nWith warm regards,\nPeter Graves'),
  rej('final', ['generic'], {},
    'Hi Sami, thanks for spending the whole day onsite with us on Friday. The team talked it through today and we are not going to extend an offer. Thank you for your energy throughout. - Vera'),

  // ── flags buried mid-message
  rej('interview', ['generic'], door,
    'Dear Paulo,\n\nThank you very much for interviewing with Aldermoor for the Business Development Manager role, and for your patience while we completed our process. We know waiting is hard. We spoke to a number of strong candidates and, on balance, have decided not to take your application further this time. We were impressed by the relationships you have built in the region, and we would be very pleased to hear from you again when we next recruit in business development. Aldermoor has been growing for fifteen years and we now work with clients in over thirty countries.\n\nThank you once more, and best wishes for the future.\n\nYours sincerely,\nHelena Stroud\nTalent Lead'),
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    'Hi Rowan,\n\nThank you for your interviews for the Security Engineer role, and for the care you put into the threat-modelling exercise. We spoke with many strong people. The panel noted that your cloud knowledge was good but that incident response on AWS, a big part of this role, was less familiar to you. We\'ve decided to move ahead with another candidate. I\'m glad to go through the panel\'s notes in more detail if that would be helpful. Thanks again, and good luck.\n\nJude'),
  rej('application', ['generic'], offered,
    'Hello Nina,\n\nThank you for your application to the Legal Counsel position. We received many applications. After careful review, we will not be inviting you to interview. Should you wish to receive feedback on your application, please reply to this email and we will do our best to provide it. We wish you every success.\n\nLegal Recruitment, Castellan'),
  rej('interview', ['generic'], door,
    'Hi Felix,\n\nThanks for the interviews. We\'ve decided not to move forward for this role. As the platform team grows next year we\'ll be hiring again, and I\'ll make sure your name is on our list to reach out to.\n\nCheers,\nAnneke'),
  rej('application', ['generic'], {},
    'Dear Kate,\n\nThank you for applying for a role at Linden Trust. Due to the large number of applications, we are not able to offer individual feedback. Unfortunately, your application has not been successful.\n\nLinden Trust Recruitment'),

  // ── mail formats: HTML, forwards, replies, footers
  rej('application', ['profile_mismatch'], {},
    '<table role="presentation" width="100%"><tr><td align="center"><img src="logo.png" alt="Farrow"></td></tr><tr><td style="padding:24px"><p>Hi Saoirse,</p><p>Thank you for your interest in <strong>Farrow</strong>.</p><p>We carefully reviewed your application for <strong>Account Executive</strong>, and we have decided to move forward with candidates whose experience more closely matches the requirements of this role.</p><p>Best regards,<br>Farrow Recruiting</p></td></tr><tr><td style="font-size:11px;color:#888">You are receiving this because you applied via Ashby. <a href="#">Privacy</a></td></tr></table>'),
  rej('interview', ['skills_gap'], fb,
    'FYI - not the news I wanted. Any thoughts on the Go point?\n\n-------- Original Message --------\nSubject: Platform Engineer - update\nFrom: Hiring at Quarry <jobs@quarry.dev>\nDate: 12/11/2026 15:40\n\nHi Alex,\n\nThanks for your time in the interviews last week. We have decided not to move forward: the team needs someone with production Go experience, since nearly all of our services are written in it, and that was the main gap.\n\nQuarry Hiring', 'Fwd: Platform Engineer - update'),
  rej('screen', ['generic'], {},
    'Hi Ella,\n\nApologies for not getting back sooner. Having spoken with the team after our call, I\'m afraid we won\'t be moving forward with your application.\n\nKind regards,\nDev\n\nFrom: Ella Park\nSent: Monday, 2 November 2026 08:12\nTo: Dev Shah\nSubject: Following up on our call\n\nHi Dev, I just wanted to follow up on our call last Thursday and check whether there are any updates about the interview with the hiring manager. Thanks!', 'RE: Following up on our call'),
  rej('interview', ['generic'], {},
    'Hi Chiara,\r\n\r\nThank you for interviewing with us for the=\r\n Marketing Manager role. Unfortunately we have decided not to proceed with=\r\n your application.\r\n\r\nBest,\r\nLeon\r\n\r\n--\r\nLeon Frey | Recruiter | Saltire Group\r\nm: +44 7700 900123\r\nThis e-mail and any attachment are confidential. If you are not the intended recipient, please notify the sender and delete it. Saltire Group does not accept liability for any errors or omissions.'),

  // ── non-native English
  rej('interview', ['generic'], {},
    'Dear Mr Nguyen,\n\nWe thank you for your participation in the interview for the position Quality Engineer. Regrettably we must inform you that we decided for another applicant. We wish you for your future all the best.\n\nWith kind regards\nPersonalabteilung'),
  rej('application', ['skills_gap'], fb,
    'Dear Sir/Madam,\n\nThank you for your application for the post of Export Manager. After reviewing, we have to inform that the position needs good level of Spanish and French language, which is not visible in your documents. So we cannot continue with your application.\n\nBest regards\nHR'),

  // ── inbox look-alikes
  other(
    'Hi Tom,\n\nThanks for applying to the Sales Engineer role at Ridgeline! This is a quick note to confirm we\'ve received your application. Our team reviews every application and you can expect to hear from us within two weeks. Unfortunately, we can\'t reply individually to questions about the status of applications.\n\nThe Ridgeline Team', 'Thanks for applying to Ridgeline'),
  other(
    'Dear Beatriz,\n\nThank you for your application for the post of Research Fellow. The closing date has now passed and the panel is reviewing applications. Shortlisted candidates will be contacted by 30 November. We regret that we are unable to contact candidates who are not shortlisted.\n\nFaculty Office', 'Research Fellow - application'),
  other(
    'Hi Priya,\n\nThank you for your time yesterday. The team really enjoyed speaking with you, and we\'d like to invite you to the next round: a 60-minute technical interview with two of our engineers. Could you share a few times that work for you next week?\n\nBest,\nLiam', 'Next round'),
  other(
    'Hi Andre,\n\nJust a reminder that your interview with Northpoint is tomorrow, Thursday 12 November, at 3pm. Please join using the Teams link below a few minutes early.\n\nGood luck!\nNorthpoint Talent', 'Reminder: your interview tomorrow'),
  other(
    'Dear Suresh,\n\nWe are happy to inform you that you have been shortlisted for the role of Data Analyst. Kindly complete the attached online assessment within 48 hours.\n\nRegards,\nHR Team', 'Shortlisted - online assessment'),
  other(
    'Hi Eva,\n\nThanks for checking in. There\'s no news yet, I\'m afraid - the hiring manager has been travelling and we haven\'t finished reviewing the shortlist. I hope to have an update for you next week.\n\nBest,\nRobin', 'Re: Any update?'),
  other(
    'Jobs matching your profile\n\nData Engineer - Lumen - Berlin\nAnalytics Engineer - Parcel - Remote\nBI Developer - Stadtwerke - Hamburg\n\nSorry, the job "Data Engineer at Crane" you saved is no longer available.\n\nUpdate your job preferences | Unsubscribe', 'Jobs for you this week'),
  other(
    'Dear Olivia,\n\nIt is my pleasure to confirm our offer of employment as Senior Nurse, starting on 4 January. Unfortunately we are not able to offer parking on site, but there are good bus links. Please sign and return the enclosed contract.\n\nWarm regards,\nPeople Team', 'Offer of employment'),
  other(
    'Hi Joseph,\n\nI\'m sorry, but I need to move our call on Friday - something has come up on my side. Would Monday at 11am work for you instead?\n\nThanks,\nAmelia', 'Moving our call'),
  other(
    'Hi there,\n\nYou recently started an application for Customer Service Advisor at Wexford Retail but haven\'t finished it yet. Don\'t miss out - the closing date is Sunday.\n\nContinue your application\n\nWexford Retail Careers', 'Finish your application'),
  other(
    'Dear Candidate,\n\nThank you for registering for our virtual careers fair on 3 December. You will receive your joining link the day before. We look forward to seeing you there.\n\nEarly Careers Team', 'You are registered'),
  other(
    'Hi Grace,\n\nThank you for interviewing with us today. Our team will meet on Monday to discuss all candidates, and we will let you know the outcome, whether positive or not, by Wednesday.\n\nKind regards,\nNed', 'Thank you for today'),
  other(
    'Dear Ahmed,\n\nYour application for Graduate Engineer has progressed to the next stage. Please log in to your candidate portal to book your video interview.\n\nBest of luck,\nGraduate Recruitment', 'Your application has progressed'),
  other(
    'Hi Nora,\n\nThanks for your note, and I\'m sorry to hear you\'ve decided to withdraw. We completely understand and wish you the best in your new role. Do keep in touch!\n\nBest,\nJake', 'Re: Withdrawal'),

  // ── second batch: stage language after interviews, application-stage boilerplate, flags and reasons mid-message
  rej('interview', ['generic'], {},
    'Hi Bea,\n\nThank you for speaking with us over the past few weeks about the Ops Lead role, and for your patience as we worked through the process with several people on the team. We have now reached a decision and, unfortunately, it is not the outcome you were hoping for.\n\nAll the best,\nMarta'),
  rej('interview', ['generic'], {},
    'Dear Callum,\n\nIt was a real pleasure speaking with you on Thursday and Friday, and the team appreciated how much you had prepared for both sessions. Having discussed it at length, we have decided not to proceed.\n\nKind regards,\nNiamh'),
  rej('interview', ['profile_mismatch'], {},
    'Hi Dev,\n\nThanks for the conversations with our product and engineering leads. We ended up going with someone whose experience lines up a little more closely with where the team is heading.\n\nBest,\nKira'),
  rej('screen', ['generic'], {},
    'Hi Ole,\n\nThanks for the intro call on Monday - it was good to hear about your move into analytics. I\'m afraid we won\'t be progressing to the next stage this time.\n\nCheers,\nAmber'),
  rej('application', ['generic'], {},
    'Dear Farah,\n\nThank you for your recent application to Wrenfield. We read every application with care. On this occasion we have decided not to take yours further.\n\nWrenfield People Team\n\nWrenfield Ltd, 12 Harbour Street, Plymouth. Our recruitment involves a telephone interview, a written exercise and a final interview with the directors.'),
  rej('application', ['generic'], {},
    'Hello Luis,\n\nYour application for Inside Sales Representative was reviewed by our recruiting team. We regret to let you know that it was not selected for further consideration.\n\nSuccessful applicants are usually invited to a video interview and an assessment, followed by an onsite meeting with the sales leadership.\n\nSincerely,\nRecruiting'),
  rej('application', ['profile_mismatch'], door,
    'Dear Helga,\n\nThank you for applying to be a Project Coordinator with us. We received applications from many strong people, some of whose backgrounds were closer to this particular brief. We will not be taking your application forward, but we hope to see you apply again when you spot a role that suits you.\n\nBest wishes,\nResourcing Team'),
  rej('interview', ['profile_mismatch'], {},
    'Hi Roman,\n\nThank you for the interviews last week. The finalists we are progressing all came from agency-side roles that resemble this one more closely than your in-house background, so we will not be moving forward with you.\n\nRegards,\nPeter'),
  rej('interview', ['skills_gap'], fb,
    'Hi Zara,\n\nThanks again for making time for three rounds with us. You were great with the stakeholders. The one place we came up short was hands-on budgeting: the person in this seat runs a seven-figure P&L from day one, and we didn\'t hear enough of that in your examples.\n\nWe\'ve decided to move forward with another candidate.\n\nBest,\nDan'),
  rej('interview', ['skills_gap'], fb,
    'Dear Ji-ho,\n\nThank you for interviewing for the Clinical Trials Manager post. The committee felt your scientific background was excellent, although experience of running Phase III trials, which this post involves from the outset, was not yet part of your record. We are therefore unable to offer you the post.\n\nYours sincerely,\nR&D Recruitment'),
  rej('assessment', ['assessment'], fb,
    'Hi Omari,\n\nThanks for completing the design challenge. The panel liked your visual direction, but the prototype skipped the onboarding flow the brief asked for and the research summary was very brief. On this basis we will not be moving to interviews.\n\nBest,\nFreya'),
  rej('assessment', ['assessment'], {},
    'Dear Emily,\n\nThank you for completing the situational judgement test as part of your application to the Civil Service Fast Stream. We are sorry to tell you that you did not achieve the score needed to continue in this campaign.\n\nFast Stream Team'),
  rej('final', ['generic'], { ...door, ...offered },
    'Hi Antoine,\n\nThank you for your patience, and for the energy you brought to every conversation with the team. After comparing all the finalists\' interviews in detail we\'ve decided to offer the role elsewhere. It\'s been genuinely hard, because you would add a lot to a team like ours, and we\'d be glad to hear from you if a role on the partnerships side opens up later this year; I can also talk you through how the panel scored the interviews if that\'s useful. Either way, thank you - and I hope to cross paths again.\n\nWarmly,\nSigrid'),
  rej('interview', ['skills_gap'], fb,
    'Dear Nkechi,\n\nThank you for attending the interview for the Senior Pharmacist role. The panel enjoyed meeting you. In reaching its decision the panel noted your limited experience of aseptic services, which is central to this post. I am sorry to say we will not be offering you the position on this occasion.\n\nKind regards,\nPharmacy Recruitment'),
  rej('application', ['position_filled'], {},
    'Hi Toby, thanks for reaching out about the barista job. We actually hired someone last week, so the spot is taken now. Sorry! - Moss Coffee'),
  rej('interview', ['role_closed'], {},
    'Dear Grete,\n\nThank you for interviewing for the Analyst role. Following a change in the department\'s priorities, we have decided not to fill the position this year. We are sorry for any disappointment.\n\nKind regards,\nFinance Directorate'),
  rej('application', ['internal_candidate'], {},
    'Hi Rob,\n\nThanks for your interest in the Senior Engineer opening. We have decided to give the role to an engineer who has been with us for some years, so we are closing the opening to outside applicants.\n\nBest,\nPeople Ops'),
  rej('screen', ['location'], fb,
    'Hi Kai,\n\nThanks for the call. Unfortunately our payroll is only set up for the UK and Ireland, so we can\'t hire people living in Portugal for this role, even remotely.\n\nBest,\nSara'),

  other(
    'Hi Bea,\n\nThanks for your patience while we work through the interviews. We have a couple more conversations this week and hope to come back to everyone by Friday. Thank you for bearing with us!\n\nMarta', 'Update on the Ops Lead role'),
  other(
    'Dear Farah,\n\nThank you for applying to Wrenfield. This is an automatic confirmation that your application has reached us. Unfortunately, due to the number of applications we receive, only shortlisted candidates will be contacted.\n\nWrenfield People Team', 'Application received'),
  other(
    'Hi Ole,\n\nI\'m afraid the hiring manager is off sick today, so we will need to push back your interview. I\'ll send over some new times tomorrow. Sorry for the disruption!\n\nAmber', 'Interview moved'),
  other(
    'Hi Dev,\n\nGreat news - the team would love to have you back for a final conversation with our CEO next week. I\'ll send a few slots shortly.\n\nBest,\nKira', 'Final conversation'),
  other(
    'Hello Luis,\n\nWe noticed you applied for Inside Sales Representative. To help us learn more about you, please answer three short questions in our portal. This is not a test and there are no wrong answers.\n\nRecruiting', 'A few questions for you'),
  other(
    'Hi Zara,\n\nThank you for all your time over the interviews. I\'m delighted to let you know that we would like to offer you the role of Finance Lead. I\'ll call you this afternoon to talk through the details.\n\nBest,\nDan', 'Good news'),

  // ── third batch: steps named in many ways, requirements and working styles in passing
  rej('screen', ['generic'], {},
    'Hi Moritz,\n\nThank you for the introductory conversation with me on Tuesday. I have shared my notes with the hiring team and we have agreed not to take your application to the next stage.\n\nBest regards,\nVictoria\nTalent Acquisition'),
  rej('screen', ['skills_gap'], fb,
    'Hi Asha, it was nice to connect by phone yesterday. As I mentioned, the hiring manager is set on someone with hands-on Salesforce administration, so I won\'t be able to put you forward for this one. Best, Kieran'),
  rej('screen', ['generic'], {},
    'Dear Mr Osei,\n\nThank you for speaking with our HR advisor last week. Following that call we have decided not to progress your application further.\n\nYours sincerely,\nPeople Services'),
  rej('interview', ['generic'], {},
    'Hi Leonie,\n\nThanks for the pairing session with Tom and the follow-up chat with Priya on Friday. We have decided not to move forward with your application.\n\nAll the best,\nHugo'),
  rej('interview', ['skills_gap'], fb,
    'Hi Matteo,\n\nThank you for the technical discussion with our platform engineers. They were impressed by your debugging, but this role involves designing event-driven systems with Kafka from scratch, and that\'s not something you\'ve done yet. We won\'t be taking things further.\n\nBest,\nSelma'),
  rej('interview', ['culture_fit'], fb,
    'Dear Yvonne,\n\nThank you for meeting with our head of department and two of the teachers. The panel felt that your approach to the classroom, which is quite traditional, would not sit comfortably with the school\'s project-based ethos, and so we will not be offering you the post.\n\nKind regards,\nThe Headteacher'),
  rej('interview', ['generic'], {},
    'Hi Paolo - thank you so much for coming in to see us last Thursday and for the time with Grace in the afternoon. It was a tough decision but we\'ve gone with another applicant. All the best, Fin'),
  rej('final', ['generic'], {},
    'Dear Chloe,\n\nThank you for attending the second and final stage of our selection process. The panel was impressed, but I regret that on this occasion you have not been successful.\n\nKind regards,\nHR Business Partner'),
  rej('final', ['position_filled'], {},
    'Hi Ibrahim,\n\nYou made it all the way to the last two for the Data Lead role, which says a lot. In the end the other candidate accepted our offer yesterday. Thank you for everything you put into the process.\n\nBest,\nJo'),
  rej('assessment', ['assessment'], fb,
    'Dear Mrs Lindqvist,\n\nThank you for the translation test you returned for our panel of freelance translators. The reviewers found several terminology errors in the legal passages and two omitted sentences, so we are unable to add you to the panel at this time.\n\nBest regards,\nVendor Management'),
  rej('assessment', ['generic'], {},
    'Hi Sunny,\n\nThanks for sending over your portfolio and the short written exercise. We have reviewed both and have decided not to move forward with your application.\n\nCheers,\nThe Studio'),
  rej('assessment', ['generic'], {},
    'Dear Applicant,\n\nThank you for completing the online questionnaire for the Retail Assistant role. Having reviewed your answers, we are sorry to say we will not be taking your application further.\n\nStore Recruitment'),
  rej('final', ['position_filled'], {},
    'Dear Ravi,\n\nThank you for your time through all three rounds, including the panel with the directors. We have received your references, but after a last review of the final candidates we have decided to offer the position to someone else.\n\nKind regards,\nAlison'),
  rej('interview', ['skills_gap'], fb,
    'Hi Kamal,\n\nThank you for interviewing for the Analytics Engineer position. The team thought you were a great communicator. Where you fell short for us was dbt and data modelling in the warehouse - most of the day-to-day work here - and so we won\'t be moving on to the next round.\n\nBest wishes,\nLuisa'),
  rej('interview', ['culture_fit'], fb,
    'Hi Niels,\n\nThank you for the interviews. We think you\'d do excellent work, but our team is very remote and asynchronous, with most decisions made in writing, and we sensed you thrive with more day-to-day contact than we can offer. For that reason we will not be proceeding.\n\nAll the best,\nMaren'),
  rej('application', ['skills_gap'], fb,
    'Dear Oyelaran,\n\nThank you for your application for the Graduate Surveyor scheme. The scheme is open to graduates of RICS-accredited degrees only, and your degree is not on the accredited list, so we are unable to consider your application.\n\nYours sincerely,\nGraduate Recruitment'),
  rej('application', ['profile_mismatch'], {},
    'Hi Tamsin,\n\nThanks for your interest in joining Kelpie. We had a very strong response, and applicants with backgrounds nearer to this role have been invited to interview, so we won\'t be taking your application further.\n\nBest,\nKelpie Hiring'),
  other(
    'Hi Leonie,\n\nThank you for the pairing session on Friday. The team enjoyed it and we would like you to come back for a final conversation with our CTO. Are you free on Wednesday or Thursday?\n\nBest,\nHugo', 'Next step'),
  other(
    'Hi Sunny,\n\nThanks for sending over your portfolio. We are reviewing all submissions this week and will let you know by Monday whether we would like to invite you for an interview.\n\nCheers,\nThe Studio', 'Portfolio received'),
  other(
    'Dear Chloe,\n\nThank you for your interest in the Summer Internship. Unfortunately, the internship page had a broken link this morning, so some applications did not upload correctly. Yours has arrived safely and no action is needed.\n\nHR', 'Your application'),
];
