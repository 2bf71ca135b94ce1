/**
 * Development messages of the hundred-and-sixth round: the feedback flag and the lines it sits beside. Declines come in
 * pairs across the boundary of specific feedback: a culture or working-style decline that says what the panel saw in this
 * candidate ("you told us you like to own work alone; every ticket here is paired") next to one that only says "not the
 * right fit for the team at this time"; "others matched more closely" next to a named missing licence, system, degree or
 * number of years; praise-heavy letters that say nothing concrete next to long warm letters with one specific sentence
 * buried in the middle; a test "below the required standard" next to one naming the section, the score or the bug;
 * salary and location declines that quote the candidate's own figure or city next to ones that only cite "budget" or
 * "location requirements"; seniority notes that name the candidate's own career next to a bare "overqualified". Offers of
 * feedback in many wordings (a call to share the panel's notes, "reply if you'd like it", a request window, scores only)
 * sit beside refusals and process-only offers. Senders: tracking-system templates (Greenhouse, Lever, Workday,
 * SmartRecruiters, Ashby, iCIMS, Workable, Teamtailor), hiring managers, founders, agencies, universities, hospitals and
 * public bodies in British, American, Australian and Indian English, from one line to several hundred words, with HTML
 * leftovers and quoted replies now and then. Paused processes wait on a freeze, a reorganisation, a manager on leave.
 * Look-alikes decline nothing: interview invitations full of praise, acknowledgements, a feedback call booked after an
 * offer, notes on a task before the next round, surveys, recruiters admiring a profile, an offer, a withdrawal confirmed.
 *
 * Labelling choices: praise, however warm, is never feedback, and neither is a fit phrase with nothing about this
 * candidate behind it ("not the right fit for the team at this time"). A working-style observation about this
 * candidate, a named skill, system, licence, qualification or number of years, or a named weak section or score is
 * feedback; "did not meet the standard" alone is not. A salary, location or seniority reason is feedback even when it
 * is short ("above our budget", "the location requirements of this position", "your experience exceeds the role"), as
 * in the rest of the corpus and the real messages: it tells this candidate why, which a fit phrase does not.
 * "Offered to another candidate" adds `position_filled`; "decided to go with another candidate" does not. An offer to
 * explain the process only, or to answer "questions about the process", is not an offer of feedback; an offer limited to
 * scores, or open for a set window, is. Notes on a task sent to a candidate who goes on to the next round are `other`.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d106-');

export const HANDWRITTEN_DEV_106: readonly CorpusLine[] = [
  // ── Rejections: application stage
  rej('application', ['generic'], {},
    `Hi Marcus,

Thank you for applying for the Customer Success Associate position at Lumaray. We received a large number of applications for this role, and after careful review we have decided not to move forward with yours at this time.

We wish you the best in your search.

The Lumaray Recruiting Team

Powered by Greenhouse`, 'Your application to Lumaray'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Olivia Brennan,

Thank you for your interest in the Regulatory Affairs Specialist (Req ID 2024-11873) role at Hallstrom Medical Technologies.

After reviewing your application, we have decided to pursue other candidates whose qualifications more closely match the requirements of this position.

We encourage you to continue to explore opportunities with Hallstrom. You can create job alerts in our Candidate Home so that new positions matching your interests are sent to you as they are posted.

Sincerely,
Hallstrom Medical Technologies Talent Acquisition

This message was sent from an unmonitored mailbox. Please do not reply.`, 'Regarding your application for Regulatory Affairs Specialist'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Chidinma,

Re: Staff Nurse, Band 6 – Critical Care Unit (Ref 341-CCU-0912)

Thank you for applying for the above post with Harrowgate & District Hospitals NHS Foundation Trust.

The shortlisting panel has reviewed your application against the person specification. Unfortunately you have not been shortlisted on this occasion. The essential criteria for this post include at least 12 months' post-registration experience in an adult intensive care or high dependency setting, and your supporting information describes acute medical and surgical ward experience only.

The Trust regularly advertises Band 5 posts on the Critical Care Unit with a supported development programme, and the panel felt you would be a strong applicant for one of those. Please look out for them on our vacancies page.

Yours sincerely,

Recruitment Team
Harrowgate & District Hospitals NHS Foundation Trust`, 'Outcome of your application - 341-CCU-0912'),

  rej('application', ['profile_mismatch'], {},
    `Hi Dev,

Thanks for applying to the Founding Account Executive role at Quillfeather. We've reviewed your application carefully and don't think your background is the right match for what we need right now, so we won't be moving forward.

Best,
Quillfeather Hiring

Sent via Lever`, 'Quillfeather - Founding Account Executive'),

  rej('application', ['skills_gap'], { ...fb, ...offered },
    `Dear Rohit Sharma,

Greetings from Kavya Infotech Solutions Pvt. Ltd.

This is with reference to your application for the position of SAP FICO Consultant (Job Code KIS/SAP/0417), Hyderabad location.

We regret to inform you that your profile has not been shortlisted for the next round. The client requirement for this position is a minimum of 5 years of end-to-end implementation experience in SAP FICO with at least one S/4HANA migration project, whereas your profile reflects approximately 2.5 years of support experience.

Should you wish to know more about the evaluation, kindly revert to this mail and our team will connect with you.

Thanks & Regards,
Sravani K.
Talent Acquisition Team
Kavya Infotech Solutions Pvt. Ltd., Madhapur, Hyderabad`, 'Application Status - SAP FICO Consultant'),

  rej('application', ['overqualified'], { ...fb },
    `Dear Mr Lindqvist,

Thank you for applying for the position of Accounts Assistant at Pembury Hale LLP.

Having considered your application, we feel that your experience is well in excess of what this role requires, and we have therefore decided not to invite you to interview.

Thank you for the interest you have shown in the firm.

Yours sincerely,

Claire Ashdown
HR Manager`, 'Accounts Assistant vacancy'),

  rej('application', ['overqualified'], { ...fb },
    `Hi Gareth,

Thanks so much for applying for the part-time bookkeeper job. I'll be straight with you because you obviously know your stuff: you've been a finance director for the last eight years with a team of thirty under you, and what I need is someone to do my VAT returns and chase invoices sixteen hours a week for a two-van plumbing business. I honestly think you'd be bored rigid by week three and I'd be back to square one.

So I'm going to pass, but thank you, and good luck.

Steve Mullan
Mullan Plumbing & Heating`, 'bookkeeper job'),

  rej('application', ['location'], { ...fb },
    `Hi Aiyana,

Thank you for your interest in the Field Service Technician role at Corvell Water Systems.

Unfortunately we are unable to move forward with your application due to the location requirements of this position.

Kind regards,
Corvell Water Systems Talent Team

Sent with SmartRecruiters`, 'Your application for Field Service Technician'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Fraser,

Thanks for applying to join us as a Junior Data Analyst.

I had a proper read of your CV and there's a lot to like, but I noticed your address is in Glasgow and you've said you're not looking to relocate. This role is five days a week at our Exeter office – we're a small team and we don't do remote for junior roles because so much of the learning happens at the desk next to you. So I can't take it further.

If we ever open a remote analyst role (we've talked about it for next year) I'd genuinely like to hear from you, so do keep an eye on our careers page.

Best wishes,
Nadia Pereira
Head of Insight, Tamarisk Travel`, 'Junior Data Analyst - Tamarisk'),

  rej('application', ['salary'], { ...fb },
    `Dear Ms Adeyemi,

Thank you for your application for the role of Communications Manager (Grade 7) at Elmbridge Housing Trust.

On your application form you stated an expected salary of £65,000. The salary for this post is fixed at £48,760 with no scope for negotiation above the top of the grade, and for that reason we will not be taking your application further.

We thank you for your interest in the Trust.

Yours sincerely,
People Services
Elmbridge Housing Trust`, 'Communications Manager (Grade 7) - your application'),

  rej('application', ['salary'], { ...fb },
    `Hello Benjamin,

Thank you for submitting your application for the Senior Product Designer position at Orbitline.

After review, the salary expectations indicated in your application fall outside the range we have budgeted for this role, so we will not be progressing your candidacy.

We appreciate your interest in Orbitline and wish you the very best.

Warm regards,
Orbitline People Team`, 'Orbitline | Senior Product Designer'),

  rej('application', ['position_filled'], {},
    `Dear Priya,

Thank you for your interest in the Laboratory Technician vacancy at Westvale Analytical.

We would like to inform you that this position has now been filled. We appreciate the time you took to apply.

Kind regards,
Westvale Analytical

This email was sent via SmartRecruiters on behalf of Westvale Analytical.`, 'Laboratory Technician - position update'),

  rej('application', ['role_closed'], { ...door },
    `Dear Applicant,

POST: Policy Officer (Environmental Health), Ref. PO/EH/226

Thank you for applying for the above post.

Following a review of the Environmental Health service structure, Kilbride County Council has withdrawn this vacancy and it will not be filled. All applications received have therefore been closed and will not be considered further.

We apologise for any inconvenience. Future vacancies, including any posts created as part of the new structure, will be advertised on the Council's jobs portal, and we would encourage you to apply for any that interest you.

Yours faithfully,

HR Recruitment Team
Kilbride County Council`, 'Withdrawal of vacancy - PO/EH/226'),

  rej('application', ['culture_fit'], {},
    `hey Jordan, thanks for applying to Pebblework. we read everything that comes in and really appreciated your note. we don't feel it's the right fit for the team at this time, so we're going to pass. best of luck out there! – Mae (co-founder)`, 'Pebblework'),

  rej('application', ['culture_fit'], { ...fb, ...offered },
    `Hi Eleanor,

Thanks for applying to be our first Operations Associate. I read your application twice, and I want to explain why I'm not taking it forward, because it isn't about ability.

In your cover letter you said that what you're looking for most is a structured graduate programme with formal training modules, a dedicated mentor and clear rotations. That's a completely reasonable thing to want, and honestly at your stage it's probably the right thing. But we're five people in a shared office above a bike shop, nobody has a mentor, and most weeks the plan changes by Wednesday. I think you'd find it frustrating, and I'd feel bad about that.

If you'd like to talk it over, or want a view on the graduate schemes I'd look at in your position, just reply and we can find twenty minutes.

Tom Achebe
Founder, Threadline Logistics`, 'Your Threadline application'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Dr Nakamura,

Position: Research Fellow, Centre for Coastal Ecology (Position No. 0061734)

Thank you for your application for the above position at Southgate University.

The selection committee has now shortlisted for interview, and I regret to advise that your application has not been shortlisted. The committee noted that the essential criteria require a PhD awarded (or thesis submitted) in marine ecology or a related field at the time of application, and your application indicates an expected submission date in mid-2026. In addition, the position is funded under a field program based at our Townsville campus and requires residence in north Queensland; your application states that you intend to remain in Hobart.

Thank you for your interest in working at Southgate University.

Yours sincerely,

Professor Ruth Callaghan
Chair, Selection Committee`, 'Research Fellow - Position No. 0061734'),

  rej('application', ['internal_candidate'], {},
    `Hi Carlos,

Thank you for your interest in the Inventory Control Supervisor position at Brightline Distribution.

We wanted to let you know that this position has been filled by an internal candidate. We appreciate your interest and the time you spent applying.

Thank you,
Brightline Distribution Talent Acquisition

Please do not reply to this message. This mailbox is not monitored.`, 'Inventory Control Supervisor - Brightline Distribution'),

  rej('application', ['generic'], { ...door },
    `Hi Sofia,

First of all – thank you. We know writing an application takes real time and energy, and we could tell yours was put together with care. Your background is genuinely impressive and it was a pleasure to read.

We had an incredible response to the Brand Partnerships Lead role and had to make some very tough calls. On this occasion we won't be moving you forward to the next stage.

We'd love to stay in touch. We've added you to our Connect talent pool, which means we'll reach out when a role opens that could suit you.

All the best,
Hanna & the People team at Fjällrum

Teamtailor · Manage your data · Unsubscribe from Connect`, 'Update on your application – Brand Partnerships Lead'),

  rej('application', ['profile_mismatch'], { ...offered },
    `Hi Kwame,

Thanks for applying for the Platform Engineer role. I'm the hiring manager and I look at every application for my team myself.

I've gone with candidates whose experience lines up more closely with what we need this quarter, so I'm not going to take yours forward. If it would help to know my thinking on your CV in particular, reply here and I'll send you a few lines.

Cheers,
Ingrid Vos
Engineering Manager, Platform – Tessellate`, 'Platform Engineer application'),

  rej('application', ['skills_gap'], { ...fb },
    `Sorry mate, need Class 1 (C+E) for this one and yours says Class 2 only. Cheers for applying. Dave – Harland Haulage`, 'Re: HGV driver job'),

  rej('application', ['profile_mismatch', 'position_filled'], {},
    `Dear Hamza,

Thank you for your application for the role of Graduate Structural Engineer at Ardent Cole Partnership.

We have now completed our selection for this year's intake and have offered places to candidates whose profiles more closely matched our requirements. We are sorry to disappoint you on this occasion.

With best regards,
Graduate Recruitment
Ardent Cole Partnership`, 'Graduate Structural Engineer 2026 intake'),

  // ── Rejections: screening call
  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Ryan,

Great talking with you on Tuesday. I went back to the hiring team with what we discussed, and I want to be transparent: you mentioned you're targeting $145k base plus equity, and the approved band for this Staff Analyst level tops out at $122k. We looked at whether we could level the role up and it's not possible this cycle, so we're not going to move forward.

If we open a Principal-level analytics role (there's a real chance in Q3), I'll reach out to you first.

Best,
Jess Huang
Technical Recruiter, Cobaltline`, 'Cobaltline - Staff Analyst'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Meera,

Thanks again for taking the time to speak with me yesterday about the Marketing Operations Manager role.

Having discussed it with the hiring manager, I'm afraid our budget for this position doesn't stretch to your expectations, so we won't be taking things further on this occasion. I'll keep your details on file and will be in touch if something more suitable comes up.

Kind regards,
Lucy Fenwick
Talent Partner, Harbourgate Group`, 'Marketing Operations Manager'),

  rej('screen', ['location'], { ...fb },
    `Hi Aditya,

Thank you for your time on the call today.

As discussed, this role requires the person to work from our Bengaluru (Whitefield) office four days a week. You mentioned that you would need to continue working from Pune due to family commitments, and unfortunately the business is not able to make an exception for this team. Hence we will not be able to take your candidature ahead for this position.

Wishing you all the best.

Regards,
Shruti Menon
Talent Acquisition | Nimbuspay`, 'Nimbuspay - Senior QA Engineer'),

  rej('screen', ['culture_fit'], { ...fb, ...offered },
    `Hi Callum,

Thanks for chatting with me on Monday. I've shared my notes with Harriet, the Account Director, and we've agreed not to progress your application for the Client Services Manager role.

I want to explain, because you were open with me and I'd like to return the favour. When I asked about your ideal week, you described long stretches of heads-down work with as few meetings as possible, and you said phone calls drain you. This role is, realistically, four to six hours a day on client calls, and most of the rest is internal syncs. We both think you'd be miserable in it within a month.

If you want to talk any of that through, I'm happy to jump on a quick call – just send me a couple of times.

All the best,
Aisha Rahman
People Partner, Kindling Creative`, 'Client Services Manager - Kindling'),

  rej('screen', ['culture_fit'], {},
    `Hi Patrick,

Thank you for speaking with me last week about the Community Manager role. After discussing with the team, we don't feel you'd be the right fit for our culture at this time, and we've decided not to move forward.

Best wishes,
Tara
Ashby | Sent on behalf of Gleamwork`, 'Community Manager at Gleamwork'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Noor,

Thank you for your time on the phone screen for the Solutions Engineer role at Vantablue. We've decided to move forward with other candidates whose experience more closely aligns with the needs of the role.

We appreciate your interest in Vantablue and wish you the best of luck in your search.

Best,
Vantablue Recruiting`, 'Vantablue - Solutions Engineer'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Sven,

Thanks for the call earlier. I spoke to Amara (the engineering manager) this afternoon. The one thing she can't flex on is hands-on experience running Kubernetes in production – the team is two people and whoever joins will be on call for the clusters from week one. On our call you said you'd used it in a home lab and a training course but not at work, so she doesn't want to take it forward.

Sorry it's not better news – everything else you told me sounded great.

Ollie
Ollie Grant | Talent | Driftwood Analytics`, 'DevOps Engineer - update'),

  rej('screen', ['overqualified'], { ...fb },
    `Hi Lauren,

Thanks for taking my call yesterday. I've talked it through with Kieran, who would be your manager.

He was honest with me: you've run a twelve-person design team for the last four years, and this is a hands-on individual contributor role reporting to him, and he has fewer years in the industry than you do. He doesn't think it's a set-up that would work for either of you for long, and I agree.

So we won't move forward. Thank you for being so open on the call.

Best,
Maddie Cole
Recruiter, Pinwheel`, 'Pinwheel - Senior Product Designer'),

  rej('screen', ['overqualified'], { ...fb, ...door },
    `Dear Samuel,

Thank you for speaking with us about the Office Coordinator position. Following your screening call, we feel that your experience is at a more senior level than this role, and we have decided not to progress your application.

We will retain your details and contact you should a more senior opportunity arise.

Kind regards,
Talent Acquisition
Norland & Price`, 'Office Coordinator - application update'),

  rej('screen', ['generic'], {},
    `Hi Zoe – thanks for the chat Thursday. We've decided not to move forward with your application for the Events Assistant role. Best of luck with everything. Kat`),

  rej('screen', ['role_closed'], {},
    `Hi Mateo,

Thank you for speaking with me about the Revenue Operations Analyst role. I'm sorry to say the role has been put on hold indefinitely following a change in the leadership team's plans for next year, so we won't be proceeding with your application.

I really appreciate the time you gave us.

Best,
Rina Okafor
Recruiting, Parcelbird`, 'Revenue Operations Analyst - role update'),

  rej('screen', ['skills_gap', 'salary'], { ...fb },
    `Hi Declan,

Thanks for your time on Friday. I've had the debrief with the hiring manager for the Senior Payroll Specialist job. Two things stopped it going further. First, they need someone who has run multi-country payroll including Ireland and the UK, and you've only done Irish payroll so far. Second, the €68,000 you mentioned is above the €58,000–€62,000 they've been given for the role. Either one on its own they might have worked around, but not both.

Thanks again, and best of luck.

Siobhan Kearney
Senior Consultant – Finance
Brookfield Talent, Dublin 2`, 'Senior Payroll Specialist'),

  rej('screen', ['location'], { ...fb },
    `Hi Ahmed,

Thank you for taking the time to speak with our team. Following our conversation, we have determined that we are unable to move forward with your application due to the work authorization requirements of this position.

We appreciate your interest in Tidewell Health.

Sincerely,
Tidewell Health Talent Acquisition
iCIMS | Candidate Communications`, 'Tidewell Health - Application Status'),

  rej('screen', ['profile_mismatch'], { ...offered },
    `Hi Yasmin,

Thanks so much for jumping on a call with me last week. We've now spoken with everyone on the shortlist for the Learning Designer role and we're going to progress with candidates whose backgrounds are a closer match for what the team needs.

If you'd like any feedback from our conversation, reply to this email and I'll send some through.

Warmly,
Georgia
Georgia Thwaite | Talent Partner | Brightmoor Learning`, 'Learning Designer – next steps'),

  rej('screen', ['generic'], {},
    `Dear Connor,

Thank you for participating in a phone screen for the Graduate Trainee - Retail Management programme.

We received an exceptionally high number of applications this year. We regret to inform you that your application will not be progressing to the next stage. Due to the volume of applicants, we are unable to provide individual feedback.

We wish you every success for the future.

Early Careers Team
Castlemere Retail Group`, 'Castlemere Graduate Programme - outcome'),

  rej('screen', ['overqualified', 'salary'], { ...fb, ...door },
    `Hi Vikram,

Thanks for your time on the phone. I've spoken with the client. They're looking for a Team Lead with 3–4 years' experience and they're paying up to ₹18 LPA. You've been an Engineering Manager with 40+ reportees for six years and you told me your current CTC is ₹46 LPA. They felt that the gap on both counts was too wide and that you would not stay, so they've asked me not to put your profile forward.

Will call you when something at your level comes in.

Regards,
Anil Deshpande
Talentbridge Executive Search, Mumbai`, 'Team Lead role - client feedback'),

  // ── Rejections: test, take-home, assignment, checks
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Jonas,

Thank you for completing the take-home exercise for the Backend Engineer role. Priya and I reviewed it together yesterday.

There was a lot to like in how you structured the service, but we've decided not to move forward to the onsite. The main issue was the scheduling logic: the exercise asked for bookings to respect each clinic's local time zone, and your implementation stored and compared everything in server time, so bookings in the Perth clinic came out three hours off. There were also no tests around the CSV parser, which is where we expected most of the edge cases to be handled.

If you'd like to go through our review comments line by line, I'm happy to set up a 20-minute call.

Thanks again for the time you put into this.

Best,
Marta Kowalczyk
Engineering Lead, Clinicly`, 'Clinicly take-home - outcome'),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the online assessment for the Trainee Financial Adviser position.

We regret to inform you that your results did not meet the required standard for this role, and we will therefore not be progressing your application.

Thank you for your interest in Stanmore Wealth.

Kind regards,
Stanmore Wealth Recruitment

This is an automated message from Workday. Please do not reply.`, 'Stanmore Wealth - Assessment outcome'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Ifeoma,

Thank you for completing the psychometric assessments as part of your application to the Actuarial Graduate Programme at Greystone Re.

For this programme we require candidates to score at or above the 60th percentile on the numerical reasoning test against our graduate comparison group. Your result on the numerical reasoning test was at the 38th percentile. Your verbal reasoning score was above the benchmark, but as both are required we are unable to progress your application to the assessment centre.

We wish you every success.

Yours sincerely,
Graduate Recruitment, Greystone Re`, 'Actuarial Graduate Programme - assessment results'),

  rej('assessment', ['assessment'], { ...door },
    `Hi Lakshmi,

Thank you for taking the online assessments for the Associate Software Engineer role at Corvanta.

Unfortunately you were not successful in the assessments on this occasion, so we will not be able to move your application forward.

You are welcome to apply again for this or any other Corvanta role after six months from today. We'd encourage you to do so.

Regards,
Corvanta Campus Hiring

Sent via Workable`, 'Corvanta - Associate Software Engineer'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Tessa,

Thanks for sending back the case study for the Pricing Analyst role – it was clearly a lot of work, and your write-up on the customer segments was very readable.

We've decided not to progress to the final interviews. The central question in the brief was whether we should raise the price of the Standard plan, and the submission didn't come to a recommendation on it: the churn analysis was thorough, but there was no estimate of the revenue impact of a price change, which is what the panel most wanted to see.

Happy to share the reviewers' written notes if they'd be useful. Just let me know.

Kind regards,
Ben Osei
Head of Commercial Analytics, Parcelpoint`, 'Pricing Analyst case study'),

  rej('assessment', ['assessment'], { ...offered },
    `Dear Hannah,

Thank you for completing the written exercise for the role of Senior Caseworker.

The panel has now marked all written exercises and I am sorry to tell you that you have not been successful in progressing to interview.

If you would like feedback on your exercise, please email recruitment@northmoor-ombudsman.org.uk within 10 working days of this message, quoting your candidate number (NMO-3391), and a member of the panel will respond.

Yours sincerely,
Recruitment Team
Northmoor Housing Ombudsman`, 'Senior Caseworker - written exercise outcome'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Mr Duarte,

Thank you for completing the translation test for our freelance Portuguese to English legal panel.

The reviewers found your general translation fluent and accurate. However, in the second passage (an extract from a share purchase agreement) several terms of art were rendered literally – for example "cláusula penal" as "penal clause" rather than liquidated damages – and the reviewers considered these errors significant for court and commercial work. In addition, admission to the legal panel requires the CIOL Diploma in Translation or an equivalent legal translation qualification, which your application does not list.

We are therefore unable to add you to the legal panel at this time.

Kind regards,
Vendor Management
Lingwell Language Services`, 'Lingwell - translation test result'),

  rej('assessment', ['position_filled'], {},
    `Hi Naveen,

Thank you for completing the product exercise for the Associate Product Manager role. We appreciate the thought you put into it.

While we were reviewing the exercises, we made an offer to a candidate who was further along in our process, and they have accepted. As a result, we won't be progressing any further applications for this role.

Sorry to bring this news, and thank you for your time.

Best,
Lantern Recruiting`, 'Associate Product Manager - Lantern'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Ms Walsh,

Thank you for attending our office for the skills assessment for the Medical Secretary position.

The role requires an audio typing speed of at least 50 words per minute with 98% accuracy. In your test you achieved 38 words per minute with 96% accuracy. We are therefore unable to offer you an interview on this occasion.

Kind regards,
Practice Manager
Fernbank Medical Centre`, 'Medical Secretary - skills assessment'),

  rej('assessment', ['assessment'], {},
    `Hi Keisha, thanks for completing the assessment. Unfortunately your results didn't meet our threshold for this role, so we won't be moving forward. — Harvest Row Hiring (via Workable)`, 'Harvest Row - assessment update'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `OFFICIAL

Dear Candidate,

Police Constable Recruitment – Online Assessment Process

Thank you for completing the online assessment process for appointment as a Police Constable with Wessex Vale Police.

We are writing to inform you that you have not met the overall pass mark of 50% required to progress. Your results were as follows:

   Situational judgement test:  62%  (met)
   Written exercise 1 (incident report):  58%  (met)
   Written exercise 2 (prioritisation):  31%  (not met)
   Overall:  47%

You may reapply after a period of six months, and we would encourage you to do so. Guidance on preparing for the written exercises is available on our recruitment website.

Yours faithfully,

Recruitment and Vetting Unit
Wessex Vale Police`, 'PC Recruitment - Online Assessment Result'),

  rej('assessment', ['assessment', 'culture_fit'], { ...fb },
    `Dear Elise,

Thank you for completing the work-style questionnaire and the group exercise for the Cabin Crew 2026 intake.

Your questionnaire responses showed a strong preference for working alone and for tasks with a single correct answer, and in the group exercise the assessors noted that you did not contribute until the last few minutes. Our cabin crew work in tightly knit teams that have to make quick decisions together, and on this occasion we have decided not to invite you to the final stage.

Kind regards,
Crew Recruitment
Aurelian Airways`, 'Cabin Crew Recruitment - Stage 2 outcome'),

  rej('assessment', ['skills_gap'], { ...fb },
    `Hey Priyesh,

Thanks for turning the take-home around so fast. The code itself was clean and nicely tested – no complaints there.

Where we ended up is this: your write-up mentioned you'd never used Terraform and had always had a separate ops team handle AWS. For this role you'd own our infrastructure from day one (there's no one else to hand it to), so we've decided to keep looking for someone who has already run that side themselves.

Thanks again,
Lena
CTO, Fablet`, 'Fablet take-home'),

  rej('assessment', ['role_closed'], { ...door },
    `Hi Imran,

Thank you for completing the technical assignment for the Data Engineer role. I'm sorry to be writing with this news: following a budget review last week, the hiring for this role has been frozen for the rest of the financial year, and we've had to close the vacancy. This isn't a reflection on your submission.

When we're able to reopen the role, I'll contact you directly to see if you're still interested.

Kind regards,
Chloe Barnard
Talent Acquisition Partner, Wexford Mutual`, 'Data Engineer - update on your application'),

  rej('assessment', ['generic'], {},
    `Hello Farida,

Thank you for completing the assessment for the Customer Insight Analyst role with Pennant Foods. Following careful consideration, we have decided not to progress your application.

We wish you the best with your search.

Pennant Foods Talent Acquisition`, 'Customer Insight Analyst - Pennant Foods'),

  rej('assessment', ['assessment'], {},
    `Dear Applicant,

Re: Future Leaders Graduate Scheme – Online Tests

Thank you for completing the online tests for the Future Leaders Graduate Scheme. We have now reviewed all results, and regret to inform you that you have not been successful in progressing to the video interview stage.

Due to the very high number of applications we receive, we are unable to provide feedback on individual test results. Please do not reply to this email, as this inbox is not monitored.

Graduate Recruitment Team
Ravensworth Group plc`, 'Future Leaders Graduate Scheme - test results'),

  rej('assessment', ['internal_candidate'], {},
    `Hi Oskar,

Thanks for submitting the writing exercise for the Content Editor role. I wanted to let you know before you heard it elsewhere that we've decided to go with someone from inside the team – one of our staff writers put her name forward late, and she's the person the panel wants.

I'm sorry, and thank you for the work you put in.

Nell
Managing Editor, Foxglove Media`, 'Content Editor - Foxglove'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Adaeze,

thanks for doing the SQL test for the BI Developer role. sorry, it's a no from us this time – you got 6 of the 10 queries right, and we need 8 to move forward. the ones you missed were the window-function questions (7, 8 and 10).

good luck!
Tomasz, Data team @ Quaywise`, 'sql test'),

  // ── Rejections: interviews
  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Hi Rupert,

Thanks for coming in on Thursday and spending the afternoon with Ana, Felipe and me. We really enjoyed the conversation.

We met as a panel yesterday and have decided not to offer you the Growth Marketing Lead role. I want to give you the actual reason rather than a form sentence. Several times in the interview you came back to wanting a clear quarterly plan signed off by leadership before you start executing, and you described your best role as the one where "the strategy was set and my job was to deliver it". Here, with six of us, the strategy is whatever we decide on Monday and it's often different by Friday. The panel felt you'd want more structure than we can honestly give you right now, and that you'd spend a lot of energy fighting that.

That's not a criticism – plenty of great marketers work that way, and a bigger company will value it. If you want to hear more from any of us, I'm happy to jump on a call to share the panel's notes.

Best,
Dani Forsyth
Co-founder, Brisket & Bloom`, 'Growth Marketing Lead'),

  rej('interview', ['culture_fit'], {},
    `Dear Hugo,

Thank you for interviewing for the Assistant Manager position at The Copper Kettle. It was lovely to meet you.

After careful consideration, we felt that another candidate was a better fit for our culture, and we have decided to proceed with them.

We wish you all the very best.

Warm regards,
Josie Hartley
General Manager`, 'Assistant Manager - The Copper Kettle'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Nikhil,

Thanks for your time in the two interviews last week, and for being so candid with us.

We've decided not to move forward. The main reason is how our team works: everything here is pair-programmed and we rotate pairs daily. When Sam asked how you felt about that, you said you'd find it exhausting and that you do your best work when you own a feature end-to-end on your own. We appreciated the honesty, and we think it would be a hard fit for you day to day.

All the best,
Greta Olsen
Engineering Manager, Mosslight`, 'Mosslight - Software Engineer'),

  rej('interview', ['culture_fit'], { ...door },
    `Hi Bella,

Thank you for interviewing with us for the Junior Account Manager role at Pollen PR. We enjoyed meeting you and learning about your experience.

After much discussion, we don't feel that you are the right fit for the team at this time. We'd love to keep your CV on file and will be in touch if another opportunity comes up.

Best wishes,
The Pollen PR Team`, 'Pollen PR - Junior Account Manager'),

  rej('interview', ['skills_gap', 'position_filled'], { ...fb, ...door },
    `Dear Anjali,

I hope you're well, and thank you once more for coming to meet Richard, Fiona and me for the Finance Business Partner role. I know you had a long journey in and I really appreciate that you made the time.

I'm afraid I'm writing with disappointing news. It was a strong shortlist and we went back and forth for a long time, but we've decided to make an offer to another candidate.

I wanted to write to you myself rather than have it come through as a letter from HR, partly because you were so generous with your time across two rounds and the case exercise, and partly because I think you deserve to understand how we got there.

You were very easy to talk to, your examples from the Heathrow project were vivid and well told, and Richard in particular came away impressed with how you'd handled the audit. The area where the panel felt the other candidate had the edge was stakeholder reporting: this role builds and runs the monthly Power BI pack for the operations directors, and you told us that at your current company the reporting is produced by a separate MI team, so you haven't built dashboards yourself. We need someone who can do that from the first month-end.

None of that changes how much we enjoyed meeting you, and I'd be sorry if you read this as anything other than a near miss. Dashboards are very learnable, and I suspect that a year from now it won't be a gap at all.

We'll have two more Business Partner roles opening in the new year as the team grows – one supporting the retail portfolio and one on the development side – and I'd really like you to consider them. I'll drop you a note when they're advertised. In the meantime, I hope the search goes well, and please do pass on my thanks to your referees, who we won't now need to trouble.

With very best wishes,

Catriona Muir
Head of FP&A
Lowther & Grange Estates`, 'Finance Business Partner - outcome'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Owen,

Thanks so much for interviewing with us for the Senior Copywriter role at Blueharbour. You interviewed really well, and everyone who met you enjoyed the conversation. You were clearly a strong candidate.

In the end, we've decided to move ahead with candidates whose experience more closely matched what we're looking for.

Thank you again for your time and interest, and we wish you every success.

Best,
Rachel Tan
Creative Director, Blueharbour`, 'Blueharbour - Senior Copywriter'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Mr Omondi,

Post: Estates Project Manager (Grade 8), Ref 24/0911

Thank you for attending interview on Tuesday 3rd for the above post.

I am sorry to tell you that you were not successful on this occasion. The panel was looking for evidence of managing capital projects with a value over £1 million from inception to handover. The examples you gave at interview were all below £200,000, and the panel did not feel it had enough evidence against this essential criterion.

If you would like more detailed feedback, Dr Helen Marsh, Director of Estates, would be pleased to speak to you by telephone. Please contact my office to arrange a convenient time.

Yours sincerely,

Gemma Patel
HR Officer
Eastbrook University`, 'Interview outcome - Estates Project Manager (24/0911)'),

  rej('interview', ['generic'], { ...offered },
    `Hi Francesca,

Thanks for your time with the team on Wednesday. I'm sorry to let you know we won't be moving forward with your application for the Customer Experience Lead role.

I know a decision like this can feel pretty opaque from the outside. I'm happy to jump on a call to share the panel's notes – just grab a slot on my calendar or reply with a few times that suit you.

Best,
Zara Lim
People & Talent, Kitebridge`, 'Kitebridge - Customer Experience Lead'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Thomas,

Thank you for attending the interview for the post of Deputy Head of Science at St Aidan's Academy.

I regret to inform you that on this occasion you were not successful. The panel felt that other candidates' experience more closely matched the requirements of the post.

Please note that, owing to the number of candidates interviewed, the Trust is unable to provide individual feedback.

Yours sincerely,

Mrs J. Ellison
Headteacher`, "Deputy Head of Science - St Aidan's Academy"),

  rej('interview', ['overqualified'], { ...fb },
    `Dear Ms Kaur,

Thank you for meeting with Hannah and me regarding the Associate Solicitor (Residential Conveyancing) vacancy.

We have thought carefully about your application. You have run your own conveyancing practice for fifteen years, supervised four fee earners, and you told us you have been a COLP since 2015. The associate role here carries no supervisory or management responsibility and reports to a partner with considerably less experience than you. We were concerned that you would find the role limiting and that it would not be a good use of your experience. We have therefore decided not to offer you the position.

We are very grateful for your time.

Yours sincerely,

Martin Edgecombe
Partner, Edgecombe Rowe Solicitors`, 'Associate Solicitor vacancy'),

  rej('interview', ['overqualified'], { ...fb },
    `Hi Stuart,

Thanks for coming in to talk with us about the Warehouse Team Leader role. After the interview we felt the role wouldn't offer you enough challenge given your experience, so we've decided to go another way.

Thanks again and all the best,
Kerry
Kerry Doyle, Site Manager, Corbridge Logistics`, 'Team Leader role'),

  rej('interview', ['salary'], { ...fb },
    `Hi Imogen,

Thanks for the interview on Friday – we enjoyed it.

We've decided not to go further, and it's purely about the numbers. At the end of the interview you said you'd need £78,000 to make the move, and the budget for the Head of Partnerships role has been signed off at £62,000. I checked with our MD whether there was any flex and there isn't this year.

Sorry – I know it's frustrating when it's not about you.

Pete Sandhu
Chief Operating Officer, Greenlane Charities Trust`, 'Head of Partnerships'),

  rej('interview', ['location'], { ...fb },
    `Hi Kirsty,

Thanks for the second interview yesterday. We've talked it over and we're not going to be able to offer you the Operations Manager role.

When we discussed working pattern you said you'd be commuting from Newcastle and could manage three days a week in the Leeds office. The role needs someone on site five days – the warehouse runs early shifts and the manager has to be there for them – so I'm afraid that's the sticking point.

Best wishes,
Alan Pryce
Regional Director, Northpoint Fulfilment`, 'Operations Manager - Leeds'),

  rej('interview', ['location'], { ...fb },
    `Dear Mei Lin,

Thank you for interviewing with Brackwater Engineering for the Process Engineer position.

After further review, we are unable to proceed with your candidacy due to eligibility requirements for this position.

We appreciate your interest and wish you success in your career.

Regards,
Brackwater Engineering Human Resources`, 'Process Engineer - Brackwater Engineering'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Rosa,

Thank you for interviewing for the Front of House Manager position at Halden Theatre. I wanted to let you know that we have now offered the role to another candidate, who has accepted.

It was a pleasure to meet you and we'd be really glad if you applied for future roles with us – our seasonal vacancies open in March.

With thanks,
Liam Hegarty
Theatre Manager`, 'Front of House Manager'),

  rej('interview', ['internal_candidate'], {},
    `Dear Adeola,

Thank you for attending interview for the post of Ward Manager, Elm Ward (Band 7).

The panel has now completed all interviews and has decided to appoint an internal candidate to the post. I am sorry to disappoint you on this occasion.

Thank you for your interest in working for Marlow Vale Healthcare NHS Trust.

Kind regards,
Susan Hargreaves
Matron, Older People's Services`, 'Ward Manager (Band 7) – Elm Ward'),

  rej('interview', ['role_closed'], {},
    `Hello Jamal,

We want to thank you for taking the time to interview with our team for the Senior Manager, Vendor Operations position.

We are writing to let you know that this requisition has been cancelled, and we will not be moving forward with filling the position at this time. We apologize for any inconvenience this may cause.

We appreciate your interest in Orland Federal Credit Union.

Sincerely,
Talent Acquisition
Orland Federal Credit Union

Workday | Candidate Home`, 'Senior Manager, Vendor Operations – Requisition Update'),

  rej('interview', ['skills_gap', 'culture_fit'], { ...fb },
    `Dear Jake,

Thanks for meeting Sophie and me for the Assistant Producer role.

We've decided not to take your application further. There are two reasons. First, the role involves building edit schedules in Avid from day one, and you said you've only worked in Premiere. Second, a lot of this job is being the calm one on a chaotic shoot day, and when we walked through the scenario of the presenter pulling out at the last minute, your instinct was to wait for a producer to decide; we need someone who'll make the call and tell us afterwards.

We wish you well,
Harriet Dunne
Series Producer, Long Acre Productions`, 'Assistant Producer'),

  rej('interview', ['profile_mismatch', 'position_filled'], {},
    `Dear Siddharth,

Thank you for your time interviewing with us for the Clinical Data Manager role.

We wanted to let you know that we have extended an offer to a candidate whose experience more closely matched the needs of the team, and they have accepted.

We appreciate your interest in Meridian Clinical Research and wish you well in your search.

Best regards,
Meridian Clinical Research Talent Team

Sent via Greenhouse`, 'Meridian Clinical Research – Clinical Data Manager'),

  rej('interview', ['generic'], {},
    `hi ellie, thanks for coming in on sat. we're not going to offer you the job this time, sorry. good luck! – marco (cafe verde)`),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Ms. Priyanka Iyer,

Greetings from Sarvaksh Technologies.

This is with reference to your interview held on 14th for the position of Senior Java Developer.

We regret to inform you that you have not been selected for the position. As per the feedback of the technical panel, your hands-on exposure in Spring Boot microservices and Kafka-based messaging was found to be limited when compared with the requirement of the project, which demands independent handling of these modules.

We thank you for the time and interest shown and wish you all the best for your future endeavours.

Regards,
HR Department
Sarvaksh Technologies Pvt. Ltd., Noida`, 'Interview Result - Senior Java Developer'),

  rej('interview', ['assessment'], { ...fb },
    `Hi Callum,

Thank you for your interview last Tuesday, including the live SQL exercise.

We've decided not to move forward. The deciding factor was the exercise: the query you wrote for monthly net revenue joined orders to refunds without aggregating the refunds first, so any order with more than one refund was counted several times, and when Jo pointed at the total it wasn't spotted. Accuracy on revenue numbers is central to this role.

Thanks again for your time, and good luck.

Best,
Ravi Patel
Analytics Lead, Cartwheel`, 'Data Analyst interview'),

  rej('interview', ['culture_fit'], { ...fb, ...door },
    `Hi Brendan,

Thanks heaps for coming in to meet the team at the clinic on Monday.

We've had a good think and we've decided not to go ahead. It's a personality thing more than a skills one – we're a small, very casual practice, first names and thongs on Fridays, and a lot of what you said about wanting formal reporting lines and written procedures for everything suggests you'd be happier in one of the bigger hospital-run clinics. We reckon you'd find us a bit loose.

If we ever grow into something more structured I'll give you a yell.

Cheers,
Dr Jess Marchetti
Practice Principal, Bondi Road Physio`, 'Practice Manager role'),

  rej('interview', ['generic'], {},
    `Dear Luca,

Thank you for interviewing for the Marketing Executive position at Sandhurst Leisure. We were very impressed by your background and enthusiasm, and it was a genuine pleasure to meet you. You were a strong candidate and the decision was not an easy one.

On this occasion, however, we have decided not to progress your application further.

We wish you every success in your future career.

Kind regards,
Sandhurst Leisure HR`, 'Marketing Executive - interview outcome'),

  rej('interview', ['skills_gap', 'position_filled'], { ...fb, ...offered },
    `Hi Daniela,

Of course – happy to give you a bit more.

The panel's main concern was the regulatory side. When Graham asked how you'd approach a Consumer Duty outcomes review, you talked about the principles well but couldn't give an example of having done one, and the role would put you in charge of the next review in January. That was the gap compared with the person we offered the role to.

If anything in that is unclear I'm glad to talk it through on the phone.

Best,
Nicola

On Mon, 9 Jun at 16:12, Daniela Ruiz wrote:
> Hi Nicola,
> Thanks for letting me know. I was disappointed but I understand. Would you be able to share any feedback from the panel? It would really help me with my next interviews.
> Many thanks,
> Daniela
>
> On Mon, 9 Jun at 10:03, Nicola Byrne wrote:
>> Dear Daniela, thank you for interviewing for the Compliance Manager role. I'm sorry to say we won't be offering you the position on this occasion. Kind regards, Nicola`, 'Re: Compliance Manager - interview'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Grace,

Thank you for attending interview for the post of Senior Policy Advisor (Ref. SPA-117).

I regret to inform you that the panel has decided not to offer you the post, as other candidates' experience was judged a closer match to the requirements of the role.

Candidates may request brief written feedback on their interview performance. Requests must be made in writing to hr.recruitment@kenmareccouncil.ie within 14 days of the date of this letter. Please note that feedback is not available on the shortlisting stage.

Yours sincerely,

HR Department
Kenmare County Council`, 'SPA-117 - interview outcome'),

  rej('interview', ['salary', 'location'], { ...fb },
    `Hi Jarrah,

Thanks for your time on the Teams interview on Tuesday.

We've talked it through and we can't make it work, unfortunately. The role is in our Darwin office and you said you'd want to stay in Adelaide and fly up one week a month; on top of that, the $165k package you're after is about $30k above what we've got approved for the position. Either one we might have got around, but the two together are too much.

All the best with it,
Lachlan Morris
General Manager, Top End Civil`, 'Project Engineer - Darwin'),

  rej('interview', ['culture_fit'], {},
    `<div style="font-family:Arial,sans-serif;font-size:14px">Hi Simone,<br><br>Thank you so much for interviewing with Palisade Labs! We truly appreciated the chance to get to know you.<br><br>After thoughtful consideration, the team has decided that this isn&#39;t the right match in terms of team fit, and we won&#39;t be moving forward with your candidacy.<br><br>We wish you the best in your search!<br><br>Warmly,<br>Palisade Labs Recruiting</div>
<p style="color:#999;font-size:11px">Sent via Ashby &middot; Privacy Policy</p>`, 'Palisade Labs - update'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Rafael,

Thank you for coming to meet us for the Sous Chef position at Larkspur.

We won't be offering you the role. Your background is in high-volume banqueting, and at the trial and in the interview it was clear you haven't yet worked a tasting-menu pass like ours, where the same twelve courses are plated to the millimetre for forty covers. Chef felt it would be too big a jump right now.

Thank you for the effort you put into the trial.

Isla Brennan
Head Chef, Larkspur`, 'Sous Chef at Larkspur'),

  rej('interview', ['generic'], {},
    `Dear Michael,

Thank you for taking the time to interview for the Logistics Coordinator position with Tarrant Freight.

After careful consideration, we have decided to move forward with other candidates. We were impressed with your qualifications and appreciate your interest in joining our team.

We will not be able to offer individual feedback, but we wish you the very best in your job search.

Sincerely,
Human Resources
Tarrant Freight, Inc.`, 'Logistics Coordinator'),

  // ── Rejections: final round, onsite, finalists
  rej('final', ['position_filled', 'profile_mismatch'], {},
    `Dear Andrew,

Thank you for participating in the final round of interviews for the Director of Finance position at Covenant Hill Schools. The search committee enjoyed meeting you.

After careful deliberation, the committee has offered the position to a candidate whose experience most closely aligned with the needs of the district at this time, and the candidate has accepted.

We are grateful for your interest in Covenant Hill and for the time you invested in our process.

Sincerely,
Dr. Lorraine Whitfield
Chair, Search Committee`, 'Director of Finance Search'),

  rej('final', ['culture_fit'], { ...fb, ...offered },
    `Hi Elliot,

Thank you for spending the whole of Thursday with us – the onsite is a long day and you were great company throughout.

We've decided not to extend an offer, and I want to be specific about why. Technically the team had no concerns. The hesitation came from the pairing session and the design review. In both, you tended to take the keyboard or the whiteboard pen and carry the solution to the end yourself, and when Ade and Min-jung raised alternatives you moved past them fairly quickly. Our staff engineers spend most of their time growing other people's ideas rather than landing their own, so the panel felt the way you collaborate today isn't what this role needs.

I know that's a hard thing to read. If you'd like to talk it through with me or with Ade, we'd both be glad to.

Warmly,
Rebecca Moss
Director of Engineering, Tallgrass`, 'Tallgrass - Staff Engineer'),

  rej('final', ['skills_gap', 'position_filled'], { ...fb, ...offered, ...door },
    `Dear Dr Afolabi,

Lecturer in Public Health (Ref. FHS-0483)

On behalf of the appointment panel, thank you for attending the interview day on 21 May and for your presentation on community-based approaches to hypertension. The panel greatly enjoyed it, and several of the students who attended the session commented on how clearly you explained the study design.

It was an exceptionally strong field, and I'm sorry to tell you that we have offered the post to another candidate, who has accepted. I appreciate that this will be a disappointment, particularly given the preparation that clearly went into your presentation and the time you gave to meeting members of the School informally over lunch.

I know you will want to understand the decision. Your teaching was rated highly and the panel valued your work with the community health trusts. The area in which the appointed candidate was stronger was research funding: the post carries an expectation of applying as principal investigator for external grants within the first two years, and the panel noted that you have so far been a co-investigator only, with no awards as PI.

I would also like to pass on the panel's thanks for the very thoughtful questions you asked at the end of the interview about workload allocation for new staff; they prompted a useful discussion among the panel afterwards.

The Faculty expects to advertise further lectureships in the next academic year, and the panel very much hopes you will apply. In the meantime, Professor Okonjo, who chaired the panel, has said she would be happy to talk with you about the application and about grant-writing support within the University if that would be helpful; please contact her office directly.

With best wishes,

Angela Marsh
Faculty HR Business Partner
Faculty of Health Sciences, Northern Midlands University`, 'FHS-0483 - outcome of interview'),

  rej('final', ['position_filled'], { ...door },
    `Hi Fatima,

I've been putting off writing this because I really wanted it to be good news.

You were one of our two finalists for the Head of Customer Operations role, and honestly the team was split right up to the last minute. We made the offer to the other finalist on Monday and she accepted yesterday.

You were brilliant to meet, and everyone said so. I'd really like to stay in touch – we're planning to hire a second ops leader for the EMEA side next year, and I'll reach out as soon as that's confirmed.

Thank you for everything you put into the process.

Priya
Priya Sandhu | COO | Tessera Health`, 'Head of Customer Operations'),

  rej('final', ['overqualified'], { ...fb },
    `Dear Richard,

Thank you for attending the final interview for the position of Finance Manager at Calloway Brewing Co.

Having spoken with you at length, we have decided not to offer you the role. You have spent the last decade as group CFO of a business with a turnover ten times ours, and on Thursday you spoke mostly about investor relations and M&A. This role is hands-on: month-end close, payroll and VAT returns, with no team under it. We do not think it would hold your interest, and we would rather say so now.

Thank you again for your time.

Yours sincerely,
Angus Calloway
Managing Director`, 'Finance Manager - Calloway Brewing Co.'),

  rej('final', ['salary'], { ...fb },
    `Dear Naomi,

Thank you for attending the final stage interview for the Senior Underwriter role, and for your patience while we completed the process.

Unfortunately, having reviewed the remuneration for the role, we are unable to meet your expectations, and we have therefore decided not to proceed with an offer.

We wish you every success.

Kind regards,
Joanna Pike
Talent Acquisition, Lyndhurst Specialty Insurance`, 'Senior Underwriter - Lyndhurst'),

  rej('final', ['salary'], { ...fb },
    `Dear Mr. Karthik Raman,

Thank you for attending the final round discussion with our Business Head and CHRO for the position of Associate Vice President – Risk Analytics.

We appreciate your interest in Vedanshi Capital. We regret to inform you that we will not be able to proceed with an offer. As discussed during the compensation discussion, your expectation is a fixed CTC of ₹42 LPA, whereas the approved budget for this position is ₹34 LPA fixed with a variable component of up to 15%. As the management is unable to revise the budget for this role, we are closing your candidature for this position.

Wishing you the very best in your career.

Warm Regards,
Deepa Nair
Manager – Talent Acquisition
Vedanshi Capital Ltd., BKC, Mumbai`, 'Candidature Update - AVP Risk Analytics'),

  rej('final', ['internal_candidate'], { ...offered },
    `Dear Sinéad,

Thank you for coming back for the second interview and presentation for the Head of Fundraising post.

After a great deal of discussion the trustees have decided to appoint from within the organisation. I want to stress that this was not about anything you did or didn't do on the day.

If it would be useful to hear the panel's reflections on your presentation, I would be happy to arrange a short call.

With warm wishes,
Marian Doyle
Chief Executive, Harbourlight Hospice`, 'Head of Fundraising'),

  rej('final', ['role_closed'], {},
    `Hi Tobias,

Thank you for all the time you've given us, including the final interviews with Sunita and the board last week.

I'm sorry to write with this. At its meeting on Monday the board decided to pause all senior hiring until the Series B closes, and the VP Sales role has been withdrawn. We won't be able to make an offer, and I don't have a date for when, or whether, the role will come back.

I'm sorry to have taken you this far for this outcome.

Best,
Clara
Clara Nyberg | Head of People | Strata Loop`, 'VP Sales - update'),

  rej('final', ['assessment'], { ...fb },
    `Dear Ayesha,

Thank you for attending the final stage at our London office and for your presentation to the leadership team.

We won't be offering you the Head of Product role. The brief asked you to present a 12-month roadmap for our merchant app, including how you would sequence the work against the two engineering squads we have. Your vision section was strong, but the roadmap itself didn't address capacity at all – it listed eleven major initiatives for the first two quarters – and when Joseph asked how you'd cut it down you weren't able to say which you would drop. Prioritisation under constraint is the heart of this role.

Thank you again, and we wish you well.

Yours,
Harriet Ngata
Chief Product Officer, Tillpoint`, 'Head of Product - final stage'),

  rej('final', ['culture_fit'], {},
    `Dear Kofi,

Thank you for attending our final assessment day for the Area Manager position.

We were very impressed with you. However, after careful consideration the panel felt that other candidates demonstrated a stronger alignment with our values, and we will not be offering you the role on this occasion.

Thank you for your interest in Greenway Housing Association, and we wish you well for the future.

Kind regards,
Resourcing Team`, 'Area Manager - assessment day outcome'),

  rej('final', ['profile_mismatch'], {},
    `Hi Harper,

Thank you for your time and energy throughout our interview process for the Senior UX Researcher role, including the final round with our VP.

We've made the difficult decision not to move forward. Our team felt that other finalists' experience more closely aligned with where the research practice is heading. I'm not able to share the panel's individual notes, but if you have any questions about our process or timeline, I'm happy to answer them.

Best,
Kendra
Kendra Wills | Recruiting | Lumenfield`, 'Lumenfield - Senior UX Researcher'),

  rej('final', ['location'], { ...fb },
    `Hey Joel,

Thanks for coming up for the final on Wednesday and meeting the crew.

We've decided not to go ahead. You told us at the end that the family will stay in Perth and you'd want to fly in, fly out on a two-and-one swing, and the Site Superintendent here has to live in Kalgoorlie – that's been the deal since the last bloke burnt out on FIFO. It's a real shame because everyone rated you.

Cheers,
Mick Sullivan
Operations Manager, Goldfields Earthmoving`, 'Site Superintendent'),

  rej('final', ['generic'], {},
    `Dear Emily,

Thank you for your patience while we completed references for the Practice Manager position following your final interview.

Having now completed this stage, we have decided not to offer you the position. We are grateful for the time you have given us throughout the process.

Yours sincerely,
Dr P. Hollis
Senior Partner, Castlegate Surgery`, 'Practice Manager - outcome'),

  rej('final', ['overqualified', 'salary'], { ...fb },
    `Dear Mr Brandt,

Thank you for taking part in the final round for the Operations Lead vacancy.

Having considered the final candidates, we have concluded that your level of seniority and your salary expectations are beyond what this position can offer, and we have decided not to proceed with your application.

We appreciate your interest in Halcombe Foods.

Yours sincerely,
HR Department, Halcombe Foods Ltd`, 'Operations Lead - final round outcome'),

  rej('final', ['culture_fit', 'position_filled'], { ...fb, ...door },
    `Hi Mia,

I promised I'd call, but I know you're travelling, so an email will have to do.

We've offered the Nursery Room Leader role to the other candidate from Saturday, and she's accepted. It was honestly close. In the end it came down to what we saw in the stay-and-play session: you were wonderful one-to-one with the children, but you spent most of the hour with the two quiet ones in the book corner and didn't really pick up the rest of the room or direct the other practitioners. Our room leaders run the floor, and the other candidate did that naturally.

I'd love you to apply for our Early Years Practitioner post when it goes up next month – you'd be great in it.

Louise
Manager, Little Acorns Day Nursery`, 'Room Leader job'),

  rej('final', ['generic'], { ...offered },
    `Dear Arjun,

Thank you for attending the final panel interview for the Senior Manager – Strategy role at Saffronleaf Hospitality on Friday. The panel enjoyed the discussion and appreciated the care you took with your preparation.

After thorough deliberation, we regret to inform you that we will not be progressing your candidature further.

Should you wish to receive feedback from the panel, please let me know, and I will be glad to schedule a short call at your convenience.

Kind regards,
Meenakshi Iyer
Head – Talent Acquisition, Saffronleaf Hospitality`, 'Senior Manager - Strategy: Update'),

  rej('final', ['skills_gap'], { ...fb },
    `Hi Noah,

Thanks for coming onsite for the final round. I'll keep this short since I know you'd rather hear it directly.

We're not moving forward. The team's consistent concern was on-call: this role owns the payments service, and across the system design and the incident walk-through you told us you've never carried a pager or led an incident review. We need that from day one.

Appreciate your time, truly.
Dmitri
Dmitri Volkov, Engineering Manager, Payments – Ledgerline`, 'Ledgerline onsite'),

  // ── Long letters, and a few more with two reasons
  rej('final', ['position_filled', 'profile_mismatch'], { ...door },
    `Dear Helena,

I hope this finds you well. I wanted to write to you personally, following my call to your voicemail this morning, about the outcome of the search for the Chief Executive of the Ashworth Rivers Trust.

First, thank you. You gave a great deal to this process: the long conversation with me in July, the first panel with the trustees, the afternoon visiting the Wyre project with the field team, and the final interview and presentation last Thursday. I know how much time that represents for someone in a demanding role, and I know you did a good deal of reading about the Trust's history to prepare. That came across to everyone.

The trustees met on Friday and again on Monday morning. I can tell you honestly that this was one of the closest decisions I have seen in a search of this kind. The Chair described the final shortlist as the strongest field the Trust has ever had, and your name was spoken about with real warmth throughout. You are, in the words of one trustee, exactly the sort of leader the sector needs more of.

After long discussion, however, the trustees have offered the role to another candidate whose background they felt aligned most closely with where the Trust is at this moment, and that candidate has accepted. I am sorry to be bringing you this news after everything you have put in.

I would very much like to keep in touch. I work with a number of environmental and conservation charities, and several are likely to be looking for senior leadership over the next year or so. With your permission I will keep your details on our confidential register and call you as soon as something fitting comes up.

In the meantime, please do not hesitate to get in touch if there is anything I can do. It has been a real pleasure getting to know you.

With warmest regards,

Philippa Grantham
Partner
Grantham Lowe Executive Search
London · Bristol · Edinburgh`, 'Ashworth Rivers Trust - Chief Executive'),

  rej('interview', ['skills_gap'], { ...fb, ...offered, ...door },
    `Dear Ms Ferreira,

Senior Policy Officer, Clinical 6 – Reference DHS/0922/24

Thank you for your application for the above position and for attending the interview on Wednesday 12 June. On behalf of the selection panel, I would like to thank you for the time and effort you put into both your written application and your preparation for the interview.

The panel has now completed its assessment of all candidates against the key selection criteria, and I regret to advise that you have not been recommended for appointment to this position on this occasion. I understand that this will be disappointing news.

The panel was very pleased with many aspects of your application. Your responses demonstrated a sound understanding of the health policy landscape and the current reform agenda, and the panel commented positively on your communication skills and the clear and considered way you approached the scenario questions. Your referees were also contacted and spoke very highly of you.

In assessing candidates against the criteria, the panel placed particular weight on criterion 3, which requires demonstrated experience preparing Cabinet submissions and ministerial briefings for a Minister's office. Neither your written application nor your answers at interview provided an example of work at that level; your examples related to briefings prepared for an executive director. This was the principal factor distinguishing the recommended candidate.

The Department anticipates further Senior Policy Officer vacancies becoming available later in the year, and the panel would encourage you to apply. Your application has also been placed in our merit pool for similar roles for a period of 12 months, and you may be contacted if a suitable vacancy arises during that time.

If you would like to discuss this outcome further, please contact the panel chair, Ms Rebecca Tully, on (08) 8226 xxxx to arrange a time for a feedback conversation.

Thank you again for your interest in working with the Department for Health Services.

Yours sincerely,

Rebecca Tully
Director, Health Policy and Reform
Department for Health Services`, 'DHS/0922/24 - Outcome of selection process'),

  rej('application', ['location', 'salary'], { ...fb },
    `Dear Yusuf Demir,

Thank you for your interest in the Commercial Analyst position at Tamberline Group.

After reviewing your application, we have determined that your location and compensation requirements do not align with what we are able to offer for this role. As a result, we will not be moving forward with your application.

We appreciate the time you invested in applying and wish you the best in your career search.

Sincerely,
Tamberline Group Talent Acquisition

Workday | This is an automated message. Please do not reply.`, 'Your application with Tamberline Group'),

  rej('screen', ['internal_candidate', 'role_closed'], {},
    `Hi Martina,

Thank you for the call on Friday about the Partner Marketing Manager position.

Since we spoke, our leadership has decided to restructure the marketing team, and the partner marketing work will now be picked up by a current member of the team alongside her existing responsibilities. As a result, the role has been closed and we won't be continuing the process.

Sorry for the change of direction, and thank you for your time.

Best,
Ines
Ines Marchand | Talent Acquisition | Corvane Software`, 'Partner Marketing Manager'),

  rej('interview', ['overqualified', 'culture_fit'], { ...fb },
    `Hi Graham,

Thanks for spending the morning with us on Tuesday.

We've decided not to offer you the Head of Operations role. You've been a VP at a 3,000-person company, and most of what you talked about was how you'd put in layers – an ops manager under you, a quarterly planning cycle, a PMO. At our size that's a couple of years away, and the person we hire needs to be the one answering the support inbox on a Saturday. We think you'd find it a step backwards and, frankly, we'd struggle to keep you.

Thanks again, and I hope we cross paths.

Yasmin Collier
CEO, Brightbeam`, 'Head of Operations - Brightbeam'),

  // ── Paused processes
  hold('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for your application for the position of Parks Development Officer (Ref. PDO-0713).

Please be advised that, due to a Council-wide recruitment freeze that came into effect on 1 October, the recruitment process for this post has been temporarily suspended. Your application has not been rejected and remains on file. We will contact all applicants once the freeze is reviewed in the new year to confirm whether the process will continue.

We apologise for the delay and thank you for your patience.

Yours faithfully,
Recruitment Services
Harbury Borough Council`, 'PDO-0713 - recruitment temporarily suspended'),

  hold('screen', ['role_closed'], {},
    `Hi Layla,

Just a quick note following our call last week about the Partnerships Manager role. We've had to pause the process for a few weeks while the team works through some changes to the remit of the role. Nothing has been decided on any candidate, and you're still very much in the running. I'll be back in touch by the end of the month with an update.

Thanks for bearing with us,
Grace
Grace Oduya | Talent | Willowmere`, 'Partnerships Manager - pause'),

  hold('assessment', ['role_closed'], {},
    `Hi Thanh,

Thank you for submitting your design exercise – it arrived safely and the team is looking forward to reviewing it.

I wanted to give you a heads-up that we're putting the Product Designer hiring on hold while our annual budget is finalised. We expect a decision in about three weeks. We haven't made any decisions about candidates, and we'll pick your exercise up as soon as the role is confirmed.

Sorry for the wait.
Best,
Anouk
Anouk de Vries, Design Manager – Tinytrail`, 'Product Designer - on hold'),

  hold('interview', ['generic'], {},
    `Dear Mr. Sato,

Thank you for interviewing with us for the Quality Assurance Manager position.

Due to an unexpected leave of absence on the part of the hiring manager, the selection process for this position has been placed on hold. We anticipate resuming the process in early March and will contact you at that time regarding next steps. Your candidacy remains active.

We appreciate your patience and continued interest in Parkridge Pharmaceuticals.

Sincerely,
Human Resources
Parkridge Pharmaceuticals`, 'Quality Assurance Manager - process update'),

  hold('final', ['role_closed'], {},
    `Hi Aoife,

Apologies for the silence since your final interview – I know that's not fun.

We're in the middle of a reorganisation of the whole commercial function, and leadership has asked us to pause all open offers and final decisions until the new structure is confirmed. That includes the Key Account Manager role. You haven't been ruled out at all; the panel was positive after your final. I hope to have clarity in two to three weeks and I'll call you as soon as I do.

Best,
Sean
Sean McArdle | Talent Acquisition | Brennock Foods`, 'Key Account Manager - update'),

  hold('interview', ['role_closed'], {},
    `Hi Rohan,

Thank you for your patience after the second interview for the Cloud Architect position. I wanted to update you that our client has put all new hiring on hold for the quarter while they await approval of the FY budget. They have confirmed your profile is on their shortlist and they will restart interviews once the budget is approved, which is expected by mid-April.

Regards,
Swati Kulkarni
Senior Consultant – Technology Hiring
Vistaraa Search Partners, Pune`, 'Cloud Architect - Client Update'),

  // ── Look-alikes: invitations, acknowledgements, offers, surveys, praise without a decline
  other(`Hi Chloe,

Thank you for applying for the Senior Content Strategist role at Wrenfield! We were really impressed by your application, and the hiring team would love to learn more about you.

We'd like to invite you to a 30-minute video call with Amira Shah, our Head of Content. Please use the link below to choose a time that works for you:

https://app.greenhouse.io/schedule/xxxxxxxx

Looking forward to speaking with you!

Best,
Wrenfield Recruiting`, 'Wrenfield - Next steps for Senior Content Strategist'),

  other(`Hey Sami,

I'm the founder of Ferrous – we're building inventory software for independent hardware stores. I just read your application for the Full-Stack Engineer role and I have to say the little side project where you rebuilt your uncle's shop's stock spreadsheet as a web app is exactly the kind of thing that made me start this company.

Could you do a call with me this week? Thursday or Friday afternoon would be ideal, but I'll work around you.

Cheers,
Nils Eriksen
Founder, Ferrous`, 'Ferrous - quick chat?'),

  other(`Hi Hamid,

Good news – the panel would like to invite you to the final round for the Senior Strategy Analyst role. Congratulations!

To help you prepare, here's a summary of the feedback from your case interview. The panel liked your structure and the market sizing, which was close to our own estimate. The one area they'd like to explore further is implementation: your recommendation to enter the Dutch market didn't say how we'd staff it, so expect questions on that in the final.

The final round will be on Tuesday 18th at our Amsterdam office, 10:00–14:30. I'll send a detailed agenda tomorrow.

Best,
Femke Jansen
Recruitment, Oranjepoort Consulting`, 'Invitation to final round - Senior Strategy Analyst'),

  other(`Dear Lucy Barnes,

Thank you for your interest in Hallstrom Medical Technologies. This email confirms that we have received your application for Clinical Trial Associate (Req ID 2024-12240).

We will review your qualifications against the requirements of the position. If your background is a match, a member of our Talent Acquisition team will contact you to discuss next steps. You can check the status of your application at any time in Candidate Home.

Sincerely,
Hallstrom Medical Technologies Talent Acquisition

This message was sent from an unmonitored mailbox.`, 'Application received: Clinical Trial Associate'),

  other(`Hi Amara,

Thanks for applying to be a Barista at Marlow & Moss! ☕

We've got your application and one of our store managers will read it within the next week. If it looks like a match, we'll invite you for a paid trial shift.

Speak soon,
The Marlow & Moss crew

Teamtailor · Manage your data`, 'We got your application – Barista'),

  other(`Hi Kieran,

Congratulations again on accepting the offer – we're thrilled you're joining the Platform team in September!

As promised, Jo would like to share the panel's notes from your interviews so you can see what stood out and where she'd like to support you in your first few months. Could you pick a 30-minute slot next week using the link below? It's an informal chat, no preparation needed.

https://calendly.com/xxxxxxx/onboarding-chat

Best,
Rhiannon
People Team, Tessellate`, 'Scheduling your feedback chat with Jo'),

  other(`Dear Dr Bajwa,

Further to our telephone conversation this morning, I am delighted to confirm the offer of appointment to the post of Consultant Anaesthetist at Marlow Vale Healthcare NHS Trust, subject to satisfactory pre-employment checks.

As mentioned, the Clinical Director would welcome a debrief with you about the Advisory Appointments Committee's discussion before your start date, to help plan your job plan and any development support. His secretary will be in touch to arrange this.

Your formal offer letter and contract will follow by post within five working days.

Yours sincerely,

Medical Staffing Department
Marlow Vale Healthcare NHS Trust`, 'Offer of Appointment - Consultant Anaesthetist'),

  other(`Hi Jordan,

Thank you for interviewing with Lumaray recently! Whatever the outcome, we'd love to hear about your experience as a candidate.

Could you spare 3 minutes to answer a short anonymous survey? Your responses help us make our hiring process better for everyone.

Take the survey »

Thank you,
Lumaray Recruiting

Powered by Greenhouse`, "How was your interview experience with Lumaray?"),

  other(`Hi Bea,

On a scale from 0 to 10, how likely are you to recommend applying to Pennant Foods to a friend?

0  1  2  3  4  5  6  7  8  9  10

Your answer will be used only to improve our recruitment process.

Pennant Foods Talent Acquisition`, 'Quick question about your application'),

  other(`Hi Neha,

Hope you don't mind me reaching out. I came across your profile and I have to say it's one of the most impressive I've seen this month – the work you led on the claims automation platform at your current company is exactly the sort of thing my client is trying to build.

I'm working on a Lead Product Manager role for a Series C insurtech in London (hybrid, 2 days). Base up to £120k plus equity. Would you be open to a 15-minute chat this week?

Best,
Tom Fielding
Partner, Arcwell Search`, 'Lead PM - insurtech - would love to chat'),

  other(`Hi Gabriel,

Just wanted to give you a quick update after your interview with Barrowfield on Monday. I spoke to the hiring manager this morning and she was really complimentary – she said you were the most prepared candidate she'd seen and she loved the way you talked about the warehouse system roll-out.

They've got two more candidates to see on Thursday, and then they'll make a decision early next week. I'll call you as soon as I hear anything.

Fingers crossed!
Sophie
Sophie Lane | Supply Chain | Castlerow Recruitment`, 'Barrowfield - update'),

  other(`Dear Ms. Ananya Reddy,

Congratulations!

With reference to your interviews, we are pleased to offer you the position of Assistant Manager – Human Resources at our Chennai office with effect from the date of joining. Your annual Cost to Company will be ₹14,20,000 as per the annexure attached.

Kindly confirm your acceptance of this offer by replying to this mail within 5 working days, and share the scanned copies of the documents listed in Annexure B.

We look forward to having you on board.

Warm Regards,
Karthika S.
HR – Talent Acquisition
Prakriti Consumer Products Ltd.`, 'Offer Letter - Assistant Manager HR'),

  other(`Hi Wiktor,

Thanks for sending in the take-home – great work. We'd love to invite you to the onsite!

A few notes from the reviewers so you know what we might dig into: they really liked your caching approach, but they noticed the retry logic doesn't back off, and they'd like to talk through how you'd handle a downstream outage. None of that is a concern – it's just where the conversation will go.

I'll send over some times for the onsite shortly.

Best,
Marta
Engineering Lead, Clinicly`, 'Clinicly - onsite invitation'),

  other(`Hi Priyanka,

Thanks for letting us know that you've accepted another offer and would like to withdraw from the process for the Senior Analyst role. We've closed your application.

It was a pleasure to meet you and we're sorry to lose you, but congratulations on the new role!

Best,
Hollie
Talent Team, Westbourne Partners`, 'Re: Withdrawing my application'),

  other(`Dear Sam,

Thank you for attending the interview for the post of Learning Support Assistant last week.

I am pleased to let you know that the panel would like to proceed with your application. Before we can make a formal offer we need to obtain two references. Could you please confirm the names, job titles and email addresses of your two referees, one of whom should be your current or most recent employer?

Kind regards,
Office Manager
Hollins Park Primary School`, 'References - Learning Support Assistant'),

  other(`Dear Candidate,

Thank you for your application to the Ravensworth Group Future Leaders Graduate Scheme.

We are pleased to invite you to complete our online assessments. These consist of a numerical reasoning test, a verbal reasoning test and a situational judgement questionnaire, and will take around 60 minutes in total. Please complete all three within the next 5 days using the link below.

Start your assessments »

Good luck!
Graduate Recruitment Team
Ravensworth Group plc`, 'Next step: online assessments'),

  other(`Hi Ines,

So sorry – our Head of Engineering has been called into an all-day incident review on Thursday, so we need to move your technical interview. Would Monday at 2pm or Tuesday at 11am work instead? Same video link.

Apologies for the shuffle!
Carys
Recruiting Coordinator, Mosslight`, 'Rescheduling your technical interview'),

  other(`New jobs matching your alert: "Data Analyst – Manchester"

• Junior Data Analyst – Northern Rail Partners – Manchester
• Data Analyst (Marketing) – Slate & Finch – Salford Quays
• Insight Analyst – Tameside Council – Ashton-under-Lyne

View all 14 new jobs

You are receiving this alert because you set it up on our careers site. Manage alerts | Unsubscribe`, '3 new jobs for you'),

  other(`Hi Leo,

Thanks for taking the time to write to us about your experience of our recruitment process. I was sorry to read that you waited nearly four weeks for an update after your interview; that isn't the standard we set ourselves, and I've shared your comments with the hiring team.

We're making some changes to how we keep candidates informed, and your note has helped. Thank you.

Kind regards,
Elaine Crossley
Head of Talent, Brightmoor Learning`, 'Re: Feedback on your recruitment process'),

  other(`Hi Aarav,

Just a quick note to say we're still working through interviews for the Data Scientist role, and the team hasn't made any decisions yet. I'll be in touch with an update by the end of next week.

Thanks for your patience!

Best,
Nicole
Ashby · Sent on behalf of Palisade Labs`, 'Palisade Labs - quick update'),

  other(`Hi Olamide,

Thanks so much for your time yesterday – Gemma came out of the interview raving about you, particularly your answer on how you'd rebuild the volunteer rota.

Before we go to the second stage, could you let me know your salary expectations and your notice period? The role is advertised at £34,000–£38,000.

Many thanks,
Joe
Joe Whitlock, Operations Manager, Riverside Food Network`, 'Volunteer Coordinator - quick question'),

  other(`Hey Ruth – just to say I passed your CV to Dalia who's hiring for the Design Systems role. She had a quick look and said your component library work looks "seriously good". She'll reach out directly in the next few days. Fingers crossed! – Sol`, 'passed your CV on'),

  other(`Dear Mr. Varun Khanna,

Greetings from Nimbuspay!

We are happy to inform you that you have cleared the technical rounds for the position of Senior QA Engineer. Our panel was impressed with your understanding of test automation frameworks.

You are now invited for the final HR discussion on Wednesday at 3:00 PM IST via Google Meet. The link will be shared separately.

Regards,
Talent Acquisition Team
Nimbuspay`, 'Invitation: Final HR Round - Senior QA Engineer'),

  other(`Hi Gwen,

I'm sorry to hear you've decided to decline our offer for the Events Manager role, though I completely understand – it sounds like a brilliant opportunity and it's much closer to home.

Thank you for being so gracious throughout the process. If things change, our door is always open, and I hope our paths cross again.

Best wishes,
Lara
Lara Mbeki, Head of Events, Halden Theatre`, "Re: Events Manager offer"),

  other(`Dear Nathaniel,

Thank you for attending the assessment centre for the Trainee Solicitor programme last Friday.

Please note that we are still completing the assessment centres for this year, with the last one taking place on 28 February. We expect to make all decisions by mid-March and will contact every candidate then, whether or not they have been successful.

Kind regards,
Graduate Recruitment
Pemberton Clarke LLP`, 'Trainee Solicitor programme - timeline'),
];
