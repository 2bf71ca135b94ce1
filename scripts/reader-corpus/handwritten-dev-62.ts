/**
 * Development messages of the sixty-second round, never sealed: the mail between applying and hearing, where a pause,
 * an update and a decline sound alike. Paused processes (a hiring freeze, a budget review, a reorganisation "before we
 * continue", a decision moved to next quarter, a hiring manager on leave, interviews pushed back) that decline nobody,
 * several in sorry-words; quiet declines that avoid the usual formulas ("I'm going to pass", "we've made our choice",
 * "it's a no from the panel", "not one for you this time"), many after a stage told indirectly ("after we spoke on
 * Monday", "the exercise you sent"), and roles closed or cancelled that end this candidate's application; look-alikes
 * in the same words that decline nothing: "still reviewing" with a date promised, status changes, invitations,
 * reschedules with "unfortunately", reference and document requests, an offer, a suggested role the candidate asked
 * about, a withdrawal confirmed, the candidate's own sent mail, an auto-reply, a newsletter about a freeze, job alerts.
 * British, American, Indian, Australian, Canadian, Irish, Nigerian, South African, Singaporean and second-language
 * English; one line to over four hundred words.
 *
 * Labelling choices held throughout (LABELS.md and the corpus conventions): a pause that leaves the candidate in the
 * process is `on_hold` with the stage reached and `role_closed` for a freeze, budget or reorganisation (`generic` when
 * no reason is given); a freeze or cancellation that ends the candidate's application is a rejection for
 * `role_closed`; a decision with no word on fit is `generic`; a comparison with other candidates is `profile_mismatch`.
 * For development only: the rules may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d62-');

export const HANDWRITTEN_DEV_62: readonly CorpusLine[] = [
  // ── Paused processes
  hold('interview', ['role_closed'], {},
    `Hi Priyanka,

Thanks again for the time you gave Marcus and me on Thursday. I wanted to get back to you before the weekend rather than leave you hanging.

Unfortunately, as of this morning the business has put a freeze on all external hiring until the end of Q1. That includes the Product Analyst role. To be very clear: this is not a decision about you. You're still in the process, your notes from Thursday are saved, and if the freeze lifts on schedule we would pick up exactly where we left off, with the second conversation with Marcus's director.

I'll email you in the first week of February either way.

Best,
Hannah Kowalczyk
Talent Partner | Brightlane Insurance`, 'Product Analyst – a pause on our side'),

  hold('screen', ['role_closed'], {},
    `Dear Mr. Adeyemi,

Further to our telephone conversation of 14 October regarding the Credit Risk Officer vacancy, I write to let you know that the bank's recruitment for this position has been placed on hold pending the outcome of a budget review by the executive committee.

We regret the inconvenience this may cause. Your application remains active and you will not need to reapply. We expect to be in a position to resume by mid-December and will contact you then regarding the next step, which would be a panel interview.

Yours faithfully,

Chinwe Okonkwo (Mrs)
Human Resources Department
Keystone Meridian Bank Plc
Plot 14, Adeola Odeku Street, Victoria Island, Lagos`, 'RE: CREDIT RISK OFFICER – RECRUITMENT ON HOLD'),

  hold('final', ['role_closed'], {},
    `Hi Tom,

I know this isn't the news you were hoping for after Friday. You did everything we asked and the panel was very positive.

Here's where we are: the leadership team announced a reorganisation of the platform group on Monday, and the CTO has asked that every open senior role be held until the new structure is signed off. The Staff Engineer position is one of them. We'd like to finish the process with you once that's done, which we're told should be four to six weeks.

You're one of two people still in the running, and that hasn't changed. I'll check in every fortnight so you're not left guessing.

Cheers,
Bea
—
Beatriz Fonseca | Engineering Recruitment | Tallyfin`, 'Staff Engineer — where things stand'),

  hold('interview', ['generic'], {},
    `Hey Jordan — quick heads-up. Decision on the CSM role is now pushed to next quarter. Nothing's changed on our end re: you, just timing. Will ping you in Jan. — Alexis`, 're: next steps'),

  hold('interview', ['generic'], {},
    `Dear Ms Lindqvist,

Thank you for your patience since your interview with the hiring manager, Dr. Ferreira, on 2 September.

Dr. Ferreira has unexpectedly had to take a period of leave, and we are not able to make a decision on the Clinical Trials Coordinator post until she returns, which we currently expect to be in about three weeks. We did consider asking a colleague to step in, but as she met every candidate we feel it is fairer to wait.

We regret the delay. Your application is still under consideration and we will write again as soon as we have a date.

Kind regards,
Recruitment Team
Aldermoor Research Institute

This email and any attachments are confidential and intended solely for the addressee.`, 'Clinical Trials Coordinator – update on timing'),

  hold('application', ['role_closed'], {},
    `Hello Rahul,

Thank you for applying for the position of Senior Associate – Tax at Vardhan & Iyer LLP.

We would like to inform you that, with immediate effect, the firm has paused all external hiring for the current financial year while we complete an internal review of headcount. Your profile has been shortlisted for the first round and remains with us. Kindly do not treat this as a regret. Once hiring reopens we will contact you to fix the interview schedule.

Regards,
Meenakshi Raghavan
HR Executive
Vardhan & Iyer LLP, Chennai`, 'Your application – Senior Associate Tax'),

  hold('screen', ['generic'], {},
    `Hi Siobhán,

Apologies, I promised you an update on Tuesday and I'm only getting to it now.

The interviews with the team that we'd pencilled in for next week are going to be pushed back about a month — I'm afraid I can't say much more about why, but it's nothing to do with the candidates. You're still very much on our list after our chat, and I'll come back to you with new dates as soon as I have them.

Sorry for the messing about.

Ciara
Ciara Nolan | Recruiter | Harbourgate Software, Dublin 2`, 'Interviews pushed back'),

  hold('final', ['role_closed'], {},
    `Dear Wei Ling,

Thank you for attending the final round with our Managing Director last week.

We regret to share that the regional office has asked us to hold all new appointments while the annual budget is re-examined. We are still very much interested in you for the Marketing Manager role but cannot move until the budget for 2027 is approved, likely in late January.

We understand that you may receive other offers in the meantime and we will not hold it against you. Please keep us informed.

Warm regards,
Jasmine Tan
Head of People, Orchid Lane Pte Ltd
1 Raffles Quay, #22-01, Singapore 048583`, 'Marketing Manager – status'),

  // ── Quiet declines after a screen
  rej('screen', ['generic'], {},
    `Hi Dev,

Thanks for the time on Monday. I've talked it over with the hiring manager and we've decided to close the process with you for the Solutions Engineer role.

Wishing you the best with the search.

Noor
Noor Haddad, Recruiting @ Pylonworks`, 'Solutions Engineer'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hey Megan,

Really appreciated our call on Tuesday — you were easy to talk to and clearly know your stuff.

I'm going to pass for this one, though. Having gone back over the shortlist, there are a few people whose backgrounds sit closer to what the team is after. That's a comparison, not a verdict on you.

If something opens up that looks more like your world I'll come find you.

Take care,
Dan
Dan Whitlock | Talent | Copperfield Health`),

  rej('screen', ['location'], { ...fb },
    `Hi Andrés,

After our chat last Wednesday I checked with the team about the working arrangement you asked about. I'm sorry to say they need whoever takes this role in the Leeds office four days a week, and they aren't able to move on that, so the role won't be progressing for you.

Thanks for being so upfront about it on the call — it saved us both time.

Best,
Harriet Oduya
People Team, Northfold Logistics`, 'Operations Analyst - following up'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Kyle,

Following our phone call on the 9th: I took your number back to the hiring manager. The gap between where you'd need to be and what's been approved for the band is too wide for us to bridge, so we'll be going in another direction on this one.

No hard feelings at all, and if the band is reviewed next year I'd like to reach out again.

Regards,
Shannon Mbeki
Talent Acquisition | Karoo Freight Solutions
Cape Town`, 'RE: Fleet Planner conversation'),

  rej('screen', ['generic'], { ...offered },
    `Thank you for speaking with me on Friday, Ayesha. It's a no for the Digital Producer post this time around. If a few lines on how the decision was made would help, just reply and I'll send them over.

Kind regards,
Gemma Forsyth
Talent Lead, Saltmarsh Media`, 'Digital Producer'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hello Oliver,

Thanks for the quick intro call yesterday. We've made our choice for the first interviews and you won't be among them. The honest reason is that the role needs someone who's run SOX testing themselves, and from what you described your audit work has been on the operational side. That's a hard requirement for this team.

All the best,
Lucía Romero
Senior Recruiter, Halberd Financial`, 'Internal Audit Senior'),

  // ── Quiet declines after an assessment
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Sam,

Thanks for the exercise you sent on Sunday. The team went through it and it's not one for you this time. The data cleaning part was solid, but the model evaluation leaned on accuracy alone for a very imbalanced target, and that was the thing they most wanted to see handled.

If you want the reviewers' full notes, let me know and I'll forward them.

Best,
Ikenna
Ikenna Balogun | Data Hiring | Quillmark`, 'Your take-home'),

  rej('assessment', ['generic'], {},
    `Dear Candidate,

Thank you for completing the online reasoning and situational judgement tests for the 2027 Graduate Programme.

Your application will not be taken further in this year's intake.

Graduate Recruitment Team
Halden & Sloane

Please do not reply to this message. This mailbox is not monitored.`, 'Graduate Programme 2027 – your application'),

  rej('assessment', ['assessment', 'profile_mismatch'], {},
    `Hi Tamsin,

Thanks for turning the case study around so quickly. I've had the panel's views back. Your submission scored below a few others, and on balance they felt other applicants brought experience closer to the brief, so we won't be taking you into the interviews.

Thanks for the effort that obviously went into it.

Rob Pennington
Hiring Manager, Strategy — Greywater Retail`, 'Case study'),

  // ── Quiet declines after interviews
  rej('interview', ['generic'], { ...door },
    `Hi Chloé,

Following your visit to the studio on Thursday, the team met this morning. I'm sorry to say it's a no from the panel.

We enjoyed meeting you and would genuinely like to see your name again when we next open a junior design role.

Best wishes,
Aoife Brennan
Studio Manager, Fernhill Design`, 'After Thursday'),

  rej('interview', ['culture_fit'], {},
    `Morning Luke,

Thanks for coming in to meet Jess, Arjun and me. We've talked it through. The team works in a very loud, in-each-other's-pockets way and we don't think that's the environment you'd do your best work in, based on what you told us about how you like to work. So we've decided to leave it there.

Cheers,
Mick Thornbury
Head of Sales, Redgum Outdoor, Melbourne`, 'Account Manager'),

  rej('interview', ['internal_candidate'], {},
    `Dear Ms. Agarwal,

Thank you for the conversation with the department head on 21 November. I am writing to let you know that the Finance Controller role has been given to a colleague from our Pune office who applied internally. Your candidature for this vacancy therefore stands closed.

With regards,
Sudhir Kulkarni
HR Business Partner
Trimurti Agro Industries Ltd.`, 'Finance Controller – status of your candidature'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Marcus,

Wanted you to hear it from me rather than a system email: after your interviews with the team last week we offered the Backend Engineer job to someone else, and they've accepted. So the door's shut on this particular one.

You'd be welcome back for future roles — I've flagged you in our system as someone we'd call.

Thanks,
Ravi
Ravi Sethi · Engineering Manager · Opalfield`, 'Backend Engineer'),

  // ── Quiet declines at application
  rej('application', ['generic'], {},
    `Hello,

Your application for Junior Copywriter (Ref. JC-2211) has been reviewed. We will not be taking it further.

Thank you for your interest in Bramble & Finch.

This is an automated message. Replies to this address are not read.
Bramble & Finch Ltd, registered in England and Wales no. 09182233. Privacy notice: brambleandfinch.co.uk/privacy`, 'Application update: Junior Copywriter'),

  rej('application', ['role_closed'], {},
    `Hi Nadia,

Thanks for applying to the Community Manager role. I'm writing to every applicant to let you know the position has been withdrawn — the company has frozen hiring and this role has been cancelled outright, not postponed. That means your application won't go any further. Sorry to be the bearer.

Elin
Elin Sørensen, Ops & People, Kelpie`, 'Community Manager role withdrawn'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Rohan,

Thank you for your interest in the Research Assistant vacancy at Marrow Lab. On this occasion we have progressed applicants whose background lines up more closely with the project.

We will hold your CV on file for six months and contact you if a better-suited opening comes up.

Dr. Eilidh McKenzie
Principal Investigator`, 'Research Assistant vacancy'),

  // ── Look-alikes
  other(`Hi Fatima,

Unfortunately we're taking longer than we hoped to get through applications for the Policy Officer role — we had more than we planned for. We appreciate your patience. Your application is still being considered and you will hear from us by Friday 18 December at the latest.

Best regards,
Recruitment, Wexford Housing Association`, 'Policy Officer – timing update'),

  other(`Status update for your application

Job: Warehouse Supervisor (REQ-44817)
Previous status: Under review
New status: Interview scheduled

Log in to your candidate portal to see details. We'll be in touch with the time and place.

Cordell Distribution Careers — Do not reply to this email. Unsubscribe from status notifications.`, 'Your application status has changed'),

  other(`Dear Kwame,

Good news — your application has moved to the next stage. We'd like to invite you to a 30-minute video call with our hiring manager, Lerato Dube, on either Tuesday 8 or Wednesday 9 December. Please reply with the slot that suits you.

Kind regards,
Zanele
Zanele Khumalo, Talent Coordinator, Sable Mining Services`, 'Next stage: Project Engineer'),

  other(`Hi Ellie,

Unfortunately Graham has come down with something and won't be able to do our interview tomorrow at 2. I'm so sorry for the late notice. Could you do Monday at the same time instead? Nothing else changes.

Thanks for your understanding,
Priya
Priya Ramaswamy | Recruitment Coordinator | Tern Analytics`, 'Reschedule – interview tomorrow'),

  other(`Dear Mr. Haddad,

As part of the final stages for the position of Procurement Lead we would be grateful if you could provide contact details for two referees, one of them a current or recent line manager. We will not contact them without telling you first.

We appreciate your patience while we complete these checks.

Sincerely,
HR Office, Lindgren Maritime`, 'Reference request – Procurement Lead'),

  other(`Hi Sophie,

I'm delighted to offer you the role of Senior UX Researcher at Moorhen. Your written offer is attached — salary £62,000, 25 days' leave plus bank holidays, start date to be agreed.

I know you mentioned you're in another process, so no rush; let me know by the end of next week.

Warmly,
Kate Ashdown
Head of Design, Moorhen`, 'Offer – Senior UX Researcher'),

  other(`Hi Ana,

Thanks for your note. As requested, I've withdrawn your application for the Data Engineer role — sorry to see you go, and congratulations on the new job. We'll keep your profile on our side unless you'd like it removed.

All the best,
Femi
Femi Adebayo, Talent, Greenroof Energy`, 'RE: Withdrawing my application'),

  other(`I'm out of the office until Monday 14 December with limited access to email. For urgent recruitment matters please contact careers@halcyonbuild.com.au. Otherwise I'll get back to you when I return.

Thanks,
Bronwyn Price`, 'Automatic reply: Following up on Site Manager application'),

  other(`Hi Mum,

Just heard back from the insurance place — they've gone with someone else, which is a bit rubbish, but honestly the commute would have been awful. Still waiting on the two others. Will ring you Sunday.

Love, J
Sent from my iPhone`, 'news'),

  other(`THE WEEKLY LEDGER — Tech & Finance Briefing

This week: Corvane Bank confirms hiring freeze across retail division

Corvane Bank has paused most external recruitment in its retail arm until at least March, a spokesperson told us, citing "a period of cost discipline". Roles already offered will be honoured. Analysts expect other mid-tier lenders to follow.

Also inside: why fintech salaries have flattened; five questions for your next interview.

You're receiving this because you subscribed at theweeklyledger.com. Unsubscribe | Manage preferences`, 'Corvane freezes hiring; fintech pay flattens'),

  other(`New jobs matching "Business Analyst" near Toronto, ON

• Business Analyst II — Maple Crest Insurance — Toronto — $78k–$92k
• Junior Business Analyst — Lakeshore Transit — Mississauga
• Business Systems Analyst — Northbeam Health — Remote (Canada)

Unfortunately we couldn't find more matches this week. Update your alert to see more jobs.

You're receiving this alert from JobHarbour. Unsubscribe at any time.`, '3 new Business Analyst jobs'),
];
