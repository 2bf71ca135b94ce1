/**
 * Sealed messages of the twenty-third round. Two halves. The first is rejection mail from about seventy employers,
 * each with its own writer: tracking-system auto-mails, HR template letters, agency recruiters, hiring managers and
 * founders writing by hand, universities and public bodies, at every stage and for every reason, often told in passing.
 * The second is one inbox: a junior UX/UI designer in Manila applying locally and to remote roles in Australia,
 * Singapore and the United States, with acknowledgements, invitations, reminders and other look-alikes among the
 * rejections and a few paused processes.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s23-');

export const HANDWRITTEN_SEALED_23: readonly CorpusLine[] = [
  // ── A. Rejections from many employers
  rej('application', ['generic'], {},
    `Hi Marcus,

Thank you for your interest in the Senior Revenue Accountant position at Tallowfield. We appreciate the time you took to apply.

After careful consideration, we have decided not to move forward with your application at this time.

We wish you the best in your search.

Tallowfield Talent Team

Powered by Greenhouse
This email was sent from an unmonitored address. Please do not reply.`, 'Your application to Tallowfield'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Ms Okonkwo,

Re: Graduate Quantity Surveyor (Ref QS/2291)

Thank you for your recent application. We received a very strong response to this advertisement and the shortlisting panel has now met. I am sorry to tell you that on this occasion your application has not been taken forward, as the role requires candidates to hold, or be within six months of completing, an RICS-accredited degree, and we could not see this from the information supplied.

We would be very happy to consider you for future vacancies once you have completed your accredited course, and would encourage you to keep an eye on our careers page.

Yours sincerely,

Gillian Forbes
HR Advisor
Marchbank & Leckie LLP
Registered in Scotland. This email and any attachments are confidential.`),

  rej('interview', ['profile_mismatch'], {},
    `Hey Jonah - wanted to close the loop personally. The team really enjoyed the back and forth on Tuesday, and Priya in particular said your questions about our onboarding funnel were the sharpest she heard all week. In the end we're going with someone whose background lines up more closely with where the product is heading, so we won't be moving forward with you for this one. Sorry it's not better news. All the best, Dev (co-founder, Nimbleroot)`),

  rej('application', ['position_filled'], {},
    `<p>Dear Candidate,</p>
<p>Thank you for applying for the role of <b>Warehouse Shift Supervisor - Night</b> (Job ID 58812).</p>
<p>We would like to let you know that this position has now been filled. As a result your application will no longer be considered.</p>
<p>Kind regards,<br>Recruitment | Harlow Distribution Group</p>
<p style="font-size:10px">You received this email because you applied via our careers site. Workday &copy; 2026</p>`, 'Update on Job ID 58812'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Kerry,

Thanks so much for your time on the phone yesterday - really enjoyed hearing about your work on the Brisbane rail interchange project.

I've taken your details back to the client. The feedback is that they like your experience, but the package you mentioned (circa $165k plus super) is well north of what they've got signed off for this position, which tops out at about $140k. They're not in a position to stretch on that, so unfortunately they won't progress you to the interview stage.

I'll keep you front of mind for more senior briefs - I've got a couple of Tier 1 contractors on the books who are hiring into that bracket, so expect a call from me soon.

Cheers,
Brodie Walsh
Senior Consultant - Infrastructure
Eastcoast Talent Partners | Level 9, 140 Creek St, Brisbane QLD`),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hello Tomasz,

Thank you for completing the SQL and data modelling exercise for the Analytics Engineer role. Having reviewed your test with two members of the data team, we've decided not to progress your application further.

Your dbt models were tidy and well documented, however the incremental logic in the orders model double-counted refunds, and the answer to question 3 did not account for customers with multiple accounts, which is something the role deals with daily.

If it would help, I'm happy to set up a short call with one of the reviewers to go through their notes in more detail - just reply to this email.

Best regards,
Hanna Lindqvist
Talent Acquisition, Fjordpay`),

  rej('application', ['location'], { ...fb },
    `Hi Rafael,

Thanks for applying to the Customer Support Specialist (EMEA) role at Brightdesk.

Unfortunately we're only able to hire people who already have the right to work in Ireland or the UK for this position, as we are not in a position to offer visa sponsorship. Since your application indicates you would need sponsorship, we can't move it forward.

Best of luck,
The Brightdesk People Team

Sent via Ashby`),

  rej('final', ['position_filled'], { ...door },
    `Dear Dr. Mahlangu,

On behalf of the search committee for the Assistant Professor in Environmental Engineering, I want to thank you for visiting campus last month. The committee was grateful for your seminar and for the time you spent with our graduate students.

I am writing to let you know that the department has extended an offer to another candidate, who has accepted. The search is therefore concluded.

The committee was very impressed by the applicant pool, and we hope you will consider applying to future openings in the College of Engineering.

Sincerely,

Prof. Elaine Whitcombe
Chair, Search Committee
Department of Civil and Environmental Engineering
Northmere State University`),

  rej('application', ['generic'], {},
    `Thank you for applying to Orchard & Vine. We've reviewed your application and won't be moving forward at this time. We wish you the very best.`),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Sophie,

Thank you for meeting with Tom, Ruth and me last Wednesday.

We had a good conversation, and we have thought carefully about it since. We are a very small studio of six and the way we work is unusually collaborative - everyone pitches in on everything and there's a lot of working things out together in the room. From our conversation it felt like you do your best work with more structure and independence than we can offer at the moment, and we don't think it would be fair to you or to us to go ahead.

This is more about us than about you, and I'm sure you'll find the right place soon.

Warmly,
Agnes
Fieldnote Architects`),

  rej('application', ['internal_candidate'], {},
    `Dear Applicant,

Position: Administrative Officer (APS 4), Regional Services Branch
Vacancy number: 26/0417

Thank you for your application for the above position. The delegate has decided to fill this vacancy through the internal transfer of an existing employee at level. As such, no further assessment of applications will be undertaken for this vacancy.

We appreciate the time and effort you put into your application.

Recruitment Services
Department of Regional Infrastructure
This is an automated email. Please do not reply.`),

  rej('application', ['role_closed'], {},
    `Hello Ama,

Thank you for your interest in the Growth Marketing Manager position at Kanzu Health.

I'm writing to let you know that, following a review of our plans for the year, the company has decided not to go ahead with this hire, and the vacancy has been withdrawn. This means we will not be progressing any applications for it, including yours.

We're sorry for any disappointment and thank you for your interest in Kanzu.

Regards,
Wanjiru Kamau
HR Business Partner`),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Dmitri,

It was great to connect on our call on Monday, and thanks for walking me through your background.

I've since discussed your profile with the hiring manager. While your backend experience is clearly solid, this team works almost entirely in Rust and Kubernetes operators day to day, and they're looking for someone who has already shipped production Rust - which from our chat isn't something you've done yet. Because of that, we've decided not to move you forward to the technical interviews.

Thanks again and good luck.

Mira
Technical Recruiter | Lattice Systems
(sent via Lever)`),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Mr. Henshaw,

Many thanks for your application for the Assistant Store Manager role at our Cheltenham branch.

Having looked at your CV, it is clear you bring considerably more experience than this role calls for - you have been running multi-site operations for a number of years, and we feel this position would not offer you the scope or challenge you would be looking for. For this reason we will not be taking your application further.

We will, however, keep your details on file and would be pleased to hear from you should a regional management vacancy arise.

Kind regards,
Recruitment Team
Pennyfeather Home & Garden Ltd`),

  rej('application', ['profile_mismatch'], {},
    `Dear Sanjay Kulkarni,

Thank you for applying for the role of Business Analyst – Insurance Domain (Job Code: BA-INS-114) with Trivenix Technologies.

We have carefully reviewed your profile against the requirement. We regret to inform that your profile is not matching with the current requirement and hence we will not be able to take your candidature forward for further rounds of interviews.

We thank you for your interest in Trivenix and wish you all success in your career.

Regards,
Talent Acquisition Team
Trivenix Technologies Pvt Ltd

*** This is a system generated email. Please do not reply to this mail. ***
Disclaimer: Trivenix never asks for money at any stage of recruitment.`),

  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Hi Lena,

Thank you for speaking with Marco and Yusuf last week about the Field Service Engineer role. They both enjoyed the conversation.

After discussing it as a team, we've decided not to continue with your application. Two things drove that: the position needs someone with hands-on PLC programming experience, ideally Siemens S7, which you mentioned you've only seen in training, and it also involves being on site in the Rotterdam area at least four days a week, which as we discussed doesn't work with your plan to stay in Antwerp.

We appreciate your honesty on both points and wish you good luck.

Best regards,
Femke de Vries
HR, Kranstra Automation B.V.`),

  rej('application', ['generic'], { ...door },
    `Hi there,

Thanks for applying for the Barista role at Copperpot Coffee, Fitzroy! We had over 200 applications and unfortunately we can't interview everyone.

We'd love you to apply again next time we're hiring - we post on our Instagram first.

Cheers,
Copperpot crew`),

  rej('final', ['profile_mismatch'], { ...offered },
    `Dear Ifeoma,

I wanted to write to you myself rather than have this come from the system. Thank you for the day you spent with us on Thursday - for the presentation to the leadership team, and for the conversations with Graham and the regional directors afterwards.

This was an extremely close decision between two final candidates. In the end the panel felt the other candidate's background aligned a little more closely with the stage the business is at, and we have offered them the role.

I know that's disappointing after such an involved process. If you'd like to talk through the panel's thinking, I'd be glad to arrange a call at a time that suits you.

With best wishes,
Catherine Aylward
Chief People Officer, Stanbury Care Group`),

  rej('application', ['skills_gap'], { ...fb },
    `Dear candidate,

Thank you for your application to the position Technical Writer (m/f/d) at Ovalis GmbH.

We have looked at your documents carefully. Unfortunately for this position a very good knowledge of German (at least C1) is necessary, because most of the documentation is made for the German market. Therefore we cannot consider your application further.

We wish you for your future all the best and success.

With kind regards
Sabine Hoffmeister
Human Resources
Ovalis GmbH · Hauptstraße 21 · 70173 Stuttgart
Managing Directors: Dr. K. Brenner, T. Ulm · HRB 734512`),

  rej('assessment', ['assessment'], {},
    `Hi Aaron,

Thanks for taking the time to complete the coding challenge for the Frontend Engineer position.

Our engineers have reviewed your submission, and unfortunately it didn't meet the bar we set for this stage, so we won't be moving forward.

We appreciate your interest in Quillstack.

— Quillstack Recruiting
SmartRecruiters | Privacy Policy | Unsubscribe`),

  rej('interview', ['generic'], { ...door },
    `Dear Paolo,

Thank you for coming to see us at the Leeds office last week and for the time you gave to the interview panel.

We have now completed the interviews for this post, and I am sorry to let you know that you have not been successful on this occasion. We had a high number of strong candidates and the decision was a difficult one.

We would encourage you to apply for future roles with us, and we wish you every success.

Yours sincerely,
People Services
Aireborough Housing Association`),

  rej('application', ['location'], { ...fb },
    `Hi Chen Wei,

Appreciate you applying for the Site Reliability Engineer role. Just a heads up that this position is fully onsite in our Austin office, and from your application it looks like you're looking for remote work only, so unfortunately we won't be able to proceed.

Thanks,
Recruiting @ Bexar Robotics`),

  rej('screen', ['role_closed'], { ...door },
    `Hi Fatima,

I'm sorry to be reaching out with this after our lovely chat on Friday. Over the weekend the leadership team made the call to pause all non-critical hiring until Q3, and unfortunately the Partnerships Manager role is one of those affected. It's been taken off the plan for this year, so we won't be able to continue the process with you.

This has nothing to do with you - I was genuinely excited to put you in front of the hiring manager. If the role is reopened later I'll contact you first.

Take care,
Jess Moreno
People Lead, Terrabloom`),

  rej('application', ['profile_mismatch', 'skills_gap'], { ...fb },
    `Dear Mr. Adeyemi,

Thank you for your interest in the Regulatory Affairs Specialist role at Halden Pharma.

We have reviewed your application against the role profile. While your laboratory background is strong, we are looking for candidates whose experience more closely matches a regulatory submissions role, in particular at least three years preparing CTD dossiers for the EMA. On this basis we will not be taking your application further.

Kind regards,
Halden Pharma Talent Acquisition
This message was generated by iCIMS on behalf of Halden Pharma. Replies to this address are not monitored.`),

  rej('final', ['internal_candidate'], { ...door },
    `Hi Niamh,

Thank you for making it all the way through our process for the Head of Content role - four interviews and the presentation to the exec team is a big commitment, and we really appreciate it.

I'm sorry to tell you that we have decided to appoint someone from within the business. Late in the process one of our current editors put herself forward, and given her knowledge of the brand the panel felt she was the right choice.

You were an excellent finalist and I'd be genuinely glad to see your name come through again. Please do keep an eye on our careers page.

Best,
Orla Brennan
Talent Partner, Sundial Media`),

  rej('application', ['generic'], {},
    `Dear Applicant,

Re: Clerical Officer Competition 2026 – Reference CO/26/88

Thank you for your application in the above competition. The number of applications received was very high. Following the shortlisting process, I regret to inform you that you have not been placed on the panel for the next stage of this competition, which comprised an online assessment and a competency based interview.

We thank you for your interest in a career in the Civil Service.

Yours sincerely,
Recruitment Unit
Public Appointments Office`),

  rej('interview', ['salary'], { ...fb },
    `Hi Grace,

Thank you again for the conversations with Ben and with me over the past two weeks about the Product Designer role at Lumenkit.

We've really enjoyed getting to know you. Having talked it through internally, though, the gap between your expected salary and the range we have approved for this level is larger than we can bridge right now, and we don't think it would be right to keep you in the process when we know we can't get there. So we'll be stepping back on this one.

Thanks for being so open about your expectations from the start, it made this an easier conversation than it might have been.

Kind regards,
Hannah`),

  rej('application', ['position_filled'], { ...door },
    `Hi Oliver,

Many thanks for sending your CV over for the Part-Qualified Accountant role with our client in Reading.

I'm afraid that one has now been filled - the client moved quite quickly with a candidate they'd already met earlier in the month. I've saved your CV on our system and I'll be in touch as soon as something similar lands on my desk, which tends to happen a lot at this time of year.

Regards,
Simon Pratt
Associate Director, Finance & Accounting
Keystone Selection Ltd | 0118 496 0732`),

  rej('interview', ['skills_gap'], { ...fb, ...offered, ...door },
    `Dear Luis,

Thank you for meeting with our panel on Tuesday regarding the Operations Analyst position.

After much deliberation, we have decided to proceed with another candidate. The panel appreciated your enthusiasm and your examples from retail, but felt that the role, which sits very close to our freight pricing desk, needed someone who had already worked on carrier rate negotiations and lane-level margin analysis, and your experience so far has been on the store side.

If you'd like more detailed feedback from the panel, please let me know and I can arrange a short call. We would also welcome an application from you for future roles in the operations team.

Best regards,
Marisol Vega
Talent Acquisition, Corriente Logistics`),

  rej('application', ['generic'], {},
    `Hi Tamsin,

Thanks for applying to Kettle & Crane. Unfortunately we won't be moving forward with your application for the Events Coordinator role.

Best of luck with your search!

---
This message was sent by Workable on behalf of Kettle & Crane.
Don't want to receive these emails? Unsubscribe.`),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Arjun,

Thank you for attempting the online assessment for the position of Associate – Data Engineering.

We regret to inform you that you have not cleared the assessment. Your score in the PySpark section was below the cut-off required for this role, and the role requires hands-on experience with Spark-based pipelines on Azure which we could not see in your profile either.

We appreciate the effort taken by you and wish you the very best.

Warm regards,
Campus & Lateral Hiring Team
Meridian Analytics Services`),

  rej('screen', ['location'], { ...fb, ...door },
    `Hi Yasmin, good to speak earlier. As promised a quick note in writing - the client has confirmed this role needs someone in the Canberra office five days a week because of the security clearance requirements, so with you staying in Melbourne they won't progress. Totally understand it's not for you. I'll keep you in mind for anything hybrid that comes up in Melbourne. Thanks, Liam | Southgate Recruitment`),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Candidate,

Thank you for your interest in the Registered Nurse – Theatres post (Ref 341-THR-26).

Having reviewed your application against the person specification, we regret that you have not been shortlisted for interview. The shortlisting panel noted that the essential criterion of at least 12 months' post-registration theatre experience was not evidenced in your supporting statement.

We wish you well in your future applications.

Recruitment Team
Westbrook University Hospitals
Please note that this mailbox is not monitored.`),

  rej('final', ['culture_fit', 'profile_mismatch'], {},
    `Hi Ravi,

Thanks for coming in for the final round on Friday and for spending the whole afternoon with us - I know that's a lot.

We've made the decision not to extend an offer. Everyone agreed you're technically very capable. Where we landed is that we're looking for someone who's comfortable being very hands-on with customers and wearing a lot of hats, and the team felt the fit with how we work day to day wasn't quite there, plus the other finalist's background was closer to what we need right now.

Sorry, I know that's not what you wanted to hear after a long process.

Cheers,
Maddie Chu
Head of Engineering, Pebblecast`),

  rej('application', ['role_closed'], {},
    `Dear Applicant,

Reference: Library Assistant (0.6 FTE), Faculty of Arts

We write to advise that this vacancy has been withdrawn following a restructure of library services. As a result, the recruitment process will not proceed and all applications have been closed.

Thank you for your interest in working at the University.

Human Resources
University of Westhaven`),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Bonjour Camille,

Thank you for the interview on Thursday with me and Julien. It was a pleasure to meet you.

I have to inform you that we will not continue with your application for the Key Account Manager position. The main point for us is that this role manages the big retail chains in Benelux and requires Dutch at professional level, which for the moment you don't have. The rest of your profile was really interesting for us.

If you improve your Dutch, or if we open a position for the French market, please don't hesitate to apply again.

Cordialement,
Nathalie Roux
Responsable RH – Verdelle SA`),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Ethan,

Thank you for your application to the Solutions Consultant role at Brackwater. We have reviewed your experience and, while it is impressive, we've decided to move forward with candidates whose experience more closely aligns with the requirements of this position.

We'll keep your profile in our talent community and may reach out if a role comes up that's a better match.

All the best,
Brackwater Recruiting Team`),

  rej('screen', ['generic'], {},
    `Hi Kofi,

Thank you for taking the time to speak with me earlier this week about the Account Executive position.

I wanted to let you know that we've decided to move forward with other candidates at this stage.

Thanks again and best of luck.

Regards,
Sasha
Recruiter, Uplane`),

  rej('application', ['overqualified'], { ...fb },
    `Hello Mrs. Varga,

Thank you for applying for the Receptionist role at our dental practice. Your CV is very impressive, but with your background as a practice manager, we think you would be overqualified for this position and probably not happy in it for long. So we have decided not to invite you.

We wish you all the best,
Dr. P. Szabo and team
Lakeside Dental`),

  rej('final', ['generic'], { ...offered, ...door },
    `Dear Ms. Tanaka,

Thank you for participating in the final interview for the Senior Brand Manager position and for meeting with our Managing Director.

We regret to inform you that we have decided not to proceed with your application. It was a very difficult decision with a very strong final group.

If you would like feedback on your interviews, please contact me and I will arrange it. We also hope you will apply for other openings with us in the future.

Sincerely,
Yuki Matsumoto
Human Resources, Asterra Japan K.K.`),

  rej('application', ['location'], { ...fb },
    `Hi,

Thank you for your interest in the Remote Payroll Administrator role. Please note that this position is open to candidates residing in the United States only, and based on the location in your application we're unable to consider you for it.

Regards,
Talent Team | Clearhaven HR Solutions`),

  rej('interview', ['position_filled'], {},
    `Dear Mr. Boateng,

Thank you for your interest in the Facilities Coordinator role and for attending an interview with us on the 12th.

We would like to inform you that the position has now been filled by another candidate.

We thank you for your time and wish you the best in your career.

Regards,
HR Department
Kwame Nkrumah Road Holdings Ltd`),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Isla,

Thank you so much for the effort you put into the brand identity task - it was clear a lot of thought went into it.

We've gone through all the submissions now and I'm afraid we won't be taking yours forward to interview. The main thing for us was that the brief asked for a system that would work across packaging, and the concepts focused almost entirely on the logo without showing how it would extend to the range. The type choices were lovely though.

We'd love to see your work again in future - we hire juniors most summers.

Best,
Fern
Studio Manager, Hollowbrook Design`),

  rej('application', ['generic'], {},
    `Your application for Sales Associate, Store #2214 has been reviewed. At this time, you have not been selected to move forward. Thank you for your interest in Brightway Stores.

Please do not reply to this message.`),

  rej('interview', ['internal_candidate'], {},
    `Hi Ngozi,

Thank you for your time with the team over the last couple of weeks - the panel interview and the chat with Keith.

I wanted to let you know we've decided to fill the Training Coordinator role with a colleague from our Manchester branch who has been covering the work on an interim basis. It was a tough call, and not a reflection on your interview.

All the best,
Rachel
HR, Northline Facilities`),

  rej('application', ['salary', 'location'], { ...fb },
    `Hi Mateus,

Thanks for your application for the Backend Engineer (Remote, Portugal) role.

We've reviewed your profile. Unfortunately two things make it difficult for us: your salary expectation (€85k) is well above our range for this position, and you mentioned you're based in Brazil, while we can currently only hire people resident in Portugal through our local entity.

Thanks again and good luck!
Inês @ Corvo Labs`),

  rej('screen', ['overqualified', 'salary'], { ...fb },
    `Dear Helen,

Thank you for the call on Wednesday. It was a pleasure to hear about your time leading the compliance function at Belmont.

Having reflected on our conversation, I think we both sensed that this role - which is a single-person compliance officer post reporting to our finance director - would be a step back for you, and the salary we have available is some way below what you are currently on. For those reasons I do not think we should take things further.

With best wishes,
Andrew Pym
Finance Director, Croft Mutual Building Society`),

  rej('application', ['culture_fit'], { ...fb },
    `Hi Dan,

Thank you for your application to join the Saltmarsh kitchen team.

We read your cover letter carefully. We're a small plant-based restaurant and we look for people who share our values around sustainability and zero-waste cooking. From your letter we didn't get the sense that this is something that matters to you in the same way, so we don't think we'd be a good fit for each other.

Good luck finding the right kitchen.

Sally & Ahmed
Saltmarsh`),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Priyanka,

Greetings!

We thank you for appearing for the technical and HR interview rounds for the position of Senior Process Associate – AP/AR at our Chennai centre.

After evaluating your performance, the panel has concluded that your exposure to SAP FICO, specifically vendor reconciliation and month-end close in SAP, is not sufficient for the requirements of this client process. Hence we are unable to proceed with your candidature at this point of time.

In case you wish to receive detailed feedback, kindly write to us at the above mail id.

Regards,
Karthik R
HR – Recruitment
Sundaram Global Business Services`),

  rej('application', ['generic'], { ...door },
    `Dear Applicant,

Thank you for your interest in volunteering-to-staff roles at Harbourlight Hospice. Unfortunately you have not been shortlisted on this occasion. We received many applications and competition was strong.

We hope you will continue to support our work and apply for future positions.

Best wishes,
People Team, Harbourlight Hospice
Registered charity no. 1098877`),

  rej('final', ['location'], { ...fb },
    `Hi Wojciech,

Thank you for the final round interviews yesterday and for being so patient with our process.

I have some disappointing news. The team wanted to make you an offer, but when our legal team checked the employment set-up, we learned that we are not able to employ people in Poland through our employer-of-record provider for this type of role, because of the equipment export rules involved. We tried to find a workaround but there isn't one at the moment, so we can't proceed.

I'm really sorry - this is frustrating on our side as well.

Best regards,
Greta Holm
Recruiting Lead, Skarv Aerospace`),

  rej('application', ['position_filled'], {},
    `Thank you for applying for the Sous Chef opening. The position has been filled. We appreciate your interest.

- The Larder Room`),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Abdul,

Thanks for the phone screen on Tuesday for the Mobile Engineer (iOS) role.

Following our conversation, we've decided not to move forward at this time. The team is specifically looking for someone with several years of SwiftUI in production, and it sounds like most of your recent work has been in React Native.

If you build up more native iOS experience, we'd really like to hear from you again - please reapply in the future.

Thanks,
Kelsey
Talent, Harborline Apps`),

  rej('interview', ['role_closed'], {},
    `Dear Jakub,

Thank you for your interest in the Procurement Manager position and for the two interviews with our team.

I am sorry to inform you that, due to a change in the group's organisation, this position will not be filled in Kraków and has been moved to our head office. Therefore we have to end the recruitment process.

Thank you for your time and understanding.

Best regards,
Agnieszka Wróbel
HR Specialist, Velmar Group`),

  rej('application', ['skills_gap'], { ...fb },
    `Thanks for your interest in the Electrician (Commercial) role. We need a fully qualified electrician holding an A-grade licence for this job and your application shows you're still in your fourth year of apprenticeship, so we can't progress you this time. Good luck with finishing your time. - Regards, Gary, Sparkline Electrical, Perth WA`),

  rej('interview', ['profile_mismatch'], {},
    `Dear Angela,

Thank you for interviewing with us for the Programme Officer role.

I am afraid that we have decided not to offer you the position. The panel felt that other candidates demonstrated a closer match with the role.

Best wishes,
Recruitment, Greenway Foundation`),

  rej('application', ['generic'], {},
    `Hi Bea,

I hope you're doing well. Thanks for getting in touch about the illustration internship, and sorry it's taken me so long to reply - it's been a hectic few weeks here!

I've had a look through your portfolio and I've decided to go with somebody else for this round.

Wishing you lots of luck,
Rosie
Paper Kite Studio`),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Mr. Eze,

Thank you for attending the assessment centre for the Graduate Scheme in Risk on 4 November.

We regret to inform you that your application will not proceed further. Your performance in the group exercise and in-tray exercise was strong, but your score on the numerical reasoning test fell below the threshold required for this scheme.

Graduate Recruitment Team
Calder & Bishop plc`),

  rej('interview', ['skills_gap', 'culture_fit'], { ...fb, ...offered },
    `Hi Nadia,

Thanks again for spending time with the team on Thursday.

We've decided not to move ahead. Honest version: the role needs a lot of self-direction in Figma and design systems work with little hand-holding, and we felt your design systems experience is still early. We also got the sense you'd prefer a more structured, agency-style environment than our async remote setup.

Happy to hop on a 15-minute call if you'd find more detail useful.

Jon
Design Lead, Stackberry`),

  rej('application', ['generic'], {},
    `Dear Sir/Madam,

With reference to your application for the post of Assistant Teacher (Mathematics), we regret to inform you that you have not been shortlisted for the demonstration class and interview.

Principal
St. Augustine's Senior Secondary School`),

  rej('screen', ['position_filled'], { ...door },
    `Hi Holly,

Thanks for the intro call last week. Just an update: the hiring manager has offered the role to a candidate who was already at the final stage before you came in, and they've accepted, so the position is now closed.

Sorry about the timing - I'll keep your details on our books and be in touch if anything else comes up in marketing ops.

Best,
Ellie
Talent Partner, Ferrolink`),

  rej('application', ['profile_mismatch'], {},
    `Hello,

Thank you for applying to Sudbury Pharma Services. We have reviewed your application and found that your qualifications do not match the requirements for the Quality Control Chemist position.

Regards,
HR Department`),

  rej('final', ['assessment'], { ...fb, ...door },
    `Hi Tobias,

Thank you for coming to our offices for the final stage and for the case presentation.

I'm sorry to say we've decided not to make you an offer. The interviews went well, but the case presentation is where we lost confidence: the pricing model underestimated churn for the SMB segment and the recommendation didn't follow from the numbers. That was the deciding factor against a very close second candidate.

I'd be happy to see you apply again in a year or so - you were genuinely close.

Regards,
Birgit Lund
VP Strategy, Nordhavn Software`),

  rej('application', ['location', 'skills_gap'], { ...fb },
    `Dear applicant,

thank you for applying for the Bookkeeper job. Unfortunately we need somebody who can come to the office in Graz every day and who knows the Austrian BMD software, and both is not given in your case. So we cannot consider your application.

Best regards
Team Hollerer Steuerberatung`),

  rej('interview', ['generic'], {},
    `Hi Oscar,

Thank you for taking the time to interview for the Customer Success Manager position. We have decided to pursue other candidates for this role.

Best,
Lily
People Ops, Vantaboard
Ashby · Manage your candidate data`),

  rej('application', ['role_closed'], { ...door },
    `Hi Sam,

Thanks so much for applying for the Community Manager role at Tiderow.

Unfortunately we've had to put this role on hold indefinitely due to a shift in priorities, so we won't be moving forward with any applicants for now. We'll keep your application on file and reach out if the role opens up again.

Thank you for your patience and understanding,
The Tiderow Team`),

  rej('screen', ['overqualified', 'salary'], { ...fb },
    `Hey Chris,

Really appreciate the call on Monday. After thinking it over with the hiring manager, we're not going to move forward. A couple of things: the role is quite a bit more junior than where your experience is, which made the team feel it wasn't the right match, and the salary expectation you shared sits about 30% over the top of our band.

Best of luck!
Nina, Recruiting @ Fieldbird`),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Roisin,

Many thanks for attending the interview for the Communications Officer post with Ballinmore County Council.

I regret to inform you that you have not been successful on this occasion. Although your interview was good, another candidate scored more highly against the criteria.

Your name will be placed on a panel for similar positions which may arise over the next twelve months.

Is mise le meas,
Human Resources Department`),

  rej('application', ['generic'], {},
    `Unfortunately, your application for the role of Delivery Driver has not been successful. Thank you for applying.`),

  // ── B. One inbox: a junior UX/UI designer in Manila, local and remote applications
  other(`Hi Kristine Mae,

Your application was sent to Lakbay Digital Inc.

Junior UI/UX Designer
Lakbay Digital Inc. · Makati City · PHP 30,000 - 40,000 monthly

What happens next?
The employer will review your application. If your profile matches what they are looking for, they will contact you directly. You can track the status of your application in My Applications.

Tip: Profiles with a portfolio link are 3x more likely to be viewed.

Hanapbuhay Jobs Philippines · Ortigas Center, Pasig City
Manage email preferences | Privacy`, 'Application sent: Junior UI/UX Designer'),

  other(`Hi Kaye,

Thanks for applying for the Junior Product Designer role at Paddock! We're excited that you're interested in helping farmers across Australia and New Zealand run their operations from their phones.

Our team reads every application. We aim to get back to everyone within two weeks, and if your experience is a match we'll reach out to set up a short intro call.

In the meantime, feel free to check out our design blog.

Cheers,
The Paddock Talent Team
Sent via Greenhouse`, 'Thanks for applying to Paddock'),

  rej('application', ['location'], { ...fb },
    `Hi Kristine,

Thank you for your interest in the UX Designer (Entry Level) role at Brightmoor Health.

We've reviewed your application. Unfortunately, this position requires candidates to be legally authorized to work in the United States, and we are not able to sponsor or hire through international contractors for this team. Since you indicated you are based in Manila, we will not be moving forward.

We appreciate your interest and wish you the best.

Brightmoor Health Talent Acquisition`, 'Your application to Brightmoor Health'),

  other(`Hi Kaye,

Hope you're well! I came across your portfolio on Dribbble and really liked the mobile banking concept you posted.

I'm a recruiter at Offshore Pillar, we place Filipino designers with agencies and start-ups in Australia on long-term remote contracts (full-time, AU business hours, paid in PHP with HMO). I've got two junior UI roles open right now with Sydney clients that could be a good fit.

Would you be open to a quick 15-min call this week? Let me know what times work.

Thanks,
Jasmine Ocampo
Talent Sourcer | Offshore Pillar Inc.
BGC, Taguig`, 'Remote UI roles for AU clients'),

  rej('application', ['generic'], { ...door },
    `Dear Kristine Mae Dizon,

Thank you for your application for the position of UI Designer at Kalinaw Software Solutions.

We have carefully reviewed your qualifications. Unfortunately, we regret to inform you that you have not been selected to proceed to the next step of our hiring process, which includes a design exercise and panel interview.

We appreciate your interest and we will keep your resume in our file for future openings.

Very truly yours,
HR & Admin Department
Kalinaw Software Solutions, Inc.
Cebu IT Park, Lahug, Cebu City`),

  other(`Hi Kaye,

Great news - after reviewing your portfolio, we'd love to invite you to a 30-minute Portfolio Review with Amber (Design Lead) and Tom (Senior Product Designer).

During the session we'll ask you to walk us through one or two projects of your choice. We're most interested in how you approached the problem, not the final pixels.

Please pick a time using the link below. All times are shown in your local time zone (Asia/Manila).

[Schedule your portfolio review]

Looking forward to it!
Georgia
Talent Partner, Paddock`, 'Portfolio review invitation – Paddock'),

  other(`Hi Kristine,

Thank you for your interest in Sipra Labs. We've received your application for the Product Designer (Junior) role based in Singapore.

Due to the high volume of applications, our team is still reviewing profiles. Unfortunately, we're not yet able to give you an update, but we will be in touch with you as soon as we have one - this may take up to three weeks.

Thank you for your patience.

Best regards,
Sipra Labs Recruitment`, 'Your application: Product Designer (Junior)'),

  other(`New jobs for you: "UI UX designer" in Metro Manila

Junior UX Designer - Tala-inspired fintech, Taguig - 2d ago
UI Designer (Remote AU) - Coralwave Staffing - 1d ago
Product Designer I - Remote (APAC) - 5h ago
Graphic & UI Artist - Game studio, Pasig - 3d ago

See all 42 jobs

You're receiving this because you created a job alert. Turn off this alert.`, '4 new jobs for "UI UX designer"'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Kaye,

Thanks a lot for applying for the UX Researcher role with us.

I've had a look through your application and portfolio. Your visual work is lovely, but this position is very heavily research-focused - running moderated usability studies, recruiting participants and synthesising findings for stakeholders - and your case studies mostly show UI and visual design rather than research work. For that reason we won't be taking your application further for this role.

We do hire UI designers from time to time, so please keep an eye on our careers page and apply again if something fits.

Warm regards,
Leah Tan
People & Culture, Kestrel Insights Pte. Ltd.
Singapore`),

  other(`Hi Kaye,

Thanks so much for the portfolio review this morning - Amber and Tom really enjoyed hearing about your barangay health app project.

We'd like to invite you to the next step: a short design challenge. You'll get a brief by email tomorrow, and we'd ask you to spend no more than 4 hours on it. You'll then have 5 days to send it back.

Any questions, just reply here.

Georgia
Paddock`, 'Next step: design challenge'),

  rej('application', ['profile_mismatch'], {},
    `Hi Kristine Mae,

Thank you for taking the time to apply to Quarry & Co. for the Senior UX Designer role.

We received a large number of applications and, after careful review, we've decided to move ahead with candidates whose experience more closely aligns with the requirements of this position.

We wish you every success in your job search.

Quarry & Co. Recruitment Team
This message was sent by Lever. Replies to this email are not monitored.`),

  other(`Hi Kaye,

Here is your design challenge brief for the Junior Product Designer role.

Context: A farm manager needs to log a fence repair from the paddock with patchy reception. Design the mobile flow for capturing, saving offline and syncing the job.

Deliverables: Key screens (low or high fidelity), a short write-up of your decisions (max 1 page).
Time guide: about 4 hours. Please don't spend more than that - we really mean it.
Due: Monday 9am AEST (7am Manila).

Please send your files as a Figma link with view access, or a PDF.

Good luck!
Georgia`, 'Design challenge brief – Paddock'),

  other(`Hello Kristine Mae,

This is a friendly reminder that your Figma file for the UI design assessment is due in 24 hours. Unfortunately, late submissions cannot be reviewed, so please make sure you send your link before 6:00 PM Philippine time tomorrow.

If you are having any issues, please reply to this email.

Thank you,
Recruitment Team
Halo-Halo Interactive`, 'Reminder: UI assessment due tomorrow'),

  hold('application', ['role_closed'], {},
    `Hi Kaye,

Thanks for applying for the Junior UI Designer role at Tandem Loop, and apologies for the slow response.

We wanted to give you an honest update: our Series A close has taken longer than expected, and until it's finalised we've paused hiring on this position. We haven't made a decision on any candidates and your application is still active - we expect to pick things up again in about six weeks and will contact you then.

Thanks for your patience,
Wei Ling
Ops & People, Tandem Loop (Singapore)`, 'Update on your application – Tandem Loop'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Kristine Mae,

Thank you for submitting your UI design assessment for the Junior Visual Designer role.

We have reviewed it together with the creative team. While the visual style was clean, the screens did not follow the component library provided in the brief, and two of the three required states (empty state and error state) were missing. For this reason we will not move your application forward to the interview stage.

We thank you for the effort you put in and wish you luck.

Regards,
Recruitment Team
Halo-Halo Interactive`),

  other(`Hi Jasmine,

Thanks for reaching out! Yes, I'm open to a quick call. Thursday after 3pm works for me.

Kaye

On Mon, Jasmine Ocampo wrote:
> Would you be open to a quick 15-min call this week?`, 'Re: Remote UI roles for AU clients'),

  other(`Hi Kaye,

Just confirming our call for Thursday at 3:30 PM (Manila). I'll call you via Google Meet - link below.

A couple of things to have ready: your expected monthly rate in PHP, your notice period at your current agency, and whether you have a backup power/internet setup (our AU clients ask about this).

Talk soon,
Jasmine`, 'Call confirmed: Thursday 3:30 PM'),

  rej('application', ['generic'], {},
    `Thank you for your application to Sunbright Realty Group.

We regret to inform you that your application for the position of Web & UI Designer was not successful. We appreciate the time you invested in applying.

SUNBRIGHT REALTY GROUP | Human Resources Division`),

  other(`Hi Kaye,

Thanks for sending through your design challenge - we got it safely. The team will review it over the next few days and we'll let you know the outcome by the end of next week.

Enjoy your weekend,
Georgia`, 'Received: your design challenge'),

  rej('screen', ['salary', 'position_filled'], { ...fb, ...door },
    `Hi Kaye,

Thanks for the chat on Thursday - lovely to meet you.

I've spoken with both clients. The Sydney agency liked your portfolio a lot, but the rate you mentioned (PHP 65k/month) is above what they've budgeted for a junior seat, which is around PHP 45-50k. They weren't able to move on it, so I won't be putting you forward to them this time. The second client has since filled their role with someone they met before you.

I'll keep your profile in our pool and reach out when a role with a bigger budget comes up - we get those regularly.

Jasmine`, 'Update from Offshore Pillar'),

  rej('assessment', ['assessment'], { ...fb, ...offered, ...door },
    `Hi Kaye,

Thank you for the time and thought you put into the design challenge.

I'm sorry to say we won't be moving you forward to the team interviews. The team liked your visual polish and the clear write-up. Where it fell short for us was the offline part of the brief: the flow didn't show what happens when the sync fails or when two people edit the same job, and that's the hardest (and most important) problem our users have in the field.

If you'd like to talk through Amber's notes, I'm happy to set up a 20-minute call. And please don't let this put you off - we'd genuinely love to see you apply again in the future.

Best,
Georgia
Talent Partner, Paddock`, 'Paddock – design challenge outcome'),

  other(`Hi Kristine,

Your application for UX/UI Designer at Pagsibol Bank has been received.

Application status: Under review
Reference no.: PSB-2026-10-3312

Please note that only shortlisted applicants will be contacted for an initial interview and skills exam. Thank you for your interest in joining the Pagsibol family.

This is a system-generated message. Please do not reply.`, 'Application received – PSB-2026-10-3312'),

  rej('application', ['location', 'skills_gap'], { ...fb },
    `Hi Kaye,

Thanks for your interest in the Product Designer role at Harbourtide. We had a look at your application.

Unfortunately we're only hiring within Australia for this role because it involves regular workshops on site in Melbourne, and we also need someone with at least three years of product design experience in a SaaS company. We're not going to progress your application this time.

Best of luck with your search.

Harbourtide Hiring Team
Workable`),

  other(`Mabuhay Designers! 🇵🇭

Welcome to the October issue of the UXPH Talent Letter.

In this issue:
• How to present a case study in 10 minutes (without reading your slides)
• Salary guide 2026: junior to lead UX roles in Metro Manila
• Unfortunately common portfolio mistakes - and how to fix them
• Upcoming meetup: Accessibility in Filipino apps, BGC, Oct 24

You're receiving this because you joined the UXPH community talent pool. Unsubscribe`, 'UXPH Talent Letter – October'),

  other(`Hi Kaye,

I'm Ria from Sipra Labs. Thank you for your patience. We've now finished the first review of applications, and your profile has been shortlisted for a 30-minute video call with our Design Manager, Daniel.

Would any of the following slots work for you? All times are Singapore time (same as Manila):
• Tue 21 Oct, 10:00
• Wed 22 Oct, 14:30
• Thu 23 Oct, 11:00

Best regards,
Ria Santos
Talent Acquisition, Sipra Labs`, 'Interview invitation – Sipra Labs'),

  rej('application', ['position_filled'], {},
    `Hi Kristine Mae,

Thank you for applying to be a UI Designer at Pinoy Pixel Studio. We're sorry for the late reply - the position has already been filled.

Thank you and God bless!

Pinoy Pixel Studio`),

  other(`Hi Kaye,

So sorry - Daniel has been pulled into an urgent product review on Wednesday afternoon, so we need to move your interview. Unfortunately we can't keep the 14:30 slot.

Would Thursday 23 Oct at 11:00 or Friday 24 Oct at 15:00 work instead? Please reply with what suits you and I'll send a new invite.

Apologies for the inconvenience,
Ria`, 'Rescheduling your interview – Sipra Labs'),

  other(`Hi Kaye,

Thanks so much for speaking with Daniel today. He enjoyed hearing about your work at the agency and your capstone project.

We're meeting the remaining candidates over the next week and will be in touch about next steps shortly after. Unfortunately we can't always reply individually to follow-up emails during this period, but rest assured you'll hear from us either way.

Best,
Ria`, 'Thank you for speaking with us'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Kristine,

Thank you for interviewing for the UX/UI Designer position at Pagsibol Bank and for taking the skills exam last week.

After reviewing the results of your exam and interview with the Digital Channels team, we regret to inform you that we will not be proceeding with your application. The panel noted that the role requires experience designing for regulated financial products, including accessibility compliance (WCAG 2.1 AA) for our mobile banking app, which they felt you have not yet had exposure to.

Should you wish to receive further feedback, you may reply to this email and we will arrange a short call.

Sincerely,
Talent Acquisition Group
Pagsibol Bank`),

  other(`Hi Kaye,

We're always trying to improve the experience of applying to Paddock. Would you take 3 minutes to tell us how we did? Your answers are anonymous and won't affect any current or future application.

[Start the survey]

Thanks!
Paddock Talent Team`, 'How was your experience applying to Paddock?'),

  hold('interview', ['role_closed'], {},
    `Hi Kaye,

I wanted to give you an update after your interview with Daniel.

We've had a change in plans on the product side: the app you would have worked on is being re-scoped, and leadership has asked us to hold all design hiring until the new roadmap is confirmed in early December. You are still very much in consideration and we'd like to continue with you once we're able to - I just didn't want you to be left waiting without news.

I'll reach out again in the first week of December at the latest.

Best regards,
Ria Santos
Sipra Labs`, 'Update: Product Designer (Junior)'),

  other(`Hi Kristine Mae,

Your profile was viewed by a recruiter at Northgate Outsourcing Solutions.

Stand out by adding your latest work to your portfolio link and keeping your salary expectation up to date.

View who's interested

Hanapbuhay Jobs Philippines`, 'A recruiter viewed your profile'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Kaye!

Salamat for coming in to our office in Poblacion last Tuesday and for meeting with the team. We really enjoyed talking with you.

After a lot of discussion we decided to go with another applicant whose experience was a closer match for what we need right now. It was a hard choice.

We'll keep your portfolio with us and would be happy to reach out if another opening comes up - we're growing quickly so that might be soon.

Ingat,
Migs Valdez
Co-founder, Lakbay Digital`),

  other(`Hi Kaye,

I'm a recruiter at Arcwell, a US-based health tech company hiring a remote Product Designer (Associate) in APAC. Your profile came up in a search and I think your mobile case studies could be relevant.

Pay is in USD, fully remote, with some overlap required with US Pacific mornings (your evenings). Would you be interested in learning more? If so, could you send me an updated resume?

Best,
Brianna Cole
Senior Technical Recruiter, Arcwell`, 'Associate Product Designer – remote APAC'),

  rej('application', ['generic'], {},
    `Hi Kristine,

Thank you for your interest in the Junior Designer role at Coralwave Staffing.

Unfortunately, after reviewing your application we will not be moving forward at this time.

Best regards,
Coralwave Recruitment`),

  other(`Hi Kaye,

Thanks for sending your resume - great to have it. I've shared it with the hiring manager, Owen. Next step would be a 30-minute call with me to go through the role and your background, then a portfolio presentation with the design team.

Could you do Wednesday at 8:00 PM your time (7:00 AM Pacific Thursday)? I know that's late, sorry - we try to rotate so it isn't always you.

Brianna`, 'Re: Associate Product Designer – remote APAC'),

  rej('application', ['overqualified'], { ...fb },
    `Good day Ms. Dizon,

Thank you for applying as Graphic Design Intern in our Marketing Department.

Upon checking your resume, we noticed that you already have more than one year of professional work experience as a UI/UX designer. Our internship program is intended for students and fresh graduates, so we believe your experience goes beyond what this position requires. We regret that we cannot consider you for this opening.

Thank you and more power!

HR Department
Maharlika Foods Corporation`),

  other(`Hi Kaye,

Thanks for the time on the phone tonight - really helpful to hear how you think about mobile onboarding.

I'm putting you forward to the portfolio presentation with the design team. I'll send over some slots tomorrow. Plan for 45 minutes: about 20 presenting one or two case studies, the rest questions.

Brianna`, 'Next step: portfolio presentation'),

  hold('application', ['role_closed'], { ...door },
    `Dear Kristine Mae,

Thank you for your application for the UX Designer position at the Department of Digital Services. We acknowledge receipt of your documents.

Please be informed that the hiring process for this position has been temporarily suspended pending the approval of the revised plantilla for the coming year. No applicant has been screened or disqualified, and all applications received will be evaluated once the process resumes. We will notify you of any developments through this email address.

Your documents will also remain in our file for other vacancies for which you may qualify.

Very truly yours,
Human Resource Management Division`, 'Status of your application'),

  rej('final', ['location'], { ...fb },
    `Hi Kaye,

I'm really sorry to be writing this one. The team loved your portfolio presentation and Owen was ready to move you to an offer after your final conversation with him yesterday.

When we went to set up the contract, our legal and payroll team confirmed that our employer-of-record provider no longer supports contractors in the Philippines for health data roles, because of the HIPAA access this role needs. We looked at every other option and there isn't a compliant way for us to engage you right now, so we have to close your process.

This is entirely about our set-up, not about you. I'm sorry.

Brianna`, 'Arcwell – final update'),

  other(`Hi Kaye,

Thanks for your email asking for an update on the Web Designer application. Unfortunately we haven't finished reviewing applications yet - our hiring manager was on leave - but we expect to contact shortlisted candidates by next Friday.

Regards,
Anna
HR, Tagpuan Travel`, 'Re: Follow-up on Web Designer application'),

  other(`Hi Kaye,

Thanks for applying for the Junior Product Designer role at Wattle & Co. I'd love to have a 20-minute intro chat to learn a bit more about you and tell you about the team.

Does Tuesday at 11am Melbourne time (8am Manila) work? If not, reply with a couple of times that suit and we'll make it work.

Nick
Head of Design, Wattle & Co`, 'Intro chat – Wattle & Co'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Kaye,

Thanks for the intro call on Tuesday - it was great to hear about your path from multimedia arts into UX.

I've shared your notes with the team. The role we're hiring for leans heavily on front-end build: the designer ships production HTML/CSS and Webflow pages themselves, and from our call that's an area you haven't worked in much. We've decided not to continue to the next stage.

Please do apply again if you see a more design-focused role from us - we'd be glad to hear from you.

Nick
Head of Design, Wattle & Co (Melbourne)`),

  other(`Hi Kaye,

Just a quick note - we've decided to move forward with you to the next stage for the UI Designer role! Next step is a 1-hour interview with our Creative Director and UX Lead at our Ortigas office.

Please bring a printed or tablet copy of your portfolio and a valid ID for building security.

Schedule: Monday, 10 Nov, 2:00 PM
Venue: 23F Tektite East Tower, Ortigas Center

Please confirm your attendance by replying to this email.

Regards,
Joy
Talent Acquisition, Tagpuan Travel`, 'Interview schedule – UI Designer'),

  other(`Hi Kristine Mae,

This is a reminder of your interview tomorrow, Monday 10 Nov, at 2:00 PM with Carlo (Creative Director) and Pia (UX Lead).

If you can no longer attend, please let us know as soon as possible so we can offer the slot to another applicant. Unfortunately, late arrivals may need to be rescheduled because of the panel's calendar.

See you tomorrow!
Joy
Tagpuan Travel`, 'Reminder: your interview tomorrow'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Candidate,

Thank you for your application for Digital Product Designer (Req 7741) at Caldera Insurance Asia.

After careful review, we have determined that your background is not the right fit for the requirements of this role at this time.

We encourage you to visit our careers site regularly.

Caldera Insurance Asia – Talent Acquisition
Please do not reply to this automated message. Workday`),

  other(`Hi Kaye,

Congratulations! 🎉

Following your interviews with Carlo and Pia, we're delighted to offer you the position of UI Designer at Tagpuan Travel. Your offer letter is attached and includes a monthly salary of PHP 42,000, HMO coverage from day one with one dependent, and a hybrid set-up (2 days in office).

Unfortunately we can't be flexible on the start date beyond 1 December because of our app relaunch, so please let us know your decision by Friday, 21 November.

We're really excited to have you on board!

Joy
Talent Acquisition, Tagpuan Travel`, 'Job offer – UI Designer'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Kaye,

Thanks for meeting with us on Friday about the UI Designer role.

We really appreciated your time. We're a 5-person team where the designer also handles client calls and social content on top of product work, and from our conversation it sounded like you'd like to focus only on product design. We think that difference would make it hard for both sides, so we won't continue.

Best of luck!

Trish
Studio Lead, Buko Creative`),

  other(`Hello Ms. Dizon,

Tagpuan Travel has engaged us to conduct a pre-employment background check in connection with your job offer. Please complete the online consent form and list two professional references (name, company, contact number) within 3 working days.

Thank you,
Verification Team
TrueCheck Background Services Phils.`, 'Background check – action needed'),

  other(`Hi Kristine Mae,

Thank you for accepting our offer! We're very happy to welcome you to Tagpuan.

To complete your pre-employment requirements, please submit the following to HR by 28 November:
• NBI clearance
• SSS, PhilHealth, Pag-IBIG and TIN numbers
• Certificate of employment from your previous employer
• 2x2 ID photo
• Medical exam results (we'll send the clinic details separately)

Let us know if you have questions.

HR Team, Tagpuan Travel`, 'Pre-employment requirements'),

  other(`Hi Ria,

Thank you for the update, and please let Daniel know I really appreciated the conversation. I have accepted another offer here in Manila so I'd like to withdraw my application for the Product Designer role.

Best regards,
Kaye

> On 14 Nov, Ria Santos wrote:
> I'll reach out again in the first week of December at the latest.`, 'Re: Update: Product Designer (Junior)'),

  other(`Hi Kaye,

Thanks for letting us know, and congratulations on your new role! We've withdrawn your application as requested. We'd be very happy to hear from you again in the future.

All the best,
Ria`, 'Re: Update: Product Designer (Junior)'),

  hold('screen', ['role_closed'], {},
    `Hi Kaye,

Quick update on the Junior UI Designer role with our client in Singapore that we spoke about on the phone. The client has told us they're putting the hire on pause until after Chinese New Year while they finalise next year's budget. They haven't reviewed shortlisted profiles yet, so nothing's been decided - I'll let you know as soon as they're ready to pick it back up.

Thanks,
Marcus Lim
Consultant, Straits Creative Recruitment`, 'Junior UI Designer (SG client) – on pause'),

  rej('application', ['generic'], {},
    `Hi Kristine Mae,

Thanks for applying for the UX Designer role at Mintline. We've received a lot of strong applications and, after careful consideration, we won't be progressing yours on this occasion.

Kind regards,
Mintline Talent Team

Mintline Pty Ltd · Surry Hills NSW 2010 · ABN 51 824 753 258
Sent with SmartRecruiters`),

  other(`Hi Kaye,

Welcome aboard! Your first day is Monday, 1 December. Please come to the 23rd floor reception at 9:00 AM and ask for Joy.

On day one you'll get your laptop, Figma and Slack access, and meet the product squad over lunch.

See you soon!
People Team, Tagpuan Travel`, 'Your first day at Tagpuan'),

  rej('application', ['role_closed'], {},
    `Hi Kaye,

Thank you for your application for the Junior Product Designer role at Ferngully Apps.

We're writing to let all applicants know that this role has been cancelled following a change in our team structure, and we won't be hiring for it. We're sorry we couldn't give you better news.

Regards,
Ferngully Apps`),

  other(`Hi Kristine,

We noticed you started an application for UI/UX Designer at Bayanihan Energy but didn't finish it. Your progress has been saved.

Unfortunately incomplete applications can't be considered, so finish yours before the posting closes on 30 November.

[Continue application]

Bayanihan Energy Careers`, 'Finish your application'),

  rej('interview', ['internal_candidate'], {},
    `Hi Kaye,

Thank you for interviewing with us for the Product Designer role at Kestrel Insights.

We've decided to offer the position to a member of our existing research team who has been moving into design. We enjoyed our conversation and wish you all the best.

Best regards,
Leah Tan
People & Culture, Kestrel Insights`),

  other(`Hi Kaye,

Hope the new job is going well! I know you just started, but a client of ours in Adelaide is looking for a part-time freelance UI designer for weekend work on a booking app - maybe 10 hours a week. No pressure at all, just thought of you.

Let me know if you'd like the details.

Jasmine
Offshore Pillar`, 'Freelance weekend gig?'),

  other(`Hi Kaye,

You're part of the Paddock talent community, so here's what's new this month: we've opened two new roles in Auckland (Senior Product Designer and Design Ops Lead), shipped offline mode for our mobile app, and published a behind-the-scenes post about how we run user research on working farms.

Not the right fit right now? No worries - we'll send the next update in a month.

The Paddock Talent Team
Update your preferences or unsubscribe`, 'News from Paddock – December'),

  rej('application', ['generic'], { ...door },
    `Dear Kristine Mae,

Thank you for your interest in joining Bayanihan Energy. We have reviewed all applications for the UI/UX Designer position. We regret that you were not shortlisted this time.

Your application will be kept in our talent pool for six months, and we may contact you should a suitable opportunity arise.

Bayanihan Energy – Human Resources`),
];
