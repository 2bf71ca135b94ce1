/**
 * Development messages of the seventh round (docs/decisions/0053), never sealed: other trades and sectors
 * (care, building, shops, kitchens, schools, councils, universities, law, charities), Australian, Canadian,
 * South African and Irish English, second-language writers and agencies, aimed at what unseen mail gets
 * wrong — interviews called conversations or talks, application-stage mail that names no step or names later
 * steps in boilerplate, others' experience that "matched more closely", a requirement named in passing, test
 * results, generic words beside a specific reason, flags in the middle of long letters, and acknowledgements
 * and updates that use the same polite words. The rules may be checked against them and the model may be
 * trained on them.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d7-');

const noReply = '\n\nThis mailbox is not monitored. Please do not reply to this message.';
const quote = (when: string, who: string, body: string): string =>
  `\n\nOn ${when}, ${who} wrote:\n` + body.split('\n').map((l) => `> ${l}`).join('\n');
const confidential =
  '\n\nCONFIDENTIALITY: This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed.';

export const HANDWRITTEN_DEV_7: readonly CorpusLine[] = [
  // ── interviews described as conversations, talks, chats, time spent with people
  rej('interview', ['generic'], {},
    `Hi Róisín,

Thanks so much for the conversation with Conor and myself on Monday, and for the follow-up talk with the wider team on Wednesday. We've reached a decision and won't be taking things further with you on this occasion.

All the best,
Aisling`, 'Marketing Executive'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Thabo,

It was a pleasure speaking with you and the other members of the panel last Thursday. After comparing everyone we met, we felt that other candidates' experience was a closer match for the role, and we will not be progressing your application.

Kind regards,
Naledi`, 'Regional Coordinator'),
  rej('interview', ['generic'], door,
    `Hey Brody, thanks heaps for the yarn with me and Jess at the depot on Tuesday. We've decided to go with someone else for the storeman job. Keep an eye on our Seek ads though, we'll have more going after Christmas.

Cheers, Wayne`, 'storeman'),
  rej('interview', ['generic'], {},
    `Dear Ms Fitzgerald,

Thank you for the time you spent talking with our partners on Friday morning. I regret to say that we have decided not to proceed with your application.

Yours sincerely,
Recruitment Partner`, 'Trainee Solicitor'),
  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Anton,

Really appreciated the two conversations with our engineering leads. In the end we're moving forward with a candidate whose background lined up more closely with the role. If you want to hear how the leads saw it, just say and I'll arrange a call.

Best,
Ciara`, 'Backend role'),
  rej('interview', ['generic'], {},
    `Hi Nandi,

Thank you for chatting with the hiring team on Zoom earlier this week. Unfortunately we've decided to move on with other candidates.

Regards,
People Ops`, 'Zoom follow-up'),
  rej('interview', ['skills_gap'], fb,
    `Hello Karim,

We enjoyed speaking with you on Tuesday with Dr. Walsh and Professor Yeo. The committee is looking for a postdoc who already has hands-on cryo-EM experience, and as yours is mostly with X-ray crystallography, we have decided not to make an offer.

Best wishes,
Lab Manager`, 'Postdoctoral Fellow'),
  rej('interview', ['generic'], {},
    `Dear Pádraig,

Many thanks for meeting the selection board for the Clerical Officer panel. I regret to inform you that you were not placed on the panel on this occasion.

Yours sincerely,
HR Section`, 'Clerical Officer'),
  rej('interview', ['culture_fit'], fb,
    `Hi Fenna,

Thanks again for the time you spent with the studio on Thursday. We talked it over as a group and felt that your preference for a very structured, process-heavy way of working wouldn't mesh with how loose and experimental our studio is, so we're going to say no this time.

Best, Milo`, 'Studio designer'),
  rej('interview', ['profile_mismatch'], {},
    `Hi Grace,

Thank you for the discussion on Wednesday with Tariq and the operations leads. We've now completed our conversations with all shortlisted candidates and have chosen someone whose experience aligns more closely with what we need.

Regards,
Sunita`, 'Ops Manager'),
  rej('interview', ['generic'], {},
    `Dear Colm,

I wanted to thank you for coming in to speak with the board about the general manager role. Having considered all candidates, the board has decided not to appoint you.

Kind regards,
Chair, Ballymore GAA Club`, 'General Manager'),
  rej('interview', ['generic'], { ...offered },
    `Hi Ishaan,

Thanks for your time talking to the three of us on Monday. We've decided not to move forward. Happy to go over our thinking on a quick call if that would help.

— Tess`, 'Data role'),

  // ── application stage: no step named, or later steps only in boilerplate
  rej('application', ['generic'], {},
    `Dear Sibusiso,

Thank you for your application for the Junior Accountant vacancy. Unfortunately, your application was not successful on this occasion.

Regards,
Human Capital`, 'Junior Accountant'),
  rej('application', ['generic'], {},
    `Hi Alex,

Thank you for applying to Fernway. Our hiring process includes a recruiter call, a technical interview, a take-home exercise and a final onsite. We've reviewed your application and won't be moving you to the recruiter call.

Fernway Recruiting${noReply}`, 'Your Fernway application'),
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying for the position of Retail Assistant. Successful applicants will be invited to an assessment day and a final interview with the store manager. We regret that on this occasion you have not been selected.

Kind regards,
Careers`, 'Retail Assistant'),
  rej('application', ['generic'], door,
    `Hi Mariam,

Thanks for your interest in the Summer Internship. Unfortunately we won't be taking your application further. The internship includes a final presentation to the leadership team, and we hope you'll consider applying again next year.

Best,
Early Careers`, 'Summer Internship'),
  rej('application', ['generic'], {},
    `Hi Jack, thanks for sending your CV over for the labourer job. We're not going to take it further this time. All the best.`, 'labourer'),
  rej('application', ['generic'], {},
    `Dear candidate,

Thank you for your application to the Graduate Scheme. We have reviewed all applications and regret that you have not been shortlisted for the online tests.

Best wishes,
Graduate Team`, 'Graduate Scheme'),
  rej('application', ['generic'], {},
    `Dear Mr. Oyelaran,

Thank you for submitting your application for the Maintenance Technician opening. After careful consideration, we will not be pursuing your candidacy further. Reference checks, background checks and a final interview are conducted for shortlisted applicants only.

HR Department${confidential}`, 'Maintenance Technician'),
  rej('application', ['generic'], {},
    `Hello Divya,

We appreciate your interest in the Teaching Assistant role. We've had a very high number of applications and I'm sorry to say we won't be inviting you to the next stage.

Kind regards,
School Office`, 'Teaching Assistant'),
  rej('application', ['generic'], {},
    `<p>Dear Liam,</p><p>Thanks for your application for Barista at Harbour Roasters. This time we won&#39;t be progressing your application.</p><p>Thanks again,<br>Harbour Roasters</p>`, 'Barista application'),
  rej('application', ['generic'], {},
    `Dear Kerry-Ann,

Thank you for your interest in the Customer Service Representative position. We received a large number of applications and have selected candidates for the interview stage. Unfortunately, your application was not selected.

Sincerely,
The Hiring Team`, 'CSR application'),

  // ── others' experience or backgrounds matched more closely
  rej('application', ['profile_mismatch'], {},
    `Dear Busisiwe,

Thank you for applying for the Compliance Officer role. We received applications from several candidates whose experience matched the role more closely, and we have decided not to take yours further.

Regards,
Talent Acquisition`, 'Compliance Officer'),
  rej('application', ['profile_mismatch'], door,
    `Hi Ethan,

Thanks for your application to the Sous Chef position. We've chosen to interview chefs whose backgrounds are a better match for our kitchen right now. We'll keep your details and let you know if something more suitable comes up.

Chef Lara, The Larder`, 'Sous Chef'),
  rej('screen', ['profile_mismatch'], {},
    `Hi Mbali,

Thank you for the call on Friday. We've since spoken with other applicants whose experience sits closer to the role, and we've decided to progress with them.

Best,
Kerry`, 'Call follow-up'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Seán,

Thank you for interviewing for the Facilities Officer post. The panel felt that other candidates demonstrated a closer match to the post's requirements, and so we will not be offering you the position.

Kind regards,
HR Office, Atlantic Technological College`, 'Facilities Officer'),
  rej('application', ['profile_mismatch'], {},
    `Hey Noor, thanks for applying! We had loads of great people apply and went with those whose experience felt most relevant to the role. Wishing you the best.

Team Pip & Pine`, 'Pip & Pine application'),
  rej('interview', ['profile_mismatch', 'position_filled'], {},
    `Dear Kelechi,

Thank you for attending interview. We have offered the post to a candidate whose skills and experience were more closely aligned with the job description, and they have accepted.

Yours sincerely,
Recruitment`, 'Interview outcome'),
  rej('application', ['profile_mismatch'], {},
    `Dear Mr Harrington,

Thank you for your interest. Having reviewed your CV against the person specification, we have found that other applicants met the criteria more fully. We will not be shortlisting you on this occasion.

Regards,
HR`, 'Shortlisting outcome'),
  rej('final', ['profile_mismatch'], { ...offered, ...door },
    `Hi Leila,

Thank you for coming in for the final day. It was really close, but the team felt another finalist's experience fitted the role slightly better. I'd be glad to talk you through the feedback, and we'd love you to apply for future roles here.

Best,
Jas`, 'Final day'),
  rej('application', ['profile_mismatch'], {},
    `Good day Pieter,

We thank you for your application. Unfortunately your qualifications and experience did not meet the requirements as closely as those of other applicants.

Kind regards
HR Officer`, 'Application'),
  rej('screen', ['profile_mismatch'], door,
    `Hi Shauna,

Lovely to chat with you on the phone on Monday. Having spoken with everyone, we're going to move ahead with applicants whose backgrounds are more in line with the role. I'll keep your CV on file for future openings.

Thanks,
Orla`, 'Phone chat'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Ji-woo,

Thank you for interviewing with us. We have decided to pursue candidates whose experience is better suited to the position.

Sincerely,
Recruiting Team`, 'Interview follow-up'),
  rej('application', ['profile_mismatch'], {},
    `Dear Applicant,

Thank you for applying. The shortlisting panel compared each application with the essential criteria, and applicants with more directly relevant experience were shortlisted. Your application was not among them.

Regards,
People Services, Banyule City Council`, 'Shortlisting'),

  // ── a requirement named in passing
  rej('application', ['skills_gap'], fb,
    `Hi Jaden,

Thanks for applying for the site supervisor job. As it stands we need someone holding a current SSSTS ticket, so we won't be taking your application forward.

Thanks,
Kinsella Construction`, 'Site supervisor'),
  rej('application', ['skills_gap'], fb,
    `Dear Olga,

Thank you for your application to the Pharmacy Technician post. As you are not yet registered with the GPhC, which is essential for this post, we cannot shortlist you.

Kind regards,
Pharmacy Recruitment`, 'Pharmacy Technician'),
  rej('screen', ['skills_gap'], fb,
    `Hi Fabio,

Good to speak on Monday. Since the role needs a full driving licence for visits between sites and you don't drive yet, we won't be progressing.

Thanks,
Gráinne`, 'Field Technician'),
  rej('interview', ['skills_gap'], fb,
    `Dear Yasmin,

Thank you for interviewing with us. The panel enjoyed meeting you; the deciding factor was that the role needs solid experience of Xero for month-end, which you told us you haven't used. We won't be offering you the role.

Regards,
Finance Director`, 'Finance Officer'),
  rej('application', ['skills_gap'], fb,
    `Hello Mr. Duarte,

Thank you for applying. Unfortunately the position requires a Working with Children Check, and your application indicates you do not yet have one, so we are unable to proceed.

Kind regards,
Recruitment, Riverbend Early Learning`, 'Educator role'),
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Teodor,

Thanks for your time with the team. It came down to hands-on Terraform experience, which the successful candidate had and you were still building. Please do apply again in future.

Cheers,
Freya`, 'DevOps'),
  rej('application', ['skills_gap'], fb,
    `Dear Nkechi,

Thank you for your interest in the Clinical Research Associate role. We are looking for at least two years of on-site monitoring experience, and your application shows less than one, so we will not be moving forward.

Sincerely,
Talent Team`, 'CRA application'),
  rej('interview', ['skills_gap'], fb,
    `Bonjour Étienne,

Thank you for the interview last Tuesday. For this post in Montréal the client service is mostly in French and the panel felt your French was not yet at a professional level. We regret that we cannot offer you the position.

Regards,
Human Resources`, 'Client Services Officer'),

  // ── assessment results
  rej('assessment', ['assessment'], {},
    `Dear Aiden,

Thank you for completing the aptitude tests. Unfortunately your results did not meet the standard required for us to take your application further.

Regards,
Recruitment`, 'Aptitude test result'),
  rej('assessment', ['assessment'], fb,
    `Hi Zanele,

Thanks for the take-home. The reviewers liked the UI, but the API calls weren't cached and several edge cases in the date filter broke, so we won't be moving to the next round.

Best,
Engineering Hiring`, 'Take-home'),
  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing our online numerical reasoning assessment. We regret to inform you that you did not achieve the score needed to continue in this recruitment process.

Graduate Recruitment`, 'Assessment outcome'),
  rej('assessment', ['assessment'], fb,
    `Hello Rafael,

Thank you for sending the translation test. Our reviewers found several terminology errors in the legal section, and the register was too informal for the client. For this reason we cannot continue with your application.

Regards,
Vendor Management`, 'Translation test'),
  rej('interview', ['assessment'], fb,
    `Dear Orla,

Thank you for attending the interview and the in-tray exercise. While your interview went well, your in-tray exercise did not prioritise the urgent safeguarding item, which was a key part of the task. We will not be offering you the role.

Kind regards,
HR`, 'Outcome'),
  rej('assessment', ['assessment'], { ...offered },
    `Hi Ben,

Thanks for doing the coding challenge. Unfortunately, the result wasn't strong enough for us to move you forward this time. If you'd like some notes on it, let me know.

Regards,
Hiring Team`, 'Coding challenge'),

  // ── generic words beside a specific reason
  rej('application', ['location'], fb,
    `Dear Farah,

Thank you for your application. We received many strong applications for this role. Unfortunately, as the role is based in our Johannesburg office five days a week and you are based in Cape Town without plans to relocate, we will not be moving forward.

Regards,
HR`, 'Application'),
  rej('interview', ['salary'], fb,
    `Hi Declan,

Thank you for interviewing with us. It was a very competitive process. Ultimately your salary expectations were above what we've budgeted for the role, so we won't be extending an offer.

Best,
Molly`, 'Outcome'),
  rej('application', ['overqualified'], fb,
    `Dear Mr Nel,

Thank you for applying. We had a large number of applications. Given your extensive management experience, we believe you would be overqualified for this entry-level role, and we will not be proceeding.

Regards`, 'Entry-level role'),
  rej('interview', ['internal_candidate'], {},
    `Hi Keeley,

Thanks for coming in to interview. It was a tough decision with a strong field, but the role has gone to an internal candidate who has been covering it.

Thanks again,
Niamh`, 'Team Leader'),
  rej('application', ['role_closed'], {},
    `Dear applicant,

Thank you for applying. After careful consideration of the many applications received, we have decided not to fill the position at this time due to a change in business priorities.

Kind regards,
Recruitment`, 'Position update'),
  rej('interview', ['skills_gap'], fb,
    `Hi Oisín,

Thanks for interviewing. There were many strong candidates, and we've gone with someone who has more experience with payroll systems, which is central to this role.

Regards,
Bríd`, 'Payroll Officer'),
  rej('screen', ['location'], fb,
    `Hi Lwazi,

Thanks for the call. We had a lot of interest in this role. As it's fully on-site in Toronto and you need sponsorship to work in Canada, we can't progress your application.

Regards,
Talent`, 'Role update'),
  rej('interview', ['culture_fit'], fb,
    `Dear Vikram,

Thank you for meeting the team. After much deliberation, we felt that your approach to client work, which you described as preferring to work independently with little contact, would not suit our highly collaborative consultancy.

Kind regards,
Partners`, 'Consultant role'),

  // ── flags buried in the middle of long, polite letters
  rej('interview', ['generic'], { ...door },
    `Dear Aoibheann,

Thank you for your patience while we completed the selection process for the Heritage Officer role, and thank you also for the effort you put into your application and interview. We know that a great deal of thought goes into preparing for a panel, and it showed.

We received a very high number of applications, and the panel interviewed eight candidates. After long discussion we have decided not to offer you the role. We would very much welcome an application from you for future heritage posts with the County Council, and we hope you will keep an eye on our vacancies. The successful candidate will join us in February.

Thank you once more for your interest in working with us, and we wish you every success.

Kind regards,
Sorcha Nolan
HR Business Partner`, 'Heritage Officer'),
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Hamza,

Thank you for coming to see us last week, and for the care you took in preparing for the interview. We enjoyed hearing about your time at the hospital trust and your plans for the role.

The panel noted your strong stakeholder skills, but felt that your experience of managing capital budgets was limited for a post that oversees a £4m programme. After careful thought, we have decided not to offer you the position.

Thank you again for your time, and we wish you every success in the future.

Kind regards,
Estates Directorate`, 'Estates Manager'),
  rej('interview', ['generic'], { ...offered },
    `Dear Chanel,

I hope you've had a good week. Thank you so much for your time on Monday, and for everything you shared with the panel about your work in community health.

I'm sorry to say we have decided not to progress your application. It was a difficult decision with a strong group of candidates. Should you find it useful, I'd be more than happy to arrange a time to share the panel's reflections with you. We were all grateful for your honest answers and your interest in our work.

With very best wishes,
Tanya`, 'Health Promotion Lead'),
  rej('final', ['generic'], { ...door },
    `Dear Kieran,

Thank you for attending the final interview for the Head of Operations role, and for all the time you've given us over the last month.

We know how much of yourself goes into a process like this. After a great deal of deliberation we have decided not to offer you the role. We hope our paths cross again, and we'd be very happy to consider you for future senior roles as the business grows. The decision was genuinely close and the board was impressed.

With thanks and best wishes,
Cathal Doyle
Managing Director`, 'Head of Operations'),
  rej('interview', ['skills_gap'], { ...fb, ...offered, ...door },
    `Dear Siyabonga,

Thank you for your interest in the Data Engineer role and for the time you gave us in the interview process. We enjoyed meeting you and learning about your projects.

We have made the difficult decision not to progress your application. The team noted your solid Python, but you had less experience with streaming pipelines (Kafka in particular) than the role needs from day one. If you'd like to go over the interview notes, I'd be glad to set up a call. We'd also be keen to hear from you when our next graduate-to-engineer cohort opens.

Thank you again,
Thandeka
Talent Partner`, 'Data Engineer'),
  rej('interview', ['generic'], { ...door },
    `Dear Meghan,

Thank you for taking part in our recruitment process for the Youth Worker role, and for the energy you brought to the interview.

We were lucky to have a strong group of candidates, and unfortunately we have not been able to offer you the role this time. We are always looking for sessional youth workers and would love for you to register with our bank staff list. The young people on the panel particularly enjoyed your activity idea.

Warm wishes,
Youth Services Manager`, 'Youth Worker'),
  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Gareth,

Thanks for taking the time to meet us last week, and thanks for your patience while we finished the other interviews.

We were lucky to see a very strong field. We've decided to go with a candidate whose experience more closely fitted what the role needs right now. I know this isn't the outcome you wanted. If it would be useful to talk it through, I'd be happy to share what the panel said. Thanks again for your time and interest in the charity.

Best,
Rachel`, 'Volunteer Coordinator'),
  rej('interview', ['generic'], { ...door },
    `Dear Tiago,

Thank you for attending interview for the Laboratory Technician post. I am writing to let you know that your application has been unsuccessful. We received a strong response, and the decision was difficult.

Your details will be kept on our talent register for twelve months, and we may contact you about similar posts during that time. Thank you again for your interest in the University.

Yours sincerely,
HR Services`, 'Laboratory Technician'),

  // ── thread replies: the newest message declines, the earlier step quoted
  rej('interview', ['generic'], {},
    `Hi Rhys,

Thanks for checking in. I'm sorry to say we won't be moving forward with you for this role.

Best,
Alana${quote('Tue, 3 Mar 2026 at 09:02', 'Rhys Morgan <rhys@example.com>', 'Hi Alana,\nThank you for the interview with you and Tom last Friday. Any news on the role?\nRhys')}`, 'Re: Any news?'),
  rej('screen', ['profile_mismatch'], {},
    `Hi Kemi,

Sorry for the slow reply. We've decided to go with people whose experience is closer to the role.

Thanks,
Hugo${quote('Mon, 2 Mar 2026 at 17:40', 'Kemi Adeyinka <kemi@example.com>', 'Hi Hugo,\nThanks for the phone screen this afternoon, I enjoyed hearing about the team.\nKemi')}`, 'Re: Thanks'),

  // ── other voices
  rej('interview', ['generic'], {},
    `Dear Mr. Mokoena,

With reference to the interview held on 14th instant, we regret to inform you that you have not been successful. We thank you for your interest in the organisation.

Yours faithfully,
Administration Manager`, 'Interview held on 14th'),
  rej('application', ['profile_mismatch'], {},
    `Hello,

thank you for your application. Unfortunately your profile does not correspond to what we look for in this moment. We wish you success with finding the job.

Regards
Recruitment`, 'Application'),
  rej('interview', ['position_filled'], door,
    `Hi Darcy,

Thanks for coming in for a chat about the receptionist job. We've filled the position now, but we'd be happy to keep your CV for next time.

Thanks,
Bec, Coastal Physio`, 'reception'),
  rej('assessment', ['generic'], door,
    `Dear Siddharth,

Thanks for completing the case study. After reviewing all candidates, we've decided to progress others to the interview stage. We'd welcome your application for future openings.

Regards,
Talent`, 'Case study'),
  rej('screen', ['generic'], {},
    `Hi Aroha,

Thank you for the phone interview on Tuesday. Unfortunately we won't be inviting you to the next round.

Kind regards,
Recruitment Team`, 'Phone interview'),
  rej('final', ['position_filled'], {},
    `Hi Saoirse,

Thank you for the final round with our CEO. We have offered the role to another candidate, who has accepted.

Best,
Talent`, 'Final round'),
  rej('application', ['internal_candidate'], {},
    `Dear Applicant,

Thank you for your interest. This vacancy has been filled by an existing member of staff, so your application will not be taken further.

Regards,
Recruitment`, 'Vacancy update'),
  rej('interview', ['role_closed'], {},
    `Hi Liam,

Thank you for interviewing for the Logistics Analyst role. Following a restructure, the role has been removed and we won't be hiring for it.

Regards,
HR`, 'Logistics Analyst'),

  // ── paused processes
  hold('interview', ['role_closed'], {},
    `Dear Ngozi,

Thank you for interviewing. The recruitment for this post has been put on hold pending a funding review. No decision has been made on your application; we will contact you once the review concludes.

Kind regards,
HR`, 'Recruitment on hold'),
  hold('application', ['role_closed'], {},
    `Hi Callum, just letting you know the plumbing apprentice intake has been delayed until March as we wait on the new contract. Your application is still live and we'll be in touch then.`, 'apprentice intake'),

  // ── look-alikes: acknowledgements, updates, invitations
  other(
    `Dear Róisín,

Thank you for your application for the role of Staff Nurse. We confirm receipt and will review it against the criteria. Unfortunately we cannot respond to individual queries about progress, but we will contact you either way once shortlisting is complete.

Recruitment Team${noReply}`, 'Application received'),
  other(
    `Hi Jake,

Thanks for applying to be a Kitchen Hand at The Larder! We've got your details and we'll be in touch if we'd like to invite you for a trial shift.

Cheers,
The Larder`, 'Thanks for applying'),
  other(
    `Dear Candidate,

Thank you for your interest in the Graduate Programme. We have received your application and it is being reviewed by our team. We aim to respond to all applicants within four weeks. We appreciate your patience.

Early Careers`, 'Application received'),
  other(
    `Hi Sipho,

Just an update: we're still interviewing for the Analyst role and won't have news until the end of next week. Thanks for bearing with us, we'll be in touch.

Talent Team`, 'Update'),
  other(
    `Dear Laura,

We are pleased to inform you that you have been shortlisted for interview for the position of Occupational Therapist. Interviews will be held on 12 May. Please confirm your availability.

HR Department`, 'Shortlisted for interview'),
  other(
    `Hi Arjun,

Thank you for your interest in the Software Engineer role. We'd like to invite you to complete a HackerRank test. The link below expires in 72 hours.

Good luck,
Recruiting`, 'Coding test invitation'),
  other(
    `Dear Ellen,

Your application for the post of Lecturer in Nursing has been received. The closing date is 30 April, and interviews are expected to take place in late May. Regrettably, owing to the volume of applications, we are unable to acknowledge each application individually after this message.

University Recruitment`, 'Application received'),
  other(
    `Hi Mo,

Thank you for your time today! We'll be meeting the remaining candidates over the next week and will get back to you with an update soon after.

Best,
Jo`, 'Thanks for today'),
  other(
    `Dear Fiona,

Thank you for your application for the Retail Supervisor role. We regret that we are not able to respond to every applicant personally; if you are shortlisted, we will contact you within ten working days.

Kind regards,
Store Recruitment`, 'Your application'),
  other(
    `Hi Dara,

Congratulations! We're thrilled to offer you the Junior Designer role. Please find the offer letter attached.

Best,
Hannah`, 'Offer'),
  other(
    `Jobs you might like: Electrician, Apprentice Electrician, Maintenance Electrician in Brisbane. Apply now.

Manage your alerts · Unsubscribe`, 'New jobs for you'),
  other(
    `Hi Ruth,

We confirm that your application for the Admin Assistant role has been withdrawn as you requested. Thank you for letting us know.

HR`, 'Withdrawal confirmed'),
  // a delay of the process is a pause (LABELS.md: paused / delayed), as in the development part's other delay notices
  hold('application', ['generic'], {},
    `Dear Candidate,

Thank you for your application. Due to the number of applications we received, the shortlisting process is taking a little longer than expected, but we will be in touch with all applicants by 20 June.

Recruitment`, 'Shortlisting update'),
  other(
    `Hi Tomás,

We'd love to invite you to a final interview with our founders next Tuesday. Let me know what time suits!

Cheers,
Ana`, 'Final interview'),
  other(
    `Dear Nomsa,

Thank you for completing the psychometric assessment. Your results have been passed to the hiring manager, who will be in touch regarding next steps.

Regards,
Talent Acquisition`, 'Assessment complete'),
  other(
    `Hi Conor,

Thanks for reaching out about the Barista role. We're not hiring at the moment, but we've noted your details and you're welcome to drop your CV in anytime.

Harbour Roasters`, 'Re: Barista jobs?'),
  other(
    `Dear Aidan,

Thank you for your interest in our firm. We do not accept speculative applications for training contracts by email; please apply through our online portal when applications open in October.

Graduate Recruitment`, 'Speculative application'),
  other(
    `Dear Priya,

Thank you for attending the interview yesterday. The panel is still meeting the remaining candidates and we aim to let everyone know the outcome by Friday. Please don't hesitate to contact me if you have any questions in the meantime.

Kind regards,
HR`, 'Interview follow-up'),
];

/** the second go, written after the first go's fixes and scored on first sight before its own */
export const HANDWRITTEN_DEV_7B: readonly CorpusLine[] = [
  rej('interview', ['generic'], {},
    `Hi Dervla,

Thanks a million for the chat with myself and Fergal on Thursday, and for coming back in to meet the lads on the floor. We've had a long think and we're going to go in a different direction for the role.

All the best,
Ciarán`, 'Shift Manager'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Mr Botha,

Thank you for the conversation with our selection committee on 12 May. Having considered each candidate against the requirements, the committee found that the experience of other candidates aligned more closely with the position, and you will not be recommended for appointment.

Yours faithfully,
Registrar`, 'Senior Lecturer'),
  rej('interview', ['generic'], door,
    `Hi Ana,

It was great speaking with you and Professor Lindiwe Khumalo last week. Unfortunately we've decided not to offer you a place in the lab this year. We take students every intake, so please do consider us again in the next round.

Best,
Dr. Rossi`, 'PhD position'),
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Corey,

Thanks for your time with me and Harriet yesterday. We need someone who has run payroll for 200+ staff on their own, and your experience is mostly as part of a larger team, so we won't be moving forward. If you'd find it handy to hear how Harriet and I scored it, just shout.

Cheers,
Megan`, 'Payroll Lead'),
  rej('application', ['generic'], {},
    `Dear Naveen,

Thank you for your application to our Legal Apprenticeship. The apprenticeship involves a written test, a group exercise and a final interview at our London office. Unfortunately your application has not been progressed on this occasion.

Best wishes,
Apprenticeships Team`, 'Legal Apprenticeship'),
  rej('application', ['profile_mismatch'], {},
    `Hi Rosa,

Thanks for applying to the Line Cook role. Other cooks who applied had backgrounds that suited our kitchen better, so we won't be moving forward with you.

Thanks,
Chef Mateo`, 'Line Cook'),
  rej('application', ['skills_gap'], fb,
    `Dear Kabelo,

Thank you for your application for the Electrician position. Please note that a valid wireman's licence is a minimum requirement for the role, which was not included in your application. We are therefore unable to consider you further.

Regards,
HR`, 'Electrician'),
  rej('assessment', ['assessment'], fb,
    `Hi Suki,

Thanks for the writing exercise. The editors felt the headline was misleading and the piece buried the main news in the fifth paragraph, so we won't be taking your application further.

Best,
Newsroom`, 'Writing exercise'),
  rej('assessment', ['assessment'], { ...offered },
    `Dear Candidate,

Thank you for completing the verbal reasoning test. We regret that your score was below the level required to progress. If you wish to receive a breakdown of your results, please reply to this email.

Assessment Team`, 'Test result'),
  rej('interview', ['generic'], { ...door },
    `Dear Niall,

Thank you for your interest in the Sales Executive position and for attending the interview with Ms Carey and Mr Doyle.

I am writing to inform you that on this occasion you have not been successful. We were very pleased with the level of interest in this role and had a strong field. We will hold your details on our candidate database for twelve months and would welcome your interest in future vacancies. We appreciate the time you took to attend.

Yours sincerely,
HR Manager`, 'Sales Executive'),
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Anjali,

Thank you for the time you gave us during the interview for the Pharmacist role, and for the thought you put into the clinical scenarios.

Our decision was a difficult one. The panel noted that your hospital experience is strong, but the role needs someone with an independent prescribing qualification, which you don't yet hold, and we have decided not to offer you the post. Once you have qualified as a prescriber, we would be delighted to hear from you again. Thank you for your interest in the practice.

Kind regards,
Practice Manager`, 'Pharmacist'),
  rej('screen', ['generic'], {},
    `Hi Lebo,

Appreciate you jumping on the phone with me on Friday. After reviewing everyone we spoke to, we won't be moving you to the next stage.

Best,
Kim`, 'Next stage'),
  rej('final', ['position_filled'], { ...offered },
    `Hi Hamish,

Thank you for the final round on Friday, and for presenting to the board. They've offered the role to another candidate, who has accepted. I'd be happy to go over the board's thinking with you if it would help.

Best,
Shona`, 'Final round'),
  rej('interview', ['culture_fit'], fb,
    `Hi Yara,

Thanks for the chats with me and the design team. We loved your portfolio, but the team felt your preference for owning projects solo wouldn't fit how much we co-design with clients every week, so we won't be making an offer.

Best,
Ines`, 'Designer'),
  rej('application', ['location'], fb,
    `Hi Maximilian,

Thank you for applying. This role is only open to candidates who already hold the right to work in Australia, and we're not able to sponsor visas, so we can't take your application forward.

Cheers,
Talent Team`, 'Application'),
  other(
    `Hi Zoe,

Thanks for your application for the Care Assistant role! Our recruitment team will review it and, if you meet the criteria, we'll give you a call to arrange an informal chat. Unfortunately we get a lot of applications, so it may take us a week or two.

Sunrise Care`, 'Thanks for applying'),
  other(
    `Dear Nikolai,

Thank you for attending interview today. The panel will be meeting the remaining candidates tomorrow and you will hear from us by the end of the week either way.

Regards,
HR`, 'Interview today'),
  other(
    `Hi Priyanka,

Your application for the Teaching Assistant role has been received. Shortlisted candidates will be contacted for interview; we're sorry we can't reply personally to every application.

School Office`, 'Application received'),
  other(
    `Hi Dylan,

Good news — the client would like to meet you for a second interview next Wednesday at 11. Can you make that work?

Cheers,
Lauren`, 'Second interview'),
  other(
    `Dear Applicant,

Thank you for your interest. This is to let you know that we have received a large number of applications and are reviewing them carefully. We will be in touch with the outcome as soon as we can.

Recruitment`, 'Update on your application'),
];

/** the third go, written after the second go's fixes and scored on first sight before its own */
export const HANDWRITTEN_DEV_7C: readonly CorpusLine[] = [
  rej('interview', ['generic'], {},
    `Hi Moana,

Thank you for the kōrero with our panel on Tuesday. The panel has now met and you have not been selected for the role.

Ngā mihi,
Recruitment`, 'Kaiārahi role'),
  rej('interview', ['profile_mismatch'], {},
    `Hi Jess,

Loved catching up with you and the crew at the yard last week. In the end we've gone with a bloke whose experience was a better match for the heavy rigid work.

Cheers,
Dave`, 'Driver job'),
  rej('interview', ['generic'], {},
    `Dear Candidate,

Thank you for participating in the panel discussion on 3 October. After careful consideration, the panel has decided not to recommend you for the post.

Regards,
Provincial Department of Health`, 'Panel discussion'),
  rej('application', ['generic'], {},
    `Dear Olamide,

Thank you for applying for the Graduate Surveyor scheme. Candidates who pass the initial screening are invited to an online test and then to an assessment centre. We regret to inform you that your application did not pass the initial screening.

Yours sincerely,
Graduate Recruitment`, 'Graduate Surveyor'),
  rej('application', ['generic'], {},
    `Hi Bella,

Thanks for your interest in the Casual Retail Assistant role. We're sorry to say your application wasn't successful this time. Interviews and trial shifts will be held next week with the applicants we've selected.

Kind regards,
Store Team`, 'Casual Retail Assistant'),
  rej('application', ['profile_mismatch'], {},
    `Dear Ms Abubakar,

Thank you for your application. We were fortunate to receive applications from many candidates whose profiles more closely fitted our requirements, and we have decided not to take your application further.

Kind regards,
Talent Acquisition`, 'Your application'),
  // only "your time on Thursday" with the sender: a conversation of unknown depth, a screen (LABELS.md)
  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Wiremu,

Thanks again for your time on Thursday. We've chosen to progress with a candidate whose background was more in line with what this team needs. We'll keep you in mind for anything else coming up.

Kia ora,
Aroha`, 'Role update'),
  rej('interview', ['skills_gap'], fb,
    `Dear Tanisha,

Thank you for interviewing for the Court Clerk post. The panel was impressed with your organisation, but felt that familiarity with the civil procedure rules, which you mentioned you have not worked with, is essential from day one. We will not be offering you the post.

Regards,
Courts Service HR`, 'Court Clerk'),
  rej('assessment', ['assessment'], fb,
    `Hi Ravi,

Thanks for the SQL task. The queries returned the right totals, but the join on customers double-counted refunds, and the second question was left unanswered. We won't be going further.

Best,
Data Team`, 'SQL task'),
  rej('interview', ['location'], fb,
    `Hi Lior,

Thank you for speaking with us and the team last week. It was a competitive process. In the end we need someone who can be in our Calgary office four days a week, and as you're set on staying in Vancouver we won't be able to move forward.

Best,
Kara`, 'Calgary role'),
  rej('interview', ['generic'], { ...offered, ...door },
    `Dear Aisling,

Thank you for attending interview for the Research Assistant post on Monday, and for the presentation you prepared.

We had a very strong field and I'm afraid you were not successful on this occasion. I appreciate this will be disappointing. The panel would be glad to offer a short feedback conversation if you contact me this week. We also expect to advertise two similar posts in the spring and would welcome your application then. Thank you again for your time.

Kind regards,
Dr Helen Byrne`, 'Research Assistant'),
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Mr Okonkwo,

I hope you are well. Many thanks for coming to meet us about the Estates Officer role; the panel appreciated how well you had prepared.

After much discussion, the panel felt that you did not yet have enough experience of managing building contractors, which is a large part of the role, and so we have decided not to offer you the post. We would encourage you to look at our other vacancies, as we often have posts at a slightly more junior level. Thank you once again for your interest.

Yours sincerely,
HR Officer`, 'Estates Officer'),
  other(
    `Hi Chloé,

Thanks for applying to Larkspur! We've received your application and our team will take a look. If there's a match, we'll reach out to set up a call. In the meantime, feel free to browse our other roles.

The Larkspur Team`, 'Application received'),
  other(
    `Dear Oisín,

Thank you for your patience. The interview panel is still meeting candidates and we will be in touch with everyone once a decision has been made, hopefully within the next fortnight.

HR`, 'Update'),
  other(
    `Hi Nia,

Your video interview is now scheduled for Tuesday at 14:00. You'll receive a calendar invitation shortly. Best of luck!

Recruitment`, 'Interview scheduled'),
  other(
    `Dear Sizwe,

Thank you for applying. We confirm your application for the Learnership Programme has been received and will be considered once the application window closes. Please note that only shortlisted candidates will be contacted.

Recruitment`, 'Learnership Programme'),
];

/** the fourth go, written after the third go's fixes and scored on first sight before its own */
export const HANDWRITTEN_DEV_7D: readonly CorpusLine[] = [
  rej('interview', ['position_filled'], {},
    `Hi Sunil,

Thank you for sitting down with Marco, Jill and me on Wednesday. We've decided to offer the role to someone else.

Regards,
Fatima`, 'Warehouse Supervisor'),
  rej('interview', ['generic'], {},
    `Dear Ms Ndlovu,

Thank you for appearing before the interview panel on 22 August. We regret to advise that your application was unsuccessful.

Regards,
Human Resources`, 'Interview outcome'),
  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Finn,

Great to chat with you, Ola and Ben last week. We've gone with an applicant whose experience is a closer fit for the role. Drop me a line if you'd like a few pointers from the interviews.

Cheers,
Maeve`, 'Role update'),
  rej('interview', ['generic'], {},
    `Hi Kaveh,

Thanks for the video call with the founders on Monday. We're going to pass for now.

Best,
Talent`, 'Founders call'),
  rej('screen', ['generic'], {},
    `Hi Elif,

Thanks for the chat earlier today. I've had a think and I won't be putting you forward for the role.

Cheers,
Tom (recruiter)`, 'Chat earlier'),
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying to the Junior Analyst Programme. The programme's selection process has three stages: an online test, a video interview and a final assessment centre. After reviewing your application form, we will not be progressing you to the first of these stages.

Recruitment`, 'Junior Analyst Programme'),
  rej('application', ['generic'], {},
    `Hi Brendan, thanks for applying for the chef de partie job. We've had loads of applications and won't be inviting you for a trial shift this time. Best of luck.`, 'CDP job'),
  rej('final', ['generic'], { ...offered },
    `Dear Dr Mensah,

Thank you for the campus visit and your research seminar last week. After deliberation, the search committee has decided not to advance your candidacy. I would be glad to discuss the committee's view with you by phone if that would be useful.

Sincerely,
Chair, Search Committee`, 'Faculty search'),
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Jonas,

Thanks for meeting the team on Friday. The main gap was hands-on experience with Salesforce Marketing Cloud, which the role needs from the start, so we won't be moving ahead. If it helps, I can take you through the interviewers' notes.

Best,
Lina`, 'Marketing Ops'),
  rej('interview', ['generic'], { ...door },
    `Dear Connor,

Thanks for your time with the panel on Tuesday. I'm sorry to say you haven't been successful this time. We run this programme every year, so we'd love to see an application from you next year.

Kind regards,
Programme Team`, 'Programme'),
  other(
    `Hi Reuben,

Thanks for chatting with me today! I've passed your details to the hiring manager and I'll let you know what they say by Friday.

Cheers,
Tom`, 'Our chat'),
  other(
    `Dear Wei,

Thank you for your application for the Clinical Coder role. We can confirm it has been received. The closing date is 14 November; shortlisting will take place the following week and interviews are planned for early December.

Recruitment Team`, 'Application received'),
];

/** the fifth go, written after the fourth go's fixes and scored on first sight before its own */
export const HANDWRITTEN_DEV_7E: readonly CorpusLine[] = [
  rej('application', ['skills_gap'], fb,
    `Dear Amira,

Thank you for your application for the Dental Nurse vacancy. We had a great response. As the post requires GDC registration, which you are still working towards, we are unable to take your application further at this stage.

Kind regards,
Practice Manager`, 'Dental Nurse'),
  rej('interview', ['salary'], fb,
    `Hi Gustavo,

Thanks for meeting with us. It was a close call among several strong people, but the package you're after is well beyond the range we've set for this role, so we're going to leave it there.

All the best,
Helena`, 'Package'),
  // a driving licence is a requirement the candidate lacks (skills_gap), as in the first go's field technician
  rej('application', ['skills_gap'], fb,
    `Hello Tariq,

Thank you for your interest in the Community Nurse role. Competition was strong. The role covers home visits across the county and needs a car and a full UK licence, and you mentioned you rely on public transport, so we won't be progressing.

Regards,
Community Services`, 'Community Nurse'),
  rej('interview', ['overqualified'], fb,
    `Hi Patrice,

Thanks for coming in. There were plenty of good applicants. Honestly, with your background running whole sites, we think the shift lead role would be a big step down and wouldn't keep you interested, so we won't be offering it to you.

Best,
Ops`, 'Shift Lead'),
  rej('screen', ['internal_candidate'], {},
    `Hi Nora,

Thanks for the call last week. It's been a competitive process, and in the end the team have promoted someone from within to the role.

Thanks again,
Lucy`, 'Update'),
  // "offered the post elsewhere": an offer made to another is position_filled beside the reason (0045)
  rej('interview', ['skills_gap', 'position_filled'], { ...fb, ...door },
    `Hi Sven,

Thanks for your time with our hiring panel, and for the thought you put into your answers.

We had a strong shortlist. After comparing notes, the panel found your experience with infection-control audits thinner than the role requires, and we have offered the post elsewhere. We'd be very glad to see your name on our future vacancies in the quality team.

Kind regards,
Quality Lead`, 'Quality Officer'),
  rej('assessment', ['assessment'], {},
    `Hi Kiri,

Thanks for completing the typing and data entry test. Unfortunately your result was below what we need for this role, and there were many other applicants, so we won't be taking things further.

Regards,
Admin Team`, 'Data entry test'),
  other(
    `Hi Leah,

Thanks for getting in touch. Unfortunately I'm out of the office until Monday 9 June with limited access to email. For urgent recruitment queries please contact careers@northbay.example.

Kind regards,
Sam`, 'Automatic reply: application'),
  other(
    `Dear Anil,

Thank you for applying for the role of Support Worker. Unfortunately, due to the high volume of applications, we are unable to give updates by phone. We will contact you by email once shortlisting has been completed.

HR`, 'Your application'),
  other(
    `Hi Jade,

Just a reminder that your interview is tomorrow at 10:00 at our Leith office. Please bring photo ID. Sorry we couldn't offer an afternoon slot!

See you then,
Recruitment`, 'Interview reminder'),
  other(
    `Hi Mikael,

Thank you for your interest in joining us. Unfortunately the link you used has expired. Please apply again through our careers page using the button below.

Careers`, 'Link expired'),
];

