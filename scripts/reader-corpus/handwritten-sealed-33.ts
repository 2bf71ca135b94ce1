/**
 * Sealed messages of the thirty-third round. Two halves. First, rejections from technology employers in the United
 * States, Canada and Europe, 2016–2019, to students and recent graduates applying for software, data, machine-learning,
 * hardware and product internships and new-graduate roles: tracking-system letters and recruiters and engineers writing
 * by hand, every stage. Second, one inbox: a fourth-year software-engineering student in Ontario applying from August
 * to February for new-graduate roles in Canada and the United States, with receipts, invitations, scheduling, an offer,
 * his own mail, two paused processes and rejections at every stage.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s33-');

export const HANDWRITTEN_SEALED_33: readonly CorpusLine[] = [
  // ── A. Technology employers, 2016–2019
  rej('application', ['generic'], {},
    `Hi Priya,

Thank you for your interest in the 17-18 Campus - Machine Learning Intern position at Quillbyte. We received a very large number of applications this season and, after careful review, we will not be moving forward with yours.

We wish you the best in your search.

Quillbyte University Recruiting

This email was sent via Jobvite. Please do not reply to this message.`, 'Your application to Quillbyte'),

  rej('application', ['generic'], { ...door },
    `Dear Tomasz,

Thanks for applying for Software Engineering Intern - Summer 2018 (Dublin). Our team has looked at your application and we have decided not to progress it further at this time.

We'd encourage you to keep an eye on our careers page — new internship and graduate openings go up each autumn and we'd be glad to see your name again.

Kind regards,
The Harbourline Talent Team`, 'Software Engineering Intern - Summer 2018 (Dublin)'),

  rej('application', ['profile_mismatch'], {},
    `Hello Jun,

We appreciate you taking the time to apply for the Data Science Intern (Fall 2017) role at Tallyho Analytics.

After reviewing your background against what this team needs right now, we've concluded that other applicants are a closer match, so we won't be taking your application further.

Best,
Recruiting @ Tallyho
Powered by Greenhouse`, 'Tallyho Analytics - Data Science Intern (Fall 2017)'),

  rej('application', ['generic'], {},
    `thanks for applying to Pebblecart! unfortunately we're not going to move forward this time. good luck with the rest of recruiting season 🙂

— Mara, Pebblecart`, 'Pebblecart internship'),

  rej('application', ['position_filled'], { ...door },
    `Dear Applicant,

Re: Requisition 18-0412 — Hardware Validation Intern (Hillsboro, OR)

Thank you for your recent application. We are writing to let you know that this requisition has now been filled and is no longer accepting candidates. Your profile will remain in our database, and you may be contacted should a suitable opening arise.

Sincerely,
Siliconvale Corporation Staffing

Siliconvale is an Equal Opportunity Employer. This message was generated automatically by Taleo; replies are not monitored.`, 'Requisition 18-0412 status update'),

  rej('application', ['generic'], {},
    `Hi Aoife,

I'm writing about your application for our Product Management Intern position for summer 2019. I'm sorry to say we won't be able to offer you a place in this year's programme. Competition was fierce — we had over 2,400 applications for eleven spots.

All the best,
Niamh Kearney
Early Careers, Lumentide`, 'Lumentide PM Internship 2019'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Rahul,

Thank you for applying for the position of New Grad Software Engineer - Backend (2018 start) with Stackwise Technologies. We have reviewed your resume in detail. At this time, we find that your profile does not align closely enough with the requirements of the role.

We shall retain your details in our talent pool and may reach out for openings that better suit your background.

Warm regards,
HR Team, Stackwise Technologies
Bengaluru | San Jose`, 'Application status - New Grad Software Engineer'),

  rej('application', ['location'], { ...fb },
    `Hi Daniel,

Thanks for your interest in the Security Research Intern role at Ironleaf Labs. I had a look at your application — unfortunately this internship is only open to candidates who already hold work authorization in the UK, and from your form it looks like you would need a Tier 4/Tier 2 sponsorship, which we can't provide for internships this year.

Sorry it's not better news.

Ellie
Ironleaf Labs, London`, 'Ironleaf Labs internship'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for your interest in Vireo Games and for applying to Gameplay Programmer Intern (Summer 2017).

Our team has reviewed your materials carefully. Regrettably, we will not be pursuing your candidacy for this role.

We appreciate the effort you put into your application.

Vireo Games Recruitment
--
You are receiving this because you applied via our careers site (Lever). Unsubscribe | Privacy`, 'Vireo Games | Gameplay Programmer Intern (Summer 2017)'),

  rej('application', ['role_closed'], { ...door },
    `Hi Mei,

A quick update on the Mobile Engineering Intern (Android) role you applied to at Roamly. Due to changes in our team's plans for next year, we've decided not to hire for this position after all, so we've closed the posting and won't be reviewing applications for it.

This has nothing to do with your profile, and we really hope you'll apply again when our 2019 internships open in September.

Cheers,
Sebastian from Roamly`, 'Update on Roamly Android internship'),

  rej('application', ['generic'], {},
    `Dear Olumide,

Thank you for applying to FinchPay for the role of Software Developer Graduate 2018.

We regret to inform you that your application was unsuccessful on this occasion.

Yours faithfully,
FinchPay Recruitment
FinchPay Ltd is authorised and regulated by the Financial Conduct Authority. This email and any attachments are confidential.`, 'FinchPay Graduate Programme 2018'),

  rej('application', ['profile_mismatch'], {},
    `Hello Sarah,

Thanks so much for wanting to join us at Beaconly. We read your application for Machine Learning Engineer, New Grad with interest. For this particular opening we're prioritising candidates whose research experience is a stronger fit for the team's current direction, and we've decided not to go further with your application.

Take care,
Beaconly Recruiting`, 'Your Beaconly application'),

  rej('application', ['generic'], { ...door },
    `Dear Nikhil,

We have received and reviewed your application for "2019 Summer Intern - Firmware Engineering (Job ID 4471-B)". Following review, we are not able to progress you to the next stage.

We value your interest in Corvant Semiconductor and encourage you to continue exploring opportunities with us — please feel free to apply to other roles which match your skills and interests.

Regards,
Corvant Global Talent Acquisition

This is a system-generated email from Workday. Please do not respond.`, 'Corvant: Application Update'),

  rej('application', ['generic'], {},
    `Thanks for applying for the Analytics Intern position. We went with other folks this time. Good luck!

Jess
Head of Data, Plumtree`, 'Re: Analytics Intern'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Kwame,

Thank you for applying for the Embedded Systems Intern role at Northwire Devices. I wanted to get back to you personally. The team is looking for someone who has already written C for bare-metal microcontrollers, ideally with RTOS exposure, and your coursework so far is mostly Java and Python. We're not able to move forward with you for this one.

If you pick up some embedded project work this year, please do apply again for next summer.

Best regards,
Hannah Reeves
Engineering Manager, Firmware`, 'Northwire Devices - Embedded Systems Intern'),

  rej('application', ['generic'], {},
    `<html><body><p>Dear Laura,</p><p>Thank you for your application for <b>Software Engineer, University Graduate - 2017</b>. After careful consideration, we have decided not to move forward with your candidacy at this time.</p><p>Thank you again for your interest in Gridlock Systems.</p><p>Sincerely,<br>Gridlock Systems Recruiting</p><p style="font-size:10px">Gridlock Systems is an equal opportunity employer. iCIMS Talent Platform.</p></body></html>`, 'Gridlock Systems Application Status'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hey Chris,

Appreciate you applying to the Product Design & PM Internship at Wayfarer Trips. We just had a big pile of applications, and honestly we ended up picking people whose backgrounds lined up a bit better with what we need for summer. That's not a knock on you.

We'll hold onto your info and shout if something comes up that looks like a good match.

Talk soon,
Dana | People Ops, Wayfarer`, 'Wayfarer internship update'),

  rej('application', ['generic'], {},
    `Dear Ms. Novak,

Reference: RQ-2017-00981 / Data Engineering Co-op (Winter 2018)

We wish to inform you that your application has not been selected for further consideration. We thank you for your interest in employment with Northstar Bank Technology.

Northstar Bank Technology — Talent Acquisition
Brassring ID 77345-2`, 'Application update: RQ-2017-00981'),

  rej('application', ['generic'], { ...door },
    `Hi Ahmed,

Hope your semester is going well. Thanks for putting your name forward for the Site Reliability Intern role at Driftwell. I'm afraid we've decided to go a different direction this time.

That said, we hire interns every summer and every fall, so do try us again next cycle — we'd genuinely like to see another application from you.

Warmly,
Lindsey
Talent Partner, Driftwell`, 'Driftwell SRE Intern'),

  rej('application', ['position_filled'], {},
    `Hello Yuki,

Thank you for applying to the Research Intern - Computer Vision position at Paragon AI Lab (Toronto). We wanted to let you know that all of our positions for summer 2018 have now been filled.

We appreciate your interest in our lab.

Best regards,
Paragon AI Lab Admin`, 'Paragon AI Lab - Research Intern'),

  rej('application', ['generic'], {},
    `Hi Ben — thanks for your application to Junior Data Analyst (Graduate Scheme) at Kettlebyte. We've had a look and it isn't going to be a yes from us on this occasion. Wishing you lots of luck.

Kettlebyte Hiring Team
Sent with Workable`, 'Kettlebyte: Junior Data Analyst (Graduate Scheme)'),

  rej('application', ['profile_mismatch'], {},
    `Dear Fatima,

Thank you for your interest in the Quantitative Developer Intern role at Brightmoor Capital Technologies.

We have now completed our initial review. While your application showed a number of strengths, other candidates presented a more relevant mix of experience for this team, and we will not be taking your application forward.

With best wishes,
Campus Recruitment
Brightmoor Capital Technologies`, 'Brightmoor Capital - Quantitative Developer Intern'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for considering Helixa Media. Unfortunately you were not selected for the position of Front End Web Intern. Because of the volume of applications we are unable to provide individual feedback.

Regards,
Helixa Media HR

*** Do not reply. This mailbox is not monitored. ***`, 'Helixa Media: Front End Web Intern'),

  rej('application', ['generic'], { ...door },
    `Hey Jordan,

Thanks for your interest in Frostlight! We received over a thousand applications for Software Engineering Intern - Summer 2018 and sadly we can't interview everyone. We're not going to move forward with your application right now.

We'd love for you to stay in touch — follow @frostlighteng and apply again for our fall intake.

The Frostlight Team
Sent via JazzHR`, 'Frostlight Software Engineering Intern - Summer 2018'),

  rej('application', ['location'], { ...fb },
    `Dear Lukas,

Thank you for your application to the Werkstudent / Working Student - Data Engineering position in Munich. Regrettably we must tell you that this position requires enrolment at a German university, and your application states that you are studying in Vienna. For this reason we cannot consider your application further.

Mit freundlichen Grüßen / Best regards
Recruiting Team, Tandemo GmbH`, 'Ihre Bewerbung / Your application - Working Student Data Engineering'),

  rej('application', ['generic'], {},
    `Hi Grace,

Thanks for applying to Orbitline's 2019 New Grad Program. Every application was read by a member of our team, and while we enjoyed learning about you, we aren't able to offer you an interview.

Best of luck in everything that comes next,
Orbitline University Programs`, 'Orbitline New Grad Program'),

  rej('application', ['role_closed', 'profile_mismatch'], {},
    `Hi Santiago,

Thank you for applying for the Junior Machine Learning Engineer role. Two things have happened since you applied: first, the team's headcount for this role has been paused until next year; second, having read through your application, I don't think your profile is quite what the team would be looking for anyway. So we won't be moving ahead with you.

Best of luck,
Rosa Delgado
Recruiter, Cindermark`, 'Cindermark - Junior ML Engineer'),

  rej('application', ['generic'], {},
    `Dear Wei,

We appreciate your interest in ClearSky Security and the time you invested in applying for the Threat Intelligence Intern position.

We regret to say that we have decided to pursue other applicants.

Respectfully,
ClearSky Security Human Resources`, 'ClearSky Security Application'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Emma,

Thank you for applying for the Business Intelligence Graduate position at Sunmark Retail Digital. Having reviewed the applications, we have shortlisted candidates whose experience more closely met our criteria, and on this occasion you have not been shortlisted.

We would like to keep your CV on file for six months and will contact you if a suitable role arises.

Kind regards,
Sunmark Retail Digital Recruitment
Johannesburg`, 'Business Intelligence Graduate - Sunmark'),

  rej('application', ['generic'], {},
    `Hello,

Your application for "Intern, Hardware Engineering (ASIC Verification) - Summer 2017" has been reviewed. At this time, you have not been selected to proceed.

Thank you,
Kestrel Micro Talent Acquisition
Kestrel Micro is an Equal Opportunity / Affirmative Action Employer.`, 'Application Status - Kestrel Micro'),

  rej('application', ['position_filled'], {},
    `Hi Alex,

Sorry to be slow getting back to you about the Growth Analytics Intern role. We actually made an offer to someone last week and they accepted, so the role's no longer open.

Thanks for applying and good luck!
Pria, Nestled`, 'growth analytics intern'),

  rej('application', ['generic'], { ...door },
    `Dear Chinedu,

Thank you for submitting your application for the Graduate Software Engineer role at Paystride.

Following a thorough review we regret that we are unable to take your application further at this stage. Please do not be discouraged; we would be happy to receive your application for future roles at Paystride.

Best wishes,
Adaeze Obi
Talent Acquisition Lead, Paystride (Lagos)`, 'Paystride Graduate Software Engineer'),

  rej('application', ['profile_mismatch'], { ...fb },
    `Hello Ravi,

Many thanks for applying to the position of iOS Developer Intern at Mosaic Mobile. We've reviewed your CV and portfolio. The team felt your experience is more backend-oriented than what this role calls for, and we won't be progressing your application.

All the best,
Mosaic Mobile Recruiting`, 'Mosaic Mobile - iOS Developer Intern'),

  rej('application', ['generic'], {},
    `Hi Hannah,

Thanks for applying to Data Science Intern - Summer 2019 at Loopwise. We've decided to move ahead with other candidates for this role.

Best,
Loopwise Talent
Loopwise · 500 Harrison St · San Francisco, CA · Unsubscribe`, 'Loopwise Data Science Intern - Summer 2019'),

  rej('application', ['role_closed'], {},
    `Dear Marco,

We are writing regarding your application for the Cloud Infrastructure Intern position (ref. CI-2018-07). Following an internal reorganisation, this position has been withdrawn and will not be filled. As a result, your application will not be progressed.

We apologise for any inconvenience.

Yours sincerely,
Vantara Cloud Services, HR Department`, 'Position withdrawn: Cloud Infrastructure Intern'),

  rej('application', ['generic'], {},
    `Dear Siobhan,

Thank you for taking the time to apply for our 2018 Technology Summer Internship. We have now reviewed all applications and, I'm sorry to say, we will not be inviting you to the next stage.

I know this is disappointing, and I wish you every success with your studies.

Regards,
Ciara Doyle
Graduate Recruitment Manager, Emberline Insurance Technology`, 'Emberline Technology Summer Internship 2018'),
  rej('application', ['generic'], {},
    `Dear Pavel,

Thank you for your interest in the Computer Vision Intern role at Opticore. We are unable to offer you a position. We receive too many applications to give feedback to each applicant, and we hope you understand.

Opticore Talent`, 'Opticore - Computer Vision Intern'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Hi Isabelle,

Thanks for applying to be a Software Developer Intern at Maplebridge in Vancouver. We had a look. The team is hoping for someone who's done a bit more web work, and also the role is in-office four days a week — your note says you'd be staying in Montréal for the term, so that wouldn't work on our end. We'll pass for this one.

Cheers,
Owen
Maplebridge`, 'Maplebridge co-op'),

  rej('application', ['generic'], { ...door },
    `Dear Candidate,

Thank you for your application for the role: Associate Product Manager (New Grad), Req #2019-0218.

We have carefully reviewed your background and unfortunately are unable to proceed. We encourage you to visit our careers site regularly and apply to future positions that interest you.

Sincerely,
Talent Acquisition, Cobaltline Software

Please do not reply to this email. For privacy information, see our Candidate Privacy Notice.`, 'Cobaltline Software: Req #2019-0218'),

  rej('application', ['position_filled'], {},
    `Hello Nadia, just a note to say the Research Engineer intern spot at Quantix Research Lab has been taken. Thank you for applying and sorry we couldn't offer you a chat.

— Tom, Quantix`, 'Quantix internship'),

  rej('application', ['profile_mismatch'], {},
    `Dear Mr. Adeyemi,

We thank you for applying to Graduate Trainee - Data Analytics at Meridia Telecom. Your CV has been evaluated; however, it does not meet the profile we are seeking for this programme.

Regards,
Human Capital Department
Meridia Telecom Plc`, 'Graduate Trainee Programme'),

  rej('application', ['generic'], {},
    `Hiya Sam,

Thanks for applying for Web Developer Intern at Thistle & Byte. We've gone through everything and unfortunately your application wasn't one we're taking to interview.

Best, Fiona`, 'Web Developer Intern'),

  rej('application', ['generic'], { ...door },
    `Hello Kenji,

Thank you for applying to Siliconridge's Summer 2017 Hardware Engineering Internship (Austin, TX). We are not able to offer you a position at this time.

We hope you will consider Siliconridge in the future, as new positions open throughout the year.

Siliconridge University Relations`, 'Siliconridge internship decision'),

  // ── A: screen
  rej('screen', ['generic'], {},
    `Hi Michelle,

Thanks again for hopping on the phone with me on Tuesday about the Software Engineering Intern role at Caravel. I've shared my notes with the hiring team and they've decided not to move forward to the technical interviews.

I really enjoyed our chat and wish you the best of luck this recruiting season.

Jenna Park
Technical Recruiter, Caravel`, 'Caravel - next steps'),

  rej('screen', ['profile_mismatch'], { ...fb, ...door },
    `Hi Arjun,

It was great to talk on Monday. I went back to the hiring manager for the Data Engineering New Grad role with my notes, and we both feel your experience leans more toward analysis than the pipeline and infrastructure work this team does day to day, so we won't be taking you to the next round.

I'd really like to keep in touch though — I'll reach out if a more analytics-focused role opens up.

Best,
Marcus Lee
University Recruiter, Tessellate`, 'Tessellate - Data Engineering New Grad'),

  rej('screen', ['location'], { ...fb },
    `Dear Oluwaseun,

Thank you for the phone conversation last week about the Firmware Engineer Intern role. As we discussed, the internship is based in Eindhoven and we are required to hire interns who hold an EU work permit or who are enrolled at a Dutch university. Having checked with our legal team, we are not able to sponsor your permit for an internship, so unfortunately we cannot continue your application.

Met vriendelijke groet,
Eline de Vries
HR Advisor, Lumaxis B.V.`, 'Lumaxis Firmware Intern'),

  rej('screen', ['generic'], {},
    `Hey Leo — thanks for the call yesterday! We talked it over and we're going to pass for the PM internship. Appreciate your time.

Sent from my iPhone`, 'Re: PM intern chat'),

  rej('screen', ['role_closed'], { ...door },
    `Hi Zara,

Thank you for speaking with me about the Junior Data Scientist role at Crestpoint. I'm sorry to tell you that, since our call, the company has put a hold on new-graduate hiring for the rest of the year, and this position has been cancelled. That means we can't continue with your application.

I've added you to our list of candidates to contact when hiring resumes, and I hope we get to speak again.

Kind regards,
Sophie Bennett
Talent Acquisition, Crestpoint`, 'Crestpoint - Junior Data Scientist'),

  rej('screen', ['profile_mismatch'], {},
    `Dear Aditya,

Thank you for taking the time to speak with our recruiting team about the Machine Learning Intern (17-18 Campus) position. Following the initial screening, we have determined that other candidates' qualifications are better aligned with the needs of the role, and we will not be moving your application to the interview stage.

We appreciate your interest in Nimbus Vision.

Best regards,
Nimbus Vision Recruiting`, 'Nimbus Vision: 17-18 Campus - Machine Learning Intern'),

  rej('screen', ['generic'], { ...offered },
    `Hi Rachel,

Thanks so much for your time on our intro call about the Associate Product Manager program. After a lot of discussion, we've decided not to move you forward this year.

If it would be useful, I'm happy to hop on a quick call and share a bit more about how the decision was made — just reply and we'll find a time.

Best,
Tara
Recruiting, Fieldnote`, 'Fieldnote APM'),

  rej('screen', ['generic'], {},
    `Dear Ms. Chen,

Following your telephone interview with HR regarding the Graduate Software Developer position, we regret to advise that your application will not proceed further. Thank you for your interest in Carrington Logistics Technology.

Yours sincerely,
Recruitment Team`, 'Graduate Software Developer - outcome'),

  // ── A: assessment
  rej('assessment', ['assessment'], {},
    `Hi Ethan,

Thank you for completing the HackerRank challenge for the Software Engineering Intern - Summer 2018 role at Quorra. Unfortunately, your score did not reach the threshold we need to move candidates forward to interviews.

We wish you the very best.

Quorra University Recruiting`, 'Quorra coding challenge results'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Lena,

Thanks for the take-home you sent over for the Data Analyst Intern position. The team liked your write-up, but the cohort retention numbers in part 2 were off because the refunds weren't excluded, and the SQL for part 3 didn't run against the sample schema. Given that, we won't be moving on to the interview.

Best of luck,
Kai Schneider
Analytics Lead, Tramway`, 'Tramway take-home'),

  rej('assessment', ['generic'], {},
    `Dear Candidate,

Thank you for completing the online assessment for "2019 New Grad - Software Engineer (Req 19-3301)". After review, we will not be moving forward with your candidacy.

Thank you for your interest in Ravelin Networks.

This message was sent from Workday. Please do not reply.`, 'Ravelin Networks: Assessment Update'),

  rej('assessment', ['assessment'], {},
    `Hello Rohan,

Thank you for attempting the Codility test for the Graduate Backend Engineer role. Your result did not meet the bar we set for this stage, so we will not be progressing your application. We are sorry we can't share a breakdown of the result.

Kind regards,
Trekstone Recruitment`, 'Trekstone - Codility result'),

  rej('assessment', ['profile_mismatch'], { ...door },
    `Hi Megan,

Thanks for finishing the design exercise for the Product Design Intern role at Papertrail. We appreciated the thought that went into it. In the end, we're moving forward with candidates whose portfolios lined up more closely with where the team is focused this summer.

We'll definitely keep your portfolio handy for future openings.

Warmly,
Ines
Papertrail Design Team`, 'Papertrail design exercise'),

  rej('assessment', ['generic'], {},
    `Hi Victor,

Thanks for doing the coding exercise for our ML Engineering Intern role. We had a lot of strong submissions and have decided to continue with other applicants.

Best,
Halcyon AI Hiring`, 'Halcyon AI - coding exercise'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Priyanka,

Thank you for the time you spent on the technical assignment for the Hardware Design Engineer (New College Grad) role at Arcwell Semiconductor.

Our reviewers noted that the Verilog module you submitted did not handle the reset condition and failed several of the provided testbench cases, and that the timing analysis section was not completed. The role requires solid RTL design and static timing analysis skills from day one, so we are not able to take your application forward.

We wish you success with your final year.

Regards,
Arcwell Semiconductor University Recruiting`, 'Arcwell technical assignment'),

  rej('assessment', ['generic'], { ...door },
    `Hey Noah,

Thanks for taking our puzzle challenge for the Game Engine Programmer Intern role. We've now reviewed all the submissions and yours won't be going to the next round this time.

We run internships every year — please apply again!

Cheers,
Redpine Studios`, 'Redpine Studios challenge'),

  rej('assessment', ['generic'], {},
    `Dear Jasmine,

Thank you for completing the Pymetrics games and the online numerical test for our Technology Analyst Programme 2019. Having reviewed your results, we regret that we will not be progressing your application on this occasion. Owing to the number of applications we are not in a position to provide individual feedback.

Kind regards,
Graduate Recruitment, Albury Financial Technology`, 'Technology Analyst Programme 2019'),

  rej('assessment', ['skills_gap'], { ...fb },
    `Hi Gabriel,

Thanks for sending back the SQL and Python screen for the Data Science Intern role. Your Python part was solid, but the team needs someone comfortable with statistics — the A/B testing question was mostly left unanswered, and that's a large part of what the intern will be doing. So we won't be continuing this time.

Best,
Mira Kovac
Data Science Manager, Trellis Health`, 'Trellis Health - DS Intern'),

  // ── A: interview
  rej('interview', ['generic'], {},
    `Hi Daniela,

Thank you for interviewing with us for the Software Engineering Intern - Summer 2019 position. Our team enjoyed meeting you. After careful consideration we've decided not to extend an offer.

Best of luck,
Brightwater University Recruiting`, 'Brightwater interview update'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Sanjay,

Thanks for spending the afternoon with our team last Friday. Everyone enjoyed the conversations. We've decided to go with a candidate whose experience went a bit deeper in the areas this team works in, so we won't be making you an offer for the New Grad Backend role.

I'd love to stay in touch and will reach out when we open our next batch of new-grad roles in the spring.

Take care,
Lauren
Recruiting Lead, Meshline`, 'Meshline - New Grad Backend'),

  rej('interview', ['generic'], { ...offered },
    `Dear Thomas,

Thank you for attending the interviews with our engineering managers for the Graduate Software Engineer position at Ashford Games. Although we were impressed by your enthusiasm, we have decided not to offer you the role.

If you would like feedback on your interviews, please reply to this email and I will arrange it.

Kind regards,
Bethan Hughes
Talent Acquisition, Ashford Games`, 'Ashford Games interview outcome'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hey Omar,

Thanks for the two technical interviews last week. The interviewers liked how you communicated, but both flagged that the system design part was a struggle — in particular, scaling the booking service and choosing a data store. For this New Grad Software Engineer role we need that to be a bit further along, so we're not moving forward.

Best,
Kat
Recruiter, Farestream`, 'Farestream interview feedback'),

  rej('interview', ['position_filled'], {},
    `Dear Ji-woo,

Thank you for interviewing for the Machine Learning Research Intern position at Cortexa Labs in Montréal. We wanted to let you know that the position has now been filled.

Sincerely,
Cortexa Labs`, 'Cortexa Labs - position update'),

  rej('interview', ['generic'], {},
    `Hi Ryan,

Thanks for coming in to meet the team. The feedback was positive, but we've decided to offer the role to another candidate. I'm sorry this isn't the news you were hoping for.

Chloe`, 'Re: Interview at Sparkloop'),

  rej('interview', ['role_closed'], { ...door },
    `Dear Anjali,

Thank you for your interviews for the Product Analyst (New Graduate) role. Since then, the business has decided to merge this team into a different group, and the position will not be filled. We are very sorry to close your application after you've invested so much time.

Please keep us in mind — when roles open in the new team, we'd be delighted to hear from you again.

Warm regards,
Harriet Wong
Talent Acquisition, Lumen Travel Group, Singapore`, 'Lumen Travel - Product Analyst'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Jake,

Thank you for interviewing for our Software Engineering Intern role. The engineers liked your technical work, but we've found you'd prefer to work heads-down on your own, and our interns pair program almost all day — so we don't think it's the right fit for you, and we won't be making an offer.

Best,
Ruth
Pairwise`, 'Pairwise interview'),

  rej('interview', ['generic'], {},
    `Dear Mr. Petrov,

With reference to your interview on 14 March for the Junior Security Analyst role, we regret to inform you that you have not been successful.

We thank you for your interest in Sentinel Grid.

HR Department`, 'Junior Security Analyst - interview outcome'),

  // ── A: final
  rej('final', ['generic'], {},
    `Hi Lucas,

Thank you for coming onsite to meet us for the Software Engineer, New Grad role. It was a tough call among a great group of finalists, and we've decided not to move forward with an offer.

We really appreciate the time you spent with us.

Best,
Abby
University Recruiting, Tidewell`, 'Tidewell onsite'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Chloé,

Thank you for taking part in our final-round assessment day for the 2018 Technology Graduate Programme. It was a very close decision, but the candidates we have selected demonstrated a slightly stronger overall fit with the programme.

We would encourage you to apply to our future graduate programmes.

Best wishes,
Graduate Recruitment, Holloway Digital`, 'Holloway Digital - assessment day'),

  rej('final', ['position_filled'], { ...offered },
    `Hi Diego,

I wanted to reach out personally. You were one of two people we brought to the final round for the Data Science new-grad position, and we've offered the role to the other candidate, who has accepted. It was close.

I'm happy to share more detail from the panel if you'd like — just let me know.

Thanks,
Nadia Rahman
Head of Data, Cartwheel`, 'Cartwheel final round'),

  rej('final', ['generic'], {},
    `Dear Aisha,

Thank you for attending the superday for our 2019 Quant Technology Internship. We regret that we are unable to offer you a place. We cannot provide feedback on individual performance due to the volume of candidates.

Kind regards,
Campus Recruiting, Corbel Markets`, 'Corbel Markets superday'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Hyun-woo,

Thank you for applying for the Localization Engineering Intern (Summer 2018) position in our Amsterdam studio. Two requirements for this internship are fluent written Japanese and the right to work in the Netherlands; your application indicates beginner-level Japanese and that you would need a residence permit. As a result we are unable to consider your application further.

We appreciate your interest in Tulipworks Interactive and wish you well.

Kind regards,
Recruitment Team
Tulipworks Interactive B.V.`, 'Tulipworks Interactive - Localization Engineering Intern'),

  rej('application', ['profile_mismatch', 'position_filled'], {},
    `hey Maya, thanks for the note + resume re: the data eng new grad spot. we actually just closed it out — made an offer last week, and tbh the person we picked had a background a lot closer to what the team does day to day. sorry!

— Devon (eng lead @ Cobblestone)`, 'Re: data eng new grad'),

  rej('final', ['position_filled', 'profile_mismatch'], { ...door },
    `Dear Tariq,

Thank you for visiting our Ottawa office for the final round of interviews for the Network Security Engineer, New Graduate role. The panel enjoyed meeting you. We have now offered the position to a candidate whose background was closer to what the team needs right now, and that offer has been accepted.

We'd be glad to consider you for future openings and will keep your résumé on file for twelve months.

Kind regards,
Geneviève Roy
Talent Acquisition, Bastion Cyber Inc.`, 'Bastion Cyber - final round outcome'),

  // ── B. One inbox: a fourth-year software-engineering student in Ontario, August to February
  other(`Hi Kieran,

Thank you for applying to Software Engineer, New Grad (2020) at Ledgerline! We've received your application and our team will review it shortly. If your background is a fit, someone will be in touch to talk about next steps.

Unfortunately, due to the high volume of applications, we aren't always able to respond to everyone individually, but we appreciate your patience.

Best,
The Ledgerline Recruiting Team
Sent via Greenhouse`, 'Thanks for applying to Ledgerline'),

  other(`Dear Kieran Mahajan,

This email confirms that we have received your application for:

Job Title: Software Developer - New Graduate (Toronto)
Requisition ID: R-0043318

You can check the status of your application at any time by logging into your candidate profile.

Regards,
Talent Acquisition, Dominion Trust Financial

This is an automated message from Workday. Please do not reply.`, 'Application received: Software Developer - New Graduate (Toronto)'),

  other(`Hi Kieran,

Great meeting you at the McMaster Engineering Career Fair yesterday! As promised, here's the link to apply for our 2020 New Grad Software Engineer roles in Waterloo and Toronto: careers.pixelgrove.ca/newgrad

Unfortunately our booth got so busy I didn't get to finish telling you about the ML platform team — happy to chat more once you've applied. We'll be in touch either way.

Cheers,
Melissa Tremblay
Campus Recruiter, Pixelgrove`, 'Great meeting you at the career fair!'),

  other(`Hi Kieran,

Thanks for applying to Ottercloud for the Machine Learning Engineer, New Grad role. As a next step, we'd like to invite you to complete our online coding challenge on HackerRank.

- 3 questions, 90 minutes
- Please complete within 7 days of this email
- Link: hackerrank.com/tests/ottercloud-ng-2020

We regret that we can't grant extensions beyond the deadline. Good luck!

Ottercloud University Recruiting`, 'Ottercloud coding challenge invitation'),

  other(`Hello Kieran,

Just a friendly reminder that your Ottercloud HackerRank challenge expires in 48 hours. If you've already completed it, please ignore this message.

Ottercloud University Recruiting`, 'Reminder: your coding challenge expires soon'),

  other(`Hi Kieran,

Thanks so much for your patience. Your application for New Grad Software Engineer is still under review with the hiring team — we've had many more applicants than expected this cycle, and we appreciate you bearing with us. We'll be in touch as soon as we have an update.

Best,
Priyanka
Recruiting Coordinator, Fernway`, 'Update on your Fernway application'),

  other(`Hi Kieran,

I'm a technical recruiter at Brindle Robotics. I came across your GitHub (the lidar SLAM project caught my eye) and wanted to reach out — we're hiring new-grad software engineers for our perception team in Pittsburgh and Toronto.

I know you're probably getting lots of messages like this, so no worries if the timing isn't right. Would you be open to a 20-minute call next week?

Regards,
Andre Whitfield
Technical Recruiter, Brindle Robotics`, 'Perception team at Brindle Robotics'),

  other(`Hi Andre,

Thanks for reaching out! Yes, I'd be happy to chat. I'm free Tuesday or Wednesday after 2pm Eastern.

Best,
Kieran

On Thu, Sep 19, 2019 at 10:02 AM Andre Whitfield wrote:
> I'm a technical recruiter at Brindle Robotics. I came across your GitHub
> and wanted to reach out — we're hiring new-grad software engineers...`, 'Re: Perception team at Brindle Robotics'),

  other(`Hi Kieran,

Congratulations — the team would like to invite you to a phone interview for the New Grad Software Engineer role at Fernway! The call will last 45 minutes with one of our engineers and will include a coding question on CoderPad.

Please choose a time using this link: calendly.com/fernway-recruiting/phone-screen

Unfortunately we aren't able to offer slots on weekends. Let me know if none of the times work.

Best,
Priyanka
Recruiting Coordinator, Fernway`, 'Fernway phone interview invitation'),

  other(`Your interview is confirmed.

Brindle Robotics — Virtual Onsite
Date: Thursday, October 24, 2019
Time: 11:00 AM – 3:30 PM EDT
Format: four 45-minute interviews (coding x2, system design, behavioural) with a 30-minute lunch break

A Zoom link will be sent the day before. If you need to reschedule, please reply to this email.

Brindle Robotics Recruiting Coordination`, 'Confirmed: Brindle Robotics virtual onsite'),

  other(`Hi Kieran,

Quick question from our side before we move you to the onsite for Software Engineer, University Grad (Seattle). Are you a Canadian citizen? If so, we'd plan to bring you on a TN visa, and our immigration team will send the paperwork. If you hold a different citizenship, we'd need to look at H-1B, which unfortunately has a much longer timeline.

No decision depends on this — we just need to plan. Could you reply by Friday?

Thanks,
Whitney Carver
University Recruiting, Sumac Systems`, 'Quick question about work authorization'),

  other(`Hi Whitney,

Yes, I'm a Canadian citizen, so TN should work. Let me know what documents you need from me.

Thanks,
Kieran Mahajan
B.Eng. Software Engineering, Class of 2020`, 'Re: Quick question about work authorization'),

  other(`New jobs for you: "new grad software engineer" in Toronto, ON

• Software Developer, New Graduate — Kinnear Insurance — Toronto, ON
• Junior Machine Learning Engineer — Aperio Health AI — Toronto, ON
• Software Engineer I — Quillstone Payments — Remote (Canada)

Unfortunately some of these jobs may close soon — apply early!

You're receiving this job alert because you signed up at JobFinder. Unsubscribe | Manage alerts`, 'New jobs for "new grad software engineer"'),

  other(`Hi Kieran,

On behalf of the entire Brindle Robotics team, I'm thrilled to offer you the position of Software Engineer I (Perception) in our Toronto office! Your offer letter is attached, with a start date of July 6, 2020.

We regret that we can only hold this offer open until November 15, so please let me know if you have any questions before then.

Congratulations!
Andre Whitfield
Technical Recruiter, Brindle Robotics`, 'Your offer from Brindle Robotics'),

  other(`Hi Kieran,

Thanks for signing! Attached you'll find the onboarding package: the employment agreement (countersigned), TD1 forms, direct deposit form and the equipment preference survey. Please return these by December 1.

We'll be in touch closer to your start date about orientation.

Welcome aboard,
Jocelyn Park
People Operations, Brindle Robotics`, 'Welcome to Brindle Robotics - onboarding paperwork'),

  other(`Hi Courtney,

Thank you so much for the time your team has spent with me for the New Grad Software Engineer role at Halsey Maps. Unfortunately I've accepted an offer elsewhere, so I'd like to withdraw my application. I regret having to step out of the process, and I really enjoyed meeting everyone.

Best regards,
Kieran`, 'Withdrawing my application'),

  other(`Hi Kieran,

Thanks for letting us know, and congratulations on the offer! We're sorry to lose you from the process but completely understand. We'll keep you in mind for the future — don't be a stranger.

All the best,
Courtney
Halsey Maps`, 'Re: Withdrawing my application'),

  other(`Kieran,

Thanks for applying to Taproot Analytics. We have received your application for Data Scientist - New Grad and it is currently being reviewed against other candidates. We will notify you of the outcome by email.

Taproot Analytics Careers
Powered by Lever`, 'Application received - Taproot Analytics'),

  other(`Dear Kieran,

Thank you for your interest in the position of Associate Software Engineer (Job ID 19-04722) with Vanterra Health Systems. Your application has been successfully submitted.

Our recruiting team regrets that we are unable to respond to inquiries about application status by phone. If your qualifications match our needs, a member of our team will contact you.

Vanterra Health Systems is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, national origin, disability or protected veteran status.
Powered by iCIMS`, 'Vanterra Health Systems - Application Confirmation'),

  other(`Hi Kieran,

Thanks for chatting with me today! As discussed, the next step for the Junior ML Engineer role is a take-home assignment: you'll train a small model on the attached dataset and write up your approach. We'll send it Monday; you'll have 5 days.

Sorry again that I had to cut us off a few minutes early — I'll be in touch Monday.

Cheers,
Evan
Aperio Health AI`, 'Next steps - Aperio Health AI'),

  other(`Hi Kieran,

Thanks for submitting the assignment! The team is reviewing it now, and we'll get back to you within a week. We appreciate your patience while we work through everyone's submissions.

Evan`, 'Re: Take-home submission'),

  other(`Hi Kieran,

Your interview for Software Developer, New Graduate at Kinnear Insurance has been scheduled:

Wednesday, November 6, 2019, 10:00–11:00 AM ET
Location: 200 Bay St, 14th floor — ask for Lena at reception
Interviewers: Lena Costa (Development Manager), Mark Ruiz (Senior Developer)

Unfortunately parking isn't available on site; Union Station is a 5-minute walk.

Best,
Kinnear Talent Acquisition`, 'Interview scheduled - Kinnear Insurance'),

  other(`Hi Kieran,

We'd like to hear about your experience applying to Dominion Trust Financial. Whether or not you were offered a role, your feedback helps us improve. The survey takes 3 minutes.

Take the survey →

Thank you,
Dominion Trust Candidate Experience Team`, 'How was your candidate experience?'),

  other(`Hey Kieran,

Unfortunately our recruiter is out sick this week, so your on-site at Ottercloud needs to move from Thursday to next Tuesday, same time. Sorry for the reshuffle — your application is still very much moving ahead. Please confirm the new date works.

Thanks,
Ottercloud Recruiting Coordination`, 'Rescheduling your Ottercloud onsite'),

  other(`Dear Kieran,

Thank you for applying to the Summer Research Engineer position at Lakeshore Institute for AI. We are in receipt of your materials and will contact shortlisted applicants in January.

Due to the number of applications, we regret that we are unable to reply to each applicant individually.

Lakeshore Institute for AI — Recruitment`, 'Lakeshore Institute - application acknowledgement'),

  other(`Hi Kieran,

You're moving forward! The hiring team at Quillstone Payments would like to invite you to a final interview with our VP of Engineering. Please use the link below to pick a slot next week.

We know the process has taken longer than we hoped — thank you for sticking with us.

Marisol
Quillstone Talent`, 'Final interview invitation - Quillstone Payments'),

  other(`Hi Kieran,

I'm afraid I have to ask for one more thing before we can finalize — could you send your unofficial transcript? Our hiring committee asks for it for all new-grad hires. No rush, end of this week is fine.

Thanks,
Whitney
Sumac Systems`, 'Transcript request'),

  other(`mom — got the brindle offer!! signing tonight. will call after class`, 'brindle'),

  other(`Hi Kieran,

Just checking in — we haven't seen your assessment for Software Engineer, New Grad at Ledgerline yet. The link is still active until Sunday at 11:59pm PT. If you've decided not to continue, no problem, just let us know so we can close out your file.

Best,
Ledgerline Recruiting`, 'Your Ledgerline assessment'),

  other(`Hi Kieran, we noticed you started but didn't finish your application for "Software Engineer - New Grad 2020" at Glasswing. Pick up where you left off — your progress has been saved.

Glasswing Careers | Unsubscribe`, 'Finish your Glasswing application'),

  hold('interview', ['role_closed'], {},
    `Hi Kieran,

Thank you again for your interviews with the team last week for the Software Engineer I role. I wanted to give you an honest update: our leadership has put a temporary freeze on new hiring while they finalize next year's budget. Your application is not closed, and the team was positive about your interviews, but we can't make any decisions until the freeze is lifted, which we expect in mid-January.

I'll be in touch as soon as I hear anything. Sorry for the wait.

Best,
Marisol
Quillstone Talent`, 'Update on your Quillstone application'),

  hold('screen', ['generic'], {},
    `Hi Kieran,

Thanks for your patience since our call. Our hiring manager for the Machine Learning Engineer (New Grad) role is on leave until February, and the team has decided to postpone the next interviews until she's back. You're still in the process — we'll reach out to schedule once we have dates.

Regards,
Noor Haddad
Talent Partner, Sable AI`, 'Sable AI - timing update'),

  rej('application', ['generic'], {},
    `Hi Kieran,

Thank you for your interest in Glasswing. We've carefully reviewed your application for Software Engineer - New Grad 2020 and have decided not to move forward at this time.

We wish you luck in your search.

Glasswing Recruiting
Sent via Greenhouse`, 'Your application to Glasswing'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Kieran,

Thank you for applying for Software Developer - New Graduate (Toronto), Requisition R-0043318.

We have reviewed your application and, while your qualifications are impressive, we have decided to proceed with candidates whose background more closely matches the requirements of this position.

We encourage you to create job alerts on our careers site and to apply for future opportunities that match your interests.

Talent Acquisition, Dominion Trust Financial
This is an automated message. Please do not reply.`, 'Your application with Dominion Trust Financial'),

  rej('application', ['location'], { ...fb },
    `Hi Kieran,

Thanks for applying to the Software Engineer, New Grad role at Redwood Ledger. Unfortunately this role is open only to candidates who are already authorized to work in the United States without visa sponsorship, including TN. Since your application notes that you would need a TN, we aren't able to consider you for it.

Best of luck,
Redwood Ledger Talent Team`, 'Redwood Ledger application'),

  rej('application', ['generic'], {},
    `Kieran — thanks for reaching out about the new-grad role. We're going to pass for now. Best of luck with the search.

— sent from mobile`, 'Re: New grad SWE - McMaster'),

  rej('application', ['role_closed'], { ...door },
    `Hello Kieran,

Thanks for your application for Junior Machine Learning Engineer at Aperio Health AI's Montréal office. We've since decided to consolidate all ML hiring in Toronto, and the Montréal opening has been closed. Your application for that posting won't be considered further.

We'll reach out if a Toronto opening comes up that suits your background.

Evan Gallagher
Aperio Health AI`, 'Aperio Health AI - Montréal ML role'),

  rej('application', ['generic'], {},
    `Dear Kieran,

Thank you for applying for Associate Software Engineer (Job ID 19-04722). After reviewing your qualifications, we have determined that we will not be moving forward with your candidacy for this position.

Thank you for considering Vanterra Health Systems.

Vanterra Health Systems Talent Acquisition
Powered by iCIMS`, 'Vanterra Health Systems - Application Update'),

  rej('application', ['profile_mismatch'], {},
    `Hi Kieran,

Thanks for applying to Taproot Analytics for Data Scientist - New Grad. We've reviewed your application and don't feel it's the right fit for this role, so we won't be moving forward.

Taproot Analytics Careers`, 'Taproot Analytics - Data Scientist New Grad'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Kieran,

Thank you for applying for the Machine Learning Engineer I role at Kestrel Vision. The team is looking for a candidate with a Master's or a published research paper in deep learning, and your application shows neither yet. We aren't going to proceed with your application for this position.

If you go on to graduate studies, we'd be happy to hear from you again.

Sincerely,
Kestrel Vision People Team`, 'Kestrel Vision - Machine Learning Engineer I'),

  rej('application', ['position_filled'], {},
    `Hi Kieran,

Thanks for applying for the Lakeshore Institute Summer Research Engineer position. We're writing to let you know that all positions for this summer have now been offered and accepted.

We regret that we are unable to offer feedback on individual applications.

Lakeshore Institute for AI — Recruitment`, 'Lakeshore Institute - outcome'),

  rej('application', ['generic'], { ...door },
    `Dear Kieran,

We appreciate your interest in the Full Stack Developer (New Graduate) opening at Cedarline Media.

After careful review, we have decided not to invite you to interview. Please don't let this discourage you — we hire new graduates twice a year, and you're welcome to apply again when the next cohort opens.

Regards,
Cedarline Media HR
Sent using JazzHR`, 'Cedarline Media - Full Stack Developer (New Graduate)'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Kieran,

Thanks for your time on the phone last Wednesday. I shared our conversation with the hiring manager, and the team feels other candidates have more of the frontend experience this role needs, so we won't be moving you to interviews.

Best wishes for the rest of your final year.

Jordan Blake
Recruiter, Pinecrest Software`, 'Pinecrest Software - follow-up'),

  rej('screen', ['generic'], { ...door },
    `Hi Kieran,

It was great chatting with you about the New Grad Software Engineer role at Fernway. Unfortunately, after reviewing the results of your phone interview, the team has decided not to move forward to the next round.

We're hiring new grads again next fall and I'd encourage you to reapply then.

Best,
Priyanka
Recruiting Coordinator, Fernway`, 'Fernway phone interview outcome'),

  rej('screen', ['salary'], { ...fb },
    `Hi Kieran,

Thanks for the call on Tuesday. I spoke with the hiring manager, and the salary range you mentioned (US$120k+) is quite a bit above what we can offer for this new-grad role in Toronto. Given that gap, we don't think it makes sense to move forward.

Wishing you well,
Tasha
Recruiter, Northcove`, 'Northcove - after our call'),

  rej('assessment', ['assessment'], {},
    `Hi Kieran,

Thank you for completing the Ledgerline online assessment. Unfortunately your results did not meet the threshold to move on to interviews for Software Engineer, New Grad.

We appreciate the time you put in.

Ledgerline Recruiting`, 'Ledgerline assessment results'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Kieran,

Thanks for the take-home. The team liked your write-up, but the model was evaluated on the same data it was trained on, so the reported accuracy isn't reliable, and there was no handling of the class imbalance we called out in the brief. For those reasons we won't be moving to the next step for the Junior ML Engineer role.

If you'd like to talk through the review in more detail, I'm happy to set up 15 minutes.

Evan Gallagher
Aperio Health AI`, 'Re: Take-home submission'),

  rej('assessment', ['generic'], {},
    `Dear Kieran,

Thank you for completing the online assessment for Software Developer - New Graduate at Maplewood Bank. We regret to inform you that we will not be moving forward with your application.

We are unable to provide individual feedback on assessment results.

Maplewood Bank Campus Recruitment`, 'Maplewood Bank Assessment Update'),

  rej('assessment', ['profile_mismatch'], { ...door },
    `Hi Kieran,

Thank you for completing our coding challenge for the Software Engineer, New Grad role at Sprocketwise. We had a great response this year, and we've decided to move ahead with candidates whose overall profiles more closely match what the team needs.

We'll keep your details on file and may reach out about future new-grad openings.

Sprocketwise University Recruiting`, 'Sprocketwise coding challenge'),

  rej('interview', ['generic'], {},
    `Hi Kieran,

Thanks again for interviewing with Lena and Mark for the Software Developer, New Graduate role. After much discussion, we've decided to move forward with another candidate.

We appreciate the time you spent with us.

Kinnear Talent Acquisition`, 'Kinnear Insurance - interview outcome'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Kieran,

Thanks for making the trip to our Waterloo office. The team liked meeting you, and it was a close call. We've decided to go with candidates whose experience lined up a little more closely with the platform team's work.

I'd love to keep in touch — I'll ping you when we post our next round of new-grad roles.

Cheers,
Melissa Tremblay
Campus Recruiter, Pixelgrove`, 'Pixelgrove interview update'),

  rej('interview', ['role_closed'], {},
    `Hi Kieran,

Thank you for your time in interviews with the team. Since we spoke, the team has been reorganized and the New Grad Software Engineer position has been eliminated. Unfortunately that means we won't be moving forward with your application.

Best,
Noor Haddad
Talent Partner, Sable AI`, 'Sable AI - update'),

  rej('interview', ['generic'], { ...offered },
    `Hi Kieran,

Thanks for your time on the video interviews for Software Engineer, University Grad (Seattle). After careful consideration, we won't be extending an offer this time.

If you'd like feedback from your interviewers, just reply and I'll pull it together.

Whitney Carver
University Recruiting, Sumac Systems`, 'Sumac Systems - interview outcome'),

  rej('final', ['generic'], {},
    `Hi Kieran,

Thank you for completing the onsite with Ottercloud. The team enjoyed meeting you, but we've decided not to move forward with an offer for the Machine Learning Engineer, New Grad role.

Best of luck with the rest of your search.

Ottercloud University Recruiting`, 'Ottercloud - onsite outcome'),

  rej('final', ['position_filled'], { ...door },
    `Hi Kieran,

Thank you for the final interview with our VP of Engineering. You were one of the last two candidates for the Software Engineer I role, and we've now made an offer to the other candidate, who has accepted.

I'd really like to stay in touch — if another role opens up on the team, you're the first person I'll call.

All the best,
Marisol
Quillstone Talent`, 'Quillstone Payments - final interview'),
];
