/**
 * SEALED, seventeenth part: about 120 whole messages written one by one, each from its own employer. A hundred
 * rejections from about a hundred employers across sectors and countries — US tech and finance, UK councils,
 * universities and NHS trusts, Indian IT services and start-ups, Australian mining and retail, German and Dutch firms
 * writing in English, Nigerian and Kenyan banks, Singapore logistics, charities, hospitals, law firms, game studios,
 * restaurants and hourly retail, trades and apprenticeships — about a fifth at each stage (sift, screening call,
 * test or take-home or trial shift, interview, final round), with the stage often told only in passing ("after
 * meeting Priya and Tom", "thanks for the time you spent on the case", "following the presentation day", "having
 * reviewed your recorded answers", "the last two candidates"). Reasons cover the whole vocabulary, two in some, said
 * politely or in passing; specific feedback sits mid-letter in several, is refused in others and offered in others;
 * doors open and closed. Voices: ATS auto-mails with footers and reference numbers, HR templates, agency recruiters,
 * hiring managers, founders' one-liners, very long letters, replies quoting the earlier message, HTML bodies,
 * second-language writers, and Indian, British, American, Australian, Nigerian and Kenyan English. Five paused
 * processes, and fifteen look-alikes that use rejection-like words (an acknowledgement that cannot reply to everyone,
 * a moved interview, a full event, the candidate's own withdrawal confirmed, "still under consideration", an offer,
 * an invitation, a job alert, a resubmission request, an assessment reminder, a declined offer acknowledged, a next
 * round, an expenses claim, a recruiter's new role, an incomplete application).
 * Written before the as-of model change was scored on it; to be scored once, never read to fix a miss and never
 * trained on.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s17-');

/** rejections after nothing more than the application */
const SIFT: readonly CorpusLine[] = [
  rej('application', ['generic'], {}, `Hi Jordan,

Thank you for your interest in the Senior Product Analyst position at Tessellate Labs and for taking the time to apply.

We've now had a chance to review your application, and we have decided not to move forward at this time. We received a large number of applications for this role and the decision was not an easy one.

We wish you all the best in your search.

The Tessellate Labs Recruiting Team

Tessellate Labs, Inc. · 500 Brannan St, San Francisco, CA 94107
Application ID: 4471-2290-TL · Powered by Greenhouse
You are receiving this email because you applied for a job at Tessellate Labs. Unsubscribe`, 'Your application to Tessellate Labs'),

  rej('application', ['profile_mismatch'], door, `Dear Candidate,

Greetings from Trivikram Infotech!

We thank you for showing interest in the position of Senior Test Engineer (Automation) at our Bengaluru location.

Post careful screening of your profile by our Talent Acquisition team along with the concerned delivery unit, we regret to inform that your profile is not matching with the current requirement. Hence we will not be able to take your candidature forward at this point of time.

Kindly note that your resume shall be retained in our database for a period of six months and you will be contacted in case any suitable opening arises matching your profile.

Wishing you all the very best for your future endeavours.

Warm Regards,
Talent Acquisition Team
Trivikram Infotech Ltd.
"Building Tomorrow, Today"

This is a system generated mail. Please do not reply to this mail id.`, 'Application Status - Trivikram Infotech Ltd - Req ID TIL/BLR/2291'),

  rej('application', ['skills_gap'], fb, `Dear Ms Okonkwo,

Thank you for applying for the post of Lecturer in Environmental Science (Education and Research), reference EAS-0412.

The shortlisting panel met on 14 May and considered all applications against the essential and desirable criteria in the person specification. I am sorry to let you know that on this occasion you have not been shortlisted for interview.

The panel asked me to pass on that the award of a PhD (or submission of the thesis before the start date) is an essential criterion for this post, and as your application indicated that your doctorate is at the writing-up stage with submission planned for next year, they were unable to take it further. They did note the strength of your fieldwork record.

Thank you again for your interest in the University.

Yours sincerely,

Helen Marsh
Recruitment Administrator, Human Resources
University of Eastmoor`, 'Lecturer in Environmental Science (Ref: EAS-0412) – outcome of shortlisting'),

  rej('application', ['location'], { ...fb, ...door }, `Hi Sipho,

Thanks for applying for the Maintenance Planner role with Pilbara Ridge Resources at our Marandoo Creek operation.

We've reviewed your application and unfortunately we're unable to progress it. For this role we need candidates to hold full Australian working rights (citizenship or permanent residency), and we aren't in a position to offer visa sponsorship for it. From your application, we understand you would require sponsorship.

We'd encourage you to set up a job alert on our careers site — some of our senior engineering roles do come with sponsorship, and we'd be happy to see an application from you for one of those.

Regards,
Talent Acquisition | Pilbara Ridge Resources
Level 9, 200 St Georges Terrace, Perth WA 6000`, 'Pilbara Ridge Resources – Maintenance Planner (Job No. 11842)'),

  rej('application', ['position_filled'], {}, `Dear Mr Tan,

Thank you for your application for the position of Operations Executive (Air Freight) with Straits Freight Pte Ltd.

We wish to inform you that the position has since been filled. As such, we are unable to proceed further with your application.

We appreciate your interest in our company and wish you success in your job search.

Best regards,
Human Resource Department
Straits Freight Pte Ltd
21 Changi North Crescent, Singapore 499617`, 'Re: Application for Operations Executive (Air Freight)'),

  rej('application', ['position_filled'], door, `Hi Keira, thanks for dropping your CV in on Saturday! We've actually already filled the weekend spots for now. Try us again around October when the students head back x - Lucia

Sent from my iPhone`, 're: weekend waitstaff'),

  rej('application', ['skills_gap'], fb, `Dear Mr. Fernández,

thank you very much for your application as Sales Engineer (m/f/d) for our location in Bielefeld and the interest in our company.

We have examined your documents with great care. Unfortunately we must tell you that we can not consider your application further. For this position the contact with our customers in the DACH region is mainly in German language, therefore very good German skills (at least C1) are necessary. In your documents you state German on level A2, so this requirement is not fulfilled at the moment.

According to GDPR your documents will be deleted after six months.

We wish you for your further professional way all the best and much success.

With kind regards

i.A. Sabine Wöhrle
Human Resources
Heller & Kraus Maschinenbau GmbH
Am Stadtholz 17, 33609 Bielefeld
Managing directors: Dr. Thomas Heller, Anja Kraus | HRB 41288 Amtsgericht Bielefeld`, 'Your application as Sales Engineer (m/f/d) – Heller & Kraus Maschinenbau GmbH'),

  rej('application', ['generic'], door, `Dear Applicant,

Thank you for applying for the role of Programme Officer (Refugee Legal Access) at the Open Harbour Foundation. We were genuinely moved by the number of people who want to work alongside us — we received over 640 applications for this post.

We're sorry to tell you that your application has not been selected to go forward. Because of the volume, and because we are a small team, we aren't able to give individual feedback on applications at this stage. We hope you'll understand.

Please do keep an eye on our vacancies page and consider applying for future roles; we'd be glad to hear from you again.

With warm wishes,
People & Culture
Open Harbour Foundation
Registered charity no. 1187420`, 'Programme Officer (Refugee Legal Access) – your application'),

  rej('application', ['profile_mismatch'], {}, `Dear Amelia,

Thank you for your application for a 2028 Training Contract with Ashdown Pryce LLP.

This year we received more than 3,100 applications for 28 places. Each application was read by a member of our graduate recruitment team and considered alongside others in the same cohort. We regret that, on this occasion, other applications demonstrated a closer match to the competencies we assess at this stage, and we will not be progressing yours.

Owing to the volume of applications we are unable to provide feedback at the application stage.

We wish you every success with your career.

Yours sincerely,
Graduate Recruitment
Ashdown Pryce LLP

Ashdown Pryce LLP is a limited liability partnership registered in England and Wales (OC312884), authorised and regulated by the Solicitors Regulation Authority.`, 'Ashdown Pryce LLP – 2028 Training Contract application'),

  rej('application', ['role_closed'], door, `Hi Marcus,

Thanks for applying to be a Part-Time Deli Clerk at FreshMart #2217 (Dayton, OH).

We wanted to let you know that this store has adjusted its staffing plan for the season and is no longer hiring for this position, so we won't be moving your application forward.

The good news: your FreshMart candidate profile stays active. You can apply to other openings nearby in just a few taps, and we'll send you new matches as stores start hiring.

Go to My Applications >

FreshMart Supermarkets, Inc. is an Equal Opportunity Employer.
Questions? Visit help.freshmartjobs.com. Please don't reply to this email.`, 'An update on your FreshMart application'),

  rej('application', ['overqualified'], { ...fb, ...door }, `Hey Dmitri,

Thanks so much for applying to the Junior Gameplay Programmer opening! We went through your portfolio and really enjoyed the shipped titles on there.

Honestly, that's also why we're not moving ahead: this role is an entry-level spot built around mentoring someone in their first year or two, and with eight years and two lead credits behind you, you'd be way past what it's set up for. We don't think it'd be a good experience for you.

We'll have senior and lead openings later this year as pre-production on our next project ramps up — please keep an eye on our jobs page, we'd love to see your name come through for one of those.

Cheers,
Lotte
Recruitment @ Bramblehaus Games`, 'Junior Gameplay Programmer – Bramblehaus'),

  rej('application', ['salary'], fb, `Dear Ravi,

Thank you for your interest in the Fund Accountant, Private Credit position at Pinecrest Capital Management.

After reviewing your application, we have decided not to proceed. The compensation expectation indicated on your application ($135,000 base) is above the range approved for this position, and we are unable to adjust it at this time.

We appreciate your time and wish you the best.

Pinecrest Capital Management LP
Human Resources
320 Park Avenue, New York, NY 10022`, 'Pinecrest Capital | Fund Accountant, Private Credit'),

  rej('application', ['skills_gap'], { ...fb, ...door }, `Dear Wanjiru,

RE: APPLICATION FOR THE POSITION OF FINANCE OFFICER – REF: SBK/FIN/03/25

We acknowledge with thanks receipt of your application for the above position.

We regret to inform you that your application was not successful. The position requires the applicant to be a holder of CPA (K) and a registered member in good standing of ICPAK, and your application did not indicate completion of CPA Section 6.

We shall retain your details in our database and should a suitable vacancy arise in future, we shall not hesitate to contact you.

We thank you for your interest in joining Savanna Bank and wish you success in your career.

Yours faithfully,

For: SAVANNA BANK KENYA LIMITED
HEAD, TALENT ACQUISITION

Savanna Bank Kenya Ltd is regulated by the Central Bank of Kenya.`, 'SAVANNA BANK KENYA LTD - APPLICATION FOR THE POSITION OF FINANCE OFFICER (REF SBK/FIN/03/25)'),

  rej('application', ['location'], fb, `Hi Aisha,

Thank you for applying for the Backend Engineer (Go) role at Grachtwerk. We liked what we saw on your GitHub!

Unfortunately we need to say no this time. We are remote-first but only within CET plus or minus two hours, because the team does a lot of pairing and we want to keep normal working hours for everybody. With you based in Vancouver the overlap would be too small, and we don't have a legal entity outside the EU to employ you locally.

Sorry it's not better news. Good luck with your search!

Groetjes,
Bram de Wit
Engineering Manager, Grachtwerk`, 'Grachtwerk x you'),

  rej('application', ['generic'], offered, `Dear Mr Bello,

Application for: Housing Officer (Tenancy Sustainment)
Reference: HBC/2291/0057

Thank you for your interest in working for Hartwell Borough Council.

The recruiting panel has now completed shortlisting for this vacancy. I am sorry to inform you that on this occasion you have not been shortlisted for interview.

If you would like feedback on your application, please contact the recruiting manager, Karen Holt, on 01632 960 418 within 14 days of this email.

Thank you for the time you have taken to apply.

Yours sincerely

HR Recruitment Team
Hartwell Borough Council

Please do not reply to this email as the mailbox is not monitored.`, 'Hartwell Borough Council: Application HBC/2291 – Housing Officer'),

  rej('application', ['culture_fit'], fb, `Hey Nikhil — read your note. Honestly we're 9 people, nothing is defined, and you've been very clear you want a set remit and a proper team under you. That's not us right now and I don't want to waste your time. Passing, but really appreciate you reaching out.

– Arjun, Kiranam`, 'Re: Category Manager role'),

  rej('application', ['internal_candidate', 'position_filled'], door, `Dear Grace,

Thank you for applying to the Registered Nurse – Cardiac Step-Down (Nights) position, Requisition #RN-40918.

This position has been filled through an internal transfer. Mercy Valley gives first consideration to current team members, and as a result we will not be moving forward with external applicants for this requisition.

We encourage you to visit careers.mercyvalleyhealth.org to view and apply for other openings that match your interests.

Sincerely,
Talent Acquisition
Mercy Valley Medical Center

This is an automated message. Replies are not monitored.`, 'Mercy Valley Medical Center – Application Update (Req #RN-40918)'),

  rej('application', ['skills_gap'], { ...fb, ...door }, `Hi Callum,

Thanks for applying for our Level 3 Electrical Installation apprenticeship starting in September.

We've been through your application and I'm afraid we can't offer you a place on the assessment day this time. Our training provider needs a grade 4 (or above) in GCSE Maths and English before you start, and your application shows a grade 3 in Maths.

Please don't be put off. Loads of our best apprentices resat their maths first. If you get your grade 4 this summer or in the November resits, apply again for the January intake — we'd be really pleased to see you back.

All the best,
Debbie Walsh
Apprenticeship Coordinator
Hallam Electrical Services Ltd, Sheffield`, 'Your Electrical Installation Apprenticeship application'),

  rej('application', ['profile_mismatch'], door, `Hi Tom,

Just closing the loop on the VP Treasury Operations role at my client (the regional bank in Charlotte I mentioned in my first email).

I put your résumé forward last Thursday and heard back this morning. They've reviewed it alongside the other submissions and feel a couple of the other profiles line up more closely with what they're after, so they won't be taking yours to interview.

Not the outcome either of us wanted. I'll definitely keep you in mind — I've got a couple of treasury searches opening up next month and I'll reach out if they look like a match.

Best,
Kendra Oyelaran
Senior Recruiter, Finance & Accounting
Bluegate Search Partners
(704) 555-0183`, 'RE: VP, Treasury Ops – client update'),

  rej('application', ['overqualified', 'salary'], fb, `Hi Renée,

Thank you for applying for the Visual Merchandiser position at our Chadstone store.

We really appreciated reading about your background. Having led visual merchandising across a 40-store network, you'd bring far more experience than this store-level role needs, and the pay for it sits well below what you were earning in your last position. We don't think it would be a fair fit for you, so we won't be progressing your application.

Thanks again, and best of luck with your next step.

Kind regards,
Wattle & Co People Team
Melbourne VIC`, 'Wattle & Co – Visual Merchandiser, Chadstone'),
];

/** rejections after a screening call */
const SCREEN: readonly CorpusLine[] = [
  rej('screen', ['skills_gap'], { ...fb, ...door }, `Hi Sam,

Thanks again for making time for our call last week — I enjoyed hearing about the migration work you led at your current company.

I wanted to follow up personally. We've decided not to move you forward to the technical rounds for the Platform Engineer role. This one sits close to the metal on our orchestration layer, and the other people we're advancing brought more hands-on time running Kubernetes in production than came across in our conversation.

That's really the only thing — your Terraform and observability background is solid. If you pick up more k8s experience I'd genuinely like to talk again, and I'll reach out if a role opens on the developer-tools side where that matters less.

Best,
Jess Moreno
Technical Recruiter, Cobaltline`, 'Cobaltline – Platform Engineer'),

  rej('screen', ['salary'], { ...fb, ...door }, `Hi Olu,

Hope your week's going well. Following our phone screen on Monday I spoke with the hiring manager at Ledgerline about you this afternoon.

They really liked the look of your background, but the sticking point is money: your expectations (£105k base) are above the band they've got signed off for this one, which tops out at £92k, and they've said they can't go above it this year. So they've decided not to take it further.

I know that's frustrating. If your number changes, or you'd consider a lower base with a bigger bonus element, let me know and I'll go back to them. Either way I'll keep you posted on other lead roles coming through.

Cheers,
Harriet

Harriet Lowe | Principal Consultant | Northbank Talent | London EC2`, 'Lead Data Engineer – feedback from client'),

  rej('screen', ['location'], { ...fb, ...door }, `Dear Mr. Harish Kumar,

Thank you for the time given for the telephonic discussion with our HR team on 18th instant regarding the SAP FICO Consultant position at our Chennai development centre.

As discussed during the call, the position is purely work from office at Chennai (Siruseri) and there is no option of remote working or posting at Hyderabad. As you have conveyed that relocation to Chennai is not feasible for you due to family commitments, we are unable to proceed with your candidature for this requirement.

We appreciate your interest in SCS and request you to kindly apply to our openings at the Hyderabad location as and when they are published on our careers portal.

Thanks & Regards,
Lakshmi Priya R
Talent Acquisition | Sahyadri Consultancy Services Ltd.`, 'Sahyadri Consultancy Services - Update on your candidature for SAP FICO Consultant'),

  rej('screen', ['overqualified'], { ...fb, ...door }, `Dear Mrs. Novak,

thank you for the pleasant introductory call last Wednesday and for your interest in Vossberg Automotive.

We have thought about the conversation carefully. With more than 15 years in supplier quality and the leadership of a whole department, your profile goes clearly beyond the requirements of this position, which is an operative role in a team without personnel responsibility. We are afraid the position would not offer you enough room for development, and so we decided not to continue the process.

We would be glad however to keep your profile in our talent pool for leading positions in quality management, if you agree. Please give us a short notice.

Kind regards from Ingolstadt

Markus Brenner
Talent Acquisition
Vossberg Automotive GmbH`, 'Your application: Quality Engineer Supplier Management (ID 2025-1187)'),

  rej('screen', ['role_closed'], door, `Hi Mei Ling,

Thank you for speaking with me on the phone on Tuesday about the Warehouse Supervisor role at our Tuas facility.

Unfortunately, I have just been informed by management that the headcount for this position has been frozen for the rest of the financial year, following a change in one of our major client contracts. This means we will not be able to continue with your application.

This is not a reflection on you at all. I have kept your details and will contact you first if the role is reopened or a similar opening comes up.

Best regards,
Jasmine Koh
Senior HR Executive
Jurong Link Logistics Pte. Ltd.`, 'Warehouse Supervisor (Tuas) – update'),

  rej('screen', ['position_filled'], {}, `Dear Chukwuemeka,

We refer to your application for the above position and the subsequent phone conversation you had with our Human Capital team.

We wish to notify you that the position has now been filled. Consequently, we are unable to proceed further with your application.

Please accept our appreciation for the interest you have shown in Lagoon Commercial Bank Plc. We wish you the very best in your future endeavours.

Yours faithfully,
For: Lagoon Commercial Bank Plc
Human Capital Management Division
Plot 14, Adeola Odeku Street, Victoria Island, Lagos`, 'LCB Plc: Relationship Manager (Corporate Banking) - Notification'),

  rej('screen', ['profile_mismatch'], offered, `Hi Paloma,

Thanks for chatting with me on Tuesday — it was fun hearing about your tabletop campaign and the interactive fiction you've been working on.

I've since gone through my notes with our Narrative Director, and we've decided not to move you forward to the next stage. We had a strong pool for this one, and there were candidates whose backgrounds lined up more closely with what the team needs right now.

If you'd like a bit more detail on where things landed, just reply to this email and I'll pass along the notes we have. Thanks again for your interest in Ninefold!

Best,
Theo
Recruiting, Ninefold Interactive (Montréal)`, 'Ninefold – Narrative Designer'),

  rej('screen', ['skills_gap'], { ...fb, ...door }, `Dear Ms Byrne,

Thank you for taking part in the screening call with our Nurse Recruitment Officer on 2 June in relation to the Staff Nurse – Intensive Care Unit competition.

Having considered your application and the information from the call, we are unable to progress your application to the interview stage. The ICU posts in this competition require a minimum of 12 months' post-registration experience in an acute hospital setting, and we note that your post-registration experience to date has been in community and residential care.

We would encourage you to consider our Acute Medicine Staff Nurse posts, which are open to newly registered nurses and for which we would be pleased to receive an application. You are also welcome to reapply for ICU once you meet the criteria.

Yours sincerely,

Nursing Recruitment
St. Aldric's University Hospital
Dublin 8`, 'Staff Nurse – Intensive Care Unit (Competition 2025/ICU/14)'),

  rej('screen', ['internal_candidate'], {}, `Dear Daniel,

Thank you for speaking with me earlier this month about the mid-level Real Estate associate opening in our Houston office. I appreciated the chance to learn about your practice.

I wanted to let you know that the practice group will be meeting this need internally: an associate in our Dallas office has asked to relocate to Houston, and the partners would like to give her the opportunity. As a result, we are not moving forward with outside candidates, including you.

Thank you again for your time and interest in the firm.

Regards,
Claire Ashby
Senior Manager, Legal Recruiting
Whitlock Reyes LLP`, 'Whitlock Reyes – Mid-level Associate, Real Estate (Houston)'),

  rej('screen', ['culture_fit'], fb, `Hi Dev,

Thank you for the fifteen-minute call on Friday. It was great to hear how much your time coaching at the boxing club shaped you.

We've reflected on the conversation as a team, and we don't think this is the right match. The way you described liking to work — setting your own direction, moving fast and making calls on your own — is genuinely a strength, but our organising model is slow and collective by design: every campaign decision goes through the youth steering group, and a lot of the job is stepping back. We worried you'd find that frustrating and that it wouldn't be the right environment for you.

We really value you reaching out to us and wish you all the best.

In solidarity,
Nadia
Youth Forward Alliance, Bristol`, 'Youth Forward – Community Organiser role'),

  rej('screen', ['generic'], {}, `Dear Ms. Alvarez,

Thank you for the time you spent speaking with Dana Whitfield from our recruiting team about the Equity Research Associate position.

After careful consideration, we have decided to pursue other candidates for this role. Please understand that, as a matter of firm policy, we are unable to provide specific feedback regarding individual candidates.

We appreciate your interest in Marrowfield and wish you continued success.

Sincerely,
Marrowfield Securities LLC
Campus & Experienced Hire Recruiting
Chicago, IL`, 'Marrowfield Securities – Equity Research Associate'),

  rej('screen', ['location'], { ...fb, ...door }, `G'day Liam,

Thanks for having a yarn with me on the phone yesterday arvo about the Fixed Plant Maintainer role.

After we hung up I checked with the site team, and unfortunately we can only take people who are based in Perth or can get themselves there for each swing — our charters only leave from Perth Airport and we don't cover flights from the east coast. Since you mentioned you're staying in Townsville for the foreseeable, we can't take your application any further for this one.

If you do end up moving west, give me a bell. We're always after good fitters.

Cheers,
Brett Cullen
Recruitment Advisor
Goldfields Ironstone Pty Ltd | Kalgoorlie WA`, 'Goldfields Ironstone – Fixed Plant Maintainer (FIFO 2/1)'),

  rej('screen', ['generic'], door, `Dear Mr. Adeyemi,

Thank you for the introduction call via Teams of last Monday, and for your interest in the position of Planner Container Terminal at Rijnmond Port Services.

In the meantime we have spoken with several candidates. After consideration we have decided to continue the procedure with other candidates. We realise this is disappointing news for you.

With your permission we keep your data in our files for one year, so that we can contact you if a suitable vacancy arises. If you do not want this, you can tell us by a reply on this mail.

We wish you a lot of success in your search.

With kind regards,

Ingrid Verhoeven
Recruiter
Rijnmond Port Services B.V.
Maasvlakte, Rotterdam`, 'Application Planner Container Terminal'),

  rej('screen', ['position_filled'], door, `Dear Brian,

Thank you for your interest in the position of Customer Experience Officer and for availing yourself for the phone interview with our Human Resources team on 4th March.

We wish to inform you that the recruitment process for this position has been concluded and a suitable candidate has been identified. We are therefore unable to take your application further.

We shall keep your CV in our talent pool and may contact you should a suitable opportunity arise.

We wish you all the best in your career.

Regards,
Human Resources Department
Tana Equity Bank Ltd
Upper Hill, Nairobi`, 'Tana Equity Bank - Customer Experience Officer'),

  rej('screen', ['overqualified', 'salary'], { ...fb, ...door }, `Hi Shreya,

Thanks a lot for the call yesterday, really enjoyed it.

Thinking about it overnight, I'll be upfront. You've run a 40-person growth org at a unicorn; what we need right now is one person who will personally run our Meta and Google campaigns and write the CRM flows. I don't think you'd stay challenged for long, and frankly the ₹28-32L we've budgeted is far below what you should be (and are) earning. So I'd rather not drag this out.

If we close our Series A next year and need a head of growth, you're honestly the first person I'd call.

Cheers,
Kunal
Co-founder, PaisaPath`, 'Re: PaisaPath - Growth Marketing'),

  rej('screen', ['role_closed'], {}, `Dear Ms Adebayo,

Thank you for taking the time to speak with our recruitment partner, Sterling Appleby, about the role of Faculty Operations Manager in the Faculty of Life Sciences.

I am writing to let you know that, following a review of professional services structures across the College, the Faculty has decided not to proceed with this appointment. The post has been withdrawn, and we are therefore closing the recruitment campaign and will not be taking any applications further.

We are sorry for any disappointment this may cause and thank you for your interest in Kingsmere.

Yours sincerely,
HR Recruitment Services
Kingsmere College London`, 'Kingsmere College London – Faculty Operations Manager (Ref 014662)'),

  rej('screen', ['generic'], door, `Hey Tyler!

Thanks for the quick phone chat with Marco, our GM at the Westgate location. We appreciate you wanting to join the crew 🌯

We've decided to go with other applicants for this round of hiring. Don't sweat it — we hire all year, so feel free to apply again anytime at sunriseburrito.com/jobs.

Stay spicy,
Sunrise Burrito Co. Hiring Team`, 'Sunrise Burrito Co. - Crew Member (Westgate)'),

  rej('screen', ['location'], { ...fb, ...door }, `Hi Priyanka,

Thanks for getting back to me so quickly, and for being straightforward about the relocation question.

Since the role needs someone in our Nashville office at least three days a week (client go-lives are run from there), and you've let me know moving from Denver isn't on the table right now, we won't be able to move forward. I'm sorry, because the team liked your Epic background a lot.

I'll let you know if a fully remote implementation role opens up.

Best,
Marcy Holcomb
Talent Partner | Ridgeback Health

On Tue, Apr 8, 2025 at 4:12 PM Priyanka Rao wrote:
> Hi Marcy,
> Thanks so much for the call today. To answer your question at the end — I'm not in a position to relocate to Nashville this year, but I could travel for go-lives as needed. Hope that still works!
> Priyanka`, 'Re: Ridgeback – Senior Implementation Consultant'),

  rej('screen', ['profile_mismatch'], {}, `Dear Mr. Kowalczyk,

many thanks for the first telephone call and your interest in Brandt Logistik.

We have compared your profile once more with the requirements of the position and with the other applications. In the end the profiles of other candidates correspond better to what we are searching for, and therefore we decided against you in this case.

Please understand that for legal reasons (General Equal Treatment Act) we do not give detailed reasons for our decisions.

We thank you for your trust and wish you all the best for the future.

Best regards
Katrin Ahlers
HR Business Partner
Brandt Logistik SE & Co. KG, Hamburg`, 'Your application – Team Leader Customs Clearance (Hamburg)'),

  rej('screen', ['salary'], { ...fb, ...door }, `Morning Gaz,

Quick one after our call. I've spoken to Ironbridge and they're not going to take you forward for the Leeds site manager job. Nothing to do with your tickets or experience, they rated both. It's purely that you're at £65k plus van and their ceiling for this one is £58k all in, and they won't budge on it.

Sorry mate. I've got a couple of main contractor jobs coming up in Wakefield that pay nearer your number, I'll ring you next week about them.

Cheers,
Dean Foley
Foley Construction Recruitment`, 'Site Manager – Ironbridge (Leeds)'),
];

/** rejections after a test, take-home, case, trial shift or pre-employment check */
const TESTED: readonly CorpusLine[] = [
  rej('assessment', ['assessment'], { ...fb, ...door }, `Hi Marta,

Thank you for the time you put into the take-home exercise. We know it's a real ask on top of a full-time job, and we don't take that lightly.

Two of our engineers reviewed your submission against the same rubric we use for everyone. They liked the structure of your API, and the README was one of the clearer ones we've seen. Where it fell short was the rate limiter: the implementation isn't safe under concurrent requests (two goroutines can both read the old count before either writes), and there were no tests covering that path. Since correctness under concurrency is central to this role, we've decided not to move forward to the onsite.

We'd be glad to see you apply again in the future — candidates can re-interview with us after six months.

All the best,
Priya Nandakumar
Engineering Recruiting, Vantablue`, 'Vantablue – take-home review'),

  rej('assessment', ['assessment'], door, `Dear Candidate,

Greetings from Nexora Technologies Pvt. Ltd.!

Thank you for appearing for the Online Assessment conducted on 22-Feb-2025 for the Graduate Engineer Trainee 2025 hiring.

We regret to inform you that you have not cleared the cut-off for the assessment and hence will not be considered for the further rounds of the selection process.

Please note you will be eligible to reapply for Nexora openings after a cooling period of 6 months from the date of this assessment.

Best Wishes,
Campus Hiring Team
Nexora Technologies Pvt. Ltd.

*** This is an auto-generated email. Please do not reply. ***`, 'Nexora Technologies - Online Assessment Result - Graduate Engineer Trainee 2025'),

  rej('assessment', ['assessment'], fb, `Dear Applicant,

Vacancy: 338104 – Policy Adviser (HEO), Flood Resilience

Thank you for completing the online tests for this vacancy.

We are sorry to tell you that you have not met the required standard to progress to the next stage of the selection process. Your results were:

Civil Service Judgement Test: 21 out of 40 (pass mark 26)
Verbal Reasoning Test: 31 out of 45 (pass mark 27)

As both tests must be passed, your application will not be taken further for this vacancy.

Kind regards,
Office for Coastal Infrastructure Recruitment Team

Civil Service Jobs – this is an automated email, please do not reply.`, 'Office for Coastal Infrastructure – Vacancy 338104 – Outcome of online tests'),

  rej('assessment', ['assessment'], fb, `Hi Lena,

Thank you for the work you delivered on the case assignment for the Product Owner Payments position, and for sending it in before the deadline.

We have reviewed it with the team. Your user story mapping was clear and well structured. However, the case asked explicitly how you would handle the PSD2 strong customer authentication requirements in the new checkout flow, and this part was missing in your proposal. For this role the regulatory side is a big part of the daily work, so the case was not enough for us to invite you to the next round.

We know this is not the news you hoped for. Thank you again for your effort, and good luck.

Kind regards,
Femke Jansen
Recruitment, Dijkstra Fintech B.V.
Utrecht`, 'Dijkstra Fintech – Product Owner case'),

  rej('assessment', ['assessment'], { ...fb, ...door }, `Hey Jonas,

Thanks for the art test — the moody lighting on the shrine was gorgeous, half the team stopped by my desk to look at it.

I'm sorry to say we won't be moving ahead though. The brief was to match our hand-painted, low-texel style, and your piece went a lot more realistic, with photo-sourced textures; the leads felt that made it hard to judge how you'd slot into our pipeline. That's the main reason.

Please apply again when we open the next environment role. I'd genuinely like to see a stylised piece from you.

Cheers,
Saara
Art Producer, Pixel Tundra (Helsinki)`, 'Pixel Tundra – Environment Artist art test'),

  rej('assessment', ['assessment'], {}, `Dear Ms. Eze,

ASSOCIATE RECRUITMENT EXERCISE 2025 – OUTCOME OF WRITTEN ASSESSMENT

We write with reference to the above and to the written legal research and drafting assessment which you sat at our Ikoyi office on Saturday, 12th April 2025.

We regret to inform you that your performance in the assessment did not meet the standard required to proceed to the interview stage of the exercise.

Kindly note that, given the number of candidates who sat for the assessment, the Firm is unable to provide feedback on individual scripts or to entertain requests for remarking.

We thank you for your interest in the Firm and wish you success in your legal career.

Yours faithfully,
For: OKAFOR & BELLO LEGAL PRACTITIONERS
Head, Human Resources`, 'OKAFOR & BELLO LEGAL PRACTITIONERS - ASSOCIATE RECRUITMENT EXERCISE'),

  rej('assessment', ['position_filled'], {}, `Dear Arun,

Thank you for completing the Excel and forecasting assessment for the Demand Planning Analyst role.

We are sorry to let you know that, while your assessment was still being reviewed, the hiring manager offered the position to a candidate who had completed the process earlier, and the offer has since been accepted. We are therefore closing this vacancy and will not be proceeding further with your application.

We apologise that the timing worked out this way, and thank you sincerely for the effort you put in.

Best regards,
Talent Acquisition
Meridian Cold Chain Pte Ltd
Singapore`, 'Meridian Cold Chain – Demand Planning Analyst'),

  rej('assessment', ['assessment'], { ...fb, ...door }, `Dear Chloe,

Thank you for applying for the 2026 Graduate Nurse Program and for completing the online medication calculation and clinical reasoning assessment.

All applicants to the program must achieve 100% in the medication calculation section, as this is a patient safety requirement. Your results show that two of the twenty questions in that section were answered incorrectly (both involved infusion rate conversions), so unfortunately we are unable to progress your application to interview.

We know how much work goes into a graduate application and we hope this doesn't discourage you. The mid-year intake opens in March, and you are welcome to apply again.

Kind regards,
Nursing Workforce Unit
Royal Tamsin Hospital, Adelaide SA`, 'Royal Tamsin Hospital – Graduate Nurse Program 2026'),

  rej('assessment', ['assessment', 'culture_fit'], {}, `Hi Jake,

Thanks for completing the "Work Style" questionnaire as part of your application for Casual Sales Assistant at Redgum Outdoors Fortitude Valley.

Based on your responses, your results didn't meet the profile we're looking for in our store team. Our stores run on a very hands-on, team-first culture, and the questionnaire is designed to find people whose working preferences line up with that. This means we're unable to progress your application further for now.

Thanks for your interest in Redgum.

Redgum Outdoors Careers
Please do not reply to this email.`, 'Redgum Outdoors – your application'),

  rej('assessment', ['assessment'], door, `Dear Ibrahim,

Thank you for participating in the aptitude test for the Entry Level Loan Officer recruitment which held on Thursday, 6th March 2025 at our Abuja office.

We regret to inform you that you were not successful in the test and will therefore not be invited to the next stage of the recruitment.

Please be assured that your details will remain in our database, and you are encouraged to apply for future openings advertised on our website and social media handles.

Thank you.

Human Resources Unit
Crestfield Microfinance Bank Ltd.
Wuse II, Abuja`, 'CRESTFIELD MFB: ENTRY LEVEL RECRUITMENT – RESULT OF APTITUDE TEST'),

  rej('assessment', ['role_closed'], {}, `Dear Akinyi,

We refer to your application for the position of Credit Analyst and the online aptitude test you completed on 14th January.

We regret to inform you that, following an internal restructuring of the Credit Department, the position has been abolished and will no longer be filled. Consequently, the recruitment process has been discontinued and we shall not be proceeding with your application.

We thank you for your interest in Kilimani Mutual and apologise for any inconvenience caused.

Yours sincerely,
Human Resources
Kilimani Mutual Sacco Society Ltd, Nairobi`, 'Kilimani Mutual - Credit Analyst Position'),

  rej('assessment', ['assessment'], door, `Hi Nathan,

Thank you for completing the coding challenge for the Software Engineer II, Payments Risk role.

Our team has reviewed your results, and unfortunately your score did not meet the bar we've set for this position. We're not able to share detailed results or scoring breakdowns for our technical assessments.

You're welcome to reapply to Kestrel Pay roles six months from today's date, and we'd encourage you to do so.

Best,
Kestrel Pay Talent Team

Kestrel Pay, Inc., 98 San Jacinto Blvd, Austin, TX 78701
You're receiving this email because you applied for a position at Kestrel Pay. Powered by Ashby.`, 'Your Kestrel Pay application'),

  rej('assessment', ['profile_mismatch'], {}, `Dear Mr. Yilmaz,

thank you very much for the time invested in our case study, and for your patience during the last weeks.

After evaluation of all case studies and documents we decided to continue with other candidates, whose overall profile fits better to the requirements of this project. This decision was not easy for us, because the quality of the submissions was very high.

We wish you all the best for your future career and thank you for your interest in Stahlwerk Digital.

Best regards,
Julia Petersen
People & Culture
Stahlwerk Digital GmbH, Düsseldorf`, 'Your application: SAP Consultant FI/CO (Job ID 4471)'),

  rej('assessment', ['internal_candidate'], offered, `Dear Hannah,

Thank you for completing the writing exercise for the Communications Officer post. We asked the six shortlisted applicants for a 500-word supporter update, and we enjoyed reading yours.

I wanted to let you know that we have decided to appoint a colleague who has been covering the communications work on secondment from our fundraising team since the spring. Having seen her in the role, the panel felt it was right to make the arrangement permanent.

I'm sorry this isn't better news. If it would help, I'd be glad to share a few thoughts on your writing piece — just reply and we can set up a short call.

With thanks and best wishes,
Ruth Adeyemi
Head of Supporter Engagement
WellSpring Water Trust`, 'WellSpring Water Trust – Communications Officer'),

  rej('assessment', ['overqualified'], { ...fb, ...door }, `Dear Dr Lindqvist,

Thank you for applying for the post of Research Assistant (Grade 6) on the SHORELINE project, and for completing the data task we set for shortlisted applicants.

The panel were impressed with the task. However, having considered your application in full, they felt that with four years of postdoctoral experience and your own grant record you are considerably more experienced than this post requires; it is designed as an early-career role with close day-to-day supervision. They did not think it would make good use of your experience, and have decided not to invite you to interview.

The project will be advertising a Research Fellow (Grade 7) post in the autumn, and the PI, Professor Gaskell, has asked me to say that she would very much encourage you to apply for it.

Yours sincerely,
Faculty HR Team
University of Wrexley`, 'University of Wrexley – Research Assistant (Grade 6), ref. WX-R-2207'),

  rej('assessment', ['role_closed'], door, `Hi Farah,

Hope you're doing well! Thank you for the sample lesson plan you sent on fractions for Class 6 — the team really enjoyed the activity with the paper strips.

I have some news which is not related to your assignment, unfortunately. Due to a change in our funding plans, the management has decided to cut the budget for the Maths curriculum role this quarter, so we are closing the position and will not be taking any candidates forward.

We'll definitely reach out to you if it reopens, because we'd love to continue the conversation.

Warm regards,
Sneha Kulkarni
People Team, Aarohan Learning Pvt Ltd
Pune`, 'Aarohan - Curriculum Designer (Maths) update'),

  rej('assessment', ['skills_gap'], { ...fb, ...door }, `Hi Evie,

Thanks so much for coming in for the trial shift on Saturday, and sorry it's taken me a few days to get back to you.

The customers loved you and you were great on the floor. The thing that's tipped it is the coffee: whoever takes this on needs to run the machine on their own through the Sunday rush, and on Saturday you needed a fair bit of help with the milk and the grinder. So we're going to keep looking for someone with a year or two behind a coffee bar.

If you get some more barista experience under your belt I'd happily have you back for another trial.

Thanks again,
Jo
The Copper Kettle, Hebden Bridge`, 'Re: trial shift Saturday'),

  rej('assessment', ['assessment'], { ...fb, ...door }, `Hi Kyle,

Thanks for sitting our apprentice aptitude test at the Leicester training centre last Wednesday.

Unfortunately, you didn't reach the pass mark this time. You scored 58% overall against a pass mark of 65%. You did well on the practical pipe-bending task and the mechanical reasoning, but the numeracy section brought your score down (9 out of 20).

We run the test again before every intake and you can resit in six months. Have a go at the practice maths papers on our website before then — lots of people pass second time round.

Best of luck,
Brightwater Plumbing & Heating – Apprenticeship Team`, 'Brightwater Apprenticeships – aptitude test result'),

  rej('assessment', ['location'], { ...fb, ...door }, `Dear Luis,

We are writing regarding your conditional offer of employment for the position of Overnight Stocker at ValueBarn Store #0841.

As explained in your offer, employment with ValueBarn is contingent upon successful completion of pre-employment verification, including confirmation of eligibility to work in the United States. We were not able to complete the employment eligibility verification, because the work authorization document you provided expired on March 3 and we did not receive an updated document within the required time frame.

As a result, we are withdrawing the conditional offer. If you receive renewed work authorization, you are welcome to apply again for positions at ValueBarn.

Sincerely,
ValueBarn Stores, Inc.
Talent Acquisition – Hourly Hiring`, 'ValueBarn: Update regarding your conditional offer'),

  rej('assessment', ['assessment'], fb, `Dear Pooja,

Thank you for participating in the Round 1 online test (technical MCQ + coding) for the Java Developer (3-5 yrs) position at Meghdoot Systems, Noida.

We regret to inform that you have not qualified for the next round. For your reference, in the coding section you were able to solve 1 out of 3 problems fully (the minimum requirement was 2), while your MCQ score was above the cut-off.

We appreciate your interest and wish you luck in your career.

Regards,
HR Team – Meghdoot Systems Pvt. Ltd.`, 'Meghdoot Systems | Java Developer Hiring | Round 1 Result'),
];

/** rejections after one or more interviews */
const INTERVIEWED: readonly CorpusLine[] = [
  rej('interview', ['skills_gap'], { ...fb, ...offered }, `Dear Joseph,

Thank you for coming in to our Leeds office last Thursday, and for meeting Priya and Tom. They both enjoyed the conversation, and Tom in particular mentioned how well you explained the cost-allocation model you built at your current company.

We've now met everyone on our shortlist, and I'm sorry to say we won't be offering you the role. The panel's view was that the position needs someone who can step straight into leading the quarterly Solvency II reporting cycle, and while you've contributed to it, you haven't yet owned it end to end — another candidate had done exactly that for three years. It was close.

I know a letter can only say so much. If you'd find it useful to talk it through, Priya has said she's happy to jump on a call next week; just let me know a time that suits.

Kind regards,
Sophie Marshall
Talent Acquisition Partner
Halcyon Mutual`, 'Finance Business Partner – Halcyon Mutual'),

  rej('interview', ['generic'], {}, `Dear Emily,

Thank you for completing your on-demand video interview for the 2026 Analyst Development Program at Keystone Federal Bank.

Our recruiting team has carefully reviewed your recorded answers. We regret to inform you that we will not be advancing your candidacy to the next round. This year's applicant pool was exceptionally competitive.

Due to the volume of applications we receive, we are not able to provide individual feedback.

Thank you for your interest in Keystone Federal, and we wish you success in your future endeavors.

Sincerely,
Keystone Federal Bank Campus Recruiting

This message was sent from an unmonitored mailbox.`, 'Keystone Federal Bank – Analyst Development Program'),

  rej('interview', ['skills_gap'], { ...fb, ...door }, `Dear Rohit,

Thank you for attending the technical interview (Round 2) with our panel on Saturday for the position of Senior Java Developer.

As per the feedback received from the panel, your core Java fundamentals were good, however the panel found that your hands-on exposure to Spring Boot based microservices, especially inter-service communication with Kafka and distributed tracing, is limited as compared to the project requirement. Hence we will not be able to move ahead with your profile for this position.

We will keep your profile in our records and reach out to you for any other suitable opportunity in future.

Regards,
Swathi Reddy
HR - Talent Acquisition
Infiniti Softlabs Pvt Ltd, Hyderabad`, 'Infiniti Softlabs - Interview Feedback - Senior Java Developer'),

  rej('interview', ['culture_fit'], {}, `Dear Ms Whitfield,

Thank you for attending interview with Mr Carrow and Mrs Akhtar on Tuesday for the position of Family Law Solicitor.

The partners enjoyed meeting you and were impressed by your knowledge. However, we are a small high-street practice, and after some reflection they felt that the position calls for a particular way of working, with our clients and with each other, which on this occasion did not feel like the right fit. They have therefore decided not to offer you the position.

We thank you for your interest in the firm and wish you well.

Yours sincerely,
Janet Pryor
Practice Manager
Carrow Lane Solicitors, Norwich`, 'Carrow Lane – Family Law Solicitor'),

  rej('interview', ['internal_candidate'], door, `Hi Fiona,

Thank you for attending the panel interview for the Senior Environmental Advisor role at our Kwinana refinery, and for the time you gave us.

I'm writing to let you know that the panel has recommended the appointment of an internal candidate who has been acting in the role since November. It was a strong field and you presented very well, so this was not an easy decision.

We'd like to keep your details on file for upcoming environmental roles across our projects, and I'll be in touch if something comes up that suits your experience.

Kind regards,
Rachel Tan
Talent Acquisition Lead
Southern Cross Lithium Ltd`, 'Southern Cross Lithium – Senior Environmental Advisor'),

  rej('interview', ['profile_mismatch'], door, `Dear Oluwaseun,

We refer to the interview you attended at our Head Office on Tuesday, 18th February 2025 for the position of Treasury Analyst.

We thank you for your interest in Oduduwa Trust Bank and for the time you spent with the interview panel. However, we regret to inform you that after a careful assessment of all candidates, other candidates were found to be more suitable for the role at this time.

Your details have been added to our talent pool and you may be contacted for future vacancies.

We wish you the very best.

Yours faithfully,
Human Resources Group
Oduduwa Trust Bank Plc
Marina, Lagos`, 'RE: INTERVIEW FOR THE POSITION OF TREASURY ANALYST'),

  rej('interview', ['location'], fb, `Dear Dr. Haddad,

Thank you for attending the interview for the position of Consultant Radiologist held via Zoom on 3rd June 2025.

The panel was pleased with your interview. However, following the interview our HR and legal team reviewed the hiring requirements and established that this position, as advertised, is open only to Kenyan citizens or holders of a valid Class D work permit, and that the hospital is not able to sponsor a work permit for this grade at present. Since you do not currently hold a Kenyan work permit, we are unable to proceed with your application.

We apologise that this was not clarified earlier in the process and thank you for your understanding.

Yours sincerely,
Dr. Esther Mwangi
Director, Human Resources
Mount Kerrin Hospital, Nairobi`, 'Mount Kerrin Hospital – Consultant Radiologist interview outcome'),

  rej('interview', ['culture_fit'], { ...fb, ...offered, ...door }, `Hi Ines,

Thanks again for your time with the team on Wednesday. Everyone came out of it saying how organised and calm you are, which is not a thing people often say about producers!

We've talked it over and we're going to pass for now. We're eleven people and really flat — producers here end up doing QA passes, writing patch notes, running the Discord at weekends, that sort of thing — and from what you told us about liking clear lanes and a defined process, we think you'd end up frustrated here, and honestly we'd feel bad about that.

I'm happy to chat through any of it if that's useful, just say. And if we grow into something with more structure, we'd love to get back in touch.

Take care,
Gus
Co-founder, Moonwake Studio`, 'Moonwake – Producer role'),

  rej('interview', ['generic'], {}, `Hey Raj, thanks for coming in Friday. We're going another direction for this one. Good luck out there.

—Eli`, 'Re: Lumenfold – founding engineer'),

  rej('interview', ['salary'], fb, `Dear Mr. Petrov,

First of all, thank you for the nice conversation last Thursday at our office in Zwolle with Mr. de Haan and me.

We were positive about your technical knowledge and your experience with large utility projects. Unfortunately your salary wish of € 6.200 gross per month is clearly above the scale which we use for this function (maximum € 5.300, CAO Metalektro). We have looked if there is a possibility to deviate from this, but within our organisation this is not possible. Therefore we have decided to stop the procedure.

We are sorry for this and we wish you much success with your search for a new job.

With kind regards,

Anouk Bakker
HR adviser
Van der Linde Installaties B.V.`, 'Sollicitatie / application Project Leader Installations'),

  rej('interview', ['position_filled'], offered, `Dear Ms Chen,

Re: Planning Officer (Development Management) – Post ref MDC/PL/118

Thank you for attending interview on 22 January. I am writing to confirm the outcome, which I understand Andrew Pike discussed with you by telephone yesterday.

I regret that on this occasion you were not successful. The panel has offered the post to another candidate, who has accepted.

Andrew would be happy to provide feedback on your interview if you would find it helpful. Please contact him directly on andrew.pike@marshgate.gov.uk.

Thank you for your interest in working for Marshgate District Council.

Yours sincerely

Human Resources
Marshgate District Council`, 'Marshgate District Council – Planning Officer interview outcome'),

  rej('interview', ['role_closed'], {}, `Dear Mr. Lim,

Thank you for meeting with our Head of Chartering and me on 10 July. We enjoyed the discussion on the intra-Asia trades and your perspective on bunker pricing.

Since then, the group has announced a regional restructuring under which the chartering function for South-East Asia will be consolidated in our Hong Kong office. As a consequence, the Singapore-based Regional Chartering Manager position will not be filled, and we must close the recruitment.

We regret this outcome and thank you for your understanding.

Yours sincerely,
Grace Ong
HR Director, Asia
Pacific Anchor Shipping Pte. Ltd.`, 'Pacific Anchor Shipping – Regional Chartering Manager'),

  rej('interview', ['overqualified'], { ...fb, ...door }, `Dear Marcia,

Thank you for interviewing with our nursing education team for the Clinical Educator position in the PICU. It was a pleasure to hear about the simulation program you built.

After much discussion, the team feels that your experience as a director of nursing education is well beyond the scope of this position, which is focused on bedside education for a single unit and reports to our educator manager. We're concerned the role would not be a satisfying fit for you in the long run, so we've decided not to move forward.

We do anticipate posting a Manager, Clinical Education role later this year, and we would welcome your application for it. I'll send you the posting as soon as it's live.

Warm regards,
Denise Parker, MSN, RN
Director, Professional Practice & Education
Lakeshore Children's Hospital, Milwaukee`, "Lakeshore Children's Hospital – Clinical Educator, PICU"),

  rej('interview', ['skills_gap'], { ...fb, ...door, ...offered }, `Dear Khalid,

I hope you're well. I wanted to write to you myself rather than have you get a form email, because you gave us a lot of your time and thought.

Thank you for coming in to interview with Marisol, Dan and me last Tuesday. We all appreciated how prepared you were. You had clearly read up on our pantry network, and your idea about partnering with the community college dining services is one we've already started talking about among ourselves.

We've now finished our interviews, and I'm sorry to tell you that we won't be offering you the Community Partnerships Coordinator position.

I want to be honest with you about why, because I think you deserve more than a line about "a competitive pool." About two-thirds of the partner agencies this role works with are run by Spanish-speaking volunteers, and a lot of the job is sitting in church basements and community centers talking through scheduling, food safety rules and grant paperwork with them. When we talked about it you were upfront that your Spanish is basic, and in the end the panel felt that conversational fluency was something the role really can't do without right now. Everything else — your logistics background, your nonprofit board experience, your warmth with people — was right there.

Please don't read this as a no to you in general. We'll be hiring a Volunteer Operations Manager in the new year, where language isn't as central, and I'd really like you to consider applying. And if you'd like to talk through the interview itself, I'm happy to get coffee or jump on a call any time in the next couple of weeks.

With gratitude,

Carla Jiménez
Director of Programs
Riverbend Food Bank
Albuquerque, NM`, 'Riverbend Food Bank – Community Partnerships Coordinator'),

  rej('interview', ['internal_candidate'], {}, `Dear Tomasz,

Thank you for coming to meet Chef Hollis and me last week, and for showing us your knife roll — Chef was very taken with your charcuterie.

We have decided to promote one of our current chefs de partie, who has been with the brigade for four years, into the Sous Chef role. We felt that continuity mattered going into our busy wedding season.

Thank you for your interest and good luck with your next move.

Kind regards,
Abigail Foster
HR & Operations Manager
The Grange at Ashcombe, Somerset`, 'Sous Chef – The Grange at Ashcombe'),

  rej('interview', ['profile_mismatch'], {}, `Hi Mitch,

Thanks for coming in to meet with our Area Manager, Leanne, for the Store Manager role in Byron Bay.

We've now completed interviews, and I'm sorry to let you know that we won't be moving forward with your application, as other applicants more closely matched what we're looking for in this role.

We're unable to provide individual interview feedback, but we do appreciate the effort you put into the process.

All the best,
Coastline Grocers Recruitment
Coastline Grocers Pty Ltd, Ballina NSW`, 'Coastline Grocers – Store Manager, Byron Bay'),

  rej('interview', ['skills_gap'], { ...fb, ...offered }, `Dear Dr Osei,

Thank you for attending interview for the post of Lecturer in Criminology on 12 March, and for your presentation on your research into youth diversion schemes.

I am sorry to tell you that the panel has decided not to offer you the post. The panel asked me to explain that the strongest candidates had substantial experience of designing and leading undergraduate modules, including assessment design and module leadership, which is central to this post given the School's teaching needs in the coming year. They recognised the quality of your research but felt that your teaching experience, which has been mainly seminar teaching, was not yet at the level required.

If you would like further feedback, the Chair of the panel, Professor Sandra Ellis, would be happy to speak to you. Please contact her via the School office.

Yours sincerely,
Human Resources
Northgate University`, 'Northgate University: Lecturer in Criminology (NU-04412) – interview outcome'),

  rej('interview', ['position_filled'], {}, `Hi Alex,

Thanks for checking in, and apologies for the slow reply — it's been a hectic couple of weeks here.

I'm sorry to say we've extended an offer to another candidate for the Data Scientist role and they've accepted, so we won't be moving forward with your application. I should have let you know sooner; that's on me.

Thanks again for the time you put into interviewing with us.

Best,
Megan

Megan Shore | Recruiting Lead | Halyard Analytics
Boston, MA

-----Original Message-----
From: Alex Petrakis
Sent: Monday, May 12, 2025 9:03 AM
To: Megan Shore
Subject: Following up – Data Scientist interview

Hi Megan,

I hope you're doing well. I wanted to follow up on my interview with Jeff and the analytics team on April 28. I'm still very interested in the role and would appreciate any update you can share on the timeline.

Thanks,
Alex`, 'RE: Following up – Data Scientist interview'),

  rej('interview', ['location'], fb, `Dear Ms. Costa,

thank you for the interesting video interview with Dr. Brandl and myself, and for your time.

In the interview you explained that you would like to do the position mostly remote from Lisbon, with one week per month in Tuttlingen. We have discussed this internally in detail. Because the role is closely involved in our daily work with production and in the notified body audits on site, we need the person to be present in Tuttlingen at least four days per week. Unfortunately a remote model of this kind is not possible for us, so we will not continue the process.

We regret this very much, because professionally we had a good impression.

With best regards
Petra Haller
Human Resources
Kessler Medizintechnik GmbH & Co. KG, Tuttlingen`, 'Application Regulatory Affairs Manager – Kessler Medizintechnik'),

  rej('interview', ['generic'], door, `<html><body>
<p>Hi Aditya,</p>
<p>Thank you for taking the time to interview with our CTO, Vivek, and the firmware team last week for the <b>Embedded Systems Engineer</b> role.</p>
<p>After careful deliberation, we have decided not to move forward with your candidature at this stage.</p>
<p>We truly appreciate your interest in Vayu and would love to stay in touch &mdash; we've added you to our talent community and will reach out as new roles open up.</p>
<p>Regards,<br>Team Vayu<br><span style="color:#888888">Vayu Mobility Pvt Ltd &middot; Koramangala, Bengaluru</span></p>
<p style="font-size:11px;color:#aaaaaa">You received this email because you applied to a job at Vayu Mobility via Zoho Recruit.</p>
</body></html>`, 'Update on your application – Vayu Mobility'),
];

/** rejections after a final round, onsite, presentation day, superday or reference checks */
const FINAL: readonly CorpusLine[] = [
  rej('final', ['position_filled', 'skills_gap'], { ...fb, ...door }, `Dear Hannah,

Thank you for all the time you've given us over the past month. I know the process for this role has been long.

I wanted to tell you directly that we have offered the position to the other candidate and she has accepted. You and she were the last two candidates, and the decision came down to very little. In the end, her three years on a structured credit desk — CLO and CDS work specifically — gave her the edge for a team that needs someone productive on the book from day one, which your more fundamental, corporate-credit background couldn't quite match.

I'd be very happy to stay in touch. We expect to be hiring again on the corporate credit side in the first half of next year, and I'll reach out to you directly when we do.

Best regards,
Nicholas Grant
Portfolio Manager, Structured Credit
Sablewood Asset Management`, 'Sablewood – Credit Analyst (Structured Products)'),

  rej('final', ['position_filled'], offered, `Dear Mr Rahman,

Head of Transport Strategy – Ref SCA/0291

Thank you for taking part in the presentation day on 9 October, which included your presentation to the stakeholder panel, the in-tray exercise and the final interview with the Chief Executive.

I am writing to let you know that the appointment panel has decided to offer the post to another candidate. I appreciate this will be disappointing after the time and effort you have invested.

If you would like feedback on your performance during the day, please contact Sarah Ingham in the HR team, who will arrange a call with the panel chair.

Yours sincerely,

Jeremy Lowther
Director of Strategy
Severnside Combined Authority`, 'Head of Transport Strategy – outcome'),

  rej('final', ['skills_gap'], { ...fb, ...door }, `Hi Camille,

Thank you for spending the whole day with us at the onsite on Thursday. Five interviews back to back is a lot, and everyone appreciated your energy through all of it.

Unfortunately, we've decided not to extend an offer. The debrief was positive on coding and on the behavioral conversations. The gap was the system design round: for a staff role, the team was looking for you to drive the design of the multi-region document store and reason about the consistency trade-offs on your own, and the interviewers felt you needed a fair amount of prompting to get there. That carries a lot of weight at this level.

We'd be glad to have you interview again in twelve months, and I'd be happy to reach out then if that's of interest.

Best,
Rohan Mehta
Recruiting, Quillstack`, 'Quillstack – Staff Software Engineer onsite'),

  rej('final', ['salary'], { ...fb, ...door }, `Dear Mr. Venkatesh,

Greetings!

Thank you for attending all the rounds of the selection process for Technical Lead (Azure) — two technical rounds, the managerial round and the final HR discussion on 27th June.

We are glad to inform you that the panels were satisfied with your technical skills. However, during the HR discussion your expected CTC of ₹42 LPA was found to be significantly beyond the approved budget for this position (₹30-32 LPA), and despite our best efforts we could not arrive at a mutually agreeable figure. Hence we are unable to proceed with the offer.

We sincerely thank you for your time and wish you all success. We would be happy to connect with you in future in case a suitable position in a higher band opens.

Regards,
Deepa Menon
Talent Acquisition, Amaravati Digital Services Ltd.`, 'Amaravati Digital – Status of your candidature – Technical Lead (Azure)'),

  rej('final', ['position_filled'], {}, `Hi Craig,

Thanks for your time through the recruitment for the Mine Superintendent role, including the final interview with our GM Operations, and for organising your referees so quickly.

I'm sorry to let you know that we've offered the role to another candidate and they've accepted. It was a very close call between the two of you.

Thanks again, and all the best.

Regards,
Natalie Hughes
Senior Recruitment Partner
Ironbark Minerals | Perth WA`, 'Ironbark Minerals – Mine Superintendent'),

  rej('final', ['internal_candidate'], {}, `Dear Mr. Otieno,

We write to thank you for attending the final panel interview for the position of Head of SME Banking held on 29th April 2025 at our Head Office in Nakuru.

After careful consideration, the Board Human Resource Committee has resolved to appoint an internal candidate to the position through promotion. We are therefore unable to offer you the position.

We appreciate the time and effort you put into the recruitment process and wish you success in your future endeavours.

Yours faithfully,
Grace Cherono
Head of Human Resources
Rift Valley Commercial Bank Ltd`, 'RVCB – Head of SME Banking'),

  rej('final', ['culture_fit'], { ...fb, ...offered }, `Dear Funmilayo,

Thank you for the final conversation with our CEO, Tobi, on Friday, and for all your time across the process.

We've decided not to extend an offer. You're clearly a very capable compliance professional, and this isn't about your technical knowledge. It's that Tobi and the leadership team felt the way we operate — very fast, lots of ambiguity, decisions made in Slack threads at 11pm — would clash with the more formal, committee-driven approach you described from your time at the bank. We think the fit would be hard on both sides.

If it would help to talk any of this through, I'd be very happy to get on a call.

Best,
Adaeze Nwosu
People Lead, Naira Lattice
Lagos`, 'Naira Lattice – Head of Compliance'),

  rej('final', ['location'], { ...fb, ...door }, `Dear Karthik,

Thank you for visiting us in Eindhoven for the final day of the selection for the Senior Controls Engineer position. The team liked very much your demo of the trajectory planner.

We were ready to make you an offer. Unfortunately, after checking with our immigration advisor we found that, because Polder Robotics is not (yet) a recognised sponsor with the IND, we can not apply for a highly skilled migrant permit for you. The recognition process takes at least three months and there is no certainty. We therefore have to end the procedure, also because the project cannot wait.

We are really sorry for this, especially after the effort of your trip. We would like to contact you again once our recognition is done, if you are still interested.

Met vriendelijke groet,
Joost van Rijn
CTO, Polder Robotics B.V.`, 'Polder Robotics – Senior Controls Engineer'),

  rej('final', ['overqualified'], { ...fb, ...door }, `Dear Ms Wong,

Thank you for meeting our Regional Director, Mr. Suresh Pillai, for the final round of interviews last Friday.

Mr. Pillai enjoyed the discussion very much. After deliberation, however, we have concluded that your experience running country operations for eleven years exceeds what this Operations Manager position requires, and we are concerned that the role would not offer you sufficient scope. We have therefore decided not to proceed with an offer.

We would very much like to keep in touch, and will contact you should a more senior position become available in the region.

Best regards,
Human Resources
Harbourfront Logistics Pte Ltd, Singapore`, 'Harbourfront Logistics – Operations Manager (Final Round)'),

  rej('final', ['role_closed'], { ...door, ...offered }, `Hi Yuki,

I'm so sorry to be writing this one. After your final round with Anya and the art director last week we were very close to a decision — and then on Monday the publisher pulled funding for the project this role was for. The game is cancelled, and the position with it.

None of this is about you. You were one of the two people we were choosing between. If you'd like to hear the team's notes from your final, I'm happy to share them on a call (they were good notes). And as soon as we sign our next project we'll be hiring UI again, and I'll come to you first.

Really sorry,
Marta
Studio Manager, Glasshouse Games (Leamington Spa)`, 'Glasshouse – Senior UI Designer'),

  rej('final', ['profile_mismatch'], offered, `Dear Dr Fraser,

Consultant Gastroenterologist – Ref 301-MED-2291

Thank you for attending the Advisory Appointments Committee on 6 November, the final stage of the selection process for the above post.

I am sorry to inform you that the Committee did not recommend your appointment. Having considered all candidates, the Committee judged that another applicant's profile more closely met the needs of the department.

The Chair of the Committee, Dr Imran Qadir, would be pleased to offer you feedback. Please contact his secretary on 01632 960 771 to arrange a convenient time.

Yours sincerely,

Medical Staffing
Calderbrook NHS Foundation Trust`, 'Calderbrook NHS Foundation Trust – Consultant Gastroenterologist'),

  rej('final', ['position_filled', 'skills_gap'], fb, `Dear Professor Adamu,

Chair in Computational Linguistics (Ref. RU-ACAD-1147)

On behalf of the appointing committee, I should like to thank you for visiting Ravensmoor on 2 and 3 June for the final stage of the selection process for the Chair in Computational Linguistics. I know that a two-day visit, with a public lecture, meetings with the School's research groups, lunch with doctoral students and the formal interview with the committee, asks a great deal of candidates, and the committee was grateful for the generosity with which you engaged with colleagues across the School.

I am writing to let you know the outcome. After very careful deliberation, the committee has decided to offer the Chair to another candidate, who has accepted.

I should like to give you some sense of the committee's reasoning, as I would want the same in your position. Your lecture was widely admired, and several colleagues remarked on the clarity with which you set out the low-resource speech programme. The committee's decision turned principally on the leadership of externally funded research. The person specification gives significant weight to a track record of securing and leading large grants as principal investigator, and the committee felt that, while you have been a co-investigator on several substantial awards, the appointed candidate's record of leading two large programme grants was the decisive difference at this stage of the School's development.

The committee was unanimous that you are an outstanding scholar, and I very much hope that our paths will cross again through research collaboration.

With kind regards,

Professor Margaret Ellery
Pro-Vice-Chancellor (Research) and Chair of the Appointing Committee
Ravensmoor University`, 'Chair in Computational Linguistics – Ravensmoor University'),

  rej('final', ['generic'], {}, `Dear Michael,

Thank you for participating in the Superday for our 2026 Investment Banking Summer Analyst Program in New York. We appreciate the time you spent meeting with members of our team.

After careful consideration, we regret to inform you that we will not be extending you an offer. Consistent with firm policy, we are unable to share specific feedback about individual interviews.

We wish you success in your academic and professional pursuits.

Regards,
Calloway Bancorp Campus Recruiting`, 'Calloway Bancorp – Summer Analyst Superday'),

  rej('final', ['salary'], fb, `Dear Ama,

Thank you for your patience over the last two weeks while we completed references, and for the frank conversation with Pieter and me on Monday about the package.

I'm sorry to tell you that we have not been able to find a way to close the gap. As you know, as a charity we work within a fixed salary framework approved by our trustees, and the maximum we could offer for this post (£78,000) is some way below the £90,000 you told us you would need in order to move. The trustees have considered whether an exception could be made and have concluded that it cannot, so we will not be able to make you an offer.

Everything else about your candidacy — your final interview, and the references, which were excellent — made this a difficult outcome for us. Thank you for being so open with us throughout.

With warm regards,
Elisabeth Mørk
Chief Executive
Global Seedbank Trust`, 'Re: Director of Development – next steps'),

  rej('final', ['profile_mismatch', 'culture_fit'], {}, `Dear Ms. O'Connell,

thank you very much for the final round with our Executive Board in Hamburg, and for your openness during the whole process.

The board has now taken its decision, and unfortunately we will not offer you the position. At the end we had several candidates whose profile matched more closely to our requirements. In addition the board was of the opinion that the cooperation with our very engineering-driven and consensus-oriented leadership culture would probably be difficult.

We thank you again and wish you all the best for your professional and private future.

Kind regards
Dr. Frauke Meinhardt
Head of HR
Nordlicht Energie AG`, 'Your application as Head of Corporate Communications'),

  rej('final', ['position_filled', 'skills_gap'], { ...fb, ...door }, `Hi Ben,

Sorry for the radio silence since your final with Ascendia on Wednesday — I wanted to wait until I had proper feedback rather than drip it out.

It's not good news I'm afraid. They've offered the Solutions Architect job to the other finalist and he accepted this morning. I pushed for detail and got quite a lot. They loved your technical depth; the whiteboard session on the HL7/FHIR integration layer was the best they saw, in the CTO's words. Where they felt the other guy edged it was client-facing experience: the role fronts a lot of pre-sales with hospital CIOs, and he'd done three years of that at a vendor, whereas you've mostly been on the delivery side. That was genuinely the whole of it.

Honestly I think you'd walk into a delivery-focused architect role, and I've got two of those I'd like to talk to you about. Free for a call Monday?

Cheers,
Ollie
Ollie Brennan | Director, Health Tech Practice | Kinloch Search

> On 14 Nov, Ben Carter wrote:
> Hi Ollie, final done — felt like it went well, the whiteboard bit especially. Let me know when you hear anything!`, 'Re: Final interview – Ascendia Health'),

  rej('final', ['role_closed'], door, `Hi Meera,

Thank you for the final round with Ankit and me on Saturday. I'm writing sooner than planned because something has changed on our side.

This week we decided to shut down our B2C grocery vertical and focus fully on the B2B supply business. The Head of Ops role was built around the dark stores, which we're closing, so the role no longer exists. I'm really sorry — you were our top choice.

I'll be in touch if anything comes up once the dust settles.

Rahul
Co-founder, Thela (Bengaluru)`, 'Re: Final round – Head of Ops'),

  rej('final', ['generic'], door, `Dear Ellie,

Thank you for attending our apprenticeship selection day on Saturday. We hope you enjoyed the workshop tour and the practical bench task, and that the interview wasn't too nerve-racking!

We had 24 people at the selection day for 4 places, and I'm sorry to tell you that this time you have not been offered one of them.

We'd really encourage you to apply again next year. Many of our apprentices came through on their second try.

Best wishes,
Simon Marlow
Director, Marlow Joinery Ltd, High Wycombe`, 'Marlow Joinery – Apprenticeship selection day'),

  rej('final', ['position_filled', 'assessment'], fb, `Hi Andre,

Thanks for coming in for the final cook-off on Monday, and for putting up with Lewis and me hovering over the pass all afternoon.

We've offered Head Chef to one of the other two finalists and he's said yes. For what it's worth your lamb was the best plate anyone put up all week, but your dessert course came out rushed and under-seasoned, and with the new menu leaning so hard on the pastry side, that's what made the difference on the day.

Good luck, chef.

Marcus Dell
Group Executive Chef, Ember & Salt`, 'Ember & Salt – Head Chef, Shoreditch'),

  rej('final', ['internal_candidate', 'skills_gap'], { ...fb, ...door, ...offered }, `Dear Dr. Nguyen,

On behalf of the search committee, thank you for your candidacy for the position of Director of Pharmacy at Harbor Point Medical Center, and for the considerable time you devoted to the process over the past three months: the initial video conversation, the committee interview, and the full day you spent with us on campus last week, including your presentation to the pharmacy staff and the meetings with nursing leadership and the CMO.

I want to let you know personally that the committee has concluded its search and has recommended the appointment of Dr. Laura Simmons, who has served as our Interim Director of Pharmacy since last spring. Dr. Simmons has led the department through our transition to the new automated dispensing system, and in the end the committee felt that her continuity with that project, and with a staff who have been through a difficult year, outweighed the considerable strengths that both of our external finalists brought.

I also want to pass along some of the committee's observations, as I think they may be useful to you. Your presentation on antimicrobial stewardship was, by general agreement, the strongest of the three we heard, and the staff feedback forms were notably warm. The one area where committee members wanted more was operational finance: several of your answers about managing the drug budget and 340B program compliance stayed at a fairly high level, and for a department of our size that was a point of concern, and the one on which Dr. Simmons was clearly ahead. I mention this not to diminish your candidacy but because I expect you'll be asked about it again.

We would be very glad to keep in touch. We anticipate a search for an Associate Chief Pharmacy Officer at our sister hospital in the coming year, and I would welcome the chance to let you know when it opens. If you would like to discuss any of the above in more detail, please feel free to call me directly at (207) 555-0146.

With sincere thanks and best wishes,

Gregory Holt, PharmD, MBA
Chief Operating Officer and Chair, Director of Pharmacy Search Committee
Harbor Point Medical Center
Portland, Maine`, 'Harbor Point Medical Center – Director of Pharmacy'),
];

/** processes paused, the candidate not (yet) declined */
const PAUSED: readonly CorpusLine[] = [
  hold('interview', ['role_closed'], {}, `Hi Nadia,

I wanted to give you an honest update rather than leave you hanging. After your interviews with Sam and the design team we were getting ready to schedule your final conversation, but leadership has just put a pause on all new hiring until our Q3 budget review in July.

Your application isn't closed — the team was really positive about your portfolio and you're still very much in the running. We expect to know by mid-July whether the role reopens, and I'll update you then.

Sorry for the wait, and thanks for your patience.

Best,
Laura Kim
Talent, Corvid Systems`, 'Corvid Systems – update on the Product Designer role'),

  hold('interview', ['generic'], {}, `Dear Ms Afolabi,

Thank you for attending interview for the post of Senior Lecturer in Adult Nursing on 4 July.

I am writing to let you know that the panel has not yet been able to reach a decision. Owing to the unexpected absence of the panel chair, the final discussion has had to be postponed, and we now expect to write to all candidates with an outcome by 1 August.

I apologise for the delay and thank you for your patience.

Yours sincerely,
School of Health Sciences
University of Kentmere`, 'Senior Lecturer in Adult Nursing – update (Ref KEN-2231)'),

  hold('assessment', ['role_closed'], door, `Dear Ananya,

Thank you for completing the online coding assessment for the Data Engineer position. We are pleased to inform you that you have cleared the assessment.

However, we have been informed by our client that the requirement has been put on hold for the time being due to a change in their project timelines. As such, we will not be scheduling the technical interview right now.

Your candidature remains active with us and we will get back to you once the client releases the position. Meanwhile we will also consider your profile for other matching requirements.

Regards,
Recruitment Team
Kaveri TechSolutions Pvt Ltd, Chennai`, 'Kaveri TechSolutions – Status update – Data Engineer (Client: BFSI)'),

  hold('screen', ['role_closed'], {}, `Hi Jordan,

Thanks for chatting with us on the phone last week about joining the team at our new Ipswich store.

Just a heads up that the store opening has been pushed back by about two months because of construction delays, so we've put recruitment for the new team on hold for now. Your application is still active and you don't need to do anything — we'll be back in touch to book in interviews once we've got a confirmed opening date.

Thanks for your patience!

Bunyip Hardware Recruitment Team`, 'Bunyip Hardware – Team Member, Ipswich store (new store opening)'),

  hold('application', ['generic'], {}, `Dear Applicant,

Thank you for applying for the position of Fleet Coordinator with Lion City Couriers.

Please be informed that we have temporarily suspended the processing of all applications while we migrate to a new HR system this month. Your application has not been rejected and will be reviewed once processing resumes. We expect to contact shortlisted candidates by the end of next month.

We appreciate your patience and understanding.

HR Department
Lion City Couriers Pte Ltd
Singapore`, 'Your application with Lion City Couriers – delay'),
];

/** look-alikes: rejection-like words in mail that declines nobody */
const LOOKALIKES: readonly CorpusLine[] = [
  other(`Dear Applicant,

Thank you for applying for the Repairs Scheduler role with Thornbury Homes. This email confirms that we have received your application.

Unfortunately we receive a very large number of applications and are not able to reply to everyone individually. If you have not heard from us within three weeks of the closing date, please assume that you have not been shortlisted on this occasion.

Thank you for your interest in Thornbury Homes.

Recruitment Team
Thornbury Homes Housing Association`, 'Application received – Repairs Scheduler'),

  other(`Dear Oliver,

We regret to inform you that, due to a scheduling conflict on the panel, the time of your interview for the Customer Success Manager role on Thursday 15 May has had to change.

Your interview will now take place at 2:30pm (previously 10:00am) on the same day, via Microsoft Teams. The link in your original invitation remains valid.

Please reply to confirm that the new time works for you. We apologise for any inconvenience.

Kind regards,
Aoife
People Team, Fernhill Software, Cork`, 'Change to your interview time – Customer Success Manager'),

  other(`Hi Zainab,

Thanks for registering for our Graduate Insight Evening at the Birmingham office on 20 November.

Sadly, the event is now full and we aren't able to confirm your place. We've added you to the waiting list and will email you if a spot opens up. The talks will also be recorded and shared with everyone who registered.

Our graduate applications are open until 30 November, and you don't need to have attended the event to apply.

Best wishes,
Early Careers Team
Stannard Beaumont LLP`, 'Graduate Insight Evening – registration'),

  other(`Hi Daniela,

Thanks for letting us know, and completely understood — it sounds like this just isn't the right time for a move, and congratulations on the promotion! I've withdrawn your application for the Senior Account Executive role, so you won't get any more automated emails from us about it.

It was great getting to know you. If things change down the line, my door's always open.

All the best,
Marcus
Recruiting, Tidewater Media

> On Mon, Daniela Ruiz wrote:
> Hi Marcus, I'm sorry to do this after our conversation, but I've decided to withdraw from the process. I've been offered a promotion here and it doesn't feel like the right time to move. Thank you so much for your time.`, 'Re: Withdrawing my application'),

  other(`Dear Ahmed,

We're writing to let you know that your application for the Graduate Civil Engineer (Water) programme is still under consideration.

Our team is currently reviewing applications, and shortlisting will be completed by 14 March as planned. We will contact you either way as soon as we have an outcome.

Thank you for your interest in Kerrigan Hale.

Kerrigan Hale Graduate Recruitment`, 'Status of your application – Graduate Civil Engineer'),

  other(`Dear Simone,

I'm delighted to offer you the position of Data Analyst at Mapleridge Insurance, based in our Halifax office, starting Monday 2 June.

Your starting salary will be CAD $74,000 per year, with the benefits described in the attached summary. Unfortunately, we are not able to offer a relocation package for this position, but we're happy to be flexible on your start date if you need more time to move.

Please sign and return the attached offer letter by 16 May. If you have any questions, don't hesitate to call me.

Welcome aboard — we're excited to have you join us.

Warm regards,
Janelle Fraser
HR Manager, Mapleridge Insurance`, 'Offer of employment – Data Analyst'),

  other(`Dear Mr. Kamau,

Thank you for your application for the position of Junior Associate. We are pleased to invite you to an interview with the partners on Wednesday, 9th July 2025 at 10:00 a.m.

Unfortunately, our offices in Westlands are currently undergoing renovation, so the interview will be held virtually via Zoom. The meeting link will be shared a day before.

Kindly confirm your availability by replying to this email.

Regards,
Office Administrator
Wambui & Kiplagat Advocates, Nairobi`, 'Interview invitation – Junior Associate'),

  other(`Hi Gary,

Here are this week's new jobs matching your saved search.

Operations Manager – Hartfield Distribution – Wakefield – £45,000–£50,000
Shift Operations Manager – Kestrel Foods – Leeds – £42,000
Operations Manager (Maternity Cover) – Calder Homes – Huddersfield – £40,000 pro rata
Warehouse Operations Lead – Northline Parcels – Normanton – £38,500
Operations & Facilities Manager – St Clement's School – Harrogate – £39,000–£44,000

Not the right fit? Unfortunately we can only match on what's in your saved search, so update your preferences to get better results.

Manage alerts | Unsubscribe
JobNest UK Ltd`, "5 new jobs matching 'operations manager' near Leeds"),

  other(`Dear Applicant,

We're sorry — because of a technical problem with our careers site between March 3 and March 5, some applications submitted during that window were not saved correctly, and unfortunately yours appears to be one of them.

Please resubmit your application for Seasonal Sales Associate using the link below. You do not need to create a new account. We apologize for the inconvenience and appreciate your interest in Cedar & Pine.

Resubmit my application >

Cedar & Pine Home Stores · Careers`, 'Action needed: please resubmit your application'),

  other(`Hi Sneha,

This is a reminder that your online assessment for the Business Analyst – Campus 2025 role at Tatva Analytics has not yet been completed. Your link expires in 48 hours (Friday, 11:59 PM IST).

Unfortunately, we cannot consider applications with incomplete assessments, so please make sure you finish all three sections before the deadline. The test takes about 75 minutes.

Start assessment >

All the best,
Tatva Analytics Campus Hiring

This is a system-generated message.`, 'Reminder: complete your online assessment – 48 hours left'),

  other(`Dear Wei Jie,

Thank you for letting us know your decision. We are sorry that you will not be joining us, but we fully understand, and we wish you every success in your new role.

We have withdrawn the offer for the Logistics Coordinator position as you requested.

Should you wish to explore opportunities with Orchid Bay Logistics in the future, please do not hesitate to get in touch.

Best regards,
Michelle Goh
HR Business Partner
Orchid Bay Logistics Pte Ltd`, 'Re: Offer – Logistics Coordinator'),

  other(`Dear Mr. Okoro,

we are happy to tell you that we would like to invite you to the second interview for the position as DevOps Engineer.

Unfortunately our Head of Engineering, Mr. Scholz, is travelling in the next two weeks, so the second interview will be held by his deputy, Ms. Kaya, together with a colleague from the platform team. Please let us know which of the following times suit you: Tuesday 14:00, Wednesday 10:00 or Thursday 15:30 (CET).

Kind regards
Lena Hoffmann
Recruiting, Falkenrath Software GmbH`, 'Next steps – Second interview'),

  other(`Dear Dr Mensah,

Thank you for submitting your claim for travel expenses following your interview on 3 April.

Unfortunately we are unable to process the claim in its current form, as the train ticket receipt was not attached. Please send a copy of the receipt (a screenshot of the e-ticket is fine) and we will reimburse you within 10 working days.

Kind regards,
Finance Office
Ashgrove University`, 'Interview expenses claim'),

  other(`Hi Njeri,

I saw that things didn't work out with your last process through us — sorry about that, I know you'd put a lot into it.

I'm reaching out because a new mandate came in this week that I think suits you better: Head of Finance at a Series B payments company in Nairobi, hybrid, reporting to the CFO. It's a bigger remit than the last one and the package reflects that.

Would you be open to a quick call on Thursday to talk it through?

Best,
Kevin Mutua
Partner, Savanna Talent Partners`, 'New role – Head of Finance (fintech, Nairobi)'),

  other(`Hello Kwame,

Thank you for starting an application for the Summer 2026 Research Internship at the Brightline Policy Institute.

Unfortunately, we are unable to review your application at this time because the following required item is missing: unofficial academic transcript.

Please log in to your candidate account and upload the missing document before the application deadline on February 1. Applications that remain incomplete after the deadline will not be considered.

Sincerely,
Internship Program
Brightline Policy Institute`, 'Your application is incomplete – Research Intern (Summer 2026)'),
];

export const SEALED_17: readonly CorpusLine[] = [...SIFT, ...SCREEN, ...TESTED, ...INTERVIEWED, ...FINAL, ...PAUSED, ...LOOKALIKES];
