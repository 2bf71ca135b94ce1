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
    `<!-- ATS template GR-REJ-04 | campaign TP27 | candidate {{candidate.id}} -->
Dear Applicant,

Candidate reference: TP27-05521
Vacancy: Trainee Paralegal (2027 intake), London and Manchester

Thank you for applying for the role of Trainee Paralegal at Bramwell Ostler LLP, and for the time and care you took over your application form and the written answers. We know that applying to law firms is a demanding process, and we do not take for granted the effort that goes into each application.

This year we received more than 1,900 applications for 24 paralegal places across our two offices. Every application was read by at least two members of our Graduate Recruitment team, and a sample was reviewed by our trainee panel to make sure the process was applied consistently.

We have now reviewed all applications and regret to inform you that you have not been selected for the next stage of our process.

Owing to the very high number of applications we receive, we are unable to provide individual feedback on applications that do not progress to interview. We hope you will understand. You may find the general guidance on our website ("Applying to Bramwell Ostler: what we look for") helpful when making applications elsewhere.

We appreciate that this will be disappointing news, and we wish you every success in your career in law.

Yours faithfully,

Graduate Recruitment
Bramwell Ostler LLP
100 Cheapside, London EC2V 6DT | 3 Hardman Square, Manchester M3 3EB

-----------------------------------------------------------------
Data protection: we will retain your personal data for six months from the close of this campaign in line with our Recruitment Privacy Notice, after which it will be securely deleted. You may ask us to delete it sooner by writing to privacy@bramwellostler.co.uk. You also have the right to request a copy of the data we hold about you.

Equal opportunities: Bramwell Ostler LLP is committed to equality, diversity and inclusion, and welcomes applications from all sections of the community. Information you gave in the optional diversity questionnaire was held separately and was not seen by anyone assessing your application.

Bramwell Ostler LLP is a limited liability partnership registered in England and Wales (OC398112), authorised and regulated by the Solicitors Regulation Authority (SRA no. 640021). A list of members is available at our registered office.

This is an automated message. Replies to this address are not monitored.

Powered by Vacancyline. Sign up to Vacancyline Alerts to hear about new legal jobs from hundreds of employers. Unsubscribe from Vacancyline emails.`, 'Trainee Paralegal 2027'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hey Ollie,

Thanks for sending your work over for the Junior Motion Designer spot. I really enjoyed flicking through it, the type-led posters especially.

We're going to pass for this one, I'm afraid.

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
    `Not this one sorry Aoife, but keep an eye on the careers page in Jan, you'd be a strong fit for the grad intake - Ronan (sent from my phone)

On Mon 17 Nov 2026, 09:12 Aoife Nic Giolla <aoife.ng@example.ie> wrote:
> Hi Ronan,
> Lovely to meet you at the Sligo careers fair on Saturday. As promised, I've
> attached my CV for the marketing assistant role. Let me know if you need
> anything else!
> Aoife`, 'Re: marketing assistant'),

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

Just a quick one from me. We've decided to go with someone else for the Junior Buyer role, and I'm sorry it wasn't you this time. Your note about the supplier you helped through the flood was lovely to read, and it's the kind of thing we care about here.

I'll think of you when the Leeds office starts hiring in spring; they'll need a couple of buyers and I'd like to put your name forward then if you're still looking.

All the best,
Hannah
Hannah Greaves | Talent Partner | Northfold Home`, 'Junior Buyer'),

  rej('application', ['overqualified'], { ...fb, ...door },
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

  rej('application', ['salary'], { ...fb },
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
Bergmann Spedition GmbH & Co. KG`),

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

I am writing to let you know that the post is going to an internal applicant, and we will therefore not be proceeding with external applications.

We would welcome an application from you for other vacancies with the Trust, which are advertised on our website.

Yours sincerely,
J. Lindqvist
Estates Department, St Aldhelm's Schools Trust`, 'Facilities Supervisor vacancy'),

  rej('application', ['generic'], {},
    `Hi Sara – thanks for applying, but we're going with other candidates. Best of luck! – Theo, Parcelbird`),

  // ── After a first call with a recruiter
  rej('screen', ['generic'], { ...door },
    `Hi Abena,

It was lovely chatting on Thursday. I came off the call smiling; your story about running the school tuck shop like a tiny FMCG business was brilliant, and I passed it on to the hiring manager word for word.

I'm sorry to say I've now heard back and they've decided to go ahead with other candidates for the Trade Marketing Executive role.

I'd really like to stay in touch. I recruit for the whole commercial team here, and when something opens that fits, you'll be one of the first people I call.

Speak soon,
Ellie Brandon
Senior Talent Partner, Hollyhock Foods`, 'Trade Marketing Executive – update'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Raj,

Thanks again for the call yesterday. I've spoken with the hiring manager about the package we discussed. Unfortunately the salary you're looking for (₹38 LPA fixed) is well beyond what's been approved for this Engineering Manager position, and there's no flexibility on the band this cycle, so we won't be progressing.

Once the next budget cycle begins in April, a couple of more senior roles are likely to open, and I'd like to reconnect with you then if that's okay.

Best,
Sneha Kulkarni
Talent Acquisition, Pinecrest Fintech, Bengaluru

On Tue, 3 Nov 2026 at 18:40, Raj Malhotra <raj.malhotra@example.in> wrote:
> Hi Sneha,
> Thanks for the call today. As discussed, my current CTC is 31 LPA and I'm
> looking for around 38 LPA fixed for the move. Happy to discuss further.
> Regards,
> Raj`, 'Engineering Manager – next steps'),

  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Hi Courtney,

Thank you for chatting with me on Monday about the CRM Administrator role.

I've debriefed with Jamal, the hiring manager. He was pleased with how you came across, but the team needs someone who already holds the Salesforce Certified Administrator credential and has run at least one org migration, and on our call you mentioned you're about halfway through the certification and haven't led a migration yet. Because of that, we won't be moving to the next round.

If you'd like more detail on what Jamal's looking for, I'm happy to share. Just let me know.

All the best,
Dana Whitlock
Recruiter, Summit Ridge Insurance`, 'CRM Administrator'),

  rej('screen', ['profile_mismatch'], {},
    `Dear Mr Haddad,

Thank you for speaking with me earlier this week regarding the Procurement Lead role.

Having reflected on our conversation alongside the other candidates, we've concluded that your experience does not align closely enough with the brief, and we will not be taking your application further.

Best of luck in finding your next position.

Kind regards,
Oliver Brice
Executive Search Consultant
on behalf of Castellan Infrastructure`, 'Procurement Lead – Castellan Infrastructure'),

  rej('screen', ['location'], { ...fb, ...door },
    `Hi Niamh,

Great to talk to you on Tuesday. I did go back to the team about working fully remote from Galway, but they're firm on three days a week in the Dublin office for this role, and you'd said that doesn't work for you. So I'll close this one off.

If we ever open a fully remote position, I'll let you know straight away. I've made a note on your profile.

Thanks,
Cathal Brennan
Talent Acquisition, Liffeyside Analytics`, 'Data Engineer – hybrid arrangement'),

  rej('screen', ['generic'], {},
    `Dear Khadija,

Thank you for your time on the telephone screening for the Administrative Assistant position.

We regret to inform you that you have not been selected to proceed. Due to the number of candidates, we are not able to give individual feedback following screening calls.

We wish you the best in your search.

Regards,
Human Resources
Oakhurst Medical Practice`, 'Administrative Assistant – screening outcome'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hey Ben,

Thanks for the intro call on Wednesday. I really enjoyed it.

I've been thinking it over and I don't think we're the right place for you right now, and I'd rather be straight about why. We're eight people, there's no product manager, and priorities change week to week. On the call you said a couple of times that you do your best work with a clear spec and a manager who sets the priorities, which is a completely fair thing to want, but it isn't something we can honestly offer.

Good luck out there,
Sam
Co-founder, Fettle Labs`, 'Thanks for chatting'),

  rej('screen', ['generic'], { ...door },
    `Hi Moses,

Thank you for such a thoughtful intro call on Friday. You asked the best questions I've had all month, and I loved hearing about your time at the co-op.

After discussing with the team we've decided to move forward with another candidate for the Community Manager role.

Let's stay connected. I've sent you a LinkedIn request, and I'd love to keep you in the loop as we grow.

Warmly,
Priya Nair
People Lead, Gather Commons`, 'Community Manager'),

  rej('screen', ['skills_gap'], { ...fb, ...door, ...offered },
    `Hi Lwazi,

Thank you for the call last week about the Account Executive role.

I've had a chance to go through my notes with Pieter. We enjoyed speaking with you and your results in retail sales stand out. If anything, we'd have liked a little more experience selling into large enterprises with long buying cycles, since the whole pipeline here is corporate accounts with six- to nine-month deals. For that reason we won't be moving you to the panel stage this time.

Please do apply again once you've got a year or two of B2B under your belt; I'd be glad to see you back. And if you'd like to go through any of this on a quick call, just say.

Kind regards,
Thandi Mokoena
Recruitment Partner, Karoo Cloud Solutions, Cape Town`, 'Account Executive – Karoo Cloud'),

  rej('screen', ['overqualified', 'salary'], { ...fb, ...door, ...offered },
    `Hi Elaine,

Thank you for your time on the phone on Friday.

Having reflected on our conversation, I think we'd be doing you a disservice to carry on with the Office Coordinator role. With twelve years running operations for a regional firm, your experience goes well beyond this position, and the pay we can offer is some way below what you told me you'd need.

I'd like to keep your details for more senior opportunities and will be in touch if an operations manager role opens up. If it would be useful to hear more about how I've written this up, I'm very happy to share.

Best regards,
Margaret Ives
Recruitment Consultant, Whitfield Personnel`, 'Office Coordinator'),

  rej('screen', ['generic'], {},
    `Hi Tyler,

Thank you for taking the time to speak with our recruiting team about the Warehouse Shift Lead role at Crestline Distribution. After careful consideration, we have decided to move forward with other candidates at this time.

We appreciate your interest and wish you success in your search.

Crestline Distribution Talent Acquisition

--
Stay in the loop! Join the Crestline Talent Community to get job alerts and news. Crestline is an Equal Opportunity Employer. To stop receiving emails, click here.`, 'Update on your application – Crestline Distribution'),

  rej('screen', ['profile_mismatch', 'position_filled'], {},
    `Dear Adaeze,

Thank you for the conversation with me two weeks ago about the Finance Business Partner role.

I wanted to let you know that the role has now been filled. The client went with a candidate whose background was closer to their sector, so we won't be taking your application any further.

Kind regards,
Michael Adeyemi
Senior Consultant, Harcourt Financial Recruitment, London`, 'Finance Business Partner – update'),

  rej('screen', ['generic'], {},
    `hi jas, thanks for the chat earlier, we're gonna go another way on this one. all the best - kit

> On 21 Nov 2026, at 14:03, Jasdeep Sandhu wrote:
>
> Hi Kit, just confirming I'm free for the call at 4 today about the ops role. Speak then!`, 'Re: ops role'),

  rej('screen', ['profile_mismatch'], { ...fb, ...offered },
    `Dear Ifeoma,

Thank you for the call on Tuesday regarding the Project Manager post.

I've discussed your application with the hiring lead. The way you described your last two roles came across as coordination rather than ownership: you spoke about arranging meetings, tracking actions and updating plans, but less about decisions you'd made or a budget you'd carried. On that basis we won't be moving forward.

If you'd like to talk it through in more detail, I'd be glad to.

Regards,
Caroline Hurst
Resourcing Partner, Westbury Construction Group`, 'Project Manager – outcome of screening call'),

  // ── After a test, take-home or exercise, no interview named
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Arjun,

Thanks for completing the SQL assessment for the Business Intelligence Analyst role.

The reviewers have now marked it. Your answers to the first three questions were clean, but the cohort retention query double-counted customers with more than one order because the join to the orders table wasn't deduplicated, and the window-function question was left unfinished. Together that put the overall score below the bar we set for this role, so we won't be progressing your application.

You're very welcome to apply again in six months; the assessment is refreshed each time.

Best,
Maya Feldman
Analytics Recruiting, Northbeam Retail`, 'BI Analyst – assessment result'),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the online assessment for the Graduate Scheme.

Unfortunately your results did not meet the standard required to progress to the next stage.

Due to the high volume of candidates, we are unable to offer individual feedback on assessment results.

Kind regards,
Graduate Recruitment Team
Aldersgate Insurance plc`, 'Graduate Scheme 2027 – online assessment result'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...offered },
    `Hi Yusuf,

Thank you for the time you put into the take-home. We know it's a big ask.

The team reviewed it on Friday. The API design was sensible, but there were no automated tests at all, and the error handling for the payment webhook would have dropped events on a retry. Testing is a big part of how this team works, so we've decided not to move forward to interviews.

Happy to send the reviewers' written notes if they'd be useful. Just reply and I'll forward them.

Cheers,
Lindsay Cho
Engineering Recruiter, Tallybox`, 'Backend Engineer – take-home review'),

  rej('assessment', ['generic'], { ...door },
    `Dear Ms Fairweather,

Thank you for completing the case exercise for the Associate Consultant position. Our reviewers commented on how thoughtful and well structured your submission was, and they enjoyed reading it.

After weighing all submissions we have, on balance, decided not to invite you to the next stage.

We hope this won't discourage you. We hire associates twice a year and would be glad to receive an application from you in a future round.

Yours sincerely,
Recruitment, Larchmont Advisory`, 'Associate Consultant – case exercise'),

  rej('assessment', ['assessment'], { ...fb, ...door, ...offered },
    `Dear Aditi,

Thank you for completing the writing exercise for the Content Editor role.

The editors who read it liked your research and the structure of the piece. The difficulty was the tone: the brief asked for a friendly explainer for first-time investors, and the draft read more like a formal report, with quite a lot of jargon left unexplained ("duration risk", "basis points"). As tone is most of this job, we won't be taking your application further.

If you want a fuller debrief, email me and I'll arrange one. We also run this role most years, and you'd be welcome to try again.

Best wishes,
Rachel Tan
Managing Editor, Coinpurse Media, Singapore`, 'Content Editor – writing exercise'),

  rej('assessment', ['profile_mismatch'], {},
    `Hi Leon,

Thank you for completing the online skills test for Inside Sales Representative.

Having reviewed your test together with your CV, we've decided to focus on candidates whose experience is a stronger overall match for the role.

We wish you all the best.

Regards,
Valley Print Supplies, Hiring`),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Olumide,

Thank you for sitting the numerical and verbal reasoning tests for the Analyst Programme.

Your verbal score was comfortably above our threshold. Your numerical score, however, placed you at the 31st percentile against a pass mark at the 50th, with most of the lost marks in the data interpretation section (questions on percentage change across tables). As both tests must be passed, your application will not proceed.

You may re-apply and re-take the tests after six months, and we'd encourage you to do so.

Kind regards,
Early Careers Team
Meridian Reinsurance`, 'Analyst Programme – test results'),

  rej('assessment', ['generic'], {},
    `Hey Kofi,

Thanks for doing the coding challenge. The team said your answers were thoughtful and the code was very readable.

We've decided not to go further with your application this time. It's our policy not to share specific feedback on challenge submissions, sorry about that.

Best,
Recruiting @ Gridlock Games`, 'Gridlock Games – coding challenge'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Marisol,

Thank you for completing the design exercise for the Product Designer role at Keel.

We won't be moving forward. The reviewers thought your flows were clear, but the exercise asked for a checkout that worked for screen-reader users and the submission didn't address accessibility at all: no focus order, no labels, contrast below AA in the buttons.

I'm happy to set up 20 minutes with one of the reviewers if you'd like to go through it in more depth.

Thanks again,
Jonah Price
Design Recruiting, Keel`, 'Product Designer – design exercise'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...door },
    `Dear Ha-eun,

Thank you for your submission to the Data Scientist technical task.

The review panel noted good statistical reasoning, but the task showed limited familiarity with pandas: the data was reshaped with manual loops rather than groupby and merge, and the notebook did not run end to end. Fluent Python data wrangling is a core requirement of this role, so we will not progress your application at this stage.

We'd be pleased to consider you again in future, and we'd encourage you to apply for our next data science opening.

Regards,
Talent Team, Harbourline Energy`, 'Data Scientist – technical task'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Mr Greenhalgh,

Re: Executive Officer, Operations Directorate – in-tray exercise

Thank you for completing the in-tray exercise on 14 October.

Your responses were assessed against the published criteria. You dealt well with the correspondence items, but the assessors noted that the urgent item about the data breach was placed sixth in your priority order and was delegated without an escalation, which is a critical item in this exercise. Your overall mark was therefore below the pass mark and you will not be invited to the next stage.

Yours sincerely,
Recruitment Team, Operations Directorate`, 'Executive Officer – in-tray exercise result'),

  rej('assessment', ['role_closed'], { ...door, ...offered },
    `Hi Anneke,

I'm sorry to bring this news after you'd put real effort into the take-home. This morning leadership told us the Frontend Engineer role is being cut as part of a reorganisation of the platform team, so we're closing the process for everyone.

It had nothing to do with your submission. If you'd like the team's notes on it anyway, I'm happy to send them. And when we open hiring again, I'd love to reach out to you directly.

Best,
Marloes
Recruiting, Tulipa Commerce, Amsterdam`, 'Frontend Engineer – process closed'),

  // ── After interviews with the hiring manager, the team or a panel
  rej('interview', ['generic'], { ...door },
    `Hi Callum,

Thank you for coming in to meet Gill and Arif last week. The team loved your story about the warehouse move, the one where you relabelled four thousand bins over a bank holiday weekend, and it came up again at our wrap-up.

I'm sorry to tell you that we've decided to go with another candidate for the Operations Supervisor role.

We'd be really glad to see you apply for something with us again. Operations roles come up a few times a year, and I'd like you to feel you can go for them.

Best wishes,
Gemma Ashworth
Talent Acquisition Partner, Penfold Logistics`, 'Operations Supervisor – interview outcome'),

  rej('interview', ['skills_gap'], { ...fb, ...door, ...offered },
    `Dear Rebecca,

Thank you for meeting the panel on Wednesday for the Programme Manager post. I know it was a long afternoon, with the presentation, the panel interview and the informal session with the tenants' forum, and I want to start by thanking you properly for the preparation you clearly put into every part of it.

I'm sorry to let you know that we have decided not to offer you the role.

I'd like to explain how the panel reached this, because I know a short letter after a long day can feel unfair. We saw four candidates, and the scoring was close throughout. There was a great deal the panel admired in you. Your delivery record is excellent, and your answer about recovering the late housing project, the one where you renegotiated the contractor's programme and brought the handover back by eleven weeks, was one of the best the panel heard all day. The tenants' representatives also told us afterwards how much they appreciated the way you listened to them, and that matters enormously to us.

The role, as you know, sits between the delivery teams and the executive board, and a large part of the first year will be spent securing agreement from directors on the sequencing of the regeneration phases. The one area the panel kept coming back to was managing senior stakeholders of that kind: your examples mostly involved working with peers, contractors and residents rather than influencing directors or a board, and when we asked how you would handle a director who disagreed with the programme's priorities, the answer stayed fairly general. In the end that is what tipped the balance.

None of this takes away from the very real strengths we saw, and I hope it is useful to hear it plainly.

I would be very happy to talk this through in more detail if it would be helpful; my direct line is 0113 496 0718, or reply to this email and I'll find a time. I also hope you will consider applying for future programme roles with us. We expect to recruit two Project Leads for the second phase next autumn, and I would be pleased to see your name on that list.

With thanks again, and every good wish,

Yours sincerely,
Dr Anita Sharma
Director of Transformation
Eastgate Housing Partnership
Eastgate House, 14 Wellington Street, Leeds LS1 4DL

Eastgate Housing Partnership is a charitable registered society (no. 31207R) and a registered provider of social housing. This email and any attachments are confidential and intended solely for the addressee.`, 'Programme Manager – outcome of interview'),

  rej('interview', ['profile_mismatch', 'position_filled'], {},
    `Dear Jean-Luc,

Thank you for the time you gave us in your interview for Head of Customer Experience. Our team found your answers thoughtful and your warmth was obvious. It was a real pleasure.

We have now offered the position to a candidate whose background aligns more closely with the demands of the role, and they have accepted.

We wish you the very best in the next chapter of your career.

Kind regards,
Aurelie Marchand
Chief Operating Officer, Beaumont Travel Group`, 'Head of Customer Experience'),

  rej('interview', ['generic'], {},
    `Dear Connor,

Thank you for attending an interview for the position of Accounts Assistant on 9 November.

We regret to inform you that on this occasion your application has not been successful. Please note that we do not provide feedback following interview.

In line with GDPR, your application and interview notes will be held for six months and then permanently deleted.

Yours sincerely,
HR Department
Gorsefield Agricultural Supplies Ltd`, 'Accounts Assistant interview'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Vikram,

Thanks for spending the afternoon with us on the loop for Senior Backend Engineer.

Everyone you met enjoyed it, and the coding round went well. Where the panel hesitated was the system design session: when the conversation moved to partitioning the event store and handling hot keys, the design didn't go much past a single database with read replicas, and the role owns exactly that kind of scaling work. So we're not going to extend an offer this time.

If you'd like the interviewers' notes in more detail, I'm happy to set up a call with the hiring manager.

Thanks again,
Nadia Petrov
Technical Recruiter, Stackwise`, 'Senior Backend Engineer – decision'),

  rej('interview', ['culture_fit'], { ...fb, ...door },
    `G'day Isla,

Thanks heaps for coming in to meet the crew on Tuesday.

We've had a good think, and we don't reckon this one's the right match, and I'd like to tell you why. The team works almost entirely on its own schedule, remote across three time zones, with very little day-to-day direction. In the interview you said you like a close daily check-in with your manager and working alongside people in the office. That's totally reasonable, it's just not how we operate.

If we ever set up an office-based team in Brisbane (it's been floated), you'd be the first person I'd call.

Cheers,
Dom Whitaker
Engineering Manager, Saltbush Software`, 'Thanks for Tuesday'),

  rej('interview', ['position_filled'], { ...door },
    `Dear Ms Mahlangu,

Thank you for attending the interview for the Finance Officer post on 2 December.

I'm writing to let you know that the post has now been filled.

With your permission, we would like to retain your application for twelve months and contact you should a suitable finance position become available in that time.

Yours sincerely,
P. Naidoo
Human Resources, Umgeni Water Services, Durban`, 'Finance Officer – post filled'),

  rej('interview', ['generic'], { ...door, ...offered },
    `Hi Sophie,

Thank you so much for interviewing with us for the Brand Manager role. The decision came down to very fine margins, and I want you to know how close it was.

In the end we've chosen to go another way.

If you'd find it useful to hear what the panel said, just reply and we'll set up a short debrief. And please keep an eye on our vacancies, since we'll be building out the brand team over the next year.

Best wishes,
Harriet Lowe
Marketing Director, Oakbarrel Drinks Co.`, 'Brand Manager interview'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Mr Oyelaran,

Thank you for attending the interview for Senior Pharmacist (Oncology) on 18 November.

The panel interviewed five strong candidates, and others brought more specialist oncology experience to the role. In particular, the post requires independent prescribing, and you told the panel you had not yet completed the prescribing qualification.

I am sorry to bring disappointing news.

Yours sincerely,
Mrs Gwen Harlow
Chief Pharmacist, Fenwick General Hospital NHS Foundation Trust`, 'Senior Pharmacist (Oncology) – interview outcome'),

  rej('interview', ['culture_fit'], { ...offered },
    `Hi Darnell,

Thanks for coming in to meet the team.

After talking it over, we don't feel it's the right fit with how the team works, so we won't be moving forward.

If you'd like feedback on the interview, I'm glad to give it. Let me know.

Regards,
Mina
Studio Manager, Halftone Collective

-----Original Message-----
From: Darnell Brooks
Sent: Friday, November 28, 2026 4:51 PM
To: Mina Castellanos
Subject: Thank you

> Hi Mina, thanks again to you and the team for having me in today. I really
> enjoyed seeing the studio. Looking forward to hearing from you.
> Darnell`),

  rej('interview', ['generic'], {},
    `Dear Aliyu,

On behalf of the hiring panel, thank you for interviewing for the Programme Officer position. Your answers were thoughtful and well prepared, and your commitment to girls' education across northern Nigeria came through clearly.

After much deliberation, we have decided to proceed with another candidate.

This is an exciting time for the Foundation. We are expanding into two new states next year and shaping an ambitious future strategy, and we are grateful to everyone who took part in this process.

Wishing you all success,
Zainab Bello
Head of Programmes, Amana Education Foundation, Abuja`, 'Programme Officer – interview outcome'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Freddie,

Thank you for meeting Jo and me on Monday. We enjoyed it, and you clearly know your way around a kitchen pass.

We've decided not to offer you the Head Chef position. I'd be glad to hear from you again when our second site opens next year; we'll be hiring the whole brigade.

Best,
Tom Farrant
Owner, The Quay Kitchen

P.S. You asked what would make the difference next time. Honestly, it's costing. You didn't have a clear answer on GP targets or how you'd build a menu to 70%, and at head chef level that's half the job.`, 'Head Chef – thanks for coming in'),

  rej('interview', ['internal_candidate'], { ...door, ...offered },
    `Dear Rohan,

Thank you for interviewing with our team for the Regional Sales Manager role.

I wanted to let you know personally that we have appointed a colleague from within the business who had been covering the region on an interim basis.

I realise this is disappointing after the effort you put in. I'm happy to share the panel's notes if you'd like them, and I'd encourage you to apply for future openings with us; we will have several in the new year.

Kind regards,
Suresh Iyer
Head of Sales, Indus Agro Chemicals Ltd., Mumbai`, 'Regional Sales Manager'),

  rej('interview', ['generic'], {},
    `Hi Noor,

Thank you for interviewing with us for the Strategy Associate role.

At Lantern every interview is scored against the same three things we look for in everyone who joins: curiosity, candour, and people who thrive in ambiguity. The panel met yesterday to compare scorecards across all candidates, and we've decided not to move forward with your application.

Thanks again for your time, and best of luck.

Lantern Talent`, 'Strategy Associate – Lantern'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hola Carla,

Thanks for the video interview with Martín and me on Thursday.

Unfortunately we won't be moving ahead. Most of this role is calling partners in Mexico and Colombia, and when we switched to Spanish for part of the interview it was clear you'd need more time to get to the working fluency the role requires from day one.

We really appreciated your time.

Best,
Lucía Fernández
Partnerships Director, Ruta Verde Tours`, 'Partnerships Coordinator – Ruta Verde'),

  rej('interview', ['salary'], { ...fb, ...door },
    `Hi Naledi,

Thank you for the conversations with Johan and the team. Everyone enjoyed meeting you.

After your interview we went back to see whether we could stretch the offer to meet your expectation of R1.1m, but we can't get there for this position. It's capped at R850k, so we've decided to close the process with you.

We'd very much like to stay in touch; if a more senior opening comes up with a bigger budget, I'll be reaching out.

Kind regards,
Marike du Plessis
Talent Partner, Fynbos Digital, Stellenbosch`, 'Senior Data Analyst – package'),

  rej('interview', ['generic'], { ...door },
    `Hi Jake,

Thank you for interviewing with us for the Junior Analyst position. Everyone enjoyed meeting you; your answer about the cricket club's finances got a big smile from the panel.

We've decided to go with another applicant this time.

Do keep an eye on our careers page in February. You'd be a strong fit for our graduate intake, and I'd encourage you to apply.

Cheers,
Sally Cheung
Recruitment Coordinator, Ridgeline Capital, Sydney`, 'Junior Analyst – interview'),

  rej('interview', ['skills_gap'], { ...fb, ...door, ...offered },
    `Dear Hamish,

Thank you for your interview on Friday for the post of Operations Manager.

The panel were impressed by your leadership examples. However, when we asked how you would manage the site's £2.4m budget, your answer was fairly general, and you mentioned you haven't held budget responsibility before. As this is a central part of the post, we have decided not to offer you the role.

If it would help to talk through the interview, I'd be glad to arrange a call. We hope you'll apply again in the future, perhaps once you've had some budget-holding experience.

Kind regards,
Fiona Lamont
HR Business Partner, Grampian Leisure Trust`, 'Operations Manager – interview outcome'),

  rej('interview', ['profile_mismatch'], { ...fb },
    `Hi Precious,

Thanks for meeting us for the Client Services Lead position.

We've decided to move forward with another candidate, whose experience was more aligned with what we're after.

All the best,
Gareth Lewis
Director, Penarth Wealth Partners

P.S. One thing the panel did mention, in case it helps: several of your answers ran long, and the example at the centre of them got lost along the way. Shorter, more direct answers would have served you better.`, 'Client Services Lead'),

  rej('interview', ['generic'], { ...door },
    `Dear Siddharth,

We appreciate your participation in the interview process for Software Engineer II at Northwind Systems.

After careful consideration, we have decided not to move forward with your candidacy. We are unable to provide specific feedback on interview performance.

We encourage you to continue to explore opportunities with us, and we would welcome your application for future roles that match your skills.

Sincerely,
Northwind Systems University & Experienced Hire Recruiting`, 'Your candidacy – Software Engineer II'),

  rej('interview', ['role_closed'], { ...door, ...offered },
    `Hi Emeka,

I'm sorry to be the bearer of this. Following your interview with the product team, the business has decided to restructure the division, and the Product Owner role you interviewed for no longer exists in the new structure.

This is in no way a reflection on you. If you'd like the interviewers' feedback anyway, I'll pass it on. I've also flagged your profile for the new roles that will come out of the restructure in the first quarter.

Kind regards,
Adanna Okeke
People Partner, Lekki Mobile Money`, 'Product Owner – update'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Ines,

Thank you for the portfolio review with our design team on Monday.

We've decided not to move forward. The team liked your process and your presentation, but nearly all of the projects you walked through were concept or student work. For a senior role we need to see products you've shipped and iterated on after launch, with real usage data behind the decisions.

Wishing you all the best,
Karim Haddad
Head of Design, Wayfare`, 'Senior Product Designer – portfolio review'),

  rej('interview', ['generic'], {},
    `Dear Sipho,

Thank you for availing yourself for the interview for the position of Maintenance Planner at our Secunda plant.

We regret to advise that you were not successful. The panel thanks you for your time and the professional manner in which you conducted yourself.

We wish you well in your future endeavours.

Kind regards,
Recruitment Office
Highveld Chemicals (Pty) Ltd`),

  rej('interview', ['location'], { ...fb, ...door },
    `Hi Mei,

Thank you for interviewing for the Customer Support Team Lead role.

During the interview it came up that you'd be working from Penang, and unfortunately the role has to be based in Singapore because of the client contracts involved. As relocation isn't something you're considering right now, we'll have to stop the process here.

We'd love to consider you for a Malaysia-based role if one opens; I've saved your details for that.

Best regards,
Jocelyn Lim
HR Executive, Clearpath Outsourcing Pte Ltd`, 'Team Lead role – location'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb, ...offered },
    `Hi Gabriel,

Thank you for interviewing for the Technical Recruiter role.

We've decided to go with a candidate whose background matched the role more closely. The main gap for us was tech hiring itself: your experience is mostly volume recruitment for retail and hospitality, and we need someone who can already hold their own when sourcing engineers and talking through a stack with a hiring manager.

Happy to get on a call and go into more detail if that'd be useful.

Best,
Aisha Rahman
Head of Talent, Brackenwood`, 'Technical Recruiter – Brackenwood'),

  // ── After a final round, an onsite or an assessment centre
  rej('final', ['generic'], { ...door, ...offered },
    `Dear Olivia,

I wanted to call, but I know you're travelling this week, so here it is in writing, with a promise to pick up the phone whenever suits you.

Thank you for everything you put into the final round for Head of Partnerships. You were one of the last two candidates, and I don't say that lightly: the board met for nearly three hours on Friday evening, and it was a genuinely difficult choice. Your presentation on the regional networks was the talk of the room afterwards. Two trustees told me separately that your idea of pairing each new corporate partner with a community group in the same postcode was the most practical thing they'd heard in years, and Malcolm, who has sat on more appointment panels than anyone I know, described your answers on the Q&A as "the real thing".

I'm sorry to tell you that, in the end, the board has decided not to offer you the role.

I know that after three rounds, a site visit and a presentation, a letter like this is hard to receive. Please know how grateful we are for the generosity with which you approached every stage, including the afternoon you spent with our volunteers at the food bank in Ashton, which several of them have mentioned to me since.

If you'd like to hear how the board reached its decision, I'd be glad to go through it with you in as much detail as is useful. Just let me know, and we'll find a time once you're back.

I also hope very much that this isn't the last time our paths cross. We are a small organisation and roles at this level don't come up often, but when one does that suits you, I will be in touch, and I hope you'll apply again. In the meantime, if you're ever in Manchester and want a coffee, the offer stands.

With warm regards, and with real thanks,

Bernadette Quinlan
Chief Executive
Clearwater Trust
Registered charity no. 1184420 | 22 Ancoats Street, Manchester M4 6DA

Clearwater Trust processes personal data in accordance with its privacy notice, available at clearwatertrust.org.uk/privacy.`, 'Head of Partnerships – final round'),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Hi Mohammed,

Thank you for coming in for the onsite on Thursday and presenting the go-to-market plan to the leadership team.

We've decided not to extend an offer. The team liked your thinking on positioning, and your customer research was strong. What was missing was the commercial side: the plan had no pricing or revenue model, and when Ruth asked about the P&L you said you hadn't owned one before. The GM role carries a full P&L from the first day.

We'd be pleased to see you apply for future senior roles with us, and I mean that.

Best regards,
Paula Jennings
VP People, Corbel Analytics`, 'General Manager – onsite'),

  rej('final', ['profile_mismatch'], {},
    `Dear Rangi,

Thank you for taking part in the final stage of our selection process for the Chief Financial Officer position.

The board has concluded that other candidates' experience aligned more closely with the organisation's needs at this point, and we will not be proceeding with your candidacy.

We appreciate the time and care you gave the process and wish you well.

Yours sincerely,
Hemi Walker
Chair, Nine Rivers Health Board`, 'Chief Financial Officer – selection process'),

  rej('final', ['position_filled', 'profile_mismatch'], { ...door },
    `Hi Lauren,

Thanks for spending the day with us at the final-round onsite. The team really enjoyed meeting you.

We've now made an offer to another finalist, which has been accepted. Their experience lined up a little more closely with what we need right now.

We'd love to keep you in our network for future roles. I'll be sure to reach out when something opens on the growth team.

Best,
Caitlin Moreau
Recruiting Lead, Juniper Health`, 'Juniper Health – final round'),

  rej('final', ['assessment'], { ...fb },
    `Dear Chidi,

Thank you for attending the assessment centre for the Graduate Management Programme on 12 March.

Your scores in the interview and the written case were above the benchmark. In the group exercise, however, the assessors recorded that you contributed little until the last ten minutes and did not build on other people's ideas, and your mark on that exercise fell below the minimum we set for every element. As a result, we are unable to offer you a place on this year's programme.

Yours sincerely,
Graduate Recruitment, Albion Water plc`, 'Graduate Management Programme – assessment centre'),

  rej('final', ['generic'], {},
    `Dear Ms Petersen,

Thank you for your participation in the final interview round for the position of Director of Legal Affairs.

We regret to inform you that the committee has decided to proceed with another candidate. As a matter of policy, the committee does not provide individual feedback on its deliberations.

We thank you for your interest in the Institute.

Sincerely,
Office of the Secretary General
Nordic–Baltic Maritime Institute`, 'Director of Legal Affairs'),

  rej('final', ['skills_gap', 'profile_mismatch'], { ...fb, ...offered },
    `Hi Priya,

Thanks for coming back for the final conversations with Andrea and the CTO.

We've decided to go with another candidate whose leadership experience was more extensive. The specific thing that came up, from both of them, was people management: the role manages a team of nine, including two leads, and you've managed one intern so far. Everything else about your interviews was very strong.

Happy to arrange a proper debrief with Andrea if you'd find it useful. Just let me know.

Best,
Tom O'Connell
Talent Partner, Ledgerline`, 'Engineering Manager – final round'),

  rej('final', ['generic'], {},
    `Dear Alasdair,

Thank you for coming to Edinburgh for the final panel for Director of Development. The panel enjoyed meeting you, and your reflections on the capital appeal were insightful.

After a great deal of discussion the panel has decided not to take your candidacy further.

The Gallery is entering a very exciting phase, with the new wing opening in 2028 and a new five-year strategy to shape our future, and we are grateful to everyone who engaged so thoughtfully with us during this search.

With every good wish,
Catriona Blair
Chair of the Appointment Panel, Scottish Gallery of Modern Craft`, 'Director of Development – appointment'),

  rej('final', ['role_closed'], { ...door },
    `Hi Andile,

I have frustrating news. After your final round last week, our funding round was delayed and the board has made the call to cancel the Head of Finance hire altogether. We won't be filling the role.

I'm sorry. You were very much in the running. Once the round closes and we're hiring again, I'll be in touch first, if you're still open to it.

Regards,
Thabo Nkosi
CEO, Mzansi Solar`, 'Head of Finance – update'),

  rej('final', ['profile_mismatch'], { ...door, ...offered },
    `Dear Krishnan,

Thank you for taking part in the final round of interviews for the Principal Consultant role at Brightline Partners.

After careful deliberation, we have concluded that other candidates' profiles are more closely suited to this particular engagement portfolio, and we will not be moving forward with your application.

Our partners would be happy to share feedback with you. Please contact me to arrange a time. We would also like to keep your profile on file and consider you for upcoming principal roles as our practice grows.

With kind regards,
Eleanor Whitcombe
Director of Recruitment, Brightline Partners`, 'Principal Consultant – final round outcome'),

  // ── Paused processes, the candidate not declined
  hold('application', ['role_closed'], {},
    `Dear Ms Ferreira,

Thank you for your application for the post of Marketing Officer.

We must let you know that a recruitment freeze has been put in place across the organisation while we review next year's budget. The vacancy is therefore on hold, and we are not able to progress any applications at present.

Your application remains active and we will contact you as soon as the freeze is lifted.

Kind regards,
Human Resources, Wessex Rural Community Trust`, 'Marketing Officer – recruitment on hold'),

  hold('interview', ['role_closed'], {},
    `Hi Omar,

Thank you again for interviewing with Kiran and the team last week. They really enjoyed the conversation.

I wanted to let you know where things stand. The headcount for this role is being re-approved as part of our Q3 budget review, and until that's done we can't make any decisions. Nobody has been selected, and you're still very much in the process.

I expect to have an update by the end of the month. Thanks for your patience.

Best,
Laura Steinberg
Recruiter, Parallax Robotics`, 'Quick update – Controls Engineer'),

  hold('final', ['generic'], {},
    `Dear Deepa,

Thank you for your patience since the final round.

Our managing director has been called overseas unexpectedly and the final decision on the Finance Controller position has had to be postponed by about three weeks. No decision has been made, and your candidacy is still under consideration.

I will update you as soon as I can.

Kind regards,
Vanessa Goh
HR Manager, Tembusu Holdings Pte Ltd`, 'Finance Controller – decision timing'),

  hold('assessment', ['role_closed'], {},
    `Hi Connor,

Thanks for submitting the take-home. I know you turned it round quickly.

I'm afraid we've had to put the Analytics Engineer role on hold while the data team is restructured. Your submission hasn't been reviewed yet, and we'll pick it up as soon as the role is reopened, which we expect in the new year.

Sorry for the uncertainty.

Kate
Talent, Ferngrove Insurance`),

  hold('screen', ['generic'], {},
    `Hi Yasmin,

Following on from our call last Monday, I just wanted to let you know there's going to be a short delay. The hiring manager is on leave until the 20th, so the next interviews won't be scheduled until she's back.

Nothing's changed on our side and you're still in the running. Thanks for bearing with us!

Rhiannon
Talent Coordinator, Copperleaf Studios`, 'Delay to next steps'),

  hold('interview', ['role_closed'], {},
    `Dear Tunde,

Thank you for a superb second interview. The panel was impressed, and your answers on the grid connection work were a highlight.

Unfortunately, the company has paused all new headcount for the next six weeks while our parent group finalises its investment plan. This means we cannot make an offer on the Project Engineer role at present. We have not declined any candidate; the process is simply paused, and I will write again as soon as I hear more.

Kind regards,
Ngozi Eze
Talent Manager, Savannah Renewables Ltd, Abuja`, 'Project Engineer – process paused'),

  // ── Look-alikes: praise, future words and feedback that decline nothing
  other(`Dear Rowan,

Thank you for your interview on Monday. The panel was impressed with your answers, particularly your account of the vendor migration.

We'd like to invite you to the final round, a 90-minute session with our COO and two department heads, on Thursday 11 December at 10:00 at our Reading office. Please let me know if that time works.

Best regards,
Simone Hartley
Talent Acquisition, Severn Digital`, 'Invitation to final round'),

  other(`Hi there,

You recently applied for a role with Oakmere Group. Whatever the outcome, we'd love to hear about your experience as a candidate. This short survey takes about three minutes and your answers are anonymous.

How clear was our communication? Did you get feedback when you needed it? What could we do better?

Take the survey: https://survey.oakmere.example/candidate

Thank you for helping us improve.
Oakmere Group Talent Team

You are receiving this because you applied for a job with us. Unsubscribe.`, 'How did we do? Tell us about your candidate experience'),

  other(`Dear Ayodele,

I'm delighted to offer you the position of Senior Data Engineer at Cloudberry.

The panel was unanimous. What impressed them most was how clearly you explained the trade-offs in your pipeline design, and the honesty of your answer about the outage you caused in your last role. Your starting salary will be £78,000, with 28 days' holiday plus bank holidays. Formal paperwork will follow from our People team.

Please let me know by Friday whether you accept. We can't wait to have you on board.

Warm regards,
Edward Fyfe
CTO, Cloudberry`, 'Offer: Senior Data Engineer'),

  other(`Hi Shreya,

I'm Harvey, a recruiter at Pemberly Health. I came across your application for our Business Analyst role. That role has a few more steps to go, but I also think you'd be a great fit for a Product Analyst opening on our patient app team that hasn't been advertised yet.

Could we talk this week? Even 15 minutes would do.

Thanks,
Harvey Quinn`, 'Another role you might like'),

  other(`Dear Luca,

Thank you for your application for the position of Laboratory Technician (ref. LT-0447). This email confirms we have received it.

Our team will review applications after the closing date on 19 January. We appreciate your patience, as this can take up to three weeks. With your consent, we will keep your CV on file for this and future roles.

Kind regards,
Recruitment, Pennine Bioscience`, 'Application received – LT-0447'),

  other(`Welcome to the Hallam & Crewe Talent Community!

Hi Sunita,

Thanks for joining. You'll now receive occasional emails about new roles that match the interests you selected (Finance, Manchester), plus news and events from our teams.

You can update your preferences or leave the community at any time from your profile.

See you soon,
Hallam & Crewe Careers`, 'Welcome to our Talent Community'),

  other(`Hi Ewan,

Unfortunately, Claire is unwell and won't be able to make your interview tomorrow at 2pm. I'm so sorry for the late notice.

Could you do Monday at 11am or Tuesday at 3pm instead? We're still very keen to meet you.

Apologies again,
Fatou Diallo
Recruitment Coordinator, Brackley Homes`, 'Rescheduling your interview'),

  other(`Dear Candidate,

This is a reminder that your online assessment for the Customer Service Advisor role must be completed by 23:59 on Sunday 14 December. You have not yet started it.

The assessment takes around 40 minutes. Please make sure you have a quiet space and a stable internet connection.

If you have any difficulties, reply to this email and we'll be in touch.

Glenmoor Energy Recruitment
This mailbox is monitored Mon–Fri.`, 'Reminder: complete your assessment'),

  other(`Dear Mr Onyango,

Alex Mbatha has applied for the position of Senior Accountant with Jacaranda Group and has given your name as a referee.

We would be grateful if you could complete the short reference form attached, commenting on Alex's responsibilities, strengths and any areas for development, and return it by 5 December.

All information will be treated in confidence.

Yours sincerely,
HR Department, Jacaranda Group, Nairobi`, 'Reference request – Alex Mbatha'),

  other(`Hi Rachel,

Thank you so much for taking the time to interview me yesterday for the Learning Designer role. I really enjoyed hearing about the onboarding redesign, and our conversation about accessible e-learning has stuck with me.

Whatever the outcome, I'm grateful for the chance and I hope we'll stay in touch.

Best wishes,
Niamh Doherty`),

  other(`THE FERNWOOD DISPATCH | December

Meet the team: our new Dublin office is open!
Inside: five tips for your next interview, why we're rethinking feedback for candidates, and the roles we're hiring for in the new year.

Didn't get the job you wanted this year? Our head of talent writes about bouncing back.

You're receiving this because you signed up to Fernwood Careers news. Unsubscribe | Manage preferences`, 'The Fernwood Dispatch – December'),

  other(`Dear Applicant,

Thank you for your continued interest in the Research Assistant position.

Unfortunately our review of applications is taking longer than expected, due to the large number we received. We appreciate your patience and expect to contact all candidates by the end of next week.

Kind regards,
Department of Psychology, University of Northbridge`, 'Research Assistant – update on timing'),

  other(`Hi Ravi,

Great news. The team really enjoyed the first interview, and they'd like you to come back for a second round with the Head of Engineering.

A couple of things they asked me to mention so you can prepare: they'd love to hear more about the caching work you touched on, and they'll go a little deeper on testing strategy.

Are you free Wednesday afternoon?

Cheers,
Bella
Talent, Orbital Payments`, 'Second interview – Orbital Payments'),

  other(`New jobs matching your alert "project coordinator – Calgary"

Project Coordinator – Prairie Rail Services – Calgary, AB
Junior Project Coordinator – Bowfield Builders – Calgary, AB
Project Administrator – Alberta Water Partners – Remote

Unfortunately, some jobs you saved have expired. Keep your profile up to date so employers can find you.

Manage alerts | Unsubscribe`),

  other(`Hey Ama,

I had a read of your CV like you asked. Honestly it's in good shape! A couple of bits of feedback: I'd cut the objective statement, move the Python projects higher up, and put numbers on the fundraising work (how much did you raise?). The formatting is a bit cramped on page 2 too.

You'll smash it. Let me know when you've sent it off.

Kofi`, 'Re: CV check?'),

  other(`Dear Pádraig,

Congratulations. We're pleased to tell you that you have been shortlisted for interview for the post of Senior Engineer (Water Services).

Interviews will be held on 8 and 9 January. A separate email will follow with your time slot and the competency areas the board will cover.

Yours sincerely,
HR Section, Corrib County Council`, 'Shortlisting – Senior Engineer (Water Services)'),

  other(`Hi Harriet,

Here's everything you need for the assessment centre on the 17th:
  • Arrive by 8:45 at 3 Temple Quay, Bristol. Bring photo ID.
  • The day includes a group exercise, a presentation (topic attached) and a panel interview.
  • Lunch is provided. Let us know about any dietary needs or adjustments.

Unfortunately we can't reimburse travel for this stage, sorry about that.

See you soon,
Graduate Team, Avonside Engineering`, 'Your assessment centre – what to expect'),

  other(`Dear Kwame,

As part of your offer of employment as Site Manager, we've begun the pre-employment checks. You'll receive a link from our screening partner to complete the background check and right-to-work verification.

Please complete it within five working days. Any delay may push back your start date.

Kind regards,
Onboarding Team, Hartwell Construction`, 'Pre-employment checks'),

  other(`Dear Bronwyn,

Welcome to Eucalypt Health! We're thrilled you're joining us as Clinical Educator on Monday 2 February.

Your first day starts at 9am at our Parramatta office, where Jess will meet you at reception. Please bring your bank details and your AHPRA registration.

We're excited for the future and for what you'll bring to the team.

Warmly,
People & Culture`, 'Welcome aboard!'),

  other(`Hi Stefan,

Quick update from me on the Operations Analyst role at my client. They loved you in the interview, especially the Excel walkthrough. They're finishing the last two interviews this week and have promised me an answer by Friday.

I'll be in touch as soon as I hear anything.

Matt
Beacon Recruitment`, 'Update – Ops Analyst'),

  other(`Hi Zara,

Lovely to meet you at the Women in Data meetup last night. As I mentioned, we'll be opening a few analyst roles in the spring. I'd really encourage you to apply when they go up, and feel free to drop me a message before then if you have any questions about the team.

Best,
Ines Moretti
Analytics Lead, Harbour & Crane`, 'Great to meet you'),

  other(`Hi Daniel,

Thank you for your email asking for feedback on my application for the Policy Analyst role. I appreciate the quick reply and understand the decision.

If you have a moment, I'd be grateful for any pointers on where my application fell short, so I can strengthen future ones.

Many thanks,
Temitope Adeyemi`, 'Re: Policy Analyst – request for feedback'),

  other(`Dear Students,

The Careers Service is running a "Bouncing Back" workshop next Wednesday at 1pm in the Forum. We'll cover making sense of rejection emails, asking employers for feedback, and keeping going with applications.

Places are limited; book through CareerHub.

Best wishes,
Careers & Employability Service
University of Ellesmere`, 'Workshop: Bouncing Back from Rejection'),

  other(`Thank you for your email. I am out of the office until Monday 5 January with limited access to email. Unfortunately I won't be able to respond before then.

For urgent recruitment queries please contact talent@greyfriars.example.

Kind regards,
Nadine Cole, Senior Recruiter`, 'Automatic reply: Interview availability'),

  other(`Hi Oisín,

Thanks for letting us know you've accepted another offer and would like to withdraw your application for the Support Engineer role. We're sorry to lose you from the process, but congratulations!

Our door is always open. If things change, we'd be happy to hear from you again.

All the best,
Aoibheann
Talent Team, Shannonside Software`, 'Re: Withdrawing my application'),

  other(`Dear Applicant,

Unfortunately we cannot review your application for Warehouse Operative (Night Shift) yet, as it is incomplete. The following are missing:
  - Right-to-work document
  - Answers to the two screening questions

Please log in and complete your application by 30 November.

Thank you,
Gateway Logistics Recruitment (do not reply)`, 'Action needed: your application is incomplete'),

  other(`Hi Farah,

Confirming your interview for the Marketing Executive role on Tuesday 9 December at 2pm, via Teams (link below).

You'll meet Chris (Head of Marketing) and Louise from the brand team. A tip from me: they love specific examples, so have a couple of campaigns ready where you can talk numbers.

Good luck, you'll be great!
Priti
Talent Coordinator, Bramblewood Foods

Join Microsoft Teams Meeting: https://teams.example/l/meetup-join/abc123`, 'Interview confirmed – Marketing Executive'),

  other(`Dear Mr Kowalczyk,

Unfortunately, the advertisement for the Quality Inspector post at our Telford site listed the salary incorrectly. The correct figure is £31,500, not £34,500 as shown. We apologise for the error.

Your application is still under consideration and nothing else about the role has changed. Could you reply by Thursday to let us know whether you'd like to remain in the process? We'll be in touch with interview dates soon after.

Kind regards,
Beverley Shaw
HR Officer, Marcher Precision Castings`, 'Correction to the advertised salary – Quality Inspector'),
];
