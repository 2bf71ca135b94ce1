/**
 * Development messages of the eighth round (docs/decisions/0056), never sealed: fresh wordings of what unseen mail
 * gets wrong — application-stage mail whose only steps are the process described or offered to others ("if you are
 * invited to interview", "our process includes"), comparisons with other candidates in any words ("a closer fit",
 * "better placed", "more in line with"), generic words beside a specific reason, flags far from the decision in long
 * letters, test results, requirements named in passing, and look-alikes (acknowledgements, "we'll be in touch",
 * status updates, enquiries answered with "not hiring at the moment, but we've noted your details"). The rules may
 * be checked against them and the model may be trained on them.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d8-');

const ats = '\n\nThis message was sent automatically. Replies to this address are not read. © 2026 TalentHub · Privacy · Unsubscribe';
const quote = (when: string, who: string, body: string): string =>
  `\n\nOn ${when}, ${who} wrote:\n` + body.split('\n').map((l) => `> ${l}`).join('\n');

export const HANDWRITTEN_DEV_8: readonly CorpusLine[] = [
  // ── application stage: steps named only as the process, or as what others go on to
  rej('application', ['generic'], {},
    `Dear Harriet,

Thank you for applying for the Research Assistant post. Our selection process includes a short written task and an interview with two members of the lab. On this occasion we will not be inviting you to take part in these.

Best wishes,
Lab Manager`, 'Research Assistant'),
  rej('application', ['generic'], {},
    `Hello Ravi,

Thanks for your application to Quarry Street Coffee. If you had been invited to interview, you would have heard from us by now. We're sorry to say we won't be taking your application forward this time.

Quarry Street Coffee`, 'Barista application'),
  rej('application', ['generic'], door,
    `Dear applicant,

We have now reviewed all applications for the Payroll Officer vacancy. Candidates selected for the next stage will be asked to complete a numeracy test and attend a panel interview; we regret that your application has not been selected.

Please look out for future vacancies on our website.

HR Team, Calder Valley Housing`, 'Payroll Officer'),
  rej('application', ['generic'], {},
    `Hi Odile,

Thank you for your interest in the Growth Marketer role at Pebblewise. Every application is reviewed by the hiring manager before any phone screen is booked. After that review, we have decided not to progress yours.

Pebblewise People Team${ats}`, 'Growth Marketer at Pebblewise'),
  rej('application', ['profile_mismatch'], {},
    `Dear Kwabena,

Thank you for your application for the Graduate Surveyor scheme. Successful applicants go on to an online assessment and then an assessment centre. Having read your application, we do not feel it is a close enough fit for the scheme, so we will not be inviting you to the assessment.

Graduate Recruitment, Holloway Greene`, 'Graduate Surveyor scheme 2027'),
  rej('application', ['generic'], {},
    `Dear Ms Novak,

Please accept our thanks for your application for the position of Archivist. The interview panel will meet in the week of 14 December; I regret to inform you that you have not been shortlisted for interview.

Yours sincerely,
Head of Collections`, 'Archivist'),

  // ── interview stage in other words
  rej('interview', ['generic'], {},
    `Hi Bo,

It was great to sit down with you and Marguerite on Tuesday and hear about your work at the co-op. We've talked it over and decided not to take things further.

Warm wishes,
Felix`, 'Operations Coordinator'),
  rej('interview', ['generic'], {},
    `Dear Idris,

Thank you for coming in to see us last week; the hour we spent together went quickly. I'm sorry to say that we won't be offering you the post.

Regards,
Margaret Oyelaran, Practice Director`, 'Office Manager'),
  rej('interview', ['position_filled'], {},
    `Hey Juno, thanks for the video call with the four of us on Friday! We've since offered the role to another candidate and they've said yes. Wishing you the best.

— Rae`, 'Content Designer'),
  rej('screen', ['generic'], {},
    `Hi Ana,

Thank you for the quick phone conversation yesterday about the Bookkeeper vacancy. Having thought about it, I won't be putting you through to the next stage.

Best,
Lou (recruiter)`, 'Bookkeeper'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Florin,

Thank you for meeting our engineering director and me last Thursday.

We have now seen all the candidates and have decided to proceed with someone who is a closer fit for the team's current needs.

Kind regards,
Anneke`, 'Embedded Software Engineer'),

  // ── comparisons with other candidates in many words
  rej('application', ['profile_mismatch'], {},
    `Dear Marisol,

Thank you for applying for the Policy Adviser role. We have decided to invite applicants whose profiles are more in line with the brief.

Best regards,
Recruitment`, 'Policy Adviser'),
  rej('application', ['profile_mismatch'], {},
    `Hi Tyrone,

Thanks for applying. We had a strong field and chose to progress people who are better placed for this particular role.

Kindly,
Nettlebed Studio`, 'Studio Assistant'),
  rej('application', ['profile_mismatch'], {},
    `Dear Ilse,

We appreciate your interest in Harrowgate Insurance. After reviewing your application against the others we received, we have identified candidates who are more suited to the position.

Kind regards,
Talent Team${ats}`, 'Claims Handler'),
  rej('interview', ['profile_mismatch'], {},
    `Hi Moritz,

Thanks for the two rounds of interviews. It was close, but the panel felt another candidate's background was a better match for what the team needs over the next year.

Best wishes,
Sana`, 'Analytics Engineer'),
  rej('application', ['profile_mismatch'], {},
    `Dear Yasmin,

Thank you for applying. Other applicants more closely met what we set out in the job description, so we will not be progressing your application.

Regards,
The Hiring Team`, 'Learning Designer'),
  rej('screen', ['profile_mismatch'], {},
    `Hi Leon,

Thanks for your time on the phone. We've decided to move ahead with applicants whose experience lines up more directly with the role.

Best,
Greta, Talent`, 'Customer Insights Lead'),
  rej('application', ['profile_mismatch'], {},
    `Dear Candidate,

Your application for Logistics Planner has been reviewed. We have selected candidates who better correspond to the requirements of the role, and will not be taking your application further.

HR Services${ats}`, 'Logistics Planner'),
  rej('final', ['profile_mismatch', 'position_filled'], {},
    `Dear Priyanka,

Thank you for coming to the final stage and for the presentation to the leadership team. We have offered the position to a candidate whose experience is more aligned with our priorities, and they have accepted.

Best regards,
Chief People Officer`, 'Head of Partnerships'),

  // ── a specific reason, and the generic words around it are not a second reason
  rej('application', ['skills_gap'], fb,
    `Dear Tilde,

We received a very large number of applications for this role, and the standard was high. This role requires a current CSCS card, which your application doesn't mention, so we are unable to take it further.

Regards,
Site Recruitment`, 'Site Supervisor'),
  rej('interview', ['skills_gap'], fb,
    `Hi Keanu,

After careful consideration and a very competitive process, we won't be moving forward. The deciding point was production experience with event-driven systems, which came up several times in your interviews as something you hadn't yet done.

Thanks for your time,
Ingrid`, 'Senior Backend Engineer'),
  rej('application', ['location'], fb,
    `Dear Hamza,

We had many qualified applicants for the Receptionist role. As the post requires someone able to be on site in Reading five mornings a week, and your application says you are based in Leeds, we will not be progressing it.

Regards,
Front of House Team`, 'Receptionist'),
  rej('screen', ['salary'], fb,
    `Hi Rosa,

Thanks for the call. We had lots of interest in this role, and I'm afraid the gap between the salary you're looking for and what we can offer is too big to bridge, so we'll leave it there.

Best,
Matt`, 'Marketing Manager'),
  rej('interview', ['culture_fit'], fb,
    `Dear Cormac,

Thank you for your interviews with the team. We were fortunate to meet several strong candidates. The team felt that your preference for working independently would sit uneasily with how closely we pair on everything, so we will not be offering you the role.

Regards,
Helen`, 'Developer'),

  // ── test results in fresh words
  rej('assessment', ['assessment'], fb,
    `Hi Aurelio,

Thank you for the translation sample. The reviewers found the register too informal for legal texts and noted several terms rendered inconsistently across the document, so we won't be adding you to our panel of translators at this time.

Kind regards,
Vendor Management`, 'Translation sample'),
  rej('assessment', ['assessment'], {},
    `Dear Chloe,

Thank you for sitting the typing and spelling test. Unfortunately you did not reach the standard we need for the Medical Secretary post, so your application will not progress.

Regards,
Practice Recruitment`, 'Medical Secretary'),
  rej('assessment', ['assessment'], fb,
    `Hey Viktor,

Thanks for the design exercise. The flows you mapped were clear, but the mobile screens didn't account for the offline state we flagged in the brief, and that ended up being the deciding factor. We won't be moving you forward.

Cheers,
Design Team, Tidewater`, 'Product Designer - exercise'),
  rej('interview', ['assessment'], fb,
    `Dear Esi,

Thank you for the interview and the case study you presented afterwards. The panel felt your recommendation was not supported by the data in the pack, in particular the churn figures, so we will not be offering you the role.

Yours sincerely,
Commercial Director`, 'Commercial Analyst'),

  // ── flags far from the decision in long letters
  rej('interview', ['generic'], { ...door, ...offered },
    `Dear Nnamdi,

Thank you for the time you spent with us during the interview process for the Partnerships Manager role. We know that interviews take real preparation, and it showed.

We wanted to let you know that we will not be offering you the position. The decision was made after long discussion.

A few words about what comes next for us. Over the coming months we will be opening several roles in our London and Manchester offices as part of our expansion. We would be very happy to see your name among the applicants for any of them, and our careers page lists them as they open.

We also run a quarterly partnerships breakfast for people in the industry, and you would be most welcome at the next one.

If at any point you would like to talk through how the panel saw your interviews, drop me a line and I will set something up.

Thank you again, and all the best,

Elspeth Garner
Talent Partner`, 'Partnerships Manager'),
  rej('application', ['generic'], door,
    `Dear Tomos,

Thank you for applying for the role of Countryside Ranger. We had over two hundred applications.

Unfortunately, we have not been able to shortlist you on this occasion.

About the Trust: we care for over forty thousand acres of moorland and woodland, and our rangers work closely with farmers, volunteers and local schools. We are proud of the work they do, and we hope to see more of it in the years to come.

Seasonal roles open every spring, and we would encourage you to look out for them and to apply.

With kind regards,
People Team, Upland Trust`, 'Countryside Ranger'),
  rej('final', ['generic'], { ...offered, ...door },
    `Dear Svetlana,

I'm writing after your final interview for Director of Finance.

First, thank you. You were generous with your time across three rounds, and the trustees asked me to pass on their appreciation.

After much deliberation, the panel has decided not to appoint you.

Many candidates find it helpful to hear the panel's view on their interview; I would be glad to pass it on over the phone, if you would like.

We hope you will consider us again in the future, and we will certainly let you know about senior roles as they come up.

Best regards,
Chair of the Appointments Panel`, 'Director of Finance'),

  // ── feedback offered and door open in fresh words
  rej('screen', ['generic'], offered,
    `Hi Aditi,

Thanks for your call with me on Monday. We won't be taking you to the next round. If a few pointers from our side would be useful, I'd be happy to share them — just reply.

Tess`, 'Recruiter call follow-up'),
  rej('interview', ['generic'], door,
    `Dear Kofi,

Thank you for your interviews. We will not be progressing your application on this occasion. We would be delighted to consider you for openings in the future — your details will stay in our candidate pool.

Regards,
Talent Acquisition`, 'Solutions Architect'),
  rej('application', ['generic'], door,
    `Hi Fern,

Thanks for applying to the Junior Producer role. We've decided not to move forward with your application, but we'd love to hear from you again when we next advertise.

Team Mothlight`, 'Junior Producer'),

  // ── closed roles and the enquiries that are not rejections
  rej('application', ['role_closed'], {},
    `Hi Selin,

Thanks for applying. We're not hiring for the Content Editor role at the moment after all — the post has been withdrawn while we restructure the team — so we won't be taking applications forward.

Best,
Editorial`, 'Content Editor'),
  rej('application', ['role_closed'], {},
    `Dear Mr Adair,

The Procurement Assistant vacancy has been withdrawn. We're no longer recruiting for this role, so your application will not be considered further.

HR`, 'Procurement Assistant'),
  other(`Hi Gianni,

Thanks for your email asking about work at Bramble Bakery. We're not hiring at the moment, but we've noted your details and will get in touch if something comes up.

Best,
Rhian`, 'Re: Any jobs?'),
  other(`Dear Ms Uche,

Thank you for your speculative letter. There are no vacancies in the department at present; however, I have added your CV to our records and will contact you should a suitable position arise.

Yours sincerely,
Head of Chambers`, 'Speculative enquiry'),
  other(`hey! we're not recruiting right now, but I've kept your email and will shout when we are 🙂

Noah, Copperleaf`, 'Re: design roles?'),

  // ── look-alikes with no decision sentence
  other(`Dear Candidate,

Thank you for submitting your application for the Staff Accountant position. It has been received and will be reviewed by the hiring team. Due to the volume of applications, we may not be able to respond to every applicant individually.

Recruitment${ats}`, 'Application received'),
  other(`Hi Petra,

Just a quick note to say we haven't forgotten you! The hiring manager is reviewing applications this week and we'll be in touch with an update by Friday.

Thanks,
Recruitment Team`, 'Quick update'),
  other(`Hi Dario,

Thank you for your time yesterday. The team is meeting the remaining candidates this week, and we'll come back to you with an outcome early next week.

Best,
Clara`, 'Thanks for yesterday'),
  other(`Your application status: Under review

Job: Payroll Specialist (REQ-5521)
Status: Under review by the hiring team
Last updated: 12 Nov 2026

Log in to your candidate account for more information.${ats}`, 'Status update for REQ-5521'),
  other(`Dear Ama,

We're pleased to let you know that you have been shortlisted for the post of Community Nurse. You'll be invited to interview on 3 December; details will follow shortly.

Regards,
Recruitment`, 'Shortlisted - Community Nurse'),
  other(`Hi Bram,

Thanks for applying for the Account Manager role! Before we can review your application, please complete the short online questionnaire linked below. It takes about ten minutes.

Recruitment Team`, 'Action required: questionnaire'),
  other(`Dear Sanjay,

Thank you for letting us know that you have accepted another offer. We have closed your application as requested and wish you every success in your new role.

Talent Team`, 'Your application'),
  other(`Hi Yusuf,

Unfortunately I have to move our call tomorrow — something urgent came up. Would Thursday at 10 work instead?

Apologies,
Jade`, 'Moving our call'),
  other(`Dear Rhona,

Thank you for attending the assessment centre last week. The results are being reviewed and we expect to contact all candidates by the end of the month.

Graduate Recruitment`, 'Assessment centre - next steps'),

  // ── threads
  rej('interview', ['generic'], {},
    `Hi Ben — sorry for the slow reply. We've decided not to move forward, but thank you for your patience.

Liz${quote('Mon, 9 Nov 2026 at 17:40', 'Ben Cho', `Hi Liz,
Thanks again for the interview with you and Owen last Wednesday. I really enjoyed it.
Best,
Ben`)}`, 'Re: Thanks'),
  rej('application', ['generic'], {},
    `Thanks for following up. I'm afraid we won't be taking your application any further.

Jess${quote('Tue, 10 Nov 2026 at 08:03', 'Ola Bakare', `Hi Jess,
I applied for the HR Assistant role on the 1st and wanted to check whether there was any news.
Many thanks,
Ola`)}`, 'Re: HR Assistant'),

  // ── paused processes
  hold('interview', ['role_closed'], {},
    `Dear Piotr,

Thank you for your interview last week. I wanted to let you know that the appointment has been delayed: the post's funding is being reconfirmed by the board, and we cannot make any decision until it is. You remain under consideration.

Regards,
Head of Research Operations`, 'Research Software Engineer - update'),
  hold('application', ['role_closed'], {},
    `Hi Lotte,

We've had to pause recruitment for the Office Coordinator role while we finalise our move to new premises. Your application is still open and we'll be back in touch when we restart.

Thanks,
Ops Team`, 'Office Coordinator'),

  // ── more rejections across reasons in fresh wordings
  rej('application', ['skills_gap'], fb,
    `Dear Oluwaseun,

Thank you for applying for the Pharmacy Technician vacancy. Registration with the GPhC is essential for this post, and we could not see it in your application, so we are unable to shortlist you.

Pharmacy Workforce Team`, 'Pharmacy Technician'),
  rej('interview', ['skills_gap'], fb,
    `Hi Meera,

Thank you for talking with Dan and Kaori on Wednesday. In the end we need someone who can run payroll for three countries from day one, and you've mostly worked with a single UK payroll, so we are not going to go further.

Regards,
Beth`, 'Payroll Lead'),
  rej('application', ['overqualified'], fb,
    `Dear Gregor,

Thank you for applying for the Junior Analyst role. Given your eight years of senior experience, we think the role would not offer you enough challenge, and we have decided not to take your application forward.

Kind regards,
Analytics Recruitment`, 'Junior Analyst'),
  rej('interview', ['internal_candidate'], {},
    `Dear Shona,

Thank you for interviewing for the Team Leader post. We have appointed a member of the existing team to the role.

Yours sincerely,
Service Manager`, 'Team Leader'),
  rej('application', ['position_filled'], {},
    `Hi Teo,

Thanks for getting your application in. The Warehouse Operative roles were filled within the week, so we're not taking on anyone else this round.

Cheers,
Dispatch Office`, 'Warehouse Operative'),
  rej('interview', ['location'], fb,
    `Dear Kasia,

Thank you for your interviews. We are unable to sponsor a work visa for this position, and as you will need one to work in the UK, we cannot offer you the role.

Regards,
People Team`, 'Data Analyst'),
  rej('screen', ['salary', 'location'], fb,
    `Hi Eduardo,

Thanks for the call earlier. Two things make this one hard: your salary expectation is above the range we have, and we need someone in the Lisbon office three days a week rather than fully remote. So we'll stop here for now.

Best,
Marta`, 'Frontend Developer'),
  rej('application', ['skills_gap'], fb,
    `Hello Arjun,

Thank you for applying for the Tax Senior role. We're looking for someone who is already ACA or CTA qualified, and your application shows you are part-way through, so we will not be progressing it.

Regards,
Recruitment`, 'Tax Senior'),
  rej('application', ['generic'], {},
    `Thank you for applying. We've decided to progress other applications. — Harbour Studio`, 'Harbour Studio'),
  rej('interview', ['generic'], {}, `Thanks for meeting with us, we've decided to go with another candidate. Best, M`, 'Re: last week'),
  rej('screen', ['generic'], {}, `Appreciated our call! Not the right timing for us to proceed though. Good luck, Zoe`, 'Call'),
  rej('final', ['generic'], {},
    `Dear Lars,

Thank you for attending the final panel. We will not be offering you the role of Head of Estates on this occasion.

Regards,
Recruitment`, 'Head of Estates'),
  rej('application', ['profile_mismatch'], {},
    `Dear Maiara,

Thank you for your application. Having compared it with the requirements of the role, we do not consider it suitable for the position.

Regards,
HR`, 'Senior Buyer'),
  rej('interview', ['culture_fit'], fb,
    `Hi Dominik,

Thanks for the conversation with the team. They felt your pace and style would clash with a very collaborative, slow-and-careful engineering culture like ours, so we won't be proceeding.

All best,
Renata`, 'Platform Engineer'),
  rej('assessment', ['assessment'], fb,
    `Dear Hugo,

Thank you for the presentation task. The panel felt the plan did not include any budget, which the brief asked for, and so we will not be inviting you to interview.

Regards,
Recruitment`, 'Events Manager - task'),
  rej('assessment', ['skills_gap'], fb,
    `Dear Nadia,

Thank you for completing the reference checks and the skills test. Unfortunately the role needs a forklift licence, which we have now confirmed you do not hold, so we cannot offer you the position.

Regards,
Site HR`, 'Warehouse Supervisor'),
  rej('application', ['generic'], door,
    `Dear Kim,

Thank you for applying to be a Teaching Assistant. You have not been shortlisted this time. We recruit throughout the year, so do keep checking our vacancies page and please apply again.

Office Manager, St Anselm's Primary School`, 'Teaching Assistant'),
  rej('interview', ['generic'], {},
    `Dear Pavel,

I write on behalf of the interview panel, whom you met on Wednesday 4 November. The panel has decided not to offer you the appointment.

Yours sincerely,
Clerk to the Governors`, 'Bursar appointment'),
  rej('screen', ['skills_gap'], fb,
    `Hi Carmen,

Thanks for the short call on Friday. Other candidates we've spoken to have backgrounds that sit more squarely in B2B SaaS support, so we won't take it further.

Cheers,
Anita`, 'Support Lead'),
  rej('application', ['profile_mismatch'], {},
    `Hi Mo,

Thank you for applying to the Campaigns Officer position. There were other applicants who were a stronger match, so we won't be moving you on to the next stage.

Best,
Campaigns Team`, 'Campaigns Officer'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Xiao,

Thank you for the interview. We have decided to offer the next stage to candidates better aligned with the role's requirements.

Regards,
Legal Recruitment`, 'Paralegal'),
];

/** The second go, written after the first go's fixes and scored at first sight before its own. */
export const HANDWRITTEN_DEV_8B: readonly CorpusLine[] = [
  rej('application', ['generic'], {},
    `Dear Joaquín,

Thank you for your application to the Analyst Programme. Applicants who progress are invited to a video interview and later to a half-day assessment with our partners. We regret that you will not be progressing on this occasion.

Early Careers Team${ats}`, 'Analyst Programme 2027'),
  rej('application', ['generic'], {},
    `Hi Wren — thanks for applying. Normally the next step would be a call with our founder, but we won't be setting one up for you this time. Best of luck out there!`, 'Founding Designer'),
  rej('interview', ['profile_mismatch', 'position_filled'], {},
    `Dear Halima,

Thank you for the interview on 2 December. The panel has decided to offer the post to a candidate whose overall profile was judged a better match for the post.

Yours sincerely,
HR Officer`, 'Grants Officer'),
  rej('application', ['profile_mismatch'], {},
    `Hi Joss,

Thanks for applying to be our Events Assistant. We've shortlisted people whose experience is nearer to what we're after, so we won't be inviting you in this time.

Thanks,
Pip`, 'Events Assistant'),
  rej('screen', ['profile_mismatch'], {},
    `Hi Anouk,

Thanks for taking the call on Tuesday. We've since spoken to applicants who line up better with the role, and we'll be continuing with them.

All the best,
Kit`, 'Partnerships Associate'),
  rej('interview', ['skills_gap'], fb,
    `Dear Rahul,

Thank you for your interview last week. We had a lot of very good applicants. The post needs someone who has managed a team of at least ten, and your experience so far has been with teams of three or four, so we are not able to offer you the role.

Regards,
Operations Director`, 'Operations Manager'),
  rej('assessment', ['assessment'], fb,
    `Hi Greta,

Thank you for the sample edit. Our editors felt the piece lost the author's voice in several places and that two factual errors had slipped through, so we won't be offering you freelance work at this time.

Best,
Managing Editor`, 'Sample edit'),
  rej('assessment', ['assessment'], {},
    `Dear Emeka,

Thank you for sitting the written paper for the Trainee Actuary scheme. Your mark fell below the level we need to progress applicants to interview.

Graduate Recruitment`, 'Written paper result'),
  rej('interview', ['generic'], { ...offered },
    `Hi Lucía,

Thanks so much for your time with Sam and Dee on Thursday. We're going to keep looking, I'm afraid.

If you'd find it useful, I'm happy to tell you how the interviewers saw your answers — just say the word.

Ruth`, 'Senior Recruiter role'),
  rej('interview', ['generic'], door,
    `Dear Benedikt,

Thank you for interviewing for the Quality Lead role. We will not be proceeding with your application.

Our plant in Ostrava is expanding next year and we would warmly invite you to keep an eye on those openings and apply.

Kind regards,
HR`, 'Quality Lead'),
  rej('final', ['generic'], { ...offered, ...door },
    `Dear Ayesha,

Thank you for coming to the final interview day. After long discussion, the trustees have decided not to appoint you as Chief Executive.

Many candidates value a conversation about the committee's thinking; the chair would be pleased to arrange one.

We would be delighted to see your name again for future senior posts.

Yours sincerely,
Company Secretary`, 'Chief Executive'),
  rej('screen', ['generic'], {},
    `Hi Idris — thanks for the chat earlier. I won't be taking you forward to the client on this one. Cheers, Dom`, 'Contract role'),
  rej('application', ['role_closed'], {},
    `Dear Maryam,

We are not recruiting to the Clinic Coordinator post after all; it has been absorbed into an existing role. Your application will not be considered further.

Recruitment Team`, 'Clinic Coordinator'),
  other(`Hi Tobi,

Thanks for dropping in your CV. We're not taking anyone on right now, but I've put it in the folder and I'll call you when the summer rush starts.

Dan, Front of House`, 'CV'),
  other(`Hi Mariam,

Thanks for your patience. We're still speaking with a few candidates and expect to let everyone know by the 20th.

Best,
Isla`, 'Update'),
  other(`Dear Ms Pereira,

Thank you for your application for the post of Laboratory Manager. Interviews will take place on 9 January. If you have not heard from us by 20 December, please assume you have not been shortlisted.

HR Services`, 'Laboratory Manager - acknowledgement'),
  other(`Hi Sven,

The team loved meeting you on Monday! We'd like to invite you back for a final conversation with our CEO next week. Could you send me a few times that suit?

Liv`, 'Next step'),
  rej('interview', ['culture_fit'], fb,
    `Hi Owen,

Thanks for the conversations this week. Honestly, we think you'd find our very hierarchical, sign-off-heavy way of running projects frustrating, and the team felt it would rub against how you like to work. We're not going to move forward.

Best,
Leah`, 'Project Manager'),
  rej('assessment', ['skills_gap'], fb,
    `Dear Kalinda,

Thank you for completing the reference and background checks. We are unable to confirm your appointment, as the post requires full UK driving licence and our checks show you hold a provisional licence only.

HR`, 'Community Support Worker'),
  rej('application', ['overqualified'], fb,
    `Hi Björn,

Thanks for applying for the Junior Support role. With your background running a support org of forty, we honestly think the role would be a step too far down for you and we'd struggle to keep you engaged, so we'll pass this time.

Cheers,
Linh`, 'Junior Support'),
];

/** The third go: the round's mechanisms in wordings written after the second go's fixes, scored at first sight. */
export const HANDWRITTEN_DEV_8C: readonly CorpusLine[] = [
  rej('application', ['generic'], {},
    `Dear Hye-jin,

Thank you for applying to the Sustainability Analyst vacancy. Those shortlisted at this stage would then be asked to prepare a short presentation and meet the head of department. Regretfully, you have not been shortlisted.

HR`, 'Sustainability Analyst'),
  rej('application', ['generic'], {},
    `Hi Nico,

Thanks for your application. Ahead of any interview we read every CV against the brief, and yours won't be going further on this occasion.

Cheers,
Ops`, 'Ops Assistant'),
  rej('screen', ['generic'], {},
    `Hi Farid,

Good to speak on the phone on Monday. I'm not going to be passing your profile on to the hiring manager this time round.

Regards,
Abi, Talent`, 'Finance Business Partner'),
  rej('assessment', ['assessment'], {},
    `Dear Ewa,

Thank you for doing the numeracy test. Your score was short of the benchmark we set for this role, so we will not be inviting you to interview.

Recruitment Team`, 'Numeracy test'),
  rej('interview', ['generic'], offered,
    `Dear Stellan,

Thank you for interviewing for the post of Senior Librarian. We have decided not to offer you the post.

Should you wish to hear the panel's thoughts on your interview, please let me know and I will arrange a call.

Yours sincerely,
Library Services Manager`, 'Senior Librarian'),
  rej('interview', ['generic'], door,
    `Hi Asha,

Thanks for the interviews last week; we won't be offering you the role.

We're opening two more engineering posts in spring, and I'd really urge you to look at them when they go live and to apply.

Best,
Mira`, 'Backend Engineer'),
  other(`Hello Kerem,

Thanks for your note asking about internships. We aren't recruiting interns right now, but I've saved your email and will let you know when our summer scheme opens.

Best regards,
Anja`, 'Re: internship enquiry'),
  rej('application', ['role_closed'], {},
    `Dear Rosalind,

We are no longer recruiting for the Marketing Officer post, which has been withdrawn, and so we will not be taking your application further.

HR Team`, 'Marketing Officer'),
  rej('interview', ['profile_mismatch'], {},
    `Hi Tadeo,

Thank you for meeting Agnes and me. We've decided to continue with applicants who are better equipped for the role as it stands.

Kind regards,
Hanne`, 'Service Designer'),
  rej('interview', ['generic'], {},
    `Dear Ms Amankwah,

I write on behalf of the governors, whom you met at interview on Tuesday. I regret that they will not be offering you the post of Deputy Head.

Yours sincerely,
Clerk to the Governors`, 'Deputy Head'),
  rej('interview', ['generic'], {},
    `Hi Luc,

Thanks for giving up your Saturday to meet the kitchen team. We're going to carry on looking, sorry.

Nina`, 'Sous Chef'),
  other(`Hi Zara,

Just to let you know we are still working through applications for the Analyst role. We'll be in touch with everyone by the end of next week.

Recruiting`, 'Analyst role - update'),
];
