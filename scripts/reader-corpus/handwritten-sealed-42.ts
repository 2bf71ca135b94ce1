/**
 * Sealed messages of the forty-second round. The first half is a wide spread of declines from many employers and
 * sectors (construction, aviation, media, sport, utilities, charities, pharma, banking, software, hotels) and many
 * senders: tracking-system letters of many vendors, HR templates with a merge field left in, agency recruiters,
 * hiring managers and founders writing by hand, HTML leftovers and replies with earlier mail quoted below, at every
 * stage and with every reason. The second half is one inbox over seven months: a hospital laboratory technician in
 * Manchester moving into clinical research coordination, with acknowledgements, tests, interview scheduling, agency
 * check-ins, job alerts, a newsletter, a conference invitation and an offer among paused processes and declines.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s42-');

export const HANDWRITTEN_SEALED_42: readonly CorpusLine[] = [
  // ── Many employers
  rej('application', ['generic'], {},
    `Hi Tomasz,

Thank you for applying to the Site Engineer position at Brackwell Construction. We have reviewed your application and have decided not to progress it further at this time.

Kind regards,
Brackwell Talent Team

This message was sent via Greenhouse. Please do not reply to this email.`, 'Your application to Brackwell Construction'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear {{candidate.first_name}},

Thank you for your interest in the Ground Operations Supervisor role at Skylane Regional Airways. After reviewing your application, we have decided to move forward with candidates whose experience more closely aligns with the needs of the role.

We will keep your details in our talent community and may contact you if a suitable opportunity arises.

Best regards,
Skylane People Services`, 'Skylane Regional Airways - application update'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Anneke,

Thanks so much for talking with Joris and me on Thursday. We enjoyed it. We've decided not to move ahead, though. The role needs someone who can edit in Avid on day one, and from our conversation your work has mostly been in Premiere. We don't have the capacity to train that right now.

All the best,
Mila de Vries
Post-production Lead, Kanaal Twaalf Media, Hilversum`, 'Editor role'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hello Ricardo,

Thank you for the call on Monday. I passed your details to the club. We discussed the salary you are looking for (around 68,000 EUR) and unfortunately the budget for the Head of Performance Analysis is capped well below that, so they won't be taking your application forward.

If the budget changes next season I'll come straight back to you.

Best,
Inês Carvalho
Sports Talent Partners, Lisbon`, 'Head of Performance Analysis - update'),

  rej('application', ['role_closed'], {},
    `Dear Applicant,

Re: Reference NWU-4471 Network Planning Engineer

We write to advise that, following an internal review of the network investment programme, this vacancy has been withdrawn and will not be filled. Consequently, your application will not be considered further.

We apologise for any inconvenience.

Northwater Utilities plc, Recruitment
Registered in England No. 2210394`, 'Vacancy NWU-4471 withdrawn'),

  rej('interview', ['position_filled'], {},
    `Dear Grace,

Many thanks for coming in to meet our trustees for the Fundraising Manager interview. I wanted to let you know personally that we have offered the role to another candidate, who has accepted.

Thank you again for your interest in Hope Harbour Trust.

Warm wishes,
Sandra Okafor
Chief Executive`, 'Fundraising Manager'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Candidate,

Thank you for completing the numerical and verbal reasoning tests for the Quality Control Analyst vacancy (Req 20931).

Your score on the numerical reasoning test was 41%, which is below the threshold of 55% required to progress. We are therefore unable to take your application further.

Regards,
Vantiq Pharma Recruitment
Powered by Workday`, 'Update on your application - Req 20931'),

  rej('final', ['internal_candidate'], { ...door },
    `Hi Leon,

I'm sorry to write with this after everything you put into the final panel. The bank has appointed someone from within the treasury team to the VP role. They had been acting in it for a while and the committee went with continuity.

You were very well regarded, and I'd like to keep talking about other roles with you. I'll be in touch when the next one comes in.

Rachel
Harcourt Search | Financial Services`, 'VP Treasury - outcome'),

  rej('application', ['location'], { ...fb },
    `Hi Devika,

Thanks for applying to Quillstack! Unfortunately this role is only open to people who can legally work in Canada without sponsorship, and your application says you'd need a work permit. We aren't able to sponsor for this position, so we can't move forward.

Cheers,
The Quillstack team
(sent with Ashby)`, 'Quillstack - Backend Developer'),

  rej('interview', ['overqualified'], { ...fb },
    `Dear Mr Haddad,

Thank you for meeting us for the Front Office Supervisor position at the Grand Corniche Hotel. The panel was impressed, but with fifteen years of management including running a 300-room property, we felt your experience is well beyond what this role involves and that it would not hold your interest for long.

We wish you every success.

Yours sincerely,
Nadia Karam
Human Resources Manager`, 'Front Office Supervisor'),

  rej('final', ['culture_fit'], { ...fb, ...offered },
    `Hey Sam,

Thanks for spending the whole day with us on Friday. I'll be straight with you: it was close, but the team felt you'd be happiest with a lot of structure and clear specs, and we're six people who change direction every week. That mismatch in working style is the reason we're not making an offer.

If you'd like to talk it through, ping me and we'll grab 20 minutes.

Olu
Founder, Parcelbird`, 'Friday'),

  rej('application', ['generic'], {},
    `Thank you for your application for Electrical Estimator. Unfortunately you have not been shortlisted on this occasion.`, 'Electrical Estimator'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Jonas,

Thank you for your application for the position of Aircraft Maintenance Technician (B1) at Nordwing Technik GmbH.

After review, we are unable to consider your application further, as the position requires a valid EASA Part-66 B1 licence with a type rating on the ATR 72, which your documents do not show.

We would be glad to receive your application again once you hold the rating.

Mit freundlichen Grüßen
Nordwing Technik GmbH | Personalabteilung
This email was generated by SuccessFactors. Replies are not monitored.`, 'Your application: Aircraft Maintenance Technician (B1)'),

  rej('screen', ['role_closed'], {},
    `Hi Priscilla,

Quick note after our chat last week. The client has just told me the Business Partner role is on ice indefinitely, as they're restructuring the whole HR function. So I'm afraid that one won't go any further.

Sorry for the news.
Dom
Talentwise Recruitment`, 'Re: HRBP role'),

  rej('interview', ['profile_mismatch', 'skills_gap'], { ...fb },
    `Dear Aisha,

Thank you for attending an interview for the post of Senior Finance Analyst at Crownmere Bank.

Following careful consideration, the panel has decided not to offer you the role. Other candidates were able to demonstrate a closer match to the requirements, in particular hands-on IFRS 9 modelling experience, which you told us you had not yet worked on.

We thank you for your time.

Crownmere Bank Talent Acquisition`, 'Crownmere Bank - Senior Finance Analyst'),

  rej('application', ['position_filled'], {},
    `Hi Marta,

Thanks for your interest in the Social Media Executive role at Pitchside. We've now filled this position, so we're closing applications.

Thanks again,
Pitchside Recruitment (Teamtailor)`, 'Pitchside - Social Media Executive'),

  rej('final', ['salary'], { ...fb },
    `Dear Mr Lindqvist,

Thank you for completing the final stage interviews for Head of Engineering. The board was very positive about you. However, the package you outlined during negotiation, a base of 1.45m SEK plus equity, exceeds what we are able to offer for this position by a significant margin, and we have therefore decided to close the process with you.

Kind regards,
Eva Brandt
CFO, Tessla Grid Systems AB`, 'Head of Engineering'),

  rej('interview', ['generic'], { ...offered },
    `<html><body><p>Dear Candidate,</p><p>Thank you for attending the interview for the role of <b>Customer Service Team Leader</b>. We regret to inform you that on this occasion you have not been successful.</p><p>If you would like feedback on your interview, please reply to this email and a member of the team will arrange a call.</p><p>Regards,<br>Meridian Energy HR</p></body></html>`, 'Interview outcome'),

  rej('application', ['location'], { ...fb, ...door },
    `Hello Kwame,

Thank you for applying for the Project Coordinator role with Builders Without Borders.

This position is based in our Kampala office and requires the postholder to be resident in Uganda. As your application indicated you are not able to relocate, we are unable to progress it.

Please keep an eye on our careers page, as remote roles do come up.

With thanks,
BWB Recruitment`, 'Project Coordinator - Kampala'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Felix,

Thanks for sending back the SQL exercise. The reviewers found that the window-function questions (4 and 5) weren't attempted, and we use those heavily in this role. Since the rest of the stack depends on that, we're not progressing to interviews.

Best wishes,
Data Team, Loomfield Analytics
via Workable`, 'Your Loomfield Analytics assessment'),

  rej('interview', ['internal_candidate'], {},
    `Dear Sofia,

Thank you for interviewing for the Communications Officer role. I'm writing to let you know the position has been offered to a current member of staff.

Best wishes,
People Team, Eastmere Water`, 'Communications Officer'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Dr Ferreira,

Thank you for applying for Laboratory Assistant at Calder Biologics. Given your PhD and several years leading your own projects, we feel your background is considerably more senior than this entry-level role, which is largely sample preparation.

We'd genuinely encourage you to look at our Scientist II openings, and your profile will remain in our talent pool.

Kind regards,
Calder Biologics Talent Acquisition | iCIMS`, 'Your application - Laboratory Assistant'),

  rej('final', ['position_filled'], { ...door },
    `Hi Chloé,

Thank you for coming to Lyon for the final interviews. We have now extended an offer to another finalist and it has been accepted.

It was a very close call and we'd love to stay in touch about future roles.

Amitiés,
Juliette Morel
Talent Lead, Atelier Sonore`, 'Suite à votre entretien final / final interview'),

  rej('screen', ['generic'], {},
    `Hi Ben, thanks for the call yesterday. The hiring team has decided not to proceed. Best of luck. - Kate (Lever)`, 'Update from Ridgeway Labs'),

  rej('interview', ['culture_fit'], {},
    `Dear Henrik,

Thank you for your interview with Fjell Outdoor. After discussing it internally, we do not feel there is a sufficient match with our team culture and values at this time, and we have decided not to continue.

Best regards,
Fjell Outdoor HR`, 'Fjell Outdoor - your interview'),

  rej('application', ['role_closed'], { ...door },
    `Dear [First Name],

Thank you for applying to the Grants Officer vacancy at the Orchard Foundation. Following a reduction in our funding for 2025, we have taken the difficult decision not to recruit to this post. Your application will therefore not be taken forward.

We hope you will consider applying to the Foundation again in future.

Orchard Foundation
Registered charity no. 1098834`, 'Grants Officer vacancy'),

  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Hi Yusuf,

Thanks for taking the time to interview with our team for the Structural Engineer post in Dubai. Two things stopped us moving forward: we need someone already chartered (CEng or equivalent), and the role is fully on site at Jebel Ali, which doesn't suit your plan to stay in Istanbul for the next year.

Regards,
Khalid Rahman
Engineering Manager, Arcline Structures`, 'Structural Engineer'),

  rej('application', ['generic'], { ...door },
    `Dear Lucy,

Many thanks for your application for the role of Housekeeping Manager at Thornbury Park Hotel & Spa.

We received a great number of applications and regret to inform you that on this occasion your application has not been successful.

We would like to thank you for your interest and encourage you to apply for future vacancies.

Yours sincerely,
HR Department
Powered by BambooHR`, 'Housekeeping Manager - Thornbury Park'),

  rej('final', ['skills_gap'], { ...fb, ...offered, ...door },
    `Hi Kasia,

I've been putting off writing this because I genuinely hoped it would be different news. Thank you again for the final session with Oliver and the product leads on Wednesday, and for the walkthrough of your onboarding case study, which people are still talking about.

I'll be straight with you about the outcome. We're not going to make an offer. The deciding point was the pricing work: this role owns our pricing experiments from day one, and the panel felt you hadn't yet run experiments with real revenue on the line, which the other finalist had done for two years. Everything else was strong, and several people said your research skills were the best of the whole process.

I know that's hard to hear after four rounds. I'd really like to keep in touch. We'll be hiring a second PM for the growth squad in the spring, and I'll reach out when that opens. And if a longer debrief would help you, I'm happy to get on a call any time next week.

Thanks again,
Hannah Wren
Head of Product, Tillpoint`, 'Tillpoint PM - final round'),

  rej('assessment', ['generic'], {},
    `Thank you for completing the online assessment for the Graduate Surveyor Programme 2025. We regret that you will not be progressing to the next stage. Due to the volume of applications we cannot provide individual feedback.

Kelsall Haigh LLP | Graduate Recruitment
This is an automated message from Oracle Recruiting Cloud.`, 'Graduate Surveyor Programme 2025'),

  rej('application', ['profile_mismatch'], {},
    `Hi Noah,

Thanks for applying for the Account Executive position with Blueframe. We've reviewed your application and, unfortunately, we don't think your background is the right fit for this particular role.

Good luck with your search!
Blueframe Recruiting
Sent via Recruitee`, 'Blueframe: your application'),

  rej('interview', ['role_closed'], {},
    `Dear Ms Oyelaran,

Following your interview on 3 October, I regret to tell you that the Senior Auditor post has been frozen as part of a wider restructuring of internal audit. We will not therefore be making an appointment, and your application is now closed.

Yours sincerely,
J. Whitcombe
Head of Internal Audit, Pemberton Building Society`, 'Senior Auditor - interview outcome'),

  rej('screen', ['location'], { ...fb },
    `Hi Emily,

Thanks for the chat earlier! After speaking with the hiring manager, they've confirmed the role needs to be in the Leeds office four days a week, and since you mentioned you'd only be able to do one day there, we won't be taking it forward.

Sorry it wasn't better news.
Jade
Talent Acquisition, Northlight Broadband`, 'Re: Leeds role'),

  rej('application', ['salary'], { ...fb },
    `Dear Carlos,

Thank you for applying to the Reservations Manager role. We noted your expected salary of 52,000 EUR. The budget for this role is set at 38,000 to 41,000 EUR, so unfortunately we will not proceed.

Hotel Mirasol Group | Recruitment (Personio)`, 'Reservations Manager'),

  rej('final', ['profile_mismatch'], { ...offered },
    `Dear Ifeoma,

Thank you for attending our assessment centre in Birmingham last week for the Commercial Graduate Scheme at Linmoor Rail.

Your performance was assessed against our competencies across all exercises and, while you performed well in a number of areas, other candidates were more closely aligned with what we are looking for, so we will not be offering you a place.

Feedback is available on request. Just reply to this email within 14 days.

Kind regards,
Early Careers Team`, 'Linmoor Rail Commercial Graduate Scheme'),
  rej('interview', ['overqualified', 'salary'], { ...fb },
    `Hi Gareth,

Thanks for your time on Tuesday. We talked it over as a team. Honestly, with twenty years running sites you'd be far more senior than the Assistant Site Manager role, and the pay band (32-35k) is a long way under what you told us you're on now. We don't think it's right for either side.

Cheers,
Phil Pritchard
Pritchard & Sons Builders, Swansea`, 'Assistant Site Manager'),

  rej('application', ['internal_candidate'], {},
    `Dear Applicant,

Thank you for your interest in the Cabin Crew Training Manager position. Please be advised that this vacancy has been filled through internal promotion.

Regards,
Talent Acquisition, Aerosud Airlines
Please do not reply to this automated message.`, 'Cabin Crew Training Manager - Status update'),

  rej('interview', ['generic'], {},
    `Hi Petra,

Thanks again for meeting us about the Producer job. We've now finished interviewing and I'm sorry to say you haven't been successful this time.

Best,
Lotte
Greenroom Studios`, 'Producer'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hello Arjun,

Thank you for submitting the take-home for the Platform Engineer role.

Our reviewers liked the structure of the Terraform modules. However, the deployment failed on a clean account because the IAM roles were hard-coded to your own account ID, and the brief's requirement for zero-downtime rollouts wasn't addressed. Based on that, we won't be moving forward.

We'd be happy to hear from you again in the future.

Best,
Cirrusbank Engineering Hiring
Sent via SmartRecruiters`, 'Cirrusbank - take-home review'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Olga,

Thank you for your application to the Regulatory Affairs Specialist role at Medisant.

Unfortunately we are unable to progress your application, as fluency in German (C1 level) is essential for this role and your application indicates B1.

Kind regards,
Medisant Talent Acquisition`, 'Regulatory Affairs Specialist'),

  rej('final', ['role_closed'], {},
    `Dear Matteo,

I am writing about the Director of Partnerships appointment, for which you were one of our two shortlisted finalists. Following the board meeting on Monday, the organisation has decided to merge this role into an existing position as part of a restructure, and the appointment will not go ahead.

I appreciate this is disappointing after the time you invested, and I am sorry.

Yours sincerely,
Fiona Lyall
Chair of Trustees, Lochside Arts Trust`, 'Director of Partnerships'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Rafael,

Thank you for taking the time to speak with me last week about the Solutions Consultant opening.

After reviewing your experience with the hiring team, we have decided to pursue candidates whose backgrounds more closely match what we need right now.

I'll keep your profile on file and reach out if something more suitable opens up.

Best,
Nora Ellis
Recruiter, Fieldmark Software`, 'Solutions Consultant at Fieldmark'),

  rej('interview', ['location'], { ...fb },
    `Dear Ms Tan,

Thank you for interviewing for the Fleet Planner role. We understand from your interview that you would require an Employment Pass to work in Singapore. Unfortunately we are unable to support an application for this position, and we are therefore not proceeding.

Yours sincerely,
HR, Straits Aviation Services`, 'Fleet Planner'),

  rej('application', ['generic'], {},
    `Hi Ella, we won't be moving forward with your application for Sports Journalist. Thanks for applying. The Matchday team`, 'Matchday'),

  rej('interview', ['position_filled', 'profile_mismatch'], {},
    `Dear Mr Abara,

Thank you for your interview on 12 June for Relationship Manager, SME Banking.

We have now offered the position to a candidate whose experience aligned more closely with our requirements, and they have accepted.

Regards,
Talent Team, Union Meridian Bank`, 'Relationship Manager, SME Banking'),

  rej('final', ['culture_fit'], { ...fb },
    `Hi Zara,

Thanks for coming to the studio for the final day. We really liked your portfolio. Where we landed: the way you described preferring to own pieces end to end and work alone for long stretches doesn't sit well with how we work, which is constant pairing and group crits. It's about fit with how our team runs, not about talent.

Take care,
Mo & Lin
Co-founders, Hatchmark Design`, 'final day'),

  rej('application', ['overqualified'], {},
    `Dear Applicant,

Thank you for applying for the position of Office Junior with Fulton Property Management. We have reviewed your application and feel that you are overqualified for this position.

Yours faithfully,
Recruitment Team`, 'Office Junior'),

  rej('screen', ['salary'], { ...fb },
    `Hey Jordan,

Appreciate the call this morning. I ran the numbers past our founder. You mentioned you'd need at least 140k base to move, and we've got 110k for this seat plus equity, so I don't think we can make it work. Didn't want to drag you through interviews if the number is never going to land.

Thanks,
Priyanka
Early hire #3, Lattice Ledger`, 'Re: quick chat'),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the situational judgement assessment for the Graduate Air Traffic Services scheme. Unfortunately your results did not meet the standard required and you will not progress further in this campaign.

Aviation Skies Ltd Recruitment | Taleo`, 'Graduate ATS scheme - assessment result'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Natalia,

Re: Clinical Pharmacist, Band 7

Thank you for attending interview on Thursday. I am sorry to tell you that you were not successful on this occasion. The panel needed the successful candidate to hold an Independent Prescribing qualification, which you don't yet have.

If you would like further feedback please contact me on 0161 555 0192.

Kind regards,
Dr Akin Balogun
Lead Pharmacist`, 'Clinical Pharmacist interview'),

  rej('final', ['internal_candidate'], {},
    `Hi Tom,

Thank you for coming in for the final interview for the Head of Digital. We have decided to appoint an internal candidate to the role.

Best wishes,
Hollins Media Group`, 'Head of Digital'),

  rej('application', ['role_closed'], {},
    `Hello,

Your application for Mobile Developer (React Native) at Sparkfin has been closed because the job posting has been removed by the employer.

The Jobvite team`, 'Application closed: Mobile Developer (React Native)'),

  rej('interview', ['culture_fit', 'profile_mismatch'], {},
    `Dear Liam,

Thank you for interviewing with Kestrel Capital. After careful consideration we feel that other candidates' experience and our culture are better aligned, and we will not be proceeding with your application.

Kestrel Capital Human Resources`, 'Kestrel Capital application'),

  rej('application', ['location'], {},
    `Hi Maya,

Thank you for applying to Orbital Health. Unfortunately, this role is only open to candidates based in the EU, so we are unable to move forward with your application.

The Orbital Health team
Sent via Pinpoint`, 'Your application to Orbital Health'),

  rej('assessment', ['generic'], { ...door },
    `Hi Chen,

Thanks for finishing the case study for our Strategy Associate role. After reviewing, we've decided not to progress your application further. We will keep your details on file and hope you'll apply again in the future.

Warm regards,
Talent Team, Bridgeview Consulting`, 'Bridgeview - case study'),

  rej('interview', ['generic'], {},
    `Dear %FIRSTNAME%,

Thank you for attending an interview for the role of Plant Operator. On this occasion, we will not be taking your application any further.

Halstead Energy Recruitment`, 'Plant Operator'),

  rej('final', ['position_filled'], { ...offered },
    `Hi Dana,

Wanted to let you know that after the onsite, we've decided to go with another finalist, who has signed. You were one of the two we were deciding between right to the end.

If you'd like feedback, reply and I'll set up time with Marcus.

Raquel
Recruiting Lead, Syncwell`, 'Syncwell onsite follow-up'),

  rej('interview', ['overqualified'], { ...fb, ...door },
    `Dear Akosua,

Thank you for interviewing for the Programme Assistant role at Sunrise Literacy. Your years as a country director are remarkable, and frankly the panel felt the role would not use most of what you bring. We would love you to look at senior roles with us as they come up.

Best wishes,
Esther Quaye
People & Culture`, 'Programme Assistant'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Fraser,

Thanks for applying for Senior Data Engineer at Stacksmith. We need at least five years of Spark in production and your CV shows about two, so we won't be moving forward.

Stacksmith Talent
(sent from Lever)`, 'Stacksmith | Senior Data Engineer'),

  rej('screen', ['generic'], { ...offered, ...door },
    `Hi Selin,

Thanks again for the phone screen on Tuesday. After discussing with the team, we've decided not to move forward with your candidacy for the Brand Manager role.

If you have any questions or would like feedback, just let me know. And please keep an eye on our careers page for future openings.

All the best,
Kaan Demir
Talent Acquisition, Anadolu Sports`, 'Anadolu Sports - Brand Manager'),

  rej('interview', ['salary'], { ...fb },
    `Dear Marek,

Thank you for the interviews with the risk team. We were keen to proceed, but your salary expectation of 22,000 PLN monthly is above the range we can approve for this role, and we have decided not to continue the process.

Regards,
Karolina Nowak
HR Business Partner, Vistula Bank`, 'Risk Analyst - decision'),

  hold('interview', ['role_closed'], {},
    `Hi Sophie,

Quick update on the Marketing Manager role. Budget approval has been paused while the new CEO reviews headcount, so we're putting the process on hold for now. You're still very much in the mix and I'll update you as soon as I hear, hopefully in January.

Thanks for your patience,
Rob
Talent, Greystone Leisure`, 'Marketing Manager - update'),

  hold('application', ['generic'], {},
    `Dear Applicant,

Thank you for your application for Water Quality Scientist. Shortlisting has been delayed due to staff leave and is now expected to take place in the week commencing 18 November. We will contact you after that date.

Severnside Water Recruitment`, 'Water Quality Scientist - shortlisting delayed'),

  hold('final', ['role_closed'], {},
    `Hi Ahmed,

I'm sorry for the silence since the final round. The airline has paused all senior hires pending the merger decision. Nobody has been offered the role and they've told me your candidacy stays open. I'll be back in touch as soon as the freeze lifts.

Best,
Claire
Altitude Recruitment`, 'Re: Head of Revenue Management'),

  other(`Hi Lena,

Thank you for applying for Junior Sound Designer at Fallow Games! We've received your application and our team will review it. We'll be in touch either way within two weeks.

The Fallow Games team`, 'Thanks for applying to Fallow Games'),

  other(`Dear Oscar,

Thank you for your interest in Harlow Grand Hotels. Unfortunately we have no vacancy matching your speculative application at the moment, but we have added you to our talent community, and you'll get an email when suitable roles open.

Harlow Grand Hotels Careers`, 'Welcome to our talent community'),

  other(`Hi Iris,

Thanks for letting me know you've accepted another offer. I've withdrawn your application for the Account Manager role as requested. Best of luck in the new job!

Tom
Redbrick Media`, 'Re: withdrawing my application'),

  other(`Dear Mr Kowalczyk,

We regret to inform you that the interview scheduled for Wednesday 9 October must be moved due to the panel chair's illness. Would Friday 11 October at 10:00 suit you instead?

Kind regards,
Eastbrook Construction HR`, 'Change of interview date'),

  other(`Hi Jess,

Great news. We'd like to invite you to a final interview with our CFO for the Financial Controller role. Please pick a slot using the link below.

Regards,
Pellham Foods Talent (Greenhouse)`, 'Invitation: final interview'),
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Lukas,

Sure, happy to share. The panel felt your answers on permit-to-work systems were solid, but the role leads HV switching and you don't yet hold an SAP (Senior Authorised Person) authorisation, which we need from the start.

Regards,
Gemma Holt
Northgrid Electricity

On Mon, 4 Nov at 09:12, Lukas Brenner wrote:
> Hi Gemma, thank you for letting me know. Is there any feedback you can share?
>
> On Fri, 1 Nov at 16:30, Gemma Holt wrote:
>> Dear Lukas, thank you for attending the interview for Substation Engineer. I'm sorry to say we won't be offering you the position.`, 'Re: Substation Engineer interview'),

  rej('application', ['generic'], {},
    `Re: Your Application

Dear Applicant,

Thank you for taking the time to apply for the role of Events Coordinator at Stamford Bridge Lodge. After careful consideration, we regret to inform you that we will not be progressing your application.

We appreciate the interest you have shown in our organisation.

Yours sincerely,
Human Resources

-----
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Stamford Bridge Lodge Ltd, registered in England and Wales no. 04412987.`, 'Your Application'),

  rej('interview', ['role_closed', 'internal_candidate'], {},
    `Dear Paulo,

Thank you for meeting us for the Ticketing Operations Lead role. Following a reorganisation of the commercial department, the role has been combined with an existing post, which will be taken on by a current colleague. We will therefore not be taking your application further.

With best wishes,
HR, Estrela FC`, 'Ticketing Operations Lead'),

  rej('final', ['generic'], { ...door },
    `Dear Rebecca,

Thank you for your time and effort over the past few weeks, and in particular for the final presentation to our leadership team on Tuesday. I know preparing for a panel like that takes real work, and the group appreciated the thought you put into the retention plan you presented, especially the segmentation of the donor base into the three cohorts.

We had a strong field for the Head of Individual Giving role, and the final decision was extremely difficult. Having discussed it at length, we have decided not to offer you the position. I realise that this will be disappointing after reaching the last stage.

We don't say this to everyone: we would really like you to apply to us again. We expect to recruit a Major Gifts Manager in the new financial year, and I'll make sure you hear about it.

I also want to thank you for the way you engaged with us throughout: you were responsive, prepared and generous with your ideas. Whatever comes next for you, I hope it goes well.

With very best wishes,
Harriet Coles
Director of Fundraising, Sightline (UK)
Sightline (UK) is a registered charity in England and Wales (1120456) and Scotland (SC041223).`, 'Head of Individual Giving - outcome'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Tariq,

Thanks for completing the Codility test. You scored 38/100 (the cut-off for this role is 70), so we won't be moving forward.

Regards,
Engineering Recruiting, Paywise`, 'Paywise coding test'),

  rej('screen', ['skills_gap', 'location'], { ...fb },
    `Hi Anja,

Nice speaking with you on Friday. I've had a word with the client. They're firm on two things: a full UK driving licence, because the Area Manager covers eight hotels across Cumbria, and living within an hour of Kendal. As you don't drive and are in Glasgow, they're not going to take it further.

Sorry! I'll keep looking for you.
Matt Greaves
Lakeland Hospitality Recruitment`, 'Area Manager'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Mr Osei,

Thank you for attending the interview for Trainee Solicitor. The panel concluded that your application was not as strong as those of other candidates. You are welcome to request feedback by contacting graduate.recruitment@hartleyosborne.example.

Hartley Osborne LLP`, 'Trainee Solicitor interview'),

  rej('application', ['position_filled'], { ...door },
    `Hi there {FirstName},

We wanted to let you know that the Bartender position at The Copper Still has now been filled. Thank you for applying, and please keep an eye on our socials as we're always looking for great people.

Cheers,
The Copper Still crew`, 'Bartender'),

  rej('interview', ['location', 'salary'], { ...fb },
    `Hi Oliver,

Thanks for your time with Dan and Ruth. We'd need you to relocate to Aberdeen for this role, which you said you're not planning to do, and your salary ask of 95k is also above the 80k we have. So we'll stop here.

Best,
Fiona
Talent, Caledon Offshore`, 'Caledon Offshore - Reservoir Engineer'),

  rej('final', ['skills_gap', 'assessment'], { ...fb, ...offered },
    `Dear Ms Adeleke,

Thank you for attending the final assessment day for Audit Associate.

You performed well in the group exercise and the partner interview. However, your written case exercise did not reach the required standard, particularly the analysis of the revenue cycle, and the panel also noted you have not yet started the ACA exams, which this intake requires.

You may request a feedback call by replying to this email.

Yours sincerely,
Marshall Fenwick Early Careers`, 'Audit Associate - assessment day outcome'),

  // ── One inbox: Shauna Pillai, laboratory technician in Manchester moving into clinical research
  other(`Dear Shauna,

Thank you for applying for Clinical Research Associate I (Ref VC-10284) at Veridian Clinical. We have received your application and our recruitment team will review it shortly. If your experience matches our requirements, a recruiter will contact you.

Veridian Clinical Talent Acquisition
This is an automated message sent via Workday. Please do not reply.`, 'We received your application - Clinical Research Associate I'),

  other(`NHS Jobs - new vacancies matching your search "clinical research"

Clinical Research Practitioner, Band 5 - Pennine Valley NHS Foundation Trust - Oldham - closes 28 May
Research Nurse / Practitioner - Mersey Coast NHS Trust - Liverpool - closes 2 June
Clinical Trials Assistant, Band 4 - Thameside Hospitals NHS Trust - London - closes 30 May

View all 14 matches on NHS Jobs. To stop these alerts, manage your saved searches.`, 'New jobs matching your saved search'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Shauna Pillai,

Thank you for your application for the post of Research Nurse / Practitioner at Mersey Coast NHS Trust.

We regret to inform you that you have not been shortlisted for this post. The shortlisting panel noted that the post requires current NMC registration as a nurse or an allied health registration with patient-facing clinical experience, and your application describes laboratory work only.

Mersey Coast NHS Trust Recruitment
This is an automatically generated email from NHS Jobs.`, 'Research Nurse / Practitioner - application outcome'),

  other(`Hi Shauna,

Lovely to connect on LinkedIn. I recruit clinical research roles across the North West for CROs and NHS sites, and your lab background with HCPC registration is a good starting point for a CRC or trials assistant role. Could we have a 15 minute call this week? Thursday after 5pm works for me.

Best,
Kieran Walsh
Senior Consultant, Medbridge Recruitment, Manchester`, 'Clinical research roles - quick chat?'),

  rej('application', ['profile_mismatch'], {},
    `Dear Shauna,

Thank you for your interest in the Clinical Research Associate I position at Veridian Clinical.

After careful review, we have decided to move forward with other candidates whose qualifications more closely match the requirements of this position.

We appreciate your interest in Veridian Clinical and wish you every success.

Veridian Clinical Talent Acquisition`, 'Your application with Veridian Clinical'),

  other(`Dear Ms Pillai,

Thank you for applying for Clinical Research Practitioner, Band 5 (Ref 345-PV-2611). We are pleased to invite you to complete an online situational judgement test, which forms the next stage of shortlisting. It takes around 30 minutes and must be completed by 9am on Monday 8 June.

Pennine Valley NHS Foundation Trust, Research & Innovation`, 'Invitation: situational judgement test'),

  other(`Hi Shauna,

Thanks for the call last night. As discussed I'll put you forward for the Clinical Trial Assistant role at Northstar CRO (Salford Quays, hybrid, 28-31k). I'll let you know as soon as I hear back from them, normally within a week.

Kieran
Medbridge Recruitment`, 'Northstar CRO - CTA'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Shauna,

Thank you for completing the situational judgement test for Clinical Research Practitioner, Band 5.

Your score was 58%. The threshold for progressing to interview was set at 65%, so we are unable to take your application further on this occasion.

Kind regards,
Research & Innovation Recruitment
Pennine Valley NHS Foundation Trust`, 'Clinical Research Practitioner - SJT result'),

  other(`The Association of Clinical Research Practitioners - June bulletin

In this issue: the new GCP e-learning refresh is live; a member's story of moving from laboratory science into trial coordination; regional network meeting in Leeds on 14 July; changes to accreditation fees from September.

You are receiving this because you joined ACRP UK as an associate member. Unsubscribe | Update preferences`, 'ACRP bulletin - June'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Shauna,

Feedback from Northstar is in, sorry it took a while. They liked your lab background, but for the CTA role they want someone who has already worked with an eTMF or a CTMS (they use Veeva) and knows ICH-GCP in practice, not just the course. So they're not taking you forward this time.

Don't be disheartened, that's a common gap for people moving across and it's fixable. I'll keep you in mind for roles that are more open to transferable experience.

Kieran`, 'Re: Northstar CRO - CTA'),

  other(`Dear Shauna,

Thank you for applying for Clinical Trials Assistant (Band 4) at Thameside Hospitals NHS Trust. Your application is now with the recruiting manager for shortlisting. Shortlisting normally takes up to 10 working days. You can track the status of your application in your NHS Jobs account.

Thameside Hospitals NHS Trust Recruitment`, 'Application received: Clinical Trials Assistant'),

  rej('application', ['location'], { ...fb },
    `Hi Shauna,

Thanks for applying for Clinical Operations Associate at Pulselink Diagnostics. I had a look at your CV and really liked the lab background. The catch is that this role is in our Cambridge office five days a week during the trial build, and you mentioned you'd stay in Manchester. I can't make remote work here right now, sorry.

Best,
Ravi Menon
Co-founder & COO, Pulselink Diagnostics`, 'Clinical Operations Associate'),

  other(`Jobs for you this week - JobFinder UK

Clinical Research Coordinator - Manchester - 27,000-30,000 a year
Study Start-Up Associate - Remote (UK) - competitive
Laboratory Technician - Stockport - 24,500 a year
Data Coordinator, Clinical Trials - Liverpool - 26,000 a year

See all recommended jobs. You're getting this email because you created a job alert.`, 'Shauna, 4 new jobs for you'),

  other(`Dear Ms Pillai,

We are pleased to inform you that you have been shortlisted for interview for the post of Clinical Trials Assistant (Band 4). Interviews will be held on Microsoft Teams on Tuesday 23 June. Please select a time slot via your NHS Jobs account by Friday.

Thameside Hospitals NHS Trust`, 'Invitation to interview - Clinical Trials Assistant'),

  rej('application', ['generic'], {},
    `Dear Shauna,

Thank you for your interest in Vaxtera and for applying for the Clinical Trial Coordinator position.

We have reviewed your application carefully and regret to inform you that we will not be progressing your candidacy at this time.

Kind regards,
Vaxtera Talent Acquisition
Vaxtera Ltd, Speke, Liverpool. Sent via SuccessFactors.`, 'Vaxtera - Clinical Trial Coordinator'),

  other(`Hi Shauna,

Confirming your Teams interview for Clinical Trials Assistant on Tuesday 23 June at 11:15. The panel will be Dr Miriam Achebe (Research Operations Manager) and Paul Stringer (Senior Trials Coordinator). The link is below. Please allow 45 minutes.

Thanks,
Research Office, Thameside Hospitals NHS Trust`, 'Interview confirmation - 23 June'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Shauna,

Thank you for attending interview on Tuesday for the post of Clinical Trials Assistant.

I am sorry to let you know that you were not successful on this occasion. The panel interviewed a strong field and appointed the candidate whose experience best matched the post.

If you would like feedback on your interview, please contact Dr Miriam Achebe on the number in the job advert.

Kind regards,
Recruitment Team, Thameside Hospitals NHS Trust`, 'Outcome of interview - Clinical Trials Assistant'),

  other(`Dear Shauna,

Thank you for calling. As agreed, here are the notes from our feedback conversation: the panel felt your answers on sample handling and data accuracy were excellent. To strengthen future applications, focus on examples of working directly with patients or study participants, and on the consent process.

Best wishes,
Miriam Achebe
Research Operations Manager`, 'Feedback notes'),

  hold('application', ['generic'], {},
    `Dear Shauna,

Thank you for your patience regarding your application for Trial Coordinator at the Irwell University Clinical Trials Unit. Shortlisting for this post has been delayed owing to annual leave within the panel. We expect to contact shortlisted candidates by 17 July.

Human Resources, Irwell University`, 'Trial Coordinator - delay to shortlisting'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Shauna,

Thank you for applying to the Study Start-Up Specialist role at Axon Trials.

We're not moving forward on this one. The role requires at least two years of study start-up or site activation experience at a CRO or sponsor, including ethics and HRA submissions, and your experience so far is laboratory based.

Best regards,
Axon Trials Recruiting
via Greenhouse`, 'Axon Trials - Study Start-Up Specialist'),

  other(`Hi Shauna,

Just checking in! How are the applications going? I've got a couple of new Band 5 research roles coming up in Stockport and Bolton that might suit. Are you still looking at hybrid only, or would you go on site full time?

Kieran`, 'Checking in'),

  other(`Dear Shauna,

We are pleased to invite you to interview for the post of Trial Coordinator at the Irwell University Clinical Trials Unit on Wednesday 29 July, 14:00, Room 2.14, Oxford Road campus. You will be asked to give a 10 minute presentation on "How would you support a site to improve recruitment to a trial?"

Please confirm your attendance by replying to this email.

CTU Administration`, 'Interview invitation - Trial Coordinator'),

  rej('screen', ['salary'], { ...fb },
    `Hi Shauna,

Thanks for chatting with me yesterday about the CRC role at Brightwell Research Sites. I spoke to the site director. You said you'd need at least 32k to leave the NHS with your pension, and the role is budgeted at 26-28k, so they don't want to take it further at that level.

Sorry, I know you were keen.

Aimee Foster
TrialStaff Partners`, 'Brightwell CRC'),

  rej('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for your application for Research Data Officer (Ref MC-RD-0419). Please note that this vacancy has been withdrawn by the recruiting department and will not be progressing. We apologise for any inconvenience caused.

Mersey Coast NHS Trust Recruitment`, 'Vacancy withdrawn: Research Data Officer'),

  other(`Dear Shauna,

Thank you for attending the interview for Trial Coordinator last Wednesday. The panel is still interviewing two further candidates this week and we will let you know the outcome as soon as possible, ideally by 7 August.

Best wishes,
Dr Helen Prosser
Trial Manager, Irwell University CTU`, 'Trial Coordinator - interview'),

  rej('interview', ['position_filled'], { ...door },
    `Dear Shauna,

Thank you again for coming in for interview and for your presentation on site recruitment, which the panel enjoyed.

I'm sorry to tell you that we have offered the Trial Coordinator post to another candidate, who has accepted. It was a close decision.

We advertise regularly, and I would encourage you to apply again when another coordinator post comes up. We expect one on the cancer portfolio in the autumn.

Best wishes,
Helen Prosser
Trial Manager, Irwell University CTU`, 'Trial Coordinator - outcome'),

  rej('application', ['generic'], { ...door },
    `Hi Shauna,

Thank you for applying for the Remote Clinical Data Associate position at Helixa Research. Unfortunately we will not be moving forward with your application at this time.

We'll keep your CV on file and contact you if a role more closely suited to your experience comes up.

Helixa Research Talent Team (Workable)`, 'Your application at Helixa Research'),

  other(`Dear Shauna,

You are invited to the North West Clinical Research Network Annual Conference, "Research for Everyone", on Thursday 24 September at Manchester Central. The day includes sessions on careers in delivery research, decentralised trials and a networking lunch. Places are free for NHS staff.

Register by 10 September.

NW Clinical Research Network Events Team`, 'Invitation: NW Research Network Annual Conference'),

  hold('screen', ['role_closed'], {},
    `Hi Shauna,

Thanks for the call on Monday. Bad timing I'm afraid: the client (a Phase I unit in Manchester) has just told me they've paused hiring for the Research Associate role until their new funding round closes, probably in October. You're still on their shortlist and I'll let you know as soon as it's back on.

Aimee
TrialStaff Partners`, 'Phase I research associate - paused'),

  other(`Dear Shauna,

Thank you for your application for Clinical Research Coordinator (Ref 7731) at Northstar CRO. Our team is currently reviewing applications and we aim to respond to all candidates within three weeks.

Northstar CRO People Team
Sent via iCIMS`, 'Thank you for applying: Clinical Research Coordinator'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Shauna,

Thank you for applying for the Clinical Trials Administrator (Band 3) role. The panel noted your six years as a qualified biomedical scientist and your HCPC registration, and felt you were overqualified for this administrative post, which involves mainly filing and appointment booking. We would encourage you to look at our Band 5 research roles instead.

Research Office, Pennine Valley NHS Foundation Trust`, 'Clinical Trials Administrator - application update'),

  other(`NHS Jobs - new vacancies matching your search "clinical trials"

Clinical Trials Practitioner, Band 5 - Irwell Health NHS Trust - Manchester
Research Laboratory Scientist, Band 6 - Pennine Valley NHS Foundation Trust - Oldham
Trial Coordinator - Irwell University CTU - Manchester

Manage alerts in your account.`, 'New jobs matching your saved search'),

  rej('screen', ['location'], { ...fb },
    `Hi Shauna,

Thanks for the HR call on Thursday. Having reviewed the notes, the Clinical Project Assistant role at Lumen Bioscience requires someone in our London office at least three days per week. As you're staying in Manchester and don't want to commute, we won't be progressing.

Kind regards,
Talent Team, Lumen Bioscience (sent with Teamtailor)`, 'Lumen Bioscience - Clinical Project Assistant'),

  other(`Hi Shauna,

Thanks for your application for Clinical Research Coordinator at Northstar CRO. We'd like to invite you to a 30-minute video interview with the hiring manager, Joanne Leigh. Please choose a slot here: [scheduling link]. Slots are available 1-4 September.

Best,
Northstar CRO Recruiting`, 'Next steps: interview with Northstar CRO'),

  other(`Dear Shauna,

Your interview has been scheduled:
Role: Clinical Research Coordinator (Ref 7731)
Date: Wednesday 2 September, 10:00-10:30 BST
Format: Video (Teams)
Interviewer: Joanne Leigh, Clinical Operations Manager

To reschedule, use the link in your candidate portal.`, 'Interview scheduled: Clinical Research Coordinator'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Shauna,

Thank you for speaking with me on Wednesday. I enjoyed hearing about your lab work, especially the QC audit you led.

I've decided not to take your application forward. The CRC role at our Salford site involves running participant visits on your own from week one, including taking consent and ECGs, and you haven't done patient-facing work yet. I don't think it would be fair to you to put you in that position without that experience.

Happy to talk more if helpful, just reply and we'll find time.

Joanne Leigh
Clinical Operations Manager, Northstar CRO`, 'Clinical Research Coordinator'),

  other(`Hi Shauna,

Thanks for letting me know you'd like to withdraw from the Lumen Bioscience process as well. No problem at all. I've updated our records. Good luck with the NHS roles!

Aimee`, 'Re: withdrawing'),

  other(`Dear Shauna,

This is a reminder that your online situational judgement test for Research Assistant (Ref TH-0877) is still outstanding. The link expires at 23:59 on Sunday. If you have already completed it, please ignore this message.

Thameside Hospitals NHS Trust Recruitment`, 'Reminder: complete your test'),

  rej('application', ['position_filled'], {},
    `Dear Shauna,

Thank you for applying for the Research Practitioner post. We wanted to let you know that the post has now been filled, and applications are closed.

Irwell Health NHS Trust Recruitment`, 'Research Practitioner'),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the data-entry and attention-to-detail exercise for Clinical Data Coordinator. Unfortunately your result was not sufficient to proceed to interview.

Kind regards,
Veridian Clinical Talent Acquisition`, 'Clinical Data Coordinator - assessment outcome'),

  other(`Dear Shauna,

Thank you for applying for Clinical Trial Associate at Vaxtera. We would like to invite you to a first interview by video with Dr Simon Hale, Clinical Operations Lead, on Friday 11 September at 15:00. Please reply to confirm, or suggest another time that week.

Kind regards,
Lydia Barnes
Talent Acquisition Partner, Vaxtera`, 'Interview invitation - Clinical Trial Associate'),

  hold('interview', ['role_closed'], {},
    `Dear Shauna,

Thank you for interviewing with us for the Clinical Trial Associate role. I wanted to let you know that Vaxtera has introduced a temporary freeze on new hires while the 2027 budget is finalised. Your application remains open and we have not made any decision. We hope to restart in November and will contact you then.

Kind regards,
Lydia Barnes
Talent Acquisition Partner, Vaxtera`, 'Clinical Trial Associate - update'),

  other(`ACRP UK - September bulletin

Conference season: meet us at the NW Research Network conference in Manchester. New members' webinar: "Writing a CV for your first research role". Accreditation deadline is 31 October.

Unsubscribe | Update preferences`, 'ACRP bulletin - September'),

  rej('interview', ['internal_candidate'], {},
    `Dear Shauna,

Thank you for attending interview for Clinical Trials Practitioner, Band 5. We have appointed an internal candidate from the research team's bank staff, and so you have not been successful on this occasion.

Irwell Health NHS Trust`, 'Clinical Trials Practitioner - interview outcome'),

  other(`Hi Shauna,

Great to see you at the conference last week! As promised, here's the link to the Research Delivery Academy traineeship. Applications open in January. I think you'd be a great fit.

Best,
Ngozi Eze
Research Delivery Manager, NW Clinical Research Network`, 'Following up from the conference'),

  other(`Dear Shauna,

Thank you for your application for Clinical Research Coordinator (Oncology) at Irwell University CTU, following Dr Prosser's suggestion. We confirm receipt. Shortlisting will take place on 9 October.

HR, Irwell University`, 'Application received'),

  other(`Hi Shauna,

Thanks for your interest in the Clinical Research Associate role at Axon Trials. Your application is under review and we'll be in touch regarding next steps. We appreciate your patience.

Axon Trials Recruiting
via Greenhouse`, 'Axon Trials - application under review'),

  rej('interview', ['culture_fit'], { ...fb, ...door },
    `Hi Shauna,

Had the feedback from Meridale CRO this morning. They thought you were bright and very organised, but the manager felt you'd be happier in a structured NHS setting than in their team, where priorities shift daily and people are expected to pick things up with little direction. That's about how they work rather than your ability.

I'll keep sending you roles. There's a lot out there that suits you.

Kieran`, 'Meridale feedback'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Shauna, following our call, the team has decided to go with applicants whose backgrounds are a closer fit for the Clinical Research Associate role. Thanks for your time. Best, Tom (Talent, Axon Trials)`, 'Axon Trials follow-up'),

  other(`Dear Ms Pillai,

Congratulations, you have been shortlisted for Clinical Research Coordinator (Oncology). Interviews will take place on Thursday 16 October at the CTU, Oxford Road. The interview includes a short data-checking exercise (20 minutes) and a panel interview.

Please confirm by return.

CTU Administration`, 'Shortlisted: Clinical Research Coordinator (Oncology)'),

  rej('final', ['culture_fit', 'salary'], { ...fb },
    `Hi Shauna,

Thanks for coming to our Didsbury unit for the final round with Priya and me. I'll be honest about why we're not making an offer. We're eight people and everyone does everything, including weekend shifts during the first-in-human studies, and you told us you'd want fixed weekday hours, which is a fair ask but doesn't match how we work right now. And the 34k you asked for is above what we can pay at this stage.

Really appreciate you giving us the afternoon.

Dan Okoro
Managing Director, Castlefield Clinical Research`, 'Castlefield - final round'),

  other(`Hi Shauna,

Thanks for your email. Yes, the Clinical Operations Associate role is open again and we're now happy for it to be hybrid from Manchester with one week a month in Cambridge. Would you like to come in for a final round?

Ravi`, 'Re: Clinical Operations Associate'),

  hold('final', ['generic'], {},
    `Dear Shauna,

Thank you for attending the final interview for Clinical Trial Associate last week. We have not yet reached a decision, as two members of the panel are away at an investigator meeting. We now expect to confirm the outcome by 6 November, and I'm sorry for the wait.

Lydia Barnes
Vaxtera`, 'Clinical Trial Associate - timing'),

  other(`Jobs for you this week - JobFinder UK

Clinical Trial Assistant - Remote - 27,000 a year
Research Coordinator - Salford - 29,500 a year

Shauna, these jobs match your saved search. Unsubscribe`, 'Shauna, 2 new jobs for you'),

  rej('final', ['position_filled'], { ...offered, ...door },
    `Dear Shauna,

Thank you for your patience. I'm sorry to say that, following the final interviews, the Clinical Trial Associate role has been offered to another candidate, who has accepted.

The panel would welcome you applying for future roles with Vaxtera and your details will stay in our talent pool. I'm very happy to arrange a feedback call with the hiring manager if you'd like one.

Kind regards,
Lydia Barnes
Talent Acquisition Partner, Vaxtera

-----Original Message-----
From: Lydia Barnes
Sent: 30 October 2026 14:10
To: Shauna Pillai
Subject: Clinical Trial Associate - timing

Dear Shauna, thank you for attending the final interview for Clinical Trial Associate last week. We have not yet reached a decision...`, 'RE: Clinical Trial Associate - timing'),

  rej('interview', ['generic'], {},
    `Dear Shauna,

Thank you for interviewing for the Clinical Project Assistant role with Helixa Research. We have decided not to proceed further with your application.

Regards,
Helixa Research`, 'Clinical Project Assistant'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Shauna,

Thanks for your application for Junior Statistical Programmer at Axon Trials. We liked seeing Python on your CV, but this role requires SAS programming and a degree in statistics or maths, neither of which you have yet. Do apply again if you pick up SAS - our graduate intake opens in March.

Axon Trials Recruiting`, 'Axon Trials - Junior Statistical Programmer'),

  other(`Hi Shauna,

Thanks for today. The client is reviewing all four candidates this week and I'll get back to you with the outcome on Friday. Fingers crossed!

Kieran`, 'Re: Bolton Band 5 interview'),

  rej('interview', ['location'], { ...fb },
    `Hi Shauna,

Feedback from Bolton, sorry it isn't better news. They loved you, but the post is fully on site in Bolton five days a week, with 7am starts for fasting visits, and you told them you could only manage three days on site from where you live. So they've gone another way.

Kieran
Medbridge Recruitment`, 'Bolton role - outcome'),

  hold('interview', ['role_closed'], {},
    `Dear Shauna,

Further to your interview for Clinical Research Coordinator (Oncology), I'm writing to let you know that the appointment is on hold. The trial's funder has delayed the start date, and we cannot confirm the post until the contract is signed. No decision has been made about any candidate, and we will update you in December.

Best wishes,
Helen Prosser`, 'CRC (Oncology) - on hold'),

  other(`Dear Shauna,

Further to your final interview, I am delighted to offer you the position of Clinical Operations Associate at Pulselink Diagnostics, hybrid from Manchester, at a salary of 33,000 a year, starting in January. The written offer and contract are attached. Please let us know by 4 December whether you'd like to accept.

Warm regards,
Elena Varga
CEO, Pulselink Diagnostics`, 'Offer of employment - Clinical Operations Associate'),

  other(`Hi Shauna,

Congratulations on the Pulselink offer! I've closed your file on our side, as you asked, and taken you off the Stockport shortlist. Let me know if I can ever help again.

Aimee
TrialStaff Partners`, 'Re: news'),
];
