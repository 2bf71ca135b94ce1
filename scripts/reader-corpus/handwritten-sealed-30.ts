/**
 * Sealed messages of the thirtieth round. Two halves. The first: rejections, each from a different employer and
 * writer, across sectors and countries, from tracking-system auto-mails, HR template letters, agency and search
 * recruiters, hiring managers and founders, at every stage. The second: one inbox over a season, a former airline
 * cabin-crew supervisor in Singapore moving into learning and development, customer-experience and HR roles, with
 * acknowledgements, invitations, scheduling, an offer, her own sent mail, paused processes and rejections.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s30-');

export const HANDWRITTEN_SEALED_30: readonly CorpusLine[] = [
  // ── A. Rejections from many employers
  rej('application', ['generic'], {},
    `Hi Tomasz,

Thanks for applying for the Senior Backend Engineer (Payments) role at Quillfern. We've now reviewed your application and won't be progressing it further.

We know how much effort goes into an application and we're grateful you chose to spend some of it on us.

Best,
The Quillfern Talent Team

--
Sent via Ashby. Quillfern Ltd, 14 Sclater Street, London E1 6HR`, 'Your application to Quillfern'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Adaeze,

Thank you for your interest in the Relationship Manager, SME Banking position (Req. 24-LAG-0931) at Meridian Trust Bank Plc.

Having assessed all applications against the requirements of the role, we have shortlisted candidates whose backgrounds align more closely with what the business unit is looking for at this time. Your application has therefore not been taken forward.

Your details will remain on our recruitment database and may be considered for suitable openings that arise within the next six months.

We wish you every success.

Yours faithfully,

Human Capital Management
Meridian Trust Bank Plc
Plot 1190, Adeola Odeku Street, Victoria Island, Lagos

This e-mail and any attachments are confidential and intended solely for the addressee.`, 'Re: Relationship Manager, SME Banking - Req. 24-LAG-0931'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Priyanka,

I wanted to get back to you personally after Thursday. Rafael and I both enjoyed the conversation, and your portfolio work on the onboarding flows was genuinely thoughtful.

Where we landed: this role leans very heavily on quantitative research — running and analysing large unmoderated studies, building survey instruments, some light stats in R. From what you walked us through, most of your research has been qualitative and moderated, and we'd need someone to own the quant side from day one. So we're going to pass for this one.

If we open the generalist researcher position we've been talking about for Q3, I'd love to reach out to you first.

All the best,
Helen Marsh
Head of Research, Tallyhop`, 'Following up on Thursday'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for applying for the role of Store Assistant (Nights) at FreshMart Stores, Branch 0442.

We received a large number of applications and on this occasion you have not been successful.

Kind regards
FreshMart Recruitment

Please do not reply to this email as this mailbox is not monitored.`, 'FreshMart: Your application for Store Assistant (Nights)'),

  rej('final', ['position_filled'], { ...offered },
    `Dear Margaret,

Thank you for attending the final panel for the post of Director of Estates on 14 March, and for the presentation you gave to the Vice-Chancellor's group.

The panel has now made an appointment to the post, and the successful candidate has accepted. I am sorry to be writing with news that will disappoint you after the time and care you gave to the process.

Should you wish to discuss the panel's observations, I would be glad to arrange a short call with the chair, Professor Linden. Please let me know via this address.

Yours sincerely,

Gwen Parry
Senior HR Partner (Professional Services)
University of Mid Wales`, 'Director of Estates - outcome'),

  rej('screen', ['salary'], { ...fb },
    `Hey Marcus — thanks for hopping on the phone yesterday.

I took it back to the hiring team. Honestly the gap between your number (145 base) and the band for this one (topping out ~118) is too big for them to bridge, and there's no flexibility on it this year. So I don't think it makes sense to push it forward.

Sorry, I know that's not what you wanted to hear. Good luck out there.

Jess
Talent Partner, Corvane Health`),

  rej('application', ['generic'], {},
    `<html><body><p>Hello {{candidate.first_name}},</p><p>Thank you for your interest in the <b>Sous Chef</b> role at Harbourline Hotels &amp; Resorts.</p><p>We regret to advise that your application has not been selected to proceed to the next stage.</p><p>Warm regards,<br>Harbourline People &amp; Culture</p><p style="font-size:10px">Harbourline Hotels &amp; Resorts is an equal opportunity employer.</p></body></html>`, 'Harbourline Hotels | Sous Chef'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Daniel,

Thank you for completing the HackerRank challenge for the Graduate Software Engineer programme.

Unfortunately your score didn't reach the threshold we use to invite candidates to the next round (you passed 4 of the 9 hidden test cases on question two and didn't submit question three). We're therefore unable to take your application further this cycle.

Regards,
Early Careers | Brightwater Logistics`, 'Brightwater Graduate Programme - coding challenge result'),

  rej('application', ['location'], { ...fb, ...door },
    `Dear Sebastián,

Many thanks for your application for the role of Hydrogeologist at Kestrel Water Services.

This role requires the right to work in the UK without sponsorship, and our records show you would need a Skilled Worker visa. Kestrel is not currently a licensed sponsor, so we're unable to consider your application.

If your circumstances change, we'd be pleased to hear from you again - our vacancies are posted at kestrelwater.co.uk/careers.

Yours sincerely,
Resourcing Team
Kestrel Water Services Ltd`, 'Your application - Hydrogeologist (KWS/1187)'),

  rej('interview', ['generic'], { ...offered },
    `Hi Chloé,

Thank you for coming in to meet the team last week for the Junior Designer role. It was lovely to hear about your work at the atelier in Lyon.

After a lot of discussion we have decided to go ahead with another applicant. If some pointers on the portfolio review would help, I'm glad to put a few down in an email for you.

Wishing you all the best,
Annabel
Studio Manager, Orrin & Vale Architects`, 'Junior Designer'),

  rej('application', ['generic'], {},
    `Greetings from Workday,

Your application for Financial Analyst II (JR-88231) at Halvard Mining Corporation has been reviewed. The status of your application has been updated to: Not Selected.

To view the status of your applications, log in to the Candidate Home.

This email was sent from a notification-only address that cannot accept incoming email.`, 'Halvard Mining - Application Update JR-88231'),

  rej('screen', ['culture_fit'], { ...fb },
    `Kwame,

Appreciate you taking the call Tuesday. Straight talk as promised: the founders are looking for someone who's happiest in a fast, loose, figure-it-out-on-Friday environment, and from our chat you were pretty clear that you do your best work with structured processes and a defined scope. Nothing wrong with that, it's just not how this team runs right now and I don't want to set either side up for a rough six months.

I'll be honest, that's the whole reason. Thanks again for being so candid on the call.

Rob Tanaka
Partner, Fieldstone Search`, 'Post-call'),

  rej('final', ['generic'], { ...door },
    `Dear Olumide,

Thank you for taking part in the final stage of our selection for the Pilot Cadet Programme, including the simulator assessment and the panel interview at our Crawley training centre.

We are sorry to tell you that on this occasion we are unable to offer you a place.

We recognise the commitment that reaching the final stage represents. You are welcome to apply again when the programme reopens for the next intake.

Yours sincerely,

Cadet Recruitment
Albion Skyways`, 'Albion Skyways Pilot Cadet Programme - final stage outcome'),

  rej('application', ['skills_gap'], { ...fb },
    `Hello Mr. Venkataraman,

Reference: ICON/RA/2024/077 - Research Associate, Antibody Engineering

Thank you for applying. The position requires a PhD in a relevant discipline and at least two years of hands-on experience with phage display libraries. Based on the information in your CV we were unable to see phage display experience, so your application has not been shortlisted.

Kind regards,
Talent Acquisition
Iconis Bio Pvt. Ltd., Genome Valley, Hyderabad`, 'ICON/RA/2024/077'),

  rej('interview', ['internal_candidate'], {},
    `Hi Fiona,

Thanks so much for your time with Declan and me on Monday. I wanted to let you know that we've decided to fill the Customer Operations Lead role with someone who's already on the team here.

That decision wasn't about you, and I'm sorry to have taken up your time.

Niamh Brennan
Operations Director
Greenlane Couriers, Dublin 12`, 'Customer Operations Lead'),

  rej('application', ['generic'], { ...door },
    `Hi Jordan,

We really appreciate your interest in joining Pixelroot Games as a Level Designer.

After careful review, we won't be moving forward with your candidacy at this time. We had an unusually strong pool for this role.

Please keep an eye on pixelroot.gg/jobs — we'd love to see your name pop up again.

GG,
Pixelroot Recruiting

You're receiving this because you applied via Greenhouse. Privacy policy: pixelroot.gg/privacy`, 'Pixelroot Games - Level Designer'),

  rej('final', ['profile_mismatch'], { ...offered, ...door },
    `Dear Ingrid,

I'm writing following your final interview with our client, Nordhavn Shipping, for the Chief Financial Officer appointment.

The client has asked me to thank you for the preparation you put in, and for the way you handled the board session. In the end they chose a candidate whose background lines up more closely with where they are going in the next two years.

I'd be happy to go through the board's comments with you by phone if that would be useful — just suggest a time. I also expect to be in touch about other mandates this year; you are very much on our radar.

With best regards,

Anders Holm
Partner
Lindqvist Executive Search, Copenhagen`, 'Nordhavn Shipping - CFO'),

  rej('application', ['role_closed'], {},
    `Dear Ms. Chen,

Thank you for applying for the Policy Officer (Transport Planning) position, Job ID 2024-TR-00519, with the Department of Transport and Main Routes.

Please be advised that this vacancy has been withdrawn and will not be filled. All applications received have been closed.

Regards,
Recruitment Services
Queensland Government
Do not reply to this automatically generated email.`, 'Job ID 2024-TR-00519 - Vacancy withdrawn'),

  rej('assessment', ['generic'], {},
    `Dear Applicant,

Thank you for completing the online assessments for the Police Constable role with Eastvale Police.

We have now reviewed the results and regret to inform you that you will not progress further in this recruitment campaign.

Eastvale Police Recruitment Team
Ref: PC-2024-03

This message was generated automatically by Oleeo.`, 'Eastvale Police - PC Recruitment update'),

  rej('interview', ['profile_mismatch', 'salary'], { ...fb },
    `Hi Lena,

Thank you again for meeting with Tobias and the merchandising team on Wednesday.

We've given it a lot of thought. The team felt your background doesn't quite line up with the role as we've scoped it, and your expectations (which you were very upfront about, thank you) sit well above the budget we have for it. Both of those pointed the same way, so we've decided not to continue.

I really wish you the best of luck.

Sofia Reyes
Talent Acquisition, Maison Vautrin, Paris`, 'Maison Vautrin - Assistant Merchandiser'),

  rej('application', ['generic'], {},
    `Thank you for applying to Junior Accountant at Rennick & Co. We have reviewed your application and we will not be taking it further. Kind regards, Rennick & Co.

Powered by Workable`, 'Update on your application'),

  rej('screen', ['generic'], { ...offered },
    `Hi Sipho,

Thanks for the chat last Friday about the Regional Sales Manager role. We've now finished the first round of calls and I'm sorry to say you won't be going through to meet the hiring manager.

If you'd like a bit more detail, drop me a reply and I'll share what I can.

Cheers,
Thandi Mokoena
Recruitment Consultant, Peakline Talent (Johannesburg)`, 'RSM - Cape Timber Group'),

  rej('application', ['overqualified'], { ...fb },
    `Dear Dr. Okonkwo,

Thank you for your application for Laboratory Technician (Band 4) at Glenmoor Biotech.

Your experience as a principal scientist leading a team of twelve is far beyond what this position involves, and we feel the role would not provide you with the challenge or responsibility that your background warrants. For that reason we have decided not to progress your application.

With best wishes,
Hannah Pryce
HR Advisor`, 'Laboratory Technician (Band 4)'),

  rej('interview', ['generic'], { ...door },
    `Dear Ahmed,

Thank you for taking the time to interview for the Night Duty Manager role at The Larkspur Hotel Dubai Marina.

After careful consideration, we have decided to proceed with another candidate at this time. We sincerely appreciated the opportunity to get to know you.

We would like to retain your profile for upcoming openings across the group and will contact you should a suitable role arise.

Best regards,
Talent Acquisition
Larkspur Hotel Group`, 'Night Duty Manager - Larkspur Dubai Marina'),

  rej('application', ['generic'], {},
    `Hi Mei,

Thank you for your interest in Lumatek! Unfortunately, we will not be moving forward with your application for Product Designer.

Best,
Lumatek

Sent with Lever`),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...door },
    `Hi Ravi,

Thanks for the time you put into the take-home. The reviewers liked how clean your API layer was and how clearly you wrote up the trade-offs.

Where it fell short for us: the task asked for the sync job to be idempotent and resumable, and your version re-processes everything from scratch after a failure. There were also no tests around the retry logic. For this team, that kind of reliability work is the core of the job, and we need someone with more depth in distributed data pipelines.

We'll hold off this time. You'd be welcome to apply again in a year or so, especially for our product engineering roles.

Thanks,
Ellen Kowalski
Engineering Manager, Dataloom`, 'Dataloom take-home - feedback'),

  rej('application', ['generic'], {},
    `Dear [FIRST NAME],

Thank you for your application for the position of [JOB TITLE]. We have carefully considered your application and unfortunately, on this occasion, you have not been shortlisted for interview.

We wish you every success in your job search.

Yours sincerely,

People Team
Aldgate Freight Forwarding`, 'Your application'),

  rej('final', ['generic'], { ...offered },
    `Hi Beatriz,

Thank you for spending the whole day with us at the onsite last week. Everyone you met spoke warmly about you.

The decision this time has gone to another finalist. It was very close.

I'm around next week if you'd like to talk through the loop — just grab 20 minutes on my calendar.

Warmly,
Tara
Recruiting Lead, Sundial Robotics`, 'Sundial Robotics - onsite'),

  rej('application', ['profile_mismatch'], {},
    `Dear Mr. Haddad,

We thank you for the interest in our company and the position of Export Sales Coordinator. We have received a lot of applications. After examining your documents we must inform you that other applicants correspond more to the profile we search.

We wish you for your future all the best.

With kind regards
Personalabteilung
Kessler Maschinenbau GmbH

Sent via Personio`, 'Your application at Kessler Maschinenbau GmbH'),

  rej('interview', ['generic'], {},
    `Sorry Liam - we went with someone else for the bar manager job. Thanks for coming in. Dave`),

  rej('application', ['location'], { ...fb },
    `Hi Anya,

Thank you for applying for our Customer Success Manager role. We've reviewed your application with interest.

Unfortunately this position is fully in-office at our Toronto studio five days a week, and your application mentions you'll be staying in Halifax and are looking for remote work. As we can't offer that arrangement for this role, we won't be moving ahead.

All the best in your search,
Maple & Loom Recruiting

Sent via Recruitee`, 'Customer Success Manager at Maple & Loom'),

  rej('final', ['position_filled'], { ...door },
    `Dear Siobhan,

You will know that we had narrowed the search for Head of Learning down to two people, and you were one of them. I'm writing to let you know that we have made an offer to the other candidate and it has been accepted.

I hope you know how seriously we took your candidacy. If another senior role in the People function opens over the next year, I'd very much like to contact you about it.

Kind regards,
Grainne O'Sullivan
Chief People Officer, Curragh Insurance`, 'Head of Learning'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Pedro,

Thanks for the call earlier. As I mentioned, our client for the Data Engineer contract really needs someone who has already worked hands-on with Databricks and Unity Catalog in production — that's non-negotiable for them because the contract is only six months. Since your experience is mostly on the AWS Glue/Redshift side, I won't be putting you forward on this one.

Best,
Connor Walsh
Senior Consultant, Byte & Bridge Recruitment`),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your interest in a career with Northgate Regional Council. The selection panel has completed shortlisting for Position No. 4412 - Parks Maintenance Officer.

You have not been shortlisted for interview.

Yours faithfully
Human Resources
Northgate Regional Council`, 'Position No. 4412 - Parks Maintenance Officer'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Grace,

Thank you for your patience while we worked through the interviews for the Clinical Trial Associate role. We've now made our decision and, I'm sorry to say, we'll be going with candidates whose backgrounds are a closer match for the studies starting this summer.

I'd like to keep your CV on file for the next round of CTA hiring later in the year, if you're happy for us to do so.

Best wishes,
Megan Alder
Talent Acquisition Partner, Orion Clinical Research`, 'Clinical Trial Associate'),

  rej('application', ['generic'], {},
    `Hi Kenji,

Thanks for applying for Gameplay Programmer at Stormhalo Interactive. It's not going to be a yes this time, but we appreciated seeing your work.

Stormhalo Talent

Sent by Teamtailor · Unsubscribe from career updates`, 'Stormhalo Interactive'),

  rej('final', ['culture_fit'], {},
    `Dear Theo,

Thank you for joining us for the final conversations with Amara and the leadership team. We've thought carefully about how the team would work together, and we've concluded that another candidate will be a stronger fit with the way the leadership group operates.

Thank you again, and very best wishes.

Karin Lund
Co-founder, Hollowtree Ventures`, 'Thank you, Theo'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear candidate,

Thank you for completing the situational judgement test and the numerical reasoning test for the Graduate Trainee Programme at Eastbank Group.

Your results did not meet the required standard to progress to the video interview stage.

Kind regards
Eastbank Graduate Recruitment Team`, 'Your Eastbank assessment results'),

  rej('application', ['role_closed'], { ...door },
    `Hi Nadia,

Quick note to let you know that we've paused hiring for the Marketing Coordinator role due to budget changes, so we won't be taking any applications forward, yours included.

We'd be glad to see you apply again if the role reopens - we'll post it on our careers page.

Cheers,
Sam @ Kinfolk Coffee Roasters`, 'Marketing Coordinator update'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Ms. Abubakar,

Re: Credit Risk Analyst — second interview, 22 May

Thank you for attending the second interview with Mr. Eze and Mrs. Adeyemi.

The panel was impressed by your understanding of credit scoring. However, the role requires solid experience with IFRS 9 expected credit loss modelling, which the panel felt was not yet sufficiently developed in your profile. The bank has therefore decided not to proceed with your application.

If you would like more detailed comments, you may write to the recruitment desk and we will arrange it.

Yours faithfully,
For: Head, Talent Acquisition
Coastline Commercial Bank Limited`, 'Re: Credit Risk Analyst - second interview, 22 May'),

  rej('application', ['generic'], {},
    `Your application for "Warehouse Team Leader" (Ref 55120) has been reviewed.

Status: Unsuccessful

Thank you for your interest in Consolidated Carriers.

---
This is an automated message from iCIMS. Please do not respond.`, 'Application Status Update - Ref 55120'),

  rej('screen', ['generic'], { ...door },
    `Hi Aoife,

Lovely to speak with you on Thursday. Having now finished all the intro calls, we've chosen a small group to move on to interviews, and you're not among them for this role.

I'm really sorry, and I'd be glad if you kept applying to Brindle — we hire a lot of CX people through the year.

Róisín
Talent, Brindle`, 'Brindle - quick update'),

  rej('final', ['profile_mismatch', 'position_filled'], {},
    `Dear Arjun,

Thank you for your participation in the final round for the position of Plant Manager at our Pune facility.

We have finalised our selection and the role has been offered to a candidate whose experience is more closely matching our immediate requirements.

We thank you for your time and interest in Sahyadri Auto Components.

Regards,
HR Department
Sahyadri Auto Components Ltd.`, 'Plant Manager - Pune'),

  rej('application', ['generic'], {},
    `Thank you for applying to the Retail Sales Associate position at Noor Fashion House. We received many applications and have decided to progress with other candidates.

Please do not reply to this message. Powered by SmartRecruiters.`, 'Noor Fashion House - Retail Sales Associate'),

  rej('interview', ['generic'], { ...offered },
    `Hi Hamish,

Thanks for making the trip in on Tuesday to meet the project team for the Site Engineer post. Unfortunately we won't be taking your application to the next stage.

If it's helpful, I'm happy to give you a ring next week and go over how the interview went.

Kind regards,
Lachlan Reid
Construction Manager, Southern Cross Civil (Brisbane)`, 'Site Engineer - Southern Cross Civil'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Camille,

Thanks for applying to be a Bilingual Customer Care Agent. Unfortunately this role needs fluent written and spoken Dutch, and your application lists Dutch at A2. For that reason we can't move forward this time.

We often open French and English positions, so please do look at our other vacancies.

Kind regards,
Customer Care Recruitment
Voyago Travel`, 'Bilingual Customer Care Agent'),

  rej('assessment', ['profile_mismatch'], {},
    `Dear Eleanor,

Thank you for the case exercise you submitted for the Strategy Associate role. We have now reviewed all submissions together with the applications, and we have decided to invite other candidates, whose experience sits closer to what the team needs, to the interview stage.

We appreciate the effort you put into the exercise.

Kind regards,
Recruitment Team, Ashworth & Pell Consulting`, 'Strategy Associate - case exercise'),

  rej('interview', ['role_closed'], {},
    `Hi Zainab,

I owe you an update. After your interviews with the product team, the company has gone through a reorganisation and the Product Operations role has been removed from the plan entirely. That means we're closing the search without hiring anyone.

I'm really sorry about this — it's nothing to do with you.

Michelle
Recruiting, Tidepool Fintech`, 'Product Ops role'),

  rej('application', ['generic'], {},
    `Dear Ms. Lindqvist,

Thank you for your application for the position of Procurement Specialist (Requisition 10448) at Vantor Energy. We have carefully reviewed your qualifications and regret that we will not be pursuing your candidacy for this opening.

Sincerely,
Vantor Energy Talent Acquisition

This email was sent from an unmonitored mailbox via Taleo.`, 'Vantor Energy - Procurement Specialist (Req 10448)'),

  rej('final', ['generic'], { ...offered },
    `Dear Chidi,

Thank you for coming through to the final round. The choice was very difficult and we have decided to proceed with another candidate for the role of Senior Auditor.

Should you want a debrief on your final interview, you may contact me directly on 0803 000 0000 and I will arrange it.

We wish you success in your career.

Best regards,
Folake Adebayo
HR Business Partner, Ashbury Audit Nigeria`, 'Senior Auditor - final round'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi there Wen,

Thank you for your interest in joining Crestmoor Hotel Group as Revenue Analyst.

We've looked carefully through your application. While your background is impressive, we don't feel it's the best match for what this particular role needs right now.

We'll keep your details in our talent pool and may reach out if something better suited comes up.

Thanks again,
Crestmoor Careers

Powered by Pinpoint`, 'Crestmoor Hotel Group - Revenue Analyst'),

  rej('screen', ['location'], { ...fb },
    `Hi Dimitri,

Thank you for the phone screen yesterday. After the call I confirmed with the team that this role requires candidates to already hold US work authorization; we're unable to sponsor an H-1B for it. Since you'd need sponsorship, we won't be able to continue.

I'm sorry we didn't catch that before the call.

Best,
Kayla Brooks
Recruiter, Ridgepoint Analytics`, 'Ridgepoint Analytics - next steps'),

  rej('interview', ['generic'], {},
    `Dear Ms. Patel,

Thank you for attending the interview for the position of Senior Water Quality Scientist on 9 April.

I am writing to inform you that your application has been unsuccessful.

Yours sincerely,
J. Whitmore
Recruitment Administrator
Severnside Water`, 'Interview outcome - Senior Water Quality Scientist'),

  rej('application', ['position_filled'], { ...door },
    `Hi Olivia,

Thanks a lot for getting in touch about the Barista role at our Leith shop! We've had loads of great applications and we've already put a team together for the summer.

We keep every application for six months though and we'll give you a shout if something comes up.

Cheers,
Fern & Finch`, 'Barista role'),

  rej('assessment', ['generic'], {},
    `Thank you for completing the online assessment for the Customer Service Advisor role at Kinetic Telecom. Following review, your application will not be progressing.

Regards,
Kinetic Telecom Recruitment (via Dayforce)`, 'Kinetic Telecom - application status'),

  rej('final', ['assessment'], { ...fb, ...offered },
    `Dear Raphael,

Thank you for attending our assessment centre on Wednesday.

We've now reviewed the scores from the group exercise, the presentation and the final interview. Your presentation and interview were well received, but your written in-tray exercise fell below the benchmark we set, largely because the prioritisation of the urgent items didn't match the brief. As the in-tray is weighted heavily for this graduate scheme, we will not be making you an offer.

Detailed scores are available on request from graduates@northline.co.uk.

Best wishes,
Graduate Recruitment, Northline Rail`, 'Northline Rail Graduate Scheme - assessment centre outcome'),

  rej('application', ['generic'], {},
    `Dear Sir/Madam,

We acknowledge receipt of your application dated 2 February. After review, we regret to inform you that you have not been selected. This decision is final and no correspondence will be entered into.

Human Resources
Tamarind Mining Ltd, Kitwe`, 'Application - Mine Surveyor'),

  rej('interview', ['overqualified', 'salary'], { ...fb },
    `Hi Bernard,

Thanks for talking with me and Chris. We both came away thinking you'd be bored in this job within a few months — it's a hands-on coordinator role and you've been running the whole department for years. The pay also wouldn't come near what you're used to. We'd rather be honest now than lose you in a year.

Good luck, sincerely.

Paula Greene
Owner, Greene Family Logistics`, 'coordinator role'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Aisha,

Appreciate your time on the recruiter call last week for the Fraud Operations Analyst role. After comparing all the screens, the hiring manager has chosen to continue with candidates whose experience more directly matches the role.

Best of luck,
Victoria
Talent Acquisition | Cobalt Pay`, 'Cobalt Pay - Fraud Operations Analyst'),

  rej('application', ['position_filled'], {},
    `Dear Applicant,

Thank you for your interest in the Store Manager position at our Parramatta location. Please note this position has now been filled.

Regards,
Bondi Grocers Recruitment`, 'Store Manager - Parramatta'),

  rej('interview', ['culture_fit', 'profile_mismatch'], {},
    `Hi Noah,

Thanks for meeting with the team on Friday. We enjoyed the discussion, but we've decided not to move forward. We felt the team would be better served by someone whose experience and way of working align more closely with how we collaborate here.

All the best,
Georgia
Lead Designer, Carrow Studio`, 'Carrow Studio - Designer'),

  rej('application', ['generic'], {},
    `Dear Yusuf,

Thank you for your application to the position of IT Support Technician (Job Req 23871) at Whitestone Logistics. After careful consideration, we have decided not to proceed with your application.

We appreciate your interest in Whitestone.

Sincerely,
Whitestone Logistics Talent Acquisition
Powered by SAP SuccessFactors`, 'Update on Job Req 23871'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Tamsin,

Thanks again for coming in to chat with the practice partners. I'm writing to let you know the Part II Architectural Assistant post has now been filled.

We were really impressed by your housing scheme and would love to hear from you if you're still looking when we next recruit in the autumn.

Best,
Ruth Okafor
Practice Manager, Lantern Architects`, 'Part II Assistant'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Applicant,

Thank you for applying for the position of Trainee Accountant at Keystone Chartered Accountants. This opening is for candidates who have cleared both groups of CA Intermediate; your form shows Group I only, so you were not shortlisted. Feedback beyond this cannot be provided owing to the volume of applications.

Please continue to check our website for future vacancies.

Keystone CA, Mumbai`, 'Trainee Accountant - Keystone'),

  rej('final', ['generic'], { ...door },
    `Hey Maya,

I wanted to reach out myself. You were one of our last three for the founding engineer role, and it's been a really hard call. We're going to go with someone else.

Please stay in touch - we're going to be hiring a lot more next year and I'd love to have another conversation then.

Dev
CEO, Lumen Labs`, 'Founding engineer'),

  rej('application', ['profile_mismatch'], {},
    `Thank you for applying to Technical Writer at Clearwater Systems. We have decided to pursue other candidates whose qualifications better meet the needs of this position at this time.

Clearwater Systems
Jobvite`, 'Clearwater Systems - Technical Writer'),

  rej('screen', ['generic'], {},
    `Hi Ethan, thanks for the call on Monday. We've decided not to proceed to the next round. Best, Carla (Ruby Recruitment)`),

  rej('assessment', ['assessment'], { ...fb },
    `Hello Luca,

Thank you for completing the written translation test for the Italian Language Specialist role. The reviewers found several terminology errors in the legal passage and the final paragraph was incomplete, so the test did not meet our standard.

We are therefore unable to continue your application.

Regards,
Lingua Bridge Recruitment`, 'Translation test results'),

  rej('interview', ['generic'], { ...offered },
    `Dear Kofi,

Thank you for interviewing with us for the Supply Chain Planner position. We will not be moving forward with your candidacy.

The panel's notes are yours for the asking; write back and I will send a summary.

Best regards,
Nordic Freight Group HR`, 'Supply Chain Planner interview'),

  rej('final', ['role_closed'], { ...door },
    `Dear Hyun-woo,

Thank you for completing all stages of our process for the Head of Game Economy role. After the final interviews, the studio has decided to restructure the live operations team and the position has been cancelled.

We remain interested in you for future roles and will be in touch.

Best regards,
Sarah Lin
Talent Director, Crowngate Studios`, 'Head of Game Economy'),

  rej('application', ['internal_candidate'], {},
    `Dear Mr. Fraser,

Thank you for applying for the post of Research Administrator (Ref. 2024/RA/112). The post has been filled by an internal applicant and we will not be proceeding with external candidates.

Yours sincerely,
Human Resources, Glenbrook University`, 'Research Administrator - Ref. 2024/RA/112'),


  // ── B. One inbox: a cabin-crew supervisor in Singapore moving into L&D, CX and HR, March to September
  other(`Hi Joanne,

Thank you for applying for Learning & Development Specialist (JR-104517) at Lionsgate Bank.

We've received your application and our Talent Acquisition team will review it against the requirements of the role. Due to the volume of applications we receive, we are unfortunately unable to respond to each candidate individually unless you are shortlisted, but you can track your status at any time in the Candidate Home.

We appreciate your patience and your interest in building a career with us.

Lionsgate Bank Talent Acquisition
This is a system-generated email. Please do not reply.`, 'Lionsgate Bank: We have received your application (JR-104517)'),

  other(`Dear Hiring Team,

I am writing to apply for the position of Trainer, Service Excellence at Kestrel Learning Academy, as advertised on your website.

For the past ten years I have flown with Straits Air, first as a crew member and then as a cabin supervisor. For the last three years I have been seconded to the airline's training centre, where I designed and delivered the service and safety modules for new-hire crew - around 40 classes of 20-25 trainees each - and coached supervisors on giving feedback on board.

I am keen to bring that experience to corporate clients, and I believe your service excellence programmes for the hospitality and healthcare sectors are a very natural fit.

My CV is attached. I would be grateful for the chance to speak with you.

Warm regards,
Joanne Tay Hui Min
+65 9xxx 4410`, 'Application: Trainer, Service Excellence - Joanne Tay'),

  rej('application', ['generic'], {},
    `Dear Joanne,

Thank you for your interest in the Learning & Development Specialist position (JR-104517) at Lionsgate Bank.

We have reviewed your application carefully, and regret to inform you that we will not be progressing it on this occasion.

We thank you for considering Lionsgate Bank as a potential employer.

Lionsgate Bank Talent Acquisition
This is a system-generated email. Please do not reply.`, 'Your application for JR-104517 at Lionsgate Bank'),

  other(`Hi Joanne!

Thanks so much for applying to be a Customer Experience Trainer at Hopscotch. We're stoked you want to join us 🎉

Here's what happens next: a member of our team will look through your application in the next 1-2 weeks. If there's a match, we'll reach out to set up a chat. If it's not a match this time, we'll let you know either way - we promise not to leave you hanging.

In the meantime, check out our culture deck on the careers page.

Team Hopscotch

--
You are receiving this because you applied via Greenhouse.`, 'Thanks for applying to Hopscotch!'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Ms. Tay,

Thank you for your application for the role of Guest Experience Manager at The Raffles Quay Grand.

We have now considered all applications, and have decided to proceed with candidates whose experience more closely suits the role. We know this is not the news you were hoping for.

With your consent, we would like to keep your profile with us for other guest-facing and training positions across our Singapore properties over the coming year.

Kind regards,
Human Resources
The Raffles Quay Grand Hotel`, 'Guest Experience Manager - The Raffles Quay Grand'),

  other(`Dear Joanne Tay,

Thank you for applying for Patient Experience Executive (Req ID 60281) with Kallang General Hospital.

Your application status is now: In Review

Our recruitment team is currently reviewing applications and will contact shortlisted candidates. Please note that this process may take up to 6 weeks. We thank you for your patience.

Kallang General Hospital | Human Resource Division
Powered by SAP SuccessFactors`, 'Application Status - Req ID 60281'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Joanne,

Thank you for applying for the Trainer, Service Excellence role at Kestrel Learning Academy, and for your thoughtful letter.

Because all of our trainers deliver WSQ-accredited courses, we need them to hold the Advanced Certificate in Training and Assessment (ACTA) or the newer equivalent before they start. I couldn't see that in your CV, so I'm not able to shortlist you for this round.

Your airline training background is exactly the kind of experience we value, though. If you complete the ACTA, please do write to us again - I would be glad to look at your application then.

Best regards,
Melissa Goh
Head of Faculty
Kestrel Learning Academy Pte Ltd`, 'Re: Application: Trainer, Service Excellence - Joanne Tay'),

  other(`Hi Joanne,

I came across your profile and was struck by your move from cabin crew training into L&D - it's a transition I've helped a few people make.

I'm working with a regional insurer that is building a customer experience academy for its contact centres in Singapore and Manila. They're looking for a Senior Learning Consultant with strong facilitation skills, and frankly they're open to people from outside financial services.

Unfortunately I can't share the client's name until we speak, but would you be open to a 15-minute call this week?

Best,
Darren Koh
Principal Consultant, Human Capital Practice
Northpoint Search Asia (EA Licence 18Cxxxx)`, 'Senior Learning Consultant - CX academy'),

  other(`Hi Darren,

Thanks for reaching out. Yes, I'd be happy to chat. I'm free Thursday after 2pm or Friday morning - let me know what suits.

Joanne

Sent from my iPhone

> On 17 Mar 2026, at 10:12 AM, Darren Koh wrote:
>
> Would you be open to a 15-minute call this week?`, 'Re: Senior Learning Consultant - CX academy'),

  rej('application', ['generic'], {},
    `Hi Joanne,

Thanks again for applying for Customer Experience Trainer.

We've carefully reviewed your application and, while it was great to learn about your background, we've decided not to move forward at this time.

Team Hopscotch`, 'Your application at Hopscotch'),

  other(`Dear Joanne,

Thank you for your interest in the Executive, Learning & Organisation Development position.

We are pleased to inform you that you have been shortlisted to complete the online assessment for this role. The assessment comprises a verbal reasoning test, a situational judgement questionnaire and a work-style profile, and takes about 60 minutes in total.

Please complete it by 11:59pm on Sunday, 29 March 2026. Unfortunately we are unable to extend this deadline.

Link: https://assess.example.com/jw92K1

Should you require any accommodation, do let us know.

Regards,
Recruitment Team
SkillsNext Agency`, 'SkillsNext Agency - Online Assessment Invitation'),

  other(`Reminder: your assessment for Executive, Learning & Organisation Development closes in 48 hours.

If you have already completed it, please ignore this reminder.

SkillsNext Agency Recruitment`, 'Reminder: complete your assessment'),

  rej('application', ['location'], { ...fb },
    `Hi Joanne,

Thanks for your application for the Regional Service Quality Lead. I should have flagged this in the advert more clearly — this role is based in our Jakarta head office and the team is not able to consider a Singapore-based arrangement. Since you indicated that you are not looking to relocate, we won't be taking it further.

Apologies for any confusion, and all the best.

Putri Anindya
Talent Acquisition, Arunika Air`, 'Regional Service Quality Lead'),

  other(`Hi Joanne,

Thank you for your patience! I'm happy to let you know that the hiring team would like to set up a first conversation with you for the Patient Experience Executive role.

It'll be a 30-minute phone call with me (Priscilla from HR). Could you let me know your availability on 8 or 9 April?

Regards,
Priscilla Ng
Senior Executive, Talent Acquisition
Kallang General Hospital`, 'Patient Experience Executive - Phone Interview'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Joanne,

Thank you for speaking with me on Wednesday about the HR Business Partner role.

I've shared my notes with the hiring manager. She was impressed with your people skills, but this role will be handling employee relations cases from day one, including disciplinary inquiries under the Employment Act, and she needs someone with prior ER casework. Without that, she has decided not to progress.

Wishing you the best of luck with your transition.

Kind regards,
Jasmine Lee
Talent Acquisition Partner, Verdana Semiconductor`, 'HRBP - update'),

  other(`Hello Joanne,

Your application for the position of Customer Service Officer at Pacific Harbour Insurance has been received.

Thank you for your interest. We regret that we are unable to respond to enquiries on the status of individual applications by phone. We will get in touch with you should your profile be suitable.

Pacific Harbour Insurance
HR Shared Services`, 'Application Received'),

  rej('application', ['overqualified'], { ...fb },
    `Dear Joanne,

Thank you for your application for Customer Service Officer at Pacific Harbour Insurance.

Having reviewed your CV, we feel that with ten years of experience including supervising and training crew, your experience is well above what this entry-level position requires, and it would not make best use of your skills. We have therefore decided not to proceed.

We wish you all the very best.

HR Shared Services
Pacific Harbour Insurance`, 'Your application with Pacific Harbour Insurance'),

  other(`Hi Priscilla,

Thank you so much for the call this morning. I really enjoyed hearing about the hospital's patient experience plans, especially the service recovery training for ward staff.

Please let me know if you need anything further from me.

Best regards,
Joanne`, 'Thank you - Patient Experience Executive'),

  other(`Dear Joanne,

Thank you for taking the time to speak with me earlier today.

I am pleased to invite you to a panel interview for the role of Patient Experience Executive, with the Deputy Director of Patient Experience and the Nurse Manager (Service Quality).

Date: Wednesday, 22 April 2026
Time: 10:00am - 11:00am
Venue: Level 3, Admin Block, Meeting Room 3B

Please bring your NRIC and original certificates. Unfortunately parking on campus is limited, so we'd recommend public transport.

Regards,
Priscilla Ng
Kallang General Hospital`, 'Invitation to Panel Interview - Patient Experience Executive'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Joanne,

Thank you for completing the online assessment for the Executive, Learning & Organisation Development position.

We regret to inform you that your results for the verbal reasoning component fell below the benchmark set for this role, and your application will therefore not proceed to the interview stage.

Please note that we are unable to provide further details on individual assessment results.

Regards,
Recruitment Team
SkillsNext Agency`, 'SkillsNext Agency - Application Outcome'),

  other(`Hi Joanne,

Unfortunately Dr. Rahman has been called into a hospital committee meeting at short notice and won't be able to make the panel on Wednesday. We're very sorry for the inconvenience.

Could we move your interview to Friday, 24 April at 2:30pm, same venue? Please let me know if that works.

Apologies again,
Priscilla`, 'RESCHEDULE: Panel Interview - Patient Experience Executive'),

  other(`Dear Joanne,

Friday 2:30pm works perfectly. Thank you for letting me know, and no trouble at all.

See you then,
Joanne

On Mon, 20 Apr 2026 at 16:48, Priscilla Ng wrote:
> Could we move your interview to Friday, 24 April at 2:30pm, same venue?`, 'Re: RESCHEDULE: Panel Interview - Patient Experience Executive'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Joanne,

Thanks for the call yesterday, really enjoyed hearing about your time at the training centre!

I checked with the client. Sadly the budget for the Senior Learning Consultant role is capped at around $6,500 a month, and the $8,000 you mentioned as your minimum is further than they can stretch. They've asked me not to send your profile across for this one.

I'd still like to keep you in my pipeline — I get L&D briefs fairly regularly and you'd be a strong fit for a few of them.

Cheers,
Darren`, 'Re: Senior Learning Consultant - CX academy'),

  hold('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for your application for the position of Manager, Service Quality (Ref: CSA/2026/014).

We wish to inform you that the recruitment exercise for this position has been put on hold pending a review of the division's structure. Your application remains on file and will be considered should the exercise resume. We will update you when there is further news.

We apologise for any inconvenience caused and thank you for your patience.

Human Resource Department
Civil Service Academy (Singapore)`, 'Manager, Service Quality (Ref: CSA/2026/014) - Update'),

  other(`New jobs matching "Learning and Development" in Singapore

• L&D Executive — Harbourfront Retail Group — posted 2 days ago
• Training Coordinator (Aviation) — SkyBridge Ground Services — posted 3 days ago
• Customer Experience Lead — Ferrowave Telco — posted 5 days ago

Unfortunately we couldn't find more matches for your saved search this week. Try widening your keywords.

You're receiving this job alert because you created it on JobsBay. Manage alerts | Unsubscribe`, '3 new jobs for "Learning and Development"'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Joanne,

Thank you for attending the panel interview for the position of Patient Experience Executive on 24 April 2026.

The panel appreciated your warmth and your clear examples from your flying years. After careful deliberation, however, we have selected a candidate whose background is a closer match to the needs of the role at this point.

We would like to retain your application in our talent pool, and may contact you for future openings in Patient Experience or Staff Development.

Thank you once again for your interest in Kallang General Hospital.

Yours sincerely,
Priscilla Ng
Senior Executive, Talent Acquisition
Kallang General Hospital`, 'Outcome of your interview - Patient Experience Executive'),

  other(`Hi Joanne,

Welcome to the Orchid Bay Health Talent Community!

By joining, you'll be first to hear about roles that fit your interests in training, nursing education and patient services. We'll keep you in mind as new positions open, and you can update your preferences at any time.

Unfortunately we can't reply to individual messages sent to this address, but our careers FAQ covers most questions.

Warm wishes,
Orchid Bay Health Careers`, 'Welcome to the Orchid Bay Health Talent Community'),

  other(`Hi Joanne,

Good news - the hiring manager for the Learning Experience Designer role at Ferrowave would like to meet you!

It's a 45-minute video call with Amrita Sen (Head of Customer Academy). She'll want to hear about how you built the new-hire crew programme. Here are a few slots:

- Tue 12 May, 10:00
- Wed 13 May, 15:30
- Thu 14 May, 11:00

Please choose one through the link below.

Best,
Wei Jie
Recruiter, Ferrowave Telco

(via Ashby scheduling)`, 'Ferrowave - interview with Amrita Sen'),

  rej('application', ['generic'], {},
    `Dear Joanne Tay,

Thank you for your application for the vacancy of Cabin Crew Instructor (Contract), Ref. SA-TR-0426.

We regret to inform you that your application has not been shortlisted.

Due to the volume of applications, we are unable to provide feedback on individual applications.

Talent Acquisition
SkyBridge Ground Services Pte Ltd`, 'Ref. SA-TR-0426 - Outcome of application'),

  other(`Hi Amrita,

Thank you for the conversation yesterday. It was great to hear how the academy is growing, and I've been thinking about your question on measuring whether training actually changes behaviour on the floor - I've put a few notes on how we ran line checks after new-hire training at Straits Air in the attached one-pager, in case useful.

Looking forward to hearing about next steps.

Best regards,
Joanne Tay`, 'Thank you - Learning Experience Designer'),

  other(`Hi Joanne,

Thanks for your patience while we gathered feedback from Amrita.

We'd like to invite you to the next stage: a 20-minute presentation followed by Q&A with Amrita and two team leads from the contact centre. Please prepare a short training session on "handling an upset customer over chat" aimed at new agents in their first week.

We'll send a calendar invite for Wednesday, 27 May at 2pm. Let me know if you'd need a projector or if you prefer to present from your laptop.

Best,
Wei Jie`, 'Ferrowave - next stage: presentation'),

  hold('screen', ['role_closed'], {},
    `Hi Joanne,

I wanted to give you an honest update rather than go quiet. Following your chat with me last week for the Customer Success Enablement Lead role, our leadership has frozen new headcount while they review the H2 plan. That means I can't schedule the interview with the hiring manager yet.

You are still in the process, and nothing has been decided about your application. I expect we'll know more in four to six weeks and I'll reach out as soon as I do.

Sorry for the wait,
Clara Vu
Talent Partner, Tessellate Software`, 'Tessellate - CS Enablement Lead: an update'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Joanne,

Thank you for presenting to us last Wednesday. The role play you built was very engaging and the team leads loved the energy.

We've decided not to continue, and I want to tell you why. The Learning Experience Designer role is heavily about building digital modules, and in your presentation and our earlier call we didn't see hands-on experience with authoring tools such as Articulate Rise or Storyline, or with an LMS from the admin side. We need someone who can build on their own from week one.

If you'd like to talk it through, I'm happy to spend 20 minutes with you on a call.

Warmly,
Amrita Sen
Head of Customer Academy, Ferrowave Telco`, 'Learning Experience Designer - decision'),

  other(`Hi Amrita,

Thank you for being so open - that's really helpful, and I'd love to take you up on the call. I've actually just signed up for an Articulate course.

Would Tuesday 9 June, 12:30 work?

Best,
Joanne`, 'Re: Learning Experience Designer - decision'),

  rej('application', ['generic'], { ...door },
    `Hi Joanne,

We appreciate you applying for the Training & Quality Specialist role at Marigold Contact Solutions.

Our team has reviewed your profile and at this time we've chosen not to move ahead with your application. We encourage you to keep an eye on our careers page and to apply for roles in the future that match your experience.

Thank you,
Marigold Recruiting Team

Sent via Workable`, 'Marigold Contact Solutions - Training & Quality Specialist'),

  other(`Dear Candidate,

We noticed that you started an application for HR Executive (Learning) at Seaview Resorts Sentosa but didn't finish it.

Unfortunately incomplete applications can't be reviewed by our team. You can pick up where you left off here: [Continue application]

This link expires in 7 days.

Seaview Resorts Careers (via iCIMS)`, 'Finish your application to Seaview Resorts'),

  other(`Hi Joanne,

I hope you're keeping well. I know the timing wasn't right on the insurer's brief, but I've got something that might suit you better: a Service Culture Manager role with a luxury hotel group opening a new property on the East Coast. Salary range is $7,500-$9,000.

Let me know if you're interested and I'll send you the full JD.

Darren`, 'Something new - Service Culture Manager'),

  rej('screen', ['generic'], { ...offered },
    `Hi Joanne,

Thanks for taking the time to speak with me last Thursday about the L&D Partner role at Bellmont Private Bank.

After discussing the shortlist with the team, we will not be inviting you to the next round. I'm sorry to bring disappointing news.

I'm happy to share a few thoughts from the screening if it would be useful — just reply to this email.

Best wishes,
Hannah Wee
Talent Acquisition, Bellmont Private Bank`, 'L&D Partner - Bellmont Private Bank'),

  other(`Hi Hannah,

Thanks for letting me know, and yes, I'd really appreciate any thoughts you can share.

Best,
Joanne`, 'Re: L&D Partner - Bellmont Private Bank'),

  hold('interview', ['role_closed'], { ...door },
    `Dear Joanne,

Thank you again for meeting with Marcus and me for the Customer Experience Manager role at Harbourfront Retail Group.

I must let you know that the company has placed all non-store hiring on hold until the end of the third quarter, following the latest budget review. Your interview went well and we haven't made any decision about your candidacy; the role is simply paused.

If the hiring resumes, we will contact you first, and I'll also keep your details on file for other roles in our People team.

Kind regards,
Evelyn Chua
HR Manager, Harbourfront Retail Group`, 'Customer Experience Manager - hiring paused'),
  other(`Dear Ms Tay,

Thank you for applying to Azure Crest Hotels & Residences for the role of Learning & Development Executive.

As the next step, we would like you to complete a short written assignment: please prepare an outline for a two-hour onboarding workshop for new front-office associates, including learning objectives, activities and how you would evaluate it. Please return it within five working days.

We look forward to receiving your work.

Best regards,
Talent & Culture
Azure Crest Hotels & Residences`, 'Azure Crest - Written Assignment'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Ms Tay,

Thank you for the workshop outline you submitted for the Learning & Development Executive role.

Our Director of Learning reviewed it carefully. The activities were creative and clearly drawn from real experience, but the outline did not set measurable learning objectives and the evaluation section stopped at a feedback form, which is below what we look for at this level. On that basis we will not be moving your application forward.

Thank you sincerely for the effort you put into it.

Best regards,
Talent & Culture
Azure Crest Hotels & Residences`, 'Azure Crest - Your application'),

  other(`Hi Joanne,

Just to let you know, I've submitted your CV to my client for the Service Culture Manager role this morning with a short note on your crew training work. They're reviewing profiles this week and hope to interview in early July.

Unfortunately the client is a bit slow at replying, so please bear with me - I'll chase them on Friday.

Darren`, 'CV submitted - Service Culture Manager'),

  other(`Dear Joanne,

Thank you for applying for Executive, Learning & Development (Service Excellence) at Orchid Bay Hospital.

We are pleased to inform you that your application has been shortlisted. Please find below the details for your first interview with our Assistant Director, Staff Development:

Date: Tuesday, 16 June 2026
Time: 3:00pm
Mode: Microsoft Teams (link to follow)

We regret that we are unable to accommodate requests to change the interview slot due to the interviewers' clinical schedules. Please confirm your attendance by replying to this email.

Regards,
Nur Aisyah
Talent Acquisition, Orchid Bay Health`, 'Interview Invitation - Executive, L&D (Service Excellence)'),

  other(`Dear Nur Aisyah,

I confirm my attendance for the interview on Tuesday, 16 June at 3:00pm. Thank you for the opportunity.

Regards,
Joanne Tay`, 'Re: Interview Invitation - Executive, L&D (Service Excellence)'),

  rej('assessment', ['generic'], {},
    `Dear Joanne,

Thank you for completing the online psychometric assessments for the Customer Experience Analyst role at Nexora Bank.

We appreciate the time you have invested. After careful review, we have decided to continue with other applicants for this role.

Yours sincerely,
Nexora Bank Campus & Experienced Hire Recruitment
Please do not reply to this email.`, 'Nexora Bank: Application Update'),

  rej('interview', ['culture_fit'], {},
    `hey joanne, thanks heaps for meeting the team on monday. we've gone with someone else for the people ops role - felt like their vibe fit a bit more naturally with how our small team works day to day. really appreciated you coming in and all the best!

- Ken, cofounder @ Kopi Labs`, 'people ops role'),

  other(`Dear Joanne,

Thank you for attending the first interview on 16 June.

We are pleased to invite you to the final interview with our Director of Nursing Education and the Chief Patient Experience Officer. As part of the interview, you will be asked to deliver a 10-minute presentation on "Building a service culture on a busy ward".

Date: Thursday, 2 July 2026
Time: 9:30am
Venue: Orchid Bay Hospital, Tower B, Level 5, Board Room

We look forward to meeting you again.

Regards,
Nur Aisyah
Talent Acquisition, Orchid Bay Health`, 'Final Interview - Executive, L&D (Service Excellence)'),

  rej('interview', ['internal_candidate'], { ...door },
    `Dear Ms Tay,

Thank you for your time at the interview for the position of Learning Designer (Continuing Education) on 23 June.

We wish to inform you that the position has been filled through an internal redeployment of one of our existing lecturers. We appreciate the interest you have shown in Northshore Polytechnic.

We shall keep your particulars for a period of twelve months and will contact you should there be another suitable vacancy.

Yours sincerely,
Human Resource Division
Northshore Polytechnic`, 'Learning Designer (Continuing Education)'),

  other(`Hi Joanne,

Thank you for your time on the final interview panel today. We enjoyed your presentation.

The panel will be concluding interviews with the remaining candidates this week. We'll be in touch with the outcome within two weeks, and we appreciate your patience in the meantime.

Regards,
Nur Aisyah`, 'Thank you for attending'),

  rej('final', ['position_filled'], { ...door },
    `Dear Joanne,

Thank you for coming through every stage of our process for the Training Manager position at Ardent Hospitality Group, including the final conversation with our General Manager last week.

I'm afraid the position has now been filled. You were one of the two people we seriously weighed at the end, and the decision was not easy for us.

Since we will be opening two new properties in 2027, I'd very much like to reach out to you again when we start building those pre-opening teams.

With warm regards,
Sharon Lim
Director of Human Resources
Ardent Hospitality Group`, 'Training Manager - Ardent Hospitality Group'),

  other(`Dear Joanne,

We are pleased to inform you that you have progressed to the reference check stage for the position of Executive, Learning & Development (Service Excellence).

Please provide the names and contact details of two referees, one of whom should be your current or most recent supervisor. We will contact them only after you confirm.

Kindly also complete the attached background screening consent form and return it by Friday, 17 July.

Regards,
Nur Aisyah
Talent Acquisition, Orchid Bay Health`, 'Reference Check - Executive, L&D (Service Excellence)'),

  rej('interview', ['generic'], { ...offered },
    `Hello Joanne,

Thanks for meeting with Gerald and me last Tuesday for the Associate Facilitator role at Brightpath Training Consultancy.

After our interviews, we've decided to go with another candidate for this position.

If any feedback on the interview would be of use to you, just reply and we can set up a short call.

Best regards,
Kavitha Raman
Principal Consultant, Brightpath Training Consultancy`, 'Associate Facilitator - Brightpath'),

  hold('final', ['role_closed'], {},
    `Dear Joanne,

Thank you for your patience since your final interview for the Head of Service Training role.

I am writing to let you know that the decision on this appointment has been postponed. The board has asked for the structure of the customer division to be reviewed first, and we will not make any offer until that review is completed, likely in September.

Please be assured you remain under consideration and we have not declined your candidacy. I will write again as soon as I have a date.

Kind regards,
Mohan Pillai
Head of HR, Tidewater Cruises Asia`, 'Head of Service Training - update on timing'),

  rej('final', ['generic'], { ...offered },
    `Hi Joanne,

Thank you for taking part in the final round for Customer Experience Lead, including the case presentation to our COO.

It came down to a very close call, and in the end the team has chosen to go with another finalist.

I'd be glad to walk you through the panel's notes if you're interested - let me know and I'll send over a few times.

Best,
Germaine Toh
Talent Acquisition Lead, Bayfront Digital Bank`, 'Bayfront Digital Bank - Customer Experience Lead'),

  other(`Dear Joanne,

On behalf of Orchid Bay Hospital, I am delighted to offer you the position of Executive, Learning & Development (Service Excellence), reporting to Ms Grace Tan, Assistant Director, Staff Development.

Your monthly basic salary will be S$6,800, with a start date of 1 September 2026. The full terms are set out in the attached letter of offer. Please sign and return a copy by 7 August 2026.

We are sorry we kept you waiting a little longer than we said, and we thank you for your patience throughout the process. We look forward to welcoming you to the team.

Yours sincerely,
Angela Seah
Senior Manager, Talent Acquisition
Orchid Bay Health`, 'Letter of Offer - Executive, L&D (Service Excellence)'),

  rej('final', ['profile_mismatch', 'position_filled'], {},
    `Dear Joanne,

Thank you for being one of our finalists for the Client Learning Consultant role and for the time you gave to the case and panel.

We have now appointed a candidate whose background more closely matches the corporate clients we serve, and they will be joining us next month.

We are grateful for your interest and wish you every success in your career.

Kind regards,
Meridian Leadership Partners`, 'Client Learning Consultant - Outcome'),

  other(`Dear Angela,

Thank you very much for the offer. I am delighted to accept the position of Executive, Learning & Development (Service Excellence), and I attach the signed letter of offer.

I look forward to starting on 1 September.

Warm regards,
Joanne Tay Hui Min`, 'Re: Letter of Offer - Executive, L&D (Service Excellence)'),

  other(`Dear Joanne,

Welcome aboard! To complete your onboarding, please:

1. Book your pre-employment health screening at our Staff Clinic before 25 August.
2. Upload your NRIC, educational certificates and bank details to the onboarding portal.
3. Complete the online Code of Conduct module.

Unfortunately we cannot issue your staff pass until all the above are completed, so please do them early.

Regards,
Onboarding Team
Orchid Bay Health HR`, 'Onboarding checklist - Orchid Bay Hospital'),

  other(`Hi Clara,

Thank you for keeping me updated on the CS Enablement Lead role. I wanted to let you know that I've accepted an offer elsewhere, so please withdraw me from the process. Unfortunately the timing just didn't work out, but I really appreciated how transparent you were.

All the best,
Joanne`, 'Re: Tessellate - CS Enablement Lead: an update'),

  other(`Hi Joanne,

Thank you for recently applying with Hopscotch. Whatever the outcome of your application, we'd love to hear about your experience as a candidate.

The survey takes about 3 minutes and is anonymous. Your answers help us improve how we hire.

[Take the survey]

Thanks,
Candidate Experience Team, Hopscotch`, 'How did we do? 3-minute survey'),

  hold('interview', ['role_closed'], {},
    `Hi Joanne,

Sorry for the silence since your interview on the 5th. The Head of CX who was leading this hire has just left the company, and we've been asked to pause the Customer Insights & Training Manager search until a new leader is in place and has had a chance to look at the team structure.

Your application isn't closed - you're still very much in the frame, and we'll pick it back up with you once we can.

Best,
Farhan
Talent Acquisition, Lumina Telehealth`, 'Customer Insights & Training Manager - pause'),

  other(`Hi Darren,

Thanks so much for putting me forward for the Service Culture Manager role. I wanted to let you know I've accepted a position at a hospital starting in September, so unfortunately I'll have to withdraw my application.

I'd be glad to stay in touch, and thank you for everything.

Joanne`, 'Withdrawing - Service Culture Manager'),

  other(`Hi Joanne, congratulations on the new role! Totally understand. I'll keep you in mind for anything senior in a year or two. Darren`, 'Re: Withdrawing - Service Culture Manager'),
];
