/**
 * Development messages of the forty-eighth round, never sealed: mail written by hand after some contact, by hiring
 * managers, founders, team leads, agency recruiters passing on a client's decision, academics and clinicians, each from
 * a different employer. The step the candidate reached is told the way people tell it, often once and in passing
 * ("after our chat on Tuesday", "thanks for coming in", "for the time you put into the exercise", "having now seen
 * everyone", "Amira and I compared notes after your visit"), and sometimes not at all, which leaves the message at the
 * application stage. Reasons come in the writer's own words and often in pairs; feedback about the candidate sits in
 * the middle of the message; feedback is offered ("happy to jump on a call", "ask me anything") or refused; doors are
 * left open in personal words ("don't be a stranger" beside an invitation to come back) or closed. The Englishes vary:
 * Scottish, Irish, South African, Nigerian, Singaporean, Indian, American, Australian and British, and so do the
 * lengths. A few processes are paused rather than closed, and ten messages decline nothing (an invitation to a second
 * round, an offer, a thank-you after an interview with the decision still to come, a withdrawal acknowledged). For
 * development only: the rules may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d48-');

export const HANDWRITTEN_DEV_48: readonly CorpusLine[] = [
  rej('interview', ['skills_gap', 'salary'], { ...fb, ...offered },
    `Hey Marcus,

Thanks again for the hour on Thursday. Priya and I both came away liking you a lot, which makes this note harder to write.

We're not going to move ahead. Two things tipped it. The person in this seat will own our cluster migration from day one, and we need someone who can hit the ground running with Kubernetes; from what you told us, most of your container work has been on ECS with someone else running the control plane. And frankly the budget is tighter than your expectations, by more than I could bridge with equity.

Your answer on the postmortem question was the best we heard all week, for what it's worth. If you want to talk any of this through, I'm happy to jump on a call, just grab a slot on my calendar.

Best,
Tom Reyes
Engineering Manager, Platform
Lanternfield`, 'Lanternfield – platform role'),

  rej('screen', ['location'], { ...fb, ...door },
    `Hi Ailsa,

Lovely to speak with you yesterday. I've been back to the hiring manager and I'm afraid the sticking point is the one we touched on at the end of the call: the team really does need someone in the Glasgow office four days a week, and with you staying up in Inverness that's no going to work for either of you.

It's a shame, because he liked the sound of your background when I read him my notes. If anything more flexible comes up on our side I'll give you a shout, and you're welcome to put yourself forward for anything you see on our page in the meantime.

All the best,
Fiona McLeish
Talent Partner, Caldermuir Energy`),

  rej('application', ['generic'], {},
    `Dear Dr Okonkwo,

Thank you for your interest in the lectureship in Environmental Microbiology. The committee met on Friday and I am sorry to say that your application will not be taken further.

With good wishes,
Professor H. Lindqvist
Head of School, School of Biosciences
University of Ashcombe`),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Jae-won,

Thank you for the time you put into the exercise, it was obvious you took it seriously and we appreciate that.

Where it fell short for us was the data model. The brief asked for bookings that could span midnight and the submission stores them as a single date, so the availability check breaks for late shifts. The UI was clean and the tests were readable, but the reviewers felt the core of the problem wasn't solved, and that's the bit we weight most.

We won't be taking your application forward this time.

Kind regards,
Sunniva Berg
Hiring Lead, Rotabird`),

  rej('final', ['position_filled'], { ...door, ...offered },
    `Dear Ngozi,

Good afternoon and I trust you are well.

I want to thank you sincerely for coming to Lagos for the last stage and for the patience you showed with our long day. You were one of the two people we were deciding between at the end, and the decision went to the other candidate, who has now accepted the offer.

Please do not see this as the end of your relationship with us. We will be growing the credit risk team again in the new year and I would be glad to see your name come through. If you would like to know more about how the panel saw your day, kindly send me a message and we can arrange a short call.

Warm regards,
Adebayo Ogunleye
Head of Risk Analytics
Kora Microfinance Bank`, 'Credit Risk Analyst – outcome'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Ciarán,

Thanks a million for coming in on Wednesday, it was grand to meet you and the lads enjoyed the chat about the old Athlone plant.

We've had a think and we're going to go with someone whose background lines up a bit more closely with what we need on the floor. Nothing against you at all, it was a close enough thing.

Best of luck with it all,
Declan Fahy
Production Manager, Shannonside Plastics`),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Rohit,

I'm the hiring manager for the Salesforce admin role and I wanted to reply personally rather than let the system do it.

I read your CV and the cover note. The honest reason I'm not inviting you in: we need someone who already holds the Platform App Builder cert and has done a CPQ rollout, because I'll be handing over a live project in the first month. You're close on the admin side but you haven't done CPQ yet.

Get that under your belt and please apply again, I mean that.

Cheers,
Melanie Grant
Sales Operations Lead, Tidewell Logistics`),

  rej('interview', ['culture_fit'], { ...fb },
    `Jess,

It was good to meet you last week. After talking it over with the rest of the team, we don't think the way we work (very loose, lots of half-formed ideas thrown around on Slack, not much process) is going to suit you. You said a couple of times that you do your best work with a clear brief and a settled plan, and we just don't have either most weeks. We'd rather be upfront about that than have you find out three months in.

We won't be progressing this one.

Thanks,
Kit
Founder, Smallroom Studio`),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Ifeoma,

Thanks for the call on Monday. As promised, I spoke with my client about the figure you mentioned. Unfortunately their ceiling for the role sits about 15% under it and they aren't able to move, so they've asked me to let you know they won't be going further with your application.

I know that's frustrating when the role itself looked like a good match. I'll keep an eye out for something more in line with where you are.

Regards,
Harriet Cole
Senior Consultant, Brightpath Search`),

  rej('final', ['profile_mismatch', 'position_filled'], { ...fb, ...offered },
    `Hi Anand,

Having now seen everyone on the shortlist, including the full day you spent with us last Tuesday, we've decided to offer the role to another finalist.

I wanted to give you a little more than the usual line. You were strongest of the group on the technical side, no question. Where the other candidate edged it was in the stakeholder piece: the panel felt your presentation stayed inside the detail and didn't quite land the "so what" for the commercial directors, which is most of this job.

If it helps to go through the panel's notes, ask me anything, I'm around all next week.

Thanks again,
Laura Kenning
Director of Pricing, Hollin & Marsh Insurance`, 'Pricing Lead – decision'),

  rej('interview', ['role_closed'], {},
    `Hi Sipho,

Thanks for your time with us on Thursday, it was a lekker conversation and I was looking forward to the next step.

Unfortunately things have moved on this side. We found out on Friday that the Cape Town project this role was meant to support has been cancelled by the client, and with it the headcount. So there's no position to fill anymore and we have to close your application.

I'm really sorry about the timing.

Regards,
Thandeka Mokoena
Project Lead, Kloofnek Engineering`),

  rej('application', ['location'], { ...fb },
    `Hi Wei Ling,

Thanks for sending in your application for the Clinical Research Coordinator post. I should have made this clearer in the advert: the position is funded by a state grant that requires the post holder to already have the right to work in Australia, and we can't sponsor a visa for it.

Sorry I can't take it further.

Dr Pippa Naylor
Trial Manager, Southern Cardiac Research Unit, Adelaide`),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...offered },
    `Dear Aarav,

Thank you for attempting the SQL and Python task we sent across last week. We have gone through your submission in detail.

Your SQL answers were mostly correct, but the Python section was left incomplete, and the questions on window functions were answered with subqueries that would not scale to our table sizes. For this role we need someone who is fully comfortable with pandas from day one, so we will not be moving forward.

Please feel free to write to me if you want a detailed breakdown of the scoring.

Regards,
Kavita Menon
Analytics Manager, Trayas Health`),

  rej('interview', ['profile_mismatch', 'location'], { ...fb, ...door },
    `Hiya Callum,

Sorry this has taken a wee while. Angus and I had a good natter after your interview and we both thought you'd do well somewhere like here, just not quite in this role. It's more of a hands-on site job than it looked in the ad, and the other lad lives ten minutes from the distillery, which matters when we're calling folk in at 5am.

Keep an eye on our page though, there'll be a warehouse supervisor job going in the spring and I'd be happy to see your name again.

All the best,
Morag Innes
Operations, Glenbrackie Distillers`),

  other(`Hi Tobi,

Thanks so much for coming in yesterday. Everyone enjoyed meeting you and the team are still talking about your take on the onboarding flow.

We'd love to bring you back for the second round, which is a 90-minute session with our CPO and a designer. Could you let me know which of these works: Tuesday 2pm, Wednesday 10am or Thursday 4pm?

Speak soon,
Ruth
People Team, Fennel Health`, 'Next round at Fennel'),

  rej('final', ['internal_candidate'], { ...door },
    `Dear Ms Tan,

Thank you for meeting the board panel on Monday for the final round of the Head of Finance appointment.

I wish to let you know that the board has decided to appoint from within. One of our existing directors put herself forward late in the process and the board felt her knowledge of the group made her the right choice at this point.

You were very well regarded by the panel, and we would like to keep your details for future senior openings in the group, if you are agreeable.

Yours sincerely,
Lim Boon Hock
Group HR Director
Meridian Pacific Holdings, Singapore`),

  rej('interview', ['generic'], {},
    `Hi Dev,

Thanks for taking the time to interview with us. We've decided to go in a different direction.

Best,
Alyssa`),

  rej('screen', ['skills_gap', 'overqualified'], { ...fb },
    `Hello Margaret,

Thank you for taking my call this morning, it was a pleasure to hear about your career.

I've fed back to the practice manager. Her concern is twofold. The job is a receptionist and admin role and you've run whole clinics for fifteen years, so she worries you'd be bored inside a month. And she needs someone who has used Dentally day to day, which you said you haven't.

I'm sorry it's not a yes. Thank you for your interest in the practice.

Kind regards,
Joanne Price
Recruitment, Harbourside Dental Group`),

  hold('interview', ['role_closed'], {},
    `Hi Priyanka,

Thanks for your patience since we last talked. I wanted to give you an update rather than leave you wondering.

Our funding for the Q1 hires has been pushed back while the board reviews the budget, so the product analyst role is paused for now. We haven't made a decision on any candidate and you're still very much in the mix. I'm hoping to have clarity by the end of the month and I'll write the moment I do.

Thanks,
Sam Whitfield
Head of Product, Orbitrail`, 'Product Analyst – quick update'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Good morning Chinedu,

Well done on getting to the interview stage, and thank you for the effort you put in on Wednesday.

After the second round, the panel has decided not to proceed with your application. The deciding factor was experience with IFRS 9 provisioning models; the role will be reviewing them from the first week and you mentioned you have only worked with them at the reporting end.

If you would like more detail, kindly reply to this mail and I will arrange a short call with the head of the panel.

Best regards,
Funmilayo Adeyemi
HR Business Partner
Crestfield Bank Plc`),

  rej('application', ['generic'], { ...door },
    `Hi Lucy,

Thanks for getting in touch about the junior editor job. I've had a lot of applications and I've now settled on a few people to meet, and I'm sorry to say you're not one of them this time.

Please do keep an eye on us, we take on a new junior most years.

Warmly,
Helen Ashby
Commissioning Editor, Wrenfold Books`),

  rej('interview', ['assessment', 'profile_mismatch'], { ...fb },
    `Hi Ben,

Thanks for coming in and for working through the design problem with us at the whiteboard.

We're going to pass. The live exercise didn't go as well as we'd have liked, you got stuck on the caching layer for a long time and didn't get to the failure cases, and overall the other people we met were a stronger match for the role.

Good luck,
Raj Patel
Staff Engineer, Quillpoint`),

  rej('final', ['salary', 'location'], { ...fb, ...door },
    `Hi Kemi,

Honestly this is one of the hardest emails I've had to send this year.

You came through the whole process, including the day in Manchester, and everyone who met you wanted you on the team. Where it came undone was at the end, when we got into the detail. The package you need is more than we can offer at this level, and the three days a week in Manchester you'd need to do alongside it just weren't workable from Bristol. We tried to find a way round both and we couldn't.

I'll be thinking of you when we open the senior role next year, and if you're still looking I'd love to talk then.

Lots of thanks,
Gareth
Head of Customer Insight, Bramble Energy`),

  rej('screen', ['generic'], {},
    `Hi Ana,

Thank you for chatting with me last week. The team have reviewed all candidates and, unfortunately, we will not be moving forward with your application.

Thanks for thinking of Vantary, and good luck with the search.

Jordan Ellis
Recruiter, Vantary`),

  other(`Dear Dr Mensah,

Thank you for your email of Thursday letting me know that you have accepted a post elsewhere and would like to withdraw from the consultant appointment process.

I completely understand, and I am sorry we will not be working together. Congratulations on the new role; I hope it goes very well.

Best wishes,
Dr Rachel Oyelaran
Clinical Director, Department of Anaesthesia
Northgate General Hospital`, 'RE: Withdrawal – Consultant Anaesthetist'),

  rej('interview', ['profile_mismatch', 'position_filled'], { ...door },
    `Hi Nomvula,

Amira and I compared notes after your visit on Friday and, honestly, it was a close one. We've decided to offer the role to someone whose portfolio sits a little nearer to the kind of brand work we do day to day.

We'd really like to stay in touch though. Don't be a stranger, and if we open the mid-weight designer role in March, as I hope we will, I'll drop you a line before it goes on the site.

Take care,
Ruan du Plessis
Creative Director, Fynbos & Co, Johannesburg`),

  rej('assessment', ['generic'], {},
    `Dear Siddharth,

Many thanks for completing the written case we sent after your application. We have now reviewed all the submissions and will not be inviting you to the interview stage.

Regards,
Recruitment Team
Ashgrove Partners`),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Rosa,

It was lovely to hear about your work at the food bank and the volunteer rota you rebuilt, that story stayed with all three of us.

I'm sorry to say we've decided not to offer you the coordinator post. The role leads on our grant reporting to the council and two trusts, and the panel felt you'd need a lot of support with the budgeting side of that, which we're not set up to give right now with a team of four.

Please apply again when you have a bit more of that under your belt. We'd be glad to see you.

With best wishes,
Janet Moore
Chief Officer, Eastgate Community Trust`),

  rej('screen', ['location'], { ...fb },
    `Hi Darius,

Thanks for the call earlier. Just to confirm what I said at the end: because you're on a graduate visa that runs out in September, and the client can't offer sponsorship, they've asked me not to put you forward. I know it's not the answer you wanted.

Best,
Olly Barnes
Recruitment Consultant, Kestrel Tech Talent`),

  rej('final', ['profile_mismatch'], {},
    `Dear Mr Venkataraman,

Thank you for attending the final round of interviews at our Chennai office and for the presentation you prepared for the leadership team.

After careful consideration we have selected another candidate whose profile is closer to the requirements of the position. We thank you for the time and effort invested and wish you all the best.

Regards,
S. Lakshmi
Head – Human Resources
Kaveri Auto Components Ltd.`),

  rej('interview', ['role_closed', 'internal_candidate'], { ...fb },
    `Hi Aoife,

Apologies for the radio silence since we met. I'd hoped to come back with good news, but the job has changed under us.

Following a reorganisation, the analytics lead position has been folded into a wider role and it's going to one of the existing team who has been covering it since the summer. So the post you interviewed for doesn't exist in its old form. It's not a reflection on you; your walkthrough of the churn model was one of the clearest we'd seen.

Sorry again for the wait.

Conor Brennan
Head of Data, Liffeyside Telecom`),

  rej('application', ['overqualified'], { ...fb },
    `Hello Bernard,

Thank you for sending your CV for the warehouse team leader role. I'll be straight with you: with twenty years as a site general manager, you'd be reporting to people with a fraction of your experience, and I don't think that would be fair on you or them. I'm going to pass on this one.

Kind regards,
Sandra Hollis
Site Manager, Corbridge Distribution`),

  rej('interview', ['generic'], { ...offered },
    `Hi Mateo,

Thanks for taking the time to meet the team on Tuesday. We've now finished the interviews and I'm sorry to say we won't be moving forward with you.

If feedback would be useful, reply and I'll pull together what I can.

Best,
Hannah Osei
Recruiting Lead, Crestline Labs`),

  other(`Hi Zainab,

Just a quick one to say thanks for coming in this morning, it was a pleasure to meet you. We're seeing two more people this week and I'll be in touch by Friday either way.

Have a great weekend when it comes,
Liam
Studio Manager, Northlight Architects`, 'Thanks for today'),

  rej('assessment', ['assessment'], { ...offered, ...door },
    `Hi Kwame,

Thanks for the time you put into the take-home, we know a weekend is a lot to ask.

The team reviewed it on Wednesday and it didn't reach the bar we set for moving to the onsite, so we'll stop here. I'm glad to share the reviewers' comments if you'd like them, just ask.

Our hiring comes in waves and you're welcome to try again in six months or so.

Thanks,
Elena Voss
Engineering Recruiter, Mapleworks`),

  rej('interview', ['skills_gap', 'culture_fit'], { ...fb },
    `Dear Yusuf,

Thank you for joining us for interview on Monday. The panel enjoyed your examples from the paediatric ward.

We will not be offering you the post of Senior Staff Nurse on Ward 7. The panel needed evidence of leading a shift on a high-dependency unit, which you have not yet done. They also felt, from your answers about handover, that you prefer to work quite independently, whereas our ward runs very much on shared decision-making at every handover.

I wish you well.

Gillian Roe
Ward Manager, St Cuthbert's Hospital`),

  rej('final', ['position_filled'], {},
    `Hey Maya,

Wanted to close the loop with you personally. We extended an offer after the final round and it's been accepted, so we've closed the search.

Thanks for everything you put into the process.

Josh
CEO, Tallow`),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Gurpreet,

Thanks for squeezing in a quick phone call yesterday. I've thought about it overnight and I don't think we're the right step for you just yet. The role needs at least three years running paid social budgets of six figures a month, and from what you told me you've been at around a tenth of that.

That's not a knock, you're clearly on the way there. Check back with us next year, I'd be glad to have another conversation.

Cheers,
Poppy Langford
Head of Growth, Saltmarsh Coffee`),

  rej('interview', ['profile_mismatch', 'salary'], { ...fb },
    `Hi Oluwaseun,

Thanks for the second round with us on Thursday, and for your patience while we came to a decision.

We're going to go with another candidate. In short, their experience lined up more closely with where the roadmap is heading, and the salary you mentioned in the last conversation was above what we have for this position.

Wishing you every success,
Tunde Bakare
VP Engineering, Paystride`),

  rej('application', ['position_filled'], {},
    `Hi Freya,

Thanks for your email and CV about the sous chef job. I'm afraid I filled it last week with someone who'd done a stage with us in the summer. Sorry I didn't take the advert down sooner.

Cheers,
Dougie
Head Chef, The Salt House, Leith`),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Hyun,

Thanks for speaking with Raquel and me on Tuesday.

We're not going to move forward. The main gap was on the research side: we need someone who has run generative interviews end to end, including recruiting and synthesis, and most of your studies so far have been usability tests with a script someone else wrote.

Happy to hop on a call if you'd like to talk it through, I know this stuff is more useful in conversation.

Best,
Imani Clarke
Design Lead, Tessellate`),

  hold('final', ['role_closed'], {},
    `Hi Chloe,

I know you've been waiting to hear since the final round, and I'm sorry this isn't the answer yet.

The board has put all senior appointments on hold until the half-year results are out in late February. Nothing has been decided about the role or about you, and you're one of the two people we'd like to go forward with when it restarts. I understand if you need to keep other options open in the meantime.

Warm regards,
Eleanor Shaw
Chief Operating Officer, Paddock Retail Group`, 'Head of Merchandising – timing'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Fatima,

Thank you for completing the translation test for the Arabic–English post.

Our senior reviewer marked the legal passage. The register was right, but there were three terminology errors in the clauses on liability, and for contract work that's beyond what we can accept. We will not be taking your application forward this time.

Regards,
Martin Delacroix
Vendor Manager, Lingua Vera`),

  rej('interview', ['culture_fit'], {},
    `Hey Tyler,

Appreciate you taking the time to meet with the crew. We've talked it over and we just don't think it's the right fit on the team side of things.

Good luck out there,
Brandon
Shop Foreman, Ridgeline Custom Cycles`),

  rej('final', ['skills_gap', 'profile_mismatch'], { ...fb, ...door, ...offered },
    `Dear Thulani,

Thank you for the time you gave us across the whole process, and especially for the full day in Durban last week. The panel enjoyed your session with the operations team.

We've decided to appoint another finalist. The deciding factor was SAP S/4HANA: the role leads the migration next year, and while you've used SAP as a user, the other candidate has led two implementations. Overall the panel felt their background was the closer match.

I'd genuinely like to keep you in mind. We expect to open a supply chain planning manager role in the middle of the year, and I'll contact you when we do. If you want to hear the panel's feedback in more detail, give me a ring.

Regards,
Zanele Khumalo
Head of Talent, Umgeni Foods`),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Aisha,

Thank you for applying for the paralegal post. As advertised, we need someone who has completed the CILEx Level 3 qualification or equivalent, and I couldn't see it on your CV. I'm not able to take your application forward.

Best wishes,
Rebecca Hart
Practice Manager, Hart & Lowe Solicitors`),

  rej('interview', ['generic'], { ...door },
    `Hi Vikram,

Thank you for coming over to our office on Saturday and meeting the team. It was a pleasure.

We have decided not to move ahead for this opening. We would be glad to stay connected, and will reach out if a suitable role comes up.

Best,
Shruti Nair
Founder, Kettle Analytics, Bengaluru`),

  rej('screen', ['role_closed'], {},
    `Hi Joel,

Thanks for the call on Wednesday. Since then the role's been pulled: the client has decided to outsource the whole helpdesk function, so there's nothing for me to put you forward to.

Sorry about that, mate.

Brett
Senior Recruiter, Southern Cross IT Recruitment, Brisbane`),

  rej('interview', ['profile_mismatch', 'position_filled'], { ...offered },
    `Dear Dr Haddad,

Thank you for attending interview for the Research Fellow post on 14 November. The panel found the discussion of your thesis very engaging.

I am sorry to tell you that we have offered the post to a candidate whose research profile aligned more closely with the aims of the project. If you would find it useful to receive feedback from the panel, I would be happy to arrange this.

Best wishes,
Professor Alan Morrow
Principal Investigator, Institute for Coastal Science
University of Dunmere`),

  other(`Hi Nikhil,

Great news – we'd love to offer you the role of Senior Data Engineer! Everyone who met you was enthusiastic.

I'll send the formal offer letter this afternoon. The salary is the figure we talked about on Monday, with the usual benefits and a start date of your choosing in January.

Give me a call if you have any questions at all.

Best,
Alicia Romero
Talent Partner, Streamhaven`, 'Offer – Senior Data Engineer'),

  rej('interview', ['assessment'], { ...fb },
    `Hi Eszter,

Thanks for coming in on Monday and going through the pairing session with Dan.

We won't be taking you to the next stage. In the pairing, it took a while to get the first test passing and the refactor at the end didn't happen, so the team didn't see enough of how you'd structure the code.

Best,
Kieran
Hiring Manager, Brightfold`),

  rej('final', ['generic'], {},
    `Hi Sophie,

Thank you for coming back for the final conversation with Mark and me. We've made our decision and we won't be offering you the role.

All the best,
Carys Lloyd
Managing Director, Pontcanna Events`),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...door },
    `Hello Hui Min,

Thanks for sending back the case study so promptly. I went through it with our finance director yesterday.

The market sizing was sensible, but the three-statement model had the cash flow not tying back to the balance sheet, and the sensitivity tab was missing. For this role you'd be building these for clients on your own within the first few weeks, so we need that to be second nature already.

We won't proceed further for now. Do try us again after you've had a year or so more modelling work, we hire analysts every cycle.

Best regards,
Jonathan Koh
Principal, Raffles Quay Advisory, Singapore`),

  rej('interview', ['position_filled'], { ...door },
    `Hi Ewan,

Thanks for coming in to see us last week, it was good to put a face to the name.

The job's been taken by someone we interviewed the day before you, who could start straight away. Sorry it's not better news. We'll keep your details and I'll be in touch if another joiner's job comes up in the new year.

Cheers,
Alasdair Munro
Munro Joinery, Stirling`),

  rej('screen', ['profile_mismatch'], {},
    `Hi Chiara,

Thanks for speaking with me on Monday. I've passed my notes to the hiring team and they've decided to focus on candidates whose experience is a closer match to the role. I'm sorry I don't have better news.

Regards,
Dominic Shaw
Talent Acquisition, Halden Pharma`),

  rej('interview', ['salary', 'overqualified'], { ...fb, ...door },
    `Dear Pradeep,

Thank you for meeting with me and Sunita on Wednesday. It was a genuinely interesting conversation and I learnt something about warehouse automation.

I've thought hard about it. With your fourteen years, the job as it stands would be a step down for you, and the package we can offer is well short of what you're earning today. I don't want to bring you in on terms that would leave you looking elsewhere within a year.

If we create the operations head role we've been discussing internally, you're the first person I'll call.

Kind regards,
Rajesh Iyer
Director, Sahyadri Cold Chain, Pune`),

  rej('application', ['internal_candidate'], {},
    `Hi Leah,

Thanks for your application for the events coordinator role. We've appointed a member of our existing team to the position, so we won't be looking at external applications any further.

Best wishes,
Rachel Kemp
Operations Manager, The Old Corn Exchange`),

  rej('interview', ['culture_fit', 'profile_mismatch'], { ...fb, ...offered },
    `Hi Femi,

Thanks for the two conversations last week, and for being so candid about what you're looking for.

We've decided not to move forward. Two reasons, and I'd rather give you the real ones. You told us you want to specialise deeply in one part of the stack, and this team is small enough that everyone touches everything. And on balance, the others we saw had a background that matched the role more closely.

If you'd like to go deeper on any of that, ask me anything. I'm happy to be a sounding board while you look.

Best,
Ngozi Eze
CTO, Lumaweave`),

  rej('final', ['position_filled', 'internal_candidate'], { ...door },
    `Hi Anya,

Thanks again for making the trip to Leeds for the final interviews. You were in a very strong group.

I'm writing to let you know that we've appointed. The post went to a colleague who has been acting up into the role since the spring, and the panel felt that continuity mattered this year.

We'd love to hear from you again. We'll have at least two senior policy roles next autumn and I'll make sure you hear about them.

Best wishes,
Dr Samuel Achebe
Director of Policy, Northern Health Alliance`),

  rej('assessment', ['assessment'], {},
    `Hi Lorenzo,

Thank you for taking part in our online assessment. Unfortunately your results did not meet the level required to progress, and we will not be taking your application further.

Kind regards,
Graduate Recruitment
Fairbrook Consulting`),

  hold('screen', ['role_closed'], {},
    `Hi Jade,

Thanks for the call last Thursday. Quick update: the client has frozen the role while they sort out a restructure in the marketing team. It's not dead, they've told me to expect it back in January, and you're still on the shortlist I sent them. I'll ring you as soon as I hear anything.

Cheers,
Nick Hardy
Associate Director, Talentmill Recruitment, Melbourne`),

  rej('interview', ['skills_gap'], { ...fb },
    `Good afternoon Emeka,

Thank you for honouring our invitation for the interview on Tuesday.

We regret to inform you that you were not successful. The panel observed that you do not have hands-on experience with Oracle Financials, which is the core system for this role, and our timelines will not allow for training.

We wish you the very best in your career.

Yours faithfully,
Blessing Nwachukwu (Mrs)
Head, Human Capital
Ikoyi Trust Limited`),

  rej('interview', ['location'], { ...fb },
    `Hi Grace,

Thanks for your time on the video call on Friday, I enjoyed it.

When we talked about moving to Dundee, it sounded like that wouldn't be possible for a couple of years, and the lab work means this one has to be on site. So we're going to leave it there, I'm afraid.

Best,
Dr Iain Ferguson
Group Leader, Tay Institute for Cell Biology`),

  rej('application', ['generic'], {},
    `Dear Mr Abdullah,

Thank you for your letter of application for the post of Assistant Registrar. I regret that on this occasion you have not been shortlisted.

Yours sincerely,
Ms E. Carstairs
HR Officer, Kinross & Allan College`),

  rej('final', ['profile_mismatch', 'skills_gap'], { ...fb },
    `Hi Nkechi,

Thank you for coming through to the final panel and for the strategy presentation. The board members were impressed by your preparation.

We've decided to appoint someone else. The role has ended up weighted more towards fundraising than we'd realised at the start, and the other finalist has run major-donor campaigns, which you haven't. Overall the panel felt their experience was the better match for where we are.

With thanks and best wishes,
Dame Patricia Holden
Chair of Trustees, Riverlight Children's Charity`),

  other(`Hi Bongani,

Sorry for the slow reply. We loved meeting you on Wednesday and we'd like to ask for two references before we make a final decision. Could you send me contact details for two people who've managed you in the last five years?

Thanks!
Lerato Molefe
Head of Operations, Spaza Direct`),

  rej('interview', ['role_closed'], { ...door },
    `Hi Oscar,

I hope you're well. I wanted to let you know that following the panel last week, we've had to pause all hiring on the team because of a wider budget review, and I've been told the content strategist post won't be filled this financial year. That means we have to close your application.

I'm really sorry, it was shaping up well. If the post comes back, I'll get in touch with you directly.

Best,
Megan Tate
Content Lead, Harrowgate Building Society`),

  rej('screen', ['skills_gap', 'location'], { ...fb },
    `Hi Rahul,

Thanks for taking my call this evening, I know it was late in Hyderabad.

I spoke to the client. For this contract they need someone who is already cleared to work in Germany and who speaks German to at least B2, because the users are on the shop floor. Since neither is the case yet, they won't take it further.

Regards,
Kathrin Vogel
Senior Consultant, Rheinwerk Staffing`),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Sara,

Thanks for the work you sent on the pitch exercise. You clearly understood the brand and the first two concepts were strong.

We won't take it further this round. The piece we were most interested in, the three-month rollout plan, was quite thin; it didn't say who'd do what or what it would cost, and that's most of the job.

Happy to talk it through on the phone if you'd like.

Cheers,
Abby
Partner, Hedgerow Communications`),

  rej('interview', ['profile_mismatch'], {},
    `Dear Li Na,

Thank you for the interview on 3 December. After careful thought we have decided to proceed with candidates whose experience matches our needs more closely.

Yours sincerely,
Simon Clarke
HR Manager, Brookvale Mutual`),

  rej('final', ['salary'], { ...fb, ...offered },
    `Hi Jordan,

Thanks for making the trip out for the onsite on Friday, and for how open you were about comp when we got to that part.

I'll be direct: we wanted to make you an offer, and we went back to finance twice, but the number you need is about 20K over the top of our band for this level and we can't break it without re-levelling the role. So we're going to have to part ways here.

I know that's frustrating. If you want to talk through how the levels work here, or anything else from the day, happy to jump on a call.

Best,
Rachel Kim
Director of Engineering, Cobaltline`),

  rej('interview', ['generic'], {},
    `Hi Kieran,

Thanks for chatting with the team on Thursday. After some discussion we've decided not to move ahead.

Cheers,
Maddie`),

  rej('screen', ['generic'], { ...door },
    `Hi Tomasz,

Good talking to you on Tuesday. After thinking about it we're going to pursue other candidates for this one. Thanks for your interest, and do keep an eye on our site for future openings, we're growing.

Best,
Laura Bright
People & Culture, Wattle Digital`),

  rej('interview', ['skills_gap', 'assessment'], { ...fb, ...offered },
    `Dear Mr Ong,

Thank you for attending the interview and technical test at our Jurong office on Thursday.

I regret to inform you that we will not proceed with your application. The panel needed stronger knowledge of PLC programming in Siemens TIA Portal, and in the practical you were not able to complete the fault-finding exercise in the time given.

Should you wish to discuss this further, please call me at the number below.

Regards,
Tan Mei Ling
Senior HR Executive
Kranji Precision Engineering Pte Ltd
Tel: 6123 4567`),

  rej('application', ['role_closed'], {},
    `Hi Eilidh,

Thanks for applying for the marketing assistant job. Since we put the advert up we've decided to merge marketing with the sales team and the role is no longer going ahead, so I'm closing all applications.

Apologies for any bother,
Shona Baird
Director, Cairngorm Cabins`),

  rej('interview', ['internal_candidate'], {},
    `Hi Patrick,

Thanks a million for making time to interview with us. It was a tough call in the end, but we've given the role to someone already on the team.

All the best,
Niamh Corcoran
Head of Finance, Corrib Foods`),

  other(`Hi Alexis,

Thanks for letting me know, and I totally get it. Sorry it didn't feel like the right move for you, and I hope the other offer turns out to be everything you want. I've withdrawn you from the process on our side.

Keep in touch,
Dani
Recruiter, Birchline`, 'RE: Withdrawing my application'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Kofi,

Thanks for sitting the technical test with us on Friday.

The marking came back and I wanted to tell you straight: it's clear you know the electrical side well, but the regulations section showed you haven't worked with the 18th Edition yet, and we need that from day one for the inspection work. We won't be moving forward this time.

Cheers,
Pete Dawson
Contracts Manager, Dawson & Webb Electrical`),

  rej('application', ['skills_gap', 'location'], { ...fb, ...door },
    `Hi Arjun,

Thanks for your note and CV, and for the kind words about our app.

I read through it this morning. A couple of things stop me putting you through: this team works in Swift and SwiftUI all day and your recent work is all Flutter, and we're only able to hire people based in the Netherlands at the moment for payroll reasons.

If you end up in Europe and pick up some native iOS work, I'd love to hear from you again.

Groetjes,
Maartje de Vries
iOS Lead, Fietsfabriek`),

  rej('interview', ['profile_mismatch', 'culture_fit'], { ...fb },
    `Dear Olumide,

Thank you for joining us for the interview on Friday and for the warmth you brought to it.

I am writing to let you know that we will not be moving forward with your application. Having discussed it as a team, we feel that your strengths sit more in large, structured organisations, while we are an eight-person practice where everyone answers the phone and chases invoices. You mentioned yourself that you value a clearly defined remit, and honestly we can't promise one.

God bless and best wishes in your search,
Kehinde Afolabi
Principal Architect, Afolabi Studio, Abuja`),

  rej('final', ['position_filled'], { ...offered },
    `Hi Nisha,

I wanted to call but kept missing you, so an email it is.

Thanks for everything you put into the last round, especially the presentation to the leadership team. We've offered the role to another candidate and they've accepted.

If it would help to hear what the panel said, I'm happy to share. Just let me know a time that works.

Warmly,
Caroline Frost
Head of People, Juniper Learning`),

  rej('screen', ['overqualified', 'salary'], { ...fb },
    `Hi Stuart,

Thanks for making time for the call earlier. Having heard a bit more about your background, I think the hiring manager is right that this would be too junior for you: you've been running a team of twelve, and this is a hands-on analyst job with no reports. The budget reflects that too, it's a fair bit below what you said you're on now.

Sorry it's not a match. Best of luck with the search.

Regards,
Emma Fairley
Recruitment Partner, Lomond Search`),

  rej('interview', ['generic'], { ...offered },
    `Hi Elif,

Thanks for your patience, and for coming in last Tuesday. We've made a decision and, unfortunately, it isn't you this time.

If it's helpful, I'm happy to share some thoughts. Just reply and we'll set up fifteen minutes.

Best,
Greg Holloway
Head of Sales, Parcelworks`),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Anjali,

Thanks for the hours you put into the data exercise, I know it was a long one.

The reviewers liked your charts, but the main question, which stores were underperforming after adjusting for footfall, wasn't answered: the analysis stopped at raw sales. So we're not going to move forward with your application at this point.

Please don't let that put you off. We run this programme every year and I'd be happy to see you apply again.

Best wishes,
Charlotte Reid
Insight Manager, Greenacre Grocers`),

  other(`Hey Lindiwe,

Thanks so much for chatting with us on Monday! Before the team meets on Thursday to pick who goes through to the next round, could you send me your notice period and the earliest date you could start? We ask everyone at this point, so nothing to read into it.

Shout if you have questions!
Thabo
Talent, Baobab Pay`),

  rej('interview', ['skills_gap', 'salary'], { ...fb },
    `Hi Sean,

Thanks for coming up to the office on Monday, it was great to chat.

We've decided not to go ahead. The role needs a lot of hands-on Terraform, and you said you'd mainly used it to read other people's modules. And on the money side, we couldn't get close to the figure you'd need, even with the bonus.

Good luck with everything,
Rory Gallagher
Infrastructure Lead, Foyle Software, Derry`),

  rej('application', ['generic'], {},
    `Thank you for your application. We've now reviewed your CV and, on this occasion, we won't be taking it forward.

Best wishes,
Amelia
Hiring team, Brindle & Oak`),

  rej('final', ['profile_mismatch', 'position_filled'], { ...door },
    `Dear Farah,

Thank you for returning for the final interview and for meeting our managing partners. You made a strong impression.

We have decided to offer the position to another candidate whose experience more closely matches the needs of the practice at this time. It was a finely balanced decision.

We would very much like to keep your CV on file and to contact you about future opportunities at the firm.

Yours sincerely,
Hamid Qureshi
Partner, Qureshi Lalani Chartered Accountants`),

  rej('interview', ['role_closed'], {},
    `Hi Alejandro,

Sorry to be the bearer of bad news. Since we met, the company's been acquired and the new owners have frozen all hiring, so the product designer role has gone. I'd pushed to keep it but it's out of my hands.

Take care,
Nadia
Design Manager, Fieldnote`),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Adaeze,

Thank you for taking the time to speak with me on Wednesday. I enjoyed hearing about the community health project in Enugu.

Having reviewed our notes, we will not be taking your application further. The role requires registration with the NMC, which I understand you are still working towards. Once your registration comes through, we would be very pleased to hear from you again, and we recruit for this service throughout the year.

Kind regards,
Sarah Odell
Recruitment Lead, Wessex Community Nursing`),

  rej('interview', ['profile_mismatch'], { ...offered },
    `hey Riley,

thanks for coming by the shop thursday, it was fun meeting you. we ended up going with someone whose experience is a bit closer to what we need in the kitchen.

if you want to know more about why, text me and we can talk.

cheers
Hana
Owner, Little Fig Bakery`),

  rej('final', ['skills_gap', 'position_filled'], { ...fb, ...door, ...offered },
    `Hi Oisín,

I'm sorry this has taken longer than I promised. It was very close between you and one other person after the final round, and we've decided to offer the role to them.

The difference in the end was experience with regulated medical-device software. You'd have been learning IEC 62304 on the job, and with our audit in the spring we didn't have the runway for that. Everything else, the architecture session especially, was excellent.

We'll be hiring again in the second half of next year and I'd love you to apply, I'll send you the ad myself. And if you want to go through the panel's notes, just say and we'll get on a call.

Thanks again,
Mairéad Kenny
Head of Engineering, Clarion Medical, Galway`),

  rej('application', ['profile_mismatch'], {},
    `Hi Zhang Wei,

Thank you for reaching out about the operations manager role. We've looked at your application alongside the others and unfortunately we don't feel your background is the right match for what we need.

Wishing you luck,
Kelsey Brown
COO, Trailhead Outfitters, Denver`),

  hold('interview', ['generic'], {},
    `Hi Priya,

Thanks so much for your patience since the interview.

I wanted to let you know where things stand. Our hiring manager has just left the company, and we're waiting for her replacement to start in January before we make any decisions on the open roles. You're still in the process and I'll be in touch as soon as the new manager is in place.

Thanks again,
Gemma
Recruiter, Heronsgate Bank`),

  rej('interview', ['internal_candidate', 'role_closed'], {},
    `Hello Mr. Reddy,

Thank you for interviewing with us on 12 November. Due to internal restructuring, the position has been closed and the responsibilities are being taken on by an existing member of staff. We therefore will not be moving forward with your candidacy.

Regards,
Sunitha Rao
HR, Godavari Infra Projects`),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Diego,

Thanks for applying to the customer success role. I see you're based in Mexico City, and right now we can only hire in the US and Canada. I'm sorry, because your application was a good one. We're hoping to open up LatAm hiring next year, and I'd encourage you to apply then.

Best,
Carly Nguyen
Head of CS, Orchard HQ`),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Yasmin,

Thanks for the effort you put into the writing test.

We won't take you through to interview. The brief was 600 words for a general audience on the new bus routes, and the piece you sent was nearer 1,100 and written for people who already know the council structure. We needed to see you could cut and simplify.

Regards,
Tom Allardyce
Communications Manager, Kelvinside Council`),

  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Hi Simone,

Thanks again for coming in to meet the team on Tuesday.

We've decided not to move forward. When we talked through the scenario about the late client change, the team felt your approach was to push back hard and hold the line, where our way is to work it out with the client first. That's a real difference in how we work rather than a right or wrong.

If you want to talk about it, I'm around, just drop me a line.

Best,
Jo Hartley
Account Director, Peregrine PR`),

  rej('final', ['generic'], { ...door },
    `Dear Kamal,

Thank you for taking part in the final stage of our selection process. After a great deal of deliberation, we have decided to proceed with another candidate.

You were a very strong finalist, and we would be glad to hear from you about future openings.

Best regards,
Aylin Demir
Director, Bosphorus Hotels Group`),

  rej('screen', ['position_filled'], {},
    `Hi Reece,

Thanks for the chat on Monday. Unfortunately, the client made an offer to another candidate on Tuesday that's been accepted, so the role's now filled.

Cheers,
Jake Morton
Recruitment Consultant, Apexon Staffing`),

  other(`Dear Ama,

Thank you for meeting us on Thursday. We're pleased to invite you to the final stage, which will be a half-day at our Accra office including a presentation on the brief attached and lunch with the team.

Please confirm whether Tuesday 9 December works.

Kind regards,
Kojo Boateng
Country Manager, Sankofa Payments`, 'Final stage invitation'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Lauren,

Thanks for the time on Wednesday, you were a pleasure to talk to.

We've decided to pass for now. For this role we really need someone who has managed a team before, even a small one, and that was the gap for us.

Best,
Mike Castellano
Director of Operations, Summit Fleet Services`),

  rej('application', ['salary'], { ...fb },
    `Hi Kavya,

Thanks for applying. Just to be upfront: on the form you put your expected salary at 28 LPA, and the band for this role tops out at 18. I don't think it makes sense to start a process that can't end well, so I'm not moving it forward.

Regards,
Vivek Sharma
Talent Acquisition, Nimbus Ledger`),

  rej('final', ['position_filled', 'profile_mismatch'], {},
    `Hi Hamza,

Thanks for coming in for the last round. We've now filled the role with a candidate whose experience lined up more closely with the team's needs.

All the best,
Ellie Watson
Head of Talent, Quayside Games`),

  rej('interview', ['skills_gap', 'location'], { ...fb, ...door },
    `Hi Tendai,

Thank you for the interview on Thursday, and sorry it's taken me a week to come back to you.

We've decided not to offer you the position. There were two things. The site engineer will be signing off on structural steel inspections on their own, and we need someone who's already registered as a Professional Engineer with ECSA; you're still a candidate engineer. And the job is based at the mine in Lephalale, which you said would be hard with your family in Harare.

Once you've got your registration, please come back to us. We always need good engineers up there.

Regards,
Pieter van Wyk
Engineering Manager, Waterberg Mining Services`),

  rej('application', ['generic'], { ...door },
    `Dear Candidate,

Thank you for your application for the post of [JOB TITLE]. We regret that on this occasion your application has not been successful.

We will retain your details on our system for six months and may contact you should a suitable vacancy arise.

Yours sincerely,
Sarah Finch
HR Assistant, Pennine Housing Trust`),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...offered },
    `Hi Ravi,

Thanks for finishing the coding challenge, and for the notes you left in the README, they helped.

We're not going to continue. The solution worked for the given example, but it ran in quadratic time and timed out on the large input, and the reviewers didn't see the concurrency handling the brief asked for. For this team we need people who are already comfortable writing concurrent Go.

Feel free to reply with questions, I'll get the reviewers to answer them.

Cheers,
Lena Fischer
Engineering Manager, Stackbloom`),

  rej('final', ['culture_fit', 'profile_mismatch'], { ...fb, ...offered },
    `Hi Adrienne,

Thank you for coming back to meet the partners, and for the whole of the process. I know it's been long.

We've decided not to make you an offer. The partners felt you'd thrive in a bigger firm with a formal path to partnership, which you talked about a lot on Friday, and we're deliberately small and flat and will stay that way. Overall they felt the other finalist fitted what we are now more closely.

If you want to talk it over, I'm always up for a coffee or a call.

Best,
Simon Achterberg
Managing Partner, Lindenhof Legal`),

  rej('interview', ['generic'], {},
    `Hi Precious,

Thank you for attending the interview last Wednesday. After careful consideration, we have decided not to proceed with your application at this time.

Best regards,
Thandiwe Ncube
HR Officer, Limpopo Logistics`),

  other(`Hi Saoirse,

Thanks for coming in today, it was a great conversation.

I know we said we'd let you know by Friday, but I wanted to get ahead of it: we'd like to bring you back to meet the director next week. Can you do Wednesday or Thursday morning?

Cheers,
Eoin
Team Lead, Aran Insurance`, 'Second interview'),

  rej('screen', ['profile_mismatch', 'location'], { ...fb },
    `Hi Marta,

Thanks for the phone call this morning. I've had a think and spoken with the team, and I don't think this one is right for you. The role is mostly field sales around Yorkshire, which you said you didn't want to do, and the others we're talking to come from a background closer to the trade.

All the best,
Jim Hargreaves
Sales Director, Pennine Tile Supplies`),

  rej('application', ['skills_gap'], { ...fb },
    `Hello Fernando,

Thank you for your interest in the postdoctoral position in my lab. I read your CV with interest, but the project depends on hands-on cryo-EM data processing from the first month, and I do not see that experience in your record. For this reason I cannot offer you an interview.

Best regards,
Prof. Dr. Ingrid Halvorsen
Department of Structural Biology, University of Tromsø`),

  rej('interview', ['position_filled'], {},
    `Hi Ashley,

Thanks for meeting with us last week. We've now offered the role to another candidate who has accepted, so we won't be taking things further.

Take care,
Danielle Ruiz
Clinic Manager, Brightwater Physio`),

  rej('final', ['internal_candidate'], { ...offered },
    `Dear Rukayat,

Thank you for your time at our offices for the final interviews on Monday and for the case you presented.

I am writing to let you know that we have decided to appoint an internal candidate to the role of Head of Compliance. I realise this will be disappointing after the effort you made.

If you would find it helpful to receive feedback, please let me know and I will arrange a call with the panel chair.

Kind regards,
Olufemi Adeyinka
Chief People Officer, Zenith Harbour Insurance`),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Jun,

Thank you for coming in for the interview. We won't be continuing with your application. Your experience has been in B2C subscription apps and this role is about selling to hospital procurement teams, and the other people we saw came from that world.

Best,
Sarah Whitcombe
VP Product, Medivault`),

  rej('assessment', ['generic'], { ...door },
    `Hi Zoe,

Thanks for sending your portfolio review task back on time. We've looked through all of them now and we're not going to move you forward this round.

We'd love to see you apply again in the next intake.

Best,
The Studio Team
Moth & Lamp Animation`),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Deepak,

I'm the founder here, and I personally read all applications for our first ops hire.

Your CV is frankly more than this role needs. You've run a P&L of 200 crore and we need someone to do invoicing and vendor calls for a team of six. I'd feel bad hiring you into that.

If we grow the way I hope, we'll need a COO in a couple of years. I'd love to talk then, so please stay in touch.

Warmly,
Meera Pillai
Founder, Chai Chakra`),

  hold('assessment', ['role_closed'], {},
    `Hi Harvey,

Thanks for turning round the case study so quickly. I'm afraid we've hit a snag on our side: the budget for the role is being re-approved after a change in finance leadership, and we've been asked not to run any more interviews until that's sorted, probably three to four weeks.

Your case study was well received and you're still in the process. I'll come back to you as soon as we're cleared to continue.

Best,
Anna Kovacs
Hiring Manager, Danubia Insights`),

  rej('interview', ['salary'], { ...fb },
    `Hey Brianna,

Thanks for talking with Marcus and me on Tuesday. We loved your energy.

We can't make the numbers work. You mentioned needing at least 95, and our max for this role is 78. We looked at every way to close the gap and couldn't.

Wishing you the best,
Tanya Okafor
Director of Marketing, Kindred Goods`),

  rej('final', ['skills_gap'], { ...fb },
    `Dear Mr Siew,

Thank you for attending the final interview with our Managing Director last Thursday.

We regret to inform you that we will not be offering you the position. Although the panel was impressed with your project management experience, the role requires fluency in Bahasa Indonesia for our Jakarta clients, and we were not able to make an exception.

We wish you every success.

Yours sincerely,
Patricia Lau
HR Manager, Straits Marine Consultancy`),

  rej('screen', ['generic'], { ...offered },
    `Hi Chidi,

Thanks for your time on the call on Friday. We're not going to be moving you forward for this one, I'm afraid.

If you'd like a few notes from our conversation, just reply and ask.

Best,
Megan Fox
Talent Acquisition, Ridgeback Security`),

  rej('application', ['generic'], {},
    `Hi Tom,

Got your CV, thanks. We've had loads of responses and we've already picked who we're talking to, sorry.

Cheers,
Baz
Baz's Garage`),

  rej('interview', ['profile_mismatch', 'role_closed'], { ...door },
    `Hi Ishaan,

Apologies for taking so long since we met. Two things have happened: we've decided to scale the role back to a part-time contract, which doesn't suit what you're looking for, and in any case the team felt another candidate's profile fitted better. So we won't be continuing.

I'd be very glad to hear from you for future roles, and we'll keep your details.

Best,
Aditya Banerjee
Co-founder, Pahar Travel`),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Nadia,

Thank you for sitting the typing and Excel test on Wednesday. Your typing speed was fine, but the spreadsheet task, which needed a VLOOKUP and a pivot table, wasn't completed, so we won't be taking you forward.

Kind regards,
Liz Turner
Office Manager, Turner & Sons Estate Agents`),

  rej('final', ['position_filled'], { ...door },
    `Hi Mthunzi,

Thanks for being part of the final three and for coming through to Pretoria for the panel. It was a really strong shortlist.

We've offered the job to one of the other finalists and they've accepted. I'd love to stay in touch; we'll be hiring two more analysts in the second quarter and I'll let you know when those go live.

Regards,
Karabo Sithole
Head of Data, Jacaranda Insurance`),

  rej('application', ['location'], { ...fb },
    `Hi Olga,

Thank you for your application. Unfortunately this role requires UK security clearance, which needs five years' residency in the UK, so we can't take your application forward.

Kind regards,
Recruitment Team, Albion Defence Systems`),

  rej('interview', ['skills_gap', 'culture_fit'], { ...fb, ...offered },
    `Hi Kyle,

Thanks for giving up your afternoon on Friday for the interviews.

The team has decided not to move forward. On the technical side, we need more depth in React Native than you've had the chance to build yet. And frankly, a few of the team felt you came across as wanting to work quite solo, where we pair most of the day.

If you want a fuller read-out, ask me anything, I'll answer as honestly as I can.

Best,
Naledi Dube
Engineering Lead, Ubuntu Health`),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Wen Jie,

Thank you for speaking to me on Tuesday. I have passed your details to the hiring manager, who unfortunately feels you don't yet have the three years of audit experience the role requires. He won't be taking it further.

Best regards,
Cheryl Goh
Recruitment Consultant, Orchid Talent Partners, Singapore`),

  other(`Dear Candidate,

Thank you for applying to the Graduate Programme at Hawthorne Civil. We have received your application and will review it within the next two weeks.

If your application is successful, you will be invited to complete an online assessment.

Graduate Recruitment Team
Hawthorne Civil`),

  rej('interview', ['generic'], { ...door },
    `Hi Leila,

Thank you for interviewing with us. It was lovely to meet you.

Unfortunately, we've decided to move forward with another candidate. We'll keep your details on file for the next time we're hiring.

Best wishes,
Kate
Practice Manager, Linden Vets`),
];
