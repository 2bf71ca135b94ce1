/**
 * Development messages of the eighty-ninth round: long letters that bury what matters, and look-alikes that sound
 * like a no. Rejections run to several paragraphs of thanks, company news, process description, diversity statements
 * and encouragement, with the decision, the reason, the feedback, the offer to talk or the open door told once in a
 * single clause in the middle. Paused processes use the same careful words for a freeze or a delay. The look-alikes
 * borrow the regretful vocabulary of a decline ("unfortunately", "we regret", "sadly", "we are unable to") for a moved
 * interview, an expired link, a late reply, an incomplete application, a portal-only rule, a referral bonus, a role
 * re-advertised while the candidate is still considered, a next stage, a talent-community welcome, and decline nothing.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d89-');

export const HANDWRITTEN_DEV_89: readonly CorpusLine[] = [
  // ── 1
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Rosalind,

Thank you so much for the time you gave us over the last few weeks. I know that interviewing is a real commitment, especially alongside a full-time job, and everyone on the panel commented on how well prepared you were and how generous you were with your examples. It was a genuine pleasure to spend an hour with you on Thursday.

As you may have seen in the press, Fenwick Harte has had a busy quarter. We opened our Leeds hub in September, welcomed two new partners to the advisory practice, and we are now about halfway through moving our client delivery teams onto a single programme office. The Programme Manager role sits right at the heart of that change, which is part of why we have been so careful about who we bring in.

We met six people for the role in total and the conversations were strong across the board. After the panel sat down together on Monday we have decided not to take your application further at this time. The panel felt the stakeholder examples you gave were lighter than we need for a role that will report into three managing directors at once, and that you had not yet led a programme with senior client sponsors in the room. That is something that comes with time and with the right projects, and nothing about it takes away from the quality of your delivery work.

I also want to say, because I think it matters, that we are committed to building a team that reflects the clients and communities we serve, and we are grateful to everyone who puts themselves forward. Our hiring process is reviewed every year by our inclusion council and we welcome comments on it at any point.

We would be glad to see your name again when we advertise the next round of programme roles, which I expect will be in the spring once the Leeds office has settled. Please keep an eye on our careers page.

With warm regards and every good wish for what comes next,

Harriet Osei
Senior Talent Partner
Fenwick Harte Advisory LLP
14 Wellington Place, Leeds LS1 4AP`, 'Programme Manager - your interview'),

  // ── 2
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Tomasz,

Thanks for applying for the Data Platform Engineer opening at Kestrel Labs, and for your patience while we worked through applications. We know how much time goes into tailoring a CV and writing a note to a company you may never have heard of, so we do not take it for granted.

A bit about where we are: we closed our Series B in June, the team has grown from 22 to 41 people, and we have just moved into a new office in Wrocław above the old tram depot (there is a slide, we are told it is for emergencies). We are hiring across engineering, product and customer success, and we have had well over 700 applications this quarter.

Every application is read by a person on the team we are hiring for, not just by software. For this position we looked closely at yours, and we have decided to continue with candidates whose background is closer to what this particular team needs right now. It was not an easy call and we appreciate the care you put into your application.

We are proud to be an equal opportunity employer. We do not discriminate on the basis of race, religion, colour, national origin, gender, sexual orientation, age, marital status, veteran status or disability status, and we actively encourage applications from people who are under-represented in technology.

We would really like to stay in touch. Your profile stays in our talent pool for the next twelve months, and if a role that suits your experience opens up we will reach out to you directly. You are also welcome to apply for any other role on our jobs page in the meantime.

Thanks again for thinking of us, and good luck with the search.

The Kestrel Labs People Team
careers.kestrellabs.example

You are receiving this email because you applied for a role at Kestrel Labs. Please do not reply to this address - it is not monitored.`, 'Your application to Kestrel Labs'),

  // ── 3
  rej('final', ['position_filled'], { ...offered },
    `Dear Mr. Okonkwo,

I hope this finds you well and that you got home safely after the long day in Rotterdam last week. On behalf of everyone at Van Aalst Maritime, thank you for coming to see us and for the energy you brought to all four conversations. Our CFO in particular told me afterwards that your questions about the bunker hedging book were the sharpest she had heard in a long time.

I also want to thank you for your flexibility with dates. I know we moved the final day twice because of the board calendar, and you took both changes with real grace.

As promised, I am writing to let you know where things stand. We have now completed the final round for the Treasury Manager role, and I am sorry to tell you that we have made an offer to another finalist, who has accepted it. The choice was very close and came down to small details rather than to any weakness on your part.

Van Aalst is going through a period of steady growth, with the new LNG carrier programme and the expansion of our Singapore desk, and I am confident that there will be other openings in treasury and risk over the next year. We keep all our finalists in mind when those arise.

If it would help you to hear more about how the panel saw your interviews, I would be very happy to arrange a short call with you and our Head of Finance. Just let me know a couple of times that suit you and I will set it up.

Once again, thank you for your interest in Van Aalst Maritime and for the time and effort you invested in our process.

Met vriendelijke groet / kind regards,

Annelies de Groot
Recruitment Lead
Van Aalst Maritime B.V.
Wilhelminakade 91, 3072 AP Rotterdam

This message may contain confidential information and is intended only for the addressee. If you received it in error, please notify the sender and delete it.`, 'Treasury Manager - outcome of final interviews'),

  // ── 4
  rej('assessment', ['assessment'], { ...fb },
    `Hello Keanu,

Thank you for completing the written exercise for the Junior Copywriter role at Pohutukawa Creative. We really enjoyed reading the submissions this year - we had a record number, and the standard was high.

Just to explain the process for anyone who is new to us: after the initial application we send every shortlisted candidate the same short brief (this year, the launch of a fictional oat milk brand), and two members of our writing team mark each response blind against a set of criteria. We do not see names or CVs when marking, which helps us be fair, and the highest scoring writers are then invited in for a conversation.

Your headlines were lively and had real personality. However, your overall mark came in at 58 out of 100, below the 70 we set as the threshold for interviews, and the markers noted that the longer body copy drifted away from the brief and did not mention the product's price point or the sustainability claims we had asked for. For that reason we will not be inviting you to the next stage on this occasion.

We know it can be disappointing to put effort into a task and not go further, and we are grateful that you took the time. Whatever you do next, keep writing - the voice in those headlines was worth reading.

We run an open creative day every March at the studio in Grey Lynn, with short workshops from our writers and designers, and it is free to attend. Details go up on our Instagram in February.

Ngā mihi nui,

Aroha Tane
Studio Coordinator
Pohutukawa Creative | Auckland`, 'Writing exercise - Junior Copywriter'),

  // ── 5
  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Delphine,

It was lovely to speak with you on Tuesday afternoon, and thank you for being so open about what you are looking for. I really enjoyed hearing about the fundraising campaign you ran at the theatre, and I passed your notes on to Grace, our Director of Development, straight after the call.

As I mentioned when we spoke, Northmoor Trust is a fairly small charity and we are in the middle of our own review of how we pay people, which is part of why we asked everyone about expectations at the first conversation. We are trying hard to be transparent, and to make sure nobody goes through three rounds only to find out at the end that the numbers do not work.

Having talked it through with Grace, I am sorry to say we won't be progressing your application for the Senior Fundraising Officer post. The salary you mentioned, around £48,000, is quite a bit above the £38,500 that the trustees have approved for this role, and we do not have the flexibility to close that gap this year. I wish it were otherwise, because your experience is exactly the kind we value.

I want to be clear that this is about our budget and not about you. We are expecting to create a Head of Individual Giving post in the next financial year, once the new strategy is signed off, and the pay band for that will be higher. If you are still looking at that point, I would really encourage you to apply, and I will make a note to let you know when it goes live.

Thank you again for your time and your honesty. It made the conversation much easier.

All best,

Meera Chaudhary
HR & Volunteering Manager
Northmoor Trust
Registered charity no. 1098765`, 'Senior Fundraising Officer'),

  // ── 6
  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Hey Jonas,

First off, thank you for spending Friday afternoon with us. I know the video call ran long (sorry, that was mostly me getting excited about our deploy pipeline), and I appreciated how patient you were with Leo's rather philosophical questions about code review.

Some context for where we are as a company, because I think it helps to explain our thinking. Tidewell is nine people. We do not have managers in the usual sense; each of us owns a part of the product and we make most decisions in the open, in a shared doc, by talking things out until we agree. It is slow sometimes and it is not for everyone, and we say that in every interview because we would rather be honest than clever.

We have talked about it as a team and we have decided not to move forward. The main thing that came up was around working style: you told us you do your best work with a clear spec and a single decision-maker, and that you find long group discussions draining, and we all felt that our way of working would frustrate you more than it would suit you. That is a completely reasonable way to want to work, and plenty of great teams run like that. We just are not one of them.

Everything else was strong. Your take on testing was probably the best we have heard this year, and I hope you find a place that uses it.

If you would like to talk any of this through, reply here and I will happily set up a call. No pressure either way.

Cheers,
Ines
Co-founder, Tidewell
Sent from my phone, please forgive typos`, 'Tidewell - following up on Friday'),

  // ── 7
  rej('application', ['location'], { ...fb },
    `Dear Applicant,

Thank you for your interest in the position of Clinical Research Associate (Ref. CRA-2291) at Meridian Bioscience Partners and for the time you invested in your application.

Meridian Bioscience Partners is a contract research organisation supporting sponsors across oncology, rare disease and vaccines. Over the past year we have supported more than 140 clinical studies in 23 countries, and we continue to invest in our people, our systems and our site networks. We appreciate your interest in joining our team.

We have reviewed your application carefully against the requirements of the role. As stated in the advertisement, this position requires the successful candidate to hold the existing right to work in Ireland, as we are unable to provide employment permit sponsorship for this grade. Based on the information provided in your application, you currently require sponsorship, and we are therefore unable to consider your application further for this vacancy.

Please be aware that this decision relates solely to eligibility and is not a reflection of your qualifications or experience.

Meridian is an equal opportunities employer and is committed to ensuring that all applicants are treated fairly and with respect throughout our recruitment process. If you require any reasonable adjustments in future, please contact our recruitment team.

We would like to take this opportunity to thank you once again for your interest in Meridian Bioscience Partners and wish you every success in your career.

Yours faithfully,

Talent Acquisition
Meridian Bioscience Partners Ltd
Block C, Eastpoint Business Park, Dublin 3

This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.`, 'Clinical Research Associate (CRA-2291)'),

  // ── 8
  rej('final', ['internal_candidate'], { ...door },
    `Dear Sunita,

Thank you for coming in for the final panel on the 14th, and for the excellent presentation on patient flow in the outpatient department. Several members of the panel have mentioned it since, and our Chief Nurse asked whether she could keep a copy of your slides for the operational group, which I hope you will take as the compliment it is.

I wanted to write properly rather than just call, because you have given a lot of time to this process over the past six weeks, from the initial conversation through the values interview and the final panel.

As you know, this was an open recruitment, and we were keen to test the market for what is a new role for the Trust. After a great deal of discussion, the panel has decided to appoint a colleague who has been acting in a similar role on an interim basis for the last eight months and who already knows our services well. I know that will be disappointing to hear after getting so far, and I am sorry to be the one to tell you.

The Trust is going through a major period of change. The new surgical hub opens in April, and there will be several senior operational roles advertised over the coming year as a result. I would very much like you to consider applying for those, and I have asked our recruitment team to let you know directly when they are advertised. Your details will stay on our file with your permission.

Thank you again for the care and thought you put into your application. It was clear how much you care about patients and the people who look after them.

Kind regards,

Dr. Colm Ferriter
Divisional Director of Operations
St Aldhelm's Hospitals NHS Foundation Trust`, 'Service Manager - Outpatients: final panel outcome'),

  // ── 9
  rej('application', ['role_closed'], { ...door },
    `Dear Marguerite,

Thank you for applying for the role of Learning Designer with Calloway Education Group. We are grateful that you took the time to share your experience and your portfolio with us, and we enjoyed learning about the courses you have built for adult learners.

We wanted to get in touch with an update on the role itself, rather than leave you waiting. Over the past month Calloway has been working through a review of its digital learning strategy, as part of our merger with Brightwater Colleges, which was announced at the start of the term. This has brought together two learning technology teams, and as a result some planned posts are being reconsidered.

I am sorry to let you know that the Learning Designer position has been withdrawn as part of that review, so we will not be taking any applications for it further, including yours. No one has been appointed; the post simply no longer exists in its current form. We realise this is frustrating, and we apologise for any inconvenience it may have caused.

Once the new structure is agreed, we expect to advertise a number of roles within the combined Digital Learning team. With your permission, we will keep your application on file and contact you when those roles are published, so that you can decide whether to apply.

Calloway Education Group is committed to equality, diversity and inclusion, and we welcome applications from all sections of the community. We are a Disability Confident employer.

Thank you once more for your interest, and we hope to hear from you again.

Best wishes,

Recruitment Team
Calloway Education Group
recruitment@calloway-ed.example`, 'Learning Designer - update on your application'),

  // ── 10
  rej('interview', ['overqualified'], { ...fb, ...door },
    `Hi Graham,

Thanks again for coming to meet Aisha and me on Wednesday. It was a real pleasure, and I think we both learned more about running a warehouse in forty minutes with you than we did in most of the last year.

I should say up front that this has been a hard one to write. We are a small, family-owned distributor, and the Shift Supervisor job is a hands-on role - running the night pick team of eight, doing the rota, and getting stuck in on the dock when a lorry comes in late. It is a job we care about, but it is an entry-level management post.

After talking it over, we have decided not to offer you the position. With twenty years in operations, including running a 200-person site for Hallbrook, your experience is well beyond what this role needs, and we honestly think you would be bored within a few months and that we would not be able to give you the scope that someone at your level deserves. We would rather say that now than lose you in a year.

We are growing, though. We are planning to open a second site near Doncaster in late 2025, and that will need an operations manager with exactly your background. If you are still in the area and interested, I would genuinely like you to apply, and I will get in touch when we start looking.

In the meantime, thanks for your time and for the tips on slotting - we are already trying out the fast movers at the front.

All the best,

Sam Whitcombe
Operations Director
Whitcombe & Daughters Wholesale Ltd
Unit 4, Canal Road Industrial Estate, Rotherham`, 'Shift Supervisor'),

  // ── 11
  rej('application', ['generic'], { ...door },
    `Dear Lucía,

Thank you for your application for the position of Marketing Assistant at Olmedo Hotels & Resorts, and for your interest in being part of our story.

Since our first hotel opened in Sevilla in 1987, Olmedo has grown to 34 properties across Spain, Portugal and Morocco, welcoming more than two million guests every year. Our people are at the heart of everything we do, and we believe that great hospitality begins with great teams. This year we were proud to be recognised as one of the best places to work in Andalucía for the fourth year running.

We received a very high number of applications for this position, many of them from highly qualified people, and the selection process was extremely competitive. Following a careful review, we regret to inform you that your application has not been selected to continue in the process on this occasion.

We know that this is not the news you were hoping for. Please do not be discouraged. We have many opportunities across our hotels and our central offices, and we would be delighted to receive your application for future vacancies that match your interests. You can set up job alerts on our careers site so that you are the first to know when new roles are published.

At Olmedo, we celebrate diversity and are committed to creating an inclusive environment for all employees. We welcome applicants of every background, nationality and ability.

Once again, thank you for considering Olmedo Hotels & Resorts. We wish you every success.

Warm regards,

People & Culture Department
Olmedo Hotels & Resorts S.L.

Please do not reply to this email. For questions about your personal data, see our privacy notice at olmedo-hotels.example/privacy.`, 'Olmedo Hotels & Resorts - your application'),

  // ── 12
  rej('screen', ['location', 'salary'], { ...fb, ...door },
    `Hi Arjun,

Really appreciated the chat on Monday. You were a great sport about the dodgy line (we blame the office wifi, which is held together with hope) and I enjoyed hearing about the migration project at your current place.

For context, Ledgerline has been through a big year: we processed our billionth transaction in August and opened a small team in Mexico City to support our Latin American merchants. The payments team is at the centre of all of it, and that is why we are hiring two senior people at once.

Quick recap of where we are on our side, since I said I would come back to you by the end of the week. Ledgerline is hiring two Senior Backend Engineers for our payments team. We have been through about thirty first calls like ours and the hiring manager has been reviewing my notes from each one.

I'm afraid we have decided not to go ahead to the technical interviews with you. Two practical things got in the way. The role needs you in our Austin office at least three days a week, and you told me you are not able to relocate from Vancouver for family reasons, which I completely understand. And the base you are targeting, 210k USD, sits above the top of our band for this level, which is 175k. Either one on its own we might have been able to work around; both together we can't make work for this role.

None of that is about your skills, which came across very well. If our remote policy changes - and there are conversations about it for next year - I would like to reconnect.

Take care and good luck with the other processes you mentioned.

Best,
Dana Whitfield
Technical Recruiter | Ledgerline Inc.
Austin, TX`, 'Ledgerline / next steps'),

  // ── 13
  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...offered },
    `Dear Priyanka,

Thank you for taking part in the online assessment for our Graduate Actuarial Analyst programme, and congratulations on reaching that stage - fewer than one in five applicants were invited to it this year.

We would like to explain a little about how our assessments work. Each candidate completes three timed sections: numerical reasoning, a spreadsheet exercise built around a small pension scheme, and a short written summary for a non-technical reader. The sections are scored independently by our graduate assessors, and we look for a balanced profile rather than a single high score. We also review the degree and exam information you give us in your application alongside the results.

Your numerical reasoning score was excellent. Unfortunately, your spreadsheet exercise scored 41%, below the 55% mark we need to see, mainly because the discounting in part two was not applied to the later cash flows, and the written summary did not reach the required standard either. Our programme also expects candidates to have passed at least one of the CS1 or CM1 exams by the start date, which you have not yet sat. Taken together, this means we are unable to progress your application to the interview stage this year.

We appreciate that this will be disappointing. Many of our current actuaries did not succeed on their first application, and we have seen excellent candidates return stronger a year later.

If you would like a more detailed breakdown of your assessment, please reply to this email and one of our graduate assessors will be happy to go through it with you by phone.

Thank you again for your interest in Thornbury Life & Pensions.

Yours sincerely,

Graduate Recruitment Team
Thornbury Life & Pensions plc
Thornbury House, 2 Cathedral Square, Bristol BS1 5TT

Thornbury Life & Pensions plc is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. Registered in England No. 0456712.`, 'Your Thornbury assessment results'),

  // ── 14
  rej('final', ['profile_mismatch'], { ...offered, ...door },
    `Dear Ahmed,

I wanted to reach out personally following your final interviews with us last Tuesday. Thank you for the considerable time you have put into this process - four conversations, a case study and a full afternoon in our Dubai office is a lot to ask of anyone, and you handled every part of it with professionalism and good humour.

Let me share a little context. Zahra Capital is at an important point: we have just received approval for our second fund, the team is growing from 14 to 20 people, and the Associate we hire now will work closely with the partners on every deal for the next two to three years. This is why we spend so much time with each finalist, and why our decisions at this stage are always difficult.

Having considered all three finalists very carefully, the partners have concluded that another candidate's experience is a closer match for what we need at this moment, and so we will not be extending an offer to you. I want to emphasise how close the discussion was, and that you made a strong impression on everyone you met.

I would be more than happy to set up a call to talk through the partners' thinking in more detail, if that would be useful to you. Please simply let me know.

We also very much hope to stay in touch. As the second fund deploys, we expect to hire again in the second half of next year, and I would be delighted to consider you then. With your permission, I will keep your details and contact you when that process opens.

Thank you again, and warmest wishes for your next steps.

Best regards,

Layla Haddad
Chief Operating Officer
Zahra Capital Partners
Gate Village 4, DIFC, Dubai`, 'Following your final interviews'),

  // ── 15
  rej('interview', ['position_filled'], { ...door },
    `Hi Femi,

I hope your week is going well. I wanted to drop you a line after your interview with Claire and Tobias a couple of weeks ago for the Customer Success Manager role - thank you again for making the time, especially on a Friday afternoon when I know you had a team event to get to.

I'm sorry it has taken us a while to get back to you. Things have been a little hectic here. We launched the new analytics dashboard at the end of last month, our biggest customer renewed for three more years, and we have spent a good part of the last fortnight onboarding a wave of new accounts. That is all good news for us but it has slowed down some of our hiring conversations.

The short version is that we have now filled the position; one of the candidates who interviewed in the same week has accepted our offer and starts next month. I know that's not what you were hoping to hear, and I'm sorry.

I do want to say that Claire and Tobias both spoke highly of your conversation, particularly the way you described turning around the unhappy logistics account. We are a friendly bunch and we try to treat everyone who comes through our process with respect, whether or not it ends in an offer.

We expect to open another CSM role in the new year as the customer base grows, and we would love you to apply when it does. Keep an eye on our LinkedIn page, or simply reply to this email at that point and I will make sure your application goes straight to Claire.

Thanks again, Femi, and all the best for now.

Warmly,
Hannah Lindqvist
People Ops | Brightside Analytics
London · Stockholm`, 'Customer Success Manager'),

  // ── 16
  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr. Van der Berg,

RE: APPLICATION FOR THE POST OF SENIOR STRUCTURAL ENGINEER (REF: SSE/24/017)

Thank you for your recent application for the above post with Hollis Mackintosh Consulting Engineers. We were pleased to receive so many applications for this role, which reflects the strength of the profession and the interest in our firm.

Hollis Mackintosh has been delivering structural and civil engineering services for more than sixty years, from bridges and rail infrastructure to schools, hospitals and homes. We are currently working on some of the most significant infrastructure projects in Scotland, including the Clyde Waterfront regeneration and the A9 dualling programme.

All applications for this post have now been assessed against the essential criteria set out in the person specification. The role requires chartered membership of the Institution of Structural Engineers or the Institution of Civil Engineers, together with a minimum of eight years' post-graduate design experience, including at least three in a senior position. As your application indicates that you have not yet obtained chartered status, we regret that we are unable to take your application forward on this occasion.

We would like to thank you for the time and effort you have put into your application. We recognise that completing an application form takes time, and we appreciate your interest in Hollis Mackintosh.

Hollis Mackintosh is committed to equality of opportunity and welcomes applications from all sections of the community. We are a signatory to the Women in Engineering pledge and the Armed Forces Covenant.

Yours sincerely,

Human Resources Department
Hollis Mackintosh Consulting Engineers Ltd
Registered office: 7 Blythswood Square, Glasgow G2 4AD
Registered in Scotland No. SC102334`, 'RE: Application - Senior Structural Engineer (SSE/24/017)'),

  // ── 17
  rej('screen', ['overqualified'], { ...fb },
    `Hi Beatriz,

Thanks so much for chatting with me yesterday. I loved hearing about the lab work you did in Porto and your years running the quality function at Valmonte - it is not every day I get to talk with someone who has led an FDA inspection from the inside.

As promised, here is where we've landed. I walked Doug (our QA lead) through my notes from our call this morning. We went back and forth on it because, honestly, we both wanted to find a way to make it work.

In the end we have decided not to move you on to the interviews for the QC Technician opening. The role is a bench-level one: running routine release tests, keeping logbooks, and following SOPs that other people write. With fifteen years of experience and a director title, you are far more senior than the position, and Doug felt strongly that you would be underused and that it would not be fair to you to bring you in at that level. He did ask me to pass on that he would have loved to have you on the team in another shape.

I realise that you mentioned you were happy to step back for a while, and I respect that a lot. I hope you will not take this as us doubting you - it really is the opposite.

I wish you every success, and thanks again for your time and your openness.

Best,

Kayla Brennan
Talent Acquisition Specialist
Northgate Pharma Services
Raleigh-Durham, NC`, 'Following up - QC Technician'),

  // ── 18
  rej('interview', ['role_closed'], { ...door },
    `Dear Yusuf,

Thank you once again for meeting with Dr. Laine and me on the 3rd to discuss the Research Software Engineer position in the Institute for Coastal Systems. We enjoyed the conversation very much, particularly your thoughts on making our hydrodynamic models easier for partner organisations to run.

I am writing with news that I had very much hoped not to have to share. As you may have read, the university announced last week a pause on all new appointments funded from the central research budget while it addresses a significant shortfall in international student income. The Institute's RSE post falls within that group. Following discussions with the Faculty, I have been told that the post will not be filled this academic year, and the recruitment has been formally closed. Accordingly, we are unable to progress your application any further.

I would like to stress that this has nothing to do with your interview, which was excellent, and that we are as disappointed as you are. We were looking forward to welcoming someone into this role.

The Institute is applying for external funding from two research councils that would include a software engineering post. If those applications are successful, we would very much like to invite you to apply, and I have kept your details so that I can let you know directly.

Please accept my apologies for the disruption, and my thanks for your patience throughout the process.

With best wishes,

Professor Marion Adebayo
Director, Institute for Coastal Systems
University of Southern Wessex`, 'Research Software Engineer - recruitment closed'),

  // ── 19
  rej('final', ['culture_fit'], { ...fb },
    `Hi Connor,

I hope you had a good weekend. I wanted to get back to you properly after Thursday's onsite, which I know was a long day - four interviews, lunch with the team and the pairing session, with barely a break in between. Thank you for sticking with it, and for being such good company at lunch.

Let me first say how much we appreciated the work you did in the pairing session. Raj said it was one of the cleanest refactors anyone has done on that exercise, and he has been running it for three years.

We met as a hiring group on Friday, as we always do after onsites, and talked through every conversation. After a long discussion we have decided not to extend an offer. The concern that came up in more than one interview was around collaboration: in the pairing session and in the conversation with product, you tended to move ahead on your own rather than talk through the decision with the other person, and on a team that does almost all of its work in pairs that would be a real source of friction. I want to be clear that this is about how our team works day to day, rather than about your ability.

We have talked a lot internally about whether to share points like this, because it is not always comfortable. We think it is more respectful to be honest.

Thanks again for all the time you gave us over the last month. I'm sure you'll find the right place soon, and I hope the honesty is useful.

Best wishes,

Maya Roth
Engineering Manager, Platform
Quillfeather Software, Berlin`, 'Your onsite at Quillfeather'),

  // ── 20
  rej('application', ['internal_candidate'], { ...door },
    `Dear Candidate,

Thank you for your application for the role of Procurement Coordinator (Job ID 55812) with Greystone Regional Council.

Greystone Regional Council provides services to over 180,000 residents across the region, from roads and waste collection to libraries, parks and community care. We are proud of our people and our commitment to delivering value for our community, and we were encouraged by the level of interest in this vacancy.

Over the last twelve months the Council has delivered its new Community Infrastructure Plan, reopened the Greystone Aquatic Centre and completed the first stage of the river foreshore works. Our procurement team supports every one of these projects, managing more than 600 contracts with local and national suppliers.

In line with our recruitment policy, this vacancy was advertised internally and externally at the same time. Following shortlisting, the selection panel has appointed an existing Council employee to the position, and the recruitment process for this role is now complete. As a result, your application will not be progressing.

We appreciate the time and effort you have taken to apply and we encourage you to continue to monitor our vacancies.

The Council is an equal employment opportunity employer. We value diversity in our workforce and welcome applications from Aboriginal and Torres Strait Islander peoples, people with disability, people from culturally and linguistically diverse backgrounds, and people of all ages and genders.

Yours sincerely,

People and Culture
Greystone Regional Council
PO Box 412, Greystone NSW

This is an automatically generated email from our recruitment system. Please do not reply to this email.`, 'Procurement Coordinator - Job ID 55812'),

  // ── 21
  rej('interview', ['generic'], { ...offered },
    `Dear Ms. Ferreira-Lund,

Thank you very much for attending an interview with us on Monday 4 November for the position of Paralegal in our Property department. We were delighted to meet you and to learn more about your experience, and we hope you enjoyed meeting the team.

Ashby Pennington LLP has been advising clients across the Midlands for more than a century. Over the past year, our Property team has advised on over 900 transactions, and we continue to invest in our trainees and paralegals through our in-house academy and our support for those taking the CILEx and SQE routes.

We interviewed a number of very capable candidates for this position. After careful consideration, I regret to inform you that on this occasion we have decided not to offer you the role.

We understand that it is disappointing to receive this news after an interview. Should you wish to receive feedback on your interview, please contact me by email within the next two weeks and I will arrange for one of the interviewing partners to call you.

Ashby Pennington is committed to promoting equality, diversity and inclusion in everything we do. We are a member of the Social Mobility Employer Index and are committed to opening up the legal profession to people from all backgrounds.

Thank you once again for your interest in Ashby Pennington, and please accept our best wishes for your future career.

Yours sincerely,

Gemma Rowntree
HR Advisor
Ashby Pennington LLP
Solicitors | 3 Colmore Circus, Birmingham B4 6BN
Authorised and regulated by the Solicitors Regulation Authority (SRA No. 612398)`, 'Paralegal - Property'),

  // ── 22
  rej('assessment', ['generic'], {},
    `Dear Kwabena,

Thank you for your continued patience during the final stages of your application for the position of Security Officer with Ardent Facilities Group.

As you know, all offers of employment in our security division are conditional on satisfactory pre-employment screening. This includes a five-year employment history check, a criminal record check and a credit reference check, carried out by our independent screening partner in line with the British Standard for security screening. We explained this process at the start of your application and we are grateful for the documents you supplied.

The screening process is the same for every person who joins our security division, whatever their role or seniority. It exists to protect our clients, our colleagues and the public, and it is a condition of the contracts we hold with airports, hospitals and government buildings. We do not make exceptions to it, and we review our approach each year with our screening partner to make sure it remains fair and proportionate.

We have now received the outcome of your screening. I am sorry to tell you that, following the screening results, we are unable to proceed with your application, and the conditional offer made on 9 October is withdrawn. We are not able to share the details of the screening outcome by email, but under data protection law you have the right to request a copy of the information held about you from our screening partner, whose details are at the bottom of this email.

We appreciate that this will be disappointing news, and that you have invested time and effort in the process. Please accept our thanks for your interest in Ardent Facilities Group.

Kind regards,

Pre-Employment Screening Team
Ardent Facilities Group Ltd

Screening partner: Veritas Checks Ltd, 40 Moor Lane, Manchester M2 3RF. Data requests: dpo@veritaschecks.example`, 'Pre-employment screening - outcome'),

  // ── 23
  rej('screen', ['profile_mismatch'], { ...offered, ...door },
    `Hi Olu,

Thank you for jumping on a call with me last Thursday, and apologies that it's taken a few days to get back to you - I wanted to make sure I'd spoken to the hiring manager before writing.

Just so you have the full picture: I'm a recruiter at Harbour & Vine, and we're partnering with a fast-growing healthtech client in Manchester on their Product Owner search. They have been very clear about the profile they're after, and we've been presenting a small number of people for each stage. I spoke to around twenty candidates and put forward six.

I'm sorry to say that after reviewing the shortlist, the client has decided not to take your profile forward to interview. They've chosen to go ahead with candidates whose backgrounds are a closer match to the role as they see it. I did push for you, and I'm genuinely sorry it didn't land this time.

If it helps, I'm very happy to jump on another quick call and share what I can about how the client thinks about these roles - sometimes it's useful to hear it from the other side. Just reply and we'll book something in.

I'd also love to keep you on my radar. I work on product and delivery roles across the North West, and I'll be in touch if I see something where your experience would be a strong match.

Thanks again, Olu - speak soon.

Chris Maddox
Senior Consultant, Product & Technology
Harbour & Vine Recruitment
0161 000 4412 | Spinningfields, Manchester

Harbour & Vine Recruitment Ltd acts as an employment agency. Registered in England and Wales No. 10998877.`, 'Product Owner - update from Harbour & Vine'),

  // ── 24
  rej('final', ['skills_gap', 'culture_fit'], { ...fb, ...door },
    `Dear Ingrid,

On behalf of the whole leadership group at Solberg Outdoor, thank you for spending the day with us in Bergen last week. I know it is a long way to come from Trondheim in November, and we really appreciated it. Several people have said how much they enjoyed your talk about community-led brands, and Henrik has already been quoting it in meetings.

As promised, I want to close the loop on the Head of E-commerce role. We met three finalists, all of them impressive, and the final discussion took most of Monday.

We have decided not to make you an offer, and I want to tell you honestly why. The role needs someone who has already run a marketplace with a large international catalogue, and your experience, while excellent, has been on a single direct-to-consumer site. The team also felt that your approach - moving fast and making the call yourself - would clash with how our leadership group makes decisions, which is slow and consensual, sometimes painfully so. I know that both of these may feel frustrating, and I am sorry.

I want to be equally clear about what went well. Your understanding of our customers was the best of any candidate, and your ideas for the repair programme were genuinely exciting.

We are planning to add a Head of Brand role next autumn, and I honestly think you would be very strong for it. I would love you to apply when it opens, and I will make sure you hear about it.

Med vennlig hilsen,

Kari Nygaard
Chief People Officer
Solberg Outdoor AS`, 'Head of E-commerce - final decision'),

  // ── 25
  rej('application', ['salary'], { ...fb },
    `Hello Mateus,

Thank you for your application to Bramblewood Games for the Senior Technical Artist opening. We loved looking through your reel - the stylised water shader in particular got passed around the art channel more than once, and there was a short but heated debate about how you did the foam.

For those applying to us for the first time, a word about how we hire. We are an independent studio of 35 people working on a single project, and our application form asks every candidate for their salary expectations up front. We do this because we publish our pay bands internally and try to keep them fair, and we would rather be honest at the start than waste anyone's time later on.

Having read your application, we have decided not to take it further. The expectation you gave of 95,000 EUR is well above the band for this role, which tops out at 72,000 EUR, and as a small studio we are not able to stretch to that level without breaking the structure we have committed to as a team. We know that many studios pay more, and that your expectation is completely reasonable for your experience; it simply isn't something we can meet.

We hope you won't mind us saying that your portfolio was one of the strongest we received, and we are sure you will find a studio that can match what you are looking for.

Thank you again for thinking of Bramblewood. Go make beautiful things.

All the best,

Fia Lundgren
Studio Manager
Bramblewood Games AB, Malmö`, 'Your application - Senior Technical Artist'),

  // ── 26
  rej('interview', ['location'], { ...fb, ...door },
    `Dear Chen Jie,

Thank you very much for the video interview on Wednesday with our Head of Sales and myself. It was great to hear about the partnerships you built with distributors in Guangdong, and we were very impressed by how clearly you explained the regulatory landscape for medical devices in the region.

I wanted to update you on the Regional Sales Manager vacancy. We have had a very busy few months at Aldermoor Medical, with the launch of our new wound care range and our first distribution agreement in Vietnam, and we are keen to find someone who can help us build on that.

After the interview, our leadership team looked again at the practical requirements of the role. Because the position carries responsibility for our key hospital accounts in Hong Kong and Macau, it has to be based in our Hong Kong office, with regular in-person visits to those hospitals. You explained that you intend to remain in Shenzhen and would prefer a cross-border remote arrangement, and I am afraid that is not something we can support for this role. For this reason, we have decided not to move your application forward to the second interview.

I want to emphasise that this is about the location of the role rather than your experience, which is very relevant to our business.

We will be opening a mainland China business development role in the second half of next year, based in Shenzhen, and we would be very glad to hear from you when it is advertised. Please do feel free to apply.

With best regards,

Vivian Lau
HR Business Partner, Asia Pacific
Aldermoor Medical (HK) Ltd
Level 19, Two Harbourfront, Hung Hom, Kowloon`, 'Regional Sales Manager - interview outcome'),

  // ── 27
  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Dr. Ashworth,

Thank you for applying for the Laboratory Assistant role here at Fernleigh Veterinary Diagnostics. We appreciate you thinking of us, and it was lovely to read about your background - it isn't often that we get an application from someone who has run their own diagnostic lab.

Fernleigh is a small independent lab supporting around 120 veterinary practices across the South West. We process blood, urine and tissue samples and have recently added a small PCR service for equine clients. It's a friendly team of twelve, and the Laboratory Assistant role is an entry-level one, focused on sample reception, preparation and basic equipment maintenance, with full training provided.

We have read your application carefully, and we do not think it would be right to progress it. With a PhD and over ten years in senior laboratory management, your experience is considerably greater than the role calls for, and we felt that the position would not make good use of your skills or give you the challenge you deserve. We realise you may have your own reasons for looking at a role like this, and we don't mean to second-guess them - we just want to be honest with you about how we see it.

We are hoping to recruit a Laboratory Manager once our current manager retires in the summer, and we would be very happy if you applied for that. We will keep your details on file and get in touch when the role is advertised, if that is all right with you.

With kind regards,

Lorna Pascoe
Practice Administrator
Fernleigh Veterinary Diagnostics Ltd
Truro, Cornwall`, 'Laboratory Assistant vacancy'),

  // ── 28
  rej('interview', ['internal_candidate'], { ...offered },
    `Hi Nadia,

Thanks for your patience while we worked through the interviews for the Brand Manager role, and for coming into the office on the 12th. It was a real pleasure meeting you, and Elena mentioned afterwards that your thinking on the relaunch of our snack range was some of the sharpest she had heard.

We also want to say how much we appreciated the presentation you prepared. Asking candidates to present in an interview is always a big ask, and you took it seriously. The team spent a good ten minutes after you left talking about your idea for the lunchbox range.

Since we spoke, a few things have moved on here. We finished the rebrand of our core range last month, and a couple of people on the team have taken on new responsibilities as a result. One of them, who has been on our marketing team for three years, applied for the Brand Manager role once it was clear her current job would change, and after interviewing her alongside the external candidates, we have decided to offer the role to her. That means we won't be taking your application forward.

I know this can feel frustrating when you've put real time into preparing, and I'm sorry for the disappointment. It was a strong field and the decision came down to knowledge of our products and retailers, which is hard to compete with from the outside.

If you'd like to hear Elena's thoughts on your interview in more detail, just let me know and I can set up a quick call with her. She's happy to do it.

Thanks again for your interest in Pepperfield Foods and for the time you spent with us.

Kind regards,
Owen Barrett
Talent Acquisition Partner
Pepperfield Foods Ltd`, 'Brand Manager - update'),

  // ── 29
  rej('final', ['salary'], { ...fb },
    `Dear Thandiwe,

Thank you for taking part in the final round of interviews for the Head of Finance position at Ubuntu Health Network. Meeting our board chair and two trustees is never a relaxed experience, and you were composed and thoughtful throughout. Thank you too for the very clear presentation on cash-flow planning for NGOs, which the board found genuinely useful.

As you know, Ubuntu Health Network runs 27 community clinics across Gauteng and Limpopo, funded mostly by donor grants. Over the past year we have opened four new clinics and brought in a new electronic records system, and the Head of Finance will be central to the next stage of our growth.

We would also like to thank you for engaging so warmly with our clinic managers during the site visit in Soweto. Many of them told us afterwards that they appreciated your questions about how grant reporting affects their daily work.

The board met on Thursday evening to consider the final candidates. While they were very impressed with you, they have decided not to offer you the position. The deciding issue was remuneration: the package you outlined, at R1.4 million per year, is well beyond the R1.05 million that our funding agreements allow for this post, and the board did not feel able to go above that without drawing on funds that are earmarked for clinical services. I am sorry that we could not find a way to make it work, as I know you had been hoping we might.

We are grateful for your interest in our work and for the energy you brought to the process.

With warm regards,

Nomvula Dlamini
Chief Executive Officer
Ubuntu Health Network NPC
Braamfontein, Johannesburg`, 'Head of Finance - final round outcome'),

  // ── 30
  rej('application', ['position_filled'], {},
    `Hello Sebastián,

Thank you for your interest in the Store Manager (Valencia - Ruzafa) position at Nordic Home.

At Nordic Home we believe that everyone deserves a home they love. Since opening our first store in Copenhagen in 2004, we have grown to more than 60 stores across eight countries, and our store teams are the heart of our business. We are proud to offer competitive benefits, including a staff discount, a pension plan and a clear path to development through our Leadership Academy.

Our store managers lead teams of up to 40 people, and they are responsible for everything from visual merchandising to customer experience and local community partnerships. It is a role we care about very much, and we were pleased to receive so many applications from across the region.

We wanted to let you know that this position has now been filled, and we have therefore closed the vacancy. Your application will not be considered further for this role.

Thank you for taking the time to apply. We receive a large number of applications for every position and we truly value the interest people show in working with us.

At Nordic Home we embrace diversity and equal opportunity. We are committed to building a team that represents a variety of backgrounds, perspectives and skills.

Best regards,
Nordic Home Recruitment

This message was sent automatically by our applicant tracking system (TalentLoop). Replies to this address are not read.
Nordic Home Spain S.L. | Calle de Colón 18, 46004 Valencia`, 'Update on your application - Store Manager (Valencia - Ruzafa)'),

  // ── 31
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Luca,

Thanks for sending over your take-home for the Frontend Engineer role - and for the thoughtful README, which made reviewing it a genuine pleasure. We know a take-home asks for a weekend you could have spent doing something else, and we are grateful you gave it to us.

Quick word on how we review these. Two engineers look at each submission independently, using the same checklist we publish on our careers page: does it work, is it accessible, is it tested, is it readable. Then they compare notes and decide together whether to invite the person to the pairing interview. We try hard to keep it fair and consistent, and we change the exercise every few months so nobody is advantaged by seeing it before.

After reviewing your submission, we have decided not to move forward to the pairing interview. The reviewers liked your component structure a lot, but the booking form could not be completed with a keyboard alone, there were no labels on the date inputs, and the test suite only covered the happy path, which together put it below the bar we set for this stage. Accessibility in particular is something we weigh heavily because our customers include several public-sector bodies.

We'd honestly be happy to see you apply again in six months or so - we hire frontend engineers a few times a year and plenty of people on our team came through on a second try.

Thanks again, and have a lovely week.

Best,
Giulia Ferri
Engineering Recruiter, Pantograph
Milano`, 'Pantograph take-home - result'),

  // ── 32
  rej('interview', ['profile_mismatch', 'position_filled'], { ...offered },
    `Dear Mr Papadakis,

Many thanks for meeting with us on Friday to discuss the Logistics Coordinator position at Aegean Freight Services. It was a pleasure to welcome you to our Piraeus office and to introduce you to the team. We hope the tour of the warehouse was of interest, despite the noise.

By way of background, Aegean Freight has grown rapidly over the last two years, and we now handle more than 40,000 containers a year for clients across the Eastern Mediterranean. Our coordinators play a central role in this, and we put great care into our selection.

Our coordinators work closely with shipping lines, customs authorities and our own warehouse teams, often under significant time pressure, and we look for people who can keep calm when a vessel is delayed and thirty clients need an answer at once. We also offer a structured training programme and support for professional qualifications.

We interviewed five candidates in total. Following the interviews, we decided to offer the position to a candidate whose overall background was a closer fit for the role as it now stands, and I am pleased to say that the offer has been accepted. As a result, we will not be taking your application further.

I would like to thank you for the time you spent preparing for the interview and for your interest in our company. If you would find it helpful to talk about the interview in more detail, I would be happy to speak with you by phone at a time that suits you.

With kind regards,

Eleni Stavrou
Human Resources Manager
Aegean Freight Services S.A.
Akti Miaouli 55, Piraeus 185 36`, 'Logistics Coordinator position'),

  // ── 33
  rej('screen', ['role_closed'], { ...door },
    `Hey Priti,

Thanks for the call last week - it was great to hear about your work on the onboarding redesign at Tallyhoo, and I've been telling anyone who'll listen about your "delete half the fields" approach.

I wanted to get back to you before the weekend rather than leave you hanging. Some news from our side: yesterday our leadership team announced a reorganisation of the product group, which means the Senior Product Designer role we talked about is being folded into a wider design systems team, and the headcount for it has been removed. I'm really sorry - it means we won't be carrying on with your application, or anyone else's, for this role.

To give you a bit more of the picture: Pebblecart has grown really fast this year, and the leadership team decided that design needs a stronger shared foundation before we add more people to individual product squads. It's the right call for the company, I think, even if it makes my job awkward this week.

I'll be honest, the timing is rotten, and nobody here enjoys sending this kind of email after such a good first call. It's not a reflection on you at all; you were one of the strongest people I'd spoken to.

The good news (if there is any) is that the new design systems team will need a couple of senior designers once it's set up, probably early in Q2. I'd love to reach out to you when those roles open - I've added a note to your profile in our system so I don't forget.

Speak soon I hope, and thanks again for your time.

Ollie Nakamura
Design Recruiter, Pebblecart
(he/him)`, 'Quick update on the Senior Product Designer role'),

  // ── 34
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for submitting your application for the position of Customer Service Advisor with Halvorsen Energy.

Halvorsen Energy supplies gas and electricity to more than 1.2 million homes and businesses. Our customer service teams in Cardiff and Swansea are the first point of contact for our customers, and we are committed to providing them with the training, support and flexibility they need to do their best work. In 2024 we were delighted to be shortlisted for the UK Customer Experience Awards.

Our advisors help customers with everything from their first bill to moving home, switching to a smart meter or getting support when times are hard. Every new advisor completes a six-week paid training programme, and we offer hybrid working once training is complete.

We have now completed our review of applications for this role. We regret to inform you that you have not been selected to progress to the next stage of the recruitment process.

Due to the high volume of applications we receive, we are unable to provide individual feedback at this stage.

Halvorsen Energy is an equal opportunities employer. We are committed to ensuring that all candidates are treated fairly and that our workforce reflects the diversity of the communities we serve. We are proud to be a Disability Confident Leader and a Living Wage employer.

Thank you again for your interest in Halvorsen Energy.

Yours faithfully,

Resourcing Team
Halvorsen Energy Ltd

*** This is an automated message. Please do not reply directly to this email. ***
Halvorsen Energy Ltd, registered in England and Wales, company number 08877665. Registered office: Tŷ Halvorsen, Callaghan Square, Cardiff CF10 5BT.`, 'Your application with Halvorsen Energy'),

  // ── 35
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Kofi,

I hope you're doing well. Thank you again for meeting with Anneke and me last Tuesday for the Data Analyst role at Groenland Retail, and for walking us through the dashboard you built for your current store team. It was great to see how much thought you had put into making it useful for people on the shop floor.

Since then we have been busy: we opened two new stores in Utrecht and Haarlem, and our loyalty programme passed half a million members, so the data team is feeling the pressure in a good way. That is also why we are trying to make this hire carefully, as the person who joins will be working on our pricing models from day one.

We've now finished the interviews, and I'm afraid we have decided not to invite you to the second round. The main gap for us was SQL: in the practical part of the interview you mentioned that you mostly work in Excel and Power BI, and the role requires confident SQL from the start, including joins across large tables and window functions. We also need someone with some Python for the forecasting work, which you said you had not used yet. Both are very learnable, and with the curiosity you showed I'm sure you will get there quickly.

If you'd like to talk about this in more detail, or would like some tips on where to start with SQL, I'd be glad to have a short call. Just reply and let me know.

Groeten,
Marloes Visser
Analytics Lead, Groenland Retail B.V.
Amsterdam`, 'Data Analyst - interview'),

  // ── 36
  rej('final', ['role_closed', 'internal_candidate'], {},
    `Dear Vikram,

I hope this message finds you well. I would like to thank you again for the time you have dedicated to our recruitment process for the position of Director of Strategy, including the final round with our Managing Director and the Group CFO in Mumbai last month.

You may recall from our earlier conversations that the Director of Strategy was intended to support the Managing Director on the group's five-year plan, including the expansion of our specialty chemicals business into South-East Asia. That plan remains central to our ambitions, and we were grateful for the perspective you brought to it in the final round.

I also want to apologise for the delay in writing to you. Since your final interview, there have been important changes at Saraswati Industries. As you may have seen in the business press, the board has approved a restructuring of our corporate functions, combining the strategy, investor relations and corporate development teams into a single Group Transformation Office.

As a result of this restructuring, the Director of Strategy role no longer exists as advertised, and the leadership of the new combined office has been given to our current Head of Corporate Development. I am sorry to say that this means we will not be proceeding with your candidacy.

We know that you invested a great deal in this process, including travel from Bengaluru for the final round, and we are grateful for your patience and professionalism. The decision was driven entirely by the organisational change and is not a reflection of your performance in the interviews.

With warm regards,

Ritu Malhotra
Vice President, Human Resources
Saraswati Industries Ltd.
Nariman Point, Mumbai 400021`, 'Director of Strategy - update'),

  // ── 37
  rej('application', ['location'], { ...fb, ...door },
    `Hi Aleksandra,

Thanks so much for applying to join Northwind Robotics as a Field Service Engineer. We were really happy to see your application - a background in industrial automation and PLC maintenance is exactly what our customers need, and we loved reading about your work at the bottling plant in Gdańsk.

A little about us if you're new to Northwind: we make autonomous mobile robots for warehouses, and we support more than 300 sites across North America. Our Field Service team travels to customer sites to install and maintain the robots, and they're some of the most important people in the company.

We've reviewed your application, and unfortunately we can't move forward with it. This role is based in Ontario and requires that you are already authorised to work in Canada, because our immigration partners can't support a work permit for field roles at the moment; from your application, it looks like you would need sponsorship. I'm sorry about this - I know it's frustrating to be ruled out by paperwork rather than by what you can actually do.

We do expect to open a European service hub in the Netherlands next year, and a profile like yours would be a fantastic fit there. We'll keep your application in our talent community and reach out when those roles open. You're also very welcome to apply again whenever you see something that suits you.

Best,
The Northwind Talent Team
Waterloo, Ontario

Please don't reply to this email; it goes to an unmonitored inbox. Questions? talent@northwind-robotics.example`, 'Northwind Robotics - Field Service Engineer'),

  // ── 38
  rej('interview', ['culture_fit', 'skills_gap'], { ...fb },
    `Dear Hamish,

Thank you for meeting with Siobhan, Rhys and me on Friday to talk about the Head Chef position at The Gannet. I hope you enjoyed the lunch service - it was a busy one, with the wedding party in the back room, but that is a fair picture of a Saturday in summer.

We have been through a lot this year. The restaurant was awarded a Bib Gourmand in the spring, we have taken on the old chandlery next door for private dining, and our kitchen has gone from four people to nine. Whoever we bring in as Head Chef will shape what this place becomes for the next few years, which is why we are being so careful.

Having talked about it at length, we have decided not to offer you the position. There were two things that we could not get past. The first is that the role now involves running the costings, the ordering and the rota for the whole kitchen, and you told us you had not yet been responsible for a food budget or for managing more than three people. The second is that our kitchen runs on a very calm, no-shouting basis, and the way you described your approach to service - "a bit of fire keeps people sharp" - felt like it would be at odds with what the team have built. I say that without judgement; many great kitchens work that way.

Your food was excellent, and the crab dish in particular is one we will be talking about for a while. We wish you every success.

All the best,

Morag Sinclair
Owner, The Gannet
Harbour Street, Anstruther`, 'Head Chef - The Gannet'),

  // ── 39
  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the online assessments as part of your application to the Halcrow Bank Graduate Programme 2025.

We know that our assessments take time and concentration, and we are grateful for the effort you have put in. This year we received more than 14,000 applications across our eight graduate streams, and we are committed to making our process as fair and transparent as possible. All assessments are scored automatically and reviewed by our Early Careers team, and we regularly audit our tools to make sure that they do not disadvantage any group of candidates.

Our graduate programme offers two years of rotations across retail banking, risk, technology and operations, with a dedicated mentor, a structured learning curriculum and support towards professional qualifications. Graduates who complete the programme move into permanent roles across the bank.

We have now reviewed your results carefully. Unfortunately, on the basis of your assessment results, we are unable to progress your application to the next stage of the process on this occasion.

We understand this is not the outcome you were hoping for. Please be aware that, under our programme rules, candidates who are unsuccessful at the assessment stage may not reapply to the same programme within the same recruitment cycle.

Thank you again for your interest in Halcrow Bank. We wish you every success in your future career.

Kind regards,

Early Careers Recruitment
Halcrow Bank plc

Halcrow Bank plc. Registered in England and Wales no. 00114477. Registered office: 1 Bishopsgate Walk, London EC2M 3XX. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.

This is an automated email. Please do not reply.`, 'Halcrow Bank Graduate Programme - assessment outcome'),

  // ── 40
  rej('final', ['overqualified'], { ...fb, ...door },
    `Hi Margit,

I hope the drive back from Linz was uneventful. Thank you so much for spending the day with us on Monday - Stefan, Petra and I all really enjoyed it, and your comments about the warranty process have already sparked two new projects on the service team.

We've now finished the final round for the Team Lead, Customer Service position. It was a close decision between the last three candidates, and we talked it through for quite a long time on Tuesday afternoon.

We have decided not to offer you the role. I want to explain why, because it isn't about anything you did wrong - in fact, it's almost the opposite. You have run a 60-person service centre and built two of them from scratch, and this role leads a team of six people and reports into a manager who has less experience than you do. We were really worried that you would quickly outgrow it, and that the reporting structure would be awkward for everyone, you included. We think you are a Head of Service, not a Team Lead, and we'd be doing you a disservice by pretending otherwise.

Here's the part I really hope you'll take seriously: our Head of Service will be retiring at the end of next year, and we'll be looking for a successor. I'd love you to apply for that when the time comes, and I'll personally reach out to let you know when we start the search.

Thank you again for your time and generosity. Take care.

Herzliche Grüße,

Johanna Eder
HR Manager
Alpenbrück Haushaltsgeräte GmbH
Wels, Austria`, 'Team Lead Customer Service - final round'),

  // ── 41
  rej('screen', ['skills_gap'], { ...fb },
    `Bonjour Kevin,

Thank you for taking the time to talk with me on Tuesday. I enjoyed our conversation and I appreciated your honesty about your experience and your plans.

As I mentioned on the phone, Maison Delacroix is a family-owned fragrance house founded in Grasse in 1921, and we are now present in more than forty countries. The role of Export Coordinator sits in our head office and works every day with distributors, with our production site and with the customs authorities, so the position is very much at the crossroads of the business.

Over the past two years our export volumes have grown by almost a third, driven by new markets in the Gulf and in South Korea, and the Export Coordinator will help us manage that growth while keeping the personal relationships with our distributors that have always been at the heart of the house.

I have since discussed your application with the Export Director. I am sorry to tell you that we will not be moving forward to the interview stage. As we discussed during the call, a fluent, professional level of French is essential for this role, because almost all internal communication and all dealings with our production teams and the French customs office happen in French, and your level at the moment is closer to intermediate. We were not able to see a way to make the role work without it.

Your experience in export documentation is excellent, and I have no doubt that a company working mainly in English will value it very much. I wish you all the best in your search.

Bien cordialement,

Amélie Roux
Chargée de recrutement
Maison Delacroix Parfums
Grasse, France`, 'Export Coordinator - suite à notre échange'),

  // ── 42
  rej('interview', ['salary', 'overqualified'], { ...fb, ...door },
    `Dear Rashid,

Thank you for meeting with our hiring panel on Wednesday to discuss the IT Support Analyst vacancy at Kingsbury Academy Trust. We enjoyed hearing about your career, and we were very grateful for the detailed answers you gave, especially on the question about managing devices across several school sites.

The Trust has grown considerably since our last recruitment drive. We now run eleven schools across the county, with around 6,500 pupils and 900 staff, and we have just finished moving all of our schools onto a single network. The IT Support Analyst role supports our central team with day-to-day tickets and the rollout of devices to staff and pupils.

After the interviews, the panel met and has decided not to offer you the post. Your twelve years as an infrastructure manager go far beyond the needs of this first-line support role, and the salary you told us you would need - in the region of £52,000 - is well above the scale point of £28,900 that the Trust has set for this position. We would not be able to meet that expectation, and we also felt that you would find the day-to-day work quite limiting.

We will be advertising for a Head of IT Infrastructure in the spring, once the Trust board has approved the new central services structure. We would warmly encourage you to apply for that role, which we believe would be a far better match for your experience.

Thank you again for your interest in the Trust and for your time.

Yours sincerely,

Deborah Ellis
HR Manager
Kingsbury Academy Trust`, 'IT Support Analyst - interview outcome'),

  // ── 43
  rej('application', ['profile_mismatch'], {},
    `Hi Jordan,

Thank you for your interest in the Account Executive role at Cloudberry, and for taking the time to apply.

At Cloudberry, we are on a mission to make scheduling effortless for every small business on the planet. In the last year we have grown to over 80,000 customers, launched our integrations marketplace, and welcomed 45 new Berries to the team across Denver, Dublin and Singapore. It's an exciting time to be here and we are grateful for every person who wants to be part of it.

We also want to be transparent about how we hire. Every application for this role was reviewed by a member of our sales recruiting team, and we use structured criteria for every opening so that candidates are assessed on the same basis. We never use automated tools to make final decisions about applications.

Our recruiting team has reviewed your application in detail. After careful consideration, we have decided to move forward with other candidates whose qualifications more closely align with the needs of this role.

We know this isn't the news you were hoping for, and we genuinely appreciate the time and energy you put into your application.

Cloudberry is proud to be an equal opportunity workplace. We are committed to equal employment opportunity regardless of race, color, ancestry, religion, sex, national origin, sexual orientation, age, citizenship, marital status, disability, gender identity or veteran status. We also consider qualified applicants with criminal histories, consistent with applicable federal, state and local law.

Best of luck in your job search.

The Cloudberry Recruiting Team

---
Sent via Grovehire · Manage your candidate profile · Privacy policy
Cloudberry Inc., 1600 Wynkoop St, Denver, CO 80202`, 'Thank you for your interest in Cloudberry'),

  // ── 44
  rej('final', ['position_filled'], { ...offered, ...door },
    `Dear Siddharth,

First of all, thank you. You have given a great deal of your time to the selection process for the Principal Conductor of the Lakeshore Youth Orchestra - two rounds of interviews, a rehearsal with the full orchestra and a concert programme proposal - and you have done so with warmth and real generosity towards our young musicians. Many of them have told us how much they enjoyed working with you.

As you know, the selection committee included representatives of the board, the artistic team, the parents' association and, for the first time, two of our players. We felt it was important that the young people had a voice, and their views were taken very seriously.

The committee met on Sunday and has now completed its decision. We have offered the position to one of the other finalists, and I am pleased to say she has accepted. This was one of the hardest decisions the committee has had to make, and I want you to know how close it was.

I would be very glad to meet with you, if you would like, to share some of the committee's thoughts on the rehearsal and on your programme proposal. Please just let me know.

We would also very much like to continue working with you. We run guest conducting weekends throughout the year, and we hope to invite you back for one of them next season. Please also keep an eye on our assistant conductor vacancies, which we advertise each spring.

With heartfelt thanks,

Evelyn Marsh
Chair, Selection Committee
Lakeshore Youth Orchestra
Toronto, ON`, 'Principal Conductor - committee decision'),

  // ── 45
  rej('interview', ['generic'], { ...door },
    `Hi Nikolai,

Thanks for coming in to chat with the support team last week. It was great to meet you, and I'm glad you got to see our office on a day when the coffee machine was actually working.

We've had a lot of interest in the Technical Support Engineer role, and we spent a good part of this week talking about the people we'd met. It's always hard, and this time more than usual.

A bit of news from our side, in case it's of interest: we've just rolled out our new status page, and the support team has moved to a follow-the-sun rota with our new colleagues in Melbourne, so nobody has to cover the 3am shift any more. It's made a big difference to morale.

We've decided not to go ahead with your application. I know that's disappointing, especially after you took a morning off to come and see us.

For what it's worth, everyone who came in this round was asked the same questions and did the same short troubleshooting exercise, and we tried hard to keep the conversations relaxed rather than turning them into an exam. We know interviews are stressful enough as it is.

Please don't let this put you off us. We're a growing team, and we will be hiring for more support roles in the coming months. We'd really like to hear from you again - just keep an eye on our jobs page, or drop me a line directly when you see something that interests you.

All the best, and thanks again.

Tilly Harper
Head of Support, Ferncast
Bristol`, 'Technical Support Engineer'),

  // ── 46
  rej('assessment', ['location'], { ...fb },
    `Dear Ms. Odhiambo,

Thank you for completing the written case exercise for the Programme Officer role with the Lakeside Conservation Fund. Our reviewers were very impressed by the quality of your analysis, particularly your proposal for community monitoring on the Mara River, and we are grateful for the effort you put into it.

As you may know, the Lakeside Conservation Fund works with communities and governments across East Africa to protect freshwater ecosystems. This year we have expanded our work into three new river basins, and the Programme Officer will support our partners in Tanzania on a day-to-day basis.

Our recruitment process for this role has three parts: a review of applications, a written case exercise, and a panel interview with our Regional Director and a representative of one of our partner communities. We use the same process for every candidate so that decisions are consistent and fair.

After reviewing your exercise, we looked again at your application form with the recruitment panel. We noted that you indicated you were not able to relocate to Arusha, where this post is based and where the Programme Officer must be present with partners at least four days a week. Unfortunately, as the post cannot be carried out remotely from Nairobi, we will not be able to take your application further.

We appreciate that this may be disappointing after completing the exercise, and we apologise that this issue was not identified sooner in the process.

Thank you again for your interest in the work of the Fund.

Yours sincerely,

Joseph Mwakasege
Operations and HR Manager
Lakeside Conservation Fund
Arusha, Tanzania`, 'Programme Officer - application update'),

  // ── 47
  rej('screen', ['culture_fit'], { ...fb, ...offered },
    `Hi Rebecca,

It was great to talk yesterday - thanks for making time in a busy week, and for being so candid about what you are looking for in your next role.

As I said on the call, Honeycomb Nursery Group is a small family of five nurseries in north Leeds, and the Deputy Manager role at our Chapel Allerton setting is very much a hands-on, in-the-room position. Our managers spend most of the day with the children and the staff, and our whole approach is built around play-based, child-led learning.

We've also just finished a big refurbishment of the garden at Chapel Allerton, with a mud kitchen, a wildlife area and a new covered space for rainy days, and the children have been loving it. It's a lovely time to be part of the team.

After talking it through with Jo, the nursery manager, we have decided not to take your application to the interview stage. From our conversation, it sounded like you prefer a more structured, early-learning-goals-led approach, with planned activities for most of the day, and that you were keen to move away from floor work towards more of an office role. Both are completely valid, but they are quite different from how our settings work, and we don't think you'd be happy with us.

If you'd like to talk about this a bit more, I'd be glad to give you a ring next week - just let me know a good time.

Thanks again, Rebecca, and good luck with everything.

Warm wishes,
Sophie Ng
Recruitment & Training Lead
Honeycomb Nursery Group`, 'Deputy Manager - Chapel Allerton'),

  // ── 48
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Mr. Kowalczyk,

Thank you for your recent application for the position of HGV Class 1 Driver at Redmarsh Haulage. We are pleased that you are interested in joining the Redmarsh family.

Redmarsh Haulage has been operating out of Immingham since 1978, and we now run more than 140 vehicles serving the ports, food manufacturers and retailers of the Humber region. We pride ourselves on modern, well-maintained equipment, fair pay, and a driver-first culture - our drivers are home every night, and our driver retention rate is one of the highest in the industry.

We have reviewed your application carefully. Unfortunately, the position requires a full Category C+E licence, a valid Driver CPC card and an ADR certificate for the transport of dangerous goods, as some of our routes carry chemical loads. Your application shows that you currently hold a Category C licence only and do not yet have ADR certification, so we are unable to progress your application at this time.

We know that many drivers upgrade their licences as their careers progress. If you obtain your C+E and ADR qualifications, we would be very pleased to receive a new application from you, and you are welcome to contact our transport office directly when that happens.

Safety is our first priority. All of our drivers take part in regular refresher training, and our vehicles are fitted with the latest camera and telematics systems. We also support our drivers with paid CPC training each year.

Redmarsh Haulage is an equal opportunities employer and welcomes applications from everyone, including those who are new to the industry.

Yours sincerely,

Karen Lister
HR & Compliance Manager
Redmarsh Haulage Ltd
Queens Road, Immingham DN40 2PN`, 'Your application - HGV Class 1 Driver'),

  // ── 49
  rej('interview', ['internal_candidate'], { ...door },
    `Hi Mariana,

Thank you again for your time last Thursday. Our conversation about customer research in emerging markets has stuck with me, and I've been thinking about your point on diary studies ever since.

I have a bit of news I wanted to share with you in person, but since we're a few time zones apart, an email will have to do. As you know, we opened this UX Researcher role to both internal and external applicants. We've now completed the interviews, and the role has gone to someone who has been on our customer support team for two years and has been moving towards research for a while. She knows our users very well, and it felt like the right step for her and for the team. This means we won't be moving forward with your application.

This has been a big year for Trellis - we launched the new symptom checker in three countries and our user base doubled - and we are very aware that research has to keep up with that growth. That is part of why we cast the net wide when we advertised the role.

I'm sorry, I know you were excited about this role, and so were we after meeting you. I want to be clear that this outcome is not about your interview, which was one of the best we had.

We'll be building out the research team more next year, and I'd genuinely love to talk again then. I've flagged your profile so that I come back to you first when we open a new research role.

Thank you, and take care.

Nadia Petrescu
Head of Design, Trellis Health
(writing from Bucharest)`, 'UX Researcher - an update'),

  // ── 50
  rej('final', ['assessment'], { ...fb },
    `Dear Takeshi,

Thank you for attending the final assessment day for the Management Consultant position at Wrenfield & Co. in our London office last Thursday. We know these days are long and demanding, and we appreciated your energy and professionalism throughout.

The final round at Wrenfield brings together three elements: two interviews with partners, a group exercise, and a case presentation in which candidates analyse a client problem and present their recommendations to a mock client board. Each element is assessed independently by two members of staff, and the results are discussed by the whole assessment panel at the end of the day.

Having considered the results from the day, the panel has decided not to make you an offer. Your partner interviews were strong, but the case presentation fell below the standard we require at this level: your market sizing for the electric ferry case was off by an order of magnitude because the fleet figure was misread, and the recommendation did not address the financing question that the client board had put at the centre of the brief. As the case is the part of the day that most closely reflects the work of our consultants, we weigh it heavily in the final decision.

We are conscious that our process asks a great deal of candidates, and we review it every year with input from our consultants and from candidates themselves. We also offer every finalist the same preparation materials and the same amount of time for each exercise, so that the day is as fair as we can make it.

We recognise the considerable effort you have put into preparing for this process, and we are grateful for your interest in Wrenfield & Co.

Yours sincerely,

Catherine Ashdown
Head of Recruitment
Wrenfield & Co. LLP
One Fenchurch Place, London`, 'Wrenfield & Co. - final round'),

  // ── 51
  rej('application', ['role_closed'], {},
    `Dear Ms. Hallström,

Thank you for your application for the post of Communications Officer at the Nordic Council for Water Research (Ref. NCWR-COM-07).

We were grateful for the large number of applications we received and for the interest shown in our work. The Council supports research cooperation on freshwater management among our member states, and communication with policymakers and the public is at the centre of our new five-year strategy.

We regret to inform you that, following a decision by the Secretariat's budget committee on 28 October, the post of Communications Officer has been cancelled for the current budget period. The recruitment procedure has therefore been discontinued, and no applications for this post will be considered further.

The Secretariat recognises the time and effort that applicants invest in preparing an application for an international organisation, and we regret that this decision was taken after the closing date. The decision reflects a reduction in contributions from member states for the coming period and is not related to the quality of the applications received.

We apologise for any inconvenience this may cause, and we thank you for the time and care you have put into your application.

The Council's staff regulations require that a discontinued procedure is formally closed and that every applicant is informed in writing, which is the purpose of this letter. Applicants who have questions about the procedure itself may contact the Human Resources Unit at the address below.

Personal data submitted in connection with this recruitment will be deleted within six months in accordance with our data protection policy.

Yours sincerely,

Secretariat of the Nordic Council for Water Research
Human Resources Unit
Copenhagen`, 'NCWR-COM-07: discontinuation of recruitment procedure'),

  // ── 52
  rej('interview', ['location'], { ...fb },
    `Hi Daniel,

I wanted to follow up after your interview with our engineering team on Monday. Thanks again for making the time, and for the really thoughtful answers - Priscilla in particular loved your take on incident reviews.

A bit of background on where we are right now: Aurelia Systems has just been awarded a contract with a US federal agency, which is fantastic news for us and will mean a lot of growth in the year ahead. It does, however, come with new rules about who can work on that contract.

As I'm sure you'll understand, we went back to the requirements for the Site Reliability Engineer role after your interview, and I'm afraid we're not able to move forward with your application. Because the role will involve work on systems covered by the federal contract, it is restricted to US citizens who are able to obtain a Public Trust clearance, and you mentioned in the interview that you are a Canadian citizen working here on a TN visa. That was not clear to us when we first invited you to interview, and I apologise that we did not flag the requirement earlier.

We've also taken a hard look at our own process as a result, and from now on every job advert for roles on the federal contract will state the citizenship requirement clearly at the top, so that no one else is put in the position you were.

This is not a reflection of your skills or of your interview, which went very well. I wish we could have found a way to make it work.

All the best,
Marcus Greer
Senior Recruiter, Aurelia Systems
Reston, VA`, 'Following up on your SRE interview'),

  // ── 53
  rej('screen', ['position_filled'], { ...door },
    `Dear Yaw,

Thank you for speaking with me on the phone last Monday about the Facilities Coordinator vacancy at Brookhaven Medical Centre. I very much enjoyed hearing about your work at the leisure centre and the way you handled the refurbishment of the changing rooms on a tight timetable.

I'm writing because, in the time since our conversation, things have moved faster than we expected. We had a number of applicants who had already completed their interviews before you applied, and one of them has now accepted our offer, so the vacancy is filled and we will not be arranging the interview we had discussed. I'm sorry to be writing with this news after such a positive conversation, and for any inconvenience it has caused you.

As a practice, we care a great deal about how we treat the people who apply to us. We know how much effort goes into an application, and how frustrating it is when things change at short notice. I would much rather tell you plainly and promptly than leave you waiting for an interview that will not happen.

Brookhaven Medical Centre is growing steadily, and we will soon need help in our estates team as we move into the new building in Haywards Heath. I would be happy to keep your details on file and let you know as soon as that position opens. You are, of course, also welcome to apply for any other role we advertise.

With best wishes,

Patricia Okafor
Practice Business Manager
Brookhaven Medical Centre`, 'Facilities Coordinator - update'),

  // ── 54
  rej('final', ['generic'], { ...offered },
    `Dear Leonie,

I wanted to write to you personally following your final interview with our Executive Director and two members of the board on Friday. You have been generous with your time throughout this process, and we are very grateful for the thought and care you put into your presentation on the future of our volunteer programme.

The Stonebridge Arts Foundation is going through an exciting period, with the reopening of the Mill Gallery in the spring and a new partnership with the university's School of Art. We knew from the start that the Director of Programmes role would attract a strong field, and that has certainly been the case.

As you know, the Foundation was established in 1962 to support artists and audiences across the Stonebridge valley, and it now runs three venues, a learning programme for schools and an annual festival that welcomes more than 20,000 visitors. The Director of Programmes will lead all of this work, and the board has taken its responsibility in this appointment very seriously.

The panel has met to discuss all three shortlisted candidates. After much deliberation, I am sorry to let you know that we have decided not to offer you the position on this occasion.

We understand that this is disappointing news after reaching the last stage, and we want to thank you again for all you have contributed to the process.

I would be happy to arrange a conversation with our Executive Director if you would like to hear the panel's reflections in more detail. Please do get in touch with me to arrange a time.

Kind regards,

Ruth Pemberton
Board Secretary
Stonebridge Arts Foundation`, 'Director of Programmes'),

  // ── 55
  rej('application', ['salary'], { ...fb, ...door },
    `Hello Amara,

Thank you for your interest in the Office Manager role at Linden & Moss Architects, and for your thoughtful cover letter. It's always a pleasure to hear from someone who actually reads our project pages - your comments about the library in Hebden Bridge made the partners very happy.

We are a practice of fourteen people, working mostly on community and education buildings across West Yorkshire. We are proud of the small, friendly team we have built, and we are careful about how we grow, which is one of the reasons we include a salary range in every advert and ask applicants for their expectations.

Having read your application, we have decided not to invite you for an interview. In your application you mention a minimum salary of £42,000, and the budget for this role is £31,000 to £34,000. We are not in a position to stretch to your expectation, and we would not want you to come in for an interview without knowing that. Your experience running a busy office is clear, and we do not doubt for a moment that the figure you gave is justified.

If your circumstances change, or if we open a more senior operations role in the future - which is something the partners have talked about - we would be very happy to hear from you again. Please don't hesitate to apply.

Thank you again, and all the best with your search.

Kind regards,

Harriet Lowe
Practice Director
Linden & Moss Architects LLP
Halifax`, 'Office Manager - Linden & Moss'),

  // ── 56
  rej('interview', ['overqualified'], { ...fb },
    `Dear Mr. Ibrahim,

Thank you for attending an interview for the post of Assistant Accountant at Carrick & Rowe Builders Merchants on Tuesday 19th. We hope you found the meeting informative, and we are grateful for the interest you have shown in our business.

Carrick & Rowe has served tradespeople in Cumbria for over eighty years, and we now operate seven branches with more than 150 employees. Our small finance team handles everything from sales ledger and credit control to month-end reporting for the directors.

Having considered all the candidates we met, we have decided not to offer you the post. As we discussed at interview, the Assistant Accountant role is mainly transactional, covering purchase ledger, reconciliations and VAT returns, and reports to our Financial Controller. Your background as a chartered accountant and former Finance Director is considerably more senior than the position requires, and the interview panel was concerned that the role would not give you enough scope or challenge in the longer term.

Our finance team is small and close-knit, and we are proud of the way it supports our branch managers and our customers. Over the past year the team has moved to a new accounting system and introduced monthly management accounts for each branch, which has made a real difference to the business.

We want to thank you for your openness during the interview and for the helpful suggestions you made about our month-end process, which our Financial Controller is keen to explore.

We wish you well for the future.

Yours sincerely,

Graham Tyson
Managing Director
Carrick & Rowe Builders Merchants Ltd
Penrith`, 'Assistant Accountant - interview outcome'),

  // ── 57
  rej('assessment', ['skills_gap'], { ...fb, ...offered },
    `Hi Emeka,

Thanks for finishing the technical questionnaire for the Embedded Firmware Engineer role at Quarry Labs. I know it's long, and I appreciated how much detail you put into the answers - it makes our job as reviewers much easier.

Some background on how we use the questionnaire: it's designed to help us understand the depth of a candidate's hands-on experience before we invite them to a technical interview with the firmware team. There are no trick questions; we read the answers as a whole and look for experience with the kinds of things we do every day.

Having read your answers with our firmware lead, we have decided not to invite you to the technical interview. Our products run on bare-metal ARM Cortex-M microcontrollers with tight power budgets, and your answers suggested that your experience so far has been mainly on embedded Linux, with little work on low-power modes, interrupt handling or writing drivers directly against registers. Those are day-one skills for this role. It's not that your answers were poor - they were clear and well reasoned - they just came from a different corner of embedded work.

We'd also like to say that we know questionnaires like this can feel like a test of memory, and we are always trying to improve ours. We've just rewritten three of the questions after comments from candidates, and we're grateful to everyone who takes the time to complete it.

If it would be useful, I'd be happy to set up a short call with our firmware lead to talk about how you might build up that bare-metal experience. Just reply to this email.

All the best,
Suzanne Arcand
Hiring Coordinator, Quarry Labs
Montréal, QC`, 'Quarry Labs - technical questionnaire'),

  // ── 58
  rej('application', ['profile_mismatch', 'location'], { ...fb, ...door },
    `Dear Joaquín,

Thank you for applying for the Sustainability Analyst position at Terranova Agricultural Cooperative. We are always moved by the number of people who want to work on the future of farming, and we read every application ourselves.

Terranova brings together more than 1,800 family farms across Mendoza and San Juan. Over the last three years we have launched a water stewardship programme, certified more than 300 farms as regenerative, and begun to publish an annual sustainability report for our members and buyers. This role is a big part of that work.

After reviewing all the applications we received, we have decided not to move forward with yours. We have chosen to continue with applicants whose profiles are closer to what we need for this role, and the position also requires living in Mendoza and spending several days a week visiting farms, which would not be possible from Buenos Aires as you indicated in your application.

Terranova believes that the future of farming must be fair to the people who work the land and to the land itself. We are committed to equal opportunities and actively encourage applications from women, young people from rural communities and members of indigenous communities.

We know that you have put effort into your application and we are grateful for it. We wish it had been a different outcome.

We would be glad to see your name again when we advertise further roles in our Buenos Aires sales office, which we expect to do next year. You can sign up for updates on our website.

Un saludo cordial,

Equipo de Personas
Terranova Cooperativa Agrícola
Luján de Cuyo, Mendoza`, 'Sustainability Analyst - Terranova'),

  // ── 59
  rej('interview', ['culture_fit'], { ...door },
    `Dear Fatima,

Thank you so much for joining us for the interview on Wednesday. It was a real pleasure to meet you, and we very much enjoyed hearing about your experience in community pharmacy and your work with the diabetes clinic.

As you know, Harlow Pharmacy is an independent, family-run business with four branches in the town. We are proud of the close relationships we have with our patients and with the local GP practices, and over the last year we have added a travel clinic and a minor ailments service, both of which have been very popular.

Our team is small - around thirty people across the four branches - and we work hard to look after each other. Every member of staff has a development plan, and we support our pharmacists with independent prescribing training and protected learning time each month.

The interview panel met on Thursday morning. After a good deal of discussion, we have decided not to offer you the position of Pharmacy Manager at our High Street branch. The panel felt that another candidate would be a better fit with our team and with the values that sit behind the way we run our pharmacies.

We realise that this will be disappointing and we want to thank you for your time and for the preparation you put into the interview.

We are planning to open a fifth branch next year, and we would be delighted if you would consider applying for roles there when they are advertised. We will keep your details on file, with your permission, so that we can let you know.

With best wishes,

Sarah and Tom Harlow
Directors, Harlow Pharmacy Ltd`, 'Pharmacy Manager - High Street'),

  // ── 60
  rej('final', ['profile_mismatch'], {},
    `Dear Eitan,

I'd like to thank you once again for coming to our Tel Aviv office for the final round of interviews for the VP Engineering position. You met with seven members of our team over the course of the day, and every one of them commented on how much they enjoyed the conversation. I know that it was an intense day, and we are grateful for your stamina and good humour.

As you know, Orchid Security has grown from 30 to 110 people over the past eighteen months, and we are about to open an R&D centre in Haifa. The VP Engineering will lead both sites and will be central to our product roadmap for the next several years. For that reason, the leadership team took its time and discussed each finalist at length.

After careful consideration, the team has concluded that another candidate's background is a better match for the specific needs of the role at this stage of our growth. We will therefore not be moving forward with your candidacy.

We want to thank you in particular for the architecture discussion with our CTO, which she described as one of the most stimulating conversations she has had in the whole process. We also appreciated the care with which you asked about our on-call practices and the well-being of the team.

Please know that this was a very difficult decision, and that you made a strong impression throughout the process.

Thank you again for your interest in Orchid Security and for the time you have invested. We wish you much success.

Best regards,

Noa Ben-David
Chief People Officer
Orchid Security Ltd.`, 'VP Engineering - Orchid Security'),

  // ── 61
  rej('interview', ['role_closed'], { ...offered },
    `Hi Teodora,

Thanks again for the interview with Pieter and me a couple of weeks ago. We both really liked your approach to planning community events, and Pieter has already borrowed your idea about a neighbourhood tool library for our spring newsletter.

I'm sorry it's taken me this long to write. There has been a lot going on behind the scenes. The municipality informed us at the end of last month that our grant for the coming year will be cut by almost 40 per cent, and our board has had to make some very difficult decisions about where to focus. One of those decisions is that we will not be creating the Community Organiser post after all, and the recruitment for it has stopped, so we won't be able to offer you the role.

The board has chosen to protect our existing activities - the homework club, the food bank and the senior lunches - because so many families depend on them, and I think that was the right choice, even if it hurts. We're also starting a conversation with two neighbouring community centres about sharing some staff in future.

I know this is disappointing, and I'm truly sorry - it's not the outcome any of us wanted, and it has nothing to do with your interview.

If you'd find it helpful to get some thoughts from our side on the interview itself for future applications, I'd be very happy to have a short call. Just reply and let me know.

Met hartelijke groet,
Lotte Verhoeven
Coordinator, Buurthuis De Linde
Rotterdam-Noord`, 'Community Organiser'),

  // ── 62
  rej('application', ['internal_candidate'], { ...door },
    `Dear Sinéad,

Thank you for your application for the role of Events Executive at the Galway Chamber of Commerce. We were delighted with the response to the advertisement and grateful for the time you took to tell us about your experience with conferences and trade shows.

The Chamber represents more than 400 businesses across the county, and our events programme - from the Business Awards to our monthly networking breakfasts - is one of the main ways we support our members. It has been a record year for us, with more than 3,000 people attending our events.

The Events Executive supports the full events programme, from sourcing venues and managing suppliers to looking after our speakers and sponsors on the day. It is a busy, varied role in a small and friendly team of seven, based in our office on Dock Road.

We have now completed the selection process for this role. Following our review, the position has been offered to a member of our existing team, who has worked on our events programme on a part-time basis for the past two years. As a result, we will not be progressing your application.

Please don't be discouraged. We are always keen to hear from talented people, and your application will be kept on file for twelve months. We would encourage you to apply for future positions with the Chamber, which are advertised on our website.

Thank you again for your interest.

Le dea-mhéin,

Clodagh Fahy
Office Manager
Galway Chamber of Commerce`, 'Events Executive - Galway Chamber'),

  // ── Paused processes
  hold('interview', ['role_closed'], {},
    `Dear Pavel,

Thank you again for the interview with our Head of Quality and me on the 21st. We very much enjoyed the conversation, and I know that the panel came away with a strong impression of your experience in supplier audits.

I am writing with an update that I am sorry to have to give. Last week our parent company announced a temporary freeze on all external recruitment across its European sites while it completes its budget planning for the next financial year. Unfortunately, the Supplier Quality Engineer role is included in this freeze, and we are therefore not able to make any decisions on the position at the moment.

I want to be clear that your application has not been rejected. The process is simply paused, and we hope to be able to resume it in late January, once the budget has been confirmed. At that point I will contact you to let you know whether the role can go ahead and to arrange the next steps.

We regret the uncertainty this creates, and we understand completely if your own plans change in the meantime; if so, please let me know.

With kind regards,

Martina Kovářová
HR Business Partner
Brandt Automotive Components s.r.o.
Mladá Boleslav`, 'Supplier Quality Engineer - status of your application'),

  hold('application', ['generic'], {},
    `Hi Sofia,

Thank you for applying for the Junior Account Manager role at Lumen PR. We are sorry that you have not heard from us yet - we were overwhelmed by the response to this advert, with more than 600 applications in the first week, and our small team is still working through them.

Unfortunately this means that our timeline has slipped by around three weeks. We are still reviewing applications, including yours, and we now expect to contact shortlisted candidates by the end of the month.

We really appreciate your patience, and we are sorry for the delay.

Best wishes,
The Lumen PR team`, 'Your application - an update on timing'),

  hold('final', ['generic'], {},
    `Dear Oluwaseun,

I hope you're keeping well. I wanted to let you know where we are with the Country Director role, as I promised you an update by last Friday and I'm conscious that I've missed that date - please accept my apologies.

Following the final interviews, the panel's recommendation needs to be approved by our Global CEO, who is currently travelling in the region and has been harder to reach than we anticipated. I'm afraid this means that we won't be able to confirm a decision for at least another two weeks.

No decision has been made yet, and you remain very much in consideration. I'll be in touch as soon as I hear anything, and please don't hesitate to contact me in the meantime.

With warm regards,

Gillian Mbatha
Global Talent Lead
Hopewell International`, 'Country Director - timing'),

  hold('assessment', ['role_closed'], {},
    `Dear Mr. Lindqvist,

Thank you for completing the case study for the Business Analyst position at Norrland Kraft AB. Our team has received your submission and we appreciate the effort you put into it.

We regret to inform you that, due to an ongoing organisational review within our IT department, the recruitment process for this position has been put on hold with immediate effect. During the review, which is expected to last approximately six to eight weeks, we will not be evaluating case studies or scheduling interviews for any of the affected positions.

Please be assured that your application remains active, and that your case study will be assessed once the process resumes. We will contact you as soon as we have more information.

We apologise for the inconvenience and thank you for your understanding.

Med vänliga hälsningar,
Rekrytering
Norrland Kraft AB`, 'Business Analyst - recruitment paused'),

  hold('screen', ['generic'], {},
    `Hey Leon,

Just a quick note from me - I'm really sorry I went quiet after our call. I had a family emergency and have been out of the office for the last ten days, and I didn't want you to think we'd forgotten about you.

I'm catching up now, and I'll be sharing my notes from our conversation with the hiring manager this week. Realistically that pushes the next steps back by a week or two, but you're still in the running, and I'll be in touch as soon as I have an update.

Thanks for being patient with me!

Amy
Talent Partner, Sproutly`, 'Sorry for the silence'),

  hold('interview', ['role_closed'], {},
    `Dear Dr. Mensah,

Thank you for meeting with the interview panel on 9 September for the Postdoctoral Research Fellow position in the Centre for Tropical Disease Modelling. We enjoyed learning about your thesis work and your plans for the transmission model.

I regret to inform you that we are unable to make an appointment at this time. The position is funded by a grant renewal that we expected to be confirmed at the end of September; however, the funder has delayed its decision until its January board meeting. Until the funding is confirmed, the University does not allow us to issue contracts.

We very much hope to be able to make a decision as soon as the funding is confirmed, and we would like to keep your application under consideration until then. If you receive another offer in the meantime, we would be grateful if you could let us know.

I am sorry for this delay, which is outside our control.

Yours sincerely,

Professor Helen Achterberg
Principal Investigator
Centre for Tropical Disease Modelling`, 'Postdoctoral Research Fellow - delay'),

  hold('final', ['role_closed'], {},
    `Hi Ayesha,

I wanted to give you a candid update after your final round with our founders last Thursday, because you've been so generous with your time.

As of this morning, I can share that Plinth has signed an agreement to be acquired by a larger company. I can't say much more until the public announcement next week, but the important part for you is this: until the deal closes, all hiring decisions - including for the Head of Partnerships role - are on pause. Our founders really did want to make a decision this week, and this was outside their hands.

You have not been turned down, and you're still one of our two finalists. We hope to be able to pick things back up within about a month, and I'll keep you posted the moment I know more. If that timing doesn't work for you, I completely understand - just let me know.

Thanks for your patience,
Jamal Reyes
Head of Talent, Plinth`, 'Head of Partnerships - a pause'),

  hold('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for your application for the role of Planning Officer (Ref. PL-3319) with Westbury District Council.

Unfortunately, due to the Council's ongoing budget consultation, recruitment to a number of vacant posts, including this one, has been temporarily suspended until the budget for 2025/26 has been set by Full Council in February.

Your application has been received and will be retained. If the post is approved for recruitment, shortlisting will take place in March and we will contact you at that point. No further action is needed from you.

We apologise for any inconvenience.

Human Resources
Westbury District Council

This is an automated message - please do not reply.`, 'PL-3319 Planning Officer - recruitment suspended'),

  hold('interview', ['generic'], {},
    `Dear Ms. Dubois,

Thank you for your patience since your first interview with us for the Bilingual Customer Experience Lead role.

Regrettably, the hiring manager for this position has been on unexpected medical leave for the past few weeks, and we have had to postpone the second round of interviews. We know it is frustrating to wait, and we are sorry that we have not been able to give you a firm date yet.

Your application remains active and you are still being considered for the second round. We expect to be able to schedule those interviews in the first half of next month, and we will be in touch then.

Kind regards,
Talent Acquisition
Maple & Birch Insurance, Montréal`, 'Bilingual Customer Experience Lead - update'),

  hold('assessment', ['generic'], {},
    `Hi Tunde,

Thank you for submitting your coding assignment for the Mobile Developer role. We're writing to apologise for the delay in getting back to you: two of our reviewers are away at a conference this week, and we're behind on reviews.

No decision has been made on your submission yet. We expect to complete the reviews by next Friday and will let you know the outcome straight after.

Thanks for bearing with us,
Recruiting @ Kaleido Apps
Lagos · Remote`, 'Your coding assignment'),

  // ── Look-alikes: the same careful words, nothing declined
  other(`Dear Ms. Hartmann,

Unfortunately, due to an unforeseen clash in the panel's diaries, we have had to move your interview for the Senior Tax Manager role, which was scheduled for Thursday 14 November at 10:00.

We regret any inconvenience this may cause. We would like to offer you the following alternative slots:

- Friday 15 November at 14:00
- Monday 18 November at 09:30
- Tuesday 19 November at 11:00

Please reply to this email with your preferred time, and we will send you an updated calendar invitation. The interview will still take place at our Frankfurt office, Mainzer Landstraße 46, and will last around 60 minutes.

With kind regards,
Recruiting Team
Kessler & Vogt Steuerberatung`, 'Change to your interview time'),

  other(`Hi Marcus,

We regret the delay in getting back to you after your application for the Warehouse Team Leader role - our recruitment team has been short-staffed and it has taken us longer than it should have.

The good news is that we would like to invite you to a telephone interview with our Site Manager, Liz Carter. Please use the link below to choose a time that suits you this week or next.

Book your call: https://calendly.example/arden-logistics/team-leader

Thanks again for your patience, and we look forward to speaking with you.

Kind regards,
Arden Logistics Recruitment`, 'Sorry for the wait - next steps'),

  other(`Hello Yuki,

Sadly the link we sent you for the online assessment has expired - our links are only valid for 72 hours, and we realise we sent yours on a Friday afternoon, which wasn't very helpful of us.

Here is a new one, which is valid until 23:59 (GMT) on Sunday 24 November:

https://assess.example.com/t/8F2K-QX91

The assessment takes about 40 minutes and you will need a quiet space and a stable internet connection. If you have any trouble with it, just reply to this email.

Good luck!
Graduate Recruitment, Bellweather Insurance`, 'New link for your online assessment'),

  other(`Dear Gabriel,

Thank you for your email asking about feedback on your interview for the Policy Advisor role.

We are not able to offer feedback at this stage of the process, as interviews with other candidates are still ongoing and the panel has not yet made its decisions. We aim to contact all candidates with an outcome by Friday 6 December. Once a decision has been made, you are welcome to ask for feedback again and we will be happy to provide it.

Thank you for your understanding.

Best regards,
Recruitment Team
Institute for Fiscal Reform`, 'RE: Policy Advisor interview - feedback?'),

  other(`Dear Sir/Madam,

Thank you for your email and for your interest in working at Thornfield Garden Centres.

Unfortunately, we are unable to accept applications by email. To be considered for the Sales Assistant role (or any of our current vacancies), please apply through our careers portal at thornfield-garden.example/careers, where you will be asked to upload your CV and answer a few short questions.

We are sorry for the inconvenience - our portal helps us make sure that every application is handled in the same way and that your data is stored securely.

Kind regards,
Thornfield Recruitment`, 'RE: CV - Sales Assistant'),

  other(`Hi team,

Great news - the referral you made for the Staff Accountant role has been hired! Unfortunately we're not able to pay referral bonuses through the March payroll because the hire's start date falls after the cut-off, so your £1,500 bonus will be paid in April instead, once your referral has completed 30 days with us.

If you have any questions about the referral programme, just reply to this message.

Thanks for helping us grow the team,
People Team, Oakhurst Group`, 'Your referral bonus'),

  other(`Dear Noor,

Thank you for starting your application for the Graduate Engineer programme at Sefton Rail.

We're writing to let you know that your application is incomplete. Unfortunately we are unable to review applications that do not include all of the required documents, and we noticed that your academic transcript has not been uploaded. Please log in to your candidate account and upload it before the closing date, Sunday 1 December at 23:59.

Once your application is complete, it will be reviewed by our Early Careers team.

Kind regards,
Early Careers Team, Sefton Rail`, 'Action needed: your application is incomplete'),

  other(`Dear Hyun-woo,

We wanted to let you know that, regrettably, we have not yet been able to find the right person for the Lead Mechanical Engineer role, and the position will be re-advertised on our website and on LinkedIn from Monday.

Please don't be alarmed if you see the advert again - this does not affect your application. You are still being considered, and we still intend to invite you to a second interview. We are simply widening the search so that the panel can see a few more candidates before making its decision.

We will contact you next week with possible dates for the second interview.

Kind regards,
Orrin Marine Engineering
HR Department`, 'Lead Mechanical Engineer - re-advertisement'),

  other(`Hi Francesca,

Thank you for your patience throughout the process. I'm pleased to let you know that, following your interview with the hiring team, you have been moved to the next stage for the Operations Analyst role!

The next stage is a 90-minute case interview with two members of the operations team. Our scheduling coordinator, Brendan, will be in touch in the next few days to find a time that suits you.

Congratulations, and good luck!
Recruiting @ Tallis Freight`, 'Next steps - Operations Analyst'),

  other(`Welcome to the Verdant Energy Talent Community!

Hi Ibrahim,

Thank you for joining our talent community. While there may not be a role that matches your interests right now, being part of the community means you'll be among the first to hear about new opportunities at Verdant Energy, and you'll receive occasional updates on our projects, our people and our events.

You can update your preferences or unsubscribe at any time from your profile page.

We're glad you're here.

The Verdant Energy Talent Team`, 'Welcome to the Verdant Energy Talent Community'),

  other(`Dear Catriona,

Thank you for your application for the role of Senior Archivist at the Highland Heritage Trust.

We regret that we are unable to respond to each application individually until the closing date has passed. However, we can confirm that your application has been received and will be considered by the shortlisting panel, which meets on 12 December. Shortlisted candidates will be contacted by 16 December.

Thank you for your interest in the Trust.

Yours sincerely,
Highland Heritage Trust`, 'Application received - Senior Archivist'),

  other(`Hi Dmitri,

Unfortunately our video interview platform had an outage yesterday afternoon, which affected your recorded interview for the Customer Support Specialist role. We're very sorry about this - it was entirely on our side.

We've reset your interview so you can record it again from scratch. You can use the same link as before, and it will be open until Friday at 18:00.

Thanks for your patience, and apologies again.

The HireLoop team, on behalf of Nimbus Telecom`, 'Please re-record your video interview'),

  other(`Dear Aiko,

I am sorry to say that I have some disappointing news about the travel arrangements for your final interview on the 28th: unfortunately our travel team is not able to book the 07:05 train you asked for, as it is fully booked. We have instead reserved a seat for you on the 06:40 from Leeds, arriving at London King's Cross at 08:55. Your ticket is attached.

Everything else about the day is unchanged. You will meet with our Chief Operating Officer at 10:00, followed by lunch with the team.

We look forward to seeing you.

Warm regards,
Imogen Fraser
Executive Assistant to the COO
Castlegate Partners`, 'Final interview - travel'),

  other(`Hi Ravi,

Thank you for letting us know that you have decided to withdraw your application for the Site Engineer role. We're sorry to see you go, but we completely understand, and we wish you the very best with your new position.

We have closed your application and will not contact you about this role again.

All the best,
Recruitment Team, Bramhall Construction`, 'Application withdrawn'),

  other(`Dear Ewa,

We regret to inform you that we have been unable to reach your referees using the contact details provided. Could you please check the email address for your second referee, Mr. Tomasz Zieliński? Our message to him was returned as undeliverable.

Once we have the correct details, we will complete the reference checks and move on with your offer paperwork.

Many thanks,
HR Team, Baltic Seafoods Ltd`, 'References - contact details needed'),

  other(`Hi Grace,

Thanks for your application to the Head of Content role at Sunday Studio! We've received it and a member of our team will review it within the next ten working days.

We know that waiting can be frustrating, and we're sorry we can't reply faster - we're a small team and we read every application ourselves.

In the meantime, feel free to check out our blog to get to know us a bit better.

Thanks again,
Sunday Studio`, 'We got your application!'),

  other(`Dear Mr. Achebe,

Thank you for the time you have dedicated to our recruitment process for the position of Regional Finance Controller, and for your patience as we worked through what has been a lengthy and detailed selection.

I know that the last few weeks have involved a lot of waiting, and I want to begin by apologising for that. Since your second interview, our business has been through a busy period: we completed the integration of the Ivory Coast operations, welcomed a new Group CFO, and held our annual strategy retreat in Accra, all of which made it hard to bring the panel together as quickly as we would have liked.

We are aware that candidates often expect the worst when a process takes this long, and I wanted to make sure you did not draw the wrong conclusion. The panel met on Monday, and I am delighted to tell you that we would like to offer you the position of Regional Finance Controller, based in our Lagos office and reporting to the Group CFO. A formal offer letter setting out the salary, benefits and start date is attached, and our HR Director will call you tomorrow to talk you through it.

The offer is conditional on satisfactory references and the verification of your professional qualifications, as is standard for all senior appointments.

Once again, please accept our apologies for the delay, and our congratulations. We very much look forward to welcoming you to the team.

Yours sincerely,

Adaeze Nwosu
Head of Talent Acquisition
Sahel Agro Holdings Ltd
Victoria Island, Lagos`, 'Regional Finance Controller - offer'),

  other(`Dear Candidate,

Thank you for your interest in opportunities at Marlowe Insurance Group.

We are writing to let you know about a change to the way we handle candidate data. Unfortunately, from 1 January our previous recruitment system will no longer be available, and all candidate profiles will be moved to our new careers platform. Your existing applications, including any that are still being reviewed, will be transferred automatically, and their status will not change.

You will receive a separate email in the next few days inviting you to set a new password. If you do not wish your data to be transferred, please reply to this email before 15 December and we will delete your profile.

We apologise for any inconvenience.

Kind regards,
Marlowe Insurance Group - Talent Acquisition`, 'Important: changes to your candidate account'),

  other(`Hi Saoirse,

Thanks so much for your interview with us on Tuesday. It was great to meet you, and the team really enjoyed the conversation.

We're not able to share an outcome just yet, as we're still meeting a few more candidates this week, but I wanted to drop you a line so you weren't left wondering. We expect to have news for everyone by the middle of next week.

Thanks again,
Eoin
Hiring Manager, Brightwater Credit Union`, 'Thanks for Tuesday'),

  other(`Dear Kenji,

We are sorry to hear that you are unwell, and thank you for letting us know in good time. Of course we are happy to postpone your interview for the Laboratory Technician role.

Unfortunately the panel is not available again until the week of 9 December. Would Tuesday 10 December at 14:00 work for you? If not, please suggest another day that week and we will do our best to accommodate it.

We hope you feel better soon.

Best wishes,
Recruitment Team
Hallam Life Sciences`, 'RE: Interview on Thursday - unwell'),

  other(`Dear Tamsin,

Many thanks for your application for the Marketing Executive position at Pennard Distillery. We have received it and it is now with the hiring team.

Regrettably, due to the volume of applications we receive, we are only able to contact candidates who are shortlisted for interview. We aim to complete shortlisting by 20 December.

Kind regards,
Pennard Distillery`, 'Your application has been received'),

  other(`Hi Joel,

Thanks for applying to the Backend Engineer role at Skylark. Sadly, our careers page had a bug last week that stripped attachments from some applications, and yours was one of them - so we've received your details but not your CV.

Could you reply to this email with your CV attached? Nothing else needs to change, and your application will be reviewed as normal as soon as we have it. Sorry for the hassle!

Cheers,
Skylark Recruiting`, 'Missing CV - can you resend?'),

  other(`Dear Ms. Bergstrom,

Following your interview on 5 December, we are pleased to let you know that the panel would like you to take part in the final stage of the selection process for the Head of Procurement position.

We regret that the final stage will take place on a Saturday morning (14 December, 09:00 - 12:30), as this is the only time the Board members on the panel are all available. We appreciate that this may be inconvenient, and we will reimburse any reasonable childcare or travel costs.

The final stage will consist of a 20-minute presentation on the topic enclosed, followed by a panel interview.

Please confirm your attendance by replying to this email.

Yours sincerely,
Recruitment Office
Highgate Housing Association`, 'Invitation to final stage - Head of Procurement'),

  other(`Hello Rajesh,

This is an automatic reminder that your online assessment for the Data Engineer position at Ostara Bank has not yet been completed. Please note that, unfortunately, we cannot extend the deadline, which is Wednesday 27 November at 23:59 CET.

Start your assessment: https://assessments.example/ostara/DE-4471

If you are experiencing technical issues, please contact support@assessments.example.

Ostara Bank Talent Acquisition
Please do not reply to this message.`, 'Reminder: complete your assessment'),

  other(`Dear Lindiwe,

We regret to inform you that the office address for your interview has changed. Unfortunately, our Sandton office is closed for refurbishment this week, so your interview on Wednesday at 11:00 will take place at our Rosebank office instead:

Oxford Parks, 199 Oxford Road, Rosebank, Johannesburg (4th floor, ask for Thabo at reception).

The time and the interview panel remain the same. Parking is available in the basement - please give your name at the gate.

We apologise for any inconvenience and look forward to meeting you.

Kind regards,
Thabo Mokoena
Recruitment Coordinator, Karoo Capital`, 'Change of interview venue'),

  other(`Hi Olivia,

Thank you for reaching out to ask for feedback on your interview for the Events Coordinator role. We've received your request and passed it to the hiring manager, Paula.

Paula is out of the office until Monday, but she has asked me to book a 20-minute call with you next week so that she can go through her notes with you. Does Tuesday at 16:00 or Wednesday at 10:30 suit?

Best,
Jade
People Team, Lantern Events`, 'RE: Feedback request'),

  other(`Hi Alexandre,

Unfortunately, we noticed that you have submitted two applications for the Product Analyst role - one through LinkedIn and one through our careers site. To avoid confusion, we have merged them into a single application using the CV from your most recent submission.

There is nothing else you need to do. Your application is still being reviewed, and we will be in touch once we have completed the first round of screening.

Best regards,
Talent Team, Vireo Payments`, 'Duplicate application'),

  other(`Dear Hannah,

We are delighted to let you know that you have been shortlisted for the post of Deputy Headteacher at St Columba's Primary School.

Regrettably, the interview day will need to be held on 10 January rather than 8 January as originally advertised, because of a change to the Governors' calendar. The day will include a lesson observation, a student council panel, an in-tray exercise and an interview with the governors.

Please confirm whether you are still able to attend, and let us know of any reasonable adjustments you may need.

Yours sincerely,
Mrs. Bernadette Quinn
Chair of Governors`, 'Deputy Headteacher - shortlisting'),

  other(`Dear Applicant,

We are sorry to inform you that our careers site will be unavailable from 22:00 on Saturday 30 November until 06:00 on Sunday 1 December for planned maintenance.

During this time you will not be able to log in, start a new application or check the status of an existing one. Any applications you have already submitted are not affected.

We apologise for any inconvenience.

Larchfield Healthcare - Careers`, 'Planned maintenance - careers site'),

  other(`Hi Mei,

I'm sorry we haven't been able to get the offer paperwork to you as quickly as we promised on Friday - our legal team needed an extra day to review the relocation clause.

The contract is now attached, along with the relocation policy and the benefits guide. Nothing has changed from what we discussed on the phone: the base salary, the signing bonus and the start date of 3 February are all as agreed.

Please review and sign by next Wednesday, and let me know if you have any questions.

Congratulations again - we're so excited to have you joining us in Singapore!

Warmly,
Elaine Tan
Talent Acquisition, Meridian Pay`, 'Your offer - contract attached'),

  other(`Dear Mr. Oyelaran,

We regret to inform you that, due to a technical error, the interview invitation you received yesterday showed an incorrect time. Your interview for the Compliance Officer role is at 15:00 WAT, not 13:00 as stated.

Please accept our apologies for the confusion. All other details are correct.

Kind regards,
HR, Crescent Trust Bank`, 'Correction: interview time'),

  other(`Hi there,

Thanks for applying for the Community Manager role at Papertrail! We're genuinely excited about the response we've had - over 300 of you applied in the first 48 hours.

We're aware that many companies leave candidates hanging, and we don't want to be one of them. So here's our promise: every applicant will hear back from us, one way or another, by 13 December. We're reading every application by hand, so it might take a little while.

Thanks for your patience, and for wanting to be part of what we're building.

The Papertrail team`, 'Thanks for applying - what happens next'),

  other(`Dear Kamal,

Thank you for your interest in the Senior Electrical Engineer position at Fairhaven Power. We wanted to let you know that we have closed applications for this role, as we have received a large number of strong applications.

This does not affect your application, which was submitted before the closing date and will be reviewed in full. We will contact you about the outcome of the shortlisting by the end of next week.

Regards,
Recruitment Team, Fairhaven Power`, 'Senior Electrical Engineer - applications closed'),

  other(`Dear Priscila,

Unfortunately, we were unable to complete your background check because the consent form you signed was missing a page. We have attached a new copy of the form; please sign all three pages and return it to us by Friday so that we can continue with your onboarding.

Your start date of 6 January is not affected as long as we receive the form this week.

Welcome aboard, and thank you!

Onboarding Team
Cordova Health Systems`, 'Background check - form needed'),

  other(`Dear Stefan,

As you know, we had hoped to give you a decision by the end of this week. Unfortunately we still need one more conversation before we can do that: the Chief Technology Officer, who could not attend your panel interview, would like to meet you for a 30-minute video call.

Please let us know whether Monday 16 or Tuesday 17 December works for you, and at what time. We apologise for adding an extra step and appreciate your flexibility.

Best regards,
Talent Acquisition, Orbis Navigation`, 'One more conversation'),

  other(`Hi Aleyna,

Thanks for your message. I'm afraid we're not able to tell you how many other people applied for the role or where you rank - we keep that confidential for everyone.

What I can say is that your application is with the hiring manager now, and we expect to decide on interviews by the end of next week. I'll email you either way.

Thanks,
Charlotte, Talent Team at Fernbrook`, 'RE: Question about my application'),

  other(`Dear Colleague,

We are sorry to say goodbye to the recruitment newsletter in its current form! From January, our monthly jobs update will become a weekly digest, featuring new vacancies, stories from our teams and tips on applying.

This week's highlights:
- Nurse Practitioner, Urgent Care (Bolton)
- Healthcare Assistant, Night Shift (Wigan)
- Practice Manager (Salford)

To see all current vacancies, visit our careers site. You are receiving this email because you subscribed to job alerts from Pennine Primary Care.

Unsubscribe | Manage preferences`, 'This week at Pennine Primary Care'),

  other(`Hi Bartek,

Thank you for your patience. I'm sorry I wasn't able to call you on Friday as promised - the day got away from me.

I can now confirm that the client would like to invite you to a second interview for the DevOps Lead role, this time with their CTO and Head of Infrastructure, in their Kraków office. They have suggested Thursday 12 December at 10:00. Could you let me know if that works?

Speak soon,
Agnieszka Wróbel
Senior Recruiter, TechBridge Talent`, 'Second interview - DevOps Lead'),

  other(`Dear Ngozi,

Thank you for accepting our offer for the role of Senior Nurse, Cardiology. We are delighted that you will be joining us.

Unfortunately, your occupational health appointment has had to be moved from 3 December to 5 December at 10:30, because of staff sickness in the occupational health team. We apologise for the change. The appointment will take place at the Occupational Health Department, Level 2, Blackmoor Wing.

If the new time is not suitable, please call us on 0113 000 2299.

Kind regards,
Recruitment Services
Airedale & Wharfe Hospitals`, 'Occupational health appointment - new date'),

  other(`Hi Lorenzo,

Just a quick heads-up: sadly our office will be closed from 23 December to 2 January, so you may not hear from us during that time. We haven't forgotten about you! Your application for the Junior Designer role is still with the team, and we'll be in touch in the week of 6 January as planned.

Happy holidays,
Ottoline Studio`, 'Holiday closure'),

  other(`Dear Anneliese,

Thank you for the time and effort you have put into your application for the position of Head of Clinical Governance at Riverside Community Health, and for your patience while we worked through what has been one of our largest recruitment campaigns.

Riverside has had an eventful year. We opened two new urgent treatment centres, took over the running of the community dental service, and welcomed nearly 400 new colleagues. We are also in the middle of a major programme to improve how we learn from patient safety incidents, and the Head of Clinical Governance will play a central role in it.

We received over 90 applications for this role, many of them from people with outstanding experience, and the shortlisting panel spent two full days reviewing them against the person specification. We know that the wait has been longer than we said it would be, and we apologise for that.

I am very pleased to tell you that you have been shortlisted, and we would like to invite you to interview. The interview will take place on Tuesday 14 January at our Trust headquarters and will include a 15-minute presentation on the following topic: "How would you build a just culture around patient safety in a community trust?" followed by a panel interview of around 45 minutes.

Riverside is committed to being an inclusive employer. If you need any adjustments to the interview process, please let us know and we will be happy to help. We guarantee an interview to disabled candidates who meet the essential criteria, and we are proud of our staff networks for LGBTQ+, disabled and Black, Asian and minority ethnic colleagues.

Please confirm your attendance by replying to this email by Friday 20 December.

With best wishes,

Recruitment Team
Riverside Community Health NHS Trust`, 'Invitation to interview - Head of Clinical Governance'),

  other(`Hi Wanjiru,

Welcome to the Amber & Finch Alumni and Talent Network!

We're sorry we didn't have the right role for you when you last applied - but the good news is that as a member of our network, you'll now be the first to hear about new openings, get invites to our quarterly open evenings, and receive our newsletter with stories from our studios in Nairobi, Kampala and Kigali.

A few things to know:
- You can update your interests and location at any time from your profile.
- We'll never share your details with third parties.
- You can leave the network whenever you like using the link at the bottom of every email.

We're really glad to have you with us.

Karibu sana,
The Amber & Finch Talent Team`, 'Karibu! Welcome to the Amber & Finch network'),

  other(`Dear Patrick,

Thank you for completing the video interview for the Retail Banking Advisor role. We regret that it has taken longer than usual to review the recordings - we had a very high number of candidates this month.

Your interview has now been reviewed, and we would like to invite you to our assessment centre in Cork on Thursday 12 December. The day will run from 09:30 to 15:00 and will include a group exercise, a role-play with a customer and a short interview.

Please book your place using the link below by Monday.

https://events.example/abbeybank/ac-cork-1212

Kind regards,
Abbey Bank Early Careers`, 'Your video interview - next step'),

  other(`Dear Olumide,

Unfortunately, we were unable to connect with you for your scheduled phone screen today at 14:00. We tried your number twice and left a voicemail.

We understand that things come up, so we would be happy to reschedule. Please choose a new time using the link below, or reply to this email with a few times that work for you.

https://calendar.example/harbourstone/screen

Best regards,
Recruiting Team, Harbourstone Engineering`, 'We missed you today'),

  other(`Hello Clara,

I'm sorry to disappoint you, but I am not able to tell you the salary range for the Grants Manager role before the first interview - our board has asked us to share it with all candidates at the same time, at the start of the interview stage.

What I can tell you is that your application has been shortlisted, and we will be sending out interview invitations on Monday. You will receive the full details of the salary and benefits with that invitation.

Best wishes,
Julia Harrow
Operations Manager, Fennel Foundation`, 'RE: Grants Manager - salary question'),

  other(`Hi Kwame,

Thanks so much for your message - and congratulations on the new role! It's a shame we won't get to work together, but I completely understand, and honestly it sounds like a brilliant opportunity.

I've withdrawn you from our process for the Solutions Architect position, so you won't get any more emails about it from our system. If anything changes in the future, my door is always open.

All the best,
Heidi
Talent Partner, Cobalt Cloud`, 'RE: Withdrawing my application'),

  other(`Dear Ms. Naidoo,

I am writing to apologise. In our email of 2 December, we wrote to you in error informing you that your application for the Senior Legal Counsel role had been unsuccessful. This message was sent by mistake because of a fault in our recruitment system, which affected a number of candidates.

Your application has not been rejected. It is still under review by the General Counsel, and you remain in consideration for the role. We expect to contact shortlisted candidates about interviews before 18 December.

We are very sorry for any distress or confusion that this error may have caused.

Yours sincerely,
Marcus Delaney
Head of Talent Acquisition
Pinnacle Mining Group`, 'Correction regarding your application'),

  other(`Hi Sven,

We hope you are well! Now that your interview process with us has ended, we'd love to hear about your experience as a candidate. The survey takes about three minutes and is completely anonymous.

https://survey.example/klarwerk/candidate

Unfortunately we can't respond to individual comments, but every response is read by our People team and helps us improve our hiring.

Thank you,
Klarwerk People Team`, 'How did we do?'),

  other(`Dear Mohammed,

Thank you for your application for the role of Trainee Quantity Surveyor.

Regrettably, our online application form does not allow us to consider your request for a part-time arrangement at this stage. Please don't worry - this does not affect your application, and you can discuss working patterns with the hiring manager if you are invited to interview. We are happy to talk about flexible working for all of our roles.

Your application is currently being reviewed, and we aim to contact all applicants by 20 December.

Kind regards,
Recruitment, Bellamy Cost Consultants`, 'Your application - flexible working'),

  other(`Hey Imani,

Bad news and good news. The bad news: unfortunately Sarah, who was going to interview you tomorrow, has come down with flu. The good news: Marcus from the same team is going to step in, so your interview can still go ahead as planned at 11:00.

The Zoom link stays the same. Good luck!

Tasha
Recruiting Coordinator, Gridlock Games`, 'Tomorrow - small change'),

  other(`Dear Candidate,

Thank you for your interest in Halden Consulting. We are writing to everyone who has applied to our Analyst programme this autumn.

We understand that many of you are waiting for news, and we are sorry that our timeline has changed from what we originally published. We now expect to send the outcomes of the first-round review on 10 January rather than 13 December. This is because we received nearly twice as many applications as last year, and we want to give every application the attention it deserves.

We will write to each applicant individually with their outcome. There is nothing you need to do in the meantime.

With thanks for your patience,
Halden Consulting Graduate Recruitment`, 'Update on our timeline'),

  other(`Hi Evie,

Thanks for referring your friend, Jonah Fielding, for the Sales Development Representative role! We've received his details and our team will be in touch with him directly.

Please note that, sadly, referral bonuses are only paid once the referred candidate has been hired and has completed their probation period. You can track the status of your referrals from the Referrals tab in Workday.

Thanks for helping us find great people,
Talent Acquisition, Norland Software`, 'Thanks for your referral'),

  other(`Dear Ms. Karimi,

We regret to inform you that we are unable to process your request to change the date of your assessment centre by email. Unfortunately, all changes need to be made through the candidate portal, so that the system can release your original place.

To change your date, log in at careers.example/ashford, open your application for the Management Trainee programme and select "Change booking". The remaining dates are 9, 11 and 16 December.

Kind regards,
Ashford Retail Graduate Team`, 'RE: Request to change assessment centre date'),

  other(`Hi Rosa,

Great news - the team would love to meet you! We're inviting you to a 45-minute video interview with the Head of Product and a senior designer for the Product Designer role.

We're sorry that this is a little later than we said it would be. Please choose a slot at https://cal.example/lumio/design, and let us know if none of them work.

Looking forward to it,
Lumio Recruiting`, 'Interview invitation - Product Designer'),

  other(`Dear Sandeep,

Further to your acceptance of our offer, we regret that we need to ask you for one more document. Unfortunately the copy of your passport you sent us was not clear enough for our right to work check.

Please bring your original passport with you on your first day, 6 January, and our HR team will take a copy at reception. There's no need to send anything before then.

We look forward to welcoming you.

Kind regards,
HR, Trentham Foods Ltd`, 'Right to work - please bring your passport'),

  other(`Hi Nomsa,

Just a quick note to let you know that your application for the Bookkeeper role is still under review. We know it has been a few weeks, and we're sorry to keep you waiting - the owners have been away on leave.

We'll be in touch by the end of next week either way.

Thanks,
Linda
Office Manager, Kapp & Sons Accounting`, 'Still reviewing'),

  other(`Dear Gustavo,

We were sorry to learn that you were unable to attend your interview on Tuesday because of the train strike, and we hope you managed to get home without too much trouble.

Please don't worry: we would still very much like to meet you. We have rescheduled your interview for the Project Engineer role for Friday 13 December at 10:00, and we are happy to hold it by video if the strikes continue.

Best regards,
Recruitment, Lusitânia Engenharia`, 'Rescheduled interview'),

  other(`Hello Tobias,

Thank you for reaching out about our Junior Developer role. We are not able to accept applications through LinkedIn messages, so unfortunately I can't forward your CV from here. Please apply through our careers page - it only takes a few minutes - and the team will review your application alongside everyone else's.

https://jobs.example/spindle/junior-developer

Best,
Marta, Spindle HR`, 'RE: Junior Developer'),

  other(`Dear Ayodele,

I'm pleased to confirm that your references have now been received and are satisfactory. We regret that the process took longer than we expected - one of your referees was on annual leave.

This means your offer for the position of Programme Coordinator is now unconditional. Your contract and first-day information pack are attached, and we look forward to welcoming you on 13 January.

Warm wishes,
HR Team, Baobab Learning Trust`, 'Your offer is now unconditional'),

  other(`Hi Lukas,

Thanks for applying to Helix Analytics! We're sorry - we can't consider applications without an answer to the question about notice period, which seems to have been skipped.

Please log back in and answer it, and your application will go straight back into the queue.

Helix Analytics Talent Team`, 'One question left'),

  other(`Job alert: 6 new roles matching "Operations Manager" in Leeds

Unfortunately there are no new roles this week for your other saved search, "Head of Operations - remote". We'll let you know as soon as one appears.

Operations Manager - Kestrel Foods, Leeds
Operations Manager (Night) - Parcelnet, Wakefield
Operations Manager - Greenway Recycling, Bradford
Assistant Operations Manager - Aire Valley Brewery, Leeds
Operations Manager, Contact Centre - Moorland Energy, Leeds
Operations & Facilities Manager - Yorkshire Climbing Centres, Leeds

You are receiving this email because you created a job alert on JobHarbour. Manage alerts | Unsubscribe`, '6 new jobs for you'),

];
