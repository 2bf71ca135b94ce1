/**
 * Sealed messages of the forty-sixth round. The first half is a spread of declines from employers, vendors and
 * agencies in many countries and sectors (railways, seed companies, law firms, radio, museums, robotics, textile
 * mills, ports, payroll software, dental chains and more), sent through tracking systems, HR templates with merge
 * fields left in, agency recruiters, hiring managers and founders, at every stage from the application to the final
 * round, some one line long and some long letters with the decision in the middle, some in threads. The second half
 * is six months of one inbox: a civil engineer in Nairobi with ten years on roads and water projects moving into
 * project management at solar, wind and geothermal developers, with acknowledgements, a test invitation, interview
 * scheduling, agency check-ins, job alerts, a professional newsletter, a site visit, paused processes, declines and an
 * offer at the end.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s46-');

export const HANDWRITTEN_SEALED_46: readonly CorpusLine[] = [
  // ── Part one: many employers
  // 1 decline, application, generic
  rej('application', ['generic'], {},
    `Hi Tomasz,

Thank you for your interest in the Signalling Design Engineer position at Vistula Rail Systems. We have reviewed your application carefully and, unfortunately, we will not be progressing it further at this time.

We appreciate the time you took to apply.

Vistula Rail Systems Talent Team

Powered by Greenhouse`, 'Thank you for applying to Vistula Rail Systems'),

  // 2 decline, application, profile_mismatch
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Amara,

Thanks so much for applying for the Growth Marketing Lead role at Fernhollow. After reviewing your application, we've decided to move forward with candidates whose backgrounds are more closely aligned with what the team needs right now.

We'd love to stay in touch though — we'll keep your details and reach out if a role opens up that looks like a better match.

Cheers,
The Fernhollow team

Sent via Lever`, 'Your application to Fernhollow'),

  // 3 decline, application, skills_gap
  rej('application', ['skills_gap'], { ...fb },
    `Dear Lukas Brenner,

Thank you for applying for Requisition R-48213 Customer Service Coordinator (Bilingual) at Hansa Saatgut GmbH.

This role requires business-fluent Dutch in addition to German, as the position supports our growers in the Netherlands directly. Based on the information in your profile, this requirement is not met, and we are therefore unable to consider your application further.

You can view the status of all your applications at any time by signing in to your candidate home.

Kind regards,
Hansa Saatgut Recruiting

This is an automated message. Please do not reply to this email.`, 'Update on your application R-48213'),

  // 4 decline, application, generic
  rej('application', ['generic'], {},
    `Thanks for applying. We won't be taking your application further. — Rookery Radio`, 'Producer, Drive Time'),

  // 5 decline, application, generic
  rej('application', ['generic'], { ...door },
    `Dear {{candidate_first_name}},

Thank you for your application for the position of Collections Assistant at the Museum of Northern Crafts.

We received a very high number of applications and regret that on this occasion you have not been shortlisted for interview.

We will hold your details on file for six months and may contact you should a suitable vacancy arise.

Yours sincerely,
Human Resources
Museum of Northern Crafts, Leeds`, 'Collections Assistant - application outcome'),

  // 6 decline, screen, salary
  rej('screen', ['salary'], { ...fb },
    `Hello Daniela,

Thank you for speaking with Marta last week about the Payroll Implementation Consultant opening at Nomina Cloud.

After our conversation, it became clear that your salary expectations (around €68,000) sit well above the range we have approved for this position, which tops out at €54,000. Because the gap is significant, we don't think it would be fair to continue the process.

We really appreciated your openness about it.

Best regards,
Nomina Cloud People Team
via SmartRecruiters`, 'Nomina Cloud — Payroll Implementation Consultant'),

  // 7 decline, interview, profile_mismatch
  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Kenji,

Thanks again for taking the time to meet with Priscilla and Owen for the Robotics Field Technician role. We enjoyed the conversation.

We've decided to move forward with other candidates whose experience lines up more closely with this role. If any feedback would be useful, just reply to this email and I'll see what I can share.

Best,
Hollis
Recruiting, Tessellate Robotics`, 'Tessellate Robotics: update'),

  // 8 decline, application, location
  rej('application', ['location'], { ...fb },
    `Dear Applicant,

Thank you for your interest in employment with Brightsmile Dental Partners.

Your application for Practice Manager – Tulsa, OK has been reviewed. This position requires the successful candidate to be authorized to work in the United States without current or future visa sponsorship. Your application indicates you will require sponsorship, and as a result we are unable to move forward.

We wish you all the best in your search.

Brightsmile Dental Partners Talent Acquisition
Please do not reply to this message. This mailbox is not monitored.`, 'Your Brightsmile Dental Partners application'),

  // 9 decline, assessment, assessment
  rej('assessment', ['assessment'], {},
    `Dear Rahul Menon,

Thank you for completing the online assessment for the role of Graduate Trainee – Port Operations (Job Number: 2601447).

We regret to inform you that your results did not meet the standard required to progress to the next stage of our selection process.

We thank you for your interest in Kestrel Ports Group.

Kestrel Ports Group Recruitment

**** This is an automatically generated email. Please do not reply. ****`, 'Job Number 2601447 - Status Update'),

  // 10 decline, interview, position_filled
  rej('interview', ['position_filled'], {},
    `Hi Olu,

Thanks for interviewing for the Dental Nurse role at ClearArc Clinics Lekki. We wanted to let you know that the position has now been filled.

Thank you for your interest in ClearArc, and all the best.

ClearArc Clinics Hiring Team`, 'Dental Nurse at ClearArc Clinics'),

  // 11 decline, application, role_closed
  rej('application', ['role_closed'], { ...door },
    `Hej Sofia!

Thank you for applying to the role of UX Researcher at Lindqvist Kollektiv. We have unfortunately decided to pause recruitment for this position indefinitely following changes to our product roadmap, which means we won't be moving forward with any applications.

We hope you'll keep an eye on our career page — we would be happy to see your name again in the future.

Warm regards,
Lindqvist Kollektiv

Teamtailor`, 'About your application to Lindqvist Kollektiv'),

  // 12 decline, interview, culture_fit
  rej('interview', ['culture_fit'], { ...fb },
    `Dear Mr. Okafor,

Thank you very much for the interview for the position of Key Account Manager at Weberei Albrecht & Söhne on Thursday.

We appreciated learning about your experience in textile sales. In our discussion, however, it became clear to us that you prefer working with a high degree of independence and a fast pace of change, while our sales team works in a very coordinated and traditional way with long customer relationships. We believe this would not be a good fit for either side.

We therefore have to give you a negative answer and wish you all the best for the future.

Kind regards
Petra Lindner
Human Resources
Weberei Albrecht & Söhne GmbH · Augsburg`, 'Your application as Key Account Manager'),

  // 13 decline, application, overqualified
  rej('application', ['overqualified'], { ...fb },
    `Hi Grace,

Thank you for applying for the Junior Bookkeeper position at Millbrook Family Farms.

Given your fifteen years in senior finance roles, including as a finance director, we feel that this entry-level position would not make good use of your experience and would not be a good long-term match for you.

We appreciate your interest and wish you the best.

Millbrook Family Farms`, 'Junior Bookkeeper'),

  // 14 decline, application, internal_candidate
  rej('application', ['internal_candidate'], {},
    `Dear Joost,

Thank you for your interest in the position of Facilities Coordinator at Havenstad Logistics.

We would like to inform you that we have decided to fill this vacancy with a current colleague from within the organisation. We are therefore closing the procedure.

Kind regards,
Recruitment Havenstad Logistics`, 'Your application at Havenstad Logistics'),

  // 15 decline, final, position_filled
  rej('final', ['position_filled'], { ...door },
    `Hi Marisol,

I wanted to reach out personally after your final round with our leadership team last week. It was a very close decision, and you were one of two finalists for the Director of Client Success.

We have extended an offer to the other finalist, and they have accepted.

I know this isn't the news you were hoping for. I'd genuinely like to stay connected — I'll keep you in mind for upcoming leadership roles and would encourage you to apply again.

Warmly,
Cameron Ruiz
Head of Talent, Paystream HR`, 'Director of Client Success - update'),

  // 16 decline, application, skills_gap
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Hannah,

Thank you for applying for the role of HGV Class 1 Driver at Northway Freight.

Unfortunately, we're unable to progress your application as this role requires a current Category C+E licence and a valid Driver CPC card, and your application shows a Category C licence only.

You are welcome to apply again once you hold the C+E entitlement.

Best wishes,
Northway Freight Recruitment
Powered by Pinpoint`, 'Your application to Northway Freight'),

  // 17 decline, application, generic
  rej('application', ['generic'], {},
    `Dear Ayesha Siddiqui,

Thank you for your application for the position Analyst, Treasury Operations (Req ID 71902BR).

After careful review, we regret to inform you that we will not be proceeding with your application. Due to the high volume of applications, we are unable to provide individual feedback.

Sincerely,
Meridian Cement Holdings – Talent Acquisition

Please do not reply to this system-generated email.`, 'Req ID 71902BR - Application Status'),

  // 18 decline, interview, skills_gap
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Carlos,

Thank you for interviewing with us for the position of Maintenance Planner – Rolling Stock (Requisition 2026-3318).

The panel valued your planning background. However, the position requires hands-on experience with SAP PM for work-order planning on railway vehicles, and the panel concluded that your experience with that system was not yet sufficient for the scope of this role.

We regret that we cannot offer you the position on this occasion.

Regards,
Talent Acquisition
Iberiana de Ferrocarriles`, 'Requisition 2026-3318'),

  // 19 decline, interview, role_closed
  rej('interview', ['role_closed'], {},
    `Hey Noor,

I owe you a straight answer after our chat on Friday. We lost a large customer this month and I've had to freeze all hiring, including the ops role we talked about. So we won't be going ahead with it, and I'd rather tell you now than leave you hanging.

Really sorry — you'd have been great.

Sam
Founder, Pallet & Crate`, 'the ops role'),

  // 20 decline, screen, location
  rej('screen', ['location'], { ...fb, ...door },
    `Hi Bilal,

Thanks for the call yesterday. I've spoken to the client and unfortunately they need their Site Engineer in Aberdeen five days a week from day one, and they're not willing to wait for you to relocate from Birmingham in the spring. So they won't progress this one.

I'll keep looking for roles nearer you.

Cheers,
Fiona McLeod
Senior Consultant – Energy & Infrastructure
Granite Talent Partners`, 'Site Engineer - Aberdeen'),

  // 21 decline, final, profile_mismatch
  rej('final', ['profile_mismatch'], { ...offered, ...door },
    `Dear Dr. Achterberg,

On behalf of the search committee for the position of Head of Collections at the Stadtmuseum Wellingen, I want to thank you sincerely for the considerable time and care you invested in this process. Preparing a presentation on the reorganisation of our textile holdings is no small task, and the committee found your proposal thoughtful and well researched. We were also grateful that you travelled to Wellingen for the final selection day, including the tour of the depot and the conversation with our volunteers, which we know made for a long day.

The committee met on Monday to make its decision. After long discussion, it chose to appoint a candidate whose career profile corresponds more closely to the broad range of responsibilities of this position. I am aware this will be a disappointment after you came so far in the process, and I want to stress that the decision was a comparative one and not a judgement on the quality of your work.

We receive relatively few applications of this calibre, and it would be a pleasure to hear from you again when we advertise positions in the future. Should you wish to talk about the committee's deliberations in more detail, I would be happy to arrange a short telephone conversation in the coming weeks; please contact my assistant, Ms. Roth, to set up a time.

With my thanks once again and my best wishes for your future work,

Prof. Dr. Ingrid Haas
Director, Stadtmuseum Wellingen
Museumsplatz 4, Wellingen

This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete this message.`, 'Head of Collections – outcome of the selection procedure'),

  // 22 decline, assessment, assessment
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Ines,

Thanks for sending in the case exercise for the Associate, Capital Markets role. I've been through it with one of our senior associates.

The drafting of the term sheet summary was clean, but the risk memo missed the change-of-control provision entirely, and the cross-default analysis treated the two facilities as if they were one. For this seat those are the things we'd need someone to catch on their own, so we're not going to progress you to interviews.

Happy to talk it through if that would help.

Best,
Rupert Eastwood
Partner, Eastwood Lyle LLP`, 'Case exercise'),

  // 23 decline, application, generic
  rej('application', ['generic'], { ...door },
    `<p>Dear Mei,</p><p>Thank you for applying for the <b>Seed Production Technician</b> position at GreenRow Seeds.</p><p>After careful review we have decided not to move forward with your application at this time.</p><p>We encourage you to visit our <a href="https://careers.greenrow.example">careers site</a> and apply for future openings that match your interests.</p><p>&nbsp;</p><p>Best regards,<br>GreenRow Seeds Talent Team</p>`, 'Your GreenRow Seeds application'),

  // 24 decline, interview, position_filled
  rej('interview', ['position_filled'], {},
    `Hi Andile,

Apologies for the slow reply. I'm afraid we've offered the role to another candidate and they accepted yesterday, so we won't be taking your application further.

Thanks again for coming in.

Nomvula

On Tue, 3 Nov 2026 at 09:12, Andile Zungu <andile.zungu@gmail.com> wrote:
> Hi Nomvula, I hope you're well. Just checking whether there's any news on the Broadcast Engineer role since my interview on the 20th?
>
> Thanks,
> Andile`, 'Re: Broadcast Engineer interview'),

  // 25 decline, screen, generic
  rej('screen', ['generic'], {},
    `Hi Pierre, thanks for the chat on Tuesday. We've decided not to go further on our side. Good luck! — Léa, Kairos Paie`, 'Suite à notre échange'),

  // 26 decline, interview, salary
  rej('interview', ['salary'], { ...fb, ...door },
    `Hi Ruth,

Feedback from Tuesday's interview at the law firm is in. They liked you a lot, but they've come back saying they can't stretch to the £58k you'd need; the budget for the Senior Paralegal role is capped at £48k and the partners won't move on it.

I'm sorry — I know we talked about whether it was worth going for. I've got a couple of other firms in mind that pay in your range, and I'll be in touch this week.

Speak soon,
Jamal
Lexicon Legal Recruitment`, 'Feedback - Senior Paralegal'),

  // 27 decline, interview, internal_candidate
  rej('interview', ['internal_candidate'], {},
    `Dear Priya Raghavan,

Thank you for interviewing for the Plant Quality Lead position (Req 33015) at Southern Cross Textiles.

We wanted to let you know that the position has been filled by an internal applicant. We appreciate your interest and the time you gave to our interview process.

Southern Cross Textiles Careers
This is an automated message from Workday.`, 'Regarding your application for Plant Quality Lead'),

  // 28 decline, final, generic
  rej('final', ['generic'], {},
    `Hi Tobias,

Thank you for spending a full day with us at our Munich office for the onsite interviews for the Senior Perception Engineer role. We know it's a big commitment.

After a lot of discussion, the team has decided not to move forward with an offer.

All the best,
Valence Autonomy Recruiting`, 'Valence Autonomy - Senior Perception Engineer'),

  // 29 decline, application, skills_gap
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Ms. Ndlovu,

RE: APPLICATION FOR THE POST OF ASSISTANT PHARMACIST

We acknowledge receipt of your application dated 12 October.

We regret to inform you that your application was not successful, as the post requires a Bachelor of Pharmacy degree and registration with the Pharmacy Council, and your application indicated a Diploma in Pharmacy.

Your application will be kept on our records for twelve months and considered for Pharmacy Technician vacancies as they arise.

Yours faithfully,

T. Banda
Human Resources Manager
Lusaka Dental & Medical Group`, 'Application for Assistant Pharmacist'),

  // 30 decline, screen, profile_mismatch
  rej('screen', ['profile_mismatch'], {},
    `Hi Dev,

Thank you for taking the time to chat with me on Wednesday about the Solutions Engineer role at Ledgerline.

I've shared my notes with the hiring team, and they've decided that your background isn't quite the right fit for what they need for this particular role, so we won't be moving forward.

Thanks again, and best of luck.

Ellie
Talent Partner, Ledgerline`, 'Ledgerline Solutions Engineer'),

  // 31 decline, assessment, generic
  rej('assessment', ['generic'], {},
    `Dear Marcus Allen,

This letter is to inform you that, based in whole or in part on information obtained through the background screening process, Harborview Terminal Services has decided not to proceed with your conditional employment for the position of Crane Operator Trainee.

A copy of the report and a summary of your rights are attached. If you believe the information is inaccurate, you may contact the screening provider directly.

Harborview Terminal Services HR`, 'Pre-adverse / adverse action notice'),

  // 32 decline, interview, overqualified
  rej('interview', ['overqualified'], { ...fb, ...door },
    `Hi Malik,

Thank you for coming by the workshop on Monday. I'll be honest with you: after talking it through with Rosa, we think you'd be bored within three months. You've been running production lines of forty people, and this job is mostly me, Rosa and a laser cutter. I don't want to hire someone who'll rightly outgrow us before Easter.

If we grow to where we need a proper operations head, you're the first person I'll call.

Thanks,
Ezra
Ezra & Rosa Furniture Co.`, 'Thanks for Monday'),

  // 33 decline, interview, location
  rej('interview', ['location'], { ...fb },
    `Dear Chiara,

Thank you for the video interview for the Museum Educator position at Fondazione Arte Lago.

During the interview you mentioned that you would prefer to work remotely for at least three days a week. This role involves leading school groups in the galleries daily, and it must be performed on site in Como. For this reason we have decided not to proceed with your application.

Kind regards,
HR Office — Fondazione Arte Lago`, 'Museum Educator — Fondazione Arte Lago'),

  // 34 decline, application, role_closed
  rej('application', ['role_closed'], { ...door },
    `Dear Applicant,

Thank you for your interest in joining the Coastal Broadcasting Corporation and for applying for the position of Station Manager, Radio West. We are proud of the many listeners and contributors who choose to build their careers with us, and we read every application we receive.

Over the past few weeks, as many of you will have heard in the news, the Corporation's board has been reviewing the structure of our regional radio services. That review concluded last Friday. As a result of the decision to merge Radio West with Radio Midlands under a single management team, the Station Manager, Radio West position will no longer be filled, and the recruitment has been withdrawn. We are sorry to close the process in this way after you took the trouble to apply.

We expect to advertise a number of new positions in the merged service over the coming months, including producer, presenter and technical roles. We would warmly encourage you to look out for these on our careers site and to apply for any that match your experience. Your existing candidate profile will remain active, so you will not need to re-enter your details.

Thank you once again for your interest in public broadcasting.

Yours sincerely,

Recruitment Services
Coastal Broadcasting Corporation

This message was sent from an unmonitored address. For questions, please use the contact form on our careers site.`, 'Station Manager, Radio West – recruitment withdrawn'),

  // 35 decline, interview, skills_gap
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Femke,

Thank you for the conversation with Jeroen and me last week for the Product Owner Payroll position.

We've decided not to continue. The main reason is that we are looking for someone with at least five years of hands-on experience in Dutch payroll legislation, and we felt your two years in payroll were not enough to own the roadmap for our wage-tax module.

If you'd like to hear more, give me a call — I'm happy to explain.

Kind regards,
Sanne de Wit
Salarisflow`, 'Product Owner Payroll'),

  // 36 decline, application, generic
  rej('application', ['generic'], {},
    `Hi Vikram, just a quick note - the client reviewed your CV for the Port Planner role and have decided not to take it forward. Thanks for letting me put you up for it. Raj`, 'Port Planner'),

  // 37 decline, assessment, assessment
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Yusuf,

Thanks for completing the skills test for the Junior Data Analyst role at Halcyon Dental Group.

Your score was 54%, and the pass mark for this stage was 70%. Most of the points were lost in the SQL section, particularly the questions on joins and window functions. Because of this we won't be inviting you to interview this time.

You're welcome to reapply after six months.

Halcyon Dental Group Hiring Team`, 'Your skills test result'),

  // 38 decline, final, culture_fit
  rej('final', ['culture_fit'], {},
    `Hi Nadia,

Thank you for meeting the whole team during the final round for Head of Content. Everyone enjoyed talking with you, and your portfolio is impressive.

After comparing notes, we felt the fit with our team and the way we work isn't quite there, so we've decided not to move ahead.

We wish you all the very best.

Anya
Co-founder, Quill & Meadow`, 'Head of Content'),

  // 39 decline, application, location
  rej('application', ['location'], { ...fb },
    `Dear Candidate,

Thank you for submitting your application for Job ID 5512-RL (Track Maintenance Supervisor, Queensland).

Under the eligibility criteria for this position, applicants must be Australian citizens or permanent residents. Your application indicated that you hold a temporary visa, and therefore your application cannot be considered further.

Regards,
Recruitment Services – Pacific Rail Network

Please do not reply to this automated message.`, 'Job ID 5512-RL - Application Update'),

  // 40 decline, interview, internal_candidate
  rej('interview', ['internal_candidate'], { ...door },
    `Hi Eamon,

Thanks for checking in. I'm sorry to tell you that in the end the role went to someone already on the team here — she'd been acting in the position during the vacancy and the panel decided to confirm her in it.

I'd love to keep your details for when we next hire into the network team; we're expanding in Galway next year.

Best,
Clodagh

-----Original Message-----
From: Eamon Fitzgerald
Sent: 16 November 2026 10:44
To: Clodagh Burke
Subject: RE: Network Planner interview

Hi Clodagh, just wondering if there was any update after my second interview on the 5th? Thanks, Eamon`, 'RE: Network Planner interview'),

  // 41 decline, interview, generic
  rej('interview', ['generic'], {},
    `Dear [First Name],

Thank you for taking the time to attend an interview for the role of [Job Title] with Portside Dental Care.

We regret to inform you that, on this occasion, you have not been successful.

We thank you for your interest and wish you every success in the future.

Kind regards,
Recruitment Team
Portside Dental Care`, 'Interview outcome'),

  // 42 decline, application, position_filled
  rej('application', ['position_filled'], {},
    `Hello Benedikt,

Thank you for applying to the Industrial Robotics Sales Engineer opening at Kranich Automation. We wanted to let you know that this position has been filled and is no longer accepting applications.

Thank you for thinking of Kranich Automation.

Kranich Automation Talent Acquisition`, 'Your application with Kranich Automation'),

  // 43 decline, interview, skills_gap, salary
  rej('interview', ['skills_gap', 'salary'], { ...fb },
    `Hi Lorenzo,

Thanks for meeting me and Gianna on Thursday for the Harbour Pilot Coordinator role.

I'll be direct because I think you'd rather know. Two things: we need someone who already holds the STCW deck officer certificate for the standby vessel duties, which you told us you're still working toward; and the figure you mentioned (€72k) is quite a bit above what the Port Authority grade allows for this post. Either one alone we might have worked around, but not both.

All the best,
Matteo Ruggeri
Operations Manager, Autorità Portuale di Ancona Nord`, 'Harbour Pilot Coordinator'),

  // 44 decline, screen, role_closed
  rej('screen', ['role_closed'], {},
    `Hi Jasmine,

Thank you for your phone screen with us last week for the Payroll Specialist position.

We're writing to let you know that, due to a change in our budget for the coming year, we have decided not to fill this position. We appreciate your time and interest in Tidewater Payroll Services.

Best regards,
Tidewater Payroll Services`, 'Payroll Specialist - Update'),

  // 45 decline, final, position_filled, profile_mismatch
  rej('final', ['position_filled', 'profile_mismatch'], { ...offered },
    `Dear Siobhan,

I hope you had a restful weekend after what I know was an intense couple of weeks. Thank you for everything you put into the process for the Head of Network Planning: the first conversation with me, the panel with our operations directors, and finally the presentation to the executive team on Wednesday. Your analysis of the timetable resilience problems on the western corridor generated a lot of discussion afterwards and some of it will, I suspect, find its way into our plans regardless of who sits in the chair.

I'm writing to tell you that we have now made an offer to another of the final candidates, and she has accepted. The executive team felt her background, particularly in leading planning teams through a franchise transition, matched the brief slightly more closely. It was not an easy decision and I want you to know that it was close.

I know it can be hard to hear this kind of news by email, and I would be very happy to talk it through on the phone if you'd find that helpful. Just let me know a time that suits you next week.

With best wishes,

Gareth Powell
Chief Operating Officer
Cambrian Valley Railways`, 'Head of Network Planning'),

  // 46 decline, interview, generic
  rej('interview', ['generic'], { ...door },
    `Hi Emil,

Thank you for the interview on Monday for the Sound Technician role at Radio Fyr.

We have now completed our interviews and, unfortunately, we will not be taking you further in the process this time.

We'd be happy if you applied with us again in the future — keep an eye on our open positions.

Best regards,
Radio Fyr`, 'Sound Technician at Radio Fyr'),

  // 47 decline, final, culture_fit
  rej('final', ['culture_fit'], { ...fb, ...offered },
    `Hi Aisha,

Just off the phone with the client after your final panel on Friday. I'm sorry to say it's a no.

Their feedback was mainly about style rather than substance: the MD felt you came across as very process-led, and they're a small, quite scrappy team that changes priorities week to week. They worried you'd find that frustrating.

Happy to go through the rest of their notes on a call — just tell me when works.

Kate
Bramble Search`, 'Client feedback - Operations Director'),

  // 48 decline, interview, role_closed
  rej('interview', ['role_closed'], { ...door },
    `Dear Connor,

Thank you for attending an interview for the Visitor Experience Manager role at the Riverside Maritime Museum.

Following a review of our staffing structure, we have taken the decision not to appoint to this role at this time. We are sorry to bring your application to a close in this way.

We would very much welcome an application from you for future vacancies.

Best wishes,
People Team, Riverside Maritime Museum`, 'Visitor Experience Manager'),

  // 49 decline, application, profile_mismatch
  rej('application', ['profile_mismatch'], {},
    `Dear Hyun-woo Park,

Thank you for applying for the position Process Engineer – Dyeing & Finishing (Job Req 40288).

We have carefully reviewed your application against the requirements of the role. Unfortunately, your profile does not match the requirements closely enough for us to move forward.

Best regards,
Daehan Textile Talent Acquisition

This e-mail was generated automatically.`, 'Job Req 40288 – your application'),

  // 50 decline, interview, position_filled
  rej('interview', ['position_filled'], {},
    `Hi Tendai — role's been filled, sorry. Thanks for coming in. Gift`, 'Re: Workshop Supervisor'),

  // 51 decline, assessment, assessment
  rej('assessment', ['assessment'], {},
    `Dear Farida,

Thank you for completing the written translation test for the Bilingual Legal Secretary (French/English) position at Delacroix Whitford Avocats.

Having reviewed your test, we regret that it did not meet the level required for this position, and we will not be progressing your application further.

Regards,
Recruitment — Delacroix Whitford Avocats`, 'Translation test – outcome'),

  // 52 decline, application, overqualified
  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Mr Haddad,

Thank you for applying for the position of Depot Clerk at our Tripoli Road depot.

Having read your CV, we note that you have managed multi-site logistics operations for over twelve years. The depot clerk post is a junior administrative position, and we believe your experience goes considerably beyond what it requires.

We would, however, very much like to keep your CV on file for management positions, which we expect to advertise in the new year.

Yours sincerely,
Human Resources Department
Levant Overland Transport`, 'Your application - Depot Clerk'),

  // 53 decline, screen, skills_gap
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Felipe,

Thanks for the call with me on Monday about the Embedded Software Engineer role.

I shared our conversation with the hiring manager. Since the team needs someone who has shipped firmware in Rust on microcontrollers, and your embedded work has been in C only, they've decided not to go forward for now.

Thanks for your time,
Noa
Recruiting at Ferrite Robotics`, 'Ferrite Robotics — Embedded Software Engineer'),

  // 54 decline, application, generic
  rej('application', ['generic'], {},
    `Dear Rosa Delgado,

Thank you for your interest in the Store Operations Analyst role.

After reviewing your application, we have decided to move forward with other candidates at this time.

We appreciate your interest in Verdant Seeds & Garden and wish you success.

Please do not reply to this email.`, 'Your application'),

  // 55 decline, interview, location
  rej('interview', ['location'], { ...fb, ...door },
    `Hi Ana,

Thank you for the long call on Wednesday — I enjoyed hearing about the irrigation work in Mendoza.

I've checked with our HR team and, unfortunately, we can only employ people in this role through our Uruguayan entity, and you'd need residency there to start. Since you told us you plan to stay in Argentina for family reasons, we can't make it work.

If we open the Buenos Aires office next year, as we hope, I'd like to contact you first.

Un abrazo,
Martín Olivera
Agronomy Lead, Semillas del Plata`, 'Field Agronomist'),

  // 56 decline, application, internal_candidate
  rej('application', ['internal_candidate'], {},
    `Hi Wren,

Thank you for applying to the Payroll Operations Lead role at Pennyworth. We wanted to let you know that we've decided to promote someone from within the team into this position, so we've closed the role to external applicants.

We appreciate your interest in Pennyworth.

The Pennyworth Recruiting Team`, 'Pennyworth - Payroll Operations Lead'),

  // 57 decline, final, salary
  rej('final', ['salary'], { ...fb, ...door },
    `Dear Ikechukwu,

Thank you for attending the final interview with our Managing Partner on Tuesday for the position of Senior Associate (Energy & Projects).

We have given careful thought to your application. The firm was keen to make an offer, but the remuneration package you indicated (₦2.4m per month plus car allowance) is beyond what we are able to offer at the Senior Associate level, and after discussion we were not able to close the gap.

We would be glad to stay in touch and to consider you for future partnership-track openings.

Yours faithfully,
Adaeze Nwosu
Head, People & Culture
Okoro Bello & Partners`, 'Senior Associate (Energy & Projects)'),

  // 58 decline, interview, profile_mismatch
  rej('interview', ['profile_mismatch'], {},
    `Hi Jonah,

Thank you for meeting the team for the Warehouse Automation Engineer role. It was great to learn more about your background.

After our interviews, we've decided to pursue candidates who are a closer match to our needs at this time.

Best of luck in your search,
Kinetic Shelf`, 'Kinetic Shelf - next steps'),

  // 59 decline, final, internal_candidate
  rej('final', ['internal_candidate'], { ...offered },
    `Hi Rebecca,

Thanks for your patience while we finished the reference stage. I'm sorry to say we've decided to appoint an internal candidate to the Head of Payroll Operations role. The board felt that continuity mattered a lot during the system migration.

You were an excellent finalist, and if you'd like to talk about the panel's view of your interviews, I'm very happy to.

Best,
Olumide

On 18 Nov 2026, at 14:05, Rebecca Stone wrote:
> Hi Olumide, my referees said they'd both been contacted — is there anything else you need from me?
>
> On 9 Nov 2026, Olumide Adebayo wrote:
> > Rebecca, thank you for the final interview today. We'd like to take up your references as the next step.`, 'Re: References'),

  // 60 decline, interview, skills_gap, location
  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Hello Thabo,

Thank you for interviewing for the Harbour Operations Supervisor position at Namib Port Services.

We will not be moving forward. The role requires a minimum of three years of supervisory experience in container terminal operations, and it is based at Walvis Bay, where the successful candidate must live within a short distance of the terminal for call-out duties. From our discussion, neither condition could be met at present.

Kind regards,
Namib Port Services HR`, 'Harbour Operations Supervisor'),

  // 61 decline, application, position_filled
  rej('application', ['position_filled'], { ...door },
    `Hi Chloé,

Thanks for applying for the Front Desk Coordinator role at Bright Teeth Studio. The role has now been filled, but we've added your application to our talent pool and will reach out if a similar position opens up.

Best,
Bright Teeth Studio`, 'Front Desk Coordinator'),

  // 62 decline, interview, overqualified, salary
  rej('interview', ['overqualified', 'salary'], { ...fb, ...offered },
    `Dear Mr Chaudhry,

Thank you for travelling to Faisalabad for your interview for the position of Shift Manager, Spinning Unit 3, and for the time you spent on the mill floor with our production head. We hope the journey back was comfortable.

The panel was impressed by the depth of your knowledge of ring spinning and by your account of the modernisation project you led in your previous company. We must, however, be candid. The Shift Manager post reports to a Unit Manager and is responsible for a single shift; your experience of running an entire plant of four units is well beyond this position, and the panel felt you would quickly find it too narrow. In addition, the salary you requested is higher than that of the Unit Manager to whom this post reports, which our pay structure does not allow.

For these reasons we have decided not to make you an offer. If you would like to discuss the panel's views in more detail, please telephone me at the number below.

With kind regards,

Saima Qureshi
Deputy General Manager, HR
Crescent Valley Textile Mills Ltd`, 'Interview result – Shift Manager Spinning'),

  // 63 decline, screen, culture_fit
  rej('screen', ['culture_fit'], {},
    `Hi Oskar,

Thanks for the intro call! We really enjoyed hearing about your work.

We've thought carefully about it and we don't think there's a strong enough match with our culture and values at this stage, so we won't move on to the next step.

Take care,
Nordljus Studio`, 'Nordljus Studio – Intro call'),

  // 64 decline, assessment, role_closed
  rej('assessment', ['role_closed'], {},
    `Dear Ms. Kowalczyk,

Thank you for submitting the work sample for the position of Grant Coordinator at the Stiftung Ostseemuseum.

Unfortunately, the external funding for this post was not renewed this month, and we have therefore had to withdraw the vacancy. We are very sorry that the time you invested in the work sample could not lead further.

Kind regards
Personalabteilung, Stiftung Ostseemuseum`, 'Grant Coordinator – vacancy withdrawn'),

  // 65 decline, interview, internal_candidate
  rej('interview', ['internal_candidate'], { ...door },
    `Hiya Connor,

Annoying one, this. The client's come back after your interview and told me they've decided to give the Rail Systems Engineer job to one of their own engineers — someone already on their staff who's been working on the project. Nothing to do with you.

I've got two more signalling roles coming through next week that I reckon you'd suit — I'll ring you Monday.

Dan
Platform 9 Recruitment`, 'Rail Systems Engineer - update'),

  // 66 decline, screen, location
  rej('screen', ['location'], { ...fb },
    `Hello Mariana,

Thank you for speaking with our recruiting team about the Customer Success Manager (LATAM) role.

As discussed on the call, this position is only open to candidates based in Mexico due to our employment setup, and since you are based in Colombia we are unable to continue with your application.

Best regards,
Quetzal Payroll Talent Team`, 'Customer Success Manager (LATAM)'),

  // 67 decline, final, generic
  rej('final', ['generic'], { ...door },
    `Dear Leila,

Thank you for attending the assessment centre for the Graduate Engineering Programme on 14 October.

We regret to inform you that you have not been successful on this occasion. Competition for places was very strong this year.

We hope you will consider applying again for our programmes in the future.

Graduate Recruitment Team
Alder Rail Infrastructure`, 'Graduate Engineering Programme – Assessment Centre Outcome'),

  // 68 decline, application, skills_gap
  rej('application', ['skills_gap'], { ...fb },
    `Hi Marit,

Thank you for applying as Tandartsassistent at Dentalia Groningen.

For this role, a recognised diploma as dental assistant (MBO level 4) is required. We did not see this in your CV, and we can therefore not invite you for an interview.

Kind regards,
Dentalia Recruitment`, 'Your application at Dentalia'),

  // 69 decline, interview, culture_fit, profile_mismatch
  rej('interview', ['culture_fit', 'profile_mismatch'], {},
    `Dear Hamid,

Thanks for coming in to talk about the Seed Quality Manager role. We've met several strong people and, on balance, we feel others are a better match both for the role and for the way our small team works together.

Best wishes for what comes next.

Kerstin Ahlgren
Managing Director, Nordfrö AB`, 'Seed Quality Manager'),

  // 70 decline, interview, role_closed
  rej('interview', ['role_closed'], { ...door },
    `Dear Samuel,

Further to your interview on 2 September for the position of Contracts Manager, we write to inform you that the position has been cancelled following a restructuring of the Projects Division.

We therefore regret that we cannot continue with your application. We have retained your details and will contact you should a suitable role become available in the new structure.

Yours sincerely,
Recruitment, Mombasa Bulk Terminals Ltd`, 'Contracts Manager'),

  // 71 paused, interview, role_closed
  hold('interview', ['role_closed'], {},
    `Hi Gemma,

Thanks for your patience since your interviews with the team. I wanted to give you an honest update: our leadership has put a temporary pause on new hires for the Partnerships team while we finalise next year's budget. Your application is still active and we haven't made a decision on it. We expect to know more in mid-January and I'll reach out as soon as I do.

Best,
Priya
Talent, Orchard Payroll`, 'Update on Partnerships Manager'),

  // 72 paused, screen, generic
  hold('screen', ['generic'], {},
    `Hello Kwabena,

Thank you for the call last week. I just wanted to let you know that we're running a little behind schedule — the hiring manager has been travelling, so it will be another two weeks before we can set up the next interviews. You're still very much in the process.

Regards,
Efua
HR, Tema Shipping Agencies`, 'Logistics Coordinator – timing'),

  // 73 paused, final, role_closed
  hold('final', ['role_closed'], {},
    `Dear Dr Mensah,

Thank you for attending the final interview for the Curator of Ethnography. The Trustees have asked us to pause the appointment until the museum's funding settlement for next year is confirmed, which we expect in February. No decision has been taken on any of the shortlisted candidates, and we will write to you again as soon as we are able to proceed.

Yours sincerely,
Director's Office, Gold Coast Heritage Museum`, 'Curator of Ethnography'),

  // 74 paused, assessment, generic
  hold('assessment', ['generic'], {},
    `Hi Lior,

Thanks for sending the take-home. Just a heads-up: the reviewers are buried in a release this week, so it'll be around ten days before we get back to you with the result. Sorry for the wait!

Yael
Ops, Gantry Robotics`, 'Take-home — timing'),

  // 75 look-alike
  other(`Dear Olivia,

Thank you for your application for the Legal Assistant position at Harcourt & Vane. We have received a large number of applications and are reviewing them carefully. If your application is successful, you will be contacted within three weeks.

Kind regards,
Harcourt & Vane Recruitment`, 'Application received'),

  // 76 look-alike
  other(`Hi Kofi,

Thanks for letting us know that you've accepted another offer and would like to withdraw from the process for the Port Systems Analyst role. We've closed your application as requested. Congratulations, and we wish you every success!

Best,
Atlantic Gateway Terminals Recruiting`, 'Your withdrawal'),

  // 77 look-alike
  other(`Hi Sana,

Thank you for applying to the Clinical Operations Manager role at Pearl Dental. We'd like to invite you to a 45-minute video interview with our Regional Director. Please choose a time using the link below.

Unfortunately, we can only accommodate interviews before 12 December.

Pearl Dental Talent Team`, 'Interview invitation - Pearl Dental'),

  // 78 look-alike
  other(`Hi there,

Thanks for joining the Wayfarer Rail talent community! We'll send you roles matching your interests as they open. You can update your preferences or unsubscribe at any time.

Wayfarer Rail Careers`, 'Welcome to the Wayfarer Rail talent community'),

  // 79 look-alike
  other(`Dear Helena,

Following your final interview, we are delighted to offer you the position of Exhibitions Registrar at the Aurora Design Museum. Your formal contract is attached; please let us know by Friday whether you accept.

Warm regards,
Beatrix Holm
Head of Collections`, 'Offer of employment'),

  // 80 look-alike
  other(`Hi Mateus,

Just a quick update: we're still interviewing for the Field Robotics Engineer role and haven't made any decisions yet. We expect to finish the first round by the end of next week and will be in touch either way.

Thanks for your patience,
Lina, Canopy Robotics`, 'Quick update'),

  // ── Part two: one inbox, Nairobi, June to November 2026
  // 81 look-alike
  other(`Hi Esther,

Thanks for applying to the Project Engineer – Wind role at Savanna Wind Power! We've received your application and our team will review it shortly.

If your experience matches what we're looking for, someone from our team will reach out to you about next steps. In the meantime, you can learn more about our Marsabit and Kajiado projects on our website.

Best,
Savanna Wind Power Recruiting`, 'Thank you for applying to Savanna Wind Power'),

  // 82 look-alike
  other(`Dear Esther,

Thank you for registering with Acacia Talent Partners. I've had a look at your CV — ten years on roads and water projects, county government experience and registration with the Engineers Board are exactly the kind of background our energy clients ask about.

I'd like to set up a 20-minute call this week to understand what you're looking for in a move into renewables project management. Would Thursday at 11am work?

Kind regards,
Wambui Gathoni
Senior Consultant, Energy & Infrastructure
Acacia Talent Partners | Westlands, Nairobi`, 'Welcome to Acacia Talent Partners'),

  // 83 look-alike
  other(`GreenJobs Africa — Your weekly alert: "project manager solar Kenya"

5 new jobs match your search

• Project Manager, C&I Solar — Sunlink Power Ltd, Nairobi
• Site Manager, Solar PV Installation — Bright Horizon Solar, Nakuru
• Project Engineer, Mini-grids — Jua Mashinani Energy, Remote / Kenya
• Construction Manager (Wind) — Savanna Wind Power, Marsabit
• Grid Connection Engineer — Equator Grid Services, Kigali

Unfortunately, some of these positions close soon. Apply early to improve your chances.

You are receiving this email because you created a job alert. Unsubscribe | Manage alerts`, 'Your job alert: 5 new jobs for "project manager solar Kenya"'),

  // 84 decline, application, skills_gap
  rej('application', ['skills_gap'], { ...fb },
    `Hi Esther,

Thank you for your interest in the Project Engineer – Wind position at Savanna Wind Power.

We've reviewed your application and, unfortunately, we won't be moving forward. For this role we are looking for candidates with at least three years of direct experience on utility-scale wind or solar construction, including turbine foundations and balance-of-plant works, and we did not see this in your background.

We appreciate the time you invested in your application and wish you the best.

Savanna Wind Power Recruiting`, 'Your application to Savanna Wind Power'),

  // 85 look-alike
  other(`Hi Esther Kamau,

Thanks for applying for the Mini-Grid Project Manager position at Jua Mashinani Energy. We have received your application and will review it as soon as possible.

Please note that due to the volume of applications, we are unable to reply to every candidate individually about timing.

Best regards,
Jua Mashinani Energy
Sent with Workable`, 'Thanks for applying to Jua Mashinani Energy'),

  // 86 look-alike
  other(`ENGINEERS BOARD BULLETIN — June 2026

Dear Registered Engineer,

In this issue:
• CPD points: the deadline for submitting your 2026 CPD log is 31 December. Engineers who do not meet the minimum of 50 points may not have their practising licence renewed.
• New guidance on supervision of renewable-energy installations by registered engineers.
• Regional seminar: "From roads to renewables — transferable skills for civil engineers", Mombasa, 18 July.
• Disciplinary notices and the list of engineers whose registration was not renewed this year.

We regret that the Nairobi branch office will be closed on 24 June for maintenance.

This bulletin is sent to all registered engineers. Please do not reply to this address.`, 'Engineers Board Bulletin – June 2026'),

  // 87 decline, application, profile_mismatch
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Esther,

Quick update on the Solar Project Manager role at the C&I developer I mentioned on our call. I submitted your CV on Monday, and they've come back to say they're going with candidates whose backgrounds are closer to what they're after for this one.

Don't be discouraged — it's early days. I'll keep your profile on my active list and put you forward for the next suitable roles, and there are a couple in the pipeline already.

Wambui
Acacia Talent Partners`, 'Solar PM role - feedback from client'),

  // 88 look-alike
  other(`Dear Esther Wairimu Kamau,

Thank you for applying for the position of Investment Officer, Energy & Climate (Vacancy No. EAIFC/2026/041), based in Kigali, Rwanda.

Your application has been successfully submitted. All applications will be reviewed after the closing date of 15 July 2026. Only shortlisted candidates will be contacted.

East Africa Infrastructure Finance Corporation
Human Resources Division

This is a system-generated message. Please do not reply.`, 'Application received – EAIFC/2026/041'),

  // 89 look-alike
  other(`Dear Esther,

Thank you for your application for Project Manager – Steamfield Civil Works at Rift Geothermal Holdings. We confirm receipt and will be reviewing applications over the coming three weeks.

Kind regards,
Talent Acquisition
Rift Geothermal Holdings Ltd | Naivasha & Nairobi`, 'Re: Project Manager – Steamfield Civil Works'),

  // 90 decline, application, skills_gap
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Esther,

Thank you for applying for the position of Drilling Civil Engineer at Rift Geothermal Holdings.

We regret to advise that your application has not been successful. The role requires previous experience preparing well pads and cellar construction for geothermal or oil and gas drilling, which your application does not show.

We note, however, that you have also applied for our Project Manager – Steamfield Civil Works vacancy, and that application remains under review. We will also keep your details on file for other civil roles in our projects.

Kind regards,
Talent Acquisition
Rift Geothermal Holdings Ltd`, 'Drilling Civil Engineer – application outcome'),

  // 91 look-alike
  other(`KaziHub

Hi Esther, new jobs you may like:

Project Manager – Utility-Scale Solar (Remote, East Africa) | Helion Renewables
Senior Project Engineer (Geothermal) | Rift Geothermal Holdings | Naivasha
Water & Energy Programme Officer | Kigali
Project Manager – Port Expansion | Vantor Halden | Mombasa

"Not interested" in any of these? Tell us and we'll improve your matches.

© KaziHub. You received this email because you have an account.`, 'Esther, 4 new jobs matching your profile'),

  // 92 look-alike
  other(`Dear Esther Kamau,

Thank you for your application for the position Project Manager – Civil & Renewables (Req ID 118204), Mombasa, Kenya.

We have received your application and will now review it carefully. You can follow the status of your application at any time in our career portal.

Best regards,
Vantor Halden Talent Acquisition

Vantor Halden AS | Oslo | Nairobi | Mombasa
Please do not reply to this email.`, 'Your application – Req ID 118204'),

  // 93 look-alike
  other(`Dear Esther,

Thank you for your interest in Vantor Halden. We are pleased to invite you to complete our online aptitude assessment as the next step for Req ID 118204.

The assessment consists of numerical reasoning, verbal reasoning and a situational judgement questionnaire and takes about 60 minutes. Please complete it within 5 days using the link below. Unfortunately, we cannot extend this deadline.

Good luck!

Vantor Halden Talent Acquisition`, 'Invitation to online assessment – Req ID 118204'),

  // 94 decline, application, generic
  rej('application', ['generic'], {},
    `Dear Esther Kamau,

Thank you for your application for the position Site Engineer – Wind Foundations (Req ID 118377).

After careful consideration, we regret to inform you that we will not be taking your application further in the selection process.

We thank you for your interest in Vantor Halden.

Best regards,
Vantor Halden Talent Acquisition
Please do not reply to this email.`, 'Your application – Req ID 118377'),

  // 95 decline, screen, skills_gap
  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Esther,

Thanks for the call on Tuesday — it was good to hear about the water projects in Kiambu County.

I've spoken with our COO. For the Mini-Grid Project Manager role our donor contracts require the project manager to hold a PMP or PRINCE2 certification at the start of the grant period, which is in September. Since your PMP course runs until November, we can't take you forward for this position.

Once you've passed the exam, please do get back in touch. We'll be hiring more PMs next year as the Kilifi and Kwale sites come online.

Asante,
Halima Said
People & Operations, Jua Mashinani Energy`, 'Mini-Grid Project Manager'),

  // 96 look-alike
  other(`Hi Esther,

I came across your profile and think you could be a great fit for a Construction Project Manager role with one of our clients, a geothermal developer in the Rift Valley. Your roads and water background, especially the earthworks and pipelines, is very relevant to steamfield and access road works.

Would you be open to a quick chat this week? No obligation.

Best,
Daniel Mutua
Principal Consultant
Pivot Energy Recruitment – Nairobi | Johannesburg`, 'Geothermal Construction PM – interested?'),

  // 97 look-alike
  other(`Dear Esther,

Following a review of your application for Project Manager – Steamfield Civil Works, we would like to invite you to a first interview with our Projects Director, Eng. Peter Kiprono, and HR.

Available slots: Tuesday 28 July at 10:00 or Wednesday 29 July at 14:00 (Nairobi office, Upper Hill). Please confirm which time suits you. Please bring your Engineers Board registration certificate and academic certificates.

Regards,
Lucy Chepkoech
HR Officer, Rift Geothermal Holdings`, 'Interview invitation – Project Manager Steamfield Civil Works'),

  // 98 decline, assessment, assessment
  rej('assessment', ['assessment'], { ...fb },
    `Dear Esther,

Thank you for completing the online assessment for Req ID 118204, Project Manager – Civil & Renewables.

Your numerical and verbal reasoning scores were above our benchmark, but your result in the situational judgement questionnaire fell below the threshold set for project management roles. As all three sections must be passed, we are unable to move your application forward to the interview stage.

Thank you for your interest in Vantor Halden.

Best regards,
Vantor Halden Talent Acquisition`, 'Assessment result – Req ID 118204'),

  // 99 look-alike
  other(`Hi Esther,

Just checking in to see how things are going. Have you heard back from any of the developers you applied to directly? Let me know so I don't put you forward twice to the same company.

Also — I've got a new brief from an engineering consultancy looking for a PM on a solar-plus-storage project for a county hospital. Shall I send you the details?

Wambui`, 'Checking in'),

  // 100 decline, interview, salary
  rej('interview', ['salary'], { ...fb, ...door },
    `Hi Esther,

Feedback from the consultancy after Friday's interview: they liked your site experience and the way you handled the question on contractor claims. Unfortunately they won't be making an offer. The sticking point was salary — you mentioned KES 450,000 a month, and their ceiling for the Solar PM position is KES 320,000. They didn't see a way to bridge that gap.

I know you're not keen to drop much below your current package, which is fair. Let's have a chat about where we pitch you next.

Wambui
Acacia Talent Partners`, 'Interview feedback - solar-plus-storage PM'),

  // 101 look-alike
  other(`Dear Eng. Kamau,

This is to acknowledge receipt of your application for the post of Project Manager – Renewable Energy at Kiboko Engineering Consultants. Shortlisting will be done after the closing date and successful candidates will be notified.

Thank you for your interest in working with us.

Human Resources
Kiboko Engineering Consultants Ltd, Kilimani, Nairobi`, 'Acknowledgement – Application for Project Manager Renewable Energy'),

  // 102 decline, application, overqualified
  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Eng. Kamau,

Thank you for also applying for the post of Assistant Project Engineer – Solar at Kiboko Engineering Consultants.

Having reviewed your CV, we note that you have ten years of experience and have supervised contracts of considerable value as a county engineer. The Assistant Project Engineer post is designed for graduates with two to four years of experience, and we feel your experience is well above its level.

Your application for Project Manager – Renewable Energy continues to be considered separately, and we will retain your CV for senior positions in our energy practice.

Yours faithfully,
Human Resources
Kiboko Engineering Consultants Ltd`, 'Assistant Project Engineer – Solar'),

  // 103 look-alike
  other(`GreenJobs Africa — Your weekly alert

3 new jobs match "project manager renewable energy Nairobi"

• Geothermal Project Manager — Rift Geothermal Holdings, Naivasha
• Project Controls Manager — Helion Renewables, Remote
• Energy Access Programme Manager — Kigali

Sorry, we could not find more matches this week. Try broadening your search.

Manage alerts | Unsubscribe`, 'Your job alert: 3 new jobs'),

  // 104 look-alike
  other(`Dear Esther,

Thank you for attending the first interview on 28 July. We are pleased to let you know that you have been shortlisted for the next stage.

As part of this stage, we would like to invite you to a site visit to our Eburru steamfield on Friday 21 August, followed by a panel interview at the site office. Transport will be provided from our Nairobi office at 6:30am. Please bring safety boots; PPE will be provided on site.

Kindly confirm your attendance by replying to this email.

Regards,
Lucy Chepkoech
HR Officer, Rift Geothermal Holdings`, 'Site visit and panel interview – Eburru'),

  // 105 paused, interview, role_closed
  hold('interview', ['role_closed'], {},
    `Dear Esther,

Thank you for your participation in the interview for Investment Officer, Energy & Climate (EAIFC/2026/041) on 6 August.

We wish to inform you that the recruitment process has been temporarily suspended pending the approval of the Corporation's revised staffing plan by the Board at its October meeting. Your candidacy remains active and no decision has been made. We will contact you once the process resumes.

We apologise for any inconvenience.

Human Resources Division
East Africa Infrastructure Finance Corporation, Kigali`, 'EAIFC/2026/041 – recruitment update'),

  // 106 paused, screen, role_closed
  hold('screen', ['role_closed'], {},
    `Hi Esther,

Thanks for the phone screen last week for the Balance of Plant Construction Manager role. I wanted to update you: the Marsabit II project has not yet reached financial close, and the leadership team has decided to pause hiring for the construction team until it does. We're not closing your application — you'd remain one of the candidates we come back to first.

I'll update you as soon as I hear anything, probably in October.

Best,
Nia Achieng
Talent Partner, Savanna Wind Power`, 'Balance of Plant Construction Manager – pause'),

  // 107 look-alike
  other(`Hi Esther,

Great news — the geothermal client would like to interview you for the Construction Project Manager role. They've proposed Monday 24 August at 3pm on Teams with the Head of Projects and the Construction Lead.

Can you confirm? I'll send you a short prep note over the weekend.

Daniel
Pivot Energy Recruitment`, 'Interview confirmed - Construction PM'),

  // 108 decline, interview, culture_fit
  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Hi Esther,

I've had feedback from the client after Monday's interview and I'm afraid they've decided not to take you forward.

They were positive about your technical knowledge, but they said your answers leaned heavily on government-style approval processes and they felt you'd find their very flat, fast-moving decision making uncomfortable. They're a small private developer and the PM is expected to make calls alone in the field. I don't fully agree with them, to be honest, but that was their view.

If you want to go through it in more detail, I'm around all week — just give me a ring.

Daniel Mutua
Pivot Energy Recruitment`, 'Client feedback'),

  // 109 look-alike
  other(`ENGINEERS BOARD BULLETIN — August 2026

Dear Registered Engineer,

• Reminder: annual retention fees are due by 30 September. Engineers who fail to pay will be removed from the register.
• Professional interview dates for graduate engineers seeking registration: 14–18 September.
• CPD event: "Project management for infrastructure — PMP and PRINCE2 explained", Nairobi, 10 September (5 CPD points).
• Vacancy notices received from members' firms are posted on the Board's website.

Unfortunately, due to high demand, the September seminar in Kisumu is fully booked.

This bulletin is sent to all registered engineers. Please do not reply to this address.`, 'Engineers Board Bulletin – August 2026'),

  // 110 decline, interview, internal_candidate
  rej('interview', ['internal_candidate'], {},
    `Dear Eng. Kamau,

RE: POST OF PROJECT MANAGER – RENEWABLE ENERGY

We refer to your interview on 13 August for the above post.

We wish to inform you that, following the interviews, the management has decided to fill the position through the promotion of a serving member of staff. Consequently, your application was not successful.

We thank you for the interest you have shown in Kiboko Engineering Consultants.

Yours faithfully,

Grace Nduta
Human Resources Manager`, 'Post of Project Manager – Renewable Energy'),

  // 111 look-alike
  other(`Dear Esther,

Congratulations on completing Module 4 (Project Schedule Management) of the PMP Exam Preparation course! Your quiz score was 86%.

Module 5 opens on Monday. Unfortunately, the Saturday live session on 5 September has been cancelled; a recording of the replacement session will be made available.

Keep going — you're more than halfway to the 35 contact hours needed for the exam.

Savanna Academy of Project Management, Nairobi`, 'Module 4 completed'),

  // 112 decline, application, location
  rej('application', ['location'], { ...fb },
    `Hi Esther,

Thanks for applying to the Project Controls Lead role at Helion Renewables.

Although we advertise many roles as remote, this position is remote within the United Kingdom only, as it requires regular attendance at client meetings in London and employment through our UK entity. As you're based in Nairobi, we're unable to take your application further.

Best wishes,
The Helion Renewables Talent Team
Sent via Ashby`, 'Helion Renewables – Project Controls Lead'),

  // 113 look-alike
  other(`Hi Esther,

Thanks for applying again — this time for the Field Operations Lead, Coast position. Your application has been received and the hiring manager will review it in the next two weeks.

Jua Mashinani Energy
Sent with Workable`, 'Thanks for applying to Jua Mashinani Energy'),

  // 114 look-alike
  other(`Dear Esther,

Thank you for joining us at Eburru for the site visit and panel interview. We are pleased to let you know that you have progressed to the final stage, an interview with the Managing Director on 9 September at our Nairobi office.

Please also send us the contacts of three professional referees, including your most recent supervisor at the county government, before the interview.

Regards,
Lucy Chepkoech
HR Officer, Rift Geothermal Holdings`, 'Final interview – Project Manager Steamfield Civil Works'),

  // 115 decline, screen, role_closed
  rej('screen', ['role_closed'], { ...door },
    `Hi Esther,

I promised to update you on the Balance of Plant Construction Manager role. Unfortunately, the board has decided to postpone Marsabit II by at least eighteen months, and the construction team positions have been cancelled. This means we're closing the process for everyone, including your application.

I'm really sorry — this one was out of our hands. When the project restarts we'll be hiring a full construction team again, and I'd very much like to contact you then.

Best,
Nia Achieng
Talent Partner, Savanna Wind Power`, 'Balance of Plant Construction Manager – update'),

  // 116 paused, interview, generic
  hold('interview', ['generic'], {},
    `Hi Esther,

Just an update on the Wind Site Manager role with the contractor client. They've told me they need a couple more weeks before making decisions after first interviews — the hiring manager is on site in Lamu until the end of the month. You're still in contention, so hang in there.

I'll chase them again on the 28th.

Daniel
Pivot Energy Recruitment`, 'Wind Site Manager - timing'),

  // 117 look-alike
  other(`KaziHub

Hi Esther, we haven't seen you in a while. Here are jobs you may like:

Project Manager – Solar Mini-grids | Kigali, Rwanda
Contracts Manager – Wind | Vantor Halden | Mombasa
Senior Civil Engineer – Water | Nairobi

Your profile is 80% complete. Add your certifications to appear in more searches.

© KaziHub. Manage email preferences.`, 'New jobs for you, Esther'),

  // 118 decline, application, location
  rej('application', ['location'], { ...fb },
    `Dear Esther Wairimu Kamau,

Thank you for your application for the position of Energy Analyst (National Staff), Vacancy No. EAIFC/2026/058, Kigali.

We regret to inform you that your application cannot be considered. As indicated in the vacancy announcement, national staff positions at the Kigali office are open only to Rwandan nationals and holders of permanent residence in Rwanda.

Human Resources Division
East Africa Infrastructure Finance Corporation

This is a system-generated message. Please do not reply.`, 'Vacancy No. EAIFC/2026/058'),

  // 119 decline, interview, position_filled
  rej('interview', ['position_filled'], { ...door },
    `Hi Esther,

I've finally heard back on the Wind Site Manager role. The contractor has offered it to another candidate, who has accepted, so they won't be moving forward with you.

Sorry it took so long to get an answer. I'll keep you on my list — they have another wind project starting in the new year and I'll put you forward as soon as the brief lands.

Daniel

> On 14 Sep 2026, at 09:20, Esther Kamau wrote:
> Hi Daniel, any news from the contractor on the site manager role? Thanks, Esther`, 'Re: Wind Site Manager - timing'),

  // 120 look-alike
  other(`Hi Esther,

Thank you for your flexibility. Unfortunately, our Field Director Mr. Omondi has to travel to Kwale on Thursday, so we need to move your interview for Field Operations Lead, Coast to Monday 5 October at 10am (video call). The new link is below.

Apologies for the change, and see you Monday.

Halima
Jua Mashinani Energy`, 'Interview rescheduled – Field Operations Lead, Coast'),

  // 121 decline, final, skills_gap
  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Dear Esther,

Further to our letter of 20 August, we are pleased to advise that the recruitment for Investment Officer, Energy & Climate (EAIFC/2026/041) resumed following the Board's approval, and we thank you for participating in the final panel interview and the written case study on 2 October.

The panel has now concluded its deliberations. While it valued your extensive experience of infrastructure delivery and contract supervision, the panel concluded that the role requires demonstrated experience in project finance, in particular building and reviewing financial models for independent power producers and assessing bankability, and that your experience in these areas is at an early stage. We therefore regret that you have not been selected for appointment.

Should you wish to receive more detailed feedback, you may write to the HR Division within 30 days and a debrief call will be arranged.

Human Resources Division
East Africa Infrastructure Finance Corporation, Kigali`, 'EAIFC/2026/041 – outcome of the selection process'),

  // 122 decline, interview, location
  rej('interview', ['location'], { ...fb },
    `Hi Esther,

Thanks for talking with Mr. Omondi and me on Monday.

We've decided not to move forward. The Field Operations Lead has to be based full-time at our Kilifi field office and spend most weeks travelling between the sites in Kilifi and Kwale, and you told us you'd only be able to relocate from Nairobi for a fixed period because of your family. We really need someone who can commit to living on the coast for the long term.

Halima
Jua Mashinani Energy`, 'Field Operations Lead, Coast'),

  // 123 look-alike
  other(`Hi Esther,

Hope you're well! It's been a few weeks since we spoke. Are you still looking, and has your availability changed? I'm updating my shortlist for a few renewable developers and want to make sure your details are current. Also, has your PMP exam date been set?

Let me know when you have a moment.

Wambui
Acacia Talent Partners`, 'Are you still looking?'),

  // 124 decline, interview, role_closed
  rej('interview', ['role_closed'], {},
    `Hi Esther,

Bad news on the IPP role, I'm afraid. After your interview with their Head of Development last week, the client has informed us they're putting all new hiring on ice for the rest of the year because the PPA negotiations with the utility have stalled. So they're withdrawing the Project Manager role and won't be proceeding with any candidates.

Sorry — I know you felt good about that one.

Wambui
Acacia Talent Partners`, 'IPP Project Manager - update'),

  // 125 decline, application, generic
  rej('application', ['generic'], {},
    `Dear Esther, thank you for your interest in the Site Manager, Solar PV position at Bright Horizon Solar. We regret that your application was not successful. Regards, HR`, 'Site Manager, Solar PV'),

  // 126 paused, interview, generic
  hold('interview', ['generic'], {},
    `Dear Esther,

Thank you for the interview on 8 October for the position Contracts Manager – Wind (Req ID 118911). We would like to inform you that the selection process is taking longer than planned, as some interviews had to be rescheduled. We now expect to reach a decision by mid-November.

Your application remains in process, and we will contact you as soon as we have an update.

Best regards,
Vantor Halden Talent Acquisition`, 'Update – Req ID 118911'),

  // 127 decline, screen, profile_mismatch
  rej('screen', ['profile_mismatch'], {},
    `Dear Eng. Kamau,

Thank you for the telephone conversation on 14 October regarding the post of Energy Efficiency Consultant.

After comparing all the candidates we spoke to, we have decided to proceed with those whose profiles more closely match the requirements of this assignment.

Yours faithfully,
Human Resources
Kiboko Engineering Consultants Ltd`, 'Energy Efficiency Consultant'),

  // 128 look-alike
  other(`Dear Esther,

Thank you for the final interview with our Managing Director and for sending your referees' details. We are now carrying out reference checks and verifying your academic and professional certificates with the issuing bodies, including the Engineers Board.

This is a standard step and does not need any action from you. We expect to be in touch within two weeks.

Regards,
Lucy Chepkoech
HR Officer, Rift Geothermal Holdings`, 'Reference and certificate checks'),

  // 129 decline, interview, position_filled
  rej('interview', ['position_filled'], { ...door },
    `Dear Esther,

Thank you for your patience during the selection process for Contracts Manager – Wind (Req ID 118911).

We have now completed the process and have offered the position to another candidate, who has accepted it.

We enjoyed getting to know you, and we encourage you to apply for future positions with Vantor Halden that match your profile. We expect to recruit for several project roles at our Mombasa port project in 2027.

Best regards,
Vantor Halden Talent Acquisition`, 'Req ID 118911 – outcome'),

  // 130 decline, final, profile_mismatch
  rej('final', ['profile_mismatch'], { ...offered, ...door },
    `Hi Esther,

I'm sorry to be writing with this after you got so far. The mini-grid developer in Kigali has made their decision after the final round, and they've chosen the other finalist, whose background they felt was a closer match to what the role needs. They were complimentary about you and asked me to pass on their thanks for the trip to Kigali.

If you'd like, I can get you more detailed feedback from their CEO — just say the word. And you're firmly on my list for anything new that comes in; I'm expecting a couple of briefs in January.

Wambui
Acacia Talent Partners

On Mon, 2 Nov 2026 at 16:40, Esther Kamau wrote:
> Hi Wambui, thanks again for arranging everything in Kigali. The final panel went well I think. Any idea when they'll decide?
> Esther`, 'Re: Kigali mini-grid role - final round'),

  // 131 decline, application, profile_mismatch
  rej('application', ['profile_mismatch'], {},
    `Dear Applicant,

Thank you for your application for the position of Stakeholder Engagement Manager at Rift Geothermal Holdings.

We have reviewed all applications received and regret to inform you that your application was not shortlisted, as other candidates more closely met the requirements of the role.

Talent Acquisition
Rift Geothermal Holdings Ltd`, 'Stakeholder Engagement Manager'),

  // 132 look-alike
  other(`Dear Esther,

Thank you for joining the EAIFC Talent Roster. Your profile will be visible to our recruiters when new vacancies in the Energy & Climate department are being filled. Being on the roster does not guarantee an interview or selection.

Human Resources Division
East Africa Infrastructure Finance Corporation`, 'Welcome to the EAIFC Talent Roster'),

  // 133 decline, application, skills_gap
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Esther,

Quick one on the Grid Connection Engineer role in Kigali: the client read your CV but needs someone with working French, as the substation contractor and the utility counterparts work mostly in French. Your English and Swahili are great, but it won't work for this one.

I'll keep you in mind for English-speaking roles in the region.

Daniel
Pivot Energy Recruitment`, 'Kigali role'),

  // 134 look-alike
  other(`Dear Esther,

Thank you for your application for Contracts Manager – Wind (Req ID 118911), Mombasa. We have received it and will review it carefully.

Please note that your earlier application for Req ID 118204 has been closed; this does not affect your new application.

Best regards,
Vantor Halden Talent Acquisition
Please do not reply to this email.`, 'Your application – Req ID 118911'),

  // 135 look-alike
  other(`KaziHub

Good news, Esther! An employer viewed your application.

Bright Horizon Solar viewed your application for Site Manager, Solar PV (Nakuru) 2 days ago.

Employers usually respond within 14 days. If you don't hear back, don't worry — keep applying to improve your chances.

© KaziHub`, 'An employer viewed your application'),

  // 136 look-alike
  other(`Hi Esther,

All confirmed for the final round with the mini-grid developer in Kigali on Thursday 29 October. The panel is their CEO, the Head of Engineering and a board member from their investor. Their office is in Kacyiru, near the roundabout — they'll send a driver to your hotel at 8:30.

They've booked and paid for your flight (KQ, Wednesday evening); the e-ticket is attached. Unfortunately they can't cover a second night, so you'll fly back Thursday evening.

Good luck — you've got this.

Wambui
Acacia Talent Partners`, 'Kigali final round - logistics'),

  // 137 decline, application, skills_gap, location
  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Esther,

Thank you for your application for Resident Engineer – Geothermal Pipelines at Menengai Steam Partners.

We are unable to take your application forward. The position requires a minimum of five years of experience in steam or high-pressure pipeline construction, and the holder must live at the Menengai camp near Nakuru on a six-weeks-on, two-weeks-off rotation; your application indicates a preference for Nairobi-based work without rotation.

Yours sincerely,
Recruitment Office
Menengai Steam Partners Ltd`, 'Resident Engineer – Geothermal Pipelines'),

  // 138 look-alike
  other(`Dear Eng. Esther Kamau,

RE: OFFER OF EMPLOYMENT – PROJECT MANAGER, STEAMFIELD CIVIL WORKS

Following the successful completion of the interview process and reference checks, we are pleased to offer you the position of Project Manager – Steamfield Civil Works, based at our Naivasha office with regular travel to the Eburru field.

Your gross monthly salary will be KES 420,000, with medical cover, a field allowance and a sponsorship of your PMP examination fee. The full terms are set out in the attached contract.

Kindly confirm your acceptance by signing and returning the contract by 4 December 2026. We look forward to welcoming you to Rift Geothermal Holdings.

Yours sincerely,

Peter Kiprono
Projects Director
Rift Geothermal Holdings Ltd`, 'Offer of employment'),

  // 139 look-alike
  other(`Hi Esther,

Congratulations on the offer — that's brilliant news! As requested, I've withdrawn you from the two processes I had you in and let the clients know. I'll mark you as not looking on our system.

Do keep in touch, and good luck at Rift Geothermal.

Wambui
Acacia Talent Partners`, 'Re: Withdrawing from processes'),

  // 140 look-alike
  other(`Hi Esther, thanks for letting me know and congratulations. I've taken you off the list for the new wind brief. All the best in the new role — Daniel`, 'Re: Update from me'),
];
