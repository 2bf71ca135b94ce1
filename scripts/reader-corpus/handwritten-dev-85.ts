/**
 * Messages where the step a candidate reached is told only in passing: the people they met by name, the presentation
 * or pitch they gave, a day with the team, the task they sent back, the written answers or recorded video, a
 * shadowing shift, "the last stage", "following Tuesday", referees called after the final round. Others use the words
 * of a later step the candidate never reached: interviews finished without them, no assessment invitation, finalists
 * already told. Declines cover every reason and stage; paused processes are told at the same indirect steps; the
 * look-alikes invite, schedule, acknowledge and chase the same steps without declining anyone.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d85-');

export const HANDWRITTEN_DEV_85: readonly CorpusLine[] = [
  // 1
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Lukas,

Thanks again for the hour you spent with Sarah and Tom last Thursday. They both enjoyed the conversation, but came away feeling that this role needs someone who has already led an S/4HANA migration hands-on, and that isn't something you've done yet.

So we won't be taking your application further this time. I'll keep your details, and I'd be glad to hear from you when something closer to your background opens up.

Best,
Annika Vogel
People Team, Kestrel Industrietechnik GmbH`, 'Follow-up'),
  // 2
  rej('interview', ['culture_fit'], { ...fb },
    `Dear Olumide,

Having seen your presentation on Monday, the panel was impressed by the depth of your analysis. Where they hesitated was the way you described preferring to own a piece of work end to end with little input from others; our strategy unit works in very tight pairs and reviews everything jointly, and they were not confident that would suit you.

We will therefore not be moving forward. Thank you for the care you put into the preparation.

Yours sincerely,
Grace Ekwueme
Head of Talent, Ashgrove Advisory, Abuja`, 'Strategy Associate – outcome'),
  // 3
  rej('final', ['generic'], {},
    `Hi Mateo,

Following Tuesday, the hiring group met to compare notes on everyone in the final round. I'm sorry to tell you we won't be extending an offer to you.

Thank you for giving us so much of your time over the last few weeks.

Lucía Ferrer
Recruiting, Pampa Robotics`, 'Update from Pampa Robotics'),
  // 4
  rej('final', ['position_filled'], { ...door },
    `Hello Siobhan,

After your time with us on site last week, we had a difficult decision to make between two very strong people. We have now offered the position to the other candidate, and she has accepted.

I'd really like to stay in touch – we're growing the lab next year and I'll reach out when the next research engineer post opens.

Warm regards,
Dr. Henrik Aalto
Lab Manager, Northlight Photonics`, 'Research Engineer'),
  // 5
  rej('interview', ['profile_mismatch'], {},
    `Hey Priyanka,

Thanks for the conversation with our founder, Ravi, on Friday. He enjoyed it. After talking it over we've concluded that your background isn't quite the right match for what we need in this first growth hire, so we're going to pass for now.

All the best,
Meera
Chief of Staff, Tiffin Labs`, 'Tiffin Labs'),
  // 6
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Jonas,

Thank you for the task you sent back on Sunday. Our reviewers went through it carefully. The data cleaning was solid, but the forecasting section used the test set during model selection, and the final accuracy figures could not be reproduced from the notebook. For those reasons it didn't reach the bar we set for the next step.

If you'd like a fuller write-up from the reviewers, reply here and I'll send it over.

Kind regards,
Eva Lindqvist
Talent Partner | Fjordsight Analytics`, 'Your exercise – Fjordsight'),
  // 7
  rej('interview', ['salary'], { ...fb, ...door },
    `Dear Ms Karimi,

It was a pleasure to meet you when you came in on the 3rd. I have spoken with our managing partner, and unfortunately the figure you mentioned (around €78,000) is well above what we have budgeted for this position, which tops out at €62,000. We are not in a position to close that gap, so we will not proceed.

Should our budget change, or a more senior role open, I would be happy to contact you again.

Met vriendelijke groet,
Pieter de Haan
Office Manager, De Haan & Molenaar Advocaten, Utrecht`, 'Uw sollicitatie / your application'),
  // 8
  rej('final', ['generic'], {},
    `Dear Callum,

Having spoken to your referees after the last round, we have decided not to proceed with an offer. I'm afraid I cannot go into more detail on the reference process.

Thank you for your patience throughout.

Regards,
Hannah Birch
HR Business Partner
Ravenscar Housing Association`, 'Regional Housing Officer'),
  // 9
  rej('final', ['culture_fit'], { ...door },
    `Hi Dani,

Thank you for the day with the team on Wednesday. Everyone enjoyed having you around. When we sat down afterwards, though, the consensus was that the fit with how this particular team works wasn't quite there, so we've decided not to make an offer.

We'd love you to keep an eye on our careers page, as other teams here work quite differently and you may be a great match for one of them.

Cheers,
Noa Ben-David
Talent, Orchard Health`, 'Thanks for Wednesday'),
  // 10
  rej('assessment', ['assessment'], {},
    `Dear Applicant,

Thank you for submitting your written answers for the Policy Officer role (ref. PO-2291). Each response was scored independently by two assessors against the published criteria. Your overall score was below the threshold required to progress, and your application will not be considered further.

This is an automated message. Please do not reply.

Department of Regional Development – Recruitment Services`, 'Policy Officer PO-2291: outcome of written assessment'),
  // 11
  rej('interview', ['generic'], {},
    `Hi Tomasz,

Thanks for taking the time to record your video interview for the Customer Success Manager position. Our team has now reviewed all the responses, and we won't be moving forward with your application.

We appreciate your interest in Cloudberry.

The Cloudberry Talent Team
This email was sent via Teamtailor.`, 'Your application at Cloudberry'),
  // 12
  rej('final', ['position_filled'], {},
    `Dear Aroha,

I wanted to let you know personally that we have now made an appointment to the Curator, Pacific Collections role. You were one of the people we met at the last stage and it was a genuinely close decision.

Thank you for your thoughtful responses and the time you gave us.

Ngā mihi,
Wiremu Tane
Collections Director, Te Awa Museum`, 'Curator, Pacific Collections'),
  // 13
  rej('interview', ['skills_gap'], { ...fb },
    `Hello Anjali,

Thanks for joining us for the second stage. The interviewers liked your approach, but the role requires a current CFA charter or at least Level III passed, and at this point you are at Level II. That requirement comes from our regulator's fit-and-proper rules, so we're unable to progress your application.

Best wishes,
Rohan Mehta
Recruitment, Indus Bay Capital, Mumbai`, 'Portfolio Analyst – second stage'),
  // 14
  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Mr. Okafor,

Thank you for appearing before the panel last Friday. After deliberation, the panel concluded that other candidates more closely matched the requirements of the post, and we will not be offering you the position.

If you would like feedback on your performance, please contact me at the address below within 14 days.

Yours faithfully,
Mrs. B. Adjei
Secretary to the Appointments Panel
St. Bartholomew's Teaching Hospital, Kumasi`, 'Appointment of Senior Pharmacist'),
  // 15
  rej('assessment', ['skills_gap'], { ...fb, ...door },
    `Hi Rachel,

Thanks so much for your shadowing shift on Ward 7 last weekend. The sister in charge was really complimentary about how you were with patients. The difficulty is that this post needs someone who is already signed off for IV cannulation and medicines administration, and you told us you haven't done that training yet.

Please reapply once you have those competencies — we'd be very keen.

Kind regards,
Joanne Pryce
Nurse Recruitment Lead, Westvale NHS Trust`, 'Healthcare Assistant Band 3'),
  // 16
  rej('interview', ['generic'], {},
    `Hi Felix,

Thank you for the pitch you gave to our partners on Thursday. We've now heard from everyone, and I'm sorry to say we won't be moving ahead with you for the Account Director role.

Thanks,
Harriet Lowe
Brightwater Creative`, 'Account Director – Brightwater'),
  // 17
  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for applying for the post of Lecturer in Economics. Interviews for this post have now finished and you were not invited to attend on this occasion. We are grateful for the interest you have shown.

Human Resources
University of Eastmoor

Please do not reply to this email; this mailbox is not monitored.`, 'Lecturer in Economics (Ref 04517)'),
  // 18
  rej('application', ['profile_mismatch'], {},
    `Hello Sipho,

Thank you for your application for the Graduate Engineer Programme 2027. We have reviewed your application against the programme criteria and we will not be inviting you to an assessment on this occasion, as your profile does not match what we are looking for this intake.

Kind regards,
Graduate Recruitment
Karoo Power Systems (Pty) Ltd`, 'Graduate Engineer Programme 2027'),
  // 19
  rej('interview', ['generic'], {},
    `Hi Chloé,

Thanks for the first interview with Marc last month. I wanted to close the loop: those shortlisted for the final round have been told, and unfortunately you weren't among them.

Thank you for your interest in Lumen Verre.

Best,
Inès Garnier
Talent Acquisition`, 'Re: Product Designer'),
  // 20
  rej('interview', ['internal_candidate'], { ...door },
    `Hi Jamal,

After you met Dana and Victor last week I promised an update. The team has decided to fill the Senior Buyer role with someone who already works in our procurement group and was looking for a step up.

That's no reflection on you. I've added you to our talent community and will get in touch when the next buying role comes up.

Regards,
Keisha Thompson
Talent Acquisition, Harbor & Pine Retail, Atlanta`, 'Senior Buyer'),
  // 21
  rej('final', ['internal_candidate'], {},
    `Dear Ewa,

Thank you for coming back for the last conversation with our CFO. We have now decided to appoint an internal colleague to the Group Controller position.

We appreciate the time and energy you gave to the process.

Kind regards,
Marta Zielińska
HR Director, Wisła Foods S.A.`, 'Group Controller – decision'),
  // 22
  rej('assessment', ['internal_candidate'], {},
    `Hi Oskar,

Thanks for sending back the case study. Before we got to the stage of booking interviews, the role was offered to a current member of the team, so we're closing the process for external applicants.

Sorry it ended this way, and thanks for the work you put in.

Linnea Berg
Nordvik Energi`, 'Case study – Business Analyst'),
  // 23
  rej('screen', ['internal_candidate'], {},
    `Hi Grace, thanks for the chat on Monday. Quick update - the hiring manager has decided to go with an internal transfer for this role, so we won't be setting up the next interview. Sorry! - Ben, Talent @ Fieldnote`, 'quick update'),
  // 24
  rej('interview', ['location'], { ...fb, ...door },
    `Hi Ahmed,

Thank you for speaking with Claire and me on Tuesday. You came across really well. Since then we've confirmed with legal that we cannot sponsor a Skilled Worker visa for this grade, and you mentioned that you'd need sponsorship to take the role. Because of that we can't progress your application.

If your right-to-work situation changes, please do get in touch, we would be glad to talk again.

Best regards,
Owen Mercer
Engineering Lead, Quayside Software, Bristol`, 'Following up'),
  // 25
  rej('final', ['location'], { ...fb },
    `Dear Yuki,

Thank you for the full day you spent with us in Rotterdam. The team were very positive. However, in the final conversation you told us you would prefer to stay based in Osaka and work remotely. This role requires presence at our port office at least four days a week, and we cannot offer it remotely. With regret we will not be proceeding.

Sincerely,
Bram Visser
Talent Acquisition, Maasgate Terminals B.V.`, 'Terminal Planning Manager'),
  // 26
  rej('screen', ['location'], { ...fb },
    `Hi Carlos,

Thanks for the phone call yesterday. As we discussed, the position is only open to people already authorised to work in Canada, and you'd need a work permit. I'm sorry, but we won't be able to move you forward.

Thanks,
Stephanie Leblanc
Recruiter, Tundra Logistics, Calgary`, 'Dispatcher role'),
  // 27
  rej('application', ['location'], { ...fb },
    `Dear Anna,

Thank you for your interest in the Field Service Technician role in Perth. Having looked at your application, this role requires you to live within a two-hour drive of our Kwinana depot, and your application shows you are based in Brisbane without plans to relocate. We are therefore unable to take it further.

Kind regards,
Recruitment Team
Southern Cross Compressors`, 'Field Service Technician – Perth'),
  // 28
  rej('interview', ['salary'], { ...fb },
    `Hi Jordan,

Thank you for the two conversations over the past fortnight. I've gone back and forth with finance, and the $145k base you're looking for is simply beyond the band for this position (our ceiling is $118k). I didn't want to drag things out, so we're going to close this out on our side.

Genuinely enjoyed talking with you.

Marcus Reid
VP Engineering, Slateworks`, 'Re: next steps'),
  // 29
  rej('screen', ['salary'], { ...fb, ...door },
    `Hello Fatima,

Thank you for the initial call on Wednesday. I've shared your details with the hiring manager. Your expectation of AED 35,000 per month is considerably higher than the range for this role (AED 22,000–26,000), so unfortunately we will not proceed to interviews.

I'll keep your profile on file for more senior positions that would match your expectations.

Best regards,
Layla Haddad
Talent Acquisition Specialist, Gulfspan Hospitality, Dubai`, 'Your application – Revenue Manager'),
  // 30
  rej('final', ['salary', 'position_filled'], { ...fb },
    `Hi Nadia,

After the final round we were down to you and one other person. In the end the gap between your expected package and what we can offer (you mentioned 95k, we're capped at 80k) was the deciding factor, and the other candidate has now accepted our offer.

Sorry it's not better news.

Tom
Founder, Quillfeather`, 'Quillfeather – Head of Content'),
  // 31
  rej('interview', ['overqualified'], { ...fb, ...door },
    `Dear Mr. Hoffmann,

Thank you for meeting with our branch manager last week. We were struck by your twenty years in senior sales leadership. That is exactly why we feel this Sales Representative position would not give you enough scope; with your experience you would likely find the role limiting and we worry you would not stay.

We would genuinely welcome an application from you for a leadership position should one become available.

Mit freundlichen Grüßen,
Sabine Krüger
Personalabteilung, Alpenblick Versicherungen`, 'Ihre Bewerbung – Sales Representative'),
  // 32
  rej('application', ['overqualified'], {},
    `Hi Martin,

Thanks for applying to be a Junior Bookkeeper at Clearline. We've decided not to progress your application, as we think your experience is well beyond what this junior role requires.

Thanks again,
Clearline Accounting Recruitment`, 'Junior Bookkeeper'),
  // 33
  rej('screen', ['overqualified'], { ...fb },
    `Hi Rebecca,

Thanks for our call on Friday. I've spoken to the hiring manager, and given you've been running a team of fifteen analysts for the past six years, she feels an individual contributor role at this level wouldn't be a good fit for you. So we won't be moving to interviews.

Best of luck,
Imogen
Recruiter, Parallax Research`, 'Data Analyst – Parallax'),
  // 34
  rej('assessment', ['overqualified', 'salary'], { ...fb },
    `Dear Viktor,

Thank you for completing the technical test, which was among the strongest we received. Having reviewed it together with your application, we think the role, which is an entry-level support position, is well below your level of experience, and the salary you listed is about double our range for it. We have decided not to proceed.

Regards,
Alena Horáková
HR, Vltava Systems s.r.o.`, 'Support Engineer – test'),
  // 35
  rej('interview', ['role_closed'], {},
    `Hi Sam,

Thanks for the time with Priya and Jake last week. Since then we've gone through a reorganisation and the Growth Marketing Lead role has been removed from the plan for this year, so we are closing the search.

I'm sorry for the news after you invested so much time.

Ellie Morgan
People Ops, Hatchway`, 'Growth Marketing Lead'),
  // 36
  rej('final', ['role_closed'], { ...door },
    `Dear Kwame,

I'm writing after your final conversations with us last week. Unfortunately the board has decided to freeze all senior hiring until the next financial year, and the Director of Finance position will not be filled. We are therefore ending the process.

We were very impressed and would like to contact you if the position is reopened.

Kind regards,
Abena Osei
HR Manager, Goldcoast Agritech`, 'Director of Finance'),
  // 37
  rej('assessment', ['role_closed'], {},
    `Hello,

Thank you for completing the online numerical and verbal reasoning tests. We are writing to let you know that the Trainee Underwriter vacancy has been withdrawn due to a change in business requirements, and we will not be proceeding with any applications.

Regards,
Recruitment Team, Meridian Mutual

This message was generated by SmartRecruiters on behalf of Meridian Mutual.`, 'Trainee Underwriter – vacancy withdrawn'),
  // 38
  rej('application', ['role_closed'], {},
    `Hi Leah, we're no longer recruiting for the Studio Assistant role — the budget for it was cut this month — so we won't be going ahead with your application. Thanks for your interest. Ada @ Kiln Studio`, 'Studio Assistant'),
  // 39
  rej('screen', ['role_closed'], {},
    `Hi Diego,

Thank you for the call with me on Tuesday. The hiring manager has since told me the role is being restructured into a different position, so we won't be moving forward with this search.

Regards,
Sofia Russo
Recruiter, Veloce Mobility`, 'Update on your application'),
  // 40
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Hamid,

Thanks for completing the coding challenge on CodeSignal. You scored 612 against a pass mark of 700 for this role; the two graph problems timed out on the larger inputs. That means we can't invite you to interviews this time.

You're welcome to retake the challenge and reapply after 90 days.

Best,
Recruiting at Stackfield`, 'Stackfield coding challenge result'),
  // 41
  rej('assessment', ['assessment'], {},
    `Dear Julia,

Many thanks for the time you put into the assignment. Unfortunately, based on the review of your submission, we have decided not to take your application to the next stage.

Kind regards,
Talent Team
Holm & Sjö Arkitekter`, 'Your assignment'),
  // 42
  rej('interview', ['assessment'], { ...fb },
    `Hello Ricardo,

Thank you for the interview with Paula and for the live modelling exercise that followed. Paula enjoyed the discussion, but the exercise showed errors in the discounted cash flow (the terminal value was calculated on the wrong year), and accuracy in modelling is central to this role. We won't be proceeding.

Best regards,
Joana Pires
Talent, Atlântico Capital, Lisbon`, 'Investment Analyst'),
  // 43
  rej('final', ['assessment', 'culture_fit'], { ...fb, ...offered },
    `Dear Ingrid,

Thank you for the long afternoon on Friday – the case presentation, the panel and the coffee with the team. It was a close call. The panel felt your case recommendation didn't address the cost side, which was half of the brief, and some of the team felt your direct style in the group discussion might clash with how collaboratively they work. We won't be making you an offer.

I'm very happy to go through the panel's notes on a call if that would help.

Best wishes,
Magnus Eriksen
Partner, Fjell Consulting`, 'Friday'),
  // 44
  rej('assessment', ['skills_gap'], { ...fb },
    `Hi Wen,

Thanks for the translation test you returned. The English to Mandarin passage was excellent, but this role also needs professional-level Cantonese, and your Cantonese sample was not at the level we need for client-facing work. We won't be taking your application further.

Regards,
Lingua Bridge Recruitment`, 'Translator – test result'),
  // 45
  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr. Novak,

Thank you for applying for the position of Structural Engineer. Applicants for this position must hold chartered status (CEng or equivalent), which your application does not show. We are therefore unable to consider your application further.

Yours sincerely,
Recruitment, Brennan Lowry Partnership`, 'Structural Engineer application'),
  // 46
  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Hi Elif,

Thanks for the interviews on Monday and Wednesday. Both conversations were positive, but in the end we decided to go with candidates whose background more closely fits, mostly because the role needs at least five years of Kubernetes operations in production and you've had about two.

Thanks again,
Cem Yıldız
Platform Team Lead, Boğaz Cloud`, 'Platform Engineer'),
  // 47
  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Lena,

Great to talk on Thursday. After our chat I checked with the team, and fluent German (C1 or better) is a hard requirement for this role as you'd be speaking with customers all day. Since you mentioned you're at B1, we'll stop here for now.

Do come back to us when your German is there – we hire for this team several times a year.

Cheers,
Jan
Talent Partner, Brezel Pay, Berlin`, 'Customer Support (DE)'),
  // 48
  rej('final', ['skills_gap'], { ...fb },
    `Dear Dr. Ramírez,

Following your visit to campus and the job talk, the search committee has completed its deliberations. While the committee valued your research programme, it decided to prioritise candidates with a record of external grant funding as principal investigator, which your file does not yet show. We will not be able to offer you the position.

Sincerely,
Prof. Helen Whitcombe
Chair, Search Committee, Department of Biology
Larchmont College`, 'Assistant Professor search'),
  // 49
  rej('interview', ['profile_mismatch'], {},
    `Hi Kofi,

Thanks for the time you spent talking to us this week. After careful thought we've decided your experience isn't the right fit for this position, and we won't be moving forward.

We wish you the best in your search.

Regards,
Tendai
Talent Team, Mosi Ventures`, 'Your application'),
  // 50
  rej('application', ['profile_mismatch'], { ...door },
    `Dear Applicant,

Thank you for your interest in the Store Manager vacancy (req. 55019). After reviewing your application, we have decided to pursue other candidates whose qualifications more closely match the needs of the position.

We will retain your résumé in our database for twelve months and may contact you regarding suitable openings.

Sincerely,
Talent Acquisition
Ridgeline Outfitters

This is an automated notification from Workday. Replies to this address are not monitored.`, 'Your application for Store Manager (req. 55019)'),
  // 51
  rej('assessment', ['profile_mismatch'], {},
    `Hi Alessandro, thank you for the written answers you sent us last week. We've read them carefully and decided that other applicants were a stronger match for the Grants Officer role, so we won't be inviting you to interview. Best, Chiara — Fondazione Aurora`, 'Grants Officer'),
  // 52
  rej('final', ['profile_mismatch'], {},
    `Dear Hyun-woo,

Thank you for travelling to Seoul for the final interviews with our executive team. After much deliberation we selected a candidate whose profile aligned more closely with our needs at this stage.

Thank you for your time and effort.

Best regards,
Min-ji Park
HR, Hanbit Semiconductor`, 'Final interview result'),
  // 53
  rej('interview', ['culture_fit'], {},
    `Hi Bea,

Thanks for coming in to meet the team on Tuesday. We talked it through afterwards and don't think it's the right match for the team culture here, so we won't be moving forward. Wishing you all the best.

Rosie
Studio Manager, Pinewood & Co`, 'Thanks for Tuesday'),
  // 54
  rej('interview', ['culture_fit'], { ...fb },
    `Hello Arjun,

Thank you for the conversations with our founders. They appreciated your candour. However, you said a few times that you do your best work with a detailed spec and clearly defined scope, and at our stage almost nothing is defined. They felt that this mismatch in working style would make the role frustrating for you, so we will not be moving forward.

Warmly,
Tara Singh
Operations, Kitebox`, 'Kitebox'),
  // 55
  rej('final', ['culture_fit', 'profile_mismatch'], {},
    `Dear Lars,

Thank you for attending the final round in Oslo. The panel felt other finalists were a stronger match both in background and in alignment with our values, and we will not be offering you the role.

Best regards,
Kari Nordby
Head of HR, Fjordvik Bank`, 'Final round'),
  // 56
  rej('interview', ['position_filled'], {},
    `Hi Maya,

Thank you for your time on the call with Hugo earlier this month. I wanted to let you know that we have offered the role to another candidate and they have accepted.

Best,
Clara
Hiring team, Saltmarsh Studio`, 'Saltmarsh – Junior Producer'),
  // 57
  rej('application', ['position_filled'], {},
    `Hello Jin,

Thank you for applying for the Barista position at our Fitzroy café. This position has now been filled.

Cheers,
Beanstalk Coffee Co.`, 'Barista – Fitzroy'),
  // 58
  rej('assessment', ['position_filled'], { ...door },
    `Dear Sebastián,

Thank you for completing the personality and aptitude questionnaire for the Sales Trainee role. We want to let you know that the vacancy has been filled before we were able to review your results.

We will keep your application on file and contact you if a similar opportunity opens in your area.

Kind regards,
Andes Distribuciones – Recursos Humanos`, 'Sales Trainee – Santiago'),
  // 59
  rej('screen', ['position_filled'], {},
    `Hey Tariq, thanks for the call last week. Short version: the client's gone with someone who was further along in their process, and the role is closed. Sorry mate, I'll keep looking. — Liam, Apex Talent Partners`, 'Re: Ops Manager role'),
  // 60
  rej('interview', ['generic'], { ...offered },
    `Dear Ms. Mwangi,

Thank you for attending the second stage. The competition for this role was strong and, after careful consideration, we have decided not to offer you the position.

If you would like feedback, please let me know and I will arrange a short call with the chair of the panel.

Yours sincerely,
Peter Kamau
HR Officer, Rift Valley Water Services Board`, 'Second stage interview – Procurement Officer'),
  // 61
  rej('application', ['generic'], { ...door },
    `Dear Hollis,

Thank you for applying to the Summer Analyst Programme at Carrow & Blythe. We received over 4,000 applications this year.

We have now completed the assessment centres for this intake, and all candidates invited to them have been contacted. As you were not among those invited, we are unable to progress your application this year.

We encourage you to apply again next cycle.

Early Careers Team
Carrow & Blythe LLP

Carrow & Blythe LLP is a limited liability partnership registered in England and Wales (OC388812). This email and any attachments are confidential.`, 'Summer Analyst Programme 2027'),
  // 62
  rej('screen', ['generic'], {},
    `Hi Noor,

Thanks for the quick call the other week. We've now finished the first round of interviews with the candidates we invited, and I'm afraid we won't be inviting you to interview for this position.

All the best,
Harvey
Recruitment, Coldharbour Estates`, 'Lettings Negotiator'),
  // 63
  rej('interview', ['generic'], {},
    `Dear Paulo,

Thank you for meeting with us at our Porto office. We have now invited a small number of candidates to the final stage, and I am sorry to say that you are not one of them.

Cumprimentos,
Rita Sousa
Recursos Humanos, Douro Têxteis`, 'Candidatura'),
  // 64
  rej('assessment', ['generic'], {},
    `Hi Ellie,

Thanks for doing the online assessment. We will not be inviting you to an interview for the Graduate Marketing Executive role.

Best wishes,
The Graduate Team at Kestrel Brands
---
You are receiving this because you applied via our careers site. Powered by Oleeo.`, 'Kestrel Brands – your graduate application'),
  // 65
  rej('final', ['generic'], {},
    `Hi Rafael,

Quick note after the last stage with our CEO. We've decided not to proceed with you for the role. It was a close decision and I want to thank you for your patience with a long process.

Best,
Ana Beatriz
People, Caju Pagamentos`, 'Caju – Head of Risk'),
  // 66
  rej('interview', ['generic'], {},
    `Dear Mr. Tanaka,

Thank you very much for visiting our office last week and speaking with Mr. Sato and Ms. Ikeda. After careful consideration, we regret to inform you that we are unable to offer you a position at this time.

We sincerely appreciate your interest in our company.

Sincerely,
Personnel Department
Mizuhara Trading Co., Ltd.`, 'Result of selection'),
  // 67
  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Hi Aleksandra,

Thank you for the second stage on Monday with Ruth and Gabriel. We've decided not to go further, for two reasons. First, the team needs someone with hands-on Salesforce CPQ configuration, which you said you had only seen from the user side. Second, we'd need you in the Leeds office three days a week, and commuting from Glasgow on that basis didn't seem workable for you when we discussed it.

Thanks again for your time.

Best,
Sunita Rao
RevOps Manager, Whitecliff Software`, 'RevOps Analyst'),
  // 68
  rej('final', ['position_filled'], { ...offered, ...door },
    `Hi Thandiwe,

I hope you had a good weekend. I'm writing about the Senior Product Manager role.

Since the last stage we've had a lot going on here: the product team moved offices, two engineering managers joined, and we also finally launched the merchant app that Busi mentioned to you on the day. I mention all this partly to apologise for how long this update has taken.

We have now offered the role to another finalist, who has accepted.

I know that after meeting Busi, Kagiso and the design team, and preparing that roadmap review, you gave us a lot. If you'd find it useful to hear the panel's reflections, I'd be happy to set up a call with Busi. And we have more PM roles coming in the new year; I'd like to reach out to you about those when they open.

Thank you again for everything.

Warm regards,
Lerato Mokoena
Talent Acquisition Partner
Imbali Commerce (Pty) Ltd | 44 Bree Street, Cape Town
www.imbalicommerce.co.za

This email and its attachments may be confidential and are intended solely for the addressee.`, 'Senior Product Manager – update'),
  // 69
  rej('assessment', ['assessment'], { ...fb },
    `Dear candidate,

Your results for the Customer Service Advisor assessment are now available.

Situational judgement: 58% (required: 65%)
Typing speed: 44 wpm (required: 35 wpm)

As you have not met the required standard in all parts, we are unable to progress your application on this occasion.

Regards,
Recruitment – Northwind Energy Supply

Do not reply to this message.`, 'Assessment results – Customer Service Advisor'),
  // 70
  rej('interview', ['assessment', 'skills_gap'], { ...fb },
    `Hi Dmitri,

Thanks for the pairing session and the chat with Olga afterwards. I'll be straightforward: in the pairing the team felt the Rust code didn't compile cleanly without a lot of prompting, and the role requires someone already productive in Rust from day one. We won't be going forward.

All the best,
Pavel
CTO, Ferrum Labs`, 'pairing session'),
  // 71
  rej('screen', ['profile_mismatch'], {},
    `Hi Sara, appreciate you hopping on the intro call yesterday. After sharing notes with the team, we've decided your background isn't the best match for this role. Thanks for your interest! — Kim, Recruiting at Loomly Health`, 'Loomly Health'),
  // 72
  rej('final', ['internal_candidate'], { ...door },
    `Dear Siddharth,

Thank you for taking part in the final panel and the stakeholder lunch. I wanted to tell you in person, but as you are travelling I'm writing instead: the committee has decided to appoint the current deputy director, who has been acting in the role since the summer.

You were an exceptional candidate and I very much hope you will apply for future senior roles with us.

With best wishes,
Catherine Doyle
Chief People Officer, Ardmore Foundation`, 'Director of Programmes'),
  // 73
  rej('interview', ['location'], { ...fb },
    `Hello Benedikt,

Thank you for the video call with our hiring manager on Thursday. After reviewing your circumstances, we are unable to offer this position as it is restricted to residents of Switzerland or EU/EFTA nationals with a valid permit, and you confirmed you do not currently hold one.

Freundliche Grüsse,
HR Services, Rhätia Pharma AG`, 'Bewerbung QA Specialist'),
  // 74
  rej('assessment', ['salary'], { ...fb },
    `Hi Jonah,

Thanks for turning the brief around so quickly. It was nicely done. The problem is on our side: your day rate of £650 is more than double what the client has approved for this contract (£300), and they can't move on it. So I'm going to have to pull you out of this one.

Talk soon,
Becca
Pathfinder Freelance Recruitment`, 'Re: Content design brief'),
  // 75
  rej('final', ['overqualified'], { ...fb },
    `Dear Ms. Laurent,

Thank you for your participation in the final interviews. The committee recognised your extensive leadership experience; having run a division of 200 people, you are considerably more senior than the team lead profile we defined, and the committee felt the role would not hold your interest. We have therefore decided not to make an offer.

Cordialement,
Service des Ressources Humaines
Groupe Mistral Assurances`, 'Votre candidature – Team Lead'),
  // 76
  rej('interview', ['role_closed'], { ...door },
    `Hi Beatriz,

Thanks for meeting Joaquín and the team. I'm sorry to say that the funding we expected for the new team has not come through, so we've had to cancel the role altogether. We'll be in touch if it comes back.

Un abrazo,
Marta
Co-founder, Verdemar`, 'Verdemar'),
  // 77
  rej('interview', ['generic'], {},
    `Your application for Sous Chef at The Copper Pot

Hi Liam,

Thanks for the trial service on Saturday and the chat with Chef afterwards. We're going to go a different way with this one.

Cheers,
Gemma`, 'The Copper Pot'),
  // 78
  rej('screen', ['skills_gap', 'salary'], { ...fb },
    `Hi Ife,

Thanks for our call on Monday. I've spoken to the hiring manager. They need someone who has personally closed enterprise deals above $500k, which you haven't done yet, and your base expectation of $160k is well above the $120k ceiling for this grade. So unfortunately I can't put you forward.

Good luck,
Chris
Recruiter, Northgate Search`, 'Enterprise AE – update'),
  // 79
  rej('application', ['internal_candidate'], {},
    `Hello,

Thank you for applying for the Library Assistant position. We wish to inform you that this position has been filled by an existing member of staff, and we are therefore no longer recruiting externally.

City of Harwick Libraries`, 'Library Assistant'),
  // 80
  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Hi Ben,

Following the panel on Friday, I wanted to share where we landed. The panel liked your technical answers, but your comments about preferring to work fully on your own and keep meetings to a minimum came up a lot in the debrief; this team is highly collaborative, with daily pairing, and they felt you'd struggle in that setup. So we won't be moving forward.

Happy to talk it through in more detail if you'd like.

Laura
Engineering Manager, Hollowtree`, 'Panel follow-up'),
  // 81
  rej('final', ['generic'], { ...door },
    `<p>Dear Amara,</p>
<p>Thank you for joining us for the assessment day and the final interview with our Regional Director.</p>
<p>We regret to inform you that on this occasion you have not been successful.</p>
<p>We would encourage you to look at our vacancies again in the future.</p>
<p>Kind regards,<br>Talent Team<br>Greenhaven Care Group</p>
<p style="font-size:10px">Please do not reply to this email.</p>`, 'Your application with Greenhaven Care Group'),
  // 82
  rej('interview', ['overqualified'], {},
    `Hi Graham,

Thanks for coming to see us at the depot. It was good to meet you. We think you'd be overqualified for the warehouse supervisor role, so we've decided not to take it further.

Thanks,
Steve Docherty
Operations, Clydeside Freight`, 'Warehouse Supervisor'),
  // 83
  rej('assessment', ['location'], { ...fb },
    `Dear Ms. Oyelaran,

Thank you for completing our background screening. As part of that check, we were unable to confirm your right to work in the United Kingdom; the share code provided has expired, and the role requires confirmed right to work before a start date can be set. We are therefore withdrawing the conditional offer.

Yours sincerely,
Onboarding Team, Lambeth Health Partnership`, 'Pre-employment checks'),
  // 84
  rej('assessment', ['generic'], {},
    `Dear Mr. Ferreira,

Further to the pre-employment checks, including the references you supplied, we regret that we are unable to continue with your appointment to the post of Care Coordinator.

Yours sincerely,
HR Department
Brightside Community Care`, 'Pre-employment checks'),
  // 85
  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Nicolás,

Just wanted to follow up after you met Carla and Pedro. We've decided to move forward with candidates whose experience is closer to what we need for this role. We're hiring steadily though, so please keep an eye on our jobs page and apply again.

Best,
Joaquín
Talent at Rayo`, 'Rayo – Backend Engineer'),
  // 86
  rej('screen', ['role_closed'], {},
    `Hello Helga,

Thank you for the call with our HR team last week. Due to a restructuring of the finance department, the Payroll Specialist position will no longer be filled, and we are closing all applications.

Kind regards,
Nordlys Retail AS`, 'Payroll Specialist'),
  // 87
  rej('final', ['skills_gap'], { ...fb, ...door },
    `Hi Yaw,

Thank you for the onsite and for the time with six of us. The feedback was strong on product sense, but the loop identified that you haven't yet managed managers, and this role leads three team leads. We'll be hiring a Group PM role next quarter that may suit you better, and I'd like to reach out when it opens.

Best,
Renée Dubois
Head of Product, Larkspur`, 'Larkspur onsite'),
  // 88
  rej('interview', ['position_filled'], {},
    `Hi Hana, thanks for the chat with Daniel a few weeks back. Sorry for the slow reply — we've now hired for the role. All the best! — Jo, Copperleaf`, 'Re: Copperleaf'),
  // 89
  rej('assessment', ['assessment'], { ...offered },
    `Hi Aditya,

Thanks for the presentation deck you sent over for the sales exercise. Having reviewed it, we've decided not to invite you to the next stage. If you'd like some feedback on the deck, just reply and I'll set up 10 minutes.

Regards,
Siobhan
Recruitment, Axle Freight Tech`, 'Sales exercise'),
  // 90
  rej('interview', ['salary', 'location'], { ...fb },
    `Dear Omar,

Thank you for speaking with Ms. Reyes and me last week. We have decided not to proceed. As we discussed, your salary expectation of 28,000 SAR per month is above the approved grade for this post, and the role is based on site in Jubail with no remote option, which you said would not work for your family.

Best regards,
Hassan Al-Qahtani
HR Manager, Gulf Coast Petrochemicals`, 'Process Engineer'),
  // 91
  rej('interview', ['internal_candidate'], {},
    `Hi Marisol,

After your conversation with our founder and the session with the ops team, we had planned to move you forward. However, one of our team leads applied for the role in the meantime and we have decided to promote her into it.

I'm sorry, I know this is frustrating.

Best,
Gustavo
Alpaca Logistics`, 'Alpaca – Head of Ops'),
  // 92
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Taiwo,

Thank you for your application for Graduate Solicitor. We are unable to progress your application as the role requires a 2:1 degree or above, and you have indicated a 2:2. We encourage you to apply for our paralegal vacancies, which do not have this requirement.

Kind regards,
Graduate Recruitment
Pennington Ashe LLP`, 'Graduate Solicitor application'),

  // ── Paused processes
  // 93
  hold('final', ['role_closed'], {},
    `Hi Kenji,

Thanks again for the day with the team last Thursday. I owe you an update: the leadership team has put all new hires on pause while we finalise next year's budget. You're still very much in the running, and nothing has been decided against you; we expect to pick things back up in January.

Best,
Mariko Fujita
People, Tsubame Games`, 'Update'),
  // 94
  hold('interview', ['generic'], {},
    `Hi Olivia,

Just a quick note after you met Sarah and Tom. Tom has been off sick this week, so the debrief has slipped. We haven't made any decisions yet, and I'll be back to you by the end of next week.

Thanks for your patience,
Megan
Talent, Brightstone Analytics`, 'Re: next steps'),
  // 95
  hold('assessment', ['role_closed'], {},
    `Dear Ibrahim,

Thank you for the task you sent back. Before we could schedule the review, the hiring for the Data Engineer role was paused following an internal restructure. Your application remains open and we will contact you as soon as the process resumes.

Kind regards,
Halvorsen Maritime – Recruitment`, 'Data Engineer – process paused'),
  // 96
  hold('final', ['generic'], {},
    `Dear Camille,

Following Tuesday's final interviews, the decision is taking longer than planned, as two members of the committee are travelling. You have not been ruled out. We expect to be able to write to you within two weeks.

Sincerely,
Hélène Marchand
Ressources Humaines, Atelier Vauclair`, 'Directeur Artistique – suite'),
  // 97
  hold('interview', ['role_closed'], {},
    `Hi Ravi,

Thanks for the panel last week. I wanted to let you know the role is on hold for now while the department is reviewed. It hasn't been cancelled, and you're still under consideration; I'll write as soon as I know more.

Best,
Joanne Price
Recruitment, Hartley County Council`, 'Panel follow-up'),
  // 98
  hold('screen', ['generic'], {},
    `Hey Marco, thanks for the call on Wednesday! Heads up, the hiring manager is on leave for two weeks so interviews are delayed until she's back. You're still in the process, nothing's changed. — Aisha, Ribbon Talent`, 'delay'),
  // 99
  hold('assessment', ['generic'], {},
    `Dear Applicant,

Thank you for submitting your written answers for the Communications Officer vacancy. Due to the high number of applications, the assessment of written answers is taking longer than expected. We now expect to inform candidates of the outcome by 30 June.

Recruitment Office, Institute for Coastal Studies`, 'Communications Officer – timeline update'),
  // 100
  hold('final', ['role_closed'], {},
    `Hi Akosua,

After your time with us on site, we had every intention of moving to an offer. Unfortunately our Series B has been delayed and the board has frozen hiring until it closes. This isn't a no. We'd like to keep you in the loop and come back to you when the freeze lifts, probably in six to eight weeks.

Sorry, I know this is not what you hoped to hear.

Kwabena
Founder, Sika Health`, 'Sika Health'),
  // 101
  hold('assessment', ['generic'], {},
    `Dear Mr. Schmidt,

Thank you for the video interview you recorded. The review of recordings is taking longer than usual, and we are not yet able to give you a decision. We will be in touch within ten working days.

HR Team, Elbtal Logistik GmbH`, 'Ihre Bewerbung'),
  // 102
  hold('interview', ['role_closed'], {},
    `Hi Freya,

Following the pitch on Thursday, the client has asked us to pause the Account Manager hire while they renegotiate their contract. We're keeping you on the shortlist and will be back in touch once we know more.

Thanks,
Ollie
Northgrove Agency`, 'Account Manager'),

  // ── Look-alikes: the same steps, nobody declined
  // 103
  other(`Hi Lukas,

Thanks for the time with Sarah and Tom on Thursday – they both came away very positive. We'd like to invite you to the final stage: a half-day on site with the wider team on the 14th. I'll send details shortly.

Best,
Annika`, 'Next step'),
  // 104
  other(`Dear Olumide,

Having seen your presentation, the panel would like to invite you to a final conversation with our managing partner. Could you let me know your availability next week?

Yours sincerely,
Grace Ekwueme`, 'Strategy Associate – final conversation'),
  // 105
  other(`Hi Mateo,

Following Tuesday, we're delighted to offer you the role of Robotics Engineer at Pampa Robotics! The formal offer letter is attached. Please take a few days to look it over and let me know if you have any questions.

Lucía`, 'Offer – Pampa Robotics'),
  // 106
  other(`Hello Siobhan,

After your time with us on site, we're checking references now. Could you send contact details for a second referee, ideally a former line manager? We hope to have an answer for you by Friday.

Henrik`, 'References'),
  // 107
  other(`Hi Jonas,

Thanks for the task you sent back, received safely. The reviewers will go through it this week and I'll let you know the outcome by Friday.

Eva`, 'Re: exercise submission'),
  // 108
  other(`Dear Candidate,

Interviews for the Lecturer in Economics post will take place on 12 and 13 March. You are invited to attend on 12 March at 10:30. Please confirm your attendance by replying to this message.

Human Resources, University of Eastmoor`, 'Invitation to interview – Lecturer in Economics'),
  // 109
  other(`Hi Chloé,

Good news: you're one of those shortlisted for the final round! Those interviews will take place in Lyon on 22 and 23 May. Please tell me which day suits you.

Inès`, 'Final round – Lumen Verre'),
  // 110
  other(`Hi Rachel,

Thanks for your interest in the Healthcare Assistant role. The next step is a shadowing shift on Ward 7, so you can see what the job is like. Are you free on Saturday the 9th, 7:30 to 13:00?

Joanne Pryce
Nurse Recruitment Lead`, 'Shadowing shift'),
  // 111
  other(`Dear Applicant,

Thank you for submitting your written answers for the Policy Officer role (ref. PO-2291). We have received your submission and it will be assessed after the closing date. You do not need to do anything further at this stage.

This is an automated message. Please do not reply.

Department of Regional Development – Recruitment Services`, 'Submission received – PO-2291'),
  // 112
  other(`Hi Tomasz,

The next step in our process is a short recorded video interview. You'll find the link below; it will stay active for five days. There are four questions, and you'll have up to two minutes for each.

Good luck!
The Cloudberry Talent Team`, 'Record your video interview – Cloudberry'),
  // 113
  other(`Hi Jamal,

Thanks for letting me know you've accepted another offer and would like to withdraw from the Senior Buyer process. I've closed your application. Congratulations, and best of luck in the new role.

Keisha`, 'Re: Withdrawing my application'),
  // 114
  other(`Hey Priyanka! Ravi would love to have a conversation with you this week, just 30 minutes, pretty informal. Any time Thursday afternoon work? — Meera`, 'chat with Ravi'),
  // 115
  other(`Hi Felix,

Thanks for the pitch on Thursday. We're still seeing two more agencies' candidates this week, so we won't have a decision until the end of next week. I'll be in touch either way.

Harriet`, 'Re: Account Director – Brightwater'),
  // 116
  other(`Dear Sipho,

Congratulations! We are pleased to invite you to the assessment centre for the Graduate Engineer Programme 2027, to be held at our Midrand office on 18 April. The day includes a group exercise, a technical interview and a site visit.

Graduate Recruitment, Karoo Power Systems`, 'Assessment centre invitation'),
  // 117
  other(`Hi Nadia,

Hope the final round felt good from your side! Before we wrap things up, could you confirm your notice period and current package? Just so we have the full picture when we meet on Monday.

Tom`, 'quick question'),
  // 118
  other(`Dear Callum,

Thank you for your time at the last round. We are pleased to make you a conditional offer for the Regional Housing Officer post, subject to satisfactory references and a DBS check. Please complete the attached form.

Hannah Birch
HR Business Partner, Ravenscar Housing Association`, 'Conditional offer'),
  // 119
  other(`Hi Dani,

Thanks for confirming the day with the team on Wednesday. You'll be with the design crew in the morning, then lunch with Noa and a short session with our CTO. Address and parking info attached.

Cheers`, 'Wednesday – details'),
  // 120
  other(`Hello,

Thanks for joining the Stackfield Talent Community! We'll send you new roles that match your interests. You can update your preferences or unsubscribe at any time.

Stackfield Recruiting`, 'Welcome to the Stackfield Talent Community'),
  // 121
  other(`New jobs for you: Senior Buyer – Harbor & Pine Retail (Atlanta, GA); Category Buyer – Lattice Home (Remote); Procurement Lead – Duval Foods (Jacksonville, FL). View all 14 matches on your dashboard.`, '3 new jobs match your search'),
  // 122
  other(`Hi Anjali,

Congratulations on getting through to the second stage! It will be a panel interview with our CIO and two portfolio managers. Please bring proof of your CFA exam results.

Rohan`, 'Second stage – Portfolio Analyst'),
  // 123
  other(`Dear Mr. Okafor,

The appointments panel will sit on Friday 14 June. Please arrive at the Administration Block by 9:00. You will be asked to give a ten-minute presentation on medicine safety.

Mrs. B. Adjei`, 'Appointment of Senior Pharmacist – panel'),
  // 124
  other(`Hi Aleksandra,

Thanks for the second stage on Monday! Ruth and Gabriel enjoyed meeting you. We're finishing up with the other candidates this week and will have an update for you early next week.

Sunita`, 'Re: RevOps Analyst'),
  // 125
  other(`Hi Kofi,

We've received your application for Operations Associate. Our team reviews every application and we'll get back to you within two weeks. In the meantime, feel free to read more about us on our blog.

Mosi Ventures Talent Team`, 'Thanks for applying to Mosi Ventures'),
  // 126
  other(`Dear Hyun-woo,

Thank you for travelling to Seoul for the final interviews. Please submit your travel receipts by the end of the month using the attached form, and we will reimburse you within 14 days.

Min-ji Park
HR, Hanbit Semiconductor`, 'Travel reimbursement'),
  // 127
  other(`Hi Ben,

Following the panel on Friday, I've booked a feedback call for us on Tuesday at 3pm as you asked. The good news first: you're through to the final stage, and the call is mostly to prep you for it.

Laura`, 'Panel follow-up'),
  // 128
  other(`Hi Yaw,

Congratulations – the onsite loop went really well and we'd like to move to references. Can you share two referees who managed you directly?

Renée`, 'Larkspur – references'),
  // 129
  other(`Hello Wen,

Thanks for your application to Lingua Bridge. The next step is a short translation test (English to Mandarin and Cantonese). You'll have 72 hours from the moment you open the link.

Lingua Bridge Recruitment`, 'Translation test'),
  // 130
  other(`Hi Hollis,

This is a reminder that your video interview for the Summer Analyst Programme is due by 23:59 GMT on Sunday. If you have technical problems, reply to this email.

Early Careers Team, Carrow & Blythe LLP`, 'Reminder: video interview due Sunday'),
  // 131
  other(`Hi Ingrid,

Just confirming Friday: case presentation at 13:00, panel at 14:30, then coffee with the team. You'll receive the case brief on Wednesday morning.

Magnus`, 'Friday schedule'),
  // 132
  other(`Dear Rafael,

You have reached the last stage of our process! The final conversation will be with our CEO, Bruno, on Tuesday at 10:00 (São Paulo time). Link to follow.

Ana Beatriz
People, Caju Pagamentos`, 'Last stage – Caju'),
  // 133
  other(`Hi Grace,

Sorry, I need to move our chat with the hiring manager from Thursday to Monday at 11. Does that still work for you? Apologies for the shuffle.

Ben, Talent @ Fieldnote`, 'Reschedule'),
];
