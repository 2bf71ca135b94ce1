/**
 * Sealed messages of the fifty-second round, in two parts. The first part is a spread of declines from employers of
 * every size: retailers, banks, pharma, fintech and SaaS start-ups, a hospice, housing associations, councils, a water
 * company, aerospace and engineering firms, BPO and shared-service centres, consultancies and a think tank, in American,
 * British, Irish, Indian, Canadian, Kenyan and Filipino English. They come from tracking systems (Workday, Greenhouse,
 * Lever, iCIMS, Taleo, SuccessFactors, SmartRecruiters, Ashby, Jobvite, Teamtailor, Workable, BambooHR), agency
 * recruiters passing on a client's answer, founders and hiring managers writing a few lines by hand, and formal HR
 * letters with the decision, the reason, the feedback, an offer of feedback or the open door in the middle of a
 * paragraph. They cover every stage (application, recruiter or phone screen, online test, take-home, case study,
 * language test, background and reference checks, interview, final round, onsite, assessment centre) and every reason,
 * a few with two; some keep HTML leftovers, one is a forwarded referral notice, one answers a follow-up and quotes it,
 * some are one line long; a few processes are paused. The second part is four months of one person's inbox, February
 * to May: an ICU nurse in Manila, who moves to a hospital job in Dubai in March, applying through agencies and directly
 * to hospitals in the UK, Ireland, Saudi Arabia, Australia and Canada. Next to the declines (English-test scores,
 * registration with the NMC, NMBI, AHPRA or a Canadian regulator, work rights, visa quotas, package, experience,
 * drug-calculation and clinical tests) come the mail that looks like them but is not: agency acknowledgements and
 * document requests, CBT and OSCE bookings and results, regulator notices, interview invitations and reschedules, job
 * alerts, a webinar invitation, a withdrawal confirmation, a candidate survey, and a conditional offer from an NHS trust
 * with its follow-ups (pre-employment checks, Certificate of Sponsorship and visa, OSCE booking, flights and housing).
 *
 * Labelling choices, as in the earlier rounds: the stage is the furthest step the message names; a note that keeps an
 * application paused until the candidate's registration comes through, without declining it, is on_hold, with the
 * missing registration as skills_gap and feedback; a paused client selection round is on_hold; a regulator's or test
 * centre's notice is other. A drug-calculation test sat at interview stays at the interview stage with assessment as
 * the reason.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s52-');

export const HANDWRITTEN_SEALED_52: readonly CorpusLine[] = [
  // ── Part one: declines from many employers
  // After the application
  rej('application', ['generic'], {},
    `Hi Devin,

Thank you for your interest in the Merchandising Analyst Intern - Summer 2025 (R-0048817) position at Crestfield Home Stores.

After reviewing your application, we have decided not to move forward with your candidacy for this role at this time.

We appreciate the time you took to apply and wish you the best in your search.

Sincerely,
Crestfield Home Stores Talent Acquisition

This email was intended for devin.okafor@example.com
Powered by Workday`, 'Your application for Merchandising Analyst Intern - Summer 2025'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Priyanka,

Thank you for applying to the Product Design Intern role at Loomwise. We really enjoyed looking through your portfolio and learning about your work.

After careful review, we've decided to move forward with candidates whose experience more closely aligns with the needs of the team for this particular role.

We'd love to stay in touch. We'll keep your details in our system and reach out if a role opens up that looks like a better match.

Thanks again,
The Loomwise Team

--
Sent via Greenhouse`, 'Loomwise - Product Design Intern'),

  rej('application', ['generic'], {},
    `Thanks for applying for the Barista Trainer job at Kettle & Crumb. We won't be taking your application further this time. All the best, Rosie`),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Marcus,

Thanks for your interest in Fernbright and the Mobile Engineer (React Native) position.

We've reviewed your application and, unfortunately, we're not going to be moving forward. For this role we're looking for at least three years of professional React Native experience, including shipping and maintaining an app in both the App Store and Google Play. From your resume, your mobile work so far has been in personal and university projects, so the timing isn't quite right for this one.

We appreciate you thinking of us and wish you the best of luck with your search.

Cheers,
Ines Carvalho
Talent Partner, Fernbright

Fernbright Inc. · 212 Larkin St, San Francisco, CA
Powered by Lever`, 'Your application to Fernbright'),

  rej('application', ['position_filled'], { ...door },
    `Dear Alejandra,

Thank you for your interest in the Patient Access Representative position (Req #24-3318) with Sagebrush Regional Health.

We wanted to let you know that this position has been filled. We appreciate the time you took to apply.

We encourage you to visit our career site regularly and apply for any future openings that match your skills and interests.

Sincerely,
Talent Acquisition
Sagebrush Regional Health

**************************************************
This message was sent to alejandra.ruiz@example.net. If you don't want to receive these emails from this company in the future, please go to:
https://careers-sagebrushhealth.icims.com/icims2/?r=unsub`, 'Patient Access Representative - Sagebrush Regional Health'),

  rej('application', ['generic'], { ...door },
    `Dear Thomas Brennan,

Re: Requisition 250011Z - Graduate Trainee, Treasury Operations

Thank you for your interest in Halvard Bank plc and for taking the time to submit your application.

We have carefully reviewed your application and regret to advise that, on this occasion, you have not been selected to progress to the next stage of our recruitment process.

Your profile will remain in our candidate database, and you may be contacted should a suitable opportunity arise. You are also welcome to apply for other vacancies through the Careers section of our website.

Yours sincerely,

Resourcing Team
Halvard Bank plc

Please do not reply to this email. This mailbox is not monitored.
Oracle Taleo`, 'Halvard Bank - Requisition 250011Z'),

  rej('application', ['location'], { ...fb },
    `Dear Ankit,

Greetings from Sarvottam Infotech!

Thank you for applying for the position of Associate - Technical Support (Night Shift), Job Req ID 41877.

We would like to inform you that this requirement is for our Pune delivery centre and is strictly work from office. As per your application, your current location is Lucknow and you have marked that you are not open to relocation. Hence we are unable to take your candidature forward for this opening.

We appreciate your interest in Sarvottam and wish you all the best.

Regards,
Talent Acquisition Team
Sarvottam Infotech Pvt. Ltd.

This is a system generated mail from SAP SuccessFactors. Please do not reply to this mail.`, 'Your application for Associate - Technical Support (Night Shift)'),

  rej('application', ['role_closed'], {},
    `Hello Johanna,

We're reaching out regarding your application for Events & Partnerships Coordinator at Brightwater Arena Group.

Following a recent restructuring of our commercial team, this position has been cancelled and will not be filled. As a result, we are closing all applications for the role, including yours.

We're sorry for any inconvenience and thank you for your interest in Brightwater Arena Group.

Best regards,
People Team
Brightwater Arena Group

Powered by SmartRecruiters | Privacy Policy`, 'Update on your application: Events & Partnerships Coordinator'),

  rej('application', ['internal_candidate'], {},
    `Hi Sol,

Thanks so much for applying to be our first Customer Success Lead at Parcelwise.

I wanted to let you know personally that we've decided to fill this role internally. One of our account managers, who has been with us since the early days, is moving into it, so we're closing the search and won't be moving forward with other applicants, including you.

Thank you for your interest, and good luck with what's next.

Hannah Lutz
COO, Parcelwise

Sent with Ashby`, 'Customer Success Lead at Parcelwise'),

  rej('application', ['profile_mismatch'], {},
    `Dear Keisha,

Thank you for giving us the opportunity to consider you for the Marketing Analytics Intern position. After reviewing your background, we have determined that your qualifications are not a match for this role at this time.

We appreciate your interest in Tillbrook Foods and wish you success in your job search.

Sincerely,

The Tillbrook Foods Recruiting Team

You can change your email preferences at:
https://app.jobvite.com/l?ik=tillbrook`, 'Your application for Marketing Analytics Intern at Tillbrook Foods'),

  rej('application', ['generic'], { ...door },
    `Hi Oskar,

Thank you for applying for the position as Junior Backend Developer at Nordvik Games and for the interest you've shown in us!

We have now gone through all applications and have decided to proceed with other candidates in the process. This time it wasn't you, but we hope our paths cross again.

Would you like to join Nordvik Connect, our talent pool? Then we can reach out to you when new positions open up that match your profile.

Join Nordvik Connect →

Best regards,
Nordvik Games

Sent by Teamtailor`, 'Junior Backend Developer at Nordvik Games'),

  rej('application', ['salary'], { ...fb },
    `Dear Aisling,

Thank you for applying for the Office Manager position at Carrow & Finch Architects.

We've reviewed your application and, although your experience is relevant, the salary expectation you gave in the application form (€52,000) is considerably above the range we have budgeted for this role (€38,000 to €42,000). For that reason we have decided not to progress your application.

We appreciate the time you took to apply and wish you well.

Kind regards,
Niamh Gallagher
Practice Manager
Carrow & Finch Architects, Dublin 8

Sent via Workable`, 'Office Manager - Carrow & Finch Architects'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Gregory,

Thank you for applying for the Accounts Payable Clerk position at Mesa Verde Landscaping.

I'll be honest with you: with fifteen years as a controller, your background goes well beyond what this entry-level role calls for, and we're worried the day-to-day work wouldn't hold your interest for long. So we've decided not to move forward with your application for this one.

If a more senior finance position opens up, I'd really like to hear from you, so please keep an eye on our careers page.

Thanks,
Rachel Dominguez
HR Manager, Mesa Verde Landscaping

Sent from BambooHR`, 'Accounts Payable Clerk - Mesa Verde Landscaping'),

  rej('application', ['generic'], { ...door },
    `Hi Callum,

Just a quick one. I've had feedback from Harlow & Prince on the Junior Quantity Surveyor role and unfortunately they've decided not to take your CV forward to interview. They didn't give me any detail beyond that, I'm afraid - they've had a lot of CVs for this one.

I'll keep looking on my side and give you a shout as soon as I've got something else that suits.

Cheers,
Dan

Dan Whitlock | Senior Consultant - Construction | Keystone Talent
07700 900412 | keystonetalent.co.uk`, 'RE: Junior QS - Harlow & Prince'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr. Otieno,

RE: APPLICATION FOR THE POSITION OF ACCOUNTANT - REF: KWS/ACC/07/2025

We acknowledge receipt of your application for the above position and thank you for your interest in working with Kilima Water & Sanitation Company Limited.

We regret to inform you that your application was not successful. Shortlisting was done strictly against the advertised requirements, and one of the mandatory requirements for this position is CPA (K) together with active membership of ICPAK in good standing. The documents you submitted did not include proof of ICPAK membership.

We thank you for your interest in the Company and wish you success in your future endeavours.

Yours faithfully,

FOR: KILIMA WATER & SANITATION COMPANY LIMITED

Grace W. Mwangi
HUMAN RESOURCE & ADMINISTRATION MANAGER`, 'APPLICATION FOR THE POSITION OF ACCOUNTANT'),

  rej('application', ['location'], { ...fb, ...door },
    `Dear Ma. Angelica,

Good day!

Thank you for your interest in the Customer Service Representative (Healthcare Account) position at Tala Bay Solutions Inc.

We regret to inform you that we cannot proceed with your application at this time. This account is on-site only at our Cebu IT Park site, and based on your application you are residing in Davao City and are available for work-from-home arrangements only.

Should our WFH accounts open for hiring, we will be happy to consider you, and we will reach out to you then. You may also visit our Careers page for other openings.

Thank you and God bless!

Talent Acquisition Team
Tala Bay Solutions Inc.`, 'Tala Bay Solutions - Application Status'),

  rej('application', ['location'], { ...fb },
    `Hello Liam,

Thank you for applying to the Environmental Data Co-op Student (Fall 2025) position with the Tamarack Valley Conservation Authority.

Co-op placements with the Authority are only open to students who are registered in a recognized co-operative education program and who are returning to full-time studies after the work term. Your application indicates that you will complete your program in August 2025, which falls outside the eligible window, so we are unable to consider your application for this placement.

Thank you for your interest in the Authority.

Regards,

Human Resources
Tamarack Valley Conservation Authority`, 'Environmental Data Co-op Student (Fall 2025)'),

  rej('application', ['generic'], {},
    `<div style="font-family:Arial,sans-serif;font-size:14px"><p>Dear Hyun-woo,</p><p>Thank you for applying for the <b>Supply Chain Analyst</b> position at Corvid Logistics.&nbsp;</p><p>After careful consideration, we regret to inform you that we will not be proceeding with your application.</p><p>Kind regards,<br>Corvid Logistics HR</p></div><img src="https://trk.corvidlogistics.example/o.gif" width="1" height="1" alt="">`, 'Corvid Logistics - Supply Chain Analyst'),

  rej('application', ['generic'], {},
    `Ugh, sorry Tasha - this just came through from our referral tool. I asked around and apparently they had hundreds of applicants for the one headcount. That's all I know.

Mo

---------- Forwarded message ---------
From: Referrals at Quartzline <no-reply@quartzline.example>
Date: Tue, Mar 4, 2025 at 9:12 AM
Subject: Referral update: Natasha Greene - Technical Writer II
To: Mohammed Saleh <msaleh@quartzline.example>

Hi Mohammed,

Thank you for referring Natasha Greene for Technical Writer II (REQ-8841). After review, the hiring team has decided not to move forward with this candidate.

Thanks for helping us find great people!

Quartzline Recruiting`, 'Fwd: Referral update: Natasha Greene - Technical Writer II'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Sneha Kulkarni,

Thank you for showing interest in Vistaar Fintech Solutions.

We have carefully gone through your profile for the position of Business Analyst - Lending Products. We regret to inform you that your profile is not matching with our current requirement.

However, we shall retain your resume in our database and get in touch with you in case of any suitable opening in future.

Wishing you all the best for your career.

Warm Regards,
HR - Talent Acquisition
Vistaar Fintech Solutions Pvt. Ltd., Bengaluru`, 'Your application with Vistaar Fintech'),

  rej('application', ['location', 'skills_gap'], { ...fb },
    `Dear Ethan,

Thank you for your application for the Electrical Engineer I position (Req. 11902) at Ridgeline Aerospace Systems.

Due to the nature of the programs this position supports, applicants must be U.S. citizens and must hold a bachelor's degree in electrical engineering from an ABET-accredited program. Your application indicates that you are a lawful permanent resident and that your degree is in physics. Accordingly, you do not meet the minimum qualifications for this position, and your application will not be considered further.

We appreciate your interest in Ridgeline Aerospace Systems.

Talent Acquisition
Ridgeline Aerospace Systems

Ridgeline Aerospace Systems is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status.`, 'Ridgeline Aerospace Systems - Req. 11902'),

  rej('application', ['position_filled'], {},
    `Dear Ms Adeyemi,

Thank you for applying for the post of Receptionist (part-time) at Elmsworth Dental Practice.

I am writing to let you know that we have now offered the position to another applicant, who has accepted. I am sorry to be writing with disappointing news.

Thank you for your interest in the practice.

Yours sincerely,

Helen Burrows
Practice Manager
Elmsworth Dental Practice`, 'Receptionist vacancy'),

  rej('application', ['role_closed'], { ...door },
    `Hi Rohan,

Thanks for applying to the Summer Research Assistant programme at the Halden Policy Institute.

Unfortunately, following a cut to our grant funding, we have had to cancel this year's summer programme and no placements will be offered. We're really sorry - we know many of you had planned your summer around it.

We hope to run the programme again in 2026 and would encourage you to apply then.

Best wishes,
Emma Clarke
Programmes Officer, Halden Policy Institute`, 'Summer Research Assistant programme 2025'),

  rej('application', ['generic'], { ...offered },
    `Hey Jordan,

Thanks for applying to the Growth Marketer role. We got a little over 400 applications for one spot, which is wild for a company of nine people, and we've now picked the handful we'll be talking to. You're not one of them this time, sorry.

I know generic no's are frustrating. If you'd like a couple of sentences on how your application read to us, just reply and I'll write back - it might take me a week or so.

Ben
Co-founder, Scrapyard Analytics`, 'Growth Marketer @ Scrapyard'),

  rej('application', ['overqualified', 'salary'], { ...fb },
    `Dear Dr Mensah,

Thank you for applying for the Laboratory Technician post (Ref LT-2025-04) at Calderon Diagnostics.

The shortlisting panel recognised that, with a PhD and eight years as a senior research scientist, your experience is considerably beyond the level of this role, which is a technician position focused on routine sample processing. In addition, the salary you indicated (£55,000) is well above the grade for this post (£26,500 to £28,900). For these reasons we will not be taking your application further.

Thank you for your interest in Calderon Diagnostics.

Yours sincerely,

HR Department
Calderon Diagnostics Ltd`, 'Laboratory Technician - LT-2025-04'),

  rej('application', ['culture_fit'], { ...fb },
    `Hi Sam,

Thanks for applying to join Tallow & Tin as a software engineer.

We read every application closely, including the answers to "how do you like to work". You wrote that you do your best work heads-down on your own and prefer written specs with little back-and-forth. Our team works almost entirely in pairs and mobs, with constant conversation through the day, and we've learned the hard way that people who prefer solo work find that draining here. So we don't think this is the right fit, and we won't be moving forward.

That isn't a judgement on your ability, and we wish you well with the search.

Best,
Ravi
Engineering Lead, Tallow & Tin`, 'Your application to Tallow & Tin'),

  rej('application', ['generic'], { ...door },
    `Dear Chloé,

Thank you for your interest in the Finance Intern - Summer 2025 role (JR-118204) at Ostara Pharma.

After careful review, we will not be moving forward with your application for this position. Please note this decision relates only to this position; any other applications you have submitted will be considered separately.

We encourage you to join our Talent Community so that we can notify you of future opportunities that match your interests.

Best regards,
Ostara Pharma Talent Acquisition

This email was intended for chloe.marchand@example.fr`, 'Ostara Pharma: your application for Finance Intern - Summer 2025'),

  rej('application', ['profile_mismatch'], {},
    `Hi Wen, thanks for applying for the Operations Associate role at Brindle. After looking at your experience, we don't think it's the right match for this role, so we won't be moving forward. Best of luck in your search. - Brindle Hiring`),

  // After a recruiter or phone screen
  rej('screen', ['generic'], {},
    `Hi Dmitri,

Thank you for taking the time to chat with me on Thursday about the Sales Development Representative role at Orbitly.

After discussing with the hiring team, we've decided not to move forward with your candidacy at this time.

I appreciate your interest and wish you all the best.

Kelsey Marsh
Recruiter, Orbitly`, 'Orbitly - SDR'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Anjali,

Thanks again for the call yesterday. I shared my notes with the hiring manager for the Senior Data Engineer role.

I'm afraid the gap on compensation is too big for us to bridge. You mentioned you're looking for $165k base plus equity, and the approved range for this position tops out at $135k. We aren't able to move the band, so we won't be continuing the process for this role.

We're planning to open a staff-level data role later this year, and I'll reach out to you when it's approved.

Best,
Tom Friedman
Talent Acquisition, Northgate Health Analytics`, 'Northgate - Senior Data Engineer'),

  rej('screen', ['location'], { ...fb },
    `Dear Wanjiru,

Thank you for speaking with us on Monday regarding the Field Operations Supervisor role.

As discussed on the call, the role is based at our Eldoret depot and requires the supervisor to be on site daily. You mentioned that you are not able to relocate from Nairobi at this time. Unfortunately, for this reason we will not be able to proceed with your application.

We appreciate your time and wish you all the best.

Kind regards,
Peter Kiprono
HR Officer
Shamba Fresh Distributors Ltd`, 'Field Operations Supervisor - Eldoret'),

  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Dear Ms Laurent,

Thank you for the phone screen on 12 March for the Customer Success Manager (DACH) position.

As you know, the role involves daily calls and contract negotiations with German-speaking clients, and we require German at C1 level or above. From our conversation, your German currently appears to be around B1, which would not be sufficient for the client side of the role. We will therefore not be progressing your application.

If you would like more detail on this, I would be happy to arrange a short call with the team lead.

Kind regards,
Miriam Vogt
Recruiting, Kestrel Software GmbH`, 'Customer Success Manager (DACH)'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Fatima,

Thanks for your time on the phone last week. I've now spoken to my client (a tier-one logistics business in Birmingham) about the Transport Planner role.

They've looked at your CV alongside my notes from our call and have decided to go with candidates whose backgrounds are closer to what they need, so they won't be taking you to interview.

I've got your details saved and will be in touch as soon as something more suitable lands on my desk.

Kind regards,
Jamie Cole
Recruitment Consultant | Supply Chain & Logistics
Redline Recruitment Ltd`, 'Transport Planner - Birmingham'),

  rej('screen', ['overqualified'], { ...fb },
    `Hi Marguerite,

It was lovely to speak with you on Tuesday. After our call I talked it over with Claire, who manages the team.

We both feel that, with your experience running a 40-person customer care department, the Team Coordinator role (mostly scheduling, rota management and inbox triage) would be a big step back for you, and we'd worry about keeping you challenged. So we've decided not to move forward.

Thank you for being so open on the call, and all the best.

Sophie
People Team, Greywell Insurance`, 'Team Coordinator - Greywell'),

  rej('screen', ['role_closed'], {},
    `Hi Kwame,

Thank you for the phone screen last week for the Regional Account Manager role.

I'm sorry to tell you that the business has decided to put this role on hold indefinitely after a change to the sales strategy, and we've been asked to close out all candidates. That means we won't be moving forward with your application.

I'm sorry I don't have better news.

Regards,
Lydia Okonkwo
Talent Acquisition, Emberline Packaging`, 'Regional Account Manager'),

  rej('screen', ['culture_fit'], {},
    `Hi Nate,

Thanks for the intro call on Friday. The team discussed it this morning and, while we enjoyed the conversation, we don't feel there's quite the right alignment with our team culture at this stage, so we've decided not to move forward.

Best of luck,
Ava

Ava Lindqvist
Recruiter, Hatchery Labs`, 'Hatchery Labs'),

  rej('screen', ['internal_candidate'], { ...door },
    `Dear Ahmed,

Thank you for your time on our screening call for the Procurement Officer vacancy.

Since we spoke, a colleague from our Finance team has applied for the role through our internal mobility scheme and has been appointed. We are therefore closing the vacancy and will not be progressing external applications.

We will keep your details on file and contact you if a similar role becomes available.

Kind regards,
Recruitment Team
Harrowgate Housing Association`, 'Procurement Officer vacancy - update'),

  rej('screen', ['generic'], { ...offered },
    `Hi Leila,

Thanks for speaking with me on Wednesday about the Executive Assistant role. Having gone through all of the first-round calls with our CEO, we've decided not to take your application to the next stage.

I know it's not the news you wanted. If it would help, I'm happy to share a bit more about the decision over a quick call next week - just let me know.

Warmly,
Jenna Park
People Operations, Marlow & Birch`, 'Executive Assistant - Marlow & Birch'),

  // After a test, take-home, case study or check
  rej('assessment', ['assessment'], {},
    `Hi Arjun,

Thank you for completing the online coding assessment for the Graduate Software Engineer position at Celerity Payments.

Our team has reviewed your results, and unfortunately we will not be progressing your application to the interview stage.

We appreciate the effort you put in and wish you success with your search.

Celerity Payments Early Careers`, 'Celerity Payments - Graduate Software Engineer'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Candidate,

Thank you for completing the online assessments for the 2025 Graduate Audit Programme at Whitmore Kerr LLP.

Your results were as follows:
Numerical reasoning: 48th percentile
Verbal reasoning: 61st percentile
Situational judgement: 72nd percentile

To progress to the video interview stage, candidates must reach at least the 60th percentile in each test. As your numerical reasoning result was below this threshold, we are unable to take your application further in this recruitment cycle.

You are welcome to apply again for our next intake, which opens in September.

Kind regards,
Graduate Recruitment Team
Whitmore Kerr LLP`, 'Whitmore Kerr LLP - your assessment results'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Lucía,

Thanks for the time you put into the take-home for the Backend Engineer role. I know these eat into evenings and weekends.

The team reviewed it yesterday. We liked the clean API design, but we've decided not to continue. The main issues: the test suite didn't run out of the box (a migration was missing), there was no handling for duplicate webhook deliveries, which was the core of the exercise, and the README didn't explain the trade-offs you made.

If you want to go through it in more detail, I'm happy to set up a 20-minute call with one of the reviewers.

Best,
Marco Bellini
Engineering Manager, Sprocketry`, 'Sprocketry take-home'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Oluwaseun,

Thank you for completing the SHL assessments as part of your application for the Customer Operations Graduate Scheme at Thamesmead Energy.

Unfortunately, on this occasion your results did not meet the standard required to progress to the next stage of our selection process, and we will not be taking your application further.

You are welcome to reapply after six months, and we would encourage you to look at our other opportunities in the meantime.

Yours sincerely,
Early Careers Team
Thamesmead Energy`, 'Your application to Thamesmead Energy'),

  rej('assessment', ['generic'], {},
    `Dear Mr. Harlan,

We are writing regarding your conditional offer of employment for the position of Warehouse Associate at Quillen Distribution.

As you were informed, the offer was contingent upon the successful completion of a background check. Based on the results of that check, we are withdrawing the conditional offer of employment.

A copy of the consumer report and a summary of your rights under the Fair Credit Reporting Act were sent to you separately on March 3.

Sincerely,
Human Resources
Quillen Distribution`, 'Final notice regarding your conditional offer'),

  rej('assessment', ['position_filled'], {},
    `Hi Bea,

Thanks for sending over your case study for the Content Marketing Manager role, and sorry for the wait.

Before we got round to reviewing the case studies, we made an offer to a candidate who was further along in our process, and she has accepted. So the position is now filled and we won't be moving forward with your application.

I'm sorry for the wasted effort on your side. That one's on us.

Best,
Tanya
Head of Marketing, Lumberyard Studio`, 'Content Marketing Manager'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Karan,

Thank you for completing the SQL exercise for the Data Analyst role at Pennywhistle.

We've decided not to move forward. Most of your solutions returned the right results, but questions 4 and 5 needed window functions (running totals and ranking within groups) and both were left unfinished. Advanced SQL is a core requirement for this role, as our analysts write most of their reporting directly against the warehouse.

Thanks for your interest, and good luck.

Pennywhistle Data Team`, 'Pennywhistle - Data Analyst'),

  rej('assessment', ['role_closed'], {},
    `Dear Isabel,

Thank you for submitting your written assignment for the Policy Officer (Fixed Term) role.

I'm sorry to let you know that the funding for this post was not renewed, and the Forum has decided not to proceed with the appointment. We will not be reviewing the assignments or holding interviews.

Thank you for the work you put into this.

Kind regards,
Aoife Doyle
Operations Manager, Clearwater Policy Forum`, 'Policy Officer (Fixed Term)'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Jerome,

Good day!

Thank you for taking the Versant English Test last Saturday for the Technical Support Representative (Telco Account) position at Pinnacle CX Philippines.

We regret to inform you that you did not meet the passing score for this account. Your overall score was 51, and the minimum requirement is 58.

You may retake the assessment and reapply after 30 days. Just reply to this email and we will schedule you.

Thank you and keep safe!

Recruitment Team
Pinnacle CX Philippines - Ortigas Site`, 'Pinnacle CX - Assessment Result'),

  hold('assessment', ['generic'], {},
    `Hi Tomasz,

Thanks for submitting the modelling exercise for the Senior Financial Analyst role.

I wanted to let you know that we've paused the process for about three weeks: both reviewers have been pulled onto the year-end audit and can't look at the exercises until it's done. No decisions have been made, and you're still being considered for the role.

I'll be in touch as soon as the reviews restart. Thanks for your patience.

Best,
Rhiannon
Talent Team, Stonebridge Group`, 'Senior Financial Analyst - a short pause'),

  // After an interview
  rej('interview', ['generic'], {},
    `Dear Mei,

Thank you for attending the interview for the position of Assistant Store Manager on 6 March.

We regret to inform you that you have not been successful on this occasion.

We thank you for your interest in Rowan & Oak and wish you all the best for the future.

Yours sincerely,
Area HR
Rowan & Oak Ltd`, 'Assistant Store Manager - interview outcome'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Tobias,

Thank you for meeting with Anna and Joe last week for the Product Manager, Payments role.

We've now finished the first round of interviews and the team has decided to progress candidates whose experience is a closer match for the role. I'm sorry this isn't better news.

If you'd find it useful, I can share the interviewers' feedback - just reply and we'll find a time.

Best,
Chiara
Talent Partner, Mintbridge`, 'Mintbridge - Product Manager, Payments'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Ms Ogunleye,

Thank you for attending the interview for the DevOps Engineer position on Thursday.

The panel was impressed with your scripting and your knowledge of CI/CD pipelines. However, the role requires hands-on experience running Kubernetes clusters in production, and from your answers it was clear that your Kubernetes experience so far has been in training labs rather than live environments. For that reason we will not be offering you the position.

We would be glad to receive an application from you for future vacancies, particularly at the mid-level grade, which we expect to advertise later this year.

Regards,
Elias Brandt
Infrastructure Manager
Tolland Borough Council`, 'DevOps Engineer - interview outcome'),

  rej('interview', ['position_filled'], {},
    `Hi Gabriela,

Thank you again for interviewing for the Bookkeeper role. We have now offered the position to another candidate, who has accepted, so we won't be moving forward with your application.

Thanks for your time,
Nora
Finch & Fenwick Accountants`),

  rej('interview', ['internal_candidate'], {},
    `Dear Mr. Sato,

Thank you for interviewing with us for the position of Laboratory Supervisor.

After completing all interviews, the selection committee has decided to appoint an internal candidate to the position. We appreciate the time you spent with the committee and your interest in the Kaimana Water Quality Laboratory.

Sincerely,
Leilani Akana
HR Coordinator`, 'Laboratory Supervisor recruitment'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Ellie,

Thanks for meeting the team on Tuesday. I wanted to write myself rather than send the standard email.

Everyone agreed you know your stuff. Where we landed is about how we work. A few times in the interview you said you'd want a fully worked-out brief and sign-off before starting on anything, and that frequent changes of direction frustrate you. Honestly, at our size priorities shift weekly and most things start with a two-line Slack message. We think you'd be unhappy here, and it wouldn't be fair to hire you into that.

So we won't be making an offer. I'm sorry - I know that's disappointing to hear.

Dev
Founder, Quokka Kitchens`, 'Quokka Kitchens'),

  rej('interview', ['role_closed'], {},
    `Dear Priya,

Thank you for interviewing for the Learning & Development Partner position.

I am writing to let you know that, as part of a company-wide cost review, the L&D function is being consolidated into our regional hub and this role has been withdrawn. We will not be continuing with the recruitment process, and I'm sorry to have to close your application after you have invested so much time with us.

With best wishes,
Sarah Whitfield
HR Business Partner, Corvale Foods`, 'Learning & Development Partner'),

  rej('interview', ['location'], { ...fb },
    `Dear Mr Haddad,

Thank you for your interview on 20 February for the Senior Mechanical Design Engineer role.

Following the interview we reviewed the right-to-work details in your application form. You would need sponsorship under the Skilled Worker route, and unfortunately we do not hold a sponsor licence and are not in a position to apply for one for this vacancy. We are therefore unable to take your application further.

We are sorry this was not picked up at an earlier stage.

Yours sincerely,
Recruitment
Penhallow Engineering Ltd`, 'Senior Mechanical Design Engineer'),

  rej('interview', ['salary'], { ...fb },
    `Hi Ricardo,

Thanks for the two interviews with our team. Everyone enjoyed meeting you.

When we talked about numbers at the end of the second interview, you mentioned needing at least $110,000. The budget for this position is capped at $92,000 and isn't negotiable this year, so we've decided to move forward with a candidate whose expectations fit the range.

Wishing you the best,
Shannon
HR, Bluestem Credit Union`, 'Bluestem Credit Union - Lending Operations Manager'),

  rej('interview', ['overqualified'], { ...fb, ...door },
    `Dear Rajesh,

Thank you for the interview for the post of Assistant Manager - Operations on 11th March at our Chennai office.

The panel found that your profile, with 14 years of experience including 5 years as Plant Head, is much above the requirement of this position, which reports to a Deputy Manager. We feel the role will not be able to match your expectations for growth. Hence we are not moving ahead with your candidature for this position.

We will keep your profile in our records for senior-level openings and will contact you if a suitable vacancy arises.

Regards,
HR Department
Kaveri Polymers Ltd.`, 'Interview for Assistant Manager - Operations'),

  rej('interview', ['generic'], { ...door },
    `Hi Kofi,

Thanks for following up, and sorry to have kept you waiting.

The hiring team met on Friday and decided to move forward with other candidates for the Solutions Consultant role. I know you were hoping for a different outcome after your interview with Marta.

We'd genuinely like to stay in touch, so please do apply again when you see something that fits.

Best,
Olivia

On Mon, 10 Mar 2025 at 08:47, Kofi Mensah <kofi.mensah@example.com> wrote:
> Hi Olivia,
>
> I hope you had a good weekend. I wanted to check in on the Solutions Consultant
> role following my interview with Marta on the 27th. I'm still very interested
> and would be grateful for any update on timing.
>
> Thanks,
> Kofi`, 'Re: Solutions Consultant - checking in'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb, ...offered },
    `Dear Hannah,

Thank you for your interview for the Clinical Research Associate position.

After careful consideration, we have decided to progress with other candidates whose experience more closely matches the role. In particular, the panel noted that the role requires independent site-monitoring experience, and your experience to date has been as an in-house study coordinator.

If you would like further feedback, please contact me directly.

Kind regards,
Fiona Grant
Talent Acquisition
Helvellyn Clinical Research`, 'Clinical Research Associate - outcome'),

  rej('interview', ['generic'], { ...offered },
    `hey Sasha - wanted to tell you myself rather than via the recruiter: we're not going to move ahead after Monday's interview. It's not easy to explain in an email, so if you want to hear the why, grab 15 minutes on my calendar (link below) and I'll talk you through it.

thanks for the time you put in
- Greg

calendly.com/greg-hollis/15min`),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Mr. Dela Cruz,

Good afternoon!

Thank you for your time during the panel interview for the position of Junior Accountant last March 14 at our Makati office.

After careful evaluation, we regret to inform you that we will not be able to proceed with your application, as the panel has selected candidates whose qualifications are more aligned with the requirements of the position.

Your application will be kept in our active file, and we will get in touch with you should there be a future opening that matches your qualifications.

Thank you and more power!

Sincerely,
HR Department
Bituin Realty Corporation`, 'Junior Accountant Application'),

  rej('interview', ['assessment'], { ...fb },
    `Hi Omar,

Thank you for presenting your case exercise at the second interview on Tuesday.

The panel agreed that your presentation was well structured, but the financial model behind it had a significant error: the churn assumption was applied to revenue twice, which made the payback period look roughly half as long as it should. As the exercise is designed to test exactly this kind of analysis, we've decided not to progress your application.

Thanks again for your time,
Ruth Abiola
Strategy Director, Keel Partners`, 'Keel Partners - second interview'),

  hold('interview', ['generic'], {},
    `Hi Andrés,

Thanks again for your interviews last Thursday for the Finance Analyst role. I wanted to give you an update so you're not left wondering.

Our hiring manager has been called away on a family emergency, and we won't be able to make any decisions for another two weeks or so. You're still very much in the running - nothing has changed on our side.

I'll be in touch as soon as I can.

Best,
Maya
Recruiter, Solano Foods`, 'Finance Analyst - update'),

  // After a final round
  rej('final', ['generic'], {},
    `Dear Jonas,

Thank you for attending the final interview for the Head of Finance role at Birchmoor Housing.

Following very careful deliberation, the panel has decided not to offer you the position. The field was exceptionally strong.

Thank you for the time and effort you put into the process.

Yours sincerely,
Clare Whitby
HR Director, Birchmoor Housing`, 'Head of Finance - final interview'),

  rej('final', ['position_filled'], { ...door },
    `Hi Ayesha,

Thank you for coming in for the onsite last week. Four hours of interviews is a lot, and you handled it well.

We've now extended an offer to another finalist and she has accepted, so we won't be moving forward with you for the Senior UX Researcher role.

We'd love to keep in touch. I've added you to our list for future research roles, and I'll reach out directly when we're hiring again, likely in the autumn.

Warmly,
Lena
Recruiting, Fieldnote`, 'Fieldnote - Senior UX Researcher'),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Dear Mr. Kariuki,

Thank you for participating in the final interview for the position of Finance Manager at Savanna Agro Processors Ltd on 18th March 2025.

The panel appreciated your strong background in audit. However, the successful candidate will be expected to lead the implementation of our new SAP S/4HANA finance module, and the panel noted that you have not yet worked on an ERP implementation. Consequently, we regret that we are unable to offer you the position.

Should you wish to receive more detailed feedback from the panel, kindly write to the undersigned.

Yours faithfully,
Esther Njoroge
Head of Human Resources
Savanna Agro Processors Ltd`, 'FINAL INTERVIEW - FINANCE MANAGER'),

  rej('final', ['internal_candidate'], { ...door },
    `Hi Ben,

I wanted to call, but I know you're travelling, so a note for now. Thank you for getting through all four stages for the Director of Partnerships role, including the final panel with our CEO.

In the end the board decided to appoint Rachel, who has been our interim director for the last six months. It was a very close call.

We'd really like to keep you in mind for future leadership roles, and I'll be in touch when we're next hiring at that level.

Best,
Marion
Chief People Officer, Open Harbour Foundation`, 'Director of Partnerships'),

  rej('final', ['role_closed'], {},
    `Dear Siddharth,

Thank you for attending the final round for the Analytics Manager position in Mumbai.

We regret to inform you that, due to a change in organisational structure, this position has been put on hold and will not be filled in the current financial year. Accordingly, we are closing all applications for the role, including yours.

Regards,
Talent Acquisition
Rangoli Consumer Brands`, 'Analytics Manager - Mumbai'),

  rej('final', ['culture_fit'], { ...offered },
    `Hi Jess,

Thank you for spending the day with us for the final round.

The team has decided not to move forward. It was a close decision and it came down to team fit rather than your skills.

Happy to talk it through if you'd like - just reply and I'll set something up.

Best,
Alana
Talent Lead, Copperleaf`, 'Copperleaf final round'),

  rej('final', ['generic'], {},
    `Dear Ms Novak,

Thank you for your patience while we completed reference checks following your final interview for the post of Deputy Head of Operations.

We regret to inform you that, having considered the references received, we are unable to proceed with an offer of employment.

Yours sincerely,
Resourcing Team
Westbury Schools Trust`, 'Deputy Head of Operations'),

  rej('final', ['salary'], { ...fb },
    `Hi Daniel,

Thanks for your note yesterday with your counter-proposal.

We've spoken to finance and, unfortunately, we can't get anywhere near the $185k base you've asked for. Our approved band for the Principal Engineer role tops out at $160k, which is what we put in our verbal offer. Given the gap, we've decided to close out the process on our side.

I'm really sorry it ended this way after all the final-round interviews.

Best,
Priscilla
Head of Talent, Ledgerly`, 'Re: Principal Engineer offer'),

  rej('final', ['location'], { ...fb },
    `Dear Amara,

Thank you for attending our assessment centre on 4 March for the Graduate Leadership Programme.

Following the assessment centre, our screening team reviewed your right-to-work documents. Your Graduate visa expires in October 2025, and the programme runs for two years; we are unable to sponsor a visa for this programme, so we are unable to make you an offer.

We appreciate your time and effort and wish you every success.

Kind regards,
Graduate Recruitment
Ashcombe Retail Group`, 'Graduate Leadership Programme - outcome'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Vikram,

Thank you for attending the final round of interviews for the Associate, Infrastructure Investments position.

After careful consideration, we have decided to proceed with another finalist whose background is more closely aligned with the needs of the team.

We were impressed by your commitment throughout the process and would welcome an application from you for future roles at Kingsmere Capital.

Best regards,
Kingsmere Capital Recruiting`, 'Kingsmere Capital - Associate, Infrastructure Investments'),

  hold('final', ['role_closed'], {},
    `Dear Kenji,

Thank you for attending the final interview with my client for the Head of Data role.

I wanted to let you know that the company has temporarily frozen all senior hiring pending board approval of the new budget, which is expected at the end of next month. They are not able to make an offer to anyone until then. You have not been ruled out, and we hope to resume and conclude the process as soon as the freeze is lifted.

Kind regards,
Georgina Hale
Partner, Hale & Marsh Executive Search`, 'Head of Data - process update'),

  hold('application', ['role_closed'], {},
    `Hi Tamsin,

Thank you for applying for the Community Fundraiser role at Wrenbridge Hospice.

A quick update: we've paused recruitment for this role while our trustees review next year's fundraising budget. We haven't made any decisions on applications, and yours remains under consideration.

We hope to restart shortlisting by the end of April and will be in touch either way.

Best wishes,
Lucy
People Team, Wrenbridge Hospice`, 'Community Fundraiser - recruitment paused'),

  // ── Part two: an ICU nurse's inbox, February to May
  // February: Manila
  other(`Dear Kristine Joy,

Thank you for registering with Meridian Global Nursing. We have received your CV and your application for our UK International Nurse Recruitment programme.

One of our Manila-based consultants will contact you within 3 working days to talk through your experience and the NHS trusts we are currently recruiting for. To help us move quickly, please have the following ready:

• Valid passport
• PRC licence and Board rating
• IELTS (Academic) or OET results, if available
• Your NMC CBT status
• Certificate(s) of Employment covering your ICU experience

There are no fees for candidates. Meridian Global Nursing will never ask you to pay for a placement.

Kind regards,
Candidate Registration Team
Meridian Global Nursing Ltd | Manchester · Manila`, 'Welcome to Meridian Global Nursing - registration received'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Kristine Joy Manalo,

Job reference: 392-INT-0125-RN
Post: International Registered Nurse - Adult Critical Care (Band 5)

Thank you for your application for the above post.

We regret to inform you that you have not been shortlisted. For this international recruitment campaign, applicants must already meet the NMC English language requirement at the time of application: IELTS Academic with an overall score of 7.0, including at least 6.5 in writing and 7.0 in reading, listening and speaking, or OET grade B (C+ in writing). The IELTS result in your application shows a writing score of 6.0, so we are unable to take your application further.

Once you have achieved the required scores, we would welcome a new application for a future campaign.

Yours sincerely,

Recruitment Team
Ashgrove Hospitals NHS Foundation Trust

This message was sent via Trac. Please do not reply to this email.`, '392-INT-0125-RN International Registered Nurse - Adult Critical Care'),

  other(`NHS Jobs

Saved search: "international nurse critical care" - 3 new jobs

Registered Nurse - Critical Care (International Recruitment), Band 5
Kingsmoor University Hospitals NHS Trust · Kingsmoor
£29,970 to £36,483 a year · Closes 21/02/2025

Staff Nurse - Critical Care (Overseas Nurses Welcome), Band 5
Calderbrook Teaching Hospitals NHS Trust · Calderbrook General Hospital
£29,970 to £36,483 a year · Closes 28/02/2025

Registered Nurse - ITU (International), Band 5
Thornleigh & District NHS Trust · Thornleigh
£29,970 to £36,483 a year · Closes 03/03/2025

View all results

You are receiving this email because you saved a search on NHS Jobs. Manage saved searches | Unsubscribe`, 'NHS Jobs: 3 new jobs for your saved search'),

  other(`Hi Kristine,

Great speaking with you yesterday! As discussed, to start your NMBI registration and put you forward to our hospital clients in Dublin, Galway and Cork, please send the following by Friday 14 February:

1. Passport (photo page), scanned in colour
2. PRC licence (front and back) and Board certificate
3. Transcript of Records and BSN diploma
4. Certificates of Employment from Holy Infant Medical Center showing your ICU dates
5. Your IELTS or OET Test Report Form
6. The signed NMBI application declaration (attached)

Once we have these, we'll lodge your NMBI application and line you up for Teams interviews with Corrib Private Hospital and the Western Shore Hospital Group.

Any questions, just WhatsApp me.

Best,
Orla Keane
International Nurse Recruitment
Liffey Healthcare Recruitment, Dublin

Attachment: NMBI_declaration_KManalo.pdf`, 'Documents needed for your NMBI application'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Ms. Manalo,

Good day!

Thank you for applying for STAFF NURSE - NICU (Job Order No. KSA-2025-0117) for our principal, a 400-bed tertiary hospital in Riyadh, Kingdom of Saudi Arabia.

We regret to inform you that your application cannot be endorsed to our principal at this time. Our principal requires a minimum of two (2) years' recent experience in a Neonatal Intensive Care Unit, and your work experience is in an adult ICU.

We encourage you to apply to our other job orders for Adult ICU and Medical-Surgical nurses, which are posted on our website and Facebook page.

Thank you and God bless!

Recruitment Department
Bayanihan International Manpower Services, Inc.
DMW License No. 118-LB-062223-R | Ermita, Manila`, 'Application Status - Staff Nurse NICU (KSA)'),

  other(`Confirmation of Appointment

Thank you for scheduling your exam with Pearson VUE.

Candidate: Kristine Joy Manalo
Exam: NMC Test of Competence Part 1 (CBT) - Nursing
Date and time: Thursday, 20 February 2025, 8:30 AM Philippine Standard Time
Test centre: Pearson Professional Centers - Makati City, Philippines
Registration ID: 482117359

Please arrive 30 minutes before your appointment and bring your current passport. The name on your ID must match the name on this confirmation exactly.

If you need to reschedule or cancel, please do so at least 24 hours before your appointment through your Pearson VUE account. Appointments missed without notice cannot be refunded.

Pearson VUE`, 'Pearson VUE Confirmation of Exam Appointment'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Hi Kristine,

Thank you for your interest in the Registered Nurse - Intensive Care Unit role at Jacaranda Private Hospital, Brisbane.

We've reviewed your application and unfortunately we're unable to progress it. All our registered nurse positions require current general registration with the Nursing and Midwifery Board of Australia through AHPRA, as well as full working rights in Australia, as we are not able to sponsor visas for nursing roles at this time. Your application indicates that you do not yet hold AHPRA registration and would require sponsorship.

We wish you all the best with your career.

Kind regards,
Talent Acquisition
Jacaranda Health Group`, 'Your application with Jacaranda Health Group'),

  other(`Hi Kristine,

You're invited to our next live webinar:

NURSING IN IRELAND: LIVE Q&A FOR NURSES IN THE PHILIPPINES AND THE GULF
Thursday 27 February · 7:00 PM Manila / 3:00 PM Dubai / 11:00 AM Dublin
Online via Zoom · Free

We'll cover:
- The NMBI registration timeline, step by step
- Adaptation programmes vs. the aptitude test
- The Critical Skills Employment Permit and bringing your family
- Salaries, rent and cost of living in Dublin, Galway and Cork
- Q&A with two Filipino nurses now working in Irish ICUs

Save my seat →

See you there!
Liffey Healthcare Recruitment

You're receiving this because you registered with Liffey Healthcare Recruitment. Unsubscribe`, 'Webinar invite: Nursing in Ireland - live Q&A on 27 Feb'),

  other(`Dear Kristine Joy Manalo,

Your result for the NMC Test of Competence Part 1 (CBT) taken on 20 February 2025 is now available.

Result: PASS

Your result is valid for two years from the date of the test. Your next step is to complete your application for registration through NMC Online, including your qualification and English language evidence. Once we have assessed your application, we will write to you with a decision letter confirming whether you can book Part 2 of the test of competence (OSCE).

Kind regards,
Overseas Registration Team
Nursing and Midwifery Council`, 'Your test of competence Part 1 result'),

  other(`Hi Kristine Joy,

Lovely to speak with you this afternoon, and congratulations on passing your CBT!

As agreed, I've submitted your profile to three of our NHS partner trusts for their critical care intakes:

- Kingsmoor University Hospitals NHS Trust (interviews early March)
- Calderbrook Teaching Hospitals NHS Trust (interviews mid-March)
- Elmstead & Vale NHS Foundation Trust (rolling)

Your OET result is due on 7 March. The trusts have agreed to interview you in the meantime, on the understanding that you'll need to meet the NMC English requirement before any offer.

I'll let you know as soon as I hear back from each of them.

Warm regards,
Joanne Pike
Senior International Recruitment Consultant
Meridian Global Nursing`, 'Your profile has been submitted to 3 NHS trusts'),

  hold('application', ['skills_gap'], { ...fb },
    `Hi Kristine Joy,

A quick update from Elmstead & Vale. Their international recruitment team has reviewed your profile and they're keen, but their policy this year is to interview only nurses who already have their NMC decision letter (the letter confirming the NMC has assessed your application and you can book the OSCE).

So rather than turning you down, they've put your application on hold pending your NMC decision. It stays with them and you don't need to reapply. As soon as you forward me the letter, I'll send it over and ask them for an interview date.

Joanne

Joanne Pike | Meridian Global Nursing`, 'Elmstead & Vale - application on hold'),

  rej('application', ['location'], { ...fb },
    `Dear Kristine Joy Manalo,

Thank you for your interest in Job ID 2025-04417, Registered Nurse - Intensive Care Unit, Northern Lakes Health, Grande Prairie.

Applicants must be legally entitled to work in Canada at the time of application. Based on the information provided in your application, you do not currently hold Canadian work authorization, and we are therefore unable to consider your application for this posting.

Sincerely,

Talent Acquisition
Northern Lakes Health

Please do not reply to this message. This mailbox is not monitored.`, 'Job ID 2025-04417 - Registered Nurse - Intensive Care Unit'),

  other(`Dear Kristine Joy,

Interview invitation: Registered Nurse - Critical Care (International Recruitment), Band 5

Following shortlisting, we are pleased to invite you to an interview via Microsoft Teams.

Date: Tuesday 4 March 2025
Time: 09:30 GMT (17:30 Philippine time)
Panel: Senior Sister, Critical Care; Practice Development Nurse; International Recruitment Lead

The interview will last around 45 minutes and will include scenario-based clinical questions. Please have your passport to hand for an identity check at the start.

Please confirm your attendance by replying to this email.

Kind regards,
Medical & Nursing Recruitment
Kingsmoor University Hospitals NHS Trust`, 'Interview invitation - Registered Nurse - Critical Care'),

  rej('application', ['role_closed'], {},
    `Dear Kristine Joy Manalo,

Job reference: 218-ITU-INT-0225
Post: Registered Nurse - ITU (International), Band 5

We are writing to inform you that the above vacancy has been withdrawn. The Trust has paused its international recruitment programme for the remainder of the financial year, and no appointments will be made from this advert.

Your application has therefore been closed. We apologise for any inconvenience and thank you for your interest in Thornleigh & District NHS Trust.

Recruitment Team
Thornleigh & District NHS Trust

This message was sent via Trac.`, 'Vacancy withdrawn: 218-ITU-INT-0225'),

  rej('screen', ['generic'], {},
    `Dear Applicant,

Thank you for attending the initial phone interview with our recruitment officer for the position of ICU STAFF NURSE (JEDDAH) under Job Order JO-2025-044.

We regret to inform you that you were not shortlisted for our principal's online interview for this batch.

Thank you for your interest.

Silangan Overseas Placement Agency Corp.
DMW License No. 094-LB-110522-R | Malate, Manila`, 'JO-2025-044 ICU Staff Nurse (Jeddah)'),

  // March: moved to Dubai
  other(`Hi Kristine,

Thanks for letting me know about your move, and congratulations on the new post at Al Safwa! I've updated your file with your UAE mobile number and address. Nothing changes with your NMBI application; the Irish hospitals interview by Teams anyway, so we'll just schedule around Gulf time.

One more thing: Corrib Private Hospital have asked for a Certificate of Good Standing from the PRC. Could you request it as soon as you can? It can take a few weeks to come through.

Orla

Orla Keane | Liffey Healthcare Recruitment`, 'Re: New address and number'),

  other(`Dear Kristine Joy,

Unfortunately, due to unforeseen circumstances, the interview panel is no longer available on Tuesday 4 March.

We would like to rearrange your interview for Registered Nurse - Critical Care (International Recruitment) to:

Date: Tuesday 11 March 2025
Time: 09:30 GMT (13:30 Gulf Standard Time, as we note you are now based in Dubai)

The Teams link will be sent separately. Please reply to confirm that the new time is suitable. We apologise for any inconvenience.

Kind regards,
Medical & Nursing Recruitment
Kingsmoor University Hospitals NHS Trust`, 'Interview rearranged - Registered Nurse - Critical Care'),

  other(`Dear Kristine Joy Manalo,

Your OET results are now available.

Test date: 15 February 2025 (OET on Computer, Nursing)
Listening: 410 (B)
Reading: 390 (B)
Writing: 340 (C+)
Speaking: 420 (B)

You can view and download your Statement of Results from your OET account. If you have nominated any organisations to receive your results, they will be sent automatically.

OET`, 'Your OET results are available'),

  other(`Dear Ms Manalo,

Interview: Staff Nurse - General (International), Campaign Ref WSHG-INT-25-03

You have been shortlisted for interview for the above campaign. Your interview will take place via Microsoft Teams on Friday 14 March 2025 at 10:00 Irish time (14:00 Gulf Standard Time).

The interview board will consist of a Director of Nursing, an Assistant Director of Nursing and a Clinical Nurse Manager. Please have photographic identification available.

If you are unable to attend, please contact this office at least 48 hours in advance.

Recruitment Office
Western Shore Hospital Group`, 'Invitation to interview - WSHG-INT-25-03'),

  rej('interview', ['position_filled'], { ...door },
    `Dear Kristine,

Thank you for taking the time to interview with us via Teams on 6 March for the Staff Nurse - ICU post.

We were pleased to meet you. However, all of the ICU posts in our spring international intake have now been filled, and we are unable to offer you a position on this occasion.

We would be happy to keep your details on file for our September intake, and Liffey Healthcare Recruitment will contact you when it opens.

Kind regards,

Siobhán Rafferty
Director of Nursing
Corrib Private Hospital, Galway`, 'Staff Nurse - ICU, Corrib Private Hospital'),

  other(`Dear Kristine Joy Manalo,

Case number: DFSCFHS-2503-88214 (Saudi Commission for Health Specialties)

We were unable to complete the verification of the following document:

Certificate of Employment - Holy Infant Medical Center, Quezon City

The issuing authority has asked that the certificate be re-issued on official letterhead showing your exact dates of employment and position, signed by the HR Manager. Please upload the corrected document to your case within 30 days to avoid delays to your report.

Your other documents (BSN diploma, PRC licence, Transcript of Records) have been verified successfully.

DataFlow Group`, 'Action required: additional information for your verification case'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Kristine Joy,

Thank you for attending interview for the post of Registered Nurse - Critical Care (International Recruitment) on 11 March 2025.

I am sorry to inform you that on this occasion you have not been successful. The panel selected candidates whose experience more closely matched the requirements of our cardiothoracic critical care unit.

If you would like feedback on your interview, please contact our International Recruitment Lead, Karen Oduya, at international.recruitment@kingsmoor.example, who will be happy to arrange this.

Kind regards,
Medical & Nursing Recruitment
Kingsmoor University Hospitals NHS Trust`, 'Interview outcome - Registered Nurse - Critical Care'),

  other(`Hi Kristine Joy,

Good news - Calderbrook Teaching Hospitals would like to interview you for their critical care intake!

Date: Wednesday 19 March
Time: 10:00 UK time (14:00 in Dubai)
Format: Microsoft Teams, 30-40 minutes, with the Matron for Critical Care and a Clinical Educator

Expect questions on your ICU experience (ventilated patients, CRRT, inotropes), a couple of clinical scenarios, and why Calderbrook. I've attached our interview prep guide.

Please reply to confirm, and let me know if you'd like a mock interview with our clinical lead on Monday.

Joanne

Joanne Pike | Meridian Global Nursing

Attachment: Meridian_NHS_Interview_Guide_2025.pdf`, 'Interview confirmed: Calderbrook Teaching Hospitals - 19 March'),

  hold('interview', ['generic'], {},
    `Dear Ms. Manalo,

Good day!

This is to inform you that the final selection for STAFF NURSE - ADULT ICU (Job Order No. KSA-2025-0121), for which you attended our principal's online interview on 12 March, has been put on hold by the principal until after the Eid al-Fitr holidays. The principal has not yet released its list of selected candidates, and your application remains active.

We will inform you of the result as soon as we receive it. Thank you for your patience.

Recruitment Department
Bayanihan International Manpower Services, Inc.
DMW License No. 118-LB-062223-R`, 'KSA-2025-0121 Staff Nurse Adult ICU - Selection Update'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Kristine,

Thank you for your application for Registered Nurse - Intensive Care Services (Ref. CC-ICU-25-031) with Coral Coast Hospital and Health Service, Townsville.

Your application has been assessed against the essential requirements of the role. Unfortunately, you have not been shortlisted, as the role requires current general registration as a Registered Nurse with AHPRA at the time of application, and your application indicates that you have not yet started the AHPRA assessment for internationally qualified nurses.

Once you have obtained general registration, we encourage you to apply for future vacancies with the Service.

Regards,
Recruitment Services
Coral Coast Hospital and Health Service`, 'Application outcome - CC-ICU-25-031'),

  other(`New jobs for "ICU registered nurse visa sponsorship"

Registered Nurse - ICU | Sponsorship available
Banksia Health · Perth WA · $41 - $55 per hour
Listed 2d ago

Clinical Nurse - Intensive Care (International applicants welcome)
Southern Cross Private Hospitals · Adelaide SA
Listed 3d ago

Registered Nurse - Critical Care
Wattle Nursing Recruitment · Multiple locations
Listed 5d ago

View all 14 new jobs

You're receiving this because you created a saved search on SEEK. Manage alerts`, '3 new jobs for "ICU registered nurse visa sponsorship"'),

  rej('application', ['generic'], {},
    `Dear Kristine Joy Manalo,

Job reference: 447-IR-2235
Post: Staff Nurse - International Recruitment (Band 5)

Thank you for your application for the above post. Unfortunately, on this occasion, you have not been shortlisted for interview.

We would like to thank you for your interest in the post and wish you every success in the future.

Yours sincerely,

Recruitment
Hollinwood & Moorside NHS Trust

This message was sent via Trac. Please do not reply to this email.`, '447-IR-2235 Staff Nurse - International Recruitment'),

  hold('interview', ['skills_gap'], { ...fb },
    `Dear Ms Manalo,

Campaign: Staff Nurse - General (International), Ref WSHG-INT-25-03

Further to your interview on 14 March, I am pleased to inform you that you were successful and have been placed on the panel for the above campaign.

Please note that no offer of employment can be made until you hold active registration with the Nursing and Midwifery Board of Ireland (NMBI). Your file has therefore been placed on hold pending your NMBI registration. Please forward your Decision Letter and confirmation of registration to this office when you receive them, and we will continue processing your application at that point.

The panel remains valid for 12 months from the date of interview.

Yours sincerely,
Recruitment Office
Western Shore Hospital Group`, 'WSHG-INT-25-03 - Interview result'),

  other(`Dear Ms Manalo,

Application reference: NMBI-OS-2025-031877

Thank you for your application for registration. Before your application can be assessed, we require the following:

- A Verification Form completed and returned directly to NMBI by the Professional Regulation Commission (we cannot accept copies sent by the applicant)
- A certified copy of your passport photo page

Your application will remain open for six months from the date of this letter. Once all documents have been received, assessment normally takes 60 working days.

Registration Department
Nursing and Midwifery Board of Ireland`, 'Your application for registration - further documents required'),

  rej('interview', ['location'], { ...fb },
    `Dear Kristine Joy,

Thank you for attending the online interview on 5 March for the position of Staff Nurse - Medical ICU at Al Wurood Medical City, Riyadh.

Following a review of our visa allocation, the hospital has decided that the remaining positions in this recruitment cycle will be filled only by candidates already residing in the Kingdom with a transferable iqama. As you are currently residing in the UAE and would require a new employment visa, we are unable to proceed with your application in this cycle.

We thank you for your interest in Al Wurood Medical City.

Nursing Recruitment
Human Resources Department
Al Wurood Medical City`, 'Staff Nurse - Medical ICU - Application Status'),

  other(`Hi Kristine Joy,

Just a quick note to say Calderbrook were really pleased with your interview yesterday - the Matron told me it was one of the strongest she'd had this round. They're finishing the last interviews on Friday and expect to confirm outcomes by the end of next week.

In the meantime, could you forward me your OET Statement of Results? They'll need it for the file either way.

Fingers crossed!
Joanne

Joanne Pike | Meridian Global Nursing`, 'Calderbrook - interview feedback and next steps'),

  // April
  other(`Dear Kristine Joy,

Conditional Offer of Employment
Post: Staff Nurse - Critical Care (International Recruitment)
Reference: 311-CC-INT-0325

Following your interview on 19 March, I am delighted to offer you the above post, subject to satisfactory pre-employment checks, receipt of your NMC decision letter and a successful Health and Care Worker visa application.

- Start date: provisionally Monday 30 June 2025
- Salary: Band 4 (£26,530 per annum) on arrival, moving to Band 5 (£29,970 per annum) once you join the NMC register
- Hours: 37.5 per week, permanent
- Relocation support: visa fee and OSCE fee paid by the Trust, one-way flight to the UK, three months' free accommodation in Trust residences, and our eight-week OSCE preparation programme

Please accept or decline the offer through your Trac account by Friday 11 April 2025.

We very much look forward to welcoming you to Calderbrook.

Yours sincerely,

Recruitment Team
Calderbrook Teaching Hospitals NHS Trust

This message was sent via Trac.`, 'Conditional Offer of Employment - 311-CC-INT-0325'),

  other(`Hi Kristine Joy,

Congratulations!! I'm so pleased for you - thank you for accepting the Calderbrook offer so quickly.

Here's what happens next, roughly in order:
1. Calderbrook's pre-employment team will email you this week about references, your occupational health questionnaire and police checks.
2. Once your NMC decision letter arrives, forward it to me and to Calderbrook.
3. The Trust will then assign your Certificate of Sponsorship so you can apply for your visa.
4. We'll book your flight and accommodation once the visa is granted.

I'll be with you every step of the way. Shout if anything is unclear.

Joanne

Joanne Pike | Meridian Global Nursing`, 'Re: Conditional Offer - congratulations and next steps'),

  other(`Dear Kristine Joy,

Thank you for accepting our conditional offer. To complete your pre-employment checks, please provide the following through your Trac account within 14 days:

1. Two references covering the last three years, one of which must be from your current line manager at Al Safwa Specialty Hospital
2. The occupational health questionnaire (link in Trac) and your vaccination history
3. A TB test certificate from a clinic approved by UK Visas and Immigration in the UAE
4. Overseas criminal record certificates: NBI Clearance (Philippines) and a UAE Police Clearance Certificate
5. Your NMC decision letter, as soon as it is issued

Your offer will be confirmed once all checks are satisfactory.

Kind regards,
Pre-employment Checks Team
Calderbrook Teaching Hospitals NHS Trust`, 'Pre-employment checks - action required'),

  rej('application', ['position_filled'], {},
    `Hi Kristine,

Thanks for applying for the Registered Nurse - ICU (Sponsorship available) role with Banksia Health in Perth.

We've had an amazing response from nurses around the world, and all positions in our 2025 international intake have now been filled. We're therefore unable to progress your application.

Thanks again for your interest in Banksia Health.

The Banksia Health Talent Team`, 'Banksia Health - Registered Nurse - ICU'),

  other(`Dear Kristine Joy Manalo,

Decision on your application for registration

We have assessed your application for registration as a Registered Nurse (Adult) and are pleased to confirm that you are eligible to sit Part 2 of the test of competence (the OSCE).

You must pass the OSCE, and complete your registration, within the validity period of your CBT result. Details of how to book your OSCE, and what to expect on the day, are available in your NMC Online account.

Please keep this letter: your employer will need a copy.

Kind regards,
Overseas Registration Team
Nursing and Midwifery Council`, 'Decision letter: your application for registration'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Dear Kristine,

Thank you for speaking with our International Recruitment team on April 2 about Registered Nurse opportunities with Prairie Sky Health Authority.

As we mentioned on the call, our international program requires candidates to have passed the NCLEX-RN before we can move them to a hiring interview. As you have not yet taken the NCLEX-RN, we are unable to move your application forward at this time.

Once you have passed the NCLEX-RN, we would welcome an application to our next international recruitment intake, which is planned for the fall.

Sincerely,
International Nurse Recruitment
Prairie Sky Health Authority`, 'Prairie Sky Health Authority - RN recruitment'),

  other(`Dear Kristine Joy,

I am pleased to confirm that the Trust has assigned your Certificate of Sponsorship.

CoS reference number: C2G8K41J7QX
Occupation code: 2231 (Nurses)
Sponsor: Calderbrook Teaching Hospitals NHS Trust

You can now apply for your Health and Care Worker visa online. Please use the CoS reference number above, choose the VFS Global visa application centre in Dubai for your biometrics, and send us a copy of your submission confirmation. The Trust will reimburse the visa fee once you have started in post.

Please do not book any travel until your visa has been granted.

Kind regards,
International Recruitment Team
Calderbrook Teaching Hospitals NHS Trust`, 'Certificate of Sponsorship assigned - next steps for your visa'),

  other(`Hi Kristine Joy,

As you asked, I've let Elmstead & Vale know that you've accepted another offer and would like to withdraw your application. They've confirmed your application is now closed on their side and wished you well with Calderbrook.

No further action needed from you.

Joanne

Joanne Pike | Meridian Global Nursing`, 'Elmstead & Vale - withdrawal confirmed'),

  rej('interview', ['assessment'], { ...fb },
    `Dear Kristine Joy,

Thank you for attending interview via Microsoft Teams on 27 March for Registered Nurse - Critical Care (Overseas).

As part of the interview process, all candidates complete a drug calculation test, for which the pass mark is 100%. Your score was 8 out of 10; both errors were in the infusion rate (mL/hr) questions. Because the pass mark was not met, we are unable to offer you a post on this occasion.

Thank you for your interest in Kestle Vale Healthcare NHS Trust.

Yours sincerely,
Nursing Recruitment
Kestle Vale Healthcare NHS Trust`, 'Interview outcome - Registered Nurse - Critical Care (Overseas)'),

  other(`OSCE booking confirmation

Candidate: Kristine Joy Manalo
NMC PIN application reference: 25A1139OS
Test: Test of competence Part 2 (OSCE) - Adult nursing
Date: Tuesday 5 August 2025, 08:00 (please arrive by 07:30)
Test centre: Midlands Clinical Skills Test Centre, Leicester
Booked by: Calderbrook Teaching Hospitals NHS Trust (fee paid by sponsor)

Please bring your passport and this confirmation on the day. Candidate guidance and the mock OSCE materials are available on the NMC website.

If you need to change this booking, please contact your employer's OSCE coordinator rather than the test centre.

Midlands Clinical Skills Test Centre`, 'OSCE booking confirmed - 5 August 2025'),

  hold('application', ['skills_gap'], { ...fb },
    `Hi Kristine,

Thanks for your interest in the ICU roles with our client hospitals in Adelaide and Perth.

We've reviewed your file and, as you don't yet hold AHPRA registration, our clients aren't able to interview you yet. Rather than close your file, we've put your application on hold pending your AHPRA registration. Your documents are saved and you won't need to resubmit anything. Just email us your registration number once it's issued and we'll reactivate your application straight away.

Kind regards,
Mia Thornton
Candidate Manager
Wattle Nursing Recruitment`, 'Your application - on hold pending AHPRA registration'),

  // May
  rej('interview', ['generic'], {},
    `Dear Ms. Manalo,

Good day!

Further to our earlier advice, our principal has now released the final list of selected candidates for STAFF NURSE - ADULT ICU (Job Order No. KSA-2025-0121), following the online interviews held on 12 March.

We regret to inform you that your name is not included in the list of selected candidates.

Thank you for your time and patience.

Recruitment Department
Bayanihan International Manpower Services, Inc.
DMW License No. 118-LB-062223-R`, 'KSA-2025-0121 Staff Nurse Adult ICU - Final Result'),

  other(`Hi Kristine Joy,

Your visa is through - brilliant! Here are your travel arrangements:

Flight: EK 017, Dubai (DXB) to Manchester (MAN)
Date: Friday 27 June 2025, departing 08:20, arriving 12:35
Baggage: 2 x 23 kg (booked by the Trust)

You'll be met at Manchester Airport arrivals by a member of the international recruitment team, who will take you to your room at Calderbrook Staff Residences (Block B, room 14). Your first three months' rent is covered by the Trust.

Your induction starts on Monday 30 June at 09:00 in the Education Centre.

Safe travels,
International Recruitment Team
Calderbrook Teaching Hospitals NHS Trust`, 'Your flight and accommodation details'),

  rej('application', ['role_closed'], {},
    `Hi Kristine,

I'm afraid I have some disappointing news from Ardmore Private Clinic in Cork. They told us this morning that, because of a freeze on new posts across their group, they are suspending their international nurse recruitment for the rest of 2025. All applications in progress, including yours, have been closed.

Given your UK offer I suspect this isn't a big blow, but I wanted to let you know properly.

Orla

Orla Keane | Liffey Healthcare Recruitment`, 'Ardmore Private Clinic - recruitment suspended'),

  other(`Dear Ms Manalo,

Campaign: Staff Nurse - General (International), Ref WSHG-INT-25-03

We acknowledge receipt of your email of 6 May and confirm that, at your request, your name has been removed from the panel for the above campaign.

We wish you every success in your new post.

Recruitment Office
Western Shore Hospital Group`, 'WSHG-INT-25-03 - removal from panel'),

  rej('application', ['overqualified'], { ...fb },
    `Hi Kristine,

Thanks for applying through us for the Registered Nurse post at Willowmere Care Home in Norfolk (sponsorship available).

I passed your CV to the home manager, and I'm sorry to say she's decided not to take it further. With nearly five years in intensive care, she feels your experience is well above what the role needs - it's a 40-bed nursing home, mostly medication rounds and care planning - and that you'd be likely to move to an acute hospital as soon as you could.

Sorry it's not better news.

Ben Archer
CareBridge Nursing Solutions`, 'Willowmere Care Home - RN application'),

  rej('screen', ['salary'], { ...fb },
    `Dear Ms. Manalo,

Thank you for your time on the phone on Sunday regarding the Staff Nurse - CCU vacancy with our client hospital in Dammam.

As discussed, the client's package for this grade is SAR 8,500 per month plus housing and transport allowance. You confirmed that, given your current package in Dubai, you would consider only offers of SAR 11,000 per month or above. As the client is not able to go above the approved grade, we will not be submitting your profile for this vacancy.

Regards,
Hana Al-Suwaidi
Recruitment Consultant
Gulf Crescent Healthcare Staffing, Dubai`, 'Staff Nurse - CCU (Dammam)'),

  other(`Dear Kristine Joy,

Thank you for applying to Kingsmoor University Hospitals NHS Trust earlier this year. We want to make applying to us as good as it can be, and we'd value your views, whatever the outcome of your application.

The survey has 10 questions and takes about 5 minutes. Your answers are anonymous and will not affect any current or future applications.

Start the survey →

Thank you,
Recruitment & Resourcing
Kingsmoor University Hospitals NHS Trust`, 'Tell us about your experience of applying to Kingsmoor'),

  rej('application', ['location'], { ...fb },
    `Dear Kristine,

Thank you for your application for the position of Staff Nurse (Nights) at Glenasmole Nursing Home.

Unfortunately we are not in a position to offer employment permits at present, and this role is only open to candidates who are already living in Ireland with Stamp 4 or EU work rights. As your application shows you are currently living in the UAE, we are unable to consider it further.

We wish you well in your career.

Kind regards,
Deirdre Walsh
Person in Charge
Glenasmole Nursing Home, Dublin 24`, 'Staff Nurse (Nights) - Glenasmole Nursing Home'),

  other(`Hi Kristine Joy,

Great news from Calderbrook: all your pre-employment checks are now complete and your offer has been confirmed as unconditional, apart from the OSCE.

Also, a reminder that we pay a £500 referral bonus for every nurse you introduce to Meridian who starts with one of our partner trusts. If you have friends from Holy Infant or Al Safwa who are thinking about the UK, send them my way!

Joanne

Joanne Pike | Meridian Global Nursing`, 'Pre-employment checks complete + refer a friend'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Kristine Joy Manalo,

Thank you for your interest in the Registered Nurse - Long Term Care position at Maple Grove Seniors Care, Winnipeg.

After reviewing your application, we have decided to proceed with candidates whose experience more closely matches the needs of our long-term care homes.

We will keep your resume on file for six months and may contact you if another suitable position becomes available.

Sincerely,

Human Resources
Maple Grove Seniors Care

Powered by iCIMS`, 'Your application to Maple Grove Seniors Care'),

  other(`Dear Kristine Joy,

Before you travel, please complete your right-to-work check. As a Health and Care Worker visa holder, you can share your immigration status with us online:

1. Go to the UK government's "Prove your right to work" service
2. Generate a share code
3. Enter the share code and your date of birth in your Trac account

Please complete this by Friday 13 June. You will also need to bring your passport and BRP or eVisa details to induction on 30 June.

Kind regards,
Pre-employment Checks Team
Calderbrook Teaching Hospitals NHS Trust`, 'Reminder: right-to-work check before your start date'),

  rej('application', ['generic'], {},
    `Hi ma'am Kristine, sorry po, your CV was not shortlisted by the client for the Dhahran batch. Thank you and God bless! - Recruitment Team, Silangan Overseas Placement Agency`, 'Dhahran batch'),
];
