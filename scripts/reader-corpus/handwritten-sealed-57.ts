/**
 * Sealed messages of the fifty-seventh round, in two parts. The first part is a spread of declines from employers of
 * every size: a hospital and a credit union, health-tech, fintech, logistics and SaaS companies, an oil-and-gas firm,
 * builders, architects, a bank's graduate scheme, a water company, an SAP consultancy in India, a German wholesaler, a
 * South African mine and grain co-operative, a ski resort, a pub, a school, an NHS trust, a county council, a police
 * force, the Canadian public service, the UK civil service, universities and a community foundation, in American,
 * British, Irish, Indian, Australian, New Zealand, Canadian and South African English. They come from tracking systems
 * (Greenhouse, Lever, Workday, iCIMS, Taleo, SmartRecruiters, Ashby, Teamtailor), template letters, agency recruiters
 * passing on a client's answer, founders and hiring managers writing by hand, and long formal letters with the reason,
 * the feedback, the offer of feedback or the open door in the middle of a paragraph. They cover every stage (CV screen,
 * recruiter call, coding test, take-home, case study, behaviour test, right-to-work check, interview, second round,
 * final round, onsite, assessment centre) and every reason, several with two; some are raw HTML (paragraphs, a table
 * layout, links, footers, a survey link), some answer a follow-up above the quoted Gmail or Outlook history, one is a
 * referral notice forwarded by the referrer and one a client's reply forwarded by an agency; a few processes are paused.
 * The second part is three months of one person's inbox, August to October: Ana Faleolo, a civil engineer with four
 * years of stormwater and roading design at a small Auckland consultancy, applying to consultancies, contractors,
 * councils, a water utility and a road alliance, directly and through an agency. Next to the declines (psychometric
 * results, relocation, an entry-level role, hydraulic-modelling experience, an internal applicant, package, a
 * withdrawn vacancy, a filled final round) and a road alliance's pause comes the mail that looks like them but is not:
 * acknowledgements (one says to assume the worst after four weeks), "we'll be in touch" updates, status-change and
 * "application viewed" notices, interview and assessment invitations, reminders and reschedules, job alerts, a
 * newsletter on coping with rejection, a webinar notice, recruiter pitches, a candidate survey, a referee request and a
 * reference request, a withdrawal confirmation, and an offer from the water utility with its follow-ups (signing,
 * vetting and drug test, start date, onboarding).
 *
 * Labelling choices: the stage is the furthest step the message names as having happened; a step named as not reached
 * ("not invited to interview", "won't move you to the onsite") does not count. A recruiter's or HR call is screen; a
 * right-to-work check with no interview is assessment; an assessment centre or day called final, an onsite and a
 * finalists' round are final; a second round not called final is interview. In a thread the newest message is
 * labelled; the stage it names may come from the history it answers only when the newest message refers to it. An
 * offer made or accepted, or a post filled, is position_filled; "went with another candidate" alone is generic; "an
 * internal candidate" without offer wording is internal_candidate alone; a role cut back and covered by existing staff
 * is role_closed and internal_candidate. A named requirement the candidate lacks (a platform, a licence, a language
 * level, a certificate, domain experience) is skills_gap with feedback; "other candidates matched more closely" or
 * "your profile does not match" is profile_mismatch. Working style (async, unstructured, individual versus team) is
 * culture_fit even where remote or office work is mentioned; visa, residency, relocation and onsite days are location.
 * Salary and overqualification with the candidate's own figures are feedback. A test result without detail is
 * assessment without feedback. A paused or delayed process with no decline is on_hold: a freeze or paused budget is
 * role_closed, a delay for panel availability is generic; a normal timeline ("we'll be in touch by the 12th") is other.
 * doorOpen: apply again, talent pool, CV on file, "we'll reach out when a role opens" (also from a referrer inside the
 * company or an agency recruiter promising other roles); a retention-policy note, "good luck" or "let's get coffee"
 * alone is not. "We are unable to provide feedback" is not an offer. Acknowledgements, invitations, the offer and
 * its follow-ups, a withdrawal confirmation and a newsletter quoting rejection lines are other.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s57-');

export const HANDWRITTEN_SEALED_57: readonly CorpusLine[] = [
  // ── Part one: declines from many employers
  // After the application
  rej('application', ['generic'], {},
    `Hi Marcus,

Thank you for your interest in Brightline Health and for applying to the Revenue Cycle Analyst position.

We've reviewed your application and unfortunately we will not be moving forward at this time.

We appreciate you taking the time to apply and wish you every success in your job search.

Best,
Brightline Health Recruiting

--
Sent via Greenhouse. Please do not reply directly to this email.`, 'Update on your application to Brightline Health'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Sofía,

Thanks so much for applying for the Lifecycle Marketing Manager role at Parcelhive, and for your patience while we reviewed applications.

We had a lot of strong candidates and, after going through everything carefully, we've decided to move ahead with people whose experience is a closer match to what we need on the team right now.

This isn't a reflection of your talent. We'll hold on to your profile, and if something opens up that looks like a better fit we'll get in touch.

Warmly,
Tamsin Oduya
Talent Partner, Parcelhive`, 'Parcelhive — Lifecycle Marketing Manager'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Rahul,

Thank you for applying for the position of SAP FICO Consultant (JR-22914) with Meridian Tech Services.

We have carefully reviewed your profile against the requirements of the role. Your profile indicates around three years of S/4HANA exposure, whereas this position requires a minimum of six years of hands-on S/4HANA implementation experience, including at least two end-to-end rollouts. We are therefore unable to take your application forward at this stage.

We thank you for your interest in Meridian and wish you success in your career.

Regards,
Talent Acquisition Team
Meridian Tech Services Pvt. Ltd.

This is a system-generated mail. Please do not reply.`, 'Your application for SAP FICO Consultant - JR-22914'),

  rej('application', ['position_filled'], { ...door },
    `Dear Kayla Brooks,

Thank you for your interest in the Patient Access Representative position (Req #2025-14471) at Saint Anselm Medical Center.

We wanted to let you know that this position has been filled. We appreciate the time and effort you put into your application.

We encourage you to visit our careers site regularly and to apply for any future positions for which you feel qualified.

Sincerely,
Human Resources
Saint Anselm Medical Center

Please do not reply to this message; this mailbox is not monitored.`, 'Patient Access Representative - Req #2025-14471'),

  rej('application', ['role_closed'], {},
    `Dear Dimitri Papadakis,

Re: Requisition 250031877 - Senior Reliability Engineer - Houston, TX

Thank you for your interest in career opportunities with Gulfmark Energy Partners.

Due to a change in business needs, this requisition has been cancelled and we are no longer recruiting for this position. As a result, your application will not be considered further.

We thank you for your interest in Gulfmark Energy Partners.

Sincerely,
Gulfmark Talent Acquisition

*** This is an automated message generated by Taleo. Please do not reply. ***`, 'Gulfmark Energy Partners - Requisition 250031877'),

  rej('application', ['location'], { ...fb },
    `Hi Joseph,

Thank you for your application for Customer Success Manager (London, hybrid) at Fernleaf Software.

In your application you indicated that you would require visa sponsorship to work in the UK. Unfortunately, we are not able to sponsor visas for this role, so we won't be able to progress your application.

We appreciate your interest in Fernleaf and wish you the very best of luck.

Kind regards,
Fernleaf People Team

Fernleaf Software Ltd · 14 Leonard Street, London EC2A 4AQ
You are receiving this email because you applied for a position via SmartRecruiters.`, 'Your application to Fernleaf Software'),

  // After a recruiter or phone screen
  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Elena,

Thanks again for taking the time to chat with me on Tuesday. I really enjoyed hearing about your work on the pricing engine at Vantor.

I've talked it through with Jonas (our Head of Engineering). The range you shared (€110–120k base) is well above the band we've set for this role, which tops out at €88k, and we aren't in a position to stretch it that far. Given that gap, we don't think it makes sense to continue the process for this position.

That said, we're planning to open a Staff Engineer role in the new year, which would come with a different band. If you're open to it, I'd love to reach out when that goes live.

All the best,
Mira

Mira Kovač · Recruiting · Tallyroute
Sent with Ashby`, 'Tallyroute — Senior Backend Engineer'),

  rej('application', ['generic'], { ...door },
    `Hi Lukas,

Thank you for applying for the role of Junior Backend Developer at Norrsken Labs!

We have now completed the first selection and, unfortunately, you have not been selected to proceed in the process this time. We received many applications and the competition was tough.

With your permission we'd like to keep your application in our talent pool for 12 months, so that we can contact you if a suitable opportunity comes up. If you would rather we delete your details, you can do so via the link below.

Best regards,
Norrsken Labs

Manage your data: https://norrskenlabs.teamtailor.com/connect/preferences
Powered by Teamtailor`, 'Junior Backend Developer at Norrsken Labs'),

  rej('screen', ['internal_candidate'], { ...door },
    `Hi Grace,

Hope you're well. Just a quick one to update you on the Finance Business Partner role at the housing association.

Thanks for your time on the phone last week — I passed your details across with a strong recommendation. Unfortunately I heard back this morning that they've decided to go with an internal applicant who has been covering the role on an interim basis, so they're not taking any external candidates further.

Really sorry it's not better news. I've got a couple of similar roles coming through in the next few weeks and I'll be in touch as soon as they land.

Best,
Owen Harries
Senior Consultant – Finance & Accounting
Castlegate Recruitment | Cardiff`, 'Finance Business Partner - update'),

  // After interviews, by hand
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Tomasz,

Thanks for spending the afternoon with us on Thursday, and for being so open about the things you'd do differently on the payments migration. The team enjoyed the conversation.

I'm sorry to say we won't be moving you forward. The deciding factor was production Kubernetes: this role will own our cluster operations from day one, and across the interviews it was clear your hands-on experience is mostly with ECS and managed container services rather than running Kubernetes yourself.

If it'd be helpful, I'm happy to jump on a quick call and go through the rest of the panel's notes.

Cheers,
Niamh
Engineering Manager, Platform — Corrib Pay`, 'Platform Engineer - next steps'),

  rej('interview', ['culture_fit'], { ...fb },
    `hey Ravi,

thanks for coming by the office on Friday and meeting everyone. I'll be straight with you because I'd want the same: we're not going to make an offer.

It's not about ability. We're five people, nothing is written down, and priorities change every week. When we talked, you said a couple of times that you do your best work with a clear spec and a well-defined process, and honestly we don't have that and won't for a while. I think it would be frustrating on both sides.

Good luck out there — I'm sure you'll land somewhere great.

Ollie
founder, Stackpot

Sent from my iPhone`),

  rej('final', ['position_filled'], { ...offered },
    `Dear Dr Adeyemi,

Lecturer in Environmental Chemistry (Ref: SCI-0425)

Thank you for attending the interview day on 14 May, including your presentation to the School and the meeting with the panel. We appreciate the considerable preparation that went into it.

I am writing to let you know that, following the final interviews, an appointment has been made and I am therefore unable to offer you the post on this occasion.

Should you wish to receive feedback from the panel, please contact Professor Aileen Moran, Head of School, who will be happy to arrange a conversation.

Thank you again for your interest in the University.

Yours sincerely,

Claire Fitzgerald
HR Officer (Recruitment)
University of the Western Shore`, 'Lecturer in Environmental Chemistry (Ref: SCI-0425)'),

  // After a test or check
  rej('assessment', ['assessment'], { ...fb },
    `Dear Hannah Lowe,

Application for: Policy Adviser (HEO) – Department for Rural Affairs – Ref 389112

Thank you for taking part in the online assessment for this vacancy.

We are sorry to inform you that your application has not been successful on this occasion. Candidates needed to achieve a score of at least 4 in each of the behaviours assessed. Your scores were:

Behaviour – Making Effective Decisions: 3
Behaviour – Communicating and Influencing: 4
Civil Service Judgement Test: Pass

As you did not meet the minimum score for Making Effective Decisions, we are unable to progress you to interview.

Kind regards,
Government Recruitment Service

Please do not reply to this email. This mailbox is not monitored.`, 'Policy Adviser (HEO) - Ref 389112 - outcome'),

  // Raw HTML
  rej('application', ['profile_mismatch'], { ...door },
    `<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Chloe,</p>
<p>Thank you for your interest in the <b>Graduate Quantity Surveyor</b> role at <a href="https://careers.harlowbuild.co.uk">Harlow Build Group</a>.</p>
<p>We have now reviewed all applications and, on this occasion, we have decided not to progress your application. We received applications from candidates whose experience more closely matched the requirements of the role.<br><br>
We will retain your details on our talent database for twelve months and may contact you should a suitable vacancy arise.</p>
<p>Kind regards,<br>
Early Careers Team<br>
Harlow Build Group</p>
<hr>
<p style="font-size:10px;color:#888888">Harlow Build Group plc, registered in England &amp; Wales No. 04411829. <a href="https://careers.harlowbuild.co.uk/privacy">Privacy notice</a> | <a href="https://careers.harlowbuild.co.uk/unsubscribe?c=88123">Unsubscribe</a></p>
</body></html>`, 'Your application – Graduate Quantity Surveyor'),

  rej('interview', ['generic'], { ...door },
    `<table width="600" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td><img src="https://cdn.example-ats.com/logos/northpoint.png" alt="Northpoint Logistics" width="180"></td></tr>
<tr><td style="padding:20px;font-family:Verdana,sans-serif">Hi Andre,<br><br>Thank you for taking the time to interview for the <strong>Transportation Planner</strong> position with Northpoint Logistics. We enjoyed learning more about you.<br><br>After careful consideration, we have decided to pursue other candidates at this time.<br><br>We encourage you to apply for future openings with Northpoint that match your skills and interests.<br><br>Regards,<br>Northpoint Logistics Talent Acquisition</td></tr>
<tr><td style="font-size:11px;color:#999999;padding:20px">&copy; 2025 Northpoint Logistics. All rights reserved.<br><a href="https://careers-northpoint.icims.com/jobs">Careers</a> | <a href="https://careers-northpoint.icims.com/privacy">Privacy</a></td></tr>
</table>`, 'Northpoint Logistics - Transportation Planner'),

  // Replies above quoted history
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Beatriz,

So sorry for going quiet — it's been a hectic couple of weeks. Thank you for following up.

We finished the second-round interviews last Friday and have decided to go with another candidate. In the end it came down to clinical trial data: she has spent four years on CDISC/SDTM submissions, and the panel felt your background in registry and observational data, while strong, would need a lot of ramp-up for the submissions work this team does.

I'd genuinely like to keep in touch — we'll have another statistical programmer opening in Q1 and I'll reach out when it's posted.

Best,
Rachel

On Mon, 9 Jun 2025 at 08:42, Beatriz Lima <beatriz.lima@example.com> wrote:
> Hi Rachel,
>
> I hope you had a good weekend. I just wanted to check in on the Statistical Programmer role — I really enjoyed meeting Dev and Priya in the second round on the 23rd and I'm still very keen.
>
> Is there any update on timing?
>
> Thanks,
> Beatriz`, 'Re: Statistical Programmer - checking in'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi James,

Thanks for your note, and sorry it's taken me a few days to come back to you.

Having now seen all of the shortlisted candidates, we won't be inviting you through to the final stage. Other candidates were a closer match for what we need, and it was a close call.

If you'd find it useful to talk it through, drop me a line and we can find 15 minutes next week.

Kind regards,
Sunita Rao
Head of Operations
Alder & Finch Ltd
T: 0161 555 0192

From: James Whitlock <j.whitlock@example.co.uk>
Sent: 18 March 2025 17:04
To: Sunita Rao <sunita.rao@alderfinch.co.uk>
Subject: Thank you – Operations Manager interview

Dear Sunita,

Thank you for meeting me this afternoon. I enjoyed hearing about the plans for the Stockport site and the move to a second shift. Please let me know if you need anything further from me.

Best wishes,
James`, 'RE: Thank you – Operations Manager interview'),

  // Forwarded
  rej('application', ['position_filled'], { ...door },
    `Hey Tom,

Got this in my inbox this morning about my referral for you — gutted, sorry mate. Looks like they'd already made a hire by the time your application got looked at. I'll keep an ear out and let you know if anything else opens up in our team.

Sam

---------- Forwarded message ---------
From: Wavecrest Referrals <referrals@wavecrest.io>
Date: Tue, 4 Mar 2025 at 09:12
Subject: Update on your referral: Tom Ellery – Senior Data Analyst
To: Sam Price <sam.price@wavecrest.io>

Hi Sam,

Thanks for referring Tom Ellery for Senior Data Analyst (Req 1187). We wanted to let you know that this position has now been filled, so Tom will not be progressing.

Thanks for helping us find great people — keep the referrals coming!

Wavecrest Talent Team`, 'Fwd: Update on your referral: Tom Ellery – Senior Data Analyst'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Aisha,

I've had a response from Harbourline on the Financial Reporting Manager role — I've pasted it below so you can see exactly what they said.

It's a no for this one, I'm afraid. The IFRS 17 point is a hard requirement for them because of the implementation next year. Don't be discouraged — I've got two other insurers I want to send you to and I'll call you tomorrow about them.

Speak soon,
Callum

Callum Reid | Principal Consultant | Northgate Talent
M: 07700 900 411

-----Original Message-----
From: Fiona Grant <fiona.grant@harbourline.co.uk>
Sent: 02 April 2025 16:21
To: Callum Reid <callum.reid@northgatetalent.co.uk>
Subject: RE: Candidate – Aisha Rahman

Hi Callum,

Thanks for sending Aisha through. Her CV is strong on group consolidation and stakeholder work, but she hasn't worked under IFRS 17 and we need someone who can hit the ground running on that. We won't take her forward to interview.

Thanks,
Fiona`, 'FW: Candidate – Aisha Rahman'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Kwame,

Thank you for completing the online coding assessment for the Software Engineer II role at Lumaris.

Our engineering team has reviewed your submission. While your solutions to the first two problems were correct, the third problem (interval scheduling) timed out on the larger hidden test cases, and the overall score fell below the threshold we need to move candidates to the technical interviews. As a result, we won't be progressing your application at this time.

You're welcome to apply again in six months, and we'd be glad to see your application then.

Best regards,
Lumaris Recruiting`, 'Lumaris | Software Engineer II - assessment outcome'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...offered },
    `Hi Daniela,

Thanks for the effort you put into the take-home — we know it's a real ask on your evenings.

The reviewers liked how you structured the data model, and the README was really clear. However, the submission didn't include any tests, and the TypeScript had a lot of any types and unchecked nulls, which matters to us because the whole frontend is strictly typed. We also need someone who is already comfortable with TypeScript at that level rather than picking it up on the job. For those reasons we've decided not to move forward to the onsite interviews.

If you'd like more detailed notes from the reviewers, just reply here and I'll send them over.

Best,
Hugo
Recruiting, Fieldnote`, 'Fieldnote take-home — update'),

  rej('assessment', ['location'], { ...fb },
    `Hi Mateus,

Thanks for completing the online registration and right-to-work check for the Warehouse Operative (nights) assignments with StaffLine Direct.

Having reviewed your documents, your current visa conditions (Student visa, limited to 20 hours per week during term time) do not allow the full-time night shifts these assignments require. Unfortunately this means we can't place you on this contract.

Kind regards,
Compliance Team
StaffLine Direct – Midlands Branch`, 'Your registration with StaffLine Direct'),

  // Final rounds
  rej('final', ['position_filled', 'skills_gap'], { ...fb, ...offered, ...door },
    `Dear Chiara,

Thank you for coming to our Amsterdam office for the final round last week. I know a full day of interviews is a lot, and the team really appreciated your energy throughout.

I'm writing to let you know that we have extended an offer to another finalist, and she has accepted. The decision was very close. Where she edged ahead was hands-on experience with card issuing and scheme rules, which the panel felt you would need to build from scratch.

I'd be glad to share more detailed feedback on a call if you'd like it. And I'd really like to stay in touch: we expect to open another product role on the issuing team later this year and I'd love to talk to you when we do.

Kind regards,
Pieter van Dam
Director of Product, Kestrel Payments`, 'Kestrel Payments – Senior Product Manager'),

  // Overqualified, salary, location
  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Mr. Castellanos,

Thank you for your application for the position of Logistics Coordinator at Andes Freight Solutions.

We reviewed your CV with interest. Given your fifteen years of experience, including eight years managing regional distribution centres, we believe this coordinator-level role would not make full use of your experience or offer you the challenge you are looking for. For that reason we will not be moving forward with your application.

We would, however, encourage you to apply for our Operations Manager vacancies, which are published on our website regularly.

Yours sincerely,
Lucía Herrera
Human Resources
Andes Freight Solutions`),

  rej('interview', ['location', 'salary'], { ...fb },
    `Hi Priya,

Thank you for interviewing with us for the Senior Product Analyst role. We enjoyed meeting you and learning more about your work.

Having discussed it with the hiring team, we've decided not to move forward. The role is based in our Denver office and we aren't able to offer relocation support, which you mentioned you'd need to make the move from Atlanta. On top of that, your base salary expectation of $165k is above the range approved for this position ($125–140k).

Wishing you all the best with your search.

Best,
Alicia Moreno
Talent Acquisition, Summit Ridge Analytics`, 'Summit Ridge Analytics - Senior Product Analyst'),

  // Internal candidates and closed roles
  rej('interview', ['internal_candidate'], {},
    `Dear Siobhán,

Thank you for attending for interview for the post of Communications Officer (Grade V) on Tuesday last.

Following careful consideration, the interview board has decided to proceed with an internal candidate for this post. I regret, therefore, to inform you that you have not been successful on this occasion.

We thank you for your interest in working with Ballinure County Council and wish you every success in the future.

Is mise le meas,
Brídín Ní Bhriain
HR Manager
Ballinure County Council`, 'Communications Officer (Grade V) – Competition Ref. 2025/041'),

  rej('interview', ['role_closed'], { ...door },
    `Dear Yusuf,

Thank you for your time interviewing for the Regional Sales Manager position and for your patience over the past few weeks.

I'm writing to let you know that, following an internal restructure of our commercial team, the Regional Sales Manager role will no longer be going ahead. The responsibilities are being split across the existing account directors. I'm sorry we have had to close the process at this point.

This decision is in no way a reflection on you, and we would be very happy to consider your application again should a similar position open up in the future.

Kind regards,
Marta Kowalczyk
HR Business Partner
Veltrix Packaging Ltd`, 'Regional Sales Manager – update'),

  // Paused processes
  hold('interview', ['role_closed'], {},
    `Hi Jordan,

I wanted to give you an update on the Data Engineer role. First, thank you for your patience since your interviews with Amaka and the team.

The company has put a temporary freeze on new hires while we finalise next year's budget. That means we have to pause this search for now — no decision has been made on your candidacy, and you're still very much in the process. We expect to know more by the middle of January and I'll reach out as soon as I have news.

Sorry for the wait, and thanks for understanding.

Best,
Lena
Lena Fischer | Talent Acquisition | Orbital Grocers`, 'Data Engineer - an update on timing'),

  hold('interview', ['role_closed'], {},
    `Hi Marco,

Quick update on the Head of Finance role with the client in Reading.

They told me this morning that the board has paused the hire until after their Q2 results, so they won't be making any decisions for at least six to eight weeks. You're still their preferred candidate from the first interview and they've asked me to keep you warm, so nothing is lost — it's just on hold for now.

I'll chase them at the end of May and let you know as soon as I hear anything.

Cheers,
Sophie Marsh
Director | Oakmere Executive Search`, 'Head of Finance - Reading'),

  hold('application', ['generic'], {},
    `Dear Dr Nakamura,

Research Fellow in Computational Linguistics (Ref 24/118)

Thank you for your application for the above post. I am writing to let you know that shortlisting has been delayed owing to panel members' availability over the examination period. No decisions have yet been made, and your application remains under consideration.

We now expect to contact shortlisted candidates by 20 June. We apologise for the delay.

With best wishes,
Recruitment Team
Faculty of Arts and Humanities`, 'Research Fellow in Computational Linguistics (Ref 24/118) - delay to shortlisting'),

  // Named requirements
  rej('application', ['skills_gap'], { ...fb },
    `Dear Ms Martin,

Thank you for your application as Key Account Manager DACH at Brennwerk GmbH.

Because this role involves negotiating directly with our German and Austrian retail partners, business-fluent German (at least C1) is essential. As your CV lists German at B1 level, we are unfortunately unable to consider your application further.

We wish you all the best for your job search.

Kind regards,
Anja Becker
HR Recruiting | Brennwerk GmbH
Hamburg`, 'Ihre Bewerbung / Your application – Key Account Manager DACH'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Bec,

Thanks for taking my call yesterday about the Community Support Worker position in Ballarat.

As I mentioned, this role involves travelling between clients' homes across the region each day, and a current full (not probationary) Victorian driver licence is an essential requirement. Since you're still on your P-plates, we can't progress your application for this vacancy.

Please do apply again once you have your full licence — we're always recruiting support workers and would love to hear from you.

Thanks,
Kylie Dunstan
Recruitment Officer
Grampians Community Health`),

  // Culture fit, generic praise
  rej('final', ['culture_fit'], { ...fb, ...offered },
    `Dear Mohammed,

Thank you for taking part in the final-stage interview with our Managing Partner and the panel on Wednesday.

I'm afraid we will not be offering you the position. The panel recognised your technical ability, but our practice works in small, tightly knit studio teams and places a lot of weight on collaboration, and they felt your examples throughout the day focused mostly on individual achievement rather than on how you work with and through others. They did not feel there was a strong enough alignment with the way we work.

If you'd like to discuss this in more detail, please let me know and I'll arrange a call with the panel chair.

Kind regards,
Helen Okoye
People & Talent Manager
Brightwater Architects LLP`, 'Architectural Technologist – final interview'),

  rej('interview', ['generic'], {},
    `Hi Aaron,

Thank you so much for taking the time to meet with us last week. We were genuinely impressed with your background and really enjoyed our conversation.

After a lot of consideration, we've decided to move forward with another candidate for the Account Executive role.

We wish you the very best in your search and in everything that comes next.

Warm regards,
Jess
Jess Tran | People Ops | Hatchpoint`, 'Hatchpoint - Account Executive'),

  rej('application', ['generic'], { ...door },
    `Dear Applicant,

Thank you for applying to the 2025 Graduate Programme at Thornbury Water.

We received more than 2,300 applications for 40 places this year, and the standard was exceptionally high. We regret to inform you that you have not been selected to progress to the online tests.

We would encourage you to apply again in future years, and to keep an eye on our careers page for other opportunities.

Best wishes,
Graduate Recruitment Team
Thornbury Water plc`, 'Thornbury Water Graduate Programme 2025 – your application'),

  rej('screen', ['location'], { ...fb },
    `Hi Inês,

Thanks for the call this morning — it was great to learn about your background in B2B onboarding.

After speaking with the hiring manager, we've confirmed that this role needs to be in our Austin office at least three days a week. Since you're based in Lisbon and looking for fully remote work, we won't be able to move forward with your application.

Thanks again for your time and interest in Claybank.

Best,
Tyler
Tyler Benson, Recruiter | Claybank`),

  rej('screen', ['profile_mismatch'], {},
    `Hi Naveen,

Thank you for speaking with me on Monday about the Engineering Manager opening.

After reviewing our conversation with the hiring team, we've concluded that your experience isn't quite the right fit for what we need in this role at this stage, so we won't be moving forward.

We appreciate your interest in Quillstack and wish you the best of luck.

Regards,
Dana Whitfield
Technical Recruiter, Quillstack`, 'Quillstack - Engineering Manager'),

  // Long formal letters
  rej('interview', ['generic'], { ...door },
    `Dear Miss Adebayo,

Post: Band 5 Occupational Therapist – Community Rehabilitation Team
Reference: 301-CR-2519-A

Thank you for attending for interview on Thursday 12 June. On behalf of the interview panel I would like to thank you for the time and effort you put into your preparation.

I am sorry to inform you that on this occasion your application has not been successful. The panel interviewed a number of candidates for this post and the decision was a difficult one. We would very much encourage you to apply for future vacancies with the Trust, and we hope you will continue to look at our current opportunities on NHS Jobs, as we regularly advertise posts in community and acute therapy services. Please be aware that, in line with our retention policy, your application details will be held for twelve months after the closing date and will then be securely destroyed.

Any travel expenses you incurred in attending for interview can be claimed using the enclosed form; please return it to the Recruitment Team within one month.

Thank you once again for your interest in working for the Trust.

Yours sincerely,

Recruitment Team
Eastmoor Community Health NHS Foundation Trust`, 'Outcome of interview – 301-CR-2519-A'),

  rej('final', ['assessment'], { ...fb, ...offered },
    `Dear Oliver,

Thank you for attending the final assessment centre for the 2025 Risk & Compliance Graduate Programme at Harrowgate Bank on 27 February.

Having reviewed your performance across all of the exercises, we regret to inform you that we will not be offering you a place on the programme. Your group exercise score was one of the strongest on the day, but your case study presentation fell below the benchmark, particularly in the analysis of the credit data, and your overall score was therefore not high enough for an offer. If you would like more detailed feedback on your assessment centre performance, please reply to this email within 14 days and a member of the team will arrange a short call with you. Because of the volume of candidates, we are unable to offer feedback after this period.

We know how much effort goes into reaching this stage, and we thank you for your interest in Harrowgate Bank.

Kind regards,
Early Careers Team
Harrowgate Bank plc`, 'Harrowgate Bank – Assessment Centre outcome'),

  rej('application', ['location'], { ...fb, ...door },
    `Dear Mr Horvat,

Application Reference: PC-2025-04417 – Police Constable Degree Apprenticeship

Thank you for your interest in joining Westvale Police.

Your application has been reviewed against our eligibility criteria. Applicants for police officer roles must have been resident in the UK for a continuous period of three years immediately prior to applying. From the information you provided, you have been resident in the UK since August 2023, and we are therefore unable to progress your application.

You may wish to reapply once you meet the residency requirement.

Yours sincerely,
Recruitment & Vetting Team
Westvale Police`, 'Westvale Police – Application PC-2025-04417'),

  rej('application', ['position_filled'], {},
    `Dear Applicant,

Re: Postdoctoral Research Associate in Soil Microbiology (Job ID 7741)

Thank you for your application for the above position. The selection process is now complete and the position has been filled.

We are sorry to inform you that you were not shortlisted for interview. Owing to the large number of applications received, we are unable to provide individual feedback.

We thank you for your interest in the University.

Human Resources
Lakeshore University`, 'Job ID 7741 – Postdoctoral Research Associate'),

  rej('interview', ['role_closed', 'internal_candidate'], {},
    `Hi Farah,

Thanks for interviewing for the Customer Insights Lead role last month, and sorry for the long silence.

There's been a change of plan on our side. Following a review of the team's budget, the role has been reduced to a part-time, 12-month position, and it will be covered by a member of the existing insights team rather than an external hire. That means we won't be able to continue with your application.

Thanks again for your time and interest.

Kind regards,
Beth Lyons
Talent Acquisition Partner, Greenway Retail`, 'Customer Insights Lead'),

  rej('assessment', ['assessment'], { ...door },
    `Hi Sara,

Thank you for completing the online assessment for the Customer Service Advisor role at Nordhavn Travel.

Unfortunately, based on your results, we are not able to take your application further at this time.

You are welcome to apply again in 12 months' time.

Best regards,
Nordhavn Travel Recruitment

Powered by Teamtailor`, 'Customer Service Advisor – Nordhavn Travel'),

  // Short ones
  rej('interview', ['generic'], {},
    `Hi Ben — thanks for coming in Tuesday. We've decided to go with someone else for the bar manager job. Appreciate your time. — Jules, The Copper Kettle`, 'bar manager'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Wei,

Of course — happy to share. To recap, we've decided not to move forward with your application for the Senior UX Researcher role, but you asked for feedback, so here is what the panel noted.

Your portfolio presentation was well structured and the panel liked the diary study. Where it fell short was quantitative research: the role involves designing and analysing large-scale surveys and running A/B test reads with the analytics team, and when we asked about sample sizes and significance you weren't able to go into much depth. That was the main deciding factor.

We'd be glad to see you apply again for future research roles, especially as we grow the qualitative side of the team.

Best,
Holly

On Thu, 15 May 2025, 19:03 Wei Zhang <wei.zhang@example.com> wrote:
> Hi Holly,
>
> Thanks for letting me know. I'm disappointed but I appreciated the process. Would you be able to share any feedback from the panel interview? It would really help me with future applications.
>
> Best,
> Wei
>
> On Wed, 14 May 2025 at 11:20, Holly Grant <holly@tidewell.com> wrote:
>> Hi Wei,
>> Thanks for interviewing with us. Unfortunately we've decided not to move forward with your application for the Senior UX Researcher role. Thanks again for your time.
>> Holly`, 'Re: Senior UX Researcher'),

  rej('application', ['position_filled'], { ...door },
    `Hi Callum,

Thanks so much for applying to join the crew at Snowline Resorts for the 2025 winter season!

We've now filled all of our lift operator positions for this season, so we won't be able to offer you a role this time round.

We'll keep your details on file, and recruitment for next season opens in February — we'd love to see your application again.

Cheers,
Snowline Resorts Recruitment Team
Queenstown`, 'Snowline Resorts – Lift Operator 2025'),

  rej('application', ['location'], { ...fb },
    `Dear Samira Haddad,

Thank you for your interest in the position of Program Officer (PM-02), selection process 25-ESD-NCR-118.

Your application has been assessed against the essential qualifications and the conditions of employment. This selection process is open only to persons residing in Canada and to Canadian citizens and permanent residents abroad. Based on the information provided in your application, you reside in Lebanon and are neither a Canadian citizen nor a permanent resident, so you do not meet the area of selection and your application will not be given further consideration.

Thank you for your interest in the public service.

GC Jobs – Public Service Resourcing System
This is an automated message. Please do not reply.`, 'Selection process 25-ESD-NCR-118 – Program Officer (PM-02)'),

  rej('screen', ['overqualified', 'salary'], { ...fb },
    `Hi Gabriel,

Really enjoyed our call yesterday — thank you for being so generous with your time.

I've thought about it a lot, and I don't think we're the right place for you at this point. You've led teams of 30+ and run a P&L, and this role is a hands-on ops generalist reporting to me; I think you'd outgrow it within months. And honestly, we're pre-seed, so what we can pay is nowhere near what someone with your experience should be earning.

Hope that makes sense. Best of luck, and let's grab a coffee if you're ever in Bristol.

Nadia
Co-founder, Fernbrook`, 'Ops role at Fernbrook'),

  rej('application', ['skills_gap'], { ...fb },
    `<p>Dear Lerato,</p><p>Thank you for your interest in the <strong>Mine Overseer (Underground)</strong> position at Karee Platinum (Pty) Ltd.</p><p>We regret to inform you that your application was unsuccessful. Kindly note that this position requires a Mine Overseer's Certificate of Competency or a Government Certificate of Competency (GCC) in Mine Management, and your application did not include either certificate.</p><p>We wish you success in your future endeavours.</p><p>Kind Regards,<br/>Karee Platinum Talent Acquisition<br/>Rustenburg</p><p style="font-size:9px;color:#777777">This e-mail and any attachments are confidential and intended solely for the addressee. <a href="https://kareeplatinum.taleo.net/careersection/jobalert/unsubscribe">Unsubscribe from job alerts</a></p>`, 'Karee Platinum: Mine Overseer (Underground) - Req 25-0312'),

  // A status change that is a decline
  rej('application', ['generic'], {},
    `Hello Denise,

The status of your application for Payroll Specialist (Req 14482) at Harbor Point Credit Union has been updated.

Status: No longer under consideration

Thank you for your interest in Harbor Point. You can log in to your candidate profile at any time to view the status of your applications.

Harbor Point Credit Union
Human Resources`, 'Application Status Update – Req 14482 Payroll Specialist'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Kenji,

Thank you for taking the time to interview for the Supply Chain Analyst role at Altamira Foods. We appreciate your interest in joining our team.

After careful consideration, we have decided to move forward with other candidates whose qualifications better meet our needs at this time.

Please note that, due to the volume of applicants, we are unable to provide individual feedback.

We wish you success in your career search.

Sincerely,
Altamira Foods Talent Acquisition`, 'Altamira Foods – Supply Chain Analyst'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Ms. Patel,

Thank you for your interest in the Clinical Research Coordinator position at Riverbend Oncology Associates.

We have reviewed your résumé carefully. Although your qualifications are impressive, we have determined that your background does not align closely enough with the needs of this position.

We will keep your résumé on file for six months and will contact you if an opening arises that better matches your experience.

Sincerely,
Karen Liu
HR Generalist
Riverbend Oncology Associates`),

  rej('application', ['profile_mismatch'], {},
    `Dear Candidate,

Greetings from Sunrise Infosolutions!

Thank you for showing interest in the Java Developer opening at our Pune location. We regret to inform you that your profile does not match the current requirement and hence we will not be able to take it forward.

We appreciate your interest in Sunrise Infosolutions and wish you all the best for your future endeavours.

Thanks & Regards,
Talent Acquisition Team
Sunrise Infosolutions Ltd.`, 'Application status - Java Developer - Pune'),

  rej('final', ['internal_candidate'], { ...door },
    `Hi Marisol,

Thank you for making it through to the final round for the Director of Development position and for the time you spent with our board chair and executive director last week.

After much deliberation, the search committee has decided to move forward with an internal candidate, a member of our staff who has been leading our major gifts program. This was a very difficult decision, and you were one of only two finalists.

We would love to keep in touch and will reach out if another senior role opens at the Foundation.

With gratitude,
Denise Albright
Chief of Staff, Cedar Hollow Community Foundation`, 'Director of Development search'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hi Tessa,

Thanks for the video call on Wednesday — I enjoyed hearing about your time at the agency.

I've spoken with the team, and we've decided not to progress your application. We're a fully remote, async-first company: most decisions happen in writing, and people are expected to set their own priorities with very little check-in. From our conversation, it sounded like you do your best work with frequent in-person collaboration and a manager close by, and we don't think our way of working would suit you.

Wishing you all the best,
Marek
People Team, Driftwood`, 'Driftwood – Content Designer'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Thandiwe,

Thank you for attending the interview for the position of Financial Accountant at Mthatha Grain Co-operative on 3 July.

We regret to advise that your application was not successful. The panel found that other candidates were stronger overall for this position.

We will keep your CV on our database and will contact you should a suitable vacancy become available.

Kind regards,
Human Resources Department
Mthatha Grain Co-operative Ltd`, 'Financial Accountant – interview outcome'),

  rej('application', ['generic'], {},
    `<div style="max-width:560px;margin:0 auto;font-family:Helvetica,Arial,sans-serif;color:#111827">
<p>Hi Noor,</p>
<p>Thanks for applying for <strong>Operations Associate</strong> at Kitebird. We've reviewed your application and decided not to move forward at this time.</p>
<p>We really appreciate your interest in Kitebird.</p>
<p>— The Kitebird Team</p>
<p style="font-size:12px;color:#6b7280">How did we do? <a href="https://jobs.ashbyhq.com/kitebird/survey?id=a81f">Take our 2-minute candidate survey</a></p>
<p style="font-size:11px;color:#9ca3af">Kitebird Inc. · 535 Mission St, San Francisco, CA 94105<br>Powered by <a href="https://www.ashbyhq.com">Ashby</a></p>
</div>`, 'Your application to Kitebird'),

  rej('application', ['salary'], { ...fb },
    `Dear Conor,

Thank you for applying for the role of Quality Engineer with Shannonside Medical Devices.

We have reviewed your application carefully. The salary expectation you stated on your application form (€78,000) is significantly higher than the budgeted range for this role, and for that reason we will not be progressing your application at this time.

We wish you every success in your career.

Kind regards,
Talent Team
Shannonside Medical Devices, Limerick`, 'Quality Engineer – Shannonside Medical Devices'),

  rej('interview', ['position_filled', 'profile_mismatch'], { ...offered },
    `Dear Ms Fenwick,

Thank you for coming to St Aidan's on Monday and for teaching the Year 9 lesson as part of the interview.

The panel has now offered the post of Teacher of Geography to another candidate, who has accepted, and whose experience more closely matched the needs of the department. I am sorry to disappoint you on this occasion.

If you would like feedback on your lesson or interview, please contact me and I will arrange a time to talk.

Yours sincerely,

Mr D. Hartley
Headteacher
St Aidan's Church of England Academy`, 'Teacher of Geography'),

  rej('application', ['generic'], {},
    `Dear Mr O'Brien,

Re: Senior Planning Officer (Development Management) – Ref: PLN/25/014

Thank you for your application for the above post. The shortlisting panel has now met and I regret to inform you that you have not been shortlisted for interview on this occasion.

Due to the high number of applications received, we are unable to provide feedback at the shortlisting stage.

Thank you for your interest in working for the Council.

Yours sincerely,

People Services
Northfold Borough Council`, 'Senior Planning Officer – Ref PLN/25/014'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Leo,

Thanks for completing the written case study for the Associate role at Halden & Rowe — we know it takes a good chunk of a weekend.

After reviewing your submission, the team has decided not to invite you to the first-round interviews. Your market sizing was well reasoned, but the recommendations section didn't connect back to the client's profitability question, which was the core of the case.

Feel free to reach out if you'd like to know more about how we assessed it; I'm happy to talk it through.

Best,
Priyanka Sethi
Recruiting Coordinator, Halden & Rowe`, 'Halden & Rowe – case study'),

  // ── Part two: Ana Faleolo, civil engineer in Auckland, August to October
  // 4 Aug — job alert
  other(`Hi Ana,

14 new jobs match your saved search "civil engineer" in Auckland.

Intermediate Civil Engineer – Three Waters
Kōwhai Consulting Engineers · Auckland CBD · $95,000 – $115,000
Posted 2d ago

Civil Engineer – Transport & Roading
Tasman Infrastructure Group · Penrose, Auckland
Posted 3d ago

Project Engineer – Water Networks
Rangitoto Water · Newmarket, Auckland · Full time
Posted 4d ago

View all 14 jobs: https://www.seek.co.nz/civil-engineer-jobs/in-Auckland

You're receiving this email because you created a job alert. Manage or unsubscribe from alerts in your SEEK profile.`, '14 new civil engineer jobs in Auckland'),

  // 5 Aug — acknowledgement
  other(`Kia ora Ana,

Thank you for applying for the Civil Engineer – Transport & Roading role (R-10482) at Tasman Infrastructure Group.

We've received your application and our Talent team will review it alongside the requirements of the role. If your experience is a good match, we'll be in touch about next steps, which may include online assessments and interviews.

You can track the progress of your application at any time by signing in to your candidate home.

Ngā mihi,
Tasman Infrastructure Group Talent Acquisition

This message was sent from Workday. Please do not reply.`, 'We received your application: Civil Engineer – Transport & Roading'),

  // 6 Aug — acknowledgement
  other(`Hi Ana,

Thanks for applying for Project Engineer – Water Networks at Rangitoto Water. We're excited that you're interested in joining us.

Our recruitment team and the hiring manager will review all applications once the role closes on 15 August. We aim to let every applicant know the outcome, and if you're shortlisted we'll contact you to arrange an interview.

In the meantime, you can find out more about our work on the Central Interceptor and network renewals at rangitotowater.co.nz/careers.

Ngā mihi nui,
Recruitment Team
Rangitoto Water`, 'Thanks for your application – Project Engineer, Water Networks'),

  // 7 Aug — recruiter pitch
  other(`Hi Ana,

I hope you don't mind me reaching out directly. I came across your profile on LinkedIn and your background in stormwater and roading design caught my eye.

I'm working with a well-established consultancy client who are growing their land development team. It's an Intermediate Civil Engineer role with a clear path to CPEng, flexible hours and a salary of up to $120k depending on experience. The position could be based in Auckland or Hamilton.

Would you be open to a quick, confidential chat this week? Let me know a time that suits and I'll give you a call.

Cheers,
Daniel Whitcombe
Senior Consultant – Civil & Infrastructure
Sterling Engineering Recruitment
M: 021 555 0187`, 'Intermediate Civil Engineer opportunity – quick chat?'),

  // 11 Aug — decline
  rej('application', ['generic'], {},
    `Hi Ana,

Thank you for your interest in the Intermediate Civil Engineer – Three Waters role at Kōwhai Consulting Engineers.

We've now reviewed all applications, and unfortunately we won't be progressing your application on this occasion.

We appreciate the time you took to apply and wish you all the best with your job search.

Ngā mihi,
Kōwhai Consulting Engineers
People & Culture`, 'Your application with Kōwhai Consulting Engineers'),

  // 12 Aug — acknowledgement that warns of silence
  other(`Tēnā koe Ana,

Application reference: HDC-2025-0877 – Development Engineer

Thank you for your application for the above position with Hauraki District Council. This email confirms that your application has been received.

Applications close on 22 August. Shortlisting will take place after the closing date, and shortlisted applicants will be contacted to arrange an interview. Due to the volume of applications we receive, if you have not heard from us within four weeks of the closing date, please assume that your application has been unsuccessful on this occasion.

Ngā mihi,
People & Capability Team
Hauraki District Council

This is an automated email; please do not reply.`, 'Application received – HDC-2025-0877 Development Engineer'),

  // 13 Aug — assessment invitation
  other(`Hi Ana,

Thank you for your interest in the Civil Engineer – Transport & Roading role. We'd like to invite you to complete the next step in our selection process: two short online assessments.

• Numerical reasoning (approx. 20 minutes)
• Work styles questionnaire (approx. 15 minutes)

Please complete both assessments by 11:59pm on Sunday 17 August using the link below. We recommend doing them somewhere quiet, on a laptop or desktop rather than a phone.

Start your assessments: https://assessments.tasmaninfra.example/invite/7Q2K9

If you need any adjustments, just reply to this email.

Good luck!
Tasman Infrastructure Group Talent Acquisition`, 'Next step: online assessments for Civil Engineer – Transport & Roading'),

  // 15 Aug — agency decline after a call
  rej('screen', ['location'], { ...fb, ...door },
    `Hi Ana,

Great to talk on Wednesday and thanks for being so clear about what you're after.

I've spoken to the client since. Unfortunately they've confirmed the role has to be based in their Christchurch office — the Hamilton option has fallen through — and as you said you're not looking to move south, I won't be putting you forward for this one.

I've got a good feel for what you want now, so I'll keep an eye out and get in touch when something comes up in Auckland.

Cheers,
Daniel

Daniel Whitcombe | Sterling Engineering Recruitment`, 'Re: Intermediate Civil Engineer opportunity – quick chat?'),

  // 16 Aug — reminder
  other(`Hi Ana,

This is a friendly reminder that your online assessments for Civil Engineer – Transport & Roading (R-10482) are due by 11:59pm tomorrow, Sunday 17 August.

Status:
Numerical reasoning – Not started
Work styles questionnaire – Not started

Unfortunately we can't extend the deadline, so please complete both assessments before then: https://assessments.tasmaninfra.example/invite/7Q2K9

Tasman Infrastructure Group Talent Acquisition`, 'Reminder: your assessments are due tomorrow'),

  // 18 Aug — interview invitation
  other(`Hi Ana,

Thanks again for applying for Project Engineer – Water Networks. We've reviewed your application and we'd love to meet you!

We'd like to invite you to a first interview with Mereana Hōhaia (Network Delivery Manager) and Josh Tait (Senior Project Engineer). It will be about an hour, at our Newmarket office, and will include a chat about one of your recent projects.

Could you let me know which of these times suits?
• Thursday 21 August, 10:00am
• Thursday 21 August, 2:00pm
• Friday 22 August, 9:30am

Ngā mihi,
Hannah Kereama
Recruitment Advisor, Rangitoto Water`, 'Interview invitation – Project Engineer, Water Networks'),

  // 19 Aug — newsletter
  other(`CIVIL CAREERS AOTEAROA — August newsletter

In this issue:
1. "We regret to inform you…": turning rejection into your next opportunity
2. Salary survey 2025: what intermediate civil engineers are earning
3. Chartership corner: your first practice area statement

1. "We regret to inform you…"
Every engineer we spoke to for this piece has a folder of emails that start with "Unfortunately, we will not be moving forward with your application". The difference between those who bounce back quickly and those who don't? They ask for feedback, every time. Our advice: reply within a week, thank the panel, and ask one specific question, such as "What would have made my application stronger?" Most hiring managers will answer, and some will remember you when the next role opens.

2. Salary survey 2025
Median base salary for intermediate civil engineers in Auckland rose 4% to $108,000...

Read more at civilcareers.example.nz
You're receiving this because you subscribed to Civil Careers Aotearoa. Unsubscribe | Update preferences`, 'Rejected again? Here\'s how to turn a "no" into your next opportunity'),

  // 20 Aug — status change
  other(`Hi Ana,

There's been an update to your application for Geotechnical / Civil Engineer at Pōhutukawa Geotechnical.

Your application status has changed from "Received" to "In review".

The hiring team is reviewing applications now. We'll let you know as soon as there's news.

Pōhutukawa Geotechnical via Teamtailor`, 'Update on your application'),

  // 21 Aug — reschedule
  other(`Hi Ana,

Unfortunately Mereana has been called to site this morning for an urgent wastewater overflow, so we won't be able to go ahead with your interview at 10:00 today. I'm really sorry for the short notice.

Would you be able to come in on Monday 25 August at 10:00 instead? Everything else stays the same — same panel, same place.

Apologies again, and thanks for your flexibility.

Hannah Kereama
Recruitment Advisor, Rangitoto Water`, 'Change of interview time – Project Engineer'),

  // 22 Aug — assessment decline
  rej('assessment', ['assessment'], { ...door },
    `Hi Ana,

Thank you for completing the online assessments for the Civil Engineer – Transport & Roading role (R-10482).

We have now reviewed your results and, unfortunately, they did not meet the benchmark required to progress to the interview stage for this role. We won't be taking your application further.

You are welcome to apply for other roles with Tasman Infrastructure Group, and for this type of role again after six months.

Ngā mihi,
Tasman Infrastructure Group Talent Acquisition

This message was sent from Workday. Please do not reply.`, 'Your application for Civil Engineer – Transport & Roading'),

  // 25 Aug — "application viewed"
  other(`Your application was viewed by Brightbridge Consulting

Senior Civil Engineer – Infrastructure
Brightbridge Consulting · Auckland, New Zealand (Hybrid)
Applied 2 weeks ago

Recruiters usually respond within 2 weeks. See who else applied and how you compare with LinkedIn Premium.

View job: https://www.linkedin.com/jobs/view/4012977310

You are receiving Job Application notification emails. Unsubscribe`, 'Ana, your application was viewed by Brightbridge Consulting'),

  // 26 Aug — overqualified decline
  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Ana,

Thanks for applying for the Junior Site Engineer role with Fulcrum Construction in Wiri.

We've had a good look at your CV. This is an entry-level position aimed at graduates in their first one or two years, and with four years of design experience and your own projects behind you, you're well beyond that. We don't think the role would give you enough to get your teeth into, so we won't be progressing your application for it.

That said, we'd really encourage you to apply for our Site Engineer or Project Engineer roles when they come up — keep an eye on our careers page.

Cheers,
Rhys Tamatea
Talent Partner, Fulcrum Construction`, 'Junior Site Engineer – Fulcrum Construction'),

  // 27 Aug — interview invitation
  other(`Tēnā koe Ana,

Application reference: HDC-2025-0877 – Development Engineer

Thank you for your application. I am pleased to advise that you have been shortlisted, and we would like to invite you to an interview with our Development Engineering Team Leader, Craig Mulholland, and Aroha Tipene from People & Capability.

Date: Wednesday 3 September
Time: 1:30pm
Location: Video call (Microsoft Teams) — a link will be sent separately

Please bring photo identification to show on camera. If this time doesn't suit, please let me know as soon as possible.

Ngā mihi,
Aroha Tipene
People & Capability Advisor
Hauraki District Council`, 'Interview invitation – HDC-2025-0877 Development Engineer'),

  // 28 Aug — webinar
  other(`Kia ora Ana,

You're invited to our free webinar: "The Chartership pathway: from graduate to CPEng"

Thursday 11 September, 12:30–1:30pm NZST (online)

Hear from three recently chartered civil engineers about building your evidence, choosing your practice area and preparing for the assessment interview. There will be plenty of time for questions.

Register now: https://civilcareers.example.nz/events/chartership-webinar

Can't make it? Register anyway and we'll send you the recording.

Civil Careers Aotearoa`, 'Webinar invitation: The Chartership pathway'),

  // 1 Sep — interview invitation, geotech
  other(`Hi Ana,

Thanks for your application for the Geotechnical / Civil Engineer role. We'd like to invite you to an interview with Nadia Petrović (Principal) and Sione Havili (Senior Engineer) at our Ellerslie office.

We have Thursday 4 September at 9:00am or 3:00pm available. The interview is around 45 minutes, and we'll ask you to talk us through a retaining wall or earthworks design you've been involved in.

Please reply to let me know which suits.

Thanks,
Kate
Office Manager, Pōhutukawa Geotechnical`, 'Interview – Geotechnical / Civil Engineer'),

  // 2 Sep — "we'll be in touch"
  other(`Hi Ana,

Thank you for coming in on Monday to meet Mereana and Josh — they both really enjoyed talking with you about the Ōrākei stormwater upgrade.

We're finishing first interviews this week. We'll be in touch by Friday 12 September to let you know about next steps, and whether we'd like to invite you back for a second interview.

Thanks again for your time.

Ngā mihi,
Hannah Kereama
Recruitment Advisor, Rangitoto Water`, 'Thank you for interviewing – next steps'),

  // 4 Sep — paused
  hold('interview', ['role_closed'], {},
    `Kia ora Ana,

Thank you again for interviewing with us on 26 August for the Design Engineer role with the Waitematā Roads Alliance.

I wanted to let you know where things are at. The Alliance's next programme of works depends on a funding decision from the Transport Agency, and that decision has been pushed back to late October. Until it's confirmed, the Alliance Board has asked us to pause all recruitment for new design roles, including this one.

No decision has been made on your application, and you remain in the process. As soon as the funding is confirmed and recruitment restarts, I'll be in touch to arrange the second interview.

I'm sorry for the delay and appreciate your patience.

Ngā mihi,
Tom Ruawai
Resourcing Lead, Waitematā Roads Alliance`, 'Design Engineer – update on recruitment'),

  // 5 Sep — final round invitation
  other(`Hi Ana,

Good news — following your interview with Priya and Glen, we'd like to invite you to the final stage of our process for the Senior Civil Engineer – Infrastructure role.

The final stage is a half-day assessment at our Wynyard Quarter office on Friday 12 September, from 8:30am to 12:30pm. It includes:
• a 45-minute design exercise (a short stormwater brief; no preparation needed),
• a presentation of one of your projects (10 minutes plus questions), and
• a conversation with Liz Harding, Partner and Infrastructure Lead.

Please confirm your attendance by Tuesday. If you need any adjustments, let us know.

Kind regards,
Emily Chan
Talent Acquisition, Brightbridge Consulting`, 'Invitation to final stage – Senior Civil Engineer'),

  // 9 Sep — reply to a thank-you note
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Ana,

Thanks for your kind note, and apologies for taking a few days to reply — we wanted to finish all the interviews first.

I'm sorry to say we've decided to go with someone else. You came across really well and your earthworks experience is solid, but the role leans heavily on hydraulic modelling for the stormwater side of our subdivision work, and we need someone who has already built and run models in ICM or MIKE+ on their own. From what you told us, your modelling so far has been reviewing others' models rather than building them.

We'll be hiring again in the new year as the team grows, and I'd be happy to hear from you then.

Kind regards,
Nadia Petrović
Principal, Pōhutukawa Geotechnical

On Thu, 4 Sept 2025 at 17:12, Ana Faleolo <ana.faleolo@example.co.nz> wrote:
> Hi Nadia,
>
> Thank you for taking the time to meet with me this morning, and please pass my thanks on to Sione too. I really enjoyed hearing about the Karaka subdivision and the slope stabilisation work.
>
> Please let me know if you need anything else from me.
>
> Kind regards,
> Ana`, 'Re: Thank you – interview this morning'),

  // 9 Sep — second interview invitation
  other(`Hi Ana,

Thanks for your patience. I'm pleased to let you know that Mereana and Josh would like to invite you back for a second interview for Project Engineer – Water Networks.

The second interview will be with Mereana and Sam Fuimaono (Head of Network Delivery), and will include a 15-minute presentation on how you would approach the delivery of a small pipe-renewal project. We'll send you the brief two days beforehand.

Are you available on Tuesday 16 September at 1:00pm or Wednesday 17 September at 9:00am?

Ngā mihi,
Hannah Kereama
Recruitment Advisor, Rangitoto Water`, 'Second interview – Project Engineer, Water Networks'),

  // 10 Sep — council decline
  rej('interview', ['internal_candidate'], { ...door },
    `Tēnā koe Ana,

Application reference: HDC-2025-0877 – Development Engineer

Thank you for taking part in the interview on 3 September, and for the time you put into your application.

The interview panel has now completed its assessment and has decided to proceed with an internal applicant who has been working in the team on a fixed-term basis. I am sorry to let you know that you have not been successful on this occasion.

The panel was pleased to meet you, and with your agreement we would like to keep your details on file for future engineering vacancies. We also encourage you to keep an eye on our careers page.

Ngā mihi,
Aroha Tipene
People & Capability Advisor
Hauraki District Council`, 'Outcome – HDC-2025-0877 Development Engineer'),

  // 12 Sep — survey
  other(`Kia ora Ana,

You recently applied for a role with Hauraki District Council. We'd love to hear about your experience as a candidate, whether or not you were successful.

The survey has 8 questions and takes about 3 minutes. Your answers are anonymous and will help us improve how we recruit.

Take the survey: https://survey.example.nz/hdc-candidate?ref=0877

Thank you for your time.

People & Capability Team
Hauraki District Council`, 'How was your recruitment experience with us?'),

  // 15 Sep — agency passes on a client's answer about package
  rej('interview', ['salary'], { ...fb, ...door },
    `Hi Ana,

Feedback from Northshore Civil below. They liked you — Warren specifically mentioned your roading drawings and how clearly you talked through the Albany intersection job — but they can't get close on salary. Their ceiling for this role is $104k and you're at $118k, and they're not willing to go over their band for an intermediate.

I know you don't want to drop that far, so I'll let them know we're stepping back. I'm working on two other Auckland roles at the moment that pay more in line with your expectations and will call you about them this week.

Cheers,
Daniel

From: Warren Pike <warren@northshorecivil.example.co.nz>
Sent: Monday, 15 September 2025 9:41 am
To: Daniel Whitcombe <daniel@sterlingeng.example.co.nz>
Subject: Ana Faleolo

Morning Daniel,

Thanks for sending Ana in on Thursday. Good interview — strong on design and communicates well. Problem is the money: we can go to $104k for this role and she's looking for $118k. We can't make that work, so we won't take it further. Happy for you to pass that on.

Warren`, 'FW: Ana Faleolo'),

  // 16 Sep — job alert
  other(`Ana, companies are hiring for Civil Engineer

Senior Civil Engineer – Land Development
Harbourline Surveyors & Engineers · Albany, Auckland (On-site)
Actively recruiting · 23 applicants

Civil Engineer – Three Waters
Aotea Infrastructure Partners · Auckland (Hybrid)
Be an early applicant

Stormwater Engineer
Tāmaki Urban Water · Auckland, New Zealand
Promoted

See all jobs: https://www.linkedin.com/jobs/

This email was intended for Ana Faleolo (Civil Engineer at Harbourview Civil). Unsubscribe`, 'Ana, companies are hiring for Civil Engineer'),

  // 17 Sep — referee request
  other(`Hi Ana,

Thanks so much for coming in for your second interview yesterday — the panel really enjoyed your presentation.

We'd now like to move to reference checks. Could you please send me the names, roles and contact details (phone and email) of two referees, ideally including your current or most recent manager? We'll only contact them once you confirm you're comfortable with that, and we won't contact your current employer without your say-so.

If possible, could you send these through by Friday?

Ngā mihi,
Hannah Kereama
Recruitment Advisor, Rangitoto Water`, 'Reference checks – Project Engineer'),

  // 18 Sep — vacancy withdrawn
  rej('application', ['role_closed'], {},
    `Dear Ana Faleolo,

Vacancy: Asset Engineer – Transportation (Ref KRDC-0458)

Thank you for your application for the above vacancy.

Following a review of the structure of the Infrastructure Services group, the Council has decided not to fill this position at this time, and the vacancy has been withdrawn. As a result, we will not be progressing any applications for this role, including yours.

We apologise for any inconvenience and thank you for your interest in working with Kaipara Ridge District Council.

Yours sincerely,
Human Resources
Kaipara Ridge District Council`, 'Vacancy withdrawn – Asset Engineer – Transportation (Ref KRDC-0458)'),

  // 19 Sep — reference request for a former colleague
  other(`Hi Ana,

I'm hoping you can help. Liam Chen has applied for a Graduate Civil Engineer role with us at Brightbridge Consulting and has given your name as a referee, as you supervised him at Harbourview Civil in 2024.

Would you have 15 minutes for a phone call this week or early next? Alternatively, I can send a short reference form by email if that's easier.

Many thanks,
Emily Chan
Talent Acquisition, Brightbridge Consulting`, 'Reference request – Liam Chen'),

  // 22 Sep — the offer
  other(`Hi Ana,

Following our conversation this afternoon, I'm delighted to formally offer you the position of Project Engineer – Water Networks at Rangitoto Water!

Your offer letter and individual employment agreement are attached. In summary:
• Base salary: $116,000 per annum
• KiwiSaver: 4% employer contribution
• Location: Newmarket, with flexible and hybrid working
• Proposed start date: Monday 3 November 2025

The offer is conditional on a satisfactory Police vet and a pre-employment drug and alcohol test, which we'll arrange once you accept. Please take the time to read the agreement and feel free to seek independent advice. If you have any questions, give me a call.

We're really looking forward to having you join the team.

Ngā mihi nui,
Hannah Kereama
Recruitment Advisor, Rangitoto Water`, 'Offer of employment – Project Engineer, Water Networks'),

  // 23 Sep — withdrawal confirmation
  other(`Kia ora Ana,

Thank you for letting us know that you have accepted another position and would like to withdraw your application for the Design Engineer role with the Waitematā Roads Alliance.

We've updated our records, and your application will no longer be considered for this role. Congratulations on your new position, and all the best for the move.

Ngā mihi,
Tom Ruawai
Resourcing Lead, Waitematā Roads Alliance`, 'Re: Withdrawal – Design Engineer application'),

  // 24 Sep — final-round decline
  rej('final', ['position_filled'], { ...offered },
    `Hi Ana,

Thank you for taking part in the final stage for the Senior Civil Engineer – Infrastructure role, and for the effort you put into the design exercise and your presentation on 12 September.

After a great deal of discussion, we offered the position to another candidate, who has now accepted. I know this isn't the news you were hoping for, particularly after reaching the final stage.

Liz would be happy to give you some feedback on the day if you'd find it useful — just reply to this email and I'll set up a time.

Kind regards,
Emily Chan
Talent Acquisition, Brightbridge Consulting`, 'Senior Civil Engineer – Infrastructure'),

  // 25 Sep — signing reminder
  other(`Hello Ana Faleolo,

Hannah Kereama (Rangitoto Water) sent you a document to review and sign.

Document: Individual Employment Agreement – Project Engineer – Water Networks – A Faleolo.pdf

This is a reminder that the document is awaiting your signature. Please review and sign by Friday 26 September.

REVIEW DOCUMENT

Do not share this email. It contains a secure link to DocuSign. If you have any questions about the document, please contact the sender directly.`, 'Reminder: Please DocuSign: Individual Employment Agreement – Project Engineer'),

  // 26 Sep — pre-employment checks
  other(`Hi Ana,

Thank you for signing your employment agreement — we're thrilled you've accepted!

Two pre-employment checks to complete:

1. Police vetting: you'll receive an email from the NZ Police Vetting Service asking you to confirm your identity and consent. Please complete this within 3 working days.

2. Drug and alcohol test: we've booked you in at The Drug Detection Agency, 12 Carbine Road, Mt Wellington, on Tuesday 30 September at 8:00am. Please bring photo ID. The test takes about 15 minutes.

Once both come back clear, we'll confirm your start date in writing.

Ngā mihi,
Hannah Kereama
Recruitment Advisor, Rangitoto Water`, 'Pre-employment checks – next steps'),

  // 29 Sep — another recruiter pitch
  other(`Hi Ana,

Congratulations on the new role at Rangitoto Water — I saw the update on LinkedIn!

I know the timing isn't right now, but I work exclusively in water and wastewater engineering across Auckland and Waikato and I'd love to stay connected for the future. Whenever you're thinking about your next step, or if you're ever hiring for your own team, feel free to reach out.

All the best for your first few months.

Kind regards,
Hayley Brooks
Principal Consultant – Water
Kaitiaki Talent`, 'Congrats on the new role!'),

  // 1 Oct — agency newsletter
  other(`STERLING ENGINEERING RECRUITMENT — Market Update, Q3 2025

Hi Ana,

Here's what we're seeing in the civil and infrastructure market this quarter:

• Demand for three waters engineers remains strong despite the reform uncertainty, with councils and CCOs hiring steadily.
• Transport roles have slowed as programmes wait on funding decisions; several alliances have paused recruitment until later in the year.
• Intermediate salaries in Auckland are holding at $100–120k, with CPEng adding a typical premium of 10–15%.

Looking for your next role or hiring for your team? Reply to this email or call us on 09 555 0140.

Sterling Engineering Recruitment · Level 4, 120 Albert Street, Auckland
Unsubscribe from market updates`, 'Civil & Infrastructure Market Update – Q3 2025'),

  // 6 Oct — late decline of an August application
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Ana,

Thank you for applying for the Civil Engineer – Three Waters role at Aotea Infrastructure Partners, and apologies for how long it has taken us to get back to you.

We've now completed our review. While your background is impressive, we've decided to progress with candidates whose experience more closely aligns with what this role needs.

We'll keep your details in our talent community and reach out if a role opens up that looks like a stronger match.

Best,
Aotea Infrastructure Partners Recruiting

Sent via Lever`, 'Aotea Infrastructure Partners – Civil Engineer, Three Waters'),

  // 13 Oct — start date confirmed
  other(`Hi Ana,

Great news — your Police vet and drug and alcohol test have both come back clear, and your employment agreement has been countersigned by Sam. A copy of the signed agreement is attached for your records.

Your start date is confirmed as Monday 3 November 2025. Please arrive at our Newmarket office, 2 Broadway, at 8:30am and ask for Mereana at reception.

Over the next couple of weeks you'll receive a welcome pack from our People team with details of your induction and health and safety training.

Ngā mihi nui,
Hannah Kereama
Recruitment Advisor, Rangitoto Water`, 'Your start date is confirmed – welcome to Rangitoto Water!'),

  // 20 Oct — talent community alert
  other(`Hi Ana,

Thanks for being part of the Tasman Infrastructure Group talent community. Here are some new roles that match your interests:

• Graduate Civil Engineer – Hamilton
• Senior Transport Planner – Auckland
• Site Engineer – Tauranga Eastern Link

View and apply: https://tasmaninfra.wd3.myworkdayjobs.com/careers

You can update your job alert preferences or unsubscribe at any time in your candidate profile.

Tasman Infrastructure Group Talent Acquisition`, 'New roles at Tasman Infrastructure Group'),

  // 27 Oct — onboarding
  other(`Kia ora Ana,

Nau mai, haere mai — welcome to Rangitoto Water! We're looking forward to seeing you on Monday 3 November.

Before your first day:
• Set up your account: your username is afaleolo. Follow the link below to create a password and register for multi-factor authentication.
• Complete the online "Working safely on the network" module (about 40 minutes).
• Upload a photo for your building access card.

Activate your account: https://onboarding.rangitotowater.example/start?u=afaleolo

Your first week will include induction with the People team on Monday morning, a site visit with Josh on Wednesday, and a team lunch on Friday.

See you soon!
People & Culture Team
Rangitoto Water`, 'Welcome to Rangitoto Water – before your first day'),
];
