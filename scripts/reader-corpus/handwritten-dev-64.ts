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

  hold('final', ['generic'], {},
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
    `Hi Jo — we've filled the bar supervisor role, sorry! Thanks for dropping your CV in. — Mick, The Anchor`),

  rej('application', ['generic'], {},
    `Dear Ahmed,

This is an automated message regarding requisition 2025-7731, Financial Analyst II.

Your application is no longer under consideration for this requisition.

You can manage your profile and job alerts from your candidate home page.

Do not reply. Stellanova Corp. is an equal opportunity employer.`, 'Requisition 2025-7731'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hiya Ellie!

Hope your week's going OK. So I finally heard back from the client on the Content Strategist thing after your chat with their HR lady — they've said thanks but no thanks, they reckon a couple of the others they spoke to lined up a bit closer to what they had in their heads. Honestly their loss, your portfolio is great.

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

  // ── Paused processes, in sorry words
  hold('screen', ['role_closed'], {},
    `Hi Callum,

Apologies for the radio silence since our call a fortnight ago. I'm sorry to say that the Data Engineer vacancy has been frozen while the business reviews headcount for next year. Nobody is being turned away — the process is simply stopped where it is, and you're still on my list for it.

I'll update you in January at the latest.

Cheers,
Ruth Mbatha
Recruitment Lead, Karoo Digital`, 'Data Engineer – quick update'),

  hold('screen', ['generic'], {},
    `Dear Mr. Fernandes,

Thank you for taking the time to speak with me on Monday regarding the Compliance Officer opening. Unfortunately, the hiring manager has been seconded to an audit overseas for four weeks, and we will not be able to schedule the next interviews until she returns. I regret the inconvenience and appreciate your understanding.

Your candidacy is still active. I will contact you in the first week of March with interview dates.

Sincerely,
Maureen O'Dwyer
Human Resources, Ashdown Mutual`, 'Compliance Officer – timing'),

  hold('assessment', ['role_closed'], {},
    `Hello Mei Ling,

Thank you for completing the case exercise for the Strategy Analyst position. I'm sorry to report that the role has been placed on hold pending an internal reorganisation of the strategy office. We have not made any decision on candidates, and your exercise will be reviewed with the others once recruitment restarts.

We appreciate your patience during this period.

Regards,
Goh Kian Seng
Talent Acquisition
Straits Harbour Holdings`, 'Strategy Analyst – status of the process'),

  hold('assessment', ['generic'], {},
    `hey Aditya — sorry this is slow. results from the coding task are sitting with the team but half of them are off for Diwali, so nobody's looked yet. hang tight, I'll chase next week. not a no!

Nikhil (recruiting @ Tarang Labs)`, 're: coding task'),

  hold('interview', ['generic'], {},
    `Dear Chloé,

Thank you for interviewing with us for the Bilingual Customer Experience Lead position. I regret to inform you that we are not yet able to give you an answer. The position has been offered to another candidate, who has until Friday to respond. You have been placed on our reserve list for this role; should the offer not be accepted, we will contact you directly to discuss next steps.

We thank you for your patience and will confirm the outcome by Monday, 17 November at the latest.

Best regards,
Sophie Gagnon
Conseillère en acquisition de talents
Groupe Laurentide Assurances`, 'Bilingual CX Lead – your status'),

  hold('final', ['role_closed'], {},
    `Dear Kwame,

I'm really sorry to be writing with this rather than with an offer. Since your final-round presentation to the board, our parent company has announced a hiring pause across all subsidiaries, effective immediately. The Head of Partnerships appointment is therefore suspended. We have not closed the process and have not chosen another candidate; we simply cannot appoint anyone at the moment.

I will let you know the moment the pause lifts. I understand if you need to pursue other opportunities in the meantime.

Warm regards,
Adjoa Boateng
Chief People Officer, Sahel Renewables`, 'Head of Partnerships – pause'),

  hold('application', ['generic'], {},
    `Dear Candidate,

Re: Administrative Assistant, Ref ADM/2025/061

Regrettably, the shortlisting for the above post has been delayed. We had hoped to contact candidates by 30 October; we now anticipate doing so by 14 November. We apologise for any inconvenience and thank you for your continued interest.

Human Resources
Kilbride County Council`, 'ADM/2025/061 – delay to shortlisting'),

  // ── Rejections that sound like something else
  rej('application', ['generic'], { ...door },
    `Hi Hannah,

Thanks for applying to the Greenline Graduate Programme 2026! Here's where things stand across the programme:

• Applications: we received just over 9,000 this year — a record.
• Assessment centres run from 3 to 28 February in Leeds and Bristol.
• Start dates for successful graduates are in September.

As for your own application, we're sorry to say it won't be going through to the next stage this year. Please don't let that put you off: our 2027 programme opens in October, and lots of our current graduates applied twice.

Also new this year: our Insight Days for first- and second-year students (details below).

Best wishes,
Greenline Early Careers Team
Privacy notice | Unsubscribe from programme updates`, 'Greenline Graduate Programme – update'),

  rej('application', ['profile_mismatch'], {},
    `Hello Mateo,

This is an automated update about your application to Orbis Logistics.

Job: Procurement Specialist (ID 5512)
Your application is no longer under consideration. Candidates whose backgrounds more closely aligned with the role's needs are progressing.

Thank you for your interest in Orbis Logistics.

This email was sent from an unmonitored address.`, 'Procurement Specialist (ID 5512)'),

  rej('application', ['role_closed'], {},
    `Application status

Role: Junior Copywriter
Reference: JC-0419
Status: Closed – vacancy withdrawn

The hiring team has withdrawn this vacancy, so applications to it, including yours, will not be processed any further. Any other applications you hold with us are unaffected.

Mirabel Media Group · Careers`, 'Change to your application: JC-0419'),

  rej('application', ['position_filled'], {},
    `Thanks Liam, appreciate it but we've already got someone starting Monday. All the best. Dave — Kerrigan Joinery`, 'Re: Apprentice joiner'),

  rej('application', ['generic'], {},
    `Hi Ayesha,

Sorry, I should have been clearer in my last mail — we won't be taking your application for the Events Assistant post further. Thank you for being so patient with us.

Best,
Tara

On Thu, 6 Feb 2025, 10:02 Ayesha Khan wrote:
> Hi Tara, thanks for your note! Just to check, does that mean I'm still being considered, or should I look elsewhere?
>
> On Wed, 5 Feb 2025, Tara Quinlan wrote:
>> Hi Ayesha, thanks for your application to Quinlan Events. We've had lots of interest and are working through everything now.`, 'Re: Re: Events Assistant'),

  rej('application', ['location'], { ...door },
    `Hey Oluwaseun,

Thanks heaps for reaching out about the Site Reliability Engineer ad, and congrats on the new AWS cert — nice one!

Bit of admin from our end: we've just moved into the new office in Surry Hills, so if you ever pop by there's coffee.

P.S. I should have said first up — we can't sponsor visas for this role, so we're not able to move your application forward for it. If your work rights change, come back to us, we'd be keen to chat.

Cheers,
Mia
Harbourline Tech, Sydney`, 'Re: SRE role'),

  rej('application', ['generic'], { ...door },
    `Roles picked for you — plus an update from Veldhuis Retail

Hi Fatima,

Update: Veldhuis Retail has reviewed your application for Store Manager Trainee and decided not to proceed. They asked us to let you know your profile will stay visible to them for future openings.

Meanwhile, these roles fit your search:
→ Assistant Store Manager — Hema Group — Rotterdam
→ Retail Operations Trainee — Blokker — Amsterdam
→ Area Supervisor — Jumbo — Utrecht

Werkvinder · You receive this because you applied through Werkvinder. Manage emails`, 'Roles picked for you — plus an application update'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Lukas,

Thanks for your mail and the CV, it was a nice read and I like the side projects!

Short answer on the Customer Support role, though: it needs fluent German on the phone every day, since almost all our customers are in Austria, and from your CV your German is at B1. So I'm afraid it's a no from us on this one.

Viele Grüße,
Jana Steiner
Team Lead Support, Almwerk GmbH`, 'Re: Bewerbung Customer Support'),

  rej('screen', ['profile_mismatch'], { ...door, ...offered },
    `Hi Siobhan,

Lovely chatting on Tuesday, and thanks for your questions about the hybrid set-up — I've since checked and it's two days in Galway, not three, in case that helps with anything else you're considering.

The other bit of news is that Padraig and I have compared notes after the screening calls, and we're going to progress candidates whose experience is a closer match for the Payroll Specialist brief. I know that's disappointing after a good conversation. I'd be happy to chat through our thinking if that would be useful, and I'll keep you in mind for the payroll team expansion planned for the spring.

All the best,
Niamh Cusack
HR Generalist, Corrib Medical Devices`, 'Following up from Tuesday'),

  rej('screen', ['role_closed'], {},
    `Dear Mr Achebe,

Further to your telephone conversation with our HR Officer last week, I am writing to advise that the position of Internal Auditor has been removed from our establishment following the merger of the audit and risk functions. Consequently, the recruitment exercise has been terminated and your application will not be processed further.

We thank you for your interest in the Bank.

Yours faithfully,
For: Head, Human Capital Management
Unity Cooperative Bank Plc`, 'Internal Auditor position'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Yo Dev,

So the client got back about the DevOps gig after your call with their talent guy. Straight up — they loved the energy, but they need at least five years hands-on with Kubernetes in production and you've got about two. So they're passing.

I've got a mid-level one at a healthtech that's a much better match, want me to send it over?

Chris
Ironbark Recruitment`, 'that DevOps role'),

  rej('screen', ['position_filled'], {},
    `Hi Ana,

Thanks so much for the intro call last Friday. Bit of an awkward one: a candidate who was further along in the process accepted an offer yesterday, so the Office Manager role is now filled and we won't be taking your application on to the next step.

Sorry about the timing, and thanks again for your interest.

Regards,
Ben Whitlock
Hatch & Lowe Architects`, 'Office Manager'),

  rej('assessment', ['generic'], { ...offered },
    `Dear Hyun-woo,

Thank you for submitting the take-home assignment for the Frontend Developer position. We know it takes real time to complete, and we appreciate it.

The team has reviewed all submissions, and we have decided to progress with other candidates to the interview stage. If you'd like some notes on your submission, just reply to this email and I'll send them over.

Best,
Laura Pineda
Engineering Recruiter, Quillpad`, 'Your take-home assignment'),

  rej('assessment', ['profile_mismatch'], { ...door },
    `Dear Candidate,

Thank you for completing the online assessment for the Graduate Analyst Programme.

We have now compared all results and applications. On this occasion, other applicants were better matched to the requirements of the programme, and we will not be inviting you to the video interview stage.

We would encourage you to register for our talent community so we can tell you about future openings.

Early Careers | Fenwick Sterling Bank
Please do not reply to this automated message.`, 'Graduate Analyst Programme – next steps'),

  rej('assessment', ['generic'], {},
    `Hi Sipho,

Your HackerRank challenge for Backend Engineer (Job ID 20931) has been received and scored. At this time your application is no longer under consideration for this position.

Thanks for your interest in Umoya Pay.

— Umoya Pay Talent Team`, 'Backend Engineer – Job ID 20931'),

  rej('interview', ['generic'], { ...door },
    `Hi Rachel,

Hope you had a good weekend. A few bits of housekeeping after your interview on Thursday:

- Your travel expenses have been approved and should reach your account within 5 working days.
- Jamie asked me to pass on thanks for the book recommendation!
- Unfortunately, we've decided not to offer you the Research Assistant role. It was a very close call.

We really hope you'll consider applying to us again when the next round of positions is advertised in the summer.

Best wishes,
Imogen Clarke
Lab Manager, Department of Psychology, University of Aldersley`, 'After Thursday'),

  rej('interview', ['position_filled'], { ...door },
    `Dear Mr Van der Merwe,

We refer to your interview for the position of Financial Manager on 12 August.

We wish to advise that the position has since been filled. Your CV will be retained on our database for a period of twelve months and you may be contacted should a suitable vacancy arise.

We thank you for the interest shown in our company.

Kind regards,
HR Department
Drakensberg Mills (Pty) Ltd
This e-mail is subject to the disclaimer at www.drakensbergmills.example/disclaimer`, 'Financial Manager – interview 12 August'),

  rej('interview', ['profile_mismatch'], { ...fb },
    `Hi Marco,

Thanks again for meeting the panel on Wednesday. You asked for honest notes, so here they are.

Everyone liked your clarity on process design. Where you fell behind the person we've chosen was in the second half: your answers on the two supplier projects were very short, and when Lars asked for the numbers behind the savings you mentioned, you didn't have them to hand. The person we chose was simply the stronger fit overall.

So we won't be offering you the Operations Lead role. I hope the notes are useful.

Kind regards,
Deborah Lindqvist
COO, Nordhavn Foods`, 'Operations Lead – notes'),

  rej('interview', ['generic'], { ...offered },
    `Subject says it all really: we've decided to go another way on the Paralegal hire. Thank you for coming in on Tuesday. If a few words on how the interview went would help, give me a ring on 0161 555 0193.

Margaret Ashworth
Practice Manager, Ashworth & Finch Solicitors`, 'Paralegal – our decision'),

  rej('interview', ['role_closed'], {},
    `Hi again Tomás,

Following up on my note from Monday — I'm afraid it has turned into a definite answer. The Marketing Analytics Manager role won't be going ahead at all after the restructure, so we're closing the process and won't be moving forward with your candidacy. Thank you for the two interviews and all your preparation.

Regards,
Paula

On Mon, 20 Oct 2025 at 16:40, Paula Serrano wrote:
> Hi Tomás, just a heads-up that there's a restructure under way and I'm waiting to hear what it means for the Marketing Analytics Manager role. More soon.`, 'Re: Marketing Analytics Manager'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Wei Jie,

Thank you for meeting Mr Lee and Ms Ong on 4 March for the Account Manager (Greater China) role.

After discussion, the interviewers felt that the role, which involves daily negotiation with distributors in Shanghai and Guangzhou, requires professional-level Mandarin, and your level at present is conversational. For this reason we will not be extending an offer.

We will keep your profile for roles in our Southeast Asia team, where this requirement does not apply.

Yours sincerely,
Koh Siew Hwa
Human Resource Department
Tembusu Trading Pte Ltd`, 'Account Manager (Greater China)'),

  rej('interview', ['generic'], { ...door },
    `Thank you for interviewing — Kestrel Outdoor

Hi Jordan,

We're writing to all candidates who interviewed for Store Supervisor at our Banff location.

The outcome for you: not successful this time.

Your details are in our seasonal hiring pool and our hiring managers can see them for winter roles.

Kestrel Outdoor Ltd.
<p style="font-size:11px;color:#999">You are receiving this message because you applied via kestreloutdoor.example/careers.</p>`, 'Thank you for interviewing — Kestrel Outdoor'),

  rej('final', ['position_filled'], { ...door },
    `Dear Ngozi,

I hope you've been well since the final round in Abuja. I promised to let you know as soon as anything was settled: the Country Director appointment has now been made, and the other finalist has accepted our offer.

It was an exceptionally close decision. I would very much like to stay in touch, and I'll make sure you hear about the regional roles opening in 2026.

With warm regards,
Dr. Emeka Obi
Regional Director, West Africa
Pathways for Health`, 'Country Director – outcome'),

  rej('final', ['profile_mismatch'], { ...door, ...offered },
    `Hi Arjun,

Thanks for spending the whole day with us at the onsite — the team hasn't stopped talking about your system design whiteboard.

I wish I were writing with different news. We've made the call to go with someone whose experience sits a little nearer to where the Staff Engineer role is headed. I'm happy to jump on a call and walk you through how we got there, and honestly, I'd love to reconnect in six months when we open the platform team roles.

Best,
Sarah Kim
Head of Talent, Loomwork`, 'Thanks for the onsite'),

  rej('final', ['assessment'], { ...fb, ...offered },
    `Dear Ms Papadopoulos,

Thank you for attending the assessment centre for the Trainee Solicitor scheme on 9 July.

We regret that we are unable to offer you a training contract. Your written exercise scored well, but in the group exercise you spoke far less than the other members of the group, and your case presentation ran nine minutes over the ten allowed, so the panel could not score its conclusion.

Should you wish to talk through your results in more detail, please contact graduate.recruitment@hartleyvane.example.

Yours sincerely,
Graduate Recruitment
Hartley Vane LLP`, 'Trainee Solicitor scheme – assessment centre'),

  rej('final', ['role_closed'], {},
    `Hi Freya,

I'm so sorry to be sending this after you made it all the way to the last two. This morning we were told the Head of Sustainability post is being cut as part of the cost programme, so there won't be an appointment and I have to end the process here. It's nothing to do with you.

Kind regards,
Amir Haddad
Talent Acquisition Manager, Brockfield Retail Group`, 'Head of Sustainability'),

  rej('final', ['generic'], { ...door },
    `Hey Kai,

Congrats again on making the superday — that's not a small thing out of 2,000 applicants.

Sadly we won't be offering you a seat in the summer analyst class. We'd like to see you back for the full-time programme, which opens in August; your application will be fast-tracked to the first round.

Cheers,
Olivia Grant
Campus Recruiting, Meadowlark Partners`, 'Superday follow-up'),

  rej('final', ['generic'], {},
    `Dear Candidate,

Ref: Principal Officer (Finance), Competition 2025/PO/07

Following the final interviews held on 18 and 19 September, the Board has completed its deliberations. We regret to inform you that you were not placed on the panel for appointment.

Yours sincerely,
Recruitment Unit
Office of Public Appointments (Ireland)`, 'Competition 2025/PO/07 – result'),

  // ── More look-alikes: offers, checks, codes, surveys, thank-yous
  other(`Dear Ji-ho,

Further to your interview, we are pleased to offer you the position of Clinical Research Associate, subject to the following conditions:

1. Two satisfactory references, one of which must be from your most recent employer;
2. Verification of your right to work in the United Kingdom;
3. A satisfactory occupational health assessment.

Unfortunately we cannot confirm a start date until all three conditions have been met. Please note that this offer may be withdrawn if any of the conditions are not satisfied.

Please sign and return the enclosed acceptance form by 21 November.

Yours sincerely,
Eleanor Whitby
HR Manager, Cairnside Clinical Ltd`, 'Conditional offer of employment'),

  other(`Hi Rafael,

Quick note to say sorry — your background check is taking longer than we'd hoped. The verification for your degree from the university in Porto has been delayed by the provider, which unfortunately happens sometimes with institutions outside the US.

Nothing is wrong and your offer stands. We've pushed your start date to Monday, Dec 8 to be safe. I'll confirm as soon as it clears.

Thanks for your patience!
Kristen Doyle
Onboarding Specialist, Cascadia Credit Union`, 'Your background check – small delay'),

  other(`Password reset request

We received a request to reset the password for your Thornbury Careers account. If you made this request, click the link below within 30 minutes.

Reset my password

If you didn't request this, you can safely ignore this email. Unfortunately we can't reset passwords over the phone.

Thornbury plc · Careers · Do not reply`, 'Reset your password'),

  other(`Your verification code is 481 902. It expires in 10 minutes. Never share this code. — Aldgate Group Careers`, 'Your sign-in code'),

  other(`Hi Ruth,

You recently went through our hiring process for a role at Pinecrest. Whatever the outcome, we'd love to hear how it felt. The survey takes 3 minutes and is completely anonymous.

Tell us about your candidate experience →

Thank you for helping us get better.
Pinecrest People Team
You're receiving this as a past or current applicant. Opt out.`, 'How did we do?'),

  other(`Dear Mohammed,

Thank you for coming in to meet Claire and me today about the Estates Surveyor role. We really enjoyed the conversation, particularly your thoughts on the Bishopsgate portfolio.

We still have two more interviews to hold this week, and we will be in touch with everyone early next week with news either way. Apologies in advance for the short wait.

Kind regards,
Jonathan Pike
Partner, Pike Sandford Chartered Surveyors`, 'Thank you for today'),

  other(`Dear Ms Nwachukwu,

Re: Teacher of Mathematics – reserve list

Thank you for attending the selection day for our Mathematics teacher pool. The panel judged you appointable, and you have been placed on our reserve list for Mathematics posts across the Trust's five schools for the next six months. As posts arise in that period, we will offer them to candidates on the list without a further interview.

No action is needed from you.

Yours sincerely,
Human Resources
Thameside Learning Trust`, 'Reserve list'),

  other(`Dear Candidate,

You have successfully passed the written examination for Clerical Officer (Competition CO/2025/03) and have been placed on the panel from which appointments will be made as vacancies arise. Unfortunately, we are not able to say when vacancies will arise or in which location.

Please keep your contact details up to date.

Recruitment Unit`, 'CO/2025/03 – placed on panel'),

  // ── Scheduling, reminders, invitations in sorry words
  other(`Dear Hamza,

We regret to inform you that, due to a technical fault, your online test for the Graduate Engineering Scheme did not save your answers. We apologise sincerely.

You have been given a new link, valid until Sunday 23:59. Your previous attempt will not count against you.

Graduate Recruitment Team
Fordham Aerospace`, 'Your online test – please retake'),

  other(`Hi Leah, sadly the 2pm room is double-booked so we're moving you to the Zoom below, same time. Sorry! – Nat, Amberly Health recruiting`, 'Room change'),

  other(`Dear applicant,

This is a reminder that the deadline for the Cultural Programme Assistant role closes at midnight tonight. Unfortunately, we will not be able to accept applications received after this time.

If you have started an application, please ensure you press "Submit".

Southbank Collective`, 'Reminder: applications close tonight'),

  other(`Hello Sanjay,

Sorry for the delay in replying — I was on leave. Yes, you can still submit your portfolio for the Graphic Designer role; we've extended the deadline to Friday for everyone.

Best,
Aaliyah Brooks
Studio Manager, Pickle Street Design`, 'Re: Portfolio deadline'),

  other(`Dear Mr Chukwu,

Thank you for your application for the post of Accounts Officer. We regret that the interview date advertised (Tuesday 3 June) is no longer possible. Shortlisted candidates will now be interviewed on Thursday 12 June.

We have noted that your application is among those under consideration and will confirm whether you have been shortlisted by 5 June.

Human Resources
Benue Valley Water Board`, 'Accounts Officer – change of interview date'),

  // ── Recruiter outreach in sorry words
  other(`Hi Ingrid,

Apologies for the cold message. I know you're probably fed up with recruiters! I came across your profile and thought you'd be a strong fit for a Head of Finance role at a B-Corp in Bristol. No pressure at all — if it's not for you, just say and I'll leave you alone.

Best,
Harriet Moss
Moss Executive Search`, 'Head of Finance – B-Corp, Bristol'),

  other(`Hi Kojo,

I'm sorry to hear your contract at Verity ended so abruptly — that's rough, especially before the holidays. When you're ready, I'd love to chat about a couple of contract BA roles in Leeds starting in January. No rush.

Take care,
Sam Okafor
Principal Recruiter, Delta North`, 'Sorry to hear the news'),

  other(`Hello Divya,

Unfortunately the Cloud Architect role I messaged you about last month was put on ice by the client before we spoke, so there's nothing to apply for there. But! Another client of mine has an Enterprise Architect opening in Hyderabad that matches your AWS background even better. Can I call you tomorrow?

Thanks & regards,
Prakash Nair
Senior Consultant, Talentsphere India`, 'Enterprise Architect opening – Hyderabad'),

  // ── Confirmations of the candidate's own choices
  other(`Dear Olumide,

We have received your email declining our offer of the Procurement Analyst position. We are sorry that you will not be joining us but we respect your decision and wish you every success in your new role.

Your file has been closed accordingly.

Best regards,
Funmilayo Adeleke
HR Officer, Oakridge Breweries Nigeria`, 'Re: Decline of offer'),

  other(`Hi team,

Sorry to do this — I'm going to bow out of the process for the Senior UX Researcher role. After the first interview I realised the travel requirement (50%) doesn't work for me right now. I really appreciated how open everyone was.

All the best,
Priyanka`, 'Withdrawing from the process'),

  other(`Your application has been withdrawn

You have withdrawn your application for: Pharmacy Technician (Job 10-4471), Walgrove Pharmacy, Calgary.

If this was a mistake, you can reapply while the job is still open.

Walgrove Careers · Do not reply to this message`, 'Application withdrawn'),

  // ── Layoffs, industry news, a colleague
  other(`Hi all,

As many of you will have seen in the press, we have unfortunately had to make 120 roles redundant across our Manchester and Glasgow offices. If you know of anyone affected, our outplacement partner is running free CV clinics next week.

This newsletter goes to our alumni network — thank you for staying connected.

Halewood Alumni Network
Unsubscribe`, 'Alumni update – a difficult week'),

  other(`Morning Fiona,

Forwarding the below from my old manager, a bit of a gut punch but she says it's genuinely nothing personal — they're closing the whole Edinburgh team. Might be worth you knowing before your interview with them on Thursday?

Sorry to be the bearer!
Gav

Begin forwarded message:
> From: Louise Tait
> Subject: Team update
> Unfortunately the Edinburgh analytics team will close on 31 March and all roles there are at risk...`, 'FW: Team update'),

  other(`TechCrunch-style roundup by The Layoff Ledger

• Meridio cut 14% of staff and paused all hiring.
• Vexa announced it is "reluctantly" closing its Dublin hub.
• Three startups you may have applied to froze recruitment this month.

Sorry it's another grim issue. Next week: who IS hiring.

You signed up at layoffledger.example · Unsubscribe`, 'The Layoff Ledger #48'),

  // ── Under review / still alive
  other(`Dear Zanele,

Thank you for your patience. Your application for the Bursary Programme Coordinator role is still under review. Unfortunately, the panel has had to postpone its meeting by one week, and you can now expect to hear from us by 28 February.

We apologise for the delay.

Ubuntu Education Trust`, 'Your application is still under review'),

  other(`hi Tariq! sorry I went quiet, I've been swamped. you're still very much in the running for the barista trainer role, I'll call you Thursday to set up a trial shift. - Maddie @ Daybreak Coffee`),

  other(`Dear Mr Wong,

Regarding: Application Ref SG-HR-2025-3381

We acknowledge receipt of your application for the position of Executive, Corporate Communications. We regret that due to the overwhelming response, only shortlisted candidates will be notified. Your application will be kept in our database for six months.

Thank you for your interest in joining us.

Human Resource Division
Temasek Heights Management Pte Ltd
This is a computer-generated email. No signature is required.`, 'Acknowledgement – SG-HR-2025-3381'),

  other(`Dear Applicant,

Thank you for your interest in the position of Procurement Officer at Kahawa Foods Ltd.

Kindly note that due to the volume of applications received, only successful candidates will be contacted. Should you not hear from us within 30 days of the closing date, please consider your application unsuccessful.

HR Department
Kahawa Foods Ltd, Nairobi`, 'Procurement Officer – Acknowledgement'),

  other(`Thanks for applying!

We've received your application for Software Engineer, New Grad (2026 Start) and it is under review. Our process is thorough, so it may take 4–6 weeks to hear back. Unfortunately we can't give individual updates while applications are being reviewed, and we kindly ask that you don't email the recruiting team for status.

Good luck!
Halcyon Systems University Recruiting`, 'Thanks for applying to Halcyon'),

  other(`Dear Fiona,

Thank you for your email. I'm afraid I can't share how many candidates are being interviewed, but I can confirm that you're still in the process for the Policy Adviser role and your second interview will go ahead as planned on Thursday.

Kind regards,
Ailsa McKenzie
Resourcing, Scottish Rivers Agency`, 'Re: Policy Adviser – second interview'),

  other(`Hey Ravi,

I'm sorry we couldn't get the offer letter out today as promised — legal wanted one more look at the equity section. It'll be with you first thing tomorrow. Nothing's changed on our side, we're excited to have you!

Jenna
Recruiting, Brightpath Robotics`, 'Offer letter – tomorrow'),

  // ── Other parts of life, same inbox
  other(`Dear Applicant,

Thank you for your application to rent Unit 7, Riverside Court. Regrettably, the owner has decided to take the property off the rental market and will not be proceeding with any tenancy at this time. Your holding deposit of R4,500 will be refunded within 7 working days.

We apologise for any disappointment.

Cape Coastal Rentals`, 'Unit 7, Riverside Court'),

  other(`Hi Nkechi,

Sorry, the Saturday sourdough course you booked (14 June) is cancelled — our baker has broken her wrist! You'll get a full refund or you can move to 12 July.

Flour & Fire Bakery School`, 'Course cancelled – 14 June'),

  other(`Dear Professor Albrecht,

Thank you for submitting manuscript JOR-2025-0814, "Labour market frictions among recent graduates", to the Journal of Organisational Research.

Unfortunately, after review by the editors, we have decided not to send it out for external review, as we feel it is better suited to a more specialised outlet. We appreciate your considering our journal.

Sincerely,
Editorial Office`, 'JOR-2025-0814 – editorial decision'),

  other(`Hi Dimitri,

Thanks for sending over the quote for the office fit-out. I'm afraid we're going with another contractor this time, purely on timing, as they can start in January. We'd be glad to ask you to quote on the second floor later in the year.

Regards,
Helen Marsh
Facilities, Corbel Analytics`, 'RE: Quote – office fit-out'),

  other(`Dear Ms Rahman,

We are sorry to inform you that your application for a residential parking permit cannot be processed because the proof of address provided is older than three months. Please upload a recent utility bill via your online account.

Parking Services
London Borough of Hartwell`, 'Residential parking permit application'),

  other(`Dear Mr Osei,

Thank you for applying for the MSc Data Science (September 2026). We regret that we are unable to make you an offer for September 2026 at this stage, as the programme is now full. Your application has been placed on our waiting list, and you will be contacted if a place becomes available before 31 August.

Postgraduate Admissions
University of Northmere`, 'Your application – MSc Data Science'),

  other(`Hi Lauren,

Sorry, the mentorship scheme had more applicants than mentors this round, so we couldn't match you this time. You'll automatically be first in line for the next cohort in March.

Women in Cloud UK`, 'Mentorship matching – spring cohort'),

  // ── Forwarded, quoted, shared
  other(`hey — so this is what Karim got from Lattice Bank after the final. posting it here because you have your final with them Friday and it might help. they said the feedback was good tho, they just went internal. GOOD LUCK

> Dear Karim, thank you for attending the final interview. We have decided to appoint an internal candidate. We were impressed by...`, 'karim email from Lattice (for you)'),

  other(`Hi Bronwyn,

Hope you're well! I'm so sorry to hear things didn't work out at Tallis — their loss. A friend of mine is hiring for a content lead at a climate startup in Melbourne; would you like me to introduce you?

x Kate`, 'Intro?'),

  // ── Portal housekeeping
  other(`Notice: your job alert has ended

Your job alert "Marketing Manager – Cape Town – Permanent" has reached its 6-month expiry date and is now closed. We're sorry to see it go!

To keep receiving matching jobs, simply create a new alert.

CareerHub Africa · Privacy policy · Unsubscribe`, 'Your job alert has ended'),

  other(`<html><body><p>Dear candidate,</p><p>Unfortunately our careers website will be <b>unavailable</b> on Saturday 15 March from 02:00 to 08:00 GMT for scheduled maintenance. Applications in progress will be saved.</p><p>We apologise for any inconvenience.</p><p>Rowntree Group Careers</p></body></html>`, 'Planned maintenance – careers site'),

  other(`Your profile was archived

Hi Mei,

Because your CV on TalentMatch has not been updated for 12 months, your profile has been archived and is hidden from employers. Your applications are not affected.

Reactivate your profile in one click.

TalentMatch Singapore`, 'Your profile is hidden from employers'),

  other(`Two-step verification

Enter this code to finish signing in to Halvorsen Careers: 770214

If this wasn't you, please change your password. We will never ask for this code by phone.`, 'Halvorsen Careers security code'),

  other(`Hello Bilal,

We noticed several unsuccessful sign-in attempts on your candidate account. For your security, your account has been temporarily locked. Unfortunately, this also means you cannot view your applications until you reset your password.

Reset password | Contact support

Greyfriars Health Careers — automated message`, 'Your candidate account is locked'),

  // ── Acknowledgements, confirmations, more sorry words
  other(`Thank you for your application!

Job title: Store Assistant (Weekend) – Galway
We regret that we are unable to respond personally to every applicant. If your application is successful, a member of the store team will phone you within 10 days.

Dunnes & Ward Stores · Careers`, 'Application received – Store Assistant'),

  other(`Dear Ms Kaur,

Thank you for your patience. We regret that the start date for your role as Pharmacist (Locum) has had to move from 2 June to 16 June, as your registration with the council is still being processed. Your offer is unaffected.

Kind regards,
Sana Malik
Workforce Team, Pennine Community Pharmacy`, 'Change to your start date'),

  other(`Dear Kieran,

Sorry that the referee form we sent bounced back. Could you confirm an up-to-date email address for Dr Lynch? Once we have both references, we will be able to confirm your offer for the Research Technician post.

Best wishes,
Research HR, Queen's Institute`, 'References – Research Technician'),

  other(`Hi Bea,

Unfortunately I'm going to be a few minutes late for our 11:00 — the previous call is overrunning. Hang tight, I'll be there by 11:10 at the latest.

Apologies!
Rory
Hiring Manager, Finch Insurance`, 'running late'),

  other(`Dear Candidate,

Thank you for attending the interview for Trainee Accountant on 20 January. We regret to say that the outcome is not yet finalised, as the panel is still interviewing this week. We will write to all candidates by Friday 31 January.

Ashby Hughes Chartered Accountants`, 'Trainee Accountant – outcome date'),

  other(`Hi Amara,

Thank you for your time today! I know we ran out of time for your questions at the end, sorry about that — please send them over and I'll get answers from the team. You should hear from us next week about the next step.

Best,
Diego Ramos
Talent Partner, Solace Mobility`, 'Thanks for chatting today'),

  other(`Dear Mrs Ogunleye,

We are sorry to inform you that the offer letter sent on 4 March contained an error in the salary figure. Please disregard it. A corrected letter showing ₦7,800,000 per annum is attached. All other terms are unchanged.

Yours faithfully,
Human Resources, Lekki Gardens Hospital`, 'Corrected offer letter'),

  other(`Dear Jamal,

Congratulations — you've been selected to move on to the final round for the Associate Product Manager role. Unfortunately we can't offer travel reimbursement for this stage, but the day can also be done over video if that's easier.

Please pick a slot here.

Team Ledgerly`, 'Final round – Associate Product Manager'),

  other(`Hi Noor,

Just a friendly note that we've closed the Customer Service Advisor role to new applications. Don't worry — this doesn't affect you, as your application was received before the closing date and is still being reviewed.

Kind regards,
The Careers Team
Sable Telecom`, 'Customer Service Advisor – applications closed'),

  other(`Dear Elif,

Thank you for your question about graduate openings. Regrettably, I can't tell you more than what is on our website at the moment: we usually advertise Junior Architect positions in April, and the partners read every application that comes in then. I'd be glad to see yours.

Best regards,
Office Manager, Kaya Mimarlık Studio, Istanbul`, 'Re: speculative application'),

  other(`Dear member,

Sadly, our June networking evening at the Grand Hotel has been called off due to low registrations. Tickets will be refunded automatically. We hope to see you at the autumn conference instead.

Chartered Institute of Logistics – Midlands Branch`, 'June networking evening – cancelled'),

  other(`The job "Quality Engineer (Automotive)" at Pretoria Components is closed

This employer has stopped accepting applications for this job. You did not apply to this job.

Similar jobs:
- Quality Engineer — Eastgate Motors, Pretoria
- QA Engineer — Zenith Parts, Midrand
- Process Quality Lead — SAF Castings, Germiston

Pnet Alerts`, 'A job you were interested in has closed'),

  other(`Dear Ms O'Sullivan,

We regret that we were unable to take your call yesterday. To answer your question: yes, we do accept applications from candidates with overseas teaching qualifications, subject to Teaching Council registration. You are welcome to apply for the Primary Teacher post before 10 March.

Scoil Bhríde Office`, 'Re: phone message'),

  other(`Hi Jun,

I'm sorry, I know you were looking forward to meeting Alex on Friday — he's off sick and we'll need to reschedule the final chat. I'll send new times Monday. You're still our frontrunner, so please don't read anything into this!

Cheers,
Becca
People, Tidewater Games`, 'Friday – need to reschedule'),

  other(`Dear Sibusiso,

Re: Pre-employment screening

We apologise that your criminal record and credit check results have not yet been returned by our vetting partner, which has experienced a backlog. Unfortunately, we cannot issue your final contract until they are received. We expect them by 20 October.

Kind regards,
Onboarding, Mzansi Mutual`, 'Pre-employment screening – delay'),

  other(`Thanks for your application, Ollie. Sorry, no shifts to offer this week, but you're on the casual list now and I'll text when something comes up. — Sharon, Penny Lane Catering`, 'casual list'),
];
