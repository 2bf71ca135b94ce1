/**
 * SEALED, seventh part: whole messages written one by one for tests/reader-corpus/sealed-7.jsonl, in voices and
 * situations unlike the earlier parts: Singaporean, Indian, Kenyan and Filipino English, Latin American and German
 * writers in English, casual start-ups and remote-first companies, big-company ATS templates (Workday, iCIMS,
 * SuccessFactors, Taleo) with requisition numbers and equal-opportunity footers, staffing agencies placing
 * contractors (day rates, IR35, the client's decision), government and military-style formal letters, creative
 * industries (games, advertising, film, fashion, architecture, publishing, theatre), sales roles (quota, OTE,
 * territories), replies with the earlier mail quoted below, one-liners and letters of 500+ words, HTML, and the
 * look-alikes of an inbox. Written and scored before the eighth round of changes (docs/decisions/0056); never
 * read to fix a miss and never trained on.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s7-');

const eeo =
  '\n\nMeridian Holdings is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status. If you need an accommodation during the application process, contact talent@meridianholdings.example.';
const workday = (req: string): string => `\n\nJob Requisition ID: ${req}\nThis email was sent from Workday. Please do not reply to this message.`;
const sfFooter = '\n\nThis is a system-generated e-mail from SAP SuccessFactors. Please do not reply. Your personal data is processed in accordance with our Candidate Privacy Notice.';
const agencyFooter =
  '\n\nTalentbridge Contract Solutions Ltd is an employment business and employment agency. Registered in England no. 08812734. This e-mail is confidential and may be legally privileged.';
const gmbh = '\n\n--\nKrähenfeld Automation GmbH · Sitz: Stuttgart · Amtsgericht Stuttgart HRB 734412 · Geschäftsführer: Dr. Jörg Albrecht, Petra Lindemann';
const quoted = (when: string, who: string, body: string): string =>
  `\n\nOn ${when}, ${who} wrote:\n` + body.split('\n').map((l) => `> ${l}`).join('\n');
const outlook = (from: string, sent: string, subject: string, body: string): string =>
  `\n\n-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: me\nSubject: ${subject}\n\n${body}`;

export const SEALED_7: readonly CorpusLine[] = [
  // ── big-company ATS templates
  rej('application', ['generic'], door,
    `Dear Jonathan,

Thank you for your interest in the Senior Financial Analyst, FP&A position at Meridian Holdings.

We appreciate the time you took to apply. After careful review, we have decided not to move forward with your candidacy for this position.

We encourage you to continue to explore opportunities at Meridian and to apply for future positions that match your skills and interests.

Sincerely,
Meridian Talent Acquisition${workday('R-0204417')}${eeo}`, 'Your application for Senior Financial Analyst, FP&A (R-0204417)'),
  rej('application', ['profile_mismatch'], {},
    `Hello Farah,

Thank you for applying for the Clinical Data Manager opening (Job ID 2026-14873) with Halvorsen Biologics.

We have now completed our review. While your background is impressive, we have determined that the qualifications of other candidates align more closely with the requirements of this particular position.

Thank you again for considering Halvorsen Biologics.

Talent Acquisition
Halvorsen Biologics

Please do not reply to this message; this mailbox is not monitored. Powered by iCIMS.`, 'Halvorsen Biologics - Job ID 2026-14873'),
  rej('interview', ['position_filled'], door,
    `Dear Ms. Adeyemi,

Job Requisition 11873 – Quality Engineer II

Thank you for the time you spent interviewing with our team in Eindhoven. We would like to inform you that this position has now been filled.

Your profile will remain in our talent pool for 12 months, and our recruiters may contact you if a suitable vacancy arises.

Kind regards,
Global Talent Acquisition${sfFooter}`, 'Update on Job Requisition 11873'),
  rej('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for applying to requisition 2400915, Warehouse Operations Supervisor (Night Shift).

Please be advised that this requisition has been cancelled and we will not be proceeding with applicants for it.

This is an automated message. Powered by Oracle Taleo.`, 'Requisition 2400915 cancelled'),
  rej('assessment', ['assessment'], {},
    `Hi Marcus,

Thank you for completing the online assessment for the Customer Success Associate role (R-0211902).

We have reviewed your results and, unfortunately, we will not be moving forward with your application at this time.

Best regards,
Meridian Talent Acquisition${workday('R-0211902')}${eeo}`, 'Assessment results - R-0211902'),
  rej('application', ['generic'], {},
    `Dear Naledi,

Thank you for applying for the Product Marketing Manager position (requisition 77-4410).

Our hiring process typically includes a recruiter screen, a conversation with the hiring manager and a panel interview with members of the wider team. Because of the very high volume of applications, we are only able to invite a small number of applicants to these steps.

Unfortunately, your application was not selected to move forward.

Thank you for your interest in Oberlin Consumer Brands.

Talent Acquisition Team`, 'Your Oberlin Consumer Brands application'),
  rej('application', ['location'], fb,
    `Hello Minh,

Thank you for your interest in the Data Engineer position (R-0219034).

This position requires candidates to be legally authorized to work in the United States without employer sponsorship, now or in the future. Based on your answers to the application questions, you will require sponsorship, so we are unable to consider your application further.

Regards,
Meridian Talent Acquisition${workday('R-0219034')}${eeo}`, 'Data Engineer (R-0219034)'),

  // ── staffing agencies placing contractors
  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Deepak,

Thanks for the call yesterday. I've spoken to the client and at £650 a day your rate is above what they've got signed off for this contract — they're capped at £550 inside IR35 and won't budge on it. So I won't be putting you forward for this one.

I'll keep you in mind for the other Azure contracts we've got coming up in the new year.

Cheers,
Olly
Senior Consultant, Cloud & Infrastructure${agencyFooter}`, 'SC cleared Azure contract'),
  rej('interview', ['skills_gap', 'position_filled'], fb,
    `Hi Ingrid,

Feedback from the client following Thursday's interview: they were impressed with your stakeholder management but have offered the contract to another candidate who has more hands-on S/4HANA migration experience, which was the priority for this phase of the programme.

Sorry it wasn't better news.

Kind regards,
Priya
Talentbridge Contract Solutions${agencyFooter}`, 'SAP Functional Consultant - client feedback'),
  rej('application', ['generic'], door,
    `Hi Tom,

Just to let you know the client hasn't shortlisted your CV for the 6-month Business Analyst assignment in Leeds.

Please keep an eye on our website and send over an updated CV when you're next available — we place BAs every month.

Thanks,
Becky`, 'BA assignment - Leeds'),
  rej('interview', ['culture_fit'], fb,
    `Hi Carlos,

I've had feedback from Hartwell Digital after your video interview with their CTO. They liked your technical answers a lot, but they felt you'd be happier with more structure and process than their eight-person team works with day to day, so they're not going to take it further.

Thanks for your time on this one.

Regards,
Jamie
Talentbridge Contract Solutions${agencyFooter}`, 'Hartwell Digital contract'),
  other(`Hi Alana,

I came across your profile and wanted to reach out about a 9-month contract I'm working on: Senior QA Automation Engineer, outside IR35, £500–£575 a day, two days a week in Bristol.

Would you be open to a quick chat this week? If so, send me a good time and the best number to reach you on.

Thanks,
Olly${agencyFooter}`, 'Senior QA Automation contract - outside IR35'),

  // ── government and military-style letters
  rej('application', ['generic'], {},
    `Dear Sir,

REFERENCE: VACANCY NOTICE 2026/114 – LOGISTICS OFFICER (GRADE P3)

I am directed to inform you that the Selection Board, having considered all applications received for the above vacancy, did not recommend you for appointment.

The Commission thanks you for the interest shown in its work.

Yours faithfully,

for Chief, Human Resources Section`, 'Vacancy Notice 2026/114'),
  rej('assessment', ['assessment'], { ...fb, ...door },
    `OFFICIAL

Subject: OUTCOME – OFFICER SELECTION BOARD, SERIAL 44

1. Thank you for attending the Officer Selection Board at Westbury from 3 to 5 November.

2. I regret to inform you that you have not been successful on this occasion. You were assessed as not meeting the required standard in the Command Tasks and in the Planning Exercise; your results in the other activities were satisfactory.

3. You may re-apply after a period of twelve months. Your Armed Forces Careers Office will be able to advise you on preparation.

Officer Selection Board Secretariat`, 'OSB outcome'),
  rej('application', ['location'], fb,
    `Dear Ms Haddad,

Thank you for applying for the position of Policy Officer (APS 5), Department of Regional Services, vacancy 26/0193.

Applicants for this position must be Australian citizens in order to obtain and maintain a Baseline security clearance. As your application indicates that you are not an Australian citizen, we are unable to progress it further.

Yours sincerely,
Recruitment Services`, 'Vacancy 26/0193 - Policy Officer'),
  rej('assessment', ['assessment'], door,
    `Dear Applicant,

Thank you for completing the Civil Service Judgement Test for the campaign Operational Delivery Officer – Reference 349811.

We regret to inform you that you did not achieve the pass mark required to progress to the next stage of this campaign.

You are welcome to apply for other roles on Civil Service Jobs, including future campaigns for this role.

Kind regards,
Government Recruitment Service`, 'Reference 349811 - test result'),
  rej('interview', ['profile_mismatch', 'position_filled'], door,
    `Dear Mr Ochieng,

RE: POST OF SENIOR ACCOUNTANT – ADVERT NO. 12/2026

Following your interview on 3 June, I wish to inform you that you were found suitable for the post but other candidates were ranked higher, and the available positions have been offered according to the merit list.

Your name will remain on the merit list for twelve months, and you may be contacted should a further vacancy arise within that period.

Yours faithfully,
SECRETARY / CEO
County Public Service Board`, 'Advert 12/2026'),

  // ── creative industries
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Yuki,

Thanks for the effort you put into the environment art test for Ironbark Games. The team had a proper look at it together.

Your rendering and material work were strong, but the scene didn't read clearly at gameplay distance, and the brief asked for a modular kit that the level designers could reuse, which the submission didn't include. For those reasons we won't be moving forward for the Environment Artist role.

We'd genuinely like to see you apply again — we open junior and mid art roles a couple of times a year.

Best,
Hamish, Art Director`, 'Ironbark art test'),
  rej('interview', ['skills_gap'], fb,
    `Hey Ama,

Thanks for bringing your book in last Wednesday — the team loved the Lagos transit work.

After chatting it through with Kit (our ECD), we're not going to offer you the Senior Copywriter role. The book is really strong on social but light on integrated, through-the-line campaigns, and that's most of what this hire will be doing in year one.

Thanks again,
Rosa
Group Head, Fable & Fern`, 'Senior Copywriter'),
  rej('application', ['position_filled'], door,
    `Hi Ezra,

Thanks for sending your CV and reel through. The runner positions for the Glasgow shoot have all been filled now, sorry!

We'll keep your details on file for our next production in the spring.

Anna
Production Coordinator, Heather Lane Films`, 'Runner - Glasgow shoot'),
  rej('final', ['profile_mismatch'], {},
    `Dear Léa,

Thank you for your final presentation to our Creative Director and the Head of Design last Friday, and for the beautiful mood boards you prepared for it.

After much reflection, we have decided to continue with another designer whose portfolio sits closer to the direction of the house for the coming seasons.

With our best wishes for your future work,
Atelier Marchetti Human Resources`, 'Senior Womenswear Designer'),
  rej('interview', ['overqualified'], fb,
    `Dear Tobias,

Thank you for coming in to meet Sarah and me on Monday, it was good to talk through the Haverhill library scheme.

We have thought about it carefully. With twelve years in practice and your ARB registration, we think you would outgrow a Part 2 architectural assistant role very quickly, and it would not be fair to either of us. We have therefore decided not to offer you the post.

Kind regards,
Nicholas Fenwick
Director, Fenwick Oduya Architects`, 'Part 2 Architectural Assistant'),
  rej('application', ['generic'], {},
    `Dear Ciara,

Thank you for applying for the post of Deputy Stage Manager for our spring tour.

We received over 300 applications for this position and, I'm afraid, on this occasion we were not able to shortlist you.

With best wishes,
The Company Management team
Northern Lights Touring Theatre`, 'DSM - spring tour'),
  rej('assessment', ['assessment'], fb,
    `Dear Magnus,

Thank you for completing the edit test for the Assistant Editor (Non-Fiction) role.

You caught most of the structural problems in the sample, and your cover note was well judged. However, you did not flag the legal risk in chapter two, where named individuals are accused of fraud, and for this list that is a core part of the job. We won't be taking your application further.

Best wishes,
Harriet
Editorial Director, Quillon Press`, 'Assistant Editor - edit test'),

  // ── sales roles
  rej('interview', ['skills_gap'], fb,
    `Hi Brandon,

Thanks for the time with Dana (our VP of Sales) and me last week.

We're going to pass for the Enterprise Account Executive role. We need someone who has carried a $1M+ annual quota selling into enterprise accounts, and most of your closing experience has been SMB and transactional deals.

Appreciate you being so open about your numbers.

Kelsey
Talent, Lumenpath`, 'Enterprise AE - Lumenpath'),
  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Andrea,

Thanks for jumping on the phone with me this morning. I took your OTE expectation of $220k back to the team, and unfortunately it's well above the band for this AE role, which tops out at $160k OTE. Because of that we won't be taking things further right now.

If our Strategic AE role opens later this year (the band is higher), I'll reach out.

Best,
Jordan, Recruiting`, 'Account Executive'),
  rej('final', ['assessment'], { ...fb, ...offered },
    `Hi Sunil,

Thank you for making it to the final round and for the role-play with Gareth, our CRO.

We've decided not to offer you the Regional Sales Manager position. In the role-play your discovery questions led with the product rather than the customer's problem, and you moved to pricing before you'd established the budget holder, which is exactly what this role will be coaching the team out of.

If you'd like to go through the role-play recording with me, let me know and I'll send over some times.

Regards,
Fiona`, 'Regional Sales Manager - final round'),
  rej('application', ['location'], fb,
    `Dear Pieter,

Thank you for your application for the Field Sales Representative (Benelux) role.

The territory requires the representative to be based within the Benelux region, as the role involves daily customer visits by car. As your application shows you are based in Cologne, we will not be taking it further.

Best regards,
Sales Recruitment, Vanterpool Medical`, 'Field Sales Representative Benelux'),

  // ── remote-first companies and casual start-ups
  rej('interview', ['location'], fb,
    `Hi Wei Ling,

Thanks for the two interviews with the platform team this week — everyone enjoyed them.

The one thing we couldn't get past is time zones. The role needs at least four hours of overlap with US Pacific time for on-call handovers, and from Singapore that would mean regular 2am starts. So we've decided not to move ahead.

Warmly,
Noor, People Ops @ Drift Harbour (fully remote, 31 countries)`, 'Platform Engineer'),
  rej('application', ['generic'], {},
    `Hey Sam!

Thanks for applying to Fernwork. We read every application by hand (really!).

This time it's a no for the Support Engineer role. We got over 900 applications for one opening, so the odds were tough for everyone.

Take care,
The Fernwork team 🌿`, 'Fernwork - Support Engineer'),
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Oksana,

Thanks for the take-home. We reviewed it as a team and have decided not to move forward: the solution didn't handle concurrent writes to the same account, and there were no tests around the transfer logic, which was the core of the exercise.

Happy to jump on a call and walk you through the review if that would help.

Matteo
Engineering Manager, Ledgerly`, 'Ledgerly take-home'),
  rej('interview', ['skills_gap', 'position_filled'], fb,
    `hey sam — gonna pass on this one, we found someone with more infra depth (terraform + k8s in prod) and they've accepted. appreciate you taking the time to chat w/ me + priya last week 🙏`, 're: infra eng'),
  rej('application', ['generic'], {}, `Unfortunately we won't be moving forward. Best of luck!`),
  rej('interview', ['generic'], {}, `Thanks for the interview, but we're going in another direction. All the best.`, 'Re: Office Manager'),
  rej('screen', ['role_closed'], {},
    `Hi Ola,

Thanks for the intro call on Tuesday. Bit of an awkward update: we've decided not to hire for the growth role after all — we want to stretch our runway until the next round, so the position is gone for now.

Really sorry to have wasted your time.

Fin, co-founder`, 'growth role'),

  // ── Singaporean, Indian, Kenyan and Filipino English
  rej('interview', ['generic'], door,
    `Dear Ms Tan,

Thank you for attending the interview with us on 12 September.

We regret to inform that your application for the position of Assistant Manager, Procurement is unsuccessful.

We will keep your resume in our database for 6 months and will contact you should there be suitable openings.

Thank you and all the best.

Regards,
HR Department
Keppelhurst Engineering Pte Ltd`, 'Application for Assistant Manager, Procurement'),
  rej('application', ['location'], fb,
    `Dear Applicant,

Thank you for your application for the position of Executive, Corporate Communications.

Please note that this position is only open to Singapore Citizens and Permanent Residents. As such, we are unable to proceed with your application.

Thank you for your interest in our organisation.

Human Resource Division`, 'Executive, Corporate Communications'),
  rej('application', ['profile_mismatch'], {},
    `Dear Candidate,

Greetings from Sunvista Technologies!

This is with reference to your candidature for the post of Java Developer (Req. SVT/JD/0925). We regret to inform you that your profile does not match our current requirement.

Wishing you all the best for your future endeavours.

Regards,
Talent Acquisition Team
Sunvista Technologies Pvt. Ltd.`, 'Your candidature - Java Developer'),
  rej('assessment', ['assessment'], {},
    `Dear Rohit,

Thank you for appearing for the online coding test held on 5th October for the position of Associate Software Engineer.

We regret to inform you that you have not cleared this round and hence your candidature will not be processed further.

Best regards,
Campus Hiring Team`, 'Coding test result'),
  rej('interview', ['salary'], fb,
    `Dear Kavya,

Post your discussion with our Delivery Head on Monday, we have reviewed your candidature internally.

We regret to inform you that your expected CTC of 28 LPA is beyond the budget approved for this position, and hence we will not be able to take your candidature forward at this point.

Thanks and regards,
Ritu
HR Business Partner`, 'Regarding your candidature - Technical Lead'),
  rej('application', ['generic'], {},
    `Dear Wanjiru,

RE: APPLICATION FOR THE POSITION OF MONITORING AND EVALUATION OFFICER

We acknowledge receipt of your application for the above position and thank you for your interest in working with us.

We regret to inform you that you were not shortlisted. Due to the high number of applications received, only shortlisted candidates were invited for interviews and written tests.

We wish you success in your future endeavours.

Yours sincerely,
Human Resources Manager
Tumaini Community Health Trust`, 'M&E Officer application'),
  rej('assessment', ['assessment'], fb,
    `Hi Jerome,

Thank you for taking the initial phone interview and the Versant English test with us for the Customer Service Representative (Healthcare Account).

We regret to inform you that your Versant score of 51 did not meet the account's requirement of 58, so we cannot endorse your application to the next step.

You may retake the assessment and reapply after 60 days.

Regards,
Recruitment Team
Bayview Contact Solutions, Inc.`, 'Application status - CSR Healthcare Account'),

  // ── Latin American and German writers in English
  rej('application', ['profile_mismatch'], door,
    `Dear Alejandro,

Receive a cordial greeting. We thank you for your participation in the selection process for the vacancy of Credit Analyst.

We inform you that on this occasion you were not selected to continue in the process, since we decided for a profile more adjusted to the needs of the area.

We will keep your CV in our database to consider you in future vacancies.

Affectionately,
Human Talent Management
Financiera del Valle`, 'Selection process - Credit Analyst'),
  rej('interview', ['skills_gap'], fb,
    `Hello Mariana! How are you?

First I want to thank you for the time you dedicated to the interviews with our team last week.

Unfortunately we will not follow with your candidacy. The position requires advanced English for daily meetings with the headquarters in Toronto, and in the conversations we perceived that your level is still intermediate.

A big hug and success,
Juliana - People & Culture`, 'Feedback process Product Analyst'),
  rej('interview', ['skills_gap', 'position_filled'], fb,
    `Hi Andrés,

Thank you very much for participating in the technical test and the interview with the leader of the CRM team.

We want to tell you that we decided to offer the position to another candidate with more experience in Salesforce implementations for the banking sector, which is very important for the client.

We wish you much success.

Laura Restrepo
Talent Acquisition`, 'CRM Consultant process'),
  rej('application', ['generic'], {},
    `Dear Mr. Okoro,

thank you very much for your application and the trust you have placed in us.

After careful examination of your documents we must unfortunately inform you that we cannot consider you further in the selection process. This decision is not a judgement of your qualification.

For data protection reasons your documents will be deleted six months after the end of the procedure.

With kind regards
Human Resources${gmbh}`, 'Your application as Controls Engineer'),
  rej('interview', ['skills_gap'], fb,
    `Dear Ms. Petrova,

thank you again for the personal interview in Stuttgart and the interesting conversation with Mr. Weber and Ms. Kunz.

Unfortunately we have to inform you that we decided against you. The position requires fluent German (C1 level) for the daily contact with our customers in the Mittelstand, and this is at the moment not given.

We wish you all the best for your future way.

Kind regards
Human Resources${gmbh}`, 'Your application as Application Engineer'),
  rej('final', ['generic'], door,
    `Dear Mr. Fischer,

many thanks for your visit to our headquarters for the final round and for your openness during the whole day.

It was a close decision, but in the end we have decided for another candidate.

We would be happy if you apply again with us for a suitable position in the future.

Kind regards
Personalabteilung${gmbh}`, 'Final round - Head of Procurement'),

  // ── replies with the earlier mail quoted below
  rej('interview', ['skills_gap'], fb,
    `Hi Lena,

Thanks for checking in, and apologies for the silence. I'm sorry to say we've decided not to progress — we went with a candidate who has more regulatory reporting experience (COREP/FINREP), which ended up being the deciding factor.

Best,
Mark${quoted('Tue, 14 Oct 2026 at 09:12', 'Lena Horvat <lena.horvat@example.com>', `Hi Mark,

Thank you again for the panel interview on Tuesday, I really enjoyed meeting Sandra and Joe.
Is there any update on the next steps?

Best wishes,
Lena`)}`, 'Re: Finance Manager - next steps'),
  rej('assessment', ['internal_candidate'], {},
    `Apologies for the slow reply. The role has now been filled internally, so we won't be taking your application further.

Regards,
Dylan${outlook('Dylan Mercer', '02 October 2026 16:40', 'Case study', `Hi Zainab,

Thank you for sending your case study through, we'll review it this week and come back to you.

Dylan`)}`, 'RE: Case study'),
  rej('application', ['role_closed'], {},
    `Hi — yes, sorry, we closed that one without hiring. The budget didn't come through this year.

Kat${quoted('3 Nov 2026, 18:02', 'Jamal Reed', `Hi Kat,
I applied two weeks ago for the Data Engineer role and wondered if there was any update?
Thanks,
Jamal`)}`, 'Re: Data Engineer application'),

  // ── long letters
  rej('final', ['skills_gap', 'position_filled'], { ...fb, ...offered, ...door },
    `Dear Dr Mensah,

Programme Officer, Climate Adaptation – Outcome of the selection process

I am writing on behalf of the selection panel to thank you for the considerable time and thought you gave to our process over the past six weeks: the written exercise in September, the first interview with the programme team, and the final interview with our Director of Programmes and two trustees last Thursday. We know that a process of this length asks a great deal of candidates, many of whom, like you, are combining it with demanding jobs, and we are grateful.

The panel wanted me to say how much it valued your presentation on locally led adaptation in the Sahel. Several members remarked on the clarity with which you set out the trade-offs between speed of disbursement and genuine community ownership, and on the candour of your answers about the pilots that had not worked. It was a strong final interview.

This made the decision a difficult one. After long discussion, however, the panel has decided to offer the post to another finalist, whose background in grant-making to community organisations in East Africa sits more closely with the portfolio the postholder will take on in the first two years, and who has accepted. I am sorry that this is not the news you were hoping for.

I would also like to tell you a little about what happens next at the Foundation, because I think it is relevant to you. Over the coming year we expect to grow the programme team by three posts, as our new strategy comes into effect in April. Two of these will sit in the climate portfolio, and one will focus on learning and evaluation across all of our programmes. Those roles will be advertised on our website and through the usual networks, and we will also be writing to a small number of people whom we have met in recent processes. With your permission we would like to include you in that group, and we would very much welcome an application from you when they open.

In the meantime, if it would be useful to hear more about how the panel saw your interview and written exercise, I would be glad to arrange a call with the chair of the panel. Some candidates find this helpful and others prefer not to; there is no obligation either way, and simply replying to this letter is enough to set it up.

You will also receive, separately, a short anonymous survey about your experience of our recruitment process. We read every response, and it has already changed the way we run our written exercise. It is entirely optional.

Finally, please be assured that the personal information you provided during this process is held in accordance with our privacy notice, and that it will be deleted after twelve months unless you ask us to keep it on file for the future roles described above.

Thank you once again for your interest in the Foundation and for the care you brought to every stage.

With warm regards,

Ruth Albright
Head of People
The Ashcombe Foundation
Registered charity no. 1187342`, 'Programme Officer, Climate Adaptation'),
  rej('final', ['assessment'], { ...fb, ...offered, ...door },
    `Dear Kenji,

Thank you for joining us for the Superday in our London office on Friday. I know these days are long and intense, with four case interviews back to back and very little time to catch your breath in between, and I hope you found at least some of it enjoyable. The team certainly enjoyed meeting you, and the partners commented on how well prepared you were for the firm-specific questions.

I am writing to let you know that, after the partners' meeting on Monday, we will not be extending an offer to you for the Associate position.

I want to be as useful as I can about why, because I think the decision was close. Across the four cases your communication was strong and your synthesis at the end of each case was clear and commercially minded. Where the interviewers felt you fell short was in structuring. In the market-sizing case you started calculating before agreeing an approach with the interviewer, and when the numbers didn't reconcile you had no framework to return to. In the profitability case your issue tree mixed revenue and cost drivers in the same branch, which made it hard to prioritise. Both of these are very coachable, and several of our current associates had similar notes at your stage.

We would strongly encourage you to apply again. Candidates who have been to a Superday may reapply after twelve months, and in our experience those who do are frequently successful; please mention this letter in your application so that the recruiting team can link your files.

If it would help, I would be happy to arrange a thirty-minute call with one of your interviewers to go through the cases in more detail. Just reply to this email and I will set it up. We also run open online case workshops each spring, and I can add you to the invitation list if you would like.

Please do not hesitate to contact me if you have any questions, and thank you again for the time and energy you gave to the process.

Warm regards,

Charlotte Imbert
Recruiting Manager, London
Halden & Partners

This e-mail and any attachments are confidential and may be privileged. If you have received it in error, please notify the sender and delete it. Halden & Partners LLP is registered in England and Wales, number OC401193.`, 'Your Superday - Halden & Partners'),

  // ── HTML
  rej('application', ['profile_mismatch'], {},
    `<html><body><p>Dear Priya,</p><p>Thank you for your interest in the <b>UX Designer</b> position at Corbel &amp; Vine.</p><p>We have carefully reviewed your application and have decided to move forward with candidates whose experience more closely aligns with our needs at this time.</p><p>We wish you every success in your job search.</p><p>Kind regards,<br>The Corbel &amp; Vine Talent Team</p><p style="font-size:10px;color:#999">You are receiving this email because you applied for a position at Corbel &amp; Vine. <a href="https://corbelvine.example/privacy">Privacy Policy</a></p></body></html>`, 'Your application to Corbel & Vine'),
  rej('assessment', ['assessment'], fb,
    `<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px;font-family:Arial">Hi&nbsp;Tariq,<br><br>Thanks for completing the HackerRank challenge for the <strong>Backend Engineer (Payments)</strong> role.<br><br>Your score was 212/400, below the threshold of 280 we use for this role; the two SQL questions were not attempted. We won't be progressing your application on this occasion.<br><br>Best,<br>Recruiting @ Paystream</td></tr><tr><td style="font-size:11px;color:#888;padding:12px">&copy; 2026 Paystream Ltd &middot; Unsubscribe</td></tr></table>`, 'Paystream coding challenge'),

  // ── more rejections across stages and reasons
  rej('assessment', ['assessment'], door,
    `Dear Layla,

Thank you for attending our Cabin Crew Assessment Day in Dubai.

Unfortunately you were not successful at the group exercise stage and will not progress to the final interview.

You may apply again after six months. We wish you all the best.

Cabin Crew Recruitment`, 'Cabin Crew Assessment Day'),
  rej('application', ['skills_gap', 'position_filled'], fb,
    `Dear Dr. Lindqvist,

Thank you for your interest in the postdoctoral position in the Moreau lab.

We have now appointed a candidate whose expertise in single-cell sequencing and spatial transcriptomics matches the project very closely. As your own work has been mainly in bulk proteomics, we did not take your application further.

With best wishes,
Prof. Hélène Moreau`, 'Postdoctoral position'),
  rej('interview', ['internal_candidate'], {},
    `Dear Grace,

Thank you for interviewing with us for the Head of Treasury Operations role.

Having completed the interviews, we have decided to appoint an internal candidate to the position.

We appreciate your interest in Kestrel Bank.

Yours sincerely,
Executive Recruitment, Kestrel Bank plc`, 'Head of Treasury Operations'),
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Dwayne,

Thanks for your interest in driving with Red Mesa Freight. We require at least 2 years of verifiable Class A experience for our regional routes, and your application shows 8 months.

Reapply once you've got the two years — we'd be glad to hear from you then.

Red Mesa Freight Driver Recruiting`, 'Regional CDL-A Driver'),
  rej('interview', ['culture_fit'], fb,
    `Hi Nadia,

Thanks for the conversations with Joel, Amara and me this week.

We work almost entirely async and in writing — decisions happen in docs, not in meetings — and from our conversations the team felt you'd be happier somewhere with more real-time collaboration. We're not moving forward, but it's a reflection of how we work rather than of your ability.

All the best,
Ben, Head of Engineering, Quietloop`, 'Quietloop - Senior Engineer'),
  rej('final', ['position_filled'], offered,
    `Hi Tomasz,

Thanks for everything you put into the final round. We extended an offer to another finalist and they have accepted.

If you'd like feedback from the panel, reply here and I'll set up 15 minutes.

Cheers,
Hana`, 'Data Scientist - final round'),
  rej('screen', ['generic'], {},
    `Hi Sophie,

Thanks for taking the time to speak with me on Monday. After discussing with the hiring team, we've decided not to move you forward in the process.

Best wishes,
Connor, Talent Partner`, 'Operations Analyst'),
  rej('screen', ['profile_mismatch'], {},
    `Hi Mateus,

Good to speak on the phone yesterday. Having thought about our call, I don't think the Operations Lead role is the right match for your background, so I'm going to close your application.

Thanks,
Elin`, 'Operations Lead'),
  rej('application', ['role_closed'], {},
    `Hello Keisha,

We're not hiring for the Junior Bookkeeper role at the moment — the position has been put on hold indefinitely, so we're closing all applications for it.

Thank you for your interest,
Holt & Burrows Accountants`, 'Junior Bookkeeper'),
  rej('application', ['skills_gap'], fb,
    `Dear Ivan,

We had many strong applicants for this position. Ultimately we needed someone with hands-on experience running Kubernetes in production, which your application does not show, so we will not be taking it further.

Regards,
Cloud Platform Hiring, Stratavane`, 'Site Reliability Engineer'),
  rej('application', ['profile_mismatch'], {},
    `Hi Aaliyah,

Thank you for applying to be a Community Manager at Brightside.

We've identified applicants who are a stronger match for this role and have decided to progress with them.

Brightside Recruiting`, 'Community Manager'),
  rej('application', ['generic'], {},
    `Dear Mr Boateng,

Thank you for applying for the post of Estates Officer.

Shortlisted candidates will be invited to a video interview, followed by an in-person assessment at our head office. Unfortunately, your application will not be taken forward to these stages.

Yours sincerely,
Recruitment Team`, 'Estates Officer'),
  rej('interview', ['generic'], {},
    `Hey Leo,

Great to have you in the studio on Thursday to meet everyone. We've gone with someone else this time — it was really close.

Thanks again,
Bea, Wildsong Animation`, 'Junior Animator'),
  rej('final', ['generic'], {},
    `Dear Ms. Ferreira,

Following the final interviews and the reference checks, we have decided not to offer you the role of Finance Director.

Thank you for the time you have given to the process.

Yours sincerely,
Chair, Board of Trustees`, 'Finance Director'),
  rej('application', ['skills_gap'], fb,
    `Dear Akosua,

Thank you for applying for the Medical Sales Representative position.

This role requires a degree in a life science or nursing, and your application lists a degree in business administration. We are therefore unable to move your application forward.

Regards,
Talent Team, Orison Pharma`, 'Medical Sales Representative'),
  rej('interview', ['profile_mismatch'], door,
    `Hi Dev,

Thanks for meeting with Priyanka and the design team on Friday.

We've decided to continue with candidates whose experience is better aligned with where the product is heading. It was a genuinely close call.

We'll keep your details and let you know when we're hiring designers again.

Cheers,
Mel, Talent, Groundwork`, 'Product Designer'),
  rej('interview', ['location', 'salary'], fb,
    `Dear Chidi,

Thank you for interviewing with us for the Regional Finance Controller role.

After our discussions, we are unable to offer you the role: the position must be based in our Nairobi office, and you told us that relocation from Lagos is not possible for you this year; we also could not meet your salary expectations within the budget for the post.

Kind regards,
HR, Savanna Logistics`, 'Regional Finance Controller'),

  // ── paused processes
  hold('interview', ['role_closed'], {},
    `Dear Ms Lim,

Thank you for attending the interview for the position of Senior Executive, Finance.

We wish to update you that the hiring for this position has been put on hold pending a management review of the department's headcount. No decision has been made on your application. We will update you again once we have more information.

Regards,
HR Department`, 'Senior Executive, Finance - update'),
  hold('application', ['role_closed'], {},
    `hey Ruth — quick heads up: we've frozen hiring until our Series B closes, hopefully in 6–8 weeks. Your application isn't rejected, we'll pick it back up as soon as we can.

— Ines, Parcelwise`, 'Parcelwise hiring update'),
  hold('interview', ['role_closed'], {},
    `Dear Candidate,

RECRUITMENT CAMPAIGN 2026/07 – CUSTOMS OFFICER

The recruitment campaign for the above post has been suspended pending a review of the establishment. Candidates who were interviewed, including yourself, remain under consideration and will be contacted when the campaign resumes.

Yours faithfully,
Recruitment Unit`, 'Campaign 2026/07 suspended'),

  // ── look-alikes of an inbox
  other(`Dear Jonathan,

We have received your application for Req R-0203311, Treasury Analyst.

Our recruiting team will review your qualifications, and if there is a match, a recruiter will contact you to discuss next steps.

Thank you for your interest in Meridian Holdings.${workday('R-0203311')}${eeo}`, 'Thank you for applying - R-0203311'),
  other(`Hello Farah,

The status of your application for Clinical Data Manager (Job ID 2026-14873) has changed.

Log in to the candidate portal to view the details.

Powered by iCIMS.`, 'Application status update'),
  other(`Dear Ms Tan,

We are pleased to invite you for an interview for the position of Assistant Manager, Procurement.

Date: 12 September, 10.30am
Venue: 15 Tuas Avenue 8, Level 3 (please report to the reception)

Kindly bring along your NRIC and original certificates. Please confirm your attendance by replying to this email.

Regards,
HR Department
Keppelhurst Engineering Pte Ltd`, 'Interview invitation'),
  other(`Hi Amit,

Quick update: we're still interviewing this week and expect to make a decision by Friday. We'll be in touch either way.

Thanks for your patience,
Sara`, 'Update - Product Manager'),
  other(`Hi Maya,

Thanks for getting in touch on spec. We don't have any openings at the moment, but I've saved your portfolio and will reach out if anything comes up.

Best,
Jo, Studio Marrow`, 'Re: Illustrator - speculative'),
  other(`Dear Obinna,

I am delighted to offer you the position of Senior Analyst at Kestrel Bank, starting on 2 February. Your contract and benefits summary are attached.

Please sign and return the contract by 15 January. We look forward to welcoming you.

Yours sincerely,
Executive Recruitment`, 'Offer of employment'),
  other(`Hi Oksana,

Thanks for the great chat with Matteo! The next step is a take-home exercise. You'll get a link tomorrow; it takes about three hours and you'll have a week to submit.

Ledgerly Recruiting`, 'Next step: take-home'),
  other(`Dear Sven,

As requested, we have withdrawn your application for the Logistics Coordinator position. We wish you all the best with your new role.

Recruitment Team`, 'Application withdrawn'),
  other(`Dear Mr Hargreaves,

Your name has been given as a referee by Laura Chen, who has applied for the post of Research Administrator. We would be grateful if you could complete the attached reference form by 20 November.

Thank you for your help.

HR Services`, 'Reference request - Laura Chen'),
  other(`New jobs for you: "product designer" in Remote

• Senior Product Designer — Drift Harbour — Remote
• Product Designer II — Lumenpath — Remote (US)
• Lead Designer — Fernwork — Remote (EU)

You are receiving this job alert because you signed up. Unsubscribe.`, '3 new jobs matching product designer'),
  other(`Hi Kwame,

Sorry to do this, but Dana has a clash on Wednesday. Could we move your interview to Thursday at 2pm or Friday at 11am? Let me know which works.

Kelsey`, 'Reschedule - interview with Dana'),
  other(`Hi Priya,

Thank you for interviewing with Corbel & Vine! We'd love to hear how it went for you — our candidate experience survey takes two minutes.

Your application is still being reviewed and the hiring team will be in touch with next steps.

The Corbel & Vine Talent Team`, 'How was your interview?'),
  other(`Welcome to the Meridian Talent Network!

You'll be the first to hear about new roles, events and stories from our teams. You can update your preferences at any time.${eeo}`, 'Welcome to the Meridian Talent Network'),
  other(`Dear Applicant,

RE: VACANCY NO. KTC/HR/09/2026 – ASSISTANT PROCUREMENT OFFICER

We acknowledge receipt of your application. Shortlisted candidates will be contacted within six weeks of the closing date. If you do not hear from us within that period, please consider your application unsuccessful.

Human Resources`, 'Acknowledgement of application'),
  other(`Hi Deepak,

Reminder: your timesheet for the week ending 14 November has not been submitted. Please submit and have it approved by your client manager by 5pm Monday so you're paid on time.

Talentbridge Payroll${agencyFooter}`, 'Timesheet reminder'),
  other(`Dear Mr. Okoro,

we hereby confirm receipt of your application documents for the position as Controls Engineer. We will examine them carefully and come back to you; please understand that this can take up to four weeks.

With kind regards
Human Resources${gmbh}`, 'Confirmation of receipt'),
  other(`Hi Sunil,

Congratulations — you've made it through to the final round for Regional Sales Manager! It will be a 45-minute role-play with Gareth, our CRO, followed by a conversation with the CEO. I'll send calendar options shortly.

Fiona`, 'Final round - Regional Sales Manager'),
  other(`Hi Jerome,

Your application for the Customer Service Representative (Healthcare Account) is incomplete: we are missing a copy of your transcript of records. Please upload it within five days so we can continue processing your application.

Recruitment Team
Bayview Contact Solutions, Inc.`, 'Missing document'),
  other(`Hi Lena,

Thanks so much for your time on the panel interview on Tuesday. We're meeting the last two candidates this week and hope to have an answer for everyone early next week.

Best,
Mark`, 'Finance Manager - update'),
];
