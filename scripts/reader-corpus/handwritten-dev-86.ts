/**
 * Development messages from law, compliance, banking and insurance employers: law firms recruiting trainees,
 * vacation-scheme students, paralegals and associates; in-house legal teams; compliance, risk and internal audit
 * functions; retail bank branches and contact centres; insurers, wealth managers and credit unions, across the UK,
 * Ireland, the US, Canada, Australia, India, Hong Kong and South Africa. Their mail is formal and often long: checks
 * for regulated roles (fit and proper, credit and criminal record, a practising certificate, a CFA, ACA or CII
 * qualification, a bar admission not yet held), verbal-reasoning and situational-judgement tests, written exercises
 * and case studies, partner interviews and assessment days, with legal footers and confidentiality notices below the
 * signature. Declines come at every stage and for every reason; paused processes follow a merger, a regulator's
 * review or a deferred intake; look-alikes acknowledge, invite, book assessment days, send screening forms and make
 * conditional offers in the same courteous words.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d86-');

export const HANDWRITTEN_DEV_86: readonly CorpusLine[] = [
  // ── Rejections: application stage
  rej('application', ['generic'], {},
    `Dear Ms Okonkwo,

Thank you for your application for a Training Contract commencing September 2028 with Ashdown Mercer LLP.

We received over 2,400 applications for 32 places this cycle. Having carefully reviewed your application, we regret to inform you that we will not be progressing it further.

We appreciate the time and effort that goes into an application of this kind and wish you every success in your future career.

Yours sincerely,

Graduate Recruitment Team
Ashdown Mercer LLP

Ashdown Mercer LLP is a limited liability partnership registered in England and Wales (number OC401873) and is authorised and regulated by the Solicitors Regulation Authority (SRA number 611904). A list of members is available at our registered office, 14 Cloth Fair, London EC1A 7JQ. This email is confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it.`, 'Your application to Ashdown Mercer LLP'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Daniel,

Thanks for applying for the Associate, Commercial Litigation role in our Toronto office.

I've had a look through your resume with the hiring partner. The position requires current membership of the Law Society of Ontario and at least three years of post-call experience, and from what you've sent it looks like you're still completing the licensing process. Unfortunately that means we can't consider you for this particular opening.

Regards,
Melissa Chowdhury
Legal Recruitment Manager | Varley Fenwick LLP
Toronto · Calgary · Vancouver`, 'Associate, Commercial Litigation - Toronto'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Aoife,

Thank you for your interest in the Compliance Analyst (AML) role at Lisheen Capital Partners in Dublin.

We have now completed our review of applications. On this occasion we have decided to progress with candidates whose experience more closely aligns with the requirements of the role, and we will not be taking your application forward.

We would like to retain your details on our talent database for the next twelve months and may contact you should a suitable opportunity arise. If you would prefer us not to do so, please reply to this email.

Kind regards,
Talent Acquisition
Lisheen Capital Partners DAC

Lisheen Capital Partners DAC is regulated by the Central Bank of Ireland. Registered in Ireland No. 588213.`, 'Compliance Analyst (AML) - Application Update'),

  rej('application', ['location'], { ...fb },
    `Hello Rohan,

Thank you for applying to Kestrel Mutual Insurance for the Claims Handler position (Req #CH-2291).

Unfortunately we are unable to move forward with your application. This role requires candidates to have an existing right to work in Australia, and our records indicate you would need employer sponsorship, which we are not able to offer for this position.

We appreciate your interest in Kestrel Mutual.

Kestrel Mutual Recruitment
This is an automated message sent from Kestrel Mutual's careers portal. Please do not reply to this email.`, 'Your application - Claims Handler'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Mr Venkataraman,

Thank you for applying for the position of Branch Operations Officer at our Koramangala branch.

We were impressed to see your background, including eleven years in branch management and your most recent post as a cluster head. Frankly, the Operations Officer role is an entry-level position and we believe your experience is considerably beyond what it calls for; we do not think it would offer you sufficient scope and challenge.

We would encourage you to keep an eye on our careers page for senior openings, as we expect to recruit several Branch Manager positions in Karnataka later this year and would welcome an application from you.

Warm regards,
Human Resources - South Zone
Suvarna Cooperative Bank Ltd.
CIN: U65190KA1998PLC023741`, 'Application for Branch Operations Officer'),

  rej('application', ['role_closed'], {},
    `Dear Candidate,

We are writing to let you know that the position of Paralegal (Property) at Hollins & Bray Solicitors has been withdrawn following an internal review of the team's resourcing. As a result we will not be proceeding with any applications received for this vacancy, including yours.

We apologise for any inconvenience and thank you for your interest in the firm.

Hollins & Bray Solicitors
Recruitment

Hollins & Bray is the trading name of Hollins & Bray Limited, authorised and regulated by the Solicitors Regulation Authority.`, 'Paralegal (Property) vacancy'),

  rej('application', ['salary'], { ...fb },
    `Hi Thandiwe,

Thanks so much for your interest in the Wealth Planner role with us in Sandton.

I wanted to be upfront with you rather than go through the whole process: the expectation you noted on your application (R950k basic) is quite a bit above the band approved for this position, which tops out around R720k plus incentive. I'm afraid we can't stretch to that, so we won't be progressing your application this time.

All the best,
Lerato Mokoena
Talent Partner | Baobab Private Wealth (Pty) Ltd
An authorised financial services provider, FSP No. 47210`, 'Wealth Planner - Sandton'),

  rej('application', ['generic'], {},
    `<p>Dear Sophie,</p><p>Thank you for applying for the <b>2027 Summer Vacation Scheme</b> at Greythorne Clifford.</p><p>We regret to inform you that your application has not been successful on this occasion.</p><p>Kind regards,<br>Early Careers Team</p><p style="font-size:9px">Greythorne Clifford LLP | Authorised and regulated by the Solicitors Regulation Authority | This message was sent from an unmonitored mailbox.</p>`, 'Greythorne Clifford Vacation Scheme 2027'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Ms Harrington,

Re: Senior Underwriter, Marine Cargo - Hong Kong

Thank you for your application. We have reviewed it carefully against the requirements of the role.

The team is looking for an underwriter who can manage a book of mainland Chinese and Hong Kong clients, so fluent written and spoken Cantonese and Mandarin are essential. In addition, the position is based in our Quarry Bay office and we are not in a position to support an employment visa for this hire.

For these reasons we will not be taking your application further. Thank you for your interest in Meridian Pacific Insurance.

Yours sincerely,

Kitty Lau
Human Resources Manager
Meridian Pacific Insurance (Hong Kong) Limited
Personal data collected will be used for recruitment purposes only and will be destroyed within 24 months in accordance with the Personal Data (Privacy) Ordinance.`, 'Your application: Senior Underwriter, Marine Cargo'),

  rej('application', ['internal_candidate'], {},
    `Dear Ciaran,

Thank you for your application for the role of In-House Counsel (Commercial Contracts).

We want to let you know that we have filled this position internally, with a member of our existing legal team moving into the role. We will therefore not be progressing external applications.

Thank you again for your interest in Tullamore Credit Union.

Regards,
HR Department
Tullamore Credit Union Limited is regulated by the Central Bank of Ireland.`, 'In-House Counsel (Commercial Contracts)'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Marcus,

Thank you for your interest in the Investment Analyst role at Alderly Row Wealth Management.

For this position we do need someone who has already passed at least CFA Level II, as the analyst will be signing off model portfolio notes from day one. Your CV shows you are registered for Level I in May, so unfortunately we won't be progressing your application right now.

It would be great to hear from you again once you are further through the programme, and we do run a graduate intake each autumn which doesn't have this requirement, so do look out for that.

Best wishes,
Hannah Pryce
HR Business Partner
Alderly Row Wealth Management Ltd - Authorised and regulated by the Financial Conduct Authority (FRN 481920)`, 'Investment Analyst'),

  rej('application', ['position_filled'], {},
    `Hello,

Thank you for your application for the Relationship Manager - Business Banking role in Pretoria.

Please be advised that this position has now been filled. We appreciate your interest in Kgotla Bank.

Kind regards,
Kgotla Bank Recruitment Centre

Kgotla Bank Limited. Reg. No. 1987/004219/06. Authorised financial services and registered credit provider (NCRCP 41). This email and any attachments are confidential and intended solely for the addressee.`, 'RE: Relationship Manager - Business Banking'),

  rej('application', ['profile_mismatch'], {},
    `Dear Priyanka,

Thank you for applying to the Internal Audit Graduate Programme at Halverson Group.

This year we received an exceptionally high volume of applications. After careful review, we have decided that your profile is not the right match for the programme at this time, and we will not be inviting you to the online assessments.

We wish you the very best with your job search.

Halverson Group Early Talent
[Ref: IAGP-27-08841]`, 'Halverson Group - Internal Audit Graduate Programme'),

  rej('application', ['generic'], { ...door },
    `Dear Mr. Olusegun,

Thank you for taking the time to apply for the Personal Banker position at our Mississauga Square One branch.

We have reviewed your application and, after careful consideration, we will not be moving forward with your candidacy at this time.

We encourage you to continue exploring opportunities with Northbridge Bank of Canada and to apply for future roles that match your interests.

Sincerely,
Talent Acquisition, Northbridge Bank of Canada
Please do not reply to this message. Replies are not monitored.`, 'Update on your application - Personal Banker'),

  rej('application', ['culture_fit', 'profile_mismatch'], { ...fb },
    `Hi Joel,

Thanks for applying to Pinecrest Legal, and for the cover note, which made us smile.

We're a small, fully flat legal-ops startup and we've been pretty deliberate about hiring people who want to build tooling alongside practising. Reading your letter, it seems like you're looking for a traditional BigLaw associate track with a clear hierarchy and billable targets, and we don't think we'd be a great environment for you. Your background also sits a bit apart from what we're after for this hire.

Best,
Nadia
Co-founder, Pinecrest Legal`, 'Re: Associate Attorney application'),

  rej('application', ['location'], { ...fb, ...door },
    `Dear Ms Fitzgerald,

Thank you for your interest in the Mortgage Adviser role with Cormorant Building Society.

We note from your application that you are based in Galway and are looking for a fully remote position. This role is based in our Leeds head office for at least four days a week, as the team handles face-to-face advice appointments, and we are unable to offer it on a remote basis.

We will keep your details on file and will contact you if a suitable remote vacancy becomes available.

Yours sincerely,

People Team
Cormorant Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.`, 'Mortgage Adviser - Leeds'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant,

Ref: 2027/LC/441 - Legal Counsel (Employment), Johannesburg

We thank you for your application. Please note that one of the minimum requirements for this post is admission as an attorney of the High Court of South Africa, together with a minimum of five years' post-admission experience in labour law. Your application does not meet the minimum requirement for admission and therefore could not be shortlisted.

Should you not hear from us within 30 days you may regard your application as unsuccessful; in your case we are writing to confirm this outcome.

Regards
Recruitment Office
Ubuntu Life Assurance Ltd`, 'Legal Counsel (Employment)'),

  rej('application', ['generic'], {},
    `Thank you for applying to the Risk Graduate Programme at Cresthaven. Unfortunately your application was unsuccessful on this occasion. - Cresthaven Careers`, 'Your Cresthaven application'),

  rej('application', ['overqualified', 'salary'], { ...fb },
    `Hi Catherine,

Thank you for your application for the Compliance Officer role at Fernbrook Credit Union.

I'll be honest with you. Your CV is excellent, but you've spent nine years as Head of Compliance at a regulated lender and the role we're advertising is a single-person, junior-to-mid position reporting into our CEO. We genuinely think you'd outgrow it within weeks. On top of that, the salary we can offer (around GBP 38,000) is well under what someone with your background would be expecting, and what you noted on your application form.

So we've decided not to take things further this time. I'm sorry, and I wish you well.

Graham Tulloch
CEO, Fernbrook Credit Union Ltd`, 'Compliance Officer role'),

  // ── Rejections: screen
  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Owen,

Great speaking with you on Tuesday about the Senior KYC Analyst contract at Harlow Finch.

I've gone back to the client with your details and, as we discussed, your day rate of USD 850 is above the ceiling they've set (they're capped at USD 650 for this programme). They've confirmed they can't move on that, so they've decided not to take you forward to interview.

Sorry it didn't line up this time. I've got a couple of other remediation projects starting in Q3 that could pay closer to your number, so I'll be in touch about those.

Cheers,
Brett Kowalski
Principal Consultant, Financial Services | Talbot Reid Search, New York`, 'Senior KYC Analyst - update'),

  rej('screen', ['profile_mismatch'], {},
    `Dear Maeve,

Thank you for taking the time to speak with me on the phone last week about the Trainee Solicitor opportunity at Fallon Quigley.

Following our conversation, we have reviewed your application alongside others and have decided to progress with candidates whose profile is a closer match to what the partners are looking for this year. I'm sorry to bring disappointing news.

Kind regards,
Siobhan Devlin
HR Manager
Fallon Quigley Solicitors, Limerick`, 'Trainee Solicitor - Fallon Quigley'),

  rej('screen', ['location'], { ...fb },
    `Hey Kim,

Thanks for the call this morning. I've spoken to the hiring manager for the Fraud Operations Analyst role and unfortunately it's a hard requirement that the person sits in our Adelaide office, and you mentioned you're not able to relocate from Brisbane until mid next year. Given the start date, we're going to have to pass on this one.

Regards,
Tessa Nguyen
Recruitment Advisor
Southern Cross Credit Co-operative`, 'Fraud Operations Analyst'),

  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Dear Rahul,

Thank you for speaking with me on Thursday regarding the Regulatory Reporting Manager position.

During our call you mentioned that your experience so far has been with US GAAP reporting, and that you have not yet worked with the RBI returns framework or XBRL-based submissions. As these form the majority of the role, the hiring team has decided not to take your application to the interview stage.

If you would like to discuss this further, please feel free to call me on +91 22 4012 7781.

With regards,
Anjali Menon
Talent Acquisition
Devapriya Small Finance Bank Limited, Mumbai`, 'Regulatory Reporting Manager - Outcome'),

  rej('screen', ['generic'], {},
    `Hi Jake,

Thanks for chatting with me yesterday. I wanted to let you know we've decided not to move forward with your application for the Contact Centre Advisor role.

Appreciate your time.

Mia
Talent Team, Lantern Bank`, 'Contact Centre Advisor'),

  rej('screen', ['internal_candidate', 'role_closed'], {},
    `Dear Patrick,

Following our telephone conversation on 3 March, I am writing to update you on the Deputy Money Laundering Reporting Officer role.

After our initial screening calls, the business has decided to restructure the financial crime team, and the deputy responsibilities will now be absorbed by an existing colleague in the department. The standalone role is therefore no longer being recruited.

I am sorry that this means we will not be progressing your application, and I thank you for your time.

Yours sincerely,
Rebecca Linford
Senior Talent Acquisition Partner
Ravensworth Assurance plc
Registered in England No. 02291843. Registered office: 1 Minster Court, Mincing Lane, London EC3R 7AA.`, 'Deputy MLRO role - update'),

  rej('screen', ['overqualified'], { ...fb, ...door },
    `Hi Felicity,

Thanks again for the call on Monday, I really enjoyed it.

I've now spoken with Warren, who leads the claims team. He was honestly impressed but felt that with fifteen years of loss adjusting and your chartered status, you'd be far more senior than the Claims Assessor role needs and there's a real risk you'd be under-used. He'd much rather keep you in mind for the Senior Adjuster vacancy we expect to open in the new year, so please do apply for that when it's live, and I'll flag your name.

Best,
Jo Barrington
People & Culture, Wattle Insurance Group`, 'Claims Assessor - following our chat'),

  rej('screen', ['culture_fit'], { ...fb },
    `Dear Ryan,

Thank you for your time on our introductory call regarding the Associate role in our Private Client team.

We always try to be open about our decisions. During the conversation you said you were keen on a fast-paced, transactional environment and preferred to work independently with minimal client contact. Our private client practice is built around long-term family relationships and very close teamwork, and we felt this would not suit the way you have told us you like to work.

We will not be progressing to interview, but thank you again for your interest.

Kind regards,
Emma Kitson
Practice Manager, Winterbourne Hale LLP`, 'Private Client Associate'),

  // ── Rejections: assessment
  rej('assessment', ['assessment'], { ...fb },
    `Dear Hamza,

Thank you for completing the online assessments as part of your application for the Banking Graduate Scheme at Castleford Bank.

Your results have now been reviewed. To progress, candidates needed to reach the 60th percentile on both the verbal and numerical reasoning tests. Your numerical reasoning score met this benchmark, but your verbal reasoning score fell in the 41st percentile, and we are therefore unable to move your application forward to the video interview stage.

Please note you will not be able to apply again for the same programme during this recruitment cycle.

Yours sincerely,
Castleford Bank Graduate Recruitment
This mailbox is not monitored.`, 'Castleford Bank Graduate Scheme - Assessment results'),

  rej('assessment', ['generic'], {},
    `Dear Chloe,

Many thanks for completing the situational judgement test as part of your application for our 2028 Training Contract.

Unfortunately, on this occasion, you have not been successful in progressing to the next stage of our process.

We wish you all the best in your future applications.

Kind regards,
Graduate Recruitment
Brightwell Oakes LLP`, 'Brightwell Oakes - your application'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...offered },
    `Dear Ms Abernathy,

Re: Written exercise - Associate, Corporate (2-4 PQE)

Thank you for completing the drafting exercise we sent on 12 May. The partners have now reviewed all submissions.

They felt your cover note to the client was clear and well structured. However, the mark-up of the share purchase agreement missed the issue with the locked-box leakage provisions and did not address the warranty limitations we had flagged in the instructions. Those points were central to the exercise, and the partners also noted that your CV shows little experience on private M&A, which is the core of this team's work.

We will not be inviting you to interview. If you would find it helpful to go through the exercise in more detail, Ms Farooq would be glad to arrange a short call.

Yours sincerely,

Louise Whitcombe
Senior Legal Recruitment Advisor
Carrow Beaumont LLP`, 'Written exercise - outcome'),

  rej('assessment', ['generic'], {},
    `Dear Mr Delacroix,

We refer to your conditional offer of employment as Client Service Associate dated 4 February.

As you were advised, the offer was subject to the satisfactory completion of pre-employment screening, including credit and criminal record checks and verification of your employment history. We regret to inform you that the screening has not been completed to our satisfaction, and we are therefore withdrawing the conditional offer with immediate effect.

For reasons of confidentiality we are unable to discuss the outcome of the screening in detail. If you believe information held by the screening provider is inaccurate, you may contact them directly under the details provided in your consent form.

Yours faithfully,
Onboarding Team
Harcourt Lane Investment Services Ltd`, 'Conditional offer - Client Service Associate'),

  rej('assessment', ['assessment'], { ...door },
    `Hi Nikhil,

Thanks for completing the case study for the Credit Risk Analyst role. We had a lot of strong submissions and unfortunately yours didn't score highly enough for us to take you through to the interviews.

We'd love for you to stay in touch - our risk team is growing and we'll be hiring again in the autumn.

Cheers,
Ella Faraday
Recruiter, Tidewell Lending`, 'Credit Risk Analyst case study'),

  rej('assessment', ['position_filled'], {},
    `Dear Thomas,

Thank you for submitting the written assessment for the Contracts Manager role at Grayson Hunt Insurance.

While we were reviewing submissions, we made an offer to a candidate who was at a later stage of our process, and they have accepted. The position is therefore now filled, and we will not be taking the remaining applications any further.

We apologise that this comes after you have put in the time on the exercise and thank you sincerely for your effort.

Best regards,
Grayson Hunt Insurance - Talent Acquisition`, 'Contracts Manager - Grayson Hunt'),

  rej('final', ['assessment'], { ...fb, ...offered, ...door },
    `Dear Anika,

Thank you for attending our virtual assessment centre for the Summer Vacation Scheme last Wednesday.

We appreciate the effort you put into the day. Unfortunately, your overall score fell below the threshold needed to receive an offer. In particular, in the group exercise the assessors felt you found it difficult to bring others into the discussion, and in the written case study your recommendation to the client did not deal with the regulatory risk set out in the brief.

If you would like more detailed feedback, just reply to this email and a member of the team will arrange a call with you. We would also be pleased to see an application from you for our training contract next year.

With best wishes,
Early Talent Team
Hartley Vane LLP`, 'Vacation Scheme Assessment Centre - Outcome'),

  rej('assessment', ['culture_fit', 'assessment'], { ...fb },
    `Dear Louis,

Thank you for completing the psychometric questionnaire and the situational judgement test for the Customer Advisor role in our Cardiff contact centre.

We use these to understand how applicants are likely to approach our customers and work with colleagues. Your responses indicated a preference for working alone and following your own approach rather than our agreed customer standards, which does not fit well with the way our teams operate. Your SJT result was also below the level we need for the role.

As a result, we will not be progressing your application.

Regards,
Recruitment Team
Penhallow Building Society`, 'Your application with Penhallow Building Society'),

  rej('assessment', ['role_closed'], {},
    `Hi Grace,

Thank you for sending back the compliance monitoring exercise so promptly.

I'm really sorry to be writing with this news. Since we sent the exercise out, the business has taken the decision not to go ahead with the Compliance Monitoring Officer hire this year - budgets across the second line have been cut following the half-year results. That means the process has been stopped and we won't be progressing any candidates.

Your exercise was much appreciated and I'm sorry it's ended this way.

Kind regards,
Darren Liew
Talent Acquisition Manager, Blackmoor Securities Limited`, 'Compliance Monitoring Officer'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Sean,

Thank you for sitting the Watson Glaser critical thinking test for the Trainee Solicitor programme.

We require a minimum raw score of 30 out of 40 to progress to the assessment day. Your score was 26, and we are therefore unable to take your application further this year.

Yours sincerely,
Graduate Recruitment, McAllister Dunne Solicitors, Belfast`, 'McAllister Dunne Trainee Programme'),

  rej('assessment', ['generic'], {},
    `Dear Lindiwe,

Thank you for your patience while we completed the background verification for the role of Financial Adviser.

Following the results of the verification, including the credit check and the Fit and Proper assessment required under the FAIS Act, we regret that we are unable to appoint you to the position.

Regards,
Human Resources
Amandla Financial Services`, 'Financial Adviser - background verification'),

  // ── Rejections: interview
  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Isabelle,

Thank you for attending the interview for the Paralegal role in our Disputes team on Monday and for meeting Rachel and me.

We have now interviewed all shortlisted candidates. It was a close decision, but on balance we felt other candidates had experience that more closely matched what the team needs at present, and we will not be offering you the role.

If you would like feedback on your interview, please let me know and I will arrange a call.

Kind regards,

Oliver Grant
Senior Associate, Disputes
Pemberton Saxe LLP
10 Queen Street Place, London EC4R 1BE

CONFIDENTIALITY: This email and any attachments are confidential and may be subject to legal professional privilege. If you are not the intended recipient, please inform the sender immediately and delete the email from your system. Pemberton Saxe LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 530871).`, 'Paralegal - Disputes'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Connor,

Thanks for coming in to meet with Lisa and the team last Thursday for the Internal Auditor role.

We really enjoyed talking to you. In the end, the team decided to go with someone who already holds the CIA designation and has hands-on experience auditing IT general controls, which is going to be a big part of next year's plan after the core banking migration. You were clear in the interview that you're still early on both, and we need someone who can hit the ground running.

I'd love to keep in touch, though. Once you've got a couple of CIA parts done, please reach out, as we hire into internal audit every year.

Thanks,
Kayla Brennan
Talent Acquisition Partner
Prairie Summit Federal Credit Union | Boise, ID
NCUA insured. Equal Housing Opportunity.`, 'Internal Auditor - Prairie Summit FCU'),

  rej('interview', ['internal_candidate'], {},
    `Dear Mr Ahmed,

Re: Head of Legal Operations

Thank you for meeting with our General Counsel and me on 22 April.

We have now concluded the interview process. I am writing to let you know that, having considered all candidates, we have appointed a member of the existing legal team to the role.

I would like to thank you for the time and thought you gave to the process.

Yours sincerely,

Joanna Reade
Group HR Director
Whitlock Insurance Holdings plc`, 'Head of Legal Operations'),

  rej('interview', ['generic'], {},
    `Hi Sam,

Thanks for taking the time to interview with us for the Branch Teller position. After careful consideration we have decided to pursue other candidates.

Best,
Tori Mendez
Branch Manager, Elmhurst Savings Bank - Queens Village`, 'Teller Position'),

  rej('interview', ['salary'], { ...fb, ...door },
    `Hi Zara,

Thanks again for the video interview with Philip last week for the Senior Paralegal role in our Perth office.

Philip was really positive about the conversation. The sticking point is remuneration: you mentioned you'd need at least AUD 115k to make the move, and our range for this role is AUD 88-95k. We've tried to find some flexibility but the firm's salary bands for paralegals are fixed, so we won't be able to offer you the role.

We'd genuinely like to stay in touch. If a Law Clerk or junior lawyer role with a higher band comes up after your admission, I'll contact you straight away.

Warm regards,
Sunita Patel
HR Advisor | Calloway Ridge Lawyers`, 'Senior Paralegal - Perth'),

  rej('interview', ['location'], { ...fb },
    `Dear Ms. Yeung,

Thank you for taking part in the interview for the Operational Risk Manager position.

After the interview, our HR colleagues reviewed the documents you provided. The role requires the post holder to be a Hong Kong permanent resident or to hold an existing right to work that does not depend on a sponsored visa, because the position has been designated a Manager-In-Charge function under SFC requirements and must begin within four weeks. We understand from your documents that you would need a new work visa, and we are unable to wait for that process.

We are therefore unable to proceed with your application.

Regards,
Gloria Chan
Talent Acquisition, Ironbridge Asia Securities Limited
This email may contain confidential or legally privileged information. If you are not the intended recipient, please delete it and notify the sender.`, 'Operational Risk Manager - your interview'),

  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Dear Ahmed,

Thank you for your time at our offices on Thursday.

We have decided not to progress your application for the Legal Counsel position. The panel was impressed by your technical knowledge. However, the role sits within a small commercial team which works very closely with sales, and several interviewers felt that your preferred approach, which you described as reviewing contracts independently and escalating rather than negotiating directly with the business, would not sit well with how the team operates day to day.

I appreciate this may be disappointing. If you would like to talk it through, I would be happy to set up a call with the Deputy GC.

Regards,
Fiona Whitaker
Talent Partner
Stanmore Digital Insurance Ltd`, 'Legal Counsel - outcome'),

  rej('interview', ['position_filled'], { ...door },
    `Dear Keira,

Thank you for interviewing for the position of Customer Service Representative at our Halifax call centre.

We have offered the position to another applicant, who has accepted. We enjoyed meeting you and will keep your resume on file for six months in case another opening arises that suits your skills.

Sincerely,
Atlantic Shore Credit Union
Human Resources`, 'Customer Service Representative'),

  rej('interview', ['overqualified'], { ...fb },
    `Dear Vikram,

Thank you for attending the interview for the role of Senior Associate, Compliance, at our Gurugram office.

The panel appreciated your depth of knowledge, particularly your years leading compliance for an NBFC. However, they felt that your experience, which includes managing a team of twelve and reporting to the board, is well beyond the scope of a Senior Associate position, which is largely individual review work. They were concerned that the role would not keep you engaged for long.

We are therefore unable to take your candidature forward for this position.

Best regards,
Neha Kapoor
Manager - Talent Acquisition
Saptarishi Insurance Brokers Pvt. Ltd.`, 'Your candidature - Senior Associate, Compliance'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Eoin,

Thanks for the chat with Gerry and me on Tuesday.

We've talked it over and, honestly, it came down to the QFA. The role involves giving regulated advice on pensions from week one, and without the QFA (or an equivalent recognised under the Minimum Competency Code) we'd have to keep you on a restricted basis for a year or more. We can't carry that at the moment.

Sorry it's not better news.

Aidan Lynch
Director, Lynch & Corcoran Financial Planning
Lynch & Corcoran Financial Planning Ltd is regulated by the Central Bank of Ireland.`, 'Re: Financial Planning role'),

  rej('interview', ['profile_mismatch', 'role_closed'], {},
    `Dear Rebecca,

Thank you for attending the first interview for the Legal Manager role.

Since we met, the business has changed the scope of the vacancy. It will now be a part-time position combined with company secretarial duties, and your background does not match the revised role as well as it did the original one. As a result, the role you interviewed for is no longer open, and we will not be moving forward with your application.

Kind regards,
HR Team
Ashgrove Assurance Group`, 'Legal Manager - change to the vacancy'),

  rej('interview', ['generic'], { ...door },
    `Dear Chinedu,

Thank you for attending the interview for the position of Trainee Actuarial Analyst. We regret to advise that you have not been successful on this occasion.

We appreciated the opportunity to meet you and would encourage you to apply for future vacancies with Ridgeway Re.

Yours sincerely
Ridgeway Re Human Resources`, 'Trainee Actuarial Analyst - interview outcome'),

  rej('interview', ['position_filled', 'internal_candidate'], {},
    `Hi Hannah,

I just wanted to let you know personally that we've filled the Associate General Counsel role. Someone from our own commercial team put their hand up late in the process and they've now accepted the position.

I know this is disappointing after two rounds of video interviews, and I'm sorry.

Best,
Gwen Martindale
General Counsel, Blue Heron Mutual, Hartford CT`, 'AGC role'),

  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Dear Kofi,

Thank you for interviewing with us for the Associate position in our Commercial Real Estate team.

The panel noted that your experience is in Ghanaian and English property law, and you have not yet sat the New York bar, which is required for the role before the start date in September. The team also needs the successful candidate to work from our Manhattan office at least four days a week from the start, and your timeline for obtaining US work authorization would not allow that.

For these reasons we will not be extending an offer at this time.

Very truly yours,
Lauren Weiss
Legal Recruiting Manager
Holloway Brandt & Pierce LLP
Attorney Advertising. This communication may contain privileged or confidential information.`, 'Holloway Brandt & Pierce - Associate position'),

  rej('interview', ['profile_mismatch', 'position_filled'], { ...door },
    `Hello Ines,

Thank you for coming to see us for the Claims Technician role.

We have decided to offer the role to a candidate whose experience was a closer fit to our current needs. This was a difficult decision, and I would like to encourage you to apply for other vacancies with us, as I think you'd be well suited to our customer-facing teams.

Regards,
Morgan Price
Claims Team Manager, Llanfair Mutual Insurance`, 'Claims Technician'),

  rej('interview', ['role_closed'], { ...door },
    `Dear Aditi,

I hope you're well. I'm writing about the Compliance Manager role you interviewed for on 6 June.

As you may have seen in the press, Greenmere has agreed to be acquired by Halsey Banking Group, and as part of that transaction all open non-essential vacancies have been cancelled. I'm afraid that includes the Compliance Manager role.

I'm really sorry, as you were among the strongest candidates we met. Once the integration is complete we expect to start hiring again and I'd very much like to contact you then.

With best wishes,
Sarah Fenwick
Head of Talent, Greenmere Bank`, 'Compliance Manager role - an update'),

  rej('interview', ['culture_fit', 'skills_gap'], { ...fb },
    `Hi Lucas,

Thanks for making the trip in to meet the risk team.

I'll keep this straightforward. The team liked your technical quant background, but they need someone with real experience of model validation under SR 11-7, which from the conversation you haven't done yet. There was also a feeling that your preference for long heads-down research projects doesn't fit a team that spends most of its time in quick turnaround reviews with the business lines.

We won't be moving to the next stage. Best of luck out there.

Derek Oyelaran
Director, Model Risk Management
Coldwater Trust Bank`, 'Model Risk role - decision'),

  rej('interview', ['generic'], {},
    `Dear Applicant,

RE: INTERVIEW FOR THE POSITION OF BANCASSURANCE OFFICER

We refer to the above interview which you attended. We regret to inform you that your application was not successful.

We thank you for your interest in the Bank.

Yours faithfully,

MANAGER: HUMAN RESOURCES
Thuso Community Bank`, 'Interview outcome'),

  rej('interview', ['salary', 'profile_mismatch'], { ...fb },
    `Hi Priya,

Thank you for the interview last week for the Private Banker role.

We've decided not to make you an offer. On the day you told us your expectation for base salary was GBP 95,000, which is well above where this role is benchmarked (the budget is GBP 70-75,000). Beyond that, the team felt other candidates' books of business were more in line with the client segment we serve.

Kind regards,
Adrian Lowe
Recruitment Lead
Marlowe & Tenby Private Bank
Marlowe & Tenby Private Bank is authorised by the PRA and regulated by the FCA and the PRA.`, 'Private Banker'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Mr. Tremblay,

Thank you for your interview on March 18 for the position of Compliance Analyst, Quebec region.

While the interviewers were impressed with your regulatory knowledge, the role involves daily correspondence with the AMF and with French-speaking clients, and the panel determined that your written French is not yet at the level required (the posting specified advanced written and spoken French). For that reason, we will not be moving forward with your candidacy.

Should you wish to receive additional feedback, please contact me directly.

Sincerely,
Geneviève Roy
Talent Acquisition Advisor
Laurentide Mutual Assurance`, 'Compliance Analyst - Quebec'),

  // ── Rejections: final
  rej('final', ['generic'], { ...offered },
    `Dear Tom,

Thank you for attending the final interview with Michael Hurst and Anne-Marie Kerr on Friday for a training contract with Sandford Keel.

I am sorry to tell you that on this occasion we are not able to offer you a training contract. The standard of candidates at the partner interview stage was extremely high, and the decision was a difficult one.

If you would like feedback, please reply to this email and we will arrange a call with one of the partners.

Kind regards,

Lucy Abbott
Graduate Recruitment Manager
Sandford Keel LLP

Sandford Keel LLP is a limited liability partnership registered in England and Wales with registered number OC337421. It is authorised and regulated by the Solicitors Regulation Authority. Please consider the environment before printing this email.`, 'Sandford Keel - Final interview outcome'),

  rej('final', ['position_filled'], { ...door },
    `Dear Megan,

Thank you for taking part in our final round for the Senior Associate, Financial Regulation role.

I'm sorry to let you know that we have offered the role to another finalist, who has accepted. This was a very close decision between the two of you, and the partners asked me to pass on how much they enjoyed meeting you.

We would very much like to stay in touch. I will keep your details on file and contact you about suitable roles as they come up in the team.

Best wishes,
Charlotte Ingram
Legal Recruitment
Fairbourne Wyatt LLP`, 'Senior Associate, Financial Regulation - final round'),

  rej('final', ['skills_gap'], { ...fb },
    `Dear Nirmala,

Thank you for meeting the Chief Risk Officer and the panel at the final stage of our process for the Head of Credit Risk role.

The panel concluded that, although your experience in retail credit is very strong, the role needs someone who has led wholesale and commercial credit portfolios, including IRB model governance, and you have not yet had that exposure. On that basis we have decided not to make an offer.

Thank you for the care you put into the presentation on Thursday.

Yours sincerely,
Arvind Sethi
Senior Vice President - Human Resources
Kaveri Commercial Bank Ltd, Chennai`, 'Head of Credit Risk - Final Interview'),

  rej('final', ['culture_fit'], { ...fb, ...offered },
    `Dear Jonathan,

Thank you for attending the assessment day and the partner interview for our 2028 training contract.

We have given your application careful thought. The partners were impressed by your written work, but felt that in the group exercise and in the interview itself you tended to take over the discussion rather than bring others in, and that this would not sit well with the collaborative way our trainees work in small seat teams.

We know this will be disappointing. If you would like to discuss the feedback, please let us know and we will arrange a call.

Yours sincerely,
Graduate Recruitment
Ellingham Crowe LLP`, 'Training Contract 2028 - Outcome'),

  rej('final', ['internal_candidate'], { ...door },
    `Dear Simone,

Thank you for your time throughout the process for the Head of Compliance role, and particularly for your presentation to the board at the final stage.

After much deliberation the board has decided to appoint internally; our Deputy Head of Compliance will be taking the role. I appreciate this is disappointing news, particularly at this stage.

I would be delighted to stay in touch, and I will keep you in mind for future senior opportunities.

Kind regards,
Matthew Crane
Partner, Crane Hollister Executive Search
On behalf of Fairwater Building Society`, 'Head of Compliance - Fairwater Building Society'),

  rej('final', ['role_closed'], {},
    `Dear Bryony,

Thank you for your patience since your final interview on 2 October for the Senior Legal Counsel role.

I regret to tell you that the business has put all senior hiring on permanent hold following a group restructure, and the role has been withdrawn. We will not be making an appointment.

With apologies and best wishes,
Colm Reddy
HR Manager, Northstrand Insurance DAC`, 'Senior Legal Counsel'),

  rej('final', ['assessment', 'profile_mismatch'], { ...fb },
    `Dear Rafael,

Thank you for coming to our assessment centre and final interview for the Graduate Actuarial Programme.

You performed well in the interview. However, your score in the written case exercise was 52%, below the 60% required to receive an offer, and the assessors noted that the exercise did not make use of the reserving data provided. Overall, other finalists were also a closer fit for the programme.

We wish you every success.

Kind regards,
Graduate Talent Team
Pelham Life Assurance`, 'Graduate Actuarial Programme'),

  rej('final', ['location', 'salary'], { ...fb },
    `Hi Amelia,

Thanks for sticking with us through all three rounds for the Senior Wealth Adviser role.

I'm afraid we've had to decide against making an offer. The two points we couldn't get past were the ones we talked about on Monday: you'd need to stay in Melbourne and the team needs the adviser in our Sydney office with clients face to face, and your package expectation of AUD 240k plus bonus is well above the AUD 190k we can offer. We tried to make it work but we couldn't.

Warmest regards,
Ben Castellano
Managing Director, Castellano Wealth Partners`, 'Re: Senior Wealth Adviser - next steps'),

  rej('final', ['generic'], {},
    `Dear Jessica,

Following the reference checks after your final interview for the Legal Counsel position, we regret that we are not able to proceed with an offer of employment.

Yours sincerely,
Human Resources
Tanglewood Specialty Insurance Company`, 'Legal Counsel - Tanglewood'),

  rej('final', ['overqualified', 'profile_mismatch'], { ...fb, ...door },
    `Dear Henry,

It was a pleasure to meet you again at the final interview for the Wealth Manager role.

We've thought about it carefully and have decided not to offer you the position. Quite simply, you've run your own advisory practice for more than a decade and built a client book larger than this team's, and we think you'd find the role, which is mainly supporting our senior partners, limiting very quickly. Other finalists also matched the team's current structure more closely.

I'd like to keep talking, though. If you would be open to it, I'd love to discuss partner-level opportunities with you later in the year.

Kind regards,
Eleanor Whitfield
Managing Partner, Harrowgate Wealth LLP`, 'Wealth Manager - final interview'),

  rej('final', ['position_filled'], {},
    `Hi Marco,

Just to confirm what I said on the phone: after the final round, the client has made an offer to another candidate for the Vice President, Compliance role and it's been accepted. The process is now closed.

Thanks for all your time on this one.

Rory
Fenwick Lane Recruitment | Hong Kong | Singapore`, 'VP Compliance - close out'),

  rej('final', ['skills_gap', 'culture_fit'], { ...fb, ...offered, ...door },
    `Dear Abena,

Thank you for attending the final interviews at our Cape Town office for the Senior Associate position in our Banking & Finance practice.

The panel was impressed with your transactional experience. Ultimately, however, we have decided not to make an offer. Two things came up in the panel's discussion. First, the role calls for significant experience on project finance transactions in the renewable energy sector, and your work to date has been mainly on acquisition finance. Second, the partners felt that your stated wish to work mostly remotely and independently would be hard to reconcile with our team's strongly office-based, hands-on mentoring culture.

Please don't hesitate to contact me if you'd like to talk through any of this. We would also like to hear from you in future should a role in acquisition finance open up.

Kind regards,
Nomvula Dube
Head of Legal Talent
Rietvlei Chambers Inc.
Rietvlei Chambers Inc. is a member of the Legal Practice Council. This email and any attachments are confidential.`, 'Senior Associate - Banking & Finance'),

  // ── Rejections: mixed formats
  rej('interview', ['assessment'], { ...fb },
    `Hi Ruth,

Thanks for your email chasing an update, and sorry for the delay.

After your interview with the team we asked you to complete the short suitability-report exercise. The reviewers found the report didn't identify the client's attitude to risk correctly and recommended a product outside the client's stated capacity for loss, which is a fundamental point for us as an advice firm. On that basis we won't be progressing you to the second interview.

Thanks again for your time,
Pippa Allerton
Operations Director, Stonechat Financial Planning

On Mon, 9 Sept 2026 at 08:52, Ruth Quayle <ruthquayle@outlook.com> wrote:
> Hi Pippa, I hope you're well. I just wanted to check in on the paraplanner role - I sent the exercise back last Tuesday. Many thanks, Ruth`, 'Re: Paraplanner role - update?'),

  rej('application', ['generic'], {},
    `Your application for Job ID 77812 - Bank Teller I (Part-Time) - Riverside Branch

Dear Maria Gonzalez,

Thank you for your interest in Cottonwood National Bank. After reviewing your application, we have decided to move forward with other candidates for this position.

Thank you for considering Cottonwood National Bank.

Cottonwood National Bank is an Equal Opportunity Employer. Member FDIC.
Powered by Workvine | Unsubscribe from job alerts`, 'Your application for Bank Teller I'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Daniel,

Hope you're well. Quick update after your call with Anushka from the firm's HR team.

They've come back and said they can't progress you because the role is a regulated one under the Senior Managers and Certification Regime and they need the person to hold the CII Diploma in Regulated Financial Planning (or be within one unit of it) on day one. You told her you've only completed R01 so far, so it's a no for this one.

Don't be disheartened. Once you've finished the Diploma, let me know and I'll put you forward for the next round of adviser roles I'm working on.

Cheers,
Kieran
Senior Consultant | Northgate FS Recruitment | Manchester`, 'Adviser role - feedback from the client'),

  rej('assessment', ['skills_gap'], { ...fb },
    `Dear Ms Moloney,

Thank you for completing our pre-employment screening for the position of Trainee Solicitor.

Our offer was conditional on you obtaining a 2:1 degree classification or higher. Your final transcript confirms a 2:2 classification, and as this condition has not been met, we are unable to confirm your training contract.

We know this will be very disappointing, and we wish you well in your future career.

Yours sincerely,
HR Department
Kilbride Farrell LLP`, 'Training Contract - conditions of offer'),

  rej('interview', ['generic'], { ...offered, ...door },
    `Dear Sipho,

Thank you for meeting with us on 14 August for the Junior Compliance Officer vacancy.

Unfortunately we will not be proceeding with your application. Please feel free to contact our office should you wish to obtain feedback on your interview, and we encourage you to apply for future vacancies that match your profile.

Kind regards
Talent Management
Mopane Insurance Brokers (Pty) Ltd
Disclaimer: The information in this email is confidential and may be legally privileged. It is intended solely for the addressee.`, 'Junior Compliance Officer'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Arjun,

Thank you for completing the online assessments for the Trainee Legal Associate position at Shah Mehra & Associates.

The assessment consisted of a legal reasoning section, a drafting exercise and a contract law quiz. Your legal reasoning and quiz scores were good, but your drafting exercise (a legal notice under Section 138 of the Negotiable Instruments Act) scored 11 out of 25 and did not meet the cut-off of 15.

Accordingly, we are unable to invite you for the interview round.

Best regards,
Recruitment Cell
Shah Mehra & Associates, New Delhi`, 'Trainee Legal Associate - assessment result'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Liam,

Thank you for your interest in the Senior Internal Auditor position at Brackenridge Life.

We have reviewed your application. While your experience in external audit is relevant, we need a candidate who is a qualified accountant (ACA, ACCA or CIMA) and who has at least three years' experience in insurance internal audit, including Solvency II. As your profile does not yet match these requirements, we will not be progressing your application.

Best wishes,
Recruitment Team, Brackenridge Life Assurance Company Ltd`, 'Senior Internal Auditor - Brackenridge Life'),

  rej('final', ['generic'], {},
    `Dear Ms Cartwright,

Thank you for attending the final panel interview for the role of Deputy Ombudsman Officer.

Having considered the outcome of all interviews, the panel has decided not to recommend you for appointment.

We appreciate your interest and the time you committed to the process.

Yours sincerely,
Resourcing Team
Office of the Financial Services Complaints Adjudicator
This email is intended for the named recipient only. If you have received it in error please notify us.`, 'Deputy Ombudsman Officer - final panel'),

  rej('application', ['role_closed'], { ...door },
    `Hello Kristen,

Thanks for applying for the Loan Servicing Specialist opening at Bluestem Savings.

I wanted to let you know that we've decided not to fill this position after all - the work is being moved to our servicing partner as part of a wider operations change. Your application won't be reviewed further as a result.

We'd love for you to keep an eye on our careers page and apply for other roles that interest you.

Thanks,
Bluestem Savings Talent Team`, 'Loan Servicing Specialist'),

  rej('interview', ['skills_gap', 'location'], { ...fb, ...door },
    `Dear Alejandro,

Thank you for interviewing for the Junior Associate role in our Dublin office.

Before making offers, we confirm each candidate's eligibility to practise. Unfortunately we have learned that your qualification in Spain would require you to sit the Qualified Lawyers Transfer Test before being admitted in Ireland, and, separately, that you would need a Critical Skills Employment Permit, which we cannot sponsor for this grade. We are therefore unable to offer you the position.

We would be very happy to hear from you again once you are admitted in Ireland.

Kind regards,
Niamh Gallagher
HR Manager, Brennan Lacey Solicitors`, 'Junior Associate - Dublin'),

  // ── Paused processes
  hold('interview', ['role_closed'], {},
    `Dear Hugo,

Thank you for your time at interview for the Trade Finance Operations Manager role last month.

I'm writing to let you know that, following the announcement of our merger with Westerly Bank, the group has introduced a temporary freeze on all external recruitment while the combined structure is agreed. The role is therefore on hold for now.

To be clear, no decision has been made on your application. We expect to have more clarity by the end of the quarter and I will contact you as soon as I have an update.

Kind regards,
Daniela Ruiz
Recruitment Partner, Ambermoor Bank plc`, 'Trade Finance Operations Manager - update'),

  hold('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for applying to the 2027 Graduate Programme at Sterling Oak Insurance.

Due to an ongoing review of our graduate intake numbers, we have temporarily paused the recruitment process. Your application remains active in our system and will be considered once the process resumes. We expect to be in touch in early February.

We apologise for the delay and thank you for your patience.

Sterling Oak Early Careers
This is an automated email. Please do not reply.`, 'Sterling Oak Graduate Programme 2027'),

  hold('final', ['role_closed'], {},
    `Hi Natasha,

I wanted to update you after your final interviews for the Head of Financial Crime role.

Our regulator has opened a review of our AML framework, and as part of our response the board has asked that all senior appointments in the second line be paused until the scope of the review is agreed. I know the timing is frustrating given how far you've come, and I want to stress that you remain one of our preferred candidates.

We hope to resume within six to eight weeks. I'll keep you informed.

Best,
Jonah Halpern
Chief People Officer, Silverbirch Payments Inc.`, 'Head of Financial Crime'),

  hold('assessment', ['generic'], {},
    `Dear Mei,

Thank you for completing the written case study for the Paralegal (Regulatory) position.

We wanted to let you know that the review of case studies is taking longer than expected because several of the reviewing partners are currently in trial. We now expect to come back to all candidates by 24 October. Your application is still very much under consideration.

Thank you for bearing with us.

Kind regards,
Graduate and Paralegal Recruitment
Thornbury Marsh (Hong Kong) LLP`, 'Paralegal (Regulatory) - timing'),

  hold('interview', ['role_closed'], {},
    `Hi Olamide,

Thanks for your patience since the interview. I've just been told the Associate Director, Compliance role is on hold while the firm waits for the outcome of the FCA's review of our variation of permission application. Until that's decided, the team can't confirm the headcount.

I'm not closing your application - it's parked, and I'll be back in touch as soon as we hear from the FCA. I'm hoping it will be within a month or two.

Regards,
Tamsin Greaves
Talent Acquisition, Heathfield Digital Bank`, 'Associate Director, Compliance'),

  hold('application', ['role_closed'], {},
    `Dear Pooja,

Thank you for your application for the September 2027 intake of our Legal Trainee Programme.

Following a review of business needs, we have decided to defer the September 2027 intake to March 2028. All applications received will be carried over and assessed for the March intake, so you do not need to reapply.

We will contact you again in November with next steps.

Warm regards,
Talent Acquisition - Legal
Sahyadri Capital Finance Ltd, Pune`, 'Legal Trainee Programme - intake deferred'),

  hold('screen', ['generic'], {},
    `Hi Jamie,

Just a quick note after our call last week. The hiring manager for the Collections Team Leader role has been off sick, so interviews have been pushed back a couple of weeks. You're still on the shortlist and I'll be back in touch as soon as I have new dates.

Thanks for hanging in there,
Caitlin
Recruitment, Dunmore Credit Union`, 'Collections Team Leader'),

  hold('final', ['role_closed'], {},
    `Dear Mr Sorensen,

Re: Group General Counsel - Harbourline Reinsurance

Thank you for your continued interest following the final interviews held on 11 and 12 November.

The board has asked us to inform candidates that, in light of a proposed strategic transaction currently under negotiation, it has decided to pause the appointment of a Group General Counsel until the transaction's outcome is known. The board expects to review the matter in the first quarter of next year.

This is not a decision about your candidacy, and we will be in touch as soon as we are authorised to resume.

Yours sincerely,
Victoria Ashcombe
Partner, Ashcombe Lyle Search
STRICTLY PRIVATE AND CONFIDENTIAL`, 'Group General Counsel - process paused'),

  hold('assessment', ['role_closed'], {},
    `Hello Jasmine,

Thank you for completing the numerical and verbal reasoning tests for the Customer Service Officer role at our Parramatta contact centre.

We have had to put this intake on hold for now because of a hiring freeze across customer operations while we implement a new systems platform. Your test results have been saved and will remain valid when recruitment restarts, which we anticipate will be in around three months.

We'll email you as soon as the intake reopens.

Kind regards,
Recruitment Team
Coastline Mutual Bank`, 'Customer Service Officer - intake on hold'),

  hold('interview', ['generic'], {},
    `Dear Rohit,

Thank you for interviewing with us for the Wealth Relationship Manager role.

Our decision is taking a little longer than planned, as the business head is travelling this month. We hope to give you an outcome within the next two to three weeks. Thank you for your patience.

Regards,
HR Team
Kohinoor Private Wealth, Mumbai`, 'Wealth Relationship Manager - status'),

  // ── Look-alikes: acknowledgements and status
  other(`Dear Ms Okafor,

Thank you for your application for a Training Contract commencing in 2028 at Ravensbourne Hale LLP. This email confirms that we have received it.

We receive a large number of applications and review each one carefully. Due to the volume, it may take up to six weeks for us to contact you about the outcome. If your application is successful at this stage you will be invited to complete our online assessments.

Kind regards,
Graduate Recruitment Team
Ravensbourne Hale LLP

This email is confidential and may be legally privileged. Ravensbourne Hale LLP is authorised and regulated by the Solicitors Regulation Authority.`, 'Application received - Ravensbourne Hale LLP'),

  other(`Hi Aaron,

Thank you for applying for Personal Banker (Job ID 44102) at Harbor Point Bank. We've received your application and our recruiting team is reviewing it now.

If your qualifications match our needs, someone will reach out to discuss next steps. You can check the status of your application at any time through your candidate profile.

Harbor Point Bank Talent Acquisition
Please do not reply to this email. Member FDIC. Equal Opportunity Employer.`, 'We received your application'),

  other(`Dear Candidate,

Your application for the position of Probationary Officer (Ref PO/2027/03) has been received successfully. Your registration number is SCB2719934. Please keep this number for all future correspondence.

Shortlisted candidates will be informed about the online examination by email and SMS.

Recruitment Cell
Sahyadri Cooperative Bank Ltd.`, 'Registration successful'),

  other(`Hi Emma,

Just a quick note to say your application for the Risk Analyst role is still under review. We've had a really strong response and the hiring manager is working through the shortlist this week. No news yet, but I didn't want you to think we'd forgotten about you.

I'll be in touch either way by the end of next week.

Thanks,
Priyanka
Talent, Larchfield Insurance`, 'Risk Analyst - status'),

  other(`Dear Siobhan,

Thank you for your application to the Solicitor Apprenticeship Programme with Donnelly Cahill. We are currently reviewing all applications and will not be able to respond to individual enquiries during this time.

Applicants who are successful at this stage will be invited to complete a verbal reasoning test in early March. We appreciate your patience.

Kind regards,
HR, Donnelly Cahill LLP`, 'Solicitor Apprenticeship Programme'),

  // ── Look-alikes: tests and assessment bookings
  other(`Dear Hamid,

Congratulations! Following a review of your application for our 2028 Vacation Scheme, we would like to invite you to complete our online Watson Glaser critical thinking test.

Please complete the test by 23:59 GMT on Sunday 17 January using the link below. The test takes approximately 30 minutes and must be completed in one sitting.

https://assess.talentgrid.example/launch?c=GRW-VS28-55310

If you require reasonable adjustments, please contact us before starting the test.

Kind regards,
Early Careers Team
Greywater Lyons LLP`, 'Next step: online assessment'),

  other(`Hi Rebecca,

Thanks for the call earlier. As discussed, the next step for the Compliance Analyst role is a short written exercise. You'll receive it by email tomorrow morning at 9am and will have 90 minutes to complete it. It's a scenario about a suspicious transaction alert, and we're interested in how you structure your reasoning rather than in getting a 'right' answer.

Good luck!
Jordan
People Team, Fintrail Payments Ltd`, 'Written exercise - Compliance Analyst'),

  other(`Dear Kwame,

We are pleased to invite you to our Assessment Day for the 2028 Training Contract on Thursday 4 March at our London office, 20 Moorgate.

The day will run from 9:00am to 4:30pm and will include:
- a group exercise
- a written case study
- an interview with a partner and a senior associate

Please confirm your attendance by replying to this email by Friday. We will reimburse reasonable travel expenses.

We look forward to meeting you.

Kind regards,
Amrit Sandhu
Graduate Recruitment Officer
Whitmore Bellamy LLP`, 'Invitation to Assessment Day'),

  other(`Dear Aisha,

Thank you for booking your assessment centre slot.

Date: Tuesday 12 May
Time: 13:00 - 17:00 (AEST)
Format: virtual (Microsoft Teams)
Role: Graduate Program - Risk & Compliance

Your joining link will be sent 48 hours before the session. Please make sure you have a quiet space and a working camera.

If you need to reschedule, please contact us at least 24 hours in advance. Unfortunately we may not be able to offer an alternative date.

Coral Sea Banking Group - Graduate Recruitment`, 'Assessment centre booking confirmed'),

  other(`Hi Liam,

Reminder: your situational judgement test for the Branch Advisor role at Kingsmere Building Society expires in 48 hours. If you do not complete it before the deadline, we won't be able to progress your application.

Start your test: https://kingsmere.assessments.example/sjt/83410

Thanks,
Kingsmere Careers
(This is an automated message - please do not reply.)`, 'Reminder: complete your assessment'),

  other(`Dear Candidate,

Thank you for attempting the online test for Officer (Scale I). The results will be published on our website on 15 November. Candidates who qualify will be called for a personal interview.

Please note that we do not communicate results to individual candidates by email.

Recruitment Department
Nilgiri Union Bank`, 'Online test - Officer Scale I'),

  // ── Look-alikes: interview invitations and scheduling
  other(`Dear Ms Ramirez,

Thank you for your application for the Senior Associate, Insurance Coverage position. The hiring partners were impressed with your background and would like to invite you to a first interview.

Would any of the following times work for you?
- Tuesday, April 8, 10:00am ET
- Wednesday, April 9, 2:00pm ET
- Thursday, April 10, 11:30am ET

The interview will be held by video and will last approximately 45 minutes.

Best regards,
Caroline Feld
Legal Recruiting Coordinator
Mercer Aldridge & Stone LLP
CONFIDENTIALITY NOTICE: This message is intended only for the use of the individual to whom it is addressed and may contain privileged information.`, 'Interview Invitation - Senior Associate, Insurance Coverage'),

  other(`Hi Tom,

Apologies, Simon has been pulled into a court hearing on Thursday so we need to move your interview. Could you do Monday 10am instead? Same Teams link.

Sorry for the change!
Grace
PA to Simon Hollis, Partner, Hollis Reid Solicitors`, 'Change of interview time'),

  other(`Dear Jia Hui,

Thank you for attending the first-round interview for the Compliance Officer role. We are pleased to let you know that you have been shortlisted for the final round, which will be a panel interview with our Head of Compliance and Chief Risk Officer.

The interview will take place on Friday 21 March at 3pm at our office in Central, Hong Kong. Please bring your HKID and original academic certificates.

Regards,
Vivian Ho
HR Department
Jadeport Asset Management Limited
This email and any attachments are confidential and may be privileged.`, 'Final round interview - Compliance Officer'),

  other(`Hi Nadia,

Thanks for confirming. Just to recap: your call with Ben from our legal team is on Wednesday at 11am. He'll call you on the number you gave us.

Speak soon,
Recruiting @ Quillstone`, 'Re: Quick call this week?'),

  // ── Look-alikes: screening and onboarding
  other(`Dear Sandeep,

Congratulations again on your offer for the role of Relationship Manager.

As this is a regulated role, your appointment is subject to our fit and proper assessment. Please complete the attached forms and return them, with the documents listed below, by 30 June:

1. Background screening consent form
2. Disclosure Scotland basic disclosure application (or equivalent from your country of residence)
3. Credit check consent
4. Proof of identity and address
5. Copies of professional qualifications (CISI Level 4 or equivalent)

Our screening provider, VeriTrust, will be in touch directly. If you have any questions please call me.

Kind regards,
Aileen McLeod
Onboarding Coordinator, Clydebank Private Wealth Ltd`, 'Pre-employment screening - action required'),

  other(`Hi Grace,

We need a little more information to complete your background check for the Teller role. Your previous employer (Rivermead Foods) hasn't responded to our verification request. Could you please send us a payslip or P60 from that period?

This won't affect your start date as long as we receive it by Friday.

Thanks,
HR Operations, Greystone Bank`, 'Background check - additional information needed'),

  other(`Dear Mr Mahlangu,

Please find below your login details for the pre-employment screening portal. You will be asked to complete consent for a criminal record check, credit check (required for all positions in terms of the FAIS fit and proper requirements) and qualification verification.

Username: nmahlangu_8842
Portal: https://screening.karoo-hr.example

Please complete all sections within five working days.

Regards
Onboarding
Karoo Mutual Life`, 'Pre-employment screening'),

  other(`Dear Amanda,

Good news - your background screening has been completed satisfactorily and your offer is now unconditional. We look forward to welcoming you on Monday 3 November.

Your induction pack will follow separately.

Kind regards,
HR Shared Services
Ashcroft & Lowe Insurance`, 'Screening complete'),

  // ── Look-alikes: offers
  other(`Dear Ms Brennan,

Further to your assessment day and partner interview, I am delighted to offer you a Training Contract with Maitland Ferris LLP commencing in September 2028.

This offer is conditional upon:
- your obtaining at least a 2:1 degree classification;
- satisfactory completion of the SQE1 assessments before your start date;
- satisfactory references and pre-employment checks, including a character and suitability assessment.

Please confirm your acceptance within four weeks by signing and returning the enclosed letter.

With warm congratulations,

David Fenner
Training Principal
Maitland Ferris LLP

Maitland Ferris LLP is authorised and regulated by the Solicitors Regulation Authority. This email is confidential and may be privileged.`, 'Training Contract Offer - Maitland Ferris LLP'),

  other(`Hi Joshua,

Great news! The partners would like to offer you a place on our Summer Vacation Scheme (5-16 July). Your formal offer letter is attached. Please let us know by Friday whether you'd like to accept.

Congratulations - we're really looking forward to having you with us.

Early Careers Team
Lindell Rowe LLP`, 'Vacation Scheme offer!'),

  other(`Dear Dhruv,

We are pleased to offer you the position of Assistant Manager - Internal Audit at our Hyderabad office, at an annual CTC of INR 14,20,000.

This offer is subject to:
(a) satisfactory background verification, including previous employment and education;
(b) your obtaining your CA final result with a pass before the date of joining;
(c) medical fitness as certified by our empanelled doctor.

Kindly sign and return a copy of this letter as a token of your acceptance.

Yours sincerely,
For Godavari Life Insurance Company Ltd.
Authorised Signatory - Human Resources`, 'Offer of Employment'),

  other(`Hi Sophie,

I'm really pleased to tell you the team would like to offer you the Paralegal role! I know you were worried after the written test but they were very happy with it.

The offer is subject to references and a basic DBS check. I'll send the formal paperwork this afternoon.

Congratulations!
Rachel
HR Manager, Elstow & Lyle Solicitors`, 'Paralegal role - good news'),

  other(`Dear Kathleen,

Further to our conversation, I'm happy to confirm we can increase the base salary to CAD 118,000 for the Associate Counsel role, with the other terms unchanged. An updated offer letter is attached.

Please note the offer remains conditional on your membership in good standing with the Law Society of British Columbia and a satisfactory criminal record check.

Best regards,
Harpreet Dhillon
Director, Talent Acquisition, Salish Coast Insurance`, 'Revised offer - Associate Counsel'),

  // ── Look-alikes: candidate withdrawal, talent pool, alerts, newsletters
  other(`Dear Owen,

Thank you for letting us know that you wish to withdraw your application for the Trainee Solicitor position, as you have accepted an offer elsewhere. We have updated our records accordingly.

Congratulations on your new role, and we wish you every success.

Kind regards,
Graduate Recruitment
Penrose Dalby LLP`, 'Withdrawal of application'),

  other(`Hi Farah,

No problem at all, and thanks for letting me know so promptly. I've withdrawn you from the process for the Senior Underwriter role as requested. Best of luck with the move to Singapore!

Cheers,
Nick
Brightford Specialty Re`, 'Re: Senior Underwriter - withdrawing'),

  other(`Welcome to the Brambleton Bank Talent Community!

Thank you for joining our talent community. You will now receive updates about career opportunities in branch banking, contact centres and head office roles that match your interests.

You can update your preferences or unsubscribe at any time.

Brambleton Bank Careers`, 'Welcome to our Talent Community'),

  other(`New jobs matching your alert: "compliance Dublin"

- Compliance Officer, Regulatory Change - Lisheen Capital Partners - Dublin 2
- AML Analyst - Conway Payments - Dublin 1
- Senior Compliance Manager (Insurance) - Ardmore Life - Dublin 4

Not interested in these? Update your job alert preferences.

JobBridge.ie - You are receiving this email because you created a job alert.`, '3 new jobs for "compliance Dublin"'),

  other(`The Early Careers Bulletin - Spring edition

Hello from the graduate recruitment team at Corbett Hayes! In this edition:
- Five tips for your vacation scheme application
- Meet our first-seat trainees in Dublin and Hong Kong
- Our virtual open evening on 19 March - register now

We regret that places at the open evening are limited, so sign up early to avoid disappointment.

You are receiving this email because you registered your interest with Corbett Hayes LLP. Unsubscribe.`, 'Early Careers Bulletin'),

  other(`Dear Ella,

Thank you for attending our Insight Day for aspiring lawyers. We hope you found it useful. As promised, the slides from the commercial awareness session are attached.

Applications for our 2028 Vacation Scheme open on 1 October. We would encourage you to apply, and we look forward to receiving your application.

Best wishes,
Graduate Recruitment, Haldane Pryor LLP`, 'Thank you for attending our Insight Day'),

  // ── Look-alikes: polite words, no decision
  other(`Dear Mr Katz,

Thank you for your interview on Tuesday for the Senior Claims Counsel position. We appreciate the time you took to meet with the team.

We are continuing to interview other candidates this week and expect to make a decision by the end of the month. We will be in touch with you either way.

Sincerely,
Leah Morgenstern
Human Resources, Bayview Casualty Insurance Co.`, 'Senior Claims Counsel - thank you'),

  other(`Hi Ayesha,

Sorry to have kept you waiting! We're not quite there yet on the Financial Crime Investigator role - the panel are still comparing notes after the last set of interviews. I should have news for you next Wednesday.

Thanks for your patience,
Lorcan
Talent Acquisition, Emerald Isle Bank`, 'Re: Any update?'),

  other(`Dear Nomsa,

Thank you for your email requesting feedback on your application for the Bursary Programme. I have passed your request to the programme manager, who will call you next week to talk through your application.

Kind regards,
Zanele Khumalo
Bursary Office, Indwe Assurance`, 'Re: Feedback request'),

  other(`Dear Thomas,

I am pleased to confirm that you have passed the verbal reasoning and situational judgement tests and have been shortlisted for the next stage of our graduate programme.

We were not able to progress everyone this year, so well done. A member of the team will be in touch shortly to arrange your video interview.

Kind regards,
Graduate Recruitment
Ellsworth Mutual`, 'Online tests - result'),

  other(`Dear Applicant,

We regret to inform you that the careers portal will be unavailable for scheduled maintenance on Saturday 14 June between 01:00 and 06:00 BST. Any applications in progress will be saved.

We apologise for any inconvenience.

Ashbourne Banking Group Careers`, 'Scheduled maintenance - careers portal'),

  other(`Hi Ben,

Unfortunately Priya is not able to make the partner interview on Friday after all, so we've asked Mark Devlin to step in. He heads up the Insurance Disputes team and is really looking forward to meeting you. Everything else stays the same.

Thanks,
Holly
Graduate Recruitment, Westcombe Astley LLP`, 'Your partner interview on Friday'),

  other(`Dear Rhiannon,

Thank you for your interest in the Legal Secretary position. We have received a high volume of applications and are currently reviewing them. We will contact shortlisted candidates in the next two weeks.

Please note that due to the number of applications we may not be able to respond to everyone individually; however, we will keep your CV on our database, with your consent, for consideration for future vacancies.

Kind regards,
Pryce Gwilym Solicitors`, 'Legal Secretary - application received'),

  other(`Dear Mr O'Sullivan,

Thank you for your enquiry about the status of your application for registration as a Qualified Financial Adviser.

Your application is being reviewed by our Authorisations team. Applications of this kind typically take up to 12 weeks to determine. We will write to you once a decision has been reached.

Yours sincerely,
Authorisations Unit
Financial Advisers Registration Board`, 'Your enquiry - ref FARB/22871'),

  other(`Hi Chloe,

It was lovely to meet you yesterday! As promised, here's a quick summary of the feedback from your mock interview session at our careers clinic: strong on commercial awareness, could give more structure to competency answers (try STAR), and slow down a little when nervous.

Good luck with your real interviews - you've got this.

Best,
Lauren
Student Engagement, Farringdon Law Society`, 'Your mock interview feedback'),

  other(`Dear Luca,

Thank you for accepting our offer for the role of Contact Centre Advisor. Your start date is Monday 6 October at our Glasgow site.

On your first day, please bring your passport or other proof of right to work in the UK. Your first two weeks will be classroom training, and you will need to pass the FCA Consumer Duty module before taking live calls.

We look forward to welcoming you.

Onboarding Team
Thistledown Bank`, 'Welcome to Thistledown Bank'),
];
