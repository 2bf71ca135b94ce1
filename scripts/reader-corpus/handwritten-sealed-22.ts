/**
 * Sealed messages of the twenty-second round, written for scoring only and never used to change the reader.
 * Part A: rejections from many employers, sectors and countries, each from a different writer: tracking-system
 * auto-mails, HR template letters, agency recruiters, hiring managers and founders writing by hand, academic and
 * public-sector letters, at every stage and for every reason, often stated in passing.
 * Part B: one job seeker's inbox: a logistics coordinator in Glasgow applying to freight forwarders, 3PLs, retailers,
 * distilleries, manufacturers and the public sector, with look-alikes that decline nothing, a few paused processes and
 * the rejections among them.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s22-');

export const HANDWRITTEN_SEALED_22: readonly CorpusLine[] = [
  // ── Part A: rejections from many employers
  rej('application', ['generic'], {},
    `Hi Marisol,

Thank you for your interest in the Product Designer role at Quillfern. We received a large number of applications and, after careful review, we have decided not to move forward with your candidacy at this time.

We wish you the best in your search.

The Quillfern Recruiting Team

Powered by Greenhouse`, 'Your application to Quillfern'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hello Tobias,

Thanks so much for taking the time to apply for Senior Backend Engineer at Harrowgate Labs. Our team carefully went through your application, and while there's a lot to like, we've decided to pursue candidates whose background lines up more closely with what this team needs right now.

That said, we're growing quickly and would love for you to keep an eye on our careers page — new roles open every month and we'd be glad to see your name again.

All the best,
Priya
Talent @ Harrowgate Labs

Sent via Lever`, 'Harrowgate Labs — Senior Backend Engineer'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for your interest in career opportunities at Meridian Hallworth Insurance. We have reviewed your application for Claims Analyst II (Requisition R-20418).

After careful consideration, we regret to inform you that you have not been selected to continue in the selection process for this position.

Should your application be advanced, the next steps would have included a phone screen, a skills assessment and interviews with the hiring team; however, we are unable to offer you these steps on this occasion.

Sincerely,
Talent Acquisition
Meridian Hallworth Insurance

This email was sent from an unmonitored mailbox. Please do not reply. To review the status of your applications, log in to your Candidate Home account.`, 'Update on your application - Claims Analyst II'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Dev,

I wanted to reach out personally after your conversations with Amira and me last week. We really enjoyed hearing about the warehouse-automation work you led, and it was a close call, but we've decided not to proceed.

The main thing that tipped it was production experience with Kubernetes at scale — this role will own our cluster migration from day one and the other people we met had run that kind of migration before. Everything else was strong.

If it'd help to talk it through, I'm happy to jump on a 15-minute call; just reply with a few times that work.

Cheers,
Jonah Ferreira
Engineering Manager, Platform — Stackwise`, 'Following up'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Kwame,

Thank you for applying to the Customer Support Specialist (EMEA) position with Lumenbright.

Unfortunately, this role is only open to candidates who are currently based in and legally authorised to work in Ireland, and from your application it looks like you'd need sponsorship. We aren't able to offer visa sponsorship for this position.

We do hire across several countries, so please check our careers page from time to time for roles that match your location.

Kind regards,
Lumenbright Talent Team
— sent with Ashby`, 'Lumenbright: your application'),

  rej('assessment', ['assessment'], {},
    `Dear Ms. Okafor,

Thank you for completing the online numerical and verbal reasoning assessments as part of your application to the Graduate Finance Programme at Bramley & Stowe.

Having reviewed your test results, we regret to inform you that on this occasion your scores did not meet the threshold required to progress to the next stage of our selection process.

We appreciate the time and effort you have put into your application and wish you every success in your future career.

Yours sincerely,

Graduate Recruitment Team
Bramley & Stowe LLP
Registered in England and Wales. Registered office: 14 Ludgate Row, London EC4M 7QQ`, 'Bramley & Stowe Graduate Programme – application outcome'),

  rej('final', ['position_filled'], { ...door },
    `Hi Rahel,

I hope you're well. I'm sorry to be writing with this news after you gave us a full day on site — the panel genuinely enjoyed meeting you.

We have now offered the Head of Operations role to another candidate and they have accepted. It came down to the final two, and honestly either of you could have done the job.

I'd very much like to stay in touch. We're expecting to open a regional ops lead role in the spring, and I'll make sure you hear about it before it goes live.

Warmly,
Beatrix Lowe
Chief People Officer, Tallowmere Foods`, 'Head of Operations'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant,

RE: Post of Senior Lecturer in Environmental Law (Ref: ACA-0931)

Thank you for your application for the above post. The selection panel met on 12 November to shortlist candidates against the essential and desirable criteria set out in the person specification.

I regret to inform you that you have not been shortlisted for interview. The panel noted that your application did not evidence the essential criterion of a record of peer-reviewed publication in environmental or planning law.

Due to the volume of applications we are unable to provide further individual feedback at this stage.

Yours faithfully,

HR Services (Recruitment)
University of Wexmoor`, 'Application outcome: ACA-0931'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hey Lukas,

Thanks again for the chat on Tuesday. I took your numbers back to the hiring manager and unfortunately we're just too far apart — the band for this one tops out about 18k below where you said you'd need to be, and there's no flex on it this year.

Really don't want this to be the end though. If your expectations change or we get a more senior req, I'd love to reconnect. I'll keep your details on my list.

Best,
Shannon
Recruiter | Corvid Analytics`, 'Re: Data Engineer – next steps'),

  rej('application', ['internal_candidate'], {},
    `Dear Mr Haddad,

Thank you for applying for the position of Procurement Manager with Solstrand Energy.

We wish to inform you that following the internal advertisement period the position has been filled by an existing member of staff. As a result we will not be progressing external applications.

We thank you for your interest in Solstrand Energy.

Kind regards
People & Culture`, 'Procurement Manager vacancy'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Nadia,

Thank you for spending time with our team on Thursday. Everyone appreciated your candour and your portfolio was impressive.

After discussing as a group, we don't think the way this team works day to day — very flat, lots of loose ends, people picking up whatever lands — is going to be the right environment for you, based on what you told us you're looking for. We'd rather be honest about that now than have it surface six months in.

We're going to close out the process on our side. Best of luck with the search.

Ollie
Co-founder, Pebblecast`, 'thanks from Pebblecast'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Mr. Brennan,

Thank you for your recent application for the position of Junior Accounts Assistant.

Having reviewed your CV, we feel that your considerable experience, including several years in a financial controller role, goes well beyond what this entry-level position requires, and we do not believe the role would offer you sufficient challenge.

We would, however, be pleased to keep your details on file and contact you should a more senior vacancy arise.

Yours sincerely,
Margaret Kilbride
Office Manager
Kilbride & Moss Chartered Accountants`, 'Your application – Junior Accounts Assistant'),

  rej('application', ['role_closed'], {},
    `Hi Samira,

Thanks for applying to the Growth Marketing Manager role. I wanted to let you know that we've had to pause hiring for this position following a change in our budget for next year, so we won't be moving forward with any applicants for it, including you.

Apologies for the disappointing news, and thank you for your interest in Fernwise.

— Fernwise People Team`, 'Update on Growth Marketing Manager'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Arjun,

Thanks for submitting the take-home. The reviewers spent a good amount of time on it.

Your API design was clean, but the submission didn't handle concurrent writes to the ledger, which was the core of the exercise, and there were no tests around the reconciliation logic. Because of that we won't be moving to the onsite stage.

We appreciate the effort you put in, and wish you all the best.

— Hiring team, Tallyrock`, 'Tallyrock take-home: outcome'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Ms. Iyer,

Greetings from Anvayaa Technologies!

This is with reference to your interview for the post of Senior Business Analyst held on 21st of this month. We thank you for your time and interest.

We regret to inform you that your profile has not been found suitable for the current requirement. Your resume will be retained in our database and you shall be contacted if any suitable opening arises in future.

Wishing you all the best for your future endeavours.

Regards,
HR Team
Anvayaa Technologies Pvt. Ltd.
*** This is a system generated mail. Please do not reply. ***`, 'Interview Status – Senior Business Analyst'),

  rej('application', ['generic'], {},
    `Thanks for applying to Crumbly. We've decided not to move ahead with your application for Barista Trainer. Good luck!`, 'Crumbly application'),

  rej('final', ['profile_mismatch', 'position_filled'], { ...offered },
    `Dear Henrik,

Thank you for travelling to Rotterdam for the final round with our management team. It was a pleasure to have you with us for the day.

We have now completed all final interviews. After long discussion the committee decided to offer the position to a candidate whose experience matched the requirements of the role somewhat more closely. I realise this is disappointing at such a late stage.

If you would like to receive feedback from the panel, please let me know and I will arrange a call with the hiring manager.

With kind regards,
Saskia van Daalen
Recruitment Business Partner
Havenlijn Logistics B.V.`, 'Final round – outcome'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Hi Chiara,

thank you for you application for the role of Sales Representative Italy and DACH. We have looked at your CV with attention.

Unfortunately for this position we need fluent German (C1 at least) because most of the customers are in Austria and Bavaria, and also the person must live in Munich area since the work is with visits to the clients every week. From your CV it seems both is not the case now.

So we can not continue with your application. We wish you good luck.

Best regards
Team HR
Grünwald Feinmechanik GmbH`, 'Ihre Bewerbung / your application'),

  rej('screen', ['generic'], {},
    `Hi Ben,

Thanks for jumping on the phone with me yesterday. I've had a chance to speak with the team and, unfortunately, we won't be moving your application forward to the next stage.

Thanks again for your time.

Courtney
Talent Partner, Loopline`, 'Loopline — update'),

  rej('application', ['position_filled'], {},
    `Dear Applicant,

Thank you for your interest in the Part-time Library Assistant position at Ashcombe Town Council.

We would like to let you know that the vacancy has now been filled and we are no longer accepting applications. Your application will not be considered further.

Yours faithfully,
Human Resources
Ashcombe Town Council`, 'Library Assistant vacancy'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `G'day Hamish,

Just wanted to give you a ring but kept missing you, so here's an email instead.

Thanks heaps for coming in to meet me and Trish at the Fortitude Valley office. We had a good yarn about the project side of things and you clearly know your way around a building site. Where we landed is that we really need someone with a current Class 4 Builder's licence for this one because they'll be signing off on jobs, and you're still a way off getting yours.

Once you've got it sorted, give me a call — we're always after good site supervisors and I'd be keen to have another chat.

Cheers,
Darren Pike
Operations Manager | Redgum Constructions Pty Ltd
M 0412 555 018`, 'Site Supervisor role'),

  rej('application', ['profile_mismatch'], {},
    `<p>Dear Yusuf,</p>
<p>Thank you for your interest in <b>Beacon Wealth Partners</b> and for applying for the position of <b>Client Relationship Associate</b>.</p>
<p>After reviewing your application, we have determined that your qualifications do not align with the requirements of this role at this time.</p>
<p>We appreciate your interest and wish you success in your career.</p>
<p>Regards,<br/>Beacon Wealth Partners Talent Acquisition</p>
<p style="font-size:10px;color:#999">You received this email because you applied on careers.beaconwp.com. iCIMS Talent Platform.</p>`, 'Beacon Wealth Partners - Client Relationship Associate'),

  rej('assessment', ['generic'], { ...door },
    `Hi Leonie,

Thank you for completing the case study and presentation task for the Brand Strategist role. We know these take real time to put together.

We've now reviewed all the submissions and we won't be inviting you to the next round on this occasion. It was a very strong field.

We'd love you to keep in touch with us and apply again for future roles — we'll hold onto your details in our talent community.

Best wishes,
The People Team at Kitewell Studio`, 'Brand Strategist – update'),

  rej('application', ['generic'], {},
    `Hello Mr. Adeyemi,

We thank you for your application to Sanderling Hospitality Group. Unfortunately, we have chosen to proceed with other applicants for the Front Office Supervisor position.

Regards,
Recruitment
Sanderling Hospitality Group

----
Sent via Workable. Unsubscribe from candidate emails.`, 'Front Office Supervisor'),

  rej('final', ['internal_candidate'], { ...door },
    `Hi Sunita,

Thank you so much for making it all the way through our process, including the final panel with Mark and Gareth last Wednesday.

I'm sorry to tell you that we've decided to appoint someone from within the team who has been acting in the role for the past few months. It was a really tough decision and it was not a reflection on your interview, which the panel rated very highly.

I'd really like you to consider us again in the future; there are two related roles likely to come up in the new year and I'll reach out when they do.

Kind regards,
Hollie Dunmore
Senior Recruitment Partner, Northgate Housing Association`, 'Head of Tenant Services – outcome'),

  rej('screen', ['location'], { ...fb },
    `Hi Pedro,

Great chatting earlier. As I mentioned toward the end of the call, the team has just decided that this role needs to be in the Austin office at least three days a week, and since you told me relocating from Denver isn't on the table right now, I don't think we can take this further.

Sorry this one didn't work out. Best of luck out there.

Meg
Recruiting @ Brightstack`, 'Following up on our call'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant,

Thank you for applying for the position of Registered Pharmacist (Ref PH-2217) with Caldwell Community Pharmacies.

Unfortunately we are unable to take your application further as the role requires current registration with the General Pharmaceutical Council, and we were unable to verify this from the information provided.

We wish you well in your job search.

Caldwell Community Pharmacies Recruitment`, 'Application Ref PH-2217'),

  rej('interview', ['generic'], {},
    `Dear Javier,

Many thanks for attending the interview for the role of Operations Analyst. We have now completed the process and, unfortunately, we will not be offering you the role.

We appreciate your interest in Halberd Capital and wish you the very best in your future career.

Best regards,
Human Resources`, 'Operations Analyst interview'),

  rej('application', ['role_closed'], { ...door },
    `Hello Farida,

We're writing to everyone who applied for the Community Manager opening. Because of a reorganisation of our marketing function, this position has been removed and will not be filled. We won't be progressing any applications, including yours.

We're sorry for any inconvenience. Your profile will stay in our talent pool, and we will reach out if a role that matches your background opens up.

Thank you,
Talent Acquisition | Orbelle Cosmetics

This message was sent by SmartRecruiters on behalf of Orbelle Cosmetics.`, 'Community Manager – position update'),

  rej('interview', ['culture_fit', 'profile_mismatch'], { ...fb },
    `Hi Callum,

Thanks for coming in to chat with the team yesterday and for all the questions you asked.

We've had a think about it and we're going to go a different direction. Some of the team felt the agency-style approach you described wouldn't mesh with how we work with our charity partners, and a couple of the other people we met had backgrounds closer to what we're after.

Best of luck,
Aoife
Grantline`, 'Thanks from Grantline'),

  rej('application', ['salary'], { ...fb },
    `Dear Mr. Kowalski,

Thank you for your application to the position of Project Engineer.

Having considered the salary expectation stated in your application form, we regret that it is significantly above the range budgeted for this position. For this reason we will not take your application further.

Yours sincerely,
Recruitment Office
Vistula Engineering Sp. z o.o.`, 'Project Engineer application'),

  rej('assessment', ['assessment'], { ...offered },
    `Hi Mei,

Thanks for completing the HackerRank challenge for the Software Engineer II role at Pineloop.

Unfortunately your score was below the bar we set for moving to the technical interviews, so we won't be progressing your application this time.

If you'd like to know which areas to focus on, reply to this email and I'll ask the team for a quick summary.

Thanks,
Pineloop Recruiting`, 'Pineloop coding challenge result'),

  rej('application', ['generic'], { ...door },
    `Dear Anjali,

Thank you for applying for the role of HR Executive at Sahyadri Agro Industries Ltd.

We have received a large number of applications, and we regret to inform you that your candidature has not been shortlisted for the next round. However, we will keep your CV in our databank for future openings.

Best wishes,
HR Department`, 'Your application – HR Executive'),

  rej('final', ['position_filled'], {},
    `Hi Tom,

I know you've been waiting on this. We finished reference checks for our preferred candidate this morning and they've signed. So the Director of Finance role is filled.

You were one of three we brought back for the board presentation and it was genuinely close. Thank you for everything you put into it.

Regards,
Geraldine Osei
Chair, Finance Committee — Linden Arts Trust`, 'Director of Finance'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Oskar,

Thanks for applying to be a Senior Data Scientist at Quayside Health.

We've reviewed your application carefully. For this role we're looking for at least five years working hands-on with clinical or claims data, and while your modelling background is strong, we didn't see that healthcare experience in your CV.

We'd encourage you to apply for future openings that are a better match — we have several general data science roles coming up in Q1.

Best,
Quayside Health Talent

Powered by Ashby`, 'Quayside Health — your application'),

  rej('interview', ['location'], { ...fb },
    `Dear Ms. Nguyen,

Thank you for interviewing with us for the Clinical Research Associate role last week.

After the interview we checked the details of your work authorisation and we must inform you that, as the position requires unrestricted right to work in Australia without sponsorship, we are unable to proceed with your application. We apologise that this was not identified earlier in the process.

Kind regards,
Talent Acquisition
Clarion Trials Pty Ltd`, 'Clinical Research Associate – application'),

  rej('application', ['profile_mismatch'], {},
    `Hi there,

We appreciate your interest in Tidewater Outdoor Co. Our team has reviewed your application for Retail Store Manager – Portland.

At this time we have decided to pursue other candidates whose experience more closely matches the needs of the position.

Thanks again,
Tidewater Talent Team

Please do not reply to this message. This inbox is not monitored.`, 'Your Tidewater application'),

  rej('screen', ['overqualified'], { ...fb },
    `Hello Gabriela,

Thank you for the phone conversation on Monday. I enjoyed hearing about your twelve years running customer service teams.

Having spoken with the hiring manager, we both feel the Team Coordinator role — which has no direct reports and is largely scheduling and admin — would be a significant step back for someone at your level, and we worry it would not hold your interest for long. So we will not be moving forward.

I wish you every success.

Warm regards,
Ines Bauer
HR Business Partner, Solvara Health`, 'Team Coordinator – follow-up'),

  rej('application', ['generic'], {},
    `Dear [Candidate First Name],

Thank you for applying for the [Job Title] role at Greyfield Homes. We have carefully reviewed your application and regret to inform you that we will not be progressing it further on this occasion.

Kind regards,
Greyfield Homes Recruitment Team`, 'Your application with Greyfield Homes'),

  rej('interview', ['skills_gap', 'salary'], { ...fb },
    `Hi Rohan,

Thanks for the two rounds with us. Sharing where we landed honestly since you asked for it on the call:

- the panel felt your hands-on Terraform was lighter than we need — most of your infra work has been through ClickOps and the team writes everything as code;
- your expected package was also above what we can offer at this level.

Either of these on its own we might have worked around, but both together meant we decided not to move ahead. Sorry it's not better news.

Regards,
Neha Kulkarni
Engineering Manager, Zentrik Cloud`, 'Re: Interview feedback'),

  rej('application', ['location'], { ...fb },
    `Thank you for applying to the Warehouse Team Leader role at Bluegum Distribution.

This role is based at our Dandenong South site and requires candidates to live within a commutable distance for rotating early and night shifts. As your application indicates you are based in Perth, we are unable to progress your application.

Bluegum Distribution Recruitment`, 'Warehouse Team Leader'),

  rej('final', ['culture_fit'], { ...fb },
    `Dear Elif,

Thank you for the final interview with our partners on Friday and for the time you invested across the whole process.

The partners were impressed with your technical depth. However, they felt that your preference for working independently on long research pieces, which you described in some detail, is not a good fit for the highly collaborative, client-facing way our consulting teams operate. For that reason they have decided not to extend an offer.

We thank you sincerely and wish you success.

Best regards,
Markus Lindqvist
Recruiting Lead, Aldervane Consulting`, 'Aldervane Consulting – final interview'),

  rej('application', ['role_closed'], {},
    `Dear Mr Achterberg,

We write regarding your application for the post of Policy Officer (Ref. 2026/PO/118).

Owing to a Ministerial decision to reprioritise the department's budget, the recruitment campaign for this post has been withdrawn. Applications received will not be assessed.

We thank you for your interest in working for the Department.

Recruitment Unit
Department of Rural and Community Development`, 'Campaign withdrawn – 2026/PO/118'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Tamsin,

Thank you for sitting the copy test for the Junior Copywriter role.

The team liked your headline ideas, but the long-form piece came in well over the word count and didn't follow the tone-of-voice guide we sent. We're also looking for someone who's already written for regulated financial products, which wasn't in your portfolio.

We won't be inviting you to interview on this occasion, but thank you for giving it a go.

Fran
Creative Director, Thistle & Fold`, 'Copy test'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Abdul,

Thank you for your application for the position of Mechanical Design Engineer with Ostrava Pumps Ltd.

Our hiring manager has reviewed your CV and feels that your experience does not correspond closely enough to the profile we are looking for. We will not be inviting you to interview.

With your permission we will retain your application for six months in case a suitable role arises. If you do not wish us to keep your data, please reply to let us know.

Kind regards,
HR Team`, 'Mechanical Design Engineer application'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Grace!

So sorry for the radio silence since your interview — things got hectic. The bad news is that we offered the Events Coordinator job to someone else last week and she's accepted.

You were super close and the team loved your energy!! Please do apply again when we next post a role, we'd honestly love to see you.

xx
Poppy
Hive & Honey Events`, 'Events Coordinator'),

  rej('application', ['generic'], {},
    `Application Status Update

Position: Logistics Analyst
Requisition: 45021-BR
Status: Not Selected

Thank you for your interest. After reviewing your qualifications, we have decided to move forward with other candidates.

This is an automated message. Please do not respond.
© Brookfield Carriers Inc. | Privacy | Terms`, 'Application Status Update'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Aisling,

Thanks for your time on the call with me last Thursday. I've now discussed your profile with my client, and they've come back to say they want someone who comes from an in-house legal team rather than private practice, so they won't be taking it forward this time.

I know that's frustrating. I've got a couple of roles coming through in the new year that I think could suit you much better; I'll give you a bell when they land.

Best,
Declan Mooney
Senior Consultant, Legal — Harcourt Search`, 'Re: Legal Counsel role'),

  rej('final', ['role_closed'], {},
    `Dear Priyanka,

I am writing following your final-round presentation to our leadership team last Tuesday.

I am sorry to let you know that, following a decision taken at board level this week, the Regional Sales Director position will not be filled; the responsibilities are being absorbed into an existing role as part of wider restructuring. This means we will not be making an appointment, and this has nothing to do with your performance in the process.

Please accept my apologies for the time you have invested.

Yours sincerely,
Clare Whitmore
Group HR Director, Saltire Packaging`, 'Regional Sales Director – update'),

  rej('application', ['internal_candidate'], { ...door },
    `Hi Lindiwe,

Thank you for applying for the Marketing Coordinator role. We wanted to let you know that we have decided to fill this position with a colleague from our sales team who applied internally.

We really appreciated your application and will keep your details on file for future roles.

Best,
Kestrel Outdoor HR`, 'Marketing Coordinator'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Mr. Mensah,

Thank you for attending the interview for Finance Officer at the Ghana Cocoa Export Authority on 4th November.

The Interview Panel has completed its assessment of all candidates. We regret to inform you that you were not among the candidates recommended for appointment, as other applicants were judged to better meet the requirements of the position.

We thank you for your interest in serving the Authority.

Yours faithfully,
Director, Human Resource Management`, 'RE: FINANCE OFFICER INTERVIEW RESULT'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Sebastián,

Thanks for applying to the Mobile Engineer (iOS) position at Parcelbird.

We reviewed your background and noticed your recent experience is mostly with React Native. For this role we need deep native Swift and SwiftUI experience, since you'd own our iOS app on your own, so we won't be moving forward.

Wishing you the best,
Parcelbird Hiring Team

Parcelbird, Inc. · 500 Market St · San Francisco CA
Sent via Lever`, 'Parcelbird — Mobile Engineer (iOS)'),

  rej('assessment', ['profile_mismatch'], { ...door },
    `Dear Karin,

Thank you for completing the personality and work-style questionnaire as part of your application to Nordhavn Bank's Trainee Programme.

We have now reviewed the results together with your application. Unfortunately, we have decided that your profile is not the best match for this year's programme, and we will not invite you to the assessment centre.

We encourage you to apply again in future recruitment rounds.

Kind regards,
Nordhavn Bank Graduate Recruitment`, 'Nordhavn Trainee Programme'),

  rej('interview', ['overqualified'], { ...fb, ...offered },
    `Hi Wendell,

Appreciate you meeting with Jill and me on Zoom. We had a real good conversation.

Being straight with you: after talking it over, we think you'd outgrow this coordinator job in about five minutes. You've been running entire regions and this is a fairly narrow seat with no budget authority. We'd hate to bring you in and lose you in six months. So we're going to pass this time.

Happy to share more of what we talked about if that's useful — just give me a call.

Best,
Ray Castellano
Director of Operations, Lone Pine Freight`, 'Coordinator role'),

  rej('application', ['generic'], {},
    `Dear Applicant

Thank you for your interest in the Administrative Officer (AO) campaign.

Following the sift of applications, we regret that you have not been successful on this occasion. Competition for these posts was very strong.

Please note that due to the volume of applications we are not able to provide feedback.

Civil Service Resourcing`, 'Administrative Officer – sift result'),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Dear Julien,

Thank you for the on-site day at our Lyon lab. Everyone you met spoke warmly about the conversations.

In the end the committee chose a candidate with hands-on experience of GMP validation for cell therapy products, which is the area the team will focus on for the next two years and where your experience was more limited.

I hope you will consider us again; we expect to open a process development position next summer that may suit you better, and I would be glad to see your application.

Cordialement,
Dr. Hélène Marchetti
Head of Process Science, Celivance`, 'Candidature – Scientist, Process Validation'),

  rej('application', ['location'], {},
    `hi Fatima, thx for applying! unfortunately we can only hire folks in the US for this one (payroll stuff). sorry about that and good luck!

— Zach, founder @ Drizzle`, 'drizzle'),

  rej('screen', ['role_closed'], {},
    `Hi Ngozi,

Thanks again for taking my call last week about the Operations Associate position.

I'm afraid I have to let you know that the hiring manager has left the business and the role has been put on ice indefinitely while the team is reshaped. Given we don't know if or when it will come back, we're closing all applications rather than leaving people hanging.

I'm sorry I don't have better news.

Best,
Isla Carmichael
Talent Acquisition, Brackenridge Foods`, 'Operations Associate'),

  rej('application', ['profile_mismatch', 'salary'], { ...fb },
    `Dear Candidate,

We refer to your application for the vacant post of Accounts Manager at Tembo Holdings Limited.

Having reviewed your application, we regret to advise that you have not been considered for the next stage, as your profile does not sufficiently match our requirements and your remuneration expectations fall outside the approved scale for the post.

We thank you for your interest in our organisation.

Yours faithfully,
Human Resources Manager
Tembo Holdings Limited, Dar es Salaam`, 'APPLICATION FOR ACCOUNTS MANAGER'),

  rej('interview', ['generic'], { ...offered },
    `Hello Andrés,

thank you very much for taking part in our interviews for the Supply Chain Planner role. Unfortunately we have decided for another candidate.

If you wish, we can give you some feedback on the interview by telephone. Please just write me a short message.

Best regards
Ulrike Hoffmann
Personalabteilung, Kessler Landtechnik`, 'Your application as Supply Chain Planner'),

  rej('application', ['generic'], {},
    `Hi Emeka,

Unfortunately you were not selected for the role of Sales Development Representative.

Thank you for applying.

— Vantor Sales Team
<img src="https://track.mailer.vantor.io/open/ab31f.gif" width="1" height="1">`, 'SDR application'),

  rej('assessment', ['assessment'], {},
    `Dear Ms. Rasmussen,

Thank you for taking part in the written examination for the position of Translator (Danish language unit).

We regret to inform you that your result in the translation test was below the pass mark, so you will not be invited to the oral test.

Yours sincerely,
Selection Board
Translation Directorate`, 'Result of written test'),

  rej('interview', ['culture_fit'], { ...fb, ...door },
    `Hi Marcus,

Thanks for coming in and meeting the crew. We had a good time with you.

We've decided not to move forward. Mostly it came down to how you'd fit in our kitchen — we're a small team that runs on a fairly relaxed, let's-figure-it-out vibe and the team felt you'd be happier somewhere with more structure and clear lines.

Please don't let that put you off — if you're ever looking for something casual on weekends, come and see us.

Cheers,
Lou
Head Chef, The Fig & Ferret`, 'Sous chef trial'),

  rej('application', ['position_filled'], {},
    `Your application for "Delivery Driver (Class C)" has been closed.

This position has been filled. Thank you for your interest in Redline Courier Services.

Manage your applications: https://jobs.redlinecourier.example/candidate`, 'Application closed'),

  rej('interview', ['skills_gap', 'position_filled'], { ...fb },
    `Dear Ms. Hashemi,

Thank you for interviewing for the Research Assistant position in the Department of Epidemiology.

The search committee was appreciative of your interest. After careful deliberation, we have decided to extend an offer to another candidate who has more extensive experience with survival analysis in R, which is central to the analyses planned for the grant.

We wish you the very best in your academic career.

Sincerely,
Prof. Daniel Okoro
Principal Investigator
Lakeshore School of Public Health`, 'Research Assistant – decision'),

  rej('application', ['profile_mismatch'], {},
    `Thank you for your interest in joining Aurelio Hotels & Resorts.

After reviewing your profile for the position of Guest Experience Manager, we regret to inform you that we have identified candidates whose profiles better fit our current requirements.

We truly appreciate your interest and encourage you to visit careers.aureliohotels.example for other opportunities.

Aurelio Talent Acquisition | Dubai

Disclaimer: Aurelio Hotels & Resorts never asks candidates for payment at any stage of the recruitment process.`, 'Guest Experience Manager – Aurelio'),

  rej('screen', ['skills_gap', 'location'], { ...fb, ...door },
    `Hi Yara,

Thanks for the quick intro call this morning, really enjoyed it.

As we discussed, the two sticking points are Dutch — the client wants at least B2 because half of their carriers don't speak English — and the fact that you'd need to be in the Venlo warehouse four days a week and aren't planning to move before summer. Given both, my client won't take it forward right now.

If either of those changes, ping me. I'll keep you on my shortlist for anything that opens in Belgium.

Groetjes,
Bram
Lowlands Supply Chain Recruitment`, 'Re: Transport Planner Venlo'),

  rej('final', ['generic'], {},
    `Dear Chukwudi,

Thank you for attending the final stage of our selection process on 2 December.

After careful consideration we have decided not to offer you the position on this occasion.

We appreciate the time you have given us.

Yours sincerely,
HR Department, Bellhaven Building Society`, 'Final stage outcome'),

  rej('application', ['skills_gap'], { ...fb },
    `Thank you for applying for the Forklift Operator position at Greystone Timber.

To be considered for this role applicants must hold a current counterbalance forklift licence. As you have indicated that you do not hold one, we are unable to progress your application at this time.

Regards,
Greystone Timber HR`, 'Forklift Operator'),

  rej('interview', ['internal_candidate'], {},
    `Hi Alessandro,

Thank you for meeting the team for the Senior Product Manager role. I'm sorry to share that we've decided to promote a current member of the product team into the position. We're therefore closing the external search.

Best regards,
Valentina
People Partner, Orvieto Systems`, 'Senior Product Manager'),

  // ── Part B: one inbox — a logistics coordinator in Glasgow, September to December
  other(`Hi Ewan,

Thanks for applying for Logistics Coordinator at Clydeport Forwarding Ltd. We've got your application and our team will review it over the next couple of weeks.

If your experience matches what we're looking for, we'll be in touch to arrange a call. In the meantime, you can check the status of your application any time through your candidate account.

Thanks,
Clydeport Forwarding Talent Team

Powered by Workable`, 'Thanks for applying to Clydeport Forwarding'),

  other(`New jobs matching "logistics coordinator" near Glasgow

• Transport Coordinator — Hallmark Haulage, Bellshill — £28,000–£31,000
• Import/Export Coordinator — Tay & Clyde Shipping, Glasgow — £30,000
• Supply Chain Administrator — Kelvin Foods, East Kilbride — £26,500
• Logistics Planner (Nights) — NorthRoute 3PL, Eurocentral — £32,000 + shift allowance

See all 47 new jobs

You're receiving this because you created a job alert on Jobscouter. Manage alerts | Unsubscribe`, '4 new jobs for logistics coordinator in Glasgow'),

  rej('application', ['generic'], {},
    `Dear Ewan,

Thank you for your application for the role of Warehouse & Logistics Coordinator at Baxter Brae Distillers.

We have received a high volume of applications and, after careful review, we regret to inform you that you have not been shortlisted on this occasion.

We wish you every success in your job search.

Kind regards,
People Team
Baxter Brae Distillers Ltd`, 'Your application – Warehouse & Logistics Coordinator'),

  other(`Hi Ewan,

I hope you don't mind me reaching out out of the blue. I'm recruiting for a Freight Coordinator role with a global forwarder in Renfrew — mostly ocean imports from the Far East, customs entries through a broker, and a good chunk of customer contact. Your profile on LinkedIn looked like a strong match, especially your time at Muirhead Transport.

Salary is up to £33k plus bonus, hybrid after probation. Would you be open to a quick chat this week? If it's not for you, no worries at all.

Cheers,
Sophie Grant
Consultant, Supply Chain & Logistics
Thornbury Recruitment, West George Street, Glasgow`, 'Freight Coordinator – Renfrew'),

  other(`Dear Ewan,

Thank you for your application for the post of Fleet & Logistics Officer (Ref: GCC-FL-0211).

We are pleased to invite you to interview. Details are as follows:

Date: Tuesday 30 September
Time: 10:30
Venue: Exchange House, 231 George Street, Glasgow (ask at reception for HR)
Panel: Fleet Services Manager and HR Adviser

The interview will be competency based and will last approximately 45 minutes. Please bring photo ID and proof of your right to work in the UK.

Please confirm your attendance by replying to this email. If you require any reasonable adjustments, let us know.

Yours sincerely,
Recruitment Team
Glasgow City Council`, 'Invitation to interview – Fleet & Logistics Officer'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Ewan,

Thanks for applying for the Customs Compliance Coordinator position at Forthgate Global.

We've reviewed your CV, and though your operational experience is clear, this role requires someone who has already prepared customs declarations in CDS and holds the Customs Declaration Practitioner qualification (or equivalent). As we couldn't see that in your application, we won't be progressing it.

Best regards,
Forthgate Global Recruitment`, 'Forthgate Global – Customs Compliance Coordinator'),

  other(`Hi Ewan,

Just a quick one to confirm I've spoken to the client and they'd like to meet you for the Freight Coordinator role. They've suggested Thursday 2 October at 2pm at their Renfrew office. I'll send through the address and the name of the ops manager once you confirm.

Don't worry about preparing too much — they'll mostly want to hear about your work with hauliers and how you handled the Brexit paperwork changes at Muirhead.

Sophie`, 'Interview confirmed – Thursday'),

  other(`Dear Ewan,

Thank you for your interest in Caledonian Retail Group. We have received your application for Distribution Centre Coordinator – Cumbernauld.

Please note: we're still reviewing applications and this can take up to four weeks during our busy pre-Christmas recruitment period. We appreciate your patience and will contact you once a decision has been made about the next stage.

Unfortunately we aren't able to respond to individual queries about application status.

Caledonian Retail Group Careers`, 'We have received your application'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Ewan Docherty,

Thank you for your interest in a career with Strathmore Pharma Logistics. We have carefully reviewed your application for Cold Chain Logistics Coordinator.

Unfortunately, we have decided to move forward with other candidates whose qualifications more closely meet our needs for this role.

We will keep your profile in our talent community and may contact you about future opportunities. You can also sign up for job alerts on our careers site.

Sincerely,
Strathmore Pharma Logistics Talent Acquisition

This email was generated by Workday. Please do not reply.`, 'Your application for Cold Chain Logistics Coordinator'),

  other(`Hi Ewan,

Thanks for your time on Thursday — the client was really positive. They've asked to bring you back for a second stage with the regional director, probably in the next fortnight. I'll confirm dates once I hear.

In the meantime could you send me two referees (one ideally your current line manager, though I know that's awkward, so we won't contact them until an offer stage)?

Sophie`, 'Great feedback from Thursday'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Ewan,

Thank you for attending interview for the post of Fleet & Logistics Officer on 30 September.

The panel have now interviewed all shortlisted candidates and I am sorry to inform you that on this occasion you have not been successful. The panel felt that other candidates demonstrated a closer match to the competencies set out in the job profile.

If you would like feedback on your interview, please contact the HR Adviser named in your invitation letter within 28 days.

Thank you for your interest in working for Glasgow City Council.

Yours sincerely,
Recruitment Team
Glasgow City Council`, 'Fleet & Logistics Officer – interview outcome'),

  other(`Hi Ewan,

Friendly reminder: you started an application for Inventory Control Coordinator at Merrow Home & Garden but haven't submitted it yet. The posting closes on Sunday 12 October at midnight.

Pick up where you left off: Continue application

Merrow Careers · Powered by SmartRecruiters`, 'Your application is not yet complete'),

  hold('application', ['role_closed'], {},
    `Hi Ewan,

Thank you for your patience regarding the Transport Coordinator vacancy at Hallmark Haulage.

I wanted to let you know that we've had to put this recruitment on hold for a few weeks while we confirm the terms of a new contract with one of our retail customers — the role depends on it. Your application hasn't been rejected; it's simply paused, and we'll come back to you as soon as we know more, hopefully by mid-November.

Thanks for bearing with us,
Lorraine McBride
Office Manager, Hallmark Haulage Ltd, Bellshill`, 'Transport Coordinator – update'),

  rej('application', ['location'], { ...fb },
    `Hi Ewan,

Thanks for applying for Shipping Coordinator at Ardmore Offshore Supply.

Unfortunately, this role is based at our Aberdeen base and requires the successful candidate to be on site every day, including some weekend cover. As you're based in Glasgow and noted you're not looking to relocate, we won't be taking your application further.

Best wishes,
Ardmore HR`, 'Shipping Coordinator – Aberdeen'),

  other(`Ewan,

Tell us how we did!

You recently applied for a role with Caledonian Retail Group. We'd love to hear about your experience as a candidate. The survey takes about 3 minutes and your answers are anonymous.

Start the survey

Thank you,
Caledonian Retail Group Talent Team`, 'How was your application experience?'),

  other(`Hi Ewan,

Thanks for your application for Supply Chain Coordinator at Kelvin Foods. As the next step, we'd like you to complete two short online assessments: a situational judgement test (about 20 minutes) and a numerical reasoning test (about 15 minutes).

Please complete both by Friday 10 October at 5pm. You'll need a quiet space and a calculator.

Start your assessments

Good luck!
Kelvin Foods Recruitment`, 'Next step: online assessments'),

  rej('assessment', ['assessment'], {},
    `Dear Ewan,

Thank you for completing the online situational judgement and numerical reasoning tests for the Supply Chain Coordinator role at Kelvin Foods.

We have now reviewed your results and unfortunately you did not reach the required score to progress to the interview stage on this occasion.

Thank you for your interest in Kelvin Foods and we wish you the best of luck for the future.

Kelvin Foods Recruitment
Kelvin Foods Ltd, Registered in Scotland SC118843`, 'Kelvin Foods – assessment result'),

  rej('interview', ['position_filled', 'skills_gap'], { ...fb, ...door },
    `Hi Ewan,

I've just come off the phone with the client and I'm sorry, it's not the news we wanted. They've offered the Freight Coordinator role to the other candidate from the second stage, and he's accepted.

For what it's worth, the regional director was really complimentary. The deciding factor was that the other chap had three years of direct ocean-import experience at a forwarder, where most of yours is road haulage — with their volumes from Asia picking up in January, they went for the person who could hit the ground running on that side.

I'll absolutely keep you in mind. I get a lot of road-side and 3PL roles and I think the next one could be a better fit. I'll be in touch.

Sophie`, 'Freight Coordinator – update'),

  other(`Hi Ewan,

Thanks for applying to the Logistics Coordinator role at Clydeport Forwarding. Good news — we'd like to have a 20-minute phone call with you to learn a bit more about your background.

Please pick a slot that suits you using the link below:

Book your call

Speak soon,
Kirsteen
Clydeport Forwarding`, 'Let’s have a quick call'),

  rej('application', ['generic'], {},
    `Ewan, thank you for applying to NorthRoute 3PL. We've reviewed your application for Logistics Planner (Nights) and won't be taking it forward. Best of luck in your search.

NorthRoute Recruitment | noreply`, 'NorthRoute 3PL – application update'),

  other(`Hi Ewan,

Thanks for chatting with me this afternoon — it was really useful to hear about the carrier scorecards you built at Muirhead.

I'm going to share my notes with Craig, our Operations Manager, and we'll be in touch within the next week about next steps. No news just yet, but please don't read anything into the silence if it takes a few days.

Kirsteen
Talent Partner, Clydeport Forwarding`, 'Thanks for your time today'),

  other(`Your weekly Supply Chain Scotland talent bulletin

Hi Ewan,

This week: why Scottish distribution centres are hiring earlier for peak, salary guide for transport planners in 2027, and five roles from our partners.

Featured roles:
— Logistics Coordinator, Inverclyde (£29k)
— Import Coordinator, Paisley (£31k)
— Stock Controller, Grangemouth (£27k)

Read the bulletin

You're on this list because you registered with Loch & Line Talent. Update preferences · Unsubscribe`, 'Supply Chain Scotland bulletin – week 42'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Ewan,

Thanks for the chat on Monday about the Inventory Control Coordinator role.

I've passed everything on to the hiring manager. Unfortunately the salary you mentioned — £34k — is quite a bit above the grade for this role, which is capped at £28,500, and they're not able to move on that. So I'm afraid we won't be progressing your application.

I'd be happy to keep your details on file for future, more senior roles at our Hillington DC if that's ok with you.

Best,
Amanda Reid
Recruitment Partner, Merrow Home & Garden`, 'Inventory Control Coordinator – update'),

  other(`Hi Ewan,

Following your call with Kirsteen, we'd like to invite you to an interview with Craig Lamont (Operations Manager) and Hannah Ng (Customer Service Lead) at our office.

When: Wednesday 22 October, 11:00–12:00
Where: Clydeport Forwarding, Unit 4, Hillington Park, Glasgow G52 4LH

The interview will include a short practical exercise on prioritising a day's bookings — nothing to prepare in advance.

Please reply to confirm.

Clydeport Forwarding Talent Team`, 'Interview invitation – Logistics Coordinator'),

  other(`Dear Ewan,

Unfortunately, due to unforeseen circumstances, Craig is no longer available on Wednesday 22 October. We apologise for the short notice.

Could you make Friday 24 October at the same time instead? If not, please send us a few alternatives next week and we'll work around you.

Sorry again,
Clydeport Forwarding Talent Team`, 'Change to your interview time'),

  rej('application', ['profile_mismatch'], {},
    `Dear Ewan

Thank you for your recent application to Dunedin Wholesale for the role of Purchasing & Logistics Coordinator.

We have now reviewed all applications received. Unfortunately on this occasion we have decided not to take your application further as we are looking for candidates with a background that is a closer match to the position.

Many thanks for the interest you have shown in our company.

Yours sincerely
HR Department`, 'Purchasing & Logistics Coordinator'),

  hold('application', ['role_closed'], {},
    `Hi Ewan,

A quick update on your application for Distribution Centre Coordinator – Cumbernauld.

We've temporarily paused recruitment for this role while we review staffing levels across our Scottish sites ahead of peak. Your application remains active and we'll be in touch once we're able to continue — we expect this to be in the new year.

Thank you for your patience.

Caledonian Retail Group Careers`, 'An update on your application'),

  other(`Hi Ewan,

Your interview with Clydeport Forwarding is tomorrow.

Friday 24 October, 11:00
Unit 4, Hillington Park, Glasgow G52 4LH
With: Craig Lamont, Hannah Ng

Need to reschedule? Reply to this email.

Sent by Workable on behalf of Clydeport Forwarding`, 'Reminder: interview tomorrow'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr Docherty,

Re: Application for Shipping Administrator – Port of Greenock

Thank you for applying. I regret to advise that your application has not been successful. The panel were looking for candidates with experience of vessel agency or port operations, which was an essential criterion in the person specification, and this was not evident in your application.

Yours sincerely,
Personnel Officer
Inverclyde Marine Services`, 'Shipping Administrator – Greenock'),

  other(`Hi Ewan,

Thanks so much for coming in on Friday. Craig and Hannah both enjoyed meeting you.

We're still interviewing a couple of other candidates this week, so it'll be early next week before we can get back to you with a decision. Thanks for your patience!

Kirsteen`, 'Thanks for coming in'),

  rej('application', ['overqualified'], { ...fb },
    `Hi Ewan,

Thank you for applying for Warehouse Operative (Temp, Peak) with Quickshelf Fulfilment, Bellshill.

On reviewing your application, we feel your experience as a logistics coordinator is well above what this temporary picking role requires, and we don't think it would make the best use of your skills. We won't be progressing your application for this vacancy.

Quickshelf Resourcing Team`, 'Warehouse Operative – Peak'),

  other(`Dear Ewan,

We're delighted to offer you the position of Logistics Coordinator at Clydeport Forwarding Ltd, subject to satisfactory references and right-to-work checks.

Salary: £31,500 per annum
Hours: 37.5 per week, Monday to Friday, hybrid (2 days home) after 3 months
Start date: to be agreed, ideally Monday 1 December

Your formal offer letter and contract are attached. We'd appreciate a response by Friday 7 November. If you have any questions, call me any time.

Congratulations — we're really looking forward to having you on the team.

Craig Lamont
Operations Manager, Clydeport Forwarding`, 'Offer of employment – Logistics Coordinator'),

  other(`Hi Ewan,

No pressure at all, but I wanted to check in on the offer. If there's anything holding you back — start date, salary, the hybrid arrangement — let's talk. We're keen to make it work.

Craig`, 'Checking in'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Ewan,

Thanks for the video interview for the Transport Planner role at Tay & Clyde Shipping.

We've decided not to progress. The team was looking for strong hands-on knowledge of a TMS like Mandata or Descartes for route planning, and from what you described you've mostly planned loads in spreadsheets. We think you'd need too much ramp-up time for a role that starts right before our busiest quarter.

Thanks again and good luck with the search.

Rachel Murray
Transport Manager, Tay & Clyde Shipping`, 'Transport Planner'),

  other(`Hi Ewan,

Just to let you know we've received your references back from Muirhead Transport and Glenmore Wholesale and they're all in order. Right-to-work check is also complete.

So we're all set for 1 December. I'll send a first-day schedule closer to the time.

Kirsteen`, 'References received'),

  rej('application', ['internal_candidate'], {},
    `Hi Ewan,

Thank you for applying for Logistics Team Leader at Pentland Paper Mills. We wanted to let you know the position has been filled by an internal applicant, so we won't be progressing external applications.

Kind regards,
Pentland Paper Mills HR`, 'Logistics Team Leader'),

  hold('interview', ['role_closed'], {},
    `Hi Ewan,

Thanks for coming to meet me and Scott at the Motherwell yard last week. We both thought it went well.

I have to be honest with you though: we've just lost one of our biggest contracts and the owners have asked me to hold off on any new hires until we see how the next month pans out. So I can't make a decision on the Logistics Coordinator role right now. I'm not saying no — I'd still like to get you in if things settle — I just need to wait. I'll let you know either way before Christmas.

Sorry to leave you hanging,
Gary Kerr
Depot Manager, Kerr & Sons Haulage`, 'Logistics Coordinator – holding off for now'),

  other(`Hi Ewan,

We're contacting you because you recently applied for a role with Strathmore Pharma Logistics. We're hiring for 30 seasonal roles at our Eurocentral site over the winter period.

Interested? Apply in two minutes with your existing profile.

Strathmore Pharma Logistics Careers`, 'We’re hiring for peak'),

  rej('final', ['generic'], { ...offered },
    `Dear Ewan,

Thank you for attending the final interview and site tour at our Grangemouth terminal last Thursday, and for your patience throughout a long process.

I'm sorry to say that, after a great deal of discussion, we have decided not to offer you the position of Terminal Logistics Coordinator.

If you would find it helpful, I would be glad to arrange a short call to go through the panel's feedback.

Kind regards,
Morag Fleming
HR Manager, Forth Bulk Terminals`, 'Terminal Logistics Coordinator – final interview'),

  other(`Hi Ewan,

Hope you're well! Just checking whether you're still on the market — I've got a Logistics Coordinator role with an e-commerce brand in Hamilton that's right up your street: multi-carrier, returns, a bit of Shopify. £30-32k.

Let me know and I'll send the spec over.

Jamie
Kinross Staffing`, 'Logistics role – Hamilton'),

  rej('application', ['generic'], { ...door },
    `Hello Ewan,

Thank you for your interest in Logistics Coordinator – UK & Ireland at Verdant Furniture Group.

After careful consideration, we will not be moving forward with your application at this time. We received applications from many qualified candidates and the decision was not easy.

We encourage you to apply to future opportunities that match your interests and experience.

Best regards,
Verdant Furniture Group Recruiting

Powered by Greenhouse`, 'Update from Verdant Furniture Group'),

  other(`Hi Jamie,

Thanks for thinking of me — I've actually just accepted a role, so I'm off the market for now. I'll keep your details though.

Cheers,
Ewan

> Hi Ewan,
> Hope you're well! Just checking whether you're still on the market — I've got a Logistics Coordinator role with an e-commerce brand in Hamilton...`, 'Re: Logistics role – Hamilton'),

  rej('application', ['location'], { ...fb },
    `Dear Ewan,

Thank you for applying to the Logistics Coordinator (EU Desk) position with Valmont Freight, Rotterdam.

Following a review of your application, we note that you would require a work permit to work in the Netherlands. As we are not a recognised sponsor with the IND for this type of position, we are unfortunately unable to consider your application further.

With kind regards,
Valmont Freight HR`, 'Logistics Coordinator (EU Desk)'),

  other(`Hi Ewan,

Thanks for confirming you accepted Clydeport's offer — great news, I'm pleased for you. I'll take you off our active candidates list.

If you ever fancy a change down the line, you know where I am.

Best,
Sophie Grant
Thornbury Recruitment`, 'Congrats!'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Ewan,

Thanks for coming in to meet the team at our Govan depot last week.

After talking it through, we don't think it's the right match. We're a very small, family-run operation where everyone mucks in on the yard and the phones, and from our chat we got the sense you're after something more office-based and structured, with clearer lines of responsibility. We'd rather say that now.

All the best with it,
Linda Paterson
Paterson Removals & Storage`, 'Logistics coordinator role'),

  other(`Dear Ewan,

Thank you for your application for Logistics Officer (Band 5) with NHS Greater Glasgow and Clyde, reference GGC-24-1187.

The closing date for this vacancy is 14 November. Shortlisting will take place after the closing date and if you are shortlisted you will be contacted by email with interview details. If you have not heard from us within three weeks of the closing date, please assume that on this occasion your application has been unsuccessful.

Thank you for your interest in working for NHSScotland.

Recruitment Services`, 'Application received – GGC-24-1187'),

  other(`Hi Ewan,

I'm Ross, a hiring manager at Ferncroft Beverages. I saw you'd liked our post about the new Motherwell bottling hall. We're going to be hiring a Logistics & Despatch Coordinator there in January — no ad yet.

Would you be up for a coffee sometime just to chat about it? Totally informal.

Ross Beaton
Supply Chain Manager, Ferncroft Beverages`, 'Coffee?'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Ewan,

Thanks for completing the Excel task for the Supply Chain Analyst role at Glenfarrow Retail.

We've had a look and unfortunately we won't be taking your application forward. The pivot tables were fine, but the stock-cover calculation in part 2 used sales from the wrong period, so the reorder recommendations didn't hold up, and part 3 (the VLOOKUP to the supplier list) wasn't completed.

Thanks for the time you put in.

Glenfarrow Retail Recruitment`, 'Excel task – result'),

  other(`Hi Ewan,

Welcome aboard! Your first day is Monday 1 December. Please come to reception at Unit 4, Hillington Park for 9am and ask for Kirsteen.

What to bring: your passport or other right-to-work ID, bank details for payroll, and your P45.

Your first week: induction, H&S briefing, shadowing the import desk, and a session on our booking system.

See you soon!
Clydeport Forwarding`, 'Your first day at Clydeport'),

  hold('screen', ['role_closed'], {},
    `Dear Ewan,

Thank you for your recent telephone screen for the post of Logistics Officer (Band 5), reference GGC-24-1187.

We wish to advise that progression of this vacancy has been temporarily paused pending confirmation of funding for the 2027/28 financial year. We have not made any decision about your application and it remains under consideration. We will write to you again once the post has been approved to proceed.

We apologise for any inconvenience.

Recruitment Services
NHS Greater Glasgow and Clyde`, 'GGC-24-1187 – vacancy paused'),

  rej('application', ['position_filled'], {},
    `Hi Ewan,

Thanks for your interest in the Import Coordinator role at Paisley Food Importers. The position has now been filled, so we're closing all remaining applications.

Best,
PFI Admin`, 'Import Coordinator'),

  other(`Ewan,

Your application for Stock Controller at Grangemouth Chemicals is still being reviewed. We'll notify you as soon as there is an update.

Status: In review

This message was sent automatically by iCIMS. Please do not reply.`, 'Application status: In review'),

  other(`Hi Ewan,

Sorry for the slow reply — this month has been mad. Still keen on that coffee though! Would next Wednesday at the Motherwell site canteen work, around 10?

I'm afraid I'm not able to share the salary or the final job title yet, as we're waiting for sign-off from group HR. But I can tell you what the role looks like day-to-day.

Ross`, 'Re: Coffee?'),

  rej('application', ['profile_mismatch'], {},
    `Dear Applicant,

Thank you for applying for the Stock Controller vacancy at Grangemouth Chemicals.

We regret to inform you that after reviewing your application against the requirements, you have not been selected for interview. Candidates were selected based on how well their experience matched the job description.

Grangemouth Chemicals Recruitment
This is an automated message sent by iCIMS. Please do not reply.`, 'Stock Controller – application outcome'),

  other(`Hi Ewan,

I'm reaching out from Talent Acquisition at Verdant Furniture Group. You applied with us recently and although that role didn't work out, we've just opened a Returns & Reverse Logistics Coordinator role in Glasgow and thought of you.

If you're interested, I'd love to set up a quick call.

Best,
Nadia Shah
Senior Recruiter, Verdant Furniture Group`, 'A new role you might like'),

  other(`Dear Ewan,

Thank you for taking part in our recruitment process for the Logistics Officer post. As part of our commitment to improving the candidate experience, we would be grateful if you could complete a short anonymous survey.

The survey closes on 31 December.

Recruitment Services`, 'Tell us about your experience'),

  rej('interview', ['role_closed'], {},
    `Hi Ewan,

As promised, an update before Christmas. I'm really sorry, but the owners have decided not to replace the coordinator role at all. We're consolidating the planning into the office in Carlisle, so the job at Motherwell won't be going ahead.

It's no reflection on you. I'd have been happy to have you in. All the best for the new year.

Gary Kerr
Kerr & Sons Haulage`, 'Logistics Coordinator – decision'),

  hold('application', ['role_closed'], {},
    `Hello Ewan,

Thank you for applying for Logistics Coordinator at Ardgowan Whisky Co.

We're writing to let all applicants know that the hiring process for this role has been delayed. Our operations director has just joined and wants to review the team structure before interviewing, so shortlisting won't start until late January. Your application is still being considered and you don't need to do anything.

Best wishes,
Ardgowan People Team`, 'Logistics Coordinator – delay'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Hi Ewan,

Thank you for your application for Logistics Coordinator (Offshore Mobilisation) with Torridon Energy Services.

We require candidates to hold a valid Offshore Survival (BOSIET) certificate and be available to travel to Sumburgh at short notice, which doesn't match your application or your location in Glasgow. We won't be progressing your application on this occasion.

Regards,
Torridon Recruitment`, 'Offshore Mobilisation Coordinator'),

  other(`Hi Ewan,

Happy holidays from all of us at Jobscouter! Here's your year in review: you applied to 38 jobs, viewed 212 listings, and saved 19 searches.

Ready for a new challenge in the new year? Update your CV to stay visible to recruiters.

Jobscouter`, 'Your 2026 on Jobscouter'),
  other(`Hi Ewan,

We've received your request to withdraw your application for Returns & Reverse Logistics Coordinator. Your application has been withdrawn and the hiring team has been notified.

Thanks for letting us know, and congratulations on the new role.

Verdant Furniture Group Recruiting

Powered by Greenhouse`, 'Your application has been withdrawn'),

  other(`Dear Ewan,

Thank you for your message. Unfortunately Morag is out of the office until Monday 5 January with limited access to email. For urgent recruitment queries please contact the HR inbox and a member of the team will be in touch.

Kind regards,
Forth Bulk Terminals`, 'Automatic reply: Feedback call'),

  other(`Hi Ewan,

Hope you've settled in at Clydeport! Thanks for the coffee back in November. Our Logistics & Despatch Coordinator role has finally been signed off and will go live in mid-January. I know you've just started somewhere new, so no expectations, but if you know anyone good, send them my way — or keep it in mind for later in the year.

Have a good break,
Ross Beaton
Ferncroft Beverages`, 'Despatch role is live in January'),
];
