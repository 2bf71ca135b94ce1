/**
 * Development messages of the fortieth round, never sealed: rejections written by people rather than by tracking
 * systems, each from a different employer and a different writer. Hiring managers and founders writing by hand,
 * in-house recruiters after a call, agency recruiters passing on a client's decision, academic search committees,
 * public-sector panels, hospitals, schools, law firms, NGOs, trades and hospitality. The stage and the reasons are told
 * indirectly, as people write: an interview is "a conversation", "a chat", "your time with the team", "the afternoon
 * with us" or "walking us through your portfolio"; a screen is a short first call; a take-home or a case study is the
 * assessment; the last round is "the final conversation with our CEO" or "the panel"; and a message that only speaks of
 * the "conversations" the company will have with others is sent after the application. Reasons come in the writer's
 * own words (others' backgrounds lining up more closely, a requirement named in passing, a case study that did not get
 * there, someone who can start straight away, a salary above the band, office days, a hire from within, a role put on
 * ice or filled, someone more or less senior). Some give feedback, some offer it, a few refuse it; some keep the door
 * open and some close it. British, American, Indian, Australian, Irish, South African and second-language English; one
 * line to four hundred words; some are replies with the earlier messages quoted below. A few look-alikes decline
 * nothing and five processes are paused. Labelling choices held throughout: a start date or notice period the employer
 * cannot wait for is `location` (a condition of taking up the seat, as in round thirty-eight); "we needed someone more
 * senior" with no requirement named is `profile_mismatch`, "less senior" is `overqualified`; a stated salary, location
 * or missing requirement about this candidate counts as specific feedback. For development only: the rules may be
 * checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d40-');

export const HANDWRITTEN_DEV_40: readonly CorpusLine[] = [
  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Marcus,

Thanks so much for coming in on Thursday and spending the afternoon with us. Everyone in the kitchen enjoyed meeting you.

I'm sorry to say we've decided to go in a different direction. We saw a handful of people for the sous chef spot and a couple of them had backgrounds that lined up more closely with what the kitchen needs right now.

It was a genuinely close thing. I'd love to stay in touch, and if something opens up at the Harbour Street site later in the year I'll be in touch.

All the best,
Tom Wexley
Head Chef, Salt & Ember`, 'Sous chef'),

  rej('screen', ['salary'], { ...fb },
    `Dear Ms. Okafor,

Thank you for taking my call yesterday. It was helpful to hear about your work at the clinic in Ibadan and what you are looking for next.

Having reviewed our notes, I'm afraid the figure you mentioned is well above the band approved for this post (the ceiling is £38,400), and we are not in a position to stretch it. Because of that, we'll be closing your application here.

I appreciate this is disappointing, and I wish you every success.

Kind regards,
Helen Barraclough
Recruitment Partner
Northvale Community Health Trust`),

  rej('application', ['profile_mismatch'], {},
    `Hi Jonah, thanks for applying to the growth role. We've had a strong response and we're going to be having conversations with a small group of people whose experience is closest to the brief, so we won't be taking yours further. Best of luck with the search. — Ria, Kelpie Labs`),

  rej('final', ['position_filled'], { ...door },
    `Hello Sandeep,

I wanted to write to you personally after your final conversation with Amelia on Monday. She really enjoyed it, and so did I when I heard her recap.

We have made an offer for the role and it has been accepted this morning, so I'm closing the search. It came down to two people and honestly either would have been a good outcome for us.

Please do keep in touch. We'll be hiring a second PM for the payments squad in Q2, and I'll be sure to reach out when that opens.

Warmly,
Dana Cho
Head of People, Ledgerlight`, 'Re: Product Manager – next steps'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Léa,

Thank you for the time you put into the case study. I know it's a big ask on top of a full-time job.

The team read it carefully. The market sizing was well reasoned, but the pricing recommendation didn't quite get there: it leaned on a single competitor benchmark and didn't test what happens to churn if we move the entry tier up. For this role that's the heart of the job, so we've decided not to move you to the interviews.

I'd be glad to see you apply again next year when we'll be growing the team.

Best,
Oskar Lindqvist
Pricing Lead, Tallyhaus`, 'Your case study'),

  rej('interview', ['location'], { ...fb },
    `Hey Ben,

Really enjoyed our chat last week and I'm sorry it took me a few days to come back to you.

The sticking point for us is the office. We need whoever takes this on to be in Leeds at least three days a week, and from what you said you're set on staying fully remote from Cornwall, which is totally fair. It just doesn't work for this role, so we won't be going further.

Cheers,
Gemma
Studio Manager, Fieldnote Design`),

  rej('interview', ['internal_candidate', 'position_filled'], {},
    `Dear Dr. Nakamura,

Many thanks for meeting with the panel on 14 March regarding the post of Senior Pharmacist (Oncology).

I regret to inform you that the post has been offered to a member of staff already working within the department, and the offer has been accepted.

Thank you for the care you so evidently put into your preparation for the day.

Yours sincerely,
Marian Doyle
Pharmacy Services Manager
St Columba's University Hospital, Cork`),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Priyanka,

Thanks for your interest in the finance director role at Orchard & Vine. I read your CV with interest. We need someone who has run a full P&L for a multi-site business, and your experience so far has been on the FP&A side rather than owning the numbers, so I'm not going to take it further this time.

Good luck,
Graham Pell
Managing Director`),

  rej('final', ['profile_mismatch', 'position_filled'], { ...offered },
    `Hi Adaeze,

Thanks for coming through the whole process with us, including the panel on Friday. That's a lot of hours and I don't take it for granted.

We've decided to offer the role to another candidate. The panel felt their background was a closer match for where the partnerships team is heading.

If it would help, I'm happy to jump on a call and talk it through. Just reply and we'll find a time.

Kind regards,
Samuel Mensah
Director of Partnerships, Kinfolk Health`),

  rej('screen', ['overqualified'], { ...fb },
    `Hi Rohan,

Great speaking with you this morning. You've clearly done a lot at Infosys and Accenture, and that's partly the issue: this is a hands-on junior tester role reporting to a lead with less experience than you, and we'd be worried you'd be bored within a month. We need someone less senior here, so I won't be putting you forward to the hiring manager.

Best regards,
Kavya Iyer
Talent Acquisition, Quillpoint Software`),

  other(`Hi Naomi,

Thanks for the chat on Tuesday, it was a pleasure. I've shared my notes with Farid and he'd like to meet you in person. Could you do Thursday 2pm or Friday 10am at our Shoreditch office? It'll be about an hour, mostly walking him through your portfolio.

Best,
Lotte
Talent, Brightwire`, 'Next step'),

  rej('interview', ['generic'], {},
    `Dear Mr. Fitzgerald,

Thank you for attending for interview for the position of Clerical Officer (Grade III) with the County Council.

I regret to say that on this occasion your candidacy has not been successful.

Yours faithfully,
Recruitment Section
Human Resources Department
Ballinmore County Council`),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Chen,

Thanks for turning the take-home round so fast. I'll be straight with you since you asked for honesty on the call: the API worked, but there were no tests at all, and the pagination broke past the first page of results. The other candidates we're moving forward covered both. So we won't be taking this one further.

Thanks again,
Matt Royce
Engineering Manager, Driftlane`),

  rej('screen', ['location'], { ...fb, ...door },
    `Hi Wanjiru,

Thank you for the quick call this afternoon. I'm afraid I have to come back with a no for this one. The client needs someone who can start straight away, within two weeks at most, because their current analyst leaves at the end of the month, and your three-month notice period with the bank won't fit.

I'll keep your details on file and let you know when something comes in with a longer lead time.

Regards,
Peter Kamau
Senior Consultant, Meridian Search Partners
Nairobi`),

  rej('interview', ['profile_mismatch'], {},
    `Thanks for making time to speak with us on Wednesday, Carla. After talking it over we're going with someone whose experience is closer to the brief. Wishing you the best.

Rob`),

  rej('final', ['salary'], { ...fb },
    `Dear Kwame,

Thank you for the final conversation with our CEO last week. I know you and he got on well.

I'm writing to let you know we've come to the end of the road on this one. We went as far as we could on the package, but the number you need to make the move is about 20% above what the board has signed off for the role, and they won't move. So we won't be able to offer you the role.

I'm sorry, and I'm grateful for how open you were about it throughout.

With best wishes,
Thandiwe Nkosi
HR Director, Umoya Logistics
Johannesburg`, 'Head of Operations'),

  rej('application', ['role_closed'], {},
    `Hi Fatima,

Thanks for applying for the content lead position. Unfortunately the role has been put on ice while we rethink our marketing budget for next year, so we won't be taking any applications forward for now.

Best,
Jess
Cobblestone Travel`),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Dmitri,

Thanks for your time with the team on Monday. They liked the way you talked about incident reviews.

Where it fell down was Kubernetes. The role is going to be running our clusters pretty much from day one, and from the conversation it sounded like you've mostly worked with it through a managed platform team rather than operating it yourself. We've decided to go with someone who's done that.

If you'd like more detail I'm very happy to share the team's notes over a short call.

All the best,
Hannah Beck
Platform Lead, Northgrid`),

  rej('interview', ['role_closed'], { ...door },
    `Dear Ms Achterberg,

Thank you for speaking with us about the Communications Officer post. I am writing with news I had hoped not to send: following a cut to our programme funding for next year, the post has been withdrawn and we will not be filling it.

This is no reflection on you. We would be glad to hear from you again should the post be re-advertised.

With kind regards,
Inge Vos
Operations Manager
Clearwater Relief Foundation, The Hague`),

  rej('application', ['generic'], {},
    `Dear Aarav,

Thank you for your application for the Assistant Professor position in Computational Linguistics. The search committee has now reviewed all applications and I regret to let you know that yours will not be advanced to the next stage.

We received more than two hundred applications for this position.

Sincerely,
Prof. Margaret Ellison
Chair, Search Committee
Department of Linguistics, Whitmore University`),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Hi Isla,

I wanted to call, but you mentioned you're travelling, so here it is in writing.

The panel on Tuesday went well, and the feedback on your presentation was good. In the end they chose the other finalist, mainly because she has led a team through a full school inspection cycle as a deputy head, and they felt that was what the school most needs next year. Your experience is strong but it's been more on the curriculum side.

I'd really encourage you to apply when the assistant head post comes up in the spring. I think you'd be very competitive.

Best wishes,
Fiona McAllister
Headteacher, Carrick Hill Primary School`),

  rej('screen', ['profile_mismatch'], {},
    `Hi Tariq,

Appreciate you jumping on a call with me yesterday. I've thought about it and I don't think this one's the right fit, so I won't put you forward to the client. Good luck out there.

Liam O'Rourke
Ashgrove Recruitment`),

  rej('assessment', ['generic'], {},
    `Hello Giulia,

thank you for completing the translation test for our legal team. After review we decided to continue with other candidates for this position.

We wish you a good continuation.

Best regards
Katrin Hoffmann
HR, Lindemann & Partner Rechtsanwälte, Munich`),

  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Hi Owen,

Thanks for the conversation on Friday, and for being so candid about what you're after.

Two things made us decide not to go further. First, we're really looking for someone whose background is in B2B sales enablement, and yours has mostly been consumer retail, which came up a few times. Second, the role needs someone in our Sydney office at least three days a week, and you'd prefer to stay in Newcastle.

No hard feelings at all, and best of luck.

Cheers,
Kate Brennan
Head of Sales, Tandem Ops`),

  rej('final', ['generic'], {},
    `Dear Jacob,

Thank you for attending the final panel for the Deputy Director post. After very careful deliberation, the panel has decided not to offer you the appointment.

We appreciate your interest in the Department.

Yours sincerely,
Recruitment Team
Department for Rural Affairs`),

  rej('interview', ['generic'], { ...offered, ...door },
    `Hi Mei,

Thank you for walking us through your portfolio on Tuesday. It was a pleasure to meet you.

We've chosen not to take your application on to the next round. It's always a hard call with this many good designers.

If you'd like feedback, just let me know and I'll set up 15 minutes with Joel. And please keep an eye on our careers page, as we're hiring again in the new year.

Best,
Anya
Studio Coordinator, Paper Tiger Creative`),

  hold('interview', ['role_closed'], {},
    `Hi Felipe,

Sorry for the radio silence since your chat with Marta. I don't have a decision for you yet. Our funding round has slipped by a few weeks and the founders have asked us to pause all hiring until it closes. You're still very much in the running and we'd like to pick it up as soon as we can.

I'll update you by the end of the month either way.

Thanks for your patience,
Hugo
Ops, Tidewater Robotics`, 'Quick update'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr Venter,

Thank you for your application for the position of Electrician at our Stellenbosch site.

Unfortunately we require a qualified electrician with a valid Wireman's Licence, and your application states that you are still completing your trade test. We are therefore unable to consider your application at this stage.

Kind regards,
Annelie du Plessis
HR Officer, Boland Agri Services`),

  rej('screen', ['internal_candidate'], {},
    `Hi Sophie, quick one. Thanks for the call on Monday. The hiring manager has let me know they've ended up promoting someone from within the team, so the role's no longer open to external candidates. Sorry to bring you that news. — Alex`),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Nathan,

Thanks again for the time with the team. We talked a lot about how we work here afterwards. We're a very small crew and lean heavily on people working things out together in the open, lots of pairing and messy shared docs. From our conversation it sounded like you do your best work with a clear spec and plenty of heads-down time, which is completely valid, just not how we operate day to day.

So we won't be moving forward. I hope you find a team that works the way you do.

Best,
Irene
Co-founder, Mossbank`),
  rej('final', ['internal_candidate'], { ...door },
    `Hi Ruth,

I'm sorry to be the one telling you this after you came through every stage, including the final conversation with our CEO.

Late last week one of our existing regional managers put herself forward for the role, and after a lot of discussion the leadership team decided to appoint her. It's a decision about continuity more than anything, and it doesn't change what we thought of you.

I'd like to stay in touch. We're opening a Bristol branch in the autumn and there'll be a similar role there.

Warm regards,
Colin Ashby
People & Culture, Greenleaf Nurseries`, 'Area Manager – update'),

  rej('application', ['location'], { ...fb },
    `Hi Ahmed,

Thank you for applying to Calder Analytics. We're only able to hire people who already have the right to work in the UK, as we can't sponsor visas for this role. Your application mentions you would need sponsorship, so unfortunately we can't take it further.

Best wishes,
The Calder Analytics team`),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Ananya,

Thank you for completing the written exercise for the Policy Analyst role.

The assessors felt the briefing note was clearly written but did not reach the standard needed to progress. In particular the cost analysis did not use the discounting approach set out in the Green Book, which is a core part of the role, and the recommendations section did not weigh up the options against each other.

We will not be inviting you to interview on this occasion.

Regards,
Resourcing Team
Office for Regional Growth`),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Marek,

Thank you for meeting me and Joanna on Thursday. It was nice to speak with somebody who really knows warehouse software.

I am sorry, but we decided for another person. His experience was a little closer to what we need for the Gdańsk project. It was not an easy decision for us.

We will have more projects next year and I would be happy to contact you again then.

Best regards,
Tomasz Wierzbicki
Project Director, Baltica Systems`),

  rej('screen', ['generic'], { ...offered },
    `Hi Lauren,

Thank you for the chat earlier this week about the Account Executive role. After reviewing everyone we spoke to, we've decided to move ahead with other candidates at this stage.

If you'd find it useful to hear more about our decision, feel free to reply and I'll give you a ring.

Thanks,
Chloe Barnett
Recruitment, Pinecrest Media`),

  rej('interview', ['position_filled'], {},
    `Dear Siobhán,

Thanks for coming in to meet us about the bar manager job. I'm afraid we've offered it to someone else and they've said yes, so the role is now filled.

All the best,
Declan
The Crooked Anchor, Galway`),

  rej('final', ['skills_gap', 'location'], { ...fb, ...offered },
    `Hi Vikram,

First, thank you. You gave us a full day last Friday: the systems design session, lunch with the team, and the hour with Chiara. I know that's a lot.

We've decided not to make an offer. There were two things. The panel wanted more depth in distributed data systems than came through in the design session; the partitioning discussion in particular stayed quite high level. And, as we flagged early on, this role sits in Amsterdam and we can't support the remote arrangement from Bangalore that you'd hoped for.

I'd be happy to go through the interviewers' notes on a call if you'd find that useful.

Best regards,
Eline de Wit
Technical Recruiter, Cargomind`),

  rej('application', ['generic'], { ...door },
    `Dear Grace,

Thank you for applying to volunteer coordinator role at Hopewell Trust. We were touched by the number of people who applied. We have now chosen the people we will be having conversations with and I am sorry to say you are not among them this time.

We would be very happy to receive an application from you for future roles, and our vacancies are always posted on our website.

With warm wishes,
Margaret Oduya
Hopewell Trust`),

  rej('assessment', ['position_filled'], {},
    `Hi Kenji,

Thanks for sending over the sample edits. Before we'd even had a chance to review them properly, we made an offer to a candidate from the earlier round who has accepted, so we've closed the role. Apologies that this came after you'd put the work in.

Best,
Harriet Lowe
Managing Editor, Foxglove Books`),

  rej('interview', ['overqualified'], { ...fb, ...door },
    `Hi Deborah,

Lovely to meet you on Monday. I'll be honest: you know more about grant management than I do, and after our conversation we both came away thinking this coordinator role would be too junior for you. It's mostly admin, and with fifteen years running programmes you'd outgrow it quickly.

We're not going to offer it, but I'd love to stay in touch. If a programme manager post comes up I'll be in touch first.

Kind regards,
Sarah Quinlan
Director, Fenwick Arts Council`),

  rej('screen', ['location'], { ...fb },
    `Hi Jordan,

Thanks for the call. As we discussed, the role requires someone on site in Denver five days a week and you're looking for remote. We can't make that work, so we'll leave it there. Good luck with everything.

Mike Dunleavy
Operations Manager, Peak Line Freight`),

  rej('interview', ['generic'], {},
    `Hi Aoife, thanks for chatting with us Tuesday. Just letting you know we won't be moving forward. Best of luck! - Sinead, Lantern Coffee`),

  rej('final', ['profile_mismatch', 'position_filled'], { ...offered, ...door },
    `Dear Dr. Abubakar,

On behalf of the search committee, thank you for your campus visit last month and for your job talk, which generated a lively discussion.

After lengthy deliberation, the committee has recommended another candidate for the position of Assistant Professor of Environmental Engineering, and the Dean has approved an offer. The committee felt that the successful candidate's research profile aligned more closely with the department's current needs.

I know how much effort goes into a campus visit. If you would like to discuss the committee's thinking, I would be glad to speak with you. We also hope you will consider applying to future openings in the department.

Sincerely,
Prof. Linda Hartmann
Chair, Search Committee
Department of Civil & Environmental Engineering
Ridgefield State University`),

  rej('application', ['profile_mismatch'], {},
    `Hello Pradeep,

Thank you for your interest in the Senior Manager - Procurement opening. We have gone through your profile in detail and we feel that it is not matching closely with what we are looking for at this point in time. Hence we will not be taking it forward.

We wish you all the very best.

Regards,
Shalini Rao
HR, Tristar Infra Projects Ltd.`),

  rej('screen', ['salary', 'location'], { ...fb },
    `Hi Ellie,

Thank you for talking with me on Friday. I've looped back with the team and we don't think we can make this work. The salary you're after is a good bit above our band for this level, and we also need someone in the Manchester office three days a week rather than the one day you mentioned.

I'm sorry it's not better news.

Best,
Raj Patel
Talent Partner, Hollowell Bank`),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Mr. Ibrahim,

Thank you for attending interview for the post of Staff Nurse (Theatres). The panel were impressed with your enthusiasm.

Unfortunately on this occasion the panel were looking for candidates with at least twelve months' experience of scrub practice, which you do not yet have. I am sorry to inform you that you have not been successful.

Yours sincerely,
Theatres Recruitment
Westbridge Hospitals NHS Foundation Trust`),

  rej('assessment', ['assessment'], {},
    `Hi Laila,

Thanks for your work on the coding exercise. Unfortunately it didn't meet the bar we set for this role, so we won't be moving you forward.

Best,
Recruiting @ Quillfish`),

  rej('interview', ['role_closed'], {},
    `Hi Stefan,

I wanted to let you know where things are after your conversation with Nadia and Paul. The company has gone through a restructure this week and the team this role was in has been merged into the European operations group. As a result the position no longer exists and we're not filling it.

I'm really sorry, I know this isn't how you'd want it to end.

Regards,
Joanne Birch
Senior Recruiter, Halden Group`),

  other(`Hi Precious,

Thank you for the conversation on Wednesday. The team loved it.

I'm delighted to say we'd like to offer you the role of Community Manager. I'll send the formal letter tomorrow, but wanted you to hear it from me first.

Speak soon,
Lwazi
Founder, Kasi Kitchen Collective`, 'Good news'),

  rej('application', ['overqualified'], { ...fb },
    `Hi Graham,

Thanks for applying to be a shop assistant with us. Your CV is impressive — thirty years in retail management! — but honestly I think you'd be overqualified for weekend till work, and I'd rather be upfront than waste your time. We won't be taking it further.

All the best,
Nell
Tillbury's Bookshop`),

  rej('final', ['culture_fit'], { ...fb },
    `Hi Tomás,

Thanks for the last round with the founders. We know it's been a long process.

We're not going to make an offer. The feedback from the final conversation was that your management style, which you described as setting direction and checking in weekly, is quite far from how the founders like to run things: very hands-on, daily, lots of back and forth. They worried it would be frustrating for both sides.

Wishing you the very best.

Laura Jiménez
Head of Talent, Brisa Mobility`),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `G'day Sam,

Cheers for the phone chat yesterday arvo. I've had a think and I reckon you're a bit short on the commercial side for this one. The client is after someone with a couple of years on commercial fit-outs, and most of your work has been residential. Not going to put you up for it this time.

I'll keep you in mind for the residential jobs that come through, there's a few in the pipeline.

Cheers,
Brett Mulligan
Recruitment Consultant, Southern Cross Building Talent
Brisbane`),

  rej('interview', ['profile_mismatch'], {},
    `Dear Ms. Oyelaran,

Thank you for meeting with the hiring team regarding the Compliance Analyst role. We appreciate the time you took to speak with us.

After careful consideration, we have decided to pursue other candidates whose qualifications better meet our needs at this time.

Sincerely,
Human Resources
First Keystone Bancorp`),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Ravi,

Thanks for doing the SQL assessment. I've gone through it with Ines. Most queries were right, but the two retention questions used inner joins where they needed left joins, so users with no orders dropped out of the denominators, and both answers came out too high. Those questions carry most of the weight for this role, so we're not going to move to interviews.

Happy to talk it through if that'd be helpful, just reply here.

Cheers,
Luke
Data Lead, Parcelpoint`),

  rej('final', ['position_filled'], {},
    `Dear Mr. Chukwu,

Further to your final interview with the Board on 2 May, I write to inform you that the position of Finance Manager has now been filled.

Thank you for your interest in the Cooperative.

Yours faithfully,
E. Adeyemi (Mrs)
Company Secretary
Lagos Growers Cooperative Society`),

  rej('interview', ['location'], { ...fb },
    `Hi Beatriz,

Thank you for spending an hour with us yesterday. We'd have liked to go further, but you mentioned you'd need to give three months' notice, and we really need someone who can start straight away, as our current coordinator leaves in three weeks. So we're going with a candidate who is available now.

I'm sorry about the timing.

Best wishes,
Diana Whitcombe
Events Manager, Marlow Hall Estate`),

  rej('application', ['role_closed'], { ...door },
    `Hi Ngozi,

Thanks for applying for the junior accountant role. We've just had the news that the position has been cut as part of a wider cost review, so we won't be recruiting for it after all. Sorry about that.

We'll keep your CV on file in case things change.

Best,
Ola Babatunde
Finance Manager, Crestline Packaging`),

  rej('screen', ['generic'], {},
    `Thanks for the call, Nikhil. We've decided not to proceed. All the best.`),
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Olu,

Thank you for speaking with Rachel and me on Thursday.

We've decided not to move forward. The main thing for us was that the role needs someone who's been through a Series B-size scale-up of a sales team, and your experience, while really solid, has been in larger established organisations where a lot of the machinery is already in place. Others we spoke to had built it from scratch.

If you'd like to talk about it, I'm around next week.

Best,
Eva Marsh
VP Sales, Graftly`),

  rej('application', ['generic'], {},
    `Hi there,

Thanks for applying for the Product Designer role at Wrenfield. We really appreciate your interest.

We've reviewed your application and we won't be moving forward to conversations this time around. We know that's not the news you were hoping for.

Best,
The Wrenfield team

--
Wrenfield Ltd · 22 Old Bakery Lane, Brighton
You're receiving this because you applied through wrenfield.example/careers`),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Dear Arjun,

Thank you for the time you spent with us over the last three weeks, and especially for the final round with our Managing Partner on Tuesday.

I am sorry to say the firm will not be making you an offer. The partners were very positive about your transactional work, but the role requires someone with hands-on experience of competition filings before the CCI, and you have not yet handled one end to end. The other finalist has.

We would be happy to consider you for future openings in the corporate team.

Regards,
Meera Kulkarni
Head – Human Resources
Kulkarni Shah & Associates, Advocates`),

  rej('interview', ['salary'], { ...fb, ...door },
    `Hi Josh,

Thanks for the chat with Kirsty and me last week. We really liked you.

Unfortunately we can't get to the number you need. You mentioned £72k as your floor and the budget for the role tops out at £62k, and we've been told there's no flex on that this year. I didn't want to keep you hanging.

If our budget changes in the spring I'll get back in touch.

All the best,
Neil Garside
CTO, Quaystone`),

  rej('assessment', ['assessment'], { ...door },
    `Dear Candidate,

Thank you for sitting the written test for the post of Administrative Assistant on 9 June.

I regret to inform you that you did not achieve the qualifying mark and therefore will not be called for interview.

Further competitions will be advertised on our website and you are welcome to apply.

Yours faithfully,
Recruitment Unit
Public Appointments Office`),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Chiara,

Thanks so much for our call on Monday. You clearly have a great eye and I loved hearing about the exhibition in Turin.

Having spoken to the hiring manager, we feel other people's backgrounds lined up a bit more closely with what they need for this particular role, so we won't be moving you through to the next stage.

Please don't let this put you off. We're growing and I'd be glad to hear from you again when you see something else on our page.

Best,
Hana
Talent, Loop Gallery Group`),

  rej('interview', ['generic'], { ...offered },
    `Hey Arun,

Thanks for the convo on Friday, was good to meet you. We've decided to go with someone else for this one.

Happy to share thoughts if useful, just shout.

Cheers,
Dev`),

  rej('final', ['skills_gap', 'salary'], { ...fb },
    `Hi Natalia,

I've had the chance to catch up with the client after your final meeting with their Chief Operating Officer on Wednesday.

They've decided to go with another candidate. The COO felt the other finalist's background in regulated manufacturing was closer to what they need, and, to be frank, your salary expectations were also at the very top of what they could do, so when it came to a close call it tipped the other way.

I know that's hard to hear after getting so far. Let's catch up next week about what else is out there.

Kind regards,
Jonathan Crewe
Partner, Ridgeway Executive Search`),

  rej('application', ['internal_candidate'], {},
    `Dear Ms. Pillay,

Thank you for your application for the post of Head of English. We write to inform you that the Governing Body has decided to appoint from within the school's existing staff, and no external candidates will be shortlisted.

We thank you for your interest in St Aidan's College.

Yours sincerely,
The Principal's Office
St Aidan's College, Durban`),

  rej('interview', ['skills_gap', 'culture_fit'], { ...fb },
    `Hi Jamie,

Thanks for coming in for the afternoon. We've taken a bit of time to reflect and we won't be moving forward.

Two reasons, to be straightforward with you. The role needs fluent German for the DACH accounts and your German is at a conversational level. And the team felt you'd be happier in a setting with more structure than ours; several of your examples were about clear processes and sign-offs, and we honestly don't have many of those.

Best of luck, and thanks again.

Markus Feld
Head of Customer Success, Brightloom`),

  rej('screen', ['role_closed'], {},
    `Hi Kofi,

Sorry to come back to you with this after our call. The client has just told me they've frozen the hire. It's a budget thing on their side, nothing to do with you. I'll let you know if it comes back to life but I wouldn't count on it this quarter.

Thanks,
Emma Gould
Vantage Technical Recruitment`),

  hold('screen', ['generic'], {},
    `Hi Rebecca,

Thank you again for the call last Tuesday. I just wanted to let you know we're running a bit behind. The hiring manager has been off sick and we haven't been able to sit down and agree the shortlist. Nothing has been decided yet and your application is still very much under consideration. I expect to have an update for you by the 20th.

Best,
Angela
HR, Pemberton Housing Association`, 'Update on your application'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Hiroshi,

Thank you for the interview yesterday with our team. We enjoyed to meet you.

After discussion we decided not to continue with your application. We feel that your experience is mostly in large consulting projects, and for this position we need a person who has worked inside a small product company and done many different things. This was the main point for us.

We keep your profile and if there is a suitable position in future we will contact you.

Best regards,
Anna Kowalczyk
HR Business Partner, Pixelmint Sp. z o.o.`),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Sunita,

Thanks for the presentation task. The brief asked for a three-month plan, and yours was strong on ideas but light on numbers: there wasn't a budget or any targets, which the team felt was the core of the exercise. We've decided not to progress to interview.

Wishing you well,
Clare Dobson
Marketing Director, Mellow Mills`),

  rej('final', ['generic'], { ...door },
    `Hi Ada,

Thank you for the final conversation with our CEO, Mark, on Monday. He enjoyed meeting you, and the whole team has been impressed along the way.

It was a really close decision between you and one other person, and we've decided to go with them.

We'd genuinely like to keep in touch. I'll reach out when we're next hiring in the design team.

Warm regards,
Bethany Cole
Talent Lead, Slate & Pine`),

  rej('interview', ['internal_candidate'], { ...door },
    `Hi Lucas,

Thanks for your time with the team on Wednesday. It's a shame to be writing this.

A colleague in our support team applied for the role at the last minute and, having interviewed her, we've decided to give her the move. We've got a strong preference for growing people internally where we can.

We'll be backfilling her support role shortly. If that's of any interest at all, let me know and I can talk you through it. Otherwise I'll keep an eye out for you.

Best,
Nina Haas
Team Lead, Cloudberry Support`),

  rej('application', ['location'], { ...fb },
    `Hi Rahul,

Thanks for applying. This role is only open to candidates based in Australia with full working rights, and your application says you're in Hyderabad and would need a visa, so we can't progress it.

Kind regards,
Hayley
Talent Acquisition, Brightside Energy`),

  rej('interview', ['generic'], {},
    `Dear Ms. Rautenbach,

Thank you for attending the interview on 12 October. After considering all the candidates, the committee has decided not to offer you the position.

Regards,
Human Resources
Karoo District Municipality`),

  other(`Hi Connor,

Thanks for your application for the warehouse supervisor role. I've read through your CV and would like to have a quick chat on the phone to find out a bit more. Are you free any time tomorrow afternoon?

Thanks,
Shelley
Ops, Northway Distribution`),

  rej('screen', ['overqualified', 'salary'], { ...fb },
    `Dear Mr. Banerjee,

Thank you for speaking with me on Friday regarding the Branch Manager opening.

Having discussed your profile with the Regional Head, we feel the role would not do justice to your experience. You are already heading a cluster of eight branches, and this position manages a single branch. Your current compensation is also considerably above the range we have for the role. Hence we will not be taking this further.

We wish you the very best in your career.

Warm regards,
Anjali Mehta
Talent Acquisition, Sahyadri Cooperative Bank`),

  rej('final', ['position_filled'], { ...door },
    `Hi Ciara,

Thanks for the final panel last week. Just letting you know we've offered the role to another candidate and she's accepted. Genuinely close call.

Would love to stay in touch. I'll be sure to reach out when we're hiring for the Dublin office next year.

Cheers,
Aidan Moran
Engineering Manager, Tallybird`),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Zara,

Thanks for the trial shift on Saturday, the kitchen said you were a great help. The problem is we need a pastry cook who can do laminated doughs from scratch, and you said yourself you'd never done croissants on that scale. So we're going to go with someone who has.

Thanks again and good luck,
Pierre
Boulangerie Lemaire, Melbourne`),

  rej('interview', ['role_closed'], { ...door },
    `Dear Helena,

Thank you for meeting with me about the Research Officer post. I'm afraid I have to tell you that the grant that would have funded the post was not renewed, and we are not able to fill it.

I was very impressed by our conversation and would be delighted to hear from you if we advertise a similar post when the new funding round opens next year.

Best wishes,
Dr. Patrick Ennis
Principal Investigator, Centre for Coastal Ecology
University of Westmarch`),

  rej('screen', ['generic'], { ...door },
    `Hi Yasmin,

Thank you for making the time for our introductory call. We've now completed the first round of calls, and I'm sorry to let you know we won't be taking your application further for this position.

We'd love to hear from you again in future, so do keep an eye on our careers page.

Best,
Joanna
People Team, Mirabel`),

  rej('interview', ['skills_gap'], { ...fb, ...offered, ...door },
    `Hi Kieran,

Thank you for your time with Steph and Ade on Tuesday. I'll get straight to it: we won't be taking your application further.

The team's main concern was accounting standards. We're looking for someone who has prepared accounts under IFRS 16 and IFRS 15 in a listed group, and most of your experience is with FRS 102 in private companies. It came through in the technical questions.

I'd be glad to talk through their notes if useful. And once you've had some IFRS exposure, please do apply to us again.

Regards,
Carolyn Hughes
Group Financial Controller, Albion Retail plc`),

  rej('application', ['generic'], {},
    `Dear Fatoumata,

Thank you for applying to the Programme Officer position with Sahel Futures. We regret to inform you that your application was not shortlisted.

Due to the number of applications, we are unable to give individual feedback.

Best regards,
HR Unit, Sahel Futures, Dakar`),

  rej('final', ['location'], { ...fb },
    `Hi Ming,

Thanks for the onsite last Thursday, and for flying up for it.

Sadly we've hit a wall on the visa side. Our legal team looked at your situation and the timeline for an H-1B transfer plus the cap issue means we couldn't get you started before next autumn at the earliest, and we need someone in seat by March. We're not going to be able to make an offer.

I'm really sorry. The team's feedback on your interviews was strong.

Best,
Carly Stevens
Recruiting, Oakhaven Bio, Boston`),

  rej('interview', ['overqualified'], { ...fb },
    `Hi Patrick,

Thanks for sitting down with us on Monday. We talked it through and we think we need someone less senior here. You've been running whole accounts for years, and this role is very much a support one taking direction from the account manager. We don't think it'd hold your interest.

Best of luck,
Gina
Kettle & Co. PR`),

  rej('screen', ['location'], { ...fb },
    `Hi Anjali, thank you for the call this morning. As discussed, the role needs someone in our Gurgaon office every day and relocating from Chennai isn't possible for you at the moment, so we'll close your application for now. All the best, Sneha (HR, Lumiere Hotels)`),
  rej('interview', ['profile_mismatch'], {},
    `Hi Sipho,

Thanks for coming back to me, and sorry for the slow reply. The panel has decided not to take your application further. They went with candidates whose experience lines up more closely with the role. I'm afraid we don't give individual feedback after first interviews.

Regards,
Nomvula

On Mon, 3 Jun at 09:14, Sipho Dlamini wrote:
> Hi Nomvula,
> I just wanted to follow up on my interview on the 22nd for the Logistics Coordinator role. Is there any news yet? And if it's a no, would it be possible to get some feedback?
> Thanks,
> Sipho
>
> On Thu, 16 May at 15:02, Nomvula Zulu wrote:
>> Dear Sipho,
>> We would like to invite you to an interview on Wednesday 22 May at 10:00 at our Pinetown office.`, 'Re: Logistics Coordinator interview'),

  rej('assessment', ['generic'], { ...door },
    `Hi Rosa,

Many thanks for the time you put into the design challenge. We've now looked at all the submissions and decided not to move you to the next round.

We appreciate the effort. Please do apply for future openings — we'd be glad to see your name again.

Thanks,
Eleni
Hiring Team, Cartograph`),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Dear Mr. Haddad,

Thank you for attending the final panel for the position of Principal Engineer (Water Infrastructure).

The panel has recommended another candidate for appointment. In reaching its decision, the panel noted your strong technical knowledge of treatment processes, but felt that the successful candidate had demonstrated more experience of leading capital programmes and managing contractors at scale, which was central to the role.

Should you wish to receive more detailed feedback, please contact me and I will arrange a call with the panel chair.

Yours sincerely,
Christine Lavelle
HR Advisor, Eastern Water Authority`),

  rej('screen', ['skills_gap'], { ...fb },
    `hi Andrei,

thanks for the call. honestly I think the gap is on the mobile side. we need someone who's shipped native iOS apps in Swift and it sounds like your mobile work has been React Native only. so I'll pass on this one, but thanks for your time

Kasia
CTO @ Ferrytale`),

  rej('interview', ['generic'], { ...offered },
    `Dear Emmanuel,

Thank you for taking the time to meet with us for the Operations Assistant role.

We regret to inform you that we have decided to progress with other candidates.

Should you wish to receive feedback on your interview, please do not hesitate to contact me.

Kind regards,
Refilwe Mokoena
HR Administrator, Sunbird Lodges`),

  rej('application', ['position_filled'], {},
    `Hi Tamsin,

Thanks for your application for the receptionist role. I'm afraid we've already filled it. It went quicker than we thought!

All the best,
Jo
Riverside Dental Practice`),

  rej('interview', ['culture_fit'], {},
    `Hi Rowan,

Thank you for your time with the team on Friday. We've thought about it a lot and we don't think it's quite the right fit with the team and how we work at the moment, so we're not going to move forward.

Best,
Maddie
Founder, Wildstack`),

  rej('final', ['role_closed'], { ...door },
    `Hi Yusuf,

I really wanted to have better news after your final round with the leadership team. Yesterday the board decided not to go ahead with the new Middle East sales office this year, and the Head of Sales role goes with it. The hire has been cancelled.

This is entirely about the business, not about you. You were our preferred candidate.

If the plans come back in 2026, you're the first person I'll call.

Kind regards,
Claire Moreau
Chief People Officer, Altivia Software`, 'Head of Sales – Dubai'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Ms. Kariuki,

Thank you for your application for the position of Senior Auditor.

This role requires a full professional qualification (ACCA or CPA), and from your application we understand you are still completing your final papers. We are therefore unable to take your application forward at this time.

We would encourage you to apply again once you are fully qualified.

Yours sincerely,
Human Resources
Rift Valley Assurance LLP`),

  rej('interview', ['location'], { ...fb, ...door },
    `Hi Emily,

Thanks again for your time on Wednesday. We really enjoyed meeting you.

After discussing with the team, the sticking point is the office requirement. We need someone in our Austin office Tuesday through Thursday, and it sounds like the move from San Antonio isn't something you're looking to do right now. We totally understand, but it means we'll be moving forward with other candidates.

If that changes, or if we open up a remote role, I'd love to reconnect.

Best,
Cody Ramirez
Recruiting, Bluebonnet Health`),

  rej('screen', ['generic'], {},
    `Dear Kamala,

Thank you for the short call with our Talent team last week. We have considered your application carefully and regret to inform you that we won't be progressing further.

Best wishes,
Talent Team
Harrowgate Capital

The contents of this message are confidential and meant only for the person named above. If you have received this email in error please notify the sender immediately.`),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Leon,

Thanks for sending your portfolio and doing the short brief for us. The team loved your illustration work but the brief itself missed the mark: it asked for a system of icons that would work at 16px, and the set you sent falls apart at small sizes, the line weights are too fine. We're going to move forward with other designers.

All the best,
Sofie
Design Lead, Nordklar`),

  hold('interview', ['generic'], {},
    `Hi Bilal,

Thank you for meeting us on Friday. Unfortunately Dr. Stewart has been called away to a conference this week so we won't be able to make a decision until she's back on the 18th. Sorry for the wait — you'll hear from us straight after.

Best regards,
Lorna
Practice Manager, Glenview Veterinary`, 'Vet nurse role – decision delayed'),

  rej('interview', ['skills_gap', 'overqualified'], { ...fb },
    `Hi Gavin,

Thanks for the chat on Tuesday.

Honestly, we came away thinking this isn't the right match. The role is a junior analyst one and you've been managing a team of six for the last four years, so we worry you'd find it too small. On top of that, your experience is mostly in insurance, and we needed someone who knows how energy trading works.

Best of luck,
Hamish
Head of Analytics, Gridlark`),

  rej('final', ['generic'], { ...fb },
    `Dear Farah,

Thank you for taking part in the final interview for the Head of Communications post at the Foundation.

The panel was very impressed with your presentation on the crisis communications scenario, in particular how you structured the first 24 hours, and your understanding of the donor landscape. After much deliberation, however, they decided to appoint another candidate.

We are grateful for your interest and wish you every success.

Kind regards,
Laila Mansour
HR Manager, Al Noor Foundation, Amman`),

  rej('screen', ['internal_candidate'], { ...door },
    `Hi Greta,

Thanks again for the call on Thursday. I'm afraid the team has now hired for this internally — one of our own engineers stepped up into the role — so we're closing it. I'll keep your details and reach out when we open up the backend roles next quarter.

Best,
Joel
Recruiting, Sundial`),

  rej('interview', ['salary'], { ...fb },
    `Hi Rachel,

Thank you for meeting me on Monday to talk about the practice manager role. You'd be great at it, I think.

I'm writing because we can't get to the salary you need. We talked about £45,000, and the most the partners will agree to is £39,000. I know that's a big gap so I didn't want to try to talk you into it.

I'm sorry, and I wish you the best of luck.

Dr. Paul Gardner
Senior Partner, Elmwood Surgery`),

  rej('application', ['generic'], {},
    `Hi Oliver, thank you for your application. We won't be taking it forward on this occasion. Best, Sam`),

  rej('assessment', ['assessment'], { ...door },
    `Hey Mateo,

Thanks for doing the take-home. We reviewed it as a team and it didn't quite land for us this time, so we'll pass for now.

We'll be hiring again later in the year — do keep an eye on our page.

- Ines, Eng @ Gridlight`),

  rej('interview', ['position_filled', 'location'], { ...fb },
    `Hi Noura,

Thanks for meeting with the team last week.

Two things happened since. We've offered the role to another candidate and they've accepted. And, to be fair to you, even if they hadn't, we'd realised the role has to be based in Riyadh, which you said wasn't an option for you.

Wishing you the best,
Khalid Al-Harbi
Talent Acquisition, Najd Retail Group`),

  rej('final', ['profile_mismatch', 'position_filled'], { ...offered, ...door },
    `Hi Nadia,

Thank you for spending the day with us on Thursday — the pairing session, the architecture chat and the final conversation with Sam.

We've decided to make an offer to another candidate. It was very close, but the team felt their background lined up slightly more closely with what we'll need over the next year.

You're welcome to ask for more detail — I'm happy to set up a call. And please stay in touch; we'd genuinely like to work with you at some point.

Best,
Leah Goldman
Head of Engineering, Ottersoft`),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Ifeoma,

Thanks again for the call. I passed everything on to the client and they came back today. They love your background, but the day rate you're on is above what they've budgeted for the contract and they're not in a position to move on it.

I'll keep you front of mind for other contracts coming through. There are a couple in January that might pay closer to your rate.

Best,
Harry Leigh
Principal Consultant, Kingsway Interim`),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Mr. Lindgren,

Thank you for attending the interview for the position of Bus Driver (Category D). Following the practical drive and the discussion with the panel, we will not be offering you a position. The panel noted that you do not currently hold a Driver CPC card, which is required before you can carry passengers.

Regards,
Recruitment Team
Fjordline Transit`),

  rej('application', ['profile_mismatch'], { ...door },
    `Hello Kirra,

Thanks for putting your hand up for the marketing coordinator role. We've reviewed your application and we'll be having conversations with a few people whose experience is a bit closer to what we need, so we won't progress yours this time.

We'd love you to keep an eye on our careers page for future roles.

Cheers,
Tess
People & Culture, Saltbush Co.`),

  rej('interview', ['internal_candidate', 'position_filled'], {},
    `Hi Ashok,

Thanks for your time with the team last Friday. We have now filled the position, having appointed an internal colleague who has been acting in the role since the summer.

Thank you for your interest, and best of luck.

Rebecca Holt
HR Officer, Greyfriars Borough Council`),

  hold('application', ['role_closed'], {},
    `Dear Mariam,

Thank you for your application for the Finance Officer role. I wanted to let you know that we have temporarily paused recruitment for this role while we wait for our budget for next year to be confirmed. Your application hasn't been rejected, and we'll be in touch as soon as we're able to restart the process, which we expect to be in February.

Kind regards,
Holly Bryant
HR Coordinator, Harbourside Theatre Trust`, 'Finance Officer – recruitment paused'),
  other(`Hi Priya,

Thanks for applying for the operations lead role. Just so you know what happens next: we're reading every application ourselves this week, and we'll be having conversations with a shortlist over the following fortnight. If you're on it, you'll hear from me by Friday the 14th. If not, I'll still write to let you know either way.

Thanks for your patience,
Ben Hartley
Co-founder, Tinder & Flint Outdoor`, 'Your application'),

  rej('screen', ['profile_mismatch'], { ...offered },
    `Dear {{candidate_first_name}},

Thank you for speaking with us about the Customer Insights Manager position. We enjoyed learning more about your background.

After careful review, we have decided to move forward with candidates whose experience more closely aligns with the requirements of the role.

If you would like to discuss this decision, please reply to this message and a member of the team will arrange a short call.

Best regards,
Talent Acquisition
Brookfield &amp; Lane Insurance&nbsp;

&lt;p&gt;Brookfield &amp; Lane is an equal opportunity employer.&lt;/p&gt;`),

  rej('final', ['skills_gap', 'salary'], { ...fb },
    `Hi Cormac,

Thanks for coming in for the final conversation with Deirdre. I've had feedback from her and from the rest of the panel.

We're not going to make an offer. Deirdre felt strongly that the role needs someone who's managed a public-sector tender end to end, and that hadn't come up in your experience. The package was also a stretch: you'd need around €85k and we're capped at €75k.

I'm sorry it's not the outcome you wanted.

Regards,
Orla Kennedy
Talent, Shannonbridge Consulting`),

  rej('application', ['generic'], {},
    `Hello Diego,

Thank you for your application to the Junior Data Engineer position. Unfortunately, we have decided not to move forward with your candidacy. We received a large number of applications and the process was very competitive.

We wish you success in your job search.

Regards,
Recruiting Team
Andes Analytics, Santiago`),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Hannah,

Thanks for the chat with me and Olly on Thursday.

I'm afraid we've decided not to take things further. Honestly it was close, but we felt a couple of the other people we spoke to were a bit closer to what we need for this stage of the business.

Always happy to jump on a call and talk it through if that'd help.

Best,
Frankie
Founder, Nettle & Co`),

  other(`Hi Gaurav,

It was lovely speaking with you. Thank you for your time on Tuesday.

As a next step, we'd like you to have a final conversation with our CEO, Ritika. She's in Mumbai next week; would Wednesday at 11 work for you? It'll be informal, mostly about how you see the role in your first six months.

Regards,
Pooja Nair
HR, Vistara Crafts`, 'Final conversation with Ritika'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Wei,

Thanks for the case study presentation. The panel felt your analysis of the churn data was solid, but the recommendations were pitched at a very operational level, and for this role we need someone who's comfortable setting strategy with the exec team. Others we've seen have been closer to that. We won't be inviting you to the final stage.

All the best,
Rosalind
Head of Strategy, Fernhill Energy`),

  rej('interview', ['generic'], {},
    `Hello Tobias,

thank you very much for the nice conversation last Monday. Unfortunately we have decided for another candidate. We wish you all the best for your future.

Kind regards
Julia Brenner
Personal, Holzwerk Brenner GmbH`),

  rej('final', ['culture_fit', 'profile_mismatch'], { ...fb, ...door },
    `Dear Nomsa,

Thank you for your patience as we finalised the decision on the Head of Programmes role, and thank you for coming to Cape Town for the final panel.

The panel has chosen another candidate. I want to be honest about why, because you asked. Their view was that your experience leans towards large multilateral programmes, whereas we are a small, community-led organisation, and they felt some of your answers on decision-making reflected a top-down way of working that would sit uneasily with how our partner communities lead the work.

I know that may be hard to read. You have a lot to offer and I would welcome an application from you for future roles.

With warm regards,
Zanele Mthembu
Executive Director, Ubuntu Futures Trust`),

  rej('screen', ['location'], { ...fb },
    `Hi Jake,

Thanks for the call. We need someone who can start straight away — ideally next Monday — and you mentioned you're committed to your current contract until the end of March. That timing won't work for us, so we're going to leave it here.

Thanks again,
Laura
Site Office, Kestrel Civils`),

  rej('application', ['role_closed'], {},
    `Dear Applicant,

Please be advised that the vacancy for Laboratory Technician (Ref: LT/2024/07) has been withdrawn. All applications received will not be processed further.

We apologise for any inconvenience.

Human Resources
Mopani Water Board`),

  other(`Hi Kieran,

Thanks for letting me know, and congratulations on the new job. I'll withdraw your application from our process. It was a pleasure talking to you, and do get in touch if things change.

Best,
Martha
Recruiting, Loomhouse

> On 9 Oct, Kieran Walsh wrote:
> Hi Martha, I've just accepted another offer so I'd like to withdraw from the process. Thank you for everything.`, 'Re: Withdrawal'),

  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Hi Akosua,

Thank you for your time on our video call with Gerrit and Daniela.

We've decided not to move forward. The role needs someone with native-level Dutch, since most client meetings are in Dutch, and your Dutch is at B1. In addition, the team works from our Utrecht office four days a week and the relocation from Accra would take longer than we can wait.

Best wishes,
Maaike Jansen
HR Advisor, Polderlink Consulting`),

  rej('final', ['generic'], {},
    `Dear Candidate,

Thank you for participating in the final stage of our selection process for the role of [POSITION TITLE]. We regret to inform you that your application has not been successful.

Regards,
HR Department`),

  rej('interview', ['overqualified'], { ...fb, ...door },
    `Dear Vinod,

Thank you for coming in to speak with us. You have very rich experience and the panel enjoyed the discussion.

However, for this role we had in mind someone at an earlier stage of career, since the position is of an assistant manager level and reports into the Deputy Manager, who is junior to you in experience. We feel the role will not be a challenge for you.

We shall keep your profile with us for senior openings that may arise.

With regards,
Suresh Pillai
Manager - HR, Keraleeyam Spices Ltd.`),

  hold('final', ['role_closed'], {},
    `Hi Amara,

I know you've been waiting to hear after the final conversation with our CEO, and I'm sorry this isn't a decision. The company has been approached about a merger and the leadership team have asked us to put all senior hires on hold until the talks conclude. You haven't been ruled out — you're one of two people we'd want to pick it up with when we can. I'll let you know as soon as I do, and I'd expect that to be within six weeks.

Best,
Natalie Osei
Head of Talent, Greenway Pay`, 'Update: Head of Finance'),

  rej('screen', ['generic'], { ...offered },
    `Hi Ashleigh,

Thanks for taking the time to chat with me on Tuesday. I've caught up with the hiring team and I'm sorry to say we're not going to move to the next stage with your application.

If you'd like to hear more about why, I'm happy to talk it through.

Thanks,
Bryony
Talent, Haystack Finance`),

  other(`Hi Ewan,

I came across your profile and wanted to reach out. We're hiring a Head of Data at a Series A climate start-up in Edinburgh, and your background looks like a strong match. Would you be open to a quick chat this week?

Best,
Ross Gilchrist
Caledonia Talent`, 'Head of Data – Edinburgh'),

  rej('interview', ['role_closed'], { ...offered },
    `Hi Priti,

Thanks for meeting with us last week. I'm sorry to say the role has been cut: we've had to reduce headcount in the quarterly planning, and this was one of the roles that didn't make it. It's not a reflection on you at all.

Happy to give you feedback from the conversation if it's useful for other interviews.

Best,
Marcus
Engineering Manager, Lattice Health`),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr Teo,

Thank you for applying for the post of Lecturer in Nursing. Applicants must hold current registration with the Nursing and Midwifery Council, and as your registration is with the Singapore Nursing Board, we are unable to shortlist you for this post.

Yours sincerely,
Faculty of Health Sciences
University of Northampton Vale`),

  rej('final', ['position_filled'], { ...door },
    `Hi Marisol,

Thank you for coming in for the final panel. We've now made an appointment to the role and the successful candidate has accepted.

I'll be honest, it was difficult to choose. Please do keep an eye on our jobs page — we'll be recruiting two more case workers in spring and I hope you'll apply.

Kind regards,
Joanne
Service Manager, Eastside Advice Centre`),

  other(`Hi Reuben,

Thanks for the call on Monday — I really enjoyed it. As I mentioned, the next step is a short take-home. I've attached the brief; it should take around three hours. Send it back whenever suits over the next week.

Cheers,
Mia
Product, Saltmarsh`, 'Take-home brief'),

  rej('interview', ['generic'], { ...door },
    `Dear Ms. Gonçalves,

Thank you for the interview for the Sales Assistant position at our Lisbon store. We have chosen another candidate.

We liked meeting you and we would be happy to receive your application again for other positions.

Best regards,
Rita Fernandes
Store Manager, Atelier Azul`),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Niamh,

Thank you for completing the in-tray exercise for the Executive Assistant role.

Unfortunately we will not be progressing your application to interview. The exercise asked candidates to prioritise twelve items; the assessors felt that two urgent matters (the board paper deadline and the visitor security clearance) were scheduled too late in the day.

If you would like to discuss the exercise further, please let me know.

Kind regards,
Aileen Connolly
HR Officer, Dublin Port Services`),

  rej('screen', ['overqualified'], {},
    `Hi Terrence, thanks for the call earlier. We've decided you're overqualified for the role as it stands, so we'll not be moving forward. Thanks again. Stacey`),

  other(`Dear Samira,

Thank you for your interest in joining Marsh & Holloway. We would like to invite you to an interview with the partners on Thursday 21 March at 2.30pm at our Holborn offices.

Please bring a copy of your practising certificate.

Kind regards,
Recruitment
Marsh & Holloway LLP`, 'Interview invitation – Associate, Employment'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Ajay,

Thanks again for the chat with me and Jules. Really good to meet you.

We've decided to go with someone who's a bit more senior for this one. It's a shame, because we liked you a lot.

Please stay in touch. I'll be sure to reach out when we have something that fits.

Cheers,
Tom
Founder, Hotstep`),
  rej('final', ['profile_mismatch'], {},
    `Hi Abena,

Thanks for your note, and I completely understand wanting to know more. I'm afraid company policy is that we don't share detailed feedback after final interviews, so all I can really say is that the hiring team went with a candidate whose experience was closer to what they needed. I'm sorry I can't be more helpful.

Best wishes,
Lydia

-----Original Message-----
From: Abena Owusu
Sent: 11 November 09:41
To: Lydia Grant
Subject: RE: Senior Buyer – outcome

Hi Lydia, thanks for letting me know. I'm disappointed, as I felt the final round with Simon went well. Could you share any feedback on where I fell short?

-----Original Message-----
From: Lydia Grant
Sent: 10 November 16:05
Subject: Senior Buyer – outcome

Dear Abena, thank you for attending the final interview on Thursday. I'm sorry to let you know that on this occasion you have not been successful.`, 'RE: Senior Buyer – outcome'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hey Callum,

Thanks for the follow-up. Sure, happy to say a bit more. The main thing was Terraform. When we got into the infrastructure questions it was clear you'd used it but hadn't written modules or managed state across environments, and that's going to be most of the first six months here. The rest of the conversation went well.

Hope that helps, and good luck.

Ravi

On Tue, 4 Feb, Callum Reid wrote:
> Hi Ravi, thanks for letting me know the outcome. Would you be able to share anything about why? It'd really help me prepare for other interviews.
>
> On Mon, 3 Feb, Ravi Menon wrote:
>> Hi Callum, thanks for speaking with us last week. We've decided not to move forward this time.`, 'Re: DevOps Engineer'),

  rej('application', ['generic'], { ...door },
    `Kia ora Aroha,

Thank you for your application for the Community Engagement Advisor role. We had a large number of applications and have now selected the people we'll be having conversations with. Unfortunately your application hasn't progressed this time.

We'd encourage you to keep an eye on our vacancies page and apply for roles in future.

Ngā mihi,
People & Capability Team
Te Awa District Council`),

  other(`Hi Delphine,

Just confirming I've received your references, thank you. I'll be in touch with both of them this week and expect to come back to you with the formal offer by Friday.

Best,
Guy
HR, Lumen Pharmacy Group`, 'References'),

  rej('screen', ['location', 'salary'], { ...fb },
    `Hi Fernando,

I enjoyed our call. Unfortunately I don't think we can make it work. The role is in the Lisbon office four days a week and you'd need to stay in Porto, and the salary you mentioned is above the range for the position. Thank you for your time.

Cumprimentos,
Inês Tavares
Recruitment, Marés Digital`),

  rej('final', ['skills_gap'], { ...fb, ...offered, ...door },
    `Dear Dr. Rahman,

I hope you are well. I am writing on behalf of the appointment panel for the Consultant in Emergency Medicine post, following your interview and presentation at the Trust on 6 February.

I am sorry to tell you that the panel did not recommend you for appointment on this occasion. There were four candidates on the final shortlist, all of whom the panel considered appointable, and the decision was a difficult one.

As you asked for honest feedback on the day, I wanted to give you some of the panel's reflections now rather than wait. Your clinical answers were strong throughout, and the panel particularly noted your handling of the paediatric sepsis scenario, which was calm and well structured. Your presentation on reducing four-hour breaches was clear, although the panel felt it relied on the changes you had made as a registrar at your current hospital and said less about how you would lead a department-wide change with consultant colleagues who might disagree. In the leadership part of the interview, the successful candidate was able to draw on a year of acting consultant experience, including leading the department's response to a serious incident, and that tipped the balance.

None of this is a reason not to apply again. The panel was clear that you are very close to being the right person for a post like this, and we expect to advertise a further consultant post later in the year when our new resuscitation unit opens. I would very much like to see your application then.

If it would help, I would be happy to meet you for half an hour to go through the panel's scoring in more detail. My secretary, Janet, can arrange a time.

With best wishes,

Dr. Gillian Rowe
Clinical Director, Emergency Department
Kingsmead University Hospitals NHS Trust`, 'Consultant in Emergency Medicine – outcome of interview'),

  rej('interview', ['generic'], {},
    `No go this time, Lily — thanks for coming in to chat though. Chris`),
  rej('interview', ['skills_gap', 'location'], { ...fb, ...door },
    `Hi Shreya,

Following on from our phone call this afternoon, I promised I'd put the client's decision and their reasoning in writing so you have it to refer back to, so here it is.

As I said on the phone, Harcourt Freight have decided not to take you forward to the second stage for the Senior Demand Planner role. I know you felt the conversation with Mike and Adele went well, and for what it's worth they said the same: they liked your energy, they liked how clearly you talked through the forecasting work you did on the seasonal ranges, and Adele in particular said she'd enjoyed the discussion about safety stock.

There were two things that stopped them, and they were quite open with me about both.

The first is the systems side. Their whole planning process runs on SAP IBP, and they're in the middle of moving the last two business units onto it. They need whoever comes in to be able to configure and troubleshoot it from the first month, because the person leaving was effectively their in-house expert. From your conversation they understood that your planning has mostly been done in Excel and in a home-grown tool at your current company, and that you've only seen IBP from the user side on one project. They didn't feel they could carry that learning curve during the migration.

The second is the office. I know we talked about this before the interview and you were hoping they'd be flexible, but they've come back firmly on it: the planning team sits together in Northampton four days a week during the migration, and they don't think the two days from Leicester that you suggested would work, at least not for the next year.

I'm sorry, Shreya. I know you'd got your hopes up for this one, and it was a good conversation, so it's a frustrating one to lose on points that aren't really about how capable you are.

For what it's worth, I think getting some hands-on IBP or Kinaxis experience, even a short course with a certificate, would open a lot of doors in this market. I'll keep working on your behalf in the meantime. I have two planning roles coming in next week that are both much closer to you, one of them is fully remote, and I'll call you about them on Monday. Mike also asked me to say that he'd be happy to hear from you again if a role comes up in their East Midlands team later in the year.

Speak Monday,

Gareth Pryce
Senior Consultant, Supply Chain
Keystone Talent Partners
Birmingham | Leicester | Nottingham`, 'Harcourt Freight – feedback as promised'),
];
