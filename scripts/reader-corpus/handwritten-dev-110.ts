/**
 * Development messages of the hundred-and-tenth round: four kinds of mail a job seeker's tracker has to read right.
 * First, agency recruiters writing by hand in the UK, Ireland, India, South Africa, Australia and the US, relaying the
 * client's answer in their own words at every stage ("they've gone with someone with more hands-on retail experience",
 * "the client came back and it's a no for now", "they loved you, but budget is the issue", "feedback from the MD was
 * that...", "they're going to promote internally", "they've decided to sit tight until Q2"), often beside news of other
 * roles the recruiter is working on; paused processes (an internal round first, an MD overseas, an offer freeze until
 * the new budget year); and look-alikes in the same voice: a check-in, "I've submitted your resume", interview prep
 * notes that mention an earlier candidate turned down, a second interview wanted, references asked for, a relayed
 * offer, "no news yet", a new role pitched after an old decline, an interview scheduled, a withdrawal confirmed.
 * Second, replies in threads: the decision in the newest message above quoted mail (Gmail "On ... wrote:" with ">"
 * lines, "-----Original Message-----", Outlook "From: / Sent: / To: / Subject:" blocks, Apple Mail "Begin forwarded
 * message", "---------- Forwarded message ---------"), where the quote holds the invitation, the candidate's own
 * thank-you or check-in, or an earlier decline of another role; an employer's answer to the candidate's request for
 * feedback, specific or refused; a recruiter or an office manager passing on the decider's note; an interview
 * cancelled because the role was filled; one reply written below the quote; and the opposite: a newest message that
 * thanks, asks for feedback, offers a feedback call, schedules, withdraws, accepts an offer, confirms receipt, retracts
 * a rejection sent in error, or forwards an invitation, above a quoted decline or invitation, and a candidate
 * forwarding a decline to a careers service. Third, very short messages from phones, chat notes pasted into mail and
 * LinkedIn messages ("Role's been pulled", "We filled it internally", "Can we move tomorrow's call to 3?", "Offer's
 * in your inbox!"). Fourth, long formal letters from a university, NHS trusts, the Civil Service, banks, a council, a
 * doctoral training partnership and a research institute, with the decision, the reason, the open door or the offer
 * of feedback in the middle of several paragraphs of process and policy, each beside a near twin without that sentence.
 *
 * Labelling choices (LABELS.md and the dev-100, dev-105, dev-108 and dev-109 conventions): in a thread, the newest
 * message is the one labelled. A decline, a pause or an answer to a feedback request on top is labelled as such, its
 * reasons and flags read from the newest text (and from the client's or decider's note it forwards, when it points to
 * it: "see below", "Colin's answer is below"); the quoted history counts for the stage when it shows a step that
 * happened (the candidate's thank-you for today's interview, a check-in after the second interview), not when it only
 * invites to one: an interview cancelled because the role was filled is `application`. A candidate's "thanks for
 * letting me know", a request for feedback, an employer's "happy to go through the feedback, Thursday at 4?", a
 * scheduling note, a withdrawal, an accepted offer, a retraction of a rejection sent in error, a forwarded invitation
 * and a candidate forwarding a decline to someone else are `other`, whatever is quoted under them. An employer's reply
 * that refuses feedback is a `rejection` with no feedback; one that gives specific feedback is a `rejection` with it.
 * Stage: an agency's decline is staged at the furthest step the message names with the client or the agency: a
 * recruiter's own call with nothing further is `screen`, a client interview `interview`, a final panel, the final HR
 * round of an Indian process, an assessment centre, an Advisory Appointments Committee and references or screening
 * after the final interview `final`; a test, psychometrics, a written exercise or a take-home with no interview named
 * `assessment`; a presentation given to an interview panel and a pairing interview are `interview`. Reasons: "the
 * client came back and it's a no", "gone with the other candidate", "moved ahead with other candidates" are `generic`;
 * "lined up more closely", "a closer match", "doesn't line up with what they need" are `profile_mismatch`; a named
 * domain, licence, certificate, qualification, tool or number of years is `skills_gap` with feedback, also told as
 * whom the client chose ("a candidate who is already a qualified CA(SA)"); a visa or work permit, a clearance tied to
 * citizenship, a reserved post for British nationals, home fee status, residence in a country, an office-attendance or
 * relocation rule told about this candidate are `location` with feedback; a pay figure or day rate against the budget
 * is `salary` with feedback ("budget is the issue" is always told with the figures, never as a cut role); an offer
 * made to or accepted by another, or "the role's been filled", is `position_filled`; a role cancelled, deleted in a
 * restructure, pulled, or closed because the client will "sit tight until Q2" is `role_closed`; a role given to a
 * current employee, a promotion from within or a redeployed member of staff is `internal_candidate` alone. A test
 * decline is `assessment`, with feedback only when it names the score, the pass mark or the fault; after a take-home
 * a decline that speaks only of other candidates is `generic`; references or screening that failed with nothing named
 * are `generic`. A culture fit is feedback only when something this candidate said is given. Flags: an open door is a
 * promise from the employer or the recruiter about future roles (keeping the candidate in mind, putting them forward
 * again when the role reopens, calling when the next one comes in, encouraging an application next year, keeping the
 * application on file); a recruiter's news of other roles they are working on now, pointed to on a website or asked
 * about "if you know anyone", is not a door, nor are good wishes. An offer to talk the client's or panel's notes
 * through, or an invitation to call for feedback, is `feedbackOffered`; "we don't give feedback at this stage" is not.
 * A paused process with the candidate still in the running is `on_hold` (a budget or headcount sign-off, an offer
 * freeze, a cost review, a workforce review: `role_closed`; a decider away, internal applicants seen first: `generic`);
 * "no news yet" with nothing paused is `other`.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d110-');

export const HANDWRITTEN_DEV_110: readonly CorpusLine[] = [
  // ── 1. Agency recruiters writing by hand: the client's answer in the recruiter's own words
  // UK
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Callum,

Hope the week's treating you alright. I've had Halden & Rowe Homewares back on the phone about the Store Manager job in Stockport, and I'm afraid they've gone with someone with more hands-on retail experience. Nick (their Area Manager) said he enjoyed meeting you on Tuesday, but he needs somebody who has already run a shop floor through a Christmas peak, and your management years have all been in contact centres. That was the deciding factor for him.

On a separate note, I'm recruiting for a couple of contact centre team leader jobs in Salford at the moment - they're both on our website if you fancy a look.

Cheers,
Becky Tranter
Senior Consultant | Irwell Retail Recruitment | Manchester`, 'Halden & Rowe - Store Manager'),

  rej('application', ['generic'], {},
    `Hi Priya,

Just a quick one on the Accounts Assistant position at Brenmoor Plastics. The client came back to me this afternoon and it's a no for now on your CV. I pushed for a reason but they wouldn't give me one, which I know is annoying.

Thanks for letting me put you forward.

Dave
Dave Orchard | Office Support | Kingsway Appointments, Leicester`, 'Brenmoor Plastics'),

  rej('interview', ['salary'], { ...fb },
    `Hi Hannah,

Feedback from Ostler Veterinary on Thursday's interview. They loved you, genuinely - the practice owner said you were the best candidate they'd seen for the Practice Manager role - but budget is the issue. You told them you'd need £46k to move and they've only got sign-off for £39k. They went back to the partners to see if they could stretch it and the answer was no, so they're not going to make an offer.

Sorry, I know how much you liked them.

Speak soon,
Gemma Holt
Gemma Holt Recruitment | Bath`, 'Ostler Vets - feedback'),

  rej('final', ['internal_candidate'], {},
    `Hi Marcus,

I wanted to ring you but kept getting your voicemail, so here it is in writing. Castlebrook Housing have made their decision after the final panel for the Head of Repairs post, and they're going to promote internally. Their Repairs Operations Manager applied in the last week of the process and they've given it to him.

I know you put a lot into the presentation. I'm sorry this isn't the call I wanted to make.

Regards,
Simon Fairweather
Director | Fairweather Housing Search`, 'Castlebrook Housing - Head of Repairs'),

  rej('interview', ['role_closed'], { ...door },
    `Hi Tamsin,

Following on from your interview with Merrow Brewing last week. They've had their quarterly numbers through and decided to sit tight until Q2 - the Brand Manager vacancy has been closed and they've told me they won't be making an appointment from this round, for you or anyone else. It's a cost decision, nothing about your interview.

If they re-open it in the spring, I'll put you straight back in for it.

Best,
Rory Keane
Consumer & Marketing | Tollgate Talent | Bristol`, 'Merrow Brewing - update'),

  rej('interview', ['generic'], { ...offered },
    `Hi Femi,

The client has said it's a no after Monday's interview for the Payroll Supervisor job. Lorraine, the Finance Director, spent about ten minutes on the phone with me going through her notes. I'd rather talk you through them than put them in an email, so give me a ring whenever suits today or tomorrow.

Thanks,
Jas
Jaswinder Bains | Accountancy & Finance | Redbridge Recruitment`, 'Payroll Supervisor - feedback'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Owen,

Thanks for your time on the phone yesterday. I've spoken to the client since, and they're firm that the Field Service Engineer needs a full UK driving licence - the patch covers sites from Ashford to Dover and there's a van with the job. As you mentioned you don't drive at the moment, I'm not able to submit you for this one.

Sorry it's a short one.

Regards,
Imran Qureshi
Engineering Division | Medway Technical Recruitment`, 'Field Service Engineer - Kent'),

  rej('final', ['generic'], {},
    `Hi Lucy,

I've heard back from Pennard Insurance after Friday's final stage. They've decided to go with the other candidate. I asked twice for a bit more and all I got was "it was close", so I don't have any more than that, I'm afraid.

Thank you for everything you put into this one.

Kind regards,
Ellie Marshall
Financial Services | Bridgewell Recruitment | Cardiff`, 'Pennard - final stage'),

  hold('application', ['generic'], {},
    `Hi Jordan,

Quick update on Harrowgate Schools Trust. They've told me they're going to interview two internal applicants for the Data Manager post before they look at any of the agency CVs. Yours is still with them and they've said they'd like to keep it in the mix - it just means nothing will happen for about three weeks.

I'll chase at the end of the month.

Best,
Nadia
Nadia Pereira | Education Support | Larkfield Recruitment`, 'Harrowgate - Data Manager'),

  // Ireland
  rej('interview', ['culture_fit'], { ...fb },
    `Hi Aoife,

I got the call from Glencarrig Foods this morning. It's not good news, I'm afraid. Feedback from the MD was that you came across as someone who wants clear processes and a well-defined remit - you said a couple of times in the interview that you like to know exactly where your job starts and stops - and in a 40-person family business everyone ends up doing a bit of everything. He didn't think you'd be happy there, so they won't be going further.

For what it's worth, I don't think that's a bad thing to know about yourself.

Talk soon,
Ciara Dunne
Senior Consultant | Liffey Recruitment | Dublin 2`, 'Glencarrig Foods - MD feedback'),

  rej('application', ['location'], { ...fb },
    `Hi Rahul,

Thanks for sending your CV in for the Junior Quantity Surveyor role with my client in Galway. I've spoken to their HR manager, and because you're on a Stamp 2 student permission they'd need to apply for a General Employment Permit to take you on full-time, and they're not willing to do that for a graduate-level role. So unfortunately they won't be taking your application any further.

Best of luck with the rest of your search,
Eoin Mac Giolla
Construction & Property | Corrib Talent`, 'Junior QS - Galway'),

  rej('screen', ['overqualified'], { ...fb, ...door },
    `Hi Siobhan,

Great to chat on Wednesday. Having thought about it overnight, I'm not going to put you forward for the Credit Controller job in Naas. They want someone two or three years into their career, and with fifteen years behind you, including running a credit team of six, you'd be well over-qualified for it and I think the client would say the same.

I'll keep you in mind for credit management roles as they come in - I get a few every quarter.

Regards,
Brendan Foley
Accountancy | Kildare Personnel`, 'Credit Controller - Naas'),

  rej('interview', ['position_filled'], {},
    `Hi Declan,

Thanks for your patience since the interview at Ardmore Logistics. They've offered the Transport Planner job to another candidate and she accepted yesterday, so the role is closed.

Also - I'm recruiting a Warehouse Supervisor in Ballymount at the moment, if you know anyone who might be interested.

All the best,
Niamh Kearney
Supply Chain | Harcourt Recruitment | Dublin`, 'Ardmore Logistics'),

  // India
  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr. Venkatesh,

Greetings from Pinnacle Search Partners.

This is regarding your profile shared with our client, a mid-size auto-components manufacturer in Chennai, for the position of Finance Manager - SAP FICO. The client has reviewed your CV and has informed us that they are looking for a minimum of five years of hands-on SAP FICO implementation, whereas your profile shows around three years, mostly in support. Hence they will not be taking your profile ahead for this position.

Thank you for your interest. Please do let us know if you have any questions.

Regards,
Deepa Raghavan
Senior Consultant - Finance & Accounts
Pinnacle Search Partners, Chennai`, 'Profile update - Finance Manager (SAP FICO)'),

  rej('interview', ['generic'], {},
    `Hi Sneha,

Hope you are doing well. This is with reference to your technical interview with our client for the QA Automation Engineer role on 14th May. The client has conveyed that they will not be proceeding further with your candidature. They have not shared any specific feedback, and I did check with their TA team.

Thank you for your time and cooperation during the process.

Warm regards,
Karthik S.
Talent Acquisition Specialist | Vistara Staffing Solutions | Bengaluru`, 'Interview status - QA Automation Engineer'),

  rej('interview', ['location'], { ...fb },
    `Hi Arnab,

I spoke with the hiring manager at our client after your interview on Friday. They were happy with the discussion, but the Area Sales Manager role has to be based out of the Chennai office five days a week, and you confirmed that you cannot shift from Kolkata for family reasons. As the client is not open to a remote arrangement for this role, they have closed your candidature.

Thanks and regards,
Moumita Sen
Consultant | Eastline HR Consultants | Kolkata`, 'Area Sales Manager - Chennai'),

  rej('final', ['salary'], { ...fb },
    `Dear Ankit,

Thank you for attending the final HR discussion with our client on Tuesday. I am sorry to inform you that we could not close this one. The client's maximum budget for the Senior Data Engineer position is 24 LPA fixed, and your expectation of 31 LPA fixed is well above it. The client has said they cannot revise the band, so they are not releasing an offer.

We appreciate your time throughout the three rounds.

Regards,
Pooja Malhotra
Delivery Lead | Northstar Talent Partners | Gurugram`, 'Senior Data Engineer - update'),

  rej('interview', ['skills_gap', 'salary'], { ...fb },
    `Hi Vivek,

Feedback from the client after your second technical round for the Platform Engineer position: they need someone who has run Kubernetes in production at scale, and in the discussion it came out that your experience is mostly with Docker Compose and a small EKS test cluster. Also, your expected CTC of 38 LPA is above their band of 28-30 LPA. Because of both points they will not move ahead.

Regards,
Harini
Harini Subramanian | Tech Hiring | Talentwave Consulting, Hyderabad`, 'Client feedback - Platform Engineer'),

  // South Africa
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Thandeka,

Thanks for meeting with Mokoena Holdings on Wednesday. I had the debrief with their CFO this morning. They've gone with a candidate who is already a qualified CA(SA); you're still busy with your APC, and for a Group Financial Accountant reporting straight into the CFO they said they can't make an exception on that.

I'm sorry, I know you'd hoped the experience would carry it.

Kind regards,
Lerato Nkosi
Finance Division | Jacaranda Recruitment | Sandton`, 'Mokoena Holdings - feedback'),

  rej('application', ['position_filled'], {},
    `Hi Pieter,

Unfortunately the client made an offer to another candidate on Friday, before your CV got to the top of their pile, and that person has accepted. So the Workshop Foreman position in Bellville is filled and they won't be reviewing any more CVs.

Thanks for your time,
Marlene van Wyk
Technical Recruitment | Capelands Personnel | Cape Town`, 'Workshop Foreman - Bellville'),

  rej('interview', ['role_closed'], {},
    `Hi Sipho,

I've just come off a call with Umgeni Packaging. After your interview with them on the 3rd, the group announced a restructure of the Durban operation, and the Production Planner role has been cancelled altogether. They've closed the vacancy and won't be appointing anyone. It's nothing to do with how you did.

Sorry to bring you this one.

Regards,
Ayesha Moodley
Manufacturing & Engineering | Tidepool Talent | Umhlanga`, 'Umgeni Packaging - role cancelled'),

  hold('interview', ['generic'], {},
    `Hi Naledi,

A quick update on the second round with Sebenza Logistics. The MD is overseas until the 20th and he wants to be in every second interview, so the process is on hold until he's back. You're still on the shortlist of three and they've asked me to reassure you nothing has been decided.

I'll confirm dates as soon as I have them.

Cheers,
Tumi Khumalo
Supply Chain | Ubuntu Recruitment | Johannesburg`, 'Sebenza - second round'),

  rej('final', ['generic'], {},
    `Hi Riaan,

I'm sorry to say that the references Veldhuis Engineering took after your final interview didn't come back the way they needed, and they've decided not to proceed with the Contracts Manager appointment. They haven't told me which reference or what was said, and I'm not able to ask for the reports.

Regards,
Charlene Botha
Engineering & Mining | Karoo Search | Pretoria`, 'Veldhuis - outcome'),

  // Australia
  rej('application', ['location'], { ...fb },
    `Hi Mateo,

Thanks for sending your resume through for the Systems Administrator role with my client in Canberra. I've spoken to their security officer: it's a Defence contract and the role needs a Baseline clearance, which can only be sponsored for Australian citizens. With you being a permanent resident but not yet a citizen, they can't put you through the vetting, so they won't progress your application.

Have a good weekend,
Brooke Halliday
Government & Defence IT | Bluegum Talent | Canberra ACT`, 'SysAdmin - Canberra'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Kirra,

I heard back from Coral Coast Disability Services after your interview on Monday. They've said no for the Team Leader position. They need their team leaders to hold a Certificate IV in Disability, and you've got the Cert III - they did say they liked you a lot and thought your rostering experience was great.

Chat soon,
Jess Fitzgerald
Community Services | Southerly Recruitment | Cairns QLD`, 'Coral Coast - Team Leader'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Daniel,

The client's psychometric results came through for the Graduate Analyst program. Your verbal reasoning was fine, but your numerical reasoning came in at the 38th percentile and their benchmark is the 60th, so unfortunately they won't be inviting you to the interview stage.

Rough one, mate - I know you had your heart set on it.

Cheers,
Hamish Doyle
Early Careers | Harbourline Talent | Sydney NSW`, 'Psych results - Graduate Analyst'),

  rej('final', ['position_filled'], { ...door },
    `Hi Sarah,

I've got an answer from Ironbark Civil after the final interviews. They offered the Project Manager role to the other finalist on Monday and she's signed. I know it's not what you wanted to hear.

Greg, the GM, asked me to pass on that he'd like to consider you for the next PM role they open - they've got two big tenders out and expect to be hiring again before Christmas, and he'll come to us first.

Speak soon,
Tahlia Morris
Construction | Redgum Recruitment | Brisbane`, 'Ironbark Civil - PM role'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Connor,

Just letting you know that the client for the Operations Coordinator role in Parramatta has come back and passed on your resume. Their view was that your background doesn't line up with what they need for this one. No more detail than that, sorry.

I'll keep you front of mind for the next coordinator role that comes across my desk and give you a call when it does.

Cheers,
Mia Kovac
Office & Admin | Westside Staffing | Parramatta NSW`, 'Operations Coordinator'),

  // United States
  hold('final', ['role_closed'], {},
    `Hi Trevor,

Wanted to give you an update on Halberd Medical after your final round last Thursday. They've decided to sit tight until Q2 - the CFO froze all new offers until the new budget year starts in April. I asked the VP directly and he said you're still their first choice and this isn't a no, they just can't extend an offer right now.

I'll check in with them every couple of weeks and keep you posted.

Best,
Kelsey Duncan
Senior Recruiter | Brightpath Staffing | Minneapolis, MN`, 'Halberd Medical - update'),

  rej('screen', ['generic'], {},
    `Hey Jamal,

Thanks again for the call on Monday. I submitted you to the client for the Accounts Payable Specialist role right after, and they passed on your profile this morning. No reason given - they're a tough one to get feedback out of.

Best,
Courtney Reyes
Recruiter | Summit Staffing Group | Charlotte, NC`, 'AP Specialist'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Alicia,

I heard back from Redwater Energy on your interview for the HR Business Partner position. The hiring manager felt that other candidates lined up more closely with what the role needs, so they won't be moving you forward.

Separately, we've got a few HR generalist openings live right now - they're all listed on our site under "Human Resources".

Thanks,
Derek Lam
Talent Consultant | Lonestar Professional Search | Houston, TX`, 'Redwater Energy - HRBP'),

  rej('interview', ['overqualified'], { ...fb },
    `Hi Patricia,

I talked to Greenleaf Property Management about your interview Tuesday. The regional manager's exact words were that she "couldn't see someone who ran a 40-building portfolio being happy as a leasing coordinator for long". They think you'd be way overqualified for it and they'd lose you inside a year, so they're passing.

I'm sorry - I did push back.

Kim Alvarez
Real Estate Staffing | Pacific Crest Recruiting | San Diego, CA`, 'Greenleaf - feedback'),

  rej('application', ['location'], { ...fb },
    `Hi Ryan,

Thanks for your interest in the Network Engineer contract with my client in Charlotte. They need someone onsite in their uptown office from day one and they're not covering relocation, and with you based in Denver and needing at least two months to move, they've said they can't consider your resume for this one.

Regards,
Shauna Pike
Technical Recruiter | Carolina IT Partners`, 'Network Engineer - Charlotte'),

  rej('interview', ['internal_candidate'], { ...door },
    `Hi Mei,

I heard back from Ridgeway Credit Union about the Financial Analyst role. After your interview they found out one of their senior tellers had finished her finance degree and applied, and they've decided to give her the role.

The controller asked me to tell you she'd like to keep you in mind for the next analyst opening - they have one budgeted for the summer - and she said she'd come back to me first when it's approved.

Best,
Tony Romano
Accounting & Finance | Allegheny Staffing | Pittsburgh, PA`, 'Ridgeway Credit Union'),

  rej('assessment', ['assessment'], {},
    `Hi Nikhil,

The client has reviewed your results on the coding test for the Backend Engineer contract and unfortunately they didn't meet the bar they've set, so they won't be scheduling interviews. They don't share scores with agencies.

Thanks for taking the time on it,
Brandon Shaw
Technical Recruiter | Apex Tech Staffing | Austin, TX`, 'Coding test - Backend Engineer'),

  rej('interview', ['culture_fit'], {},
    `Hi Gabe,

Got word back from Saltmarsh Creative on your interview with the studio director. They felt the fit with the team wasn't quite there, so they're going to keep looking. That's honestly all they told me.

Thanks for going in,
Rachel Byrne
Creative Staffing | Shoreline Talent | Boston, MA`, 'Saltmarsh Creative'),

  // Look-alikes from the same recruiters
  other(`Hi Gareth,

Hope all's well. It's been a few weeks since we last spoke, so I wanted to check in - are you still looking, and has anything changed on the salary or location side? I've got a couple of client meetings next week and would like to have your details up to date before I go in.

Cheers,
Liam Pryce
Engineering | Severn Recruitment | Newport`, 'Checking in'),

  other(`Hi Dana,

Good news - I've submitted your resume to Clearfork Health for the Senior Accountant role. Their controller reviews submissions on Thursdays, so I'd expect to hear back by the end of next week. I'll let you know either way.

Best,
Courtney Reyes
Recruiter | Summit Staffing Group | Charlotte, NC`, 'Submitted - Senior Accountant, Clearfork Health'),

  other(`Hi Zoe,

Some notes for tomorrow's interview at Carraway Homes (10:30, their Solihull office, ask for Joanne at reception):

- You'll meet Joanne Pryor (Sales Director) and Matt Ellis (Regional MD). Matt will lead.
- Expect competency questions on hitting targets and handling complaints. Have two or three numbers ready.
- They turned the last candidate down because she couldn't say why she wanted to work in new homes, so have a clear answer for that.
- Dress is smart - they're quite traditional.

Give me a call afterwards and let me know how it went.

Good luck!
Rhian
Rhian Powell | Sales Recruitment | Midland Talent`, 'Prep notes for tomorrow'),

  other(`Hi Padraig,

Great news - Shannonside Medical want to see you again! The hiring manager was really impressed and they'd like a second interview with their Operations Director, probably next Wednesday or Thursday at their Limerick site. Can you send me your availability?

Delighted for you.

Orla
Orla Brennan | Life Sciences | Atlantic Talent`, 'Second interview - Shannonside Medical'),

  other(`Hi Bongani,

The client would like to take references before they make a final decision on the Site Manager position. Could you please send me the names, roles and contact numbers of two referees, ideally including your current or most recent line manager? Please give them a heads-up that Mandla from our office will call.

Thanks,
Mandla Dube
Construction | Highveld Recruitment | Johannesburg`, 'References - Site Manager'),

  other(`Hi Chloe,

Great news - Seabreeze Hospitality want to offer you the Venue Manager role! $95,000 plus super, starting 4 August. They're sending the written contract through tomorrow. Call me when you get this and I'll run you through the details.

Congrats, well deserved!
Jade Turner
Hospitality | Sandbar People | Gold Coast QLD`, 'OFFER - Venue Manager'),

  other(`Hi Marcus,

I know you've been waiting on Delmont Foods for a while. I've chased their HR manager twice this week and haven't had a response yet, so I don't have any news either way. I'll keep at it and let you know as soon as I hear.

Thanks for your patience,
Keith
Keith Brandt | Manufacturing | Great Lakes Staffing`, 'Delmont Foods - no news yet'),

  other(`Hi Rebecca,

I know the Aldwych Pharmacy role didn't come off last month, and I'm sorry again about that. I've just taken on a Pharmacy Manager brief for an independent group in Guildford that I think suits you far better - four branches, a much more clinical focus, and they pay properly. Could we have a quick chat tomorrow?

Best,
Tom Whitcombe
Pharmacy | Surrey Healthcare Recruitment`, 'New role - Pharmacy Manager, Guildford'),

  other(`Dear Ms. Lakshmi,

Greetings from Talentwave Consulting.

Your interview with our client for the position of Process Associate (Voice) has been scheduled as below:

Date: 22 May 2025 (Thursday)
Time: 11:00 AM
Mode: Face to face
Venue: 4th Floor, Block B, Cyber Towers, Madhapur, Hyderabad

Kindly carry two copies of your updated resume and a government ID. Kindly revert with your confirmation at the earliest.

Regards,
Harini Subramanian
Talentwave Consulting, Hyderabad`, 'Interview scheduled - Process Associate'),

  other(`Hi Kevin,

Thanks for letting me know you've accepted the offer with Morrow Biotech - congrats! I've let Lakeland Labs know you're withdrawing from their process for the QC Chemist role. No problem at all; these things happen.

Keep in touch,
Shauna Pike
Carolina IT Partners`, 'Withdrawal - Lakeland Labs'),

  // ── 2. Replies in threads: the newest message decides; quoted mail below (or above) it
  // The decision on top; the invitation, the candidate's thank-you or an earlier decline quoted below
  rej('interview', ['generic'], {},
    `Hi Elena,

Thank you for coming in to meet Rob and me on Thursday. We've now spoken to everyone on the shortlist, and I'm sorry to say we've decided not to offer you the Events Coordinator role.

Thanks again for your time, and all the best.

Harriet Lomax
Operations Manager, Kettering Conference Centre

On Mon, 2 Jun 2025 at 09:14, Harriet Lomax <h.lomax@ketteringcc.co.uk> wrote:
> Dear Elena,
> Thanks for applying to be our Events Coordinator. We would like to invite you to an interview on Thursday 5 June at 2pm at the Centre. Please bring proof of your right to work in the UK.
> Kind regards,
> Harriet`, 'Re: Interview invitation - Events Coordinator'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Tom,

Thanks for your note below, and for your patience. We've now made a decision on the Junior Copywriter role, and we've gone with candidates whose portfolios were a closer match to the brand work we do day to day.

Best wishes,
Ruth

Ruth Akande | Creative Director | Fenwright Studio

From: Tom Hadley <tom.hadley@gmail.com>
Sent: Wednesday, 11 June 2025 17:48
To: Ruth Akande <ruth@fenwright.studio>
Subject: Thank you

Hi Ruth,

Thanks so much for the interview this afternoon - it was great to meet you and Sunil, and the wall of old campaign posters was brilliant. I'm really excited about the role.

Best,
Tom`, 'RE: Thank you'),

  rej('application', ['position_filled'], {},
    `Hi Grace,

I'm so sorry to do this, but I need to cancel your interview on Thursday. We made an offer to another candidate earlier this week and they've just accepted, so the Marketing Assistant role is now filled and we won't be holding any further interviews.

Apologies for the short notice, and thank you for your interest.

Kind regards,
Leanne Porter
HR Advisor, Ashdown Garden Centres

On 16 Jun 2025, at 10:05, Leanne Porter <leanne.porter@ashdowngc.co.uk> wrote:
> Hi Grace,
> We'd love to invite you for an interview for the Marketing Assistant role on Thursday 19 June at 11am at our head office in Crawley.
> Let me know if that works.
> Leanne`, 'Re: Interview - Marketing Assistant'),

  rej('final', ['skills_gap'], { ...fb },
    `Dear Kofi,

Thank you for asking, and for taking the news so graciously. I went back through the panel's notes from the final round. Your case presentation was the strongest we saw. What decided it was inspection experience: the role will lead our next two MHRA inspections, and the successful candidate has hosted four of them, while you haven't yet been the lead on one.

Kind regards,
Dr. Helen Marsh
Head of Quality, Brightwell Pharmaceuticals

-----Original Message-----
From: Kofi Asante <kofi.asante@outlook.com>
Sent: 24 June 2025 08:12
To: Marsh, Helen
Subject: RE: QA Manager - outcome

Dear Dr Marsh,

Thank you for letting me know. I'd be grateful for any feedback from the final round that might help me in future.

Kofi

-----Original Message-----
From: Marsh, Helen
Sent: 23 June 2025 16:40
To: Kofi Asante
Subject: QA Manager - outcome

Dear Kofi,

Thank you for attending the final interviews last week. I am sorry to tell you that on this occasion we will not be offering you the position.`, 'RE: QA Manager - outcome'),

  rej('interview', ['generic'], {},
    `Hi Jonas,

Thanks for writing back. Our policy is that the hiring team only writes up detailed notes for candidates who reach the second stage, so there's nothing I can pass on from your video interview, I'm afraid. I know that's frustrating to hear.

Best,
Anika Brandt
Talent Acquisition, Larkspur Analytics

On Tue, 1 Jul 2025 at 19:02, Jonas Weber <jonas.weber@posteo.de> wrote:
> Hi Anika, could you tell me anything about why I didn't progress after the video interview? Thanks.
>
> On Mon, 30 Jun 2025 at 15:20, Anika Brandt <anika@larkspur-analytics.com> wrote:
>> Hi Jonas, thank you for interviewing for the Data Analyst role. We won't be moving forward with your application.`, 'Re: Data Analyst'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Layla,

Of course. Your written exercise was marked by two assessors. The structure and tone were good, but the brief asked for a 300-word press release with a quote from the chief executive, and yours ran to 720 words with no quote, so it scored 9 out of 25 against a pass mark of 15. That was the only reason you didn't go through to interview.

Regards,
Recruitment Team
Northmoor Borough Council

> On 2 Jul 2025, at 13:45, Layla Hussain <layla.hussain@hotmail.co.uk> wrote:
>
> Dear Recruitment Team, I received the email saying I have not been shortlisted after the written exercise for the Communications Officer post. Would it be possible to see my marks?
>
>> On 1 Jul 2025, at 09:00, Recruitment Team <recruitment@northmoor.gov.uk> wrote:
>>
>> Dear Layla, thank you for completing the written exercise. Unfortunately you have not been successful on this occasion.`, 'Re: Communications Officer - written exercise'),

  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Hi Ben,

Sure. The honest version: when we asked how you'd handle a disagreement with a colleague about a design, you said you'd take it to the manager and let them decide. Here, engineers are expected to hash it out between themselves and write it up, and the team felt that's not how you like to work. Technically you were solid. If you'd like to talk it through, I'm free Friday afternoon.

Cheers,
Marta

Marta Sousa | Engineering Manager | Fernbank

On Thu, Jul 3, 2025 at 8:30 AM Ben Carver <bencarver@fastmail.com> wrote:
> Hi Marta, thanks for the update. Is there any feedback you can share from the team interview? I'd really appreciate it.
>
> On Wed, Jul 2, 2025 at 5:11 PM Marta Sousa <marta@fernbank.dev> wrote:
>> Hi Ben, thanks for spending the afternoon with the team. We've decided not to move forward.`, 'Re: Backend Engineer - update'),

  rej('screen', ['salary'], { ...fb },
    `Hi Priyanka,

Thanks for putting a number on it. I ran it past the hiring manager and we're too far apart: the most this role can pay is $118k base, and you said on our call you'd need at least $140k to make a move. Given that, I'm going to close things out here rather than take up more of your time.

Sorry - I enjoyed our chat.

Alex Moreno
Recruiter, Quillfin

On Mon, Jul 7, 2025 at 11:20 AM Priyanka Sharma <priyanka.sharma@gmail.com> wrote:
> Hi Alex, following up on our call - as I mentioned, my base expectation is $140k. Happy to discuss.`, 'Re: Product Manager - compensation'),

  rej('interview', ['position_filled'], {},
    `Hi Callum,

So sorry, I should have got back to you before now. We ended up making an offer to one of the other people we interviewed, and they've taken it, so the Assistant Manager job has gone. Thanks for coming down to the shop and for chasing politely.

Sophie

Sent from my iPhone

> On 9 Jul 2025, at 08:47, Callum Reid <callum.reid@btinternet.com> wrote:
>
> Hi Sophie, I interviewed for the Assistant Manager role on the 24th and haven't heard back. Is there any update? Thanks, Callum`, 'Re: Assistant Manager - update?'),

  rej('interview', ['internal_candidate'], { ...door },
    `Dear Ifeoma,

Thank you for your email, and apologies that it has taken us a while. Following the interviews, the panel decided to appoint one of our current team members, who has been covering the Finance Officer duties since January. We would very much like you to apply again: two further posts in the finance team will be advertised in the autumn.

Yours sincerely,
Margaret Kerr
HR Manager, Westfield Community Trust

From: Ifeoma Obi
Sent: 10 July 2025 12:30
To: Margaret Kerr
Subject: Finance Officer interview - follow up

Dear Margaret, I hope you are well. I wanted to follow up on my interview for the Finance Officer post on 27 June.`, 'RE: Finance Officer interview - follow up'),

  rej('application', ['role_closed'], {},
    `Hello Matteo,

Thanks for chasing. I'm afraid there's no longer a Junior Buyer job to fill - purchasing is moving to our Rotterdam office and the Utrecht vacancy was taken off the plan last month, so no applications for it will go any further. I'm sorry it took your email for us to tell you.

Kind regards,
Inge de Vries
HR Officer, Tolhuis Trading B.V.

-----Original Message-----
From: Matteo Ricci <matteo.ricci@libero.it>
Sent: Monday, 14 July 2025 08:03
To: jobs@tolhuis.nl
Subject: Junior Buyer application

Good morning, I applied for the Junior Buyer position on 2 June and wanted to ask whether it is still being considered.`, 'RE: Junior Buyer application'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Aisha,

It was a pleasure to have you with us for the final round on Tuesday. The panel has chosen another finalist, whose background sat a little nearer to what the role needs; it was not an easy call. Please do look at our careers page next year, when we'll be building out the senior commercial team - we'd be glad to hear from you again.

Warm regards,
Lena Fischer
Talent Partner, Oakhaven Hotels

On Mon, 7 Jul 2025 at 10:00, Lena Fischer <lena.fischer@oakhavenhotels.com> wrote:
> Dear Aisha, congratulations! You are one of three candidates invited to the final round for the Revenue Manager position on Tuesday 15 July.`, 'Re: Revenue Manager - final round'),

  rej('interview', ['skills_gap'], { ...fb },
    `Natalie - Colin's answer is below. Gutted for you. Free for a call after 9 tomorrow?

Jack Hollis
Spire Construction Recruitment

---------- Forwarded message ---------
From: Colin Barrett <c.barrett@harlingbuild.co.uk>
Date: Tue, 15 Jul 2025 at 16:42
Subject: RE: Natalie Greene - Site Manager
To: Jack Hollis <jack@spire-recruit.co.uk>

Jack,
Good meeting on Monday and she clearly knows a site. Problem is the SMSTS - she hasn't got it, and the principal contractor on this job won't let anyone run the site without it from the first day. So it's a pass from us.
Colin`, 'Fwd: RE: Natalie Greene - Site Manager'),

  rej('final', ['location'], { ...fb },
    `Omar, the Westcroft decision came in this morning, and it isn't the one we wanted - Jenna's email is underneath. I'm around all afternoon if you want to talk.

Tasha Briggs
Principal Consultant, Greenaway Search

-----Original Message-----
From: Jenna Holt <jenna.holt@westcroft.co.uk>
Sent: 17 July 2025 09:22
To: Tasha Briggs
Subject: Omar Haddad - final

Hi Tasha,
Everyone on the final panel rated Omar. The sticking point is attendance: he said on the day that Reading is one day a week at most for him, and we need our team leads in the office four days. We won't be offering.
Jenna`, 'FW: Omar Haddad - final'),

  rej('application', ['generic'], {},
    `Hi Daniel,

Sam has now reviewed the applications for the Studio Assistant post - his note is below. Thank you for applying.

Best,
Ellie
Office Manager, Pellworth Architects

---------- Forwarded message ---------
From: Sam Pellworth <sam@pellworth.co.uk>
Date: Fri, 18 Jul 2025 at 12:10
Subject: Studio Assistant - shortlist
To: Ellie Chandler <ellie@pellworth.co.uk>

Ellie - could you let Daniel Moss know we won't be taking his application further? Thanks. Sam`, 'Fwd: Studio Assistant - shortlist'),

  rej('interview', ['overqualified'], { ...fb },
    `Hi Linda,

What a kind message - thank you. Alan and I talked it over at length, and we've decided not to offer you the Office Administrator job. You ran an entire practice for two decades; this post is filing, diary and phones, and we honestly think you'd find it too small within a few months.

With best wishes,
Claire Hodge
Partner, Hodge & Rennie Solicitors

On 21 Jul 2025, at 18:05, Linda Marsh <lindamarsh@sky.com> wrote:
> Dear Claire, thank you for the interview this morning - I really enjoyed meeting you and Alan.`, 'Re: Thank you'),

  rej('interview', ['generic'], {},
    `Dear Karim,

Thank you for interviewing with us for the Data Analyst position last week. I'm sorry to be writing to you a second time with disappointing news: we have decided to progress other candidates to the final stage.

We appreciate the time you've given us across both applications.

Regards,
Talent Acquisition
Redmere Building Society

-----Original Message-----
From: Talent Acquisition
Sent: 3 April 2025 10:15
To: Karim Mansour
Subject: Your application - Graduate Analyst

Dear Karim, thank you for your application for the Graduate Analyst programme. Unfortunately we will not be taking your application further on this occasion.`, 'RE: Your application - Graduate Analyst'),

  rej('assessment', ['generic'], {},
    `Hi Sara,

Thanks for turning the take-home around so quickly. The team has now reviewed all the submissions and we've decided to move ahead with other candidates for the next stage.

Thanks again for your time,
Daniel Ocampo
Design Lead, Pinegrove

On Sun, Jul 20, 2025 at 9:14 PM Sara Lindqvist <sara.lindqvist@gmail.com> wrote:
> Hi Daniel, attached is my take-home for the Product Designer role. Looking forward to hearing your thoughts!`, 'Re: Take-home submission'),

  rej('final', ['position_filled'], {},
    `Dear Rohan,

Thank you for attending the final panel on 22 July. We have now offered the Head of Finance position to another candidate, who has accepted. I'm sorry the news isn't better.

Kind regards,
Fiona McLeod
People Director, Greyfriars Group

From: Fiona McLeod
Sent: Monday, 14 July 2025 11:02
To: Rohan Mehta
Subject: Final panel - Head of Finance

Dear Rohan, I am pleased to invite you to the final panel for the Head of Finance position on Tuesday 22 July at 10:00.`, 'RE: Final panel - Head of Finance'),

  rej('screen', ['location'], { ...fb },
    `Hi Joana,

Good to speak on Tuesday. On the question you sent afterwards: I checked with People Ops, and the Support Specialist has to be employed through our Canadian entity, which means living in Canada - we have no way to hire anyone based in Portugal. So unfortunately we'll have to stop here.

All the best,
Kevin Tremblay
Talent Partner, Northlight Software

On Tue, Jul 22, 2025 at 2:05 PM Joana Silva <joana.silva@sapo.pt> wrote:
> Hi Kevin, thanks for the call today! One thing I forgot to ask - I live in Lisbon; would I be able to do the job from here?`, 'Re: Our call'),

  rej('interview', ['role_closed'], {},
    `Hi Ahmed,

Bad timing, and I'm sorry. Two days after your interview, finance told us the Field Marketing Manager headcount has been cut from this year's plan, so there's no role to offer anyone. We're closing the search.

Rachel Osei
Head of Marketing, Kinloch Outdoor

On Thu, Jul 10, 2025 at 2:00 PM Rachel Osei <rachel@kinlochoutdoor.com> wrote:
> Hi Ahmed, confirming your interview with me and Graham on Wednesday 16 July at 11:00 at the Glasgow office.`, 'Re: Interview confirmation'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Chidi,

Thank you for your question. Yes, the Senior Tax Associate position requires a CPA licence (or eligibility to sit the exam within six months), and your application shows neither. For that reason we are not able to take it forward.

Regards,
Human Resources
Bellamy Hart LLP

-----Original Message-----
From: Chidi Okeke
Sent: 28 July 2025 07:41
To: careers@bellamyhart.com
Subject: Senior Tax Associate

Hello, does the Senior Tax Associate role require a CPA, or is an ACCA accepted?`, 'RE: Senior Tax Associate'),

  rej('final', ['generic'], { ...offered },
    `Hi Jess,

Thank you for your lovely note. I'm sorry to tell you that after the final interviews we've decided to offer the role to someone else. If it would help to hear what the panel said, give me a ring any afternoon next week and I'll go through it with you.

Best,
Caroline

On 29 Jul 2025, at 17:30, Jess Parry <jess.parry@icloud.com> wrote:
> Hi Caroline, thank you for today's final interview - I really enjoyed meeting the directors.`, 'Re: Thank you'),

  rej('interview', ['profile_mismatch'], {},
    `> On 30 Jul 2025, at 09:12, Yusuf Demir <yusuf.demir@gmail.com> wrote:
> Hi Paul, hope the week's going well. Just wondering if you'd reached a decision after Monday's interview for the warehouse team leader post?

Morning Yusuf. Yes, we have - we've picked someone whose background matched the job a bit more closely, so it's not one for you this time. Thanks for coming along.

Paul`, 'Re: Warehouse Team Leader'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Wiktor,

Fair question. What tipped it was Revit: the practice runs every project in it, and in the portfolio review you mentioned you'd only used it on one small scheme and worked mostly in ArchiCAD. Everything else we'd have been happy with.

Best regards,
Ingrid Sandvik
Associate Director, Fjellhus Arkitekter

On Tue, 5 Aug 2025 at 09:40, Wiktor Zielinski <w.zielinski@onet.pl> wrote:
> Hi Ingrid, thank you for the email. Was there something specific that counted against me?
>
> On Mon, 4 Aug 2025 at 16:55, Ingrid Sandvik <ingrid@fjellhus.no> wrote:
>> Dear Wiktor, thank you for meeting us for the Architectural Technologist role. We have decided to continue with applicants whose experience is a closer fit.`, 'Re: Architectural Technologist'),

  rej('interview', ['salary', 'overqualified'], { ...fb },
    `Marcy - pasting Dev's reply below. Not the news we were hoping for; ring me when you've had a chance to read it.

Sent from my iPhone

Begin forwarded message:

From: "Dev Kapoor" <dev.kapoor@ashgrovebakeries.com>
Date: 6 August 2025 at 11:27:04 BST
To: "Owen Price" <owen@brightmoor-exec.co.uk>
Subject: Marcy Lyle

Owen, thanks for bringing Marcy in on Friday. She's a very capable operator, but she's been a site director for ten years and this is a night shift supervisor's job - we'd lose her to boredom. And she'd need around £15k more than the role pays. We'll leave it there.
Dev`, 'Fwd: Marcy Lyle'),

  // Paused processes in threads
  hold('interview', ['role_closed'], {},
    `Hi Daniela,

Sorry it's gone quiet since your second interview. The Lead Designer role is parked until the board approves the new headcount plan at the end of September. Nobody has been offered anything and you're still on our shortlist - I'll be in touch the moment it's approved.

Marcus

On Mon, 11 Aug 2025 at 09:00, Daniela Rossi <daniela.rossi@gmail.com> wrote:
> Hi Marcus, I hope you're well. Is there any news since the second interview?`, 'Re: Lead Designer'),

  hold('final', ['generic'], {},
    `Dear Bernadette,

Thank you for your note. We have put the decision on the Director of Nursing appointment on hold until the Chief Executive is back from leave on 1 September, as she wants to meet both remaining candidates again. You are one of the two, and no decision has been made.

Kind regards,
Alan Purvis
Head of Executive Recruitment, Thornbury Health Partnership

-----Original Message-----
From: Bernadette Quinn
Sent: 12 August 2025 11:14
To: Alan Purvis
Subject: Final interview - follow-up

Dear Alan, I wanted to follow up after the final interview on 6 August.`, 'RE: Final interview - follow-up'),

  hold('application', ['role_closed'], {},
    `Hi Tariq - forwarding this from our HR team, as it affects your application. Nothing has been decided about you; I'll be in touch when it's lifted.

Rosa

---------- Forwarded message ---------
From: HR Operations <hr@kestrelmarine.com>
Date: Wed, 13 Aug 2025 at 08:30
Subject: Recruitment pause
To: Hiring Managers

All recruitment to vacancies not yet at interview stage is paused until 30 September pending the outcome of the cost review. Applications received will be held and reviewed once recruitment resumes.`, 'Fwd: Recruitment pause'),

  // Look-alikes: the newest message thanks, schedules, asks, or passes something on
  other(`Hi Sophie,

Thanks for letting me know, and for being so quick to tell me. Of course I'm disappointed, but I really enjoyed meeting the team. I'd love to be considered if anything else comes up.

Best wishes,
Nathan

On Wed, 6 Aug 2025 at 16:12, Sophie Trent <sophie.trent@bramblecourt.co.uk> wrote:
> Dear Nathan,
> Thank you for interviewing for the Assistant Practice Manager role. I'm sorry to tell you that we have decided to offer the position to another candidate.
> Kind regards,
> Sophie`, 'Re: Assistant Practice Manager'),

  other(`Dear Ms Osei,

Thank you for your email. I was disappointed to hear the news, but I appreciate you letting me know so promptly. If possible, could you share any feedback from the panel? I'd find it very useful for the next interviews I have lined up.

Kind regards,
Abena Mensah

-----Original Message-----
From: Osei, Grace
Sent: 07 August 2025 15:02
To: Abena Mensah
Subject: Clinical Audit Facilitator - interview outcome

Dear Abena,
Thank you for attending interview on Tuesday. I regret to inform you that you have not been successful on this occasion.`, 'RE: Clinical Audit Facilitator - interview outcome'),

  other(`Hi Farhan,

Yes, absolutely - I've got Wednesday at 11 or Friday at 3 free for a twenty-minute call to run through what the interviewers wrote. Tell me which you'd prefer and I'll send a Zoom link.

Jo

On Mon, 11 Aug 2025 at 08:02, Farhan Ali <farhan.ali@outlook.com> wrote:
> Hi Jo, thanks for the email on Friday. Would it be possible to hear the interviewers' feedback?
>
> On Fri, 8 Aug 2025 at 17:00, Jo Whitaker <jo@ravensworth.co.uk> wrote:
>> Hi Farhan, thank you for interviewing for the Customer Insight Analyst role. I'm sorry to say we won't be taking your application any further.`, 'Re: Customer Insight Analyst'),

  other(`Hi Laura,

Thursday at 2pm works perfectly for me. I'll come to the Leeds office and ask for you at reception. Thanks again for the opportunity!

Best,
Kwame

On Tue, 12 Aug 2025 at 10:40, Laura Finch <laura.finch@haverleigh.co.uk> wrote:
> Hi Kwame,
> Thanks for applying for the Payroll Officer role. We'd like to invite you to interview - would Thursday 14 August at 2pm suit?
> Laura`, 'Re: Payroll Officer interview'),

  other(`Hi Ruairi - thank you, that's really kind of you. The whole panel enjoyed the conversation too. We're seeing our last two candidates on Monday and I'll be in touch with everyone by the following Friday.

Best,
Mairead

On 13 Aug 2025, at 18:12, Ruairi Flynn <ruairi.flynn@gmail.com> wrote:
> Hi Mairead, just a quick note to say thanks for this afternoon's interview. I came away even keener on the Youth Worker role.`, 'Re: Thanks'),

  other(`Hi Chanel,

I don't know if you remember, but you applied for our Bookkeeper job in the spring. That one didn't work out, but a Payroll & Accounts Assistant role has just come up and your CV would suit it well. Would you like me to put you forward for an interview next week?

Best,
Marie Okonjo
Office Manager, Hallam & Reece

On Tue, 8 Apr 2025 at 10:02, Marie Okonjo <marie@hallamreece.co.uk> wrote:
> Dear Chanel, thank you for applying for the Bookkeeper position. Unfortunately we have decided not to take your application further on this occasion.`, 'Re: Your application - Hallam & Reece'),

  other(`---------- Forwarded message ---------
From: Holly Greaves <holly.greaves@gmail.com>
Date: Fri, 15 Aug 2025 at 21:05
Subject: Fwd: Your application - Trainee Surveyor
To: Careers Service <careers@westmoor.ac.uk>

Hi, I'm a final-year Geography student. I got the email below and I'm not sure whether it means I've been rejected or just not shortlisted yet - could I book an appointment to go through it and my CV?

Thanks,
Holly

> Dear Holly,
> Thank you for your application for the Trainee Surveyor scheme. We have now completed our review and regret that your application will not be progressed further on this occasion.
> Tanner & Blyth Chartered Surveyors`, 'Fwd: Your application - Trainee Surveyor'),

  other(`Hi Ravi, the logistics for Monday's second interview are in Greta's email below. Shout if anything's unclear - and good luck.

Kieran
Kieran Walsh | Freight & Logistics | Harbourside Recruitment

---------- Forwarded message ---------
From: Greta Olsen <greta.olsen@marlowfreight.com>
Date: Mon, 18 Aug 2025 at 09:12
Subject: Ravi Patel - second interview
To: Kieran Walsh <kieran@harbourside-recruitment.co.uk>

Kieran - Ravi's second interview is confirmed for Monday 25 August at 10:00 with our COO, at the Felixstowe office. He should bring his passport for the right-to-work check.`, 'Fwd: Ravi Patel - second interview'),

  other(`Dear Mr Okoro,

Thank you for sending the details of your two referees so promptly. We have now contacted them and will be in touch once both references have been returned.

Kind regards,
Pre-Employment Team
Riverside University Hospitals NHS Trust

-----Original Message-----
From: Pre-Employment Team
Sent: 18 August 2025 09:30
To: Daniel Okoro
Subject: Healthcare Assistant - references required

Dear Daniel, congratulations on your conditional offer. Please provide contact details for two referees covering the last three years.`, 'RE: Healthcare Assistant - references required'),

  other(`Hi Grace,

I'm sorry to let you know I've decided to withdraw from the process for the Account Manager role - I've accepted an offer elsewhere that is closer to home. Thank you so much for the invitation below, and for your time.

Best wishes,
Amira

On Tue, 19 Aug 2025 at 11:00, Grace Lin <grace.lin@porthleven.io> wrote:
> Hi Amira, we'd like to invite you to the final round for the Account Manager role next Wednesday. Could you let me know your availability?`, 'Re: Final round - Account Manager'),

  other(`Hey Leon,

Got the writing samples, thanks - all three links open fine. I'll share them with Priti and Dom before Thursday's chat.

Cheers,
Anya
Content Lead, Marlowe Travel

On Sun, 17 Aug 2025 at 21:33, Leon Carter <leon.carter@proton.me> wrote:
> Hi Anya, as promised, here are three writing samples ahead of the interview for the Content Writer role.`, 'Re: Writing samples'),

  other(`Dear Ms. Hartley,

Thank you for your reply. I'm delighted to accept the offer of the Senior Pharmacist position and confirm my start date of Monday 6 October. I've signed and returned the contract through the portal.

Kind regards,
Farah Iqbal

-----Original Message-----
From: Hartley, Joanne
Sent: 20 August 2025 14:15
To: Farah Iqbal
Subject: Offer of employment - Senior Pharmacist

Dear Farah, I am pleased to offer you the position of Senior Pharmacist, subject to satisfactory pre-employment checks.`, 'RE: Offer of employment - Senior Pharmacist'),

  other(`Dear Thomas,

Please disregard the email you received from us this morning. It was sent in error by our applicant tracking system during an upgrade. Your application for the Laboratory Technician role is still under review and no decision has been made.

We apologise for any confusion.

Kind regards,
Talent Acquisition
Helix Diagnostics

On 21 Aug 2025, at 07:02, Helix Diagnostics <no-reply@helixdx.com> wrote:
> Dear Thomas, thank you for your interest in Helix Diagnostics. We regret to inform you that we will not be proceeding with your application.`, 'Re: Your application - Laboratory Technician'),

  other(`Amelia - brilliant news underneath. They want you in for a first interview. Are Tuesday or Wednesday mornings any good?

Priya Chauhan
Legal Support | Temple Lane Recruitment

---------- Forwarded message ---------
From: Stuart Gillespie <s.gillespie@gillespiewhyte.co.uk>
Date: Thu, 21 Aug 2025 at 16:12
Subject: RE: Amelia Hart - Legal Secretary
To: Priya Chauhan <priya@templelane.co.uk>

Priya, thanks for Amelia's CV - exactly what we've been looking for on paper. Could you arrange an interview for next week?
Stuart`, 'Fwd: RE: Amelia Hart - Legal Secretary'),

  other(`Hi Ingrid,

Thank you for taking the time to explain - that's genuinely helpful, and the point about Revit is fair. I've signed up for a course this autumn.

Best,
Wiktor

On Wed, 6 Aug 2025 at 10:15, Ingrid Sandvik <ingrid@fjellhus.no> wrote:
> Hi Wiktor,
> Fair question. What tipped it was Revit: the practice runs every project in it, and you'd only used it on one small scheme.
>
> On Tue, 5 Aug 2025 at 09:40, Wiktor Zielinski <w.zielinski@onet.pl> wrote:
>> Hi Ingrid, thank you for the email. Was there something specific that counted against me?`, 'Re: Architectural Technologist'),

  other(`Dear Priya,

Thank you for your kind note. I'm pleased to confirm the arrangements for your final interview below.

Date: Thursday 28 August 2025
Time: 13:30 - 15:30
Location: Aldgate House, 3rd floor, London EC3
Panel: Helen Ward (Director of Finance), Marcus Obi (Head of Audit)

Please bring photo ID. Let me know if you need any adjustments.

Kind regards,
Janet Cole
HR Coordinator, Harcastle Insurance

From: Priya Nair
Sent: 22 August 2025 08:40
To: Janet Cole
Subject: RE: Final interview - Internal Audit Manager

Dear Janet, thank you very much - I'm delighted to be invited to the final stage and look forward to it.`, 'RE: Final interview - Internal Audit Manager'),

  // ── 3. Very short: phones, chat notes pasted into mail, LinkedIn messages
  rej('application', ['generic'], {},
    `Hi Sam - sorry, we've gone a different direction on this one. All the best with the search!`, 'Junior Producer'),

  rej('application', ['generic'], {},
    `Hey Lily, thanks for applying. Not moving forward on this one I'm afraid. Best of luck!

Sent from my iPhone`, undefined),

  rej('application', ['generic'], { ...door },
    `Hi Oren - not moving forward on the junior designer role, sorry. I'll message you as soon as we open the next one though, we're hiring again in the new year.`, 'LinkedIn message from Talia Brook'),

  rej('application', ['role_closed'], {},
    `Role's been pulled, sorry Kai. Budget thing, nothing to do with you.`, 'ops coordinator'),

  rej('application', ['internal_candidate'], {},
    `Hi Meg, just to let you know we filled the receptionist job internally. Thanks for dropping your CV in.

Tina
Sent from my Samsung Galaxy`, 'Receptionist job'),

  other(`Can we move tomorrow's call to 3? Something's come up at 11. Same Zoom link. - Dev`, 'tomorrow'),

  other(`Offer's in your inbox! Have a read and shout with any questions 🎉

Rach`, 'Offer!'),

  rej('interview', ['generic'], { ...offered },
    `[Slack Connect message from Priya Raman, Engineering Manager, Quarry Labs]
hey Jonah - team's decided to pass after your pairing interview with Sam and me yesterday, sorry! happy to share my notes from it if that's useful, just reply here`, 'Pairing session - update'),

  rej('screen', ['position_filled'], {},
    `Hi Alana, sorry - since our call on Monday the role's been filled - our offer was accepted yesterday. Thanks so much for your time.

Sent from Outlook for iOS`, 'Account Executive'),

  hold('final', ['role_closed'], {},
    `Hey Nico - hiring freeze until January, just announced. You're still our top pick after the final round, so please hang tight. Will update you the minute it lifts.`, 'Quick update'),

  other(`Thanks for coming in today! Lovely to meet you. We'll be in touch by Friday either way. - Jo`, 'Today'),

  rej('interview', ['internal_candidate'], {},
    `Sorry Dan, after your interview they went with the internal guy. Gutted for you. Speak tomorrow. - Steve (Copperfield Recruitment)`, undefined),

  other(`Got your CV, thanks - I'll pass it to Mark today.

Sent from my iPad`, 'Re: CV'),

  rej('assessment', ['assessment'], {},
    `Hi Tom - your take-home didn't clear the bar this time, sorry. Thanks for the effort you put in.`, 'Take-home'),

  rej('final', ['position_filled'], {},
    `We offered it to the other finalist and she's said yes. Thank you for everything you put into the final round, Ama - truly.

Nkechi`, 'Operations Lead'),

  rej('application', ['location'], { ...fb },
    `Hi Sacha, sorry - this one's US-only and we can't hire in Canada yet. Thanks for applying!`, 'LinkedIn message from Jordan Pike'),

  rej('screen', ['salary'], { ...fb },
    `After our call I checked with the client: they can't get to 90k, their max is 75k. Sorry mate, not one for you. - Lewis`, 'client came back'),

  other(`Are you free for a quick call at 4? Have a role I want to run past you.`, 'LinkedIn message from Owen Grady'),

  other(`Reminder: interview tomorrow 10:00, 3rd floor, ask for Sunita at reception. Good luck!`, 'Interview tomorrow'),

  rej('interview', ['generic'], { ...door },
    `Hi Aisha, the team went with another candidate after the interviews. Really enjoyed meeting you - I'll reach out when we open the next role on the data team.`, 'LinkedIn message from Kerry Walsh'),

  hold('application', ['role_closed'], {},
    `Hi Ben, we've paused hiring on the Support Engineer role for a few weeks while budgets are confirmed. Your application's still live - no need to reapply.`, 'Support Engineer'),

  rej('interview', ['overqualified'], { ...fb },
    `Honestly, you'd be bored in a month - you've run a team of 20 and this is a solo junior post. So it's a no from us after today, but thank you for coming in.

Sent from my iPhone`, 'Today'),

  other(`Withdrawn as requested - good luck at the new place! 👋`, 'Re: withdrawing'),

  other(`Got it, thanks! Talk Monday.`, 'Re: availability'),

  rej('application', ['position_filled'], {},
    `This one's filled, sorry Marta! The ad should have come down last week.`, 'Re: Bar staff'),

  other(`You've been moved to the next stage! Check your email for the test link - it's open for 5 days.`, 'Good news'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Ji-woo, after your interview the team felt other candidates were a closer match for the role. Thanks so much for your time.

Mina`, 'Re: Interview'),

  rej('application', ['skills_gap'], { ...fb },
    `Need someone with a counterbalance forklift licence for these shifts unfortunately, so I can't put you on them. Sorry Kev.`, 'warehouse shifts'),

  rej('final', ['generic'], {},
    `Hey Hassan - the panel went the other way after the final. Really sorry. Thanks for sticking it out through four rounds.`, 'update'),

  other(`[Teams chat, 09:12] Joel Mensah: still good for the onsite at 2? reception will have a badge for you`, 'Onsite today'),

  // ── 4. Long formal letters: the one sentence that matters in the middle, beside twins without it
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Dr Mwangi,

Lecturer in Criminology (Teaching and Research), School of Law and Social Justice - Ref. ALD-04417

Thank you for attending the interview and presentation for the above post on Wednesday 11 June 2025. On behalf of the School, I would like to thank you for the time and preparation you gave to the process, and for the care with which you answered the panel's questions.

The panel met on the day to consider all five shortlisted candidates against the essential and desirable criteria set out in the person specification. Each candidate was assessed on the written application, the twenty-minute presentation on future research plans, and the panel interview, and the panel reached its decision by consensus in line with the University's Recruitment and Selection Policy.

I am sorry to say that the panel has not selected you for the post. The panel asked me to let you know that the deciding criterion was teaching leadership: the post requires experience of convening a module at postgraduate level, and your application and answers showed undergraduate seminar teaching only. In all other respects the panel considered your research plans well developed.

The University is committed to equality of opportunity, and all selection decisions are monitored by Human Resources. Information you provided for monitoring purposes has been held separately from your application and was not seen by the panel.

Your personal data will be retained for six months from the date of this letter in accordance with the University's Recruitment Privacy Notice, after which it will be securely destroyed.

Thank you once again for your interest in the University of Aldersey.

Yours sincerely,

Professor Catherine Ellwood
Head of School, Law and Social Justice
University of Aldersey`, 'Lecturer in Criminology - ALD-04417'),

  rej('interview', ['generic'], {},
    `Dear Dr Castellanos,

Lecturer in Criminology (Teaching and Research), School of Law and Social Justice - Ref. ALD-04417

Thank you for attending the interview and presentation for the above post on Wednesday 11 June 2025. On behalf of the School, I would like to thank you for the time and preparation you gave to the process, and for the care with which you answered the panel's questions.

The panel met on the day to consider all five shortlisted candidates against the essential and desirable criteria set out in the person specification. Each candidate was assessed on the written application, the twenty-minute presentation on future research plans, and the panel interview, and the panel reached its decision by consensus in line with the University's Recruitment and Selection Policy.

I am sorry to say that the panel has not selected you for the post. The standard of candidates was very high, and the panel had a difficult decision to make.

The University is committed to equality of opportunity, and all selection decisions are monitored by Human Resources. Information you provided for monitoring purposes has been held separately from your application and was not seen by the panel.

Your personal data will be retained for six months from the date of this letter in accordance with the University's Recruitment Privacy Notice, after which it will be securely destroyed.

Thank you once again for your interest in the University of Aldersey.

Yours sincerely,

Professor Catherine Ellwood
Head of School, Law and Social Justice
University of Aldersey`, 'Lecturer in Criminology - ALD-04417'),

  rej('interview', ['generic'], { ...offered },
    `Dear Chiamaka,

Staff Nurse (Band 5) - Acute Medical Unit - Job Reference 298-AMU-0625

Thank you for attending an interview for the above post at Wrexley General Hospital on 18 June 2025.

All candidates were interviewed by the same panel and asked the same core questions, which were scored against the criteria in the job description and person specification. The panel also took into account the values-based questions, which are used for all clinical roles across the Trust.

Following careful consideration, I regret to inform you that on this occasion your application has not been successful. If you would like feedback on your interview, please contact the ward manager, Sister Rachel Ogden, on 01632 960 418 within 28 days of this letter, and she will arrange a time to discuss it with you.

Please note that this letter relates only to the vacancy above. Any other applications you have submitted to the Trust will be considered separately, and you will be contacted by the relevant recruiting manager.

Your application will be retained in accordance with the Trust's records management policy, and you can view or withdraw it at any time through your account.

Thank you for your interest in working for Wrexley and District NHS Foundation Trust.

Yours sincerely,

Medical Staffing and Recruitment
Wrexley and District NHS Foundation Trust`, 'Staff Nurse (Band 5) - AMU - interview outcome'),

  rej('interview', ['generic'], {},
    `Dear Oluwaseun,

Staff Nurse (Band 5) - Acute Medical Unit - Job Reference 298-AMU-0625

Thank you for attending an interview for the above post at Wrexley General Hospital on 18 June 2025.

All candidates were interviewed by the same panel and asked the same core questions, which were scored against the criteria in the job description and person specification. The panel also took into account the values-based questions, which are used for all clinical roles across the Trust.

Following careful consideration, I regret to inform you that on this occasion your application has not been successful.

Please note that this letter relates only to the vacancy above. Any other applications you have submitted to the Trust will be considered separately, and you will be contacted by the relevant recruiting manager.

Your application will be retained in accordance with the Trust's records management policy, and you can view or withdraw it at any time through your account.

Thank you for your interest in working for Wrexley and District NHS Foundation Trust.

Yours sincerely,

Medical Staffing and Recruitment
Wrexley and District NHS Foundation Trust`, 'Staff Nurse (Band 5) - AMU - interview outcome'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Applicant,

Campaign 381244 - Executive Officer, Regional Casework Team (Leeds, Manchester, Newcastle)

Thank you for your application for the above role with the Department for Regional Infrastructure.

As set out in the job advert, all applicants who met the minimum eligibility requirements were invited to complete the Civil Service Judgement Test (CSJT) online. The test is used to sift applications where a campaign attracts a high volume of candidates, and candidates' results are considered in merit order against a pass mark set by the vacancy holder before any results are seen.

We are sorry to let you know that your application has not progressed beyond this stage. Your score on the Civil Service Judgement Test was 42%, and the pass mark for this campaign was 58%. As a result, your application has not progressed to the behaviour and experience sift or to interview.

You may use your CSJT result for other Civil Service vacancies that accept it for the next 12 months. Further information on the test, including practice materials, is available on Civil Service Jobs.

If you have any questions about this campaign, please contact the vacancy holder using the details in the advert, quoting the campaign reference above. If you feel that your application has not been treated in accordance with the Civil Service Commission's Recruitment Principles, you can make a complaint through the procedure described in the advert.

Yours faithfully,

Government Recruitment Service
on behalf of the Department for Regional Infrastructure`, 'Civil Service Jobs - Campaign 381244 - outcome'),

  rej('assessment', ['assessment'], {},
    `Dear Applicant,

Campaign 381244 - Executive Officer, Regional Casework Team (Leeds, Manchester, Newcastle)

Thank you for your application for the above role with the Department for Regional Infrastructure.

As set out in the job advert, all applicants who met the minimum eligibility requirements were invited to complete the Civil Service Judgement Test (CSJT) online. The test is used to sift applications where a campaign attracts a high volume of candidates, and candidates' results are considered in merit order against a pass mark set by the vacancy holder before any results are seen.

We are sorry to tell you that your result on the test did not reach the pass mark for this campaign, and your application has therefore not progressed to the behaviour and experience sift or to interview.

You may use your CSJT result for other Civil Service vacancies that accept it for the next 12 months. Further information on the test, including practice materials, is available on Civil Service Jobs.

If you have any questions about this campaign, please contact the vacancy holder using the details in the advert, quoting the campaign reference above. If you feel that your application has not been treated in accordance with the Civil Service Commission's Recruitment Principles, you can make a complaint through the procedure described in the advert.

Yours faithfully,

Government Recruitment Service
on behalf of the Department for Regional Infrastructure`, 'Civil Service Jobs - Campaign 381244 - outcome'),

  rej('application', ['location'], { ...fb },
    `Dear Ms Alves,

Campaign 379902 - Higher Executive Officer, Border Systems Assurance

Thank you for your interest in the above role with the Department for Regional Infrastructure and for the time you took over your application.

Before the sift, every application is checked against the eligibility requirements set out in the advert, including the Civil Service Nationality Rules and any security vetting requirement attached to the post. This check is carried out by the Government Recruitment Service and not by the sift panel.

This post is a reserved post: because of its access to border security systems, it is open only to British nationals, and the successful candidate must also obtain Security Check (SC) clearance. In your application you told us that you hold Brazilian nationality only. We are therefore unable to consider your application for this role.

Many Civil Service roles are open to Commonwealth citizens, nationals of the EU and certain other groups, and you may wish to look at current vacancies that are not reserved posts.

This mailbox is not monitored, so please do not reply to this email. If you have a question about the nationality rules, please refer to the guidance on Civil Service Jobs.

Yours faithfully,

Government Recruitment Service
on behalf of the Department for Regional Infrastructure`, 'Civil Service Jobs - Campaign 379902 - eligibility'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Harvey,

Thank you for attending the assessment centre for the Aldmoor Bank 2026 Graduate Programme (Risk and Compliance stream) at our Canary Wharf office on 24 June 2025.

The assessment centre consisted of a group exercise, a written case study, a presentation and a competency interview, each observed by trained assessors from across the business. After the event the assessors met to review the evidence for every candidate, and final decisions were made against our graduate competency framework and the number of places available in each stream.

We regret to inform you that you have not been selected for an offer this year. The assessors felt that other candidates demonstrated a closer match to the competencies for the Risk and Compliance stream. We would like to encourage you to apply for our 2027 programme when applications open in September - many of our graduates join us on their second application - and your online test results can be carried forward for one recruitment cycle.

Please be aware that we are unable to provide individual feedback on assessment centre performance due to the volume of candidates. Your data will be processed in line with the Aldmoor Bank Candidate Privacy Notice.

Thank you again for your interest in Aldmoor Bank, and we wish you every success in your final year of study.

Kind regards,

Early Careers Recruitment
Aldmoor Bank plc`, 'Aldmoor Bank Graduate Programme 2026 - assessment centre outcome'),

  rej('final', ['profile_mismatch'], {},
    `Dear Imogen,

Thank you for attending the assessment centre for the Aldmoor Bank 2026 Graduate Programme (Risk and Compliance stream) at our Canary Wharf office on 24 June 2025.

The assessment centre consisted of a group exercise, a written case study, a presentation and a competency interview, each observed by trained assessors from across the business. After the event the assessors met to review the evidence for every candidate, and final decisions were made against our graduate competency framework and the number of places available in each stream.

We regret to inform you that you have not been selected for an offer this year. The assessors felt that other candidates demonstrated a closer match to the competencies for the Risk and Compliance stream.

Please be aware that we are unable to provide individual feedback on assessment centre performance due to the volume of candidates. Your data will be processed in line with the Aldmoor Bank Candidate Privacy Notice.

Thank you again for your interest in Aldmoor Bank, and we wish you every success in your final year of study.

Kind regards,

Early Careers Recruitment
Aldmoor Bank plc`, 'Aldmoor Bank Graduate Programme 2026 - assessment centre outcome'),

  rej('interview', ['role_closed'], { ...door },
    `Dear Mr Thornton,

Post: Senior Planning Officer (Grade 9), Place Directorate - Ref. PL/0419

I am writing further to your interview for the above post on 3 July 2025.

As you may be aware from local press coverage, the Council's Cabinet agreed on 15 July a revised structure for the Place Directorate as part of the Medium Term Financial Strategy. Under the new structure, the Senior Planning Officer post has been deleted, and its duties will be shared between the remaining Principal and Planning Officer posts.

I am sorry to inform you that we are therefore withdrawing the vacancy and will not be making an appointment. This decision relates solely to the budget position and is not a reflection on your interview. With your agreement, we will keep your application on file for six months and contact you directly if a planning post at a similar level is advertised during that time.

The Council operates a redeployment policy for its own staff at risk of redundancy, and any vacancies arising from the restructure will be offered to those staff first before being advertised externally.

Thank you for your interest in working for Easterby Borough Council.

Yours sincerely,

Angela Whitcombe
Head of Planning and Building Control
Easterby Borough Council`, 'Senior Planning Officer - PL/0419'),

  rej('interview', ['role_closed'], {},
    `Dear Ms Achterberg,

Post: Senior Planning Officer (Grade 9), Place Directorate - Ref. PL/0419

I am writing further to your interview for the above post on 3 July 2025.

As you may be aware from local press coverage, the Council's Cabinet agreed on 15 July a revised structure for the Place Directorate as part of the Medium Term Financial Strategy. Under the new structure, the Senior Planning Officer post has been deleted, and its duties will be shared between the remaining Principal and Planning Officer posts.

I am sorry to inform you that we are therefore withdrawing the vacancy and will not be making an appointment. This decision relates solely to the budget position and is not a reflection on your interview.

The Council operates a redeployment policy for its own staff at risk of redundancy, and any vacancies arising from the restructure will be offered to those staff first before being advertised externally.

Thank you for your interest in working for Easterby Borough Council.

Yours sincerely,

Angela Whitcombe
Head of Planning and Building Control
Easterby Borough Council`, 'Senior Planning Officer - PL/0419'),

  rej('application', ['location'], { ...fb },
    `Dear Mr Adeyemi,

Doctoral Studentship in Coastal Hydrodynamics (UKRI-funded, October 2025 start)

Thank you for your application to the above studentship in the School of Engineering, and for the research proposal you submitted with it.

The studentship is funded through the Northern Waters Doctoral Training Partnership, whose terms are set by the funder. Applications are first checked by the Doctoral College for eligibility, and eligible applications are then passed to the supervisory team for academic review and shortlisting.

Under the partnership's terms for this particular award, the studentship covers fees at the home rate only and is restricted to applicants who qualify for home fee status. Your application indicates that you would be classed as an international student for fee purposes, and we are therefore unable to consider it further for this award. This is a condition of the funding and not an assessment of your academic record.

You may be interested in the University's International Doctoral Scholarships, which open for applications in November, and in self-funded study in the same research group.

Further information on fee status, including how it is assessed, is available from the Doctoral College website. We apologise for any disappointment this may cause.

Yours sincerely,

Doctoral College Admissions
University of Carrowmore`, 'Studentship application - Coastal Hydrodynamics'),

  rej('final', ['position_filled'], {},
    `Dear Dr Rahman,

Appointment of Consultant in Respiratory Medicine - Advisory Appointments Committee, 9 July 2025

Thank you for attending the Advisory Appointments Committee (AAC) for the above post, and for the pre-interview visits you made to the department and the Medical Director in the weeks before.

As you know, the Committee is constituted in accordance with the NHS (Appointment of Consultants) Regulations and includes an external assessor nominated by the Royal College of Physicians. The Committee considered each candidate's application, presentation and interview, and made its recommendation to the Trust Board.

I am writing to let you know that the Committee recommended the appointment of another candidate, who has accepted the Trust's offer of the post. I realise this will be disappointing after the considerable time you have invested in the process.

The Trust will confirm the appointment through its usual governance procedures. Travel expenses for your attendance at the AAC can be claimed using the enclosed form within three months.

With kind regards,

Dr Simon Achebe
Medical Director
Harlow Vale Hospitals NHS Trust`, 'Consultant in Respiratory Medicine - AAC outcome'),

  hold('application', ['role_closed'], {},
    `Dear Ms Farrow,

Clinical Coding Team Leader (Band 6) - Job Reference 301-HIS-0725

Many thanks for applying for the post above. I am pleased to confirm that you were shortlisted for interview.

The Trust Board has, however, placed a temporary hold on recruitment to non-clinical posts at Band 6 and above while the Trust completes a review of its administrative workforce, which is expected to conclude by the end of September 2025. As a result, the interviews planned for 7 August will not take place on that date.

Please be assured that your application remains active and that you remain on the shortlist. No candidate has been interviewed or appointed, and no decision has been made on the post. Once the review concludes, we will write to all shortlisted candidates either with a new interview date or with confirmation of the outcome.

We are sorry for the disruption this causes, and grateful for your patience. If you have any questions in the meantime, please contact the Recruitment Team quoting the reference above.

Yours sincerely,

Recruitment Team
Harlow Vale Hospitals NHS Trust`, 'Clinical Coding Team Leader - recruitment on hold'),

  rej('final', ['generic'], {},
    `Dear Mr Okonkwo,

Relationship Manager, Commercial Banking (Birmingham) - Conditional Offer dated 14 July 2025

Following your final interview with our Regional Director, we were pleased to make you a conditional offer for the above role, subject to the satisfactory completion of our pre-employment screening.

As explained in your offer letter, all appointments to regulated roles at Hollin & Marsh Bank are subject to a number of checks, including identity and right to work, employment and education history, credit history, a basic criminal record check and regulatory references under the Senior Managers and Certification Regime. These checks are carried out by our screening partner on the Bank's behalf.

We have now received the results of your screening. Having reviewed them in line with our Screening Policy, I regret to inform you that we are unable to confirm your appointment, and the conditional offer is therefore withdrawn.

Under the Bank's policy we are not able to discuss the individual results of screening checks. If you believe that any information provided by our screening partner is inaccurate, you may request a copy of your report from them directly using the details enclosed.

I am sorry that this letter does not bring better news.

Yours sincerely,

Pre-Employment Screening Team
Hollin & Marsh Bank plc`, 'Conditional offer - Relationship Manager'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Miss Quigley,

Research Administrator, Faculty of Medicine (Grade 5) - Ref. CAR-11702

Thank you for applying for the above position. We received 86 applications for this post.

Each application was assessed by the shortlisting panel against the essential and desirable criteria in the person specification, using the information provided in the supporting statement. Shortlisting decisions are made by the panel as a whole and are recorded in line with the University's equality monitoring requirements.

I am sorry to let you know that the panel has not shortlisted you for interview. The panel shortlisted applicants whose experience more closely matched the criteria for this post. The Faculty recruits research administrators several times a year, and we would encourage you to apply for future vacancies, which are advertised on the University's jobs website.

Because of the number of applications we receive, we are unable to provide individual feedback at the shortlisting stage.

Thank you for your interest in working at the University of Carrowmore.

Yours sincerely,

Faculty HR Team
Faculty of Medicine, University of Carrowmore`, 'Research Administrator - CAR-11702'),

  rej('application', ['profile_mismatch'], {},
    `Dear Mr Ferreira,

Research Administrator, Faculty of Medicine (Grade 5) - Ref. CAR-11702

Thank you for applying for the above position. We received 86 applications for this post.

Each application was assessed by the shortlisting panel against the essential and desirable criteria in the person specification, using the information provided in the supporting statement. Shortlisting decisions are made by the panel as a whole and are recorded in line with the University's equality monitoring requirements.

I am sorry to let you know that the panel has not shortlisted you for interview. The panel shortlisted applicants whose experience more closely matched the criteria for this post.

Because of the number of applications we receive, we are unable to provide individual feedback at the shortlisting stage.

Thank you for your interest in working at the University of Carrowmore.

Yours sincerely,

Faculty HR Team
Faculty of Medicine, University of Carrowmore`, 'Research Administrator - CAR-11702'),

  rej('application', ['salary'], { ...fb },
    `Dear Mr Lindqvist,

Treasury Analyst, Group Finance (Edinburgh) - Reference TR-2025-118

Thank you for your recent application for the above role with Kelburn Mutual.

At Kelburn Mutual, all applications are reviewed by our Resourcing team against the requirements of the role before shortlisted candidates are passed to the hiring manager. We aim to respond to every applicant within fifteen working days of the closing date.

Having reviewed your application, we will not be taking it further. The salary expectation you gave in your application, £85,000, is significantly above the range for this role, which is £58,000 to £64,000, and the hiring manager is not able to exceed that range.

We take the privacy of our candidates seriously. Your application will be retained for twelve months in line with our Candidate Privacy Notice, after which it will be deleted.

Thank you for your interest in Kelburn Mutual.

Yours sincerely,

Resourcing Team
Kelburn Mutual`, 'Treasury Analyst - TR-2025-118'),

  rej('application', ['generic'], {},
    `Dear Ms Brodie,

Treasury Analyst, Group Finance (Edinburgh) - Reference TR-2025-118

Thank you for your recent application for the above role with Kelburn Mutual.

At Kelburn Mutual, all applications are reviewed by our Resourcing team against the requirements of the role before shortlisted candidates are passed to the hiring manager. We aim to respond to every applicant within fifteen working days of the closing date.

Having reviewed your application, we will not be taking it further on this occasion.

We take the privacy of our candidates seriously. Your application will be retained for twelve months in line with our Candidate Privacy Notice, after which it will be deleted.

Thank you for your interest in Kelburn Mutual.

Yours sincerely,

Resourcing Team
Kelburn Mutual`, 'Treasury Analyst - TR-2025-118'),

  rej('interview', ['internal_candidate'], {},
    `Dear Dr Novak,

Senior Research Scientist (Fixed Term, 36 months), Plant Pathology Group - Ref. HRI-0733

Thank you for attending interview for the above post on 15 July 2025, and for the seminar you gave to the group beforehand.

As a publicly funded institute, Harrowden Research Institute follows a redeployment procedure for members of staff whose fixed-term contracts are ending. Under this procedure, eligible staff who meet the essential criteria for a vacancy are given priority consideration before external candidates, and this may take place at any point before an appointment is made.

Following the interviews, a member of the Institute's staff whose contract is ending applied under this procedure and met the essential criteria for the post. In line with our policy, the post has been offered to that member of staff, and we are therefore unable to offer you the position.

We recognise that this is disappointing news, particularly after the effort you put into the interview and seminar, and we are grateful for your interest.

Yours sincerely,

Dr Moira Fennimore
Head of Human Resources
Harrowden Research Institute`, 'Senior Research Scientist - HRI-0733'),

  other(`Dear Mr Nwachukwu,

Finance Business Partner (Band 8a) - Job Reference 302-FIN-0825

Many thanks for applying for the post above. I am pleased to inform you that you have been shortlisted and invited to attend an interview.

Date: Tuesday 2 September 2025
Time: 11:15
Venue: Meeting Room 4, Trust Headquarters, Harlow Vale Hospital
Panel: Director of Finance; Deputy Director of Finance; a Non-Executive Director

You will be asked to give a ten-minute presentation on the following topic: "How would you support a clinical division to deliver a 4% cost improvement plan without affecting patient safety?" Presentation equipment will be available; please bring your slides on a USB stick.

Please bring with you original documents confirming your identity and right to work in the UK, together with evidence of any professional qualifications listed on your application. If you are unable to attend, or require any reasonable adjustments, please contact the Recruitment Team as soon as possible.

Please note that candidates who are unsuccessful at interview will be notified by email. The Trust is unable to reimburse travel expenses for interviews for posts at this band.

Yours sincerely,

Recruitment Team
Harlow Vale Hospitals NHS Trust`, 'Invitation to interview - Finance Business Partner'),

  other(`Dear Ms Oyelaran,

Conditional Offer of Employment - Graduate Trainee Solicitor (September 2026 intake)

Further to your assessment day and final partner interview, I am delighted to offer you a training contract with Whitlow Carr LLP, commencing in September 2026, subject to the conditions set out below.

This offer is conditional on: satisfactory completion of the Solicitors Qualifying Examination Part 1 before your start date; two satisfactory references; a basic disclosure certificate; and evidence of your right to work in the UK. Your starting salary will be £48,000 per annum, reviewed annually.

Please read the enclosed terms carefully. If you wish to accept, please sign and return the acceptance form within 21 days. Should any of the conditions not be met, the firm reserves the right to withdraw this offer; we would, of course, discuss the matter with you first.

We are very much looking forward to welcoming you to the firm.

Yours sincerely,

Graduate Recruitment Partner
Whitlow Carr LLP`, 'Conditional offer - Graduate Trainee Solicitor'),
];
