/**
 * Development messages of the fourth round (docs/decisions/0039): whole mails written one by one, in
 * wordings the earlier parts do not use, for the cases unseen mail gets wrong most: others' closer
 * backgrounds, a requirement named in passing, conversations after interviews, application-stage mail
 * that mentions no step, flags buried in long closings, and the look-alikes of the inbox. Development
 * only (never sealed): the rules may be checked against them and the model is trained on them.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d4-');

export const HANDWRITTEN_DEV_4: readonly CorpusLine[] = [
  // ── others' backgrounds matched more closely (profile_mismatch), many wordings
  rej('application', ['profile_mismatch'], {},
    `Dear Imogen,

Thank you for your application for the Research Assistant post. We had a very strong field, and the applicants we have invited to interview had backgrounds that corresponded more directly to the project.

We are sorry to disappoint you on this occasion.

Best wishes,
Dr Helen Marsh`),
  rej('application', ['profile_mismatch'], {},
    `Hi Paolo,

Thanks for throwing your hat in the ring for the Partnerships Manager role. We've reviewed everyone, and we're going with people whose track record lines up a little better with what the role involves day to day.

All the best,
Wren & Co. hiring`),
  rej('application', ['profile_mismatch'], door,
    `Hello Aditi,

Thank you for applying to Sterling Fintech. After comparing your profile with the other applications we received, we found candidates who were a stronger match for the Risk Analyst role.

Your profile will stay in our database, and our recruiters may reach out when a suitable role opens.

Regards,
Sterling Fintech Careers`),
  rej('interview', ['profile_mismatch'], {},
    `Hi Jonah,

Thanks for the conversation with our CTO on Friday, following your first interview with the team. We've now decided to go with another candidate whose previous work maps more closely onto our stack and our stage as a company.

Thanks again, and good luck.
Maya`),
  rej('screen', ['profile_mismatch'], {},
    `Hi Sunita,

Thank you for the phone screen earlier this week. On reflection we feel your experience doesn't quite line up with what the hiring manager is looking for in this role, so we won't be progressing.

Warm regards,
Tessa
Recruiter`),
  rej('final', ['profile_mismatch'], {},
    `Dear Callum,

Thank you for attending the final interview on Monday. It was a very close decision, but the panel felt that another finalist's experience was better suited to the immediate priorities of the team.

Kind regards,
Human Resources`),
  rej('application', ['profile_mismatch'], {},
    `Dear Applicant,

We thank you for your interest in the Supply Chain Planner vacancy. We regret that your qualifications and experience do not sufficiently match the requirements of the position.

HR Division`),
  rej('interview', ['position_filled', 'profile_mismatch'], door,
    `Hey Rosa,

Really appreciated you speaking with Jamal, Theo and me over the last two weeks. We've decided to offer the role to someone else — we felt their background was a more natural fit for the kind of customers this role will serve.

We'd love to keep in touch for future roles, so please don't be a stranger.

Cheers,
Leah`),
  rej('application', ['profile_mismatch'], {},
    `Hello Anil,

We appreciate your application for the Mechanical Design Engineer role. Upon review, we have identified other applicants whose skill sets are more in line with our current requirements.

Thank you,
Recruitment Team, Forgeline`),
  rej('assessment', ['profile_mismatch'], {},
    `Hi Beth,

Thanks for completing the writing task for the Copywriter role. We've now reviewed everything, and we've decided to progress applicants whose previous experience is closer to our B2B tone of voice.

Best,
Ollie`),

  // ── generic declines, no statement about fit
  rej('application', ['generic'], {},
    `Hi Ngozi,

Thank you for your application to Meadowlark Health. Unfortunately, you have not been shortlisted for the Patient Experience Lead role.

Best wishes,
Meadowlark Health Recruitment`),
  rej('application', ['generic'], {},
    `Dear Mr Chen,

Thank you for your interest in the position of Paralegal. We received an exceptional number of applications. I regret to advise that you have not been successful on this occasion.

Yours sincerely,
Practice Manager`),
  rej('interview', ['generic'], {},
    `Hi Felipe,

Thank you for interviewing with us for the Sales Engineer role. We had a lot of great candidates and it was a hard decision, but we've decided to go in a different direction.

Best,
Anna`),
  rej('screen', ['generic'], {},
    `Hi Mei,

Thanks for your time on our recruiter call on Wednesday. After reviewing all the candidates we spoke with, we won't be moving you on to the next round.

Best regards,
Sasha, Talent Team`),
  rej('application', ['generic'], door,
    `Hi Kris,

Thanks so much for applying to Pebble. We read every application ourselves, and sadly we won't be taking yours forward this time.

Please do keep an eye on our jobs page — we'd be really happy to see your name again.

The Pebble team`),
  rej('final', ['generic'], {},
    `Dear Yara,

Thank you for coming in for the final round of interviews last Thursday. I'm sorry to let you know that we have chosen another candidate.

Kind regards,
Lina
Talent Acquisition Manager`),
  rej('assessment', ['generic'], {},
    `Dear Samuel,

Thank you for completing the psychometric tests for our Graduate Scheme. Due to the strength of competition, we will not be progressing your application to the assessment centre.

Graduate Recruitment`),

  // ── a requirement named in passing (skills_gap)
  rej('application', ['skills_gap'], fb,
    `Hi Lukas,

Thanks for applying for the Frontend Engineer role. We're specifically looking for someone with production React Native experience for this one, so we won't be moving forward with your application.

Good luck with your search!
Amber, Talent @ Quillpad`),
  rej('interview', ['skills_gap'], fb,
    `Hi Precious,

Thank you for speaking with the team on Tuesday. Everyone enjoyed meeting you. Since the role will own our Salesforce instance end to end, we need someone with more admin experience on the platform, so we've decided to move forward with another candidate.

Best wishes,
Harriet`),
  rej('screen', ['skills_gap'], fb,
    `Hey Daniel — thanks for the chat yesterday. I talked with the team and, since the role needs a CPA and you're still working towards yours, we're going to pass for now. Best of luck! — Ana`),
  rej('application', ['skills_gap'], fb,
    `Dear Fiona,

Thank you for your interest in the Primary Teacher position. Unfortunately, we can only appoint teachers with Qualified Teacher Status, so we are unable to take your application further.

Kind regards,
School Business Manager`),
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Omar,

Thanks for interviewing with us. You were a strong candidate, but ultimately we went with someone with deeper experience in healthcare data, which is central to this role.

I'll keep your details and let you know if something comes up where your background fits better.

Best,
Kim`),
  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Dear Teodora,

Thank you for the time you spent with us at the final interview. The panel agreed you have great potential; however, they felt you do not yet have the line-management experience the role needs from the first day.

If you would like to discuss the panel's view further, please let me know.

Kind regards,
Martha`),
  rej('application', ['skills_gap'], fb,
    `Hello Abhishek,

Thank you for applying for the Senior Data Engineer role. As the position requires a minimum of 7 years of experience with large-scale data platforms, we are unable to shortlist your profile at this time.

Regards,
Talent Acquisition, Arcturus Systems`),
  rej('interview', ['skills_gap'], fb,
    `Hi Ines,

Thank you for your interviews with us. The team liked your product sense, but felt that your limited exposure to B2B pricing would make this role a stretch right now. We've decided not to move forward.

All the best,
Gustav`),

  // ── generic beside nothing else: no generic added to a specific reason
  rej('application', ['location'], fb,
    `Hi Sarah,

Thanks for applying! We had many strong applicants. Unfortunately, this role requires candidates to be based within commuting distance of our Edinburgh office, and your application shows you are based in Sydney, so we can't proceed.

Best,
The Hiring Team`),
  rej('interview', ['internal_candidate'], {},
    `Hi Luis,

Thank you for the interviews last week. We met many highly qualified people. In the end, we've chosen to promote someone from within the team into the role.

Thanks again,
Petra`),
  rej('application', ['position_filled'], {},
    `Dear Jane,

Thank you for your application. We received a large number of applications and have now appointed to the role.

Best regards,
Recruitment`),
  rej('interview', ['role_closed'], {},
    `Hi Nikhil,

Thanks for interviewing with us. Due to a change in our plans for next year, we are no longer hiring for this role and have closed the position.

Best,
Rachel`),
  rej('application', ['salary'], fb,
    `Hello Victor,

Thank you for your application. We received many applications from strong candidates. Your salary expectation of £90,000 is significantly above the range we have budgeted for this post, so we will not be taking your application forward.

Regards,
HR`),

  // ── stage: conversations after interviews, and "speaking with you"
  rej('interview', ['generic'], {},
    `Hi Anders,

Thanks for all the conversations over the past few weeks — with me, with Jo, and with the engineers during the technical round. We've made our decision and won't be moving forward with you.

Best,
Clara`),
  rej('interview', ['profile_mismatch'], {},
    `Dear Noor,

It was a pleasure speaking with you during the interview process for the Learning Designer role. After much consideration, we have chosen a candidate whose experience more closely matches our needs.

Sincerely,
Talent Acquisition`),
  rej('interview', ['generic'], door,
    `Hi Finn,

Thank you for making the time to meet the team in person last week, and for the earlier conversation with Mark. We've decided not to move forward with your application at this time.

We'll keep your details on file for future opportunities.

Best,
Rhiannon`),
  rej('screen', ['generic'], {},
    `Hi Laila,

Thanks for taking my call on Monday about the Office Manager role. I've shared our conversation with the founders and they've decided not to move forward with your application.

Best,
Dom`),
  rej('interview', ['generic'], {},
    `Hello Sven,

Thank you for speaking with our hiring panel on 4 June. We regret to inform you that you were not selected for the position.

Regards,
People Services`),
  rej('interview', ['profile_mismatch'], offered,
    `Hi Alina,

I wanted to thank you for your conversations with Dave and the wider team, and for the time you put into the pairing session.

We've decided to move forward with another candidate whose experience is closer to what we need right now. If it would be useful, I'm very happy to share some feedback from the team.

Best,
Ray`),

  // ── application stage by default: no step mentioned, boilerplate about the process
  rej('application', ['generic'], {},
    `Dear Tomás,

Thank you for your application for the Marketing Executive role. Our process includes a telephone screen, an assessment and two interviews. Unfortunately, on this occasion you have not been selected to progress to the next stage.

Best regards,
Recruitment Team`),
  rej('application', ['generic'], {},
    `Hi Kelechi,

Thanks for applying to the Final Year Intern programme at Brightwater. We're sorry to say we won't be inviting you to an interview this time.

The Brightwater Early Careers Team`),
  rej('application', ['profile_mismatch'], {},
    `Hi Georgia,

Thank you for your interest in the Senior Assessor role. After reviewing your application, we don't feel your experience matches what we need for this position.

Regards,
Recruitment, Lantern Awarding Body`),
  rej('application', ['generic'], {},
    `Dear Rita,

Thank you for applying to Northwind Bank. Regrettably we are unable to offer you an interview for the Final Accounts Assistant vacancy.

Kind regards,
Resourcing`),
  rej('application', ['generic'], {},
    `Hello Jamie,

Thanks for your application. We've reviewed it and won't be moving forward. We hope you find the right role soon.

Nimbus Talent`),

  // ── flags buried in long polite closings
  rej('interview', ['position_filled', 'profile_mismatch'], { ...door, ...offered },
    `Dear Hamza,

I hope you had a good weekend. Thank you once again for the time you gave us during the interviews, and for your thoughtful questions about our product roadmap. The team enjoyed meeting you very much.

We have now completed the process. After careful consideration we have decided to offer the role to another candidate, whose experience is a little closer to what we need for the next phase.

Please know that this was a close decision. We would welcome an application from you for future openings that match your background, and I would be happy to pass on the interviewers' comments if you would find that useful. Thank you again for your interest in Birchwood, and I wish you every success.

Warm regards,
Alice Quinn
People Partner`),
  rej('application', ['generic'], door,
    `Dear Kamala,

Thank you for taking the time to apply for the Graduate Analyst role at Sycamore Advisory. We know that applying for a role takes real effort, and we are grateful for your interest in joining us.

We received an extraordinary number of applications this year, and unfortunately we are unable to take yours further.

As our business grows we expect to open new graduate and experienced roles, and we hope you will consider applying again in the future. In the meantime, we wish you the very best in your job search.

Warm wishes,
Sycamore Advisory Early Careers`),
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Ren,

Thank you for your interest in the Data Platform Lead role, and for the time you spent with our interview panel. We were impressed by your enthusiasm.

We have decided not to offer you the role. The team noted your excellent communication, but felt that the role calls for more experience designing streaming systems with Kafka than you described.

We very much hope you will stay in touch. Should an opening come up that is a good match for your experience, we will reach out to you.

With kind regards,
Jenny Moore
Head of Talent`),
  rej('final', ['position_filled', 'profile_mismatch'], { ...door, ...offered },
    `Dear Oscar,

I want to thank you, on behalf of everyone at Lowfield, for going through our whole process, from the first call to the final panel with our directors. We know it took a lot of your time.

After a great deal of thought, we decided to offer the role to another finalist whose background was more closely matched to the clients this role will look after.

I would be very glad to arrange a short call to go through the panel's thoughts, should you wish. And we would be delighted to hear from you again when the next Senior Consultant role opens.

Kind regards,
Marie Delacroix
Director`),

  // ── assessment results
  rej('assessment', ['assessment'], fb,
    `Hi Tariq,

Thank you for completing the coding challenge. Your solution passed the basic cases, but failed on the larger inputs because of time complexity, and the reviewers felt it did not reach the bar for this level. We won't be moving forward.

Regards,
Engineering Recruiting`),
  rej('assessment', ['assessment'], {},
    `Dear Emma,

Thank you for taking the online assessment for the Customer Service Advisor role. Unfortunately, you did not achieve the required score to progress.

Kind regards,
Recruitment Team`),
  rej('assessment', ['assessment'], offered,
    `Hi Pablo,

Thanks for the design exercise you sent us last week. The team reviewed it carefully, and unfortunately it wasn't strong enough for us to continue to the interview stage.

Happy to share the reviewers' comments if you'd like them.

Best,
Nell`),

  // ── culture fit, overqualified, location, salary
  rej('interview', ['culture_fit'], fb,
    `Hi Magnus,

Thank you for meeting with the team. We have decided not to move forward. Our team is small and fully remote, and works asynchronously across time zones; from our conversations we felt you'd thrive more in a setting with a lot of in-person collaboration.

Best,
Ilse`),
  rej('screen', ['overqualified'], fb,
    `Hi Graham,

Thanks for the call yesterday. Honestly, with twenty years in senior leadership, I think you'd find this junior coordinator role far too narrow, and the team worried you'd be looking for something bigger within months. So we've decided not to move forward.

Best wishes,
Jess`),
  rej('application', ['location'], fb,
    `Dear Arjun,

Thank you for your application. Please note that this role is only open to candidates who hold an EU work permit, which your application does not indicate. We are therefore unable to consider your application.

Best regards,
Recruitment Team`),
  rej('interview', ['salary'], fb,
    `Hi Wanjiru,

Thanks again for interviewing with us. The team was keen, but we're not able to meet your salary expectations for this role, and we've decided to move forward with another candidate.

Best,
Mark`),
  rej('application', ['overqualified'], fb,
    `Dear Hugh,

Thank you for applying for the Junior Analyst role. Your experience is considerably beyond what this entry-level position requires, and we do not feel it would be the right fit for your career stage.

Kind regards,
HR`),

  // ── mixed reasons
  rej('application', ['position_filled', 'profile_mismatch'], {},
    `Hello Ewa,

Thank you for your application. We have now filled the position with a candidate whose experience closely matched our requirements.

Regards,
Recruitment`),
  rej('interview', ['skills_gap', 'location'], fb,
    `Hi Jorge,

Thanks for the interview. Two things worked against us here: the role needs fluent Portuguese for client calls, and we need someone on site in Lisbon four days a week, which doesn't fit with your plans. We won't be moving forward.

Best,
Rita`),

  // ── replies in a thread
  rej('interview', ['generic'], {},
    `Hi Martin, thanks for your patience. I'm sorry to say the team has decided not to proceed after the interviews.

Kind regards,
Ella

> On 12 May, Martin Kowalski wrote:
> Hi Ella, thanks again for arranging the interviews last week. I was wondering if there's any news? Also happy to complete a technical test if that helps. Best, Martin`, 'Re: Interviews last week'),
  rej('screen', ['profile_mismatch'], {},
    `Thanks for getting back to me, Priya. After our call I discussed your profile with the hiring manager and we feel the role needs someone closer to the client side, so we won't take this one further.

Regards,
Deepak

-----Original Message-----
From: Priya Raman
Subject: RE: Product Analyst

Hi Deepak, thanks for the call today. I look forward to hearing about next steps and the interview with the hiring manager.`, 'RE: Product Analyst'),

  // ── HTML
  rej('application', ['profile_mismatch'], door,
    `<html><body><div style="max-width:600px"><p>Hello Jin,</p><p>Thank you for applying to <b>Marlowe Retail</b>.</p><p>We have reviewed your application for <i>Store Operations Manager</i> and have decided to move forward with candidates whose experience better matches the role.</p><p>We will keep your CV on file for other roles.</p><p>Marlowe Retail Careers</p><p style="font-size:9px">Marlowe Retail Ltd. Registered in England. Unsubscribe | Privacy</p></div></body></html>`),
  rej('interview', ['generic'], {},
    `<div dir="ltr"><div>Hi Ola,</div><div><br></div><div>Thank you for coming in to meet the team on Thursday.&nbsp;We've decided not to move forward with your application.</div><div><br></div><div>Best,</div><div>Hal</div></div>`),

  // ── on hold
  hold('interview', ['role_closed'], {},
    `Hi Beatriz,

Following your interviews, I wanted to let you know the hiring for this role is paused for a few weeks while we finalise our Q3 headcount. You're still in our process and we'll pick things up as soon as we can.

Thanks for your patience,
Oren`),
  hold('application', ['role_closed'], {},
    `Hello,

We are writing to let you know that the recruitment for the Lab Technician post has been delayed due to an internal review. Your application is still under consideration and we will update you in due course.

Regards,
HR`),

  // ── inbox look-alikes
  other(`Hi Tariq,

Thanks for applying to the Backend Engineer role at Tessellate! This email confirms we've received your application. Our team reviews every application and we'll let you know about next steps as soon as we can.

Unfortunately we can't reply individually to every question about the process, but you can check your status at any time in the candidate portal.

Tessellate Talent`, 'Application received'),
  other(`Dear Emma,

Thank you for applying. Your application is being reviewed by the hiring manager. We will be in touch with you shortly regarding next steps.

Regards,
Recruitment Team`, 'Your application'),
  // an update with nothing paused or delayed (LABELS.md: on hold is a paused or delayed process): other, since ADR 0050
  other(`Hi Finn,

Thanks for your patience! We're still working through interviews for the Product Designer role and haven't made a decision yet. I expect to have an update for you by the end of next week.

Best,
Rhiannon`, 'Quick update'),
  other(`Hi Alina,

Great to speak with you earlier! As promised, here is the invitation to the technical interview with Dave and Sunil on Tuesday at 14:00 via Google Meet.

Let me know if the time doesn't work and we'll find another.

Ray`, 'Technical interview – Tuesday'),
  other(`Congratulations Magnus!

We're thrilled to offer you the position of Senior Support Engineer at Ilse & Partners. Your offer letter is attached. Please let us know if you have any questions.

Best,
Ilse`, 'Your offer'),
  other(`Jobs you may be interested in:

Product Analyst – Kestrel Pay – Remote
Data Analyst II – Harbor Health – Boston, MA

We're sorry, we couldn't find more matches for "data scientist". Try widening your search.

You're receiving this because you created a job alert. Unsubscribe`, 'New jobs for you'),
  other(`Dear Samuel,

Congratulations on passing the online tests! We are pleased to invite you to our virtual assessment centre on 14 November. Details of the day are attached.

Graduate Recruitment`, 'Assessment centre invitation'),
  // still reading, with a date promised: an update, not a pause (nothing is delayed)
  other(`Hi Kris,

Thanks for applying to Pebble! We're still reading every application, and we haven't forgotten you — we'll be in touch within two weeks.

The Pebble team`, 'A quick note on timing'),
  other(`Hello Jin,

We noticed you started an application for Store Operations Manager but didn't finish it. Complete your application before the role closes on Friday.

Marlowe Retail Careers`, 'Finish your application'),
  other(`Hi Daniel,

Thanks for sending your CPA exam results. I've passed them to the team and they'd like to invite you to a second interview next week. Could you share a few times that work?

Ana`, 'Second interview'),
  other(`Dear Fiona,

Thank you for attending the interview for the Primary Teacher position. We are delighted to inform you that you have been successful and we would like to offer you the post, subject to references.

Kind regards,
School Business Manager`, 'Primary Teacher – outcome'),
  other(`Hi Hamza,

Thank you for your application for the Customer Success Manager role. Unfortunately the role's start date has moved to March, but we'd still like to invite you to a first call. Could you let me know your availability?

Alice`, 'Customer Success Manager – first call'),
  other(`Hi there,

Your application for "Data Analyst" has been withdrawn as you requested. If you change your mind, you can apply again at any time.

Careers Team`, 'Application withdrawn'),
  other(`Hi Ren,

We're sorry to hear you've decided to withdraw from the process — thanks for letting us know, and best of luck with your new role!

Jenny`, 'Re: Withdrawing my application'),
  other(`Hi Oscar,

Just checking in before your final panel on Thursday — you'll meet our two directors for an hour each. Please bring a short presentation on a client challenge you solved.

Marie`, 'Before your final panel'),
  other(`Dear candidate,

Thank you for registering with Apex Talent Partners. A consultant will review your CV and contact you if we have roles that match your experience.

Apex Talent Partners`, 'Welcome to Apex Talent'),

  // ── more wordings, mixed dialects and lengths
  rej('application', ['profile_mismatch'], {},
    `Dear Sir/Madam,

With reference to your application for the post of Accounts Executive, we wish to inform you that your profile has not been found suitable for the requirement.

Thanking you,
HR Department
Shree Ganesh Industries Ltd.`),
  rej('application', ['generic'], {},
    `Dear Ravi,

Greetings of the day! Thank you for applying with us. We regret to inform you that we will not be able to take your candidature forward at this point.

Warm regards,
Team Talent Acquisition`),
  rej('interview', ['profile_mismatch'], door,
    `Hi Anusha,

Thank you for appearing for the technical and managerial rounds. The panel has decided to go ahead with other candidates whose profiles are more aligned to the project needs.

We shall retain your profile and connect with you for suitable openings in future.

Regards,
HR Team`),
  rej('interview', ['generic'], {},
    `Dear Ms Kaur,

Thank you for attending interview for the post of Senior Administrator. I regret to inform you that on this occasion you have been unsuccessful.

Yours sincerely,
HR Officer`),
  rej('application', ['profile_mismatch'], {},
    `G'day Liam,

Thanks for applying for the Site Supervisor role. We've had a good look, but we're after someone whose experience is a closer match to civil works, so we won't be taking it any further.

Cheers,
Bec
Ironbark Constructions`),
  rej('final', ['position_filled'], door,
    `Hi Celine,

Thanks so much for making it all the way to the final stage. I'm sorry to tell you that we've filled the role.

We'd be glad to consider you again for future openings.

Best,
Marcel`),
  rej('screen', ['location'], fb,
    `Hi Stefan,

Thanks for the call today. As we discussed, we're unable to offer visa sponsorship for this position, and since you would need it to work in the US, we won't be able to move forward.

Best,
Tina`),
  rej('interview', ['culture_fit'], fb,
    `Dear Lars,

Thank you for the interviews with our leadership team. We have decided not to proceed. While your experience is impressive, we felt your preference for clear hierarchy and process differs from the flat, self-organising way our teams work.

Best regards,
Ingrid`),
  rej('assessment', ['skills_gap'], fb,
    `Hi Mona,

Thanks for completing the background check and the written test. Before moving on, the team noticed that your degree is in biology, and this role requires an accredited accounting qualification, so we can't go further with your application.

Regards,
Hiring Team`),
  rej('interview', ['position_filled'], door,
    `Dear Vanessa,

Thank you very much for interviewing with us for the Events Coordinator role. We have now offered the position to another candidate, who has accepted.

We hope you will apply for future vacancies with us.

Kind regards,
Rosalind`),
  rej('application', ['role_closed'], {},
    `Hi Adebayo,

Thanks for applying. We've made the difficult decision to stop hiring for the Junior PM role, as the team is being restructured. We're sorry for any disappointment.

The Crumb team`),
  rej('interview', ['internal_candidate'], {},
    `Hello Bilal,

Thank you for attending the interview. We wish to inform you that the position has been filled by an internal candidate.

Regards,
HR`),
  rej('screen', ['skills_gap'], fb,
    `Hi Rowan,

Thanks for jumping on a call with me. Having spoken to the hiring manager, the role needs someone who's comfortable managing a team of engineers from day one, and as you haven't managed people before, we won't be moving forward this time.

Best,
Eve`),
  rej('interview', ['profile_mismatch'], {},
    `Hi Elif,

Thank you for your interviews with us. Unfortunately we have decided that your experience isn't the right fit for this role at this time.

Best,
Alexander`),
  rej('application', ['profile_mismatch'], door,
    `Hi Mariam,

Thank you for your interest in our Policy Officer position. We've carefully reviewed your application against our selection criteria and, on this occasion, other applicants better met the criteria.

We encourage you to apply for future roles that fit your skills and experience.

People & Culture Team`),
  // ── more look-alikes: polite "sorry" and "unfortunately" in mail that declines nothing
  hold('application', ['generic'], {},
    `Hi Ama,

Sorry for the radio silence! Unfortunately the hiring manager has been off sick, so we haven't been able to review the shortlist yet. You're still very much in the process and I'll update you next week.

Best,
Joel`, 'Apologies for the delay'),
  other(`Dear Piotr,

We regret to inform you that the interview scheduled for Thursday must be moved, as the panel chair is unwell. Could you do Monday at 11:00 instead?

Kind regards,
Recruitment Team`, 'Change to your interview time'),
  other(`Hello Hana,

Unfortunately we are not able to reply personally to every applicant straight away, but we wanted to confirm that your application for the Junior Architect role has arrived safely. We review applications weekly.

Studio Nine`, 'Application confirmation'),
  other(`Hi Jamal,

The job you saved, "Warehouse Supervisor at Fenwick", is no longer accepting applications. Here are similar jobs you might like:

Warehouse Team Lead – Riverside Logistics
Shift Supervisor – Kite Distribution

Manage alerts`, 'A job you saved has closed'),
  other(`Hi Lucia,

I'm sorry it has taken us so long to come back to you. The good news: the team would like to move you forward to the technical interview. Are you free on Wednesday afternoon?

Best,
Sam`, 'Next steps'),
  other(`Dear Kwabena,

We're sorry, but we don't have any roles matching your profile right now. We'll email you when new roles in Finance are posted.

This is an automated message from your Careers account.`, 'Your job alert: no new matches'),
  other(`Hi Sofia,

Unfortunately I won't be able to join the call tomorrow myself, but Priya from the team will run it. Nothing changes for you — same time, same link.

Thanks,
Matteo`, 'Tomorrow\'s call'),
  other(`Hi Ben,

We were sorry to hear you've accepted another offer, and we wish you every success in the new role! Please do keep us in mind in the future.

Warmly,
The Lantern team`, 'Re: Withdrawing'),
  other(`Dear Aiko,

Thank you for completing the assessment. We have received your answers, and the team will review them over the next week. Unfortunately we cannot give individual results at this stage.

Kind regards,
Graduate Recruitment`, 'Assessment received'),
  other(`Hi Oliver,

Following your interview, we'd like to take up your references before making a final decision. Could you send contact details for two referees?

Thanks,
Claire`, 'References'),
  // ── stage in other words: the steps behind a decision
  rej('interview', ['generic'], {},
    `Hi Dario,

Thanks for your time on Zoom with Priya and Karan on Wednesday. We've now made a decision and, unfortunately, it isn't good news this time.

Best,
Hollie`),
  rej('interview', ['profile_mismatch'], {},
    `Dear Ama,

It was great getting to know you over the last few weeks. After a lot of thought, we've gone with a candidate whose experience is more directly aligned with the role.

Warm regards,
Pete`),
  rej('screen', ['generic'], {},
    `Hi Tom,

Following our video call on Monday, I've reviewed my notes alongside the other applicants, and I'm sorry to say I won't be taking your application to the next stage.

Regards,
Lara, Recruitment Partner`),
  rej('interview', ['generic'], door,
    `Dear Kenji,

Thank you for the discussion with our hiring manager on Friday. We have decided not to progress your application further.

We would be happy to consider you for other opportunities that align with your background.

Kind regards,
Talent Team`),
  rej('final', ['generic'], {},
    `Hi Marta,

Thank you for taking part in our virtual onsite last week — four sessions is a lot, and you handled them with real warmth. I'm sorry to tell you we won't be extending an offer.

Best,
Will`),
  rej('interview', ['assessment'], fb,
    `Dear Chen,

Thank you for presenting your case to the panel on Tuesday. The panel felt the recommendations did not follow from the numbers you showed, and for that reason we won't be moving forward.

Kind regards,
Ruth`),
  rej('interview', ['profile_mismatch'], {},
    `Hi Nia,

Thanks for coming back for a second conversation with Sam and me. We really enjoyed it, but we've decided to go with someone whose background fits the role more closely.

Cheers,
Elliot`),
  rej('final', ['generic'], {},
    `Dear Farah,

Thank you for attending our assessment centre on 3 May. Unfortunately, on this occasion you have not been successful.

Graduate Recruitment`),
  rej('final', ['position_filled'], {},
    `Hi Kwame,

Thank you for your patience while we took up references following your final interview. In the end, we offered the role to another candidate, who has accepted.

Best regards,
Sandra`),
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying for the Legal Assistant vacancy. Shortlisted candidates will be invited to a telephone interview, followed by an assessment and a final interview with a partner. We regret that your application has not been shortlisted.

HR Team`),
  rej('screen', ['profile_mismatch'], {},
    `Hi Asha,

Thanks for the quick chat this morning. Having thought about it, I don't think your experience is quite the right fit for what the client needs, so I won't be putting you forward.

Best,
Ryan
Beacon Recruitment`),
  rej('interview', ['generic'], {},
    `Dear Joseph,

Thank you for sitting down with Maria and the operations team last Thursday. We've completed our process and will not be offering you the position.

Sincerely,
Operations Director`),

  // ── doors in other words, inside long closings
  rej('interview', ['profile_mismatch'], door,
    `Dear Leila,

Thank you for your interviews with us. We've decided to move forward with a candidate whose experience is a closer match.

I'll be sure to flag your profile to colleagues hiring in similar teams, as I think you'd do well here. Thank you again for your time and your thoughtful questions.

Best,
Hannah`),
  rej('application', ['generic'], door,
    `Hi Sid,

Thank you for applying to Juniper. We won't be taking your application forward this time.

There will be more roles like this in the new year, and I'd love to see your application then. Wishing you the best of luck in the meantime.

Juniper Talent`),
  rej('interview', ['generic'], door,
    `Dear Aoife,

Thank you for meeting the team. We've decided not to move forward with your application.

We'll hold on to your details and be in touch if something comes up that suits you. Please take care, and thank you again.

Kind regards,
Niamh`),
  rej('application', ['profile_mismatch'], door,
    `Hello Paul,

Thank you for your application for the Support Engineer role. Other applicants had experience that matched the role more closely, so we will not be progressing yours.

Please don't be discouraged from applying for other roles with us — we hire all year round.

Best regards,
Recruitment`),
  rej('screen', ['generic'], {},
    `Hi Dana,

Thanks for the phone call. We won't be taking this further, I'm afraid. I hope our paths cross again some day, and I wish you all the best.

Mo`),
  rej('final', ['profile_mismatch'], { ...door, ...offered },
    `Dear Stefan,

Thank you for the final round with our leadership team. It was close, but we chose the finalist whose background matched our plans a little more closely.

Please stay in touch: when we open the next engineering manager role, I will contact you before we advertise it. And if it would be useful, I can walk you through the panel's thoughts on a short call.

Warmly,
Ines`),
  // ── a last handful: mismatch said softly, gaps in passing, and updates that only sound final
  rej('application', ['profile_mismatch'], {},
    `Hi Bea,

Thank you for applying for the Brand Designer role. We were lucky to hear from many designers whose portfolios sit closer to the kind of work we do, so we won't be moving forward with yours.

All the best,
Kiln Studio`),
  rej('interview', ['profile_mismatch'], {},
    `Dear Amit,

Thank you for speaking with the panel last week. Several of the people we met brought experience that lined up more neatly with the scope of this role, and we have decided to continue with them.

Regards,
Kavita`),
  rej('application', ['skills_gap'], fb,
    `Hello Pedro,

Thank you for applying. Strong Excel modelling is at the heart of this job, and that did not come through in your CV, so we won't be taking your application further.

Best wishes,
Finance Recruitment`),
  rej('interview', ['skills_gap'], fb,
    `Hi Grace,

Thank you for your interviews. The team was really positive about you, but felt that hands-on mobile testing is something you'd still need to build up, and we need that from the start. We've decided not to proceed.

Best,
Luca`),
  rej('application', ['generic'], {},
    `Hi Rory,

Thanks for applying to Fernbrook. We had over 600 applications for two places, and I'm sorry to say yours wasn't among the ones we took forward.

The Fernbrook team`),
  rej('interview', ['location'], fb,
    `Hi Yuki,

Thank you for the interviews. Since we spoke, the team has decided that the role must sit in our Singapore office, and as you're set on staying in Osaka we won't be able to continue.

Best,
Devon`),
  other(`Hi Rory,

Thanks for applying to Fernbrook! We had over 600 applications for two places, so it will take us a few weeks to read them all. We'll be in touch either way — thank you for your patience.

The Fernbrook team`, 'Thanks for applying'),
  other(`Dear Amit,

Unfortunately the panel members are not available on the date we proposed, so we would like to offer you an interview on 12 June instead. Please let us know if this suits you.

Regards,
Kavita`, 'Interview date'),
  other(`Hi Grace,

Thanks for your interviews! The team was really positive, and we'd like to invite you to the final stage: a one-hour conversation with our CTO. Could you share your availability?

Best,
Luca`, 'Final stage'),
];
