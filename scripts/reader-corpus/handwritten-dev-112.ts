/**
 * Development messages of the hundred-and-twelfth round: the stage and the reasons, told where a reader goes wrong on
 * unseen mail. Every message is written from scratch: tracking-system templates (Greenhouse, Lever, Workday,
 * SmartRecruiters, Ashby, iCIMS, Taleo), letters of the kind copied from template sites, hiring managers and founders,
 * agency recruiters and HR offices in the US, UK, India, Ireland, Australia, Canada, South Africa, Singapore and Nigeria,
 * in software, banking, insurance, health, pharma, manufacturing, logistics, retail, hospitality, schools, councils,
 * a hospice, a law firm, a research institute and a federal agency, from three lines to six paragraphs.
 * First, declines after interviews where the letter never says "interview": "your time with Ana and the team", "our
 * conversation last Tuesday", "your visit to the plant", "your visit to the distribution centre", a morning on the ward,
 * "chatting with us about the role", "the session with our engineers", "the technical discussion with our engineering
 * panel", "catching up with Sam and me over coffee", "coming in to meet the team at the venue", "your conversations
 * with us over the past few weeks", "the video call with Marc and Genevieve", "the conversation on Teams", "meeting
 * with the hiring panel", "going in to see Dean at the site", a forecast case talked through with the hiring manager;
 * finals told as "the final round", "the last round", "coming onsite", "the final panel", "the partner meeting, the last
 * stage", "the final discussion with our Director of Engineering"; each beside twins where the only conversation was a
 * first short call with a recruiter, talent partner, HR officer or agency consultant (one of them called a "phone
 * interview" with talent acquisition), or where no conversation is named at all, among them long tracking-system letters
 * describing "our interview process" in general.
 * Second, reasons told in passing in polite letters: others whose experience "more closely matched", "aligned better",
 * "was a stronger fit for what the team needs", "a more natural fit", "a closer match", "scored more highly", "a closer
 * alignment with the priorities"; a requirement named in one clause (hands-on Salesforce administration, a licensed CPA,
 * people-management experience, a Lean Six Sigma Black Belt, two years of telemetry, production Kubernetes, ICAN
 * membership, a Code 10 licence with a PrDP, QTS, sterile GMP, five years of SAP FICO, T24, English and French, a
 * team of ten, enterprise sales cycles, a CFA charter, AHPRA registration, a Red Seal, an aggregate-marks rule); a
 * take-home, a coding test, a numerical test, a case study and a modelling exercise; letters with two reasons; a
 * specific reason beside "many strong applications" or "a very competitive process"; and generic letters with nothing
 * about fit, one of them after an online test.
 * Third, application-stage declines whose boilerplate describes later steps the candidate never reached: interview
 * dates, "candidates selected for interview have been contacted", a final-round presentation, assessment-centre dates in
 * a list, a written test and HR rounds, an aptitude test and panel in Abuja, a phone screen and panel, a first and final
 * interview, a competency assessment, a behavioural interview and skills test, "we have now completed interviews with
 * the candidates shortlisted", "we are now interviewing candidates whose...", a take-home given to a small group, a
 * presentation before a university panel, a federal "not referred" notice, a campus drive's online test.
 * Fourth, look-alikes: acknowledgements promising to be in touch, status notices, an invitation to come in and meet the
 * team, a coding-test invitation, a final-round invitation, an aptitude-test invitation, "your application has moved to
 * the next stage", LinkedIn and SEEK job alerts, "your application was viewed", "still finishing conversations", an
 * agency's submission note, assessment-centre joining instructions, an offer, a reference request, a scheduling link, a
 * talent-community welcome, a withdrawal confirmed, a background-check authorisation; and five paused processes.
 *
 * Labelling choices (LABELS.md and the dev-108 to dev-111 conventions):
 * Stage: the furthest step the message itself names as having happened. A conversation, call, chat, video or Teams
 * call, coffee, visit (to the plant, the distribution centre, the ward, the venue, the office, the site), session or
 * technical discussion with the hiring manager, a founder, the team, engineers, a committee or a panel, "meeting with
 * us / our hiring team", "going in to see" the client's manager, a case talked through with the hiring manager, and
 * conversations with several people over weeks are `interview`, though the word "interview" never appears. A named
 * final round or last round, coming onsite for the day, a final panel, the partner meeting called the last stage of the
 * process, a final round presented to an investment committee and a final discussion with a director after earlier
 * rounds are `final`. A single first call with a recruiter, talent partner, HR officer or agency consultant is `screen`,
 * also when talent acquisition calls it a "phone interview" and when an agency's client declined the CV after the
 * agency's own call. A letter that names no conversation, test or interview is `application`: "thank you for your time
 * and interest", "the team reviewed your application", a CV "screening stage", and a description of the process in
 * general or of the steps that would come next ("our interview process usually starts with...", "candidates selected
 * for interview have been contacted", "our final round includes a presentation", "successful candidates will be invited
 * to an assessment centre on the dates below", "shortlisted candidates will be called for a written test", "we are now
 * interviewing candidates whose...", "we have now completed interviews with the candidates shortlisted", "we've invited
 * a small group to a take-home", "referred applicants may be contacted for an interview") never move the stage. A
 * take-home, online coding test, numerical test, online assessment or case study with no interview named is
 * `assessment`; an exercise done after an interview stays `interview`.
 * Reasons: other candidates whose experience, background or qualifications "more closely matched", "aligned better",
 * "were a stronger fit for what the team needs", "a more natural fit", "a closer match", "a closer alignment with the
 * priorities of the role", "addressed the selection criteria more closely", "more closely met the criteria", "scored
 * more highly", "not among the best-qualified", and "profiles that more closely match the requirement" are
 * `profile_mismatch`, without feedback. A requirement named in passing (a tool, licence, certification, professional
 * membership, qualification, number of years, domain, language, people-management experience, the size of team led, an
 * aggregate-marks and backlog rule) is `skills_gap` with feedback, also when told as whom the employer chose ("a
 * candidate who is a CFA charterholder", "a candidate who meets that requirement"). "Move forward with another
 * candidate", "selected another candidate", "gone with someone else", "not shortlisted", "not successful", "a strong
 * field", "highly competitive" and "many qualified applicants" alone are `generic`; beside a specific reason they add
 * nothing and `generic` is not given. An offer made to or accepted by another ("we've extended an offer to another
 * candidate", "offered the role to someone else", "our offer has been accepted") is `position_filled`, beside any other
 * reason given; "selected" or "gone with" alone is not. A take-home, test, case study or exercise below the bar is
 * `assessment`, with feedback only when the score, the benchmark or the fault is named; after a test, a decline that
 * speaks only of a strong response is `generic`; the results of a case study together with other candidates' closer
 * experience are `assessment` and `profile_mismatch`. A work-authorisation, registration-plus-working-rights or
 * office-days rule told about this candidate is `location` (and the registration `skills_gap`), with feedback; the
 * candidate's own pay figure over the band is `salary`, with feedback; fifteen years of running sites for a team-leader
 * job is `overqualified`, with feedback; the team's working style judged not to suit the candidate, with nothing the
 * candidate said, is `culture_fit` without feedback; a post filled by a current member of staff is
 * `internal_candidate` alone; a cancelled requisition is `role_closed`.
 * Feedback: specific information about why this candidate was declined (a named requirement, a score against a
 * benchmark, a fault in the exercise, the candidate's own pay figure or commute). Praise is never feedback, even when it
 * names something this candidate did or said ("the crew said you asked some of the best questions", "hearing about the
 * credit model you rebuilt", "Sam is still talking about your take on the onboarding funnel", "the writing samples were
 * a good read"): such a letter is labelled by its other sentences alone, so praise beside a bare decline is no feedback
 * and praise beside a named requirement is feedback because of the requirement.
 * Door: open when the sender invites future applications ("please do apply for future roles with us", "we'd love you
 * to apply again when we advertise next term", "we hope this will not deter you from applying for future posts",
 * "keep an eye on our careers page and apply again", "you are welcome to apply again after six months", "apply for
 * positions for which you are qualified"), keeps the CV, profile or details on file, in a database, a talent pool or a
 * talent community to be contacted or to hear about future intakes, places the candidate on a reserve list from which a
 * post may be offered, or promises to reach out about a later role ("I'll keep you in mind", "I'll call you when I have
 * a matching requirement", "I'll contact you when it opens", "I'd genuinely love to hear from you then"). Not a door:
 * good wishes, "let's stay in touch - I'd love to hear where you land", a PDPA retention notice, "please do not be
 * discouraged", "good luck with your training".
 * Feedback offered: an offer of a call to share the team's or group's notes, "reply here and I'll set up a short call",
 * "contact me and I will arrange a call with the panel chair", "contact the panel chair to discuss the panel's
 * assessment", the assessors' comments sent on request within 14 days, "happy to talk it through". Not offered: "no
 * reason given - I did ask".
 * Other / on hold: acknowledgements promising to be in touch, status notices with no outcome, invitations (to come in
 * and meet the team, a coding test, a final round, an aptitude test, an assessment centre), "moved to the next stage",
 * "still finishing conversations, a decision by Friday", job alerts, "application viewed", an agency's note that the
 * CV has gone to the client, an offer, a reference request, a scheduling link, a talent-community welcome, a
 * background-check authorisation, an acknowledgement that says silence after four weeks means no, and a withdrawal
 * confirmed are `other`. A paused process with the candidate still in the running is `on_hold`, staged at the furthest
 * step it names: a budget freeze, a restructure, headcount approval for the new financial year or a staffing-plan
 * review is `role_closed`; a hiring manager on leave is `generic`.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d112-');

export const HANDWRITTEN_DEV_112: readonly CorpusLine[] = [
  // ── 1. The stage told without the word "interview", beside first calls (screen) and letters naming no conversation
  // US, Greenhouse: the team / the recruiter's call / the process described in general
  rej('interview', ['generic'], {},
    `Hi Jordan,

Thank you so much for your time with Ana and the team last week. I know you spoke with four of us across two afternoons, and everyone appreciated the care you put into the product critique.

We've thought hard about this one and have decided to move ahead with another candidate for the Senior Product Designer role.

We wish you the very best with your search.

Warmly,
Claire Dubois
Recruiting, Lanternfish

Sent via Greenhouse`, 'Lanternfish | Senior Product Designer'),

  rej('screen', ['generic'], {},
    `Hi Jordan,

Thanks for hopping on a call with me last Thursday to talk through the Senior Product Designer opening at Lanternfish and what you're looking for next.

I shared my notes with the hiring manager, and we've decided not to move your application on to the next step. I know that's not what you were hoping to hear.

All the best,
Claire Dubois
Recruiting, Lanternfish

Sent via Greenhouse`, 'Lanternfish | Senior Product Designer'),

  rej('application', ['generic'], { ...door },
    `Hi Jordan,

Thank you for applying to the Product Designer, Growth role at Lanternfish. We know that putting together an application and a portfolio takes real effort, and we're grateful you chose to share yours with us.

A little about how we hire: every application is read by someone on our design team. Our interview process usually starts with a 30-minute conversation with recruiting, followed by a portfolio walkthrough, a collaborative design session and conversations with our leadership team. We aim to give every candidate a decision within two weeks at each step.

After reviewing your application, we have decided not to move forward at this time.

We post new design roles regularly, and we'd encourage you to apply again if you see one that fits.

Thank you again for your interest in Lanternfish.

Best,
The Lanternfish Recruiting Team`, 'Your application to Lanternfish'),

  // UK housing association: "our conversation last Tuesday"
  rej('interview', ['profile_mismatch'], {},
    `Dear Aisha,

Thank you for our conversation last Tuesday about the Tenancy Services Manager post, and for travelling over to Salford for it. Gareth and I both enjoyed hearing about the estate regeneration work you led in Oldham.

I'm sorry to say we won't be offering you the role. We met some very capable people, and in the end we chose a candidate whose background lines up more closely with what the service needs over the next two years.

Thank you again, and best of luck.

Kind regards,
Lorna Pike
Head of Housing Services, Brookfold Homes`, 'Tenancy Services Manager'),

  // US: final round, offer accepted by another
  rej('final', ['position_filled'], { ...offered },
    `Hi Marisol,

Thank you for coming in on Thursday for the final round and for spending the afternoon with Derek, Hana and the rest of the leadership group. I know it was a long day on top of the earlier conversations.

I wanted to let you know personally that we extended an offer for the Director of Operations role to another candidate, and she has accepted.

If it would be useful, I'm glad to set up 20 minutes to share what the group said. Just reply and we'll find a time.

Thanks again,
Tom Reilly
VP Operations, Harlow Freight`, 'Director of Operations'),

  // India: technical discussion with the engineering panel / telephonic discussion with HR
  rej('interview', ['generic'], {},
    `Dear Karthik,

Greetings from Vantara Systems!

Thank you for taking part in the technical discussion with our engineering panel on 18th July for the position of Senior Java Developer (Req. VS-2291). We appreciate the time you spent with Mr. Raghavan and his team.

After careful evaluation, we regret to inform you that we will not be proceeding further with your candidature for this position.

We wish you all success in your career.

Regards,
Talent Acquisition Team
Vantara Systems Pvt. Ltd., Bengaluru`, 'Update on your candidature - Senior Java Developer'),

  rej('screen', ['generic'], { ...door },
    `Dear Karthik,

Thank you for the telephonic discussion with our HR team on Monday regarding the Senior Java Developer opening.

Based on the discussion, we will not be taking your profile forward to the technical rounds. Your resume will be retained in our database and we will reach out to you if a suitable opening arises.

Regards,
Deepa N.
HR Executive, Vantara Systems Pvt. Ltd.`, 'Senior Java Developer - Vantara Systems'),

  // Canada: a visit to the plant, a requirement named
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Brendan,

Thanks again for your visit to the plant in Cambridge on the 9th, and for walking the line with Luis and me. The crew on the extrusion side said you asked some of the best questions they've heard from anybody who's come through.

We've decided not to offer you the Continuous Improvement Lead position. The deciding point for us was that we need someone who already holds a Lean Six Sigma Black Belt and has led a plant-wide programme, and that's the piece we didn't see yet.

Good luck, and thanks for your time.

Regards,
Nadia Kowalczyk
Plant Manager, Grandridge Polymers`, 'Continuous Improvement Lead'),

  // Australia: meeting the team at the venue / no conversation
  rej('interview', ['generic'], {},
    `Hi Tash,

Thanks heaps for coming in on Saturday arvo to meet the team at the Esplanade and do a walk-through of the venue with Jono. It was great to have you there.

After a lot of back and forth we've decided to go with someone else for the Venue Manager job. Sorry it's not better news.

Cheers,
Mel
Operations Manager | Saltbush Hospitality Group | Fremantle`, 'Venue Manager'),

  rej('application', ['generic'], {},
    `Hi Tash,

Thanks for your interest in the Venue Manager position with Saltbush Hospitality Group and for taking the time to send through your resume.

We've had a great response for this one, and unfortunately we won't be progressing your application any further.

Cheers,
Saltbush People & Culture`, 'Your application - Venue Manager, Fremantle'),

  // Ireland: "chatting with us about the role" / a first chat with the talent partner
  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Ciarán,

Thanks a million for chatting with us about the Risk Analyst role. Niamh and I really enjoyed the hour, especially hearing about the credit model you rebuilt at the credit union.

We've now spoken to everyone on the shortlist and decided to go with candidates whose experience is a stronger fit for what the team needs right now, so we won't be taking your application further.

We'll be hiring again in the second half of the year and I'd genuinely love to hear from you then.

Best,
Orla Byrne
Head of Credit Risk, Fernbank Payments, Dublin 2`, 'Risk Analyst - Fernbank'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Ciarán,

Thanks for chatting with me on Monday about the Risk Analyst role at Fernbank.

I went back over our call against the brief the hiring team gave me, and other applicants line up more closely with what they're after, so I won't be passing you through to the next stage this time.

Thanks again for your interest.

Sinéad Doyle
Talent Partner, Fernbank Payments`, 'Risk Analyst - Fernbank'),

  // UK: the final panel, a ranking, a reserve list
  rej('final', ['profile_mismatch'], { ...door },
    `Dear Mr Adeyemi,

Reference: 318842 – Senior Policy Adviser (Grade 7)

Thank you for attending the final panel for the above campaign at our Leeds office on 4 March.

The panel has now assessed all candidates against the success profiles for the role. While you met the required standard, other candidates scored more highly and you have not been offered a post on this occasion.

As you met the standard, you will be placed on a reserve list for 12 months, and you may be offered a post if a further vacancy arises during that time.

Yours sincerely,
Government Recruitment Service`, 'Outcome of your application: 318842'),

  // Australia, state health: the selection panel
  rej('interview', ['generic'], { ...offered },
    `Dear Ms Nguyen,

Re: Clinical Nurse Educator – Emergency Department (Position No. 00741522)

Thank you for meeting with the selection panel on 12 March.

I regret to advise that you have not been successful on this occasion. The panel has selected another applicant for the position.

Should you wish to discuss the panel's assessment of your application, please contact the panel chair, Ms Rebecca Holt, on (08) 9555 0142.

Yours sincerely,
Workforce Services
Coastal Metropolitan Health Service`, 'Clinical Nurse Educator - outcome'),

  // US startup: "catching up with Sam and me"
  rej('interview', ['generic'], {},
    `Hey Devon,

Thanks for catching up with Sam (our CTO) and me over coffee last week, and for the follow-up with Priya on Monday. Sam is still talking about your take on the onboarding funnel.

We've decided not to move ahead for the Founding Growth Lead role. It was a really tough call.

Let's stay in touch - I'd love to hear where you land.

Emma
Co-founder & CEO, Tilly Health`, 'Growth Lead'),

  // Singapore: conversations over weeks / a short introductory call
  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Mr Tan,

Thank you for your conversations with us over the past few weeks regarding the Vice President, Market Risk position, and for the time you spent with Wei Ling, Arjun and the wider risk team.

After careful deliberation, we have decided to proceed with another candidate whose experience is more closely aligned with the immediate priorities of the desk.

We will keep your profile in our talent pool and would be glad to reach out should a suitable role arise in the region.

Kind regards,
Michelle Lim
Talent Acquisition, Strait Capital Bank`, 'Vice President, Market Risk'),

  rej('screen', ['generic'], {},
    `Dear Mr Tan,

Thank you for the short introductory call with me on Tuesday regarding the Vice President, Market Risk opening.

We regret to inform you that we will not be proceeding with your application to the next stage.

In accordance with the PDPA, your personal data will be retained for six months and deleted thereafter.

Kind regards,
Michelle Lim
Talent Acquisition, Strait Capital Bank`, 'Vice President, Market Risk'),

  // South Africa: a day of final round / not shortlisted
  rej('final', ['position_filled'], { ...door },
    `Dear Thabo,

Thank you for spending Thursday with us in Rosebank for the final round: the site tour, the case discussion with the finance exco and lunch with the regional team. We know it was a long day.

We have concluded the process for the Financial Controller appointment, and our offer has been accepted by another candidate.

I would like to keep your CV on hand for the Group Reporting Manager role we expect to open in the new financial year, and I'll contact you when it does.

Kind regards,
Lerato Mokoena
Head: Talent, Umkhonto Logistics`, 'Financial Controller - outcome'),

  rej('application', ['generic'], {},
    `Dear Thabo Nkosi,

Thank you for applying for the position of Financial Controller at Umkhonto Logistics.

We have received a large number of applications and have reviewed each one carefully. Unfortunately, your application has not been shortlisted for this position.

We wish you every success in your career.

Kind regards,
Umkhonto Logistics Recruitment

Powered by SmartRecruiters`, 'Your application at Umkhonto Logistics'),

  // Nigeria: meeting the team at the office / a phone conversation with HR
  rej('interview', ['generic'], {},
    `Dear Chinedu,

Thank you for honouring our invitation and meeting with our team at the Victoria Island office on Wednesday, 14th August, in respect of the Relationship Manager (Corporate Banking) role.

We regret to inform you that you were not successful at this stage of the recruitment exercise. Please do not be discouraged.

We wish you the very best in your future endeavours.

Yours faithfully,
Human Resources Department
Crestline Bank Plc, Lagos`, 'Relationship Manager (Corporate Banking)'),

  rej('screen', ['generic'], {},
    `Dear Chinedu,

Thank you for the phone conversation with our HR officer on Monday concerning the Relationship Manager (Corporate Banking) role.

After review, we will not be moving forward with your application. We appreciate your interest in Crestline Bank.

Regards,
Human Resources Department
Crestline Bank Plc`, 'Relationship Manager (Corporate Banking)'),

  // US hospital: a morning on the ward, a requirement
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Kayla,

Thank you for spending the morning on 4 West with Dana and the charge nurses last Wednesday. The unit really enjoyed having you, and Dana mentioned how at ease you were with the patients.

We've decided not to move forward with your application for the RN – Progressive Care position. For this unit we need nurses with at least two years of telemetry experience, and we'd want you to have that before joining us.

Take care,
Renee Hollis, MSN, RN
Nurse Manager, Progressive Care Unit
St. Brigid Regional Medical Center`, 'RN - Progressive Care'),

  // Lever: chat with the team / the process described
  rej('interview', ['generic'], { ...door },
    `Hi Wen,

Thank you for taking the time to chat with the team about the Data Engineer role at Quillpath. We know how much time this takes, and everyone appreciated the thought you brought to the discussions.

After a lot of consideration, we've decided not to move forward with your candidacy.

We'd be glad to hear from you again - if you see a future opening at Quillpath that looks like a fit, please apply.

Best,
Quillpath Talent

Sent with Lever`, 'Quillpath - Data Engineer'),

  rej('application', ['generic'], {},
    `Hi Wen,

Thank you for your interest in the Data Engineer role at Quillpath.

At Quillpath, every application is read by a person. Our process normally involves a short call with recruiting, followed by two or three conversations with the engineering team and a final chat with our CTO, so we try to be thoughtful about who we bring into it.

We've decided not to move forward with your application at this time.

Best,
Quillpath Talent

Sent with Lever`, 'Quillpath - Data Engineer'),

  // US: onsite
  rej('final', ['generic'], { ...offered },
    `Hi Rahul,

Thank you for coming onsite last Friday and spending the day with our infrastructure team. I know five back-to-back sessions is a lot.

The team met yesterday to talk it through, and we've decided not to extend an offer for the Staff Site Reliability Engineer role.

I'm happy to share the team's feedback over a quick call if that would be helpful. Just send me a couple of times that work.

Best,
Jess Alvarez
Technical Recruiter, Corvane`, 'Corvane - Staff SRE'),

  // Canada: a video call
  rej('interview', ['generic'], {},
    `Bonjour Mathieu,

Thank you for the video call with Marc and Geneviève last Thursday regarding the Account Manager position in our Montréal office.

We have decided to pursue another applicant for this role. We appreciate the time you gave us and wish you every success.

Regards,
Chantal Roy
Human Resources, Lumière Packaging Inc.`, 'Account Manager - Montréal'),

  // UK charity: coming in to talk to us
  rej('interview', ['profile_mismatch'], {},
    `Dear Rosie,

Thank you for coming in to talk to us about the Fundraising Manager role on Friday. Alan, from our board of trustees, and I both enjoyed meeting you.

We've now made a decision, and I'm afraid it isn't good news: we've chosen a candidate whose experience was a closer match to where the fundraising team is at the moment.

Thank you for your interest in Northgate Hospice, and I hope you find the right role soon.

With best wishes,
Janet Crowther
Director of Income Generation, Northgate Hospice`, 'Fundraising Manager'),

  // UK agency: the recruiter's own call, CV declined / going in to see the client
  rej('screen', ['generic'], { ...door },
    `Hi Leon,

Thanks for the chat on Tuesday. I've put your CV across to Harrowfield Engineering for the Project Planner role and they've come back to say they won't be taking it further. No reason given I'm afraid - I did ask.

I'll keep you in mind for anything else planning-related that comes in.

Cheers,
Kieran
Kieran Walsh | Engineering Division | Meridian Recruitment, Sheffield`, 'Harrowfield - Project Planner'),

  rej('interview', ['generic'], {},
    `Hi Leon,

Thanks for going in to see Dean at the Warrington site yesterday. He's been back to me this morning and they're not going to go any further for the Project Planner role. He didn't give much beyond that, sorry.

Speak soon,
Kieran
Kieran Walsh | Engineering Division | Meridian Recruitment, Sheffield`, 'Harrowfield - update'),

  // India: the final discussion with a director
  rej('final', ['skills_gap'], { ...fb },
    `Dear Ananya,

Thank you for your time at the final discussion with our Director of Engineering, Mr. Suresh Iyer, on Friday. We appreciate your patience through all the rounds.

After a detailed evaluation, we have decided not to proceed with an offer for the Lead DevOps Engineer position. For this role we require someone who has owned production Kubernetes clusters end to end, and this was not sufficiently reflected in your experience.

We wish you the very best.

Regards,
Pooja Menon
Talent Acquisition, Nimbuspeak Technologies, Hyderabad`, 'Lead DevOps Engineer - Nimbuspeak'),

  // Workday: meeting with the hiring team / a TA "phone interview" / the process described
  rej('interview', ['generic'], {},
    `Dear Olivia,

Thank you for the time you invested in meeting with our hiring team for the Financial Analyst position (Job Requisition ID R-118204).

After careful consideration, we have decided not to move forward with your candidacy. We appreciate your interest in Bellmont Health and wish you every success in your career.

Sincerely,
Bellmont Health Talent Acquisition

This email was sent from an unmonitored mailbox.`, 'Bellmont Health: Financial Analyst (R-118204)'),

  rej('screen', ['generic'], {},
    `Dear Olivia,

Thank you for completing a phone interview with our talent acquisition team for the Financial Analyst position (Job Requisition ID R-118204).

After careful consideration, we have decided not to move forward with your candidacy. We appreciate your interest in Bellmont Health and wish you every success in your career.

Sincerely,
Bellmont Health Talent Acquisition

This email was sent from an unmonitored mailbox.`, 'Bellmont Health: Financial Analyst (R-118204)'),

  rej('application', ['generic'], {},
    `Dear Olivia,

Thank you for your interest in the Financial Analyst position (Job Requisition ID R-118204) at Bellmont Health.

Our hiring process includes a review of every application by a recruiter, interviews with the hiring team for selected candidates, and a background check for the person who receives an offer. We have reviewed your application and have decided not to move forward with your candidacy at this time.

Thank you for the time and interest you have shown in Bellmont Health.

Sincerely,
Bellmont Health Talent Acquisition

This email was sent from an unmonitored mailbox.`, 'Bellmont Health: Financial Analyst (R-118204)'),

  // Australia: a Teams conversation / the initial phone call
  rej('interview', ['generic'], { ...door },
    `Hi Sione,

Thanks for the conversation on Teams with Priya and me last Wednesday about the Senior Business Analyst role. We appreciated you making time in the middle of a go-live.

We've decided to progress with another candidate. I'll keep your details and reach out if a BA role comes up in the next few months - the program is growing.

Cheers,
Matt Gillespie
Delivery Lead, Tasman Water`, 'Senior Business Analyst'),

  rej('screen', ['generic'], {},
    `Hi Sione,

Thanks for taking the initial phone call with our Talent team on Monday regarding the Senior Business Analyst role.

We've reviewed our notes and won't be progressing your application to the next stage of the process.

Kind regards,
Talent Acquisition | Tasman Water`, 'Senior Business Analyst'),

  // Ireland: making the trip to meet the operations team
  rej('interview', ['position_filled'], {},
    `Dear Padraig,

Thank you for making the trip to our Cork office to meet Fiona and the operations team on the 22nd.

I'm writing to let you know that we have offered the Operations Supervisor position to another candidate, who has accepted. We appreciated your interest in Ardmore Medical Devices.

Kind regards,
Úna Kiely
HR Business Partner, Ardmore Medical Devices`, 'Operations Supervisor'),

  // iCIMS: meeting with us / interviewing others
  rej('interview', ['generic'], {},
    `Dear Jamal,

Thank you for meeting with us regarding the Field Service Technician position (Req #24-1187). We enjoyed learning more about your experience.

We have decided to move forward with another candidate. We sincerely appreciate the time you spent with us and wish you success in your search.

Sincerely,
Redline Elevator Company Recruiting

To unsubscribe from these emails, click here.`, 'Field Service Technician (Req #24-1187)'),

  rej('application', ['generic'], {},
    `Dear Jamal,

Thank you for your interest in the Field Service Technician position (Req #24-1187).

The hiring manager has reviewed the applications received and has decided to interview other applicants. Your application for this position is no longer under consideration.

Sincerely,
Redline Elevator Company Recruiting

To unsubscribe from these emails, click here.`, 'Field Service Technician (Req #24-1187)'),

  // Ashby: time spent with the team over weeks
  rej('interview', ['generic'], { ...offered },
    `Hi Noor,

Thanks for the time you spent with our team over the last couple of weeks. Between the intro with Ben, the systems session and the conversation with Lina, we know it was a real investment.

We've decided not to move forward with an offer for the Backend Engineer (Payments) role. If you'd like to hear more about how the team came to this, reply here and I'll set up a short call.

Best,
Ravi Chandra
Talent, Fennix`, 'Fennix - Backend Engineer (Payments)'),

  // Singapore: the last round
  rej('final', ['generic'], {},
    `Dear Ms Goh,

Thank you for joining the last round with our Regional Head of Supply Chain, Mr Daniel Ho, on Thursday.

We regret to inform you that we will not be offering you the position of Procurement Manager, APAC. We appreciate the time and effort you have invested throughout the process.

Best regards,
Human Resources
Meridian Foods Asia Pte Ltd`, 'Procurement Manager, APAC'),

  // Canada: a visit to the distribution centre / a brief first call with HR
  rej('interview', ['position_filled'], {},
    `Hi Owen,

Thank you for your visit to the distribution centre in Mississauga on Monday. Kelly and I enjoyed showing you around and hearing about your time running the night shift at your current site.

We've decided to offer the Shift Supervisor role to someone else. Thanks again for your interest in Northway Grocers.

Best,
Andre Baptiste
DC Operations Manager, Northway Grocers`, 'Shift Supervisor - Mississauga DC'),

  rej('screen', ['generic'], {},
    `Hi Owen,

Thanks for the brief call with me on Monday about the Shift Supervisor opening at Northway Grocers. It was good to get a first sense of your background.

We've decided not to move you forward to meet the operations team. We appreciate your interest.

Regards,
Farah Siddiqui
HR Generalist, Northway Grocers`, 'Shift Supervisor - Mississauga DC'),

  // Taleo: the hiring panel / the selection process described
  rej('interview', ['generic'], { ...door },
    `Dear Sarah Mitchell,

Re: Requisition 2400573 – Environmental Health Officer

Thank you for participating in our selection process and for meeting with the hiring panel on 2 October.

After careful consideration, the panel has selected another candidate for this position. We encourage you to continue to review our current opportunities and to apply for positions for which you are qualified.

Sincerely,
Human Resources, City of Kelsey Bay

Please do not reply to this email.`, 'Requisition 2400573 – Environmental Health Officer'),

  rej('application', ['generic'], {},
    `Dear Sarah Mitchell,

Re: Requisition 2400573 – Environmental Health Officer

Thank you for your interest in employment with the City of Kelsey Bay.

Our selection process may include panel meetings, written testing and reference checks. Applications are screened against the posted qualifications, and only those applicants selected to continue are contacted.

We regret to inform you that your application will not be considered further for this competition.

Sincerely,
Human Resources, City of Kelsey Bay

Please do not reply to this email.`, 'Requisition 2400573 – Environmental Health Officer'),

  // Nigeria: the session with our engineers
  rej('interview', ['profile_mismatch'], {},
    `Hello Tolu,

Thank you for the session with our engineers on Friday. Kunle and Halima said it was a lively conversation, and they appreciated how openly you talked about the mobile app you shipped at your last company.

We have decided not to move forward. Other candidates had backgrounds that aligned better with where the platform is headed this year, and we went with one of them.

All the best,
Ifeoma Okafor
Engineering Manager, Paystride, Lagos`, 'Paystride - Mobile Engineer'),

  // US: a case talked through with the hiring manager
  rej('interview', ['generic'], {},
    `Hi Maya,

Appreciate you talking through the Q3 forecast case with me and Jordan yesterday - it was a good discussion.

We're going to go with another candidate for the FP&A Manager role. Thanks for all the time you put in.

Best,
Greg
Greg Lindqvist | VP Finance | Sawtooth Outdoor`, 'FP&A Manager'),

  // UK law firm: the partner meeting, the last stage
  rej('final', ['generic'], {},
    `Dear Imogen,

Thank you for attending the partner meeting on Wednesday, the last stage of our selection process for the Senior Associate (Commercial Property) role, and for meeting Richard Alston and Sophie Grant.

We have given careful thought to all the candidates we saw, and I am sorry to tell you that we will not be making you an offer.

Yours sincerely,
Fiona Clarke
HR Manager, Hartley Voss LLP`, 'Senior Associate (Commercial Property)'),

  // India agency: the consultant's call, profile not shortlisted by the client
  rej('screen', ['generic'], { ...door },
    `Hi Rohit,

Thanks for the call today. As discussed, I shared your profile with the client for the Inside Sales Manager opening in Gurugram, but they have not shortlisted it for the interview rounds.

I will keep your CV with me and call you when I have a matching requirement.

Regards,
Neha Bhatia
Senior Consultant, TalentBridge Placements, New Delhi`, 'Inside Sales Manager - Gurugram'),

  // Template-site letters: meeting our team / no conversation
  rej('interview', ['generic'], { ...door },
    `Dear Ms. Alvarez,

Thank you for taking the time to meet with our team about the Office Administrator role at Brightwater Dental Group. It was a pleasure to learn about your skills and what you have achieved so far.

Unfortunately, we have decided not to take your application to the next step.

Competition for positions with us is always keen, and new openings come up throughout the year. Please feel free to apply for any that suit you.

Best,
Karen Doyle
Practice Manager, Brightwater Dental Group`, 'Office Administrator position'),

  rej('application', ['generic'], {},
    `Dear Mr. Hughes,

Thank you for applying for the Administrative Assistant position at Carrow & Finch Insurance Agency. We appreciate your interest in joining our team.

We received a large number of applications for this position, and after reviewing them, we have decided to move forward with other applicants at this time.

We wish you luck in your job search and thank you again for your interest.

Sincerely,
Linda Park
Office Manager, Carrow & Finch Insurance Agency`, 'Administrative Assistant position'),

  // ── 2. Reasons told in passing
  // US biotech: "more closely matched"
  rej('interview', ['profile_mismatch'], {},
    `Hi Natalie,

Thank you for speaking with Raj, Carla and me about the Senior Scientist, Assay Development role. You clearly care about rigorous work.

We've now finished with all the candidates, and we've decided to go with someone whose experience more closely matched what the group needs right now. I'm sorry this isn't the outcome you were hoping for.

Best wishes,
Dr. Helen Yoon
Director, Assay Development, Calyx Therapeutics`, 'Senior Scientist, Assay Development'),

  // UK SmartRecruiters: "aligned better" / nothing about fit
  rej('application', ['profile_mismatch'], { ...door },
    `Dear Ben,

Thank you for applying for the Marketing Executive role at Copperleaf Homes.

We've reviewed your application carefully. On this occasion we've decided to progress candidates whose backgrounds aligned better with the brief, so we won't be taking your application forward.

We'd be pleased to see your name again - please do apply for future roles with us that match your experience.

Kind regards,
The Copperleaf Homes Recruitment Team

Powered by SmartRecruiters`, 'Marketing Executive - Copperleaf Homes'),

  rej('application', ['generic'], {},
    `Dear Ben,

Thank you for applying for the Marketing Executive role at Copperleaf Homes.

We've reviewed your application carefully, and on this occasion we won't be taking it forward.

Kind regards,
The Copperleaf Homes Recruitment Team

Powered by SmartRecruiters`, 'Marketing Executive - Copperleaf Homes'),

  // US: hands-on Salesforce administration / a CPA beside generic filler
  rej('application', ['skills_gap'], { ...fb },
    `Hi Danielle,

Thank you for your interest in the CRM Operations Specialist position at Brightline Credit Union and for the time you put into your application.

We've reviewed your background, and as this role requires hands-on Salesforce administration from day one, we've decided not to move forward with your application. We appreciate you considering Brightline and wish you all the best.

Sincerely,
Brightline Credit Union Talent Team`, 'Your application: CRM Operations Specialist'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr. Okafor,

Thank you for applying for the Senior Tax Accountant position with Haverford & Lyle.

We were fortunate to receive applications from many well-qualified professionals. Given the need for a licensed CPA in this position to sign off client returns, we are unable to move your application forward.

We appreciate your interest in our firm.

Sincerely,
Margaret Levy
Director of Human Resources, Haverford & Lyle, CPAs`, 'Senior Tax Accountant'),

  // UK: people-management experience
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Joe,

Thanks for coming to see Hannah and me on Thursday about the Customer Insight Lead role - we both enjoyed the conversation and your thoughts on the churn work.

We've decided not to take things further. The team has grown to seven analysts and needs someone with people-management experience to lead it, and that's something you'd be doing for the first time. We've gone with a candidate who has managed a team before.

Best of luck,
Simon Aldridge
Head of Analytics, Fairmile Energy`, 'Customer Insight Lead'),

  // Take-home and tests: no detail / a score and a cut-off
  rej('assessment', ['assessment'], {},
    `Hi Aiden,

Thank you for completing the take-home exercise for the Frontend Engineer role. We know it takes a real chunk of your evening.

Our team has reviewed your submission, and unfortunately it didn't meet the bar we set for moving candidates forward, so we won't be progressing your application.

Thanks again,
Pixelridge Hiring Team`, 'Pixelridge - Frontend Engineer'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Sneha,

Thank you for attempting the online coding assessment for the Software Engineer – I role at Orbitra Labs.

You scored 140 out of 400; the qualifying score for the next round was 240. We are therefore unable to take your application forward in this hiring drive.

You are welcome to apply again after six months.

Regards,
Campus Hiring Team, Orbitra Labs`, 'Orbitra Labs - Coding Assessment Result'),

  // Ireland CRO: many strong applications, however a named domain
  rej('application', ['skills_gap'], { ...fb },
    `Dear Dr. Farouk,

Thank you for your application for the Clinical Data Manager position with Veridian CRO.

We received many strong applications for this role and the decision was a difficult one. However, we are looking for candidates with more experience in clinical trial data management, particularly EDC build and database lock, and so we will not be progressing your application.

Yours sincerely,
Talent Acquisition, Veridian CRO (Ireland) Ltd`, 'Clinical Data Manager'),

  // US: offered to someone whose experience aligned more closely
  rej('interview', ['profile_mismatch', 'position_filled'], {},
    `Hi Ashleigh,

Thank you for the conversations with Kristen and the regional team over the last two weeks.

We have offered the Territory Manager position to a candidate whose experience aligned more closely with the needs of the territory, and they've accepted. I wanted to let you know as soon as it was confirmed.

Best,
Cole Sanders
Regional Sales Director, Tri-County Agronomy`, 'Territory Manager'),

  // Singapore: office days and a language
  rej('interview', ['location', 'skills_gap'], { ...fb },
    `Dear Mr Rahman,

Thank you for meeting Ms Chua and me last week regarding the Supplier Quality Engineer position.

After consideration, we will not be offering you the role. The position needs someone who can be at our Jurong site four days a week, which you mentioned would be difficult from Johor Bahru, and the team also needs a Mandarin speaker to work with our suppliers in Shenzhen.

Thank you for your interest in Kestrel Precision.

Regards,
Jason Koh
Quality Manager, Kestrel Precision Pte Ltd`, 'Supplier Quality Engineer'),

  // Ashby: "a stronger fit for what the team needs"
  rej('application', ['profile_mismatch'], {},
    `Hi Paolo,

Thanks for applying to the Customer Success Manager role at Tallyfox.

After looking through everyone's applications, we've decided to move forward with candidates who are a stronger fit for what the team needs right now.

Thanks for your interest in Tallyfox.

- Tallyfox Recruiting

Sent via Ashby`, 'Tallyfox - Customer Success Manager'),

  // UK graduate programme: competition only
  rej('application', ['generic'], { ...door },
    `Dear Priyanka,

Thank you for your application for the Graduate Analyst programme at Halcyon Asset Management.

This year's intake has been highly competitive, and we received many more applications from qualified candidates than we have places. We regret that we are not able to offer you a place on this occasion.

We would encourage you to apply again for our future programmes.

Graduate Recruitment Team
Halcyon Asset Management`, 'Halcyon Graduate Analyst Programme 2025'),

  // South Africa: case study below standard, comments on request
  rej('assessment', ['assessment'], { ...offered },
    `Dear Kofi,

Thank you for submitting your case study for the Strategy Associate role at our Johannesburg office.

The assessors have reviewed it, and I'm sorry to say it did not reach the standard we set for progression to the next stage. If you'd like more detail, reply to this email within 14 days and we'll send you the assessors' comments.

Kind regards,
Recruitment, Brightwell Consulting`, 'Strategy Associate - case study outcome'),

  // Ireland: interview, then a modelling exercise with a named fault
  rej('interview', ['assessment'], { ...fb },
    `Dear Siobhan,

Thank you for your interview on Monday and for completing the financial modelling exercise afterwards.

The panel enjoyed meeting you. However, your model did not reconcile the balance sheet in the forecast years, which was the main thing the exercise was testing, and so we will not be offering you the Corporate Finance Analyst position.

Kind regards,
Deirdre Fahy
Finance Director, Corrib Foods`, 'Corporate Finance Analyst'),

  // India: five years of SAP FICO
  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr. Venkatesh,

Thank you for applying for the position of SAP FICO Consultant (Job Code: SFC-0412) with Anvaya Consulting.

We have reviewed your profile. As the requirement calls for a minimum of 5 years of hands-on SAP FICO implementation experience, we are unable to shortlist your profile for this position.

We wish you success in your career.

Warm regards,
Recruitment Team, Anvaya Consulting, Pune`, 'Application Status - SAP FICO Consultant'),

  // Nigeria: ICAN membership after an HR call
  rej('screen', ['skills_gap'], { ...fb },
    `Dear Mr. Eze,

Thank you for the phone conversation with our HR team on Tuesday regarding the Financial Reporting Manager role.

Following our review, we are unable to progress your application, as this role requires full membership of ICAN and you indicated that you are still completing your professional examinations.

We wish you success.

Yours faithfully,
HR Department, Niger Delta Agro Holdings Limited`, 'Financial Reporting Manager'),

  // South Africa: a Code 10 licence
  rej('application', ['skills_gap'], { ...fb },
    `Dear Sipho,

Thank you for your application for the position of Delivery Supervisor at our Germiston depot.

We regret to inform you that your application was unsuccessful, as the position requires a valid Code 10 (C1) driver's licence with a PrDP, which was not indicated on your CV.

Kind regards,
HR Department, Maluti Beverages`, 'Delivery Supervisor - Germiston'),

  // Australia school: "a more natural fit" / twin with nothing about fit
  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Ella,

Thanks so much for the time you spent with Georgia, Liam and me last week. We really appreciated hearing how you've grown the community program at your current school.

We've decided to go with another applicant whose background was a more natural fit for the team this year, so we won't be offering you the Year Level Coordinator role.

We'd love you to apply again when we advertise next term.

Warm regards,
Fiona McBride
Deputy Principal, Wattle Grove College`, 'Year Level Coordinator'),

  rej('interview', ['generic'], {},
    `Hi Ella,

Thanks so much for the time you spent with Georgia, Liam and me last week. We really appreciated hearing how you've grown the community program at your current school - it was clear how much the students mean to you.

We've decided to progress with another applicant, so we won't be offering you the Year Level Coordinator role.

Warm regards,
Fiona McBride
Deputy Principal, Wattle Grove College`, 'Year Level Coordinator'),

  // UK: overqualified
  rej('application', ['overqualified'], { ...fb },
    `Dear Graham,

Thank you for applying for the Warehouse Team Leader vacancy at Pennine Parcel.

Having read your CV, with fifteen years running regional distribution sites, we think this role would be a significant step down for you and are not going to take your application further. We don't want to bring someone in who would outgrow the job within weeks.

Best regards,
Ruth Cartwright
Site HR, Pennine Parcel`, 'Warehouse Team Leader'),

  // Canada: a salary figure
  rej('interview', ['salary'], { ...fb },
    `Hi Victoria,

Thank you for meeting with Andrew and me about the Senior UX Researcher role.

We've decided not to move forward. The salary you mentioned ($135,000) is well above the range we have approved for this position, and we weren't able to close that gap.

I appreciate your openness about it, and I wish you the best.

Regards,
Hailey Brooks
People Partner, Northshore Software`, 'Senior UX Researcher'),

  // Canada: work authorisation beside generic filler
  rej('application', ['location'], { ...fb },
    `Dear Arjun,

Thank you for your interest in the Junior Developer role at Maple Ledger.

We received many strong applications for this opening. This position is open only to candidates who are already legally entitled to work in Canada, and as we are not able to sponsor work permits and your application indicates you would need one, we are unable to move forward with your application.

Regards,
Maple Ledger Talent Team`, 'Junior Developer - Maple Ledger'),

  // US: working style
  rej('interview', ['culture_fit'], {},
    `Hi Trevor,

Thanks for spending time with our crew last week, and for coming out to the Boise shop.

We've talked it over as a team, and we don't think the way we work - small, loud, everybody on the tools and plans changing by the hour - is the right match for you. We'll be passing on you for the Production Lead role.

Thanks again,
Danny
Owner, Ridgeback Fabrication`, 'Production Lead'),

  // Ireland: filled internally
  rej('application', ['internal_candidate'], {},
    `Dear Aoife,

Thank you for your application for the Senior Payroll Administrator role.

We wanted to let you know that the position has been filled internally by a current member of staff, and we will therefore not be proceeding with external candidates.

Kind regards,
HR, Glenmore Retail Group`, 'Senior Payroll Administrator'),

  // UK council: panel, "a stronger fit for the post's requirements", feedback on request
  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Farah,

Thank you for meeting the panel on 3 June for the Programme Manager post.

The panel felt that other candidates' experience was a stronger fit for the post's requirements, and on this occasion you have not been successful. If you would like feedback, please contact me and I will arrange a call with the panel chair.

Yours sincerely,
Alison Grey
Recruitment Adviser, Thames Edge Borough Council`, 'Programme Manager - outcome'),

  // UK school: QTS
  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr Patel,

Thank you for applying for the post of Teacher of Science at Heathfield Academy.

Unfortunately, we are unable to shortlist you for interview, as the post requires Qualified Teacher Status and your application indicates that you are still working towards it.

We wish you every success with your training.

Yours sincerely,
Mrs J. Atkins
HR Officer, Heathfield Academy`, 'Teacher of Science'),

  // Ireland pharma: a named domain / twin with a closer match only
  rej('application', ['skills_gap'], { ...fb },
    `Dear Mark,

Thank you for your recent application for the Process Technician position at our Ringaskiddy facility.

We have reviewed your application against the requirements of the role. As the position requires at least two years of GMP experience in a sterile manufacturing environment, we will not be progressing your application further.

We appreciate your interest in Solara Biologics.

Kind regards,
Solara Biologics Talent Acquisition`, 'Process Technician - Ringaskiddy'),

  rej('application', ['profile_mismatch'], {},
    `Dear Mark,

Thank you for your recent application for the Process Technician position at our Ringaskiddy facility.

We have reviewed your application against the requirements of the role, and on this occasion we have chosen to progress applicants whose experience aligned more closely with them.

We appreciate your interest in Solara Biologics.

Kind regards,
Solara Biologics Talent Acquisition`, 'Process Technician - Ringaskiddy'),

  // UK graduate scheme: after an online test, competition only / a percentile under the benchmark
  rej('assessment', ['generic'], {},
    `Dear Candidate,

Thank you for completing the online assessment for the Kilnworth Graduate Programme 2025.

We had an exceptionally strong response this year and have decided to progress other applicants to the video stage. We will not be taking your application further.

Kilnworth Early Careers`, 'Kilnworth Graduate Programme - your application'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Megan,

Thank you for completing the numerical reasoning test for the Trainee Actuary scheme.

Your result placed you at the 38th percentile against our comparison group; the benchmark for progressing to the video interview is the 60th percentile. We are therefore unable to progress your application.

Kind regards,
Early Careers, Ashcombe Insurance`, 'Trainee Actuary - test result'),

  // US: "a very competitive process", however enterprise sales cycles
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Marcus,

Thank you for speaking with Julia and the sales leadership team last week. It was a very competitive process, and we met a number of talented people.

After consideration, we've decided not to move forward with your candidacy. We're looking for someone with more experience leading six-figure enterprise sales cycles, and we've chosen to prioritise that for this hire.

We appreciate your interest in Northlake Analytics.

Best,
Talent Team, Northlake Analytics`, 'Northlake Analytics - Account Executive'),

  // South Africa: final round, offered to a CFA charterholder
  rej('final', ['skills_gap', 'position_filled'], { ...fb },
    `Dear Naledi,

Thank you for attending the final round for the Portfolio Manager position last Wednesday and for presenting to our investment committee.

We have offered the position to a candidate who is a CFA charterholder, which the committee regarded as essential for the mandate, and the offer has been accepted.

We appreciate your interest in Bluegum Asset Managers.

Kind regards,
Pieter van der Merwe
Chief Investment Officer, Bluegum Asset Managers, Cape Town`, 'Portfolio Manager'),

  // US: a cancelled requisition
  rej('application', ['role_closed'], {},
    `Hi Tyler,

Thank you for applying for the Logistics Coordinator position at Summit Ridge Brewing.

We wanted to let you know that this requisition has been cancelled due to a change in business needs, and we will not be filling the role at this time.

Thanks again for your interest.

Summit Ridge Brewing People Team`, 'Logistics Coordinator - update'),

  // UK (Scotland): the panel, a strong field only
  rej('interview', ['generic'], {},
    `Dear Ms Harrington,

Thank you for meeting the panel for the Head of Finance role on 14 November.

It was an exceptionally strong field and the panel's decision was a close one. I am sorry to tell you that, on this occasion, you have not been successful.

Yours sincerely,
Gillian Fraser
Chief Executive, Lochside Housing Trust`, 'Head of Finance'),

  // Template-site letter: "better fit our current needs", resume on file
  rej('application', ['profile_mismatch'], { ...door },
    `Dear Ms. Bryant,

Thank you for applying for the Medical Receptionist position at Lakeshore Family Practice. We appreciate you taking the time to submit your application.

After reviewing all applications, we have decided to pursue applicants whose qualifications better fit our current needs.

We will keep your resume on file and contact you if a suitable opening arises.

Sincerely,
Angela Torres
Office Manager, Lakeshore Family Practice`, 'Medical Receptionist position'),

  // SmartRecruiters: nothing about fit
  rej('application', ['generic'], {},
    `Hi Kwame,

Thank you for your interest in the Warehouse Associate role at Volta Logistics.

We've reviewed your application and have decided not to move forward with it at this time. We truly appreciate the time you took to apply.

Best regards,
Volta Logistics Hiring Team

Powered by SmartRecruiters`, 'Your application to Volta Logistics'),

  // Nigeria: the size of team managed, a call offered
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Adaeze,

Thank you for your time with Emeka and me on Thursday for the Customer Experience Manager role.

We won't be moving forward with you for this one. The role leads a contact centre of about forty agents and we need someone who has already managed a team of at least ten, which was the main gap we saw. If you'd like to talk it through, I'm happy to do a short call next week.

Best,
Yetunde Bakare
Head of Operations, Kobo Mobile, Lagos`, 'Customer Experience Manager'),

  // Australia: registration and working rights
  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Mr Okonkwo,

Thank you for your application for the Registered Nurse – Aged Care position with Banksia Care.

Unfortunately, we are unable to progress your application. This role requires current AHPRA registration as a Registered Nurse and full Australian working rights, and your application indicates that you hold neither at this stage.

Kind regards,
Recruitment Team, Banksia Care`, 'Registered Nurse - Aged Care'),

  // A case study's results and others' closer experience
  rej('assessment', ['assessment', 'profile_mismatch'], {},
    `Dear Hamid,

Thank you for completing the written case study for the Policy Analyst role at the Centre for Urban Futures.

Taking into account the results of the case study and how closely other candidates' experience aligned with the role, we have decided not to progress your application to the panel stage.

Kind regards,
Operations, Centre for Urban Futures`, 'Policy Analyst - case study'),

  // Canada research institute: a selection committee, "a closer alignment"
  rej('interview', ['profile_mismatch'], {},
    `Dear Ms. Chen,

Thank you for meeting with our selection committee regarding the Research Coordinator position at the Institute.

The committee felt that other candidates demonstrated a closer alignment with the priorities of the role, and we will not be offering you the position.

Sincerely,
Dr. Paul Ferreira
Associate Director, Lakehead Institute for Health Research`, 'Research Coordinator'),

  // Nigeria: T24
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Mr. Adebayo,

Thank you for the conversation with our Head of Core Banking and the technology team last week.

We regret that we will not be proceeding with your application for the Core Banking Analyst role. The team needs someone with hands-on experience of Temenos T24 configuration, and this is an area the conversation showed you have not yet worked in.

We wish you the best in your career.

Yours faithfully,
Human Capital Management, Sterling Crest Microfinance Bank`, 'Core Banking Analyst'),

  // India: not shortlisted / profiles that more closely match
  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for your interest in the Associate – Business Analytics position at Kairos Analytics.

We regret to inform you that your profile has not been shortlisted for the next stage of the selection process.

Best wishes,
HR Team, Kairos Analytics`, 'Kairos Analytics - Application Update'),

  rej('application', ['profile_mismatch'], {},
    `Dear Candidate,

Thank you for your interest in the Associate – Business Analytics position at Kairos Analytics.

We have shortlisted profiles that more closely match the requirement, and we regret that yours is not among them at this time.

Best wishes,
HR Team, Kairos Analytics`, 'Kairos Analytics - Application Update'),

  // Canada: English and French
  rej('interview', ['skills_gap'], { ...fb },
    `Hello Ryan,

Thank you for coming in to meet our client services team in Ottawa last week.

We have decided not to proceed with your candidacy for the Client Services Representative role. Given the need for bilingual service in English and French with our federal clients, we have selected a candidate who meets that requirement.

Kind regards,
Isabelle Gagnon
Human Resources, Rideau Benefits Administration`, 'Client Services Representative'),

  // ── 3. Application-stage declines whose boilerplate names later steps
  rej('application', ['generic'], {},
    `Dear Hannah,

Thank you for applying for the Events Coordinator role at the Regency Theatre Trust.

We received over 200 applications. Candidates selected for interview have been contacted by telephone, and interviews will take place on 20 and 21 June. I am sorry to let you know that you have not been shortlisted on this occasion.

Thank you for your interest in the Trust.

Kind regards,
HR Team, Regency Theatre Trust`, 'Events Coordinator'),

  rej('application', ['generic'], {},
    `Hi Derek,

Thank you for your interest in the Head of Partnerships role at Evenmark.

To give you a sense of the process: after an initial conversation with our recruiter, shortlisted candidates meet the partnerships team, and our final round includes a presentation to the leadership team on a partnership strategy for one of our markets.

Having reviewed your application, we won't be moving you into that process. We appreciate the time you took to apply.

Best,
Evenmark Talent`, 'Evenmark - Head of Partnerships'),

  rej('application', ['profile_mismatch'], {},
    `Dear Lucy,

Thank you for your application to the Harrow & Dene 2025 Graduate Engineering Scheme.

We have now completed our application review. Successful candidates will be invited to one of our assessment centres, held at our Bristol office on the dates listed below:

• Tuesday 11 February
• Tuesday 18 February
• Tuesday 4 March

Unfortunately, on this occasion we have not been able to select you to attend, as other applicants more closely met the criteria for the scheme.

Good luck with your future career.

Graduate Recruitment, Harrow & Dene`, 'Harrow & Dene Graduate Engineering Scheme 2025'),

  rej('application', ['generic'], { ...door },
    `Hi Ezra,

Thanks so much for your interest in the Software Engineer, Platform role at Gridwise.

Our process usually includes a recruiter screen, a technical interview and a virtual onsite with four members of the team. We're a small company, so we can only take a limited number of people through it for each opening.

At this time, we've decided not to move forward with your application. We'd love for you to keep an eye on our careers page and apply again in the future.

All the best,
The Gridwise Team

Sent via Greenhouse`, 'Gridwise - Software Engineer, Platform'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying for the post of Junior Engineer (Civil) with Sahyadri Infrastructure Ltd.

Shortlisted candidates will be called for a written test, followed by technical and HR interviews at our Nashik office. We regret to inform you that your candidature has not been shortlisted for the written test.

Regards,
HR Department, Sahyadri Infrastructure Ltd.`, 'Junior Engineer (Civil) - Application Status'),

  rej('application', ['generic'], {},
    `Dear Fatima,

Thank you for your application for the Graduate Trainee Programme at Northgate Energy.

Successful candidates from the screening will proceed to an aptitude test and a panel interview in Abuja. We regret to inform you that your application was not successful at the screening stage.

We wish you the very best.

Talent Management Team
Northgate Energy Limited`, 'Graduate Trainee Programme 2025'),

  rej('application', ['profile_mismatch'], {},
    `Hi Kirra,

Thanks for applying for the Community Engagement Officer role with Riverina Shire Council.

The next stage of our process is a short phone screen with our talent team, followed by a panel with the hiring manager. After assessing all applications against the selection criteria, we won't be progressing you to those stages, as other applicants addressed the criteria more closely.

Kind regards,
People & Culture, Riverina Shire Council`, 'Community Engagement Officer'),

  rej('application', ['generic'], {},
    `Dear Eoin,

Competition: Clerical Officer – Ref. 24/118

Thank you for your application for the above competition.

The selection process for this competition comprises shortlisting, a first interview and a final interview. Following the shortlisting exercise, I regret to inform you that you have not been placed on the shortlist to proceed to the first interview.

Yours sincerely,
Recruitment Unit, Clonmore County Council`, 'Clerical Officer – Ref. 24/118'),

  rej('application', ['generic'], {},
    `Dear Ms Dlamini,

Post: Administration Clerk (Ref: 2024/063)

Thank you for your application. Shortlisted candidates will be subjected to a competency assessment, a practical computer test and an interview at the Pretoria office.

We regret to advise that you were not shortlisted for this post.

Regards,
Human Resource Management, Tshwane Water Board`, 'Administration Clerk (Ref: 2024/063)'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your interest in the Executive, Corporate Communications position with Harbourline Group.

Only shortlisted candidates have been invited to the interview stage, and we regret to inform you that your application was not shortlisted.

In line with our PDPA policy, your data will be retained for 12 months.

Regards,
Human Resources, Harbourline Group`, 'Executive, Corporate Communications'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Liam,

Thank you for your application for the Industrial Electrician position at Prairie Canola Processors.

Our interview process includes a behavioural interview with the maintenance supervisor and a hands-on skills test in our shop. However, as this position requires a Red Seal endorsement, which we did not see on your application, we won't be inviting you to take part.

Regards,
Human Resources, Prairie Canola Processors, Saskatoon`, 'Industrial Electrician'),

  rej('application', ['generic'], {},
    `Dear Jasmine,

Thank you for applying for the Senior Accountant position (R-77031) at Carrow Industries.

We have now completed interviews with the candidates shortlisted for this role. Your application was not among those selected to move forward.

We appreciate your interest in Carrow Industries.

Sincerely,
Carrow Industries Talent Acquisition`, 'Carrow Industries: Senior Accountant (R-77031)'),

  rej('application', ['profile_mismatch'], {},
    `Dear Kevin,

Thank you for your interest in the Business Systems Analyst position (Requisition 24000981).

We are now interviewing candidates whose qualifications more closely match the position, and we will not be considering your application further.

Sincerely,
Human Resources, Westbrook Mutual Insurance`, 'Requisition 24000981 - Business Systems Analyst'),

  rej('application', ['generic'], {},
    `Hi Sasha,

Thanks for applying to the Machine Learning Engineer role at Fathom Labs.

For this role we've invited a small group of applicants to complete a take-home project. After reviewing your application, we won't be including you in that group, so we're closing your application for this role.

Thanks again for your interest,
Fathom Labs Recruiting

Sent with Lever`, 'Fathom Labs - Machine Learning Engineer'),

  rej('application', ['profile_mismatch'], {},
    `Hi Grace,

Thanks for reaching out about the Content Lead job, and for the writing samples - they were a good read.

I'm only setting up calls with a handful of people for this round, and I'm not going to set one up with you. Others who applied have backgrounds that line up more closely with the role.

Good luck with the search,
Mark Ellison
Editor-in-Chief, Tidewater Review`, 'Re: Content Lead'),

  rej('application', ['generic'], { ...door },
    `Dear Dr Ahmed,

Lecturer in Computer Science (Ref: CS-4412)

Thank you for your application for the above post.

Interviews will be held on 14 May. Shortlisted candidates will be asked to give a ten-minute presentation on their research plans to the panel before the interview. I regret to tell you that you have not been shortlisted on this occasion.

We hope that this will not deter you from applying for future posts at the University.

Yours sincerely,
Human Resources, University of Westmarch`, 'Lecturer in Computer Science (Ref: CS-4412)'),

  rej('application', ['profile_mismatch'], {},
    `Your application for Management Analyst, GS-0343-12, Announcement FW-24-1156, has been reviewed.

Status: Not Referred

You were rated as qualified for this position, but you were not among the best-qualified candidates referred to the selecting official. Referred applicants may be contacted for an interview.

This notification is for your records. Please do not reply.`, 'Application Status Update: Management Analyst, FW-24-1156'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Student,

Thank you for registering for the Kavach Technologies campus drive at your institute.

The selection process comprises an online test, a technical interview and an HR interview. As per the eligibility criteria shared with the placement cell (minimum 60% aggregate in 10th, 12th and graduation, with no active backlogs), you have not been shortlisted for the online test.

Regards,
Campus Relations, Kavach Technologies`, 'Kavach Technologies Campus Drive - Shortlist'),

  rej('application', ['generic'], { ...door },
    `Hi Jack,

Thanks for applying to the Coral Bay Bank 2026 Graduate Program.

Successful applicants from this round will be invited to our virtual assessment centre in August, with offers made in September. We've carefully reviewed your application and won't be progressing you this year.

We'd encourage you to join our talent community to hear about future intakes and internship opportunities.

Kind regards,
Coral Bay Bank Early Talent`, 'Your Coral Bay Bank Graduate Program application'),

  rej('application', ['generic'], {},
    `Dear Fernando,

Thank you for applying for the Store Supervisor position at Lumen Pharmacy.

The next steps in our process include a phone interview and an in-person meeting with the store manager. We regret to inform you that we will not be moving you forward to these steps.

Best regards,
Lumen Pharmacy Recruitment

Powered by SmartRecruiters`, 'Store Supervisor - Lumen Pharmacy'),

  // ── 4. Look-alikes and paused processes
  other(`Hi Jordan,

Thanks for applying to the Staff Product Designer role at Orchard & Oak! We've received your application, and our team will review it over the next couple of weeks.

If your background looks like a fit, we'll be in touch to set up a first conversation with our recruiting team. Either way, we'll let you know.

Best,
Orchard & Oak Recruiting

Sent via Greenhouse`, 'Thanks for applying to Orchard & Oak'),

  other(`Hi Ciara,

Thanks for chatting with me on Tuesday. I shared my notes with Declan and the team, and they'd love to have you in to meet them at the Galway office.

It'll take about two hours: an hour with Declan and the product leads, then a session with two of our engineers. Could you let me know which of these suits?

• Wednesday 12th, 10:00
• Thursday 13th, 14:00

Looking forward to it,
Sinéad
Talent Partner, Brackwater Software`, 'Next step - meet the team in Galway'),

  other(`Hi Vikram,

Thanks for your interest in the Backend Engineer role at Tessaly.

As the next step, we'd like you to complete our online coding assessment. It takes about 90 minutes and covers two problems in the language of your choice. Your link expires in 7 days.

Start your assessment: https://assess.tessaly.example/invite/8f3k2

Good luck!
Tessaly Recruiting`, 'Tessaly - Online Coding Assessment'),

  other(`Dear Mr Ogunleye,

Following your conversations with the team, we are pleased to invite you to the final round for the Head of Treasury position.

This will be a panel with the Managing Director, the Chief Financial Officer and an independent board member, at our Ikoyi office on Tuesday, 9th September, at 11:00 am. Please prepare a 15-minute presentation on managing FX liquidity in the current environment.

Kindly confirm your availability by return mail.

Yours faithfully,
Human Resources, Palmgate Holdings Plc`, 'Invitation: Final Round - Head of Treasury'),

  other(`Dear Olivia,

Good news - your application for the Financial Analyst position (Job Requisition ID R-118204) has moved to the next stage of our hiring process.

A member of our talent acquisition team will contact you shortly to arrange next steps. You can follow the status of your application in your Candidate Home account.

Sincerely,
Bellmont Health Talent Acquisition

This email was sent from an unmonitored mailbox.`, 'Your application has moved forward'),

  other(`LinkedIn

Jobs similar to Senior Product Designer at Lanternfish

Product Designer, Platform
Harbor & Vale · New York, NY (Hybrid)
Actively recruiting

Senior UX Designer
Mintcastle · Remote
3 school alumni work here

Lead Product Designer
Brightpath Health · Boston, MA
Be an early applicant

See all jobs

You are receiving Job alert emails. Unsubscribe · Help`, 'Jordan, 24 new jobs for "senior product designer"'),

  other(`SEEK

New jobs for: Business Analyst in All Melbourne VIC

Senior Business Analyst
Yarra Civic Solutions · Melbourne CBD
$130,000 – $145,000 + super
Listed 2d ago

Business Analyst – Data Programs
Southgate Insurance · Docklands
Listed 1d ago

View all 18 new jobs

You're receiving this email because you saved a search on SEEK. Manage alerts`, '18 new Business Analyst jobs in All Melbourne VIC'),

  other(`Dear Rohit,

Your application for Inside Sales Manager at Dhanvi Fintech has been viewed by the recruiter.

Recruiters who view your profile may contact you for the next steps. Keep your profile updated to improve your chances.

Similar jobs you may like:
- Sales Manager, Inside Sales · Gurugram · 6-10 yrs
- Key Account Manager · Noida · 5-8 yrs

Regards,
Team JobsJunction`, 'Your application was viewed by Dhanvi Fintech'),

  other(`Hi Samir,

Thanks again for speaking with Ana and the team on Monday. Just a quick note to say we're still finishing conversations with a couple of other people, and I expect to get back to you by Friday with a decision.

Thanks for your patience!

Claire
Recruiting, Lanternfish`, 'Quick update'),

  other(`Hi Aisha,

Great to speak earlier. As agreed, I've sent your CV across to Thornbury Housing for the Neighbourhood Manager role, with a note about your regeneration work.

They're aiming to do first interviews the week after next, so I'll let you know as soon as I hear anything.

Thanks,
Kieran
Kieran Walsh | Meridian Recruitment`, "You're submitted - Thornbury Housing"),

  other(`Dear Lucy,

Congratulations on being invited to the Harrow & Dene assessment centre.

Date: Tuesday 18 February
Time: 08:45 arrival for a 09:00 start; the day finishes by 16:30
Venue: Harrow & Dene, Temple Quay, Bristol

The day includes a group exercise, a technical problem-solving task and a conversation with two of our engineers. Please bring photo ID and your original degree certificate. Reasonable travel expenses will be reimbursed.

Graduate Recruitment, Harrow & Dene`, 'Assessment Centre - joining instructions'),

  other(`Dear Thabo,

Following the final round and your conversations with our exco, I am delighted to confirm our offer of the position of Group Reporting Manager at Umkhonto Logistics, at a total cost to company of R1,450,000 per annum.

The formal offer letter and contract are attached. Please let me know if you have any questions, and kindly sign and return them by Friday, 28 March.

Warm regards,
Lerato Mokoena
Head: Talent, Umkhonto Logistics`, 'Offer of Employment - Group Reporting Manager'),

  other(`Hi Owen,

Thanks again for your visit to the distribution centre on Monday. The team would like to move ahead, and the next step is references.

Could you send me the names, roles and contact details of two people who have managed you in the last five years? We'll only contact them after letting you know.

Best,
Farah Siddiqui
HR Generalist, Northway Grocers`, 'References - Shift Supervisor'),

  other(`Hi Noor,

Thanks for your time on the intro call with Ben! The team would love to continue with a systems session.

Please pick a 60-minute slot that works for you using the link below; the times are shown in your local time zone.

https://jobs.ashbyhq.example/fennix/schedule/4c1e

Best,
Ravi
Talent, Fennix`, 'Fennix - schedule your systems session'),

  other(`Dear Mr Tan,

Welcome to the Strait Capital Bank Talent Community.

As a member, you will receive our quarterly newsletter with stories from our teams across the region, invitations to virtual career events and alerts for roles that match the interests you selected.

You can update your preferences or leave the community at any time from your profile.

Talent Acquisition, Strait Capital Bank`, 'Welcome to our Talent Community'),

  other(`Hi Rahul,

Thanks for letting us know that you've accepted another offer. I've withdrawn your application for the Staff Site Reliability Engineer role, as you asked.

Congratulations on the new job, and I hope our paths cross again.

Best,
Jess Alvarez
Technical Recruiter, Corvane`, 'Re: Withdrawing my application'),

  other(`Dear Kayla,

Congratulations on your conditional offer for the RN – Progressive Care position at St. Brigid Regional Medical Center.

To complete your background check, please click the link below to review the disclosure and sign the authorization within 3 business days. The check usually takes 5 to 7 business days.

Authorize background check: https://screening.example/auth/c77b1

Human Resources, St. Brigid Regional Medical Center`, 'Action required: background check authorization'),

  other(`Dear Jamal,

Thank you for your interest in Redline Elevator Company.

Your application for Field Service Technician (Req #24-1187) is currently under review by the hiring team. There is no action needed from you at this time.

Sincerely,
Redline Elevator Company Recruiting

To unsubscribe from these emails, click here.`, 'Application status: under review'),

  other(`Dear Applicant,

Thank you for applying for the Executive, Corporate Communications position with Harbourline Group. We have received your application.

Due to the large number of applications, only shortlisted candidates will be contacted. If you have not heard from us within four weeks, please take it that your application has not been successful this time.

Regards,
Human Resources, Harbourline Group`, 'Application received - Executive, Corporate Communications'),

  other(`Dear Fatima,

Congratulations! You have been shortlisted for the aptitude test for the Northgate Energy Graduate Trainee Programme.

Date: Saturday, 12th October
Time: 9:00 am prompt
Venue: Northgate Learning Centre, Plot 14, Central Business District, Abuja

Please come with a valid means of identification, your NYSC discharge certificate and a printed copy of this email.

Talent Management Team
Northgate Energy Limited`, 'Invitation to Aptitude Test - Graduate Trainee Programme'),

  hold('interview', ['role_closed'], {},
    `Hi Natalie,

Thank you again for your time with Raj, Carla and me a couple of weeks ago. I owe you an update.

The company has put a freeze on all new hires until our Series C closes, and that includes the Senior Scientist role. We haven't made a decision on any candidate, and you're still very much in the running. I expect to know more by the end of next month and will be in touch as soon as I can restart the process.

Best wishes,
Helen
Dr. Helen Yoon, Calyx Therapeutics`, 'Senior Scientist - an update'),

  hold('screen', ['generic'], {},
    `Hi Joe,

Thanks again for the call last week. A quick heads-up: Simon, the hiring manager for the Customer Insight Lead role, is on unexpected leave for the next three weeks, so we're holding off on booking interviews until he's back.

Nothing has changed on our side and your application is still live. I'll be in touch with dates as soon as I can.

Cheers,
Priya
Talent Partner, Fairmile Energy`, 'Customer Insight Lead - quick update'),

  hold('application', ['role_closed'], {},
    `Hi Kirra,

Thanks for your application for the Policy Officer role with Riverina Shire Council.

Council has announced a review of the organisational structure of the Community Services directorate, and recruitment to this position is paused until the review is finished, which we expect in about eight weeks. Your application remains active and will be assessed when recruitment resumes.

Kind regards,
People & Culture, Riverina Shire Council`, 'Policy Officer - recruitment paused'),

  hold('final', ['role_closed'], {},
    `Dear Ms Goh,

Thank you for your patience since the last round with Mr Daniel Ho.

I wanted to let you know that the hiring for the Category Manager, APAC position is on hold while headcount for the new financial year is approved. No decision has been made, and you remain one of our final candidates. We expect to be able to update you in April.

Best regards,
Human Resources
Meridian Foods Asia Pte Ltd`, 'Category Manager, APAC - status'),

  hold('interview', ['role_closed'], {},
    `Dear Chinedu,

Thank you for meeting with our team at the Victoria Island office last month regarding the Treasury Sales Officer role.

Please be informed that management is currently reviewing the bank's staffing plan for the year, and the recruitment exercise for this role has been put on hold pending the outcome of that review. You remain under consideration, and we will contact you once the process resumes.

Yours faithfully,
Human Resources Department
Crestline Bank Plc, Lagos`, 'Treasury Sales Officer - update'),
];
