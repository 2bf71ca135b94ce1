/**
 * Development messages of the thirty-second round, never sealed: one job seeker's inbox over a season. A mid-career
 * logistics and supply-chain planner in Johannesburg applies at home and to roles in the UAE, the UK and the
 * Netherlands, with retailers, third-party logistics firms, mining houses, FMCG makers, airlines, consultancies,
 * recruitment agencies and job boards. About half the batch are mails that use the polite words of a rejection without
 * being one: receipts from many applicant-tracking systems and job boards, "being reviewed" notices, "if you do not hear
 * from us, consider yourself unsuccessful" acknowledgements, invitations, moved interviews, reference and background
 * checks, visa and relocation questionnaires, job alerts, agency approaches, a survey, an offer and its onboarding, a
 * confirmed withdrawal and a re-advertised role. The rest are rejections at every stage, with the stage often told only
 * indirectly and reasons across the whole vocabulary (where the candidate may work, pay in rand or dirham, seniority,
 * internal appointments, closed and filled roles, missing requirements, test results, fit), some with two reasons, and
 * a few paused processes. For development only: the rules may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d32-');

export const HANDWRITTEN_DEV_32: readonly CorpusLine[] = [
  // ── receipts and acknowledgements from tracking systems and job boards
  other(`Dear Lerato,

Thank you for applying for the position of Demand Planner (Req ID 48213) at Kestrel Retail Group.

We have successfully received your application. Our talent team will review your experience against the requirements of the role. Unfortunately, because of the very high number of applications we receive, we are not able to give individual feedback to every applicant at this stage.

You can follow the status of your application at any time by signing in to your candidate home page.

Kind regards,
Kestrel Retail Group Talent Acquisition

This message was sent from an unmonitored mailbox. Please do not reply.
Workday | Candidate Home`, 'Kestrel Retail Group - Application received: Demand Planner'),

  other(`Dear Ms Khumalo

Application Confirmation - Supply Chain Planning Lead, Mogalakwena Complex

We acknowledge receipt of your application submitted through our careers portal on 4 March.

Please note that Bokamoso Platinum follows a rigorous selection process in line with our Employment Equity Plan. Only shortlisted candidates will be contacted. We regret that we cannot enter into correspondence with applicants who are not shortlisted.

Regards
Bokamoso Platinum Human Capital

SAP SuccessFactors Recruiting - do not reply to this e-mail`, 'Application Confirmation'),

  other(`Dear Lerato Khumalo,

Thank you for your interest in Gulfwind Airways and for applying for Logistics Planning Analyst - Cargo (Job Number 2400731), based in Dubai, United Arab Emirates.

Your application has been submitted successfully. We regret that, owing to the volume of applications, we are only able to contact candidates whose profiles most closely match our requirements. If your application is successful you will be contacted by a member of our recruitment team.

Please do not reply to this email. You may review your submission at any time in the Career Section.

Gulfwind Airways Group Recruitment
Powered by Oracle Taleo`, 'Gulfwind Airways: Thank you for applying'),

  other(`Hi Lerato,

Thanks for applying to the Supply Chain Planner (NL, Venlo hub) role at Vandermolen Logistics! We've received your application and our team will take a look soon.

Sadly we can't reply to every applicant personally as quickly as we'd like, so please bear with us. If your background matches what we need, a recruiter will reach out to set up a first call.

Hartelijke groet,
Team Vandermolen

--
Sent via Greenhouse. You can manage your candidate data preferences here.`, 'Thanks for applying to Vandermolen Logistics'),

  other(`Hi Lerato —

Thanks for your interest in Harrowgate & Finch. We've got your application for Senior Consultant, Supply Chain Strategy (London).

What happens next: someone from our people team reads every application. It usually takes us around ten working days. We'll email you either way, though we're sorry to say it won't always be the news you want.

Talk soon,
The Harrowgate & Finch hiring team

Lever · Privacy notice`, 'Harrowgate & Finch — we received your application'),

  other(`Dear Lerato,

Your application for the role of S&OP Analyst at Mzansi Brands (Pty) Ltd has been received.

Unfortunately, we are unable to respond to all enquiries personally. Should you not hear from us within three (3) weeks of the closing date, please consider your application unsuccessful. We thank you for your interest and wish you well.

Mzansi Brands Talent Team

SmartRecruiters | Candidate Experience`, 'Application received: S&OP Analyst'),

  other(`Hi Lerato,

Your application has been sent!

Job: Logistics Manager (Fixed Term Contract)
Company: Highveld Freight Solutions
Location: Germiston, Gauteng

The recruiter now has your CV and cover letter. If you are shortlisted you will be contacted directly by the company. Please note PNet does not handle the recruitment process and cannot give updates on the outcome of your application.

Good luck!
The PNet Team

You are receiving this mail because you applied via PNet. Manage notification settings.`, 'Your application has been sent to Highveld Freight Solutions'),

  other(`Your application was sent to Al Noor Distribution LLC

Lerato Khumalo
Senior Supply Planner · Johannesburg, Gauteng

Supply Planning Manager
Al Noor Distribution LLC · Dubai, United Arab Emirates (On-site)
Applied now

Your profile, resume and contact details were shared with the poster.

Now, take these next steps for more success with your job search:
- Turn on alerts for similar jobs
- See jobs where you'd be a top applicant

LinkedIn
You are receiving LinkedIn notification emails.`, 'Lerato, your application was sent to Al Noor Distribution LLC'),

  other(`Your application was viewed by Polder Fresh B.V.

Demand & Supply Planner - Fresh Produce
Polder Fresh B.V. · Bleiswijk, South Holland, Netherlands

Good news: a hiring team member looked at your application. This doesn't mean a decision has been made. Employers often view many applications before they reach out, so don't be discouraged if you don't hear back right away.

See application status

LinkedIn Corporation, Sunnyvale, CA`, 'Your application was viewed by Polder Fresh B.V.'),

  other(`Dear Lerato

We wanted to let you know that your application for Inventory Planning Specialist (Ref: IPS-0419) is currently being reviewed by the hiring manager.

We know waiting can be frustrating and we are sorry that this part of the process can take longer than expected. Please be assured that no decision has been made on your application yet. We will update you as soon as there is news.

Thank you for your patience.

Springbok Pharma Distribution - Recruitment`, 'Your application is being reviewed'),

  other(`Good day Lerato,

Thank you for submitting your CV for the National Transport Planner position at Lowveld Agri Co-operative.

Kindly note that only shortlisted candidates will be contacted for an interview. If you do not hear from us within two weeks of the closing date (28 March), please accept that your application has not been successful on this occasion.

We appreciate the time you have taken to apply and wish you every success.

Kind regards
HR Department
Lowveld Agri Co-operative
Nelspruit`, 'RE: National Transport Planner - Application'),

  other(`Hi Lerato

Thanks very much for sending through your CV for the Warehouse Planning Manager role we're recruiting for on behalf of a leading 3PL in Midrand.

Just to manage expectations: we receive a huge number of responses to every advert. If your CV matches the brief, one of our consultants will give you a call within 5 working days. Should you not hear from us in that time, please consider your application for this specific role unsuccessful, but we will keep your details on our database for other suitable opportunities.

Regards
TalentBridge Recruitment (Pty) Ltd
Sandton | Cape Town | Durban`, 'TalentBridge: CV received - Warehouse Planning Manager'),

  other(`Dear Applicant,

Your Candidate Account has been created.

User Name: lkhumalo_jhb

You can now apply for positions at Albion Air Cargo, save job searches and track the progress of your submissions. Unfortunately, for security reasons we cannot send your password by email. If you forget it, use the "Forgot your password?" link on the sign-in page.

Albion Air Cargo Careers
Oracle Taleo - Candidate Notification (please do not reply)`, 'Albion Air Cargo - Account created'),

  other(`Dear Lerato,

We noticed you started an application for Replenishment Planner at Kestrel Retail Group but have not yet submitted it.

Your progress has been saved. Unfortunately, applications that are not submitted before the posting closes on 15 April cannot be considered, so please sign in and complete the remaining steps (Voluntary Disclosures and Review) when you have a moment.

Kestrel Retail Group Talent Acquisition
Workday`, 'Reminder: complete your application'),

  other(`Dear Lerato,

The status of your application for Supply Chain Planning Lead has changed.

New status: In Review

This means your application has passed the initial check and is being considered by the hiring team. There is no action required from you at this point. Regrettably we are not able to give timelines for each stage, but you will be notified when the status changes again.

Bokamoso Platinum Human Capital
SAP SuccessFactors`, 'Application status update'),

  other(`Hi Lerato,

Welcome to the Tafelberg Beverages Talent Community!

Thank you for signing up. You'll now be first to hear about supply chain, logistics and planning roles across our sites in Gauteng, the Western Cape and KwaZulu-Natal. Joining the community isn't an application for a specific job, so if you see a role you like, please apply for it directly.

Cheers,
Tafelberg Beverages Careers
Unsubscribe anytime`, 'Welcome to our Talent Community'),

  other(`Dear Candidate,

Thank you for your application for Senior Logistics Coordinator with Dune & Delta Logistics, Jebel Ali Free Zone.

Before we can consider your application further, we kindly ask you to complete a short pre-screening questionnaire (approximately 10 minutes). Regrettably, applications without a completed questionnaire cannot be progressed.

Link: complete your questionnaire (valid for 7 days)

Thank you,
Talent Acquisition
Dune & Delta Logistics FZE`, 'Action needed: pre-screening questionnaire'),

  // ── invitations, confirmations and moved interviews
  other(`Hi Lerato,

Thanks for applying for the Logistics Manager role. I'd love to set up a 20-minute call to hear a bit more about your background and what you're looking for.

Would Thursday at 10:00 or Friday at 14:30 work for you? If neither suits, please send me two or three times that do.

Speak soon,
Nomvula Dlamini
Talent Partner | Highveld Freight Solutions`, 'Logistics Manager - quick call?'),

  other(`Hi Nomvula,

Friday at 14:30 is perfect, thank you.

Lerato

> On Tue, Nomvula Dlamini wrote:
> Would Thursday at 10:00 or Friday at 14:30 work for you?

---

Hi Lerato, lovely, that's confirmed. I'll call you on the number on your CV. Have a good week!
Nomvula`, 'RE: Logistics Manager - quick call?'),

  other(`Dear Lerato,

Following your recent application, we are pleased to invite you to a first-round interview for the position of Supply Planning Manager.

Date: Sunday, 14 April
Time: 11:00 Gulf Standard Time (09:00 South Africa Standard Time)
Format: Microsoft Teams video call (link to follow)
Panel: Head of Supply Chain and HR Business Partner

Please note that our working week runs Monday to Friday, and we apologise that the only available slot falls on a Sunday. Kindly confirm your availability by return email.

Best regards,
Fatima Al Hammadi
Talent Acquisition, Al Noor Distribution LLC`, 'Interview Invitation - Supply Planning Manager'),

  other(`Dear Lerato

Thank you for your interest in the Supply Chain Planning Lead position.

As part of our selection process, we would like you to complete an online assessment battery consisting of a numerical reasoning test, a verbal reasoning test and a personality questionnaire. The assessments take around 75 minutes in total and must be completed in one sitting in a quiet environment.

The link will expire on 22 March at 23:59. Unfortunately we are unable to extend the deadline, so please plan accordingly.

Kind regards
Bokamoso Platinum Human Capital`, 'Invitation to complete online assessments'),

  other(`Hi Lerato,

Great to speak last week. As the next step for the Senior Consultant role we'd like you to prepare a short case study.

The brief: a UK grocery client wants to cut its regional distribution centres from five to three. Using the data pack attached, recommend which sites to keep and outline the service and cost trade-offs. Please send us a deck of no more than eight slides by Monday 9am, and you'll then present it to two of our partners for 30 minutes.

There's no single right answer, so please don't spend more than four or five hours on it.

Best,
Charlotte
Harrowgate & Finch`, 'Case study - next steps'),

  other(`Dear Lerato,

Unfortunately the panel has to move your interview for the Demand Planner role. Two of our panel members have been called into an urgent stock review on Wednesday morning.

We are very sorry for the short notice. Could you please let us know whether Thursday at 09:00 or Friday at 13:00 would work instead? The interview will still take place at our Support Office in Centurion and will last about an hour.

Apologies again, and thank you for your flexibility.

Kind regards,
Refilwe
Talent Acquisition, Kestrel Retail Group`, 'Change of interview time - Demand Planner'),

  other(`Hi Lerato

I'm so sorry to do this to you. Sadly our Head of Supply Chain, Johan, has been called to the Steelpoort site tomorrow and won't be back in time for your interview.

We'd still very much like to meet you. Could we move it to next Tuesday, same time? I'll send an updated invitation as soon as you confirm.

Regards
Zanele Mthembu
Recruitment Specialist, Marula Copper`, 'Postponed: your interview tomorrow'),

  other(`Dear Lerato,

Thank you for applying for Logistics Planning Analyst - Cargo.

We are pleased to invite you to the next stage of our selection process: a digital interview. You will be asked to record video answers to five questions at a time that suits you. Each question allows 30 seconds of preparation and up to 3 minutes for your answer.

Regrettably, we cannot accept submissions after 19 April 23:59 (UAE time).

Start your digital interview

Gulfwind Airways Group Recruitment`, 'Gulfwind Airways - Digital Interview Invitation'),

  other(`Dear Lerato,

This is a friendly reminder that your online assessment for the Inventory Planning Specialist role has not yet been completed. Your link expires in 48 hours.

If you have experienced any technical difficulties, unfortunately our assessment provider cannot reopen expired links, so please contact us before the deadline and we will do our best to help.

Springbok Pharma Distribution - Recruitment`, 'Reminder: assessment link expires in 48 hours'),

  other(`Dear Lerato,

Thank you for coming in to meet the team on Tuesday. Everyone enjoyed the conversation, especially your walk-through of the peak-season capacity plan.

We're still seeing two more candidates this week, so we're not in a position to share an outcome yet. I'll be in touch by next Friday at the latest, whatever the decision.

Kind regards,
Pieter van Wyk
Operations Director, Highveld Freight Solutions`, 'Thank you for your time on Tuesday'),

  other(`Dear Lerato,

Congratulations! Following your first interview, we are delighted to invite you to the final round for the Supply Planning Manager role.

This will be a 90-minute session with our COO and the Group Finance Director, and will include a 20-minute presentation on how you would set up a monthly S&OP cycle for a multi-category distributor. We can host you in Dubai for this round or, if travel is not possible, run it on Teams.

Please let us know your preference by Thursday.

Best regards,
Fatima Al Hammadi
Al Noor Distribution LLC`, 'Final round invitation'),

  other(`Dear Lerato,

Please note a change of venue for your panel interview on Monday 6 May. Regrettably the boardroom at our Rosebank office is being refurbished, so the interview will now take place at:

Tafelberg Beverages Distribution Centre
14 Electron Avenue, Isando

Parking is available at the visitors' gate; please bring your ID for sign-in. The time (10:30) is unchanged.

Kind regards,
Tafelberg Beverages Talent Acquisition`, 'Venue change - panel interview'),

  other(`Hi Lerato

I'm afraid I tried to reach you on your mobile a couple of times today but couldn't get through. No problem at all. I was hoping to have a quick chat about the Supply Chain Analyst contract in Rotterdam you applied for.

Could you reply with a time that suits you over the next few days? Bear in mind we're one hour behind you at the moment.

Thanks,
Joost Verhagen
Recruiter, Rijnmond Talent`, 'Missed call - Supply Chain Analyst Rotterdam'),

  // ── references, background checks and visa or relocation questions
  other(`Dear Lerato,

Thank you for your time throughout the process so far. As we move towards a decision, we would like to contact two referees, ideally your current or most recent line manager and one previous manager.

Please send us their names, titles, email addresses and phone numbers. We will not contact your current employer without your explicit permission, so please tell us if you would prefer we hold off on that one for now.

Kind regards,
Refilwe
Talent Acquisition, Kestrel Retail Group`, 'Reference details request'),

  other(`Good afternoon Lerato

As part of our standard pre-employment process, all shortlisted candidates are required to undergo background screening, which includes criminal record, credit, qualification and ID verification.

Please complete and sign the attached consent form and return it together with a certified copy of your ID and your highest qualification. The checks are carried out by an accredited third-party provider and usually take five to seven working days.

Unfortunately we cannot proceed to the next step without signed consent.

Regards
Zanele Mthembu
Recruitment Specialist, Marula Copper`, 'Background screening consent'),

  other(`Dear Lerato,

As you may be relocating for this role, please help us plan ahead by answering the questions below:

1. Your nationality and passport expiry date.
2. Will you be relocating alone or with dependants? If with dependants, how many and their ages?
3. Do you currently hold, or have you previously held, a UAE residence visa?
4. Your notice period with your current employer.
5. Your attested degree certificate: do you have it, or will you need support with attestation?

Sadly we cannot start any visa application until these details are complete, so we would appreciate your reply within five working days.

Best regards,
Mobility Team
Al Noor Distribution LLC`, 'Relocation and visa questionnaire'),

  other(`Hi Lerato,

Before we set up a call about the Senior Consultant role, there's one eligibility question we ask every candidate:

Do you currently have the right to work in the United Kingdom, or would you require sponsorship under the Skilled Worker route?

Please just reply with a short answer. It won't automatically rule anyone out, it simply helps us plan. Unfortunately we can't progress an application until we've got this on file.

Thanks,
People Team, Harrowgate & Finch`, 'Quick question on right to work'),

  other(`Hi Lerato,

Thanks for the call this morning. As discussed, for non-EU candidates we would apply for a residence permit as a highly skilled migrant through the IND, and Vandermolen is a recognised sponsor.

To check whether you would qualify, could you fill in the short form attached? It asks for your expected gross salary, your degree (for the 30% ruling check), your current country of residence and when you could start. Regrettably, the process can take six to eight weeks once all documents are in, so early answers help.

Groeten,
Sanne de Vries
Talent Acquisition Partner, Vandermolen Logistics`, 'Next steps - permit questions'),

  other(`Dear Lerato

Thank you for accepting our conditional offer. You are booked for your pre-employment medical assessment at the Marula Copper Occupational Health Centre on 3 June at 07:30.

Please bring your ID, any chronic medication you use and your spectacles if you wear them. The assessment includes a fitness-to-work examination, a hearing test and a lung function test and takes about three hours. Unfortunately you will not be able to enter site without a valid medical certificate.

Regards
Occupational Health, Marula Copper`, 'Pre-employment medical appointment'),

  // ── job alerts and job-board notices
  other(`Hi Lerato,

Roles you might like, based on your recent searches:

- Demand Planner, Kestrel Retail Group, Centurion
- Senior Supply Planner, Tafelberg Beverages, Isando
- Logistics Planning Manager, Crown Cargo Services, Kempton Park
- S&OP Lead, a leading FMCG (via TalentBridge), Johannesburg North

Sorry, none of these a fit? Update your preferences so we can send you better matches.

The PNet Team`, 'New jobs matching "supply planner" in Gauteng'),

  other(`Jobs similar to Supply Chain Planner at Vandermolen Logistics

Lerato, these companies are hiring:
· Demand Planner EMEA - Hollandse Vrachtdiensten - Rotterdam (Hybrid)
· Supply Planner - Polder Fresh B.V. - Bleiswijk
· Logistics Analyst - Dune & Delta Logistics - Dubai
· Planning Manager - Northbridge Supermarkets - Leeds

Be an early applicant. See all jobs.

LinkedIn Job Alerts
Unsubscribe · Help`, 'Supply Chain Planner: new jobs in Netherlands and 7 more'),

  other(`Hi Lerato

Your CV was viewed by 6 recruiters this week!

Recruiters from the logistics, mining and retail sectors have been looking at your profile. Unfortunately we can't show you who they are unless you upgrade to Premium, but you can improve your chances of being contacted by keeping your CV up to date.

Update my CV

Careers24`, 'Your weekly profile stats'),

  other(`Dear Lerato,

Based on your profile, we thought you'd be interested in these positions:

Inventory Controller - Gauteng - R35 000 to R42 000 per month
Import/Export Planner - Durban - market related
Logistics Coordinator - Dubai - AED 12,000 to 15,000 per month plus visa and medical

Not what you're looking for? Sadly our matching isn't perfect. Tell us what you'd prefer.

Indeed Job Alerts`, 'Lerato, 3 new jobs for you'),

  // ── agency approaches
  other(`Hi Lerato,

I hope you don't mind the direct message. I came across your profile on LinkedIn and was impressed by your experience leading supply planning for a multi-DC distribution network.

I'm currently working on a Head of Planning search for one of South Africa's largest FMCG manufacturers, based in Johannesburg North. Unfortunately I can't share the client name at this stage, but the package is in the region of R1.2m to R1.4m CTC plus bonus.

Would you be open to a confidential conversation this week?

Kind regards,
Thabo Nkosi
Director, Pinnacle Supply Chain Search`, 'Confidential: Head of Planning opportunity'),

  other(`Dear Lerato,

Greetings from Dubai!

I am reaching out regarding a Senior Demand Planner vacancy with a leading regional FMCG distributor. The role is based in Dubai Investments Park and offers a tax-free package of AED 25,000 to 30,000 per month, plus housing allowance, annual flights and family medical cover.

My client is keen on candidates with SAP experience and exposure to African or GCC markets. Sadly the closing date is close, so if you're interested please send your updated CV by Sunday.

Warm regards,
Priya Menon
Senior Consultant, Gulf Horizon Recruitment`, 'Senior Demand Planner role in Dubai - interested?'),

  other(`Hi Lerato,

Hope you're well. Your CV came up when I was searching for supply planners with retail replenishment experience.

I'm recruiting for a Replenishment Manager for a UK grocery retailer in Leeds. My client has sponsored overseas hires before, so that wouldn't necessarily be a barrier. The salary is up to £58k plus benefits.

Unfortunately I'm out of the office tomorrow, but I'd be keen to catch up early next week if this sounds interesting.

Best wishes,
Oliver Grant
Pennant Search`, 'Replenishment Manager, Leeds'),

  other(`Hi Lerato

Great news: I've submitted your CV to my client for the Warehouse Planning Manager role in Midrand. They've confirmed receipt and will review the shortlist on Wednesday.

I'll let you know as soon as I have feedback. In the meantime please don't apply to this client directly, as that would unfortunately create a duplicate submission.

Cheers
Mpho
TalentBridge Recruitment`, 'CV submitted to client'),

  other(`Hi Lerato,

Quick update: the client was really impressed with your first interview and would like to see you again for a second-round meeting with their regional operations director.

They've suggested Tuesday 21 May at 15:00 at their offices in Waterfall City. Sadly the director is only available that afternoon, so let me know as soon as you can whether it works.

Cheers
Mpho
TalentBridge Recruitment`, 'Second interview request!'),

  // ── offer, onboarding and other loose ends
  other(`Dear Lerato

On behalf of Marula Copper (Pty) Ltd, I am pleased to offer you the position of Senior Supply Chain Planner, reporting to the Head of Supply Chain, based at our Johannesburg office with regular travel to the Steelpoort operation.

The offer is subject to satisfactory background screening and a pre-employment medical. Your total cost-to-company package is R985 000 per annum, plus an annual performance bonus of up to 20%. The full terms are set out in the attached letter of offer.

Please sign and return the letter by 27 May. Should you have any questions, do not hesitate to contact me.

We look forward to welcoming you.

Yours sincerely
Johan Botha
Head of Supply Chain, Marula Copper`, 'Letter of Offer - Senior Supply Chain Planner'),

  other(`Dear Lerato,

We are delighted that you have accepted our offer and will be joining Marula Copper on 1 July!

To get your onboarding started, please upload the following to the new-starter portal before 14 June:
- Certified copy of your ID
- Proof of bank account (not older than three months)
- Tax number and completed employee information form
- Copies of your qualifications

Unfortunately we cannot load you on payroll until all documents are received.

Warm regards,
HR Onboarding Team
Marula Copper`, 'Welcome to Marula Copper - onboarding documents'),

  other(`Hi Lerato

Your first day is almost here! Here's what to expect on Monday 1 July:

08:00 - Arrive at 2 Sloane Street, Bryanston. Ask for Zanele at reception.
08:30 - Induction with HR and IT set-up (laptop, access card, SAP login).
11:00 - Meet the supply chain team and Johan.
13:00 - Team lunch.
Wednesday - Site induction at Steelpoort (transport arranged; sadly it is an early start, the bus leaves at 05:30).

Dress is business casual for office days; PPE will be issued at site.

See you soon!
Zanele`, 'Your first day at Marula Copper'),

  other(`Dear Lerato,

As requested, we have withdrawn your application for the Stock Flow Planner role. We are sorry to see you go, and thank you for letting us know in good time.

Your candidate profile will remain active, so you are welcome to apply for other roles with us in future. If you withdrew by mistake, please contact us within seven days and we will try to reinstate your application.

Kind regards,
Kestrel Retail Group Talent Acquisition`, 'Confirmation of withdrawal'),

  other(`Dear Lerato,

Sadly the Supply Planner role at Polder Fresh has been re-advertised, as the hiring team has decided to widen the search and update the job description slightly.

Please note that your application remains active and you do not need to apply again. We will be in touch with an update once the new closing date (31 May) has passed.

Thank you for your patience.

Met vriendelijke groet,
Recruitment, Polder Fresh B.V.`, 'Update on your application - Supply Planner'),

  other(`Hi Lerato,

You recently applied for a role at Springbok Pharma Distribution. Whatever the outcome of your application, we'd love to hear about your experience of our recruitment process.

The survey has six questions and takes about three minutes. Your answers are anonymous and will not affect your application in any way.

Take the survey

Thank you for helping us improve.
Springbok Pharma Distribution - Talent Team`, 'How did we do? 3-minute candidate survey'),

  other(`Hi Lerato,

Thanks for coming back on the offer. I've spoken to the business and, while we unfortunately can't move the base salary further, we can increase the relocation allowance to AED 20,000 and include a second annual flight for your family.

The revised offer letter is attached. Let me know if you'd like to talk it through before you decide.

Best regards,
Fatima Al Hammadi
Al Noor Distribution LLC`, 'Revised offer - Supply Planning Manager'),

  other(`Hi Lerato,

I lead the planning team at Hollandse Vrachtdiensten in Rotterdam and saw you'd liked our post about the new Maasvlakte warehouse. We're not hiring for a planner at the moment, unfortunately, but we expect to open one or two roles after the summer.

Would you be up for an informal coffee on Teams some time, just to get to know each other?

Groeten,
Marieke Smit
Head of Network Planning`, 'Coffee chat?'),

  other(`Dear Lerato,

Thank you for your interest in working with us. We are writing to ask whether you agree to us keeping your personal information in our recruitment database for another 12 months, so that we can contact you about future opportunities.

If we don't hear from you within 30 days, we will regrettably have to delete your data in line with the POPI Act.

Yes, keep my details / No, delete my details

Tafelberg Beverages Talent Acquisition`, 'Can we keep your details?'),

  other(`Dear Lerato,

Thank you for your application for Graduate Supply Chain Programme Mentor. We are pleased to tell you that you have progressed to the shortlist, and a member of our team will contact you shortly to arrange an interview.

In the meantime, unfortunately, we will need a copy of your matric certificate and degree transcript, which were missing from your upload. Please send them to us by Friday.

Kind regards,
Orion Healthcare Logistics HR`, 'Shortlisted - documents outstanding'),

  // ── rejections after the application alone
  rej('application', ['generic'], {},
    `Dear Lerato,

Thank you for taking the time to apply for the Replenishment Planner position at Kestrel Retail Group and for your interest in building a career with us.

We received a very large number of applications for this role, and each one was carefully considered against the requirements of the position. After careful review, we regret to inform you that your application will not be progressed further on this occasion.

We understand that this is disappointing news. We truly appreciate the effort you put into your application and wish you every success in your future career.

Kind regards,
Kestrel Retail Group Talent Acquisition

This message was sent from an unmonitored mailbox. Please do not reply.
Workday | Candidate Home`, 'Your application for Replenishment Planner'),

  rej('application', ['generic'], { ...door },
    `Dear Ms Khumalo

Thank you for your interest in the position of Logistics Superintendent at Bokamoso Platinum.

We have now concluded the shortlisting process. Regrettably, your application was not selected to proceed to the next phase.

Your profile will be retained in our talent database, and we may contact you should a suitable vacancy arise in the future. We also encourage you to visit our careers site regularly and to apply for other positions that match your skills.

Regards
Bokamoso Platinum Human Capital
SAP SuccessFactors Recruiting - do not reply to this e-mail`, 'Logistics Superintendent - outcome of application'),

  rej('application', ['profile_mismatch'], {},
    `Dear Lerato Khumalo,

Thank you for your application for the position of Station Logistics Coordinator.

We have carefully reviewed your qualifications and experience. While your background is impressive, we have identified other candidates whose profiles more closely match the requirements of this particular role. We will therefore not be taking your application further.

We thank you for your interest in Gulfwind Airways and wish you every success in your career.

Gulfwind Airways Group Recruitment
Powered by Oracle Taleo`, 'Gulfwind Airways: Your application status'),

  rej('application', ['location'], { ...fb },
    `Hi Lerato,

Thanks for applying for the Planning Manager role at Northbridge Supermarkets and for telling us about your experience running replenishment in South Africa, which we enjoyed reading about.

In your application you mentioned that you would need visa sponsorship to take up a role in the UK. Unfortunately Northbridge doesn't hold a sponsor licence for this type of role, so we're unable to consider your application any further. We're sorry we can't be more helpful.

With best wishes,
Resourcing Team
Northbridge Supermarkets

Sent via SmartRecruiters`, 'Planning Manager - your application'),

  rej('application', ['location'], { ...door },
    `Dear Lerato,

Thank you for your interest in the position of Demand Planner EMEA at Hollandse Vrachtdiensten.

For this vacancy we can only consider candidates who already have the right to live and work in the Netherlands, as we are not in a position to support a residence permit application for this role. For that reason we will not take your application further.

We would like to thank you for your interest in our company. We will keep your details for one year (with your permission) and may contact you if a vacancy with sponsorship opens up.

Kind regards,
HR Hollandse Vrachtdiensten
Rotterdam`, 'Your application - Demand Planner EMEA'),

  rej('application', ['salary'], { ...fb },
    `Hi Lerato

Thanks for applying for the Depot Planning Manager (12-month contract) role.

I've had a good look at your CV and, honestly, your experience is strong. The challenge is the numbers: you indicated an expected package of around R850 000 CTC, and this contract has been budgeted at R560 000 to R600 000 for the year. That gap is too wide for the business to bridge, so we won't be able to take your application further.

Sorry it's not better news, and all the best.

Nomvula Dlamini
Talent Partner | Highveld Freight Solutions`, 'RE: Depot Planning Manager application'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Lerato,

Thank you so much for your application for the position of Inventory Controller at our Isando distribution centre.

We were genuinely impressed by your career so far. However, having looked at your CV, eleven years in planning, including three years managing a team of planners, is considerably more than this entry-level controller role requires, and we are concerned it would not offer you enough challenge or room to grow. We have therefore decided not to proceed.

We would really encourage you to apply for our more senior supply chain roles as they come up, as we would be glad to see your application again.

Warm regards,
Tafelberg Beverages Talent Acquisition`, 'Inventory Controller - application outcome'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Lerato,

Thank you for your application for the role of Senior Demand Planner at Mzansi Brands.

We have reviewed your application against the key requirements for the role. A critical requirement for this position is hands-on experience with SAP Integrated Business Planning (IBP), as we are mid-way through our rollout and the successful candidate will own the demand planning module from day one. Your CV shows strong experience with SAP APO and Excel-based planning, but not with IBP.

For this reason we will not be progressing your application. We appreciate your interest in Mzansi Brands.

Mzansi Brands Talent Team
SmartRecruiters | Candidate Experience`, 'Senior Demand Planner - update'),

  rej('application', ['skills_gap'], { ...fb },
    `Good day Lerato

Thank you for applying for the position of Regional Transport Planner with Lowveld Agri Co-operative.

Unfortunately we cannot consider your application further. The advertisement stated that a valid Code EB (B) driver's licence is a minimum requirement, as the planner travels between our depots in Mpumalanga and Limpopo every week, and your application indicates that you do not currently hold one.

We thank you for your interest and wish you well in your job search.

Kind regards
HR Department
Lowveld Agri Co-operative`, 'Regional Transport Planner'),

  rej('application', ['position_filled'], { ...door },
    `Dear Lerato

Thank you for sending us your CV for the position of Import Planner.

We're writing to let you know that this position has now been filled. We're sorry we didn't get to your application before the appointment was made. We received your CV quite late in the process.

We will keep your CV on file and will contact you if a similar position becomes available in our Johannesburg or Durban offices.

Best regards
Crown Cargo Services
HR & Recruitment`, 'Import Planner vacancy'),

  rej('application', ['role_closed'], {},
    `Dear Lerato,

Thank you for applying for Category Supply Planner at Mzansi Brands.

Following a recent review of our supply chain structure, we have taken the decision to consolidate the category planning roles into a central planning hub. Regrettably, this means that this vacancy has been withdrawn and we are unable to proceed with your application.

We apologise for any inconvenience and thank you for your interest in joining Mzansi Brands.

Mzansi Brands Talent Team
SmartRecruiters | Candidate Experience`, 'Category Supply Planner - vacancy withdrawn'),

  rej('application', ['internal_candidate'], {},
    `Dear Ms Khumalo

RE: SENIOR MATERIALS PLANNER - AMANDELBULT OPERATIONS

We refer to your application for the above position.

Please be advised that, in line with our commitment to internal development and succession planning, the position has been filled by an internal candidate. Your application will therefore not be considered further.

We thank you for your interest in Bokamoso Platinum and wish you well in your future endeavours.

Yours faithfully
Bokamoso Platinum Human Capital
SAP SuccessFactors Recruiting`, 'Outcome: Senior Materials Planner'),

  rej('application', ['location', 'salary'], { ...fb },
    `Dear Lerato,

Thank you for your application for Senior Logistics Coordinator at Dune & Delta Logistics and for completing our pre-screening questionnaire.

We appreciate your interest in relocating to the UAE. Having reviewed your answers, we regret that we will not be moving forward with your application. This role is being hired locally, with no relocation or visa package, and is open to candidates already resident in the UAE, whereas you are currently based in South Africa. In addition, your expected salary of AED 32,000 per month is well above the range for this position (AED 14,000 to 17,000).

We wish you the very best in your search.

Talent Acquisition
Dune & Delta Logistics FZE`, 'Your application with Dune & Delta Logistics'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Beste Lerato,

Thank you for your interest in the position of Demand & Supply Planner at Polder Fresh.

We have read your application with interest. Unfortunately, we have decided not to invite you for an interview. The role involves daily contact with Dutch growers and retail customers, so fluent Dutch is essential, and we noticed that Dutch is not among the languages on your CV. We are also only able to consider candidates who already have the right to work in the EU for this role.

We wish you every success in your career.

Met vriendelijke groet,
Recruitment, Polder Fresh B.V.`, 'Your application Demand & Supply Planner'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Lerato

Thanks for your patience. I've now had the chance to go through your CV properly against my client's brief for the Inventory Manager role in Kempton Park.

I'm sorry to say I don't think your profile is the right match for this particular one, so I won't be putting you forward to the client.

That said, I work on a lot of planning and logistics roles across Gauteng, and I'll definitely keep you in mind. I'll be in touch as soon as something closer to your background lands on my desk.

Cheers
Mpho
TalentBridge Recruitment`, 'RE: Inventory Manager - Kempton Park'),

  rej('application', ['generic'], {},
    `Hi Lerato,

Thanks for your interest in Vandermolen Logistics and for applying to the Network Planning Analyst role.

We've reviewed your application and unfortunately won't be moving forward at this time. We had a lot of applicants and it was a tough call.

Best of luck with your search.

Team Vandermolen
--
Sent via Greenhouse.`, 'Update on your Vandermolen application'),

  rej('application', ['overqualified'], {},
    `Dear Lerato,

Thank you for your interest in the Junior Logistics Analyst role at Orion Healthcare Logistics.

We appreciate the time and effort you put into your application. After reviewing it, we feel that your level of experience is beyond what we are looking for in this position, and we have decided not to take your application further.

We wish you every success in finding a role that matches your experience.

Kind regards,
Orion Healthcare Logistics HR`, 'Junior Logistics Analyst - your application'),

  // ── rejections after a first call
  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Lerato,

Thanks again for your time on the phone on Friday. It was great to hear about the route planning project you led at your current company.

I've since caught up with Pieter, our Operations Director. We both agree you'd bring a lot to the team, but the figure you mentioned on our call, R780 000 plus a car allowance, is well outside the band we have approved for this role, which tops out at about R620 000. Unfortunately we can't stretch to close that gap, so we won't be moving you forward.

If a more senior position opens up in the next few months, I'd love to reach out to you again.

Best,
Nomvula Dlamini
Talent Partner | Highveld Freight Solutions`, 'Following up on our call'),

  rej('screen', ['location'], { ...fb },
    `Dear Lerato,

Thank you for speaking with me on Tuesday about the Logistics Analyst opportunity with my client in Dubai.

I have since discussed your profile with the hiring manager. They were very positive about your planning background, but after our conversation they confirmed they need someone who is already in the UAE on a transferable residence visa and can start within two weeks. As you are based in Johannesburg and would need a new employment visa, they have decided not to proceed with your application.

I'm sorry this one didn't work out. Please do stay in touch.

Warm regards,
Priya Menon
Senior Consultant, Gulf Horizon Recruitment`, 'RE: Logistics Analyst - Dubai'),

  rej('screen', ['culture_fit'], {},
    `Hey Lerato,

Thanks for jumping on a call with me last week. I really enjoyed chatting about how you handled the port strike last year.

I've thought about it a fair bit and talked it through with our co-founders. We're a 14-person team that is still figuring things out, and the role is honestly less planning and more scrappy, do-a-bit-of-everything. We don't think it's the right match in terms of how we work day to day, so we're going to pass for now.

Wishing you the very best,
Karabo
Co-founder, Shiplane`, 'Shiplane - thanks for the chat'),

  rej('screen', ['profile_mismatch'], { ...offered },
    `Dear Lerato,

Thank you for taking the time to speak with our recruitment team about the Supply Chain Analyst contract in Rotterdam.

We have now completed the first round of conversations. Although we enjoyed speaking with you, we have decided to proceed with candidates whose profiles are a closer match to what our client is looking for.

If you would like feedback on your conversation, just reply to this email and I'll arrange a short call.

Kind regards,
Joost Verhagen
Recruiter, Rijnmond Talent`, 'Supply Chain Analyst Rotterdam - update'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Lerato,

Many thanks for the call with Charlotte on Wednesday about the Manager, Procurement & Planning role. She really enjoyed hearing about your network redesign work.

We've discussed your application as a team. For this role our clients expect full CIPS membership (MCIPS) or an equivalent professional qualification, because much of the work involves procurement strategy alongside planning. From what you shared on the call you're still at the Level 4 Diploma stage, so we're not going to take your application further at this point.

Thanks again for your interest in Harrowgate & Finch.

Best,
People Team, Harrowgate & Finch

Lever · Privacy notice`, 'Your application - Manager, Procurement & Planning'),

  rej('screen', ['overqualified', 'salary'], { ...fb },
    `Hi Lerato

Thanks for the chat yesterday. It was good to put a voice to the CV.

I've passed my notes to the client. Honestly, I think they've come to the same conclusion I was worried about on the call: the role is a hands-on planner position reporting to a planning manager, and with your experience running a team you'd be senior to the person you'd report to. Add to that your current package being well above their ceiling of R540k, and they've decided not to take it further.

Not the result either of us wanted, but I'll keep looking.

Cheers
Mpho
TalentBridge Recruitment`, 'Feedback from client - Planner role'),

  rej('screen', ['generic'], { ...door },
    `Hi Lerato,

Thanks for your time on the phone last week regarding the Replenishment Manager role in Leeds.

I've heard back from my client. Unfortunately they've decided not to progress your application on this occasion. They didn't give me any more detail than that, I'm afraid.

I'll keep your details on file and will be in touch if anything else suitable comes up, particularly if I find a client open to sponsorship.

Best wishes,
Oliver Grant
Pennant Search`, 'Replenishment Manager - client feedback'),

  rej('screen', ['role_closed'], {},
    `Dear Lerato,

Thank you for making time for our call about the Transport Planning Lead role.

Since we spoke, our leadership team has decided to merge the transport planning and fleet management functions under one manager, so the role you applied for will no longer exist in its current form. I am sorry to let you know that we are therefore closing this vacancy and will not be progressing your application.

I appreciate how disappointing this is, especially after the time you have invested.

Kind regards,
Talent Acquisition
Crown Cargo Services`, 'Transport Planning Lead - vacancy update'),

  // ── rejections after tests, tasks and checks
  rej('assessment', ['assessment'], { ...fb },
    `Dear Lerato

Thank you for completing the online assessments for the Supply Chain Planning Lead position.

The results of the assessments form an important part of our selection process. Unfortunately, your score on the numerical reasoning test fell below the benchmark set for this position, and we are therefore unable to progress your application to the interview stage.

Please note that assessment results are valid for 12 months and may not be retaken during this period.

Regards
Bokamoso Platinum Human Capital`, 'Outcome of online assessments'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Lerato,

Thank you for taking part in the Excel and data skills test for the Inventory Planning Specialist role.

We regret to let you know that your results did not meet the standard required for this role, and so we will not be inviting you to an interview.

Please don't be discouraged. We would welcome an application from you for future vacancies, and you are free to retake the test after six months.

Springbok Pharma Distribution - Recruitment`, 'Inventory Planning Specialist - assessment outcome'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Lerato,

Thanks for all the work you put into the DC consolidation case, and for presenting it to Alastair and me on Monday. It was clear you'd thought hard about it.

We've decided not to move you to the final round. In short, your recommendation closed the Midlands site without testing what that would do to next-day delivery for stores in the North West, which was the central trade-off in the brief, and your cost model left out the double-handling at the remaining sites. Those two gaps weighed heavily against otherwise solid work.

I'd be very happy to talk through the rest of our notes on a call if that would help.

Best,
Charlotte
Harrowgate & Finch`, 'Case study - outcome'),

  rej('assessment', ['internal_candidate'], {},
    `Dear Lerato,

Thank you for completing the planning exercise for the Network Planning Manager role. We appreciate the time you put into it.

While we were assessing external applicants, a member of our existing planning team applied for the position and has since been appointed. As a result we are closing the external process and will not be progressing your application.

We are grateful for your interest in Orion Healthcare Logistics and wish you well.

Kind regards,
Orion Healthcare Logistics HR`, 'Network Planning Manager'),

  rej('assessment', ['generic'], {},
    `Dear Candidate,

Thank you for completing the online ability tests as part of your application for Supply Planner with Tafelberg Beverages.

After careful consideration we regret to advise that you have not been selected to continue in the process. Competition for this role has been particularly strong.

Unfortunately we are unable to provide individual feedback due to the volume of candidates.

Kind regards,
Tafelberg Beverages Talent Acquisition`, 'Supply Planner application'),

  rej('assessment', ['skills_gap', 'assessment'], { ...fb },
    `Hi Lerato,

Thank you for completing the technical task for the Supply Chain Data Analyst role.

Your Excel forecasting model was neat and well laid out. However, the role involves building most reports directly in SQL against our data warehouse, and the SQL section of your submission did not produce the correct results for questions 3 and 4. Combined with the limited SQL experience on your CV, we don't feel the role is the right step for you right now, and we won't be progressing to the interview stage.

Thank you for your time and effort.

Team Vandermolen
--
Sent via Greenhouse.`, 'Supply Chain Data Analyst - next steps'),

  rej('assessment', ['position_filled'], {},
    `Dear Lerato,

Thank you for sending through your completed capacity planning assignment last night.

I am sorry to tell you that, while you were working on it, the hiring manager made an offer to another candidate who was further along in the process, and this offer has now been accepted. The position is therefore filled and we will not be reviewing any further submissions.

I apologise that the timing meant your effort could not be considered. Thank you for your understanding.

Kind regards,
Recruitment
Jacaranda Airways Cargo`, 'Capacity Planner position'),

  rej('assessment', ['role_closed'], { ...door },
    `Hi Lerato,

Thank you for submitting the stock-policy exercise. I know it took a good part of your weekend.

I wanted to let you know personally that, because of the sharp drop in export volumes this quarter, the company has frozen all new headcount until further notice. The Inventory Optimisation Lead role has been cancelled rather than postponed, so I have to close your application.

I'm genuinely sorry. When we start hiring again, I would like to contact you first.

Regards,
Anele Zulu
Supply Chain Manager, Lowveld Citrus Exporters`, 'Inventory Optimisation Lead'),

  // ── rejections after interviews
  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Lerato,

Thank you for meeting with Sizwe and me in Centurion last Thursday for the Demand Planner role. We appreciated your openness and your clear examples from your current role.

We have now completed our interviews, and I'm afraid we've decided to proceed with another candidate whose experience is more closely aligned with the needs of the team.

This was not an easy decision. Please keep an eye on our careers page, and don't hesitate to apply for future roles with Kestrel. We'd be happy to see your name again.

Kind regards,
Refilwe
Talent Acquisition, Kestrel Retail Group`, 'Demand Planner - interview outcome'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Lerato,

Thank you for taking the time to meet our panel last week for the Supply Planning Lead role.

The panel enjoyed the conversation, especially your examples of reducing stock-outs during the 2021 unrest. After discussing all candidates, though, we have decided not to proceed with your application. The deciding factor was SAP IBP: the successful candidate will lead the supply module during our go-live in August, and we need someone who has configured and run IBP supply planning before, whereas your experience so far has been with APO.

We really appreciate your interest.

Kind regards,
Mzansi Brands Talent Team`, 'Supply Planning Lead - update'),

  rej('interview', ['culture_fit'], { ...fb },
    `Dear Lerato

Thank you very much for coming to the Isando distribution centre for your panel interview on Monday.

We have given your application careful consideration. The panel was impressed by your knowledge, but we felt that your preference for clearly defined processes and planning cycles, which you described several times, would be a difficult match for our DC, where priorities change hour by hour and planners are expected to improvise on the floor with the shift managers.

We have therefore decided not to take your application further. Thank you again for your time.

Warm regards
Tafelberg Beverages Talent Acquisition`, 'Your panel interview'),

  rej('interview', ['internal_candidate'], { ...door },
    `Hi Lerato,

I wanted to let you know where we've landed on the Senior Logistics Planner role after your interview with Pieter and me.

We really enjoyed meeting you. In the end, though, one of our own shift planners put her hand up late in the process, and after interviewing her we've decided to promote her into the role. It's a great development step for her, and it means we won't be offering the role externally.

I hope you understand. I'd genuinely like to keep in touch, and I'll reach out if another senior planning position comes up.

Nomvula Dlamini
Talent Partner | Highveld Freight Solutions`, 'Senior Logistics Planner'),

  rej('interview', ['salary', 'location'], { ...fb },
    `Dear Lerato,

Thank you for your time during the interview with Khalid and our HR Business Partner. We found your experience with multi-category distribution very relevant.

After a lot of internal discussion, we regret that we are not able to move forward. For a relocating candidate with a family of four, the total package we would need to offer (a base above AED 28,000 plus schooling, housing and the employment and family visas) goes beyond the approved budget for this position. The business has therefore decided to focus on candidates who are already based in the UAE.

We are sorry this was not a better outcome, and wish you the very best.

Best regards,
Talent Acquisition, Oasis Consumer Goods LLC`, 'Demand Planning Manager - update on your application'),

  rej('interview', ['position_filled'], {},
    `Dear Lerato,

Thank you for attending the interview for the S&OP Analyst role.

We wanted to let you know that we have now offered the position to another candidate, who has accepted. We therefore will not be taking your application any further.

We appreciate the time you invested and wish you success in your career.

Mzansi Brands Talent Team
SmartRecruiters | Candidate Experience`, 'S&OP Analyst - position filled'),

  rej('interview', ['generic'], { ...offered },
    `Dear Lerato,

Thank you for your interest in the Logistics Planning Analyst role and for the time you spent with our cargo planning team in your interview on the 2nd.

After careful deliberation, we have decided to move forward with another candidate.

If you would like feedback on your interview, please let us know and we will arrange for the hiring manager to contact you.

With kind regards,
Gulfwind Airways Group Recruitment`, 'Gulfwind Airways: Interview outcome'),

  rej('interview', ['overqualified'], { ...fb },
    `Hi Lerato

Thanks for meeting with me and Thandi on Wednesday. We both enjoyed hearing how you built the planning team at your current company from scratch.

That's actually what has made this a hard decision. This role is a planner seat in a team of three, with no people responsibility, and it will mostly be weekly replenishment runs. Having led a team of eight and set up an S&OP process, we both came away worried that you would be under-challenged within months and that it wouldn't be fair to you or to us. So we've decided not to offer you the role.

Wishing you all the best with the next step, which I'm sure will be a bigger one.

Regards
Jacques Pretorius
Planning Manager, Orion Healthcare Logistics`, 'Planner role - thank you'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Lerato

Thank you for attending the interview with Johan and the Steelpoort operations team for the Mine Logistics Planner position.

The panel was impressed with your planning experience. However, this role is based on site for three weeks out of four and requires the planner to drive between shafts and the concentrator plant daily. During the interview you confirmed that you do not currently have a driver's licence, and you also have not yet worked under the Mine Health and Safety Act. Because of these two site requirements we have decided not to proceed with your application for this position.

If you would like to discuss this further, please feel free to contact me.

Regards
Zanele Mthembu
Recruitment Specialist, Marula Copper`, 'Mine Logistics Planner - outcome'),

  rej('interview', ['culture_fit'], { ...door },
    `Hi Lerato,

Thank you for spending time with the team last week. It was lovely to meet you.

After the interviews we took some time to think about how each candidate would fit with the way our small team works together. We've decided to go with someone we feel is a stronger fit with our team culture at the moment.

We'd love to stay in touch. If you see another role with us that interests you, please do apply.

Warm wishes,
Lindiwe
People & Culture, Kite Supply Chain Advisory`, 'Thank you from Kite'),

  rej('interview', ['location'], { ...fb, ...door },
    `Hi Lerato,

Thank you for the two conversations with Sanne and our Head of Operations. We really enjoyed getting to know you and your work.

We have to be honest about one thing that came up in the second interview. The Venlo hub needs its planner on site at least four days a week from 1 September. You told us you can't move before early next year because of your notice period and your children's school year, and the IND process would add another two months on top of that. The team can't leave the seat empty that long, so with regret we've decided not to continue.

We'd very much like to hear from you when you are ready to relocate, as there may be another opening at that point.

Groeten,
Team Vandermolen`, 'Supply Chain Planner (Venlo) - our decision'),

  // ── rejections at the last stage
  rej('final', ['profile_mismatch'], { ...offered, ...door },
    `Dear Lerato,

Thank you for everything you put into the process for the Senior Demand Planner role, and especially for travelling to Dubai for the final round. It was a pleasure to host you.

You were one of the final two candidates, and the decision was very close. In the end, the panel selected the candidate whose overall background aligned slightly better with the role.

We would be happy to arrange a call with our Head of Supply Chain to share feedback if you would find it helpful. We would also be delighted to stay in touch, as we expect to grow the planning team next year and would like to consider you for future roles.

Best regards,
Priya Menon
Senior Consultant, Gulf Horizon Recruitment`, 'Senior Demand Planner - final decision'),

  rej('final', ['position_filled'], {},
    `Dear Lerato,

Thank you for your patience while we completed reference checks on our final candidates for the Head of Planning role, and please pass on our thanks to your referees.

We have now made an offer, and it has been accepted. The position is therefore filled, and we won't be progressing your application further.

It was a privilege to meet you through the process and we wish you every success.

Kind regards,
Thabo Nkosi
Director, Pinnacle Supply Chain Search`, 'Head of Planning - outcome'),

  rej('final', ['internal_candidate'], {},
    `Dear Lerato

Thank you for attending the final interview and presentation with our Executive Committee for the position of Supply Chain Planning Manager.

We would like to inform you that, following the conclusion of the final round, the Committee has decided to appoint a candidate from within the organisation. We are therefore unable to offer you the position.

We are grateful for the time and effort you invested throughout this lengthy process.

Yours sincerely
Human Resources
Jacaranda Airways`, 'Supply Chain Planning Manager - final outcome'),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Hi Lerato,

I've just come off the phone with the client and wanted to update you straight away on the Regional Planning Lead role.

You made it to the last two, and they were honestly torn. What tipped it in the end was multi-country S&OP. The other finalist has run a monthly S&OP cycle across five countries, and you told them in the final interview that your experience has been within South Africa only. With the role covering the whole SADC region, they felt that experience was essential.

I know that's tough to hear after three rounds. I'll be in touch about other roles because I think you're very marketable.

Cheers
Mpho
TalentBridge Recruitment`, 'Regional Planning Lead - client decision'),

  rej('final', ['role_closed'], {},
    `Dear Lerato,

Thank you for attending the final interview for the position of Logistics Manager, Gauteng Region, and for your patience since then.

I regret to inform you that, following a group-wide restructuring announced this week, the Gauteng and KwaZulu-Natal regions will be merged under one regional logistics manager, and this position has been withdrawn. We are therefore unable to conclude the appointment.

Please accept our apologies for the disappointment this causes after such a long process.

Kind regards,
Human Resources
Springbok Pharma Distribution`, 'Logistics Manager, Gauteng Region'),

  rej('final', ['generic'], {},
    `Lerato,

Thanks for coming in for the last round on Monday and for meeting the board. I know it's been a long process.

After a lot of deliberation, we've decided not to go ahead with you for this role. I'm sorry it's not the news you were hoping for.

All the best,
Kagiso Molefe
CEO, Tswelopele Logistics`, 'Re: Head of Operations'),

  rej('final', ['salary'], { ...fb },
    `Dear Lerato,

Thank you for your time at the final interviews with our Managing Director and Finance Director for the Head of Logistics role.

The panel was very positive about your candidacy. However, after further discussions on remuneration, we were unable to bridge the gap between your expectation of R1.15 million CTC and the maximum of R950 000 that has been approved for this role. With regret, we have therefore decided not to proceed to an offer.

We thank you for your understanding and wish you well.

Kind regards,
Human Resources
Crown Cargo Services`, 'Head of Logistics - outcome'),

  // ── paused processes
  hold('interview', ['role_closed'], {},
    `Dear Lerato,

Thank you for your interview for the Supply Planning Analyst role and for your patience since then.

I wanted to give you an honest update. Last week the business announced a temporary hiring freeze while we review our second-half budgets. This role is currently on hold, so we are not able to make any decisions for now.

Your application has not been declined, and you remain on our shortlist. We expect to have more clarity by the end of next month and will contact you as soon as we do.

Kind regards,
Mzansi Brands Talent Team`, 'Supply Planning Analyst - update'),

  hold('screen', ['role_closed'], {},
    `Dear Lerato

Thank you for your time on our recent call about the Project Logistics Planner role on our Tubatse East expansion project.

Please be advised that the expansion project is awaiting final board approval, which has been delayed to the next quarter. As a result, recruitment for all project roles has been postponed until approval is granted.

We would like to keep your application open and will contact you once the project is approved. We apologise for the delay.

Regards
Human Capital, Marula Copper`, 'Project Logistics Planner - recruitment postponed'),

  hold('application', ['role_closed'], {},
    `Dear Lerato Khumalo,

Thank you for your interest in the position of Ground Logistics Planner with Gulfwind Airways.

Due to an ongoing organisational review in our Cargo division, recruitment for this position has been temporarily paused. Your application is still on file and remains under consideration. We will contact you once the recruitment process resumes.

We apologise for any inconvenience and appreciate your patience.

Gulfwind Airways Group Recruitment
Powered by Oracle Taleo`, 'Gulfwind Airways: Recruitment update'),

  hold('interview', ['generic'], {},
    `Hi Lerato,

Just a short update after your interview for the Transport Planner (Tilburg) role. Our hiring manager, Bart, has unexpectedly had to take leave for family reasons, so we've had to pause the process for a couple of weeks.

No decisions have been made and you're still very much in the running. I'll be in touch as soon as Bart is back to plan the next steps.

Sorry for the wait!
Sanne de Vries
Talent Acquisition Partner, Vandermolen Logistics`, 'Quick update - Transport Planner Tilburg'),

  hold('assessment', ['role_closed'], {},
    `Hi Lerato,

Thanks again for the case study. Our partners were impressed by your presentation.

Unfortunately, the client engagement this Consultant role was meant to support has been put on hold by the client while they finish an acquisition. Until we have a new start date for the project, we can't take the hiring decision.

We haven't ruled you out at all. We'll pick things up with you again as soon as the client confirms. We expect this to take four to six weeks.

Best,
Daniel Okafor
Meridian Operations Partners, London`, 'Consultant role - pause in the process'),

  hold('final', ['role_closed'], {},
    `Dear Lerato,

Thank you for taking part in the final round for the Demand Planning Manager role.

We have completed all final interviews. However, our year-end budget approval is taking longer than expected and we cannot make an offer for this role until the new headcount has been signed off. We expect this in early March.

Please know that no decision has been made about your candidacy, and you remain one of our preferred candidates. We are sorry for the delay and will update you as soon as we can.

Kind regards,
Kestrel Retail Group Talent Acquisition`, 'Demand Planning Manager - delay'),

  hold('screen', ['location'], {},
    `Hi Lerato,

Thanks for the call last week about the Supply Planning Manager role in Manchester.

A quick update: my client has told me that their sponsor licence is up for renewal with the Home Office, and until it's confirmed they've paused all candidates who would need a Skilled Worker visa. They're expecting an answer in the next four to six weeks.

Nothing has been decided about your application, which is still with them. I'll come back to you as soon as I hear more.

Best wishes,
Oliver Grant
Pennant Search`, 'Supply Planning Manager, Manchester - sponsorship update'),
];
