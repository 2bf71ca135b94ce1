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

  hold('application', ['generic'], {},
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

  // ── More paused processes
  hold('assessment', ['role_closed'], {},
    `Hi Jonah,

Thank you for the take-home you submitted on Tuesday — it reached the reviewers, and nothing about this email is a comment on it.

Yesterday afternoon the company announced a hiring freeze across every team while we work through the new year's plan. I regret that this means we can't give you a result or book the next conversation for now. Your submission and your place in the process are kept exactly as they are; nobody is being moved out.

We'll contact you as soon as we get the green light, and at the latest on 15 January with an honest update.

Regards,
Malin Ekström
Recruiting, Fjordbyte`, 'Your take-home and a hiring freeze'),

  hold('application', ['generic'], {},
    `Hi Grace, thanks for your patience. We're still very much interested in your application for the bookkeeper role but we can't move until a couple of things on our side are settled — I'd guess early January. I'll be in touch then. Thanks, Paula (Paula Reyes, office manager, Corbel Accounting)`, 'Bookkeeper role'),

  hold('interview', ['role_closed'], {},
    `Dear Mr. Novak,

thank you very much for the interview with our team lead last week. We were happy to meet you.

Unfortunately we must inform you that our department is going through a reorganisation and the management decided that all open positions wait until the new structure is clear, before we continue. This is also for the position Test Automation Engineer. Your application is not rejected, it is only paused. We think we can continue in February.

We are sorry for this and hope you are still interested.

With kind regards
Katrin Hoffmann
Human Resources
Elbmetall Systeme GmbH, Hamburg`, 'Your application as Test Automation Engineer - status'),

  hold('screen', ['role_closed'], {},
    `Hey Maya,

Wanted to be transparent with you after our call last week. We're in the middle of closing our Series B, and the board asked us not to add headcount until the round closes — so the Growth Marketer hire is frozen for now.

Still super keen to talk again. If the round closes in December as planned, I'd set up time with our CEO straight away.

Sorry this is dragging on!

Theo
Theo Marchetti, co-founder, Loopkit`, 'quick update from Loopkit'),

  hold('final', ['generic'], {},
    `Dear Ifeoma,

I know this isn't the news you were hoping for after such a long day with us on Wednesday. The partners have decided to postpone the final decision on the Senior Associate appointment until the first week of the new year.

You remain one of the candidates under consideration and no decision has been taken on anyone. I'm sorry I can't give you more than that right now.

With best wishes,
Olumide Bankole
HR Manager, Bankole Ekpo & Partners
Abuja`, 'Senior Associate – decision timing'),

  hold('interview', ['role_closed'], {},
    `Hello Mr. Tremblay,

Thank you for attending the interview board for process 2026-ESD-IA-3319, Policy Analyst (EC-04).

Please be advised that this staffing process has been suspended pending the outcome of a departmental expenditure review. Candidates who were interviewed remain in the process and no results have been assigned. We regret any inconvenience. You will be notified by email when the process resumes or if its status changes.

Staffing and Recruitment Services

Ce message est aussi disponible en français.`, 'Process 2026-ESD-IA-3319 – suspended'),

  hold('assessment', ['generic'], {},
    `Hi Arjun,

Thanks for finishing the coding challenge. Unfortunately we've had to pause the process for the Android role for a few weeks. I can't give you a result yet, but you haven't been ruled out. I'll come back to you by the 20th.

Mei
Mei Huang | Tech Recruiter | Sprocket Labs`, 'Android Developer – pause'),

  hold('interview', ['role_closed'], {},
    `G'day Liam,

Thanks again for coming in to meet Sarah and the crew on Friday. Unfortunately, head office has pulled back headcount approvals for the rest of the financial year while they review costs, and our Site Supervisor role is caught up in that.

It's not a no. Sarah was keen on you and if approvals come back after the review (they reckon late Feb) we'll be calling you first.

Cheers,
Kylie Nguyen
HR Advisor | Ironbark Civil, Brisbane`, 'Site Supervisor – on hold for now'),

  hold('application', ['role_closed'], {},
    `Application status notice

Requisition: 30774 – Pharmacy Technician
Status: On hold

This requisition has been placed on hold by the hiring department due to a budget review. Your application remains in consideration and no action is needed from you. You will be notified if the status changes.

Riverbend Health Careers | This is an automated notification. Please do not reply.`, 'Pharmacy Technician – application status'),

  hold('screen', ['generic'], {},
    `Hi Laura,

Sorry for the radio silence since our call. The hiring manager for the Content Lead role, Ben, has just started paternity leave, a few weeks earlier than planned. We'd rather he meets you himself, so the next step will wait until he's back in mid-January.

You're still very much in the mix. Have a good break!

Rosie
Rosie Akhtar, Talent, Pennywhistle`, 'Content Lead – next step delayed'),

  hold('final', ['role_closed'], {},
    `Dear Thabo,

Thank you for participating in the final interviews for Group Treasury Manager.

Regrettably, pending regulatory approval of our merger with Umhlanga Holdings, the board has instructed that all senior appointments be held. This is a pause, not a withdrawal. You remain our preferred candidate and we intend to conclude the process once approval is received, expected in the first quarter.

We appreciate your patience and would be grateful if you could let us know should your circumstances change.

Yours sincerely,
Nomvula Sithole
Executive: Human Capital
Makhaza Capital Ltd, Sandton`, 'Group Treasury Manager – status'),

  hold('application', ['generic'], {},
    `Still keen on you!! Just on ice till Jan I'm afraid, sorry. Will call. S`, 'Re: any news?'),

  // ── Quiet declines after a final round
  rej('final', ['position_filled'], { ...door, ...offered },
    `Hi Natasha,

You were one of the last two for the Head of Partnerships role, and I wanted to call rather than write, but I know you're travelling.

We've made an offer to the other finalist and she's accepted. It was genuinely close. I'd be glad to talk you through what tipped it if that would be useful — just pick a time. And I'd very much like to stay in touch for what comes up next year.

Warmly,
Imogen Blake
VP People, Cartwheel`, 'Head of Partnerships'),

  rej('final', ['generic'], { ...offered },
    `Dear Samuel,

Thank you for joining us for the superday on 26 November. The committee met on Monday and has reached its decision; I am sorry to tell you that we will not be extending an offer to you.

Should you wish to hear the committee's reflections, please let me know and I will arrange a short call.

Yours sincerely,
Eleanor Whitcombe
Graduate Recruitment Manager
Ashby Kettering Capital`, 'Your superday – outcome'),

  rej('final', ['role_closed'], {},
    `Hi Rafael,

I'm really sorry to be writing this after you came through the final round. Last week the business decided to restructure the analytics function, and the Lead Analyst position is being removed from the plan entirely — it won't be filled, by you or anyone else. So I'm afraid we have to end your application here.

Thanks for everything you put into it.

Jo
Joanna Frost | Talent Acquisition | Whitlow Retail Group`, 'Lead Analyst – closing the process'),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Hi Kenji,

Thanks for spending the whole day with us onsite. The debrief was mostly positive, but the deciding factor was production Kubernetes: the team needs someone who has run clusters at scale in production, and in the system design session that came through as an area you've touched but not owned. So we won't be moving to an offer.

I'd genuinely like you to apply again once you've had that exposure — your debugging round was one of the best we've seen this year.

Best,
Arun Menon
Engineering Manager, Infra — Stratolith`, 'Onsite follow-up'),

  rej('final', ['culture_fit'], { ...fb, ...door },
    `Dear Ms. Coetzee,

Thank you for attending our assessment centre on 3 December.

The assessors felt that the way you approached the group exercise did not reflect the collaborative style our branches depend on, and on that basis we will not be offering you a place on the Branch Leadership Programme.

We hope you will consider applying again for a future intake.

Kind regards,
Early Careers Team
Protea Mutual`, 'Branch Leadership Programme – assessment centre result'),

  // ── Quiet declines after interviews
  rej('interview', ['generic'], {},
    `Hi Ben - after we spoke on Monday I've talked to Claire and we won't be taking things further. Thanks for your time, really. Niamh`, 'Monday'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Aditya,

Thank you for meeting the team on 2 December for the Senior Product Designer role.

We have now finished the interviews. Other people we met had experience that lined up more directly with what the team needs over the next year, so we have decided to pursue them rather than continue with you.

If it would help to hear more about the decision, reply to this email and I'll arrange for the hiring manager to share some thoughts.

Kind regards,
Helen Marsh
Recruitment Partner, Oxbow Digital`, 'Senior Product Designer – following your interview'),

  rej('interview', ['role_closed'], {},
    `Hello Sunita,

I'm afraid I have disappointing news. After your interview with the panel, the funding for the Programme Officer post was withdrawn by our donor. We won't be able to continue the recruitment with any of the shortlisted candidates, and I have to close your application.

We are sorry, and grateful for your interest in our work.

Grace Wanjiru
Operations Manager, Amani Futures Trust`, 'Programme Officer – recruitment closed'),

  rej('interview', ['generic'], { ...door },
    `Dear Mr. Eze,

RE: APPLICATION FOR THE POSITION OF PROCUREMENT OFFICER

We refer to your interview with our management team on Thursday, 19th November 2026.

We wish to inform you that the management has concluded the exercise and you were not considered for appointment at this time. We thank you for the interest you have shown in our organisation.

Your details will remain in our database and you will be contacted should a suitable vacancy arise in future.

Yours faithfully,
For: Sahel Petroleum Services Ltd
Aisha Bello
Head, Human Resources`, 'RE: APPLICATION FOR THE POSITION OF PROCUREMENT OFFICER'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hello Joanna,

thank you for the interview yesterday with Mr. Becker and me. We liked the conversation. The problem is the language: the role is customer facing with clients in Austria and Switzerland and requires fluent German, and we felt your German is not yet at this level. For this reason we will not continue with your application.

We wish you all the best.

Sabine Koller
Personalabteilung, Alpenrad GmbH`, 'Ihre Bewerbung / your application'),

  rej('interview', ['internal_candidate'], {},
    `Hi Conor,

Thanks for coming in to meet Deirdre and the team. I wanted to let you know that the Team Lead position has been filled by someone already working in the department, who applied when the role opened internally. So it won't be going any further for you on this occasion.

Best of luck,
Sinéad Walsh
HR Officer, Clontarf Credit Union`, 'Team Lead – update'),

  // ── Quiet declines after an assessment
  rej('assessment', ['generic'], { ...door },
    `Hi Paolo,

Thanks for the exercise you sent over. We've looked at it alongside the others and we won't be progressing your application to the next step.

Please do keep an eye on our careers page — we hire translators a few times a year and we'd be glad to hear from you again.

Best wishes,
Lingua Bridge Recruitment`, 'Translation exercise'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Chen,

Thanks for doing the SQL task. I've got the results back: your answers were correct for the basic joins, but the three questions on window functions and running totals weren't answered, and those make up most of the day-to-day work. So we won't take you through to the interview this time.

Good luck with the search,
Olivia Grant
Analytics Manager, Tessellate Retail`, 'SQL task result'),

  rej('assessment', ['role_closed'], {},
    `Hi Mariam,

Thanks for your portfolio brief. Before the team could review it, the client we were hiring for pulled the project, and the Motion Designer contract no longer exists. I'm sorry — it means we're closing all applications, yours included.

Sam
Sam Ortega · Producer · Kiteframe Studio`, 'Motion Designer brief'),

  // ── Quiet declines after a screen
  rej('screen', ['generic'], { ...door },
    `Hi Ruth,

Thanks for the call on Wednesday. I've been back through the notes with the hiring manager and it's not going further for you on this role.

I'll keep you in mind for anything else we open up in the new year.

Best,
Marta
Marta Kowal | Talent Acquisition | Greenway Foods`, 'Following our call'),

  rej('screen', ['position_filled'], {},
    `Hi Josh — thanks for the intro chat last week. Turns out the team had a candidate from an earlier round accept an offer on Friday, so the Sales Ops spot is gone. Sorry about the timing. — Kara, Recruiting, Beacon HQ`, 'Sales Ops'),

  rej('screen', ['location'], { ...fb },
    `Dear Mr. Pillai,

Thank you for the telephone screening on 30 November for the Quality Engineer position.

As discussed, this position requires the successful candidate to hold the right to work in Singapore without sponsorship. As you would require an Employment Pass, we are unable to proceed with your application for this role.

We appreciate your understanding.

Regards,
Cheryl Lim
Talent Acquisition
Meridian Precision Pte Ltd`, 'Quality Engineer – application'),

  // ── Quiet declines at application
  rej('application', ['generic'], {},
    `Dear Ms. Goh,

Thank you for your application for the post of Executive, Corporate Communications. Kindly note that your application has not been shortlisted.

We thank you for your interest.

Human Resource Division
Lumen Harbour Group`, 'Executive, Corporate Communications'),

  rej('application', ['role_closed'], { ...door },
    `Hi Ben,

Thank you for applying for the Junior Data Scientist role. Since you applied, the company has introduced a hiring freeze and this vacancy has been cancelled, so we won't be reviewing applications for it any further.

We're sorry. If the role, or a similar one, is advertised again we'll get in touch with you directly.

Kind regards,
People Team, Cobalt Ridge`, 'Junior Data Scientist – vacancy cancelled'),

  rej('application', ['profile_mismatch'], {},
    `Hello Kateryna,

Thank you for your interest in the Logistics Coordinator role at Trellis Freight.

We've looked at every application we received and chosen to go forward with people whose experience more closely matched the role.

Thanks again,
The Trellis Freight Hiring Team`, 'Logistics Coordinator at Trellis Freight'),

  rej('application', ['generic'], { ...door },
    `Bonjour / Hello Émilie,

Thanks for applying to be a Client Success Associate with Portage Software. We've finished the first review of applications and we're not moving yours ahead for this posting.

New roles come up often at both our Montréal and Ottawa offices, and we'd encourage you to apply again.

Cheers,
The Portage Talent Team`, 'Your Portage Software application'),

  rej('application', ['salary'], { ...fb },
    `Hi Dominic,

Thanks for your application for the Marketing Executive role. The salary expectation you entered (£48k) is well above what we've got for this position, which tops out at £36k, so we won't be progressing it.

Thanks for your interest in Hollybush Foods.

Regards,
Amy Carter
HR Coordinator`, 'Marketing Executive application'),

  // ── Quiet declines, continued: screens
  rej('screen', ['generic'], { ...offered },
    `Hi Vikram,

Thank you for taking my call on Saturday despite the short notice. I have discussed your profile with the client and I will be honest with you — they will not be taking your candidature forward for the Regional Sales Head mandate.

If you would like to understand their thinking in more detail, I am happy to get on a call this week and walk you through it.

Regards,
Neha Malhotra
Principal Consultant | Sterling Talent Advisors, Gurugram
(On behalf of our client; client name withheld as per confidentiality)`, 'Regional Sales Head – update'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Beth,

Thanks for the twenty minutes yesterday. Having now spoken with everyone on the shortlist, I think there are others who are a closer match for where this team is right now, so I'm going to stop things here for you.

I'd still like to keep you on my radar — I recruit for the whole product org and I suspect something better aligned will come up in the spring.

Best,
Oren
Oren Katz | Senior Recruiter | Halyard`),

  rej('screen', ['role_closed'], { ...door },
    `Dear Precious,

Thank you for your time on our call on Tuesday. Since then, our group has announced a freeze that cancels the Internal Communications Specialist vacancy outright — it is not being deferred. I am therefore sorry to confirm that your application for this role has come to an end.

Should we advertise a similar role once the freeze is lifted, I will contact you personally.

Kind regards,
Lindiwe Mokoena
Talent Acquisition Specialist
Baobab Telecoms (Pty) Ltd, Johannesburg`, 'Internal Communications Specialist'),

  // ── Quiet declines, continued: assessments
  rej('assessment', ['generic'], { ...offered },
    `Dear Hamid,

Thank you for completing the numerical and verbal reasoning assessments for the Trainee Actuary role. We have now considered your results together with your application and will not be inviting you to the next stage.

You are welcome to request a breakdown of your scores by replying to this email within 30 days.

Trainee Recruitment
Larchmont Life & Pensions`, 'Trainee Actuary – next steps'),

  rej('assessment', ['position_filled'], { ...door },
    `Hi Jess,

Thanks for sending the writing sample. While it was with the editors, we appointed someone to the Features Writer job from an earlier round, so I'm afraid that's that for this one.

We commission freelancers all the time, though, and I'd be glad to put your name forward to the commissioning desk if you're open to it.

Rhiannon
Rhiannon Price, Managing Editor, The Outrigger`, 'Features Writer'),

  // ── Quiet declines, continued: interviews
  rej('interview', ['generic'], { ...door, ...offered },
    `Hi Tomasz,

Thank you for talking with Kim and me last Thursday. We've now finished meeting people, and we've landed somewhere else for the Scrum Master role.

You handled the conversation really well, and I'd welcome another application from you when the next one comes round. If you want to hear how we reached the decision, drop me a line and I'll set up fifteen minutes.

Kind regards,
Ruth Eastwood
Delivery Lead, Quayside Systems`, 'Scrum Master'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Li,

Many thanks for your interview with the research team on 24 November.

Having compared all the candidates we met, the panel preferred applicants whose experience was a stronger match for the post. We will therefore not be offering you the position of Postdoctoral Research Associate.

Please feel free to contact me if you would like some feedback.

With best wishes,
Prof. Gareth Llewellyn
School of Chemistry`, 'Postdoctoral Research Associate – interview outcome'),

  rej('interview', ['position_filled', 'profile_mismatch'], {},
    `Hi Sasha,

Following your conversation with our Head of Finance, I'm writing to let you know we've offered the FP&A Manager role to a candidate whose background fit the brief a little more closely, and they've accepted.

Thank you for the time and thought you gave to the process.

Kind regards,
Mohammed Siddiqui
Recruitment, Ashgrove Hotels`, 'FP&A Manager'),

  rej('interview', ['generic'], {},
    `Hello Mr Diallo,

We thank you for your participation at the interview of the 1st December for the post of Accountant. After deliberation we inform you that your candidature was not retained.

We wish you success in your professional projects.

Direction des Ressources Humaines
Société Atlantique de Transit`, 'Your candidature – Accountant post'),

  rej('interview', ['location'], { ...fb },
    `Hey Callum,

Thanks for the video interview with Jaz on Monday. We talked it through, and the sticking point is the move: the role is based in Perth and you said you wouldn't be looking to relocate from Sydney for at least a year. We need someone on the ground from day one, so it's not going to work on this occasion.

All the best,
Dee
Dee Ramsay | People & Culture | Coralway Mining Services`, 'Project Coordinator, Perth'),

  // ── Quiet declines, continued: final rounds
  rej('final', ['generic'], { ...door },
    `Dear Ngozi,

You were among the finalists for the Country Manager position, and I wanted to thank you for travelling to Accra for the final day.

The board has now made its choice and it is not you on this occasion. I hope our paths cross again — we expect to be hiring across the region next year and I would be pleased to hear from you then.

With warm regards,
Kofi Asante
Regional Director, West Africa
Harmattan Agritech`, 'Country Manager – final decision'),

  rej('final', ['position_filled'], { ...door, ...offered },
    `Hi Aroha,

Thanks for coming back in for the last round. The Senior Planner role has now been accepted by another candidate. I'm sorry it's not better news.

You'd be a strong contender for future roles here and I'll keep you front of mind. And if some feedback from the panel would help, I'm more than happy to share it — just let me know.

Ngā mihi,
Hemi Walker
Talent Lead, Kōwhai Transport`, 'Senior Planner'),

  rej('final', ['profile_mismatch'], { ...offered },
    `Dear Ms. Banerjee,

Thank you for participating in the final round of interviews for the position of Assistant Vice President – Compliance.

After careful deliberation, the selection committee has recommended a candidate whose experience aligned more closely with the requirements of the role. We will therefore be closing your application.

Should you wish to receive feedback from the committee, please write to us at the address below.

Warm regards,
Talent Acquisition
Sapphire Crest Finance Ltd, Mumbai`, 'AVP Compliance – outcome of final round'),

  // ── Quiet declines, continued: applications
  rej('application', ['generic'], {},
    `Not one for us this time mate, but thanks for sending your CV through. Gav`, 'Re: Apprentice electrician'),

  rej('application', ['generic'], { ...door },
    `<html><body><p>Dear Applicant,</p><p>Thank you for submitting your application for <b>Retail Team Member – Store 0412</b>.</p><p>After review, the hiring team has decided not to advance your application for this role.</p><p>We encourage you to visit our <a href="https://careers.example-grocer.com">careers site</a> and apply for other openings that interest you.</p><p>Fairbrook Grocers is an equal opportunity employer.</p></body></html>`, 'Your Fairbrook Grocers application'),

  rej('application', ['generic'], {},
    `Hi Olamide,

An update on your application for Associate Product Manager (job ID 55210): the team has reviewed it and you won't be moving forward in the process.

Thanks for your interest in Kestrel.

Kestrel Recruiting
This message was sent from an unmonitored mailbox.`, 'Update on your Kestrel application'),

  rej('application', ['generic'], { ...offered },
    `Dear Freya,

Thanks so much for writing to us about the Events Assistant job and for the lovely cover letter. We've read every application and decided to interview others for this one.

If a note on your application would be useful for the future, reply and I'll write you a couple of lines.

Best,
Lottie Barnes
Director, Marigold Events`, 'Events Assistant'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Mr Ncube,

Thank you for applying for the role of Senior Electrical Engineer (ref SEE-0926).

We received a strong field and have chosen to take forward those applicants whose experience aligns most directly with this project. Your application will not proceed further.

With your agreement we will keep your CV in our engineering talent pool and let you know about suitable roles in future.

Regards,
Recruitment Team
Highveld Consulting Engineers`, 'Senior Electrical Engineer – ref SEE-0926'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Marcus,

Thanks for your interest in the Senior Accountant position. This one requires a current CPA designation and your résumé shows you're still working toward it, so we can't move your application along right now.

Best of luck finishing the exams.

Janelle Okoro
Controller, Birchview Property Management
Calgary, AB`, 'Senior Accountant'),

  rej('application', ['role_closed'], {},
    `Hi Zara,

Sorry for the slow reply. The honest answer is that the role has been closed — we've decided not to fill it this year, so your application ends there. I should have told everyone sooner.

Tom

On Mon, 30 Nov 2026 at 09:14, Zara Qureshi <zara.q@mailbox.example> wrote:
> Hi Tom,
> I applied for the Operations Assistant role on 2 November and wondered
> whether there was any news? Happy to send anything else you need.
> Thanks,
> Zara`, 'Re: Operations Assistant – any news?'),

  rej('application', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Priscilla,

Thank you for applying for the position of Nursing Unit Manager.

The post calls for at least five years' experience at charge nurse level or above, and your application shows two. We also had a number of applicants whose management experience was considerably closer to what the unit needs. We will therefore not be shortlisting you.

Yours sincerely,
Recruitment Office
St Columba's Private Hospital`, 'Nursing Unit Manager'),

  rej('application', ['generic'], { ...door },
    `Hi Declan,

Thanks a million for applying for the barista position. We've decided to go a different way with it, but we'd love you to try us again in the summer when we take on more staff.

Cheers,
Orla
The Daily Grind, Galway`, 'barista job'),

  // ── Look-alikes, continued
  other(`Dear Ananya,

Greetings from Sundaram Infotech.

This is to update you that your profile for the role of Business Analyst is still under review with the hiring manager. Due to the year-end, the review is taking longer than usual. We appreciate your patience and will revert with the status by 11 December.

Regards,
Pooja Shenoy
Talent Acquisition, Sundaram Infotech, Bengaluru`, 'Status of your application – Business Analyst'),

  other(`Hi Jack,

Just a quick note to say we haven't forgotten you. The panel are meeting again on Wednesday to finish shortlisting for the Environmental Officer role — it's taken longer than we hoped with the end-of-year leave. You'll have an answer from me by Friday 11 December, either way.

Thanks for hanging in there,
Kerry
Kerry Walsh | Recruitment | Coastal Council of NSW`, 'Environmental Officer – still with us'),

  other(`Your application status has changed

Application: Graduate Software Engineer 2027
From: Received
To: In review

You'll hear from us once a decision has been made. Thank you for your patience.

Summit Rail Careers
Manage your notification settings | Privacy`, 'Application status update'),

  other(`Dear Ms. Yusuf,

Congratulations! Following your online tests, we are pleased to invite you to our assessment centre on Tuesday 12 January at our Manchester office. The day will include a group exercise, a presentation and an interview with two of our partners.

Please confirm your attendance using the link below by 18 December.

Graduate Recruitment
Ridley Marsh LLP`, 'Invitation to assessment centre'),

  other(`Hi Anders,

Unfortunately one of our panel members can't make Thursday after all, so I need to move your final interview. Would Monday 14th at 10:00 or Tuesday 15th at 15:00 work instead? I'm sorry for the shuffle — it's the season.

Best,
Ingrid
Ingrid Solberg | People Operations | Nordlys Energy`, 'Final interview – new time needed'),

  other(`Dear Chidi,

Further to your conditional offer for the role of Graduate Trainee, please upload the following documents to the onboarding portal by Friday:

1. Evidence of your right to work in the UK
2. Degree certificate or final transcript
3. Proof of address dated within the last three months

If you have any questions, please reply to this email.

Kind regards,
Onboarding Team
Pemberton Water`, 'Documents required – Graduate Trainee'),

  other(`Dear Mr. Olawale,

OFFER OF EMPLOYMENT – SENIOR SYSTEMS ADMINISTRATOR

Following your interview and the satisfactory outcome of your reference checks, we are pleased to offer you employment as Senior Systems Administrator on Grade Level 10, with effect from 4 January 2027, subject to the terms in the attached letter.

Kindly signify your acceptance by signing and returning the duplicate copy within seven (7) working days.

Yours faithfully,
Funmilayo Adeleke
Head, Human Resources
Crestline Microfinance Bank Ltd`, 'OFFER OF EMPLOYMENT'),

  other(`Hi Rachel,

Thanks for coming back on the offer. Unfortunately we can't move the base salary beyond what's in the letter — it's the top of the band — but I've got approval for a £3,000 signing bonus and an extra three days' leave. The offer stands as it is otherwise and I'm hoping you'll say yes!

Best,
Chris
Chris Dunmore | Head of Talent | Wildfell`, 'RE: Offer – Senior Analyst'),

  other(`Hi Zainab,

You asked at the end of our last email whether we had anything closer to your project-management experience. We do: the PMO Analyst role in our Leeds team went live this morning, and I think you'd suit it. Here's the link if you'd like to apply — I'll look out for your application.

Best wishes,
Holly
Holly Stanton, Recruitment Partner, Yorkstone Homes`, 'Re: Anything else suitable?'),

  other(`Hi Ravi,

Confirming that I've withdrawn you from the Quant Developer process as you asked. Thanks for letting us know so promptly, and good luck in the new role. If you ever want to talk again, you know where I am.

Greg`, 'Re: Withdrawal'),

  other(`hey Lou — so the fintech one emailed back, they're "closing the process with me", which I think is recruiter for no lol. not too bothered, the other place still wants me for a second round on thursday. drinks friday?`, 'ugh'),
  other(`Thank you for your email. I am currently on annual leave and will return on 4 January 2027. Unfortunately I will not be checking mail while away. For recruitment queries please contact Thandeka Mahlangu on recruitment@umsinsi.co.za.

Kind regards,
Lerato Molefe`, 'Out of Office: RE: Candidate follow-up – Payroll Officer'),

  other(`A note on hiring at Tidewater

To everyone in our talent community,

You may have read in the press that Tidewater is slowing recruitment next year. We wanted you to hear it from us: we're pausing most new requisitions from January while we finish our 2027 plan. Any conversations already under way will be handled individually by the recruiter you're speaking with.

We're grateful you keep an eye on us and we'll write again when things pick up.

The Tidewater Talent Team
You're receiving this because you joined the Tidewater Talent Community. Unsubscribe.`, 'A note on hiring at Tidewater'),

  other(`Jobs you may be interested in

Senior Frontend Engineer · Parcelly · London (Hybrid)
Frontend Developer (React) · Wren Bank · Remote UK
UI Engineer · Threadneedle Games · Guildford

Sorry, we couldn't find more roles at your chosen seniority this week. Try widening your search.

You're receiving job alerts from Hireline. Manage alerts | Unsubscribe | Privacy`, 'Senior Frontend Engineer and 2 more jobs for you'),

  other(`Dear Jobseeker,

12 new jobs match your profile "Mechanical Engineer – Pune / 3-6 yrs".

- Design Engineer (Sheet Metal) – Vighnaharta Auto Components – Chakan
- Maintenance Engineer – Sahyadri Polymers – Talegaon
- Mechanical Engineer, Projects – Indus Thermal – Pimpri-Chinchwad

View all matches on NaukriSetu. Regret if this alert is not relevant: update your preferences.`, '12 new jobs for you'),

  other(`Hi Eamon,

Thanks for applying for the Wealth Planner role at Larkspur Financial. We've received your application and it's now with our recruitment team. We read every application carefully, which can take up to three weeks at this time of year — we appreciate your patience, and we'll be in touch either way.

Larkspur Financial Recruitment`, 'We have your application'),

  other(`Hi Noura,

Whatever the outcome of your recent application with Brightwater Logistics, we'd love to know how we did. The survey takes three minutes and is completely anonymous — it won't affect your application in any way.

[Share your experience]

Thank you,
Candidate Experience Team`, 'How was your experience applying to Brightwater?'),

  other(`Hi Tariq,

A reminder that your online assessment for the Graduate Analyst scheme is still open. Unfortunately the link expires at 23:59 on Sunday 13 December and we aren't able to extend it, so please make sure you complete it before then.

Good luck!
Early Careers, Fernleigh Bank`, 'Reminder: your online assessment closes Sunday'),

  other(`Hi Olivia,

I came across your profile and your work on payments infrastructure caught my eye. I'm hiring for a Principal Engineer at a Series C fintech in Amsterdam (relocation covered). No pressure at all — if you're happy where you are I'll keep you in mind for the future. Open to a quick chat?

Best,
Pieter van Dijk
Partner, Van Dijk Search`, 'Principal Engineer – Amsterdam'),

  other(`Update on your application

Congratulations — your application for Customer Service Advisor (Ref CSA-7716) has progressed to the next stage. You will receive an invitation to a telephone interview within five working days.

Corbridge Energy Careers | Please do not reply to this email`, 'Your application has progressed'),

  other(`Hi Deepa,

Lauren Webb has applied for a Senior Nurse role with us and has named you as a referee. Would you be able to complete the short reference form linked below by next Wednesday? We appreciate your time.

Kind regards,
Pre-employment Checks Team
Greenhaven Care Group`, 'Reference request for Lauren Webb'),

  other(`Hi Nikhil,

Confirming your interview for the Cloud Engineer role:

Date: Wednesday 9 December
Time: 14:00–15:00 (SGT)
Format: Zoom (link below)
Panel: Jun Wei Koh (Engineering Manager), Farah Aziz (Senior Engineer)

Unfortunately we can't offer a later slot this week, so please let me know today if this doesn't work.

Regards,
Sharon Teo
Talent Acquisition, Banyan Cloud Pte Ltd`, 'Interview confirmation – Cloud Engineer'),

  other(`Hi Grace,

Thanks for a great conversation this morning — I really enjoyed hearing about the warehouse automation project. We're seeing two more candidates this week and I'll be in touch with next steps by Friday.

Cheers,
Matt
Matt Hollis, Operations Director, Kinetic Fulfilment`, 'Thanks for today'),

  other(`Dear Olusegun,

Thank you for your patience since the final interview. I know waiting is hard. The panel is still weighing up a very close decision between two candidates, and you are one of them. We expect to confirm the outcome on Tuesday and I will call you myself.

Kind regards,
Adaeze Nwosu
People Director, Savannah Foods Plc`, 'Final interview – a short update'),

  other(`Hi Hannah,

Some good news at last: the hiring freeze has been lifted and the Data Governance Lead role is open again. We'd like to pick things up from where we left off and get your second interview in the diary. Could you send me your availability for the week of 11 January?

Thanks for your patience through all this,
Jas
Jasvinder Gill | Talent | Norland Insurance`, 'We can restart – Data Governance Lead'),

  other(`Dear Student,

Meet over 60 employers at the Winter Careers Fair on Thursday 10 December, 11:00–15:00, Great Hall. Unfortunately we can't accept walk-in CV reviews this year, so please book a slot in advance.

Careers Service
University of Dunmore`, 'Winter Careers Fair – this Thursday'),

  other(`Hi Keisha,

You started an application for Paralegal (job 8823) but haven't submitted it yet. We'd hate for you to miss out — the role closes on 14 December.

[Continue your application]

Whitfield Law Careers`, 'You left something unfinished'),

  other(`Hi Oskar,

Thanks for your application for the Service Desk Analyst role. I'd like to set up a quick 15-minute call to talk through it. Could you let me know when you're free on Thursday or Friday?

Best,
Farah
Farah Siddiqui | Recruiter | Castlegate IT`, 'Quick call?'),

  other(`Hi Ade,

Just to update — your CV went across to the client on Monday for the Infrastructure Lead role. Unfortunately they're notoriously slow at this time of year, so I wouldn't read anything into the silence. I'm chasing them on Thursday and will let you know what they say.

Speak soon,
Brendan
Brendan Foley | Senior Consultant | Calder Recruitment`, 'Infrastructure Lead – update'),

  other(`Job search tracker — w/c 30 Nov

- Halyard (product ops): screen done Tue, waiting
- Tern Analytics: interview moved to Monday
- Kestrel APM: no, closed
- Norland: paused, freeze, check back Jan
- Wildfell: offer! negotiating leave`, 'notes'),

  other(`Hi Fiona,

Welcome to Marlowe! We're so pleased you're joining us on 11 January. Your first day will start at 9:30 at our Glasgow office — ask for Ewan at reception. Your laptop will be ready, and your buddy is Shona from the client team.

See you soon,
The Marlowe People Team`, 'Welcome to Marlowe – your first day'),

  other(`Hi Pedro,

Thank you for taking the time to share your thoughts on our interview process. You're right that the gap between the interview and the update was too long, and I'm sorry about that. We've passed your comments to the team and we're changing how we keep candidates informed.

Best,
Alison Reid
Head of Talent, Fieldstone`, 'Re: Some feedback on your process'),

  other(`Hi Yaw,

Sorry we missed each other at 11 — I think the call went to voicemail. No problem at all; here's my calendar link to pick a new time for our chat about the Field Technician role.

Thanks,
Rachel
Rachel Boateng | Recruiter | Volta Solar`, 'Missed call – let us rebook'),

  other(`Your candidate account has been created

Welcome to the Harrowgate Council jobs portal. You can now save jobs, track your applications and set up alerts.

If you didn't create this account, please contact us.

Harrowgate Council | Do not reply to this automated message`, 'Welcome to Harrowgate Council Jobs'),

  other(`Hi Hannah,

Thanks for letting me know about the freeze — completely understand, these things happen. I'm still very interested in the role and happy to wait. Could you let me know if anything changes before February? I'll keep you posted if my own situation changes.

Best wishes,
Priyanka

On Fri, 4 Dec 2026 at 16:02, Hannah Kowalczyk wrote:
> Unfortunately, as of this morning the business has put a freeze on all
> external hiring until the end of Q1. ...`, 'Re: Product Analyst – a pause on our side'),

  other(`Dear Mr. Mahlaba,

As the final step before your appointment can be confirmed, we need your consent to carry out a criminal record and credit check. Please complete the attached consent form and return it with a certified copy of your ID.

Unfortunately we cannot issue your contract until the checks are complete, which usually takes ten working days.

Regards,
HR Administration
Karoo Water Board`, 'Consent for background checks'),

  other(`Hi Sienna,

Thanks for joining the Ashlar Talent Community! We'll keep you in mind and send you roles that match the interests you've told us about. You can update your preferences or leave the community at any time.

The Ashlar Careers Team`, 'Welcome to the Ashlar Talent Community'),

  other(`No problem at all, Farouk — I've moved your interview to Thursday at 3pm as you asked. Same Teams link. See you then.

Evie
Evie Langford | Recruitment Coordinator | Sterne Medical`, 'Re: Could we move Tuesday?'),

  other(`Hi Aisling,

Great news — the panel want to make you an offer for the Marketing Lead role. Before I can send the paperwork I need to take up your two references; could you send me their details today or tomorrow? I'll be in touch with the formal offer as soon as they're back.

Thanks,
Cormac
Cormac Daly | Talent Partner | Lifford Brewing Co.`, 'Marketing Lead – next step'),
];
