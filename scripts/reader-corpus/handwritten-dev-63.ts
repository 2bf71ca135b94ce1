/**
 * Development messages of the sixty-third round, never sealed: early careers and hourly work. Graduate schemes,
 * internships, placements, apprenticeships and traineeships, and frontline jobs (retail, warehouses, hospitality, care
 * homes, call centres, delivery, trades, seasonal work, selective volunteer roles), each process told in its own words:
 * the online application and its eligibility questions, a quick chat with a store manager, situational-judgement and
 * reasoning tests, game-based and one-way video assessments, trial shifts, group interviews, assessment centres,
 * superdays and partner interviews. Feedback as score bands, refused for volume or offered as a report link; doors as
 * next year's intake, the talent pool, other stores and "reapply after six months". Look-alikes: test and
 * assessment-centre invitations, link reminders, trial-shift logistics, right-to-work and DBS requests, offers,
 * waitlists that decline nothing, alerts, fairs, surveys and a withdrawal confirmed. British, American, Indian,
 * Australian, Canadian, Irish, Nigerian, South African, Singaporean and second-language English.
 *
 * Labelling choices held throughout (LABELS.md and the corpus conventions): a trial shift, a recorded one-way video
 * scored by the firm, an online test or a written exercise with no later interview named is `assessment`; a group
 * interview or a manager interview is `interview`; an assessment centre, superday, partner interview or final stage is
 * `final`; right to work, sponsorship and eligibility are `location`; a driving licence, a degree classification, a
 * required availability or certificate is `skills_gap` with feedback; an intake closed or full is `role_closed`.
 * For development only: the rules may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d63-');

export const HANDWRITTEN_DEV_63: readonly CorpusLine[] = [
  // ── Graduate schemes: application and sift
  rej('application', ['generic'], { ...door },
    `Dear Priya,

Thank you for applying to the 2027 Technology Graduate Programme at Halden & Rowe.

We received a very high number of applications this year and, after careful review of your online application, we will not be progressing it to the next stage.

Our 2028 programme opens for applications in September and we would be glad to see your name again.

Kind regards,
Early Careers Team
Halden & Rowe LLP

This mailbox is not monitored. For data protection information see our Candidate Privacy Notice.`, 'Your application – 2027 Technology Graduate Programme'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Tomasz,

Thanks for your interest in the Finance Graduate Scheme (ref GS-FIN-0912).

Unfortunately your application does not meet the eligibility criteria for this scheme. Entry requires a minimum 2:1 degree classification (or predicted 2:1), and the grade you entered in section 3 of the form was a 2:2. Because of this we're unable to take your application any further.

All the best,
Graduate Recruitment
Cardale Building Society`, 'Graduate Scheme application GS-FIN-0912'),

  rej('application', ['generic'], {},
    `Your application for Summer Analyst – Operations (Req 44819) has been reviewed. We regret that we are not able to offer you a place in the next stage of our process. Thank you for your interest in Brenton Capital.

Please do not reply to this message.`, 'Brenton Capital – Summer Analyst application update'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hello Adaeze,

Thank you for applying for the Graduate Trainee Programme (Engineering) at Okoro-Lane Energy Nigeria Ltd.

We have now completed the review of all applications. Other candidates' academic and practical backgrounds were more closely suited to the engineering track this year, so we shall not be inviting you to the aptitude test.

Your details will remain in our graduate database for twelve months and we may contact you should a suitable vacancy arise.

Yours faithfully,
Human Resources Department
Okoro-Lane Energy Nigeria Ltd
Plot 14, Admiralty Way, Lekki, Lagos`, 'Graduate Trainee Programme 2027 – Outcome'),

  rej('application', ['role_closed'], { ...door },
    `Hi Jamie,

Quick update on your application for our Spring Insight placement: the programme filled up much faster than we expected and we've now closed it, so we can't look at any further applications, including yours, I'm afraid.

Our summer internship applications open on 1 February – worth keeping an eye out.

Best,
Nadia
Campus Recruiting, Fenwick Stroud`, 'Spring Insight – programme now full'),

  rej('application', ['location'], { ...fb },
    `Dear Mr. Zhang,

Thank you for your interest in the Data & Analytics Co-op (Winter 2027) position.

Based on your answers to the screening questions, you indicated that you would require sponsorship to work in Canada for the duration of the placement. This co-op term is only open to candidates who are already legally entitled to work in Canada, and we are therefore unable to proceed with your application.

We appreciate you considering us.

Talent Acquisition | Marlowe Insurance Group
Toronto, ON`, 'Your Marlowe co-op application'),

  rej('application', ['generic'], { ...door },
    `Hey Sam! 👋

Thanks so much for applying to be a Seasonal Team Member at Puddleduck Toys, Covent Garden.

We've had loads of applications for Christmas and sadly we can't take yours forward this time round. Keep an eye on our careers page — we hire all year and would love to hear from you again.

The Puddleduck People Team

You're receiving this because you applied via puddleducktoys.jobs. Unsubscribe from updates`, 'Your Puddleduck application 🎁'),

  rej('application', ['generic'], {},
    `Dear Candidate

Application ID: 2026-APP-771034
Vacancy: Warehouse Operative (Nights) – Daventry DC

Thank you for applying. We have now reviewed your CV and on this occasion you have not been successful.

Regards
Resourcing Team
Northgate Fulfilment

This is an automated email. Replies are not read.`, 'Application update – Warehouse Operative (Nights)'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Kieran,

Thanks for applying for the Multi-Drop Delivery Driver role at our Bristol depot.

Sorry — to go any further we need drivers who've held a full UK manual licence for at least two years, and from your application you passed your test in June this year. That's an insurance requirement on our vans rather than anything about you.

Once you hit the two years, do apply again; we're always after good drivers.

Cheers,
Dean Whitlock
Depot Recruitment, SwiftRoute Parcels`, 'SwiftRoute – Delivery Driver application'),

  rej('application', ['generic'], {},
    `Dear Aisha,

Thank you for taking the time to complete your application for the 2027 Audit & Assurance Graduate Programme in Johannesburg.

We regret to advise that your application has been unsuccessful at this stage.

We thank you for your interest in Mokoena Hart Inc. and wish you well in your studies.

Graduate Recruitment
Mokoena Hart Inc. – Chartered Accountants (SA)`, 'Mokoena Hart Graduate Programme'),

  rej('application', ['profile_mismatch'], {},
    `Hi Marcus,

Thank you for your application to the Level 3 Business Administration Apprenticeship.

We've looked at everyone who applied and we've chosen to go ahead with applicants whose experience and answers were a better match for what the team needs right now.

Thanks again for thinking of us.

Rachel Okafor
Apprenticeships Coordinator
Wessex Community Housing`, 'Apprenticeship application'),

  rej('application', ['generic'], { ...door },
    `We're sorry, Lucía.

Your application for Barista (Part-Time), Store #2281, hasn't been taken forward.

Our stores are hiring all the time, so please search for roles near you at careers.beanandember.com.

Bean & Ember Coffee – Equal opportunity employer`, 'An update from Bean & Ember'),

  rej('application', ['overqualified'], {},
    `Dear Dr Menon,

Thank you for applying for the position of Customer Service Advisor (Entry Level) at our Chennai contact centre.

Having gone through your CV, we find your qualifications and years of experience are considerably beyond what this entry-level role requires, and we feel the role would not make use of them. We are therefore not taking your application forward for this particular opening.

With best wishes,
HR Team
Vasanth Connect Services Pvt. Ltd.`, 'Application for Customer Service Advisor – Chennai'),

  rej('application', ['generic'], {},
    `thanks for applying to the summer crew at Lakeside Adventure Park. we had a huge number of people apply and unfortunately we wont be able to offer you a spot this season. good luck!

- Lakeside Park Ops`, 'Summer crew 2027'),

  rej('application', ['location'], { ...fb, ...door },
    `Dear Ji-woo,

Many thanks for your application to the Year in Industry placement at Calder Pharma.

Unfortunately we are unable to progress it. This placement is based at our Macclesfield site five days a week, and your application said you would only be able to work remotely from Seoul until next August.

If your circumstances change, we would be very happy to consider an application for our 2028 placements.

Best regards,
Student Placements Team
Calder Pharma UK`, 'Year in Industry placement – your application'),

  // ── Screens, quick chats and recruiter calls
  rej('screen', ['generic'], { ...door },
    `Hi Deepa,

Thanks for jumping on the phone with me on Tuesday — it was nice to hear about your final-year project.

I've now spoken to the hiring team and, with so many strong people applying for the graduate intake, we won't be taking your application through to the online tests this time.

We'll keep your details in our early-careers talent pool, so you may hear from us about future roles.

All the best,
Harriet Coles
Graduate Recruiter, Brightwater Consulting`, 'Following up on our call'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Connor,

Thanks for the quick chat yesterday about the Weekend Supervisor role at the Meadowhall store.

As we talked about, we really need someone who can do both Saturday and Sunday every week, including the 6am delivery on Sundays. With your uni timetable you said Sundays would only be every other week, so I'm going to go with someone who has that full weekend availability.

Cheers for your time,
Gemma
Store Manager, Hartley's Home & Garden`, 'Weekend Supervisor – Meadowhall'),

  rej('screen', ['salary'], { ...fb },
    `Dear Olumide,

Thank you for speaking with our recruiter, Mrs. Bello, on Thursday regarding the Graduate Sales Executive vacancy.

During the call you mentioned an expected monthly take-home above ₦450,000. The trainee band for this role is fixed and sits well below that figure, so we will not be continuing with your application for this position.

We wish you every success.

Talent Team
Zenhaven Consumer Goods Ltd, Ikeja`, 'Graduate Sales Executive – update'),

  rej('screen', ['profile_mismatch'], { ...offered },
    `Hi Ellie,

Really appreciated you making time for the recruiter call last week about the Marketing Internship.

After going back through everyone I spoke to, I don't think this is the right one for you — the team has gone with candidates whose experience lines up more closely with what the role needs day to day.

If a few pointers from our chat would help with other applications, just hit reply and I'll send some through.

Warmly,
Tess Marlow
Talent Partner, Kindle & Co. Creative`, 'Marketing Internship – thanks for chatting'),

  rej('screen', ['generic'], {},
    `Dear Rohan,

Further to your telephone screening on 14 November for the position of Graduate Engineer Trainee, we write to inform you that you have not been shortlisted for the next round.

Thank you for your interest in Shreeram Infra Projects Ltd.

Regards,
Recruitment Cell`, 'GET Recruitment 2027 – Telephonic Screening Result'),

  rej('screen', ['position_filled'], { ...door },
    `Hi Brandon — thanks again for the call Monday about the Line Cook opening. Just wanted to let you know we filled it this morning with someone who could start right away. We've got your number and will give you a shout if anything opens up in the kitchen.

Marco
Kitchen Manager, Oak & Ash Grill`, 'Line Cook'),

  // ── Tests, video interviews, trial shifts
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Fatima,

Thank you for completing the online assessments for the Ashdown Group Graduate Leadership Programme.

Your results across the numerical and verbal reasoning tests have now been reviewed. Unfortunately your numerical reasoning score fell below the benchmark we set for progression to the video interview, although your verbal reasoning result was within range.

A personalised feedback report is available on your candidate dashboard for the next 30 days – you can download it from the "My Results" tab.

Kind regards,
Graduate Talent Team
Ashdown Group`, 'Ashdown Group – your assessment results'),

  rej('assessment', ['generic'], {},
    `Hi Nikhil,

Thank you for taking part in the recorded video questions for our Software Engineering Internship.

Every submission is reviewed by members of our engineering team, and given the very high number we received, we're unable to move yours forward on this occasion.

Best wishes,
Intern Recruiting
Corvid Labs`, 'Corvid Labs Internship – next steps'),

  rej('assessment', ['assessment'], { ...door },
    `Hi Caitlin,

Thank you for completing the situational judgement questionnaire as part of your application to the Police Community Support Officer Apprentice programme.

Your answers did not reach the score required to progress at this time.

You may reapply after six months from today's date.

Recruitment Team
Ashborough Constabulary`, 'PCSO Apprentice – SJT outcome'),

  rej('assessment', ['generic'], { ...door },
    `Hiya Josh,

Thanks for coming in for your shift with us on Saturday — the team said you got stuck in, which we appreciate.

We've had a lot of people through on trials this month and we're not going to offer you a place on the bar team this time. Once the summer rota goes up we'll be hiring again and you're welcome to drop your CV back in.

Cheers,
Leanne
The Drover's Rest`, 'Saturday'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Mei Ling,

Thank you for attempting the online written exercise for the Management Associate Programme 2027.

Our assessors scored your submission at 41 out of 100 against a progression threshold of 55. In particular, the recommendation section did not address the cost implications that were central to the case brief.

As such, we will not be able to progress your application further.

Regards,
Talent Acquisition
Raffles Harbour Holdings Pte Ltd
Singapore 048624`, 'Management Associate Programme – written exercise result'),

  rej('assessment', ['generic'], { ...offered },
    `Dear Stefan,

thank you very much for doing the online tests for our Internship in Controlling. We must tell you that we cannot invite you for the next step. It was a difficult decision because there were many applicants.

If you wish to receive your test result in more detail, please write to us to this address.

With friendly greetings,
Personalabteilung / HR Department
Kessler Maschinenbau GmbH`, 'Your application – Internship Controlling'),

  rej('assessment', ['assessment'], {},
    `Thanks for playing! 🎮

Hi Zara, we've reviewed the results of the game-based assessment you completed for the Aurelia Bank 2027 Graduate Programme. Unfortunately your results this time don't meet the profile we need to progress candidates to the next stage.

We know the games take time and effort and we appreciate it.

Aurelia Bank Early Careers`, 'Aurelia Bank – assessment update'),

  rej('assessment', ['culture_fit'], {},
    `Hi Tyrone,

Thanks for doing the working interview in the warehouse Thursday. You clearly know your way around a pallet jack.

Honestly the crew here is small and runs on a very particular rhythm, and after talking with the lead we didn't feel it would be a good fit with how the team works day to day. So we won't be bringing you on.

Appreciate you coming out,
Gus Romero
Floor Lead, Sunbelt Supply Co.`, 'Thursday working interview'),

  rej('assessment', ['generic'], { ...door },
    `Dear Chloe,

Thank you for submitting your answers to the recorded questions for our Retail Management Trainee role.

We have now watched every response and we will not be taking yours to the next step. Please don't let this put you off — we'd be delighted to see an application from you for our next trainee intake in spring.

Kind regards,
Early Talent, Whitfield & Marsh Department Stores`, 'Retail Management Trainee – your recorded interview'),

  // ── Interviews: group, panel, manager, second
  rej('interview', ['generic'], { ...door },
    `Hi Grace,

Thanks for coming along to the group interview at our Leeds store on Wednesday.

We saw a lot of great people on the day and it's been hard to choose. On this occasion you haven't been successful in getting a Sales Assistant role.

We'll keep hold of your application for the next three months in case more hours come up, and we'd welcome you applying for our other stores too.

Best wishes,
Amber
Store Team, Lark Lane Fashion`, 'Your group interview with Lark Lane'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Ifeanyi,

Thank you for attending the panel interview for the NYSC-placed Graduate Assistant role at our Abuja office last Monday.

The panel has concluded its deliberations. While you performed creditably, other candidates presented experience more closely aligned with the needs of the Projects unit, and so we will not be extending an offer to you.

We wish you the best in your service year.

Yours sincerely,
Mrs. Halima Sule
Head, Human Resources
Greenfield Development Initiative`, 'Graduate Assistant – Interview Outcome'),

  rej('interview', ['generic'], { ...offered },
    `Hey Liam,

Thanks again for chatting with me and Sophie on Friday about the summer internship on the data team — we genuinely enjoyed it.

We've had to make a tough call and we're going with another candidate for the one spot we have. If it'd be useful, I'm happy to jump on a 15-minute call and talk through how the interview went from our side.

Cheers,
Oliver Grant
Data Lead, Pocketful (Melbourne)`, 'Summer internship – update'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Siobhán,

Thank you for meeting with myself and the Director of Care on the 12th.

We enjoyed speaking with you. However, for the Senior Care Assistant post we require a completed QQI Level 5 in Healthcare Support, and as you told us at interview, two of your modules are still outstanding. We are unable to appoint without the full award in place.

Yours sincerely,
Maeve Gallagher
Home Manager, Ardmore House Nursing Home, Co. Wexford`, 'Senior Care Assistant interview'),

  rej('interview', ['generic'], {},
    `Good afternoon Ravi,

Following your second interview for the Graduate Trainee – Supply Chain position, I regret to inform you that we will not be proceeding with your candidature.

Thank you for your time and best wishes for the future.

Regards,
Sunita Bhatia
Manager – Talent Acquisition
Meridian Foods India Ltd.`, 'Graduate Trainee – Supply Chain'),

  rej('interview', ['assessment', 'profile_mismatch'], { ...fb, ...door },
    `Hi Aoife,

Thank you for the interview and the short Excel task you did with us for the Finance Apprenticeship.

I wanted to give you something useful. The interview itself was friendly and you came across well, but the Excel exercise (the VLOOKUP and pivot table parts) wasn't completed in the time, and the other people we saw had more hands-on spreadsheet experience. That's what decided it.

Please do apply again next year; a bit of practice with those two functions would make a real difference.

Kind regards,
Niamh Brennan
Finance Manager, Tallow Foods`, 'Finance Apprenticeship – feedback'),

  rej('interview', ['generic'], { ...door },
    `Hi Alex, sorry to be the bearer but we're not moving forward after the interview for the stockroom job. Lots of folks came through. Keep an eye on our page, we post new shifts every couple of weeks. — Dana, Fresh Corner Market`, 'Stockroom job'),

  rej('interview', ['profile_mismatch'], { ...offered, ...door },
    `Hello Nomvula,

Thank you for your time at the interview for the Learnership in Contact Centre Operations.

After much consideration, the panel has appointed learners whose responses were a closer match for the learnership's outcomes. We would gladly provide a short summary of the panel's observations should you request one.

Please register on our careers portal to receive alerts for our next learnership intake.

Regards,
Learnerships Office
Umhlaba Financial Services (Pty) Ltd`, 'Contact Centre Learnership – Interview Outcome'),

  rej('interview', ['location'], { ...fb },
    `Hi Pedro,

Thanks for doing the video interview with the hospitality team last week for the Resort Guest Services Internship.

When we checked your details afterward, we realised the J-1 program window you have doesn't cover the full season we need (May to October), and we're not able to sponsor a different visa category for interns. So unfortunately we have to withdraw from the process.

Sorry it didn't work out,
Hannah Voss
HR Coordinator, Blue Ridge Lodge & Spa`, 'Guest Services Internship'),

  // ── Final stage: assessment centres, superdays, partner interviews
  rej('final', ['generic'], { ...offered, ...door },
    `Dear Oluwaseun,

Thank you for attending our virtual assessment centre on 28 October for the 2027 Commercial Graduate Scheme.

Competition at this final stage was exceptionally strong, and I'm sorry to tell you that we will not be making you an offer.

We'd like to help you with your next steps. Your assessor notes are being compiled and you can request them by replying to this email within 14 days. We'd also encourage you to consider our Summer Internship or next year's scheme.

Best regards,
Francesca Hale
Graduate Recruitment Manager
Stanmore Retail Group plc`, 'Assessment centre – outcome'),

  rej('final', ['assessment'], { ...fb },
    `Hi Wei,

Thanks for spending the whole day with us at the Superday.

I'll be straightforward: across the five exercises, your scores in the group case and the presentation were strong, but the technical interview on valuation came in below what we need, and that exercise is a must-pass for the IBD analyst track.

We won't be extending an offer this cycle. I'm sorry to be sending this one.

Jess Hutton
Campus Recruiting | Ellery Brooks & Co.`, 'Superday feedback'),

  rej('final', ['profile_mismatch'], {},
    `Dear Harriet,

Thank you for meeting with Sarah Pryce, Partner, for the final interview of our Trainee Solicitor recruitment.

After careful consideration the partners have decided to offer training contracts to other candidates whose profiles they feel align more closely with the firm's practice areas.

Yours sincerely,
Graduate Recruitment
Pryce Holloway LLP`, 'Training Contract 2029 – final interview'),

  rej('final', ['position_filled'], { ...door },
    `Dear Kwame,

Thank you for attending the final stage for the Assistant Store Manager Trainee programme.

We had two places available and both have now been accepted by other candidates. I'm sorry this isn't the news you were hoping for.

With your permission we would like to keep your file active for the next intake in March — we'd be pleased to fast-track you to the final stage then.

Regards,
Chantelle Adams
Regional People Partner, Mercer Home Stores`, 'ASM Trainee – final stage'),

  rej('final', ['generic'], {},
    `Hi Ankit,

Thank you for coming to our offices for the final round. Unfortunately we won't be offering you a position on the 2027 Summer Analyst Program.

Good luck with the rest of your search.

Recruiting Team`, 'Summer Analyst Program – final round'),

  rej('final', ['culture_fit'], { ...fb },
    `Hi Beth,

Thanks for everything you put into the insight day and the final conversation with the founders.

We talked at length afterwards. You're clearly capable, but a couple of us felt that your preference for very structured, clearly scoped work — which you spoke about openly — would sit uneasily with how chaotic and self-directed our graduate roles are. We'd rather say that than give you a vague answer.

We won't be offering you the graduate role.

Take care,
Priya Nand
Co-founder, Loophole Studios`, 'Graduate role – after the insight day'),

  rej('final', ['generic'], { ...door },
    `Dear Mr. Adeyemi,

REF: MANAGEMENT TRAINEE PROGRAMME 2027 – FINAL ASSESSMENT

We refer to the final assessment you attended at our Head Office on the 9th instant.

We regret to inform you that you were not successful. Kindly note that you are free to apply in subsequent recruitment exercises.

Thank you.

For: Group Head, Human Capital
Trustline Bank Plc`, 'Management Trainee Programme 2027 – Final Assessment'),

  // ── Paused
  hold('application', ['role_closed'], {},
    `Dear Sofia,

Thank you for your application to our 2027 Graduate Engineering Programme.

We want to be open with you: the programme's start has been postponed while our business reviews its hiring plans for next year. No decisions have been made on any applications, including yours, and your application remains with us.

We expect to share an update by the end of January. We appreciate your patience.

Early Careers Team
Ridgeway Aerospace`, 'An update on the 2027 Graduate Engineering Programme'),

  hold('assessment', ['generic'], {},
    `Hi Jordan,

Thanks for finishing the online tests — well done on getting through them.

Unfortunately we've had to push back our assessment centres, originally planned for early December, to the new year. We'll be in touch with a new date as soon as we have one. Your application is still active.

Sorry for the wait,
Graduate Resourcing
Copperfield Utilities`, 'Assessment centre dates'),

  hold('interview', ['role_closed'], {},
    `Hey Mariam,

Good to meet you at the interview last week. Annoyingly, the opening of the new Westfield store has been pushed back to at least April because of the fit-out, so we're holding off on offering any team roles until we have a confirmed date. You're still very much in the mix — nobody's been hired yet.

I'll drop you a message once we know more.

Ben Cartwright
Opening Manager, Harbour Sports`, 'Westfield store – delay'),

  // ── Look-alikes
  other(`Dear Hamza,

Congratulations – you've progressed to the next stage of the Halcyon Insurance Graduate Programme.

Please complete the online numerical and verbal reasoning assessments via the link below within 5 working days. Each test takes around 20 minutes. Unfortunately we are unable to extend the deadline, so please plan your time.

Start your assessments

Graduate Recruitment, Halcyon Insurance`, 'Next step: online assessments'),

  other(`Hi Ruby, friendly reminder that your link for the recorded video interview expires in 48 hours (Friday 23:59 GMT). If you've had any technical issues please let us know — we'll do our best to help. Thanks, The Marlowe & Finch Early Careers Team`, 'Reminder: your video interview link expires soon'),

  other(`Hi Daniel,

Great news! We'd like to invite you for a trial shift at our Shoreditch kitchen.

When: Saturday 14th, 10:00–14:00
Where: 22 Rivington St – use the side door
Wear: black trousers and non-slip shoes; we'll provide an apron
Trial shifts are paid at our normal hourly rate.

Unfortunately we can't move the date as it's our busiest day, but that's the point!

See you then,
Kit
Head Chef, Tandoor Social`, 'Trial shift this Saturday'),

  other(`Dear Candidate,

Thank you for accepting our conditional offer for the role of Care Assistant.

Before you can start we need to complete an Enhanced DBS check. Please bring the following to our office by 20 November:
- Passport or birth certificate
- Two proofs of address dated within the last 3 months

We regret any inconvenience, but we cannot confirm a start date until the check has been returned.

Kind regards,
Compliance Team
Rosewood Care Homes`, 'Action needed: DBS check documents'),

  other(`Dear Emmanuel,

We are pleased to offer you a place on the 2027 Graduate Trainee Programme at Kestrel Logistics, starting on 5 September 2027, subject to satisfactory references and confirmation of your degree result.

Your formal offer letter is attached. Please confirm your acceptance within 10 days.

Warm regards,
Graduate Recruitment`, 'Your offer – Kestrel Logistics Graduate Trainee Programme'),

  other(`Hi Ella,

Thanks for your application for the Christmas Temp – Warehouse Picker role. Due to high volumes we're taking a bit longer than usual to review applications. We appreciate your patience and we'll be in touch within two weeks.

Tallis Distribution Recruitment`, 'We have your application'),

  other(`Dear Arjun,

This is to confirm that, as per your email of 2 November, we have withdrawn your application for the Summer Internship 2027. We are sorry to see you go and wish you the best with your new role.

Regards,
Campus Hiring Team
Velankar Technologies`, 'Withdrawal confirmed'),

  other(`Hi Nneka,

Thank you for attending the assessment centre with us on Tuesday. Unfortunately we can only reimburse standard-class rail fares and mileage at 25p per mile, so please don't include taxis on your claim. The expenses form is attached; send it back with receipts within 30 days.

We'll be in touch about the outcome separately.

Many thanks,
Graduate Team, Albany Water`, 'Assessment centre – travel expenses'),

  other(`New internships matching your alerts 🔔

• Marketing Intern – Harbour Media (Sydney, NSW)
• Finance Summer Intern – Kinsale Partners (Melbourne, VIC)
• Operations Graduate – Coastline Freight (Brisbane, QLD)

Update your preferences | Unsubscribe
GradLink Australia`, '3 new roles for you'),

  other(`Dear Ms. Tan,

We are pleased to invite you to our Assessment Centre for the Public Service Leadership Traineeship.

Date: 12 January 2027
Time: 8:30am – 4:30pm
Venue: Level 9, 1 Raffles Quay

The day will include a group exercise, a case presentation and an interview with two senior officers. Please confirm your attendance by replying to this email.

Regards,
Talent Acquisition Office`, 'Invitation to Assessment Centre'),

  other(`Hey! We'd love to hear how your application experience was with Chorus Telecom. It's a 2-minute survey and totally anonymous — whatever the outcome of your application. Take the survey → Thanks, Chorus Talent`, 'How did we do?'),

  other(`Hi Femi,

Thanks for your interest in volunteering with the Riverside Food Bank. All our spring induction sessions are currently full, so we've added you to our waiting list. You're not being turned down — we'll contact you as soon as a place opens.

With thanks,
Volunteer Coordinator`, 'Volunteer induction – waiting list'),

  other(`Dear Student,

The Early Careers team at Holloway Brandt would like to invite you to our stand at the University of Manchester Autumn Careers Fair on 7 October. Come and talk to our graduates about our Audit, Tax and Consulting schemes.

Please note the fair has unfortunately moved from the Main Hall to the Students' Union building.

We look forward to meeting you!`, 'Meet us at the Autumn Careers Fair'),

  other(`Dear Lerato,

As part of your onboarding for the Retail Graduate Programme, please upload a certified copy of your ID and your bank confirmation letter to the portal by Friday.

Welcome aboard!

People Operations
Ubuntu Mart (Pty) Ltd`, 'Onboarding: documents needed'),

  other(`Hi Ciara,

Before we can confirm your shifts as a Customer Service Assistant, we need to check your right to work in the UK. Please share your share code from the Home Office website, or bring your passport to your induction.

Unfortunately we can't let you start without it, but it's a quick process.

Thanks,
HR, Granary Supermarkets`, 'Right to work check'),

  other(`Hi Matt, thank you for your interest in the Ski Season Rep role. We've now closed applications and will be reviewing everyone over the next two weeks. We'll be in touch either way. Snowline Holidays`, 'Ski Season Rep – applications closed'),

  // ── Second part: applications and eligibility questions
  rej('application', ['generic'], { ...door },
    `<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Callum,</p>
<p>Thank you for applying to the <b>Thornbury Group Summer Internship 2027</b>.</p>
<p>We have reviewed your application carefully. Regrettably, we will not be progressing you to the online assessment stage. Because of the number of applications we receive, we are not in a position to provide individual feedback at this stage.</p>
<p>Your profile has been added to our Early Talent Community, and we'll let you know when our graduate programmes open.</p>
<p>Kind regards,<br>Thornbury Early Talent</p>
<p style="font-size:10px;color:#888">Thornbury Group is an equal opportunities employer. <a href="#">Privacy</a> | <a href="#">Unsubscribe</a></p>
</body></html>`, 'Thornbury Summer Internship 2027'),

  rej('application', ['generic'], {},
    `Not this time for the cashier job sorry. Thx for applying - Ron @ Valley Fuel Stop

Sent from my iPhone`),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Hannah,

Thank you for your interest in the HR Graduate Scheme at Mallory Foods.

Having read your application, we don't think this scheme is the best match for the strengths you describe — the other applicants we're progressing had backgrounds closer to what the scheme is built around. We'd encourage you to look at our Supply Chain and Commercial schemes, which are still open for applications until 30 November.

Best wishes,
Mallory Foods Early Careers`, 'HR Graduate Scheme – your application'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Reece,

Thank you for applying for the Level 2 Electrical Installation Apprenticeship with Brightline Electrical Services.

Applicants for this apprenticeship need GCSE Maths and English at grade 4 (C) or above. Your application shows a grade 3 in Maths, so we are unable to offer you a place on this intake. If you resit and achieve a grade 4, we would be happy to receive a new application from you next year.

Kind regards,
Sharon Pike
Training Administrator`, 'Apprenticeship application – eligibility'),

  rej('application', ['generic'], { ...door },
    `Hi Olu,

Thanks for applying for the Fulfilment Centre Associate position in Rugeley.

After reviewing your answers to the screening questions, we won't be moving ahead with your application right now.

You're welcome to apply again in 6 months. Jobs in your area are posted at the link below every week.

Warm regards,
Associate Hiring Team`, 'Update on your application'),

  rej('application', ['position_filled'], { ...door },
    `Dear Thandeka,

Thank you for your application to the Youth Employment Service (YES) internship programme with Khumalo Motors.

All 40 places for the 2027 cohort have now been taken up, and the intake is closed. We are therefore unable to consider your application for this round.

We will open registrations for the next cohort in July; you are very welcome to register again then.

Regards,
YES Programme Office
Khumalo Motors Group`, 'YES Internship – intake closed'),

  rej('application', ['generic'], {},
    `Hi Maddie,

What an impressive application — thank you for the obvious care you took with the written questions.

I'm sorry to say we won't be taking it further. The Residential Youth Worker traineeship had over 600 applicants for 12 places and the decisions were very difficult.

Wishing you well,
Jo Kearney
Recruitment, Carrow Youth Trust`, 'Youth Worker traineeship'),

  rej('application', ['location'], { ...fb },
    `G'day Lukas,

Thanks for applying for the Vineyard Hand role for vintage 2027.

We need people who can stay on for the whole season (February through to late June). From the visa details you gave, you're on a working holiday visa with the six-month limit for one employer already used with another agricultural employer in SA, so we can't legally keep you on for the season. We won't be going further with the application.

Good luck with the rest of the trip,
Bec
Barossa Ridge Wines`, 'Vintage 2027'),

  rej('application', ['generic'], {},
    `Dear Sir / Madam,

With reference to your application for the post of Trainee Engineer (Diploma), we regret to inform you that your candidature has not been considered.

This is a system generated mail.

HR – Recruitment
Sahyadri Auto Components Ltd.`, 'Your application for Trainee Engineer (Diploma)'),

  rej('application', ['profile_mismatch'], { ...offered },
    `Hi Rosa,

Thanks for putting yourself forward for the Graduate Policy Assistant role.

We had a strong field and in the end the applications we shortlisted showed more of the kind of experience we'd set out in the job pack. Yours didn't quite get there on this occasion.

If you'd like to know more about how we scored the applications, reply to this email and one of the team will come back to you.

Best,
Imogen
Operations Manager, Civic Futures Institute`, 'Graduate Policy Assistant'),

  rej('application', ['generic'], { ...door },
    `Hi Ayesha,

Thank you for applying for Team Member – Fulham Broadway. That store isn't able to take you forward this time.

Did you know you can apply for up to 5 of our stores at once? Other branches near you are hiring now. Just head to your account and choose "Apply to more stores".

The Greenleaf Grocers Recruitment Team`, 'Your application – Fulham Broadway'),

  rej('application', ['generic'], {},
    `Hi Conor,

Sorry for the slow reply. I'm afraid we won't be going ahead with your application for the summer bar staff job.

All the best,
Fiona

On Mon, 2 Mar 2026 at 19:41, Conor Doyle wrote:
> Hi there,
> I'm just checking in on the application I sent in for summer bar work at the hotel. I'm available from the 1st of June.
> Thanks a million,
> Conor`, 'Re: Summer bar staff'),

  rej('application', ['overqualified'], { ...fb },
    `Dear Victor,

Thank you for applying to our Graduate Scheme in Operations.

Our scheme is designed for people at the very start of their career. With over eight years of operations management behind you, you are well past the point that the scheme caters for, and we don't believe it would be a good use of your experience. We are not able to progress your application for this reason.

Yours sincerely,
Emerging Talent, Fairhaven Rail`, 'Operations Graduate Scheme'),

  rej('application', ['position_filled'], {},
    `Hi Mateo,

Thank you for your interest in the Lifeguard (Summer) position at the Eastside Aquatic Center.

All of our summer lifeguard positions have now been filled, so we won't be able to review your application.

Stay cool,
City of Eastbrook Parks & Recreation`, 'Lifeguard (Summer) – positions filled'),

  rej('application', ['generic'], {},
    `Dear Keerthana,

Greetings from Prism Infotech!

Thank you for registering for the Campus Connect 2027 drive. After the resume shortlisting, we regret to inform that you have not been selected for the next round. Due to the large volume of registrations, we are unable to share individual feedback.

Wish you all the best for your career.

Team Campus Connect
Prism Infotech Ltd., Bengaluru`, 'Campus Connect 2027 – Shortlisting Status'),

  // ── Screens
  rej('screen', ['generic'], { ...door },
    `Hi Jasmine,

Thanks so much for taking my call Wednesday about the Co-op Student, Customer Experience role. I'm sorry to say we won't be moving you on to the interviews with the team.

We had a really deep pool this term. We'd be happy to see you apply for the summer co-op term when postings go up in January.

Best,
Kyle Fournier
Student Recruitment, Laurentian Credit Union`, 'Co-op Student – Customer Experience'),

  rej('screen', ['profile_mismatch'], {},
    `Dear Ikenna,

It was a pleasure to speak with you on the phone last Friday. You came across as bright and enthusiastic.

Nevertheless, we have decided to proceed with candidates whose profiles are more aligned with our requirements for the Graduate Business Analyst role.

Best regards,
Chiamaka Eze
Talent Acquisition Specialist, Kudi Tech`, 'Graduate Business Analyst'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Scott,

Thanks for the phone chat this morning about Warehouse Operative shifts.

As I said on the call, this site only runs counterbalance and reach trucks, and every operative needs a valid counterbalance licence from day one. As you don't hold one at the moment I can't put you forward for these shifts.

Ta,
Karen
Brookfield Recruitment (Industrial Division)`, 'Warehouse shifts – Wellingborough'),

  rej('screen', ['location'], { ...fb },
    `Hi Sipho,

Thank you for the call with our recruiter on Tuesday for the Inbound Sales Agent role.

This role is office-based at our Century City site in Cape Town, with no remote option for new starters. On the call you confirmed that you would not be able to relocate from Durban in the next three months, so we will not proceed with your application for this role.

Kind regards,
Recruitment, Tshwane Direct Insurance`, 'Inbound Sales Agent – Cape Town'),

  rej('screen', ['generic'], { ...offered },
    `hi Lily, thanks again for the intro call about the weekend kids coding tutor role. we've decided not to move ahead. if you want my notes from the call just say and I'll send them over. cheers, Sam (BitBuilders Academy)`, 'kids coding tutor'),

  rej('screen', ['position_filled'], {},
    `Dear Ahmed,

Thank you for the brief conversation with me last week regarding the Hotel Night Auditor position.

I would like to let you know that the position has since been filled. Thank you for the time you gave us.

Kind regards,
Lorna Fitzgerald
Front Office Manager, The Claremont Hotel, Galway`, 'Night Auditor position'),

  // ── Assessments
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Ben,

Thank you for completing the situational judgement test for the Civil Engineering Degree Apprenticeship.

Your overall result was in band D (bands run from A to E) and we progress candidates in bands A and B to the video interview. Your responses in the "Working Safely" and "Planning Your Work" scenarios scored lowest.

You can view your full feedback report here: Download your report

Regards,
Apprenticeship Recruitment
Hallam Stone Construction`, 'Your SJT result'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Preeti,

Thank you for taking the verbal and logical reasoning tests for the 2027 Global Graduate Programme.

Your results did not reach the level required for the next stage. Due to the volume of candidates we are unable to provide individual feedback on test performance.

You may apply again in 12 months.

Best wishes,
Graduate Resourcing
Oakhurst Pharmaceuticals`, '2027 Global Graduate Programme – test results'),

  rej('assessment', ['generic'], {},
    `Hi Fraser,

Thanks for the video interview you recorded for the Consulting Insight Internship. Your answers came across really thoughtfully and the team enjoyed watching them.

Unfortunately we won't be inviting you to the next stage this time.

Best,
Holt Partners Talent Team`, 'Consulting Insight Internship'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Chanel,

Thanks for working the Friday trial with us.

I'll be honest with you so it's useful: your customer service was lovely, but your till was out on both counts and you needed reminding a few times about the ID check for age-restricted items, which is something we can't compromise on. So we won't be taking you on here.

The Hanley and Burslem stores are both hiring though, and I'd be happy for you to mention my name.

Take care,
Sandra
Store Manager, Penny Lane Discount – Longton`, 'Your trial on Friday'),

  rej('assessment', ['assessment'], {},
    `Dear Daryl,

Thank you for completing the online assessment for the SkillsFuture Traineeship in Digital Marketing.

We regret to inform you that your assessment results did not meet the criteria required to proceed further.

Thank you for your interest.

Talent Team
Marina Bay Digital Pte. Ltd.`, 'SkillsFuture Traineeship – assessment result'),

  rej('assessment', ['profile_mismatch'], { ...offered },
    `Hi Naledi,

Thank you for the press-release exercise you sent back for the Communications Intern role. We enjoyed reading it.

The people we have chosen to interview submitted work that was closer to what we're looking for, so we won't be inviting you to interview. I'm happy to share the panel's notes on your piece if you'd find them useful — just let me know.

Warmly,
Khanyi
Comms Lead, Sable & Finch PR`, 'Communications Intern – writing exercise'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Ahmad,

Thank you for completing the coding challenge for our Software Developer Apprenticeship.

Your solution passed 4 of the 12 automated test cases. Our threshold for an interview invitation is 9. The cases that failed were mostly the ones with empty input and very large lists.

We will not be progressing your application on this occasion.

Regards,
Apprenticeship Team, Northwind Systems`, 'Coding challenge result'),

  rej('assessment', ['generic'], { ...door },
    `Hello Joseph,

Many thanks for recording your answers for the Retail Graduate Programme.

Having reviewed every video submission, we are sorry to let you know your application will not progress further this year. We'd love you to stay in touch — join our Talent Network and we'll tell you when our next programmes open.

Regards,
Early Careers | Sterling & Vale`, 'Retail Graduate Programme – video interview'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Chinonso,

Thank you for sitting the aptitude test at the Lagos centre for our Graduate Trainee recruitment.

We regret to inform you that you did not attain the cut-off mark for the next stage. Please note that due to the number of candidates, we cannot disclose individual scores.

You may participate in our future recruitment exercises.

Recruitment Unit
Delta Crown Breweries Plc`, 'Graduate Trainee Aptitude Test – Result'),

  // ── Interviews
  rej('interview', ['generic'], { ...door },
    `Hi Maria,

Thanks for meeting with me and Jules last Thursday for the Seasonal Retail Associate role. You were friendly, prepared and easy to talk to.

We had more great candidates than positions and we've made our choices. This time it isn't you, and I'm genuinely sorry.

We'll hold on to your details for spring hiring and I'd love to see you apply again.

Best,
Tanya Morris
Store Manager, Northline Outfitters – Calgary`, 'Seasonal Retail Associate'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Abhishek,

Thank you for attending the technical and HR interview rounds for the Graduate Apprentice Trainee position.

After evaluation, the panel has selected candidates with a stronger fit for the requirements of the plant.

Regards,
HR Department
Vardhan Steel & Alloys Ltd.`, 'GAT Interview Result'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Precious,

Thank you for attending interview for the Healthcare Assistant (Nights) post at Willow Court.

I'm sorry to let you know we won't be offering you the role. The post requires a minimum of three night shifts a week, including alternate weekends, and you explained at interview that you can only offer two nights during term time. We are not able to make the rota work with that.

If your availability changes, please do get in touch — we often have vacancies on nights.

Yours sincerely,
Deborah Ashworth
Registered Manager, Willow Court Care Home`, 'Healthcare Assistant (Nights)'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Isaac,

Thanks for coming in to meet the team for the Trainee Barber spot. We've offered the chair to another applicant and they've accepted.

We'll keep your number — we're opening a second shop in the summer and will be looking again.

Cheers,
Dom
Fade Street Barbers`, 'Trainee Barber'),

  rej('interview', ['generic'], {},
    `Dear Charlotte,

Thank you for attending the interview for the Summer Vacation Scheme on 3 February.

We regret that we are unable to offer you a place on the scheme. Owing to the number of candidates, we are unfortunately unable to give individual feedback on interviews.

Yours sincerely,
Graduate Recruitment
Ashby Lowther Solicitors`, 'Summer Vacation Scheme 2027'),

  rej('interview', ['profile_mismatch'], { ...fb, ...offered },
    `Hi Noor,

Thank you for interviewing for the Customer Support Intern role.

Your CV was strong, but in the interview your answers lacked real examples: when we asked about handling an upset customer and about prioritising several tickets at once, you described what you would do rather than something you had done. The other candidates gave concrete stories, and that tipped it.

I'd be glad to talk it through on a call if you'd like.

Best,
Erin Walsh
Support Team Lead, Hopscotch Software (Dublin)`, 'Customer Support Intern – interview feedback'),

  rej('interview', ['generic'], { ...offered },
    `Hi Ethan,

Thanks for being part of our group interview for Crew Members at the Parramatta restaurant.

We won't be offering you a spot on the crew this time round. If you'd like feedback on the day, you can email crewhiring@burgerbay.com.au and the restaurant manager will reply.

Cheers,
Burger Bay Crew Hiring`, 'Crew Member group interview'),

  rej('interview', ['role_closed'], {},
    `Hi Yasmin,

Thank you for the interviews with me and our product team for the Summer 2027 Product Design Internship.

I'm sorry to write this: the company has decided not to run the internship programme next summer after a budget review this week, and so all open internship processes, including yours, are closed. This has nothing to do with your interviews.

I'm sorry for the time you've put in.

Best,
Hugo Lambert
People Team, Marigold Health`, 'Summer 2027 Product Design Internship'),

  rej('interview', ['generic'], {},
    `Sorry Jade we've gone with someone else for the nanny position after the interviews. Thank you for coming round to meet the kids. — Claire`),

  // ── Final stage
  rej('final', ['generic'], { ...offered, ...door },
    `Dear Kofi,

Thank you for attending the Graduate Assessment Centre at our London office.

Unfortunately, on this occasion, you have not been successful in securing a place on the 2027 Actuarial Graduate Programme.

We appreciate the effort it takes to get to this stage. Your personalised assessment centre feedback report will be available in your candidate portal from Monday. We would also encourage you to apply for our 2028 intake, where final-stage candidates are fast-tracked to the assessment centre.

Kind regards,
Graduate Recruitment Team
Greyfield Life`, 'Actuarial Graduate Programme – assessment centre outcome'),

  rej('final', ['position_filled', 'profile_mismatch'], {},
    `Hi Lauren,

You were one of the last two candidates for the Graduate Quantity Surveyor role and it genuinely came down to the wire.

We've offered the position to the other finalist, whose site experience was closer to what the project needs right now, and they've accepted.

Thank you for everything you put into the process.

Warm regards,
Peter Hollis
Director, Hollis & Wren Cost Consultants`, 'Graduate QS – final decision'),

  rej('final', ['assessment'], { ...fb },
    `Dear Gabriel,

Thank you for attending the assessment centre for the Rail Systems Engineering Placement.

Your scores were above the bar in the technical interview and the presentation. However, in the group exercise you scored 1 out of 4 on "Working Together", as assessors noted you rarely built on other people's ideas, and the group exercise must be passed to receive an offer.

We will therefore not be offering you a placement this year.

Regards,
Placement Recruitment
Trackline Engineering Ltd`, 'Engineering Placement – assessment centre result'),

  rej('final', ['generic'], { ...door },
    `Dear Siddharth,

Thank you for spending the day with us at the Superday. You impressed a number of our team, and I know it wasn't an easy decision.

We won't be extending an offer for the Summer Analyst role this year. We'd very much like to see you apply for the full-time Analyst programme next autumn.

Best regards,
Campus Recruiting
Westerly Advisors`, 'Westerly Advisors – Superday'),

  rej('final', ['generic'], {},
    `Dear Amira,

Thank you for attending the final interview for the Management Trainee scheme.

We regret to let you know that you have not been successful. Because of the large number of candidates who reached this stage, individual feedback cannot be provided.

Yours sincerely,
HR Manager
Al Noor Hospitality Group`, 'Management Trainee – final interview'),

  rej('final', ['skills_gap'], { ...fb },
    `Hi Ollie,

Thanks for coming to the final interview with our partners for the Graduate Surveyor role.

We were really impressed, but there's one thing we can't work around: the role is field-based from day one and you'll be driving between sites across Lincolnshire, so a full driving licence is essential. You told us you haven't started lessons yet, so we can't offer you the role.

Sorry it's a practical reason rather than anything about you.

Best wishes,
Sarah Bancroft
Partner, Bancroft Land & Property`, 'Graduate Surveyor – final interview'),

  rej('final', ['generic'], { ...offered, ...door },
    `Dear Shruti,

Thank you for participating in the final round of the Young Leaders Programme 2027.

We regret to inform you that we will not be making you an offer. Should you wish to receive feedback on your performance in the final round, please write to yl.feedback@kaveriaxis.in within 15 days.

We hope you will consider applying to us again in the future.

Warm regards,
Young Leaders Programme Team
Kaveri Axis Bank`, 'Young Leaders Programme 2027 – Final Round'),

  // ── Paused
  hold('application', ['role_closed'], {},
    `Dear Kai,

Thank you for applying for our Business Apprenticeship starting in September.

We are writing to let you know that our September intake has been postponed until January, as our apprenticeship funding for next year has not yet been confirmed. Your application has not been declined and will be reviewed when recruitment restarts.

We're sorry for the delay and appreciate your patience.

Apprenticeships Team
Harrowgate Housing Association`, 'September apprenticeship intake – postponed'),

  hold('interview', ['role_closed'], {},
    `Hi Anjali,

Thanks for your interview last week for the Weekend Volunteer Coordinator role.

You passed the interview, but all our places for this rota are currently full. We've put you on our waiting list and will offer you a place as soon as one opens up — usually within a couple of months. You don't need to do anything else in the meantime.

Warm wishes,
Lisa
St Columba's Hospice Volunteering`, 'Waiting list – Weekend Volunteer Coordinator'),

  hold('screen', ['generic'], {},
    `Hi Tom, thanks for the chat on Monday. Just to let you know the area manager is away for a couple of weeks so we've paused interviews for the assistant manager role till she's back. You're still on the list, nothing's been decided. I'll message you when I have dates. Jess – Hollybrook Garden Centre`, 'Assistant Manager interviews'),

  // ── Look-alikes
  other(`Dear Gareth,

Thank you for your application to the Defence Graduate Programme. We're pleased to let you know you have passed the initial sift.

The next step is a one-way video interview. You will have 5 questions and 2 minutes to answer each one. Please complete it within 7 days of this email.

Unfortunately we are unable to offer alternative formats unless you have requested a reasonable adjustment.

Resourcing Team`, 'Next step: video interview'),

  other(`Hi Lerato, your situational judgement test is ready. It takes about 25 minutes, there's no time limit on each question, and you can't pause once you start. Good luck! – Graduate Team, Vantage Mining`, 'Your situational judgement test'),

  other(`Reminder: your Numerical Reasoning test for Crane & Holt expires tomorrow at 17:00. Complete it now.`, 'Test link expires tomorrow'),

  other(`Hi Bilal,

Good news — you've been selected for the group interview for Sales Assistant roles at our Bullring store.

Date: Thursday 9 October
Time: 6:30pm (please arrive 10 minutes early)
Duration: around 90 minutes

Please bring photo ID. We look forward to seeing you!

Recruitment, Cotton & Clay`, 'Group interview invitation'),

  other(`Hi Mia,

Unfortunately the date of your trial shift has moved — we're short on kitchen cover on Saturday, so we've moved it to Sunday 11am–3pm instead. Same place, same dress code. Sorry for any inconvenience!

Let me know if Sunday doesn't work and we'll figure something out.

Rory
The Salt Shed`, 'Trial shift – new date'),

  other(`Dear Volunteer,

Thank you for completing your volunteer interview with Lighthouse Mentoring. Before you can be matched with a young person, we need to carry out a DBS (Disclosure and Barring Service) check.

Please complete the online form using the link below and bring your ID documents to our office. We regret that volunteers cannot start until the check is clear.

Kind regards,
Safeguarding Lead`, 'DBS check for volunteers'),

  other(`Dear Ethan,

We are delighted to offer you a place on the Advanced Apprenticeship in Mechanical Engineering, starting in September.

This offer is conditional on achieving Maths and Physics at A-level grade C or above, a satisfactory medical assessment, and two references.

Please sign and return the attached conditional offer by 30 April.

Congratulations!
Apprentice Recruitment, Redmoor Turbines`, 'Conditional offer – Advanced Apprenticeship'),

  other(`Hi Tariq,

Welcome to the team at Halton Fulfilment! Here's what you need for your first day:

- Start: Monday 6:00am, Gate 3
- Bring: safety boots, your bank details and your P45
- Induction runs until 2pm, followed by your first shift

Unfortunately there's no parking on site during induction week, so please use the overflow car park.

See you Monday,
Onboarding Team`, 'Your first day at Halton Fulfilment'),

  other(`Hi Destiny,

Before your start date as Seasonal Sales Associate, we need to complete your Form I-9 employment eligibility verification. Please bring original documents from List A, or one from List B and one from List C, on your first day.

We regret we can't begin your first shift until this is done.

HR Team, Maple & Main`, 'Form I-9 – please bring your documents'),

  other(`Jobs you might like – hourly & part-time

Kitchen Porter – The Anchor, Bath – £12.60/hr
Retail Assistant (Weekends) – Bookends, Frome – £12.21/hr
Warehouse Operative – Parcelpoint, Avonmouth – £13.50/hr

You're receiving this alert because you signed up on HourlyHub. Manage alerts`, 'New hourly jobs near BA1'),

  other(`Hi Divya,

You're invited to our virtual Insight Evening on 20 November for students interested in our 2028 Technology Internship. Hear from current interns, find out how the application works and ask our recruiters anything.

Places are limited and unfortunately we can't record the session, so register early!

Kettering Goldwyn Early Careers`, 'Invitation: Technology Insight Evening'),

  other(`Dear Kamal,

Thank you for taking the time to complete our recruitment process. Whatever the outcome, we'd value your feedback on your experience. The survey takes 3 minutes and your responses will not affect your application.

Regards,
Candidate Experience Team`, 'Tell us about your experience'),

  other(`Hi Dan,

Thanks for letting me know. I've withdrawn you from the process for the Graduate Scheme as you asked. We're sorry to lose you but congratulations on the other offer — we'll keep you in mind if you ever want to come back to us.

Best,
Laura

> On 14 Jan, Dan Whitmore wrote:
> Hi Laura, I've accepted another graduate offer so please withdraw my application. Thanks for all your help.`, 'Re: Withdrawing my application'),

  other(`Dear Candidate,

Thank you for joining the Brightmoor Care talent community! We'll keep you in mind and send you new Care Assistant vacancies in your area as soon as they are posted.

Brightmoor Care Recruitment`, 'Welcome to our talent community'),

  other(`Hi Zainab,

Unfortunately our store manager is unwell, so we need to reschedule your interview for the Customer Assistant role from Tuesday to Thursday at 2pm. We apologise for any inconvenience and hope the new time suits you.

Please reply to confirm.

Recruitment Team, Fresh & Co`, 'Interview rescheduled'),

  other(`Dear Ngozi,

Congratulations! We are pleased to inform you that you have been successful at the final assessment for the Graduate Trainee Programme. Your offer letter will be sent within the next week, once references have been received.

Regards,
Human Capital Unit`, 'Graduate Trainee Programme – final assessment result'),
];
