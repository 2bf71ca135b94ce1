/**
 * Sealed set, round sixty: 134 hand-written, labelled messages from North American (US and Canadian) job searches,
 * written from what real hiring mail looks like and not aimed at the reader's code or at any other example set.
 *
 * Part 1 (84 messages: 80 declines, 4 pauses) covers the employers and senders a job seeker in the US and Canada
 * actually hears from: shift and hourly work (a home-and-garden retail chain, a fast-food franchise and a distribution
 * centre through a Paradox-style "Olivia" text bot, a restaurant, a farm market, a warehouse's background-check
 * adverse-action notice, a staffing agency's drug-screen and filled-assignment texts, a call centre's typing and chat
 * test), care (an assisted-living home, a nursing home's CNA text, home health), hospitals, clinics, a pharmacy and a
 * lab system, tech from a nine-person startup to a big-tech onsite loop, banks, credit unions and insurers, federal
 * (USAJOBS "Eligible - Not Referred" and "Not Qualified"), state, county (NEOGOV minimum-qualification and exam
 * notices), city and police recruitment, school districts, universities and faculty searches, nonprofits, trades (an
 * electrician's text, a union apprenticeship ranking, a utility's union pay scale, a trucking insurer's experience
 * rule), the Canadian federal public service (screened-out essential qualification, second-language results, area of
 * selection), the BC Public Service, a Quebec software firm, a unionised Ontario hospital, and agency and contract
 * recruiters relaying a client's answer. Formats: Workday, Greenhouse, Lever, iCIMS, Taleo, SuccessFactors, Indeed and
 * LinkedIn status notes, texts, handwritten notes, long formal letters with the reason or the flags in the middle of a
 * paragraph, raw HTML, replies written above quoted Gmail or Outlook history, and a bilingual notice.
 *
 * Part 2 (50 messages) is September and October of one inbox: Leilani Santos, a Toronto registered practical nurse with
 * seven years in long-term care, applying for clinic coordinator, intake and medical-office roles while she finishes a
 * health office administration certificate. Sixteen declines (a hospital's Workday template, OHIP billing and EMR
 * experience, salary at a virtual-care startup, an over-skilled front-desk role, a family health team's own staff
 * member, a failed scheduling exercise, an agency client wanting a finished diploma, a pharmacy clinic's sales culture,
 * an RN-only coordinator post, weekend-morning hours in Mississauga, a filled aesthetics post, the OPS screen, a
 * community health centre's final round, a cancelled hospital posting, Indeed and LinkedIn notes) and two pauses (a
 * City of Toronto budget hold, a midwifery practice whose decision-maker is on leave) sit among 32 look-alikes labelled
 * other: acknowledgements (one says only those selected will be contacted), "under review" and status-change notices,
 * an "application viewed" note, interview invitations, a reminder, a reschedule, a second and a final interview
 * invitation, a "we'll decide by the 23rd" note, job alerts, recruiter pitches, an assessment invitation, a candidate
 * survey, a nursing newsletter quoting rejection lines, a reference request forwarded by her referee, a credential
 * (CNO) verification request, the offer, its e-signature and onboarding mail, an agency recruiter closing her file
 * after she accepts, and a withdrawal confirmation.
 *
 * Labelling choices (LABELS.md applied as follows):
 * - Stage is the furthest step the message says happened. A call with a recruiter, HR or an owner is screen; a chat
 *   with a hiring bot is not a call and stays application. Tests, take-homes, case studies, exams, physical tests, drug
 *   screens and background checks with no interview named are assessment. Any interview (including a visit to the shop,
 *   a panel not called final, a second round, a reference check after an ordinary interview) is interview. Final needs
 *   the words final, finalist, onsite or full loop, Superday or campus visit, or references after a final interview. A
 *   step named as not reached ("will not be invited to interview") does not count. In a thread the newest message is
 *   labelled and may name a step from the history it answers.
 * - Reasons: a named missing requirement (licence, registration, certification, degree, years, a language level, a
 *   named system or domain) is skills_gap with feedback. "More closely matched", "not among the best qualified" and a
 *   rank below the cut-off are profile_mismatch. A test or check result is assessment; scores, times or named mistakes
 *   make it feedback, a bare pass/fail (including a background report or a "non-negative" drug screen) does not; a
 *   second-language result below the position's profile is both assessment and skills_gap. An offer made, accepted or
 *   awarded, a board-approved hire or "the position has been filled" is position_filled, added to the main reason where
 *   the message gives one; "went with / move forward with another candidate" alone is generic. An internal transfer,
 *   seniority preference or internal mobility hire is internal_candidate (plus position_filled when an offer is
 *   stated); a role eliminated with its work given to current staff is role_closed plus internal_candidate. Cancelled
 *   searches, frozen requisitions and budget or grant holds are role_closed. Working style, values (e.g. harm
 *   reduction) and team ways of working, including async versus live and sales-target culture, are culture_fit. Visa,
 *   work permit, area of selection, relocation, commuting territory, onsite days and shift availability tied to a site
 *   are location. Pay gaps are salary and too-senior candidates overqualified; both carry feedback when the candidate's
 *   own figures or history are cited.
 * - feedback: specific facts about this candidate's application; praise ("impressive background") is not. Location
 *   declines citing the candidate's own situation count as feedback.
 * - feedbackOffered: an offer of a call or of notes, "reach out to your recruiter for feedback", a formal right to an
 *   informal discussion or to review one's exam results; "we are unable to provide feedback" and an appeal procedure
 *   are not.
 * - doorOpen: apply again (including "after the cool-down" or "once your card/registration/experience comes through"),
 *   talent community or database, resume kept on file, eligible list or ranked list that may be called, "I'll reach out
 *   when..." (also from agency recruiters). Not door: a reapply ban on its own, "good luck", Indeed's suggestions of
 *   other employers' jobs, "visit our site", or a pause's promise to resume the same role.
 * - on_hold: the process is paused and no one is declined. A freeze, budget or grant wait, or a new dean's review is
 *   role_closed; a pause for a decision-maker's leave is generic. A normal timeline is other.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s60-');

export const HANDWRITTEN_SEALED_60: readonly CorpusLine[] = [
  // ---------------------------------------------------------------------------------------------------------------
  // Part 1: declines from employers and senders across the US and Canada
  // ---------------------------------------------------------------------------------------------------------------
  rej('application', ['generic'], { ...door }, `Hi Marisol,

Thank you for applying to the Seasonal Sales Associate position at our Elk Grove, CA store (Req R-0048812).

We received a high volume of applications for this posting. After reviewing them, we have decided not to move forward with your application at this time.

We encourage you to keep an eye on our careers site and apply to other openings that interest you. Our stores post new roles every week, and we would be glad to see your name again.

Thanks again for thinking of Harlow & Pine.

Harlow & Pine Talent Acquisition

This mailbox is not monitored. Please do not reply to this message. To review your candidate home, sign in to harlowpine.wd1.myworkdayjobs.com.`, `Your application for Seasonal Sales Associate - Store 1142`),

  rej('application', ['location'], { ...fb, ...door }, `Hi Devon! This is Olivia, the virtual hiring assistant for Crispy Barn #2217 (Route 9, Poughkeepsie). Thanks for chatting with me about the Crew Member job. The hiring manager looked at the availability you gave me (weekdays 9am-3pm) and right now the restaurant is only hiring for overnight and early-morning shifts, 10pm-6am. Because those hours don't line up, we won't be moving ahead with this application. If your availability opens up later, just text APPLY to this number and I'll get you started again! Msg&data rates may apply. Reply STOP to opt out.`),

  rej('screen', ['salary'], { ...fb, ...door }, `Hi Priya,

Thanks so much for taking the time to chat with me on Tuesday about the Senior Product Designer role at Tandem. I really enjoyed hearing about the onboarding redesign you led at Copperleaf.

I wanted to close the loop quickly rather than leave you waiting. As we discussed on the call, the base range for this role is $145k-$165k, and the number you shared ($190k base) is quite a bit above what we're able to offer at this level. I raised it with our Head of Design to see whether there was any flexibility, and unfortunately there isn't for this req, so we've decided not to move forward.

If your situation changes, or when we open the Staff Designer role we've been talking about for Q3, I'd genuinely love to reconnect. I'll reach out when it's posted.

Best,
Kelsey Ng
Recruiting, Tandem`, `Tandem - Senior Product Designer`),

  rej('assessment', ['assessment'], { ...fb, ...offered }, `Hi Tomás,

Thank you for the time you put into the take-home exercise for the Backend Engineer (Payments) role. I know these take real effort, and we appreciate it.

Two engineers on the team reviewed your submission. They liked how readable the code was, but the solution didn't handle pagination of the settlement API, and there were no tests around the retry and idempotency logic, which is the heart of what this team works on every day. Based on that review, we won't be moving your application to the interview stage.

If you'd like, I'm happy to set up a 15-minute call with one of the reviewers to walk through their notes in more detail. Just reply here and I'll find a time.

Thanks again,
Renata
Talent Team | Ledgerline`, `Update on your Ledgerline application`),

  rej('application', ['profile_mismatch'], {}, `USAJOBS - Application Status Update

Announcement number: DE-12388421-24-KMS
Position: Program Analyst, GS-0343-11
Agency: Department of Veterans Affairs, Veterans Benefits Administration
Location: Nashville, TN

Dear Applicant,

Your application for the position above has been reviewed. Your current status is: Eligible - Not Referred.

You were found eligible and qualified for this position. However, you were not among the best qualified candidates and therefore your name was not referred to the selecting official for further consideration.

Thank you for your interest in employment with the Federal Government.

This is an automated notification. Please do not reply. To check the status of this or other applications, sign in to your USAJOBS account and select "Track this application."`, `Status update for Program Analyst, GS-0343-11`),

  rej('application', ['skills_gap'], { ...fb }, `Dear Applicant,

Thank you for applying to Announcement Number ST-24-ACQ-0917, Contract Specialist, GS-1102-09/11, with the U.S. Army Contracting Command.

After reviewing your application, the Human Resources Office has determined that you are Not Qualified for this position for the following reason:

Your application does not demonstrate at least one year of specialized experience at or equivalent to the GS-07 level (for GS-09) or GS-09 level (for GS-11), such as preparing solicitation documents, analyzing contractor price proposals, or conducting market research for acquisitions. The experience described in your resume (retail purchasing and inventory management) is not equivalent to the federal acquisition experience described in the announcement.

As a result, you will not receive further consideration for this announcement. Your eligibility determination applies only to this announcement.

Army Civilian Human Resources Agency
Please do not reply to this email.`),

  rej('application', ['skills_gap'], { ...fb, ...door }, `County of Merced
Human Resources Department
2222 M Street, Merced, CA 95340

Dear Ms. Alvarez,

Thank you for your interest in the position of Eligibility Worker I (Recruitment #24-117). Your application has been reviewed, and it has been determined that you do not meet the minimum qualifications as stated on the job bulletin for the following reason(s):

 - Does not possess a Bachelor's degree, OR one (1) year of full-time experience determining eligibility for public assistance programs, OR completion of the County's Eligibility Worker Academy.

Therefore, your application will not be considered further for this recruitment.

If you believe this determination was made in error, you may submit a written appeal to the Human Resources Department within five (5) working days of the date of this notice. Appeals must state the specific basis for the appeal.

We encourage you to apply for future openings for which you meet the minimum qualifications. You can sign up for job interest notifications at governmentjobs.com/careers/merced.

Sincerely,
Recruitment Unit
County of Merced

This notice was sent via NEOGOV. Please do not reply to this email.`, `Merced County Application Status - Eligibility Worker I`),

  rej('interview', ['internal_candidate', 'position_filled'], { ...door }, `Dear Ms. Kowalczyk,

Thank you for interviewing with the team at Lincoln Elementary for the Grade 4 Classroom Teacher position for the 2024-2025 school year. The principal and grade-level team enjoyed meeting you.

Under the transfer provisions of our collective bargaining agreement, the position has been offered to a current district teacher who requested a transfer into this assignment. As a result, we are not able to move forward with your candidacy for this position.

Your application will remain active in our applicant pool through June 30, 2025, and principals at other schools may contact you directly about openings. Please continue to watch the district's posting site for positions that match your certification.

Sincerely,

Human Resources - Certificated Staffing
Riverbend Unified School District`, `Grade 4 Teacher - Lincoln Elementary`),

  rej('screen', ['location'], { ...fb }, `Hi Arjun,

Thank you for speaking with me last week about the Clinical Data Analyst position with St. Brigid Health System. I enjoyed learning about your work with readmission dashboards during your OPT period.

After our conversation I confirmed with our HR compliance team, and unfortunately St. Brigid is not able to sponsor H-1B visas or support future sponsorship for this position. Since you mentioned you'll need sponsorship once your STEM OPT extension ends next spring, we are unable to continue with your application.

I'm sorry I don't have better news, and I wish you the very best in your search.

Warm regards,
Denise Hollister
Talent Acquisition Partner, St. Brigid Health System`, `St. Brigid Health - Clinical Data Analyst`),

  rej('assessment', ['assessment'], {}, `NOTICE OF ADVERSE ACTION

Dear Jamal Pierce,

Thank you for completing the pre-employment steps for the Warehouse Associate (Night Shift) position at our Reno, NV fulfillment center, including the virtual orientation and the background screening.

We previously sent you a pre-adverse action notice, a copy of your consumer report prepared by ClearPath Screening, and a copy of "A Summary of Your Rights Under the Fair Credit Reporting Act." This letter is to inform you that, after the waiting period, we have made a final decision not to proceed with your employment, based in whole or in part on information contained in that report.

ClearPath Screening did not make this decision and is unable to explain why it was made. You have the right to obtain a free copy of your report from ClearPath within 60 days and to dispute the accuracy or completeness of any information in it directly with ClearPath at 1-800-555-0147.

Summit Fulfillment People Services`, `Final notice regarding your Summit Fulfillment application`),

  rej('assessment', ['assessment'], { ...fb }, `Hello Brianna,

Thank you for completing the online assessment for the Customer Care Representative (Bilingual English/Spanish) position with Solara Wireless.

The assessment measures typing speed and accuracy, navigation of a simulated account system, and written responses to customer chats. Your results were: typing 34 WPM at 91% accuracy (minimum 40 WPM at 95%), and a chat simulation score of 68 (minimum 75). Because your results did not meet the minimum requirements, we are unable to move your application forward to the interview step.

Please note that candidates who do not pass the assessment are not eligible to reapply for Customer Care positions for 6 months from the date of the assessment.

Thank you for your interest in Solara Wireless.

Solara Careers
careers@solarawireless.example`, `Your Solara Wireless assessment results`),

  rej('interview', ['culture_fit', 'position_filled'], { ...fb }, `Dear Gloria,

Thank you for coming in on Saturday to meet with Irene and me and to tour Maplewood House. The residents in the garden room are still talking about you, and I mean that.

I've thought a good deal about our conversation before writing this. We are a small home of thirty-two residents, and everyone here, including me, does a bit of everything: we help in the dining room, we answer call bells, and we cover for each other without much in the way of set routines. When you told us how much you valued having a clearly defined role and a set task list, like you had at Brookside, I think you were being very honest about what lets you do your best work. I don't think we could give you that here, and I wouldn't want you to start with us and feel unsettled. So we have decided to offer the position to someone else.

With every good wish,

Margaret O'Donnell
Administrator, Maplewood House Assisted Living
Burlington, Vermont`),

  rej('interview', ['position_filled'], { ...door }, `Dear Lauren,

Thank you for your interest in the Personal Banker II position at our Westgate branch and for the time you spent interviewing with our team.

We wanted to let you know that this position has now been filled. We appreciate the interest you've shown in First Prairie Bank and wish you every success.

We've added your profile to our Talent Community, so you'll receive notifications about new opportunities that match your interests, and our recruiters may contact you directly about future roles.

Sincerely,
First Prairie Bank Talent Acquisition

Requisition: 2024-18842 | Personal Banker II | Omaha, NE
Please do not reply to this automated message.`, `First Prairie Bank - Personal Banker II`),

  rej('application', ['overqualified'], { ...fb }, `Dear Steven,

Thank you for applying for the Claims Representative I (Auto) position with Granite Mutual Insurance.

We reviewed your application carefully. Your background, including more than fifteen years in claims management and your most recent role as a regional claims director, goes well beyond what this entry-level position calls for. The role is designed for early-career candidates and is part of a structured 12-month training program, and we don't believe it would make good use of your experience. For that reason, we will not be moving forward with your application for this position.

Thank you again for your interest in Granite Mutual.

Kind regards,
Granite Mutual Talent Acquisition

This message was sent from an unmonitored SAP SuccessFactors mailbox.`, `Your application: Claims Representative I (Auto)`),

  rej('final', ['generic'], { ...door }, `Hi Daniel,

Thank you for spending the day with us for your onsite interviews for the Software Engineer, Infrastructure (L5) role. I know a full loop is a big commitment and we really appreciate the energy you brought to it.

After reviewing the feedback from the loop, the hiring committee has decided not to move forward with an offer at this time. I know this isn't the news you were hoping for.

Due to company policy, we aren't able to share detailed interview feedback. That said, this decision is specific to this role and this time, and many of the engineers here interviewed more than once before joining. We'd genuinely encourage you to reapply once the 12-month cool-down period has passed.

All the best,
Megan
Technical Recruiter`, `Your onsite with us`),

  rej('final', ['position_filled'], {}, `Dear Dr. Okafor,

On behalf of the search committee for the position of Assistant Director of Academic Advising, thank you for visiting campus on April 11 and for your presentation to the advising staff. We know a finalist visit is demanding, and the committee appreciated the care you put into your session on first-generation student outreach.

I am writing to let you know that the search has concluded. The position has been offered to and accepted by another finalist.

We are grateful for your interest in Western Lakes University and wish you continued success in your career.

Sincerely,

Patricia Lund, Ph.D.
Chair, Search Committee
Office of Undergraduate Studies, Western Lakes University`, `Assistant Director of Academic Advising Search`),

  rej('interview', ['skills_gap', 'position_filled'], { ...fb, ...offered }, `Dear Ms. Hargrove,

Thank you for your application and for your interviews with me and with our board's development committee for the position of Development Manager at Harbor Light Family Services. I also want to thank you for the thoughtful writing sample you sent ahead of our second conversation.

Our committee met on Monday and, after considerable discussion, decided to offer the position to another candidate. I want to be transparent about our reasoning, because you were a strong candidate in many respects. Over the next two years, the largest share of our growth budget depends on federal and state grants, particularly SAMHSA and HUD Continuum of Care funding, and the committee felt that we needed someone who has already written and managed federal grant applications of that size; your experience, while impressive in individual giving and events, has been mostly with private foundations. If a conversation about this would be useful to you as you continue your search, I would be glad to make time for it; just let me know. We very much appreciated your warmth and your clear commitment to the families we serve.

With gratitude,

Andrea Castellanos
Executive Director
Harbor Light Family Services
Tacoma, WA`),

  rej('interview', ['skills_gap'], { ...fb, ...door }, `Hey Mike its Dave from Ridgeline Electric. Appreciate you coming by the shop Thursday. We went with a guy who already has his journeyman card, we need someone who can run the crew on the hospital job without a JW over him. Nothing against you, you know your stuff. When you get your card give me a call, we're always looking for good guys`),

  rej('interview', ['salary'], { ...fb, ...door }, `Hi Sofia,

Quick update on the Senior QA Analyst contract with my client (the insurance carrier in Hartford we discussed).

I heard back from the hiring manager this morning. They liked you in the interview, especially your Guidewire ClaimCenter testing experience, but they can't make the rate work. You're at $68/hr W2 and their approved bill rate only leaves room for about $55/hr on our side, and they have a candidate at that rate. So they're going to pass on this one.

I know it's frustrating after two rounds of back-and-forth. I've got two other QA contracts opening up in the next few weeks (one is 100% remote), and I'll reach out as soon as I have the details. I still have your updated resume from last week.

Thanks,
Jared Whitfield
Senior Technical Recruiter | Beacon Talent Partners
(860) 555-0192`, `RE: Senior QA Analyst - Hartford client`),

  rej('application', ['position_filled'], { ...door }, `Hi Karen,

Thanks for letting me submit you to the Oracle EBS Financials Consultant role last week. Unfortunately, the end client let us know yesterday that they have filled the position with a candidate from another vendor, so your submission won't be reviewed.

I still have your resume on file, and I'll reach out when I see another Oracle Financials role that's a good match.

Regards,
Venkat Raman
Sr. Technical Recruiter
Apex Systems Group LLC
Email: venkat.r@apexsysgroup.example | Direct: 732-555-0164`, `Oracle EBS Financials Consultant - Client Update`),

  rej('application', ['skills_gap'], { ...fb, ...offered }, `***English message follows the French***

Objet : Processus de sélection 24-ESD-NHQ-ON-621 - Agent de programme (PM-02)

Nous vous remercions de l'intérêt que vous portez à la fonction publique fédérale. Nous vous informons que vous n'avez pas été retenu pour la suite du processus.

---

Subject: Selection process 24-ESD-NHQ-ON-621 - Program Officer (PM-02)

Thank you for your interest in the federal public service. We wish to inform you that you have not been selected to continue in this process.

Your application was assessed against the essential qualifications listed in the job advertisement. Based on the information you provided, you did not demonstrate that you meet the following essential qualification:

EX2: Experience in analyzing program or policy issues and providing recommendations to management.

The examples you provided describe the delivery of services to clients but do not demonstrate the analysis of program or policy issues or the provision of recommendations to management.

You have the right to request an informal discussion with the assessment board. Requests must be sent to the email below within five (5) business days of receipt of this notification.

Employment and Social Development Canada
EDSC.NHQ.RECRUITMENT-RECRUTEMENT.AC.ESDC@example.gc.ca`, `24-ESD-NHQ-ON-621 - Program Officer (PM-02)`),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb }, `Subject: Results of Second Language Evaluation - Process 24-IRCC-EA-1183

Dear Mr. Baptiste,

This is to inform you of the results of your Second Language Evaluation (SLE) administered by the Public Service Commission as part of the above selection process for Immigration Program Officer (PM-03), bilingual imperative, CBC.

Your results in French as a second language are as follows:
 - Reading comprehension: B
 - Written expression: A
 - Oral proficiency: not assessed

The linguistic profile of the position requires a level of C in reading comprehension, B in written expression and C in oral proficiency. As your results do not meet the required level in reading comprehension, you will not be considered further in this selection process.

SLE results are valid for five years and may be used in other selection processes.

Immigration, Refugees and Citizenship Canada
Staffing Services`),

  rej('screen', ['profile_mismatch'], {}, `<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td>
<img src="https://boards.greenhouse.io/logos/northbeam.png" alt="Northbeam" width="120">
<p>Hi Chris,</p>
<p>Thank you for taking the time to speak with our recruiting team about the <strong>Revenue Operations Manager</strong> role at Northbeam.</p>
<p>We've reviewed your background alongside the needs of the role, and we've decided to move forward with candidates whose experience more closely aligns with what the team needs right now.</p>
<p>We appreciate your interest in Northbeam and wish you the best in your search.</p>
<p>Best,<br>The Northbeam Recruiting Team</p>
</td></tr>
<tr><td style="font-size:11px;color:#8a94a0;padding-top:24px">Powered by Greenhouse | <a href="https://www.northbeam.example/privacy">Candidate Privacy Notice</a></td></tr>
</table></body></html>`, `Your application to Northbeam`),

  rej('interview', ['skills_gap'], { ...fb }, `Hi Sam,

Thanks for following up, and I'm sorry for the delay getting back to you. The lab director wrapped up interviews for the Laboratory Systems Analyst role at the end of last week, and she decided to move forward with a candidate who has several years of hands-on Epic Beaker build and validation experience. We're going live with Beaker in the spring, so that was the deciding factor. Your Cerner PathNet background was a real strength, but it didn't outweigh that for this go-live.

Take care,
Lorraine Fitch
HR Generalist, Cascade Valley Medical Center

From: Sam Whitaker <sam.whitaker@example.com>
Sent: Monday, March 4, 2024 8:12 AM
To: Lorraine Fitch <lfitch@cascadevalleymc.example>
Subject: Laboratory Systems Analyst - follow up

Hi Lorraine,

I hope you had a good weekend. I wanted to check in on the Laboratory Systems Analyst position. I interviewed with Dr. Simmons and the LIS team on February 21 and I'm still very interested. Is there any update on timing?

Thank you,
Sam`, `RE: Laboratory Systems Analyst - follow up`),

  hold('screen', ['role_closed'], {}, `Hi Olu,

I wanted to reach out personally since we spoke last Wednesday about the Data Analyst, Marketing Insights role.

This morning our leadership team announced a company-wide hiring freeze through the end of the quarter while we finalize next year's plan. All open requisitions, including this one, are paused effective today. We are not closing the role and we are not making any decisions on candidates; your application stays active, and I will contact you as soon as I hear that the role is approved to reopen.

I know this is frustrating, and I appreciate your patience.

Best,
Hannah Cho
Talent Acquisition, Brightwater Home Goods`, `Update on the Data Analyst role`),

  rej('interview', ['role_closed'], { ...door }, `Dear Mr. Redcloud,

Thank you for interviewing with us for the Community Outreach Coordinator position at the Northern Plains Literacy Council.

I regret to let you know that we will not be filling this position. We learned last week that our state library grant was reduced for the coming fiscal year, and the board has decided to cancel the role rather than hire into a position we may not be able to sustain. This decision has nothing to do with your candidacy, and we are not proceeding with any of the candidates we interviewed.

If funding is restored, we would be very glad to see your application again when we repost the position.

Respectfully,
Carol Beaulieu
Executive Director`, `Community Outreach Coordinator position`),

  rej('application', ['generic'], {}, `Indeed

An update on your application

Dental Receptionist
Bright Smiles Family Dentistry - Tulsa, OK

Application status: Not selected by employer

This means the employer reviewed your application and decided not to move forward with it. Employers often receive many applications for a single job, so don't be discouraged.

Keep your search going
Front Desk Coordinator - Riverside Orthodontics - Tulsa, OK - $17 - $20 an hour
Patient Service Representative - Hillcrest Medical Group - Broken Arrow, OK

See more jobs

You're receiving this email because you applied through Indeed. Unsubscribe | Privacy Policy
(c) 2024 Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750`, `Your application to Bright Smiles Family Dentistry`),

  rej('application', ['generic'], {}, `LinkedIn

Your update from Quill Analytics

Data Engineer
Quill Analytics - Austin, TX (Hybrid)
Applied 3 weeks ago

Thank you for your interest in the Data Engineer position at Quill Analytics in Austin, TX. Unfortunately, Quill Analytics will not be moving forward with your application, but we appreciate your time and interest in Quill Analytics.

Regards,
Quill Analytics

Top job picks for you
Data Engineer II - Meridian Health - Austin, TX
Analytics Engineer - Foxglove - Remote

This email was intended for Nadia Ferreira (Data Engineer | Python, SQL, Airflow). Learn why we included this.
You are receiving LinkedIn notification emails. Unsubscribe
(c) 2024 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.`, `Your application to Data Engineer at Quill Analytics`),

  rej('interview', ['generic'], { ...door }, `Hi Jordan, it's Olivia from Lakeview Distribution! Thanks again for interviewing with Marcus for the Material Handler (2nd shift) position on Tuesday. The hiring team has decided to move forward with other candidates for this opening. We'll keep your info on file, and you'll get a text from me when new shifts open at the Joliet site. Have a great day! Reply STOP to unsubscribe.`),

  rej('final', ['culture_fit'], { ...fb, ...offered }, `Dear Renée,

Thank you for meeting with our final panel on Thursday for the Branch Manager position at our Kanata branch. It was clear from the conversation how much your members at your current credit union value you, and the panel enjoyed your examples of rebuilding a branch after a difficult audit.

After a great deal of discussion, we have decided not to move forward with your candidacy. The panel's hesitation came down to working style rather than experience: our branch managers share decisions with a small leadership circle and spend a large part of each week coaching alongside their teams on the floor, and your answers described a more directive, hands-off approach to managing, which you told us has served you well. We felt that another finalist's way of working was closer to how our branches operate day to day.

Should you wish to go over the panel's notes in more detail, please give me a call at 613-555-0138; I would be glad to do so. Thank you again for the time and care you put into this process.

Sincerely,

Michel Bouchard
Vice-President, Retail Network
Ottawa Valley Community Credit Union`, `Branch Manager - Kanata`),

  rej('interview', ['overqualified'], { ...fb }, `Hi Teresa,

Thanks again for sitting down with me on Monday. I'm going to be straight with you because I think you'd want me to be. You've run your own restaurant for ten years and managed a staff of 25, and the job we have is a server position, four dinner shifts a week. Me and the owner both think you'd be bored inside a month and back on the hunt for a management job, and honestly we'd understand. So we're going to go with someone else for this one.

Good luck, and if you ever open another place, I want a table.

Ray Dimitriou
General Manager, The Copper Kettle`),

  rej('application', ['generic'], { ...door }, `<div style="font-family:Verdana;font-size:12px">
<p>Dear Kimberly,</p>
<p>Thank you for your interest in career opportunities with Mercy Ridge Health. We have reviewed your submission for the position listed below:</p>
<table border="0" cellpadding="3">
<tr><td><b>Job Title:</b></td><td>Unit Secretary - Med/Surg 4 West</td></tr>
<tr><td><b>Requisition:</b></td><td>240019562</td></tr>
<tr><td><b>Location:</b></td><td>Mercy Ridge Medical Center - Springfield, MO</td></tr>
</table>
<p>After careful consideration, we regret to inform you that you have not been selected to proceed in the hiring process for this position.</p>
<p>We appreciate the time you spent on your application. Your profile will remain in our database and our recruiters may contact you should another position arise that matches your qualifications. We encourage you to visit <a href="https://mercyridge.taleo.net/careersection/ext/jobsearch.ftl">our career site</a> regularly and apply to other positions of interest.</p>
<p>Sincerely,<br>Mercy Ridge Health Talent Acquisition</p>
<p style="font-size:10px;color:#777">Mercy Ridge Health is an Equal Opportunity Employer. This is an automated message; replies are not monitored.</p>
</div>`, `Mercy Ridge Health - Application Status`),

  rej('screen', ['profile_mismatch'], { ...door }, `Hi Aisha,

Thank you again for the conversation on Friday about the Partner Solutions Engineer role on our Cloud Marketplace team.

I've talked it over with the hiring manager, and we don't think your background is the right match for this particular team at this time, so we won't be moving you forward to the interview loop.

That said, I really enjoyed our conversation and I think you'd be a strong fit for some of our other customer-facing engineering teams. With your permission, I'll keep your profile flagged in our system and reach out when something opens up that lines up better. We hire for those teams every quarter.

Thanks,
Ben Torres
Technical Sourcer`, `Partner Solutions Engineer - next steps`),

  rej('interview', ['role_closed', 'internal_candidate'], {}, `Dear Mr. Halvorsen,

Thank you for interviewing for the position of Underwriting Operations Supervisor with Lakeshore Casualty.

Following our interviews, Lakeshore Casualty completed a reorganization of the Commercial Lines Operations department. As part of that reorganization, the supervisor position has been eliminated and its responsibilities have been distributed among existing team leads. As a result, the requisition has been closed and we will not be moving forward with any external candidates.

We appreciate your interest in Lakeshore Casualty and the time you invested in our process.

Sincerely,
Lakeshore Casualty Talent Acquisition`, `Underwriting Operations Supervisor (Req 31887)`),

  rej('application', ['skills_gap'], { ...fb }, `Hi Destiny,

Thanks for applying to the Pharmacy Technician position at Valley Drug #114.

This position requires an active Pharmacy Technician registration with the Arizona State Board of Pharmacy and national certification (PTCB or ExCPT) at the time of hire. Your application indicates that you are currently enrolled in a training program but are not yet certified or registered, so we are not able to consider your application for this opening.

Best of luck with your program.

Valley Drug Store Recruiting`, `Your Valley Drug application`),

  rej('application', ['generic'], { ...door }, `Dear Hannah,

Thank you for applying to the Summit Regional Health New Graduate RN Residency Program, Fall 2024 cohort.

This year we received more than 1,400 applications for 62 residency positions. Every application was reviewed by our nurse educators, and we were not able to offer interviews to many strong graduates. We regret to let you know that you have not been selected for an interview for this cohort.

We hope you will apply again for our Spring 2025 cohort; applications open on January 6. New graduates may apply to up to two cohorts within 12 months of their graduation date.

With best wishes as you begin your nursing career,

Nursing Professional Development
Summit Regional Health`, `New Graduate RN Residency - Fall 2024`),

  rej('screen', ['location'], { ...fb }, `Hi Paula,

Thank you for speaking with me yesterday about the Home Health Physical Therapist Assistant opening with Harborview Home Care.

I went back to our clinical manager about your location. This position covers our North Shore territory (Beverly, Salem, Gloucester, and surrounding towns), and our clinicians are expected to live within about 30 miles of the territory because most days start at the first patient's home. From Worcester, that would be more than an hour each way, and since you mentioned you aren't planning to move, we've decided not to continue with your application for this role.

Thank you for your time and interest.

Jen Morrissey
Recruiter, Harborview Home Care`),

  rej('interview', ['culture_fit'], { ...fb, ...offered }, `hey Marcus - Lena here (cofounder at Plover).

thanks for spending the afternoon with us last week. I wanted to write you myself instead of sending the template.

we decided not to move forward. not about skill at all, your pairing session was one of the best we've seen. it's about how we work: we're a 9-person team spread across 6 time zones, we basically never have meetings and everything happens in written docs and async threads. a couple times in the interviews you said you do your best thinking talking things out live and that you'd miss a whiteboard, and we just think you'd be fighting how we operate every day. I'd rather be honest now than have you find out in month two.

if it's useful I'm around to talk through any of this. either way, really appreciated your time.

Lena`, `Plover - hey`),

  rej('interview', ['generic'], { ...door }, `Dear Ms. Takahashi,

Thank you for interviewing for the position of Administrative Assistant 3, Department of Ecology, Spokane Regional Office.

The hiring manager has completed interviews and has decided to move forward with another candidate for this position.

Your name will remain on the candidate pool for the Administrative Assistant 3 job class for six months from the date of your application, and agencies statewide may contact you about other vacancies in this class during that time. We also invite you to apply for other positions at careers.wa.gov.

Washington State Department of Ecology
Human Resources

This message was sent from NEOGOV. Please do not reply.`, `Administrative Assistant 3 - Interview Outcome`),

  rej('assessment', ['assessment'], { ...fb, ...door }, `City of Riverside Police Department
Recruitment and Hiring Unit

Dear Applicant,

Thank you for participating in the Police Officer Trainee testing held on Saturday, September 14.

Candidates must pass both the written examination and the Physical Agility Test (PAT) to advance to the oral board. While you passed the written examination, you did not successfully complete the PAT. Our records show a 1.5-mile run time of 16:42; the maximum allowed time is 15:54. As a result, you will not advance to the next step of this testing cycle.

We hope you will continue training and test with us again. The next testing cycle is scheduled for January, and you are welcome to register at riversidepd.example/join once registration opens.

Recruitment and Hiring Unit
Riverside Police Department`, `Police Officer Trainee - Testing Results`),

  rej('application', ['position_filled'], {}, `Hi Caleb,

Thanks for your interest in seasonal work at Fairfield Farm Market. All of our seasonal cashier and stocking positions for the fall season have now been filled, so we won't be scheduling any more interviews this year.

Thanks again and enjoy the harvest season!

Fairfield Farm Market
Hiring Team`, `Fall seasonal positions`),

  rej('interview', ['profile_mismatch'], {}, `Dear Andre,

Thank you for interviewing for the Customer Support Specialist position with Nimbus Telecom. We enjoyed speaking with you and learning more about your background.

We had many qualified candidates for this position, and after careful consideration we have selected candidates whose experience and qualifications more closely match the requirements of the role.

We appreciate your interest in Nimbus Telecom and wish you all the best in your career search.

Sincerely,
Nimbus Telecom Talent Acquisition`),

  rej('final', ['generic'], { ...offered }, `Hi Grace,

Thank you for participating in our Superday for the Summer 2025 Advisory Associate program in Chicago. We know the day was long, and we truly appreciate the time and preparation you put into it.

We had an exceptionally strong group of candidates this year, and after careful consideration we will not be extending an offer to you for the Summer 2025 program.

I know this is disappointing news. If it would be helpful, your campus recruiter, Olivia Park, can share some of the feedback from your interviewers; feel free to reach out to her directly at opark@halstedpartners.example.

Best regards,
Halsted Partners Campus Recruiting`, `Halsted Partners Superday - Decision`),

  rej('final', ['location', 'salary'], { ...fb }, `Hi Yusuf,

Thanks for the time you spent with the team on Thursday, and for your patience with the back-to-back final round.

I'll be direct: the team came away really positive on your risk-modeling work, but we ran into two things we couldn't get past. First, the role is hybrid with three days a week in our Manhattan office, and you told us you'd want to stay fully remote from Philadelphia, with occasional visits at most. Second, your target of $245k base is well above the band for this level, which tops out at $205k. Either one alone we might have worked around, but together we don't see a path, so we're going to close out your candidacy for this role.

I'm sorry to have to send this after such a strong final round. I wish you the best in your search.

Rachel
Head of Talent, Crestline Credit`),

  rej('application', ['location'], { ...fb }, `Dear Wei,

Thank you for your interest in the Analyst, Commercial Banking position with Northern Shield Bank.

In your application, you indicated that you will require employer sponsorship to obtain or maintain legal authorization to work in Canada. Unfortunately, this position is not eligible for work permit sponsorship, and candidates must be legally entitled to work in Canada at the time of hire. For this reason, we are unable to move forward with your application.

We appreciate your interest in Northern Shield and wish you success in your job search.

Northern Shield Bank Talent Acquisition
This is an automated message from Workday. Please do not reply.`, `Northern Shield Bank - Your Application (JR-0211904)`),

  rej('interview', ['skills_gap'], { ...fb }, `Bonjour Emily,

Thank you for meeting with Stéphane and me on Wednesday for the Client Success Manager position at Ventura Logiciels.

You have excellent SaaS account experience, and we enjoyed the conversation. However, after the interview we concluded that the role requires advanced spoken and written French from day one: more than 70% of the accounts in the portfolio are Quebec-based businesses that work exclusively in French, and our internal meetings are held in French. From what we saw in the French portion of the interview, your level is currently intermediate, so we have decided to continue with other candidates.

We wish you all the best.

Cordialement,
Julie Tremblay
Conseillère, acquisition de talents | Talent Acquisition Advisor
Ventura Logiciels inc., Montréal (Québec)`, `Client Success Manager - Ventura Logiciels`),

  rej('application', ['profile_mismatch'], {}, `Dear Jasmine Kaur,

Re: Job ID 47713 - Program Assistant, Faculty of Forestry

Thank you for your interest in employment at the University of British Columbia.

The selection process for this position has now concluded. While your qualifications are of interest, the applicants selected for interview more closely met the requirements of the position.

We appreciate the time you took to apply and wish you success in your career.

UBC Careers
This is an automated message. Please do not reply.`, `UBC Careers - Job ID 47713`),

  rej('interview', ['internal_candidate'], {}, `Dear Ms. Nwosu,

Re: Posting #2024-0571, Ward Clerk, Part-Time, 6 North Surgery

Thank you for attending an interview for the above position.

In accordance with Article 10.07 of the collective agreement, preference for this position has been given to an internal applicant who meets the qualifications of the position and holds greater seniority.

We thank you for your interest in working at Lakehead Regional Health Sciences Centre.

Human Resources
Lakehead Regional Health Sciences Centre`, `Posting #2024-0571 - Ward Clerk`),

  rej('assessment', ['assessment'], {}, `Hi Tyler,

This is Kendra from Keystone Staffing. I wanted to let you know that the results of your pre-placement drug screen came back non-negative, so we're unable to place you on the packaging assignment at Lakeshore Packaging starting Monday.

Per company policy, I'm not able to discuss the specific results over email. If you have questions about the screen itself, you can contact the collection lab directly.

Thanks,
Kendra Wilkes
Staffing Coordinator, Keystone Staffing - Allentown Branch`),

  rej('interview', ['profile_mismatch'], { ...fb, ...door }, `Dear Applicant,

Thank you for participating in the 2024 selection process for the Plumbing and Pipefitting Apprenticeship Program of the Tri-County Joint Apprenticeship Training Committee (JATC).

Applicants are ranked by combining the aptitude test score and the oral interview score. Your combined score placed you at rank 74 on the ranked list. This year the Committee is able to indenture 40 new apprentices, and therefore you were not among those selected for the class beginning in January.

Your name will remain on the ranked list for two (2) years from the date of your interview. Should openings occur during that period, applicants will be called in rank order. You are also welcome to reapply in the next application period to improve your ranking.

Tri-County Plumbers and Pipefitters JATC`, `JATC Apprenticeship Selection Results`),

  hold('interview', ['generic'], {}, `Hi Nicole,

I wanted to give you a quick update on the Accounts Payable Specialist role. The hiring manager, Greg, had to go on an unexpected medical leave this week, and we're pausing the remaining interviews until he's back, which we expect to be in three to four weeks.

You're still very much in the running - we haven't made any decision, and you don't need to do anything right now. I'll reach out as soon as we have new dates for the second-round conversations.

Thanks for your patience,
Alyssa Moreno
HR Generalist, Ridgeway Plastics`, `Accounts Payable Specialist - timing update`),

  hold('final', ['role_closed'], {}, `Dear Sharon,

Thank you again for your time with the hiring committee during the final interviews for the Director of Youth Programs position.

I want to let you know where things stand. The committee has finished interviews, but we are not yet able to extend an offer to any candidate. The position is funded through a multi-year grant from the Hollis Family Foundation, and the foundation has postponed its funding decision to its December board meeting. Until that grant is confirmed, our board has asked us to hold the hiring process.

Your candidacy remains under active consideration, and I will be in touch as soon as we have news, hopefully before the holidays.

Warm regards,
Theresa Gaines
Executive Director, Eastside Youth Alliance`, `Director of Youth Programs - update`),

  rej('screen', ['generic'], {}, `Hi Kevin,

Thanks for checking in. After discussing with the team, we've decided to go in a different direction for this role and won't be moving forward with next steps. Appreciate you taking the time to chat with me last week.

Best,
Priscilla

-----Original Message-----
From: Kevin Osei <kevin.osei@example.com>
Sent: Wednesday, October 9, 2024 10:41 AM
To: Priscilla Vance <pvance@fieldmark.example>
Subject: Following up - Implementation Specialist

Hi Priscilla,

Thanks again for the call last Thursday about the Implementation Specialist opening. I'm following up to see if there are any updates on next steps. I'm happy to provide references or anything else you might need.

Best regards,
Kevin`, `RE: Following up - Implementation Specialist`),

  rej('application', ['generic'], { ...door }, `<p>Hi Ramón,</p>
<p>Thank you for your interest in Fernway and for applying to the <b>Account Executive, Mid-Market</b> role.</p>
<p>We've carefully reviewed your application and unfortunately we won't be moving forward at this time. We know that's not the news you were hoping for.</p>
<p>We'd love to keep your information on file and reach out if a future opening looks like a good match. In the meantime, you can follow along on <a href="https://jobs.lever.co/fernway">our jobs page</a>.</p>
<p>Best,<br>Fernway Talent Team</p>
<p style="color:#999;font-size:11px">Sent via Lever. <a href="https://hire.lever.co/candidate-unsubscribe">Unsubscribe</a></p>`, `Fernway | Account Executive, Mid-Market`),

  rej('final', ['role_closed'], {}, `Dear Dr. Ramaswamy,

Thank you for your campus visit in February for the tenure-track position of Assistant Professor of Environmental Economics. The department very much enjoyed your job talk and your conversations with our graduate students.

I regret to inform you that the Dean's Office has cancelled this search. Due to a reduction in the College's budget for the coming academic year, the line will not be filled, and no offer will be made to any of the finalists.

I am sorry to bring this news after the effort you put into the visit. Please accept the department's thanks and best wishes.

Sincerely,
Professor Linda Marsh
Chair, Department of Economics
Ohio Valley State University`, `Search for Assistant Professor, Environmental Economics`),

  rej('screen', ['overqualified', 'salary'], { ...fb }, `Hi Victor,

Thank you for the call on Tuesday. I was glad to hear about your years at Allied National, and I can see why they made you a vice president.

After thinking it over with my partner, I don't think our Customer Service Representative position is the right match for you. It's a desk role answering policy questions and processing changes for our personal-lines clients, and the pay is $21-$24 an hour. You mentioned that your last salary was around $140,000 and that you'd like to stay close to six figures, which we simply can't offer, and frankly your experience is far beyond what this job requires. I'd hate for you to take it and feel stuck.

I wish you the very best, and thank you for considering our little agency.

Donna Whitfield
Whitfield Insurance Agency, Bakersfield`),

  rej('interview', ['position_filled'], {}, `Dear Ms. Delgado,

Thank you for interviewing for the Special Education Paraeducator position at Cedar Hills Middle School.

At its meeting on August 12, the Board of Education approved the hiring of another candidate for this position. We appreciate your interest in the Cedar Hills School District and the time you spent with our interview team.

Sincerely,
Office of Human Resources - Classified Staff
Cedar Hills School District No. 48`),

  rej('assessment', ['assessment'], { ...door }, `Hi Anh,

Thank you for completing the online coding assessment for the Software Engineer, New Grad 2025 position.

We've reviewed your results and unfortunately we won't be moving forward with your application at this time. Due to the volume of candidates, we're not able to share individual results or feedback on the assessment.

This decision doesn't reflect your potential as an engineer, and we'd encourage you to apply again in six months or to other roles on our careers site that match your interests.

Best,
University Recruiting Team`, `Your application for Software Engineer, New Grad 2025`),

  rej('interview', ['skills_gap'], { ...fb }, `Hello Rashid,

Thank you for interviewing with Marcus and the SOC team for the Information Security Engineer III position at Keystone Federal Credit Union.

The team enjoyed your discussion of the incident response work you did at your current company. However, this position requires an active CISSP certification at the time of hire, per the requirements set by our regulator examiners for this level, and you mentioned during the interview that you plan to sit for the exam next year. For that reason, we will not be moving forward with your candidacy.

Thank you again for your time and interest.

Regards,
Stephanie Lowe
Talent Acquisition, Keystone Federal Credit Union`),

  rej('interview', ['generic'], {}, `Hi Brandon,

Thank you for your interest in the Department Supervisor - Lumber position at store #4471 and for interviewing with our store leadership team.

After careful consideration, we have decided to move forward with another candidate. We know that's hard to hear, and we appreciate your time.

The Orange Ridge Home Improvement Talent Acquisition Team
Please do not reply to this email. Visit careers.orangeridge.example to update your candidate profile.`, `Orange Ridge Home Improvement - Department Supervisor`),

  rej('interview', ['skills_gap'], { ...fb, ...door }, `Hi Keisha this is Angela the staffing coordinator at Rolling Hills Care Center. Thank you for interviewing with us Monday. We checked the Nurse Aide Registry and your CNA certification isn't showing as active yet, and we can't put anyone on the floor until it is. Once your registry listing is active please call me back at 555-0143, we still need evening aides and I'd be glad to set you up.`),

  rej('application', ['skills_gap'], { ...fb, ...door }, `Hi Luis,

Thanks for applying to drive with Red Mesa Transport.

We reviewed your application for our Regional Flatbed Driver position. You hold a Class A CDL, but our insurance carrier requires a minimum of 12 months of verifiable over-the-road Class A experience, and your application shows about 4 months since you completed CDL school in June. We aren't able to make an exception to the insurance requirement.

Please reach back out to us once you've hit 12 months of experience. We'd be glad to look at your application again at that point.

Drive safe,
Red Mesa Transport Driver Recruiting
1-800-555-0119`, `Red Mesa Transport - Driver Application`),

  rej('final', ['position_filled'], { ...door }, `Dear Ji-woo,

Thank you for coming in for your final interview with Dana Whitlock and Paul Esposito for the Audit Senior position. We appreciated your insights into your not-for-profit audit work.

I'm writing to let you know that we have extended an offer to another candidate, who has accepted. This was a difficult decision; the partners were impressed with your technical background, and we would very much like to keep you in mind for our spring audit hiring. I'll reach out in January when we begin interviewing for that group.

Thank you again for your interest in Keller Brandt LLP.

Best regards,
Amanda Cho
Recruiting Manager, Keller Brandt LLP`, `Audit Senior - Keller Brandt LLP`),

  rej('assessment', ['assessment'], {}, `Dear Alexis,

Thank you for your interest in the Member Service Representative (Teller) position at Heartland Community Credit Union and for completing the online assessment, which includes the cash-handling exercise and the work-style questionnaire.

After reviewing your assessment results, we have determined that we will not be moving forward with your application at this time.

Thank you for your interest in Heartland Community Credit Union.

Sincerely,
Human Resources Department`, `Heartland Community Credit Union - Application Update`),

  rej('assessment', ['assessment'], { ...fb, ...offered }, `City of Glendale
Human Resources Department

NOTICE OF EXAMINATION RESULTS

Name: Ortega, Daniel
Classification: Accounting Technician
Recruitment: 2024-0389

Examination Component: Written Examination (weight: 100%)
Your Score: 62.50
Passing Score: 70.00
Result: DID NOT PASS

Because you did not achieve a passing score on the written examination, your name will not be placed on the eligible list for this classification, and you will not be considered further in this recruitment.

Candidates may request to review their examination results by contacting the Human Resources Department within 10 business days of this notice. Examination materials are confidential and may not be copied.

This notice was sent via NEOGOV. Do not reply to this email.`, `City of Glendale - Examination Results`),

  rej('application', ['skills_gap'], { ...fb, ...offered }, `Dear Kelly Brennan,

Thank you for your application for the position of Administrative Assistant, Health Authority Liaison (Competition #118842) with the BC Public Service.

We have completed the review of applications. Unfortunately, you have not been shortlisted for further consideration in this competition. Your application did not clearly demonstrate the following job requirement:

 - A minimum of two (2) years of recent experience providing administrative support in a health care setting.

If you would like more information about the screening of your application, you may request feedback by replying to this email within 30 days. We encourage you to review our resources on writing a strong cover letter and resume.

Hiring Centre
BC Public Service Agency`, `BC Public Service - Competition #118842`),

  rej('application', ['position_filled'], { ...door }, `hi Tanisha its Rob from WorkForce Now staffing. the assignment at Ridgeway Foods got filled this morning before I could get you in, sorry about that. I've got you in the system tho and I'll text you the next warehouse or packing job that comes up on 2nd shift`),

  rej('interview', ['overqualified'], { ...fb }, `Hi Elena,

Thank you for the follow-up, and apologies for the slow reply on our end.

We talked it over as a team and we've decided not to move forward. Honestly, the biggest thing was level: the role is an individual contributor spot focused on day-to-day campaign execution, and you've spent the last six years leading a marketing team of twenty. The team felt strongly that you'd outgrow the role very quickly and that we wouldn't be able to offer the scope you'd be looking for.

I really enjoyed our conversation and hope our paths cross again.

Best,
Tom

On Mon, Jun 3, 2024 at 9:15 AM Elena Vasquez <elena.vasquez@example.com> wrote:
> Hi Tom,
>
> Thank you again for the time on Thursday - I really enjoyed meeting you and
> Priya and hearing about the spring launch plans. Just wanted to check in on
> timing for next steps for the Growth Marketing Specialist role.
>
> Best,
> Elena`, `Re: Growth Marketing Specialist - next steps`),

  rej('interview', ['location'], { ...fb }, `Dear Mr. Abernathy,

Thank you for interviewing for the Respiratory Therapist II position with Denali Regional Medical Center in Anchorage.

As we discussed during your interview, this is a full-time, on-site position, and the department needs the new therapist to start no later than October 1. You let us know that you would be unable to relocate to Alaska until your lease and family commitments end next summer. Because we cannot hold the position that long, we will not be moving forward with your application for this opening.

We appreciate your interest in Denali Regional Medical Center.

Sincerely,
Human Resources, Denali Regional Medical Center`),

  rej('interview', ['culture_fit'], { ...fb }, `Dear Jordan,

Thank you for interviewing with us for the Outreach Case Worker position at Second Street Community Services.

After our team discussed all of the candidates, we decided not to move forward with your application. A central part of our work is low-barrier, harm reduction services: we meet people where they are, including people who are actively using, and we do not require abstinence or treatment as a condition of housing or services. In the interview, you described a strong belief that clients should commit to sobriety before receiving housing support. We respect that you come to the work with conviction, but we need every member of our outreach team to be aligned with our harm reduction values.

Thank you for your commitment to this community, and we wish you well.

Sincerely,
Marisa Kent, LCSW
Program Director, Second Street Community Services`),

  rej('interview', ['internal_candidate'], { ...door }, `Hi Nathaniel,

I wanted to reach out personally with an update on the Senior Data Engineer role.

Late in our process, a member of our analytics team applied for the role through our internal mobility program. After interviewing them, the team decided to move forward with that internal candidate, so we won't be moving forward with your candidacy. I know this is frustrating after the time you spent with us, and I'm sorry.

I genuinely hope we get to work together. We're planning to open two more data engineering roles in the new year, and I'll reach out to you first when they're approved.

Best,
Claire Dubois
Senior Recruiter, Atlas Freight Technologies`, `Senior Data Engineer update`),

  rej('interview', ['generic'], {}, `Dear Ashley,

Thank you for your interest in the Pharmacy Store Manager position (Job ID R0398812) and for completing our leadership assessment and interview.

We have carefully reviewed your application and have decided to pursue other candidates for this role. We are grateful for the time you invested in our process.

Thank you again for your interest in CareWay Pharmacy.

CareWay Pharmacy Talent Acquisition`, `CareWay Pharmacy - Store Manager`),

  rej('application', ['location'], { ...fb }, `Dear Daniel Mensah,

Selection process number: 24-DFO-CEN-EA-412
Position: Administrative Assistant (AS-01)
Department: Fisheries and Oceans Canada
Area of selection: Persons residing or employed in the National Capital Region

Thank you for your interest in this position. Your application has been screened out of the process because, based on the information you provided, you do not meet the area of selection for this process. Your application indicates that you reside and are employed in Halifax, Nova Scotia.

Only persons who meet the area of selection may be considered for this appointment.

Fisheries and Oceans Canada - Staffing`, `24-DFO-CEN-EA-412 - Application screened out`),

  rej('application', ['skills_gap'], { ...fb, ...door }, `Hi Terrence,

Thank you for applying for the Unarmed Security Officer position with Sentinel Shield Security (Sacramento branch).

California law requires all security officers to hold an active BSIS Guard Card before they can be assigned to a post. Your application notes that your Guard Card application is still pending with BSIS, so we are unable to move you into onboarding at this time.

Once your Guard Card is issued, please apply again or call our branch at (916) 555-0177. We hire year-round and would be happy to hear from you.

Sentinel Shield Security Recruiting`),

  hold('interview', ['role_closed'], {}, `Dear Dr. Fairbanks,

I am writing to update you on the search for the Director of the Writing Center.

As you may know, Dr. Helen Moss joined the College as Dean of Arts and Sciences on August 1. The new Dean has asked to review the organization of academic support services before any senior hires are made, and as a result the search has been placed on hold for the fall semester. No candidate has been selected or eliminated, and the committee's recommendations from the first-round interviews have been preserved.

We expect to be able to tell candidates whether and how the search will resume by early December. I regret the delay and thank you for your patience.

Sincerely,
Robert Kimani
Chair, Writing Center Director Search Committee
Ashford College`, `Writing Center Director Search - Status`),

  rej('screen', ['salary'], { ...fb }, `Hi Derek,

Thanks for taking my call this afternoon about the Lineworker Apprentice opening with Great Plains Electric Cooperative.

As I mentioned, this position is covered by our collective bargaining agreement, and apprentice pay starts at $31.20 per hour (60% of journeyman scale), with set step increases every six months. You told me you'd need to be at $45 an hour or more to leave your current job, and unfortunately there is no flexibility in the union pay scale. Because of that, we'll close out your application for this posting.

Thank you for your interest, and best of luck.

Kara Lindgren
HR Specialist, Great Plains Electric Cooperative`),

  rej('interview', ['generic'], {}, `Dear Ms. Fontaine,

Thank you for interviewing with us for the position of Legal Assistant in our Litigation Group, and for providing your professional references. We have now completed our reference checks.

After careful consideration, the firm has decided not to move forward with your application. We appreciate your interest in Bradford Cole LLP and wish you success in your search.

Very truly yours,

Human Resources
Bradford Cole LLP`, `Legal Assistant - Litigation`),

  rej('final', ['position_filled'], {}, `Dear Mr. Greenberg,

Thank you for meeting with our Board Chair and the Finance Committee for your final interview for the Controller position at Mid-Atlantic Food Bank, and for allowing us to contact your references.

Following reference checks for our two finalists, we have offered the position to the other finalist, who has accepted.

We sincerely appreciate your interest in our mission and the time you gave us.

Respectfully,
Yolanda Pierce
Chief Executive Officer, Mid-Atlantic Food Bank`),

  rej('final', ['generic'], {}, `Hi Tasha,

Thank you again for completing the final round of interviews for the Operations Manager role, and thanks for putting us in touch with your references so quickly. We finished speaking with them yesterday.

I'm sorry to share that we've decided to proceed with another candidate. I appreciated getting to know you through this process, and I wish you the best.

Regards,
Ian McAllister
COO, Brightline Logistics`),

  rej('screen', ['generic'], {}, `Hello Mariah,

Thank you for taking the time to speak with our recruiter regarding the Patient Access Representative position at Westbrook Health.

After careful consideration, we have decided not to move forward with your candidacy at this time. Due to the high volume of applicants, we are unable to provide individual feedback.

We appreciate your interest in Westbrook Health and wish you the best.

Westbrook Health Talent Acquisition`),

  rej('application', ['generic'], {}, `Dear Sarah,

Thank you for applying to Lakeside Health Partners.

After reviewing your qualifications, we have decided not to move forward with your application for Phlebotomist - Outpatient Lab (Req #74420).

Your application for Patient Service Representative (Req #74391) is still under review, and the recruiter for that position will be in touch if you are selected for next steps.

Thank you for your interest in Lakeside Health Partners.

Talent Acquisition Team
powered by iCIMS`, `Your application with Lakeside Health Partners`),

  rej('assessment', ['profile_mismatch'], {}, `Hi Gabriel,

Thank you for completing the written case study for the Program Manager, Workforce Development role. We know it took real time, and we appreciated how clearly your submission was organized.

After reviewing all submissions together with the applications, we've decided to invite candidates whose backgrounds more closely match the needs of the role to the interview stage, so we won't be moving you forward.

Thank you for your interest in the Metro Jobs Collaborative.

Best,
Alicia Grant
Operations Director`),

  rej('application', ['role_closed'], { ...door }, `Dear Fatima,

Thank you for your interest in the Benefits Analyst position with Pioneer Life & Annuity (Req JR-22471).

We are writing to let you know that this position has been cancelled and is no longer available. As a result, your application will not be moved forward.

We encourage you to visit our careers site and apply for other positions that fit your skills and interests. We'll also keep your profile in our candidate database for future opportunities.

Sincerely,
Pioneer Life & Annuity Talent Acquisition`, `Update: Benefits Analyst (JR-22471)`),

  rej('final', ['skills_gap', 'culture_fit'], { ...fb }, `Hi Oskar,

Thanks for spending so much time with us through the final round for the Site Reliability Engineer role. I wanted to give you a real answer rather than a template.

We've decided not to move forward, for two reasons. First, the team is about to take over running our own Kubernetes clusters from the managed service, and the interviewers felt we need someone who has operated Kubernetes in production at the cluster level; your experience is mostly on the application side, deploying onto clusters someone else runs. Second, and this one is more about fit than ability: the team works in a very collaborative way, pairing a lot and sharing on-call closely, and in your interviews you talked about preferring long stretches of solo, heads-down project work. A couple of interviewers felt that would be a tough match for how this group works.

Thanks again for your time, and best of luck.

Samira
Engineering Manager, Infrastructure`),

  // ---------------------------------------------------------------------------------------------------------------
  // Part 2: September and October in the inbox of Leilani Santos, RPN, Toronto, moving into clinic administration
  // ---------------------------------------------------------------------------------------------------------------
  other(`Hi Leilani,

Thank you for applying to the Clinical Scheduling Coordinator position (JR-10442) at Harbourfront Health Sciences Centre.

We have received your application. Our Talent Acquisition team will review your qualifications against the requirements of the role, and if your background is a match, a member of our team will contact you to discuss next steps.

You can check the status of your application at any time by signing in to your candidate home account.

Thank you for your interest in Harbourfront Health.

Harbourfront Health Sciences Centre - Talent Acquisition
This is an automated message from Workday. Please do not reply.`, `We've received your application - Clinical Scheduling Coordinator`),

  other(`LinkedIn

Your job alert for clinic coordinator in Toronto, Ontario, Canada
14 new jobs match your preferences.

Clinic Coordinator
Riverdale East Family Health Team - Toronto, ON (On-site)
Actively recruiting

Patient Care Coordinator
Brightpath Virtual Care - Toronto, ON (Hybrid)
Be an early applicant

Medical Office Administrator
Bloor West Dermatology - Toronto, ON
3 connections work here

See all jobs

Manage job alerts | Unsubscribe
This email was intended for Leilani Santos (Registered Practical Nurse at Rosewood Manor).`, `"clinic coordinator": 14 new jobs in Toronto`),

  other(`Hi Leilani,

I came across your profile and wanted to reach out. I'm a recruiter with MedStaff Ontario, and we place nurses and clinical administrative staff with hospitals, long-term care homes and private clinics across the GTA.

I see you're an RPN with about seven years in long-term care and that you've been taking a health office administration certificate. We have a few clients right now looking for exactly that combination: clinic coordinators and intake coordinators where a nursing background is a big plus (triaging patient calls, medication refill requests, booking procedures). A couple are contract-to-hire and one is permanent.

Would you be open to a quick 15-minute call this week? I'm free Thursday after 1pm or Friday morning.

Best,
Dana Whitcombe
Senior Recruiter, Clinical & Administrative | MedStaff Ontario
416-555-0182`, `Clinic coordinator roles - RPN background a plus`),

  other(`Thank you for your interest in working with the Ontario Public Service (OPS).

This email confirms that we have received your application for:

Job ID: 215544
Position: Patient Intake Coordinator
Ministry: Ministry of Health
Location: Toronto

All applicants are thanked for their interest. Only those selected for further consideration will be contacted. If you are selected, you will be contacted by email or telephone, so please make sure your contact information is up to date.

Ontario Public Service - Careers
Please do not reply to this email.`, `Application received - Job ID 215544`),

  rej('application', ['generic'], {}, `Indeed

An update on your application

Patient Coordinator
St. Clair West Family Medicine - Toronto, ON

Application status: Not selected by employer

This means the employer reviewed your application and decided not to move forward with it. Don't be discouraged - keep applying to jobs that match your experience.

Jobs you may be interested in
Medical Receptionist - Annex Family Practice - Toronto, ON - $21 - $24 an hour
Clinic Administrator - Leaside Eye Care - Toronto, ON

You're receiving this email because you applied through Indeed. Unsubscribe | Privacy Policy`, `Your application to St. Clair West Family Medicine`),

  rej('application', ['skills_gap'], { ...fb }, `Hi Leilani,

Thank you for applying to the Medical Office Administrator position at Bloor West Dermatology.

We had a strong response to this posting. Your nursing background is impressive, but for this role we really need someone who can work independently on OHIP billing and claims reconciliation from the first week, and who has experience with the Accuro EMR, which we use for all scheduling and charting. As your resume doesn't show either, we've decided to move forward with other applicants.

Thanks again for your interest, and all the best.

Nadine Kovac
Practice Manager, Bloor West Dermatology`, `Medical Office Administrator - Bloor West Dermatology`),

  other(`Hi Leilani,

Thanks for applying to the Care Coordinator role at Brightpath Virtual Care! I'd love to set up a quick call to tell you more about the role and learn about your background.

Could you pick a 20-minute slot that works for you using the link below?

https://calendly.com/brightpath-talent/care-coordinator-screen

Talk soon,
Marcus Yeo
Talent Partner, Brightpath Virtual Care`, `Brightpath Virtual Care - let's chat`),

  other(`Dear Leilani,

Thank you for applying for the Clinic Coordinator position with the Riverdale East Family Health Team. We would like to invite you to an interview.

Date: Wednesday, September 18
Time: 2:00 p.m. to 2:45 p.m.
Location: 1020 Gerrard Street East, 2nd floor boardroom (please check in at reception)
Panel: Joanne Li, Executive Director, and Dr. Samuel Brandt, Lead Physician

Please bring a copy of your resume and a list of three references. Kindly confirm your attendance by replying to this email.

Best regards,
Priya Raman
Office Manager, Riverdale East Family Health Team`, `Interview invitation - Clinic Coordinator`),

  rej('application', ['generic'], {}, `Hi Leilani,

Thank you for your interest in the Clinical Scheduling Coordinator (JR-10442) position at Harbourfront Health Sciences Centre.

After reviewing your application, we have decided to move forward with other candidates for this position.

We appreciate the time you took to apply and wish you success in your career.

Harbourfront Health Sciences Centre - Talent Acquisition
This is an automated message from Workday. Please do not reply.`, `Your application - Clinical Scheduling Coordinator`),

  other(`Hi Leilani,

Thanks for applying to the Front Desk Coordinator position at Kinetic Physiotherapy + Wellness - Yonge & Eglinton. We've received your application and our clinic director is reviewing applicants this week.

If your experience is a match, we'll reach out to book an interview. In the meantime, you can learn more about our team at kineticphysio.example/careers.

The Kinetic Physiotherapy Team`, `Thanks for applying to Kinetic Physiotherapy`),

  rej('screen', ['salary'], { ...fb }, `Hi Leilani,

Thank you again for chatting with me on Thursday. I really enjoyed hearing about how you set up the medication-refill workflow at Rosewood Manor, and I passed that along to the team.

I wanted to follow up on the compensation piece we touched on. The budgeted range for the Care Coordinator role is $50,000-$54,000, and you mentioned you'd need to be at $62,000 or above to make the move from nursing. I checked with our Head of Clinical Operations, and we don't have room to go that high for this role, so we won't be moving your application forward.

I'm sorry it didn't work out on the numbers. Best of luck with the search!

Marcus Yeo
Talent Partner, Brightpath Virtual Care`, `Following up - Care Coordinator`),

  other(`Indeed

Don't miss out on these jobs

Medical Office Assistant
Danforth Dental Group - Toronto, ON - $22 - $26 an hour
Urgently hiring

Patient Coordinator
Yorkville Aesthetics Clinic - Toronto, ON - $24 an hour
Responds to most applications within 3 days

Clinic Coordinator
Kinetic Physiotherapy + Wellness - Toronto, ON
Apply with your Indeed Resume

Jobs you haven't applied to yet may close soon. See more jobs like these.

You are receiving this email because you created a job alert for "medical office" in Toronto, ON. Unsubscribe`, `Medical Office Assistant at Danforth Dental Group and 9 more jobs`),

  other(`Hi Leilani,

Thanks for applying to Kinetic Physiotherapy! We'd like to invite you in to meet our clinic director, Ben Adeyemi, for an interview for the Front Desk Coordinator position.

We have the following times available on Friday, September 20:
- 10:00 a.m.
- 1:30 p.m.
- 4:00 p.m.

The interview will take about 30 minutes at the clinic (2300 Yonge Street, Suite 410). Please reply with the time that works best for you.

Thanks,
Hailey
Kinetic Physiotherapy + Wellness - Yonge & Eglinton`, `Interview - Front Desk Coordinator`),

  other(`Dear Leilani,

This is a friendly reminder of your interview tomorrow, Wednesday, September 18, at 2:00 p.m. for the Clinic Coordinator position at the Riverdale East Family Health Team.

Our office is accessible by the 506 Carlton streetcar (stop at Gerrard and Pape). Street parking is limited; the Green P lot on Jones Avenue is the closest.

We look forward to meeting you.

Priya Raman
Office Manager, Riverdale East Family Health Team`, `Reminder: interview tomorrow at 2:00 p.m.`),

  other(`Hi Leilani,

Thank you for coming in yesterday and for your thoughtful answers. Joanne and Dr. Brandt enjoyed meeting you.

We are completing interviews with the remaining candidates this week and expect to make a decision by the end of next week. We will be in touch with everyone who interviewed either way.

Best regards,
Priya Raman
Office Manager, Riverdale East Family Health Team`, `Thank you for interviewing`),

  other(`Hi Leilani,

The status of your application for Patient Care Coordinator - Cardiology Ambulatory Clinic (JR-10587) at Harbourfront Health Sciences Centre has been updated.

Sign in to your candidate home account to view the current status of your application.

Harbourfront Health Sciences Centre - Talent Acquisition
This is an automated message from Workday. Please do not reply.`, `Your application status has been updated`),

  rej('interview', ['overqualified', 'position_filled'], { ...fb, ...door }, `Hi Leilani,

Thanks so much for coming in on Friday. I really enjoyed our conversation, and your stories about managing family calls in long-term care made it obvious how good you are with people who are stressed or upset.

After thinking it over, I've decided to offer the Front Desk Coordinator role to another applicant. Honestly, it came down to the fact that this role is mostly booking, payments and insurance paperwork, and with seven years as an RPN, you'd be doing a job well below your clinical skills. I worry you'd be restless within a few months. We are planning to hire Clinic Managers at two of our new locations early next year, and I'd like to let our regional manager know about you and have her reach out when those postings open, if that's all right with you.

Thanks again,
Ben Adeyemi
Clinic Director, Kinetic Physiotherapy + Wellness`, `Front Desk Coordinator`),

  other(`Hi Leilani,

Thank you for applying to the Care Coordinator position with CareBridge Home Health Services.

Your application is currently under review by our hiring team. We review applications in the order they are received and will contact you regarding next steps. Due to the volume of applications, this may take up to two weeks.

You can track your application status in our career portal at any time.

CareBridge Home Health Services - Talent Acquisition
powered by iCIMS`, `Your application is under review`),

  rej('interview', ['internal_candidate', 'position_filled'], { ...door }, `Dear Leilani,

Thank you for interviewing for the Clinic Coordinator position with the Riverdale East Family Health Team.

I am writing to let you know that we have offered the position to a member of our current staff, one of our medical secretaries who has been with the team for several years and has been covering some of the coordinator duties since the spring.

Joanne and Dr. Brandt were very impressed by your clinical background. We expect to post an RPN position for our chronic disease management program in the new year, and with your permission we will keep your resume on file and let you know when it is posted.

Kind regards,
Priya Raman
Office Manager, Riverdale East Family Health Team`, `Clinic Coordinator - Riverdale East FHT`),

  other(`Hi Leilani,

Thank you for your interest in the Care Coordinator position at CareBridge Home Health Services. We'd like to invite you to complete the next step in our process: a written scheduling exercise.

The exercise is a realistic scenario. You'll receive a list of client visits for one day in our East Toronto zone, the availability of our personal support workers, and a few last-minute changes, and you'll be asked to build and adjust the schedule. It should take about 60 minutes, and you'll have 48 hours to complete it once you open the link.

Start the exercise: https://carebridge.example/assess/cc-2024-0926

Candidates who successfully complete the exercise will be invited to an interview with our Care Coordination Manager.

Thank you,
CareBridge Talent Acquisition`, `Next step: Care Coordinator scheduling exercise`),

  other(`PRACTICAL NURSING PULSE - September issue
The monthly newsletter of the Practical Nurses of Ontario Network

IN THIS ISSUE
- Career corner: "We have decided to move forward with other candidates" - what that email really means
- Bill 124 settlement: what retroactive pay means for RPNs
- Webinar: IV therapy refresher, October 15

CAREER CORNER
Every week, members tell us about the emails they dread: "Unfortunately, you were not selected," "the position has been filled," "we will keep your resume on file." If you are moving from bedside nursing into coordination, education or administration, you will likely see a few of them. Our career coach, Angela Ferreira, RPN, explains why these messages are rarely about your nursing skills, how to ask for feedback, and how to translate your clinical experience into the language of admin job postings.

Read the full article on our member site.

You are receiving this newsletter as a member of the Practical Nurses of Ontario Network. Manage preferences | Unsubscribe`, `Pulse: "Not selected" - what it really means, Bill 124 and more`),

  rej('application', ['generic'], {}, `LinkedIn

Your update from Danforth Dental Group

Office Manager
Danforth Dental Group - Toronto, ON (On-site)
Applied 3 weeks ago

Thank you for your interest in the Office Manager position at Danforth Dental Group in Toronto, ON. Unfortunately, Danforth Dental Group will not be moving forward with your application, but we appreciate your time and interest in Danforth Dental Group.

Regards,
Danforth Dental Group

You are receiving LinkedIn notification emails. Unsubscribe
(c) 2024 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.`, `Your application to Office Manager at Danforth Dental Group`),

  other(`Hi Leilani,

Thank you for your interest in the Patient Care Coordinator - Cardiology Ambulatory Clinic (JR-10587) position. We would like to invite you to a video interview with the clinic's manager and charge nurse.

Date: Friday, October 4
Time: 10:30 a.m. - 11:15 a.m. (ET)
Format: Microsoft Teams (a link will be sent in a separate calendar invitation)

Please confirm your availability by replying to this email. If you require any accommodation during the interview process, please let us know.

Regards,
Sandra Okafor
Talent Acquisition Specialist, Harbourfront Health Sciences Centre`, `Interview invitation - Patient Care Coordinator (JR-10587)`),

  rej('assessment', ['assessment'], { ...fb }, `Hi Leilani,

Thank you for completing the written scheduling exercise for the Care Coordinator position.

Our Care Coordination Manager reviewed your submission. Your schedule covered most of the visits well, but two time-critical visits (a 7:00 a.m. insulin visit and a palliative evening visit) were left uncovered after the PSW cancellation, and one PSW was double-booked across zones in the afternoon. Because timing-critical visits are the core of this role, we will not be inviting you to the interview stage for this position.

Thank you for your interest in CareBridge Home Health Services.

Kind regards,
CareBridge Talent Acquisition`, `Care Coordinator - scheduling exercise outcome`),

  other(`Hi Leilani,

I'm sorry for the short notice, but the clinic manager has a conflict on Friday morning and has asked to move your interview for the Patient Care Coordinator - Cardiology Ambulatory Clinic position.

Would Tuesday, October 8 at 1:00 p.m. (ET) work for you instead? The format will stay the same (Microsoft Teams, about 45 minutes). I'll send an updated calendar invitation once you confirm.

Apologies for the inconvenience, and thank you for your flexibility.

Sandra Okafor
Talent Acquisition Specialist, Harbourfront Health Sciences Centre`, `Reschedule request - interview for JR-10587`),

  rej('application', ['skills_gap'], { ...fb, ...door }, `Hi Leilani,

Quick update on the Clinic Coordinator role at the multi-physician clinic in North York that I submitted you for last week.

The client came back to me this morning. They've decided to go with a candidate who has a completed Medical Office Administration diploma and two years on a front desk doing OHIP billing, since the office manager is going on maternity leave soon and they need someone who can take over billing without training. Your certificate still being in progress was the sticking point for them.

Don't be discouraged; a couple of clients have told me they'd love a nurse in a coordinator seat. The intake coordinator role I mentioned should open mid-October and I'll send it to you as soon as it does.

Best,
Dana Whitcombe
Senior Recruiter, Clinical & Administrative | MedStaff Ontario`, `North York clinic - client update`),

  other(`Dear Leilani,

Thank you for applying for the Intake and Clinic Coordinator position at Lakeshore West Community Health Centre. We are pleased to invite you to a first interview.

Date: Wednesday, October 9
Time: 11:00 a.m.
Location: 2885 Lake Shore Blvd. West, Etobicoke (Main reception)
Panel: Intake Team Lead, Primary Care Manager, and a member of our Community Advisory Committee

The interview will take approximately 45 minutes and includes a short scenario-based question. Please let us know if you require any accommodation.

Warm regards,
Human Resources, Lakeshore West Community Health Centre`, `Interview invitation - Intake and Clinic Coordinator`),

  rej('screen', ['culture_fit'], { ...fb }, `Hi Leilani,

Thank you for speaking with me on Monday about the Clinic Coordinator role at our Wellcare Pharmacy & Clinic location on Queen Street East.

I spoke with the district manager after our call. Our clinic coordinators work as part of the store team: along with running the clinic schedule, they support front-store sales goals, seasonal vaccine and loyalty sign-up targets, and weekly performance huddles. When we talked, you said you were hoping to get away from quota-style metrics and focus purely on patients, and we think that's a completely fair thing to want. It just isn't how our clinics run, so we don't think this would be the right environment for you and won't be moving forward.

Thanks again for your time, and all the best.

Jenna Morales
HR Business Partner, Wellcare Pharmacy - Ontario East`, `Wellcare Pharmacy - Clinic Coordinator`),

  rej('application', ['skills_gap'], { ...fb, ...door }, `Dear Leilani Santos,

Thank you for your interest in the Resident Care Coordinator position at Evergreen Senior Living - Scarborough Village.

We have reviewed your application. Under Evergreen's clinical leadership policy, Resident Care Coordinators must hold a current Registered Nurse certificate of registration (General Class) with the College of Nurses of Ontario. As your application indicates registration as a Registered Practical Nurse, we are unable to consider your application for this role.

We value the experience RPNs bring to our homes and would be happy to see your application for any of our RPN or RPN Lead positions, which are posted on our careers page.

Sincerely,
People & Culture
Evergreen Senior Living`, `Evergreen Senior Living - Resident Care Coordinator`),

  other(`Hi Leilani,

You recently applied for the Care Coordinator role at Brightpath Virtual Care. Whether or not your application moved forward, we'd love to hear about your experience as a candidate.

The survey has 6 questions and takes about 2 minutes. Your answers are anonymous and help us make our hiring process better for everyone.

Take the survey: https://survey.brightpath.example/candidate-experience

Thank you!
Brightpath Virtual Care - People Team`, `How did we do? 2-minute candidate survey`),

  rej('interview', ['location'], { ...fb }, `Hi Leilani,

Thank you for interviewing with me on Monday for the Patient Coordinator position at Mississauga Sleep & Respiratory Clinic. I enjoyed our conversation and your CPAP follow-up experience from Rosewood would have been a real asset.

Unfortunately, we have decided not to move forward with your application. The role opens our Square One location at 6:00 a.m. on Saturdays and Sundays for the overnight-study discharges, and that's not something we can change. You mentioned that you travel by TTC from Scarborough and wouldn't be able to get to Mississauga for weekend mornings, so I don't think the schedule would work for you.

I wish you all the best in your search.

Gurpreet Sandhu
Clinic Manager, Mississauga Sleep & Respiratory Clinic`, `Patient Coordinator - Mississauga Sleep & Respiratory`),

  other(`Hi Leilani,

Thank you for meeting with Nora and Kevin on Tuesday for the Patient Care Coordinator - Cardiology Ambulatory Clinic position. The team would like to invite you to a second interview, in person, with the clinic's Patient Care Manager, Dr. Amir Haddad.

Date: Tuesday, October 15 (the day after Thanksgiving Monday)
Time: 9:30 a.m.
Location: Harbourfront Health Sciences Centre, 4th floor, Cardiology Ambulatory Clinic, Room 4-211

The second interview will include a short tour of the clinic and a conversation about a typical day. Your application status in the candidate portal will show "Interview."

Regards,
Sandra Okafor
Talent Acquisition Specialist, Harbourfront Health Sciences Centre`, `Second interview - Patient Care Coordinator (JR-10587)`),

  rej('interview', ['position_filled'], {}, `Hi Leilani,

Thanks for following up, and sorry for the silence. We offered the Patient Coordinator position to another candidate last week, and she has accepted. It was a tough decision; thank you for coming in.

All the best,
Chloé
Yorkville Aesthetics Clinic

On Thu, Oct 10, 2024, 8:02 a.m. Leilani Santos <leilani.santos@example.com> wrote:
> Hi Chloé,
>
> I hope you're having a good week. I wanted to follow up on my interview on
> September 27 for the Patient Coordinator position. I'm still very interested
> and would love to hear if there's any update.
>
> Thank you,
> Leilani`, `Re: Patient Coordinator - follow up`),

  other(`Dear Leilani,

Thank you for meeting with our panel on October 9. We are pleased to invite you to a final interview for the Intake and Clinic Coordinator position.

Date: Wednesday, October 16
Time: 3:00 p.m.
Location: Lakeshore West Community Health Centre, Executive Director's office
Interviewers: Frances Obi, Executive Director, and Laura Chen, Primary Care Manager

We will also ask you to give us the names and contact information of two references, including a current or recent supervisor.

Warm regards,
Human Resources, Lakeshore West Community Health Centre`, `Final interview - Intake and Clinic Coordinator`),

  hold('interview', ['role_closed'], {}, `Dear Leilani Santos,

Re: Job ID 48211 - Clinic Services Coordinator, Toronto Public Health

Thank you for participating in the interview for the above position on September 26.

Please be advised that the City of Toronto has implemented a temporary hiring pause for selected positions while the 2025 operating budget is reviewed by City Council. As a result, this recruitment has been placed on hold. No decision has been made regarding your candidacy, and your application will remain active.

We will contact you once we are able to proceed with the recruitment. We anticipate providing an update in the new year.

Thank you for your patience and your interest in the City of Toronto.

Employment Services, People & Equity Division
City of Toronto`, `Job ID 48211 - Recruitment on hold`),

  other(`LinkedIn

Your application was viewed by Midtown General Hospital

Unit Clerk - Ambulatory Surgery
Midtown General Hospital - Toronto, ON
Applied on Sep 12

Midtown General Hospital viewed your application. While not all applications lead to an interview, this is a sign the employer is reviewing candidates.

Track your applications in My Jobs.

You are receiving LinkedIn notification emails. Unsubscribe`, `Your application was viewed by Midtown General Hospital`),

  rej('application', ['profile_mismatch'], {}, `Thank you for your interest in Job ID 215544, Patient Intake Coordinator, Ministry of Health.

We have now completed the screening of applications for this competition. We regret to inform you that you were not selected for an interview. The applicants invited to interview more closely met the qualifications required for this position.

Ontario Public Service - Careers
Please do not reply to this email.`, `Job ID 215544 - Patient Intake Coordinator`),

  other(`Hi Lani!! Got this today, happy to do it - I'll fill it out tonight. Fingers crossed for you, they'd be lucky to have you.
Marites

---------- Forwarded message ---------
From: Harbourfront Health Reference Checks <references@harbourfronthealth.example>
Date: Thu, Oct 17, 2024 at 10:14 AM
Subject: Reference request for Leilani Santos
To: Marites Aquino <maquino@rosewoodmanor.example>

Dear Marites Aquino,

Leilani Santos is a candidate for the position of Patient Care Coordinator at Harbourfront Health Sciences Centre and has listed you as a professional reference.

We would appreciate it if you could complete a short confidential online reference questionnaire about your experience working with Leilani. It takes about 10 minutes. Please complete it by Monday, October 21.

Complete the reference: https://harbourfronthealth.example/ref/7731-LS

Your responses will be shared only with the hiring team and will not be shared with the candidate.

Thank you,
Talent Acquisition, Harbourfront Health Sciences Centre`, `Fwd: Reference request for Leilani Santos`),

  other(`Dear Leilani,

Thank you for meeting with Frances and me yesterday for your final interview. We enjoyed the conversation, and thank you for sending your references so quickly.

We are now completing reference checks for our finalists and expect to let every finalist know the outcome by Wednesday, October 23. Please don't hesitate to reach out if you have any questions in the meantime.

Warm regards,
Laura Chen
Primary Care Manager, Lakeshore West Community Health Centre`, `Thank you - final interview`),

  hold('screen', ['generic'], {}, `Hi Leilani,

Thank you so much for our call on Tuesday about the Practice Administrator position with Don Valley Midwives.

I wanted to let you know we're going to pause hiring for a few weeks. Rachel, our practice lead, makes the final hiring decisions and she has had to go on an unexpected leave. We expect her back in mid-November. You're one of the people we definitely want her to meet, so nothing has changed on our side; we just can't schedule interviews until she's back.

I'll be in touch as soon as I have dates.

Warmly,
Tamsin
Clinical Operations, Don Valley Midwives`, `Practice Administrator - a short pause`),

  other(`Dear Leilani,

As part of Harbourfront Health's pre-employment process, we verify the professional registrations and credentials listed on a candidate's resume, even where registration is not a requirement of the role.

Please reply to this email with:
1. Your College of Nurses of Ontario (CNO) registration number
2. A copy of your Health Office Administration certificate enrolment confirmation or transcript
3. The signed Credential Verification Consent form (attached)

We will confirm your registration status through the CNO's public register, Find a Nurse. Please send the requested information by October 22.

Thank you,
Credential Verification, Talent Acquisition
Harbourfront Health Sciences Centre`, `Action required: credential verification`),

  other(`Dear Leilani,

On behalf of Harbourfront Health Sciences Centre, I am pleased to offer you the position of Patient Care Coordinator, Cardiology Ambulatory Clinic, a permanent full-time position reporting to Dr. Amir Haddad, Patient Care Manager.

Start date: Monday, November 18, 2024
Hours: 37.5 hours per week, Monday to Friday, 8:00 a.m. - 4:00 p.m.
Salary: $31.40 per hour (Step 3 of the Clerical/Administrative Grade 8 scale)
Vacation: three (3) weeks per year
Benefits: eligible for the Harbourfront benefits plan and HOOPP pension on your start date

This offer is conditional on a satisfactory Vulnerable Sector Check, proof of required immunizations (including a two-step TB skin test), and verification of your credentials.

Please review the attached offer letter and sign it electronically by Friday, October 25. We are delighted at the prospect of you joining the team.

Sincerely,
Sandra Okafor
Talent Acquisition Specialist, on behalf of Dr. Amir Haddad`, `Offer of employment - Patient Care Coordinator`),

  other(`Harbourfront Health Sciences Centre sent you a document to review and sign.

REVIEW DOCUMENT

Sandra Okafor
sokafor@harbourfronthealth.example

Leilani, please review and sign your offer letter for Patient Care Coordinator, Cardiology Ambulatory Clinic. Let me know if you have any questions.

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.

Powered by DocuSign`, `Please DocuSign: Offer Letter - Leilani Santos - Patient Care Coordinator`),

  rej('final', ['position_filled'], { ...offered }, `Dear Leilani,

Thank you for meeting with Frances and me for your final interview for the Intake and Clinic Coordinator position, and for providing your references so promptly.

We have now completed the process, and I am sorry to tell you that we have offered the position to another candidate, who has accepted. It was a very close decision between our finalists, and the whole panel enjoyed meeting you.

If you would find it helpful to hear more about the panel's thinking, I would be happy to set up a short call; just reply to this email.

With appreciation,
Laura Chen
Primary Care Manager, Lakeshore West Community Health Centre`, `Intake and Clinic Coordinator - outcome`),

  other(`Welcome to Harbourfront, Leilani!

We're excited that you've accepted our offer. Before your first day on November 18, please complete the following steps in your onboarding portal:

[ ] Submit your Vulnerable Sector Check (apply through Toronto Police Service; allow 2-4 weeks)
[ ] Upload immunization records (MMR, varicella, hepatitis B, Tdap) and your two-step TB skin test results to Occupational Health
[ ] Complete your N95 fit test booking
[ ] Enter your direct deposit and TD1 tax information
[ ] Complete the online modules: Privacy & PHIPA, WHMIS, Workplace Violence Prevention

Corporate Orientation is on Monday, November 18, 8:30 a.m. - 4:00 p.m., Main Auditorium.

If you have questions, contact onboarding@harbourfronthealth.example.

Harbourfront Health Sciences Centre - Onboarding Team`, `Welcome! Your onboarding checklist`),

  other(`Hi Leilani,

This email confirms that you have withdrawn your application for the position of Practice Administrator with Don Valley Midwives.

Congratulations on your new role, and thank you for letting us know. We wish you all the best.

Tamsin
Clinical Operations, Don Valley Midwives`, `Withdrawal confirmed - Practice Administrator`),

  other(`Hi Leilani,

That's wonderful news, congratulations on the Harbourfront offer! The cardiology clinic will be lucky to have you.

I've updated your file to show you've accepted a permanent position, so you won't get calls from me about new roles. If you ever decide to look again, or want to pick up some occasional RPN agency shifts on weekends, just send me a note and I'll reactivate your profile.

All the best,
Dana Whitcombe
Senior Recruiter, Clinical & Administrative | MedStaff Ontario

On Tue, Oct 22, 2024 at 6:40 p.m. Leilani Santos <leilani.santos@example.com> wrote:
> Hi Dana, just wanted to let you know I accepted a Patient Care Coordinator
> position at Harbourfront Health, so please take me off the list for the
> intake role. Thank you for all your help!`, `Re: Update from Leilani`),

  other(`Hi Leilani,

I hope this finds you well. I'm a recruiter with Northlight Health Careers, and I noticed your profile mentions both an RPN background and health office administration training.

One of our clients, a busy multi-physician family practice in Markham, is looking for a Practice Manager to oversee a team of six administrative staff and the clinic's EMR and billing. The role pays $70,000-$78,000 plus benefits. Your nursing background would give you real credibility with the physicians and nurses.

Would you be open to a confidential conversation this week?

Best regards,
Aaron Feldman
Principal Recruiter, Northlight Health Careers`, `Practice Manager opportunity - Markham`),

  rej('application', ['role_closed'], { ...door }, `<div style="font-family:Arial;font-size:13px">
<p>Dear Leilani Santos,</p>
<p>Thank you for your interest in employment opportunities at Midtown General Hospital.</p>
<p>We are writing to inform you that the following position has been cancelled and will not be filled at this time:</p>
<p><b>Unit Clerk - Ambulatory Surgery (Requisition 24-0831)</b></p>
<p>As a result, your application for this position will no longer be considered.</p>
<p>Your candidate profile will remain active in our system, and we encourage you to apply for other opportunities posted on our <a href="https://midtowngeneral.taleo.net/careersection/2/jobsearch.ftl">career site</a> that match your skills and interests.</p>
<p>Sincerely,<br>Human Resources<br>Midtown General Hospital</p>
</div>`, `Midtown General Hospital - Requisition 24-0831`),

  other(`Hi Leilani,

Just a quick note from the Cardiology Ambulatory Clinic team: we're all looking forward to having you with us!

After Corporate Orientation on November 18, you'll spend your first two weeks shadowing Nora on the clinic's front desk and referral intake. Your network login and Epic training sessions (Cadence scheduling and Prelude registration) are booked for November 19 and 20; you'll receive separate emails from IT with your temporary password.

See you soon,
Dr. Amir Haddad
Patient Care Manager, Cardiology Ambulatory Clinic
Harbourfront Health Sciences Centre`, `Looking forward to your start`),
];
