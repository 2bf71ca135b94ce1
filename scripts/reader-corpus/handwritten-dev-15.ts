/**
 * Development messages of the fifteenth round, never sealed, aimed at the reasons and the flags (issue 9): retail
 * head offices, airlines, utilities, sports clubs, museums, law firms, biotech, gaming studios and local government,
 * in British, American, Indian, Australian and South African English; requirements named in passing, test results,
 * culture and working style, location and right to work, salary, overqualification, internal candidates and filled
 * posts in other words, specific feedback in polite sentences, open doors in P.S. lines and signatures, offers of
 * feedback in new words, and two reasons in one message. The rules may be checked against them and the model may be
 * trained on them.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej } = lineWriter('d15-');

const ats = '\n\n--\nPlease do not reply to this email; this mailbox is not monitored. Harrowgate Retail Group plc is an equal opportunities employer.';
const council = '\n\nMidvale District Council | Civic Centre, Market Street | www.midvale.gov.uk\nThis email may contain information that is confidential. If you are not the intended recipient, please delete it.';

export const HANDWRITTEN_DEV_15: readonly CorpusLine[] = [
  // ── generic, short and long
  rej('application', ['generic'], {},
    `Dear Priyanka,

Thank you for your interest in the Merchandise Planner role at Harrowgate Retail. We have now reviewed all applications and regret that we will not be progressing yours on this occasion.

Kind regards,
Head Office Recruitment${ats}`, 'Merchandise Planner - Head Office'),
  rej('application', ['generic'], {},
    `Hi Jonah, thanks for applying to Pixelforge. We've decided to go in a different direction for this opening. Good luck with the search! — Pixelforge Talent`, 'Your application: QA Tester'),
  rej('interview', ['generic'], { ...door },
    `Dear Thandiwe,

Thank you for meeting with us regarding the Legal Secretary vacancy at Mokoena & Partners. We have now concluded our interviews and unfortunately we will not be offering you the position.

We will keep your details on our database and may contact you should a suitable vacancy arise.

Yours faithfully,
Nomsa Dlamini
Office Manager`, 'Legal Secretary - Johannesburg'),
  rej('screen', ['generic'], {},
    `G'day Liam,

Thanks for the chat on Tuesday about the Ground Operations Coordinator job. I've spoken with the team and we won't be taking your application any further this time round.

All the best,
Kirsty | People & Culture | Southern Cross Regional Airlines`, 'Ground Operations Coordinator'),

  // ── profile_mismatch in new wordings
  rej('application', ['profile_mismatch'], {},
    `Dear Rohan,

Thank you for applying for the position of Regulatory Affairs Associate. Having gone through your CV against the requirements, we feel your profile does not align closely enough with what this role calls for. We wish you success in your career.

Regards,
HR Team, Vayuna Biologics Pvt. Ltd.`, 'Regulatory Affairs Associate'),
  rej('interview', ['position_filled', 'profile_mismatch'], {},
    `Hi Megan,

Thanks so much for coming in to meet the collections team last week. We really liked talking with you. We've now decided to offer the Assistant Curator role to a candidate whose background lines up more closely with the brief, so I'm sorry to say it won't be you this time.

Warmly,
Dr. Alice Pembroke
Senior Curator, Hallam Museum of Science`, 'Assistant Curator'),
  rej('final', ['profile_mismatch'], {},
    `Hey Carlos,

You made it to the last round and the team was split, honestly. In the end they picked the other finalist because their history was simply a closer match to where the studio is heading. I know that's a tough one to hear after three rounds.

Take care,
Jess, Recruiting @ Blue Harbor Games`, 'Senior Gameplay Designer'),
  rej('application', ['profile_mismatch'], {},
    `Dear Applicant,

Thank you for your application for Customer Service Agent (Cabin Services). Unfortunately, on this occasion your experience and qualifications do not meet the criteria we are looking for.

Kind regards,
SkyLink Airways Recruitment`, 'Application update'),
  rej('screen', ['profile_mismatch'], {},
    `Hi Aditya,

Thank you for speaking with me yesterday. After discussing your profile with the hiring team, we feel that other candidates in the pipeline are better suited to the role at this point, and so we will not proceed further.

Thanks & regards,
Shweta
Talent Acquisition, Kavach Power Utilities`, 'Asset Engineer - Grid'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Mr Okonkwo,

Thank you for attending the interview for the post of Licensing Officer. The panel felt that the successful candidate demonstrated a stronger match with the essential criteria of the job description. I am sorry to disappoint you on this occasion.

Yours sincerely,
Human Resources${council}`, 'Licensing Officer - Ref MDC/441'),

  // ── skills_gap: a requirement named in passing
  rej('application', ['skills_gap'], { ...fb },
    `Dear Sipho,

Thank you for your application for the Candidate Attorney position. As the role requires admission as an attorney within the next twelve months and completed practical legal training, we are unable to take your application further at this stage.

Regards,
Recruitment, Van der Merwe Inc.`, 'Candidate Attorney 2027'),
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Hannah,

Thank you for your time with Greg and me on Thursday. You clearly know your way around stores, but this role leans heavily on SQL and building your own reports, and we need someone who can do that from day one. For that reason we won't be moving forward.

Best wishes,
Laura
Retail Insights, Harrowgate Retail Group`, 'Retail Insight Analyst'),
  rej('application', ['skills_gap'], { ...fb },
    `Dear Ms Fitzgerald,

Thank you for applying for the First Officer (A320) position. Candidates must hold a valid EASA ATPL with a current A320 type rating; from the documents you provided we could not see a type rating, so your application has not progressed.

Kind regards,
Flight Operations Recruitment
Aer Celtic`, 'First Officer A320'),
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Marcus,

Great chatting this morning. I ran your profile past the club's head of performance and, unfortunately, they're set on someone holding the UEFA A licence for this coaching post, which I know you're still working towards. So we'll leave it there for now.

Cheers,
Dan
Recruitment, Ashton Vale FC`, 'Academy Coach U18'),
  rej('application', ['skills_gap'], { ...fb },
    `Dear Kavya,

We appreciate your interest in the Clinical Data Manager opening. The position needs at least five years of hands-on experience with CDISC standards, and your application shows around two, so we are not able to consider it further.

Best regards,
Talent Team | Meridian Biotherapeutics`, 'Clinical Data Manager'),
  rej('interview', ['skills_gap'], { ...fb },
    `Hello Pieter,

Thanks for making the time to come through to our Cape Town office. The panel enjoyed the conversation, but the role involves a lot of work in isiXhosa with community groups and we need a fluent speaker, which we understood isn't the case for you at the moment. We therefore won't be taking your application further.

Kind regards,
Lindiwe
Community Engagement, Table Bay Water`, 'Community Liaison Officer'),
  rej('final', ['skills_gap'], { ...fb },
    `Hi Nadia,

I wanted to call but couldn't reach you, so here it is in writing. The partners were impressed with you in the final round. Where it came down to it was the other candidate's years of running complex commercial litigation on their own, which is what the team needs right now.

Sorry it isn't better news.
Ben Hartley
Practice Manager`, 'Senior Associate - Commercial Litigation'),
  rej('application', ['skills_gap'], { ...fb },
    `Hi there,

Thanks for applying to be a Unity Developer at Kookaburra Interactive. We're after someone with a few shipped console titles behind them, and we couldn't see that in your portfolio, so we won't be progressing your application.

Cheers,
The Kookaburra team`, 'Unity Developer (Console)'),

  // ── assessment
  rej('assessment', ['assessment'], {},
    `Dear Arjun,

Thank you for completing the online aptitude test for the Graduate Engineer Trainee programme. Your score did not meet the cut-off required to progress to the next stage. We wish you the best for the future.

Regards,
Campus Hiring, Suryodaya Energy Ltd`, 'GET 2027 - Test result'),
  rej('assessment', ['assessment'], { ...fb },
    `Hi Zoe,

Thanks for sending back the level-design task. The layout was clean, but the pacing in the second half dragged and the encounter balance didn't hold up when we playtested it, so we won't be taking you forward to interviews.

Best,
Sam, Level Design Lead`, 'Level Designer take-home'),
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Oliver,

Thank you for completing the written exercise for the Policy Officer role. Unfortunately your submission did not score highly enough to be shortlisted for interview; in particular, the panel felt the options appraisal lacked costed recommendations.

If you would like more detailed comments on your exercise, please contact the recruitment team and we will arrange this.

Regards,
Recruitment Team${council}`, 'Policy Officer - written exercise'),
  rej('assessment', ['assessment'], {},
    `Hi Emily,

Thank you for doing the situational judgement and numerical tests for our Cabin Crew intake. Unfortunately you did not pass the assessment centre this time.

Regards,
SkyLink Airways Recruitment`, 'Assessment centre outcome'),

  // ── position_filled and internal_candidate in other words
  rej('interview', ['position_filled'], {},
    `Hi Raj,

Just a quick note to say the job has gone to someone else. Thanks for coming in and meeting the team, we appreciated it.

Cheers,
Tom`, 'Store Operations Manager'),
  rej('final', ['position_filled'], {},
    `Dear Grace,

Thank you for your patience over the last few weeks. We've made our choice for the Head of Visitor Experience, and the person we approached has said yes. I'm sorry it's not you; you were a very strong finalist.

Kind regards,
Eleanor Marsh
Director, The Brunswick Gallery`, 'Head of Visitor Experience'),
  rej('application', ['position_filled'], {},
    `Hello,

Thank you for your application for the Groundsperson role. We'd like to let you know this vacancy is now closed as we have appointed someone. We appreciate the time you took to apply.

Regards,
Westfield Rugby Club`, 'Groundsperson'),
  rej('interview', ['internal_candidate'], {},
    `Hi Chloe,

Thanks again for interviewing for the Loyalty Marketing Manager role. We've decided to fill it from within the business — someone already on the CRM team is stepping up into it. I'm sorry not to have better news.

Best,
Amara
Talent Acquisition, Harrowgate Retail Group`, 'Loyalty Marketing Manager'),
  rej('screen', ['internal_candidate'], {},
    `Dear Vikram,

Thank you for your time on the call. I wanted to let you know that the team has decided to move one of their existing colleagues into this position, so the opening will not be filled externally.

Regards,
Neha, HR`, 'Team Lead - Payments'),
  rej('final', ['internal_candidate', 'profile_mismatch'], {},
    `Dear Ruth,

Thank you for taking part in the final stage of the process for the Deputy Town Clerk role. The appointment has gone to a member of our own staff, whose background the panel felt was more closely aligned to the job. We are grateful for the effort you put into your application.

Yours sincerely,
Chief Executive's Office${council}`, 'Deputy Town Clerk'),

  // ── role_closed
  rej('interview', ['role_closed'], {},
    `Hi Declan,

I'm sorry to be writing with this. The business has paused hiring for the Trading Analyst role while the new budget is signed off, and we've been asked to close the vacancy. So we won't be able to carry on with your application.

Regards,
Fiona`, 'Trading Analyst'),
  rej('application', ['role_closed'], { ...door },
    `Dear Candidate,

Following a review of the team structure, the Exhibitions Technician post has been withdrawn and will not be filled at present. We're sorry for any disappointment. We'll be advertising new posts in the spring and would welcome an application from you then.

Museum Recruitment`, 'Exhibitions Technician'),

  // ── culture and working style
  rej('interview', ['culture_fit'], { ...fb },
    `Hey Tyler,

Thanks for hanging out with the team on Friday. Honest feedback: the studio is very hands-on and collaborative, everyone sits together and jams on ideas, and from our conversation you seemed to prefer working heads-down on your own. We don't think that's a fit for how we work, so we're going to pass.

Cheers,
Mia`, 'Gameplay Programmer'),
  rej('final', ['culture_fit'], { ...fb },
    `Dear Sunil,

Thank you for the time you gave to the final interviews. The partners noted your strong technical ability, but they felt your approach to client relationships was rather more formal than the way our firm works, which is close and informal. On that basis we have decided not to make an offer.

Kind regards,
Harriet Cole
HR Manager, Cole & Ashby LLP`, 'Associate - Private Client'),

  // ── location / right to work / time zone
  rej('application', ['location'], { ...fb },
    `Hi Aisha,

Thanks for applying for the Customer Success role. I'm afraid we can only hire people who already have the right to work in the UK, as we aren't able to sponsor visas for this position. Sorry about that.

Best,
Talent, Fenwick Energy`, 'Customer Success Executive'),
  rej('screen', ['location'], { ...fb },
    `Hi Josh,

Thanks for the call. The team works on Sydney hours and needs people online for the morning stand-ups, and with you being in Perth that three-hour gap is a bigger problem than we'd hoped. So we won't progress this one.

Cheers,
Bec`, 'Producer - Live Ops'),
  rej('application', ['location'], { ...fb, ...door },
    `Dear Lerato,

Thank you for your application for the Sales Associate vacancy at our Sandton store. This role requires you to live within travelling distance of the store for early shifts, and your address is in Polokwane. We're happy to keep your CV for any openings nearer to you.

Regards,
Store Recruitment`, 'Sales Associate - Sandton'),

  // ── salary
  rej('screen', ['salary'], { ...fb },
    `Hi Greta,

Thank you for taking my call. Having spoken to the hiring manager, the salary you're looking for is well beyond what the Trust has allocated for the Learning Officer post, so I don't think it makes sense to keep going with this one.

Kind regards,
Maya, Museum Trust HR`, 'Learning Officer'),
  rej('interview', ['salary', 'profile_mismatch'], { ...fb },
    `Dear Rahul,

Thanks for meeting the team. Two things counted against us moving forward: your expected CTC is quite far above the band we have for this role, and the panel felt that other candidates matched the role more closely. We will therefore not be extending an offer.

Regards,
Deepa, HR - Nirmal Utilities`, 'Billing Operations Lead'),

  // ── overqualified
  rej('application', ['overqualified'], { ...fb },
    `Dear Margaret,

Thank you for applying for the Membership Administrator role with Riverside Cricket Club. Given your many years in senior management, we feel you would be considerably overqualified for this entry-level position and unlikely to find it rewarding. We wish you every success.

Best wishes,
Club Secretary`, 'Membership Administrator'),
  rej('interview', ['overqualified'], { ...fb },
    `Hi Dev,

Thanks for your time yesterday. Frankly, with your background leading whole engineering departments, this team lead job would be a step down for you and we worry you'd outgrow it within months. So we've decided not to take it further.

All the best,
Nikhil`, 'Team Lead - Mobile'),

  // ── two reasons
  rej('interview', ['position_filled', 'profile_mismatch'], {},
    `Hi Sophie,

Thank you for interviewing for the Buying Assistant role. We have now offered the job to another candidate whose experience was a closer match for what we need, and they have accepted.

Kind regards,
Harrowgate Retail Recruitment${ats}`, 'Buying Assistant'),
  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Mehmet,

Thank you for applying to the Research Associate post. The role requires a PhD in immunology and must be based at our Cambridge laboratory five days a week, and we note you are looking for a remote position without a doctorate. We are therefore unable to progress your application.

Regards,
HR, Linden Therapeutics`, 'Research Associate - Immunology'),
  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Tom,

Thanks for finishing the coding test. You passed the general questions but struggled on the shader section, and since graphics programming in HLSL is central to this role we won't be moving you on to interviews.

Best,
Recruiting, Blue Harbor Games`, 'Graphics Programmer'),
  rej('final', ['culture_fit', 'profile_mismatch'], { ...fb },
    `Dear Ama,

Thank you for coming to the final panel. The decision was very close. The panel felt another candidate's experience was a better fit overall, and they also had some concern that your preference for a fully structured environment would sit uneasily with a club where the day changes constantly around matches.

With best wishes,
Helen, HR Manager, Northgate United`, 'Operations Manager - Matchday'),
  rej('interview', ['role_closed', 'internal_candidate'], {},
    `Hi Kieran,

An update on the Energy Efficiency Advisor role: the team has been restructured, and the work will now be covered by an existing member of staff, so the vacancy has been withdrawn. Thank you for coming in to see us.

Regards,
Resourcing, Clearwater Utilities`, 'Energy Efficiency Advisor'),
  rej('screen', ['salary', 'location'], { ...fb },
    `Hi Rachel,

Thanks for your time on the phone. Unfortunately the package you're after is above what we can offer for the position, and the role needs someone in the Brisbane office at least three days a week, which doesn't work with your plans to stay in Darwin. We'll leave it there.

Kind regards,
Ellie, Talent Partner`, 'Marketing Manager'),
  rej('final', ['position_filled', 'skills_gap'], { ...fb },
    `Dear Anil,

Thank you for attending the final interview for Senior Patent Attorney. We have offered the position to a candidate with more extensive experience drafting biotech patents before the EPO, and they have accepted. Thank you for your interest in our firm.

Yours sincerely,
Recruitment, Kesari IP Chambers`, 'Senior Patent Attorney'),
  rej('application', ['overqualified', 'salary'], { ...fb },
    `Hi Brendan,

Thanks for applying for the Ticketing Assistant role. Honestly, you're far more experienced than this job needs, and we couldn't come close to matching your current pay, so we don't think it would be right for either of us.

Cheers,
Ticket Office, Harbourside Stadium`, 'Ticketing Assistant'),
  rej('interview', ['generic'], { ...offered, ...door },
    `Dear Ms Ncube,

Thank you for attending an interview for the role of Library Assistant. We regret to inform you that you were not successful on this occasion.

Should you wish to receive feedback on your interview, please contact the HR department within 14 days. We encourage you to look out for future vacancies on our website.

Yours sincerely,
Human Resources${council}`, 'Library Assistant - Interview outcome'),

  // ── flags: feedback offered in new words
  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Fran,

Thanks for coming to see us about the Visitor Services Manager job. We've gone with someone whose experience fitted the brief a bit better. If a debrief would help you, drop me a line and I'll set up 15 minutes.

Best,
Kate`, 'Visitor Services Manager'),
  rej('final', ['generic'], { ...offered },
    `Hi Marco,

Thank you for going through every round with us. After a lot of discussion we've decided not to offer you the Live Ops Producer role. I'd be glad to walk you through the panel's notes on a call whenever suits you.

Best,
Priya
Talent Lead`, 'Live Ops Producer'),
  rej('interview', ['generic'], { ...offered },
    `Dear Naveen,

Thank you for interviewing with us. We will not be proceeding with your candidature. Should you want to understand how the panel assessed you, our HR team can share the evaluation with you on request.

Regards,
HR, Sagar Airways`, 'Revenue Management Analyst'),
  rej('assessment', ['assessment'], { ...offered },
    `Hi Lucy,

Thanks for sitting the case exercise. Sadly it wasn't strong enough to take you through to the final stage. Happy to talk you through where marks were lost if that's useful — just reply here.

Amy, Graduate Recruitment, Thornbury Law`, 'Trainee Solicitor - case study'),

  // ── flags: specific feedback buried in polite sentences
  rej('interview', ['skills_gap', 'position_filled'], { ...fb },
    `Dear Joseph,

It was a pleasure to meet you on Tuesday, and thank you for your thoughtful answers. While we enjoyed hearing about your work in grants administration, the panel would have liked to hear more about managing a collection loan from start to finish, which is a large part of this role. We have decided to offer the post to another candidate.

With all good wishes,
Registrar's Office`, 'Loans Registrar'),
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Bongani,

Thank you for meeting with us. It was great to hear about your time at the depot. We did feel that your exposure to SCADA systems was lighter than we need for this control room role, so we're not taking things further, but we'd really like you to think of us again when you've got more of that under your belt.

Regards,
Thabo
Operations, Metsi Water Board`, 'Control Room Operator'),

  // ── flags: door open in P.S. lines and signatures
  rej('application', ['generic'], { ...door },
    `Hi Ella,

Thanks for applying to join the Footwear buying team. We won't be taking your application further this time.

Best,
Lauren

P.S. We post new head office roles every month — please do keep an eye on the careers page and apply again.`, 'Junior Buyer - Footwear'),
  rej('interview', ['position_filled', 'profile_mismatch'], { ...door },
    `Hi Sam,

Thank you for interviewing for the Community Officer role with the club's foundation. We've appointed someone whose experience suited the brief more closely.

Thanks again,
Jo

PS – I've added you to our talent list, so you'll hear from me when something else comes up.`, 'Community Officer'),
  rej('screen', ['generic'], { ...door },
    `Hi Arun,

Appreciate your time today. We won't be moving forward with your application for the Data Engineer role.

Regards,
Karthik
Talent Acquisition | Zephyr Games
We're always hiring — keep an eye on zephyrgames.in/careers and come back to us anytime.`, 'Data Engineer'),
  rej('application', ['profile_mismatch'], { ...door },
    `Dear Simone,

Thank you for your interest in the Collections Care Assistant role. After reviewing your application, we've decided not to progress it, as we felt your experience did not match the requirements closely enough.

Best wishes,
HR

P.S. Your details will stay on file for twelve months and we'll contact you if a more suitable vacancy comes up.`, 'Collections Care Assistant'),
  rej('final', ['position_filled'], { ...door, ...offered },
    `Dear Kelechi,

Thank you for your commitment through our selection process. I'm sorry to tell you that we've appointed another candidate to the Head of Finance role at the club. I'd be very happy to give you some feedback if you'd find it useful. We were impressed, and I hope our paths cross again — we'd certainly welcome an application from you for future senior roles.

Kind regards,
Claire
Chief Operating Officer, Eastbay Netball`, 'Head of Finance'),
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Mr Thompson,

Thank you for attending interview for the Environmental Health Officer post. The panel was impressed by your enthusiasm; however, the post requires registration with the Environmental Health Registration Board, which you do not yet hold. On this occasion you have not been successful.

Yours sincerely,
Human Resources${council}`, 'Environmental Health Officer'),
];
