/**
 * Development messages of the twenty-fourth round, never sealed, aimed at the reasons and the two flags that long
 * letters bury: other candidates whose experience or background matched more closely without a named requirement
 * (profile_mismatch); a requirement named in passing inside a longer sentence (skills_gap), also when the letter says
 * another candidate matched more closely; test, case study and exercise results; two reasons in one letter; specific
 * feedback, an offer of feedback and an open door in the middle of a polite paragraph — beside their negatives: praise
 * that says nothing specific, refusals to give feedback, CVs that will not be kept, a bar on reapplying — and a few
 * messages that only look like rejections.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d24-');

const greenhouse = '\n\nThis email was sent via Greenhouse on behalf of the hiring company. Replies to this address are not read.';
const workable = '\n\n—\nSent via Workable · Manage your candidate data';
const indian = '\n\nThanks & Regards,\nTalent Acquisition Team';
const uni = '\n\nHR Recruitment Team\nUniversity of Castlebridge\nThe University is an equal opportunities employer and a registered charity.';

export const HANDWRITTEN_DEV_24: readonly CorpusLine[] = [
  // ── (1) other candidates matched more closely, no requirement named
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Marcus,

Thank you for your interest in the Senior Data Analyst position at Fernhill Analytics, and for the time you took to put your application together. We know that applying for a new role takes real effort, and we don't take that lightly.

Our recruiting team has now reviewed everyone who applied. While your application showed a lot of strengths, we have decided to move forward with other candidates whose experience more closely aligns with what the team needs right now. We'd welcome an application from you for future openings that suit your background, and new roles go up on our site most weeks. In the meantime we wish you the best of luck with your search.

Warm regards,
The Fernhill Analytics Recruiting Team${greenhouse}`, 'Your application to Fernhill Analytics'),
  rej('interview', ['profile_mismatch'], {},
    `Hey Lina — thanks again for chatting with me and Theo last week. We've decided to go with someone whose background lines up more closely with the platform work we have planned for next year, so we won't be moving ahead with you. Really enjoyed the conversation.

Dev`, 'Re: Platform engineer chat'),
  rej('application', ['profile_mismatch'], {},
    `Dear Candidate,

Greetings from Sarvatra Infotech!

We thank you for showing interest in the position of Associate Consultant – SAP FICO. After going through your profile we regret to inform you that the profiles of other applicants were found more relevant to the current requirement, hence we are not able to take your candidature ahead at this point of time.

We wish you all the best for your future endeavours.${indian}
Sarvatra Infotech Pvt. Ltd., Pune`, 'Application status - Associate Consultant SAP FICO'),
  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Oliver,

Just following up after our call on Tuesday and the conversation I had with the client yesterday afternoon. I put your CV forward with a strong note, but they've come back to say they are going with people whose backgrounds sit closer to the brief, so they won't be taking you to a first interview. I know that's frustrating after the time you gave me, and I'm sorry it's not better news. For what it's worth I enjoyed our chat, and I'd be glad to keep you in mind as other briefs come in — I've got a couple of permanent operations roles likely to land in January. Have a good weekend.

Hannah Price
Senior Consultant | Marlow & Reid Recruitment
Registered in England and Wales No. 08812234`, 'Operations Manager - client update'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Ana Sofia,

Thank you for interviewing for the role of Procurement Specialist (R-0045512) with Valcor Industries. We appreciate the time you spent with our team.

After careful evaluation, we have selected candidates who more closely meet the qualifications for this position, and we will not be progressing your application further.

Please note that this mailbox is not monitored.

Sincerely,
Valcor Industries Talent Acquisition`, 'Valcor Industries: Procurement Specialist (R-0045512)'),
  rej('application', ['profile_mismatch'], {},
    `Hello Mr. Novak,

thank you for send your application to our company. We have looked your CV with attention, but we find other applicants who have experience more near to what we search for this position. So we can not continue with your application.

We wish you good luck.

Best regards
Katarzyna Wiśniewska
HR Department, Polmet Logistics sp. z o.o.`, 'Your application - Transport Planner'),
  rej('final', ['profile_mismatch'], { ...offered },
    `Hi Femi,

I wanted to get back to you before the weekend rather than leave you waiting. First, thank you for the afternoon you spent with us on Wednesday — the founders and I all came away with a real sense of how you think, and your questions about our unit economics were sharper than most we get from people inside the business.

We've decided to go with the other finalist. It was close, and it came down to the fact that their experience sits closer to the stage we're at: we're twelve people, and most of what this role will be doing next year looks more like their last two jobs than yours. If it would help to talk through how the panel saw it, my calendar is open next week and I'm happy to do that properly rather than in an email. Either way, thank you for taking us seriously.

Warmly,
Clara
Head of People, Tillbrook`, 'Operations Lead - final round'),
  rej('application', ['profile_mismatch'], {},
    `Dear Dr Mensah,

Re: Lecturer in Environmental Law (Ref 04127)

Thank you for your application for the above post. The selection panel met on 12 March to shortlist.

I regret to inform you that on this occasion you have not been shortlisted for interview. The panel shortlisted applicants whose research and teaching profiles most closely matched the person specification. Given the volume of applications, we are unable to offer individual feedback at the shortlisting stage.

Thank you for your interest in the University.

Yours sincerely,${uni}`, 'Lecturer in Environmental Law (Ref 04127)'),
  rej('application', ['profile_mismatch'], {},
    `Dear Applicant,

Vacancy: Policy Officer (Executive Officer), Department for Rural Affairs — reference 221904

Thank you for your application. The sift panel has now completed its assessment of the applications received. Candidates invited to interview were those whose evidence most closely met the experience and behaviours set out in the advert, and I'm sorry to tell you that your application will not be progressed further on this occasion.

Please note that feedback is not available at sift stage.

Kind regards,
Recruitment Services (on behalf of the Department for Rural Affairs)`, 'Your application 221904 - outcome'),
  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Jonah,

Thanks so much for taking the time to meet with the team at Quillstone. After a lot of discussion we've decided to pursue candidates whose experience is a closer match for this role right now. We'll keep your details on file and would love to reach out if something opens up that fits you better.

Best,
Quillstone Talent

Sent with Lever`, 'Quillstone | Product Designer'),

  // ── (2) a requirement named in passing
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Priyanka,

Thanks for your patience while we wrapped up interviews for the Site Reliability Engineer role. You came across really well, and the team enjoyed the conversation about how you run incident reviews. In the end we were looking for someone with more hands-on Kubernetes experience in production, since the person in this seat will own our cluster upgrades from the first week, and so we've decided not to move forward with your application.

Thanks again for your time,
Mattias
Engineering Manager, Korvi`, 'SRE role - update'),
  rej('screen', ['skills_gap'], { ...fb },
    `Dear Mr. Harding,

thank you for the pleasant phone conversation on Monday. As we discussed, the role of Key Account Manager DACH needs fluent German, written and spoken, because nearly all of the client base is in Germany and Austria. From our call I understand your German is at a conversational level, so unfortunately we are not able to continue with your application.

Kind regards
Birgit Aumann
HR Business Partner, Lindqvist Medical GmbH`, 'Key Account Manager DACH'),
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Ruth,

Thanks for interviewing with us for the Compliance Analyst role. The panel liked your analytical approach a lot. A background in regulated industries was key for this one, though, since the role sits between our auditors and the regulator, and the other candidates brought that with them. So we won't be offering you the position this time.

Best,
Amelia Strand
Risk & Compliance, Harbrook Payments`, 'Compliance Analyst interview'),
  rej('application', ['skills_gap'], { ...fb },
    `Hi Tom,

Thank you for applying for Senior Backend Engineer at Brindle. We reviewed your application carefully. As the team is building out our payment rails, we're specifically after engineers who have shipped production systems in Go, and we couldn't see that in your experience, so we won't be moving forward at this time.

Best,
Brindle Hiring Team${workable}`, 'Your application for Senior Backend Engineer at Brindle'),
  rej('final', ['skills_gap'], { ...fb, ...offered, ...door },
    `Dear Aisling,

I wanted to write to you personally after Friday's final round for the Head of Finance role. Firstly, thank you for the preparation you put in: the board pack you brought along was one of the most thoughtful we saw, and Gerry mentioned it more than once when we met afterwards.

This was an unusually close decision. Where we landed, in the end, was on the audit side. We have a listing on the horizon, and the board wanted someone who has already taken a company through IPO readiness as its finance lead — something I know you couldn't have changed in a day. So we won't be offering you the role. I'd be happy to go through the panel's notes with you on a call if that would help, and I would genuinely like to stay in touch: once the listing is done we'll be building out an FP&A function, and I'll get in touch with you when we do.

With best wishes,
Niamh Carroll
Chief People Officer, Thornbury Foods plc`, 'Head of Finance'),
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Rahul,

This is with reference to your interview held on 23rd for the post of Senior Test Engineer.

The panel has observed that the requirement is for a candidate with strong experience in test automation using Selenium and Java, whereas your exposure has been mostly in manual testing. Hence we are unable to proceed with your candidature for this position.

Regards,
HR Team
Quantiva Technologies, Bengaluru`, 'Interview result - Senior Test Engineer'),
  rej('application', ['skills_gap'], { ...fb },
    `Dear Ms Adeyemi,

Thank you for your application for the Trainee Pharmacist (Foundation Year) post at Lowther Community Pharmacy.

I'm afraid we are unable to take it further. Applicants for this programme must hold an MPharm degree accredited by the GPhC, or expect to complete one this summer, and your application shows a degree in biomedical science.

With best wishes for the future,
Recruitment, Lowther Community Pharmacy`, 'Trainee Pharmacist application'),
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Chidi,

Thank you for coming in on Tuesday and for being so open with us about what you're looking for next. I'm sorry to say we won't be offering you the Engineering Lead role.

I'd rather give you the real reason than a form letter. This role will have six direct reports from its first week, and the hiring panel were looking for someone who has line-managed a team before; your experience, strong as it is, has been as a senior engineer leading projects rather than people. Please keep an eye on our careers page over the next couple of months, because we expect to open a staff engineer role in the same group and I think it would suit you well.

All the best,
Rosa Lindgren
VP Engineering, Meridian Freight`, 'Engineering Lead - our decision'),
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Sam,

Thanks for the call earlier. I've spoken to the client, and unfortunately they need SC clearance in place from day one for this contract, so as you don't currently hold it I won't be able to put you forward. Sorry it's a short one.

Cheers,
Marcus
Delivery Consultant, Axiom Tech Resourcing`, 'Re: Contract - Infrastructure Engineer'),
  rej('application', ['skills_gap'], { ...fb },
    `Hi Charlotte,

Having reviewed your CV against the brief, which calls for at least three years running paid acquisition for a B2B SaaS product, we've decided not to shortlist you on this occasion. Thanks for applying, and good luck with the search.

Becky
Marketing, Folio Cloud`, 'Growth Marketing Manager'),

  // ── (3) test, case study and exercise results
  rej('assessment', ['assessment'], {},
    `Hi Leo,

Thanks for completing the case study for the Strategy Associate role. The reviewers have now scored every submission, and I'm sorry to say your case study did not reach the bar we set for the next round. We won't be progressing your application.

All the best,
Nadia at Cobalt Partners

Sent from Ashby`, 'Cobalt Partners - Strategy Associate'),
  rej('assessment', ['assessment'], { ...fb },
    `Hi Ewa,

Thank you for the take-home you sent over for the Backend Developer role. Two of our engineers reviewed it. The structure was clean, but the API had no tests at all and the pagination returned duplicate records on the last page, which were the two things the brief asked candidates to get right. On that basis we've decided not to move to the interview stage.

Regards,
Jakub
Tech Lead, Nordvik Software`, 'Your take-home task'),
  rej('assessment', ['assessment'], {},
    `Dear Candidate,

This is to inform you that you have not cleared the online aptitude test conducted on 14th February for the Graduate Engineer Trainee position. Hence your candidature will not be considered for the further rounds of the selection process.

We thank you for your participation.${indian}
Bharat Heavy Castings Ltd.`, 'GET 2025 - Online test result'),
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Chloe,

Thank you for completing the online assessments as part of your application to the Harcourt Insurance graduate programme.

Unfortunately, your result in the numerical reasoning test fell below the benchmark we use at this stage, so we are unable to progress your application. If you would like a breakdown of your scores, simply reply to this email and we'll send it over.

Kind regards,
Early Careers Team, Harcourt Insurance`, 'Your Harcourt Insurance application'),
  rej('interview', ['assessment'], { ...fb },
    `Hi Gabriel,

Thank you for the presentation and interview on Thursday. We've now met as a panel. The part that held you back was the market-entry exercise: the panel felt your presentation laid out the options well but stopped short of a clear recommendation, and for this role making the call is most of the job. We won't be moving forward with your application.

Kind regards,
Harriet Osei
Strategy Director, Lantern Group`, 'Strategy Manager - outcome'),
  rej('assessment', ['assessment', 'profile_mismatch'], {},
    `Hello Daniel,

Thank you for completing the coding exercise for the Junior Developer role at Pixelmoor. Your exercise scored below the threshold we set for the interview stage, and the other candidates' overall profiles were a closer match for the role, so we won't be continuing with your application.

Best regards,
Pixelmoor Recruitment`, 'Pixelmoor application update'),
  rej('assessment', ['assessment'], { ...door },
    `Dear Kwame,

Thank you for your interest in the Customer Service Advisor position with Everline Energy.

We have reviewed your assessment results, and unfortunately they did not meet the requirements for this position. You are welcome to apply for other positions with us, and your assessment results will remain valid for six months, so you will not need to sit the test again for similar roles.

Sincerely,
Everline Energy Talent Acquisition

This is an automated message from iCIMS. Please do not reply.`, 'Update on your application with Everline Energy'),
  rej('final', ['assessment'], { ...fb },
    `Dear Meera,

Thank you for attending the final interview and the written exercise for the Senior Policy Adviser post.

I am sorry to let you know that you have not been successful. The panel were impressed with your interview answers; the deciding factor was the written exercise, where your briefing note set out the options but did not address the legal risks that the scenario raised, which the marking scheme weighted heavily.

Yours sincerely,
Resourcing Team, Office of the Health Regulator`, 'Senior Policy Adviser - outcome of final stage'),

  // ── (4) two reasons in one letter
  rej('interview', ['skills_gap', 'position_filled'], { ...fb },
    `Hi Tomás,

Thank you again for interviewing with us for the Clinical Data Manager role. I wanted to let you know that we have offered the position to another candidate, who has several years of experience running data management on phase III trials, which is where most of this role's work will be. I'm sorry to bring disappointing news.

Best wishes,
Jenny Holt
Talent Partner, Avalon Biosciences`, 'Clinical Data Manager'),
  rej('application', ['location', 'skills_gap'], { ...fb },
    `Dear Mr. Oyelaran,

Thank you for applying for the position of Logistics Coordinator. We must unfortunately decline your application. The role is fully on-site at our Rotterdam warehouse, with no relocation support, and it requires Dutch at C1 level because all carrier communication is in Dutch.

Met vriendelijke groet,
Sanne de Vries
HR, Blauwhaven Logistics B.V.`, 'Sollicitatie Logistics Coordinator'),
  rej('interview', ['culture_fit'], { ...fb },
    `Hi Maxime,

Thank you for spending the afternoon with the team. Everyone appreciated how candid you were about the way you like to work. That candour is actually why I'm writing with a no: you told us you do your best work in long, uninterrupted stretches on your own, and this team pairs for most of the day and works almost entirely in the open. We don't think it would be a happy fit for you, so we won't be making an offer.

Best,
Ingrid
Engineering Manager, Saltmarsh Labs`, 'Thanks for Thursday'),
  rej('screen', ['salary', 'overqualified'], { ...fb },
    `Hi Deborah,

Thanks for making time for a call yesterday. Having thought it over, I don't think we should take this further. The salary you mentioned is well above the band we have for this position, and with your fifteen years running regional sales teams, a single-territory account executive role would be a big step down from where you are.

Best of luck,
Olu
Recruiter, Canfield Supplies`, 'Account Executive - after our call'),
  rej('interview', ['internal_candidate'], { ...door },
    `Dear Patrick,

Thank you for meeting with Sarah and me last week about the Facilities Manager role, and for the walk round the site — your questions about the chiller contracts were exactly the right ones, and Sarah commented on them afterwards.

I'm writing to let you know that we have appointed from within: one of our current deputy managers applied late in the process and has been offered the post. I appreciate this is disappointing after the effort you put in, and I want to be clear that it was no reflection on your interview. We do expect to recruit a deputy manager to backfill in the new year, and I'd like to get in touch with you when that role is approved, if you'd be open to it. In the meantime, thank you again for your interest in Kingsmere Estates.

Kind regards,
Alan Brookes
Operations Director, Kingsmere Estates`, 'Facilities Manager'),
  rej('final', ['position_filled', 'profile_mismatch'], { ...offered },
    `Hi Ines,

Thank you for coming through every stage with us for the Brand Director role. I'm sorry to tell you that we've made an offer to another candidate, whose experience was a closer fit for where the brand is headed. If you'd find it useful to hear more about the panel's thinking, I'd be glad to set up a short call.

Warm regards,
Laura Benedetti
Talent Director, Orla & Finch`, 'Brand Director'),
  rej('application', ['role_closed'], { ...door },
    `Hi Aditi,

Thanks for applying for the Data Engineer role. Unfortunately the budget for this position has been withdrawn as part of our planning for next year, so we won't be hiring for it and are closing all applications. We'll keep your CV on file and get back in touch if the role comes back.

Best,
Lukas
People Team, Parcelwise`, 'Data Engineer role update'),
  rej('interview', ['assessment', 'skills_gap'], { ...fb },
    `Hi Joao,

Thanks for the interviews and the live exercise last week. Two things decided it for us. In the live exercise your solution didn't handle the edge cases we walked through at the end, and the role needs real depth in SQL performance tuning, which didn't come through in the technical interview. We've decided not to move forward.

Thanks,
Peter
Data Platform, Sundial Health`, 'Data Engineer - next steps'),

  // ── (5) flags buried in the middle of long letters
  rej('interview', ['position_filled'], { ...offered, ...door },
    `Dear Sophie,

Thank you very much for taking the time to interview for the Marketing Communications Manager position at Beacon Housing Trust. We know how much work goes into preparing for an interview, and the panel asked me to pass on their thanks for the care you clearly took.

We had a very strong field for this post, and after a lot of discussion the panel has decided to offer the role to another candidate. I know this will be disappointing news. If it would be useful, I'd be very happy to arrange a short call to talk you through the panel's comments; just reply to this email and we'll find a time. We also recruit regularly across our communications and fundraising teams, and we'd really encourage you to apply again when you see a role that interests you. Thank you once more for your interest in our work, and for everything you shared with us on the day.

With kind regards,
Joanna Pike
HR Manager, Beacon Housing Trust`, 'Marketing Communications Manager - interview outcome'),
  rej('application', ['generic'], { ...door },
    `Dear Ben,

Thank you for your application for the role of Assistant Store Manager at Oakley & Vance. We received a very large number of applications for this role from candidates with a wide range of experience, and the shortlisting process has been extremely competitive.

Unfortunately, on this occasion your application has not been successful. We'd hate for this to be the end of the road with us, though: please keep an eye on our careers page, where we post new store roles every week, and don't hesitate to apply for any that catch your eye. Thank you again for thinking of us, and we wish you every success in your search.

Kind regards,
Oakley & Vance Recruitment

Oakley & Vance Ltd, registered office: 14 Market Row, Leicester LE1 5FT.`, 'Your application - Assistant Store Manager'),
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Aoife,

Thank you for the two conversations over the last fortnight, and for the patience while we finished the process. I'm writing to let you know we won't be offering you the Enterprise Account Manager role.

The team noted your answers drew almost entirely on consumer subscriptions, and this role sells multi-year contracts into procurement departments, so we felt the gap in enterprise sales experience was too wide to close quickly. I'm sorry it isn't better news. We all enjoyed meeting you, and I hope the right role comes along soon.

Kind regards,
Declan Murphy
Head of Sales, Tessellate`, 'Enterprise Account Manager'),
  rej('final', ['generic'], { ...offered },
    `Dear Hamid,

Thank you for joining us for the final stage of the selection process for Director of Estates, and for the time you gave to the tour, the stakeholder panel and the interview with the Vice-Chancellor.

After careful deliberation, the panel has decided not to offer you the appointment on this occasion. This was a field of exceptionally strong candidates, and the decision was a difficult one. If you would like to hear the panel's observations on your interview, Imogen in the executive search team will happily set up twenty minutes with the chair; please let her know. We are grateful for your engagement with the process throughout and for your interest in the University.

Yours sincerely,
Professor Elaine Wardle
Chair of the Appointment Panel${uni}`, 'Director of Estates - final stage'),
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Connor,

Thank you for attending the interview for the Programme Manager role. The panel enjoyed meeting you and were impressed by your enthusiasm for the programme and by your delivery track record.

Having considered all candidates carefully, I'm sorry to tell you that you have not been successful on this occasion. The panel felt your examples lacked depth on stakeholder management at director level, which is a large part of the job, as the post holder reports progress to the executive board monthly.

Thank you again for your time and interest.

Yours sincerely,
Recruitment Team, Northgate NHS Foundation Trust`, 'Programme Manager interview outcome'),
  rej('application', ['profile_mismatch'], { ...door },
    `<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222"><p>Hi Zara,</p><p>Thank you for applying to the <b>Customer Success Manager</b> role at Lumio. We really appreciate you taking the time to tell us about yourself.</p><p>We've now reviewed all applications, and we've decided to move forward with candidates whose profiles more closely match what the team needs at this stage. We'd welcome an application for future openings that match your experience — new roles appear on our <a href="https://careers.example.com">careers site</a> regularly — and we wish you the very best in the meantime.</p><p>Best,<br>The Lumio Team</p></div>`, 'Update from Lumio'),
  rej('screen', ['generic'], { ...door },
    `Hi Rhys,

Thanks for the call on Monday — it was great to hear about the work you did on the warehouse rollout at Fenton. I've now talked it through with the hiring manager, and they've decided to progress other candidates to interview for this one. I'd be glad to keep you in mind for anything else that comes across my desk, as we work with several logistics clients who hire people with your kind of background. Hope the rest of your week goes well.

Best,
Priya Nair
Talent Partner, Greyfield Search`, 'Following up on our call'),
  rej('interview', ['culture_fit'], { ...fb, ...door },
    `Hi Yusuf,

Thanks for coming in to meet the studio last week. We've thought hard about it and we're not going to offer you the role.

I want to be straight with you about why. We're a very small team that runs on informal, constant back-and-forth, and several people who met you felt you'd be happier somewhere with more structure and clearer lines of process than we can give right now — you said as much yourself when we talked about how decisions get made here. That isn't a criticism; it's just how we work. If we grow into something more structured, I'd love to talk again, so please do apply to future roles with us.

Cheers,
Mia
Founder, Patchwork Studio`, 'Studio role'),
  rej('interview', ['generic'], { ...offered },
    `Hi Kevin,

I hope you had a great week. I wanted to reach out personally and thank you for the time you invested in interviewing with us for the Senior Accountant position. It was a pleasure getting to know you, and our team truly appreciated your interest in joining Redwood Credit Union.

After careful consideration, we have decided to move forward with another candidate for this role. This was not an easy decision, and we want you to know it does not diminish the experience you bring. Should you want any feedback on your interviews, feel free to schedule a time on my calendar using the link below, and I'll walk you through what the team shared.

We wish you all the best in your career.

Warmly,
Tasha Green
Senior Recruiter, Redwood Credit Union
https://calendar.example.com/tasha-green`, 'Thank you, Kevin'),

  // ── (6) negatives: praise, refusals, no file, no reapplying
  rej('interview', ['generic'], {},
    `Hi Julia,

Thank you for interviewing with us. Your background is genuinely impressive, and the team really enjoyed meeting you — you clearly know the field inside out.

We have decided to go with another candidate for this role. We wish you every success.

Best,
Marta
Talent, Greyhaven Robotics`, 'Greyhaven Robotics - interview'),
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your application for the position of Finance Assistant.

We regret to inform you that you have not been shortlisted on this occasion. Due to the high volume of applications received, we are unable to provide individual feedback.

Thank you for your interest in Stonebridge Council.

People Services, Stonebridge Council`, 'Finance Assistant - application outcome'),
  rej('application', ['generic'], {},
    `Dear Nikhil,

Thank you for applying for the Warehouse Supervisor vacancy at Carrow Distribution. We have now completed shortlisting and, unfortunately, your application has not been taken forward.

Please note that we do not keep CVs on file once a vacancy has closed, and your details will be deleted from our system within 30 days.

Regards,
HR, Carrow Distribution`, 'Warehouse Supervisor - outcome'),
  rej('assessment', ['assessment'], {},
    `Dear Applicant,

Thank you for completing the online assessment for the Police Constable Degree Apprenticeship.

We regret to inform you that you did not achieve the pass mark, and your application will not progress. Under our recruitment policy, applicants who do not pass the online assessment may not reapply for twelve months from the date of this email.

Recruitment Unit, Wessex Constabulary`, 'PCDA application - assessment result'),
  rej('interview', ['profile_mismatch'], {},
    `Hi Arjun,

Thanks for the time you spent with us over the two interviews. It's clear you're a talented engineer, and everyone enjoyed the system design session.

In the end, we felt your experience wasn't the right match for this particular role, so we won't be moving forward. Company policy unfortunately doesn't allow us to share detailed interview feedback, but I wanted to thank you personally.

Best,
Gemma
Recruiting, Fathom Data`, 'Fathom Data - Senior Engineer'),
  rej('final', ['generic'], {},
    `Dear Lorenzo,

Thank you for taking part in the final round for the Creative Director role. You were a very strong finalist, and it came down to the finest of margins.

After much deliberation we have decided not to offer you the position. We wish you every success in the future.

Kind regards,
Alexandra Hughes
Managing Director, Nightjar Agency`, 'Creative Director - final round'),
  rej('application', ['generic'], {},
    `Hi Kaitlyn,

Thank you for your interest in the Community Manager role at Sprout. We were truly humbled by the number of talented people who applied.

Unfortunately we won't be moving forward with your application. Please don't be discouraged — we know you'll find a great team.

Cheers,
The Sprout Team`, 'Sprout Community Manager'),
  rej('interview', ['generic'], {},
    `Dear Wei,

Thank you for your interview for the Research Assistant post on Tuesday.

I'm sorry to let you know that you were not successful on this occasion. We are not able to give detailed feedback to every candidate, but we did appreciate your thoughtful questions about the project.

Best wishes,
Dr Helen Marsh
Principal Investigator${uni}`, 'Research Assistant post'),
  rej('application', ['skills_gap'], { ...fb },
    `Dear Oscar,

Thank you for applying to the Sterling Barrow Graduate Programme 2026.

Unfortunately, we are unable to progress your application. The programme requires a minimum 2:1 degree classification, and your application indicates a predicted 2:2. Please note that applicants who are unsuccessful may not apply to the programme again within the same recruitment cycle or the following 12 months.

Kind regards,
Graduate Recruitment, Sterling Barrow LLP`, 'Sterling Barrow Graduate Programme'),

  // ── (7) another candidate matched more closely — with a requirement named
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Emeka,

Thank you for your time interviewing for the Revenue Operations Manager position. Another candidate matched the role more closely, in particular on hands-on experience configuring Salesforce CPQ, which is the first project the hire will take on. We won't be proceeding with your application.

Regards,
Carla
Talent Acquisition, Northpeak`, 'Revenue Operations Manager'),
  rej('application', ['skills_gap'], { ...fb },
    `Dear Michelle,

Thank you for your application for the HR Business Partner vacancy.

We had a number of applicants who more closely met the essential criteria, notably the CIPD Level 7 qualification, and we are therefore unable to shortlist you for interview.

Yours sincerely,
HR Resourcing, Whitcombe Housing Group`, 'HR Business Partner - shortlisting'),
  rej('screen', ['skills_gap'], { ...fb },
    `Hello Anand,

Thank you for speaking with me on Thursday about the Regulatory Affairs Manager role. The hiring manager has reviewed the shortlist, and other candidates were a stronger match on the requirement for five or more years in pharmaceutical regulatory submissions, so we will not be moving you forward to interview.

Best regards,
Sofia Rinaldi
Talent Acquisition Partner, Caldera Pharma`, 'Regulatory Affairs Manager'),
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Nina,

Thanks so much for the interviews last week. We ended up going with someone who matched more closely on the React Native side, since the next six months are almost all mobile work. I'd love to reach out when we start hiring for web again in the spring — you'd be high on my list.

Cheers,
Oskar
CTO, Tidepool Apps`, 'Mobile/web engineer'),

  // ── (8) the other reasons
  rej('final', ['internal_candidate'], { ...offered },
    `Dear Rebecca,

Thank you for attending the final interview for Head of Learning. After careful consideration, the panel has decided to appoint an internal candidate who has been acting in the role for the past six months.

If you would like feedback on your interview, please contact me and I will arrange a call.

Kind regards,
Simon Clarke
HR Director, Ashgrove Academies Trust`, 'Head of Learning - outcome'),
  rej('application', ['position_filled'], { ...door },
    `Hi Lucas,

Thanks for your interest in the Barista Trainer role at Grindhouse Coffee. The position has now been filled. We'll hold on to your details and let you know when we next hire trainers — usually every spring.

Grindhouse Coffee Co.`, 'Barista Trainer'),
  rej('interview', ['role_closed'], { ...door },
    `Hi Freya,

I'm sorry to bring this news after your interviews. Following a reorganisation of the product group, the Product Analyst role has been cancelled and we won't be filling it. This has nothing to do with your interviews, which went well. I'll be in touch if an analyst role reopens in the new structure.

Best,
Helena
Talent, Kitebridge`, 'Product Analyst role cancelled'),
  rej('application', ['location'], { ...fb },
    `Hi Mateus,

Thanks for applying for the Frontend Developer role at Ravelin Labs. Unfortunately we're unable to sponsor work visas for this position, and candidates must already have the right to work in the UK, so we can't progress your application.

Best,
Ravelin Labs Hiring`, 'Ravelin Labs application'),
  rej('screen', ['salary'], { ...fb },
    `Hi Grace,

It was good to speak earlier. As I mentioned on the call, the range for this position tops out at £58k, and your expectation of £75k is well beyond what we can stretch to, so I don't think it makes sense for either of us to go further.

Thanks,
Dominic
Recruitment, Elmstead Group`, 'Quick follow up'),
  rej('application', ['overqualified'], { ...fb },
    `Dear Mr. Castellano,

Thank you for your application for the Junior Buyer position. Having read your CV, with twenty years in category management and several director-level posts, we feel you are considerably overqualified for this entry-level role, and we would not want to place you in a position that would not use your experience.

Yours sincerely,
Purchasing, Halden Foods`, 'Junior Buyer'),
  rej('interview', ['culture_fit'], { ...fb },
    `Hi Beatriz,

Thank you for interviewing with us. The team felt that your preference for strict hierarchy and formal sign-off on every decision wouldn't sit comfortably in our flat, self-organising structure, so we've decided not to proceed.

Best,
Tom
Operations, Kindling Co-op`, 'Interview follow up'),
  rej('application', ['generic'], {},
    `Thanks for applying to Vantage Media. Unfortunately, we won't be moving forward with your application for Social Media Executive.

— Vantage Media Talent`, 'Your Vantage Media application'),
  rej('application', ['profile_mismatch'], {},
    `Hi Harry, thanks for your application. Your profile doesn't match what we need for this role, so we'll pass for now. Best, Sid`, 'Re: Application'),
  rej('interview', ['generic'], {},
    `Hi Laila,

Thanks again for coming in. After a lot of thought, we've decided not to take things further for this role. Wishing you the best of luck.

Toby

On Mon, 3 Nov at 09:12, Laila Haddad <laila.h@example.com> wrote:
> Hi Toby,
> Just checking in on the Account Manager role — is there any update after last Tuesday's interview?
> Thanks,
> Laila`, 'Re: Account Manager - update?'),
  rej('application', ['role_closed'], {},
    `Dear Applicant,

We are writing to let you know that the vacancy for Library Assistant (ref LIB-0932) has been withdrawn following a review of the service, and we will not be proceeding with any of the applications received. We receive many applications and apologise for any inconvenience caused.

Libraries and Culture, Brackenfield District Council`, 'Vacancy withdrawn: Library Assistant'),

  // ── (9) more of the same kinds, in other registers
  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Siobhan,

Thank you for interviewing for the Events Coordinator role. We have decided to proceed with candidates whose backgrounds were closer to the role. I know that can feel vague, so please do get in touch if you'd like me to share the panel's thoughts in more detail.

Best wishes,
Kate Mulvey
Events Team, Larchfield Conference Centre`, 'Events Coordinator interview'),
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Diego,

Thank you for the phone screen on Wednesday. After discussing with the hiring manager, we're looking for someone who has run Salesforce administration for an org of at least a few hundred users, and your experience so far has been with much smaller instances, so we won't be moving you forward.

Best,
Amy
Recruiting Coordinator, Clearpath HR Software`, 'Salesforce Administrator'),
  rej('assessment', ['assessment'], { ...fb },
    `Hi Sana,

Thanks for taking our SQL assessment for the Data Analyst role. Six of your ten queries returned the expected results; we need at least eight to move to interview, and the two window-function questions were both left unanswered. So we won't be progressing this time.

Regards,
Analytics Hiring, Quaystone Bank`, 'Your SQL assessment'),
  rej('final', ['position_filled', 'profile_mismatch'], {},
    `Dear Eduardo,

Thank you for your participation in the final round for the role of Country Manager, Iberia. We have made an offer to a candidate whose experience was closer to the requirements of the role, and it has been accepted.

Kind regards,
Executive Talent, Valmont Group`, 'Country Manager, Iberia'),
  rej('application', ['profile_mismatch'], {},
    `Dear Jennifer Walsh,

Thank you for your interest in the Clinical Nurse Educator position (Requisition 2300417) at St. Aldric Health. After reviewing your application, we have determined that the qualifications of other candidates more closely match the needs of this position at this time.

We appreciate your interest in St. Aldric Health and wish you success in your career search.

Sincerely,
Talent Acquisition
St. Aldric Health

Please do not respond to this email. This is an automated message sent via Taleo.`, 'Clinical Nurse Educator - Requisition 2300417'),
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Mrs. Petrova,

Thank you very much for come to the interview on Monday. We was happy to meet you. Unfortunately for this position we need person with more experience in SAP MM module, because the consultant will work alone at the client from first day. Your knowledge in SAP is more on FI side.

We will keep your CV in our database and contact you when we have a position in FI.

Best regards,
Andrei Popescu
Recruitment, Carpathia IT Consulting SRL`, 'Interview SAP consultant'),
  rej('application', ['generic'], { ...door },
    `Dear Candidate,

Thank you for your application to Orbis Telecom. After careful review, we will not be moving forward with your application for this position.

We will keep your résumé in our talent pool for 12 months, and our recruiters may contact you if a suitable opportunity arises.

Best regards,
Orbis Telecom Careers

SmartRecruiters | Privacy policy | Unsubscribe`, 'Your application to Orbis Telecom'),
  rej('application', ['generic'], {},
    `Hello Pieter,

Thank you for applying for the Field Service Technician role. We regret that we will not be taking your application further. In line with our data policy we will not retain your application, and it will be removed from our systems once this recruitment has closed.

Yours faithfully,
Human Resources, Delmar Instruments`, 'Field Service Technician'),
  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Hannah,

Thank you for meeting with us about the Learning Designer role, and for the portfolio walk-through, which we all enjoyed. We had many strong candidates to choose from and, after long discussion, we have decided to go forward with candidates whose experience is more closely aligned with the role as it stands. We are growing quickly, and there will be further roles in the learning team over the coming year, so please keep an eye on our careers page and apply for any that appeal. We hope to hear from you again.

Warm regards,
People & Culture, Brightpath Learning`, 'Learning Designer'),
  rej('screen', ['profile_mismatch'], {},
    `Hi Callum,

Thanks for the chat this morning. Having thought about it, I don't think your experience is quite what we're looking for in this role, so we'll leave it there for now. Good luck with everything.

Jess`, 'Thanks for the chat'),
  rej('application', ['profile_mismatch'], {},
    `Dear Kofi,

We appreciate your interest in the Treasury Analyst role at Greystone Capital and the time you took to apply. Our team reviewed your application alongside many others, and we have chosen to move forward with applicants whose backgrounds are a better fit for the requirements of the role.

Best regards,
Greystone Capital Recruiting

Powered by Workday`, 'Greystone Capital - Treasury Analyst'),
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Olivia,

Thanks for your time in the interviews for the Structural Engineer role. I'm afraid we won't be progressing your application. The deciding factor was chartership: the post holder will need to sign off calculations on their own from the start, so we need someone who is already a chartered engineer. I'm happy to talk through the rest of the panel's comments if you'd find that useful.

Regards,
Graham Pike
Associate Director, Henley Boyd Engineers`, 'Structural Engineer'),
  rej('application', ['skills_gap'], { ...fb },
    `Hi Ayesha,

Thanks for your application for the Paralegal position. The role needs someone with at least two years of experience in residential conveyancing, and although your CV is strong in litigation support, we don't see that experience, so we won't be taking your application forward.

Kind regards,
Recruitment, Pennington Rowe Solicitors`, 'Paralegal application'),
  rej('interview', ['generic'], { ...offered, ...door },
    `Hi Marco,

Thank you again for meeting with the team and for your patience while we worked through the final decisions on the Customer Insights Lead role. I know waiting is never fun, and I appreciated your messages along the way.

I'm sorry to let you know that we've decided to go with another candidate. It was a difficult choice, and the team spoke warmly about the conversation you had with them. I'd be glad to share the team's notes if that's useful — just say the word — and we'd welcome an application for future openings that fit your interests, as we expect to grow the insights team again next year. Thanks once more for the time you gave us, and best of luck in the meantime.

Best,
Elise Moreau
Talent Partner, Corvid Retail`, 'Customer Insights Lead'),
  rej('final', ['skills_gap'], { ...fb },
    `Hi Samir,

Thank you for coming to the final round for Head of Platform. The panel were unanimous that you'd be great to work with. The hiring committee chose a candidate who had already run a multi-region migration to a second cloud provider, which is the first thing the role has to deliver, and I'm sorry to tell you we won't be making you an offer.

Best,
Dana
Talent, Stratos Insurance`, 'Head of Platform'),

  // ── (10) messages that only look like rejections
  other(`Hi Felix,

Good news — we'd like to invite you to a second interview for the Key Account Manager role. We were looking for someone with fluent German and solid distribution experience, and your background fits that well.

Are you free on Tuesday or Wednesday next week? The interview will last about an hour.

Best,
Birgit`, 'Second interview - Key Account Manager'),
  other(`Hi Noor,

Thank you for applying for the Operations Analyst role at Castor Freight. This email confirms we have received your application. Our team reviews every application carefully, and we'll be in touch within two weeks.

We also keep applications in our talent pool, so you may hear from us about other roles that match your experience.

Castor Freight Careers`, 'We received your application'),
  hold('application', ['role_closed'], {},
    `Hi Adebayo,

I wanted to give you an update on the Finance Business Partner role. We've paused hiring for this position while the new finance director settles in, which may take a few weeks. Your application remains active and has not been declined; I'll be in touch as soon as the role is back on.

Thanks for your patience,
Rachel
Talent Acquisition, Hollins & Hart`, 'Finance Business Partner - pause'),
  other(`Reading between the lines: what rejection emails actually mean

"Other candidates matched more closely" is the most common line in rejection emails, and it rarely means what you fear. In our survey of recruiters, most said it simply meant another applicant had a requirement you didn't, such as a language or a certification. Next week: how to ask for feedback without sounding defensive.

You are receiving this newsletter because you subscribed at careersignal.example.com. Unsubscribe.`, 'This week: decoding the rejection email'),
  other(`Dear Anika,

Congratulations! I'm delighted to offer you the position of Senior Analyst at Westmoor Partners. The panel felt your examples in the interview were outstanding, particularly your work on the pricing review.

Your formal offer letter is attached. Please let us know by Friday whether you accept.

Kind regards,
Lydia Grant
HR Manager, Westmoor Partners`, 'Offer of employment - Senior Analyst'),
  other(`Hi Theo,

Thanks for your interest in the Strategy Associate role. The next step is a written case study, which you'll find attached. You'll have 72 hours to complete it. Submissions are scored by two reviewers, and those that reach the bar will be invited to a panel interview.

Good luck!
Nadia at Cobalt Partners`, 'Cobalt Partners - case study'),
  hold('interview', ['generic'], {},
    `Hi Grace,

Thanks for your patience after the interviews. The team hasn't reached a decision yet because two of the panel are away this week, so it will be another ten days or so before we can come back to you. You're still very much in the process.

Best,
Jonas
People Team, Sparrowhawk`, 'Quick update on your application'),
  other(`Hi Megan,

Thank you so much for the offer for the Product Owner role, and for how kind everyone was throughout the process. After a lot of thought I've decided to decline, as I've accepted another position closer to home. I hope our paths cross again.

Best wishes,
Ruth`, 'Re: Offer - Product Owner'),
];
