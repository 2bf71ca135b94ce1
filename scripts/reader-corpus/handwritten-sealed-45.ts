/**
 * Sealed messages of the forty-fifth round. The first half is a spread of declines from many employers, vendors and
 * HR templates across countries and sectors (automotive, dairy, semiconductors, hotels, universities, charities,
 * courier firms, cosmetics, water utilities, esports): tracking-system letters, template letters with a merge field
 * left in, agency notes, hand-written replies from hiring managers and founders, HTML leftovers and replies quoting
 * earlier mail, at every stage and with every reason. The second half is six months of one inbox: a community
 * pharmacist in Toronto moving into medical information, regulatory affairs and medical science liaison work, with
 * acknowledgements, assessment and interview invitations, recruiter check-ins, job alerts, a college newsletter, a
 * webinar invitation, paused processes, declines and, at the end, an offer.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s45-');

export const HANDWRITTEN_SEALED_45: readonly CorpusLine[] = [
  // ── Part one: many employers
  // 1 Greenhouse, application, generic
  rej('application', ['generic'], {},
    `Hi Tomasz,

Thank you for your interest in the Quality Engineer position at Verhoeven Automotive Systems. We have carefully reviewed your application and unfortunately will not be moving forward at this time.

We appreciate the time you took to apply and wish you the best.

Verhoeven Talent Team

Powered by Greenhouse`, 'Your application to Verhoeven Automotive Systems'),

  // 2 Lever, application, profile_mismatch, door
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Amara,

Thanks so much for applying to be a Community Manager at Riftline Esports. We read every application, and after reviewing yours we've decided to move forward with candidates whose backgrounds more closely match what we need for this role right now.

We'd love to stay in touch though. We're growing quickly and will likely have more openings in the coming months, so please keep an eye on our careers page and don't hesitate to apply again.

GG,
The Riftline People Team

Sent via Lever`, 'Riftline Esports | Community Manager'),

  // 3 Workday, application, skills_gap (language), fb
  rej('application', ['skills_gap'], { ...fb },
    `Dear Lukas Brenner,

Thank you for applying for the position Process Engineer - Wafer Fab (Req ID R-0048813) at Halvorsen Semiconductor GmbH.

Having reviewed your application, we must let you know that we are unable to consider you further. This role requires business-fluent German (C1 or above) for daily coordination with production shift leads, and your application indicates a B1 level.

We thank you for your interest in Halvorsen Semiconductor.

Kind regards
Talent Acquisition EMEA

This is a system-generated message from Workday. Please do not reply to this email.`, 'Update on your application R-0048813'),

  // 4 SmartRecruiters, screen, salary, fb, door
  rej('screen', ['salary'], { ...fb, ...door },
    `Hello Priscilla,

Thank you for taking the time to speak with me on Tuesday about the Front Office Manager role at the Coral Bay Resort & Spa.

I enjoyed our chat. Having discussed it with the General Manager, the figure you mentioned (around AED 22,000 per month) sits well above what the budget for this position allows, which tops out at AED 16,500. As a result we won't be progressing your application further for this vacancy.

We do open senior roles across our three properties throughout the year, and with your permission I will keep your details on file for those.

Warm regards,
Nadia Haddad
Talent Acquisition Specialist | Coral Bay Hospitality Group
via SmartRecruiters`, 'Front Office Manager - Coral Bay'),

  // 5 HR template with merge field left in, application, generic
  rej('application', ['generic'], {},
    `Dear {{candidate_first_name}},

Thank you for your application for the role of Warehouse Team Leader at Speedfalke Kurier.

We received a large number of applications and, after careful review, we regret to inform you that your application has not been successful on this occasion.

Yours sincerely,
HR Department
Speedfalke Kurier GmbH`, 'Your application - Warehouse Team Leader'),

  // 6 Ashby, interview, position_filled
  rej('interview', ['position_filled'], {},
    `Hi Jonah,

Thanks again for making time for the interviews with Ellie and Sam last week. I wanted to let you know that we've extended an offer for the Senior Product Designer role and the candidate has accepted, so we're closing the process.

It was a pleasure getting to know you, and we wish you every success.

Best,
Kaia Lindqvist
Recruiting, Fernwood Labs`, 'Fernwood Labs - Senior Product Designer'),

  // 7 iCIMS, application, location
  rej('application', ['location'], { ...fb },
    `Dear Rahul Menon,

Thank you for your interest in employment with Clearwater Regional Water Authority.

We have reviewed your application for Water Treatment Operator II (Job #2025-3317). This position requires candidates to reside within 30 minutes' response time of the Eastbrook treatment plant for on-call duties. As your application lists a current address in another state and indicates you are not planning to relocate, we are unable to move forward with your candidacy.

We encourage you to visit our careers site regularly for other opportunities that may match your interests.

Human Resources
Clearwater Regional Water Authority
An Equal Opportunity Employer`, 'Application Status - Job #2025-3317'),

  // 8 Taleo, application, internal_candidate
  rej('application', ['internal_candidate'], {},
    `Dear Applicant,

Thank you for applying for the position of Plant Scheduler (Requisition 77120) at Northfield Dairy Cooperative.

We would like to inform you that this position has been filled by an internal candidate. We appreciate your interest in Northfield Dairy and your patience throughout the process.

Sincerely,
Northfield Dairy Cooperative Recruitment

*** This is an automated message. Replies to this mailbox are not monitored. ***`, 'Requisition 77120 - Status'),

  // 9 Workable, assessment, assessment, fb
  rej('assessment', ['assessment'], { ...fb },
    `Hi Sofia,

Thank you for completing the written task for the Junior Copywriter role at Lumen & Lace Cosmetics.

We have now reviewed all submissions. Your product descriptions were clear, but the brief asked for three variants in our brand voice and the reviewers felt the tone drifted quite far from the guidelines we shared, and the word count on two of them was about double the limit. For that reason we won't be inviting you to the interview stage.

Thanks again for your effort.

Lumen & Lace Hiring Team`, 'Junior Copywriter - writing task'),

  // 10 Teamtailor, application, role_closed, door
  rej('application', ['role_closed'], { ...door },
    `Hej Elin!

Thank you for applying for the position as Sustainability Coordinator at Nordvind Logistik.

We're writing to let you know that we have decided to pause this recruitment due to a reorganisation of the department, and the position will not be filled this year. This means we will close the recruitment and your application will not be processed further.

We'd be happy if you would join our Connect talent community so that we can notify you when new positions open.

Best regards,
Nordvind Logistik AB`, 'Update regarding your application'),

  // 11 Personio, interview, culture_fit
  rej('interview', ['culture_fit'], {},
    `Dear Mr. Castellano,

Thank you very much for the interview last Thursday and for the open conversation about the Team Lead Customer Care position at Brezza Mobility.

After careful consideration, we have come to the conclusion that the fit with our team and the way we work is not quite right, and we will therefore not continue with your application.

We wish you all the best for your future.

Kind regards
Annika Vogt
People & Culture
Brezza Mobility GmbH | Registered office: Munich | HRB 244718`, 'Your application at Brezza Mobility'),

  // 12 BambooHR, application, overqualified, fb
  rej('application', ['overqualified'], { ...fb },
    `Hi Desmond,

Thank you for applying to the Administrative Assistant opening at Harrow Creek Animal Rescue.

We were genuinely impressed by your background. That said, with fifteen years in operations management including running a regional office, your experience goes a long way beyond what this part-time entry-level role involves, and we worry it wouldn't keep you challenged for long. We've decided to move ahead with other applicants.

Thank you for thinking of us, and for your support of the shelter.

Marisol
Harrow Creek Animal Rescue`, 'Administrative Assistant'),

  // 13 Recruitee, application, generic, door
  rej('application', ['generic'], { ...door },
    `Dear Femke,

Thank you for your application for the position of Junior Accountant at Dijkstra Zuivel B.V.

Unfortunately we have decided not to invite you for an interview. We received many applications and had to make a choice.

We would like to keep your details in our database for a period of one year, so we can contact you if a suitable vacancy opens up. If you do not agree, please let us know.

Kind regards,
Recruitment Dijkstra Zuivel`, 'Your application for Junior Accountant'),

  // 14 Jobvite, screen, location, fb
  rej('screen', ['location'], { ...fb },
    `Hi Marcus,

Thanks for jumping on the phone yesterday. As we discussed, the Field Service Technician role at Quantek Semiconductor Equipment requires being on site at customer fabs in Arizona four days a week, and you mentioned you can't relocate from Oregon within the next year. Given that, we won't be able to move forward with your application.

Thanks again for your time and good luck!

Brianna Ortiz
Technical Recruiter, Quantek

This message was sent by Jobvite on behalf of Quantek Inc.`, 'Field Service Technician - Quantek'),

  // 15 Pinpoint, application, skills_gap (licence), fb, door
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Olawale,

Thank you for applying for the role of Multi-Drop Van Driver with Swiftparcel Couriers.

We're sorry to tell you that we're unable to take your application forward. All drivers on this contract need to hold a full UK driving licence for at least two years, and the licence details you gave show it was issued in March this year.

Once you meet this requirement we'd really encourage you to apply again, as we recruit drivers year-round.

Kind regards,
Swiftparcel Recruitment Team`, 'Your Swiftparcel application'),

  // 16 SuccessFactors, interview, generic
  rej('interview', ['generic'], {},
    `Dear Ms. Tanaka,

Thank you for your interest in the position Financial Analyst (Job ID 304521) and for the time you invested in the interview with our team.

After careful consideration, we regret to inform you that we have decided not to proceed with your application.

We wish you every success in your future career.

Yours sincerely,
Global Talent Acquisition
Kirin-Harbor Motors Co., Ltd.

Please do not reply to this email. This mailbox is not monitored.`, 'Your application for Financial Analyst (304521)'),

  // 17 Oracle Recruiting, application, position_filled
  rej('application', ['position_filled'], {},
    `Dear Daniel,

Thank you for your interest in the Night Auditor position at The Ashgrove Hotel Edinburgh.

We wanted to let you know that this position has now been filled. We appreciate the time you took to apply.

Sincerely,
Ashgrove Hotels Talent Acquisition

You are receiving this email because you applied for a job through Ashgrove Hotels Careers (Oracle Recruiting Cloud).`, 'Night Auditor - The Ashgrove Hotel Edinburgh'),

  // 18 University HR letter, final, skills_gap, fb
  rej('final', ['skills_gap'], { ...fb },
    `Dear Dr Okonkwo,

Lecturer in Chemical Engineering (Ref: ENG-1142)

Thank you for attending the selection day on 12 June, including your teaching presentation and the panel interview. The panel very much appreciated the effort you put into your preparation.

I am writing to let you know that, on this occasion, the panel has decided not to offer you the post. In its deliberations the panel noted that, while your research profile is strong, the post requires Fellowship of the Higher Education Academy or equivalent recognised teaching experience, and your application and interview did not demonstrate sustained independent module leadership.

The panel has asked me to thank you for your interest in the University of Carrow.

Yours sincerely,

Hannah Leighton
HR Advisor (Recruitment)
University of Carrow`, 'Lecturer in Chemical Engineering (ENG-1142)'),

  // 19 Charity, interview, role_closed (funding), door
  rej('interview', ['role_closed'], { ...door },
    `Dear Grace,

Thank you for coming to see us for the Youth Outreach Worker interview last month, and for your patience since.

I'm really sorry to tell you that the grant that was going to fund this post has not been renewed by the council, which means we're no longer able to recruit for the role. This has nothing to do with your interview, which the panel enjoyed.

If funding comes through in the next round we will get in touch with you first, and we'd love you to apply for anything else you see from us.

With best wishes,
Rob Akinyemi
Services Manager, Brightside Youth Trust
Registered charity no. 1128844`, 'Youth Outreach Worker'),

  // 20 Founder by hand, interview, salary + culture_fit? -> salary only, fb, offered
  rej('interview', ['salary'], { ...fb, ...offered },
    `hey Ines,

thanks for the two calls this week, really enjoyed them. going to be straight with you: we're a 6-person team on a seed round and the most we can do for this role is 58k plus equity. you told us 75k is your floor, and I don't think it's fair to stretch that conversation when we can't get close.

so we're going to pass for now. if you want my honest notes from the two calls, happy to share them, just reply.

- Theo
founder, Milkweed (oat dairy alternatives)`, 'milkweed'),

  // 21 Agency recruiter, interview, internal_candidate
  rej('interview', ['internal_candidate'], {},
    `Hi Callum,

Just a quick one: I've heard back from the client on the Logistics Planner role after your interview with their ops director on Monday. Unfortunately they've decided to appoint someone who's been covering the role internally on secondment, so they won't be taking anyone external forward.

Gutted for you as I think the interview went well. Speak soon.

Cheers,
Jade
Jade Whitfield | Senior Consultant | Keystone Supply Chain Recruitment`, 'Logistics Planner - feedback'),

  // 22 Hiring manager, assessment, assessment + skills_gap, fb, door
  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...door },
    `Hi Ravi,

Thank you for doing the take-home for the Embedded Firmware Engineer role. I reviewed it myself over the weekend.

The driver code compiled and the basic flow worked, which is more than some submissions manage. Where it fell short: the interrupt handling wasn't safe against the race we described in the brief, and there were no unit tests on the ring buffer. More broadly, the role needs hands-on experience with RTOS scheduling, which didn't come through in the submission or your CV. We won't be moving to interviews.

If you build up that RTOS experience, I'd be glad to see an application from you again in a year or so.

Marek Novak
Firmware Lead, Silicarta Microsystems`, 'Embedded Firmware Engineer - take-home'),

  // 23 HTML leftovers, application, generic
  rej('application', ['generic'], {},
    `<p>Dear Mei,</p><p>Thank you for applying to <b>Kiyomi Beauty</b>. After reviewing your application for <i>Retail Beauty Advisor - Westfield Sydney</i>, we regret that we will not be progressing with your application.</p><p>&nbsp;</p><p>Thank you for your interest in Kiyomi.</p><p>Kiyomi Beauty Careers</p><p style="font-size:10px;color:#999">Unsubscribe | Privacy</p>`, 'Kiyomi Beauty - your application'),

  // 24 Reply in thread, interview, profile_mismatch, door
  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Anika,

Thanks for checking in, and apologies for the slow reply on my side. We've now finished interviews for the Research Coordinator post and I'm afraid we've decided to go with a candidate whose background lines up more closely with what the lab needs at the moment.

You'd be very welcome to apply for future posts in the department; we advertise several each year.

Best wishes,
Prof. Jonathan Ashby
Department of Psychology, Merriton University

On Mon, 9 Sep, Anika Rao wrote:
> Dear Professor Ashby,
> I hope you are well. I was just wondering whether there was any news on the Research Coordinator post following my interview on 28 August?
> Many thanks, Anika`, 'Re: Research Coordinator interview'),

  // 25 Very short, screen, generic
  rej('screen', ['generic'], {},
    `Hi Leo, thanks for the call earlier. We've decided not to take things further for the Account Executive role. All the best. - Hana, Tessaract Esports`, 'Quick update'),

  // 26 Long letter, final, position_filled, door, key sentence in middle
  rej('final', ['position_filled'], { ...door },
    `Dear Henrik,

I hope this message finds you well, and that you had a chance to rest after what I know was a long day with us in Eindhoven. On behalf of everyone who met you during the final round for the Director of Supply Chain Planning, I want to thank you sincerely. You spent time with our COO, two plant managers, the head of procurement, and our finance partner, and each of them took the time to write detailed notes afterwards, which is not something that happens for every candidate.

We also appreciated the preparation you put into the scenario presentation on the capacity constraints at our Tilburg site. Several people commented on how quickly you grasped the issues we face with the transition to electric drivetrains and the knock-on effects for our supplier base.

As you know, we had two candidates in the final stage. After a great deal of discussion, we have offered the position to the other finalist, who accepted it yesterday. I realise this is disappointing news after such a long process, and I want to be clear that the decision was very close.

We would genuinely like to keep in touch. Our group is expanding its planning organisation in 2026, including a new role focused on the Central European plants, and I would like to contact you when that is approved, if you are open to it.

Thank you again for your time, your openness, and the care you took throughout.

Kind regards,

Saskia de Roo
Vice President, Human Resources
Veldkamp Automotive Group N.V.
Hoofdstraat 18, 5611 Eindhoven, The Netherlands

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Veldkamp Automotive Group N.V. accepts no liability for any damage caused by this email.`, 'Director of Supply Chain Planning'),

  // 27 Greenhouse, application, location (visa)
  rej('application', ['location'], { ...fb },
    `Hi Chen,

Thanks for your interest in the Data Analyst role at Parcelwise.

Unfortunately, we are not able to sponsor work visas for this position, and based on your application you would require sponsorship to work in the United States. For that reason we won't be moving forward.

We appreciate your interest and wish you the best of luck.

Parcelwise Recruiting`, 'Your application to Parcelwise'),

  // 28 Lever, interview, skills_gap, fb, offered
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Gabriela,

Thank you for meeting with our team for the Senior Analog Design Engineer position. We enjoyed the conversation.

After discussing as a team, we've decided not to move forward. The main reason is that the role requires hands-on tape-out experience in 5nm or below, and your experience is mostly at 28nm. That gap is significant for where the project is right now.

If it's useful, I'm happy to set up a short call to share more of the panel's notes.

Best,
Arjun Patel
Engineering Manager, Corvane Silicon`, 'Corvane Silicon - Senior Analog Design Engineer'),

  // 29 Workday, application, role_closed
  rej('application', ['role_closed'], {},
    `Dear Candidate,

Thank you for your interest in the Guest Experience Supervisor position (JR-22981) at Marlowe Hotels & Residences.

Please be advised that this requisition has been cancelled and we are no longer recruiting for this position. Your application will therefore not be considered further.

We appreciate your interest in Marlowe Hotels.

Regards,
Marlowe Talent Acquisition

This is an automated email generated by Workday. Do not reply.`, 'JR-22981 - Requisition update'),

  // 30 Agency recruiter, application, overqualified, fb, door
  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Bernadette,

I put your CV forward to the client for the Finance Assistant role yesterday. They came back quickly: they were impressed, but with your ACCA and ten years as a financial controller they feel you'd be far too senior for a transactional AP/AR role and would likely get bored within months. So they won't be progressing.

I've got a couple of controller-level roles coming through in the next few weeks that I think would suit you much better, so I'll be in touch.

Thanks,
Owen Pryce
Principal Consultant | Ledgerline Finance Recruitment`, 'Finance Assistant - client feedback'),

  // 31 SmartRecruiters, final, culture_fit, offered
  rej('final', ['culture_fit'], { ...offered },
    `Dear Kwame,

Thank you for joining us for the final panel for the Regional Sales Manager position at Ostara Dairy Foods.

Our panel was unanimous in appreciating your commercial track record. However, after much discussion we felt that your approach would not be the strongest fit with the collaborative, cooperative-owned culture of our business, and we have decided not to extend an offer.

Should you wish to receive more detailed feedback, please reply to this message and I will arrange a call.

Best regards,
Eloise Marchetti
Head of Talent, Ostara Dairy Foods`, 'Regional Sales Manager - outcome of final panel'),

  // 32 HR template merge field, interview, generic
  rej('interview', ['generic'], {},
    `Dear Aaliyah,

RE: [POSITION TITLE] - Interview Outcome

Thank you for attending an interview with us on [DATE]. We appreciate the interest you have shown in working for Tidewell Water Services.

Unfortunately, on this occasion you have not been successful. We received a high standard of applicants and the decision was a difficult one.

Yours sincerely,

People Services
Tidewell Water Services Ltd`, 'Interview Outcome'),

  // 33 Ashby, assessment, assessment, fb
  rej('assessment', ['assessment'], { ...fb },
    `Hi Noor,

Thanks for completing the SQL and analytics exercise for the Growth Analyst role at Loopcart.

Your score was 54/100; our threshold to move to the interview stage for this role is 70. The window-function and cohort questions were where most points were lost. We won't be progressing your application this time.

Thanks for your effort,
Loopcart Talent`, 'Loopcart | Growth Analyst exercise'),

  // 34 Hand-written hiring manager, interview, culture_fit + profile_mismatch, fb
  rej('interview', ['culture_fit', 'profile_mismatch'], { ...fb },
    `Dear Pieter,

Thanks for coming in on Friday to talk about the Head Chef role at the Ridgeback Lodge. I've thought about it over the weekend and I've decided not to offer you the position.

Honestly, a couple of things. We're a small kitchen of four and we all muck in, including the head chef doing prep and washing up on busy nights. From our conversation I got the sense you prefer a more structured, hierarchical brigade, which wouldn't work here. And overall the other people I saw had backgrounds closer to what a small country lodge needs.

I hope you find the right kitchen soon.

All the best,
Fiona McAllister
Owner, Ridgeback Lodge`, 'Head Chef'),

  // 35 iCIMS, interview, internal_candidate, door
  rej('interview', ['internal_candidate'], { ...door },
    `Dear Sebastián,

Thank you for interviewing for the Compliance Specialist position with Pacific Rim Couriers.

After completing interviews, the hiring team has selected a current Pacific Rim team member for this role. We appreciate the time and interest you invested in the process.

We encourage you to continue to apply for positions that match your skills and experience. Your profile will remain active in our talent community.

Sincerely,
Talent Acquisition
Pacific Rim Couriers, Inc.`, 'Your interview for Compliance Specialist'),

  // 36 Taleo, assessment, generic (background check)
  rej('assessment', ['generic'], {},
    `Dear Applicant,

Thank you for your continued interest in the Security Officer position (Req. 55820) with Granite Peak Resorts.

We have completed the pre-employment screening process and regret to inform you that we are unable to proceed with your offer of employment based on the results of the background check.

Under applicable law you may request a copy of the report from the screening provider.

Sincerely,
Granite Peak Resorts Human Resources
This is an automated message.`, 'Req. 55820 - Pre-employment screening'),

  // 37 Workable, screen, profile_mismatch
  rej('screen', ['profile_mismatch'], {},
    `Hi Lorenzo,

Thanks for the intro call on Wednesday. After reviewing our conversation with the hiring manager, we've concluded your experience isn't the right match for the Partnerships Lead role at Pixelforge Arena at this stage.

We appreciate your interest and time.

Best,
Pixelforge Arena Talent`, 'Partnerships Lead - Pixelforge Arena'),

  // 38 Teamtailor, final, salary, fb
  rej('final', ['salary'], { ...fb },
    `Hi Freja,

Thank you for the final interview with our CEO on Monday and the references you sent.

We have decided not to make you an offer. We want to be transparent: you were one of our two finalists, and the deciding factor was compensation. Your expectation of DKK 78,000 a month is beyond what we have set aside for the Head of Product Marketing role, and after discussing it internally we could not find a way to bridge the gap.

Thank you for the time you spent with us.

Kind regards,
Mathilde Krogh
Talent Partner, Skarp Skincare ApS`, 'Head of Product Marketing - Skarp'),

  // 39 Personio, application, skills_gap (degree)
  rej('application', ['skills_gap'], { ...fb },
    `Dear Ms. Horvat,

Thank you for your application as a Laboratory Technician in our quality control laboratory in Graz.

Unfortunately we have to inform you that we cannot consider your application. The position requires a completed education as a chemical laboratory technician or a degree in chemistry or food technology, which we could not find in your documents.

We wish you every success.

Kind regards
Human Resources
Almtal Molkerei eGen`, 'Your application - Laboratory Technician'),

  // 40 BambooHR, application, generic
  rej('application', ['generic'], {},
    `Thanks for applying for the Part-Time Barista role at Ember & Oak Roasters. We've decided to move forward with other candidates. We wish you the best!

Ember & Oak Roasters`, 'Part-Time Barista'),

  // 41 Recruitee, interview, position_filled, door
  rej('interview', ['position_filled'], { ...door },
    `Hello Kaan,

Thank you for the interview for the position of Event Producer at Arcadia League.

We regret to inform you that we have filled the position with another candidate. We really enjoyed our conversation and we would be happy to keep your CV in our talent pool for future events roles.

Have a great day!
Arcadia League HR`, 'Event Producer - Arcadia League'),

  // 42 Jobvite, final, profile_mismatch
  rej('final', ['profile_mismatch'], {},
    `Dear Hiroshi,

Thank you for attending the onsite interviews for the Principal Yield Engineer role at Nexavolt Semiconductor. We know this required significant time and travel.

After careful review, the hiring committee has chosen another candidate whose experience better aligns with the needs of the team.

We appreciate your interest in Nexavolt.

Sincerely,
Nexavolt Recruiting

This email was sent via Jobvite.`, 'Nexavolt - Principal Yield Engineer'),

  // 43 Pinpoint, application, location (right to work)
  rej('application', ['location'], { ...fb },
    `Dear Thandiwe,

Thank you for applying for the Care Support Worker role with Hollybrook Homes.

We are unable to progress your application because you have indicated that you do not currently have the right to work in the UK, and we are not a licensed sponsor for this role.

We wish you every success in your search.

Hollybrook Homes Recruitment
Please do not reply to this automated message.`, 'Care Support Worker - application update'),

  // 44 SuccessFactors, application, role_closed
  rej('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for your interest in the Trainee Production Engineer position at Adriatic Motors d.o.o.

Due to a change in business priorities, this position has been withdrawn. We are therefore closing all applications received for this vacancy.

We thank you for your understanding.

Adriatic Motors d.o.o. - Recruitment`, 'Position withdrawn - Trainee Production Engineer'),

  // 45 Oracle, interview, culture_fit, fb
  rej('interview', ['culture_fit'], { ...fb },
    `Dear Natalia,

Thank you for meeting with the Housekeeping leadership team at the Solano Grand Hotel on 14 October.

We regret that we will not be offering you the Executive Housekeeper position. The panel felt that your preference for a largely hands-off management style, which you described in some detail, would not fit a team where the leader is on the floor with the room attendants most of the day.

We thank you for your interest in Solano Hotels.

Talent Acquisition, Solano Hotels & Resorts`, 'Executive Housekeeper - Solano Grand Hotel'),

  // 46 Founder by hand, assessment, assessment, offered, door
  rej('assessment', ['assessment'], { ...offered, ...door },
    `Hi Maya,

Thanks for sending back the case exercise on the subscription pricing model. We went through it with the team and it's not quite at the level we need for this role, so we won't take it further this time.

Happy to jump on 15 minutes and walk through what we were looking for if that'd help. And if you see another role come up with us later in the year, do apply.

Cheers,
Dev Bhattacharya
Co-founder, Glowroot (clean skincare)`, 'Glowroot case'),

  // 47 Agency recruiter, final, internal_candidate + role_closed? -> internal only
  rej('final', ['internal_candidate'], {},
    `Morning Aoife,

I'm really sorry, I've just had a call from the HR Director at the university. After the final panel on Thursday they had a last-minute change: a member of staff from the Estates team applied late and the panel has decided to appoint them to the Facilities Manager post. So they won't be making an external appointment.

I know how much work you put into the presentation. Call me when you've got a minute.

Siobhan
Siobhan Keane | Director | Harbourgate Public Sector Search`, 'Facilities Manager - Carrow University'),

  // 48 HR letter, application, overqualified
  rej('application', ['overqualified'], { ...fb },
    `Dear Mr. Van der Berg,

Thank you for your application for the position of Parcel Sorter (night shift) at our Rotterdam hub.

We appreciate your interest. After reviewing your CV, we have concluded that your qualifications and experience are considerably higher than what this position requires, and we have therefore decided not to proceed with your application.

With kind regards,
HR Service Centre
Snelpost Nederland B.V.`, 'Uw sollicitatie / Your application'),

  // 49 Thread reply, screen, salary + location, fb
  rej('screen', ['salary', 'location'], { ...fb },
    `Hi Bastien,

Thanks for the follow-up and sorry for the silence. I've spoken with the hiring manager about what we discussed on our call. Two things unfortunately rule this one out: the role is fully on site in Lyon, and you were clear you want to stay in Bordeaux with remote work; and your salary expectation of 72k is above the 60k band. So we won't move forward.

Bonne continuation,
Camille Durand
Talent Acquisition, Voltis Mobility

> Le 3 nov., Bastien Leroy a écrit :
> Bonjour Camille, do you have any news after our call last week? Thanks, Bastien`, 'RE: Ingénieur batterie - Voltis'),

  // 50 Greenhouse, final, generic, offered
  rej('final', ['generic'], { ...offered },
    `Hi Imogen,

Thank you for taking part in the final round of interviews for the Head of Fundraising role at Second Harvest Food Network. It was a competitive process, and we have decided not to move forward with your candidacy.

If you would like feedback on your interviews, please let me know and I'll arrange a time to talk.

Warmly,
Talia Greene
People Operations, Second Harvest Food Network`, 'Second Harvest Food Network - Head of Fundraising'),

  // 51 Lever, application, internal_candidate
  rej('application', ['internal_candidate'], {},
    `Hi Yusuf,

Thanks for applying for the Team Lead, Customer Support role at Packmule.

We wanted to let you know that we've filled this position from within our existing support team, so we won't be reviewing external applications further.

Thanks for your interest in Packmule!

Packmule Recruiting`, 'Packmule - Team Lead, Customer Support'),

  // 52 Workday long, interview, skills_gap, key in middle
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Adaeze,

Thank you for your interest in joining Meridian Water and for the time you spent with us during the recent interview for the position of Asset Management Planner (Requisition R-10293). We know that preparing for an interview takes considerable effort, particularly for a role of this nature, and we are grateful that you chose to share your experience with us.

Our hiring panel, which included the Head of Asset Strategy and two senior engineers from our wastewater network team, met after the final interviews to review all candidates against the requirements of the role. This is a position that sits at the centre of our five-year investment planning cycle and works closely with the regulator's submissions team.

Following that review, the panel concluded that it could not offer you the position. The main consideration was that the role requires practical experience building whole-life cost models for regulatory business plans, and the examples you gave were mostly from operational maintenance scheduling rather than investment planning.

We would encourage you to keep an eye on our careers site, as we expect to advertise several planning and engineering roles over the next year, some of which may suit your experience more closely.

Thank you again for your interest in Meridian Water. We wish you every success.

Yours sincerely,

Talent Acquisition Team
Meridian Water plc
Registered in England and Wales No. 02366612. Registered office: Meridian House, Leeds LS1 4BR.

This is an automated message sent from Workday. Please do not reply directly to this email.`, 'Your application for Asset Management Planner'),

  // 53 SmartRecruiters, application, profile_mismatch, door
  rej('application', ['profile_mismatch'], { ...door },
    `Dear Ana Lucía,

Thank you for your interest in the Marketing Coordinator position at Belmira Cosméticos.

After carefully reviewing your application, we regret to inform you that your profile does not match the requirements of this position.

Your information will remain in our database, and we will contact you if a position matching your profile becomes available.

Regards,
Belmira Cosméticos Recruitment Team`, 'Belmira Cosméticos - Marketing Coordinator'),

  // 54 iCIMS, final, position_filled
  rej('final', ['position_filled'], {},
    `Dear Kenji,

Thank you for your time during the final interview stage for the Associate Director, Admissions position at Larchmont College.

We wanted to inform you that the search committee has completed its process and the position has been filled. We are grateful for your interest in Larchmont.

Regards,
Office of Human Resources
Larchmont College`, 'Associate Director, Admissions'),

  // 55 Taleo, interview, role_closed
  rej('interview', ['role_closed'], {},
    `Dear Candidate,

Thank you for interviewing for the position of Line Maintenance Supervisor (Req 81134).

Due to a restructuring of the maintenance organisation, the position has been eliminated and will not be filled. Consequently, your candidacy for this requisition has been closed.

We appreciate your interest in Stellar Auto Components.

Stellar Auto Components - Human Resources`, 'Req 81134 status update'),

  // 56 Workable short, application, location
  rej('application', ['location'], { ...fb },
    `Hi Ji-woo, thanks for applying to the Social Media Editor role at Nova Clutch Gaming. This role is open only to candidates based in the EU, so we can't move forward with your application. Best of luck! - Nova Clutch Team`, 'Nova Clutch - Social Media Editor'),

  // 57 Hiring manager, interview, overqualified + salary, fb, door
  rej('interview', ['overqualified', 'salary'], { ...fb, ...door },
    `Hi Rosalind,

Thanks for talking with me and Emeka on Tuesday about the Programme Officer post.

I'll be honest with you, because you were so open with us. With two decades running country programmes, you're far more senior than this post, which is mostly coordination and reporting, and we'd be worried about keeping you engaged. And the salary you mentioned is nearly double the grade we can offer on this contract. So we've decided not to offer you the post.

We'd love to hear from you when our Director of Programmes role opens next spring.

Warm wishes,
Chiara Rossi
Head of Programmes, Waterbridge International (registered charity)`, 'Programme Officer'),

  // 58 Teamtailor, assessment, assessment
  rej('assessment', ['assessment'], {},
    `Hi Oskar,

Thank you for completing the logical reasoning test as part of your application for Graduate Trainee - Operations at Polarbud Couriers.

Unfortunately your result did not meet the level required to continue in the process, so we will not move forward with your application.

Best regards,
Polarbud Couriers Recruitment`, 'Your test result - Graduate Trainee'),

  // 59 HR template merge field, screen, culture_fit
  rej('screen', ['culture_fit'], {},
    `Hi %FIRSTNAME%,

Thank you for the phone conversation regarding the Store Supervisor role at Orchid Lane Cosmetics.

We look for people who share our values of playfulness, inclusivity and experimentation, and after our conversation we don't feel there is a strong enough alignment with our culture to move forward.

Thank you for your interest.

Orchid Lane People Team`, 'Orchid Lane - Store Supervisor'),

  // 60 Agency recruiter, screen, skills_gap, fb
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Dimitri,

Good to speak earlier. I've had a think and I don't think I can put you forward for the Controls Engineer role at the bottling plant. They're insisting on at least five years with Siemens S7 PLCs and you've got about two, and mostly on Allen-Bradley. I'd only be setting you up for a knock-back.

Good luck, and I'll keep an eye out.

Gareth
Gareth Lowe | Engineering Recruitment | Ironbridge Talent`, 'Controls Engineer'),

  // 61 Ashby long with quoted history, final, profile_mismatch + culture_fit, offered
  rej('final', ['profile_mismatch', 'culture_fit'], { ...fb, ...offered },
    `Hi Rafael,

Thank you so much for your patience while we wrapped up the final round for the Head of Community role. I know you came in for the full afternoon and met five of us, and I want you to know we appreciated it.

We've decided not to extend an offer. In the debrief the team felt the other finalist's experience lined up more closely with where we are, and there was a sense that your way of working might not mesh with our very async, written-first team. I want to be careful here, because that's a reflection of us as much as you.

If a call would help, I'd be glad to do one.

Best,
Lina
Lina Osei, COO, Spawnpoint

On Thu, Oct 2, Rafael Mendes wrote:
> Hi Lina, thanks again for Tuesday. Looking forward to hearing from you.
>
> On Fri, Sep 26, Lina Osei wrote:
> > Hi Rafael, great news, we'd love to invite you to the final round on Tuesday afternoon in our Lisbon office.`, 'Re: Spawnpoint - final round'),

  // 62 BambooHR, interview, generic, door
  rej('interview', ['generic'], { ...door },
    `Hi Samira,

Thank you for taking the time to interview for the Accounts Payable Specialist role at Redwood Freight. After much consideration, we've decided to move forward with another candidate.

We'll keep your resume on file and reach out should a suitable role open up in the future.

Best regards,
Redwood Freight HR`, 'Accounts Payable Specialist'),

  // 63 University, application, skills_gap (PhD)
  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr Achterberg,

Postdoctoral Research Associate in Power Electronics (Ref 24-311)

Thank you for your application. I regret to inform you that you have not been shortlisted for interview. The person specification lists a PhD (awarded or submitted) in electrical engineering or a closely related field as essential, and your application indicates that you have not yet begun doctoral study.

Yours sincerely,
Recruitment Team, Northcliffe University`, 'Postdoctoral Research Associate (24-311)'),

  // 64 Charity, final, position_filled, offered
  rej('final', ['position_filled'], { ...offered },
    `Dear Ngozi,

Thank you for coming to our assessment day for the Volunteer Coordinator role and for the care you took with the group exercise.

The panel has now offered the role to another candidate, who has accepted. I would be very happy to give you feedback over the phone if that would be useful. Just let me know a good time.

With thanks,
Margaret Oduya
HR Manager, Riverside Hospice`, 'Volunteer Coordinator - outcome'),

  // 65 Personio, application, salary, fb
  rej('application', ['salary'], { ...fb },
    `Dear Mr. Fischer,

Thank you for your application as Senior Sales Engineer and for stating your salary expectation of EUR 105,000.

After reviewing your documents, we must unfortunately inform you that this expectation exceeds the salary range planned for this position considerably, and we have therefore decided not to consider your application further.

Kind regards
Halbleiter-Technik Dresden GmbH, Human Resources`, 'Your application - Senior Sales Engineer'),

  // 66 Oracle recruiting, assessment, profile_mismatch
  rej('assessment', ['profile_mismatch'], {},
    `Dear Vikram,

Thank you for completing the online assessment for the Management Trainee programme at Kestrel Hotels Asia.

Having reviewed your application together with your assessment, we have decided to proceed with applicants whose profiles are a closer match for the programme this year.

Best regards,
Kestrel Hotels Asia Talent Acquisition
Please do not reply to this email.`, 'Management Trainee Programme'),

  // 67 hand-written, application, overqualified, door
  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Patrick,

Thanks for your note and CV about the warehouse assistant job. You've run a distribution centre of 200 people - this is a role stacking shelves and packing orders for our little candle and soap business, and I think you'd be climbing the walls within a fortnight. So I'm going to say no to this one, with thanks.

If we ever grow enough to need an operations manager, you'll be the first person I ring.

Jenny
Lavender Hill Soap Co.`, 'Re: Warehouse assistant'),

  // 68 SuccessFactors, final, salary
  rej('final', ['salary'], { ...fb },
    `Dear Ms. Ivanova,

Thank you for your participation in the final round for the position of Plant Controller.

Following careful consideration, and after discussing your compensation expectations, we have concluded that we are unable to reach an agreement that fits the salary framework for this role. We therefore will not extend an offer.

Best regards,
HR Business Partner
Continental Dairy Ingredients AG`, 'Plant Controller - final round'),

  // 69 Jobvite, screen, role_closed, door
  rej('screen', ['role_closed'], { ...door },
    `Hi Adwoa,

Thanks again for your time on our recruiter call last week. I'm sorry to share that the Senior Brand Manager position has been put on indefinite hold due to budget changes, and we're closing the search. We won't be moving forward with any candidates at this time.

I've kept your profile and will reach out directly if the role reopens.

Best,
Hallie Brooks
Recruiter, Aurelle Beauty`, 'Aurelle Beauty - Senior Brand Manager'),

  // 70 Hand-written short, interview, culture_fit
  rej('interview', ['culture_fit'], {},
    `Sorry Tariq - the team liked you but we don't think it's the right fit culturally for this one. Thanks for coming in. Ola`, 'Re: Thursday'),

  // 71 Forwarded from agency, interview, assessment? -> interview + skills_gap language, fb
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Beatriz,

Forwarding the client's note below after yesterday's interview. Sorry it's not better news.

Marta

---------- Forwarded message ---------
From: Yuki Sato, Front Office Director, Hotel Kaede Kyoto
Subject: Candidate B. Alves

Dear Marta, thank you for arranging the interview with Ms Alves. She was warm and professional, but the Guest Relations role needs conversational Japanese for most guest contact, and her Japanese is not yet at that level. We will not proceed. Please thank her for us.`, 'Fwd: Candidate B. Alves'),

  // 72 Greenhouse, interview, location + role_closed? -> location, offered
  rej('interview', ['location'], { ...fb, ...offered },
    `Hi Arnav,

Thanks for your interviews with the Brightpath Couriers team for the Regional Operations Lead position.

Since we spoke, leadership has decided that this role must be based at our Calgary depot five days a week. As you mentioned you plan to stay in Vancouver, we won't be able to continue with your candidacy.

If you'd like to hear more of the team's thoughts, just reply and I'll set up a quick call.

Best,
Brightpath Couriers Recruiting`, 'Brightpath Couriers - Regional Operations Lead'),

  // ── Part two: one inbox, a community pharmacist in Toronto moving into industry
  // 73 job alert
  other(`PharmaJobs Canada - Your daily job alert

Hi Simran, here are 6 new jobs matching "medical information pharmacist" near Toronto, ON:

• Medical Information Specialist - Norvalis Pharma Canada - Mississauga, ON (hybrid)
• Drug Information Pharmacist - Greenleaf Life & Health - Toronto, ON
• Medical Information Associate (bilingual) - Keldara Therapeutics - Montréal, QC
• Regulatory Affairs Specialist - Brightmoor Biologics - Toronto, ON
• Drug Safety Associate - Tessera Clinical Research - Remote (Canada)
• Associate Medical Writer - Pinnacle Medical Communications - Toronto, ON

Not the right matches? Edit your alert or unsubscribe.
PharmaJobs Canada, 100 King St W, Toronto`, 'New jobs for "medical information pharmacist"'),

  // 74 ack Norvalis
  other(`Dear Simran Aulakh,

Thank you for applying for the position Medical Information Specialist (R-2026-04417) at Norvalis Pharma Canada Inc.

We have received your application and our Talent Acquisition team will review it against the requirements of the role. If your qualifications match our needs, a member of our team will contact you to discuss next steps. You can check the status of your application at any time by logging into your candidate home.

Thank you for your interest in Norvalis.

Norvalis Talent Acquisition
This is an automated message from Workday. Please do not reply.`, 'We received your application - Medical Information Specialist'),

  // 75 agency intro
  other(`Hi Simran,

Thanks for registering with RxBridge Pharma Talent. I had a look at your profile: seven years in community practice, the PharmD, and the RA certificate underway at Humber is a really nice combination for medical information and regulatory roles, and the Punjabi is a plus for some of the patient support programmes we recruit for.

Could we do a 20-minute call this week so I can understand what you're after (roles, salary, Toronto vs. Mississauga vs. remote)? Thursday after 4pm or Friday morning work for me.

Speak soon,
Devon Carrow
Senior Consultant, Medical Affairs & Regulatory
RxBridge Pharma Talent | Toronto`, 'Welcome to RxBridge - quick call?'),

  // 76 rej Greenleaf application generic
  rej('application', ['generic'], {},
    `Dear Simran,

Thank you for your interest in the Clinical Pharmacist, Drug Claims Review position at Greenleaf Life & Health.

We have carefully reviewed your application. Unfortunately, we have decided not to move forward with your candidacy for this position.

We appreciate the time you invested in applying and wish you success in your career.

Greenleaf Talent Acquisition

Please do not respond to this email, as this mailbox is not monitored. Greenleaf Life & Health Insurance Company, Toronto, Ontario.`, 'Your application with Greenleaf Life & Health'),

  // 77 ack Tessera
  other(`Hi Simran,

Thank you for applying for the Drug Safety Associate role at Tessera Clinical Research. Your application has been received and is now with our recruitment team.

Due to the high volume of applications we receive, we may not be able to respond to every applicant individually. If your experience matches what we are looking for, a recruiter will contact you within two to three weeks.

Thank you for considering a career with Tessera.

Tessera Clinical Research - Talent Team
Powered by iCIMS`, 'Tessera Clinical Research: application received'),

  // 78 college newsletter
  other(`Pharmacy Practice Update - May 2026

In this issue:
- Expanded scope: new minor ailments added to the prescribing list from July 1
- Reminder: your annual Part A renewal and professional liability declaration are due by the end of the month
- Practice tip: documenting deprescribing conversations
- Discipline decisions summary
- Call for volunteers: Quality Assurance Committee

Registrants can read the full issue on the College portal.

You are receiving this newsletter because you are a registered member of the Ontario College of Pharmacy Professionals. Manage your communication preferences in your registrant profile.`, 'Pharmacy Practice Update - May 2026'),

  // 79 rej Keldara French skills_gap
  rej('application', ['skills_gap'], { ...fb },
    `Bonjour Simran,

Thank you for your interest in the Medical Information Associate (bilingual) position at Keldara Therapeutics.

After reviewing your application, we will not be moving forward. This position handles calls and written enquiries from healthcare professionals across Quebec and requires advanced spoken and written French, which does not appear among the languages listed in your application (English, Punjabi).

We thank you and wish you success in your search.

Équipe Acquisition de talents | Talent Acquisition Team
Keldara Therapeutics Inc., Montréal (Québec)`, 'Keldara Therapeutics - Medical Information Associate'),

  // 80 assessment invitation Norvalis
  other(`Dear Simran,

Thank you for your application for Medical Information Specialist (R-2026-04417). We are pleased to invite you to the next step of our process: an online medical information writing exercise.

You will receive two unsolicited enquiries from healthcare professionals and will be asked to draft a standard response letter for one of them, using the reference documents provided. The exercise takes about 90 minutes and must be completed within 5 days of this email.

Start your assessment: [link]

If you need any accommodation, please reply to this email before starting.

Kind regards,
Norvalis Talent Acquisition`, 'Next step: online exercise - Medical Information Specialist'),

  // 81 rej Brightmoor RA skills_gap fb door
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Simran,

Thanks for applying for the Regulatory Affairs Specialist role at Brightmoor Biologics.

I reviewed your application with the hiring manager. We really liked your clinical background, but this particular role needs at least three years of industry regulatory experience, including authoring CMC sections for biologics submissions to Health Canada, and we need someone who can do that from day one. Because of that, we won't be moving forward for this role.

Once you've finished your RA certificate, please keep an eye on our associate-level openings. We'd be glad to see your name again.

Best regards,
Leah Fontaine
Talent Partner, Brightmoor Biologics`, 'Brightmoor Biologics - Regulatory Affairs Specialist'),

  // 82 job alert Medhunt
  other(`Medhunt | Jobs picked for you

Simran, 4 new roles this week in Regulatory Affairs & Medical Affairs:

Regulatory Affairs Associate - Brightmoor Biologics - Mississauga, ON
Drug Policy Analyst - Ontario Drug Programs Review Agency - Toronto, ON
Clinical Research Associate I - Tessera Clinical Research - Toronto, ON
Medical Science Liaison, Oncology (Eastern Canada) - Keldara Therapeutics - Montréal, QC

Apply with your Medhunt profile in one click.

You're receiving this because you set up job alerts on Medhunt. Unsubscribe anytime.`, 'Simran, 4 new jobs for you'),

  // 83 interview scheduling Norvalis
  other(`Hi Simran,

Good news: the hiring team was impressed by your writing exercise and would like to invite you to a video interview for the Medical Information Specialist role.

You'll meet Dr. Helen Marsh (Manager, Medical Information) and Kofi Asante (Senior Medical Information Specialist). The interview will be 45 minutes on Microsoft Teams.

Please choose a time that works for you using the link below:
Schedule your interview

Kind regards,
Aisha Rahman
Talent Acquisition Partner, Norvalis Pharma Canada`, 'Interview invitation - Medical Information Specialist'),

  // 84 rej Pinnacle profile_mismatch door
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Simran,

Thank you for applying for the Associate Medical Writer position at Pinnacle Medical Communications.

We received a strong response to this role and, after careful review, we have decided to move forward with candidates whose experience is more closely aligned with the position.

We'll hold your details in our candidate pool for the next 12 months and may contact you about future openings in our Toronto and remote teams.

Kind regards,
Pinnacle Medical Communications - Talent Team
Sent via Teamtailor`, 'Your application to Pinnacle Medical Communications'),

  // 85 webinar invitation
  other(`Dear Simran,

You are invited to our members' webinar, "From the Counter to Industry: Pharmacists in Medical Affairs", on Wednesday, June 17 at 7:00 pm ET.

Panelists include a medical science liaison, a regulatory affairs manager and a medical information lead, all former community pharmacists. They will talk about how they made the move, which certifications helped, and what hiring managers look for.

Register now - seats are limited to 300 attendees. A recording will be shared with registrants.

We look forward to seeing you there.

Canadian Society of Pharmacists in Industry
Unsubscribe | Update your preferences`, 'Webinar invite: From the Counter to Industry'),

  // 86 rej agency overqualified
  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Simran,

Quick update on the Medical Information Call Centre Agent contract I sent your CV to on Monday. The client's manager came back and said that as a licensed pharmacist with a PharmD and seven years in practice, you're well beyond this one; it's a scripted front-line intake role with escalation to their pharmacists, and they felt you'd be underused and unlikely to stay. So they're passing.

Honestly, I think they're right, and I'd rather get you in front of the specialist-level roles. I've got two of those coming up in the next few weeks and I'll send them your way.

Devon
RxBridge Pharma Talent`, 'Re: Med Info Call Centre contract'),

  // 87 ack provincial
  other(`Dear Simran Aulakh,

Thank you for your interest in the Drug Policy Analyst competition (ODPRA-2026-118) with the Ontario Drug Programs Review Agency.

This email confirms that your application has been received. Applications will be screened against the qualifications listed in the job posting. Only those candidates selected for further consideration will be contacted. We thank all applicants for their interest.

The Agency is committed to an inclusive, accessible recruitment process. If you require accommodation, please contact us.

Human Resources Services
Ontario Drug Programs Review Agency`, 'Application received: ODPRA-2026-118'),

  // 88 rej Tessera screen salary fb
  rej('screen', ['salary'], { ...fb },
    `Hi Simran,

Thank you for the call on Thursday about the Drug Safety Associate role. It was great to learn about your path from community practice.

I've discussed your application with the hiring manager. The salary you're targeting ($95,000 and up) is quite a bit above the range for this position, which is $68,000 to $76,000, and we weren't able to find flexibility there. So we've decided not to move you forward in the process.

Thank you again, and best of luck.

Marco Bellini
Recruiter, Tessera Clinical Research`, 'Drug Safety Associate - update'),

  // 89 interview reminder
  other(`Hi Simran,

This is a reminder of your interview for Medical Information Specialist tomorrow, Tuesday June 9, at 10:00 AM Eastern Time.

Join Microsoft Teams meeting: [link]
Interviewers: Dr. Helen Marsh, Kofi Asante

Please have a copy of your resume handy. If you need to reschedule, reply to this message at least 24 hours in advance.

Good luck!
Norvalis Talent Acquisition`, 'Reminder: your interview tomorrow'),

  // 90 hold Pinnacle screen role_closed
  hold('screen', ['role_closed'], {},
    `Hi Simran,

Thanks again for the chat last week about the Medical Information Specialist (outsourced) position. I wanted to give you an honest update.

This role supports a new client account that hasn't been signed yet. The client has pushed their decision back to at least August, so we are pausing the search until then. Your application remains active and you're still very much in the running; nothing has changed on that front.

I'll get back to you as soon as I hear more.

Best,
Jordana Whitlock
Talent Acquisition, Pinnacle Medical Communications`, 'Medical Information Specialist - pausing for now'),

  // 91 rej Norvalis interview skills_gap door
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Simran,

Thank you for taking the time to interview with Helen and Kofi for the Medical Information Specialist position. They enjoyed meeting you and appreciated how clearly you explained complex drug interactions.

After careful consideration, we have decided to move forward with another candidate. The team's feedback was that the role needs prior experience in an industry medical information setting, in particular adverse event and product complaint intake and working in a medical information database such as Veeva or IRMS, which you haven't had the chance to develop yet.

We'd encourage you to apply for future roles with Norvalis, especially as you complete your regulatory affairs certificate.

Kind regards,
Aisha Rahman
Talent Acquisition Partner, Norvalis Pharma Canada`, 'Medical Information Specialist - interview outcome'),

  // 92 agency check-in
  other(`Hi Simran,

Just checking in to see how things are going. Did you hear back from Norvalis after the interview? Sorry to hear if it didn't go your way; their med info team is notoriously picky about industry experience.

I'm putting together a shortlist for a Regulatory Affairs Associate role at a generics manufacturer in Mississauga and I think you'd be a good fit. Are you still open to Mississauga for a hybrid role (three days on site)? Let me know and I'll send the job description.

Cheers,
Devon`, 'Checking in'),

  // 93 job alert
  other(`PharmaJobs Canada - Weekly digest

Hi Simran, jobs you might have missed:

• Medical Science Liaison - Cardiometabolic - Norvalis Pharma Canada - Remote (Ontario)
• Medical Information Pharmacist (12-month contract) - Brightmoor Biologics - Toronto, ON
• Pharmacy Benefits Consultant - Greenleaf Life & Health - Toronto, ON

Your application history: 5 applications in the last 30 days.

Keep going! The average job seeker applies to 18 roles before an offer.
Unsubscribe from weekly digests`, 'Your weekly job digest'),

  // 94 rej Keldara MSL location
  rej('application', ['location'], { ...fb },
    `Dear Simran,

Thank you for your application for the Medical Science Liaison, Oncology (Eastern Canada) role at Keldara Therapeutics.

We have reviewed your application and will not be moving forward. This territory covers Quebec and the Atlantic provinces, and the role requires the MSL to live in the Montreal area to be close to key academic centres. Your application indicates you are based in Toronto and not considering relocation at this time.

We appreciate your interest in Keldara and wish you well.

Keldara Therapeutics Talent Acquisition`, 'Medical Science Liaison, Oncology - your application'),

  // 95 assessment invitation provincial (written exam)
  other(`Dear Simran Aulakh,

Re: Drug Policy Analyst (ODPRA-2026-118)

We are pleased to inform you that you have been selected to proceed to the next stage of this competition, a written assessment. The assessment will be completed online and will take approximately two hours. You will be asked to review a drug funding submission and prepare a short briefing note.

Date: Thursday, July 9, 2026, 1:00 pm to 3:00 pm ET

Please confirm your attendance by replying to this email by July 3.

Human Resources Services
Ontario Drug Programs Review Agency`, 'ODPRA-2026-118: Invitation to written assessment'),

  // 96 rej Brightmoor internal
  rej('application', ['internal_candidate'], {},
    `Hi Simran,

Thank you for applying to the Medical Information Pharmacist (12-month contract) position at Brightmoor Biologics.

We wanted to let you know that this contract has been filled by a member of our existing Medical Affairs team, who will be moving over for the duration of the leave. We're therefore closing the posting.

Thanks for your continued interest in Brightmoor.

Leah Fontaine
Talent Partner, Brightmoor Biologics`, 'Medical Information Pharmacist (contract)'),

  // 97 newsletter 2
  other(`Pharmacy Practice Update - July 2026

Highlights this month:
- New guidance on pharmacist prescribing for travel health
- Summary of recent Council decisions
- Reminder: the Jurisprudence, Ethics and Professionalism e-learning modules have been updated
- Are you changing your practice setting? Remember to update your place of practice within 30 days, including if you move into a non-patient-care role such as industry or government.

Read the full update on the College portal.

Ontario College of Pharmacy Professionals
This message was sent to registrants. Do not reply to this email.`, 'Pharmacy Practice Update - July 2026'),

  // 98 rej Greenleaf screen profile_mismatch
  rej('screen', ['profile_mismatch'], {},
    `Hi Simran,

Thank you for speaking with me on Monday about the Pharmacy Benefits Consultant position.

After reviewing our conversation with the hiring leader, we've decided not to move forward. We're looking for a profile that is a closer match to this role, and I don't think this is the right opportunity for you at this time.

Thanks again for your time, and all the best with your search.

Erin Castellanos
Talent Acquisition Advisor, Greenleaf Life & Health`, 'Pharmacy Benefits Consultant'),

  // 99 interview scheduling provincial
  other(`Dear Simran,

Congratulations, you have been successful in the written assessment for the Drug Policy Analyst competition and are invited to a panel interview.

Interview options (please select one by replying):
- Tuesday, July 28, 10:00 am
- Wednesday, July 29, 2:00 pm

Format: in person at 5700 Yonge Street, Toronto, 60 minutes. Please bring government-issued photo ID and a copy of your pharmacist registration.

Human Resources Services
Ontario Drug Programs Review Agency`, 'ODPRA-2026-118: Interview invitation'),

  // 100 hold provincial interview role_closed
  hold('interview', ['role_closed'], {},
    `Dear Simran,

Thank you for attending the panel interview for the Drug Policy Analyst competition on July 28.

We wish to advise you that, following a government-wide review of hiring, a temporary pause has been placed on filling this position. The competition has not been cancelled, and no decisions about candidates have been made. We expect to be able to provide an update in the fall.

We appreciate your patience and continued interest.

Human Resources Services
Ontario Drug Programs Review Agency`, 'ODPRA-2026-118: Update on competition'),

  // 101 rej Pinnacle assessment
  rej('assessment', ['assessment'], { ...fb },
    `Hi Simran,

Thanks for completing the writing test for the Medical Writer (Publications) role, and for turning it around so quickly.

Our editorial team reviewed your manuscript summary and slide deck. The clinical interpretation was accurate, but the summary did not follow the AMA style we provided, several statements weren't referenced to the source paper, and the deck ran to 14 slides against a maximum of 8. Taken together, the test didn't reach the standard we need, so we won't be moving you to interviews.

Thank you for the effort you put in.

Best,
Jordana Whitlock
Talent Acquisition, Pinnacle Medical Communications`, 'Writing test - Medical Writer (Publications)'),

  // 102 talent community sign-up
  other(`Welcome to the Tessera Talent Community, Simran!

You're now part of our talent network. We'll send you updates about roles in Clinical Operations, Pharmacovigilance and Medical Affairs that match your interests, plus news about life at Tessera.

Your selected interests: Pharmacovigilance; Medical Information; Regulatory
Preferred locations: Toronto; Remote - Canada

You can update your preferences or leave the community at any time.

Tessera Clinical Research`, 'Welcome to the Tessera Talent Community'),

  // 103 rej Tessera CRA skills_gap
  rej('application', ['skills_gap'], { ...fb },
    `Dear Simran,

Thank you for your application for Clinical Research Associate I.

Unfortunately, you have not been selected to move forward. For this position we require at least one year of on-site monitoring experience or completion of our CRA academy, as well as current ICH-GCP certification, and we could not identify these in your application.

We encourage you to review other openings on our careers site.

Tessera Clinical Research
This is an automated notification. Replies are not monitored.`, 'Clinical Research Associate I - application status'),

  // 104 job alert
  other(`Medhunt | Your saved search "regulatory affairs" has 3 new matches

Regulatory Affairs Associate II - Norvalis Pharma Canada - Mississauga, ON - Posted 2 days ago
Regulatory Affairs Coordinator - Ontario Drug Programs Review Agency - Toronto, ON - Posted 5 days ago
Regulatory Submissions Publisher - Tessera Clinical Research - Remote - Posted today

Tip: applicants who apply within 3 days of posting are more likely to hear back.

Manage saved searches | Unsubscribe`, '3 new matches for "regulatory affairs"'),

  // 105 rej agency interview position_filled
  rej('interview', ['position_filled'], {},
    `Hi Simran,

I've had the client's decision on the Regulatory Affairs Associate role at the generics company. They've offered the job to another candidate who had already done one of these in a previous role, and she's accepted. I know you felt good after the interview with their RA director, so I'm sorry this one didn't land.

Let's speak this week about what's next.

Devon
RxBridge Pharma Talent`, 'RA Associate - client decision'),

  // 106 ack Brightmoor RA Associate
  other(`Hi Simran,

Thanks for applying for the Regulatory Affairs Associate role in Mississauga. We've received your application and it is now under review by our hiring team.

We aim to get back to every applicant within three weeks. In the meantime, you can track your status in your Brightmoor candidate profile.

Thanks,
Brightmoor Biologics Talent Team
Powered by Greenhouse`, 'Thanks for applying to Brightmoor Biologics'),

  // 107 hold Brightmoor application generic delay
  hold('application', ['generic'], {},
    `Hi Simran,

I wanted to let you know that review of applications for the Regulatory Affairs Associate role is taking longer than we planned, as the hiring manager has been travelling for a submission meeting. Your application is still under consideration and we expect to contact applicants in the next two to three weeks.

Thank you for your patience.

Leah Fontaine
Talent Partner, Brightmoor Biologics`, 'Update on your application - Regulatory Affairs Associate'),

  // 108 rej Keldara remote MIS interview generic offered
  rej('interview', ['generic'], { ...offered },
    `Hi Simran,

Thanks for your interview last week for the Drug Information Specialist (remote, English) role. We have now completed all interviews and, after careful consideration, we will not be moving forward with your application.

If you'd find it helpful, I'm happy to share some feedback from the panel. Just let me know and we can set up a short call.

All the best,
Geneviève Roy
Conseillère, Acquisition de talents
Keldara Therapeutics`, 'Drug Information Specialist - update'),

  // 109 ack Norvalis RA
  other(`Dear Simran Aulakh,

Thank you for applying for the position Regulatory Affairs Associate II (R-2026-05902) at Norvalis Pharma Canada Inc.

We have received your application. Our team will carefully review your qualifications, and should there be a match, we will be in touch regarding next steps.

We appreciate your interest in joining Norvalis.

Norvalis Talent Acquisition
This is an automated message from Workday. Please do not reply.`, 'We received your application - Regulatory Affairs Associate II'),

  // 110 webinar follow-up
  other(`Dear Simran,

Thank you for registering for "From the Counter to Industry: Pharmacists in Medical Affairs". We're sorry we couldn't fit everyone's questions in!

As promised, here is the recording and the slides. Our panelists also put together a short reading list on regulatory affairs certificates and MSL competencies.

Watch the recording | Download the slides

Our next session, "Writing a resume for medical affairs", takes place on September 23. We hope to see you there.

Canadian Society of Pharmacists in Industry`, 'Recording: From the Counter to Industry'),

  // 111 rej provincial interview role_closed door
  rej('interview', ['role_closed'], { ...door },
    `Dear Simran,

Re: Drug Policy Analyst (ODPRA-2026-118)

Further to our message in August, we regret to advise that, as a result of the Agency's restructuring of its drug programs division, the Drug Policy Analyst position has been cancelled and the competition is now closed. No appointment will be made.

We recognise the time you invested in the written assessment and interview, and we thank you for your patience. We encourage you to apply for future opportunities with the Agency, which are posted on the Ontario Public Service careers site.

Human Resources Services
Ontario Drug Programs Review Agency`, 'ODPRA-2026-118: Competition closed'),

  // 112 agency invitation
  other(`Hi Simran,

Hope September is treating you well. I've got something I'd like to put you forward for: a 12-month contract Medical Science Liaison role, cardiometabolic, covering the GTA and southwestern Ontario, with one of the big drug makers in Mississauga. Remote with travel, car allowance, contract rate around $60-65/hr.

They're open to pharmacists with strong clinical backgrounds, though it'll be a stretch. Happy for me to submit your CV? I'd also like to tweak your summary a bit to pull out your diabetes clinic days and the anticoagulation work. Could you send me an updated version by Thursday?

Devon
RxBridge Pharma Talent`, 'MSL contract - can I submit you?'),

  // 113 rej Greenleaf final position_filled door
  rej('final', ['position_filled'], { ...door },
    `Dear Simran,

Thank you for your time throughout the process for the Drug Information Pharmacist role, and particularly for the final interview with our VP of Pharmacy Benefits and the clinical team last week.

We wanted to let you know personally that we have extended an offer to another finalist, and that offer has been accepted. This was a close decision, and we were impressed by your patient-focused approach and your understanding of formulary management.

We'd be glad to consider you for future clinical roles at Greenleaf and will reach out if something suitable comes up.

Warm regards,
Erin Castellanos
Talent Acquisition Advisor, Greenleaf Life & Health`, 'Drug Information Pharmacist - final decision'),

  // 114 interview invitation Norvalis RA
  other(`Hi Simran,

Thank you for your interest in the Regulatory Affairs Associate II role. The hiring manager, Priya Venkataraman, would like to meet you for a first interview.

Format: video call (Microsoft Teams), 45 minutes
Proposed times: Monday Sept 21 at 2:00 pm or Tuesday Sept 22 at 9:30 am (ET)

Please reply with the time that works best, and we'll send the calendar invitation.

Kind regards,
Aisha Rahman
Talent Acquisition Partner, Norvalis Pharma Canada`, 'Interview - Regulatory Affairs Associate II'),

  // 115 rej Tessera CTA overqualified
  rej('application', ['overqualified'], { ...fb },
    `Hi Simran,

Thank you for applying for the Clinical Trial Assistant position.

We reviewed your application carefully. This is an entry-level administrative role focused on trial master file maintenance and meeting logistics, and as a PharmD with seven years of clinical practice, your experience considerably exceeds what the position calls for. We've decided not to move forward with your application for this role.

Thanks for your interest in Tessera.

Marco Bellini
Recruiter, Tessera Clinical Research`, 'Clinical Trial Assistant - Tessera'),

  // 116 rej Pinnacle screen role_closed after hold, door
  rej('screen', ['role_closed'], { ...door },
    `Hi Simran,

I promised I'd come back to you on the Medical Information Specialist (outsourced) role. Unfortunately the client decided not to proceed with the contract, so the position no longer exists and we've closed the search. I'm sorry, as I know you were patient with us over the summer.

We'll keep your profile active and I'll reach out directly if a similar role comes up with another client.

Best,
Jordana Whitlock
Talent Acquisition, Pinnacle Medical Communications

On Jul 6, Jordana Whitlock wrote:
> Hi Simran, thanks again for the chat last week. The client has pushed their decision back to at least August, so we are pausing the search until then.`, 'Re: Medical Information Specialist - pausing for now'),

  // 117 job alert
  other(`PharmaJobs Canada - Your daily job alert

Hi Simran, 3 new jobs matching "medical science liaison" in Ontario:

• Medical Science Liaison, Rare Disease - Brightmoor Biologics - Remote (Ontario)
• Medical Advisor - Norvalis Pharma Canada - Mississauga, ON
• Medical Information Pharmacist - Brightmoor Biologics - Toronto, ON (hybrid)

Apply early: these jobs have fewer than 25 applicants.
Edit alert | Unsubscribe`, 'New jobs for "medical science liaison"'),

  // 118 rej agency MSL skills_gap door
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Simran,

Heard back on the MSL contract. The client's medical director read your CV and liked the clinical depth, but for this one they're set on someone with either a PhD or at least two years as an MSL or in a hospital specialty role, because the MSL will be presenting to cardiologists and endocrinologists from the first month. Community practice, even with the diabetes work, wasn't enough for them this time.

Don't be discouraged. Once the RA certificate is done and you've got a year in medical information under your belt, MSL roles will be a lot more realistic, and I'll keep you in mind for them.

Devon
RxBridge Pharma Talent`, 'MSL contract - client feedback'),

  // 119 hold Norvalis interview generic
  hold('interview', ['generic'], {},
    `Hi Simran,

Thanks again for your interview with Priya for the Regulatory Affairs Associate II role. I wanted to give you a quick update: Priya has been unexpectedly out of office, so the next round of interviews has been pushed back by about two weeks. You're still in consideration, and I'll be in touch with scheduling as soon as she's back.

Apologies for the delay, and thank you for your patience.

Aisha Rahman
Talent Acquisition Partner, Norvalis Pharma Canada`, 'Regulatory Affairs Associate II - timing update'),

  // 120 rej Brightmoor application salary
  rej('application', ['salary'], { ...fb },
    `Hi Simran,

Thanks for your patience while we reviewed applications for the Regulatory Affairs Associate role.

I'm sorry to say we won't be moving forward. In your application you gave a salary expectation of $98,000, and the range for this associate-level position is $72,000 to $82,000. Since that's a substantial gap, we don't think it would be fair to continue the process.

Thank you for your interest in Brightmoor.

Leah Fontaine
Talent Partner, Brightmoor Biologics`, 'Regulatory Affairs Associate - Brightmoor Biologics'),

  // 121 ack Greenleaf
  other(`Dear Simran,

Thank you for applying for the Clinical Program Pharmacist position at Greenleaf Life & Health. This message confirms that we've received your application.

What happens next: our Talent Acquisition team reviews every application. If your background matches the needs of the role, a recruiter will contact you to schedule an initial conversation.

Greenleaf Talent Acquisition
Please do not respond to this email, as this mailbox is not monitored.`, 'Application received - Clinical Program Pharmacist'),

  // 122 rej Keldara RA interview location
  rej('interview', ['location'], { ...fb },
    `Hi Simran,

Thank you for the video interview for the Regulatory Affairs Specialist position with our team. We enjoyed hearing about your certificate work on Health Canada submissions.

After the interviews, our leadership confirmed that this position will need to work from our Montreal office at least three days a week, rather than remotely as first advertised. Since you told us you'd like to stay in Toronto, we've decided not to continue with your application for this role.

We're sorry for the change and wish you well.

Geneviève Roy
Talent Acquisition, Keldara Therapeutics`, 'Regulatory Affairs Specialist - Keldara'),

  // 123 college renewal reminder
  other(`Dear Simran Aulakh,

Our records show that your annual registration renewal is due by October 31. To renew, log in to the registrant portal and complete the renewal declarations and fee payment.

If you have changed your practice setting (for example, moved to a role in industry, government or insurance), please update your place of practice and indicate whether you are in a patient-care or non-patient-care role.

Thank you,
Registration Programs
Ontario College of Pharmacy Professionals
Please do not reply to this automated email.`, 'Reminder: annual registration renewal due'),

  // 124 rej Norvalis RA final skills_gap offered
  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Dear Simran,

Thank you for coming to our Mississauga office for the final round for the Regulatory Affairs Associate II role, and for the panel presentation on the labelling change scenario.

I'm sorry to let you know that we've decided not to offer you the position. The panel was impressed with your clinical knowledge, but the role needs hands-on experience compiling and publishing eCTD submissions, and another candidate had already done this for two Health Canada filings.

Priya would be happy to speak with you about the panel's other observations if that would be useful. Just let me know and I'll find a time.

Kind regards,
Aisha Rahman
Talent Acquisition Partner, Norvalis Pharma Canada`, 'Regulatory Affairs Associate II - outcome'),

  // 125 job alert
  other(`Medhunt | Jobs picked for you

Simran, based on your recent searches:

Medical Information Pharmacist - Brightmoor Biologics - Toronto, ON - $88K-$102K
Pharmacovigilance Specialist - Tessera Clinical Research - Remote
Scientific Services Associate - Pinnacle Medical Communications - Toronto, ON

Employers viewed your profile 7 times this week. Complete your profile to stand out!

Unsubscribe`, 'Employers are looking at your profile'),

  // 126 rej Greenleaf application generic door
  rej('application', ['generic'], { ...door },
    `Dear Simran,

Thank you for your interest in the Clinical Program Pharmacist position with Greenleaf Life & Health.

After careful review, we have decided to pursue other candidates for this role. We will keep your resume in our talent database and encourage you to apply for other positions that fit your background.

Greenleaf Talent Acquisition

Please do not respond to this email, as this mailbox is not monitored.`, 'Clinical Program Pharmacist - update'),

  // 127 agency check-in
  other(`Hi Simran,

Checking in after the Norvalis news, and sorry it wasn't the outcome we wanted. How are the other applications going? I saw Brightmoor has a permanent Medical Information Pharmacist role open again; if you haven't applied, I think you should. Happy to look over your cover letter before it goes.

Let me know if you want a coffee next week near Union Station.

Devon
RxBridge Pharma Talent`, 'How are things going?'),

  // 128 interview scheduling Brightmoor
  other(`Hi Simran,

Thank you for applying to the Medical Information Pharmacist position. We'd love to move you forward to an interview with Dr. Omar Siddiqui, Associate Director, Medical Information.

Please pick a 45-minute slot that suits you from the scheduling link below. The interview will be held over Zoom.

Pick a time

Best,
Leah Fontaine
Talent Partner, Brightmoor Biologics`, 'Brightmoor Biologics - interview scheduling'),

  // 129 rej Tessera PV interview assessment
  rej('interview', ['assessment'], { ...fb },
    `Hi Simran,

Thank you for interviewing with us for the Pharmacovigilance Specialist role, and for doing the case processing exercise at the end of the interview.

I'm sorry to say we won't be moving forward. The interview part went well, but in the exercise two of the four cases were coded to the wrong MedDRA preferred term and the seriousness criteria for the hospitalisation case were missed. Accuracy on case processing is the core of this role, so that was decisive for the team.

Thank you again for your time.

Marco Bellini
Recruiter, Tessera Clinical Research`, 'Pharmacovigilance Specialist - outcome'),

  // 130 final interview invite Brightmoor
  other(`Hi Simran,

Great news! Omar and the team enjoyed your interview and would like to invite you to the final round for the Medical Information Pharmacist role.

The final round is a 2-hour visit to our Toronto office (Liberty Village) on Thursday, October 29, and includes a 15-minute presentation on a medical information response you've written, a panel interview, and a chat with the team. Details and the presentation brief are attached.

Please confirm you can attend.

Best,
Leah Fontaine
Talent Partner, Brightmoor Biologics`, 'Final round invitation - Medical Information Pharmacist'),

  // 131 rej Pinnacle interview culture_fit
  rej('interview', ['culture_fit'], { ...fb },
    `Hi Simran,

Thanks for interviewing for the Scientific Services Associate role last week and for meeting the account team.

We've decided not to move forward. The team felt very positively about your scientific knowledge. Where they hesitated was around working style: this role is on a fast-moving agency floor with constant client changes, and in the interview you said you prefer a steady, structured workload with clearly defined procedures, which is quite different from how our teams operate day to day.

I hope the right role comes along soon.

Jordana Whitlock
Talent Acquisition, Pinnacle Medical Communications`, 'Scientific Services Associate'),

  // 132 offer Brightmoor
  other(`Dear Simran,

On behalf of Brightmoor Biologics, I am delighted to offer you the position of Medical Information Pharmacist, reporting to Dr. Omar Siddiqui, Associate Director, Medical Information.

Your starting salary will be $94,000 per year, with an annual bonus target of 8%, comprehensive benefits and a hybrid schedule (two days a week at our Toronto office). Your proposed start date is Monday, December 7, 2026. Brightmoor will also support the completion of your Regulatory Affairs certificate through our education assistance programme.

The formal offer letter is attached. Please review and sign it by November 10. If you have any questions, I'd be glad to talk them through.

We're very much looking forward to welcoming you to the team.

Warm regards,
Leah Fontaine
Talent Partner, Brightmoor Biologics`, 'Offer of employment - Medical Information Pharmacist'),

  // 133 withdrawal confirmation
  other(`Hi Simran,

Thank you for letting us know that you have accepted another position and would like to withdraw your application for Regulatory Submissions Publisher. We have withdrawn your application as requested.

Congratulations on your new role, and we wish you every success. Your Talent Community membership remains active unless you choose to leave it.

Tessera Clinical Research - Talent Team`, 'Application withdrawn - Regulatory Submissions Publisher'),

  // 134 agency congratulations
  other(`Simran! Congratulations on the Brightmoor offer, that's brilliant news and thoroughly deserved after the year you've had. Let's get that coffee before you start. I'll take you off my active candidate list for now, but stay in touch.

Devon`, 'Re: Brightmoor offer'),
];
