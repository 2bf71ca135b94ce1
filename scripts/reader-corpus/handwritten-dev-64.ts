/**
 * Development messages of the sixty-fourth round, never sealed: the inbox's look-alikes, second pass. Mail a job
 * seeker receives that is NOT a rejection but is written in the sorry, polite or final words a rejection uses
 * (acknowledgements warning "if you don't hear from us, assume...", moved interviews, cancelled events, expired
 * postings with similar jobs, the candidate's own withdrawals, closed accounts and saved searches, declined supplier
 * proposals, grants and talks, landlords, forwarded rejections, layoff newsletters, reference requests, conditional
 * offers, background-check delays, security codes, surveys, reserve lists), beside paused processes in sorry words and
 * rejections that sound like something else (a decline in a long update, a P.S., a portal status line, a second
 * message in a thread, a one-liner, "no longer under consideration", a recruiter relaying a client's no, a decline
 * inside a job-alert-like mail). British, American, Indian, Australian, Canadian, Irish, Nigerian, South African,
 * Singaporean and second-language English; one line to over four hundred words.
 *
 * Labelling choices held throughout (LABELS.md and the corpus conventions): a warning that silence means no is not a
 * decline (`other`); a posting that closed before the candidate applied, or the candidate's own withdrawal, is
 * `other`; a reserve list for THIS role with the candidate still waiting is `hold`; a decline mentioned only in a
 * forwarded note about someone else is `other`. For development only: the rules may be checked against it and the
 * model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d64-');

export const HANDWRITTEN_DEV_64: readonly CorpusLine[] = [
  // ── Acknowledgements that warn about silence
  other(`Dear Candidate,

Thank you for applying for the role of Claims Handler (Ref: CH-2291) at Brightwater Insurance.

We receive a very high number of applications and, unfortunately, we are not able to reply to everyone individually. If you have not heard from us within three weeks of the closing date, please assume that your application has not been taken forward on this occasion.

We appreciate the time you have taken and wish you every success.

Brightwater Insurance Recruitment
This mailbox is not monitored.`, 'Your application - Claims Handler (CH-2291)'),

  other(`Hi Priya,

Thanks for putting yourself forward for the Junior Data Analyst opening with us. Just so you know: because of the volume, we can only contact shortlisted candidates. Shortlisting happens in the week of 14 April.

Regards,
Talent team | Northfold Analytics`, 'Application received'),

  other(`Dear Applicant

Your application for Staff Nurse (Band 5) – Ward 12, reference 301-AC-4471, has been received.

Please note that due to the large number of applications we receive, we regret that we are unable to provide individual feedback to candidates who are not shortlisted. If you have not been contacted by the closing date plus 14 days, you should assume you have been unsuccessful.

Kind regards
Recruitment Services
Eastmoor Hospitals NHS Foundation Trust`, 'Application acknowledgement 301-AC-4471'),

  other(`Hello,

We've got it! Your application for Customer Success Associate is in. Our team reads every one, and sadly that means things can take a little while. We'll be in touch either way — no ghosting here, promise.

Cheers,
The people at Kettle & Crumb`, 'We got your application 🍵'),

  // ── Moved interviews
  other(`Hi Daniel,

Unfortunately we need to move your interview with Marta, our Head of Engineering, which was set for Thursday 10:00. She has been called to a client site. I'm really sorry for the late notice.

Would any of these work instead?
- Friday 11:30
- Monday 14:00
- Monday 16:30

Apologies again, and thanks for bearing with us.

Best,
Oona Reilly
People Operations, Ferngate Software`, 'Reschedule: your interview on Thursday'),

  other(`Dear Ms Adeyemi,

We regret to inform you that the panel interview scheduled for 22 May at our Lagos office can no longer take place on that date owing to the public holiday declared this morning. We sincerely apologise for any inconvenience.

The interview has been rescheduled to Tuesday, 27 May at 10:00 am at the same venue. Kindly confirm your availability by return mail.

Yours faithfully,
Chinonso Eze
Human Resources Department
Harmattan Capital Limited`, 'RE: Interview Invitation – Relationship Manager'),

  other(`sorry - have to push our call to 3pm, got pulled into something. same link. - Jess`, 'call'),

  // ── Events cancelled
  other(`Dear registrant,

We are sorry to let you know that the Spring Graduate Careers Fair at the Civic Hall on 19 March has been cancelled due to the venue's unexpected closure.

We know many of you were looking forward to meeting employers in person. Unfortunately we are unable to reschedule it this term. All exhibitors have agreed to keep their vacancies open on the careers portal and several will be running virtual drop-ins instead.

With apologies,
Careers and Employability Service
University of Wexmouth`, 'Careers Fair cancelled'),

  other(`Hi there,

Unfortunately, tomorrow's webinar "Breaking into Product Management" has been cancelled as our speaker is unwell. We're so sorry!

Everyone who registered will get first dibs on the new date once we have it.

Team Launchpad
Unsubscribe | Manage preferences`, 'Webinar cancelled: Breaking into Product Management'),

  // ── Expired postings
  other(`This job is no longer accepting applications

Senior Accountant — Halden & Rusk LLP — Toronto, ON

The employer has closed this posting. Here are similar jobs you may like:

• Senior Accountant, Audit — Pemberly Group — Toronto, ON — Posted 2 days ago
• Accounting Lead — NorthPeak Foods — Mississauga, ON — Posted 5 days ago
• Senior Financial Accountant — Lakeshore Health — Toronto, ON (Hybrid)

You are receiving this email because you saved this job. Unsubscribe from saved-job updates.`, 'A job you saved has expired'),

  other(`Hi Sizwe,

Unfortunately the role "Graduate Civil Engineer – Durban" you were viewing has been filled and the advert was removed by the employer.

Don't give up! We found 6 new roles that match your profile. View them now.

JobsConnect SA
You get this mail because you have job alerts switched on.`, 'The job you viewed has been removed'),

  // ── The candidate's own mail
  other(`Dear Mr Halvorsen,

Thank you so much for the offer of the Marketing Coordinator position and for the time you and the team spent with me over the past weeks.

After a lot of thought, I have decided to decline the offer. I have accepted a role closer to home that fits my family situation better. This was a really hard decision, as I was very impressed by the team.

I hope our paths cross again, and I wish you all the best with the spring campaign.

Kind regards,
Amelia Stroud`, 'Re: Offer of employment – Marketing Coordinator'),

  other(`Hi Kavitha,

I'm writing to withdraw my application for the Business Analyst role (Req 88213). I've had an offer elsewhere which I've accepted. Sorry for the short notice and thanks for your help so far.

Best,
Rohan Menon

Sent from my iPhone`, 'Withdrawing my application – Req 88213'),

  other(`Dear Rohan,

Thank you for letting us know. We're sorry to see you go but completely understand, and we've withdrawn your application for the Business Analyst role as requested. Congratulations on your new position!

If you ever want to talk to us again, you know where we are.

Warm regards,
Kavitha Iyer
Talent Acquisition, Sarvam Consulting

On Mon, 3 Nov 2025 at 09:12, Rohan Menon wrote:
> Hi Kavitha,
> I'm writing to withdraw my application for the Business Analyst role (Req 88213).`, 'RE: Withdrawing my application – Req 88213'),

  // ── A recruiter: role gone, another pitched (not applied)
  other(`Hey Marcus,

Hope you're well! I was going to reach out about a Platform Engineer role at a fintech I work with, but unfortunately they filled it internally yesterday before I got the chance. Gutted.

The good news: I've got something arguably better — a Senior SRE seat at a Series B logistics company, fully remote, 115-130k. Worth a 15-min chat this week?

Cheers,
Tom Beckett
Principal Consultant | Ridgeway Talent`, 'Quick one'),

  // ── We regret the delay
  other(`Dear Ms Tan,

We regret the delay in getting back to you regarding the Operations Executive position. Our review has taken longer than planned because several members of the panel were travelling.

We expect to complete shortlisting by Friday, 12 September, and will write to you with an outcome by then.

Thank you for your patience.

Best regards,
Lim Wei Ling
HR Business Partner
Meridian Port Services Pte Ltd`, 'Update on your application'),

  // ── Portal status: closed / archived about the account or saved search
  other(`Your account status: Closed

Hello,

As you have not signed in to the Calloway Group Careers portal for 24 months, your candidate account has been closed and your personal data deleted in line with our privacy policy.

This does not affect any application you may have in progress with us. You are welcome to register again at any time.

Calloway Group Careers — do not reply to this message.`, 'Your candidate account has been closed'),

  other(`Saved search archived

Your saved search "UX designer – Dublin – €50k+" has been archived because it has not returned any new results in 90 days.

Want to keep getting alerts? Reactivate it with one click.

IrishJobsHub | Privacy | Unsubscribe`, 'Your saved search has been archived'),

  // ── Rejections to other parts of life landing in the same inbox
  other(`Dear Dr Mensah,

Thank you for submitting your proposal "Community health literacy in peri-urban Accra" to the 2026 Small Grants Round.

We regret to inform you that your proposal was not selected for funding. This round was highly competitive, with 412 eligible applications for 19 awards. Reviewer comments are attached.

We encourage you to apply again in the autumn round.

Grants Office
The Hollinsworth Foundation`, 'Small Grants Round 2026 – outcome'),

  other(`Hi Ifeoma,

Thanks for submitting "Feature flags at scale: what we got wrong" to DevDays Cape Town. Unfortunately we couldn't fit it into the programme this year — we had over 600 submissions for 40 slots.

We hope you'll still join us as an attendee; here's a 30% discount code: CFP-THANKS-30.

The DevDays programme committee`, 'Your DevDays talk submission'),

  other(`Dear Mr Oduya,

Thank you for your company's proposal in response to RFP-2025-114 (Office Cleaning Services). After evaluation, we regret to advise that Clean Sweep Facilities Ltd has not been selected as the preferred supplier. The contract has been awarded to another bidder.

A debrief is available on request within 10 working days.

Procurement Unit
Mbeki Road Medical Centre`, 'RFP-2025-114 – outcome of evaluation'),

  other(`Hi Sam,

Thanks for coming to view the flat on Saturday. I'm sorry to say the landlord has gone with another applicant for 14B Ashgrove Road. We'll keep your details and let you know if anything similar comes up in the area.

Thanks,
Lucy
Harbour Lettings`, '14B Ashgrove Road'),

  other(`Dear Aoife,

Thank you for applying to the Professional Diploma in Data Analytics (part-time, January intake). Unfortunately, the January intake is now full and we are unable to offer you a place on it. We have moved your application to the April intake; no action is needed unless you wish to withdraw.

Admissions Office
Liffey College of Further Education`, 'Your application – Professional Diploma in Data Analytics'),

  // ── Forwarded rejections
  other(`Fwd: look at this lol — exactly what I got from them last year, word for word. Don't take it personally if they do it to you too

---------- Forwarded message ---------
From: Careers at Vantor <noreply@vantor.example>
Date: Wed, 8 Oct 2025
Subject: Your application

Dear Kelechi, after careful consideration we have decided not to progress your application at this time...`, 'Fwd: Your application'),

  // ── Newsletters about layoffs
  other(`THE HIRING PULSE — Weekly

This week: another 4,000 tech layoffs; why "ghost jobs" are still on the rise; and how to keep going when you're hearing "unfortunately" more than "congratulations".

1. Layoff tracker: three more big names cut recruiting teams
2. Opinion: the rejection email is broken — here's how to read between the lines
3. Ask Nadia: "I've been on hold for six weeks. Should I follow up?"

You're receiving this because you subscribed at hiringpulse.example. Unsubscribe.`, 'Another tough week for tech hiring'),

  // ── Reference request
  other(`Dear Ms Brennan,

I hope this finds you well. Thomas Ryder has applied for the post of Deputy Finance Manager with us and has given your name as a referee. I'd be grateful if you could complete the attached reference form by Friday.

Apologies for the short timescale, and thank you in advance.

Kind regards,
Gareth Pryce
HR Officer, Clywd Valley Housing Association`, 'Reference request – Thomas Ryder'),

  // ── Holds
  hold('interview', ['role_closed'], {},
    `Hi Nadia,

I wanted to give you an honest update rather than leave you hanging. Unfortunately, following this week's budget review, leadership has put all new hires on hold until at least the end of Q1, and that includes the Product Designer role you interviewed for with Chris and Anjali.

This isn't a reflection on you at all — the team really enjoyed speaking with you. Your application stays open and I'll be back in touch as soon as I hear anything.

Sorry I don't have better news.

Best,
Helen Cartwright
Talent Partner, Lumen Health`, 'Product Designer – update'),

  hold('final', [ 'generic'], {},
    `Dear Vikram,

I'm afraid I have to ask for a little more patience. The final decision on the Regional Sales Manager position, for which you completed the final round last Tuesday, has been postponed because our Managing Director is on unexpected leave. We are not in a position to make any offers until she is back, which we expect to be the week of 2 December.

You remain very much in consideration. My apologies for the wait.

Regards,
Sunita Rao
HR Manager, Kaveri Agro Industries`, 'Regional Sales Manager – decision delayed'),

  hold('application', ['role_closed'], {},
    `Dear applicant,

Thank you for your interest in the Grants Officer (fixed term) role. Regrettably, the recruitment to this post has been paused while the organisation reviews its funding for 2026. Applications received will be held, and no decision has been made on them. We will write again by the end of January.

We apologise for any inconvenience this may cause.

People Team
Westbridge Arts Trust`, 'Grants Officer – recruitment paused'),

  // ── Rejections that sound like something else
  rej('application', ['generic'], {},
    `Your application status has changed

Position: Warehouse Team Lead (Req #44120)
Location: Reno, NV
Status: Not selected

Sign in to view your other applications.

Halverson Distribution Careers | Equal Opportunity Employer | Please do not reply to this email.`, 'Application status update'),

  rej('application', ['position_filled'], {},
    `Hi Jo — we've filled the bar supervisor role, sorry! Thanks for dropping your CV in. — Mick, The Anchor`, 'bar job'),

  rej('application', ['generic'], {},
    `Dear Ahmed,

This is an automated message regarding requisition 2025-7731, Financial Analyst II.

Your application is no longer under consideration for this requisition.

You can manage your profile and job alerts from your candidate home page.

Do not reply. Stellanova Corp. is an equal opportunity employer.`, 'Requisition 2025-7731'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hiya Ellie!

Hope your week's going OK. So I finally heard back from the client on the Content Strategist thing after your chat with their HR lady — they've said thanks but no thanks, they want someone who's been more on the agency side. Honestly their loss, your portfolio is great.

I've got two more bits coming through next week that I think would suit you better, so I'll ping you then. Keep your chin up!

Speak soon,
Gemma x
Bloom Creative Recruitment`, 'Update from the client'),

  rej('interview', ['generic'], { ...offered },
    `Dear Jonas,

Thank you again for your patience over the last few weeks, and for the time you gave to our interview process for the Logistics Coordinator role. I wanted to update you on a number of things.

First, our move to the new warehouse in Duisburg is now confirmed for March, which is why the timeline slipped. Second, the team structure has changed slightly: the role will now report to Katrin rather than to Stefan. Third, and I am sorry to say this, after the interviews with Katrin and Stefan we have decided to continue with other candidates for this position.

If you would like to hear more about our decision, I am happy to arrange a short call.

With kind regards,
Birgit Hollmann
Personalabteilung, Rheinfracht GmbH`, 'Update – Logistics Coordinator'),

  rej('application', ['generic'], { ...door },
    `Hi Grace,

Thanks so much for your interest in Pollen & Co! We loved seeing so many people want to join our little team.

A few things you might enjoy: our autumn menu launches next week, we're opening a second café in Fremantle in December, and our founder just did a lovely podcast interview (link below).

P.S. On the Barista role — we've gone with other applicants this time around, but we'd genuinely love to see your name again when we hire for Fremantle.

Pollen & Co`, 'News from Pollen & Co'),

  rej('application', ['generic'], {},
    `New jobs for you this week, Tunde

Hi Tunde,

About your application for Graduate Trainee – Finance at Crestview Bank: the employer has informed us that they will not be taking your application further.

Here are this week's roles that match your profile:
• Audit Associate — Okon & Partners — Lagos
• Finance Graduate Programme — Delta Foods PLC — Ikeja
• Treasury Analyst — Savanna Microfinance — Abuja

Good luck!
The HireNaija team
Update your alerts | Unsubscribe`, 'New jobs for you + an update on your application'),
];
