/**
 * Development messages of the forty-third round, never sealed: rejections from many different employers and writers,
 * in every sector and several countries, with the stage told only in passing ("since we spoke", "after your visit to
 * the plant", "having seen your sample lesson") and the reason in one clause of a longer sentence, often beside a
 * compliment. Some are application-stage mails whose boilerplate names later steps never taken. A few look-alikes
 * (acknowledgements, invitations, an offer) and paused processes are mixed in. For development only.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d43-');

export const HANDWRITTEN_DEV_43: readonly CorpusLine[] = [
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Marek,

Thanks again for making the time on Thursday, it was a pleasure to hear about the warehouse slotting work you did in Gdańsk. Since we spoke the team has compared notes, and while everyone liked how you think about throughput, the role leans on hands-on SAP EWM configuration from day one, which is something you told us you have only seen from the user side, so we will not be taking your application further.

All the best,
Ines Carvalho
Operations Lead, Nordhaven Logistics`, 'Re: Inventory Systems Analyst'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your interest in the Accounts Payable Clerk role at Brindle & Oake. Our process normally includes a short telephone conversation, a numeracy test and an interview with the finance manager. After reviewing all applications received, we regret that yours will not be progressing to these stages.

Kind regards,
People Team

This mailbox is not monitored.`, 'Your application – Accounts Payable Clerk'),

  rej('final', ['position_filled'], { ...door },
    `Dear Dr. Okafor,

On behalf of the search committee I want to thank you for your visit to campus last week and for the research talk, which drew one of the best audiences we have had this year. The committee has now extended an offer to another candidate, who has accepted, and I am therefore writing to let you know that the search is concluded.

Your work on groundwater remediation is exactly the kind of thing we hope to see more of in the department, and I would be glad to see your name again when we advertise the next line, which we expect in the coming cycle.

With best wishes,
Prof. Hannelore Veit
Chair, Search Committee, Department of Civil and Environmental Engineering
Ashgrove State University`, 'Assistant Professor search'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `hey Priyanka,

thanks for doing the take-home, I know it eats a weekend. We went through it together this morning. The API part was clean but the pagination broke on the second page and there were no tests around the retry logic, which for us is kind of the whole job, so we're going to pass this time.

Happy to jump on a call for 15 mins and walk through it if that'd be useful, just say.

Tom
cofounder, Ledgerly`, 'take-home'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Cheng Wei,

Thank you for the call on Monday, I enjoyed hearing about your move from retail banking into treasury operations. Having taken your expectations back to the hiring manager, I am afraid the range you mentioned sits well above what has been approved for this position, and it is not something we are able to stretch on this occasion, so we will not be proceeding.

I will keep your details on our system and reach out if a more senior treasury opening comes up, as I think that would be a better match for where you are.

Best regards,
Jolene Tan
Senior Consultant, Finance & Accounting
Marlowe Talent Partners Pte Ltd, Singapore`, 'Treasury Analyst – update'),

  rej('interview', ['internal_candidate'], {},
    `Dear Siobhan,

Many thanks for coming in to meet myself and Declan on the 14th. We were impressed with your preparation and with the examples you gave about managing the rota during the winter surge. In the end, the post has been offered to a member of our existing nursing staff who has been acting in the role since the summer, and I wanted you to hear that from me directly rather than through the portal.

Le gach dea-ghuí,
Aoife Brennan
Director of Nursing, St. Columba's Community Hospital`, 'Clinical Nurse Manager 2'),

  rej('application', ['location'], {},
    `Hello Daniel,

Thank you for applying for the Field Service Engineer position in Calgary. Unfortunately, this role requires candidates who are legally entitled to work in Canada without sponsorship, and from your application it appears that you would need a work permit, so we are unable to consider you at this time.

Regards,
Talent Acquisition
Prairie Turbine Services Ltd.`, 'Field Service Engineer – Calgary'),

  rej('interview', ['culture_fit'], {},
    `Hi Jess,

Appreciate you coming down to the studio and meeting the crew. Honestly your reel is great. Having talked it over we felt the way you like to work, very structured and with a long runway before a shoot, isn't quite how we operate here, where things tend to change the morning of, and we don't think that would be fun for you or for us. So we're going to leave it here.

Good luck out there,
Benny
Loose Gravel Productions, Melbourne`, 'studio visit'),

  rej('assessment', ['generic'], {},
    `Dear Candidate,

Thank you for completing the online aptitude assessment for the Graduate Engineer Trainee programme 2027. After careful evaluation of all candidates, we regret to inform you that you have not been selected for the next stage of the recruitment process.

We wish you success in your future endeavours.

Regards,
Campus Recruitment Cell
Kaveri Power Transmission Ltd.
*** This is an auto-generated email. Please do not reply. ***`, 'GET 2027 – Assessment Result'),

  other(`Dear Ms. Lindqvist,

Thank you for your application for the position of Museum Educator. We are pleased to invite you to an interview on Tuesday 12 January at 10:30 at the museum, Strandvägen entrance. You will be asked to give a ten-minute sample tour for a school group of your choice.

Unfortunately we are not able to reimburse travel costs.

Kind regards,
Malin Ek
HR, Skärgårdsmuseet`, 'Invitation to interview – Museum Educator'),

  rej('final', ['profile_mismatch'], { ...offered, ...door },
    `Good afternoon Adebayo,

Thank you for the time you gave us across all three stages, and in particular for the case presentation to the partners on Friday, which was clearly and confidently delivered. It was a close decision, but the partners felt another finalist's background aligned more closely with what the practice needs at this point, and we have decided to proceed with that candidate.

If you would like to hear the panel's notes in more detail, I would be happy to arrange a short call. We would also very much welcome an application from you for future openings in our Lagos office.

Yours sincerely,
Funmilayo Adeyemi
Head of Human Capital
Ikoyi Advisory Partners`, 'Senior Associate, Transaction Services'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Ravi Shankar,

Thank you for your interest in the Site Safety Officer vacancy. On reviewing your CV we note that you do not yet hold the NEBOSH International General Certificate, which is a mandatory requirement for this post under our client's contract, and therefore we are unable to take your candidature forward. Should you complete the certification, kindly do apply again, as we recruit for such roles regularly.

Thanks & Regards,
HR Department
Gulfline Contracting LLC, Dubai`, 'Site Safety Officer'),

  rej('screen', ['role_closed'], {},
    `Hi Aurelie,

I'm sorry to be coming back with bad news after our chat last week. The client has decided to pause the hire altogether following a reorganisation of their product group, so the Product Designer role is no longer open and I won't be able to put you forward.

Speak soon,
Hamish
Thistle & Finch Recruitment`, 'Product Designer – client update'),

  hold('interview', ['role_closed'], {},
    `Dear Ana,

Thank you for your patience since your interview with the panel at the beginning of the month. I wanted to let you know that the recruitment for the Policy Officer post has been temporarily paused while the department's budget for next year is confirmed. Your application remains active and we will be in touch as soon as we are able to proceed, which we currently expect to be in late January.

Kind regards,
Recruitment Team
Department of Regional Development`, 'Policy Officer – recruitment update'),

  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Dear Ms Fernández,

Thank you for interviewing with us for the position of Regional Sales Manager, DACH. We enjoyed our conversation very much. Unfortunately, after careful consideration we have decided not to continue with your application: for this role business-fluent German is essential, and the position is based in our Munich office with no possibility of remote working, which you indicated would be difficult for you.

We wish you all the best for your future career.

Mit freundlichen Grüßen
Katrin Vogel
Human Resources, Elbtal Medizintechnik GmbH`, 'Ihre Bewerbung – Regional Sales Manager DACH'),

  rej('application', ['overqualified'], { ...door },
    `Hi Graham,

Thanks so much for applying for the Junior Bookkeeper role. To be honest with you, with twenty-odd years as a financial controller you're far more experienced than this position needs, and we'd worry you'd be bored inside a month. If we ever open something at a more senior level we'd love to hear from you again.

Cheers,
Lucy
Harbourside Dental Group`, 'Junior Bookkeeper'),

  rej('final', ['generic'], {},
    `Dear Mr. Haddad,

Following your final interview with our General Manager, we would like to thank you for your interest in the Executive Chef position at the Alcazar Grand Hotel. After careful deliberation, we regret to inform you that we will not be extending an offer to you.

Sincerely,
Human Resources Department
Alcazar Grand Hotel, Amman`, 'Executive Chef – outcome'),

  rej('interview', ['profile_mismatch'], { ...fb },
    `Hi Sam,

Quick note after your call with Reena and me. You clearly know your way around a Kubernetes cluster, but the more we talked the more it became clear we need someone who has owned an on-call rotation for a customer-facing product end to end, and your experience has mostly been in internal platform teams, so we've decided not to move forward.

Thanks for the good conversation,
Oskar
Engineering Manager, Brightline Health`, 'Next steps'),

  rej('application', ['position_filled'], {},
    `Thank you for applying to Crumb & Co. The Weekend Baker position has now been filled. We appreciate your interest.`, 'Weekend Baker'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Ms. Nakamura,

Thank you for the sample lesson you taught to our Year 9 group on Wednesday. Having seen your lesson and discussed it with the head of department, we felt that the pacing left too little time for the students to practise independently, and the panel has decided not to invite you to the interview stage on this occasion.

We thank you for your interest in Westmere College.

Yours sincerely,
Grant Whitcombe
Deputy Principal`, 'Teacher of Mathematics – outcome'),

  other(`Hi Leo,

Just confirming we've received your references from both Ms. Park and Mr. Duval, thanks for chasing them. The hiring manager is reviewing them this week and I'll be back in touch with next steps by Friday.

Best,
Naomi
Recruiting, Fenwick Robotics`, 'References received'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Namaste Pooja,

It was nice speaking with you on the phone yesterday. As discussed, the client is specifically looking for someone with at least five years in US healthcare revenue cycle, and your experience so far is in the insurance domain, so I will not be able to submit your profile for this requirement. I have tagged your CV in our database for RCM team lead openings and will call you if something relevant comes.

Regards,
Sandeep Kulkarni
Talent Acquisition Partner, Vistaar Staffing Solutions, Hyderabad`, 'RCM Team Lead requirement'),

  rej('final', ['position_filled', 'salary'], { ...fb },
    `Hi Marguerite,

Thanks for spending the whole day with us on site and for being such good company at lunch with the design team. I'll be straight with you: it came down to you and one other person, and the other candidate accepted our offer yesterday, partly because their expectations sat inside the band we have for the role while yours were some way above it.

Warmly,
Colette Arnaud
VP Product, Tidewater Software`, 'After your onsite'),

  rej('application', ['generic'], { ...door },
    `Hi there,

Thanks for applying to be a Customer Success Associate at Plumline! We read every application, and we're sorry to say we won't be moving yours to the recruiter screen this time around. Applications are reviewed for fit against the role, and with the number we received we can only speak to a small group.

We'll keep your details on file for 12 months, and we'd love to see you apply for future roles at plumline.example/careers.

The Plumline Talent Team

Powered by Greenhouse`, 'Your application to Plumline'),

  rej('interview', ['internal_candidate'], { ...door },
    `Dear Mr. Mensah,

Thank you for attending the interview for the Procurement Officer role at the Accra branch. After deliberations, management has decided to fill the position through an internal transfer from our Kumasi office. We were pleased with your performance and will retain your curriculum vitae for future vacancies.

Yours faithfully,
Abena Owusu (Mrs)
Human Resource Manager, Coastal Cocoa Processors Ltd.`, 'Procurement Officer – Accra'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Lukas,

Thanks for sitting the written exercise after the first conversation. Honestly the drafting was strong, but the exercise showed gaps in your knowledge of the procurement directives, and given that this role is mostly public-procurement disputes, the partners felt that experience in that field is a must, so we will not be continuing.

Kind regards,
Sabine Huber
Recruitment, Maier Leitner Rechtsanwälte`, 'Associate – Public Procurement'),

  rej('application', ['location'], { ...door },
    `Hi Tomasz,

Thanks for your interest in the Backend Engineer role. At the moment we can only hire people who are resident in the UK or Ireland, as that's where we have our payroll entities, so unfortunately we can't progress your application from Poland. We're looking at an EU entity next year, so do keep an eye on our careers page.

Thanks,
Rhiannon
People Ops, Fathom Insurance`, 'Backend Engineer'),

  rej('screen', ['profile_mismatch'], {},
    `Dear Khalid,

Following the short call we had on Sunday, I have reviewed your profile again with the hiring manager. While your background in hospitality sales is interesting, we feel that it does not match what this role in industrial equipment sales requires, and we will therefore not proceed.

Best regards,
Reem Al-Sayed
Talent Acquisition, Najd Industrial Supplies, Riyadh`, 'Sales Engineer'),

  rej('interview', ['role_closed'], { ...door },
    `Hi Bea,

I wish I had better news after the two rounds you did with us. Last week we had a board meeting and as part of a wider cost review the Head of Partnerships role has been taken out of this year's plan. It's nothing to do with you, you were genuinely one of the strongest people we met, and if the role comes back in the spring I'll call you first.

Best,
Jonah Adler
CEO, Fieldnote`, 'Head of Partnerships'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant,

We thank you for your application for the post of Staff Nurse (ICU). A minimum of two years post-registration experience in a critical care setting is required for this post. As your application does not show this experience, it has not been shortlisted for interview.

Regards,
Nursing Recruitment Office
Mount Ophir Hospital, Kuala Lumpur`, 'Staff Nurse (ICU) – application status'),

  other(`Hi Fiona,

Great news! We'd love to offer you the position of Marketing Coordinator at Kestrel Outdoors, starting on 1 February. Your formal contract is attached. Please note that unfortunately we won't be able to offer the flexible Friday you asked about for the first six months, but we'd be happy to review it after probation.

Looking forward to having you on board!
Kerry`, 'Offer – Marketing Coordinator'),

  rej('final', ['culture_fit'], { ...fb, ...offered },
    `Dear Ruth,

Thank you for a full day with our leadership team and for your thoughtful presentation on the intake redesign. The panel was unanimous that your operational thinking is excellent. Where they hesitated was on how you described leading change, which came across as more top-down than the collaborative, consensus-led way our trust works with its teachers, and on that basis we have decided not to offer you the role.

If you'd like to talk it through, please give me a ring.

Best wishes,
Martin Pryce
CEO, Riverside Learning Trust`, 'Director of Operations'),

  rej('assessment', ['generic'], {},
    `Hello,

Thank you for completing the HireTest coding challenge for the position of Software Engineer II. After review, we have decided not to move forward with your candidacy at this time.

— Vantage Cloud Recruiting`, 'Your Vantage Cloud application'),

  rej('interview', ['overqualified'], {},
    `Hi Sunita,

Thank you for meeting Alan and me on Tuesday, we really enjoyed hearing about your years running the lab at Corbridge. After some reflection, we feel that with your depth of experience you would be underusing yourself in a technician role that is mostly routine sample preparation, and we have offered the position to someone at an earlier stage of their career.

Kind regards,
Dr. Helen Marsh
Lab Manager, Fenland Agritech`, 'Laboratory Technician'),

  rej('application', ['generic'], {},
    `Dear Jane Doe,

Thank you for applying for the [JOB_TITLE] position. Unfortunately, we have decided to move forward with other applicants.

Regards,
{{recruiter_name}}
Orbis Freight Solutions`, 'Application update'),

  rej('screen', ['location', 'salary'], { ...fb },
    `Hi Ethan,

Thanks for the quick chat this afternoon. Based on what we discussed, I don't think this one is going to work, as the client needs someone in the Austin office four days a week and you're set on staying in Denver, and the number you mentioned is also north of their cap. I'll let them know.

Cheers,
Maddie
Ridgeway Search`, 'Data Engineer – Austin'),

  hold('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for applying for the post of Assistant Librarian. Due to a change in the library's staffing structure, shortlisting for this post has been delayed. We expect to contact shortlisted applicants in February and ask for your patience in the meantime.

Human Resources
Carrowmore County Council`, 'Assistant Librarian – delay'),

  rej('interview', ['profile_mismatch'], { ...offered, ...door },
    `Dear Chidi,

We appreciate the time you took to interview with us for the Credit Risk Analyst role. After much deliberation, the hiring team has decided to progress with candidates whose experience is more closely aligned to the requirements of the role. Should you desire feedback on your interview, you can write to me. We will also keep your CV in view for suitable openings.

Best regards,
Ngozi Eze
Talent Acquisition, Lekki Capital Bank Plc`, 'Credit Risk Analyst'),

  rej('final', ['assessment'], { ...fb },
    `Hi Mateo,

Thanks for doing the final pairing session with Priya and Gus yesterday. Sorry to say we've decided not to make an offer. The system design conversation was good, but in the live pairing you got stuck on the concurrency bug for most of the hour and we didn't see the debugging approach we need for this team.

Good luck with the rest of your search,
Clara
Engineering, Quarry Labs`, 're: final round'),

  rej('final', ['generic'], { ...door },
    `Dear Mr. Varga,

We write to thank you for your interest in the Maintenance Planner position and for your visit to the plant in Győr, as well as for the patience you showed while we completed the reference checks. Once the references came back, the hiring team reviewed all applications again and we have decided not to offer you the position. We will keep your data in our candidate pool for twelve months, with your consent, and would be glad to contact you about future roles.

Best regards,
HR Team, Danubia Automotive Components Kft.`, 'Maintenance Planner – decision'),

  rej('application', ['profile_mismatch'], {},
    `Hi Alisha,

thank you for your application, we were happy to receive it! after checking your profile we think it is not matching good to what we search for this position, so we will not continue the process with you. we wish you a lot of success.

greetings from Tallinn,
Kadri
Nordlight OÜ`, 'Your application'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Harriet,

It was lovely to meet you at the panel on Thursday and thank you for your patience while we finished the remaining interviews. I'm afraid we won't be offering you the Grants Manager post. The panel was warm about your donor relationships, but they needed someone with direct experience of writing and reporting on large statutory bids, such as Lottery or government contracts, and your answers suggested that hasn't been part of your work so far.

If it would help to talk through the panel's notes, do drop me a line and I'll set up a call.

All good wishes,
Philippa Rowe
Director of Fundraising, The Lanterns Trust`, 'Grants Manager'),

  rej('screen', ['generic'], {},
    `Hi Nico, thanks for the call earlier. After talking with the team we've decided not to move ahead. Best of luck!`, 'Re: quick intro call'),

  rej('final', ['internal_candidate'], { ...door },
    `Dear Shreya,

Thank you for making it to the final round for the Category Manager – Home role and for the excellent category plan you presented to our leadership. This was a difficult decision, but we have decided to appoint an internal candidate who has been managing the adjacent kitchenware category. We were very impressed with you and would be happy to consider you for future openings in the category team.

Warm regards,
Anjali Mehra
HR Business Partner, Ghar Retail Pvt. Ltd.`, 'Category Manager – Home'),

  rej('application', ['location'], {},
    `Dear Candidate,

Thank you for your application for the position of Policy Analyst (Ref. 2026-114). This competition is open only to Australian citizens, as successful applicants must obtain a Baseline security clearance. Our records indicate that you do not meet this requirement, and your application cannot be progressed.

Recruitment Services
Department of Water and Catchments`, 'Policy Analyst 2026-114'),

  rej('interview', ['profile_mismatch', 'culture_fit'], {},
    `Hi Gabriel,

Thank you for chatting with the team over video on Friday. We've decided not to move to the next stage. We felt that other candidates' backgrounds were closer to what we need, and we also weren't sure our small, fully async setup would suit someone who told us they do their best work in a busy office.

Best,
Yuki
Driftwood Games`, 'Gameplay Programmer'),

  other(`Dear Mr. Oyelaran,

Unfortunately the interview scheduled for tomorrow with Mr. Balogun will have to be moved, as he has been called away to Port Harcourt. We apologise for the inconvenience and will send a new date shortly. Your application remains under active consideration.

Regards,
Recruitment Desk
Sahel Energy Services`, 'Interview reschedule'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Candidate,

Thank you for attempting the Situational Judgement Test for the Management Associate Programme. We regret to inform you that your score did not meet the benchmark required to progress to the assessment centre. You are welcome to reapply for next year's intake.

Regards,
Graduate Recruitment
Harrowgate Building Society`, 'Management Associate Programme – SJT result'),

  rej('interview', ['position_filled'], {},
    `Dear Miss Tremblay,

Further to your interview for the Veterinary Nurse post, I write to let you know that the position has now been filled.

Thank you for coming in and for your interest in the practice.

Yours sincerely,
Gwen Pritchard
Practice Manager, Tywi Valley Vets`, 'Veterinary Nurse'),

  rej('screen', ['skills_gap', 'salary'], { ...fb },
    `Hi Ama,

Good talking with you Wednesday. I took your notes to the hiring manager and, frankly, two things stood in the way: they need someone who's already done Salesforce CPQ implementations rather than admin work, and your floor was about 20K over what they have budgeted. So I'm going to close this one out for you.

Take care,
Derek Hollis
Senior Recruiter, Keystone Talent Group`, 'Salesforce role'),

  rej('application', ['generic'], {},
    `Thank you for your interest in Lumen Health. After reviewing your application for Patient Care Coordinator, we have decided not to proceed. Our selection process includes a phone screen, a skills assessment and a panel interview, and only a limited number of applicants can be invited to these steps. We appreciate the time you invested and wish you well.

Lumen Health Talent Acquisition
This is an automated message. Please do not reply.`, 'Patient Care Coordinator application'),

  rej('final', ['generic'], { ...offered },
    `Dear Ms Achterberg,

Thank you for the time and effort you put into the selection procedure, including the final conversation with the board last Monday. After careful consideration, the board has decided not to appoint you to the position of Finance Director. We realise this will be disappointing news. If you would like an explanation of the decision, you are welcome to contact me by telephone.

With kind regards,
Jeroen Smit
Chair of the Supervisory Board, Woonstichting De Linde`, 'Finance Director'),

  rej('application', ['role_closed'], {},
    `Hi Felipe,

We're writing about your application for the Warehouse Associate (Night Shift) role in Reno. The role has been cancelled because the night shift at this site is being discontinued, so we won't be moving forward with any applications for it.

Thank you,
Silverline Fulfillment Recruiting`, 'Update on Warehouse Associate (Night Shift)'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Kwame,

Thank you for interviewing for the Solar Project Engineer position. We were impressed by your commissioning experience but the role requires a registered Professional Engineer licence in Ontario, which you do not yet hold, so we will not be moving forward at this stage. Once you have your P.Eng., please reach out to us, we would be glad to talk again.

Regards,
Lena Morrison
Engineering Manager, Northlight Renewables`, 'Solar Project Engineer'),

  rej('interview', ['generic'], {},
    `Dear Liang,

We would like to thank you for attending the second interview with us. We regret to inform that after the careful consideration, the company decide to go with another candidate for this position. We wish you all the best.

Best regards,
Human Resource Dept.
Meridian Precision Sdn Bhd, Penang`, 'Result of interview'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Ollie,

Thanks for putting yourself forward for the Bar Supervisor job at The Salt Store. We've had a read of your CV and, while you've clearly got loads of front-of-house experience, we're after someone whose background is more on the cocktail and bar management side, so we won't be taking it further for this one. We're opening a second site in Margate next summer though, so please do keep an eye out and apply again.

Cheers,
Holly`, 'Bar Supervisor'),

  rej('interview', ['culture_fit', 'location'], {},
    `Dear Anneke,

Many thanks for visiting the farm and for walking the trial plots with Jan. We have talked it over and have decided not to continue. The work here is very hands-on and often means long days on your own in the field, which from our talk did not seem to match the way you like to work, and living in Amsterdam without a car would also make the daily travel to the farm very difficult.

Met vriendelijke groet,
Wouter de Boer
De Boer Zaden BV`, 'Proefveld medewerker'),

  rej('screen', ['overqualified'], {},
    `Hi Mr. Iyer, thank you for your time on the phone yesterday. After discussion with the hiring team, we feel your experience as a Head of Engineering is well beyond the scope of this Senior Developer position, so we will not be moving ahead. Regards, Kavya, TA – Quantix Labs`, 'Senior Developer – Quantix'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Fatima,

Many thanks for submitting the translation test for the Arabic–English Legal Translator role. Our reviewers found the translation accurate in meaning overall but noted several inconsistencies in legal terminology, particularly in the rendering of contractual liability clauses, and the result fell below the standard required for this post. We will not be proceeding further with your application.

Should you wish to receive the reviewers' annotated comments, please reply to this email.

Kind regards,
Lingua Bridge Translation Services, Doha`, 'Translation test result'),

  hold('final', ['role_closed'], {},
    `Hi Mei,

I know you've been waiting since your final conversations with us a fortnight ago and I owe you an update. We've had a hiring freeze put on all senior roles until our Series B closes, which we now expect in March. This is not a no. You are our preferred candidate, and as soon as the freeze lifts I'd like to pick things up with you.

Best,
Arjun Pillai
COO, Kiteline`, 'Head of Ops – status'),

  rej('final', ['position_filled'], { ...offered },
    `Dear Mr. O'Sullivan,

Thank you for taking part in the assessment centre and final interview for the position of Graduate Quantity Surveyor. I am writing to inform you that all the positions on the 2027 intake have now been filled and we are unable to offer you a place. Feedback from the assessment centre is available on request.

Kind regards,
Early Careers Team
Delaney Buckley Construction`, 'Graduate Quantity Surveyor – outcome'),

  rej('application', ['generic'], {},
    `Dear Sir/Madam,

Reference is made to your application for the post of Administrative Officer. We regret to inform you that your application was not successful.

Thank you.

Head of Human Resources
Lakeshore Water Utility Board, Kisumu`, 'Application for the post of Administrative Officer'),

  rej('interview', ['profile_mismatch'], { ...fb },
    `Hi Dominika,

Thanks again for the conversation with the editorial team last week. We've decided not to take your application further. Your features are lovely, but after talking to you it was clear that your experience is mostly long-form magazine writing, and this role is a fast daily news desk where most stories are turned around in under an hour.

Best wishes,
Rory Keane
Deputy Editor, The Westside Courier`, 'News Reporter'),

  other(`Dear Applicant,

Thank you for applying for the role of Production Supervisor. This is to confirm that your application has been received. Unfortunately due to the high number of applications we are unable to respond to each one individually. If you have not heard from us within 21 days, please assume you were not shortlisted on this occasion.

HR Team
Ridgeback Foods`, 'Application received'),

  rej('interview', ['salary'], { ...fb, ...door },
    `Hi Lorenzo,

Thank you for the conversations with Elisa and the rest of the team. Everybody enjoyed meeting you. The one thing we could not bridge was compensation: the figure you need is above what we can pay for this role without breaking our salary bands, and we don't want to offer you something that doesn't work for you. If you ever feel your situation has changed, please get back in touch.

Un saluto,
Giulia Rinaldi
People Lead, Stampa Tre Srl`, 'Frontend Developer – Milano'),

  rej('application', ['skills_gap'], { ...fb },
    `Hello Jorge,

Thank you for applying to the Bilingual Customer Service Representative position. Candidates must pass a Spanish and English proficiency screen before being scheduled for an interview, and for this opening we also require at least one year of call centre experience, which we did not see on your resume. For that reason we are unable to move forward.

Sincerely,
Talent Team, Suncrest Utilities`, 'Your application – Bilingual CSR'),

  rej('screen', ['position_filled'], { ...door },
    `Hi Niamh,

Thanks for the chat on Monday. Annoyingly the client has just told me they made an offer to someone they were already talking to before we got started, and it's been accepted, so this one's gone. I'll keep you in mind, I've got a couple of similar comms roles coming through in the new year.

Ciara
Blackwater Recruitment, Cork`, 'Comms Manager role'),

  rej('final', ['skills_gap', 'profile_mismatch'], { ...fb, ...offered },
    `Dear Samuel,

Thank you for attending the final interview day for the Head of Data role, including your presentation to the executive team. It was a strong field and the panel appreciated your thinking on data governance. In the end they chose a candidate whose overall experience more closely matched the remit; in your case, they felt you had limited experience of leading a team of the size we have, around twenty-five people across engineering and analytics.

If you'd like a longer conversation about the panel's views, I'd be happy to set one up.

Regards,
Moira Sinclair
Executive Search, Crannog Partners`, 'Head of Data – Grampian Water'),

  rej('assessment', ['generic'], {},
    `Dear Applicant,

Thank you for completing the online customer service assessment for the Retail Assistant role. Unfortunately your application has been unsuccessful on this occasion.

Kind regards,
Recruitment Team
Larkfield Home & Garden`, 'Retail Assistant – update'),

  rej('interview', ['generic'], { ...door },
    `Dear Ikechukwu,

We appreciate your participation in the interview exercise for the role of Brand Manager. Please be informed that you were not successful at this time. Your details will be kept in our database and you may be contacted should a suitable vacancy arise in the future.

Warm regards,
Talent Acquisition Team
Crestfield Beverages Nigeria Limited`, 'Brand Manager – interview outcome'),

  rej('application', ['internal_candidate'], {},
    `Hi Rosa,

Thanks for applying for the Volunteer Coordinator role with us. We wanted to let you know that we've appointed someone from within our existing staff team, so we won't be taking external applications any further.

Best wishes,
Greenway Community Food Bank`, 'Volunteer Coordinator'),

  rej('assessment', ['role_closed'], {},
    `Dear Hiroshi,

Thank you for completing the case study for the Supply Chain Consultant role. I'm sorry to tell you that our client has decided not to go ahead with the project the role was created for, and the vacancy has therefore been withdrawn. We will not be progressing any candidates.

Kind regards,
Elspeth Grant
Recruitment Manager, Aldervale Consulting`, 'Supply Chain Consultant – vacancy withdrawn'),

  rej('interview', ['location'], { ...door },
    `Dear Arvind,

Thank you for your time with our panel last week. We were pleased with your interview. However, we have since learned that your current visa does not allow you to change employers within the next year, and unfortunately we are not in a position to support a new sponsorship for this role. We are therefore unable to proceed. We would be glad to hear from you again once your work rights allow.

Kind regards,
Hannah Wells
Talent Partner, Corella Health, Brisbane`, 'Clinical Data Analyst'),

  rej('final', ['culture_fit'], {},
    `Hi Zoe,

Thanks for coming in for the trial shift and the final chat with Pete. The food was great, no question. We just didn't think it was the right fit with the rest of the kitchen, so we're going with someone else.

Cheers,
Mags
Fig & Fennel`, 'trial shift'),

  rej('screen', ['generic'], { ...offered },
    `Dear Mr. Kowalczyk,

Thank you for your time on the telephone interview for the Project Coordinator role. We have reviewed all candidates and regret to let you know that you have not been selected to continue. You are welcome to request feedback by replying to this email within 14 days.

Regards,
Kingsmere Housing Group Recruitment`, 'Project Coordinator – telephone interview outcome'),

  rej('application', ['overqualified', 'salary'], { ...fb },
    `Dear Mr. Bergström,

Thank you for applying for the IT Support Technician role. Having reviewed your CV, the hiring manager feels that your background as an infrastructure architect is considerably more senior than this position, and the salary for this role would be well below what you currently earn. We have therefore decided not to take your application further.

Kind regards,
Recruitment, Fjordline Ferries AB`, 'IT Support Technician'),

  other(`Hi Bilal,

Following your interview last week, I am delighted to invite you to the final round at our Leeds office on the 19th. Unfortunately the CFO won't be able to join in person, so that part will be on Teams.

Best,
Georgia
Talent, Holloway Finance`, 'Final round invitation'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Carmen,

Thank you for interviewing for the position of Spanish Teacher at Lycée Saint-Roch. The committee appreciated your enthusiasm. However, the role requires teaching the IB Diploma Spanish A Literature course, and the committee felt that you do not yet have the IB training and experience needed for this, so we will not be offering you the position.

Sincerely,
Direction des ressources humaines`, 'Candidature – Spanish Teacher'),

  rej('assessment', ['assessment'], {},
    `Hi Ada,

Thanks for finishing the SQL exercise. Unfortunately your score was below the threshold for the next round this time.

— Talent team, Gridsmith`, 'Your Gridsmith assessment'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Maeve,

Thank you for taking part in the second and final stage of the selection process for the role of Research Fellow. The board has now met and decided to recommend another candidate whose research profile aligned more closely with the aims of the project. We hope you will consider applying to the Institute again in the future.

Yours sincerely,
Secretary to the Selection Board
Burren Institute for Advanced Studies`, 'Research Fellow – outcome of selection'),

  hold('screen', ['role_closed'], {},
    `Hi Tanvir,

Thanks for your patience after our call. The hiring manager is on leave until the 10th and the team's headcount is being re-approved in the meantime, so we won't be able to schedule the next interview until then. You're still very much in the process and I'll be in touch once I know more.

Sarah
Recruiter, Pellucid Networks`, 'Update on your application'),

  rej('interview', ['profile_mismatch'], {},
    `Hello Mr. Dube,

Thank you for the interview on Wednesday. After much consideration, we found that your profile is not suited for what we require in this position and we have decided to go with other candidate. We appreciate your time.

Regards,
Thandiwe Nkosi
HR Officer, Highveld Mining Supplies`, 'Interview – Buyer'),

  rej('application', ['position_filled'], { ...door },
    `Hello Deepak,

Thank you for your interest in the Accounts Executive opening at our Chennai office. We wish to inform you that the position has since been closed as we have selected a candidate. We shall retain your resume in our database and contact you for any suitable opening in the future.

Regards,
HR Team
Sriram Auto Components Pvt. Ltd.`, 'Accounts Executive – Chennai'),

  rej('interview', ['skills_gap', 'culture_fit'], { ...fb, ...offered },
    `Hi Jordan,

Thank you for the panel interview and for the honest conversation about what you want next. I'm sorry to say we aren't going to progress you. The panel felt you would need more experience with multi-site rollouts of clinical systems, and they weren't sure about fit with a team that very much works by consensus, given how strongly you described preferring to make calls alone. If you want the full notes, let me know and we'll find a time.

Kind regards,
Priscilla Watts
Programme Director, Southern Cross Health IT`, 'EMR Rollout Lead'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Dear Hyun-woo,

Thank you for the introductory call with our recruiter. At this time, we feel other candidates more closely match the profile we are seeking for the Product Marketing Manager role. We will keep your resume on file and may contact you if a better-suited opportunity arises.

Best regards,
Seoulmate Commerce Talent Team`, 'Product Marketing Manager'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Rachel,

Thank you for submitting the portfolio task for the Junior UX Designer role. The team noted that the flows did not account for the error states we asked about in the brief, and the accessibility considerations were missing, so your submission did not meet the bar for the interview stage.

Regards,
Paper Kite Studio`, 'Junior UX Designer – portfolio task'),

  rej('final', ['location'], {},
    `Dear Yara,

First, thank you for flying out to meet the whole team in Lisbon. We enjoyed the day very much. After the final round, we re-examined the relocation plan and unfortunately we cannot obtain a work visa for you in the time the role requires, so we cannot make an offer.

Melhores cumprimentos,
Rita Sousa
Head of People, Atlantica Mobility`, 'After your visit'),

  rej('application', ['generic'], {},
    `Hi Lauren, unfortunately we won't be moving forward with your application for Dental Receptionist. Thanks for applying. – Brightsmile Dental`, 'Dental Receptionist'),

  other(`Dear Kenji,

Thank you for your interest in Tamarind Bank. Unfortunately, the Graduate Analyst programme closed for applications on 30 November, so we could not submit your form. Applications for the 2028 intake will open in September, and we hope you apply then.

Graduate Recruitment Team`, 'Graduate Analyst programme'),

  rej('interview', ['role_closed', 'internal_candidate'], {},
    `Dear Olamide,

Thank you for your interview for the Internal Audit Manager position. Following a restructuring of the audit function, the role as advertised no longer exists and the remaining responsibilities have been given to a current member of the team. We are therefore unable to take your application further.

Regards,
HR, Trident Insurance Plc`, 'Internal Audit Manager'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Bram,

Thanks for the call this morning. As I mentioned, the hiring manager is firm that they need someone with a current CSCS card and at least three years running groundworks crews, and you've got the first but not the second yet. So I'll have to leave it for this role.

Dave
Keel Construction Recruitment`, 'Site Supervisor'),

  rej('interview', ['generic'], { ...offered, ...door },
    `Dear Valentina,

Thank you for meeting with us regarding the Events Manager position. After very careful consideration, we've decided to offer the role to another candidate. We'd be glad to share feedback if you'd find it helpful, and we hope you'll apply for future openings with us.

Kind regards,
Serena Colby
Hawthorn House Events`, 'Events Manager'),
];
