/**
 * Development messages from sales floors, hotel and restaurant management, events and retail stores: notes from SDR,
 * account executive, key account, field and telesales and recruitment-consultant processes, from hotel groups,
 * restaurant chains, franchise owners without an HR team, event agencies and store and area managers in many countries.
 * They talk about quota and OTE, territories, driving licences and company cars, weekend and late rotas, role-plays and
 * mock sales calls, mystery-shop tasks, trial shifts and 30-60-90 plans. Declines come at every stage and for every
 * reason; some processes are only paused; and many look-alikes (acknowledgements, role-play and trial-day invitations,
 * rota questions, check-ins, offers, job alerts) use the same polite words and decline nothing.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d87-');

export const HANDWRITTEN_DEV_87: readonly CorpusLine[] = [
  // ── Application stage
  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for your interest in the Sales Development Representative (EMEA) position at Quorvia Software (Req #QV-20931).

We have reviewed your application and regret to inform you that we will not be progressing it further at this time.

We appreciate the time you took to apply and wish you every success.

Quorvia Talent Acquisition

This is an automated message from our recruiting system. Please do not reply to this email, as this mailbox is not monitored.`, 'Your application to Quorvia Software'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Ms. Okonkwo,

Thank you for applying for the Front Office Manager role at the Harrowgate Grand, part of Selvane Hotels & Resorts.

We were pleased to receive so many applications. Having reviewed yours against the requirements of the position, we feel that other applicants' profiles were a closer match to what the hotel needs at this point.

We would like to keep your details on file for twelve months and may contact you if a suitable vacancy arises across the Selvane portfolio. You are of course also welcome to apply directly via our careers site.

With kind regards,

People & Culture Team
Selvane Hotels & Resorts | 14 Carrow Street, Leeds LS1 4QT`, 'Front Office Manager – Harrowgate Grand'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Callum,

Thanks for applying for the Field Sales Executive job covering Fife and Tayside. Unfortunately we can't take your application any further - the role needs a full, clean UK driving licence from day one because you'd be on the road visiting about 25 farm supply stores a week in a company van, and your application says you're still on a provisional.

Sorry it's not better news.

Rhona Baird
Sales Manager, Kilbraith Agri Supplies`, 'Field Sales Executive'),

  rej('application', ['location'], { ...fb },
    `G'day Tomás,

Thanks for your application for the Restaurant Manager role at Saltbush Kitchen, Fremantle. Unfortunately we can only consider applicants who already hold full working rights in Australia - we're a small independent and not in a position to sponsor a visa, and your application mentions you'd need a 482.

All the best with the search.

Kerrie
Owner/Operator, Saltbush Kitchen`, 'Re: Restaurant Manager - Saltbush Kitchen'),

  rej('application', ['salary'], { ...fb, ...door },
    `Hello Marta,

Thank you for applying for Store Manager at our Poznań Stary Browar location.

You stated an expected salary of 14,500 PLN gross per month. For this store the budgeted range is 9,800 – 11,200 PLN plus quarterly bonus, so unfortunately the gap is too large for us to invite you to the next stage.

If your expectations change, or you see a larger flagship store advertised, please do apply again — we'd be glad to hear from you.

Pozdrawiam,
Agnieszka Wróbel
Regional HR Partner, Modelia Fashion Retail sp. z o.o.`, 'Your application – Store Manager Poznań'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Darren,

Thanks so much for applying for Assistant Store Manager at our Bristol Cabot Circus shop. I'll be honest with you: having read your CV, you've spent the last six years as an Area Manager looking after nine stores, and this role is a step back of about three levels from that. We worry you'd be bored within weeks and we'd lose you.

We do hire Area Managers from time to time, and I'd genuinely like to keep your CV for when the South West area comes up next year - I'll reach out then.

Cheers,
Nadia Pereira
Recruitment Partner, Brightwick Home Stores`, 'Assistant Store Manager - Cabot Circus'),

  rej('application', ['role_closed'], { ...door },
    `Hi Jess,

Sorry for the slow reply - it's been a mad few weeks. I put the ad up for a general manager for the second shop but the lease fell through, so I'm not opening Harbour St this year after all and won't be hiring for the GM job. Didn't want to leave you hanging.

If I find another site in the spring I'll be in touch, your CV looked good.

Cheers,
Liam (owner, Crumb & Ember bakery cafés)`, 'GM job'),

  rej('application', ['position_filled'], {},
    `Dear Applicant,

Thank you for your application for the position of Assistant Banqueting Manager at the Hotel Lindenhof Bern.

Please note that this position has already been filled. We thank you for your interest in our hotel.

Freundliche Grüsse
Human Resources
Hotel Lindenhof Bern AG

Diese E-Mail wurde automatisch generiert. / This e-mail was generated automatically.`, 'Ihre Bewerbung / Your application'),

  rej('application', ['internal_candidate'], {},
    `Hi Ayesha,

Thank you for applying for the Deputy Manager vacancy at our Leicester Highcross restaurant.

We wanted to let you know that we've decided to appoint one of our existing shift supervisors into the role, who has been with the team for some time and was ready to step up. As a result, we won't be taking external applications forward for this vacancy.

Thanks again for thinking of us.

Spicehouse Restaurants Recruitment`, 'Deputy Manager - Leicester Highcross'),

  rej('application', ['profile_mismatch', 'location'], { ...fb },
    `Dear Mr. Haddad,

Thank you for your interest in the Key Account Manager – Retail Pharmacy role at Medvanta Consumer Health (Riyadh).

After reviewing your application, we will not be moving forward. The hiring team was looking for a background that more closely matches the retail pharmacy channel, and the role also requires the holder to be resident in the Kingdom, whereas your application indicates you are based in Amman and would need to relocate.

We thank you for your time and wish you success.

Talent Acquisition — Medvanta Consumer Health
Ref: MCH-KAM-0417`, 'Key Account Manager – Retail Pharmacy (MCH-KAM-0417)'),

  rej('application', ['skills_gap'], { ...fb },
    `Bonjour Léa,

Merci pour votre candidature au poste de Responsable Commercial(e) Grands Comptes.

Malheureusement, nous ne pouvons pas donner suite. Pour ce poste, nous recherchons au minimum cinq ans d'expérience en vente B2B auprès de la grande distribution, et votre parcours en compte deux pour l'instant.

Bien cordialement,
Service Recrutement – Fromageries Vallon`, 'Votre candidature – Responsable Grands Comptes'),

  rej('application', ['generic'], { ...door },
    `<html><body><p>Hi Kwame,</p>
<p>Thanks for applying to be a <b>Recruitment Consultant (Tech)</b> with Talentforge Partners.</p>
<p>We had a huge response to this ad and, on this occasion, your application hasn't been shortlisted.</p>
<p>We're growing fast and are always on the lookout for driven people, so keep an eye on our careers page and apply for future roles that catch your eye.</p>
<p>Team Talentforge</p>
<p style="font-size:10px;color:#888">Powered by HireLoop · Unsubscribe from candidate updates</p></body></html>`, 'Update on your Talentforge application'),

  rej('application', ['role_closed'], {},
    `Dear Samuel,

We are writing regarding your application for Events Manager (Corporate) at Kestrel Live Events.

Following a review of our event calendar for the coming year, the business has decided not to proceed with this hire, and the vacancy has been withdrawn. We are therefore closing all applications for this role.

We apologise for any inconvenience and thank you for your interest.

Kestrel Live Events Ltd — People Team`, 'Events Manager (Corporate) – vacancy withdrawn'),

  rej('application', ['overqualified'], { ...fb },
    `Hey Priyanka,

Thanks for your interest in the Telesales Advisor role. You've got eight years running a sales floor of 40 people and this position is an entry-level seat on the phones, so we don't think it's the right fit for someone with your level of experience - you'd be way ahead of the role and the pay wouldn't reflect that.

Best,
Ollie | Hiring Team, Sunvolt Solar Direct`, 'Telesales Advisor'),

  rej('application', ['culture_fit'], { ...fb },
    `Hi Ben,

Thanks for sending over your CV and cover letter for the Founding AE role.

I'll be straight with you as I always prefer that. In your letter you mention wanting a role with a clear, established playbook and a well-defined territory. We're seven people, there is no playbook yet, and whoever joins will be building it from scratch while changing direction most weeks. I don't think that's the working style you'd enjoy, and it wouldn't be fair to bring you into it.

Good luck - I'm sure the right place is out there.

Maya Lindqvist
Co-founder & CEO, Parcelo`, 'Founding AE'),

  rej('application', ['salary'], { ...fb },
    `Dear Mr. Chen,

Thank you for your application for the position of Hotel Sales Manager (MICE).

In your application you indicated a minimum expected base of SGD 9,000 per month. The approved budget for this role is considerably below that figure, and we are therefore unable to proceed with your candidacy.

We wish you the very best.

Yours sincerely,
Human Resources Department
Orchid Bay Hotel Singapore`, 'Application – Hotel Sales Manager (MICE)'),

  // ── Screening calls
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Jonas,

Thanks again for the chat on Tuesday. I've spoken to the hiring manager, and unfortunately the German language requirement is a hard one: the team sells into DACH mid-market accounts and the calls are almost entirely in German. From our conversation it sounded like you're at a B1 level, and they need someone fully fluent.

Sorry it isn't a yes this time.

Kind regards,
Sofie Dekker
Recruiter | Northbeam Talent (on behalf of our client)`, 'German-speaking Telesales - update'),

  rej('screen', ['salary'], { ...fb, ...offered },
    `Hi Ren,

Great to speak yesterday, and thanks for being upfront about numbers. Having taken it back to the team: the OTE you mentioned (around $210k with a $120k base) is above what we can do for this Mid-Market AE seat - our band tops out at $160k OTE, 55/45 split. So I don't think it makes sense to keep going for this one.

If it's useful I'm happy to hop on a quick call and share a bit more on how the comp plan is built.

Thanks,
Grace Whitfield
Talent Partner, Ledgerwise`, 'Ledgerwise - Mid-Market AE'),

  rej('screen', ['location'], { ...fb },
    `Hi Aoife,

Thanks for the call this morning. Having thought about what you said about staying in Galway, I don't think the Leinster territory is going to work - the role covers Dublin, Kildare and Wicklow with most days on the road visiting pharmacies, and the commute would be over two hours each way before you see the first customer. The company also isn't offering relocation for this one.

Wishing you all the best,
Eoin Gallagher
Sales Recruitment, Clearpath Recruitment Ireland`, 'Territory Manager role'),

  rej('screen', ['profile_mismatch'], {},
    `Hello Oskar,

Thank you for your time on our introductory call last week regarding the Trainee Recruitment Consultant position.

We have now completed our initial conversations and, on balance, have decided to progress with candidates whose background more closely matches what we are looking for in this intake.

We wish you the very best with your job search.

Kind regards,
Harriet Osei
Talent Acquisition, Penrose Morgan Recruitment`, 'Trainee Recruitment Consultant – Penrose Morgan'),

  rej('screen', ['culture_fit'], { ...fb, ...offered },
    `Hi Rashid,

Thank you for the phone screen on Friday. I've discussed it with Tanya, who runs the BDR pod.

The main thing holding us back is the team setup: our BDRs sit together in the office four days a week, do call blitzes as a group and share everything on a live leaderboard. You told me you do your best work alone, at your own pace and mostly remote, and we don't think you'd be happy in that environment.

If you want to talk it through, reply and I'll set up 10 minutes.

Best,
Lucy Amankwah
People Team, Bramble CRM`, 'Bramble CRM - BDR'),

  rej('screen', ['generic'], { ...door },
    `Hi Francesca,

Thanks for chatting with me last week about the Guest Experience Manager role.

After reviewing all our screening calls, we won't be moving you on to the next stage this time. It was a really strong field.

Please keep an eye on our careers page - we've got three new hotels opening over the next 18 months and I'd love to see your name come through again.

Warm wishes,
Paola
Talent Acquisition, Casa Lumi Boutique Hotels`, 'Guest Experience Manager – next steps'),

  rej('screen', ['overqualified'], { ...fb },
    `Dear Mr. Ferreira,

Thank you for speaking with us on Monday about the Retail Supervisor position in our Lisbon Colombo store.

Having considered your experience as a regional operations director, we believe the role would not offer you the scope or challenge your background warrants; it is a supervisory position with a team of six and limited decision-making authority. For that reason we have decided not to progress.

Com os melhores cumprimentos,
Recursos Humanos – Lojas Atlântida`, 'Retail Supervisor – Colombo'),

  rej('screen', ['skills_gap', 'location'], { ...fb },
    `Hey Tyler,

Appreciate you jumping on the phone. Two things stop me from putting you forward for the Outside Sales Rep role with my client: they need someone with at least two years selling building materials to contractors, and you'd need to live within the Phoenix metro since the territory is all there. You're coming from SaaS inside sales and based in Tucson with no plans to move, so it's not going to line up this time.

Talk soon,
Marcus Reyes
Senior Recruiter, Redline Sales Search`, 'Outside Sales Rep - Phoenix'),

  rej('screen', ['role_closed'], {},
    `Hi Hannah,

Thanks for your time on the call last Thursday. I'm afraid I have a bit of a frustrating update: the client has decided to put the Key Account Manager hire on ice following a restructure of their UK sales team, and they've asked us to close the search. This means we won't be progressing your application.

Sorry about this,
Priya Sandhu
Consultant, Halverson Recruitment`, 'KAM role - update from client'),

  rej('screen', ['position_filled'], {},
    `Dear Nikolai,

Thank you for your time on the phone screen last week for the Night Manager position.

We wanted to let you know that we have since offered the role to another candidate, who has accepted. We are therefore closing the recruitment.

Best regards,
Reservations & HR Office
Hotel Astoria Riverside, Tallinn`, 'Night Manager'),

  rej('screen', ['salary', 'overqualified'], { ...fb },
    `Hi Ama,

Thanks for the call yesterday about the Catering Sales Coordinator role.

I shared your notes with Georgina, our events director. She was really impressed, but felt your experience as a banqueting director of a 400-room property goes well beyond a coordinator job, and the £48k you mentioned is nearly double our budget for the position (£26-28k). It wouldn't be a fair deal for you.

Kind regards,
Elliot Marsh
HR Advisor, Feastwell Catering Group`, 'Catering Sales Coordinator'),

  // ── Tests, role-plays, trial shifts, checks
  rej('assessment', ['assessment'], { ...fb },
    `Hi Sienna,

Thanks for completing the recorded mock discovery call for the SDR role. Our sales leaders score these out of 100 and we need 65 to move to interviews. You scored 52 - the opener and energy were good, but you didn't ask any questions about the prospect's current tools or budget and you jumped straight to pitching the demo.

We won't be moving forward this time.

Thanks,
Recruiting @ Stackfield`, 'Stackfield SDR - mock call result'),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the online Sales Aptitude and Numerical Reasoning assessment as part of your application for the Graduate Sales Programme at Halcyon Beverages.

Unfortunately, your results did not meet the threshold required to progress to the next stage of our selection process.

We thank you for your interest in Halcyon Beverages and wish you every success for the future.

Halcyon Early Careers Team
Please do not reply to this email.`, 'Halcyon Graduate Sales Programme – assessment outcome'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hello Deniz,

Thank you for carrying out the mystery-shop task at our Kadıköy store and sending the report.

We went through it with the area manager. It was clear and well written, but it missed the two things we were really looking for: the fitting room had no team member for the whole visit, and nobody offered the loyalty card at the till. Both were set up on purpose, and the report described the visit as "excellent service". For a store manager this kind of attention to detail is essential, so we won't take you forward this time.

You are very welcome to apply again for future store manager openings.

Saygılarımla,
Ece Yıldız
Retail Recruitment, Nordkap Apparel Türkiye`, 'Store Manager – mystery shop task'),

  rej('interview', ['assessment'], { ...fb, ...door },
    `Hi Jordan,

Thanks for coming in for the trial shift on Saturday, I know it was a busy one (we did 210 covers!).

I've had a chat with Marco and the floor team. You were great with guests but we need our assistant managers to take control of the pass and the floor when it gets busy, and on Saturday the ticket times went over 35 minutes while you were running the section and you didn't call for help. So we're not going to offer you the job this time.

I'd be happy to see you apply again in six months or so once you've got a bit more floor management under your belt.

Cheers,
Bella
GM, Ottavio's Trattoria (Manchester)`, 'Saturday trial'),

  rej('assessment', ['generic'], {},
    `Dear Mr. Wright,

We refer to your conditional offer of employment for the role of Cash Office Supervisor at our Canary Wharf store, which was subject to satisfactory pre-employment screening.

We have now received the results of this screening and regret to inform you that we are unable to confirm your employment. Your conditional offer is therefore withdrawn.

This decision is final. Further details about the screening provider and your rights under data protection law can be found in the attached notice.

Yours sincerely,
HR Shared Services
Caldwell & Pryce Department Stores plc`, 'Conditional offer – Cash Office Supervisor'),

  rej('assessment', ['position_filled'], {},
    `Hi Mateo,

Thank you for submitting your written case exercise for the Partnerships Executive role - we know these take time.

Before we could get to review the final batch, our hiring manager made an offer to a candidate from an earlier round, and that person has accepted. We're therefore closing the process and won't be reviewing further submissions.

Apologies for the timing, and thanks again.

Rosa Medina
Talent, Viajoven Travel Group`, 'Partnerships Executive - case exercise'),

  rej('assessment', ['role_closed'], { ...door },
    `Hi Connor,

Thanks for sending through the territory plan exercise for the Field Sales Manager role.

Unfortunately, since you submitted it, the company has announced a freeze on all new sales headcount for the rest of the financial year, and the role has been cancelled. I'm sorry that this comes after you've put the work in.

If and when the role reopens I'll contact you first.

Best,
Shannon Kerr
Talent Acquisition Partner, Telvero Telecom`, 'Field Sales Manager - update'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Ingrid,

Thank you for completing the written assessment for the Revenue Manager position at Fjordline Hotels.

Your pricing recommendation for the sample weekend did not hold up against the demand data: you kept the rate flat despite a sold-out convention in the city, leaving a significant amount of revenue on the table. The reviewers also noted you have not yet worked with a revenue management system such as IDeaS or Duetto, which is essential for this role.

We will therefore not proceed with your application.

Med vennlig hilsen,
Kari Solberg
HR, Fjordline Hotels AS`, 'Revenue Manager – assessment'),

  rej('final', ['assessment'], {},
    `Hi Lerato,

Thanks for taking part in our assessment centre last Wednesday for the Retail Management Trainee programme.

After reviewing the results from the group exercise, the in-tray and the store walk, we're sorry to let you know you haven't been successful on this occasion.

Kind regards,
Emerging Talent Team
Sizwe Mart Group (Pty) Ltd`, 'Retail Management Trainee – assessment centre'),

  rej('assessment', ['generic'], {},
    `Hi Will,

Just to let you know, we've now had both references back for the Bar Manager position. I'm sorry, but based on what came back we won't be able to go ahead with the job offer.

Thanks,
Jenna
Operations, The Copper Kettle Inns`, 'Bar Manager - references'),

  // ── Interviews
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Kieran,

Thanks for coming in on Tuesday to meet Paul and me for the National Account Manager role.

We both enjoyed the conversation, but after a lot of thought we've decided not to take you to the next stage. The account you'd be running is Tesco, and we really need someone who has already negotiated a joint business plan with one of the big four grocers - your experience so far is with wholesalers and convenience, which is valuable but not quite what this one needs.

I'd like to keep in touch though: we're planning a Convenience Channel Manager role for next year and your background would be right for that, so I'll reach out when it goes live.

Kind regards,
Harpreet Gill
Head of Sales, Oakhouse Snacks`, 'NAM role - thank you'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Yusuf,

Thank you for attending the interview for the position of Assistant Hotel Manager at the Al Noor Suites.

After careful consideration, we have decided to proceed with another candidate whose experience more closely matches the requirements of the position.

We thank you for your interest and wish you all the best in your future career.

Best regards,
Talent Acquisition
Al Noor Hospitality LLC | Dubai, UAE`, 'Assistant Hotel Manager – Interview Outcome'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Gabby,

Thanks for meeting the team last week. I'm sorry to say we won't be offering you the Events Producer job.

The feedback from the interview was that you came across as really strong on logistics, but when we talked about how the team works you said you prefer to own an event end-to-end and don't like handing parts over. Our producers work in pods where everything is shared and handed over every day across time zones, and the team felt that way of working wouldn't suit you.

All the best,
Theo Brandt
Head of Production, Confluence Events, Berlin`, 'Events Producer'),

  rej('interview', ['position_filled'], {},
    `Hello Riya,

Thank you for meeting with us last week regarding the Business Development Manager position.

I wanted to let you know that we have offered the position to another candidate, who has accepted. I appreciate the time you gave us.

Regards,
Anil Mehta
Director, Spectra Office Solutions Pvt Ltd, Pune`, 'BDM - Spectra Office Solutions'),

  rej('interview', ['internal_candidate'], {},
    `Hi Sarah,

Thanks for interviewing with us for the Area Manager (North West) role.

I wanted to call but couldn't get you, so an email it is. We've decided to promote one of our current store managers into the position - she's been covering the area since February and the team know her well. It was a close call and nothing to do with your interview.

All the best,
Chris Dunmore
Regional Director, Parkway Pharmacy`, 'Area Manager NW'),

  rej('interview', ['location'], { ...fb },
    `Dear Mr. Mensah,

Thank you for the video interview on 3 June for the Hotel Sales Executive position at the Palmera Resort, Zanzibar.

We enjoyed meeting you. Unfortunately, having reviewed the immigration requirements with our legal advisers, we would not be able to obtain a work permit for this grade of position for a non-Tanzanian citizen, and we must therefore close your application.

We are sorry for this outcome.

Sincerely,
Human Resources Manager
Palmera Resort & Spa`, 'Hotel Sales Executive'),

  rej('interview', ['salary'], { ...fb, ...offered },
    `Hi Maxime,

Thanks for meeting Hélène and the team on Thursday. They liked you a lot.

The sticking point is compensation: you said you wouldn't move below €95k base, and the Enterprise AE band here is €70–80k base with €150k OTE. We don't have the flexibility to close that gap, so we won't continue the process.

Happy to share the rest of the interview notes if you'd like them, just let me know.

Bien à vous,
Julien Roche
Talent Acquisition, Cloudmare SAS`, 'Cloudmare – Enterprise AE'),

  rej('interview', ['overqualified'], { ...fb },
    `Hi Ewan,

Thanks for making the trip to Glasgow on Monday to meet us for the Restaurant Supervisor job.

We've talked it through and honestly, with your background running a 120-seat restaurant as GM for four years, we feel you'd outgrow this supervisor role very quickly. We think it's better for both sides if we don't go ahead.

Take care,
Morag & Stuart
Thistle & Wren`, 'Supervisor job'),

  rej('interview', ['role_closed'], {},
    `Dear Fatima,

Thank you for your patience following your interview for the Regional Sales Manager position.

I am sorry to inform you that, following an internal restructure of the commercial team, the position will no longer be recruited. We are therefore closing the process for all candidates.

Thank you again for your time and interest in Brightmere Foods.

Kind regards,
Deborah Lowe
HR Business Partner`, 'Regional Sales Manager – update'),

  rej('interview', ['generic'], { ...offered },
    `Hi Nate,

Thanks for your time on the video call with Jules and Ari last week.

We've decided not to move forward with your candidacy for the Account Executive role. If you'd like feedback, just reply to this email and I'll set up a short call with Jules.

Best,
Kendra Yu
Recruiting, Pinegrove Analytics`, 'Pinegrove - Account Executive'),

  rej('interview', ['assessment'], { ...fb },
    `Hi Aaliyah,

Thank you for interviewing with us on Wednesday for the Inside Sales Representative position.

The first half of the interview went well, but the role-play at the end is the deciding part for us. In it you didn't handle the pricing objection - when the "customer" said we were too expensive you offered a 20% discount straight away rather than exploring the value. The panel scored the role-play below the level we need, so we won't be progressing your application.

Kind regards,
Victoria Hale
Sales Team Lead, Orbis Office Furniture`, 'Inside Sales Representative'),

  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Dear Ms. Rossi,

Thank you for your interview on Tuesday for the Boutique Manager role in Zürich.

Unfortunately we will not continue with your application. The role requires fluent German for daily contact with our clients, and we also need the manager to hold a Swiss work permit already, as we are not able to sponsor one for this position.

Freundliche Grüsse,
Claudia Hess
HR Manager, Maison Aurel Switzerland`, 'Boutique Manager Zürich'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Jamal,

Thanks again for interviewing with us for the Senior Recruitment Consultant (Finance) desk.

We've now met everyone on the shortlist and decided to go with someone whose experience lines up more closely with what we need right now.

We'll hold onto your details and I'll be in touch if something more suited to your background opens up - we're looking at growing the Legal desk next quarter.

Cheers,
Hollie Stevens
Director, Calder Search`, 'Senior Consultant role'),

  rej('interview', ['internal_candidate'], {},
    `Hola Daniela,

Gracias por la entrevista del martes para el puesto de Jefa de Recepción.

Te escribo para decirte que finalmente hemos cubierto la vacante con una compañera del propio hotel, que ya conocía bien el equipo y los sistemas. No seguiremos adelante con tu candidatura.

Un saludo,
Marta Gil
RR. HH., Hotel Mirador del Puerto (Málaga)`, 'Jefa de Recepción'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Connie,

Quick one - thanks for the chat with me and Dan on Friday. We've gone ahead and offered the Events Sales Manager role to someone else, who started this week actually, so it's closed now.

We really liked you though and would love you to apply again for future roles, we're growing the team next year.

Steph x
Owner, Fable & Fern Weddings`, 'Events Sales Manager'),

  rej('interview', ['culture_fit', 'profile_mismatch'], { ...fb },
    `Hi Ravi,

Thank you for your time in the panel interview for the Franchise Business Consultant role.

We won't be moving forward. Overall the panel felt other candidates matched the role more closely, and there was a specific concern about style: several times you described managing franchisees by "telling them what the numbers say and making them fix it", while our approach with franchise partners is very much coaching and collaborative. That difference in working style was a big factor.

Regards,
Helen Park
People Lead, Zestio Juice Bars`, 'Franchise Business Consultant'),

  rej('interview', ['location'], { ...fb, ...door },
    `Hi Oliver,

Thanks for interviewing for the Account Manager role. You were a strong candidate, but I'm afraid the move to a fully hybrid setup you asked about isn't possible: the team is in our Birmingham office five days a week during the peak season, and you'd told us you could only do two office days from Nottingham.

I'll keep your CV on file, and if we open a role with more flexibility I'll be in touch.

Best,
Imogen Clarke
Commercial Director, Tradelink Print`, 'Account Manager'),

  rej('interview', ['salary'], { ...fb },
    `Dear Aditya,

Further to your interview for the F&B Manager position, we have reviewed the package you requested (INR 18 LPA plus accommodation).

This is beyond the approved grade for the role at our Goa property, and we are unable to revise it. Therefore we will not be able to proceed further.

Warm regards,
Talent Team, Sandalwood Resorts`, 'F&B Manager – Sandalwood Resorts Goa'),

  rej('interview', ['generic'], {},
    `Hey Chloe - thanks for popping in yesterday to meet me. I've decided not to go ahead with you for the assistant manager spot, but thanks for your time and good luck with everything. Mia (Bloom Florist & Café)`, 'Assistant manager'),

  rej('interview', ['skills_gap'], { ...fb, ...offered, ...door },
    `Hi Tomasz,

Thank you for meeting with me on Monday about the Key Account Manager - Foodservice role.

We've decided not to move you forward. The main reason is that the role needs someone who already knows the contract catering side (Compass, Sodexo, etc.) and has negotiated national listings with them; your experience is mostly in retail and we'd be asking you to learn that channel from scratch.

If you'd like a bit more detail, give me a ring any time. And please do apply again in the future - I think you'd suit a retail KAM role with us when one opens.

Kind regards,
Fiona Ritchie
Sales Director, Greenleaf Bakery Co.`, 'KAM Foodservice'),

  // ── Final rounds, presentations, references after finals
  rej('final', ['position_filled'], {},
    `Dear Hamza,

Thank you for attending the final round for the Commercial Director role and for the effort you put into your 30-60-90 day plan presentation.

We have now concluded the process and made an offer to another finalist, which has been accepted.

We are grateful for the time you have invested with us over the past six weeks.

Yours sincerely,
Caroline Ashby
Group HR Director, Westmoor Leisure Group`, 'Commercial Director – outcome'),

  rej('final', ['profile_mismatch'], { ...door },
    `Hi Mei,

I wanted to update you after Thursday's final interviews for the Hotel Manager position at The Linden, Melbourne.

It was an incredibly close decision between the last three candidates, and in the end the owners chose the candidate whose experience was the closest fit to what the hotel needs in its first year after the refurbishment.

I know this is disappointing after getting so far. We'd really like to stay in contact - I'll add you to our talent pool for upcoming GM and HM roles in the group, and I'll let you know directly when something suitable opens.

Warmly,
Bridget O'Sullivan
Talent Acquisition Manager, Linden Collection Hotels`, 'The Linden – Hotel Manager'),

  rej('final', ['culture_fit'], { ...fb, ...offered },
    `Hi Patrick,

Thanks for coming in for the final stage last week and spending the afternoon with the team.

We've decided not to extend an offer. The team really valued your experience, but the sense from the afternoon was that your style - very competitive, individual targets first - would clash with how our sales team operates, which is pooled commission and a lot of helping each other close. That's core to our culture and not something we want to change.

If a call to go over this in more detail would be helpful, I'm happy to arrange one.

Kind regards,
Anna Schmitt
VP Sales, Tidewell Software`, 'Tidewell – final stage'),

  rej('final', ['internal_candidate'], {},
    `Dear Ngozi,

Thank you for participating in the final panel for the position of General Manager, Sundial Hotel Abuja.

After the final panel, the Board decided to appoint an internal candidate from within the Sundial group, currently serving as Deputy GM at our Lagos property. We will therefore not be extending an offer to you.

We thank you sincerely for your time and commitment throughout this process.

Yours faithfully,
Group Human Resources
Sundial Hotels Nigeria Ltd`, 'General Manager – Sundial Abuja'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Lukas,

Thank you for presenting your 30-60-90 plan to Sven, Marit and me on Friday - it was one of the best structured we've seen.

We've decided not to offer you the Channel Sales Manager role. The deciding factor was channel experience: the plan leaned heavily on direct selling, and when we asked about recruiting and enabling reseller partners it became clear you haven't run a partner programme before. That's the core of the first year in this job.

Best regards,
Ida Nyström
Head of Partnerships, Vaxa Security AB`, 'Channel Sales Manager'),

  rej('final', ['assessment'], { ...fb },
    `Dear Rebecca,

Thank you for attending the final stage for the Area Manager (South Coast) role, which included your presentation and the store visit.

I'm sorry to let you know we won't be offering you the position. The panel felt the presentation fell short in a few areas: the plan to recover sales in the Worthing store didn't use the KPI data we provided, and the labour budget you proposed was about 18% over the figure in the brief. Those gaps were enough to put you behind the other finalists.

Kind regards,
Louise Ahmed
Regional Operations Director, Harbour & Hearth Homewares`, 'Area Manager South Coast – final stage'),

  rej('final', ['generic'], {},
    `Dear Mr. Kowalczyk,

Further to your final interview and our conditional offer of 2 April for the role of Sales Manager, we have now completed the reference checks.

I regret to inform you that we are unable to proceed with the offer of employment.

Yours sincerely,
Paweł Zieliński
HR Manager, Vistula Logistics S.A.`, 'Sales Manager – reference checks'),

  rej('final', ['salary'], { ...fb },
    `Hi Siobhan,

Thanks for getting through to the final round with us and for talking openly about numbers with Dave.

We've gone back and forth internally, but we can't get to the €85k base plus car allowance you need for the Head of Events role - the business signed off €72k and that's where it stops. Given that, we won't be making an offer.

All the best, truly.
Aidan
People, Greenhollow Events`, 'Head of Events'),

  rej('final', ['role_closed'], { ...door },
    `Dear Luis,

Thank you for your patience since your final interview for Director of Sales & Marketing.

The hotel's ownership has decided to sell the property, and as part of that process all senior recruitment has been cancelled, including this position. We are therefore not able to offer the role to any candidate.

I'm genuinely sorry, particularly after four rounds. If you're open to it, I'll keep your details and contact you about leadership roles in the rest of our portfolio.

Warm regards,
Catalina Vega
Regional Talent Manager, Pacífico Hotels & Resorts`, 'Director of Sales & Marketing'),

  rej('final', ['overqualified', 'salary'], { ...fb },
    `Hi Gareth,

Thanks for the time you gave us in the final interview with Liz, our MD.

We've decided not to offer the Sales Manager role. Liz's view was that with twenty years in sales leadership, including running a national team of 60, you'd be well overqualified for managing our team of five reps - and the salary you're looking for (£95k) reflects that experience but is well above what we have budgeted (£60-65k).

Best wishes,
Kath Jones
Office Manager, Pennine Print & Sign`, 'Sales Manager role'),

  rej('final', ['position_filled'], { ...door },
    `Hi Zara,

I wanted to get back to you personally after the final round with our CRO. We made the decision to hire another finalist, who accepted yesterday, so the Enterprise AE role is now filled.

You were a strong finalist and we'd love to keep in touch for future AE openings - I'll reach out when the next ones open in Q3.

Cheers,
Devon Mills
Senior Talent Partner, Aurelian AI`, 'Aurelian AI - Enterprise AE'),

  rej('final', ['location', 'salary'], { ...fb },
    `Dear Mr. Tanaka,

Thank you for attending the final interview for Regional Sales Director APAC.

After discussion with the leadership team, we will not extend an offer. The role must be based in our Singapore office, and you indicated you would not relocate from Tokyo; in addition, the package you need is above the range approved for the position.

We are grateful for your time throughout this process.

Sincerely,
Global Talent Acquisition
Meridale Instruments`, 'Regional Sales Director APAC'),

  rej('final', ['generic'], { ...offered, ...door },
    `Hi Lauren,

Thank you for making it to the final interview for Store Manager at our Dublin Grafton St location.

I'm sorry to tell you that we've decided to progress with another candidate. I know how much effort went into your preparation.

If you'd like feedback, please get in touch with me and I'll go through the notes with you. We'd also be delighted if you applied for future roles with us.

Kind regards,
Niamh Walsh
Retail Talent Partner, Larkspur & Co.`, 'Store Manager Grafton St'),

  rej('final', ['internal_candidate'], { ...door },
    `Hi Ahmed,

Thanks so much for taking part in the final round for Head of Sales at Plato Recruitment.

We decided to give the job to one of our own principal consultants, who's been at Plato for six years and led the biggest desk last year. It was a tough call and you were right up there.

We'd love to keep you in mind for future senior roles - I'll hold on to your details and be in touch.

Thanks,
Rob Kline
MD, Plato Recruitment`, 'Head of Sales'),

  rej('final', ['overqualified'], { ...fb },
    `Dear Ms. Dubois,

We would like to thank you for the time you invested in our selection process for Chef de Réception, including the final interview with our General Manager.

Having discussed your candidacy at length, we believe your experience — eight years as Front Office Manager in five-star properties — goes considerably beyond the scope of this position, and that you would likely find the role limiting. We have therefore decided not to proceed.

Cordialement,
Service des Ressources Humaines
Hôtel Les Tilleuls, Annecy`, 'Chef de Réception'),

  rej('final', ['culture_fit'], { ...fb },
    `Hey Jake,

Thanks for doing the full day with us on Thursday, working a shift on the floor and sitting down with the partners after.

We're going to pass this time. During the shift the team felt you were quite hands-off - directing people from the pass rather than jumping in to help when it got busy, which is how we all work here from the owners down. It's a small place and that matters a lot to us.

Good luck,
Sam & Inès
The Long Table, Bristol`, 'Thursday'),

  // ── A few more across stages
  rej('application', ['internal_candidate'], {},
    `Dear Applicant,

Re: Sales Coordinator (Ref SC-2291)

We are writing to advise that this vacancy has been filled by an internal transfer, and the external advertisement has now closed. Your application will not be considered further.

Thank you for your interest in Rendall Motors.

Rendall Motors Group — Recruitment
This mailbox is not monitored.`, 'Sales Coordinator (Ref SC-2291)'),

  rej('interview', ['overqualified'], { ...fb, ...door },
    `Hi Bea,

Thanks for coming in to talk about the Events Coordinator role last week.

We loved meeting you, but we've decided the coordinator job isn't the right level for you - you've been running festivals of 20,000 people and this role is mostly supplier booking and admin for small corporate days. We think you'd be frustrated.

We're hoping to hire an Events Manager in the new year and I'd love to talk to you then, so expect to hear from me.

Thanks,
Claire
Peak & Pine Events`, 'Events Coordinator'),

  rej('screen', ['internal_candidate'], {},
    `Hi Marcus,

Thanks for the call on Monday about the Inside Sales Team Lead role.

Since we spoke, one of our senior reps has applied for and been offered the position, so it will be filled internally. We won't be continuing with external candidates.

Appreciate your time.

Gemma Ford
Talent Acquisition, Hollis Telecoms`, 'Inside Sales Team Lead'),

  rej('interview', ['role_closed'], {},
    `Hi Shreya,

Thanks for your patience since your interview for the Key Account Executive role.

There's been a change in how the team will be organised: the business has decided not to hire a new Key Account Executive after all and will split the accounts between two existing team members instead. So we're closing the role.

Sorry to bring this news after you've been through interviews.

Best,
Tom Ellery
Sales Operations Manager, Nordvik Packaging`, 'Key Account Executive - update'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Dani,

Thank you for doing a trial day with us at the Shoreditch shop on Wednesday.

Your product knowledge is great and the customers liked you. But the team found it hard working alongside you - you corrected people in front of customers a couple of times and didn't join the handover huddle at the end. We're a very tight-knit crew and the way we work together is a big part of it, so we're going to say no this time.

Thanks for giving it a go,
Ruby
Shop Manager, Kindred Cycles`, 'Trial day'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Kemi,

Thanks for applying for the Recruitment Consultant (Healthcare) role at Wellfield Staffing.

This role requires at least 12 months of 360 recruitment experience, ideally in healthcare or nursing. From your CV you're coming from retail management, and while there's lots of overlap, we can't consider applicants without agency recruitment experience for this desk.

Best of luck,
Wellfield Staffing Recruitment Team`, 'Wellfield Staffing - your application'),

  rej('screen', ['generic'], {},
    `Dear Chiara,

Thank you for speaking with us regarding the Sales Executive position.

We regret to inform you that we will not be proceeding with your candidacy.

Regards,
HR Department
Veneto Marble Export S.r.l.`, 'Sales Executive position'),

  // ── Paused processes
  hold('interview', ['role_closed'], {},
    `Hi Elena,

Thanks for checking in. I wish I had a clearer answer for you: after your interview with Mark, the leadership team announced a temporary freeze on new sales hires until the Q3 budget is signed off. The Account Executive role isn't cancelled and you're still very much in the running - we just can't make any offers until the freeze lifts, hopefully by mid-July.

I'll update you as soon as I hear anything.

Best,
Priya
Talent, Corvane Health`, 'Re: AE role - any update?'),

  hold('application', ['generic'], {},
    `Dear Mr. Adebayo,

Thank you for your application for the position of Banqueting Manager.

Please note that our General Manager is currently on annual leave, and the review of applications will be delayed until her return on 24 August. We will contact you after that date regarding the next steps.

Thank you for your patience.

Human Resources
Eko Lagoon Hotel, Lagos`, 'Banqueting Manager – application status'),

  hold('final', ['generic'], {},
    `Hi Roisin,

Just a quick note so you're not left wondering - Declan (the owner) is travelling for the next two weeks and he wants to make the final call on the Operations Manager job himself, so there'll be a delay before we can come back to you. You're still one of the two people we're considering.

Thanks for bearing with us,
Gráinne
The Salt Yard Group`, 'Ops Manager - delay'),

  hold('screen', ['role_closed'], {},
    `Hey Tom,

Following up on our call last week. Bit of news: the owners are in the middle of selling two of their franchise stores, and until that's done they've asked me to pause hiring for the Multi-Site Manager role. Nothing is decided against you - your application is on hold and I'll pick it back up when they give me the green light, which they hope will be within a month.

Cheers,
Andy Rowe
Recruiter, Franchise Talent Co.`, 'Multi-Site Manager - on hold'),

  hold('assessment', ['generic'], {},
    `Hi Nia,

Thank you for completing the online assessment for the Retail Management Trainee scheme.

Due to the high volume of applicants this year, the next stage (our virtual assessment centres) has been pushed back by three weeks. Your application remains active and we will email you with new dates in due course.

Best wishes,
Early Careers Team
Harlowe's Supermarkets`, 'Your application – Retail Management Trainee'),

  hold('interview', ['role_closed'], {},
    `Dear Kofi,

I'm writing to update you on the Regional Business Development Manager role you interviewed for on 12 March.

The company is currently carrying out a review of its West Africa sales structure. While that review is in progress, we have put all open sales management recruitment on hold. Your application has not been declined, and we expect to be able to confirm next steps by the end of May.

Thank you for your understanding.

Kind regards,
Adwoa Boateng
HR Manager, Savanna Beverages Ghana`, 'Regional BDM – recruitment on hold'),

  hold('application', ['role_closed'], {},
    `Hi Ola,

Thanks for your application for Restaurant General Manager at our new Aberdeen site.

Unfortunately the opening has been delayed because of building work, and we've paused recruitment for the site team until we have a confirmed opening date (most likely early next year). We'll keep your application on file and contact you as soon as we restart hiring for Aberdeen.

Thanks,
Bao Bun Co. Recruitment`, 'Restaurant General Manager - Aberdeen'),

  hold('final', ['role_closed'], {},
    `Dear Ms. Lindgren,

Thank you for taking part in the final round for Vice President, Sales (Nordics).

I must inform you that, due to the pending acquisition of the company that was announced this morning, we have been asked to pause all senior appointments until the transaction completes. You remain one of our two finalists and the decision has only been postponed. We will contact you as soon as we are able to resume.

Med vänliga hälsningar,
Johan Ek
Executive Search Partner, Ek & Strand Executive Search`, 'VP Sales Nordics – process paused'),

  hold('interview', ['generic'], {},
    `Hi Caleb - sorry it's taking longer than we said! We've had a couple of people off sick and haven't been able to get the second interviews booked in yet. Still keen on you for the assistant manager role, should have an update next week. Ta, Jo (Harbourside Fish & Chips)`, 'Re: assistant manager'),

  hold('screen', ['generic'], {},
    `Hi Anya,

Thank you for your time on the call last Tuesday. I wanted to let you know the hiring manager for the Event Sales Executive role has been pulled into our biggest conference of the year, so we won't be able to arrange interviews until after 20 October. Your application is still active and you haven't been ruled out - I'll reach out then to schedule.

Many thanks,
Lena Morris
Talent Coordinator, Summit Stage Conferences`, 'Event Sales Executive – timing'),

  // ── Look-alikes: acknowledgements, invitations, rotas, check-ins, offers, alerts
  other(`Dear Hiroshi,

Thank you for applying for the position of Account Executive – SMB (Req ID 44817) at Novacrest.

We have received your application and our team is currently reviewing it. Due to the high volume of applications we receive, this may take up to two weeks. If your experience matches our requirements, a member of our Talent team will contact you to discuss next steps.

Unfortunately we are unable to respond to individual enquiries about application status.

Kind regards,
Novacrest Talent Acquisition

This is an automated message. Please do not reply.`, 'We received your application – Account Executive – SMB'),

  other(`Hi Sophie,

Great news - we'd like to invite you to the next stage for the SDR role: a 20-minute mock cold call with one of our team leads, who will play a VP of Finance at a mid-size logistics company. You'll get a one-page brief on the prospect 24 hours before.

There's no trick to it - we just want to see how you open, how you handle a brush-off and whether you can book the meeting.

Please pick a slot here: calendly.com/ravelin-talent/mock-call

Thanks,
Ines
Talent, Ravelin Data`, 'Next step: mock sales call'),

  other(`Hi Marco,

Thanks for coming in yesterday, it was good to meet you. We'd like you to do a paid trial shift next Friday from 5pm to close (usually around 11:30). You'll shadow our floor manager for the first hour and then run the upstairs section. Please wear black trousers and black shoes, we'll give you a shirt and apron.

Let me know if Friday works.

Cheers,
Hannah
GM, Brasa Smokehouse`, 'Trial shift Friday?'),

  other(`Hi Leon,

Quick question before we set up your interview for Assistant Store Manager: the rota for this store has managers working two out of every three weekends and one late (until 10pm) each week, plus late-night trading in December. Is that something you could do? No problem either way, I just want to check before we go further.

Thanks,
Keisha
Recruitment Advisor, Pennywise Discount Stores`, 'Quick question about weekends'),

  other(`Hi Amara,

We haven't heard from you in a little while, so I wanted to check in - are you still interested in the Hotel Sales Manager role at the Brookfield? We'd still very much like to meet you, but if your situation has changed that's absolutely fine, just let me know either way.

Best,
Marcel Dumont
Talent Partner, Brookfield Hotels`, 'Still interested?'),

  other(`Dear Andrés,

Further to your recent interviews, I am delighted to offer you the position of Key Account Manager – Modern Trade at Solaria Foods, reporting to the National Sales Manager.

Your package will be:
• Base salary: MXN 62,000 per month
• Quarterly commission of up to 30% of base against target
• Company car and fuel card
• 20 days' annual leave plus public holidays

The offer is subject to receiving two satisfactory references and a copy of your driving licence. Please confirm your acceptance by signing the attached letter and returning it by Friday 14 June.

We look forward to welcoming you to the team.

Yours sincerely,
Verónica Salas
HR Director, Solaria Foods`, 'Offer of employment – Key Account Manager'),

  other(`New jobs matching your alert "restaurant manager" within 10 miles of Leeds:

• Restaurant Manager – Pizzeria Vesuvio, Leeds City Centre – £38,000 + tronc
• Assistant General Manager – The Hop Yard, Headingley – £33,000–£35,000
• Operations Manager – Fable Café Group, Leeds – Competitive

Unfortunately, one job you saved ("Bar Manager – The Crown, Otley") is no longer accepting applications.

Manage your alerts | Unsubscribe
JobHive UK Ltd`, '3 new jobs for "restaurant manager"'),

  other(`Hi Dimitri,

Thanks for letting me know you've accepted another offer - congratulations! I've withdrawn your application for the Field Sales Representative role as requested, so you won't receive any more emails about it from us.

All the best in the new job,
Angela
Talent Team, Hartwell Medical`, 'Re: Withdrawing my application'),

  other(`Hi Freya,

Thank you for joining the Cobalt Hospitality Talent Community! You'll now receive updates about new roles in hotels, restaurants and events across our group, plus invitations to our open days.

You can update your preferences (locations, role types, seniority) at any time from your profile.

Cobalt Hospitality Careers`, 'Welcome to the Cobalt Talent Community'),

  other(`Hi Yasmin,

Thanks for coming in today for the Store Manager interview - it was lovely to meet you and hear about how you turned round the Crawley store.

We're seeing a couple more people this week and will be in touch by Tuesday next week at the latest with an update either way.

Kind regards,
Simon Aldridge
Area Manager, Meadow & Stone Garden Centres`, 'Thank you for coming in'),

  other(`Hi Rohan,

As discussed, the final stage for the Sales Director role will be a 30-minute presentation of a 30-60-90 day plan to our CEO, CFO and Head of Marketing, followed by 30 minutes of questions.

Please include: your view of our market, how you would assess the current team in the first 30 days, and the three quarterly targets you'd set. We'll share last year's revenue by region under NDA so your numbers can be grounded.

The session is on Thursday 9 May at 2pm at our Manchester office. Let me know if you need any equipment.

Best,
Claire Dunn
Talent Lead, Ferro Fixings`, 'Final stage – 30-60-90 plan presentation'),

  other(`Dear Ms. Haugen,

Your interview for the position of Conference & Events Manager, originally scheduled for Wednesday 11 September at 10:00, unfortunately has to be moved because our Director of Events has been called away. Would Thursday 12 September at 14:00 or Friday 13 September at 09:30 suit you instead?

We apologise for the inconvenience.

Kind regards,
HR Coordinator
Nordlys Conference Hotel, Tromsø`, 'Interview rescheduled – Conference & Events Manager'),

  other(`Hi Zoe,

Thanks for applying for the Area Sales Manager role. Before we can move forward, could you please upload a copy of both sides of your driving licence and let us know about any endorsements? The role comes with a company car, and our insurer needs these before we can confirm interviews.

Upload here: careers.petrelpets.com/documents

Thanks,
Petrel Pet Supplies Recruitment`, 'Action needed: driving licence'),

  other(`Hello Ibrahim,

Here are the instructions for your mystery-shop task, which forms part of the next stage for the District Manager role:

1. Visit any two of our stores in the Rotterdam area between 10 and 17 October.
2. Make a small purchase in each (we will reimburse up to €25 per visit).
3. Send us a one-page report per store: what went well, what you would fix first, and how you'd coach the store manager.

We'll discuss your reports in the interview on 22 October.

Met vriendelijke groet,
Eline de Vries
Recruitment, Huisklaar Wonen B.V.`, 'Mystery-shop task – instructions'),

  other(`Dear Candidate,

This is a reminder that you have not yet completed your online Sales Personality Questionnaire for the Telesales Team Leader vacancy. The link will expire in 48 hours.

Unfortunately, if the questionnaire is not completed by the deadline, we will not be able to consider your application further.

Complete assessment: assess.talentmetric.io/c/8H2K9Q

Orchard Energy Recruitment Team`, 'Reminder: complete your assessment'),

  other(`Hey Priya!

Congratulations - you're through to the final round for the Account Executive role. Everyone you met on Tuesday was really positive.

The final round is a 45-minute meeting with our VP Sales, Dominic, including a short role-play of a renewal negotiation. I'll send over the brief on Monday.

Cheers,
Lily
People Ops, Tallyhook`, 'Final round - Tallyhook'),

  other(`Hi Graham,

Thanks for your email. No bad news, I promise - the team are still interviewing for the Key Account Manager role and the last interviews are this Thursday. We're aiming to make decisions early next week and I'll call you either way.

Best,
Naomi
Talent Partner, Bellford Brands`, 'Re: KAM - update?'),

  other(`Hi Lewis,

Following our conversation yesterday, I'm pleased to confirm the revised offer for the Senior Account Executive role:

- Base: £68,000 (up from £62,000)
- OTE: £136,000, uncapped commission paid monthly
- Guaranteed commission of £3,000 per month for your first three months while you ramp
- Start date: Monday 3 March

The updated contract is in DocuSign now. Really pleased we could get there!

Best,
Amelia Knox
Head of Talent, Stratavault`, 'Revised offer - Senior AE'),

  other(`Hi Tanvir,

Thanks for replying to ask for feedback. I've booked us 20 minutes on Thursday at 4pm to go through Jacqui's notes from the interview - invite is in your calendar. Speak then.

Rachel
Recruitment Consultant, Goldcrest Recruitment`, 'Feedback call - Thursday 4pm'),

  other(`Dear Mr. Oyelaran,

Thank you for accepting our offer for the role of Duty Manager. As part of pre-employment checks, please provide details of two referees, one of whom must be your most recent employer, and bring your passport or share code to your first day so we can complete the right-to-work check.

We look forward to welcoming you on 2 September.

HR Team
Riverside Quarter Hotel`, 'Pre-employment checks – Duty Manager'),

  other(`Hi Ella,

I've sent your CV across to my client for the Recruitment Consultant role (commercial desk, Reading). They usually come back within 3-4 working days. I'll let you know as soon as I hear anything - fingers crossed!

Cheers,
Sam Turner
Principal Consultant, Kinetic People`, 'CV submitted'),

  other(`Hi Aisha,

We missed you at the interview this morning for the Assistant Restaurant Manager position - I hope everything's okay. If you're still interested, reply with a couple of times that work for you next week and we'll rebook.

Best,
Daniel
Operations Manager, Sushi Tora`, 'Interview this morning'),

  other(`Dear Shauna,

We are writing to thank you for your recent application to Larchmont Retail. We value every candidate's experience and would be grateful if you could spend two minutes telling us how we did, regardless of the outcome of your application.

Take the survey: survey.larchmontcareers.com/cx

Thank you,
Larchmont Talent Acquisition`, 'How did we do?'),

  other(`Hi Pete,

Yes, happy to explain how the commission works for the Field Sales role before you sign. You'll get 8% on every new account in your first year of trading, paid monthly in arrears, plus a £500 bonus each quarter you hit 100% of target. There's no cap. The car is a hybrid estate, fuel card included, and you can use it privately.

Let me know if you have any other questions, otherwise we'll see you on the 14th!

Mark Denholm
Regional Sales Manager, Fenwick Garden Machinery`, 'Re: commission question'),

  other(`Hi Kasia,

Sorry to say the recruitment team will be closed from 23 December to 2 January, so you won't hear from us about your Store Manager application over that period. We'll pick everything up again when we're back.

Happy holidays!
Brightwick Home Stores Careers`, 'Holiday closure'),

  other(`Hi Femi,

I came across your profile and wanted to reach out - I'm working on a Business Development Manager role with a fast-growing events technology company in London, £65-75k base plus commission, hybrid. Your background in venue sales looks like a great fit.

Would you be open to a quick chat this week?

Jonny Fleet
Director, Bluewater Sales Recruitment`, 'BDM opportunity - events tech'),

  other(`Hi Carla,

Thanks for your application for Events Assistant (seasonal) at Hollins Park. We can see you've started an application but haven't uploaded your CV yet - unfortunately incomplete applications can't be reviewed. You can finish it any time before the closing date of 30 April.

Hollins Park Estate - Recruitment`, 'Complete your application'),

  other(`Hi Joe, it's Karen from the shop - are you ok to do the Saturday close (2pm-10pm) this week as part of your trial instead of Thursday? Let me know, thanks!`, 'Trial shift change'),

  other(`Dear Valentina,

Following your final interview, we are pleased to offer you the position of Events Manager at Villa Serena, Lake Como, for the season from 1 April to 31 October.

You will receive accommodation on site, a monthly salary of €2,600 net and a season-end bonus linked to the number of events delivered. Please confirm by replying to this email, and we will send the contract.

Cordiali saluti,
Giulia Ferraro
Direttrice, Villa Serena Eventi`, 'Offerta – Events Manager stagione'),

  other(`Hello Nikhil,

Thank you for your interest in our Franchise Partner programme. We have received your enquiry and one of our franchise development team will call you within five working days to talk about available territories, investment levels and next steps.

Kind regards,
Franchise Development
Spinwell Laundry Franchising Ltd`, 'Your franchise enquiry'),

  other(`Hi Bethany,

Thanks for your time today. Just confirming the next stage for the Recruitment Consultant role: you'll spend half a day at our Leeds office next Wednesday (9am-1pm) sitting with the Construction desk, making a few mock candidate calls and doing a short role-play where you pitch a candidate to "a client" (me!).

Bring your laptop if you can. Any questions, shout.

Kind regards,
Holly Carr
Team Leader, Ironbridge Recruitment`, 'Next stage - half day in the office'),

  other(`Dear Applicant,

Your application for Hotel Operations Manager (Ref HOM-552) has been updated. Status: Under review.

Log in to the candidate portal to see details. Please do not reply to this message.

Arcadia Hotels Careers Portal`, 'Application status update'),

  other(`Hi Owen,

Thanks for your message. I'm sorry to hear about your family situation, and of course we understand you need to withdraw from the process for the Area Manager role. I've closed your application on our side. If things change later, you know where we are.

Take care,
Lisa
Talent Acquisition, Northgate Convenience`, 'Re: Area Manager - withdrawing'),

  other(`Hi team,

This month at Apex Sales Talent: our latest salary guide for SDRs and AEs in the Nordics, five tips for handling objections in mock sales calls, and the top questions to ask in a final-round interview. Plus: why "we regret to inform you" doesn't have to be the end - how to ask for feedback after a rejection.

Read the newsletter online | Unsubscribe

Apex Sales Talent AB, Stockholm`, 'Apex Talent Monthly – March'),

  other(`Dear Mr. Nakamura,

Thank you for your interview on Monday for the Guest Relations Manager role. The team would like to meet you again for a second interview with our Resident Manager, which will include a short walk-through of the lobby and a guest-complaint role-play.

Could you please let us know your availability for next week?

Best regards,
Human Resources
The Kaede Hotel Kyoto`, 'Second interview invitation'),

  other(`Hi Ana,

Quick one: we'd like to put you forward for two store roles instead of one - the Assistant Manager job in Braga you applied for, and a Store Manager job in Guimarães that just opened. Are you happy for us to do that? Nothing changes with your Braga application.

Obrigada,
Inês Costa
Recruitment, Lojas Horizonte`, 'Another role that might suit you'),

  other(`Hi Fraser,

Thanks for accepting the Sales Manager role - welcome aboard! Your first week will be spent shadowing Rich on his Highlands territory, so pack for a few nights away. Your car will be delivered to your home on the Friday before you start.

See you on the 6th,
Alison
Office Manager, Glenmore Feeds`, 'Welcome - first week'),

  other(`Dear Kateryna,

We have received your application for the position of Hostess/Host Team Leader at Bellavista Resort.

Regrettably we are not able to reply to every application individually within the first week, but please be assured that every application is read by our HR team. Shortlisted candidates will be contacted by 15 May.

With best regards,
HR Department, Bellavista Resort & Spa, Budva`, 'Application received'),

  other(`Hi Darnell,

Hope you're well! Just checking in on whether you've had a chance to look over the offer for the BDR role - no pressure at all, but we'd love to have an answer by Friday so we can plan onboarding for the next cohort.

Shout if you've got questions on the comp plan or the ramp.

Best,
Kiera
Recruiting, Loomwise`, 'Checking in on your offer'),
  other(`Hi Mohammed,

Thanks for your patience. We've reviewed the shortlist for the Telesales Supervisor role and we'd like to invite you to a face-to-face interview at our Bradford contact centre on Tuesday at 11am. Part of it will be a 10-minute listening exercise where you coach an agent on a recorded call.

Unfortunately there's no parking on site, so the train or the Interchange bus is easiest.

Regards,
Safia Hussain
Contact Centre Manager, Yorvale Home Energy`, 'Interview invitation - Telesales Supervisor'),
];
