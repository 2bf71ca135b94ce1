/**
 * Development messages of the sixty-first round, never sealed: praise, findings and what is left open.
 * Ninety-six rejections, six paused processes and twenty-eight look-alikes, each from a different employer and writer.
 * The batch walks two lines: the one between praise and a finding, and the one between a courtesy and an open door.
 * Findings (a named gap, the weak part of a test, an answer that fell short, a portfolio missing something) are often
 * buried mid-letter, in a bullet, a subordinate clause or a P.S., or softened ("if anything, we'd have liked a little
 * more ..."); beside them, letters warm with specific-sounding praise, remarks on the field ("fine margins", "an
 * extremely competitive pool") or a refusal to give feedback, none of which is feedback. Doors in indirect words
 * ("I'll think of you when ...", "keep an eye on the graduate intake", "let's stay connected", "please don't let this
 * put you off us"), beside courtesies that open nothing: good wishes, a data-retention notice that only says how long
 * the data is held before deletion, a talent-network footer on an ATS template the letter itself does not offer, and
 * "future" said of the company's own plans. Offers of feedback in varied words, and polite refusals that offer nothing.
 * Look-alikes: invitations after praise, a candidate-experience survey, an offer with notes on what impressed, a
 * recruiter's "another role", an acknowledgement keeping the CV "for this and future roles", a talent-community
 * welcome, reschedules, reminders, a reference request, the candidate's own notes, a newsletter, a withdrawal
 * confirmed. British, American, Indian, Australian, Canadian, Irish, Nigerian, South African, Singaporean and
 * second-language English; one line to over four hundred words.
 *
 * Labelling choices held throughout (LABELS.md and the corpus conventions): praise, competition and process remarks are
 * not feedback; a named requirement (skill, years, qualification, language, licence) is `skills_gap` with feedback; a
 * specific weakness in a test or exercise is `assessment` with feedback, a bare "did not reach the pass mark" is
 * `assessment` without; a specific remark on this candidate's answers or working style that names no requirement is
 * feedback beside `profile_mismatch` or `culture_fit`; a data-retention notice that only says when data is deleted, and
 * a talent-network footer the letter does not itself offer, do not open the door; "stay connected", "I'll think of
 * you", "apply again", "keep an eye on" the careers page or an intake, and a CV kept for later roles do. A refusal of
 * feedback is not an offer. For development only: the rules may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d61-');

export const HANDWRITTEN_DEV_61: readonly CorpusLine[] = [
  // ── Application stage: praise, findings, doors and courtesies
  rej('application', ['generic'], { ...door },
    `Hi Tamsin,

I wanted to write personally rather than let the system send its usual note. Your cover letter was one of the few this round that made the whole shortlisting table laugh, in a good way; the line about reorganising your grandmother's button tin into a colour-coded inventory is now a minor office legend.

Sadly we won't be taking your application for the Stock Controller post any further. We had well over two hundred applications for one post and had to make some very hard calls.

Please do apply to us again. We recruit for the warehouse and the shop floor most springs, and I'd genuinely like to see your name come through.

Warm regards,
Fiona Raeburn
People & Culture Lead
Thistledown Crafts Ltd, Unit 4, Carnegie Business Park, Dunfermline`, 'Your application: Stock Controller'),

  rej('application', ['generic'], {},
    `Dear Mr Achterberg,

Thank you for your application for the position of Junior Copywriter. It was a pleasure to read. Your passion for plain language really shone through, and your writing sample on the history of the bus timetable was charming.

We regret, however, that we will not be inviting you to interview on this occasion.

We wish you every success in your search and all the best for the future.

Kind regards,
Recruitment Team
Halyard & Finch Communications`, 'Junior Copywriter – application update'),

  rej('application', ['skills_gap'], { ...fb, ...offered },
    `Annwyl / Dear Gethin,

Thank you for applying for the post of Community Engagement Officer (ref. CEO-2611).

The panel has now completed shortlisting. I'm sorry to say your application was not taken forward. The post is designated Welsh essential at level 4 (fluent spoken and written), and your application described your Welsh as conversational, at around level 2. Everything else in your statement was clearly relevant, which is why I wanted to tell you plainly where it fell.

If a short conversation about the shortlisting would help, reply to this email and I'll book fifteen minutes with you.

Diolch yn fawr,
Eleri Prydderch
Rheolwr AD / HR Manager
Cyngor Tref Llanfair Caereinion Town Council`, 'CEO-2611 Community Engagement Officer'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hello Priyanka,

Thanks for your interest in the Data Analyst role at Kestrel Logistics.

We've reviewed your application carefully and, on this occasion, we've decided to progress with candidates whose backgrounds line up more closely with what the team needs right now.

We'd like to hold on to your CV. With your permission it will stay in our recruiting system for 12 months, and our recruiters will look at it again when analytics roles open in Pune or Bengaluru.

Regards,
Talent Acquisition | Kestrel Logistics India Pvt. Ltd.

This is a system-generated mail. Please do not reply to this address.`, 'Application status – Data Analyst (REQ-4471)'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying for the role of Trainee Paralegal at Bramwell Ostler LLP.

We have now reviewed all applications and regret to inform you that you have not been selected for the next stage of our process.

Owing to the very high number of applications we receive, we are unable to provide individual feedback on applications that do not progress to interview. We hope you will understand.

Data protection: we will retain your personal data for six months from the close of this campaign in line with our Recruitment Privacy Notice, after which it will be securely deleted. You may ask us to delete it sooner by writing to privacy@bramwellostler.co.uk.

Yours faithfully,
Graduate Recruitment
Bramwell Ostler LLP`, 'Trainee Paralegal 2027'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hey Ollie,

Thanks for sending your work over for the Junior Motion Designer spot. I really enjoyed flicking through it, the type-led posters especially.

We're going to pass for this one, I'm afraid. We've gone with a couple of people whose reels were further along.

Keep at it, and ping me again in six months or so with whatever you've made since; we grow in bursts and I'd happily look again.

Cheers,
Mags
Creative Director, Lumen Lane Studio

P.S. Honestly the only thing holding it back was that there's almost no moving work in the portfolio. Nearly everything is static print. For a motion role we need to see at least two or three animated pieces, even short ones.`, 'Re: Junior Motion Designer – portfolio'),

  rej('application', ['generic'], {},
    `<html><body style="font-family:Arial, sans-serif;font-size:14px;color:#222">
<p>Hi Jordan,</p>
<p>Thank you for applying for the <b>Customer Success Associate</b> position at Brightwake. We have received a large number of applications and after review, we will not be moving forward with your candidacy.</p>
<p>We wish you the best in your job search.</p>
<p>Sincerely,<br>The Brightwake Recruiting Team</p>
<hr>
<p style="font-size:11px;color:#777">Powered by Hirewell ATS. Want to hear about new jobs? Join our Talent Network at careers.brightwake.io/network. Manage email preferences | Unsubscribe | Privacy</p>
</body></html>`, 'Your application to Brightwake'),

  rej('application', ['generic'], { ...door },
    `Not this one sorry Aoife, but keep an eye on the careers page in Jan, you'd be a strong fit for the grad intake - Ronan (sent from my phone)`, 'Re: marketing assistant'),

  rej('application', ['profile_mismatch'], { ...offered },
    `Dear Samuel,

Many thanks for your application for Operations Coordinator at Harrowgate Veterinary Group.

We have now completed our review. On this occasion we have decided not to progress your application, as other applicants' experience was a closer match to the role.

Should you wish to understand more about our decision, you are welcome to email me and I will share what notes the panel made.

With best wishes,
Lucy Partington
HR Advisor
Harrowgate Veterinary Group`, 'Operations Coordinator – outcome'),

  rej('application', ['location'], {},
    `Hi Mateus,

Thank you for your interest in the Site Reliability Engineer role with Coralbay Health.

Unfortunately we're not able to move your application forward. This position can only be offered to people who already hold the right to work in Australia, as we aren't able to sponsor visas for this team at present.

We appreciate the time you put into applying and wish you all the best.

Regards,
Coralbay Health Talent Team
Level 9, 120 Flinders Street, Melbourne VIC 3000`, 'Your application – Site Reliability Engineer'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Ms Odunsi,

Re: Senior Audit Associate – Reference SA/0912

Thank you for your application, which we have now considered.

I'm afraid you have not been shortlisted. The role requires a minimum of five years' post-qualification external audit experience, and from your CV we counted a little under three (your earlier years were in internal controls, which we valued but could not count towards that requirement).

You would be very well placed for our Audit Associate roles, which we advertise every quarter, and we would encourage you to apply when the next round opens.

Yours sincerely,
Rahul Mistry
Recruitment Manager, Pemberton Wyatt Chartered Accountants`, 'Senior Audit Associate – Reference SA/0912'),

  rej('application', ['generic'], { ...door },
    `Hi Dev,

Just a quick one from me. We've filled the Junior Buyer role and I'm sorry it wasn't you this time. Your note about the supplier you helped through the flood was lovely to read, and it's the kind of thing we care about here.

I'll think of you when the Leeds office starts hiring in spring; they'll need a couple of buyers and I'd like to put your name forward then if you're still looking.

All the best,
Hannah
Hannah Greaves | Talent Partner | Northfold Home`, 'Junior Buyer'),

  rej('application', ['overqualified'], { ...door },
    `Dear Mr Venter,

Thank you for applying for the Payroll Administrator post.

Having looked through your CV, we feel your experience goes a long way beyond what this role involves, and we don't believe it would hold your interest for long. It is a largely transactional position reporting to a team leader.

We do expect to recruit a Payroll Manager later in the year and would be pleased to hear from you when it is advertised.

Kind regards,
Nomvula Khumalo
Human Resources, Sable Ridge Mining (Pty) Ltd
Johannesburg`, 'Payroll Administrator application'),

  rej('application', ['generic'], {},
    `Hello Chloe,

Thanks for applying to be a Product Support Specialist at Tidewell.

It's been an exciting year for us: we've just launched in three new cities and have big plans for the future, including a new app and a second support hub in Halifax. For this role, though, we've decided to move ahead with other applicants.

We wish you the very best of luck in your search.

The Tidewell Team`, 'Your Tidewell application'),

  rej('application', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Daniel,

Thank you for applying for the Clinical Trials Coordinator position with the Northern Research Institute.

After careful review, we will not be progressing your application. We received applications from several people whose research backgrounds were more directly comparable to the role. In your case, the main difference was Good Clinical Practice: the post requires a current GCP certificate and prior coordination of at least one interventional trial, and neither appeared in your application.

With best wishes for your career,

Dr. Marguerite Hale
Research Operations Manager`, 'Clinical Trials Coordinator – NRI/26/114'),

  rej('application', ['generic'], { ...door },
    `Dear Karan,

We are writing about your application for Assistant Store Manager at our Lakeshore location.

We will not be moving ahead with your application at this time. We're sorry that, because of the number of applications, we can't give individual feedback.

Please don't let this put you off us. We open store leadership roles across Ontario all the time and we would be glad to see another application from you.

Sincerely,
Maplegrove Grocers – Store Talent Team`, 'Maplegrove Grocers – Assistant Store Manager'),

  rej('application', ['skills_gap'], { ...fb, ...offered, ...door },
    `Hi Bethan,

Thank you so much for your application for HR Business Partner. I've gone through it with our Head of People.

We're not going to take it forward this time. The main reason is the qualification: we've asked for CIPD Level 7 (or working towards it), and your application showed Level 5. Your employee-relations casework looked strong and that was noted.

If you ever decide to go for Level 7, please get in touch with us again; we'd be very happy to look at a future application. And if it would help to talk through how we read your CV, I'm glad to do a quick call.

Best wishes,
Carys Morgan
People Team, Orchard Lane Housing Association`, 'HR Business Partner – your application'),

  rej('application', ['profile_mismatch'], {},
    `Hi Marcus,

Thanks for throwing your hat in the ring for the Partnerships Manager role. We loved your energy; you clearly care about community sport and it shows in every line.

That said, after reviewing everything, we don't think your background is the right match for this position.

Wishing you loads of luck with what comes next.

Jess
Founder, KickOff Collective`, 'Partnerships Manager'),

  rej('application', ['generic'], { ...door },
    `<div style="max-width:600px;margin:auto;font-family:Helvetica">
<h2 style="color:#0b5d3b">Thank you for applying</h2>
<p>Dear Wei Ling,</p>
<p>Thank you for your interest in the <strong>Management Associate Programme</strong> at Straits Harbour Bank. We have reviewed your application and regret that we will not be moving forward with it for this intake.</p>
<p>We have added your profile to our talent pool, and our recruiters will contact you if a suitable opening arises in the next twelve months.</p>
<p>Yours sincerely,<br>Early Careers, Straits Harbour Bank<br>1 Marina Boulevard, Singapore 018989</p>
</div>`, 'Straits Harbour Bank – Management Associate Programme'),

  rej('application', ['role_closed'], {},
    `Dear Ana,

Thank you for applying for the Events Coordinator vacancy.

Following an internal review of our events programme for next year, the post has been withdrawn and will not be filled. We are therefore closing all applications, including yours.

We are sorry for any disappointment and thank you for your interest in working with us.

Yours sincerely,
Personnel Office
Kilmore Arts Centre`, 'Events Coordinator – vacancy withdrawn'),

  rej('application', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Bonjour Thomas,

Thank you for applying for the Bilingual Account Manager position in Montréal.

We received many strong applications, and the candidates we've invited to interview had more directly relevant bilingual client experience. One thing I want to flag because it was decisive: the role requires professional French at C1 level for daily calls with Québec clients, and your application lists French at B1.

Best of luck in your job search.

Geneviève Roy
Talent Acquisition, Laurentide Software`, 'Bilingual Account Manager – Montréal'),

  rej('application', ['generic'], { ...door },
    `Dear Chukwuemeka,

Compliments of the day.

We write with reference to your application for the position of Graduate Trainee (Engineering) at Obafemi Power Systems Limited. We thank you for the interest shown in our organisation.

We regret to inform you that your application was not successful at this time.

Kindly note that you are free to apply again when next we advertise, as we open our graduate scheme every year, usually in the first quarter.

Yours faithfully,
For: Human Capital Management
Obafemi Power Systems Limited, Plot 14, Adeola Odeku Street, Victoria Island, Lagos`, 'RE: APPLICATION FOR GRADUATE TRAINEE (ENGINEERING)'),

  rej('application', ['salary'], {},
    `Hi Lorenzo,

Thank you for applying for the Senior Product Designer role with Fernhill.

We've looked at your application, and the salary expectation you gave (£95,000) sits well above the budget we have for this position, which tops out at £72,000. Given that gap, we don't think it makes sense to progress.

All the best with your search.

Kind regards,
Imogen
Talent, Fernhill`, 'Senior Product Designer – Fernhill'),

  rej('application', ['generic'], { ...offered },
    `Hello Ruth,

Thank you for applying for the Library Assistant role. We really enjoyed your application; your enthusiasm for children's reading groups came through clearly and it was a lovely read.

We have decided not to invite you to interview this time.

If a short note on how the shortlisting went would be useful to you, just reply and say so, and I'll put something together.

Kind regards,
Moira Flett
Library Services Manager, Orkney Community Libraries`, 'Library Assistant – shortlisting outcome'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Kieran,

Thanks for your application for Field Service Technician.

Sorry to say we can't take it further. The job means driving between client sites across Cork and Kerry every day, and a full manual driving licence is essential. Your application says you hold a learner permit.

Once you've passed your test, please do send us an application again. We're nearly always looking for technicians.

Regards,
Siobhán Kavanagh
Office Manager, Atlantic Boiler Services Ltd.`, 'Field Service Technician – application'),

  rej('application', ['profile_mismatch'], { ...offered },
    `Dear Mrs Nakamura-Hill,

Thank you for applying for the position of Collections Assistant at the Riverside Museum of Textiles.

We have now concluded shortlisting. We regret that your application was not among those taken forward; the shortlisted candidates showed experience closer to the demands of the post.

We would be happy to provide feedback on your application. Please contact the HR office within 28 days if you would like this.

Yours sincerely,
HR Office, Riverside Museum of Textiles`, 'Collections Assistant – Riverside Museum of Textiles'),

  rej('application', ['generic'], {},
    `Dear Mister Okonkwo,

We thank you for your application to the position Logistics Planner in our company. Your documents were received with big interest.

After a careful examination we must inform you that we have decided for other applicants. This decision was not easy for us.

We return hereby no documents, as all was sent electronically. For your further way, personally as professionally, we wish you all the best and much success.

With friendly greetings
Annegret Schuhmacher
Personalabteilung
Bergmann Spedition GmbH & Co. KG`, 'Your application as Logistics Planner'),

  rej('application', ['position_filled'], { ...door },
    `Hi Grace,

Thanks for your application for the Barista/Supervisor role at Wattle & Crumb. Just letting you know we've now filled the spot, so we won't be going further with yours.

We've kept your details though, and if another supervisor shift comes up at either of our cafés we'll give you a ring first.

Cheers,
Lachie
Wattle & Crumb, Fitzroy`, 'Barista/Supervisor role'),

  rej('application', ['skills_gap'], { ...fb, ...door, ...offered },
    `Dear Nikhil,

Thank you for applying for the Embedded Software Engineer role (Job ID 33817).

Our hiring team has reviewed your application and, at this point, will not be moving forward. To be transparent, the team summarised their review as follows:
  • Strong C fundamentals and good academic projects.
  • No experience yet with real-time operating systems (FreeRTOS or Zephyr), which the team needs from day one.
  • Nothing on board bring-up or reading schematics.

We would still encourage you to apply for future openings, particularly our graduate embedded roles, which open in the autumn. If you would like to talk through any of the above, I am happy to set up a call.

Regards,
Anjali Deshpande
Technical Recruiter, Veltrix Automotive Electronics`, 'Embedded Software Engineer – Job ID 33817'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Reference: 2026/ADM/0381 – Administrative Officer

We have completed the assessment of applications for the above post and regret to advise that your application was unsuccessful.

We are unable to enter into correspondence regarding individual applications.

Under our records retention schedule, application forms from unsuccessful candidates are kept for six months from the closing date and then destroyed.

Recruitment Unit
Ballyglass County Council`, 'Administrative Officer – 2026/ADM/0381'),

  rej('application', ['profile_mismatch'], {},
    `Hi Tomasz,

Thank you for taking the time to apply for the Growth Marketer role. Your side project growing the Polish baking newsletter to 40k subscribers was genuinely impressive, and everyone who read your application said so.

In the end we've decided that other profiles fit what we need more closely, so we won't be moving forward.

Best wishes,
Helena
Head of Marketing, Pantry Pal`, 'Growth Marketer @ Pantry Pal'),

  rej('application', ['generic'], { ...offered },
    `Dear Fatima,

Thank you for applying to the Policy Researcher position at the Centre for Urban Futures.

This was an extraordinarily competitive field: we received over four hundred applications for two posts, and a great many of them were excellent. The decision came down to fine margins, and we regret that your application has not been shortlisted.

Feedback is available on request. Please write to recruitment@urbanfutures.org.uk quoting your candidate number.

With best wishes,
Recruitment Team, Centre for Urban Futures`, 'Policy Researcher – candidate 1187'),

  rej('application', ['skills_gap'], { ...fb, ...offered },
    `Hi Laila,

Thank you for sending your portfolio for the UX Researcher role.

After going through it, we've decided not to move forward. Your visual work is lovely, but the case studies stop at the design stage: none of them show how you planned a study, recruited participants or turned interviews into findings, and for a research role that's the heart of what we look at.

Happy to hop on a call and go through the portfolio together if you'd like; just reply with a couple of times.

Best,
Rosa Delgado
Research Lead, Quill Health`, 'UX Researcher – your portfolio'),

  rej('application', ['internal_candidate'], { ...door },
    `Dear Mr Abernethy,

Thank you for your application for the post of Facilities Supervisor.

I am writing to let you know that the post has been filled by an internal applicant, and we will therefore not be proceeding with external applications.

We would welcome an application from you for other vacancies with the Trust, which are advertised on our website.

Yours sincerely,
J. Lindqvist
Estates Department, St Aldhelm's Schools Trust`, 'Facilities Supervisor vacancy'),

  rej('application', ['generic'], {},
    `Hi Sara – thanks for applying, but we're going with other candidates. Best of luck! – Theo, Parcelbird`, 'Parcelbird – Ops Associate'),

];
