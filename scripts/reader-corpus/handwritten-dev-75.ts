/**
 * Development messages of the seventy-fifth round, never sealed: banks, consulting, audit and law firms.
 * Rejections, paused processes and look-alikes from the selection of professional-services and finance firms, for
 * interns, graduates and experienced hires: investment banks, asset managers, insurers, the Big Four and mid-tier audit
 * and tax firms, strategy consultancies, law firms (vacation schemes, training contracts, pupillage, summer
 * associates), actuarial programmes, corporate-finance boutiques and recruitment agencies. Their own steps and words:
 * the online form with motivational questions, reasoning tests and game-based assessments, recorded video interviews,
 * first-round and case interviews, written and in-tray exercises, assessment centres, superdays, partner interviews,
 * the end of a vacation scheme; "the intake is full", "the applications window", "rolling recruitment".
 *
 * Labelling choices held throughout (LABELS.md and the corpus conventions): the application form and its written
 * questions are no test (stage `application`); a first call with graduate recruitment is `screen`; reasoning tests, a
 * game, a recorded video interview with no live interview after it, or a written exercise are `assessment`; first-round,
 * competency and case interviews are `interview`; an assessment centre, a superday, a final partner interview and the
 * end of a vacation scheme are `final`. A named part of a test or a score given is feedback; a result told only as below
 * the bar is not. A full intake is `position_filled`. British, American, Indian, Australian, Canadian, Irish, Nigerian,
 * South African, Singaporean and second-language English. For development only.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d75-');

export const HANDWRITTEN_DEV_75: readonly CorpusLine[] = [
  // ── Application stage
  rej('application', ['generic'], {},
    `Dear Priya,

Thank you for your application to the 2027 Global Markets Summer Analyst Programme at Harcourt Lyle.

We have now reviewed your online application, including your answers to the motivational questions. Regrettably, we are unable to offer you a place in the next stage of our process.

We received a very large number of applications this year and the decision was a difficult one.

Kind regards,
Campus Recruitment EMEA
Harcourt Lyle & Co.

This mailbox is not monitored. Harcourt Lyle is an equal opportunity employer.`, 'Your application - Summer Analyst 2027 (Ref HL-SA-88412)'),

  rej('application', ['generic'], { ...door },
    `Hi Tom,

Thanks so much for your interest in the Brackwell Audit Graduate Scheme. Having looked through your application, we won't be progressing it further this time round.

That said, please do keep an eye on our careers page — our applications window for the September 2028 intake opens in October and we'd genuinely welcome an application from you then.

All the best,
Ellie Marchant
Graduate Recruitment Advisor | Brackwell Partners LLP`, 'Brackwell Audit Graduate Scheme'),

  rej('application', ['profile_mismatch'], {},
    `Dear Candidate

Re: Vacation Scheme 2027 - Ashdown Fenner LLP

Thank you for applying for a place on our summer vacation scheme. Each application is read by a member of the graduate recruitment team and a trainee or associate.

On this occasion we have decided not to invite you to the next stage. Competition was strong and we have prioritised applicants whose answers most convincingly showed why they want to build a career at this firm in particular.

Yours faithfully

Graduate Recruitment Team
Ashdown Fenner LLP
Ashdown Fenner LLP is a limited liability partnership registered in England and Wales.`, 'Vacation Scheme 2027 - outcome'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr Adeyemi,

Thank you for applying for a training contract commencing in 2029.

Our published entry criteria ask for a minimum of AAB at A-level (or equivalent) and a 2:1 degree, predicted or achieved. From the details you gave us, your predicted classification is a 2:2, so we are unable to take your application further.

We know this is disappointing news.

Regards,
Trainee Recruitment
Kessingham Rowe`, 'Training contract application'),

  rej('application', ['generic'], {},
    `unfortunately we will not be taking your application for the insight week forward. thanks for applying - Marlow Street Capital early careers

Sent from my iPhone`),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Jun Wei,

Thanks for applying to the Investment Banking Analyst role in our New York office.

I'm sorry to say we can't move forward. This program isn't able to sponsor employment visas, and your application indicates you would need H-1B sponsorship to start in July. That's a firm-wide policy for this class rather than anything about your background.

If you're open to our Singapore office, their analyst class recruits in the spring and does hire without that restriction — I'd encourage you to apply there.

Best,
Dana Whitfield
Campus Recruiting, Americas
Pell Brothers Harriman`, 'Pell Brothers Harriman - IB Analyst application'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Reference: AR-2027-004913
Programme: Actuarial Graduate Programme (Life & Pensions)

We regret to inform you that your application has not been successful. Due to the volume of applications received, we are unable to provide individual feedback at this stage.

Thank you for your interest in Thornbury Mutual.

Thornbury Mutual Assurance Society | Talent Acquisition
Please do not reply to this email.`, 'Application outcome AR-2027-004913'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Aoife,

Many thanks for your application to join Dunleary Murtagh as a Trainee Solicitor.

We have considered it carefully against the others we received. I am sorry to say that on this occasion others set out more compellingly the fit between their experience and our practice, and we will not be inviting you to interview.

We would be happy to receive an application from you in a future recruitment round.

Is mise le meas,
Orla Keneally
HR Manager, Trainee Recruitment
Dunleary Murtagh Solicitors, Dublin 2`, 'Trainee Solicitor Programme'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hello Marcus,

Thank you for your interest in the Graduate Tax Associate role with Kinross Ledger.

Having read your CV, you already have four years in a tax advisory role and are part-way through the CTA. The graduate scheme is designed for people at the very start of their careers, so it would not be the right level for you — you would be covering ground you already know.

Our experienced hires team are recruiting Tax Seniors in Leeds and Manchester and I've passed your details across; someone from that team may be in touch.

Kind regards,
Fern Haddow
Early Careers Recruiter`, 'Graduate Tax Associate'),

  rej('application', ['generic'], {},
    `Dear Chidinma,

Thank you for your application for the 2027 Graduate Trainee Programme at Aderibigbe & Partners.

Following a thorough review, we regret to inform you that you have not been shortlisted for the next stage of the selection process.

We wish you success in your career pursuits.

Yours sincerely,
For: Head, Human Capital
Aderibigbe & Partners (Chartered Accountants), Victoria Island, Lagos`, 'RE: APPLICATION FOR GRADUATE TRAINEE PROGRAMME 2027'),

  rej('application', ['position_filled'], { ...door },
    `Hi Sam,

Thank you for applying to the Spring Insight Programme at Oakhurst Asset Management.

We recruit on a rolling basis, and we have now reached capacity for this year's programme, so we are unable to consider your application further. This is simply down to timing.

Our summer internship opens in September, and we'd be glad to see your application then.

Best wishes,
Early Careers Team
Oakhurst Asset Management`, 'Spring Insight Programme - update'),

  rej('application', ['generic'], {},
    `Dear Rohan,

Thank you for your interest in the Risk Advisory Analyst position at Verity Carrow Consulting, Bengaluru.

We have carefully gone through your profile and regret to inform you that we will not be able to take your candidature ahead.

Thanks & Regards,
Talent Acquisition Team
Verity Carrow Consulting India Pvt. Ltd.

DISCLAIMER: This e-mail and any attachment are confidential and intended only for the addressee.`, 'Your application for Risk Advisory Analyst'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Ms. Fontaine,

Thank you for your application for the Associate, Credit Research position.

The role requires candidates to have passed CFA Level II at the time of joining, as the team's coverage model depends on it. As your application indicates you are registered for Level I, we will not take your application further for this position.

Sincerely,
Gérard Lemaire
Human Resources, Banque Valmont Montréal`, 'Associate, Credit Research - Banque Valmont'),

  rej('application', ['generic'], { ...door },
    `Hey Lwazi,

Thanks for putting in an application for the Tuks campus intake. Unfortunately it wasn't successful this year.

Please don't let this put you off - lots of our current trainees applied more than once. The window for the 2028 intake opens in February.

Cheers,
Nomsa Dlamini
Graduate Recruitment | Mthembu Kruger Inc. (Registered Auditors)
Johannesburg`, 'SAICA Trainee Programme 2027'),

  rej('application', ['culture_fit'], { ...fb },
    `Dear Felix,

Thank you for your application for the Associate role in our Munich office.

We read your written answers with interest. You describe a preference for working independently on long solo research projects, and you say you would rather avoid client-facing work in the first years. Our associates spend most of their time in small client teams, on site, and we believe the day-to-day would not suit the way you like to work.

For this reason we will not invite you to the interviews.

Best regards,
Recruiting Team Germany
Stellwerk Strategy Partners`, 'Your application at Stellwerk Strategy Partners'),

  rej('application', ['generic'], {},
    `Thank you for applying to Summer Associate Program, Wexley Crane & Mortimer LLP.

After careful consideration of your materials, we are unable to extend an invitation to interview at this time. We appreciate your interest in the firm and wish you well in your legal career.

Legal Recruiting
Wexley Crane & Mortimer LLP | 1200 Avenue of the Americas, New York, NY
This email may contain privileged and confidential information.`, 'Wexley Crane & Mortimer - Summer Program'),

  rej('application', ['role_closed'], { ...door },
    `Dear Hannah,

I am writing about your application for the Graduate Programme in our Restructuring practice.

Following a review of our graduate hiring plans, we have withdrawn the Restructuring stream for the 2027 intake and will not be filling it. All applications to that stream have therefore been closed, including yours.

I'm sorry for the inconvenience after the time you spent on the form. Our Audit and Tax streams remain open for 2027 and you would be very welcome to apply to either.

Regards,
Ross McAllister
Campus Recruitment Lead, Glasgow
Aitken Strachan`, 'Update on your application'),

  rej('application', ['profile_mismatch', 'skills_gap'], { ...fb },
    `Hi Arjun,

Thanks for applying for the Equity Research Associate role covering the Indian banks.

We were looking for someone with at least two years of sell-side or buy-side coverage of financials and a working knowledge of Indian banking regulation. Your background is strong in software but we didn't see the sector exposure we need, and we've gone with candidates closer to the brief.

Regards,
Meera Iyer
Talent Partner, Saraswat Kapoor Securities, Mumbai`, 'Equity Research Associate - BFSI'),

  rej('application', ['generic'], {},
    `Dear Olivia,

Pupillage 2028 - Chambers of Eleanor Whitcombe KC, 4 Brampton Court

Thank you for applying to us through the Pupillage Gateway. The Pupillage Committee has now considered all applications, and I regret to tell you that you have not been selected for a first-round interview.

We received over 400 applications for two pupillages. We are unable to provide feedback on paper applications.

Yours sincerely,
Jonathan Ferris
Secretary to the Pupillage Committee`, 'Pupillage 2028 - 4 Brampton Court'),

  rej('application', ['generic'], { ...door },
    `Hi Ben,

We've had a look at your application for the Technology Consulting internship and unfortunately it won't be going through to the next round this year.

We'd love to hear from you again though — keep an eye out for the 2028 window.

Grad Recruitment | Larkspur Digital Advisory, Sydney
Larkspur acknowledges the Traditional Custodians of the land on which we work.`, 'Technology Consulting Internship'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Guten Tag Frau Novak,

thank you for your application for Audit Associate in Vienna. For this position fluent German (C1 or above) is a requirement because of our client base, and in your form you indicate B1. Therefore we can not continue with your application at this moment.

When your German reaches this level you are very welcome to apply again.

Mit freundlichen Grüßen
Katharina Leitner
Recruiting Austria, Hollstein Revision GmbH`, 'Bewerbung Audit Associate / application'),

  rej('application', ['generic'], {},
    `Dear Wei Ling,

Thank you for your interest in the Management Associate Programme at Straits Meridian Bank.

We have reviewed your application and regret that we will not be progressing it. Please note that due to the high volume of applications, individual feedback cannot be provided.

Best regards,
Group Human Resources
Straits Meridian Bank Limited, Singapore
Please do not reply to this auto-generated email.`, 'Management Associate Programme 2027'),

  rej('application', ['profile_mismatch'], {},
    `Dear James,

Thanks for applying to the Corporate Finance Analyst role at Halyard Burne.

We're a small team and we look hard at every CV. On balance we felt your experience didn't line up closely enough with what this seat needs, and we've decided not to take things further.

Good luck with the search.

Nick Halyard
Partner, Halyard Burne Corporate Finance`, 'Analyst role'),

  rej('application', ['position_filled'], {},
    `Dear Ms Mahlangu,

Thank you for your application for our 2027 Articled Clerk programme.

We regret to advise that all articles for 2027 have now been allocated and the programme is full. Your application will therefore not be considered further.

Kind regards,
HR Department
Bosman Naidoo Attorneys, Cape Town`, 'Articles 2027'),

  rej('application', ['generic'], { ...door },
    `Hello Kenji,

Thanks for your application for the Summer Internship in Investment Operations. I'm afraid it hasn't gone through this time.

We know a lot of work goes into these forms, and we appreciate it. You're welcome to try for the programme again next year.

Take care,
The Early Talent team at Wrenfield Investors`),

  rej('application', ['generic'], { ...door },
    `Dear Candidate,

Thank you for your interest in the 2027 Insurance Graduate Programme at Corran Re.

Your application has been reviewed and we are sorry to let you know that it has not been successful. We would encourage you to apply to next year's programme.

Corran Re Graduate Recruitment

---
Privacy: we retain applicant data for 12 months. To request deletion, contact privacy@corranre.example.`, 'Corran Re Graduate Programme'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Niamh,

Thanks for your application for the Experienced Consultant role in People Advisory.

We've now reviewed it alongside the rest of the shortlist pool. You weren't far off, but the people we're putting forward are closer to what the role needs, so we won't take yours forward this time.

I'll keep your details on our system and will reach out if a role comes up that's a closer match.

Regards,
Ciara Doyle
Talent Acquisition, Quill & Hartigan Consulting`, 'People Advisory - Experienced Consultant'),

  rej('application', ['generic'], {},
    `<p>Dear Applicant,</p><p>Thank you for applying to <b>Fairhaven Capital's</b> Analyst Program. After reviewing your application, we have decided not to move forward.</p><p>Regards,<br>Fairhaven Capital Recruiting</p>`, 'Fairhaven Capital Analyst Program'),

  rej('application', ['internal_candidate'], {},
    `Dear Sofia,

Thank you for applying for the Senior Associate, Transfer Pricing position.

We have decided to fill this role through an internal move from our Rotterdam office, so the external process has ended and we won't take your application further.

Kind regards,
Lotte van Dijk
Recruitment, Brouwer & Klaassen Tax Advisers`, 'Senior Associate, Transfer Pricing'),

  rej('application', ['generic'], { ...door },
    `Dear Emeka,

We write to acknowledge your application for the Graduate Analyst role and to inform you that after careful review, you were not successful on this occasion. Your details shall be retained in our database and you may be contacted should a suitable opening arise.

Warm regards,
Recruitment Unit, Ikeja Meridian Capital Limited`, 'Graduate Analyst - Outcome'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Jamie,

Thank you for applying for the Actuarial Analyst (Pensions) role.

This role is for students who have passed at least three IFoA exams (CS1, CM1 and CB2 or equivalent). Your application shows one exam passed, so we cannot take it forward at this point.

Regards,
Recruitment, Pemberton Drake Actuaries`, 'Actuarial Analyst (Pensions)'),

  rej('application', ['generic'], {},
    `hi there, just letting you know the firm has decided not to progress your application for the paralegal role. best of luck. - sent on behalf of Greaves Okoro LLP by Harlow Legal Recruitment`),

  rej('application', ['role_closed'], { ...door },
    `Dear Ananya,

Thank you for applying to the Off-cycle Internship in Leveraged Finance at Coldharbour Bank.

The business has decided not to run an off-cycle intake this winter, and the role has been taken down. We won't be able to proceed with your application.

We hope you'll consider applying to our Summer Internship when applications reopen.

Best wishes,
Coldharbour Bank Campus Recruitment`, 'Off-cycle Internship - Leveraged Finance'),

  rej('application', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Grace,

Thanks for your application to join our Deal Advisory team as an Assistant Manager.

We've reviewed your CV against the role. While you have a good audit background, we're looking for profiles with transaction services exposure, and others on the shortlist are a better match for where the team is right now.

Best regards,
Talent Acquisition, Carver Lisle Advisory (Melbourne)`, 'Assistant Manager, Deal Advisory'),

  // ── Screen stage
  rej('screen', ['generic'], {},
    `Hi Oliver,

Thank you for taking the time to speak with me on Thursday about the Graduate Audit scheme. I enjoyed hearing about your year abroad.

Following our call, I'm sorry to let you know we won't be inviting you to the assessment centre.

Best wishes,
Harriet Poole
Graduate Recruitment, Tennant Bishop LLP`, 'Following our call'),

  rej('screen', ['profile_mismatch'], { ...offered },
    `Dear Ifeoma,

Thank you for the phone interview last week for our Investment Management graduate programme.

We've now completed the first round of calls and will not be progressing your application. Having spoken with you, we felt other candidates showed a closer fit with what the programme is looking for.

If it would help, I'm happy to arrange a short call to talk you through our thinking — just reply to this email.

Kind regards,
Tobi Akande
Emerging Talent, Lagoon Crest Asset Managers`, 'Phone interview - Investment Management Graduate Programme'),

  rej('screen', ['location'], { ...fb },
    `Hi Daniel,

Thanks for chatting with me yesterday. As we discussed, the Associate role is based in our Calgary office four days a week, and you mentioned you're only looking at fully remote positions from Halifax. Given that, we won't be moving forward with your candidacy for this one.

All the best,
Priya Sandhu
Senior Recruiter, Northbank Financial Partners`, 'Associate, Financial Planning & Analysis'),

  rej('screen', ['generic'], { ...door },
    `Dear Chloé,

Merci for the call with our recruitment team on Monday regarding the Strategy Analyst internship.

We are sorry to tell you that we will not proceed further with your application for this season. We hope you will apply to our next internship campaign in the autumn.

Best regards,
Recruitment Team, Maison Dufresne Conseil, Paris`, 'Strategy Analyst internship - Maison Dufresne'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Liam,

Thanks for the screening call on Tuesday for the Senior Auditor position.

Unfortunately the hiring team need someone who is already ACA or ACCA qualified, and from our call it sounds like you have four papers left. That's the reason we won't progress you at this stage.

Kind regards,
Rachel Outram
Recruitment Consultant, Ledgerline Recruitment (on behalf of our client)`, 'Senior Auditor - client feedback'),

  rej('screen', ['generic'], { ...door },
    `Dear Vikram,

Thank you for the telephonic discussion with our HR team regarding the Management Trainee - Treasury opening.

We wish to inform you that we will not be moving ahead with your candidature at this point in time. Kindly stay connected; we will reach out to you for future openings matching your profile.

Regards,
HR Desk, Ashoka Capital Markets Ltd.`, 'Management Trainee - Treasury'),

  rej('screen', ['salary', 'profile_mismatch'], { ...fb },
    `Hi Rebecca,

Thanks again for the quick intro call. I've spoken with the hiring partner about the Senior Manager role.

Two things came up. Your expected base of 145k is well above the band for this position, and they felt your background leans more towards internal audit than the external advisory work this team does. So they've decided not to take it further.

Sorry it's not better news.

Megan Holt
Executive Search, Holt & Winter`, 'Senior Manager - update'),

  rej('screen', ['position_filled', 'profile_mismatch'], {},
    `Dear Thandiwe,

Thank you for speaking to us in the short telephone interview for the Graduate Programme. All places on the 2027 programme have since been taken up, and the candidates appointed were better aligned with what we were looking for. We regret that your application has been unsuccessful.

Kind regards,
Zulu Pretorius Chartered Accountants`),

  // ── Other (part 1)
  other(`Dear Mehak,

Thank you for submitting your application to the Aldgate Pryce 2027 Investment Banking Summer Analyst Programme.

Your reference number is AP-IB-90233. Please quote it in any correspondence.

We review applications on a rolling basis, so some candidates hear from us sooner than others. We appreciate your patience and will be in touch once a decision about the next stage has been made.

Campus Recruitment EMEA
This is an automated message. Please do not reply.`, 'Application received - AP-IB-90233'),

  other(`Dear Tomasz,

Thank you for applying to the Graduate Audit Programme at Moreton Seale.

As the next step, we'd like you to complete our online assessments: a situational judgement test and a numerical reasoning test. They take around 50 minutes together.

Please complete them by 23:59 on 14 November. Unfortunately we are unable to extend this deadline.

Complete your assessments: https://assess.moretonseale.example/start?c=8843

Good luck!
Graduate Recruitment, Moreton Seale`, 'Next step: online assessments'),

  other(`Hi Ruth,

A quick reminder that your recorded video interview for the Consulting Analyst programme is still outstanding. The link expires in 48 hours.

If you've had technical issues, please let us know and we'll be happy to help.

Regards,
Recruitment Team, Ingram Stoke Consulting`, 'Reminder: video interview'),

  other(`Dear Bisola,

Congratulations — you have progressed to the next stage of our selection process for the Global Markets Graduate Programme.

We would like to invite you to a first-round interview with two members of the desk. Please choose a slot in the scheduling portal by Friday.

Best regards,
Graduate Recruitment, Marina Lekki Bank`, 'You have progressed to the next stage'),

  other(`Dear Joshua,

Assessment Centre - Wednesday 2 December, 8:45am, Quenby Marsh, 14 Cannon Wharf, London

Thank you for confirming your place. Please bring photo ID. The day includes a group exercise, a written case study and a partner interview, finishing around 4pm. Lunch will be provided; please tell us of any dietary requirements.

Unfortunately we are not able to reimburse travel by taxi, but standard-class rail fares will be refunded.

We look forward to meeting you.
Graduate Recruitment`, 'Assessment Centre logistics - 2 December'),

  other(`Hi Vivek,

Here's the agenda for Friday's superday (Investment Banking, Summer Analyst):

8:00 Arrive, 40th floor reception
8:30 Interview 1 - VP, M&A
9:15 Interview 2 - Associate, technicals
10:00 Case discussion with an MD
11:00 Wrap-up with Campus Recruiting

Dress is business formal. We'll be in touch within a week of the day with an outcome.

Best,
Campus Recruiting, Corbel Hart`, 'Superday agenda - Friday'),

  other(`Dear Ms Okonjo,

Offer of a Training Contract

I am delighted to confirm, on behalf of the partners of Pendry Wakefield LLP, our offer of a training contract commencing in September 2029, subject to the conditions in the enclosed letter.

Please confirm your acceptance within four weeks.

Yours sincerely,
Lucinda Ashe
Graduate Recruitment Partner`, 'Offer of a Training Contract'),

  rej('application', ['generic'], {},
    `Dear Sarah,

Thank you for your application for the Summer Vacation Scheme at Redmayne Sallis. We have read it with care.

I'm sorry to let you know that we are unable to offer you a place this year. Our decisions were made on the strength of the written application alone.

With best wishes,
Graduate Recruitment | Redmayne Sallis LLP`, 'Summer Vacation Scheme'),
  // ── Assessment stage
  rej('assessment', ['assessment'], {},
    `Dear Tomasz,

Thank you for completing the online assessments for the Graduate Audit Programme.

We have now reviewed your results and, unfortunately, on this occasion you did not meet the required standard to progress to the next stage of our process.

Kind regards,
Graduate Recruitment, Fenwick Albright
Please do not reply to this email.`, 'Your online assessment results'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Aisha,

Thanks for sitting our reasoning tests for the Risk Graduate Programme.

Your verbal reasoning result was strong, but your numerical reasoning score (38th percentile against our graduate norm group) was below the level we need for this programme, which leans heavily on data work. As a result we can't take your application further this year.

You're welcome to reapply after twelve months.

Best wishes,
Early Careers, Sterling Vane Insurance`, 'Risk Graduate Programme - test results'),

  rej('assessment', ['generic'], {},
    `Dear Mohammed,

Thank you for completing the recorded video interview for the Consulting Analyst programme.

Our team has reviewed your responses carefully. We regret to inform you that we will not be moving forward with your application.

Best regards,
Recruitment Team, Baird Hollis Consulting`, 'Consulting Analyst - video interview outcome'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Eleanor,

Thank you for completing the written exercise as part of your application for a training contract.

The exercise was marked by two associates. While your summary of the client's position was accurate, your advice did not address the limitation point raised in the file, and the letter to the client was considerably over the word limit. Taken together, the mark fell below what we need to invite you to the assessment day.

Kind regards,
Graduate Recruitment, Fairlie Hanbury LLP`, 'Training contract - written exercise'),

  rej('assessment', ['assessment'], { ...door },
    `hey Jordan — thanks for playing through our game-based assessment for the Analyst program. unfortunately your results didn't clear the bar to move forward this cycle. we'd love to see you apply again next year.

— Team Early Careers, Brightwater Capital`),

  rej('assessment', ['profile_mismatch'], { ...offered },
    `Dear Nadia,

Thank you for completing the HireVue interview for our Tax graduate programme.

Having reviewed your recorded answers, we have decided not to progress your application. Other candidates demonstrated a stronger match with the behaviours we assess for this role.

If you would like feedback on your video interview, please reply to this email within 14 days and a member of the team will arrange a call.

Kind regards,
Student Recruitment, Gorsedene Tax LLP`, 'Tax Graduate Programme - next steps'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Siddharth,

Thank you for completing the case study exercise for the Business Analyst position.

Our reviewers found that your analysis relied on a single revenue driver and did not size the market before recommending entry. The recommendation was also not supported by the numbers in your appendix. For these reasons we will not progress your application.

Regards,
Recruiting Team, Kaveri Strategy Partners, Gurugram`, 'Business Analyst - case study outcome'),

  rej('assessment', ['generic'], {},
    `Dear Applicant,

Application ref: SJT-44017-BV

Thank you for completing our situational judgement test. We regret to inform you that you have not been successful in progressing to the next stage. Due to the very high number of applicants, we are unable to give individual feedback on test performance.

Bellamy Vane Graduate Recruitment`, 'Application update SJT-44017-BV'),

  rej('assessment', ['assessment'], {},
    `Dear Hamish,

Thanks for sitting the numerical, verbal and logical reasoning tests for the Actuarial Graduate Programme.

Unfortunately your overall result did not reach the threshold we set for this intake, so your application will not progress.

Best wishes,
Talent, Calder Lomond Life`, 'Actuarial Graduate Programme'),

  rej('assessment', ['assessment', 'profile_mismatch'], { ...fb },
    `Hi Mei,

Thanks for the modelling test you submitted for the Associate role.

The team liked how clean the layout was, but the three-statement model didn't balance and the debt schedule left out the revolver. Combined with the fact that the other candidates who sat the test have more live deal experience, we've decided not to take your candidacy further.

Regards,
Anthony Russo
Principal, Ridgemont Lane Partners`, 'Associate - modelling test'),

  rej('assessment', ['generic'], { ...door },
    `Dear Kwame,

Many thanks for completing the Immersive Assessment for our Graduate Programme.

We're sorry to let you know that your application won't be moving forward this year. We'd encourage you to look at our opportunities again next year.

Kind regards,
Graduate Talent Team, Hargreave Sutton`, 'Immersive Assessment outcome'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Laura,

Thank you for completing the in-tray exercise for the Assistant Manager, Financial Services Audit role.

You prioritised the client queries well, but you did not pick up the related-party transaction in item 7 or the going-concern indicator in the cash flow forecast, both of which were central to the exercise. We have therefore decided not to progress your application.

I'd be glad to talk this through on a short call if useful.

Best,
Gemma Price
Resourcing Partner, Ashby Thorne`, 'In-tray exercise'),

  rej('assessment', ['generic'], { ...door },
    `Dear Jaya,

We refer to the online aptitude assessment you completed for the Trainee Accountant role. We regret to inform you that you have not been successful. You are free to re-apply after a period of twelve months.

Yours faithfully,
Human Resources, Okafor Bright & Co., Abuja`),

  rej('assessment', ['skills_gap'], { ...fb },
    `Dear Ms. Tan,

Thank you for completing the technical test for the Fund Accountant position.

The test showed limited experience with the NAV reconciliation process and with Singapore VCC fund structures, both of which the role needs from day one. We will therefore not continue with your application.

Regards,
Human Resources, Lion Gate Fund Services Pte Ltd`, 'Fund Accountant - technical test'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Patrick,

Thank you for completing the Logical Reasoning assessment. On this occasion, your result did not meet the benchmark to progress. You may reapply to our programmes after twelve months.

Kind regards,
Donnelly Cahill Student Recruitment`, 'Logical Reasoning assessment - outcome'),

  rej('assessment', ['culture_fit'], { ...fb },
    `Hi Ethan,

Thanks for completing the values and working-styles questionnaire and the short written task for our Analyst role.

Your results suggest a strong preference for well-defined tasks and a fixed routine. Our investment team is very small and the work changes daily with little structure, and we don't think it would be a good match for the way you like to work. We won't be moving forward.

Best,
Corinne Baptiste
COO, Tallis Row Capital`, 'Analyst role - next steps'),

  rej('assessment', ['profile_mismatch'], {},
    `Dear Benedict,

Thank you for completing our online assessments. Your scores were good, but having reviewed them together with your application, we have prioritised candidates whose overall profile more closely meets the requirements of the Graduate Scheme.

We wish you every success.

Wyndham Forsyth Graduate Recruitment`, 'Graduate Scheme update'),

  // ── Interview stage
  rej('interview', ['generic'], {},
    `Dear Adaeze,

Thank you for attending the first-round interview for the Global Markets Graduate Programme.

After careful deliberation, we regret to inform you that you will not be progressing to the next stage. We wish you the very best.

Yours sincerely,
Graduate Recruitment, Eko Atlantic Bank`, 'First-round interview outcome'),

  rej('interview', ['assessment'], { ...fb, ...door },
    `Hi Rahul,

Thank you for your time in the case interviews on Monday.

Both interviewers felt your structure in the first case was clear, but in the second (the airline profitability case) you didn't separate revenue from cost drivers early enough, and the market-sizing maths went off by an order of magnitude. On that basis we won't be inviting you to the final round.

We encourage you to reapply in a future cycle — many of our consultants joined on a second attempt.

Best regards,
Marcy Ellison
Recruiting Manager, Quarry Hill Consulting`, 'Quarry Hill - case interviews'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Isabel,

Thank you for meeting with us for the competency interview for the Vacation Scheme.

We've now seen all candidates. Unfortunately we have decided not to offer you a place. The candidates we selected gave examples that aligned more closely with what we look for.

Kind regards,
Graduate Recruitment, Carrington Vale LLP`, 'Vacation Scheme interview'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Ms Okoro,

Thank you for interviewing with us for the Assistant Manager, Banking Audit role.

The panel was impressed with your leadership examples. However, the role requires hands-on experience auditing IFRS 9 expected credit loss models, and in the interview it was clear you have not yet worked on this area. We have therefore decided to progress other candidates.

If you would like more detailed feedback, please reach out to me directly.

Kind regards,
Funmi Ajayi
Talent Acquisition Lead, Akintola Hart Chartered Accountants`, 'Assistant Manager, Banking Audit'),

  rej('interview', ['position_filled', 'profile_mismatch'], {},
    `Dear Sean,

Thanks for coming in to meet with Claire and David last week. We appreciated the time you gave us. The role has now gone to a candidate whose background fitted the brief more closely, so we won't be moving forward with your application.

Regards,
Hollins Maguire Wealth Management`),

  rej('interview', ['assessment'], { ...fb },
    `Hi Ngozi,

Thank you for taking part in the technical interview for the Summer Analyst role.

The team was looking for stronger command of the core technicals: you struggled with walking a depreciation change through the three statements, and the DCF question on terminal value wasn't completed. Because of that, we will not be moving you to the superday.

Best,
Campus Recruiting, Lambeth Ross Securities`, 'Summer Analyst - interview outcome'),

  rej('interview', ['generic'], { ...door },
    `Dear Chen,

Thank you for your interest in Wardell Advisory and for interviewing for the Analyst position.

Regrettably, we will not be extending an offer to continue in the process. We hope you'll consider us again in a future recruiting season.

Best regards,
Wardell Advisory Recruiting`, 'Wardell Advisory - Analyst interview'),

  rej('interview', ['profile_mismatch', 'skills_gap'], { ...fb },
    `Dear Mr Kruger,

Thank you for the interview with our Johannesburg M&A team.

While we enjoyed the conversation, the partners felt that the role needs someone who has already run due diligence on cross-border transactions, and your experience is mostly domestic compliance work. They concluded that other candidates were closer to what the team needs now.

Regards,
Lindiwe Mokoena
HR Business Partner, Van Rensburg Mokoena Inc.`, 'M&A Associate'),

  rej('interview', ['position_filled'], {},
    `Hi Alice — thanks for the interview with us for the Summer Associate position. The hiring committee has met and our summer class is now full, so unfortunately we aren't able to offer you a position this summer. Thank you for your interest in Keane Dalby.

Sent from Outlook for iOS`),

  rej('interview', ['overqualified'], { ...fb, ...door },
    `Dear Rajesh,

Thank you for the interviews for the Senior Analyst role.

The panel felt that with your twelve years in credit risk, including managing a team, the role would not offer you enough scope and you would quickly outgrow it. We'd rather be straight with you than hire you into a role below your level.

We'll keep your CV on file and contact you about more senior openings.

Warm regards,
Shreya Nair
HR, Trident Bay Bank Ltd.`, 'Senior Analyst - Credit Risk'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Aidan,

Thank you for attending the first interview for the Graduate Consulting Programme.

After discussion the interviewers decided not to take you forward. They felt other applicants demonstrated a clearer understanding of what a career with us involves.

If you'd like a short feedback call with graduate recruitment, let us know and we'll set one up.

Kind regards,
Student Recruitment, Larchfield Partners`, 'Graduate Consulting Programme - interview'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Mariam,

Thanks for your time with us on the competency interview.

Your answers on teamwork and resilience scored well, but your commercial awareness section scored 2 out of 5: you weren't able to explain how rising interest rates could affect our clients in the property sector. We will not proceed to the assessment centre.

Best wishes,
Graduate Recruitment, Hepworth Lacey LLP`, 'Interview result'),

  rej('interview', ['role_closed'], {},
    `Dear Anil,

Thank you for interviewing with us for the Associate Director, Valuations role.

I'm sorry to tell you that the business has decided not to go ahead with the hire this year after a reorganisation of the valuations practice. We're therefore closing the process for all candidates.

Best regards,
Jane Fairbrother
Talent Acquisition, Moorgate Hyde`, 'Associate Director, Valuations'),

  rej('interview', ['generic'], { ...door },
    `Dear Emily,

Following your video interview with two of our managers, I regret to inform you that your application has not been successful this time. We'll hold on to your CV and get in touch should a similar vacancy open up.

Kind regards,
Recruitment, Penhallow Wealth`, 'Your interview'),

  rej('interview', ['location'], { ...fb },
    `Hi Luca,

Thanks for meeting the team last week for the Associate role in Zurich.

We've since checked with our immigration advisors. As a non-EU/EFTA national without a current Swiss permit, you would need a quota permit, and we can't sponsor one for this role. So we're not able to continue with you, despite a positive interview.

Best regards,
Sandra Keller
HR, Limmat Vogt Private Bank`, 'Associate - Zurich'),
  // ── Final stage
  rej('final', ['generic'], {},
    `Dear Rosalind,

Thank you for attending our assessment centre on 4 December. We hope you found the day useful.

We have now reviewed the feedback from all assessors. I'm sorry to say that we are not able to offer you a place on the Graduate Audit Programme.

Kind regards,
Graduate Recruitment, Dallow Kerr`, 'Assessment Centre outcome'),

  rej('final', ['assessment'], { ...fb, ...offered },
    `Hi Karan,

Thank you for attending the superday on Friday. I know it's a long day.

The feedback from the desk was mixed. Your fit interviews went well, but in the case discussion with the MD you didn't reach a recommendation on the acquisition in the time given, and the associate flagged gaps on accretion/dilution. On balance we won't be extending a summer analyst offer.

Happy to go through the feedback in more detail on a call.

Best,
Campus Recruiting, Whitlock Brandt`, 'Superday - outcome'),

  rej('final', ['generic'], { ...door },
    `Dear Zara,

Thank you for taking part in our Summer Vacation Scheme. It was a pleasure having you with us for the three weeks.

Following the final interview at the end of the scheme, I regret that we are unable to offer you a training contract. Please be assured this was a difficult decision. We would welcome a direct application from you for a training contract in a future year.

With best wishes,
Imogen Tait
Graduate Recruitment Manager, Sutherland Penrose LLP`, 'Vacation Scheme - training contract decision'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Oluwaseun,

Thank you for attending the final-round partner interview for the Deals Associate role. The partner enjoyed meeting you.

We have decided to offer the role to another candidate whose background was a closer match for the team's current work. We'd like to keep your details on file for future openings.

Best regards,
Talent Acquisition, Obi Lawal & Co. Advisory`, 'Deals Associate - final interview'),

  rej('final', ['position_filled'], {},
    `Dear Harriet,

Thank you for coming to the assessment day for our 2029 training contracts.

Following the day, the offer committee has now allocated every training contract available for the 2029 intake, and we are not able to offer you one. We have reached capacity for this intake.

Kind regards,
Graduate Recruitment, Latimer Quayle`, 'Assessment day - 2029 intake'),

  rej('final', ['assessment'], { ...fb },
    `Dear Ishaan,

Thank you for attending the assessment centre for the Technology Consulting Analyst programme.

Your scores: group exercise 3/5, written case 2/5, partner interview 3/5. The written case fell below our threshold, particularly on prioritising the client's risks, and we are unable to offer you a role.

Kind regards,
Early Careers, Amberley Nash Consulting`, 'Assessment centre scores'),

  rej('final', ['generic'], { ...door },
    `Hi Gabriel,

Thanks for making it to the last round of our Analyst process and for meeting our partners. I'm sorry to say we're not extending an offer.

Truly, thanks for all the time you put in. If you're still looking when our next class opens, drop me a line directly — I'd be glad to hear from you.

Marco Vitale
Head of Talent, Sable Harbor Partners`, 'Sable Harbor - final round'),

  rej('final', ['culture_fit', 'profile_mismatch'], { ...fb },
    `Dear Chantelle,

Thank you for attending the final interviews for the Audit Senior position.

The partner felt your answers showed a preference for working alone and keeping your own hours, while our teams work very closely on site with shared daily planning. Together with the stronger audit-senior experience of the selected candidate, we've decided not to offer you the position.

Regards,
Lesedi Khumalo
HR, Thabo Erasmus Inc.`, 'Audit Senior - final interview'),

  rej('final', ['skills_gap', 'profile_mismatch'], { ...fb, ...door },
    `Dear Ms. Rao,

We appreciate your participation in the final round for the Credit Analyst position.

The panel felt you fell short on structured credit knowledge — specifically CLO waterfall analysis, which is a core part of the role — and that the selected candidate's experience better matched our needs. We will keep your application in our talent pool for other openings.

Sincerely,
Human Resources, Westmoor Capital Management`, 'Credit Analyst - final round'),

  rej('final', ['generic'], {},
    `Thank you for attending the superday. Unfortunately you have not been successful. We wish you the best of luck. — Ravenhill Brothers Campus Recruitment`),

  rej('final', ['generic'], { ...offered },
    `Dear Ryan,

Thank you for attending the assessment centre for the Insurance Graduate Programme. We have now made our decisions and I'm sorry to tell you that you have not been selected.

Should you wish to receive feedback from the day, please email graduates@halsworthinsurance.example and we will arrange a call with one of the assessors.

Kind regards,
Halsworth Insurance Graduate Recruitment`, 'Assessment centre'),

  rej('final', ['assessment'], {},
    `Dear Yusuf,

Thank you for attending the pupillage second-round interview, including the advocacy exercise.

I regret that you have not been offered pupillage. The committee's assessment placed your overall performance below the standard required for an offer this year.

Yours sincerely,
Pupillage Committee, Temple Row Chambers`, 'Pupillage - final round'),

  rej('final', ['position_filled', 'profile_mismatch'], { ...door },
    `Dear Aanya,

You were one of our final two candidates for the Graduate Actuarial role and it was a close decision. In the end the other candidate's background suited the team slightly better, and the role has now been accepted.

We would like to keep in touch, and we will contact you first if we open another role in the next intake.

Regards,
Kevin O'Brien
Chief Actuary, Blackrock Point Reinsurance Ltd (Dublin)`, 'Graduate Actuarial Analyst'),

  rej('final', ['profile_mismatch'], {},
    `Hi Sophie — thank you for joining us for the insight week and the closing interview. After the week, we've decided not to offer you a fast-track place on the summer internship. The people we selected showed a stronger fit with the programme. Best wishes, Summer Programme team, Coulter Grange`, 'Insight Week - fast-track decision'),

  rej('final', ['generic'], { ...door },
    `Dear Femi,

Thank you for taking part in our final assessment day in Lagos.

We regret to inform you that we will not be offering you a place on the 2027 Graduate Programme. We encourage you to apply again when our next applications window opens.

Yours sincerely,
Talent Management, Eyo Bassey Consulting`, 'Graduate Programme - final assessment'),

  // ── Paused processes
  hold('interview', ['role_closed'], {},
    `Dear Alexander,

Thank you for your patience following your first-round interview.

As you may have read, our firm has agreed to merge with Dunmore Peake. The graduate intake for 2027 is under review while the two firms align their programmes, and no decisions will be made until that is complete, likely in January. Your application remains open.

We will be in touch as soon as we can.

Kind regards,
Graduate Recruitment, Coleridge Benn LLP`, 'Your application - update'),

  hold('interview', ['role_closed'], {},
    `Hi Meghan,

I wanted to update you after your interviews with the Private Equity practice. The practice group has paused its associate hiring for the rest of the quarter while it reviews its budget. You're not out of the process — we'll come back to you when hiring resumes.

Thanks,
Jessica Ruiz
Legal Recruiting, Hammond Lisle LLP`, 'Private Equity Associate - status'),

  hold('final', ['generic'], {},
    `Dear Kofi,

Thank you for attending the partner interview last week. Decisions on all final-round candidates have been deferred until the partners meet on 20 January. We will contact you after that date.

Best regards,
HR, Asante Mensah & Co.`, 'Partner interview - timing'),

  hold('assessment', ['generic'], {},
    `Dear Imran,

Following your online tests and recorded video interview, you were booked to attend our assessment centre on 11 March. Unfortunately we have had to postpone it. We'll send a new date as soon as possible; you do not need to do anything in the meantime, and your application is still under consideration.

We're sorry for the inconvenience.

Graduate Recruitment, Farleigh Quinn`, 'Assessment centre postponed'),
  // ── Look-alikes
  other(`Dear Naomi,

Offer of a place on our Summer Vacation Scheme 2027

Following your interview, we are pleased to offer you a place on our two-week vacation scheme from 30 June. Unfortunately we are unable to offer accommodation, but we will pay a weekly allowance of £500.

Please confirm by replying to this email within 14 days.

Warm regards,
Beatrice Lowe, Graduate Recruitment Manager, Ellery Gwynne LLP`, 'Vacation Scheme offer'),

  other(`Dear Ms Bello,

Further to your request, I am writing to confirm that your training contract start date has been deferred from September 2028 to September 2029, so that you may complete your master's. All other terms of your offer remain unchanged.

We look forward to welcoming you next year.

Kind regards,
Graduate Recruitment, Prendergast Hale LLP`, 'Deferral of training contract - confirmed'),

  other(`Hi Darius,

You're invited! Join us for our Women & Allies in Finance insight evening on 15 October at our Canary Wharf office. You'll hear from our graduates, take part in a short case workshop, and meet the early careers team.

Places are limited, so register by 1 October.

Early Careers, Norland Spence Bank`, 'Invitation: insight evening 15 October'),

  other(`THE GRAD BRIEF — October edition | Wilmott Ashford

In this issue:
- Applications for our 2028 Audit and Tax graduate schemes are now open (rolling recruitment — apply early!)
- Five tips for the situational judgement test
- Meet Tayo, a second-year trainee in Birmingham
- What does "commercial awareness" actually mean?

You are receiving this because you signed up to our talent community. Unsubscribe | Privacy notice`, 'The Grad Brief - October'),

  other(`Hi Precious,

I came across your profile on LinkedIn and think you'd be a strong fit for a Tax Associate role with one of the Big Four in Sandton. Unfortunately I can't name the firm yet, but I'd love to have a quick chat this week.

Are you free Thursday afternoon?

Kind regards,
Sipho Ngcobo
Senior Consultant, Apex Talent Finance & Accounting`, 'Tax Associate opportunity - Sandton'),

  other(`Dear Mr Ashcroft,

Thank you so much for taking the time to interview me yesterday for pupillage. I very much enjoyed discussing the advocacy problem and learning more about chambers' commercial practice.

I remain very interested and look forward to hearing from you.

With kind regards,
Henrietta Grant`, 'Thank you - pupillage interview'),

  other(`Dear Applicant,

Thank you for your application to the Pearce Linton 2028 Graduate Programme (Ref: PL-GR-77120).

We'll review it and be in touch. Unfortunately, because of the number of applications, this can take up to six weeks. We appreciate your patience.

Pearce Linton Early Careers
Do not reply to this email.`, 'We have received your application'),

  other(`Hi Amara,

Thanks for your time on the phone today. As discussed, you'll now receive a link to our recorded video interview. You'll have five questions, with 30 seconds to prepare and two minutes to answer each.

Best,
Graduate Recruitment, Chadwick Rye`, 'Next step: video interview'),

  other(`Dear Hugo,

Your application for the Consulting Analyst role is currently under review. We are experiencing a high volume of applications, so responses are taking longer than usual. We'll be in touch as soon as we have an update.

Kind regards,
Talent Team, Ostrander Pike`, 'Application status'),

  other(`Dear Ayodele,

Congratulations! We are delighted to offer you a place on our 2027 Graduate Audit Programme, starting 7 September in our Manchester office.

Your offer letter and contract are attached. Please sign and return within 10 working days.

Welcome to the firm!
Graduate Recruitment, Tennyson Grove LLP`, 'Offer - Graduate Audit Programme 2027'),

  other(`Hi team, re the numerical reasoning test — I think my session crashed halfway through. Can I get a new link? Thanks, Deepak`, 'Numerical test - technical issue'),

  other(`Dear Deepak,

Thanks for letting us know. Unfortunately technical issues do sometimes happen. We've reset your numerical reasoning test and a new link will arrive within the hour. The deadline is extended to Sunday 23:59.

Kind regards,
Assessment Support, Hale Barrow Graduate Recruitment`, 'RE: Numerical test - technical issue'),

  other(`Dear Lerato,

This is a reminder that your first-round interview for the Investment Banking Analyst Programme is tomorrow at 10:00 (SAST) via Microsoft Teams. Please join five minutes early.

Regards,
Campus Recruitment, Sentinel Bay Capital`, 'Reminder: interview tomorrow'),

  other(`Dear Charlotte,

We were sorry to hear you'll be unable to attend the assessment centre next week. We have moved you to our session on 19 February — please confirm whether this works.

Kind regards,
Graduate Recruitment, Bramall Fitch`, 'Assessment centre - new date'),

  other(`Hello Nikhil,

Thank you for interviewing with us. Our partners will review all candidates at the offer committee on Thursday and we'll be in touch by the end of next week. We appreciate your patience.

Regards,
HR, Devika Menon & Associates`, 'Interview - next steps'),

  other(`Hi Tyler,

Great news — you've passed the first-round interviews and we'd like to invite you to our superday on 14 November in Chicago. Travel and hotel will be booked by our team.

Please reply to confirm your availability.

Best,
Campus Recruiting, Lakeshore Beaumont`, 'Invitation to superday'),

  other(`Dear Siobhán,

Thank you for your interest in the Graduate Programme. Our applications window for the 2027 intake closed on 31 October. Unfortunately we are unable to accept late applications, but we'd love you to register for alerts about our 2028 programme.

Graduate Recruitment, Carrick Boland`, 'Applications window'),

  other(`Dear Arun,

We'd like to keep you in mind for our upcoming Summer Internship. Our applications window opens on 1 September. Please see the attached brochure, which includes information on our rotations in Equities, FICC and Operations.

Kind regards,
Campus Team APAC, Marina Quay Securities, Singapore`, 'Summer Internship - applications open soon'),

  other(`Dear Maria,

We have received your request to withdraw your application for the Audit Trainee role. We're sorry to see you go and wish you every success. Your data will be deleted in line with our privacy notice.

Kind regards,
Recruitment, Petrides Andreou Ltd (Nicosia)`, 'Withdrawal confirmed'),

  other(`Hi Ollie,

Just checking in — we haven't received your online application form for the Spring Week yet. You started it on 3 November. Applications are reviewed on a rolling basis so don't leave it too late!

Early Careers, Fairbourne Asset Management`, 'Finish your application'),

  other(`Dear Oscar,

We are writing to let you know that we have received your references and your background check has been completed. There is nothing further you need to do before your start date.

Kind regards,
Onboarding Team, Greystoke Mayhew`, 'Pre-employment screening complete'),

  other(`Hi Bilal,

Thank you for attending our assessment centre. We'd appreciate your feedback on the day: the survey takes five minutes and is anonymous.

Take the survey

Graduate Recruitment, Hurst Avery`, 'How was your assessment centre?'),

  other(`Dear Fatima,

Thank you for your interest in becoming a summer associate. We've received your application and transcript. Our on-campus interviews at NYU take place on 12-13 August; we'll contact you if you are selected to interview.

Legal Recruiting, Stroud Halloran LLP`, 'Application received - Summer Associate Program'),

  other(`On Mon, 9 Nov 2026 at 14:02, Clara Voss <recruiting@tennant-mills.example> wrote:
> Dear Jonas, please let us know your availability for the case interview next week.

Hi Clara,

Thank you — I'm available Tuesday or Wednesday any time after 11am.

Best regards,
Jonas Weber`, 'RE: Case interview availability'),

  other(`Dear Emmanuel,

Unfortunately our Abuja office cannot host the assessment centre on the original date because of a public holiday. We have moved it to Tuesday 8 December, same time. All other arrangements stay the same. We apologise for the change.

HR, Nnamdi Oyelaran & Co. Chartered Accountants`, 'Change of date - assessment centre'),

  other(`Hi Tendai,

Your game-based assessment is ready! It takes about 25 minutes and there are no right or wrong answers. Please complete it within five days.

Good luck!
Graduate Talent, Kilbride Forde`, 'Your game-based assessment'),

  other(`Dear Mr Ahmed,

Thank you for accepting our offer of a training contract. We have noted your request to defer to next year's intake and the Graduate Recruitment Partner has agreed. Your new start date will be confirmed in writing.

Kind regards,
Hawthorne Lacy LLP`, 'Deferral request'),

  other(`Dear Ji-ho,

We hope your first week as an Analyst is going well. As a reminder, the first module of the Financial Modelling training starts Monday at 9am on the 12th floor.

Learning & Development, Sterling Ash Partners`, 'Training schedule'),

  other(`Dear Candidate,

We are pleased to confirm you have been shortlisted for the final round of the Actuarial Graduate Programme. Please find the details of your final partner interview attached.

Regards,
Talent Acquisition, Coral Bay Life Assurance (Durban)`, 'Shortlisted - final round'),
];
