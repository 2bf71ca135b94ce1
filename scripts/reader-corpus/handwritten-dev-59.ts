/**
 * Development messages of the fifty-ninth round, never sealed: after the conversations. Mail that arrives once the
 * candidate has already spoken with the employer, where the stage reached is told indirectly: "our conversation",
 * "your chat with Priya", "the call last week", "meeting the team", "your time with us on Thursday", "the panel",
 * "the technical discussion", "speaking with our CTO", "your visit to the site", "the second conversation", "the
 * final conversation with the founders", "the walkthrough of your portfolio", "the pairing session". A hundred and
 * five rejections, five paused processes and twenty look-alikes, each from a different employer and writer.
 * Application-stage letters use words that only sound like a stage ("we have reviewed and discussed your
 * application", "after talking it over as a team"); screens are recruiter, HR, talent-partner and first short calls
 * named in many ways; assessments are take-homes, case studies, work samples, coding exercises and reference or
 * background checks with no later interview; interviews are hiring-manager, team, panel and technical conversations;
 * finals are final rounds, onsites, superdays, the last two and meeting the CEO as the last step. Many name a screen
 * and an interview both (the interview is the stage), and ten name a later step that was planned but never held
 * (the stage is the step before it). Reasons often said in passing in the middle of a long sentence; feedback given
 * after interviews, offered, or refused; doors open in varied words. Look-alikes after conversations: reschedules,
 * invitations to the next round, status notes, surveys, offers, reference requests and the candidate's own notes,
 * written in the same polite words rejections use. British, American, Indian, Australian, Canadian, Irish, Nigerian,
 * South African, Singaporean and second-language English; one line to over four hundred words.
 *
 * Labelling choices held throughout (LABELS.md and the corpus conventions): the stage is the furthest step the
 * message says happened, never a step it only planned; a call with a recruiter, HR, a talent partner or an agency is
 * `screen`; a conversation with the hiring manager, the team, a panel, a founder or the CTO is `interview`; "final",
 * onsite, superday, assessment centre, "the last two" and reference checks after final interviews are `final`; a
 * portfolio walkthrough or a site visit with the manager is an interview; a comparison with others is
 * `profile_mismatch`; a named requirement is `skills_gap` with feedback; a candidate's own stated salary, location
 * or notice situation named back to them is feedback. For development only: the rules may be checked against it and
 * the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d59-');

export const HANDWRITTEN_DEV_59: readonly CorpusLine[] = [
  // ── Application: words that sound like a stage but are not
  rej('application', ['generic'], {},
    `Dear Joanna,

Thank you for applying for the role of Grants Officer (ref. GO-2291) with the Halden Trust.

We have now reviewed and discussed your application alongside the others we received. I'm sorry to tell you that we won't be taking your application further on this occasion.

We had a very strong field and the decision was not an easy one. Thank you for the time you put into the supporting statement.

Kind regards,

Meera Chauhan
Operations Manager, The Halden Trust
Registered charity no. 1180442`, 'Grants Officer (GO-2291): your application'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Marcus,

Thanks so much for your interest in the Lifecycle Marketing Manager opening at Brightloop. After talking it over as a team, we've decided to focus on a handful of people whose backgrounds line up a little more closely with where the role is today.

That's not a comment on your ability, and honestly we'd be glad to see your name come through again. We expect to open two more marketing roles in the spring, so keep an eye on brightloop.com/jobs.

Cheers,
Dana Whitfield
Head of Growth, Brightloop`, 'Brightloop - Lifecycle Marketing Manager'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr. Adeyemi,

thank you very much for your application as Customer Success Manager DACH in our Munich office.

Following our review of all documents we have to inform you that we cannot consider your application further. For this position the daily communication with our customers is in German, and a level of at least C1 is required. From your CV we see that your German is at A2 level at the moment.

We thank you for your interest in Vendlar GmbH and wish you all the best for your further way.

Best regards

Katharina Oberle
Talent Acquisition
Vendlar GmbH | Sendlinger Str. 14 | 80331 München
Geschäftsführer: T. Brandl, S. Weiß | Amtsgericht München HRB 241870`, 'Ihre Bewerbung / Your application - Customer Success Manager DACH'),

  rej('application', ['generic'], { ...door },
    `Dear Candidate,

Greetings from Sumera Infotech Pvt. Ltd.!

This has reference to your application for the post of Senior Associate - Payroll Operations (Job Code SIP/HR/0814). We wish to inform you that after due consideration your profile has not been shortlisted for the next process.

Kindly note that due to the large number of applications received, we shall not be in a position to share individual feedback or respond to queries regarding the selection.

Your profile will remain in our database and we may contact you in case of a suitable opening in future.

Thanks & Regards,
HR Department
Sumera Infotech Pvt. Ltd., Hinjawadi Phase II, Pune - 411057

This is a system generated mail. Please do not reply to this mail id.`, 'Application Status - Job Code SIP/HR/0814'),

  rej('application', ['overqualified'], { ...door },
    `Hello Graham,

Thank you for applying to the Junior Data Analyst position at Norrow Insurance.

We read your application with real interest. Having looked at it properly, though, we think your experience is well beyond what this role will ask of you, and we'd worry it wouldn't hold your attention for long. It's an entry-level post with a lot of routine reporting.

We would very much like you to look at our senior openings as they come up; we'll be advertising a Lead Analyst role in the new year and I'd encourage you to apply for that.

Regards,
Suzanne Pike
Recruitment Partner, Norrow Insurance`, 'Your application: Junior Data Analyst'),

  rej('application', ['location'], { ...fb },
    `Hi Tomasz,

Thanks for applying for the Site Supervisor role with Kestrel Civil in Perth.

We've been through your application. Unfortunately, this role can only be offered to people who already hold full working rights in Australia, and your application notes that you would need an employer-sponsored visa. We aren't in a position to sponsor for this position.

Sorry it's not better news, and all the best with the move.

Cheers,
Bec Lowry
People & Culture | Kestrel Civil Pty Ltd
ABN 61 204 883 190`, 'Site Supervisor - Kestrel Civil'),

  rej('application', ['role_closed'], { ...door },
    `Dear Siobhan,

Thank you for your application for the Events Coordinator position.

I wanted to let you know that following a discussion among the senior team last week about our plans for next year, the decision has been made not to fill this post for now, and we have withdrawn the vacancy. We will therefore not be progressing any applications, including yours.

If the position is re-advertised we would be glad to hear from you again, and you are welcome to apply then.

With best wishes,

Ruth Gallagher
Office Manager
Lisburn Arts Collective`, 'Events Coordinator vacancy withdrawn'),

  rej('application', ['generic'], { ...offered },
    `Dear Chidinma,

Thank you for your interest in the Graduate Trainee (Finance) programme at Oduya Capital Partners and for the time you took to apply.

We have carefully reviewed your application and regret to inform you that you have not been selected to proceed to the next stage of the programme. We received a large number of applications from very capable graduates this year.

Should you wish to receive some feedback on your application, kindly send a reply to this mail and a member of the team will get back to you within two weeks.

We wish you every success in your career.

Yours faithfully,
Talent Management Unit
Oduya Capital Partners Limited, Victoria Island, Lagos`, 'RE: Graduate Trainee Programme 2026 - Outcome'),

  rej('application', ['profile_mismatch'], {},
    `Dear Mr Lim,

Thank you for your application for the position of Assistant Manager, Procurement.

Your application was brought up at our hiring discussion this week. We did consider inviting you for a call, but in the end the committee has decided to proceed with other applicants whose experience is more aligned to the requirements of this position.

We thank you for your interest in Tanjong Lyric Holdings and wish you all the best in your career.

Yours sincerely,
Human Resource Division
Tanjong Lyric Holdings Pte Ltd
Co. Reg. No. 200814772K`, 'Application for Assistant Manager, Procurement'),

  rej('application', ['internal_candidate'], { ...door },
    `Hello Priyanka,

Thank you for applying for the Team Lead, Claims Operations role at Northway Mutual.

I wanted to let you know that after reviewing the applications we have decided to appoint someone from within the claims department who has been acting in the role since the summer. As a result we won't be moving ahead with external applicants for this posting.

We were glad to see your application, and we'll hold on to it in case something similar opens up in the Toronto or Mississauga offices over the next year.

Best regards,
Colin Desrosiers
Talent Acquisition Advisor, Northway Mutual
This message was sent from an unmonitored mailbox.`, 'Northway Mutual - Team Lead, Claims Operations (Req 40127)'),

  rej('application', ['generic'], {},
    `Hi Sam - had a look through your CV with the rest of the team. We're going to pass on this one, but thanks for sending it over.

Sent from my iPhone`, 'Re: backend role'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Thabo

Thank you for your application for the Financial Manager position at Mabaso & Kriel Inc.

Following our review of the applications received, we regret that we will not be taking your application further. The position requires a candidate who is registered as a Chartered Accountant (SA) with SAICA, and we note from your CV that you are still completing your articles.

Please do apply again once you are registered; we regularly have openings in our Durban and Pietermaritzburg offices.

Kind regards

Lindiwe Ntuli
HR Administrator
Mabaso & Kriel Incorporated
Disclaimer: This e-mail and any attachments are confidential and intended solely for the addressee.`, 'Financial Manager - application outcome'),

  rej('application', ['generic'], { ...door },
    `Hi Niamh,

Thanks for starting a conversation with us about the Brand Designer role, it was lovely to get your note and portfolio link.

We've gone through everything that came in and we won't be progressing with your application this time round. It was a really competitive one.

We'd love you to keep us in your back pocket: we hire designers a couple of times a year and we'd be glad to see an application from you again.

All the best,
Orla
Studio Manager, Fenwick & Hale Design, Dublin 8`, 'Brand Designer at Fenwick & Hale'),

  rej('application', ['position_filled'], {},
    `Dear Ms Okonkwo,

Re: Practice Nurse (Band 6), ref. PN/26/031

Thank you for your recent application for the above post.

The shortlisting panel has now discussed all applications, and I am writing to let you know that the post has since been offered to and accepted by another applicant. We are therefore unable to take your application any further.

Thank you for your interest in Riverside Medical Partnership.

Yours sincerely

Practice Business Manager
Riverside Medical Partnership`, 'Practice Nurse (Band 6) PN/26/031'),

  rej('application', ['salary', 'profile_mismatch'], { ...fb },
    `Hi Aaron,

Thanks for taking the time to apply for the Operations Lead position at Quarry Lane Coffee.

Following our review, we're not going to move forward with your application. Two things weighed on it: the salary you put down on the form (£68,000) sits a fair way above what we've budgeted for the role, and overall we felt other applicants were a closer match for a small, hands-on operation like ours.

Thanks again and good luck with the search.

Best,
Hattie Morrow
Co-founder, Quarry Lane Coffee Roasters`, 'Your application - Operations Lead'),

  // ── Screen: recruiter, HR, talent partner, first short call
  rej('screen', ['generic'], { ...door },
    `Hi Elena,

Thank you for making time for your chat with Priya last Tuesday. She really enjoyed hearing about your work at Corvid.

I'm sorry to say we won't be moving you forward for the Product Operations Manager role. We've had a lot of interest and have decided to continue with a smaller group.

Priya has added a note to your profile, and we'll drop you a line directly if another role comes up that looks like a good match.

All the best,
Jonah Feld
Talent Partner, Harbour Labs

Priya Raman | Senior Talent Partner | Harbour Labs`, 'Harbour Labs - update on Product Operations Manager'),

  rej('screen', ['profile_mismatch'], { ...offered },
    `Hey Kwame,

Thanks again for the call with our recruiter Dan on Monday. I'm writing to let you know that after his notes went to the hiring team, we're not going to take your application further for the Staff Data Engineer role. There were a few candidates in the pipeline whose experience was a tighter fit for what the team needs right now.

If you want a bit more detail on how we made the call, just reply here and I'll set up 15 minutes.

Regards,
Lena Schwartz
Recruiting Lead, Fathom Analytics`, 'Staff Data Engineer - next steps'),

  rej('screen', ['salary'], { ...fb },
    `Hi Rohan,

Thanks for the introductory call on Wednesday, it was good to connect.

Having taken it back to the hiring manager, I'm afraid we're not able to take things further. On the call you mentioned you're looking for a base of around $140k, and the band for this Senior QA Engineer role tops out at $115k, with no flexibility this cycle. It didn't feel fair to keep you in the process knowing that gap.

Wishing you the best of luck,

Carla Nguyen
Technical Recruiter | Pinegrove Health
Pinegrove Health is an equal opportunity employer.`, 'Following up on our call'),

  rej('screen', ['location'], { ...fb, ...door },
    `Hi Jess,

Thanks for the quick call yesterday arvo.

I've had a think about what you said regarding wanting to stay fully remote from Hobart. The Account Director role needs someone in our Sydney office four days a week (a lot of it is client-side in the CBD), so I don't think we can make this one work and we'll leave it there for now.

That said, we do hire remote roles in the delivery team from time to time, and I'll give you a shout if one comes up.

Cheers,
Mitch
Mitch Carroway | Talent Acquisition | Wattle & Co. Agency`, 'Account Director'),

  rej('screen', ['generic'], {},
    `Dear Mr. Venkatesh,

Thank you for attending the HR telephonic round held on 14th November for the position of Assistant Manager - Treasury.

We regret to inform you that you have not been shortlisted for the further rounds of the selection process.

Please note that owing to company policy we are unable to provide candidate-wise feedback on the telephonic round.

We wish you success in your future endeavours.

Regards,
Talent Acquisition Team
Meridian Finserv Ltd.
Registered Office: Nariman Point, Mumbai 400021`, 'Status of your candidature - Assistant Manager Treasury'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Ana,

Thanks for the conversation with our people team on Friday. I've gone through Jordan's notes with the engineering lead.

From what you described, most of your Python work has been scripting and analysis notebooks, and this role is about shipping and running production services in Go. We'd need someone who has already owned a service like that end to end, so we're going to stop here for the Backend Engineer II position.

I'd genuinely love to talk again in a year or so. We also have a data role opening up in Q2 that might suit you better; I'll flag your profile for it.

Best,
Rafael Moura
Engineering Manager, Tidewell`, 'Tidewell - Backend Engineer II'),

  rej('screen', ['generic'], {},
    `Hi Daniel,

Good catching up on Friday. I've now heard back from the client on the Head of Finance role and unfortunately they've decided not to take your profile forward to meet them. They didn't give me a great deal more than that, I'm afraid.

Let's speak next week about the other two roles we discussed.

Best,
Sophie Marchant
Senior Consultant | Finance & Accounting
Archer Bell Recruitment Ltd
Archer Bell Recruitment is acting as an employment agency in relation to this vacancy.`, 'Head of Finance - client feedback'),

  rej('screen', ['overqualified'], { ...fb },
    `Hi Frances,

It was lovely chatting with you on our first call, and thank you for being so open about what you're after.

We've decided not to continue to the take-home exercise we mentioned. Honestly, with fifteen years running programmes the size you described, we think you'd outgrow this coordinator role within a couple of months, and that wouldn't be good for you or for us.

Warmly,
Beth Adair
People Ops, Ferrow Learning`, 'Following our first call'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hello Victor,

Thank you for taking the time to speak with me last week about the Project Manager role at Loomstack.

I've thought a lot about our call. You were clear that you do your best work with well-defined processes, detailed specs and a stable roadmap, and that's completely reasonable. The honest picture here is that we're twelve people, priorities shift weekly and most things are invented as we go. I don't think the way we work would suit what you told me you're looking for, so I'm going to close out your application here.

Thank you again for your candour on the call.

Best regards,
Ines Barbosa
Operations & Talent, Loomstack`, 'Our call about the Project Manager role'),

  rej('screen', ['generic'], { ...door },
    `Hi Luca,

Many thanks for your phone call with me on the 3rd.

We had planned to set up a conversation with the hiring manager for the week after, but having now looked at the whole shortlist together she has decided to take a different group of candidates forward, and you won't be among them.

I'll keep your details on our system and will be in touch if something else comes up that I think you'd be right for.

Kind regards,
Harriet Osei
Recruitment Advisor, Calder Foods Group`, 'Calder Foods - Production Planner'),

  rej('screen', ['position_filled'], {},
    `Hi Olu,

Thank you for our intro call on the 9th about the Sales Development Rep position.

I wanted to close the loop with you personally. Since we spoke, the team has made a hire for this role, and the new SDR starts on Monday, so we won't be continuing with your application.

Thanks for your interest in Gridlane.

Best,
Marta Kowalczyk
Recruiter, Gridlane`, 'Gridlane SDR role'),

  rej('screen', ['role_closed'], { ...door },
    `Dear Anjali,

Thank you for speaking to me on the phone on Thursday about the Customer Insight Manager position.

Since our call the business has announced a restructure of the marketing function, and this role is no longer part of the new structure. I'm sorry to have to tell you that the vacancy has been closed, and your application will not go any further.

I know this is disappointing after you'd given up your lunch break for the call. I would like to keep your CV, with your permission, for the new roles the restructure will create early next year.

Regards,
Fiona Mackay
HR Business Partner, Aldmoor Retail Group`, 'Customer Insight Manager - vacancy update'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Dear Wei Ling,

Thank you for the short Zoom session with our Talent Acquisition team on Monday regarding the Regional Compliance Analyst role.

After further review, we will not be proceeding with your candidacy at this juncture, as we are prioritising candidates whose profiles are more closely matched to the current needs of the role.

We will keep your profile in our talent pool and may contact you for future opportunities which are suitable.

Thank you and best regards,
Nur Aisyah Rahman
Talent Acquisition, Meranti Asia Bank
This email is confidential and may be privileged. If you are not the intended recipient, please delete it.`, 'Meranti Asia Bank - Regional Compliance Analyst'),

  rej('screen', ['generic'], { ...offered },
    `Hi Rachel,

Thanks for the 15-minute call with Hannah from our talent team earlier this week.

We've decided not to move forward with your application for the Content Strategist role. We had a lot of strong interest and have had to make some tough calls.

If it's useful to hear more about the decision, Hannah is happy to give you a ring and talk it through. Just let me know a time that suits.

Take care,
Grace Okoro
Talent Coordinator, Mapleleaf Media`, 'Content Strategist - thanks for chatting with Hannah'),

  rej('screen', ['skills_gap'], { ...fb },
    `Dear Paul,

Thank you for the call on Tuesday regarding the HR Advisor vacancy.

As discussed on the call, the role requires CIPD Level 5 as a minimum, and you mentioned you are due to start the course in January. Unfortunately, we need someone who already holds the qualification, so we won't be progressing your application at this point.

Best of luck with your studies.

Regards,
Joanne Whitby
HR Manager, Pennine Logistics`, 'HR Advisor vacancy'),

  rej('screen', ['generic'], {},
    `Hi Matteo,

Thanks for your time on the phone with our recruitment team.

We had hoped to introduce you to the hiring manager later this month, but the team has now decided to go ahead with other candidates, so I'm afraid this is where the process ends for you. Company policy doesn't let us share notes from screening calls.

Kind regards,
Laura Fenn
Talent Acquisition, Birchwood Hotels`, 'Birchwood Hotels - Revenue Manager'),

  rej('screen', ['profile_mismatch'], { ...offered, ...door },
    `Dear Emeka,

Thank you for your time during the phone conversation with HR on Wednesday for the role of Business Development Manager.

Having reviewed your discussion with our hiring team, we regret to inform you that we will not be going ahead with your application, as we believe your experience does not quite match what this particular role demands.

If you would like to know more about this decision, please feel free to reach out and we will be happy to share our thoughts. We will also retain your details and contact you should a more suitable vacancy arise.

Warm regards,
Adaeze Nwosu
HR Officer, Kanem Logistics Ltd
Plot 22, Trans-Amadi Industrial Layout, Port Harcourt`, 'RE: Business Development Manager - Application Update'),

  rej('screen', ['internal_candidate'], {},
    `Hi Sean,

Thank you for your time on the screening call last week for the Solutions Architect role.

An internal colleague from our professional services team has since put their hand up for the position, and we've decided to give them the role. That means we won't be continuing with external candidates.

I appreciate the time you gave us.

Kind regards,
Emily Tran
Talent Partner, Corrigan Cloud`, 'Solutions Architect - update'),

  rej('screen', ['generic'], {},
    `hey, thanks for hopping on a call yesterday. we're going to go another way on this one. best of luck with everything!`),

  rej('screen', ['profile_mismatch', 'location'], { ...fb },
    `Hi Karan,

Thank you for speaking with me on Thursday about the Clinical Data Manager role.

I shared my notes with the hiring lead. We both felt that others in the process have experience closer to what this team needs, and there's the practical point you raised on our call: you're based in Pune and would need a UK work visa, which this role can't support. Taking both together, we're going to close your application here.

Wishing you all the best,
Georgina Holt
Senior Recruiter, Wexcombe Clinical Research`, 'Clinical Data Manager - our call on Thursday'),

  // ── Assessment: take-homes, case studies, work samples, exercises, checks, with no later interview
  rej('assessment', ['assessment'], { ...fb },
    `Hi Jonas,

Thank you for the time you put into the take-home over the weekend. The team has reviewed it carefully.

The core of the API worked and the README was clear, but we're not going to take your application further. The main gaps the reviewers noted were that the list endpoints didn't handle pagination, so the larger fixture timed out, and test coverage was thin outside the happy path (nothing for the validation errors the brief asked about). For this level we'd expect both of those to be covered.

I know these exercises take real time, so thank you.

Best regards,
Petra Lindqvist
Engineering Manager, Oxbow Payments`, 'Oxbow Payments - take-home review'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Amara,

Thank you for submitting the case study for the Strategy Associate position. We appreciated the clarity of your written recommendation.

After review by two of our partners, we have decided not to progress your application. In particular, your market-sizing rested on a single assumption about adoption rates that wasn't tested or sourced, and the final recommendation didn't address the pricing question set out in part B of the brief.

If it would help to walk through the reviewers' comments in more detail, I'd be glad to arrange a short call.

Yours sincerely,
Lucy Brennan
Recruitment Manager, Castellan Advisory LLP`, 'Strategy Associate - case study outcome'),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the online coding exercise for the Graduate Software Engineer programme.

Your result did not reach the benchmark required to progress to the next stage, so we will not be moving your application forward this year.

We wish you the very best in your search.

Early Careers Team
Halberd Systems
Please do not reply to this email. This mailbox is not monitored.`, 'Your Halberd Systems coding exercise result'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Maeve,

Thank you so much for the writing sample you did for us. We really appreciated how quickly you turned it round.

We've decided not to go further with your application for the Senior Copywriter role. Your headline options were genuinely strong (the team loved the second set), but the long-form piece drifted away from the audience in the brief: it read as written for IT buyers rather than for the small-business owners we'd described, and that's the bulk of what this job is.

We'd really like to see you apply again; we tend to hire writers every few months.

All best,
Cormac Daly
Creative Director, Signal & Noise, Cork`, 'Your writing sample'),

  rej('assessment', ['generic'], { ...door },
    `Hi Gabriel,

Thanks for completing the work sample for the Customer Support Specialist role. We know it takes an evening out of your week.

We've reviewed all of the submissions, and we've decided to move forward with other candidates at this stage.

We'll hold on to your details and would be happy to hear from you again in future hiring rounds.

Best,
The Hiring Team at Nookly`, 'Nookly: Customer Support Specialist'),

  rej('assessment', ['profile_mismatch'], {},
    `Dear Hamza,

Thank you for completing the technical exercise for the Network Engineer vacancy.

We had planned to set up a panel with the infrastructure team for shortlisted candidates, but having looked at your exercise together with your CV, we have decided to progress applicants whose backgrounds more closely reflect the needs of the role. We will not be moving your application to the panel stage.

Thank you for your interest in Ridgeway Water.

Regards,
Alan Pryce
Resourcing Team, Ridgeway Water`, 'Network Engineer - exercise outcome'),

  rej('application', ['position_filled'], {},
    `Dear Ms Farouk,

Thank you for providing details of two referees in support of your application for the Finance Assistant post.

I am writing to let you know that we have now completed the appointment process and the post has been filled. I'm sorry that we will not be contacting your referees on this occasion.

Yours sincerely,

D. Ellery
Clerk to the Council
Ashwell Parish Council`, 'Finance Assistant post'),

  rej('assessment', ['assessment'], {},
    `Dear Applicant,

Thank you for taking the Aptitude and Reasoning Test conducted on 22nd October for the Management Trainee (Operations) programme.

We regret to inform you that you have not cleared the cut-off for this test, and hence your candidature will not be considered for further stages.

Kindly note that marks and individual feedback will not be shared.

Best wishes,
Campus Recruitment Cell
Vardhan Steel Industries Ltd.`, 'Management Trainee (Operations) - Aptitude Test Result'),

  rej('assessment', ['role_closed'], { ...door },
    `Hi Kofi,

Thank you for the case exercise you sent through last week. It was clearly a lot of work.

I have some frustrating news: since you submitted it, the leadership team has decided not to go ahead with the Pricing Analyst role this year, following a review of next year's budget. The vacancy is cancelled and the process has stopped for everyone.

I'd be glad to get back in touch if the role is reopened, and I'd recommend you apply again if you see it advertised.

Regards,
Imogen Castle
Talent Acquisition, Bramble Energy`, 'Pricing Analyst - process update'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Ms Carvalho,

thank you for completing the translation test for the position of Legal Translator (EN>PT).

After evaluation by our reviser, your test was not of the standard we need. The general translation was fluent, but several terms of contract law were translated in their everyday sense, and the role requires a solid command of Portuguese legal terminology from the first day. Because of this, we will not continue with your application.

Kind regards,
Annelies de Vries
Vendor Management, Lexora Language Services B.V.`, 'Translation test result'),

  rej('assessment', ['generic'], {},
    `Hello Priya,

Thanks for sending back the design challenge on Sunday.

We'd hoped to bring a few of you in to talk it through with the team after this stage, but I'm afraid we won't be inviting you to that. We've decided to continue with a smaller group of candidates.

Best wishes,
Tamsin Clarke
Design Lead, Overfold`, 'Overfold - Product Designer'),

  rej('assessment', ['location'], { ...fb },
    `Dear Mr Haddad,

Thank you for your cooperation during our pre-employment screening for the position of Warehouse Team Leader.

As part of the right-to-work check, the documents you provided show that your current visa conditions limit you to 20 hours of work per week during term time. As this is a full-time position, we are unfortunately unable to continue with your application.

We are sorry that this has not worked out.

Regards,
Onboarding Team
Stanway Distribution Ltd`, 'Pre-employment checks - Warehouse Team Leader'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Jack,

Thank you for completing the situational judgement test and the numerical reasoning test for the Orrin Group Graduate Program.

Your results on this occasion were not strong enough for us to invite you to the next part of the program, and we won't be progressing your application for the 2027 intake.

You're welcome to apply again next year, and we encourage you to keep an eye on our internships page too.

Kind regards,
Graduate Recruitment
Orrin Group, Melbourne`, 'Orrin Group Graduate Program - assessment results'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Dimitri,

Thanks for the SQL exercise. I've gone through it with Nadia, who leads analytics.

We're not going to progress to the next stage. Questions 1 and 2 were spot on, but the cohort query in question 3 double-counted customers with more than one order in a month, which threw the retention numbers off, and question 4 wasn't attempted. Those two are very close to the day-to-day work, so they mattered.

Happy to jump on a call if you want to go through the solutions, just reply.

Cheers,
Owen Harte
Analytics Manager, Plumtree Grocery`, 'SQL exercise'),

  rej('assessment', ['generic'], { ...offered },
    `Dear Sizwe

Thank you for completing the background and reference checks we asked for earlier this month, and for your patience while they were carried out.

Having now finished the process, we have decided not to proceed with your application for the Internal Auditor role.

If you would find it useful to discuss this, please contact me and I'll gladly arrange a call.

Kind regards

Nomvula Dube
Recruitment Specialist
Kalahari Mutual Assurance, Sandton`, 'Internal Auditor - outcome'),

  // ── Interview: hiring manager, team, panel, technical conversation, second round, "meeting"
  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Naomi,

Thank you for all the time you've given us over the last few weeks, from your first chat with Priya on the talent team to meeting Tom, our Head of Data, on Thursday.

Tom and the team have now compared notes on everyone they met. It was a close call, but they've decided to go ahead with someone whose experience lines up a little more closely with what the team needs in the next six months.

I'd really like to stay in touch. Would you mind if I reached out when we open the analytics engineering roles next year?

Warm wishes,
Priya Desai
Senior Talent Partner, Loftus Bank`, 'Loftus Bank - Senior Data Analyst'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Callum,

Thank you for meeting the panel on Tuesday for the Programme Manager role. The panel enjoyed the conversation and your examples from the rail upgrade were well received.

After discussion, the panel has decided not to offer you the role. The main point they raised was that your answers on stakeholder management remained at a fairly high level: when asked how you had handled a difficult senior stakeholder, the panel wanted to hear what you actually did and what changed as a result, and didn't feel they got that detail. Influencing senior stakeholders across several directorates is central to this post.

I would be happy to arrange a call with the panel chair if you'd like to go through the feedback in more depth.

Kind regards,
Alison Reeve
Resourcing Business Partner, Westmere Borough Council`, 'Programme Manager - outcome of interview'),

  rej('interview', ['generic'], { ...offered },
    `Hi Ben,

Thanks for your time with us on Thursday. It was great to have you in the office.

We've now made our decision and I'm sorry to say we won't be taking things further with you for the Office Manager role. If a bit of feedback would be useful, drop me a line and I'll share what I can.

Best wishes for the search,

Holly
Holly Greaves | Operations Director | Pickford Lane Architects`, 'Thursday'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Aditya,

Thanks again for coming in to meet the team last week, everyone appreciated the time you spent with them.

We've decided not to move forward. This was less about your skills and more about how you'd fit with the way this team works: several people came away from your conversations feeling that you'd be happiest in a setting with more individual ownership and fewer group decisions, and our product team runs almost everything by consensus, sometimes painfully so. We think that would frustrate you quickly.

Thank you for being so thoughtful in your questions.

Best,
Sarah Kim
Head of Product, Elmfield`, 'Elmfield - Senior Product Manager'),

  rej('interview', ['generic'], { ...door },
    `Dear Shreya,

Thank you for participating in the technical discussion with our engineering team on 19th November for the role of Senior Java Developer.

We regret to inform you that we will not be taking your candidature forward. Please be advised that we are unable to share individual feedback on the technical discussion.

We will keep your resume on file and get in touch should a suitable opening come up in our Bengaluru or Hyderabad centres.

Regards,
Talent Acquisition
Quantaris Technologies Pvt. Ltd.`, 'Quantaris - Senior Java Developer - Update'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Elif,

Thanks for speaking with our CTO, Marek, yesterday. He told me he enjoyed the discussion, especially the tangent about event sourcing.

After thinking it over, he's decided not to move ahead. In short, he felt other people he's spoken to are a stronger fit for what he needs in this first platform hire.

Thanks again for your time, and good luck. Marek asked me to say he'd like to talk again when the team grows next year.

Ilse
Ilse Van Dam
Office & People, Spindle`, 'Spindle - Platform Engineer'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Bartek,

Thank you for the technical conversation with Lena and Arjun on Monday.

They've asked me to pass on their thinking honestly. You were very strong on the API design part, but the role needs real depth in distributed systems, and when the discussion moved on to consensus and how you'd handle a network partition between regions, they felt you were reasoning it out for the first time rather than drawing on experience. For this position that depth has to be there from day one, so we won't be continuing.

If you want the full write-up from Lena and Arjun, say the word.

Kind regards,
Maya Goldberg
Recruiting, Quillstream`, 'Your technical conversation at Quillstream'),

  rej('interview', ['position_filled'], { ...offered, ...door },
    `Dear Aoife,

Thank you for coming in to meet the team on the 6th about the Senior Pharmacist position.

I'm writing to let you know that we have made an offer to another candidate, and it has been accepted. We won't therefore be taking your application any further.

Should you wish to discuss the interview, I'd be happy to do so, and we would welcome an application from you for future vacancies with the group.

Kind regards,
Declan Moriarty
Superintendent Pharmacist, Moriarty's Pharmacy Group, Galway`, 'Senior Pharmacist position'),

  rej('interview', ['generic'], { ...offered },
    `Hi Liam,

Thanks heaps for coming in to meet Sam and Jo on Wednesday. They really enjoyed your stories from the festival circuit.

Unfortunately we won't be offering you the Venue Operations Coordinator role this time around. There were a lot of great people in the mix and we could only pick one.

If you'd like some feedback from Sam, let me know and I'll ask him to give you a call.

Cheers,
Kirra Watson
People Lead, Stomping Ground Venues, Brisbane`, 'Venue Ops Coordinator'),

  rej('interview', ['internal_candidate'], {},
    `Dear Mr Botha,

Thank you for the conversations you had with our leadership team over the past two weeks regarding the position of Regional Operations Manager.

We have since decided to fill the position internally, with a colleague from our Cape Town branch moving into the role. As a result, we won't be making an external appointment.

We thank you sincerely for your time.

Yours faithfully,
Anton Meyer
HR Director, Kaap Freight (Pty) Ltd`, 'Regional Operations Manager'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Georgia,

From your first call with our talent team all the way through to the panel last Friday, thank you for your time and energy.

We've finished the interviews for the Partnerships Manager role. The panel felt that a couple of candidates had backgrounds which were better matched to what the team needs this year, so we won't be offering you the role.

We were impressed by you, and I'll keep you on our list for partnership roles in the future. Please also feel free to apply directly for anything you see on our site.

Kind regards,
Noor Hassan
Talent Acquisition Partner, Wildframe`, 'Partnerships Manager - outcome'),

  rej('interview', ['position_filled', 'profile_mismatch', 'skills_gap'], { ...fb },
    `Dear Hiroshi,

Thank you for the second round of interviews on 2 December with Claire and the audit team.

We have decided to offer the role to another candidate. The team felt that several candidates brought a stronger overall fit, and in your case specifically the lack of hands-on experience with SOX controls testing weighed against you, since this role will lead next year's SOX programme.

Best regards,
Rebecca Thornton
Senior Recruiter, Ardent Biosciences`, 'Internal Audit Manager - second round'),

  rej('interview', ['generic'], {},
    `Hi Felipe,

Thank you for the conversations with Anna and with the product team last week. We know it was a long afternoon.

We had hoped to invite you to the final round, but after comparing notes on everyone we spoke with, the team has decided to take another candidate forward instead. I'm sorry I don't have better news.

Best,
Joel Henning
Recruiter, Larchmont Software`, 'Larchmont Software - Product Designer'),

  rej('interview', ['role_closed'], { ...door },
    `Hello Ngozi,

Thank you for your patience since your conversations with Ifeoma and Daniel last month.

I regret to let you know that the budget for the Treasury Analyst position has been withdrawn as part of a wider review of headcount for the coming year. The role will not be filled, and so we are closing your application.

We appreciated meeting you and we would be happy to consider you when we begin hiring again; please do apply once the role is re-advertised.

Kind regards,
Tolu Adebayo
Human Resources, Ekiti Crest Microfinance Bank`, 'Treasury Analyst position - update'),

  rej('interview', ['generic'], { ...offered },
    `Dear Simon,

Thank you for your visit to the site on Monday and for the time you spent with Graham walking the packing lines. He was glad to be able to show you the new filling line.

Having considered everyone we met, we will not be offering you the Production Engineer role. Graham would be pleased to speak with you about the day if some pointers would help.

Thank you for your interest in Harwood Dairies.

Regards,
Claire Dobson
HR Officer, Harwood Dairies, Shepton Mallet`, 'Production Engineer - site visit'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Ruth,

Thanks for the pairing session and for the conversation with the mobile team afterwards.

You were a pleasure to pair with and explained your thinking really well. Where we landed is that this role needs someone who has already shipped and maintained a React Native app in production, including native module work on iOS, and from the session and your answers it sounded like that would be new for you. So we're going to stop here.

We'll have web roles opening in Q1 that could be a better match, and I'd love to reach out when they're live.

Best,
Yusuf Akhtar
Engineering Manager, Parcelhive`, 'Parcelhive - Senior Mobile Engineer'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Chloé,

Thank you for the walkthrough of your portfolio with Marc and Danielle on Friday. They loved the work you showed on the transit wayfinding project.

After a lot of back and forth, they've decided to go with someone whose work is a better fit for the kind of product design we need right now, so we won't be moving ahead with you for this position.

If it would be useful, Danielle has offered to share her thoughts on your portfolio. Just reply and I'll set that up.

Bien à vous,
Sandrine Lefebvre
Talent Partner, Ondine Studio, Montréal`, 'Your portfolio walkthrough'),

  rej('interview', ['overqualified'], { ...door },
    `Dear Rajesh,

Thank you for your conversations with our engineering leads on Tuesday and Wednesday.

Everyone who met you was struck by the depth of experience you bring. However, after discussion we've concluded that this role, which is mostly maintenance of one legacy application, would not stretch someone at your level, and we don't want to bring you in to a job you'd outgrow in months. We will not be offering it to you.

We'd like to keep your details and contact you about more senior openings as they come up.

Kind regards,
Julia Steed
Head of Talent, Norwell & Partners`, 'Application Support Engineer'),

  rej('interview', ['generic'], {},
    `Dear Ciara,

Many thanks for speaking with Aoibheann in HR last month and then meeting the team on Friday for the Clinical Nurse Manager post.

The interview panel has now completed its deliberations, and I'm sorry to tell you that on this occasion you were not successful. Given the number of candidates interviewed, the panel is unable to provide individual feedback.

Yours sincerely,
Marie O'Connell
HR Manager, St. Brigid's Private Hospital, Kilkenny`, 'Clinical Nurse Manager - interview outcome'),

  rej('interview', ['generic'], { ...door, ...offered },
    `Hi Mathieu,

Thank you for taking part in the second round for the Marketing Manager position and for your patience since then.

We've now finished the process, and we won't be moving forward with you. If you ask, I'd be glad to go over the panel's notes with you.

We've really enjoyed getting to know you, and we'd encourage you to keep an eye on our openings and apply again in future.

All the best,
Émilie Roy
People & Culture, Northfox Outdoor, Québec City`, 'Marketing Manager - second round'),

  rej('interview', ['location'], { ...fb },
    `Hi Darren,

Thanks for your conversations with me and then with Priscilla, the hiring manager, over the last couple of weeks.

When you spoke with Priscilla you said a move to Calgary before March wouldn't be possible because of your family situation. The Field Operations Lead has to be based in Calgary from the start of the drilling season, so we've concluded we can't make this work and won't move forward.

Thank you again, and all the best.

Kelsey Brandt
Recruitment Advisor, Prairie Rock Energy`, 'Field Operations Lead - Calgary'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Ms Mensah,

We refer to your recruiter screening on 4 November and your subsequent interview with our hiring panel on 12 November for the position of Credit Risk Officer.

We regret to inform you that your application has been unsuccessful, as the panel considered that other candidates were better suited to the requirements of the position. Please note that we are not able to give individual feedback on interviews.

We wish you every success in your future endeavours.

Yours sincerely,
Recruitment Unit
Accra Heritage Savings & Loans`, 'Credit Risk Officer - Interview Outcome'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Andile,

Thanks for chatting to our talent partner and then to the team on Tuesday.

The team felt you'd be great in many ways, but they need someone who has run Kubernetes clusters in production, not only deployed apps onto them. When they got into node upgrades and cluster autoscaling, your answers stayed pretty general. That's the core of the job, so we've decided not to go ahead.

Best of luck,
Cara
Cara Jennings | Talent | Driftline`, 'Driftline - Platform Engineer'),

  rej('interview', ['generic'], {},
    `Hi Hana,

Thank you for meeting with our CEO, Laszlo, last Tuesday.

We had planned a second conversation with the wider team, but we've now decided to take another candidate forward and are closing the process for everyone else.

With thanks and best wishes,
Dorota Nowak
Office Manager, Kettle Robotics`, 'Kettle Robotics - Operations Associate'),

  rej('interview', ['culture_fit'], {},
    `Dear Olumide,

Thank you for attending the screening call with HR and the subsequent meeting with our Head of Sales.

We appreciate your interest, but after careful thought we feel that your approach would not be the right fit for the culture of our sales team, so we will not be proceeding with your application.

Best regards,
Ronke Alabi
HR Manager, Lekki Coast Properties`, 'RE: Sales Executive - Next Steps'),

  rej('interview', ['generic'], {},
    `Dear Mr. Ezeh,

Thank you for appearing before the interview panel on Wednesday 26th November in respect of the vacancy for Assistant Manager (Internal Control).

The Bank wishes to inform you that you were not successful at the panel session.

We thank you for your interest in Cowrie Trust Bank Plc.

Yours faithfully,
For: Head, Human Resources`, 'Outcome of Panel Session'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Noah,

Thanks for all the time you spent with us over the past month: the intro call with Becca, and then the conversations with Omar and the design team.

We've offered the role to another candidate and she has accepted, so the UX Researcher position is now filled.

We really enjoyed meeting you and we'll reach out if another research role opens up.

Best,
Becca Stiles
Recruiter, Loamwise`, 'UX Researcher - filled'),

  rej('interview', ['salary'], { ...fb },
    `Hi Vikram,

Thank you for your time speaking with me and then with Ingrid over the last two weeks.

Following those conversations, Ingrid and I have agreed that we can't get close enough to the package you need. You mentioned a floor of £95k plus a car allowance, and this role is banded at £78–82k with no car scheme. It wouldn't be right to keep you in the process with that gap, so we'll leave it here.

Regards,
Tom Allsopp
Senior Talent Acquisition Partner, Fennick Group`, 'Fennick Group - Commercial Finance Manager'),

  rej('interview', ['profile_mismatch'], { ...door, ...offered },
    `Dear Jun Hao,

Thank you for meeting with our Regional Director, Ms Tan, on Monday regarding the Senior Business Analyst role.

We regret to inform you that we will not be proceeding further. After deliberation, Ms Tan felt that some of the other candidates met the requirements of the role more fully.

If you would like to hear some of her comments, please let me know and I will be glad to share them. We will also keep your CV in our database for future roles in the region.

Best regards,
Clarice Ong
HR Executive, Tembusu Logistics (S) Pte Ltd`, 'Senior Business Analyst - follow-up'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Isabel,

Thank you for your conversation with our security team last week.

We've decided not to move forward for the Security Operations Lead role. The team liked your breadth, but when they asked you to walk them through an incident you'd personally led, the answers stayed theoretical. We need someone who has already run incident response on a live breach and can lead a room through it, and the team didn't feel they heard that.

I'm around next week if you want to talk it through.

Regards,
Marcus Reid
Director of Security, Hollowbrook Health`, 'Security Operations Lead'),

  rej('interview', ['generic'], { ...door },
    `Hello Anneliese,

Thank you for your second conversation with Marta and Johan on Tuesday, it was a real pleasure.

We'd intended to arrange for you to meet our founders as the next step, but after a lot of thought the team has chosen to continue with another candidate. I'm sorry to be bringing this news.

We'll keep you in mind for future openings, and we hope to cross paths again.

Warm regards,
Freja Lund
People Partner, Lindqvist & Berg`, 'Lindqvist & Berg - Account Manager'),

  rej('interview', ['generic'], {},
    `Hi Grace,

Thank you for your lovely note, and for your time on Monday. I'm afraid we've decided to go with another candidate for the Community Manager role. Wishing you the very best.

Tess

On Mon, 17 Nov 2026 at 16:42, Grace Appiah <grace.appiah@fastmail.com> wrote:
> Hi Tess,
>
> Thank you so much for taking the time to meet me this afternoon. I really enjoyed hearing
> about the plans for the Leeds meet-ups and I'm even more excited about the role now.
>
> Best,
> Grace`, 'Re: Thank you'),

  rej('interview', ['role_closed'], {},
    `Dear Ravi,

Thank you for your conversations with us: the initial HR call with Deepa and then the interview with the data science team on 30th October.

I am sorry to share that the position of Data Scientist - Pricing has been put on hold indefinitely following a change in business priorities, and we have taken the decision to close the requisition. We will therefore not be able to proceed with your candidature.

Thank you for your understanding.

Regards,
Anita Sharma
Talent Acquisition, Veltara Retail Analytics`, 'Data Scientist - Pricing: position closed'),

  rej('interview', ['generic'], { ...door, ...offered },
    `<html><body><p>Hi Tanisha,</p>
<p>I hope your week is going well. I wanted to reach out personally rather than let this come through as an automated update, because you put a lot of yourself into our process and I think you deserve a real note.</p>
<p>Thank you for your conversations with Derek, Alana and Mo on Thursday, and for the hour you spent with our VP of Customer Experience before that. Everyone came out of those meetings talking about how prepared you were and how much you clearly cared about the people on the other end of a support ticket. That came through in every conversation, and it's not something we see every day.</p>
<p>This has been one of the hardest decisions we've had to make this year. We had a very small number of people we felt could do this job well, you were one of them, and in the end we could only choose one. After a long debrief on Friday, the team decided to go ahead with another candidate for the Director of Support Operations position. I know that's not what you were hoping to hear, and I'm sorry to be the one sending it.</p>
<p>I want to be clear that this isn't the end of the road as far as we're concerned. We're growing the support organisation across three regions next year, and there will be senior roles in the mix. With your permission, I'd like to keep your profile flagged on our side so that I can reach out as soon as one of those opens, rather than waiting for you to find it on the careers page.</p>
<p>If it would be helpful to talk through how the decision came about, I'm happy to set up a 20-minute call with you and Derek. Just reply with a couple of times that work for you, no pressure either way.</p>
<p>One more thing, since you asked about it on Thursday: the team is still going ahead with the move to a follow-the-sun support model, and the person we've hired will be building that out over the spring. If you see us announce the regional lead roles, that is exactly the kind of opening I'd want you to hear about from me first, so please don't be shy about replying to this thread at any point.</p>
<p>Thank you again for your time, your honesty and your questions. I hope we get to work together down the line.</p>
<p>All the best,<br>
Renata Alves<br>
Senior Recruiter, Customer Experience<br>
Sundial Health, Inc.</p>
<p style="font-size:10px;color:#888">Sundial Health is proud to be an equal opportunity employer. We do not discriminate on the basis of race, religion, color, national origin, sex, sexual orientation, gender identity, age, disability or veteran status. <a href="https://sundialhealth.com/privacy">Candidate Privacy Notice</a></p>
</body></html>`, 'Director of Support Operations - a personal note'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Padraig,

Just following up after your conversations with Sinéad and the rest of the engineering team on Wednesday. I've been waiting on everyone's notes, sorry this took a few days.

They've decided not to go ahead, and I'll be straight with you about why: it came down to others who'd been through a similar scale-up already and looked more like the profile the team had in mind. Nothing more to it than that, really. If something else opens up on the platform side I'll give you a shout.

Thanks a million for giving us your time.

Ronan
Ronan Kelleher | Talent | Bridgewater Fintech, Dublin 2`, 'Following up after Wednesday'),

  // ── Final: final round, onsite, last stage, final two, superday, the CEO as the last step
  rej('final', ['generic'], { ...door, ...offered },
    `Hi Kemi,

Thank you for the final conversation with Jude and Alex, our founders, on Monday. They both said how much they enjoyed it, and I know they kept you well past the hour.

It's been a very tight decision, and I'm sorry to say that they've chosen to go with another candidate for the Chief of Staff role. Jude has said he'd happily get on a call to tell you how they reached it, if you'd want that.

Please stay in touch. The company is going to look very different in a year, and I'd love to be able to reach out to you when it does.

Warmly,
Hannah Rix
Head of People, Tessellate`, 'Tessellate - Chief of Staff'),

  rej('final', ['profile_mismatch'], { ...door, ...offered },
    `Dear Eoin,

Thank you for coming back to see us for the last stage. As you know, we were down to the final two for the Head of Facilities role, and this was one of the closest decisions the board has had to make.

In the end, they chose the other candidate, whose background was judged to be a slightly closer match for where the college is heading. It was very much a matter of degree.

I'd be glad to give you a fuller picture over the phone if you'd find that useful, and I'd encourage you to apply to us again. I expect we'll be recruiting a deputy role in the new year.

With every good wish,
Margaret Fennelly
Bursar, St. Columba's College`, 'Head of Facilities'),

  rej('final', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Hi Mateus,

Thanks for everything you put into our process: the recruiter screen with me, the hiring-manager chat with Ravi, and then the full onsite on Thursday.

The onsite panel has now met. They've decided to go with other finalists who came across as a stronger overall fit for the Staff Engineer role. In your case, the system-design session was the deciding factor: the panel felt your design for the ledger service didn't deal with idempotency or exactly-once processing, which is the heart of what this team builds.

I'm sorry I don't have a different outcome for you.

Take care,
Lauren Pike
Technical Recruiter, Coinfield`, 'Coinfield - Staff Engineer onsite outcome'),

  rej('final', ['position_filled'], {},
    `Dear Arjun,

Thank you for attending the Superday at our Canary Wharf office on 27 November.

All offers for the 2027 Summer Analyst programme in Equity Research have now been made and accepted, so we are unable to extend an offer to you.

We appreciate the effort you put into the day and wish you every success.

Kind regards,
Campus Recruiting EMEA
Hallowell Sterne & Co.
This email and any attachments are confidential. If you have received it in error please notify the sender and delete it.`, 'Summer Analyst Superday - outcome'),

  rej('final', ['generic'], { ...offered },
    `Hi Beatriz,

Thank you for meeting with our CEO, Helena, on Friday. As you know, that meeting is the last step in our process for every hire, and she really enjoyed the conversation.

After speaking with her and with the rest of the leadership team, we've decided not to move forward with you for the Head of Finance role. I know you'll be disappointed, having come this far.

If it would help to hear more, I'm very happy to share what I can, just let me know.

Best,
Omar Siddiqui
Talent Director, Lumenfold`, 'Head of Finance - update after your meeting with Helena'),

  rej('final', ['culture_fit', 'profile_mismatch'], { ...fb },
    `Dear Kateryna,

thank you for coming to the last stage of our process in Kraków and for the day you spent with us.

After discussion, we decided not to make you an offer. The team felt that other candidates matched the role better overall, and we also had the impression, especially in the afternoon session with the delivery team, that you prefer a very directive leadership style, while our teams are self-organising and expect the lead to coach rather than to decide. We think this would be difficult for both sides.

We wish you much success.

With kind regards,
Agnieszka Wróbel
HR Business Partner, Softrail Sp. z o.o.`, 'Delivery Lead - final stage'),

  rej('final', ['assessment'], { ...fb },
    `Dear Nikhil,

Thank you for presenting your case in the final round on Wednesday.

The panel have decided not to offer you the Commercial Analyst position. While your delivery was confident, the numbers in your presentation didn't reconcile: the revenue forecast on slide 4 didn't match the totals in your appendix, and when asked about it you weren't able to explain the difference. For a role built on forecasting, the panel couldn't look past that.

Kind regards,
Helen Marsh
Talent Acquisition, Brightwater Foods plc`, 'Commercial Analyst - final round'),

  rej('final', ['profile_mismatch', 'position_filled'], { ...door },
    `Hi Yasmin,

Thank you for your patience, and for your time throughout: our initial chat, the meetings with Claire and the team, and the final round last week.

We've offered the Senior Account Manager position to a candidate whose experience more closely aligned with the clients she'll be looking after, and she has accepted.

Thank you again. We'd be really pleased to see you apply with us another time.

Best regards,
Lottie Hargreaves
Talent Partner, Ember & Stone Communications`, 'Senior Account Manager'),

  rej('final', ['generic'], { ...door },
    `Dear Harry,

Thank you for attending the Assessment Centre for the Civic Futures Graduate Scheme on 4 December.

We are sorry to tell you that you have not been successful on this occasion. Due to the number of candidates who took part, we are not able to offer individual feedback on assessment centre performance.

You are welcome to apply for next year's scheme, which opens in September.

Yours sincerely,
Graduate Recruitment Team
Civic Futures Graduate Scheme

This mailbox is not monitored. For queries, visit our candidate help centre.`, 'Civic Futures Graduate Scheme - Assessment Centre outcome'),

  rej('final', ['overqualified', 'salary'], { ...fb },
    `Hi Stephen,

Thank you for making the trip for the final conversations with Lucy and Niall.

We've decided not to make an offer. Truthfully, two things made us hesitate. Having led a function of forty people, you'd find a team of four that we need to keep hands-on quite limiting, and the package you currently have (base plus bonus as you described it) is well above what we can offer for this role.

We're grateful for your time.

Regards,
Keira Boyle
Operations Director, Cleave Print`, 'Final conversations - Production Manager'),

  rej('final', ['role_closed'], { ...door },
    `Dear Chen,

Thank you for your time throughout the recruitment process for the Digital Transformation Manager role, including the phone screening with HR, the panel interview and the onsite session with our leadership team.

I regret to inform you that, following a strategic review, the organisation has decided not to proceed with this position, and the role has been cancelled. No appointment will be made.

We are sorry to bring you this news after you had reached the final stage. Should the position be revived we will contact you, and we would equally welcome your application for other roles with us.

Yours sincerely,
Benjamin Lau
HR Manager, Pacific Harbour Holdings, Vancouver`, 'Digital Transformation Manager - position cancelled'),

  rej('final', ['generic'], {},
    `Dear Olivia,

Thank you for agreeing to let us contact your referees after your final interview. Both were very generous in what they said.

Having completed references for both of our finalists, the trustees have made their decision, and I'm sorry to say they have decided to appoint the other candidate as Chief Executive.

Thank you for the great care you put into your application and your presentation to the board.

Yours sincerely,

Patrick Dunmore
Chair of Trustees, Greenreach Housing Association`, 'Chief Executive appointment'),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Dear Moses,

Thank you for attending the final panel for the Head of Compliance role.

The panel has decided not to appoint you. The main gap they identified was experience of leading an organisation through a regulatory inspection: your examples came from supporting audits rather than being accountable for one, and the regulator is due to visit us next spring.

I am happy to go over the rest of the panel's comments with you. Please call my office to arrange a time.

Yours sincerely,
Grace Wanjiru
Director of People, Umoja Health Insurance, Nairobi`, 'Head of Compliance - final panel outcome'),

  rej('final', ['internal_candidate'], { ...offered, ...door },
    `Hi Leon,

You'll know from our last call that it came down to the last two candidates for the Customer Success Director role.

The other finalist is someone already on our team, who has been leading the EMEA accounts for the past year, and the board has decided to promote her into the role. I'm sorry, I know that's a frustrating way for it to end.

Happy to talk more if you'd like to hear how the board saw it, and I'd like to keep you close for the next leadership role we open.

Best,
Kat Morrison
VP People, Northstar CX`, 'Customer Success Director'),

  rej('final', ['profile_mismatch', 'culture_fit'], { ...door },
    `Hello Siddharth,

Thank you for the time you spent with us, from the first call with our talent partner Aisha through to the final round with our leadership group on the 11th.

We are not going to make an offer. After the final round the group felt the other candidates were a better match for the role overall, and there were also some doubts about fit with how our teams work day to day.

We'd love to stay in touch, though, and we'll reach out when we next hire for the data leadership group.

All the best,
Aisha Karimi
Talent Partner, Heronbridge Analytics`, 'Heronbridge - Head of Analytics'),

  rej('final', ['generic'], { ...door },
    `Hi Hollie,

Thank you for everything: the first call with me, meeting Priyanka and the team, and the onsite day last Thursday.

We've now made our decision and we won't be offering you the Senior UX Writer role. It was a genuinely difficult choice.

I hope you'll consider us again in future. We're growing quickly and I'd be glad to see your name in our inbox again.

Best,
Tori Blake
Recruiter, Canopy Money`, 'Canopy Money - Senior UX Writer'),

  rej('final', ['generic'], { ...offered, ...door },
    `Dear Ms Goh,

Thank you for participating in our Superday on 20 November for the Graduate Associate Programme (Global Markets).

We regret to inform you that we will not be extending an offer to you this year. Competition was particularly keen.

Should you wish to receive feedback on your Superday, please reply to this email within 14 days. We also encourage you to apply again for future programmes, and your details will remain in our talent community.

Best regards,
Campus Recruitment, Singapore
Straits Meridian Bank Ltd`, 'Superday outcome - Graduate Associate Programme'),

  rej('final', ['position_filled'], { ...offered },
    `Dear Fergus,

Thank you for your time at the final interview on Tuesday.

We had intended to take up your references this week with a view to making an offer, but after further reflection the partners have decided to offer the position to another candidate. I'm very sorry.

I would be glad to speak with you about your interview should you wish.

Yours sincerely,
Eleanor Grant
Practice Manager, Grant & Wylie Solicitors, Edinburgh`, 'Trainee Solicitor - final interview'),

  rej('final', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Ms. Iyer,

Thank you for attending the final round of discussions with our Managing Director, Mr. Nair, on 2nd December for the post of Regional Sales Head - South.

We regret to inform you that you have not been selected. The management felt that another candidate was better suited to the role, and the MD noted that the role needs fluent Telugu for the dealer network in Andhra Pradesh and Telangana, which you had mentioned you do not speak.

We thank you for your time and interest in our company.

Regards,
Sunil Menon
Manager - HR, Kaveri Agro Implements Ltd., Coimbatore`, 'Regional Sales Head - South: Final Round Result'),

  rej('final', ['generic'], {},
    `So sorry Dan, after the final round we went with the other person. Thank you for everything, truly.`),

  // ── Paused processes: nobody declined yet
  hold('interview', ['role_closed'], {},
    `Hi Aisling,

Thank you for meeting the team last week. I'm writing with an update, and I'm sorry it isn't a clearer one.

On Monday the company announced a hiring freeze until the end of Q1 while the new budget is agreed. That means we can't make any offers for the Growth Marketing Manager role right now. We haven't made a decision about you; your application is simply paused with everyone else's.

I'll be in touch as soon as the freeze lifts, and I hope you'll still be interested then.

Best,
Conor Walsh
Talent Partner, Hopscotch Travel`, 'Growth Marketing Manager - pause'),

  hold('final', ['generic'], {},
    `Dear Adriana,

Thank you for your patience following your final interview on the 20th.

I wanted to let you know that the appointment decision has been postponed. The board meeting at which the appointment was due to be confirmed has been moved to mid-January, and we are not able to confirm anything until then. You remain one of the candidates under consideration.

I'm sorry for the wait, and I'll write again as soon as I can.

Kind regards,
Moira Kent
Company Secretary, Dunmore Housing Trust`, 'Director of Finance - appointment timing'),

  hold('screen', ['role_closed'], {},
    `Hi Santiago,

Thanks again for our call on Wednesday.

Quick update: our product org is going through a reorganisation, and leadership has asked us to pause hiring on the Senior Product Analyst role until the new structure is settled, probably four to six weeks. Nothing has changed about your candidacy, we just can't schedule the hiring-manager conversation yet.

I'll reach out as soon as I have a green light.

Best,
Jade Hollister
Recruiter, Verdant Labs`, 'Quick update on the Senior Product Analyst role'),

  hold('assessment', ['internal_candidate'], {},
    `Hi Noura,

Thanks for sending in your take-home, the team has it.

Before we go any further with external candidates, we've been asked to consider an internal applicant for the Data Engineer position first. That process should take about three weeks. Your exercise hasn't been scored yet, and you're still in the running; we'll pick things up with you once the internal process has run its course.

Apologies for the delay,
Hugo Bennett
Talent Acquisition, Ferrylight`, 'Data Engineer - update on timing'),

  hold('interview', ['role_closed'], {},
    `Dear Abimbola,

Thank you for your interview with our Head of Operations on the 14th.

We write to inform you that the recruitment for the Operations Supervisor position has been temporarily suspended pending re-approval of the department's budget for the coming year. Your application has not been declined and remains active.

We will contact you once the budget has been approved. We appreciate your patience and understanding.

Yours faithfully,
Human Resources Department
Ogun Valley Beverages Ltd`, 'Operations Supervisor - Recruitment Status'),

  // ── Look-alikes: the same polite words, declining nothing
  other(`Hi Fatima,

Unfortunately Priya has come down with something and won't be able to make your conversation on Thursday. I'm so sorry for the late notice.

Could you do Monday at 10:00 or 14:30 instead? Same Teams link. Thanks for bearing with us, and we appreciate your patience.

Best,
Leah
Leah Moran | Recruiting Coordinator | Harbour Labs`, 'Rescheduling your conversation with Priya'),

  other(`Hi Oscar,

Thank you so much for your time with us today, it was great to hear more about your work on the warehouse routing project.

We're meeting the last two candidates this week and will be in touch with everyone by Friday the 12th. In the meantime, let me know if you have any questions.

Best regards,
Yvonne Leclerc
Talent Acquisition, Maplecourt Logistics`, 'Thank you for your time today'),

  other(`Dear Zainab,

Following your conversations with the team, we are delighted to offer you the position of Senior Policy Officer at the Bramwell Institute, at a salary of £52,400 per annum.

Your formal offer letter and contract are attached. Unfortunately our HR system can only issue the contract as a PDF, so please print, sign and return a scanned copy by 19 December.

We very much look forward to welcoming you.

Yours sincerely,
Dr Kathryn Mills
Director of Research, The Bramwell Institute`, 'Offer of employment - Senior Policy Officer'),

  other(`Hi there,

You recently spoke with our team about a role at Pathfinder Insurance. Whatever the outcome, we'd love to hear how it went for you.

Our candidate experience survey takes about three minutes and is completely anonymous. Your answers help us improve the way we run interviews.

Take the survey: https://survey.pathfinder-ins.com/cx/8812

Thank you,
Talent Acquisition, Pathfinder Insurance

You are receiving this email because you recently took part in our recruitment process. Unsubscribe`, 'How was your interview with Pathfinder?'),

  other(`Hi Rebecca,

Thank you for taking the time to speak with me yesterday about the Learning Designer role. I really enjoyed hearing about how the team builds its onboarding courses, and our conversation only made me more excited about the position.

I realised afterwards that I didn't get to mention the accessibility audit I led last year; I've attached a short summary in case it's helpful.

I look forward to hearing from you about next steps.

Kind regards,
Tendai Moyo`, 'Thank you - Learning Designer conversation'),

  other(`Dear Mr Hollis,

Lucia Ferraro has applied for the position of Senior Accountant with Wrenfield Partners and has given your name as a referee.

We would be grateful if you could complete the attached reference form and return it by 10 December. Unfortunately we are unable to proceed with her appointment until we have received two references, so a prompt reply would be greatly appreciated.

Thank you for your help.

Yours sincerely,
Pippa Laing
HR Officer, Wrenfield Partners`, 'Reference request - Lucia Ferraro'),

  other(`New jobs matching your search: "operations manager" near Leeds

- Operations Manager - Harrowgate Foods - £48k-£55k
- Regional Operations Lead - Stride Gyms - £50k + bonus
- Operations & Facilities Manager - Calloway School - £42k

Unfortunately we can't show salary information for every listing.

View all 27 new jobs

You're receiving this alert because you created it on JobNest. Manage alerts | Unsubscribe`, 'New jobs for you: operations manager'),

  other(`Hi Nadia,

I hope you don't mind the message out of the blue. I came across your profile after you interviewed with one of our sister companies last year, and we've kept you in mind since.

We're hiring a Head of Partnerships at Quayside Pay, remote within the UK. Would you be open to a short chat next week?

Best,
Olamide Bello
Senior Talent Partner, Quayside Pay`, 'Head of Partnerships at Quayside Pay'),

  other(`Dear Abdul,

Thank you for your time with the panel last week. We are pleased to invite you to the final round of our process for the Senior Quantity Surveyor position.

The final round will consist of a 45-minute conversation with our Managing Director, Ms Olivier, and a short site walk at our Stellenbosch development.

Date: Thursday 11 December
Time: 10:00
Venue: Ridgeback Construction, 12 Bird Street, Stellenbosch

Kindly confirm your availability by return email.

Regards,
Chantal Jacobs
HR Coordinator, Ridgeback Construction`, 'Invitation to final round - Senior Quantity Surveyor'),

  other(`Invitation: Second conversation - Sofia Marin / Product team
Tue 9 Dec 2026 14:00 - 15:00 (GMT)
Google Meet: meet.google.com/xrv-ojsa-kta

Organizer: talent@fernhollow.io
Guests: sofia.marin@gmail.com, kieran@fernhollow.io, aditi@fernhollow.io

Going? Yes - Maybe - No
Invitation from Google Calendar`, 'Invitation: Second conversation - Sofia Marin / Product team @ Tue 9 Dec 2026 2pm'),

  other(`Hi Jamie,

Thanks so much for the call on Monday and for thinking of me for the role.

Unfortunately, I've accepted another offer this week, so I'd like to withdraw from the process. I really appreciated your time and how open you were about the team, and I hope our paths cross again.

Best wishes,
Kai Andersen`, 'Withdrawing my application'),

  other(`Hi Pranav,

Thank you again for speaking with Lisa on Tuesday. As discussed, the next step is a short take-home exercise.

You'll find the brief attached. Please spend no more than three hours on it and send it back by Sunday evening. Unfortunately we can't offer extensions beyond that, as the review panel meets on Monday.

If anything in the brief is unclear, just reply and we'll help.

Good luck!
Rhea Patel
Engineering Recruiter, Stackyard`, 'Take-home exercise - Stackyard'),

  other(`Dear Candidate,

Congratulations on reaching the offer stage with Lindale Group. To complete your pre-employment screening, please give your consent for a background check by clicking the secure link below.

Unfortunately, we cannot issue your contract until the background check is complete. The check usually takes 5-7 working days.

Complete consent form

Kind regards,
Onboarding Team, Lindale Group
Please do not reply to this email.`, 'Action required: background check consent'),

  other(`Hi Ifeanyi,

Your application for Product Marketing Manager at Zestly has been updated.

Status: Moved to next stage - Hiring Manager Interview

Our team will reach out shortly to schedule your conversation. We appreciate your patience!

Zestly Careers
Powered by Hirewell ATS`, 'Your application status has changed'),

  other(`Hi Megan,

Just a quick note to say the panel really enjoyed meeting you yesterday. They'd like to move you to the final stage, which is a short conversation with our CEO.

Unfortunately her diary is tight this side of Christmas, but I'll come back to you with a couple of options by Wednesday.

Speak soon,
Ellie
Ellie Brookes | Recruitment Manager | Fairhaven Homes`, 'Great news from yesterday'),

  other(`Hi Rahul,

Looking forward to seeing you for your onsite tomorrow! A few practical notes:

- Please arrive at 9:15 at reception on level 3. Unfortunately the lifts on the east side are out of service, so use the west lifts.
- Lunch will be with the team; let us know about any dietary needs.
- The day ends by 15:30.

See you tomorrow,
Bridget O'Neill
Candidate Coordinator, Brightspark Systems, Toronto`, 'Your onsite tomorrow - practical details'),

  other(`Hi Hamid,

Thanks for joining the Ashcombe Talent Community! We'll keep you in mind and be in touch when roles matching your interests open up.

In the meantime, follow us on LinkedIn for news about the team.

The Ashcombe Careers Team
You can update your preferences or leave the community at any time.`, 'Welcome to the Ashcombe Talent Community'),

  other(`Hi Tara,

Just a quick update after your conversations with Ewan and the team on Friday. I've shared everyone's notes with the hiring manager and they're reviewing them alongside the other candidates this week.

No decision has been made yet; we'll be in touch by the 15th either way. Thanks for your patience in the meantime.

Cheers,
Daisy Harrow
Talent Partner, Saltmarsh Games`, 'Update after Friday'),

  other(`Hi Jorge,

Welcome aboard! We're so glad you accepted, and everyone you met in the final round is excited to work with you.

Your first day is Monday 5 January. Unfortunately your laptop won't arrive until the Tuesday, so on day one you'll be shadowing Mei in the support queue.

See you soon,
Alicia Romero
People Ops, Cobblestone Finance`, 'Welcome to Cobblestone Finance!'),

  other(`Hi Nathan,

Thanks for letting me know. Unfortunately that's disappointing news, as I really enjoyed meeting the team on Wednesday.

Would you be able to share any feedback from the panel? It would really help me prepare for future interviews.

Many thanks,
Oyelaran Adebisi

On Thu, 4 Dec 2026 at 11:02, Nathan Cole <nathan.cole@pelicanhealth.com> wrote:
> Hi Oyelaran,
> Thank you for meeting the team on Wednesday. We've decided to move forward with another candidate.
> Best, Nathan`, 'Re: Your application - Clinical Operations Lead'),
];
