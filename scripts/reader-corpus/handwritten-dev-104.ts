/**
 * Messages about the last step of a hiring process, set beside the steps before it: declines after a final round, an
 * onsite, a superday, an assessment centre or selection day, a board presentation, a shortlist of finalists, or
 * references taken up after the last interviews; declines after a first or second interview that is not the last, a
 * hiring manager's conversation, or a test, take-home, case study or practical done before any interview; a few
 * declines at the screening call or application. Some letters set out the whole process for every candidate and then
 * say which step was reached; some name the step once, in passing, in the middle of a long letter; others are
 * tracking-system templates, agency notes, founders' and managers' own words, in British, American, Indian,
 * Singaporean, Irish and New Zealand English. Paused processes tell of a decision delayed after the final round, a
 * freeze after the panel, a referee still to answer. Look-alikes invite the candidate to the last stage, ask for
 * references, make an offer, or promise a decision by Friday, in the same polite words.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d104-');

export const HANDWRITTEN_DEV_104: readonly CorpusLine[] = [
  // ── Final stage declined: final round, onsite, superday, assessment centre, finalists, references, board
  rej('final', ['generic'], {},
    `Dear Hannah,

Thank you for attending our assessment centre at Wellington Place, Leeds, on Thursday 12 March. We know a full day of exercises and interviews is a lot to ask of anyone, and we appreciated the energy you brought to it.

We have now reviewed the results for everyone who attended, and I am sorry to tell you that on this occasion you have not been successful.

Thank you again for your interest in the Northgate Building Society graduate programme.

Yours sincerely,

Graduate Recruitment Team
Northgate Building Society
This mailbox is not monitored. Please do not reply to this email.`, 'Your application: Graduate Programme 2027'),

  rej('final', ['profile_mismatch'], { ...door },
    `Hi Tyler,

Thanks so much for spending last Friday with us at the Superday in our Midtown office. Four back-to-back conversations is a marathon and you handled it with real composure.

After calibrating with everyone who interviewed you, the team has decided to move forward with candidates whose backgrounds line up more closely with the Leveraged Finance Analyst role. This was a close call and we know it's not the news you were hoping for.

We'd like to keep your details in our analyst talent pool and will reach out if a seat opens in another group.

Best,
Courtney Ashby
Campus Recruiting | Halvorsen Crane & Co.
One Bryant Park, New York, NY`, 'Halvorsen Crane Superday - Update'),

  rej('final', ['skills_gap'], { ...fb },
    `Dear Mr. Raghavendra,

Greetings from Sundaram Auto Components Ltd.

This is with reference to your candidature for the position of Manager - ERP Applications (Req. ID SAC/IT/0417). We thank you for attending the final round of discussion with our CIO, Mr. Venkatesh Iyer, at our Chennai corporate office on 21st of this month.

After due deliberation, the panel has concluded that the role requires hands-on implementation experience on SAP S/4HANA, specifically a completed greenfield rollout, and your experience has been predominantly on ECC 6.0 support. Hence we are unable to take your candidature forward at this point of time.

We thank you for the interest shown in our organisation and wish you all the best in your career.

Warm regards,
Lakshmi Narayanan
Talent Acquisition | HR Department
Sundaram Auto Components Ltd.`, 'Status of your candidature - Manager ERP Applications'),

  rej('final', ['position_filled'], { ...offered },
    `Hi Jia Hui,

I wanted to call you but kept missing you, so I'm writing instead. You were one of the last two candidates for the Product Marketing Lead position, and honestly it was very close. The other candidate has accepted our offer this morning, so we won't be proceeding further with your application.

If you'd like a quick chat about how the panel saw things, I'm happy to set up 20 minutes next week. Just reply with a time that suits.

Thanks again for all the effort you put in.

Regards,
Desmond Lau
Head of Marketing, Kopitiam Digital Pte Ltd
Singapore`, 'Product Marketing Lead'),

  rej('final', ['generic'], {},
    `Dear Aoife,

Thank you for your patience over the past fortnight.

As you know, following your final interview with the Director of Finance we sought references from the two referees you nominated. Having now completed the reference stage, I regret to advise that we will not be in a position to offer you the role of Financial Accountant.

I appreciate this will be disappointing. Please note that in line with our policy we are unable to discuss the content of references.

Kind regards,

Niamh Kavanagh
HR Business Partner
Corrib Valley Foods DAC
Galway, Ireland`, 'Financial Accountant - outcome'),

  rej('final', ['culture_fit'], { ...fb },
    `Kia ora Mereana,

Thank you for presenting to the Trust Board on Tuesday evening. The presentation was the last step in our process for the General Manager role, and the Board asked me to pass on their thanks for the care you put into it.

The Board has made its decision and it will not be you on this occasion. I want to be straight with you about why, because you deserve more than a form letter. Board members felt that the leadership style you described, where the GM sets direction and the team executes, would sit uneasily with the way this organisation has always worked: decisions here are slow, shared, and made with whānau and the community at the table. That is not a judgement of your ability, which nobody doubted.

Ngā mihi nui,
Hemi Walker
Chair, Te Awa Community Trust
Whanganui`, 'General Manager appointment'),

  rej('final', ['generic'], { ...door },
    `Hi Jordan,

Thank you for taking the time to come onsite and meet the Fieldnote team. We really enjoyed getting to know you.

Unfortunately, we've decided not to move forward with your candidacy for Senior Data Engineer at this time.

We'd love to stay in touch. We'll keep your profile on file and may reach out if another role comes up that matches your background. You're also welcome to apply for any future openings on our careers page.

Best,
The Fieldnote Recruiting Team

---
Sent via Greenhouse. Please don't reply directly to this email.`, 'Your application to Fieldnote'),

  rej('final', ['skills_gap'], { ...fb },
    `Dear Stefan,

Thank you for your application for the role of Head of Procurement and for the time you have given us over the past six weeks. I am writing with the outcome, and I want to give you some context first, because we do try to make our process clear to everyone who applies.

Our process for senior appointments has four stages: an application review, a short call with our in-house recruiter, a written case study, and a final panel with the Chief Operating Officer, the Finance Director and a member of the Audit Committee. We use the same structure for every candidate so that we can compare fairly, and we try to keep the whole thing to no more than six weeks. We do not always manage that, and I know in your case the final panel had to be moved once, for which I apologise again.

The panel met on 3 June and discussed each candidate in detail. Their view was that the role, as it now stands after our move into regulated energy markets, needs someone who has run procurement under the Utilities Contracts Regulations, including at least one full regulated tender from notice to award. Your experience, which is broad and impressive in the private sector, does not yet include that, and in the end that was the deciding point. I would rather tell you that plainly than leave you guessing.

I do not underestimate how much work went into your case study, and several panel members commented on how clearly it was laid out.

Thank you once more, and I wish you every success.

Yours sincerely,

Gillian Murdoch
People Director
Fenwick Energy Services Ltd
Registered in England and Wales No. 08811204. Registered office: 14 Quayside, Newcastle upon Tyne NE1 3DX.`, 'Head of Procurement - decision'),

  rej('final', ['internal_candidate'], {},
    `Dear Olumide,

Thank you for attending the final panel for the Service Delivery Manager post last week.

The panel has decided to appoint an existing member of staff who has been covering the role on an interim basis. I'm sorry that we won't be taking your application further, and I wish you well.

Best wishes,
Rachel Pym
Recruitment Officer
Marshgate District Council`, 'Service Delivery Manager - REF MDC/2291'),

  rej('final', ['salary'], { ...fb },
    `Hey Marisol,

Thanks again for making it through the whole loop, including the final round with Priyanka and Ben. The team genuinely liked you.

Where we got stuck is comp. You mentioned a base of $185k as your floor, and the approved band for this role tops out at $150k. We went back to finance to see if there was room and there isn't, not this year. So we're going to close out your candidacy rather than keep you waiting on something we can't do.

I'm sorry - I know that's frustrating after all those hours.

Cheers,
Dana Whitfield
Recruiting Lead, Cobaltline
Austin, TX`, 'Cobaltline - closing the loop'),

  rej('final', ['location'], { ...fb },
    `Hi Liam,

Thanks for coming up to Auckland for the final interviews on Friday, and for being so upfront about your situation.

We talked it over this morning. The role really does need someone in the Parnell office four days a week, because most of the work is on the floor with the production crew, and we can't make the fortnightly fly-in arrangement from Christchurch work that you suggested. Because of that we won't be offering you the position.

Cheers for your time,
Aroha Tipene
Studio Manager, Kōwhai Post
Auckland`, 'Post-production Supervisor'),

  rej('final', ['overqualified'], { ...fb },
    `Dear Ms. Deshpande,

We thank you for your interest in the position of Assistant Manager - Internal Audit and for attending the final interview with our Chief Financial Officer at the Pune office.

The interview panel was appreciative of your depth of experience. However, having led audit functions of more than 40 members over 15 years, your experience is considerably beyond what this role, which reports to a Senior Manager and has no direct reportees, would offer. The panel felt the position would not do justice to your profile, and we are therefore not proceeding with your candidature for this opening.

Regards,
Human Resources
Vardhaman Textiles & Exports Pvt. Ltd.`, 'Your candidature - Assistant Manager Internal Audit'),

  rej('final', ['role_closed'], {},
    `Dear Graham,

I'm writing with some disappointing news. As you know, you were one of the shortlisted finalists for the Regional Sales Director position and we were due to make a decision this week.

On Monday the board approved a restructure of the commercial function which merges the northern and southern regions under a single director. The role you applied for no longer exists in its current form and, as a result, we are closing this recruitment without making an appointment.

I'm truly sorry. This has nothing to do with your performance in the process.

Kind regards,
Fiona Hartley
Talent Acquisition Manager
Pennine Packaging Group`, 'Regional Sales Director - update'),

  rej('final', ['position_filled'], { ...door },
    `Hi Rohan,

Quick one - I heard back from Meridian Health this afternoon. They've offered the Clinical Systems Lead role to the other finalist and she's accepted, so that's us closed on this one.

Sorry mate. You went really well in the last round and they said so. I'll give you a ring tomorrow to talk about what else I've got on.

Cheers,
Brendan O'Leary
Senior Consultant | Tasman Talent
M: 021 448 902`, 'Meridian - outcome'),

  rej('final', ['culture_fit', 'profile_mismatch'], { ...fb },
    `Hi Elif,

Thanks for the last few weeks and especially for Thursday, which was the last stage of our process. I wanted to write this myself rather than have it come from a template.

We're not going to make you an offer. Two reasons, and I'll be honest about both. First, we are eleven people and everyone ships, founders included. In the conversation with Mo and Kate you said you'd want to spend the first quarter building process and hiring a team under you, which is a real way to run ops but not one we can support for at least a year. Second, and more broadly, we went with someone whose background was closer to what we need right now.

You'll do great somewhere that's further along than us.

Adam
Co-founder, Brindle`, 'Brindle'),

  rej('final', ['generic'], {},
    `Dear Candidate,

Thank you for your interest in the position Plant Controller (JR-004812) at Harrow Industrial Holdings and for participating in the final interview.

We have carefully reviewed your qualifications and we regret to inform you that we will not be moving forward with your candidacy.

We wish you the best in your job search.

Sincerely,
Harrow Industrial Holdings Talent Acquisition

This is an automated message from Workday. Replies to this address are not monitored.`, 'Update on your application - Plant Controller'),

  rej('final', ['profile_mismatch'], {},
    `Dear Siobhan,

Re: Head of Learning and Development

Having met the shortlisted finalists over the past two days, the panel has now concluded its deliberations. While your application was strong, the panel felt that other candidates more closely matched the requirements of the role, and I am sorry to let you know that we will not be offering you the post.

Thank you for the considerable time and thought you put into your application and interview.

Yours sincerely,

Dr Patrick Kinsella
Registrar
Atlantic Technological Institute of the Midlands`, 'Head of Learning and Development'),

  rej('final', ['assessment'], { ...fb, ...door },
    `Dear Connor,

Thank you for attending the Selection Day for the Hallbrook Accountancy Trainee Scheme on 4 February.

Each candidate at the Selection Day is scored on four elements: the group exercise, the written in-tray exercise, the partner interview and the numerical case. A candidate needs to meet the benchmark on all four. Your scores in the group exercise and the partner interview met the benchmark, but your in-tray exercise scored 41 against a benchmark of 55, and so we are unable to offer you a place on the scheme this year.

You are welcome to apply again in the next recruitment cycle, which opens in September.

Kind regards,
Early Careers Team
Hallbrook LLP`, 'Hallbrook Trainee Scheme - Selection Day outcome'),
  rej('final', ['skills_gap'], { ...fb, ...door },
    `Hi Ciarán,

Thanks a million for coming in for the final round on Wednesday. I know the German-language part of the conversation with Jürgen caught you a bit off guard, and that's on us for not flagging it clearly enough in advance.

Unfortunately that's also where it came down. The role covers our DACH accounts directly and the team needs someone who can run a full commercial negotiation in German from day one. Jürgen felt your German is at a good conversational level but not yet there for contract discussions, so we won't be progressing your application.

If you keep working on it, please do apply again. We hire for the Dublin team a couple of times a year and I'd be glad to see your name come back.

All the best,
Orla Finnegan
Talent Partner | Brightwater Logistics Ireland
Sir John Rogerson's Quay, Dublin 2`, 'Account Manager DACH - final round'),

  rej('final', ['location'], { ...fb },
    `Dear Mr Haroon,

Thank you for meeting our Regional Director, Mr Lim Boon Keat, for the final interview on 9 October.

We regret to inform you that we are unable to proceed with your application. Following the interview, our HR team reviewed the work pass requirements for the Compliance Analyst position. As the position falls under a salary grade that would require an Employment Pass application, and our current quota for this business unit has been fully used for the year, we are unable to support a pass application for you at this time.

We are sorry that this has come at such a late stage, and we thank you for your understanding.

Yours sincerely,
Human Resource Department
Straits Meridian Trust Ltd
80 Robinson Road, #12-01, Singapore 068898

CONFIDENTIALITY NOTICE: This email and any attachments are intended only for the named recipient.`, 'Application for Compliance Analyst'),

  rej('final', ['generic'], {},
    `Hi Sam - after the final round we've decided to go with another candidate. Thanks for everything, really appreciated your time. Lena`, 'Re: Thursday'),

  rej('final', ['internal_candidate'], { ...door },
    `Kia ora Tama,

Thanks for taking part in the final panel for the Team Leader - Customer Operations role. It was great to meet you and hear how you've built up the contact centre at your current place.

After a lot of discussion the panel has decided to appoint someone from within our existing team, who has been acting in the role for several months. We're sorry it's not better news for you.

We'd love to keep your details on file and get in touch about future leadership roles in the Hamilton site. I hope that's okay.

Ngā mihi,
Kirsty Graham
People & Capability Advisor
Waikato Energy Retail Ltd`, 'Team Leader - Customer Operations'),

  rej('final', ['overqualified', 'salary'], { ...fb },
    `Hi Greg,

I appreciate you flying out to Denver for the onsite. It was a long day and the team came out of it impressed.

I'll cut to it: we're going to pass. The consensus was that with twenty years of building platform orgs you'd outgrow this role within months. It's a hands-on staff engineer seat with no reports, and you said yourself you'd miss leading a team. On top of that, your target comp was well above what we can pay for the level, and we didn't want to bring you in on a number you'd resent.

I hope our paths cross again.

Regards,
Nadia Brennan
VP Engineering, Sagebrush Analytics`, 'Sagebrush - following up'),

  rej('final', ['salary'], { ...fb },
    `Dear Ankit,

Thank you for attending the final HR round on Saturday for the position of Senior Data Scientist.

We were happy with your technical rounds. However, your expected CTC of Rs. 42 LPA is significantly above the approved budget for this position, which is capped at Rs. 30 LPA including variable pay. As discussed with you during the HR round, we are not in a position to revise the budget, and hence we will not be able to proceed with your candidature.

We appreciate your time and wish you the very best.

Thanks & Regards,
Pooja Malhotra
HR - Talent Acquisition
Quantiva Analytics Pvt Ltd, Gurugram`, 'Regarding your candidature - Senior Data Scientist'),

  rej('final', ['profile_mismatch'], { ...offered, ...door },
    `Dear Tom,

I hope you've had a good week, and that the move into the new flat went smoothly. You mentioned it was happening when we last spoke and I've been meaning to ask.

I wanted to let you know personally where we've got to with the Partnerships Manager role at the Foundation. As you know it's been a long process, longer than I'd hoped, partly because our Chief Executive was away in May and partly because we had an unusually strong field. We had a little over ninety applications, and we spoke to eleven people in the first round.

When you came to see us for the final stage in Bristol, you were one of three, and the panel enjoyed the conversation a great deal. In the end, though, they offered the role to a candidate whose background was, on balance, a closer match to what the role needs over the next three years. I'm sorry it isn't better news.

I'd be very happy to talk through the panel's thinking if that would be useful to you, by phone or over a coffee if you're in town. And we will be recruiting for a Corporate Partnerships Officer in the autumn; I'd be really pleased if you considered applying, and I'll make sure you hear about it when it's advertised.

Thank you again for everything you put into this, and for your good humour when we rescheduled you twice.

Warm wishes,

Helen Ashdown
Director of Development
The Severnside Foundation
Registered charity no. 1182046`, 'Partnerships Manager'),

  rej('final', ['position_filled'], {},
    `Hi Priscilla,

Thanks for your interest in Lanternfish and for taking the time to join us onsite for the Design Lead role.

We wanted to let you know that this position has now been filled, and we've closed the requisition.

We appreciate the time you spent with our team and wish you all the best.

Lanternfish Talent Team

You're receiving this email because you applied for a position at Lanternfish through Lever.`, 'Update from Lanternfish'),

  rej('final', ['position_filled'], {},
    `Dear Kavya,

Thank you for your patience while we completed reference checks for the final two candidates for the Operations Manager position.

We have now offered the position to the other candidate, who has accepted, and so we will not be taking your application any further.

Thank you for the time and effort you have put into the process.

Kind regards,
Joanne Ridley
HR Manager
Ashcombe Care Homes Ltd`, 'Operations Manager - Ashcombe'),

  rej('final', ['assessment'], { ...fb },
    `OFFICIAL

Dear Candidate,

Campaign Reference: HMT-55081 - Policy Adviser (Higher Executive Officer)

Thank you for attending the assessment centre for the above campaign.

Your performance at the assessment centre has been assessed against the published criteria. To be successful, candidates were required to achieve a minimum score of 4 in each assessed element. Your scores were as follows:

Written exercise (Making Effective Decisions): 3
Interview (Communicating and Influencing): 5
Presentation (Seeing the Big Picture): 4

As you did not achieve the minimum score in the written exercise, we are unable to offer you a post on this occasion.

Thank you for your interest in working for the Civil Service.

Civil Service Resourcing
Please do not reply to this email as the inbox is not monitored.`, 'Campaign HMT-55081: outcome of your application'),

  rej('final', ['culture_fit'], { ...fb, ...offered },
    `hey Dev,

wanted to follow up after Tuesday. the final round was really good on the technical side, everyone agreed you're a strong engineer.

we're not going to move forward though. the honest reason: in the pairing session and in the values chat, a couple of folks felt you were more comfortable working heads-down on your own and less into the constant back-and-forth we do (we pair most of the day and review everything together). that's not a knock on you, lots of great teams work the way you like to, it's just not how we're set up.

happy to hop on a call if you want more detail, just say the word.

- Maya
Engineering @ Quillbase`, 'quillbase / next steps'),

  rej('final', ['role_closed'], { ...door },
    `Dear Imogen,

Thank you for your involvement in our recruitment for a Marketing Director, and in particular for attending the final interview at our Cheltenham office.

I am very sorry to tell you that, following a review of our plans for the coming financial year, the business has taken the decision not to proceed with this appointment. The role has been withdrawn, and we will not be making an appointment from this campaign.

We were genuinely impressed by you and would like to hold your details so that we can contact you should a suitable senior marketing role arise in the future.

With best wishes,
Alistair Grey
Chief Executive
Cotswold Cider Company Ltd`, 'Marketing Director'),

  rej('final', ['skills_gap'], { ...fb },
    `Hi Brianna,

Thanks so much for coming in for your final interview with our CFO, Mark, on Monday, and sorry for the wait on a decision.

We've decided not to extend an offer for the Senior Accountant position. For this role we need someone who already holds an active CPA license, because the person will sign off on a number of state filings from the start. Since you're still two sections away from completing the exam, we can't move ahead right now.

Wishing you the best of luck on FAR and REG!

Best regards,
Tasha Greene
Office Manager & HR
Ridgeway Property Partners, Columbus OH`, 'Senior Accountant'),

  rej('final', ['location'], { ...fb },
    `Hi Padraig,

Thanks for the call yesterday and for being honest about the timing.

After the final interview we were keen to make you an offer, but as we discussed, the role needs someone based in our Limerick office from the start of next month, and with your family situation meaning you can't relocate from Donegal until next summer at the earliest, we're not able to hold it that long. So we won't be proceeding this time.

Sorry, I know it's not the outcome either of us wanted.

Regards,
Eimear Costigan
Operations Director
Shannonside Medical Devices`, 'Quality Engineer'),

  rej('final', ['overqualified'], { ...fb, ...door },
    `Hi Catherine,

Thanks for coming along to the final interview with the two of us, and for all your thinking on the volunteer programme.

We've had a long think, and we've decided not to offer you the Volunteer Coordinator role. You've run national volunteering programmes with hundreds of people, and this is a part-time, largely administrative role supporting about thirty volunteers in one region. We honestly felt it would not stretch you and that you would be frustrated within a few months.

We'd love to stay in touch though, and if we get funding for the national programme lead we've been talking about, you'll be one of the first people we call.

Ngā mihi,
Sue Barrett and Ana Faleolo
Coastal Care Charitable Trust, Tauranga`, 'Volunteer Coordinator role'),

  rej('final', ['internal_candidate'], {},
    `Dear Mr Ong,

Thank you for your participation in the final interview for the position of Assistant Director, Procurement.

We wish to inform you that the position has been filled by an internal candidate. We therefore regret that we are unable to offer you the position.

We thank you for your interest in Jurong Civic Services and wish you every success.

Yours faithfully,
Talent Acquisition
Jurong Civic Services
This is a computer-generated email. No signature is required.`, 'Application for Assistant Director, Procurement'),

  rej('final', ['profile_mismatch'], {},
    `Dear Candidate,

Thank you for participating in the final round of the selection process for the post of Regional Business Head - North at Kestrel Finserv Ltd.

We regret to inform you that your profile has not been shortlisted for the offer stage, as other candidates matched the requirements more closely.

We appreciate your interest in Kestrel Finserv and wish you success in your future endeavours.

Team HR
Kestrel Finserv Ltd
*** This is a system generated mail. Please do not reply. ***`, 'Kestrel Finserv - Recruitment status'),

  rej('final', ['generic'], { ...offered },
    `Hi Nikhil,

Thanks for following up, and sorry for the silence. We've now made a decision and I'm afraid we won't be offering you the role. It was a tough call between the finalists.

If feedback would help, drop me a line and I'll pull together what the panel said.

Best,
Claire

Claire Donnelly
Talent Acquisition | Oakhurst Software

On Mon, 9 Sep at 10:14, Nikhil Sharma wrote:
> Hi Claire, just checking in after my final interview last Tuesday. Is there any update on the Solutions Architect role?
> Thanks, Nikhil`, 'Re: Final interview - Solutions Architect'),

  // ── Interview declined: first or second interview not said to be the last, hiring-manager conversations
  rej('interview', ['profile_mismatch'], {},
    `Hi Grace,

Thank you for coming back for the second interview with Ruth and Dev on Tuesday. They both enjoyed the conversation, particularly your examples from the supplier onboarding project.

Having discussed it as a team, we've decided to progress other candidates whose experience is a closer fit for what the role needs at the moment, so we won't be taking your application further.

Thank you again for your time, and good luck with your search.

Kind regards,
Louise Tanner
Recruitment Coordinator, Harlow & Finch`, 'Supply Chain Analyst - second interview'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Mateo,

Thanks for talking with Jen and Sanjay last week. I've got feedback from both of them and wanted to get back to you quickly.

We're not going to move you forward. The next round would have been the final panel with our CTO, but the team felt that production experience running Kubernetes is a must for this role, and from the conversation it sounded like most of your container work has been on ECS with someone else owning the cluster. That's a gap we can't train for fast enough given our on-call setup.

Thanks for your time and the great questions.

Best,
Rachel Kim
Technical Recruiter, Northwind Robotics`, 'Northwind Robotics - Platform Engineer'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Fern,

Thanks for the chat on Monday. I've thought about it a fair bit and I'm going to say no on this one.

You clearly know your stuff. The thing I kept coming back to is that you told me you do your best work with a clear brief and a set process, and this job is the opposite: I'm going to throw half-formed ideas at whoever takes it and change my mind twice a week. I think you'd find that maddening, and I'd rather be honest about that now.

Thanks again,
Jude Pemberton
Owner, Pemberton & Daughters Bakery, Hastings`, 'Assistant manager job'),

  rej('interview', ['generic'], { ...door },
    `Dear Ayesha,

Thank you for your application for the role of Research Analyst at Lindqvist Partners.

Our recruitment process has four stages: an online application, a first interview with a member of the research team, a written exercise, and a final interview with two partners. We share this with every candidate so that you know what to expect.

Following your first interview with Oliver Frame on 14 November, we have decided not to invite you to the next stage. We received a great many applications for this role and the decision was a difficult one.

We would encourage you to apply for future positions with us, and we will keep your details on file for twelve months with your permission.

Yours sincerely,
Recruitment Team
Lindqvist Partners LLP`, 'Lindqvist Partners - Research Analyst'),

  rej('interview', ['generic'], {},
    `Dear Kwame Mensah,

Thank you for taking the time to interview for the position of Customer Success Manager (R-20931). After careful consideration, we have decided to pursue other candidates at this time.

We appreciate your interest in Parallax Systems and wish you every success.

Regards,
Parallax Systems Recruiting

Please do not reply to this message. This mailbox is not monitored.`, 'Your application for Customer Success Manager'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Sai Kiran,

Thank you for appearing for the Technical Round 1 interview for the position of Java Developer (3-5 yrs) on 12th July.

Based on the evaluation by the interview panel, we regret to inform you that you have not been selected for the next round. The panel observed that your hands-on experience with Spring Boot microservices and Kafka-based messaging is limited, which are core requirements for this project.

We wish you all the best for your future endeavours.

Regards,
Recruitment Team
Trinetra Infosolutions Pvt Ltd, Hyderabad`, 'Interview Result - Java Developer'),

  rej('interview', ['location'], { ...fb },
    `Dear Ms Karthika,

Thank you for attending the interview for the position of Senior Executive (Grants Administration) on 3 March.

We regret to inform you that we are unable to proceed with your application. This position is open only to Singapore Citizens, as stated in the job advertisement, and we note from the interview that you currently hold a Dependant's Pass.

We thank you for your interest and wish you all the best.

Yours sincerely,
Human Resource Division
National Arts Heritage Council`, 'Application for Senior Executive (Grants Administration)'),

  rej('interview', ['salary'], { ...fb },
    `Hi Josh,

Thanks for coming in on Thursday, we really enjoyed meeting you.

I'm sorry to say we won't be going further. The main thing is the salary. You mentioned you'd need at least $115k to make the move worthwhile, and the role is budgeted at $92-98k. We just can't bridge that, and it wouldn't be fair to drag the process out.

Thanks again and all the best,
Sarah McKenzie
Operations Manager, Southern Alps Freight, Christchurch`, 'Logistics Coordinator'),

  rej('interview', ['internal_candidate'], {},
    `Hi Sinéad,

Thanks for interviewing with us for the Practice Manager job last week. I wanted to let you know that we've offered the role to one of our current team members, who applied at the same time, so we won't be progressing your application.

Thanks again for coming in.

Mary Fitzgerald
Senior Partner
Fitzgerald & Quinn Solicitors, Kilkenny`, 'Practice Manager'),

  rej('interview', ['position_filled'], {},
    `Hi Andre,

Thanks for interviewing with our panel for the Assistant Principal position at Lakeview Middle School. I wanted to let you know that the position has been filled, and the district has approved the appointment.

We appreciate your time and commitment to our students, and we wish you the very best.

Sincerely,
Dr. Lorraine Pickett
Principal, Lakeview Middle School
Oak Creek Unified School District`, 'Assistant Principal Position'),

  rej('interview', ['role_closed'], {},
    `Dear Ewan,

Thank you for your interview on the 17th for the role of Project Officer (Community Energy).

I am sorry to let you know that the funding for this post, which depended on a grant from the regional development fund, has not been renewed for next year. We have therefore had to withdraw the post and will not be making an appointment.

I am sorry for any disappointment this causes.

Yours sincerely,
Morag Campbell
Chief Officer
Highland Community Energy Partnership`, 'Project Officer (Community Energy)'),

  rej('interview', ['overqualified'], { ...fb },
    `Dear Richard,

Many thanks for meeting Alison and me last week to discuss the Office Administrator role.

We both enjoyed the conversation, but I'm afraid we've decided not to offer you the job. Your background as a finance director is far beyond what this role involves, which is mainly diary management, post and keeping the office running, and we worry that you would not find it satisfying for long.

With best wishes,
Peter Hollins
Director, Hollins Architects, York`, 'Office Administrator'),

  rej('interview', ['assessment'], { ...fb },
    `Dear Chloe,

Thank you for attending your interview for the role of Legal Secretary on Wednesday, and for completing the audio typing exercise on the day.

The interviewing partners were pleased with your interview. However, the audio typing exercise returned an accuracy of 89%, and for this role we require 97% or above because of the volume of court documents produced. We are therefore unable to offer you the position.

Kind regards,
Beverley Hunt
Office Manager
Staunton Myers Solicitors`, 'Legal Secretary - Staunton Myers'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Hamish,

Hope you're well. Just a quick note to say I've heard back from Rangitoto Insurance following your interview on Monday. They've decided to go with candidates whose experience more closely matches the brief, so they won't be taking you further.

Don't be discouraged, this one had a big field. I've got a couple of other claims roles landing next week that might suit you better and I'll be in touch about those.

Cheers,
Melissa Tan
Recruitment Consultant, Harbourside People, Auckland`, 'Rangitoto Insurance'),

  rej('interview', ['generic'], {},
    `Thanks for interviewing with us, Paul. We won't be moving forward. Good luck. - Tricia, Bluebird Dental`, 'Receptionist position'),

  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Dear Farhan,

Thank you for taking the time to speak with our hiring panel about the Site Engineer (Civil) role.

After consideration, we have decided not to proceed with your application. Two points weighed on the decision. First, the role requires a current CSCS card and at least three years on UK infrastructure projects, and your site experience so far has been overseas. Second, you mentioned you would need visa sponsorship, which we are unable to offer for this position.

Thank you for your interest in Ashby Civils.

Regards,
Jenny Cross
HR Advisor, Ashby Civils Ltd, Derby`, 'Site Engineer (Civil) - application outcome'),

  rej('interview', ['culture_fit'], {},
    `Dear Oisín,

Thank you for coming in to meet the team at Harbour Lane Studio. It was lovely to see your portfolio in person.

This is one of the hardest parts of running a small studio, but after a lot of thought we don't think the fit with the team is quite right at the moment, and so we won't be offering you the role of Junior Designer.

We really enjoyed the conversation, and we'll keep an eye on your work.

Warmly,
Aisling Roche
Creative Director, Harbour Lane Studio, Cork`, 'Junior Designer'),

  rej('interview', ['overqualified', 'salary'], { ...fb },
    `Hi Lorenzo,

Thanks again for the conversation with me and Amit yesterday.

We've talked it through and we don't think this is the right match. We're hiring a mid-level analyst, and you've been running analytics teams for a decade, so the role would be a big step back in scope for you. You also mentioned a salary around $160k, which is well beyond the $95k we've set aside. It didn't seem right to keep going on either count.

Really appreciated your time.

Best,
Hannah Lowe
Director of Analytics, Pinecrest Health`, 'Data Analyst - Pinecrest Health'),

  rej('interview', ['internal_candidate'], { ...door },
    `Kia ora Jess,

Thank you for interviewing for the Communications Advisor role with us last Thursday.

The panel has decided to appoint a colleague from within the organisation who was seconded into the role last year. I'm sorry to pass on this news.

We'd be keen to keep your details in our talent pool for future communications roles, and please keep an eye on our careers page too.

Ngā mihi,
Talent Team
Te Whatu Regional Council, Napier`, 'Communications Advisor'),

  rej('interview', ['position_filled'], {},
    `Dear Ms. Sneha Pillai,

This is with reference to your interview held on 5th September for the post of Assistant Professor - Computer Science.

We regret to inform you that the post has since been filled. We thank you for your interest in our institution.

Yours faithfully,
Registrar
St. Aloysius College of Engineering, Mangaluru`, 'Interview for Assistant Professor - Computer Science'),

  rej('interview', ['role_closed'], { ...door },
    `Hi Wei Jie,

Thank you for the interview with our Head of Engineering last week.

Unfortunately, following a change in our regional priorities, the Singapore Mobile Engineer position has been put on hold indefinitely, and we are closing all open applications for it. This decision is unrelated to your interview.

We'll keep your profile and reach out if the role reopens or something similar comes up.

Best regards,
Talent Acquisition, Orchid Pay Pte Ltd`, 'Mobile Engineer (iOS) - Orchid Pay'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Ben,

Thank you for your first interview for the Business Development Executive role. As we mentioned on the day, successful candidates from this round would go on to a second interview and then a final stage with our Managing Director.

Having reviewed all the first interviews, we have decided not to invite you to the second interview, as other candidates' experience was better aligned with the role.

We'd encourage you to apply for future vacancies with us.

Best regards,
Zoe Mercer
Recruitment, Marlow Print Solutions`, 'Business Development Executive - first interview'),

  rej('interview', ['generic'], { ...offered },
    `Hi Kezia,

Thank you for taking the time to interview with us for the Events Coordinator role. We've decided to move ahead with another applicant.

If you'd like feedback on your interview, feel free to reply to this email and I'll arrange it.

Thanks,
Stephanie
Marketing Team, Copperleaf Venues`, 'Events Coordinator'),

  rej('interview', ['location'], { ...fb },
    `Hello Arjun,

Thank you for speaking with Caroline and me on Tuesday about the Product Analyst role.

I'm sorry to say we won't be moving forward. After the interview we confirmed with our legal team that we can't sponsor an H-1B transfer for this position this year, and since you'll need sponsorship to make the move, we aren't able to proceed.

We wish you the best.

Best regards,
Michael Tran
Senior Product Manager, Evergreen Ledger, Seattle`, 'Evergreen Ledger - Product Analyst'),

  rej('interview', ['salary'], { ...fb },
    `Hi Roisin,

Thanks for your time at interview on Friday, and for being so clear on what you're looking for.

We've decided not to progress your application. The salary you mentioned, €68k, is well above the €52-55k range we have for the Marketing Executive role, and we're not able to move on it. I'm sorry we couldn't make it work.

All the best,
Darragh Hayes
Marketing Manager, Westbrook Outdoor Ltd, Athlone`, 'Marketing Executive'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Nikau,

Thanks for coming in to meet the crew last week. We've decided not to go ahead with you for the Apprentice Builder spot.

Just so you know where it came from: when we asked about the early starts and weekend work during the busy season, it sounded like you really wanted a set 8 to 4, Monday to Friday. That's fair enough, but it's not how our team works, especially in summer.

All the best with it,
Craig Hohaia
Hohaia Builders, Rotorua`, 'Apprentice spot'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Amelia,

Thank you for attending an interview for the post of Senior Pharmacist on 22 April.

The panel has decided not to offer you the post. The role requires an independent prescribing qualification, as set out in the person specification, and you told the panel you have not yet begun the course. The panel felt that the other candidates, who already held the qualification, better met the essential criteria.

I wish you every success in your career.

Yours sincerely,
Medical Workforce Team
Calder Valley NHS Foundation Trust`, 'Senior Pharmacist interview outcome'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Priyanka,

Thanks for your interest in Kitebird and for speaking with our hiring manager, Gemma Rowe.

After careful review, we've decided to move forward with other candidates whose experience more closely aligns with the needs of the Customer Insights Lead role.

We'd love for you to keep an eye on our careers page; we're growing quickly and there will be many more opportunities. You're welcome to apply to any role that looks like a fit.

All the best,
Kitebird Talent

Powered by Ashby`, 'Thanks for your interest in Kitebird'),

  rej('interview', ['assessment'], { ...fb },
    `Dear Sean,

Thank you for attending the interview for the post of Finance Officer at Kildare County Credit Union.

As explained on the day, the interview was accompanied by a short Excel practical. Your interview went well, but the Excel practical was not completed within the time allowed, and the reconciliation task contained several errors. For this reason we are not in a position to offer you the post.

Yours sincerely,
Bríd Nolan
Manager`, 'Finance Officer vacancy'),

  // ── Assessment declined: test, take-home, case, exercise with no interview named, or before the interviews
  rej('assessment', ['assessment'], { ...fb },
    `Dear Lucy,

Thank you for completing the online numerical and verbal reasoning assessment for the Finance Graduate Programme.

Candidates need to reach a combined score of 65 to progress to the video interview stage. Your combined score was 54 (numerical 49, verbal 59), and so we are unable to take your application further this year.

Kind regards,
Graduate Recruitment, Castlemere Group

This is an automated email, please do not reply.`, 'Castlemere Graduate Programme - assessment result'),

  rej('assessment', ['assessment'], {},
    `Hi Ravi,

Thanks for submitting your take-home for the Frontend Engineer role. The team has reviewed it and unfortunately we won't be moving you forward to the interview stage.

We really appreciate the time you put into it.

Best,
Hollis from Ferngrove`, 'Ferngrove take-home'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Applicant,

Thank you for applying to the Kingsbridge Consulting Analyst Programme.

Our selection process has three stages for every applicant: an online aptitude test, a video interview with a consultant, and an assessment centre at our London office. Only candidates who pass the aptitude test are invited to the video interview.

Your results were: Logical reasoning - 38th percentile; Numerical reasoning - 44th percentile. The threshold to progress was the 60th percentile in both sections. We are therefore unable to progress your application on this occasion.

Thank you for your interest in Kingsbridge Consulting.

Kingsbridge Consulting Early Careers`, 'Kingsbridge Analyst Programme - application update'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Shreya,

Thank you for submitting the case study for the role of Associate - Strategy at Vistara Advisory.

The evaluation committee reviewed your submission carefully. While the market sizing was well structured, the recommendations section did not address the pricing question posed in the case, and the financial projections had inconsistencies between the revenue and cost sheets. As a result, your submission did not meet the qualifying score for the interview round.

We thank you for your effort and wish you the best.

Regards,
Talent Team, Vistara Advisory LLP, Mumbai`, 'Case study evaluation - Associate Strategy'),

  rej('assessment', ['assessment'], { ...door },
    `Hi Daniel,

Thank you for completing the CodeSignal coding assessment for the Software Engineer II position at Tidewater.

Unfortunately, your score did not meet the threshold required to move forward in our process at this time.

You're welcome to retake the assessment and reapply to Tidewater after 6 months. We'd love to hear from you again.

Best,
Tidewater University & Early Talent Recruiting`, 'Tidewater: Your Coding Assessment'),

  rej('assessment', ['assessment'], {},
    `Dear Isabella,

Thank you for completing the situational judgement test and personality questionnaire for the Retail Management Scheme.

We have now reviewed your results and we're sorry to tell you that they did not meet the standard required for this scheme, so your application will not progress.

Thank you for your interest in Hawthorn & Lees.

Early Careers Team`, 'Retail Management Scheme - your application'),

  rej('assessment', ['assessment'], { ...fb },
    `Kia ora Zara,

Thanks for doing the writing exercise for the Copywriter role. We asked everyone for three short pieces, and we've now been through them all.

We're not going to take yours further. The product descriptions were spot on, but the two longer pieces read more like formal reports than the relaxed, chatty voice our brand uses, and the brief asked for under 300 words each and both ran past 500.

Thanks for giving it a go.

Cheers,
Ellie Morgan
Content Lead, Tūī Outdoor Co., Nelson`, 'Copywriter writing exercise'),

  rej('assessment', ['generic'], {},
    `Dear Mr. Collins,

Thank you for your interest in the Warehouse Associate position with Redline Distribution.

We have received the results of your pre-employment background screening. Based on those results, we are unable to continue with your application at this time.

A copy of the consumer report and a summary of your rights under the Fair Credit Reporting Act are attached. If you believe the report contains inaccurate information, you may contact the screening provider directly.

Sincerely,
Redline Distribution HR`, 'Redline Distribution - Application Status'),

  rej('assessment', ['generic'], {},
    `Dear Ms Sharma,

Further to your application for the Teaching Assistant post, we have now received the references you supplied.

Having reviewed the references, I regret to inform you that we are unable to offer you the position.

Yours sincerely,
Mrs J. Holloway
School Business Manager
St Bede's Primary School`, 'Teaching Assistant application'),

  rej('assessment', ['position_filled'], {},
    `Hi Marcus,

Thanks for sending over the design exercise. I'm sorry to be writing with this: while you were working on it, we made an offer to another candidate further along in the process, and they accepted yesterday. So we're closing the role and won't be reviewing any more exercises.

I'm really sorry about the timing, I know you'd put hours into it.

Best,
Sophie Lang
Design Manager, Lumenwise`, 'Design exercise'),

  rej('assessment', ['role_closed'], {},
    `Dear Aditi,

Thank you for completing the online assessment for the Business Analyst position (Req 77120).

We wish to inform you that this position has been cancelled due to a change in business requirements. As a result, we will not be proceeding with any applications for this requisition.

We thank you for your time and interest in Ironbridge Technologies.

Regards,
Ironbridge Technologies - Global Talent Acquisition`, 'Business Analyst (Req 77120) - update'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Tomasz,

Thanks for taking our SQL assessment for the Analytics Engineer role.

The team reviewed your answers. You did well on the joins and aggregation questions, but the three questions involving window functions (running totals, ranking within groups, and the sessionisation task) were either incomplete or returned incorrect results. Window functions are used daily in this role, so we won't be moving you forward to interviews.

Thanks again for your time.

Best,
Jake Ferris
Analytics Lead, Brambling Data`, 'Brambling Data - SQL assessment'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Mr Tan Jun Wei,

Thank you for taking the online numerical reasoning test for the Management Associate Programme.

We regret to inform you that your score of 18/30 did not meet the minimum of 22/30 required for progression to the next stage of assessment.

You may reapply for the next intake.

Yours sincerely,
Talent Acquisition
Lion City Property Group`, 'Management Associate Programme'),

  rej('assessment', ['assessment'], {},
    `Dear Méabh,

Thank you for completing the situational judgement test as part of your application to the Graduate Auditor programme.

Unfortunately, on this occasion you have not reached the required standard to progress to the next stage of the process.

We wish you well in your career.

Graduate Recruitment
Leinster Audit & Advisory`, 'Graduate Auditor programme'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Noah,

Thanks for submitting the take-home project for the Backend Engineer role. I know it's a big ask on a weekend.

We won't be moving forward. The reviewers liked your data model, but there were no automated tests, the endpoint for bulk uploads fell over on the 10k-row sample file, and the README didn't say how to run the app locally. Those three together put the submission below our bar.

If you'd like to go through the review notes together, I'm happy to set up a 20-minute call.

Best,
Paige Ortiz
Engineering Recruiter, Cinderhouse`, 'Cinderhouse - take-home review'),

  rej('assessment', ['assessment', 'culture_fit'], { ...fb },
    `Dear Kieran,

Thank you for completing our work-style questionnaire as part of your application for Team Lead - Field Service.

The questionnaire is designed to show how people prefer to work. Your responses indicated a strong preference for working alone and for detailed written instructions. The field service team works in small, closely coordinated crews and makes many decisions on the spot, so we do not feel the role would suit the way you like to work, and we will not be progressing your application.

Kind regards,
Recruitment Team
Eastmoor Utilities`, 'Your application - Team Lead Field Service'),

  rej('assessment', ['location'], { ...fb },
    `Dear Gabriel,

Thank you for completing the skills test for the Payroll Administrator role.

When we moved to the next step, we noticed that you are currently living in Brazil and do not have the right to work in the UK. Unfortunately this role is not eligible for sponsorship, so we cannot continue with your application.

I'm sorry this was not picked up sooner.

Kind regards,
Hayley Barnes
HR Coordinator, Wessex Payroll Services`, 'Payroll Administrator - next steps'),

  rej('assessment', ['overqualified'], { ...fb, ...door },
    `Hi Yusuf,

Thanks for the exercise, which was the best we received, by some way.

That's actually the issue. This is a junior bookkeeping role at 20 hours a week, and your submission (plus the fifteen years on your CV, including time as a practice manager) makes it pretty clear you'd be well past it in a week. We don't think we'd keep you, so we're not going to move forward.

If we ever open a senior role I'd love to hear from you again. Please keep an eye out.

Regards,
Tina Walsh
Walsh & Reid Accountants, Dunedin`, 'Bookkeeper exercise'),

  rej('assessment', ['internal_candidate'], {},
    `Hello Ngozi,

Thank you for completing the written assessment for the Procurement Officer vacancy.

We wanted to update you that the vacancy has now been filled through an internal appointment, and we will therefore not be taking applications forward to interview.

Thank you for your interest.

HR Team
Brackenridge Housing Association`, 'Procurement Officer - vacancy update'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Candidate,

Greetings from Pinnacle Softech!

Thank you for participating in the Online Aptitude Round for the Graduate Engineer Trainee recruitment drive held on 18th January.

We regret to inform you that you have not cleared the cut-off for the Quantitative Aptitude section (your score: 11/25; cut-off: 15/25). Hence you will not be considered for the Technical Interview round.

We wish you all the best for your future.

Regards,
Campus Hiring Team
Pinnacle Softech Ltd.`, 'Result - Online Aptitude Round'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Jayden,

Thanks for coming out to the yard for the forklift practical assessment on Tuesday.

Unfortunately we can't offer you the Storeperson role this time. The assessor noted two issues during the practical: you raised the load while the forklift was still moving, and you didn't complete the pre-start checklist before operating. Both are automatic fails under our site safety rules.

Feel free to reapply once you've had some more hours on the machine.

Thanks,
Kerry Tuhiwai
Site Supervisor, Manawatū Timber Supplies`, 'Storeperson role'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Latoya,

Thank you for your interest in the Data Entry Clerk position with Carrington County.

As part of the application process, you completed a typing skills test. The minimum requirement for this position is 55 net words per minute with 95% accuracy. Your result was 42 net words per minute with 93% accuracy. Because the minimum requirement was not met, your application cannot be considered further for this recruitment.

You are welcome to reapply and retest after 90 days.

Carrington County Human Resources`, 'Data Entry Clerk - Test Results'),

  rej('assessment', ['assessment'], {},
    `Hi Ella,

Thanks for completing the Canva design challenge as part of your application to Marigold & Co.

We've reviewed all submissions and unfortunately yours didn't score highly enough against our brief to progress. We had some fantastic entries this round, and we appreciated seeing your creative thinking.

Take care,
The Marigold & Co. team`, 'Design challenge update'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Helena,

Thank you for completing the translation test for the Legal Translator (Portuguese-English) position.

Reviewers noted that the translation of the court judgement was accurate in general meaning but consistently rendered procedural terms in their Brazilian Portuguese forms. This role requires European Portuguese legal terminology, as our work is almost entirely for clients in Portugal. We will not be progressing your application.

Kind regards,
Vocabulo Language Services Ltd, Edinburgh`, 'Legal Translator - test outcome'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Callum,

Thank you for completing the in-tray exercise for the Executive Assistant role.

The exercise was scored by two assessors. You prioritised the urgent board papers well, but you missed the clash between the CEO's travel and the audit committee meeting and did not respond to the complaint from the major donor, which were both key items. Your overall score was below the level needed to progress to interview.

With best wishes,
People Team
Ridgeway Hospice Trust`, 'Executive Assistant - in-tray exercise'),

  // ── Screen and application declined
  rej('screen', ['salary'], { ...fb },
    `Hi Owen,

Thanks for the call this morning, it was great to learn more about you.

Following up on what we discussed: the salary you're targeting (£75k) is quite a bit above the range for this role, which tops out at £60k, and the hiring manager has confirmed there's no flexibility. So I don't think it makes sense to move to interviews.

Sorry it's not better news, and thanks again for your time.

Bethany Cole
Talent Partner, Redwing Health Tech`, 'Redwing - following our call'),

  rej('screen', ['location'], { ...fb, ...door },
    `Hi Siddharth,

Thank you for speaking with me on Wednesday about the Client Services Associate role.

As we discussed, the position is fully on-site in our Singapore office and requires the successful candidate to already hold the right to work here. Since you're currently based in Bengaluru and would need an Employment Pass, we won't be able to move forward on this one.

I'll keep your details on hand in case a regional remote role comes up.

Best regards,
Michelle Koh
Talent Acquisition, Bayfront Wealth Partners`, 'Client Services Associate'),

  rej('screen', ['overqualified'], { ...fb },
    `Hi Deborah,

Lovely to speak with you on Monday. Having thought about our call, I don't think the Team Administrator role is the right match. With your background running an operations function of over 50 people, this position, which is entry level, wouldn't make use of your experience, and I'd be concerned you'd be under-challenged.

Thanks so much for your interest.

Kind regards,
Jade Whittaker
HR Coordinator, Millbrook Insurance Services`, 'Team Administrator'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Connor,

Thanks for taking my call yesterday. After chatting with the hiring team, we've decided to move ahead with candidates whose backgrounds are a closer fit for the Solutions Consultant role.

Appreciate your time and best of luck.

Alexis Monroe
Recruiter, Vantage Reach`, 'Solutions Consultant'),

  rej('screen', ['generic'], {},
    `Dear Eoin,

Thank you for your time on the phone with our recruitment team last week regarding the Site Manager vacancy.

We have now completed our initial screening calls and regret to inform you that you have not been selected to progress to interview.

Kind regards,
Recruitment
McCarthy Brothers Construction, Cork`, 'Site Manager vacancy'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Aroha,

Thank you for applying for the Registered Nurse - Theatre role at Taranaki Surgical.

This role requires a current New Zealand Nursing Council practising certificate and at least two years of perioperative experience. We could not see evidence of a current practising certificate in your application, so we are unable to consider you for this role.

Regards,
Recruitment Team, Taranaki Surgical`, 'Your application - Registered Nurse Theatre'),

  rej('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for your application for the role of Research Fellow (Ref: RF-2291).

Please be advised that this vacancy has been withdrawn due to a change in project funding and will not be filled. We will not be progressing any applications.

We apologise for any inconvenience.

HR Services
University of Northmoor`, 'Vacancy withdrawn: Research Fellow RF-2291'),

  rej('application', ['internal_candidate'], {},
    `Hi Maeve,

Thanks for applying for the Office Coordinator role. Just to let you know, we've since filled it internally with a member of our reception team, so we won't be taking applications further.

Thanks for your interest.

Gráinne
Willow & Birch Interiors, Sligo`, 'Office Coordinator'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Rahul,

Thank you for your interest in the Cloud Support Engineer position at Nimbus Arc. After reviewing your application, we have determined that your profile is not the right fit for this role at this time.

We encourage you to keep an eye on our careers site and apply for other roles that match your experience. We've also added you to our talent community.

Regards,
Nimbus Arc Talent Acquisition

Do not reply to this email. This mailbox is not monitored.`, 'Your Nimbus Arc application'),

  rej('application', ['position_filled'], {},
    `Dear Wen Qing,

Thank you for applying for the Executive, Corporate Communications role with us. We wish to inform you that this position has been filled.

We appreciate your interest in Marina Crest Hospitality and wish you every success.

Talent Acquisition Team
Marina Crest Hospitality Group`, 'Application - Executive, Corporate Communications'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Fionnuala,

Thank you for coming to interview for the Senior Grants Officer role.

We have decided not to offer you the post. The panel felt that other candidates had a stronger overall fit with the role, and in particular we were looking for experience managing EU Horizon grants from application through to final reporting, which you told us you had not yet had the chance to do.

With thanks and best wishes,
Research Office
Trinity Marine Institute, Dublin`, 'Senior Grants Officer - outcome'),

  // ── Paused processes: decisions delayed after the final round, freezes after the panel
  hold('final', ['generic'], {},
    `Hi Abigail,

I wanted to give you an update after your final round on the 12th, since I know the wait has been long.

We haven't made a decision yet. Our VP, who needs to sign off on the hire, has been travelling for the last ten days, and we now expect to have an answer for you by the end of next week. You are still very much in the running and nothing has changed on our side.

Thanks for your patience,
Jordan Pike
Recruiting, Halcyon Bio`, 'Update on your candidacy'),

  hold('final', ['role_closed'], {},
    `Dear Rhys,

Thank you for attending the final panel for the Head of Digital role on 28 February.

I'm writing to let you know that the organisation has this week introduced a temporary freeze on all senior recruitment while we complete a review of our budget for the year ahead. This means we are unable to make a decision on the appointment at the moment.

We are not closing the process, and your application remains under consideration. We expect to be able to update you by the end of April.

I'm sorry for the uncertainty this creates.

Kind regards,
Bronwen Pugh
Head of HR, Cadwyn Housing Group`, 'Head of Digital - update'),

  hold('interview', ['role_closed'], {},
    `Hi Aditya,

Thanks for interviewing with Michelle last week. I wanted to let you know that we've had to pause this search while the team goes through a reorganisation. We don't know yet how long it will take, but probably a few weeks.

You haven't been ruled out, and we'd like to pick things up with you once the role is confirmed. I'll be in touch as soon as I know more.

Cheers,
Kate Sullivan
Talent, Loomstack`, 'Loomstack - pausing the search'),

  hold('final', ['generic'], {},
    `Dear Mr Sheridan,

Further to your final interview, we are currently awaiting a response from one of your referees. We will be unable to make a decision until we have received both references.

We will be in touch as soon as this is complete.

Kind regards,
HR Department
Kerry Lakes Hotel Group`, 'References'),

  hold('assessment', ['role_closed'], {},
    `Hi Harriet,

Thanks for completing the case exercise. I'm afraid the hiring for this role has been put on hold company-wide until the new financial year, so we won't be scheduling interviews for now.

Your exercise has been reviewed and your application is still active. We'll contact you when hiring resumes.

Best,
Amy
People Team, Foxglove Energy`, 'Case exercise - next steps'),

  hold('final', ['generic'], {},
    `Kia ora Rawiri,

Thank you for presenting to the Board last Tuesday. The Board's meeting to make the final decision has been postponed by two weeks as several members were unwell. We'll let you know the outcome as soon as possible after that.

Ngā mihi,
Whetu Ransfield
Board Secretary, Ōtaki Community Health Trust`, 'Chief Executive appointment - timing'),

  hold('interview', ['generic'], {},
    `Hi Priya,

Just a quick update: Rajiv, the hiring manager, is on medical leave for the next couple of weeks, so we're a bit delayed on decisions after the second interviews. We'll be back in touch once he's returned.

Regards,
Neha Bansal
HR, Crescendo Software Pvt Ltd`, 'Update - Senior QA Engineer'),

  hold('final', ['role_closed'], {},
    `Hi Ethan,

Thanks again for your energy at the Superday. I know you were expecting an answer this week.

Our leadership team has called a budget review across the analytics division, and all offers for this cohort are on hold until that's finished, which we expect to take four to six weeks. Nobody from the Superday has been declined and nobody has received an offer.

We'll keep you posted.

Best,
Morgan Chu
Campus Recruiting, Whitlock Ellery Capital`, 'Superday - timing update'),

  // ── Look-alikes: invitations to the last stage, reference requests, offers, decisions still to come
  other(`Dear Olivia,

Thank you for your time at the second interview last week. I'm delighted to let you know that we would like to invite you to the final round for the Head of Partnerships role.

The final round will take place at our Soho office on Thursday 16 October and will consist of a 20-minute presentation followed by a panel interview with our CEO and COO. Details of the presentation brief are attached.

Please confirm your attendance by replying to this email.

Kind regards,
Francesca Moore
Talent Manager, Gilded Fox Media`, 'Invitation to final round - Head of Partnerships'),

  other(`Hi Declan,

Good news - following your final interview, you are our preferred candidate for the Contracts Manager role. Before we can make a formal offer, we need to take up references.

Could you please send me the names and contact details of two referees, one of whom should be your current or most recent line manager? We won't contact your current employer without your permission.

Best regards,
Sharon Keane
HR Manager, Dunmore Civil Engineering`, 'Contracts Manager - references'),

  other(`Hi Mei Ling, you're through to the last stage! The hiring manager would like to meet you in person next Tuesday at 3pm at our Tanjong Pagar office. Please let me know if that works. Cheers, Jasper`, 'Great news'),

  other(`Dear Kofi,

Further to your final interview, I am delighted to offer you the position of Senior Quantity Surveyor at Belgrave Construction Ltd, starting on a date to be agreed.

Your salary will be £68,000 per annum, with a car allowance of £5,400 and membership of the company pension scheme. A formal contract will follow by post.

Please confirm your acceptance by replying to this email by Friday 20 June.

Congratulations, and we look forward to working with you.

Yours sincerely,
Andrew Pryce
Managing Director, Belgrave Construction Ltd`, 'Offer of employment'),

  other(`Hi Chris,

Thanks for coming in for the final round yesterday, everyone enjoyed meeting you. We're seeing one more candidate on Wednesday and we'll decide by Friday. I'll call you either way.

Thanks,
Louisa`, 'Re: Yesterday'),

  other(`Dear Sophie,

Congratulations! Following your online tests and video interview, we are pleased to invite you to our assessment centre for the Graduate Engineering Programme.

Date: Tuesday 4 March
Venue: Harwell Engineering, Didcot
Duration: 9:00 - 16:30

The day will include a group exercise, a technical interview, and a short presentation. Further details are in the attached candidate pack.

Please book your slot using the link below by 20 February.

Early Careers Team
Harwell Engineering`, 'Invitation to assessment centre'),

  other(`Hi Lukas,

Thanks for your interview on Monday. The team would like to invite you to a second interview with Ruth (Head of Product) and Dev (Engineering Manager). Could you do Thursday at 10 or Friday at 2?

Best,
Alice
Recruiting, Harlow Labs`, 'Second interview'),

  other(`Hi Aaliyah,

We're excited to host you for Superday on Friday 7 November! Please find your schedule below:

8:30 - Arrival and breakfast (42nd floor reception)
9:00 - Interview with Managing Director
9:45 - Case interview
10:30 - Interview with Vice President
11:15 - Lunch with analysts

Please bring a photo ID. Business attire is expected.

See you soon,
Campus Recruiting, Halvorsen Crane & Co.`, 'Superday details - Friday'),

  other(`Dear Amir,

Thank you for applying for the Operations Analyst role at Tarragon Foods. We've received your application and our team is reviewing it.

If your experience matches what we're looking for, we'll be in touch about the next steps, which usually include a short phone call, an online assessment and interviews. We aim to respond within two weeks.

Thanks again,
Tarragon Foods Recruitment

This is an automated message. Please do not reply.`, 'We have received your application'),

  other(`Hi Ishaan,

Thank you for letting us know that you've accepted another offer and would like to withdraw from the final round for the Senior Consultant position. We've cancelled your interview on Thursday.

Congratulations on the new role, and we wish you all the best. Please don't hesitate to get in touch if you're ever interested in opportunities with us in the future.

Regards,
Anushka Rao
Talent Acquisition, Meridian Advisory, Bengaluru`, 'Withdrawal confirmed'),

  other(`New jobs matching your alerts:

- Final Assembly Technician, Dunlop Aerospace, Belfast
- Assessment Centre Coordinator, Brightpath Recruitment, Leeds
- Reference Librarian, City of Wellington Libraries

You're receiving this email because you signed up for job alerts on HireLane. Unsubscribe or manage your alerts here.`, '3 new jobs for you'),

  other(`Dear Gemma,

Thank you for attending the final panel on Monday. The panel is meeting the remaining two candidates this week, and we expect to reach a decision early next week. We will be in touch with you then.

Thank you for your patience.

Kind regards,
Recruitment Team
Southbank Arts Trust`, 'Final panel - next steps'),

  other(`Hi Tariq,

Thanks for your time on the phone screen! We'd like to move you forward to the next stage, which is a take-home exercise. You'll have five days to complete it, and it should take about three hours. Instructions are attached.

Looking forward to seeing what you build.

Best,
Ines
Engineering Recruiting, Corvid Labs`, 'Next step: take-home exercise'),

  other(`Hi Rebecca,

Great speaking with you this afternoon, and congratulations again! As discussed, here's a summary of the verbal offer for the Lead UX Researcher role:

Base salary: NZ$138,000
KiwiSaver: 4% employer contribution
Start date: 3 February

Your formal contract will come from our People team in the next day or two. Any questions at all, just call me.

Cheers,
Mark Thompson
Head of Design, Fernbird Software, Wellington`, 'Offer summary'),

  other(`Hi Daniel,

Apologies, but we need to move your onsite from Wednesday to Thursday 14 March, as two of the interviewers are out sick. Same schedule, just a day later. Please confirm if that works.

Thanks,
Courtney
Recruiting Coordinator, Fieldnote`, 'Onsite reschedule'),

  other(`Hi Lauren,

Thank you for joining the Kestrel Talent Community! We'll send you updates about roles that match your interests, as well as news about life at Kestrel.

You can update your preferences at any time from your candidate profile.

The Kestrel Talent Team`, 'Welcome to the Kestrel Talent Community'),

  other(`THE SHORTLIST - weekly careers newsletter

This week: "I got to the final round and didn't get the job. Now what?"

Being rejected after the final interview stings more than any other stage. We spoke to five recruiters about how to ask for feedback, what "we went with a stronger candidate" actually means, and how to keep the door open for next time.

Also in this issue: how to prepare for an assessment centre, and why your references matter more than you think.

Read more on The Shortlist. You're receiving this because you subscribed. Unsubscribe.`, 'Not the job after the final round?'),

  other(`Dear Ms Byrne,

Your former colleague, Daniel Hughes, has applied for the position of Project Manager at Ardmore Holdings and has given your name as a referee.

Daniel has reached the final stage of our process. We would be grateful if you could complete the short reference form at the link below, or let us know a convenient time for a brief phone call.

Thank you for your help.

Kind regards,
HR Department
Ardmore Holdings`, 'Reference request - Daniel Hughes'),

  other(`Dear Varun,

Congratulations on accepting our offer for the position of Product Manager!

As part of our standard onboarding, we will now begin a background verification through our partner, VeriCheck India. You will receive an email from them within 48 hours asking you to upload documents for education, employment and address verification.

Please complete this within five working days.

Regards,
HR Onboarding
Swiftcart Commerce Pvt Ltd`, 'Background verification - next steps'),

  other(`Dear Alannah,

I am pleased to let you know that you have been shortlisted for the final panel for the post of Principal, St. Columba's Community School.

The final panel will take place on Saturday 22 March at the Education and Training Board offices, Letterkenny. Shortlisted candidates will be asked to make a 10-minute presentation on their vision for the school. A copy of the interview schedule is attached.

Yours sincerely,
Recruitment Section
Donegal Education and Training Board`, 'Shortlisting for final panel'),

  other(`Hi Darius,

Thanks for taking part in our hiring process for the Account Executive role. Whatever the outcome, we want every candidate to have a good experience, and we'd love to hear how we did.

This short survey takes about three minutes and your answers are anonymous.

Thank you,
Brightline People Team`, 'How did we do?'),

  other(`Hi Nisha,

Thanks for chasing, and sorry for the delay. We're still in the middle of final interviews this week and won't be making a decision until they're all done. Your application is still very much under consideration and I'll update you next Monday.

Best,
Gareth Lloyd
Talent Acquisition, Pembroke Analytics

On 3 Apr, Nisha Patel wrote:
> Hi Gareth, just wondering whether there's any news on the Data Science Manager role after my final interview last Thursday?`, 'Re: Data Science Manager'),
];
