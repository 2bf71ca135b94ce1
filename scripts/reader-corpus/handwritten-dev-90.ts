/**
 * Development messages of the ninetieth round: declines, pauses and look-alikes in which the step the candidate reached
 * is told only in passing ("good to put a face to the name", "the exercise you sent back", "the two of you we were
 * choosing between", "coming in for the whole day"), never as a plain "after your interview". Application-stage
 * declines borrow the words of later steps while speaking of the process in general or of other people; some messages
 * name an early step beside a later one, and the furthest counts. Paused processes tell the stage the same way, and the
 * look-alikes (invitations, scheduling, acknowledgements, "we'll be in touch after the panel", offers, withdrawals)
 * decline nothing.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d90-');

export const HANDWRITTEN_DEV_90: readonly CorpusLine[] = [
  // ── Application stage: later steps named only in general or of other people
  rej('application', ['generic'], { ...door },
    `Dear Applicant,

Thank you for applying for the position of Warehouse Shift Lead (Ref. KV-20931) at Korvath Distribution.

Our assessment process is rigorous and is designed to be fair to every applicant. Candidates invited to interview will be contacted directly by a member of our Talent team, and the final decision in every case rests with the hiring manager.

On this occasion we will not be taking your application further.

Your details will remain in our talent pool for twelve months, and you may be contacted if a suitable vacancy arises.

Korvath Distribution Talent Team
This mailbox is not monitored. Please do not reply to this email.`, 'Your application - KV-20931'),

  rej('application', ['profile_mismatch'], {},
    `Hi Joaquín,

Thanks for your interest in the Partnerships Manager role at Fennel & Rye.

The final decision on shortlisting rests with our hiring manager, Ines, who has now gone through every application personally. She felt that other applicants' experience lined up more closely with what the team needs right now, so we won't be moving you forward.

We appreciate the time you put into your application.

Warmly,
The Fennel & Rye People Team`, 'Partnerships Manager at Fennel & Rye'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Ms Okonkwo-Hale,

Re: Senior Audit Associate, Bristol office

Thank you for your application. This position requires a full ACA or ACCA qualification at the point of appointment, and from the information you provided we understand you are part-qualified with three papers outstanding. For this reason we are unable to progress your application.

Yours sincerely,

Recruitment Department
Whitcombe Lane LLP
Registered in England and Wales, No. OC381204. Registered office: 4 Temple Row, Bristol BS1 6HG.`, 'Application ref WL/2291'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Tomasz,

Thanks so much for applying to be a Site Reliability Engineer with Quokka Cloud. Before anything else happens in our process (we'd normally line up a recruiter chat and a technical conversation next), we check eligibility, and this one has to be someone with existing working rights in Australia. From your application it looks like you'd need a sponsored visa, which we can't offer for this role.

We do hire in other regions from time to time, so please keep an eye on our careers page and apply again if something in Europe comes up.

Cheers,
Mia
Talent Coordinator, Quokka Cloud`, 'Quokka Cloud - SRE application'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Graham,

Thank you for applying for the Office Coordinator position at Bellweather Dental Group.

Having read your CV, with fifteen years of running multi-site operations and a regional director title, we feel your experience goes well beyond what this entry-level role involves, and we don't think it would give you enough to get your teeth into (forgive the pun).

We'd genuinely like to keep your details for any senior operations vacancies and will get in touch if one comes up.

Best wishes,
Hannah Lyle
Practice Operations, Bellweather Dental Group`, 'Office Coordinator application'),

  rej('application', ['role_closed'], {},
    `Hello Anjali,

We're writing to everyone who applied for the Product Analyst vacancy (REQ-4471).

Over the last month we interviewed a number of strong people for a related position in the same team. Following a restructure of the Insights function, the Product Analyst vacancy has since been withdrawn, and we are no longer recruiting for it. Your application has therefore been closed.

We're sorry for the inconvenience, and thank you for your interest in Marrowby.

Marrowby Talent Acquisition`, 'REQ-4471 update'),

  rej('application', ['position_filled'], {},
    `Thank you for your recent application for the post of Library Assistant (Part-time), Post no. 2024/118.

We are writing to let you know that we have now appointed to this post. We received a high number of applications and the shortlisting panel's job was a difficult one.

Thank you for your interest in working for Dunmore County Council.

Human Resources, Dunmore County Council
Please do not reply to this email address.`, 'Post 2024/118 Library Assistant'),

  rej('application', ['internal_candidate'], { ...door },
    `Hi Kelechi,

Thanks for applying for the Customer Success Lead role. Just a quick note to say we've decided to fill this position internally - one of our current account managers is stepping into it.

That means we won't be taking applications forward, but we'd love to hear from you again. We're growing the CS team later this year, so please do apply when those roles go live.

Best,
Ruth at Plainsong`, 'Customer Success Lead'),

  rej('application', ['salary'], { ...fb },
    `Dear Mr Castellano,

Thank you for your application for the role of Logistics Planner.

You indicated on your application form an expected base salary of EUR 72,000. The budget for this position is fixed at EUR 52,000 to 56,000, and as the gap is considerable we have decided not to take your application further.

We thank you for your interest in Transalpina Freight and wish you every success.

Kind regards,
Personalabteilung / HR
Transalpina Freight GmbH, Innsbruck`, 'Ihre Bewerbung / Your application'),

  rej('application', ['generic'], {},
    `Hi Lou, thanks for applying to Sproutly. Unfortunately we won't be progressing your application this time. All the best!`, 'Sproutly'),

  rej('application', ['profile_mismatch'], { ...door },
    `<p>Dear Candidate,</p>
<p>Thank you for your interest in the <b>Graduate Data Scientist</b> programme at Orrin Analytics.</p>
<p>Our interview stage is highly competitive and only a small number of shortlisted applicants progress to it each year. Having reviewed your application against the criteria for the programme, we have concluded that your profile is not the right match for this intake.</p>
<p>We encourage you to apply again for future programmes, which open each September.</p>
<p>Kind regards,<br>Early Careers Team<br>Orrin Analytics</p>
<p style="font-size:10px">You are receiving this email because you applied via orrin.careers. Powered by Talentwell.</p>`, 'Orrin Analytics - Graduate Programme'),

  rej('application', ['skills_gap'], { ...fb },
    `Hello Sophie,

Thank you for applying for the Account Executive (DACH) role.

As the role involves negotiating with clients in Germany, Austria and Switzerland every day, business-fluent German (C1 or above) is essential. Your CV lists German at B1, so unfortunately we are unable to move forward with your application for this particular role.

Kind regards,
Felix Brandauer
Recruiting, Lindqvist Software`, 'Account Executive (DACH)'),

  rej('application', ['generic'], {},
    `Dear Arjun,

Thank you for applying to the 2025 Graduate Scheme at Pellham Group.

Our assessment centres for this year are now fully booked, and we regret that we will not be inviting you to attend one. This decision was not an easy one given the number of applications received.

We wish you all the best in your career.

Pellham Group Graduate Recruitment`, 'Pellham Graduate Scheme 2025'),

  rej('application', ['culture_fit'], { ...fb },
    `Hi Dev,

Thank you for your application and for such an honest cover letter. You wrote that you do your best work alone, with long stretches of uninterrupted focus and minimal check-ins. Our studio is the opposite: six of us pair on almost everything and we talk through work all day. We don't think that way of working would suit you, so we've decided not to take things further.

All the best,
Oona
Co-founder, Stitchfield Studio`, 'Junior designer role'),

  rej('application', ['profile_mismatch'], { ...offered },
    `Dear Martina,

Thank you for your application for Marketing Manager at Halden Outdoor.

The hiring team have reviewed it carefully and, on this occasion, we won't be progressing it as we feel it doesn't match the requirements of the role closely enough.

If you would find it helpful to have some brief feedback on your CV, just reply to this email and I'll arrange it.

Kind regards,
Saoirse Dunne
Recruitment Partner, Halden Outdoor`, 'Your application to Halden Outdoor'),

  // ── Screen: a first call with a recruiter or HR, told in passing
  rej('screen', ['salary'], { ...fb },
    `Hi Beatrice,

Thanks for taking my call on Tuesday, it was great to hear more about what you're after.

I've spoken to the hiring team since. The salary you mentioned, around 85k, is well above the 68-72k they've got signed off for this role, and they've told me there's no flexibility this year. So sadly they won't be moving forward.

Sorry it's not better news!
Callum Reid
Senior Talent Partner, Northmoor Health Tech`, 'Follow-up from our call'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hey Nadia,

Really enjoyed our chat last week - thanks for making time at such short notice.

I shared my notes with the hiring manager and she's decided to focus on people whose background lines up more closely with what the team is doing right now. I know that's disappointing after a good conversation.

I'd like to keep in touch though: I'll keep your details on file and reach out if something more suited comes up.

Josh
Recruiter, Tidewell`, 'Catching up'),

  rej('screen', ['location'], { ...fb },
    `Dear Rahul,

Thank you for speaking with me on the phone yesterday.

As you mentioned during our conversation, you would require visa sponsorship to work in the United Kingdom. Unfortunately, Greywater Capital is not a licensed sponsor and we are therefore unable to proceed with your application for the Junior Quant Developer position.

I'm sorry this couldn't be different.

Yours sincerely,
Emily Carver
HR Business Partner, Greywater Capital`, 'Junior Quant Developer'),

  rej('screen', ['generic'], {},
    `Hi Sam,

It was lovely speaking with you briefly on Monday. I wanted to let you know that the team has now reviewed everyone from this round of initial calls, and we've decided not to take your application any further.

Thanks again and all the best,
Priyanka
Talent Partner | Ostrava Labs`, 'Ostrava Labs - update'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Oliver,

Thanks again for the 20 minutes on Thursday afternoon.

When we spoke you mentioned that you haven't used Salesforce yourself and that your CRM experience is mainly with HubSpot. The team I'm recruiting for has been really clear that hands-on Salesforce admin is a must from day one, so I won't be able to put you forward for this one.

Happy to keep you in mind for other roles where HubSpot is the main tool.

Regards,
Gemma Ashdown
Ashdown Recruitment Ltd`, 'RevOps role'),

  rej('screen', ['position_filled'], {},
    `Hi Femi,

Quick update on the Finance Business Partner role with my client in Reading. Since we spoke on the phone, they've made an offer to a candidate who was already at final stage before you came into the process, and it has been accepted.

So unfortunately that one is now closed. Sorry it moved so fast!

Dan
Principal Consultant, Kestrel Search`, 'FBP role - update'),

  rej('screen', ['overqualified'], { ...fb },
    `Hello Charlotte,

Thank you for the phone conversation earlier this week.

Having thought about it further, I think this role would be quite a step back for you. You have been leading a department of around forty people, and this position manages two and is mostly hands-on. We are concerned you would quickly outgrow it, and so we have decided not to take your application further.

With best wishes,
Marguerite Okafor
People Team, Linden House Trust`, 'Operations Officer - Linden House'),

  rej('screen', ['role_closed'], { ...door },
    `Hi Yusuf,

Thanks for the intro call the other day. Unfortunately I have some frustrating news: the Data Engineer position has been frozen as part of a wider hiring pause, and we're closing all open applications for it, including yours.

If the role reopens I'll reach out to you directly, as I'd love to continue the conversation.

Best,
Ellie
Talent, Cobalt Mile`, 'Data Engineer at Cobalt Mile'),

  rej('screen', ['profile_mismatch'], { ...offered },
    `Dear Ms Varga,

Thank you for your time on the phone on 4 November to discuss the Compliance Analyst vacancy.

Following that discussion and a further review of your CV, we have decided that your experience is not a close enough fit for this position, and we will not be proceeding with your application.

Should you wish to receive feedback, please contact me directly on 020 7946 0381.

Yours sincerely,
Andrew Pike
Human Resources, Hallam & Strudwick Bank`, 'Compliance Analyst - your application'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hi Marco,

Thanks for the call yesterday and for being so open about what you're looking for.

You said you do your best work with clearly defined responsibilities and a stable roadmap. Honestly, we're 11 people, priorities shift week to week and everyone covers for everyone. After talking it over with Lena, we don't think the way we work would be a good match for you, and we'd rather say so now than later.

Wishing you luck with the search,
Ben
Founder, Patchwork Payroll`, 'Our call'),

  rej('screen', ['salary', 'location'], { ...fb },
    `Hi Aiko,

Lovely to speak on Friday. I've taken your details back to the team, and unfortunately there are two sticking points. First, the role is based in our Manchester office four days a week, and you said you'd want to stay fully remote from Edinburgh. Second, the day rate you mentioned is above what the contract can pay (we're capped at 450 a day).

Given both, we won't be progressing this one. Thanks for your time.

Rebecca
Talent Acquisition, Ferrogate`, 'Contract BA - Ferrogate'),

  rej('screen', ['internal_candidate'], {},
    `Hi Ewan,

Thank you for chatting with me earlier in the week about the Team Lead role. I wanted to let you know that the hiring manager has decided to appoint someone from within the existing team, so we are not progressing external candidates any further.

I appreciate the time you gave us.

Kind regards,
Sinead
HR Advisor, Carrow Foods`, 'Team Lead - Carrow Foods'),

  rej('screen', ['generic'], {},
    `Hi Tariq,

Thanks again for the intro call with me last Wednesday. The hiring team have now looked at everyone, and they've decided not to invite you to interview for the Growth Marketer role.

I know that's not what you were hoping for. Best of luck with everything.

Chloe | People Ops | Glint`, 'Glint - Growth Marketer'),

  rej('screen', ['skills_gap'], { ...fb },
    `Dear Hyun-woo,

It was a pleasure speaking with you on Monday.

As I mentioned on the call, the Senior Mechanical Engineer role requires at least five years of post-graduate experience in pressure vessel design. You told me you have a little over two, mainly in HVAC, so unfortunately we can't take you further for this position.

Best regards,
Ingrid Solberg
Talent Acquisition, Nordvik Process Systems AS`, 'Senior Mechanical Engineer'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Laura,

Following your conversation with Aoife from our talent team last week, we've reviewed your application against the role requirements once more. We've decided to prioritise candidates whose experience more closely matches the position, so we won't be moving forward at this time.

Thank you for your interest in Brannagh Energy.

Brannagh Energy Recruitment
noreply@brannagh-energy.ie`, 'Your Brannagh Energy application'),

  // ── Assessment: a test, exercise or check, told in passing
  rej('assessment', ['assessment'], { ...fb },
    `Hi Greta,

Thanks for the exercise you sent back last week - the team could see you put real time into it.

The reviewers liked the clean component structure, but the search didn't handle empty results or network errors at all, and the filtering logic had a bug that duplicated rows once more than one filter was applied. Those were the core of what we were testing, so we're not going to move forward this time.

All the best,
Rafael
Engineering, Tallowfield`, 'Your Tallowfield exercise'),

  rej('assessment', ['assessment'], {},
    `Dear Ms Abernethy,

Thank you for the recording you submitted of your sample Year 9 lesson.

The selection panel has reviewed all recordings received, and unfortunately yours did not reach the standard required to progress in the selection process for the post of Teacher of Science.

We thank you for your interest in St Columba's Academy.

Yours sincerely,
Mrs J. Tregear
School Business Manager`, "Teacher of Science - St Columba's"),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hello Pieter,

Thank you for completing the online numerical and verbal reasoning tests for the Trainee Actuary programme.

Your overall score was 58%, and the pass mark for this stage is 70%. Your numerical score was close to the threshold but the verbal section brought the total down. Unfortunately this means you will not progress further in this year's process.

Candidates may re-apply after twelve months, and we would welcome a new application from you then.

Regards,
Graduate Recruitment, Ambrose Life plc`, 'Trainee Actuary - test results'),

  rej('assessment', ['profile_mismatch'], {},
    `Hi Danielle,

Thanks for getting on the phone with Luke a few weeks back and for the case study you put together afterwards.

We've now reviewed all the case studies, and we've decided to move ahead with candidates whose background is a closer match to where the team is heading.

Thanks again for the effort you put in.

Best,
Harriet
Talent Team, Bluefinch Consulting`, 'Bluefinch - case study'),

  rej('assessment', ['generic'], {},
    `Dear Mr Nwachukwu,

We refer to the pre-employment screening you consented to in connection with the position of Branch Cashier.

Having considered the results of that screening, we regret to inform you that we are unable to proceed with your application. We are not able to discuss the details of the screening outcome.

Yours faithfully,
Recruitment Services
Meridian Savings Bank`, 'Pre-employment screening - outcome'),

  rej('assessment', ['position_filled'], {},
    `Hi Leon,

Really sorry to be sending this. While your take-home was still with our reviewers, we made an offer to another candidate who was further along in the process, and they've accepted.

That means the role is filled and we won't be reviewing the remaining submissions, yours included. I know you spent a weekend on it and I'm sorry for that.

Nina
Hiring Manager, Quillbeam`, 'Re: Quillbeam take-home'),

  rej('assessment', ['role_closed'], { ...door },
    `Hi Ama,

Thank you for completing the coding challenge on Tuesday.

Unfortunately, since then the company has decided to cancel this position as part of a budget review for next year, so we won't be proceeding with any candidates. This has nothing to do with your submission.

We'd be glad to consider you if the role reopens, and I'll make a point of getting in touch.

Kind regards,
Jonas
Talent Partner, Vellum Robotics`, 'Vellum Robotics - Backend Engineer'),

  rej('assessment', ['assessment'], {},
    `Your recent assessment - Customer Service Advisor

Hi Rosa,

Thank you for taking the time to complete our online situational judgement assessment. Unfortunately your results did not meet the threshold needed to continue in our selection process.

We wish you all the best.

Greenway Telecom Careers | Powered by HireRail
Do not reply to this message.`, 'Your recent assessment'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Callum,

Thanks for doing the SQL assessment for the Analytics Engineer role.

You scored well on the joins and aggregations, but the last three questions relied on window functions and you didn't attempt two of them. Window functions are central to the daily work here, so we've decided not to move forward.

If you build up that experience, we'd be happy to hear from you in the future.

Thanks,
Maud
Data Team Lead, Peregrine Retail`, 'SQL assessment - Analytics Engineer'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Felicity,

Thank you for the writing sample you sent us for the Content Editor vacancy.

The editorial team read it closely. The piece was well researched but ran to nearly 1,600 words against the 800-word brief, and the headline and standfirst didn't follow our house style guide, which we had attached. Because matching a brief closely is central to the role, we've decided not to progress your application.

Best wishes,
Owen Garrity
Managing Editor, The Lantern Review`, 'Content Editor - writing sample'),

  rej('assessment', ['culture_fit'], { ...fb },
    `Hello Bartek,

Thank you for completing the work-style questionnaire and the short scenario exercise.

Your answers showed a strong preference for working independently and making decisions on your own, whereas this role sits in a team that works by consensus and shares every decision. We feel the difference in working style would make the role a poor fit for you, and we will not be progressing your application.

Kind regards,
Recruitment, Holloway Cooperative Housing`, 'Your application - Holloway'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Ms Laurent,

Thank you for completing the translation test for the freelance EN>FR legal translator panel.

Our reviewers found several terminology errors in the contract clauses (in particular "indemnify" and "without prejudice" were rendered inaccurately), and the test therefore fell below the quality level we need for admission to the panel.

Yours sincerely,
Vendor Management, Lexbridge Language Services`, 'Translation test result'),

  rej('assessment', ['generic'], {},
    `Hi Noor, thanks for having a go at the puzzle we sent over. We've decided not to take things further this time. Take care - Will @ Marbleworks`, 'puzzle'),

  rej('assessment', ['location'], { ...fb },
    `Hi Ethan,

Thanks for getting the technical task back to us so quickly.

While reviewing your submission, we realised from your profile that you're based in Toronto. This role requires existing US work authorization, and we're not able to sponsor a visa for it, so unfortunately we can't continue with your application.

Sorry for not catching this sooner.

Regards,
Talent, Harrowgate Systems Inc.`, 'Harrowgate - technical task'),

  rej('assessment', ['internal_candidate'], {},
    `Dear Olumide,

Thank you for completing the financial modelling exercise for the Senior FP&A Analyst role.

While the exercises were being marked, a member of our current finance team applied for the position and has been appointed. As a result, we will not be progressing external applications further.

We appreciate the time you invested.

Best regards,
Talent Acquisition, Crossgate Pharma`, 'Senior FP&A Analyst'),

  // ── Interview: a conversation with the hiring manager or team, told in passing
  rej('interview', ['profile_mismatch'], {},
    `Hi Rory,

It was good to put a face to the name on Thursday, after all those emails back and forth.

I've talked it over with Sunita and we've decided to go with candidates whose experience sits a bit closer to what this team needs. It was a close call and I appreciate you coming all the way across town.

All the best,
Gareth
Head of Client Services, Ledgerline`, 'Thursday'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Amara,

Thanks for walking Dana through the dashboard you built for the housing charity - she said it was one of the most thoughtful pieces of work she's seen this year.

The thing that held us back is that this role leans heavily on dbt and a modern warehouse (we're on Snowflake), and from what you described your pipelines are mostly in Excel and Power Query. We need someone who can own the modelling layer from the first week, so we're not going to move forward.

If a longer chat about this would help, I'd be very happy to set one up.

Warm regards,
Lucy Pemberton
Analytics Lead, Brightwater Housing Group`, 'Data Analyst role'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Jakub,

Thank you for the afternoon you spent with us after you met Priya and the product team.

Several people said the same thing afterwards: you came across as someone who likes to take a problem away and come back with a finished solution, and the team here works in a very open, sketch-it-together way, showing rough work daily. We think that style difference would make things hard for you and for them, so we won't be offering you the role.

Thanks again,
Harriet Moss
Design Director, Folio`, 'Product Designer - Folio'),

  rej('interview', ['position_filled'], {},
    `Dear Nicole,

Thank you again for your time with us in Leeds last Wednesday, and I hope the journey home was smooth.

I'm writing to let you know that we have now offered the Area Manager position to another candidate, who has accepted.

Kind regards,
Philippa Owusu
Regional HR Manager, Hartley & Green Garden Centres`, 'Area Manager - Yorkshire'),

  rej('interview', ['overqualified'], { ...fb },
    `Hi Stefan,

I really enjoyed our chat last week. As I said then, I'd be the person you'd report to, so I wanted to write to you myself.

I've thought about it a lot. You've run engineering for a company of 300 people, and this job is leading a team of four on one product. I honestly think you'd be bored in six months and I'd be losing you soon after. So I've decided not to go ahead.

Thank you for being so open with me.

Marisol
VP Product, Cinder Labs`, 'Our chat'),

  rej('interview', ['generic'], {},
    `Hi Keisha,

Thanks for hanging on for a few minutes when we spoke after the panel on Monday. I've now heard back from everyone who sat on it, and I'm sorry to say we won't be taking your application any further.

Best,
Vic
Talent Partner, Ardent Media`, 'Update from Ardent'),

  rej('interview', ['salary'], { ...fb },
    `Dear Mr Haddad,

Thank you for meeting with Ms Ruiz and myself on the 12th.

We were impressed by your background. However, the salary you told us you would need, 110,000, is well above the range we have for this position (85,000 to 92,000), and we are not in a position to increase it. We have therefore decided not to proceed with your application.

Yours sincerely,
Daniel Ortega
Director of Finance, Alcazar Hotels Group`, 'Financial Controller'),

  rej('interview', ['internal_candidate'], {},
    `Hi Grace,

Thanks for the video call with Tom and me on Friday. It was a pleasure to talk about the plans for the Glasgow clinic.

I wanted to let you know that we've decided to appoint one of our existing practice managers into this role, so we won't be moving forward with your application.

Kind regards,
Morag
Operations Director, Clearview Physio`, 'Practice Manager - Glasgow'),

  rej('interview', ['role_closed'], { ...door },
    `Hello Wen,

Thank you for spending time with Ravi and Claire last week; they both enjoyed the conversation.

Since then, the leadership team has announced a restructure of the Marketing function, and the Brand Manager role will not be going ahead in its current form. We are therefore closing the process for all candidates.

We would be glad to hear from you if you see a future opening with us, and I will keep your details so we can contact you if a similar position is created.

Best wishes,
Hollie Brennan
People Partner, Tessaly Foods`, 'Brand Manager process'),

  rej('interview', ['location'], { ...fb },
    `Dear Ross,

Thank you for meeting the team in Aberdeen on Tuesday.

You were very clear that moving north isn't possible for your family at the moment, and we appreciated the honesty. As the Offshore Planning Coordinator needs to be on site in Aberdeen most days, we don't see a way to make it work, and we won't be taking your application forward.

Kind regards,
Fiona McBain
HR, Stormhaven Energy Services`, 'Offshore Planning Coordinator'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Jasper,

Thanks for the coffee with Marco on Monday - he said you two could have talked trains for hours.

The tricky part is that this role needs hands-on Kubernetes in production, and you said you've only used it in side projects. We need someone who can own the cluster from day one, so we won't go further this time.

Cheers,
Ana
Engineering Manager, Platform, Railyard`, 'Railyard - Platform Engineer'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Caoimhe,

Thank you for the care you've put into every step, from the first call with our recruiter, through the take-home brief, to your conversation with Helen and Abdul on the 3rd.

Having discussed all candidates, we've concluded that others are a closer match for the position, and we won't be making you an offer.

Kind regards,
Recruitment Team
Ostler & Wray Architects`, 'Ostler & Wray - outcome'),

  rej('interview', ['position_filled'], {},
    `hey Nate - thanks for the walk around the warehouse and the beers after, that was fun. bad news though, we've hired someone for the ops role. they start next month. good luck out there. - Jonno (founder, Crate & Barrow Co)`, 'ops role'),

  rej('interview', ['generic'], {},
    `Dear Priscilla,

Thank you for joining us on Teams last Thursday. Unfortunately, we have decided not to progress your application.

Regards,
HR Department, Valemont Insurance Services`, 'Your interview - Valemont'),

  rej('interview', ['culture_fit'], {},
    `Hi Alfie,

Thank you for coming to meet the team in the studio, it was great having you there.

After talking it over with everyone, we felt the fit with the team wasn't quite right on this occasion, so we won't be moving forward.

Wishing you the very best,
Jade
Studio Manager, Mistral Sound`, 'Mistral Sound'),

  // ── Final: references after the last round, a full day, the last two, told in passing
  rej('final', ['position_filled'], {},
    `Dear Helena,

Thank you for the references you gave us, and please pass on our thanks to Dr Marsh and Ms Lowe for getting back to us so quickly.

I'm sorry to tell you that, after a great deal of discussion, we have offered the Head of Research position to another candidate, and they have accepted.

It was a genuinely difficult choice, and I hope our paths cross again.

With warm regards,
Professor Anthony Kealey
Chair of the Appointment Committee, Wexcombe Institute`, 'Head of Research'),

  rej('final', ['profile_mismatch'], {},
    `Hi Connor,

Thank you for coming in for the whole day on Friday - I know it's a lot to ask, with the pairing session, the lunch with the team and the meeting with Sara at the end.

We've now finished our discussions and have decided to go with a candidate whose experience more closely matches what we need right now. It wasn't an easy decision.

Thanks again,
Abby
Recruiting, Northlight Games`, 'Friday'),

  rej('final', ['skills_gap'], { ...fb },
    `Dear Leila,

Thank you for the last of our conversations on Wednesday, and for your patience through a long process.

The committee's view was that the role needs someone who has led a regulatory submission to the EMA end to end, and while you have contributed to several, you have not yet owned one. For that reason we have decided not to offer you the post.

Yours sincerely,
Dr Karl Wendt
Director, Regulatory Affairs, Aurelis Biotherapeutics`, 'Regulatory Affairs Manager'),

  rej('final', ['position_filled'], {},
    `Hi Miguel,

I'll be straight with you, because you deserve that: it came down to the two of you we were choosing between, and in the end we've offered the job to the other person. She accepted this morning.

It was as close as it gets. Thank you for everything you put into this.

Tess
CEO, Harbourside Coffee Roasters`, 'The decision'),

  rej('final', ['assessment'], { ...fb },
    `Dear Imogen,

Thank you for attending the Pellmore Graduate Assessment Centre in Birmingham on 14 March.

Your interview scores were strong. However, in the group exercise the assessors noted that you contributed little to the discussion, and your in-tray exercise was not completed within the time. Taking all exercises together, your overall score fell below the level needed for an offer.

We wish you every success.

Graduate Recruitment, Pellmore Engineering`, 'Assessment Centre outcome'),

  rej('final', ['culture_fit'], { ...fb },
    `Hi Dmitri,

Thanks for spending the day onsite with us in Austin last week.

The feedback from the loop was consistent: your technical depth is clear, but several interviewers felt you pushed back quite hard on other people's ideas in the design session and didn't leave much room for discussion. Collaboration is something we weigh heavily, so we've decided not to extend an offer.

Best,
Kara Lindqvist
Technical Recruiter, Oxbow Data`, 'Oxbow Data - onsite'),

  rej('final', ['salary'], { ...fb },
    `Dear Ms Adeyinka,

Thank you for meeting our Chief Executive and two trustees at the final panel on 28 June.

The panel thought very highly of you. However, your salary expectation of 78,000 is beyond what the charity can pay for this post (our ceiling is 64,000), and the trustees cannot approve the difference. We are therefore unable to offer you the position.

With best wishes,
Margaret Shaw
Chair of Trustees, Fernhill Hospice`, 'Director of Fundraising'),

  rej('final', ['internal_candidate'], {},
    `Hi Ravi,

Thank you for being one of our shortlisted finalists for the Head of Customer Experience role.

After the final presentations, we have decided to appoint an internal candidate who has been leading the team on an interim basis. I know this is disappointing to hear after getting so far.

Kind regards,
Sasha Kemp
Chief People Officer, Lumen Mobile`, 'Head of Customer Experience'),

  rej('final', ['role_closed'], { ...door },
    `Hi Bea,

I wanted to call, but we keep missing each other, so here it is in writing. After your final round last week, the board has frozen all new senior hires until our next funding round closes, and the Head of Finance role is on hold indefinitely. Because of that we have to close the process, which means we won't be making an offer.

I really hope we can pick this up again when things settle, and I'll reach out to you first if the role reopens.

Tom
COO, Fieldnote`, 'Head of Finance'),

  rej('final', ['overqualified', 'position_filled'], { ...fb },
    `Dear Patrick,

Thank you for your time at the final interview with our Managing Partner.

She, like all of us, was impressed with your career. Having said that, with your twenty years as a partner-level adviser, the panel felt the Senior Associate role would not use much of your experience and would not hold your interest for long. We have decided to offer the role to another candidate.

Kind regards,
Elaine Dooley
HR Manager, Calder Whyte Solicitors`, 'Senior Associate - final interview'),

  rej('final', ['location'], { ...fb },
    `Hi Siobhan,

Thank you for getting through every round with us, including the final conversations with Karen and the leadership team.

During those, you said you would need the role to be fully remote from Galway. Since we started the process, the company has moved this team to three days a week in our Dublin office, and we can't make an exception for this position. So unfortunately we won't be proceeding with an offer.

All the best,
Neil
Talent Acquisition, Clarus Pay`, 'Clarus Pay - Product Owner'),

  rej('final', ['generic'], {},
    `Dear Mr Aziz,

Further to your final interview and the pre-employment checks which followed, we regret to advise that we are unable to confirm an offer of employment for the position of Site Manager. We cannot enter into correspondence about this decision.

Yours sincerely,
Group HR, Dalton Construction Ltd`, 'Site Manager - Dalton'),

  rej('final', ['generic'], {},
    `Dear Eleanor,

You were one of three people we brought back to meet the board on Tuesday, and I wanted to thank you for that.

After a long discussion, the board has decided not to offer you the position of Finance Director.

With kind regards,
Jeremy Blake
Chair, Ashby Community Trust`, 'Finance Director'),

  rej('final', ['position_filled'], { ...offered, ...door },
    `Hi Kwame,

Thank you so much for the time you've given us over the last month - four conversations, the case presentation, and meeting the founders last Friday.

We've made an offer to another finalist and they've accepted. I'm genuinely sorry; it was close.

If you'd like to hear more about how the panel saw your presentation, I'd be very happy to set up a call. And we would really like to stay in touch - we expect to open two more roles in the spring and I'll let you know when they're live.

Best,
Eva
Head of Talent, Lanternfish`, 'Strategy Lead - update'),

  rej('final', ['profile_mismatch', 'position_filled'], { ...offered },
    `<div>Dear Hamid,</div>
<div>&nbsp;</div>
<div>Thank you for taking part in the final stage of our selection process for the Procurement Manager role.</div>
<div>&nbsp;</div>
<div>We have carefully considered each of the remaining candidates and have decided to offer the role to someone whose experience is more aligned with the needs of the business at this time.</div>
<div>&nbsp;</div>
<div>If you would like feedback on your performance at the final stage, please get in touch with me and I will arrange a time to talk.</div>
<div>&nbsp;</div>
<div>Kind regards,<br/>Corinne Walsh<br/>Senior Recruiter | Byford Rail</div>
<div style="color:#888">CONFIDENTIALITY NOTICE: This email and any attachments are confidential and intended solely for the addressee.</div>`, 'Procurement Manager - final stage'),

  // ── Paused processes, the stage told in passing
  hold('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for applying for the Clinical Coder post (Ref. NHW-7719).

We have been asked to pause all recruitment to non-clinical posts while the Trust completes its annual workforce review. Your application has not been rejected; it will remain on file and be reviewed once recruitment resumes, which we expect to be in February.

We apologise for the delay.

Recruitment Team, North Harrow & Wealdstone Health Trust`, 'NHW-7719 - recruitment paused'),

  hold('screen', ['generic'], {},
    `Hi Nikhil,

Thanks again for our call a couple of weeks back. Just a quick note so you're not left wondering: the hiring manager has been off unexpectedly, so everything is running about two weeks behind. You're still very much in the process and I'll be in touch as soon as I have next steps.

Best,
Claudia
Talent, Wrenfield`, 'Quick update'),

  hold('assessment', ['generic'], {},
    `Hi Ruby,

Thanks for your patience. The reviewers are still working through the exercises that came back, including yours, and it's taking longer than we said because of the number we received. We now expect to come back to everyone by the end of next week.

Sorry for the wait,
Marek
Engineering Manager, Solace Health`, 'Your exercise'),

  hold('interview', ['role_closed'], {},
    `Hi Theo,

I hope you're well. I wanted to update you after you met Julia and the analytics team last month.

The company has put a temporary hold on this role while we review budgets for the new financial year. No decision has been made on any candidate, and you remain under consideration. I expect to know more by mid-April and will update you then either way.

Kind regards,
Yasmin
Talent Partner, Ferris & Locke`, 'Senior Analyst - update'),

  hold('final', ['generic'], {},
    `Dear Catherine,

Thank you for the last of our conversations with the Chief Executive on Monday.

I had hoped to give you a decision this week, but the board meeting at which the appointment must be confirmed has been moved to the 21st. I'm afraid that means a further delay of about ten days. Nothing has changed in the meantime, and I'll call you as soon as the board has met.

With apologies and best wishes,
Diana Forde
Company Secretary, Marlowe Housing Association`, 'Director of Operations - timing'),

  hold('interview', ['role_closed'], {},
    `Hi Elif,

Thank you for your time with Greg on the 9th. I'm sorry it's been quiet since.

We're in the middle of a reorganisation of the Customer team, and until the new structure is confirmed we've paused hiring for the Team Lead role. Your application is still open and we'll pick it back up with you once the structure is settled, probably in four to six weeks.

Thanks for bearing with us,
Rowan
HR, Kelpie Insurance`, 'Team Lead - Kelpie'),

  hold('screen', ['role_closed'], {},
    `Hi Dario,

Following our phone call last Tuesday, I wanted to let you know that my client has put their hiring on hold for the quarter while they wait on a funding decision. They have asked me to keep your application warm rather than close it, and I'll be back in touch as soon as they restart.

Regards,
Hugh Mather
Senior Consultant, Mather Tech Recruitment`, 'Client update'),

  hold('final', ['generic'], {},
    `Hi Anouk,

It's down to the two of you we were choosing between, and honestly we need a little more time. Our CTO is travelling and wants to speak to both of you once more before we decide. Could you bear with us until the end of next week? Nothing negative here at all.

Thanks,
Louis
Co-founder, Papercrane`, 'Bear with us'),

  hold('assessment', ['role_closed'], {},
    `Dear Jun,

Thank you for submitting the design assignment.

We've just been told that the budget for this position is being reviewed, and we've been asked to pause the process until that is complete. We haven't made any decisions on the assignments, and we will continue with your application if the role is confirmed.

Kind regards,
Recruitment, Arkwright Engineering`, 'Design Engineer - pause'),

  hold('application', ['generic'], {},
    `Hi there,

Thanks for applying to the Paralegal role at Kettering Vance. Because of the volume of applications, shortlisting is taking longer than planned and the closing date for review has moved to 30 May. We haven't made any decisions yet, and we'll contact every applicant after that date.

Kettering Vance Recruitment`, 'Paralegal - timeline update'),

  // ── Look-alikes: invitations, scheduling, acknowledgements, offers, withdrawals
  other(`Hi Priyanka,

Thanks for our chat last week - I really enjoyed it. I've shared my notes with Alun, the hiring manager, and he'd like to meet you. Could you let me know your availability for a 45-minute video call next Tuesday or Wednesday?

Best,
Josie
Talent Partner, Roundhouse Bikes`, 'Next step: meet Alun'),

  other(`Hi Daniel,

Thanks for coming in today and for being so patient with the late start. The panel is meeting on Friday morning to go through all candidates, and we'll be in touch after the panel with an update, whichever way it goes.

Have a good week,
Serena
HR, Altamira Foods`, 'Thanks for today'),

  other(`Dear Applicant,

Thank you for your application for the role of Regional Sales Manager (Ref. BX-3320).

We have received your application and it is now being reviewed. Our assessment process is thorough, and candidates invited to interview will be contacted by our Talent Acquisition team within three weeks. The final decision rests with the hiring manager.

We are grateful for your interest in Bexley Polymers.

This is an automated message. Please do not reply.`, 'Application received - BX-3320'),

  other(`Hi Ivo,

Great speaking with you on Monday. As promised, here's the next step: a short take-home exercise. You'll find the brief attached. We'd suggest spending no more than three hours on it, and please send it back within a week. If anything is unclear, just reply here.

Cheers,
Pia
Recruiting, Loomwork`, 'Loomwork take-home brief'),

  other(`Dear Sarah,

Thank you again for meeting the panel on Thursday. We'd like to move ahead with references. Could you send me the names and contact details of two referees, one of whom should be your current or most recent line manager?

We won't contact anyone until you confirm that's OK.

Kind regards,
Martin Holloway
HR Manager, Greaves & Tolley`, 'References'),

  other(`Dear Olivia,

Following your final interviews, I am delighted to offer you the position of Senior Product Manager at Vantage Loop, on a base salary of 92,000 with a start date to be agreed. Your formal contract will follow under separate cover.

Please let me know if you have any questions.

Warm regards,
Chris Adair
Chief Product Officer`, 'Offer of employment'),

  other(`New jobs matching your search "operations manager, Bristol":

- Operations Manager, Kindle & Co - Bristol - 45-50k
- Operations Lead, Marigold Logistics - Avonmouth - 48k
- Service Delivery Manager, Crestpoint - Hybrid

You're receiving this alert because you signed up at jobsnest.co.uk. Unsubscribe at any time.`, '3 new jobs for you'),

  other(`The Talent Digest - March

Hello from the People team at Rookwood! This month: how we run our interview days, a spotlight on our Lisbon office, and five roles we're hiring for right now.

Unsuccessful last time? Many of our hires applied more than once. Our assessment process changes every year, so it's always worth another look.

Rookwood Ltd, 12 Queen Square, Bath. Unsubscribe.`, 'The Talent Digest - March'),

  other(`Hi Finn,

Thanks for letting me know, and congratulations on the new job! I've withdrawn your application for the Data Engineer role as you asked. We're sorry to lose you, and you'd always be welcome to apply again in future.

All the best,
Kirsty
Talent, Openfield`, 'Re: Withdrawing my application'),

  other(`Welcome to the Halcyon Careers Community!

You've joined our talent pool. We'll send you roles that match your interests, and you can update your preferences at any time. Joining the community doesn't affect any application you've already made.

Halcyon Group Talent Team`, 'Welcome to our talent community'),

  other(`Hi Alessia,

I'm really sorry to do this, but Jacob is unwell and won't be able to make your interview tomorrow at 2pm. Could we move it to Thursday at the same time? Let me know and I'll send a new invite.

Apologies again,
Megan
Recruiting Coordinator, Blueharbour`, 'Change to your interview time'),

  other(`Hi Bruno,

Of course - happy to. I know it's disappointing, and I'd rather walk you through the panel's notes properly than write them up. I've put 20 minutes in the diary for Monday at 10am; the Teams link is in the invite. If that time doesn't work, just suggest another.

Best,
Clare

> On 3 Oct, Bruno Silva wrote:
> Hi Clare, thanks for the update last week. Would you be able to share some feedback?`, 'Re: Feedback'),

  other(`Hi Noah,

Just a quick note since it's been a week since you met Mei and the team. We're still interviewing a couple of other people and expect to make a decision by the end of the month. Nothing has changed on our side, and you're still very much in the running.

Thanks for your patience,
Ruth
Talent, Stacklight`, 'Checking in'),

  other(`Dear Yara,

Congratulations! Following your interviews with Tomasz and the team, we'd like to invite you to our final stage: a half-day at our Manchester office on 19 June, including a presentation to the leadership team and lunch with some of the people you'd be working with.

Details of the presentation topic are attached. Please confirm you can attend.

Best regards,
Lydia Marsh
Talent Acquisition, Corbel Group`, 'Invitation to final stage'),

  other(`Dear Kofi,

Thank you for completing the online tests. We're pleased to invite you to one of our assessment centres, which will be held in London on 4, 5 and 11 April. Please choose a date using the link below.

The day includes a group exercise, a written task and an interview with two of our partners.

Graduate Recruitment, Hargreave Lyle`, 'Assessment Centre invitation'),

  other(`Hi Lena,

Thanks for applying to be an Operations Analyst at Tallis. As the next step, please complete our online numerical reasoning assessment within five days using the link below. It takes about 25 minutes.

Good luck!
Tallis Talent Team | Powered by Assessly`, 'Your Tallis online assessment'),

  other(`Hi Omar,

Whatever the outcome of your application, we'd love to hear about your experience of our hiring process. The survey takes two minutes and is anonymous.

Thank you for your time and interest in Pinebrook.

Pinebrook Candidate Experience Team`, 'How did we do?'),

  other(`Hi Zara,

Thanks for walking Dev through your portfolio yesterday - he loved the wayfinding project. The founders would like to meet you next. Are you free for an hour on Monday or Tuesday afternoon?

Best,
Lottie
Ops, Fable & Fern`, 'Meet the founders'),

  other(`Hi Alex,

Good to put a face to the name on Wednesday! The next step is a short case exercise, which I'll send over tomorrow, followed by a conversation with two of the directors.

Speak soon,
Ben
Recruiter, Harlow Advisory`, 'Next step'),

  other(`Hi Hana,

Thanks for the exercise you sent back. The team enjoyed reading it and would like to spend an hour with you going through it together, along with a few wider questions. Could you do Thursday at 11?

Cheers,
Oskar
Engineering Manager, Kite Ledger`, 'Your exercise - next step'),

  other(`Thank you for applying for the post of Care Assistant.

We regret that, due to the number of applications we receive, we are unable to respond to each applicant individually. Shortlisted candidates will be contacted within four weeks of the closing date.

Rosemead Care Homes, Human Resources`, 'Application received'),

  other(`Hi Camille,

We spoke last spring about a Product Marketing role at Bracken that didn't work out at the time. A new Senior Product Marketing Manager role has just opened up, and I immediately thought of you. Would you be open to a quick call this week?

Best,
Tara
Talent Partner, Bracken`, 'A new role you might like'),

  other(`Dear Marcus,

Thank you for providing the references. We have now received both, and I'm delighted to confirm our offer of the Head of Estates position, as discussed on the phone this afternoon.

Your contract and the new starter form are attached.

Kind regards,
Eileen Marsh
HR Director, Cavendish College`, 'Confirmation of offer'),

  other(`Hi Adaeze,

Thank you for the time you've given us so far. Your application for the Clinical Trials Associate role is currently under review by the hiring team, and we'll be in touch as soon as there's an update.

Kind regards,
Hollis Bio Talent Team`, 'Application update'),

  other(`Hi Ravi,

Your interview with Nora Kiplagat (Engineering Manager) is confirmed:
Date: Tuesday 14 May
Time: 15:00 - 15:45 BST
Where: Google Meet (link below)

Please reply if you need to reschedule.

Calendly on behalf of Orbitwise`, 'Confirmed: Interview with Nora Kiplagat'),

  other(`Reminder: your Harlow & Finch coding assessment link expires in 48 hours.

If you've already completed it, please ignore this email. If you're having trouble with the link, reply to this message and our team will help.

Harlow & Finch Recruiting`, 'Reminder: coding assessment'),

  other(`Hi Chloe,

Thanks so much for letting me know, and I completely understand - it's a long commute. I've closed your application for the Store Manager role as you asked. If your circumstances change, you'd be very welcome to apply again.

Kind regards,
Yvonne
Area HR, Paxton Home`, 'Re: Store Manager'),

  other(`Dear Mohammed,

Congratulations again on accepting our offer. Before your start date, we need to confirm your right to work in the UK. Please bring your passport and proof of address to reception on your first day, or upload them via the portal.

Welcome aboard!
Onboarding Team, Bramwell Foods`, 'Before you start'),

  other(`Dear Sofia,

Unfortunately we need to move the panel from Wednesday to Friday, as one of the panel members has been called to an urgent client meeting. We're really sorry for the inconvenience. The time and the venue stay the same.

Kind regards,
Tim
Recruitment Coordinator, Everett Marsh LLP`, 'Change of date - panel interview'),

  other(`Your Talentwell account

Hi Gabriel,

We received a request to reset the password for your candidate account. If this was you, click the link below. If not, you can ignore this email.

Talentwell on behalf of Orrin Analytics`, 'Reset your password'),

  other(`I'm out of the office until Monday 12 August with limited access to email. For urgent recruitment questions, please contact careers@silverpine.com.

Thanks,
Aisling`, 'Automatic reply: Interview follow-up'),

  other(`Hi everyone,

Join us at the Northfield Careers Fair on 22 October! Our recruiters will be on hand to talk about graduate roles, internships and how our selection process works, from online tests through to assessment days.

Register now - places are limited.

Northfield Engineering Early Careers`, 'Meet us at the Northfield Careers Fair'),

  other(`Dear Ahmed,

We are pleased to tell you that you have been shortlisted for the final round for the position of Chief Financial Officer. The final panel will take place on 2 September at our head office in Birmingham.

Further details will follow from our search partners.

Kind regards,
Board of Directors, Carrick Foods plc`, 'CFO - final round'),

  other(`Hi Lucía,

Please find your contract attached for signing via DocuSign. Once it's signed, our onboarding team will be in touch about your laptop and first-week schedule.

Looking forward to having you on the team!

Hiring team, Nightjar`, 'Your contract'),

  other(`Hi Conor,

Brilliant news - I just heard back from the client. They really enjoyed meeting you and they'd like to see you again for a second interview with the MD. Are you free Thursday afternoon?

Call me when you get a sec.

Jess
Senior Consultant, Brightpath Recruitment`, 'Second interview!'),

  other(`Hi Tamsin,

Thanks for applying for the Events Coordinator role. I'd love to set up a quick 15-minute phone call to hear a bit more about your background. Could you pick a slot from the link below?

Best,
Alina
People Team, Spindrift Events`, 'Quick call?'),

  other(`Dear Nathaniel,

Thank you, we have now received both of your references. The appointment panel meets on Monday, and we will be in touch with you after the panel with a decision.

Best wishes,
Judith Crane
HR Officer, Saltmarsh University`, 'References received'),

  other(`Hi James,

As you asked, here's the feedback from your interview for the Account Manager role you decided to turn down. The team really valued your client stories and thought your pitch was one of the strongest they heard. Congratulations again on the other offer, and best of luck in the new job.

Maria
Talent, Bellhop`, 'Feedback as promised'),

  other(`We're hiring! Loomis Digital is growing, and we have 12 open roles across engineering, design and sales. Our interview process is quick and friendly, and we respond to every applicant within ten days.

See all openings at loomis.digital/careers`, 'Join us at Loomis Digital'),

  other(`Your application was viewed

A recruiter at Danforth Medical viewed your application for Clinical Data Manager.

Keep your profile up to date to stand out to employers.

JobWave notifications. Manage alert settings.`, 'Your application was viewed'),

  other(`Dear Candidate,

In line with our privacy policy, we will delete the personal data you submitted in your application to Ravensby Group in 30 days. If you would like to stay in our talent pool and hear about future opportunities, please click the link below to give your consent.

Ravensby Group Data Protection Team`, 'Your personal data'),

  other(`Hello,

Thank you for your interest in the Senior Planner role. Please note that the closing date has been extended to 15 November. Applications already received are still under consideration, and there is no need to reapply.

Westmoor District Council Recruitment`, 'Closing date extended'),

  other(`Hi Ingrid,

Thanks for your note. No bad news here, I promise! The hiring manager was travelling last week, which is why it's gone quiet. She's back today and I'm seeing her this afternoon to go through everyone she met. I'll call you tomorrow either way.

Sam`, 'Re: Any news?'),

  other(`Hi Mateo,

Thanks for sending over your availability. I've booked you in with Keira (our recruiter) for a 30-minute intro call on Monday at 9:30. She'll ring you on the number on your CV.

Thanks,
Scheduling Team, Quillfeather`, 'Your intro call is booked'),

  other(`Dear Ms Obi,

Thank you for your email. I'm sorry to hear you're unable to attend the assessment day on the 18th. I've moved you to the session on the 25th instead, and the joining instructions are attached.

Kind regards,
Recruitment Team, Hawthorne Civil Service Fast Track`, 'Re: Assessment day date'),

];
