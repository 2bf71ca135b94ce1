/**
 * Sealed messages of the forty-first round. The first part is declines from many employers, vendors and HR template
 * sites at every stage from application to final round, with every reason: tracking-system letters of many vendors,
 * HR templates (one with a merge field left in), agency recruiters, hiring managers and founders writing by hand,
 * HTML leftovers and replies quoting earlier mail, across countries and sectors (retail, energy, public sector,
 * universities, games, shipping, charities, consulting), from one line to long letters with the key sentence in the
 * middle. The second part is six months of one inbox: a night-shift warehouse supervisor in Leeds moving into
 * logistics planning and inventory analysis, with acknowledgements, a numeracy-test invitation, scheduling, a
 * recruiter's check-in, job alerts from two boards, a college newsletter, a pay-rise letter and an offer beside the
 * paused processes and the declines.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s41-');

export const HANDWRITTEN_SEALED_41: readonly CorpusLine[] = [
  // ── Part one: many employers
  // 1 Greenhouse, application, generic
  rej('application', ['generic'], {},
    `Hi Daniela,

Thank you for your interest in Quillfire Studios and for applying to the Associate Producer position. After reviewing your application, we have decided not to move forward at this time.

We appreciate the time you took and wish you the best.

Quillfire Studios Recruiting

Powered by Greenhouse`, 'Your application to Quillfire Studios'),

  // 2 Lever, application, profile_mismatch + door
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Oskar,

Thanks so much for applying for the Energy Trading Analyst role at Vindhav Power. We've had a good look at your application and, while there was plenty to like, we've decided to progress with candidates whose backgrounds are closer to what this particular role needs.

We'll be hiring across the trading desk over the coming year, so please keep an eye on our careers page and don't hesitate to apply again.

All the best,
The Vindhav People Team

Sent via Lever`, 'Vindhav Power - Energy Trading Analyst'),

  // 3 Workday, application, skills_gap (language)
  rej('application', ['skills_gap'], { ...fb },
    `Dear Aurélie Marchand,

Thank you for your application for the position of Customer Service Lead (Req ID R-0048812) at Grandmaison Retail Group.

We have reviewed your profile carefully. This role requires fluent written and spoken German, as the team supports our stores in Austria and Switzerland, and your application indicates a basic level only. For this reason we are unable to consider you further for this vacancy.

You can view the status of all your applications at any time by signing in to your candidate home account.

Kind regards,
Talent Acquisition
Grandmaison Retail Group

This is an automatically generated email. Please do not reply to this address.`, 'Update on your application R-0048812'),

  // 4 SmartRecruiters, screen, salary
  rej('screen', ['salary'], { ...fb, ...door },
    `Dear Hamza,

Thank you for taking the time to speak with me on Tuesday about the Site Reliability Engineer opening at Corvane Shipping.

I've discussed our conversation with the hiring manager. The salary you mentioned (around 95,000 EUR) is well above the band we have approved for this role, which tops out at 78,000, and we're not able to stretch that far. I'm sorry, as we enjoyed the call.

If your expectations change, or a more senior position opens, I'd be glad to hear from you again.

Best regards,
Femke de Wit
Talent Acquisition Partner, Corvane Shipping B.V.
Rotterdam`, 'Corvane Shipping | SRE'),

  // 5 Ashby, interview, generic
  rej('interview', ['generic'], {},
    `Hi Rafael,

Thank you for interviewing with us for the Product Designer role at Nimbalo. We really appreciated the time you spent with the team last week.

After a lot of discussion, we've decided not to move forward with your candidacy.

Thanks again,
Nimbalo Talent`, 'Update from Nimbalo'),

  // 6 iCIMS, application, position_filled
  rej('application', ['position_filled'], {},
    `Dear Jordan Whitlock,

Thank you for your interest in the Pharmacy Technician II position (Job ID 2025-11874) with Bellreach Health System.

We would like to let you know that this position has now been filled. We appreciate your interest in Bellreach and encourage you to review our career site for other opportunities that match your skills.

Sincerely,
Bellreach Health System Talent Acquisition

*** This message was sent from an unmonitored mailbox. ***`, 'Pharmacy Technician II - Job ID 2025-11874'),

  // 7 Taleo, application, generic, merge-field leftover
  rej('application', ['generic'], {},
    `Dear {{candidate.first_name}},

Thank you for applying for the position of Regional Stores Auditor (Requisition 7731-RET).

We received a large number of applications for this position and, after careful review, we regret to inform you that your application will not be taken further.

We wish you every success in your career.

Yours sincerely,
Recruitment Services
Harrowgate Department Stores plc`, 'Regional Stores Auditor (7731-RET)'),

  // 8 Workable, assessment, assessment + fb
  rej('assessment', ['assessment'], { ...fb },
    `Hi Selin,

Thank you for completing the written case exercise for the Fundraising Data Officer role at Lanternway Trust.

The panel scored each submission against the same criteria. Your analysis of the donor retention figures was clear, but the exercise asked for a recommended segmentation and a short budget, and both were missing from your submission. Your overall score was 11 out of 25, below the 16 we set for invitation to interview.

We won't be taking your application further on this occasion. Thank you for the effort you put in.

Warm wishes,
Bethan Price
People & Culture, Lanternway Trust

--
Sent with Workable`, 'Lanternway Trust: Fundraising Data Officer'),

  // 9 Teamtailor, application, location + fb
  rej('application', ['location'], { ...fb },
    `Hej Carlos!

Thanks for applying to be a Backend Developer at Fjällbit Games. We love that you want to join us.

Unfortunately we can't move your application forward. The role is based in our Umeå studio at least three days a week, and from your application it looks like you're looking for a fully remote role from Lisbon. We're not able to sponsor a move at the moment either.

Take care,
Fjällbit Games

Manage your data and consents: careers.fjallbit.se/privacy`, 'Your application to Fjällbit Games'),

  // 10 Personio, interview, position_filled + door
  rej('interview', ['position_filled'], { ...door },
    `Hallo Frau Krüger,

vielen Dank für das angenehme Gespräch am vergangenen Donnerstag.

Wir haben uns inzwischen für eine andere Kandidatin entschieden, die das Angebot bereits angenommen hat. Die Position Office Manager (m/w/d) ist damit besetzt.

Gerne würden wir Ihre Unterlagen in unserem Talentpool behalten und uns melden, wenn eine passende Stelle frei wird.

Mit freundlichen Grüßen
Lena Hofbauer
People Operations, Wendelin Beratung GmbH, München`, 'Ihre Bewerbung als Office Manager (m/w/d)'),

  // 11 BambooHR, application, role_closed
  rej('application', ['role_closed'], {},
    `Hi Tomasz,

Thanks for applying for the Warehouse Systems Analyst opening at Pinecrest Outdoor Supply.

We wanted to let you know that we have decided not to fill this position after all, following a review of our operations budget for next year. As a result we won't be moving forward with any applications for this role.

We're sorry for any disappointment and thank you for your interest.

Pinecrest Outdoor Supply Hiring Team`, 'Warehouse Systems Analyst at Pinecrest Outdoor Supply'),

  // 12 Recruitee, application, overqualified + fb
  rej('application', ['overqualified'], { ...fb },
    `Dear Meera,

Thank you for your application for the Junior Accounts Assistant role at Haverlock & Sons.

We were impressed by your background. However, with twelve years in finance including your time as a financial controller, your experience is considerably beyond what this entry-level role involves, and we don't think it would keep you challenged for long.

We have decided not to proceed with your application, and we wish you all the best.

Kind regards,
Haverlock & Sons Recruitment`, 'Junior Accounts Assistant - Haverlock & Sons'),

  // 13 Jobvite, screen, profile_mismatch
  rej('screen', ['profile_mismatch'], {},
    `Hello Adebayo,

Thank you for the phone conversation last week regarding the Field Service Engineer role at Stonebridge Turbines.

We have now completed our initial calls and have decided to move forward with other applicants whose experience is a closer match to the requirements of this position.

Best regards,
Stonebridge Turbines Talent Team`, 'Field Service Engineer - application status'),

  // 14 Pinpoint, application, internal_candidate
  rej('application', ['internal_candidate'], {},
    `Dear Ffion,

Thank you for applying for the Communications Officer vacancy at Cyngor Dyffryn Housing Association.

We're writing to let you know that, following the closing date, the position has been offered to an existing member of staff. We will therefore not be taking any external applications further.

Diolch / Thank you,
HR Team, Cyngor Dyffryn Housing Association`, 'Communications Officer (Ref CD-2291)'),

  // 15 SuccessFactors, interview, skills_gap
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Mr. Nakamura,

Thank you for attending the video interview for the position of Subsea Project Engineer (Requisition 48120BR) with Aldermoor Energy.

After careful consideration, the hiring team has concluded that your experience does not yet include the offshore commissioning work this role requires, and in particular a valid BOSIET certificate is needed before mobilisation. We are therefore unable to offer you the position.

We thank you for your interest in Aldermoor Energy.

Regards,
Aldermoor Energy Recruitment
This email was sent from SAP SuccessFactors. Please do not reply.`, 'Aldermoor Energy: Requisition 48120BR'),

  // 16 Oracle Recruiting, application, generic
  rej('application', ['generic'], {},
    `Dear Karin,

Thank you for your interest in the Clinical Research Coordinator position (Job 25001342) at Westholm University Hospital.

We regret to inform you that you have not been selected for this position.

Thank you for considering a career with us.

Westholm University Hospital Talent Acquisition`, 'Job 25001342: Status of your application'),

  // 17 agency recruiter, interview, culture_fit + fb + offered
  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Hi Liam,

Just had the feedback through from Brightmere after your interview with Georgia on Friday. I'm afraid it's a no this time.

She said you clearly know your stuff technically, but she felt you'd prefer a lot more structure and sign-off than they can give. It's a five-person consultancy where everyone is expected to run with things on their own from day one, and she didn't think that would suit how you like to work.

Happy to hop on a call if you want to go through it in more detail. I've got a couple of other roles that might be a better fit so let's talk this week.

Cheers,
Sam Okafor
Senior Consultant, Redline Talent Partners`, 'Brightmere feedback'),

  // 18 founder by hand, final, position_filled + door
  rej('final', ['position_filled'], { ...door },
    `Hi Noor,

I wanted to write to you personally rather than send something from the system. You were one of the last two people we were deciding between for Head of Growth, and honestly it came down to the wire. We made an offer to the other candidate on Wednesday and she accepted this morning.

I'd really like to stay in touch. We'll be hiring a second growth marketer once the Series A closes, and I'd love to talk to you first when that happens.

Thank you for all the time you gave us over the last month.

Ben
Founder, Parcelnest`, 'Head of Growth'),

  // 19 hiring manager, interview, skills_gap + profile? -> skills_gap only, with fb, offered
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Ama,

Thank you for meeting with Dr Okonjo and me on Monday for the Research Data Manager post in the School of Earth Sciences.

We were grateful for your time, but we have decided not to offer you the post. The main reason is that the role involves looking after several large climate model archives, and the panel felt you do not yet have enough hands-on experience with HPC storage systems and Python scripting for that side of the job.

If you would like to talk through the panel's comments in more detail, please email me and I will arrange a short call.

Best wishes,
Dr Helen Marsh
Research Services Manager
University of Northbrook`, 'Research Data Manager (Ref NB-04471)'),

  // 20 HTML leftover, application, generic
  rej('application', ['generic'], {},
    `<html><body><p>Dear Applicant,</p>
<p>Thank you for applying for the role of <b>Store Supervisor - Galway</b>. We have reviewed all applications received and regret that we will not be progressing yours on this occasion.</p>
<p>Kind regards,<br>Recruitment Team<br>Corrib Home &amp; Garden</p>
<p style="font-size:10px;color:#999">You are receiving this email because you applied through our careers site. &copy; 2025 Corrib Home &amp; Garden Ltd.</p></body></html>`, 'Store Supervisor - Galway'),

  // 21 reply in thread, screen, role_closed
  rej('screen', ['role_closed'], {},
    `Hi Priyanka,

Thanks for checking in and sorry for the silence. I'm afraid the Business Analyst role you and I spoke about has been cancelled. The programme it belonged to was stopped as part of a wider restructure, so we won't be taking anyone forward for it.

Really sorry for the wasted effort.

Gareth Lowe
Talent Acquisition, Norwell Insurance

On Mon, 3 Mar 2025 at 09:14, Priyanka Shah <priyanka.shah.ba@gmail.com> wrote:
> Hi Gareth, hope you're well. I just wanted to follow up after our call two weeks ago about the BA role. Is there any update on next steps?
> Thanks, Priyanka`, 'Re: Business Analyst - next steps'),

  // 22 very short, application, generic
  rej('application', ['generic'], {},
    `Thanks for applying. We won't be progressing your application. - Hollowtree Coffee Roasters`, 'Application update'),

  // 23 long letter, public sector, interview, skills_gap + door, key sentence in middle
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Ms Okeke,

Re: Application for the post of Senior Planning Officer (Grade 9), reference PLN-2025-037

Thank you for attending the interview on 14 May at the Civic Centre, and for the time you spent preparing the presentation on the draft local plan consultation. I know that preparing for an interview of this kind takes considerable effort alongside existing commitments, and the panel asked me to pass on their thanks.

As you will remember, the panel consisted of myself, the Head of Development Management and an elected member from the Planning Committee. We interviewed six candidates over two days. Each candidate was asked the same set of questions, and answers were scored against the essential and desirable criteria set out in the person specification, together with the presentation.

Following the interviews, the panel met on the afternoon of 15 May to compare scores and discuss each candidate in turn. Where scores were close, the panel returned to the written application form and to the notes taken during the presentation, so that every candidate was considered on the full evidence rather than on the interview alone. The recommendation of the panel was then confirmed by the Head of Planning in line with the Council's scheme of delegation.

Having considered all of the evidence, I am sorry to tell you that you have not been successful on this occasion. The essential criteria for this post include full membership of the Royal Town Planning Institute, and while your experience in enforcement work was clearly strong, the panel could not appoint without chartered status. The panel also noted that your experience of major applications was more limited than that of the appointed candidate.

I would like to stress that this was a strong field. Your answers on community engagement scored particularly well, and the elected member commented on the clarity of your presentation.

The Council expects to advertise two Planning Officer posts later this year, and once your RTPI membership is complete we would encourage you to apply for future Senior Planning Officer vacancies. Details of all current vacancies are published on our website and on the regional jobs portal.

Please note that in line with our recruitment policy your application form and interview notes will be kept for six months and then securely destroyed. If you have any questions about this process, you are welcome to contact the HR Service Centre on 01632 960 411.

Thank you once again for your interest in working for the Council.

Yours sincerely,

Andrew Pemberton
Development Manager
Place Directorate
Eastmere Borough Council`, 'Senior Planning Officer - outcome of interview'),

  // 24 Greenhouse, final, profile_mismatch
  rej('final', ['profile_mismatch'], {},
    `Hi Tariq,

Thank you for spending the afternoon with us for the final round of interviews for the Senior Data Scientist role at Ledgerfox. We know an onsite is a big commitment.

The team met yesterday to discuss. While we enjoyed getting to know you, we've decided to move forward with a candidate whose experience is more closely aligned with what we need right now.

We wish you every success.

Best,
Chloe Rinaldi
Recruiting, Ledgerfox`, 'Ledgerfox - Senior Data Scientist'),

  // 25 Lever, assessment, assessment (no fb)
  rej('assessment', ['assessment'], {},
    `Hi Ifeoma,

Thank you for completing the coding challenge for the Junior Software Engineer role at Trellisent.

Unfortunately your submission did not meet the bar for us to progress to the interview stage. We know this is disappointing, and we appreciate the time you put into it.

Best wishes,
Trellisent Engineering Recruiting`, 'Trellisent coding challenge'),

  // 26 agency, application, salary + fb
  rej('application', ['salary'], { ...fb },
    `Hi Graham,

I put your CV forward to my client for the Procurement Manager role in Derby. They came back this morning and said they won't be progressing. Your current package (60k plus car) is beyond what they can offer - their ceiling is 52k with no car allowance - and they didn't want to waste your time.

I'll keep looking for you.

Rob Denholm
Apex Supply Chain Recruitment`, 'Procurement Manager - Derby'),

  // 27 hiring manager, interview, internal_candidate + offered
  rej('interview', ['internal_candidate'], { ...offered },
    `Hello Mateus,

Thank you for interviewing for the Marine Operations Coordinator role last week. I wanted to let you know myself that we have appointed a colleague who has been acting in the role since the summer. It was a close decision and I want to be open about why.

If you would like any feedback on your interview, please just reply and I'll set up a call.

Kind regards,
Ingrid Solheim
Operations Manager, Nordkyst Ferries AS`, 'Marine Operations Coordinator'),

  // 28 Workday, application, location (right to work)
  rej('application', ['location'], { ...fb },
    `Dear Vikram Rao,

Thank you for applying for the Graduate Engineer position (JR-220913) at Calloway Rail Systems.

Based on your responses to the application questions, you indicated that you will require visa sponsorship to work in the United Kingdom. Unfortunately we are unable to offer sponsorship for this role, and your application cannot proceed further.

We appreciate your interest in Calloway Rail Systems.

Regards,
Calloway Rail Systems Careers

Please do not reply to this email. This mailbox is not monitored.`, 'Your application for Graduate Engineer (JR-220913)'),

  // 29 SmartRecruiters, interview, culture_fit (no fb - generic culture statement)
  rej('interview', ['culture_fit'], {},
    `Dear Yasmin,

Thank you for interviewing with Solace Hospitality Group for the Guest Experience Manager position.

After careful consideration, we feel that other candidates are a stronger fit with our values and the way our teams work, and we will not be moving forward with your application.

Thank you again for your time and interest.

Sincerely,
Solace Hospitality Group Talent Acquisition`, 'Solace Hospitality Group - Guest Experience Manager'),

  // 30 Ashby, final, assessment + fb + offered
  rej('final', ['assessment'], { ...fb, ...offered },
    `Hi Kwame,

Thanks for joining us for the final round of interviews for the Staff Engineer role at Orbitwell. It was great having you in the office.

We've decided not to extend an offer. The system design session was the deciding factor: the panel felt your design didn't address how the service would handle a regional outage, and when prompted the discussion stayed at a high level. The rest of the day went well.

If you'd like to go through the interviewers' notes in more detail, let me know and I'll find a time.

Best,
Hannah Liu
Technical Recruiter, Orbitwell`, 'Orbitwell - Staff Engineer'),

  // 31 HR template, interview, generic, merge field left
  rej('interview', ['generic'], {},
    `Dear Mr [SURNAME],

Thank you for attending the interview for the post of Estates Assistant on [DATE].

I regret to inform you that on this occasion you have not been successful. The standard of candidates was very high and the panel had a difficult decision to make.

May I take this opportunity to thank you for your interest in the College.

Yours sincerely,

Human Resources
St Aldric's College`, 'Estates Assistant'),

  // 32 iCIMS, application, role_closed + door
  rej('application', ['role_closed'], { ...door },
    `Hello Marisol,

We are reaching out regarding your application for the Category Analyst, Fresh Produce position at Verdana Markets.

This requisition has been closed due to a change in business needs, and we are no longer recruiting for the role. We would like to thank you for your interest and encourage you to apply for future positions that match your experience. Your profile will remain in our system.

Best regards,
Verdana Markets Talent Acquisition`, 'Verdana Markets - Category Analyst, Fresh Produce'),

  // 33 Teamtailor, application, profile_mismatch + door
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Jonas,

Thank you for your interest in joining Skyllo as a Customer Success Manager!

We've now gone through all applications and we've decided not to go ahead with yours this time. We were looking for a profile a little different from yours for this role.

We'd love to keep you in mind for the future, so we've added you to our Connect talent community. You'll hear from us when something fits.

Best wishes,
Team Skyllo`, 'Thank you for applying to Skyllo'),

  // 34 thread reply, interview, overqualified + salary
  rej('interview', ['overqualified', 'salary'], { ...fb },
    `Hi Deborah,

Thanks for the nudge, and sorry it's taken me a while. We've now decided not to go forward. The panel all said you'd be very strong in the role, but with twenty years running programmes you'd be doing a job several levels below where you are, and the salary we have (32k) is a long way under what you told us you'd need. We worried it wouldn't last for either side.

Best wishes,
Kate
Programme Lead, Riverwild Conservation Trust

> From: Deborah Quinn
> Sent: 12 June 2025 08:41
> To: Kate Allardyce
> Subject: Programme Officer interview
>
> Hi Kate, thank you again for Thursday's interview. Just wondered if there was any news?`, 'RE: Programme Officer interview'),

  // 35 Oracle Recruiting, final, position_filled (assessment centre)
  rej('final', ['position_filled'], {},
    `Dear Harriet,

Thank you for attending the assessment centre for the Retail Graduate Scheme at Penhallow Foods.

All places on this year's programme have now been filled, and we are therefore unable to offer you a position.

We wish you every success for the future.

Penhallow Foods Early Careers Team`, 'Retail Graduate Scheme - update'),

  // 36 Jobvite, screen, location
  rej('screen', ['location'], { ...fb },
    `Hi Emeka,

It was great chatting with you on Monday. After our call, I confirmed with the hiring manager that the Network Operations Engineer role needs someone within commuting distance of the Houston data center for on-call shifts. As you mentioned you're planning to stay in Atlanta, we won't be able to move forward.

Wishing you the best,
Carly Jensen
Recruiter, Lonestar Grid Services`, 'Network Operations Engineer'),

  // 37 Personio, screen, overqualified + door
  rej('screen', ['overqualified'], { ...fb, ...door },
    `Hi Sophie,

Thank you for the call on Wednesday. I really enjoyed hearing about your time leading the events team at the festival.

Having talked it over with Jan, we don't think the Event Assistant role is the right step for you. You have been managing budgets and teams of fifteen for several years, and this job is mainly booking venues and handling registrations. We think you'd be under-used and probably bored within months.

We'd genuinely like to hear from you if a coordinator or manager role opens here, and I'll let you know if I see one.

Liebe Grüße,
Mira Kessler
Talent, Stadtklang Events GmbH`, 'Event Assistant - our call'),

  // 38 Workable, interview, internal_candidate
  rej('interview', ['internal_candidate'], {},
    `Hi Ruairi,

Thank you for interviewing for the Data Analyst position at Kestrel Credit Union.

We wanted to let you know that the role has been filled by an internal applicant, so we will not be progressing your application. Thanks again for the time you gave us.

Regards,
Kestrel Credit Union`, 'Data Analyst - Kestrel Credit Union'),

  // 39 long thread, charity, final, culture_fit + profile_mismatch, fb
  rej('final', ['culture_fit', 'profile_mismatch'], { ...fb },
    `Dear Tobias,

Thank you for your patience while we reached a decision, and for coming back for the second and final interview last Tuesday with our Chair and CEO.

I am sorry to say that we will not be offering you the role of Head of Fundraising. The trustees felt that the other finalist's background was closer to the community-based fundraising we rely on. They also felt that your approach, which is very target-driven and centred on major donors, sits a little uneasily with the way our small team shares decisions and works alongside volunteers.

I hope that is helpful, and thank you again.

Yours,
Margaret Oduya
Chief Executive, Hearthside Family Support

-----Original Message-----
From: Tobias Brandt
Sent: 02 July 2025 16:20
To: Margaret Oduya
Subject: RE: Head of Fundraising - final interview

Dear Margaret, thank you for the opportunity on Tuesday. I look forward to hearing from you.

-----Original Message-----
From: Margaret Oduya
Sent: 24 June 2025 10:05
Subject: Head of Fundraising - final interview

Dear Tobias, I am pleased to invite you to a final interview with our Chair and CEO on Tuesday 1 July at 2pm.`, 'RE: Head of Fundraising - final interview'),

  // 40 SuccessFactors, application, skills_gap (degree)
  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant,

Thank you for your application for the position Process Engineer - Refinery Operations (Job Req 77510).

Following review, we regret to inform you that your application does not meet the minimum requirement of a bachelor's degree in chemical or process engineering for this position, and it will not be considered further.

We encourage you to visit our careers site regularly.

Halvern Petrochemicals HR Services
This is a system-generated email. Replies are not read.`, 'Job Req 77510 - application status'),

  // 41 Greenhouse, interview, role_closed + door
  rej('interview', ['role_closed'], { ...door },
    `Hi Aisha,

Thank you so much for the time you've spent interviewing with Tidewell for the Partnerships Manager role.

I'm sorry to share that we've made the difficult decision to pause hiring for this position for the rest of the year as we refocus our roadmap, so we're closing the role and won't be able to move forward with your application.

You were a strong candidate, and if the role reopens next year we'd love to reconnect. Please feel free to apply to any future openings too.

Warmly,
Daniel Oyelaran
Talent, Tidewell`, 'Tidewell - Partnerships Manager update'),

  // 42 Recruitee, assessment, generic (background check no requirement)
  rej('assessment', ['generic'], {},
    `Dear Petra,

Thank you for your patience during the pre-employment screening for the Cash Office Supervisor position at Mercato Retail.

Following the outcome of your background check, we are unable to proceed with your application. In line with our policy, we are not able to share further details by email.

Kind regards,
Mercato Retail Recruitment`, 'Mercato Retail - pre-employment screening'),

  // 43 Taleo, interview, profile_mismatch + door
  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Hiroshi Tanaka,

Thank you for your interest in the Logistics Coordinator position (Req. 25-3307) and for participating in the interview process.

After careful review, we have selected a candidate whose qualifications more closely match the needs of the position. Your profile will remain in our candidate database, and we encourage you to apply for other positions that interest you.

Sincerely,
Maritime Pacific Lines Human Resources`, 'Req. 25-3307 Logistics Coordinator'),

  // 44 founder short, screen, generic
  rej('screen', ['generic'], {},
    `Hey Marco - thanks for the chat Friday. We're going to go another direction on this one. Good luck out there.
- Ellie, co-founder @ Tinderbox Labs`, 'quick update'),

  // 45 Lever, final, salary + position_filled? -> salary + fb
  rej('final', ['salary'], { ...fb, ...offered },
    `Hi Renata,

Thanks again for the final conversation with our COO on Monday, and for being so open about your expectations.

We tried hard to make the numbers work, but the base salary you need (R$ 28,000 a month) is above the maximum we can approve for this level, and we can't offer enough equity to close the gap. So, with regret, we won't be making you an offer.

If it's useful I'm very happy to share the panel's notes from the earlier rounds - just reply to this email.

Abraços,
Lucas Ferraz
Head of Talent, Cobaltia Pagamentos`, 'Cobaltia - Finance Manager'),

  // 46 hiring manager, interview, skills_gap + profile_mismatch? keep skills_gap + location
  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Dear Chen,

Thank you for your interview on Thursday for the Port Planning Analyst role.

I'm sorry to say we won't be offering you the job. Two things worked against you: we need someone who already uses Navis N4 or a similar terminal operating system day to day, and the role requires you to be at the Felixstowe terminal four days a week, which you said would be difficult from Leeds.

Best regards,
Stuart Fenwick
Planning Manager, Eastgate Container Terminals`, 'Port Planning Analyst'),

  // 47 Pinpoint, application, profile_mismatch
  rej('application', ['profile_mismatch'], {},
    `Dear Kieran,

Thank you for applying for the Volunteer Coordinator role at Brightwater Hospice.

We received a high number of applications and have shortlisted those candidates who most closely met the person specification. Unfortunately your application was not shortlisted on this occasion.

With best wishes,
Brightwater Hospice People Team`, 'Your application - Volunteer Coordinator'),

  // 48 long university, final, position_filled + door, key sentence middle
  rej('final', ['position_filled'], { ...door, ...offered },
    `Dear Dr Abara,

Lectureship in Computational Linguistics (Ref. FAH-1123)

On behalf of the selection committee, I would like to thank you for visiting the Department on 9 and 10 October and for the research seminar you gave to staff and students. Attendance was unusually high for a Thursday afternoon, and several of our PhD students have since mentioned how much they appreciated the discussion of low-resource morphology afterwards. Thank you also for the time you spent with the teaching committee and for the sample lecture, which was well received.

As you know, the committee met with four shortlisted candidates over the two days. Each candidate gave a seminar, a teaching presentation and a formal interview with the committee, and met informally with members of the Department over lunch. The committee considered each candidate's research record and plans, their teaching experience and their contribution to the wider life of the Department.

After a long and careful discussion, the committee decided to offer the post to another candidate, who has now accepted. I know this will be disappointing news after such an intensive visit, and I want to assure you that the committee's decision was a difficult one. Your research plans in particular were discussed at length and with enthusiasm.

The Faculty expects to advertise further posts in language technology over the next eighteen months as part of its new strategy, and I would very much encourage you to apply when those are announced. I would also be happy to stay in contact about possible collaborations, particularly around the shared annotation work you described.

I should add that the committee was conscious throughout of the Faculty's commitment to a fair and transparent process. Every candidate was assessed against the published further particulars, and the committee's notes have been kept on file in accordance with the University's recruitment policy. If you would find it helpful to receive a summary of how the committee saw your application against those criteria, I would be glad to write to you separately or to speak by telephone.

The University will reimburse your travel and accommodation costs in line with its expenses policy. If you have not yet submitted your claim form, please send it to Ms Lorna Whitby in the Faculty Office by the end of the month.

With thanks again and every good wish for your work,

Professor Anne-Marie Delacroix
Head of Department, Linguistics and Language Sciences
University of Castlereagh`, 'Lectureship in Computational Linguistics (FAH-1123)'),

  // 49 agency, interview, position_filled
  rej('interview', ['position_filled'], {},
    `Hi Fatima,

Bad news I'm afraid - the client has offered the Senior Buyer job to the other candidate who interviewed on Tuesday and he's accepted. Thanks for all your effort with this one.

Speak soon,
Josh
Harrier Retail Recruitment | 0113 496 0772`, 'Senior Buyer - update'),

  // 50 BambooHR, screen, culture_fit + fb
  rej('screen', ['culture_fit'], { ...fb },
    `Hi Niamh,

Thank you for the phone screen with our People Lead on Tuesday for the Community Manager role.

We've decided not to take your application further. In your call you talked about wanting a clear nine-to-five structure and a separate office, and our whole team works remotely on flexible hours with a lot of async written communication and occasional weekend community events. We don't think that way of working would suit you.

Thanks again for your interest in Pixelhollow.

Pixelhollow Hiring`, 'Pixelhollow - Community Manager'),

  // 51 Workday, interview, generic + door
  rej('interview', ['generic'], { ...door },
    `Dear Lukas Hoffmann,

Thank you for taking the time to interview for the position of Energy Efficiency Consultant (R-119204).

After careful consideration, we have decided not to proceed with your candidacy at this time. We encourage you to continue exploring opportunities with us and to apply for future roles that match your interests.

Best regards,
Talent Acquisition Team
Veltrion Energy Services

Please do not reply to this email.`, 'Regarding your application R-119204'),

  // 52 games, assessment, assessment + skills_gap, fb
  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...door },
    `Hi Zoe,

Thanks for sending in the art test for the Environment Artist position at Mooncrow Interactive. The team looked through it together yesterday.

The lighting and composition are lovely, but the brief asked for a game-ready asset under a polycount of 15k with PBR textures, and your piece was well over budget with hand-painted textures only. For this role we need someone confident with a Substance and PBR workflow from day one. So we won't be moving to interviews with you.

Keep building that portfolio - we'd be happy to see an application from you again next year.

Cheers,
Hollie
Art Director, Mooncrow Interactive`, 'Mooncrow art test'),

  // 53 SmartRecruiters HTML leftover, application, overqualified
  rej('application', ['overqualified'], {},
    `&lt;p&gt;Dear Rohan,&lt;/p&gt;
&lt;p&gt;Thank you for applying for the Customer Support Associate position at Brightpath Telecom. We appreciate your interest.&lt;/p&gt;
&lt;p&gt;Having reviewed your application, we believe your level of experience exceeds the requirements of this role, and we have decided not to move forward.&lt;/p&gt;
&lt;p&gt;Best regards,&lt;br/&gt;Brightpath Telecom Recruiting&lt;/p&gt;`, 'Brightpath Telecom: Customer Support Associate'),

  // 54 consulting, final, generic
  rej('final', ['generic'], {},
    `Dear Olumide,

Thank you for participating in the final round interviews at our London office for the Consultant position in the Operations practice.

We regret to inform you that we will not be extending an offer to you. We received applications from many highly qualified candidates and the decision was very difficult.

We thank you for your interest in Carrow Whitfield & Partners and wish you well in your career.

Yours sincerely,
Graduate & Experienced Hire Recruitment
Carrow Whitfield & Partners LLP

This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error, please notify the sender and delete it. Carrow Whitfield & Partners LLP is a limited liability partnership registered in England and Wales.`, 'Consultant - Operations practice'),

  // 55 iCIMS, interview, internal_candidate + door
  rej('interview', ['internal_candidate'], { ...door },
    `Hello Dana,

Thank you for interviewing for the Merchandising Manager role at Kilbride Outfitters. We enjoyed speaking with you.

After completing our interviews, we have decided to promote a member of our current merchandising team into the role. We would love to stay connected - your information has been added to our talent community and we will reach out if a similar opportunity comes up.

All the best,
Kilbride Outfitters Talent Acquisition`, 'Merchandising Manager at Kilbride Outfitters'),

  // 56 short, application, location
  rej('application', ['location'], { ...fb },
    `Hi Ana, thanks for applying. The Nurse Educator post requires current NMC registration to work in the UK, and you've told us yours is still in progress, so we can't take this one further. Best, Gemma (Recruitment, Sherwood Vale NHS Trust)`, 'Nurse Educator'),

  // 57 public sector, assessment (online test), assessment + fb
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Candidate,

Civil Service Jobs - Application reference 384117

Thank you for completing the Civil Service Judgement Test as part of your application for Executive Officer - Border Operations.

Your score was 41, and the pass mark for this campaign was 52. Unfortunately this means your application will not progress to the next stage.

You may apply for other roles on Civil Service Jobs, including future Executive Officer campaigns.

Civil Service Resourcing
Please do not reply to this email.`, 'Civil Service Jobs - update on your application'),

  // 58 shipping, final, role_closed
  rej('final', ['role_closed'], {},
    `Dear Kofi,

I'm writing with news I hoped not to send. After your final interview with our Managing Director, the board decided last week to merge the chartering desks in Hamburg and Piraeus, and the Chartering Manager role in Hamburg no longer exists. We are therefore not able to proceed with your candidacy.

I am very sorry, particularly given how far you had come in the process.

Best regards,
Annika Sørensen
HR Business Partner, Helleborg Bulk Carriers`, 'Chartering Manager'),

  // 59 energy, interview, skills_gap, offered
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Bilal,

Thanks for your time on Thursday for the Solar Asset Analyst role.

We won't be moving forward. The panel was looking for at least three years working with SCADA data from operational PV sites, and your experience is mostly on the development side.

I'm always glad to give more detailed feedback on a quick call, so let me know if that would be useful.

Regards,
Yusuf Demir
Asset Management Lead, Sunfold Renewables`, 'Solar Asset Analyst'),

  // 60 Workable, application, generic + door
  rej('application', ['generic'], { ...door },
    `Hi Ellen,

Thanks for applying for the Bookseller (Part-time) role at Marginalia Books.

We've had a brilliant response and have now filled our interview slots, so we won't be progressing your application this time. We're often hiring, especially before Christmas, so do apply again.

Best,
Marginalia Books`, 'Bookseller (Part-time)'),

  // 61 Ashby thread with candidate withdrawal request? -> interview, culture_fit + door
  rej('interview', ['culture_fit'], { ...fb, ...door },
    `Hi Sunil,

Thank you for coming in to meet the team on Wednesday. We've talked it over and won't be moving forward with you for the Engineering Manager role.

The honest reason: several of the engineers you met felt your management style, which you described as very hands-on with close daily check-ins, would be a big change for a team that is used to a lot of autonomy. That's not a judgement of you as a manager, more about the match with us.

We'd be very happy to hear from you for future roles.

Best,
Priya Kothari
VP Engineering, Loomwell`, 'Loomwell - Engineering Manager'),

  // 62 Jobvite, application, position_filled
  rej('application', ['position_filled'], {},
    `Dear Marta,

Thank you for your interest in the Payroll Specialist position with Redgrove Manufacturing. We wanted to let you know that we have selected a candidate and the position is now closed.

We wish you the best in your job search.

Redgrove Manufacturing HR`, 'Payroll Specialist'),

  // 63 Personio, interview, salary + door
  rej('interview', ['salary'], { ...fb, ...door },
    `Dear Mr Vermeulen,

Thank you for the interview last week for the Sales Engineer role.

We have decided not to continue. Your salary expectation of 72,000 EUR is clearly above the range we had set for this position (58,000 to 64,000 EUR), and after internal discussion we cannot adjust the budget.

We would like to keep your details for senior positions that may arise in the coming year, if you agree.

Best regards,
Sanne Jacobs
HR, Koudwerk Refrigeration B.V.`, 'Sales Engineer - Koudwerk'),

  // 64 Oracle Recruiting, interview, role_closed
  rej('interview', ['role_closed'], {},
    `Dear Gabriel,

Thank you for interviewing for the Store Operations Project Manager position (Job 24009871).

Due to an organisational restructure, this position has been withdrawn and will not be filled. We therefore cannot continue your application.

We thank you for your interest in Altamira Retail.

Altamira Retail Talent Acquisition`, 'Job 24009871 update'),

  // 65 hand, application, skills_gap + door, short
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Tessa,

Thanks for your application for our Grants Officer role. I'm afraid we've had to prioritise applicants with direct experience of Lottery or trust fundraising bids, which your CV doesn't show yet. Do apply again once you've got some of that under your belt - we'd love to hear from you.

Rhiannon
Director, Glasswing Arts`, 'Grants Officer'),

  // 66 thread, final, internal_candidate + offered
  rej('final', ['internal_candidate'], { ...offered },
    `Hi Joanna,

Apologies for the delay - I wanted to be sure before I wrote. After the final panel, the Director decided to appoint someone from within the Finance team who had been covering the role on secondment. I know that will be frustrating after three rounds.

If you'd like feedback from the panel, I'd be glad to arrange a call.

Kind regards,
Philip Amadi
HR Manager, Thornbury College

On 18 Sep 2025, at 14:22, Joanna Kerr wrote:
> Hi Philip, I hope you're well. It's been two weeks since the final panel for Finance Business Partner, is there any news?`, 'Re: Finance Business Partner - final panel'),

  // 67 Greenhouse, application, location (remote country)
  rej('application', ['location'], {},
    `Hi Thandiwe,

Thank you for your interest in the Remote Support Engineer role at Stackmoor.

Unfortunately, we're currently only able to hire in the countries where we have an entity, and that doesn't include your location. For that reason we can't move forward with your application at this time.

Best,
Stackmoor Recruiting`, 'Your application to Stackmoor'),

  // 68 screen, overqualified + salary? single overqualified
  rej('screen', ['overqualified'], { ...fb },
    `Dear Ivan,

Thank you for speaking with me yesterday about the Warehouse Team Leader vacancy.

Having reflected on our call, I don't think this role is right for you. You've been running whole distribution sites for ten years, and this position reports to a shift manager with a team of eight. We'd be asking you to step back a long way, and I don't think it would be fair to you.

Best regards,
Olivia Grant
Resourcing Advisor, Trentvale Logistics`, 'Warehouse Team Leader'),

  // 69 Teamtailor, interview, profile_mismatch + offered
  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Amira,

Thank you for the interviews with our team for the UX Researcher role at Lindqvist Studio.

We've now decided to move forward with another candidate whose experience matched our needs a little more closely. You're welcome to reply to this email if you'd like feedback.

Best regards,
Lindqvist Studio`, 'Lindqvist Studio - UX Researcher'),

  // 70 SmartRecruiters, application, generic
  rej('application', ['generic'], {},
    `Dear Yusuf,

Thank you for your interest in the Retail Cashier position at Baltica Supermarkets. We regret to inform you that we will not be progressing your application at this time.

Regards,
Baltica Supermarkets HR`, 'Retail Cashier'),

  // 71 agency, final, position_filled + skills_gap? -> profile_mismatch + position_filled
  rej('final', ['position_filled', 'profile_mismatch'], { ...door },
    `Hi Callum,

Just off the phone with Harlow Petroleum. They've offered the Commercial Analyst job to the other finalist and she's accepted. Their words were that she was slightly the stronger match overall, and that it was very close between you.

I'll keep you front of mind for anything similar - I've got two energy clients recruiting in the new year.

Speak soon,
Natalie Burke
Principal Consultant, Northway Energy Search`, 'Harlow Petroleum - outcome'),

  // 72 thread, interview, generic
  rej('interview', ['generic'], {},
    `Dear Beatriz,

Thank you for your message. I'm sorry we kept you waiting. The panel has now made its decision and I'm afraid you have not been selected for the Library Assistant post.

Kind regards,
Claire Moss
Library Services, University of Westbury

From: Beatriz Santos
Sent: 09 October 2025 11:02
To: Library Recruitment
Subject: Library Assistant interview - 30 September

Dear Claire, I attended an interview on 30 September and wondered when I might hear the outcome. Many thanks.`, 'RE: Library Assistant interview - 30 September'),

  // ── Part two: one inbox, Kerry Lambert, night-shift warehouse supervisor in Leeds, March to August
  // I1 job alert
  other(`LogiJobs - 6 new jobs matching "inventory planner" near Leeds

Inventory Planner - Brackley's Supermarkets, Wakefield - £29,000 - £33,000
Stock Control Analyst - Calderway Logistics, Normanton - £30,500
Planning Coordinator - Pennine Parcel Co, Bradford - competitive
Demand Planner (12 month FTC) - Oakhurst Grocers, Leeds - £34,000
Replenishment Analyst - Ravensworth Retail Online, Remote (UK) - £31,000
Transport Planner (Nights) - Greystone Parcels, Castleford - £32,000

Not the right jobs? Edit your alert or unsubscribe at any time.
LogiJobs Ltd, registered in England. You're receiving this because you created a job alert on 2 March.`, 'New jobs for you: inventory planner near Leeds'),

  // I2 acknowledgement, Workday
  other(`Dear Kerry Lambert,

Thank you for applying for Inventory Planner (R-30017) at Brackley's Supermarkets. We have received your application and our recruitment team will now review it against the requirements of the role.

If your application is successful, a member of the team will be in touch to arrange the next step. You can track the status of your application at any time in your candidate account.

Thank you for your interest in Brackley's.

Brackley's Talent Acquisition
Please do not reply to this email.`, 'We have received your application - Inventory Planner'),

  // I3 rejection, application, generic
  rej('application', ['generic'], {},
    `Dear Kerry,

Thank you for applying for the role of Planning Coordinator at Pennine Parcel Co.

We have now reviewed all applications and unfortunately on this occasion you have not been shortlisted for interview.

We wish you all the best for the future.

Pennine Parcel Co Recruitment Team`, 'Planning Coordinator - Bradford'),

  // I4 college newsletter
  other(`Kirkgate College - Evening & Part-time News, March

Hello Kerry,

Congratulations to everyone on the Certificate in Supply Chain Management who finished module 3 (Inventory and Materials Management) last month. Results will be on the learner portal from 20 March.

Coming up this term:
- Power BI for Beginners, Tuesday evenings from 14 April, 6 weeks
- Excel: Lookups, Pivot Tables and Dashboards, Saturday mornings
- Careers drop-in with our employability adviser, Wednesdays 5-7pm in room C12

We're sorry to say the canteen will close at 6pm for the rest of term.

Kirkgate College, Leeds | Unsubscribe from learner newsletters`, 'Evening & Part-time News - March'),

  // I5 acknowledgement, SuccessFactors
  other(`Dear Kerry,

Thank you for your application for the position of Materials Planning Analyst at the Hallam Motors Parts Distribution Centre, Castle Donington (Job Req 61882).

Your application has been received and is now being reviewed. Due to the number of applications we receive, it may take up to three weeks before you hear from us.

Kind regards,
Hallam Motors UK Talent Acquisition

This email was sent from SAP SuccessFactors. Please do not reply.`, 'Hallam Motors: application received (Job Req 61882)'),

  // I6 rejection, application, skills_gap (degree)
  rej('application', ['skills_gap'], { ...fb },
    `Hi Kerry,

Thanks for your interest in the Demand Planner fixed-term contract at Oakhurst Grocers.

We've looked at your application closely. For this role we're asking for a degree in a numerate subject or a completed professional qualification such as CIPS or APICS CPIM, as the planner will be building forecasts largely unsupervised. As your supply chain certificate is still in progress, we won't be taking your application forward this time.

Kind regards,
Joanne Ackroyd
Resourcing Partner, Oakhurst Grocers`, 'Your Oakhurst Grocers application'),

  // I7 second job board alert
  other(`NorthernWorks Jobs

Hi Kerry, here are this week's picks for "logistics planning" in Yorkshire and the Humber:

* Logistics Planner - Ridgeway Logistics - Wakefield (hybrid)
* Inventory Analyst - West Riding Hospitals NHS Trust - Leeds - Band 5
* Supply Chain Administrator - Fenwold Co-operative - Harrogate
* Network Planner - Lark Parcels - Doncaster

Apply in two clicks with your saved CV.

You're getting this email because you signed up for weekly job picks. Manage preferences | Unsubscribe`, 'This week\'s logistics planning jobs in Yorkshire'),

  // I8 numeracy test invitation
  other(`Dear Kerry,

Thank you for applying for the Stock Control Analyst role at Calderway Logistics.

We are pleased to invite you to the next stage of our process, an online numerical reasoning test. The test takes around 25 minutes and must be completed in one sitting. You will need a calculator and a quiet place to work.

Please complete the test by 11:59pm on Sunday 29 March using the link below:
https://assess.talentgauge.example/start?c=CLD-88213

If you need any adjustments to the test, please reply to this email before you begin.

Good luck!
Calderway Logistics Recruitment Team`, 'Calderway Logistics - online assessment invitation'),

  // I9 test received
  other(`Hi Kerry,

This is to confirm that we have received your completed numerical reasoning test for the Stock Control Analyst role. Thank you for completing it.

Our team will review all results at the end of the week and we'll be in touch with the outcome either way.

Calderway Logistics Recruitment Team`, 'Assessment completed - thank you'),

  // I10 rejection, assessment, assessment + fb
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Kerry,

Thank you for taking the numerical reasoning test for the Stock Control Analyst position at Calderway Logistics.

For this role we invite candidates to interview if they score 70% or above. Your score was 62%: you did well on the percentage and ratio questions but ran short of time on the table-reading section, where you completed 6 of the 12 questions.

We will not be taking your application further for this vacancy, but you are welcome to apply for future roles with us, and you can retake the test after three months.

Kind regards,
Calderway Logistics Recruitment Team`, 'Your Calderway Logistics application'),

  // I11 recruiter check-in
  other(`Hi Kerry,

Hope nights aren't wearing you down too much! Just checking in as it's been a couple of weeks since we spoke. Are you still looking at planning and inventory roles, and is the 30k minimum still right?

I've got a couple of 3PL clients around Wakefield and Normanton who are hiring in the spring, so I'd like to give you a quick call this week. Would Thursday morning after your shift work, around 10?

Thanks,
Jade Pickering
Consultant - Supply Chain & Logistics
Aire Valley Recruitment | 0113 496 0218`, 'Catch up?'),

  // I12 rejection, application, profile_mismatch + door, Lever
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Kerry,

Thank you for applying for the Inventory Analyst role at Meridian Fulfilment.

We've reviewed your application and have decided to move ahead with other candidates whose experience more closely fits what we're looking for at the moment.

We're growing quickly and open new roles most months, so please keep an eye on our careers page and apply again if something catches your eye.

Best,
Meridian Fulfilment Talent Team

Sent via Lever`, 'Meridian Fulfilment - Inventory Analyst'),

  // I13 scheduling a screen
  other(`Hi Kerry,

Thanks for your application for the Inventory Planner role at Brackley's. We'd like to have a short 20-minute phone call with you to talk through your experience and what you're looking for.

Please choose a time that suits you using the link below. I know you work nights, so I've opened some slots in the late morning as well.

Book your call: https://calendly.example/brackleys-ta/inventory-planner

Speak soon,
Hayley Nolan
Talent Acquisition Advisor, Brackley's Supermarkets`, 'Brackley\'s - let\'s have a chat'),

  // I14 confirmation of call
  other(`Your call is confirmed.

Brackley's Supermarkets - Inventory Planner screening call
Thursday 9 April 2026, 11:30 - 11:50 (GMT+01:00) London
Hayley Nolan will call you on the number you provided.

Need to make a change? Reschedule or cancel.`, 'Confirmed: Brackley\'s screening call on Thu 9 Apr'),

  // I15 rejection, screen, salary + fb
  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Kerry,

Thanks again for chatting with me on Thursday, it was really good to hear about how you run the night shift at Harewood.

I've spoken with the Head of Planning. As we discussed, the Inventory Planner role is a first step into planning and the salary is fixed at £29,000, and you were clear you need at least £33,000 to make the move from supervisor pay with your night allowance. Unfortunately there's no flexibility in the band, so we don't think we can move forward with you for this role.

We're planning to recruit a Senior Planner later this year, which would pay more, and I'd be happy to get in touch when it's advertised.

All the best,
Hayley Nolan
Talent Acquisition Advisor, Brackley's Supermarkets`, 'Inventory Planner - after our call'),

  // I16 on hold, application, role_closed
  hold('application', ['role_closed'], {},
    `Dear Kerry,

Thank you for your application for Materials Planning Analyst (Job Req 61882) at the Hallam Motors Parts Distribution Centre.

We are writing to let you know that recruitment for this position has been temporarily paused while the business reviews its staffing plans following changes to our production schedule. Your application remains active and has not been rejected. We expect to be able to update you within the next six to eight weeks.

We apologise for the delay and thank you for your patience.

Hallam Motors UK Talent Acquisition`, 'Update on Job Req 61882'),

  // I17 job alert
  other(`LogiJobs - 4 new jobs matching "inventory planner" near Leeds

Inventory Controller - Pennine Parcel Co, Bradford - £28,000
Stock Analyst - Basketly, Daventry - £32,000
Warehouse Team Leader - SwiftRoute Parcels, Leeds - £30,000 + shift allowance
Planning Analyst - Tawny Owl Foods, Nottingham (hybrid) - £33,000

Tip: Employers are 3x more likely to view your profile when your CV was updated in the last 30 days.`, 'New jobs for you: inventory planner near Leeds'),

  // I18 rejection, application, location + fb
  rej('application', ['location'], { ...fb },
    `Hello Kerry,

Thank you for applying to be a Stock Analyst at Basketly.

This role is fully on-site at our Daventry fulfilment centre five days a week, and in your application you said you'd want to stay living in Leeds and work mostly remotely. As we can't offer remote working or relocation support for this role, we're not able to move your application forward.

Thanks again for your interest in Basketly.

The Basketly Recruiting Team
Sent with SmartRecruiters`, 'Your application to Basketly'),

  // I19 rejection, application, overqualified + fb
  rej('application', ['overqualified'], { ...fb },
    `Hi Kerry,

Thanks for applying for the Warehouse Team Leader role at our Leeds depot.

Having looked at your CV, we think you're overqualified for this one. You've been a shift supervisor for over five years with a team of around forty and you're a qualified forklift instructor, while this role leads a team of six on the sortation line and reports to a supervisor. We don't think it would be a good use of your experience, so we won't be moving forward.

Best of luck with your search.

SwiftRoute Parcels People Team`, 'Warehouse Team Leader - Leeds'),

  // I20 pay rise letter current employer
  other(`Dear Kerry,

Annual pay review 2026

I am pleased to confirm that, following this year's pay review, your basic salary will increase from £30,200 to £31,450 per annum with effect from 1 May 2026. Your night shift allowance remains at 15% of basic pay.

This increase reflects your continued contribution to the Leeds site, including your work on the new pick-face layout and the training of new forklift operators.

All other terms and conditions of your employment remain unchanged. Please sign and return the attached copy of this letter to HR by 15 May.

Thank you for your hard work over the past year.

Yours sincerely,

Martin Shaw
Site General Manager
Harewood Distribution Ltd, Stourton, Leeds`, 'Your pay review letter'),

  // I21 acknowledgement NHS
  other(`Dear Kerry Lambert,

Application reference: 918-WRH-2206-A
Job title: Inventory Analyst (Band 5)
Organisation: West Riding Hospitals NHS Trust

Thank you for your application for the above post. Your application has been received and will be considered by the shortlisting panel after the closing date.

If you are shortlisted, you will be contacted by email. Please check your email account regularly, including junk folders.

This is an automated email. Please do not reply.`, 'Application received - Inventory Analyst (Band 5)'),

  // I22 interview invitation NHS
  other(`Dear Kerry,

Invitation to interview - Inventory Analyst (Band 5), ref 918-WRH-2206-A

Following shortlisting, I am pleased to invite you to interview for the above post. Interviews will take place on Wednesday 3 June at the Procurement & Supply Chain offices, St Clement's Hospital, Leeds.

Your interview will be at 10:15 and will last about 45 minutes. You will be asked to give a 5-minute presentation on "How you would reduce stock-outs of high-use consumables on wards". Please bring photo ID and proof of your right to work for pre-employment checks.

Please confirm your attendance by replying to this email.

Kind regards,
Recruitment Team, West Riding Hospitals NHS Trust`, 'Invitation to interview - Inventory Analyst'),

  // I23 recruiter check-in 2
  other(`Hi Kerry,

Good news - Kestrel Logistics (3PL, big contract with a homeware brand at their Normanton site) want to meet you for their Inventory Control Analyst role. It's days, Mon-Fri, £31-33k plus bonus.

I've sent over your CV and they liked the instructor licence and the stock accuracy figures you gave me. Can I put you down for a Teams interview next week? Let me know which days work around your shifts.

Cheers,
Jade
Aire Valley Recruitment`, 'Kestrel Logistics - interview?'),

  // I24 rejection, interview, skills_gap + fb + offered
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Kerry,

Thank you for attending the interview for the post of Inventory Analyst (Band 5) on 3 June, and for your presentation.

I am sorry to tell you that on this occasion you have not been successful. The panel was impressed by your practical knowledge of stock control. However, the post requires advanced Excel skills (building models with lookups, pivot tables and macros) as set out in the person specification, and your answers on the data task suggested your experience here is still at an intermediate level.

If you would like more detailed feedback, please contact me on 0113 496 0950 and I will be happy to arrange a call.

Yours sincerely,
Lisa Moorhouse
Supply Chain Manager, West Riding Hospitals NHS Trust`, 'Outcome of interview - Inventory Analyst'),

  // I25 college newsletter 2
  other(`Kirkgate College - Evening & Part-time News, May

Hi Kerry,

Great news: 94% of our supply chain certificate learners passed module 3. If you haven't checked your result, log in to the learner portal.

Module 4 (Logistics Planning and Network Design) starts on 2 June. Please make sure your fees for the final module are paid by 28 May.

Don't forget our careers drop-in: our adviser can look over your CV and help you prepare for interviews for planning and analyst roles. Several learners have told us this helped them get their first job in the field!

Kirkgate College, Leeds`, 'Evening & Part-time News - May'),

  // I26 rejection, application, generic
  rej('application', ['generic'], {},
    `Dear Kerry,

Thank you for taking the time to apply for the Supply Chain Administrator role at Fenwold Co-operative.

We have received a very high volume of applications for this position and, after careful consideration, we regret to let you know that we will not be progressing your application further.

We wish you every success in your search.

Fenwold Co-operative People Services

Fenwold Co-operative Society Ltd is a registered society under the Co-operative and Community Benefit Societies Act 2014.`, 'Supply Chain Administrator - Fenwold Co-operative'),

  // I27 interview scheduling via agency
  other(`Hi Kerry,

You're booked in! Details below:

Kestrel Logistics - Inventory Control Analyst
Teams interview with Neil Barraclough (Operations Manager) and Priti Shah (Inventory Lead)
Tuesday 16 June, 1pm - 1:45pm
Link to follow from Kestrel's admin team.

They'll ask about cycle counts, how you investigate variances, and there may be a few Excel questions. Give me a bell the day before if you want to run through it.

Jade`, 'Kestrel interview confirmed'),

  // I28 rejection, interview, position_filled + door (agency)
  rej('interview', ['position_filled'], { ...door },
    `Hi Kerry,

Sorry I missed you earlier. I've had Kestrel back on the phone about the Inventory Control Analyst role. They offered it to another candidate who interviewed the same week, and he accepted yesterday, so they won't be going any further with the other applicants.

Neil said he enjoyed talking to you. I'll keep you in mind for anything else that comes in - there's a lot of movement among the 3PLs at the moment.

Jade
Aire Valley Recruitment`, 'Kestrel update'),

  // I29 on hold, interview, generic
  hold('interview', ['generic'], {},
    `Hi Kerry,

Thank you for interviewing for the Transport Planner (Nights) role last week. I wanted to update you: our Network Manager has been off unexpectedly, and we need her to sign off the decision. It's going to take us about two more weeks to come back to you.

You're still very much in the process, and we appreciate your patience.

Regards,
Dominic Firth
HR Advisor, Greystone Parcels, Castleford`, 'Transport Planner (Nights) - update'),

  // I30 NorthernWorks alert
  other(`NorthernWorks Jobs

Hi Kerry, here are this week's picks for "logistics planning" in Yorkshire and the Humber:

* Inventory Analyst - Castleford Cold Chain - Castleford
* Planning Analyst - Tawny Owl Foods - Nottingham (hybrid)
* Replenishment Planner - Ravensworth Retail Online - Remote
* Materials Controller - Sterling Auto Components - Sheffield

3 employers viewed your profile this week. See who.

Manage preferences | Unsubscribe`, 'This week\'s logistics planning jobs in Yorkshire'),

  // I31 rejection, assessment, assessment (no fb)
  rej('assessment', ['assessment'], {},
    `Hi Kerry,

Thank you for completing the Excel task for the Replenishment Planner role at Ravensworth Retail Online.

We've reviewed your submission and unfortunately it didn't reach the standard we need to progress to interview. We appreciate the time you put into it.

Best wishes,
Ravensworth Talent Team

Powered by Ashby`, 'Ravensworth Retail Online - Replenishment Planner'),

  // I32 rejection, screen, culture_fit + fb
  rej('screen', ['culture_fit'], { ...fb },
    `Hi Kerry,

Thanks for the call yesterday about the Operations Planner role at Loopline.

I've thought about it overnight and I don't think we're the right match. You told me you do your best work with clear procedures and a settled routine, which makes total sense after years running a shift. We're twelve people and the planner role changes week to week - there's no process manual yet, and whoever joins will be writing it as they go. I think you'd find that frustrating.

Thanks for your time and good luck.

Sophie Barker
Co-founder, Loopline Logistics`, 'Loopline - Operations Planner'),

  // I33 rejection, application, role_closed
  rej('application', ['role_closed'], {},
    `Hi Kerry,

Thank you for your application for the Stock Integrity Analyst role at Meridian Fulfilment's Leeds site.

Unfortunately we have lost the client contract this role was supporting, and the vacancy has been withdrawn. We're therefore not able to progress any applications for it.

Sorry for the disappointment.

Meridian Fulfilment Talent Team
Sent via Lever`, 'Meridian Fulfilment - Stock Integrity Analyst'),

  // I34 acknowledgement Greystone? -> ack Castleford Cold Chain
  other(`Hi Kerry,

Thank you for applying for the Inventory Analyst role at Castleford Cold Chain. We've got your application and we'll be reviewing it over the next week or so.

We read every application ourselves, so thanks for your patience.

Castleford Cold Chain Recruitment
Powered by BambooHR`, 'Thanks for applying to Castleford Cold Chain'),

  // I35 on hold, screen, role_closed
  hold('screen', ['role_closed'], {},
    `Hi Kerry,

Thanks for the phone call last Monday about the Stock Planning Analyst role at Oakhurst Grocers, it was good to speak to you.

I'm sorry to say we've been asked to put all external recruitment on hold until the end of Q3 while the business completes a cost review. Your application has not been unsuccessful; it's simply paused, and I'll be in touch as soon as we get the go-ahead to restart.

Kind regards,
Joanne Ackroyd
Resourcing Partner, Oakhurst Grocers`, 'Stock Planning Analyst - pause in recruitment'),

  // I36 candidate withdrawal confirmed
  other(`Hi Kerry,

Thanks for letting us know. I've withdrawn your application for the Inventory Controller role as you asked, and we won't contact you about it again.

It's a shame but I completely understand, and I'm glad the timing works out better for you elsewhere. Good luck!

Best,
Amir Hussain
Recruitment, Pennine Parcel Co

> From: Kerry Lambert
> Sent: 24 June 2026 07:52
> Subject: Inventory Controller interview
> Hi Amir, thank you for the invitation to interview on Friday. After some thought I'd like to withdraw my application, as I'm now further along with another role. Sorry for any inconvenience.`, 'RE: Inventory Controller interview'),

  // I37 rejection, application, skills_gap + fb
  rej('application', ['skills_gap'], { ...fb },
    `Dear Kerry,

Thank you for your interest in the Inventory Analyst position at Castleford Cold Chain.

After reviewing your application, we've decided not to invite you to interview. This role involves writing SQL queries against our warehouse management system every day, and your CV does not show any SQL experience. We'd encourage you to build that skill, as it's increasingly asked for in inventory roles.

Kind regards,
Castleford Cold Chain Recruitment`, 'Your application - Inventory Analyst'),

  // I38 rejection, interview, profile_mismatch (after hold)
  rej('interview', ['profile_mismatch'], {},
    `Hi Kerry,

Thank you for waiting while we finished this process. Our Network Manager is back and we've now made a decision on the Transport Planner (Nights) role.

I'm sorry to tell you we've chosen another candidate whose background was a closer match to the role.

Thank you again for your time.

Regards,
Dominic Firth
HR Advisor, Greystone Parcels`, 'Transport Planner (Nights) - decision'),

  // I39 job alert
  other(`LogiJobs - 3 new jobs matching "inventory planner" near Leeds

Network Planner - Lark Parcels, Doncaster - £32,000 - £35,000
Inventory Analyst - Ridgeway Logistics, Wakefield (hybrid) - £33,500
Supply Planner - Coventry Parts Distribution, Coventry - £34,000

You applied to 11 jobs through LogiJobs this year. Keep going!`, 'New jobs for you: inventory planner near Leeds'),

  // I40 talent community sign-up
  other(`Welcome to the Basketly Talent Community, Kerry!

Thanks for joining. You'll now get an email when we post roles that match your interests (Inventory, Planning, Operations - North of England and Remote).

Being in our talent community doesn't mean you've applied for a role. To be considered for a vacancy, you'll still need to apply through our careers site.

Update your preferences at any time.

Team Basketly`, 'Welcome to the Basketly Talent Community'),

  // I41 rejection, application, location + fb
  rej('application', ['location'], { ...fb },
    `Dear Kerry,

Thank you for your application for the Supply Planner role at Coventry Parts Distribution.

This role is hybrid but requires attendance at our Coventry site four days a week, including early starts for the daily planning meeting. As your application tells us you're based in Leeds and are not looking to relocate, we don't think the daily commute would be realistic, and we won't be taking your application forward.

Kind regards,
HR Team
Coventry Parts Distribution Ltd`, 'Supply Planner - application outcome'),

  // I42 acknowledgement Ridgeway
  other(`Hi Kerry,

Thanks for applying for the Inventory Analyst role at Ridgeway Logistics! Your application is now with our hiring team.

What happens next: we review applications within 10 working days. If we'd like to move forward, we'll invite you to a video interview with the hiring manager.

Ridgeway Logistics Careers
Sent via Workable`, 'Ridgeway Logistics: application received'),

  // I43 interview invitation Tawny Owl
  other(`Dear Kerry,

Thank you for your application for the Planning Analyst role at Tawny Owl Foods.

We would like to invite you to an interview with Gemma Whitlow, our Planning Manager, at our Nottingham head office on Monday 13 July at 11am. The interview will last around an hour and will include a short exercise on reading a stock report.

Please confirm if this time works for you.

Best regards,
Rachel Oduya
HR Coordinator, Tawny Owl Foods`, 'Interview invitation - Planning Analyst'),

  // I44 reschedule
  other(`Hi Kerry,

Apologies, Gemma has been called to a supplier meeting on the 13th. Could we move your interview to Wednesday 15 July at 11am instead? Same place. Really sorry for the change.

Thanks,
Rachel

> On 6 Jul 2026, at 08:10, Kerry Lambert wrote:
> Hi Rachel, thank you, Monday 13 July at 11am is fine. See you then.`, 'Re: Interview invitation - Planning Analyst'),

  // I45 rejection, interview, skills_gap + door
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Kerry,

Thank you for travelling to Nottingham to meet Gemma last Wednesday.

We've decided not to offer you the Planning Analyst role. Gemma really valued your hands-on knowledge of how a warehouse runs, but the role involves forecasting promotional demand using statistical methods, and she felt you haven't yet had experience of forecasting in practice. We'd like someone who can do that from the start.

Please do apply to us again once you've finished your certificate - we often have planning assistant roles at the Nottingham and Leicester depots.

Best regards,
Rachel Oduya
HR Coordinator, Tawny Owl Foods`, 'Planning Analyst - outcome'),

  // I46 on hold, interview, role_closed
  hold('interview', ['role_closed'], {},
    `Hi Kerry,

Thank you for interviewing with us for the Stock Analyst role at Ravensworth Retail Online.

We wanted to let you know that we're pausing this hire for now. We've just started moving to a new warehouse management system, and leadership has frozen new analyst hires until we know what the team will look like afterwards. We hope to pick things up again in September.

You haven't been rejected, and we'll let you know as soon as there's news.

Thanks,
Ravensworth Talent Team`, 'Ravensworth Retail Online - Stock Analyst update'),

  // I47 recruiter check-in 3
  other(`Hi Kerry,

Just a quick one - Sterling Auto Components in Sheffield are running an assessment day for their Materials Controller roles at the end of July. I think you'd be great for it and they're open to people coming from warehouse supervisor backgrounds.

Are you happy for me to send your CV? I'll need your up-to-date version with the Power BI course added.

Cheers,
Jade`, 'Sterling Auto - assessment day'),

  // I48 rejection, application, generic, HTML leftovers
  rej('application', ['generic'], {},
    `<div style="font-family:Arial"><p>Hello Kerry,</p><p>Thank you for applying for the position of <strong>Network Planner</strong> at Lark Parcels.</p><p>Unfortunately, we will not be taking your application further at this time.</p><p>Kind regards,<br/>Lark Parcels Recruitment</p><p><small>Please do not reply to this message. Lark Parcels Ltd, Doncaster DN4.</small></p></div>`, 'Network Planner - Lark Parcels'),

  // I49 NorthernWorks alert
  other(`NorthernWorks Jobs

Hi Kerry, we haven't seen you in a while! Here are this week's picks for "logistics planning":

* Inventory Planner - Brackley's Supermarkets - Wakefield
* Senior Planner - Brackley's Supermarkets - Wakefield
* Logistics Analyst - Hallam Motors Parts Distribution Centre - Castle Donington

Sorry, we couldn't find any new remote roles matching your search this week.

Manage preferences | Unsubscribe`, 'This week\'s logistics planning jobs in Yorkshire'),

  // I50 Hallam resumed, interview invitation
  other(`Dear Kerry,

Thank you for your patience while recruitment for Materials Planning Analyst (Job Req 61882) was paused.

We are happy to tell you that recruitment has resumed and that you have been shortlisted. We would like to invite you to a first interview by video with our Materials Planning Manager on Thursday 23 July at 2pm. If successful, you will be invited to a final interview and site tour at Castle Donington.

Please confirm your availability by replying to this email.

Kind regards,
Hallam Motors UK Talent Acquisition`, 'Job Req 61882: invitation to interview'),

  // I51 rejection, screen, generic (agency, client HR)
  rej('screen', ['generic'], {},
    `Hi Kerry,

Sterling got back to me after your phone chat with their HR on Monday. Afraid they've decided not to invite you to the assessment day. They didn't give me a reason, I did ask.

Chin up, more coming.

Jade`, 'Sterling Auto'),

  // I52 Ridgeway interview invitation
  other(`Hi Kerry,

Thanks for your application for the Inventory Analyst role. Tom Ellery, our Inventory Manager, would like to meet you for a 45-minute video interview.

Please pick a slot here: https://ridgeway.workable.example/schedule/IA-4471

We'll also send a short Excel exercise 24 hours before your interview, which you'll talk Tom through on the call.

Best,
Ridgeway Logistics Careers`, 'Ridgeway Logistics - interview invitation'),

  // I53 rejection, final, internal_candidate
  rej('final', ['internal_candidate'], {},
    `Dear Kerry,

Materials Planning Analyst, Parts Distribution Centre Castle Donington (Job Req 61882)

Thank you for attending the final interview and site tour at the Hallam Motors Parts Distribution Centre on 5 August, and for travelling down from Leeds to be with us. We hope you found the tour of the inbound area and the high-bay store useful, and that it gave you a good picture of how the planning team works with the shift teams on the floor. Several of the team leaders you met mentioned afterwards how much they enjoyed talking to you about forklift training and pick-face design.

We would also like to thank you again for your patience earlier in the year. As you know, recruitment for this position was paused for several weeks while the business reviewed its staffing plans after changes to the vehicle production schedule, and we are aware that this made the process much longer than either of us would have liked.

The final interview panel, made up of our Materials Planning Manager, the Parts Operations Manager and a member of our HR team, met three candidates for the role. Each candidate was asked the same questions and completed the same planning exercise, and the panel assessed everyone against the criteria in the job description.

After careful consideration, the panel has decided to appoint an internal candidate from our existing parts logistics team, who has been supporting the planning function on a temporary basis since the spring. We are therefore unable to offer you the position on this occasion.

We understand that this will be disappointing, especially after a long process and a final stage that involved a day away from work. Please be assured that the panel's decision reflects the particular circumstances of this appointment.

Travel expenses for your visit will be paid as agreed. If you have not already done so, please send your receipts and the completed claim form to the Talent Acquisition team within 30 days so that we can process your payment.

In line with data protection law, the personal information you provided during this process will be held securely for twelve months from today and then deleted. You can ask to see the information we hold about you, or ask for it to be deleted sooner, by writing to our Data Protection Officer at the address shown on our privacy notice.

Thank you once more for your interest in Hallam Motors.

Kind regards,
Hallam Motors UK Talent Acquisition

Hallam Motors UK Ltd. Registered in England and Wales. This email and any attachments are confidential.`, 'Job Req 61882: outcome'),

  // I54 Ridgeway final round invitation
  other(`Hi Kerry,

Thanks for a great conversation with Tom last week - he really enjoyed walking through your Excel exercise with you.

We'd like to invite you to the final stage: a face-to-face interview at our Wakefield site with Tom and our Head of Operations, Lorraine Dyson, followed by a walk around the warehouse. Would Tuesday 18 August at 10am work?

We'll be making a decision quickly after this stage.

Best,
Charlotte Kaye
People Partner, Ridgeway Logistics`, 'Ridgeway Logistics - final stage'),

  // I55 rejection, interview, role_closed (Ravensworth after hold)
  rej('interview', ['role_closed'], { ...door },
    `Hi Kerry,

Following our update in July, we've now confirmed that the Stock Analyst role will not be reopening. After the system change the work will be absorbed by the existing planning team, so we're closing the vacancy and won't be moving forward with any candidates.

We're sorry this took so long. We'd be glad to see your name again for future openings.

Thanks,
Ravensworth Talent Team`, 'Ravensworth Retail Online - Stock Analyst'),

  // I56 rejection, application, salary + fb
  rej('application', ['salary'], { ...fb },
    `Dear Kerry,

Thank you for applying for the Planning Assistant role at Fenwold Co-operative.

On your application form you gave a minimum salary of £33,000. The salary for this role is £25,800 and is set by our grading structure, so we are unable to meet your expectations and will not be progressing your application.

Kind regards,
Fenwold Co-operative People Services`, 'Planning Assistant - Fenwold Co-operative'),

  // I57 rejection, interview, generic + offered
  rej('interview', ['generic'], { ...offered },
    `Hi Kerry,

Thanks for your time on the video interview for the Inventory Planner role at Pennine Parcel Co's Bradford hub. I'm sorry to let you know we've decided not to progress your application.

If you'd like some feedback on the interview, drop me a line and we can arrange a chat.

Best,
Amir Hussain
Recruitment, Pennine Parcel Co`, 'Inventory Planner - Bradford hub'),

  // I58 rejection, final, skills_gap (assessment day)
  rej('final', ['skills_gap'], { ...fb },
    `Hi Kerry,

Sorry to be the bearer of bad news. Sterling reconsidered and invited you to the Materials Controller assessment day after all, but they've come back to say they won't be offering you a position. The feedback was that they needed someone who has used SAP MM for stock transactions, and that came through in the system exercise on the day.

Jade
Aire Valley Recruitment`, 'Sterling outcome'),

  // I59 rejection, application, position_filled
  rej('application', ['position_filled'], {},
    `Dear Kerry,

Thank you for your interest in the Senior Planner position at Brackley's Supermarkets (R-31260).

We wanted to let you know that this position has now been filled. Thank you for taking the time to apply.

Brackley's Talent Acquisition
Please do not reply to this email.`, 'Update on your application R-31260'),

  // I60 offer
  other(`Dear Kerry,

Offer of employment - Inventory Analyst

Following your final interview on 18 August, I am delighted to offer you the position of Inventory Analyst at Ridgeway Logistics Ltd, based at our Wakefield site with two days a week working from home.

The main terms of the offer are:
- Salary: £34,500 per annum
- Hours: 37.5 per week, Monday to Friday, days
- Holiday: 25 days plus bank holidays
- Start date: to be agreed, subject to your notice period with your current employer

This offer is subject to satisfactory references and proof of your right to work in the UK. Your contract and the new starter form are attached. Please sign and return them by 1 September to accept.

Tom and Lorraine were both impressed by your knowledge of how stock moves on the warehouse floor, and we're really looking forward to having you in the team.

Kind regards,
Charlotte Kaye
People Partner, Ridgeway Logistics`, 'Your offer from Ridgeway Logistics'),

  // I61 resignation acknowledged by current employer
  other(`Dear Kerry,

Thank you for your letter of 28 August. I confirm that we have accepted your resignation from your position as Night Shift Supervisor. In line with your contract, your notice period is four weeks, and your last working day will be Friday 25 September 2026.

HR will be in touch about your final pay and any holiday owed. Please return your site pass and forklift instructor materials to the shift office on your last shift.

On a personal note, we'll be sorry to lose you. Thank you for eight years at Harewood and good luck in your new role.

Yours sincerely,
Martin Shaw
Site General Manager, Harewood Distribution Ltd`, 'Your resignation'),
];
