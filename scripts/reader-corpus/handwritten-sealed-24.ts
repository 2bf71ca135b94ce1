/**
 * Sealed messages of the twenty-fourth round. Two halves. The first: rejections, each from a different employer and
 * writer, across sectors and countries, at every stage from the application to the final round. The second: one
 * inbox over a season, a hospitality operations manager in Dublin applying for corporate operations, customer
 * experience and facilities roles, with acknowledgements, invitations, reminders, an offer, paused processes and
 * rejections side by side. Sealed: for evaluation only.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s24-');

export const HANDWRITTEN_SEALED_24: readonly CorpusLine[] = [
  // ── Half A: rejections from many employers — application stage
  rej('application', ['generic'], { ...door },
    `Hi Tomasz,

Thanks for applying to the Backend Engineer (Payments Core) role at Kontora. We've now looked at every application for this opening and, unfortunately, we won't be taking yours forward this time.

We know it takes effort to put an application together and we genuinely appreciate it. New roles open often, so please check kontora.io/careers now and then and apply again if something catches your eye.

All the best,
The Kontora Talent Team

Kontora GmbH · Rosenthaler Str. 40 · 10178 Berlin
You're receiving this email because you applied for a job at Kontora via Greenhouse. Privacy notice: kontora.io/applicant-privacy`,
    'Your application to Kontora'),

  rej('application', ['generic'], {},
    `Hey Jordan — thanks for throwing your hat in the ring for Product Designer. We've decided not to move ahead with your candidacy. Best of luck out there.

Fernhill Labs

Sent via Lever`,
    'Fernhill Labs | Product Designer'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Keisha,

Thank you for your interest in the Claims Analytics Consultant position (Req. R-0048213) with Harborline Mutual Insurance.

We have carefully reviewed your qualifications. At this point in time, we have identified applicants whose background lines up more directly with the needs of this position, and we will not be moving forward with your application.

Your profile will remain in our candidate database, and our recruiters may contact you if a role aligned with your experience becomes available. You can also create job alerts in the Careers portal.

Thank you again for considering Harborline Mutual.

Talent Acquisition
Harborline Mutual Insurance Company

This message was sent from an unmonitored mailbox. Harborline Mutual is an Equal Opportunity Employer, including disability and veterans.`,
    'Harborline Mutual: Update on your application'),

  rej('application', ['generic'], {},
    `Hello Callum,

Thank you for applying for the Deputy Store Manager vacancy at our Stockport Grand Central store.

We received a very high number of applications and, having reviewed yours, we're sorry to let you know we won't be inviting you to the next stage on this occasion.

Because of the volume of applications we receive, we're not able to give individual feedback, and we hope you'll understand.

Kind regards,
Recruitment Team
Pennant & Hale Foodhalls

Please do not reply to this email — replies go to an unattended mailbox. Powered by SmartRecruiters.`,
    'Deputy Store Manager – Stockport'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Arun,

Thanks for applying to Inference Infrastructure Engineer at Quillmark.

We read your application closely. This team is hiring specifically for people who have already run large GPU clusters in production — the role involves owning scheduling across several thousand accelerators from day one — and we didn't see that kind of hands-on experience in your background. Because of that, we're not going to move forward right now.

Thank you for taking the time, and good luck with your search.

— Quillmark Recruiting (sent with Ashby)`,
    'Quillmark — Inference Infrastructure Engineer'),

  rej('application', ['position_filled'], {},
    `Dear Maria Elena Duarte,

Thank you for your application for Respiratory Therapist II - Nights (Job ID 77102) at St. Brennan Regional Medical Center.

This position has now been filled. We have closed the posting and are no longer considering applications for it.

We appreciate your interest in caring for our community.

Human Resources
St. Brennan Regional Medical Center | 1200 W Carrow Ave, Springfield, MO

St. Brennan Health is an equal opportunity employer. To unsubscribe from candidate communications, update your preferences in your candidate profile.`,
    'Your application status - Respiratory Therapist II'),

  rej('application', ['generic'], { ...door },
    `Dear {{candidate.first_name}},

Greetings from Deccan Union Bank.

We thank you for your application for the post of Relationship Manager – Wealth (Ref: DUB/HR/2026/331). We wish to inform you that your candidature has not been shortlisted for the further process.

Your details shall be retained in our database and may be considered against future openings matching your profile.

We wish you success in your endeavours.

Warm regards,
HR Recruitment Cell
Deccan Union Bank Ltd., Corporate Office, Hyderabad

*** This is a system generated mail. Please do not reply. ***`,
    'Application status – Relationship Manager – Wealth'),

  rej('application', ['generic'], {},
    `Dear Mr. Papadakis,

We thank you for the interest to join Aegeon Bulk Carriers and for the time you spent to apply for the position Marine Operations Executive.

After the evaluation of all the applications, we have to inform you that we will not continue with your application in this recruitment. We wish you all the best for your professional future.

With kind regards,
HR Department
Aegeon Bulk Carriers S.A.
Piraeus

Sent via Workable`,
    'Marine Operations Executive – Aegeon Bulk Carriers'),

  rej('application', ['profile_mismatch'], { ...door, ...offered },
    `Hi Freya!

Thank you so much for wanting to join us as Senior Motion Designer. We loved seeing all the stuff you sent over.

We've now gone through everyone, and honestly it was a tough one. In the end we chose to continue with a few people whose portfolios sit a bit closer to the brand-led 3D work this role is about, so we're letting you know we won't go further with you this time.

If you're curious about how we looked at your application, just write back and I'll happily tell you more. And we'd be really glad to see you again when the next role pops up — we'll keep you in our talent pool unless you tell us otherwise.

Hälsningar,
Linnea Bergkvist
People & Culture, Studio Nordvik
Stockholm

Sent with Teamtailor · Manage your data`,
    'Thanks from Studio Nordvik'),

  rej('application', ['location'], { ...fb },
    `Hello Mr Ferreira,

thank you for your application as Werkstudent / Working Student Supply Chain and for your interest in Brauwerk Logistik.

Unfortunately we have to tell you that we can not consider your application further. The position requires presence in our Munich office on at least four days a week, and from your documents we understand that you are living in Porto and are looking for a fully remote arrangement. This is not possible for this role.

We wish you all the best and success for your future.

Best regards
Katrin Aschenbrenner
HR Business Partner

Brauwerk Logistik GmbH | Freisinger Landstr. 112 | 80939 München
Information on data protection: brauwerk-logistik.de/datenschutz
Powered by Personio`,
    'Your application at Brauwerk Logistik'),

  rej('application', ['generic'], { ...door },
    `Dear Dr Nguyen,

Re: Lecturer in Environmental Engineering (Level B), Position No. 0512094

Thank you for your application for the above position. The selection committee has now completed shortlisting, and I regret to advise that your application has not been shortlisted for interview.

The University received a strong field of applications and the committee's task was a difficult one. We encourage you to continue to check our employment website for future vacancies that may be of interest.

Yours sincerely

Ms Gail Prendergast
Recruitment Officer, People & Culture
Western Coast University, Perth WA

CRICOS Provider Code 00987X`,
    'Position No. 0512094 - outcome of shortlisting'),

  rej('application', ['skills_gap'], { ...fb, ...offered },
    `Dear Ms Adeyemi,

Application for: Senior Planning Officer (Development Management), Ref. PL/0922
Closing date: 14 September

Thank you for applying for the above post. Your application was assessed by the shortlisting panel against the essential criteria in the person specification.

I am sorry to tell you that you have not been shortlisted. The panel noted that the post requires full Chartered Membership of the RTPI (criterion E2), and your application indicated that you are working towards this rather than holding it at present. Your experience of householder applications was otherwise well evidenced.

If you would like to discuss the panel's decision, you are welcome to contact me on 0161 555 0740 within 20 working days.

Yours sincerely,

Hamid Rashid
Development Management Team Leader
Thornbury Metropolitan Borough Council`,
    'Ref. PL/0922 – Senior Planning Officer'),

  rej('application', ['position_filled'], {},
    `Good day Ms Mokoena

Thank you for your application for the post of Grade 4 Foundation Phase Educator which was advertised in August.

We wish to inform you that the post has since been filled. We thank you for your interest in Highveld Ridge Preparatory School.

Kind regards
Mrs L. Jansen van Rensburg
School Secretary
Highveld Ridge Preparatory School, Benoni`,
    'Grade 4 Educator post'),

  rej('application', ['role_closed'], {},
    `Hi Émilie,

I'm writing to everyone who applied for our Community Outreach Coordinator role. Last week we learned that the provincial grant that was going to fund this position will not be renewed for the coming year. With real regret, our board has decided not to fill the role, so we've stopped the hiring process and won't be going forward with any applications, including yours.

This isn't the news any of us wanted to send. Thank you for caring about what we do.

Warmly,
Danielle Okoro
Executive Director
North Shore Food Security Network, Halifax NS`,
    'Community Outreach Coordinator — update'),

  rej('application', ['generic'], {},
    `Dear Olivia

2028 Training Contract application

Thank you for your application for a training contract with Marlowe Strand LLP.

We have now considered your application carefully, together with the many others we received this year. We are sorry to tell you that we are unable to offer you a place at our assessment day.

We receive a very large number of applications each year and, regrettably, we cannot provide feedback on individual applications at this stage of the process.

We wish you every success in your career.

Yours sincerely

Graduate Recruitment Team
Marlowe Strand LLP

Marlowe Strand LLP is a limited liability partnership registered in England and Wales (OC412907) and authorised and regulated by the Solicitors Regulation Authority.`,
    'Marlowe Strand LLP – your application'),

  rej('application', ['overqualified', 'salary'], {},
    `Dear Engr. Chukwuma,

RE: APPLICATION FOR THE POSITION OF SITE SUPERVISOR (CIVIL)

We acknowledge receipt of your application and thank you for your interest in Obiora & Sons Construction Ltd.

Having gone through your CV, we observed that your experience is far above what this supervisory position requires, and the remuneration attached to the role would be well below what a person of your standing commands. For these reasons we are unable to consider you for the position.

We wish you the very best.

Yours faithfully,
For: Obiora & Sons Construction Ltd.

Mrs. Ngozi Eze
Head, Human Resources
Plot 14, Trans-Amadi Industrial Layout, Port Harcourt`,
    'RE: APPLICATION FOR THE POSITION OF SITE SUPERVISOR (CIVIL)'),

  rej('application', ['generic'], { ...door },
    `Dear Wei Ling,

Thank you for your interest in the Guest Experience Executive role at The Orchid Quay Singapore.

We have reviewed your application and regret that we will not be moving forward at this time. Do stay connected with us — we look forward to receiving your application again for other roles that suit you.

Warm regards,
Talent Acquisition
The Orchid Quay Singapore
18 Marina Quay Walk, Singapore 018975`,
    'Guest Experience Executive — The Orchid Quay'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Priyanka,

Quick update on the Financial Controller role at the manufacturing client in Leeds I put you forward for.

I've had the hiring manager's comments back and sadly they've decided not to take you to interview. They're focusing on people who've come up through a manufacturing or FMCG finance function, and they felt your background (mostly professional services) isn't quite where they want to be for this one.

Not the answer we wanted, I know. I've got a couple of other briefs coming through over the next few weeks that might suit you better, so I'll keep you front of mind and give you a call when they land.

Cheers,
Rob

Rob Tennant
Senior Consultant – Finance & Accounting
Ashgrove Recruitment | Leeds
M: 07700 900 618`,
    'RE: FC role - Leeds'),

  rej('application', ['generic'], {},
    `Thanks Marcus, appreciate you sending this over. We're going another way for the shift lead spot. Good luck!

Dee
Sent from my iPhone`,
    'Re: shift lead at Second Crack Coffee'),

  rej('application', ['internal_candidate'], {},
    `Dear Seán,

Thank you for applying for the position of Lending Officer with Lakelands Community Credit Union.

I want to let you know that, following our review of the applications, the position has been offered to a member of our existing staff, and we are therefore not progressing the external applications further.

We appreciate the interest you have shown in the credit union and thank you for the time you put into your application.

Yours sincerely,

Bernadette Coyle
HR & Compliance Manager
Lakelands Community Credit Union Ltd, Mullingar, Co. Westmeath

Lakelands Community Credit Union Ltd is regulated by the Central Bank of Ireland.`,
    'Lending Officer position'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Hi Rahul,

Thank you for your interest in the Senior Site Reliability Engineer opening at Paytrail Software, Pune.

We went through your profile and we are not in a position to take it forward. Two things came in the way: we are looking for a minimum of 6 years of hands-on SRE experience with Kubernetes in production, and your profile shows about 3; also this role is based out of our Pune office on all weekdays, and you have mentioned you can only work remotely from Kolkata.

Thank you for your time and all the best.

Regards,
Sneha Kulkarni
Talent Acquisition, Paytrail Software Pvt. Ltd.`,
    'Regarding your application – Senior SRE'),

  rej('application', ['generic'], {},
    `Hi [First Name],

Thank you for applying for the [Position Title] role with Sundown Outdoor & Camping.

After careful consideration we have decided to progress with other applicants at this time. We wish you well in your future job search.

Cheers,
Sundown Outdoor People Team

Sundown Outdoor & Camping Pty Ltd | ABN 42 617 093 225
You received this email because you applied for a role with us. Unsubscribe`,
    'Your application with Sundown Outdoor'),

  rej('application', ['generic'], { ...door },
    `Dear Dale Whitaker,

Thank you for applying for the Second Shift Quality Technician position at Midland Precision Castings.

We have reviewed your application and have decided to pursue other candidates for this position.

We encourage you to visit our careers page regularly, as new positions become available frequently, and we hope you will apply for future openings for which you are qualified.

Sincerely,

Human Resources Department
Midland Precision Castings, Inc.
Fort Wayne, Indiana

Midland Precision Castings is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.`,
    'Thank you for applying'),

  rej('application', ['salary'], { ...fb, ...door },
    `Dear Sven,

Thank you very much for your application as Transport Planner at Van Dijk Logistiek.

We have read your motivation and CV with interest. Your experience in planning fits in many ways. Unfortunately the salary indication you gave in the application form (€5,200 gross per month) is clearly above the scale we have for this function, which goes until €4,300. For this reason we decided not to invite you for a conversation.

If your wishes change, or if a more senior planning position opens in the future, we would like to hear from you again. We will keep your data for one year with your permission.

Met vriendelijke groet / Kind regards,

Annelies Wouters
Recruiter
Van Dijk Logistiek B.V. | Venlo`,
    'Your application Transport Planner'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr. Kowalczyk,

Thank you for your application for the position of Client Services Officer (competition 2026-NCC-0418) with the National Capital Crown Corporation.

This position has a linguistic profile of Bilingual Imperative (CBC). Based on the information you provided in your application, you indicated that you do not currently meet the required level of second-language proficiency in French. As a result, your application will not be given further consideration in this process.

Thank you for your interest in a career with us.

Staffing and Recruitment Services
National Capital Crown Corporation / Société de la capitale nationale

Ce message est également disponible en français.`,
    'Competition 2026-NCC-0418: Client Services Officer'),

  // ── Half A: screen stage
  rej('screen', ['profile_mismatch'], { ...offered },
    `Hi Dana,

Thank you again for making time to talk with me on Thursday about the Revenue Operations Manager position — I enjoyed hearing how you rebuilt the renewals process at your last company.

I've shared my notes with Grant, the hiring manager, and we've talked it over. We've decided to move ahead with candidates whose experience maps more closely to what this particular role needs, so we won't be scheduling next steps with you.

I realize that's disappointing after a good conversation. If it'd help to hear a bit more about how we reached that decision, I'm glad to set up 10 minutes — just reply here.

Best,
Caroline Muñoz
Senior Recruiter | Brightwater Analytics
Austin, TX`,
    'Brightwater Analytics - Revenue Operations Manager'),

  rej('screen', ['generic'], { ...door },
    `G'day Lachlan,

Good to chat yesterday arvo. I've since caught up with the team at the client end and they've decided to keep going with the other people on the shortlist, so it's a no for the Warehouse Ops Lead gig unfortunately.

Don't let it get you down — you interview well on the phone and I'll be in touch when the next logistics role comes across my desk, which won't be long this time of year.

Cheers mate,
Bec Hollis
Consultant, Southern Cross Talent | Brisbane
0412 555 803`,
    'Warehouse Ops Lead'),

  rej('screen', ['generic'], { ...door },
    `Dear Aisling,

Thank you for taking my call last week regarding the QA Specialist – Batch Release role in our Cork facility.

Following our conversation we have reviewed all candidates, and I'm sorry to say that we won't be progressing your application to interview.

We'll keep your details on our talent database, and I'd be glad to reach out if another quality role comes up that could be right for you.

Many thanks and best wishes,

Orla Brennan
Talent Acquisition Partner
Carrowmore Biologics Ireland Ltd., Ringaskiddy, Co. Cork`,
    'QA Specialist – Batch Release'),

  rej('screen', ['location'], { ...fb },
    `Hi Daniyar,

Thanks again for the intro call on Monday, it was great to learn more about your compliance work in Almaty.

I checked internally after our chat regarding the visa point you raised. Unfortunately for this Compliance Analyst role we are not able to support an Employment Pass application — the team needs someone who already has the right to work in Singapore. So we have to close your application for this position.

Sorry it didn't work out, and all the best for your move.

Best regards,
Jolene Tan
Talent Partner, Meridian Pay Pte. Ltd.`,
    'Following up on our call'),

  rej('screen', ['culture_fit'], { ...fb, ...offered },
    `hey Sam,

thanks for jumping on a call with me on Friday. I really liked hearing about the agency stuff.

I've slept on it and I'm going to be honest with you: we're six people, nobody has a title, and the job is mostly unglamorous support tickets plus whatever is on fire that day. From how you described the way you like to work — clear scope, a manager setting priorities — I don't think this would be a setup you'd enjoy, and I don't think we'd be a good match for each other right now. So I'm going to pass.

If you want me to go into more detail on that, happy to, just say.

Ollie
founder, Tideline (tideline.dev)`,
    'our chat'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Dear Mr Oyelaran,

Job reference: 284-NS-6112-B
Post: Specialist Nurse, Tissue Viability (Band 6)

Thank you for speaking with our recruitment team during the telephone screening on 2 October.

We regret to inform you that we are unable to take your application further. The post requires current registration on the NMC register, and at the time of the call your registration was still in progress pending your OSCE result. Once you are registered, we would welcome an application for any suitable vacancy.

Yours sincerely

Recruitment Services
Dunmere Valley Hospitals NHS Foundation Trust`,
    '284-NS-6112-B Specialist Nurse - outcome'),

  rej('screen', ['generic'], {},
    `Hi Beatriz,

Thank you for the time you spent with our recruiting team on the Partnerships Lead role. After reviewing our conversation, we've decided not to move forward to the next stage.

We appreciate your interest in Canopy and wish you the very best.

The Canopy Recruiting Team

This email was sent via Ashby on behalf of Canopy Health, Inc. 548 Market St, San Francisco, CA.`,
    'Canopy Health - Partnerships Lead'),

  rej('screen', ['role_closed'], {},
    `Dear Miss Bankole,

Following your telephone conversation with our HR Officer on 12th instant regarding the Treasury Sales Associate role, we wish to inform you that management has stepped down the requisition for the position due to a review of the Treasury Group structure.

Consequently, the recruitment for the role has been discontinued and we will not be taking your application further.

We thank you for your interest in Heritage Crest Bank.

Yours faithfully,
Ifeoma Nwachukwu
Human Resources Group
Heritage Crest Bank Plc, Victoria Island, Lagos`,
    'Treasury Sales Associate - Update'),

  rej('screen', ['profile_mismatch', 'salary'], { ...door },
    `Dear Karim,

It was a pleasure speaking with you on the phone about the Front Office Manager opening at Al Noor Residences.

Having reflected on our call, we feel that another candidate's background is a closer match for what the property needs at this stage, and we also recognise that the package we can offer for this grade sits below the figure you mentioned. For both reasons we will not proceed further.

We will keep your profile in our records for upcoming openings across the group, and I would be happy to contact you about them.

Kind regards,
Reem Al-Haddad
Assistant Director of Talent & Culture
Al Noor Residences, Dubai`,
    'Front Office Manager — Al Noor Residences'),

  rej('screen', ['generic'], {},
    `Hi Ananya,

Thanks so much for your time with Priya last week to chat about the Technical Writer role on the Developer Platform team.

We've had a lot of interest in this position and, after careful review, we've decided to focus on other candidates for the next round.

Given the number of candidates, we're unfortunately not able to share individual feedback, but we're grateful you considered us.

Warm regards,
Jean-François Gagnon
Recruitment Coordinator, Northbeam Software (Montréal)`,
    'Technical Writer, Developer Platform — next steps'),

  // ── Half A: assessment stage
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Michał,

Thank you for submitting the backend task for the Senior Go Developer position.

Our engineers reviewed your solution. The structure of the code was clean and easy to read, but the implementation did not pass our hidden tests for concurrent writes — under parallel requests the balance updates were lost, and there were no tests covering this case. For this position the handling of concurrency is central, so we decided not to continue with the next step.

We hope you can use this. You are welcome to apply again in six months, and we will keep your CV in our system until then.

Best regards,
Agnieszka Wróbel
Tech Recruiter, Fennec Systems Sp. z o.o., Wrocław`,
    'Fennec Systems – result of the technical task'),

  rej('assessment', ['assessment'], {},
    `Dear Harriet,

Thank you for completing the online assessments for the Bramley & Cole Graduate Programme 2027 (Technology stream).

Unfortunately, your results in the situational judgement and numerical reasoning tests did not reach the standard required to progress to the video interview stage, so we will not be taking your application forward this year.

Please note we are unable to share individual test scores or provide further feedback on your results.

With best wishes,

Early Careers Team
Bramley & Cole Bank plc

This mailbox is not monitored.`,
    'Your Bramley & Cole application'),

  rej('assessment', ['assessment'], { ...offered },
    `Dear Aditya,

Thank you for the effort you put into the case study for the Associate Consultant – Operations Excellence role, and for submitting it within the timeline.

The evaluation panel has reviewed the case submissions, and we regret to inform you that your submission did not meet the threshold required to be shortlisted for the partner discussion.

Should you wish to understand the panel's observations on your case, please let me know and I will arrange a short call with one of the reviewers.

With warm regards,
Shreya Bhattacharya
Campus & Lateral Hiring, Vashti Advisory LLP, Gurugram`,
    'Case study outcome – Associate Consultant'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Niamh,

Thank you for completing the writing task for our Digital Communications Officer role.

We received some really strong pieces and it's been a difficult decision, but we won't be inviting you to interview this time. To be transparent with you, the panel felt your blog draft read more like an internal report than something for our supporters — at nearly twice the 400-word limit, the key ask (signing the petition) didn't appear until the last paragraph.

Thank you so much for your interest in Riverbank Wildlife Trust and for your time on the task.

Best wishes,
Tom Ashdown
Head of Communications
Riverbank Wildlife Trust | Registered charity no. 1094421`,
    'Digital Communications Officer – writing task'),

  rej('assessment', ['role_closed'], {},
    `Hi Chris,

I owe you a straight answer after you put real hours into the take-home we sent over.

Between then and now, leadership decided to pause the analytics platform project this role was going to own. With that work off the roadmap for this year, we've closed the opening rather than keep candidates waiting on something that isn't going to happen. That means we won't be moving forward with you, and it has nothing to do with what you submitted.

Sorry about the timing, and thanks again.

Meg Castellano
Director of Data, Halyard Commerce`,
    'Analytics Engineer role'),

  rej('assessment', ['generic'], {},
    `Hi Thabo,

Just to update you on the Fleet Controller vacancy. The client completed reference checks on the shortlisted candidates last week, and they have now informed me that they will not be going ahead with your application.

Thank you for your patience through the process.

Regards,
Gerhard Botha
Principal Consultant
Kaapstad Staffing Solutions | Cape Town`,
    'Fleet Controller – Update'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Ms. Ivanova,

Thank you for taking part in the language assessment for the position of Customer Support Specialist (German/English) at Lindqvist Travel Services.

For this position a German level of at least C1 is necessary, because the support is given by telephone to German-speaking customers. In the test you reached level B2 in the speaking part. We are sorry, but with this result we can not continue with your application.

We thank you for your interest and wish you much success.

Kind regards
Team Recruiting
Lindqvist Travel Services s.r.o., Prague`,
    'Result of your language test'),

  rej('assessment', ['assessment'], { ...door },
    `Hi Grace,

Thanks for sitting the Excel and reconciliation test for the Assistant Accountant role at Keane Bramwell Chartered Accountants.

Your result fell short of the mark we set for moving to the interview stage, so on this occasion we won't be progressing your application.

Many candidates find the test easier the second time around, and you're most welcome to apply again for future roles with the firm.

Kind regards,
Naomi Fitzgerald
Office Manager
Keane Bramwell Chartered Accountants | Adelaide SA`,
    'Assistant Accountant – test result'),

  // ── Half A: interview stage
  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Ravi,

Thanks for coming over to the Coventry site on Tuesday and spending the afternoon with me and Jo. You asked good questions about the test rig, and it was clear you'd done your homework on the gearbox programme.

I've been going back and forth on this, but we've decided to offer the Senior Test Engineer job to someone else. Their background is a tighter fit for where the programme is right now, and that tipped it.

If it's useful, ring me next week and I'll talk you through how we saw it — I'd rather you heard it from me than from a form letter.

Regards,
Martin Heald
Head of Validation
Calder Drivetrain Systems Ltd
Direct: 024 7655 0193`,
    'Senior Test Engineer'),

  rej('interview', ['generic'], { ...offered },
    `A chara,

Post: Administrative Officer (Grade V), School of Medicine – Competition Ref. 058/26

I refer to your recent interview for the above post. I regret to inform you that, on this occasion, the Interview Board did not recommend you for appointment.

Should you wish to receive feedback on your interview performance, please contact the Recruitment Office at recruitment@tcnui.ie, quoting the competition reference, within four weeks of the date of this letter.

I would like to thank you for your interest in the University.

Is mise le meas,

Deirdre Ní Bhriain
Recruitment Office, Human Resources
National University of the West, Galway`,
    'Competition Ref. 058/26 – Outcome of interview'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Mr MacLeod,

Post Ref: LEC/2026/144 – Senior Officer, Roads Asset Management

Thank you for attending interview on 23 October. I am writing to let you know that you have not been successful on this occasion.

The panel were impressed with your enthusiasm, but felt that your answers on bridge inspection regimes and the use of a roads asset management plan (RAMP) did not yet show the depth of experience the post requires. Much of your experience has been in a design setting rather than in maintaining an existing network.

We would encourage you to look out for future opportunities with the Council, including the Officer grade posts we expect to advertise in the new year.

Yours sincerely

Fiona Drummond
Service Manager – Roads and Infrastructure
Lochearn Council`,
    'LEC/2026/144 – interview outcome'),

  rej('interview', ['position_filled'], { ...offered },
    `Dear Miss Okafor,

Thank you for coming to St Aldhelm's on Monday for the interview and the taught session with Year 9. The children were chatty about it afterwards!

I am sorry to tell you that we have offered the post of Teacher of Geography to another candidate, who has accepted.

I know how much goes into preparing for a day like that. If you would find it helpful to have feedback from the panel, please give me a ring and I will happily go through it with you.

With best wishes,

Mrs Helen Carrick
Deputy Headteacher
St Aldhelm's Church of England Academy, Sherborne`,
    "Teacher of Geography – St Aldhelm's"),

  rej('interview', ['generic'], { ...door },
    `Hi Kenji,

Thank you for interviewing for the Staff Frontend Engineer role at Parcelworks. We know interviewing takes real time and energy, and the team appreciated the chance to get to know you.

After thoughtful consideration, we have decided not to move forward with your candidacy at this time.

We'd love to stay in touch — we're growing quickly, and we'll reach out if we have an opening that feels like a match for your background in the future.

Best,
Parcelworks Talent Team

Parcelworks, Inc. · 2 Summer St, Boston, MA
Sent with Greenhouse`,
    'Your candidacy at Parcelworks'),

  rej('interview', ['profile_mismatch', 'position_filled'], { ...door },
    `Dear Ms. Halvorsen,

Thank you for meeting with members of our Commercial Litigation group regarding the mid-level associate position in our Chicago office. We enjoyed our conversations with you.

We have extended an offer to a candidate whose experience aligned more closely with the group's current needs, and that candidate has accepted.

We were impressed by your credentials, and we would welcome hearing from you should you be interested in future opportunities with the firm.

Very truly yours,

Patricia Olmstead
Director of Legal Recruiting
Kessler Vane & Dorsey LLP`,
    'Associate Position – Commercial Litigation'),

  rej('interview', ['culture_fit'], { ...fb, ...door },
    `Hi Brittany,

Thank you for meeting with Carlos and me last Wednesday about the Store Manager role at our Kelowna location.

We really enjoyed talking with you. After a lot of discussion, we don't think the way you like to run a floor lines up with how our stores are set up — we lean heavily on letting staff self-schedule and make their own calls, and we sensed you'd want a more structured approach. We've decided not to move ahead.

Please don't be a stranger. We're opening two more stores next year and would love to see your name come through again.

Best,
Nicole Tremblay
District Manager, Trailhead Outfitters (BC Interior)`,
    'Store Manager – Kelowna'),

  rej('interview', ['location', 'salary'], { ...fb },
    `Hi Jess,

Thanks heaps for driving down on Saturday and cooking for us — the pork belly was a highlight.

I'll be straight with you. We can't make the numbers work. What you asked for is about $15k above where we've set the head chef package, and we also need whoever takes this on to live within about half an hour of the venue, which would mean you moving your family from Perth. We don't feel right asking that on what we can pay, so we're going to leave it here.

Thanks again and all the best,
Gus Moretti
Owner, Moretti's Cellar Door & Kitchen, Margaret River`),

  rej('interview', ['generic'], {},
    `Dear Wanjiru,

RE: PROGRAMME OFFICER – LIVELIHOODS (REF: UC/PO/09)

Thank you for attending the interview at our Nairobi office on 4th November.

We regret to inform you that you have not been successful in this recruitment. We received many strong candidates and the competition was very close.

We appreciate your interest in working with Upendo Community Trust and wish you every success.

Yours sincerely,
Joseph Kamau
Human Resources & Administration Officer
Upendo Community Trust`,
    'RE: PROGRAMME OFFICER – LIVELIHOODS (REF: UC/PO/09)'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb, ...offered },
    `Dear Hui Min,

Thank you for taking the time to meet the Trade Finance team for the Assistant Vice President role.

The interviewers valued your strong operations background. However, the role requires hands-on experience structuring supply chain financing for corporate clients, including documentary credit, and the team felt your exposure to this so far has been mostly on processing rather than structuring. In the end we have selected candidates whose experience is closer to the front-office side of the role.

I know this is not the outcome you hoped for. Should you wish to discuss the feedback in more detail, I am glad to arrange a call.

Best regards,
Vanessa Lim
Talent Acquisition, Straits Pacific Bank
Singapore`,
    'AVP, Trade Finance — Straits Pacific Bank'),

  rej('interview', ['overqualified'], { ...door },
    `Hey Meera,

Really enjoyed our coffee on Saturday — thanks for coming to Indiranagar on a weekend.

After thinking it over with Kabir, we feel you are honestly too senior for what we need right now. This is a hands-on first-ops-hire job for a 12-person team, and you'd be bored in three months, maybe less. We'd rather not hire you into that.

But we will 100% be coming back to you once we raise the next round and need a proper Head of Ops. Will ping you then.

Cheers,
Aman
Co-founder, Kiranawala`,
    'Thanks for Saturday'),

  rej('interview', ['generic'], {},
    `Dear Sipho

Thank you for attending the interview for the position of Depot Manager: Germiston.

After careful consideration, we regret to advise that your application was not successful. Please accept that, owing to company policy, we are not able to provide reasons for the panel's decision.

We wish you well in your future career.

Kind regards
Human Capital Department
Transvaal Freight Lines (Pty) Ltd

Should you not hear from us within 30 days of any future application, please consider it unsuccessful.`,
    'Depot Manager: Germiston'),

  rej('interview', ['role_closed'], {},
    `Dear Mr. Haddad,

thank you very much for the interesting interview with Mr. Kühn and myself regarding the position Project Engineer Electrical Systems.

In the meantime there were organisational changes in our company. The department for which we were searching is merged with the plant in Linz, and the position in Regensburg will not be filled anymore. Therefore we must regrettably inform you that we can not continue the process with you.

We are sorry for this news and thank you for your understanding.

With kind regards
Sabine Pfeiffer
Human Resources
Oberpfalz Antriebstechnik GmbH`,
    'Your application – Project Engineer Electrical Systems'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Lauren,

Hope you're well. I've just come off the phone with Debbie at the housing association after your interview there on Thursday.

Sadly they've gone with another candidate for the Head of Customer Services. They said it was close, but the other person had just come out of a very similar role in the sector and they felt they were further along for what they need right now.

I've got some more detailed notes from Debbie, so if you want to go through them let me know and we'll grab ten minutes tomorrow.

Thanks,
Kerry

Kerry Ansell | Principal Consultant | Peak People Recruitment, Manchester`,
    'Head of Customer Services - feedback from Thursday'),

  rej('interview', ['generic'], { ...door },
    `Dear Tamika,

On behalf of the Nursing Leadership team at Riverside Methodist Health, thank you for interviewing for the Nurse Manager, Cardiac Step-Down Unit position.

We were fortunate to have a strong group of candidates, and after much deliberation we have decided to extend an invitation to another individual.

We would be glad to consider you for future leadership opportunities and hope you will keep an eye on our openings.

Sincerely,
Gloria Whitfield, MSN, RN
Director of Nursing, Cardiovascular Services
Riverside Methodist Health, Columbus, Ohio`,
    'Nurse Manager, Cardiac Step-Down Unit'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hello Raphaël,

Thank you for your time with our editorial panel on the 14th for the Senior Producer, Podcasts role.

We've completed the interviews and have chosen to move forward with another candidate, whose experience lined up more closely with what this role calls for.

If you'd like to hear the panel's comments, I'd be pleased to share them over a short call.

Best regards,
Siobhan Carlisle
Talent Partner, Prairie Public Media
Winnipeg, MB`,
    'Senior Producer, Podcasts'),

  rej('interview', ['generic'], {},
    `hi Noah sorry for the slow reply, we went with someone else in the end after the interviews. thanks for coming in, really

Sent from Outlook for Android`),

  // ── Half A: final stage
  rej('final', ['generic'], { ...offered },
    `Dear Imogen,

Thank you for attending our Assessment Day on Friday and for the energy you brought to the case, the group exercise and your partner interview.

We're sorry to tell you that we won't be making you an offer to join Ashcombe Partners as a Business Analyst this year. Our final decisions were incredibly close and we had to turn away many candidates we'd have loved to work with.

We'd like to help you with your next steps. Your interviewers have written up their notes, and if you'd like a call to go through them please reply to this email and we'll arrange a time.

With best wishes,

Sophie Marchetti
Graduate Recruitment Manager
Ashcombe Partners LLP, London`,
    'Ashcombe Partners – Assessment Day outcome'),

  rej('final', ['profile_mismatch'], { ...door, ...offered },
    `Hi Diego,

Thanks for spending the full day with us in Seattle last week. Six conversations is a lot, and every interviewer mentioned how thoughtful you were.

The hiring committee met yesterday. They decided to extend an offer to another finalist whose background matched the needs of the Storage team somewhat more closely, so we won't be moving forward with you for this role.

I'd really like to keep in touch — I think there's a good chance we'll have a team where you'd be a strong match, and I'd like to reach out to you first when that happens. Also, if you want a debrief on the onsite, say the word and I'll find us a time.

Warmly,
Hannah Lindqvist
Technical Recruiter, Cirrostrata`,
    'Cirrostrata onsite - decision'),

  rej('final', ['assessment'], { ...fb, ...door },
    `Dear Ellie,

Thank you for attending the Hartwell's Retail Management Graduate Scheme assessment centre in Reading.

We're sorry to tell you that you haven't been successful on this occasion. We wanted to give you some detail from the day: your interview was strong, but the assessors scored the in-tray exercise below the pass mark — several of the urgent staffing issues were left until after the routine tasks, which affected your prioritisation score.

You're welcome to apply again for the scheme next year, and many of our graduates joined on their second try.

Best wishes,
Hartwell's Early Careers Team`,
    "Your Hartwell's assessment centre result"),

  rej('final', ['position_filled'], { ...offered },
    `Dear Dr Mahlangu,

Thank you for travelling to Armidale for the final interviews and presentation for the position of Associate Professor in Rural Health.

As you know, the committee brought two candidates to the final stage. I write to advise that the position has been offered to and accepted by the other candidate.

It was a very close decision, and I want to thank you personally for the quality of your seminar. I would be happy to arrange a time to discuss the committee's views if that would be of use to you.

Yours sincerely,

Professor Ian Calloway
Chair, Selection Committee
School of Rural Medicine, University of New England Tablelands`,
    'Associate Professor in Rural Health — outcome'),

  rej('final', ['culture_fit', 'profile_mismatch'], { ...door },
    `Dear Ciarán,

Thank you for meeting the board sub-committee on Thursday for the final interview for Chief Executive.

The board met on Friday and has decided to appoint another candidate. I know you will want to hear it straight, so: the board felt the other candidate's experience was more closely aligned with where the organisation is now, and also felt that their style of leadership — very collaborative, slow to decide — sits more naturally with the culture of our staff team and volunteers as it stands.

This has nothing to do with your ability, which is obvious. I hope you will continue to follow our work, and we would be glad to think of you if a senior opportunity arises in future.

Yours sincerely,

Mary Cullinane
Chairperson
Tallaght Youth Initiative CLG`,
    'Chief Executive appointment'),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Dear Tolu,

Thank you for your final round presentation to our leadership team on Tuesday for the role of Head of Risk.

We have concluded the process and regret that we will not be extending an offer to you. The team found your credit risk framework sound, but the role will own our application for the payment service bank licence, and the panel felt you have not yet had direct experience engaging with CBN on licensing or regulatory examinations.

If you want more detail, I am available for a call any day this week.

Best regards,
Oluwaseun Adebayo
Chief People Officer
Kudipoint Technologies Ltd, Lagos`,
    'Head of Risk – Final Decision'),

  rej('final', ['generic'], { ...door },
    `Dear Mr Goh,

Thank you for attending the final interview with our Director for the position of Manager (Policy & Planning).

We regret to inform you that you were not selected for the position. We thank you for your interest in joining the Urban Mobility Authority.

As we continually look for talent, we encourage you to apply again for positions that match your interests and experience via the Careers@Gov portal.

Yours sincerely,
Human Resource Division
Urban Mobility Authority, Singapore

This is a computer-generated email. No reply is required.`,
    'Application for Manager (Policy & Planning)'),

  rej('final', ['position_filled'], {},
    `Dear Andre,

I wanted to personally follow up with you as we come to the end of our search for a Director of Development.

Thank you for all the time you gave us across three rounds of interviews, and for connecting us with your references, who spoke very highly of you. After completing our process, we have offered the position to another finalist, and she has accepted.

Thank you for your interest in Bright Futures Literacy Alliance and for everything you shared with us.

Sincerely,
Cheryl Vance
Executive Director
Bright Futures Literacy Alliance, Atlanta, GA`,
    'Director of Development search'),

  rej('final', ['role_closed'], {},
    `Dear Pieter

I am writing regarding the General Manager position at The Tsitsikamma Lodge & Spa, for which you were one of our two remaining candidates.

As you may have read in the press, the owners have concluded the sale of the lodge to a new hotel group, which will bring in its own management team. We have therefore been asked to cancel the appointment, and the search is closed.

I'm very sorry this comes so late in the process and after you had met the owners in person.

Kind regards
Annemarie du Plessis
Executive Search, Fynbos Hospitality Partners
Stellenbosch`,
    'GM appointment – Tsitsikamma Lodge'),

  rej('final', ['internal_candidate'], { ...door },
    `Dear Kavitha,

Thank you for participating in the final round of discussions for the role of Delivery Head – BFSI with our senior leadership.

After careful deliberation, the management has decided to fill this role through an internal movement of a current senior leader from our Chennai delivery centre. We are therefore closing the external search.

We were very glad to know you, and we shall reach out to you when a leadership opportunity opens up that is suitable for your profile.

With best regards,
Ramesh Venkataraman
Vice President – Talent Acquisition
Sahyadri Infotech Ltd., Bengaluru`,
    'Delivery Head – BFSI: Update'),

  // ── Half B: one inbox, September to March — a hospitality operations manager in Dublin
  other(`Hi Eoin,

Great to speak briefly at the Hospitality Ireland breakfast last week. As promised, I'm attaching my CV.

Quick summary: I've been Operations Manager at the Liffey Wharf Hotel (212 rooms, conference centre, F&B) for the last five years, and before that Front Office and Rooms Division roles at two other Dublin properties. I'm now looking to move into a corporate operations, customer experience or facilities/workplace role — ideally Dublin-based, hybrid is fine. I'm open on sector.

My current package is €68k plus bonus. Unfortunately I can't do interviews on Saturdays most weeks given the rota, but weekdays I can usually make work with a bit of notice.

Thanks a million, and I'd appreciate you keeping me in mind for anything suitable.

Róisín

Róisín Delaney
Operations Manager | The Liffey Wharf Hotel
087 555 2148`,
    'CV – Róisín Delaney (ops / CX / facilities)'),

  other(`Dear Róisín,

Thank you for applying for the Group Operations Analyst role (JR-10457) at Clanwilliam Hotel Collection.

We have received your application and our Talent team will review it against the requirements of the role. If your profile is selected to move forward, a member of the team will contact you directly. Unfortunately, due to the number of applications we receive, we are not always able to respond to every candidate individually, so we appreciate your patience.

You can track the status of your application at any time in your Candidate Home account.

Kind regards,
Talent Acquisition
Clanwilliam Hotel Collection

This is an automated email — please do not reply.`,
    'We have received your application – Group Operations Analyst'),

  rej('application', ['generic'], {},
    `Hi Róisín, thanks for your interest in the Office Coordinator role at Brightdesk. We've reviewed your application and won't be moving forward. Wishing you the best.

— Brightdesk Hiring Team (via Lever)`),

  other(`JobsNest.ie — Your daily job alert: "operations manager" in Dublin

8 new jobs match your alert

Operations Manager – Corporate Real Estate
Halcyon Workplace Solutions · Dublin 2 · €65,000 – €75,000
Posted 1 day ago

Customer Experience Lead
Pelican Energy · Dublin 18 · Hybrid
Posted 2 days ago

Facilities Coordinator (12-month contract)
Trinity Quays Property Partners · Dublin 4
Posted 2 days ago

Guest Services Manager – Conference Venue
The Harbourside Convention Centre · Dublin 1
Posted 3 days ago

See all 8 jobs

Unfortunately some jobs may close early if they receive a high volume of applications, so apply soon.

You are receiving this because you created a job alert. Manage alerts | Unsubscribe`,
    '8 new jobs for "operations manager" in Dublin'),

  other(`Hi Róisín,

Thanks for applying for the Workplace Experience Lead role at Copperleaf in Dublin!

Our team is reviewing applications and we'll be in touch if your background is a good match for the position. We do receive a large number of applications, so regrettably we can't always get back to everyone with personal updates — but please know a real person reads every application.

In the meantime, feel free to learn more about life at Copperleaf on our blog.

Thanks,
The Copperleaf Recruiting Team

Copperleaf Technologies Ireland Ltd. · Sir John Rogerson's Quay, Dublin 2
Sent via Greenhouse`,
    'Thanks for applying to Copperleaf!'),

  rej('application', ['generic'], { ...door },
    `Dear Róisín,

Thank you for your recent application for the position of Hotel Support Centre – Revenue & Operations Coordinator with Emerald Stay Hotels.

We have now completed our review of applications for this position and regret to inform you that your application was unsuccessful on this occasion.

We encourage you to keep an eye on our careers site, and we hope you'll apply for other roles across our hotels and our Support Centre in the future.

Best regards,
Emerald Stay Hotels Recruitment

This is an automated message. Please do not respond to this email.`,
    'Your application with Emerald Stay Hotels'),

  other(`Dear Róisín Delaney,

Thank you for your application for the position of Customer Experience Manager – Airport Operations (Req ID 20814).

Your application has been successfully submitted. Please note that unfortunately we are unable to provide application status updates by phone or email. Should your experience match the requirements of the role, a member of our Talent Acquisition team will be in touch.

We appreciate your interest in a career at Aer Lír.

Aer Lír Talent Acquisition
Dublin Airport, Co. Dublin

Please do not reply to this message.`,
    'Aer Lír – Application Received (Req ID 20814)'),

  other(`Hi Róisín,

Hope you don't mind me reaching out out of the blue. I came across your profile and your experience running operations at the Liffey Wharf caught my eye.

I'm working with a global professional services firm that's building out its Dublin workplace team — they're after a Workplace Operations Manager to run front of house, hospitality and vendor management for a 900-person office. They're specifically keen on people from a hotel background because of the service culture.

It's a permanent role, €70–78k plus benefits, hybrid 3 days on site.

Would you be open to a quick chat this week? Even if the timing is off, I'd be glad to stay in touch.

Best,
Ciara Moynihan
Senior Consultant, Workplace & Facilities
Harbour Talent Partners | Dublin`,
    'Workplace Ops Manager – hotel background wanted'),

  other(`Dear Róisín,

Competition: Higher Executive Officer – Interdepartmental Campaign 2026
Candidate ID: 481-2295

Thank you for submitting your application for the above competition. This email confirms that your application has been received.

Please note that, due to the high number of applications, a shortlisting process may be applied. Candidates who are not shortlisted will be informed. Unfortunately we cannot accept updates to applications after the closing date.

Please check your account on StateCareers regularly, as all further correspondence will be issued there.

Regards,
Candidate Services
The Public Appointments Office`,
    'Application received – Higher Executive Officer'),

  rej('application', ['profile_mismatch'], {},
    `Dear Róisín,

Thank you for your interest in the Customer Experience Manager role at Atlantic Arc Airways.

We have carefully reviewed your application and, while your experience is impressive, we have decided to progress with candidates whose backgrounds are more closely aligned to the requirements of this position.

We wish you every success in your career.

Kind regards,
People Team, Atlantic Arc Airways`,
    'Customer Experience Manager – Atlantic Arc Airways'),

  other(`Hi Róisín,

Thanks for sending that over, and lovely to meet you at the breakfast.

I've had a look and there are a couple of live roles I think you'd be strong for — one corporate ops role with a hotel group and a facilities role with a property company. Unfortunately I'm out Thursday and Friday, so would Wednesday at 12:30 suit for a 20-minute call so I can get a proper sense of what you're after? If not, send me a couple of times next week.

Talk soon,
Eoin

Eoin Gallagher
Manager – Hospitality & Operations
Pinnacle People Recruitment | Dublin 2
01 555 8830`,
    'Re: CV – Róisín Delaney (ops / CX / facilities)'),

  rej('application', ['location'], { ...fb },
    `Hi Róisín,

Thank you for applying for the Site Operations Manager role with Shannonside Data Services.

I wanted to let you know personally why we won't be taking your application further. This role runs our Limerick campus and needs to be on site five days a week, and in your application you noted that you're looking for a Dublin-based position and aren't in a position to relocate. We can't make that work for this particular role.

Thanks again and best of luck with your search.

Muireann Hogan
HR Generalist, Shannonside Data Services`,
    'Site Operations Manager – Shannonside Data Services'),

  other(`Hello Róisín,

Your application status for the following position has been updated.

Position: Facilities Contract Manager – Corporate Services (Dublin) – Req #FM-3320
New status: Under Review

There's no action needed from you at this time. Thank you for your patience while our team reviews applications; we'll be in touch with next steps.

Keystone Facility Services Careers

Keystone Facility Services is an equal opportunity employer. This message was sent from an automated system — replies are not monitored.`,
    'Application Status Update – Req #FM-3320'),

  rej('screen', ['salary'], { ...fb },
    `Hi Róisín,

Thanks for the chat on Tuesday — I really enjoyed it and I still think you'd be brilliant in a workplace role.

I went back to the client on the Workplace Operations Manager position and was honest about where you're at on salary. Unfortunately they've come back to say the top of their band is €64k and they can't move on it, and with you looking for €72k plus they don't want to take it further. I pushed a bit but it's a firm no from them on this one.

Sorry it's not better news.

Ciara

Ciara Moynihan | Harbour Talent Partners`,
    'Workplace Ops Manager – update'),

  other(`Hi Róisín,

Thanks for your application for Customer Operations Manager, EMEA at Lumio! I'd love to set up a 30-minute video call to tell you more about the role and hear about your experience.

Please grab a time that works for you here: cal.lumio.com/aidan-r/intro-30

Unfortunately I'm travelling next week so my availability is a bit limited — if none of the slots work, just reply and we'll figure something out.

Looking forward to chatting,
Aidan Reilly
Recruiter, Lumio (Dublin)`,
    "Lumio — let's chat about Customer Operations Manager"),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Róisín,

Thank you for your interest in the Facilities Manager role at Vantora's Dublin office.

We've reviewed your application. For this role we need someone who has already managed hard services in a corporate or tech environment — in particular HVAC and BMS contractors, statutory compliance (fire, lifts, water) and a planned maintenance programme — and from your CV your experience sits mostly on the guest-facing and soft services side. For that reason we won't be moving forward.

We appreciate you taking the time to apply.

Best,
Vantora Talent Team`,
    'Your application to Vantora'),

  other(`Dear Ms Delaney,

Post: Facilities Operations Manager, Estates Office (Ref: DMU/EST/26/07)

Following shortlisting, I am pleased to invite you to attend for interview for the above post.

Date: Thursday 23 October
Time: 10:45 (please arrive by 10:30)
Venue: Room 2.14, Estates Office, Grangegorman Lower Campus

The interview will last approximately 45 minutes and the board will consist of three members. You will be asked to give a 5-minute presentation on the topic: "The first 90 days in this role."

Unfortunately we are not in a position to reimburse travel expenses. Please confirm your attendance by return.

Yours sincerely,

Gavin Lenihan
HR Officer, Dublin Metropolitan University`,
    'Invitation to interview – DMU/EST/26/07'),

  hold('application', ['role_closed'], {},
    `Dear Candidate,

Competition: Visitor Services Operations Manager (Ref. NHS-VSOM-26)

We are writing to all applicants in relation to the above competition. Following the recent budget announcement, the Office is awaiting sanction from the parent Department to fill a number of posts, including this one. Shortlisting has therefore been paused until that sanction is confirmed.

Your application remains valid and no action is required from you. We regret any inconvenience and will contact you once we are in a position to proceed.

Recruitment Unit
National Heritage Sites Office`,
    'Visitor Services Operations Manager – update to applicants'),

  rej('screen', ['generic'], { ...door },
    `Hi Róisín,

Thank you for speaking with Aidan about the Customer Operations Manager, EMEA role. After careful consideration, we've decided to move forward with other candidates at this time.

We'd love to stay connected and may reach out should a future opening align with your experience.

Best,
The Lumio Recruiting Team

This email was sent via Ashby.`,
    'Your application to Lumio'),

  other(`Dear Róisín,

I am sorry to have to do this at short notice, but unfortunately one of our board members is unable to attend on Thursday 23 October. We would like to move your interview for the Facilities Operations Manager post to Monday 27 October at 14:00, same venue.

I appreciate this may be inconvenient and hope the new date suits. Please let me know either way.

Kind regards,
Gavin

Gavin Lenihan, HR Officer, Dublin Metropolitan University`,
    'RE: Invitation to interview – DMU/EST/26/07 – change of date'),

  other(`Hi Róisín,

Welcome to the Ardmore Hotels Talent Community!

Thanks for joining. From now on you'll be among the first to hear about new roles across our hotels and head office, as well as events and news from our team. We'll keep you in mind for opportunities that match the interests you shared: Operations, Guest Experience.

You can update your preferences or leave the community at any time.

See you soon,
Ardmore Hotels Careers

Unsubscribe | Privacy notice`,
    'Welcome to the Ardmore Hotels Talent Community'),

  rej('application', ['generic'], {},
    `Dear Róisín,

Competition: Higher Executive Officer – Interdepartmental Campaign 2026
Candidate ID: 481-2295

Thank you for your interest in the above competition. Due to the large number of applications received, a shortlisting process was applied based on the information provided in the application form.

We regret to inform you that, on this occasion, you have not been shortlisted for the next stage. Please note that owing to the volume of applications, it is not possible to provide individual feedback at the shortlisting stage.

We thank you for your interest and wish you every success in the future.

Candidate Services
The Public Appointments Office`,
    'Update on your application – Higher Executive Officer'),

  other(`Hi Róisín,

Just a quick reminder that your interview for the Operations Manager – Corporate Events role is tomorrow, Wednesday 29 October at 11:00.

Teams link: Join the meeting now
Meeting ID: 372 118 904 52 · Passcode: 8wQz3e

You'll be meeting Lorcan (Head of Operations) and myself. Unfortunately Lorcan has a hard stop at 12, so we'll aim to keep to time.

See you then!
Grace
Grace Ogunleye | People Coordinator | Brightlight Events`,
    'Reminder: your interview tomorrow at 11:00'),

  other(`Dear Gavin,

Thank you for arranging the interview yesterday, and please pass on my thanks to the board — I really enjoyed the conversation, particularly the discussion about reopening the sports centre after the works.

I appreciate that there are other strong candidates and I'll look forward to hearing from you either way.

Kind regards,
Róisín Delaney`,
    'Thank you – Facilities Operations Manager interview'),

  rej('interview', ['generic'], { ...offered },
    `Dear Ms Delaney,

Post: Facilities Operations Manager, Estates Office (Ref: DMU/EST/26/07)

Thank you for attending for interview for the above post. I regret to inform you that you have not been successful on this occasion.

The interview board would be happy to provide feedback on your interview. If you would like to avail of this, please email me and I will arrange a short call with the board chair.

Thank you for your interest in the University.

Yours sincerely,

Fionnuala Kehoe
Senior HR Partner, Dublin Metropolitan University`,
    'Outcome of interview – DMU/EST/26/07'),

  rej('application', ['overqualified'], {},
    `Hi Róisín,

Thanks so much for applying for our Events Coordinator vacancy.

Having read your CV, I have to be upfront — this is a junior coordinator role supporting our project managers on logistics and supplier bookings. Your experience is well past that level and we genuinely think you'd outgrow it before your probation was over, so we're not going to take it forward.

Thanks again, and best of luck.

Shauna Brophy
Operations Director, Gather & Co. Events`,
    'Events Coordinator application'),

  other(`Hi Róisín,

My name is Declan Furlong and I head up operations at Harcourt Living, where we manage build-to-rent apartment buildings across Dublin (about 2,400 homes across nine buildings).

We're hiring a Facilities & Resident Operations Manager, and I'd particularly like to speak with people from hotels — our best building managers all came from hospitality. A colleague of mine worked with you at the Liffey Wharf and suggested I get in touch.

I appreciate you're probably busy and might not be looking, but if you're open to an informal coffee I'd be glad to tell you more. No pressure either way.

Best regards,
Declan Furlong
Head of Operations, Harcourt Living
M: 086 555 7721`,
    'Coffee? Facilities & Resident Operations role at Harcourt Living'),

  rej('interview', ['internal_candidate'], {},
    `Hi Róisín,

Thank you for meeting with Lorcan and me on Wednesday — we both really enjoyed it.

I'm writing to let you know that we won't be offering you the Operations Manager – Corporate Events role. Since your interview, one of our senior project managers has put herself forward for the role, and we've decided to appoint her from within the team.

Unfortunately we aren't in a position to give feedback as the decision came down to an internal appointment rather than anything in the interviews.

Thanks again for your time.

Grace Ogunleye
People Coordinator, Brightlight Events`,
    'Operations Manager – Corporate Events'),

  other(`Hello Róisín,

Good news — your application for Operations Excellence Manager (JR-11208) at Clanwilliam Hotel Collection has moved to the next step in our process.

What happens next: a member of our Talent team will contact you in the coming days to arrange an initial phone conversation. Unfortunately we cannot confirm exact timings in advance, but we appreciate your patience.

Sign in to Candidate Home to view your application.

Talent Acquisition
Clanwilliam Hotel Collection`,
    'Your application has moved forward – Operations Excellence Manager'),

  rej('screen', ['profile_mismatch'], { ...offered },
    `Hi Róisín,

Thanks for taking my call on Monday about the Operations Excellence Manager role at our Support Centre.

I've talked it through with Brendan, our Director of Operations. While we really liked your energy, on reflection we've decided to progress with candidates who have a stronger fit with what this role is about day to day, so I'm afraid we won't be moving you to the interview stage.

If you'd like to hear more about how we arrived at that, I'm happy to jump on a quick call — just let me know.

Warm regards,
Tara Whelan
Talent Acquisition Partner
Clanwilliam Hotel Collection`,
    'Operations Excellence Manager – Clanwilliam Hotel Collection'),

  other(`Dear Róisín,

Thank you for your interest in the Customer Experience Manager – Airport Operations role (Req ID 20814). We're pleased to invite you to the next stage of our process, which is a short case exercise.

Attached you'll find a brief describing a fictional summer of disruption at a regional airport, along with passenger complaint data and NPS scores by touchpoint. We'd ask you to prepare a recovery plan of no more than four slides covering your priorities for the first 90 days, how you'd measure improvement, and an indicative budget.

Please send your slides back to me by 17:00 on Friday 14 November. Unfortunately we can't grant extensions beyond this date as the panel reviews all submissions together, but do let me know if you have any questions about the brief.

Kind regards,
Niall Costigan
Talent Acquisition Specialist
Aer Lír, Dublin Airport`,
    'Aer Lír – Case exercise – Customer Experience Manager'),

  hold('screen', ['generic'], {},
    `Hi Róisín,

I wanted to give you an update after our call a fortnight ago about the Workplace & Hospitality Lead role.

Unfortunately Jenna, the hiring manager, has had to take some unexpected leave, and we've decided to pause the process until she's back rather than have someone else run the interviews. We expect to pick things up again in mid-January, though I can't promise an exact date just yet.

Nothing has changed on our side in terms of your application — you're still very much in the process, and I'll be in touch as soon as we're ready to schedule the next stage. Thanks so much for your patience.

Best,
Marco Bianchi
Talent Partner, Quaystone (Dublin office)`,
    'Workplace & Hospitality Lead – a quick update'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Róisín,

Thank you for the time and effort you put into the case exercise for the Customer Experience Manager – Airport Operations role.

The panel have now reviewed all submissions, and I'm sorry to let you know that we won't be inviting you to interview. I did want to pass on their main comments, as I think they'll be useful: your plan had good, practical fixes for queueing and the information desks, but it didn't really get into the root causes in the complaint data — the baggage delays, which were the biggest driver of the low NPS, weren't addressed — and the budget section was left as a placeholder.

We appreciate your interest in Aer Lír and wish you all the best.

Kind regards,
Niall Costigan
Talent Acquisition Specialist, Aer Lír`,
    'Aer Lír – Customer Experience Manager – Update'),

  other(`Dear Candidate,

Competition: Facilities Officer (Grade 6) – Panel Formation
Reference: LARS-FAC-0926

This is a reminder that you have not yet completed the online assessment for the above competition. The assessment must be completed by 23:59 on Sunday 16 November.

Unfortunately, candidates who do not complete the assessment by the deadline cannot be progressed further in this competition, so please make sure you leave enough time (approximately 60 minutes in one sitting).

If you have already completed the assessment, please disregard this message.

Local Authority Recruitment Service`,
    'Reminder: online assessment – LARS-FAC-0926'),

  rej('assessment', ['assessment'], { ...offered },
    `Dear Róisín,

Competition: Facilities Officer (Grade 6) – Panel Formation
Reference: LARS-FAC-0926

Thank you for completing the online assessment for the above competition.

The assessment comprised verbal reasoning, numerical reasoning and a work-based scenarios test. A qualifying score was set in advance, and candidates needed to achieve this score in order to progress to the interview stage. We regret to inform you that your score did not reach the qualifying level, and your application will not proceed further in this competition.

A feedback report on your performance in the assessment can be requested by emailing the address below within 10 working days.

Yours sincerely,
Local Authority Recruitment Service`,
    'Result of online assessment – LARS-FAC-0926'),

  other(`Dear Róisín,

Congratulations! Following your interview with Sorcha and Phil, we're delighted to invite you to our Assessment Day for the Customer Experience Operations Manager position.

Date: Tuesday 2 December
Location: Skybridge Regional House, Swords Business Campus
Timings: 09:00 – 15:30 (lunch provided)

The day will include a group exercise, a written prioritisation task, a 10-minute presentation on "Turning complaints into loyalty" and a final interview with our Chief Customer Officer.

Unfortunately we're not able to offer alternative dates, so please let us know as soon as possible if you can't attend. We look forward to seeing you!

Kind regards,
Laura Kinsella
Recruitment Coordinator, Skybridge Regional Airlines`,
    'Invitation: Assessment Day – Customer Experience Operations Manager'),

  rej('application', ['position_filled'], { ...door },
    `Hi Róisín,

Thanks a lot for getting in touch about the Property Operations Manager position.

I'm afraid the role has now been filled — we moved quicker than we expected with someone who'd been referred to us. Sorry for not updating the ad sooner.

I'll hang on to your CV though, as we're taking on two more developments next year and will be hiring then. I'd be glad to give you a shout.

Regards,
Pádraig Moran
Director, Fitzwilliam Block Management Ltd.`,
    'RE: Property Operations Manager'),

  other(`Dear Ms Quinlan,

Thank you for the conversation last Thursday about the Venue Operations Manager role, and for taking the time to explain the role in such detail.

Having thought about it carefully, I've decided to withdraw my application. The travel commitment across the venues outside Dublin (around three nights a week) isn't something I can take on at the moment with my family commitments. Unfortunately that's a deal-breaker for me, rather than anything about the role or the team, which I thought sounded great.

I'd be glad to keep in touch and I appreciate your understanding.

Kind regards,
Róisín Delaney`,
    'Withdrawal – Venue Operations Manager'),

  other(`Hi Róisín,

Thanks so much for letting me know, and for being so clear about your reasons — completely understandable.

I'm sorry we won't be taking things further together on this one. With your permission I'll keep your details on file, and if we ever have a Dublin-based role without the travel I'll get in touch.

All the best,
Maeve Quinlan
Head of People, Meridian Venues`,
    'RE: Withdrawal – Venue Operations Manager'),

  rej('final', ['generic'], { ...offered },
    `Dear Róisín,

Thank you for attending our Assessment Day on 2 December and for meeting with our Chief Customer Officer. It was a long day, and we appreciated your energy throughout.

After very careful consideration of all the candidates, we have decided to offer the Customer Experience Operations Manager position to another candidate.

We know this will be disappointing, especially having reached the final stage. If feedback from the day would be useful to you, Laura can set up a call with one of the assessors — just reply to this email.

Thank you again for your interest in Skybridge Regional Airlines.

Best regards,
Sorcha Lyons
Head of Customer Operations, Skybridge Regional Airlines`,
    'Customer Experience Operations Manager – outcome'),

  hold('interview', ['role_closed'], {},
    `Hi Róisín,

Thank you again for your time with Hugh and the Workplace team last week — they really enjoyed the conversation.

I want to be transparent about where things stand. Yesterday our leadership team announced a company-wide hiring freeze for the rest of the quarter while the 2027 budget is finalised. As a result, the Workplace Manager search is on hold, and we can't move to the final stage for now.

You remain a candidate for this role and we have not made a decision. We expect to revisit open roles in February and I'll update you as soon as I know more. Sorry for the uncertainty, and thank you for bearing with us.

Best,
Priya Raman
Senior Recruiter, Northvane (Dublin)`,
    'Workplace Manager – update on timing'),

  other(`Hi Róisín,

You recently applied for a role with Claddagh Hospitality Group. Whatever the outcome of your application, we'd really value your views on your experience as a candidate.

The survey takes less than 3 minutes and your answers are anonymous. Unfortunately we can't reply to individual comments, but every response is read by our Talent team and helps us improve.

Take the survey

Thank you,
Claddagh Hospitality Group Talent Team

You're receiving this email as you applied for a position with us. Unsubscribe from surveys.`,
    'How did we do? 3 minutes of your time'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Róisín,

Thanks for interviewing with us for the Workplace Experience Lead role, and for being so flexible with the schedule.

I wanted to get back to you before the holidays: we've decided not to move forward to the final round with you. The panel liked your service instincts a lot. Where they had concerns was on the commercial side of the role — it owns a workplace budget of about €3m and a multi-vendor FM contract, and your examples of budget ownership and contract management were at department level rather than site level.

If you'd like to talk through the panel's notes in more detail, I'd be happy to set up 15 minutes in January.

Wishing you a restful break,
Hana Sato
Recruiter, Copperleaf Technologies (Dublin)`,
    'Workplace Experience Lead – next steps'),

  other(`Róisín, your job alert for "customer experience manager" has 12 new results

Customer Experience Manager · Lansdowne Utilities · Dublin 4 · Hybrid
Head of Member Experience · Greenway Credit Union Group · Dublin 12
Guest Experience & Operations Manager · The Lighthouse Conference Venue · Dún Laoghaire
CX Operations Lead · Finch Mobile · Dublin 2 · Easy apply

Unfortunately, 3 jobs you saved have expired. See similar jobs.

View all jobs

You are receiving job alert emails. Manage your alerts · Unsubscribe · Help`,
    '12 new jobs for "customer experience manager"'),

  other(`Hi Róisín,

It was great to meet you for coffee before Christmas. Following our chat, I'd like to invite you to a formal interview for the Facilities & Resident Operations Manager role.

You'll meet me and Ailbhe Cronin, our Director of Property, at our office on Baggot Street on Thursday 15 January at 10:00. It'll be a conversational interview of about an hour, and we'll ask you to talk us through how you'd approach resident complaints across a building of 300 apartments.

Unfortunately parking is limited nearby, so the Luas or a bike is your best bet.

Let me know if that works.

Best,
Declan

Declan Furlong | Head of Operations | Harcourt Living`,
    'Interview – Facilities & Resident Operations Manager'),

  rej('interview', ['culture_fit'], { ...door },
    `Hi Róisín,

Thanks for coming in to meet the team on Friday and for your patience with the dog under the table.

We've talked it through and decided not to take things further. Honestly, it came down to how we work more than anything on paper: we felt that the way our small team runs day to day probably isn't the right match for how you'd want to work, and we don't think it would be fair to either of us to pretend otherwise.

We'd be really happy to hear from you again as we grow — please don't hesitate to apply for future roles with us.

Cheers,
Jamie Doyle
COO, Tessellate (Dublin 8)`,
    'Tessellate – Office & Operations Manager'),

  other(`Hi Róisín,

Really sorry to do this — unfortunately Ailbhe has been called to a site issue in Sandyford on Thursday morning and won't be back in time. Could we move your interview to Friday 16 January, same time (10:00)? If that doesn't suit, Monday afternoon is also possible.

Apologies for the hassle, and thanks for your flexibility.

Declan`,
    'RE: Interview – Facilities & Resident Operations Manager'),

  rej('interview', ['generic'], { ...door },
    `Dear Róisín,

Thank you for attending the interview for the position of Group Guest Experience Manager at our Head Office.

We have now completed the interview process and regret to inform you that we will not be offering you the position.

It was a pleasure to meet you, and we hope you'll stay in our Talent Community — we'd be delighted to consider you for future roles within the group.

Kind regards,
Fiachra Dunne
Head of Talent, Ardmore Hotels`,
    'Group Guest Experience Manager'),

  hold('final', ['generic'], {},
    `Dear Róisín,

Thank you for your patience since the final interview for the Operations Manager position.

I'm writing to let you know that you are one of two candidates the panel has recommended to the board. Unfortunately, the board meeting at which the appointment is to be approved has been postponed to 26 February, so the decision has been pushed back.

No decision has been made and you remain under consideration. I apologise for the delay and will be in touch immediately after the board has met.

Kind regards,
Colm Hennessy
Chief Executive, The Convention Quarter Dublin`,
    'Operations Manager appointment – timing'),

  other(`Hi Róisín,

Thanks so much for coming in on Friday. Ailbhe and I both enjoyed it.

We'd like to invite you back for a second and final conversation with our CEO, Rachel Byrne, and a walk-round of our Grand Canal building with the site team. Would Wednesday 28 January at 14:00 suit? It'll take about 90 minutes in total.

No preparation needed, though if you have any thoughts on our resident app after using the demo login, bring them along.

Best,
Declan`,
    'Second interview – Harcourt Living'),

  rej('interview', ['profile_mismatch', 'position_filled'], { ...door },
    `Dear Róisín,

Thank you for meeting with us on 21 January regarding the Client Services & Operations Manager position.

We enjoyed our discussion. However, we have now offered the position to a candidate whose background more closely suited the role's requirements, and they have accepted.

We would be glad to retain your details and contact you if a suitable vacancy arises in the coming months.

Yours sincerely,
Anne-Marie Cleary
Managing Director
Grafton Estates Management DAC`,
    'Client Services & Operations Manager'),

  other(`Hi Róisín,

I'm a partner at Lighthouse Search, and we're retained on a Head of Customer Operations search for an Irish-headquartered travel company — 180 people across contact centre, customer care and service recovery.

I know from a mutual contact that you may already be in conversations elsewhere, so I apologise if the timing is poor. Even so, I'd appreciate fifteen minutes of your time; your combination of guest operations and team leadership is exactly the profile the client keeps describing. If it's not right now, I'd still like to keep you in mind for future searches.

Best regards,

Siobhra Kavanagh
Partner, Lighthouse Search
+353 1 555 0912`,
    'Head of Customer Operations – confidential search'),

  rej('final', ['skills_gap', 'profile_mismatch'], { ...fb, ...door },
    `Hi Róisín,

Thank you for coming back for the final round for the Workplace Operations Manager role, and for the presentation to Tom and Yusuf — we know how much work went into it.

We've made the tough decision to move forward with another candidate. They've spent the last few years running workplace in a tech office, and that corporate experience edged it. Specifically, the panel felt you'd need time to get up to speed on workplace technology — space-utilisation data, desk booking and access control systems — which this role needs to own from the start.

I'd love to stay in touch. Your hospitality background is a real asset, and as our Dublin office keeps growing I'd like to be able to reach out to you for future roles.

All the best,
Kateryna Melnyk
Talent Acquisition Lead, Stackline (Dublin)`,
    'Stackline – Workplace Operations Manager'),

  other(`Hi Róisín,

Thank you again for your time with Rachel and the team last week. We'd like to move to references before making a final decision.

Could you please send me names and contact details for two referees, at least one of whom should be a current or recent line manager? We'll only contact them once you confirm you're happy for us to do so — I appreciate you may not want your current employer contacted yet, so just let me know and we'll work around that.

Unfortunately I'm tied up for most of Thursday, but I'll turn things around quickly once I hear back.

Many thanks,
Eimear Walsh
People & Culture Manager, Harcourt Living`,
    'References – Facilities & Resident Operations Manager'),

  rej('final', ['role_closed'], {},
    `Dear Róisín,

Thank you for taking part in the final interview for the Director of Hotel Operations role last month, and for your patience since.

I'm sorry to write with disappointing news. Following a review of our management structure after the acquisition of two new properties, the Board has decided to restructure the group operations function, and the Director of Hotel Operations role will not be filled as advertised. We are therefore closing the recruitment process.

I regret the time this has taken and the outcome for you.

Yours sincerely,
Hugh Fennelly
Group HR Director, Kilcoole Hotel Partners`,
    'Director of Hotel Operations – recruitment closed'),

  other(`Hi Róisín,

I'm a Programme Manager in the Campus Services team at Ballsbridge Institute of Technology. A colleague passed on your name after you met at the CX Ireland event.

We're about to advertise a Student Experience & Services Manager post. Unfortunately I can't share the full details before it goes live, but I'd be glad of an informal chat so you can decide whether it's worth applying. Would a call on Tuesday or Wednesday suit?

Kind regards,
Dr Kevin O'Mahony
Programme Manager, Campus Services
Ballsbridge Institute of Technology`,
    'Informal chat – Student Experience & Services Manager'),

  other(`Dear Róisín,

Following your recent interviews, I am delighted to offer you the position of Facilities & Resident Operations Manager with Harcourt Living Ltd.

Key terms:
• Start date: Monday 6 April, or as otherwise agreed
• Salary: €76,000 per annum, reviewed annually
• Performance bonus: up to 10% of base salary
• Hours: 39 hours per week, hybrid (minimum three days on site)
• Holidays: 25 days plus public holidays
• Pension: employer contribution of 6%

This offer is subject to satisfactory references and to you providing evidence of your right to work in Ireland. The full contract will follow from our People team.

We appreciate you may need a few days to consider. Please let me know your decision by Friday 27 February.

We're really looking forward to working with you.

Yours sincerely,
Rachel Byrne
Chief Executive Officer, Harcourt Living Ltd`,
    'Offer of employment – Facilities & Resident Operations Manager'),

  other(`Hi Róisín,

Congratulations again, and welcome to Harcourt Living! To get you set up before your start date, please complete the following in our onboarding portal (link below) by Friday 13 March:

1. Sign your contract of employment (sent separately via DocuSign)
2. Upload a copy of your passport and your PPS number
3. Add your bank details for payroll
4. Complete the new starter form, including emergency contacts
5. Read and acknowledge the Employee Handbook and IT Acceptable Use Policy

Unfortunately we can't process your first payroll without items 2 and 3, so please prioritise those. Once you're in, we'll send over your first-week plan.

Any questions, just shout.

Kind regards,
Lisa Murtagh
HR & Payroll Administrator, Harcourt Living`,
    'Your onboarding – next steps'),

  other(`Dear Rachel,

Thank you very much for the offer, and for the care everyone took through the process.

I'm delighted to accept the position of Facilities & Resident Operations Manager on the terms set out in your letter. I'll give notice to the Liffey Wharf tomorrow; with a month's notice, a start date of Monday 6 April works well.

I look forward to getting started.

Kind regards,
Róisín

Sent from my iPhone`,
    'RE: Offer of employment – Facilities & Resident Operations Manager'),

  other(`Dear Róisín,

Thank you for your application for Customer Service Operations Manager (Ref. ILR-2611).

We wish to advise that your application is currently under review. We have received a large number of applications and we appreciate your patience. Unfortunately we are unable to respond to individual queries about status; candidates selected for interview will be contacted by email.

Please ensure you check your junk folder for correspondence from us.

Recruitment Team
Iarnród Link

Please do not reply to this automated message.`,
    'Application under review – Ref. ILR-2611'),
];
