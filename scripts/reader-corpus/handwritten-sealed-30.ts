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

  rej('interview', ['generic'], {},
    `Hi Chloé,

Thank you for coming in to meet the team last week for the Junior Designer role. It was lovely to hear about your work at the atelier in Lyon.

After a lot of discussion we have decided to go ahead with another applicant.

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

I'll be honest, that's the whole reason. Let's stay in touch.

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

  rej('assessment', ['assessment'], {},
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

  rej('final', ['generic'], {},
    `Dear Chidi,

Thank you for coming through to the final round. The choice was very difficult and we have decided to offer the role of Senior Auditor to another candidate.

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

  rej('application', ['generic'], { ...door },
    `Hi Olivia,

Thanks a lot for getting in touch about the Barista role at our Leith shop! We've had loads of great applications and we've already put a team together for the summer.

We keep every application for six months though and we'll give you a shout if something comes up.

Cheers,
Fern & Finch`, 'Barista role'),

  rej('assessment', ['generic'], {},
    `Thank you for completing the video interview and assessment for the Customer Service Advisor role at Kinetic Telecom. Following review, your application will not be progressing.

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

  rej('interview', ['generic'], {},
    `Dear Kofi,

Thank you for interviewing with us for the Supply Chain Planner position. We will not be moving forward with your candidacy.

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

  // ── END A
];
