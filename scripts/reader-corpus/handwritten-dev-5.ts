/**
 * Development messages of the fifth round (docs/decisions/0045): whole mails dressed as they arrive
 * (signatures, legal and privacy footers, "do not reply" lines, quoted history, reference numbers,
 * agency boilerplate), from retail, health, universities, government, start-ups and banks, written for
 * the kinds unseen mail gets wrong: conversations after interviews, application-stage mail that names
 * no step, boilerplate that names later steps, others' closer backgrounds, requirements named in
 * passing, flags buried in long polite letters, and the look-alikes of an inbox. Development only
 * (never sealed): the rules may be checked against them and the model may be trained on them.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d5-');

const noReply = '\n\nThis inbox is not monitored. Please do not reply to this message.';
const privacy = (co: string): string =>
  `\n\nHow we use your data: ${co} processes candidate data for recruitment purposes only. We retain application data for 12 months after the end of the recruitment process, after which it is deleted. See our candidate privacy notice for details.`;
const eeo = '\n\nWe are an equal opportunities employer and welcome applications from all sections of the community.';
const disclaimer =
  '\n\nDisclaimer: The information contained in this communication is intended solely for the use of the individual to whom it is addressed and may contain confidential information. If you have received it in error, please notify the sender and delete it.';
const ats = (vendor: string): string => `\n\n--\nPowered by ${vendor} · Unsubscribe from candidate emails · Privacy`;
const quoted = (when: string, who: string, body: string): string =>
  `\n\nOn ${when} ${who} wrote:\n` + body.split('\n').map((l) => `> ${l}`).join('\n');
const original = (from: string, sent: string, subject: string, body: string): string =>
  `\n\n-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nSubject: ${subject}\n\n${body}`;
const agencyFooter =
  '\n\nBlueridge Talent Solutions acts as an employment business and employment agency. Company No. 10455218. VAT No. GB 281 4471 09. Please consider the environment before printing this email.';

export const HANDWRITTEN_DEV_5: readonly CorpusLine[] = [
  // ── interview-stage rejections that speak of "conversations" and "speaking with you" after interviews
  rej('interview', ['profile_mismatch'], {},
    `Hi Dominic,

Thank you for the conversations over the last couple of weeks about the Solutions Architect role, and for the time you spent with Hana, Luis and the wider platform group.

We have decided to move forward with another candidate whose background lines up more closely with our current customer base.

Thanks again for your openness throughout.

Regards,
Becca
Talent Partner, Orbitline`),
  rej('interview', ['generic'], {},
    `Dear Shreya,

It was a pleasure speaking with you during your interviews with our risk team last week.

After a thorough process we have decided to proceed with another applicant on this occasion.

We appreciate your interest in Corran Bank and wish you the very best.

Kind regards,
Recruitment | Corran Bank plc${disclaimer}`),
  rej('interview', ['profile_mismatch'], door,
    `Hello Peter,

Thanks for speaking with us again on Thursday — I know the panel and the follow-up chat with our COO took a good chunk of your week.

We've now made a decision, and we'll be going with someone whose operations experience is a tighter match for the stage we're at.

We'd genuinely like to stay in touch, and I'll reach out if a role opens up that fits your experience better.

Best,
Amara
People Lead, Fernway`),
  rej('interview', ['generic'], {},
    `Hi Olu,

Thank you for taking the time to speak with the hiring team about the Service Designer opening. We enjoyed the conversation.

Unfortunately we've decided not to progress your application further.

Kind regards,
Stellar Digital Recruitment${ats('Workable')}`),
  rej('interview', ['skills_gap', 'position_filled'], fb,
    `Hi Nina,

Thanks for your time across the interview rounds for the Backend Engineer role. I really enjoyed our conversation on Monday and the team said the same about the system design session.

Where we landed is that we need someone who has owned a Go service in production end to end, and that's the piece that was missing compared with the person we've offered the role to.

Wishing you all the best with your search.

Tom
Engineering Manager, Canopy`),
  rej('interview', ['generic'], offered,
    `Dear Ravi,

Further to your interview on Friday for the Procurement Officer post, I regret to inform you that on this occasion you have not been successful.

Should you wish to receive feedback on your interview, please contact me at the email address below.

Yours sincerely,
Sandra Price
HR Advisor
Kelmscott District Council
s.price@kelmscott.gov.example${noReply}`),
  rej('interview', ['skills_gap'], fb,
    `Hi Luca,

Thanks again for chatting with Maya and me last Tuesday, and for the follow-up call with our Head of Sales.

We've decided to move ahead with candidates whose backgrounds are closer to enterprise sales in our sector.

Thanks so much for your time.

Helena
Recruiting, Brightlane`),
  rej('interview', ['generic'], door,
    `Dear Fatima,

Thank you for attending interview for the position of Clinical Coding Officer. The panel enjoyed meeting you.

I am sorry to let you know that you have not been successful on this occasion. We hope that you will consider applying for other posts with the Trust in the future.

Kind regards,
Recruitment Team
Northgate Community Health NHS Trust${eeo}`),
  rej('interview', ['profile_mismatch'], {},
    `Hi Aiden,

It was great speaking with you in your interview and learning more about your background.

Having met with several strong candidates, we have decided to move forward with an applicant whose experience more closely matches the requirements of this role.

We appreciate your time and interest in Maple & Finch.

All the best,
The Maple & Finch Talent Team`),
  rej('interview', ['generic'], {},
    `Hi Kai,

Thanks for taking the time to speak with us. After careful consideration, we've decided to move forward with other candidates for the Product Analyst position.

Best,
Northwind Recruiting${quoted('Tue, 3 Jun 2025 at 15:12', 'Kai Chen <kai.c@post.example>', 'Hi Ruth,\n\nThank you for setting up the interviews with the analytics team yesterday. I really enjoyed it.\n\nKai')}`),
  rej('interview', ['culture_fit'], fb,
    `Hi Felicity,

Thank you for coming in to meet the team on Wednesday for the Office Manager role.

Everybody enjoyed speaking with you. On reflection, we felt that your preference for a quiet, structured office would be hard to reconcile with how lively and informal our studio is, and we don't think it would be the right fit for either of us.

Wishing you well,
Gus
Ferrous Architecture`),
  rej('interview', ['profile_mismatch', 'position_filled'], offered,
    `Dear Simon,

Thank you for attending the interview for the Senior Data Officer position (Ref: DATA-0412). The panel enjoyed the discussion.

After careful consideration, the panel has appointed a candidate whose experience more closely reflected the essential criteria for the post.

If you would like to discuss the panel's decision, please feel free to contact me.

Yours sincerely,
Dr. Aileen Moss
Head of Information Services, University of Castlebridge`),

  // ── application-stage messages that mention no step at all
  rej('application', ['generic'], {},
    `Dear Laura,

Thank you for your interest in Ashcombe Building Society.

We regret that we will not be progressing your application for the role of Mortgage Adviser.

Best wishes,
Ashcombe Careers${noReply}`),
  rej('application', ['generic'], {},
    `Hi Marcus,

Unfortunately, you were not selected for the Retail Sales Associate role at Harbour & Hart. We appreciate your interest.

Harbour & Hart Talent Acquisition${ats('iCIMS')}`),
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your recent application for the Part-time Cleaner vacancy at Millbrook Leisure Centre. Following a review of applications we regret to advise that you have been unsuccessful on this occasion.

Millbrook Leisure Trust
Registered Charity No. 1102284`),
  rej('application', ['generic'], {},
    `Hello Emily,

Thanks for your application for the Junior Copywriter internship. We're sorry to let you know that it wasn't successful this time.

All the best,
Pebble Creative`),
  rej('application', ['generic'], {},
    `Dear Jonathan,

We appreciate your interest in the Graduate Engineer role (Job ID 40183) at Harcourt Rail.

We have received a large number of applications, and we regret to tell you that we will not be moving your application forward.

Sincerely,
Harcourt Rail Talent Acquisition${eeo}`),
  rej('application', ['generic'], {},
    `Hi Sanjay,

Regarding your application for Customer Service Associate (Req #118-44), we've decided to pursue other applicants at this time.

Thanks,
Riverbend Telecom Careers

Note: this email was sent from a notification-only address that cannot accept incoming email.`),
  rej('application', ['generic'], {},
    `Dear Ms. Njoroge,

Thank you for applying for the post of Finance Assistant with the Kestrel Foundation. The volume of applications for this post was exceptionally high.

I am sorry to inform you that your application was not taken forward.

With best wishes,
Operations Team, Kestrel Foundation`),
  rej('application', ['generic'], {},
    `Hi Ollie,

We've had a look at your application for Bartender at The Copper Kettle and unfortunately we're going to pass this time.

Cheers,
Team Copper Kettle

Sent from Harri`),

  // ── application stage; boilerplate names later steps (interviews, tests, offers)
  rej('application', ['generic'], {},
    `Dear Hugo,

Thank you for your application for the role of Digital Marketing Executive.

Our recruitment process involves an online application, a telephone interview, an assessment centre and a final interview with the hiring manager. Having reviewed your online application, we regret that we will not be inviting you to the telephone interview stage.

We wish you success in your job search.

Early Careers Team | Halden Group${privacy('Halden Group')}`),
  rej('application', ['generic'], {},
    `Hi Sophia,

Thank you for applying to the Summer Analyst Programme. Only candidates who are selected to progress will be invited to complete our online assessments and a final-round interview.

Unfortunately, you have not been selected to progress on this occasion.

Best wishes,
Graduate Recruitment, Albright Capital${noReply}`),
  rej('application', ['generic'], door,
    `Dear Candidate,

Thank you for applying for Trainee Accountant at Penrose & Bell. Every application is reviewed by a member of our team before we invite candidates to the numerical test and interviews.

On this occasion we will not be taking your application further. You are welcome to apply for other vacancies that match your skills.

Penrose & Bell HR

If you no longer wish to receive emails from us, reply UNSUBSCRIBE.`),
  rej('application', ['generic'], {},
    `Hi Noura,

Thanks for your interest in the Customer Operations role. We've reviewed your application and, unfortunately, we won't be moving forward to an interview.

Best wishes,
Lantern Health Recruiting${ats('Greenhouse')}`),
  rej('application', ['generic'], {},
    `Dear Ewan,

Thank you for your application to the Royal Infirmary Volunteer Programme. Following review of your application we will not be inviting you to an interview or to the final selection day.

Kind regards,
Voluntary Services Team`),

  // ── others' experience or backgrounds matched more closely (profile_mismatch, not generic)
  rej('application', ['profile_mismatch'], {},
    `Dear Rosalind,

Thank you for applying to the Conservation Officer role at the Wessex Wildlife Trust.

We received a large number of applications, and the candidates we have shortlisted had experience that more closely matched the specific requirements of the post.

We are sorry to disappoint you on this occasion.

Best wishes,
Wessex Wildlife Trust${privacy('Wessex Wildlife Trust')}`),
  rej('application', ['profile_mismatch'], {},
    `Hi Tobias,

Thanks for applying for the Growth Analyst position at Prism. We've now reviewed all applications, and others' backgrounds were better aligned with what the team is looking for.

We won't be moving forward with your application at this time.

Prism Talent${ats('Lever')}`),
  rej('application', ['profile_mismatch'], {},
    `Dear Imran,

Thank you for your application for Credit Risk Analyst (Req 24-0881).

After reviewing your application, we have identified applicants whose skills and experience are more suitable for this role, and we will not be proceeding with your candidacy.

Kind regards,
Talent Acquisition, Dunmore Financial`),
  rej('application', ['profile_mismatch'], {},
    `Hi Grace,

Thank you for your interest in the Communications Lead role. We had lots of applications from people with really relevant backgrounds, and we've chosen to interview those whose experience was the strongest match.

Sorry it's not better news this time.

Warmly,
The Fieldnotes Team`),
  rej('application', ['profile_mismatch'], door,
    `Dear Vivek,

Thank you for your interest in the position of Systems Administrator at Anand Tech Solutions, Hyderabad.

We have carefully gone through your resume and, while your credentials are good, we have shortlisted candidates whose profiles match more closely with the role. Hence we will not be able to take your candidature forward.

Your resume will be kept in our database and we shall contact you if a suitable opening comes up.

Regards,
HR Team
Anand Tech Solutions Pvt. Ltd.`),
  rej('application', ['profile_mismatch'], {},
    `Hi Theo,

Thanks for applying for the Senior Frontend Engineer role. Our team reviewed your application carefully; we're prioritising candidates with a background closer to the team's current focus, so we won't be moving forward.

Good luck with your search.

Halcyon Engineering${ats('Ashby')}`),
  rej('application', ['profile_mismatch'], {},
    `Dear Ms Ogunleye,

Ref: 2025/HR/0771 – Assistant Registrar

Thank you for applying for the above post. The shortlisting panel has now met, and I regret that on this occasion your application was not shortlisted, as other candidates demonstrated a closer match to the person specification.

Yours sincerely,
Human Resources
Carnford University`),
  rej('application', ['profile_mismatch'], {},
    `Hi Abdul,

Thanks for your interest in joining Tessera as a Data Engineer. We've decided not to move forward with your application, as we felt your experience isn't quite what we need for this role.

Thanks again,
Tessera Recruiting`),
  rej('screen', ['skills_gap'], fb,
    `Hi Clara,

Thank you again for your time on the phone last week. I've shared my notes with the hiring manager, and they've decided to focus on candidates whose experience sits closer to regulated healthcare products.

Best of luck,
Dev
Recruiter, Medicor`),

  // ── a requirement named in passing (skills_gap) and a requirement that is only described (not a gap)
  rej('application', ['skills_gap'], fb,
    `Dear Yusuf,

Thank you for applying for the post of Highways Engineer (ref ENG-2201).

We regret that your application has not been shortlisted. The post requires chartered status (CEng or IEng) and your application did not show that you hold this.

Regards,
Recruitment Team
Eastbourne County Council${noReply}`),
  rej('application', ['skills_gap'], fb,
    `Hi Bella,

Thanks for applying for the Bookkeeper role. We're after someone who already knows Xero inside out, and from your CV it looks like you've mostly used Sage, so we won't be taking it further this time.

Best,
Rachel — Tidy Books Ltd`),
  rej('application', ['skills_gap'], fb,
    `Dear Arjun,

Thank you for your application for the Senior Software Engineer position. Unfortunately, we are looking for candidates with at least eight years of commercial experience and your application indicates around four, so we will not be moving forward.

Best regards,
Talent Team, Quantic Systems${disclaimer}`),
  rej('screen', ['skills_gap'], fb,
    `Hi Eleanor,

Thanks for the call yesterday. As we discussed, the team is looking for someone fluent in German for this role, given how much of the work is with our Munich clients, so unfortunately I won't be able to take your application forward.

Thanks again for your time.

Patrick
Senior Recruiter, Lindqvist Consulting`),
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Priyanka,

Thank you for applying to the Pharmacist role at Wellcare Pharmacy, Leicester.

To be considered, applicants must be registered with the General Pharmaceutical Council. As you are currently completing your foundation year, we cannot consider your application at this stage, but we would be pleased to receive an application from you once you are registered.

Kind regards,
Wellcare Pharmacy Recruitment`),
  rej('application', ['generic'], {},
    `Hi Jamie,

Thank you for your application for Data Analyst (SQL, Python, Tableau). The role requires strong SQL skills and experience building dashboards in Tableau.

After careful consideration, we will not be progressing with your application.

Best regards,
Hollowbrook Analytics Recruitment`),
  rej('interview', ['skills_gap'], fb,
    `Dear Conor,

Thank you for attending the interview for the Network Engineer role on 18 June.

The panel were impressed with your enthusiasm; however, the role requires significant hands-on experience with Cisco ACI, and the panel did not feel this came through strongly enough in your answers.

We wish you every success.

Yours sincerely,
IT Recruitment, Stanwell Health Board`),

  // ── assessment results
  rej('assessment', ['assessment'], fb,
    `Dear Leon,

Thank you for completing the online test for the Trainee Air Traffic Controller programme.

We regret to inform you that you did not achieve the pass mark in the spatial reasoning section, and so your application will not progress further in this campaign.

Regards,
Selection Team
National Air Services${noReply}`),
  rej('assessment', ['assessment'], {},
    `Hi Freya,

Thanks for completing the case study for the Strategy Associate role. The team reviewed it carefully, and unfortunately it did not meet the bar for us to move you forward to interviews.

Best,
Acre Partners Recruiting`),
  rej('assessment', ['assessment'], fb,
    `Hi Bilal,

Thanks for submitting the coding exercise. The reviewers felt the solution worked for the basic cases but didn't scale — the main loop was O(n²) on the large input and it timed out on two of the hidden tests. We won't be moving forward this time.

Thanks,
Engineering Hiring, Quanta`),
  rej('assessment', ['generic'], door,
    `Dear Jia,

Thank you for taking part in the video interview stage for our Graduate Scheme. We appreciate the time you spent recording your answers.

Unfortunately, you have not been successful at this stage. We encourage you to apply again in the next recruitment cycle.

Graduate Recruitment, Westbury Group${privacy('Westbury Group')}`),
  rej('assessment', ['assessment'], offered,
    `Dear Ms. Park,

Thank you for completing the in-tray exercise and written assessment for the Executive Assistant vacancy.

Unfortunately, your assessment results did not meet the standard required to progress to interview. Feedback on the exercises is available on request from the recruitment team.

Kind regards,
Recruitment, Ellesmere College`),
  rej('assessment', ['skills_gap'], fb,
    `Hi Rohan,

Thank you for completing our take-home assignment for the Machine Learning Engineer role. We could see the care you put into the write-up.

We've decided not to go further, mainly because the role needs someone with deeper experience deploying models in production, which came through as an area you're still developing.

Best,
Evie — Talent, Ridgeway AI`),
  rej('assessment', ['generic'], {},
    `Dear Maxine,

Thank you for completing the aptitude assessment as part of your application for Cabin Crew.

Following review, we regret to inform you that we won't be taking your application further at this time.

Recruitment Team, Skyhaven Airways

Skyhaven Airways Ltd. Registered in England & Wales. Please do not reply to this email.`),
  rej('assessment', ['location'], fb,
    `Dear Diego,

Thank you for your patience while we completed the pre-employment screening for the Customer Support role.

Unfortunately, the right-to-work check showed that your visa does not allow the full-time hours this role requires, so we are unable to continue with your application.

Kind regards,
Onboarding Team, Corvus Energy`),

  // ── final stage
  rej('final', ['skills_gap'], { ...fb, ...door },
    `Dear Alistair,

Thank you for taking part in the final stage of the selection process for the Chief Operating Officer role, and for your presentation to the trustees.

The panel had an extremely difficult decision to make, and appointed the candidate whose experience in the charity sector was most closely aligned to our strategy.

We would be delighted to keep in touch, and I hope our paths cross again in the future.

With warm regards,
Judith Harper
Chair of Trustees, The Beacon Trust`),
  rej('final', ['position_filled'], {},
    `Hi Tanvi,

Thank you for joining us for the final round interviews on Thursday. We really appreciated your time and energy.

After a lot of discussion, we've decided to extend an offer to another candidate.

Best regards,
Kettle & Moss Recruiting`),
  rej('final', ['position_filled'], door,
    `Dear Declan,

Following your final interview with our Managing Director, I wanted to let you know that we have now offered the position of Head of Sales to another candidate, who has accepted.

We were impressed by your drive and would welcome the opportunity to consider you for future senior roles.

Regards,
Caroline Yates
HR Manager, Pennine Fabrications Ltd`),
  rej('final', ['generic'], offered,
    `Hi Amelia,

I'm sorry to say that after the onsite we've decided not to move forward with an offer for the Senior Designer position.

If it would be helpful, I'd be glad to set up 20 minutes to walk you through the panel's thoughts.

All the best,
Jonas
Design Recruiting, Tidal`),
  rej('final', ['skills_gap'], fb,
    `Dear Mr Adebayo,

Thank you for attending the final assessment day for the Trainee Solicitor position.

You performed well in the group exercise. However, the partners felt you did not demonstrate enough commercial awareness in the partner interview, and we are therefore unable to offer you a training contract.

Yours sincerely,
Graduate Recruitment
Hartwell Lane LLP`),
  rej('final', ['internal_candidate'], {},
    `Hi Caitlin,

Thanks so much for making it through to the final stage for the Customer Experience Director role.

We've decided to appoint an internal candidate who has been leading the team on an interim basis.

Thank you for everything,
Harriet, Talent — Clover Insurance`),
  rej('final', ['role_closed'], door,
    `Dear Omar,

Thank you for your time throughout our recruitment process for the Regional Manager role, including the final panel interview.

Regrettably, following a restructure of our regional operations, the role will no longer be filled, and we are closing the process.

We would be pleased to hear from you if you see another role with us that interests you.

Yours sincerely,
Emma Dale
Head of Resourcing, Carwood Homes`),
  rej('final', ['generic'], {},
    `Hi Marlon,

Thanks for your patience following our reference checks and final interviews.

I'm afraid we will not be offering you the position on this occasion.

Best,
Sian
Recruitment Lead, Ardent Care`),

  // ── screens
  rej('screen', ['generic'], {},
    `Hi Lydia,

Thanks for the quick call on Monday. I've now caught up with the hiring manager and unfortunately we won't be progressing your application for the Account Manager role.

All the best,
Joe Harris
Recruitment Consultant, Blueridge Talent Solutions${agencyFooter}`),
  rej('screen', ['salary'], fb,
    `Hi Rafael,

Thanks for talking with me this morning. Having taken your salary expectations back to the client, they're unable to go above £45k for the Project Coordinator role, which is some way below what you need, so I won't put you forward for this one.

Speak soon,
Joe
Blueridge Talent Solutions${agencyFooter}`),
  rej('screen', ['location'], fb,
    `Hi Elin,

It was great to chat earlier. I checked with the team, and we need this role to be in our Dublin office at least three days a week. As you'd prefer to stay fully remote from Cardiff, we won't be able to take this forward.

Best wishes,
Ciara, Talent @ Lumio`),
  rej('screen', ['generic'], door,
    `Dear Harvey,

Thank you for your time on the telephone interview for the Trainee Estate Agent role. Unfortunately we will not be inviting you to the next stage.

We'll keep your details on file and contact you should a suitable position arise in one of our branches.

Kind regards,
Goodhew Estates Recruitment`),
  rej('screen', ['overqualified'], fb,
    `Hi Bernard,

Thanks for speaking with me yesterday about the Junior Analyst role. Having talked it through, I think your 15 years in finance leadership would make this role far too junior for you, and I don't want to put you forward for something you'd outgrow in weeks.

Best,
Michelle
Talent Partner, Corra`),
  rej('screen', ['culture_fit'], fb,
    `Hey Zack,

Thanks for jumping on the call with me. From what you described, you're looking for a big-company setting with a lot of structure and a defined career ladder — we're a twelve-person start-up and honestly it's pretty scrappy here, so I don't think we'd be the right match.

Good luck!
Pia, Founder @ Brickwise`),

  // ── other reasons at the application stage
  rej('application', ['position_filled'], {},
    `Dear Applicant,

Thank you for applying for the Receptionist position at Oakhurst Medical Centre. We are writing to let you know that the position has now been filled.

Oakhurst Medical Centre`),
  rej('application', ['role_closed'], {},
    `Hi Sienna,

Thanks for your application for the Content Strategist role. Unfortunately, due to a change in business priorities, we've decided not to fill this role and have closed the opening.

Thank you for your interest in Larkspur.

Larkspur Talent${ats('Greenhouse')}`),
  rej('application', ['internal_candidate'], {},
    `Dear Michael,

Thank you for applying for the Team Leader position at Fairway Supermarkets (Store 214).

The position has been filled by a current colleague, so we are no longer considering external applications for it.

Fairway Colleague Resourcing${noReply}`),
  rej('application', ['location'], fb,
    `Dear Ines,

Thank you for your application for the Policy Officer role with the Department of Housing.

Please note this campaign is open only to Irish citizens and those with Stamp 4 permission, and your application indicates you do not currently meet this eligibility requirement. Your application will not proceed further.

Public Appointments Service${noReply}`),
  rej('application', ['overqualified'], fb,
    `Hi Gordon,

Thanks for applying for the Stock Assistant role. Looking at your CV, you've got a lot more management experience than this position calls for, and we worry you'd quickly be looking for something bigger. We won't take it further this time, but thank you.

Best,
Kim, Store Manager — Bridge Street Hardware`),
  rej('application', ['salary'], fb,
    `Hi Natalia,

Thank you for applying for the Office Coordinator role. Your expected salary of $75,000 is above the budget for this position ($52–55k), so unfortunately we won't be able to move forward.

Best,
Harper & Vine Recruiting`),
  rej('application', ['position_filled'], door,
    `Dear Ayesha,

Thank you for your application for the Audiologist (Band 6) post. The vacancy has now been filled and the advert withdrawn.

We would encourage you to keep an eye on NHS Jobs for future opportunities in our department.

Audiology Department, Saint Aldhelm's Hospital`),

  // ── flags buried in long polite letters
  rej('application', ['profile_mismatch'], door,
    `Dear Tamsin,

Thank you for your interest in the Learning Designer role at Fenwick University, and for the time you put into your application and supporting statement. We know how much effort goes into a strong application, and we read every one with care.

We received an unusually large number of applications this year, many from candidates with very relevant experience, which made shortlisting particularly difficult. Having compared all applications against the person specification, the panel chose candidates whose experience was a closer fit for this particular post.

We would welcome an application from you for future openings in the Digital Education team that match your experience, and we advertise all our posts on the university jobs site. We are also happy to keep your details on record for six months should a similar role become available.

Thank you again for your interest in working with us, and we wish you every success.

Yours sincerely,
Recruitment Team
Fenwick University${privacy('Fenwick University')}`),
  rej('interview', ['skills_gap', 'position_filled'], { ...fb, ...offered },
    `Dear Harriet,

I hope this finds you well. Thank you for coming to interview for the Museum Education Officer position last Tuesday, and for the thought you clearly put into your session plan.

The panel spoke very warmly about your enthusiasm and your rapport with young visitors. After much discussion, though, we appointed a candidate with more experience of designing programmes for secondary-school groups, which is where most of the role's work sits. The team noted your session plan focused mostly on primary-age visitors.

I know this will be disappointing. If it would be helpful, I am very happy to talk through the panel's notes with you by phone.

Thank you again for your interest in the Museum, and I hope you enjoy the new exhibition when it opens.

With best wishes,
Isobel Grant
Learning Manager, Kingsbridge Museum`),
  rej('interview', ['position_filled'], door,
    `Hi Malik,

I hope you had a great weekend. I wanted to follow up personally on your interviews for the Partnerships Executive role — thank you for the time you gave us, and for being so generous with your stories from your time at Alder.

It was a competitive process, and after a lot of back and forth we've decided to offer the role to another candidate. I'm sorry it isn't better news.

We're growing quickly and there will be more roles on the commercial team later in the year; if you'd be open to it, I'd love to reach out when those go live. In the meantime, do follow our careers page.

Thank you again, and all the best for what comes next.

Warmly,
Sasha
Head of People, Stoneleigh`),
  rej('application', ['generic'], { ...offered, ...door },
    `Dear Aoife,

Thank you for applying for the Research Fellow post (ref RF-0923). We appreciate the time taken to prepare your application, the research statement and the writing sample.

Competition for this post was very strong, and I am sorry to inform you that you have not been shortlisted for interview.

If you would like brief feedback on your application, please contact the department administrator, who will pass your request to the panel. We also hope you will consider applying for future posts in the School, which are advertised on our vacancies page.

With best wishes for your research,
Professor Helen Ainsworth
Head of School of History, University of Dunmere`),
  rej('interview', ['profile_mismatch', 'position_filled'], { ...offered, ...door },
    `Dear Callum,

I'm writing to thank you for your time last week and to let you know the outcome of your interview for the Business Development Manager role.

The interview panel enjoyed meeting you and recognised the strength of your sales record. However, the role was offered to a candidate whose experience more closely matched our sector, and I'm sorry to say we are unable to offer you the position.

I would be happy to give you some feedback over the phone if that would be useful. And because you made such a good impression, we'd like to keep your CV on file so we can get in touch should a suitable opportunity come up.

Kind regards,
Anna Szabo
HR Business Partner, Tamar Engineering${disclaimer}`),
  rej('interview', ['skills_gap'], fb,
    `Dear Nikhil,

Greetings from Sahas Infra!

We thank you for appearing in the interview for the post of Site Engineer (Civil) at our Chennai office. We appreciate the time and effort you spent on the process.

After careful evaluation, the committee has found that your exposure to high-rise construction projects is limited, which is a key requirement of the position, and hence we are unable to proceed with your candidature at this stage.

We wish you all success in your career.

Warm regards,
HR Department
Sahas Infra Projects Ltd.`),

  // ── paused processes
  hold('interview', ['role_closed'], {},
    `Hi Esme,

Thanks for bearing with us. I wanted to let you know that following your interviews the Product Marketing Manager hire has been paused while we rework next year's plan. You haven't been ruled out — we hope to pick things up again in a few weeks and I'll be in touch then.

Best,
Dan
Talent, Sorrel`),
  hold('application', ['role_closed'], {},
    `Dear Candidate,

Re: Senior Accounts Assistant (Ref FIN-332)

Recruitment to this post is currently on hold. Your application has not been rejected and remains on file; we will write to you when the recruitment restarts.

Finance Directorate, Thornwick District Council${noReply}`),
  hold('assessment', ['role_closed'], {},
    `Hi Wes,

Thank you for sending over your case study. Just a heads up that the hiring for this position is on hold while our new VP settles in, so reviews are paused for now. Your submission is safe with us and we'll pick it back up as soon as the role is unfrozen.

Thanks,
Lena, Recruiting @ Quarry`),

  // ── replies in a thread, the decision above quoted history
  rej('interview', ['generic'], {},
    `Hi Jess,

Thanks for following up, and sorry for the slow reply. Unfortunately the team have decided not to move forward with your application after the interview. I really appreciate your patience.

Best,
Leo${original('Jess Morgan', 'Monday, 16 June 2025 08:41', 'Follow-up: Marketing Coordinator interview', 'Hi Leo,\n\nI hope you are well. I interviewed for the Marketing Coordinator role two weeks ago and wondered whether there was any news?\n\nMany thanks,\nJess')}`),
  rej('screen', ['skills_gap'], fb,
    `Hi Ade,

Following up from our call on Wednesday — I've heard back from the client and they're going to progress with candidates who have more direct experience in the insurance market, so they won't be taking you forward for this one.

Cheers,
Rob${quoted('Wed, 11 Jun 2025 at 09:30', 'Rob Lyle <rob@blueridge.example>', 'Hi Ade,\n\nGreat to speak earlier. I\'ll send your CV over to the client this afternoon and let you know what they say.\n\nRob')}${agencyFooter}`),
  rej('application', ['generic'], {},
    `Hi,

Thanks for checking in. I'm afraid we won't be taking your application further for this one.

Nell${quoted('Fri, 20 Jun 2025 at 11:02', 'Samir Aziz <samir.a@post.example>', 'Hi Nell,\n\nI applied for the Junior Buyer role at the start of the month and wanted to check on the status of my application.\n\nThanks,\nSamir')}`),

  // ── look-alikes: acknowledgements and "we'll be in touch" updates that use the polite words
  other(`Dear Laura,

Thank you for applying for the role of Mortgage Adviser at Ashcombe Building Society. We appreciate your interest in joining us.

Your application has been received and will be reviewed by our recruitment team. We receive a high number of applications, so please bear with us. If your application is successful you will be contacted within two weeks.

Best wishes,
Ashcombe Careers${noReply}`),
  other(`Hi Marcus,

Thanks for applying to Harbour & Hart! We're excited that you're interested in joining our team.

We'll review your application and be in touch if your background fits what we're looking for. Unfortunately, due to the volume of applications, we're not able to respond to everyone individually.

Harbour & Hart Talent Acquisition${ats('iCIMS')}`),
  other(`Dear Jonathan,

Thank you for your application for the Graduate Engineer role (Job ID 40183). This email confirms that it has been successfully submitted.

What happens next: our team will assess all applications after the closing date. Shortlisted applicants will be invited to complete an online assessment and then attend an interview.

Sincerely,
Harcourt Rail Talent Acquisition${eeo}`),
  other(`Hi Kai,

Just a quick note to say thanks for your patience. The hiring team are still meeting candidates this week and we expect to make a decision by the end of next week. We'll be in touch either way.

Best,
Ruth
Northwind Recruiting`),
  // a delay in shortlisting: the process is paused, nobody is declined (LABELS.md: on_hold)
  hold('application', ['generic'], {}, `Dear Ms. Njoroge,

Thank you for your application for the post of Finance Assistant. We regret the delay in getting back to you: shortlisting has taken longer than expected because of the number of applications. We hope to contact all applicants by 30 June.

With best wishes,
Operations Team, Kestrel Foundation`),
  other(`Hi Tobias,

Your application for Growth Analyst at Prism is now under review. We'll let you know as soon as there's an update.

Prism Talent${ats('Lever')}`),
  other(`Dear Rosalind,

Thank you for your application for the Conservation Officer role. We are pleased to invite you to an interview at our Dorchester office on Wednesday 2 July at 2pm. The interview will last around 45 minutes and will include a short presentation.

Please confirm whether you are able to attend.

Best wishes,
Wessex Wildlife Trust`),
  other(`Hi Nina,

Great news — the team enjoyed your technical interview and would like to invite you to the final round, a half-day onsite at our Shoreditch office. I'll send over the schedule once we've agreed a date.

Tom
Engineering Manager, Canopy`),
  other(`Hi Freya,

Thank you for your interest in the Strategy Associate role at Acre Partners. As a next step, we'd like you to complete a short case study. Please find the brief attached; we ask that you return it within five working days.

Best,
Acre Partners Recruiting`),
  other(`Dear Declan,

I am delighted to confirm our offer of employment for the position of Head of Sales at Pennine Fabrications Ltd, at a salary of £68,000 per annum. Your contract is attached.

Please sign and return it by Friday. We look forward to welcoming you to the team.

Regards,
Caroline Yates
HR Manager`),
  other(`Jobs you may be interested in

Hi Sanjay, based on your profile, here are some new roles:

Customer Service Associate – Riverbend Telecom – Leeds
Retail Sales Advisor – Harbour & Hart – York
Call Centre Agent – Connexa – Bradford

Sorry, we couldn't find more jobs that match all your preferences. Try widening your search.

You're receiving this because you have job alerts turned on. Manage alerts | Unsubscribe`),
  other(`Harcourt Rail News – Summer 2025

Thank you for being part of the Harcourt Rail talent community.

In this issue: our new apprenticeship intake, a look behind the scenes at the Derby depot, and the roles we're hiring for this summer.

Unfortunately, some of the roles featured in our spring newsletter have now closed.

Update your preferences | Unsubscribe`),
  other(`Hi Rafael,

Hope you're well! I'm working on a Project Manager role with a client in Reading — hybrid, up to £55k. Based on your CV I think you could be a strong fit. Are you free for a quick call this week?

Thanks,
Joe
Blueridge Talent Solutions${agencyFooter}`),
  other(`Dear Aoife,

Thank you for your request for feedback on your application for the Research Fellow post. I have passed this to the panel chair, who will reply directly within two weeks.

Kind regards,
Department Administrator
School of History, University of Dunmere`),
  other(`Hi Abdul,

Unfortunately I have to move our interview on Thursday as the hiring manager is now travelling. Would Friday at 11am or Monday at 2pm work for you instead?

Apologies for the change,
Tessera Recruiting`),
  other(`Dear Hugo,

We're sorry, but the online application for Digital Marketing Executive could not be submitted because your CV file was larger than 5MB. Please reduce the size of the file and try again before the closing date.

Early Careers Team | Halden Group${noReply}`),
  other(`Hello Emily,

Thank you for letting us know you'd like to withdraw your application for the Junior Copywriter internship. We've closed your application and won't contact you about it again.

Best of luck with everything!
Pebble Creative`),
  other(`Dear Ewan,

Thank you for attending the volunteer information session on Saturday. As promised, here are the next steps: please complete the attached health questionnaire and book your DBS appointment using the link below.

Kind regards,
Voluntary Services Team`),
  other(`Hi Tanvi,

Thanks for your final round interviews on Thursday! The team is meeting on Monday to discuss, and I'll come back to you with an update early next week. We appreciate your patience in the meantime.

Best regards,
Kettle & Moss Recruiting`),
  other(`Dear Candidate,

Thank you for registering with Blueridge Talent Solutions. Your profile is now active in our database and our consultants will contact you when a suitable vacancy arises.

To make sure we can find you the right role, please complete your skills profile.

Blueridge Talent Solutions${agencyFooter}`),
  other(`Hi Bella,

Thanks for your application for the Bookkeeper role! We've had lots of interest, so it may take us a couple of weeks to get back to everyone. Sorry for the wait — we'll be in touch soon either way.

Rachel — Tidy Books Ltd`),
  other(`Dear Arjun,

Your application status for Senior Software Engineer (Req 24-1182) has been updated to "In Review". No action is required from you at this time. Sign in to your candidate account to track your applications.

Talent Team, Quantic Systems${disclaimer}`),
];

/** A second go of the fifth batch, written after the first go's fixes, in other wordings again (development only). */
export const HANDWRITTEN_DEV_5B: readonly CorpusLine[] = [
  rej('interview', ['generic'], {},
    `Hi Marta,

Many thanks for the two video calls and for meeting Li and Ahmed in person on Friday. We've thought it over carefully and we're not going to take things further for the Operations Lead role.

Best wishes,
Rowan
Rowan Ellis | Talent | Copperbeech Foods${disclaimer}`),
  rej('interview', ['skills_gap'], fb,
    `Dear Joanna,

Re: Specialist Nurse – Diabetes (ref 219-SN-0044)

Thank you for attending interview on 4 July. The panel were impressed by your clinical knowledge; however, the post requires the independent prescribing qualification (V300), and as you do not yet hold it we are unable to offer you the post.

Regards,
Recruitment, Elmbridge Community Health${noReply}`),
  rej('application', ['profile_mismatch'], {},
    `Hi Sven,

Thanks for your interest in the Category Manager opening at Greenleaf Grocers. We've had a look at your CV and we don't feel it's quite the right match for this one.

All the best,
Greenleaf Grocers Head Office Recruitment`),
  rej('application', ['skills_gap'], fb,
    `Dear Candidate,

Thank you for your application for the post of Secondary Teacher of Physics (Ref T-PHY-25).

We are unable to shortlist you on this occasion as the post requires Qualified Teacher Status, which your application does not indicate.

Yours faithfully,
Headteacher's PA, Castlemead Academy`),
  rej('screen', ['generic'], {},
    `Hello Gabriela,

I appreciated you taking my call on Tuesday about the HR Coordinator vacancy. After reviewing everyone we spoke to, we won't be moving ahead with your application.

Warm regards,
Nadia Haddad
People Operations, Tideway Partners`),
  rej('assessment', ['assessment'], fb,
    `Dear Sandeep,

Thank you for attempting the Codility assessment for the Graduate Developer role. Your solution passed 4 of the 10 test cases, below the level we need to continue, so we won't be progressing your application.

Graduate Hiring Team, Axion Software`),
  rej('final', ['profile_mismatch', 'position_filled'], door,
    `Hi Mei,

Thank you for being one of our two finalists for the Lead UX Researcher role. We've offered the position to the other finalist, whose research background mapped more closely to our enterprise product.

I'd love to keep in touch — I'll reach out if another research role opens on the team.

Warmly,
Ciaran
Head of Design, Fennix`),
  rej('application', ['generic'], {},
    `Dear Liam,

Thank you for your interest in working at Pinebrook Bank. After careful review of your application for Branch Customer Adviser (Req 33019), we regret to inform you that we have decided to pursue other candidates.

Pinebrook Bank Talent Acquisition
This message, including any attachments, is intended only for the addressee. Pinebrook Bank N.A. Member FDIC.`),
  rej('interview', ['profile_mismatch', 'position_filled'], offered,
    `Dear Ms Khan,

Thank you for coming to see us on Wednesday for the Practice Manager interview.

We have decided to offer the post to an applicant whose experience more closely matched the needs of the practice, and I am sorry to disappoint you. If you would find it useful to talk through the panel's thoughts, please give me a ring on the number below.

Kind regards,
Dr. R. Patel
Senior Partner, Linden Road Surgery
Tel: 020 7946 0321`),
  rej('interview', ['position_filled'], {},
    `Hi Dan,

Just to close the loop — thanks for your time with the team last week. We've now filled the Junior Developer position.

Best,
Priya (Talent @ Sproutly)${quoted('Mon, 30 Jun 2025 at 08:55', 'Dan Ortiz <dan.o@mail.example>', 'Hi Priya,\n\nJust checking in on the Junior Developer role after my interviews last week.\n\nDan')}`),
  rej('application', ['location'], fb,
    `Hi Kofi,

Thanks for applying to the Warehouse Operative role at our Daventry site. We noticed your address is in Glasgow; this role is on-site only with early shifts starting at 5am, so we're unable to progress applications from outside a commutable distance.

Thanks,
Peak Logistics Recruitment`),
  rej('screen', ['salary'], fb,
    `Hi Ella,

Thanks for the chat on Thursday. I ran your numbers past the hiring manager and unfortunately the gap between your expected day rate and what the project can pay is too big to bridge, so we won't be able to take this one forward.

Best,
Tom | Contract Recruitment | Blueridge Talent Solutions${agencyFooter}`),
  rej('interview', ['culture_fit'], { ...fb, ...door },
    `Hi Jules,

Thank you for interviewing with us and for being so candid about how you like to work.

We've decided not to move ahead. The role sits in a team that works very collaboratively, with lots of pairing and shared decisions, and we felt you'd be happier somewhere that gives you more independence.

We'd still love to hear from you if you see a more independent role with us in the future.

Best,
Ana, Engineering Manager — Quokka`),
  rej('interview', ['overqualified'], fb,
    `Dear Howard,

Thank you for your interview for the Assistant Store Manager post at our Reading branch.

Given your background running a regional team of eight stores, the panel felt the post would not offer enough scope for you and that you would quickly want to move on, so we have decided not to offer it to you.

Kind regards,
Regional HR, Thornton's Department Stores`),
  rej('application', ['role_closed'], {},
    `Hi Amir,

I'm writing to let you know that the Customer Insights Analyst requisition has been cancelled following a change in our team's budget, so we will no longer be reviewing applications for it.

Thanks for your interest,
Recruiting @ Helio`),
  rej('interview', ['internal_candidate'], door,
    `Dear Natasha,

Thank you for attending the interview for the Deputy Ward Manager post. I am writing to let you know that the post has been offered to a member of our existing ward team.

The panel were impressed, and we would encourage you to apply for future band 7 opportunities within the Trust.

Kind regards,
Matron, Ward 12, Whitfield General Hospital`),
  rej('interview', ['generic'], {},
    `Hi Pedro,

It was really nice to speak with you and the hiring team this week. Unfortunately, we've decided not to move forward with your candidacy at this time.

Regards,
Talent Acquisition, Velocity Freight`),
  rej('application', ['generic'], {},
    `Hello,

This is to let you know that your application (ID 88120) for Seasonal Store Colleague has not been successful.

Please note: we are unable to respond to queries about individual applications.

Pembury & Co Careers${noReply}`),
  rej('application', ['skills_gap'], fb,
    `Hi Zainab,

Thank you for applying to the Bilingual Customer Adviser role. The role needs fluent spoken and written Arabic, and the language assessment in your application showed intermediate level, so we won't be able to move forward.

Best wishes,
Crescent Contact Centres Recruitment`),
  hold('final', ['role_closed'], {},
    `Hi Oscar,

Thanks for your patience after the final interviews. The board has asked us to hold off on making the Head of Data appointment until after the September budget review. You're still one of our two finalists and nothing has changed on our side.

Speak soon,
Farah, Talent — Kinfolk Insurance`),
  other(`Hi Marta,

Thanks so much for your time on the video calls. The team enjoyed meeting you and we're still speaking with a couple of other candidates this week. I'll be in touch with an update by Friday.

Rowan
Talent | Copperbeech Foods`),
  other(`Dear Sandeep,

Thank you for your interest in the Graduate Developer role at Axion Software. Please complete the Codility assessment using the link below within 5 days. The assessment takes around 90 minutes.

Graduate Hiring Team`),
  other(`Hi Sven,

Your application for Category Manager at Greenleaf Grocers was received. Unfortunately, our system shows that the cover letter upload failed. You can log in and re-upload it at any time before the advert closes on 14 July.

Greenleaf Grocers Head Office Recruitment`),
  other(`Dear Liam,

Thank you for applying for Branch Customer Adviser (Req 33019). We are reviewing your application against the requirements of the role and will let you know the outcome as soon as possible.

Pinebrook Bank Talent Acquisition`),
  other(`Hi Kofi,

Five new Warehouse Operative jobs near Glasgow were posted this week. Unfortunately, the Daventry role you looked at is no longer taking applications, but these might suit you:

Warehouse Operative – Peak Logistics – Glasgow East
Picker Packer – Northline – Paisley

Manage your alerts · Unsubscribe`),
  other(`Hi Mei,

Congratulations — we'd love to offer you the Lead UX Researcher position at Fennix! I'll send the formal offer letter this afternoon.

Warmly,
Ciaran`),
  other(`Dear Ms Khan,

Thank you for your application for the post of Practice Manager. We would like to invite you to interview on Wednesday 9 July at 3pm at Linden Road Surgery.

Kind regards,
Dr. R. Patel`),
  other(`Hi Amir,

Sorry, I need to move our chat on Thursday — something has come up. Could we do Friday at 10 instead?

Thanks,
Recruiting @ Helio`),
];

/** A third go of the fifth batch: flags in the middle of long letters, reasons beside boilerplate, look-alikes (development only). */
export const HANDWRITTEN_DEV_5C: readonly CorpusLine[] = [
  rej('application', ['profile_mismatch'], door,
    `Dear Mr Brennan,

Thank you for your recent application for the position of Project Surveyor with Holloway Construction. We were pleased to receive so many applications and would like to thank you for taking the time to apply.

Every application was assessed against the essential and desirable criteria, and on this occasion we have progressed applicants whose experience aligned more closely with the criteria. We know this will be disappointing. Your details will be retained on our candidate database for twelve months, and a member of our resourcing team may contact you should a position arise that suits your experience. We process your data in line with our privacy notice.

Thank you once again for your interest in Holloway Construction.

Yours sincerely,
Resourcing Team
Holloway Construction Group plc`),
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Aria,

I hope your week's going well! I wanted to thank you again for the time you spent with us on the interview day, and for the thoughtful questions you asked the team.

After a lot of discussion, we've decided not to move forward. The team noted that your examples of stakeholder management came mostly from within your own team, and this role leans heavily on negotiating with senior people across other departments. We'd be glad to talk this through on a call if that would help.

Thanks again, and all the best with the search.

Kind regards,
Sophie
Talent Partner, Everfield`),
  rej('interview', ['generic'], door,
    `Dear Mateus,

Thank you for attending the interview for the Laboratory Technician role at the Faculty of Life Sciences. The panel enjoyed meeting you and hearing about your placement.

After careful consideration, I'm sorry to say you have not been selected for the post.

Please do look out for future technical roles within the Faculty — we recruit regularly, and we'd be glad to see an application from you again.

Kind regards,
Faculty HR Office
University of Redbridge`),
  rej('application', ['generic'], {},
    `Dear Tamara,

Thank you for applying for the Trainee Paralegal role. We had an overwhelming response, with over 600 applications for two positions.

Regrettably, we will not be taking your application further. Owing to the number of applications, we are unable to offer feedback at this stage of the process.

Best regards,
HR Team, Ashdown Legal${disclaimer}`),
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Connor,

Thanks for completing the data exercise for the Junior Analyst role — we could see you put real effort in.

The reviewers felt the analysis answered the first question well, but the charts for the second question didn't support the conclusions you drew, and the summary didn't give a recommendation. So we won't be moving you forward this time.

We hire junior analysts every spring and autumn, and we'd encourage you to apply again.

Best,
Dana — Insights Team, Cobalt`),
  rej('screen', ['location'], { ...fb, ...door },
    `Hi Karthik,

Good speaking with you earlier. As mentioned, the client can only consider candidates who already have the right to work in the UK, as they're unable to sponsor a Skilled Worker visa for this role. I'm sorry it couldn't go further this time.

I'll keep your details and get in touch if I come across a role with a sponsoring employer.

Regards,
Joe
Blueridge Talent Solutions${agencyFooter}`),
  rej('final', ['skills_gap', 'position_filled'], fb,
    `Dear Rosa,

Thank you for your time at the final interview and for your presentation on the new library service.

The panel have offered the post to a candidate with more experience of managing public-sector budgets, which is a central part of this role. I know this will be disappointing news after a long process.

Yours sincerely,
Library Services Recruitment
Brackley Borough Council`),
  rej('interview', ['profile_mismatch'], {},
    `Hi Femi,

Thanks for interviewing for our Sales Development Rep position. We've decided to move forward with candidates who we feel are a better fit for the role at this time.

Thanks,
Recruiting @ Loop`),
  rej('application', ['role_closed'], door,
    `Dear Applicant,

Thank you for your interest in the Youth Worker post (ref YW-12). Unfortunately, the funding for this post has not been renewed, and the vacancy has been withdrawn.

We apologise for any inconvenience and hope you will consider applying for other roles with us in the future.

Kind regards,
Hartside Youth Trust`),
  rej('interview', ['generic'], offered,
    `Hi Wren,

Thank you for chatting with Sam, Ola and me on Tuesday about the Community Manager role. I'm sorry to let you know we won't be progressing to the next stage. We're happy to share some notes from the conversations if you'd like them — just reply here.

Best,
Harper`),
  other(`Dear Mr Brennan,

Thank you for your application for the position of Project Surveyor with Holloway Construction. We are currently reviewing applications and will contact shortlisted applicants by 25 July. We regret that, due to the volume of applications, we are unable to reply to every applicant individually.

Resourcing Team
Holloway Construction Group plc`),
  other(`Hi Aria,

Thanks for your interest in Everfield! Unfortunately the interview slot on Thursday has been taken, but we have Friday at 2pm or Monday at 10am. Let me know which works for you.

Sophie
Talent Partner, Everfield`),
  other(`Dear Connor,

You're invited! Cobalt Careers Open Evening — Thursday 18 September, 6–8pm. Come and meet our analysts and hear about our graduate programme. Sorry, places are limited, so please register early.

Cobalt Careers · Unsubscribe`),
  other(`Hi Femi,

We noticed you started an application for Sales Development Rep at Loop but didn't finish it. Unfortunately, incomplete applications can't be reviewed — pick up where you left off before the role closes on Friday.

Recruiting @ Loop`),
];
