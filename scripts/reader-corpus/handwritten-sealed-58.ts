/**
 * Sealed set, round fifty-eight: labelled messages written by hand from what real hiring mail looks like, in two parts.
 *
 * Part one is a spread of declines from all kinds of employers: SaaS, fintech and payments start-ups, a US retailer and
 * hospital systems, a children's hospital, a medical-device maker, banks in Johannesburg, Lagos and Nairobi, a Pune IT
 * services firm and a Bengaluru payments start-up, a Singapore chemicals company and statutory board, the UK civil
 * service, Irish public appointments, the Canadian federal service and USAJOBS, an Australian state department,
 * universities, councils in New Zealand, Wales and Yorkshire, a mine, a Big Four-style graduate scheme, consultancies,
 * housing associations, NGOs, a Kinsale hotel and a pub. They arrive through Greenhouse, Lever, Workday, iCIMS, Taleo,
 * SmartRecruiters, Ashby, Teamtailor, Personio, PageUp, HireVue and HackerRank templates, from agency recruiters
 * relaying a client's decision, from founders and hiring managers writing a few lines or a careful paragraph, and as
 * long formal public-sector letters with scores, review rights and bilingual footers. Some are raw HTML (table
 * layouts, inline styles, unsubscribe footers), some are the newest reply above quoted Gmail or Outlook history (a
 * feedback request answered, a chase answered, a case-study submission answered). Every stage appears (CV sift,
 * recruiter or HR call, online test, coding challenge, take-home, case study, pre-employment medical, one-way video,
 * interview, case interview, onsite, assessment centre, final round, references after final) and every reason, some
 * in pairs, with the feedback, the offer of feedback and the open door placed at the start, the end or in the middle of
 * a paragraph. A few processes are paused rather than ended (a funding freeze, a sick panel member, a
 * machinery-of-government change, a budget review).
 *
 * Part two is January to March of one inbox: Gemma Radcliffe, a senior supply planner with nine years at a drinks
 * distributor in Trafford Park, living in Chorlton, applying for planning roles at supermarkets and fashion and
 * outdoor retailers, 3PLs, a bakery, a paint maker, food and packaging manufacturers and two NHS trusts, directly,
 * through NHS Jobs and through one agency recruiter. Her declines (an online-test benchmark, SAP IBP, on-site days at a
 * Crewe depot, salary, an entry-level role, an NHS interview and its feedback, fresh-food experience, an internal
 * appointment, a not-shortlisted notice, a filled role, a closed vacancy, an assessment centre) sit among mail that
 * uses the same words but declines nothing: acknowledgements (one says to assume the worst after four weeks), a
 * "we'll be in touch" note, a bare Workday status-change notice, an "application viewed" notice, invitations to tests,
 * calls, interviews and an assessment centre, a reschedule and reminders, job alerts and a "no matches" alert,
 * recruiter pitches, two newsletters built around rejection phrases, surveys, a request to act as a referee for a
 * former report, a request for her own referees, the offer from the paint maker with its contract, checks and start
 * date, a restarted process she then withdraws from (and its confirmation), and a recruiter's congratulations. Two of
 * her processes pause (a 3PL waiting on a contract, a distributor whose hiring manager is on leave).
 *
 * How I labelled:
 * - Stage is the furthest step the message says took place. A recruiter, HR or agency call is screen, even when the
 *   client only saw the CV afterwards. Tests, coding challenges, take-homes, case-study submissions and a
 *   pre-employment medical with no interview mentioned are assessment. Any interview, including a one-way video
 *   interview, a case interview and a second round not called final, is interview. Final needs the message to say
 *   final round/stage, onsite, finalist or assessment centre, or references taken after final interviews. A message
 *   naming no step is application. In a thread the newest message is labelled, and the stage can come from the history
 *   it is replying to.
 * - Reasons: an offer made or accepted, a post filled, a candidate appointed, chosen or selected is position_filled
 *   (so "offered the role to a candidate whose experience more closely aligned" is position_filled and
 *   profile_mismatch); "went with / moved forward with another candidate" alone is generic. A named requirement the
 *   candidate lacks (a licence, a degree specialism, professional registration, a language level, years with a tool,
 *   a platform, a domain such as fresh food or NHS clinical supply) is skills_gap and always feedback; "others matched
 *   more closely", "not among the best qualified", "your profile is not the right fit" is profile_mismatch. A test,
 *   take-home or medical result is assessment, including a case interview judged on the case. Freeze, cancelled
 *   requisition, withdrawn vacancy, restructure or budget removed is role_closed; duties absorbed by existing staff is
 *   role_closed plus internal_candidate. Ways of working, team values and autonomy versus structure are culture_fit;
 *   on-site days, relocation, visa, sponsorship, citizenship or residency are location. Pay is salary and too senior
 *   is overqualified.
 * - feedback is true when the message tells this candidate something specific about their own application: the
 *   missing requirement, what the take-home or case got wrong, the candidate's own salary figure or years and title,
 *   their own visa or commuting situation, their own working style. Praise, "highly competitive", "other candidates
 *   were stronger" and a test result without detail are not feedback; overqualification stated without the
 *   candidate's specifics is not feedback.
 * - feedbackOffered is true for an invitation to ask for feedback or to call someone about it; "we are unable to
 *   provide individual feedback" is not.
 * - doorOpen is true for keeping the CV or profile on file or in a talent pool, inviting a re-application (including
 *   "eligible to re-apply after six months"), encouraging applications for other or future roles, or promising to get
 *   in touch about future roles — also when an agency recruiter promises to send other roles. "Good luck", "keep
 *   going" and "stay in touch" alone are not.
 * - on_hold is a paused or delayed process with no decision made: a freeze, paused budget or restructure is
 *   role_closed; a delay because a panel member is ill or the hiring manager is on leave is generic. A normal timeline
 *   ("we'll be in touch by next Friday") is other.
 * - other covers acknowledgements (even those that warn about silence meaning no), invitations, reminders,
 *   reschedules, bare status-change notices, job alerts, pitches, newsletters and surveys that quote rejection
 *   language, reference requests, an offer and its follow-ups, a process restarting, and a withdrawal confirmation.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s58-');

export const HANDWRITTEN_SEALED_58: readonly CorpusLine[] = [
  // ───────────── Part 1: declines from many employers ─────────────

  rej('application', ['generic'], {}, `Hi Jordan,

Thank you for your interest in Fieldline and for taking the time to apply for the Senior Product Designer role.

We've carefully reviewed your application and, unfortunately, we won't be moving forward at this time.

We appreciate you considering Fieldline and wish you the best in your search.

Best,
The Fieldline Recruiting Team

Powered by Greenhouse`, 'Your application to Fieldline'),

  rej('application', ['profile_mismatch'], { ...door }, `Hey Marisol,

Thanks so much for applying to the Backend Engineer, Payments Rails position at Copperleaf. We really appreciate the time you took to tell us about yourself.

We reviewed your background against what the team needs right now and decided not to move forward — other applicants' experience lined up more closely with this particular role. That's no reflection on your abilities, and we know how much effort goes into every application.

We'd love to stay in touch, though. We're growing quickly, and we'll keep your profile on hand and reach out if something opens up that looks like a better match.

Cheers,
Dana
Talent @ Copperleaf

Sent via Lever`, 'Copperleaf | Backend Engineer, Payments Rails'),

  rej('application', ['generic'], { ...door }, `Dear Tyrone Mack,

Thank you for your interest in the Store Operations Analyst (Req ID R-0184422) position at Harborview Stores, Inc.

After reviewing your qualifications, we have decided to pursue other candidates for this position. We received a large number of applications and the selection process was highly competitive. We encourage you to continue exploring opportunities at Harborview Stores and to apply for other roles that match your interests at careers.harborviewstores.com.

Please do not reply to this email; this mailbox is not monitored.

Sincerely,
Harborview Stores Talent Acquisition

This email was sent from Workday. To manage your candidate profile, sign in to your Candidate Home account.`, 'Update on your application'),

  rej('application', ['skills_gap'], { ...fb }, `Dear Candidate,

Vacancy reference: 381904 – Higher Executive Officer, Finance Business Partner
Department for Rural Infrastructure

Thank you for your application for the above vacancy. We regret to inform you that you have not been successful at the sift stage on this occasion.

All applications were assessed against the essential criteria and the Success Profiles elements set out in the advert. The sift panel considered your personal statement and the evidence provided for the lead behaviour, Managing a Quality Service.

Your scores were:
- Personal statement (experience): 3 (Some evidence)
- Behaviour – Managing a Quality Service: 4 (Adequate)

The pass mark for the personal statement was 4. The panel's comments were: "The candidate describes general finance administration, but there is limited evidence of experience managing and monitoring a budget, which was an essential criterion for this post. Examples of working with non-finance budget holders would have strengthened the statement."

Candidates who met the minimum standard in all areas were ranked in merit order and the highest scoring were invited to interview.

If you are not satisfied with the process you may raise a complaint by following the procedure set out in the candidate pack; if you are not satisfied with the response you may contact the Civil Service Commission.

Thank you for your interest in working for the Civil Service.

Yours sincerely,
Government Recruitment Service
On behalf of the Department for Rural Infrastructure`, 'Civil Service Jobs – Vacancy 381904 – Application outcome'),

  rej('application', ['profile_mismatch'], {}, `A Chara,

Executive Officer (Scientific Support) – Competition Reference 24EO117

I refer to your recent application for the above competition.

A shortlisting exercise was undertaken by a board of assessors, who examined the application forms against the key requirements of the role as set out in the candidate information booklet. I regret to inform you that, on this occasion, your application was not among those selected to go forward to the next stage of the process. The board was of the view that other candidates demonstrated a closer match to the requirements.

Under the Code of Practice you may request a review of the decision; details of the review procedure are set out in the booklet, and any request must be made within five working days of this notification.

I would like to thank you for the interest you have shown in this competition.

Is mise le meas,

Recruitment Unit
publicjobs`, 'publicjobs – 24EO117 – Shortlisting result'),

  rej('assessment', ['assessment'], { ...door }, `Dear Rohit Verma,

Greetings from Vistara Infotech!

Thank you for participating in the online assessment conducted on 14th March for the position of Associate Software Engineer (Campus Hiring 2025).

We regret to inform you that you have not cleared the cut-off for this assessment, and hence we will not be able to take your candidature forward to the technical interview round.

As per our policy, you will be eligible to re-apply for positions at Vistara Infotech after a period of six (6) months from the date of this assessment. We encourage you to keep an eye on our careers page for future drives.

We wish you all the very best for your future endeavours.

Regards,
Talent Acquisition Team
Vistara Infotech Pvt. Ltd., Pune

This is a system-generated mail. Please do not reply.`, 'Vistara Infotech | Online Assessment Result'),

  rej('application', ['generic'], { ...door }, `Hi Brooke,

Thank you for your application for the position of Marketing Coordinator with Coastline Credit Union.

We have now completed our review of applications and regret to advise that you have not been selected to progress further. We received an excellent response to this advertisement and the standard of applicants was high.

We will retain your details on file and may contact you should a suitable opportunity become available in the future.

Thank you again for your interest in Coastline and we wish you every success with your job search.

Kind regards,

People & Culture
Coastline Credit Union Ltd
Newcastle NSW

Please do not reply to this email. This message was generated by PageUp.`, 'Marketing Coordinator – Coastline Credit Union'),

  rej('interview', ['position_filled'], { ...offered }, `Kia ora Hemi,

Thanks again for coming in to meet with Rachel and me last Thursday for the Parks Planner role, and for the thought you put into the scenario we gave you. It was a pleasure to chat.

I wanted to let you know personally that we have offered the position to another candidate, who has accepted. It was a close decision.

If you'd find it useful to talk through how your interview went, give me a call on 027 448 3190 any afternoon next week and I'd be happy to go over it with you.

Ngā mihi,

Aroha Tipene
Team Leader – Parks & Reserves Planning
Whanganui-a-Tara District Council`, 'Parks Planner – outcome'),

  rej('application', ['skills_gap'], { ...fb }, `Dear Marie-Claude Fortin:

Selection Process Number: 25-DFO-ATL-EA-412879
Position: Biologist (BI-02)
Department of Fisheries and Oceans

Thank you for your interest in the above selection process.

Your application has been assessed against the essential qualifications for this position. We regret to inform you that you have been screened out of the process because you did not demonstrate that you meet the following essential qualification:

Education: Graduation with a degree from a recognized post-secondary institution with acceptable specialization in biology, aquatic science, ecology or another science relevant to the position.

Your application indicated a degree in Environmental Policy, which does not include the required specialization.

Should you wish to discuss this decision, you may request an informal discussion by replying to this message within five (5) calendar days.

Thank you for your interest in the Public Service of Canada.

Sincerely,

Human Resources Services – Atlantic Region
Department of Fisheries and Oceans

Veuillez noter que ce message est également disponible en français sur votre compte GC Jobs.`, 'GC Jobs – Selection process 25-DFO-ATL-EA-412879'),

  rej('interview', ['profile_mismatch'], { ...door }, `Dear Lerato

RE: APPLICATION FOR THE POSITION OF CREDIT RISK ANALYST (REF: SCB/CR/0921)

We thank you for your interest in the above-mentioned position and for availing yourself for the interview held on 3 September 2024.

After careful consideration, we regret to inform you that your application has been unsuccessful. The panel has identified candidates whose profiles are more closely aligned with the requirements of the role.

Please note that your CV will remain on our database for a period of six (6) months, during which you may be considered for other suitable vacancies within the Group.

We wish you success in your future career endeavours.

Yours faithfully

Talent Acquisition
Sable Commercial Bank Limited
Sandton, Johannesburg`, 'Regret – Credit Risk Analyst (SCB/CR/0921)'),

  rej('screen', ['location'], { ...fb }, `Hi Arjun,

Thank you for speaking with me on Tuesday about the Regional Treasury Analyst role — I enjoyed hearing about your time at the bank in Chennai.

As mentioned on the call, I took your profile back to the hiring manager. Unfortunately this headcount has been approved for a local hire only, and as you would require an Employment Pass to take up the role in Singapore, we're unable to progress your application further. I'm sorry that this isn't the news you were hoping for — it has nothing to do with your experience, which the team rated well.

Wishing you all the best,

Wei Ling Tan
Talent Acquisition Partner, APAC
Meridia Chemicals Asia Pte Ltd
1 Harbourfront Avenue, Singapore`, 'Regional Treasury Analyst – Singapore'),

  rej('final', ['generic'], { ...door }, `Dear Chiamaka,

TRAINEE ANALYST PROGRAMME 2025 – OUTCOME OF ASSESSMENT CENTRE

Thank you for participating in the final assessment centre for our Trainee Analyst Programme held at our Victoria Island office on 22 November.

We had a very strong pool of finalists this year, and after careful deliberation we regret to inform you that you were not selected for the 2025 cohort.

We were pleased to meet you, and your details will be retained in our talent pool so that we can reach out should other opportunities arise across the firm.

We wish you the very best in your career.

Warm regards,

Human Capital Management
Ikenga Capital Partners Limited
Lagos, Nigeria`, 'Trainee Analyst Programme 2025 – Outcome'),

  rej('interview', ['profile_mismatch'], {}, `Dear Wanjiru,

Re: Programme Officer – Water, Sanitation and Hygiene (Kisumu)

Thank you for taking the time to attend the panel interview for the above position on 11 June. We appreciate your interest in working with Maji Mema Trust.

Following the interviews, the panel found that other candidates' profiles more closely matched the needs of the programme at this time. Unfortunately, therefore, we are unable to offer you the position.

We thank you once again for your interest in our work and wish you well in your future career.

Sincerely,

Human Resources
Maji Mema Trust
Nairobi, Kenya`, 'Programme Officer – WASH (Kisumu)'),

  rej('interview', ['skills_gap'], { ...fb, ...door }, `Hi Sanjay,

Hope you're well. Got feedback from Halcyon this morning on the Head of FP&A interview last week.

They liked you a lot personally and thought your modelling was excellent, but in the end they've decided not to take it any further. The main thing that came back was that they felt you were a bit light on board-level exposure — the role presents to the PE owners every month and the CFO wants someone who's done that before, and the two other people they're taking to second round both have. Bit frustrating as I think you'd have picked it up quickly.

I'm not giving up on you though — I've got a couple of other FP&A roles coming through in the next few weeks that I think suit you better and I'll be in touch about those. Shout if you want a chat in the meantime.

Cheers,
Mark

Mark Ellison
Senior Consultant – Finance & Accounting
Kestrel Search, Leeds
07700 900412`, 'Halcyon – feedback'),

  rej('assessment', ['assessment'], { ...fb, ...offered }, `Hey Priya,

Thanks for doing the take-home — I know it's a chunk of time on a weekend and I really appreciate it.

I'm going to be straight with you: we're not going to move forward. The core flow worked and the UI was nice, but the reviewers flagged that there were no tests around the sync logic, and the offline case we called out in the brief (queueing writes while disconnected) wasn't handled — it just dropped them. For a 4-person team where everyone owns prod, that's the bar we need to hold.

If it'd help, I'm happy to jump on a 20 min call and go through the review notes line by line. Just grab a time on my calendar: cal.com/oren-tidepool

Oren
Co-founder & CTO, Tidepool`, 'Re: Tidepool take-home'),

  rej('final', ['internal_candidate'], { ...door }, `Hi Ellie,

I wanted to reach out myself rather than have this come through the system. Thank you for spending the whole day with us on Friday for the onsite — the team genuinely enjoyed meeting you, and your whiteboard session on the returns flow was one of the best we've seen.

We've decided to promote someone from within the team into the Engineering Manager role. They've been acting in the position for the last few months and it made sense for continuity. I know that's a disappointing outcome after getting this far, and I'm sorry.

I'd really like to keep in touch. We're opening a second EM role later in the year and I'll reach out to you directly when it's approved.

All the best,
Sam Oduya
VP Engineering, Parcelwise`, 'Engineering Manager – Parcelwise'),

  rej('application', ['generic'], {}, `Thanks for applying. Unfortunately we won't be progressing your application for this role.

Best,
Talent Team
Northbeam`, 'Your application'),

  rej('screen', ['salary'], { ...fb }, `Hi Daniel,

Thank you for taking the time to chat with me last week about the Staff Data Engineer role at Lumora. I enjoyed learning about your work on the streaming platform at your current company.

After discussing with the hiring team, we've decided not to move forward. As we discussed on the call, your target base of $185,000 is well above the range we've budgeted for this position ($140,000–$160,000), and we don't have the flexibility to close that gap for this level. I wanted to be transparent about that rather than keep you in the process.

Thanks again for your interest in Lumora, and best of luck with your search.

Warmly,
Kiara
Recruiting @ Lumora

Sent with Ashby`, 'Lumora – Staff Data Engineer'),

  rej('application', ['position_filled'], {}, `Dear Angela Whitfield,

Thank you for your interest in the Registered Nurse – Med/Surg, Nights (Job ID 2024-48817) position at St. Brendan's Regional Health.

We would like to inform you that this position has been filled. We appreciate the time you invested in applying.

Sincerely,
St. Brendan's Regional Health Talent Acquisition

This is an automated message from iCIMS. Replies to this message are not monitored.`, 'Regarding Job ID 2024-48817'),

  rej('interview', ['role_closed'], { ...door }, `Dear Kevin,

Thank you for your interest in the Vice President, Treasury Operations position (Requisition #2400318) and for taking the time to interview with our team.

We are writing to let you know that this requisition has been cancelled due to a change in business needs, and we will therefore not be moving forward with any candidates for this role. We recognize this is disappointing news, particularly after you have invested time in the interview process.

We encourage you to continue to review our open positions and apply to any others for which you feel qualified.

Regards,

Talent Acquisition
Great Plains Bancorp

This message was sent by Oracle Taleo. Please do not respond to this email.`, 'Requisition #2400318 – Update'),

  rej('application', ['location'], { ...fb }, `Hi Niall,

Thank you for applying for the Quality Engineer position at Tessaro Medical in Cork.

We have reviewed your application and noted that you are based in Dublin and indicated that you are not in a position to relocate. As this role is fully on-site at our Ballincollig facility five days a week to support production, we are unfortunately unable to move forward with your application.

We appreciate your interest in Tessaro and wish you the best in your career.

Kind regards,
Tessaro Medical Talent Team

Sent via SmartRecruiters`, 'Your application for Quality Engineer – Tessaro Medical'),

  rej('interview', ['culture_fit'], { ...fb }, `Hi Tom,

Thanks for your time with Frida and Jonas on Wednesday. We really enjoyed the conversation, especially your ideas on the onboarding emails.

After talking it through, we've decided not to move forward with your application for Lifecycle Marketing Manager. We work in a very async, self-directed way here — no standing meetings, written proposals, and people setting their own priorities week to week — and from the conversation it sounded like you're at your best with regular check-ins and a manager close by setting direction. Both are completely valid ways to work; we just don't think our setup would bring out the best in you.

Thanks again and good luck!

Frida
Head of Growth, Lunde

This email was sent via Teamtailor.`, 'Lifecycle Marketing Manager at Lunde'),

  rej('application', ['overqualified'], {}, `Dear Sebastian Krol,

Thank you for your application for the position of Junior Accountant (m/f/d) at our London office.

We have reviewed your documents carefully. Your level of experience clearly exceeds what this role requires, and we do not believe we could offer you the scope and development you would be looking for in this position. We have therefore decided not to consider your application further.

We thank you for your interest in Voss & Lindqvist and wish you every success.

Kind regards,
Human Resources
Voss & Lindqvist UK Ltd.

This message was sent via Personio.`, 'Your application as Junior Accountant (m/f/d)'),

  rej('interview', ['generic'], { ...door }, `<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td>
<img src="https://cdn.brightwave.io/email/logo.png" alt="Brightwave" width="140"><br><br>
<p>Hi Ana,</p>
<p>Thank you for taking the time to interview for the <b>Customer Success Manager, Mid-Market</b> role at Brightwave. We enjoyed getting to know you and learning more about your background.</p>
<p>After careful consideration, we've decided to move forward with other candidates for this position. Due to the number of applicants, we're not able to provide individual feedback at this stage.</p>
<p>We'll keep your profile in our system and reach out if a role opens that fits your experience. You're also welcome to follow our <a href="https://brightwave.io/careers">careers page</a> for new openings.</p>
<p>Best,<br>The Brightwave Talent Team</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding-top:24px">Brightwave Inc. · 415 Mission St, San Francisco, CA · <a href="https://boards.greenhouse.io/brightwave/privacy">Privacy</a></td></tr>
</table></body></html>`, 'Brightwave – Customer Success Manager, Mid-Market'),

  rej('interview', ['skills_gap'], { ...fb }, `Hi Lauren — really sorry for the slow reply, it's been a crazy couple of weeks here.

The team has decided to go with another candidate for the Product Manager role. Honestly it was close. In the end they had a lot more direct experience in B2B payments and card issuing, which is where the roadmap is going for the next year, and we didn't think we'd have the room to ramp someone up on that domain. Your discovery work in the interviews was really strong.

Wishing you the best,
Gabe

On Mon, Apr 7, 2025 at 9:14 AM Lauren Pike <lauren.pike@mailbox.org> wrote:
> Hi Gabe,
> I hope you had a good weekend! I just wanted to follow up on the Product Manager role — I really enjoyed the interviews with you and Priscilla two weeks ago and I'm still very excited about Ledgerline. Is there any update on timing?
> Thanks so much,
> Lauren
>
> On Fri, Mar 21, 2025 at 4:02 PM Gabe Moreno <gabe@ledgerline.com> wrote:
>> Hi Lauren, thanks for the great conversations today. We're finishing the last interviews next week and I'll be in touch after that.
>> Gabe`, 'Re: Product Manager – next steps?'),

  hold('interview', ['role_closed'], {}, `Hi Marcus,

I owe you an update on the Senior Account Executive role, and I'm afraid it's not the clean answer either of us wanted.

Our Series B is taking longer to close than planned, and as of this week the board has asked us to freeze all new headcount until it does. That means we're pausing the search for this role — we are not closing it and we haven't made a decision on any candidate, including you. You were one of the two people we were most excited about after the panel.

I expect we'll have clarity within 6–8 weeks. I'll let you know as soon as we do, and I completely understand if you keep other processes moving in the meantime.

Thanks for your patience,
Hollis
Founder & CEO, Gridmark`, 'Gridmark – pausing the SAE search'),

  hold('interview', ['generic'], {}, `Dear Dr Okafor,

Lecturer in Human Geography (Ref. AC04417)

Thank you for attending interview on 28 February. I am writing to apologise for the delay in communicating an outcome. Unfortunately, one of the members of the selection panel has been unwell, and the panel has not yet been able to meet to finalise its decision.

We now expect to be in a position to write to all interviewed candidates by Friday 21 March. I am sorry for any inconvenience this causes, and I am grateful for your patience.

Yours sincerely,

Helen Marsh
HR Adviser (Recruitment)
University of the Western Marches`, 'Lecturer in Human Geography (AC04417) – delay'),

  hold('application', ['role_closed'], {}, `Dear Applicant

Job reference: DTR-2025-0431 – Senior Policy Officer, Transport Reform

Thank you for your application for the above position.

Due to recent machinery-of-government changes affecting the Department, recruitment to this position has been temporarily paused while the structure of the new division is confirmed. No assessment of applications has taken place to date.

Your application will remain current, and we will contact you once a decision has been made about whether the process will resume. We apologise for any inconvenience.

Regards

Recruitment Services
Department of Transport and Regional Development
Victorian Government`, 'DTR-2025-0431 – Recruitment paused'),

  rej('final', ['position_filled', 'profile_mismatch'], {}, `Dear Fionnuala,

Thank you for attending the final interview for the role of Head of Customer Operations last Tuesday, and for your presentation to the executive team.

I am writing to let you know that, following the final stage, we have offered the role to a candidate whose experience more closely aligned with where the business is heading over the next two years, and they have accepted.

I appreciate this is disappointing news after a long process, and I want to thank you for the time and energy you put into every stage.

Kind regards,

Siobhán Nolan
People Director
Lakeland Energy Supply DAC`, 'Head of Customer Operations – outcome'),

  rej('final', ['generic'], {}, `Hi Ravi,

Thanks for your patience over the past two weeks while we completed reference checks following your final interviews.

I'm sorry to say that we have decided not to proceed with an offer for the Operations Manager role. I appreciate you putting us in touch with your referees and the time you've invested in our process.

All the best,
Jess

Jess Thornton
Talent Partner
Saltmarsh Foods`, 'Operations Manager – update'),

  rej('assessment', ['assessment'], {}, `Dear Callum

Pre-Employment Medical Assessment – Haul Truck Operator (Trainee), Mt Keelan Operations

Thank you for attending your pre-employment medical assessment with our health provider on 6 May.

We have now received the outcome of the assessment. Unfortunately, the results indicate that you do not currently meet the fitness-for-work standard required for this safety-critical role, and as a result we are unable to progress your application any further. In accordance with privacy legislation, the details of your medical assessment are held by the provider and have not been shared with the recruitment team.

If you have any questions about the outcome, you may contact the provider directly on 1300 482 006.

Regards

Recruitment Team
Karragin Resources Pty Ltd
Perth WA`, 'Your application – Haul Truck Operator (Trainee)'),

  rej('assessment', ['assessment'], { ...door }, `Hi Mateo,

Thank you for completing the HackerRank coding challenge for the Software Engineer II position at Stackridge.

Unfortunately, your score did not meet the threshold required to advance to the next stage of our interview process.

We know this isn't the news you were hoping for. You're welcome to reapply to Stackridge after 6 months — many of our engineers didn't get in on the first try!

Best,
Stackridge University & Early Careers Recruiting`, 'Stackridge Coding Challenge Results'),

  rej('interview', ['assessment'], { ...fb }, `Dear Aisling,

Thank you for participating in the first-round case interviews with Larchmont & Co. on Thursday.

We regret to inform you that we will not be inviting you to the second round. Your interviewers wanted me to pass on some specific points: your structuring of the retail pricing case was clear and well prioritised, but there were errors in the market-sizing calculation that led to a conclusion that didn't hold, and when prompted you did not revisit the numbers. In the fit interview you came across very well.

We appreciate the effort you put into your preparation, and wish you every success.

Kind regards,
Recruiting Team
Larchmont & Co., Dublin`, 'Larchmont & Co. – First round outcome'),

  rej('final', ['generic'], { ...offered, ...door }, `Dear Hannah,

Thank you for attending our assessment centre for the 2025 Audit & Assurance Graduate Programme (Birmingham).

Unfortunately, on this occasion we will not be able to offer you a place on the programme. Competition for places this year has been exceptionally strong.

Feedback on your performance at each exercise of the assessment centre (group exercise, written exercise and partner interview) is available on request — simply reply to this email within 28 days and a member of the team will arrange a call.

We would encourage you to consider applying to us again in a future recruitment season; many of our current graduates were successful on their second application.

With best wishes,

Student Recruitment Team
Ashby Rowe LLP`, 'Your application – Audit & Assurance Graduate Programme'),

  rej('assessment', ['assessment'], {}, `Dear Oliver,

Thank you for completing the online tests as part of your application to the Finance Leadership Development Programme.

We have now reviewed your results and, unfortunately, on this occasion they did not meet the required standard. We are therefore unable to progress your application further.

We appreciate the time and effort you have taken, and wish you every success in the future.

Kind regards,
Early Careers Team
Pellings plc

Please note that we are unable to provide individual feedback on test results.`, 'Your application to Pellings plc'),

  rej('interview', ['generic'], {}, `Hi Camille,

Thank you for completing the on-demand video interview for the Client Service Associate role at Ridgefield Asset Management.

After reviewing your responses, we have decided not to move your application forward at this time.

We appreciate your interest in Ridgefield and wish you all the best.

Ridgefield Campus Recruiting

This message was sent via HireVue. Please do not reply.`, 'Ridgefield – Client Service Associate update'),

  rej('screen', ['location'], { ...fb }, `Hi Hannah,

Thanks again for the call on Monday. I took our conversation back to the hiring manager for the Senior Solutions Engineer role.

As we discussed, this role is hybrid out of our Austin office three days a week, and since you mentioned you're committed to staying in Denver and would need the role to be fully remote, we won't be able to move forward. I really enjoyed our conversation and I'm sorry the logistics didn't line up.

All the best,
Rico
Technical Recruiter, Vantaro`, 'Vantaro – Senior Solutions Engineer'),

  rej('screen', ['location'], { ...fb, ...door }, `Hi Yusuf,

It was great speaking with you on Thursday. Unfortunately, after checking with our immigration team, we're not able to sponsor an H-1B transfer for this particular role, and as you'll need sponsorship to continue working in the US, we can't move forward with your candidacy for the Data Scientist, Pricing position.

I know that's frustrating to hear. Some of our other teams do sponsor, and I've made a note on your profile — if a role comes up where sponsorship is available, I'll reach out.

Thanks,
Kristin Lowe
Recruiter | Northwind Mobility`, 'Data Scientist, Pricing – Northwind Mobility'),

  rej('screen', ['overqualified'], { ...fb }, `Hi Greg,

Thanks so much for the chat yesterday. You were really candid about what you're looking for and I appreciated that.

I've spoken with Maya (the hiring manager) and we don't think the Product Marketing Manager role is the right fit. With fifteen years in the field and the last five running a team of twelve as a director, your experience is well beyond the scope of this role, which is a hands-on individual contributor position reporting into a senior manager. We'd worry that you'd be frustrated pretty quickly.

Wishing you the best of luck,
Nadia
People Team, Sorrel`, 'Sorrel – Product Marketing Manager'),

  rej('final', ['salary'], { ...fb, ...door }, `Dear Imran,

Thank you for your patience while we worked through the final stage of the process for the Director of Engineering role.

I'll be straightforward with you. The panel's feedback from your final interviews was very positive, and we had hoped to make you an offer. However, after several conversations with our Chief People Officer we haven't been able to bridge the gap between your expected package of £135,000 base and the ceiling of £118,000 that is set for this grade. We therefore won't be proceeding.

I'm genuinely sorry about this. If our banding changes or a more senior position opens up, I would like to contact you again — please do stay in touch.

Best regards,
Clare Whitmore
Chief Technology Officer
Halewood Insurance Group`, 'Director of Engineering – Halewood'),

  rej('interview', ['internal_candidate', 'position_filled'], {}, `Dear Ms Dlamini,

Thank you for attending the interview for the position of Communications Manager on 14 August.

We wish to advise that the position has been offered to, and accepted by, an internal candidate. Your application has therefore been unsuccessful.

We appreciate your interest in the Institute and wish you well for the future.

Yours sincerely

Human Resources Department
Cape Peninsula Institute of Technology`, 'Communications Manager – Outcome'),

  rej('application', ['role_closed'], { ...door }, `Hi Petra,

Thank you for applying for the Learning & Development Partner role at Kinloch Group.

I'm writing to let you know that we have withdrawn this vacancy following an internal restructure of the People team, and we will not be recruiting to it. All applications have been closed.

We would genuinely encourage you to apply for future roles with us — we expect to be advertising several positions in the new structure over the coming months.

Kind regards,
Talent Acquisition, Kinloch Group
Glasgow`, 'Learning & Development Partner – vacancy withdrawn'),

  rej('interview', ['culture_fit'], { ...fb }, `Hi Jaime,

Thanks for coming in on Friday and meeting the team. I wanted to get back to you quickly.

We've decided not to move forward for the operations lead role. It's a really tiny team — six of us in one room, in the office every day, and a lot of the job is making decisions with half the information and changing them the next week. From how you described your best work at the last two companies, with clear processes and a defined remit, I think you'd be happier somewhere a bit more established, and I'd rather say that now than six months in.

Good luck with everything,
Liv
Founder, Sproutbox`, 'Ops lead'),

  rej('interview', ['culture_fit'], {}, `Dear Sophia,

Thank you for meeting with us regarding the Client Experience Lead position.

After careful consideration, the panel did not feel there was a strong enough alignment with our team values and ways of working, and we have therefore decided not to progress your application further.

Thank you for your interest in Brenmoor Private Wealth.

Yours sincerely,
HR Team
Brenmoor Private Wealth`, 'Client Experience Lead'),

  rej('application', ['skills_gap'], { ...fb }, `Dear Whitney Sparks,

Thank you for applying for the Senior Tax Accountant position at Dorsey Kemp LLP.

A current, active CPA license is a requirement for this position. As your application indicates that you are a CPA candidate who has not yet passed all sections of the exam, we are unable to consider you for this role at this time.

We appreciate your interest in Dorsey Kemp and wish you success in completing your exams.

Sincerely,
Human Resources
Dorsey Kemp LLP
Columbus, Ohio`, 'Senior Tax Accountant – Dorsey Kemp LLP'),

  rej('application', ['skills_gap'], { ...fb, ...door }, `Hi Ciara,

Thanks a million for your application for the Customer Support Specialist (DACH) role at Flowtrack.

We've reviewed it carefully and unfortunately we won't be moving forward. As this role supports our German-speaking customers directly, fluent German (C1 or above) is essential, and from your CV your German is at B1. We know that's a tough one!

We're hiring for our English-language support team later this spring and would love to see your application for that when it goes live.

All the best,
Aoife
Talent Team, Flowtrack Dublin

Sent via Personio`, 'Your application at Flowtrack'),

  rej('application', ['skills_gap', 'location'], { ...fb }, `Dear Samuel,

RE: MONITORING, EVALUATION AND LEARNING SPECIALIST – REF. MEL/2025/07

Thank you for your interest in the above position with Harambee Health Partnership.

We have completed the review of applications received. We regret to inform you that your application was not shortlisted. The position requires a minimum of five years' experience in monitoring and evaluation of donor-funded health programmes, and your application demonstrates approximately two years. In addition, as this is a national position, applicants must be Kenyan citizens or hold a valid Kenyan work permit, which your application did not indicate.

We appreciate your interest in our organisation and wish you success in your career.

Yours sincerely,

Human Resources & Administration
Harambee Health Partnership
Westlands, Nairobi`, 'MEL Specialist – Application outcome'),

  rej('application', ['profile_mismatch'], { ...door }, `<div style="font-family:'Segoe UI',Helvetica,Arial,sans-serif;max-width:640px;margin:0 auto">
  <div style="background:#00344d;padding:16px"><img src="https://wd3.myworkdaysite.com/corelis/assets/logo.png" alt="Corelis" height="32"></div>
  <div style="padding:24px;font-size:14px;line-height:1.5">
    <p>Dear Jonah Feld,</p>
    <p>Thank you for your interest in the <strong>Senior Regulatory Affairs Specialist</strong> position (JR-118204) at Corelis.</p>
    <p>We have carefully reviewed your background and experience, and while your qualifications are impressive, we have determined that other candidates more closely match the needs of this position at this time.</p>
    <p>We will keep your information on file, and we encourage you to visit our <a href="https://corelis.wd3.myworkdayjobs.com/careers">Careers site</a> regularly and apply for future positions that interest you.</p>
    <p>Sincerely,<br>Corelis Talent Acquisition</p>
  </div>
  <div style="font-size:11px;color:#777;padding:0 24px 24px">Corelis is an Equal Opportunity Employer. This is an automated notification; please do not reply.</div>
</div>`, 'Your Corelis application – JR-118204'),

  rej('screen', ['generic'], {}, `Hi Beth, thanks for your time on the phone yesterday. Had a think and we won't be taking it further this time. Cheers, Tom`, 'Bar supervisor'),

  rej('application', ['generic'], {}, `Kia ora Jacob,

Thank you for applying for the Customer Services Officer role with Tūranga Housing Trust.

Unfortunately you haven't been shortlisted for an interview on this occasion.

Thanks again for your interest, and all the best with your job search.

Ngā mihi nui,
The Tūranga Housing Trust team`, 'Customer Services Officer – Tūranga Housing Trust'),

  rej('interview', ['generic'], {}, `Dear Sneha,

Thank you for attending the Technical Interview (Round 1) for the role of Data Engineer – Azure with Kaveri Analytics Solutions on 18-Jan-2025.

We regret to inform you that you have not been shortlisted for the next round of the selection process.

We appreciate your interest in Kaveri Analytics and wish you all the best in your future endeavours.

Thanks & Regards,
Recruitment Team
Kaveri Analytics Solutions Pvt. Ltd.
Hyderabad`, 'Interview Status – Data Engineer – Azure'),

  rej('interview', ['salary'], { ...fb }, `Hi Karthik,

Hope you are doing well.

Thank you for your time through the technical rounds and the HR discussion for the Senior Backend Developer (Java) position. The technical panel gave positive feedback.

However, your expected CTC of 28 LPA is significantly beyond the budget approved for this position, which is in the range of 20–22 LPA, and management was not able to approve an exception. Hence we will not be able to proceed with your candidature for this opening.

Thank you once again for your interest in Paysetu.

Regards,
Divya R.
HR – Talent Acquisition
Paysetu Technologies, Bengaluru`, 'Regarding your candidature – Senior Backend Developer'),

  rej('application', ['generic'], { ...door }, `Dear Mr Lim Jun Hao,

Application for the position of Assistant Manager (Corporate Planning)

Thank you for your interest in joining the Land Transport Planning Board.

We regret to inform you that your application has not been successful. We received many applications from strong candidates and the selection was keen.

Nevertheless, we would like to encourage you to apply for other positions with us and across the Public Service that may be of interest to you via the Careers@Gov portal.

Thank you once again for your interest.

Yours sincerely,
Human Resource Division
Land Transport Planning Board

This is a computer-generated letter. No signature is required.`, 'Application Status – Assistant Manager (Corporate Planning)'),

  rej('interview', ['position_filled'], { ...door }, `Good afternoon Tunde,

Trust you are well.

I just got off the phone with the client on the Procurement Lead role at the FMCG company in Ikeja. They have concluded their interviews and have made an offer to another candidate, which has been accepted. So unfortunately they will not be proceeding with you on this one.

They did say your interview went well, it was just that their chosen candidate was already available to resume immediately.

I will keep your CV on my desk and reach out as soon as something similar comes up — we have quite a few supply chain mandates this quarter.

Kind regards,

Adaeze Nwosu
Senior Consultant
Talentbridge Africa Recruitment, Lagos
+234 803 555 0147`, 'Re: Procurement Lead – Ikeja'),

  rej('application', ['skills_gap'], { ...fb }, `Dear Applicant

REF NO: GRID/HR/2025/033 – SENIOR ENGINEER: PROTECTION

Thank you for your application for the above position.

Please be advised that your application was not successful as you do not meet the minimum requirements of the position, namely: a B Eng / BSc Eng (NQF Level 7) in Electrical Engineering, registration with ECSA as a Professional Engineer, and a minimum of five (5) years' post-registration experience in protection systems. Your application did not include proof of Professional Engineer registration with ECSA.

We thank you for your interest in the organisation.

Yours sincerely

Human Capital Division
National Grid Operating Company SOC Ltd
Midrand`, 'Outcome of Application – GRID/HR/2025/033'),

  rej('assessment', ['assessment'], { ...door }, `Dear Brian Otieno,

Thank you for taking part in the online aptitude assessment for the Graduate Management Trainee Programme 2025.

We regret to inform you that you were not successful in the assessment and will therefore not proceed to the next stage of the recruitment process.

We encourage you to keep checking our careers page and apply for future opportunities that match your skills and interests.

Kind regards,

Talent Acquisition
Savanna Commercial Bank Kenya Limited`, 'Graduate Management Trainee Programme 2025'),

  rej('interview', ['profile_mismatch'], { ...offered }, `Dear Dr Nguyen,

Position: Research Fellow (Level B) – Coastal Ecosystems Modelling
Position number: 0061238

Thank you for your interest in the above position and for attending an interview with the selection panel.

The panel has now completed its assessment of the applicants. I regret to advise that you have not been recommended for appointment. The panel considered that other applicants more closely met the selection criteria.

Should you wish to receive feedback on your application and interview, please contact the chair of the selection panel, Associate Professor Megan Holt, on (07) 3346 1182 or at m.holt@uq-marine.edu.au.

I would like to thank you for your interest in employment at the University and wish you success in your future career.

Yours sincerely

Recruitment Services
Human Resources Division
Moreton Bay University`, 'Research Fellow (Level B) – 0061238'),

  rej('application', ['skills_gap'], { ...fb }, `Dear Mr. Harrington,

Re: Selection Process 25-IRB-EA-QC-07712 – Program Officer (PM-04), Montréal

Thank you for your interest in this selection process.

The language requirements of this position are Bilingual Imperative CBC/CBC. Based on your application, you indicated that you do not currently hold, and are not in a position to demonstrate, the required level of second-language proficiency (French). As the bilingual requirement is imperative, your application will not be given further consideration.

We thank you for your interest in the federal public service and encourage you to consult the GC Jobs website regularly.

Sincerely,

Resourcing Services – Quebec Region

Nous vous remercions de l'intérêt que vous portez à la fonction publique fédérale.`, 'Selection process 25-IRB-EA-QC-07712'),

  rej('interview', ['generic'], { ...door }, `Dear Tanisha,

Thank you for interviewing with Lakeshore Children's Hospital for the Patient Access Representative position. We enjoyed meeting you and learning about your experience.

After careful consideration, we have decided to move forward with another candidate. Please know this decision was not easy.

We encourage you to create job alerts on our careers site and to apply for future openings that align with your interests — we would be glad to see your name again.

Best regards,
Talent Acquisition
Lakeshore Children's Hospital

This email was sent via iCIMS. Please do not reply.`, "Patient Access Representative – Lakeshore Children's Hospital"),

  rej('interview', ['skills_gap'], { ...fb }, `Hi Owen,

Thanks for your email and for asking — I'm happy to give you some feedback.

The panel were very positive about your technical knowledge and the way you handled the scenario question on incident response. Where you scored lower than other candidates was the change leadership question. The role involves moving three teams onto the new service desk model, and your examples were mostly about delivering change that others had designed rather than leading people through it yourself. That was the main difference.

I hope that helps, and I'd encourage you to keep going — you interviewed well.

Regards,
Gareth Pryce
Head of IT Service Management
Cyngor Sir Glannau

From: Owen Rhys <owen.rhys@outlook.com>
Sent: 02 May 2025 10:41
To: Pryce, Gareth <Gareth.Pryce@glannau.gov.uk>
Subject: RE: IT Service Delivery Manager – interview outcome

Dear Gareth,

Thank you for letting me know. Although I'm disappointed, I enjoyed meeting the panel. Would you be able to share any feedback on my interview so I can improve for next time?

Kind regards,
Owen

From: Pryce, Gareth <Gareth.Pryce@glannau.gov.uk>
Sent: 01 May 2025 16:05
To: Owen Rhys <owen.rhys@outlook.com>
Subject: IT Service Delivery Manager – interview outcome

Dear Owen,

Thank you for attending interview on 28 April. I'm sorry to let you know that on this occasion you have not been successful.

Regards,
Gareth`, 'RE: IT Service Delivery Manager – interview outcome'),

  rej('application', ['generic'], { ...door }, `<html>
<head><meta charset="utf-8"></head>
<body>
<div style="max-width:560px;font-family:-apple-system,BlinkMacSystemFont,'Helvetica Neue',sans-serif;font-size:15px;color:#1a1a1a">
<p>Hi Noor,</p>
<p>Thanks for your interest in <b>Quillstone</b> and for applying to the <b>Content Designer</b> role.</p>
<p>We've reviewed your application and have decided not to move forward at this time. We received an overwhelming number of applications for this role, and this was a difficult decision.</p>
<p>We hope you'll keep an eye on <a href="https://jobs.lever.co/quillstone">our open roles</a> and apply again in the future.</p>
<p>All the best,<br>Quillstone Talent</p>
<hr style="border:none;border-top:1px solid #eee">
<p style="font-size:11px;color:#999">You're receiving this email because you applied to a job at Quillstone. <a href="https://jobs.lever.co/quillstone/unsubscribe">Unsubscribe</a></p>
</div>
</body>
</html>`, 'Quillstone – Content Designer'),

  rej('assessment', ['assessment'], { ...offered }, `Hi Femi,

Thank you for completing the data analysis exercise for the Insight Analyst role and for sending it over ahead of the deadline.

The team has reviewed all submissions and unfortunately yours hasn't been selected to go through to interview. If you would like some feedback on your submission, just reply to this email and I'll share the reviewers' notes with you.

Thanks again for the time you put into this.

Best wishes,
Rosie
Recruitment Coordinator
Fennick Home Insurance`, 'Insight Analyst – exercise outcome'),

  rej('final', ['culture_fit'], { ...door }, `Dear Kwame,

Thank you for joining us for the final round of interviews for the Principal Consultant role, including the dinner with the partners.

After a lot of discussion, we have decided not to extend an offer. Your technical credentials were never in doubt; the partners simply felt that the fit with how our small team works together day to day was not quite there, and in a firm of our size that has to weigh heavily.

I would be glad to stay in touch, and should we have an opening that suits you in future, I will let you know.

Kind regards,
Hamish Blackwood
Managing Partner
Blackwood Ferrier Advisory, Edinburgh`, 'Principal Consultant'),

  rej('application', ['position_filled'], {}, `This position has now been filled. Thank you for your interest.

Harbour Lights Hotel, Kinsale`, 'Re: Night Porter'),

  rej('final', ['role_closed'], { ...offered, ...door }, `Hi Mei,

I'm sorry to be writing this after you got all the way through the final round for the Head of Analytics role.

Yesterday our leadership team completed a reforecast for the second half of the year and the headcount for this position was removed from the budget. We're not filling the role, for you or anyone else, and I didn't want to keep you waiting while we worked that out.

For what it's worth, the panel's view was very positive. If it would be useful, I'm happy to share their detailed notes from the final round — just let me know. And if the role is reinstated next year, you'll be the first person I call.

Best,
Jonathan Reyes
Chief Data Officer, Ambra Retail`, 'Head of Analytics – update'),

  rej('interview', ['profile_mismatch'], { ...offered, ...door }, `Dear Miss Adeyemi

Post: Housing Options Officer (Ref: HOU0192)

Thank you for attending for interview on Wednesday 9 April for the above post.

I am writing to inform you that on this occasion you have been unsuccessful. The interview panel had a difficult decision to make and considered that other candidates more closely met the requirements of the person specification. Should you wish to obtain feedback on your interview performance you are welcome to contact the Chair of the panel, Mrs Karen Ibbotson, on 01924 306 772, who will be pleased to discuss this with you. We will also hold your details on our file for six months, and we may contact you should a similar vacancy arise during that time.

May I take this opportunity to thank you for the interest you have shown in working for Calderbrook Metropolitan Borough Council.

Yours sincerely

Recruitment Team
HR Shared Services`, 'Housing Options Officer (HOU0192)'),

  rej('screen', ['profile_mismatch'], { ...door }, `Hi Laura,

Thanks for your time on the phone on Tuesday — good to catch up properly.

I put your CV forward to the client for the Compliance Manager role at the wealth management firm. They've come back this morning and unfortunately they won't be taking you to interview; they said they've got other candidates whose backgrounds are a closer fit for what they need.

Don't be too disheartened — it's a really specific brief. I'll keep you on my radar and be in touch when something better suited comes in.

Speak soon,
Jonny

Jonny Fairbairn
Associate Director, Risk & Compliance
Hallmark Search, Manchester`, 'Compliance Manager'),

  hold('interview', ['role_closed'], {}, `Hello Danielle,

Thank you again for meeting with the panel for the Policy Analyst (EC-04) position last month.

I wanted to let you know that, following the department's ongoing budget review, staffing actions for this position have been put on hold. No decisions have been made regarding any of the candidates who were interviewed, and your candidacy remains active in the process.

We anticipate receiving further direction by the end of the fiscal quarter and will contact you at that time. Thank you for your patience and understanding.

Best regards,
Staffing Advisor
Employment and Workforce Development Canada, Ottawa`, 'Policy Analyst (EC-04) – status of process'),

  rej('application', ['profile_mismatch'], {}, `Your application for the position of Program Analyst, GS-0343-11, announcement number FA-25-RM-12664719, has been reviewed.

Based on your responses to the assessment questionnaire and your resume, you were found eligible and qualified for the position. However, you were not among the best qualified candidates, and your application was not referred to the hiring manager for further consideration.

Thank you for your interest in federal employment.

Office of Human Resources Management
U.S. Department of Commerce

You can check the status of your application at any time by signing into your USAJOBS account.`, 'USAJOBS – Application Status Update'),

  rej('screen', ['position_filled', 'location'], { ...fb }, `Hi Callum,

Thanks for the chat last week about the Site Engineer role in Christchurch.

Just letting you know we've now appointed someone to the position, so we won't be taking your application any further. To be honest, it would have been tricky either way, as you're on a working holiday visa and the role needs someone who can commit for at least two years, which we can't support on that visa.

Best of luck with the rest of your time in NZ.

Cheers,
Stu
Operations Manager
Southbridge Civil Ltd`, 'Site Engineer – Christchurch'),

  rej('application', ['overqualified'], { ...door }, `Hi Rebecca,

Thank you for applying for the Marketing Executive role at Pemberton Fine Foods.

Having reviewed your CV, we think you'd be under-challenged in this position — it's an entry-level role, and your experience is well above what it calls for. So we won't be progressing your application for this particular vacancy.

That said, we're recruiting for a Brand Manager later in the year, and we'd really encourage you to apply when it's advertised.

Kind regards,
HR Team
Pemberton Fine Foods, Shropshire`, 'Marketing Executive – Pemberton Fine Foods'),

  rej('application', ['skills_gap'], { ...fb }, `Dear Josh,

Thank you for your application for the role of Senior Site Reliability Engineer.

The role requires a minimum of five years' hands-on experience running production Kubernetes clusters at scale. Your CV shows around three years in that area, so on this occasion we won't be progressing your application.

Best regards,
Recruitment Team
Coraline Cloud, Melbourne`, 'Senior SRE – Coraline Cloud'),

  rej('interview', ['generic'], {}, `hey Alex, thanks again for coming by Tuesday. we've decided to go a different direction for this one. wishing you the best with everything. — Ben`, 'following up'),

  rej('final', ['position_filled'], { ...door }, `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4">
<tr><td align="center">
<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
<tr><td>
<p>Dear Marcus Bell,</p>
<p>Thank you for your interest in the <b>Senior Manager, Network Planning</b> position (R-27740) with Tristate Freight Systems and for participating in our final round of interviews.</p>
<p>We have now selected a candidate for this position and the offer has been accepted. As a result, we will not be moving forward with your candidacy.</p>
<p>We appreciate the time you spent with our leadership team. Your profile will remain in our talent community, and our recruiters may contact you about future opportunities that match your experience.</p>
<p>Sincerely,<br>Tristate Freight Systems Talent Acquisition</p>
</td></tr>
<tr><td style="font-size:11px;color:#999">Tristate Freight Systems is an equal opportunity employer. Please do not reply to this message. Powered by Workday.</td></tr>
</table>
</td></tr>
</table>`, 'Your application for Senior Manager, Network Planning'),

  rej('interview', ['generic'], { ...offered }, `Dear Grace,

Thank you for attending the interview for the role of Finance Business Partner with Linwood Housing Group on Monday.

We have now concluded the interview process and unfortunately, on this occasion, you have not been successful. The panel asked me to thank you for your preparation and the time you gave us, and if you would like any feedback on your interview, please feel free to reply to this email and we will arrange a call with the hiring manager. We wish you every success in your future career.

Kind regards,

Recruitment Team
Linwood Housing Group

Sent via SmartRecruiters`, 'Finance Business Partner – interview outcome'),

  rej('final', ['skills_gap'], { ...fb, ...door }, `Hi Diego,

Thanks again for spending Thursday with us for the onsite loop for Senior Software Engineer, Platform. I know it's a long day.

We've met as a hiring committee and have decided not to extend an offer. The feedback from the coding and collaboration sessions was strong, but in the system design round the panel felt you didn't yet show the depth we need at this level with distributed data stores — in particular, partitioning and consistency trade-offs for the event log design didn't come through. That's a core part of the platform team's work day to day.

We'd genuinely love for you to re-apply in 12 months, and I'll keep your details on file for Senior roles on other teams where that's less central.

Best,
Ilana
Recruiting, Orbitly

Sent with Ashby`, 'Orbitly – Senior Software Engineer, Platform'),

  rej('interview', ['role_closed', 'internal_candidate'], {}, `Dear Patrick,

Thank you for attending interview for the position of Facilities Coordinator at our Limerick campus.

Following a review of the Facilities function since interviews took place, a decision has been made not to fill this post. The duties of the role will instead be absorbed by existing members of the Estates team. Consequently, we will not be making an appointment.

We regret any disappointment this may cause and thank you for the time you gave to the process.

Yours sincerely,

Human Resources Department
Shannonside Institute of Further Education`, 'Facilities Coordinator – recruitment update'),

  rej('assessment', ['assessment'], {}, `Hi Leah,

Thanks for completing the case study for the Junior Buyer position.

Following a review by the buying team, we regret that we will not be taking your application to the next stage.

Thanks,
Matilda
People Team | Larkspur & Co.

-----Original Message-----
From: Leah Moran <leahmoran92@gmail.com>
Sent: Monday, 10 February 2025 08:57
To: careers@larkspurco.com.au
Subject: Case study – Junior Buyer – Leah Moran

Hi Matilda,

Please find attached my case study for the Junior Buyer role (range review for the homewares category). Let me know if you have any trouble opening the file.

Kind regards,
Leah`, 'RE: Case study – Junior Buyer – Leah Moran'),

  rej('screen', ['profile_mismatch'], {}, `Hi Rahul,

Thanks so much for taking the time to speak with me on Friday about the Solutions Architect role at Clearpath.

After discussing your background with the hiring manager, we've decided to move forward with candidates whose experience more closely matches what we need for this position.

We wish you luck in your search,
Shreya
Clearpath Recruiting

Powered by Greenhouse`, 'Clearpath – Solutions Architect'),

  // ───────────── Part 2: Gemma Radcliffe's inbox, January to March ─────────────

  other(`LinkedIn

Gemma, 14 new jobs for "Supply Chain Planner" in Greater Manchester

Replenishment Planning Manager
Boothroyd's Supermarkets · Bolton, England, United Kingdom (Hybrid)
Be an early applicant · Easy Apply

Inventory Planning Manager
Kinder Logistics · Trafford Park, England (On-site)
£50,000 – £56,000 · 3 connections work here

Senior Demand Planner
Confidential · Warrington (Hybrid)
Promoted · Actively recruiting

Merchandise Planner – Stock & Allocation
Harlow & Finch · Manchester (Hybrid)

See all jobs

You're receiving job alert emails. Unsubscribe · Manage alerts
LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085`, '14 new jobs for "Supply Chain Planner" in Greater Manchester'),

  other(`Dear Gemma,

Thank you for applying for the Replenishment Planning Manager (REQ-55120) position at Boothroyd's.

We have received your application and our recruitment team will now review it against the requirements of the role. If your application is successful at this stage, we will be in touch to let you know the next steps. You can track the progress of your application at any time by logging in to your candidate account.

Thanks again for your interest in a career with Boothroyd's.

Boothroyd's Resourcing Team

Please do not reply to this email. This mailbox is not monitored.`, "Thank you for applying to Boothroyd's"),

  other(`Hi Gemma,

Thank you for your application for the role of Inventory Planning Manager at Kinder Logistics.

Our Talent team will review your application and we aim to get back to all applicants within 10 working days. In the meantime, you can find out more about life at Kinder on our careers site.

Kind regards,
Kinder Logistics Talent Team
Trafford Park, Manchester M17`, 'Application received – Inventory Planning Manager'),

  other(`Hi Gemma,

Hope you had a good Christmas! Dan here from Vantage Supply Chain Recruitment — we spoke briefly last year when you were looking at the Stockport role.

I'm working on a Senior Demand Planner vacancy with a well-known food manufacturer in Warrington (can't name them just yet). £48–52k plus 10% bonus, hybrid 3 days in, reporting to the Head of S&OP. They use Kinaxis and they're moving to a proper monthly IBP cycle, so there's a lot to build.

Would you be open to a quick 10-minute call this week? I think your background at Trafford Drinks would interest them.

Cheers,
Dan Whelan
Principal Consultant – Supply Chain & Logistics
Vantage Supply Chain Recruitment
0161 555 0198 | 07700 900733`, 'Senior Demand Planner – Warrington – £52k'),

  rej('application', ['generic'], { ...door }, `Hi Gemma,

Thank you so much for your interest in Harlow & Finch and for applying for the role of Merchandise Planner – Stock & Allocation.

We've now reviewed all applications, and we're sorry to let you know that we won't be taking your application further on this occasion. We had a fantastic response and it's been a really difficult decision.

We'd love you to stay part of the Harlow & Finch community — we've added you to our talent pool, and we'll let you know about future roles that might suit you.

With best wishes,
The Harlow & Finch Talent Team

Powered by Greenhouse`, 'Your application with Harlow & Finch'),

  other(`Dear Gemma Radcliffe

Job reference: 413-SC-25-7741
Job title: Supply Chain Manager
Employer: Irwell Valley NHS Foundation Trust

Thank you for applying for the above post.

Your application has been received and will be considered by the recruiting manager. Shortlisting usually takes place within two weeks of the closing date. If you are shortlisted you will be contacted by email with details of the interview.

Please check your NHS Jobs account regularly, including your junk or spam folder, as all correspondence will be sent by email.

If you have not heard from us within four weeks of the closing date, please assume that on this occasion your application has been unsuccessful.

NHS Jobs

This is an automated email. Do not reply to this message.`, 'NHS Jobs – Application received – Supply Chain Manager'),

  rej('application', ['skills_gap'], { ...fb }, `Dear Gemma,

Thank you for applying for the position of Planning Manager at Ribble Freight Group.

We have reviewed your application carefully. On this occasion we will not be taking it forward. The role leads our migration onto SAP IBP and hands-on experience of configuring and running IBP is essential from day one; your CV shows strong experience with Blue Yonder and Excel-based planning, but not with SAP.

Thank you for your interest in Ribble Freight and we wish you every success with your search.

Kind regards,
HR Team
Ribble Freight Group Ltd
Preston`, 'Planning Manager – Ribble Freight Group'),

  other(`Dear Gemma,

Thank you for your application for Replenishment Planning Manager (REQ-55120).

We are pleased to invite you to the next stage of our selection process: two short online assessments (Verify numerical reasoning and a situational judgement questionnaire). Together they take approximately 45 minutes.

Please complete both assessments by 23:59 on Tuesday 21 January using the link below:
https://assessment.shl.com/boothroyds/start?token=8fd1c2

Top tips: find a quiet place, make sure you have a stable internet connection, and have a calculator and paper ready for the numerical test.

Good luck!
Boothroyd's Resourcing Team`, "Boothroyd's – Next step: online assessments"),

  other(`Dear Gemma

Thank you for applying for the position of Supply & Demand Planner with Pennine Outdoor.

We've received your application and will review it shortly. If you're selected to move to the next stage, a member of our People team will contact you to arrange a short telephone conversation.

Thanks for your interest in Pennine Outdoor.

The People Team`, 'Pennine Outdoor – we have your application'),

  other(`Indeed

Good news! Pennine Outdoor viewed your application

Supply & Demand Planner
Pennine Outdoor Ltd – Manchester M4
You applied on 9 January

Employers often view several applications before deciding who to contact. We'll let you know if your application status changes.

View application status

Indeed · Do not reply · Unsubscribe`, 'Pennine Outdoor viewed your application'),

  rej('application', ['overqualified'], { ...door }, `Dear Gemma,

Thank you for applying for the Planning Coordinator role at Arden Pharma Packaging.

Your experience is impressive, but having reviewed your CV it's clear that it's at a more senior level than this position, which is an entry-level coordinator role supporting our planners on order entry and scheduling. We don't think it would offer you the challenge you'd be looking for, so we won't be progressing your application.

We do occasionally recruit for Planner and Senior Planner roles, and we'd be very happy to hear from you if one of those is advertised.

Best regards,
Lisa Cartwright
HR Advisor
Arden Pharma Packaging, Macclesfield`, 'Planning Coordinator – Arden Pharma Packaging'),

  other(`Dear Gemma

Thank you for your application for the post of Supply Planner at Sefton Foods Ltd.

We confirm receipt of your CV and covering letter. Due to the high volume of applications we receive, we are only able to contact candidates who have been shortlisted for interview. The closing date for this vacancy is 31 January 2025.

Regards
Sefton Foods HR
Bootle, Merseyside`, 'Your application – Supply Planner'),

  other(`Hi Gemma,

Great news — Meridian 3PL have reviewed your CV for the Operations Planning Manager role and they'd like to meet you!

They've suggested Thursday 23rd at 2pm at their Crewe site (Weston Road). It would be with Carl Hughes, the General Manager, and Nisha from their HR team, about an hour. Could you let me know today if that works? If not they've offered Friday morning as an alternative.

I'll send over some prep notes tonight — they're big on examples of improving labour planning accuracy.

Cheers,
Dan

Dan Whelan
Vantage Supply Chain Recruitment`, 'Meridian – interview request!'),

  other(`SUPPLY CHAIN CAREERS BULLETIN – January 2025

In this issue:

"Unfortunately, we will not be moving forward with your application." If you've read that line more than once this month, you're not alone. Our feature this issue looks at what hiring managers actually mean when they say another candidate was a closer match, why many planners are being rejected for roles they are overqualified for, and how to ask for feedback after an interview without sounding defensive.

Also in this issue:
– Salary survey 2025: planning roles in the North West up 4%
– Is SAP IBP now a must-have? Five hiring managers give their views
– Events: Manchester Supply Chain Meetup, 13 February, Ancoats

Read the full bulletin online.

You're receiving this because you're a member of the Northern Supply Chain Network. Update your preferences or unsubscribe.`, 'Supply Chain Careers Bulletin – "not moving forward"? Read this'),

  other(`Dear Gemma,

The status of your application for Replenishment Planning Manager (REQ-55120) has been updated.

Please sign in to your Boothroyd's Candidate Home account to view the latest information about your application.

Boothroyd's Resourcing Team

This email was sent from Workday. Please do not reply.`, "Boothroyd's – Your application status has changed"),

  rej('assessment', ['assessment'], {}, `Dear Gemma,

Thank you for completing the online assessments for the Replenishment Planning Manager (REQ-55120) position.

We have now reviewed your results and unfortunately, on this occasion, they did not meet the benchmark required to progress to the next stage of the process. We appreciate the time you have taken over your application.

We wish you every success in your search.

Boothroyd's Resourcing Team

This email was sent from Workday. Please do not reply.`, "Your application to Boothroyd's – REQ-55120"),

  other(`Hi Gemma,

Thanks for applying for the Inventory Planning Manager role at Kinder Logistics. I'd love to set up an initial 20–30 minute phone call to tell you more about the role and hear a bit more about your background and what you're looking for.

Could you pick a slot that suits you using the link below? There are times available next Tuesday to Thursday.
https://calendly.com/kinder-talent/initial-call

Looking forward to speaking with you,
Becky Sharrock
Talent Acquisition Partner
Kinder Logistics`, 'Kinder Logistics – initial call'),

  other(`Dear Gemma Radcliffe

Job reference: 413-SC-25-7741
Job title: Supply Chain Manager

We are pleased to inform you that you have been shortlisted for interview for the above post.

Date: Thursday 6 February 2025
Time: 10:30
Venue: Procurement & Supply Chain Offices, Irwell Valley Hospital, Bury Road, Ramsbottom (Level 1, Block C)
Format: Panel interview with a 10-minute presentation. Presentation title: "How would you improve stock availability of clinical consumables across our wards while reducing expired stock?"

Please book your interview slot via your NHS Jobs account within 48 hours and bring original documents (right to work, qualifications) as listed in the attached checklist.

Good luck!

Recruitment Team
Irwell Valley NHS Foundation Trust`, 'NHS Jobs – Invitation to interview – Supply Chain Manager'),

  other(`Hi Gemma,

Thank you for applying for Demand Planning Manager at Weaver Paints!

We've received your application and the hiring team will review it in the coming days. We'll be in touch with you either way.

Best wishes,
Your Weaver Paints recruiting team

This message was sent via Personio.`, 'Your application at Weaver Paints'),

  rej('interview', ['location'], { ...fb, ...door }, `Hi Gemma,

Had feedback from Carl at Meridian this afternoon.

He enjoyed meeting you and said your answers on labour planning were some of the best he's had. But the sticking point was on-site time — the site runs 24/7 and he really needs the Ops Planning Manager in Crewe four days a week, and when he asked you said two would be your maximum with the commute from Chorlton. So they've decided not to take it forward. Gutted, as I thought it was a good match otherwise.

Not to worry — there's a lot out there at the moment. I'll keep looking and ping you anything that's closer to home or more flexible.

Cheers,
Dan`, 'Meridian feedback'),

  other(`Dear Gemma,

Supply Planning Lead – Castlefield Retail Group

Congratulations! Following your telephone interview with Hasan, we are delighted to invite you to our assessment centre, which will be the final stage of the selection process.

Date: Thursday 13 February 2025
Time: 09:00 – 15:30
Location: CRG Support Centre, 1 Castle Quay, Manchester M15

The day will include a planning case exercise (you will receive a data pack on arrival), a group discussion, and a competency interview with the Head of Supply Chain. Lunch will be provided.

Please confirm your attendance by replying to this email and let us know if you require any reasonable adjustments.

Kind regards,
Resourcing Team
Castlefield Retail Group`, 'Invitation to Assessment Centre – Supply Planning Lead'),

  hold('screen', ['role_closed'], {}, `Hi Gemma,

Thanks again for the call last Wednesday, it was great to chat and I passed my notes on to Andy, our Head of Planning.

I'm afraid I've got a bit of an awkward update. We're right in the middle of finalising a large new customer contract, and until that's signed the leadership team have asked us to put recruitment for the Inventory Planning Manager role on hold, as the shape of the team depends on it. We haven't closed the role and we haven't made any decisions on candidates. I'm hoping we'll know more in three to four weeks.

I'm really sorry to keep you hanging — I'll be in touch as soon as I have news.

Best,
Becky Sharrock
Talent Acquisition Partner
Kinder Logistics`, 'Inventory Planning Manager – update'),

  other(`Dear Gemma Radcliffe

Job reference: 413-SC-25-7741
Job title: Supply Chain Manager

Unfortunately, due to unforeseen circumstances, we need to reschedule your interview for the above post. We apologise for any inconvenience.

Your new interview details are:
Date: Tuesday 11 February 2025
Time: 14:00
Venue: unchanged

Please log in to your NHS Jobs account to confirm that you are able to attend. If the new date is not suitable, please contact the recruitment team on 0161 555 0262.

Recruitment Team
Irwell Valley NHS Foundation Trust`, 'NHS Jobs – Interview rescheduled – Supply Chain Manager'),

  other(`Hi Gemma,

Thanks for your application for Demand Planning Manager — we were really impressed with your CV and would like to invite you to a first-stage interview.

It'll be a 45-minute video call on Microsoft Teams with me and Phil Jackson (Supply Chain Director). We'll talk through your experience, and Phil will ask a couple of questions about how you've run an S&OP cycle.

Please use the link below to book a time that suits you:
https://weaverpaints.jobs.personio.com/interview/booking/7c1e

Any questions, just reply here.

Best wishes,
Kirsty Hanlon
People Partner
Weaver Paints Ltd, Rochdale`, 'Interview invitation – Demand Planning Manager'),

  rej('screen', ['salary'], { ...fb }, `Hi Gemma,

Thanks for taking the time to speak with me on Monday about the Supply & Demand Planner role.

I've discussed our conversation with the hiring manager. As I mentioned on the call, the budget for this role is up to £45,000, and I understand you're looking for a minimum of £55,000 given your current package. Unfortunately we aren't able to move on salary for this position, so we've agreed that it wouldn't be right to progress your application further.

It was lovely to chat to you, and I wish you all the best with your search.

Kind regards,
Jenna
People Advisor, Pennine Outdoor`, 'Supply & Demand Planner – Pennine Outdoor'),

  other(`Hi Gemma,

I came across your profile and was really impressed by your experience at Trafford Drinks Distribution — nine years across demand and supply planning is exactly what one of my clients is looking for.

I'm partnering with a fast-growing e-commerce brand in Salford on a Head of Planning role, £65–75k + equity. It's a brand-new position, so you'd be building the planning function from scratch.

Would you be open to a conversation? Happy to share more details in confidence.

Best,
Olivia Grant
Senior Talent Partner | Northstar Talent
Sent via LinkedIn InMail`, 'Head of Planning opportunity – Salford'),

  other(`Dear Gemma,

Thank you for your application for the Supply Planner – Fresh role at Hollins Bakeries.

We'd like to invite you to a face-to-face interview with Sarah Moss (Planning Manager) and Kieran Doyle (Operations Manager) at our Oldham bakery on Wednesday 19 February at 11:00. The interview will last about an hour and will be followed by a short tour of the production floor — please wear flat, enclosed shoes.

Could you please reply to confirm you are able to attend?

Kind regards,
Recruitment
Hollins Bakeries Ltd`, 'Interview – Supply Planner – Fresh'),

  other(`Hi Gemma,

Recently you applied for Merchandise Planner – Stock & Allocation at Harlow & Finch. Whatever the outcome, we'd love to hear about your experience as a candidate.

Our short survey takes around 3 minutes and is completely anonymous. Your answers help us make our hiring process better for everyone.

Take the survey: https://survey.harlowandfinch.com/candidate/9931

Thank you,
The Harlow & Finch Talent Team`, 'How did we do? Tell us about your application experience'),

  other(`Hi Gemma,

Thank you for your time today — Phil and I really enjoyed talking with you, particularly hearing about how you rebuilt the forecasting process at Trafford Drinks.

We're seeing a couple more candidates this week and will be in touch by next Friday at the latest with an update on next steps.

Have a lovely weekend,
Kirsty

Kirsty Hanlon
People Partner, Weaver Paints`, 'Thank you – Demand Planning Manager'),

  other(`Dear Gemma,

A quick reminder that your assessment centre for Supply Planning Lead is tomorrow, Thursday 13 February, starting at 09:00 at 1 Castle Quay.

When you arrive please sign in at reception and ask for the Resourcing Team. Visitor parking is limited, so we recommend using the Deansgate-Castlefield tram stop (a 5-minute walk). Please bring photo ID and your right-to-work documents.

We look forward to seeing you.

Kind regards,
Resourcing Team
Castlefield Retail Group`, 'Reminder: Assessment Centre tomorrow'),

  rej('interview', ['position_filled', 'profile_mismatch'], { ...offered, ...door }, `Dear Gemma Radcliffe

Job reference: 413-SC-25-7741
Job title: Supply Chain Manager

Thank you for attending interview for the above post on 11 February 2025.

I regret to inform you that on this occasion you have not been successful. The panel interviewed a number of very strong candidates and appointed the candidate who most closely met the requirements of the person specification.

If you would like feedback on your interview, please contact the recruiting manager, Martin Greaves, Head of Procurement and Supply Chain, at martin.greaves@irwellvalley.nhs.uk. We would also encourage you to continue to look at NHS Jobs for future vacancies within the Trust, and we hope you will consider applying to us again.

Thank you for your interest in Irwell Valley NHS Foundation Trust.

Recruitment Team
Irwell Valley NHS Foundation Trust

This is an automated email sent via NHS Jobs. Do not reply to this message.`, 'NHS Jobs – Outcome of interview – Supply Chain Manager'),

  other(`NHS Jobs

New jobs matching your saved search "supply chain" within 25 miles of M21:

Logistics Manager – Band 6 – Mersey Vale Hospitals NHS Trust – Stockport – £37,338 to £44,962 a year – closing 21/02/2025
Materials Management Supervisor – Band 4 – Greater Northern Ambulance Service – Salford – closing 18/02/2025
Procurement Category Lead – Band 7 – Irwell Valley NHS Foundation Trust – Ramsbottom – closing 28/02/2025

Sign in to NHS Jobs to view these jobs and apply.

To stop receiving these emails, change your saved search settings.`, 'NHS Jobs – new jobs matching your search'),

  other(`Dear Gemma,

Demand Planning Manager – second stage

Great news — Phil would like to invite you to the second and final stage of the process for the Demand Planning Manager role.

This will be held in person at our Rochdale head office on Wednesday 26 February from 13:00 to around 15:30, and will include:
– a 20-minute presentation based on the case study attached (a three-month forecast review for our trade paint range), followed by questions
– an interview with Phil Jackson and Helen Ashworth (Operations Director)
– a short site tour

Please confirm whether this time works for you. Any questions about the case study, just let me know.

Best wishes,
Kirsty`, 'Weaver Paints – invitation to final stage'),

  rej('application', ['position_filled'], {}, `Dear Gemma,

Thank you for your interest in the Stock Planner vacancy at Marlowe Home.

We are writing to let you know that we have now filled this role and are therefore no longer accepting applications. We appreciate you taking the time to apply.

Kind regards,
Marlowe Home Recruitment`, 'Stock Planner – Marlowe Home'),

  rej('interview', ['skills_gap'], { ...fb, ...door }, `Hi Gemma,

Thanks so much for your email and for asking for feedback — I'm sorry the answer wasn't better news last week.

Martin and the panel thought your presentation was one of the strongest on the day, particularly the idea of moving wards onto a top-up model. The main reason you weren't appointed was the clinical side of the role: the panel were looking for several years' experience in NHS supply chain, with working knowledge of the NHS Supply Chain catalogue, the clinical product evaluation process and ward-level governance, whereas your examples were all from food and drink. With the Trust going through an inventory system change this spring, the panel felt they needed someone who could hit the ground running in that environment.

Please don't be put off applying to us again.

Best wishes,
Joanne Pickering
Recruitment Lead, Irwell Valley NHS Foundation Trust

On Fri, 14 Feb 2025 at 17:22, Gemma Radcliffe <gemma.radcliffe@gmail.com> wrote:
> Dear Martin,
> Thank you for letting me know the outcome of my interview for the Supply Chain Manager post. I'm disappointed, but I really enjoyed meeting the panel. Would it be possible to have some feedback on my interview and presentation?
> Kind regards,
> Gemma Radcliffe`, 'Re: Supply Chain Manager – feedback'),

  rej('interview', ['skills_gap', 'position_filled'], { ...fb, ...offered }, `Hi Gemma,

Thank you for coming to Oldham yesterday to meet Kieran and me, and for being such good company on the tour of the bakery floor.

I'm sorry to say that we've decided not to offer you the Supply Planner – Fresh role. The deciding factor was short-shelf-life experience: our bread and cakes have a 3–5 day life and the planner is scheduling daily against fresh orders from the supermarkets, and all of your planning experience is in ambient and long-life products, where the rhythm is very different. The candidate we've chosen has run fresh planning for a dairy.

If you'd like to talk it through, I'd be happy to have a quick call — just let me know a time that suits.

All the best,
Sarah Moss
Planning Manager, Hollins Bakeries`, 'Supply Planner – Fresh'),

  other(`Hi Gemma,

Hope you're well and that Weaver went OK on the first round — fingers crossed for you.

Wanted to run another one past you: Head of Supply Planning at a 3PL in Widnes, £58–62k + car allowance, 3 days on site. They've just won a big retail contract so it's a growth story. I know Widnes is a bit of a trek from Chorlton, but they're open to an early finish on Fridays.

Let me know if you'd like me to put your CV forward. I'd need to send it by Wednesday.

Cheers,
Dan`, 'Another one for you – Widnes'),

  other(`Dear Gemma,

Thank you for applying for the Transport Planning Manager role with CTX Logistics.

We have received your application and it is now with our recruitment team. We review applications as they come in and will contact you if you are selected for the next stage.

Kind regards,
CTX Logistics Recruitment

This email was sent from iCIMS. Please do not reply to this address.`, 'CTX Logistics – Application Received'),

  other(`Hi Gemma,

Just a quick reminder about tomorrow's final stage at our Rochdale head office (Weaver House, Kingsway Business Park, OL16). Please arrive for 12:50 and sign in at reception. There's free parking at the front of the building.

Agenda:
13:00 – Presentation and Q&A (Phil Jackson, Helen Ashworth)
13:45 – Interview
14:45 – Site tour with Lee from the warehouse team
15:30 – Finish

We're looking forward to seeing you. Good luck!

Kirsty`, 'Tomorrow – final stage at Weaver Paints'),

  other(`Dear Gemma Radcliffe

Job reference: 291-LOG-25-0410
Job title: Logistics Manager – Band 6
Employer: Mersey Vale Hospitals NHS Trust

Thank you for applying for the above post.

Your application has been received and will be considered by the recruiting manager. Shortlisting usually takes place within two weeks of the closing date.

NHS Jobs

This is an automated email. Do not reply to this message.`, 'NHS Jobs – Application received – Logistics Manager'),

  other(`Hi Gemma,

Thank you so much for coming in yesterday — Phil and Helen really enjoyed your presentation and the conversation afterwards.

As the next step, we'd like to take up references. Could you please send me the names and contact details of two referees, one of whom should be your current or most recent line manager? We won't contact your current employer without checking with you first.

I'm hoping to be able to update you early next week.

Best wishes,
Kirsty`, 'References – Demand Planning Manager'),

  rej('application', ['internal_candidate', 'position_filled'], {}, `Dear Gemma,

Thank you for your interest in the Transport Planning Manager position at CTX Logistics.

We wanted to let you know that this position has been filled by an internal candidate, and we are no longer considering external applications. We appreciate the time you took to apply.

Kind regards,
CTX Logistics Recruitment

This email was sent from iCIMS. Please do not reply to this address.`, 'Update on your CTX Logistics application'),

  rej('application', ['generic'], {}, `Dear Gemma Radcliffe

Job reference: 291-LOG-25-0410
Job title: Logistics Manager – Band 6

Thank you for your application for the above post.

Unfortunately, on this occasion you have not been shortlisted for interview. We received a high number of applications for this vacancy.

Thank you for your interest in Mersey Vale Hospitals NHS Trust.

NHS Jobs

This is an automated email. Do not reply to this message.`, 'NHS Jobs – Application outcome – Logistics Manager'),

  other(`Dear Gemma,

Offer of Employment – Demand Planning Manager

Further to our telephone conversation this morning, I am delighted to confirm our offer of employment for the position of Demand Planning Manager at Weaver Paints Ltd, reporting to Phil Jackson, Supply Chain Director.

The main terms of the offer are:
– Base salary: £58,500 per annum
– Annual bonus: up to 10% of base salary
– Car allowance: £4,800 per annum
– Holiday: 25 days plus bank holidays
– Pension: 6% employer contribution
– Hybrid working: three days per week at our Rochdale head office

This offer is conditional on satisfactory references, confirmation of your right to work in the UK and a basic DBS check. Your contract of employment will follow separately for electronic signature.

Phil and the team are really excited at the prospect of you joining. Please let me know if you have any questions.

Best wishes,
Kirsty Hanlon
People Partner, Weaver Paints Ltd`, 'Offer of Employment – Demand Planning Manager'),

  rej('final', ['position_filled', 'profile_mismatch'], { ...offered, ...door }, `Dear Gemma,

Supply Planning Lead – Castlefield Retail Group

Thank you for attending our assessment centre on 13 February, and for your patience while we reached a decision.

We were very impressed with the calibre of candidates on the day and the decision was a difficult one. On this occasion, however, we have decided to offer the position to a candidate whose experience more closely matched the requirements of the role. We recognise how much time and effort you put into preparing for the day, and we would be happy to arrange a short call with Hasan to give you feedback on your performance in each of the exercises if you would find that helpful.

We'd also like to keep your details on file. With the expansion of our distribution centre in Trafford later this year, we expect to recruit further planning roles, and we would welcome an application from you.

Kind regards,
Resourcing Team
Castlefield Retail Group`, 'Supply Planning Lead – outcome'),

  other(`Hi Gemma,

Good news from our side at last! The new customer contract was signed last week, so we're restarting recruitment for the Inventory Planning Manager role.

Andy would love to meet you for a first interview at our Trafford Park site. Are you free on Tuesday 11 or Wednesday 12 March, in the afternoon?

Thanks for bearing with us,
Becky
Talent Acquisition Partner, Kinder Logistics`, 'Inventory Planning Manager – we are back up and running!'),

  other(`Hi Gemma,

Thanks for letting me know, and congratulations on the new role — Weaver are lucky to have you!

As requested, I've withdrawn your application for the Inventory Planning Manager position and let Andy know. We'd always be happy to hear from you in the future.

All the best,
Becky
Kinder Logistics

> On 6 Mar 2025, at 18:04, Gemma Radcliffe <gemma.radcliffe@gmail.com> wrote:
> Hi Becky, thank you for coming back to me and for keeping me updated. I've since accepted an offer elsewhere, so I'd like to withdraw my application. Sorry for the inconvenience, and thank you for your help.
> Gemma`, 'Re: Inventory Planning Manager – we are back up and running!'),

  other(`Hello Gemma Radcliffe,

Kirsty Hanlon (Weaver Paints Ltd) has sent you documents to review and sign.

Documents: Weaver Paints – Contract of Employment – G Radcliffe.pdf; New Starter Form.pdf

REVIEW DOCUMENTS

Message from the sender: "Hi Gemma, here's your contract and the new starter form. Please sign by Friday if you can. Thanks, Kirsty"

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.`, 'Complete with Docusign: Weaver Paints – Contract of Employment'),

  other(`Hi Gemma,

Thanks for signing your contract — we're so pleased to have you on board!

To complete your pre-employment checks, please:
1. Upload a copy of your passport or share code to confirm your right to work in the UK.
2. Complete the basic DBS application using the link from our screening partner, which you'll receive in a separate email.
3. Confirm that we may now contact your current line manager for a reference (we have already received your other reference).

Once all checks are complete, I'll confirm your start date in writing. We're currently pencilling in Monday 7 April.

Best wishes,
Kirsty`, 'Pre-employment checks – next steps'),

  other(`Gemma!! Massive congratulations on Weaver — that's a brilliant role and well deserved after the last couple of months.

I'll take you off my active list for now, but let's stay in touch — and if you end up hiring planners for your team, you know where I am ;)

Cheers,
Dan`, 'Congrats!'),

  rej('application', ['role_closed'], { ...door }, `Dear Gemma

Supply Planner – Sefton Foods Ltd

Thank you for your application for the above post, and please accept our apologies for the length of time it has taken us to contact you.

Following a review of our planning team structure, the business has decided not to recruit to this role at present, and the vacancy has now been closed. Please be assured that this decision is not a reflection on your application.

We will keep your CV on file and will contact you should a suitable vacancy arise in the future.

Regards
Sefton Foods HR`, 'Your application – Supply Planner'),

  other(`Dear Ms Radcliffe,

Reference request: Connor Walsh

Connor Walsh has applied for the position of Demand Planner with Aldenbrook Beverages and has given your name as a referee in your capacity as his line manager at Trafford Drinks Distribution between 2021 and 2024.

We would be grateful if you could complete the short reference form at the link below by Friday 21 March. Any information you provide will be treated in confidence. Please note that we are only able to proceed with an offer once satisfactory references have been received.

https://aldenbrook.referencecheck.co.uk/r/55210

Thank you in advance for your help.

Kind regards,
HR Team, Aldenbrook Beverages`, 'Reference request – Connor Walsh'),

  other(`totaljobs

Hi Gemma,

Sorry — there were no new jobs matching your alert "Demand Planning Manager" in Manchester today. Here are some similar jobs you might like:

Senior Supply Planner – Stockport – £45,000 – £50,000
S&OP Manager – Bolton – £55,000 – £60,000
Planning Analyst – Salford Quays – £35,000

Edit your job alert · Unsubscribe`, 'No new matches for "Demand Planning Manager" – try these instead'),

  hold('application', ['generic'], {}, `Dear Gemma,

Thank you for applying for the role of Network Planning Manager with Northgate Retail Distribution.

We wanted to let you know that there will be a delay in reviewing applications for this role. The hiring manager is currently on extended leave, and shortlisting has been paused until they return in mid-April. Your application is still active and has not yet been assessed.

We apologise for the delay and will contact you once shortlisting has resumed.

Kind regards,
Recruitment Team
Northgate Retail Distribution`, 'Network Planning Manager – update on your application'),

  rej('application', ['profile_mismatch'], { ...door }, `<div style="font-family:Arial,sans-serif;font-size:14px;color:#1d1d1b;max-width:600px">
<div style="background:#0b5e3b;padding:14px 20px"><img src="https://boothroyds.wd3.myworkdaysite.com/assets/logo-white.png" alt="Boothroyd's" height="28"></div>
<div style="padding:20px">
<p>Dear Gemma,</p>
<p>Thank you for your interest in the <b>Senior Stock Planner – Frozen (REQ-56288)</b> role at Boothroyd's.</p>
<p>We've reviewed your application and, on this occasion, we've decided to progress with other candidates whose skills and experience more closely match what we're looking for.</p>
<p>We'd love to keep in touch. Your profile will remain in our talent pool and you can set up job alerts on our <a href="https://careers.boothroyds.co.uk">careers site</a> so you hear about new opportunities first.</p>
<p>Best wishes,<br>Boothroyd's Resourcing Team</p>
</div>
<div style="font-size:11px;color:#888;padding:0 20px 20px">Boothroyd's Supermarkets Ltd, Registered in England No. 00481122. This email was sent from Workday. Please do not reply.</div>
</div>`, "Your application to Boothroyd's – REQ-56288"),

  other(`MANCHESTER JOBS WEEKLY

"We regret to inform you..." – 5 things recruiters wish you knew about rejection emails

Most rejection emails are written from a template, and "we've decided to progress with other candidates" rarely tells you anything about your application. Our careers columnist explains why, when it's worth asking for feedback, and why "we'll keep your CV on file" is not always an empty promise.

Also this week:
• Top 10 employers hiring in Greater Manchester this spring
• Logistics salaries: what's happening in 2025
• Free CV clinic at Manchester Central Library, Saturday 29 March

Read more at manchesterjobsweekly.co.uk

You are receiving this newsletter because you signed up at manchesterjobsweekly.co.uk. Unsubscribe.`, '"We regret to inform you..." – what recruiters wish you knew'),

  other(`Hi Gemma,

Great news — all your pre-employment checks are now complete, so I'm delighted to confirm your start date as Monday 7 April 2025.

On your first day, please come to Weaver House for 9:00 and ask for me at reception. Phil has put together an induction plan for your first two weeks, including time at our Rochdale and Heywood sites, and you'll have lunch with the planning team on day one. Your laptop will be ready for you.

If you have any questions before then, just give me a shout. We're all looking forward to welcoming you!

Best wishes,
Kirsty`, 'Welcome to Weaver Paints – your first day'),

  other(`Dear Gemma,

Thank you for taking part in our recruitment process for the Supply Planning Lead role. Whether or not you were successful, your views matter to us.

We'd be grateful if you could spare five minutes to complete our candidate experience survey. It's anonymous, and the results will help us improve how we recruit.

Start the survey: https://crg.qualtrics.com/jfe/form/SV_cand25

Thank you,
Resourcing Team
Castlefield Retail Group`, 'Castlefield Retail Group – your feedback on our recruitment process'),

  rej('application', ['generic'], {}, `<html><body>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="20" cellspacing="0" style="font-family:Verdana,Geneva,sans-serif;font-size:13px;color:#333;border:1px solid #ddd">
<tr><td style="background:#2b2b2b;color:#fff;font-size:16px">CALDER GLASS</td></tr>
<tr><td>
<p>Dear Gemma Radcliffe,</p>
<p>Re: Materials Planning Manager (Ref CG-0925)</p>
<p>Thank you for your recent application. After careful review, we regret to inform you that we will not be taking your application further on this occasion.</p>
<p>Thank you for your interest in Calder Glass.</p>
<p>Yours sincerely,<br>HR Department<br>Calder Glass Ltd, Knottingley</p>
</td></tr>
</table>
</td></tr></table>
</body></html>`, 'Materials Planning Manager (Ref CG-0925)'),

  other(`Hi Gemma,

Ribble Freight is hiring! Based on the roles you've applied for before, we thought you might be interested in these new opportunities:

• Inventory Control Manager – Preston
• Transport Planner (Nights) – Chorley
• Continuous Improvement Lead – Preston

View all jobs and apply at careers.ribblefreight.co.uk

You are receiving this email because you created a candidate account with Ribble Freight Group. Manage your preferences.`, 'New roles at Ribble Freight that might interest you'),
];
