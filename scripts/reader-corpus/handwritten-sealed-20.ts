/**
 * Sealed messages of the twentieth sealed round: written before any change to the reader and only ever scored. Two
 * halves. The first is rejections from about seventy employers, each a different writer: tracking-system auto-mails in
 * the styles of Greenhouse, Lever, Workday, SmartRecruiters, Ashby, iCIMS and Workable, HR template letters, agency
 * recruiters, hiring managers and founders writing by hand, universities and public bodies, in American, British,
 * Indian, Australian and second-language English, from two lines to long letters with footers and markup left in; the
 * stage is often told only in passing and the reason in one clause of a longer sentence. The second is one job
 * seeker's inbox: a quality-control microbiologist in Cork (five years at a sterile injectables plant: environmental
 * monitoring, endotoxin and bioburden testing, deviations and CAPAs under GMP) applying to pharmaceutical and
 * medical-device makers, food producers, hospital laboratories and contract labs in Ireland, the UK and the
 * Netherlands, where most mail declines nothing (acknowledgements, invitations, reschedules, reminders, alerts,
 * outreach, an offer, surveys), a few processes are paused, and about twenty are rejections.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s20-');

export const HANDWRITTEN_SEALED_20: readonly CorpusLine[] = [
  // ── A. Rejections from many employers
  rej('application', ['generic'], { ...door }, `Hi Marcus,

Thanks for your interest in Tallyforge and for taking the time to apply for our Senior Revenue Operations Analyst role.

We received a large number of applications for this position, and after careful review we've decided not to move forward with yours at this time.

We'll keep your details in our system and we'd love to hear from you again if another opening catches your eye.

Best,
The Tallyforge Recruiting Team

--
Powered by Greenhouse | Unsubscribe from candidate emails`, 'Your application to Tallyforge'),

  rej('application', ['profile_mismatch'], {}, `Hey Jordan — thanks so much for throwing your hat in the ring for Product Designer at Lumenkit.

We took a real look at your portfolio. It's clear you care about the craft, but the mix of experience in it isn't quite where this particular role sits right now, so we won't be taking things further.

Good luck with the search, and thanks again for thinking of us.

Priya, on behalf of the Lumenkit team
Sent via Lever`, 'Lumenkit | Product Designer'),

  rej('application', ['skills_gap'], { ...fb, ...door }, `Dear Applicant,

Thank you for applying for Requisition R-20418, Licensed Electrician – Facilities (Night Shift), at Harwood Regional Medical Center.

After reviewing the application materials you submitted, we have determined that you do not currently meet the minimum qualifications for this position, which require an active state journeyman electrician license at the time of hire. For this reason your application will not be forwarded to the hiring manager.

We encourage you to visit our careers site regularly and to apply for any future positions for which you qualify.

Sincerely,
Talent Acquisition
Harwood Health System

This message was sent from an unmonitored mailbox. Please do not reply. To review your candidate home, sign in to Workday.`, 'Update on your application – R-20418'),

  rej('application', ['position_filled'], {}, `Dear Ana,

Thank you for applying to the Regional Sales Coordinator (Iberia) role at Quercia Foods.

We would like to let you know that this position has now been filled, and your application will not be progressing further.

We appreciate the time you invested and wish you every success.

Kind regards,
Quercia Foods People Team

You received this email because you applied through SmartRecruiters. Privacy Policy · Manage my data`, 'Regional Sales Coordinator (Iberia) – application update'),

  rej('screen', ['salary'], { ...fb, ...door }, `Hi Devon,

Really appreciated the call on Tuesday — you clearly know your way around Kubernetes cost tuning, and I enjoyed hearing about the migration you led.

I want to be straightforward with you. When we talked numbers you mentioned a floor of around $210k base, and for this seed-stage role we're capped at $165k plus equity. I took it back to my co-founder to see whether there was any room, and honestly there isn't for now, so I don't think it's fair to keep you in the process.

If our round closes the way we hope next year and we open a more senior platform role, I'd love to reach out to you again.

Cheers,
Ines Calderwood
Co-founder, Driftplane`, 'Following up from our call'),

  rej('application', ['location'], { ...fb }, `Dear Candidate,

Thank you for your interest in employment with Meridian Aerostructures, Inc.

Positions in our Defense Programs division involve access to export-controlled technical data and are restricted to U.S. persons as defined under ITAR. Based on the information you provided in your application for Stress Analyst II (Job ID 77311), you do not meet this eligibility requirement, and we are unable to consider your application further.

We thank you for your interest.

Meridian Aerostructures Human Resources
*** This is an automated message generated by iCIMS. Replies to this address are not monitored. ***`, 'Meridian Aerostructures – Job ID 77311'),

  rej('application', ['generic'], { ...door }, `Hello Fatima,

Thanks a lot for applying to the Junior Data Analyst position at Brightwell Logistics.

Our hiring process usually includes a short online assessment, a call with one of our recruiters, and two interviews with the analytics team. We received many strong applications this time, and unfortunately we will not be inviting you to the next stage.

Please don't let this discourage you — we post new roles often, and you are welcome to apply again in the future.

Best wishes,
Brightwell Logistics Talent Team

Sent with Workable`, 'Your application for Junior Data Analyst'),

  rej('interview', ['profile_mismatch'], { ...offered }, `Dear Ms Okonkwo,

Re: Senior Planning Officer (Ref: PLN/2291)

Thank you for attending the interview on 14th March and for the time you gave to the panel.

The panel considered all of the candidates carefully against the person specification. While your interview had a number of strengths, on this occasion another candidate was judged to match the requirements of the post more closely, and I am sorry to tell you that you have not been successful.

If you would find it useful to discuss the panel's view of your interview, please contact me on the number below and I will be happy to arrange a short call.

May I thank you again for your interest in working for Ashcombe District Council.

Yours sincerely,

Gillian Threlfall
HR Business Partner
Ashcombe District Council | 01632 960 418`, 'Senior Planning Officer – outcome of interview'),

  rej('interview', ['internal_candidate'], { ...door }, `Hi Tom,

Hope your week's been alright. I've had feedback back from Halvorsen Marine on the Project Controls Manager role, and I'm afraid it isn't the news we wanted.

They really liked you in the second meeting with Kirsty and the ops director, but in the end they've appointed someone from inside — one of their existing cost engineers who's been acting up into the role since the summer. Hard to compete with that, and I did push to understand if anything else was behind it; as far as I can tell, nothing was.

I've got a couple of other project controls roles with clients in Aberdeen and Teesside coming through in the next few weeks and I'll be in touch about those.

Speak soon,
Callum
Callum Reid | Principal Consultant – Energy & Infrastructure
Northbank Search Ltd`, 'Halvorsen update'),

  rej('final', ['culture_fit'], { ...fb }, `Sam,

Thank you for spending the whole day with us on Friday. I know onsite days are exhausting and you handled all five sessions with real energy.

We met as a group this morning. Everyone agreed you're a strong engineer, and the system design session was one of the better ones we've had. Where we landed differently is on how you'd work within this team day to day: we pair on almost everything and make decisions in the open, and several people came away feeling you'd be happiest with more independent ownership than we'd be able to give you here. That's not a criticism — it's about fit with how we run, and we'd rather be honest about it now.

So we won't be extending an offer. I'm sorry to be the bearer of that after such a long process.

All the best,
Wendell Ashford
Engineering Manager, Platform
Corvid Health`, 'After Friday'),

  rej('application', ['generic'], {}, `Dear Dr. Hassan,

On behalf of the search committee for the tenure-track Assistant Professor position in Environmental Chemistry, I write to thank you for your application.

The committee received over 240 applications for this position, many from exceptionally well-qualified scholars. After careful review, I regret to inform you that your application will not be advanced for further consideration.

We very much appreciate your interest in the Department of Chemistry at Eastmoor University and wish you success in your career.

Sincerely,

Professor Linnea Vaughan
Chair, Search Committee
Department of Chemistry, Eastmoor University`, 'Eastmoor University – Assistant Professor search'),

  rej('application', ['profile_mismatch'], {}, `Dear Kyle

Thank you for applying for the position of APS 6 Policy Officer, Water Reform Branch (Vacancy No. 24/0917).

A selection panel has assessed all applications against the advertised key capabilities. I regret to advise that, based on the information provided in your application, the panel assessed you as not suitable for the role at this time, and you will not be progressed to the next stage.

Please note that a merit pool may be established from this process and used to fill similar vacancies over the next 18 months. Only applicants assessed as suitable will be placed in the merit pool.

Thank you for your interest in working with the Department.

Recruitment Team
Department of Climate, Water and Regions
Canberra ACT 2601`, 'Outcome of your application – Vacancy 24/0917'),

  rej('assessment', ['assessment'], { ...door }, `Dear Rahul Verma,

Greetings from Sunrava Technologies!

We thank you for taking part in the online aptitude and technical test conducted on 22nd June as part of our Graduate Engineer Trainee hiring drive.

We regret to inform you that you have not cleared the cut-off marks for this test, hence we will not be able to take your candidature forward for the technical interview round.

We appreciate your interest in Sunrava and wish you all the best. You may apply again in our next hiring drive after six months.

Thanks & Regards,
Campus Hiring Team
Sunrava Technologies Ltd.

This is a system generated mail. Please do not reply.`, 'Sunrava GET Drive – Test Result'),

  rej('interview', ['overqualified'], { ...fb }, `Dear Mr. Lindqvist,

thank you very much for the interview last Wednesday and for the interesting conversation about your time at the logistics center in Göteborg.

After long consideration we have decided to not continue with your application for the position as Shift Supervisor Warehouse. Your experience as operations manager for over 200 employees is clearly much more than this position asks, and we are afraid that the tasks would not be challenging enough for you over a longer time. We think this would not be good for you and also not for us.

We wish you for your future only the best and thank you again for your interest in Kessler Distribution GmbH.

With friendly greetings
Martina Vogt
Personalabteilung / HR
Kessler Distribution GmbH, Duisburg`, 'Ihre Bewerbung / Your application – Shift Supervisor'),

  rej('assessment', ['assessment'], { ...fb }, `hey Lena,

thanks for doing the take-home, genuinely. I know it eats a weekend.

I went through it with Jonas yesterday. the UI side was nice, honestly nicer than most we get, but the sync logic is where it fell down for us — it doesn't handle the offline case at all, two of our edge cases lose data when two edits land together, and there are no tests around the conflict resolution which is the core of what this role would own. so we're going to pass for now.

appreciate you giving it a real shot.

- Arvid
founder, Notewell`, 're: take-home'),

  rej('application', ['role_closed'], {}, `<p>Hi Oliver,</p>
<p>Thank you for applying for the <strong>Growth Marketing Lead</strong> position at Pellucid.</p>
<p>We wanted to let you know that we have decided to close this role, following a change in our plans for the marketing team this year. As a result we will not be moving forward with any applications, including yours.</p>
<p>We are grateful for your interest and wish you all the best in your search.</p>
<p>Warmly,<br>Pellucid Talent</p>
&nbsp;
<p style="font-size:11px;color:#999">Pellucid Inc. · 500 Market St · San Francisco, CA<br>This email was sent by Greenhouse on behalf of Pellucid.</p>`, 'An update on the Growth Marketing Lead role'),

  rej('screen', ['skills_gap'], { ...fb }, `Hi Chiara,

Thanks again for making time to speak with me last Thursday about the Customer Operations Specialist role in our Dublin office.

I've now discussed our call with the hiring manager. As I mentioned, this team covers our French-speaking markets, and the role needs someone who can handle escalations in French at a native or near-native level from day one. From our conversation it sounded like your French is more at a conversational level at the moment, so unfortunately we won't be progressing your application.

Thanks for your interest in Orvane, and best of luck.

Ruairí Dunne
Talent Partner, Orvane
Sent via Lever`, 'Customer Operations Specialist – next steps'),

  rej('final', ['position_filled'], { ...door }, `Dear Meera,

Thank you for your time and effort throughout our selection process for the Head of Internal Audit, including your final-round meeting with our Chief Financial Officer and the Audit Committee Chair.

We have now concluded the process and extended an offer to another finalist, which has been accepted.

It was a genuinely close decision, and we were impressed by your approach. We would be glad to stay in touch, and we hope you will consider Castellan Insurance for future opportunities.

Kind regards,

Talent Acquisition
Castellan Insurance Group

Please do not reply to this email. Sent from Workday Recruiting.`, 'Head of Internal Audit – update'),

  rej('application', ['generic'], {}, `Hi Noor, thanks for applying to Fieldnote. We've reviewed your application for Backend Engineer and won't be moving ahead. Best of luck!

— Fieldnote Hiring (via Ashby)`, 'Fieldnote application'),

  rej('application', ['skills_gap'], { ...fb }, `Dear Joseph Mensah

Application for: Band 6 Occupational Therapist – Community Neuro Rehab
Reference: 289-CN-4471

Thank you for your application for the above post.

Following shortlisting, we are sorry to inform you that your application has not been successful on this occasion. Shortlisting is carried out against the essential criteria in the person specification, and the panel noted that your application did not provide evidence of current HCPC registration, which is essential for this post.

We would like to thank you for your interest in working with Weyside Community Health NHS Trust.

Yours sincerely
Recruitment Team

This is an automated email. Please log in to your account to view the status of your applications.`, 'Application outcome: 289-CN-4471'),

  rej('screen', ['location'], { ...fb, ...door }, `Hi Ethan,

Thanks for the chat yesterday, it was great to learn more about what you've been building at Parakeet.

I did want to come back to something we touched on towards the end. You mentioned you'd want to stay fully remote from Perth, and I checked with the team: this role really does need someone in the Sydney office at least three days a week, because of how closely it works with our clinic partners. Since that doesn't line up with what you're after, we won't move to the next step this time.

If a fully remote role opens up in engineering — and there's a decent chance one will next year — I'd love to reach back out.

Cheers,
Georgia Tan
Talent Lead | Wellnest Health
Sydney NSW`, 'Great chatting yesterday'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...offered }, `Dear Adebayo,

Thank you for completing the written case exercise for the Associate, Transaction Services role at Pemberton Lyle LLP.

Our reviewers were impressed by the clarity of your memo. However, the exercise was designed to test working capital normalisation, and your analysis did not adjust for the seasonal stock build or the one-off supplier rebate, both of which were central to the case. Together with the requirement for ACA or ACCA qualification, which we understand you have not yet completed, we have concluded that we cannot take your application forward.

Should you wish to talk through the exercise in more detail, please reply to this email and I will set up a brief call with one of the reviewers.

Kind regards,

Harriet Coles
Graduate & Associate Recruitment
Pemberton Lyle LLP`, 'Associate, Transaction Services – case exercise'),

  rej('application', ['generic'], { ...door }, `Dear Candidate,

Thank you for expressing your interest in the position of Store Manager - Northgate Mall. 

We have carefully reviewed your application and regret to inform you that you have not been selected to move forward in the recruitment process. Competition for this role has been very strong.

Your profile will remain in our talent community and our team may contact you if a suitable opportunity becomes available in the future.

Kind Regards,
Halden & Rowe Retail Recruitment

Do not reply to this message. This mailbox is not monitored. Halden & Rowe Ltd, registered in England & Wales No. 0481223.`, 'Your application with Halden & Rowe'),

  rej('interview', ['profile_mismatch', 'salary'], { ...fb }, `Hi Beatriz,

Thank you for meeting with me and with Kwame last week to talk about the Finance Business Partner role. We both enjoyed the conversation, particularly the way you described building the capex model at your current company.

After talking it through, we've decided not to progress your application. The candidates we're moving ahead with have backgrounds that map more closely to what we need for this particular role, and separately, the expectations you shared — around 95k — sit some way above what we've budgeted for this position.

I'm sorry it isn't better news and I wish you well with what comes next.

Best regards,
Rosalind Mack
Head of FP&A, Carrow Brewing Co.`, 'Finance Business Partner'),

  rej('application', ['profile_mismatch'], { ...door }, `Dear Sneha,

Greetings from Kalptaru Infra Projects Ltd.!

Thank you for applying for the position of Assistant Manager – Contracts & Billing (Job Code KIPL/CB/118) at our Ahmedabad head office.

We have gone through your profile in detail. At present your profile is not matching with our current requirement, hence we are unable to take your candidature ahead for this opening.

However, we shall retain your resume in our database and get in touch with you in case any suitable opening arises in future.

Wishing you all success in your career.

Warm Regards,
HR Department
Kalptaru Infra Projects Ltd.
Regd. Office: S.G. Highway, Ahmedabad – 380054

DISCLAIMER: Kalptaru Infra never asks for any payment from candidates at any stage of recruitment.`, 'Your application – KIPL/CB/118'),

  rej('interview', ['generic'], {}, `Dear Luis,

Thank you for your interest in the Maintenance Planner role with Norvale Paper Mills, and for the time you spent with us during your recent interview.

We have carefully considered all candidates, and while your qualifications are impressive, we have decided to pursue other candidates for this position.

We wish you the best of luck in your job search.

Sincerely,
Norvale Paper Mills Talent Acquisition

This email was sent from a notification-only address that cannot accept incoming email. Workday`, 'Maintenance Planner – Norvale Paper Mills'),

  rej('screen', ['overqualified'], { ...fb, ...door }, `G'day Brett,

Thanks for the yarn on Monday arvo, mate. Good to put a voice to the CV.

I've been back and forth with the client (the regional civil contractor in Toowoomba I mentioned) and they've decided not to take you through to meet the project manager. Bluntly, they think you're too senior for what this is — you've been running $40m jobs with three supervisors under you, and this is a site engineer spot on a small council road package. They're worried you'd be bored inside six months and walk, and I reckon they've got a point.

Don't read anything more into it than that. I've got a couple of PM roles coming up in the new year that are much more your level and I'll be ringing you about those.

Cheers,
Shane Pryor
Senior Consultant – Civil & Construction
Ironbark Recruitment | Brisbane QLD`, 'Toowoomba role'),

  rej('assessment', ['assessment'], { ...door }, `NOTICE OF EXAMINATION RESULTS

Dear Applicant:

You recently participated in the written examination for the classification of Accounting Technician (Exam No. 2024-0317) administered by the City of Fairhaven Civil Service Commission.

Your final score on this examination was below the minimum passing score of 70. Accordingly, your name will not be placed on the eligible list for this classification, and you will not be considered for current or future vacancies from this list.

You may reapply and retest for this classification when the examination is next announced, but no sooner than six (6) months from the date of this notice.

City of Fairhaven – Human Resources Department
Civil Service Division
Room 310, City Hall`, 'Examination Results – Accounting Technician'),

  rej('interview', ['skills_gap'], { ...fb, ...offered }, `Hi Tamsin,

Thanks again for coming in to see Mark, Ayesha and me on Wednesday. I know it was a long one with the technical grilling at the end.

I'll get straight to it: we've decided not to offer you the role. The panel liked a great deal about you, especially how you explained the regression work you've done. Where we felt the gap was on the production side — the role will own several models that are already live, and from our conversation you haven't yet deployed or monitored a model in production, which is a big part of the first six months here.

I'd be glad to jump on a call and go through the panel's notes if that would help you. Just reply and we'll find a time.

Best,
Dominic Hale
Head of Data Science, Larkspur Energy`, 'Our conversation on Wednesday'),

  rej('application', ['location'], { ...fb }, `Hi Wei,

Thank you for your application to the Site Reliability Engineer role at Quillmark.

Unfortunately we're not able to offer visa sponsorship for this position, and from your application it looks like you would need sponsorship to work in the United Kingdom. For this reason we won't be moving forward.

We appreciate your interest and wish you the best in your search.

Quillmark Talent Team
(sent via Lever)`, 'Your application to Quillmark'),

  rej('final', ['internal_candidate'], {}, `Dear Andrea,

Thank you for your participation in the final stage of our selection process for the Category Director, Beauty position, and for the presentation you delivered to our leadership team.

After deliberation, the leadership team has decided to appoint a colleague from within the business to this role. We know this is disappointing news at such a late stage and we are grateful for the effort you put into every step.

We wish you every success in your career.

Kind regards,
Talent Acquisition Team
Maison Vérelle Group

This message was sent via SmartRecruiters. If you no longer wish to receive messages, please update your preferences.`, 'Category Director, Beauty – outcome'),

  rej('interview', ['position_filled'], { ...offered }, `Dear Dr Nwosu

Research Fellow in Computational Epidemiology (Ref. 004217)

Thank you for attending interview for the above post on 3 October.

I am writing to let you know that the panel has now made an appointment to this post and I am sorry to say that you were not the successful candidate on this occasion.

The panel would be happy to offer you feedback on your interview. If you would like this, please contact the Chair of the panel, Professor Helen Gatward, directly.

Thank you for your interest in the University of Kelbridge.

Yours sincerely

Human Resources Division
University of Kelbridge`, 'Research Fellow (Ref. 004217) – interview outcome'),

  rej('application', ['skills_gap'], { ...fb }, `Hello Mr. Roberts,

We thank you for your application to the post of Key Account Manager DACH at Solvène Packaging and for your interest to our company.

After careful study of your file, we must inform you that we cannot give a positive answer. For this position a very good level of German (C1 minimum) is absolutely needed, because all the customers are in Germany, Austria and Switzerland and the negotiation is in German. In your CV we see German at A2 level only.

We thank you for your comprehension and we wish you good success in your research.

Best regards,
Camille Dufresne
Chargée de recrutement
Solvène Packaging SAS – Lyon`, 'Votre candidature / Your application – KAM DACH'),

  rej('screen', ['role_closed'], {}, `Hi Priyanka — thanks for the intro call last week. Annoying update: we've decided to freeze the Head of Partnerships hire until Q3, and I don't want to keep you hanging on something that may not come back in the same shape, so we won't be moving forward. Really sorry about the timing.

Max`, 'Partnerships role'),

  rej('application', ['generic'], {}, `Dear Candidate,

Thank you for your interest in the Clinical Research Coordinator I position (Req #44019) at Bayfront Children's Hospital.

If selected for an interview, candidates are contacted by a member of our recruitment team and may be asked to complete a skills assessment before meeting the department. At this time, however, we have decided to move forward with other applicants, and your application will not be advanced.

We wish you success in your job search.

Human Resources
Bayfront Children's Hospital
Please do not respond to this email. It was generated by iCIMS.`, 'Req #44019 – Status Update'),

  rej('assessment', ['assessment'], { ...door }, `Hi Kofi,

Thank you for completing the coding exercise for the Software Engineer, Payments role at Stackway.

Having reviewed your submission, our engineers have decided not to move forward to the interview stage on this occasion.

We get a lot of strong submissions and we know how much effort goes into these, so thank you. We'd encourage you to apply again in the future as new roles open up on our careers page.

All the best,
Stackway Recruiting

Powered by Greenhouse`, 'Stackway – coding exercise'),

  rej('interview', ['position_filled'], { ...door, ...offered }, `Dear Hannah,

Thank you so much for coming to see us at our Bristol office last Tuesday and for talking to Oyelaran and me about the Community Fundraising Officer role. We really enjoyed hearing about the sponsored swim you organised for your local hospice.

I'm sorry to let you know that we've offered the role to another candidate, who has accepted. It was a hard decision with a strong field.

If you would like some feedback on your interview, I'm very happy to give you a ring — just let me know a good time. And please do keep an eye on our website, as we often recruit for fundraising roles across the South West and we would be pleased to see your name again.

With warm wishes,
Ruth Penhaligon
Head of Community Fundraising
Seabrook Hospice Trust (Registered charity no. 1098213)`, 'Community Fundraising Officer'),

  rej('application', ['overqualified'], { ...fb, ...door }, `Hi Gareth,

Thank you for applying for the Junior Bookkeeper role at Finchley Accounts Co.

We have reviewed your application. With your fifteen years as a financial controller, we feel you are significantly more experienced than this entry-level role requires, and we don't believe it would make the best use of your background. We've therefore decided not to progress your application.

We do occasionally hire for senior finance roles and would be happy to hear from you if one comes up that suits you better.

Kind regards,
Finchley Accounts Co. Hiring Team

Sent using Workable`, 'Junior Bookkeeper – application update'),

  rej('interview', ['location'], { ...fb, ...door }, `Dear Arjun,

Hope you are doing well.

This is regarding your candidature for Senior Java Developer with our client, a leading BFSI major. As you know, you have cleared the first technical round with their panel, and we were awaiting the second round schedule.

Client has come back that they will not be proceeding further with your profile. Main reason is that the position is strictly work from office at their Bengaluru (Manyata Tech Park) location, and in the discussion you had told that relocating from Kochi is not possible for you in the next 6 months due to family commitments. Since they are looking for someone to join at Bengaluru location only, they have dropped the profile for this position.

Sorry for the update. Will definitely reach you for any Kochi / remote opening.

Thanks & Regards,
Nithya R.
Sr. Talent Acquisition Specialist
Talentbridge Staffing Solutions Pvt. Ltd., Chennai`, 'Feedback – Senior Java Developer – BFSI client'),

  rej('final', ['profile_mismatch', 'position_filled'], { ...offered, ...door }, `Hi Isabela,

Thank you for the time you put into the final round with us last week — four conversations and a presentation is a big ask, and your work on the onboarding teardown was thoughtful.

After a lot of discussion, we've decided to make an offer to another candidate whose experience lines up more closely with where the team is heading. This was a close call, and I want to be clear it wasn't about anything you did wrong in the process.

If it would be useful, I'm happy to share more about how the team saw the final round — just reply here. And we'd genuinely like to stay in touch: we'll be hiring for a couple more product roles later this year.

Warmly,
Talia Brennan
Recruiting, Waymark

Sent with Ashby`, 'Your final round with Waymark'),

  rej('application', ['position_filled'], {}, `Hi Sarah, thanks for applying for the barista role at Little Heron. We've already filled it, sorry! Best of luck. — Jess`, 'Barista role'),

  rej('application', ['skills_gap'], { ...fb }, `Dear Mr Dlamini

APPLICATION: SENIOR ELECTRICAL ENGINEER – DISTRIBUTION (REF: EM/2024/063)

Your application for the above post refers.

We regret to inform you that your application was unsuccessful. The post requires registration as a Professional Engineer (Pr Eng) with ECSA as an inherent requirement, and your application indicates that you are currently registered as a Candidate Engineer only.

We thank you for the interest shown in Ekurhuleni Metro Power and wish you well in your future endeavours.

Yours faithfully

HUMAN RESOURCE MANAGEMENT: RECRUITMENT & SELECTION
Ekurhuleni Metro Power (SOC) Ltd`, 'Application outcome – EM/2024/063'),

  rej('assessment', ['assessment'], { ...door }, `Dear Alicia,

Thank you for your application for our 2025 Summer Vacation Scheme, and for completing our online Watson Glaser critical thinking test and situational judgement questionnaire.

We have now reviewed your results alongside those of all other applicants. Unfortunately your scores did not meet the threshold required to progress to the next stage, which is a video interview, and we will therefore not be taking your application further this year.

We know this will be disappointing. Many successful trainees at Fairley Ormond were not successful the first time they applied, and we would encourage you to apply again in the next recruitment cycle.

With best wishes,
Graduate Recruitment Team
Fairley Ormond LLP`, 'Fairley Ormond Vacation Scheme 2025'),

  rej('interview', ['culture_fit'], { ...fb }, `Hi Nikhil,

Thanks for coming in on Thursday to meet the team. It was a pleasure to show you around the studio.

I've had a chat with the others and we've decided not to go ahead. Honestly, it's not about your design chops, which are solid. It's more that the way you described wanting to work — clear specs, a fixed brief, then heads down until delivery — is pretty different from how we run here, where briefs shift daily and everyone's in each other's Figma files all day. We'd worry you'd find it frustrating, and the team felt the same.

Appreciate you giving us the time, and best of luck with it all.

Cheers,
Bec Harrington
Creative Director, Saltbush Studio
Fremantle WA`, 'Thanks for Thursday'),

  rej('screen', ['profile_mismatch'], { ...door }, `Hi Ahmed,

Thanks for your time on the phone with our recruiter, Lucy, earlier this week to discuss the Sales Development Representative role.

After reviewing your conversation notes alongside your application, we've decided not to move forward with your candidacy for this role. We're looking for a slightly different profile for this particular opening.

We'll keep your information on file and may reach out if a role comes up that's a better match.

Thanks,
The Harbourline Recruiting Team
Powered by Greenhouse`, 'Update from Harbourline'),

  rej('assessment', ['assessment'], {}, `Dear Candidate,

Thank you for your interest in the position of Program Officer (PM-02), selection process 24-ESD-EA-QC-019.

We wish to inform you that you did not obtain the pass mark on the written examination. As a result, you will not be considered further in this selection process.

This decision does not affect your eligibility for other appointment processes.

Thank you for your interest in the Public Service of Canada.

Public Service Resourcing System
Please do not reply to this message. / Veuillez ne pas répondre à ce message.`, 'Selection process 24-ESD-EA-QC-019 – Written exam results'),

  rej('interview', ['role_closed'], { ...door }, `Hey Marta,

I owe you a proper update after our interviews last month, and I'm sorry it's taken this long.

We've had to make some hard calls after our bridge round fell through, and one of those is that we're not going to hire a second customer success manager this year. So I'm not going to be able to move forward with you, even though you were the person we wanted for it.

If the money comes in and the role comes back, you're the first call I'll make. I mean that.

Take care,
Julien
CEO, Tidepool Analytics`, 'Honest update'),

  rej('final', ['salary'], { ...fb, ...door }, `Hi Kenji,

I wanted to call, but I know you're travelling, so here it is in writing.

The team came out of your final-round panel on Monday wanting to hire you, and we went to our compensation committee with a proposal. Unfortunately the figure you need — $185,000 base, as we discussed — is well above the approved range for the Staff Analyst level, and they weren't able to approve an exception this cycle. Without that, I can't see a version of an offer that would work for you, so we're going to close out your candidacy for this role.

I'm genuinely sorry. If a more senior position opens on the analytics team, and I expect one will in the new year, I'd like to bring you back in.

Best,
Rachel Osei
Senior Technical Recruiter, Halyard Insurance`, 'Staff Analyst – where we landed'),

  rej('application', ['generic'], {}, `Dear Mateo,

Thank you for applying for the position of Field Service Technician – Medical Imaging at Orthanic Systems.

Our selection process consists of a review of applications, a one-way video interview, a technical assessment and a final interview at our regional service centre. We have carefully reviewed your application and regret to inform you that we will not be proceeding with your candidacy.

Thank you again for your interest in Orthanic Systems.

Best regards,
Orthanic Systems Talent Acquisition
via SmartRecruiters`, 'Your application to Orthanic Systems'),

  rej('application', ['internal_candidate'], {}, `Dear Ms. Abernathy,

Thank you for your interest in the Assistant Director of Student Life position at Pinecrest College. We are writing to let you know that the position has been filled through an internal promotion.

We appreciate the time you took to apply.

Office of Human Resources
Pinecrest College`, 'Assistant Director of Student Life'),

  rej('screen', ['generic'], { ...door }, `Hi Leonie,

Thank you for speaking with me on Monday — I really enjoyed hearing how you got into supply chain from hospitality.

I've now reviewed everyone I spoke with for the Procurement Analyst position, and I'm sorry to say that we won't be taking you forward to the interviews with the team. It was a very competitive pool this time.

Please do keep an eye on our careers page; we recruit regularly, and I'd be happy to see your name come through again.

Kind regards,
Aoife Gallagher
Talent Acquisition Partner
Brannock Foods, Limerick`, 'Procurement Analyst'),

  rej('final', ['skills_gap'], { ...fb, ...door }, `Dear Olumide,

Thank you for joining us for the final round for the Vice President, Leveraged Finance position, and for the time you spent with our Managing Directors on Thursday.

The feedback from the day was positive in many respects, particularly on your modelling and credit analysis. The deciding factor was that the role carries direct ownership of relationships with sponsors, and the panel felt you have not yet had enough experience originating and leading deals with private equity clients yourself, as opposed to supporting them.

We have therefore decided not to make you an offer for this role. Given the strength of your technical skills, we would very much like to stay in contact and would welcome an application from you when we next hire at this level.

Yours sincerely,

Charlotte Ingram
Executive Director, Human Capital
Albright Rowe & Co.`, 'VP Leveraged Finance – final round outcome'),

  rej('application', ['role_closed'], {}, `Dear Candidate,

Thank you for applying for the position of Payroll Administrator (Req. 10442) at Tresham Manufacturing.

Due to a recent reorganisation of our finance shared service centre, this position has been cancelled and will not be filled. As a result, we are unable to proceed with your application.

We appreciate your interest in Tresham Manufacturing.

Sincerely,
Human Resources

This email was generated by iCIMS. Please do not reply.`, 'Req. 10442 – Position Cancelled'),

  rej('interview', ['generic'], { ...door }, `Dear Shruti,

Warm Greetings from Anvaya Analytics!

Thank you for taking out your time and attending the HR round and the technical round of interview for the role of Associate Consultant – Power BI at our Hyderabad office.

We would like to inform you that after evaluating all the candidates, the panel has decided not to proceed further with your candidature for this position at present.

We will keep your details in our records and shall reach you in case of any suitable opening in future.

Wish you good luck in your future endeavours.

Regards,
Talent Acquisition Team
Anvaya Analytics Pvt. Ltd.`, 'Interview status – Associate Consultant (Power BI)'),

  rej('final', ['location', 'position_filled'], { ...fb }, `Hi Chloe,

Thank you for a great last conversation on Friday. You were one of the two people we brought to the end of the process, and both Jun and I came away impressed.

Where it came down to is the Singapore piece. The role has to be based in our Singapore office from February, and when we spoke you were clear that you couldn't move before the end of next year. We looked at every version of a remote start, but the team there is new and really needs a lead in the room, so we've offered the role to the other finalist, who can be on the ground in time.

I'm sorry — this was about timing and location, not about you.

Warmly,
Hayden
Founder & CEO, Kilnworks`, 'Where we landed'),

  rej('application', ['skills_gap', 'location'], { ...fb }, `Hi Declan,

Thanks for your application for the Multi-Drop Delivery Driver role at our Naas depot.

Unfortunately we can't take it further. The role needs a full category C1 licence, which you mentioned you're still working towards, and because routes start at 5am we ask that drivers live within about 30 minutes of the depot — from your address in Athlone that would be a long way each morning.

Thanks for your interest, and good luck.

Fleet Recruitment
Corrib Parcel Services`, 'Delivery Driver – Naas'),

  rej('screen', ['salary'], { ...fb }, `Hi Simone — thanks for the call this morning. Having checked with the hiring manager, the £70k you're looking for is above the band for this one (tops out at £58k), so we'll leave it there for now. Sorry it isn't a match on budget.

Ben | Talent, Rowanberry`, 'Quick follow-up'),

  rej('application', ['profile_mismatch'], {}, `Hi Eitan,

Thanks for applying to the Solutions Engineer role at Quiver.

We've had a look at your background and, while there's a lot to like, we're looking for someone with a different profile for this position, so we won't be moving forward.

We appreciate you considering Quiver.

— The Quiver team (via Ashby)`, 'Quiver – Solutions Engineer'),

  rej('assessment', ['assessment'], { ...fb }, `Dear Mrs. Kowalczyk,

Thank you for sending us the translation test for the position of Medical Translator (Polish–English).

We have now reviewed your test together with our senior reviser. Unfortunately the result is not at the level we need for this work. Mainly, there were several terminology mistakes in the dosage section (for example the units in the infusion table were changed), and some sentences of the patient leaflet were translated too literally, so they do not read natural in English. In medical translation these points are critical, so we cannot continue with your application.

Thank you for the time you spent on the test and we wish you all the best.

Kind regards,
Elżbieta Nowak
Vendor Manager
LinguaMed Translations Sp. z o.o., Kraków`, 'Translation test result'),

  rej('interview', ['generic'], {}, `Hi Paolo,

Thank you for meeting with us earlier this month for the Operations Coordinator role.

We've decided not to move forward with your application. Due to the number of candidates, we're not able to provide individual feedback, but we do appreciate the time you gave us.

Best,
Harlow & Finch Hiring Team`, 'Operations Coordinator – update'),

  rej('final', ['position_filled'], { ...door, ...offered }, `Dear Dr. Achterberg,

Thank you very much for visiting campus last week as one of the finalists for the Assistant Professor of Mechanical Engineering position. The committee and faculty valued your research seminar and the conversations with our graduate students.

I am writing to let you know that the department has extended an offer to another candidate, who has accepted it. As you know, the final pool was exceptionally strong.

I would be happy to share the committee's impressions if you would find that helpful in your search; please feel free to email me. We would also be delighted if you considered applying for future openings in the department.

With best regards,

Samuel K. Ordway
Professor and Chair, Faculty Search Committee
Department of Mechanical Engineering
Redfield State University`, 'Faculty search – Mechanical Engineering'),

  rej('application', ['generic'], { ...door }, `<div>Hello Amira,</div>
<div>&nbsp;</div>
<div>Thank you for your interest in the <b>Events &amp; Partnerships Coordinator</b> position at Moonrise Theatre Company.</div>
<div>&nbsp;</div>
<div>We received a very high volume of applications &ndash; more than we have ever had for this role &ndash; and after careful review we regret that we will not be progressing your application on this occasion.</div>
<div>&nbsp;</div>
<div>We will hold on to your details and hope you&rsquo;ll consider us again for future roles.</div>
<div>&nbsp;</div>
<div>Best wishes,<br/>Moonrise Theatre Company</div>
<div style="color:#aaa">Sent via Workable &middot; <a href="#">Unsubscribe</a></div>`, 'Moonrise Theatre Company – your application'),

  rej('application', ['skills_gap'], { ...fb }, `Dear Ms. Pillay,

Thank you for applying for the position of Residential Conveyancing Solicitor at Hartigan & Boyce.

We have reviewed your application carefully. This role requires at least five years' post-qualification experience in residential conveyancing, handling a caseload independently, and your experience to date has been mainly in commercial property as a trainee and newly qualified solicitor. For this reason we will not be taking your application further.

We wish you every success.

Yours sincerely,
Nadine Fletcher
Practice Manager
Hartigan & Boyce Solicitors`, 'Residential Conveyancing Solicitor'),

  rej('interview', ['internal_candidate'], { ...door }, `Hi Grace,

Quick note after your interview with me last week for the Events Manager role — we've decided to give the job to someone already on the team who's been covering it since March. I'm sorry, you interviewed really well.

I'll keep your details and get in touch if something else comes up in marketing.

Thanks,
Fern Oduya
Marketing Director, Kestrel Hotels`, 'Events Manager'),

  rej('application', ['salary'], { ...fb }, `Dear Mr. Tan Wei Jie,

Thank you for your application for the position of Senior Executive (Procurement) with Straits Maritime Services Pte Ltd.

Kindly note that the expected salary of SGD 7,800 stated in your application form exceeds the salary range approved for this position. As such, we regret that we are unable to shortlist you for this vacancy.

We thank you for your interest in our organisation.

Yours faithfully,
Human Resource Department
Straits Maritime Services Pte Ltd`, 'Application for Senior Executive (Procurement)'),

  rej('screen', ['skills_gap', 'location'], { ...fb, ...door }, `Hi Rob,

Good to catch up on the phone yesterday about the Platform Engineer contract at the Ministry of Defence supplier I mentioned.

I've spoken to the end client and unfortunately they won't be taking this forward. Two things came up. Firstly they need live SC clearance from day one and can't wait on sponsoring you through vetting, and secondly they were expecting more hands-on Python for the automation work — your background is mainly in PowerShell and Bash, as we discussed.

I'll keep looking for the right thing for you — I've got a couple of non-cleared DevOps roles in Manchester that might suit.

Cheers,
Danny Keogh
Technology Recruitment Consultant
Vantage Blue Ltd`, 'Platform Engineer – client feedback'),

  rej('final', ['generic'], { ...door }, `Dear Kwabena,

Thank you for your time and energy throughout our selection process for the Country Director, Ghana role, including the final panel in Accra last week.

After careful deliberation, the panel has decided to move forward with another candidate. We are grateful for the thoughtfulness you brought to each stage of the process.

We hope you will consider applying for future positions with Harvest Bridge International, and we wish you well in the meantime.

With kind regards,

People & Culture Team
Harvest Bridge International`, 'Country Director, Ghana'),

  rej('application', ['profile_mismatch'], { ...door }, `Dear Ryan,

Thank you for your interest in Solace Pharmaceuticals and for applying to the position of Medical Science Liaison – Oncology (Job ID JR-0088213).

At Solace we are committed to finding the best possible match for each role and for each candidate. Our recruitment team and hiring managers have reviewed your application alongside others we received. While your background is impressive, we have determined that your qualifications do not align closely enough with the requirements of this position, and we will not be moving your application forward.

We know that applying for a new role takes time and effort, and we are grateful that you chose to consider Solace. Your profile will remain in our Talent Community, where our recruiters regularly search for candidates for new openings. We encourage you to set up job alerts and to apply for other roles that match your experience and interests.

Thank you again, and we wish you every success in your career.

Sincerely,
Solace Pharmaceuticals Talent Acquisition

Solace Pharmaceuticals is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status.

This email was sent from an unmonitored mailbox. Please do not reply. Sign in to your Workday candidate home to view your applications.`, 'Your application for JR-0088213'),

  rej('application', ['generic'], {}, `Hi {{candidate.first_name}},

Thanks for applying for the Account Executive position at Brindle. After reviewing your application, we've decided to move forward with other candidates.

Best,
Brindle Recruiting
Powered by Greenhouse`, 'Brindle – Account Executive'),

  rej('final', ['profile_mismatch', 'culture_fit'], { ...fb, ...offered }, `Dear Nadia,

Thank you for coming back to Leeds for the final stage of our process for the Head of Operations role, and for presenting your hundred-day plan to the board. It was thoughtful and well put together.

We have now made our decision and I am sorry to tell you that we will not be offering you the role. I want to give you the reasons honestly. The board felt that the other finalist's experience was closer to what this business needs at this point. There was also a feeling, which came out most strongly in the session with the site managers, that your very process-led style would sit uneasily with a team that is used to a lot of informality and working things out on the shop floor. That says as much about us as about you.

If you would like to go through this in more detail, I am very happy to arrange a call with you next week.

With best wishes,

Margaret Holroyd
Chair, Pennine Joinery Ltd`, 'Head of Operations – our decision'),

  // ── B. One inbox: a quality-control microbiologist in Cork, January to June
  other(`Róisín, 6 new jobs match your alert "QC Microbiologist – Cork"

Senior QC Microbiologist
Abrecht Pharma Ireland · Ringaskiddy, Co. Cork · Permanent
Posted 2 days ago

Microbiology Analyst (Days)
Lisheen Biologics · Carrigtwohill, Co. Cork · Permanent
Posted 3 days ago

QC Micro Team Lead
Confidential client via Harbour Life Sciences · Cork · €55k–€65k
Posted 5 days ago

Environmental Monitoring Specialist – 11 month contract
Kilbrack Biotech · Carlow
Posted 1 week ago

See all 6 jobs →

You're getting this email because you created a job alert on Jobspring.ie. Manage alerts | Unsubscribe
Jobspring Ltd, Grand Parade, Cork`, '6 new jobs for "QC Microbiologist – Cork"'),

  other(`Dear Róisín,

Thank you for applying for the Senior QC Microbiologist position (JR-114482) at Abrecht Pharma Ireland, Ringaskiddy.

We have received your application and our Talent Acquisition team will now review your experience against the requirements of the role. If your profile is a match, a member of our team will contact you to discuss the next steps.

You can check the status of your application at any time by signing in to your candidate home.

Thank you for your interest in Abrecht.

Kind regards,
Abrecht Talent Acquisition

This is an automated message from Workday. Please do not reply.`, 'We have received your application – JR-114482'),

  other(`Hi Róisín,

Hope you don't mind the message out of the blue. I'm a life sciences recruiter with Harbour Life Sciences here in Cork, and I came across your profile — five years of QC micro in a sterile fill-finish environment is exactly what a few of my clients are crying out for at the moment.

One of them is a biologics site in East Cork looking for a QC Micro Team Lead (permanent, €55–65k plus bonus and shift allowance). I can't name them just yet, but I'd love to have a quick, confidential chat about what you're looking for and whether the timing suits.

Would you have 15 minutes this week? Tuesday or Thursday after 5 work best for me, but I can be flexible.

Thanks,
Sinéad Hurley
Senior Consultant – Quality & Laboratory
Harbour Life Sciences | +353 21 000 4417`, 'QC Micro Team Lead – East Cork (confidential)'),

  rej('application', ['generic'], {}, `Hi Róisín,

Thanks for your interest in Tessellate Bio and for applying to our Microbiology Scientist role.

We've had a really strong response to this opening and, after reviewing your application, we've decided not to move forward at this time.

Best of luck with your search.

The Tessellate Bio Team
Powered by Greenhouse`, 'Your application to Tessellate Bio'),

  other(`Dear Róisín Kiely,

Thank you for your application for the role of Quality Engineer – Sterilisation (Requisition ID 30291) at Corrane Medical, Galway.

This is to confirm that we have received your application. Due to the high volume of applications we receive, we are only able to contact candidates who have been shortlisted for interview. If you have not heard from us within three weeks of the closing date, please assume that your application has not progressed on this occasion.

Thank you for your interest in a career with Corrane Medical.

Corrane Medical Talent Acquisition
SAP SuccessFactors | Please do not reply to this email`, 'Application received – Quality Engineer – Sterilisation'),

  other(`Hi Róisín,

Thank you for your application for the Senior QC Microbiologist role here at Abrecht in Ringaskiddy. I'd love to set up a short call to learn more about your experience and to tell you more about the team and the site.

The call would take about 30 minutes and would be with me. Could you let me know your availability over the next few days? I'm free Wednesday between 10 and 12 and Thursday afternoon.

Looking forward to speaking with you.

Best regards,
Colm Barrett
Talent Acquisition Partner | Abrecht Pharma Ireland`, 'Senior QC Microbiologist – introductory call'),

  rej('application', ['skills_gap'], { ...fb }, `Dear Ms Kiely,

Campaign: Medical Scientist, Microbiology Laboratory – Cork University Hospital Group (Ref. CUH-MS-0214)

Thank you for your interest in the above campaign.

Your application has been reviewed against the eligibility criteria for this post. Candidates must be registered, or be eligible for registration, on the Medical Scientists Register maintained by CORU. On the basis of the information provided, you do not currently meet this requirement, and your application cannot proceed to the next stage of this campaign.

We thank you for your interest and wish you well in the future.

Yours sincerely,
Recruitment Services
HSE South West`, 'Medical Scientist Campaign – CUH-MS-0214'),

  other(`Invitation: Abrecht – Intro call (Róisín Kiely / Colm Barrett)
When: Thursday 23 January, 14:00 – 14:30 (GMT)
Where: Microsoft Teams meeting – link below

Colm Barrett has invited you to this meeting.

Join on your computer or mobile app
Click here to join the meeting
Meeting ID: 381 552 907 114   Passcode: a7Kq2z

Accept · Tentative · Decline`, 'Invitation: Abrecht – Intro call (Róisín Kiely / Colm Barrett)'),

  other(`Dear Róisín,

We wanted to give you a short update on your application for Quality Engineer – Sterilisation at Corrane Medical.

We are still reviewing applications for this role and have not yet made a decision on shortlisting. We regret the delay and thank you for your patience; this has taken longer than we anticipated. We expect to be in touch with all candidates within the next two weeks.

Kind regards,
Corrane Medical Talent Acquisition`, 'Update on your application – Corrane Medical'),

  rej('application', ['skills_gap'], { ...fb }, `Dear Róisín,

Thank you for your application for the position of QC Microbiologist at Dijkstra BioSciences in Leiden, and for your interest in our company.

We have looked at your CV with attention. Your experience in a GMP micro lab is relevant, however for this position fluency in Dutch is a requirement, as all SOPs, batch documentation and the daily communication with the production team are in Dutch. Unfortunately we therefore cannot invite you for the next step.

We wish you a lot of success in your search for a new job.

Met vriendelijke groet / Kind regards,
Femke Janssen
Recruiter | Dijkstra BioSciences B.V.`, 'Your application QC Microbiologist'),

  other(`Hi Róisín,

Thanks again for your time on the call on Thursday — I really enjoyed our conversation, and I've shared my notes with Deirdre Lyons, our QC Microbiology Manager.

I'm pleased to say that Deirdre would like to invite you to a panel interview for the Senior QC Microbiologist role. The panel will be Deirdre, one of our senior micro analysts and a colleague from QA. It's a competency-based interview with some technical questions on environmental monitoring and investigations, and it will last about an hour.

Could you let me know which of the following suits?
• Tuesday 4 February, 10:00
• Wednesday 5 February, 14:30
• Friday 7 February, 09:30

The interview will be held on site in Ringaskiddy. I'll send directions once the time is confirmed.

Best regards,
Colm`, 'Abrecht – invitation to interview'),

  other(`Harbour Life Sciences | Quarterly Insight – Q1

Life Sciences Salary Guide 2025 is out now
Quality and laboratory salaries in Ireland rose an average of 4.5% last year, with the strongest demand in QC microbiology, aseptic processing and validation. Download the full guide for role-by-role figures across Cork, Dublin, Limerick and Galway.

Hot jobs this month
• QC Micro Team Lead – East Cork – €55–65k
• Validation Engineer (CQV) – Limerick – contract
• QA Specialist, Batch Release – Dublin 24 – €60–70k

Market note from our MD
Hiring slowed towards the end of last year, but new capital projects in the Cork harbour area mean we expect a busy spring for quality and lab professionals.

You are receiving this because you are registered with Harbour Life Sciences. Update preferences | Unsubscribe`, 'Harbour Life Sciences – Salary Guide 2025 and hot jobs'),

  hold('application', ['role_closed'], {}, `Dear Róisín,

I am writing to let you know that recruitment for the Quality Engineer – Sterilisation role (Requisition ID 30291) has been placed on hold while we await final headcount approval for the year.

No decision has been made on your application, and it remains active in our system. Once the role is approved we will resume the review of applications and contact you with an update. We expect this to be within the next six to eight weeks.

We apologise for the delay and thank you for your patience.

Kind regards,
Corrane Medical Talent Acquisition`, 'Quality Engineer – Sterilisation: recruitment on hold'),

  other(`Hi Róisín,

Just a reminder of your interview tomorrow, Wednesday 5 February at 14:30, with Deirdre Lyons, Peter Walsh and Anna Kowal.

Please report to the main reception at Abrecht Pharma, Ringaskiddy (Building 1) at least 15 minutes before your interview. You will need photo ID to be signed in. Visitor parking is to the left of the security barrier.

You will not be entering any GMP areas, so no gowning is required.

If anything comes up, call me on 021 000 8830.

Best of luck!
Colm`, 'Reminder: your interview tomorrow at 14:30'),

  rej('screen', ['salary'], { ...fb }, `Hi Róisín,

Thanks very much for taking my call on Monday and for talking me through your experience. It's clear you'd bring a lot to our dairy micro lab.

I've discussed your application with our Laboratory Manager. Unfortunately the salary you're looking for — €58,000 — is quite a bit above the range we have for the Senior Microbiology Analyst role, which is capped at €48,000, and we're not in a position to go beyond that. For that reason we've decided not to progress to interview.

I'm sorry that it's not better news, and thank you for your interest in Avonmore Valley Co-op.

Kind regards,
Máire Twomey
HR Officer
Avonmore Valley Co-operative, Mitchelstown`, 'Senior Microbiology Analyst – update'),

  other(`Dear Róisín Kiely,

Thank you for your application for the position of Microbiology Analyst at Veritest Laboratories, Limerick.

As the next step in our selection process, we invite you to complete an online technical assessment. The assessment covers general microbiology, aseptic technique, media preparation and growth promotion, and basic data integrity. It takes approximately 40 minutes and must be completed in one sitting.

Assessment link: https://assess.veritestlabs.ie/c/8f31ac
Deadline: Sunday 9 February, 23:59

Please ensure you have a stable internet connection before you begin.

Kind regards,
Recruitment Team
Veritest Laboratories Ltd.`, 'Veritest Laboratories – online assessment'),

  other(`Hi Róisín,

This is a friendly reminder that your Veritest Laboratories technical assessment has not yet been completed. Your link will expire on Sunday 9 February at 23:59.

Unfortunately, we are unable to extend assessment deadlines, so please make sure you complete it before then.

If you have already completed the assessment, please ignore this email.

Veritest Laboratories Recruitment`, 'Reminder: your assessment expires in 48 hours'),

  rej('application', ['profile_mismatch'], {}, `Dear Roisin,

Thank you for your application for the role of QC Microbiology Specialist (Req. 2024-17730) at Halbrook Pharmaceuticals, Macclesfield.

Our recruitment process includes a telephone screening, a technical interview and a site visit. We have now reviewed your application against the requirements for this position and regret to inform you that on this occasion other candidates have more closely matched what we are looking for. We will therefore not be taking your application further.

Thank you for your interest in Halbrook Pharmaceuticals.

Yours sincerely,
Halbrook Talent Acquisition

Halbrook Pharmaceuticals UK Ltd is an equal opportunities employer. This email was sent from Workday; please do not reply.`, 'Your application to Halbrook Pharmaceuticals'),

  other(`Hi Róisín,

Thanks for coming in to meet Deirdre, Peter and Anna yesterday. They all enjoyed meeting you, and I know Deirdre was particularly interested in the isolator EM excursion you talked through.

The team are interviewing two more candidates this week, and we plan to be back to everyone by the end of next week on the next step. If you have any questions in the meantime, just let me know.

Best regards,
Colm`, 'Thank you for interviewing with Abrecht'),

  rej('assessment', ['assessment'], { ...door }, `Dear Róisín,

Thank you for completing the online technical assessment for the Microbiology Analyst position at Veritest Laboratories.

We have now reviewed the results of all candidates. Unfortunately, your score did not reach the level required to progress to the interview stage on this occasion, and we will not be taking your application further.

We appreciate the time you have given to this process. You are welcome to apply for future vacancies with Veritest Laboratories; please note that candidates may re-sit the assessment after six months.

Kind regards,
Recruitment Team
Veritest Laboratories Ltd.`, 'Veritest Laboratories – assessment outcome'),

  other(`Hi Róisín,

Great news — following your interview, Deirdre would like to invite you to the final stage for the Senior QC Microbiologist role.

The final stage is a half-day on site. It will include:
• a 15-minute presentation on an environmental monitoring trend investigation of your choice (a past example with the confidential details removed is fine), followed by questions
• a meeting with Liam Forde, Head of Quality
• a tour of the QC micro lab

Would Thursday 20 February from 9:00 to 13:00 work for you?

Best regards,
Colm`, 'Abrecht – final stage invitation'),

  other(`Hi Róisín,

Hope you're keeping well. I've a contract role that might be of interest: Environmental Monitoring Specialist, 11 months, with a biotech client in Carlow (fully on site, days, €38–42 per hour). They're setting up EM for a new fill line, so a lot of the work is writing the programme, sample plans and alert/action limits from scratch — right up your street given the isolator work on your CV.

I know you're probably after something permanent, but it could be a great step, and they've hinted at a permanent team lead role after the project.

Let me know if you'd like me to put your CV forward.

Thanks,
Eoin Crowley
Contract Recruitment – Pharma & Biotech
Tallon Scientific Recruitment`, 'EM Specialist contract – Carlow'),

  rej('interview', ['internal_candidate'], { ...door }, `Dear Róisín,

Thank you for attending the interview for the position of QA Specialist – Microbiology at Glenmara Nutrition last Tuesday, and for taking the time to meet with Ciarán and myself.

We have now completed the process. I wanted to let you know that we have offered the role to a member of our existing QC team who has been covering many of the responsibilities over the past year, and they have accepted. Your interview was strong and this was not an easy decision.

We would be glad to keep your CV on file, and we would encourage you to apply for future roles at our Macroom site.

Kind regards,
Eimear Horgan
People Partner
Glenmara Nutrition Ltd`, 'QA Specialist – Microbiology'),

  other(`Hi Róisín,

I'm really sorry to do this. We have an unplanned shutdown on one of our lines this week and Deirdre and Liam have both been pulled into the investigation, so unfortunately we need to cancel Thursday's final stage.

This has nothing to do with your application — you are still very much in the process. Could we move it to Tuesday 25 February, same time (9:00–13:00)? If that doesn't work, let me know a couple of alternatives.

Apologies again for the short notice.

Colm`, 'Change to your final stage – new date'),

  other(`Hi Roisin,

You recently applied for a role with Halbrook Pharmaceuticals. We'd love to hear about your experience as a candidate.

Our short survey takes about three minutes and is completely anonymous. Your answers help us improve how we recruit.

[Start the survey]

Thank you,
Halbrook Candidate Experience Team

You received this email because you applied to Halbrook Pharmaceuticals. Unsubscribe from surveys.`, 'How was your experience applying to Halbrook?'),

  hold('interview', ['role_closed'], {}, `Hi Róisín,

Thank you again for coming to meet us for the Microbiology Lead role on the 12th — the team really enjoyed the conversation.

I wanted to update you honestly. Yesterday we announced that Fennbrook Therapeutics has agreed to be acquired, and as part of that the company has paused all new hiring until the deal completes. That means we can't make any decisions on the Microbiology Lead role for now.

I want to stress that we haven't decided against you. You remain one of our preferred candidates, and once the freeze lifts — we hope in six to eight weeks — I'll get back to you straight away with next steps.

I'm sorry for the uncertainty, and I completely understand if you continue with other processes in the meantime.

Best wishes,
Niall Cronin
Head of Quality Control
Fennbrook Therapeutics, Cork`, 'Microbiology Lead – an update'),

  rej('application', ['generic'], { ...door }, `Hi Róisín,

Thank you for applying for the position of Food Microbiologist at Clearwater Food Safety Labs.

We received a large number of applications and, after careful consideration, we regret that your application has not been shortlisted on this occasion.

We'd encourage you to keep an eye on our careers page and apply for future roles that suit your experience.

Best wishes,
Clearwater Food Safety Labs

Sent with Workable`, 'Clearwater Food Safety Labs – Food Microbiologist'),

  other(`Welcome to the Norgaard Bio Talent Network, Róisín!

Thanks for joining. As a member of our Talent Network, you'll be among the first to hear about new roles in Quality, Manufacturing and R&D at our sites in Ireland, Denmark and the US.

What happens next?
• We'll send you personalised job recommendations based on the interests you selected: Quality Control, Microbiology, Cork.
• You can update your profile or upload a new CV at any time.
• Our recruiters may contact you directly if a role comes up that matches your profile.

We look forward to staying in touch.

The Norgaard Bio Talent Acquisition Team
Manage your preferences | Privacy notice`, 'Welcome to the Norgaard Bio Talent Network'),

  rej('final', ['position_filled'], { ...door, ...offered }, `Hi Róisín,

Thank you for coming back to Ringaskiddy last Tuesday for the final stage, and for your patience with the change of date. Your presentation on the Grade C trend investigation went down really well, and Liam enjoyed his conversation with you.

I'm sorry to tell you that we have offered the Senior QC Microbiologist role to another candidate, who has accepted. It was a genuinely close decision between the two of you.

Deirdre would be happy to have a quick call to give you some feedback on the final stage if you'd find that useful — just let me know. We also expect to be hiring more in QC Micro later in the year as the new building comes on line, and we'd really like to hear from you again then.

Best regards,
Colm Barrett
Talent Acquisition Partner | Abrecht Pharma Ireland`, 'Senior QC Microbiologist – outcome'),

  other(`Hi Róisín,

There are no new jobs matching your alert "QC Microbiologist – Cork" this week.

Try widening your search:
• Add nearby locations (Limerick, Waterford, Kerry)
• Include related titles like "Quality Control Analyst" or "Laboratory Analyst"
• Remove the salary filter

Edit your alert →

Jobspring.ie · Unsubscribe`, 'No new matches for your alert this week'),

  rej('screen', ['skills_gap'], { ...fb }, `Hi Róisín,

Many thanks for your time on the phone on Friday to discuss the QC Microbiology Senior Scientist role at our Speke site.

I've had a chance to go over our conversation with the hiring manager. The role supports our live viral vaccine production, and we need someone who has worked in a containment level 3 laboratory and with cell-based assays for adventitious agents. From our discussion it sounds like your experience is focused on sterile product testing and EM, without CL3 work, so unfortunately we won't be progressing your application to the interview stage.

Thank you for your interest in Merseyvax and good luck in your search.

Best wishes,
Jade Atherton
Resourcing Partner | Merseyvax Ltd, Liverpool`, 'QC Microbiology Senior Scientist – update'),

  other(`Dear Róisín,

Thank you for your application for the Senior QC Microbiologist role at Lisheen Biologics, Carrigtwohill.

We confirm receipt of your application. Our team is reviewing applications on a rolling basis, and we aim to respond to every applicant within ten working days.

In the meantime, you can learn more about life at Lisheen on our careers site.

Kind regards,
Lisheen Biologics Talent Team`, 'Lisheen Biologics – application received'),

  other(`Hi Róisín,

Thanks for applying for the Senior QC Microbiologist role at Lisheen. Your background in sterile fill-finish looks very relevant to what we're building here, and I'd love to set up a 20-minute phone call to talk about the role and your experience.

Are you free at any of these times?
Monday 10 March – 12:30
Tuesday 11 March – 17:15
Wednesday 12 March – 08:30

Best,
Orla Buckley
Talent Acquisition, Lisheen Biologics`, 'Lisheen – quick call?'),

  rej('application', ['role_closed'], {}, `Hi Róisín,

Thank you for applying to the QC Microbiologist position at Arcturus Cell Therapies.

I'm writing with some difficult news. Following a strategic review, we are reducing our Dublin manufacturing plans for this year, and the QC Microbiologist role has been withdrawn. As a result, we are unable to progress any applications for it, including yours.

We are sorry to bring you this news and thank you for the interest you showed in Arcturus.

Kind regards,
Arcturus People Team`, 'Arcturus – QC Microbiologist role withdrawn'),

  other(`Hi Róisín,

Thanks for the chat on Tuesday, I really enjoyed it.

As the next step, we ask all candidates for this role to complete a short written exercise. Attached you'll find an anonymised deviation report for a sterility test positive. Please review it and send us, in no more than two pages:
1. your assessment of whether the investigation supports invalidating the test;
2. any gaps you see in the root cause analysis;
3. the CAPAs you'd expect.

There's no set format, and we don't expect more than two hours of work. Could you return it by Monday 17 March?

Any questions, just shout.

Best,
Orla`, 'Lisheen – written exercise'),

  hold('screen', ['role_closed'], {}, `Hi Róisín,

Thanks for letting me put your CV forward for the EM Specialist contract in Carlow, and for the chat with me last week about what you'd want from it.

Bit of a curveball: the client has told us this morning that they've paused all contract hiring on the new fill line until their budget is re-approved at the start of Q2. They were clear that they haven't ruled anyone out, and they've asked me to keep your details with them and to come back to you as soon as it's signed off.

I'll keep you posted — and in the meantime I'll keep an eye out for other things for you.

Cheers,
Eoin
Tallon Scientific Recruitment`, 'Carlow contract – on pause'),

  rej('interview', ['overqualified'], { ...fb, ...door }, `Hi Róisín,

Thanks for coming out to the brewery on Friday and for meeting myself and Tadhg. It was great to hear about your work — the lab tour probably looked very basic compared with what you're used to!

We've thought about it a lot over the weekend and we've decided not to offer you the Laboratory Technician job. To be honest, with your level of experience in a GMP pharma environment, we feel you'd be overqualified for a role that is mostly routine plating, ATP swabbing and yeast counts, and we'd worry we couldn't keep you challenged for long.

If we ever create a Quality Manager position, which we have talked about for next year, we'd love to get in touch with you.

All the best,
Gráinne Fitzgerald
Head Brewer, Lough Mahon Brewing Co.`, 'Lab Technician role'),

  other(`Hi Róisín,

Thank you for sending through your written exercise — the team found it really thorough.

We'd like to invite you to an interview with Dr. Kevin O'Sullivan (QC Manager) and Helena Moran (QA Lead). It will be around 75 minutes, on site in Carrigtwohill, and will include a discussion of your exercise as well as competency questions.

Would Thursday 27 March at 10:00 suit you?

Best,
Orla`, 'Lisheen – invitation to interview'),

  rej('assessment', ['assessment'], { ...fb, ...offered }, `Dear Róisín,

Thank you for completing the case study for the Microbiology Quality Specialist role at Sligo Surgical, and for the effort you clearly put into it.

Our reviewers found your write-up clearly structured. However, the case study was designed around a bioburden excursion on a product family validated by the VDmax method, and your response did not address the impact on the sterilisation dose audit or whether a dose re-establishment would be needed, which were the key points we were looking for. For this reason we have decided not to invite you to interview.

If you would like to talk through the case study and our marking in more detail, I would be happy to arrange a short call with one of the reviewers.

Kind regards,
Lorraine Gilmartin
HR Business Partner
Sligo Surgical Ltd`, 'Microbiology Quality Specialist – case study'),

  other(`Hi Róisín,

Confirming your interview at Lisheen Biologics on Thursday 27 March at 10:00 with Kevin O'Sullivan and Helena Moran.

Address: Lisheen Biologics, IDA Business Park, Carrigtwohill, Co. Cork, T45 XXXX
Please bring a form of photo ID (passport or driving licence) and proof of your right to work in Ireland — we need to see this for all candidates invited to interview.

Parking is available in the visitor car park in front of Building A. Ask for me at reception and I'll bring you up.

See you then,
Orla`, 'Interview confirmation – Thursday 27 March'),

  other(`Your application was viewed

Hi Róisín, a recruiter at Norgaard Bio viewed your application for QC Microbiologist II – Cork.

Application status: In review

This is an automated notification. We don't know whether you'll be contacted, but you can track your applications on Jobspring.ie.

Jobspring.ie · Notification settings`, 'A recruiter viewed your application'),

  rej('interview', ['culture_fit'], { ...fb }, `Hey Róisín,

Thanks for spending the afternoon with us on Wednesday. The whole team enjoyed meeting you, and we learned a lot from your take on how a regulated lab would look at our rapid detection kit.

We've talked it through and decided not to move forward for the Microbiology Lead role. It's a hard one to put into words, but we think the fit isn't right on how we work. We're eight people, we change direction most weeks, and a lot of our lab work is deliberately quick and scrappy before anything gets formalised. You told us fairly directly that you'd want documented procedures before running anything — which is completely the right instinct for GMP, and we'll need it in a year or two — but right now it would put you at odds with the rest of the team every day.

We really appreciate your time and honesty, and I hope we cross paths again.

Best,
Dara Whelan
Co-founder & CSO, Swiftassay Diagnostics`, 'After Wednesday'),

  other(`Hi Róisín,

Thank you again for coming in on Thursday. Kevin and Helena really enjoyed meeting you.

We're still finishing interviews with a couple of other candidates, so I don't have an outcome for you yet. I expect we'll be in a position to come back to you by Friday week. Apologies for the wait — I know it's not easy.

Best,
Orla`, 'Thanks for Thursday'),

  hold('interview', ['generic'], {}, `Hi Róisín,

I promised you an update by today, so I wanted to be in touch even though I don't have a final answer yet.

Kevin has been called away unexpectedly on family leave, and he is the final sign-off on this hire. We won't be able to make a decision until he's back, which should be in about two weeks. Nothing has been decided in the meantime, and you are still very much in the running.

I'm sorry for the delay and thank you for your patience. I'll be in touch as soon as I can.

Best,
Orla`, 'Senior QC Microbiologist – quick update'),

  rej('application', ['location'], { ...fb }, `Dear Roisin Kiely,

Thank you for your interest in the Microbiologist III position (Job ID 88123) at Piedmont Sterile Solutions in Research Triangle Park, NC.

Based on your responses to the application questions, you will require employment visa sponsorship to work in the United States. We are not able to sponsor employment visas for this position, and therefore we are unable to move forward with your application.

We appreciate your interest in Piedmont Sterile Solutions and wish you the best in your job search.

Sincerely,
Talent Acquisition
Piedmont Sterile Solutions, Inc.

This email was sent by an automated system. Please do not reply.`, 'Your application for Microbiologist III'),

  rej('final', ['position_filled'], { ...door }, `Dear Róisín,

Thank you for travelling to Irvine for our final interview day for the Principal QC Microbiologist position, and for the time and preparation you put into your presentation.

After careful consideration of all the finalists, we have decided to offer the position to another candidate.

We were very pleased to meet you and would welcome an application from you for future vacancies with Caldermoor Pharma.

Yours sincerely,
Fiona McAllister
Senior HR Advisor
Caldermoor Pharma Ltd, Irvine, Ayrshire`, 'Principal QC Microbiologist – final interview outcome'),

  rej('interview', ['salary'], { ...fb, ...offered }, `Dear Róisín,

Thank you for taking the time to interview with Sarah Kinsella and me for the QA Microbiology Specialist role at Parkgate Pharma last week.

We enjoyed speaking with you and you clearly have the technical depth for the role. Unfortunately, following the interview we reviewed your salary expectations of €68,000 against the budget for the position, which is set at a maximum of €58,000, and we are not able to close that gap. We have therefore decided not to progress your application further.

I appreciate this may be frustrating after an interview. If you would like some feedback on the interview itself, please let me know and I'll arrange a time.

Kind regards,
Gavin Ryan
Talent Acquisition Lead
Parkgate Pharma, Dublin 15`, 'QA Microbiology Specialist – update'),

  other(`Dear Róisín,

Further to your recent interviews, I am delighted to offer you the position of Senior QC Microbiologist at Lisheen Biologics, Carrigtwohill, reporting to Dr. Kevin O'Sullivan, QC Manager.

The main terms of the offer are:
• Base salary: €62,000 per annum
• Annual bonus: target 10%
• Pension: 8% employer contribution
• 25 days' annual leave plus public holidays
• Start date: to be agreed, subject to your notice period

This offer is conditional on satisfactory references and a background check. A formal contract will follow once you have accepted.

Please let me know your decision by Friday 2 May. If you have any questions in the meantime, I'd be happy to talk them through.

Congratulations — we're all really looking forward to welcoming you to the team.

Best wishes,
Orla Buckley
Talent Acquisition, Lisheen Biologics`, 'Offer of employment – Senior QC Microbiologist'),

  other(`Hi Róisín,

Thanks for coming back to me so quickly, and I'm glad you're excited about the offer.

I've spoken with Kevin and our HR Director about the base salary. Unfortunately we're not able to move the base above €62,000, as it's at the top of the band for this grade and we need to stay consistent with the team. What we can do is offer a one-off sign-on bonus of €3,000, paid with your first salary, and review the base at your six-month check-in.

I hope that helps. Let me know if you'd like to talk it over — the offer stands as before, with the sign-on bonus added.

Best,
Orla`, 'Re: Offer of employment – Senior QC Microbiologist'),

  rej('application', ['profile_mismatch'], {}, `Dear Róisín,

Further to our earlier update, we are pleased to let you know that headcount for the Quality Engineer – Sterilisation role has now been approved and we have resumed the review of applications.

Having now reviewed your application against the requirements of the role, we regret to inform you that we will not be progressing it to the interview stage, as we have shortlisted candidates whose experience is a closer match for this position.

Thank you for your patience during the pause, and for your interest in Corrane Medical.

Kind regards,
Corrane Medical Talent Acquisition`, 'Quality Engineer – Sterilisation: update on your application'),

  rej('application', ['generic'], {}, `Dear Róisín,

We apologise for the long delay in getting back to you regarding your application for the QC Analyst – Microbiology role at Brookfield Sterile Services, submitted in January.

Having reviewed all applications, we regret to inform you that you have not been shortlisted.

We thank you for your interest and wish you well.

HR Department
Brookfield Sterile Services Ltd`, 'Your application – QC Analyst – Microbiology'),

  other(`Dear Róisín Kiely,

Lisheen Biologics has asked Veriscreen Ireland to carry out pre-employment screening as part of your offer of employment.

To get started, please complete your secure online form within five working days. You will need:
• details of your employment history for the last five years
• contact details for two referees, one of whom should be your current or most recent line manager
• a copy of your passport or national ID card

Start your screening: https://portal.veriscreen.ie/start/71c2

If you have any difficulties, our helpdesk is open Monday to Friday, 9:00–17:30.

Veriscreen Ireland – Candidate Services`, 'Action required: pre-employment screening for Lisheen Biologics'),

  rej('screen', ['position_filled'], {}, `Hi Róisín,

Just a quick one — thanks again for the call last week about the QC Micro Team Lead role in East Cork. I heard back from the client this morning, and unfortunately they've already filled the position with a candidate who was further along in their process before I put you forward. So they won't be taking your application any further.

Sorry it's not better news. Best of luck with the Lisheen process!

Sinéad
Harbour Life Sciences`, 'QC Micro Team Lead – update'),

  other(`Hi Róisín,

This is to confirm that you have withdrawn your application for QC Microbiologist II – Cork (Req. 55870) at Norgaard Bio. We won't take any further action on it.

Thank you for letting us know, and best of luck in your new role. You're welcome to apply to Norgaard Bio again in the future.

Norgaard Bio Talent Acquisition
This is an automated message.`, 'Your application has been withdrawn'),

  other(`Dear Róisín,

Thank you for registering for the PDA Ireland Chapter evening seminar on Annex 1 contamination control strategies.

Unfortunately, this session is now fully booked, and you have been placed on the waiting list (position 7). We will contact you by email if a place becomes available. The recording will also be shared with all registrants after the event.

Kind regards,
PDA Ireland Chapter Events Team`, 'Annex 1 seminar – you are on the waiting list'),

  other(`Your application status has changed

Hi Róisín,

There has been an update to your application for Senior QC Microbiologist (Req. 44102) at Lisheen Biologics.

Sign in to your candidate account to view the latest status.

[View application]

This is an automatically generated email. Please do not reply.`, 'Update to your application – Lisheen Biologics'),

  other(`Hi Róisín,

Thank you for taking part in our recruitment process for the Senior QC Microbiologist role earlier this year. We're always trying to make our hiring fairer and better for everyone who goes through it, and we'd value your honest view.

The survey has eight questions and takes around five minutes. Your answers are anonymous and won't affect any current or future applications.

[Share your feedback]

Many thanks,
Candidate Experience Team
Abrecht Pharma Ireland`, 'Tell us about your experience with Abrecht'),

  other(`Hi Róisín,

We're so glad you're joining us! Here's everything you need for your first day on Monday 16 June.

Arrival: please come to reception in Building A at 8:30. Kevin will meet you there.
Bring: your bank details (IBAN), PPS number, and your passport for our right-to-work check.
Your first week: site induction and GMP training on Monday and Tuesday, gowning qualification on Wednesday, and shadowing in the micro lab for the rest of the week.
Lunch: the canteen is on the ground floor of Building B — your first lunch is on us.

If you have any questions before then, just reply to this email.

See you soon!
Orla and the Lisheen Talent Team`, 'Welcome to Lisheen – your first day'),

  other(`Róisín, jobs you may be interested in

Based on your profile and recent searches:

QC Microbiology Supervisor – Norgaard Bio – Cork – Permanent
Sterility Assurance Specialist – Sligo Surgical – Sligo – Permanent
Microbiology Analyst (Nights) – Abrecht Pharma Ireland – Ringaskiddy – Permanent

Not looking any more? Pause your job alerts.

Jobspring.ie · Grand Parade, Cork · Unsubscribe`, 'Jobs you may be interested in'),

  other(`Hi Róisín,

Saw on LinkedIn that you've started at Lisheen — congratulations, that's a great move and a brilliant team to be joining.

I know the timing didn't work out with the clients I had on, but I'd love to stay in touch. If you ever need to hire into your team down the line, or if you're open to a chat in a year or two, you know where I am.

Best of luck with it all,
Sinéad
Harbour Life Sciences`, 'Congratulations!'),
];
