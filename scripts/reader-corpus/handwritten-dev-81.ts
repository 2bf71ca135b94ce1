/**
 * Development messages of the eighty-first round: mail to people changing careers in mid-life — teachers moving into
 * tech, nurses into pharmaceutical sales, soldiers into project management, lawyers into product, chefs into
 * operations, parents returning after years away, engineers into data. The stage is often told only indirectly ("after
 * meeting Sarah and the team", "the task you sent back"), the reason sits in one clause of a long, warm letter and is
 * often comparative, specific feedback is buried between lines of praise that is not feedback, and doors are left open
 * in unusual words beside courtesies that open nothing. Paused processes cover reorganisations, departing managers,
 * budget reviews and "the new year". Look-alikes use the same regretful or warm words and decline nothing: a moved
 * interview, a delay, a redirection to another role, a contract offered instead of a permanent one, a withdrawal
 * acknowledged, returnship newsletters, and a rejection sent to the wrong person and then corrected.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d81-');

export const HANDWRITTEN_DEV_81: readonly CorpusLine[] = [
  // 1
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Helen,

Thank you so much for coming in to see us on Thursday, and for bringing such energy to the conversation. It is not every day we meet someone who has spent fifteen years running a Year 9 classroom and can talk about learning design with that much conviction, and Marek and I both came away having learned something.

We have now talked it through as a team. The person we have chosen has already shipped two courses on an authoring platform like ours, and in the end we felt that with our launch in February we need someone who can build in Articulate from day one rather than learn it on the job. That was really the whole of it.

I would love to stay in touch. When you have a portfolio piece or two built in a tool like Rise or Storyline, drop me a line directly; we grow every spring.

Warmly,
Ines Okafor
Head of Learning Experience, Brightwater Learning Ltd`, 'Instructional Designer'),

  // 2
  rej('application', ['skills_gap'], { ...fb },
    `Hi Gareth,

Thanks for applying for the Junior Project Manager role at Halden Build. We've had a look through everything you sent and, while your service record is genuinely impressive, we've decided to progress applicants whose backgrounds sit closer to commercial construction delivery.

Good luck with the next chapter.

Halden Build Recruitment
This mailbox is not monitored.`, 'Your application to Halden Build'),

  // 3
  rej('final', ['position_filled'], { ...offered },
    `Dear Sunita,

I wanted to write personally rather than let the system send its usual note. Having reviewed everything from the last few weeks — your conversation with our CTO, the afternoon with the product team and the case presentation to the leadership group — we have offered the Associate Product Manager post to another finalist, who accepted yesterday.

You made this genuinely hard. Your presentation on the onboarding flow was one of the best we saw. If hearing how the panel scored each part would be useful, just reply and I'll set up twenty minutes.

All the best,
Tomasz Wierzbicki
VP Product, Ledgerlane`, 'Ledgerlane — APM'),

  // 4
  rej('assessment', ['assessment'], { ...fb },
    `Hello Kwame,

Thank you for the task you sent back last week. We really appreciate the time it takes to do these alongside a full-time job.

Our reviewers went through it carefully. The analysis of the delivery data was clear, but the SQL joins double-counted returned orders, so the headline figures were about 12% too high, and the dashboard didn't include the weekly breakdown the brief asked for. Because of that we won't be taking your application further for the Data Analyst role.

Kind regards,
The Talent Team at Orrin Foods`, 'Data Analyst – exercise outcome'),

  // 5
  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Rachel,

Great to chat on Monday, and thanks for being so open about what you're looking for. I've had a word with the hiring manager. Honestly, they'd love someone with your ward experience, but the band for this territory role tops out at £38,000 plus car, and from our call that sits well under what you'd need to step away from your current post.

So we'll leave this one here. I've kept your details on my desk though, and I'll ring you when a senior medical liaison role comes through — those pay properly.

Cheers,
Dan Whitlock
Whitlock Life Sciences Recruitment`, 'Territory Manager - Cardiology'),

  // 6
  rej('interview', ['location'], { ...fb },
    `Dear Mr. Ferreira,

Thank you for meeting with Claire Dubois and me last week regarding the Operations Coordinator position. We enjoyed hearing about your years running the kitchen at Casa Lume.

Since we spoke, it has become clear that this role will need to be on site at our Rotterdam warehouse four days a week, and you mentioned that relocating from Porto is not possible for your family this year. For that reason we will not proceed with your application.

We wish you every success.

Yours sincerely,
Annelies Vos
HR Business Partner, Kade Logistics B.V.`, 'Operations Coordinator'),

  // 7
  rej('application', ['generic'], {},
    `Thank you for your interest in the Returners Programme at Calder Stone Financial. After reviewing your application we will not be taking it further on this occasion.

Please do not reply to this email.`, 'Application update'),

  // 8
  rej('interview', ['culture_fit'], { ...fb },
    `Hi Marcus,

Thank you for your time with Priya and Jonah on Tuesday, and for your patience while we compared notes.

We have decided not to move forward. I'll be straight with you because you asked for that: the team felt that your approach — very structured, top-down, plan first — which clearly served you well as a company commander, would sit awkwardly in a squad that works in two-week loops and changes its mind a lot. That is about how we operate more than about you.

Thanks again, and good luck out there.

Leila
People Partner, Fernhill Digital`, 'Re: Delivery Lead'),

  // 9
  rej('final', ['internal_candidate'], { ...door },
    `Dear Oluwaseun,

I hope you had a good weekend. I'm writing with the outcome of the final stage for the Clinical Data Scientist position.

First, thank you. Spending a full day with us — the technical session with Dr. Ahn, the lunch with the biostatistics group and the panel in the afternoon — is a big ask, and you handled it with real grace. Several people mentioned how clearly you explained the trial design from your years as a research nurse.

In the end the role has gone to a colleague who has been covering it on secondment since the summer and already knows our pipelines. It was a close decision.

We are building a second team in Cambridge next year and I would like to put your name forward when that opens, if you're happy for me to.

Best wishes,
Catriona Mills
Talent Acquisition, Vireo Therapeutics`, 'Clinical Data Scientist — outcome'),

  // 10
  rej('application', ['overqualified'], { ...fb },
    `Hi Colonel Hughes,

Thank you for applying for the Project Coordinator role. Having read your CV, we think your experience leading a 600-person logistics battalion goes a long way beyond what this entry-level coordinator post involves, and we don't think it would hold your interest. We will not be progressing your application.

Best regards,
Recruitment | Arbour Facilities Group`, 'Project Coordinator - Arbour Facilities'),

  // 11
  rej('interview', ['role_closed'], { ...door },
    `Dear Fatima,

I am sorry to be writing with this after such a good conversation on Wednesday. This morning we were told that the Legal Product Specialist role has been withdrawn as part of a wider cost review, so we cannot continue the process with anyone.

I was genuinely looking forward to the next round with you. If the role returns — and I think it will — you will be the first person I call.

Regards,
Benedikt Haas
Head of Product, Clausewise GmbH`, 'Legal Product Specialist'),

  // 12
  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant,

Thank you for applying for the position of Pharmaceutical Sales Representative (Ref PS-4471). Applicants for this post must hold the ABPI Representatives Examination or be within two years of completing it, and your application does not show this qualification. We are therefore unable to consider it further.

Yours faithfully,
Meridan Pharma UK Recruitment`, 'Ref PS-4471'),

  // 13
  rej('interview', ['profile_mismatch', 'skills_gap'], { ...fb, ...offered },
    `Hey Jo,

So — we've finished the interviews for the Data Engineer role, and I'm afraid it's a no this time. I wanted to give you proper reasons because you've clearly put a huge amount into this switch.

The others we saw had worked as data engineers before, so it was hard to compare. More specifically, in your chat with Ravi you hadn't yet used Airflow or any orchestration tool, and that's most of the job here. Your Python was solid though and your background in process engineering came through in how you think about pipelines.

If you'd like to talk it through, grab a slot in my calendar: cal.quillstack.io/ana

Ana
Engineering Manager, Quillstack`, 'data eng role'),

  // 14
  rej('application', ['location'], { ...fb },
    `Hello Tamar,

Thank you for your application for the Customer Success Manager role. Unfortunately this position is only open to candidates who already have the right to work in Canada, as we are not able to sponsor work permits for it. We are therefore unable to progress your application.

Kind regards,
Northvale Software People Team`, 'Customer Success Manager – Northvale'),

  // 15
  rej('screen', ['generic'], {},
    `Hi Peter,

Thanks for the call on Friday. We've thought about it and won't be taking things further for the Scrum Master role.

All the best,
Sasha`, 'Re: Scrum Master'),

  // 16
  rej('final', ['profile_mismatch'], { ...door },
    `Dear Deborah,

It has taken us longer than we hoped to reach a decision, and thank you for your patience through it. You were one of three people we brought back for the final conversation with our founders, and I know the drive to Leeds was not a short one.

There is a lot to admire in what you've done — you ran a restaurant group's purchasing through a pandemic, which is more supply chain stress than most of our team will ever see. In the end, though, we chose someone whose background is closer to what this role does day to day, having spent the last five years in e-commerce fulfilment.

I'd like to keep you in mind. Please don't be a stranger: if you see anything else on our careers page, tell me directly and I'll make sure it gets a proper look.

Kind regards,
Hamish Gill
COO, Pantry & Co`, 'Pantry & Co — Head of Operations'),

  // 17
  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Li,

Thank you for completing the online assessment for our Graduate Software Engineer (Career Changers) scheme.

Your result in the numerical reasoning part was strong. However, the coding section fell below the pass mark: the tests for the two medium problems failed on edge cases, and reviewers noted that you are not yet comfortable with recursion, which is needed for our first rotation. We won't be able to offer you an interview this year.

Best wishes,
Early Careers, Thornbury Bank`, 'Your Thornbury Bank assessment'),

  // 18
  rej('interview', ['position_filled'], {},
    `Dear Simon,

Thank you for interviewing with us for the Operations Analyst role. We have now made an offer to another candidate, which has been accepted, and the position is filled.

Kind regards,
Greyfield Partners HR`, 'Operations Analyst'),

  // 19
  rej('application', ['role_closed'], {},
    `Hi Amira,

Thank you for applying to the Solutions Consultant vacancy at Tessera Health. We wanted to let you know that this vacancy has now been closed, as the team has been restructured and the responsibilities moved into an existing role. As a result we won't be progressing any applications for it.

We're sorry for any disappointment.

Tessera Health Talent Acquisition`, 'Solutions Consultant at Tessera Health'),

  // 20
  rej('interview', ['overqualified', 'salary'], { ...fb },
    `Hi Nadia,

Thanks so much for speaking with Gemma and me on Thursday. We loved hearing how you built the compliance process at your old firm from nothing.

We've talked a lot about it since, and we don't think this is the right move for you. The role is really a junior product owner, reporting into someone with far less experience than you have as a partner-level lawyer, and the pay we discussed is less than half of what you told us you'd need. We worry you would be bored within six months and under-paid from day one.

Wishing you all the best,
Chris Mendel
Founder, Lexora`, 'Following up'),

  // 21
  rej('application', ['profile_mismatch'], { ...door },
    `Dear Moira,

Thank you for your application for Business Analyst at Clearwater Utilities.

We received a high volume of applications and on this occasion we are progressing those whose experience more closely matches the requirements of the role.

We would like to keep your CV in our talent community for twelve months, and we'll let you know if a suitable opening comes up. You can manage your details at any time through the candidate portal.

Clearwater Utilities Careers
Please do not reply to this message.`, 'Business Analyst – Clearwater Utilities'),

  // 22
  rej('interview', ['internal_candidate'], {},
    `Hi Tom,

Thanks for your time on Zoom last week with me and Frances. We've now decided to appoint someone from within the company who has been leading the migration project, so we won't be taking your application for Technical Project Manager any further.

Best,
Julia Ford
Delivery Director, Osprey Systems`, 'TPM role'),

  // 23
  rej('assessment', ['assessment'], { ...door },
    `Dear Candidate,

Thank you for attending the assessment centre for the Aspire Returners programme on 14 November.

We have reviewed the results of the group exercise, the written task and the case study. On this occasion your overall score did not reach the level needed to progress.

You are very welcome to apply to future cohorts; our next intake opens in April.

Regards,
Aspire Returners Team
Lindqvist & Marsh LLP`, 'Aspire Returners – assessment centre outcome'),

  // 24
  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Dear Rob,

Thank you for the time you gave us over the last month, and especially for the final panel on Tuesday. I know you took a day's leave from the fire service to be here.

I'm afraid we won't be offering you the Health & Safety Programme Manager role. The panel were very taken with your incident leadership, but in the end we need someone holding NEBOSH Diploma level, and you told us you are about halfway through. With the audit coming in March, we could not wait for it.

I'm happy to share the panel's full notes if you'd find that useful — just say.

Kind regards,
Eleanor Parry
HR Manager, Wrenfield Energy`, 'Programme Manager – final panel'),

  // 25
  rej('screen', ['location'], { ...fb },
    `Hi Sam,

Thanks for making time for the quick call yesterday. Following up on what we discussed — the hiring manager has confirmed the role must be fully in-office in Austin, and since you're set on staying in Denver for now, we'll close out your application here.

Best of luck,
Priyanka
Talent Partner, Fieldstone Analytics`, 'Data analyst role - follow up'),

  // 26
  rej('application', ['generic'], { ...door },
    `Dear Graham,

Thank you for taking the time to apply for the Operations Manager role with Castell Hotels. Unfortunately, you have not been selected for interview.

We hope you will continue to look at our vacancies and apply again in the future.

Warm regards,
Castell Hotels People Team`, 'Castell Hotels – your application'),

  // 27
  rej('interview', ['culture_fit', 'profile_mismatch'], {},
    `Dear Ms Brennan,

Thank you for your interest in joining Ardent Capital and for meeting Mr Lowe and the team.

Following careful consideration, we have decided not to proceed. We felt that other candidates were a closer fit for the role and for the team's fast-paced, high-autonomy way of working.

We wish you the best in your future endeavours.

Yours sincerely,
Human Resources
Ardent Capital Management LLP
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.`, 'Ardent Capital – Associate, Investor Relations'),

  // 28
  rej('final', ['generic'], {},
    `Hi Anjali,

Thank you for coming in for the final round last week and for your patience. After a lot of discussion we've decided to go in a different direction.

Wishing you well,
Ben`, 'Re: final round'),

  // 29
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Connor,

Thanks for applying to be a Junior Data Engineer at Paddock. We read every application by hand, and we liked yours — your cover letter about automating the farm's feed records was a great read.

For this role we need at least a year of working with cloud data warehouses (BigQuery or Snowflake), and we couldn't see that on your CV yet. Once you've got some of that under your belt, please do apply again — we'd really like to hear from you.

The Paddock team`, 'Paddock – Junior Data Engineer'),

  // 30
  rej('interview', ['position_filled', 'profile_mismatch'], {},
    `Dear Abena,

Many thanks for interviewing for the Medical Science Liaison post. We have now offered the role to a candidate who has previously worked as an MSL in oncology and whose experience more closely matched our needs. The offer has been accepted.

Kind regards,
Thalia Bioscience Recruitment`, 'MSL – Thalia Bioscience'),

  // 31
  rej('application', ['salary'], { ...fb },
    `Hello Dominic,

Thanks for your application to Kinloch Outdoor. On the application form you gave an expected salary of £65k. The budget for this Operations Lead role is £42–46k, so we won't be taking your application further.

Thanks again,
Kinloch Outdoor`, 'Operations Lead'),

  // 32
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Eva,

Following your interview with our Head of Data and me on Friday, I'm sorry to say we won't be moving you forward for the Analytics Engineer position.

Quite a bit went well: you clearly know your way around statistics from your years in the lab, and the way you talked about experimental design was a highlight. What held us back was dbt — the role is about 70% building and maintaining dbt models, and you mentioned you've only followed a tutorial so far.

Thanks again,
Luca Ferraro
Recruiter, Brightpool`, 'Analytics Engineer – Brightpool'),

  // 33
  rej('screen', ['overqualified'], { ...fb },
    `Hi Jeremy,

Lovely to speak yesterday. Having thought about our chat, I don't think the Kitchen Operations Supervisor role is right for you. You've run three sites as executive chef, and this is a shift supervisor post with a narrow remit, so we'd be asking you to take a real step down. We'll leave it there for this one.

Best,
Holly
Talent, Pronto Kitchens Group`, 'Quick follow-up'),

  // 34
  rej('final', ['culture_fit'], { ...fb, ...offered },
    `Dear Wen,

Thank you for spending Friday with us in Bristol — the exercise with the design team, lunch, and the final conversation with Hollie and Dev.

We have decided not to offer you the Product Manager role. Everyone enjoyed meeting you. Where we landed was about fit with how this particular team works: they're very loud, very quick, argue in the open, and several people felt your more considered, written style would be at odds with that day to day. I realise that's not easy to hear.

If you would like to talk through the feedback in more depth, I'm glad to.

Best wishes,
Oren Katz
Head of People, Lumen & Loom`, 'Lumen & Loom — Product Manager'),

  // 35
  rej('application', ['location', 'skills_gap'], { ...fb },
    `Dear Ibrahim,

Thank you for applying for the Clinical Trials Coordinator position at St Aidan's Research Unit. To be considered, applicants must be registered with the NMC and living within commuting distance of Newcastle, as the post is fully site-based. Your application indicates that your nursing registration is with the Nigerian council and that you are currently based in Abuja. We are unable to progress it.

Yours sincerely,
St Aidan's Research Unit Recruitment`, 'Clinical Trials Coordinator'),

  // 36
  rej('interview', ['generic'], { ...offered, ...door },
    `Hi Hannah,

It was great to meet you when you came in on Thursday. We have now finished interviewing for the Operations Associate role and, unfortunately, we won't be progressing your application this time.

We'd be happy to keep your details for future roles, and if you'd like feedback, just reply to this email.

Thanks,
Kit
Talent Team, Harrow & Lane`, 'Harrow & Lane'),

  // 37
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Darren,

Thanks for doing the scheduling exercise and sending it back so quickly.

I'm afraid we won't be taking you on to the interview stage. Our reviewers said your plan missed the critical path through the procurement tasks, so the end date was three weeks optimistic, and the risk log didn't say who owns each risk. Your stakeholder map was very good.

Ring me if you'd like to talk it through.

Cheers,
Nina Chowdhury
Recruitment Consultant, Pathmark Talent`, 'PMO exercise'),

  // 38
  rej('application', ['internal_candidate'], {},
    `Dear Ayo,

Thank you for your application for the Product Analyst role. We have decided to fill this position with an existing member of staff, so we will not be taking external applications further.

Best regards,
Morrow Group Recruitment`, 'Product Analyst - Morrow Group'),

  // 39
  rej('final', ['position_filled'], { ...door },
    `Dear Kieran,

I'm writing about the Project Manager role following the final interviews and reference calls. We've now appointed another candidate, who starts next month.

I want you to know this was close. You're exactly the sort of person we want to hire — when the next PM vacancy opens I will be in touch with you directly before it's advertised.

Regards,
Sinead O'Hara
Programme Director, Calloway Infrastructure`, 'Project Manager - Calloway'),

  // 40
  rej('application', ['role_closed'], { ...door },
    `Hi Bethany,

Thank you for your interest in our Learning Technologist role. Following an internal budget review, we have taken the difficult decision not to fill this position at this time, and we have closed it.

We'll hold your CV on file and reach out if a similar position becomes available.

Best regards,
Eastmoor College HR`, 'Learning Technologist – Eastmoor College'),

  // 41
  rej('interview', ['profile_mismatch'], {},
    `Dear Mr Petrov,

Thank you for attending an interview for the position of Junior Data Scientist. We regret to inform you that, having interviewed a number of strong candidates, we have selected someone whose background is more closely aligned to the role.

Yours sincerely,
Lindenhof Insurance AG, Human Resources`, 'Interview outcome'),

  // 42
  rej('interview', ['skills_gap', 'location'], { ...fb, ...door },
    `Hi Gwen,

Thanks for chatting with Aled and me. I've got good news and bad news, so bear with me.

The bad: we won't be taking you forward for the Content Designer role. There were two things. We need someone fluent in written Welsh, as half our services go out bilingually, and from our chat you're still at a learner's level. And the team is moving to three days a week in the Cardiff office, which you said wouldn't work from Aberystwyth.

The good: your writing samples were lovely and the way you rewrote our form was brilliant. We're opening two fully remote English-language roles in the spring — I'd really like you to apply for one of those.

Diolch,
Sioned
Delivery Manager, Gwasanaeth Digidol`, 'Content Designer'),

  // 43
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Luis,

Thanks again for the call. As I mentioned, the client is strict about needing PRINCE2 Practitioner for this contract, and you have Foundation only, so I can't put you forward for it.

Good luck with the rest of the search.

Martin Shaw
Senior Consultant, Ravelin Recruitment`, 'PM contract'),

  // 44
  rej('final', ['skills_gap', 'profile_mismatch', 'position_filled'], { ...fb },
    `Dear Yolanda,

Thank you for everything you have put into this process. After the final-round conversation with Anna, Dev and our CTO, we have decided to offer the Solutions Architect role to another candidate.

I want to give you a real reason and not a form one. The candidate we chose had done this exact job before, at a company our size. With you, we kept coming back to the fact that you haven't yet designed for multi-tenant cloud at scale — your architecture work as a civil engineer is impressive, and transferable in a lot of ways, but for this role that gap was the deciding factor.

I hope that's useful. I'd genuinely like to see where you are in a year.

With best wishes,
Ruth Adeleke
VP Engineering, Cobalt Yard`, 'Solutions Architect — final decision'),

  // 45
  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Rosalind,

Thanks for applying to be an Office Coordinator at Wimbrel. You've got so much experience — twenty years in law including running a practice — that we think you'd be over-qualified for a role that's mostly booking rooms and ordering stationery.

If you're looking to move into operations, keep an eye on us: we're hiring an Operations Manager early next year and I'd really encourage you to apply.

Best,
Wimbrel People Team`, 'Office Coordinator at Wimbrel'),

  // 46
  rej('interview', ['assessment'], { ...fb },
    `Dear Colm,

Thank you for the interview on 3 December, which included the live case study.

The panel were unable to recommend you for appointment. The case was the deciding part: your analysis identified the right staffing issue but the cost model had errors that meant the recommendation would have increased spend rather than reduced it, and time ran out before you reached the implementation plan.

Yours sincerely,
Recruitment Team, North Coast NHS Trust`, 'Interview outcome – Service Improvement Lead'),

  // 47
  rej('application', ['generic'], {},
    `<html><body><p>Dear Candidate,</p><p>Thank you for your interest in Trident Logistics. We have reviewed your application for <b>Transport Planner</b> and regret that we will not be moving forward at this time.</p><p>Trident Logistics Talent Acquisition</p><p style="font-size:9px">Powered by Hirewell. Unsubscribe</p></body></html>`, 'Trident Logistics: Update on your application'),

  // 48
  rej('interview', ['salary'], { ...fb, ...offered },
    `Hi Ahmed,

Thanks for speaking with Rory and me on Tuesday — we enjoyed it, and your experience commissioning water plants is unusual for a data role in a good way.

We've decided not to take things further. Over the interview it became clear that your salary expectation of around £75k is well above what we can pay for this level (the ceiling is £55k), and we didn't think it was fair to ask you to take that cut.

If you'd like a more detailed rundown of how the interview went otherwise, let me know and I'll send it over.

Kind regards,
Faye
Recruitment Partner, Tidal Metrics`, 'Re: Data Analyst interview'),

  // 49
  rej('final', ['internal_candidate', 'position_filled'], {},
    `Dear Sofia,

Thank you for attending the final interview for the Programme Manager role. I'm writing to let you know that the post has been offered to and accepted by an internal applicant. We won't be able to take your application any further.

Kind regards,
Emma Clarke
HR Advisor, Fenwick Housing Association`, 'Programme Manager'),

  // 50
  rej('application', ['profile_mismatch'], {},
    `Hi Kelly,

Thanks for applying. After reviewing your experience against the job description, we don't feel it's the right fit for our Sales Development Rep role at this time.

Thanks,
Recruiting @ Vantra`, 'Your application to Vantra'),

  // 51
  rej('interview', ['culture_fit'], { ...fb },
    `Dear Patrick,

Thank you for meeting with our team in Glasgow. We enjoyed the discussion and your stories from the Navy.

We won't be offering you the Site Operations Manager role. We felt that the values you described and the way you prefer to lead were different from the collaborative, flat culture we are trying to build here.

Best wishes for the future,
Hazel Reid
Managing Director, Clydeside Print`, 'Site Operations Manager'),

  // 52
  rej('assessment', ['assessment'], {},
    `Hi there,

Thanks for completing the Codewell technical challenge for the Apprentice Developer (Career Switchers) pathway. Unfortunately your submission did not meet the threshold required to proceed to the next stage.

Codewell Recruitment`, 'Your Codewell challenge result'),

  // 53
  rej('final', ['location'], { ...fb, ...door },
    `Dear Mariam,

Thank you for coming to our offices for the final round and for meeting the whole senior team. Everyone spoke highly of you afterwards.

We have run into an obstacle we should have checked earlier. Our legal team has confirmed that we cannot sponsor a Skilled Worker visa for this role, as it does not meet the required salary threshold for the occupation code, and so we are unable to make you an offer. I am so sorry this came so late in the process.

Please keep in touch with me. If your circumstances change, or we open a more senior role that does qualify, I would love to hear from you.

Yours,
Lydia Crane
People Director, Farrow Health Analytics`, 'Farrow Health Analytics — update'),

  // 54
  rej('interview', ['position_filled'], { ...offered },
    `Hi Derek,

Thanks for your patience and for meeting Sarah and the team. We've now filled the Continuous Improvement Lead role. Happy to share thoughts from the interview if helpful — just shout.

Kind regards,
Amy
Recruitment, Bexley Foods`, 'CI Lead'),

  // 55
  rej('application', ['skills_gap'], { ...fb },
    `Dear Teresa,

Thank you for applying for the position of Associate Product Manager. This role requires at least two years of product or software experience in a commercial setting, and the CV you submitted shows your experience to date has been in primary education. For this reason we won't be progressing your application.

Best wishes,
Hartwell Digital Recruitment`, 'Associate Product Manager'),

  // 56
  rej('screen', ['role_closed'], {},
    `Hi Jonah,

Thanks for your time on our intro call last week. I'm afraid the Operations Manager role has been pulled — the business decided to merge it with an existing post after the Q3 numbers came in. So there's nothing for us to take forward at the moment, and I'm closing your application.

Sorry to be the bearer of bad news,
Mira, Talent @ Saltmarsh`, 'Operations Manager - update'),

  // 57
  rej('interview', ['overqualified'], { ...fb },
    `Dear Gregory,

Thank you for the interview on Monday.

You are clearly capable of far more than this role. As a former deputy head teacher you have managed budgets, staff and parents on a scale that our Training Coordinator will never touch, and we felt you would quickly outgrow it. For that reason we have decided not to proceed.

With best regards,
Nadine Ross
L&D Manager, Arlo Retail`, 'Training Coordinator'),

  // 58
  rej('final', ['generic'], { ...door },
    `Dear Aisha,

Thank you for your time over the last few weeks and for joining us for the final stage of interviews.

I'm sorry to let you know that we will not be offering you the role. This was an incredibly competitive process.

We have all been impressed by you and hope our paths cross again. Our door is always open.

Kind regards,
Julian Marks
Hiring Manager, Solent Analytics`, 'Following your final interview'),

  // 59
  rej('application', ['location'], { ...fb },
    `Thank you for applying to Brisa Foods. This role is only open to candidates residing in Portugal, so unfortunately we are unable to consider your application.

Brisa Foods Recruitment — Do not reply.`, 'Brisa Foods: Operations Analyst'),

  // 60
  rej('interview', ['internal_candidate'], { ...door },
    `Hi Noor,

Thanks for meeting Phil and me on Wednesday — great conversation about your years as a theatre nurse and what you want from a move into medtech.

I wanted to let you know quickly: we had an internal applicant come forward late for the Clinical Specialist role, and they've been appointed. I'm sorry it's happened this way.

I'd really like to keep you in our pipeline — we expect to hire two more specialists next year, and I'll contact you first.

Best,
Greg Ashby
Sales Manager, Orthonova`, 'Clinical Specialist'),

  // 61
  rej('assessment', ['assessment', 'profile_mismatch'], {},
    `Dear Ms Kowalczyk,

Thank you for completing the psychometric assessments as part of your application for the Graduate Project Management scheme. We have carefully considered your results along with your application, and we regret to inform you that other candidates scored more highly and were a closer match to the profile we are looking for.

Kind regards,
Graduate Recruitment, Stanmore Engineering`, 'Graduate Project Management Scheme'),

  // 62
  rej('final', ['salary', 'position_filled'], { ...fb },
    `Hi Paul,

Thanks for coming in to meet Jenny, Ken and me for the last round, and for being so upfront about numbers when we spoke afterwards.

We've now offered the role to another candidate, who has accepted. To be honest, a big part of it was budget: we couldn't get close to the £95k you needed to leave the Army on a like-for-like basis. Everything else about you was great — your programme management examples were the strongest we heard.

All the best,
Sanjay Rao
Director, Ironbridge Consulting`, 'Ironbridge — final round'),

  // 63
  rej('application', ['generic'], {},
    `Hi Louise,

Thanks for applying for the Community Manager role at Sprout. We've had a lot of interest and unfortunately you haven't been selected to move to the next stage.

Take care,
Sprout`, 'Sprout - Community Manager'),

  // 64
  rej('interview', ['skills_gap'], { ...fb },
    `Hello Rahul,

Thank you for interviewing with the analytics team. I know you've been working hard on this move from mechanical engineering.

We will not be extending an offer. The deciding factor was experience with experimentation: the role runs A/B tests for the pricing team every week, and when Hana asked about power calculations you hadn't worked with them yet. Your modelling background is clearly strong and the panel enjoyed the conversation.

Regards,
Mei Tanaka
Analytics Lead, Ferrous Commerce`, 'Analytics Interview - Ferrous'),

  // 65
  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Andrea,

Thank you for jumping on the phone with me yesterday. I've spoken with the hiring team and, for this particular role, they're going to focus on candidates with a more traditional product background.

This isn't a closed door for you, though — I've added you to our shortlist for the Customer Education roles we'll be opening in January, which I think would suit a former teacher really well.

Speak soon,
Sian
Recruiter, Hollowell`, 'Following our call'),

  // 66
  rej('final', ['role_closed'], {},
    `Dear Benjamin,

Thank you for taking part in the final stage of our selection process for the Head of Kitchen Operations. I am writing to inform you that, following a strategic review, the company has decided not to proceed with this appointment, and the role has been withdrawn. We will therefore not be making an offer to any candidate.

We apologise for the disappointment this may cause.

Yours sincerely,
Caroline Webb
Group HR Director, Orchard Table Restaurants`, 'Head of Kitchen Operations'),

  // 67
  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Michael,

Thank you for your application for the Graduate Data Analyst scheme.

Unfortunately, this scheme requires a degree in a quantitative subject awarded within the last three years, and applicants must be eligible to work in the UK without sponsorship. On both points your application does not meet the criteria, so we cannot take it further.

Kind regards,
Gravesend Group Early Careers`, 'Graduate Data Analyst scheme'),

  // 68
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Francesca,

I wanted to write after your conversation with Ollie and me last week. We've given it a lot of thought, and we're not going to take your application for the Product Operations role further.

You bring a lot — there's no doubt your work in family law has taught you things about process and people that most product people never learn. We just met others who've already worked in product and we felt they were the better match for where the team is now.

If a debrief would be useful, I'd be happy to give you half an hour.

Warmly,
Zara Hughes
Head of Product Operations, Beacon Street`, 'Product Operations'),

  // 69
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Sandra,

Thank you so much for completing the written exercise for our Returners Programme — I know it's not easy fitting these things around school runs!

Unfortunately, we won't be progressing you to interview. Your exercise was well written, but it didn't answer the second part of the question (the recommendation for the client), which carried half the marks.

We'd love you to apply again when the next cohort opens in the spring.

Best wishes,
Returners Programme Team, Mortlake Advisory`, 'Your returner application'),

  // 70
  rej('interview', ['role_closed', 'internal_candidate'], {},
    `Hi Ed,

Thanks for meeting us on Monday. Since then the leadership team has restructured the department; the Programme Coordinator role no longer exists as a separate post and its work has gone to an existing team member. We won't be continuing with your application.

Regards,
Kate
Greenline Energy`, 'Greenline - update'),

  // 71
  rej('final', ['culture_fit'], { ...fb, ...door },
    `Hi Marta,

Thank you for joining us for the final round — I know the trip from Kraków was a long one.

I'm sorry to say we will not be offering you the Operations Lead role. It came down to team fit: the founders felt they need someone who is comfortable with a great deal of ambiguity and rough edges, and your experience in hospitality kitchens has been in very tightly run, hierarchical places.

I'd like to stay in touch. As we grow, I think there will be a role that suits you well.

Best,
Ola
People Lead, Kasza`, 'Kasza – final round'),

  // 72
  rej('application', ['position_filled'], {},
    `Thank you for applying for the Teaching Assistant to Instructional Designer pathway at Learnfield. The position has now been filled.

Learnfield Careers`, 'Learnfield application'),

  // 73
  rej('interview', ['generic'], {},
    `Hi Aidan,

Thanks for interviewing. Unfortunately we've decided not to move forward with your candidacy.

Regards,
Nexum`, 'Nexum - your interview'),

  // 74
  rej('screen', ['salary', 'location'], { ...fb },
    `Hello Joanne,

Thanks for your time on the phone. After discussing with the manager, we won't be progressing your application. The role is based in Manchester with no option for remote work, which you said isn't possible for you, and the salary range of £30–34k is below the minimum you mentioned.

Thank you and best of luck,
Arden Recruitment`, 'Operations Coordinator role'),

  // 75
  rej('final', ['overqualified'], { ...fb, ...offered },
    `Dear Harriet,

Thank you for coming back to see us for the last interview, and for your openness with the panel.

We've decided not to offer you the role of Service Delivery Coordinator. The panel felt strongly that you'd be under-used: you've led wards of forty staff as a matron, and the role is a coordinator with no direct reports. We think you'd be happier and more valuable somewhere that makes use of that leadership.

If you'd like to talk this through, I'm glad to give feedback by phone.

Best regards,
Ruth Kingsley
Service Director, Carewell Home Support`, 'Service Delivery Coordinator'),

  // 76
  rej('application', ['profile_mismatch'], {},
    `Dear Victor,

Thank you for submitting your application for the position of Business Operations Associate.

After careful review, we have decided to pursue candidates whose qualifications are a better fit for the needs of the role.

We wish you the best of luck in your job search.

Sincerely,
Talent Acquisition
Corvane Inc.`, 'Business Operations Associate'),

  // 77
  rej('interview', ['salary'], { ...fb, ...door },
    `Hi Omar,

Thanks for chatting with Lucy and me. We really liked you.

Where we've ended up: the salary you need and what we can offer for this role are too far apart, so we'll stop here. If we raise a Series B next year we'll have more room — please check back with us then.

Cheers,
Finn
Co-founder, Hatchway`, 'Hatchway'),

  // 78
  rej('assessment', ['assessment'], {},
    `Dear Applicant,

Thank you for completing the situational judgement test for the Police Staff Investigator role. We are sorry to inform you that you did not achieve the required score and your application will not progress.

Recruitment Team
West Moorland Police`, 'Situational judgement test result'),

  // 79
  rej('interview', ['location'], { ...fb, ...door },
    `Hi Zainab,

Thank you for interviewing for the Implementation Consultant role. We really enjoyed meeting you.

As we discussed, the role involves travelling to client hospitals across the north of England three to four days a week, and with your caring responsibilities you told us that level of travel wouldn't be possible. We agree it isn't the right role at this time, so we won't proceed.

We'd be glad to hear from you if a more office-based position comes up — please keep an eye on our careers page.

Best regards,
Sarah Holt
Talent Partner, Medisoft`, 'Implementation Consultant'),

  // 80
  rej('application', ['internal_candidate'], {},
    `Hi Naomi,

Many thanks for applying for the Operations Analyst opening. We're writing to let you know it has been filled by an internal transfer, so we will not be moving forward with external applicants.

Kind regards,
Hanover Retail Talent Team`, 'Operations Analyst - Hanover Retail'),

  // 81
  rej('interview', ['overqualified', 'culture_fit'], { ...fb },
    `Dear Lawrence,

Thank you for the interview on Wednesday.

We have decided not to proceed. Having discussed it, we felt that your considerable seniority was beyond what this role needs, and that the way you like to work — leading from the front — would not fit a small, peer-led team.

Kind regards,
Sabine Meyer
Head of Operations, Kiln Studio`, 'Interview - Operations Assistant'),

  // ── Paused
  // 82
  hold('interview', ['role_closed'], {},
    `Dear Claire,

Thank you again for meeting Sarah and the team last week. I owe you an update.

The business announced a reorganisation of the operations division on Monday, and all open roles in it — including the Operations Project Manager role — are paused while the new structure is agreed. Your application is still open, and nothing has been decided about it. We expect to know more in about six weeks and I will contact you as soon as I can.

Kind regards,
Aileen Fraser
Talent Acquisition, Morven Distillers`, 'Operations Project Manager – update'),

  // 83
  hold('final', ['role_closed'], {},
    `Hi Dev,

I wanted to keep you posted rather than go quiet. After your final round with us, the hiring manager for the Data Engineering Lead role, Karen, has handed in her notice. We don't want to make a hire into her team without her successor having a say, so we're pausing the decision until the new head is in place — likely early February.

You're still very much in the running. Sorry for the wait.

Best,
Jo
Talent, Stackwise`, 'Data Engineering Lead - quick update'),

  // 84
  hold('application', ['role_closed'], {},
    `Thank you for applying to Pellham Group. The Learning Design Associate vacancy is currently on hold pending a budget review. Your application remains active and we will be in contact once the review has concluded.

Pellham Group Recruitment`, 'Your application with Pellham Group'),

  // 85
  hold('interview', ['generic'], {},
    `Hi Tara,

Sorry it's gone quiet since your conversation with our CTO. We'll come back to you in the new year — the holidays have scattered everyone and we want the whole panel in the room for the decision.

Have a lovely break,
Chris
Ops, Fennel Health`, 'Re: next steps'),

  // 86
  hold('screen', ['role_closed'], {},
    `Hi Martin,

Thanks for the chat last week about the Project Manager role. Just a heads up that the client has frozen all hiring until their budget for next year is signed off in January. Your application isn't being turned down — it's simply on ice. I'll be back in touch the moment it thaws.

Cheers,
Leanne Moss
Moss & Partners Recruitment`, 'PM role - freeze'),

  // 87
  hold('assessment', ['generic'], {},
    `Dear Kofi,

Thank you for the task you sent back. The review of submissions is taking longer than planned because of the number we received, and we now expect to reply by the end of the month. We apologise for the delay.

Regards,
Talent Team, Ostrava Pharma`, 'Your submission'),

  // 88
  hold('final', ['role_closed'], {},
    `Dear Wendy,

I know you will have been waiting to hear from us after your final interview, and I'm sorry it has taken so long.

We have had a change at board level, and the new chief executive has asked that all senior appointments wait until she has reviewed the structure of the organisation. The Head of Quality role is one of those. I can tell you that you were very well regarded by the panel, and the process has been paused rather than closed. We hope to resume in March.

With best wishes,
Angela Moyo
HR Director, Silverdale Care Trust`, 'Head of Quality'),

  // 89
  hold('application', ['role_closed'], {},
    `Hi Lucas,

Quick one: we've had to put the Product Associate hiring on pause while we review the team structure for next year. No decisions have been made on candidates. We'll let you know when things restart.

Cheers,
Mel`, 'Product Associate'),

  // 90
  hold('application', ['generic'], {},
    `Hello Grace,

We're writing to let you know there will be a delay in reviewing applications for our Return to Work Analyst programme, as our assessors are currently working through a backlog. We expect to be in touch during January. Thank you for your patience.

Rowntree Capital Early Careers`, 'Return to Work Analyst programme'),

  // 91
  hold('interview', ['role_closed'], {},
    `Dear Samuel,

Thank you for your time on Tuesday with myself and Captain (retd) Hale. I'm afraid we need to press pause: our contract renewal with the Ministry has been delayed, and until it's confirmed we can't commit to new headcount on the programme. I'd ask for your patience — we'll pick this up with you again as soon as the contract is signed, hopefully in the next six to eight weeks.

Regards,
Ruth Ingham
Programme Director, Aegis Delivery Ltd`, 'Programme Support Officer'),

  // ── Look-alikes
  // 92
  other(`Dear Priya,

Unfortunately we need to move your interview on Thursday. Our Head of Data has been called away. Could you do Monday 9th at 2pm instead? Apologies for the short notice.

Best,
Lena, Recruitment Coordinator, Hawthorn Insights`, 'Interview - change of time'),

  // 93
  other(`Hi James,

We regret the delay in getting back to you — it's been a hectic few weeks. I'm pleased to say we'd like to invite you to a second interview with our COO for the Operations Manager role. Are you free on Wednesday afternoon?

Thanks,
Rachel`, 'Second interview'),

  // 94
  other(`Hi Mona,

Sadly the hiring manager is off sick this week, so we'll need to rebook your interview. I'll send some new times by Friday. So sorry about this.

Tom
Talent @ Rivermark`, 'Your interview on Wednesday'),

  // 95
  other(`Dear Adebayo,

Thank you for your interview for the Senior Project Manager role. Having reviewed everything, the panel felt that the senior post isn't quite the right match at this stage — but they were very keen on you for our Project Manager role in the same team, and we'd like to move you straight through to the final stage for that one. It carries a salary of £58k.

Can you let me know whether you'd like to go ahead? I'll set up the final interview as soon as I hear.

Kind regards,
Natalie Greer
Recruitment, Fordham Rail`, 'Next stage'),

  // 96
  other(`Hi Esther,

Thanks so much for the conversations over the past couple of weeks. We're not able to offer you the permanent Product Analyst role yet — headcount for it isn't confirmed until April — but we'd love you to start with us as a contractor from January at a day rate of £350, with a view to converting you once the role is signed off.

Let me know what you think and I'll send the paperwork.

Best,
Ollie
Head of Product, Parcelbird`, 'An offer'),

  // 97
  other(`Dear Ms Halloran,

Thank you for letting us know that you wish to withdraw your application for the Clinical Account Manager position. We're sorry to see you go, and we have closed your application as requested.

We wish you every success in your new role.

Kind regards,
Recruitment Team, Ventris Pharma`, 'Withdrawal confirmed'),

  // 98
  other(`RETURN TO WORK | Winter Newsletter

Hello again from the Comeback Careers community!

This month: how three of our members moved from teaching into UX, our new partnership with Fellbrook Bank's returnship, and a free webinar on explaining a career break in interviews (Tuesday 7pm).

Sadly we're not able to reply to every message personally, but we read them all.

Unsubscribe | Manage preferences`, 'Comeback Careers — Winter edition'),

  // 99
  other(`Hi Daniel,

Please disregard my previous email — it was meant for a different candidate, and I'm so sorry for the confusion and any upset it caused. Your application for the Data Analyst role is very much still active, and we'd like to invite you to the technical interview next week. I'll send times shortly.

Again, apologies.

Georgia
Talent Team, Quarry Analytics

-----Original Message-----
From: Georgia Hale
Sent: 3 December 10:12
Subject: Data Analyst application

Dear candidate, thank you for your application. Unfortunately your application was unsuccessful on this occasion.`, 'RE: Data Analyst application'),

  // 100
  other(`Dear Karen,

Thank you for applying for the Sales Operations Analyst role at Marlow Medical. We have received your application and our team will review it carefully. If you are shortlisted we'll be in touch within two weeks.

Unfortunately, due to the volume of applications, we cannot respond to individual enquiries about progress.

Marlow Medical Careers`, 'We received your application'),

  // 101
  other(`Hi Chidi,

I'm delighted to offer you the position of Project Manager at Keel & Anchor, starting 6 January. Your formal offer letter is attached. I know the move out of the Army has been a long road — we're thrilled you're joining us.

Best,
Harriet Lyle
Operations Director`, 'Offer of employment'),

  // 102
  other(`Dear Fiona,

Thank you for your interest in Linden Bank. Unfortunately applications for the 2027 Returnship Programme don't open until February, so we can't accept your CV just yet — but we've added you to the mailing list and invited you to our open evening on 22 January, where you can meet past returners.

Linden Bank Early Careers`, 'Linden Bank Returnship'),

  // 103
  other(`Hi Aaron,

Thanks for getting back to me so quickly! Sadly Wednesday doesn't work for the panel after all. Could we do Thursday at 11 instead? Same link.

Best,
Jess`, 'Re: Interview Wednesday'),

  // 104
  other(`Hi Priti,

Thanks for sending back the task. Unfortunately I haven't had time to look at it properly yet — I'm in workshops all week — but I'll review it early next week and come back to you.

Cheers,
Nikhil
Engineering Manager, Skylark Labs`, 'Re: take-home'),

  // 105
  other(`Dear Stephen,

I'm sorry to hear that you've decided to accept another offer and withdraw from our process. It was a pleasure to meet you, and we wish you every success with the next chapter. Should you ever want to talk to us again, our door is open.

Kind regards,
Lorna Fitch
Talent Acquisition, Burnside Engineering`, 'Re: Withdrawing my application'),

  // 106
  other(`Hi Mei,

We're not able to progress your application for the Senior Data Scientist role — we'd instead like to put you forward for our Data Scientist vacancy, which we think matches your experience better. The hiring manager has already seen your CV and would like to speak with you next week. Does Tuesday at 10am suit?

Best,
Ravi
Talent Partner, Oakvale Insurance`, 'Your application – a different role'),

  // 107
  other(`Job alert: 12 new roles for "career changer project manager"

- Junior Project Manager, Halcyon Homes, Bristol
- Project Coordinator, Tern Energy, remote
- Associate PMO Analyst, Brightford, Leeds

Unfortunately some roles may have closed since this alert was sent.

You're receiving this because you set up an alert on JobTrail. Manage alerts.`, '12 new jobs for you'),

  // 108
  other(`Dear Leonie,

Thank you for your application to the Career Returners Programme. Unfortunately we are experiencing technical difficulties with our portal and your CV did not upload correctly. Could you please email it to returners@castlegate.co.uk? Your application will then proceed as normal.

Castlegate Partners`, 'Action required: your application'),

  // 109
  other(`Hi Brendan,

After meeting Sarah and the team, we'd love to make you an offer for the Operations Coordinator role! Unfortunately the salary can't quite stretch to the £45k you asked for, but we can offer £42k with a review at six months. Details attached — let me know what you think.

Warmly,
Emma
People, Harvest Kitchen Co`, 'Good news!'),

  // 110
  other(`Hello Nicola,

Regrettably our offices will be closed from 23 December to 2 January, so please expect a slower reply from us during that period. Your application for the Medical Representative role is still under review.

Season's greetings,
Apex Life Sciences Recruitment`, 'Holiday closure'),

  // 111
  other(`Hi Ifeoma,

Thank you for the time you spent on the take-home — we know it's a lot alongside nursing shifts. Good news: the reviewers loved it, and we'd like you to come in on Thursday to meet Sarah and the team. I'll send a calendar invite.

Best,
Daisy
Recruiting, Pulsewell`, 'Pulsewell - next stage'),

  // 112
  other(`Dear Henry,

This is to confirm that we have received your request to be removed from our talent pool. Your data has been deleted in line with our privacy policy. We're sorry to see you go.

Regards,
Data Protection Team, Strand Recruitment`, 'Your data removal request'),

  // 113
  other(`Hi Sophie,

Sorry — I've been sitting on this too long! Having reviewed everything from the last few weeks, we're really keen to move you to the final stage: a half-day with our founders on the 14th. Let me know if that date works.

Best,
Laurie
Founder's Office, Tinderbox`, 'Final stage'),

  // 114
  other(`Dear Mohammed,

Unfortunately, because of a clash in the diary, we need to change the format of your interview from in-person to video. The time stays the same (Tuesday 10:30). A Teams link will follow.

Kind regards,
Recruitment Team, Brayfield Council`, 'Change to interview format'),

  // 115
  other(`Hi Anna,

Just a note to say that we're still reviewing applications for the Instructional Designer role and haven't made any decisions yet. We appreciate your patience and will be in touch by the 20th.

Thanks,
Northlight Learning`, 'Instructional Designer - update'),

  // 116
  other(`Dear Jack,

Thank you for accepting our offer. We're delighted you'll be joining Cartwright Logistics as Transport Operations Manager. HR will be in touch about your start date and onboarding.

Unfortunately parking on site is limited, so please let us know if you'll need a permit.

Best regards,
Sandra Quinn
Cartwright Logistics`, 'Welcome aboard'),

  // 117
  other(`Hi Precious,

Our apologies — the email you received yesterday saying your application had been unsuccessful was sent in error by our applicant tracking system. Your application for the Patient Access Lead is still being considered, and the hiring manager will review shortlisted candidates next week.

We're sorry for any distress this caused.

People Team, Harlow Medical Group`, 'Correction: your application'),

  // 118
  other(`Hi Rupert,

Really sorry to hear about your family situation, and of course we completely understand your decision to step out of the process for now. I've withdrawn your application for the Programme Manager role as you asked. When you're ready, get in touch — we'd be glad to hear from you.

Take care,
Bella`, 'Re: Stepping back'),

  // 119
  other(`Dear Farah,

Thank you for registering with Second Act, the network for people changing careers after forty. We regret that our autumn mentoring cohort has already started, so you've been placed in the spring cohort, which begins on 3 March. Your mentor's details will follow.

The Second Act Team`, 'Welcome to Second Act'),

  // 120
  other(`Hi Owen,

Thanks for your application to Vellum. We're not quite ready to make any decisions yet, as we're still speaking to candidates this week. I'll update you by Friday either way.

Cheers,
Isla`, 'Re: application'),

  // 121
  other(`Dear Callum,

Following your interview, we're pleased to confirm you have passed to the next stage: the assessment centre on 18 January. Unfortunately we can't reimburse travel expenses for this stage. Full details are attached.

Kind regards,
Graduate Recruitment, Dunmore Bank`, 'Assessment centre invitation'),

  // 122
  other(`Hey Vanessa,

Unfortunately I can't make our coffee on Friday — something's come up with the kids. Are you free the week after? Still keen to hear how the bootcamp's going and chat about roles in our data team.

Josh`, 'coffee'),

  // 123
  other(`Dear Trevor,

Thank you for your recent interview with the Veterans Into Industry scheme. We are pleased to tell you that you have been matched with a placement at Holloway Engineering as a Project Support Officer, starting in February. Your mentor will contact you shortly.

Veterans Into Industry`, 'Placement confirmed'),

  // 124
  other(`Hi Gemma,

I wanted to apologise for the delay in getting you feedback from your interview last week — the panel hasn't all submitted their notes. You're still in the process, and I'll be in touch on Monday with next steps.

Thanks,
Sam
Talent, Orbit Retail`, 'Sorry for the delay'),

  // 125
  other(`Hi Kemi,

Thanks for your note. I'm afraid we can't move the deadline for the take-home to next week, but we can give you until Sunday evening rather than Friday, if that helps with your shifts.

Best,
Ada`, 'Re: take-home deadline'),

  // 126
  other(`Dear Martina,

We're writing to let you know that your application for the Clinical Educator role was unsuccessful — forwarded in error, please ignore. This message was meant for another applicant. You're through to interview: Monday 12th, 11am, with Dr Ellis and our Head of Nursing.

Apologies for any confusion,
Recruitment, Harbour Health`, 'Clinical Educator – interview'),

  // 127
  other(`Hello Rosa,

Thank you for meeting Sarah and the team on Thursday. We've decided to make you an offer for a six-month fixed-term contract as Operations Analyst — it's not the permanent role you applied for, as that's been delayed until the summer, but we'd like you with us now and expect to move you onto a permanent contract when it opens.

Best,
Jon Carter
Operations Director, Fairhaven Foods`, 'Offer - Operations Analyst'),

  // 128
  other(`Hi Ben,

Sadly we have had to cancel this Friday's information session for the Career Switch Coding Programme because of the rail strike. It's been moved to Friday 17th, same time. Your place is kept.

Switchboard Academy`, 'Information session moved'),

  // 129
  other(`Dear Elaine,

Thank you for your enquiry. Unfortunately I am not the right person to speak to about vacancies in the pharmacy division — I've passed your email to my colleague Ahmed Raza, who will be in touch.

Regards,
Louise Brown
Reception, Kestrel Pharma`, 'Re: Career change enquiry'),

  // 130
  other(`Hi Stuart,

Regret to say the link I sent for tomorrow's interview was the wrong one — please use this one instead: meet.trellis.io/ops-interview. See you at 3.

Rebecca`, 'Corrected link'),

  // 131
  other(`Dear Naledi,

Thank you for your interest in the Data Analyst role. We're sorry we couldn't reply sooner. Your application has now been passed to the hiring manager, who will review it alongside others by the end of next week.

Kind regards,
Talent Team, Westmere Water`, 'Application update'),
];
