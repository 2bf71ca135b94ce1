/**
 * Development messages of the hundred-and-fifth round: recruiters at agencies and search firms passing on a client's
 * decision. High-street and IT contractor agencies, executive search, RPO teams writing in the client's name, staffing
 * firms for warehouses, nursing and teaching, placement consultancies in India, recruiters in Australia and Canada. They
 * tell the outcome in their own words and quote or paraphrase the client ("the feedback from the client is...", "they've
 * gone with someone who...", "the hiring manager said...", "they've put the role on ice", "they went internal"), by email,
 * in LinkedIn-style messages, voicemail transcriptions and texts; some wrap a pitch for other roles around the news, some
 * admit the client gave no feedback, some forward the client's note under one line. Paused processes wait on budget
 * sign-off, an internal round first, a client who has gone quiet. Look-alikes use the same voice and decline nothing:
 * new role pitches, interview confirmations, second-interview requests, timesheets and compliance papers, "are you still
 * looking?" check-ins, an offer relayed.
 *
 * Labelling choices: the stage is the furthest step with the client; the agency's own registration or screening call is
 * `screen` only when nothing further happened. "I'll keep you posted" alone is not a door; an offer of other roles or of
 * a call about them is. A client that gave no reason is `generic`.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d105-');

export const HANDWRITTEN_DEV_105: readonly CorpusLine[] = [
  // ── Rejections: application stage (CV sent to the client, no meeting)
  rej('application', ['generic'], {},
    `Hi Gemma,

Just a quick one - I heard back from Halvorsen Foods about the Payroll Administrator role I put you forward for last week. Unfortunately they won't be taking your CV any further. They didn't give me a reason, I did ask.

Thanks again for your time,
Lauren
Lauren Pickett | Consultant | Brightwater Office Recruitment, Leicester`, 'Payroll Administrator - Halvorsen'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Tomasz, the client came back on your CV for the Forklift / Reach Truck Operator shifts at the Daventry DC. They need a valid counterbalance AND reach licence and yours only shows counterbalance, so they can't put you on the reach rota. If you get the reach ticket done (we can point you to a training provider in Northampton) I'll push you straight back in. Also have picker/packer nights at Crick if you want them - just reply YES. Shona, Keyline Staffing`, 'Daventry DC'),

  rej('application', ['profile_mismatch'], {},
    `Hello Arjun,

Greetings from Trivenia Placement Consultants.

With reference to your profile submitted for the post of Senior Accounts Executive with our client (a leading FMCG company, Pune), we regret to inform you that the client has not shortlisted your profile. As per client feedback, other profiles were found more closely matching to their requirement.

Thanks & Regards,
Neha Kulkarni
HR Executive - Recruitment
Trivenia Placement Consultants Pvt. Ltd.
Office No. 14, Karve Road, Pune 411004
Ph: +91 20 2545 xxxx`, 'Profile status - Sr. Accounts Executive - Pune'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Daniel,

Thanks for sending your resume through for the Site Engineer position with our client in Karratha. I've had a chat with their project director and unfortunately they're only considering candidates who already hold Australian working rights - they won't sponsor a visa for this one, and with you on a 417 working holiday visa they can't take it any further.

I know that's frustrating. I do work with a couple of tier-two contractors who have sponsored before, so if you're open to it I'll keep your details on file and give you a bell when something suitable comes up.

Cheers,
Kirsty Rowland
Senior Consultant - Civil & Infrastructure
Ironbark Talent | Perth WA`, 'Site Engineer - Karratha'),

  rej('application', ['overqualified'], { ...fb },
    `Hi Margaret,

I wanted to let you know where we landed with Coastway Housing. I sent your CV over for the Team Leader vacancy on Monday and the hiring manager called me yesterday. Her words were roughly: "She's run whole service areas, she'd be bored in a month and we'd lose her." They're looking for someone stepping up into first-line management and honestly your twenty years as a head of service is a long way beyond that.

I'm sorry it isn't better news.

Best,
Owen Jarvis
Public Sector Division | Meridian Search Partners`, 'Coastway Housing - Team Leader'),

  rej('application', ['salary'], { ...fb, ...door },
    `Hey Priyanka - quick update on the Toronto role. The client had a look at your resume and liked it, but the top of their band is $92k and you told me you wouldn't move for less than $110k, so they've decided not to proceed. Didn't want to leave you hanging. I've got a couple of BA roles in Mississauga that pay better - free for a call Thursday afternoon? - Brandon, Northlake Staffing`, 'quick update'),

  rej('application', ['position_filled'], {},
    `Dear Mr Okafor,

Further to our recent telephone conversation, I am writing to confirm that our client, a national firm of chartered surveyors, has now filled the position of Senior Building Surveyor (Bristol) that we discussed. As a result, your application will not be put forward to them.

Thank you for your interest, and I wish you every success.

Yours sincerely,

Helen Brockway
Director
Brockway Property Recruitment Ltd
Registered in England No. 08xxxxx1. This email and any attachments are confidential and intended solely for the addressee.`, 'Senior Building Surveyor - Bristol'),

  rej('application', ['role_closed'], { ...door },
    `Hi Liam,

Bad news I'm afraid - the Service Desk Analyst contract at the council has been pulled. Their funding for the project didn't get renewed so the whole requirement is gone, not just this one position. Nothing to do with your CV.

I'll keep you on my radar for first- and second-line contracts in the area; there's usually something new every couple of weeks.

Rob
Robert Tansley | Delivery Consultant | Kestrel IT Contracts`, 'Service Desk Analyst contract - update'),

  rej('application', ['internal_candidate'], {},
    `Hi Sasha,

So I heard back from Pelham Logistics this morning and they've filled the Transport Planner role internally - one of their night shift supervisors applied and they've moved him across. They won't be looking at external CVs for it any more.

Sorry it's not what you wanted to hear.

Jodie Marsh
Recruitment Consultant | Alder Recruitment, Doncaster`, 'Transport Planner'),

  rej('application', ['culture_fit'], { ...fb },
    `Hi Ben,

I've had feedback from Kettleby & Sons on your CV. I'll be honest with you, it's a bit of an old-school family business and the MD said he wants someone who likes things done by the book and will be "part of the furniture" - looking at your last three roles at fast-moving start-ups, he felt you'd find their slow, formal way of working quite stifling. So they're not taking it further.

Speak soon,
Charlie
Charlie Ames | Finance & Accounting | Hollins Recruitment`, 'Kettleby & Sons - feedback'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Anushka,

Thank you for your interest in the Registered Nurse - ICU position we are recruiting for on behalf of St. Brendan's Private Hospital.

Unfortunately, the hospital has advised that they require a minimum of two years' post-registration experience in an intensive care setting. As your ICU experience to date is eight months, they are unable to progress your application at this time.

Kind regards,

Clinical Recruitment Team
CarePoint Nursing Agency
This mailbox is not monitored. Please do not reply to this email.`, 'Your application - RN ICU'),

  rej('application', ['generic'], { ...door },
    `Hi Karim, sorry to message you here rather than email. The client for the Category Manager role has come back and they're not progressing your profile - no reason given unfortunately, they've been pretty tight-lipped across the board. I'd still like to stay in touch as I get a lot of retail buying roles across the North West. Happy to connect and I'll message when the next one lands. Rachel (Sourcepoint Retail)`, undefined),

  // ── Rejections: screen stage (only the agency / client phone screen happened)
  rej('screen', ['salary'], { ...fb },
    `Hi Fiona,

Thanks for your time on the phone on Tuesday. I've spoken to the client since and sadly we're just too far apart on money. They'd capped the Marketing Manager role at £48k and after our chat, with your current package at £55k plus car allowance, they didn't think it was fair to put you through the process knowing they couldn't get close.

If anything changes on their side I'll come straight back to you.

Kind regards,
Megan Hurst
Marketing & Digital | Castlegate Recruitment`, 'Marketing Manager - Harrogate'),

  rej('screen', ['location'], { ...fb },
    `Voicemail from: +44 7700 9xx xxx (0:48)
Transcription: "Hi Aisha, it's Jordan from Vantage Tech Recruitment, we spoke on Friday about the QA role in Reading. Um, I took it back to the client and they've said they really do need someone in the office three days a week and, with you being up in Newcastle and not wanting to relocate, they're not going to take it further. Sorry about that. Give me a call back if you want to chat. Cheers, bye."`, 'Voicemail (0:48)'),

  rej('screen', ['profile_mismatch'], {},
    `Hello Rohan,

Thank you for speaking with me yesterday regarding the Product Owner opportunity with our client in Bengaluru. Following our conversation I have shared my notes with their hiring team. They have reviewed these and have decided to proceed with other candidates whose backgrounds are more aligned to the role.

I appreciate your time and wish you all the best.

Regards,
Sunita Rao
Talent Partner | Nexora Executive Search`, 'Product Owner - Bengaluru'),

  rej('screen', ['overqualified', 'salary'], { ...fb, ...door },
    `Hi Geoff,

Great to speak with you on Monday. I've now fed back to the client and I'm afraid they won't be progressing. Their view is that with fifteen years running multi-site operations you're well beyond what this Warehouse Manager role needs (it's one site, around 40 staff), and the budget of £42k is a long way below where you are today. They were worried you'd be looking for the next thing within months.

I do think you'd be a strong fit for a couple of the regional roles I'm working on - shall I send you the details?

Best regards,
Paula
Paula Greenhalgh | Senior Consultant | Supply Chain & Logistics
Tideway Recruitment Group`, 'Warehouse Manager role'),

  rej('screen', ['generic'], {},
    `thanks for the chat earlier jamie, spoke to the client after and theyre not going to move you forward unfortunately. they didnt say why, sorry mate. Dan @ Gridline`, undefined),

  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Hi Mei,

Thanks again for the call this morning. I passed my notes to the hiring manager at Orchard Biotech and she's come back to say she needs someone who has already run GMP batch record reviews on their own, and from what we discussed you've supported them but not signed them off. So she's decided not to take you to interview this time.

If it's useful I'm happy to go through how I'd position your QA experience for the next one - just drop me a line.

Best,
Ellis Chambers
Life Sciences Practice | Kinross Search`, 'Orchard Biotech - QA Officer'),

  rej('screen', ['role_closed'], {},
    `Hi Nadia,

Following up from our call last week about the Learning & Development Partner opening. The client has let me know that, following an internal restructure, the role is no longer going ahead in its current form and they've stopped recruiting for it. I'm sorry to bring this news after you'd spent time preparing.

Kind regards,
Aoife Lennon
Talent Acquisition Partner (on behalf of Fairmont Retail Group)
Clearwater RPO`, 'L&D Partner - update'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hi Stefan,

I had a debrief with the founders at Quillmark this afternoon after your intro call with Ravi. They liked your technical depth, but they said you came across as wanting a lot of structure and clear process, and they're at a stage where everything is messy and people pick things up without being asked. They don't think it would suit how you like to work, so they're going to leave it there.

Thanks for being so open with them.

Harriet
Harriet Vance | Founder | Vance & Kole Talent`, 'Quillmark - update'),

  rej('screen', ['position_filled'], { ...door },
    `Hi Joseph,

Sorry for the slow reply after our call. The client has just accepted an offer from another candidate for the Payroll Specialist role, so they've closed it off and won't be seeing anyone else.

I've got two other payroll roles on at the moment, one in Leeds city centre and a hybrid one in Wakefield. Could we have a quick chat on Thursday about them?

Thanks,
Zara
Zara Ahmed | Accountancy Division | Pennine People`, 'Payroll Specialist - update'),

  // ── Rejections: assessment stage
  rej('assessment', ['assessment'], { ...fb },
    `Hi Callum,

I've got the results back from Delancey Bank's online tests. You did well on verbal reasoning but the numerical test came in at the 31st percentile and their cut-off for the Graduate Analyst programme is the 50th, so unfortunately they won't be taking your application any further this year.

Best of luck,
Imogen
Imogen Frost | Graduate Recruitment | Lantern Early Careers`, 'Delancey Bank - test results'),

  rej('assessment', ['assessment'], {},
    `Hi Vikram,

Thanks for completing the coding challenge for our client. They've reviewed your submission and have let me know it didn't meet the bar they were looking for, so they won't be moving you forward to interviews.

Regards,
Tom Beckett
Senior Recruiter | Bluecoat Tech Talent`, 'Coding challenge - outcome'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Olu,

Feedback from Stenhouse on the Excel assessment. You passed the lookups and the pivot table sections fine but ran out of time on the financial model - they said the model was only about half built and the sensitivity table was missing. They need someone who can build that kind of model fast on day one, so they've said no for now.

Please don't be put off. I'll send you through a couple of FP&A roles where the test is lighter and the interview counts for more - I'll ping them over tomorrow.

Cheers,
Sam
Sam Whitlock | Finance | Orbit Recruitment`, 'Stenhouse - assessment feedback'),

  rej('assessment', ['generic'], {},
    `Dear Candidate,

We refer to your application for the position of Staff Nurse (Med-Surg) with our client hospital in Riyadh, processed through Al Noor Overseas Placements (Kochi).

We regret to inform you that your background verification could not be completed satisfactorily and the client is unable to proceed with your candidature.

This is a system generated email. Please do not reply.

Al Noor Overseas Placements
MEA Licence No. B-07xx/KER/PER/1000+/5/xxxx`, 'Candidature status - Staff Nurse - Riyadh'),

  rej('assessment', ['skills_gap', 'assessment'], { ...fb },
    `Hi Grace,

I've just heard back from the school. They were really pleased you came in to teach the Year 9 sample lesson, but the Head of Science felt the lesson showed you haven't taught much chemistry at GCSE level yet: the explanation of moles went over the class's heads and the practical section wasn't managed safely enough for them. They're looking for a chemistry specialist with KS4 experience, so they won't be inviting you to interview.

Kind regards,
Hannah Moss
Secondary Education Consultant | Chalkline Teachers`, 'Lesson observation feedback'),

  rej('assessment', ['assessment', 'location'], { ...fb },
    `Hi Andre,

The client has finished marking the case study. Your pricing analysis was fine but the written recommendation section was marked below their threshold, and on top of that they've confirmed the role can't be done from Montreal - they need someone in the Calgary office four days a week. So it's a no on both counts, unfortunately.

Thanks for putting the work in,
Leah
Leah Fontaine | Recruitment Partner | Maplewood Search`, 'Case study result'),

  rej('assessment', ['generic'], {},
    `Hi Jasmine,

Sorry to say the client's references came back and they've decided not to proceed with your placement. They haven't told me anything beyond that, and I'm afraid I can't share the referee responses.

Kind regards,
Carla Benn
Branch Manager | Primrose Care Staffing`, 'Re: your references'),

  // ── Rejections: interview stage
  rej('interview', ['profile_mismatch'], {},
    `Hi Tariq,

Thanks for going along to meet Ashby Engineering on Wednesday. I spoke to their Operations Director this morning and they've decided to go with a candidate whose experience was a closer match for what they need.

Thanks for your time on this one.

Regards,
Nathan Cole
Engineering Division | Holtby Recruitment`, 'Ashby Engineering - interview feedback'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hey Jess,

Got feedback from Ferngrove on your interview with Mark and Anita. They really liked you and said you were great on stakeholder management, but they need someone who's already delivered a Workday implementation end to end and you've only done the post-go-live side. That was the one thing that tipped it.

Honestly they said "we loved her, just not for this one". I've got another HRIS role coming on next week that's much more about optimisation - want me to put you forward?

Ella
Ella Ward | HR Tech Recruitment | Bramble Talent`, 'Ferngrove feedback'),

  rej('interview', ['position_filled'], {},
    `Hi Aditya,

Thank you for interviewing with our client for the Site Reliability Engineer role. I've been told today that they have made an offer to another candidate, which has been accepted. The role is now closed.

Best regards,
Kiran Shah
Principal Consultant | Stackwise Recruitment`, 'SRE role - closed'),

  rej('interview', ['internal_candidate'], { ...door },
    `Hi Beth,

I know you've been waiting to hear on the Clinical Nurse Manager post at Ridgeview. They've come back and gone internal, I'm afraid - one of the current ward managers applied late and they've appointed her. They said your interview was strong and they'd have been happy to see you again.

As for what's next: I have two band 7 posts in the area that I think would suit you. Can I ring you tomorrow at lunchtime to go through them?

Thanks,
Sinead
Sinead Carey | Nursing Recruitment Lead | Lighthouse Healthcare Staffing`, 'Ridgeview - outcome'),

  rej('interview', ['role_closed'], {},
    `Hi Patrick,

I'm really sorry to come back with this after you did two rounds with them, but Halyard Capital have cancelled the Associate role. Their fund raise has been delayed and they've frozen all hiring until it closes, which could be well into next year. So they won't be making an appointment.

Regards,
James Treloar
Partner | Harcourt Executive Search
Harcourt Executive Search LLP, 22 Old Broad Street, London EC2N. Confidentiality notice: this message is intended only for the named recipient.`, 'Halyard Capital - Associate'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Mateo,

The hiring manager at Tallis Digital gave me some feedback after your video interview. She said technically there was no issue, but she felt you'd prefer to work on your own rather than in their pairing set-up - they pair program pretty much all day - and she wasn't sure you'd enjoy that. On that basis they've decided not to proceed.

Best,
Freya Doyle
Talent Consultant | Codefern Recruitment`, 'Re: Tallis Digital interview'),

  rej('interview', ['salary'], { ...fb },
    `Hi Caroline, just spoke with Ainsworth Legal. They liked you a lot at interview but when it came to the numbers they just can't get to the £68k you were asking - they've gone with someone at £60k. They didn't want to make you a lower offer they knew you'd turn down. Sorry, I know you were keen. Lucy - Paragon Legal Recruitment`, 'Ainsworth Legal'),

  rej('interview', ['location'], { ...fb },
    `Hello Wang Lei,

Thank you for attending the interview with our client, Summit Ridge Mining, for the Mine Planning Engineer position in Kalgoorlie.

The client was impressed with your technical knowledge. However, they have confirmed that the role requires a candidate with permanent residency or citizenship due to site access conditions, and they are unable to proceed with candidates on temporary visas, including your 482.

We appreciate your understanding.

Kind regards,
Resourcing Team
Goldfield Recruitment Solutions | Perth | Kalgoorlie | Brisbane`, 'Mine Planning Engineer - Kalgoorlie'),

  rej('interview', ['overqualified'], { ...fb, ...offered },
    `Hi Richard,

Thanks for meeting the team at Larkspur. I've had their feedback and sadly it's a no. The Head of Finance put it like this: "He's done my job for ten years; I'm not sure I'd be able to manage him." With your background as a Group FD they felt the Financial Controller role is too far a step down and that you'd be frustrated.

If you'd like to talk it through in more detail, give me a call any time.

Warm regards,
Natalie
Natalie Ruiz | Executive Finance | Sterling & Crane`, 'Larkspur - feedback'),

  rej('interview', ['generic'], {},
    `Hi Ayesha,

I just wanted to let you know the client has decided not to move forward following your interview last Thursday. I asked for some feedback but they've said they don't give it, so I'm afraid I've nothing more to share.

Thanks for your patience.

Regards,
Vikas Malhotra
Consultant | Apex Talent Solutions, Gurugram`, 'Interview outcome'),

  rej('interview', ['skills_gap', 'salary'], { ...fb },
    `Hi Connor,

The feedback from the client is mixed, I'm afraid. They thought your Python was solid but they'd really wanted someone with Terraform in production, which you said you'd only used on personal projects. And your rate of £650 a day is above the £550 they have signed off. Put together, they've decided not to offer.

Cheers,
Luke
Luke Harrington | Contract Delivery | Ampersand IT Resourcing`, 'DevOps contract - feedback'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Chloe,

Feedback from the Deputy Head at Westbury Primary: they've decided to appoint a candidate whose experience more closely fitted what they were looking for in Year 2. They did say you were lovely with the children in the interview task.

I'll be in touch as soon as something else comes up in the area - there are always a few in the spring term.

Best wishes,
Rosie
Rosie Bell | Primary Team | Apple Tree Education Recruitment`, 'Westbury Primary'),

  rej('interview', ['internal_candidate', 'role_closed'], {},
    `Hi Sean,

Update on the Procurement Lead role at Marlow Utilities. After your interview with them the company announced a restructure, and the role has been folded into an existing position that one of their current category managers will take on. So there's no longer an external vacancy.

Sorry to bring this one to a close.

Regards,
Anita Ghosh
Senior Consultant | Procure Search Partners`, 'Marlow Utilities - Procurement Lead'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Ravi,

Thanks for your patience on the Chennai Data Engineer role. The client has finalised another candidate who had already cleared their rounds before you, so the position is closed now.

Your profile is strong in Spark and Airflow and I have other openings with product companies in Chennai and Hyderabad. Please share a convenient time to discuss.

Regards,
Lakshmi Narayanan
Senior Recruiter
Zenith HR Consultants | Chennai`, 'Data Engineer - Chennai'),

  rej('interview', ['culture_fit', 'skills_gap'], { ...fb },
    `Hi Owen,

I've had a call with Gemma at Fleetwood Studios. Two things came out of your interview. She felt you'd need a lot more hands-on Unreal experience than you have - most of yours is Unity - and the team also felt you came across as quite rigid on process, whereas they're a small crunch-averse team who make decisions very informally. So they won't be taking it further.

Best,
Ian
Ian Porter | Games Recruitment | Pixelhire`, 'Fleetwood Studios'),

  rej('interview', ['generic'], { ...offered },
    `Hi Marco,

Thanks for going to meet the team at Brennan Builders yesterday. Unfortunately they've decided not to take things further. I'm waiting on more detailed feedback, so if you'd like it just let me know and I'll pass it on when I have it.

Regards,
Jack
Jack Fallon | Construction | Ballyhale Recruitment`, 'Brennan Builders'),
  rej('interview', ['location'], { ...fb, ...door },
    `Hi Emily! Sorry this took a while. The clinic in Halifax loved you at interview, but the role has on-call shifts and they need the person living within 30 minutes of the clinic from day one. With you in Ottawa and not able to move until the summer, they've had to say no for this one. If your plans change, let me know and I'll put you forward for their summer intake - or anything else in the Maritimes. - Jocelyn, Northshore Health Staffing`, 'Halifax clinic'),

  rej('interview', ['internal_candidate'], {},
    `Hi Harpreet,

Just a quick note to say that the client has appointed internally for the Business Analyst role you interviewed for. They've confirmed that they won't be progressing any external candidates.

Thank you for your time.

Regards,
Ruth Osei
Recruitment Partner | Halden Consulting`, 'Business Analyst - outcome'),

  rej('interview', ['overqualified'], { ...fb },
    `Hi Alan, hope you're well. Heard back from the depot. They thought you were great but said with 25 years in fleet management and running a 300-vehicle operation you'd be overqualified for a Transport Supervisor on nights and they'd rather not take the risk. Sorry. Gaz - Roadstar Driving Recruitment`, undefined),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Ms Fernandes,

Following your interview with the hiring panel at Crestfield Hotels for the position of Revenue Manager, we have received the client's decision.

The panel noted that, while your commercial awareness was evident, they require a candidate with hands-on experience of IDeaS or a comparable revenue management system, and with experience of managing a portfolio of more than one property. As you have not yet used such a system, they have decided not to proceed.

We thank you for your time and interest.

Yours sincerely,
Dominic Harte
Hospitality Division
Regent Street Recruitment Ltd`, 'Revenue Manager - Crestfield Hotels'),

  rej('interview', ['generic'], { ...door },
    `Hey Lina - just had word back from Oakhurst on the Customer Success role, it's a no I'm afraid. They went with someone else and didn't really give a reason, which I know is annoying. Have you got 10 min on Friday? I've got two CS roles in fintech that I think you'd genuinely be better suited to. - Marcus, Tandem Talent`, 'Re: Oakhurst'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Samuel,

Thank you for interviewing for the Category Buyer role with our client. They have now concluded the process and have decided to proceed with candidates whose experience more closely meets their needs.

If you'd like feedback, please reply to this email and I'll arrange a short call.

Best,
Talent Acquisition Team (on behalf of Grayson Home Retail)
Alderbank RPO Services
You are receiving this email because you applied to a role managed by Alderbank RPO Services on behalf of our client.`, 'Your application with Grayson Home Retail'),

  rej('interview', ['role_closed'], { ...door },
    `Hi Katya,

I'm sorry to tell you that the Head of Data role at Pemberton Insurance has been withdrawn. Following your interview, the business announced a group-wide hiring freeze and all non-critical senior hires have been stopped. It's no reflection on you.

I'll stay in touch, and as soon as anything similar comes up with my other clients I'll come to you first.

Best regards,
Martin
Martin Adair | Data & Analytics Practice | Kingsway Search`, 'Head of Data - Pemberton'),

  rej('interview', ['salary', 'location'], { ...fb },
    `Hi Tom,

Feedback from Brightline on your second interview: they need someone to relocate to Aberdeen and you said you'd want a relocation package plus £85k, and neither is something they can do for this grade. They were clear they liked you, but they've stopped there.

Thanks,
Kate
Kate Henderson | Energy Recruitment | Granite Talent`, 'Brightline - feedback'),

  rej('interview', ['position_filled'], {},
    `Good afternoon Mr. Bhattacharya,

This is to inform you that, following your personal interview held on 12th of this month with our client for the post of Plant Head (Chemicals), Ankleshwar, the client has selected another candidate, who has joined the organization.

Accordingly, your candidature stands closed for this position.

With regards,
S. K. Iyer
Director
Iyer & Associates Executive Search
Mumbai | Vadodara`, 'Plant Head - Ankleshwar - status'),

  rej('interview', ['culture_fit'], { ...fb, ...door },
    `Hi Leon,

So I've spoken to Chris at Northvale about your interview. His honest feedback was that he found you quite formal and he's building a very informal, jokey sales floor where people have each other's backs - he wasn't sure you'd enjoy that environment. So he's going to pass on this one.

I don't agree with him entirely but that's his call. I do have a more corporate role at a bank's partnerships team that I think would suit you down to the ground. Let me know if you'd like the spec.

Sophie
Sophie Lamb | Sales Recruitment | Fortis Talent`, 'Northvale feedback'),

  rej('interview', ['assessment'], { ...fb },
    `Hi Rajesh,

The client has shared feedback from your technical interview. In the live coding exercise you didn't get the solution working within the time, and the interviewers noted that the complexity of your approach was O(n^2) where they were looking for O(n log n). On that basis they won't be progressing to the next round.

Regards,
Deepa Menon
Technical Recruiter | CodeBridge Staffing`, 'Technical interview feedback'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Amara,

I've heard back from Seabrook Foods - they won't be moving forward after Tuesday's interview. They said they felt other candidates were a stronger match for the role overall.

Thanks again,
Nicola
Nicola Heath | Office Support | Sterling Appointments`, 'Seabrook Foods'),

  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Hey Diego - update from the Vancouver client. They enjoyed the interview, but they need someone with French for the Quebec accounts (they want at least conversational, you said basic) and they've also decided the role has to sit in their Montreal office, not Vancouver. So it's not going to work this time. Sorry man. - Tyler, Peakline Recruiting`, 'Re: client update'),

  rej('interview', ['generic'], {},
    `Hi Sophie,

Client has come back - not successful this time I'm afraid. No feedback given.

Rgds,
Paul
Sent from my iPhone`, 'Re: Tuesday interview'),

  // ── Rejections: final stage
  rej('final', ['position_filled'], { ...door },
    `Dear Elizabeth,

I wanted to speak to you in person but as we keep missing each other I'm putting it in writing. The board of Castleford Trust met on Monday following the final panel interviews, and they have offered the Chief Executive position to another of the shortlisted candidates, who has accepted.

I know how much thought you put into this, and the chair asked me to pass on that your presentation on the merger options was one of the most considered they heard. I'd very much like to stay in touch; I expect to have two or three charity CEO searches opening in the new year and I would like to discuss them with you.

With best wishes,

Frances Okoye
Partner, Not-for-Profit Practice
Whitlock Sands Executive Search`, 'Castleford Trust - Chief Executive'),

  rej('final', ['profile_mismatch'], {},
    `Hi Joel,

Thanks for getting through to the final round with Brookfield Analytics. Sadly they've gone with the other finalist, who they felt was the closer match to the role. It was a close call by all accounts.

Best,
Alex
Alex Moreno | Recruitment Consultant | Vertex Talent`, 'Brookfield - final outcome'),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Hi Naomi,

I've got the feedback from the final panel at Rowan Pharma. They said you were the strongest communicator of the three finalists, but the other candidate had led a regulatory submission to the FDA and that was a real need for them in the next 12 months - you'd only contributed to EMA submissions. That's what swung it.

Happy to jump on a call and go through it in more detail, and talk about what's next.

Kind regards,
Louise
Louise Carter | Director | Pinnacle Life Sciences Search`, 'Rowan Pharma - final panel feedback'),

  rej('final', ['internal_candidate'], { ...door },
    `Hi Chris,

I'm sorry, this is a tough one. After the assessment centre last week it came down to you and one other, and the client has decided to appoint the internal candidate, who has been acting up in the Operations Manager role for the past six months. They told me very clearly that they'd have offered to you otherwise.

I'll be back in touch soon - you're top of my list for the next operations role I get in, and there are a couple bubbling away.

All the best,
Greg
Greg Thornton | Manufacturing & Operations | Carlow Recruitment`, 'Operations Manager - decision'),

  rej('final', ['culture_fit'], { ...fb },
    `Hi Lauren,

Feedback from the final with the CEO at Bloomwell. She said you had all the skills but she felt you were much more comfortable in large, well-resourced teams and Bloomwell is very lean and scrappy - she was worried you'd find it hard without the support you're used to. She's decided to go another way.

I'm sorry, I know you'd got your hopes up for this one.

Kind regards,
Harriet
Harriet Lowe | People & Culture Recruitment | Ivybridge Partners`, 'Bloomwell - final feedback'),

  rej('final', ['salary'], { ...fb },
    `Hi Andrew,

Really sorry but I've had the call from Fenwick. After the final round they were ready to go, but once the detail of your package was put to the CFO (the bonus and the LTIP you'd be walking away from) they couldn't get near it - their ceiling is £120k base and they won't buy out the bonus. So they've decided not to make an offer.

Let's speak tomorrow.

James
James Reid | Finance Practice | Blackstone Hale Search`, 'Fenwick - final'),

  rej('final', ['location'], { ...fb },
    `Hi Nikhil,

I've had a call from the client. You were their preferred candidate after the final interviews, but their immigration advisors have now told them they can't sponsor a Skilled Worker visa for this grade, as the salary is below the going rate threshold for your occupation code. As you don't currently have the right to work in the UK, they can't offer the role.

I'm really sorry. I know this one hurts.

Warm regards,
Rebecca
Rebecca Ashdown | Senior Consultant | Ashdown Tech Partners`, 'Client decision'),

  rej('final', ['overqualified'], { ...fb, ...door },
    `Hi Julian,

Thank you for giving up a full day for the Harrowgate assessment centre. I've now had the client's decision: they've chosen another candidate. The feedback was that your experience running a 200-person department was significantly beyond what this Head of Service role needs, and they felt you'd be looking for a bigger remit very quickly.

On that basis, I have a Director-level brief starting next month that I think would be much more the right level for you. Would you like to have a conversation about it?

Best,
Anna
Anna Pryce | Public Sector | Claremont Executive`, 'Harrowgate - outcome'),

  rej('final', ['role_closed'], {},
    `Hi Sarah,

I'm so sorry to have to send this. After you'd done the final interview and your references were taken, Corvid Media have told us they're pulling the Content Director role entirely. Their parent company announced redundancies across the group this morning and all open roles have been cancelled.

I really hoped this would be the one.

Kind regards,
Tamsin
Tamsin Drake | Media & Creative | Redfern Recruitment`, 'Corvid Media'),

  rej('final', ['generic'], {},
    `Hi Amit,

Following the final interview and the reference checks, the client has decided not to proceed with your appointment. They have not given any reasons and I'm afraid I'm not able to share the references.

Regards,
Sanjay Patel
Senior Consultant | Meridian Placement Services, Ahmedabad`, 'Final interview - outcome'),

  rej('final', ['assessment'], { ...fb },
    `Hi Eleanor,

I've had the outcome from the selection day at Whitmore Bank. You did really well in the interview and the group exercise, but the written case study came back below their threshold - they said the recommendation didn't address the capital requirements question at all. Because the case study is weighted heavily for this role, they won't be offering.

Best,
Philippa
Philippa Crane | Financial Services | Lexington Search`, 'Selection day outcome'),

  rej('final', ['profile_mismatch', 'position_filled'], {},
    `Hi Kwame,

I've heard back from the board after the shortlist interviews for the Finance Director role at Hollybank College. They've offered the post to a candidate whose background was more closely aligned to the education sector, and she has accepted.

Thank you for the time and thought you put into this process.

Regards,
Richard Blythe
Managing Partner | Blythe Education Search`, 'Hollybank College - FD'),

  rej('final', ['skills_gap', 'culture_fit'], { ...fb, ...door },
    `Hi Hannah,

Thanks for holding on while the client made their decision after the final panel on Monday.

I'll be honest with you: they've gone with the other finalist. The two points they gave were that they really wanted someone who'd already managed a team of ten or more (you've managed four), and they felt your style was more hands-off than the hands-on approach the team is used to.

I do think you'd be a great fit somewhere that values autonomy a bit more, and I'm working on a couple of those right now. Can I give you a call on Thursday?

Best,
Gareth
Gareth Price | Senior Consultant | Meridian Tech Recruitment`, 'Update on the Product Lead role'),

  rej('final', ['salary'], { ...fb },
    `Hi Sunil,

Update on Zephyr Systems. Following the final interview, they asked me about your expected CTC again and at 42 LPA it is well above their approved budget of 34 LPA for this position. Unfortunately they are unable to revise the budget, so they have decided not to proceed.

Thanks & Regards,
Anjali Verma
Talent Acquisition | Bluecrest Consultants, Hyderabad`, 'Zephyr Systems - update'),

  rej('final', ['internal_candidate', 'position_filled'], {},
    `Hi Megan,

After the final round at Hartwell Homes, they've decided to offer the Regional Sales Manager role to a member of their own team who was also on the shortlist. The offer has been accepted.

Thank you for your time and patience throughout.

Best wishes,
Claire
Claire Newton | Property & Construction | Salcombe Recruitment`, 'Hartwell Homes - outcome'),

  rej('final', ['location'], { ...fb, ...door },
    `Hey Mitch, rang you but no answer. Spoke to Kestrel Minerals after your final interview in Brisbane. They want the successful person based in Mackay, not doing FIFO, and as you said you wouldn't move up there they've gone with a local candidate. Sorry mate. Will keep an eye out for FIFO roles for you - there's always plenty around. Bec @ Outback Resourcing`, undefined),

  // ── Forwarded client notes under one line
  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Hi Ola, see below from the client. Sorry this isn't what we hoped.

Mark

---------- Forwarded message ---------
From: Jane Whitfield <j.whitfield@harbourline-eng.co.uk>
Date: Thu, 14 Nov
Subject: RE: Candidate - Ola Adebayo
To: Mark Stevens <mark@tiderecruit.co.uk>

Hi Mark,

Thanks for sending Ola over. We enjoyed meeting her but on balance we don't think she's the right fit. Her background is heavily in residential and this role is almost entirely commercial fit-out; she also doesn't have the SMSTS ticket we need for site management. We'll pass.

Jane`, 'Fwd: RE: Candidate - Ola Adebayo'),

  rej('interview', ['generic'], { ...door },
    `FYI - client's response below. I'll be in touch as soon as I have more roles that match what you're after - there are a few in the pipeline.

Jen

> From: Hiring Team, Northwick Insurance
> Sent: 3 February 10:14
> To: Jen Holloway
> Subject: Candidate 40172 - outcome
>
> Hi Jen, thank you for introducing Peter. We have decided not to take his application further following interview. Kind regards, Northwick Talent`, 'FW: Candidate 40172 - outcome'),

  rej('final', ['culture_fit', 'overqualified'], { ...fb },
    `Forwarding the client's email - happy to chat through it whenever you want.

Sara

-----Original Message-----
From: Daniel Hurst (CEO, Fernway)
Sent: 21 August 09:47
To: Sara Quinn
Subject: Re: Final round - Victoria Lam

Sara - thanks for bringing Victoria to the final. Fantastic candidate. But she's been a COO at a 2,000-person company and this is a Head of Ops role for 40 people; I don't think we'd hold on to her. I also got the sense she's used to a formal exec structure and our flat, say-what-you-think style would be a shock. We'll go with our other finalist. Dan`, 'FW: Re: Final round - Victoria Lam'),

  rej('interview', ['location'], { ...fb },
    `Hi Yusuf,

Passing on the client's note below. Sorry.

Rachel

"Hi Rachel, we've spoken internally after the interview with Yusuf and as he'd need sponsorship and we're not able to offer that for this role, we won't be able to progress. Thanks, Ben (HR, Castlemere)"`, 'Castlemere'),

  // ── Short channel messages
  rej('interview', ['position_filled'], {},
    `Hi Kelly it's Jade from Staffline Direct. The bar manager job at the Crown has been filled sorry. Thanks for going in to meet them. Jade`, undefined),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Marta, after our call the client said they need a Level 3 in Childcare minimum for the nursery room leader role, so they can't take it further with your Level 2. I have assistant roles available though if you are interested? Let me know. Charlotte - Little Steps Recruitment`, undefined),

  rej('application', ['overqualified'], { ...fb },
    `Hi Dr. Kapoor, regarding the Clinical Research Coordinator role with our client in Brampton: they've reviewed your CV and felt that with your MD and postdoc experience you're overqualified for a coordinator role and they'd be unable to retain you. They've decided not to move forward. Best of luck - Jenna, Mapleleaf Clinical Staffing`, 'CRC role - Brampton'),

  rej('application', ['internal_candidate'], { ...door },
    `Hi Dom - bad luck on the Bristol role. I'd only just sent your CV over and they've now filled it with an internal secondment, so it's off the market. I'll keep my eyes open for you, and I'll send over anything that comes my way in the South West. Nick, Westbridge Recruitment`, 'Bristol role'),

  rej('assessment', ['internal_candidate'], {},
    `Hello Preeti,

Thank you for completing the online assessment for the Senior HR Business Partner role with our client. Before interviews were scheduled, the client decided to appoint an internal candidate to the position, so the process has now been closed to external applicants.

Thank you for your interest.

Regards,
Recruitment Team
Peoplefirst RPO (on behalf of Sandhurst Energy)`, 'Senior HR Business Partner - update'),

  rej('assessment', ['role_closed'], { ...door },
    `Hi Ken, thanks for doing the client's numeracy and safety test at our office on Monday. The client has now cancelled the whole intake of 20 warehouse operatives for December - their contract with the retailer fell through. You passed the test so you're on our books, and we'll call you as soon as another site needs staff. Thanks - Bay Staffing, Grimsby`, 'December intake'),

  rej('assessment', ['culture_fit', 'assessment'], { ...fb },
    `Hi Isla,

The personality profile results are back from Summerfield. The client said your profile suggests you prefer working independently with minimal interaction, and the role is a heavily customer-facing team position where they need a strong team player. On that basis they've decided not to invite you to interview.

I know these tools aren't everything but it's their process.

Kind regards,
Grace
Grace Milton | Recruitment Consultant | Summit Office Staffing`, 'Summerfield - profile results'),

  rej('assessment', ['position_filled'], {},
    `Hi Femi,

Thanks for doing the written exercise for Aldridge Consulting. Unfortunately before they'd had a chance to review it, they made an offer to a candidate who was further along in the process, who has accepted. The role is now filled.

Apologies for the wasted effort, I know it took you time.

Thanks,
Lewis
Lewis Grant | Consulting Recruitment | Arrowpoint Search`, 'Aldridge written exercise'),

  rej('screen', ['internal_candidate'], {},
    `Hi Carmen, following our short call with the client's HR team last week - they've let us know that they have decided to appoint from within for the Office Manager role. Sorry about that. Best wishes, Jo - Sapphire Recruitment`, 'Office Manager'),

  rej('screen', ['overqualified'], { ...fb },
    `Hi Vernon,

Thanks for your time on the phone with the client's HR lead yesterday. They've come back to say they think you're overqualified: with your experience as a Chief Engineer on ocean-going vessels, the Maintenance Technician role on their plant would be a big step down and they doubt it would keep you engaged.

Regards,
Maria
Maria Colley | Technical Recruitment | Anchor Marine Staffing`, 'Maintenance Technician'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Bronwyn,

I rang the practice manager at Eastgate Dental after your interview. She said they loved your chairside manner, but for the Lead Dental Nurse role they need someone who already holds the radiography certificate, and as you're still booked on the course for April they're going to appoint someone who has it now. I've asked whether they'd reconsider once you're qualified, and I'll keep you posted if they change their minds.

Thanks,
Megan
Megan Price | Dental Recruitment | Smilestaff NSW`, 'Eastgate Dental'),

  rej('application', ['generic'], { ...door },
    `<p>Dear Hyun-woo,</p>
<p>Thank you for applying for the <b>Logistics Coordinator</b> position at Kaimana Freight, managed by Talentbridge RPO on behalf of our client.</p>
<p>After careful review, the hiring team has decided not to progress your application at this stage.</p>
<p>We will retain your details in our talent community and may contact you about future opportunities with Kaimana Freight.</p>
<p>Kind regards,<br>Talentbridge RPO | Recruiting for Kaimana Freight</p>
<p style="font-size:10px;color:#888">This is an automated message from an unmonitored mailbox. Please do not reply. Privacy policy | Unsubscribe</p>`, 'Your application for Logistics Coordinator'),

  // ── Paused processes
  hold('interview', ['role_closed'], {},
    `Hi Rhiannon,

Quick update on Morland Group. I spoke to the hiring manager this morning and they've put the role on ice for now - the finance team haven't signed off next year's headcount yet, and until that comes through they can't make any offers. You're still very much in the frame; they were keen after your interview. I'm hoping to hear more in the next two to three weeks and I'll let you know as soon as I do.

Best,
Tom
Tom Ridley | Senior Consultant | Sandstone Recruitment`, 'Morland Group - update'),

  hold('interview', ['generic'], {},
    `Hi Abdul,

Just to keep you in the loop: the client has decided to interview a couple of internal applicants first before they make any decisions on the external shortlist. They've said it'll take around two weeks. Your application is still live and they'd like to keep you in the process, so please don't read anything into the delay.

Thanks,
Jenny
Jenny Marsh | Talent Partner | Northgate Search`, 'Process update'),

  hold('final', ['role_closed'], {},
    `Hi Victor,

Following your final interview with the Eastbrook board, I wanted to let you know they've paused the appointment. The group is going through a budget review and the CFO has asked all senior hires to be held until the end of Q1. They've been clear that this isn't a no and that you're their preferred candidate, but I can't give you a firm date.

I'll keep chasing and update you every couple of weeks.

Warm regards,
Olivia Grant
Partner | Grant Lowther Executive Search`, 'Eastbrook - pause'),

  hold('application', ['generic'], {},
    `Hi Ritika, just checking in - the client still hasn't reviewed the CVs for the Marketing Analyst role. Their hiring manager is on leave until the 20th so it'll be after that. Your profile is with them and I'll chase as soon as she's back. - Arjun, Talentedge Consultants`, 'Marketing Analyst - status'),

  hold('screen', ['role_closed'], {},
    `Hi Pete,

Thanks for the call last week. I've just heard from the client that the Estimator role is on hold while they wait to hear whether they've won the Doncaster hospital tender - if they win it, they'll need two estimators; if not, possibly none. They expect to know by the end of the month. I'll come back to you as soon as I have news.

Cheers,
Dave
Dave Ingram | Construction Recruitment | Keystone People`, 'Estimator - on hold'),

  hold('interview', ['generic'], {},
    `Hey Zoe, sorry it's been quiet. The client's still deciding between you and one other after the interviews. The MD's been away at a conference so it's all slowed down, but they've promised a decision next week. Hang in there! - Leigh @ Ironwood Talent`, 'Re: any news?'),

  hold('assessment', ['role_closed'], {},
    `Dear Mr. Nair,

This is with reference to the written test you completed for the post of Branch Manager with our client bank. We have been informed that the client has temporarily put all recruitment for this position on hold due to an internal reorganisation of their branch network. Your candidature remains active and we shall inform you once the process resumes.

Regards,
Placement Cell
Sagar HR Services, Thrissur`, 'Branch Manager - status'),

  hold('interview', ['role_closed'], {},
    `Hi Laura,

After your interview with Dunmore Health last Tuesday, they've told me the Practice Manager role is awaiting sign-off from the partners, who only meet once a month. Nothing's changed in terms of how they see you - they just can't make an offer until the budget's approved at the next meeting on the 14th.

I'll keep you posted.

Thanks,
Ciaran
Ciaran Boyle | Healthcare Admin | Fitzwilliam Recruitment`, 'Dunmore Health'),

  hold('final', ['generic'], {},
    `Hi Deborah, voicemail transcript follows. "Hi Deborah, it's Rob at Marchwood. Just to let you know the client hasn't made a decision yet after the final interviews - they've had a couple of people off sick on the panel, so it's going to be another week or so. Nothing to worry about, you're still in it. Speak soon."`, 'Voicemail from Rob Marchwood (0:31)'),

  hold('interview', ['role_closed'], { ...door },
    `Hi Kai,

I'm afraid the client has frozen the Data Analyst position pending a restructure of their analytics team. They've told me they expect to reopen it in the new year and would like to pick up with you then rather than starting again. In the meantime, I have another couple of analyst roles that could be interesting - want to have a chat on Thursday?

Best,
Farah
Farah Khan | Analytics Recruitment | Clearview Talent`, 'Data Analyst - paused'),

  hold('application', ['generic'], {},
    `Hi Monique, short update. The school has said they'll be interviewing their current cover teacher for the Year 4 post first, and will only look at external candidates if that doesn't work out. Your application is still with them and I should know by half term. Best, Anna - Bright Futures Teaching Agency`, 'Year 4 post'),

  // ── Look-alikes: pitches, confirmations, check-ins, compliance, offers
  other(`Hi Greg,

I hope you don't mind me reaching out. I came across your profile and I'm working on a Senior Mechanical Engineer role with a leading manufacturer in Coventry that I think could be a great fit. Up to £65k plus bonus, hybrid. Would you be open to a quick chat this week?

Best,
Danielle
Danielle Moore | Engineering Recruitment | Summit Talent Group`, 'Senior Mechanical Engineer - Coventry'),

  other(`Hi Rachel,

Great news - the client would like to see you again! They've asked for a second interview with the Finance Director next Wednesday at 2pm at their Leeds office. Can you confirm that works and I'll send through the details?

Thanks,
Jo
Jo Kendrick | Accountancy | Walker & Price Recruitment`, 'Second interview - Ainsley Group'),

  other(`Hi Ahmed, this is to confirm your interview with Bridgewater Logistics for the Transport Manager position on Thursday 16th at 10:30am. Address: Unit 4, Castle Park, Warrington WA5. Please ask for Sue Tanner at reception. Bring your CPC certificate and driving licence. Good luck! - Kerry, Motion Recruitment`, 'Interview confirmation'),

  other(`Hi Neil,

Reminder that your timesheet for w/e 10 November hasn't been approved yet. Please submit it on the portal by 12pm Tuesday so it goes into this week's payroll run.

Thanks,
Payroll Team
Vector Contract Solutions
This is an automated message. Please do not reply.`, 'Timesheet reminder - w/e 10 Nov'),

  other(`Hi Shanice,

Before you can start your first shift at Redhill Care Home, we still need the following documents from you:
- Updated DBS certificate (Enhanced)
- Proof of right to work (passport or BRP)
- Manual Handling training certificate

Please upload these to the portal or email them to compliance@oakbankcare.co.uk. Once these are in place we can confirm your start date.

Kind regards,
Compliance Team
Oakbank Care Staffing`, 'Documents required'),

  other(`Hey Imran, hope all's good! Just checking in - are you still looking for a new role, or have you found something? Have a couple of interesting PM opportunities just come in. Let me know! - Chloe, Brightpath Recruitment`, undefined),

  other(`Hi Louise,

I'm delighted to tell you that Kinsale Partners would like to offer you the role of Senior Associate! The offer is £72k base plus a 10% bonus, with a start date of 6 January. The formal offer letter will come to you from their HR team tomorrow.

Congratulations - you deserve this. Let's speak this afternoon to go through the detail.

Best,
Hugh
Hugh Fenton | Legal Recruitment | Temple Row Search`, 'Offer - Kinsale Partners'),

  other(`Hi Dmitri,

Thanks for registering with Northpoint IT Contracts. Your profile is now live on our system and our consultants will be in touch when suitable contract roles come in that match your skills and availability. In the meantime, please keep your availability date up to date on the portal.

Regards,
Northpoint IT Contracts
Do not reply to this email.`, 'Welcome to Northpoint IT Contracts'),

  other(`Hi Jasmine,

Thank you for your interview with Crown Hotels yesterday. I've spoken to the client and they enjoyed meeting you. They're seeing two more candidates this week and expect to make a decision early next week. I'll be in touch as soon as I hear.

Best,
Alison
Alison Frey | Hospitality | Gateway Recruitment`, 'Crown Hotels - update'),

  other(`Dear Sneha,

Greetings from Skyline HR Consultants!

We are pleased to inform you that your profile has been shortlisted by our client, a leading IT services company, for the position of Java Developer (4-7 years), Noida. The first round of technical interview is scheduled on Saturday at 11:00 AM (virtual). Kindly confirm your availability by replying to this email.

Regards,
Pooja Sharma
Skyline HR Consultants, Noida`, 'Shortlisted - Java Developer - Noida'),

  other(`Hi Callum,

Thanks for your call earlier. I've confirmed your withdrawal from the process with Everly Group and let them know you've accepted another offer. They wished you well.

Congratulations again on the new role, and stay in touch!

Best,
Holly
Holly Benson | Tech Recruitment | Greenway Talent`, 'Withdrawal - Everly Group'),

  other(`Hi Natalie,

Just a quick note to say the client has received your CV for the HR Advisor role and it's now with the hiring manager. They're aiming to shortlist by the end of next week. I'll come back to you as soon as I hear anything.

Best,
Tom
Tom Ellery | HR Recruitment | Parkside People`, 'HR Advisor - CV submitted'),

  other(`Hi Oscar, the client would like to move you to the final stage! They've asked for a presentation on your 90-day plan at their Manchester office on the 4th. I'll send over the brief this afternoon. Well done! - Fran, Evergreen Search`, 'Final stage - Harlow Digital'),

  other(`Voicemail from: 0161 xxx xxxx (0:38)
Transcription: "Hi Sam, it's Megan from Castle Recruitment. Just ringing to see if you're still available for the night shift picker role at the Trafford site from Monday? They've asked for a couple more people. Give us a call back. Thanks, bye."`, 'Voicemail (0:38)'),

  other(`Hi Erin,

Just a note to say the client has asked for your references before they can confirm the offer. Could you send me contact details for two referees, one of whom should be your current or most recent line manager?

Many thanks,
Amy
Amy Rowe | Office Support | Clover Recruitment`, 'References needed'),

  other(`Hi Jacob,

Welcome to your first week on assignment with Dalton Engineering! Just a reminder that site induction is at 7:30am on Monday in the main office, and hi-vis and steel toecap boots are required. Your timesheets should be submitted every Friday via the app.

Any problems, give me a call.

Cheers,
Sean
Sean McBride | Industrial Recruitment | Forge Staffing`, 'Your assignment starts Monday'),

  other(`Hi Kate, quick question - the client wants to know your notice period and current salary before they book your interview. Can you let me know? Thanks, Lewis @ Fortis Recruitment`, undefined),

  other(`Hi Fatima,

I'm really sorry to hear you've decided to pull out, but I completely understand given the commute. I've let the client know and they've thanked you for your time. Please do keep in touch and let me know if your circumstances change.

Best,
Joanne
Joanne Wade | Senior Consultant | Kendal Recruitment`, 'Re: withdrawing'),

  other(`Hi Ethan,

Your contract with Marlowe Bank has been extended for a further three months, to 31 March. The new schedule is attached for your signature. The rate remains £575 per day outside IR35.

Thanks,
Contract Team
Brightwell IT Resourcing`, 'Contract extension - Marlowe Bank'),

  other(`Dear Candidate,

Thank you for registering with Overseas Nursing Connect. To proceed with your application for UK NHS roles we need:
1. IELTS (7.0 overall) or OET (Grade B) certificate
2. NMC CBT result
3. Passport copy

Please upload these to your candidate portal within 14 days.

Regards,
Candidate Onboarding Team
Overseas Nursing Connect | Kochi | London`, 'Documents required - UK NHS nursing'),

  other(`Hi Lily,

The client has come back and they'd like to meet you for an informal coffee with the team before the final interview. It's nothing to worry about - just a chance for you to meet the people you'd be working with. Are you free Friday at 11?

Thanks,
Hannah
Hannah Cole | Creative & Marketing | Linden Talent`, 'Informal coffee - Oakmere'),

  other(`Hi Liam, happy new year! Just touching base to see how things are going in your current role and whether you'd be open to hearing about new opportunities in 2027. No pressure at all - let me know. Best, Maya (Cobalt Search)`, 'Happy new year'),

  other(`Hi Rosa,

Good news - Fairhaven Care have offered you the Senior Carer role at £13.20 an hour, 36 hours a week, starting once your DBS comes through. Please let me know if you'd like to accept and I'll confirm with them.

Thanks,
Becky
Becky Nolan | Care Recruitment | Willow Staffing`, 'Offer - Fairhaven Care'),

  other(`Hi Adrian,

Thanks for your interview yesterday with Trident Engineering. The client's feedback so far is really positive; they've asked me for your availability for a technical test next week. I'll send a few slots over tomorrow.

Speak soon,
Nick
Nick Bramley | Engineering | Harland Search`, 'Trident - next step'),

  other(`Hi Martina,

Thanks for taking the time to speak with me earlier. As discussed, I've attached the job description for the Business Development Manager role with our client in Melbourne. If you're happy for me to submit your resume, please reply with your OK and your current salary expectations.

Cheers,
Brooke
Brooke Sinclair | Sales Recruitment | Coastline People, Melbourne`, 'BDM role - Melbourne'),

  other(`Hi Jenna, feedback from the Waterside kitchen was really good - the head chef wants you in for a paid trial shift on Saturday from 2pm. Bring your whites and knives. Can you confirm? - Dean, Kitchen Crew Staffing`, 'Trial shift Saturday'),

  other(`Hi Thomas, your interview with the client has been moved from Tuesday to Thursday at 3pm due to the hiring manager's availability. Same Teams link. Sorry for the change! - Rachel, Apex Recruitment`, 'Interview rescheduled'),

  other(`Dear Vijay,

Greetings from Pinnacle Staffing Solutions.

We are pleased to inform you that you have been selected for the position of Senior Software Engineer with our client. The offer letter is attached for your reference. Kindly sign and return it by Friday, along with your last three months' payslips and relieving letter from your previous employer.

Regards,
Kavitha Reddy
Pinnacle Staffing Solutions, Bengaluru`, 'Offer of employment - Senior Software Engineer'),

  other(`Hi all,

Our monthly newsletter is here! This month: the top five skills employers are looking for in 2027, our salary survey results for the Midlands, and some tips on preparing for a competency-based interview.

Best,
The Team at Brightwater Recruitment

You are receiving this because you registered with us. Unsubscribe`, 'Brightwater Recruitment - December newsletter'),

  other(`Hi Sophie,

Thanks for your interest in the Teaching Assistant roles in Cardiff. I've added you to our supply pool and you'll receive shift requests via the app as soon as schools need cover. Please make sure your availability calendar is up to date.

Best,
Ffion
Ffion Roberts | Education Recruitment | Dragon Teachers`, 'Welcome to the supply pool'),
];
