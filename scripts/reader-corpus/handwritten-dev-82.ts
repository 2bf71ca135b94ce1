/**
 * Development messages about engineering, construction, energy, manufacturing and logistics jobs: mail to civil and
 * structural engineers, site managers, quantity surveyors, electricians, fitters, process and maintenance engineers,
 * HSE advisers, planners, rail and power technicians, offshore and mining crews on FIFO rosters, supply-chain
 * coordinators, warehouse managers and production supervisors. Senders are contractors, consultancies, utilities,
 * manufacturers, rail and airport operators, mining houses, engineering agencies, labour-hire firms and apprenticeship
 * schemes. Declines mention chartered status, CSCS and SMSTS cards, trade tickets, licences, medicals and drug tests,
 * trade tests, site visits, board presentations, rosters, remote sites, lost contracts and tenders that never landed;
 * paused processes wait on a tender or a client decision. Look-alikes use the same words and decline nothing: induction
 * bookings, medical appointments, offers with a roster, timesheets, onboarding, "put forward to the client", job alerts.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d82-');

export const HANDWRITTEN_DEV_82: readonly CorpusLine[] = [
  // ── Application stage
  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr Okonkwo,

Thank you for applying for the Senior Structural Engineer position at Hallam Brook Consulting (ref HBC-2291).

This role requires Chartered status (CEng, MIStructE) as the post holder signs off designs without supervision. As you are currently working towards chartership, we are unable to take your application further at this time.

Yours sincerely,
Recruitment Team
Hallam Brook Consulting Engineers Ltd`, 'Your application - Senior Structural Engineer'),

  rej('application', ['generic'], {},
    `Hi Gavin,

Thanks for your interest in the Electrical Supervisor vacancy with Norvane Utilities. We've now reviewed all applications and unfortunately you have not been shortlisted on this occasion.

Kind regards,
Norvane Careers

This mailbox is not monitored. Please do not reply to this email.`, 'Your application'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Callum,

Thanks for sending your CV through for the Site Supervisor job in Leeds. Unfortunately the client is insisting on a valid SMSTS certificate and a CSCS black card from day one, and from what you've sent it looks like your SMSTS lapsed in 2022. If you get that renewed give me a shout - I've got roles like this coming through every week.

Cheers,
Danny Whitlow
Senior Consultant - Construction
Keystone Site Recruitment`, 'Site Supervisor - Leeds'),

  rej('application', ['location'], { ...fb },
    `Dear Applicant,

Thank you for your application for the Maintenance Technician (Night Shift) role at our Port Kembla plant.

Applicants for this role must hold Australian citizenship or permanent residency, as the site is subject to defence supply requirements. Based on the information in your application you do not currently meet this requirement, and we are therefore unable to progress your application.

Regards,
Talent Acquisition | Southern Alloy Works Pty Ltd`, 'Maintenance Technician - Application Outcome'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hello Aisha,

Thank you for applying to the Graduate Process Engineer programme at Corvex Chemicals. We had a very strong response this year and, after careful review, we have selected other applicants whose backgrounds more closely match the needs of the programme.

We'd encourage you to keep an eye on our careers page, as we run further intakes in the spring and autumn.

Best wishes,
Early Careers Team
Corvex Chemicals UK`, 'Corvex Graduate Programme 2027'),

  rej('application', ['generic'], {},
    `<p>Dear Tomasz,</p>
<p>Thank you for your interest in the position of <b>Warehouse Shift Manager</b> (Req #44817) at Ferrowell Logistics.</p>
<p>After reviewing your application we regret to inform you that we will not be moving forward with your candidacy.</p>
<p>Sincerely,<br/>Ferrowell Logistics Talent Acquisition</p>
<p style="font-size:10px">Powered by Workstream ATS. Please do not reply to this message.</p>`, 'Ferrowell Logistics - Warehouse Shift Manager'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Rob,

Thanks for applying for the Multi-Skilled Maintenance Fitter post at our Telford site. Reading your CV, you've spent the last eight years as an engineering manager running a team of 30, and honestly this role is a hands-on shift position reporting to a team leader. We don't think it would hold your interest for long and we'd be doing you a disservice.

We're expecting to recruit a Maintenance Manager later in the year and I'd be very keen for you to apply for that.

All the best,
Karen Pryce
HR Business Partner, Alderfield Packaging`, 'Maintenance Fitter application'),

  rej('application', ['role_closed'], {},
    `Dear Siobhan,

We are writing regarding your application for the role of Planning Engineer on the Drumcarrow Wind Farm project.

Unfortunately our consortium was not successful in the tender for this project, and as a result the position will no longer be filled. We will therefore not be progressing your application.

We are sorry for any disappointment.

Kind regards,
Resourcing
Tarrant McKee Civil Engineering`, 'Planning Engineer - Drumcarrow'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Jordan,

Unfortunately we can't put you forward for the HGV Class 1 Shunter role. The client needs a C+E licence held for at least two years plus a valid Driver CPC card, and you've told us you passed your C+E in March. Sorry!

Team at Pathway Driving Recruitment`, 'Class 1 Shunter'),

  rej('application', ['location'], { ...fb, ...door },
    `Dear Mehmet,

Thank you for your interest in the Production Supervisor role at Ostrava. We note from your application that you are based in Istanbul and would require a work permit for the Czech Republic. Unfortunately we are not in a position to sponsor permits for this grade of role.

We have retained your details and may contact you should a suitable position come up where sponsorship is possible.

Best regards,
HR Department
Velmont Automotive Components s.r.o.`, 'Application - Production Supervisor'),

  rej('application', ['generic'], { ...door },
    `Thank you for applying to be a Rail Track Operative with Crossline Infrastructure. On this occasion your application has not been successful. We will keep your details on file for 6 months.

Crossline Infrastructure Recruitment`, 'Crossline - application update'),

  rej('application', ['profile_mismatch', 'salary'], { ...fb },
    `Hi Lena,

Thanks for applying for the Quantity Surveyor position. Having reviewed your CV, we felt your experience is mainly on the client side, while we need someone with a contractor commercial background. I'd also mention that your expected salary of £68k is well above the £52-55k range we have for this post.

Sorry it isn't better news.

Regards,
Oliver Brandt
Commercial Director
Brandt & Seale Construction`, 'QS role'),

  rej('application', ['position_filled'], {},
    `Hi Samir,

Thanks for your application for the Supply Chain Coordinator role. I'm afraid we've now filled this position, so we won't be taking any further applications forward.

Thanks,
Megan @ Quayside Freight`, 'Supply Chain Coordinator'),

  rej('application', ['skills_gap'], { ...fb, ...offered },
    `Dear Applicant,

Thank you for your application for the HV Authorised Person vacancy (ref NGR/0982).

Having assessed your application against the person specification, we found that you did not demonstrate the essential criterion: current authorisation to at least 33kV on a distribution network. Your application will not progress further.

If you would like feedback on your application, please contact resourcing@northgrid-example.co.uk quoting your reference number.

Resourcing Team`, 'Application outcome - NGR/0982'),

  rej('application', ['internal_candidate'], {},
    `Hi Fiona,

Quick note on the HSE Adviser role at the Grangemouth site. We've decided to appoint from within the existing site team, so the vacancy has now been withdrawn from external advertising. Thanks for your interest.

Regards,
Paul Kerr
Site HSE Lead, Eastmarsh Refining`, 'HSE Adviser - Grangemouth'),

  rej('application', ['generic'], {},
    `Your application for Apprentice Electrician (2027 intake) - Sparrowhill Electrical Training

Dear Kyle,

Thank you for applying. We received over 900 applications for 40 places and, sadly, we are unable to offer you a place on this year's scheme.

Good luck for the future.
Sparrowhill Apprenticeships`, 'Apprenticeship application'),

  rej('application', ['role_closed'], { ...door },
    `Hello Matteo,

I'm writing about the Mechanical Design Engineer post you applied for in October. Following a review of the business, the engineering function is being restructured and this role will not be going ahead.

We're sorry for the inconvenience. We'll hold on to your CV and if anything suitable opens after the restructure we'll be in touch.

Kind regards,
Hannah Liddell
People Team, Brightforge Machinery`, 'Mechanical Design Engineer - update'),

  rej('application', ['location', 'skills_gap'], { ...fb },
    `Hey Ben,

Had a look for the Offshore Mechanical Technician job. Two issues I'm afraid: the client only takes people who live within a drive of Aberdeen heliport because they won't cover travel from England, and you'll need a current BOSIET/FOET and an OGUK medical, which you don't have at the moment. Not one I can put you forward for.

Cheers
Rory
Granite Energy Personnel`, 'Offshore Mech Tech'),

  rej('application', ['overqualified'], { ...fb },
    `Dear Dr Ferreira,

Thank you for your application for the Laboratory Technician role at our Runcorn works. Your PhD and postdoctoral research go well beyond what this role involves, which is mainly routine sampling and QC testing on shifts, and we do not feel it would be the right match for you.

Yours sincerely,
Recruitment, Pellham Polymers`, 'Laboratory Technician'),

  // ── Screening calls
  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Marcus,

Thanks for your time on the phone yesterday. I've spoken with the hiring manager and unfortunately the £72k you mentioned as your minimum is beyond the budget for the Project Manager role, which tops out at £60k plus car allowance. I didn't want to keep you waiting on something that won't work financially.

If your circumstances change, or a more senior role comes up (there may be one on the Bristol hospital job next year), I'll come straight back to you.

Best,
Chloe Anand
Talent Partner, Westby Build`, 'PM role - Westby Build'),

  rej('screen', ['location'], { ...fb },
    `Hi Tane,

Great to chat on Tuesday. I've run it past the operations manager and the sticking point is the roster. The Pilbara site is a 2:1 FIFO out of Perth only, and since you said you'd need to fly from Auckland each swing, they won't go ahead - flights from outside WA aren't covered and they've had issues with that before.

Sorry mate.
Jade
Redrock Labour Solutions`, 'Pilbara maintenance role'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Elena,

Thanks again for the call last week about the Logistics Planner position. After discussing it with the team, we've decided to focus on candidates whose experience is a closer fit to what we need right now.

Thanks,
Greg
Talent Acquisition, Loomis Cold Chain`, 'Logistics Planner'),

  rej('screen', ['generic'], {},
    `Dear Ahmed,

Thank you for speaking with our recruitment team regarding the Reliability Engineer opening. After careful consideration we have decided not to proceed with your application.

Regards,
Orbital Power Generation - Talent Acquisition`, 'Reliability Engineer - Orbital Power'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Nadia,

Thanks for the call this morning. I've had a word with the lead and we won't be taking you to the interview stage for the Signalling Design Engineer role. The project is all ETCS Level 2 and they really need someone who's already held an IRSE licence in design - that came up in our call as something you don't hold yet.

Once you've got the licence, please get back in touch. We're growing the signalling team next year.

Thanks,
Imran Shah
Resourcing Partner, Tracksure Rail Systems`, 'Signalling Design Engineer'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hi Dean,

Appreciate you taking my call on Friday. I've fed back to the client. They're a small family firm and the site manager role involves being hands-on with the lads and doing a bit of everything. From what you said about preferring to manage purely from the office and leave the day-to-day to the foremen, they don't feel it'd be a good fit with how they run their jobs.

Sorry it's not better news.
Louise
Brickline Recruitment`, 'Site Manager - feedback'),

  rej('screen', ['salary', 'location'], { ...fb },
    `Hi Priyanka,

Following our phone screen for the Process Engineer role at the Immingham terminal: the business can't meet the £58k you'd need, the band is £46-50k, and they also can't offer the hybrid arrangement you asked for because the role is five days on site. I'm going to close this one off for you.

Kind regards,
Simon Tate
Recruitment, Humber Bulk Terminals`, 'Process Engineer - Immingham'),

  rej('screen', ['position_filled'], { ...door },
    `Hi Jack,

Thanks for the chat on Monday about the Electrical Estimator role. It moved faster than expected and the client has already offered it to another candidate who accepted this morning. Really sorry about the timing.

I'll keep you on my radar for the next estimator job that comes through - there's usually a few each month.

Matt Evans
Voltage Recruitment`, 'Electrical Estimator'),

  rej('screen', ['overqualified'], { ...fb },
    `Dear Helen,

Thank you for speaking with me about the Assistant Planner role. Having considered our conversation, we think your 15 years as a Lead Planner on major infrastructure, including Primavera P6 programmes worth £400m+, is substantially more than this junior role requires, and we are concerned it would not offer you enough challenge. We have therefore decided not to proceed.

Yours sincerely,
Ruth Gallagher
HR Manager, Castlemount Homes`, 'Assistant Planner - Castlemount Homes'),

  rej('screen', ['role_closed'], {},
    `Hi Leon,

Following up from our call. Bad news I'm afraid - the client has lost the facilities maintenance contract at the airport to another provider, so the Shift Engineer roles we discussed won't exist after March. We have to withdraw the vacancy.

Steph
Apex Technical Staffing`, 'Shift Engineer - airport contract'),

  // ── Tests and assessments
  rej('assessment', ['assessment'], { ...fb },
    `Dear Liam,

Thank you for attending the practical trade test at our Coventry training centre on 12 November for the position of Maintenance Electrician.

Unfortunately you did not pass the assessment. The assessor noted that the motor control circuit was wired correctly, but the fault-finding section was not completed within the time allowed and the safe isolation procedure was not followed in full (no proving unit used before testing for dead).

We will not be progressing your application further.

Regards,
Engineering Recruitment
Halcyon Foods Manufacturing`, 'Trade test result'),

  rej('assessment', ['assessment'], {},
    `Hi Chen,

Thanks for completing the online mechanical reasoning and numerical tests for the Engineering Apprenticeship. Unfortunately your results did not meet the level required to move to the next stage.

Best wishes,
Apprenticeship Team, Stratus Aerospace`, 'Your apprenticeship application - test results'),

  rej('assessment', ['generic'], {},
    `Dear Mr Walsh,

We refer to your conditional offer of employment as a Plant Operator at the Kalgara mine.

The offer was conditional upon satisfactory completion of a pre-employment medical and drug and alcohol screening. We have received the results and regret to advise that the conditions of the offer have not been met. The conditional offer is therefore withdrawn.

Yours sincerely,
Human Resources
Kalgara Resources Ltd`, 'Conditional offer - Plant Operator'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Sophie,

Thanks for doing the Excel and take-off exercise for the Junior Estimator role. You scored 54% against a pass mark of 70% - the quantities for the blockwork were right but the groundworks section had a number of errors in the excavation volumes.

Honestly it was close, and we'd be happy to see you apply again in six months or so when you've had a bit more time on live tenders.

Regards,
Tom Bellamy
Estimating Manager, Marlow & Finch Contractors`, 'Estimator exercise'),

  rej('assessment', ['generic'], {},
    `Dear Candidate,

Thank you for completing the background screening for the Airside Maintenance Technician role at Halstone Airport. Airside roles require a successful 5-year referenced history and counter-terrorist check. We have not been able to complete these checks satisfactorily and are therefore unable to progress your application.

Halstone Airport Resourcing`, 'Halstone Airport - background check'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Kwame,

Thank you for completing the technical assessment for the Controls Engineer position. The reviewers found your PLC ladder logic solid, but the SCADA section showed limited familiarity with Siemens WinCC, which is the platform used across all of our water treatment sites. Your overall score fell below the threshold for interview.

We will not be progressing your application on this occasion.

Kind regards,
Talent Team, Aquaterra Water Services`, 'Controls Engineer - assessment outcome'),

  rej('assessment', ['profile_mismatch'], {},
    `Hi Owen,

Thanks for completing the situational judgement test for the Track Maintenance Apprenticeship. We've now looked at the whole picture alongside your application form, and we've made offers of assessment days to applicants whose applications more closely matched what we're looking for.

Good luck,
Ironvale Rail Apprenticeships`, 'Apprenticeship update'),

  rej('final', ['assessment'], { ...offered },
    `Hello Ruairi,

Thank you for attending our assessment centre on Thursday for the Graduate Civil Engineer scheme. I'm sorry to tell you that your performance across the group exercise and the design task was not strong enough for us to offer you a place.

If you would find feedback helpful, I'm happy to arrange a short call - just reply to this email.

Kind regards,
Orla Byrne
Graduate Recruitment, Kinsale Civil Partnership`, 'Graduate scheme assessment centre'),

  rej('assessment', ['assessment'], { ...fb },
    `Marek,

Unfortunately the weld test didn't pass. The 6G coupon failed the bend test - lack of fusion on the root. The client can't put you on the pipeline job without a coded pass.

You can retake in 4 weeks if you want, let me know.

Gaz
Steelspan Labour Hire`, 'weld test'),

  // ── Interviews
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Rachel,

Thank you for coming to our Manchester office on Wednesday to interview for the Senior Geotechnical Engineer role. The panel enjoyed meeting you and talking about the Salford flood scheme.

After careful consideration we have decided to offer the role to another candidate. The main factor was experience of piled foundation design to Eurocode 7 on large commercial schemes, which is central to the pipeline of work this role will lead, and where we felt your experience was more limited.

If you would like to talk through the decision in more detail, please let me know and I'll set up a call with Andrew, who chaired the panel.

Best regards,
Laura Fenwick
Talent Acquisition Manager
Pennine Ground Engineering Ltd`, 'Senior Geotechnical Engineer - interview outcome'),

  rej('interview', ['generic'], {},
    `Hi Tony,

Thanks for interviewing with us for the Fleet Maintenance Supervisor role. Unfortunately you have not been successful on this occasion.

Regards,
Carla
Roadmore Transport`, 'Interview outcome'),

  rej('interview', ['culture_fit'], { ...fb },
    `Dear Fraser,

Thank you for interviewing for the Production Supervisor position at our Livingston bakery. We appreciated your openness during the interview.

The panel felt that your management approach, which you described as firm and top-down, would not sit well with the way our production teams work. We run self-directed teams on each line, and the supervisor's role is very much to coach rather than direct. For that reason we will not be offering you the role.

Kind regards,
Morag Cullen
Site People Lead, Clydesdale Bakeries`, 'Production Supervisor - Livingston'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Yusuf,

Thank you for taking part in the video interview for the Warehouse Operations Manager role last week. We have since offered the position to another candidate, who has accepted.

It was a close decision and we'd welcome an application from you for future management vacancies across our network.

Kind regards,
Harriet Cole
Recruitment Lead, Meridian Distribution`, 'Warehouse Operations Manager - Meridian'),

  rej('interview', ['internal_candidate'], { ...door },
    `Dear Ms Kowalczyk,

Thank you for attending an interview for the position of Asset Engineer (Overhead Lines) on 4 September.

Following the interviews, the position has been offered to an existing member of staff within the Network Operations directorate. Although you were not successful on this occasion, we were impressed with your knowledge and would encourage you to apply for future vacancies with us.

Yours sincerely,
Recruitment Services
Severnbridge Electricity Networks

This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it.`, 'Asset Engineer (Overhead Lines) - Interview Result'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Diego,

Thanks for coming in to meet Sarah and me for the Supply Chain Analyst job. We've now finished interviewing and have decided to go with a candidate whose experience was a closer match to the role.

Best,
Kieran Doyle
Supply Chain Manager, Northgate Beverages`, 'Supply Chain Analyst'),

  rej('interview', ['role_closed'], { ...door },
    `Dear Abdul,

Thank you for your interview on 19 June for the Commissioning Engineer role on the Hartmoor Energy from Waste project.

I'm sorry to tell you that the client has decided not to proceed with the project at this time, following a change in their funding position. As a result we are closing all of the project recruitment, including this role.

We thought highly of you in the interview and we'll contact you directly if we secure a similar project in the next year.

Kind regards,
Natalie Gunn
HR Manager, Everline Process Engineering`, 'Commissioning Engineer - Hartmoor EfW'),

  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Hi Aroha,

Thanks for the Teams interview on Thursday for the Mine Electrician role. The superintendent liked you, but two things stopped it: you'd need a Queensland electrical licence (you're currently NZ-registered and the mutual recognition hasn't come through), and the role is residential in Moranbah, not FIFO, which you said you'd rather not do.

So we won't be offering on this one.

Cheers,
Brett Hollis
Recruitment Advisor, Bowen Basin Coal Co.`, 'Mine Electrician - Moranbah'),

  rej('interview', ['salary'], { ...fb },
    `Dear Pieter,

Thank you for the interview on Tuesday for the position of Electrical Project Engineer.

We have discussed your application internally, and while the technical discussion went well, we are unable to meet the salary of €85,000 you asked for. The maximum for this position is €72,000 and we don't see room to move on that. For that reason we will not make you an offer.

Met vriendelijke groet,
Annelies de Boer
HR, Vanderlaan Installatietechniek B.V.`, 'Electrical Project Engineer'),

  rej('interview', ['generic'], { ...offered },
    `Dear Michelle,

Thank you for attending an interview for the post of Building Services Engineer. I regret to inform you that on this occasion your application has been unsuccessful.

Should you wish to receive feedback, please contact the recruiting manager, Mr David Holt, on 01632 960 455.

Yours sincerely

Human Resources
Weyford Borough Council`, 'Building Services Engineer - interview result'),

  rej('interview', ['overqualified'], { ...fb, ...door },
    `Hi Sanjay,

Thanks so much for coming to see us on Friday. I really enjoyed the discussion, particularly hearing how you set up the maintenance strategy at the Dahej plant.

I've given it a lot of thought, and I don't think the Maintenance Planner role is the right one for you. With your background as a maintenance manager for a whole site, you'd be doing a fraction of what you're capable of, and I'd worry you'd be looking to move on within the year. We're going to go with someone earlier in their career.

If an engineering manager role opens here, and it might next year, I'd love you to apply.

Best,
Julia Marsh
Engineering Manager, Coltham Pharmaceuticals`, 'Thank you for Friday'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Mr Haddad,

Further to your interview for the role of Rolling Stock Technician at our Ilford depot, I am writing to let you know you have not been successful.

The interview panel noted that you did not yet have experience on Class 345 or similar EMU traction equipment, which is essential for the shift pattern as technicians work unsupervised on nights.

Yours sincerely,
Depot Recruitment
Eastrail Fleet Services`, 'Rolling Stock Technician - Ilford'),

  rej('interview', ['culture_fit', 'profile_mismatch'], { ...fb },
    `Hi Olu,

Thank you for interviewing for the Lead HSE Adviser role. We won't be taking you forward. The panel felt another candidate matched the role more closely overall, and there was some concern about your approach to engagement - your answers leaned heavily on enforcement and issuing stop cards, whereas our site culture is built on coaching and behavioural safety conversations.

Thanks again,
Dawn Fairley
Head of SHEQ, Redgate Construction`, 'Lead HSE Adviser'),

  rej('interview', ['role_closed'], {},
    `Hi Fran,

I've just come out of a meeting and wanted to tell you straight away. We've had a group-wide hiring freeze put in place effective today, and the Quality Engineer role you interviewed for last week is included. It's not going to be filled, so I have to close your application.

Really sorry,
Ed Parkin
Quality Manager, Dunmore Castings`, 'QE role'),

  rej('interview', ['position_filled'], {},
    `Your interview - Track Engineer (Ref: TE-117)

Dear Sean,

Thank you for attending interview. We wish to inform you that the post has now been filled.

Regards,
HR Services, Greenwood Rail Infrastructure`, 'Ref TE-117'),

  rej('interview', ['location'], { ...fb, ...door },
    `Dear Ingrid,

Thank you very much for your time in the interview for the Offshore Wind Service Technician role. We were impressed with your technical background.

During the interview you mentioned you would not be able to relocate to Esbjerg before the autumn, and that you would prefer a base in Hamburg. Unfortunately this role must be based in Esbjerg from the start of the season in April, as technicians join the crew transfer vessel rotation from there. We are therefore not able to offer you the role.

We would be happy to hear from you again for the next season's recruitment.

Venlig hilsen
Mette Lund
Recruitment, Nordvind Service A/S`, 'Service Technician - Esbjerg'),

  rej('interview', ['generic'], { ...door },
    `Hi Ricky,

Cheers for coming down to the yard for a chat about the Scaffolding Supervisor job. We've decided to go another way on this one. Keep an eye out, we're always busy in the summer and I'll keep your number.

Steve
Highpoint Access Ltd`, 'Scaff supervisor'),

  rej('interview', ['skills_gap'], { ...fb, ...offered, ...door },
    `Dear Charlotte,

Thank you for meeting with us on 3 March for the Project Engineer (Water) role.

We have decided not to offer you the position. The main gap the panel identified was NEC4 contract administration - you've worked under JCT, but this framework is entirely NEC4 and the project engineer issues compensation events and early warnings from day one.

I know this is disappointing. I'm happy to talk it through in more detail if that would help, and we'd be glad to see an application from you again once you've picked up some NEC experience.

With best wishes,
Ravi Chandra
Operations Director, Tavistock Utilities Delivery`, 'Project Engineer (Water)'),

  rej('interview', ['internal_candidate'], {},
    `Hi Georgia,

Thanks for the interview last Tuesday for the Production Planner role. We've decided to appoint one of our current schedulers who has been covering the role for the last few months.

All the best,
Ian
Ops Manager, Vantage Print & Pack`, 'Production Planner'),

  rej('interview', ['salary', 'overqualified'], { ...fb },
    `Dear Raj,

Thank you for interviewing for the Shift Process Technician role at the Teesside ammonia plant.

We have considered your application carefully. Your experience as a chartered process engineer and former area manager is well beyond what this technician-grade role needs, and the salary you are looking for (£65k) is considerably above the grade (£41-44k plus shift allowance). We have therefore decided not to offer you the position.

Yours sincerely,
Resourcing, Tees Valley Nitrogen Ltd`, 'Shift Process Technician'),

  rej('interview', ['profile_mismatch'], { ...offered, ...door },
    `Hello Bartek,

Thank you for the interview on Monday for the Logistics Team Leader position at our Daventry DC. On this occasion we will not be offering you the role, as we felt other candidates had experience more closely aligned to the job.

Feedback is available on request, and you're welcome to apply for other vacancies on our careers site.

Kind regards,
Nicola
People Advisor | Arcwell Retail Logistics`, 'Logistics Team Leader - Daventry'),

  rej('interview', ['assessment'], { ...fb },
    `Dear Ms Nwosu,

Thank you for attending the interview and technical presentation for the Senior Bridge Engineer role.

The panel felt your interview answers were strong. However the technical exercise, in which you were asked to check a deck slab design, did not identify the missing load combination for abnormal vehicles, which we regard as a fundamental check for this role. On balance we have decided not to offer you the post.

Regards,
Highways Structures Team Recruitment
Corran Engineering Partnership`, 'Senior Bridge Engineer - outcome'),

  rej('interview', ['generic'], {},
    `Hi Mia,

Unfortunately we've decided not to progress your application for the Inventory Controller role following your interview. Thanks for your time.

Sent from my iPhone`, 'Re: Interview Thursday'),

  rej('interview', ['location'], { ...fb },
    `Dear Joseph,

Thank you for interviewing for the Power Station Instrument Technician role. As discussed at the end of the interview, the role requires security clearance to work within the nuclear licensed site, which needs at least five years' UK residency. As you moved to the UK in 2023 we are unable to put you through vetting, so we will not be able to offer you employment.

I am sorry we could not take this further.

Yours sincerely,
Martin Hale
C&I Section Head, Bradwell Point Generation`, 'Instrument Technician - clearance'),

  // ── Final rounds
  rej('final', ['position_filled'], { ...door },
    `Dear Catherine,

Thank you for presenting to the project board on Thursday as one of the final candidates for the Project Director role on the Eastfield Hospital scheme.

The board has now made its decision and has offered the role to another candidate, who has accepted. I know this will be disappointing. You were a very strong finalist and the board asked me to say they would be pleased to consider you for future director appointments across the group.

With kind regards,
Philip Ashworth
Group HR Director, Morrow Lane Construction plc`, 'Project Director - Eastfield Hospital'),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Hi Andreas,

I'm sorry to tell you that after the final round and site visit at Hallbrook, we've decided to go with another candidate for the Site Operations Manager role.

The key difference was COMAH experience. The other finalist had run an upper-tier COMAH site, and given where we are with the regulator, the MD felt that was decisive. Everything else about your application was really strong.

Happy to go through it in more detail on a call if you'd like.

Kate Harrow
Head of Talent, Hallbrook Speciality Chemicals`, 'Site Operations Manager'),

  rej('final', ['generic'], {},
    `Dear Luca,

Thank you for attending the final interview for the position of Mechanical Engineering Lead. After very careful consideration, the panel has decided not to offer you the position.

Yours sincerely,
Recruitment, Ardent Turbines GmbH`, 'Final interview outcome'),

  rej('final', ['internal_candidate'], { ...fb },
    `Hi Hamza,

Thank you for making it through to the final two for the Head of Supply Chain role, and for your presentation to the leadership team.

In the end the board decided to appoint Claire, our current Procurement Director, who has been leading the supplier consolidation programme. It was a difficult decision, and I wanted you to hear it from me directly.

Best,
Owen Rhys
CEO, Tanwell Foods`, 'Head of Supply Chain'),

  rej('final', ['role_closed'], { ...door },
    `Dear Victoria,

I am writing following your final interview for the Rail Systems Integration Manager role.

Last week the client paused the procurement of the Phase 2 contract indefinitely, and we have taken the decision to withdraw the role rather than keep you waiting without a date. This is no reflection on you; you were our preferred candidate.

We would very much like to stay in touch and will contact you directly if the programme restarts or a comparable role opens.

Kind regards,
Imogen Shaw
Director of Resourcing, Stellan Rail Consulting`, 'Rail Systems Integration Manager'),

  rej('final', ['culture_fit'], { ...fb },
    `Hey Niall,

Thanks for spending the whole day with us at the plant on Friday. I've pulled together views from everyone you met.

This wasn't an easy one, but we're not going to make you an offer for Continuous Improvement Manager. The consistent theme from the operators and supervisors was that you came across as very data-led and quite distant on the shop floor walk, and this role lives or dies on winning over the shift teams. We think there's a mismatch in style for what we need right now.

Thanks again,
Beth
Plant Manager, Wexcombe Glass`, 'CI Manager - decision'),

  rej('final', ['profile_mismatch'], { ...offered },
    `Dear Emeka,

Thank you for attending the final panel interview for the Principal Electrical Engineer role at Okavango Mining's Lusaka office.

After careful deliberation, the panel selected a candidate whose overall profile more closely matched the requirements of the position. Please accept our sincere thanks for your time.

Should you wish to receive feedback, please write to careers@okavango-mining.example and we will be happy to arrange it.

Regards,
Human Capital Department`, 'Principal Electrical Engineer'),

  rej('final', ['salary'], { ...fb },
    `Hi Grace,

Thanks for coming through the final stage, and for being open with us about the numbers. We tried hard, but we can't bridge the gap between the £95k package you need and the £82k we've been given for the Head of Engineering role. So we'll have to leave it there.

Sorry - I was hoping we'd find a way.

Rob Sterling
Managing Director, Sterling Hydraulics`, 'Head of Engineering - sorry'),

  rej('final', ['generic'], { ...offered },
    `Dear Shauna,

Following our reference checks after your final interview for the role of Construction Manager, I regret to advise that we are unable to proceed with your appointment.

If you would like to discuss this, please contact me directly.

Regards,
Caroline Price
HR Manager, Belmont Civil Works`, 'Construction Manager'),

  rej('final', ['position_filled', 'skills_gap'], { ...fb },
    `Dear Tariq,

Thank you for being part of the final shortlist for the Terminal Engineering Manager role at Southport Airport.

We have now appointed to the role. The successful candidate brought extensive experience with baggage handling systems, which you told us you had only limited exposure to, and that was the deciding factor.

Yours sincerely,
Airport People Services`, 'Terminal Engineering Manager - outcome'),

  rej('final', ['location'], { ...fb, ...door },
    `Hi Kieran,

Thanks for coming out to Kalgoorlie for the site visit and final interview. Everybody liked you. The snag is the roster: the role is an 8:6 residential in Kambalda, and you told us you need to stay in Perth for family reasons. We can't make that a FIFO role, so it's a no on this one.

We have FIFO supervisor roles coming up on the new decline project next year and I'll be in touch about those.

Cheers,
Lisa Trent
Recruitment Lead, Goldfields Underground Services`, 'Underground Supervisor'),

  // ── Plain and short
  rej('application', ['generic'], {},
    `Dear Applicant, thank you for applying for Quality Inspector (CNC). Unfortunately you have not been selected to progress further. Regards, Precision Parts Ltd`, 'Quality Inspector (CNC)'),

  rej('application', ['position_filled'], { ...door },
    `Hi Conor,

Thanks for applying for the Banksman / Slinger role on our Birmingham site. The vacancy is now filled. We'll keep your details and contact you about the next job if your tickets (CPCS A40) still fit.

Regards,
Labour desk, Midland Plant & Labour`, 'Banksman role'),

  rej('application', ['internal_candidate'], {},
    `Dear Kaveh,

Thank you for your application for the position of Senior Planning Engineer (Primavera). Please be advised that the vacancy has been filled through internal promotion and will not be proceeding to external interview.

Regards,
Talent Services, Qassim Petrochemicals`, 'Senior Planning Engineer'),

  rej('interview', ['internal_candidate'], { ...door },
    `Hi Kelly,

Just a quick one about the Transport Planner role you interviewed for on the 3rd. One of our drivers who's been doing planning cover has been given the job. Sorry - you did really well, and I'll be in touch when the next office role comes up.

Mark
Transport Manager, Hollins Haulage`, 'Planner job'),

  rej('application', ['role_closed'], {},
    `Dear Ana,

Your application for Apprentice Maintenance Fitter (Site: Dunhill) has been withdrawn because the vacancy has been cancelled.

This is an automated message. Please do not reply.

Kingsbridge Foods Recruitment Portal`, 'Application status update'),

  rej('screen', ['role_closed', 'position_filled'], {},
    `Hi Patrick,

Follow-up from our call last week about the two QS roles on the Finsbury job. One was filled by someone the client already knew, and the client has now decided not to recruit the second one at all due to the programme slipping. So nothing for you there, I'm sorry to say.

Harry Vale
Meridian Commercial Recruitment`, 'QS roles - Finsbury'),

  rej('application', ['profile_mismatch'], {},
    `Thank you for your application for Field Service Engineer – Medical Devices. After review we have decided not to proceed, as your experience does not closely match the requirements of the role.

Kind regards
Talent Acquisition | Helixa Medical Systems`, 'Helixa Medical Systems - Your application'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Sara,

Good to speak yesterday. Having talked it over with the hiring manager we don't think your background is the right fit for the Energy Trader role at this stage, but I'd like to keep your CV on file for engineering-side roles in the generation team.

Warm regards,
Joanna Clive
Talent Partner, Albion Power`, 'Albion Power - Energy Trader'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Dominik,

Thanks for the interview for the Forklift Team Leader role. We're going with someone else. You'd need a counterbalance and reach truck licence (RTITB) which we mentioned is essential as leaders cover shifts on the trucks. Best of luck.

Carl, Westgate Chilled Distribution`, 'Team Leader role'),

  rej('final', ['overqualified'], { ...fb },
    `Dear Mr Lindqvist,

Thank you for taking part in the final stage for the position of Operations Manager at our Gävle terminal. The panel recognised the depth of your career, including running an entire port. We concluded that a candidate with your level of seniority would find this role, which reports to the terminal director and has a limited remit, too narrow, and we have selected a candidate whose experience fits the scope more closely.

Med vänliga hälsningar,
Human Resources, Norrhamn Terminals AB`, 'Operations Manager - Gävle'),

  rej('interview', ['position_filled', 'internal_candidate'], {},
    `Dear Hugo,

Thank you for your interview for the Substation Design Engineer post. The role has now been filled by a colleague transferring from our Glasgow office.

Yours sincerely,
Resourcing, Caledon Grid Engineering`, 'Substation Design Engineer'),

  rej('final', ['culture_fit'], { ...fb },
    `Hello Simone,

Thank you for spending the day at our assessment centre for the Operations Graduate Programme. Based on the group exercises, the assessors felt that your preference for working alone on the case task and not bringing others in would make it difficult to thrive in our team-based rotations. We will therefore not be offering you a place.

Best wishes,
Emerging Talent Team, Harwood Aggregates`, 'Graduate programme assessment centre'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Pawel,

Thanks for applying for the Electrician (Approved) role. Unfortunately we need someone with the 18th Edition and the 2391 Inspection & Testing qualification, and your CV only shows the 17th Edition. We can't take this further for now.

Emma
Brightwire Electrical Services`, 'Approved Electrician'),

  // ── On hold
  hold('application', ['role_closed'], { ...door },
    `Dear Mark,

Thank you for your application for the Civil Engineer role on the A47 junction improvement.

The contract award for this scheme has been delayed while the client completes its review of tenders, and we have paused recruitment for the project until a decision is made. We expect to know more in February. Your application remains active, and we will contact you once we're able to move forward.

Kind regards,
Resourcing, Fenland Highways Ltd`, 'Civil Engineer - A47 update'),

  hold('interview', ['generic'], {},
    `Hi Ayesha,

Just a quick update: we're still waiting for the project director to sign off on the final decision for the Document Controller role, and he's on site in Qatar until the 20th. You're still very much in the frame, I just didn't want you to think we'd forgotten you.

Thanks for your patience,
Sinead
HR, Dorrington Engineering`, 'Document Controller update'),

  hold('screen', ['role_closed'], {},
    `Hi Jamal,

Following our call last week, the client has asked us to pause all recruitment for the Wind Turbine Technicians until they've confirmed the O&M contract with the developer. Nothing has been decided against you - it's on hold, not cancelled. I'll be back to you as soon as I hear anything.

Best,
Rhys
Tidal Reach Energy Recruitment`, 'Turbine Tech roles - on hold'),

  hold('final', ['role_closed'], {},
    `Dear Vanessa,

Thank you for your patience since your final interview for the Head of Maintenance position. I wanted to let you know that our parent company has put all senior appointments on hold pending the outcome of the strategic review, which we expect to complete by the end of the quarter.

We have not made a decision on the role and you remain our preferred candidate. I'll be in touch as soon as we are able to move.

Kind regards,
Elaine Moss
HR Director, Wrekin Precision Engineering`, 'Head of Maintenance'),

  hold('assessment', ['generic'], {},
    `Hi Bogdan,

Your trade test results for the Pipefitter role have been received. Unfortunately there's a delay on the client side getting the interview slots confirmed as the shutdown schedule has moved. It'll probably be another couple of weeks before we can book you in. Sit tight.

Labour Hire Team, Ironclad Industrial Services`, 'Pipefitter - next steps'),

  hold('interview', ['role_closed'], {},
    `Dear Jun,

I am writing to update you on the Logistics Manager position for which you were interviewed. Due to an ongoing restructure of our European warehousing network, the company has temporarily frozen this recruitment. The role has not been cancelled and your application remains under consideration. We hope to resume the process in the new year.

Yours sincerely,
Talent Acquisition, Kestrel Global Freight`, 'Logistics Manager - update'),

  hold('application', ['generic'], {},
    `Hi Oscar,

Thanks for your application for the Maintenance Engineer job. We're running a bit behind on shortlisting because of the shutdown at the plant, so it'll be another two or three weeks before we get back to applicants. Apologies for the delay.

Recruitment, Calderbrook Paper Mill`, 'Maintenance Engineer application'),

  hold('interview', ['role_closed'], {},
    `Hi Zara,

Sorry for the silence since your interview. The tender for the Newport rail depot, which this Site Engineer role depends on, has been pushed back by the client to at least March. We're holding the recruitment until then rather than closing it. You're still on our shortlist.

Best,
Neil Crosby
Operations Manager, Crosby Rail Civils`, 'Site Engineer - Newport'),

  hold('screen', ['generic'], {},
    `Hi Kofi,

Just keeping you posted. The hiring manager for the Electrical Maintenance Technician post is on leave until the 14th, so I can't get interviews booked until then. Still keen to put you forward.

Joanne
Aspire Engineering Recruitment`, 'Re: Electrical Maintenance Technician'),

  hold('final', ['role_closed'], { ...offered },
    `Dear Simon,

Thank you for your time at the final presentation for the Renewables Development Manager role.

The board has taken the decision to delay the appointment until the outcome of the grid connection application for the Carnmore solar farm is known, which is now expected in May. No decision has been made on candidates, and we would like to keep you in the process. If you'd like to discuss where things stand in the meantime, please call me.

Regards,
Gemma Doyle
People Director, Atlantic Green Energy`, 'Renewables Development Manager'),

  // ── Look-alikes
  other(`Dear Callum,

Your site induction for the Harbour Quarter project has been booked for Monday 9 March at 07:30 at the site cabin, Dock Street gate. Please bring your CSCS card, photo ID, and your own PPE (hard hat, hi-vis, safety boots, gloves, glasses). Inductions start promptly and late arrivals will not be admitted.

Site Admin, Carrick Build`, 'Site induction booking'),

  other(`Hi Tane,

Your pre-employment medical and drug & alcohol test for the Pilbara maintenance role is booked:
Date: 12 August
Time: 8:15am
Location: WorkFit Clinic, 44 Hay Street, Perth
Please bring photo ID and fast for 8 hours beforehand. Results go straight to us.

Cheers,
Jade
Redrock Labour Solutions`, 'Medical booking'),

  other(`Dear Daniel,

We are pleased to offer you the position of Offshore Mechanical Technician with Northhaven Energy Services, working a 3 weeks on / 3 weeks off rotation on the Kelpie platform. Your day rate, travel arrangements from Aberdeen heliport, and start date are set out in the attached contract.

Please sign and return the contract by Friday. If you have any questions, don't hesitate to contact me.

Kind regards,
Fiona Grant
HR Adviser, Northhaven Energy Services`, 'Offer of employment'),

  other(`Hi Ryan,

Good news - I've put you forward to the client for the Contracts Manager role with Bellgrove Developments. They're reviewing CVs this week and I'll let you know as soon as I hear back.

Thanks,
Amy
Hartfield Construction Recruitment`, 'Put forward - Contracts Manager'),

  other(`New jobs matching your alert "Electrical Engineer, within 25 miles of Derby":

• Electrical Design Engineer - Derby - £45,000-£52,000
• Maintenance Electrician (Days) - Burton - £20/hr
• E&I Technician - Nottingham - £42,000

View all jobs >
You are receiving this email because you signed up for job alerts. Unsubscribe.`, 'Your job alert: 3 new jobs'),

  other(`Hi Marek,

Timesheets for w/e 14 June need to be submitted by 12pm Monday through the portal. Any missing shifts won't be paid until the following week. Reminder that nights are paid at 1.33x.

Payroll Team, Steelspan Labour Hire`, 'Timesheet reminder'),

  other(`Dear Lucy,

Thank you for your application for the role of Graduate Electrical Engineer at Wessex Grid. We have received your application and our team will review it over the coming weeks. Due to the volume of applications we can't respond individually to every enquiry, but we will contact you regarding the outcome.

Wessex Grid Early Careers`, 'Application received'),

  other(`Hi Adam,

Thank you for coming in for your interview for the Site Manager role. We're still seeing a couple of other candidates this week and expect to make a decision early next week. We'll be in touch either way.

Kind regards,
Claire Mills
Operations, Redmere Homes`, 'Thank you for coming in'),

  other(`Dear Sasha,

We're pleased to invite you to the practical trade test for the Multi-Skilled Engineer position.

Date: Wednesday 21 May
Time: 09:00 - 12:30
Location: Engineering Training Centre, Unit 4, Brookfield Park

The test covers electrical fault finding, a mechanical alignment task and a short written safety paper. Please bring safety boots.

Regards,
Recruitment, Colbridge Beverages`, 'Invitation: Trade test'),

  other(`Hi Priti,

Confirming your withdrawal from the Process Safety Engineer recruitment, as requested. We're sorry to see you go, and we wish you all the best in your new role.

Kind regards,
Talent Acquisition, Humberside Refining`, 'Withdrawal confirmed'),

  other(`Welcome to Tarrant McKee!

Hi Joel, we're delighted you're joining us as an Assistant Site Engineer. Before your first day, please complete the following in our onboarding portal:
1. Right to work check (upload passport)
2. Bank details
3. Emergency contact
4. Read and sign the site safety handbook

Your first day is Monday 2 February at the Carrow Bridge site office. Your line manager, Pete, will meet you at 07:30.

People Team`, 'Onboarding - action required'),

  other(`Dear Nathan,

Following your successful interview, we are pleased to confirm the next step for the Rail Technician Apprenticeship: an assessment day at our Doncaster depot on 4 April. You'll do a team exercise, a practical task and a short interview with the depot manager.

Please confirm your attendance by replying to this email.

Ironvale Rail Apprenticeships`, 'Assessment day invitation'),

  other(`Hi Chloe,

Thanks for your patience. Just confirming you're still in the process for the Quantity Surveyor role - the director is reviewing the shortlist this week and I'll be in touch by Friday with next steps.

Thanks,
Mike Daly
Keystone Commercial Recruitment`, 'QS update'),

  other(`Dear Candidate,

Thank you for registering with Ironclad Industrial Services. Your profile is now live in our talent pool and our consultants will match you with suitable shutdown and project work as it comes in.

Make sure your tickets (CSCS, confined space, working at height) are uploaded and in date so we can put you forward quickly.

Ironclad Industrial Services`, 'Welcome to our talent pool'),

  other(`Hi Omar,

Your roster for the Kestrel mine is confirmed: 14 days on / 7 days off, day shift 6am-6pm. First swing starts 3 March; flights from Brisbane will be sent separately by the travel team. Please bring steel caps and your signed medical clearance.

Regards,
Site Admin, Bowen Basin Coal Co.`, 'Roster confirmation'),

  other(`Dear Hannah,

Unfortunately we need to reschedule your interview for the Planning Engineer role, originally set for Tuesday at 10am, as the hiring manager has been called to site. Could you do Thursday at 2pm instead? Apologies for the inconvenience.

Kind regards,
Rosie Tate
Recruitment Coordinator, Fenland Highways`, 'Interview reschedule'),

  other(`Hi Ben,

I'm sorry your BOSIET lapsed before the mobilisation - I know that's frustrating. I've booked you onto the FOET refresher at the Aberdeen training centre next Wednesday, so you'll still make the 2nd crew change. Your place on the rotation is safe.

Rory
Granite Energy Personnel`, 'FOET booking'),

  other(`<html><body>
<h2>Engineering Careers Newsletter - Spring</h2>
<p>This month: how to get chartered with the ICE, what employers look for in a CSCS card holder, and five tips for your first FIFO swing.</p>
<p>Plus: 120+ new roles across rail, power and construction.</p>
<p><a href="#">Read more</a> | <a href="#">Unsubscribe</a></p>
</body></html>`, 'Engineering Careers Newsletter'),

  other(`Hi Leon,

Thanks for letting us know you've accepted another offer. We completely understand and we'll close your application for the Shift Engineer role. Best of luck with the new job!

Steph
Apex Technical Staffing`, 'Re: Shift Engineer'),

  other(`Dear Thomas,

Congratulations! Following your final interview we are delighted to offer you the position of Senior Project Manager at Morrow Lane Construction, starting on 1 June. Your offer letter, which sets out your salary of £88,000, car allowance and benefits, is attached.

Please note the offer is subject to satisfactory references and a pre-employment medical.

Kind regards,
Philip Ashworth
Group HR Director`, 'Offer - Senior Project Manager'),

  other(`Hi Gemma,

Thanks for your application for the Supply Chain Coordinator role. Unfortunately our recruitment system had a glitch last week and some attachments didn't come through. Could you please re-send your CV to this address? Sorry for the hassle.

Megan @ Quayside Freight`, 'CV request'),

  other(`Dear Applicant,

Thank you for your interest in working for Halstone Airport. To continue with your application for Airside Maintenance Technician, you need to complete the online background screening form within 5 working days. Applications without a completed form cannot proceed.

Halstone Airport Resourcing
This is an automated message, please do not reply.`, 'Action required: background screening'),

  other(`Hi Nadia,

Thanks for sending the certificate through. All good - I've updated your file and passed your details to the signalling lead. He'd like a 30-minute video call next week. What days suit you?

Imran
Tracksure Rail Systems`, 'Next step'),

  other(`Dear Rachel,

Thank you for applying for the Senior Geotechnical Engineer position. We have shortlisted you for interview and would like to invite you to our Manchester office on Wednesday 14 May at 10:00. The interview will be with Andrew Pryor (Technical Director) and Laura Fenwick (Talent Acquisition) and will last around an hour.

Best regards,
Pennine Ground Engineering Ltd`, 'Interview invitation'),

  other(`Hi all,

Reminder that the client's site visit is on Thursday. Hard hats, boots, hi-vis and glasses required. Meet at the main gate 09:00 - if you're not on the list the security lads won't let you in.

Cheers,
Paul
Site Manager, Carrick Build`, 'Client site visit Thursday'),

  other(`Dear Aisha,

Thank you for your application to the Corvex Graduate Programme. We're pleased to invite you to complete our online assessments (numerical reasoning and a situational judgement test). You'll have 7 days to complete them from the date of this email.

Good luck!
Early Careers Team, Corvex Chemicals UK`, 'Next step: online assessment'),

  other(`Hi Tom,

Just letting you know your references came back fine and your start on the Kingsway job is confirmed for Monday. Report to the site cabin at 7:00 and ask for Martin, the site manager.

Cheers,
Keystone Site Recruitment`, 'Start confirmed'),

  other(`Dear Joanna,

Thank you for your enquiry. We currently have no vacancies for Structural Engineers, but we regularly post new roles on our website. You can register for job alerts so that you are notified when a suitable role opens.

Kind regards,
HR Team, Lindell Structures`, 'Re: Speculative application'),

  other(`Hi Ivan,

We're still reviewing applications for the Warehouse Manager role and hope to contact shortlisted candidates by the end of the month. Thank you for your patience.

Best,
Recruitment, Arcwell Retail Logistics`, 'Your application status'),

  other(`Hello Marta,

I wanted to thank you for your time yesterday. It was a pleasure speaking with you about the Process Engineer opportunity. The panel was impressed, and I'm pleased to say we'd like you to come back for a final interview and a tour of the plant. I'll send some dates shortly.

Regards,
Elliot Grey
Engineering Director, Northmoor Chemicals`, 'Thank you - next round'),

  other(`Dear Applicant,

Due to the high volume of applications, we have extended the closing date for the Rail Apprentice Scheme to 31 January. You don't need to do anything if you have already applied; your application will be considered along with all others after the closing date.

Eastrail Apprenticeships`, 'Closing date extended'),

  other(`Hey Liam,

Congrats - you passed the trade test! The assessor was really pleased with the fault-finding section. We'll send the interview invite in the next day or two.

Engineering Recruitment, Halcyon Foods Manufacturing`, 'Trade test result'),

  other(`Hi Jack,

Just checking in - are you still on the market? I've got a few electrical estimating roles coming through in the Midlands and I'd love to have a chat about what you're after now.

Matt Evans
Voltage Recruitment`, 'Catch up?'),

  other(`Dear Ms Kowalczyk,

Your application for Asset Engineer (Overhead Lines) has been submitted successfully. Reference: SEN-44192.

What happens next? We will review your application against the job requirements after the closing date. If you are shortlisted, we will contact you to arrange an interview.

Severnbridge Electricity Networks`, 'Application submitted - SEN-44192'),

  other(`Hi Ellie,

Thanks for getting in touch about feedback on your interview last month. I've booked a 20-minute call with the hiring manager for Tuesday at 4pm; the invite should be in your calendar.

Regards,
Kate Harrow
Head of Talent, Hallbrook Speciality Chemicals`, 'Feedback call booked'),

  other(`Hi Chris,

Re your query: yes, the Planner role is still open and we're interviewing next week. I've added you to the list - expect a call from the PM.

Ta,
Hollins Haulage`, 'Re: Planner role still open?'),

  other(`Dear Kyle,

Thank you for applying for the 2027 Apprentice Electrician intake. We're currently reviewing all applications and will be in touch in March with details of the next stage. Please check your spam folder regularly.

Sparrowhill Apprenticeships`, 'Application received - 2027 intake'),

  other(`Dear Jordan,

Your CSCS card renewal is due in 30 days. To avoid losing site access, please book your Health, Safety & Environment test and renew your card via the CITB website.

This reminder was sent by your employment agency, Pathway Driving Recruitment.`, 'Card renewal reminder'),

  other(`Hi Sean,

Thanks for your application. The Track Engineer post has had to be re-advertised as the grade has changed; your application will be carried over automatically and you don't need to reapply. We'll be in touch about interviews in the next few weeks.

HR Services, Greenwood Rail Infrastructure`, 'Ref TE-117 - re-advertised'),

  other(`Hi Fatima,

Thanks for the interview yesterday. We're making you a verbal offer for the Production Supervisor role on nights: 4 on / 4 off, 6pm-6am, £47k plus shift allowance. Written offer to follow. Can you let us know if you're happy to accept?

Regards,
Morag Cullen
Site People Lead, Clydesdale Bakeries`, 'Verbal offer'),
];
