/**
 * Sealed messages of the forty-fourth round. The first half is a wide spread of declines from employers in many
 * countries and sectors (oil and gas, breweries, fintech, hospitals, publishing, sports clubs, shipping, cement,
 * telecoms, ministries): tracking-system letters of many vendors, HR template letters with a merge field left in,
 * agency recruiters, hiring managers and founders writing by hand, HTML leftovers and replies with earlier mail quoted
 * below, at every stage from application to final round and with every reason, plus a few paused processes. The second
 * half is six months of one inbox: a Lagos business reporter and sub-editor moving into corporate communications and
 * public relations, with acknowledgements, a writing test, interview scheduling, an agency recruiter's check-ins, job
 * alerts, an association newsletter, a reference request and an offer beside the pauses and declines.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s44-');

export const HANDWRITTEN_SEALED_44: readonly CorpusLine[] = [
  // ── Many employers
  // 1
  rej('application', ['generic'], {},
    `Hi Tomasz,

Thank you for applying for the Process Engineer position at Vistula Cement S.A. We have reviewed your application carefully and unfortunately we will not be progressing it further.

Best regards,
Vistula Cement Recruitment Team

This message was sent via Greenhouse. Please do not reply directly to this email.`, 'Your application to Vistula Cement'),

  // 2
  rej('application', ['profile_mismatch'], { ...door },
    `Dear {{candidate.first_name}},

Thank you for your interest in the Brand Manager role at Kestrel Breweries. After reviewing your profile against the requirements of the position, we have concluded that your background is not the right match for this particular opening.

We will keep your details in our talent community and may contact you should a more suitable vacancy arise.

Kind regards,
People & Culture
Kestrel Breweries Ltd | Nairobi`, 'Brand Manager - Application Update'),

  // 3
  rej('screen', ['salary'], { ...fb },
    `Hi Léa,

Thanks again for the call on Tuesday, it was good to hear about what you've been building at your current place. I talked it over with Antoine afterwards. The honest answer is that the number you mentioned (around 78k plus equity) is quite a bit above what we've budgeted for this hire, which tops out at 62k, and we can't stretch that far at our stage. So we won't take this further for now.

Sorry it isn't better news.
Maëlle
Co-founder, Paylette (Lyon)`, 'Re: Paylette - product designer'),

  // 4
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Mr Haddad,

Thank you for attending the interview for the role of Drilling Supervisor at Qamar Petroleum Services on 11 September.

The panel appreciated your field experience. However, the position requires a valid IWCF Level 4 well control certificate, and as discussed in the interview yours expired in 2022 and has not yet been renewed. For that reason we are unable to offer you the position at this time.

Once your certification is renewed we would welcome a new application from you.

Yours sincerely,
Rania Saleh
Human Resources Department
Qamar Petroleum Services – Muscat, Sultanate of Oman`, 'Interview outcome – Drilling Supervisor (Ref QPS-DS-0917)'),

  // 5
  rej('application', ['position_filled'], {},
    `Hello Jonas,

Thanks for your application for Warehouse Team Lead. We wanted to let you know that this position has now been filled, so we've closed the vacancy.

Thanks again,
Nordhavn Shipping Recruiting
Powered by Teamtailor`, 'Warehouse Team Lead at Nordhavn Shipping'),

  // 6
  rej('final', ['position_filled'], { ...door, ...offered },
    `Dear Siobhán,

I wanted to call you but kept missing you, so an email will have to do. Thank you for coming in for the final panel on Thursday. It was a genuinely close decision, and in the end we offered the Head of Fundraising role to another finalist, who has accepted this morning.

If you would like to talk through how the panel saw it, I'm glad to arrange a call. We also expect to recruit a Major Gifts Manager in the spring and I would be very happy to see your name again.

Warm wishes,
Gráinne Kealy
Director of People, St Brigid's University Hospital Foundation, Dublin`, 'Head of Fundraising'),

  // 7
  rej('application', ['location'], { ...fb },
    `Hi Arjun,

Thanks for applying to the Senior Backend Engineer role at Ledgerly. Looking at your application, you're based in Pune and would need sponsorship to work in the UK. Unfortunately we're not able to sponsor visas for this role, and it needs to be filled by someone with existing right to work in the UK.

Sorry about that, and best of luck.
Ledgerly Talent

Sent with Ashby`, 'Ledgerly | Senior Backend Engineer'),

  // 8
  rej('assessment', ['assessment'], { ...fb },
    `Dear Candidate,

Thank you for completing the online numerical and verbal reasoning assessment for the Graduate Trainee Programme at Ocean Crest Telecoms.

Your results were: Numerical reasoning 41% (required: 60%), Verbal reasoning 68% (required: 60%). Because candidates must meet the pass mark in both sections, we are unable to progress your application further.

Regards,
Graduate Recruitment
Ocean Crest Telecoms PLC

This is an automated message from SuccessFactors. Replies to this address are not monitored.`, 'Graduate Trainee Programme 2026 - Assessment Result'),

  // 9
  rej('interview', ['internal_candidate'], {},
    `Hi Marta,

Thanks for meeting with Pedro and me last week about the Editorial Production Lead role. I wanted to let you know we've decided to appoint someone from inside the team, who has been acting in the role since the summer. It's not a reflection on your interview, which we both enjoyed.

All the best,
Inês Carvalho
Managing Editor, Editora Faroleiro, Lisbon`, 'Editorial Production Lead'),

  // 10
  rej('application', ['role_closed'], { ...door },
    `Dear Applicant,

We refer to your application for the post of Assistant Director (Planning) advertised by the Ministry of Works and Housing.

Please be informed that following a review of the Ministry's establishment, the post has been withdrawn and will not be filled in the current financial year. All applications received have therefore been closed.

The Ministry thanks you for your interest and encourages you to watch out for future vacancies on the official portal.

Signed
Director, Human Resource Management
Ministry of Works and Housing, Accra`, 'RE: APPLICATION FOR THE POST OF ASSISTANT DIRECTOR (PLANNING)'),

  // 11
  rej('interview', ['culture_fit'], { ...fb },
    `Hey Callum,

Thanks for coming down to the training ground on Monday and spending the afternoon with the analysis team. We all liked you, and the work you showed us from your time at Stirling was strong.

Where we ended up: this group works in a very loud, fast, everyone-in-one-room way during matchweeks, and a couple of the lads felt that you'd said a few times you do your best work with long quiet stretches on your own. That's completely fair, but it's not what the job looks like here on a Saturday, so we've gone a different direction.

Cheers, and I hope our paths cross again,
Rob Ainslie
Head of Performance Analysis, Dunmore Athletic FC`, 'Analyst role'),

  // 12
  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Dr. Okafor,

Thank you for your application for the Laboratory Assistant position at Northgate General Hospital.

Having reviewed your CV, the shortlisting panel noted that with a PhD and more than ten years leading a clinical research laboratory, your experience goes well beyond what this entry-level role involves, and we do not believe the post would use your skills or keep you engaged. We have therefore decided not to shortlist you.

We would encourage you to look at our Senior Scientist vacancies, which are advertised on NHS Jobs.

Yours sincerely,
Recruitment Team
Northgate General Hospital NHS Trust`, 'Application for Laboratory Assistant (Ref 312-LA-0442)'),

  // 13
  hold('interview', ['role_closed'], {},
    `Hi Daniela,

I owe you an update after your interviews with Felipe and Carla. The short version: the company announced a hiring freeze on Friday while the new CFO reviews headcount for Q1, and every open role including this one is paused. You're still very much in the process and nobody's been hired; we just can't move to the next step until the freeze lifts, which I'm told should be in about four to six weeks.

I'll come back to you as soon as I know more.

Abrazos,
Sofía Ruiz
Talent Partner, Cobalto Pagos (Bogotá)`, 'Update on the Risk Analyst process'),

  // 14
  rej('application', ['generic'], {},
    `<html><body><p>Dear Kwame,</p><p>Thank you for applying for the position of <b>Sales Representative</b>.&nbsp;We regret to inform you that your application has not been successful on this occasion.</p><p>Regards,<br/>Talent Acquisition</p></body></html>`, 'Application status'),

  // 15
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Ben,

Thanks for your time on the phone yesterday. As we discussed, this role involves a lot of day-to-day work in German with our Swiss and Austrian clients, and at the moment your German is at a basic level. That's the one thing we can't work around, so I won't be passing your profile to the hiring manager this time.

Thanks,
Lena Brandt
Recruiter, Alpenfin AG`, 'Client Success Manager (DACH)'),

  // 16
  rej('final', ['generic'], {},
    `Dear Mr. Nakamura,

Thank you very much for participating in the final interview for the Overseas Sales Manager position at Shiroyama Shipping Co., Ltd.

After deliberation, we regret to inform you that we are unable to offer you employment.

We sincerely appreciate the time you devoted to our selection process and wish you every success in the future.

Human Resources Department
Shiroyama Shipping Co., Ltd.`, 'Result of final interview'),

  // 17
  rej('application', ['skills_gap'], { ...fb },
    `Hello,

Thank you for your application for Registered Nurse – ICU (Req #24-8812).

Unfortunately, this position requires a minimum of 2 years of critical care experience and current ACLS certification, and your application does not show either requirement. We are therefore unable to move forward with your candidacy for this role.

Riverside Regional Medical Center
Talent Acquisition

Please do not reply to this message. This mailbox is not monitored. Taleo Business Edition.`, 'Registered Nurse - ICU (Req #24-8812)'),

  // 18
  rej('interview', ['position_filled'], {},
    `Hi Grace,

Quick note to say thank you for the interview on the 3rd. We've made an offer to another candidate and they've accepted, so the Community Manager role is now filled.

Best,
Ollie
Harrowgate Hops Brewing Co.`, 'Community Manager'),

  // 19
  rej('interview', ['role_closed'], {},
    `Dear Ahmed,

Thank you for attending the second interview for Network Planning Engineer. I am writing to let you know that, following a decision by management to restructure the Network Planning department, this position has been cancelled. We are therefore not able to proceed with your application.

We apologise for the inconvenience and thank you for your time.

Best regards,
Nour El-Sayed
HR Business Partner, Nilewave Telecom, Cairo`, 'Network Planning Engineer - update'),

  // 20
  rej('application', ['generic'], { ...door },
    `Hi Chloé,

Thanks so much for your interest in joining us at Pennywise! We've read every application for our Customer Support Specialist role and, after a lot of thought, we won't be moving forward with yours this time.

We'd love to stay in touch though: we've added you to our talent pool and will reach out if something opens up that looks like a match.

The Pennywise Hiring Team
---
Workable | You received this email because you applied via Pennywise's careers page.`, 'Your application at Pennywise'),

  // 21
  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Dear Ms. Fernandes,

Thank you for interviewing with us for the position of HSE Advisor at Atlantis Offshore Services in Aberdeen.

The panel concluded that two factors prevented us from proceeding. Firstly, the role requires a NEBOSH International Diploma, whereas you hold the General Certificate. Secondly, the post includes a 2-week-on, 2-week-off rotation on platforms in the North Sea and requires the successful candidate to be resident in the UK, and you told us you would not be able to relocate from Goa before late next year.

We thank you for your interest and wish you well.

Yours sincerely,
Gordon McIntyre
HR Manager, Atlantis Offshore Services Ltd`, 'HSE Advisor – Interview Outcome'),

  // 22
  rej('assessment', ['assessment'], {},
    `Hi Mateus,

Thanks for working on the case study for our Credit Analyst role. Our team has reviewed all submissions and unfortunately yours did not meet the standard we were looking for to move forward to interviews.

Best,
Caju Crédito Recruiting
Sent via Lever`, 'Caju Crédito - Credit Analyst'),

  // 23
  rej('application', ['profile_mismatch'], {},
    `Dear Sir/Madam,

Thank you for your interest in working at Baltic Bay Ferries. We have received many applications for the position of Deck Officer and have decided to proceed with candidates whose experience more closely matches our requirements.

Kind regards,
HR – Baltic Bay Ferries, Tallinn`, 'Deck Officer application'),

  // 24 long, key sentence in the middle
  rej('final', ['salary', 'position_filled'], { ...fb, ...door },
    `Dear Kofi,

I hope this finds you well, and I hope the trip back to Kumasi after last week's assessment day went smoothly. Before anything else, thank you. I know the day was long: the case presentation in the morning, the group exercise, the lunch with the commercial team and then the final panel with Abena and our Managing Director, all in a building where the air conditioning decided to give up at about two o'clock. You handled it with a calm that several people commented on, and your presentation on the distributor margin problem in the Northern region was one of the clearest we saw.

I also want to be open with you about how the decision was reached, because I think you deserve more than a form letter. We had three finalists for the Regional Sales Manager role and the panel rated two of you very close together. When we came to the offer stage, the difference between the two came down to cost. The package you set out in your pre-assessment form, a base of GHS 38,000 a month plus the vehicle and fuel allowance, is roughly a quarter above the band approved for this grade, and the board would not sign off on an exception for a new hire in this position. The other finalist's expectations sat within the band, we made them an offer on Monday and they accepted yesterday.

I am sorry, because I think you would have done the job well. Please don't read anything into this about your ability; it was a budget question, not a performance one.

We are opening a Key Accounts Lead position in Accra in the new year which sits in a higher grade, and I would very much like to send you the details when it is approved. If you would rather I did not, just tell me.

In the meantime, thank you again for the time and effort you put into our process, and for the very thoughtful questions you asked at the end of the panel.

With best regards,
Efua Mensah-Bonsu
Head of Talent, Golden Stool Brewery Ltd
Spintex Road, Accra | +233 30 000 0000

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and intended only for the addressee. If you have received it in error, please notify the sender and delete it.`, 'Regional Sales Manager - outcome of assessment day'),

  // 25
  rej('application', ['generic'], {},
    `Thank you for applying to Vantor Bank. Your application for Operations Associate was reviewed and will not be taken forward. Reference: VB-R-00871.`, 'Vantor Bank: application R-00871'),

  // 26
  rej('screen', ['overqualified'], { ...fb, ...door },
    `Hi Pauline,

It was lovely speaking with you this morning. After our chat I went back to the hiring manager and we both feel the same way: with fifteen years of running finance teams, including the IPO at your last company, you'd be far beyond this Accounts Payable Supervisor role, and we'd worry you'd be bored within a month. So we're not going to progress this one.

I'd really like to keep you in mind for our Finance Director search, which I expect to open in February. I'll be in touch then if you're happy for me to.

Best,
Karen Whitlock
Senior Consultant, Brightpath Finance Recruitment`, 'AP Supervisor – our call'),

  // 27
  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Stefan,

Thank you for taking the time to meet with our team for the Product Owner position. We enjoyed learning about your experience.

After careful consideration, we have decided to move forward with other candidates whose profiles better align with the needs of the role at this time.

Should you wish to receive feedback on your interview, please reply to this email and we will arrange a short call.

Kind regards,
Talent Acquisition
Donauwerk Digital GmbH
Sent via Personio`, 'Your application as Product Owner at Donauwerk Digital'),

  // 28
  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Priyanka,

Thanks for sending the SQL exercise back so quickly. I went through it with our analytics lead. The first three queries were fine, but the window-function questions (4 and 5) weren't attempted and the cohort query returned duplicated rows, and those are the core of what this role does every day with our transaction tables. We need someone who's already comfortable with window functions and CTEs, so I'm sorry, but we won't be going ahead.

Best,
Dev
Founder, Kharcha (Bengaluru)`, 'Re: Kharcha data analyst exercise'),

  // 29
  rej('application', ['internal_candidate'], { ...door },
    `Dear Fatima,

Thank you for applying for the Procurement Officer vacancy at Sahel Cement Company.

We wish to inform you that the vacancy has been filled through internal promotion of a current staff member. Your CV will be retained in our database for six months and you may be contacted if a suitable vacancy arises.

Yours faithfully,
Human Resources
Sahel Cement Company, Kano`, 'Procurement Officer vacancy'),

  // 30
  rej('interview', ['generic'], {},
    `Hi Noah,

Thanks for meeting us on Wednesday. We've now finished the interviews and I'm sorry to say we've decided not to offer you the Data Engineer role.

Good luck with everything.

Rachel

Rachel Owusu | Hiring Manager | Tideline Insurance
Sent from my iPhone`, 'Data Engineer'),

  // 31
  rej('application', ['location'], {},
    `Dear {FirstName},

Thank you for applying for the Field Service Technician role. This position is based on site at our Rotterdam terminal, five days a week, and we can only consider candidates who live within commuting distance or are able to relocate before the start date. Unfortunately we cannot proceed with your application.

Regards,
Recruitment – Maasport Terminals BV
Powered by Recruitee`, 'Field Service Technician – Maasport Terminals'),

  // 32
  hold('application', ['generic'], {},
    `Hello Ama,

Thank you for your patience. We wanted to let you know that the review of applications for the Communications Officer role is taking longer than planned because of the number received. No decisions have been made yet and your application is still being considered. We expect to contact shortlisted candidates by the end of the month.

Best regards,
Recruitment Team
Fair Harvest Foundation`, 'Update on your application'),

  // 33
  rej('final', ['culture_fit'], {},
    `Dear Hannah,

Thank you for joining us for the final round of interviews for Senior Copy Editor. We very much appreciated your time.

While your experience is impressive, we felt that another candidate was a better fit for our team culture and the way we work together. We have therefore decided not to proceed with your application.

Kind regards,
Linden & Rowe Publishers`, 'Senior Copy Editor – final round'),

  // 34
  rej('screen', ['role_closed'], { ...door },
    `Hi Diego,

I wanted to come back to you after our first chat last week. Unfortunately the client has told me today that they've lost the budget for the Payments Product Manager role and won't be hiring for it this year, so the search is closed.

I'll definitely keep you in mind for other product roles I'm working on - there's a couple in Madrid that might suit you in January.

Cheers,
Marc Vidal
Principal Consultant, Norte Talent Partners`, 'Payments PM - bad news'),

  // 35
  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant,

We thank you for your interest in the position of Civil Engineer at Bantu Cement & Construction.

Applications were assessed against the minimum requirements advertised. Your application did not meet the requirement of registration as a Professional Engineer with ECSA, and it was therefore not shortlisted.

Kind regards
Talent Acquisition
Bantu Cement & Construction (Pty) Ltd, Johannesburg`, 'Civil Engineer application – outcome'),

  // 36
  rej('interview', ['overqualified', 'salary'], { ...fb },
    `Hi Mehmet,

Thanks for talking to Selin and me on Friday. I'll be honest about where we landed. You've run a whole logistics operation, and this Shift Coordinator role is a lot smaller than what you've done; we think you'd outgrow it very quickly. On top of that, what you'd need to make the move (you mentioned around 95k TL a month) is close to double the range for the job. We'd rather be straight with you now than waste your time.

Thanks again,
Emre Aydın
Operations Manager, Boğaz Lojistik`, 'Shift Coordinator - Boğaz Lojistik'),

  // 37
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Ruth,

Thank you for applying for the position of Marketing Coordinator at Meridian Health Partners.

We have carefully reviewed your application, and although your experience is valuable, we have decided to pursue candidates whose qualifications more closely match the requirements of this role.

We encourage you to keep an eye on our careers site and apply for future openings that match your skills and experience.

Sincerely,
Meridian Health Partners Talent Acquisition

*** This is an automated notification from iCIMS. Please do not reply. ***`, 'Thank you for your interest in Meridian Health Partners'),

  // 38 thread reply
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Yusuf,

Sorry for the slow reply. I asked the panel and the main thing was that we need someone who has already managed a Basel III capital reporting cycle end to end, and your experience has mainly been on the liquidity side. That's what tipped it.

Thanks,
Claire

Claire Donnelly | HR Manager | Harbourside Bank

-----Original Message-----
From: Yusuf Abdi
Sent: 02 October 2026 10:14
To: Claire Donnelly
Subject: RE: Regulatory Reporting Manager

Hi Claire, thank you for letting me know. Would it be possible to get any feedback from the interview?

-----Original Message-----
From: Claire Donnelly
Sent: 01 October 2026 17:30
Subject: Regulatory Reporting Manager

Dear Yusuf, thank you for interviewing with us last week. We will not be progressing your application further.`, 'RE: Regulatory Reporting Manager'),

  // 39
  rej('assessment', ['generic'], {},
    `Dear Nadia,

We refer to your application for Trainee Pharmacist and the pre-employment checks that followed your conditional offer. Having received the outcome of those checks, we are unable to confirm your appointment and the conditional offer is withdrawn.

Yours sincerely,
Medical Staffing Office
Al Noor Specialist Hospital, Riyadh`, 'Trainee Pharmacist – pre-employment checks'),

  // 40
  rej('final', ['internal_candidate'], { ...offered },
    `Dear Ms Ito,

Thank you for taking part in the final stage of the selection process for Director of Communications at the Ministry of Digital Affairs.

The selection board has recommended the appointment of a candidate currently serving within the Ministry. While this outcome will be disappointing, the board wished me to record that your final presentation was of a high standard.

If you would like a feedback conversation with a member of the board, please contact the Recruitment Unit within 14 days of this letter.

Yours sincerely,
Recruitment Unit, Ministry of Digital Affairs`, 'Director of Communications – Selection outcome'),

  // 41
  rej('application', ['role_closed'], {},
    `Hi Sam,

Thank you for applying for the Junior Buyer position at Corkscrew Craft Beers. We wanted to let you know that we have decided not to fill this position at this time, and so we've closed the listing.

Thanks,
Corkscrew Craft Beers via BambooHR`, 'Junior Buyer at Corkscrew Craft Beers'),

  // 42
  rej('interview', ['location'], { ...fb, ...door },
    `Hi Aisha,

Thank you for the time you spent with us on the video interview. We liked your approach to the investor-relations content a lot.

Where it fell down is the in-office requirement. After the interview our leadership confirmed the role has to be in our Dubai office at least four days a week, and you told us you're staying in Nairobi for family reasons for the next couple of years. We can't make the remote arrangement work for this position.

If we open a remote role in the comms team I'll come to you first.

Best,
Layla Haddad
Head of Communications, Falcon Wealth`, 'Investor Relations Writer - Falcon Wealth'),

  // 43
  other(
    `Dear Applicant,

Thank you for your application. Due to the high volume of applications received, only shortlisted candidates will be contacted. If you have not heard from us within two weeks of the closing date, please consider your application unsuccessful.

HR Department, Eastbridge Shipping Agencies`, 'Auto-reply: Application received'),

  // 44
  rej('screen', ['culture_fit'], { ...fb },
    `Hi Jordan,

Thanks for the call on Monday. I've thought about it and I don't think we're the right place for you right now. You told me pretty clearly you want a structured environment with defined processes and a clear ladder, and we're four people who change our plan every other week. That's not a criticism of what you want, it's just not us.

Good luck!
Priya
Founder, Stackwell`, 'stackwell'),

  // 45
  rej('interview', ['assessment'], { ...fb },
    `Dear Mr Kowalczyk,

Thank you for attending the technical interview for the position of Maintenance Planner at Tatra Cement.

As part of the interview you completed a written planning exercise. Your score of 52 out of 100 did not reach the minimum of 65 set for this role, mainly due to errors in the preventive-maintenance scheduling section. For this reason we are unable to offer you the position.

Yours faithfully,
Human Resources Department
Tatra Cement S.A.`, 'Maintenance Planner – result'),

  // 46
  hold('final', ['role_closed'], {},
    `Hi Ravi,

Thank you for completing the final round. I know you were expecting to hear from us this week, so I want to give you an honest update. Our parent group has asked all subsidiaries to pause external hiring until the merger review is complete, and that includes the Treasury Manager role. You remain one of our two finalists and no decision has been made on your candidacy. I hope to have more news in January.

Regards,
Anjali Mehta
HR Director, Seabright Fintech`, 'Treasury Manager – status'),

  // 47
  rej('application', ['salary'], { ...fb },
    `Hello Mikael,

Thank you for applying for the IT Support Technician role at Göteborgs Hamnservice. In your application you stated a salary expectation of 48,000 SEK per month. The salary for this position is set at 34,000–37,000 SEK per month, so we will not be proceeding with your application.

Best regards,
Göteborgs Hamnservice AB
Sent via Teamtailor`, 'Your application: IT Support Technician'),

  // 48 agency
  rej('interview', ['profile_mismatch'], {},
    `Hi Tunde,

Just had the feedback from the client on Tuesday's interview. They've decided to go with a candidate who they felt was a closer match overall. Sorry mate, I know you were keen on this one.

Speak soon,
Gavin
Gavin Price | Senior Consultant | Redline Energy Recruitment | Aberdeen`, 'Re: Field Engineer interview feedback'),

  // 49
  rej('application', ['overqualified'], {},
    `Dear Gabriel,

Thank you for your interest in the Junior Reporter position at the Coastal Herald.

After reviewing your application, we believe your experience exceeds what we are seeking for this entry-level role, and we will not be taking your application further.

Sincerely,
The Coastal Herald`, 'Junior Reporter'),

  // 50
  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Hi Nikolai,

Thanks for spending the whole day with us at the onsite. Everyone enjoyed the pairing session.

We've decided not to extend an offer. The team's main concern was Kubernetes: the platform role needs someone who has run production clusters, and from the system design session and your own description you've mostly used managed services with someone else owning the infrastructure.

Happy to get on a call if you'd like more detail.

Best,
Hana Svoboda
Engineering Manager, Flux Ledger`, 'Flux Ledger – Platform Engineer'),

  // 51
  rej('application', ['position_filled'], { ...door },
    `Dear Candidate,

Thank you for your application to the post of Staff Nurse (Theatres). We regret to inform you that the post has now been filled. We will keep your application on file and may contact you should a similar vacancy become available.

Kind regards,
Recruitment, Kingsgate Private Hospital`, 'Staff Nurse (Theatres)'),

  // 52
  rej('interview', ['salary'], { ...fb },
    `Dear Oluwaseun,

Thank you for attending the interview for Senior Relationship Manager. We were impressed with your knowledge of the corporate banking market.

However, the remuneration you indicated during the interview (₦2.1m per month) is considerably above the approved band for this grade, and we are unable to meet it. We will therefore not be proceeding with your application.

Regards,
Human Capital Management
Crown Atlantic Bank Plc`, 'Senior Relationship Manager – interview outcome'),

  // 53
  rej('screen', ['generic'], {},
    `Hi Emma, thanks for the chat on Thursday. We've decided not to move you forward for the Account Executive role. All the best! – Jo, Recruiting @ Tillpoint`, 'Tillpoint AE'),

  // 54
  rej('interview', ['internal_candidate', 'role_closed'], {},
    `Dear Ricardo,

Thank you for your interview for the Logistics Manager role. Following a reorganisation of our supply chain team, the responsibilities of this role have been merged into an existing position held by a current colleague, and the vacancy has been withdrawn.

We are sorry for any inconvenience.

Kind regards,
HR, Cervejaria Serra Alta`, 'Logistics Manager – vacancy withdrawn'),

  // 55
  rej('application', ['skills_gap', 'location'], { ...fb },
    `Hi Wanjiru,

Thanks for applying for the Compliance Officer role at Mkopo Finance. Unfortunately we can't take your application forward: the role requires a CPA(K) qualification, which you told us you're still working towards, and it's based in our Kampala office, where you'd need a Ugandan work permit that we're not able to sponsor for this level.

Best wishes,
Mkopo People Team
Sent via Pinpoint`, 'Compliance Officer at Mkopo Finance'),

  // 56
  rej('final', ['profile_mismatch'], { ...door },
    `Dear Lucía,

Thank you for being part of the final stage for the Head of Partnerships role at Club Atlético Ribera.

It was a difficult decision, and in the end we decided to move forward with a candidate whose experience aligned slightly more closely with our priorities for the coming season.

We have been very impressed with you and would love to keep in touch. Please don't hesitate to apply for future roles with the club.

Un saludo,
Marina Ortega
Directora de Personas, Club Atlético Ribera`, 'Head of Partnerships'),

  // 57
  rej('application', ['generic'], {},
    `Dear [Candidate Name],

Thank you for your interest in the position of [Job Title] at Halvorsen Maritime. After careful review, we regret to inform you that we will not be moving forward with your application at this time.

Sincerely,
[Recruiter Name]
Halvorsen Maritime AS`, 'Your application to Halvorsen Maritime'),

  // 58
  hold('screen', ['generic'], {},
    `Hi Chidera,

Sorry for the radio silence since our call. The hiring manager has been out on leave unexpectedly and we haven't been able to schedule next interviews. Nothing's changed on our side – you're still in the running – I just don't have dates yet. Should know more after the 20th.

Thanks for bearing with us,
Mia
Talent, Palmwave Telecom`, 'Re: Next steps'),

  // 59
  rej('assessment', ['assessment'], { ...door },
    `Hi Liam,

Thanks for taking the time to complete our writing assignment for the Content Marketing Manager role. Unfortunately, your submission didn't progress to the interview stage this time.

We'd love for you to apply again in the future as we grow.

Best,
The Hopfield Team
Sent from Workable`, 'Hopfield Content Marketing Manager'),

  // 60
  rej('interview', ['culture_fit', 'skills_gap'], { ...fb },
    `Dear Mr. Lindqvist,

Thank you for your interview for the Head of Fleet Operations position.

The panel valued your long experience on tankers. However, the role requires hands-on experience with LNG carriers, which you do not yet have, and the panel also felt that your preference for a top-down management style would not sit easily with the collaborative way our fleet teams are run.

For these reasons we will not proceed with your application.

Yours faithfully,
Nordic Gas Carriers AS – Human Resources`, 'Head of Fleet Operations'),

  // 61
  rej('application', ['role_closed'], {},
    `Hello,

The job you applied for, Graduate Geologist (Job ID 118-442), is no longer available. The requisition has been cancelled and your application will not be considered further.

Deltastream Oil & Gas Careers
This email was generated by Oracle Recruiting Cloud. Do not reply.`, 'Update on Job 118-442'),

  // 62
  rej('screen', ['location'], { ...fb },
    `Hi Ana,

Thanks for the call earlier. As I mentioned at the end, I double-checked with the team, and they do need the Sales Development Rep to be in the Lisbon office three days a week. As you're in Porto and not planning to move, we won't be able to take it further.

Sorry, and thanks again for your time.
Rita
Talent @ Quanto Pay
(SmartRecruiters)`, 'SDR role – Quanto Pay'),

  // 63
  rej('final', ['assessment'], { ...fb },
    `Dear Zainab,

Thank you for attending our assessment centre for the Management Trainee scheme on Saturday.

While you performed well in the panel interview, your score in the group case exercise (2.1 out of 5) fell below the threshold of 3 that candidates must reach, and the assessors noted that your financial analysis in the written case was incomplete. We are therefore unable to offer you a place on the scheme.

Regards,
Graduate Recruitment Team
Lafia Cement Company`, 'Management Trainee scheme – assessment centre outcome'),

  // 64
  rej('application', ['overqualified'], { ...door },
    `Hi Martin,

Thanks for applying for the Customer Service Assistant role at Anglian Water Bus & Ferry. Reading your CV, we think your experience as a regional operations manager is well beyond what this role needs, so we don't think it's the right fit. We'd be very happy to hear from you for our supervisory and management roles when they open.

Best,
Recruitment Team`, 'Customer Service Assistant'),

  // 65
  rej('interview', ['position_filled'], { ...offered },
    `Hi Kemi,

Thanks again for interviewing with us. We've now offered the Events Manager role to another candidate, who has accepted.

If feedback would be useful, just reply and I'll send over some notes.

Regards,
Daniel Ogu
Lagos Marathon Sports Club`, 'Events Manager'),

  // 66
  rej('application', ['internal_candidate'], {},
    `Dear Applicant,

Thank you for your application for the position of Finance Manager. Please be advised that this position has been filled by an internal candidate.

Talent Acquisition | Atlas Telecom Maroc
This message was sent automatically by Jobvite.`, 'Finance Manager'),

  // 67
  hold('application', ['role_closed'], {},
    `Dear Anna,

Thank you for your application for the role of Export Manager. We would like to inform you that the recruitment for this role has been temporarily suspended while we review our export strategy. Your application remains on file and will be considered once the process resumes. We will contact you when that happens.

Kind regards,
Brauerei Lindenhof GmbH`, 'Export Manager – recruitment paused'),

  // 68 thread: salary
  rej('interview', ['salary'], { ...fb, ...door },
    `Hi Omar,

Thanks for being so open about your numbers. I've checked with finance and the absolute top of the range for this role is 18,000 AED a month, and you said you wouldn't move for less than 24,000. I don't think we can bridge that gap, so I'm going to close this out for now, but if the budget changes next year I'll reach out.

Nadia

> On 4 Nov 2026, at 14:12, Omar Khalil wrote:
> Hi Nadia, thanks for the interview yesterday. To confirm, my expectation would be around 24k AED monthly.`, 'Re: Digital Marketing Lead'),

  // 69
  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Sipho,

Thank you for completing the technical assessment for Electrical Technician. You passed the written theory paper but did not pass the practical fault-finding test, and you do not yet hold the Wireman's Licence required for this role. We are therefore not able to take your application forward.

Regards,
Recruitment, Umgeni Cement Works`, 'Electrical Technician – assessment'),

  // 70
  rej('interview', ['overqualified'], {},
    `Hi Sophie,

Thank you for interviewing with us for the Editorial Assistant role. The team really enjoyed meeting you. After discussion, we felt that your background is more senior than what this role requires, and we've decided to move ahead with a candidate at an earlier stage of their career.

Warm regards,
Greenhill Press`, 'Editorial Assistant'),

  // 71
  rej('application', ['culture_fit'], {},
    `Dear Ivan,

Thank you for applying to Kolo Fintech. We have reviewed your application and concluded that it does not align with the values and culture we are building, so we will not proceed.

Kolo Fintech People Team`, 'Application update – Kolo Fintech'),

  // 72 long ministry
  rej('interview', ['skills_gap', 'role_closed'], { ...fb, ...door },
    `Dear Mr. Banda,

RE: APPLICATION FOR THE POSITION OF SENIOR PROCUREMENT SPECIALIST (REF: MOF/PIU/2026/014)

Reference is made to your application for the above position and to the interview held at the Ministry of Finance Headquarters on 14 August 2026, which you attended.

The Ministry wishes to thank you for your interest in the Project Implementation Unit and for the time you spent preparing for and attending the interview. The interview panel consisted of representatives from the Procurement Department, the Legal Department and the development partner financing the project, as required by the financing agreement.

Following the interview, the panel assessed all candidates against the criteria set in the Terms of Reference. The panel noted that you do not possess the required five years of experience in procurement under World Bank procedures, having worked mainly under the national Public Procurement Act. In addition, the development partner has since informed the Ministry that the second phase of the project has been deferred, and the Senior Procurement Specialist position has therefore been abolished pending a new financing agreement.

For these reasons, the Ministry is unable to offer you the position.

Please note that the Ministry will advertise positions under the next phase once financing is confirmed, and you are encouraged to apply then.

The Ministry wishes you success in your future endeavours.

Yours faithfully,

For: SECRETARY TO THE TREASURY
Human Resource Management Unit
Ministry of Finance, Lilongwe`, 'RE: APPLICATION – SENIOR PROCUREMENT SPECIALIST'),

  // 73
  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Felix,

Thank you for speaking with me on Monday about the Brewing Quality Lead role. After reviewing our conversation with the team, we've decided to focus on candidates whose experience is a closer match to what we need right now.

I'll keep your details on file and reach out if something comes up that fits better.

Best,
Amelie Roth
Recruitment Partner, Hopfenhaus Brauerei`, 'Brewing Quality Lead'),

  // 74
  rej('application', ['position_filled'], {},
    `Good afternoon,

Thanks for your CV for the Shipping Clerk vacancy. I'm afraid we've already appointed someone. Kind regards, Ruth (office manager), Tyne Freight Forwarding`, 'RE: Shipping Clerk vacancy'),

  // 75
  rej('interview', ['internal_candidate'], { ...door },
    `Hi Jae-won,

I wanted to personally let you know that we've decided to fill the Growth Lead position with someone already on our team. I really enjoyed our conversation last Thursday and I hope you'll apply again when we open more roles next year.

Cheers,
Minji Park
CEO, Paywave Korea`, 'Growth Lead'),

  // ── One inbox: Morenike Adesanya, Lagos business reporter moving into corporate communications and PR
  // 76
  other(`Dear Morenike,

Thank you for applying for the role of Corporate Communications Officer at Zenora Bank Plc. We have received your application and our team will review it carefully. If your profile matches our requirements, a member of the recruitment team will contact you regarding next steps.

You can track the status of your application at any time by signing in to your candidate home.

Kind regards,
Zenora Bank Talent Acquisition

This is a system-generated message from Workday. Please do not reply.`, 'We have received your application – Corporate Communications Officer'),

  // 77
  other(`NaijaHire Job Alert: 6 new jobs match "communications" in Lagos

• Media Relations Executive – Brightline PR – Lagos (Ikoyi)
• Corporate Affairs Analyst – Harvest & Hale Nigeria Plc – Lagos
• Communications Officer – Civic Ledger Initiative – Abuja
• Content Writer (Remote) – Kudipay – Remote
• Internal Communications Specialist – Lumen Mobile Nigeria – Lagos
• Brand Journalist – Tropical Commercial Bank – Lagos

Unfortunately, some listings close soon. Apply today!

You are receiving this because you created a job alert on NaijaHire. Manage alerts | Unsubscribe`, '6 new jobs for "communications" in Lagos'),

  // 78
  other(`Hi Morenike,

Thanks for applying for Media Relations Executive. We enjoyed reading your application and your clippings from the Ledger's business pages.

As the next step, we'd like you to complete a short writing test: a press release and a 150-word media pitch based on a brief we will send at 10am on Thursday 21 May. You'll have three hours. Please confirm you're available, or suggest another day this week.

Best,
Yetunde Ajayi
Talent & Operations, Brightline PR`, 'Brightline PR – writing test'),

  // 79
  other(`Dear Morenike,

Thank you for your interest in joining Lumen Mobile Nigeria. This is to confirm that we have received your application for Internal Communications Specialist (Req. LMN-2611).

Due to the volume of applications, we are unable to respond individually at this stage. Candidates whose profiles fit the role will be contacted.

Lumen Mobile Nigeria – Careers
Powered by SmartRecruiters`, 'Application received: Internal Communications Specialist'),

  // 80
  other(`Hi Morenike,

Great speaking with you on Friday. As promised, I've sent your CV over to two of my clients: a consumer-goods multinational looking for a Corporate Affairs Analyst and an oil-services company hiring a Communications Lead. I'll let you know as soon as I hear anything. In the meantime, could you send me three of your strongest published pieces, ideally one on a company's results?

Speak soon,
Chinedu Obi
Senior Consultant, TalentBridge West Africa`, 'Great to speak today'),

  // 81
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Morenike,

Thank you for completing the writing test last week. Our account directors reviewed all the submissions blind.

Your media pitch was one of the sharpest we received. The press release, however, read like a news story rather than a client release: the client's key message only appeared in the fourth paragraph, and the quote from the CEO was written in a reporter's voice rather than the client's. That section is weighted most heavily, so your overall score fell below the bar for interview this time.

We hire every few months and would be glad to see you apply again once you've had more practice with client-side writing.

Best,
Yetunde Ajayi
Brightline PR`, 'Brightline PR – writing test result'),

  // 82
  other(`Dear Morenike,

Thank you for your application for Corporate Affairs Analyst at Harvest & Hale Nigeria Plc.

We are pleased to invite you to a first interview via Microsoft Teams with Mrs. Ngozi Eze, Corporate Affairs Manager, and Mr. Kunle Bello, HR Business Partner.

Date: Tuesday 2 June 2026
Time: 11:00 WAT
Duration: 45 minutes

Please confirm your attendance by replying to this email. We look forward to speaking with you.

Kind regards,
Talent Acquisition, Harvest & Hale Nigeria Plc`, 'Invitation to interview – Corporate Affairs Analyst'),

  // 83
  rej('application', ['generic'], {},
    `Dear Morenike Adesanya,

Thank you for your interest in the Corporate Communications Officer position at Zenora Bank Plc.

After careful review, we regret to inform you that your application was not successful on this occasion.

We wish you every success in your future endeavours.

Zenora Bank Talent Acquisition
This is a system-generated message from Workday. Please do not reply.`, 'Your application – Corporate Communications Officer'),

  // 84
  other(`Institute of Communication Practitioners (Lagos Chapter) – May Bulletin

In this issue:
- Crisis communication in the age of WhatsApp: notes from our April breakfast session
- Certificate in Public Relations: Module 3 (Media Relations) exams hold on 27 June. Candidates who have not yet registered should do so by 10 June.
- Member news: congratulations to colleagues appointed to new roles this month
- Job board: unfortunately, we can no longer post vacancies free of charge for non-corporate members

Regards,
Membership Secretariat, ICP Lagos`, 'ICP Lagos – May Bulletin'),

  // 85
  other(`Hi Morenike,

Thanks for your time today. I'm pleased to let you know that Ngozi would like you to come in for a second interview, this time in person at our Ilupeju office, with the Corporate Affairs Director. Could you do Thursday 11 June at 2pm or Friday 12 June at 10am?

Please bring a printed copy of your portfolio.

Regards,
Kunle Bello
HR Business Partner, Harvest & Hale Nigeria Plc`, 'RE: Invitation to interview – Corporate Affairs Analyst'),

  // 86
  rej('screen', ['skills_gap'], { ...fb },
    `Hello Morenike,

Thank you for speaking with me on Wednesday about the Internal Communications Specialist role.

As I mentioned, the hiring manager is looking for at least three years of in-house communications experience, particularly running employee engagement campaigns and intranet content for a large workforce. Your background as a reporter and sub-editor is strong, but you don't yet have in-house experience, so we won't be moving you to the panel interview.

Thank you for your interest in Lumen Mobile.

Regards,
Ifeoma Nwosu
Talent Acquisition, Lumen Mobile Nigeria`, 'Internal Communications Specialist – update'),

  // 87
  other(`Hi Morenike,

Quick check-in. The Harvest & Hale team tells me your first interview went well, and I've heard that Delta Crest have shortlisted your CV for the Communications Lead role; expect a call from their HR this week. How are you getting on with your other applications? Let me know if any dates clash and I'll help juggle.

Chinedu`, 'Checking in'),

  // 88
  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Ms Adesanya,

Thank you for applying for the position of Communications Assistant at Delta Crest Energy Services.

Having reviewed your CV, we feel that with eight years in journalism, including four as a sub-editor managing a team of reporters, you are considerably more experienced than this entry-level role requires. We have therefore not shortlisted you for this position.

We note that our recruitment partner has also put your profile forward for the Communications Lead position, and this decision does not affect that application.

Yours sincerely,
HR Department
Delta Crest Energy Services Ltd, Port Harcourt / Lagos`, 'Communications Assistant'),

  // 89
  other(`Dear Morenike,

This is to confirm your phone screening with Delta Crest Energy Services for the position of Communications Lead on Monday 8 June 2026 at 3:30 pm WAT. Ms. Tamuno Briggs (HR Manager) will call you on the number on your CV.

Regards,
Delta Crest HR`, 'Phone screening – Communications Lead'),

  // 90
  other(`Hi Bola-Mo,

Hope PR life is treating you kindly! I'm applying for the deputy business editor job at Sunday Mercantile and they want two referees. Would you be willing to be one of them? You sub-edited my copy for three years so you know my work better than anyone. I'd only need you to answer an email from their HR, nothing more.

Let me know. And I'm not sorry to say the desk misses you.

Femi
(Femi Oduwole, Business Editor, The Lagos Ledger)`, 'Small favour – reference?'),

  // 91
  rej('interview', ['location'], { ...fb },
    `Dear Morenike,

Thank you for interviewing with us for the Account Manager role at Cowrie Communications. We enjoyed the conversation, especially your ideas on how West African business media cover the consumer sector.

After discussing it with our managing partner, we are not able to take your application forward. The role is client-facing in Accra from day one, and as you confirmed you would need us to obtain a Ghanaian work permit and support relocation, which we are not in a position to do for this level of role at present.

Kind regards,
Efe Quaye
Associate Director, Cowrie Communications, Accra`, 'Account Manager – Cowrie Communications'),

  // 92
  hold('interview', ['role_closed'], {},
    `Dear Morenike,

Thank you for attending the second interview last week.

I am writing to inform you that Harvest & Hale Nigeria has announced a change in leadership of the Corporate Affairs function, and the new Director has asked that all open roles in the team be put on hold until she has reviewed the structure. This is not a decision on your application; you remain under consideration and we will get back to you once the review is complete, which we expect to take three to four weeks.

We apologise for the delay and appreciate your patience.

Kind regards,
Kunle Bello
HR Business Partner, Harvest & Hale Nigeria Plc`, 'Corporate Affairs Analyst – process update'),

  // 93
  other(`PRWorks Africa | Weekly roles for communicators

Remote
- Communications Manager, pan-African fintech (remote, WAT ±2)
- Freelance Editor, impact newsletter (remote)

Lagos
- PR Account Executive, Brightline PR
- Corporate Communications Officer, Tropical Commercial Bank

Abuja
- Communications & Advocacy Officer, Civic Ledger Initiative

Accra
- Senior Content Lead, Cowrie Communications

Not interested in these? Update your preferences. Thanks for being part of PRWorks Africa.`, 'Your weekly roles: 6 new communications jobs'),

  // 94
  rej('screen', ['salary'], { ...fb },
    `Hey Morenike,

Thanks for hopping on a call with me yesterday. I really liked your samples.

Being upfront: for the remote Content & Communications Lead role our budget is ₦750k a month, and you mentioned you're looking for something around ₦1.2m given the move from the Ledger plus your PR certificate. We're pre-Series A and can't stretch to that right now, so I don't think it makes sense to keep going with the process.

Thanks again, and good luck with the move into comms.

Tobi
Co-founder, Kudipay`, 'Kudipay – our chat'),

  // 95
  other(`Dear Morenike,

Thank you for applying for the position of Communications & Advocacy Officer at Civic Ledger Initiative. Your application has been received and is currently under review by our recruitment panel.

We will contact shortlisted candidates by 30 June. We are grateful for your interest in our work on public-finance transparency.

Warm regards,
Programmes & HR, Civic Ledger Initiative, Abuja`, 'Application received – Communications & Advocacy Officer'),

  // 96
  other(`Hi Femi,

Of course – happy to. Send them my details and I'll respond the same day. You'll walk it.

Morenike

On Tue, 9 Jun 2026 at 08:14, Femi Oduwole wrote:
> Hi Bola-Mo, I'm applying for the deputy business editor job at Sunday Mercantile and they want two referees. Would you be willing to be one of them?`, 'Re: Small favour – reference?'),

  // 97
  rej('screen', ['internal_candidate'], { ...door },
    `Hi Morenike,

Thanks for your chat with Tamuno last week. I've just heard back from Delta Crest, and they've decided to give the Communications Lead role to someone already in their HSE communications team, who has been covering it since the previous lead left. Annoying, I know – it was a good fit on paper.

I'll keep pushing your CV to my clients. There's a bank role coming in soon that I think could suit you.

Chinedu
TalentBridge West Africa`, 'Delta Crest – update'),

  // 98
  other(`Dear Morenike,

Congratulations! Following the review of applications, you have been shortlisted for the position of Communications & Advocacy Officer. We would like to invite you to a panel interview via Zoom on Wednesday 8 July 2026 at 10:00 WAT.

Please also prepare a 5-minute presentation on how you would explain a state budget analysis to a non-specialist audience.

Zoom link to follow.

Programmes & HR, Civic Ledger Initiative`, 'Shortlisted – Communications & Advocacy Officer'),

  // 99
  rej('application', ['profile_mismatch'], {},
    `Dear Morenike,

Thank you for your application for the Brand Journalist role at Tropical Commercial Bank. We received a large number of applications and have decided to progress candidates whose experience more closely matches the requirements of the role.

Regards,
Tropical Commercial Bank – Human Resources
(Sent from iCIMS. Do not reply.)`, 'Brand Journalist – application update'),

  // 100
  other(`Hi Morenike,

Thanks so much for your writing-test feedback request. Yetunde passed it on to me. I'm happy to go through your press release in more detail on a quick call – would Friday at 4pm work?

Adaeze
Account Director, Brightline PR`, 'Re: Writing test feedback'),

  // 101
  rej('interview', ['role_closed'], {},
    `Dear Morenike,

We are writing to inform you that the Civic Ledger Initiative has been notified by one of its core funders that the grant supporting our advocacy programme will not be renewed for 2027. As a result, the Board has decided not to fill the position of Communications & Advocacy Officer, and the recruitment has been cancelled.

We are truly sorry, as the panel enjoyed your interview and presentation very much, and we thank you for the time you gave us.

With warm regards,
Hauwa Musa
Programme Director, Civic Ledger Initiative, Abuja`, 'Communications & Advocacy Officer – recruitment cancelled'),

  // 102
  other(`NaijaHire Job Alert: 4 new jobs match "public relations"

• PR Executive – Cowrie Communications – Accra
• Media Relations Officer – Lumen Mobile Nigeria – Lagos
• Corporate Communications Manager – Zenora Bank – Lagos
• Communications Officer (Remote) – Open Harvest Africa

We regret that salary information is not available for all listings.

Manage alerts | Unsubscribe`, '4 new jobs for "public relations"'),

  // 102b
  rej('application', ['skills_gap'], { ...fb },
    `Dear Morenike,

Thank you for applying for Corporate Communications Manager at Zenora Bank Plc.

For this role we require candidates to hold full professional membership of a recognised public-relations institute and a minimum of five years in a corporate communications function. As your Certificate in Public Relations is still in progress and your experience so far is in the newsroom, your application will not be taken forward.

Zenora Bank Talent Acquisition
This is a system-generated message from Workday. Please do not reply.`, 'Your application – Corporate Communications Manager'),

  // 103
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Morenike,

Thanks for your note and sorry it took a week to come back. I asked Ngozi for her thoughts on the panel interview. She said that your writing and media knowledge were never in question; the gap was in stakeholder management, as the role works directly with regulators and community leaders and you haven't yet managed those relationships from the corporate side. That's what decided it in the end.

Kunle

From: Morenike Adesanya
Sent: Monday, 20 July 2026 09:02
To: Kunle Bello
Subject: RE: Corporate Affairs Analyst

Dear Kunle, thank you for letting me know. Could you share any feedback from the panel?

From: Kunle Bello
Sent: Friday, 17 July 2026 16:45
Subject: Corporate Affairs Analyst

Dear Morenike, following the review, the team has resumed recruitment and I'm sorry to say we will not be offering you the Corporate Affairs Analyst role.`, 'RE: Corporate Affairs Analyst'),

  // 104
  other(`Hi Morenike,

Hope you're well. I've got a new brief from a tier-1 bank for a Corporate Communications Manager (media relations focus, Victoria Island, hybrid). They're paying well and your business-desk contacts would be a huge plus. Shall I put you forward? I'll need your updated CV with the PR certificate modules listed.

Chinedu
TalentBridge West Africa`, 'New bank role – interested?'),

  // 105
  other(`Dear Morenike,

Thank you for your interest in Harvest & Hale. We'd love to stay connected! You've been added to our Corporate Affairs talent community, and you'll receive updates about new roles and events.

To update your preferences, visit your profile.

Harvest & Hale Careers`, 'Welcome to the Harvest & Hale talent community'),

  // 106
  hold('screen', ['role_closed'], {},
    `Hi Morenike,

Bit of a frustrating one. The bank has put its Corporate Communications Manager hire on hold pending its half-year results and a board review of headcount. Nobody has been hired; they've simply stopped interviewing for now. You had a good screen with their HR and they've told me you'd be in the first batch for panel interviews once it restarts, probably in September.

I'll keep you posted.
Chinedu`, 'Bank role – on hold'),

  // 107
  other(`Dear Ms. Adesanya,

Thank you for your application for the Media Relations Officer position at Lumen Mobile Nigeria. We would like to invite you to complete an online writing assessment (45 minutes) by Friday 14 August. The link below is valid for 5 days.

[Start assessment]

If you have any technical difficulties, please contact careers@lumenmobile.example.

Lumen Mobile Nigeria – Careers
Powered by SmartRecruiters`, 'Next step: online assessment – Media Relations Officer'),

  // 108
  rej('application', ['location'], { ...fb, ...door },
    `Hi Morenike,

Thank you for applying for the remote Communications Officer role at Open Harvest Africa.

Unfortunately, due to our payroll and contracting arrangements this year, we can only hire candidates who are resident in Kenya or Rwanda, and your application shows you are based in Lagos. We are not able to make exceptions for this position.

We expect to open roles that can be held from Nigeria next year and would encourage you to apply then.

Warmly,
Open Harvest Africa People Team
Sent via BambooHR`, 'Communications Officer (Remote) – Open Harvest Africa'),

  // 109
  other(`ICP Lagos – Quarterly Newsletter

• Results of the June Certificate in Public Relations examinations are now available on the member portal. Congratulations to everyone who passed Module 3!
• Upcoming: "From newsroom to boardroom" – a panel of former journalists now leading corporate communications teams. 24 September, Victoria Island.
• Volunteers wanted for the annual awards committee.

Regards,
ICP Lagos Secretariat`, 'ICP Lagos – Quarterly Newsletter'),

  // 109b
  rej('interview', ['generic'], {},
    `Hi Morenike,

Thanks for chasing, and apologies – you should have heard from us sooner. The team met on Friday and decided not to move forward with your application for the Communications Manager role. Thank you for the time you gave us on both calls.

Regards,
Sade
People Ops, Kola Remit (remote)

On Mon, 24 Aug 2026 at 09:30, Morenike Adesanya wrote:
> Hi Sade, I hope you're well. It's been three weeks since my interview with Gbenga and the team and I wondered if there was any update on the Communications Manager role?
>
> On Mon, 3 Aug 2026, Sade Lawson wrote:
>> Hi Morenike, thanks for the video interview today. We'll be in touch once we've spoken to all candidates.`, 'Re: Communications Manager – any update?'),

  // 110
  rej('assessment', ['assessment'], {},
    `Dear Morenike,

Thank you for completing the online writing assessment for Media Relations Officer.

We regret to inform you that your assessment results did not meet the level required to proceed to the next stage of the recruitment process.

Lumen Mobile Nigeria – Careers
This is an automated message. Please do not reply.`, 'Media Relations Officer – application update'),

  // 111
  other(`Hi Morenike,

Thanks for coming in today. Just confirming your second-stage interview at Cowrie Lagos (our new Lagos office, Lekki) for the Senior Content Lead role: Tuesday 1 September, 11am, with Kojo and me. No need to prepare anything beyond what we discussed.

Efe`, 'Senior Content Lead – 2nd interview'),

  // 112
  rej('final', ['position_filled'], { ...door, ...offered },
    `Dear Morenike,

Thank you for meeting Kojo and me for the final interview last week, and for the thoughtful content plan you brought.

We have now offered the Senior Content Lead role to another finalist, who has accepted. It was a close call. If you would like to hear how we reached the decision, I'm happy to talk it through.

We're growing the Lagos office quickly and I would very much like to keep you in mind for the next opening.

Warm regards,
Efe Quaye
Associate Director, Cowrie Communications`, 'Senior Content Lead'),

  // 113
  other(`Dear Morenike,

Thank you for attending the panel interview for Corporate Communications Manager. The panel is still meeting other candidates this week, and we expect to make a decision by 25 September. We will be in touch with you either way.

Best regards,
Human Resources, Tropical Commercial Bank`, 'Corporate Communications Manager – next steps'),

  // 114
  rej('interview', ['culture_fit'], { ...fb },
    `Dear Morenike,

Thank you for your time at the panel interview for Corporate Communications Manager.

The panel was impressed by your knowledge of the financial press. However, they felt that your strong preference, as you described it, for working independently on stories and pushing back on management's framing would be hard to reconcile with a role that must represent the bank's positions closely and work through several layers of internal approval. On balance they felt the fit with the team's way of working was not right, and we will not be making you an offer.

Regards,
Human Resources, Tropical Commercial Bank`, 'Corporate Communications Manager – outcome'),

  // 115
  rej('application', ['skills_gap'], { ...fb },
    `Dear Morenike,

Thank you for applying for the Communications Specialist – Francophone West Africa role at Harvest & Hale.

This role requires professional fluency in French, as it involves drafting and presenting to media and government stakeholders in Côte d'Ivoire, Senegal and Benin. Your application describes your French as conversational, so we are unable to take it forward.

Kind regards,
Harvest & Hale Talent Acquisition`, 'Communications Specialist – Francophone West Africa'),

  // 116
  other(`Dear Morenike,

Thank you for your email. As requested, we have withdrawn your application for the Media Relations Manager role from our system. We're sorry to see you go, and we wish you the best with the other opportunity you mentioned.

Regards,
Recruitment, Orion Capital Bank
Sent via Workday`, 'Application withdrawn – Media Relations Manager'),

  // 117
  hold('application', ['generic'], {},
    `Dear Applicant,

Thank you for your application for Communications Officer (ECOWAS projects). We would like to let you know that the shortlisting for this role has been delayed due to the number of applications received. Your application is still under consideration and we aim to notify shortlisted candidates within the next three weeks.

Regards,
Recruitment Unit, West Africa Trade Facilitation Programme, Abuja`, 'Update: Communications Officer (ECOWAS projects)'),

  // 118
  other(`Hi Morenike,

Checking in as promised. The bank role I told you about has come back off hold and they want to see you for a panel interview on 29 September. I've sent you a calendar invite. They also mentioned a short writing exercise on the day, so bring your A-game on press releases!

Chinedu`, 'Good news – bank role back on'),

  // 119
  rej('application', ['role_closed'], {},
    `Dear Morenike,

Thank you for your application for the Senior Communications Officer position at Petroserve Marine Nigeria.

Due to a change in business priorities following the reduction in offshore activity, this vacancy has been withdrawn and will not be filled.

Yours sincerely,
Human Resources, Petroserve Marine Nigeria Ltd`, 'Senior Communications Officer – vacancy withdrawn'),

  // 120
  other(`Dear Morenike,

This is to confirm your panel interview for the role of Corporate Communications Manager at Meadowgate Bank on Tuesday 29 September 2026, 10:00 am, at our Head Office, Adeola Odeku Street, Victoria Island. Please arrive 20 minutes early with a valid ID.

The panel: Head of Corporate Communications, Head of Brand and an HR Business Partner. A 30-minute writing exercise will follow the interview.

Regards,
Human Capital, Meadowgate Bank Plc`, 'Interview confirmation – Corporate Communications Manager'),

  // 121
  rej('screen', ['overqualified', 'salary'], { ...fb },
    `Hi Morenike,

Thank you for your time on the phone today. Having heard more about your background, I don't think the PR Executive role is right for you. With eight years' experience and a sub-editor's responsibilities, you'd be well above the level of this position, and the salary of ₦380k a month is a long way below the ₦700k you told me you need. I'd hate for either of us to end up disappointed.

Best,
Dapo Akinola
Brightline PR`, 'PR Executive – our call'),

  // 122
  other(`PRWorks Africa | Weekly roles for communicators

This week we have fewer new listings than usual. Unfortunately, a number of agencies have paused hiring for the quarter.

Remote
- Communications Consultant (6-month contract), global health NGO

Lagos
- Corporate Communications Manager, Meadowgate Bank (closing soon)

Manage preferences | Unsubscribe`, 'Your weekly roles: 2 new communications jobs'),

  // 123
  rej('application', ['position_filled'], {},
    `Dear Morenike,

Thank you for your interest in the Communications Consultant contract. We wanted to let you know that we have now filled this position.

Best regards,
Global Health Access – Recruitment
(Sent via Recruitee)`, 'Communications Consultant – position filled'),

  // 123b
  rej('screen', ['generic'], {},
    `Hi Morenike,

Quick one: the agency client in Abuja (the Head of Communications role at the energy regulator's consultancy) has come back and said they won't be progressing you after your call with their HR. No reason given, I'm afraid – I've asked and will pass on anything I hear.

Don't let it get you down, the Meadowgate process is looking good.

Chinedu`, 'Abuja role'),

  // 124
  other(`Hi Morenike,

Thank you again for coming in on Tuesday. I wanted to let you know that the panel would like to invite you back for a final conversation with our Group Head of Corporate Communications, Mrs. Ronke Ade-Lawal, on Monday 5 October at 3pm. Do let me know if that works.

Kind regards,
Wale Ogunleye
HR Business Partner, Meadowgate Bank Plc`, 'Corporate Communications Manager – final conversation'),

  // 125
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Morenike,

Thanks for your interest in the Communications Manager role. We've reviewed your application and, while there's a lot to like, we don't think your background is quite the right match for what we need at this stage.

We'll keep your profile and reach out if a role opens that fits better.

Thanks,
Zuri Pay Hiring Team
Sent with Ashby`, 'Zuri Pay – Communications Manager'),

  // 126
  hold('final', ['generic'], {},
    `Dear Morenike,

I hope you are well. I am sorry to keep you waiting after the final conversation with Mrs. Ade-Lawal. Our approval committee did not sit last week as planned, and we are still awaiting a final sign-off. No decision has been made, and you are still being considered. I expect to come back to you by the end of next week.

Kind regards,
Wale Ogunleye
HR Business Partner, Meadowgate Bank Plc`, 'RE: Corporate Communications Manager – update'),

  // 127
  other(`Dear Mr Oduwole,

Thank you for your email. I can confirm I worked with Femi Oduwole at The Lagos Ledger from 2019 to 2026, where I edited his copy on the business desk. He is one of the most accurate and hard-working reporters I have worked with, and I recommend him without reservation for the deputy editor role.

Please let me know if you need anything further.

Morenike Adesanya

---------- Forwarded message ---------
From: HR, Sunday Mercantile
Subject: Reference request – Femi Oduwole
> Dear Ms Adesanya, Femi Oduwole has named you as a referee. We would be grateful for a short statement on his work.`, 'Re: Reference request – Femi Oduwole'),

  // 128
  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Morenike,

Thanks for the interview for the Communications Lead (remote) role. We've decided to go with candidates whose experience lines up more closely with what we need right now. If you'd find feedback useful, drop me a line.

Cheers,
Jide
Head of People, Lagoon Ledger Tech`, 'Communications Lead'),

  // 129
  rej('application', ['generic'], {},
    `Not progressing – Morenike Adesanya – Communications Analyst (Req 7713). Thank you for applying to Afrigen Energy.`, 'Application status changed'),

  // 130
  other(`Dear Morenike,

Following your interviews, we are delighted to offer you the position of Corporate Communications Manager at Meadowgate Bank Plc, reporting to the Group Head of Corporate Communications.

Your annual gross remuneration will be ₦14,400,000, paid monthly, with benefits as outlined in the attached offer letter. The offer is subject to satisfactory references and a medical check. We would like you to start on Monday 2 November 2026.

Please sign and return the attached letter by Friday 16 October. We look forward to welcoming you to the team.

Kind regards,
Wale Ogunleye
HR Business Partner, Meadowgate Bank Plc`, 'Offer of employment – Corporate Communications Manager'),

  // 131
  other(`Morenike!! Chinedu told me – huge congratulations on the Meadowgate offer. You'll be on the other side of my phone calls now, so be nice. Drinks on me when I get the deputy job.

Femi`, 'Congrats!!'),

  // 132
  other(`Hi Morenike,

Congratulations on the offer – well deserved. I'll close your file with our other clients so you don't get any more calls. Let's stay in touch; I'd love to hear how the first few months go, and of course if you ever need to hire for your team, you know where to find me.

Chinedu
TalentBridge West Africa`, 'Re: Meadowgate – offer'),
];
