/**
 * Development messages of the forty-seventh round, never sealed: one job seeker's inbox over a season, in date order from
 * February to August. A secondary-school maths teacher in Leeds (nine years in the classroom, the last three as second in
 * department at a city academy; Google Classroom and Moodle from school, Articulate Rise and Storyline learned in the
 * evenings, a short course in learning design, a portfolio of three small modules) moves into instructional design and
 * learning technology, applying to about fifty employers: ed-tech start-ups in the UK, Europe, the US, India and
 * Australia, universities' digital education teams, apprenticeship and training providers, corporate learning and
 * development teams (a building society, a rail operator, a bank, an insurer, a supermarket, a law firm, a logistics
 * firm, an NHS trust), educational publishers, a city council, and a few schools as a fallback. Half of the batch
 * declines nothing: acknowledgements in many tracking-system styles, "thank you for your patience" notes, invitations
 * and moved interviews, portfolio-task briefs and reminders, reference requests, a fixed-term offer and its
 * negotiation, job alerts and talent newsletters naming roles "now closed", recruiter approaches, a withdrawal she asked
 * for, surveys, and letters from a former colleague and a mentor about someone else's rejection. A few processes are
 * paused (budget setting, a hiring freeze, a restructure, a panel member away, a funding decision, a new head not yet in
 * post). The rest are rejections at every stage. A portfolio task, a storyboard, a sample of written questions or a
 * short teaching-style presentation done on its own is an assessment; a "chat", "the conversation with the team" or
 * "meeting the head of learning" is an interview; a second and last round, or references taken after it, is final.
 * For development only: the rules may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d47-');

export const HANDWRITTEN_DEV_47: readonly CorpusLine[] = [
  // ── February: the first applications go out
  other(`Dear Sophie,

Thank you for applying for the role of Learning Designer (Requisition R-10482) at Yorkshire Mutual Building Society.

We have received your application and it is now with our Talent team. You can track the progress of your application at any time by signing in to your candidate home page.

What happens next?
Our team will review all applications after the closing date (23 February). If your experience matches what we are looking for, a member of the team will be in touch to arrange the next step.

Kind regards,
Talent Acquisition
Yorkshire Mutual Building Society

Please do not reply to this message. This mailbox is not monitored.
Yorkshire Mutual Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.`, 'We have received your application – Learning Designer (R-10482)'),

  other(`Hey Sophie 👋

Thanks so much for applying to be our Learning Experience Designer! We're a small team (11 of us, plus a dog called Pythagoras) building Numbloom, an app that helps 11–14 year olds actually enjoy fractions.

Every application gets read by a human — usually Ines, our co-founder — so it might take us a week or two to get back to you. No need to chase, we promise we'll reply either way.

Speak soon,
The Numbloom team

—
Sent via Teamtailor · Numbloom Ltd, Sheffield`, 'Thanks for applying to Numbloom!'),

  other(`Dear Sophie Armitage,

Thank you for submitting your application for the post of Learning Technologist (PMU-2207) at Pennine Metropolitan University.

Your application reference is 0047-2207-118.

The closing date for this post is 28 February. Shortlisting will take place after the closing date, and we aim to notify all applicants of the outcome within three weeks. If you have not heard from us within four weeks of the closing date, please assume that on this occasion your application has not been successful.

Regards,
Human Resources
Pennine Metropolitan University

Jobtrain · Please do not reply to this automated message.`, 'Application submitted – Learning Technologist (PMU-2207)'),

  rej('application', ['generic'], {},
    `Dear Ms Armitage,

Post: Digital Learning Designer (Ref. DE0219)
Faculty of Education, Digital Education Unit

Thank you for your interest in the above post. Shortlisting has now taken place and I regret to inform you that on this occasion you have not been shortlisted for interview.

We received a large number of applications for this post, and the decision was a difficult one.

May I take this opportunity to thank you for your interest in working at the University of West Riding and to wish you success in the future.

Yours sincerely,

HR Recruitment Team
University of West Riding`, 'University of West Riding – Application for DE0219'),

  other(`New jobs for "instructional designer" near Leeds, West Yorkshire

Learning Designer
Calvert Insurance · Leeds (Hybrid) · £32,000 – £36,000
Posted 2 days ago · Easy Apply

Digital Learning Developer (Fixed Term)
Northgate University · Bradford · £31,396 – £35,116
Posted 5 days ago

Instructional Designer – Apprenticeships
Kestrel Skills · Wakefield · £30,000
Posted 1 week ago

E-learning Content Author
Haverstock Education · Remote (UK)
No longer accepting applications

See all 27 jobs →

You're receiving this alert because you created it on Jobhive. Manage alerts · Unsubscribe`, '27 new "instructional designer" jobs near Leeds'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Sophie,

Thank you for your interest in the Instructional Designer II position at Kindling Labs and for taking the time to apply.

We've reviewed your application carefully. While your classroom background is impressive, for this position we're specifically looking for candidates with at least three years of instructional design experience in a corporate or higher-ed setting, along with hands-on production work in Articulate Storyline and Camtasia. Because your experience so far has been primarily in K-12 teaching, we won't be moving your application forward at this time.

We appreciate your interest in Kindling Labs and wish you the best of luck in your search.

Best,
Kindling Labs Recruiting
Austin, TX`, 'Your application to Kindling Labs'),

  other(`Hi Sophie,

Hope you don't mind me reaching out directly — I came across your profile and your post about moving from teaching into learning design.

I'm working on a 6-month contract for a Learning Content Developer with a financial services client in central Leeds. They need someone who can turn compliance policy into short, punchy e-learning (Rise 360) and who is comfortable in front of subject-matter experts. The rate is £220–£250 a day, inside IR35, 3 days a week in the office.

Honestly, ex-teachers often do really well on these projects because you know how to explain things. Would you be up for a quick 15-minute call this week? Thursday afternoon works for me.

Cheers,
Liam Dacre
Senior Consultant, Learning & Talent
Blue Ochre Recruitment
07700 900 481`, 'Learning Content Developer – 6 month contract, Leeds'),

  other(`Sophie, love —

Lovely to see you on Saturday. I've been thinking about what you said about the applications, and I wanted to tell you about Gareth, who I mentored last year when he left the police to go into training.

He got to the final two at a big logistics company, did a cracking presentation, and then got the "unfortunately, on this occasion, we've decided not to progress your application" email two days later. No reason, nothing. He was gutted. He rang them and asked for feedback, and it turned out the other candidate had already run a leadership programme, which Gareth simply hadn't. That was all. It wasn't about him at all, really.

Six weeks later he had a better job than that one. So: expect a few of those emails, and don't read them as a verdict on you.

Coffee again in March? I'll bring the biscuits this time.

Marion`, 'those emails'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Sophie

Thank you for applying for the role of L&D Content Designer with Marlowes Supermarkets.

We have now reviewed all applications and, on this occasion, we have decided to progress with applicants whose experience more closely matches the requirements of the role.

We would like to keep your details on file for six months, and if a suitable role comes up we may contact you. If you would prefer us not to hold your details, please reply to this email and let us know.

Thank you again for your interest in Marlowes.

Marlowes People Services`, 'Your application for L&D Content Designer'),

  other(`Hi Sophie,

Thanks for your application for the Learning Designer role at Quizzly — we'd love to see how you work!

The next step is a short portfolio task. Please don't spend more than three hours on it; we're interested in your thinking, not polish.

The brief
A secondary school wants a five-minute microlearning module that helps Year 9 students check their understanding of simultaneous equations before an assessment. Please send us:
1. A storyboard (any format — slides, a doc, a Miro board) for the five minutes, screen by screen.
2. A short note (max 300 words) on how you would know whether the module worked.

Deadline: Monday 3 March, 9am. Send it to talent@quizzly.example as a link or attachment.

If you have any questions, or need an adjustment to the deadline, just reply to this email.

Good luck!
Freya
People Ops, Quizzly`, 'Quizzly – your portfolio task'),

  rej('application', ['generic'], { ...door },
    `Dear Sophie Armitage,

Vacancy: Learning Designer – Driver Training (HR-2291)

Thank you for your recent application to Hartley Rail. Unfortunately, on this occasion, you have been unsuccessful.

Due to the high volume of applications, we are unable to provide individual feedback at this stage.

We would encourage you to continue to look at our careers site for future vacancies, as new roles are added regularly.

Yours sincerely,

Hartley Rail Resourcing Team

This email was sent from an unmonitored mailbox. Please do not reply.`, 'Your Hartley Rail application – HR-2291'),

  other(`Hi Sophie,

Thanks for applying for the Digital Learning Designer role with Apprentix Training. I'd like to have a quick chat to find out a bit more about you — it's an informal 20 minutes on the phone, nothing to prepare.

Please pick a slot that suits you here: calendly.example/apprentix-talent/20min

Thanks,
Jade Holroyd
Talent Partner
Apprentix Training Ltd
Part of the Apprentix Group · Ofsted Grade 2 provider`, 'Apprentix – quick call about the Digital Learning Designer role'),

  other(`Dear Sophie,

Re: Learning Technologist (Ref. CVU-0412)

Thank you for your patience while we complete the shortlisting for this post. We received more applications than expected, and the panel needs a little longer to consider them all properly.

We now expect to contact all applicants by Friday 7 March. Interviews are still planned for the week of 17 March.

Kind regards,
Nadia Ashworth
Recruitment Administrator
Calder Valley University`, 'Learning Technologist – shortlisting update'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Sophie,

Thanks again for chatting with me yesterday, it was really good to hear about the Year 11 revision course you built on Google Sites — you clearly know your stuff.

I've spoken with our Head of Curriculum about the salary, and I'm afraid the band for the Digital Learning Designer role is fixed at £29,500–£31,000. As you said you'd need at least £37,000 to make the move from teaching, we won't be able to take your application further this time.

If we have a more senior learning role come up (and we're expecting to recruit a Learning Design Lead later in the year), I'd really like to get in touch with you again.

All the best,
Jade

Jade Holroyd
Talent Partner, Apprentix Training Ltd`, 'Following up on our call'),

  other(`---------- Forwarded message ---------
From: Tom Ellery
Date: Tue, 25 Feb
Subject: Fwd: Assistant Head (Teaching & Learning) – outcome

Soph,

Didn't get it. Read the below and tell me I'm not mad to be annoyed. Two interview days, a lesson observation, an in-tray, a student panel, and this is what I get.

See you in the staffroom tomorrow, I'll be the one eating my feelings.

T

> Dear Mr Ellery,
> Thank you for attending the interview for Assistant Headteacher. The governors were very impressed with the field
> of candidates. After careful deliberation, I'm sorry to say that you were not successful on this occasion.
> I would be happy to offer you feedback; please contact my PA to arrange a convenient time.
> Yours sincerely,
> Mrs D. Whitaker, Headteacher`, 'Fwd: Assistant Head (Teaching & Learning) – outcome'),

  rej('application', ['location'], { ...fb },
    `G'day Sophie,

Thanks heaps for your application for the Learning Designer role here at Gumleaf Learning.

Unfortunately, we're only able to consider candidates who already have full working rights in Australia, as we can't offer visa sponsorship at the moment. So we won't be progressing your application any further.

We really appreciate you taking the time to apply, and we wish you all the best.

Cheers,
Bec
Gumleaf Learning · Melbourne VIC`, 'Your application – Learning Designer'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Sophie,

Thank you so much for your storyboard for the simultaneous equations module — we could tell you know exactly where Year 9s come unstuck, and the worked example on screen 3 was the best we had in the whole pile.

We've now reviewed all the portfolio tasks, and we've decided not to invite you to the next stage. The main thing the team picked up on was the interaction design: most screens asked learners to read and then answer, which felt closer to a worksheet than to what we build at Quizzly, and the note on measuring impact focused on test scores rather than on what the learner does in the app. Those are very learnable things, but this role needs someone who's already there.

If a conversation would be useful, I'm happy to talk you through the panel's comments in more detail — just reply and we'll find 15 minutes.

Thanks again for the work you put into this.

Freya
People Ops, Quizzly`, 'Quizzly – your portfolio task'),

  other(`Dear Sophie,

Greetings from Vidya Spark!

We are pleased to inform you that your profile has been shortlisted for the position of Instructional Designer – Mathematics (Remote, UK hours). You are requested to attend a virtual interview with our Content Head, Mr. Rakesh Nair.

Kindly share your availability for the following slots (IST):
• 11 March, 3:30 PM – 4:15 PM
• 12 March, 2:00 PM – 2:45 PM
• 13 March, 4:00 PM – 4:45 PM

The interview will be held on Google Meet. Please keep a sample of your e-learning work ready to share on screen.

Do revert at the earliest.

Thanks & Regards,
Shruti Menon
HR Executive – Talent Acquisition
Vidya Spark Learning Pvt. Ltd., Kochi`, 'Interview Invitation – Instructional Designer – Mathematics'),

  rej('application', ['role_closed'], {},
    `Dear Sophie,

Thank you for your application for the Learning Designer role with Calvert Insurance.

Following a review of the structure of our People & Culture function, we have taken the decision not to fill this role at present, and the vacancy has been withdrawn. This means we are unable to progress your application any further.

We are sorry for any disappointment this may cause, and we thank you for the interest you have shown in Calvert.

Kind regards,
Calvert Insurance Talent Team`, 'Update on your application – Learning Designer'),

  other(`Hi Sophie,

You recently applied for a role at Hartley Rail. We'd love to hear about your experience of applying — good or bad.

The survey takes about three minutes and your answers are anonymous. Everyone who completes it by 31 March can choose to be entered into a draw for a £50 rail voucher.

[ Start the survey ]

Thank you,
Hartley Rail Resourcing

You are receiving this email because you applied for a role with us. Unsubscribe from surveys.`, 'How did we do? Tell us about applying to Hartley Rail'),

  hold('application', ['role_closed'], {},
    `Dear Ms Armitage,

Learning and Development Officer (Digital) – Post Ref. KCC-HR-0173

Thank you for applying for the above post.

I am writing to let you know that recruitment to this post has been paused. Following the Council's budget-setting meeting on 27 February, all vacancies that have not yet reached interview are being reviewed by the Workforce Board before they can proceed.

Your application has not been rejected, and it will remain on file for this post. We expect the Board to reach a decision by the end of April, and we will write to you again then to confirm whether shortlisting will go ahead.

We apologise for the delay and thank you for your patience.

Yours sincerely,

Recruitment Team
Kirkmoor City Council
Civic Hall, Kirkmoor`, 'Post Ref. KCC-HR-0173 – recruitment paused'),

  // ── March
  rej('interview', ['generic'], { ...offered },
    `Dear Sophie,

Greetings from Vidya Spark!

Thank you for attending the interview for the position of Instructional Designer – Mathematics with our Content Head. We appreciate the time and effort you have given to the process.

After careful consideration, we regret to inform you that we have decided to go ahead with other profiles for this position.

In case you wish to receive feedback on your interview, kindly reply to this mail and we will share the same.

We wish you all the very best for your future endeavours.

Thanks & Regards,
Shruti Menon
HR Executive – Talent Acquisition
Vidya Spark Learning Pvt. Ltd.`, 'Status of your application – Instructional Designer – Mathematics'),

  other(`Hi Sophie,

Ines here, co-founder of Numbloom. Sorry it's taken a couple of weeks — we've had a mad launch month.

I really enjoyed your portfolio, especially the fractions-on-a-number-line module. Would you be up for a chat with me and Callum (who runs product)? It'll be relaxed, about 45 minutes on video, mostly us telling you what we're building and you telling us how kids actually learn maths.

How about Wednesday 12th at 4.15 (after school, I'm guessing)?

Ines`, 'Chat about the Learning Experience Designer role?'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Sophie,

Thank you for your application for the function of Learning Designer at Leerlab in Utrecht. We have read your motivation with interest.

Unfortunately we must tell you that we do not continue with your application. For this function, good knowledge of the Dutch language (level C1) is necessary, because all our courses are made for Dutch secondary vocational education (MBO) and you work every day with Dutch teachers. In your CV we did not see this.

We like to keep your CV in our database for one year, if you agree with this. When we have a function in English, we will contact you.

With kind regards,
Anouk Verhoeven
HR-adviseur
Leerlab B.V.`, 'Your application Learning Designer'),

  other(`Hi Sophie,

Just a friendly reminder: your one-way video interview for Junior Learning Designer at Skillwave is still waiting for you.

You have until Friday 14 March at 11:59pm (GMT) to complete it. It takes about 20 minutes: three questions, two minutes to answer each, one practice question first.

[ Start my interview ]

Having trouble? Check you're on Chrome or Edge and allow camera access.

Skillwave Talent · powered by Vidcruit`, 'Reminder: your Skillwave video interview closes Friday'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Sophie,

Thank you again for the chat with Callum and me last week — we both came away buzzing about your idea of letting kids "argue with the app".

We've now talked to everyone, and we've decided to go with someone whose background is closer to what we need right now. I know that's not a very satisfying answer and I'm sorry.

Honestly, I think you'd be a brilliant fit for a Numbloom of a year from now, when we're bigger. If it's OK with you, I'd love to get back in touch then.

Ines`, 'Learning Experience Designer'),

  other(`Haverstock Education — Careers Update, March

Thank you to everyone who applied for our E-learning Content Author role. This position is now closed, and we are in the final stages of selection. We received over 300 applications, and we were genuinely moved by the number of teachers who want to bring their classroom experience to our digital resources.

Open now
• Digital Editor, Primary Maths — York or remote (UK) — closes 4 April
• Assessment Content Developer, GCSE Science — remote (UK) — closes 11 April
• Product Owner, Haverstock Online Homework — York — closes 18 April

Events
Join our online "From classroom to publishing" evening on 26 March, 7pm. Hear from three former teachers who now work in our editorial and product teams.

You're receiving this because you joined the Haverstock Talent Community. Update preferences · Leave the community`, 'Haverstock Careers Update – March'),

  rej('application', ['generic'], {},
    `Hi Sophie,

Thanks for applying for Learning Experience Designer. Unfortunately, we won't be taking your application further.

Greenbank Retail Group Careers`, 'Learning Experience Designer – Greenbank Retail Group'),

  rej('assessment', ['assessment'], { ...fb },
    `Hello Sophie,

Thanks for delivering your teach-back session for the Instructor (Data Skills) role on Tuesday. Teach-backs are the only stage before the offer for this role, so we take them seriously, and I wanted to give you the panel's notes properly rather than just a yes or no.

What went well:
- Your opening hook (the supermarket receipt as a table) was great and everyone remembered it.
- Your voice, pace and warmth on camera were excellent — obviously a natural teacher.

Where it fell short:
- The session was 10 minutes and you ran to 16. We cut everyone off at 12, so the practical on JOINs never happened.
- The two slides on LEFT vs INNER JOIN had a lot of text and no worked example, which is the bit learners struggle with most.
- Our learners are adults retraining, mostly in their 30s and 40s, and a few of the questions you asked were pitched a bit like a Year 10 class.

Unfortunately, on balance, the panel felt the teach-back didn't meet the bar this time, so we won't be offering you the role.

Best wishes,
Owen Mbeki
Head of Instruction
Forge Academy, Manchester`, 'Forge Academy – your teach-back'),

  other(`Dear Sophie,

Learning Technologist (Ref. PMU-2207)

Further to your application, I am pleased to say that you have been shortlisted for interview. Before we confirm the date, please could you complete the attached referee form with the details of two referees, one of whom should be your current or most recent employer.

Please note that we will only contact your referees if you are offered the post, unless you tell us otherwise.

Please return the form by 14 March.

Kind regards,
Mohammed Iqbal
HR Assistant (Recruitment)
Pennine Metropolitan University`, 'Learning Technologist (PMU-2207) – referee details'),

  rej('application', ['position_filled'], {},
    `Hi Sophie,

Thanks for your interest in the Content Designer role at Oakfern. We've now filled the position, so we won't be taking your application further.

Best,
Oakfern Edtech Hiring`, 'Re: Content Designer – Oakfern'),

  other(`Dear Sophie,

Learning Technologist (Ref. PMU-2207)

Thank you for returning your referee details. I am pleased to invite you to interview for the above post.

Date: Thursday 27 March
Time: 10:30 (please arrive by 10:15)
Venue: Room 2.14, Sir Titus Building, City Campus, Pennine Metropolitan University

The interview will last around 45 minutes and will begin with a 10-minute presentation on the following topic:
"A lecturer in Nursing wants to move one of her first-year modules from face-to-face to blended delivery. How would you support her in the first term?"

Your panel will be Dr Alison Keane (Head of Digital Education), Mr Ravi Chauhan (Senior Learning Technologist) and a member of academic staff.

Please bring photographic ID and the originals of any qualifications listed on your application.

If you have a disability and need any adjustments to the arrangements, please let me know.

Kind regards,
Mohammed Iqbal
HR Assistant (Recruitment)`, 'Invitation to interview – Learning Technologist (PMU-2207)'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Sophie,

Good to speak on Monday — and thanks for being so open about why you're leaving teaching.

I put you forward to my client for the Learning Experience Designer role, but I'm afraid they've come back and said no this time. They were honest with me: they're set on someone who has already worked inside a corporate L&D team, because the person will be running needs analysis with senior stakeholders from day one, and they don't have the time to support someone making the jump. Nothing to do with your portfolio, which they liked.

I'll keep you on my radar. I get a lot of roles with training providers and universities where a teaching background is a plus, not a minus, so expect to hear from me.

Thanks,
Priya Lall
Principal Consultant, TalentLoom
Leeds · Manchester · Remote`, 'Client feedback – Learning Experience Designer'),

  other(`Dear {{candidate.firstName}},

Thank you for your application for Learning & Development Specialist (Job ID 58821) at Ironbridge Logistics.

We confirm that your application has been successfully submitted. Our recruitment team will review it and, if your skills and experience match the role, we will contact you regarding next steps.

You can view the status of your application at any time in the Candidate Portal.

Regards,
Ironbridge Logistics Talent Acquisition

*** This is an automatically generated message. Replies to this address are not read. ***
SAP SuccessFactors Recruiting`, 'Application Received: Learning & Development Specialist'),

  rej('application', ['generic'], {},
    `Dear [First Name],

Thank you for your interest in the [Job Title] position at Veltrix and for taking the time to apply.

We have reviewed your application and, after careful consideration, we have decided not to move forward with your candidacy at this time.

We wish you the very best in your job search.

Sincerely,
[Recruiter Name]
Veltrix Talent Team`, 'An update on your Veltrix application'),

  other(`Dear Sophie,

Thank you for your application for the position "Learning Designer (m/w/d) – English Courses" at Tandem Learn GmbH.

We have received your documents and will look at them carefully. Normally we answer within ten working days. Because of the Easter holidays it can take a little longer this time, we ask for your understanding.

If you have questions in the meantime, you can write to jobs@tandemlearn.example.

Best regards
Your Tandem Learn People Team
Tandem Learn GmbH · Torstraße 140 · 10119 Berlin
Geschäftsführer: Jonas Albrecht · Amtsgericht Charlottenburg HRB 000000`, 'Your application at Tandem Learn'),

  hold('interview', ['generic'], {},
    `Dear Sophie,

Learning Technologist (Ref. PMU-2207)

Thank you for attending interview on Thursday. I am sorry to write with a delay rather than a decision.

One member of the panel has unfortunately been taken ill, and the panel has agreed that it cannot reach a fair decision until all three members have met to discuss the candidates. We now expect this to happen after the Easter closure, and we hope to contact you with the outcome by 17 April.

No decision has been made about your application, and we will be in touch as soon as we are able.

Kind regards,
Mohammed Iqbal
HR Assistant (Recruitment)
Pennine Metropolitan University`, 'Learning Technologist (PMU-2207) – delay to outcome'),

  other(`Hi Sophie,

Thanks for your interest in Kestrel Skills and the Instructional Designer – Apprenticeships role.

We'd like you to complete a short practical task. This helps us see how you'd approach the kind of work you'd actually be doing.

Task: Design a 20-minute e-learning module on "Recognising and reporting safeguarding concerns" for Level 2 apprentices (aged 16–19, mostly in retail and hospitality). You may use Articulate Rise, Storyline, or any authoring tool you're comfortable with. If you don't have access to a licence, a slide-based prototype is fine.

Please include:
• the module itself, or a prototype of at least three screens
• a one-page design rationale
• a note on how the module meets WCAG 2.2 AA

Deadline: 5pm, Friday 11 April.

We'll then invite the strongest submissions to an interview with our Head of Learning and a curriculum lead.

Many thanks,
Ellie Marsden
Recruitment Coordinator
Kestrel Skills Ltd, Wakefield`, 'Kestrel Skills – practical task'),

  other(`Hi Sophie,

Unfortunately our file upload page was down for most of yesterday evening, and a few candidates have told us they couldn't submit their practical task.

To be fair to everyone, we've extended the deadline for the Instructional Designer – Apprenticeships task to 9am on Monday 14 April. If you've already submitted, there is nothing more you need to do, and your submission has been received safely.

Apologies for the hassle.

Ellie Marsden
Recruitment Coordinator, Kestrel Skills`, 'Practical task – deadline extended to Monday'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Ms Armitage,

Thank you for your application for the post of Cover Supervisor at Moorside Academy.

We were very pleased to receive an application from a qualified and experienced teacher of mathematics. However, having discussed it carefully, the school's leadership team feels that, with nine years of teaching and a second-in-department role behind you, the Cover Supervisor post would not make use of your experience, and we would not be able to offer you the level of challenge that you would rightly expect. For that reason we have decided not to shortlist you for this post.

Should you wish to return to teaching in the future, we would be delighted to receive an application from you for one of our teaching posts, which are advertised on the Trust's website.

Yours sincerely,

Mrs K. Fenwick
Business Manager
Moorside Academy (part of the Moorside Learning Trust)`, 'Cover Supervisor – your application'),

  other(`Sophie, your application was viewed

Aldermoor Bank viewed your application for Learning Experience Designer.

Applicants who follow up with the hiring team are 3x more likely to hear back. Find out who's hiring →

Other jobs you may like
• Learning Consultant – Pryce Whitmore LLP – Leeds
• Digital Learning Lead – Meridian Health NHS Trust – Harrogate

ProNet Corporation · You're receiving this because you applied through ProNet. Unsubscribe`, 'Your application was viewed by Aldermoor Bank'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Sophie,

Thank you for submitting your safeguarding module. It was clear you put real thought into it, and the scenario with the apprentice at the tills was very true to life — our curriculum lead said it was the most realistic one she'd seen.

Unfortunately, we have decided not to invite you to interview. We assess all tasks against the same criteria, and the accessibility section was where your submission scored lowest: several images had no alternative text, the drag-and-drop activity couldn't be completed by keyboard, and the orange text on white in the knowledge check didn't meet the contrast requirement. As so much of our learner base uses assistive technology, this is a must for us.

We do recruit instructional designers regularly, and we would really welcome an application from you again in the future — particularly once you've had the chance to build up more accessible design practice.

Best wishes,
Ellie Marsden
Recruitment Coordinator
Kestrel Skills Ltd`, 'Kestrel Skills – outcome of your practical task'),

  other(`Hiya Soph,

How's the great escape going?? I'm still here, still marking mocks, still dreaming.

Random question. Dan (my other half) applied for that data trainer job at the council I told you about — he got an interview and everything, and then last week they wrote to say they'd "appointed an internal candidate" and thanked him for his time. He's convinced it was stitched up from the start. Is that normal? Do they have to advertise even when they already know who they want? You've seen more of these than me now, unfortunately.

Also: department drinks on the 4th, you ARE coming.

Priyanka x`, 'quick q (and drinks)'),

  rej('interview', ['internal_candidate', 'position_filled'], {},
    `Dear Sophie,

Learning Experience Designer – Req. AB-30915

Thank you for taking the time to speak with the team last Wednesday. We enjoyed the conversation and appreciated hearing about your experience designing revision courses for your students.

Following the interviews, the hiring manager has offered the role to a current Aldermoor colleague who has been working on a secondment in the Learning team, and they have accepted. We are therefore unable to take your application further.

Thank you again for your interest in Aldermoor Bank, and we wish you every success.

Kind regards,
Resourcing Team
Aldermoor Bank plc`, 'Your application – Learning Experience Designer'),

  other(`Dear Sophie,

Learning Technologist (Ref. CVU-0412)

I am writing regarding your interview, which was scheduled for Tuesday 18 March at 2pm.

Unfortunately the Chair of the panel is now unavailable on that day, and we need to move your interview. I am very sorry for any inconvenience this causes, particularly as I know you may have arranged cover with your school.

Could you let me know whether either of the following would suit you?
• Monday 24 March, 3:45pm
• Tuesday 25 March, 4:30pm

The format is unchanged: a 15-minute presentation followed by questions from the panel.

With apologies again,
Nadia Ashworth
Recruitment Administrator
Calder Valley University`, 'Learning Technologist – change to your interview date'),

  rej('application', ['location'], { ...fb },
    `Hi Sophie,

Thank you for applying to the Curriculum Designer (Math) role at Brightpath Learning.

Unfortunately, we are currently only able to hire employees who reside in one of the following U.S. states: Texas, Colorado, Ohio, North Carolina or Washington. Since your application shows an address outside of those states, we won't be able to move forward.

Thanks again for your interest, and best of luck!

The Brightpath Talent Team`, 'Brightpath Learning | Curriculum Designer (Math)'),

  other(`Thank you, Sophie!

Your video interview for Junior Learning Designer at Skillwave has been submitted.

What happens next?
The Skillwave team will watch your responses and be in touch about next steps. You don't need to do anything else right now.

Powered by Vidcruit · Privacy · Help`, 'Your video interview has been submitted'),

  rej('final', ['position_filled', 'skills_gap'], { ...fb, ...offered },
    `Dear Sophie,

Learning Technologist (Ref. CVU-0412)

Thank you for attending the final stage of the selection process on Tuesday, for your presentation on supporting staff through a change of VLE, and for your patience with the rescheduling.

I am sorry to tell you that we have offered the post to another candidate, who has accepted. The panel felt that you gave a very strong presentation and that your understanding of how learners experience online courses was excellent. The deciding factor was experience of administering Moodle at a whole-institution level — course templates, enrolment plugins, and the gradebook set-up — which the successful candidate has done for several years and which is a large part of the role in its first year, as we migrate to Moodle 4.5.

If you would find it helpful to discuss the panel's feedback further, please email me and I will arrange a call with Dr Fairclough.

Yours sincerely,

Nadia Ashworth
Recruitment Administrator
on behalf of the selection panel, Calder Valley University`, 'Learning Technologist – outcome'),

  other(`Hi Sophie,

I'm the founder of Mathsmith, a small company that writes adaptive maths question banks for publishers and tutoring platforms. A mutual contact (Marion Oduya) said you might be looking to move out of the classroom.

We're hiring a Maths Content Designer: writing and tagging questions, building worked solutions, and reviewing what our freelancers produce. It's remote, with a day a month in our Manchester office. Salary £34–38k.

If it sounds interesting, I'd love to send you more details. There is a short paid writing sample before any interview (we pay £100 for it, as it takes a couple of hours).

Best,
Daniel Okafor
Founder, Mathsmith`, 'Maths Content Designer at Mathsmith?'),

  rej('assessment', ['generic'], { ...door },
    `Hi Sophie,

Thank you for applying for the Junior Learning Designer role at Skillwave and for recording your video responses.

We've reviewed every application carefully, and we're sorry to let you know that we won't be moving forward with yours this time.

We're growing quickly and we'd love for you to keep an eye on skillwave.example/careers — please don't hesitate to apply for roles in the future.

Best,
The Skillwave Talent Team

Sent with Lever`, 'Your application to Skillwave'),

  other(`Hi Sophie,

Thanks for your email — it's still very much open!

We've extended the closing date to 14 April because of the Easter break, and interviews will be in the week of 28 April. Your application came in fine, so there's nothing else you need to do. I'll make sure you hear from us either way by the 22nd.

Best,
Rhiannon

Rhiannon Pugh
Learning & Development Manager
Pryce Whitmore LLP

-----Original Message-----
From: Sophie Armitage
Sent: 02 April 10:14
To: Careers (Pryce Whitmore)
Subject: Learning Consultant – is the role still open?

Dear Sir or Madam,

I applied for the Learning Consultant role on 18 March, and I noticed that the advert no longer appears on your website. Could you let me know whether the role is still open, or whether I should assume that my application has been unsuccessful?

Many thanks,
Sophie Armitage`, 'RE: Learning Consultant – is the role still open?'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hey Sophie,

Thanks for hopping on the call with me on Thursday! I really enjoyed hearing about your department, and your story about the Year 8 escape room was a highlight of my week.

I'm going to be straight with you, because I'd want the same. We're a very small, very scrappy team — we ship something new most Fridays, we change direction a lot, and a lot of the work is half-finished on purpose. From what you said about loving the structure of a scheme of work and planning a term ahead, I think you'd find our way of working frustrating, and I don't think we'd be the right team for you. So I'm not going to put you through to the next round.

I hope that's useful, and I'm genuinely sorry to be the one saying it.

Maya
Co-founder, Sproutly`, 'Following up from our call'),

  rej('application', ['generic'], {},
    `Hi Sophie,

Thank you for your interest in Lumina Health Academy. We've reviewed your application for the Instructional Designer role, and unfortunately we won't be moving forward at this time.

We really appreciate you taking the time to apply and wish you the best in your search.

Regards,
Lumina Health Academy Recruiting

--
Powered by Greenhouse`, 'Update on your application to Lumina Health Academy'),

  hold('application', ['role_closed'], {},
    `Dear Sophie,

Re: Learning & Development Specialist (Job ID 58821)

Thank you for your application for the above role, and apologies for the time it has taken us to write to you.

We are currently finalising a restructure of our People function, and as a result we have put recruitment for this role on hold until the new structure is confirmed. We expect this to be completed by the end of May.

Your application remains active, and we will contact you as soon as we are in a position to continue with the process. You do not need to reapply.

Kind regards,
Hannah Crowther
Talent Acquisition Partner
Ironbridge Logistics`, 'Update: Learning & Development Specialist (Job ID 58821)'),

  other(`Sophie,

Your CV is so much better. Really. The new top third does what it should: it tells them you design learning, not that you teach maths. A few small things:

1. "Led a department-wide move to Google Classroom" — put a number on it. How many staff? How many students?
2. Cut the GCSE results table. It's a teacher's CV habit, and they don't know what to do with it.
3. Your portfolio link should be in the header, not the bottom.

And about the Kestrel one. Yes, it stings, but look at what they actually told you — alt text, keyboard, contrast. That is a gift. Most people get "we've decided to move forward with other candidates" and that's your lot. I'd spend a weekend on the accessibility course I sent you and then fix the module so it's portfolio-ready.

Onwards,
Marion`, 'Re: CV v4'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Sophie,

Thank you for coming to York to meet Georgina, our Head of Digital Learning, and Sam from the Primary Maths team last Thursday. I know it was a long journey on a day when you were also teaching, and we appreciated it.

I'm afraid we won't be offering you the Digital Editor, Primary Maths role. Georgina was very impressed with your subject knowledge and with the way you talked about misconceptions. However, the role involves a lot of work directly in our content management system and in XML-based authoring, and it will be managing the editorial schedule with several freelance authors from the start. The other candidates we met had that editorial and production experience already, and in the end that is what decided it.

If you would like to talk through the feedback in more detail, Georgina has said she would be happy to have a short call with you.

With best wishes,
Laura Bentham
People Partner
Haverstock Education`, 'Digital Editor, Primary Maths – outcome'),

  other(`Hi Sophie,

A quick nudge: your portfolio task for the Learning Content Designer role at Lumen Tutor is due on Thursday 17 April at 12:00 (noon, UK time).

If you've already sent it, thank you — please ignore this email!

If you need a bit more time because of the school holidays or anything else, just reply and let us know. We're happy to give an extension of a few days.

Thanks,
Lumen Tutor Hiring Team`, 'Reminder: portfolio task due Thursday'),

  rej('assessment', ['generic'], {},
    `Hi Sophie,

Thanks for completing the portfolio task for the Learning Content Designer role. We had a lot of strong submissions, and after reviewing them all, we've decided to progress with other candidates.

We appreciate the time you put into it.

Lumen Tutor Hiring Team`, 'Lumen Tutor – Learning Content Designer'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Ms. Sophie Armitage,

Thank you very much for your application to the position Instructional Designer (E-learning) in Cortex Learning Solutions, Kraków.

We have analysed your CV with attention. Unfortunately, for this position we require minimum 2 years of commercial experience in e-learning development for corporate clients, including work with SCORM packages and LMS implementation. Your experience is mainly in school teaching, therefore we cannot continue the recruitment process with you.

We thank you for your interest in our company and we wish you a lot of success in your professional career.

Best regards,
Katarzyna Wójcik
Recruitment Specialist
Cortex Learning Solutions Sp. z o.o.
ul. Rakowicka 00, 31-000 Kraków

Administratorem Pani danych osobowych jest Cortex Learning Solutions Sp. z o.o. Your personal data will be processed for the purposes of this recruitment only.`, 'Cortex Learning Solutions – your application'),

  other(`Aldermoor Bank Talent Network — April

Hello Sophie,

Thank you for being part of the Aldermoor Talent Network.

Roles you've applied for
Learning Experience Designer (AB-30915) — Closed

New roles that match your interests
• Learning Consultant, Colleague Academy — Leeds — apply by 30 April
• Digital Learning Producer — Edinburgh or Leeds — apply by 9 May

Did you know? 1 in 4 of our vacancies is filled by someone who joined our Talent Network first.

Aldermoor Bank plc · Manage your preferences · Leave the Talent Network`, 'Aldermoor Talent Network – roles for you this month'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Sophie,

thank you again for the video interview with our team on 14 April, and for your interest in Tandem Learn.

After careful consideration we have decided for other candidates whose profile we think is a little closer to this position. This decision was not easy for us.

We wish you for your future all the best and success.

Kind regards
Johanna Krüger
People & Culture
Tandem Learn GmbH`, 'Your application – Learning Designer (m/w/d)'),

  // ── late April and May
  other(`Hi Sophie,

Thanks for your patience over Easter. I'm pleased to say we'd like to invite you to interview for the Learning Consultant role.

It'll be at our Park Square office on Tuesday 6 May at 4.30pm, with me and Chris Adeyemi (Head of Knowledge & Learning). We'll spend most of the hour on a conversation about your experience, and we'd also like you to bring one example of learning you've designed — anything at all, it doesn't have to be polished — and talk us through the decisions you made.

Reception is on the ground floor; just give them your name.

Best,
Rhiannon

Rhiannon Pugh
Learning & Development Manager
Pryce Whitmore LLP · Park Square, Leeds`, 'Learning Consultant – interview invitation'),

  other(`Dear Sophie,

Thank you for your patience since you applied for the Learning Designer role (R-10482). We had an exceptional response, and it has taken us longer than we hoped to review every application properly.

We would like to invite you to meet Helen Gaskell, our Head of Learning, for an informal chat about the role. This will take place on Teams and will last around 45 minutes.

Please use the link below to choose a time that suits you between 12 and 16 May.

[ Book your time ]

Kind regards,
Talent Acquisition
Yorkshire Mutual Building Society`, 'Learning Designer – next steps'),

  rej('interview', ['position_filled', 'profile_mismatch'], { ...offered },
    `Dear Sophie,

Learning Technologist (Ref. PMU-2207)

Thank you again for your patience while the panel completed its deliberations, and for attending interview on 27 March.

I am sorry to let you know that you have not been successful on this occasion. The post has been offered to and accepted by a candidate whose experience more closely matched the person specification.

The panel would be happy to provide feedback on your interview and presentation. If you would like to receive this, please reply to this email and Mr Chauhan will contact you to arrange a suitable time.

Thank you for your interest in working at Pennine Metropolitan University.

Kind regards,
Mohammed Iqbal
HR Assistant (Recruitment)`, 'Learning Technologist (PMU-2207) – outcome'),

  other(`Hi Sophie,

Great to hear you're interested. Here's the writing sample, as promised.

Write five questions for our Year 8 bank on the topic "Ratio: sharing in a given ratio". For each question, include:
– the question itself (with any diagram described in words),
– the correct answer,
– a fully worked solution of no more than 80 words,
– one likely wrong answer and the misconception behind it.

At least one question should be set in context and at least one should be multi-step. Please keep to our style guide (attached) — especially the rule that every question must have exactly one defensible answer.

Send it back by Sunday 4 May. We'll pay £100 on receipt via the invoice template in the folder, whatever the outcome.

Best,
Daniel`, 'Mathsmith writing sample'),

  rej('application', ['generic'], {},
    `Dear Sophie,

Learning and Development Adviser – Ref: PHG/25/061

Thank you for your recent application for the above post. We have now completed the shortlisting process and regret to inform you that you have not been selected for interview on this occasion.

Thank you for your interest in Pennant Housing Group.

Yours sincerely,
People Services

This is an automated email sent from our recruitment system. Please do not reply.`, 'Pennant Housing Group: your application PHG/25/061'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Sophie,

Thank you for taking the time to meet Helen, our Head of Learning, last week. Helen really enjoyed your conversation, and in particular hearing how you redesigned your department's Year 7 transition unit.

Following careful consideration, we have decided not to progress your application any further. Although you clearly have a lot to offer, we felt that other candidates were a closer match for what the team needs at this point.

We would encourage you to keep an eye on our careers site, as we expect to be recruiting for further roles in the Learning team over the coming year, and we would be pleased to see your name again.

Kind regards,
Talent Acquisition
Yorkshire Mutual Building Society`, 'Your application for Learning Designer (R-10482)'),

  other(`Soph,

Update on Dan and the council job, since you asked. He rang them in the end and asked for feedback, and the manager was actually really decent about it. She said the internal person had already been doing half the job, but also that Dan had come across as not knowing Power BI well enough and that his answer on evaluation was "a bit thin". So not a stitch-up after all, just a not-quite-yet. He's signed up for a Power BI course and is weirdly cheerful about it.

Drinks were brilliant, you missed Mr Hartley doing karaoke. Next time.

P x`, 'Re: quick q (and drinks)'),

  other(`Dear Ms Armitage,

Teacher of Mathematics (MPS/UPS) – Wharfedale Grammar School

Thank you for your application. I am delighted to invite you to interview on Wednesday 25 June.

The day will include:
• a tour of the school with two Year 12 students (8:45)
• a 30-minute lesson to a Year 9 set 2 class on the topic of Pythagoras' theorem (around 28 students; seating plan and SEND information will be emailed to you)
• a student voice panel
• a formal interview with the Headteacher, Head of Mathematics and a governor

Please confirm your attendance and let us know of any resources you will need for your lesson.

Yours sincerely,

Mrs A. Sutcliffe
PA to the Headteacher
Wharfedale Grammar School`, 'Interview invitation – Teacher of Mathematics'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Sophie,

Thanks for the writing sample — and for getting it back two days early. Your invoice has gone through, so the £100 should land this week.

I'm afraid we won't take things further. We score every sample against the style guide, and it came down to two things. First, questions 2 and 4 each had two defensible answers (in Q2 the "share £45 in the ratio 2:3" could be read as either person's share, and Q4's diagram description didn't fix which side was which). Second, three of the five worked solutions ran well over 80 words. The maths was impeccable and your misconception notes were the best we've had, which makes this more frustrating than usual.

If you want to go through it line by line, I'm happy to do a 20-minute call.

Best,
Daniel
Founder, Mathsmith`, 'Your writing sample'),

  rej('application', ['role_closed'], {},
    `Dear Ms Armitage,

Learning and Development Officer (Digital) – Post Ref. KCC-HR-0173

I wrote to you in March to let you know that recruitment to this post had been paused while the Workforce Board reviewed all vacancies.

The Board has now met, and it has decided that this post will not be filled in the current financial year. The vacancy has therefore been withdrawn, and we will not be taking your application any further.

I am sorry that this process has not had a more positive outcome, and I thank you for your patience.

Yours sincerely,

Recruitment Team
Kirkmoor City Council`, 'Post Ref. KCC-HR-0173 – outcome'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Sophie,

Thank you for coming in on Tuesday and for the conversation with Chris and me. Your Google Classroom revision course was a great example to bring, and we both liked how honest you were about what didn't work the first time.

I'm sorry to say that we've offered the Learning Consultant role to another candidate, and they've now accepted, so I'm closing the process.

I'd really like to stay in touch. We're planning to bring in a Digital Learning Specialist early next year, and I'd be very glad if you applied for that when it's advertised.

Best,
Rhiannon`, 'Learning Consultant'),

  other(`Hi Sophie,

Thanks for meeting the team at Haverstock Education. We'd love to hear how the process felt from your side, whatever the outcome.

How likely would you be to recommend applying to Haverstock Education to a friend?
0 1 2 3 4 5 6 7 8 9 10

It'll take less than 2 minutes. Your response is confidential and will not affect any current or future applications.

Candidate Experience Team, Haverstock Education
Sent via Greenhouse`, 'Tell us about your interview experience'),

  hold('interview', ['role_closed'], {},
    `Dear Sophie

Digital Learning Lead (Band 6) – Job Reference 321-COR-2510

Thank you for attending interview on 9 May.

I am writing to let you know that the Trust has introduced additional vacancy controls with immediate effect, and all appointments to non-clinical posts now need approval from the Executive Vacancy Control Panel before an offer can be made. This includes the post you were interviewed for.

This means that we are unable to give you an outcome at the moment. The panel meets fortnightly and we will write to you as soon as a decision has been made. Please be assured that your application is still under consideration.

We apologise for the delay and thank you for your understanding.

Kind regards

Recruitment Services
Meridian Health NHS Trust

Please do not reply to this email. This is an automated message sent from Trac.`, 'Job Ref 321-COR-2510 – update on your interview outcome'),

  other(`Hi Sophie,

Liam from Blue Ochre again. Hope the job hunt is treating you OK.

Just to close the loop on the compliance e-learning contract we spoke about in February — you'd said the daily rate and the inside-IR35 bit weren't for you, which was totally fair, and that one's now closed anyway.

I've got something that might suit you better though: a permanent Learning Designer with a housing association in Bradford, £35k, 2 days in the office, lots of work with tenants and frontline teams. They've specifically asked for people with a teaching background. Shall I send over the spec?

Cheers,
Liam`, 'Something more your style?'),

  rej('application', ['generic'], {},
    `Dear Sophie Armitage

Application for Clinical Education Facilitator (Digital) – 289-WTH-04417

Thank you for your application for the above post.

We regret to inform you that on this occasion your application has not been shortlisted for interview.

You can view your application by logging in to your account.

Kind regards

Wakeford Teaching Hospitals NHS Foundation Trust

This is an automated message. Please do not reply to this email address.`, 'Application not shortlisted for interview – 289-WTH-04417'),

  other(`Dear Sophie,

Post: Digital Learning Developer (Fixed Term, 12 months) – Ref. NU-ACA-0566

I am pleased to inform you that you have been shortlisted for interview for the above post.

The interview will take place on Tuesday 3 June at 1:30pm on Microsoft Teams and will consist of:
1. A 10-minute micro-teach on a topic of your choice, delivered as if to a group of first-year undergraduates on an online course. You are welcome to use slides or any online tool.
2. A panel interview of approximately 40 minutes.

Panel: Professor Jonathan Mwale (Director of Learning and Teaching), Ms Eleanor Price (Digital Learning Manager) and Mr Kwame Asante (Learning Designer).

Please confirm your attendance by reply.

Kind regards,
Recruitment Team
Northgate University`, 'Invitation to interview – NU-ACA-0566'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Sophie,

Thanks so much for your time on the intro call with me last week.

I've shared my notes with Tom, our Head of Learning Design, and we've decided not to move forward to the next round. We're looking for a slightly different profile for this role, and we don't think it's quite the right match for you at this stage.

Thanks again for your interest in Lattice Learning, and good luck with everything!

Amara
Talent, Lattice Learning · London`, 'Lattice Learning – Learning Designer'),

  other(`Dear Sophie,

Learning Designer – Brackenridge College

Thank you for attending the first interview last week. I am pleased to invite you to the second and final stage, which will take place on Wednesday 4 June at our Harrogate campus, starting at 2pm.

The afternoon will consist of:
• a 15-minute presentation to a panel, followed by 10 minutes of questions;
• a conversation with our Vice Principal for Curriculum (around 30 minutes).

Presentation brief: "One of our Access to HE Maths courses is taught to adults returning to education, many of whom feel anxious about maths. Show us how you would build an H5P activity into the existing Moodle course to help these learners practise percentages, and explain how you would know it had helped."

You will have access to a test Moodle site; log-in details are attached. Please send your slides to me by 12 noon on Tuesday 3 June.

Kind regards,
Gemma Holt
HR Business Partner
Brackenridge College`, 'Learning Designer – invitation to final stage'),

  other(`Hi Sophie!

Thanks for applying to be a Learning Designer at Pebblecraft. We loved your portfolio, especially the number-line module.

We'd like to invite you to a conversation with the team — it's me (Chloe, Head of Learning), Arjun from product and Tess, one of our illustrators. No prep needed; we just want to hear how you think about designing for 7–11 year olds and show you what we're building.

Could you do Tuesday 10 June at 5pm on Zoom? If not, send me a couple of times that work.

Chloe
Pebblecraft Kids · Bristol`, 'Pebblecraft – come and meet the team?'),

  other(`Hi Sophie,

This is a quick reminder of your interview for Digital Learning Developer (Fixed Term) – Ref. NU-ACA-0566.

📅 Tuesday 3 June, 13:30
💻 Microsoft Teams (link below)

Join the meeting: teams.example/l/meetup-join/19%3ameeting_NU0566

Please join five minutes early to check your sound and screen sharing for the micro-teach. If you have any technical problems on the day, call 01274 000 111.

Good luck!
Northgate University Recruitment`, 'Reminder: your interview on Tuesday'),

  other(`Dear Sophie,

Thank you for your patience following your first interview for the Digital Learning Editor role. I know it has been a couple of weeks.

I'm very pleased to say that we'd like to invite you to a second and final interview with our Managing Director, Ruth Lamb, and our Head of Product. This will be at our Harrogate office on Friday 6 June at 10am and will last around an hour. There is no task to prepare.

Could you let me know if that works for you?

Warm regards,
Isobel Carr
Office & People Manager
Quillon Press Learning Ltd`, 'Second interview – Digital Learning Editor'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Sophie,

Thank you for your time on the video interview with Rob and Aisha from our Learning team last Thursday.

Having talked it through, we have decided not to offer you the role. The team really valued your subject knowledge and your energy. However, our learning programmes are built around coaching and peer-led workshops, where the facilitator mostly stands back, and in the interview your examples were very much about leading from the front of the room. The team felt that this approach would not sit easily with the way we work.

We wish you every success.

Kind regards,
Greyfriars Energy Talent Team`, 'Your application for Learning & Development Partner'),

  other(`Dear Ms Armitage,

Re: Mr Thomas Ellery – application for the post of Head of Mathematics

Mr Ellery has applied for the above post at Stonegate Academy and has given your name as a referee in your capacity as his former line manager.

I should be grateful if you would complete the attached reference form and return it to me by Friday 20 June. In line with statutory guidance on safer recruitment, please include any information about disciplinary action or allegations relating to the safety and welfare of children, or confirm that there is none.

Thank you for your help.

Yours sincerely,

Mrs J. Barraclough
HR Officer, Stonegate Academy Trust`, 'Reference request – Mr Thomas Ellery'),

  rej('final', ['salary'], { ...fb, ...door },
    `Dear Sophie,

Thank you for coming over to Harrogate on Friday to meet Ruth and Dev for the final interview. They both enjoyed meeting you, and Ruth said it was the best conversation she's had about worked examples in years.

I'm sorry to say we won't be making you an offer. At the end of the interview you mentioned that you couldn't accept less than £36,000, and Ruth has looked at this very carefully, but the budget for the Digital Learning Editor role is fixed at £31,500 this year, and we can't stretch it that far without changing the role for everyone else in the team. We didn't feel it would be fair to offer you something we already knew wouldn't work for you.

If anything changes on either side, please do get in touch, and we would be very happy to see an application from you for future roles with us.

With warm regards,
Isobel Carr
Office & People Manager
Quillon Press Learning Ltd`, 'Digital Learning Editor'),

  rej('final', ['assessment'], { ...fb, ...offered },
    `Dear Sophie,

Learning Designer – Brackenridge College

Thank you for attending the second and final stage of our selection process on Wednesday, which included the presentation to the panel and the conversation with our Vice Principal for Curriculum.

I'm afraid I am writing to let you know that we will not be offering you the post. The panel felt your interview answers were strong. However, the presentation was the weakest part of your day: the brief asked you to show how you would build an H5P activity into one of our existing Moodle courses for adult learners returning to maths, and the panel felt that your session was aimed at school pupils rather than at adults, and did not show the H5P activity in Moodle itself. As the presentation carried the most weight at this stage, this decided the outcome.

If you would like to discuss this further, please let me know and I will set up a call with the panel chair.

Kind regards,
Gemma Holt
HR Business Partner
Brackenridge College`, 'Learning Designer – outcome of final stage'),

  other(`EdJobs UK — your weekly round-up

Hi Sophie, here's what happened to the jobs you saved this week.

Applications closed
• Learning Technologist — Calder Valley University — closed 3 March
• Digital Learning Lead — Meridian Health NHS Trust — closed 14 April
• E-learning Developer — Northern Lights Apprenticeships — closed 30 May

Still open
• Learning Designer — Kingsgate Educational Publishing — closes 20 June
• Instructional Designer (Maths) — Sumtree — remote — closes 27 June

Tip of the week: A saved job isn't an application! Don't forget to click "Apply" before the closing date.

EdJobs UK · You can change how often you get this email in your settings.`, 'Your weekly EdJobs round-up'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Sophie,

Thank you for your interest in the Learning & Development Consultant vacancy at Stratford Learning Partners.

We have reviewed your application against the essential criteria for the role. Unfortunately, as this role requires a CIPD Level 5 qualification in Learning and Development (or equivalent), which we could not see on your application, we are unable to take your application forward.

Thank you for considering Stratford Learning Partners as a potential employer.

Regards,
Resourcing Team
Stratford Learning Partners, London EC2`, 'Learning & Development Consultant – your application'),

  rej('application', ['generic'], { ...door },
    `Dear Candidate,

Greetings from Eduverse Technologies!

Thank you for showing interest in the position of Senior Instructional Designer – K12 Mathematics (Remote).

We have carefully reviewed your profile. We regret to inform you that your candidature has not been shortlisted for the further rounds of the selection process at this point of time.

However, we will retain your resume in our database and will get in touch with you if any suitable opening comes up in the future.

Wishing you all the best!

Regards,
Team HR
Eduverse Technologies Pvt. Ltd., Bengaluru

*This is a system generated email. Please do not reply.*`, 'Eduverse Technologies – Application Status'),

  rej('interview', ['position_filled'], { ...offered },
    `Dear Ms Armitage,

Teacher of Mathematics – Aireborough High School

Thank you very much for attending our interview day on Tuesday. I know how hard it is to give a lesson to a class you have never met, and the Year 10s spoke very warmly about you on the student panel.

After a great deal of thought, the panel decided to offer the post to another candidate, who has accepted. I am sorry to bring you this news.

I would be very happy to give you feedback on your lesson and interview if that would be helpful. Please contact my PA, Mrs Sunderland, to arrange a short telephone call.

With best wishes for the future,

Mr P. Okonjo
Headteacher
Aireborough High School`, 'Teacher of Mathematics – outcome'),

  hold('final', ['role_closed'], {},
    `Hi Sophie,

I promised you an answer by today after your final interview, and I'm afraid I can't give you one yet, which I hate doing.

The Learning Designer role is tied to a new skills bootcamp contract that we've bid for with the combined authority. We were told we'd hear about the funding at the end of May, and it has now slipped to mid-July. Until we know the contract is ours, we can't make any appointments to the bootcamp team.

You haven't been turned down — you're one of two people we want to come back to as soon as we know. I'll keep you posted, and I completely understand if you need to keep other options open in the meantime.

Best,
Nathan Greaves
Operations Director
Oakridge Skills Academy`, 'Learning Designer – where things are'),

  other(`Dear Sophie,

Digital Learning Developer (Fixed Term, 12 months) – Ref. NU-ACA-0566

Further to your recent interview, I am delighted to offer you the above post, subject to satisfactory references, proof of your right to work in the UK and confirmation of your qualifications.

Terms of the offer
• Contract: fixed-term for 12 months, to cover a funded project in the Centre for Learning and Teaching
• Start date: to be agreed (we propose Monday 1 September)
• Grade 6, spine point 24: £33,966 per annum
• Hours: 36.5 per week, hybrid (a minimum of two days a week on campus)
• Annual leave: 30 days plus bank holidays and university closure days, pro rata

Please let me know within five working days whether you wish to accept this offer. If you have any questions about the terms, please contact Eleanor Price directly.

Professor Mwale and the panel were particularly impressed by your micro-teach on "Why averages lie", and we very much hope you will join us.

Yours sincerely,

Recruitment Team
Northgate University`, 'Offer of employment – Digital Learning Developer'),

  other(`Hi Sophie,

Thanks for getting back to us so quickly, and for being so clear about what you need.

I've spoken to HR and to Professor Mwale. Unfortunately, we're not able to place you higher than spine point 26 on Grade 6 (£35,116), because starting salaries have to reflect experience in a comparable role and this would already be at the top of what the grading panel allows for someone new to higher education. I know that's below the £36,000 you mentioned, and I'm sorry I can't do better on salary.

What I can do:
• confirm that the post is hybrid with two days on campus, and that you can choose the days;
• agree a start date of Monday 8 September, so you can finish at school at the end of the summer term and still have a break;
• support a request to fund your CMALT portfolio during the contract, which would help a lot if you apply for the permanent post we expect to advertise next spring.

Let me know what you think. I really hope we can make this work.

Best wishes,
Eleanor

Eleanor Price
Digital Learning Manager
Centre for Learning and Teaching, Northgate University

> On 12 June, Sophie Armitage wrote:
> Dear Eleanor,
> Thank you so much for the offer — I'm thrilled. Before I accept, could I ask whether there is any flexibility on the
> starting salary? My current salary as a second in department is £41,000, and I had hoped for at least £36,000.
> Many thanks, Sophie`, 'RE: Offer of employment – Digital Learning Developer'),

  other(`Dear Ms Armitage,

Teacher of Mathematics – Wharfedale Grammar School

Thank you for your email of 13 June. As requested, we have withdrawn your application for the above post, and we have cancelled your interview on Wednesday 25 June.

Thank you for letting us know so promptly, and congratulations on your new post. We wish you every success in higher education.

Yours sincerely,

Mrs A. Sutcliffe
PA to the Headteacher
Wharfedale Grammar School`, 'Withdrawal of application – Teacher of Mathematics'),

  // ── late June to August
  rej('assessment', ['generic'], {},
    `Hi Sophie,

Thanks for getting in touch. I'm sorry, but we aren't able to give individual feedback on portfolio tasks — we receive a very large number of them, and our hiring team simply doesn't have the capacity. The decision not to progress your application for the Learning Content Designer role is final.

Please also note that candidates who have completed a portfolio task with us can't be considered for the same role again within twelve months.

Kind regards,
Lumen Tutor Hiring Team

On Mon, 16 June, Sophie Armitage wrote:
> Hello,
> I completed the portfolio task for the Learning Content Designer role in April and was told I would not be
> progressing. I'm still learning how to pitch this kind of work, so I'd be really grateful for even a couple of
> sentences on what could have been stronger.
> Best wishes,
> Sophie`, 'Re: Learning Content Designer – feedback?'),

  rej('interview', ['skills_gap', 'position_filled'], { ...fb },
    `Dear Sophie,

Thank you for getting in touch, and sorry it has taken me so long to reply — the end of the academic year has been very busy.

I've gone back through the panel's notes. Your presentation was clear and well paced, and your idea of starting with one "pilot week" rather than the whole module was one of the best answers we heard. Where you lost ground was in the technical questions. The successful candidate had several years of hands-on experience supporting Panopto lecture capture and Turnitin integrations in a university VLE, and could talk in detail about troubleshooting both. In your answers you were understandably talking from a school context, and the panel felt you would need a lot of support with those systems in the first months.

If you're able to get any experience of the university side of these tools, even as a volunteer or on a short project, it would make a real difference next time. I hope that's useful, and I wish you the best of luck.

Ravi Chauhan
Senior Learning Technologist
Digital Education, Pennine Metropolitan University

From: Sophie Armitage
Sent: 02 June 18:41
To: Iqbal, Mohammed
Subject: RE: Learning Technologist (PMU-2207) – outcome

Dear Mohammed,
Thank you for letting me know. I would very much like to take up the offer of feedback from the panel, by email if that is easier for Mr Chauhan.
Kind regards,
Sophie`, 'RE: Learning Technologist (PMU-2207) – outcome'),

  other(`Dear Sophie,

Digital Learning Developer (Fixed Term) – Ref. NU-ACA-0566

Thank you for accepting our offer of employment. We are delighted that you will be joining the Centre for Learning and Teaching on Monday 8 September on Grade 6, spine point 26.

Before your start date, we need to complete our pre-employment checks:
1. References – we have now contacted the two referees you named. You do not need to do anything unless we tell you that a referee has not responded.
2. Right to work – please bring your passport to the HR Service Desk, or complete the online check using the link in the attached letter.
3. Qualifications – please upload copies of your degree and PGCE certificates.

Your contract will be sent to you once all checks are complete.

Kind regards,
HR Services
Northgate University`, 'Welcome to Northgate University – pre-employment checks'),

  rej('application', ['generic'], {},
    `Your application status has changed

Role: E-learning Developer
Employer: Northern Lights Apprenticeships
Status: Unsuccessful

Log in to your account to view your applications.`, 'Application status update – E-learning Developer'),

  other(`SOPH!!!

I got it. Head of Maths at Stonegate. They rang me at half four on Friday and I had to pretend to be calm in the car park.

Thank you for the reference — the head said it was "glowing", and that she'd never had a referee mention a teacher's seating plans before. I owe you a very large drink.

The slightly awkward bit is that the internal candidate, a really nice bloke called Matthew who's been there for ten years, found out from a "thank you for your interest in this post" email before anyone had talked to him. He's not happy and I don't blame him. I'm going to have to manage that one carefully in September.

Anyway. You're off to a university, I'm off to be a head of department. Who'd have thought it.

T x`, 'guess who'),

  rej('application', ['role_closed'], {},
    `Dear Sophie,

Re: Learning & Development Specialist (Job ID 58821)

I wrote to you in April to let you know that recruitment for this role was on hold while we finalised the restructure of our People function.

The new structure has now been confirmed. As part of it, the Learning & Development Specialist role has been combined with two other posts, and it will not be recruited to as advertised. Unfortunately this means that we are closing your application.

Thank you for your patience during this process, and for your interest in Ironbridge Logistics.

Kind regards,
Hannah Crowther
Talent Acquisition Partner
Ironbridge Logistics`, 'Update: Learning & Development Specialist (Job ID 58821)'),

  hold('application', ['role_closed'], {},
    `Hi Sophie,

Thanks so much for your application for the Instructional Designer (Maths) role, and sorry for the silence.

We've just appointed a new Head of Learning, Dr Amelia Ross, who starts with us on 1 September. We want her to shape the team she'll be leading, so we've paused shortlisting for this role until she's in post. Nothing has been decided about any of the applications yet, including yours.

We'll be back in touch in September, either to invite you to the next stage or to let you know the outcome.

Thanks for bearing with us,
Kofi
People Lead, Sumtree (remote, UK)`, 'Sumtree – Instructional Designer (Maths) update'),

  rej('interview', ['generic'], {},
    `Hi Sophie,

Quick one — the housing association have come back to me this morning and they've gone another way on the Learning Designer role. Thanks for giving up your evening for the Teams call with them.

Cheers,
Liam
Blue Ochre Recruitment`, 'Re: Learning Designer – Bradford'),

  other(`Jobs you've applied to this month

Instructional Designer – Sumtree – Remote (UK)
Status: Application received

Digital Learning Producer – Aldermoor Bank – Leeds
Status: Applications closed

Learning Designer – Calvert Insurance – Leeds (Hybrid)
Status: Job no longer available

More jobs like these
• Learning Technologist – Brackenridge College – Harrogate
• Digital Learning Designer – Castlegate Building Society – York

Jobhive · Manage alerts`, 'Your Jobhive applications – June'),

  rej('final', ['role_closed'], { ...door },
    `Hi Sophie,

I promised to let you know as soon as we had news about the bootcamp funding, and I'm sorry that it isn't good news.

The combined authority has awarded the skills bootcamp contract to another provider. Without it, the Learning Designer post can't go ahead, so I have to close the process, including for you as one of our two finalists.

You were an outstanding candidate, and if we win the next round of funding in the spring I'd very much like to call you first.

With best wishes,
Nathan Greaves
Operations Director
Oakridge Skills Academy`, 'Learning Designer – the funding decision'),

  other(`Hi Sophie,

We're recruiting again! Kestrel Skills has three new Instructional Designer roles opening in September, and as someone who has applied to us before, we wanted you to hear it first.

• Instructional Designer – Health & Social Care (Wakefield / hybrid)
• Instructional Designer – Digital Skills (remote)
• Senior Instructional Designer – Apprenticeship Standards (Wakefield)

Applications open on 1 August. All roles include our accessibility training programme in the first three months.

Best wishes,
Ellie Marsden
Recruitment Coordinator, Kestrel Skills`, 'New Instructional Designer roles at Kestrel Skills'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Sophie,

Thanks for speaking with me on Tuesday about the Curriculum Designer role at Corvid Learning.

After reviewing my notes with the hiring manager, we've decided not to move you forward. Our curriculum is built to align with the Common Core State Standards and Texas TEKS, and our designers need to write to those standards and to state test formats from their first week. Your experience with the English National Curriculum and GCSE is deep, but it isn't something we can translate quickly enough for this role.

Thanks again for your time, and good luck with your search!

Jordan Reyes
Senior Technical Recruiter, Corvid Learning
Denver, CO · Remote`, 'Corvid Learning – Curriculum Designer'),

  other(`Sophie,

Many, many congratulations. A university! I told you someone would be daft not to snap you up.

Your news cheered up a bad week. One of my other mentees, a lovely ex-nurse called Ruth, had her third "we have decided to appoint another candidate" on Tuesday. She's starting to believe it's her, and it isn't — she keeps losing to people who've been in the job before. Would you be willing to have a coffee with her one day and tell her how your season went? Hearing it from someone who's just been through it will help more than hearing it from me.

With love and a biscuit,
Marion`, 'congratulations! (and a favour)'),

  rej('application', ['generic'], {},
    `<p>Dear Sophie,</p><p>&nbsp;</p>
<p>Thank you for applying for the position of <b>Knowledge &amp; Learning Officer</b> at Fenwick &amp; Rowe Solicitors.</p>
<p>We regret to inform you that your application has not been successful on this occasion.</p>
<p>We thank you for your interest in the firm.</p><br><br>
<p>Yours sincerely,<br>Graduate &amp; Business Services Recruitment<br>Fenwick &amp; Rowe LLP</p>
<p style="font-size:9px;color:#888">Fenwick &amp; Rowe LLP is a limited liability partnership registered in England and Wales. This email is confidential.</p>`, 'Knowledge & Learning Officer – Fenwick & Rowe'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Sophie,

Digital Learning Producer (Req. AB-31277)

Thank you for your recent chat with Mark Lindqvist, our Head of Colleague Learning. Mark enjoyed hearing about your approach to explaining difficult ideas simply.

Unfortunately, we won't be taking your application further. The Digital Learning Producer role is largely focused on video: planning, filming and editing short learning films, and building motion graphics in tools such as Premiere Pro and After Effects. Mark felt that the other candidates had more hands-on production experience in those areas.

If you'd like to hear more of Mark's thoughts, just reply to this email and I'll set up a call.

Kind regards,
Resourcing Team
Aldermoor Bank plc`, 'Digital Learning Producer – your application'),

  other(`Dear Sophie,

Thank you for your email.

As requested, we have withdrawn your application for Learning Consultant, Colleague Academy (Req. AB-31190). You will not receive any further emails about this vacancy.

If you change your mind in the future, you are welcome to apply for any of our roles through the Aldermoor careers site.

Kind regards,
Resourcing Team
Aldermoor Bank plc`, 'Withdrawal of your application – Learning Consultant'),

  rej('application', ['location'], { ...fb },
    `Kia ora Sophie,

Thanks for your application for the Learning Designer role at Ako Digital.

Unfortunately, this role is only open to people who already hold the right to live and work in New Zealand, and we're not able to support a work visa for it. Because of that, we won't be progressing your application.

Ngā mihi,
Hana
People & Culture, Ako Digital · Te Whanganui-a-Tara Wellington`, 'Your application – Ako Digital'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Sophie,

Thank you for taking the Brainwave Tutors subject knowledge assessment for Mathematics (GCSE/A-level).

You scored 74%. The pass mark for tutors on our platform is 85%, so unfortunately we are unable to approve your tutor profile at this time. Your lowest section was Further Mathematics: Complex Numbers.

Please note that applicants who do not pass the assessment cannot resit it or reapply for a period of 12 months.

Brainwave Tutors Tutor Onboarding Team
This mailbox is not monitored.`, 'Your Brainwave Tutors assessment result'),

  other(`Dear Sophie,

Your DBS certificate has been issued

We're writing to let you know that your Enhanced DBS check, requested by Northgate University, has been completed and a certificate has been sent to your home address.

Unfortunately, we are unable to share the content of your certificate with the employer. Please show your certificate to Northgate University HR Services when it arrives.

Application reference: E0000-47X
Disclosure and Barring Service (umbrella body: Staffcheck Plus)`, 'Your DBS application has been completed'),

  other(`Hi Sophie,

Thank you for your patience! We know it's been a while since you met the team for the Learning Designer role.

We're still talking to a couple of people, and we expect to make a decision by 25 July. You'll hear from us either way.

Speak soon,
Chloe
Pebblecraft Kids`, 'Pebblecraft – quick update'),

  other(`Hi Sophie,

We'd love your feedback on your recent experience applying to Yorkshire Mutual Building Society.

This short survey has 6 questions and takes around 3 minutes. Your answers are anonymous and will not affect any current or future application.

[ Take the survey ]

Thank you,
Talent Acquisition, Yorkshire Mutual

If you do not wish to receive surveys from us, click here.`, 'Your experience applying to Yorkshire Mutual'),

  rej('final', ['internal_candidate'], { ...offered },
    `Dear Sophie,

Thank you for attending the final interview for the post of Curriculum Technologist at Saltaire Skills College, and for your patience during what has been a long process.

After much discussion, the panel has decided to appoint a member of our existing staff who has been covering the post on an interim basis since January. I do appreciate that this will be disappointing, especially having reached the final stage.

If you would like feedback on your interview, please contact me and I will arrange this with the chair of the panel.

Yours sincerely,

Andrew Kaur
HR Manager
Saltaire Skills College`, 'Curriculum Technologist – interview outcome'),

  rej('application', ['role_closed', 'skills_gap'], { ...fb },
    `Hi Sophie,

Kofi from Sumtree again. I said I'd be in touch about the Instructional Designer (Maths) role once Amelia, our new Head of Learning, had started.

She's now looked at the team, and she's decided to replace the role with a Senior Instructional Designer post, which will lead our maths and science content and manage two freelancers. It needs at least five years of instructional design experience in a professional setting, so we're afraid we won't be taking your application forward, and the original role is now closed.

I'm sorry it has taken so long to give you an answer. Thank you for your patience.

Kofi
People Lead, Sumtree`, 'Sumtree – Instructional Designer (Maths)'),

  other(`Hi Sophie,

Congrats on the new role at Northgate — saw the update on your profile!

I work with a lot of learning technologists in universities across the North, and I know fixed-term contracts can come round faster than you think. No pressure at all, but if you ever want a chat about what's out there when your contract is nearer its end, I'd be happy to help.

Best,
Siobhan Kerr
Director, Kerr Education Recruitment`, 'Congratulations on your new role'),

  other(`Haverstock Education — Careers Update, July

Thank you to everyone who applied for our recent roles. The following positions are now closed and we are no longer accepting applications:
• Digital Editor, Primary Maths
• Assessment Content Developer, GCSE Science

We know a "closed" notice can be frustrating if you were hoping to apply. New roles are added every month, so it's worth keeping your alerts switched on.

Open now
• Learning Experience Designer, Haverstock Online — York or remote (UK) — closes 15 August

You're receiving this because you joined the Haverstock Talent Community. Update preferences · Leave the community`, 'Haverstock Careers Update – July'),

  rej('interview', ['position_filled'], {},
    `Dear Sophie

Digital Learning Lead (Band 6) – Job Reference 321-COR-2510

Further to our earlier letter, the Executive Vacancy Control Panel has now approved the appointment to this post.

Following the interviews, the post has been offered to another candidate, who has accepted. We are therefore sorry to inform you that on this occasion your application has been unsuccessful.

Thank you for your interest in working for Meridian Health NHS Trust, and for your patience while the approval was sought.

Kind regards

Recruitment Services
Meridian Health NHS Trust

Please do not reply to this email. This is an automated message sent from Trac.`, 'Job Ref 321-COR-2510 – interview outcome'),

  other(`Dear Sophie,

We have received your request to delete your personal data from the Skillwave candidate database.

Your profile, CV and recorded video responses will be permanently deleted within 30 days. Once this has been done, we will not be able to restore your application history, and you would need to create a new profile to apply for roles with us in the future.

If you did not make this request, please contact privacy@skillwave.example immediately.

Skillwave Privacy Team`, 'Your data deletion request'),

  rej('application', ['position_filled'], {},
    `Dear Sophie,

Thank you for applying for the Digital Learning Designer role. The position has now been filled.

Castlegate Building Society`, 'Digital Learning Designer'),

  other(`Hi Sophie,

It looks like you've started a new job — congratulations! 🎉

We've switched your profile to "Not looking" and paused your 4 job alerts. Recruiters can still find your profile, but they'll see that you aren't actively looking.

Changed your mind? You can turn your alerts back on at any time from Settings.

The Jobhive team`, 'Congratulations on your new job, Sophie!'),
];
