/**
 * Development messages of the seventieth round, never sealed: start-ups and mid-size technology companies writing to
 * computer-science, data and engineering students and new graduates, in the style of 2016–2020. Small recruiting
 * teams, a "Talent team", founders, CTOs and engineering managers writing by hand, and light tracking systems (Lever,
 * Greenhouse, Workable, Jobvite, JazzHR, Breezy, AngelList, SmartRecruiters and Recruiterbox style notices). Consumer
 * apps, SaaS, fintech, ad tech, games, marketplaces, travel, robotics, security, analytics, e-commerce and developer
 * tools. Rejections at every stage (résumé review, a call with a founder or recruiter, a coding challenge, take-home
 * or HackerRank test, technical and pair-programming interviews, an onsite or final round); paused processes (funding,
 * a freeze "for now", a delayed decision); look-alikes in the same words (receipts, challenge invitations and
 * reminders, scheduling, founder outreach, an offer, a newsletter, a withdrawal confirmed).
 *
 * Labelling choices held throughout (LABELS.md and the corpus conventions): a rejection naming no call, test or
 * interview is `application`; a first call with a recruiter or founder is `screen`; a test with no later interview is
 * `assessment`; a comparison with other candidates is `profile_mismatch`; a named requirement is `skills_gap` with
 * feedback; a test result with something named is `assessment` with feedback, a bare "below the bar" is not; "keep your
 * résumé on hand", "apply again next season" and "check back as you progress" open the door, while "stay in touch",
 * "follow our blog" and "best of luck" do not. For development only: the rules may be checked against it and the
 * model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d70-');

export const HANDWRITTEN_DEV_70: readonly CorpusLine[] = [
  // ── Résumé review: application stage
  rej('application', ['generic'], { ...door },
    `Hi Priya,

Thanks for applying to the Software Engineering Intern (Summer 2019) role at Loopwise. We read every application ourselves, and after looking over yours the team has decided not to move forward at this time.

We really appreciate you taking the time to apply. We'll keep your details in our system and give you a shout if a future intern opening looks like a match.

Cheers,
Dana
Talent @ Loopwise`, 'Your application to Loopwise'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hey Marcus,

Thanks so much for your interest in Ferntab! We've had a look through your résumé and, honestly, it isn't a strong match with what we need for this particular backend role right now.

That said, we're growing fast and we'll keep your résumé on hand should we see a good fit down the line.

All the best,
The Ferntab Talent team 🌱`, 'Thanks for your interest in Ferntab'),

  rej('application', ['position_filled'], {},
    `Hello Adaeze,

Quick note to let you know that we have filled the Junior Data Analyst position you applied for. Thank you for thinking of Kobopay, and good luck with your final year.

Regards,
Tunde Bakare
People Operations, Kobopay Ltd
Lagos | Nairobi`, 'Update on your application at Kobopay'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Rahul,

Thank you for your application for the Graduate Full-Stack Developer role at Tripnest.

We received a very large number of applications. After careful consideration, we have decided to pursue candidates whose experience more closely aligns with the needs of the team at this point.

Your profile has been added to our talent pool, and we may reach out to you regarding upcoming openings that suit your skill set.

Kind regards,
Recruitment Team
Tripnest Travel Technologies Pvt. Ltd.

This email was sent via Workable. Please do not reply directly to this message.`, 'Graduate Full-Stack Developer - Tripnest'),

  rej('application', ['role_closed'], {},
    `Hi Sophie,

We wanted to let you know that we are no longer interviewing for the Mobile Engineering Intern role. The team's plans for the summer changed and we've decided not to bring on an intern this year, so we won't be taking your application further.

Sorry for the news, and thank you for applying.

Jen
Bramble Health`, 'Bramble Health - Mobile Engineering Intern'),

  rej('application', ['generic'], {},
    `Hi Tomás, thanks for applying to Quillstack. We're going to pass on your application for now. Best of luck! – Eli`, 'Re: Quillstack application'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Wei Jie,

Thank you for applying for the Embedded Software Intern position at Kestrel Robotics.

This internship needs someone already comfortable writing C++ for microcontrollers and working with a real-time OS, and from your résumé your projects are mostly in Python and web development. For that reason we won't be progressing your application.

If you pick up some embedded work in the next year, we would be glad to see you apply again.

Best regards,
Hui Min Tan
Talent Acquisition, Kestrel Robotics Pte Ltd
Singapore`, 'Your application to Kestrel Robotics'),

  rej('application', ['generic'], {},
    `<p>Dear Candidate,</p>
<p>Thank you for your interest in the <b>Data Science Intern</b> position at <b>Adlytic</b>. After reviewing your application, we regret to inform you that we will not be proceeding further.</p>
<p>We wish you all the best in your job search.</p>
<p>Adlytic Hiring Team</p>
<p style="font-size:10px;color:#888">Powered by JazzHR. You are receiving this email because you applied for a position at Adlytic Inc.</p>`, 'Thanks for your interest in Adlytic'),

  rej('application', ['location'], { ...fb },
    `Hi Oluwaseun,

Thanks for applying to the QA Automation Intern role at Nestly. Unfortunately, we're unable to sponsor work visas for internships, and your application mentions you would need sponsorship to work in Canada. Because of that we can't move forward with you for this position.

We're sorry it's not better news.

Michelle
Nestly Inc. · Toronto, ON`, 'Nestly - QA Automation Intern'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Aoife,

Thank you for putting yourself forward for the Product Engineer role at Stackmoor. We had a careful read of your CV, and at this stage we're looking for someone with a somewhat different background, so we won't be taking things further.

Please do check back with us as you progress in your career - we'd genuinely like to hear from you again.

Best,
Ciarán
Co-founder, Stackmoor
Dublin 2`, 'Your application to Stackmoor'),

  rej('application', ['generic'], { ...door },
    `Hello Karthik,

Greetings from Zestcart!

Thank you for showing interest in the role of SDE Intern. We regret to inform you that your profile has not been shortlisted for the next round of the process.

Your profile will be considered for other suitable openings in future. We wish you good luck for your future endeavours.

Thanks & Regards,
HR Team
Zestcart Commerce Pvt Ltd, Bengaluru`, 'Zestcart | SDE Intern | Application Status'),

  rej('application', ['generic'], { ...door },
    `Hey Jordan!

Thanks for applying to be a Game Programming Intern at Pixel Harbor 🎮 We got way more applications than we expected this year, and we weren't able to find a spot for you on this round.

We'd love to hear from you again next season - our summer roles usually go up in January.

Take care,
Rosa & the Pixel Harbor crew`, 'Pixel Harbor - Game Programming Intern'),

  rej('application', ['position_filled', 'profile_mismatch'], {},
    `Hi Liam,

I'm writing to update you on the Junior DevOps Engineer opening. We've made a hire for this role, someone whose background lined up more closely with the on-call and infrastructure side of the job, and so we're closing out the remaining applications, including yours.

Thanks for taking the time to apply to Cloudhaus.

Regards,
Nadia Pillai
Recruiting Coordinator, Cloudhaus`, 'Update on your application at Cloudhaus'),

  rej('application', ['profile_mismatch'], {},
    `Hi Chloe,

Thanks for your interest in Verdant Analytics. We've reviewed your application for the Analytics Engineer (New Grad) role, and we've decided that other candidates were a closer fit for what the team needs right now.

We're grateful you considered us.

The Verdant Analytics Recruiting Team`, 'Your application to Verdant Analytics'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Arjun,

Thank you for applying to the Machine Learning Research Intern position at Inferal.

For this particular internship we are only considering students currently enrolled in a PhD programme, as the project involves independent research towards a publication. As you are completing a bachelor's degree, we won't be able to consider your application this time.

Kind regards,
Dr. Helen Marsh
Head of Research, Inferal Ltd (London)`, 'Inferal - ML Research Intern'),

  rej('application', ['generic'], { ...door },
    `Hi Nia,

Thanks for applying to Marketloop. It was a tough call with so many strong applicants, and we won't be moving you forward for the Software Engineer Intern role.

Do throw your hat in the ring again next summer, though.

Best of luck this recruiting season,
Marketloop Talent`),

  rej('application', ['generic'], {},
    `Hi Daniel — I'm the CTO at Sproutly, and I personally go through the intern applications. Yours didn't make it to the next round this time. Sorry! Thanks for applying, genuinely.

— Mo`, 'Sproutly internship'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Thandiwe,

Thank you for applying for the Graduate Software Developer position at Ledgerline.

We have reviewed your application and unfortunately your qualifications are not a strong match for this role at present. We will, however, retain your CV on our database and may contact you should a more suitable position become available.

Kind regards,
Ledgerline Talent Acquisition
Cape Town | Johannesburg

Ledgerline (Pty) Ltd is an equal opportunity employer.`, 'Your application to Ledgerline'),

  rej('application', ['generic'], { ...door },
    `Hi Ethan,

Thank you for your application to the Software Engineer, New Grad role at Brightwire.

We've given it a careful look and decided not to move forward. We know this isn't the news you hoped for. New grad roles for the following year open each August, and we'd encourage you to put in an application again then.

All the best,
Brightwire Recruiting

--
You received this message because you applied for a job at Brightwire via Lever.`, 'Brightwire - Software Engineer, New Grad'),

  rej('application', ['role_closed'], {},
    `Hi Grace,

Thanks for your application for the Security Engineering Intern role. We've had to put all hiring on hold for the rest of the year, so we are closing this opening and won't be progressing any applications, including yours.

Sorry we couldn't bring better news.

Best,
Felix Wong
Engineering Manager, Shieldpoint`, 'Shieldpoint - Security Engineering Intern'),

  rej('application', ['generic'], { ...door },
    `Dear Mehdi,

Thank you very much for your interest in joining Opalstream as a Backend Engineering Intern. We regret to tell you that we cannot offer you a position in this selection.

We would be happy if you apply again in the future for other opportunities with us.

With kind regards,
Anneke
Opalstream GmbH, Berlin`, 'Your application at Opalstream'),

  rej('application', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Hi Kevin,

Appreciate you applying to Gridpoint. We need someone who's already shipped production code in Vue for this position, which isn't on your résumé, and we've had applicants who have, so we're going to pass.

Thanks,
Sam

On Mon, 9 Sep 2019 at 21:14, Kevin Doyle <kdoyle.cs@example.edu> wrote:
> Hi Sam,
> I'm a final-year CS student at UMass and I'd love to be considered for the
> Frontend Developer role I saw on AngelList. I've attached my résumé and a link
> to my portfolio. Thanks for your time!
> Kevin`, 'RE: Frontend Developer - Gridpoint'),

  rej('application', ['generic'], {},
    `Hello Ananya,

Thank you for applying to Finovo. After reviewing your application for the Data Engineering Intern role, we have decided to move ahead with other applicants.

We wish you the very best.

Regards,
Talent Team, Finovo
Mumbai

Please do not reply to this email. This mailbox is not monitored.`, 'Finovo - Your application status'),

  rej('application', ['position_filled'], { ...door },
    `Hi Josh,

Thanks for applying to the iOS Developer Intern role at Waveform! We've just finished hiring for this position, so it's now closed.

We'll hang onto your résumé, and if something similar comes up we'll reach out.

Cheers,
Mia from Waveform 🎧`, 'Waveform - iOS Developer Intern'),

  rej('application', ['location'], { ...fb },
    `Hi Hannah,

Thank you for applying to the Data Analyst Intern position at Cartwheel.

We're specifically looking for interns who graduate in 2020 or later, so that they can return to school after the summer. Since your application shows you graduated in December 2018, we aren't able to consider you for this internship.

Best regards,
Cartwheel Recruiting`, 'Your application to Cartwheel'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your interest in Vantari Systems. Your application for the position of Software Engineer I (Req #2019-0412) has been reviewed and you have not been selected to continue in the process.

You can view your candidate profile at any time on our careers site.

Vantari Systems Talent Acquisition
Vantari Systems is an Equal Opportunity Employer. This message was sent from an unmonitored account.`, 'Vantari Systems - Application Update'),

  rej('application', ['profile_mismatch'], {},
    `Hi Ifeoma,

Thanks for the application to the Product Design Intern position. Lovely portfolio. We've thought about it and it's not quite the match for what this role needs, so we're going to pass this time.

Good luck out there,
Kemi
Design Lead, Paystem`, 'Paystem - Product Design Intern'),

  rej('application', ['generic'], {},
    `Hey Ben,

We've gone through the applications for our Summer 2018 engineering interns and we're sorry to say we won't be extending you an interview.

Really appreciate you taking an interest in Tabletop.

Tabletop Recruiting`, 'Tabletop Summer 2018 Internship'),

  rej('application', ['location'], { ...fb },
    `Hi Ryan,

Thank you for applying to the Hardware Test Intern role at Drift Dynamics. This internship is entirely onsite at our lab in Pittsburgh and we're not able to offer remote arrangements or relocation support, and in your application you said you need to stay in Austin for the summer. So we won't be able to move forward.

Best,
Cassie
Drift Dynamics`, 'Drift Dynamics - Hardware Test Intern'),

  rej('application', ['generic'], { ...door },
    `Hi Lucía,

Thank you for applying to Mapleform! Unfortunately, we won't be moving forward with your application for the Software Developer Co-op for the Winter term.

Please don't let this stop you from applying for future co-op terms — we post new roles every four months.

Kind regards,
Mapleform Talent Team
Waterloo, Ontario`, 'Mapleform Co-op Application'),
  rej('application', ['location'], { ...fb },
    `Hi Aarav,

Thank you for your interest in the Software Engineering Intern role at Hivemetrics.

This placement is open only to students enrolled at a UK university, and your application lists your university as IIT Madras, so unfortunately we won't be able to take it forward.

We hope you'll stay in touch and follow along with what we're building on our blog.

Best,
Hivemetrics Recruiting`, 'Your application to Hivemetrics'),

  rej('application', ['profile_mismatch', 'position_filled'], { ...door },
    `Hi Olivia,

Thanks for applying to Snapbook's Junior Web Developer opening. We've now offered the role to someone whose experience was closer to what we were looking for, so we're letting everyone else know that the position is no longer available. Please don't hesitate to apply for other roles on our careers page.

Thanks again,
Renee
Snapbook HR`, 'Snapbook - Junior Web Developer'),

  rej('application', ['generic'], {},
    `Dear Mr. Adeyemi,

We acknowledge receipt of your application for the post of Graduate Trainee (Software) at Paylink Africa.

Having reviewed the applications received, we regret to inform you that your application was unsuccessful on this occasion. Due to the high volume of applications, we are unable to provide individual feedback.

We thank you for your interest in Paylink Africa.

Yours faithfully,
Human Resources
Paylink Africa Limited, Victoria Island, Lagos`, 'Application for Graduate Trainee (Software)'),

  rej('application', ['generic'], {},
    `hi sara - thanks for applying to be our first engineering intern at Nookly. we're a team of 4 and can only take one person, and it's not going to be you this time, sorry! appreciate you reaching out.

sent from my phone

> On Feb 2, 2018, at 10:41 PM, Sara Lindqvist wrote:
>
> Hi! I saw on Twitter that Nookly is hiring an intern. I'm a sophomore studying
> CS at Northeastern and I've been using the app all semester. Would love to help.
> Resume attached :)`, 'Re: Nookly intern'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Connor,

Thank you for applying for the Data Scientist (Graduate) role at Bookwise.

Having looked at your application, we feel your experience so far points in a different direction from what this role calls for, so we won't be moving forward. We'd still like to keep your details in our talent network and get in touch if an engineering opening comes up that suits you better.

Best wishes,
Bookwise Talent
Manchester`, 'Your application to Bookwise'),

  rej('application', ['generic'], { ...door },
    `Hello Min-jun,

Thank you for your interest in joining Glimmer Games. We've completed our review and decided not to move your application for Client Engineer Intern to the next step. Your profile will remain in our candidate database, and a recruiter may contact you if a role opens that matches it.

Warm regards,
Glimmer Games Talent Team

This message was sent through SmartRecruiters on behalf of Glimmer Games. Privacy notice: glimmergames.example/privacy`, 'Glimmer Games - Client Engineer Intern'),

  rej('application', ['role_closed'], { ...door },
    `Hi Zainab,

I'm sorry to be writing with this. We've decided to cancel our 2020 summer internship programme because of the uncertainty of the last few weeks, which means we won't be moving forward with any intern applications, including yours for Platform Engineering Intern.

We hope to run the programme again next year and would love for you to reapply then.

Take care and stay safe,
Aisha Rahman
Head of People, Fernbank`, 'Update on the Fernbank internship programme'),

  rej('application', ['generic'], { ...door },
    `Hi Matt,

Thanks for your patience while we reviewed applications for the Technical Support Engineer (New Grad) role. We've decided not to proceed with your application. Feel free to keep an eye on our jobs page and apply for anything else that catches your eye.

Regards,
Tallyhub`),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Shreya,

Thanks a lot for the interest you showed in Craftly and for your application as Frontend Intern.

We have looked at many profiles and in the end we decided for candidates that fit better to our current needs. This was not an easy decision for us. We would be happy to receive your application again for one of our future openings.

We wish you success for your studies and your career.

Best regards,
Jana Novak
Craftly s.r.o., Prague`, 'Your application at Craftly'),

  rej('application', ['generic'], {},
    `Hi Tyler,

Thank you for applying to Outpost. We've reviewed your résumé for the Software Engineer Intern role and we're not able to offer you an interview at this time. We're not able to share individual feedback on résumé reviews, but we appreciate you thinking of us.

Best,
Outpost Talent`, 'Your application to Outpost'),

  rej('application', ['generic'], { ...offered },
    `Hi Emeka,

Thank you for applying to the Backend Developer Intern role at Farmlink. I've gone through your application and I'm afraid we won't be taking it further this time round.

If it would help, I'm happy to share a few notes on your CV — just reply to this email.

All the best,
Chidi Okonkwo
CTO, Farmlink`, 'Farmlink - Backend Developer Intern'),

  rej('application', ['culture_fit'], {},
    `Hi Ava,

Thanks for applying to join us at Hatchet Labs. We put a lot of weight on how people will work alongside our small, fully async team, and based on your application we don't think this is the right environment for you at the moment. We won't be moving forward.

Best of luck,
Hatchet Labs`, 'Your application to Hatchet Labs'),

  rej('application', ['generic'], {},
    `Hi Ishaan,

Thank you so much for applying to Runbook. Unfortunately we're not moving forward with your application for Developer Advocate Intern.

We really appreciate your professionalism throughout and your obvious enthusiasm for developer tools. We wish you luck in your search!

Warmly,
Kate
Runbook`, 'Runbook - Developer Advocate Intern'),

  rej('application', ['profile_mismatch'], {},
    `Dear Lerato,

Thank you for your application for the Junior Software Engineer post.

After reviewing your CV against the requirements of the role, we regret that you have not been shortlisted. We have progressed applicants whose profiles matched the position more closely.

Regards,
Talent Team, Mzansi Mobile`, 'Junior Software Engineer - Mzansi Mobile'),

  rej('application', ['generic'], { ...door },
    `Hey Will,

Thanks for applying to Parcelbird! We've decided not to move forward with your application for the Engineering Intern role. We'd be really glad to see your name again the next time we open intern roles — we hire every fall.

Cheers,
The Parcelbird Team 📦`, 'Thanks for your interest in Parcelbird'),

  rej('application', ['position_filled'], {},
    `Hello Rohan,

The Software Developer Trainee position at Quantafin has now been filled, so we're closing the remaining applications. Thanks for your interest and good luck.

Quantafin Careers`, 'Quantafin - Position filled'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Jessica,

Thank you for applying to Listwell. We've looked over your application for the Full Stack Engineer, Early Career role, and it's not quite the fit for what we need right now. We'd be glad to see you apply again once you have a bit more experience under your belt.

Thanks again, and best of luck with your search.

Listwell Recruiting Team`, 'Your application to Listwell'),

  rej('application', ['generic'], {},
    `Dear Siddharth,

Thank you for applying. We regret to inform you that you have not been selected for the Data Analyst Intern role at Urbanpark.

Regards,
Urbanpark`),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Niamh,

Thanks for getting in touch about the Junior Rails Developer role. We're a small team and need whoever joins to hit the ground running, so we're after someone with at least a year of commercial Ruby on Rails experience. From your CV you haven't worked with Rails yet, so we're going to pass this time.

Best of luck with the job hunt,
Declan
Lead Developer, Gathr

-----Original Message-----
From: Niamh Gallagher
Sent: 14 October 2018 09:02
To: jobs@gathr.example
Subject: Junior Rails Developer

Dear Hiring Manager,
Please find attached my CV for the Junior Rails Developer position advertised on Jobs.ie. I graduated from DCU in June with a 2:1 in Computer Applications.
Kind regards,
Niamh`, 'RE: Junior Rails Developer'),

  rej('application', ['generic'], { ...offered },
    `Hi Yusuf,

Thanks for applying for the Software Engineering Intern position at Bloomcart. After reviewing your application, we've decided not to move forward to interviews.

If you'd like any feedback on your application, feel free to reply and ask — I'll do my best to get back to you.

Best,
Hana
Recruiting, Bloomcart`, 'Bloomcart application update'),
  // ── A first call with a recruiter or founder: screen
  rej('screen', ['generic'], { ...door },
    `Hi Ahmed,

Thanks again for our chat last week about the Software Engineering Intern role. I really enjoyed hearing about your robotics club project.

After talking it over with the team, we've decided not to move forward with your candidacy. I know that's disappointing. I've made a note to contact you when our next batch of intern roles opens in the autumn, if you'd like to be considered.

Best,
Lauren Price
Recruiter, Tidewater`, 'Update on your application at Tidewater'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hey Priyanka,

It was great speaking with you on the phone on Monday. I passed my notes to the engineering team and, while they liked your background, they feel other candidates were closer to what they need for this role.

I'll keep your résumé on hand, and if a role opens that looks like a better fit I'll reach out directly.

Thanks,
Greg
Talent Partner, Nimbl`, 'Nimbl - Data Engineer (New Grad)'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Lucas,

Thanks for the time on the call yesterday. As I mentioned, the team works almost entirely in Go and Kubernetes, and from our conversation it sounded like you haven't had the chance to use either yet. For an intern we really need someone who can start contributing to the infra code in the first few weeks, so I'm going to close things out here.

Good luck, and thanks for being so open about your experience.

Ravi
Founder, Shipyard Cloud`, 'Shipyard Cloud - Infrastructure Intern'),

  rej('screen', ['generic'], {},
    `Dear Funmi,

Thank you for speaking with me on Thursday regarding the Product Analyst position at Tillbox. Following our conversation, we have decided not to proceed with your application.

We appreciate your enthusiasm and the professionalism you showed throughout, and we wish you all the best.

Kind regards,
Bisi Lawal
Talent Acquisition, Tillbox`, 'Tillbox - Product Analyst'),

  rej('screen', ['location'], { ...fb },
    `Hi Anh,

Thanks for jumping on a call with me. I checked with our legal team after we spoke, and unfortunately because you'd be on a student visa that doesn't allow work outside your university for this period, we're not able to take you on as an intern in Australia right now. We'll have to stop the process here.

Sorry about that — I know you were keen.

Cheers,
Brooke
People & Culture, Kangaroo Labs
Melbourne`, 'RE: Kangaroo Labs internship'),

  rej('screen', ['role_closed'], {},
    `Hi Patrick,

Thanks again for the intro call on the 14th. Since we spoke, we've been told the Junior Backend Engineer role has been put on ice until next year while the company re-plans its budget, so we're closing the role and I'm letting everyone in the process know.

Sorry for the bad timing.

Sinead
Talent, Orbitpay`, 'Orbitpay - Junior Backend Engineer'),

  rej('screen', ['generic'], { ...offered },
    `Hi Mariana,

Thank you for the phone conversation last Tuesday. We've decided not to move you to the next round for the Growth Engineering Intern role.

If you'd find it useful, I'm happy to jump on a quick call and share a couple of thoughts from our side. Just let me know.

Best,
Noah
Head of Talent, Hopscotch`, 'Hopscotch - Growth Engineering Intern'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hi Dylan,

Thanks for taking the time to chat with me last week. I really appreciated your honesty about the kind of team you're looking for. Having thought about it, I think you'd be happiest somewhere with more structure and mentoring than we can offer as a 6-person team that mostly works independently, so we won't be moving ahead.

Wishing you the best,
Ines
Co-founder & CEO, Mosslight`, 'Following up from our chat'),

  rej('screen', ['profile_mismatch'], {},
    `Hello Deepak,

Thank you for your time on the screening call for the Associate Software Engineer role.

After reviewing our conversation with the hiring team, we've decided to pursue other candidates whose background is a closer match for the role's requirements.

We wish you success in your search.

Regards,
Ankita Sharma
Talent Acquisition Specialist, Cresta Fintech
Pune`, 'Cresta Fintech - Associate Software Engineer'),

  rej('screen', ['generic'], {},
    `Hi Mei, thanks for the call on Friday. We're going to go in a different direction for the analytics intern role. Really appreciate you making time between classes! — Jake, Clearbase`, 'Clearbase'),

  // ── A test, take-home or coding challenge: assessment
  rej('assessment', ['assessment'], {},
    `Hi Rohit,

Thank you for completing the HackerRank assessment for the Software Engineering Intern role at Datapine.

Unfortunately, your score did not meet the threshold we've set for moving forward, so we won't be progressing your application. Given the volume of candidates, we can't share individual scores or a breakdown of results.

Best of luck in your search.

Datapine University Recruiting`, 'Datapine - Coding Assessment Results'),

  rej('assessment', ['assessment', 'profile_mismatch'], { ...fb },
    `Hi Elena,

Thanks for sending over your take-home for the Frontend Engineer (New Grad) role. We reviewed your submission as a team.

The UI was clean and you clearly put thought into the layout, but the app didn't handle the loading and error states of the API calls, and the search filter broke with more than one word. For this role we were looking for a more complete submission, and a few other candidates came closer to that, so we've decided not to move forward.

Thanks for the effort you put in,
Owen
Engineering Manager, Rentwell`, 'Rentwell - Take-home review'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Abhishek,

Thank you for attempting the Codility test for the Backend Intern role at Swiftship.

Your solution did not pass enough of the test cases: two of the three tasks failed on the performance tests for large inputs. As a result we are unable to take your application forward.

You are welcome to reapply after six months.

Regards,
Swiftship Engineering Hiring`, 'Swiftship - Coding test result'),

  rej('assessment', ['generic'], { ...door },
    `Hi Freya,

Thanks for taking the time to complete our coding challenge. We've now reviewed all the submissions for the Software Engineering Intern position and have decided to move ahead with other candidates.

We really appreciated your enthusiasm, and we'd love you to have another go next year.

Best,
Talent team, Lumen & Co`, 'Your application to Lumen & Co'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...offered },
    `Hi Jun,

Thank you for the machine-learning assignment you submitted for the Data Science Intern position at Sightline.

We liked your exploratory analysis, but the model evaluation was done on the training data only, with no held-out set or cross-validation, and the write-up didn't explain the choice of features. The role needs someone comfortable with sound validation practice from day one, so we've decided not to go further.

If you'd like to talk through the review in more detail, reply here and I'll set up 15 minutes.

Best,
Dr. Amara Eze
Lead Data Scientist, Sightline`, 'Sightline - ML assignment'),

  rej('assessment', ['profile_mismatch'], { ...door },
    `Hi Noor,

Thanks for finishing the design exercise for our Product Design Intern role. The team looked at everyone's submissions this week, and in the end we chose candidates whose work was closer to what the role calls for.

We'd love to see your portfolio again next year when we open intern positions.

All the best,
Yara
Head of Design, Souk`, 'Souk - Design exercise'),

  rej('assessment', ['assessment'], {},
    `Hello Vikram,

We have evaluated your online coding test for the Graduate Engineer Trainee position at Payzo. We regret to inform you that you did not clear the cut-off for the next round.

Thank you for participating.

Payzo Campus Hiring Team`, 'Payzo | Online Test Result'),

  rej('assessment', ['generic'], { ...offered },
    `Hey Harry,

Thanks for the take-home you sent across — we know those take real time during term. We've reviewed it and we're not going to move forward this round.

If you want a few pointers from the reviewer, just shout and I'll pass them on.

Cheers,
Alfie
Talent, Bitfolk Games`, 'Bitfolk Games - take-home'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Gabriela,

Thank you for completing the SQL and Python challenge for the Analytics Intern role at Trovio.

Your SQL answers were all correct, but the Python section was incomplete: the data-cleaning function was left unfinished and the final question wasn't attempted. Because both parts are weighted equally, we won't be able to move forward this time.

We encourage you to apply again for our summer 2021 cohort.

Kind regards,
Trovio Recruitment`, 'Trovio - Analytics challenge'),

  rej('assessment', ['profile_mismatch'], {},
    `Hi Sean,

Thanks for your patience while we looked at the coding challenge submissions. We had a lot of strong entries and we've decided to move forward with candidates whose submissions were a closer match to what the team is looking for.

Thanks for your time and interest in Gatekeep.

Mara
Gatekeep Security`, 'Update on your application at Gatekeep'),

  rej('assessment', ['generic'], {},
    `Dear Oreoluwa,

Thank you for completing the assessment stage of our recruitment process for Software Engineering Graduate.

We have now reviewed all results and, on this occasion, we will not be progressing your application. We are unable to provide feedback on individual assessment results.

Regards,
Recruitment Team, Quanta Pay

Do not reply to this message.`, 'Quanta Pay - Application update'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Tom,

Thanks for doing the pair of exercises we sent over for the Junior Security Analyst role. You got the first CTF challenge quickly, but the report on the second (the log analysis) missed the lateral movement between the two hosts, which was the core of the task. We're looking for that kind of investigative thoroughness, so we're not going to progress.

Appreciate the effort,
Petra
Security Lead, Ironvale`, 'Ironvale - exercise results'),
  // ── Technical interviews, pair programming, the hiring manager: interview
  rej('interview', ['generic'], { ...door },
    `Hi Amir,

Thank you for the time you spent with us on Tuesday. The team enjoyed meeting you.

We've had a chance to discuss and, unfortunately, we won't be moving forward with an offer for the Software Engineer Intern role. It was a competitive process and this was not an easy decision.

We appreciate your professionalism and your enthusiasm. We'll let you know when new grad roles open this fall — we'd genuinely like you to be part of that process.

Warm regards,
Claire
Recruiting, Helix Commerce`, 'Update on your application at Helix Commerce'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Kofi,

Thanks for your conversations with the engineering team last week. Everyone enjoyed talking with you.

The feedback was consistent: your problem-solving was good, but the role requires solid experience with React and TypeScript, and in the technical interview you hadn't worked with either beyond a tutorial. We've decided not to move forward for now.

Once you've built something more substantial with that stack, please do apply again — we'd be glad to hear from you.

Best,
Lindiwe
Talent Partner, Swapmarket`, 'Swapmarket - Frontend Engineer (New Grad)'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Sofia,

Thank you for the video interview with our hiring manager, Paul. We really appreciated you taking the time.

After careful consideration, we have decided to move ahead with a candidate whose experience more closely matches the needs of the team. Unfortunately, we aren't able to give individual feedback after interviews.

Kind regards,
Trailmix Talent Acquisition`, 'Trailmix - Software Engineer I'),

  rej('interview', ['assessment'], { ...fb },
    `Hi Chen,

Thank you for pairing with Lars and Mira on Friday. They enjoyed working with you.

In the pair-programming session we were hoping to see you break the problem into smaller, testable pieces; you got a working solution but didn't write any tests and struggled to refactor when the requirements changed halfway through. That's a big part of how we work day-to-day, so we're not going to move ahead with you for the Backend Engineer role.

Thanks again,
Emil
Engineering Manager, Tessel`, 'Tessel - Backend Engineer'),

  rej('interview', ['generic'], { ...door },
    `Dear Adwoa,

Thanks so much for interviewing with us for the Data Analyst Intern role. We won't be extending an offer this time, but we were impressed by how thoughtfully you approached the case questions.

We'd really like to stay in contact and will keep your résumé in mind for future openings on the team.

All the best,
Grant
Analytics Lead, Flytrap`, 'Flytrap - Data Analyst Intern'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Ruairí,

Thanks for coming in to meet the team on Wednesday. We've decided to go with someone who was a slightly closer match for the role.

I know it's hard to hear after interviews, so if you'd like a few notes on how it went, I'm happy to share them — just hit reply.

Best,
Orla
Talent Lead, Clovr`, 'Clovr - Software Engineer Graduate'),

  rej('interview', ['generic'], {},
    `Dear Harshita,

Thank you for attending the technical interview for the position of Software Developer Intern at Innoware Technologies. We regret to inform you that you have not been selected. As per company policy, interview feedback is not shared with candidates.

We wish you the best in your career.

Regards,
HR Department
Innoware Technologies Pvt. Ltd., Hyderabad`, 'Result of Technical Interview - Innoware'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Hi Alex,

Thanks for the interviews with Jenna and me last Thursday. We really enjoyed meeting you.

We've decided not to move forward. The role needs more hands-on experience with distributed systems than you've had so far, which came through in the system design interview, and we ended up going with candidates who'd already worked on services at scale.

I hope this is useful, and thanks again for your time.

Marcus Lee
Engineering Manager, Pipewise`, 'Pipewise - follow up'),

  rej('interview', ['generic'], {},
    `Hi Layla, thanks again for the video call on Monday with me and Sam. We've decided not to move forward with your application. Wishing you all the best with your final exams! — Tariq, Bazaarly`),

  rej('interview', ['role_closed'], {},
    `Hi Jack,

Thank you for interviewing with us for the Machine Learning Engineer (New Grad) role. Since your interviews, the company has frozen hiring for the rest of the year, and this position has been withdrawn. I'm really sorry — this has nothing to do with how you did.

Best,
Rachel
Recruiting, Nuvo Health`, 'Nuvo Health - ML Engineer (New Grad)'),

  rej('interview', ['generic'], {},
    `Hey Isabella,

I wanted to personally thank you for the time you spent with our team. We've decided not to extend an offer for the Developer Tools Intern role. We think you've got a great future ahead of you and we appreciated your enthusiasm for what we're building 🚀

Best,
Kai
Engineering Manager, Terminalz`, 'Terminalz - Developer Tools Intern'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Ngozi,

Thank you for interviewing for the Product Engineer role at Kudipal. The hiring manager enjoyed your conversation, but at the end we chose another candidate who better matched the role's requirements.

We would like to keep your details for future roles and will contact you if something suitable comes up.

Regards,
Adaora Nwosu
Talent Acquisition, Kudipal`, 'Kudipal - Product Engineer'),

  // ── An onsite, a final round, the last candidates: final
  rej('final', ['profile_mismatch', 'position_filled'], { ...door },
    `Hi Gabriel,

Thank you for coming to our San Francisco office for the onsite last week. It was a real pleasure to have you.

You were one of the last candidates for the Software Engineer, New Grad role, and it was a very close call. In the end we went with another candidate whose experience more closely aligned with the team's current work, and they've accepted our offer.

We'll be reaching out to you first when the next new grad cohort opens. Thanks for everything you put into the process.

Best,
Hailey
Recruiting, Cobalt Robotics`, 'Cobalt Robotics - Onsite follow up'),

  rej('final', ['generic'], { ...door },
    `Hi Amelia,

Thank you for joining us for the final round interviews for our Graduate Engineering programme. It was fantastic to meet you.

Unfortunately, we will not be offering you a place this year. We know how much effort you put in, and we'd really encourage you to apply again in the future.

Kind regards,
Isla
Early Careers, Gatehouse`, 'Gatehouse Graduate Engineering programme'),

  rej('final', ['position_filled'], {},
    `Hi Darius,

Thank you so much for going through the final interview with our CTO. Since then we've made an offer to another finalist, which has been accepted, so the Full-Stack Developer role is now filled.

We really appreciated your professionalism throughout.

Cheers,
Vanessa
People Ops, Stayhop`, 'Stayhop - Full-Stack Developer'),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Dear Kiran,

Thanks for the onsite last Friday. The panel enjoyed your presentation and the coding rounds.

We've decided not to extend an offer for the Data Scientist role. The main concern was statistics depth: in the experimentation interview you weren't comfortable with power analysis or with explaining p-values, which the role uses daily.

I'd be happy to set up a call to go through the panel's notes in more detail if you'd like.

Best,
Joanna
Recruiting Manager, Tappr`, 'Tappr - Data Scientist'),

  rej('final', ['generic'], { ...door },
    `Hi Tendai,

Thanks for the superday with us on the 7th. I'm sorry to tell you we're not able to offer you a position this time. The final decision was incredibly close, and we would be very pleased to consider you for our next graduate intake.

Warm regards,
Natasha
Talent, Vaultline`, 'Vaultline - Final round'),

  rej('final', ['culture_fit', 'profile_mismatch'], { ...fb },
    `Hi Cameron,

Thank you for the final round with our founders and the engineering team on Wednesday.

We've decided not to go ahead. The team felt that your preference for working to clear specs didn't fit how we operate, where engineers own problems end to end with very little direction, and another finalist's background was a closer fit for that.

Thank you for the time and the thought you put in.

Best,
Leah
Co-founder, Tenfold`, 'Tenfold - final round'),

  // ── Paused processes
  hold('application', ['role_closed'], {},
    `Hi Anika,

Thanks for applying to the Software Engineering Intern role at Grovefield. I wanted to give you a quick update: we're in the middle of closing our next funding round, and until that's done we've paused the intern programme. Your application is still open and we haven't made any decisions.

We expect to know more in about four weeks and will be in touch then.

Thanks for your patience,
Ellie
Grovefield`, 'Update on your application at Grovefield'),

  hold('interview', ['role_closed'], {},
    `Hi Jonah,

Thank you for your interviews with us for the Junior Backend Engineer position. We've had to put a hiring freeze in place for now, so we can't make any decisions on the role at the moment. Your application will stay open, and we'll reach back out as soon as we can restart the process.

Sorry for the wait,
Patrick
Engineering Manager, Boltcart`, 'Boltcart - Junior Backend Engineer'),

  hold('screen', ['generic'], {},
    `Hi Simran,

Thanks again for our phone chat. I wanted to let you know that the decision on the Data Analyst role is going to take a few more weeks than planned, as the hiring manager is travelling. You're still very much in the process.

I'll be in touch by the end of the month.

Best,
Ria
Talent, Travelr`, 'Travelr - Data Analyst'),

  hold('assessment', ['role_closed'], {},
    `Hi Femi,

Thanks for submitting your coding challenge for the Mobile Developer Intern role. We've had to pause all intern hiring for a short while because of budget changes. Your submission is saved and we'll pick it up as soon as the programme resumes — likely in a few weeks.

Appreciate your patience,
Zara
Recruiting, Pennywise`, 'Pennywise - Mobile Developer Intern'),
  // ── Look-alikes: receipts, invitations, scheduling, outreach, offers
  other(`Hi Rebecca,

Thanks for applying to the Software Engineering Intern role at Loomwork! We've received your application and our team will review it shortly.

We read every application by hand, so it may take us a couple of weeks. We appreciate your patience, and we'll be in touch either way.

Cheers,
The Loomwork Talent team`, 'Thanks for your interest in Loomwork'),

  other(`Hi Vivek,

Thanks for applying to Nexabyte! As the next step for the Backend Engineer Intern role, we'd like to invite you to complete a short coding challenge on HackerRank.

It has three questions and a 90-minute time limit. Please complete it within 5 days of receiving this email.

Link: https://www.hackerrank.com/tests/abc123/login

Good luck!
Nexabyte University Recruiting`, 'Nexabyte - Coding Challenge Invitation'),

  other(`Hi Sarah,

Just a friendly reminder that your Codility test for the Junior Developer position at Tradewind expires in 48 hours. Unfortunately we're not able to extend the deadline, so please make sure to complete it before then.

If you've already finished, please ignore this message.

Tradewind Recruiting`, 'Reminder: Tradewind coding test'),

  other(`Hi Tobi,

Thanks for your time on the phone yesterday! As promised, here are the instructions for the take-home project.

Build a small REST API (any language) that lets a user create, list and complete to-do items. Include tests and a short README explaining your design choices. Please don't spend more than 4 hours on it.

Send it back within a week as a GitHub link. Any questions, just reply here.

Best,
Jade
Engineering, Sprocket`, 'Sprocket - Take-home project'),

  other(`Hi Mohammed,

Great news — the team would like to move you forward to a technical interview for the Software Engineer Intern role at Quayside!

Could you let me know your availability next week? We'll need about an hour, over Zoom.

Thanks,
Lily
Recruiting Coordinator, Quayside`, 'Quayside - Interview scheduling'),

  other(`Hey Anna,

I came across your GitHub while looking at contributors to a few open-source React libraries, and I really liked your work on the date picker component. I'm the co-founder of Pollinate, a 10-person start-up building tools for farmers' markets.

We'd love to chat about our summer internship if you're interested. No pressure at all!

Cheers,
Ollie
Co-founder & CTO, Pollinate`, "We'd love to chat"),

  other(`Dear Hamza,

We are delighted to offer you the position of Software Engineering Intern at Blueprint Labs for Summer 2019!

Your start date will be June 3, 2019 and the internship will run for 12 weeks. Your hourly rate will be $38. Please find your offer letter attached, and sign it through DocuSign by April 12.

We're so excited to have you on the team!

Best,
Megan
Head of People, Blueprint Labs`, 'Your offer from Blueprint Labs'),

  other(`Hi Claire,

Thank you for your patience. We're still reviewing applications for the Product Analyst role and haven't made any decisions yet. Unfortunately it's taking a bit longer than we'd hoped because of the number of applications.

We expect to get back to everyone within the next two weeks.

Kind regards,
Edwin
Talent, Routemaster`, 'Update on your application at Routemaster'),

  other(`Hi Ravi,

Thanks so much for referring your classmate Meera to our Data Engineering Intern role! We've received her application and will be in touch with her directly.

We really appreciate you thinking of us.

Best,
Grace
Talent team, Stackbloom`, 'Thanks for your referral'),

  other(`Hi there,

Welcome to the Beacon Bytes newsletter! 🎉 This month: our engineering team shares how we cut our build times in half, meet our summer interns, and a look at the new roles we've just opened.

Unfortunately, some of our popular roles fill up quickly — so if you see something you like, don't wait!

You're receiving this because you joined our talent community. Unsubscribe at any time.

The Beacon team`, 'Beacon Bytes - March 2019'),

  other(`Hello,

The Machine Learning Intern role at Synthetiq is no longer accepting new applications. Thank you for your interest.

If you have already applied, your application is still being reviewed and we will be in touch.

Synthetiq Careers`, 'Synthetiq Careers'),

  other(`Hi Mariam,

Thanks for letting us know that you've decided to withdraw from the process for the Software Developer Intern role. We completely understand and congratulations on your other offer!

We've closed your application. If things change in the future, we'd be glad to hear from you.

All the best,
Hugo
Recruiting, Flowtab

On Thu, Mar 21, 2019 at 8:05 AM Mariam Haddad wrote:
> Hi Hugo, thank you so much for your time so far. I've accepted an offer
> elsewhere, so I'd like to withdraw my application. Sorry for any trouble!`, 'RE: Withdrawing my application'),

  other(`Dear Sandeep,

Thank you for your application for the position of Associate Software Engineer at Kriti Technologies. This is to confirm that we have received it.

Our recruitment team will assess your profile. If it matches our requirements, we will contact you for the next steps. Please note that due to the high volume of applications, this may take some time.

Regards,
Talent Acquisition Team
Kriti Technologies`, 'Application Received - Associate Software Engineer'),

  other(`Hi Ellie,

Thanks for chatting with me on Monday! I'm happy to say the team would like to invite you for a final round at our office in Austin on March 12. It's about four hours: two technical interviews, lunch with the team, and a conversation with our VP of Engineering.

We'll cover travel costs. I'll send over a detailed itinerary soon.

Best,
Paige
Recruiting, Fieldnote`, 'Fieldnote - Final Round Invitation'),

  other(`Hi Kenji,

Unfortunately, I have to move our call tomorrow — something came up on my end. Could we do Thursday at 2 pm instead? Sorry for the short notice!

Thanks,
Rory
Founder, Trackd

On Tue, 3 Nov 2020 at 16:20, Kenji Watanabe wrote:
> Hi Rory, confirming our call for tomorrow at 10am. Looking forward to it!
> Kenji`, 'RE: Call tomorrow'),

  other(`Hey Shayla,

We'd love to have you at our intern open house next Thursday! Come meet the engineering team, learn what it's like to work at a startup, and enjoy some free pizza 🍕

RSVP here: https://pipevine.example/openhouse

Hope to see you there,
Pipevine Talent`, 'Join us at the Pipevine open house'),

  other(`Hi Abdul,

We've received your completed take-home project for the Full Stack Intern role. Thanks for the effort you put into it!

Our engineers will review it over the next week and we'll be in touch with next steps.

Best,
Olga
Talent Coordinator, Frontier Apps`, 'Frontier Apps - submission received'),

  other(`Dear Candidate,

Thank you for your interest in careers at Shoplane. We are writing to let you know that we have received your application for the role of Data Analyst Intern (Req ID 4471).

If your qualifications match our needs, a member of our recruiting team will contact you. We appreciate your patience.

Please do not reply to this email.

Shoplane is an equal opportunity employer.`, 'Shoplane - Application Confirmation'),

  other(`Hi Jasmine,

Following your interview with our team, we'd like to move forward with a reference check. Could you send us the names and contact details of two references — ideally a professor and a previous manager?

Thanks, and we hope to have an update for you soon.

Best,
Ayo
People Operations, Lendwise`, 'Lendwise - Reference request'),

  other(`Hi Finn,

I just wanted to check in — we haven't heard back from you about the Rust challenge we sent last week. No worries if you're busy with exams! The link is still active until Sunday.

Let me know if you have any questions.

Cheers,
Nora
Talent, Corebit`, 'Checking in: Corebit coding challenge'),

  other(`Hi Tanvi,

Thanks for your interest in Greenlight! We're still reviewing applications for the Software Engineering Intern role and we'll be in touch in the next couple of weeks. We really appreciate your patience.

Best,
The Greenlight team`, 'Your application to Greenlight'),

  other(`Hi Samuel,

Welcome to the team! 🎉 Please find attached your onboarding documents: the employment agreement, tax forms, and the equipment request form. Could you complete them by Friday?

Your first day is Monday, June 8. We'll send you a calendar invite for the orientation.

Looking forward to working with you!

Joy
People Ops, Crowdcraft`, 'Welcome to Crowdcraft - Onboarding paperwork'),

  other(`Hello Nikhil,

Your interview for the position of SDE Intern at Quickserve has been scheduled:

Date: 14 February 2020
Time: 11:00 AM IST
Mode: Google Meet (link below)
Interviewers: Anand Rao, Engineering Manager

Kindly join 5 minutes early. Please reply to confirm.

Regards,
HR Team, Quickserve`, 'Interview Scheduled - SDE Intern - Quickserve'),

  other(`Hi Bella,

Thank you for taking the time to interview with us! We'd love to hear about your experience with our hiring process. Could you spare 2 minutes to answer a short survey?

Your answers are anonymous and won't affect your application.

https://survey.example/cand/3391

Thanks,
Hirewell Talent Experience Team`, 'How was your interview with Hirewell?'),

  other(`Hi Kelechi,

Thank you for your application. Unfortunately, our system shows that your CV did not upload correctly. Could you please reply to this email with your CV attached as a PDF so that we can review your application?

Regards,
Recruitment Team
Brightpath Fintech`, 'Brightpath - Missing CV'),

  other(`Hi Aditi,

I'm the founder of Learnly, an edtech start-up based in Bangalore. I saw your project on mental health chatbots at the hackathon last weekend — super impressive.

We're looking for a couple of engineering interns this summer. Would you be open to a quick call this week? Happy to work around your schedule.

Thanks,
Karan
Founder, Learnly`, 'Internship at Learnly?'),

  other(`Hey Caleb,

Thanks for applying to Switchyard! We'd love to schedule a 30-minute phone call with one of our recruiters to learn more about you. Please pick a time that works for you using this link: https://calendly.com/switchyard-talent/intro

Looking forward to it!

Switchyard Talent`, "Let's chat - Switchyard"),

  other(`Dear Chiara,

We are pleased to inform you that you have been selected for the next stage of our recruitment for the Graduate Developer position: a video interview via HireVue.

You will receive a separate email with the link. Please complete it by Wednesday.

Best regards,
Talent Team
Fintastic Ltd`, 'Fintastic - Next Steps'),

  other(`Hi Leo,

Quick heads-up: we've updated the role you applied for. The Junior Data Engineer position will now be based in Toronto instead of Vancouver. If you're still interested, no action is needed. If not, just reply and we'll withdraw your application.

Thanks,
Andrea
Talent, Northlight`, 'Northlight - Role update'),

  other(`Hi Zoe,

Thanks for signing your offer! 🥳 We're thrilled you'll be joining Cometbyte as a Software Engineering Intern this summer.

Next up, you'll get an email from our background check provider. Please complete it within five business days.

See you soon,
Mila
People Team, Cometbyte`, 'Next steps - Cometbyte'),

  other(`Hi Dev,

Thanks for visiting our booth at the career fair yesterday! It was great meeting you. We've added you to our candidate list, and we'll keep you in mind as we open our new grad roles in the coming weeks.

In the meantime, you can check out our engineering blog.

Best,
Carla
University Recruiter, Stratacloud`, 'Great meeting you at the career fair!'),

  other(`Hi Maya,

Thank you for your patience during the interview process. I'm happy to let you know that we'll be sending you an offer for the Product Design Intern role later today!

Congratulations,
Eve
Talent, Luma Studio`, 'Good news from Luma Studio'),

  other(`Hi Oscar,

We're sorry, but we have to reschedule your onsite interview originally planned for Tuesday. Our office is closed due to the storm. Could you let us know if Thursday or Friday works for you?

Apologies for the inconvenience,
Hannah
Recruiting Coordinator, Bridgeway`, 'Bridgeway - Onsite rescheduling'),

  other(`Hi Amina,

This is a confirmation that you have withdrawn your application for Software Engineer Intern at Cloudnest. If this was a mistake, please contact us.

Cloudnest Careers
(This is an automated message from Greenhouse.)`, 'Application Withdrawn - Cloudnest'),

  other(`Hi Peter,

Sorry for the slow reply! I'm still waiting to hear back from the rest of the team about your interview. I'll be in touch as soon as I have an update — should be by end of this week.

Thanks for bearing with us,
Louise
Recruiter, Harbourline`, 'RE: Following up'),

  other(`Hello Ruth,

Thank you for your interest in Gridlock Games. We would like to invite you to our Hack Day for student applicants on the 22nd of November! It's a full-day event where you'll work in teams to build a small game prototype.

Unfortunately, places are limited, so please confirm your attendance by Friday.

Cheers,
The Gridlock Games Team`, 'Invitation: Gridlock Games Hack Day'),
];
