/**
 * Messages where the step the candidate reached was a conversation, and the question is which one: a first call with
 * a recruiter, a talent partner, HR or an agency (a screen), a conversation with the hiring manager, the team, a
 * founder or a panel (an interview, whatever it is called: a chat, a coffee, a walk-through), or no conversation at
 * all (the application). The call is often named only in passing in the middle of a longer letter, and a second call
 * from the recruiter after the team interviews, to give the decision, does not lower the stage. Agency recruiters,
 * in-house talent teams, tracking-system templates, founders and hiring managers, short phone notes; British,
 * American, Indian, Irish, South African and Canadian English. Paused processes after a call, and look-alikes that
 * decline nothing: call invitations, rescheduling, notes after a screen that move the candidate on.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d99-');

export const HANDWRITTEN_DEV_99: readonly CorpusLine[] = [
  // ── Screen: a first call with a recruiter, talent partner, HR or agency
  rej('screen', ['generic'], {},
    `Hi Joel,

Thanks again for making time for our initial call on Tuesday. I enjoyed hearing about your move from hospitality into customer success, and I've passed my notes to the team.

After reviewing everyone we spoke with this week, we've decided not to move forward with your application for the Customer Success Associate role. I know that's not the news you were hoping for.

Best,
Harper Lindqvist
Talent Partner, Quillstone
Denver, CO`, 'Customer Success Associate - update'),

  rej('screen', ['salary'], { ...fb },
    `Hi Aoife,

Lovely to speak with you on Monday. I had a think about what we discussed and spoke to the hiring manager: the €68k you mentioned as your floor is quite a bit above the band we have signed off for this role, which tops out at €55k. I don't think it would be fair to put you through three rounds knowing that gap is there, so we'll leave it here for now.

All the best,
Niamh Gallagher
People Team, Brackenfield Software, Galway`, 'Re: Product Analyst'),

  rej('screen', ['location'], { ...fb },
    `Hey Devansh — thanks for the quick intro call earlier. As I mentioned at the end, the hiring team came back and confirmed the role needs someone who can be in the Toronto office three days a week from day one, and since you're planning to stay in Calgary we can't take this one further. Sorry about that! Hope our paths cross again.

— Maddie, Recruiting @ Northpine Health`, 'Northpine | Data Engineer'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Dear Siphokazi,

Thank you for the time you gave us during the telephonic screening on Thursday.

We have now compared the notes from all screening calls, and other applicants' experience was more closely aligned to what the business unit is looking for. Your application will not be taken further for the Junior Actuarial Analyst position.

With your permission, we will keep your CV on our database and contact you should a suitable opening arise.

Kind regards
Talent Acquisition
Kestrel Mutual Assurance (Pty) Ltd
Sandton, Johannesburg`, 'Your application: Junior Actuarial Analyst (Ref KMA-2291)'),

  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Hi Rahul,

Thanks for speaking with me yesterday. I've discussed your profile with the delivery head. While your Java background is strong, the client specifically needs hands-on Guidewire PolicyCenter configuration experience, and from our call it sounded like you haven't worked on Guidewire yet. So we won't be able to submit your profile for this requirement.

If you want to talk through how to position yourself for similar roles, do give me a ring.

Regards,
Sneha Kulkarni
Senior Recruiter | Vantage Talent Solutions, Pune
+91 98xxx 41207`, 'RE: Java Developer - Guidewire | Pune'),

  rej('screen', ['overqualified'], { ...fb, ...door },
    `Hi Graham,

It was a pleasure to talk with you on Wednesday. Having discussed our chat with the hiring team, they feel that with fifteen years of running your own practice, the Assistant Planner role (which is largely plan-checking and site visits, reporting to a senior planner) would not stretch you, and they worry you would be looking to move on quickly. That is a compliment, even if it doesn't feel like one.

We are expecting a Principal Planner vacancy in the spring, and I would very much like to get in touch when it is approved.

Best wishes,
Fiona Rudd
HR Business Partner
Wexcombe District Council`, 'Assistant Planner'),

  rej('screen', ['position_filled'], {},
    `Hi Camille, just a quick note after our phone screen last week: the team extended an offer to another candidate on Friday and it's been accepted, so the Marketing Coordinator role is now filled. Thanks so much for your time and interest. Sam (Talent, Hollowell & Reyes)`, 'Update'),

  rej('screen', ['role_closed'], { ...door },
    `Hello Tariq,

I wanted to follow up on the phone conversation we had on the 3rd. Unfortunately, since then the business has decided not to go ahead with the Supply Chain Planner position — it has been removed as part of a wider reorganisation of the operations team. This has nothing to do with you or our call.

I'll keep your details and will reach out if something similar comes up in the new structure.

Kind regards,
Lydia Okafor
Recruitment Consultant, Ashgrove Resourcing
Leeds`, 'Supply Chain Planner - role update'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hi Bryce,

Thanks for the call on Thursday. I'll be honest with you because I think you'd appreciate it: when we talked about how the team works, you were clear that you do your best work with a well-defined spec and minimal back-and-forth, and this is a very early-stage, everyone-in-every-conversation kind of team. I don't think it would be the right environment for you, so I'm not going to move you forward to the team interviews.

Thanks again,
Carmen
Head of Talent, Driftlab`, 'Driftlab chat'),

  rej('screen', ['generic'], {},
    `Dear Ms. Pillai,

Thank you for your interest in Corvanta Systems and for participating in the HR screening call for the position of Associate Consultant (Req. 40391).

We regret to inform you that we will not be proceeding with your candidature at this time.

We wish you the best in your career.

Regards,
Talent Acquisition Team
Corvanta Systems India Pvt. Ltd.

This is a system-generated email. Please do not reply to this message.`, 'Your candidature with Corvanta Systems'),

  rej('screen', ['location'], { ...fb },
    `Hi Luca,

Thank you for chatting with me this morning. Following up on the right-to-work question: I've checked with our legal team and, unfortunately, we aren't in a position to sponsor a Skilled Worker visa for this role, and as you'd need sponsorship from the start we can't progress your application.

I'm really sorry — I know you'd hoped this might be flexible.

Warm regards,
Priyanka Shah
Talent Acquisition, Ferngate Analytics Ltd, London`, 'Ferngate - Analytics Engineer'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Kayleigh,

Thanks for hopping on the phone with me Friday. I spoke to the clinic manager afterwards: they do need someone who already holds a current CPR/BLS certification and the state X-ray license on day one, and as those are still in progress for you, we're going to pass for this opening.

Best,
Dana Whitcomb
Office Manager, Riverside Family Dental, Boise ID`, 'Dental Assistant position'),

  rej('screen', ['salary', 'location'], { ...fb, ...door },
    `Hi Meera,

Great talking yesterday. I've had a chat with my client and, sadly, two things stop us here: they can't stretch beyond $95k for the role (you mentioned $120k as your target), and they've been firm that it's hybrid from the Mississauga office, which doesn't work with your move to Halifax.

Neither of those is about your experience, which they liked on paper. I'll keep an eye out for remote roles closer to your number and send anything that fits your way.

Cheers,
Owen Tremblay
Principal Recruiter, Maplewood Search Partners`, 'Re: Senior Financial Analyst opportunity'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Ifeoma, thanks for the call earlier. I've discussed it with the hiring manager and we've decided to focus on candidates whose background is a closer match to the role, so we won't be taking your application further. Thanks for your time. Rachel`, 'RE: Clinical Research Associate'),

  rej('screen', ['internal_candidate'], {},
    `Hi Dmitri,

Following our phone screen on the 12th, I wanted to let you know that the Facilities Supervisor role has gone to a member of our existing site team who applied for the internal move. We've therefore closed the external process.

Thank you for your interest in Holbrook Manufacturing.

Kind regards,
Angela Fairweather
HR Advisor`, 'Facilities Supervisor - Holbrook Manufacturing'),

  rej('screen', ['generic'], { ...door },
    `Hi Thabo,

Just following up from our telephone chat. The client has decided not to progress your CV for the Site Engineer role at this point. I'll keep you on my books and give you a shout when the next project kicks off.

Cheers
Wynand
Bridgeline Technical Recruitment, Cape Town`, 'Site Engineer - Stellenbosch'),

  rej('screen', ['skills_gap', 'location'], { ...fb },
    `Dear Anjali,

Thank you for speaking with me on Monday about the Bilingual Client Services Representative opening.

As discussed, this position requires fluent French (the majority of our clients are in Quebec), and the role is based in our Montreal office with no remote option. Based on our conversation, your French is conversational rather than professional, and you are not planning to relocate, so we will not be moving forward with your application.

Thank you for your understanding.

Sincerely,
Marie-Ève Gagnon
Human Resources, Laurentide Mutual`, 'Bilingual Client Services Representative'),

  rej('screen', ['generic'], {},
    `Hi Patrick - sorry for the slow reply after our call last week! Just wanted to let you know we won't be moving forward this time. Thanks for your patience. Ellie @ Larkspur`, 'quick update'),

  rej('screen', ['overqualified', 'salary'], { ...fb },
    `Hello Venkatesh,

Thank you for your time on the screening call on Saturday.

I have shared our discussion with the hiring manager. Considering your 18 years of experience and that you have been leading a team of 40, they feel the Team Lead – Payroll Operations role, which manages 6 people, would be a step down. Your expected CTC of 38 LPA is also well beyond the budget approved for this position. Hence we will not be proceeding further.

Best regards,
Kavya Reddy
HR – Talent Acquisition
Sundaram Shared Services, Chennai`, 'Team Lead - Payroll Operations | Application status'),

  rej('screen', ['position_filled'], { ...door },
    `Hi Aisling,

I wanted to come back to you after our conversation on the 20th. Unfortunately, the client has now filled the Finance Business Partner role with a candidate who was already at offer stage before you and I spoke. Bad timing, I'm afraid.

I'll certainly be in touch as other roles come in — there are a couple in the pipeline that may suit.

Regards,
Ronan Kehoe
Senior Consultant, Finance & Accounting
Liffey Talent, Dublin 2`, 'FBP role'),

  rej('screen', ['culture_fit'], {},
    `Dear Nadia,

Thank you for speaking with our People team last week about the Community Manager role.

We place a great deal of weight on alignment with our values, and after reflecting on the conversation we don't feel there is a strong enough fit with our culture at this point. We won't be moving forward with your application.

We wish you every success.

The People Team
Fable & Fern`, 'Your application to Fable & Fern'),

  rej('screen', ['role_closed'], {},
    `Hi Marcus,

Thanks so much for chatting with me on Tuesday. I'm sorry to come back with this, but the Sales Development Rep headcount has been frozen for the rest of the fiscal year following our budget review, so we've closed the req and won't be continuing the process.

I really appreciate your time.

Jordan Ellis
Recruiting Lead, Tallyhawk`, 'SDR role at Tallyhawk'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Ngozi,

Thanks for your time on the phone today. As I mentioned towards the end, the team is really looking for at least five years in a regulated medical device environment (ISO 13485, design controls), and with your two years there, I don't think you'd make it past the hiring manager. I'd rather tell you now than waste your time.

Please do apply again as you build that experience - you'd be a great fit for our mid-level openings, which come up a few times a year.

Thanks,
Holly Brennan
Talent Acquisition Partner, Carrowmore Medical`, 'Quality Engineer II - following up'),

  rej('screen', ['location'], { ...fb },
    `Hi Sandeep, following up on our call. Unfortunately the position is only open to candidates who already have permanent work rights in Ireland, and as you're currently on a Stamp 2, we can't proceed. Sorry. Gráinne`, 'Re: Graduate Accountant'),

  rej('screen', ['generic'], { ...offered },
    `Dear Charlotte,

Thank you for your interest in the Events Executive role and for taking the time to speak with me on the phone last Thursday.

Having spoken to a number of applicants, I am sorry to let you know that we will not be inviting you to interview on this occasion. If you would like some feedback on our conversation, please feel free to email me and I'll be happy to help.

Kind regards,
Imogen Hartley
HR Coordinator
Marlowe Hall Events, Bath`, 'Events Executive'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hello Ayesha,

Thank you for the phone conversation on Monday regarding the Regional Sales Manager vacancy.

The hiring team has now reviewed the screening outcomes and, on this occasion, has chosen to progress candidates whose experience more closely matches the requirements of the position.

We will retain your details in our talent pool for twelve months and may contact you about future vacancies.

Yours sincerely,
Recruitment Team
Ostrander Foods (Pty) Ltd, Durban`, 'Regional Sales Manager - KZN'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Neha,

Thanks for doing the initial call with me and the short online aptitude test afterwards. Unfortunately your numerical reasoning score was 41%, below the 60% cut-off we use for the analyst programme, so we can't take you through to the team interviews this time.

Best wishes,
Ishaan
Early Careers, Calderwood Capital`, 'Analyst Programme 2027'),

  rej('screen', ['salary'], { ...fb },
    `Hi Ethan,

Really appreciated the honest conversation on our call. I spoke to finance and the most we could do is $82k base, which is a long way from the $105k you said you'd need to make the move. Since that gap isn't something we can close, I'm going to close out your application rather than drag you through interviews.

Thanks,
Lauren
Talent, Beacon Hill Credit Union`, 'Following up'),

  rej('screen', ['generic'], {},
    `Hi Fatima,

Thanks for taking my call on Friday about the Paralegal position with Stanmore & Cole LLP. I've now had feedback from the firm and they've decided not to progress your application at this stage.

Best regards,
Harriet Vaughan
Legal Recruitment, Penrose Associates`, 'Paralegal - Stanmore & Cole'),

  rej('screen', ['internal_candidate'], { ...door },
    `Hi Owen,

Thanks again for your time on our recruiter call. I wanted to let you know that the hiring team has decided to fill the Program Manager position internally — a colleague from our partnerships team is moving across. We'd love to stay in touch, and I've added you to our talent community so you'll hear about new roles.

All the best,
Simone Arcand
Talent Acquisition, Cobalt Harbour Games, Vancouver`, 'Program Manager at Cobalt Harbour'),

  rej('screen', ['skills_gap'], { ...fb },
    `Dear Mr. O'Donovan,

Thank you for your time during the preliminary call with our HR department.

The Electrical Supervisor position requires a valid Safe Electric registration, which you indicated you do not currently hold. As this is a regulatory requirement for the role, we are unable to progress your application.

Yours sincerely,
Bríd Cassidy
HR Manager, Shannonside Facilities Ltd`, 'Electrical Supervisor - Application'),

  rej('screen', ['generic'], {},
    `Hey Tomás, thanks for the intro call today. Team's decided to go a different direction so we won't move you forward. Appreciate your time!`),

  rej('screen', ['skills_gap', 'salary'], { ...fb },
    `Hi Rebecca,

Thanks for the call on Wednesday, it was good to learn more about you.

After discussing with the hiring manager, we've decided not to move forward. Two things: the team is looking for someone who has spent more time on the agency side, and your salary expectation of £62k is above the range we can offer for this level (£45–50k).

I hope that's helpful and good luck with the search.

Best,
Tilly
Talent Partner, Greenwick Media`, 'Account Director - Greenwick'),

  rej('screen', ['role_closed'], { ...door },
    `Hello Arjun,

Thank you for the time you spent with us on the first-round HR discussion. We have been informed by the business that the opening for Senior Scrum Master (Job ID 77215) has been put on hold indefinitely and the requisition closed. Your profile will remain in our system, and we will reach out to you when a suitable requirement opens.

Regards,
HR Team
Tessellate Digital, Bengaluru`, 'Senior Scrum Master - Job ID 77215'),

  rej('screen', ['overqualified'], { ...fb },
    `Hi Lisa,

Thanks for speaking to me earlier. I've spoken with Dave, and honestly, given you've been a practice manager for the last ten years, he feels the Reception Team Member role isn't the right level for you and you'd quickly get bored. We're going to leave it there for this one.

Thanks again,
Kerry-Ann
Oakview Veterinary Group`, 'Reception role'),

  // ── Screen, then the team: interview; and the recruiter delivering the decision after the team
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Hannah,

Thanks for your patience. I caught up with Tomasz, who leads the data platform team, after your chat with him on Thursday. He enjoyed the conversation but felt you'd need more hands-on time with Airflow and dbt in production before you'd be comfortable running the pipelines on your own, which is a big part of the job from week one.

So we won't be moving ahead this time.

Best,
Ama Boateng
Talent, Halden Retail Group`, 'Data Engineer - update'),

  rej('interview', ['generic'], {},
    `Hi Kofi,

It was great to speak with you again. As I mentioned on the phone just now, following your interviews with the hiring manager and the wider team last week, they've decided not to offer you the role. I'm sorry it's not better news.

Just putting it in writing for your records.

Thanks,
Jess Moran
Recruitment Consultant, Fenwick & Hale`, 'Our call just now'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Priya,

Thank you so much for the coffee with our CTO, Ben, on Friday. He really enjoyed it.

We've now met everyone on the shortlist for the first round and have decided to progress a couple of people whose background is closer to what we need right now. I know this is disappointing.

We're growing fast and I'd love to keep in touch — please do apply for anything else that catches your eye.

Warmly,
Nora Flynn
Founder & CEO, Tidewell`, 'Tidewell'),

  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Dear Samuel,

Thank you for meeting the team at the Kempston depot on Tuesday and for the walk round the yard.

I'm sorry to tell you that we won't be offering you the Shift Supervisor role. The team felt your leadership style, which you described as quite hands-off and target-driven, would be a big change for a crew that is used to a supervisor who works the floor alongside them.

If you'd like to talk this through I'm happy to give you a call.

Regards,
Gareth Lloyd
Operations Manager, Swiftmove Logistics`, 'Shift Supervisor - Kempston'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Mei,

Thanks for the walk-through of your portfolio with our design lead, Alejandro, on Wednesday. Your visual work is lovely. Where it fell short for this role is research: the position involves running our user interviews and usability studies end to end, and the portfolio didn't show that side of the process.

We won't be taking your application further, but thank you for all the effort you put in.

Kind regards,
Rosa Lindgren
People Operations, Aspenfold`, 'Product Designer - Aspenfold'),

  rej('interview', ['position_filled'], {},
    `Dear Liam,

Thank you for attending the panel interview for the post of Senior Staff Nurse (Ref. HSE-MW-4471) on 9 October.

The interview board has completed its deliberations and the post has been offered to and accepted by another candidate. I regret therefore that your application has been unsuccessful on this occasion.

Yours sincerely,
Recruitment Office
University Hospital Limerick`, 'Senior Staff Nurse - Outcome'),

  rej('interview', ['generic'], {},
    `Hi Noor,

I hope you're well! I wanted to give you an update following your conversation with Marcus on Thursday. Unfortunately, we've decided not to move forward with your candidacy for the Operations Associate position.

We received interest from a lot of strong candidates and this was a tough decision.

Thank you for your time,
Cassidy Park
Recruiting Coordinator, Hestia Home
--
Hestia Home Inc. | 400 W Lake St, Chicago IL
This message may contain confidential information.`, 'Your Hestia Home application'),

  rej('interview', ['internal_candidate'], { ...door },
    `Hello Ruairí,

Many thanks for coming in to meet Síle and me last week. We enjoyed it.

I'm writing to let you know that we've appointed an internal candidate to the Senior Editor role. They have been acting up in the position for the last few months, which made it a very difficult decision.

We'd be delighted to hear from you for future openings — there'll be a couple of freelance commissions coming up in the new year and I'll keep you in mind.

Best,
Declan Healy
Managing Editor, Turas Press`, 'Senior Editor'),

  rej('interview', ['salary'], { ...fb },
    `Hi Zanele,

Thank you for your time with Pieter and the finance team on Thursday.

The team were impressed, but after the interview we went back to the numbers and we cannot get to the R780 000 package you are looking for; the approved budget for this role is R620 000. Given the size of that gap, we have decided not to proceed.

Kind regards
Mpho Dlamini
HR Manager, Vukani Agritech`, 'Financial Controller - Vukani'),

  rej('interview', ['role_closed'], {},
    `Dear Ms. Bhatt,

Thank you for your interview with our hiring committee for the Assistant Professor position in Chemical Engineering.

I am writing to inform you that, due to unexpected budgetary constraints, the Faculty has decided to cancel this search. We are therefore unable to proceed with any candidates at this time.

We appreciate your interest in Westbrook University.

Sincerely,
Prof. Alan McIntyre
Chair, Search Committee`, 'Search cancelled - Assistant Professor, Chemical Engineering'),

  rej('interview', ['location'], { ...fb },
    `Hi Jack,

Thanks for meeting Sofia and the team on Zoom on Monday. We've talked it over, and the big blocker is that we're now asking this team to be in the Wellington office four days a week, and you told us you'd want to stay fully remote from Christchurch. We can't make that work, so we won't be moving forward.

Sorry it's not a yes,
Tāne Walker
Engineering Manager, Kōwhai Labs`, 'Kōwhai Labs - Backend Engineer'),

  rej('interview', ['skills_gap', 'culture_fit'], { ...fb },
    `Dear Arnav,

Thank you for the conversation with our panel on 14 November for the Programme Officer role.

The panel felt you lacked direct experience in monitoring and evaluation frameworks, which is central to this role, and that your preference for working independently would be difficult in a role where most decisions are made collectively with partner NGOs.

We will not be progressing your application further.

With best wishes,
Ruth Kamau
HR Officer, Lantern Foundation, New Delhi`, 'Programme Officer - Lantern Foundation'),

  rej('interview', ['overqualified'], { ...fb },
    `Hi Greg,

I really enjoyed our chat yesterday about the IT Support Technician role.

After thinking about it, I don't think this is the right role for you. You've been running infrastructure for a company of 2,000 people, and this role is mostly desk-side support and password resets for our 60 staff. I worry you'd be bored within a month.

Thanks for considering us,
Paul Hendry
Director, Hendry & Sons Joinery`, 'IT role'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Chloé,

Thanks for taking the time to speak with Andrea and Kwame about the Brand Manager role last week.

After careful consideration, we've decided to continue with candidates whose experience is a closer fit for what we need. We wish you all the best in your search.

Thanks,
The Lumen Beauty Talent Team

Please do not reply to this email; this mailbox is not monitored.`, 'Your application for Brand Manager at Lumen Beauty'),

  rej('interview', ['assessment'], { ...fb },
    `Hi Wen,

Thank you for the technical interview with Ravi and Chen on Tuesday and the live coding exercise. The panel felt the solution to the second problem didn't handle the concurrent updates correctly, and the complexity analysis was off, so we won't be progressing you this time.

Best,
Kira Novak
Recruiting, Helix Ledger`, 'Helix Ledger - interview outcome'),

  rej('interview', ['generic'], { ...offered },
    `Hi Daniel,

Thanks for coming in to see us on Friday. After your chat with Helen and myself, we've decided not to take things further for the Office Manager position.

If it helps at all, I'm happy to give you some feedback over the phone — just let me know.

Cheers,
Mark Whitby
Partner, Whitby Brennan Architects`, 'Office Manager'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hello Priyanka,

Thank you for your video interview with the hiring manager for the SAP FICO Consultant position.

The feedback from the interview is that you have strong knowledge of the FI module, but the project requires hands-on experience with S/4HANA migration, which you have not done yet. Therefore we are not able to move forward with your profile for this requirement.

We will keep your profile active in our database for upcoming requirements.

Regards,
Anand Menon
Talent Acquisition, Arcturus Consulting Services, Hyderabad`, 'Interview feedback - SAP FICO Consultant'),

  rej('interview', ['generic'], {},
    `Hi Bella, thank you for your time with Lucy yesterday. Sadly, we won't be taking your application forward. Best of luck. — Francesca, The Gilded Spoon`),

  rej('interview', ['position_filled'], { ...door },
    `Hi Connor,

I hope you're well. I wanted to follow up from your conversation with Siobhan and Paddy at Tullamore Precision a couple of weeks back. They've offered the role to another candidate, who has accepted.

They did say they enjoyed speaking with you, and I'll definitely be putting you forward for more roles as they come in.

Speak soon,
Eoin Kavanagh
Engineering Recruitment, Midlands Talent`, 'Tullamore Precision update'),

  rej('interview', ['culture_fit'], {},
    `Dear Olivia,

Thank you for meeting with our team for the Account Executive role.

Although your experience is impressive, after discussing as a team we felt that the fit with our team and ways of working was not quite right, and we have decided not to move forward.

Kind regards,
Harbour & Quay Recruitment`, 'Account Executive'),

  rej('interview', ['location'], { ...fb },
    `Dear Mr Naidoo,

Thank you for attending the interview with our Operations Director on 3 September.

Following the interview, we note that you would require relocation support from Gqeberha, and the company is unable to offer a relocation package for this position. As the role requires an immediate start at the Pietermaritzburg plant, we are unable to take your application further.

Regards
Ilse van der Merwe
Human Resources, Umgeni Polymers`, 'Production Manager - Outcome of Interview'),

  rej('interview', ['role_closed'], { ...door },
    `Hi Sana,

Thanks again for meeting Jonas and the team last week. I'm sorry to share that following a restructure of our product organisation, the Product Owner role you interviewed for no longer exists in its current form, so we've stopped hiring for it.

It's genuinely nothing to do with you, and we'd be keen to talk again once the new structure settles and we open new roles.

Best,
Lotte de Vries
Talent Partner, Greyhaven Insurance`, 'Product Owner - update'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Josh,

Thank you for speaking with the panel on Wednesday. We have decided to progress other candidates who more closely match the profile for this role.

Feedback is available on request — just reply to this email.

Kind regards,
Recruitment Team
Northgate Housing Association`, 'Housing Officer interview'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Tyler,

Thanks for the call with Marcus on Thursday. He liked your energy, but the role needs someone who has closed six-figure enterprise deals on their own, and your experience so far has been mostly SMB and mid-market. We're going to pass for now.

Thanks,
Ava Castellanos
Recruiting, Ridgeback Security`, 'Enterprise AE'),

  rej('interview', ['generic'], { ...door },
    `Dear Ritika,

Thank you for interviewing with Mr. Agarwal and the Head of Design for the position of Interior Designer.

We regret to inform you that we will not be able to offer you the position at this time. We will keep your portfolio on record and get in touch should a suitable opportunity arise.

Warm regards,
Studio Kaash, Mumbai`, 'Interior Designer - Studio Kaash'),

  rej('interview', ['overqualified', 'salary'], { ...fb },
    `Hi Ciarán,

Thanks for sitting down with Emer and me last week. We had a long think about it afterwards. With twenty years in the trade and your own team behind you, we think you'd find the Junior Estimator role limiting, and honestly we couldn't match what you're earning now; the role is budgeted at €42k. So we're going to say no this time, with real respect.

All the best,
Brian Dunne
Dunne Civil Engineering, Kilkenny`, 'Estimator role'),

  rej('interview', ['internal_candidate'], {},
    `Hi Jasmine,

Following your interview with Karen and Alistair, I wanted to let you know that we have decided to appoint an existing member of staff to the Payroll Lead position.

Thank you for the time and effort you put in.

Kind regards,
Rebecca Lowe
HR Coordinator, Castlegate Retail Ltd`, 'Payroll Lead - Castlegate'),

  rej('interview', ['generic'], {},
    `Hi Hamza,

It was lovely to chat on Friday, and thanks for being so open about what you're looking for. I've spoken with Rachel now that she has met everyone, and I'm afraid she's decided not to take you forward to the next stage.

Warmly,
Georgie
Talent Acquisition, Penhallow Bank`, 'Next steps'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Kwabena,

Thank you for attending the interview for the Pharmacy Technician post.

The panel felt that you did not yet have enough experience of aseptic dispensing, which is a key part of this role. If you would like further feedback, please contact me directly.

Yours sincerely,
Helen Marsh
Pharmacy Manager, St Aldric's Hospital`, 'Pharmacy Technician - interview outcome'),

  rej('interview', ['profile_mismatch'], {},
    `Hey Aditya!

Thanks for jamming with me and Priya yesterday, it was a fun conversation. We've had a think and we don't think it's the right match for where Kindling is right now, so we're going to pass. Best of luck with everything.

— Rohan, co-founder`, 'Kindling'),

  rej('interview', ['position_filled'], { ...door },
    `Hello Megan,

Thank you for your patience. I've now heard back from the hiring manager after your interview on the 11th, and the Legal Counsel position has been filled.

We'll retain your details for future opportunities.

Regards,
Talent Acquisition
Redwater Energy Canada`, 'Legal Counsel - Redwater'),

  rej('interview', ['location'], { ...fb },
    `Hi Abdul,

Thank you for speaking with the team on Tuesday. After the interview we checked with our immigration advisor and, as the role is based in Melbourne and you'd need a subclass 482 visa, which we can't sponsor for this role, we won't be able to progress.

Kind regards,
Ellie Parsons
People & Culture, Stringybark Studios`, 'Level Designer'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hello Fergus,

Thank you for meeting the leadership team. Having talked it through, we felt that your approach, which you described as "move fast and apologise later", would sit uncomfortably with the way we work with regulators, where caution is part of the job. We won't be taking things forward.

Regards,
Moira Sinclair
Director of Compliance, Castlehaven Building Society`, 'Compliance Manager'),

  rej('interview', ['generic'], {},
    `Thanks for your time with the team today Zara. Unfortunately we won't be progressing. Good luck! Sent from my iPhone`),

  rej('interview', ['role_closed'], {},
    `Hello Keisha,

After your second conversation with our director, we had expected to be in touch with next steps. Unfortunately, the company has since announced a hiring freeze across all non-revenue roles, and the Executive Assistant position is affected. We've closed the vacancy.

Thank you for your understanding.

HR, Brightwater Clinics`, 'Executive Assistant'),

  rej('interview', ['assessment', 'skills_gap'], { ...fb },
    `Dear Ishita,

Thank you for interviewing with our audit team last week and for completing the case study beforehand.

The panel noted that your case study did not address the revenue recognition issue under Ind AS 115, and in the interview you mentioned limited exposure to statutory audits of listed entities. As both are central to the role, we will not be moving ahead.

Regards,
Bhavesh Joshi
Partner, Joshi Mehta & Associates, Ahmedabad`, 'Audit Senior - Result'),

  // ── Application: no conversation named, or only the CV read
  rej('application', ['profile_mismatch'], {},
    `Dear Sean,

Thank you for your application for the role of Marketing Executive.

Having reviewed your CV, we have decided not to take your application forward. We received a large number of applications, and those we've shortlisted have experience that more closely aligns with the role.

Kind regards,
Talent Team, Ballard & Cross`, 'Your application - Marketing Executive'),

  rej('application', ['generic'], {},
    `Hi Ananya,

Thank you for applying to the Junior Data Analyst role at Wrenfield. We've reviewed your application and will not be moving forward at this time.

Best,
Wrenfield Recruiting

This is an automated message sent via Teamtailor. Please do not reply.`, 'Wrenfield: Junior Data Analyst'),

  rej('application', ['location'], { ...fb },
    `Hi Jordan,

Thanks for your interest in the Field Technician role. Having reviewed your application, we noticed you are based in Ottawa and the position requires living within commuting distance of our Kelowna facility. As you haven't indicated you plan to relocate, we won't be progressing your application.

Take care,
Kelsey
Okanagan Fibre`, 'Field Technician'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Bheki,

Thank you for your application for the Professional Engineer (Civil) role.

Having reviewed your CV and our brief exchange of emails about your availability, we regret that we are unable to shortlist you, as the position requires ECSA Professional Engineer registration, which you are still working towards.

Please do apply again once your registration is complete.

Regards
Recruitment, Mkhize Baker Consulting Engineers`, 'Application: Professional Engineer (Civil)'),

  rej('application', ['role_closed'], {},
    `Hi Freya,

Thank you for applying to the Graphic Designer role. I'm sorry to say that the role has been withdrawn as the business has decided to use an agency instead, so we won't be taking any applications forward.

Kind regards,
Hannah
Office Manager, Prism Homes`, 'Graphic Designer - Prism Homes'),

  rej('application', ['overqualified'], { ...fb },
    `Dear Dr. Raman,

Thank you for applying for the Lab Technician position.

Given your PhD and postdoctoral experience, we feel the role, which is primarily sample preparation and equipment maintenance, would not be a good match for your level of expertise. We will not be progressing your application.

Best regards,
HR Department
Nilgiri Biosciences`, 'Lab Technician application'),

  rej('application', ['internal_candidate'], {},
    `Dear Applicant,

Thank you for your interest in the position of Finance Officer (Ref FO-0925). We wish to advise that this position has been filled by an internal candidate, and the external recruitment has been closed.

Regards
Human Resources
Drakensberg Water Board`, 'Finance Officer FO-0925'),

  rej('application', ['position_filled'], { ...door },
    `Hi Maeve,

Thanks for sending over your CV for the barista position. We've actually already taken someone on, so the role is filled, but we'll keep your details and give you a shout if anything comes up over the summer.

Thanks,
Cillian @ Brew Lane Coffee`, 'Re: Barista'),

  rej('application', ['generic'], { ...door },
    `Dear Rohit Sharma,

Thank you for applying for the position of Business Analyst (Job Code BA-1187) at Mahindra Crest Financial.

After careful review of your profile, we regret to inform you that we will not be shortlisting you for the next stage. Your resume will be kept in our database and we will contact you if a suitable opening comes up.

Best regards,
HR Team

*** This is an auto-generated mail. Kindly do not reply. ***`, 'Application status - BA-1187'),

  rej('application', ['salary'], { ...fb },
    `Hi Connor,

Thanks for applying for the Support Analyst role. On your application form you listed your expected salary as £48,000; the role is budgeted at £30,000–£33,000, so we don't feel it's the right match and won't be taking things further.

Thanks,
Recruitment @ Harbury IT`, 'Support Analyst'),

  rej('application', ['culture_fit'], {},
    `Hi Marcus,

Thanks for applying to Sprout. After reading your application, we don't feel there's the right alignment with our values and the way our team works, so we won't be moving forward.

All the best,
Team Sprout`, 'Sprout application'),

  rej('application', ['profile_mismatch'], {},
    `Hello Leah, thanks for your interest in the Store Manager role. We've had a look at your application and on this occasion it isn't quite what we're looking for. Best wishes, Jenna (Area Manager, Kettle & Crumb)`, 'Store Manager application'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Candidate,

Thank you for your application for the role of Commercial Driver (HGV Class 1).

We are unable to consider your application as you do not currently hold a Category C+E licence and Driver CPC card, both of which are essential for this role.

Kind regards,
Recruitment, Hartwell Haulage Ltd`, 'Application - Commercial Driver'),

  rej('application', ['location', 'skills_gap'], { ...fb },
    `Hi Sofía,

Thank you for your interest in the Registered Nurse – Emergency opening. We have reviewed your application. At this time this role requires active registration with the College of Nurses of Ontario and eligibility to work in Canada without sponsorship, and we weren't able to confirm either from your application. We will not be moving forward.

Sincerely,
Talent Acquisition
Lakeshore Health Network`, 'Your application to Lakeshore Health Network'),

  rej('application', ['generic'], {},
    `Thank you for your application to the Trainee Surveyor role at Kilbride Partners. Unfortunately you have not been successful on this occasion.`, 'Kilbride Partners'),

  // ── Final
  rej('final', ['generic'], {},
    `Hi Aarav,

Thank you for taking part in the final round with our leadership team on Monday. I spoke with the hiring committee this afternoon and they have decided not to extend an offer. I know how much time you put in across four rounds, and I'm grateful.

Best wishes,
Meghan Cole
Senior Talent Partner, Clearpath Robotics Inc.`, 'Clearpath - final round'),

  rej('final', ['position_filled'], { ...door },
    `Dear Eimear,

Thank you for attending the assessment day at our Cork offices on 22 January.

It was a very strong group of finalists, and the position has now been offered to and accepted by another candidate. We'd really like to keep in touch, and we'll add you to our talent pool for future Graduate Engineer intakes.

Kind regards,
Graduate Recruitment, Blackwater Renewables`, 'Graduate Engineer - Assessment day outcome'),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Hi Kieran,

I've just got off the phone with the hiring team after your onsite on Tuesday, and I wanted to get this to you in writing too. They've decided not to make an offer. The main gap they saw was in people management: this role leads a team of eight and they felt you hadn't yet managed direct reports.

Happy to jump on another call if you want more detail.

Cheers,
Priya Raman
Recruiter, Boldwater`, 'Re: Engineering Manager - onsite'),

  rej('final', ['culture_fit'], { ...fb },
    `Dear Lindiwe,

Thank you for the final interview with our Managing Director. After careful thought, we felt that your preference for a structured corporate environment with clear processes would not suit a small, fast-moving business like ours, where roles overlap a lot. We will not be making an offer.

Kind regards
Jacques Pretorius
Director, Pretorius & Moyo Travel`, 'Operations Manager - Final interview'),

  rej('final', ['internal_candidate'], {},
    `Hi Rachel,

Thank you for making it to the final stage for the Head of Partnerships role and for your presentation to the board.

After much deliberation we have appointed an internal candidate to the role.

With thanks,
Anna Whitlock
Chief Executive, Heronsgate Trust`, 'Head of Partnerships'),

  rej('final', ['role_closed'], { ...door },
    `Hi Vikram,

I wanted to call you, but I couldn't get through, so I'm writing. You were one of two finalists for the Staff Engineer role, and we'd planned to make a decision this week. Unfortunately, the company has cut the budget for the platform team and the role has been pulled.

If it reopens, you'll be the first person I call.

Thanks,
Chris Dalton
VP Engineering, Orbitline`, 'Staff Engineer - update'),

  rej('final', ['salary'], { ...fb },
    `Hi Nicole,

Thanks for coming in for the final round. After your conversation with Andrew, we went back to the board about compensation, and they won't approve a base above $140k, against the $165k you've said is your minimum. I'm sorry we couldn't find a way to make it work.

Best,
Taylor
Head of People, Ironbark Health`, 'Final round - Ironbark'),

  rej('final', ['assessment'], { ...fb },
    `Dear Neha,

Thank you for attending our selection day on 4 March. Unfortunately your group exercise and presentation scores fell below the threshold we use to make offers, largely because your presentation ran over time and did not get to a recommendation.

We wish you every success.

Emerging Talent Team
Hartwell Consulting`, 'Selection day outcome'),

  rej('final', ['location'], { ...fb },
    `Hi Rory,

Thanks for coming through to the final round. The last conversation with Claudia made it clear the role needs to be based in our Johannesburg office, and since you're set on staying in Cape Town we can't take it further.

All the best,
Sipho
Talent, Meridian Insurtech`, 'Final round update'),

  rej('final', ['profile_mismatch', 'position_filled'], {},
    `Hi Ben,

Thank you for being one of our finalists for the Finance Manager role and for the references you shared. We've now decided to offer the role to someone whose experience more closely matched our needs.

Regards,
Kate Ransome
HR Director, Ellerby Group`, 'Finance Manager'),

  // ── More conversations with the team, told in passing
  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Esther,

Hope your week's going well. I'm writing with an update on the Learning & Development Partner role.

As you know, after our initial call I passed your details to Graham, and you then spent an hour with him and two of the regional managers on Teams. They've now met the full shortlist and, having compared everyone, they've chosen to take forward candidates whose background sits closer to the commercial side of the business. I did push back a bit, because I thought your facilitation experience was excellent, but the decision stands.

I'd be glad to keep you in mind for the next L&D vacancy, and there's usually one every few months.

Kind regards,
Megan Doyle
Talent Acquisition Partner
Ardmore Building Supplies
T: 01 555 0192`, 'L&D Partner - update'),

  rej('interview', ['generic'], {},
    `Dear Candidate,

Thank you for your recent interview for the position of Warehouse Team Leader (Requisition 55102).

We have carefully considered your application and regret to advise that you have not been selected to progress further.

This email was sent from an unmonitored mailbox. Powered by SuccessFactors.`, 'Warehouse Team Leader - Requisition 55102'),

  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Hi Moritz,

Thank you for joining Priya and Callum for the conversation on Tuesday. There were two sticking points for them. You'd told us you haven't worked with Terraform or any infrastructure-as-code tool yet, which the team leans on every day, and we'd need you in Dublin at least two days a week, while you're planning to stay in Berlin. With both of those in mind, we're not going to continue.

Best wishes,
Aoibhinn Ryan
Recruiter, Stonebridge Cloud`, 'Platform Engineer'),

  rej('interview', ['position_filled'], {},
    `Hey Lena, thanks for chatting with Dev and me last week about the community role. Quick heads up that we've made a hire and she starts Monday. Thanks so much for your time!

Max
Founder, Pebblecast`, 'community role'),

  rej('screen', ['generic'], {},
    `Hi Yusuf,

Thanks for your time on the phone last Wednesday. I've spoken to the client and, unfortunately, they've chosen not to take your CV forward to interview.

Kind regards,
Tom Archer
Archer Hale Recruitment`, 'Customer Service Team Leader'),

  // ── Paused after a call
  hold('screen', ['role_closed'], {},
    `Hi Leonie,

Thanks again for our call last week. I wanted to be upfront with you: the Growth Marketing Manager role has been paused while leadership revisits the budget for Q1. Your application hasn't been declined, and I'll come back to you as soon as I know whether we can restart the process, hopefully within a few weeks.

Best,
Arjun Patel
Talent, Loomwise`, 'Growth Marketing Manager - pause'),

  hold('interview', ['generic'], {},
    `Hi Kate,

Just a quick note to say we haven't forgotten you! Following your chat with Oisín, he's been travelling for work and we haven't been able to get the team together to make a decision. Expect to hear from us by the end of next week.

Thanks for bearing with us,
Clodagh
Operations, Brightmoor Studios`, 'Re: Producer role'),

  hold('interview', ['role_closed'], {},
    `Dear Mr. Iyer,

Thank you for the interview with our General Manager on 2 December.

Due to an internal restructuring, the recruitment for the post of Plant HR Manager has been temporarily put on hold. Your candidature remains active and we will contact you once the process resumes.

Regards,
HR Department
Shreeji Polymers Ltd, Vadodara`, 'Plant HR Manager - Status'),

  hold('screen', ['generic'], {},
    `Hi Lerato, hope you're well. Just an update following our phone screen: the hiring manager is on leave until the 15th, so interviews have been pushed back. You're still very much in the process and I'll be in touch to schedule once she's back. Thanks, Nomsa (Talent, Khanyisa Health)`, 'Update on your application'),

  hold('interview', ['role_closed'], { ...offered },
    `Hi Darren,

Thanks for coming in to meet the team on Thursday, we all enjoyed it.

I've been asked to hold off on any decisions for the Service Desk Lead role while we wait for the result of the tender we're bidding on; if we win it, the role grows, and if we don't, we might not need it. We should know by mid-January. Until then your application is on hold rather than closed.

If you want any thoughts from the interview in the meantime, just ask.

Regards,
Neil Forsyth
IT Manager, Carrick Managed Services`, 'Service Desk Lead'),

  hold('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying for the Graduate Trainee programme. Due to the very high volume of applications, our review is taking longer than planned. We expect to contact shortlisted applicants for an initial call in the first week of February.

Thank you for your patience.

Graduate Recruitment Team
Riverstone Bank of Canada`, 'Graduate Trainee programme - timing update'),

  // ── Look-alikes: invitations, scheduling, notes after a screen that move the candidate on
  other(`Hi Zainab,

Thanks so much for the chat this morning! I really enjoyed hearing about your work at Fenbrook. Next step is a 45-minute call with Tomasz, who leads the team, and one of the senior engineers. Can you send me a few times that work for you next week?

Best,
Ama
Talent, Halden Retail Group`, 'Next steps - Data Engineer'),

  other(`Hi Jamie,

Thank you for your application for the Office Coordinator role. We'd love to set up a quick 20-minute intro call with our recruiter, Sophie. Please book a slot using the link below.

Book your call: calendly.example/sophie-tan/intro

Kind regards,
Fernhill Talent Team`, 'Invitation: intro call'),

  other(`Hi Rohan, unfortunately I need to reschedule our phone screen tomorrow as something has come up. Would Thursday 3pm IST work instead? Apologies for the inconvenience. Regards, Deepa`, 'Reschedule: phone screen'),

  other(`Dear Ciara,

Thank you for taking the time to speak with me on Monday. I'm pleased to let you know that the hiring manager would like to invite you to a panel interview at our Naas Road office on Wednesday 14th at 10:30am. The panel will be Declan Byrne (Head of Finance) and Orla Quinn (Financial Controller).

Please confirm your availability at your earliest convenience.

Kind regards,
Siobhán Murphy
HR, Greenhill Distribution`, 'Interview invitation - Assistant Accountant'),

  other(`Hi Nikhil,

Thanks for the chat with Maya yesterday! She really enjoyed it, and we'd like to move you forward to a take-home exercise. I've attached the brief; you'll have a week, and it should take about three hours.

Cheers,
Jess
Recruiting, Tilde`, 'Tilde - next step'),

  other(`Hi Sarah,

Unfortunately our CTO, Ben, is unwell today, so we'll need to move your coffee to next week. Sorry for the late notice. Would Tuesday morning suit?

Nora
Founder, Tidewell`, 'Coffee with Ben - moved'),

  other(`Hello Thandeka,

Thank you for your interest in the Junior Developer role. We'd like to invite you to a short telephonic screening with our HR Officer, Mrs. Khumalo, on Friday 10 May at 09:00. The call should take about 15 minutes.

Please reply to confirm.

Regards
Recruitment, Ubuntu Software Solutions`, 'Telephonic screening - Junior Developer'),

  other(`Hi Alex,

Thanks for the call earlier — great to connect. As promised, I've put your CV forward to the hiring manager at Cedar & Lane for the Senior Buyer role, and I'll let you know as soon as I hear back. In the meantime, let me know if anything changes on your side.

Speak soon,
Harriet
Penrose Associates`, 'Cedar & Lane - CV submitted'),

  other(`Dear Meenakshi,

Thank you for completing the HR discussion with us. We are happy to inform you that you have been shortlisted for the technical interview round with the hiring manager. The interview details are below.

Date: 18 June
Time: 11:30 AM IST
Mode: Microsoft Teams (link to follow)

Regards,
Talent Acquisition
Corvanta Systems India Pvt. Ltd.`, 'Shortlisted for Technical Interview'),

  other(`Hi Callum,

Thank you for meeting the team on Tuesday. We're still speaking to a couple of other candidates this week and expect to make a decision by Friday. I'll be in touch either way.

Best,
Rachel
People Team, Oxbow Analytics`, 'Thanks for your time'),

  other(`Hi Marco,

Great news — after your chat with Helena and the team, we'd love to offer you the role of Customer Insight Analyst! I'll send the formal offer letter over later today. Do give me a ring if you'd like to talk anything through.

Congratulations,
Priya
Talent, Hartfield Group`, 'Offer - Customer Insight Analyst'),

  other(`Hi Owen, just confirming our call on Monday at 2pm GMT. I'll ring you on the number on your CV. Speak then! Lydia, Ashgrove Resourcing`, 'Call Monday'),

  other(`Dear Ayodele,

We received your message withdrawing from the recruitment process for the Regional Sales Manager role following your conversation with our team. We respect your decision and have closed your application.

Thank you for your interest in Ostrander Foods, and we wish you well in your new position.

Kind regards,
Recruitment Team`, 'Withdrawal confirmed'),

  other(`Hi Isla,

Thanks for your application. Before we go further, the team would like to invite you to a 30-minute conversation with Marcus, our Head of Sales, to talk about the role and your experience. Are you free Thursday or Friday afternoon?

Best,
Ava Castellanos
Recruiting, Ridgeback Security`, 'Chat with Marcus'),

  other(`Hi Sinéad,

It was lovely to speak with you yesterday. Good news: the client would like to meet you! They've suggested an in-person interview at their Dublin 4 office next Wednesday with the Head of Risk and a member of the team.

I'll call you this afternoon to talk you through what to expect.

Best,
Ronan
Liffey Talent`, 'Interview - Risk Analyst'),

  other(`Thank you for applying to Northgate Housing Association.

We have received your application for the Housing Officer role (Ref NHA-0318). Our team is reviewing applications and we will contact shortlisted candidates for a telephone screening within two weeks. If you do not hear from us by then, please assume that you have not been shortlisted on this occasion.

Kind regards,
Recruitment Team`, 'Application received - Housing Officer'),

  other(`Hey Priyanka! Thanks for the quick call just now. All good from my side — I'll send over the calendar invite for the team interview on Wed. Let me know if you have any questions before then.`, 'Re: today'),

  other(`Hello Graham,

Following our conversation, I'd like to introduce you to our Principal Planner vacancy, which has just been approved. I thought of you immediately. Would you be open to a quick call to talk about it?

Best wishes,
Fiona Rudd
HR Business Partner, Wexcombe District Council`, 'New vacancy - Principal Planner'),

  other(`Hi Tanvi,

Thank you for speaking with Lauren on our recruitment team. The next stage is a video interview with the hiring manager, Aidan Ross, and a colleague from the payments team. Please use the link below to choose a time.

Please note this mailbox is not monitored.

Regards,
Beacon Hill Credit Union Recruitment`, 'Beacon Hill - schedule your interview'),

  other(`Hi Kwame,

We're sorry — due to a scheduling conflict, your panel interview for Project Coordinator on Thursday has been moved. The panel has proposed the following alternatives:

• Monday 13 Oct, 10:00 SAST
• Tuesday 14 Oct, 14:00 SAST

Please let us know which suits you best.

Regards
HR, Umgeni Polymers`, 'Interview rescheduled'),

  other(`Dear Anna,

Thank you for taking the time to complete the screening call with our talent team. We are currently reviewing all candidates who reached this stage and will be in touch with an update shortly.

Kind regards,
The Lumen Beauty Talent Team`, 'Thank you for your time'),

  other(`Hi Declan,

Just a note to say thank you for the chat earlier — I really enjoyed it. As discussed, we're moving to the final round, which is a half-day onsite with the product and engineering leads. Rachel will be in touch to book it.

Cheers,
Jonas
Head of Product, Greyhaven Insurance`, 'Thanks for today'),

  other(`Hi there,

Thanks for signing up for the Cobalt Harbour Games talent community! We'll send you new openings that match your interests. You can update your preferences or unsubscribe at any time.

The Cobalt Harbour Talent Team`, 'Welcome to our talent community'),

  other(`Dear Liam,

Thank you for your application for the post of Senior Staff Nurse (Ref. HSE-MW-4471). You have been shortlisted for interview. Interviews will be held on 9 October at University Hospital Limerick. Please bring photographic ID and your NMBI registration.

Recruitment Office`, 'Shortlisting - Senior Staff Nurse'),

  other(`Hi Elif,

Sorry we didn't get to speak today, I must have missed your call. Could we try again tomorrow at 11? It's just a quick intro call to tell you a bit more about the role and hear about your background, nothing to prepare.

Thanks,
Maddie
Recruiting @ Northpine Health`, 'Missed call'),

  other(`Hi Conor,

Thank you for your interest in Redwater Energy. Unfortunately we're not able to answer questions about open roles by email. Please apply via our careers site, where our recruiters review every application, and if your profile fits, someone will reach out for an initial phone conversation.

Kind regards,
Talent Acquisition
Redwater Energy Canada`, 'Re: Legal Counsel question'),
];
