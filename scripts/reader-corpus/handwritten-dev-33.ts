/**
 * Development messages of the thirty-third round: the mail the reader finds hardest. About 130 whole messages, all in
 * English, each from a different employer and writer — freight and cold-chain firms, warehouses, department stores and
 * supermarkets, councils and ministries, universities, hospitals and clinics, law firms, hotels, lodges and restaurants,
 * plants and workshops, newsrooms and podcast studios, banks, insurers and fund administrators, charities and NGOs,
 * plumbers, welders, electricians and HVAC firms — in the US, the UK, Ireland, India, Australia, Canada, Nigeria, Kenya,
 * South Africa, the Philippines, and German and Dutch writers using English. Most rejections give the stage only
 * indirectly (who the candidate met, what they did — a case, an exercise, recorded answers, a trial shift, a plant visit,
 * a ride-along, a call after the interviews — or nothing at all); reasons are said in passing inside long sentences,
 * twelve letters giving two; specific feedback, feedback offered or refused, and open or closed doors are buried
 * mid-letter or in a P.S., and job-alert footers are not doors. Automatic mails from many tracking systems with their
 * footers, HR templates with placeholders left in, agency recruiters, hiring managers, founders' two-liners, long formal
 * letters with the key sentence in the middle, HTML bodies and replies above quoted mail. Then five paused processes
 * and ten look-alikes (a timeline, a confirmed withdrawal, an offer that says "sadly", acknowledgements, "still
 * reviewing" notes, invitations, a moved interview) that use rejection words without declining anyone. For development
 * only: the rules may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d33-');

const workday = '\n\n----\nPlease do not reply to this message; this mailbox is not monitored. Want to hear about new jobs? Set up job alerts in Candidate Home.\nPowered by Workday';
const greenhouse = '\n\n—\nSent via Greenhouse · Manage how we use your data: visit your candidate privacy settings.';
const lever = '\n\n--\nThis email was sent using Lever. Read our candidate privacy notice.';
const smart = '\n\n______\nSmartRecruiters — Your candidate portal | Privacy | Stop receiving emails about this application';
const icims = '\n\n* * *\nThis is an automated message sent by iCIMS on behalf of the employer. Replies to this address are not read.';
const taleo = '\n\n---\nDo not reply to this email. To manage your job alerts and saved searches, log in to your candidate account.\nPowered by Oracle Taleo';
const ashby = '\n\nPowered by Ashby · You received this email because you applied for a role.';
const teamtailor = '\n\n~\nSent with Teamtailor · Update or delete your personal data on our career site';
const workable = '\n\n--\nSent with Workable. Follow us on Workable to get job alerts when new positions are posted.';
const bamboo = '\n\nThis message was sent from BambooHR Applicant Tracking on behalf of the hiring team.';

export const HANDWRITTEN_DEV_33: readonly CorpusLine[] = [
  // ── application stage: nothing beyond the CV and the form
  rej('application', ['generic'], {},
    `Hi Marcus,

Thank you for your interest in the Operations Analyst II position with Ridgeline Freight Partners and for taking the time to apply.

We received a large volume of applications for this opening. After reviewing your submission alongside the others, the hiring team has decided not to move your candidacy forward at this time.

Ridgeline Freight Partners | Talent Acquisition${workday}`, 'Your application for Operations Analyst II (JR-118204)'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Aoife Brennan,

Application for: Staff Nurse – Acute Medical Unit (Band 5)
Reference: 284-WVH-6612-B

Thank you for applying for the above post with Wessex Vale Hospitals NHS Foundation Trust.

Shortlisting is carried out strictly against the person specification, and because the supporting information you provided records your NMC registration as "applied for – awaiting decision" rather than a live PIN, the shortlisting panel was unable to score you against the essential criterion of current registration; we regret to inform you, therefore, that on this occasion you have not been shortlisted for interview.

Once your registration is confirmed we would genuinely encourage you to apply again — the Acute Medical Unit recruits Band 5 nurses throughout the year and vacancies are listed on the Trust website.

Yours sincerely

Recruitment Services
Wessex Vale Hospitals NHS Foundation Trust

This is an automated message, please do not reply.`, 'Outcome of shortlisting – Staff Nurse AMU'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Mr. Rohit Deshpande,

Greetings from Sahyadri Forgings Pvt. Ltd., Chakan.

This is with reference to your application for the post of Quality Engineer – Machining (Job Code SFPL/QA/23). We thank you for showing interest in our organisation. We had received a considerable number of applications for this post and, having gone through each profile in detail along with our Quality Head, we have shortlisted those candidates whose background is a nearer match to the present requirements of the machining line, and hence we regret that we shall not be able to take your candidature ahead at this juncture.

Your resume will be kept in our data bank for a period of six months, and in case any opening matching your profile comes up, our HR team shall get in touch with you.

Wishing you all the best in your career.

Thanks & Regards,
Sneha Kulkarni
Executive – HR & Admin
Sahyadri Forgings Pvt. Ltd.`, 'Your application – Quality Engineer (Machining)'),

  rej('application', ['profile_mismatch'], { ...offered },
    `Dear Ms Tran,

RE: POSITION NO. 4471 – COMMUNITY DEVELOPMENT OFFICER (YOUTH), LEVEL 5

Thank you for submitting an application for the above position with Northern Rivers Shire Council. Council appreciates the effort involved in preparing a response to the selection criteria, and I would like to acknowledge the time you took to address each of them in detail.

The recruitment for this position attracted 63 applications, a considerably higher number than Council usually receives for roles at this level. The selection panel, consisting of the Manager Community Services, the Youth Services Coordinator and an independent panel member from a neighbouring council, met on 19 June to assess all applications against the essential and desirable criteria set out in the position description.

As is standard practice, the panel shortlisted a small number of applicants for interview. While your application demonstrated a number of relevant strengths, it was the panel's assessment that other applicants presented a stronger overall claim for the position, and accordingly you have not been shortlisted on this occasion. Please be assured that this decision was reached after careful deliberation.

Council's recruitment and selection procedure is governed by its Equal Employment Opportunity Management Plan, and all decisions are made on merit. The information contained in your application will be kept confidential and will be disposed of securely at the conclusion of the recruitment process, in accordance with the Privacy and Personal Information Protection Act.

If you would like to discuss your application, the panel convenor, Ms Leanne Hoskins, can be contacted on (02) 6620 4418 during business hours, and she will be happy to talk you through how your application was assessed.

Thank you again for your interest in working with Council, and I wish you well in your future endeavours.

Yours faithfully,

Gregory Pattison
Coordinator People and Culture
Northern Rivers Shire Council`, 'Position 4471 – Community Development Officer (Youth)'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Emily Carter,

Re: Research Coordinator, Centre for Population Health (Posting 24-0318)

Thank you for your interest in employment at Fraser Basin University.

Please note that this position is designated bilingual, and the posting requires oral and written French at an advanced (level C) proficiency, as the coordinator will be the main contact for partner clinics in New Brunswick and Quebec. Your application indicates a basic level of French, and we are therefore unable to consider you further for this particular competition.

We invite you to review our other opportunities, many of which carry no language requirement, and to apply to any for which you feel qualified.

Human Resources – Talent Acquisition
Fraser Basin University${taleo}`, 'Fraser Basin University – Posting 24-0318'),

  rej('application', ['position_filled'], { ...door },
    `Hi Orla,

Many thanks for your application for the Head Receptionist job here at the Corrib Quay Hotel — and apologies that it's taken a while to come back to you.

We had a great response and I'm afraid the role has now been taken; our new Head Receptionist starts with us on the 3rd.

We take on extra front-of-house staff every year from April for the summer season, so if you're still around Galway then, do drop me a line with an updated CV — I'd be glad to hear from you.

All the best,
Declan Fahy
Front Office Manager
The Corrib Quay Hotel, Galway`, 'Head Receptionist'),

  rej('application', ['role_closed'], { ...door },
    `Dear Ifeoma,

RE: APPLICATION FOR THE ROLE OF RELATIONSHIP MANAGER, SME BANKING (ABUJA)

We refer to your application for the above role and thank you for considering a career with Meridian Trust Bank Plc.

Following the recent integration of our SME and Commercial Banking divisions, the Relationship Manager role in Abuja has been stepped down and its responsibilities reallocated across the existing team. In view of this, the recruitment exercise for the role has been discontinued and your application will not be processed further.

Please be assured that your details have been added to our talent pool, and you will be contacted should a role suited to your profile become available in any of our business locations.

Yours faithfully,
For: Meridian Trust Bank Plc
Human Capital Management Group`, 'Relationship Manager, SME Banking – Abuja'),

  rej('application', ['salary'], { ...fb },
    `Dear Wanjiru,

Thank you for applying for the position of WASH Programme Officer with Maji Safi Initiative in Kitui.

We have reviewed your application carefully. In the application form you indicated an expected gross monthly salary of KES 320,000, whereas the budget for this position, which is fixed under our grant agreement, is KES 185,000 gross per month plus statutory benefits, with no room for us to go above it; for that reason we will not take your application further in this recruitment.

We appreciate your interest in our work with communities in Kitui and Makueni.

Kind regards,
Esther Mwende
HR & Administration Officer
Maji Safi Initiative`, 'WASH Programme Officer – Kitui'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Sipho,

Thanks for applying for the Store Manager vacancy at our Walmer Park store in Gqeberha.

We noticed on your application that you're based in Pretoria and ticked "No" to relocating. This role really does need someone who can be in store six days a week from the start of next month, and we don't have a relocation allowance for store-level positions, so we won't be taking this application further.

We do have Karoo Home & Living stores in Menlyn and Centurion, and management roles open up there fairly often. Keep an eye on the careers page — we'd be happy to see an application from you for one of those.

Regards,
Karoo Home & Living | Retail Recruitment`, 'Store Manager – Walmer Park'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Jericho,

Thank you for applying for the Team Leader – Customer Care post at Visayas Contact Hub, Cebu IT Park.

We went through your resume and we're honestly impressed with your twelve years in operations, including four as a site director. Because this Team Leader post handles a team of 15 agents and reports to an Operations Manager, we feel it sits well below the level you've already reached and would not make good use of your experience, so we will not be proceeding with your application for this post.

We'd be glad to keep your details for senior leadership openings, which we expect when our Bacolod site opens next year. We will reach out to you once those are posted.

Salamat po and warm regards,
Kristine Joy Abella
Recruitment Supervisor, Visayas Contact Hub`, 'Your application – Team Leader, Customer Care'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr. Okonkwo,

thank you very much for your application as Sales Engineer (m/f/d) for our location in Heilbronn and for your interest in Heller & Voss Maschinenbau GmbH.

We have examined your documents with great care. For this position, business-fluent German (at least C1) is indispensable, because the customers in our sales area Baden-Württemberg are mostly mid-sized companies who negotiate technical specifications exclusively in German. As your documents state German at level A2, we must unfortunately inform you that we cannot consider your application further.

Your documents will be deleted according to the data protection regulations after six months.

We wish you all the best for your further professional and private way.

With kind regards

Heller & Voss Maschinenbau GmbH
Personalabteilung
i.A. Sabine Wendt`, 'Ihre Bewerbung als Sales Engineer (m/w/d) – Heilbronn'),

  rej('application', ['location'], { ...fb },
    `Dear Mr. Ramírez,

Thank you for your application for the position of Transport Planner at Van Dijk Koelvervoer in Venlo.

Unfortunately we have to let you know that we cannot take your application into consideration. As a medium-sized company we are not a recognised sponsor with the IND, which means we can only employ candidates who already have the right to work in the Netherlands without a permit, and in your letter you mention that you would need a highly skilled migrant visa.

We thank you for your interest and wish you success.

Met vriendelijke groet,
Marieke Janssen
HR-adviseur
Van Dijk Koelvervoer B.V.`, 'Sollicitatie Transport Planner'),

  rej('application', ['generic'], { ...door },
    `Dear Jasmine,

Thank you for applying for the Litigation Paralegal position in our Philadelphia office. We appreciate your interest in Whitcombe Ashby LLP.

The position attracted an exceptional number of applicants, and we regret that we will not be moving forward with your application. This was not an easy decision given the strength of the pool.

We encourage you to visit our careers page regularly and to apply for any future openings that match your interests and experience.

Sincerely,
Legal Staff Recruiting
Whitcombe Ashby LLP${icims}`, 'Litigation Paralegal – Philadelphia'),

  rej('application', ['profile_mismatch'], {},
    `Dear [FIRST NAME],

Fundraising Officer (Community & Events) – Ref [JOB REF]

Thank you for your interest in joining Riverside Lantern Trust and for the time you spent on your application.

We received over 140 applications for this role. Having reviewed yours against the job description, we have decided to progress applicants whose experience is more closely aligned with what we are looking for, so we will not be inviting you to the next stage.

Due to the volume of applications, we are unable to provide individual feedback at this stage of the process.

Thank you again for your support of our work with families living with childhood cancer.

Best wishes,
[SENDER NAME]
People Team, Riverside Lantern Trust
Registered charity no. 1174205`, 'Your application to Riverside Lantern Trust'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Callum,

Thanks so much for applying to the Northgate Chronicle trainee reporter scheme.

I'm sorry to say you haven't made it through the paper sift this year. We had 212 applications for four places, and the one thing we were strict on was the NCTJ Diploma — we ask that trainees have it, or be on course to finish it, before starting in September, and your form says you haven't begun it yet.

Please don't let that put you off. Plenty of our current reporters were turned down once before they got in. If you get the diploma under way, apply again next spring — the scheme opens every February.

Cheers,
Helen Marsh
Editor, Training & Development
The Northgate Chronicle`, 'Trainee reporter scheme 2025'),

  rej('application', ['skills_gap'], { ...fb },
    `G'day Liam, thanks for the CV. Need someone with an unrestricted electrical licence for this one and you're still on your restricted, so I'll pass. Good luck mate.

Shane — Sparkline Electrical`, 'Re: Electrician job ad'),

  rej('application', ['internal_candidate'], { ...door },
    `Dear Mr. Alvarez,

Thank you for applying for the Patient Access Representative II position (Requisition 2024-31877) at St. Brendan Regional Medical Center.

We wanted to let you know that this position will go to a current team member through our internal transfer process, which gives existing employees the first opportunity at open positions. As a result, we are no longer reviewing external applications for this requisition.

We hope you will consider St. Brendan again. New positions in Patient Access are posted weekly, and your candidate profile will remain active so you can apply with one click.

Regards,
Talent Acquisition
St. Brendan Regional Medical Center${icims}`, 'Update on Requisition 2024-31877'),

  rej('application', ['generic'], {},
    `<html><head><style>p{font-family:Arial,sans-serif;font-size:13px}</style></head><body>
<p>Dear Ms. Ananya Rao,</p>
<p>Thank you for your interest in the position of <strong>Front Office Executive</strong> at <strong>Aravalli Heritage Hotels – Udaipur</strong>.</p>
<p>We have received an overwhelming response for this vacancy. After going through your application, we regret to inform you that we will not be able to proceed with it further.</p>
<p>We thank you for the time you have taken and wish you success ahead.</p>
<p>Warm regards,<br/>Talent Acquisition Team<br/>Aravalli Heritage Hotels</p>
<hr/><p style="font-size:9px;color:#999">This is a system-generated mail. Please do not reply. &copy; 2024 Aravalli Heritage Hotels Pvt. Ltd.</p>
</body></html>`, 'Application Status – Front Office Executive'),

  rej('application', ['location'], { ...fb },
    `Hi Daniel,

Thanks for putting your name in for the Night Dispatcher job at Prairie Line Transport.

I'll be straight with you: this is an in-office job at our Regina terminal — the dispatch board and the radio both live here — and from your application it looks like you're in Mississauga and looking for something remote, which we just can't make work, so we won't be moving ahead with you for this one.

Appreciate the interest, and best of luck with the search.

Terry Wolansky
Operations Manager
Prairie Line Transport Ltd., Regina SK`, 'Night Dispatcher'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Mr Ó Briain,

Competition: Librarian Grade II – County Library Service (Ref: CCC/LIB2/07)

I refer to your recent application for the above competition.

The eligibility requirements for this competition, as set out in the candidate booklet, include a recognised qualification in library and information studies at level 8 or above on the National Framework of Qualifications. Having examined your application, the shortlisting board were unable to identify such a qualification, and as a result your application has been deemed ineligible for further consideration in this competition.

Should you obtain a qualification of this kind, you are welcome to apply for any future Librarian competitions run by the Council.

Mise le meas,
Human Resources Section
Clarebrook County Council`, 'Librarian Grade II competition'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Dr/Mr/Ms {Surname},

APPLICATION FOR: LECTURER – SUPPLY CHAIN MANAGEMENT (REF: <<REF NO>>)

Your application for the abovementioned post refers.

The University received a large number of applications for this post, and the selection committee has now completed the shortlisting process. The minimum requirement for appointment at the level of Lecturer is a Master's degree in the field, with a doctorate or substantial progress towards one being a strong recommendation, and as the committee noted that your highest qualification is an Honours degree, your application was regrettably not successful.

The University thanks you for your interest and wishes you well in your future career.

Yours sincerely

RECRUITMENT AND SELECTION
HUMAN RESOURCES DIVISION
UNIVERSITY OF THE HIGHVELD`, 'Application outcome'),

  rej('application', ['position_filled'], {},
    `Dear Kevin,

RE: APPLICATION FOR CLINICAL OFFICER (OUTPATIENT) POST

Thank you for your application received on 4th April.

We wish to inform you that the above post has since been filled. We were overwhelmed by the number of applications and regret that we could not consider all of them before the appointment was made.

We wish you God's blessings in your job search.

Yours sincerely,
Sr. Margaret Chebet
Human Resource Manager
Rift Valley Mission Hospital, Nakuru`, 'Clinical Officer (Outpatient)'),

  rej('application', ['profile_mismatch'], {},
    `Hi Brodie,

Thanks for your application for Haul Truck Operator (FIFO ex-Perth) with Pilbara Ironstone.

We've now completed the review for this intake. We had a lot of strong applications, and we're progressing the people whose backgrounds line up best with what the site needs right now, so we're not able to take yours any further this time around.

Thanks again for thinking of Pilbara Ironstone.

The Pilbara Ironstone Recruitment Team${smart}`, 'Haul Truck Operator – FIFO ex-Perth'),

  rej('application', ['position_filled'], { ...door },
    `Hello Keisha,

Thank you for applying for Visual Merchandising Lead – Georgetown at Hollis & Grange.

We appreciate the time you invested in your application. We're writing to let you know that we extended an offer to another candidate, who has accepted, and the requisition is now closed.

Your interest means a lot to us. We hope you'll keep exploring opportunities at Hollis & Grange — new store and visual roles are posted regularly, and we'd welcome your application for a future opening.

Hollis & Grange Talent Team${workday}`, 'Hollis & Grange – an update on your application'),

  rej('application', ['generic'], {},
    `Hi Tom — thanks for applying to be our first ops hire at Brine & Barrel. I've decided to go with someone else, sorry it's not better news. Cheers, Hattie`, 'ops role'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Grace,

Quick update on the Finance Systems Analyst role with my client in Reading that you applied for through our site.

I sent your CV across on Friday and the Finance Director came back to me this morning. They've decided not to take it any further — the deciding point for them was SAP S/4HANA: they're in the middle of their migration and want someone who has already been through an S/4 implementation, and your background is on ECC and Oracle.

Sorry it's not better news. I work on a lot of finance systems roles across the Thames Valley, so I'll keep you in mind and get in touch when something comes in that suits your experience better.

Best,
Rob Fairweather
Senior Consultant – Finance & Accounting
Kestrel Recruitment`, 'Finance Systems Analyst – Reading'),

  rej('application', ['salary'], { ...fb, ...door },
    `Dear Nikhil,

Greetings from TalentBridge Consultants!

This is with respect to your profile which we had shared with our client, a leading cold-chain logistics company in Gurugram, for the role of Regional Logistics Manager. The client has reviewed your CV and conveyed that your expected CTC of 38 LPA is well above the budget sanctioned for this position, which is capped at 26 LPA, hence they will not be taking your profile ahead.

We will keep your profile active in our database and reach out to you for suitable mandates in the future.

Regards,
Pooja Sethi
Associate Consultant | TalentBridge Consultants`, 'Profile update – Regional Logistics Manager, Gurugram'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Freya,

Thank you for applying for the Copywriter (English) role at Studio Kade. We really enjoyed reading your letter — the bit about writing tram safety announcements made the whole team laugh.

We've gone through all the applications now and chosen to continue with a few people whose portfolios sit a bit closer to the brand and campaign work we do for our clients, so this time we won't be taking your application further.

We'd love to hear from you again when we open a new writing role; these come up about twice a year and we always post them on our career page first.

Warm greetings from Rotterdam,
Sanne de Wit
Studio Kade${teamtailor}`, 'Copywriter (English) at Studio Kade'),

  rej('application', ['generic'], {},
    `Dear Brian Otieno,

Thank you for applying for the Loan Officer – Group Lending position at Savanna Microfinance Bank.

We have reviewed your application and regret to let you know that you have not been shortlisted. We received many applications from well-qualified candidates and the selection was very competitive.

Best regards,
Savanna Microfinance Bank Recruitment${workable}`, 'Loan Officer – Group Lending'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Luis,

Thank you for your interest in the Structural Welder position at Copperline Fabrication.

We went through your application and unfortunately we won't be moving forward, because every welder on our structural crew has to hold a current AWS D1.1 certification in all positions before they start (the inspectors on our state DOT work check), and your application lists D1.1 in flat and horizontal only.

If you finish your 3G/4G certs, please reapply — we're hiring steadily this year.

Thanks,
Dana Kowalczyk
Office & HR Manager
Copperline Fabrication, Toledo OH${bamboo}`, 'Structural Welder – Copperline Fabrication'),

  rej('application', ['internal_candidate'], {},
    `Dear Ms. Novak,

thank you for your application as Team Leader Warehouse (m/w/d) at our site in Duisburg.

We would like to inform you that we have filled the position from our own ranks: a colleague who has been working as a shift coordinator in our Duisburg warehouse for several years will take over the team. We therefore have to give you a negative answer today.

We thank you for your interest in Rheinwerk Logistik and wish you every success.

Kind regards
Jana Scholz
Recruiting
Rheinwerk Logistik GmbH`, 'Ihre Bewerbung – Team Leader Warehouse'),

  rej('application', ['role_closed'], { ...door },
    `Hi Priyanka,

Thanks for applying to the Senior Producer role at Parallax Audio.

An update you deserve to hear directly: we've made the call not to fill this position this year. Our slate for next season got smaller after one of our launch partners pulled back, the work this role would have led is being paused, and so we're closing the search and won't be reviewing applications any further.

If and when we reopen a producer seat, we'd genuinely like you to apply again — we'll post it on our jobs page first.

Best,
Mara Lindqvist
Head of Talent, Parallax Audio${ashby}`, 'Senior Producer at Parallax Audio'),

  rej('application', ['location', 'profile_mismatch'], { ...fb },
    `Hi Ethan,

Thanks for applying for Credit Analyst – Business Lending at Banksia Mutual.

We've reviewed your application and won't be progressing it. Two things drove that: the role sits with our Hobart lending team and is office-based four days a week, which doesn't line up with the Brisbane base and remote preference in your application, and, more broadly, the hiring manager felt other applicants' backgrounds were a closer match for the credit work involved.

Thank you for your interest in Banksia Mutual.

Banksia Mutual Careers${lever}`, 'Credit Analyst – Business Lending'),

  rej('application', ['generic'], {},
    `Dear Olivia Nguyen,

Thank you for your interest in the Member Service Representative (Part-Time) – Kelowna Branch opportunity with Maple Ridge Credit Union.

We have now completed our review of applications. Although your qualifications are appreciated, you have not been selected to continue in the process for this opportunity.

Sincerely,
People & Culture
Maple Ridge Credit Union${taleo}`, 'Maple Ridge Credit Union – Member Service Representative'),

  rej('application', ['position_filled'], {},
    `Hi Kieran,

Sorry mate, should have got back to you sooner. We took someone on at the end of last month so the job's gone. Thanks for your interest though.

Gary
Halden Plumbing & Heating Ltd

On Tue, 12 Mar at 19:42, Kieran Doyle wrote:
> Hi Gary,
> Just wondering if there was any news on the improver plumber job I applied for a couple of weeks ago? I'm still very keen and can start straight away.
> Thanks,
> Kieran`, 'Re: Improver plumber'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Ms. Dela Cruz,

Good day!

Thank you for your interest in joining San Isidro Medical Center as a Staff Nurse for our Intensive Care Unit.

Upon review of your application, we regret to inform you that you do not yet meet the minimum qualifications for this area, which require at least one (1) year of hospital-based clinical experience in addition to a valid PRC license and BLS/ACLS certification; we noted that you passed the Nursing Licensure Examination last November and have no hospital work experience yet.

We encourage you to apply to our Nurse Trainee and Ward Nursing positions, which are open to newly licensed nurses, and to consider the ICU again once you have completed a year of practice.

God bless and more power!

Human Resource Department
San Isidro Medical Center, Lipa City`, 'Application – Staff Nurse (ICU)'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr. Eze,

APPLICATION: SENIOR ASSOCIATE – CORPORATE & COMMERCIAL PRACTICE

We acknowledge receipt of your application and thank you for your interest in Adeyemi-Cole & Partners.

As stated in our advertisement, the Senior Associate position is open to lawyers with a minimum of six years' post-call experience. Our records show that you were called to the Nigerian Bar in 2021, and your application has therefore not been considered for this position.

We thank you once again for your interest in the Firm.

Yours faithfully,
For: Adeyemi-Cole & Partners
Chidinma Okafor (Mrs)
Head, Human Resources`, 'Application: Senior Associate'),

  rej('application', ['role_closed'], {},
    `Dear Dr Papadopoulos,

Research Associate in Coastal Sediment Dynamics (Ref. NMU-05521)

Thank you for your application for the above post.

I am writing, with some regret, to let you know that the post has been withdrawn. The project it was attached to was funded by an industry partner who has since reduced its contribution, the Faculty has decided not to proceed with the appointment, and all applications for the vacancy are therefore being closed without shortlisting.

I appreciate the effort that goes into an academic application and I am sorry not to have better news.

Yours sincerely,
Professor Alison Greaves
Principal Investigator, School of Ocean and Earth Sciences
Northmoor University`, 'NMU-05521 – post withdrawn'),

  rej('application', ['location'], { ...fb },
    `Dear Mr. Henderson,

Thank you for applying for the position of Parks Maintenance Worker I with the Township of Millbrook.

Per Township Ordinance 2019-14, employees in this classification must establish residency within Millbrook Township within six months of hire. In your application you indicated that you are not able or willing to relocate from your current residence in Easton. Accordingly, your application has been removed from consideration for this vacancy.

Thank you for your interest in public service.

Sincerely,
Office of Human Resources
Township of Millbrook`, 'Parks Maintenance Worker I'),

  rej('application', ['location', 'salary'], { ...fb },
    `Dear Ritika,

Thank you for applying for the Monitoring & Evaluation Officer role at Sehat Saathi Foundation.

We went through your application with interest. We did however note two points that make it difficult to proceed. The role is based full-time at our field office in Barmer, Rajasthan, with frequent travel to the blocks, while you have mentioned that you are only open to positions in Delhi NCR; and your expected salary of ₹14 lakh per annum is above the range we can offer for this position (₹7–9 lakh). Given both these points, we will not be taking your application forward.

We wish you all the best.

Warm regards,
Anirudh Bhatt
HR & Operations, Sehat Saathi Foundation`, 'M&E Officer – Barmer'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Mr. Rossi,

Many thanks for your application as Sous Chef in our restaurant "Isarblick" and for your interest in Hotel Isartor München.

We have received many applications and, after an intensive review, decided in favour of other candidates whose profile corresponds more closely to our requirements. We therefore cannot consider you this time.

We would be pleased to keep your application in our applicant pool for one year, so that we can contact you when a suitable position becomes free. If you do not agree, please let us know briefly.

Kind regards from Munich
Katharina Huber
Human Resources
Hotel Isartor München`, 'Ihre Bewerbung als Sous Chef'),

  rej('application', ['generic'], { ...door },
    `<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<p>Hey Ruby,</p>
<p>Thanks heaps for applying to join the crew at <b>Banjo &amp; Co. Outdoor</b> in Fremantle!</p>
<p>We've had so many awesome people apply for our <b>Casual Retail Adventurer</b> role that we can't take everyone through, and unfortunately we won't be progressing your application this time.</p>
<p>Don't let that stop you though — we hire for the Christmas and Easter peaks every year and we'd love to see your name pop up again then.</p>
<p>Cheers,<br>The Banjo &amp; Co. People Team</p>
<p style="color:#888;font-size:11px">You're receiving this email because you applied for a role at Banjo &amp; Co. <a href="https://careers.example/unsubscribe">Unsubscribe</a></p>
</div>`, 'Your Banjo & Co. application'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Arjun,

Thank you for your interest in the Fund Accountant role with Liffey Fund Services in Kilkenny.

Having reviewed your application, we won't be proceeding on this occasion. The role requires candidates to be at least part-qualified (ACCA, CIMA or ACA) and to have the right to work in Ireland without employer sponsorship, and from your application it appears that you have not yet started a professional qualification and would need a Critical Skills Employment Permit, for which this grade is not eligible.

Thank you again for considering Liffey Fund Services.

Kind regards,
Talent Team, Liffey Fund Services`, 'Fund Accountant – Kilkenny'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Samira Haddad,

Vacancy: 318804 – Policy Adviser, Coastal Resilience (Higher Executive Officer)
Department for Coastal Communities

Thank you for applying for the above vacancy. I am writing to let you know the outcome of the sift.

Applications for this vacancy were assessed by a panel of three: the vacancy holder, a Grade 7 policy lead from the flood risk team and an independent member from the Department's analytical profession. Because of the high number of applications received, the panel agreed before the sift to use the third essential criterion in the advertisement — experience of drafting briefing and submissions for senior officials or ministers — as the lead criterion, so that applications that did not evidence it could not go forward regardless of strength elsewhere.

The panel read your CV and personal statement in full and noted a good deal that is relevant to the post, including your work with coastal parish councils and your knowledge of shoreline management plans. However, the examples you gave described briefings prepared for community groups and local partners rather than for senior officials or ministers, and the panel was not able to find evidence against the lead criterion. I am sorry to tell you, therefore, that you have not been successful at sift on this occasion and will not be invited to interview.

We recognise the time and effort you put into your application. The Department regularly advertises policy roles of this kind, and we would encourage you to apply again in future, particularly once you have had the opportunity to brief at a more senior level.

If you have any questions about this process, please reply via the Civil Service Jobs messaging service rather than by email, and quote the vacancy reference so that we can locate your application promptly.

Yours sincerely,
Vacancy Holder Team
Department for Coastal Communities`, 'Vacancy 318804 – sift outcome'),

  rej('application', ['overqualified'], { ...fb },
    `Hi Vikram,

Thank you for applying for the Customer Service Agent – Airport (YXE) position at Northern Lights Air.

We had a close look at your application. Having spent the last nine years as a station manager responsible for three airports, you bring far more than this front-counter role can use, and we think you'd be underused and restless in a position that reports to a shift lead. We've decided not to move your application forward.

Thank you for your interest in Northern Lights Air.

Northern Lights Air — Talent Acquisition${greenhouse}`, 'Your application to Northern Lights Air'),

  // ── screen: a recruiter's or HR's first call, a short first chat
  rej('screen', ['salary'], { ...fb },
    `Hi Andre,

Thanks again for hopping on the phone with me Tuesday — I enjoyed hearing about the carrier network you built out in Memphis.

I took our conversation back to the hiring manager for the Carrier Sales Manager role. The piece we just couldn't get past is compensation: you mentioned needing a base of around $110K plus commission, and this role is budgeted at $78–85K base with uncapped commission on top, and since we have no flexibility on the base this year we're going to close out your candidacy rather than take up more of your time.

Best,
Courtney Vail
Senior Recruiter, Bluestem Logistics`, 'Carrier Sales Manager – following up'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Dear Hannah,

Thank you for taking the time to talk to me last week about the Merchandise Planner role in our Leicester support centre. I really enjoyed hearing about your time in the buying office at your current company.

Having fed back to the Planning Controller, we've decided to progress with candidates whose experience is a little closer to what the team needs at the moment, so we won't be inviting you to interview on this occasion.

I'll hold on to your details, though, and would very much like to contact you about future planning and allocation roles — we expect several later this year as we bring our online business in-house.

Kind regards,
Farah Siddiqui
Talent Acquisition Partner
Pemberton & Lowe Home`, 'Merchandise Planner – next steps'),

  rej('screen', ['location'], { ...fb },
    `Dear Karthik,

Thank you for speaking with me yesterday regarding the Branch Operations Manager opening with Coromandel Bank.

As discussed, this position is based at our Chennai (Anna Nagar) branch with no option of a transfer for the first three years. Since you mentioned that you would prefer to remain in Bengaluru due to family commitments, we will not be able to move your candidature to the interview stage for this position.

We appreciate your candour during the call and wish you the very best.

Regards,
Meenakshi Sundaram
Talent Acquisition – Retail Banking, Coromandel Bank Ltd.`, 'Branch Operations Manager – Chennai'),

  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Hi Jess,

Thanks for the chat on Monday about the Payroll Officer contract at the hospital group. As promised, here's where it landed.

I put you forward on Tuesday and the client have come back saying they're going with candidates who have hands-on experience with Chris21 — they've got a big end-of-year processing run coming and can't train someone on the system in time. Your Xero Payroll and MYOB background is solid, it's just not what they're using.

If you want to jump on a quick call I'm happy to go through what they said in a bit more detail.

Cheers,
Nathan Grieve
Principal Consultant | Corella Talent, Melbourne`, 'Payroll Officer contract – update'),

  rej('screen', ['role_closed'], { ...door },
    `Dear Mr. Singh,

Thank you for taking part in a telephone screening with our Human Resources team for the Clinical Informatics Analyst position (Competition #2024-0712).

We are writing to inform you that, due to a change in provincial funding for the electronic health record project, Lakeshore Health has cancelled this competition and will not be filling the position. We recognise that this is disappointing and thank you for your time.

We encourage you to keep an eye on our careers page, as we expect to post informatics positions again when the next phase of the project is approved.

Sincerely,
Human Resources, Lakeshore Health`, 'Competition #2024-0712 cancelled'),

  rej('screen', ['overqualified'], { ...fb, ...door },
    `Hi Siobhán,

It was good to catch up briefly on Wednesday — thanks for fitting the call in around the school run!

I've talked it over with Colm, who manages the packaging area. We both feel that, with the QP and site quality management experience you've got, the Packaging Team Lead role would be a real step down for you and you'd be bored within months, so we're going to leave it there for this one.

That said, we're expanding the sterile fill line next year and I'd like to keep in touch about the more senior quality positions that will come with that. Expect to hear from me.

All the best,
Niamh Gallagher
Talent Acquisition, Ardmore Biologics, Cork`, 'Packaging Team Lead'),

  rej('screen', ['generic'], {},
    `Dear Temitope,

Thank you for participating in the telephone screening for the Trade Marketing Executive role at Zuma Foods Nigeria Limited.

We regret to inform you that you were not selected to proceed to the next stage of the recruitment process. Please note that due to the number of candidates involved, we are unable to provide individual feedback on screening outcomes.

We appreciate your interest in Zuma Foods and wish you success in your career.

Yours sincerely,
Talent Acquisition Unit
Zuma Foods Nigeria Limited`, 'Trade Marketing Executive – screening outcome'),

  rej('screen', ['salary'], { ...fb },
    `Jambo Faith,

Many thanks for the phone chat on Friday about the Guest Relations Manager post here at Lamu Dhow House.

I have spoken with the owners about the package you mentioned (KES 250,000 plus accommodation for your family). I'm afraid that is beyond what a property of our size can stretch to — the position is set at KES 140,000 with single staff housing — so we won't be able to go further with your application.

It was a pleasure speaking with you, and I hope you find the right place soon.

Warm regards,
Amina Said
General Manager, Lamu Dhow House`, 'Guest Relations Manager'),

  rej('screen', ['internal_candidate'], {},
    `Dear Ms Pillay,

Thank you for the telephone conversation with our HR Business Partner on 8 August regarding the Candidate Attorney position in our Durban office.

We write to advise that the firm has elected to appoint a paralegal already employed in our litigation department to the 2025 candidate attorney position, and as a result the position is no longer available to external applicants.

We wish you everything of the best in securing articles.

Yours faithfully,
Human Resources
Naidoo Mthembu Inc. Attorneys`, 'Candidate Attorney 2025 – Durban'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Dear Mr. Villanueva,

Good day! Thank you for your time during the initial video call with our recruitment officer last Monday regarding the Second Officer vacancy on our bulk carrier fleet.

After verification of the documents you presented, we found that your GMDSS GOC certificate expired in January and has not yet been revalidated by MARINA. As our principal requires all certificates to be valid for at least twelve months from the date of embarkation, we cannot endorse your application to the principal at this time.

Once your certificates are updated, you are most welcome to submit your application again and we will gladly re-evaluate it.

Very truly yours,
Crewing Department
Batangas Bay Maritime Services, Inc.`, 'Second Officer – Bulk Carrier Fleet'),

  rej('screen', ['position_filled'], {},
    `Dear Dr. Oyelaran,

Thank you for the introductory call with me on 2 October about the postdoctoral position in Urban Mobility.

I am writing to let you know that, shortly after our call, the selection committee concluded the procedure with another candidate, who has accepted the position. I am sorry that this happened before you could have a full interview; the timing was determined by the start date of the project.

With kind regards,
dr. ir. Pieter Bakker
Associate Professor, Faculty of Civil Engineering
Universiteit van Oostland`, 'Postdoc Urban Mobility'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hey Sam — really appreciated the quick Zoom on Thursday. After sleeping on it, I don't think the Audience Editor job is the right match: we're a four-person newsroom where everyone writes, edits, posts and answers reader mail on the same day, and you were clear you want a tightly defined remit and a layer of editors around you. That's a fair thing to want, it's just not how we work. Hope our paths cross again.

— Jordan, founder, The Riverfront Dispatch`, 'Re: Audience Editor'),

  rej('screen', ['location'], { ...fb, ...door },
    `Dear Rhys,

Thanks for speaking with Marta from our People team on Thursday about the Partnerships Manager role.

Marta passed on that you'd need the role to be fully remote from Leeds. We've thought about whether we could make that work, but the role leads our corporate partnerships out of the Southwark office, and the three days a week there that we ask for are written into the funding agreement with our two main corporate partners, so, sadly, we'll stop the process here.

We have a northern hub in Manchester that recruits a couple of times a year, and we'd be very glad to hear from you if something comes up there.

Warm wishes,
Elin Price
Director of Income, Open Table Food Network`, 'Partnerships Manager'),

  rej('screen', ['generic'], { ...offered },
    `Hi Mia,

Thanks for the phone chat on Monday about the Restaurant Manager role at Saltbush Kitchen in Noosa.

We've had a great response and have decided to go ahead with other people for the next step, so we won't be continuing with your application.

If it's useful, I'm more than happy to give you a few pointers from our chat — just flick me a reply and we'll find ten minutes.

Cheers,
Bec Donnelly
Operations Manager, Saltbush Kitchen`, 'Restaurant Manager – Saltbush Kitchen'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Aisha,

Thank you for taking the time to speak with our Talent team about the Senior Tax Associate opening at Northbridge Wealth Partners.

We appreciated learning more about your background. After reviewing our conversation with the hiring team, we've decided to move forward with candidates whose experience more closely fits the needs of the role at this time.

We wish you all the best in your search.

The Northbridge Wealth Partners Recruiting Team${greenhouse}`, 'Your candidacy at Northbridge Wealth Partners'),

  // ── assessment: an exercise, a test, recorded answers, checks — no interview
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Imogen,

Thank you for the time you spent on the written exercise for the Research Analyst vacancy at Harrowgate Policy Partners. We know a three-hour task is a significant ask on top of a day job.

The assessors read the submissions blind, and I'm sorry to say yours scored below the threshold we set for progressing to interview. To be concrete: your summary of the evidence on local bus franchising was accurate, but the recommendations section restated the findings rather than setting out options with their costs and trade-offs, which was the main thing the brief asked for.

If it would help to talk the exercise through, I'd be glad to set up a 15-minute call with one of the assessors — just reply to this email.

Best wishes,
Tom Ashworth
Operations Director, Harrowgate Policy Partners`, 'Research Analyst – written exercise'),

  rej('assessment', ['generic'], { ...door },
    `Hi Destiny,

Thanks for completing the recorded video questions for our Store Management Trainee Program.

Our recruiting team has reviewed your responses, and we've decided not to advance your application to the next step at this time.

You're welcome to apply again in six months, and in the meantime you can explore hourly positions at your local Fairway Pantry store.

Fairway Pantry Talent Acquisition${smart}`, 'Fairway Pantry – Store Management Trainee Program'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Aditya,

Thank you for completing the online assessments for the Castlegate Bank 2025 Graduate Programme – Risk.

Unfortunately, your results on the numerical reasoning test did not reach the benchmark required to progress to the video interview stage, and we are therefore unable to take your application further this year.

Due to the very large number of applicants, we are not able to provide individual feedback on test performance.

You are welcome to apply to our graduate and internship programmes again next recruitment season, when you will be able to sit the assessments afresh.

Kind regards,
Early Careers Team
Castlegate Bank plc`, 'Castlegate Bank Graduate Programme – assessment outcome'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Corey,

Thanks for coming out to the workshop in Wagga on Saturday to do the practical test for the Boilermaker/Welder position with Murrumbidgee Steel Structures.

We've had a look over the test pieces. Your fillet welds were tidy, but the 3G butt plate failed the bend test — there was lack of fusion on the root that opened up straight away — and for this job every welder has to pass that plate because of the pressure pipework we do for the irrigation schemes, so we won't be going any further this time.

Plenty of blokes pass it on the second go. If you want another crack in a couple of months, give the workshop a call and we'll book you in.

Regards,
Ray Costello
Workshop Supervisor
Murrumbidgee Steel Structures`, 'Boilermaker/Welder – test result'),

  rej('assessment', ['generic'], {},
    `Dear Mr. Kiprono,

RE: CREDIT ANALYST – CORPORATE BANKING

Thank you for your continued interest in Jubilee Crest Bank and for consenting to the background and reference checks that were carried out as part of the recruitment process for the above position.

We have now concluded the process and regret to advise that you have not been selected for the position. This decision was arrived at after review of all the information available to the recruitment committee.

We thank you for your patience and wish you success in your future endeavours.

Yours sincerely,
Head of Talent Management
Jubilee Crest Bank Kenya Ltd`, 'Credit Analyst – Corporate Banking'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Patricia,

Thank you for completing the online English assessment for the Technical Support Representative (Telco Account) role at Northstar CX, Ortigas.

For this account, our client requires a minimum Versant score of 58. Your score came in at 51, with the fluency and pronunciation subscores lowest, so we are unable to endorse you for the next step on this account.

You may retake the assessment after 30 days. Our non-voice email support and back-office roles do not require the same score, and you're welcome to apply for those anytime.

Thank you and keep safe!
Northstar CX Recruitment Team`, 'Northstar CX – assessment result'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Ishaan,

Thank you for submitting the case study for the Associate – Valuation & Advisory role at Deccan Realty Advisors. We appreciate the effort over the weekend.

Our team has gone through your submission. While your market overview of the Hyderabad office micro-markets was well researched, the discounted cash flow model had errors in the lease-expiry assumptions and the capitalisation rate used was not supported by comparables — both core to the day-to-day work of this team — and the role also requires hands-on experience with Argus Enterprise, which neither your resume nor the case submission showed. Hence we will not proceed further with your application.

Best wishes,
Rashmi Iyer
Manager – Talent, Deccan Realty Advisors`, 'Associate – Valuation & Advisory'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Oluwaseun,

Thank you for taking the editing and headline-writing test for the Sub-Editor (Business Desk) position at The Lagos Ledger.

The Business Editor has marked the papers, and I am sorry to inform you that your script will not be going forward. Although your headlines were lively, a number of factual and style errors were missed in the copy-editing section — including the wrong naira figure in the second story and inconsistent use of our house style for company names — and on a business desk accuracy has to come first.

If you would like to go through the marked script, you are welcome to come to the newsroom any weekday after 3pm and ask for me.

Yours faithfully,
Bolanle Adebayo
Deputy Editor, The Lagos Ledger`, 'Sub-Editor (Business Desk) – test'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...door },
    `Dear Ms. Hosseini,

thank you for taking part in the German language test on 14 May as part of your application for the position Customer Advisor Energy Contracts at Stadtwerke Nordheide.

Unfortunately your result (B1, written part 54 of 100 points) does not reach the level B2 that is needed for the written correspondence with our customers. We therefore cannot continue the procedure with you.

We would be glad if you apply with us again when your German has improved, for example after a B2 course. You can find all vacancies on our homepage.

Kind regards
Petra Lindemann
Personalabteilung, Stadtwerke Nordheide GmbH`, 'Ihre Bewerbung – Kundenberater/in Energieverträge'),

  rej('assessment', ['assessment'], {},
    `Dear Lerato,

Thank you for completing the online psychometric assessments for the Claims Assessor position at Protea Shield Insurance.

Your results have been evaluated against the benchmark set for this role, and we regret to inform you that you will not be progressing further in the selection process.

Please note that, in terms of our assessment policy, individual results and reports are not shared with candidates.

Regards,
Talent Sourcing
Protea Shield Insurance Limited`, 'Claims Assessor – assessment outcome'),

  rej('assessment', ['internal_candidate'], {},
    `Hi Mathieu,

Thank you for the writing sample you prepared for the Grants Writer position at Cedar & Stone Community Foundation. I know it took a good chunk of your week.

I have an update that isn't the one I'd hoped to send. Since you completed the task, a member of our Ottawa team put her name forward for the role, and after discussion with the board we've decided to give it to her; because she's already with the Foundation, we're closing the external process.

I'm sorry for the time this cost you, and thank you for your patience.

Warmly,
Gabrielle Tremblay
Executive Director, Cedar & Stone Community Foundation`, 'Grants Writer – an update'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Ms. Kavanagh,

Re: Clinical Nurse Specialist – Diabetes (Competition ref. SUH-CNS-14)

Thank you for attending the clinical skills assessment at St Ultan's University Hospital on 9 October, which formed the second stage of the selection process for the above competition.

As set out in the candidate information pack, the competition comprises three stages: shortlisting on the basis of the application form, a practical clinical skills assessment, and a competency-based interview for those candidates who are successful at the practical assessment. The practical assessment consisted of three stations, each designed and marked by two assessors drawn from the diabetes service and the Centre of Nurse Education, and candidates were required to achieve the pass standard at every station in order to progress.

The assessors have advised that, while your performance at the patient education and hypoglycaemia management stations met the standard, the insulin pump troubleshooting station was not passed, as the occlusion alarm scenario was not resolved within the time allowed and the patient was not advised on interim correction. Accordingly, I regret to inform you that your application will not proceed to the interview stage of this competition.

We appreciate that candidates invest a significant amount of time and effort in preparing for an assessment of this kind, often alongside demanding clinical rosters, and we would like to thank you sincerely for your participation and for your interest in the post.

In accordance with the Code of Practice for appointments, you may request feedback on your performance at the assessment. Requests should be made in writing to the Recruitment Office within five working days of the date of this letter, and a member of the assessment team will arrange to speak with you.

Yours sincerely,

Deirdre Fallon
Recruitment & Selection
St Ultan's University Hospital`, 'CNS Diabetes – clinical skills assessment'),

  rej('assessment', ['assessment'], { ...offered, ...door },
    `Dear Ms. Whitfield,

Thank you for completing the timed writing assessment for the Staff Attorney position with the Tri-County Legal Aid Society.

After review by our hiring committee, we have decided not to advance your candidacy to the interview stage. The committee's decision rested on the assessment itself, which is scored for organization and citation as well as analysis.

We know that is not much to go on. Should you want more detail, our Deputy Director, Mr. Adeyemi, holds short feedback calls on Fridays for candidates who request them — simply reply to schedule one. We also hope you'll consider applying for future openings; we post attorney positions several times a year.

Sincerely,
Hiring Committee
Tri-County Legal Aid Society`, 'Staff Attorney – writing assessment'),

  rej('assessment', ['salary'], { ...fb },
    `Hi Lukas,

Thanks for doing the planning simulation for the Supply Chain Planner role at Kanaalpoort Distributie. Your results were good — honestly among the better ones we had.

The problem is on our side. When you filled in the form you gave your expected salary as €5,200 gross per month, and the scale for this role stops at €4,350 under our collective labour agreement; we can't go outside the scale for this position, so we are stopping here.

Thank you for your time and your effort.

Groetjes,
Anouk Smit
Recruiter, Kanaalpoort Distributie`, 'Supply Chain Planner'),

  rej('assessment', ['assessment'], { ...door },
    `Hi Zoe,

Thanks for completing the Work Style and Situational Judgement questionnaire for the Assistant Store Manager opportunity at Coolabah Foodmarkets.

Based on your results, you haven't progressed to the next stage of our recruitment process for this role.

We appreciate your interest in Coolabah and encourage you to keep an eye out for other opportunities with us — you can reapply for management roles after three months.

Coolabah Foodmarkets Careers`, 'Coolabah Foodmarkets – your application'),

  // ── interview: told by who they met, where they went, what they did
  rej('interview', ['skills_gap', 'position_filled'], { ...fb, ...door },
    `Dear Owen,

Thank you for coming down to Daventry and for the time you spent with Priya and the two operations leads last Wednesday. They all said the tour of the mezzanine ran over because you had so many good questions.

I'm sorry to say we have offered the General Manager – Fulfilment role to another candidate, who has accepted. It came down to one thing: the site moves from our legacy system to a new WMS in the spring, and the other candidate has led a cut-over of that kind at a comparable site, whereas your experience, though very strong on people and throughput, hasn't included a system migration.

Priya asked me to say that she'd genuinely like to stay in touch, and we'd be glad to see your name again for future senior operations roles across the network.

Kind regards,
Louise Barrow
Head of Resourcing, Greyfield Fulfilment`, 'General Manager – Fulfilment, Daventry'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Aoibheann,

Thanks a million for coming in on Thursday and for chatting with myself and Ger.

We've had a good think and decided not to go ahead with you for the Kitchen Lead spot. You're clearly a talented cook, but when we talked through how we run things — everyone rotating through prep, pot wash and the pass, no fixed stations — you were pretty clear that you like owning your own section, and we just don't think you'd be happy in the way our small kitchen works.

Best of luck with everything,
Saoirse
The Hungry Heron, Westport`, 'Kitchen Lead'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Mr Nguyen,

Senior Project Officer, Road Safety – Position 00387221

Thank you for your time in attending the panel for the above position on 3 September.

I regret to advise that you have not been recommended for appointment. The panel considered that, although you performed well, other applicants demonstrated a higher level of suitability against the key capabilities for the role.

You are entitled to request feedback on your application and your performance. To arrange this, please contact the panel chair, Ms Deborah Kline, on 08 8226 4401.

Yours sincerely,
Recruitment Services
Department for Transport and Community Safety`, 'Position 00387221 – outcome'),

  rej('interview', ['overqualified'], { ...fb, ...door },
    `Hi Ramon,

Thank you for your visit to the plant on the 14th and for the time you spent walking the line with me and Deb from maintenance.

I've got to be honest with you. After talking it through with our GM, we don't think the Production Supervisor job is right for someone with your background: you've run a 400-person plant, and this role supervises a twelve-person second shift and reports to me, so I think you'd outgrow it in a matter of months, and we'd rather be upfront now than lose you next year.

If an operations manager opening comes up at either of our Indiana plants, I'll make sure you hear about it from me.

Take care,
Hank Lindgren
Plant Manager, Wabash Valley Plastics`, 'Production Supervisor – 2nd shift'),

  rej('interview', ['salary'], { ...fb },
    `Hi Rosa,

Thanks for jumping on the call with me last week after your interviews with Mike and the accounting team — it helped to hear where you're at on compensation.

I'm afraid we aren't able to move ahead. The team really liked you, but the $98,000 you need is about $15,000 above the top of the range approved for the Senior Accountant position, and after going back to our CFO there isn't room to stretch it this year.

I'm sorry to bring it to a close this way. Thank you for the time you gave us across all three conversations.

Best,
Jenna Kowalski
HR Manager, Fraser & Bell Building Supply, Calgary`, 'Senior Accountant'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Marco,

Thanks for the trial shift on Saturday night — it was a busy one, so you got the real experience!

Head chef and I have had a chat and we won't be offering you the Chef de Partie position. You were fine on the grill section, but during the second sitting the tickets backed up and you struggled to keep pace with the covers, and for a 120-cover Saturday we need someone who has already run a section at that volume.

Thanks again and good luck,
Lucy
General Manager, The Copper Kettle, Bristol`, 'Chef de Partie'),

  rej('interview', ['internal_candidate'], {},
    `Dear Ankit,

It was a pleasure speaking with you and Dr. Menon on Monday about the Regulatory Affairs Lead position. Your insight on the recent CDSCO guidance was appreciated.

I wanted to let you know personally that we have decided to give this role to a colleague from our Ahmedabad formulation unit who has been handling regulatory submissions for the site on an interim basis; the decision was taken at the leadership level this week to keep continuity through the upcoming inspection.

I regret that we could not take this forward with you, and thank you for your openness during the discussion.

Regards,
Sandeep Rao
Head – Quality & Regulatory, Narmada Lifesciences Ltd.`, 'Regulatory Affairs Lead'),

  rej('interview', ['position_filled'], { ...door },
    `Dear Njeri,

Thank you for taking part in the video interview for the Digital Producer role at Msafiri Media Group, and for the thoughtful answers you gave Wambui and Kevin.

We wanted to let you know that the role has now been filled. The selection was not an easy one.

We would very much like to keep your CV in our talent database for upcoming positions in our TV and digital newsrooms, and we will contact you when a suitable opening arises.

Regards,
People & Culture
Msafiri Media Group, Nairobi`, 'Digital Producer'),

  rej('interview', ['generic'], {},
    `Dear Chukwuemeka,

Thank you for attending the interview session at our Head Office on Marina on Tuesday, 11 June, for the position of Treasury Officer.

We regret to inform you that your candidature was not successful. Please be informed that the Bank does not provide individual feedback on interview performance.

Thank you for your interest in Eko Heritage Bank.

Yours faithfully,
Human Resources Division
Eko Heritage Bank Plc`, 'Treasury Officer'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Thabo,

Thank you for your time in the technical interview with the engineering team at our Rustenburg operations on 22 February for the Senior Ventilation Engineer position.

The panel appreciated your practical knowledge of underground environmental control. However, the role requires a Mine Environmental Control certificate of competency as well as demonstrated experience in refrigeration plant design for deep-level operations, and from our discussion it became clear that your ventilation planning work has been in shallower, trackless operations and that you have not yet obtained the certificate. On this basis, we will not be taking your application further.

We wish you well in your career.

Kind regards,
Human Resources – Technical Recruitment
Magaliesrand Platinum (Pty) Ltd`, 'Senior Ventilation Engineer'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Mr. Santos,

Warm greetings from the College of Business and Accountancy!

Thank you for your teaching demonstration and for your interview with the Dean and the Department Chair last week for the Instructor I (Financial Accounting) position.

After deliberation, the Selection Board has decided to recommend other applicants whose qualifications and teaching experience were found to better suit the requirements of the department for the coming semester. We regret that we cannot offer you the position at this time.

Respectfully,
Office of the Dean
College of Business and Accountancy, St. Dominic Savio University, Iloilo City`, 'Instructor I (Financial Accounting)'),

  rej('interview', ['role_closed'], { ...door },
    `Dear Ms. Lévesque,

Subject: Selection process 24-DNAR-IA-0921 – Policy Analyst (EC-04), Indigenous and Northern Infrastructure Directorate

Thank you for participating in the structured interview for the above selection process on September 18. On behalf of the assessment board, I would like to acknowledge the considerable time you invested in the process, including the preparation of your application and your attendance at the interview, which we know was scheduled at short notice.

As indicated in the job advertisement, this process was launched to staff two indeterminate positions in the Directorate, with the possibility of creating a pool of qualified candidates for similar positions across the Department. The board completed all interviews in the last week of September and had begun scoring the candidates against the merit criteria.

On October 2, the Deputy Minister announced a reorganization of the Department's policy functions, under which the work of the Directorate will be consolidated within the Strategic Policy Branch. As a result of this decision, the positions for which this process was launched will no longer be staffed and the selection process has been cancelled; no qualified pool will be created, and no assessment results will be retained or used for other processes.

Please note that the cancellation of a process is not a decision about any individual candidate. You may contact the undersigned if you have questions about the cancellation itself; as no assessment decision was made, informal discussion of results is not available in this case.

We sincerely thank you for your interest in the federal public service, and we encourage you to apply to other advertised processes, including those of the Strategic Policy Branch, which we expect to post on the jobs site in the coming months.

Yours sincerely,

Marie-Claude Fortin
Staffing Advisor, Human Resources Services
Department of Northern Affairs and Resources`, 'Selection process 24-DNAR-IA-0921 – cancellation'),

  rej('interview', ['location'], { ...fb },
    `Dear Mr. Kowalski,

thank you once more for the pleasant interview with Mr. Brandt and Ms. Kühn in Bremen last Tuesday.

We have thought carefully about your wish to carry out the role of Head of Purchasing mainly from home in Poznań, with presence in Bremen one week per month. The position leads a team of eight buyers on site and is responsible for the daily coordination with production, which requires a presence in Bremen of at least four days per week, so this is unfortunately not possible for us and we must decline your application.

We thank you for your openness and wish you all the best.

Kind regards
Birgit Oltmanns
Human Resources
Hanseatische Schiffsarmaturen GmbH`, 'Ihre Bewerbung als Leiter Einkauf (m/w/d)'),

  rej('interview', ['profile_mismatch', 'salary'], { ...fb },
    `Hi Amira,

Thank you for the two conversations with Joost and Femke over the past weeks about the Senior Account Manager role at Brugwerk Media.

We've now made a decision and I'm sorry to tell you that we won't be offering you the position. The other candidate's experience fit the role a little better overall, and we also found that your salary wish (€6,500) was quite far from what we can offer at this level.

We really liked meeting you and wish you all the best.

Kind regards,
Ilse Verhoeven
People Lead, Brugwerk Media, Utrecht`, 'Senior Account Manager'),

  rej('interview', ['generic'], { ...offered },
    `Dear Mr. Castellanos,

On behalf of the Hiring Committee, thank you for meeting with us on March 5 regarding the Associate Attorney position at Delgado Frost & Whitley, P.C.

We enjoyed our conversation. After considerable deliberation, however, the committee has decided to pursue other candidates for this position.

Should you wish to receive feedback regarding your interview, please feel free to contact me directly at (505) 883-2190.

Very truly yours,
Monica Delgado
Managing Partner`, 'Associate Attorney position'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Dr Mensah,

Lecturer in Nursing (Adult) – Ref. KU-0877

Thank you for attending for interview on 14 May and for your presentation to the panel.

I am sorry to let you know that on this occasion the panel has decided not to offer you the post. The panel were impressed by your clinical expertise; however, another candidate was able to demonstrate more substantial experience of teaching and assessing on pre-registration nursing programmes and of module leadership, which is an essential criterion for the post.

The Chair of the panel, Professor Claire Dunmore, is happy to offer you feedback by telephone if you would find this helpful. Please contact the Recruitment Team to arrange a convenient time.

Yours sincerely,
Recruitment Team, Kingsmere University`, 'KU-0877 Lecturer in Nursing (Adult)'),

  rej('interview', ['skills_gap', 'culture_fit'], { ...fb, ...offered, ...door },
    `Hi Ciara,

Just off the phone with the client (the lending team in Grand Canal Dock) about your interview on Tuesday for the Credit Risk Manager role.

Unfortunately they've decided not to progress. I pushed them for detail and here's what they gave me: they felt your IFRS 9 modelling experience was lighter than they need, as they're building their ECL model from scratch this year, and — this is the softer bit — they felt, from how you talked about sign-offs and process, that you'd be happier in a more structured corporate environment than their small, quite scrappy team.

I know that's a lot to hear, so ring me whenever suits and we can talk it through properly. I've a couple of credit roles with banks coming in next week that I think would suit you well, and I'll be in touch about those.

Best,
Darragh Kehoe
Manager, Financial Services Recruitment
Liberty Square Search, Dublin`, 'Credit Risk Manager – feedback'),

  rej('interview', ['internal_candidate'], { ...door },
    `Dear Kate,

Thank you for attending the interview for the Associate Nurse Unit Manager position in the Emergency Department at Goldfields Regional Health.

Following the interviews, the position has been offered to a current member of the ED nursing team who has been acting in the role for the past six months.

We would encourage you to apply for future ANUM vacancies across our campuses, which are advertised regularly on our website.

Kind regards,
Nurse Unit Manager, Emergency Department
Goldfields Regional Health, Bendigo`, 'ANUM – Emergency Department'),

  rej('interview', ['generic'], {},
    `<p>Hi Tomás,</p><p>Thank you so much for interviewing for the <strong>Operations Coordinator</strong> role at <strong>Harvest Lane Grocers</strong>. We really enjoyed getting to know you.</p><p>After a lot of thought, we've decided to move forward with other candidates for this position. We know this isn't the news you were hoping for, and we're grateful for the time and energy you put into the process.</p><p>Warmly,<br>The Harvest Lane Recruiting Team</p><hr><p style="font-size:11px;color:#777">This message was sent via Greenhouse. <a href="https://boards.example/privacy">Privacy policy</a> · <a href="https://boards.example/jobs">See all open jobs</a></p>`, 'Your interview with Harvest Lane Grocers'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Deepa,

Of course — happy to share, and thanks for asking so graciously.

The panel was split, which is why it took us a while. Where it came down against you was the budgeting part of the conversation. When Graham asked how you'd set and defend the annual budget for the three community centres, your answers stayed at a fairly high level, and the panel felt they didn't get a picture of you having actually built or managed a budget of that size (around £1.4m). The other candidate had run a comparable budget for several years, and that's a big part of this job.

Everything else — your safeguarding knowledge, the way you talked about volunteers — scored really well, so please don't read this as a verdict on you overall.

Best,
Rachel Okoro
Head of Community Services, Eastbrook Borough Council

-----Original Message-----
From: Deepa Raman
Sent: 18 June 14:02
To: Rachel Okoro
Subject: RE: Community Centres Manager – outcome

Dear Rachel,
Thank you for letting me know the outcome of last week's interview. I was disappointed, of course, but I'd really value any feedback you can give on where I fell short.
Kind regards,
Deepa

-----Original Message-----
From: Rachel Okoro
Sent: 17 June 09:15
To: Deepa Raman
Subject: Community Centres Manager – outcome

Dear Deepa, thank you for attending interview for the Community Centres Manager post. I'm sorry to say that on this occasion you were not successful.`, 'RE: Community Centres Manager – outcome'),

  rej('interview', ['overqualified', 'salary'], { ...fb, ...door },
    `Dear Mr. Mutua,

It was a pleasure meeting with our General Manager, Mr. Ochieng, and myself on Saturday regarding the Front Office Supervisor position at Tsavo Gate Safari Lodge.

Having reflected on the discussion, we feel that with your experience as Front Office Manager at two five-star city hotels the supervisor role would not offer you enough scope, and the KES 180,000 you mentioned is well above the supervisor scale, which tops out at KES 95,000. We have therefore decided not to proceed with your application for this position.

We shall keep your details on file and will contact you should a managerial position become available at any of our three lodges.

Kind regards,
Mercy Wairimu
HR Officer, Tsavo Gate Safari Lodge`, 'Front Office Supervisor'),

  rej('interview', ['location', 'salary'], { ...fb },
    `Dear Shalini,

Thank you for the discussion with our Regional Head – South, Mr. Venkatesh, on 9th July for the Cluster Manager role at Kaveri Fashion Retail.

Post the discussion, we have evaluated your candidature. As understood, you would need the role to be based out of Coimbatore, while the cluster covers 11 stores in the Madurai–Tirunelveli belt with the base at Madurai; also, your expected CTC of 18 LPA is beyond the approved budget for the grade. Considering both, we are unable to move forward with your candidature.

Thanks and regards,
HR – Talent Acquisition
Kaveri Fashion Retail Pvt. Ltd.`, 'Cluster Manager – Madurai'),

  rej('interview', ['position_filled', 'profile_mismatch'], { ...door },
    `Dear Halima,

Thank you for attending the second interview for the Programme Manager – Girls' Education role at Arewa Hope Foundation in Kaduna, and for the time you gave us.

We are writing to let you know that the position has now been filled by a candidate whose background more closely matched the needs of the programme, and the successful candidate has resumed. We were grateful for the quality of your engagement throughout the process.

We will keep your application on record and would be glad to consider you for other programme roles when our new project in Katsina begins recruitment later in the year.

Yours sincerely,
Human Resources and Admin
Arewa Hope Foundation`, "Programme Manager – Girls' Education"),

  rej('interview', ['salary'], { ...fb, ...door },
    `Hi Carlo,

Thank you for coming to our Pasig office for the face-to-face interview with Ms. Reyes for the Warehouse Operations Supervisor position.

We appreciate your openness in sharing your salary expectation of PHP 75,000 per month. After checking with our management, the maximum we can offer for this level is PHP 52,000, and we understand this is far from your expectation, so we will no longer proceed with your application.

Thank you and God bless.

HR Department
Lakbay Cargo Express, Inc.

P.S. We will keep your resume on file for supervisory openings at our new Cebu hub, which opens in the third quarter, and we'll reach out when those are posted.`, 'Warehouse Operations Supervisor'),

  rej('interview', ['role_closed'], { ...door },
    `Dear Zanele,

Thank you for your interview with the editorial team on 3 May for the Senior Features Writer position at Jacaranda Media.

Since then, the company has completed a review of its print titles and decided to cut the features desk budget for the rest of the financial year. Regrettably, that means the Senior Features Writer post will not be filled, and we are closing the recruitment.

We would love to hear from you again when things pick up; freelance commissions in particular may open up sooner than staff roles, and I'd be happy to put your name to the commissioning editors.

Kind regards,
Lindiwe Dube
Managing Editor, Jacaranda Media, Johannesburg`, 'Senior Features Writer'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hey Jordan,

Thanks for doing the ride-along with Ricky on Monday and for sitting down with me after.

Ricky said you were great with the customers and he liked your attitude. The snag is that you don't have your EPA 608 Universal yet, and I can't send anyone out on refrigerant calls without it — that's most of our summer work — so I'm going to pass for the HVAC Service Tech job right now.

Get that cert done and call me. I mean it — we'd hire you as soon as you have it.

Dwayne
Owner, Cool Breeze Heating & Air, Tulsa`, 'HVAC tech job'),

  rej('interview', ['generic'], { ...offered },
    `Dear Dr. Abernathy,

On behalf of the search committee for the tenure-track Assistant Professor position in Indigenous History, I want to thank you for speaking with us by video last month.

The committee has now concluded its deliberations, and I regret to inform you that you have not been selected to advance in the search. The applicant pool was exceptionally strong, and our decisions were difficult.

With best wishes for your research and teaching,
Prof. Lorraine Whitehorse
Chair, Search Committee, Department of History
University of the Lakes, Thunder Bay

P.S. I would be glad to share a few notes from the committee's discussion of your file if that would help as you go forward — simply write to me at this address.`, 'Assistant Professor search – Indigenous History'),

  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Hi Kevin,

Thanks for the time you spent with the team on Tuesday — Alana, Jorge and Priti all enjoyed the conversation.

We've decided not to move forward for the Fund Operations Associate role. Candidly, the group felt that your preference for long stretches of heads-down, independent work, which you described very clearly, would be a tough match for a desk where people interrupt each other all day to settle trade breaks together.

If a debrief would be helpful, reply here and I'll set up 20 minutes with Alana.

Best,
Renee Marsh
Recruiting, Halyard Point Capital${ashby}`, 'Fund Operations Associate'),

  // ── final: a last round, a full day, the last two, references after the final interview
  rej('final', ['generic'], { ...offered },
    `Dear Eleanor,

Thank you for attending the final round assessment day at our Manchester office for the 2026 Training Contract.

We are sorry to tell you that on this occasion we will not be making you an offer. We saw many excellent candidates at our assessment days this year, and the decisions were finely balanced.

We would be happy to provide feedback on your performance across the day. If you would like to receive this, please reply to this email within the next two weeks and a member of the Graduate Recruitment team will arrange a call.

Kind regards,
Graduate Recruitment
Pennington Crowe LLP`, 'Training Contract 2026 – final round outcome'),

  rej('final', ['culture_fit'], { ...fb },
    `Dear Dr. Harrington,

Thank you for spending the full day with us on site last Thursday — the tour, lunch with the hospitalist group, and the meetings with nursing leadership and our Chief Medical Officer. I know a day like that is exhausting, and you were generous with your time throughout.

We have decided not to extend an offer for the Medical Director, Hospital Medicine position. I want to be clear that this one was about fit rather than credentials. Our group runs on a flat, consensus model — schedules, protocols and even hiring decisions are voted on by the physicians — and in your conversations you described a leadership approach built around clear top-down accountability, which several of the physicians felt would be a difficult match for the group as it is today.

With appreciation and best wishes,
Karen Oduya, MD
Chief Medical Officer, Prairie Rose Medical Center`, 'Medical Director, Hospital Medicine'),

  rej('final', ['position_filled'], { ...door },
    `Dear Dr Wu,

I'm writing to let you know the outcome for the Senior Lecturer in Marine Ecology. As you know, you were one of the last two candidates we brought back, and the committee found the decision genuinely hard.

We have offered the position to the other candidate, who has accepted.

I hope you'll consider applying to Tasman Coast University again — we're expecting to advertise a continuing role in fisheries science next year, and I'd be very pleased to see your application.

With warm regards,
Professor Helen Marchetti
Head of School, Marine and Antarctic Sciences
Tasman Coast University`, 'Senior Lecturer in Marine Ecology'),

  rej('final', ['skills_gap'], { ...fb },
    `Dear Mr. Omondi,

RE: FINAL INTERVIEW – COUNTRY DIRECTOR, KENYA

Thank you for attending the final panel interview with members of our Board on 27 March in Nairobi, and for your presentation on the transition of our community health programmes to county ownership, which the Board found both candid and practical.

As you will be aware, the recruitment for this position has run since November and has involved a long-listing by our search consultants, two rounds of interviews with the Regional Director and senior management, written references and, for the three remaining candidates, the panel with the Board. We are conscious that this has asked a great deal of you, including two trips to Nairobi at your own expense before the final stage, and we are grateful for the patience and good humour you showed throughout.

The Board met on 2 April to consider the panel's recommendation and, after lengthy deliberation, decided not to offer you the position. The determining factor was experience managing multi-donor portfolios above USD 10 million with direct accountability to bilateral donors; the Board noted that your current portfolio, while impressive in its community reach and in the strength of its local partnerships, is around USD 3 million and largely foundation-funded, and with two bilateral grants due for renewal in the next eighteen months this weighed heavily in its decision.

I would like to stress that the panel's impressions of your leadership, your knowledge of Kenya's devolved health system and your commitment to community ownership were very positive, and they have been recorded as such in the Board's minutes.

On behalf of the Board and the whole Tumaini team, thank you for your commitment throughout the process, and please accept our best wishes for your continued work.

Yours sincerely,
Dr. Rose Wanyama
Chair, Recruitment Committee
Tumaini Health Alliance`, 'Country Director, Kenya'),

  rej('final', ['position_filled'], { ...offered },
    `Dear Conor,

Thank you for your patience while we completed reference checks following the final interviews for the Financial Controller position with Shannon Vale Dairies.

I wanted to let you know personally that we have offered the role to the other finalist, and she has accepted. Your referees spoke very highly of you, and this was a close call.

Thank you for all the time you gave us.

Kind regards,
Máire Nolan
Chief Financial Officer, Shannon Vale Dairies

P.S. If it's of any use, I'm happy to share some notes from the panel — just reply and we'll find a time.`, 'Financial Controller'),

  rej('final', ['salary'], { ...fb },
    `Dear Mr. de Groot,

thank you for the final interview with our Managing Director, Dr. Falk, on 2 July.

You left a very good impression. In the end, however, we could not come together on the question of salary: your expectation of 118,000 euros fixed salary plus company car lies clearly above the framework that the shareholders have approved for the position of Commercial Director, which ends at 95,000 euros, and an adjustment is not possible for us.

We regret this very much and wish you all the best for the future.

Mit freundlichen Grüßen
Anja Reuter
Personal, Elektrotechnik Brauer KG, Kassel`, 'Ihre Bewerbung als Commercial Director'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Vivek,

Thank you for completing the final HR round with us on Friday for the Area Sales Manager – Tractors (Vidarbha) position at Kisan Shakti Agro Equipment Ltd.

We regret to inform you that the selection committee has decided to go ahead with another candidate whose overall profile is better aligned to the requirements of the territory.

We are retaining your profile for future requirements in our sales vertical and shall get back to you as and when a suitable position arises.

Best regards,
Corporate HR
Kisan Shakti Agro Equipment Ltd., Nagpur`, 'Area Sales Manager – Vidarbha'),

  rej('final', ['assessment'], { ...fb, ...door },
    `Dear Kagiso,

Thank you for attending the final-stage assessment centre for the Ubuntu Fresh Markets Retail Management Graduate Programme at our Johannesburg head office on 16 October.

Your performance in the group exercise and the interview was strong; however, your result in the in-tray (prioritisation) exercise fell below the required standard — in particular, the assessors noted that several urgent food safety items were left until the end of the exercise — and as all three exercises must be passed for an offer to be made, we are unable to offer you a place on the programme.

Graduates may apply for one further intake, and we would encourage you to do so next year.

Kind regards,
Graduate Recruitment
Ubuntu Fresh Markets`, 'Graduate Programme – assessment centre outcome'),

  rej('final', ['internal_candidate'], {},
    `Dear Adaeze,

Thank you for attending the final interview with our Managing Director for the position of Head, Internal Control at Crescent Capital Microfinance Bank.

After careful deliberation, management has decided to fill the position through the promotion of a staff member from our Risk Management department, in line with the company's succession plan.

We appreciate the time and effort you invested throughout the selection process.

Yours faithfully,
Head, Human Resources
Crescent Capital Microfinance Bank Ltd., Enugu`, 'Head, Internal Control'),

  rej('final', ['role_closed'], {},
    `Dear Ms. Mendoza,

We write with regard to the Director of Sales & Marketing position at Casa Amihan Resort, Siargao, for which you were among the finalists who met our owners in Manila last month.

The owners have decided to bring the resort's sales and marketing under the group's central commercial team in Makati, and the resort-level Director of Sales & Marketing position has been dissolved. We are therefore closing this search without an appointment.

We are sincerely grateful for the effort you put into the process, including your travel to Manila.

Respectfully yours,
Human Resources
Casa Amihan Resort`, 'Director of Sales & Marketing – search closed'),

  rej('final', ['skills_gap', 'culture_fit'], { ...fb },
    `Hi Marc,

Thanks for coming back in for the final round with Doug and Sharon last week, and for bringing the photos of the Kelowna job — Doug hasn't stopped talking about that crane pick.

We've decided to go a different way on the Site Superintendent job. Two things tipped it: our next three projects are mass timber and the other candidate has run two CLT builds, where you haven't had the chance yet; and Doug felt your style, very hands-off with the subs, would be tough with crews who've been with us twenty years and expect the super out on the deck every morning.

All the best,
Tanya Ferreira
Operations Manager, Ferreira Brothers Construction`, 'Site Superintendent'),

  rej('final', ['generic'], { ...offered, ...door },
    `Dear Yusuf,

Thank you for the final conversation with our editor-in-chief, Marloes, last Friday — the last step in the process for the Podcast Editor position at Dagblad Oost.

We have chosen another candidate. It was a close decision between the two of you.

Marloes would gladly explain the considerations to you in more detail if you'd like; just send me a message and I'll plan a call. We also hope to see you again when we post future vacancies in our newsroom.

Hartelijke groet,
Sophie Brink
HR, Dagblad Oost`, 'Podcast Editor'),

  // ── paused processes: nobody declined yet
  hold('interview', ['role_closed'], {},
    `Dear Femi,

Thank you for attending interview for the Senior Environmental Health Officer post on 6 February.

I wanted to update you honestly. The panel completed its interviews and we were close to a decision, but the Council has since announced a review of all vacancies pending agreement of the 2025/26 budget at Full Council on 4 March, and until that budget is agreed we won't be going ahead with the hire.

No decision has been made on any candidate, and I'll write again as soon as we have clearance — hopefully by the middle of March.

Kind regards,
Philippa Moore
Environmental Health Manager, Harbridge District Council`, 'Senior EHO – update'),

  hold('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for applying to the Respiratory Therapist I (Night Shift) position at Mercy Plains Health System.

Due to a system-wide hiring pause that took effect on November 1, recruitment for this position is temporarily suspended. Your application has not been declined and will remain active. When hiring resumes, a recruiter will review your application and contact you if you are selected to move forward.

We apologize for the delay and appreciate your patience.

Mercy Plains Health System Talent Acquisition${workday}`, 'Update on your application – Respiratory Therapist I'),

  hold('screen', ['role_closed'], {},
    `Hi Lachlan,

Thanks for the call last Thursday about the Logistics Coordinator role at Red Gum Wine Estates.

A quick update: the business is working through a restructure of the supply chain team, and the hiring manager has asked us to put the role on hold for four to six weeks until the new structure is signed off. Your application is still very much live — we're not closing anything off and we haven't progressed anyone else.

I'll be in touch as soon as I hear more.

Cheers,
Amelia Thorne
Talent Partner, Red Gum Wine Estates, Barossa`, 'Logistics Coordinator – on hold'),

  hold('assessment', ['generic'], {},
    `Dear Aarav,

Thank you for submitting the financial modelling assignment for the Credit Manager – MSME role at Vindhya Small Finance Bank.

We wish to inform you that the evaluation of assignments has been delayed, as two members of the evaluation panel are engaged in the annual RBI inspection until the end of this month. Results will now be communicated in the second week of next month.

We regret the inconvenience. Your candidature remains under consideration and no action is needed from your side.

Regards,
Talent Acquisition
Vindhya Small Finance Bank`, 'Credit Manager – MSME: delay in evaluation'),

  hold('final', ['role_closed'], {},
    `Dear Mr. Bello,

Thank you for attending the final interview for the position of Chief Financial Officer at Lagoon Crest Assurance Plc on 2 September.

Following the conclusion of the final interviews, the Board had been expected to ratify a selection at its meeting of 20 September. However, the Board has resolved to suspend all senior appointments pending the outcome of the ongoing recapitalisation exercise, which is expected to conclude in the first quarter of next year.

Please note that no decision has been made on any candidate and your candidacy remains active. We will write to you as soon as the Board lifts the suspension.

Yours faithfully,
Company Secretary
Lagoon Crest Assurance Plc, Lagos`, 'CFO recruitment – suspension of appointments'),

  // ── look-alikes: rejection words, nobody declined
  other(`Hi Grace,

A quick note on the Operations Manager process at Tidewater Cold Stores, as a few candidates have asked.

We've had a big response and interviews are running this week and next. Unfortunately we can't give individual updates before then: we will close the process at the end of the month and let everyone who interviewed know the outcome in the first week of next month, whichever way it goes.

Thanks for bearing with us.

Hollie Parr
HR Advisor, Tidewater Cold Stores`, 'Operations Manager – timeline'),

  other(`Dear Nomvula,

As you asked in your email of Monday, we've withdrawn your application for the Payroll Specialist role at Khanya Facilities Management, and your interview on Thursday has been cancelled.

We're sorry to lose you from the process, but we completely understand, and congratulations on the new position. Your details have been removed from this vacancy; if you'd like to be considered for roles in future, you're welcome to apply again at any time.

Best wishes,
Refilwe Mokoena
Recruitment, Khanya Facilities Management`, 'Re: Withdrawal of application – Payroll Specialist'),

  other(`Dear Oisín,

Offer of Employment – Logistics Coordinator

Further to your interview on 21 May, I am delighted to offer you the position of Logistics Coordinator with Barrow Bay Foods Ltd, based at our Carlow distribution centre, on a permanent full-time basis starting on Monday 1 July.

Your starting salary will be €41,000 per annum, paid monthly, with 23 days' annual leave and membership of the company pension scheme after six months' service. Sadly, the staff canteen is closed for refurbishment until September, so for your first couple of months you'll need to bring your own lunch — there is a kitchen with microwaves on the first floor.

Please sign and return the enclosed contract by 14 June to confirm your acceptance.

We look forward to welcoming you to the team.

Yours sincerely,
Eimear Walsh
HR Manager, Barrow Bay Foods Ltd`, 'Offer of Employment – Logistics Coordinator'),

  other(`Dear Applicant,

Thank you for your application for the post of Administrative Officer (Grade 7) at the Eastern Cape Provincial Department of Roads and Public Works, Ref. DRPW/2024/118.

This serves to acknowledge receipt of your application. Unfortunately, owing to the large number of applications received, the Department is unable to respond to each applicant individually. Shortlisted candidates will be contacted by 30 November.

Kind regards,
Human Resource Management
Department of Roads and Public Works`, 'Acknowledgement – DRPW/2024/118'),

  other(`Hi Aditi,

I'm sorry for the silence on the Senior Buyer role at Marigold Home Stores — I know it's been three weeks since you applied.

We're still reviewing applications and no decisions have been made yet; our Category Director has been travelling, which has slowed things down. I expect to be back in touch about next steps by the end of next week.

Thanks for your patience,
Rhea Kapoor
Talent Acquisition, Marigold Home Stores, Mumbai`, 'Senior Buyer – still reviewing'),

  other(`Dear Mr. Mwangi,

We are pleased to invite you to an interview for the position of Maintenance Planner at Kilimanjaro Bottlers Ltd, Thika plant.

Date: Tuesday 14 May
Time: 10:00 a.m.
Venue: Administration Block, Thika Plant (please report to the main gate with your national ID)
Panel: Plant Engineer, Maintenance Manager and HR Officer

We regret that the company is unable to reimburse travel costs for interviews. Unfortunately, we are also not able to offer alternative dates, so kindly confirm your attendance by replying to this email by Friday.

Regards,
Human Resources
Kilimanjaro Bottlers Ltd`, 'Invitation to interview – Maintenance Planner'),

  other(`Dear Bukola,

Thank you for letting us know your decision about our offer for the Brand Manager role.

We're disappointed, of course — the team was looking forward to working with you — but we completely understand your reasons, and we wish you every success in your new position at the agency.

Should your circumstances ever change, please don't hesitate to get in touch.

Warm regards,
Olufemi Adeyinka
Marketing Director, Ogun Valley Beverages`, 'Re: Offer – Brand Manager'),

  other(`Jobs picked for you — Talentline Weekly

Unfortunately, the job you saved, "Warehouse Team Leader – Brampton", is no longer accepting applications on Talentline.

Not quite the right fit? Here are similar roles near you:
• Shift Supervisor, Distribution — Norland Logistics, Mississauga
• Inventory Control Lead — Bayside Grocers DC, Vaughan
• Receiving Supervisor — Larkspur Home Retail, Brampton

You're receiving this because you set up a job alert on Talentline. Manage alerts | Unsubscribe`, 'Your saved job has closed – 3 similar roles'),

  other(`Hi Daniela,

Thanks for joining the Harbour & Pine Hospitality talent community!

You haven't applied for a specific role yet, and that's fine — we'll email you when positions matching your interests (front office, events, Sydney) are posted. Sorry we can't reply personally to every new member; our team is small.

In the meantime, you can browse and apply for open roles at any of our six hotels on our careers page.

The Harbour & Pine Talent Team`, 'Welcome to the Harbour & Pine talent community'),

  other(`Hi Tariq,

Unfortunately, Siobhan, who was due to interview you tomorrow for the Claims Handler role at Harbourview Insurance, is unwell, so we need to move your interview.

Could you do Monday 10 June at 2:00 pm instead? It will be the same format — 45 minutes on Teams with Siobhan and one of our team leaders. Sorry for the short notice, and thank you for being flexible.

Kind regards,
Leanne Cosgrove
Recruitment Coordinator, Harbourview Insurance`, 'Interview rescheduled – Claims Handler'),
];
