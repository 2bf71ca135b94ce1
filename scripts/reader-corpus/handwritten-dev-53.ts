/**
 * Development messages of the fifty-third round, never sealed: rejections relayed by agencies, recruiters, RPO teams
 * and search firms, each passing on a client's decision ("the client has come back", "the hiring manager has decided"),
 * the client named or not. The stage is told as the client's step and often only in passing ("after your second meeting
 * with them", "they've been through your task", "they didn't take your CV forward"). Reasons are relayed as the recruiter
 * heard them, hedged and paraphrased, sometimes as an aside ("between us, it came down to the number"). Recruiters offer
 * to keep looking or to put the CV forward elsewhere (labelled `doorOpen`: the sender will reach out about other roles)
 * or to call for a debrief (labelled `feedbackOffered`); others close the file. A few processes are paused by the client
 * and relayed as such (`on_hold`), and ten look-alikes decline nothing: new-role pitches, "your CV has been sent",
 * interview confirmations, timesheet and compliance requests. British, American, Indian, Australian, Irish, South
 * African and second-language English. For development only: the rules may be checked against it and the model
 * trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d53-');

export const HANDWRITTEN_DEV_53: readonly CorpusLine[] = [
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Callum,

The client has come back to me this morning. After your second meeting with them they've decided not to take it further. The feedback from the hiring manager was that they liked you but they really need someone who has run a full IFRS 16 implementation, and you'd only supported one.

I've got a couple of other audit-adjacent roles landing next week so I'll give you a ring when they're live.

Cheers,
Imogen Hartley
Senior Consultant | Finance & Accounting
Ridgeford Recruitment, Leeds`, 'Update from Northgate Plastics'),

  rej('application', ['generic'], {},
    `Hi Priyanka, quick one — the client didn't take your CV forward for the Scrum Master role. No reason given, sorry. Regards, Dev`, 'Scrum Master – update'),

  rej('final', ['salary'], { ...fb, ...door },
    `Hey Marcus,

Just got off the phone with the VP over at Tallowbrook. They've decided to go another direction on the Regional Sales Director seat. Between us, it came down to the number — they felt your ask was a good bit above where they'd budgeted, and the other finalist came in lower. Nothing about your meetings with them, they were complimentary.

I'll keep you top of mind for what's coming across my desk in Q1. Plenty of medtech movement right now.

Best,
Jordan Pike
Managing Partner, Pike Talent Partners
Denver, CO`),

  rej('final', ['position_filled', 'profile_mismatch'], { ...offered },
    `Dear Siobhán,

I'm sorry to be the bearer of disappointing news. Following the final panel at Corrib Insurance last Thursday, the hiring committee has decided to offer the Head of Claims role to another candidate whose background they felt was a closer match to where the function is going.

I know how much time you put into preparing for the presentation. If it would help, I'm very happy to talk you through what I heard from the panel — give me a call any time this week.

Kind regards,
Aoife Brennan
Executive Search | Brennan Lacey Partners
Dublin 2`, 'Corrib Insurance – Head of Claims'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Tomasz,

Thanks for getting the take-home back so quickly. Unfortunately the team at Velloway have been through your task and won't be progressing. Their comments: the API worked but there were no tests, and the pagination broke on the second page of results. They were quite firm that tests were a must.

Sorry it's not better news.

Rhiannon
Talent Partner, Codeshift Recruitment`, 'Velloway – take home result'),

  rej('screen', ['location'], { ...fb },
    `Hi Mei,

Following your call with their Head of Ops on Monday, the client has decided they can't progress you. It turns out they need someone on site in Parramatta four days a week and with you being in Newcastle they didn't think the commute would be workable long term.

Apologies for not catching that earlier in my brief.

Regards,
Bradley Nguyen
Recruitment Consultant – Supply Chain
Harbourline Recruitment Pty Ltd`),

  rej('interview', ['internal_candidate'], { ...door },
    `Hi Rebecca,

Some news on Halbrook Homes, and it isn't what either of us wanted. After the interviews last week the hiring manager has decided to appoint internally — someone from their Nottingham office put their hand up late and they've gone with them.

It's no reflection on you at all. I'll be in touch as soon as I've got something else in the Midlands that fits.

Best wishes,
Gareth Lowe
Lowe & Finch Property Recruitment`, 'Halbrook Homes'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr. Venkatesh,

This is with reference to the SAP FICO Consultant requirement for our client (a leading Tier-1 automotive supplier, Chennai). We have received the feedback on your profile. The client has not shortlisted your profile as they are looking for candidates with S/4HANA migration experience and your profile shows only ECC.

Thanks & Regards,
Kavitha R.
Talent Acquisition – IT Practice
Srivanta HR Solutions Pvt. Ltd.
Ph: +91 44 4xxx xxxx`, 'Profile status – SAP FICO Consultant'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Lerato,

I've had feedback from Mzansi Foods after your interview on Tuesday. They won't be moving forward. The MD said — and I'm paraphrasing — that they're a very small, scrappy team and they weren't sure you'd enjoy how unstructured it is day to day, coming from a big corporate.

Not the answer we hoped for. Take care,
Thandeka Mokoena
Consultant, Blue Crane Talent
Johannesburg`),

  rej('final', ['position_filled'], { ...door },
    `Hi Alex,

I wanted to let you know before you heard it anywhere else: Brightmoor have made an offer to the other candidate from the final round and it's been accepted. It was extremely close — the CFO told me it could have gone either way.

Let's definitely stay in touch. I'll call you when the next FP&A lead role comes through.

Sarah Okafor
Principal Consultant, Hartwell Search`, 'Brightmoor – final outcome'),

  rej('application', ['role_closed'], {},
    `Hi Ben,

The client has pulled the Data Engineer vacancy altogether — a restructure at group level, so your application won't be going any further. Sorry to waste your time on this one.

Maddie
Stackbridge Recruitment`),

  rej('interview', ['skills_gap', 'salary'], { ...fb },
    `Hello Fatima,

Following your meeting with the hiring manager at Oakvale Pharma, I have their decision. They will not be proceeding. Two things came up: they wanted more hands-on GMP audit exposure than you've had so far, and your expected package sat above the band for the grade.

I appreciate this is frustrating after three rounds of scheduling. Best of luck.

Kind regards,
Neil Ashworth
Life Sciences Division, Cresta People`, 'RE: Oakvale Pharma – QA Specialist'),

  rej('screen', ['generic'], { ...door },
    `hi Sam, had a word with the client after your screening call with their TA team. They won't be taking things further. They didn't give me a reason unfortunately. I'll keep an eye out for you. Jess`),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Hannah,

Thank you for letting us put you forward for the Office Manager role with our client in Reading. I'm afraid they've reviewed the shortlist and feel other applicants' backgrounds match their needs more closely, so they won't be inviting you to interview.

We'll keep your details on our books and contact you about suitable roles as they come up.

Kind regards,
The Team at Ashby Office Recruitment`, 'Your application – Office Manager'),

  rej('interview', ['overqualified'], { ...fb, ...offered },
    `Hi Raymond,

Heard back from Clearwater Logistics. They enjoyed meeting you but their concern — and they were quite open about it — is that with your 20 years and director title you'd be bored in a Warehouse Supervisor role within six months. I did push back on your behalf but they've decided not to go further.

Happy to have a proper chat about it if you want to hear the full feedback.

Tony Greaves
Greaves Industrial Recruitment, Hull`),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Hi Ananya,

So — bad news from Quillstone. After the final round with the CTO they've gone with the other candidate. The deciding factor, as the CTO put it to me, was Kubernetes at scale: the other person had run production clusters and you'd been more on the application side.

You made a very good impression though, and the CTO asked me to keep you in mind for their platform hire next year, which I will.

Speak soon,
Rohan Mehta
Talent Partner, Northwind Tech Search (London)`),

  rej('application', ['location'], { ...fb },
    `Hi Oluwaseun,

Unfortunately the client has come back to say they can't consider your CV as the role requires the right to work in the UK without sponsorship, and they are not a licensed sponsor.

Apologies,
Chloe
Resourcing Team, Kestrel Engineering Recruitment`, 'Mechanical Design Engineer'),

  rej('interview', ['generic'], {},
    `Dear Candidate,

We write on behalf of our client to inform you that following your interview, they have decided not to proceed with your application for the position of [JOB_TITLE].

We thank you for your interest.

Kind regards,
Resourcing Team
Meridian RPO Services
This mailbox is not monitored.`, 'Application outcome'),

  rej('assessment', ['assessment'], {},
    `Hi Daniel,

Unfortunately the client has advised that your psychometric results didn't meet the benchmark for the Graduate Analyst programme, so they won't be progressing your application.

Regards,
Holly
Graduate Recruitment, Pathway Talent Solutions`),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hey Kwame,

Got word back from the team at Rivet Studio. After your first interview they've decided to pass. Honestly the feedback was a bit vague — something along the lines of "not quite the profile we had in mind". I asked for more and that's all I could get out of them.

I've got a couple of other product design roles coming through so I'll reach out with those.

Nate
Creative Talent, Brightloop Agency`),

  hold('application', ['role_closed'], {},
    `Hi Elena,

Quick update on Fernhill Capital. The client has put the Compliance Manager hire on hold until the new year — they're waiting on the outcome of a regulatory review before they commit to headcount. You're still very much in the frame; they just can't move right now.

I'll chase them in early January.

Best,
Marcus Dale
Dale Associates Financial Recruitment`),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Hi Gráinne,

I hate sending this kind of email. The client decided after the final stage to go with a candidate who has more experience in regulated medical devices — they said your clinical background was excellent but the product side, particularly ISO 13485, wasn't quite there.

If you'd like a debrief, call me whenever suits. I've got plenty of notes from the panel.

Ciara
Life Sciences Team, Shannonside Recruitment, Galway`),

  rej('application', ['generic'], {},
    `Hi Ryan,

Just to update you, the client has reviewed your CV and decided not to move forward at this time.

Thanks,
Becky`),

  rej('interview', ['position_filled'], {},
    `Hi Jamal,

The hiring manager at Eastbridge Health has decided to offer the role to someone who interviewed the week before you, and they've accepted, so the process has closed. Thanks for your patience throughout.

Regards,
Terri Walsh
Healthcare Staffing Solutions, Atlanta`, 'Eastbridge Health – Revenue Cycle Manager'),

  rej('interview', ['skills_gap'], { ...fb },
    `Guten Tag Herr Becker, dear Lukas,

I have now received the feedback from our client after the second interview. Unfortunately they decided against continuing the process. Main point was the English level — the role needs daily negotiations with UK suppliers and they felt your English was not yet strong enough for this.

I'm sorry for this news. Best regards,
Katrin Vogel
Senior Consultant, Vogel & Partner Personalberatung, Munich`),

  rej('screen', ['salary'], { ...fb },
    `Hi Connor,

I spoke with the client after your intro call with their Finance Director. They're not taking it further — your salary expectation of £85k is well beyond what they can do; the role is capped at £68k. I should've clarified that at the start, my apologies.

Best,
Liam`),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `G'day Tash,

Heard back from the client on the Project Coordinator role. They've said no to your application this time as they need someone with a current White Card and construction site experience, which they couldn't see on your resume.

I'll keep you on my radar for other coordination gigs — there's plenty of non-construction work about.

Cheers,
Kirsty
Southern Cross Staffing, Brisbane`),

  rej('interview', ['skills_gap', 'salary'], { ...fb },
    `Hi Nadia,

Okay so I've got feedback from Copperline after your panel. Honest version: they felt you were strong on strategy but lighter on the hands-on delivery side than they wanted for this seat. Also — between us — your number was a sticking point; they had the other candidate come in about 15% under.

They've decided not to progress. Sorry.

Priya Shah
Director, Shah Recruitment Group, Toronto`),

  rej('final', ['internal_candidate'], { ...door },
    `Dear Michael,

I regret to tell you that following the final interviews, Harrowgate Council have decided to appoint an internal candidate to the post of Head of Revenues. I'm told that the decision was very close.

I will of course be in touch regarding other interim and permanent opportunities in local government.

Kind regards,
Jennifer Barlow
Public Sector Practice, Barlow Maine Recruitment`),

  other(`Hi Ifeoma,

Great speaking earlier! As discussed, I've now sent your CV across to the client (a fintech scale-up in Shoreditch) for the Senior Product Manager position. I'll chase them for feedback by Thursday at the latest and let you know as soon as I hear.

Fingers crossed!
Tom Ridley
Ridley Tech Talent`, 'CV submitted – Senior PM'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Santiago,

Bad news I'm afraid. The client reviewed your case study and won't be moving you to interview. They said the financial model had some errors in the working capital section, and more generally they want someone with more exposure to leveraged buyouts.

Thanks for putting the weekend into it.

Emma
Portman Finance Recruitment`, 'Case study feedback'),

  rej('interview', ['generic'], { ...offered },
    `Hi Chris,

The client has let me know they won't be moving forward after your interview on Friday. They didn't share much in writing, but I'm meeting them next week and can fill you in after that if you'd like a proper debrief.

Speak soon,
Hayley`),

  rej('application', ['position_filled'], {},
    `Hi Deepak,

Unfortunately the client filled the position before they reviewed your CV — they had a candidate at offer stage already. Apologies, I wasn't told until today.

Regards,
Sunil Kapoor
Kapoor Consulting Recruitment, Mumbai`),

  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Hi Morgan,

I've had the client's thoughts after Wednesday. They're going to pass. What the hiring lead said was that you came across as someone who prefers working independently, and their team does a lot of pairing and constant collaboration; they weren't sure it'd suit you.

Let me know if you want to jump on a call about it.

Ashleigh
Talent Team, Northbeam Recruiting, Portland`),

  rej('screen', ['skills_gap'], { ...fb },
    `Dear Ms. Kowalczyk,

Further to your telephone screening with our client's HR team, I am sorry to inform you that they will not be proceeding. The role requires fluent German and they felt your level (B1) would not be sufficient for the client-facing aspects of the job.

With best regards,
Stefan Horvath
Consultant, Danube Executive Recruitment, Vienna`),

  rej('final', ['generic'], {},
    `Hi Will,

Client has come back after the final round and unfortunately it's a no. I pushed for feedback but they've said they don't give it at that stage. Sorry mate.

Rob`, 'Hartley Group'),

  rej('interview', ['role_closed'], { ...door },
    `Hi Josephine,

Frustrating update from Dunmore Energy — after your interview with the engineering manager they've now cancelled the role completely due to budget cuts in the renewables division. So it isn't going anywhere for anyone.

I'm really sorry. I'll let you know about anything else in the energy sector.

Regards,
Patrick Moloney
Moloney Technical Recruitment, Cork`),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Jun,

The client looked at your profile for the Clinical Data Manager role. They're after someone with at least five years in oncology trials and you've got two, so they've passed this time.

Thanks,
Megan
Trialforce Staffing, Boston`),

  rej('interview', ['profile_mismatch'], {},
    `Hi Abdullah,

The client has decided to go ahead with candidates who more closely match what they need for the Operations Manager role. Thank you for attending the interview at their Dubai office.

Best regards,
Reem Al-Mansouri
Senior Consultant, Gulfstar Recruitment`),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Kieran,

Unfortunately the team at Lumenpay have been through your coding test and won't be progressing. Their notes were that the solution timed out on the larger input sets and the complexity was O(n²) where they expected linear.

It happens to the best — I'll put you forward for the two other backend roles we discussed.

Gemma
Techforce Recruitment, Manchester`, 'Lumenpay result'),

  rej('interview', ['location'], { ...fb },
    `Hi Katie,

Following your second interview, Brackenridge have decided they can't proceed — the role now needs to be fully office-based in Edinburgh and they've understood you're only able to do two days a week.

Regards,
Fraser
Fraser Campbell Recruitment`),

  rej('final', ['profile_mismatch'], {},
    `Hi Naledi,

The client's decision is in. After the final presentation round they've chosen another finalist whose profile was, in their words, a better overall fit for the role.

Kind regards,
Sipho Dlamini
Executive Search, Summit Talent Partners, Cape Town`),

  other(`Hi Rory,

Just confirming your interview with Tidewater Marine for the Marine Electrician role:

Date: Tuesday 14th
Time: 10:30
Location: Unit 4, Harbour Road, Falmouth
Interviewing: Steve Penrose (Operations Manager)

Bring your ECS card and passport. Any problems, call me.

Ellie
Coastline Technical Recruitment`, 'Interview confirmation – Tidewater Marine'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Harpreet,

I chased Wexford Analytics for an update after your interview on the 4th. They've decided not to go forward. Their main reservation was your Python — the role is going to be pretty heavy on building models in-house and they felt you'd need more hands-on coding.

I'll keep looking for something that leans more on your SQL and BI strengths.

Cheers,
Owen Parry
Data & Analytics Recruitment, Parry Kemp`),

  rej('application', ['overqualified'], { ...fb },
    `Hi Grace,

Sorry, the client has said no to your application for the Administrator role. They felt that with your management background you'd be overqualified for it.

Thanks,
Leanne`),

  rej('final', ['position_filled'], { ...door },
    `Hi Andrés,

Quick one: the hiring manager at Solana Hotels has decided to offer the Revenue Manager role to another candidate after the second round, and they've accepted. I'm sorry — you were in the last three.

Let me know if it's okay to keep sending you roles; I'd happily put you forward elsewhere in hospitality.

Lucía Romero
Hospitality Recruitment, Costa Talent, Málaga`),

  rej('screen', ['profile_mismatch'], {},
    `Dear Arjun,

Thank you for taking the call with the client's recruiter last week. They have informed us that they are not going ahead with your candidature as your profile is not matching their current requirement.

Regards,
Neha Bansal
Talentgrid Consultants, Gurugram`),

  rej('interview', ['salary', 'location'], { ...fb },
    `Hi Zoe,

Right, feedback from Ferncroft. They liked you in the interview but it's a no, for two reasons: the relocation package they can offer isn't going to get you from Bristol to Aberdeen comfortably, and even before that your base expectation was more than they had signed off. I don't think there's a way to bridge it.

Sorry,
Jack Munro
Munro Energy Recruitment`),

  rej('application', ['generic'], { ...door },
    `Hi Bethany,

I'm afraid the client hasn't selected your CV for interview for the Marketing Executive role. They had a huge response.

Don't be disheartened, I'll let you know about other roles as they come in.

Best,
Sophie
Bluebell Recruitment`),

  rej('final', ['salary'], { ...fb },
    `Jordan,

Heard from Ironclad. They went with the other finalist. Between you and me, it came down to comp — they couldn't get to your base and the other person was willing to take more equity instead.

Frustrating. I'll call you tomorrow.

Mike`, 'Ironclad'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Ikechukwu,

I've now had feedback from the client following your technical interview for the Network Engineer role. Unfortunately they will not be progressing your application. They felt your exposure to Cisco SD-WAN was limited and this is a core part of the project.

Kind regards,
Ruth Adeyemi
Resourcing Consultant, Axis Technical Staffing`),

  rej('assessment', ['assessment'], { ...offered },
    `Hey Priya,

So the Northfield team have reviewed your design exercise and they're not progressing. They didn't put much in the email, but I can get more on a call with the design lead if you want — just say the word.

Tash
Freelance & Perm Design Recruitment, Kite Studio Talent`),

  rej('interview', ['internal_candidate'], {},
    `Hi Sanjay,

The hiring manager has decided to promote someone from within the team to the Tech Lead position, so they won't be moving forward with external candidates after your interview.

Regards,
Vikram Joshi
Zenith IT Staffing, Hyderabad`),

  hold('final', ['role_closed'], {},
    `Hi Olivia,

I know you're waiting on Greystone's decision after the final round. Here's where it is: the client has paused all senior hiring while their parent company finishes a strategic review. They've said they expect to pick it back up in February and that you're still their preferred candidate.

I'll keep you posted weekly.

Best wishes,
Henry Ashcombe
Ashcombe Search`, 'Greystone – update'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Piotr,

The client has decided not to take your application forward — they need someone who lives within 30 minutes of the Crewe depot for on-call cover, and Leicester is a bit far.

If you want me to look at anything closer to home, let me know and I'll put you forward.

Dan
Midshire Driving & Logistics Recruitment`),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Chloé,

The client came back following your interview with their Head of Brand. They won't be taking it further. They said they were hoping for someone with more of a consumer-brand background than B2B, though they liked your campaign thinking.

Give me a call if you'd like to go through it in more detail.

Amélie Laurent
Consultante, Paris Talents`),

  rej('final', ['position_filled'], { ...door },
    `Hi Thabo,

The client has made a final decision and has appointed the other candidate for the Finance Manager position. Thank you for all your time across the three rounds.

We'll be sure to keep you in mind for upcoming opportunities.

Regards,
Annelie van der Merwe
Protea Finance Recruitment, Pretoria`),

  rej('interview', ['generic'], {},
    `Hello Mr. Kumar,

We regret to inform you that after your interview with our client, you have not been selected for the next round.

Thanks & Regards,
HR Team
Shreeji Placement Services`),

  rej('application', ['skills_gap', 'culture_fit'], { ...fb },
    `Hi Bronwyn,

Bit of a mixed bag from Koala Health. They said no in the end. First thing was the aged care funding side — they want someone who knows AN-ACC inside out. Second, and this was more of a feeling, they thought your style was a little formal for a team that's quite relaxed.

Sorry love, I know you wanted this one.

Jacqui
Care Connect Recruitment, Adelaide`),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Yusuf,

The client won't progress your CV as they require a CIPD Level 5 minimum.

Thanks,
Grace
HR Recruitment, Pennant People`),

  rej('interview', ['role_closed'], {},
    `Hi Laura,

After your interview with the operations director, Greenway Freight have told me the role has been cancelled following a reorganisation, so they won't be filling it.

Apologies,
Paul`),

  rej('screen', ['generic'], { ...door },
    `Hi Tariq,

Thank you for doing the short introductory phone call with the hiring manager yesterday. They've let me know they've decided to proceed with other candidates. I'll definitely be in touch about other roles that match your experience.

Best regards,
Eleanor
Harrington Talent`),

  other(`Hi Femi,

Hope you're well! I've got a new Senior Quantity Surveyor role with a Tier 1 contractor in Birmingham — £65–72k + car allowance, mainly commercial fit-out. Thought of you straight away given your time at Calder.

Are you free for a quick chat this week?

Luke Brennan
Construction Division, Cornerstone Recruitment`, 'New role – Senior QS Birmingham'),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Hi Rahul,

Heard back from Lotus Bank after the final round. It's not good news — they've offered to someone with direct Basel IV experience, which was the thing they kept coming back to. They said you were very strong otherwise.

I'll keep you posted on the other risk roles I have in the pipeline.

Regards,
Ankit Malhotra
BFSI Practice, Peoplelink Search, Mumbai`),

  rej('interview', ['profile_mismatch'], {},
    `Hey Dylan,

Client said no after the interview. Their words were "not the right fit for this particular role". That's all I got.

Kel`),

  rej('assessment', ['assessment', 'profile_mismatch'], { ...fb },
    `Hi Anna,

I've had feedback on your presentation task for Hollins. Unfortunately they won't be progressing you to the panel interview. They felt the recommendations were too high level and didn't use the data they'd provided, and overall that other candidates were stronger for the role.

Best,
Chris
Orbital Talent (for Hollins & Co)`),

  rej('interview', ['location'], { ...fb },
    `Hi Wen,

Unfortunately after the second interview the client has realised they cannot sponsor an H-1B transfer for this role this year, so they won't be able to move ahead with you.

Apologies for the trouble,
Jason Lee
Bay Area Tech Staffing`),

  rej('application', ['generic'], {},
    `Hi Stephanie,

Feedback from the client is that they will not be shortlisting you for the role. Thank you for your interest.

Regards,
Carly
Keystone Accountancy Recruitment`),

  rej('interview', ['skills_gap'], { ...fb, ...offered, ...door },
    `Hi Niamh,

Got the call from Liffey Bank this afternoon. After your meeting with the head of treasury they've decided not to proceed. Reason given: they want someone who's already run cash forecasting for a multi-currency group and you've mostly done it for a single entity.

I've got more notes if you want a debrief, and I'll be putting you forward for the Ballsbridge role next week if you're still keen.

Declan
Treasury & Finance, Talbot Recruitment, Dublin`),

  rej('interview', ['overqualified', 'salary'], { ...fb },
    `Hi Graham,

Spoke to the client. They're going to pass after your interview. Between us, they think you're more senior than what they need and they're worried about your salary ask too — they had budgeted for a mid-level hire.

Cheers,
Sue
Apex Engineering Recruitment`),

  rej('final', ['culture_fit'], {},
    `Hi Lindiwe,

The client have made their decision after the final round. They've decided to go with another candidate whom they felt was more aligned with their team's values and ways of working.

Regards,
Nomsa
Ubuntu Talent Solutions, Durban`),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Harry,

The client's internal recruiter told me after your call that they need someone with SC clearance already in place, they can't wait for vetting. So unfortunately they won't be progressing.

Regards,
Olivia
Defence & Security Recruitment, Sentinel People`),

  rej('interview', ['generic'], { ...door },
    `Dear Ms. Rossi,

Following your interview with our client, we regret to inform you that they have decided not to proceed with your candidacy. We will keep your CV on our database and contact you should a suitable opportunity arise.

Kind regards,
Marco Bellini
Alpine Recruitment, Milan`),

  rej('assessment', ['assessment'], {},
    `Hi Ethan,

Client has come back on the numerical reasoning test, unfortunately you didn't hit their pass mark so they won't be taking it further.

Cheers,
Nicole`),

  rej('interview', ['position_filled'], {},
    `Hi Aisha,

I'm afraid the role with Brightwater Schools has now been filled after the interviews last week. Thank you for attending.

Kind regards,
Education Team, ClassLink Supply`),

  rej('interview', ['profile_mismatch'], { ...offered, ...door },
    `Hi Ollie,

The hiring manager has decided to go with someone whose experience lines up a bit more closely with the role, after your interview with them on Monday.

Happy to give you any feedback I have if you'd find it useful, and I'll be in touch about other roles.

Best,
Freya
Talent Consultant, Rushmere Recruitment`),

  hold('application', ['role_closed'], {},
    `Hi Simran,

Just to keep you in the loop — the client hasn't reviewed CVs for the Payroll Specialist role yet because the hiring has been put on hold pending budget sign-off for next year. Your application is still with them and hasn't been declined.

I'll update you as soon as I hear more.

Regards,
Gurpreet
Sterling Payroll Recruitment`),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr. Nwosu,

Our client has reviewed your CV for the Structural Engineer role and will not be progressing at this stage. They require Chartered status (CEng MIStructE) which they could not see on your CV.

Kind regards,
Rebecca Hale
Hale Engineering Search`),

  rej('final', ['profile_mismatch'], { ...offered },
    `Hi Isabella,

I've just had the call. After the final round, the client chose the other candidate — their reasoning was that the other person's background was a stronger match. I'd like to go through it with you properly, so drop me a line when you have ten minutes.

Best,
Madeleine
Madeleine Carr Executive Search`),

  rej('interview', ['skills_gap'], { ...fb },
    `hey Marco, heads up — the Orbit crew decided to pass after yesterday's tech interview. their feedback was you struggled with the system design bit, esp. around caching and queueing. sorry man. -J`),

  other(`Hi Bilal,

Please remember to submit your timesheet for the week ending Friday via the portal by 10am Monday so we can process your pay on time. If your line manager at Oakfield hasn't approved it yet, give them a nudge.

Thanks,
Payroll Team, Flexiforce Contract Staffing`, 'Timesheet reminder'),

  rej('interview', ['culture_fit', 'profile_mismatch'], {},
    `Hi Lauren,

Client feedback: after meeting you they've decided not to go further. They felt other candidates were a better match for the role and they weren't convinced about the team fit. Sorry I couldn't get more detail.

Rachel
Elevate Recruitment`),

  rej('application', ['internal_candidate'], {},
    `Hi Noah,

The client didn't take any external CVs forward for the Team Lead role — they've filled it internally.

Thanks,
Alyssa
Keystone Staffing, Chicago`),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Tamsin,

So Fernbank have made their call after your interview and it's a no this time. They want someone with real hands-on Salesforce admin certification and you'd mentioned you hadn't sat the exam yet.

If you do get the cert, let me know — I'd happily put you back in front of them or others.

Best,
Aaron
CRM Talent, Saltire Tech Recruitment`),
  rej('final', ['skills_gap', 'salary', 'position_filled'], { ...fb, ...offered, ...door },
    `Hi Eilidh,

I wanted to write this properly rather than fire off a two-liner, because you've put a lot into the Strathmore Distilleries process and you deserve the full picture.

I spoke to Fiona (their People Director) and then separately to the MD this morning. They've decided to offer the Head of Finance role to the other finalist. I know that's not what you were hoping to hear after the final board on Tuesday, and honestly, it's not what I expected either — the feedback after your second stage was glowing.

From what I can piece together, it came down to two things. The first is export: the business is about to push hard into the US and Asian markets, and the other candidate has spent the last four years running finance for a drinks exporter, including the customs and duty side. Your experience is deeper on the UK group reporting side, which they valued, but the MD kept coming back to the export piece. The second — and this is between us — is the package. Your expectation was about £12k above where they'd landed with the other candidate, and the board were nervous about stretching the band in a year when they're also investing in a new bottling line.

For what it's worth, Fiona said your presentation on the cost of the working capital cycle was the best she'd seen in the whole process, and she asked whether they could get in touch directly if the Group Financial Controller role opens up next year. I said I'd check with you first.

I'd really like to go through the detailed feedback with you on the phone — there are a couple of points from the board that I think are worth hearing in person rather than in an email. Are you free Thursday after five?

In the meantime, I've got two other FD-level conversations going on in the Central Belt that I think could suit you, and I'd like to put you forward for both if you're happy.

Speak soon,
Craig Buchanan
Partner, Buchanan Reid Finance Search
Glasgow | Edinburgh`, 'Strathmore – final outcome'),

  rej('screen', ['location'], { ...fb },
    `Hi Hyun-woo,

Thanks for doing the phone screen with the client. Unfortunately they've told me they can only hire people who are already resident in Ontario for this role, for payroll reasons, so they won't proceed.

Kind regards,
Melissa Tran
Maple Leaf IT Staffing`),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Leon,

I've got the client's verdict on your written exercise for the Policy Officer role. They won't be inviting you to interview. They said the briefing note was well written but didn't answer the question asked — it focused on background rather than making a recommendation to the minister.

Happy to chat through how they scored it if that's useful.

Best,
Helen
Civic Talent Partners, Canberra`),

  rej('application', ['generic'], {},
    `Subject line says it all I'm afraid — the client passed on your CV for the Warehouse Operative position.

Thanks for applying through us.
Stacey @ Rapid Industrial Staffing`),

  rej('interview', ['salary'], { ...fb },
    `Hi Vanessa,

I've had a word with Parkside Dental Group. After your interview with the practice manager they've decided not to go ahead. To be straight with you, it was about the rate: they can't go above $48 an hour for the hygienist position and you'd said $55 minimum.

Regards,
Carla
Smile Staffing, Perth`),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Mrs. Pillay,

Thank you for attending the interview with our client for the role of Senior Legal Advisor. The client has advised that they will not be progressing your application further as they felt other candidates' experience was better suited to the position.

We will keep your profile on file and contact you should a suitable position become available.

Kind regards,
Charlene Naidoo
Legal Division, Jacaranda Recruitment, Johannesburg`),

  other(`Dear Contractor,

As part of our annual compliance checks, please upload the following to the Contractor Portal by 30 November:
- Updated Right to Work document
- Proof of address (dated within the last 3 months)
- Signed IR35 status acknowledgment

Failure to provide these may delay future payments.

Compliance Team
Northstar Contract Solutions`, 'Action required: annual compliance documents'),

  rej('final', ['internal_candidate', 'position_filled'], {},
    `Hi Arnav,

Final word from Maxwell Foods. After the last round they've offered the Category Manager job to someone already in their buying team, and she's accepted, so the process is closed for external candidates.

Thanks for everything,
Ritu
Retail & FMCG Search, Kingsley Talent, London`),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Keanu,

Bad news on Ohana Resorts. After your second interview they've decided to pass as they need someone with a current Hawaii nursing license in place from day one, and yours is still in process.

Mahalo for sticking with it,
Leilani
Island Health Staffing, Honolulu`),

  rej('screen', ['generic'], {},
    `Hello Dimitri,

After your phone call with the client's HR partner they informed me they will not continue with your application. Unfortunately no more detail was shared with me.

Best regards,
Ioanna Papadaki
Aegean Recruitment Services, Athens`),

  rej('interview', ['role_closed'], { ...offered },
    `Hi Maeve,

Unwelcome news — after your two interviews, the client has frozen the Digital Marketing Manager headcount. A hiring freeze came down from their US parent this week and every open role has been closed, not just this one. Nothing to do with you.

If you'd like to hear what they said about your interviews before all this happened, I'm happy to share.

Aisling
Digital Talent, Clover Recruitment, Limerick`),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Sofia,

The client has reviewed your CV for the Bilingual Customer Success role and decided not to progress. They specifically need native-level Portuguese as well as Spanish and they only saw Spanish on your CV.

If you have Portuguese that's not on the CV, let me know and I'll go back to them; otherwise I'll look out for other Spanish-speaking roles for you.

Thanks,
Diego
Polyglot Recruitment, Lisbon`),

  rej('interview', ['generic'], { ...door },
    `Hi Eleanor,

I'm sorry to let you know the client has decided not to move forward after your interview. They've asked me to pass on their thanks for your time.

We'll keep working on other options for you.

Warm regards,
Natalie
Bright Path Recruitment`),

  rej('final', ['skills_gap'], { ...fb },
    `Dear Mr. Adeleke,

We have been informed by our client that, following the final assessment centre, they have decided to appoint another candidate. The panel noted that while your operational leadership was strong, they required more direct experience in managing a unionised workforce.

Yours sincerely,
Margaret Okonkwo
Principal Consultant, Lagos Executive Search`),

  rej('assessment', ['assessment'], {},
    `Hi Jake,

The client has reviewed the results of the SQL test. Unfortunately you didn't reach the threshold required to move to interview.

Best,
Tori
DataHire`),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Anders,

I got feedback from Fjordline after the team interview. They've decided not to proceed. What they told me is that the team is very consensus-driven and they sensed you'd prefer to make decisions quicker and more alone — they did not think it would be a good match for how they work.

Best regards,
Ingrid Solberg
Nordic Talent AS, Oslo`),

  rej('application', ['location'], { ...fb },
    `Hi Carlos,

Sorry, the client has come back and said they won't consider candidates outside the EU for this one due to visa timelines.

Regards,
Sanne
Dutch Tech Recruiters, Amsterdam`),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Kerry-Ann,

I've had a chat with the client after your interview for the Pharmacy Manager role. They're not going forward — they felt you'd need more experience managing a team of more than five; they have fourteen staff.

I have a fuller write-up from them, so give me a ring if you'd like to go over it.

Jo
Rx Recruitment, Kingston`),

  rej('interview', ['generic'], {},
    `> On Tue, 8 Oct at 09:14, Imran Qureshi wrote:
> Hi Lisa, any news from Halcyon after my interview?

Hi Imran,

Sorry for the slow reply. The client has come back and they won't be progressing after your interview. Thanks again for your time on this.

Lisa`, 'Re: Halcyon update?'),

  hold('screen', ['role_closed'], {},
    `Hi Rutendo,

After your initial call with their HR manager, the client has paused the process for the Mining Engineer role — a big tender decision is pending and they won't know whether they need the headcount until end of January. They've said they'd like to pick back up with you if it goes ahead.

Regards,
Tendai
Savanna Mining Recruitment, Harare`),

  rej('interview', ['profile_mismatch', 'position_filled'], {},
    `Hi Marnie,

The client has let me know they've offered the role to a candidate whose background was a closer match to their needs, and the offer has been accepted. Thank you for interviewing with them.

Best,
Jade
Coastal Recruitment Group, Gold Coast`),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Ravi,

Feedback from the client after your first chat: your CTC expectation is higher than their approved budget for this band, so they're unable to move ahead.

I'll keep you in mind for higher-band roles.

Regards,
Meera
Talentbridge Consultants, Pune`),

  rej('final', ['generic'], { ...offered, ...door },
    `Hey Tyler,

I just got off the phone with the client after your onsite. They've decided to move forward with another candidate. I know you invested a ton into that day.

I'd like to hop on a call to debrief and talk about next steps — I've got two other roles I think you'd crush.

Best,
Shane
Summit Tech Recruiting, Austin`),

  rej('application', ['generic'], {},
    `<p>Dear Applicant,</p><p>We regret to advise that our client has not shortlisted your application for the role of Accounts Payable Officer.</p><p>Kind regards,<br>Recruitment Team<br>Coral Staffing</p>`),

  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Hi Juan,

Client feedback after your interview: they need someone with hands-on Oracle Cloud HCM, which you'd mentioned you'd only seen in a demo, and they've also decided they need the person in Houston full-time rather than remote. So it's a pass.

Thanks,
Brent
Lone Star HR Staffing`),

  other(`Hi Nkechi,

Thanks for your time earlier. Just so you have it in writing — the client for the Credit Analyst role has now received your CV and I'm expecting to hear back on whether they'd like to interview you by the end of next week.

Speak soon,
Hamza
Cityline Banking Recruitment`, 'Your CV – Credit Analyst'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Florence,

Feedback from Pemberton Trust after the interview. They liked your fundraising track record but they felt your experience was mostly with trusts and foundations and this role is really about major donors. They've decided not to progress.

Best,
Anna
Third Sector Talent`),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Bartek,

Unfortunately Loomsoft have been through your task and won't be going further. Their comments: good code structure, but the front-end didn't handle error states and the README had no instructions to run it.

Sorry,
Dominika
DevHire Poland`),

  rej('interview', ['internal_candidate'], { ...door },
    `Hi Mohammed,

The client has decided to appoint internally after all the interviews were done. Nothing you did wrong. I'll keep looking for you.

Regards,
Sana
Crescent Recruitment, Doha`),

  rej('application', ['profile_mismatch'], {},
    `Hi Reece,

Client's come back — they don't think your background suits the role so won't be interviewing. Sorry!

Kayleigh`),

  rej('interview', ['position_filled'], { ...door },
    `Hi Aoife,

I'm sorry to say that Clonmel Dairies have filled the Quality Technician role after last week's interviews. I'll be in touch about any other roles in food manufacturing.

Best,
Sean
Munster Recruitment`),

  rej('final', ['skills_gap'], { ...fb },
    `Hi Chen,

The client made their decision after the final interviews. They went with a candidate who had more direct experience with FDA submissions; they said your EMA experience was strong but the US side was the priority for this hire.

Regards,
Lily
Pacific Life Sciences Search, Singapore`),

  rej('screen', ['overqualified'], {},
    `Hi Patricia,

Following your screening call, the client has decided not to progress. They felt you're overqualified for the Team Administrator role.

Thanks,
Danielle
Arrow Office Staffing`),

  rej('interview', ['generic'], { ...offered },
    `Hi Ahmed,

The hiring manager has decided not to move forward after your interview. If you'd like feedback, just let me know and I'll set up a call.

Regards,
Yasmin
Crown Talent, Birmingham`),

  other(`Hi Caoimhe,

Thanks for interviewing with Larkspur yesterday! The hiring manager was really impressed and would like to invite you to a second stage next Wednesday at 2pm with their CFO. Can you confirm you're available?

Best,
Orla
Kindling Recruitment, Galway`, 'Second stage invite – Larkspur'),

  rej('application', ['salary', 'overqualified'], { ...fb, ...door },
    `Hi Hendrik,

Feedback from Karoo Logistics. They won't progress. To be honest, they felt you were too senior for what they need and worried you'd be frustrated — and your salary expectation is above what they could do.

I'll keep an eye out for more senior roles for you.

Regards,
Pieter
Veld Recruitment, Bloemfontein`),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Amira,

The client has declined your application for the Electrical Supervisor role as they need someone with an Unrestricted Electrical License.

Kind regards,
Ben
Outback Trades Recruitment`),

  other(`Hi Jonah,

Just a quick one: the client has asked for two references before they make a final decision. Could you send me contact details for your last two line managers?

Thanks,
Pete
Orchard Recruitment`, 'References please'),

  rej('interview', ['profile_mismatch'], { ...offered, ...door },
    `Hi Beatriz,

I've been chasing Alto Consulting since Friday and have finally got a response. After your second meeting with them they've decided to go with candidates whose consulting experience is a closer fit.

Happy to talk you through it — and I'd like to put you forward for the Santander project role if you're open to it.

Regards,
Pablo
Iberia Talent, Madrid`),

  other(`Hi Kofi,

Just confirming you've been booked for the 3-month contract with Elmwood Council starting Monday 3rd. Your start time is 9am; please report to reception and ask for Jane Mills. Contract and assignment details attached.

Best,
Jasmine
Civic Contract Staffing`, 'Booking confirmation – Elmwood Council'),

  rej('interview', ['generic'], {},
    `Hi Hiroshi,

The client informed us that they will not proceed with your application after the interview last week. Thank you very much for your effort.

Best regards,
Yuki Tanaka
Sakura Career Partners, Tokyo`),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Caitlin,

Had the call with the hiring manager at Wattle Energy after your interview. It's a no for now — they need someone who's done a grid connection application from start to finish. Loved your attitude though and said to keep in touch.

I'll look out for other renewables roles for you.

Tom
Greenfield Recruitment, Melbourne`),

  rej('application', ['generic'], {},
    `Dear Hamid,

Our client has informed us that your application was not shortlisted for the role of Procurement Officer.

Kind regards,
Recruitment Desk
Horizon Manpower Services, Abu Dhabi`),

  rej('final', ['culture_fit', 'skills_gap'], { ...fb, ...offered },
    `Hi Emeka,

Feedback from Cobalt after the final stage: they've gone with the other candidate. They said they wanted someone with more B2B SaaS sales leadership, and they weren't quite sure about the fit with the exec team — they're quite informal and felt the style might clash.

I'm around for a debrief whenever you like.

Best,
Nneka
Growth Talent Partners, London`),

  rej('assessment', ['assessment', 'position_filled'], {},
    `Hi Saoirse,

Unfortunately your aptitude test score came in under Bluegate's cut-off, and in any case they've since made an offer for the role.

Thanks,
Kate
Claddagh Staffing`),
  hold('assessment', ['generic'], {},
    `Hi Marek,

Thanks again for turning the technical test around so quickly. The client has told me they've had to pause reviewing the tests for a couple of weeks — the hiring manager is off on unexpected leave — so there's no decision yet either way. I'll chase again at the start of next month.

Best,
Ewa
Baltic IT Recruitment, Gdańsk`),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Hi Gabriel,

After your panel interview with Montrose Bank, they have decided not to move forward. Per the hiring manager: they wanted someone who'd already led a team through a core banking migration, and overall they felt the other shortlisted people matched the brief more closely.

Regards,
Nathalie Dubois
Financial Services Search, Geneva`),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Shreya,

Spoke to the client after your intro call with their engineering manager. They need someone with production Go experience for this team and you've been mostly Java, so it's a no on this role. I'll send over a couple of Java-heavy openings tomorrow.

Thanks,
Karan
Codepath Staffing, Bengaluru`),

  rej('application', ['role_closed'], { ...door },
    `Hi Lucy,

The client has withdrawn the HR Business Partner vacancy before reviewing any CVs, following changes to their structure. I'll keep you in mind for other HRBP roles.

Best,
Georgia
People First Recruitment, Bristol`),

  rej('interview', ['generic'], {},
    `Dear Oyelaran,

Kindly be informed that our client has concluded the interview exercise and you were not successful. We appreciate your time and wish you the best in your career.

Regards,
Recruitment Team
Delta Talent Consult, Abuja`),

  other(`Hi Ruairí,

Thanks for registering with Harbour Recruitment. To complete your profile, please reply with a copy of your passport, your PPS number and the names of two referees, so we can start putting you forward to our clients.

Kind regards,
Niamh
Harbour Recruitment, Waterford`, 'Complete your registration'),
];
