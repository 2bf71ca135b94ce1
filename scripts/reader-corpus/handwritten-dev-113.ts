/**
 * Development messages of the hundred-and-thirteenth round: the shape of mail as it lands in an inbox. Every message
 * is written from scratch. First, raw HTML from tracking systems and career sites (Greenhouse, Workday, Ashby, Lever,
 * Teamtailor, iCIMS, BambooHR, Recruitee, NHS Jobs, an Indian job portal, a graduate-recruitment site, a coding-test
 * vendor): layout tables, <p>, <br>, <div> and <span style=...>, logo alt text, "View this email in your browser",
 * buttons ("View my applications", "Go to Candidate Home", "Book your interview", "View all similar jobs", "Join our
 * Talent Community"), footers with addresses, privacy, "Manage preferences" and unsubscribe links, entities (&nbsp;,
 * &rsquo;, &pound;, &uuml;...), and <ul><li> lists of feedback points; declines at the application, screen, test,
 * interview, assessment-centre and onsite stages with every reason, and look-alikes in the same markup (an
 * acknowledgement with next steps, an interview invitation, a job alert listing four roles, a "complete your profile"
 * nudge, a status change to "Interview", a coding-test invitation, a delayed shortlisting, an offer, a talent-community
 * welcome, a confirmed withdrawal, a candidate survey, a saved job closed) and two paused processes. Second, threads:
 * Gmail "On ... wrote:" with ">" and ">>" lines, Outlook "From: / Sent: / To: / Subject:" blocks, "-----Original
 * Message-----", "---------- Forwarded message ---------", Apple Mail "Begin forwarded message:", one reply written
 * below the quote; the decision on top of an invitation, a thank-you, a check-in, a submitted case study, a salary
 * figure, a visa note, an earlier decline of another role or a request for feedback (answered with feedback or
 * refused); and the opposite: a newest message that thanks, asks, schedules, confirms, pitches another role, retracts a
 * decline sent in error, withdraws, sends an expenses form, offers, or forwards a decline to a careers adviser, above
 * quoted mail. Third, one-liners from phones, chat and LinkedIn, and long letters (400+ words) from a university, NHS
 * trusts, a council, a bank's graduate programme, a regulator, a private bank and a housing association, each beside a
 * near twin without one sentence (the reason, the feedback, the offer of feedback, the open door, the decision or the
 * pause). Fourth, inbox look-alikes that use rejection words and decline nobody (a changed interview room, "we regret
 * the delay", a failed payment, upload or DBS document, a prize draw, a webinar waitlist, a newsletter on handling
 * rejection, a chosen candidate who withdrew so the candidate is back in, an employer not accepting the candidate's
 * own withdrawal, a rescheduled interview, a broken link, account deletion, a cancelled careers fair, a referral not
 * hired, a declined calendar invitation, a landlord's decline, a rejected timesheet, a bounce, an out-of-office, a
 * friend's note, a premium upsell, a revised salary band) and paused processes.
 *
 * Labelling choices (LABELS.md and the dev-60, dev-110 and dev-112 conventions):
 * Threads: the newest message is the one labelled, also when it is written below the quote. Its stage counts what the
 * quoted history shows happened (the candidate's thank-you for a call or an interview, a check-in after a second or
 * final interview, a submitted case study, "just out of the interview"), not what it only invites to; an interview
 * cancelled because the role was filled is `application`. A recruiter or HR partner forwarding the decider's note
 * ("see below", "I'm forwarding Priya's note") is labelled with the reasons and flags of that note. A decline on top
 * of an earlier decline of another role is labelled for the newest decline alone (the quoted reason is not its
 * reason). An answer to a feedback request that gives specific points is a `rejection` with feedback; one that refuses
 * feedback is a `rejection` without it. A newest message that thanks, asks for feedback, schedules a feedback call,
 * says the request has been passed on, pitches another role, retracts a decline sent in error, confirms an interview,
 * withdraws, sends an expenses form, answers a thank-you, asks whether the role might reopen, acknowledges a CV, makes
 * an offer, accepts being kept on file, or forwards a decline to a careers adviser is `other`, whatever is quoted.
 * HTML: labelled by the words a reader sees; markup, logo alt text, "view in browser" lines, buttons, footers
 * (addresses, privacy, unsubscribe, "Manage preferences", "Job alerts", a "Join our Talent Community" link or button),
 * PDPA and data notices and a portal's "similar jobs you may like" list give no reason, no feedback and no door. A
 * portal status changed to "Not selected" or "Not shortlisted" is a `generic` rejection at `application`; a status
 * changed to "Interview" is `other`. A decline of one of several applications is labelled for the role declined; "your
 * other applications remain under review" is no door. A bullet list of points about this candidate is feedback.
 * Stage: the furthest step the message (with its thread) names as having happened. A phone screen, a first call with a
 * recruiter or talent partner, and "the chat yesterday" on LinkedIn with a recruiter are `screen`; an online coding
 * challenge, online tests, a take-home or a case study with no interview named are `assessment`; "coming in",
 * "popping in", video interviews and a second interview are `interview`; an assessment centre, the final round or final
 * interview, coming onsite (also "after the onsite") are `final`; a message naming no step (most one-liners, a
 * portal status, shortlisting letters that list other candidates' interview dates) is `application`.
 * Reasons: "others whose experience is more closely aligned", "lines up more closely", "a closer match", "more closely
 * met the person specification", "background closer to where the team is heading" are `profile_mismatch`; "decided not
 * to move forward", "gone another way", "not shortlisted", "a very high number of strong responses", "shortlisted four
 * people and you weren't one" are `generic`; "offered to another finalist, who accepted", "the position has been
 * filled", "the role was filled this morning" are `position_filled`, also beside a named requirement; a vacancy
 * withdrawn after a reorganisation, a role closed after a funding decision, removed in a restructure, a budget cut and
 * a cancelled vacancy are `role_closed`; an existing member of staff, a colleague from another office, a secondee
 * covering the role and "someone already on the team" are `internal_candidate` alone; a team's asynchronous way of
 * working judged not to suit the candidate is `culture_fit` without feedback, and a client's note quoting the
 * candidate's own stated preference is `culture_fit` with feedback; work authorisation, visa sponsorship, office days,
 * "remote only" and a named office are `location` with feedback; the candidate's pay figure against the band is
 * `salary` with feedback; years of leadership far beyond the role (twelve years and eighteen stores, twenty years of
 * programmes, eight years running a team) are `overqualified` with feedback; a named tool, standard, language level,
 * licence, funding record, domain or budget size is `skills_gap` with feedback (with `location` too when an office rule
 * is also told); a test score against a threshold is `assessment` with feedback, a test or assessment-centre standard
 * not reached with no score or fault named is `assessment` without it, and a decline after a take-home or online tests
 * that speaks only of other strong candidates is `generic`.
 * Flags: the door is open when the sender keeps the profile and promises contact about matching roles, adds the
 * candidate to a talent pool to approach first, holds the details to get in touch about a similar role, will "keep you
 * in mind for the next one", will get in touch about a named later role, hopes the candidate will apply again when the
 * next posts are advertised, encourages an application for posts advertised in May, or welcomes an application again
 * after six months; a retention notice, a footer talent-community link, a similar-jobs list and good wishes are not a
 * door. Feedback is offered by "reply and I'll set up fifteen minutes", a link to book a feedback call, "reply within
 * 14 days for feedback on the assessment centre", a call with the panel chair, "happy to give you feedback on a call",
 * a written feedback report on request and a call with the decider to go through the panel's thoughts; "we are not
 * able to provide individual feedback" and a policy of no feedback are not offers. Praise is never feedback.
 * Long twins: with and without a named requirement (skills_gap and feedback, beside an offer accepted by another); with
 * and without an open door; with and without a named licence (skills_gap vs generic); with and without a feedback
 * report on request; with a decline vs a process description that declines nobody (`other`); with and without an
 * internal appointment; with and without a named domain; a door vs a twelve-month retention notice alone; a pause for a
 * workforce review (`on_hold`) vs a late outcome with nothing paused (`other`).
 * Other and on hold: declines by someone who is not an employer deciding on the candidate (a landlord, a prize draw, a
 * webinar waitlist, a referral bonus, a client approver rejecting a timesheet, a colleague declining a calendar
 * invitation, a mail server, a premium upsell, a friend telling of her own rejection) are `other`, as are failed
 * payments, uploads and ID documents, a changed room, a reschedule, a broken link, a delay with a date and nothing
 * paused, a revised salary band, a re-advertisement, an offer that cannot meet a start date, refused travel expenses,
 * an account deletion, an unsubscribe confirmation, a cancelled careers fair, a newsletter about rejection, a recruiter
 * telling the candidate they are back in because the chosen candidate withdrew, and an employer asking to talk before
 * accepting the candidate's own withdrawal. A paused process with the candidate still in the running is `on_hold`,
 * staged at the furthest step it names: a budget review, headcount approval, a hiring freeze, a reorganisation, a
 * review of the role's responsibilities and a workforce review are `role_closed`; a CEO travelling, a CFO on leave and
 * a hiring manager who left and whose replacement will decide are `generic`; a promise to come back when this process
 * resumes is not a door.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d113-');

export const HANDWRITTEN_DEV_113: readonly CorpusLine[] = [
  // ── 1. HTML mail from tracking systems and career sites, as raw HTML
  // Declines
  rej('application', ['generic'], {},
    `<html><body style="margin:0;padding:0;background:#f4f4f4;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f4"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#222222;">
<tr><td align="right" style="padding:12px 24px;font-size:11px;color:#888888;"><a href="https://mail.quillfeather.io/view/8f2c1e" style="color:#888888;">View this email in your browser</a></td></tr>
<tr><td style="padding:24px;"><img src="https://cdn.quillfeather.io/brand/logo-dark.png" alt="Quillfeather" width="140" height="32" style="display:block;border:0;"></td></tr>
<tr><td style="padding:0 24px 24px 24px;line-height:1.5;">
<p>Hi Dana,</p>
<p>Thank you for applying for the <strong>Junior Product Designer</strong> role at Quillfeather. We know a good portfolio takes hours to pull together, and we&rsquo;re grateful you spent some of them on us.</p>
<p>We&rsquo;ve now looked at every application, and we&rsquo;ve decided not to take yours further on this occasion.</p>
<p>Wishing you all the best with your search.</p>
<p>Warmly,<br>The Quillfeather Talent Team</p>
</td></tr>
<tr><td style="padding:16px 24px;background:#fafafa;font-size:11px;color:#999999;line-height:1.4;">Quillfeather Ltd &middot; 27 Cheapside, London EC2V 6AA<br>
<a href="https://quillfeather.io/privacy" style="color:#999999;">Privacy notice</a> &nbsp;|&nbsp; <a href="https://boards.greenhouse.io/unsubscribe?c=8f2c1e" style="color:#999999;">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>`, 'Your application to Quillfeather'),

  rej('application', ['profile_mismatch'], { ...door },
    `<div style="font-family:'Segoe UI',Roboto,sans-serif;font-size:14px;color:#1f1f1f;max-width:640px;">
<div style="background:#0b3d6e;padding:18px 24px;"><img src="https://halvorsen.wd3.myworkdayjobs.com/assets/logo-white.png" alt="Halvorsen Marine" height="28"></div>
<div style="padding:24px;">
<p>Dear Tomasz,</p>
<p>Thank you for your interest in the <b>Procurement Analyst (R-104829)</b> position at Halvorsen Marine.</p>
<p>After reviewing your application against the requirements of the role, we have decided to pursue other candidates whose experience is more closely aligned with what the team needs at this time.</p>
<p>Your candidate profile will remain in our system, and our recruiters will contact you if a role opens that matches your background.</p>
<p>Kind regards,<br>Halvorsen Marine Talent Acquisition</p>
<p style="text-align:center;margin-top:28px;"><a href="https://halvorsen.wd3.myworkdayjobs.com/en-US/careers/userHome" style="background:#0b3d6e;color:#ffffff;padding:10px 22px;text-decoration:none;border-radius:3px;">Go to Candidate Home</a></p>
</div>
<div style="border-top:1px solid #dddddd;padding:14px 24px;font-size:11px;color:#777777;">This message was sent from an unmonitored mailbox. To change which emails you receive, <a href="https://halvorsen.wd3.myworkdayjobs.com/en-US/careers/preferences">Manage preferences</a>.<br>Halvorsen Marine AS, Strandkaien 14, 5013 Bergen, Norway</div>
</div>`, 'Update on your application - Procurement Analyst'),

  rej('interview', ['skills_gap'], { ...fb },
    `<table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td style="font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#333333;padding:20px;">
<p>Hi Marisol,</p>
<p>Thanks again for the video interviews with Gareth and Anjali last week for the <span style="font-weight:600;">Analytics Engineer</span> position. The team enjoyed talking through the churn dashboard you built at your current job.</p>
<p>We&#8217;ve decided not to progress your application. Gareth asked me to share the main points from the panel&#8217;s notes:</p>
<ul style="margin:0 0 16px 0;padding-left:20px;">
<li>The role leans heavily on dbt, and you haven&#8217;t yet worked with it in production.</li>
<li>We need someone who has owned a data model end to end, including testing and documentation; your experience has mostly been on the reporting layer.</li>
</ul>
<p>Thank you for the time you gave us, and good luck with what comes next.</p>
<p>Best,<br>Fenna Visser<br><span style="color:#888888;font-size:13px;">Talent Partner, Loopwell</span></p>
</td></tr></table>
<p style="font-size:11px;color:#aaaaaa;font-family:Arial,sans-serif;">Sent via Ashby &middot; <a href="https://jobs.ashbyhq.com/loopwell/privacy" style="color:#aaaaaa;">Candidate privacy</a></p>`, 'Loopwell - Analytics Engineer'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Your coding challenge</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#202124;">
<div style="max-width:600px;margin:0 auto;">
<p><img src="https://assets.tarnbyte.dev/email/tarnbyte-logo.png" alt="Tarnbyte logo" width="120"></p>
<p>Hello Kwame,</p>
<p>Thank you for completing the online coding challenge for the <strong>Backend Engineer (Go)</strong> role. Our engineers have reviewed your submission.</p>
<p>Unfortunately your result did not reach the level we need to invite you to the interview stage. To help you, here is what the reviewers noted:</p>
<ul>
<li>Task 2 (rate limiter) passed 9 of the 20 hidden test cases; the threshold to progress was 16.</li>
<li>Task 3 was not attempted.</li>
</ul>
<p>You are welcome to apply again for engineering roles at Tarnbyte after six months.</p>
<p>Regards,<br>Tarnbyte Engineering Recruiting</p>
<hr style="border:none;border-top:1px solid #e0e0e0;">
<p style="font-size:11px;color:#80868b;">Tarnbyte B.V. &middot; Keizersgracht 221 &middot; 1016 DV Amsterdam<br><a href="https://tarnbyte.dev/legal/privacy">Privacy</a> &middot; <a href="https://tarnbyte.dev/email/unsubscribe?u=kw88">Unsubscribe</a></p>
</div></body></html>`, 'Your Tarnbyte coding challenge result'),

  rej('final', ['position_filled'], { ...door },
    `<div dir="ltr" style="font-family:Georgia,serif;font-size:16px;color:#2b2b2b;">
<p>Dear Eleanor,</p>
<p>Thank you for travelling to Leeds for the final round of interviews for <em>Head of Customer Insight</em> and for the presentation you gave to our executive panel.</p>
<p>I&rsquo;m sorry to tell you that we have offered the role to another finalist, and she accepted yesterday afternoon.</p>
<p>You impressed the panel, and with your permission we&rsquo;d like to add you to our senior talent pool so that we can approach you first when a comparable leadership role comes up.</p>
<p>With best wishes,</p>
<p>Rachel Okonedo<br>Head of Talent<br>Bramwell &amp; Pike Building Society</p>
<table cellpadding="0" cellspacing="0"><tr><td style="font-size:11px;color:#999999;font-family:Arial,sans-serif;padding-top:18px;">Bramwell &amp; Pike Building Society is authorised by the Prudential Regulation Authority. Registered office: 1 Park Row, Leeds LS1 5AB.</td></tr></table>
</div>`, 'Head of Customer Insight - outcome'),

  rej('application', ['location'], { ...fb },
    `<table width="100%" cellpadding="0" cellspacing="0" style="background-color:#eef2f5;"><tr><td align="center" style="padding:30px 0;">
<table width="580" cellpadding="0" cellspacing="0" style="background-color:#ffffff;border-radius:6px;">
<tr><td style="padding:28px 32px 8px 32px;"><img src="https://northlake.ca/careers/img/northlake-logo.svg" alt="Northlake Utilities" width="150"></td></tr>
<tr><td style="padding:8px 32px 28px 32px;font-family:Arial,sans-serif;font-size:14px;line-height:21px;color:#333333;">
Hello Arjun,<br><br>
Thank you for applying to the <b>Field Data Technician</b> posting (Job ID 22871) in Thunder Bay, ON.<br><br>
This position is open only to candidates who are legally entitled to work in Canada without employer sponsorship. In your application you indicated that you would require a work permit, so we are unable to consider your application further.<br><br>
Thank you for your interest in Northlake Utilities.<br><br>
Northlake Talent Acquisition
</td></tr>
<tr><td style="padding:16px 32px;border-top:1px solid #e5e5e5;font-family:Arial,sans-serif;font-size:11px;color:#8a8a8a;">
&copy; 2025 Northlake Utilities Inc. &nbsp;&middot;&nbsp; 400 Memorial Ave, Thunder Bay ON P7B 3Y4<br>
<a href="https://northlake.ca/privacy" style="color:#8a8a8a;">Privacy</a> &nbsp;&middot;&nbsp; <a href="https://northlake.ca/careers/alerts" style="color:#8a8a8a;">Job alerts</a> &nbsp;&middot;&nbsp; <a href="https://northlake.ca/careers/unsubscribe?id=22871" style="color:#8a8a8a;">Unsubscribe</a>
</td></tr></table></td></tr></table>`, 'Your application: Field Data Technician'),

  rej('screen', ['salary'], { ...fb },
    `<div style="font-family:-apple-system,BlinkMacSystemFont,'Helvetica Neue',sans-serif;font-size:15px;line-height:1.55;color:#111111;">
<p>Hi Joanna,</p>
<p>Thanks for the call on Monday about the <strong>Senior Content Designer</strong> role &mdash; I enjoyed hearing about the benefits-form redesign.</p>
<p>I&rsquo;ve talked it over with the hiring manager. The expectation you shared, &pound;78,000 base, sits well above the band we have for this position (&pound;58,000&ndash;&pound;64,000), and we aren&rsquo;t able to move on that this year, so we won&rsquo;t be taking your application forward.</p>
<p>Thanks for being so open about it &mdash; it saved us both some time.</p>
<p>Best,<br>Harriet<br><span style="color:#6b6b6b;">Harriet Lowe &middot; Talent Partner &middot; Ferrow Health</span></p>
<div style="margin-top:24px;font-size:12px;color:#9b9b9b;">Sent with Teamtailor &middot; <a href="https://ferrowhealth.teamtailor.com/connect" style="color:#9b9b9b;">Connect with Ferrow Health</a> &middot; <a href="https://ferrowhealth.teamtailor.com/privacy" style="color:#9b9b9b;">Privacy policy</a></div>
</div>`, 'Senior Content Designer at Ferrow Health'),

  rej('application', ['role_closed'], {},
    `<html><body>
<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Verdana,Geneva,sans-serif;font-size:13px;color:#333333;">
<tr><td style="padding:10px 0;font-size:10px;color:#999999;" align="center">Having trouble reading this email? <a href="https://careers.orvanta.com/email/web/55120">View it online</a></td></tr>
<tr><td style="border-bottom:3px solid #e87722;padding:16px 0;"><img src="https://careers.orvanta.com/img/orvanta.png" alt="ORVANTA"></td></tr>
<tr><td style="padding:20px 0;">
<p>Dear Sofia Lindqvist,</p>
<p>Thank you for your application for the position <b>Logistics Planner &ndash; Gothenburg (Req. 55120)</b>.</p>
<p>We would like to inform you that, following an internal reorganisation of our Nordic supply chain function, this vacancy has been withdrawn and will not be filled. As a result, we will not be proceeding with any of the applications received, including yours.</p>
<p>We apologise for any inconvenience and thank you for the interest you have shown in Orvanta.</p>
<p>Yours sincerely,<br>Orvanta Recruitment Services</p>
</td></tr>
<tr><td style="font-size:10px;color:#999999;border-top:1px solid #cccccc;padding-top:10px;">Orvanta AB, Lindholmspiren 7, 417 56 G&ouml;teborg &nbsp;|&nbsp; <a href="https://careers.orvanta.com/privacy">Data protection</a> &nbsp;|&nbsp; <a href="https://careers.orvanta.com/unsubscribe">Unsubscribe</a></td></tr>
</table></body></html>`, 'Logistics Planner - Gothenburg'),

  rej('interview', ['internal_candidate'], {},
    `<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000000;">
<p>Dear Ruairi,</p>
<p>Thank you for interviewing with us for the <b>Operations Manager</b> role at our Limerick plant on 6 March.</p>
<p>I wanted to let you know that we have appointed an existing member of our operations team to the position, and so we will not be progressing your application.</p>
<p>Thank you once again for your time.</p>
<p>Kind regards,</p>
<p><span style="color:#1f4e79;font-weight:bold;">Gr&aacute;inne Hayes</span><br><span style="font-size:9pt;color:#595959;">HR Business Partner | Castlemead Pharma Ireland<br>Raheen Business Park, Limerick V94 K2X8</span></p>
<p style="font-size:8pt;color:#808080;">This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.</p>
</div>`, 'Operations Manager - Limerick'),

  rej('interview', ['culture_fit'], {},
    `<table cellpadding="0" cellspacing="0" width="100%"><tr><td style="padding:24px;font-family:Inter,Arial,sans-serif;font-size:15px;color:#1a1a1a;line-height:1.6;">
<p>Hey Nikhil,</p>
<p>Thanks for spending an hour with Priscilla and Ben on Thursday to talk about the <strong>Growth Marketer</strong> job.</p>
<p>We&apos;re a small team that works almost entirely asynchronously, in writing, with very little day-to-day direction, and after talking it through we don&apos;t think that way of working would be the right match for you. So we&apos;ve decided not to move forward.</p>
<p>Thanks again, and all the best.</p>
<p>&mdash; Priscilla<br><span style="color:#7a7a7a;">Co-founder, Mintleaf</span></p>
</td></tr></table>
<div style="font-size:11px;color:#b0b0b0;padding:0 24px 24px;font-family:Arial,sans-serif;">Mintleaf Inc. &middot; 548 Market St #40211, San Francisco, CA 94104 &middot; <a href="https://jobs.lever.co/mintleaf/unsubscribe" style="color:#b0b0b0;">Unsubscribe</a></div>`, 'Mintleaf - Growth Marketer'),

  rej('application', ['overqualified'], { ...fb },
    `<div style="font-family:Arial,sans-serif;font-size:14px;color:#222222;">
<img src="https://greyfriars-retail.co.uk/careers/email-header.jpg" alt="Greyfriars Retail Careers" width="600" style="display:block;">
<div style="padding:20px;">
<p>Dear Mr Adeyemi,</p>
<p>Thank you for applying for the role of <strong>Assistant Store Manager, Reading Oracle</strong>.</p>
<p>Your application shows twelve years of store and regional management, including responsibility for eighteen stores. This role is an entry point into our management programme, and we feel your experience is well beyond what it offers, so we won&rsquo;t be progressing your application for it.</p>
<p>Thank you for your interest in Greyfriars.</p>
<p>Greyfriars Retail Recruitment Team</p>
</div>
<div style="background:#f2f2f2;padding:12px 20px;font-size:11px;color:#777777;">Greyfriars Retail Ltd, Registered in England No. 0481273. <a href="https://greyfriars-retail.co.uk/careers/privacy">How we use your data</a> | <a href="https://greyfriars-retail.co.uk/careers/talent-community">Join our Talent Community</a></div>
</div>`, 'Assistant Store Manager - Reading'),

  rej('assessment', ['generic'], {},
    `<table width="100%" cellpadding="0" cellspacing="0"><tr><td>
<table width="600" align="center" cellpadding="20" cellspacing="0" style="font-family:Tahoma,Arial,sans-serif;font-size:14px;color:#303030;border:1px solid #e3e3e3;">
<tr><td>
<p><img src="https://recruit.kestrelbank.com/static/kb-logo.png" alt="Kestrel Bank"></p>
<p>Dear Hui Min,</p>
<p>Thank you for completing the online assessments for our <b>2026 Technology Graduate Programme</b>.</p>
<p>We received a very high number of strong responses this year. After careful consideration we regret that we will not be inviting you to the next stage of the process.</p>
<p>Thank you for the effort you put into your application and assessments.</p>
<p>Yours sincerely,<br>Early Careers Team<br>Kestrel Bank</p>
</td></tr>
<tr><td style="font-size:10px;color:#8c8c8c;background:#fafafa;">Kestrel Bank plc, 10 Collyer Quay, Singapore 049315. This is an automated message; please do not reply.&nbsp;<a href="https://recruit.kestrelbank.com/pdpa">PDPA notice</a></td></tr>
</table></td></tr></table>`, '2026 Technology Graduate Programme'),

  rej('application', ['generic'], {},
    `<div style="max-width:620px;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333;">
<p style="font-size:11px;color:#999999;text-align:right;"><a href="https://email.dunmorehotels.com/v/3391f" style="color:#999999;">View in browser</a></p>
<p><img src="https://dunmorehotels.com/img/logo-gold.png" alt="Dunmore Hotels &amp; Resorts" width="160"></p>
<p>Dear Ines,</p>
<p>Thank you for applying for the <strong>Front Office Supervisor</strong> position at The Dunmore Edinburgh.</p>
<p>We have received a large number of applications and, following review, we will not be taking your application forward on this occasion. Due to the volume of applications we are not able to provide individual feedback.</p>
<p>Kind regards,<br>Dunmore Hotels People Team</p>
<table cellpadding="0" cellspacing="0" style="margin-top:24px;"><tr>
<td style="background:#b08d57;padding:10px 18px;"><a href="https://careers.dunmorehotels.com/talent-community" style="color:#ffffff;text-decoration:none;font-weight:bold;">Join our Talent Community</a></td>
<td style="width:12px;"></td>
<td style="background:#333333;padding:10px 18px;"><a href="https://careers.dunmorehotels.com/jobs" style="color:#ffffff;text-decoration:none;font-weight:bold;">View jobs</a></td>
</tr></table>
<p style="font-size:11px;color:#999999;margin-top:24px;">Dunmore Hotels &amp; Resorts Ltd &middot; 5 Waterloo Place, Edinburgh EH1 3BG<br>You are receiving this email because you applied for a position with us. <a href="https://careers.dunmorehotels.com/unsubscribe" style="color:#999999;">Unsubscribe</a></p>
</div>`, 'Your application to The Dunmore Edinburgh'),

  rej('screen', ['profile_mismatch'], { ...offered },
    `<div style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#212121;line-height:1.5;">
<p>Hi Chidi,</p>
<p>Thank you for the phone screen on Tuesday for the <b>Solutions Consultant</b> role.</p>
<p>After reviewing our notes with the hiring team, we&#39;ve decided to continue with candidates whose backgrounds are a closer match for this particular role, so we won&#39;t be moving you to the next round.</p>
<p>If it would help to hear more about how we reached this decision, just reply to this email and I&#39;ll set up fifteen minutes to go through it.</p>
<p>All the best,<br>Maya Brennan<br><span style="font-size:12px;color:#757575;">Recruiter | Cobaltline</span></p>
<p style="font-size:11px;color:#9e9e9e;border-top:1px solid #eeeeee;padding-top:8px;">Cobaltline, Inc. &middot; 1200 Congress Ave, Austin, TX 78701 &middot; <a href="https://cobaltline.com/privacy" style="color:#9e9e9e;">Privacy</a></p>
</div>`, 'Cobaltline - Solutions Consultant'),

  rej('application', ['generic'], {},
    `<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d;">
<tr><td style="padding:18px 24px;background:#00205b;"><img src="https://jobs.meridianhealthsys.org/logo-w.png" alt="Meridian Health System" height="30"></td></tr>
<tr><td style="padding:24px;">
<p>Dear Grace,</p>
<p>You recently applied for more than one position with Meridian Health System. This message is about one of them:</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #d9d9d9;font-size:13px;">
<tr style="background:#f5f5f5;"><td><b>Position</b></td><td><b>Requisition</b></td><td><b>Location</b></td></tr>
<tr><td>Patient Access Representative</td><td>R-88213</td><td>Meridian North, Columbus OH</td></tr>
</table>
<p>We have carefully reviewed your application for this position and have decided not to move forward at this time.</p>
<p>Your other applications are not affected by this decision; they remain under review, and you will hear from us separately about each of them.</p>
<p>Sincerely,<br>Meridian Talent Acquisition</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#808080;border-top:1px solid #e6e6e6;">Meridian Health System is an Equal Opportunity Employer. <a href="https://jobs.meridianhealthsys.org/privacy">Privacy</a> | <a href="https://jobs.meridianhealthsys.org/preferences">Manage preferences</a></td></tr>
</table>`, 'Update on your Meridian application'),

  rej('application', ['generic'], {},
    `<div style="font-family:Arial,sans-serif;font-size:13px;color:#333333;width:600px;">
<div style="background:#f7f7f7;padding:14px;border-bottom:1px solid #dddddd;"><img src="https://portal.ashcombe-careers.com/assets/ashcombe.png" alt="Ashcombe Group Careers"></div>
<div style="padding:18px;">
<p>Hello Bilal,</p>
<p>The status of your application has changed.</p>
<table cellpadding="5" cellspacing="0" style="font-size:13px;">
<tr><td style="color:#777777;">Job title:</td><td>Credit Risk Analyst</td></tr>
<tr><td style="color:#777777;">Job number:</td><td>ASH-2025-0417</td></tr>
<tr><td style="color:#777777;">Previous status:</td><td>Under review</td></tr>
<tr><td style="color:#777777;">New status:</td><td><span style="color:#b00020;font-weight:bold;">Not selected</span></td></tr>
</table>
<p>Thank you for your interest in Ashcombe Group.</p>
<p><a href="https://portal.ashcombe-careers.com/candidate/applications" style="color:#005a9c;">View my applications</a></p>
</div>
<div style="font-size:10px;color:#999999;padding:10px 18px;border-top:1px solid #eeeeee;">Please do not reply to this automated message. &copy; Ashcombe Group plc</div>
</div>`, 'Application status update: Credit Risk Analyst'),

  rej('interview', ['skills_gap', 'location'], { ...fb },
    `<div style="font-family:Arial,sans-serif;font-size:14px;color:#1c1c1c;">
<p>Dear Olivia,</p>
<p>many thanks for the two interviews for the position of <b>Key Account Manager DACH</b> and for the time you have invested.</p>
<p>Unfortunately we have decided not to continue the process with you. The deciding points for us were:</p>
<ul>
<li>the role requires business-fluent German (C1 or higher) for negotiations with our retail partners, and in the second interview it became clear your German is currently around B1;</li>
<li>the position is based at our Munich headquarters with at least four office days per week, which you told us would not work for you from Lisbon.</li>
</ul>
<p>We thank you for your interest and wish you every success.</p>
<p>Best regards<br>Katrin Albrecht<br>Recruiting &amp; Employer Branding</p>
<p style="font-size:11px;color:#7f7f7f;">Brauer Konsumg&uuml;ter GmbH &middot; Leopoldstra&szlig;e 88 &middot; 80802 M&uuml;nchen<br>Gesch&auml;ftsf&uuml;hrer: Dr. Jens Brauer &middot; HRB 204311 &middot; <a href="https://brauer-kg.de/datenschutz">Datenschutz</a></p>
</div>`, 'Your application: Key Account Manager DACH'),

  rej('final', ['generic'], { ...offered, ...door },
    `<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333333;line-height:23px;">
<tr><td style="padding:24px 0;"><img src="https://static.pellucid.ai/email/logo.png" alt="Pellucid" width="110"></td></tr>
<tr><td>
<p>Hi Ahmed,</p>
<p>Thank you for coming onsite last Friday for the final round for <strong>Staff Machine Learning Engineer</strong>. I know it was a long day, and everyone you met appreciated the energy you brought to it.</p>
<p>This was one of the hardest decisions we&rsquo;ve had to make this year, but we&rsquo;ve decided to move forward with another candidate.</p>
<p>If you&rsquo;d like to hear the panel&rsquo;s feedback, I&rsquo;m happy to set up a call &mdash; just pick a time <a href="https://cal.pellucid.ai/ines/feedback">here</a>. And we&rsquo;d genuinely like to stay in touch: we&rsquo;ll be hiring again for the platform team later this year and I&rsquo;ll reach out to you directly when we open those roles.</p>
<p>Thanks again,<br>Ines Carvalho<br>Head of Recruiting, Pellucid</p>
</td></tr>
<tr><td style="padding-top:24px;font-size:11px;color:#aaaaaa;">Pellucid, Inc. &middot; 85 Broad St, New York, NY 10004 &middot; <a href="https://pellucid.ai/privacy" style="color:#aaaaaa;">Privacy</a></td></tr>
</table></td></tr></table>`, 'Pellucid - final round'),

  rej('final', ['assessment'], { ...offered },
    `<div style="font-family:Arial,sans-serif;font-size:14px;color:#333333;max-width:600px;">
<p style="text-align:center;"><img src="https://graduates.thornfieldgroup.com/img/grad-logo.png" alt="Thornfield Graduates 2026"></p>
<p>Dear Lauren,</p>
<p>Thank you for attending the Thornfield Graduate Assessment Centre on 12 February for the <b>Finance Graduate Scheme</b>.</p>
<p>We have now reviewed the results from all of the exercises (the group task, the written case study and the interview with a senior manager). Unfortunately your overall performance across the exercises did not reach the standard required, and we will not be offering you a place on the 2026 scheme.</p>
<p>If you would like feedback on your performance at the assessment centre, please reply to this email within 14 days and a member of the team will arrange it.</p>
<p>Best wishes,<br>Thornfield Early Careers</p>
<p style="font-size:11px;color:#8c8c8c;">Thornfield Group plc, 2 Temple Back East, Bristol BS1 6EG &middot; <a href="https://graduates.thornfieldgroup.com/privacy">Privacy</a> &middot; <a href="https://graduates.thornfieldgroup.com/unsubscribe">Unsubscribe from graduate news</a></p>
</div>`, 'Thornfield Assessment Centre - outcome'),

  rej('application', ['position_filled'], { ...door },
    `<div style="font-family:Verdana,sans-serif;font-size:13px;color:#2e2e2e;">
<p>Hi Pedro,</p>
<p>Thanks so much for your interest in the <strong>Bookkeeper (part-time)</strong> job at Larkspur Dental Group.</p>
<p>We wanted to let you know that the position has now been filled.</p>
<p>We&rsquo;ll hold on to your details for the next six months, and if a similar role opens at any of our practices we&rsquo;ll get in touch with you.</p>
<p>Thanks again,<br>Larkspur Dental Group &ndash; Hiring Team</p>
<p style="font-size:11px;color:#999999;">Larkspur Dental Group &middot; 3300 E Camelback Rd, Phoenix, AZ 85018<br>Powered by BambooHR &middot; <a href="https://larkspurdental.bamboohr.com/careers/privacy">Privacy</a></p>
</div>`, 'Bookkeeper (part-time) - Larkspur Dental Group'),

  rej('application', ['generic'], {},
    `<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;"><tr><td align="center" style="background:#f0f3f7;padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:16px 20px;border-bottom:2px solid #275df5;"><img src="https://static.jobkhoj.in/mail/jk-logo.png" alt="JobKhoj"></td></tr>
<tr><td style="padding:20px;font-size:14px;color:#333333;">
Dear Pooja Rao,<br><br>
<b>Recruiter action on your application</b><br><br>
Your application for <b>Associate - Equity Research</b> at <b>Vantara Capital Advisors</b>, Mumbai (3-5 yrs) has been reviewed by the recruiter.<br><br>
<span style="background:#fdecea;color:#b3261e;padding:3px 8px;border-radius:3px;">Status: Not shortlisted</span><br><br>
Don&#39;t lose heart! Here are some similar jobs you may like:<br>
<ul style="padding-left:18px;">
<li><a href="https://www.jobkhoj.in/job/884120">Equity Research Analyst - Sutlej Securities, Mumbai</a></li>
<li><a href="https://www.jobkhoj.in/job/884377">Research Associate (BFSI) - Kavach Broking, Pune</a></li>
<li><a href="https://www.jobkhoj.in/job/885002">Financial Analyst - Orchid Wealth, Bengaluru</a></li>
</ul>
<a href="https://www.jobkhoj.in/jobs/similar?ref=884001" style="background:#275df5;color:#ffffff;padding:9px 16px;text-decoration:none;border-radius:4px;">View all similar jobs</a>
</td></tr>
<tr><td style="padding:14px 20px;font-size:11px;color:#999999;background:#fafafa;">This is a system generated mail. Please do not reply. Beware of fraudsters asking for money in the name of jobs. <a href="https://www.jobkhoj.in/settings/notifications">Manage notifications</a></td></tr>
</table></td></tr></table>`, 'Recruiter action on your application - Vantara Capital Advisors'),

  rej('assessment', ['generic'], {},
    `<div style="font-family:system-ui,sans-serif;font-size:15px;line-height:1.6;color:#202020;">
<p>Hi Lena,</p>
<p>Thank you for the take-home project for the <b>Frontend Developer</b> role &mdash; we know it took an evening or two.</p>
<p>We received a number of very strong submissions, and we&rsquo;ve decided to move ahead with other candidates for the interview stage.</p>
<p>Best of luck with your search,<br>The Pinecrest Labs team</p>
<p style="font-size:12px;color:#999999;">Pinecrest Labs GmbH &middot; Torstra&szlig;e 109, 10119 Berlin &middot; <a href="https://pinecrestlabs.recruitee.com/privacy">Datenschutz / Privacy</a></p>
</div>`, 'Pinecrest Labs: Frontend Developer'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `<table cellpadding="0" cellspacing="0" width="100%"><tr><td style="font-family:Arial,sans-serif;font-size:14px;color:#333333;line-height:20px;padding:18px;">
Dear Fatima,<br><br>
Thank you for meeting the panel on Wednesday for the post of <b>Clinical Data Manager</b>.<br><br>
I am sorry to let you know that the panel has decided not to offer you the post. The panel asked me to pass on the following:<br>
<ul>
<li>You spoke well about data cleaning and query management, but had not yet set up a database in Medidata Rave or another EDC system, which is a core part of the role.</li>
<li>The role needs working knowledge of CDISC standards (SDTM in particular), and your answers suggested this is an area you have only met in training.</li>
</ul>
If you would like to talk this through with the chair of the panel, Dr Howell, please let me know and I will arrange a call.<br><br>
Kind regards,<br>
Sunita Parekh<br>Recruitment Coordinator, Ashgrove Clinical Research<br>
<span style="font-size:11px;color:#888888;">Ashgrove Clinical Research Ltd, 9 Hills Road, Cambridge CB2 1NL</span>
</td></tr></table>`, 'Clinical Data Manager - interview outcome'),

  rej('application', ['generic'], {},
    `<div style="font-family:Arial,sans-serif;font-size:14px;color:#212b32;max-width:600px;">
<div style="background:#005eb8;padding:16px 20px;"><img src="https://www.jobs.example-nhs.uk/img/nhs-jobs-white.png" alt="NHS Jobs" height="32"></div>
<div style="padding:20px;">
<p>Dear Rebecca Shaw,</p>
<p><b>Vacancy reference:</b> 283-ESR-6614-B<br><b>Job title:</b> Band 5 Staff Nurse, Acute Medical Unit<br><b>Employer:</b> Calder Valley Hospitals NHS Foundation Trust</p>
<p>Thank you for applying for this job. The employer has reviewed your application, and you have not been shortlisted for interview.</p>
<p><a href="https://www.jobs.example-nhs.uk/candidate/applications/6614" style="display:inline-block;background:#007f3b;color:#ffffff;padding:10px 16px;text-decoration:none;font-weight:bold;">View your application</a></p>
<p>Do not reply to this email. If you have a question about this job, contact the employer using the details in the advert.</p>
</div>
<div style="border-top:1px solid #d8dde0;padding:12px 20px;font-size:12px;color:#4c6272;"><a href="https://www.jobs.example-nhs.uk/privacy">Privacy policy</a> &nbsp; <a href="https://www.jobs.example-nhs.uk/account/notifications">Change your email settings</a></div>
</div>`, 'NHS Jobs: application update 283-ESR-6614-B'),

  rej('screen', ['location'], { ...fb },
    `<div style="font-family:Helvetica,sans-serif;font-size:14px;color:#222222;">
<p>Hi Mateus,</p>
<p>It was great speaking with you yesterday about the <b>IT Support Lead</b> role.</p>
<p>As we discussed, the role is fully on-site at our Charlotte office five days a week, because the team supports the trading floor in person. You mentioned you&rsquo;re only looking at fully remote positions, so we&rsquo;ve agreed not to move forward with your application.</p>
<p>Thank you for your honesty, and good luck with the search.</p>
<p>Regards,<br>Dana Whitfield<br>Talent Acquisition | Piedmont Ridge Capital</p>
<p style="font-size:11px;color:#999999;">Piedmont Ridge Capital LLC &middot; 101 N Tryon St, Charlotte, NC 28246 &middot; <a href="https://piedmontridge.icims.com/privacy">Privacy</a> &middot; <a href="https://piedmontridge.icims.com/unsubscribe">Opt out</a></p>
</div>`, 'IT Support Lead - Piedmont Ridge'),

  // Look-alikes and paused processes in the same HTML
  other(`<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px;color:#333333;line-height:21px;">
<tr><td style="padding:20px 0;"><img src="https://careers.verdigrisenergy.com/img/logo.png" alt="Verdigris Energy"></td></tr>
<tr><td>
<p>Hi Sam,</p>
<p>Thanks for applying for <b>Grid Connections Engineer</b>. We&rsquo;ve received your application and our team will review it over the next two weeks.</p>
<p><b>What happens next</b></p>
<ul>
<li>If your experience matches what we&rsquo;re looking for, a recruiter will contact you to arrange a 30-minute call.</li>
<li>If we don&rsquo;t take your application further, we&rsquo;ll let you know by email &mdash; we reply to everyone.</li>
<li>You can check the status of your application at any time in your candidate account.</li>
</ul>
<p><a href="https://careers.verdigrisenergy.com/account" style="background:#0f7b5f;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:4px;">View my application</a></p>
<p>Thanks,<br>Verdigris Energy Talent Team</p>
</td></tr>
<tr><td style="padding-top:20px;font-size:11px;color:#999999;">Verdigris Energy Ltd &middot; 1 Forbury Place, Reading RG1 3JH &middot; <a href="https://careers.verdigrisenergy.com/privacy">Privacy</a> &middot; <a href="https://careers.verdigrisenergy.com/unsubscribe">Unsubscribe</a></td></tr>
</table></td></tr></table>`, 'We have received your application - Grid Connections Engineer'),

  other(`<div style="font-family:Arial,sans-serif;font-size:14px;color:#222222;max-width:600px;">
<p><img src="https://hire.solsticerobotics.com/email/logo.png" alt="Solstice Robotics"></p>
<p>Hi Priyanka,</p>
<p>Great news &mdash; the team would like to invite you to a <b>45-minute video interview</b> for the <b>Embedded Software Engineer</b> role with Tom Rennard (Engineering Manager) and Yuki Sato (Senior Engineer).</p>
<p>Please choose a time that suits you:</p>
<p style="text-align:center;"><a href="https://hire.solsticerobotics.com/schedule/ab91c" style="background:#5b3cc4;color:#ffffff;padding:12px 24px;text-decoration:none;border-radius:5px;font-weight:bold;">Book your interview</a></p>
<p>Unfortunately we can&rsquo;t offer slots on Fridays this month, as the team is at a trade show. If none of the times work, reply to this email and we&rsquo;ll find another.</p>
<p>Best,<br>Solstice Robotics Recruiting</p>
<p style="font-size:11px;color:#999999;">Solstice Robotics Inc. &middot; 77 Summer St, Boston, MA 02110 &middot; <a href="https://solsticerobotics.com/privacy">Privacy</a></p>
</div>`, 'Interview invitation: Embedded Software Engineer'),

  other(`<html><body style="background:#f3f2ef;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:-apple-system,Arial,sans-serif;font-size:14px;color:#1d1d1d;">
<tr><td style="padding:16px 24px;"><img src="https://static.jobsnest.com/mail/jobsnest-logo.png" alt="JobsNest" height="24"></td></tr>
<tr><td style="padding:0 24px;"><h2 style="font-size:20px;margin:8px 0 4px 0;">4 new jobs for &ldquo;data analyst&rdquo; in Manchester</h2><p style="color:#666666;margin:0 0 16px 0;">Based on your job alert</p></td></tr>
<tr><td style="padding:10px 24px;border-top:1px solid #eeeeee;"><a href="https://jobsnest.com/j/771203" style="font-weight:bold;color:#0a66c2;text-decoration:none;">Data Analyst</a><br>Peel &amp; Ashby Insurance &middot; Manchester &middot; &pound;34,000&ndash;&pound;38,000<br><span style="color:#888888;font-size:12px;">Posted 2 days ago &middot; Easy apply</span></td></tr>
<tr><td style="padding:10px 24px;border-top:1px solid #eeeeee;"><a href="https://jobsnest.com/j/771388" style="font-weight:bold;color:#0a66c2;text-decoration:none;">Junior Data Analyst (Hybrid)</a><br>Trafford Leisure Trust &middot; Stretford<br><span style="color:#888888;font-size:12px;">Posted 1 day ago</span></td></tr>
<tr><td style="padding:10px 24px;border-top:1px solid #eeeeee;"><a href="https://jobsnest.com/j/771455" style="font-weight:bold;color:#0a66c2;text-decoration:none;">Marketing Data Analyst</a><br>Northern Quarter Creative &middot; Manchester<br><span style="color:#888888;font-size:12px;">Posted 5 hours ago &middot; Be an early applicant</span></td></tr>
<tr><td style="padding:10px 24px;border-top:1px solid #eeeeee;"><a href="https://jobsnest.com/j/771502" style="font-weight:bold;color:#0a66c2;text-decoration:none;">Data &amp; Reporting Analyst</a><br>Salford Royal Pharmacy Services &middot; Salford<br><span style="color:#888888;font-size:12px;">Posted 3 days ago</span></td></tr>
<tr><td style="padding:16px 24px;" align="center"><a href="https://jobsnest.com/alerts/9920/results" style="background:#0a66c2;color:#ffffff;padding:10px 22px;border-radius:20px;text-decoration:none;">See all jobs</a></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888888;border-top:1px solid #eeeeee;">You are receiving job alert emails. <a href="https://jobsnest.com/alerts/manage">Manage job alerts</a> &middot; <a href="https://jobsnest.com/unsubscribe?a=9920">Unsubscribe</a><br>JobsNest Ltd, 20 Lever St, Manchester M1 1EA</td></tr>
</table></td></tr></table></body></html>`, '4 new jobs for "data analyst" in Manchester'),

  other(`<div style="font-family:Arial,sans-serif;font-size:14px;color:#333333;max-width:580px;">
<p><img src="https://careers.halcyonmutual.com/img/logo.png" alt="Halcyon Mutual Careers"></p>
<p>Hi Ebony,</p>
<p>Your candidate profile is <b>60% complete</b>.</p>
<div style="background:#e9ecef;border-radius:4px;height:10px;width:100%;"><div style="background:#1b998b;border-radius:4px;height:10px;width:60%;"></div></div>
<p>Unfortunately, recruiters can&rsquo;t see incomplete profiles when they search for candidates. A few more details and you&rsquo;ll be visible:</p>
<ul>
<li>Add your work history</li>
<li>Upload an up-to-date CV</li>
<li>Tell us which locations you&rsquo;d consider</li>
</ul>
<p><a href="https://careers.halcyonmutual.com/profile/edit" style="background:#1b998b;color:#ffffff;padding:10px 18px;text-decoration:none;">Complete my profile</a></p>
<p style="font-size:11px;color:#999999;">Halcyon Mutual &middot; 1 Riverside Way, Norwich NR1 1SR &middot; <a href="https://careers.halcyonmutual.com/preferences">Manage preferences</a> &middot; <a href="https://careers.halcyonmutual.com/unsubscribe">Unsubscribe</a></p>
</div>`, 'Your profile is almost there'),

  other(`<div style="font-family:Arial,sans-serif;font-size:13px;color:#333333;width:600px;">
<div style="background:#f7f7f7;padding:14px;border-bottom:1px solid #dddddd;"><img src="https://portal.ashcombe-careers.com/assets/ashcombe.png" alt="Ashcombe Group Careers"></div>
<div style="padding:18px;">
<p>Hello Bilal,</p>
<p>The status of your application has changed.</p>
<table cellpadding="5" cellspacing="0" style="font-size:13px;">
<tr><td style="color:#777777;">Job title:</td><td>Market Risk Analyst</td></tr>
<tr><td style="color:#777777;">Job number:</td><td>ASH-2025-0422</td></tr>
<tr><td style="color:#777777;">Previous status:</td><td>Under review</td></tr>
<tr><td style="color:#777777;">New status:</td><td><span style="color:#1e7b34;font-weight:bold;">Interview</span></td></tr>
</table>
<p>A member of the recruitment team will be in touch shortly with interview details.</p>
<p><a href="https://portal.ashcombe-careers.com/candidate/applications" style="color:#005a9c;">View my applications</a></p>
</div>
<div style="font-size:10px;color:#999999;padding:10px 18px;border-top:1px solid #eeeeee;">Please do not reply to this automated message. &copy; Ashcombe Group plc</div>
</div>`, 'Application status update: Market Risk Analyst'),

  other(`<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="font-family:Arial,sans-serif;font-size:14px;color:#39424e;padding:24px;">
<img src="https://assess.codeduel.io/img/codeduel.png" alt="CodeDuel" width="110"><br><br>
Hi Oluwaseun,<br><br>
<b>Ravenmoor Games</b> has invited you to take a coding assessment for the <b>Gameplay Programmer</b> role.<br><br>
<table cellpadding="4" cellspacing="0" style="font-size:13px;">
<tr><td>&bull; Duration:</td><td>90 minutes</td></tr>
<tr><td>&bull; Questions:</td><td>3 (C++)</td></tr>
<tr><td>&bull; Complete by:</td><td>Sunday, 23 March 2025, 23:59 GMT</td></tr>
</table><br>
<a href="https://assess.codeduel.io/t/rvm-771ac" style="background:#1ba94c;color:#ffffff;padding:11px 22px;text-decoration:none;border-radius:4px;">Start assessment</a><br><br>
Unfortunately we cannot extend the deadline once the link has expired, so please start in good time.<br><br>
Good luck!<br>The CodeDuel team on behalf of Ravenmoor Games<br><br>
<span style="font-size:11px;color:#8a8a8a;">CodeDuel, Inc. &middot; <a href="https://codeduel.io/candidate-privacy">Candidate privacy</a> &middot; <a href="https://codeduel.io/support">Help</a></span>
</td></tr></table>`, 'Ravenmoor Games has invited you to a coding assessment'),

  other(`<div style="font-family:Georgia,serif;font-size:15px;color:#333333;max-width:600px;">
<p><img src="https://jobs.wexcombe.ac.uk/img/crest.png" alt="University of Wexcombe"></p>
<p>Dear Dr Anand,</p>
<p><b>Lecturer in Environmental Chemistry (Ref. WX-1187)</b></p>
<p>We regret that we have not yet been able to give you a decision on your application. The shortlisting panel met later than planned because of the examination period, and we now expect to contact all applicants by <b>Friday 4 April</b>.</p>
<p>We apologise for the delay and thank you for your patience.</p>
<p>Yours sincerely,<br>HR Recruitment Team<br>University of Wexcombe</p>
<p style="font-size:11px;color:#888888;font-family:Arial,sans-serif;">University of Wexcombe, Old College, Wexcombe WX1 2AA &middot; <a href="https://jobs.wexcombe.ac.uk/privacy">Privacy notice for applicants</a></p>
</div>`, 'Lecturer in Environmental Chemistry - update'),

  other(`<table width="100%" cellpadding="0" cellspacing="0" style="background:#f6f9fc;"><tr><td align="center" style="padding:24px 0;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;color:#32325d;">
<tr><td style="padding:24px;"><img src="https://orbitpay.com/email/logo.png" alt="OrbitPay"></td></tr>
<tr><td style="padding:0 24px 24px;">
<p>Hi Camille,</p>
<p>Your offer for <b>Product Operations Manager</b> is ready to view. Please review it, along with the attached benefits guide, and sign by <b>28 March</b>.</p>
<p style="text-align:center;"><a href="https://orbitpay.com/offers/view/e81f2" style="background:#635bff;color:#ffffff;padding:12px 24px;border-radius:6px;text-decoration:none;">View your offer</a></p>
<p>If you have any questions, reply to this email or call me on +44 20 7946 0183.</p>
<p>Congratulations!<br>Jamie Holloway, Recruiting</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#8898aa;border-top:1px solid #e6ebf1;">OrbitPay Ltd &middot; 1 Finsbury Avenue, London EC2M 2PF &middot; <a href="https://orbitpay.com/privacy">Privacy</a></td></tr>
</table></td></tr></table>`, 'Your offer from OrbitPay'),

  other(`<div style="font-family:Arial,sans-serif;font-size:14px;color:#333333;max-width:600px;">
<p><img src="https://careers.lindqvistgroup.com/img/logo.png" alt="Lindqvist Group"></p>
<p>Hi Rosa,</p>
<p>Welcome to the <b>Lindqvist Group Talent Community</b>! You&rsquo;ll now receive occasional emails about roles in your chosen areas:</p>
<ul><li>Supply Chain &amp; Logistics</li><li>Procurement</li></ul>
<p>We don&rsquo;t have any open roles matching your preferences this week, but we&rsquo;ll let you know as soon as something comes up.</p>
<p><a href="https://careers.lindqvistgroup.com/community/preferences" style="color:#00509e;">Update my preferences</a></p>
<p style="font-size:11px;color:#999999;">Lindqvist Group &middot; <a href="https://careers.lindqvistgroup.com/privacy">Privacy</a> &middot; <a href="https://careers.lindqvistgroup.com/community/leave">Leave the talent community</a></p>
</div>`, 'Welcome to the Lindqvist Group Talent Community'),

  other(`<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222222;">
<p>Hi Connor,</p>
<p>This is to confirm that your application for <b>Site Reliability Engineer</b> (JR-30215) has been <b>withdrawn</b> at your request, as of 14 March 2025.</p>
<p>Sorry to see you go &mdash; if you change your mind, you&rsquo;re welcome to apply again while the role is open.</p>
<p><a href="https://redgatefinance.wd1.myworkdayjobs.com/External/userHome">Go to Candidate Home</a></p>
<p style="font-size:11px;color:#888888;">Redgate Finance Talent Acquisition &middot; This mailbox is not monitored.</p>
</div>`, 'Your application has been withdrawn'),

  other(`<table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px;color:#333333;"><tr><td style="padding:20px;">
<img src="https://survey.candidatepulse.com/img/logo.png" alt="CandidatePulse"><br><br>
Hi Kofi,<br><br>
You recently went through the hiring process for <b>Warehouse Team Leader</b> at <b>Tidewell Logistics</b>. Whatever the outcome, we&rsquo;d like to hear how it felt.<br><br>
<b>How likely are you to recommend applying to Tidewell Logistics to a friend?</b><br><br>
<table cellpadding="0" cellspacing="4"><tr>
<td style="border:1px solid #cccccc;padding:6px 10px;"><a href="https://survey.candidatepulse.com/r/tw88?s=0">0</a></td>
<td style="border:1px solid #cccccc;padding:6px 10px;"><a href="https://survey.candidatepulse.com/r/tw88?s=5">5</a></td>
<td style="border:1px solid #cccccc;padding:6px 10px;"><a href="https://survey.candidatepulse.com/r/tw88?s=10">10</a></td>
</tr></table><br>
It takes two minutes and your answers are anonymous.<br><br>
<span style="font-size:11px;color:#999999;">CandidatePulse on behalf of Tidewell Logistics &middot; <a href="https://survey.candidatepulse.com/optout">Opt out of surveys</a></span>
</td></tr></table>`, 'How was your experience with Tidewell Logistics?'),

  other(`<div style="font-family:Arial,sans-serif;font-size:14px;color:#333333;">
<p><img src="https://www.hirehaven.co.uk/img/logo.png" alt="HireHaven"></p>
<p>Hi Aisha,</p>
<p>A job you saved is no longer accepting applications:</p>
<table cellpadding="8" cellspacing="0" style="border:1px solid #e0e0e0;width:100%;"><tr><td><b>Events Coordinator</b><br>Harbourside Venues &middot; Bristol<br><span style="color:#c62828;">Closed &mdash; the employer has stopped accepting applications</span></td></tr></table>
<p>Don&rsquo;t worry &mdash; here are some similar roles that are still open:</p>
<ul><li><a href="https://www.hirehaven.co.uk/job/55129">Events Assistant &ndash; Ashton Court Estate, Bristol</a></li><li><a href="https://www.hirehaven.co.uk/job/55301">Venue Coordinator &ndash; The Old Granary, Bath</a></li></ul>
<p style="font-size:11px;color:#999999;"><a href="https://www.hirehaven.co.uk/saved">Saved jobs</a> &middot; <a href="https://www.hirehaven.co.uk/unsubscribe">Unsubscribe</a></p>
</div>`, 'A job you saved has closed'),

  hold('application', ['role_closed'], {},
    `<div style="font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d;max-width:600px;">
<p><img src="https://careers.ambrosefoods.com/img/ambrose.png" alt="Ambrose Foods"></p>
<p>Dear Marcus,</p>
<p>Thank you for your application for <b>Category Buyer &ndash; Chilled (Req. AF-2207)</b>.</p>
<p>We want to let you know that recruitment for this role has been <b>placed on hold</b> while the business completes its budget review for the new financial year. Your application has not been declined and remains active &mdash; we will contact you as soon as we know whether the role will go ahead.</p>
<p>Thank you for your patience.</p>
<p>Ambrose Foods Talent Acquisition</p>
<p style="font-size:11px;color:#999999;">Ambrose Foods plc &middot; Trent Park, Nottingham NG11 7JP &middot; <a href="https://careers.ambrosefoods.com/privacy">Privacy</a> &middot; <a href="https://careers.ambrosefoods.com/preferences">Manage preferences</a></p>
</div>`, 'Update: Category Buyer - Chilled (AF-2207)'),

  hold('interview', ['generic'], {},
    `<table cellpadding="0" cellspacing="0" width="100%"><tr><td style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333333;line-height:22px;padding:20px;">
<p>Hi Tanvir,</p>
<p>Thank you again for your interview with the finance team on the 3rd for the <b>FP&amp;A Manager</b> role.</p>
<p>I wanted to give you an honest update: our CFO, who makes the final decision, is on unexpected leave for the next three weeks, so we&rsquo;re pausing the process until she&rsquo;s back. You&rsquo;re still very much in the running, and nothing has been decided.</p>
<p>I&rsquo;ll be in touch in the week of 14 April with next steps.</p>
<p>Best,<br>Louise Grant<br><span style="color:#888888;font-size:13px;">Talent Acquisition, Brightwater Leisure</span></p>
</td></tr></table>
<p style="font-size:11px;color:#aaaaaa;font-family:Arial,sans-serif;">Sent via Greenhouse &middot; <a href="https://boards.greenhouse.io/brightwater/privacy">Privacy</a></p>`, 'FP&A Manager - update'),

  // ── 2. Threads: the newest message on top of quoted history
  // The decision is in the newest message
  rej('interview', ['generic'], {},
    `Hi Beatriz,

Thank you for coming in on Tuesday to meet Colm and me. We've now finished all the interviews for the Office Manager role and have decided to go with another candidate.

Thanks again for your time, and best of luck.

Alison

On Thu, 6 Mar 2025 at 09:14, Alison Reddy <alison.reddy@kilbrackenarchitects.ie> wrote:
> Hi Beatriz,
>
> Thanks for your application for the Office Manager role. We'd love to invite you in for an interview with Colm (one of the directors) and me at our office on Fitzwilliam Street. Would Tuesday 11 March at 2pm suit?
>
> It should take about 45 minutes. Unfortunately there's no parking nearby, so the Luas is your best bet.
>
> Best,
> Alison`, 'Re: Interview - Office Manager'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Devon,

Thanks for this, and for your time on Friday. After meeting all the candidates we've decided to move forward with someone whose experience lines up more closely with what the role needs right now, so we won't be taking your application further.

All the best,
Kara

Kara Lindgren | Engineering Manager | Stoneharbor

On Fri, Mar 14, 2025 at 5:47 PM Devon Price <devon.price@fastmail.com> wrote:
> Hi Kara,
>
> Thank you for the conversation this afternoon - I really enjoyed hearing about the migration off the monolith and how the team splits on-call. It made me even more excited about the role.
>
> Let me know if there's anything else you need from me.
>
> Best,
> Devon`, 'Re: Thank you'),

  rej('final', ['position_filled'], {},
    `Dear Ravi,

Thank you for your patience, and for checking in. I'm sorry to say that we offered the position to another finalist, who has accepted it. It was a close decision after the final round and I know this is disappointing.

Kind regards,
Helen

Helen Morrow
People Director | Ashdown Carr Insurance

From: Ravi Menon <ravi.menon@outlook.com>
Sent: Monday, 17 March 2025 10:02
To: Helen Morrow <h.morrow@ashdowncarr.co.uk>
Subject: Head of Claims - following up

Dear Helen,

I hope you're well. I wanted to follow up after the final-round interview with you and Mark on the 7th. I'm still very interested in the Head of Claims position and would be grateful for any update on timing.

Best regards,
Ravi`, 'RE: Head of Claims - following up'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Jun,

Of course - happy to share. The panel was positive about your analysis and how you explained the attribution model. Where we went a different way was experience with paid social at scale: the role manages around £2m a year across Meta and TikTok, and your campaigns so far have been mostly search, with budgets well below that. The candidate we chose has run that size of budget before.

I hope that helps, and thanks for asking.

Naomi

On Wed, 19 Mar 2025 at 08:31, Jun Takahashi <jun.takahashi@gmail.com> wrote:
> Hi Naomi,
>
> Thanks for letting me know. I'm disappointed but I appreciate the quick answer. Would you be able to share any feedback from the interview? It would really help me with the next one.
>
> Thanks,
> Jun
>
> On Tue, 18 Mar 2025 at 16:05, Naomi Fairbairn <naomi@tealridge.co> wrote:
>> Hi Jun,
>>
>> Thank you for interviewing with us for the Performance Marketing Manager role last week. I'm sorry to say we won't be taking things further.
>>
>> Best,
>> Naomi`, 'Re: Performance Marketing Manager'),

  rej('interview', ['generic'], {},
    `Dear Ms Okafor,

Thank you for your email. I'm afraid it is the Council's policy not to provide individual feedback to candidates who are unsuccessful at interview for posts at this grade, so I'm not able to share the panel's notes.

I'm sorry not to be more helpful.

Yours sincerely,
Recruitment Team
Westerleigh Borough Council

-----Original Message-----
From: Adaeze Okafor <adaeze.okafor@yahoo.co.uk>
Sent: 20 March 2025 13:40
To: Recruitment <recruitment@westerleigh.gov.uk>
Subject: Feedback - Housing Officer interview (ref HO/0225)

Dear Recruitment Team,

Thank you for your letter telling me I was unsuccessful following my interview for the Housing Officer post on 12 March. Would it be possible to receive some feedback on my interview?

Kind regards,
Adaeze Okafor`, 'RE: Feedback - Housing Officer interview (ref HO/0225)'),

  rej('application', ['generic'], {},
    `Hi Felix,

Sorry - I'm afraid it's also a no on the Operations Coordinator role. The client has shortlisted four people and you weren't one of them.

Thanks,
Meera

Meera Anand | Consultant | Brightside Office Recruitment

-----Original Message-----
From: Meera Anand
Sent: 04 March 2025 11:22
To: Felix Hartmann
Subject: RE: Team Assistant - Camden

Hi Felix,

Quick one - Harwell Partners have come back on the Team Assistant role and have decided not to take your CV forward, I'm afraid. They wanted someone with legal sector experience.

I've sent you through for the Operations Coordinator job we spoke about, so fingers crossed on that one.

Meera`, 'RE: Team Assistant - Camden'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Chloe,

See below from Mark at Ferngate. Sorry it's not better news - I thought the interview had gone well too. Happy to chat later if you want to talk it over.

Sian

---------- Forwarded message ---------
From: Mark Delaney <mark.delaney@ferngate-design.com>
Date: Thu, 20 Mar 2025 at 15:12
Subject: Chloe Bennett
To: Sian Price <sian@northpointtalent.co.uk>

Hi Sian,

Thanks for sending Chloe over. We're going to pass. She's clearly capable, but when we talked about how we work - lots of quick informal reviews, designers sitting with the client in workshops - she said she prefers to work on her own and present finished work. That's the opposite of how our studio runs, and I don't think she'd enjoy it here.

Thanks,
Mark`, 'Fwd: Chloe Bennett'),

  rej('application', ['position_filled'], {},
    `Hi Tobias,

I'm really sorry to do this, but I need to cancel Thursday's interview. The Store Supervisor role was filled this morning, so there's no longer a vacancy to interview for.

Apologies for the short notice.

Regards,
Joanne

On Mon, 17 Mar 2025 at 12:30, Joanne Birch <joanne.birch@halewoodhome.co.uk> wrote:
> Hi Tobias,
>
> Thanks for applying for the Store Supervisor role at our Chester store. Could you come in for an interview on Thursday 20 March at 10am? Please ask for me at the customer service desk.
>
> Regards,
> Joanne`, 'Re: Store Supervisor interview'),

  rej('screen', ['role_closed'], {},
    `Hi Yasmin,

Thanks for your note last week, and for the call. I have an update I didn't expect to be writing: the hiring for the Community Partnerships Lead has been put on hold indefinitely following a funding decision from our main grant-maker, so we are closing the role and won't be progressing any applications, including yours.

I'm sorry - you were someone I was looking forward to introducing to the team.

Warm regards,
Femi Adeyemi
Head of People, Lanternhouse Trust

On 12 Mar 2025, at 16:48, Yasmin Saleh <yasmin.saleh@protonmail.com> wrote:
> Hi Femi,
>
> Thank you for the call this afternoon - it was really useful to hear more about the Community Partnerships Lead role and the work in Hackney. I'd be delighted to move on to the next stage.
>
> Best,
> Yasmin`, 'Re: Community Partnerships Lead'),

  rej('interview', ['internal_candidate'], {},
    `Hi Oisin,

Thank you for your message and for coming back in for the second interview. I wanted to let you know personally that we have decided to appoint a colleague from our Galway office to the Project Engineer role.

It was a pleasure meeting you.

Regards,
Niamh Burke
Engineering Director | Corrib Consulting Engineers

From: Oisin Kelly <oisin.kelly@gmail.com>
Sent: Wednesday 19 March 2025 18:22
To: Niamh Burke <nburke@corribce.ie>
Subject: Second interview - thank you

Hi Niamh,

Thank you and Declan for the second interview this morning. I enjoyed the site walk-round at Oranmore and it was great to hear more about the water-treatment projects.

Kind regards,
Oisin`, 'RE: Second interview - thank you'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Anya,

Thanks for sending this over, and for turning it round so quickly. Two of our analysts reviewed it. The presentation was clear, but the forecast in the model double-counts returns (they're deducted in both the net sales and the margin tabs), which pushes the margin up by about four points, and the brief asked for that to be reconciled. For that reason we won't be inviting you to interview.

Thank you for the effort you put in.

Best,
Gregor

On Mon, 10 Mar 2025 at 21:03, Anya Petrova <anya.petrova@gmail.com> wrote:
> Hi Gregor,
>
> Please find attached my submission for the case study (Excel model and a short slide deck). I've noted my assumptions on the first tab.
>
> Thanks,
> Anya`, 'Re: Commercial Analyst case study'),

  rej('interview', ['position_filled'], {},
    `> On 3 Mar 2025, at 11:20, Hollie Grant <hollie@westbaybakery.co.uk> wrote:
>
> Hi Jacob,
>
> Would you be able to pop in to the bakery on Monday the 10th at 3pm to chat about the Assistant Manager job? Should take half an hour.
>
> Hollie

Hi Jacob,

Thanks for popping in on Monday - it was good to meet you. We offered the job to someone else and she's accepted, so I'm afraid we won't be taking things further this time.

Thanks again,
Hollie`, 'Re: Assistant Manager job'),

  rej('screen', ['salary'], { ...fb },
    `Hi Marco,

Thanks for being so clear. I've run the £72k figure past the hiring manager. The budget for this role is capped at £60k including the bonus, and there's no flexibility this year, so unfortunately we won't be able to move forward.

Sorry it didn't work out on the numbers.

Best,
Jess

On Thu, 13 Mar 2025 at 09:55, Marco Bianchi <marco.bianchi@icloud.com> wrote:
> Hi Jess,
>
> Following our call on Tuesday, as promised: my salary expectation for the Senior QA Engineer role is £72,000 base. I'm flexible on the mix of base and bonus.
>
> Thanks,
> Marco`, 'Re: Senior QA Engineer - salary'),

  rej('final', ['profile_mismatch'], { ...door, ...offered },
    `Hi Lucia,

I'm forwarding Priya's note below. I'm sorry - I know how much work the final presentation took. If you'd like to go through the panel's thoughts, I'm happy to arrange a call with Priya next week.

Tom

Tom Webb | Talent Partner | Hexwell

Begin forwarded message:

From: Priya Nair <priya.nair@hexwell.com>
Subject: Lucia - final round
Date: 21 March 2025 at 09:40:12 GMT
To: Tom Webb <tom.webb@hexwell.com>

Tom - can you let Lucia know we've decided to go with Adam? His background is closer to where the product team is heading over the next year. Lucia was excellent in the final round and I'd like us to keep her warm: please tell her I'll get in touch with her about the senior role we're opening in the summer.

P`, 'Fwd: Lucia - final round'),

  rej('interview', ['skills_gap'], { ...fb },
    `Sorry Hana - they've gone with someone who speaks Mandarin, it came up as a must-have after all. Thanks for going in.

Sent from my iPhone

> On 18 Mar 2025, at 17:02, Hana Kovac <hana.kovac@gmail.com> wrote:
>
> Hi Ben, just out of the interview with Lianshi Trading - it went well I think! Great to meet Mr Zhou. Let me know what they say.`, 'Re: Lianshi interview'),

  rej('screen', ['location'], { ...fb },
    `Hi Sanjay,

Thanks for clarifying. I've checked with our immigration team, and we're not able to sponsor a Skilled Worker visa for the Data Engineer role - it doesn't meet the salary threshold for sponsorship at this level. So, unfortunately, we can't progress your application beyond our call.

Sorry about that, and thanks for being upfront.

Regards,
Olga

On Tue, 11 Mar 2025 at 14:18, Sanjay Iyer <sanjay.iyer@gmail.com> wrote:
> Hi Olga,
>
> Thanks for the chat earlier. As mentioned, I'm currently in the UK on a Graduate visa, which expires in October, so I'd need sponsorship to stay in the role after that. Hope that's OK.
>
> Best,
> Sanjay`, 'Re: Data Engineer - follow up'),

  rej('interview', ['overqualified'], { ...fb },
    `Hi Gwen,

Thank you for your email and for meeting the team last week. We've thought about it carefully. With twenty years in programme leadership, including running the national rollout at Fenwick Rail, you'd be coming into a coordinator role that reports to someone with far less experience than you, and we don't think the role would stretch you or hold you for long. So we've decided not to offer it to you.

I hope you find something that really uses what you bring.

Kind regards,
Dafydd Morgan
Head of PMO | Tŷ Glas Housing

From: Gwen Pritchard <gwen.pritchard@btinternet.com>
Sent: 17 March 2025 08:12
To: Dafydd Morgan <dafydd.morgan@tyglas.cymru>
Subject: Project Coordinator - interview

Dear Dafydd,

Thank you for the interview on Wednesday. I wanted to reassure you that I'm happy to step back from leadership roles - I'm looking for something hands-on and closer to home.

Best wishes,
Gwen`, 'RE: Project Coordinator - interview'),

  rej('interview', ['generic'], { ...door },
    `Dear Ikenna,

Thank you for your kind note. The panel has now met to make its decision, and I'm sorry to tell you that we won't be offering you the Research Assistant post this time.

We hope you will apply to us again when we advertise the next round of posts on the cohort study in the autumn.

Best wishes,
Dr Claire Whitby

On Fri, 14 Mar 2025 at 16:30, Ikenna Eze <ikenna.eze@student.brennard.ac.uk> wrote:
> Dear Dr Whitby, Dr Ansell and Prof. Rao,
>
> Thank you for the interview this morning, and for explaining how the fieldwork is organised. I really enjoyed the conversation.
>
> Kind regards,
> Ikenna`, 'Re: Research Assistant interview - thank you'),

  rej('final', ['skills_gap'], { ...fb },
    `Dear Joseph,

Thank you for asking, and I'm glad to give you the panel's feedback on the final interview for Head of Commissioning.

• Your presentation was well structured and you handled the questions on the Better Care Fund confidently.
• The deciding factor was NHS commissioning experience. The appointed candidate has led contract negotiations with acute trusts, and the panel felt that your background, which is mostly in local authority social care commissioning, had not yet given you that.
• The panel also noted that you had not managed a budget of the size involved (around £180m).

I hope this is useful.

Kind regards,
Margaret Oyelaran
Director of Strategy, North Tyne Integrated Care Board

From: Joseph Ellison
Sent: 18 March 2025 09:05
To: Margaret Oyelaran
Subject: RE: Head of Commissioning - outcome

Dear Margaret,

Thank you for letting me know. Although disappointed, I would value any feedback the panel could give me from the final interview.

Regards,
Joseph

From: Margaret Oyelaran
Sent: 17 March 2025 17:20
To: Joseph Ellison
Subject: Head of Commissioning - outcome

Dear Joseph,

Thank you for attending the final interview. I'm sorry to let you know that the panel has decided to appoint another candidate.

Margaret`, 'RE: Head of Commissioning - outcome'),

  rej('interview', ['role_closed'], {},
    `Hi Elif,

Thanks for checking in, and apologies for the silence. The Marketing Automation Specialist role was removed in a restructure of the marketing team that was announced on Monday, and we've been told we can't hire into it. That means we won't be continuing with your application.

I'm really sorry, especially after two rounds of interviews.

Best,
Hamza

On Tue, 18 Mar 2025 at 10:11, Elif Demir <elif.demir@gmail.com> wrote:
> Hi Hamza,
>
> Hope you're well. Just checking in after my second interview with Carla on the 6th - is there any update on the Marketing Automation Specialist role?
>
> Thanks,
> Elif`, 'Re: Marketing Automation Specialist - update?'),

  // The newest message does not decline, whatever is quoted under it
  other(`Hi Rachel,

Thanks for letting me know, and for the kind words. I enjoyed meeting the team and I'd be glad to hear about anything else that comes up.

All the best,
Owen

On Thu, 20 Mar 2025 at 15:44, Rachel Stokes <rachel.stokes@marlowcreative.com> wrote:
> Hi Owen,
>
> Thank you for interviewing for the Account Director role. Unfortunately, we've decided to go with another candidate who has more experience in the automotive sector.
>
> Best,
> Rachel`, 'Re: Account Director'),

  other(`Hi Dominic,

Thank you for letting me know. I appreciate you getting back to me so quickly. If you have a moment, would you be able to share any feedback on my interview or presentation? Anything would be useful as I keep applying.

Thanks again,
Leah

On Wed, 19 Mar 2025 at 11:02, Dominic Hale <dhale@fernleyschool.org.uk> wrote:
> Dear Leah,
>
> Thank you for attending the interview day for the post of Teacher of Geography. I'm sorry to say that on this occasion you have not been successful.
>
> Kind regards,
> Dominic Hale
> Deputy Headteacher`, 'Re: Teacher of Geography'),

  other(`Hi Aaron,

Of course. Thursday at 4pm works for me - I'll send a Teams invite for 20 minutes and I'll have the panel's notes with me.

Speak then,
Karen

On Mon, 17 Mar 2025 at 09:20, Aaron Liu <aaron.liu@gmail.com> wrote:
> Hi Karen,
>
> Thanks for your message on Friday. Would it be possible to have a short call to go through the feedback from the interview?
>
> Aaron
>
> On Fri, 14 Mar 2025 at 16:55, Karen Doyle <karen.doyle@quaysidehealth.com> wrote:
>> Hi Aaron,
>>
>> Thank you for interviewing for the Practice Manager role. I'm afraid we've decided to appoint another candidate.
>>
>> Karen`, 'Re: Practice Manager'),

  other(`Dear Shreya,

Thank you for your email. I've passed your request for feedback to the hiring manager and will come back to you as soon as I hear from him.

Kind regards,
Recruitment Team | Palisade Insurance

From: Shreya Kapoor <shreya.kapoor@gmail.com>
Sent: 19 March 2025 19:41
To: careers@palisadeinsurance.com
Subject: RE: Your application - Underwriting Assistant

Hello,

Thank you for the update. Could you tell me why my application was not successful? I thought my experience matched the job description well.

Shreya

From: careers@palisadeinsurance.com
Sent: 19 March 2025 10:00
Subject: Your application - Underwriting Assistant

Dear Shreya, thank you for your application. Unfortunately, you have not been successful on this occasion.`, 'RE: Your application - Underwriting Assistant'),

  other(`Hi Nadia,

I know the Finance Business Partner one didn't go your way, but I've just taken on a Management Accountant role at a manufacturer in Wakefield that I think is a better fit - hybrid, two days in, up to £52k. Are you free for a quick call on Thursday morning to talk it through?

Cheers,
Liam

On Tue, 11 Mar 2025 at 14:26, Liam Shaw <liam.shaw@aireconsulting.co.uk> wrote:
> Hi Nadia,
>
> I've heard back from Kirkgate Foods. Unfortunately they've decided not to take you forward after the interview - they went with someone with more FMCG experience.
>
> Liam`, 'Re: Kirkgate Foods'),

  other(`Dear Ibrahim,

Please ignore the email below, which was sent to you in error by our system this morning. Your application for the Electrical Design Engineer role is still under consideration, and you remain shortlisted for interview. We'll be in touch shortly with an interview date.

Our apologies for any confusion or worry this may have caused.

Kind regards,
Talent Acquisition | Harrowfield Engineering

-----Original Message-----
From: no-reply@harrowfield-careers.com
Sent: 20 March 2025 07:00
To: Ibrahim Musa
Subject: Your application for Electrical Design Engineer

Dear Ibrahim,

Thank you for your interest in Harrowfield Engineering. Unfortunately we will not be progressing your application for the Electrical Design Engineer position.

Harrowfield Talent Acquisition`, 'RE: Your application for Electrical Design Engineer'),

  other(`Hi Ms Carver,

Please see the email below - this was my application to Kellmore Bank for the graduate analyst scheme. Could we talk about it at my appointment next Tuesday? I'm not sure whether I should reapply next year or focus on other schemes.

Thanks,
Jade Mensah
BSc Economics, Year 3

---------- Forwarded message ---------
From: Kellmore Early Careers <earlycareers@kellmorebank.com>
Date: Mon, 17 Mar 2025 at 12:00
Subject: Your application to the Kellmore Graduate Analyst Programme
To: <jade.mensah@student.hartfield.ac.uk>

Dear Jade,

Thank you for completing the video interview. We regret that we will not be progressing your application to the assessment centre.

Kellmore Early Careers`, 'Fwd: Your application to the Kellmore Graduate Analyst Programme'),

  other(`Hi Rohan,

Perfect, thanks - that's confirmed for Wednesday 26 March at 11:00 with Sarah and Tom at our Clerkenwell office. Unfortunately the lift is out of action that week, so it'll be three flights of stairs; let me know if that's a problem and we'll meet you on the ground floor instead.

See you then,
Georgia

On Fri, 21 Mar 2025 at 10:12, Rohan Das <rohan.das@gmail.com> wrote:
> Hi Georgia,
>
> Wednesday at 11 works well for me.
>
> Thanks,
> Rohan
>
> On Thu, 20 Mar 2025 at 17:30, Georgia Lyle <georgia@fieldnotestudio.com> wrote:
>> Hi Rohan,
>>
>> We'd like to invite you for a second interview for the UX Researcher role. Are you free Wednesday 26 March, late morning?
>>
>> Georgia`, 'Re: Second interview - UX Researcher'),

  other(`Hi Marta,

Thank you so much for the invitation, and I'm sorry to do this at short notice. I've accepted another offer this week, so I'd like to withdraw my application for the Customer Success Manager role and won't need the interview slot on Friday.

Thanks again for your time, and best of luck filling the role.

Kind regards,
Noor

On Wed, 19 Mar 2025 at 13:05, Marta Ruiz <marta.ruiz@helioscrm.com> wrote:
> Hi Noor,
>
> We'd like to invite you to a 45-minute interview for the Customer Success Manager role on Friday 28 March at 2pm.
>
> Marta`, 'Re: Interview invitation - Customer Success Manager'),

  other(`Dear Mr Farouk,

Further to your interview, please find attached our travel expenses form. Please complete it and return it with your receipts (train tickets and parking) by 30 April, and we will reimburse you within 30 days.

Kind regards,
Resourcing Team | Arden Valley NHS Trust

From: Resourcing Team
Sent: 14 March 2025 14:15
To: Samir Farouk
Subject: Interview outcome - Band 6 Physiotherapist

Dear Mr Farouk,

Thank you for attending interview for the above post. I am sorry to inform you that you have not been successful on this occasion.

Resourcing Team`, 'RE: Interview outcome - Band 6 Physiotherapist'),

  other(`Hi Sam,

That's a really generous note - thank you. It was a pleasure to meet you, and I'm sure you'll find the right place soon. Wishing you well.

Elena

On Thu, 20 Mar 2025 at 19:10, Sam Whitaker <sam.whitaker@gmail.com> wrote:
> Hi Elena,
>
> Thank you for letting me know, and for the time you and the team gave me. I learnt a lot from the process.
>
> Best wishes,
> Sam
>
> On Thu, 20 Mar 2025 at 11:30, Elena Popescu <elena.popescu@sagebrush.io> wrote:
>> Hi Sam,
>>
>> Thank you for the final-round interviews last week. We've decided to extend an offer to another candidate, and I'm sorry this isn't the news you were hoping for.
>>
>> Elena`, 'Re: Sagebrush - final round'),

  other(`Hi Kieran,

Thanks for explaining. Do you know whether the Junior Surveyor role is likely to be re-advertised once the new budget is agreed? If it is, I'd love to be considered again.

Best,
Tamara

On Mon, 17 Mar 2025 at 12:00, Kieran Walsh <kieran.walsh@brookfieldsurveyors.co.uk> wrote:
> Hi Tamara,
>
> I'm sorry to say we've had to cancel the Junior Surveyor vacancy after the partners' budget meeting, so we won't be continuing with any of the applications.
>
> Kieran`, 'Re: Junior Surveyor'),

  other(`Hi Amaka,

Got your updated CV, thanks - it reads much better with the audit projects moved up. I'll send it across to the client for the Leeds Internal Auditor role this afternoon and let you know as soon as I hear.

Cheers,
Rob

On Fri, 14 Mar 2025 at 10:02, Rob Keller <rob.keller@pennineaccountancy.co.uk> wrote:
> Hi Amaka,
>
> Bad news on the Bradford role I'm afraid - they've gone with someone who is ACCA qualified.
>
> Let me know if you want me to put you forward for the Leeds one. Send me an updated CV if so.
>
> Rob`, 'Re: Bradford role'),

  other(`Hi Chiara,

I'm delighted to tell you that, following the final interviews, we'd like to offer you the position of Quality Engineer. Your formal offer letter will arrive from HR by Monday.

Congratulations!

Paul

On Wed, 12 Mar 2025 at 09:30, Paul Hendry <paul.hendry@ainsleymedical.com> wrote:
> Hi Chiara,
>
> Unfortunately the panel date for the final interviews has had to move from the 17th to the 19th because one of the panel is on leave. I'm sorry for the change - does the 19th work for you?
>
> Paul`, 'Re: Final interviews - Quality Engineer'),

  other(`Hi Sophie,

Yes please - I'd be really glad to be kept on file for future roles in the data team. Thank you for thinking of me.

Best,
Callum

On Tue, 18 Mar 2025 at 15:35, Sophie Grant <sophie.grant@levenmoor.com> wrote:
> Hi Callum,
>
> Thank you for interviewing for the Data Analyst role. We've decided to go with another candidate this time. Would you be happy for us to keep your details on file for future roles?
>
> Sophie`, 'Re: Data Analyst'),

  // ── 3. Very short and very long
  // One-liners from phones, chat and LinkedIn
  rej('application', ['generic'], {},
    `Hi - we've gone another way on this one, sorry! Thanks for applying though.`, 'Re: Junior Copywriter'),
  rej('application', ['position_filled'], { ...door },
    `Thanks for reaching out Priya! That role's been filled now unfortunately, but I'll keep you in mind for the next one on the team.`, 'LinkedIn message from Greg Mallory'),
  rej('interview', ['skills_gap'], { ...fb },
    `Not this time I'm afraid - the team wanted someone with more hands-on Salesforce admin. Thanks for coming in yesterday.

Sent from my iPhone`, 'Re: Ops Analyst'),
  rej('application', ['role_closed'], {},
    `No go on the Leeds role mate - client's budget got cut and they've pulled it. Sorry.`, 'Leeds'),
  rej('application', ['internal_candidate'], {},
    `Hi Jo, quick heads-up: they've given it to someone already on the team. Gutted for you x`, 'Re: that admin job'),
  other(`Can you do 3 instead of 2 tomorrow? Sorry - Dave's flight got moved. Same Zoom link.`, 'Re: Tomorrow'),
  other(`CV's gone over to them - fingers crossed! Should hear by Friday.`, 'Kestrel Logistics'),
  hold('application', ['role_closed'], {},
    `Hey - hiring's frozen until January so everything's paused on our side. You're still on the shortlist, I'll ping you when it unfreezes.`, 'Re: Design Lead'),
  rej('screen', ['overqualified'], { ...fb },
    `Thanks for the chat yesterday. Hiring manager came back - with you having run the whole analytics team for 8 years, he thinks a mid-level individual contributor role would be too big a step back. Sorry!`, 'LinkedIn message from Ayesha Raman'),
  rej('final', ['location'], { ...fb },
    `Sorry Sam - after the onsite they decided they need someone in the Austin office full time, and you're set on staying remote. Bummer. Talk soon.`, 'Re: Lonestar onsite'),
  rej('assessment', ['assessment'], { ...fb },
    `Test results are in: 52/100, and the cut-off for an interview was 65. Sorry - not this time.`, 'Re: Aptitude test'),
  rej('application', ['generic'], { ...offered },
    `Quick one: we're not going ahead with your application, but happy to give you feedback on a call if that's useful. Let me know.`, 'Re: Account Executive'),
  other(`Congrats - they want you back for round 2! Free Weds afternoon?`, 'Round 2!'),

  // Long letters, each beside a near twin without one sentence
  // University, final stage: the funding sentence in the middle gives a named requirement (feedback)
  rej('final', ['position_filled', 'skills_gap'], { ...fb },
    `Dear Dr Mwangi,

Lecturer in Hydrogeology, School of Earth and Environmental Sciences (Ref. AL-04412)

Thank you for attending the final stage of the selection process for the above post on 11 March, which included your research seminar to the School, the teaching presentation and the interview with the appointment committee. On behalf of the committee, I would like to thank you for the time and care you put into your preparation, and for travelling to Aldermoor to meet us.

The committee met at the end of the day and again on 14 March to consider all of the evidence gathered during the process: the feedback forms completed by staff and students who attended the seminar and the teaching session, the written references, and the interviews. Appointments at this level are made against the essential and desirable criteria set out in the further particulars, and the committee assesses each candidate against each criterion in turn.

I am writing to let you know that the committee has decided to offer the post to another candidate, who has accepted. The committee's discussion turned mainly on research funding: the post-holder will be expected to lead a grant application to NERC in the first year, and as you have not yet held external funding as principal investigator, the committee felt the appointed candidate was better placed to do this. I appreciate that this will be disappointing news after the effort you put into the day, and I would like to stress that the field for this post was an unusually strong one.

The University is committed to equality of opportunity in all of its appointments. The information you provided on the equal opportunities monitoring form was held separately from your application and was not seen by the committee. It will be used, in anonymised form, to monitor the effectiveness of our recruitment policies.

In accordance with the University's privacy notice for job applicants, your application and the committee's notes will be retained securely for twelve months from the date of this letter and then destroyed. If you would like a copy of the personal data we hold about you, please contact the Data Protection Office at dataprotection@aldermoor.ac.uk.

If you have not already done so, please submit your claim for travel and accommodation expenses using the form sent to you with your invitation letter. Claims should reach HR Recruitment, Level 2, Senate House, within one month of the interview date, together with original receipts; reimbursement is normally made within four weeks.

Should you have any questions about the process, please contact Ms Laura Penrose in HR Recruitment on 01632 960 418.

Thank you once again for your interest in the University of Aldermoor, and may I wish you every success in your career.

Yours sincerely,

Professor Alistair Brennan
Head of School, School of Earth and Environmental Sciences
University of Aldermoor`, 'Lecturer in Hydrogeology (Ref. AL-04412)'),
  // its twin without that sentence: an offer accepted by another, nothing about this candidate
  rej('final', ['position_filled'], {},
    `Dear Dr Mwangi,

Lecturer in Hydrogeology, School of Earth and Environmental Sciences (Ref. AL-04412)

Thank you for attending the final stage of the selection process for the above post on 11 March, which included your research seminar to the School, the teaching presentation and the interview with the appointment committee. On behalf of the committee, I would like to thank you for the time and care you put into your preparation, and for travelling to Aldermoor to meet us.

The committee met at the end of the day and again on 14 March to consider all of the evidence gathered during the process: the feedback forms completed by staff and students who attended the seminar and the teaching session, the written references, and the interviews. Appointments at this level are made against the essential and desirable criteria set out in the further particulars, and the committee assesses each candidate against each criterion in turn.

I am writing to let you know that the committee has decided to offer the post to another candidate, who has accepted. I appreciate that this will be disappointing news after the effort you put into the day, and I would like to stress that the field for this post was an unusually strong one.

The University is committed to equality of opportunity in all of its appointments. The information you provided on the equal opportunities monitoring form was held separately from your application and was not seen by the committee. It will be used, in anonymised form, to monitor the effectiveness of our recruitment policies.

In accordance with the University's privacy notice for job applicants, your application and the committee's notes will be retained securely for twelve months from the date of this letter and then destroyed. If you would like a copy of the personal data we hold about you, please contact the Data Protection Office at dataprotection@aldermoor.ac.uk.

If you have not already done so, please submit your claim for travel and accommodation expenses using the form sent to you with your invitation letter. Claims should reach HR Recruitment, Level 2, Senate House, within one month of the interview date, together with original receipts; reimbursement is normally made within four weeks.

Should you have any questions about the process, please contact Ms Laura Penrose in HR Recruitment on 01632 960 418.

Thank you once again for your interest in the University of Aldermoor, and may I wish you every success in your career.

Yours sincerely,

Professor Alistair Brennan
Head of School, School of Earth and Environmental Sciences
University of Aldermoor`, 'Lecturer in Hydrogeology (Ref. AL-04412)'),
  // NHS trust after interview: the sentence encouraging an application for the posts advertised in May opens the door
  rej('interview', ['generic'], { ...door },
    `Dear Miss Harrington,

Post: Senior Occupational Therapist (Band 6), Stroke Rehabilitation Unit
Reference: 349-AHP-2210

Thank you for attending interview for the above post at Calderbrook General Hospital on Wednesday 5 March. The panel consisted of Mrs Deborah Kline, Head of Occupational Therapy, Mr Sunil Chaudhry, Clinical Lead for Stroke Services, and Ms Fiona Rhodes, Team Lead.

Following careful consideration of all candidates, I am sorry to inform you that on this occasion you have not been successful. The panel asked me to thank you for your preparation and for the thoughtful way you approached the case scenario. The panel would like to encourage you to apply for the Band 6 rotational posts that we expect to advertise in May, and Mrs Kline has asked me to say she would be pleased to see your application.

Please be aware that your application will now be closed on the NHS Jobs system and will show the status "Unsuccessful". You do not need to take any further action. If you have applied for other posts within the Trust, those applications are not affected and will continue to be considered separately by the recruiting managers concerned.

The successful candidate will now be asked to complete the Trust's pre-employment checks, including an enhanced Disclosure and Barring Service check, occupational health clearance and verification of HCPC registration, before a start date is agreed. This process usually takes between six and eight weeks.

Calderbrook Hospitals NHS Foundation Trust is committed to being an inclusive employer. We are a Disability Confident Leader, a member of the NHS Rainbow Badge scheme and we have signed the Armed Forces Covenant. We monitor the outcomes of all recruitment against the protected characteristics set out in the Equality Act 2010, and the monitoring information you provided was not made available to the shortlisting or interview panel.

If you incurred travel costs in attending interview, you may claim reimbursement of second-class rail fares or mileage at the Agenda for Change rate. Please complete the enclosed expenses form and return it to the Recruitment Team, Calderbrook General Hospital, Infirmary Road, Calderbrook, CB4 7HQ, within 28 days of the interview. Claims received after this time cannot be processed.

Your personal information will be held in accordance with the UK General Data Protection Regulation and the Trust's recruitment privacy notice, which is available on our website. Interview notes are kept for six months after the date of appointment and are then securely destroyed.

If you have any queries about this letter, please contact the Recruitment Team on 01632 960 774, Monday to Friday between 9am and 4pm, quoting the reference number above.

Thank you once again for your interest in working for Calderbrook Hospitals NHS Foundation Trust.

Yours sincerely,

Joanne Pike
Recruitment Officer
On behalf of Mrs Deborah Kline, Head of Occupational Therapy`, 'NHS Senior Occupational Therapist (Band 6) - interview outcome'),
  // its twin without it: no door (the NHS Jobs status and data paragraphs promise nothing)
  rej('interview', ['generic'], {},
    `Dear Miss Harrington,

Post: Senior Occupational Therapist (Band 6), Stroke Rehabilitation Unit
Reference: 349-AHP-2210

Thank you for attending interview for the above post at Calderbrook General Hospital on Wednesday 5 March. The panel consisted of Mrs Deborah Kline, Head of Occupational Therapy, Mr Sunil Chaudhry, Clinical Lead for Stroke Services, and Ms Fiona Rhodes, Team Lead.

Following careful consideration of all candidates, I am sorry to inform you that on this occasion you have not been successful. The panel asked me to thank you for your preparation and for the thoughtful way you approached the case scenario.

Please be aware that your application will now be closed on the NHS Jobs system and will show the status "Unsuccessful". You do not need to take any further action. If you have applied for other posts within the Trust, those applications are not affected and will continue to be considered separately by the recruiting managers concerned.

The successful candidate will now be asked to complete the Trust's pre-employment checks, including an enhanced Disclosure and Barring Service check, occupational health clearance and verification of HCPC registration, before a start date is agreed. This process usually takes between six and eight weeks.

Calderbrook Hospitals NHS Foundation Trust is committed to being an inclusive employer. We are a Disability Confident Leader, a member of the NHS Rainbow Badge scheme and we have signed the Armed Forces Covenant. We monitor the outcomes of all recruitment against the protected characteristics set out in the Equality Act 2010, and the monitoring information you provided was not made available to the shortlisting or interview panel.

If you incurred travel costs in attending interview, you may claim reimbursement of second-class rail fares or mileage at the Agenda for Change rate. Please complete the enclosed expenses form and return it to the Recruitment Team, Calderbrook General Hospital, Infirmary Road, Calderbrook, CB4 7HQ, within 28 days of the interview. Claims received after this time cannot be processed.

Your personal information will be held in accordance with the UK General Data Protection Regulation and the Trust's recruitment privacy notice, which is available on our website. Interview notes are kept for six months after the date of appointment and are then securely destroyed.

If you have any queries about this letter, please contact the Recruitment Team on 01632 960 774, Monday to Friday between 9am and 4pm, quoting the reference number above.

Thank you once again for your interest in working for Calderbrook Hospitals NHS Foundation Trust.

Yours sincerely,

Joanne Pike
Recruitment Officer
On behalf of Mrs Deborah Kline, Head of Occupational Therapy`, 'NHS Senior Occupational Therapist (Band 6) - interview outcome'),
  // council shortlisting: the sentence naming the driving licence the candidate lacks is a skills gap with feedback; the interview dates for others do not move the stage
  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr Kaur,

Street Scene Enforcement Officer, Environment and Neighbourhood Services (Post ref. ENV/0331)

Thank you for your recent application for the above post. We received 64 applications for this vacancy, and I am grateful for the time you took to complete the application form and the supporting statement.

Shortlisting for this post was carried out on 13 March by a panel of two officers from the Environment and Neighbourhood Services directorate. Each application was assessed against the essential and desirable criteria in the person specification, using only the information given in the application form and supporting statement. The panel does not take into account information that was not provided, so it is important that applicants explain how they meet each criterion.

I regret to inform you that your application has not been shortlisted for interview. This is an essential car user post, and the person specification requires a full UK driving licence and access to a vehicle for work; as your application states that you do not currently hold a licence, the panel was unable to shortlist you.

Harrowby District Council is committed to the Disability Confident scheme and offers an interview to disabled applicants who meet the minimum criteria for the post. We are also committed to guaranteeing an interview to care leavers and to members of the Armed Forces community who meet the essential criteria. If you believe you should have been considered under one of these schemes and were not, please contact the HR Service Centre within ten working days of the date of this letter.

The Council's interviews for this post will take place on 2 and 3 April. Candidates who have been shortlisted have been contacted separately by email with details of the interview and the practical exercise. The appointment will be subject to a basic Disclosure and Barring Service check, two satisfactory references and a six-month probationary period.

Because of the number of applications we receive, we are not able to provide individual feedback at the shortlisting stage.

Your application will be retained by the HR Service for six months from the closing date, in line with the Council's Data Retention Schedule, after which it will be securely deleted. Further information on how the Council processes your personal data can be found in the Recruitment Privacy Notice on our website, harrowby.gov.uk/privacy.

If you have any questions about this letter, please contact the HR Service Centre on 01632 960 211 or by email at recruitment@harrowby.gov.uk, quoting the post reference above.

Thank you for your interest in working for Harrowby District Council.

Yours sincerely,

Paul Ritchie
HR Service Centre Manager
Harrowby District Council, Civic Centre, Market Street, Harrowby HY1 1AB`, 'Your application - Street Scene Enforcement Officer (ENV/0331)'),
  // its twin without it: generic
  rej('application', ['generic'], {},
    `Dear Mr Kaur,

Street Scene Enforcement Officer, Environment and Neighbourhood Services (Post ref. ENV/0331)

Thank you for your recent application for the above post. We received 64 applications for this vacancy, and I am grateful for the time you took to complete the application form and the supporting statement.

Shortlisting for this post was carried out on 13 March by a panel of two officers from the Environment and Neighbourhood Services directorate. Each application was assessed against the essential and desirable criteria in the person specification, using only the information given in the application form and supporting statement. The panel does not take into account information that was not provided, so it is important that applicants explain how they meet each criterion.

I regret to inform you that your application has not been shortlisted for interview.

Harrowby District Council is committed to the Disability Confident scheme and offers an interview to disabled applicants who meet the minimum criteria for the post. We are also committed to guaranteeing an interview to care leavers and to members of the Armed Forces community who meet the essential criteria. If you believe you should have been considered under one of these schemes and were not, please contact the HR Service Centre within ten working days of the date of this letter.

The Council's interviews for this post will take place on 2 and 3 April. Candidates who have been shortlisted have been contacted separately by email with details of the interview and the practical exercise. The appointment will be subject to a basic Disclosure and Barring Service check, two satisfactory references and a six-month probationary period.

Because of the number of applications we receive, we are not able to provide individual feedback at the shortlisting stage.

Your application will be retained by the HR Service for six months from the closing date, in line with the Council's Data Retention Schedule, after which it will be securely deleted. Further information on how the Council processes your personal data can be found in the Recruitment Privacy Notice on our website, harrowby.gov.uk/privacy.

If you have any questions about this letter, please contact the HR Service Centre on 01632 960 211 or by email at recruitment@harrowby.gov.uk, quoting the post reference above.

Thank you for your interest in working for Harrowby District Council.

Yours sincerely,

Paul Ritchie
HR Service Centre Manager
Harrowby District Council, Civic Centre, Market Street, Harrowby HY1 1AB`, 'Your application - Street Scene Enforcement Officer (ENV/0331)'),
  // bank graduate programme after online tests: the test named without a score is assessment without feedback; the feedback-report sentence is an offer
  rej('assessment', ['assessment'], { ...offered },
    `Dear Amelia,

2026 Graduate Programme: Risk Management (Application ID 2026-GR-118204)

Thank you for your application to the Marlowe & Finch 2026 Graduate Programme and for completing our online assessments. We know that the application process for graduate programmes asks a great deal of you, particularly alongside your studies, and we are grateful for the time you have invested in it.

This year we received more than 9,000 applications across our graduate programmes in the United Kingdom, and the Risk Management programme was one of the most competitive. All candidates who met our minimum academic requirements were invited to complete the numerical reasoning and situational judgement assessments, and the results of these assessments determine who is invited to the video interview stage. The assessments are delivered by our partner, Cogniscale, and are scored automatically against a benchmark set separately for each programme.

We have now reviewed your results. Unfortunately your result in the numerical reasoning assessment was below the benchmark required to progress, and we will therefore not be taking your application to the video interview stage. If it would be helpful, you can request a short written feedback report on your assessment results by replying to earlycareers@marloweandfinch.com within 21 days of this email.

Please note that, under our recruitment policy, candidates may submit only one application to our graduate programmes in each recruitment cycle. This means that we are unable to consider a further application from you to any of our 2026 programmes, including those with later closing dates.

If you requested a reasonable adjustment for your assessments, the adjustment was applied before your results were scored. If you believe that an agreed adjustment was not applied correctly, please contact the Early Careers team within ten days of this email and we will look into it.

Marlowe & Finch will never ask you for payment at any stage of our recruitment process, and all genuine communication from us will come from an address ending in marloweandfinch.com. If you receive a message that claims to be from us and asks for money or bank details, please report it to fraud@marloweandfinch.com.

We will retain your application data for twelve months in line with our Candidate Privacy Notice, after which it will be deleted from our systems. You can ask for your data to be deleted sooner by writing to privacy@marloweandfinch.com.

Thank you again for your interest in Marlowe & Finch, and we wish you every success in your final year and in your future career.

Kind regards,

The Early Careers Team
Marlowe & Finch Bank plc
This email was sent from an unmonitored mailbox. Please use the contact details above for any questions.`, 'Your application to the Marlowe & Finch 2026 Graduate Programme'),
  // its twin without the offer
  rej('assessment', ['assessment'], {},
    `Dear Amelia,

2026 Graduate Programme: Risk Management (Application ID 2026-GR-118204)

Thank you for your application to the Marlowe & Finch 2026 Graduate Programme and for completing our online assessments. We know that the application process for graduate programmes asks a great deal of you, particularly alongside your studies, and we are grateful for the time you have invested in it.

This year we received more than 9,000 applications across our graduate programmes in the United Kingdom, and the Risk Management programme was one of the most competitive. All candidates who met our minimum academic requirements were invited to complete the numerical reasoning and situational judgement assessments, and the results of these assessments determine who is invited to the video interview stage. The assessments are delivered by our partner, Cogniscale, and are scored automatically against a benchmark set separately for each programme.

We have now reviewed your results. Unfortunately your result in the numerical reasoning assessment was below the benchmark required to progress, and we will therefore not be taking your application to the video interview stage.

Please note that, under our recruitment policy, candidates may submit only one application to our graduate programmes in each recruitment cycle. This means that we are unable to consider a further application from you to any of our 2026 programmes, including those with later closing dates.

If you requested a reasonable adjustment for your assessments, the adjustment was applied before your results were scored. If you believe that an agreed adjustment was not applied correctly, please contact the Early Careers team within ten days of this email and we will look into it.

Marlowe & Finch will never ask you for payment at any stage of our recruitment process, and all genuine communication from us will come from an address ending in marloweandfinch.com. If you receive a message that claims to be from us and asks for money or bank details, please report it to fraud@marloweandfinch.com.

We will retain your application data for twelve months in line with our Candidate Privacy Notice, after which it will be deleted from our systems. You can ask for your data to be deleted sooner by writing to privacy@marloweandfinch.com.

Thank you again for your interest in Marlowe & Finch, and we wish you every success in your final year and in your future career.

Kind regards,

The Early Careers Team
Marlowe & Finch Bank plc
This email was sent from an unmonitored mailbox. Please use the contact details above for any questions.`, 'Your application to the Marlowe & Finch 2026 Graduate Programme'),
  // regulator after interview: the one sentence in the first paragraph is the decline; the rest is process
  rej('interview', ['generic'], {},
    `Dear Mr Osei,

Senior Associate, Market Oversight (Campaign reference EURA-2025-0147)

Thank you for attending interview on 10 March for the above post. I am writing following the interviews, which concluded on 14 March. I am sorry to tell you that, after careful consideration, the panel has decided not to offer you the post on this occasion.

I thought it might be helpful to set out how the Authority reaches its decisions after interview. Each candidate is scored by every member of the panel against the behaviours, technical skills and strengths advertised for the role, using the standard five-point scale set out in the candidate pack. The panel then meets to agree a moderated score for each element, and a member of the Authority's Resourcing Team, who does not take part in the scoring, reviews the panel's records to make sure that the process has been applied consistently for every candidate.

Once outcomes are agreed, they are confirmed to candidates by email through our recruitment system. Please check your junk or spam folder if you are expecting correspondence from us, as messages from the system are sometimes filtered. You can also see the status of your application at any time by logging into your candidate account.

Appointments to the Authority are subject to pre-employment checks, including confirmation of identity and right to work, a basic criminal record check, references covering the last three years, and the Baseline Personnel Security Standard. Because the Authority regulates the energy and water markets, successful candidates are also asked to complete a declaration of interests, including any shareholdings in regulated companies, before an offer is confirmed. These checks can take up to six weeks to complete.

The Authority is committed to fair and open competition, and all of our recruitment is carried out in line with our Recruitment Principles, which are published on our website. If you feel that your application has not been handled in accordance with those principles, you can raise a concern with the Head of Resourcing at resourcing@eura.gov.uk, and if you are not satisfied with the response you may complain to the Authority's independent Recruitment Assurance Panel.

Your personal data is processed in accordance with the Authority's Recruitment Privacy Notice. Interview records are retained for one year from the end of the campaign and then securely deleted.

If you have any questions, please contact the Resourcing Team at resourcing@eura.gov.uk, quoting the campaign reference above.

Thank you once again for your interest in working for the Energy and Utilities Regulation Authority.

Yours sincerely,

Harriet Cole
Resourcing Manager
Energy and Utilities Regulation Authority`, 'Senior Associate, Market Oversight (EURA-2025-0147)'),
  // its twin without that sentence: a description of how decisions are made and confirmed, declining nobody (other)
  other(`Dear Mr Osei,

Senior Associate, Market Oversight (Campaign reference EURA-2025-0147)

Thank you for attending interview on 10 March for the above post. I am writing following the interviews, which concluded on 14 March.

I thought it might be helpful to set out how the Authority reaches its decisions after interview. Each candidate is scored by every member of the panel against the behaviours, technical skills and strengths advertised for the role, using the standard five-point scale set out in the candidate pack. The panel then meets to agree a moderated score for each element, and a member of the Authority's Resourcing Team, who does not take part in the scoring, reviews the panel's records to make sure that the process has been applied consistently for every candidate.

Once outcomes are agreed, they are confirmed to candidates by email through our recruitment system. Please check your junk or spam folder if you are expecting correspondence from us, as messages from the system are sometimes filtered. You can also see the status of your application at any time by logging into your candidate account.

Appointments to the Authority are subject to pre-employment checks, including confirmation of identity and right to work, a basic criminal record check, references covering the last three years, and the Baseline Personnel Security Standard. Because the Authority regulates the energy and water markets, successful candidates are also asked to complete a declaration of interests, including any shareholdings in regulated companies, before an offer is confirmed. These checks can take up to six weeks to complete.

The Authority is committed to fair and open competition, and all of our recruitment is carried out in line with our Recruitment Principles, which are published on our website. If you feel that your application has not been handled in accordance with those principles, you can raise a concern with the Head of Resourcing at resourcing@eura.gov.uk, and if you are not satisfied with the response you may complain to the Authority's independent Recruitment Assurance Panel.

Your personal data is processed in accordance with the Authority's Recruitment Privacy Notice. Interview records are retained for one year from the end of the campaign and then securely deleted.

If you have any questions, please contact the Resourcing Team at resourcing@eura.gov.uk, quoting the campaign reference above.

Thank you once again for your interest in working for the Energy and Utilities Regulation Authority.

Yours sincerely,

Harriet Cole
Resourcing Manager
Energy and Utilities Regulation Authority`, 'Senior Associate, Market Oversight (EURA-2025-0147)'),
  // university professional-services post after interview: the secondee appointed is internal_candidate alone
  rej('interview', ['internal_candidate'], {},
    `Dear Ms Fraser,

Faculty Operations Manager, Faculty of Arts and Social Sciences (Vacancy ref. 011843)

Thank you for attending interview for the above post on Tuesday 4 March, and for the presentation you gave on improving the timetabling process. I know that preparing a presentation alongside your current role takes a great deal of time, and the panel appreciated the thought you had given to it.

The panel has now completed its deliberations, and I am sorry to let you know that your application has not been successful on this occasion. The post has been offered to a current member of University staff, who has been covering the role on secondment since the previous post-holder left in the autumn.

The University of Kinrossie is committed to the principles of fair recruitment, and all of our appointment decisions are made by a panel of at least three people who have completed the University's recruitment and selection training, including training on unconscious bias. The panel assesses each candidate against the essential and desirable criteria in the job description, using the evidence from the application form, the presentation and the interview. All new appointments to the University's professional services are subject to a six-month probationary period and to satisfactory references, and the appointed candidate must also provide evidence of the right to work in the United Kingdom.

Equal opportunities monitoring information that you provided when you applied was separated from your application before shortlisting and was not seen by the panel at any stage. It will be used in an anonymised form to help the University to understand the diversity of its applicants and to check that its recruitment processes are fair.

If you travelled to Kinrossie for your interview, please remember to submit your expenses claim. Claims should be made on the Visitor Expenses form, with receipts attached, and returned to the Faculty Office within one month of the interview. We are able to reimburse standard-class rail travel, mileage at the University rate, and reasonable subsistence.

Your application will be held by Human Resources for a period of six months from the date of this letter, after which it will be securely destroyed in accordance with the University's records retention schedule. For more information about how we use your personal data, please see the Privacy Notice for Job Applicants on the University's website.

If you have any questions about this letter or about the recruitment process, please do not hesitate to contact me by email at a.mcintyre@kinrossie.ac.uk or by telephone on 01632 960 552.

Thank you once again for your interest in working at the University of Kinrossie, and I wish you well for the future.

Yours sincerely,

Angus McIntyre
Faculty Director of Operations
Faculty of Arts and Social Sciences, University of Kinrossie`, 'Faculty Operations Manager (ref. 011843) - outcome'),
  // its twin without that sentence: generic
  rej('interview', ['generic'], {},
    `Dear Ms Fraser,

Faculty Operations Manager, Faculty of Arts and Social Sciences (Vacancy ref. 011843)

Thank you for attending interview for the above post on Tuesday 4 March, and for the presentation you gave on improving the timetabling process. I know that preparing a presentation alongside your current role takes a great deal of time, and the panel appreciated the thought you had given to it.

The panel has now completed its deliberations, and I am sorry to let you know that your application has not been successful on this occasion.

The University of Kinrossie is committed to the principles of fair recruitment, and all of our appointment decisions are made by a panel of at least three people who have completed the University's recruitment and selection training, including training on unconscious bias. The panel assesses each candidate against the essential and desirable criteria in the job description, using the evidence from the application form, the presentation and the interview. All new appointments to the University's professional services are subject to a six-month probationary period and to satisfactory references, and the appointed candidate must also provide evidence of the right to work in the United Kingdom.

Equal opportunities monitoring information that you provided when you applied was separated from your application before shortlisting and was not seen by the panel at any stage. It will be used in an anonymised form to help the University to understand the diversity of its applicants and to check that its recruitment processes are fair.

If you travelled to Kinrossie for your interview, please remember to submit your expenses claim. Claims should be made on the Visitor Expenses form, with receipts attached, and returned to the Faculty Office within one month of the interview. We are able to reimburse standard-class rail travel, mileage at the University rate, and reasonable subsistence.

Your application will be held by Human Resources for a period of six months from the date of this letter, after which it will be securely destroyed in accordance with the University's records retention schedule. For more information about how we use your personal data, please see the Privacy Notice for Job Applicants on the University's website.

If you have any questions about this letter or about the recruitment process, please do not hesitate to contact me by email at a.mcintyre@kinrossie.ac.uk or by telephone on 01632 960 552.

Thank you once again for your interest in working at the University of Kinrossie, and I wish you well for the future.

Yours sincerely,

Angus McIntyre
Faculty Director of Operations
Faculty of Arts and Social Sciences, University of Kinrossie`, 'Faculty Operations Manager (ref. 011843) - outcome'),
  // private bank after the final round: the prudential-reporting sentence is a named domain (feedback)
  rej('final', ['skills_gap'], { ...fb },
    `Dear Mr Lindqvist,

Vice President, Regulatory Reporting, London Branch

Thank you for the time you have given to our selection process over the past six weeks, and in particular for meeting our Chief Financial Officer, Ms Valérie Morel, and the Head of Compliance, Mr Thomas Egli, at the final round of interviews on 12 March. I know that you travelled from Edinburgh to meet them, and I am grateful for your flexibility with the dates.

After careful consideration, we have decided not to proceed with your candidacy for this role. The principal reason was depth of experience in prudential reporting: the role owns the branch's COREP and Pillar 3 submissions, and the panel felt that your exposure to Basel III capital reporting was more limited than the role requires from its first day. I am conscious that this is disappointing after several rounds, and I want to thank you for the professionalism you have shown throughout.

As you will recall, during the process you kindly shared information about your current remuneration and benefits, as well as details of your notice period and restrictive covenants. Please be assured that this information will be treated in the strictest confidence, shared with no one outside the selection panel and the Human Resources team, and deleted in line with our retention policy.

We would also ask that you continue to treat as confidential the information you received about the Bank's organisation, reporting systems and regulatory projects during your interviews, in line with the undertaking you signed before the final round. If you hold any printed material given to you during the process, please destroy it. Our Human Resources team will return the original certificates of qualification that you kindly brought with you to the final round by recorded delivery this week.

You consented earlier in the process to our screening provider, Veritas Screening Services, carrying out a preliminary background check. As we will not be proceeding, no further checks will be made, and Veritas has been instructed to delete the information it holds about you within 30 days. You will receive a confirmation from them directly.

Ardenne Private Bank processes candidates' personal data in accordance with the UK General Data Protection Regulation and the Swiss Federal Act on Data Protection. Your application file will be retained for six months from the close of this recruitment and then deleted. You may request access to, or deletion of, the personal data we hold about you at any time by writing to dpo@ardenne-bank.com.

Thank you again for your interest in Ardenne Private Bank. I wish you every success.

Yours sincerely,

Caroline Ashworth
Head of Human Resources, UK
Ardenne Private Bank SA, London Branch, 22 Hill Street, London W1J 5NF`, 'Vice President, Regulatory Reporting'),
  // its twin without it: generic
  rej('final', ['generic'], {},
    `Dear Mr Lindqvist,

Vice President, Regulatory Reporting, London Branch

Thank you for the time you have given to our selection process over the past six weeks, and in particular for meeting our Chief Financial Officer, Ms Valérie Morel, and the Head of Compliance, Mr Thomas Egli, at the final round of interviews on 12 March. I know that you travelled from Edinburgh to meet them, and I am grateful for your flexibility with the dates.

After careful consideration, we have decided not to proceed with your candidacy for this role. I am conscious that this is disappointing after several rounds, and I want to thank you for the professionalism you have shown throughout.

As you will recall, during the process you kindly shared information about your current remuneration and benefits, as well as details of your notice period and restrictive covenants. Please be assured that this information will be treated in the strictest confidence, shared with no one outside the selection panel and the Human Resources team, and deleted in line with our retention policy.

We would also ask that you continue to treat as confidential the information you received about the Bank's organisation, reporting systems and regulatory projects during your interviews, in line with the undertaking you signed before the final round. If you hold any printed material given to you during the process, please destroy it. Our Human Resources team will return the original certificates of qualification that you kindly brought with you to the final round by recorded delivery this week.

You consented earlier in the process to our screening provider, Veritas Screening Services, carrying out a preliminary background check. As we will not be proceeding, no further checks will be made, and Veritas has been instructed to delete the information it holds about you within 30 days. You will receive a confirmation from them directly.

Ardenne Private Bank processes candidates' personal data in accordance with the UK General Data Protection Regulation and the Swiss Federal Act on Data Protection. Your application file will be retained for six months from the close of this recruitment and then deleted. You may request access to, or deletion of, the personal data we hold about you at any time by writing to dpo@ardenne-bank.com.

Thank you again for your interest in Ardenne Private Bank. I wish you every success.

Yours sincerely,

Caroline Ashworth
Head of Human Resources, UK
Ardenne Private Bank SA, London Branch, 22 Hill Street, London W1J 5NF`, 'Vice President, Regulatory Reporting'),
  // housing association after interview: keeping the details on file to contact the candidate about a similar post is a door
  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Kemi,

Tenancy Sustainment Officer (Fixed term, 18 months) - Ref. RH/TS/0225

Thank you for coming to our offices at Quayside House on 6 March to be interviewed for the post of Tenancy Sustainment Officer, and for completing the written exercise on the day. I hope that you found the visit useful and that it gave you a good picture of the work of the Tenancy Services team.

We interviewed six candidates for this post, and the panel was impressed by the quality of all of them. I am sorry to tell you that on this occasion the panel felt that another candidate more closely met the requirements set out in the person specification, and we will not be offering you the post. With your agreement, we would like to keep your details on file for the next twelve months and contact you if a similar post becomes available in that time; please let us know if you would prefer us not to.

Riverstone Homes is committed to equality, diversity and inclusion, and we aim for our workforce to reflect the communities we serve across Tyneside and Wearside. We are proud to be a Disability Confident Employer and a Living Wage Employer, and we have signed the Social Housing Equality Charter. Monitoring information from your application is held separately and was not available to the panel. The post is based at Quayside House, with regular visits to tenants' homes across our neighbourhoods, and we expect the new post-holder to start in April.

Candidates sometimes ask us whether they can see the panel's scores. Our practice is to keep interview notes and scores for the purpose of responding to any queries about the process, but we do not routinely release them. If you have a concern about the way your interview was conducted, please write to the People Services Manager at the address below within 14 days.

In line with our privacy notice, we will keep your application and interview records for twelve months from the date of this letter, after which they will be securely deleted. You have the right to ask for a copy of the information we hold about you, to have it corrected, or to ask for it to be deleted sooner; please write to our Data Protection Officer at dpo@riverstonehomes.org.uk.

If you travelled by public transport to attend your interview, please send your tickets to People Services and we will reimburse you. Mileage can be claimed at 45p per mile.

Thank you once again for your interest in joining Riverstone Homes.

Yours sincerely,

Janet Oduya
People Services Manager
Riverstone Homes, Quayside House, 14 The Close, Newcastle upon Tyne NE1 3RE`, 'Tenancy Sustainment Officer - interview outcome'),
  // its twin without it: the twelve-month retention notice alone is no door
  rej('interview', ['profile_mismatch'], {},
    `Dear Kemi,

Tenancy Sustainment Officer (Fixed term, 18 months) - Ref. RH/TS/0225

Thank you for coming to our offices at Quayside House on 6 March to be interviewed for the post of Tenancy Sustainment Officer, and for completing the written exercise on the day. I hope that you found the visit useful and that it gave you a good picture of the work of the Tenancy Services team.

We interviewed six candidates for this post, and the panel was impressed by the quality of all of them. I am sorry to tell you that on this occasion the panel felt that another candidate more closely met the requirements set out in the person specification, and we will not be offering you the post.

Riverstone Homes is committed to equality, diversity and inclusion, and we aim for our workforce to reflect the communities we serve across Tyneside and Wearside. We are proud to be a Disability Confident Employer and a Living Wage Employer, and we have signed the Social Housing Equality Charter. Monitoring information from your application is held separately and was not available to the panel. The post is based at Quayside House, with regular visits to tenants' homes across our neighbourhoods, and we expect the new post-holder to start in April.

Candidates sometimes ask us whether they can see the panel's scores. Our practice is to keep interview notes and scores for the purpose of responding to any queries about the process, but we do not routinely release them. If you have a concern about the way your interview was conducted, please write to the People Services Manager at the address below within 14 days.

In line with our privacy notice, we will keep your application and interview records for twelve months from the date of this letter, after which they will be securely deleted. You have the right to ask for a copy of the information we hold about you, to have it corrected, or to ask for it to be deleted sooner; please write to our Data Protection Officer at dpo@riverstonehomes.org.uk.

If you travelled by public transport to attend your interview, please send your tickets to People Services and we will reimburse you. Mileage can be claimed at 45p per mile.

Thank you once again for your interest in joining Riverstone Homes.

Yours sincerely,

Janet Oduya
People Services Manager
Riverstone Homes, Quayside House, 14 The Close, Newcastle upon Tyne NE1 3RE`, 'Tenancy Sustainment Officer - interview outcome'),
  // children's hospital after interview: the paused recruitment for a workforce review is on hold (role_closed)
  hold('interview', ['role_closed'], {},
    `Dear Ms Andrade,

Clinical Nurse Specialist - Paediatric Epilepsy (Band 7), Neurosciences Division
Reference: 407-NEU-9931

Thank you for attending interview for the above post on Thursday 27 February, and for the presentation you gave on transition planning for young people with epilepsy. I am writing to update you on where things stand. Recruitment to this post has been paused while the Trust completes a workforce review of specialist nursing roles across the division; no decision has been made on your application, you remain under consideration, and we expect to be able to resume in May.

I appreciate that waiting to hear the outcome of an interview is never easy, and I am sorry that it has taken longer than the two weeks we indicated on the day. The panel's scoring has been completed for all candidates, and I will write to you again as soon as there is news.

In the meantime, please keep your contact details up to date on NHS Jobs, as all formal correspondence about your application, including any conditional offer, will be sent through the system. If you have applied for other posts within the Trust, those applications are not affected and are being considered separately.

St Bride's Children's Hospital NHS Foundation Trust is committed to being an inclusive employer. We are a Disability Confident Leader and a Mindful Employer, and we monitor all recruitment outcomes against the protected characteristics set out in the Equality Act 2010. Monitoring information was not made available to the interview panel.

Appointments to the Trust are subject to satisfactory pre-employment checks, including an enhanced Disclosure and Barring Service check with a check of the children's barred list, occupational health clearance, verification of your NMC registration and two satisfactory references, one of which must be from your current or most recent employer. These checks are only started once a conditional offer has been made and accepted, and the Trust uses the TRAC system to manage them, so you would receive login details by email at that stage. Please do not resign from any current post until you have received an unconditional offer.

If you travelled to the hospital for your interview and have not yet claimed your expenses, please complete the expenses form that was sent with your invitation and return it to the Recruitment Team within 28 days of the interview date.

Your personal data is processed in accordance with the UK General Data Protection Regulation and the Trust's recruitment privacy notice, which can be found on our website.

If you have any questions in the meantime, please contact me directly on 01632 960 319 or at neuro.recruitment@stbrides.nhs.uk.

Yours sincerely,

Dr Rachel Ogunleye
Lead Nurse, Neurosciences Division
St Bride's Children's Hospital NHS Foundation Trust`, 'Clinical Nurse Specialist - Paediatric Epilepsy: update'),
  // its twin without it: a delayed outcome with nothing else paused, on_hold all the same (LABELS.md: on_hold is "paused /
  // delayed"; the dev-108 convention, set after this batch was first scored)
  hold('interview', ['generic'], {},
    `Dear Ms Andrade,

Clinical Nurse Specialist - Paediatric Epilepsy (Band 7), Neurosciences Division
Reference: 407-NEU-9931

Thank you for attending interview for the above post on Thursday 27 February, and for the presentation you gave on transition planning for young people with epilepsy. I am writing to update you on where things stand.

I appreciate that waiting to hear the outcome of an interview is never easy, and I am sorry that it has taken longer than the two weeks we indicated on the day. The panel's scoring has been completed for all candidates, and I will write to you again as soon as there is news.

In the meantime, please keep your contact details up to date on NHS Jobs, as all formal correspondence about your application, including any conditional offer, will be sent through the system. If you have applied for other posts within the Trust, those applications are not affected and are being considered separately.

St Bride's Children's Hospital NHS Foundation Trust is committed to being an inclusive employer. We are a Disability Confident Leader and a Mindful Employer, and we monitor all recruitment outcomes against the protected characteristics set out in the Equality Act 2010. Monitoring information was not made available to the interview panel.

Appointments to the Trust are subject to satisfactory pre-employment checks, including an enhanced Disclosure and Barring Service check with a check of the children's barred list, occupational health clearance, verification of your NMC registration and two satisfactory references, one of which must be from your current or most recent employer. These checks are only started once a conditional offer has been made and accepted, and the Trust uses the TRAC system to manage them, so you would receive login details by email at that stage. Please do not resign from any current post until you have received an unconditional offer.

If you travelled to the hospital for your interview and have not yet claimed your expenses, please complete the expenses form that was sent with your invitation and return it to the Recruitment Team within 28 days of the interview date.

Your personal data is processed in accordance with the UK General Data Protection Regulation and the Trust's recruitment privacy notice, which can be found on our website.

If you have any questions in the meantime, please contact me directly on 01632 960 319 or at neuro.recruitment@stbrides.nhs.uk.

Yours sincerely,

Dr Rachel Ogunleye
Lead Nurse, Neurosciences Division
St Bride's Children's Hospital NHS Foundation Trust`, 'Clinical Nurse Specialist - Paediatric Epilepsy: update'),

  // ── 4. Inbox look-alikes: rejection words, nobody declined; and paused processes
  other(`Hi Sunil,

Unfortunately the interview room has changed for tomorrow. We'll now be in Room 4.12 on the fourth floor rather than the ground-floor meeting suite, as the suite is being used for a board meeting. Please still sign in at reception at 9:45 and someone will bring you up.

The panel and the time (10:00) are unchanged.

Regards,
Beth Sandford
HR Assistant, Kelsall Water`, 'Change of room - interview tomorrow'),

  other(`Dear Chanelle,

We regret the delay in sending confirmation of your interview for the Teaching Assistant (SEN) post. Our email system was down for part of last week and a number of messages were not sent.

I can confirm your interview on Monday 24 March at 1:30pm at the main school reception, Oakfield Lane. Please bring photo ID and proof of address for the safeguarding checks.

Kind regards,
Mrs S. Dhillon
School Business Manager, Oakfield Primary Academy`, 'Interview confirmation - Teaching Assistant (SEN)'),

  other(`Hello Martin,

We were unable to process your payment for the CIPD Level 5 Associate Diploma exam booking (order CIPD-558102). Your card issuer declined the transaction.

Your provisional exam slot on 16 April will be held for 48 hours. To keep it, please update your payment details in your learner account.

If you've already paid by another method, please ignore this message.

Learner Services
Chartwell Professional Learning`, 'Payment unsuccessful - exam booking CIPD-558102'),

  other(`Dear Applicant,

We were unable to process the document you uploaded with your application for Graduate Civil Engineer (Ref. GCE-26). The file "CV_final_v3.pdf" appears to be damaged and cannot be opened.

Your application has been saved but not submitted. Please log in, remove the file and upload your CV again before the closing date of 31 March at 23:59.

This is an automated message from the Brannock Infrastructure careers site. Please do not reply.`, 'Action needed: we could not process your upload'),

  other(`Hi Leo,

Thanks for completing our Salary Survey 2025! Every response entered our prize draw for one of five £100 vouchers.

Unfortunately, you were not selected as a winner this time. The results of the survey - pay ranges for over 200 roles across the UK - will be published on our blog on 2 April, and we'll send you a copy.

Thanks again for taking part,
The TalentMatch Team

You're receiving this because you took part in our survey. Unsubscribe: talentmatch.co.uk/unsub`, 'Salary Survey prize draw results'),

  other(`Hi Grace,

Thank you for registering for our live webinar "Negotiating your first salary" on Thursday 27 March.

The session was heavily oversubscribed, and unfortunately you were not selected from the waitlist for one of the live places. The good news is that everyone who registered will receive the recording and the slides within 48 hours of the session.

Best wishes,
Careers & Employability Service
University of Hartfield`, 'Webinar: Negotiating your first salary - your place'),

  other(`The Monday Shortlist - issue 118

This week: handling rejection

Let's be honest: nobody enjoys the "unfortunately, we've decided to move forward with other candidates" email. But how you respond to it matters more than you think. This week, three hiring managers tell us what they notice when a candidate replies to a rejection - and why a short, gracious reply has got more than one person a call back six months later.

In this issue:
- Why "not selected" rarely means "not good enough"
- How to ask for feedback without putting anyone on the spot
- A template thank-you reply you can adapt in two minutes
- Five jobs we love this week (remote-friendly)

Read the full issue: mondayshortlist.com/118

You're receiving this because you subscribed at mondayshortlist.com. Unsubscribe any time.`, 'Handling rejection (and why your reply matters)'),

  other(`Hi Abena,

Some news you might not expect: the candidate Tollbridge offered the Logistics Manager job to has pulled out - he's accepted a counter-offer from his current employer. Gavin has asked whether you're still interested, as you were his close second. If you are, he'd like to meet you again on Tuesday to talk about a start date.

Give me a call when you can!

Karl
Karl Benning | Supply Chain Recruitment | Tamar Search

On Mon, 3 Mar 2025 at 16:20, Karl Benning <karl@tamarsearch.co.uk> wrote:
> Hi Abena,
>
> I'm sorry - Tollbridge have decided to go with the other candidate for the Logistics Manager job. They were very complimentary about you.
>
> Karl`, 'Re: Tollbridge - Logistics Manager'),

  other(`Hi Maja,

Thank you for your email asking to withdraw from the process. I completely understand, but before we close your application, we'd rather not accept the withdrawal just yet: the hiring manager has asked whether we could have a short conversation about the points you raised on the commute and the salary. We have more flexibility on both than we were able to say at interview, including three days of home working.

Would you be open to a 20-minute call on Thursday? If you still want to withdraw after that, of course we'll respect it.

Best,
Daniel Roth
Talent Acquisition | Brinkhaus Analytics`, 'Re: Withdrawal - Senior Data Scientist'),

  hold('interview', ['generic'], {},
    `Hi Ciaran,

Thanks for your patience since your second interview. I wanted to let you know that we're pausing the process for two weeks: Ruth, our CEO, needs to meet the final candidates and she's travelling in Asia until the 11th. Nothing has been decided and you're still very much in contention.

I'll be back in touch once she's home to set up a time.

Best,
Lorna
People & Culture, Thistle Games`, 'Product Manager - quick update'),

  hold('screen', ['role_closed'], {},
    `Hi Ngozi,

Thank you for the call last week about the Payroll Specialist position. I wanted to let you know that the role is currently waiting on headcount approval for the new financial year, which starts in April, so we've paused all interviews until that is signed off.

Your application is still active and we'd like to continue with you if the role is approved. I'll update you in the second week of April either way.

Kind regards,
Elaine Foster
Recruitment Partner, Harcourt Facilities`, 'Payroll Specialist - on hold'),

  other(`Hi Wojciech,

Unfortunately, we need to reschedule your interview on Wednesday - Anna has been called away to a customer site. Could you do Friday 28 March at 10am or 2pm instead? Same format, same Teams link.

Apologies for the change.

Best,
Carla
Recruiting Coordinator, Veltro Automation`, 'Rescheduling: your interview on Wednesday'),

  other(`Hi Harvey,

Sorry - the link in our previous email to book your assessment centre slot was broken. Here's the correct one:

https://recruit.castellan-grads.com/book/ac-2025?c=hv221

Slots are available from 7 to 11 April. Please book by Friday.

Castellan Graduate Recruitment`, 'Correction: booking link for your assessment centre'),

  other(`Dear Ms Fofanah,

Your DBS application could not be processed. The identity documents you uploaded (passport and bank statement) are not readable, as the images are blurred.

Please log in to the portal and upload clear copies within 7 days so that we can continue with the check for your role at Beech Lodge Care Home. Your job offer is not affected.

Verification Team
ClearCheck Screening Services`, 'Action required: DBS application could not be processed'),

  other(`We're sorry to see you go

You've been unsubscribed from CareerPath job alerts for "project manager" in Glasgow. You won't receive these emails any more.

Changed your mind? You can set up a new alert at any time at careerpath.co.uk/alerts.

CareerPath Ltd, 90 St Vincent Street, Glasgow G2 5UB`, "You've been unsubscribed"),

  other(`Hello Jamal,

We haven't seen you on Trellis Careers for 23 months. To protect your data, your candidate account and any saved applications will be deleted on 30 April 2025.

If you'd like to keep your account, simply log in before then. If you do nothing, your account will be removed and you'll need to register again to apply for roles with us.

Trellis Group Talent Acquisition`, 'Your Trellis Careers account will be deleted'),

  other(`Dear Mr Novak,

Thank you for your email about travel to your interview on 2 April. Unfortunately, we are not able to reimburse travel costs for first-stage interviews, including flights. If you'd prefer, we can hold the interview by video instead - please let me know by Friday.

Kind regards,
Recruitment Team
Halden Shipping`, 'Re: Travel to interview'),

  other(`Dear Students,

We regret to inform you that the Spring Careers Fair scheduled for Wednesday 2 April in the Sports Hall has been cancelled, because of essential repair work to the hall's roof.

Many of the 40 exhibiting employers will instead join our online careers fair on the same day from 11am to 3pm. Booking links will be sent next week.

We apologise for any inconvenience.

Careers and Employability Service
Northgate University`, 'Spring Careers Fair cancelled'),

  other(`Hi Ellie,

Thank you for referring Tom Barker for the Customer Support Lead role. Unfortunately Tom was not hired, so no referral bonus will be paid for this referral.

Thanks for helping us find great people - keep the referrals coming!

People Team, Sundial`, 'Your referral: Tom Barker'),

  other(`Declined: Interview - Sam Whitaker (Product Designer) @ Thu 27 Mar 2025 14:00 - 15:00 (GMT)

Priya Bose has declined this invitation.

Proposed new time: Thu 27 Mar 2025 16:00 - 17:00 (GMT)

Note from Priya: "Sorry, clashes with the design review - could we push it to 4?"

Invitation from Google Calendar. You are receiving this email because you are an attendee of the event.`, 'Declined: Interview - Sam Whitaker (Product Designer) @ Thu 27 Mar 2025 2pm'),

  other(`Hi Aditi,

I'm delighted to confirm our offer for the role of Clinical Pharmacist at Rowan Health, on the terms we discussed: £52,500 a year, 4 days a week, based at the Exeter hub.

Unfortunately we can't meet your requested start date of 1 May, as the induction cohort starts on 12 May and we'd like you to join it. I hope that works for you - let me know if not and we'll talk.

Your contract will follow from HR this week.

Best wishes,
Dr Simon Clegg
Clinical Director, Rowan Health`, 'Offer - Clinical Pharmacist'),

  other(`Hi Ruth,

Just to let you know where we are: we've finished the interviews for the Marketing Executive role but unfortunately not all of the panel's feedback is in yet. We'll have a decision by Friday and I'll call you either way.

Thanks for bearing with us,
Jas`, 'Marketing Executive - update'),

  other(`Dear Applicant,

Thank you for your application to rent 14B Clarence Road, Portswood.

Unfortunately, the landlord has chosen to proceed with another applicant for this property. Your holding deposit has not been taken.

You can view our other available properties at southcoastlettings.co.uk.

Kind regards,
Lettings Team
South Coast Lettings`, 'Your application for 14B Clarence Road'),

  other(`Dear Ms Ito,

Tom Akande has applied for the post of Senior Administrator with Wellbrook Housing and has given your name as a referee.

We would be grateful if you could complete the attached reference form and return it by 4 April. Unfortunately we are unable to make an offer without two references, so a prompt reply would be much appreciated.

Thank you for your help.

HR Team
Wellbrook Housing`, 'Reference request: Tom Akande'),

  other(`Hi Fiona,

We regret to let you know that Sarah Lenton has left Crestline Recruitment. I'll be looking after your search from now on, including the Finance Manager process at Dunhill Group, which is still going ahead - your second interview is still booked for the 31st.

I'll give you a ring tomorrow to introduce myself.

Best,
Paul Hargreaves
Crestline Recruitment`, 'Your new contact at Crestline'),

  hold('interview', ['role_closed'], {},
    `Dear Hamish,

Thank you for attending the first-round interview for the Regional Sales Manager position on 5 March.

We have taken the decision to pause final interviews until our reorganisation of the sales function is announced at the end of April. Your application remains under consideration and we would like to invite you to the final round once the process restarts.

We apologise for the delay and appreciate your patience.

Kind regards,
Human Resources
Pentland Beverages`, 'Regional Sales Manager - process update'),

  hold('application', ['role_closed'], {},
    `Dear Candidate,

Thank you for applying for the Environmental Adviser (Ref. ENV-0912) vacancy.

We are writing to let you know that this vacancy is on hold while the responsibilities of the role are reviewed. All applications received, including yours, have been retained and will be considered once the review is complete. We expect to be in touch by the end of May.

Kind regards,
Resourcing Team
Morvale Water`, 'Environmental Adviser - vacancy on hold'),

  other(`Hi Jordan,

Your application for Junior Accountant at Beaumont Foods is incomplete. You didn't answer the question "Do you have the right to work in the UK?", which is required.

Please log in and answer it before the closing date (4 April). Unfortunately, incomplete applications can't be sent to the hiring team.

WorkWell Jobs`, 'Your application is incomplete'),

  other(`Thank you for your email. I am out of the office until Monday 31 March with limited access to email. Unfortunately I won't be able to respond before then.

For urgent recruitment queries, please contact recruitment@fairholmlegal.co.uk.

Kind regards,
Anita Shah
Recruitment Manager | Fairholm Legal`, 'Automatic reply: Application - Paralegal'),

  other(`This is the mail system at host mx2.fastmail.com.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<jobs@kentworth-engineering.co.uk>: host mail.kentworth-engineering.co.uk said: 550 5.1.1 User unknown

---------- Original message ----------
From: Lewis Grant <lewis.grant@fastmail.com>
To: jobs@kentworth-engineering.co.uk
Subject: Application - CNC Machinist

Dear Hiring Manager,

Please find attached my CV in application for the CNC Machinist position advertised on Indeed.

Kind regards,
Lewis Grant`, 'Undelivered Mail Returned to Sender'),

  other(`hey!!

ugh, got the "unfortunately" email from Monzo today, after three rounds. honestly a bit gutted. anyway how did your interview at the council go?? tell me everything. drinks friday?

Mei x`, 'ugh'),

  other(`Dear Applicant,

Recruitment and Selection Update - Programme Officer (Ref. PO-2025-14)

Please note that this vacancy has been re-advertised with a new closing date of 11 April 2025, to widen the pool of applicants.

If you have already applied, you do not need to apply again: your application stands and will be considered with the new applications.

Recruitment Team, Kesteven Community Foundation`, 'Programme Officer - re-advertisement'),

  other(`Hi Tunde,

Thank you for accepting our invitation to interview. Unfortunately, we're unable to offer in-person interviews at the moment while our office is being refurbished, so all interviews for the Service Desk Analyst role will take place on Microsoft Teams. You'll receive the link the day before.

Best regards,
Zoe
IT Services Recruitment, Coleford Council`, 'Service Desk Analyst - interview format'),

  hold('interview', ['generic'], {},
    `Hi Esther,

I owe you an update on the Operations Lead role. The hiring manager you met, Peter, left the company last week, and we've put the process on hold until his replacement starts in mid-May, since they'll want to make the final decision themselves.

You're still on our shortlist and I'll be in touch as soon as the new manager is in post.

Thanks for bearing with us,
Lydia
Talent Team, Arkwright Living`, 'Operations Lead - on hold'),

  other(`Hi Connor,

Your timesheet for week ending 16 March 2025 has been rejected by your client approver (Joanna Hill, Sefton Logistics).

Reason given: "Saturday overtime not pre-approved - please split into a separate line."

Please correct and resubmit by 12pm Tuesday so that you are paid on Friday.

Payroll Team, Merseyside Temps`, 'Timesheet rejected - w/e 16/03/2025'),

  other(`Hi Kate,

Your application for Senior Bookkeeper at Hallam Accountants was not selected as a Top Applicant.

Top Applicants are shown first to recruiters. Upgrade to JobBoost Premium for just £9.99 a month and your applications will always be highlighted.

Upgrade now: jobboost.co.uk/premium

JobBoost - Manage email preferences`, 'Stand out to Hallam Accountants'),

  other(`Hi Ayo,

Thanks for your time on Tuesday. Before we set up the second interview, I want to be upfront about one thing: unfortunately the salary band for the Customer Insight Manager role has been revised to £48,000-£52,000, a little below the figure in the advert. The rest of the package is unchanged.

Are you still happy to go ahead on that basis? If so, I'll book the second interview with Rachel for next week.

Best,
Hollie
Talent Acquisition, Brackenridge Foods`, 'Customer Insight Manager - next steps'),
];
