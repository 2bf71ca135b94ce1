/**
 * Sealed messages of the thirty-seventh round. The first half is declines from many employers, vendors and HR
 * template sites in many countries and sectors: tracking-system letters (Greenhouse, Lever, Workday, SmartRecruiters,
 * Ashby, iCIMS, Taleo, Workable, Teamtailor, Personio, BambooHR, Recruitee, JobScore style), HR template letters with
 * a merge field left in, agency recruiters, hiring managers and founders writing by hand, HTML leftovers and replies
 * with quoted history, at every stage and with every reason. The second half is six months of one inbox: a software
 * tester in Berlin moving into product management, applying in Germany, the Netherlands, remotely across the EU and to
 * a few US companies, with acknowledgements, invitations, recruiter check-ins, job alerts, a community newsletter, a
 * visa question, paused processes, declines and an offer at the end.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s37-');

export const HANDWRITTEN_SEALED_37: readonly CorpusLine[] = [
  // ── Part one: many employers
  // 1 Greenhouse style, application, generic
  rej('application', ['generic'], {},
    `Hi Tomasz,

Thank you for your interest in Quillmark and for applying to the Data Analyst position. We've reviewed your application and have decided not to move forward at this time.

We appreciate the time you took to apply and wish you the best.

The Quillmark Recruiting Team

Powered by Greenhouse`, 'Your application to Quillmark'),

  // 2 Lever, application, profile_mismatch + door
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Amara,

Thanks so much for your interest in the Customer Success Manager role at Fernhollow. We read every application carefully, and in this case we've decided to move ahead with candidates whose backgrounds more closely align with what the team needs right now.

We'd love to stay in touch, though. Keep an eye on our careers page, and please don't hesitate to apply for future openings that catch your eye.

All the best,
Fernhollow Talent

Sent via Lever`, 'Fernhollow | Customer Success Manager'),

  // 3 Workday, HR template, merge field left in, application, generic
  rej('application', ['generic'], {},
    `Dear {{Candidate.FirstName}},

Thank you for your application for the position of Maintenance Planner (Req ID R-0048813) at Ostrava Rail Components a.s.

After careful review of your application, we regret to inform you that we will not be progressing your candidacy further.

We thank you for your interest in our company.

Yours sincerely,
Human Resources

This is an automatically generated message. Please do not reply to this email.`, 'Application status update - R-0048813'),

  // 4 SmartRecruiters, screen, location
  rej('screen', ['location'], { ...fb },
    `Dear Rahul,

Thank you for taking the time to speak with me on Thursday about the Field Service Engineer opening in Calgary.

As we discussed on the call, this role requires the engineer to live within driving distance of our Alberta sites, and it is not eligible for relocation support or for sponsorship of a work permit. Since you would need both to take the role from Pune, we are not able to continue with your application.

Thank you again for your interest in Prairieforge Instruments.

Regards,
Melissa Tran
Talent Acquisition Partner`, 'Field Service Engineer - Calgary'),

  // 5 Ashby, assessment, assessment with detail
  rej('assessment', ['assessment'], { ...fb },
    `Hi Jonas,

Thank you for completing the take-home exercise for the Backend Engineer role at Tidewell.

Our reviewers spent time with your submission. The core endpoints worked, but the solution did not handle concurrent writes to the same ledger account, which was the central part of the brief, and the test suite covered only the happy path. Based on this, we won't be moving forward to the interview stage.

We really appreciate the effort you put into it.

Best,
Tidewell Hiring Team`, 'Tidewell take-home: outcome'),

  // 6 iCIMS, application, position_filled
  rej('application', ['position_filled'], {},
    `Dear Candidate,

Thank you for applying for the Pharmacy Technician (Job #22-5519) position at Bayridge Health System. We wanted to let you know that this position has now been filled.

Although we will not be considering your application further for this opening, we encourage you to visit our career site at any time.

Bayridge Health System Talent Acquisition
Bayridge Health System is an Equal Opportunity Employer.`, 'Bayridge Health System - Job #22-5519'),

  // 7 Taleo, interview, generic, long with key in middle
  rej('interview', ['generic'], {},
    `Dear Ms. Okonkwo,

On behalf of Harrowgate Federal Savings Bank, thank you for your interest in the position of Branch Operations Supervisor and for the time you spent interviewing with our branch management team on October 14.

At Harrowgate, we believe that our people are the foundation of the service we provide to our members. For more than ninety years we have been serving communities across Ohio and Pennsylvania, and each hiring decision we make is taken with great care. We consider not only the qualifications of each applicant but also the needs of the branch and the long-term plans of the region.

We received a large number of applications for this position and interviewed several highly qualified individuals. After thorough deliberation, we have selected another candidate for the role.

We know that searching for a new position can take a great deal of time and energy, and we are grateful that you chose to consider Harrowgate as part of your search. Please be aware that applications are retained only for the duration of a specific requisition. Should you wish to be considered for other positions, you will need to apply to each one through our careers site.

Again, thank you for your interest in Harrowgate Federal Savings Bank. We wish you success in your career.

Sincerely,

Talent Acquisition
Harrowgate Federal Savings Bank
Member FDIC | Equal Housing Lender

This email was sent from an unmonitored mailbox.`, 'Branch Operations Supervisor - Harrowgate FSB'),

  // 8 Workable, application, skills_gap (language)
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Lucía,

Thanks for applying to the Inside Sales Representative (Nordics) role at Vellum Systems.

We're looking for someone who can call customers in Swedish and Norwegian from day one, and from your CV it looks like your languages are Spanish, English and French. For that reason we won't be moving forward with your application for this role.

We do hire for the Southern Europe team a few times a year, so please keep an eye on our openings.

Cheers,
Karin at Vellum`, 'Your application for Inside Sales Representative (Nordics)'),

  // 9 Teamtailor, application, role_closed
  rej('application', ['role_closed'], {},
    `Hi Elin,

Thank you for your application to the position as Marknadskoordinator / Marketing Coordinator at Norrskog Outdoor.

We have unfortunately decided not to fill this position after all, following a change in how our marketing team will be organised next year. This means we will not go further with any applications, including yours.

Thank you for your interest in Norrskog.

Kind regards,
Norrskog Outdoor AB`, 'About your application at Norrskog Outdoor'),

  // 10 Personio, application, location + door
  rej('application', ['location'], { ...fb, ...door },
    `Dear Mr. Haddad,

thank you very much for your application as Werkstudent Controlling at Brennwerk Energie GmbH.

For this position we need students who are enrolled at a university in Germany and can be in our Leipzig office at least two days a week. As you are currently studying in Beirut, we are unfortunately unable to consider your application.

We would be happy if you applied again once you are based in Germany.

Best regards
Your Brennwerk Recruiting Team

Brennwerk Energie GmbH · Amtsgericht Leipzig HRB 40417 · Geschäftsführer: Jörg Lindqvist`, 'Your application at Brennwerk Energie'),

  // 11 BambooHR, interview, internal_candidate
  rej('interview', ['internal_candidate'], {},
    `Hi Devon,

I wanted to reach out personally after our interview last week for the Office Manager role. Thank you for the time and thought you put into the conversation.

We've decided to offer the position to someone already on our team who has been covering many of these responsibilities over the last few months. It was a close call, and this is no reflection on you.

Warmly,
Grace Whitfield
Operations Director, Sunmeadow Design Studio`, 'Office Manager at Sunmeadow'),

  // 12 Recruitee, application, salary
  rej('application', ['salary'], { ...fb },
    `Dear Pieter,

Thank you for applying for the role of Senior Accountant at Greenveld Logistics.

In your application you mentioned a salary expectation of EUR 78,000. The budget for this position has been set at a maximum of EUR 62,000, and we are not able to go above that. Because the difference is so large, we have decided not to continue with your application.

We appreciate your interest and wish you the best.

Kind regards,
Yvonne de Bruin
HR Advisor, Greenveld Logistics B.V.`, 'Sollicitatie Senior Accountant'),

  // 13 JobScore, application, generic, very short
  rej('application', ['generic'], {},
    `Thank you for applying for Line Cook at Brass Lantern Kitchen. We have decided to pursue other applicants at this time. Best of luck!`, 'Line Cook at Brass Lantern Kitchen'),

  // 14 agency, screen, overqualified
  rej('screen', ['overqualified'], { ...fb, ...door },
    `Hi Gerald,

Good to talk yesterday. I went back to the client after our chat and unfortunately they don't want to take it further. Their view is that with twenty years as a finance director you'd be well over the level of this Financial Controller role, and they're worried you'd be bored and gone within a year.

Not what either of us wanted to hear, but I'd rather be straight with you. I've got a couple of FD-level briefs coming in next month that are a much better match, so I'll be in touch when they land.

Cheers,
Nick Pemberton
Senior Consultant – Finance Practice
Carrow & Lyle Recruitment, Manchester`, 'Re: Financial Controller - Stockport'),

  // 15 hiring manager by hand, interview, skills_gap
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Mei,

Thanks for coming in on Tuesday to meet me and Arturo. We enjoyed the conversation.

I'm going to be direct: we've decided not to move ahead. For this role we really need someone who has managed a SOC 2 audit from start to finish, and it sounded like your compliance experience so far has been on ISO 27001 only. That gap matters a lot for us in the next six months.

If you'd like to talk more about it, I'm happy to get on a call.

Best,
Ryan Calloway
Head of Security, Ledgerpine`, 'Security Compliance Lead'),

  // 16 founder by hand, final, culture_fit
  rej('final', ['culture_fit'], { ...fb },
    `Hey Sasha,

Thank you for spending the whole of Friday with us. You met nearly the whole company, which for a team of nine is a real commitment on both sides.

This was a hard decision. Everyone agreed you know the design craft well. Where we landed was about how we work: we are tiny, everything is messy, and people ship half-finished things to customers every day. Through the day you said a few times that you prefer to have a clear spec and time to polish before anything goes out, and we think you'd be frustrated here. So we're not going to make an offer.

I hope you find a place that values the way you work, because it is a strength somewhere else.

Omar
Co-founder, Patchwork Farms`, 'Friday'),

  // 17 HTML leftover, application, generic
  rej('application', ['generic'], {},
    `<html><body><table width="600"><tr><td style="font-family:Arial">
Dear Applicant,<br><br>
Thank you for your interest in the <b>Warehouse Associate</b> position at Ridgeline Distribution.<br><br>
We have carefully reviewed all applications and regret to inform you that you have not been selected to move forward in our hiring process.<br><br>
Sincerely,<br>
Ridgeline Distribution HR
</td></tr></table>
<p style="font-size:10px;color:#999">You are receiving this email because you applied at careers.ridgelinedist.com. &nbsp;|&nbsp; Unsubscribe</p>
</body></html>`, 'Warehouse Associate'),

  // 18 reply in thread, interview, position_filled + door
  rej('interview', ['position_filled'], { ...door },
    `Hi Kwame,

Sorry for the slow reply, it's been a busy few weeks. I'm afraid we offered the role to another candidate last Monday and she has now accepted.

You were very close, and I'd genuinely like to keep your details for the next project manager opening. I'll reach out directly when it comes up.

Best,
Abena Mensah
Programme Lead, Goldcoast Civic Tech

On Tue, 9 Apr 2024 at 08:55, Kwame Asante wrote:
> Hello Abena, I hope you are well. I wanted to follow up on the interview I had with you and Kofi on 28 March. Is there any update on the Project Manager position?
> Thank you, Kwame`, 'Re: Project Manager - follow up'),

  // 19 Greenhouse, final, position_filled
  rej('final', ['position_filled'], {},
    `Hi Ingrid,

Thank you for taking part in the final round for the Staff Product Designer role at Coralstack. We know it was a big time investment, with four conversations and a portfolio presentation.

We've now extended an offer to another candidate, who has accepted, so we're closing the search.

Thank you again, and all the best with what comes next.

Dana
Recruiting at Coralstack`, 'Update on your Coralstack interviews'),

  // 20 Workday, screen, role_closed
  rej('screen', ['role_closed'], {},
    `Dear Farid,

Thank you for your recent phone conversation with our recruiting team regarding the position of Procurement Analyst (JR-113094).

We are writing to let you know that this requisition has been cancelled due to changes in business needs. As a result, your application will no longer be considered for this position.

We appreciate your interest in Meridale Foods and encourage you to explore other opportunities on our career site.

Meridale Foods Talent Acquisition

Please do not reply to this message. This mailbox is not monitored.`, 'Your application for Procurement Analyst (JR-113094)'),

  // 21 HR template, application, overqualified
  rej('application', ['overqualified'], { ...fb },
    `Dear Dr. Lindqvist,

Thank you for your application for the position of Laboratory Assistant in our quality control department.

We have read your CV with great interest. With a doctorate and eight years of independent research, your experience goes far beyond what this entry-level role involves, and we do not think it would give you the challenge you are looking for. We have therefore decided not to take your application further.

We wish you every success in your search.

Yours sincerely,
Petra Hovland
HR Coordinator, Nordlys Aquaculture AS`, 'Laboratory Assistant - your application'),

  // 22 agency, interview, salary + door
  rej('interview', ['salary'], { ...fb, ...door },
    `Hi Chloe,

Feedback from Hartfield's interview yesterday. They liked you a lot, especially the way you handled the question about the supplier dispute. The sticking point is money: you're at 65k and the very top of their band is 55k, and they've told me they can't move on that. So they won't be taking it further.

I know that's frustrating. I've got you on my list for the two senior buyer roles I'm working on that pay properly, I'll call you Monday.

Sophie Marsh
Principal Consultant | Brightwater Talent, Leeds
07700 900 431`, 'Hartfield feedback'),

  // 23 very short, application, generic
  rej('application', ['generic'], {},
    `Thanks for your interest in Pellucid Labs. Unfortunately we won't be moving forward with your application.`, 'Pellucid Labs'),

  // 24 SmartRecruiters, assessment, assessment (no detail), generic outcome of test
  rej('assessment', ['assessment'], {},
    `Dear Anjali,

Thank you for completing the online numerical and verbal reasoning assessments for our Graduate Programme 2025.

Unfortunately, your results did not meet the level required to progress to the next stage of the selection process, and we will not be able to consider your application further this year.

We appreciate the time and effort you have invested.

Kind regards,
Graduate Recruitment Team
Ashcombe & Wray LLP`, 'Graduate Programme 2025 - assessment outcome'),

  // 25 Lever, interview, profile_mismatch + offered
  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Mateus,

Thanks again for speaking with Lena and Owen about the Growth Marketing Manager role. After discussing as a team, we've decided to move forward with a candidate whose experience is a closer match for where we are as a company.

We know this isn't the news you were hoping for. If you'd find it helpful, reply here and I can set up a short call to share some thoughts from the team.

Best,
Harper
Talent Partner, Orbitly`, 'Orbitly: Growth Marketing Manager'),

  // 26 government / public sector, assessment centre, assessment with score
  rej('assessment', ['assessment'], { ...fb },
    `Dear Ms. Fitzgerald,

Thank you for attending the assessment centre for the Executive Officer campaign (reference 2024-EO-0871).

Your overall score was 21 out of 35. The pass mark for this campaign was set at 25. You scored well in the written exercise (8/10) but below the required level in the group exercise and the in-tray exercise.

As a result, you have not been successful on this occasion and your name will not be placed on the panel.

Yours sincerely,
Recruitment Unit
Office of Public Appointments and Staffing`, 'Executive Officer campaign - result'),

  // 27 university, application, skills_gap (degree)
  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr. Yilmaz,

Thank you for your application for the post of Research Associate in Computational Hydrology (Ref. ENG-2291).

The shortlisting panel has now met. The person specification for this post lists a PhD in hydrology, civil engineering or a closely related field as an essential criterion, and we were not able to see that this criterion was met in your application. Unfortunately you have therefore not been shortlisted for interview.

Thank you for your interest in working at the University.

Faculty of Engineering HR Office`, 'Ref. ENG-2291 - outcome of shortlisting'),

  // 28 Ashby, screen, generic
  rej('screen', ['generic'], {},
    `Hi Priyanka,

Thanks for the time on our intro call earlier this week. We've given it a lot of thought and decided not to move forward with your candidacy for the Solutions Engineer role.

Wishing you the very best,
Jordan at Helixa`, 'Helixa - Solutions Engineer'),

  // 29 hospitality, interview, location
  rej('interview', ['location'], { ...fb },
    `Dear Khalid,

Thank you for attending the video interview for the position of Front Office Manager at the Azure Cove Resort, Maldives.

Our management was very pleased with the interview. Unfortunately, following a recent change in the employment visa quota for our property, we are currently only able to hire candidates who already hold a valid Maldivian work permit or are Maldivian nationals. As you would require a new work visa, we are unable to proceed with your application.

With kind regards,
Human Resources Department
Azure Cove Resort & Spa`, 'Front Office Manager application'),

  // 30 Teamtailor, final, internal_candidate + door
  rej('final', ['internal_candidate'], { ...door },
    `Hi Freja,

Thank you so much for meeting our CEO and the board representative in the final step for the Head of People role.

We've decided to appoint a colleague from inside the company, who has been leading our people work in Aarhus for several years. It was a very close decision between the two finalists.

We'd love to keep you in our talent pool and will contact you if a suitable role opens up.

Warm regards,
Mette Lauridsen
Blåvand Energi`, 'Head of People - final decision'),

  // 31 BambooHR, application, role_closed
  rej('application', ['role_closed'], {},
    `Hello Simone,

Thank you for your interest in the Event Coordinator position with Cedar Hollow Winery.

Due to a change in our plans for next season, we have decided not to hire for this role at this time, and the position has been closed. We're grateful you thought of us.

Best regards,
Cedar Hollow Winery`, 'Event Coordinator'),

  // 32 HR template merge field, interview, generic
  rej('interview', ['generic'], {},
    `Dear [FIRST_NAME],

Thank you for interviewing with Castellane Cosmetics for the position of [JOB_TITLE]. We appreciated the opportunity to learn more about you.

After careful consideration, we regret to inform you that we will not be moving forward with your candidacy.

We wish you all the best.

Talent Acquisition | Castellane Cosmetics`, 'Your interview with Castellane Cosmetics'),

  // 33 agency, application, skills_gap (years)
  rej('application', ['skills_gap'], { ...fb },
    `Hi Olu,

Thanks for sending your CV over for the Senior Data Engineer role with my client in Amsterdam.

I've had it back from their hiring manager and unfortunately it's a no this time. They're set on at least five years of hands-on work with Spark in production, and you've got just under two. Everything else looked good.

Speak soon,
Dan Whitcombe
Talent Bridge Partners`, 'Senior Data Engineer - Amsterdam'),

  // 34 startup founder, application, overqualified
  rej('application', ['overqualified'], { ...fb },
    `Hi Helen,

Thank you for applying to be our first operations hire. I was genuinely surprised to get an application from someone who has run operations for a 400-person company.

Honestly, this role is mostly booking couriers, chasing invoices and answering the support inbox, and I think someone with your experience would be underused and unhappy within weeks. So I'm going to pass, with a lot of respect.

Best,
Kai Nakamura
Founder, Loop & Leaf`, 'Re: Operations role at Loop & Leaf'),

  // 35 Workday, final, generic
  rej('final', ['generic'], {},
    `Dear Anton,

Thank you for participating in the final interview round for the Supply Chain Manager position at Halvorsen Maritime.

After careful evaluation, we regret to inform you that we have decided not to extend an offer to you.

Sincerely,
Halvorsen Maritime Talent Acquisition`, 'Supply Chain Manager - update'),

  // 36 iCIMS, screen, salary
  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Marisol,

Thank you for taking my call on Wednesday about the Clinical Data Manager opportunity with Stonebridge Clinical Research.

I shared your salary expectation of $135,000 with the hiring team. The approved range for this role tops out at $112,000, so unfortunately we aren't able to move forward. We'd be happy to consider you for more senior openings in the future, and I'll keep your profile active in our system.

Best regards,
Trevor Quinn
Senior Recruiter, Stonebridge Clinical Research`, 'Clinical Data Manager - Stonebridge'),
  // 37 long NGO letter, interview, profile_mismatch, key in middle
  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Nadia,

Thank you very much for your interest in joining Wellspring Relief International as Programme Officer for our Livelihoods portfolio in Amman, and for the time you gave to the panel interview on 3 June.

As you know, Wellspring works with refugee and host communities in four countries, and our livelihoods work has grown considerably over the past two years. The Programme Officer role sits at the centre of that growth, coordinating between our field teams, our partners in local civil society and our institutional donors. It is a role that requires a very particular mix of experience, and we were fortunate to receive over two hundred applications from people with impressive backgrounds.

The panel interviewed six candidates. Having reviewed all interviews and written exercises together, the panel concluded that other candidates' experience was better suited to the requirements of this specific position, and we will not be offering you the role. This was not an easy decision, and we want to thank you for the care you clearly put into preparing.

We understand that this news is disappointing. We would like to encourage you to continue following our vacancies, as we expect to recruit for several programme roles in the region during the coming year, and we would welcome another application from you.

Wellspring is committed to safeguarding and to equal opportunities. All personal data shared during this recruitment will be kept for six months and then deleted in line with our data protection policy.

With best wishes,

Rania Haddad
HR Business Partner, Middle East Region
Wellspring Relief International`, 'Programme Officer - Livelihoods (Amman)'),

  // 38 hiring manager, interview, culture_fit + offered
  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Hi Bruno,

Thanks for meeting with the team on Wednesday. I wanted to let you know we won't be moving forward.

The feedback I got from the team was mostly about working style. We are a fully async team, everything is written down and decisions happen in documents, and in the interview you said a few times that you do your best work on calls and in a room with people. We think that would make the day-to-day hard for you here.

Happy to talk through any of this if it would help.

Leah Brandt
Engineering Manager, Driftwood Docs`, 'Driftwood Docs interview'),

  // 39 Greenhouse, interview, position_filled + role? no: internal_candidate
  rej('interview', ['internal_candidate'], {},
    `Hi Sebastián,

Thank you for interviewing for the Revenue Operations Analyst position at Plinth. We enjoyed getting to know you.

After our conversations, we've decided to fill the role through an internal transfer from our sales team. We wanted to let you know as soon as the decision was made.

Thanks again for your time,
The Plinth Recruiting Team`, 'Plinth - Revenue Operations Analyst'),

  // 40 two reasons: location + salary, screen
  rej('screen', ['location', 'salary'], { ...fb },
    `Hi Aiko,

Thanks for the chat this morning. Following up as promised.

I checked with the hiring manager and we have two problems we can't get round: the role needs someone in the Singapore office four days a week, and you'd prefer to stay in Osaka; and the figure you mentioned is about 30% above the range approved for this level. With both of those, I don't think it makes sense to keep going, and I'd rather tell you now than waste your time.

Thank you for being so open on the call.

Wen Jie
Talent Acquisition, Kestrel Logistics APAC`, 'Following up - Regional Analyst'),

  // 41 Lever, assessment, assessment + door
  rej('assessment', ['assessment'], { ...door },
    `Hi Felix,

Thanks for completing the HackerRank challenge for the Junior Developer role at Bramblebyte. Unfortunately your result was below the threshold we use to move candidates to interviews.

We'd encourage you to apply again in the future. Many of our engineers didn't get in on their first try!

Best,
Bramblebyte Talent`, 'Bramblebyte coding challenge'),

  // 42 reply thread Outlook, final, skills_gap + culture? just skills_gap, feedback
  rej('final', ['skills_gap'], { ...fb },
    `Dear Marta,

Thank you for your patience while the panel completed its deliberations. I am sorry to tell you that we will not be offering you the position of Head of Finance.

The deciding factor was statutory reporting: the board needs someone who has led an IFRS group consolidation for a listed company, and this was the area where the final presentation showed the least depth compared to the successful candidate.

Kind regards,
Wiktor Zieliński
CFO, Baltyk Ports S.A.

-----Original Message-----
From: Marta Kowalczyk
Sent: Thursday, 16 May 2024 09:12
To: Wiktor Zieliński
Subject: Head of Finance - final interview

Dear Mr Zieliński,
Thank you for yesterday's final interview and the chance to present to the board. I look forward to hearing from you.
Best regards,
Marta`, 'RE: Head of Finance - final interview'),

  // 43 Taleo, application, skills_gap (licence)
  rej('application', ['skills_gap'], { ...fb },
    `Dear Jamal Price,

Thank you for applying for the position of Registered Nurse - Emergency Department (Requisition 240117).

This position requires a current, unrestricted Registered Nurse licence in the State of Texas or a multistate compact licence. Our records indicate that your application does not include a licence that meets this requirement. Therefore, we are unable to move your application forward at this time.

Thank you for your interest in Lone Star Regional Medical Center.

Talent Acquisition
This is a system-generated message. Replies are not monitored.`, 'Requisition 240117 - Application Status'),

  // 44 role_closed + door, interview
  rej('interview', ['role_closed'], { ...door },
    `Hi Zanele,

I'm sorry to be writing with this. After your interview with me and Thabo, our leadership team decided to pause all new hiring for the rest of the financial year, and the UX Researcher role has been withdrawn. We won't be able to go further with your application.

I really enjoyed our conversation, and when hiring opens again I'll reach out to you first.

Lindiwe Dube
Design Lead, Karoo Mobile`, 'UX Researcher - sorry'),

  // 45 very short, interview, generic
  rej('interview', ['generic'], {},
    `Hi Tim, thanks for coming in Tuesday. We've gone another way on this one. All the best. - Steve`, 're: Tuesday'),

  // 46 SmartRecruiters, application, profile_mismatch
  rej('application', ['profile_mismatch'], {},
    `Dear Chiara,

Thank you for your application for the position of Export Sales Manager at Lucchesi Macchine S.p.A.

We have carefully examined your profile, and we have to tell you that it does not correspond to the requirements of the position at this time.

Thanking you for your interest in our company, we send our best regards.

HR Department
Lucchesi Macchine S.p.A.`, 'Export Sales Manager - your application'),

  // 47 Workable, interview, overqualified + profile? overqualified only, door
  rej('interview', ['overqualified'], { ...fb, ...door },
    `Hi Arjun,

Thank you for taking the time to interview with us for the QA Analyst position at Cinderpath Games.

The team enjoyed talking with you. Having seen the depth of your experience leading QA for whole studios, we feel this hands-on junior-level role would not make use of what you bring, and we've decided not to continue. If a QA lead position opens, we would love to hear from you again.

Regards,
Maya at Cinderpath`, 'QA Analyst - Cinderpath Games'),

  // 48 Personio, final, position_filled
  rej('final', ['position_filled'], {},
    `Dear Ms. Becker,

thank you once again for the pleasant final conversation at our office in Hamburg and your interest in the position as Teamleitung Kundenservice.

We have now decided on another candidate, who has already signed the contract. We therefore have to give you a negative answer today.

We wish you all the best for your future.

Kind regards
Katja Oltmanns
People & Culture, Nordkurs Reisen GmbH`, 'Your application as Teamleitung Kundenservice'),

  // 49 culture_fit + skills_gap, interview, agency forwarding
  rej('interview', ['culture_fit', 'skills_gap'], { ...fb },
    `Hi Ollie,

Just had the debrief from Vantor on your second interview. It's a no, unfortunately. Two things came out of it. Technically, they felt you hadn't used Terraform enough, and they need someone who can own their infrastructure code from day one. And the team lead said the team is very flat and opinionated and he wasn't sure you'd be comfortable pushing back on people in the way they expect.

I'll be honest, I don't fully agree with the second point, but that's their call.

Let's talk tomorrow about the other two applications.

Priya Dhillon
Tech Recruitment, Northway Search`, 'Vantor feedback'),

  // 50 HTML leftover Workday, application, location
  rej('application', ['location'], {},
    `<div class="wd-email"><p>Dear Candidate,</p>
<p>Thank you for your interest in the position <strong>Tax Associate (Cross-Border)</strong> in New York.</p>
<p>Unfortunately, candidates for this position must be authorized to work in the United States without the need for current or future employer sponsorship. Based on the information you provided in your application, we are unable to consider you for this role.</p>
<p>Regards,<br/>Corwen Hale LLP Recruiting</p></div>
<div style="font-size:9px">&copy; Corwen Hale LLP. Please do not reply to this automated message.</div>`, 'Your application - Tax Associate (Cross-Border)'),

  // 51 internal_candidate, application, short HR
  rej('application', ['internal_candidate'], {},
    `Dear Mr Osei,

Thank you for your application for the role of Facilities Supervisor. We would like to let you know that the position has been filled by an internal applicant, and we are therefore closing the recruitment.

Yours sincerely,
Estates Team, Rothwell Borough Council`, 'Facilities Supervisor - ref FS/0924'),

  // 52 founder, interview, salary
  rej('interview', ['salary'], { ...fb },
    `Hi Camille,

I've thought about our conversation on Friday a lot. You're a great engineer and I'd love to work with you, but I can't get anywhere near the 95k you need. We're seed-stage and the most I can pay for this role is 70k plus equity, and you were clear that equity doesn't work for you right now, which is completely fair.

So I'm going to have to say no for now. Really sorry.

Théo
CTO & co-founder, Fjordly`, 'Our chat'),

  // 53 JobScore, screen, generic + door
  rej('screen', ['generic'], { ...door },
    `Hi Marcus,

Thank you for your phone interview with our recruiting team for the Account Executive position. We have decided to move forward with other candidates at this time.

We'll keep your resume on file and may contact you about future openings.

Sincerely,
Greyfield Software Recruiting`, 'Account Executive - Greyfield Software'),

  // 54 long, final, role_closed, key in middle
  rej('final', ['role_closed'], { ...door, ...offered },
    `Dear Henrik,

I hope this message finds you well, and thank you again for the time and energy you have given to our process for the role of Director of Partnerships. Over the past six weeks you have met with eight of our colleagues, including the final panel with our Managing Director and the Chair of our Advisory Board, and every one of them came away with a strong impression of you.

I wanted to write to you personally rather than let this arrive as a standard notice. As you may have seen in the news last week, our parent group has announced a wide review of its European operations, including a merger of our partnerships function with the group team in Brussels. As a consequence, the Director of Partnerships role in Copenhagen no longer exists in its current form and the recruitment has been withdrawn. I am truly sorry that this means we cannot conclude the process with you.

This decision has nothing to do with your candidacy. If you are open to it, I would like to keep in contact, because I expect new senior roles to come out of the review later in the year and I would be glad to bring your name forward. I am also very happy to share the notes from your panel if you would find them useful, just reply and we can arrange a time.

Once more, thank you for your patience and your generosity with your time.

With warm regards,

Sofie Kragh
Head of Talent, Nordvent Group Denmark
Vesterbrogade 112, 1620 København V

CONFIDENTIALITY NOTICE: This email and any attachments are for the sole use of the intended recipient and may contain confidential information. If you have received this email in error, please notify the sender and delete it.`, 'Director of Partnerships - an update'),

  // 55 recruiter, final, position_filled + internal? no: two finalists, generic? -> profile_mismatch, feedbackOffered
  rej('final', ['profile_mismatch'], { ...offered },
    `Hi Leila,

I wanted to call but couldn't reach you, so here's a note. The client has gone with the other finalist for the Marketing Director role. They said it came down to fine margins and that her background was slightly closer to what they need.

Give me a ring when you're free and I'll go through the detailed feedback from the panel with you.

Ellie
Hollis Executive Search`, 'Marketing Director'),

  // 56 assessment case study, assessment + skills? just assessment fb
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Wanjiru,

Thank you for completing the financial modelling case for the Investment Analyst role at Savannah Growth Partners.

Our team reviewed your model carefully. The structure was clear and the presentation was good, but the working capital assumptions were not linked to the revenue build, and the valuation used a discount rate that was not supported in your notes. For those reasons, we will not be proceeding to interviews.

We encourage you to apply for future analyst cohorts.

Kind regards,
Recruitment, Savannah Growth Partners, Nairobi`, 'Investment Analyst - case study outcome'),

  // 57 retail, application, location (availability/onsite)
  rej('application', ['location'], { ...fb },
    `Hi Jade,

Thanks for applying for the Store Supervisor role at our Brighton shop. We noticed in your application that you're looking for a fully remote role, and this position is entirely in store, five days a week. Because of this we won't be taking your application forward.

Thanks again,
Hatch & Hearth Homeware`, 'Store Supervisor - Brighton'),

  // 58 Recruitee, interview, skills_gap language
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Ahmed,

Thank you for the interview last Thursday for the position of Junior Project Manager.

In the conversation it became clear that your Dutch is not yet at the level we need for daily contact with our municipal clients, who expect meetings and reports in Dutch. For this reason we have decided not to continue with your application.

We were very impressed by your project experience, and would welcome a new application once your Dutch has progressed.

Kind regards,
Sanne Vermeulen
HR, Polderbouw Advies B.V.`, 'Junior Project Manager'),

  // 59 culture_fit, application (values), short
  rej('application', ['culture_fit'], {},
    `Hi Riley,

Thank you for applying to Ember & Oak. We read through your application and the answers to our values questions, and we don't think we'd be the right cultural fit for each other at this time.

Best wishes,
Ember & Oak Hiring`, 'Ember & Oak application'),

  // 60 background check, generic, assessment stage
  rej('assessment', ['generic'], {},
    `Dear Mr. Delgado,

This letter is to inform you that, based in whole or in part on information contained in the consumer report obtained as part of our background screening process, Cascade Freight Lines has decided not to proceed with your conditional employment for the position of Dispatcher.

A copy of the report and a summary of your rights under the Fair Credit Reporting Act are enclosed.

Sincerely,
Human Resources, Cascade Freight Lines`, 'Notice of Adverse Action'),

  // 61 profile_mismatch + location, application, agency
  rej('application', ['profile_mismatch', 'location'], { ...fb },
    `Hi Bea,

Quick update on the Product Owner role in Zurich. The client has looked at your CV and doesn't think your background is the right match for them. They also flagged that they need someone already living in Switzerland with a work permit, which doesn't apply in your case.

Sorry it's not better news.

Marco Steiner
Alpine Talent AG`, 'Product Owner Zurich'),

  // 62 Ashby, interview, role_closed
  rej('interview', ['role_closed'], {},
    `Hi Neha,

Thank you for interviewing with us for the Machine Learning Engineer role. We wanted to let you know that we have made the difficult decision to close this position due to a change in our roadmap priorities, and we won't be continuing any interview processes for it.

We're sorry for the disruption and thank you for your time.

Vectra AI Talent Team`, 'Vectra: Machine Learning Engineer'),

  // 63 overqualified + salary, interview
  rej('interview', ['overqualified', 'salary'], { ...fb },
    `Dear Roberto,

Thank you for the interview on Monday for the Team Coordinator role.

We have decided not to continue. Your experience as a department head is well beyond this position, which reports to a team leader and has no budget responsibility, and your salary expectation is also far above what we can offer for this level. We think you would find a better match in a more senior role.

Best regards,
Giulia Ferri
HR, Trentino Logistica S.r.l.`, 'Team Coordinator'),

  // 64 Greenhouse, final, culture_fit generic
  rej('final', ['culture_fit'], {},
    `Hi Ethan,

Thank you for joining us for the onsite last week. After discussing as a team, we've decided not to move forward, as we don't feel there is a strong enough fit with the team culture and values we've built at Pinecone Outfitters.

We appreciate your interest and wish you the best of luck.

Pinecone Outfitters Recruiting`, 'Pinecone Outfitters onsite'),

  // 65 position_filled, screen, short
  rej('screen', ['position_filled'], {},
    `Hi Noor, thanks for the call on Monday. Unfortunately the role was filled yesterday by a candidate who was further along in the process. Sorry about that. Best, Amelia (Larkspur Health)`, 'Quick update'),

  // 66 quoted thread reply, application, generic, door
  rej('application', ['generic'], { ...door },
    `Hi Sven,

Thanks for following up. I'm sorry we didn't get back to you sooner. We have reviewed your application for the Technical Writer role and decided not to proceed with it.

We will keep your CV in our database and contact you if a suitable role comes up.

Regards,
Agnes Holm
HR, Kvarn Software AB

> On 2 Sep 2024, at 11:40, Sven Ekström wrote:
> Hello, I applied for the Technical Writer role three weeks ago and have not heard anything. Could you tell me where my application stands?
> Thanks, Sven`, 'Re: Technical Writer application'),

  // 67 internal_candidate, final, with feedbackOffered
  rej('final', ['internal_candidate'], { ...offered },
    `Dear Abdullah,

Thank you for taking part in the final interviews for the position of Country Manager, UAE. We were grateful for the time you invested.

I wanted to let you know that the board has decided to appoint the current deputy country manager to the role. I realise this will be disappointing after such a long process. If you would like feedback on your interviews, please let me know and I will arrange a call.

Kind regards,
Layla Nasser
Regional HR Director, Qamar Retail Group`, 'Country Manager UAE - outcome'),

  // 68 skills_gap + assessment, assessment
  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hello Dmitri,

Thank you for completing the SQL and Python assessment for the Analytics Engineer position.

You scored 54% overall against our pass mark of 70%. The Python part was strong, but most of the SQL questions involving window functions and CTEs were not completed, and experience with advanced SQL is a core requirement of this role. We will not be moving forward with your application.

Best,
Recruiting Team, Lumenfold`, 'Lumenfold assessment result'),

  // 69 salary, application, short
  rej('application', ['salary'], {},
    `Dear Applicant, thank you for your application for the Sales Representative role. Unfortunately your salary expectations are outside the range we can offer for this position, so we will not proceed. Regards, Kettering Fasteners Ltd`, 'Sales Representative'),

  // 70 overqualified, screen
  rej('screen', ['overqualified'], {},
    `Hi Fatima,

Thanks for the call earlier. After talking it through with the hiring manager, we think you would be overqualified for the Junior Bookkeeper role, so we won't be moving forward.

Thanks so much for your interest.

Carla, Ledgerly Accounting`, 'Junior Bookkeeper'),

  // 71 culture_fit, interview, recruiter template
  rej('interview', ['culture_fit'], { ...door },
    `Dear Yusuf,

Thank you for your interview with Sandbar Hospitality Group. While we appreciated your skills, we felt that another candidate would be a better fit with our team's culture and way of working.

We will keep your details on file for future opportunities.

Kind regards,
People Team, Sandbar Hospitality Group`, 'Your interview with Sandbar'),

  // 72 role_closed, application, Workable, door
  rej('application', ['role_closed'], { ...door },
    `Hi Lars,

Thanks for applying for the Community Manager role at Tandem Bikes Co. We've had to put this hire on ice because of budget changes, and we've closed the opening. We won't be reviewing applications for it any further.

When we open it up again, we'd love for you to apply.

Cheers,
Tandem Bikes Co.`, 'Community Manager at Tandem Bikes'),

  // ── Part two: one inbox, six months (software tester in Berlin moving into product management)
  // 73 acknowledgement, Greenhouse
  other(`Hi Rafaela,

Thanks for applying to the Associate Product Manager role at Stellwerk Pay! Our team will review your application and we'll get back to you as soon as we can, usually within two weeks.

In the meantime, you can learn more about how we build products on our engineering blog.

Best,
Stellwerk Pay Talent Team`, 'Thanks for applying to Stellwerk Pay'),

  // 74 job alert
  other(`JobRadar | Your daily alert: "Product Manager" in Berlin

12 new jobs match your search

Junior Product Manager (m/w/d) – Halbmond Health – Berlin, Hybrid
Product Owner Mobile Apps – Spreeblick Media – Berlin
Associate PM, Payments – Kassenwerk GmbH – Berlin / Remote (DE)
Technical Product Manager – Tresor Cloud – Berlin

See all 12 jobs

You're receiving this email because you created a job alert. Manage alerts | Unsubscribe
JobRadar GmbH, Torstraße 190, 10115 Berlin`, '12 new jobs for "Product Manager" in Berlin'),

  // 75 rejection, application, skills_gap (no PM experience), Workday
  rej('application', ['skills_gap'], { ...fb },
    `Dear Rafaela Tavares,

Thank you for your application for the position of Product Manager – Digital Banking (Req. 77412) at Oranjehaven Bank N.V. in Amsterdam.

We have reviewed your profile carefully. For this role we are looking for candidates with at least three years of experience as a product manager or product owner with ownership of a backlog. As your experience so far has been in quality assurance, we have decided not to take your application further.

We thank you for your interest in Oranjehaven Bank.

Kind regards,
Talent Acquisition Oranjehaven Bank

This is an automated message, please do not reply.`, 'Your application for Product Manager – Digital Banking'),

  // 76 PM community newsletter
  other(`PRODUCT CIRCLE BERLIN – May newsletter

Hi Rafaela,

Welcome to the 41 new members who joined this month! Here's what's coming up:

• Fri 15 May, 19:00 – "From QA to PM: what transfers and what doesn't" – panel at Factory Görlitzer Park. Three speakers who moved into product from testing, support and design.
• Sat 23 May – Discovery interview workshop (limited to 20 places)
• Mentoring round #6 opens on 1 June. Mentees are matched with a senior PM for three months.

From the community Slack: a thread on how to talk about your side projects in PM interviews got 90 replies. Worth a read.

Unfortunately we can't reply to every message to this address, but come say hi at the next meetup.

See you soon,
The Product Circle Berlin crew
You're getting this because you signed up at productcircle.berlin. Unsubscribe.`, 'Product Circle Berlin – May: QA to PM panel, workshops, mentoring'),

  // 77 recruiter check-in
  other(`Hi Rafaela,

Hope you're well! It's been a couple of weeks since we last spoke about your move into product. Are you still looking? I've got a couple of Product Owner roles coming in with clients in Berlin and Hamburg that might suit someone with a strong testing background, and I'd love to catch up for 15 minutes this week.

Let me know what works for you.

Best,
Jannik Vogt
Senior Consultant Product & Tech | Brückner Talent GmbH`, 'Catching up?'),

  // 78 rejection, application, location (US sponsorship), Ashby
  rej('application', ['location'], { ...fb },
    `Hi Rafaela,

Thanks for your interest in the Product Manager, Growth role at Cobaltline.

This position is based in our Austin office and requires authorization to work in the United States. Since you've indicated that you would need visa sponsorship, we're unable to move forward with your application at this time.

We appreciate you thinking of Cobaltline.

Cobaltline Recruiting`, 'Cobaltline – Product Manager, Growth'),

  // 79 interview invitation
  other(`Hi Rafaela,

Thanks for your application for the Product Owner role in our Logistics tribe. We'd love to get to know you better!

Could you let me know when you'd have 45 minutes for a video call with our Head of Product, Miriam, next week? Tuesday and Thursday afternoons work best on our side.

Looking forward to speaking with you.

Best,
Nele Hartung
Recruiter, Fahrwerk Logistics`, 'Invitation to an interview – Product Owner'),

  // 80 rejection, application, generic, Personio, short
  rej('application', ['generic'], {},
    `Dear Ms Tavares,

Thank you for your interest in Lichtblau Software and your application as Junior Product Manager (m/w/d). After careful review, we have unfortunately decided to proceed with other candidates.

We wish you all the best.

Best regards
Your Lichtblau Recruiting Team`, 'Your application at Lichtblau Software'),

  // 81 acknowledgement, Teamtailor
  other(`Hi Rafaela!

We've received your application for Product Analyst at Dijkstra Mobility. Thanks for thinking of us!

What happens next? Our team reviews applications every week. If your profile matches what we're looking for, we'll contact you to set up a first call. If not, we'll let you know as well, we don't ghost people.

Have a lovely day,
Team Dijkstra Mobility`, 'Thanks for your application, Rafaela!'),

  // 82 rejection, screen, profile_mismatch + door, recruiter
  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Rafaela,

Thank you for the call on Monday, it was good to hear about your work on the release process at Kranich Mobility.

I've discussed your profile with the hiring team, and for this Product Owner role we've decided to focus on candidates whose background is a closer match to what we need. So we won't be continuing with your application.

I'd like to keep you in mind for future product roles, especially anything close to quality or platform work.

Kind regards,
Nele Hartung
Recruiter, Fahrwerk Logistics`, 'Product Owner – update'),

  // 83 visa-related HR question
  other(`Dear Rafaela,

Thank you for your application for the Product Manager role in Utrecht. Before we schedule the first conversation, we have a practical question.

Could you let us know your current residence status? Your CV mentions that you are based in Berlin and hold Brazilian citizenship. For working in the Netherlands we would need to know whether you hold an EU passport, a German permanent residence permit or an EU Blue Card, so we can check with our immigration advisor if we can apply for a highly skilled migrant permit for you.

There is no need for documents yet, a short reply is enough.

Kind regards,
Marloes Bakker
HR Advisor, Tulpwerk Software B.V.`, 'Question about your residence status'),

  // 84 rejection, application, skills_gap German language
  rej('application', ['skills_gap'], { ...fb },
    `Dear Ms Tavares,

thank you very much for your application as Product Owner E-Government at Amtsblau IT-Dienstleistungen.

For this position, business fluent German (at least C1) is required, as you will run workshops with public administrations in German. Your CV lists your German level as B2. We are therefore unfortunately unable to consider your application further.

Kind regards
Human Resources
Amtsblau IT-Dienstleistungen GmbH`, 'Your application as Product Owner E-Government'),

  // 85 case study invitation
  other(`Hi Rafaela,

Thanks for the great conversation on Thursday! We'd like to move you to the next step: a short product case study.

You'll get the brief on Monday morning and have until Thursday 18:00 to send us a slide deck (max 8 slides). The case is about improving onboarding for small merchants. Please don't spend more than 4 hours on it. We'll then invite you to present it to two people from the product team.

If the timing doesn't work for you, just tell me and we'll find another week.

Best,
Leon Schäfer
Talent Acquisition, Stellwerk Pay`, 'Next step: product case study'),

  // 86 rejection, application, overqualified (junior QA role, backup)
  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Rafaela,

Thanks for applying for the Junior QA Tester position at Pixelkiez Games.

Honestly, your CV was a surprise to us in a good way: eight years of testing, including building out test automation and leading a team of three. This role is an entry-level position doing mostly manual test cases for one game, and we think you'd be far beyond it and not challenged at all. So we've decided not to go ahead.

If we open a senior QA or a producer role later this year, we'd be glad to hear from you.

Cheers,
Tobi
Studio Lead, Pixelkiez Games`, 'Junior QA Tester'),

  // 87 scheduling confirmation
  other(`Your meeting is confirmed

Rafaela, your interview with Miriam Roth (Fahrwerk Logistics) is scheduled:

Friday, 22 May · 15:00 – 15:45 (Central European Summer Time)
Google Meet: meet.google.com/xqp-rzka-vtd

Need to make changes? Reschedule or cancel

Powered by Calendly`, 'Confirmed: Interview Product Owner – Fahrwerk Logistics'),

  // 88 hold, screen, generic delay
  hold('screen', ['generic'], {},
    `Hi Rafaela,

Thanks for your patience since our call. I wanted to let you know that things are moving a bit slower on our side: the hiring manager for the Product Analyst role has been away and we haven't been able to finish our review of the first conversations.

You're still very much in the process, and I expect to get back to you with next steps in about two weeks.

Best,
Femke
Dijkstra Mobility`, 'Product Analyst – a short delay'),

  // 89 rejection, interview, skills_gap (discovery experience) + offered
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Rafaela,

Thank you for talking with me and Sven last week about the Associate PM role. You had clearly prepared, and your story about catching the pricing bug before the Black Friday release was memorable.

We've decided to go with another candidate. The main gap for us was hands-on discovery work: we need someone who has already run user interviews and turned them into a roadmap decision, and in your current role this has mostly been done by others. I think that's very fixable, and if it's useful I'm happy to hop on a call and share what I'd focus on.

All the best,
Anika Brandt
Group Product Manager, Kassenwerk GmbH`, 'Associate PM – our decision'),

  // 90 job alert 2
  other(`Hi Rafaela, new jobs that match your profile on Werkplek.nl

• Product Owner – Zorgdata Nederland – Utrecht (32-40 hrs)
• Associate Product Manager – Fietsbank – Amsterdam
• QA Lead – Noordzee Software – Rotterdam

Not relevant? Update your preferences.
Werkplek.nl – you're receiving this because you have an account. Do not reply to this email.`, 'New jobs for you: Product Owner, Associate Product Manager'),

  // 91 rejection, interview, position_filled, Dutch company after visa question
  rej('interview', ['position_filled'], {},
    `Dear Rafaela,

Thank you for the video interview with our product lead last Tuesday, and for your quick answer to our question about your residence status.

We have now offered the Product Manager position to another candidate, who has accepted the offer. This means the vacancy is filled and we are closing the procedure.

Thank you again for your interest in Tulpwerk Software.

Kind regards,
Marloes Bakker
HR Advisor, Tulpwerk Software B.V.`, 'Product Manager Utrecht – outcome'),

  // 92 reminder take-home
  other(`Hi Rafaela,

Just a friendly reminder that your case study for Stellwerk Pay is due this Thursday at 18:00. If you have any questions about the brief, reply to this email and I'll forward them to the product team.

Good luck!
Leon`, 'Reminder: case study due Thursday'),

  // 93 under review, SmartRecruiters
  other(`Dear Rafaela,

This is to let you know that your application for the position of Product Owner – Checkout (Job ID 7746210) at Marktplatz Nord SE is currently being reviewed by the hiring team.

No action is needed from you right now. We will contact you as soon as there is an update.

Best regards,
Marktplatz Nord SE Recruiting

Please do not reply to this message.`, 'Your application is being reviewed'),

  // 94 rejection, assessment, assessment with detail
  rej('assessment', ['assessment'], { ...fb },
    `Hi Rafaela,

Thank you for the time you spent on the merchant onboarding case study and for presenting it to Ida and Malte.

The team appreciated how precisely you described the current onboarding flow and its failure points. Where the case fell short was the prioritisation: the deck proposed seven improvements at once without a clear way to choose between them, and the success metrics weren't tied to the business goal of the brief (activation within 7 days). Because prioritisation is a big part of this role, we've decided not to move you to the final interviews.

Thank you for your effort, we know it takes real time.

Best,
Leon Schäfer
Talent Acquisition, Stellwerk Pay`, 'Stellwerk Pay – case study feedback'),

  // 95 hold, interview, role_closed freeze
  hold('interview', ['role_closed'], {},
    `Hi Rafaela,

Thank you for the interviews with Miguel and Hanna for the Product Manager, Platform role. I wanted to update you honestly: our company has just put a temporary freeze on all new hires until our Q3 budget review is complete, probably mid-August.

Your application is not closed, and the team would like to continue with you once the freeze is lifted. I'll be in touch as soon as I know more.

Best regards,
Jonas Weber
Talent Partner, Tresor Cloud GmbH`, 'Product Manager, Platform – hiring freeze'),

  // 96 rejection, screen, location (on-site Amsterdam) + door
  rej('screen', ['location'], { ...fb, ...door },
    `Hi Rafaela,

Thanks for the call yesterday. After our conversation I checked with the team again, and this role really does require being in the Amsterdam office four days a week, which doesn't fit with your plan to stay in Berlin. So we won't continue with this application.

If we open a remote-friendly product role, I'll definitely reach out, and you're always welcome to apply again.

Groetjes,
Sanne Visser
Talent, Fietsbank`, 'Associate Product Manager – Fietsbank'),

  // 97 PM community meetup / mentoring accepted
  other(`Hi Rafaela,

Good news: you've been matched in mentoring round #6! Your mentor is Dörte Feldmann, Senior PM at a health tech company in Berlin. She'll reach out in the next few days to set up your first session.

A few tips: come with one concrete goal, and share your CV and a couple of job ads you're looking at.

Unfortunately we had many more mentees than mentors this round, so please let us know quickly if you can no longer take part, so we can give your place to someone else.

Cheers,
Product Circle Berlin`, 'You have a mentor!'),

  // 98 rejection, interview, culture_fit
  rej('interview', ['culture_fit'], { ...fb },
    `Hi Rafaela,

Thanks for meeting our team on Friday.

I'll be straight with you: we won't be moving forward. Our product team works in a very sales-led way, PMs spend a lot of time on customer calls and commit to features quickly to close deals. During the conversation you said you prefer careful validation and releasing only when quality is proven. That's a good instinct, and many teams want it, but we think you'd be unhappy in the way we work right now.

Best of luck,
Carsten Ilg
VP Product, Verkaufsraum Software`, 'Friday'),

  // 99 rejection, application, generic, very short iCIMS US
  rej('application', ['generic'], {},
    `Dear Rafaela, Thank you for applying to Ironbridge Analytics. After reviewing your application, we have decided not to move forward at this time. Sincerely, Ironbridge Analytics Talent Acquisition`, 'Ironbridge Analytics Application Update'),

  // 100 interview invitation from Marktplatz
  other(`Hi Rafaela,

Great news! The hiring team for Product Owner – Checkout would like to invite you to a first interview with Birte Lange (Lead Product Owner) and Cem Arslan (Engineering Manager).

The interview will take about 60 minutes and will be on site at our office in Hamburg, Speicherstadt. We will of course reimburse your train travel from Berlin.

Please pick a slot using the link below.

Best regards,
Marktplatz Nord SE Recruiting`, 'Invitation: interview for Product Owner – Checkout'),

  // 101 withdrawal confirmed
  other(`Hi Rafaela,

Thank you for letting us know that you'd like to withdraw your application for the Technical Product Manager role. We completely understand and have closed your application on our side.

We're sorry it didn't work out this time and wish you every success with your search. You're welcome to apply again in the future.

Best,
Dijkstra Mobility`, 'Re: Withdrawing my application'),

  // 102 rejection, final, internal_candidate
  rej('final', ['internal_candidate'], {},
    `Hi Rafaela,

Thank you for coming to Hamburg for the final round and for the time you spent with Birte, Cem and our CPO.

We've now decided to fill the Product Owner – Checkout position with a colleague from our payments team, who moved across internally. It was a very close decision and we want to thank you for your openness throughout the process.

Best regards,
Marktplatz Nord SE Recruiting`, 'Product Owner – Checkout: our decision'),

  // 103 recruiter pitch
  other(`Hi Rafaela,

I came across your profile and your post about moving from QA into product. I'm working with a Series B company in Munich (B2B logistics software, around 120 people) that is hiring a Product Owner for its quality and reliability area. They're specifically open to people from testing backgrounds, and the role is hybrid with two days a month in Munich.

Would you be open to a quick chat? No pressure either way.

Thanks,
Aylin Kaya
Partner, Kaya & Roth Executive Search`, 'Product Owner opportunity (Munich, hybrid)'),

  // 104 rejection, interview, salary, US remote company
  rej('interview', ['salary'], { ...fb },
    `Hi Rafaela,

Thanks so much for the interviews with me and Dana last week for the Product Manager (EU, Remote) role.

We really liked you. However, we've had to step back because of compensation: the number you shared (EUR 85,000) is quite a bit above the band we have for this level in Germany, which tops out at EUR 68,000, and we aren't able to stretch that far. So we won't be moving ahead.

Wishing you the best,
Priya Raman
Head of Product, Quillfeather Inc.`, 'Product Manager (EU, Remote)'),

  // 105 acknowledgement from Lever US
  other(`Hi Rafaela,

Thank you for applying to the Product Manager, Quality Platform role at Northstar Testing Co. We've received your application and our team is reviewing it now.

If your experience is a match for the role, a member of our recruiting team will reach out to talk about next steps. Due to the high volume of applications, we may not be able to respond to every applicant individually.

Thanks again,
Northstar Testing Co. Recruiting`, 'Thank you for applying to Northstar Testing Co.'),

  // 106 rejection, assessment, generic (test with no detail) -> assessment reason
  rej('assessment', ['assessment'], {},
    `Dear Rafaela,

Thank you for completing the online product sense assessment for the Associate Product Manager programme at Vorwerk Digital Ventures.

Unfortunately your results did not reach the level required to progress to the next stage of our selection process.

We appreciate your interest and wish you success in your career.

Kind regards,
APM Programme Recruiting`, 'APM Programme – assessment result'),

  // 107 thanks after interview, we'll be in touch
  other(`Hi Rafaela,

Thank you for taking the time to talk with us today. We really enjoyed the conversation about release quality and how you'd approach the Product Manager, Quality Platform role.

We're still speaking with a few other candidates this week and will be in touch by next Friday with an update on next steps.

Best,
Jamie
Northstar Testing Co.`, 'Thanks for today'),

  // 108 hold, assessment, role_closed pause (reorg)
  hold('assessment', ['role_closed'], {},
    `Dear Rafaela,

Thank you for submitting the written exercise for the Product Owner Data role. We wanted to let you know that the role is currently on hold while our Data department goes through a reorganisation. We expect a decision on how the team will look by the end of September.

Until then we won't schedule further interviews, but your application remains active and we will contact you as soon as the role is confirmed.

Kind regards,
Recruiting Team
Zorgdata Nederland`, 'Product Owner Data – on hold'),

  // 109 rejection, interview, profile_mismatch, US company
  rej('interview', ['profile_mismatch'], {},
    `Hi Rafaela,

Thank you for the time you spent interviewing with Northstar Testing Co. We were impressed by your background and appreciated learning about your experience.

After careful consideration, we've decided to move forward with candidates whose experience more closely aligns with the needs of the role at this time.

We wish you all the best in your search.

Northstar Testing Co. Recruiting`, 'Update on your application with Northstar Testing Co.'),

  // 110 job alert 3 remote EU
  other(`RemoteEU Weekly – 7 new product roles for you

Product Manager, Developer Tools – Glasshaus (Remote, EU time zones)
Product Owner – Kiwi Ledger (Remote, Portugal/Spain/Germany)
Technical PM, QA Tooling – Testlane (Remote EU)

Tip of the week: mention your time zone and working-from-home setup in your cover letter.

You're subscribed to RemoteEU Weekly. Unsubscribe in one click.`, 'RemoteEU Weekly: 7 new product roles for you'),

  // 111 rejection, application, location (remote EU but tax residency)
  rej('application', ['location'], { ...fb },
    `Hi Rafaela,

Thank you for your application for Product Owner at Kiwi Ledger.

We're a remote team, but for legal and payroll reasons we can only employ people who are resident in Portugal or Spain at the moment. As you are based in Germany, we're unfortunately unable to move your application forward.

All the best,
Inês Carvalho
People Ops, Kiwi Ledger`, 'Kiwi Ledger – Product Owner'),

  // 112 rejection in reply, after freeze, role_closed + door
  rej('interview', ['role_closed'], { ...door },
    `Hi Rafaela,

Thanks for checking in, and sorry for the silence. Unfortunately the budget review did not go the way we hoped, and the Product Manager, Platform role has now been cancelled for this year. That means we can't continue your application.

The team really enjoyed meeting you. When we reopen product hiring, I'll contact you directly.

Best regards,
Jonas Weber
Talent Partner, Tresor Cloud GmbH

On Tue, 18 Aug 2026 at 09:02, Rafaela Tavares wrote:
> Hi Jonas, I hope the budget review went well. Is there any news on the Product Manager, Platform role?
> Best, Rafaela
>
> On Fri, 3 Jul 2026 at 16:20, Jonas Weber wrote:
> > Our company has just put a temporary freeze on all new hires until our Q3 budget review is complete. Your application is not closed.`, 'Re: Product Manager, Platform – hiring freeze'),

  // 113 newsletter 2
  other(`PRODUCT CIRCLE BERLIN – September

Hi Rafaela,

Autumn is here and so is our biggest event of the year: Product Circle Unconference, Sat 26 September. Tickets are free for members but limited.

Also this month:
• Portfolio review night – bring your product case studies and get feedback from hiring managers
• Job board: 23 new PM and PO roles shared by members, 9 of them open to career changers

A big thank you to everyone who answered the salary survey. Results next month!

Unfortunately we can't answer questions sent to this address. Join us on Slack instead.

The Product Circle Berlin crew`, 'Product Circle Berlin – September: Unconference, portfolio night'),

  // 114 rejection, application, profile_mismatch, Taleo style big corp
  rej('application', ['profile_mismatch'], {},
    `Dear Rafaela Tavares,

Thank you for your interest in the Senior Product Manager position at Halvard Automotive Software (Job Number 2600318).

After reviewing your qualifications against the requirements of the position, we have determined that your profile does not match the needs of the role. Your application will therefore not be considered further.

We encourage you to continue to visit our careers website.

Halvard Automotive Software – Talent Acquisition
Please do not reply to this email.`, 'Job Number 2600318 – status of your application'),

  // 115 interview invitation, Glasshaus remote
  other(`Hi Rafaela,

Thanks for applying to be our Product Manager, Developer Tools. Your background in test automation caught our eye, since many of our users are QA engineers.

We'd like to invite you to a 30-minute intro call with me. Here's my calendar link, pick whatever works.

Talk soon,
Kasia Nowak
Head of Product, Glasshaus`, 'Glasshaus – intro call'),

  // 116 rejection, final, position_filled + offered + door
  rej('final', ['position_filled'], { ...offered, ...door },
    `Hi Rafaela,

Thank you for all the time you put into our process for the Product Owner role, from the first call through the case presentation to the final conversation with our CEO.

We've made an offer to another candidate, and it has been accepted. I know this is disappointing at the last step, and it was a genuinely close decision between the two of you.

If you'd like to hear the panel's thoughts, just reply and we'll set up a call. And we'd be very happy to see your name again when we hire the next PO early next year.

Warmly,
Femke de Wit
Talent Lead, Dijkstra Mobility`, 'Product Owner – final decision'),

  // 117 hold, interview, generic delay (manager away)
  hold('interview', ['generic'], {},
    `Hi Rafaela,

Quick update after your interview with Kasia. She's on parental leave earlier than planned, so we're a bit delayed in setting up the next round. We still want to continue with you, and we expect to send you the invitation for the team interview in about three weeks.

Thanks for bearing with us!
Marta, People @ Glasshaus`, 'Glasshaus – small delay'),

  // 118 interview reschedule
  other(`Hi Rafaela,

Unfortunately Aylin's client has asked to move Thursday's interview. Could you do Monday at 11:00 instead? Same video link. Sorry for the change, and thanks for being flexible.

Best,
Lea, Kaya & Roth Executive Search`, 'Reschedule: interview Thursday → Monday?'),

  // 119 rejection, interview, skills_gap (B2B SaaS domain) via agency
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Rafaela,

Feedback is in from Monday's interview with the logistics client in Munich. Unfortunately they've decided not to go ahead. They liked your quality mindset a lot, but in the end they need someone who has already worked in B2B SaaS with enterprise customers and knows how to manage feature requests from big accounts, and your experience is all consumer mobile apps.

I'm disappointed, I really thought this one was a match. Let's keep talking.

Aylin
Kaya & Roth Executive Search`, 'Munich – feedback'),

  // 120 reference request
  other(`Hi Rafaela,

Thank you again for the team interview. We're happy to tell you that we'd like to move to the last step, which is reference checks. Could you send us the names and contact details of two people you've worked with, ideally one manager?

Once references are done, we'll be in touch very quickly.

Best,
Marta, People @ Glasshaus`, 'Glasshaus – references'),

  // 121 rejection, screen, generic
  rej('screen', ['generic'], {},
    `Hi Rafaela,

Thank you for the phone screen for the Product Manager role at Testlane. We have decided to continue with other applicants.

Thank you for your interest in Testlane and good luck with your search.

Testlane Hiring Team`, 'Testlane – Product Manager'),

  // 122 rejection, application, generic + door, talent pool mention
  rej('application', ['generic'], { ...door },
    `Dear Rafaela,

Thank you for your interest in the Associate Product Manager position at Spreeblick Media. We regret to inform you that we will not be moving forward with your application.

With your permission, we would like to keep your profile in our talent pool for 12 months and contact you if a suitable opening comes up. You can withdraw your consent at any time.

Best regards,
Spreeblick Media People Team`, 'Your application at Spreeblick Media'),

  // 123 talent-pool sign-up confirmation (other)
  other(`Hi Rafaela,

Thanks for joining the Halbmond Health talent community! You'll now receive updates when we post roles in Product and Quality, plus occasional news from our team.

There are no open roles matching your interests right now, but we'll let you know as soon as there are.

Unfortunately we can't reply to messages sent to this address.

Team Halbmond Health`, 'Welcome to the Halbmond Health talent community'),

  // 124 rejection, interview, culture_fit + profile_mismatch? -> profile_mismatch only, US founder
  rej('interview', ['profile_mismatch', 'location'], { ...fb },
    `Hi Rafaela,

Thank you for the call on Wednesday. I enjoyed hearing how you built the test strategy for the ticketing app.

After thinking it over I've decided not to move forward. In the end we want someone who has been a PM before, and the role also needs a lot of overlap with our team in California, which means working until 9 or 10 p.m. your time several days a week. I don't think that's a fair ask for this role.

Best of luck with the transition, I think you'll make it.

Evan Torres
Founder & CEO, Shiftboard Labs`, 'Shiftboard'),

  // 125 hold, application, role_closed
  hold('application', ['role_closed'], {},
    `Hi Rafaela,

Thank you for your application for the Product Manager, Payments role at Fietsbank. We wanted to let you know that we have paused this vacancy for a few weeks while we finalise our plans for next year. We haven't made any decisions on applications yet, and we will get back to you once the role reopens.

Groetjes,
Sanne Visser
Talent, Fietsbank`, 'Product Manager, Payments – paused'),

  // 126 rejection, application, skills_gap (SQL / analytics)
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Rafaela,

Thanks for applying for the Product Analyst role at Halbmond Health. We've looked at your application and decided not to progress it. The role is very data-heavy, and we need someone with strong experience in SQL and product analytics tools like Amplitude or Mixpanel, which we couldn't see in your CV.

Please do apply again for product roles here, we have more coming soon.

Best,
Halbmond Health Recruiting`, 'Product Analyst at Halbmond Health'),

  // 127 "still interviewing" update, Glasshaus after references
  other(`Hi Rafaela,

Just a short note to say your references came back and both were lovely. We're meeting on Wednesday to make a final decision and will call you on Thursday. No news isn't bad news this time, promise!

Marta, People @ Glasshaus`, 'Quick update'),

  // 128 rejection, final, generic, Quillfeather? different: Tresor? use a new US company
  rej('final', ['generic'], {},
    `Hi Rafaela,

Thank you for participating in the final interview loop for the Associate Product Manager role at Brightwell Labs. We know this involved a lot of time, across several time zones.

After much discussion, we've decided not to extend an offer at this time. We're grateful you considered Brightwell and wish you all the best.

Brightwell Labs Recruiting`, 'Brightwell Labs – final interviews'),

  // 129 offer
  other(`Hi Rafaela,

I'm so happy to write this: we'd like to offer you the role of Product Manager, Developer Tools at Glasshaus!

The attached offer letter has the details: a starting salary of EUR 72,000 per year, 28 vacation days, a remote contract under German law through our Berlin entity, and a start date of 1 December 2026 (flexible). Kasia will be your manager and is already planning your first week.

Please take a few days to read through everything. We'd love to have your answer by next Wednesday, and I'm happy to answer any question in the meantime.

Welcome (we hope!),
Marta Lis
People @ Glasshaus`, 'Your offer from Glasshaus'),

  // 130 reply to other processes: candidate withdrew, confirmed, sounds like decline
  other(`Hi Rafaela,

Congratulations on your new role, and thank you for letting us know! As you asked, we've closed your application for the Product Manager, Payments role. We're sorry not to continue with you, but we completely understand.

All the best at Glasshaus,
Sanne

> On 14 Nov 2026, at 10:05, Rafaela Tavares wrote:
> Hi Sanne, I have accepted another offer, so I'd like to withdraw from the Product Manager, Payments process. Thank you for everything!`, 'Re: Product Manager, Payments – paused'),

  // 131 final round invitation
  other(`Hi Rafaela,

Thank you for presenting your case study to Joost and Anna last week. They were really impressed, and we'd like to invite you to the final round!

The final round is a one-hour conversation with our CEO, Pieter, and our Head of Engineering at our Amsterdam office. We'll cover your travel from Berlin. Could you let me know if Wednesday 16 or Thursday 17 September works for you?

Unfortunately we can't offer evening slots, sorry about that.

Best,
Femke de Wit
Talent Lead, Dijkstra Mobility`, 'Product Owner – final round invitation'),

  // 132 incomplete application reminder
  other(`Hello Rafaela,

We noticed that you started an application for Product Owner (m/w/d) at Rheinblick Versicherung but did not submit it. Your progress has been saved.

Complete your application: careers.rheinblick.de/apply/PO-4471

If you have decided not to apply, you can ignore this message. Your draft will be deleted automatically after 30 days.

Rheinblick Versicherung AG – Recruiting
This message was generated automatically.`, 'Complete your application'),

  // 133 online assessment invitation
  other(`Dear Rafaela,

Thank you for applying to the Vorwerk Digital Ventures Associate Product Manager programme. We are pleased to invite you to the next step: an online product sense assessment.

The assessment takes about 50 minutes and must be completed by 30 June, 23:59 CEST. Please make sure you have a quiet place and a stable internet connection. Once you start, you cannot pause.

Start your assessment

Good luck!
APM Programme Recruiting`, 'Invitation: APM online assessment'),

  // 134 feedback call booked, reply in thread
  other(`Hi Rafaela,

Of course, happy to. I've sent you an invite for Thursday 13:30, 20 minutes on Google Meet. I'll walk you through what I'd do to build up discovery experience and a couple of books I found useful.

Talk then,
Anika

On Wed, 1 Jul 2026 at 19:44, Rafaela Tavares wrote:
> Hi Anika, thank you for the honest note. I'd love to take you up on the call, if the offer still stands.
> Best, Rafaela`, 'Re: Associate PM – our decision'),

  // 135 acknowledgement, Ashby, US remote
  other(`Hi Rafaela,

Thanks for your interest in Quillfeather! We've received your application for Product Manager (EU, Remote).

We're a small team and a real person reads every application. If there's a potential match, we'll reach out within 10 business days to schedule a call. Either way, we'll let you know where things stand.

Cheers,
The Quillfeather Team`, 'We received your application'),
];
