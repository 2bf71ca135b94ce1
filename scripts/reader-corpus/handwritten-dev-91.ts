/**
 * Declines, pauses and look-alikes where the useful part is easy to miss: the specific reason, the offer to talk it
 * through or the invitation to come back sits in the middle of a long letter, in a P.S., below the sign-off, above a
 * quoted thread, in a recruiter's two-line note or in careful second-language English. Beside them stand messages
 * that sound just as warm and give nothing: praise without detail, feedback politely refused, an offer to explain
 * the process only, a careers link in a footer, "we may contact you if this role reopens", good wishes alone.
 * Paused processes keep the candidate waiting without a decline; look-alikes acknowledge, invite, schedule, offer,
 * confirm a withdrawal or advertise, in the same polite words.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d91-');

export const HANDWRITTEN_DEV_91: readonly CorpusLine[] = [
  // 1
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Oluwaseun,

Thank you for the time you gave us on Thursday, and for travelling to the Salford office at such short notice. I know the week had already been busy for you, and the team appreciated how openly you spoke about the migration work at your current employer, including the parts that did not go to plan. It is rare for candidates to be that candid and it made for a genuinely useful conversation. We met five people for the Infrastructure Lead role in total and the discussion afterwards went on for quite some time. In the end the panel would have liked more depth on capacity planning, in particular forecasting storage growth across the three data centres, which is a large part of the first year in this job, and that is where we felt another candidate was further along. None of this takes away from the rest of the interview, which went well, and I hope that is clear. We are planning a second platform hire in the spring, probably at a slightly different level, and I would be very glad to see your name in that pile. In the meantime, thank you again, and I wish you well with the other processes you mentioned.

Kind regards,
Harriet Ellingworth
Head of Infrastructure, Quaystone Data`, 'Infrastructure Lead - outcome'),

  // 2
  rej('interview', ['profile_mismatch'], {},
    `Dear Oluwaseun,

Thank you for meeting the panel last week. Your experience is impressive and the panel enjoyed meeting you very much. After careful consideration, however, we have decided to proceed with candidates whose experience more closely matches the needs of the team at this time.

We wish you every success in your search.

Kind regards,
Recruitment Team
Marlow & Penn Engineering`, 'Your interview with Marlow & Penn'),

  // 3
  rej('final', ['position_filled'], { ...offered },
    `Hi Gideon,

Thanks so much for coming in for the final round on Monday - four hours is a long day and you handled it really well. I'm sorry to tell you that we've offered the role to another candidate and she has accepted.

Kind regards,
Ilse

Ilse Vandermeer | Talent Partner | Pomelo Health

P.S. If a few notes from the panel would help, just say and I'll pull them together.`, 'Senior Product Designer'),

  // 4
  rej('assessment', ['assessment'], { ...fb },
    `Hi Renata,

Thanks for doing the data exercise. We went through it as a team: the SQL task ran but missed the duplicates in the orders table, so the revenue figures came out about 8% high, and that's the core thing we were checking. We won't be taking your application further this time.

Best,
Tomasz (Analytics, Fernhollow)`, 'Data exercise'),

  // 5
  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr Achterberg,

Thank you for applying for the post of Health and Safety Advisor (ref HS-2291). We have reviewed all applications against the person specification. For this post we were looking for someone with NEBOSH already in hand, rather than in progress, as the advisor will sign off risk assessments from the first week. As your application indicates the diploma will be completed next year, we are unable to take it further.

Yours sincerely,
Cheryl Danforth
HR Advisor, Greywell Construction Ltd`, 'Health and Safety Advisor HS-2291'),

  // 6
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Lucía,

Thanks again for the two conversations. I'm writing with the decision: we're not going to offer you the motion designer position. Your portfolio leaned on print and packaging, while this team needs someone who can ship motion work for social from week one, and the After Effects samples were too few for us to judge that.

I'm happy to jump on ten minutes if you'd like to hear more of what the team said.

Cheers,
Dominic Faure
Creative Director, Saltbox Studio`, 'Motion Designer at Saltbox'),

  // 7
  rej('interview', ['generic'], {},
    `Dear Candidate,

Thank you for attending an interview with Rothwell Housing Association. We regret to inform you that you have not been successful on this occasion.

Please note that due to the volume of applications we are unable to provide individual feedback.

Rothwell Housing Association
This mailbox is not monitored. Please do not reply to this email.`, 'Interview outcome'),

  // 8
  rej('final', ['culture_fit'], { ...fb, ...door },
    `Hello Anand,

I hope you're well. I wanted to call but kept missing you, so an email will have to do, and I'm sorry it isn't better news.

After the final panel on Friday we met as a group and talked for a long while about both finalists. Everyone agreed you know the subject inside out. Where you fell short was the stakeholder piece: the panel felt you tended to push your own answer rather than bring the regional leads along with you, and this role lives or dies by getting twelve country managers to agree. We've gone with the other finalist for that reason.

I have flagged you for the Bristol team, who are hiring a specialist analyst in Q2 where that matters a lot less, and Nadine there will probably get in touch directly.

All the best,
Meera Kulkarni
Talent Acquisition, Harwick Group`, 'Regional Planning Lead - update'),

  // 9
  rej('application', ['generic'], {},
    `Hi Paulo,

Thanks for your interest in Kestrel Commerce. We've reviewed your application for Account Executive and have decided not to move forward.

Good luck in your search!

The Kestrel Talent Team

---
Kestrel Commerce Inc. | 400 Market St, Suite 12, Denver CO | Careers: kestrelcommerce.com/careers | Privacy policy
You are receiving this email because you applied for a role at Kestrel Commerce.`, 'Your application to Kestrel Commerce'),

  // 10
  rej('screen', ['salary'], { ...fb, ...door },
    `hi Ben - thanks for the call this morning. I ran your number past the hiring manager and 95k is about 20k north of the band they have sign-off for, so they won't go further on this one. they're opening a lead role in a couple of months though and you'd be a natural for it, I'll ping you when it's live.
Jade`, 'Re: Backend role'),

  // 11
  rej('interview', ['role_closed'], {},
    `Dear Ms Okonjo,

Thank you for your interest in the Learning & Development Manager position and for the time you spent interviewing with us in October.

Following a review of our organisational structure, the business has decided not to proceed with this role. As a result, we will be closing the vacancy and will not be making an appointment.

We may be in touch should circumstances change with regard to this position.

Yours sincerely,
People Team
Corbel Financial Services`, 'L&D Manager vacancy'),

  // 12
  rej('interview', ['internal_candidate'], { ...door },
    `Hi Kasia,

Thank you for meeting with me and Roy last Tuesday. I wanted to let you know that we've decided to appoint someone from within the team, who has been covering the role for the past six months.

This was not an easy decision, and I want to be honest that it had more to do with continuity than anything about your interview. Roy and I both said afterwards that we'd like to keep you in mind; we expect to have a second cohort of trainee supervisors in spring and I'd love to see you in it. Applications open in March.

Best wishes,
Ewan Mackintosh
Operations Manager, Tayside Freight`, 'Shift Supervisor'),

  // 13
  rej('application', ['location'], { ...fb },
    `Dear Hamid,

Thank you for applying to the Field Service Engineer role. Unfortunately the position requires the engineer to live within 40 minutes of our Eindhoven depot, as call-outs are often at night, and your application shows you are currently based in Groningen with no plans to relocate. We are therefore not able to proceed.

With kind regards,
Petra van Lier
Recruitment, Voltaris Service BV`, 'Application Field Service Engineer'),

  // 14
  other(`Hi Oluwaseun,

Thank you for your application for the Infrastructure Lead role at Quaystone Data. Your experience is impressive and we're looking forward to reviewing it properly with the hiring team. We'll be in touch within two weeks either way.

Kind regards,
Talent Team`, 'We received your application'),

  // 15
  rej('final', ['overqualified'], { ...fb, ...door },
    `Dear Françoise,

Thank you for the final interview with our directors on Wednesday. I will be direct because I think you would prefer that. The board felt that, with your eighteen years leading finance functions, the Finance Manager post would not hold your interest for long; it reports to a CFO with less experience than you have, and we worry about that dynamic for both of you. So we will not make an offer for this position.

Please keep an eye on our careers page: when Jacques retires next year the CFO role opens, and I would personally like you to apply.

Best regards,
Marc Delaunay
Managing Director, Ateliers Boiron`, 'Finance Manager'),

  // 16
  rej('assessment', ['assessment'], {},
    `Dear Applicant,

Thank you for completing the numerical and verbal reasoning tests for the 2027 Graduate Programme. We have now reviewed your results and, unfortunately, you have not been successful in progressing to the next stage.

We understand this will be disappointing. Owing to the number of applicants we cannot provide individual results or feedback. If you have any questions about the process itself, such as how the tests are weighted or the timeline, please contact gradhelp@lindqvist-group.com.

Graduate Recruitment
Lindqvist Group`, 'Graduate Programme - test results'),

  // 17
  hold('interview', ['role_closed'], {},
    `Hi Naveen,

Quick update from my side. Thanks for your patience since the second interview. The hiring for this team has been paused while finance re-plans next year's headcount, so we can't make any decisions right now. You are still very much in the process and nothing has been decided against you. I expect to know more in about three weeks and will write as soon as I do.

Best,
Carla Mendes
Recruiter, Brightwater Analytics`, 'Update on the Data Engineer process'),

  // 18
  rej('screen', ['location'], { ...fb },
    `Hello Dmitri,

Thank you for speaking with me on Monday. I've now checked with our legal team: we can only employ people in Ireland who already hold a Stamp 4 or EU citizenship for this contract, and we can't sponsor a permit. As you told me you would need sponsorship, I'm afraid we can't go ahead.

Sorry it's not better news,
Aoife Brennan
HR, Ledgerline Ireland`, 'Customer Success Associate'),

  // 19
  rej('interview', ['culture_fit'], {},
    `Dear Sebastian,

Thank you for interviewing with the team at Orchard & Vine. We appreciated your time and your interest in joining us.

After careful consideration we do not believe there is a strong alignment with our team and values at this time, and we have decided not to move forward.

Best wishes for the future,
Orchard & Vine Hiring`, 'Orchard & Vine - your interview'),

  // 20
  other(`Dear Mira,

Thank you for letting us know that you wish to withdraw your application for the Policy Officer role. We have updated our records and you will not receive further emails about this vacancy.

We're sorry to see you go and wish you the very best in your new position. You are welcome to apply for future vacancies at any time via our careers page.

Kind regards,
Recruitment Team
Westhaven Borough Council`, 'Withdrawal of application - Policy Officer'),

  // 21
  rej('application', ['profile_mismatch'], { ...door },
    `Dear Yasmin Haddad,

Thank you for your application to the role of Clinical Trial Coordinator (Job ID 44817) at Norvance Biosciences.

We have carefully reviewed your application and regret to inform you that we have decided to pursue other candidates whose qualifications more closely match the requirements of this position.

We appreciate your interest in Norvance. Your profile will remain in our talent community, and our recruiters may contact you regarding future opportunities that align with your background.

Sincerely,
Norvance Talent Acquisition

This is an automated message. Please do not reply.`, 'Your application for Clinical Trial Coordinator'),

  // 22
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Mr. Lindgren,

thank you very much for the interview last week and for your interest in our company. Unfortunately I must tell you that we decided for another candidate. For this position the German language on C1 level is really necessary, because the customers in the Bavarian region mostly do not speak English, and in the interview we had the impression your German is more on B1 level now. Technically we were very satisfied with you.

I wish you all the best for your further way.

Mit freundlichen Grüßen
Stefanie Huber
Personalabteilung, Alpentec Maschinenbau GmbH`, 'Ihre Bewerbung / your application'),

  // 23
  rej('final', ['position_filled'], {},
    `Hi Adaeze,

Thank you for being one of our shortlisted finalists for the Head of Communications role and for the presentation you gave to the trustees. The trustees were very impressed by the quality of the shortlist.

We have now appointed to the role, and I'm sorry that on this occasion it was not you. We really did enjoy meeting you.

Warm wishes,
Philippa Dunmore
Chief Executive, The Harbour Trust`, 'Head of Communications'),

  // 24
  rej('interview', ['assessment', 'skills_gap'], { ...fb, ...offered },
    `Hi Tobias,

Thanks for your patience - I know you were hoping to hear on Friday. Long message, sorry.

The team met on Monday to go through everyone from the technical interview day. You were one of six people we saw, and I want to say first that your communication during the pairing session was excellent; Ruth in particular commented on how clearly you explained your thinking as you went. That matters a lot to us and it's not something we see every time. Everyone also liked your questions about how we handle releases.

The harder part: the live coding exercise didn't get to a working solution in the time, mostly because the recursion in the tree traversal kept overflowing on the larger input, and the reviewers also noted that you hadn't used TypeScript generics before, which our codebase leans on heavily. Those two points together are why we aren't moving you to the final stage.

If it's useful I can share the scoring notes from the session, just reply and I'll send them over. Otherwise, thanks again for the time you put in, and for coming into the office on a rainy day.

Jonas
Engineering Recruiter, Tidewell`, 'Tidewell - next steps'),

  // 25
  rej('application', ['generic'], {},
    `Hello,

Thank you for applying for the position of Warehouse Operative at Brackley Distribution.

We regret to advise that you have not been shortlisted on this occasion. The standard of applicants was very high.

Kind regards
Brackley Distribution HR

Visit brackleydistribution.co.uk/jobs for our latest vacancies. Brackley Distribution Ltd is registered in England and Wales, No. 08812233.`, 'Warehouse Operative'),

  // 26
  rej('screen', ['overqualified'], { ...fb },
    `Dear Rashid,

It was good to speak on the phone yesterday. Having reflected on our conversation, I don't think the Junior Buyer role is right for you: you've been managing a category of forty suppliers for six years, and this is an entry-level post with very limited authority. I would worry you'd be frustrated within months. We won't take your application further for this one.

Kind regards,
Helen Ashcroft
People Partner, Thornbury Retail`, 'Junior Buyer'),

  // 27
  hold('application', ['generic'], {},
    `Hi Chiara,

Thanks for applying for the Product Marketing Manager role. I wanted to let you know that our review is taking longer than planned because the hiring manager is on leave until the 19th. Your application hasn't been declined; we'll pick it up as soon as she's back.

Thanks for bearing with us,
Moss Recruitment at Lantern Labs`, 'Product Marketing Manager - a short delay'),

  // 28
  rej('interview', ['salary'], { ...fb },
    `Dear Nikolai,

Thank you for your time at the interview with our operations director. After discussion, we cannot move forward: your expected salary of 78,000 is well above the range we have for this position (58,000 to 64,000), and the company is not able to change this range in the current year.

We thank you for your interest.

Best regards,
Hana Novotná
HR Business Partner, Vltava Logistics s.r.o.`, 'Operations Analyst - decision'),

  // 29
  other(`Hi Dev,

Thanks for completing the take-home! The team will review it over the next few days. If there's anything you'd like to add, like a note on trade-offs you made, feel free to reply to this email. We'll be in touch about next steps.

Cheers,
Priya @ Foxglove`, 'Got your take-home'),

  // 30
  rej('application', ['internal_candidate'], {},
    `Dear Applicant,

Thank you for applying for the position of Deputy Facilities Manager (ref FM/0421).

We write to let you know that this vacancy has been filled by an internal appointment and is therefore now closed. We thank you for the interest you have shown in working for Ashgrove University.

Human Resources
Ashgrove University`, 'FM/0421'),

  // 31
  rej('final', ['skills_gap', 'position_filled'], { ...fb, ...door },
    `Dear Dr Mensah,

Thank you for attending the interview day for the post of Consultant Clinical Psychologist, and for your presentation to the panel.

I am sorry to let you know that the post has been offered to another candidate, who has accepted. The panel discussed your application at length. The main consideration was that the post involves supervising the DBT programme and the successful candidate already holds intensive DBT training, which you told us you had not yet completed.

The panel asked me to say that they would very much encourage you to apply again; we expect a second consultant post to be advertised in the autumn, once the service expansion is approved.

Yours sincerely,
Gwen Pritchard
Service Manager, Afon Valley Psychology Service`, 'Consultant Clinical Psychologist - interview outcome'),

  // 32
  rej('assessment', ['assessment'], { ...offered },
    `Hi Ines,

Thanks for the case study you sent through. We've reviewed it carefully and unfortunately won't be moving forward to interviews.

If you'd like to know how the case was assessed, just reply and I'll share our reviewers' comments.

Best,
Carys
People Ops, Meadowlark`, 'Case study - Meadowlark'),

  // 33
  rej('screen', ['generic'], {},
    `Hi Fergus,

Thanks for the chat on Tuesday. It was great to hear more about what you're looking for. After reviewing our notes, we've decided not to progress your application.

All the best,
Sinead
Talent @ Cobble`, 'Following up'),

  // 34
  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Arjun,

Thank you for coming in to meet Claire and me. We have now concluded the interviews and, after careful thought, we have decided to offer the post to a candidate whose background is closer to what the team needs at the moment.

I know this will be disappointing. Should you want some feedback on your interview, please don't hesitate to call me on 0161 555 0182 any afternoon this week.

Yours sincerely,
Graham Holt
Finance Director, Pennine Mills Ltd`, 'Management Accountant'),

  // 35
  rej('application', ['location'], { ...fb, ...door },
    `Hey Kwame,

Thanks for applying to be a Support Engineer at Lattice. The one thing holding us back: this role is only open to people living in the EU right now for payroll reasons, and you're based in Accra. We're hoping to add Ghana through an employer of record next year - if that happens I'd really like you to reapply, so keep an eye out.

Cheers,
Marta (Lattice People team)`, 'Lattice - Support Engineer'),

  // 36
  other(`Dear Anand,

Thank you for your time on Friday. We were pleased with the final panel and I'm happy to say that we would like to offer you the position of Regional Planning Lead. Please find the offer letter attached. We'd be grateful for a response by the 14th; do let me know if you'd like to discuss any part of it.

Warm regards,
Meera Kulkarni
Talent Acquisition, Harwick Group`, 'Offer - Regional Planning Lead'),

  // 37
  rej('interview', ['culture_fit'], { ...fb },
    `Hi Tamsin,

Thanks for meeting the team yesterday. We're a tiny company, and almost everything happens in the office, in person, with a lot of loud and messy debate. You told us you do your best work with long quiet stretches and written async communication, and honestly we think you'd be unhappy here. So we're going to pass, not because of your skills but because of how we work.

Good luck,
Olly
Founder, Brickfield Games`, 'thanks for coming in'),

  // 38
  rej('interview', ['role_closed'], { ...door },
    `Hi Sunita,

I wanted to let you know personally: the Customer Insight Manager role has been cancelled as part of a wider restructure announced this morning. It's nothing to do with your interviews, which went well.

We'll be rebuilding the insight function next year. I've added you to our talent pool and I'll contact you directly when there's a role that fits.

Sorry for the disappointing news,
Liam Carver
Talent Partner, Ostara Insurance`, 'Customer Insight Manager'),

  // 39
  hold('final', ['role_closed'], {},
    `Dear Helga,

Thank you for your patience since the final interviews on the 3rd. I have to let you know that the board has asked us to put all senior appointments on hold until the merger review concludes, which we expect by late February. You remain one of our two preferred candidates and we have not made any decision. I'll update you as soon as the hold is lifted.

Kind regards,
Rutger Bos
HR Director, Nordhaven Shipping`, 'Operations Director - update'),

  // 40
  rej('screen', ['skills_gap'], { ...fb },
    `Hello Peter,

Many thanks for the phone call. I spoke to the client afterwards, and they really need someone with hands-on Workday payroll configuration, not only end-user experience. From our talk that is something you haven't done yet, so I won't put you forward for this one.

Regards,
Nicola Byrne
Senior Consultant, Keel Recruitment`, 'Payroll Systems Analyst'),

  // 41
  rej('interview', ['generic'], { ...door },
    `Dear Ayşe,

Thank you for interviewing for the Tax Associate role. After careful consideration we will not be progressing your application further.

Kind regards,
Brennan Clark LLP Recruitment

--
From: Ayşe Demir
To: Brennan Clark Recruitment
Subject: RE: Tax Associate interview

Hi, just checking if there is any update on my interview from the 12th? Thanks, Ayşe

------
Ps. we encourage you to keep applying - new vacancies in our tax practice are posted every month and your application would be welcome.`, 'RE: Tax Associate interview'),

  // 42
  rej('application', ['salary'], { ...fb },
    `Hi Wanjiru,

Thanks for applying to Fieldnote. We read every application, and yours was a strong one. The issue is the salary you listed: 120k is well beyond what we can offer for this role (we're a seed-stage company and the band tops out at 85k plus equity). So we won't be moving forward - sorry, and thanks for being upfront about it.

Ana
co-founder, Fieldnote`, 'Fieldnote application'),

  // 43
  rej('final', ['generic'], {},
    `Dear Ravi,

Many thanks for your attendance at our assessment centre on 8 November. We regret to inform you that on this occasion your application has not been successful.

We appreciate the effort you put into the day and wish you well in your future career.

Yours faithfully,
Early Careers Team
Stanmore Rail`, 'Assessment centre outcome'),

  // 44
  rej('interview', ['overqualified', 'salary'], { ...fb },
    `Hi Gabriela,

I appreciate the time you spent with us on the video call. I'll be candid: you've run whole support organisations, and this is a team lead position for five agents, paid accordingly. We don't think we could match what you're used to, nor give you the scope you'd want, so we've decided not to continue.

Best,
Rhys
Head of Support, Pinecrest`, 'Support Team Lead'),

  // 45
  other(`Hi Lucía,

Thanks for the chat on Tuesday! Dominic would like to meet you for a second conversation, this time with two of the motion team. Could you do Thursday at 11 or Friday at 3? We'll send a video link once you pick a slot.

If you'd like any feedback from the first round in the meantime, happy to share it.

Cheers,
Ella, Saltbox Studio`, 'Second interview'),

  // 46
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Mr Osei,

Thank you for sitting the written examination for the Trainee Patent Attorney scheme. The pass mark was 60; your score was 54, with the claim-drafting section being the weaker part of your paper. We are therefore unable to invite you to interview.

Candidates are welcome to re-apply in the next recruitment cycle, which opens in September.

Yours sincerely,
Graduate Recruitment
Fairley Holm Patent Attorneys`, 'Written examination result'),

  // 47
  rej('screen', ['internal_candidate'], { ...door },
    `Hi Leona, quick one - thanks for the call on Wednesday. The client has let me know they've filled the role with someone already on their team, so it's off the table. I'll keep your CV on file and call you when the next marketing role comes in, I've got a couple of similar clients.
Gareth | Redline Talent`, 'Marketing Executive'),

  // 48
  rej('interview', ['position_filled'], {},
    `Dear Mariam,

Thank you for your interest in the Community Nurse role and for attending interview on 2 March. The panel enjoyed meeting you. I am writing to inform you that the position has now been filled.

Please do not reply to this message; if you have questions, contact the recruitment team via the portal.

NHS Calder Community Trust - Recruitment`, 'Your interview - Community Nurse'),

  // 49
  rej('application', ['skills_gap'], { ...fb, ...offered },
    `Dear Zhang Wei,

Thank you for applying for the Senior Structural Engineer role. I am sorry to say we will not be inviting you to interview. The role needs chartership (CEng with IStructE), and your CV shows that you are working towards it rather than already chartered.

If you would like to talk about how your experience might fit a different role with us, or would find more detail useful, please call me. My direct line is below.

Yours sincerely,
Alistair Fenwick
Associate Director, Fenwick Rowe Partnership
Direct: 0131 555 0144`, 'Senior Structural Engineer'),

  // 50
  rej('interview', ['location'], { ...fb },
    `Hi Samuel,

Thanks for your time with the team on Monday and Tuesday. After the interviews the team confirmed that this role will need four days a week in our Lisbon office, and you were clear you can only do remote from Porto. With that, we're going to stop here.

Thanks again for the conversations,
Beatriz
Talent Acquisition, Carvela`, 'Carvela - Frontend Engineer'),

  // 51
  hold('screen', ['generic'], {},
    `Hi Ji-ho,

Sorry for the radio silence after our call. The hiring manager has been travelling, and we're running a bit behind with the next interviews. We're not closing your application - I hope to have dates for you next week.

Thanks,
Aled
Recruiter, Cardinal Dx`, 'Re: next steps'),

  // 52
  rej('final', ['internal_candidate'], { ...offered },
    `Dear Joaquín,

Thank you for taking part in the final interviews for the Head of Procurement post. I regret to tell you that the panel has decided to appoint an internal candidate.

I recognise how much time the process has demanded of you. If you would like to hear the panel's observations, I would be glad to arrange a call with the chair.

Yours sincerely,
Elena Ruiz
People Director, Grupo Almanar`, 'Head of Procurement'),

  // 53
  rej('application', ['role_closed'], {},
    `Hi,

Thanks for your interest in the Junior Copywriter role at Ferro & Finch. We've had to close the vacancy as the client account it supported has ended, so we won't be hiring for it.

Thanks for your time,
Ferro & Finch

Follow us on Instagram @ferroandfinch for studio news and future openings.`, 'Junior Copywriter'),

  // 54
  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Hello Dilnoza,

Thank you very much for the interview on Zoom. I am writing to tell our decision. We chose another candidate, because their experience was closer to our needs, and one more thing was important: we need the person to know IFRS 17 reporting already, and you said you worked with it only a little. We hope you understand.

Best regards,
Aigerim Bekova
HR Manager, Steppe Re Insurance`, 'Decision about vacancy'),

  // 55
  other(`Dear Gideon,

Thank you for your interest in Pomelo Health. Unfortunately the Senior Product Designer role you applied for is no longer accepting applications, but we thought you might like to hear about these openings:

- Product Designer, Growth (Remote, UK)
- Design Systems Lead (London)

View all roles at pomelohealth.com/careers.

You're receiving this because you signed up for job alerts. Unsubscribe at any time.`, 'New roles at Pomelo Health'),

  // 56
  rej('screen', ['culture_fit'], { ...fb },
    `Hi Callum,

Thanks for the call yesterday. I've thought about what you said about wanting a clear, fixed process and minimal change. Honestly, our team reorganises every quarter and the job is mostly ambiguity, so I don't think it's a fit for how you like to work. We won't progress this time.

Laila
Hiring Lead, Driftwood Ventures`, 'Our call'),

  // 57
  rej('interview', ['generic'], { ...offered },
    `Hi Ola,

Thanks for meeting us last week. I'm afraid we're not progressing your application.

Shout if you want to chat about it - always happy to give feedback.

Mo
Head of Engineering, Sandpiper`, 'Sandpiper'),

  // 58
  rej('application', ['overqualified'], { ...fb },
    `Dear Mr. Papadopoulos,

Thank you for your application for the Administrative Assistant role. After reviewing your CV, we feel you would be overqualified for the position and have decided not to take your application further.

We wish you success in finding a role that matches your experience.

Kind regards,
Kourosh Recruitment, on behalf of our client`, 'Administrative Assistant'),

  // 59
  rej('final', ['salary', 'position_filled'], { ...fb },
    `Hi Lena,

Thanks for everything over the last month, and for the onsite. I wanted to close the loop properly. We've made an offer to the other finalist. The deciding factor, honestly, was budget: your ask of 140k plus the relocation package was more than the 115k we could get approved, and the other candidate was within range.

Take care,
Marcus
VP Product, Halcyon Maps`, 'Following up from your onsite'),

  // 60
  hold('assessment', ['role_closed'], {},
    `Dear Hyun-woo,

Thank you for submitting your coding challenge for the Platform Engineer role. Due to a company-wide hiring pause, we have temporarily put this role on hold. Your application remains active and your challenge will be reviewed when the role reopens. We expect to update you in January.

Best regards,
Recruiting at Quantiva`, 'Platform Engineer - role on hold'),

  // 61
  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Nadia,

I hope you had a good weekend. I'm writing about the Senior Account Manager role you interviewed for with Kerry and Paul.

First, some context, because I think it matters. We opened this role after losing two of our largest accounts' day-to-day contacts in the same month, and the brief shifted a couple of times while we were interviewing. The version we ended up with is heavier on renewals in the public sector than what we advertised, and that changed which profiles looked strongest. I should have flagged this sooner and I'm sorry I didn't.

Where we landed is that another candidate's background lines up more closely with where the team is now, and we've decided not to continue with your application. Kerry and Paul both said they'd enjoyed the conversations and liked your energy.

We are growing the commercial team again in the new financial year, and I have put a note on your profile so that whoever runs those searches sees it. Please do apply when you see something open up - I mean that.

Thanks again for your time and your patience with us.

Best wishes,
Roisin Hale
Talent Lead, Upland Software Group`, 'Senior Account Manager - an update'),

  // 62
  rej('application', ['generic'], {},
    `<html><body><table width="600"><tr><td style="font-family:Arial;font-size:14px">
<p>Dear Fatima,</p>
<p>Thank you for your interest in the <b>Logistics Coordinator</b> position at Helix Freight.</p>
<p>We have carefully reviewed your application and, unfortunately, we have decided not to move forward at this time.</p>
<p>We appreciate your time and wish you the best of luck in your job search.</p>
<p>Sincerely,<br/>Helix Freight Talent Acquisition</p>
</td></tr><tr><td style="font-size:11px;color:#888">Powered by Workably ATS &middot; <a href="https://helixfreight.workably.io/jobs">View open jobs</a> &middot; Unsubscribe</td></tr></table></body></html>`, 'Helix Freight | Logistics Coordinator'),

  // 63
  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...door },
    `Hi Omar,

thanks for your submission of the translation test. Our reviewer found the Arabic > English part very good, but in the legal section several terms were translated in a non-standard way (for example "power of attorney" and "jurisdiction clause"), and for this client we need translators with legal specialisation. So we cannot add you to this project.

We will keep your profile in our database for general and marketing projects, we have many of them, and we will contact you.

Regards,
Layla Haddad
Vendor Manager, Lingua Bridge Translations`, 'Translation test result'),

  // 64
  rej('interview', ['role_closed'], {},
    `Hello Ethan,

Thanks for interviewing with us for the Growth Marketer role. Unfortunately we've decided to pause hiring for this position for the foreseeable future and so won't be moving forward with any candidates, including you.

Thanks for your understanding,
Greenline Talent`, 'Growth Marketer'),

  // 65
  rej('final', ['culture_fit', 'profile_mismatch'], {},
    `Dear Katarzyna,

Thank you for taking part in the final stage of our selection for Team Leader, Customer Operations. We were delighted by the level of interest and the quality of candidates.

Following a great deal of deliberation, we have decided to offer the role to a candidate who we believe is a closer match both to the role and to our team culture.

We are grateful for the time and effort you invested and wish you every success.

Yours sincerely,
Selection Panel
Baltica Energy`, 'Team Leader - final stage outcome'),

  // 66
  other(`Dear Adaeze,

We regret that we have had to move your final interview from Thursday 14th to Monday 18th at 10am, as one of our trustees is unwell. We apologise for any inconvenience. Please let us know if the new time does not work and we will find an alternative.

Warm wishes,
Philippa Dunmore
The Harbour Trust`, 'Change of date - final interview'),

  // 67
  rej('screen', ['location', 'salary'], { ...fb },
    `Hi Jonah,

Good to talk yesterday. I've fed back to the client. Two things stopped it: they need someone in the Manchester office every day (you said two days max from Leeds) and your 70k expectation is above the 58k they've set. I don't think either will move, so I'll leave this one.

Cheers,
Paddy
Lumen Search`, 'The Manchester role'),

  // 68
  rej('assessment', ['generic'], {},
    `Dear Candidate,

Thank you for your patience while we completed pre-employment checks. We regret to inform you that, following the outcome of the background screening, we are unable to continue with your application for Security Officer.

This decision is final.

Regards,
Vigilant Guarding Services - Vetting Team`, 'Pre-employment screening outcome'),

  // 69
  rej('interview', ['skills_gap'], { ...fb, ...offered, ...door },
    `Dear Ngozi,

Thank you for the interview last week. Regretfully we've decided not to offer you the Quality Assurance Officer role.

Best regards,
Matthew Agu

Matthew Agu | QA Manager | Lagos Pharma Industries Ltd
Plot 14, Ikeja Industrial Estate

PS - off the record, the one thing the panel kept coming back to was GMP audit experience; you've been audited but haven't led one yet. Get that under your belt and please apply again, we hire QA every year. Call me if you'd like to go through the rest of the notes.`, 'QA Officer interview'),

  // 70
  rej('application', ['profile_mismatch'], {},
    `Hi Sophie,

Thanks for applying to Northbeam! After reviewing your application, we don't think your profile is the right fit for the Marketing Operations Specialist role at this time.

We wish you all the best,
The Northbeam Team

Northbeam | Careers | Blog | LinkedIn`, 'Northbeam application update'),

  // 71
  hold('interview', ['generic'], {},
    `Hi Ruth,

Thanks again for meeting the team. We have a couple of candidates still to interview and it's taking longer than hoped, so it'll probably be another two weeks before we decide. Just wanted you to know we haven't forgotten you and you're still in the running.

Kind regards,
Tessa
Kindred Care Group`, 'Update'),

  // 72
  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Dear Piotr,

Thank you for your presentation at the final panel and your patience while we reached a decision. I'm sorry to let you know we won't be offering you the Data Protection Officer role.

The panel felt strongly that the role needs a practising lawyer, or at least a CIPP/E, given the regulator work coming next year, and that was the gap. Everything else about your application was strong.

Ask Tom in HR for the scoring sheet if you want to see how each question was marked; he's expecting to hear from you.

Regards,
Caroline Stead
General Counsel, Merrow Retail`, 'DPO - outcome'),

  // 73
  rej('interview', ['position_filled'], { ...door },
    `Dear Bilal,

Thank you for your interview for the Teaching Assistant post at St Aidan's Primary School. I'm writing to let you know that the governors have now appointed.

The panel enjoyed meeting you. We would be pleased to receive an application from you for future vacancies, which are advertised on the local authority website.

Yours sincerely,
Mrs J. Whitfield
Headteacher`, 'Teaching Assistant post'),

  // 74
  other(`Hi Tobias,

Thanks for your time at the technical interview day. Good news: the team would like to invite you to the final stage, a conversation with our CTO and a member of the leadership team. I'll send some times shortly.

In the meantime, if you'd like the notes from the pairing session, I can share them.

Jonas
Tidewell`, 'Tidewell - final stage'),

  // 75
  rej('application', ['location'], { ...fb },
    `Dear Applicant,

Thank you for your application for the position of Staff Nurse.

Unfortunately we are unable to progress your application as you do not currently hold NMC registration and the right to work in the United Kingdom, both of which are essential for this post.

NHS Recruitment Services`, 'Application: Staff Nurse'),

  // 76
  rej('screen', ['profile_mismatch'], {},
    `Hi Harvey,

It was lovely chatting with you on Monday and hearing about your time at Sunbeam. We've had a lot of interest in this role and, after our first round of conversations, we're taking forward candidates whose experience is a closer match.

Wishing you all the best,
Amira
People, Loomwork`, 'Your chat with Loomwork'),

  // 77
  rej('interview', ['internal_candidate'], {},
    `Dear Hannah,

Thank you for attending interview for Senior Librarian. The panel has decided to appoint an existing member of staff to the post. We wish you well.

Library HR
Cranmore County Council`, 'Senior Librarian'),

  // 78
  rej('final', ['overqualified'], { ...fb },
    `Hi Yusuf,

Thanks for making the trip for the final round. I'll get to it: the founders feel that after running a 60-person engineering org you'd be overqualified for a hands-on lead role on a team of four, and they worry you'd be bored and leave. I pushed back, but that's where they've landed.

I'm sorry. You were great.

Hal
Talent, Brisk`, 'Brisk'),

  // 79
  rej('application', ['skills_gap'], { ...fb },
    `Thank you for your application to the HGV Class 1 Driver position with Tranter Haulage.

Unfortunately we cannot progress your application as we require drivers to have a minimum of two years' Class 1 experience, and your application indicates you passed your test in March this year.

Tranter Haulage Recruitment
(Replies to this address are not read.)`, 'Class 1 Driver'),

  // 80
  other(`Hi Sunita,

Just a heads-up that we're still working through the interviews for the Customer Insight Manager role. The panel has a few more conversations to have next week, and we'll be making decisions after that. Thanks so much for your patience - I know waiting isn't fun.

Best,
Liam Carver
Ostara Insurance`, 'Customer Insight Manager'),

  // 81
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Marguerite,

Re: the Clinical Data Manager role - thanks for your patience.

> Hi Aaron, any news after Tuesday's interview? Many thanks, Marguerite

Sorry, I should have written sooner. We've decided not to go ahead, mainly because the role needs hands-on Medidata Rave build experience and you've only used it as an end user. Everything else was a good match.

Aaron Whitlock
Clinical Operations, Bexley Trials Unit`, 'Re: Clinical Data Manager'),

  // 82
  rej('application', ['position_filled'], {},
    `Dear Jonathan,

Thank you for your application for the Bookkeeper role. We are writing to let you know that the position has now been filled.

We will keep your details on our system only for as long as required under our privacy notice, after which they will be deleted.

Regards,
Clarke & Dunn Accountants`, 'Bookkeeper vacancy'),

  // 83
  rej('final', ['position_filled', 'profile_mismatch'], { ...door },
    `Hi Freya,

Thank you for the onsite last week. This one was genuinely hard. We've offered the role to a candidate whose experience in regulated fintech is a bit closer to what we need today, and she's accepted.

It would be a real shame to lose touch: would you be OK with me keeping you in mind for the Payments PM role we're opening in Q1? I think you'd be a great fit.

Regards,
Sana
Head of Talent, Coinmark`, 'Product Manager - onsite'),

  // 84
  rej('assessment', ['assessment'], {},
    `Hi Leandro,

Thank you for taking the time to complete our coding challenge. Our engineers have reviewed your submission and unfortunately it did not meet the bar for us to move forward.

Our hiring decisions are final and we are not able to share detailed feedback on individual submissions.

Best regards,
Codewright Recruiting`, 'Your Codewright coding challenge'),

  // 85
  rej('screen', ['role_closed'], { ...door },
    `Hi Priti,

Thanks for chatting on Thursday. The team has just been told they're not getting the headcount they were promised, so the QA Analyst role is off for now. Sorry to have got your hopes up.

I'll be honest, I liked you and I'll reach out if anything suitable comes up in the next few months - we're usually hiring in QA somewhere in the business.

Mel
Talent, Orbix`, 'QA Analyst'),

  // 86
  rej('interview', ['generic'], {},
    `Dear Francesca,

Thank you very much for taking the time to meet with us. The team really enjoyed the conversation and found your background very interesting. We were impressed by your achievements.

We received a very large number of strong applications, and the decision was a difficult one. On this occasion we will not be progressing your application.

With best wishes,
Jenna Frost
Recruitment, Harlow & Sloane`, 'Your application with Harlow & Sloane'),

  // 87
  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Hi Benedikt,

Thank you again for the interviews on Monday. We've decided not to proceed.

It's mostly about how we work: we're fully pair-programming, all day, every day, and when we tried it in the interview you said you'd find it draining and would rather work solo and review later. That's completely legitimate, it's just not this team.

If you'd like to talk it through, I'm around on Friday afternoon.

Kim
Engineering Lead, Parallax Health`, 'Parallax - decision'),

  // 88
  other(`Dear Ravi,

Thank you for registering for the Stanmore Rail Talent Network. We'll send you updates on our early careers programmes, insight days and new vacancies that match your interests.

You can update your preferences or leave the network at any time.

Early Careers Team
Stanmore Rail`, 'Welcome to the Stanmore Rail Talent Network'),

  // 89
  rej('application', ['internal_candidate', 'role_closed'], {},
    `Hi all,

A note to everyone who applied for the Programme Coordinator vacancy at Riverlight Arts. Following a restructure, the duties of this post have been absorbed into an existing role held by a current member of staff. The vacancy is therefore withdrawn and we won't be taking any applications forward.

Thank you for your interest in Riverlight.

Riverlight Arts`, 'Programme Coordinator - vacancy withdrawn'),

  // 90
  rej('interview', ['location'], { ...fb, ...door },
    `Dear Aditi,

thank you for the interview on 4th of this month. We liked very much your profile. Sadly we must say no for this role, because after the interview our legal department confirmed that for Switzerland we cannot get a work permit for non-EU citizen for this level of position, the quota is used for this year.

But we want to say clearly: we have office in Bangalore since this year, and I have given your CV to the team lead there, Mr. Srinivasan, he will contact you.

Best regards,
Urs Meier
HR, Kantonal Data AG, Zürich`, 'Your application - Data Engineer'),

  // 91
  rej('final', ['role_closed'], { ...offered },
    `Dear Mr Adebayo,

Thank you for your participation in the final stage of the recruitment process for the post of Country Director.

I regret to inform you that, following a change in funding from our principal donor, the Board has decided not to fill the post this year. We recognise that you invested considerable time in the process and we are sorry for this outcome.

Should you wish to discuss your performance at the final panel, the Chair of the panel has indicated she is happy to speak with you.

Yours sincerely,
Grace Atieno
HR Manager, Acacia Relief International`, 'Country Director - recruitment'),

  // 92
  rej('screen', ['generic'], {},
    `Hi Jamal, thanks for the screening call earlier this week. Unfortunately we won't be moving forward. If you have any questions about the process or timelines, feel free to drop me a line.
Best,
Natalie - Talent Partner, Embark`, 'Embark - follow up'),

  // 93
  rej('interview', ['skills_gap', 'salary'], { ...fb },
    `Hello Vikram,

Thank you for your interview. We have considered you seriously for the Senior Electrician vacancy. However, we have two problems. First, the job requires an Inspection and Testing qualification (2391) which you don't have yet. Second, the salary you expect is higher than what we can pay for this grade.

Thank you and good luck,
Brian Doyle
Doyle & Sons Electrical`, 'Senior Electrician'),

  // 94
  rej('application', ['culture_fit'], { ...fb },
    `Hi Rosa,

Thanks for your application to Glasshouse. In your cover letter you said you're looking for a structured corporate environment with a clear promotion ladder. We're a twelve-person co-op with a flat structure and no titles, so honestly we don't think we'd be what you're looking for. We're not taking your application further.

Warmly,
The Glasshouse hiring circle`, 'Glasshouse'),

  // 95
  hold('final', ['generic'], {},
    `Dear Kenji,

Thank you for attending the final interviews. I wanted to explain the delay: references for all shortlisted candidates are taking longer than expected, and the decision meeting has moved to the 21st. No decision has been made on your application. Thank you for your patience.

Yours sincerely,
Helen Baird
HR, Calloway Museums`, 'Curator appointment - delay'),

  // 96
  rej('interview', ['overqualified'], { ...fb, ...offered, ...door },
    `Hi Priyanka,

Thank you so much for the conversation with me and Dev. I've been going back and forth on this one for days, which I suppose tells you something.

We've decided not to offer you the Analyst role. Everything about the interview was strong; the concern is purely that with eight years as a senior analyst and two leading a small team, you'd be doing work you did years ago, and reporting to someone with less experience than you. We worry that would not be a good place for you or for us.

Happy to explain my reasoning in more depth on a call if useful. And I'm serious about the next bit: we'll be hiring an Analytics Manager in the new year and I'd very much like you to talk to us about it.

Best,
Zara Oyelaran
Head of Analytics, Copperleaf`, 'Analyst role'),

  // 97
  other(`Dear Nikolai,

Thank you for your interview with our operations director. We would like to continue the process. Before the next step, could you please confirm your salary expectations and earliest start date? The range for this position is 58,000 to 64,000.

Best regards,
Hana Novotná
Vltava Logistics`, 'Operations Analyst - next step'),

  // 98
  rej('application', ['generic'], {},
    `Dear Rebecca,

Many thanks for your interest in the role of Events Coordinator and for the time taken to complete your application.

We were very pleased to receive so many applications from such high-calibre candidates, and the shortlisting process was extremely difficult. I am sorry to tell you that on this occasion you have not been shortlisted.

We wish you well in your future career.

Kind regards,
Olivia Harcourt
HR Administrator, Kingsmere College

Kingsmere College is an equal opportunities employer. Find out about working at Kingsmere at kingsmere.ac.uk/jobs.`, 'Events Coordinator'),

  // 99
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hey Mei,

Thanks for doing the design challenge. The team liked your research write-up a lot, but the final screens didn't address the accessibility brief (contrast and focus states were missing), which was a big part of what we were scoring. We're not moving forward to interviews.

Always happy to hop on a quick call and walk through the comments - just grab a slot on my calendar.

Sol
Design Lead, Waypoint`, 'Design challenge'),

  // 100
  rej('interview', ['internal_candidate'], { ...fb },
    `Hi Aaron,

Thanks for your interview on Friday. We've decided to give the role to Chloe, who's been doing the job on secondment since the summer. I know that's frustrating after you prepared so much.

For what it's worth, the panel noted your stakeholder examples were strong but your answers on budget management were thin - you didn't give a figure or an example of owning one. Worth working on for the next one.

Best,
Steph
Events & Partnerships Manager, Canopy`, 'Partnerships Executive'),

  // 101
  other(`Hi Renata,

Thanks for sending the data exercise back. Before the team reviews it, a quick question: in the orders query, did you intend to leave the duplicate rows in? If it was a slip, feel free to send a corrected version by Friday - we'd rather look at what you meant to do.

Best,
Tomasz (Analytics, Fernhollow)`, 'Quick question on your exercise'),

  // 102
  other(`Dear Oluwaseun,

Thank you for your interest in Quaystone Data. Your application for Infrastructure Lead has moved to the next stage of review. We've been impressed by the depth of your experience and the hiring manager will be in touch to arrange a first conversation.

Kind regards,
Quaystone Talent`, 'Application update'),

  // 103
  other(`Hi Marcus,

Thanks for asking about feedback. The feedback call is booked for Tuesday 10:30 with Jess and me; the invite is in your calendar. We'll go through the take-home notes and the interview scorecards, and answer anything you want to ask.

See you then,
Priyam`, 'Feedback call - Tuesday'),

  // 104
  other(`Hello Gabriela,

Thank you for applying. This is an automatic confirmation that we have received your application for Support Team Lead (req. 5531). Our team reviews every application and will contact you if your profile matches.

Please note that due to the volume of applications, we are unable to provide individual feedback at this stage.

Pinecrest Careers`, 'Application received - Support Team Lead'),

  // 105
  rej('application', ['profile_mismatch'], {},
    `Hi Leo,

Thank you for applying for the Senior Software Engineer position at Vantage Robotics.

We received many strong applications and have decided to move forward with candidates whose experience more closely aligns with the role.

Thanks,
Vantage Robotics Recruiting

Vantage Robotics | vantagerobotics.com/careers | Privacy
This message was sent by Greenfield ATS on behalf of Vantage Robotics.`, 'Update on your Vantage Robotics application'),

  // 106
  rej('interview', ['salary'], { ...fb, ...door },
    `Hi Felipe,

Just to give you the outcome after Wednesday. We really liked the conversation, but the gap on pay is too big: you were clear you need at least 75k and our Customer Success Manager band is 55-62k. We're not able to stretch that far, so we'll stop here.

Don't be a stranger, though. We're planning a Head of CS role for next year at a level that fits your expectations and I'll let you know when it's open.

Thanks,
Gemma
COO, Lumio`, 'CSM role'),

  // 107
  rej('final', ['location'], { ...fb },
    `Dear Ahmed,

Thank you for joining us for the assessment day last Thursday. I'm sorry to tell you that we won't be making you an offer. The deciding point was the travel requirement: the role involves being on client sites in the Gulf for roughly two weeks a month, and you told us in the final interview that you could not be away from home more than a few days at a time.

With best regards,
Ruth Okoye
Talent Acquisition, Meridian Consulting Engineers`, 'Assessment day - outcome'),

  // 108
  rej('screen', ['overqualified'], { ...fb, ...door },
    `hey Tom, thanks for the call. honestly after your 12 yrs in sales leadership the BDR role would be a step way down, the client wants someone early career so they won't take it further. I've got a sales director brief landing next month though, can I put you forward for that? I'll call you when it comes in.
Becca @ Slate Talent`, 'BDR role'),

  // 109
  other(`Dear Françoise,

Following your final interview, the board would like to take up two references before reaching a decision. Could you send contact details for two referees, one of whom should be your current or most recent line manager? This is standard at this stage and does not indicate any concern.

Best regards,
Marc Delaunay
Ateliers Boiron`, 'References'),

  // 110
  rej('application', ['role_closed'], { ...door },
    `Dear Ms Park,

Thank you for applying for the Research Assistant post (ref RA-19). Unfortunately the grant that was to fund this post has been deferred and the position has been withdrawn.

We were impressed by the applications received and we intend to re-advertise if the funding is confirmed next year. We would strongly encourage you to apply again at that point.

Yours sincerely,
Dr Imogen Slade
Department of Earth Sciences, Whitcombe University`, 'RA-19 - post withdrawn'),

  // 111
  other(`Hi Kasia,

Thanks for getting back to me. I've made a note that you'd like to be considered for the trainee supervisor cohort in spring. Applications open on 3 March and I'll send you the link the day it goes live.

Best wishes,
Ewan Mackintosh
Tayside Freight`, 'Re: Shift Supervisor'),

  // 112
  rej('interview', ['assessment'], { ...fb },
    `Hi Kofi,

Thanks for the second interview and the presentation you prepared. We've decided not to take things further. The panel felt the market sizing in your presentation rested on one assumption that you couldn't back up when asked, and the go-to-market plan skipped the channel partners entirely, which is most of our revenue.

Best of luck,
Ingrid Solberg
VP Marketing, Fjordline Software`, 'Product Marketing Manager'),

  // 113
  hold('interview', ['role_closed'], {},
    `Hi Alejandro,

Thanks for your time at the interviews. I'm sorry for the silence. Our budget for next year is being reviewed and all open roles, including this one, are frozen until that finishes in mid-January. This isn't a no - you're still one of our strongest candidates. I'll be back in touch once we know.

Regards,
Nia
Talent, Harbor & Quill`, 'Checking in'),

  // 114
  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Candidate,

Thank you for your interest in the Pharmacist role in Auckland. We cannot proceed with your application at this stage, as you are not yet registered with the Pharmacy Council of New Zealand and do not hold a visa that allows you to work in New Zealand. Both are needed before we can consider an application.

Kind regards,
Kiwi Health Staffing`, 'Pharmacist - Auckland'),

  // 115
  other(`Hi Mira,

Thanks for your note. Totally understand you've accepted another offer - congratulations! I've withdrawn you from the process on our side. If you're ever looking again, please get in touch.

All the best,
Sam
Hiring Manager, Cardwell`, 'Re: Withdrawing my application'),

  // 116
  rej('final', ['generic'], { ...offered },
    `Dear Constance,

Thank you for attending the final interview for the Deputy Head role. After much deliberation the governors have decided not to offer you the post.

The Chair of Governors would be pleased to offer you feedback by telephone; please contact the school office to arrange a time.

Yours sincerely,
Peter Holloway
Clerk to the Governors, Ashdown Park School`, 'Deputy Head appointment'),

  // 117
  other(`Hi Lena,

Following your onsite, I'm happy to share that we'd like to make you an offer for the Senior PM role! I know budget came up in our conversations, and I've managed to get the base to 132k plus relocation support. The written offer will follow this afternoon.

Marcus
VP Product, Halcyon Maps`, 'Offer - Senior PM'),

  // 118
  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Hi Sandra,

Lovely to speak with you on Friday. I shared your notes with the hiring team and they've decided not to progress, as they need someone who's done SOC 2 Type II audits end-to-end and that's not yet on your CV.

If it would help, I can get you a couple of lines from the hiring manager on what would make you a stronger candidate next time. Just reply.

Kind regards,
Orla
Recruitment Partner, Talbot Search`, 'Security Compliance role'),

  // 119
  other(`Dear Applicant,

Thank you for your application for Warehouse Operative at Brackley Distribution. Your application is currently under review. Shortlisted candidates will be contacted by 30 June. If you have not heard from us by then, please assume that you have not been successful on this occasion.

Brackley Distribution HR`, 'Application acknowledgement'),

  // 120
  rej('interview', ['position_filled', 'culture_fit'], { ...fb },
    `Hi Noor,

Thank you for coming in to meet the team. We've now offered the role to another candidate. We felt your style in the group session, leading from the front and making the calls quickly, wasn't the consensus-building approach this team is after right now.

Best,
Fraser
Studio Manager, Lanternfish Architects`, 'Your interview at Lanternfish'),

  // 121
  other(`Hi Pedro,

Thanks for joining our webinar "Breaking into Product Management"! As promised, here are the slides and the recording. We also mentioned our open roles - you can find them all at trellis.io/careers, and we'd love to see your application.

The Trellis team`, 'Webinar recording + slides'),

  // 122
  rej('assessment', ['assessment'], { ...door },
    `Dear Applicant,

Thank you for completing the situational judgement test for the Police Constable Degree Apprenticeship. Unfortunately you did not achieve the required score to progress on this occasion.

You may reapply after a period of six months, and we would encourage you to do so.

Recruitment Team
Westmoor Police`, 'SJT result'),

  // 123
  other(`Hi Naveen,

Good news - the hiring pause has been lifted and we're picking the Data Engineer process back up. Could you do a final call with the Head of Data next week? Tuesday or Wednesday afternoon would work on our end.

Best,
Carla Mendes
Brightwater Analytics`, 'Back on - Data Engineer'),

  // 124
  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Mr. Nakamura,

Thank you for the interview for the position of Sales Engineer. We appreciate your interest. After the discussion, we have concluded that your background in consumer electronics does not fit well with the industrial automation focus of this position, and we will not proceed.

Your profile is saved in our candidate pool and we will contact you if a suitable position in our consumer division opens.

Best regards,
Sakura Industrial Systems K.K., Human Resources`, 'Sales Engineer'),

  // 125
  other(`Hi Chiara,

Just confirming your interview for Product Marketing Manager on Thursday at 2pm with Leona (Head of Marketing). We regret that the office is closed for refurbishment that week, so this will be on Google Meet - link below.

Looking forward to it,
Lantern Labs Recruiting`, 'Interview confirmed'),

  // 126
  rej('final', ['internal_candidate'], { ...door },
    `Hi Dario,

I wanted to get in touch personally before the formal letter goes out. After the final interviews, we have decided to appoint from within: one of our current regional managers will take the role.

I'm also writing because you impressed a lot of people. I've passed your name to our recruiting team for the Milan opening they're scoping, and they'll reach out in the new year.

Kind regards,
Francesca Lodi
Country Manager, Verdant Foods Italia`, 'Area Manager'),

  // 127
  other(`Dear Colleague,

Thank you for your enquiry regarding feedback on the recent recruitment exercise for Senior Administrator. Your request has been logged (ref FB-2210) and passed to the recruiting manager, who aims to respond within ten working days.

HR Shared Services
Elmbridge Health Partnership`, 'Feedback request received FB-2210'),

  // 128
  rej('screen', ['position_filled'], {},
    `Hi Adele,

Thanks for taking my call last week. I just heard from the client that they've already accepted an offer from another candidate they were talking to, so the role is gone. Sorry it didn't work out this time.

Jordan
Kestrel Partners`, 'Update on the Finance role'),

  // 129
  other(`Hi Fergus,

Thanks for the chat on Tuesday. We're moving you to the next stage: a 45-minute interview with the team lead. We'll send a scheduling link shortly.

Sinead
Talent @ Cobble`, 'Next steps'),

  // 130
  other(`Dear Hamid,

Thank you for your application for the Field Service Engineer role. Before we can proceed, please confirm whether you would be willing to relocate to within 40 minutes of our Eindhoven depot, as this is a requirement of the role. Relocation support is available.

With kind regards,
Petra van Lier
Voltaris Service BV`, 'Question about your application'),
];
