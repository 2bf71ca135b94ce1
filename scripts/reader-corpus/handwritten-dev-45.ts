/**
 * Development messages of the forty-fifth round, never sealed: rejections written after some contact with the
 * candidate (a screen, an assessment, interviews or a final round), told as people tell them. The step is often named
 * once and in passing ("our quick chat", "the session with the team", "coffee with our COO", "references after your
 * final"), sometimes next to steps still to come for others. Writers vary (hiring managers, founders, recruiters,
 * agencies relaying a client, HR templates), as do Englishes, sectors and lengths; a few look-alikes decline nothing
 * and a few processes are paused. For development only: the rules may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d45-');

export const HANDWRITTEN_DEV_45: readonly CorpusLine[] = [
  // ── after a screen
  rej('screen', ['salary'], { ...fb },
    `Hi Tomasz,

Thanks again for making time for the intro call with Priya from Talent on Tuesday. We've talked it over and the number you mentioned is well above what we've budgeted for this role, so we won't take things further.

All the best,
Hartwell Logistics Talent Team`, 'Your application – Operations Planner'),

  rej('screen', ['location'], { ...fb, ...door },
    `Dear Ms Okafor,

It was a pleasure speaking with you on the phone yesterday. As discussed, the Analyst position requires five days a week in our Leeds office, and since you are not in a position to relocate before spring we will not be progressing your application at this time.

We would be glad to hear from you again should your circumstances change — please do apply for future openings.

Kind regards,
Ruth Pemberton
HR Advisor, Calder & Moss Insurance`),

  rej('screen', ['generic'], {},
    `hey Sam — good chatting the other day. we've decided to go with other folks for this one. best of luck out there!

— Jess @ Pipewell`),

  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Hello Ananya,

Thank you for the short call on Monday. From what we discussed, your hands-on experience with SAP FICO is mostly from the user side, and this role needs someone who has configured the module end to end. For that reason we are not moving you to the technical interview.

If you want a few more notes from my side, just reply to this mail and I will call you.

Regards,
Karthik Subramanian
Talent Acquisition | Nexora Tech Services, Hyderabad`),

  rej('screen', ['profile_mismatch'], { ...door },
    `Dear Lukas,

Many thanks for our quick chat last week. Having reflected on it, we feel your background lines up more with product roles than with the account management position we're hiring for, so we will not proceed.

We keep details of everyone we speak with and may come back to you if something more suitable opens.

Best wishes,
Charlotte Eames
People Partner, Brightloom`),

  rej('screen', ['position_filled'], {},
    `Hi Daniel,

Quick update after our phone screen — the client has just accepted an offer from another candidate who was further along, so the Senior Buyer role is now filled. Sorry it's not better news.

Cheers,
Marcus
Redgate Search Partners`),

  rej('screen', ['location'], {},
    `Dear Applicant,

Thank you for speaking with our recruitment team. Unfortunately, this position is open only to candidates who hold the right to work in Canada without sponsorship. As a result we are unable to continue with your application.

Sincerely,
Human Resources
Maplecrest Health Network

This message was sent from an unmonitored mailbox.`),

  rej('screen', ['overqualified'], { ...fb, ...door },
    `Hi Graham,

I really enjoyed our call on Thursday — you've clearly done a lot in your career. Honestly, with fifteen years leading teams, we think you'd find the coordinator role too narrow, and we'd rather not put you in a job you'd outgrow in three months.

If a more senior opening comes up I'll reach out to you first.

Warmly,
Dana Whitlock
Recruiting, Fernhill Studios`),

  rej('screen', ['culture_fit'], { ...fb },
    `Hi Mei,

Thank you for your time on the intro call. After talking it through with the team, we don't think the way we work — very async, very self-directed, little structure — matches what you described as your ideal environment. We won't be moving forward.

Best,
Oskar
Talent @ Quietharbor`),

  rej('screen', ['role_closed'], {},
    `Dear Fernando,

Following our initial conversation, I must let you know that the Regional Sales Lead vacancy has been withdrawn after an internal reorganisation. We will therefore not continue the process.

Kind regards,
Inés Carvalho
Recursos Humanos — Torres Alimentação`),

  rej('screen', ['generic'], { ...offered },
    `Hello Priyanka,

Thanks for chatting with me last Friday. Unfortunately we won't be progressing your application for the Customer Success Manager role.

If you'd like any feedback on our conversation, I'm happy to share — just let me know.

Kind regards,
Hollie
Talent Acquisition Partner
Verdant Cloud Ltd

Verdant Cloud Ltd is registered in England and Wales. Company no. 11042231.`),

  rej('screen', ['skills_gap'], { ...fb },
    `Dear Mr Haddad,

Thank you for the telephone interview with our HR department. Fluent German (C1) is essential for this position due to daily contact with our clients in Austria and Switzerland, and based on the call your level is not yet sufficient. We are therefore unable to consider you further.

With kind regards
Sabine Vogt
Personalabteilung, Kronhof Maschinenbau GmbH`),

  rej('screen', ['salary', 'location'], { ...fb },
    `Hi Jordan, thanks for the call. Two things don't line up for us: the comp you're after is above our band, and we need someone in Denver at least three days a week. So we'll pass for now. Appreciate your time.

Kelsey Moran | Recruiter | Tallgrass Energy`),

  rej('screen', ['internal_candidate'], {},
    `Hi Ben,

Thanks for chatting with me on Wednesday about the Project Controls role. Since then a colleague from our Perth office has put their hand up for it and we've decided to move them across, so we won't be taking external candidates further.

Cheers,
Sophie Tran
Talent Acquisition, Coralbay Mining`),

  // ── after an assessment
  rej('assessment', ['assessment'], { ...fb },
    `Hi Rafael,

Thanks for sending over the take-home. The team liked how clean the API layer was, but the pagination broke on the larger dataset and there were no tests around the import job, which is the core of the role. We won't be moving you to the next stage.

Best,
Elin Sandberg
Engineering Manager, Fjordly`),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the online aptitude and personality assessments for our Graduate Programme 2027. Unfortunately, your results did not meet the benchmark required to progress to the assessment centre.

We wish you every success.

Graduate Recruitment Team
Whitmore Banking Group`),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Chloe,

Thank you so much for coming in for the trial shift on Saturday. The team thought you were lovely with guests, but the pace on the pass was a struggle and a couple of plates went out wrong, and at the moment we need someone who can step straight into a busy Saturday service.

We'd honestly love to see you reapply in a few months once you've had more time on the line.

Tom
Head Chef, The Salt Loft`),

  rej('assessment', ['profile_mismatch'], {},
    `Hello Nikhil,

Thank you for submitting the case study. After review, the panel felt other candidates' profiles were a closer match to what the team needs right now, so we will not be progressing your application.

Regards,
Talent Team, Ardent Capital Advisors`),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Aisling,

Thanks for the presentation you prepared at home on our Q3 campaign. The creative ideas were strong, but the panel felt the budget split wasn't backed by any data and the measurement plan was missing entirely, which is central to this role. For that reason we won't invite you to the next step.

Happy to talk through the panel's notes on a call if useful.

Best,
Niamh Kavanagh
Marketing Director, Lir Outdoor`),

  rej('assessment', ['generic'], {},
    `Hi Ahmed,

thanks for doing the coding challenge. we've decided not to proceed. good luck with the search.

Recruiting @ Stackward`),

  rej('assessment', ['assessment'], {},
    `Dear Jun,

We have now reviewed the results of the technical test you completed last week. Unfortunately, your score was below the threshold required for this role, and we will not be taking your application further.

Thank you for your interest in Kestrel Avionics.

Recruitment Office`),

  rej('assessment', ['position_filled'], { ...door },
    `Hi Laura,

I'm sorry this has taken a while. You did a great job on the writing test, but in the meantime we hired a candidate who had applied earlier and was already further along. The copywriter seat is now filled.

We'll keep your samples and would love to reach out for freelance work down the line.

Gemma
Content Lead, Northpaw Pet Co.`),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Good afternoon Pedro,

Thank you for completing the practical welding test on Thursday. The assessors noted that your TIG welds on the stainless samples showed porosity, and you do not yet hold the 6G certification the contract requires. We are therefore unable to offer you a position on this project.

Regards,
Site HR, Brennock Fabrication Ltd`),

  rej('assessment', ['location'], { ...fb },
    `Hi Olu,

Thanks for completing the assignment. Before we went further, our legal team confirmed that we can't employ people in Nigeria through our current entity, so unfortunately we can't continue.

Sorry about that,
Maya — People Ops, Lumenfold`),

  rej('assessment', ['assessment'], { ...offered, ...door },
    `Dear Siddharth,

Thank you for taking the time to complete the SQL and Python assessment. The hiring team has reviewed your submission and unfortunately it did not meet the bar for this role.

Should you wish to receive detailed feedback, please write to careers@quantile.in. We also encourage you to apply for future openings at Quantile Analytics.

Warm regards,
Talent Acquisition Team`),

  // ── after interviews
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Hannah,

Thank you for the conversations with Mark and me last week. We both enjoyed them, and your stakeholder stories were really good. Where we landed is that the role needs someone who has owned a Snowflake migration end to end, and your experience there was more as a contributor. So we've decided not to move forward.

If it would help, I'm happy to jump on a 15-minute call and go through our notes.

Best,
Alicia Ferreira
Head of Data, Parcelhop`),

  rej('interview', ['generic'], {},
    `Dear Mr. Oyelaran,

Thank you for interviewing for the Finance Officer position. We regret to inform you that you were not selected.

Human Resources Department
County of Ashby`),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Ella,

Thank you for meeting with the team on Thursday — everyone appreciated your energy. In the end we felt another candidate's experience was a closer fit for what we need this year, so we won't be offering you the role.

We'd genuinely like to stay in touch, and I'll let you know when we open the next design role.

All the best,
Jonas
Co-founder, Pebblebox`),

  rej('interview', ['culture_fit'], { ...fb },
    `Hello Viktor,

Thank you for the session with the team on Monday. Technically you were very solid. The team did feel, though, that you prefer to work on your own and to take decisions alone, while we pair nearly all the time and decide together. We don't think it would be a happy match for either side, so we will not continue.

Best regards,
Anneke de Groot
Team Lead, Brugwerk B.V.`),
  rej('interview', ['position_filled'], {},
    `Dear Kavya,

Thank you for attending the interview for Assistant Professor (Computer Science) at our institute. We wish to inform you that the post has since been filled by the selection committee.

Registrar
Sri Venkatesa Institute of Technology, Tirupati`),

  rej('interview', ['salary'], { ...fb },
    `Hi Leon,

Thanks for the chats with Anja and the engineering team. Everyone liked you. The honest problem is money: the €92k you need is about fifteen thousand above the top of our band for this level, and we can't stretch that far this year. So we'll have to stop here, I'm afraid.

Cheers,
Frieda
Talent, Kettlewerk`),

  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Dear Chen Wei,

Thank you for the interview on 14 November. The panel noted that you do not yet hold a current NMC registration, which is required from the first day, and the role cannot be sponsored under our current visa allocation. We are therefore unable to offer you the post.

Yours sincerely,
Recruitment Team
St Aldhelm's NHS Foundation Trust`),

  rej('interview', ['generic'], { ...door },
    `Hi Marisol!

So sorry to be the bearer of not-great news. After your visit to the studio we decided to go another way for the junior stylist spot. Please keep us in mind down the road — we're always growing!

xo
Bianca & the team at Velvet Row Salon`),

  rej('interview', ['profile_mismatch'], {},
    `Hi Tariq,

Thanks for coming in for the technical deep-dive. After discussing it with the panel, we've decided to move forward with candidates whose backgrounds more closely match the role.

Regards,
Recruiting Team, Obsidian Robotics`),

  rej('interview', ['internal_candidate'], { ...door },
    `Dear Fiona,

I wanted to write personally after your interview with Gareth and me. You were a very strong candidate. However, a member of our existing team applied late in the process and we have decided to appoint internally.

I hope you will consider applying to us again — I would be glad to see your name come up.

Best wishes,
Helen Baird
Director of Communications, Glenmorrow Trust`),

  rej('interview', ['overqualified'], { ...fb },
    `Hello Ricardo,

Thank you for the interview yesterday. We were impressed by your experience; frankly it goes well beyond what this junior analyst role involves, and we worry the work would not keep you engaged. We have decided not to proceed with your application.

Kind regards,
Beatriz Lemos
People & Culture, Solmar Seguros`),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Akosua,

Thank you for your interview for the Procurement Officer post. The panel appreciated your answers on supplier relationships, however the role requires CIPS Level 4 as a minimum, which you have not yet completed. We are therefore unable to offer you the position on this occasion.

Yours faithfully,
HR Unit
Volta River Utilities, Accra`),

  rej('interview', ['role_closed'], {},
    `Hi Nadia,

I'm sorry to write after you've given us so much of your time in interviews. The company has just announced a hiring freeze for the rest of the financial year, and the Product Marketing Manager role has been pulled. We won't be able to continue.

I'm really sorry.
Chris Hollis
Senior Recruiter, Beaconline`),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Jakub,

Thank you for the interview with our hiring managers. After careful consideration, we have chosen candidates who more closely match the requirements of the position.

If you would like feedback on your interview, please reply to this email and we will arrange it.

Kind regards,
Recruitment Team
Vistula Freight Sp. z o.o.`),

  rej('interview', ['culture_fit'], {},
    `Hi Connor,

Thanks for coffee with our COO on Tuesday. She enjoyed it, but we're a small team and we're looking for a specific working style right now, and we don't think it's the right match. We won't move forward.

Thanks,
Ruby
Chief of Staff, Gatherwell`),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Ines,

Thanks a lot for the interviews. I'll be straight with you: the team needs someone who's worked with Kubernetes in production, and from the system design round it was clear that's not yet the case for you. Everything else — your Go, your debugging — went really well.

Please try again with us in a year or so; I'd be happy to see you back.

Best,
Pavel Horák
Engineering Manager, Cloudmoth`),

  rej('interview', ['generic'], {},
    `Thank you for attending the interview. We regret we cannot offer you employment at this time.

— Cresthaven Hotels, HR`),

  rej('interview', ['location'], { ...fb, ...door },
    `Hi Emeka,

Thank you for the two video calls with us. We thought hard about it, but the role needs to be based in Lagos and you've made it clear you want to stay in Abuja. We can't make a remote arrangement work for this team yet.

If we open a role in Abuja, I'll reach out to you straight away.

Regards,
Funmi Adeyemi
HR Business Partner, Kolanut Payments`),

  rej('interview', ['profile_mismatch', 'position_filled'], {},
    `Dear Margaret,

Thank you for coming to the panel last Wednesday. The panel has now made its decision and appointed a candidate whose experience more closely matched the role. The post of Practice Manager is therefore filled.

Yours sincerely,
Dr Alan Whitby
Senior Partner, Ferncliffe Surgery`),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Yusuf,

Thanks for the conversations with our accounting team. We really liked you, but we need someone with hands-on IFRS 16 lease accounting, and you mentioned you've only covered it at a theoretical level. So we've decided to continue with other candidates.

Best,
Julia Nowak
Finance Lead, Greyfield Properties`),

  rej('interview', ['generic'], { ...offered, ...door },
    `Dear Sofia,

Thank you for taking the time to interview with us for the role of Client Services Associate. Unfortunately, we have decided not to move forward with your candidacy.

We appreciate your interest in Harborline Wealth and encourage you to apply for future openings that match your background. Feedback is available on request.

Sincerely,
Talent Acquisition
Harborline Wealth Management

[Please do not reply directly to this message. Powered by Hirestream ATS]`),

  rej('interview', ['salary'], { ...fb },
    `Hi Tanvi, thank you for speaking with Rohan and me. We're unable to meet your expected CTC for this position, so we won't be able to proceed further. Wishing you the best.

Regards,
Neha | HR, Indigoleaf Foods`),

  rej('interview', ['profile_mismatch'], {},
    `G'day Liam,

Thanks for the chat with the leadership team last week. We've had a yarn about it and reckon another applicant's background was a better match for where we're heading, so we won't be going ahead with you this time.

All the best with it,
Bec Harding
Operations Manager, Saltbush Freight`),

  rej('interview', ['culture_fit', 'skills_gap'], { ...fb },
    `Dear Amira,

Thank you for meeting the team at our Cairo office. The interviewers found your analytical skills solid, but you have no experience with Arabic-language content moderation, which the role depends on. Some of the team also felt your preference for fixed hours would be hard to fit with our shift rota and the way this team works. We will not proceed.

Best regards,
Karim Mansour
Trust & Safety, Nilepath`),

  rej('interview', ['generic'], {},
    `Hello Gabriel,

Following your interview for the Warehouse Supervisor role, we regret to let you know that you have not been successful.

Thank you for your interest.

Recruitment | Ashgrove Distribution`),

  rej('interview', ['skills_gap'], { ...fb, ...offered, ...door },
    `Hi Zoe,

I hope you're well. I wanted to come back to you properly after your interviews with me, Daniel and Sanjay for the Senior Product Designer role.

First, thank you — you came really prepared, and the portfolio walkthrough of the onboarding redesign was one of the best we've seen this year. Daniel in particular loved how you framed the research.

Where we struggled is the systems side. This role will own our design system as it grows from two products to five, and in the conversation with Sanjay it was clear your component library work so far has been as a consumer rather than as the owner. We talked about it at length and decided we need someone who has led that before, so we won't be making an offer.

I know that's disappointing after three conversations. If it helps, I'm very happy to get on a call and go through the rest of our notes — there was a lot of good stuff in there too.

And please do keep an eye on our careers page. We'll be hiring for a product designer on the payments team early next year, and I'd love to see your application.

Warmly,
Ingrid Solberg
Design Director, Mossline`),

  rej('interview', ['position_filled'], { ...door },
    `Dear Olga,

Thank you for your interview. We have offered the position to another candidate, who has accepted. We'll keep your CV on file for the next six months.

Regards,
Anna Petrenko
HR, Dniprotech`),

  rej('interview', ['role_closed'], { ...door },
    `Hi Kofi,

Annoying news, I'm afraid. After your interviews with the team, the business decided to restructure the whole customer success function, and the Team Lead role doesn't exist in the new setup. I'm sorry — you'd done nothing wrong.

I'll be in touch if the new structure brings roles that suit you.

Leah
Talent Partner, Sproutly`),

  rej('interview', ['profile_mismatch'], {},
    `Dear Mr. Takahashi,

We thank you for the meeting at our Osaka branch. After deliberation, we regret that your experience does not correspond to the needs of this position. We will not proceed with your candidacy.

Respectfully,
Personnel Department
Hinode Precision Co., Ltd.`),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Maeve — thanks for the interview on Friday. We need a teacher with a Leaving Cert Irish qualification to cover the Gaeilge classes, and you don't have that yet, so we're not in a position to offer you the post. Best of luck.

Siobhán Ní Bhriain
Principal, Scoil Bhríde`),

  rej('interview', ['generic'], { ...door },
    `Dear Harpreet,

Thank you for the time you spent with our panel. It was a tough decision, and we have decided to go ahead with another candidate.

We'd be pleased to hear from you again for future vacancies.

Kind regards,
Sarah Lyle
HR Manager, Brackenfield Housing Association`),

  rej('interview', ['location'], { ...fb },
    `Hi Diego,

Thanks for the interviews. Unfortunately our client can only hire people who live in the EU for tax reasons, and you're in Mexico City, so we can't submit you further.

Best,
Noor
Recruiter, Hopline Talent (on behalf of our client)`),

  rej('interview', ['assessment'], { ...fb },
    `Dear Ravi,

Thank you for the interviews on Thursday. During the live coding session the solution didn't handle the edge cases we talked about, and the panel felt the performance discussion didn't go deep enough for a senior role. We will not be moving forward.

Regards,
Hiring Team, Cobaltline`),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Beth,

It was a pleasure to meet you at the session with the team on Tuesday. We've decided to progress with candidates who are a closer match to what we need at the moment.

If you'd like feedback, just drop me a line and I'll set up a quick call.

Best,
Isla Grant
Talent, Thistledown Games`),

  rej('interview', ['overqualified', 'salary'], { ...fb },
    `Hi Dmitri,

Thanks for interviewing with us. Frankly, your experience is well above this position, and the salary that would be fair for someone at your level is out of reach for us. We've decided not to move forward.

Best regards,
Aurelia Stone
Talent, Gridwise Energy`),

  rej('interview', ['internal_candidate'], {},
    `Dear Candidate,

Thank you for attending an interview for the position of Senior Administrator. Following the interview process, the position has been offered to an internal applicant.

Human Resources
University of Eastbrook`),

  rej('interview', ['generic'], {},
    `Hello Paulo,

I wanted to thank you for the meetings last week. We've made a decision and unfortunately it's not you this time — it was a very competitive process.

All the best,
Teresa Ruiz
Hiring Manager, Mareal Logistics`),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Anjali,

Thank you for participating in the interview process for the Regulatory Affairs Associate role. The panel concluded that your experience with FDA submissions is limited compared with what we need, as the role will be leading 510(k) filings from day one. We therefore will not continue.

Feedback from the interviewers is available if you'd like it — please contact me.

Kind regards,
Priya Raman
Talent Partner, Medivale Devices`),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Sanne,

Thanks for the chat with Thijs and me last week. We've decided not to take you forward — we felt another profile matched better. We'll hold onto your details and reach out if something fits you better.

Groetjes,
Eva
People, Fietswerk`),

  rej('interview', ['culture_fit'], { ...offered },
    `Dear Pierre,

Thank you for the conversations with our partners. After reflection we have concluded that the fit with the firm's culture is not quite right, and we will not be proceeding.

Should you wish to discuss this, I would be glad to arrange a short call.

Yours sincerely,
Claire Dumont
Head of Recruitment, Dumont Lefèvre Avocats`),

  rej('interview', ['generic'], {},
    `Hi Mateo — thanks for the interview. We've gone with someone else. Good luck!

Jay, Rootstock Coffee`),

  rej('interview', ['skills_gap'], { ...fb },
    `Hello Sunita,

Thank you for your interview for the Staff Nurse (ICU) role. The panel felt you would need at least two years of critical care experience for this unit, and your experience so far has been on general medical wards. We will not be taking your application further at this stage.

Kind regards,
Nurse Recruitment Team
Bayside Private Hospital, Brisbane`),

  rej('interview', ['position_filled'], { ...offered },
    `Hi Grace,

Thanks again for meeting with the team. We've now made an offer to another candidate and they've accepted, so the role is closed. If any feedback from the interviews would help you, let me know.

Best,
Will
Hiring Manager, Oakhurst Analytics`),

  rej('interview', ['location', 'salary'], { ...fb },
    `Hi Amelia,

Thank you for taking the time to meet with Jonathan and our finance team. We've thought about it a lot. Two things stopped us: the role needs to be in our Singapore office full-time from January and you'd prefer to remain in Sydney, and the package you outlined is above what we've approved. We won't be moving ahead.

Kind regards,
Wen Li
Regional HR, Tidemark Asia`),

  rej('interview', ['generic'], { ...door },
    `Dear Ana Lucía,

Agradecemos mucho tu tiempo en las entrevistas — thank you very much. Unfortunately, we have decided not to continue with your application for the Marketing Coordinator position. We will keep your CV in our database for future opportunities.

Saludos cordiales,
Recursos Humanos
Cafetal Andino S.A.`),
  // ── after a final round
  rej('final', ['profile_mismatch', 'position_filled'], { ...offered, ...door },
    `Hi Rachel,

Thank you for going through the final stage with us last Thursday. It came down to two people, and we decided to offer the role to the other candidate, whose experience was a little closer to our needs.

I know how much work you put into this process. If you'd like feedback from the final panel, I'm happy to share it, and we'd love to stay in touch for future roles.

Best,
Megan Castillo
VP People, Lanternwise`),

  rej('final', ['generic'], {},
    `Dear Mr. Abernethy,

Thank you for attending the board interview on 21 November. The board has considered all candidates carefully and regrets that you have not been selected for the post of Chief Finance Officer.

Yours sincerely,
Company Secretary
Torridon Water Board`),

  rej('final', ['skills_gap'], { ...fb },
    `Hi Arjun,

Thank you for making it to the last round — it was close. In the end, the CEO conversation tipped it: we need someone who has already raised a Series B, and you've led finance through seed and A only. So we're going with the other finalist.

Best wishes,
Shreya Kapoor
Talent Lead, Ledgerlane`),

  rej('final', ['position_filled'], { ...door },
    `Dear Heather,

Following references after your final interview, I'm sorry to tell you that we have now appointed another candidate to the Head of Fundraising role, who has accepted our offer.

The panel was very impressed, and we would be delighted if you considered applying to us again.

With best wishes,
Robert Kinnaird
Chief Executive, Harbour Light Hospice`),

  rej('final', ['culture_fit'], { ...fb, ...offered },
    `Hi Marco,

Thank you for the onsite last Friday. You did well across the technical rounds. Where the team hesitated was in the collaboration session: you pushed hard for your own design and didn't really take up the ideas Lena and Tobi offered, and that kind of joint decision-making is how this team works every day. So we're not making an offer.

I'm happy to talk it through on a call if you'd like more detail.

Best,
Greta Lind
Engineering Manager, Hushmark`),

  rej('final', ['internal_candidate'], {},
    `Hi Samuel,

Thanks for coming in for the final two. It was a hard call, but we've decided to appoint from within — one of our existing account directors will step into the role.

Kind regards,
Olivia Grant
HR Director, Keystone Media Group`),

  rej('final', ['salary', 'position_filled'], { ...fb, ...door },
    `Dear Farah,

Thank you for completing all the final round meetings. We'd have loved to offer you the role, but we couldn't bridge the gap between your expected salary of AED 45,000 and the budget agreed for this position. We have therefore closed the process with another candidate.

Please stay in touch — we expect to open a more senior role in the second half of next year.

Warm regards,
Hessa Al Marri
Talent Acquisition Manager, Dunecrest Holdings`),

  rej('final', ['generic'], { ...offered },
    `Hi Tyler,

Thanks so much for spending the day with us at the onsite. We have decided to go with another candidate. I'd be happy to chat about your interviews if that's helpful.

Best,
Ashley
Recruiting, Ridgepoint Software`),

  rej('final', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Katarzyna,

Thank you for coming to the final stage for the Country Manager role. The panel felt that your background is strong in operations but a closer match to a COO-type role than to what we need, and in particular that you have little direct experience of managing a P&L. For this reason we will not make you an offer.

Kind regards,
Henrik Olsen
Nordic HR, Brightvale Retail`),

  rej('final', ['role_closed'], {},
    `Hi Nia,

I'm really sorry about this. You were one of our two finalists for the Head of Partnerships role, but the board has decided to cut the position from next year's budget. We won't be hiring for it.

Truly sorry,
Amanda
Founder & CEO, Kindred Grocers`),

  rej('final', ['profile_mismatch', 'position_filled'], {},
    `Good evening Vikram,

Thank you for the final round of interviews with our directors. After a lot of discussion, we have decided to offer the post to a candidate whose profile is more aligned with the requirement. We won't be proceeding with your candidature.

Best regards,
Deepa Menon
HR, Vasudha Infrastructure Ltd, Kochi`),

  rej('final', ['location'], { ...fb, ...door },
    `Hi Matt,

Thanks for coming through the final round. The team were keen, but in the end the leadership group decided this role has to be based in Auckland, and you were clear you'd stay in Wellington. We'll be going with another finalist.

If we ever open something in Wellington, you're the first person I'll call.

Cheers,
Aroha
Talent, Kōwhai Software`),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Dear Isabelle,

Thank you for your participation in the final round for Senior Counsel. It was a very close decision.

The panel appreciated your clear written analysis and your knowledge of competition law. Ultimately, they preferred the other finalist's track record in managing litigation with external counsel, which is a large part of the role in the coming year.

I would be happy to provide further feedback over the phone if that would be useful.

Kind regards,
Margaux Bernard
Legal Recruitment, Altaris Group`),

  rej('final', ['generic'], {},
    `Dear Kwame,

Following the final interview, we regret to inform you that your application for the post of Deputy Headteacher was unsuccessful.

Governing Body
Marston Vale Academy`),

  rej('final', ['position_filled'], {},
    `Hi Leah, just a quick note to let you know we've made an offer to the other finalist for the Studio Manager job and she's accepted. Thanks so much for everything.

Noel
Inkwell Architects`),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Hi Oscar,

Thank you for the full day with us — the onsite, the case presentation and the dinner with the team. I'll be honest: it was between you and one other person. We've chosen them because they have already run a sales team of 20+, and your largest team so far has been six.

I really hope you'll apply to us again. I'd like to stay in touch.

Best,
Camila Reyes
VP Sales, Orbitwise`),

  rej('final', ['culture_fit'], {},
    `Hi Dev,

Thanks for the last round with the founders. We've decided not to make an offer — we just didn't feel the fit with the team was there.

Thanks,
Lara
Operations, Sprigfield`),

  rej('final', ['generic'], { ...door },
    `Dear Emily,

Thank you for your time at the assessment centre and the final interview for the Graduate Scheme. Unfortunately we will not be offering you a place on this year's programme.

We'd encourage you to apply again next year.

Early Careers Team
Thornbury & Wise LLP`),

  rej('final', ['profile_mismatch', 'position_filled'], { ...offered },
    `Hello Jean-Luc,

Merci — thank you for the final interview with our General Manager last week. Another candidate's experience was ultimately closer to what the hotel needs, and we have decided to offer them the role.

If you wish, I can share the interviewers' comments by phone.

Cordialement,
Sylvie Martin
Ressources Humaines, Hôtel Beaurivage`),

  rej('final', ['salary', 'position_filled'], { ...fb },
    `Hi Naledi,

Thank you for completing the final stage. Our budget couldn't stretch to your salary expectation, and we have since filled the role with another candidate.

Best regards,
Thabo Nkosi
Talent, Jacaranda Energy, Johannesburg`),

  rej('final', ['skills_gap'], { ...fb },
    `Hi Patrick,

Thanks for being one of our last three for the Data Science Lead role. You came across really well to our CTO. The deciding factor was causal inference: in the final technical discussion the experiments you described didn't cover uplift modelling or diff-in-diff, and that's the core of the roadmap. We've decided to go with another candidate.

Best,
Hana Yoshida
Head of Talent, Prismcast`),

  rej('final', ['generic'], { ...offered, ...door },
    `Dear Ewa,

Thank you for being a finalist for the position of Programme Manager. It has been a difficult decision, and we have selected another candidate.

We would be glad to offer you feedback if you wish, and we hope you will apply for future roles with us.

Kind regards,
Human Resources
Baltic Futures Foundation`),

  rej('final', ['overqualified'], { ...fb },
    `Hi Richard,

Thanks for the final meeting with our MD. He enjoyed it. The view we've come to is that, with your background running a whole division, you would be over-qualified for a regional manager role that reports into someone with less experience than you. We think that would be frustrating for everyone, so we won't be offering.

Best,
Lucy Barnes
HR, Meadowgate Care Homes`),

  rej('final', ['internal_candidate'], { ...door },
    `Hi Anouk,

After the final interviews we have chosen to promote someone from inside the team to Head of Content. It was a close decision and not about anything you did.

We'd love to see your name again for future roles.

Jasper
Editor-in-chief, Velde Media`),

  rej('final', ['role_closed'], {},
    `Dear Simon,

Thank you for taking part in the final round. Since then the organisation has restructured the department: the Operations Director role will no longer exist as a separate post and its responsibilities move to an existing director. We therefore are unable to continue with the appointment.

Kind regards,
Executive Search Team
Halden Partners (on behalf of Grayson Rail)`),
  // ── more screens
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Bruno,

Thanks for the call this morning. As we talked about, the role needs a valid CDL Class A, and since you're still waiting on your test date we can't move you forward right now.

Take care,
Dispatch Hiring, Ironclad Haulage`),

  rej('screen', ['generic'], { ...door },
    `Dear Yasmin,

Thank you for speaking with our recruitment consultant. After reviewing all candidates we will not be progressing your application on this occasion. We'll retain your details and contact you if a suitable role arises.

Kind regards,
Pennant Recruitment
(acting on behalf of our client)`),

  rej('screen', ['profile_mismatch'], {},
    `Hello Arnav,

Thank you for the initial HR discussion. We regret to inform that your profile is not matching the current requirement, hence we are unable to take your candidature forward.

Regards,
HR Team
Sarvam Engineering Solutions, Chennai

*** This is a system generated mail. Please do not reply. ***`),

  rej('screen', ['position_filled'], {},
    `Hi Kiera, following up after our screening call last week — the hiring manager has now offered the role to someone who was already in final interviews, so the position is no longer open. Thanks for your patience!

— Aimee, Talent Coordinator, Bluecrest Dental`),

  rej('screen', ['skills_gap', 'location'], { ...fb, ...door },
    `Dear Omar,

Thank you for the phone conversation on Monday. We are looking for a candidate with at least three years of medical device sales, and yours is about one year, mostly in pharma. The role also requires living within the Midlands territory, which you said would be difficult.

We'll keep your CV on file and would be happy to consider you for future openings.

Best regards,
Helen Ashcroft
Talent Acquisition, Corvin Medical UK`),

  rej('screen', ['role_closed'], { ...door },
    `Hey Lily — thanks for hopping on a call with me on Friday. Bit of a curveball: leadership put the Community Manager hire on ice for next year's planning, so I can't move anything forward. Hate to do this after a great chat. I'll ping you the second it reopens.

Rosa | People @ Loopkit`),

  // ── more assessments
  rej('assessment', ['assessment'], { ...fb },
    `Hi Connor,

Thanks for the design exercise. The visuals were strong, but the flow skipped the error states we asked for and there was no rationale for the choices, which made it hard for the panel to judge the thinking behind it. We won't be going further this time.

Regards,
Priya
Design Ops, Tallow`),

  rej('assessment', ['generic'], { ...door },
    `Dear Applicant,

Thank you for completing the psychometric testing stage for the Customer Advisor role. After careful review, we will not be taking your application further at this time. We hope you will consider applying for future vacancies with us.

Resourcing Team
Northgate Building Society`),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Lena,

Thank you for the translation test. Our reviewers found the German–English sample accurate in meaning but quite literal in style, and two of the legal terms were rendered incorrectly. As our clients are mainly law firms, we can't add you to the roster right now.

If you'd like to see the reviewer's marked-up copy, just ask.

Kind regards,
Adele Morgan
Vendor Manager, Lexbridge Translations`),

  rej('assessment', ['skills_gap'], { ...fb },
    `Dear Hamza,

Thank you for completing the practical assessment at our workshop. While your diagnostics were good, you do not yet hold the EV high-voltage qualification (Level 3) which is required for this technician post. Unfortunately we are unable to progress your application.

Regards,
Service Manager
Pennine Motors`),

  rej('assessment', ['assessment'], {},
    `Hi Rohit,

thank you for attempting the online test for the Associate Software Engineer role. Unfortunately you have not cleared the cut-off for the next round.

Wishing you all the best,
Campus Hiring Team, Infolance Technologies`),

  rej('assessment', ['profile_mismatch'], { ...offered },
    `Dear Sarah,

Thank you for the financial model you prepared for us. We've now compared all submissions and have decided to progress candidates whose experience aligns more closely with the role.

If you would find it helpful, I'd be glad to share brief feedback on the model.

Best regards,
Jonathan Price
Director, Cairnstone Corporate Finance`),

  rej('assessment', ['role_closed'], {},
    `Hi Evan,

Thank you so much for the effort you put into the take-home. I'm sorry to say the team has just been folded into another group and the Frontend Engineer role has been cancelled, so we won't be reviewing submissions further.

Regards,
Sienna
Recruiting, Lightbeam Health`),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Tomás,

Thank you for taking part in the in-tray exercise. Your prioritisation was sensible, but the draft letter to the complainant contained factual errors and missed the deadline issue in item 4. We will not be progressing you on this occasion.

We encourage you to apply again for future roles with the Council.

Recruitment Team
Westholm District Council`),

  rej('assessment', ['culture_fit'], {},
    `Hi Aiden,

Thank you for joining us for the trial day at the warehouse. The team felt it wasn't the right fit with how the crew works together on the floor, so we won't be offering you a position.

Thanks again,
Dean
Shift Manager, Parcelfast`),

  // ── a few more interviews
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Mr Mensah,

Thank you for attending interview for the post of Quantity Surveyor. The panel noted you have not yet obtained chartered status (MRICS), which the client framework requires for this role. We are therefore unable to proceed further.

Regards,
Amberley Construction Consultants`),

  rej('interview', ['generic'], {},
    `Hi Jana, many thanks for the video interview last week. Unfortunately we will not continue with your application. Best regards, Petra (HR, Vltava Software)`),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Mohammed,

Thank you for meeting the hiring manager and the team for the Maintenance Planner vacancy. After comparing all candidates, we selected someone whose profile better matches the role. We will keep your application in our talent pool for similar openings.

Best regards,
Talent Acquisition
Qasr Petrochemicals

This email and any attachments are confidential.`),

  rej('interview', ['position_filled'], {},
    `Hi Caitlin,

Thank you for interviewing for the Events Coordinator role. We've now filled the position.

Regards,
Harriet
Blackwood Events`),

  // ── a last handful
  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Wiremu,

Thanks for the quick chat yesterday arvo. The site supervisor role needs a current Site Safe Supervisor certificate and at least a Level 4 in construction, and you're still working towards both. We'll leave it there for now — but please get back in touch once you've got them, we'd be keen.

Ngā mihi,
Kiri Walker
HR, Tōtara Build Ltd`),

  rej('screen', ['generic'], {},
    `Dear Ms. Adeyemi-Cole,

Further to your telephone screening, we regret to advise that your application will not be taken forward.

Yours faithfully,
Recruitment Services
Lindenbrook City Council`),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Sebastián,

Thanks for the case study on our churn problem. Your segmentation was thoughtful, but the recommendations weren't sized at all, and the panel couldn't see how you'd prioritise them. As that's the core of the role, we won't be moving you to interviews.

Best,
Lucía Paredes
Strategy Team, Mercantia`),

  rej('assessment', ['skills_gap'], { ...fb, ...offered },
    `Dear Mihai,

Thank you for completing the background check and the driving assessment. Unfortunately, the check showed your licence has been held for less than the three years our insurer requires for van drivers, so we cannot offer you the role at this time.

If you have any questions about this decision, please call me on the number below.

Regards,
Corina Pop
Fleet HR, Rapidvan Couriers`),

  rej('final', ['generic'], {},
    `Hi Aoife — thanks for coming in for the final round with Dermot and the board. We're not going to be moving ahead with you. Best of luck.

Clodagh
Office Manager, Lough Ree Distillers`),

  rej('final', ['skills_gap', 'culture_fit'], { ...fb, ...door },
    `Dear Santiago,

Thank you for the final interview with our Managing Partner. I'll share where the partners landed. They valued your audit experience, but the role needs someone who has led tax advisory engagements, which you haven't done yet. They also felt that our very client-facing, travel-heavy way of working was further from what you are looking for than the other finalist.

We would be glad to hear from you again in a few years, when you may have that advisory experience.

Kind regards,
Valentina Costa
Talent, Costa & Arriaga Asesores`),

  // ── paused processes
  hold('interview', ['role_closed'], {},
    `Hi Alex,

Thanks again for the interviews with the team. I wanted to be upfront: we've had to pause this hire while our new funding round closes, which may take until February. You're still very much in the running, and I'll come back to you as soon as we have the go-ahead.

Best,
Natalia
Co-founder, Ferrobit`),

  hold('final', ['role_closed'], {},
    `Dear Prakash,

Thank you for attending the final round. The decision on this position has been put on hold pending the appointment of our new Chief Operating Officer, who will want to be involved. We expect to update you in January. Your application remains active.

Kind regards,
Latha Iyer
HR Manager, Kaveri Agro Ltd`),

  hold('screen', ['role_closed'], {},
    `Hi Meg,

Quick heads-up after our intro call: budget sign-off for the role has been delayed, so we're pausing interviews for a couple of weeks. Nothing has changed on our side about your application — I'll be back in touch once it's approved.

Cheers,
Tori, Talent at Hivemind Labs`),

  hold('assessment', ['role_closed'], {},
    `Dear Jonas,

Thank you for submitting your case study. Due to an internal restructure, the process for this role is temporarily on hold. We have not made a decision on your application and will contact you once the process resumes.

Kind regards,
Recruitment
Steinbach Versicherungen`),

  hold('interview', ['role_closed'], {},
    `Hi Chidi, thanks for the chat with Alan on Monday. The team is currently reviewing its headcount plan and we've been asked to hold all open roles until the end of the quarter. We'll keep your interview notes and pick things up with you then.

Regards, Shola — HR, Palmgrove Foods`),

  // ── look-alikes that decline nothing
  other(`Hi Natasha,

Great news — the panel really enjoyed your interview on Tuesday, and we'd like to invite you to the final round with our CEO and CFO. Unfortunately they're both travelling next week, so could you do Monday the 14th at 10:00?

Best,
Laura
Talent, Orchard Lane Capital`, 'Final round invitation'),

  other(`Dear Peter,

Thank you for your time on the phone. As discussed, please find attached the take-home assignment. Please return it within five working days. We regret that we cannot extend deadlines.

Regards,
Hiring Team, Northmere Bank`),

  other(`Hi Siobhan,

I'm delighted to tell you that after the final interviews we'd like to offer you the position of Operations Manager! The formal offer letter is attached. Unfortunately the start date can't move earlier than 2 February, but otherwise everything is as discussed.

Warmly,
Ellen
HR Director, Greenway Logistics`, 'Offer of employment'),

  other(`Hello Farid,

Thank you for completing the coding assessment. You've passed! The next step is a technical interview with two of our engineers. Please pick a slot using the link below.

Talent Team, Zephyrloop`),

  other(`Hi Martina,

Thanks for letting us know you've accepted another offer and would like to withdraw from the process. We're sorry to lose you before the final stage but completely understand. Best of luck in the new role!

Gianni
People, Fiorello Design`),

  other(`Dear Candidate,

We regret to inform you that the interview scheduled for Thursday 9 December must be rescheduled due to the interviewer's illness. Our coordinator will contact you with new options shortly.

Recruitment Coordinator
Beaumont Health`),

  other(`Hi Kenji,

Just following up after your onsite — the team is still finalising feedback, and we expect to have a decision by Friday. Thanks for your patience!

Rebecca
Recruiting, Lumina Robotics`),

  other(`Dear Aryan,

Following your final interview, we are pleased to move to reference checks. Please send us the contact details of two referees, one of whom should be a recent line manager.

Regards,
HR Team, Chandra Solar`),

  other(`Hi Jess,

I'm a recruiter at Fableworks. I saw you went through interviews with us for a design role last spring — we have a new opening on the games team that I think suits you even better. Would you be open to a quick chat?

Best,
Marta`),

  other(`Dear Mr Lindqvist,

Thank you for your interest in the Research Fellow position. Please note that the closing date for applications has been extended to 15 January. Shortlisted candidates will be invited to interview in early February.

School of Marine Science
University of Kelvinhaugh`),
];
