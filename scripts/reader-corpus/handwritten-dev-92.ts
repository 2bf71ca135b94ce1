/**
 * Development messages of the ninety-second round: an inbox where a decline hides among polite updates. The
 * rejections sound like news rather than verdicts (a position now filled, a team going another way, a portal status
 * of "not progressed", "we won't be taking this further, but...", a one-line reply in a thread) at every stage from
 * the application to the final round, with every reason. Paused processes keep the application alive through a
 * budget year, a freeze or an absent manager. The look-alikes borrow the same careful, regretful or warm words and
 * decline nothing: acknowledgements, "under review", a portal outage apology, a status change to log in for,
 * requests to complete an application, invitations and reschedules, a re-posted role, a withdrawal confirmed, job
 * alerts, a talent-community newsletter, an unsubscribe confirmation, a candidate survey, offers and their paperwork,
 * a missed phone call.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d92-');

export const HANDWRITTEN_DEV_92: readonly CorpusLine[] = [
  // ── Rejections that read like updates
  rej('application', ['position_filled'], {},
    `Hi Tomasz,

A quick update on the Warehouse Shift Lead vacancy at Kestrel Freight (ref KF-2291): we've now filled the position, and the advert will come down from our careers page this afternoon.

Thanks for your interest in Kestrel.

Danuta Wróbel
People Team`, 'Update on Warehouse Shift Lead'),

  rej('application', ['generic'], {},
    `Application status update

Role: Accounts Payable Clerk (Req 00418-B)
Location: Leeds
Status: Not progressed

You can view all your applications at any time in your candidate account.

This is an automated message from Halberd Group Careers. Please do not reply to this email.`, 'Your application status'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Ngozi,

Thank you for the time you put into your application for Grants Officer with the Thornbury Foundation. We read every application ourselves, and we have now reviewed yours alongside the others we received.

On this occasion we will not be inviting you to interview, as other applicants' backgrounds were a closer match to what this post needs.

We would be glad to see your name again. New posts are listed on our website each quarter, and we hope you will keep an eye on them.

With good wishes,
Harriet Leem
Operations Manager, Thornbury Foundation
Registered charity no. 1107734`, 'Grants Officer - your application'),

  rej('application', ['location'], { ...fb },
    `Hello Rafael,

Thanks for applying for the Junior Data Engineer role. Looking at your details, you're currently based in Lisbon and said you'd need visa sponsorship to work in Canada. Unfortunately this role can only be offered to people who already hold the right to work here, as we aren't able to sponsor for it. So we won't be able to take your application further.

All the best,
Courtney - Talent, Pinefield Analytics (Toronto)`, 'Junior Data Engineer @ Pinefield'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Mr. Okonkwo,

Thank you for applying for the position of Customer Support Associate at Velora Home.

Having read your CV, with twelve years of experience including six leading support departments, we feel this entry-level role would not make use of your background and would be unlikely to hold your interest for long. For that reason we will not be progressing your application for this particular vacancy.

We would, however, like to keep your CV on file, and we will contact you should a more senior position become available.

Yours sincerely,
Velora Home Recruitment`, 'Your application - Customer Support Associate'),

  rej('application', ['role_closed'], { ...door },
    `<p>Hi Amara,</p>
<p>We wanted to let you know that the <b>Content Marketing Manager</b> role you applied for has been withdrawn following a change in our plans for next year, and we're no longer recruiting for it. This means we won't be proceeding with your application.</p>
<p>We'd love you to stay in touch - you're welcome to apply for any of our other openings on the careers page.</p>
<p>The Brindle &amp; Co. Talent Team</p>
<p style="font-size:10px">You are receiving this email because you applied for a position at Brindle &amp; Co.</p>`, 'An update about Content Marketing Manager'),

  rej('application', ['internal_candidate'], {},
    `Hi Jonas,

Thank you for putting yourself forward for the Team Lead, Payroll role. I wanted to let you know personally that we've appointed a colleague from within the payroll team to the position, so we won't be going any further with external applications.

Best regards,
Ilse Brandt
HR Business Partner, Meridia Versicherung AG`, 'Team Lead Payroll'),

  rej('application', ['salary'], { ...fb },
    `Hi Devika,

Thanks for the application for the Office Manager job. You mentioned on the form that you're looking for around 68k. The budget for this role is capped at 52k and there isn't flexibility there, so I don't think it makes sense to take things further on this one. Sorry it's not better news.

Cheers,
Mark
Founder, Tallyhop`, 'Office Manager application'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Ms Ferreira,

Re: Community Pharmacist, Ashgrove branch (ref AG/0317)

Thank you for your application. The post requires registration with the General Pharmaceutical Council at the start of employment, and your application indicates that your registration is still in progress. We are therefore unable to consider your application further for this post.

Ashgrove Pharmacy Group
Recruitment Office`, 'Community Pharmacist - Ashgrove'),

  rej('application', ['generic'], {},
    `Hi Leon,

Just a note to let you know the team decided to go in a different direction for the Product Designer opening, so we won't be moving forward with your application.

Thanks again for thinking of us.

Gabby at Orchard Labs`, 'Product Designer - update'),

  // screen
  rej('screen', ['salary', 'location'], { ...fb },
    `Hi Siobhan,

Thanks so much for the call on Tuesday, it was great to hear about your work at the agency.

I've now had a chance to talk it through with the hiring manager. Two things make it hard for us: the role needs someone in the Manchester office three days a week, and you mentioned you'd prefer to stay fully remote from Galway; and the salary you're after is a fair bit above the band we have for this level. Given both, we've agreed not to take your application to the next stage.

I'm sorry it's not a better outcome - and thanks for being so open on the call.

Kind regards,
Priya Lal
Senior Recruiter, Northcote Digital`, 'Following up from our call'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hi Bram,

Thanks again for the chat last week. We really appreciated your honesty about what you're looking for. From what you described, you do your best work with a lot of structure and clear long-term plans, and our team changes priorities almost weekly - it's a very scrappy setup. We think that would end up frustrating for you, so we're going to stop here for this role.

Best,
Noor
Co-founder, Fennel`, 'Our chat'),

  rej('screen', ['overqualified'], { ...fb },
    `Dear Graham,

Thank you for speaking with me on Monday about the Junior Project Coordinator position.

Having discussed your twenty years in programme management with the hiring team, we've concluded that the role, which is largely scheduling and minute-taking, sits well below your level of experience. We won't be moving forward with your application for it, though I do appreciate your interest in Calloway Housing.

Regards,
Sandra Muir
Talent Acquisition`, 'Junior Project Coordinator'),

  rej('screen', ['generic'], {},
    `Hi Kai - thanks for your patience. Afraid we won't be moving you forward this time.

Sent from my iPhone

> On 11 Sep, at 16:04, Kai Sorensen wrote:
> Hi Rosa, just checking in after our phone screen last Thursday - any news on the Account Executive role?`, 'Re: Account Executive - phone screen'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Bonjour Emily,

Thank you for taking the time to speak with me yesterday. As we discussed, this Client Success role involves daily calls with our clients in Quebec and France, and we need someone with fluent professional French. From our conversation, your French isn't yet at that level, so we won't be continuing with your application for now.

Please do apply again as your French develops - we hire for English-only roles in the Toronto office too, and I'll keep your profile in our talent pool.

Bonne continuation,
Mathilde Caron
Recruitment, Lumen Assurance`, 'Client Success Specialist - suite à notre appel'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Oluwaseun,

Thanks for the intro call on Friday and for sharing your story. We've now spoken to everyone on the shortlist for first calls and the hiring manager has chosen to continue with candidates whose experience lines up more closely with this role.

Wishing you well,
Claire
Recruitment Partner, Hatchwell Recruitment (on behalf of our client)`, 'Operations Analyst role'),

  // assessment
  rej('assessment', ['assessment'], { ...fb },
    `Dear Candidate,

Thank you for completing the online numerical and verbal reasoning tests for the Graduate Finance Programme 2027.

Your results: Numerical reasoning 41st percentile; Verbal reasoning 63rd percentile. The minimum required on each test to proceed is the 50th percentile. As a result, your application will not be progressed to the video interview stage.

You may apply again to the 2028 programme when applications open.

Graduate Recruitment Team
Ellerby Capital
This mailbox is not monitored.`, 'Graduate Finance Programme - assessment results'),

  rej('assessment', ['assessment'], { ...offered },
    `Hi Yusuf,

Thanks for the time you put into the case exercise - we know it's a big ask on top of everything else.

The panel has reviewed all submissions and unfortunately yours didn't reach the standard we were looking for to move to interviews. If you'd like a short note on how it was assessed, just reply here and I'll send it over.

Best wishes,
Helena Kraus
Strategy Team, Oberlin Partners`, 'Case exercise - outcome'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Marta,

Thank you for submitting the coding challenge. Our reviewers found that the solution passed 6 of the 14 hidden test cases, mostly failing on concurrent requests, and the task was written in plain JavaScript where the brief asked for TypeScript with strict types - which this role uses everywhere. Because of this we won't be inviting you to the technical interview.

Regards,
Piotr
Engineering Recruiting, Skybridge Systems`, 'Your Skybridge coding challenge'),

  rej('assessment', ['generic'], {},
    `PRIVATE & CONFIDENTIAL

Dear Ms Adeyemi,

Conditional offer: Customer Service Officer (ref CSO-5530)

We refer to the pre-employment screening you completed as a condition of the offer dated 2 October. We have now received the results of the background check and, having reviewed them, we regret that we are unable to confirm your appointment. The conditional offer is therefore withdrawn.

If you have any questions about the screening process itself, please contact the screening provider directly.

Yours sincerely,
HR Services, Greystone Building Society`, 'Pre-employment screening'),

  rej('assessment', ['role_closed'], { ...door },
    `Hi Lucas,

Thank you for sending back the writing test - the team enjoyed reading it.

Since then our plans for the newsroom have changed and we've decided not to hire a Features Writer this year after all. We're sorry to be closing this when you've already done the work. We'll keep your sample and CV on file and will get in touch when we're hiring writers again.

Best,
Ana Ruiz
Managing Editor, The Coastal Ledger`, 'Features Writer - writing test'),

  // interview
  rej('interview', ['culture_fit'], { ...fb },
    `Hi Fatima,

Thanks for meeting with Joel and me on Thursday, and for the questions you brought.

After talking it over, the team decided to go in a different direction. Honestly it came down to working style: you spoke about wanting to own projects end to end on your own, and this team works in pairs almost all the time, with a lot of shared decision-making. We didn't think it would be the right environment for you.

Thanks again, and all the best,
Rachel Kim
Design Lead, Quillworks`, 'Thanks for Thursday'),

  rej('interview', ['position_filled'], {},
    `Dear Mr Haddad,

Further to your interview on 14 November for the role of Site Engineer, I am writing to let you know that the position has now been filled.

Thank you for the interest you have shown in Carrow Construction.

Yours sincerely,
P. Whitcombe
HR Administrator`, 'Site Engineer'),

  rej('interview', ['internal_candidate'], { ...door },
    `Hi Ravi,

Thank you for interviewing with us for the Analytics Manager position. It was a close decision, and in the end we offered the role to a current member of the analytics team who has been covering the work for the last six months.

I'd like to keep in touch - we expect to open two senior analyst roles in the spring and I'd be happy to put you forward if you're interested.

Kind regards,
Louise Archer
Head of Talent, Fairmont Retail`, 'Analytics Manager - interview outcome'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hello Chen,

Thank you for interviewing with our panel on Wednesday for the Policy Adviser role.

I'm writing to let you know that you have not been successful on this occasion. The panel felt other candidates' experience was better suited to the requirements of the post.

Feedback is available on request - please email recruitment@weyland-council.example and we'll arrange a call.

Regards,
Recruitment Team
Weyland District Council`, 'Policy Adviser - outcome of interview'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hey Dario,

Wanted to close the loop after your interviews with the platform team. Everyone enjoyed talking to you. The main gap for us was hands-on Kubernetes in production - you've used it in side projects, but the role involves owning the clusters from day one, and we can't train into that right now. So we won't be taking this further, but I'd genuinely like you to apply again in a year or so once you've had more time with it.

Cheers,
Sam Whitaker
Engineering Manager, Orbit Freight`, 'Platform Engineer'),

  rej('interview', ['generic'], { ...door },
    `Dear Alisha,

Thank you for coming in to meet the team on Monday. We had a really strong group of people for this post.

We won't be taking your application further this time, but we'd be delighted if you'd apply for future vacancies at Sunnybank Primary - we advertise on the county jobs board and on our website.

With best wishes,
Mrs J. Pollard
School Business Manager`, 'Teaching Assistant interview'),

  rej('interview', ['role_closed'], {},
    `Hi Mateus,

I'm afraid I have some disappointing news. Following your interviews last week, the business announced a restructure of the regional sales teams, and the Territory Manager role you interviewed for is no longer part of the new structure. As a result we're closing the vacancy and won't be able to proceed with your application.

I'm really sorry about the timing.

Best regards,
Victoria Hale
Talent Partner, Ardent Medical`, 'Territory Manager - update'),

  rej('interview', ['salary'], { ...fb },
    `Hi Nadia,

Thanks for your time with Ben and Georgia on Friday - they both came away impressed.

We did take your salary expectations back to finance. You mentioned $145k base as your minimum, and the approved range for this role tops out at $120k; we've tried, but there's no room to move. Given that gap we've agreed, reluctantly, not to proceed with an offer.

Warmly,
Jordan Pike
Recruiting, Helio Health`, 'Senior Product Manager - next steps'),

  rej('interview', ['location'], { ...fb },
    `Dear Hamid,

Thank you for attending the interview for Laboratory Technician on 3 March.

As discussed at the end of the interview, the position is fully laboratory-based with shift cover at our Cambridge site, and you told us that relocating from Glasgow won't be possible before late next year. As the post must be filled by May, we are unable to offer you the role.

Yours sincerely,
Dr Eleanor Tate
Laboratory Manager, Fenbridge Biosciences`, 'Laboratory Technician - interview'),

  rej('interview', ['position_filled'], {},
    `Role's been filled I'm afraid - thanks for coming in though, Zoe.

-- 
Matt
Sent from Outlook for Android

________________________________
From: Zoe Lindqvist
Sent: Tuesday, 9 June
To: Matt Greaves
Subject: Barista supervisor

Hi Matt, just wondered if there was any news after the interview on Saturday? Thanks!`, 'RE: Barista supervisor'),

  rej('interview', ['internal_candidate', 'profile_mismatch'], {},
    `Dear Anneke,

Thank you for the conversation with the selection committee on 21 May regarding the position of Research Coordinator.

The committee has decided to appoint a candidate already working within the institute. In addition, committee members felt that your research profile fits less closely with the focus of the group than that of other applicants.

We thank you for your interest in the Van Houten Institute.

Yours sincerely,
Prof. dr. M. de Graaf
Chair, Selection Committee`, 'Research Coordinator - decision'),

  // final
  rej('final', ['position_filled'], { ...door },
    `Hi Elena,

I wanted to call you but couldn't get through, so email it is. Thank you for making it all the way through to the final round for Head of Customer Operations. We made an offer to another finalist last week and she has now accepted it.

This was genuinely close. I'd very much like to keep you in mind for future leadership roles - would it be okay if I reached out when something comes up?

Best,
Marcus Lee
VP People, Tessel`, 'Head of Customer Operations'),

  rej('final', ['internal_candidate'], { ...offered },
    `Dear Oskar,

Thank you for attending the assessment day at our Bristol office and for the presentation you gave to the panel.

After a great deal of deliberation, the position of Finance Business Partner has been offered to an internal applicant. I know this will be disappointing after such a long process.

If you'd find feedback from the day useful, I'd be happy to set up a short call.

Kind regards,
Rebecca Owusu
Recruitment Manager, Harwick Foods`, 'Finance Business Partner - assessment day'),

  rej('final', ['culture_fit'], { ...fb },
    `Hi Tariq,

Thanks for spending a full day with us at the onsite. I know that's a lot of interviews.

We're not going to move forward with an offer. The feedback across the panel was that your technical depth is there, but several people noted that in the collaboration session you tended to push your own solution rather than build on others' ideas, and our engineering culture leans heavily on group design. That was the deciding factor.

Thanks again,
Liz Moreno
Engineering Recruiting, Cobalt Grid`, 'Onsite follow-up'),

  rej('final', ['overqualified', 'salary'], { ...fb },
    `Dear Ms. Varga,

Thank you for meeting the directors in the final interview for the Office Administrator role.

We have decided not to offer you the position. Your background as a former operations director goes well beyond what this role involves, and we were concerned the role would not keep you challenged. We also cannot come close to the salary you are currently earning.

We wish you every success.

Kind regards,
Benedek Horváth
Managing Partner, Horváth & Lénárt`, 'Office Administrator - final interview'),

  rej('final', ['profile_mismatch'], {},
    `Hi Aditya,

Thank you for being one of our shortlisted finalists for the Regional Director role. After the final panel, the board has selected a candidate whose experience more closely matched the direction we are taking the region in.

Regards,
Sophie Grant
Partner, Meridian Search (acting for Calder Energy)`, 'Regional Director - final panel'),

  rej('final', ['generic'], {},
    `Dear Mr Baptiste,

Following your final interview on 7 August and the references we subsequently obtained, I regret to inform you that we will not be in a position to offer you employment with Ridgeway Care.

Thank you for your interest.

Yours faithfully,
HR Department
Ridgeway Care Ltd
Registered in England & Wales No. 04417761`, 'Care Home Manager'),

  rej('final', ['assessment'], { ...fb, ...door },
    `Dear Imogen,

Thank you for attending the assessment centre for our Management Trainee scheme on 19 February.

Your scores on the group exercise and interview were strong; however, your written case analysis scored 2 out of 5 against a required minimum of 3, mainly because the recommendations were not backed with figures from the pack. As candidates need to reach the minimum on every exercise, we are unable to offer you a place on this intake.

We'd encourage you to apply again for the autumn intake.

Early Careers Team, Bramwell Retail`, 'Management Trainee scheme - assessment centre result'),

  rej('final', ['role_closed'], {},
    `Hi Yara,

I hate writing this one. After your final round with the CEO, our board asked us to stop all new senior hiring while we renegotiate our funding. The VP Marketing role has been cancelled, so we're not able to proceed with you, or anyone, for it.

Thank you for everything you put in.

Rohan
Chief of Staff, Sparrowhill`, 'VP Marketing'),

  rej('screen', ['location'], { ...fb },
    `Hi Kwame,

It was good to talk with you yesterday. Following our call I checked with our legal team: the role requires an active US security clearance and US citizenship, and as you mentioned you hold a work permit rather than citizenship, you would not be eligible for this position. We won't be proceeding with your application.

Thanks,
Jill Navarro
Recruiter, Strata Defense Solutions`, 'Systems Analyst - eligibility'),

  rej('application', ['internal_candidate'], {},
    `Your application for Store Manager - Canal Street (Job ID 55120)

Thank you for applying. This vacancy has been filled through an internal promotion and is now closed.

Go to My Applications to see your other applications.

Powered by Workbright | Privacy | Unsubscribe from job alerts`, 'Store Manager - Canal Street'),

  rej('assessment', ['overqualified'], { ...fb },
    `Hi Ines,

Thanks for completing the Excel task - it was by far the most polished we received.

The hiring manager's view, though, is that with your background as a finance controller you'd find a junior bookkeeping role quite limiting, and she'd rather hire someone for whom it's a step up. So we won't be taking your application further.

Best,
Leah
Harbour Accounting`, 'Bookkeeper - Excel task'),

  rej('final', ['skills_gap', 'culture_fit'], { ...fb, ...offered },
    `Hi Samir,

Thank you for the final interview with Priyanka and the leadership team.

We've decided not to move ahead. Two points came through: we need someone who has already managed a team of ten or more, and your management experience is with three people; and the leadership team felt your preference for formal processes would sit uneasily with how informal we are day to day.

Happy to talk this through on a call if that would help.

Grace
People Lead, Wildgrain Bakery Co.`, 'Operations Lead - final interview'),

  // ── Paused processes
  hold('application', ['role_closed'], {},
    `Dear Ruth,

Thank you for your application for the Learning Technologist post.

We're writing to let you know that recruitment to this post has been put on hold until the new budget year begins in April. Your application stays with us and will be considered as soon as the post is released; you will not need to reapply.

We apologise for the delay and appreciate your patience.

HR Recruitment Team
Lowmoor College`, 'Learning Technologist - recruitment paused'),

  hold('application', ['generic'], {},
    `Hi Patrick,

Thanks for checking in. Unfortunately the hiring manager is away until the 24th, so we're running a little behind on shortlisting for the Sales Coordinator role. Your application is still under consideration and we'll be in touch in the week of the 27th.

Apologies for the wait!
Aimee
Talent Team, Corvid Logistics

> On 12 Jan, Patrick Doyle wrote:
> Hi, I applied two weeks ago for Sales Coordinator, is there any update?`, 'Re: Sales Coordinator application'),

  hold('interview', ['role_closed'], {},
    `Hi Selin,

I wanted to give you an honest update after your interview with Graham. Last Friday the company announced a hiring freeze across all departments while the acquisition is completed. The Data Analyst role isn't cancelled, but it's frozen - we can't make any offers until the freeze lifts, which we expect to be around March.

You're still very much in the frame, and I'll come back to you the moment I can move.

Best,
Toby Marsh
Recruiter, Glenview Insurance`, 'Data Analyst - an update'),

  hold('screen', ['generic'], {},
    `Hello Abdul,

Just a quick note to say that scheduling the next round is taking longer than we hoped, because several of the panel are at a conference this month. Nothing has changed on our side - we'd still like you to meet the team - and I'll send dates as soon as I have them, most likely early next month.

Thanks for bearing with us,
Karin
Recruiting Coordinator, Nordlys Energy`, 'Next steps - timing'),

  hold('final', ['role_closed'], {},
    `Dear Philippa,

Thank you for your patience since the final panel for the Head of Finance post.

Our trustees have decided to review the senior structure of the charity before making any further senior appointments, and the appointment process is paused while that review takes place (likely 8 to 10 weeks). We are not declining your application: you remain one of our two preferred candidates, and we will contact you as soon as the review concludes.

With thanks,
Gerald Osei
Chief Executive, Hearthside Trust`, 'Head of Finance - appointment paused'),

  hold('assessment', ['generic'], {},
    `Hi Luca,

We've had more take-home submissions than expected for the Frontend Engineer role, so reviews are taking a bit longer than the five working days we promised. Yours is in the queue and we'll have an answer for you by the end of next week. Sorry for the wait.

— Bytefold Hiring
(replies to this address are read by a human)`, 'Your take-home - a short delay'),

  hold('interview', ['role_closed'], {},
    `Hi Giulia,

Thank you for the interviews last month. Our headcount for next year is being reviewed by the leadership team, and until it's confirmed we've paused hiring on the Compliance Officer role. Your application stays open with us, and if the role is approved we'd like to pick up where we left off rather than restart.

Kind regards,
Heather Quinn
HR Manager, Linden Wealth`, 'Compliance Officer'),

  hold('final', ['generic'], {},
    `Dear Vikram,

I'm sorry we haven't been in touch since your final interview. Our CEO needs to sign off on the appointment and has been travelling for the last two weeks. She's back on Monday and we expect a decision by the end of that week. You haven't been forgotten - you're still in the process.

Best regards,
Stella Papadopoulos
Talent Lead, Aegean Shipping Services`, 'Re: Final interview'),

  hold('application', ['role_closed'], {},
    `Application update

Requisition: Clinical Coder (REQ-88213)
Status: On hold

Recruitment for this requisition has been temporarily paused by the hiring department. Your application remains active and will be reviewed when recruitment resumes. No action is needed from you.

Brookfield Health Trust - Careers
Do not reply to this email.`, 'Application update: Clinical Coder'),

  hold('screen', ['role_closed'], {},
    `Hey Bea,

Thanks for the call last week. Small wrinkle: our next funding round is taking longer to close than planned, and until it does we can't commit to new hires. So the Growth Marketer role is on hold for now - not closed, just waiting. I'll reach out as soon as we're funded, hopefully within the month.

Nico
Founder, Pebblestack`, 'Growth Marketer - on hold for now'),

  // ── Look-alikes: acknowledgements, reviews, portals
  other(`Dear Hannah,

Thank you for applying for the role of Marketing Executive at Corrin Brands. We confirm that we have received your application.

We receive a high volume of applications and our team reviews each one carefully. If your experience matches what we are looking for, a member of our team will contact you within two weeks.

Thank you for your interest in Corrin Brands.

Talent Acquisition
This is an automated message - please do not reply.`, 'We have received your application'),

  other(`Hi Femi,

Thanks for your application to Larkspur! We're currently reviewing applications for the Support Engineer role and will be in touch once we've had a chance to go through them all - usually within 10 working days.

In the meantime, you can read more about how we work on our blog.

The Larkspur team`, 'Thanks for applying to Larkspur'),

  other(`Dear Applicant,

We regret any inconvenience caused by the outage of our careers portal between 02:00 and 09:30 GMT on Tuesday 4 March. During this time some candidates were unable to upload documents or submit applications.

If you started an application during this window, please log in and check that it shows as Submitted. If it does not, you can complete it now - the closing date for all affected vacancies has been extended by 48 hours.

We apologise for the disruption.

Westmarch Council Recruitment`, 'Careers portal - service disruption'),

  other(`Hello Aleksander,

Your application status has changed.

Position: Logistics Planner (ID 33019)

Log in to your candidate profile to see the latest update.

[View my application]

Taleo-style notification from Brennan Industrial Careers. Please do not reply to this automated email.`, 'Your application status has changed'),

  other(`Dear Mei,

Thank you for your interest in the Research Assistant position at Hollins University.

To complete your application, please upload the following documents by 5:00 p.m. on Friday, 14 March:
- a writing sample (max. 10 pages)
- contact details for two referees

Unfortunately, applications that are incomplete by the deadline cannot be forwarded to the search committee, so please don't leave it too late.

Office of Human Resources
Hollins University`, 'Action required: complete your application'),

  other(`Hi Georgia,

Thank you for applying for the Paralegal role with Whitfield Stone LLP. We were impressed with your application and would like to invite you to a first interview.

Date: Thursday 12 June
Time: 10:30 - 11:15
Format: video call (Teams link to follow)
Interviewers: Amelia Shaw (Senior Associate) and me

Please let me know if this time doesn't work and we'll find an alternative.

Kind regards,
Dominic Reyes
Legal Recruitment`, 'Interview invitation - Paralegal'),

  other(`Hi Arjun,

I'm so sorry to do this, but unfortunately Helen has been called into a client meeting on Wednesday afternoon and we need to move your interview. Could you do Thursday at 2pm or Friday at 11am instead? Apologies for the inconvenience and thank you for being flexible.

Best,
Chloe
Recruitment Coordinator, Mosswood Consulting`, 'Rescheduling your interview'),

  other(`Hi Sven,

You might see that we've re-posted the Mechanical Design Engineer role on LinkedIn this week. Please don't read anything into that - we're hoping to hire two people rather than one, and your application is still very much being considered. We'll be in touch about next steps shortly.

Regards,
Anja
Talent Team, Holmqvist Engineering`, 'Mechanical Design Engineer - quick note'),

  other(`Dear Ms Obi,

Thank you for letting us know that you wish to withdraw your application for the post of Senior Nurse (Band 7). We are sorry that you will not be continuing with the process, and we have withdrawn your application as requested.

We wish you every success in your new role.

Recruitment Team, St Aldhelm's Hospital`, 'Withdrawal of application'),

  other(`New jobs matching your alert: "project manager, Bristol"

1. Project Manager - Digital (Ferrow Group) - Bristol - £48,000-£55,000
2. Junior Project Manager (Clearwater Homes) - Bristol / hybrid
3. Project Coordinator (Avon Valley NHS Trust) - Bristol

Unfortunately, the role you saved, "Project Lead - Fintech", is no longer accepting applications. Here are some similar roles you might like.

Manage alerts | Unsubscribe
JobsNearby Ltd, 4 Harbour Street, Bristol`, 'New jobs for you: project manager, Bristol'),

  other(`THE HALYARD TALENT COMMUNITY - MAY

Hi Ellie,

Thanks for being part of our talent community! This month: meet the team building our new Rotterdam hub, read how our apprentices spent their first year, and find out what's changed in our interview process (spoiler: no more surprise whiteboard tests).

We're sorry we don't have a role that matches your profile right now, but new openings are posted every week - and as a community member you'll hear about them first.

See open roles >
Update your preferences | Leave the talent community`, 'Halyard Talent Community - May news'),

  other(`We're sorry to see you go.

You have been unsubscribed from Kinsale Careers job alerts and will no longer receive emails about new opportunities. Your existing applications are not affected.

Changed your mind? You can resubscribe at any time from your candidate profile.`, 'You have been unsubscribed'),

  other(`Hi Joao,

You recently applied for a role at Pellucid. Whatever the outcome, we'd love to hear how we did.

Our candidate experience survey takes about three minutes and is completely anonymous. Your answers won't affect your application in any way - they help us make the process kinder and clearer for everyone.

[Take the survey]

Thank you,
Pellucid People Team`, 'How was your experience applying to Pellucid?'),

  other(`Dear Laila,

I'm delighted to offer you the position of Communications Officer at the Brightwater Trust, starting on 2 September at a salary of £34,500 per annum.

I'm afraid the formal contract will take a few more days to come through from our HR provider, but I didn't want to keep you waiting for the news. Please let me know by Friday whether you would like to accept.

We really enjoyed meeting you and hope you'll join us.

Warm regards,
Ruth Ngata
Director of Communications`, 'Offer of employment - Communications Officer'),

  other(`Hi Callum,

Congratulations again on accepting the offer! To get you set up before your first day, please complete the following in the onboarding portal by 20 June:

- Sign your employment contract
- Upload proof of right to work (passport or share code)
- Complete the new starter form (bank details, emergency contact)
- Read and sign the IT acceptable use policy

Unfortunately we can't finalise payroll until these are all done, so do shout if anything is unclear.

Best,
Leanne
People Operations, Tandem Works`, 'Your onboarding paperwork'),

  other(`Hi Ayesha,

Sadly we couldn't reach you by phone this morning - I tried twice around 10am. Could we try again? I'd like to talk through the next stage for the Account Manager role. Let me know a couple of times that suit you tomorrow or Thursday.

Thanks,
Owen Price
Recruitment Consultant, Tenby Associates`, 'Missed call - Account Manager'),

  other(`Thank you for your application to NorthStar Telecom.

Unfortunately, due to the volume of applications we receive, it may take up to four weeks for us to review yours. If you are shortlisted, we will contact you by email or phone. You can track your application's progress at any time in the careers portal.

NorthStar Telecom Talent Acquisition`, 'Application received - Retail Advisor'),

  other(`Hi Rowan,

Just a note to say we're still working through applications for the Grants Manager role - we had far more than expected, which is lovely but slow! Nothing to worry about, and no decisions have been made yet. We'll be in touch either way by 30 April.

Best wishes,
Esme
Arden Arts Council`, 'Grants Manager - where we are'),

  other(`Dear Mr. Nakamura,

Thank you for your time on the phone this afternoon. As promised, here is a summary of the next step: a 60-minute panel interview with the Director of Operations and the Facilities Manager on 8 October at our Osaka office. Please bring photo identification for building security.

We look forward to seeing you.

Yoko Hayashi
Human Resources, Kanto Precision Components`, 'Panel interview - 8 October'),

  other(`Hi Bethan,

Great news - the team would love to move you to the final round! This will be a half-day onsite on Tuesday 18th: a presentation of the case you worked on, then two interviews and lunch with the team.

I'll send the full schedule tomorrow. Let me know about any accessibility needs.

Speak soon,
Hugo
Talent, Ferncliff`, 'Final round invitation'),

  other(`Hello Dmitri,

Thank you for applying to Quartzline. As the next step for the QA Engineer position, we'd like you to complete an online assessment. It takes around 75 minutes and must be completed within 5 days of receiving this email.

Unfortunately we're unable to extend the deadline, so please plan accordingly.

[Start assessment]

Good luck!
Quartzline Recruiting`, 'Next step: online assessment'),

  other(`Hi Noah,

Thanks for confirming. I've withdrawn your application for the Warehouse Operative role as you asked - sorry we didn't get the chance to meet, and congratulations on the new job!

If anything changes in future, you're always welcome to apply again.

Jade
Redwell Recruitment`, 'Re: withdrawing my application'),

  other(`Hi Priyanka,

We're sorry for the delay in getting back to you - we know waiting is the worst part. I'm pleased to say the team would like to invite you to a second interview for the UX Researcher role. Could you do Monday 3rd or Wednesday 5th, any time after 1pm?

Best,
Gemma
Talent Partner, Loom & Lark`, 'Second interview - UX Researcher'),

  other(`Dear Alexandre,

Thank you for your interest in joining Castellan Bank.

We've noticed that your application for the Credit Risk Analyst role was started but not submitted. To be considered, please log in and complete the remaining sections (education history and the two short questions) before the closing date of 22 November.

We're sorry if this reminder reaches you after you've already submitted - if so, please ignore it.

Castellan Bank Recruitment`, 'Your application is incomplete'),

  other(`Hi Zainab,

It's a shame we kept missing each other on the phone! I've left you a voicemail too. Nothing urgent - I just wanted to check your notice period and availability for a start date, as the client is keen to move quickly. Give me a ring whenever suits on 0161 555 0193.

Thanks,
Callum Reid
Senior Consultant, Lattice Recruitment`, 'Tried to call you'),

  other(`Hi Felix,

I hope you're well. I know you're still waiting to hear back on the Backend Engineer role at my client - no news yet, sadly, they're interviewing all week - but in the meantime a very similar position has just opened at another client of mine in Berlin, remote-friendly, Go and Postgres. Would you be open to a quick chat about it?

Cheers,
Lena Vogt
Tech Recruiter, Vogt & Partner`, 'A similar role you might like'),

  other(`Dear Candidate,

Thank you for attending the assessment centre on 11 March. We know it was a long day and we appreciated the energy you brought to it.

Our assessors are now reviewing the results of all the exercises. We expect to let candidates know the outcome by 25 March. Please don't worry if you don't hear from us before then.

Kind regards,
Graduate Recruitment, Pentreath Water`, 'Thank you for attending our assessment centre'),

  other(`Hi Marisol,

Thanks for your message, and I'm sorry to hear about your family emergency - of course we can move your interview. I've cancelled Thursday's slot and sent you a new invitation for the following Tuesday at 3pm. No need to apologise at all.

Take care,
Beatriz
HR, Solano Foods`, 'Re: interview on Thursday'),

  other(`Hello Quinn,

We are pleased to confirm your offer for the role of Junior Software Engineer, subject to satisfactory references and a basic DBS check.

Your offer letter and contract are attached. Please sign and return both, and complete the referee form at the link below. Unfortunately the DBS provider's site is slow this week, so allow extra time for that step.

Welcome aboard (almost)!
Ivy Chambers
People Team, Netherby Software`, 'Your offer - next steps'),

  other(`Hi Tobias,

Just confirming we received your reference details - thanks! Both referees have been contacted and we'll let you know once we've heard back. This is the last step before we can issue your contract.

Best,
Mira
Recruitment, Oakhaven Hotels`, 'References received'),

  other(`Hey Cass,

Thanks again for the interview yesterday. The team's still got two more conversations this week, so we won't have a decision until early next week - wanted to let you know rather than leave you hanging.

Talk soon,
Ollie
Head of Sales, Zephyr CRM`, 'Update from Zephyr'),

  other(`Dear Mr Ibrahim,

Thank you for your application for the post of Procurement Officer (ref PRO-2211).

We regret that we are unable to accept applications by email. All applications must be submitted through our online portal, where you'll also find the personal statement questions. The closing date is 9 May at midnight.

HR Shared Services
Caerwyn County Council`, 'Procurement Officer application'),

  other(`Hi Beatrix,

Your interview for Senior Copywriter is confirmed.

When: Wednesday 19 March, 11:00 - 11:45 (CET)
Where: Google Meet (link in the calendar invite)
Who: Jonas Fehr, Creative Director

Need to reschedule? Use this link up to 24 hours before.

Sent via Grapevine Scheduling on behalf of Nordhaus Agency`, 'Interview confirmed: Senior Copywriter'),

  other(`Hi Leila,

Thanks for joining our talent pool! We don't have a role that fits your profile open right now, but we'll email you whenever something that matches your preferences (Product, Amsterdam, hybrid) is posted.

You can update your preferences or leave the talent pool at any time.

The Tulpen Talent Team`, 'Welcome to the Tulpen talent pool'),

  other(`Dear Rashid,

Unfortunately, our recruitment system sent you a duplicate message yesterday saying your application had been received twice. Please disregard it - there is only one application on file for you, for the Electrical Technician role, and it is being reviewed as normal.

Apologies for any confusion.

Ironbridge Rail Recruitment`, 'Please disregard our previous email'),

  other(`Hi Amelie,

I'm pleased to tell you that the panel would like to offer you the role of Events Coordinator! I'll call you this afternoon to talk through the details, but wanted to put it in writing first.

Congratulations,
Kirsty Moffat
Operations Manager, Glenrothes Arts Centre`, 'Events Coordinator - good news'),

  other(`Thanks for your application.

Hi Gustavo, thanks for applying for Delivery Driver (Night) at SwiftCrate, Depot 14.

What happens next: our depot team reviews applications every Monday. If you're shortlisted, we'll text you to book a short phone call.

SwiftCrate Careers - this inbox isn't monitored.`, 'SwiftCrate - we got your application'),

  other(`Hi Naomi,

Thank you for your patience while we worked through the interviews. I'm really pleased to say we'd like to take up your references - could you send me contact details for two people who have managed you in the last three years?

Once they're back we'll be in a position to confirm an offer.

Best,
Declan O'Shea
Practice Manager, Riverside Veterinary Clinic`, 'References - Veterinary Nurse'),

  other(`Hello Kenji,

We're sorry, but the link to your video interview expired before you could complete it - this was caused by a fault on our side. We've issued a new link, valid for 7 days. Your application has not been affected in any way.

[Start video interview]

Tellmore Video Interviews on behalf of Ashcombe Retail`, 'New link for your video interview'),

  // ── Look-alikes: threads, agencies, offers, housekeeping
  other(`Dear Fiona,

Thank you for letting us know that you have decided not to accept our offer for the role of Senior Auditor. We are sorry that you won't be joining us, but we understand and respect your decision.

We wish you all the best in your new position, and our door remains open should you wish to consider Ashdown & Pryce in future.

Kind regards,
Nicholas Fenn
Recruitment Partner`, 'Re: Offer - Senior Auditor'),

  other(`Hi Idris,

Sorry to lose you from the process - I completely understand that the commute would have been tough. I've let the hiring manager know and closed your application on our side. Thanks for being upfront with us.

All the best,
Tamsin
Talent, Cobbleford Brewing`, 'Re: Brewery Technician - withdrawing'),

  other(`Hi Harriet,

Quick one: the hiring manager has read your CV and would like to speak to you! Unfortunately her diary is packed this week, so I'm looking at early next week. Are mornings or afternoons better for you?

Thanks,
Sunil
Recruitment Consultant, Peak Talent Partners`, 'Good news on the Finance Assistant role'),

  other(`Automatic reply: Out of office

Thank you for your email. I am on annual leave until Monday 14 April with limited access to email. If your message concerns an application or interview, please contact recruitment@holloway-group.example and a colleague will help.

Regards,
Carys Lloyd`, 'Automatic reply: Re: Interview availability'),

  other(`Hi Rebecca,

Thanks for your email. Unfortunately we can't stretch to £62k on base, but the hiring manager has approved £58k plus a 10% annual bonus and an extra five days' leave. I've attached the revised offer letter. I really hope this works for you - everyone is excited about you joining.

Best,
Adam
People, Corvina Labs`, 'Re: Offer - Revised terms'),

  other(`Dear Yasmin,

We're pleased to let you know that you have been shortlisted for the role of Housing Officer. The interview will include a 10-minute presentation on the topic: "How would you build trust with tenants in a newly regenerated estate?"

Interviews will take place on 2 and 3 July at Eastmoor House. Please reply with your preferred day.

Eastmoor Housing Association - Recruitment`, 'Shortlisted - Housing Officer'),

  other(`Hi Theo,

Apologies, our office will unfortunately be closed on Thursday because of building works, so we've moved your interview online. Same time, 2:30pm - the Zoom link is below. Nothing else changes.

Sorry for the late notice!
Freya
Hartley & Webb Architects`, 'Change of interview format'),

  other(`Hi Sofia,

Thanks for interviewing with us! We'd appreciate two minutes of your time to tell us how it went - what we did well and what we could do better. This survey is sent to everyone who interviews, regardless of the outcome, and your answers are never shared with the hiring team.

[Share feedback]

Thanks,
Candidate Experience Team, Marlow Mobility`, 'Tell us about your interview'),

  other(`Hi Jakub,

I hope you're well. I've passed your CV to the hiring manager at my client for the Network Engineer role, with a note about your Cisco certifications. They usually take a few days to review, so don't worry if it's quiet - I'll call as soon as I hear anything.

Best,
Owain
Senior Recruiter, Dragon Tech Recruitment`, 'CV submitted to client'),

  other(`Hey Leo - still in the running, decision expected Friday. Will call you either way.

> On Tue, Leo Hartmann wrote:
> Hi Steph, just wondering if there's any update on the Studio Manager role? Thanks!`, 'Re: Studio Manager'),

  other(`Dear Ms Costa,

Thank you for your application for the position of Executive Assistant. Unfortunately the vacancy reference you entered (EA-2024-17) does not match an open position, so your application has been logged against the correct reference, EA-2024-71. No further action is needed from you, and your application will be reviewed as normal.

Kind regards,
HR Team, Bellamy Insurance`, 'Your application - reference corrected'),

  other(`Hi Marco,

The advert for the Sous Chef role has now closed to new applications, but don't worry - this doesn't affect you. We're reviewing everyone who applied before the closing date and will contact shortlisted candidates by the end of next week.

Thanks,
Elise
Head Chef, The Copper Pan`, 'Sous Chef - advert closed'),

  other(`Hi Adaeze,

We noticed we haven't received your take-home project yet - the original deadline was yesterday. No problem at all if life got in the way: we've extended it to Sunday midnight. Just reply to this email with your repository link when you're ready.

Best,
Ruth
Hiring team, Kilnworks`, 'Take-home - deadline extended'),

  other(`Hello Diego,

You have been named as a referee by Carla Mendes, who has applied for the role of Teaching Assistant at Holmbrook Primary School. We would be grateful if you could complete the attached reference form and return it by 28 May.

Thank you for your help.

Mrs A. Fenwick
School Business Manager`, 'Reference request for Carla Mendes'),

  other(`Welcome to Ironleaf!

Hi Patience, we're so glad you're joining us on Monday 6 October. Here's everything you need for day one:

- Arrive at 9:30 at 22 Albion Wharf and ask for Sunita at reception
- Bring your passport for the right-to-work check
- Lunch is on us

Unfortunately parking on site is very limited, so we'd recommend public transport.

See you soon!
The Ironleaf People Team`, 'Your first day at Ironleaf'),

  other(`Dear Andrei,

Following your successful interview, we are writing to confirm that our background screening provider, VeriCheck, will contact you shortly to begin your employment and credit checks. Please respond to their email within 3 working days to avoid delays to your start date.

Regards,
Onboarding, Sterling Mutual`, 'Pre-employment checks - action required'),

  other(`Hi Chidi,

Thanks for taking the time to speak with me today. I'm pleased to say I'd like to put you forward to the hiring manager for a first interview. I'll be in touch with some slots in the next day or two.

Best,
Rhiannon
Talent Acquisition, Greenfell Solar`, 'Great to speak today'),

  other(`Your request to delete your candidate account has been completed.

We're sorry to see you go. All personal data associated with your profile has been deleted in line with our privacy policy, and any open applications have been withdrawn.

If you wish to apply to Tarrant Group in future, you'll need to create a new account.`, 'Account deletion confirmed'),

  other(`Dear Applicant,

In line with data protection law, we are writing to let you know that we will keep the personal data from your application for the role of Warehouse Supervisor for six months from the close of the recruitment process, after which it will be securely deleted. If you would like us to delete it sooner, simply reply to this email.

Data Protection Officer, Coldharbour Distribution`, 'How we handle your application data'),

  other(`Hi Soraya,

Thank you for coming to our careers evening last Thursday - it was lovely to meet so many people interested in nursing at Linwood. As promised, here's the link to our current vacancies and the slides from the talk.

Unfortunately we ran out of the printed guides, so I've attached a PDF copy.

Best wishes,
Linwood Healthcare Recruitment`, 'Thanks for coming to our careers evening'),

  other(`Hi Ewan,

Thanks for your note. I'm afraid I won't be on the panel for your interview on Tuesday after all - I've been pulled onto an urgent project. My colleague Priti Shah, who leads the analytics team, will take my place. Everything else stays the same and I'm sure you'll get on brilliantly.

Best,
Gareth
Head of Data, Millbrook Insurance`, 'Re: Tuesday interview'),

  other(`Hi Maya,

A quick heads-up: our hiring team has moved your application from the Customer Success Associate role to the Customer Success Specialist role, which we think is a better match for your experience. You don't need to do anything - the process and timelines are the same.

Best,
Ines
Recruiting, Threadly`, 'Your application has moved'),

  other(`Dear Thomas,

We are pleased to confirm that we have now received satisfactory references and your offer for the post of Maintenance Technician is confirmed. Your start date remains 1 December.

Please find attached your final contract. We look forward to welcoming you to the team.

Yours sincerely,
Personnel Department, Ravensworth Mills`, 'Confirmation of appointment'),

  other(`Hi Zoe,

Just to let you know your start date has been pushed back a week to Monday 15th - sorry for the change! The team's induction programme was moved and we want you to start with it. Your offer and everything else stays exactly the same.

Thanks,
Maddie
HR, Bluewater Games`, 'Small change to your start date'),

  other(`Your application was viewed

A recruiter at Hemlock Analytics viewed your application for Business Intelligence Developer.

Applicants who respond to messages quickly are more likely to hear back.

[View application]
You're receiving this because you applied through JobTrail. Manage notifications.`, 'A recruiter viewed your application'),

  other(`Hi Gabriel,

I wanted to say thank you for the thoughtful feedback you left in our candidate survey. You're right that our assessment instructions were confusing, and we've rewritten them. We're sorry it made the process harder than it needed to be.

Best,
Olu Adebayo
Head of Talent, Wayfarer Travel`, 'Thank you for your feedback'),

  other(`Dear Nora,

Thank you for your enquiry. Unfortunately we are not currently recruiting for trainee surveyors, but our graduate programme opens for applications on 1 October. You can register your interest on our careers page to receive a reminder when it opens.

Kind regards,
Graduate Team, Aldridge Sutton Surveyors`, 'Re: Trainee surveyor positions'),

  other(`Hi Basil,

Sorry - I gave you the wrong address for tomorrow! The interview is at our Clerkenwell office (14 St John's Lane), not Shoreditch. Same time, 11am. Ask for me at reception.

Apologies for the confusion,
Tess
Recruitment, Mulberry Media`, 'Correction: interview location'),

  other(`Hi Renata,

Thank you for applying to the Associate Product Manager programme. We've received an unusually large number of applications this year and wanted to be transparent: our first-round decisions will go out on 14 November, and everyone will hear from us either way.

The APM Team, Keystone`, 'APM programme - timeline update'),

  other(`Hi Tamara,

Your offer letter for the role of Marketing Analyst is ready to sign. Click below to review and sign with DocuSign. The offer expires on 30 September.

[Review document]

Sent on behalf of Amberley Group People Team via DocuSign. Do not share this email.`, 'Please DocuSign: Offer Letter - Tamara Webb'),

  other(`Hi Lewis,

Unfortunately I'm going to have to be a little cheeky and ask whether you'd be willing to do one more short conversation - our CFO would like to meet you before we finalise things. It's 30 minutes, very informal, and honestly a good sign.

Would Thursday work?

Best,
Nadine
Talent, Copperline Energy`, 'One more conversation'),

  other(`Dear Bartholomew,

We regret to inform you that the parking arrangements for candidates attending interviews at Westgate House have changed. The visitor car park is no longer available; please use the Lowther Street multi-storey, and we will reimburse your parking on the day.

We look forward to meeting you on Wednesday.

Facilities & HR, Westgate Insurance`, 'Interview day - parking'),

  other(`Hi Sakura,

Thanks for your patience through a long process. I'm happy to confirm we'd like to make you an offer for the Localisation Project Manager role! Before I send the paperwork, can we hop on a call to talk about the package and start date?

Best,
Felipe
Recruiting, Glossa`, 'Good news!'),

  other(`THIS WEEK AT STRIDE RECRUITMENT

Hi Omar,

Sadly, summer is over, but the jobs market is heating up. Here are five roles our consultants are working on this week in accounting and finance across the Midlands, plus our guide to answering "why are you leaving?" in interviews.

You receive this newsletter because you registered with Stride Recruitment. Unsubscribe here.`, 'Stride weekly: 5 new finance roles'),

  other(`Hi Jemima,

Just checking you received my email on Monday about the second interview? I haven't seen a reply and want to make sure it didn't land in spam. The hiring manager is keen to meet you before the end of the month.

Thanks,
Rory
Recruiter, Ashgate Partners`, 'Following up - second interview'),

  other(`Dear Applicant,

Thank you for applying for the Police Community Support Officer role. Your application has passed the initial eligibility check and has moved to the next stage: the online situational judgement test. You will receive a link within 48 hours.

Recruitment Team, Fernshire Police`, 'Application progress: next stage'),

  other(`Hi Kit,

Thank you for letting us know you've accepted another offer and would like to withdraw. Congratulations - we're sorry we won't get to work together this time, and we'd be glad to hear from you in the future if you're ever looking again.

All the best,
Joanna
Talent, Pinemarten`, 'Re: Thank you and withdrawal'),

  other(`Hi Hassan,

We've had a few candidates ask, so just to confirm: yes, the Data Engineer role is hybrid, with two office days a week in Leeds, and visa sponsorship is available for it. If that changes anything about your availability for next week's interview, let me know.

Best,
Kelly
Talent Partner, Hollowbrook`, 'Data Engineer - your questions answered'),

  other(`Hello Agnieszka,

Thank you for your application to Stellar Retail Group. We would like to invite you to our assessment day on Saturday 21 June at the Northgate store, 9:00 - 13:00. The day includes a group activity, a short interview and a tour of the store.

Please confirm your attendance by replying YES to this email.

Stellar Retail Recruitment`, 'Invitation: assessment day'),

  other(`Hi Rosa,

Thanks for the interview today - you'll get a proper update from me by Wednesday. In the meantime, here's the reading list Jamal mentioned, in case you're curious.

Best,
Imran
Hiring Manager, Tidewater Analytics`, 'Thanks for today'),
];
