/**
 * Development messages of the ninth round, never sealed: ordinary mail as it arrives — HR-template letters, ATS
 * auto-mails, hiring managers' notes, agency recruiters, internships and graduate schemes, in British, American and
 * Indian English — aimed at what unseen mail gets wrong (issue 9): interview-stage rejections that speak only of a
 * "conversation", application-stage mail whose boilerplate names later steps, comparisons with others' backgrounds,
 * requirements named in passing, test results with the shortcoming named after "particularly", flags in long polite
 * letters, and look-alikes (acknowledgements, under-review updates, invitations, alerts). The rules may be checked
 * against them and the model may be trained on them.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d9-');

const ats = '\n\n---\nPlease do not reply to this email. This mailbox is not monitored.\nWe are an equal opportunity employer and value diversity at our company. We do not discriminate on the basis of race, religion, color, national origin, gender, sexual orientation, age, marital status, veteran status, or disability status.';
const workday = (co: string): string => `\n\n${co} Talent Acquisition\n\nYou are receiving this email because you applied for a position at ${co}. Manage your candidate profile on our careers site.`;

export const HANDWRITTEN_DEV_9: readonly CorpusLine[] = [
  // ── interview stage spoken of as a conversation
  rej('interview', ['generic'], {},
    `Hi Tomasz,

Thank you again for our conversation on Thursday and for the time you spent with the team earlier in the month. After a lot of thought we have decided not to move forward with your candidacy.

All the best,
Priya`, 'Data Engineer'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Aoife,

I really enjoyed speaking with you last week, and I know Sam and Lucia did too. We have now finished our interviews and have decided to go with a candidate whose experience is a closer match for where the team is heading.

Kind regards,
Martin Keogh
Engineering Manager`, 'Platform Engineer'),
  rej('interview', ['generic'], door,
    `Hello Deepak,

Thanks so much for the conversations with me, Ines and Jorge over the past two weeks. It was a tough call, but we won't be extending an offer this time. We'd love to stay in touch for future openings.

Best,
Hannah`, 'Product Analyst'),
  rej('interview', ['generic'], {},
    `Hi Chidi,

Thank you for coming in to meet the panel, and for our conversation on Monday afterwards. The panel has now reviewed all the candidates. I'm sorry to let you know that you were not successful on this occasion.

Regards,
Rebecca Moss
People Partner`, 'Finance Business Partner'),
  rej('final', ['position_filled'], {},
    `Dear Lena,

Thank you for spending the whole day with us in Rotterdam last Friday and for the conversations with the directors. We have now offered the role to another finalist, who has accepted.

With best regards,
Pieter`, 'Head of Logistics'),
  rej('interview', ['generic'], offered,
    `Hi Marcus,

It was a pleasure speaking with you about the Customer Success Manager role, and thank you for meeting with Olu and the wider team afterwards. Unfortunately, we've decided not to proceed. If you'd like to hear how the panel saw things, I'm happy to set up a quick call.

Thanks,
Grace`, 'Customer Success Manager'),

  // ── a recruiter's single call, a screen
  rej('screen', ['generic'], {},
    `Hi Yusuf,

Thanks for taking my call yesterday about the QA Engineer position. I've spoken to the hiring manager and they've decided not to take your application any further.

Best regards,
Emma | Talent Acquisition`, 'QA Engineer'),
  rej('screen', ['salary'], fb,
    `Hello Meenal,

Thank you for the telephonic discussion on Tuesday regarding the Senior Accountant opening. As discussed, your expected CTC is well above the band approved for this position, hence we will not be able to proceed further with your candidature.

Regards,
Anil Kumar
HR - Talent Acquisition`, 'Senior Accountant - Mumbai'),
  rej('screen', ['profile_mismatch'], door,
    `Hi Kasia, thanks for the chat this morning. Having passed your details on to the client, they've come back to say they're after someone with a different background for this one, so they won't be taking it further. I'll keep an eye out for anything else that fits.

Cheers,
Dom (Harper & Rhodes Recruitment)`, 'Contract BA role'),

  // ── application stage whose boilerplate names later steps
  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for your interest in the Graduate Analyst Programme 2027. We received over 4,000 applications this year. Our final assessment centres take place in February and shortlisted candidates will be contacted by the end of January.

We regret to inform you that your application has not been successful at this stage.

Graduate Recruitment Team${ats}`, 'Graduate Analyst Programme 2027'),
  rej('application', ['generic'], {},
    `Dear Rohan,

Thank you for applying for the Summer Internship at Meridian Capital. Our process consists of an online test, two technical interviews and a final interview with a partner. After reviewing your CV we will not be progressing your application.

Best wishes,
Campus Recruiting`, 'Summer Internship 2027'),
  rej('application', ['generic'], door,
    `Hi Fatima,

Thanks for applying to be a Software Engineering Intern at Loomly. We read every application carefully. Unfortunately, we're unable to offer you a spot in our interview process this year.

Please don't let this discourage you from applying again next cycle!

The Loomly University Team`, 'Loomly internship'),
  rej('application', ['generic'], {},
    `Dear Applicant,

Re: Vacancy Ref HR/2291 — Administrative Officer

Thank you for your application. The shortlisting panel has now met. Only shortlisted applicants will be invited to the written assessment and interview. I am sorry to inform you that on this occasion you have not been shortlisted.

Yours faithfully,
Human Resources`, 'Vacancy Ref HR/2291'),
  rej('application', ['generic'], {},
    `Hello Sneha,

Thank you for your interest in the Associate Consultant role. The final decision on your application has been made: we will not be moving forward at this time.

Regards,
Recruitment Team${workday('Kestrel Advisory')}`, 'Your application to Kestrel Advisory'),
  rej('application', ['generic'], {},
    `Dear Jordan,

Thanks for applying to the Operations Assistant role. Because of the high number of applications, we are only able to move forward with a small number of candidates to the phone interview stage, and unfortunately yours was not among them.

Best,
Talent Team`, 'Operations Assistant'),
  rej('application', ['generic'], {},
    `Dear Mr. Oduya,

We appreciate your interest in the Lab Technician position. Please note that assessment of applications is now complete. We regret that we are unable to offer you an interview.

Sincerely,
Office of Human Resources`, 'Lab Technician'),

  // ── others' backgrounds matched more closely (unnamed = profile_mismatch)
  rej('application', ['profile_mismatch'], {},
    `Dear Niamh,

Thank you for applying for the Project Coordinator role. We have decided to progress candidates whose experience and backgrounds more closely match the requirements of the position.

Kind regards,
HR Team`, 'Project Coordinator'),
  rej('application', ['profile_mismatch'], door,
    `Hi Aditya,

Thank you for your application for Business Analyst. While your background is impressive, we have identified other applicants whose qualifications align more closely with the needs of this role. We will keep your profile in our database for future opportunities.

Regards,
Talent Acquisition Team`, 'Business Analyst'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Samuel,

Thank you for interviewing with us for the Policy Officer role. The panel felt that other candidates brought experience that was more directly relevant to the post, and we will therefore not be offering you the position.

Yours sincerely,
Recruitment`, 'Policy Officer'),
  rej('application', ['profile_mismatch'], {},
    `Hello Mira,

Many thanks for your interest. On reviewing the applications, we found several candidates whose previous roles matched what we're looking for a little better than yours, so we won't be taking your application further.

Best wishes,
The Hiring Team`, 'Marketing Executive'),
  rej('screen', ['profile_mismatch'], {},
    `Hi Ben,

Thanks for speaking with me on Wednesday. The hiring manager has reviewed the shortlist and decided to proceed with people whose track record is nearer to what the team needs right now.

Thanks again,
Carla`, 'Account Executive'),
  rej('application', ['profile_mismatch'], {},
    `Dear Kavya,

Thank you for applying to the Research Intern position. Competition was strong this year, and we have chosen applicants whose academic backgrounds are better suited to the project.

Regards,
Lab Administrator`, 'Research Intern'),

  // ── others' closer background in a named domain = skills_gap
  rej('application', ['skills_gap'], fb,
    `Hi Oscar,

Thanks for applying for the Growth Analyst role. We've decided to move forward with candidates who have more hands-on experience with SQL and experimentation platforms.

Best,
Recruiting`, 'Growth Analyst'),
  rej('interview', ['skills_gap'], fb,
    `Dear Leila,

Thank you for your interviews for the Clinical Trials Manager post. The successful candidate had considerably more experience of oncology studies, which was the deciding factor.

Kind regards,
Dr Helen Shaw`, 'Clinical Trials Manager'),

  // ── requirement named in passing
  rej('application', ['skills_gap'], fb,
    `Dear Pavel,

Thank you for applying for the Electrician role. As the position calls for an 18th Edition qualification, which we couldn't find on your CV, we won't be progressing your application at this time.

Regards,
Workforce Team`, 'Electrician'),
  rej('interview', ['skills_gap'], fb,
    `Hi Sofia,

Thanks again for interviewing with us. You clearly know your way around frontend work, but we need someone who's comfortable owning the native iOS side as well, and that's where we've landed. We won't be moving forward.

Best,
Tariq`, 'Mobile Engineer'),
  rej('application', ['skills_gap'], fb,
    `Dear Ms. Bianchi,

Thank you for applying for the Bilingual Customer Service role. Unfortunately, fluency in German is essential for this position, so we are unable to consider your application further.

Kind regards,
Recruitment`, 'Bilingual Customer Service'),
  rej('application', ['skills_gap'], fb,
    `Hello Arjun,

Thank you for your application for the Structural Engineer role. We are currently looking for chartered engineers with at least five years post-graduate experience, and at this stage we will not be taking your application further.

Regards,
Resourcing`, 'Structural Engineer'),

  // ── test results, the shortcoming named after "particularly"
  rej('assessment', ['assessment'], fb,
    `Hi Nikhil,

Thank you for completing the take-home exercise. The team reviewed your submission carefully, and it didn't meet the bar we set, particularly around test coverage and error handling. We won't be moving forward with your application.

Best,
Engineering Hiring`, 'Backend take-home'),
  rej('assessment', ['assessment'], fb,
    `Dear Grace,

Thank you for the written exercise. The panel found your draft well organised, but it fell short of what we need, especially in the analysis of the budget figures. We will not be taking your application further.

Regards,
Policy Unit`, 'Policy Analyst exercise'),
  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for taking the online aptitude test for the Management Trainee programme. We regret to inform you that your score did not meet the cut-off for the next round.

Regards,
HR Department${ats}`, 'Management Trainee - Test result'),
  rej('assessment', ['assessment'], fb,
    `Hey Lucas,

Thanks for the coding challenge. The solution worked for the basic cases, but it didn't hold up on the larger inputs, mainly because of the nested loops in the matching step. We're going to pass for now.

Cheers,
Ana`, 'Coding challenge'),
  rej('interview', ['assessment'], fb,
    `Dear Imogen,

Thank you for attending the interview and completing the presentation task. The panel felt the presentation did not address the brief, notably the question of how you would measure success, and so we will not be offering you the post.

Kind regards,
HR`, 'Programme Manager'),

  // ── long polite letters with specific feedback and an open door far from the decision
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Hiroshi,

I wanted to write personally to thank you for the time and energy you put into our interview process for the Senior Data Scientist role. Meeting you over the three rounds was a genuine pleasure, and the team enjoyed your questions about our forecasting work.

We have had a very difficult decision to make, as the candidates we met were all strong. In the end we have decided not to offer you the position.

I know that generic replies are frustrating, so here is what came up in our discussion: the team wanted someone with deeper experience deploying models to production, and in your interviews most of your examples stopped at the notebook stage.

We are growing quickly and expect to hire again for this team in the spring. I would be glad to hear from you then, and I have noted your details so that our recruiters can reach out when those roles open.

With warm regards,
Clara Ndlovu
Head of Data`, 'Senior Data Scientist'),
  rej('interview', ['generic'], { ...offered, ...door },
    `Dear Elif,

Thank you very much for your interest in joining Hartwell & Co and for the time you gave us at interview. We appreciate that applying for a new role takes considerable effort, and we were grateful for the thought you put into your answers.

We received a large number of applications and, after careful consideration, we have decided not to progress your application further on this occasion.

Should you wish to receive feedback on your interview, please contact me and I will be happy to arrange it.

We hope this will not deter you from applying for other roles with us in the future; our vacancies are posted on our website every week.

Yours sincerely,
Jane Whitfield
Recruitment Advisor`, 'Trainee Solicitor'),
  rej('interview', ['culture_fit'], fb,
    `Dear Mateus,

Thank you for coming in to meet the team last week, and for your patience while we finished interviewing. I wanted to get back to you properly rather than with a template.

Everyone agreed you have strong technical skills. Where we hesitated was the way of working: this is a very small studio where everyone is on the client calls and takes part in sales, and you told us fairly clearly that you would rather focus on production. We don't think that would be a happy arrangement for either side, so we won't be making you an offer.

I hope the rest of your search goes well.

Best,
Ruth`, 'Motion Designer'),

  // ── ordinary templates and voices
  rej('application', ['generic'], {},
    `Hi Alex,

Thank you for your interest in Brightline. After careful review, we have decided to move forward with other candidates for the Sales Development Representative position.

We wish you the best in your job search.

Brightline Recruiting${ats}`, 'Brightline - Sales Development Representative'),
  rej('application', ['generic'], door,
    `Dear Priyanka,

Greetings from Nexora Technologies!

Thank you for showing interest in the position of Java Developer. We have carefully reviewed your profile and regret to inform you that we will not be able to take your candidature forward at this point. We will retain your resume in our database and get in touch if a suitable opening arises.

Wishing you all the best.

Warm regards,
Talent Acquisition Team`, 'Application status - Java Developer'),
  rej('application', ['position_filled'], {},
    `Hi there,

Thank you for applying for the Weekend Sous Chef role. We wanted to let you know that this position has now been filled.

Thanks,
The Anchor Kitchen`, 'Weekend Sous Chef'),
  rej('application', ['role_closed'], door,
    `Dear Chen,

Thank you for your application for the Financial Planning Analyst position. We regret to inform you that, following an internal reorganisation, the role will no longer be recruited to. We would welcome an application from you for future vacancies.

Kind regards,
Finance Recruitment`, 'Financial Planning Analyst'),
  rej('application', ['internal_candidate'], {},
    `Dear Tanvir,

Thank you for your interest in the Team Leader vacancy. This post has been filled by an internal applicant, and we will therefore not be progressing external applications.

Regards,
HR Services`, 'Team Leader'),
  rej('application', ['location'], fb,
    `Hi Mei,

Thanks for applying for the Junior Designer role. Unfortunately we're unable to sponsor visas for this position, and your application mentions you would need sponsorship to work in the UK, so we can't take it forward.

Best,
Studio Ops`, 'Junior Designer'),
  rej('application', ['overqualified'], fb,
    `Dear Frank,

Thank you for your application for the Warehouse Operative post. Having looked at your CV, we feel that with your management experience you would be overqualified for this role, and we don't think it would hold your interest for long.

Regards,
Recruitment`, 'Warehouse Operative'),
  rej('screen', ['generic'], {},
    `Hey Jess — thanks for hopping on the phone with me last week. I shared my notes with the team and unfortunately they've decided not to move forward. Really appreciate your time!

— Kyle, Recruiter @ Fernway`, 'Fernway // Product Marketing'),
  rej('interview', ['generic'], {},
    `Dear Abhishek,

This is with reference to your interview held on 12th March for the post of Assistant Manager - Operations. We regret to inform you that you have not been selected.

We thank you for your interest in our organisation.

Regards,
HR Department`, 'Interview result'),
  rej('application', ['generic'], { ...door },
    `Dear Zara,

Thank you for applying to the Frontline Social Work programme. We're sorry to let you know that we won't be progressing your application to the next stage of our selection process this year.

Our recruitment for the 2028 cohort opens in September and we would encourage you to apply again.

Best wishes,
Recruitment Team`, 'Your Frontline application'),
  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for applying for the role of Customer Advisor (Req ID 55012). After reviewing your application, we have decided not to proceed with your candidacy. We appreciate the time you invested in your application.

Sincerely,
Talent Acquisition${workday('Northwind Bank')}`, 'Update on your application - Customer Advisor'),
  rej('interview', ['generic'], door,
    `Hi Raj,

Hope you're well. Just to close the loop on the Scrum Master role — the client has gone with another candidate who they interviewed in the same week as you. They liked you, and I'll certainly be putting you forward for other roles as they come in.

Speak soon,
Gemma
Beacon Tech Recruitment`, 'Scrum Master - update'),
  rej('final', ['generic'], {},
    `Dear Noor,

Thank you for taking part in the final round for the Associate position and for the presentation you gave to the partners. I'm sorry to tell you that we have decided not to make you an offer.

Yours sincerely,
Graduate Recruitment`, 'Associate - final round'),
  rej('assessment', ['generic'], {},
    `Hi Ollie,

Thanks for doing the video assessment for our Customer Support role. We've reviewed all the responses and won't be moving forward with your application.

Best,
Support Hiring`, 'Video assessment'),

  // ── acknowledgement boilerplate around a real decision
  rej('application', ['generic'], {},
    `Dear Rachel,

Thank you for your application for the Events Officer role. Please note this is an automated message.

Unfortunately, on this occasion your application has not been successful. We wish you well in your search.

Events Recruitment`, 'Events Officer'),
  rej('application', ['role_closed'], {},
    `Hi Tom,

Thanks for applying for the Junior Copywriter role. We've had to cancel this hire because of budget changes, so we won't be progressing any applications. Sorry to bring disappointing news.

Leah`, 'Junior Copywriter'),

  // ── paused processes
  hold('interview', ['role_closed'], {},
    `Hi Mateo,

Thanks again for your interviews last week. I wanted to give you an update: the hiring for this role has been paused while leadership reviews next year's budget. You're still very much in the process and I'll be in touch as soon as we know more.

Best,
Nadia`, 'Update on the Data Analyst role'),
  hold('application', ['role_closed'], {},
    `Dear Applicant,

We would like to inform you that recruitment for the Graduate Engineer role has been temporarily suspended. Your application remains on file, and we will contact you when the process resumes.

HR Team`, 'Graduate Engineer - update'),

  // ── look-alikes
  other(`Dear Ananya,

Thank you for applying for the Software Engineer role at Pinecrest. We have received your application and our team is reviewing it. If your profile matches our requirements, we will contact you to schedule an interview.

Regards,
Pinecrest Careers${ats}`, 'Application received - Software Engineer'),
  other(`Hi Sean,

Just a quick update: your application for the Operations Manager role is still under review. The hiring manager is out this week, so we'll be in touch early next week with next steps.

Thanks for your patience,
Lucy`, 'Quick update'),
  other(`Dear Khalid,

Thank you for your interest in the Analyst position. We are pleased to invite you to the next stage of our selection process: a 45-minute video interview with the hiring manager. Please use the link below to pick a time.

Kind regards,
Recruitment Team`, 'Invitation to interview'),
  other(`Hi Ines,

Thanks for your time on the phone today! As discussed, I'm sending over the take-home exercise. Please submit it within five days and let me know if you have any questions.

Best,
Rob`, 'Take-home exercise'),
  other(`New jobs matching your search "product manager" in London:

- Senior Product Manager, Fintech — Apply now
- Product Manager, Growth — Apply now

You are receiving this job alert because you subscribed. Unsubscribe at any time.`, 'Job alert: 2 new jobs'),
  other(`Dear Candidate,

Thank you for applying. Due to the high volume of applications, only shortlisted candidates will be contacted. If you do not hear from us within three weeks, please consider your application unsuccessful.

HR`, 'Thank you for applying'),
  other(`Hi Diego,

Great news — the team would love to meet you for a final round at our office. We'll cover a system design exercise and a chat with the CTO. Could you let me know your availability next week?

Cheers,
Amelia`, 'Final round'),
  other(`Dear Wei,

We are delighted to offer you the position of Research Assistant, starting on 1 September. Please find the contract attached.

Warm regards,
Department Administrator`, 'Offer of employment'),
  other(`Hello Karthik,

Your application for Associate Software Engineer has been successfully submitted. Application ID: 778123. You can track the status of your application on the candidate portal.

Regards,
Campus Hiring Team${ats}`, 'Application submitted'),
  other(`Hi Nora,

Thanks for your interview yesterday! We're still meeting a few other candidates this week, and we'll be in touch by Friday either way.

Best,
Jamal`, 'Thanks for yesterday'),
  other(`Dear Peter,

Thank you for your application. Your status has changed to "In review". No action is required from you at this time.

Talent Team${workday('Orbis Health')}`, 'Application status update'),
  other(`Hi Sara,

Could you please send us two references and a copy of your degree certificate? We need these before we can move forward with your offer.

Thanks,
HR`, 'Documents needed'),
  other(`Hi Rafael,

We'd love to hear about your recent interview experience with Tandem. Please take two minutes to complete our candidate survey — your feedback helps us improve.

Tandem Talent Team`, 'How did we do?'),
  other(`Hi Lotte,

Thanks for reaching out about opportunities at Quill. We don't have anything open in content right now, but I've added you to our talent community and you'll hear about new roles first.

Best,
Quill People`, 'Re: Opportunities at Quill'),
  other(`Dear Mohammed,

We regret to inform you that the interview scheduled for Tuesday 4 June has to be moved because the panel chair is unwell. We will contact you shortly with a new date.

Apologies for the inconvenience,
Recruitment`, 'Interview rescheduled'),
];

/** The second go, written after the first go's fixes and scored at first sight before its own. */
export const HANDWRITTEN_DEV_9B: readonly CorpusLine[] = [
  rej('interview', ['generic'], {},
    `Hi Sunita,

Many thanks for your time across the process, and especially for our conversation with Mark on Friday. I'm sorry to say we won't be taking your application further.

Regards,
Eleanor`, 'Clinical Data Manager'),
  rej('interview', ['position_filled', 'profile_mismatch'], {},
    `Dear Kofi,

It was a pleasure to discuss the role with you last Wednesday. Having now spoken with all of the shortlisted candidates, we have offered the post to someone whose experience more closely reflects what the school needs at this point.

Yours sincerely,
Headteacher`, 'Head of Year'),
  rej('screen', ['generic'], {},
    `Hi Bella,

Thanks for hopping on a call with me on Monday to talk about the Office Manager role. After reviewing everything with the founders, we've decided not to move you to the next round.

Best,
Jess, Talent`, 'Office Manager'),
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying to the Technology Graduate Programme. This year our assessment centres will be held virtually, and successful candidates will hear from us in March. Unfortunately, we are unable to progress your application on this occasion.

Early Careers Team${ats}`, 'Technology Graduate Programme'),
  rej('application', ['generic'], {},
    `Hello Vikram,

Thank you for applying for the Data Analyst Intern role. We wanted to let you know the final outcome of your application: we have decided not to move forward.

Best of luck,
University Recruiting`, 'Data Analyst Intern - outcome'),
  rej('application', ['profile_mismatch'], {},
    `Dear Ms. Adeyemi,

Thank you for your application for the Communications Officer post. The shortlisting panel selected candidates whose previous experience was judged more relevant to the duties of the post. I regret that you have not been shortlisted.

Yours sincerely,
HR Officer`, 'Communications Officer'),
  rej('final', ['skills_gap'], fb,
    `Hi Declan,

Thank you for your interviews last week. The team felt your product sense was strong; however, the role involves a great deal of pricing work, and the other finalist had run pricing for a marketplace before.

We won't be making you an offer this time.

Best,
Nadia`, 'Senior Product Manager'),
  rej('assessment', ['assessment'], fb,
    `Dear Yuki,

Thank you for completing the SQL assessment. Your answers were accurate on the simpler questions, but the later ones, notably the window-function queries, were left incomplete, so we will not be progressing your application.

Kind regards,
Analytics Recruiting`, 'SQL assessment'),
  rej('assessment', ['assessment'], fb,
    `Hi Ahmed,

Many thanks for the design task. It didn't quite reach the level we were hoping for, mostly in how the checkout flow handled errors. We're going to stop the process here.

Thanks,
Lina`, 'Design task'),
  rej('interview', ['position_filled'], { ...offered, ...door },
    `Dear Olga,

Thank you for attending the interview for the Grants Officer role on 3 October. The panel was impressed by your preparation and by your knowledge of the sector.

After much deliberation, the panel has decided to offer the post to another candidate.

I appreciate that this will be disappointing. If you would find it helpful to have a short conversation about the panel's comments, please reply to this email and I will set up a time.

We advertise new posts regularly, and we hope you will consider applying to us again.

With best wishes,
Helen Marsh
Head of Grants`, 'Grants Officer'),
  rej('interview', ['position_filled'], door,
    `Hi Andre,

I wanted to give you an update. The client has made an offer to the other candidate they met, and it's been accepted. I know you were keen, so sorry it's not better news. I'll be in touch as soon as I have another role that matches what you're looking for.

Cheers,
Priti
Northgate Recruitment`, 'Update - Operations Lead'),
  rej('application', ['location'], fb,
    `Hi Leo,

Thanks for your application. This internship is only open to students currently enrolled at a university in Ireland, so unfortunately we can't consider your application.

Best wishes,
Campus Team`, 'Summer internship'),
  rej('application', ['generic'], {},
    `Dear Rahul,

We thank you for your interest in ABC Infotech. After reviewing your profile, we are unable to shortlist you for further rounds at this point of time.

Thanks & Regards,
HR Team`, 'Regarding your application'),
  rej('final', ['generic'], door,
    `Hey Sam,

Thank you for making it to the last stage and for the onsite with the team. It was genuinely close, but we've gone a different way. We'd really like to keep in touch — I'll reach out when we open the next design role.

Best,
Jo`, 'Senior Designer'),
  hold('interview', ['generic'], {},
    `Hi Farah,

Thanks for your patience. We still have two more interviews to hold next week before the panel can make its decision, so we haven't reached a decision yet. You remain in the running and I'll update you by the 20th.

Best,
Connor`, 'Update'),
  other(`Hi Tariq,

Thanks for your application to Fieldwise! We'd love to learn more — please complete this short online assessment within the next seven days.

Good luck,
Fieldwise Recruiting`, 'Next step: online assessment'),
  other(`Dear Shreya,

Your interview for the position of Trainee Engineer has been scheduled on 14 May at 11:00 AM. Kindly carry your original documents.

Regards,
HR Department`, 'Interview schedule'),
  other(`Hello Matt,

We just wanted to let you know that we have received a high number of applications for this role and are working through them. We will be in touch as soon as we can.

Thank you for your patience,
Recruitment`, 'Update on your application'),
  other(`Hi Anna,

Thanks for sending over your portfolio. I've shared it with the creative director and we'll get back to you next week about a possible interview.

Best,
Marco`, 'Re: Portfolio'),
  other(`Dear Graduate,

Thank you for registering your interest in our 2028 programmes. Applications open on 1 September; we'll email you when they do.

Early Careers`, 'Thanks for registering'),
];

/** The third go (ids d9-090 on), written after the second go's fixes and scored at first sight before its own. */
export const HANDWRITTEN_DEV_9C: readonly CorpusLine[] = [
  rej('interview', ['internal_candidate'], door,
    `Hi Tomasz,

Thanks for interviewing with us for the Logistics Coordinator role. You came across really well, but in the end we've appointed someone who already works in our Leeds depot.

We hope you'll think of us again next time you see a role of ours advertised.

Best,
Fern`, 'Logistics Coordinator'),
  rej('final', ['generic'], offered,
    `Dear Adaeze,

Thank you for coming onsite last Friday and for the energy you brought to every session. It was a very close decision and, unfortunately, we will not be extending an offer.

If some pointers would help with your next interviews, I'd be glad to pass on what the team noted.

Warm regards,
Hollis`, 'Onsite follow-up'),
  rej('interview', ['generic'], {},
    `Dear Mr Okafor,

We are grateful for the effort you put into our interview process over the last month. Having weighed everything carefully, the panel has decided not to offer you the position.

Yours sincerely,
Recruitment, Ashdown Trust`, 'Finance Business Partner'),
  rej('interview', ['profile_mismatch'], {},
    `Hey Mina — we really enjoyed our chats with you over the past couple of weeks. We've decided to go with someone whose background lines up more closely with where the product is heading, so we won't be moving forward. Thanks for all your time.

Jules`, 'Re: next steps'),
  rej('application', ['generic'], door,
    `Dear Candidate,

Thank you for applying for the Summer Analyst Internship. Applications will be reviewed on a rolling basis, and those who progress will be invited to a video interview followed by an assessment centre.

We regret to inform you that your application has not been successful on this occasion. We hope that you will consider applying to us again in the future.

Campus Recruiting`, 'Your application: Summer Analyst Internship'),
  rej('assessment', ['assessment'], fb,
    `Hi Kenji,

Thanks for sending back the data exercise. The reviewers liked how clearly you wrote it up, but the analysis didn't go far enough for this role, mainly in how the outliers were handled and in the lack of a check on the seasonality.

We won't be taking your application to the interview stage.

Regards,
Analytics Hiring`, 'Data exercise'),
  rej('screen', ['salary'], fb,
    `Hi Lucía, thanks for the quick call on Monday. Having looked at the numbers, the salary you're after sits above the band we've got for this role, so I don't think it makes sense to go further. Sorry it's not better news! Marta`, 'Quick call'),
  rej('interview', ['skills_gap'], fb,
    `Dear Rohan,

Thank you for attending the interview on 3rd November for the post of Lab Technician. The panel noted that you don't yet have hands-on experience with HPLC, which is central to the post, and so we are unable to offer you the role.

With best wishes,
Dr P. Iyer`, 'Lab Technician interview'),
  rej('final', ['position_filled'], door,
    `Hello Grace,

It was great having you in the office for the final interviews. We've now made an offer to another candidate and they've accepted.

We'll keep your details and would love to reach out when the next opening comes up on the team.

Ben`, 'Final interviews'),
  rej('application', ['location'], fb,
    `Thank you for your interest in the Field Engineer role. This position requires you to be based within commuting distance of our Aberdeen site and to hold the right to work in the UK, which your application indicates you do not currently have. We are therefore unable to progress your application.

Resourcing Team`, 'Field Engineer — application update'),
  rej('interview', ['culture_fit'], fb,
    `Hi Sven,

Thanks for spending Tuesday with us. Everyone enjoyed meeting you. The feedback from the group was that you'd likely be happier in a larger, more structured company than our very hands-off setup, so we've decided not to move ahead.

Cheers,
Ola`, 'Tuesday'),
  rej('application', ['generic'], {},
    `Hello,

Your application for Graduate Trainee (Ref GT-2291) has been reviewed. We regret that you have not been selected to progress to the next stage of the process, which consists of a telephone interview and an online test.

This is an automated message. Please do not reply.`, 'Application GT-2291'),
  rej('interview', ['overqualified'], fb,
    `Dear Amelia, many thanks for meeting Paul and me on Wednesday. We were struck by your experience, but honestly it goes well beyond what this junior role needs, and we worry you'd be under-stretched within weeks. We've decided not to offer it to you. All the very best, Keira`, 'Junior Editor'),
  rej('screen', ['profile_mismatch'], {},
    `Hi Daniel,

Thanks for the phone conversation last week about the Sales Development role. After reviewing it with the hiring team, we've decided to progress applicants whose experience is a closer match for the role.

Thanks,
Priyanka, Talent Acquisition`, 'SDR role'),
  rej('interview', ['role_closed'], {},
    `Hi Ines,

Thanks again for the two interviews with us. I'm sorry to tell you that the position has been withdrawn following a reorganisation, so we won't be making a hire for it.

Kind regards,
Theo`, 'Position update'),
  other(`Hi Camille,

Thanks for your application to the Operations Analyst role. We've had a great response, so please bear with us while we review everyone's details. We aim to get back to all applicants within three weeks.

Best,
The Hiring Team`, 'Application received'),
  other(`Dear Yusuf,

Thank you for your interest in Clearwater Energy. We are pleased to invite you to the final stage of our process: an onsite day on 14 January at our Bristol office, including a presentation and two interviews.

Please confirm your attendance by replying to this email.

Recruitment Team`, 'Invitation to final stage'),
  other(`Hello Petra,

Just a quick note: the interview panel has been delayed, so we've moved your interview from Thursday to next Monday at 10:00. Unfortunately one of the panel is away this week. Sorry for the change!

Best,
Rana`, 'Interview moved to Monday'),
  other(`Hi Arjun,

Unfortunately we haven't received your completed assessment yet. The deadline is Friday at 5pm; please make sure you submit it by then so we can consider your application.

Thanks,
Graduate Recruitment`, 'Reminder: assessment deadline'),
  other(`Dear Noor,

Thank you for taking the time to interview with us. We are delighted to offer you the position of Staff Nurse on Ward 7, starting 1 February, subject to references.

Please find the offer letter attached.

HR, St Brendan's Hospital`, 'Offer of employment'),
];

