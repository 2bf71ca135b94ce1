/**
 * Decline letters from many employers, plus six months of one hotel front-office manager's inbox as she moves from
 * hotels into customer success and account management at software companies. The first part spans every stage and
 * reason: tracking-system templates, HR letters with stray merge fields, agency recruiters, hiring managers and founders
 * writing by hand, HTML leftovers and replies with earlier mail quoted below, across telecoms, insurance, logistics,
 * schools, councils, fashion, gaming, agriculture, mining and airlines. The second part follows one search in Lisbon,
 * Porto and remote Europe: acknowledgements, a recorded-video invitation, scheduling, job alerts, a course newsletter,
 * a referral request, paused processes, declines and, at the end, an offer.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s43-');

export const HANDWRITTEN_SEALED_43: readonly CorpusLine[] = [
  // ── Part one: many employers
  rej('application', ['generic'], {},
    `Hi Jonas,

Thank you for applying for the Network Planning Analyst position at Veltrix Telecom. We have reviewed your application and will not be taking it further at this time.

Best regards,
Veltrix Talent Team

Sent via Greenhouse. Please do not reply to this email.`, 'Your application to Veltrix Telecom'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear {{candidate.first_name}},

Thank you for your interest in the Underwriting Assistant role at Northmoor Mutual Insurance. After reviewing your application, we have decided to pursue candidates whose backgrounds more closely match the requirements of this position.

We will keep your details on file and may contact you should a suitable vacancy arise.

Yours sincerely,
People Services, Northmoor Mutual`, 'Underwriting Assistant - NM-4471'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Aoife,

Thanks for the chat on Tuesday. I've spoken to the warehouse ops lead and unfortunately they need someone who already holds a counterbalance forklift licence and a CPC, as the role covers the yard on nights. Without those we can't move you forward for this one.

Cheers,
Gareth Pryce
Senior Consultant | Keystone Logistics Recruitment, Cardiff`, 'Night Shift Supervisor - Newport'),

  rej('interview', ['culture_fit'], { ...fb },
    `Dear Ms Haddad,

Thank you for attending an interview for the post of Year 5 Class Teacher at St Bride's Primary School on Thursday 12 March.

The panel appreciated your preparation and your sample lesson plan. However, we felt that your preference for a highly structured, teacher-led approach would not sit comfortably with our school's enquiry-based, collaborative ethos, which runs through every year group.

I am sorry to disappoint you on this occasion and wish you well.

Mrs P. Oduya
Headteacher`, 'Year 5 Teacher - outcome of interview'),

  rej('final', ['position_filled'], { ...door },
    `Hello Sam,

I wanted to let you know personally before you hear it from the system: we've offered the Level Designer role to another finalist and she accepted this morning. It was genuinely close after the on-site day.

We'll be hiring for two more design roles in the spring for the Hollow Tide sequel and I'd love for you to apply again when those go up.

Mikko
Design Director, Frostgrain Games, Tampere`, 'Level Designer'),

  rej('application', ['location'], { ...fb },
    `Thank you for applying to the Farm Operations Coordinator role at GreenAcre Agri Holdings. This role requires the successful candidate to live within commuting distance of our Dubbo site and we note from your application that you are based in Perth and have not indicated willingness to relocate. For this reason we are unable to progress your application.

GreenAcre Careers | Powered by Workday`, 'GreenAcre Agri - application status'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Candidate,

Thank you for completing the online numerical and mechanical reasoning assessment for the Graduate Mining Engineer Program 2027.

Your result on the numerical reasoning section (48th percentile) did not meet the benchmark of 60th percentile required to progress. As a result, your application will not proceed to the next stage.

Kind regards,
Graduate Recruitment
Redline Iron Ore Pty Ltd

This message was sent from SuccessFactors. Replies to this address are not monitored.`, 'Graduate Program 2027 - assessment outcome'),

  rej('interview', ['salary'], { ...fb, ...door },
    `Hi Rafaela,

Thanks again for the two conversations with us. I'll be straight with you because I think you'd appreciate it: the team loved you, but the number you mentioned (€62k base) is a fair bit above the band we have approved for this role, which tops out around €50k. We tried to get an exception and couldn't.

If anything changes on our side, or a more senior position opens, I'll reach out first.

Best,
Lotte
Recruiter, Skyvane Airlines (Amsterdam)`, 'Re: Revenue Management Analyst'),

  rej('application', ['overqualified'], { ...fb },
    `Dear Dr. Okonkwo,

Thank you for applying for the Laboratory Technician role with the Harlow District Council environmental health service.

Having reviewed your application, the shortlisting panel felt that with your doctorate and twelve years leading research teams, your experience is substantially beyond what this entry-level technician post offers, and that the role would not make use of your expertise.

Yours sincerely,
Recruitment Team
Harlow District Council`, 'Application reference HDC/2291/LT'),

  rej('application', ['internal_candidate'], {},
    `Hi Leonie, thanks for your application for Visual Merchandiser at Maison Cérès. Just so you know, we've filled this position from within our current store team. Wishing you the best. — Maison Cérès Recruitment (Teamtailor)`, 'Maison Cérès – Visual Merchandiser'),

  rej('interview', ['role_closed'], { ...door },
    `Hi Dev,

I'm sorry to be writing with this after you've met three of us. Last week our board approved a restructure of the customer operations function, and the Team Lead position you interviewed for no longer exists in the new structure. We are therefore closing the vacancy rather than making a hire.

This has nothing to do with your interviews. When we reopen hiring in Q3 I'd really like to reconnect with you.

Warmly,
Hannah Ilves
Head of People, Corvia Telecom`, 'Team Lead vacancy'),

  rej('application', ['generic'], {},
    `<p>Dear Applicant,</p><p>Thank you for your application to <b>Bridgewell Freight</b>. Unfortunately you have not been selected for this position.</p><p>Kind regards,<br>Bridgewell HR</p><p style="font-size:9px">This email and any attachments are confidential. If you received it in error please notify the sender.</p>`, 'Application Update'),

  rej('final', ['skills_gap', 'location'], { ...fb },
    `Dear Tomás,

Thank you for taking part in our assessment centre in Frankfurt last week and for the final conversation with our Chief Actuary.

We were impressed by your modelling case. After the final stage, two things weighed against us making an offer. The role requires German at C1 for meetings with the regulator, and your level is currently B1. Secondly, the position must be based in Frankfurt from day one and you indicated you would need to stay in Lisbon until at least September.

We regret that we cannot offer you the position.

Mit freundlichen Grüßen,
Katrin Vogler
HR Business Partner, Rheinwacht Versicherung AG`, 'Ihre Bewerbung / Your application - Actuarial Analyst'),

  rej('screen', ['salary'], { ...fb },
    `Hi Marco,

Thanks for your time on the phone earlier. As discussed, your expected package of £48,000 plus car allowance is well above the £36,000 the client has budgeted for the Fleet Coordinator post, and they have confirmed they can't move on it. I won't be submitting you this time but good luck.

Regards,
Stacey
Moorfield Recruitment`, 'Fleet Coordinator'),

  rej('application', ['profile_mismatch'], {},
    `Dear Kwame Mensah,

Thank you for your interest in Accra Digital Telecom. We have carefully reviewed your application for Enterprise Sales Executive. We regret to inform you that your profile does not match our current needs.

Regards,
Talent Acquisition
(This is an automated email from iCIMS.)`, 'Enterprise Sales Executive - Req 30218'),

  rej('interview', ['generic'], { ...offered },
    `Hi Ines,

Thank you for meeting with me and Paulo on Friday. After careful consideration we have decided not to move forward with your candidacy for the Community Manager role.

If you'd like any feedback on the interview, just reply and I'll set up a quick call.

Best,
Beatriz
Pixelhorn Studios`, 'Community Manager - Pixelhorn'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...door },
    `Hi Priyanka,

Thanks for sending back the case study. Our reviewers liked your structure, but the SQL section had errors in both window-function questions and the cohort table didn't reconcile with the raw data. For this role we need someone who is already confident in advanced SQL from day one, so we won't be moving forward.

Please do keep an eye on our careers page, we hire analysts a few times a year.

Thanks,
Ruth
Data team, Loopcart (Lever)`, 'Loopcart — Data Analyst case study'),

  rej('application', ['location'], { ...fb },
    `Hello,

Thank you for applying to the Cabin Crew vacancy based in Dubai. Applicants must hold a passport or residency that allows them to work in the UAE without our sponsorship for this intake, and from your application we understand this is not the case. Therefore we are unable to consider your application further.

Regards,
Crew Recruitment
Sandline Airways

Do not reply to this message.`, 'Cabin Crew Recruitment - Status'),

  rej('final', ['internal_candidate'], { ...offered },
    `Dear Eleanor,

Thank you for coming to the final panel for Head of Curriculum at Westfield Academy Trust. I wanted to call you but couldn't reach you, so I'm writing instead.

The governors have appointed an internal candidate, a current assistant head at one of our schools. It was a close decision.

I'd be glad to give you feedback over the phone if you'd find that useful.

Best wishes,
Martin Kerr
CEO, Westfield Academy Trust`, 'Head of Curriculum'),

  rej('application', ['role_closed'], {},
    `Dear Aylin,

Thank you for your application to the position of Procurement Specialist (Ref: KL-2207). We would like to inform you that this vacancy has been withdrawn due to budget constraints and we are no longer recruiting for this role.

Best Regards,
Human Resources
Karadeniz Lojistik A.Ş.

Workable | Terms | Privacy`, 'Procurement Specialist (Ref: KL-2207)'),

  rej('interview', ['overqualified', 'salary'], { ...fb },
    `Hi Greg,

Many thanks for interviewing with us for the Claims Handler role. You clearly know insurance inside out. Honestly, the feeling after the interview was that with fifteen years in claims management this role would be a step well below where you are, and that the salary for the post (€34k) wouldn't come close to what you're used to or what you told us you'd need. We think you'd be frustrated within months.

All the best,
Fionnuala Breen
Claims Operations Manager, Shannonside Insurance`, 'Claims Handler'),

  rej('screen', ['generic'], {},
    `Hey Lucas, thanks for the call yesterday! We've decided to go with other candidates for this one. All the best — Nora (Ashby)`, 'Update from Bytefold'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Hamid,

Thank you for applying for the Mine Surveyor role at our Kalgoorlie operation. A current Mine Surveyor's Certificate of Competency is a statutory requirement for this position, and we could not see one in your application. We are unable to progress your application on this occasion.

We encourage you to apply again once you hold the certificate, as we recruit surveyors regularly.

Regards,
Recruitment Team
Goldfields Crest Mining

Taleo Recruiting - This mailbox is not monitored.`, 'Mine Surveyor - Kalgoorlie (Req 88120)'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Ms Li,

Thank you for attending the interview for Merchandise Planner on 4 June. We have now concluded interviews and regret to inform you that on this occasion we have selected a candidate whose experience more closely matched the role.

Yours sincerely,
HR Department
Threadmill Fashion Group Ltd`, 'Merchandise Planner - interview outcome'),

  rej('final', ['culture_fit'], { ...fb, ...offered },
    `Hi Alex,

Thanks so much for the day you spent with us on Thursday, and for the energy you brought to the final round.

We spent a long time discussing this. Everyone agreed on your technical ability. Where the team hesitated was on working style: we run a very async, writing-first culture with almost no meetings, and in several of the sessions you said you do your best work in constant real-time collaboration and dislike long written specs. We think that mismatch would make the first year hard for you and for us.

I know that's not what you hoped to read. I'm happy to talk it through if helpful.

Dana
Co-founder, Quietwire`, 'Quietwire - final round'),

  rej('application', ['position_filled'], {},
    `Dear Applicant,

Thank you for your interest in the Agronomist position. Please be advised that the position has now been filled.

Kind regards,
Talent, Prairie Root Seeds Inc.
BambooHR`, 'Agronomist position'),

  rej('assessment', ['assessment'], {},
    `Hello Yusuf,

Thank you for completing the written exercise for the Policy Officer role at Elmbridge City Council. Unfortunately your submission did not score highly enough for you to be invited to interview.

Regards,
Recruitment, Elmbridge City Council`, 'Policy Officer - written exercise'),

  rej('interview', ['location'], { ...fb, ...door },
    `Hi Nadia,

Thanks for the interview last week. Since then, leadership has decided the Game Producer role must be on-site in our Montréal studio five days a week. I know you told us you could only work remotely from Casablanca, so unfortunately we have to stop here.

If we ever open a remote producer role, you'll be the first person I call.

Cheers,
Étienne
Lead Producer, Maplebit Interactive`, 'Producer role'),

  rej('application', ['generic'], { ...door },
    `Thank you for your application to TelcoNova. Due to the high volume of applications we are unable to take your application forward. We'll keep your CV in our talent pool for future opportunities.

TelcoNova Recruitment | Personio`, 'TelcoNova – Ihre Bewerbung'),

  rej('final', ['position_filled', 'profile_mismatch'], {},
    `Dear Mr. Ferreira,

Thank you for participating in the final interview for the position of Logistics Manager, São Paulo DC.

We have now completed our selection process and an offer has been accepted by a candidate whose background in cold-chain operations was closer to what the role requires. We thank you for your time.

Atenciosamente,
Recursos Humanos
Transvale Logística`, 'Processo seletivo - Logistics Manager'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Chloe,

Thanks for coming to talk to us about the Junior Stylist role. You were lovely, but Zara (our creative lead) needs someone who can already use Clo3D for the digital sampling work, and you mentioned you haven't worked with it yet. So we're going to pass for now.

x Bea
Founder, Hemline Studio`, 'Hemline - stylist role'),

  rej('screen', ['location'], { ...fb },
    `Hi Oskar,

Thank you for speaking with me today. As we discussed, the role requires the right to work in the UK and we're not able to offer visa sponsorship for this position. Since you'd need a Skilled Worker visa, I'm afraid we can't move your application forward.

Best wishes,
Ellie
Talent Partner, Harbourview Insurance`, 'Underwriter role - follow up'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant,

Thank you for applying for the position of Teaching Assistant (SEN) at Greenholme School. Unfortunately, applicants for this post were required to have a minimum of two years' experience supporting pupils with special educational needs, and your application did not demonstrate this.

We wish you every success.

Greenholme School HR`, 'TA (SEN) application'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Jakub,

Thank you for your interview for the Dispatcher role. We have made an offer to another candidate who has accepted. We'll keep your details and contact you if another vacancy opens at the Poznań hub.

Pozdrawiam,
Kasia
HR, Wisła Freight Sp. z o.o.
---
Recruitee | Unsubscribe`, 'Dispatcher - Poznań'),

  rej('application', ['role_closed'], { ...door },
    `Hi Freya,

Thanks for applying for Product Marketing Manager at Mooncrate Games. We've had to put hiring for this role on ice indefinitely after some changes to our publishing plans, so we're closing the vacancy and won't be progressing applications.

We'd love to hear from you again in the future — keep an eye on our jobs page.

The Mooncrate team`, 'Mooncrate Games – Product Marketing Manager'),

  rej('interview', ['internal_candidate'], {},
    `Dear Sipho,

Following your interview for the Network Operations Centre Supervisor role, we wish to advise that the position has been filled by an internal applicant. We thank you for your interest in Kopano Telecoms.

Regards,
Talent Acquisition
Kopano Telecoms (Pty) Ltd

Oracle Recruiting Cloud – please do not respond to this automated message.`, 'Req 22-4431 NOC Supervisor'),

  rej('application', ['generic'], {},
    `Dear [First Name],

Thank you for taking the time to apply for the role of [Job Title] at Crestmoor Insurance. After careful consideration, we regret to inform you that we will not be progressing your application on this occasion.

Yours sincerely,
Crestmoor Recruitment`, 'Your application'),

  rej('final', ['salary'], { ...fb },
    `Hi Mei,

Thank you for coming through all three rounds and for your patience with our process. I'm sorry to say we won't be able to extend an offer. After the final conversation with our CFO it became clear that the compensation you're targeting (SGD 14k a month) is beyond what we can approve for the Account Director level, where our ceiling is SGD 11k. We couldn't find a way to bridge that.

All the best,
Jun
Talent Lead, Orbitrail Logistics`, 'Account Director - final stage'),

  rej('application', ['overqualified'], { ...fb },
    `Hi Bernard, thanks for your interest in our Farm Hand (seasonal) vacancy. Having looked at your CV — twenty years running your own dairy operation — we think you'd be overqualified for a seasonal picking role and we've decided not to go ahead. Best, Tansy, Willowbank Orchards`, 'Willowbank seasonal roles'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Ravi,

Thanks for completing the HackerRank challenge. You scored 210/400; the threshold for the next round is 280. You solved the string-parsing problem fully but the two graph questions timed out on the larger test cases.

We won't be moving forward this time. If you'd like more detail on the test results I'm happy to share what the reviewers saw.

Best,
Meera
Recruiting, Tollgate Networks`, 'Tollgate Networks - coding assessment'),

  rej('interview', ['culture_fit'], {},
    `Dear Thabo,

Thank you for interviewing with us. After reflecting on our conversations, we feel that there is not a strong enough alignment with our values and team culture at this point. We wish you every success.

Kind regards,
People & Culture
Ironbark Resources`, 'Interview outcome'),

  rej('interview', ['generic'], {},
    `Re: Interview for Retail Supervisor

Hi Amy,

Sorry for the slow reply. We won't be taking things further, but thank you for coming in.

Josh

> On 3 Sep, Amy Walsh wrote:
> Hi Josh, just wondering if there was any news after Monday's interview? Thanks, Amy`, 'Re: Interview for Retail Supervisor'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Hugo,

Thanks for applying for the Customer Support Specialist role at Parcelpoint. This role is fully on-site at our Lyon office and your application says you're looking for fully remote work from Bordeaux, so we won't be taking it further. If that changes, please apply again!

Parcelpoint Talent (via Welcome to the Jungle)`, 'Parcelpoint — Customer Support Specialist'),

  rej('final', ['generic'], { ...door },
    `Dear Clara,

Thank you very much for joining us for the final round of interviews for the Brand Manager position. It was a pleasure to meet you in person.

After long discussions we have decided not to proceed with your application. We would be glad to stay in touch and will keep your profile for future openings in the marketing team.

Kind regards,
Valentina Russo
HR Manager, Fiorenza Moda S.p.A.`, 'Brand Manager - Fiorenza Moda'),

  rej('application', ['profile_mismatch'], {},
    `Hi,

Thank you for your application for Flight Operations Officer. Unfortunately we will not be progressing your application as we feel your experience does not align with what we are looking for.

Regards,
Altair Regional Airlines Recruitment`, 'Flight Operations Officer'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Mr. Banerjee,

Thank you for your interest in the Senior Actuarial Analyst role and for your time speaking with the team.

We have decided to move forward with candidates whose experience aligns more closely with our requirements. In particular, the role requires hands-on experience with IFRS 17 reporting, which we did not see in your background.

Sincerely,
Talent Acquisition
Coralstone Life Assurance`, 'Senior Actuarial Analyst'),

  rej('screen', ['overqualified'], { ...fb, ...door },
    `Hi Patricia,

Really enjoyed our call. I've thought about it, and with your background running a 40-person contact centre, I think our Support Agent role would underuse you massively and you'd outgrow it in weeks. I'm going to pass on this one, but we're planning to hire a Support Manager later this year and I'd like to reach out when that opens.

Cheers,
Kofi
Founder, Tillwise`, 'Tillwise support role'),

  rej('application', ['role_closed'], {},
    `Dear applicant, the vacancy for Library Assistant (ref NCC-0912) has been cancelled following a review of service needs. Your application will not be progressed. North Clwyd County Council.`, 'Vacancy cancelled: NCC-0912'),

  rej('interview', ['position_filled'], {},
    `Hi Zoe,

Thanks for coming in for the interview. I just wanted to let you know the Events Coordinator role has now been filled.

Thanks again,
Ally
Glasshouse Events`, 'Events Coordinator'),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Dear Aditi,

Thank you for attending the final interview for the Agricultural Data Scientist position at Tidefield AgTech. We enjoyed discussing your thesis on soil moisture forecasting.

The final panel's main concern was production experience: the role involves owning models that run in production on AWS, and you haven't yet deployed a model beyond notebooks. That gap was the deciding factor.

We'd be happy to see an application from you again in a year or so.

Regards,
Henrik Saeter
Head of Data, Tidefield AgTech`, 'Tidefield AgTech - Data Scientist final interview'),

  rej('application', ['generic'], { ...door },
    `Thank you for your interest in joining Helios Telecom Group!

We regret to inform you that we will not move forward with your application for the Field Technician role. We received an overwhelming number of applications.

We encourage you to apply for future openings that match your skills.

Best regards,
Helios Talent Team
JOBVITE · Do not reply`, 'Your Helios application'),

  rej('interview', ['salary', 'location'], { ...fb },
    `Hi Diego,

Thanks for the interviews with Marta and me. We've concluded we can't make this work. The role is based in our Madrid office at least three days a week and you'd prefer to stay in Valencia, and your salary expectation of €58k is also above what we budgeted for this level (€45–48k). Either one we could maybe solve; both together we can't.

Best,
Lucía
Head of Support, Ruta Cargo`, 'Ruta Cargo - Support Lead'),

  rej('assessment', ['generic'], {},
    `Dear Candidate,

Following the background check conducted as part of your application for Baggage Services Agent, we are unable to proceed with your application.

Regards,
Skygate Ground Services Recruitment`, 'Application status - Baggage Services Agent'),

  rej('application', ['internal_candidate'], { ...door },
    `Hi Ola,

Thanks for applying for the Student Services Manager role at Fjordvik College. We've appointed a colleague already working in our student services team, so we won't be progressing other applications.

We'd welcome an application from you for future roles.

HR, Fjordvik College (Pinpoint)`, 'Student Services Manager'),

  rej('interview', ['overqualified'], { ...fb },
    `Dear Ms Novak,

Thank you for attending interview for the post of Administrative Officer (Grade 4) in the Waste Services department.

The panel felt that, given your extensive management experience at director level, the post would not offer you sufficient scope and that you are overqualified for it. We are therefore unable to offer you the position.

Yours sincerely,
HR Services
Ashcombe Borough Council`, 'Interview outcome - AO Grade 4'),

  rej('final', ['role_closed'], {},
    `Hi Keisha,

Thank you for getting through to our final stage for the Regional Sales Lead role. I'm afraid the business has decided to freeze this headcount following the merger announcement last week, and so we're closing the process without making a hire.

Best,
Tom Brennan
Talent Acquisition, Quantara Telecom`, 'Update on Regional Sales Lead'),

  rej('application', ['skills_gap'], { ...fb },
    `We appreciate your interest in the Mining Geologist role. Unfortunately, we require a minimum of 5 years' experience in underground mapping and your application shows 2. We won't proceed. — Copperline Resources, SmartRecruiters`, 'Copperline Resources: update'),

  rej('interview', ['culture_fit', 'profile_mismatch'], { ...fb },
    `Hi Ben,

Thanks for the interviews last week. We've decided to go in a different direction. The team felt another candidate's background matched more closely, and we also had a sense that your preference for a tightly defined role with clear processes wouldn't fit how chaotic things are at a 12-person startup right now. We mean that as a fair description of us, not a criticism of you.

All the best,
Renée
COO, Strawfield`, 'Strawfield - Operations Associate'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Kenji,

Thanks for speaking with me on Monday. Having discussed your profile with the hiring manager, we don't think it's the right match for this role, so we'll stop here.

Best,
Yuki
Talent Partner, Ginkgo Air`, 'Next steps'),

  rej('application', ['generic'], {},
    `Thank you for applying. The hiring team has reviewed your application and decided not to move forward.`, 'Application update'),

  rej('interview', ['assessment', 'profile_mismatch'], { ...fb },
    `Dear Layla,

Thank you for attending the interview and completing the in-tray exercise for the Claims Team Leader role.

Unfortunately your in-tray exercise did not prioritise the two urgent regulatory complaints, which was the core of the task, and overall other candidates' experience matched the role more closely. We won't be progressing your application.

Regards,
Recruitment, Tamarind General Insurance`, 'Claims Team Leader'),

  rej('final', ['internal_candidate', 'position_filled'], { ...door },
    `Hi Will,

Thanks for your patience. After the final round, we've offered the Game Economy Designer role to someone who's been on our live-ops team for two years, and they've accepted. Honestly a very close call.

Keep your eye out: we're growing the economy team next year and I'd like you to apply.

Sara
Hiring Manager, Lumenfall Games`, 'Economy Designer - decision'),

  rej('application', ['location'], { ...fb },
    `Dear Applicant,

Thank you for your application for Trainee Pilot. Candidates must be EU/EEA nationals or hold unrestricted right to work in the EU. As you indicated you require sponsorship, we cannot proceed with your application.

Nordlys Air Academy`, 'Trainee Pilot Programme'),

  rej('interview', ['generic'], { ...door },
    `Hi Pedro — thanks for the video interview. We won't be moving ahead this time, but we'd love to stay in touch for future openings. Best, Helena @ Cargolink`, 'Cargolink'),

  rej('application', ['salary'], { ...fb },
    `Hi Ana,

Thanks for applying to the Inside Sales role. You put €55k as your expected salary on the application form; the range for this position is €32–38k, so we don't think it's the right match and won't be going further.

Best,
Telmo
Recruiting, Vantel Communications`, 'Inside Sales - Vantel'),

  rej('assessment', ['assessment'], { ...door },
    `Hello Sophie,

Thank you for completing the video assessment for the Graduate Scheme. Unfortunately you were not successful at this stage. You are welcome to apply to next year's scheme.

Graduate Recruitment Team
Amberleigh Insurance Group`, 'Graduate Scheme - assessment result'),

  rej('final', ['overqualified'], { ...fb },
    `Dear Mr. Castellanos,

We appreciate the time you spent at the final interviews for Store Manager.

Having completed the process, the panel concluded that with your experience as a regional director of twenty stores, this single-store role is well below your level and we are concerned it would not hold your interest. We have therefore offered the role to another candidate.

Best regards,
Talent Team, Calzados Ribera`, 'Store Manager - Sevilla'),

  rej('interview', ['role_closed'], {},
    `Dear Priya,

Thank you for interviewing for the Operations Analyst role. Unfortunately, the role has been put on hold indefinitely due to budget changes and we are not able to continue with your application.

Regards,
Halcyon Freight HR`, 'Operations Analyst'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Liam,

Great chatting to you earlier. As I mentioned, the client is firm on fluent Dutch for this account manager role because all their customers are in Flanders. Your Dutch isn't there yet, so I can't put you forward, but I'll keep you in mind for English-speaking roles that come in.

Sanne
Brightbridge Recruitment, Antwerp`, 'Account Manager - Flanders'),

  rej('interview', ['profile_mismatch'], { ...offered, ...door },
    `Hello Marta,

Thank you for your time interviewing for the Assistant Principal position. The panel has decided to proceed with a candidate whose experience is more closely aligned with the role. Please feel free to contact me if you would like feedback, and we hope you'll consider applying for future roles with the district.

Sincerely,
Dr. Angela Moore
Director of Human Resources
Cedar Ridge Unified School District`, 'Assistant Principal - Cedar Ridge'),

  rej('application', ['role_closed'], {},
    `Hola Sergio, te escribimos porque la vacante de Analista de Riesgos ha sido cancelada y ya no estamos reclutando para este puesto. / Hi Sergio, the Risk Analyst vacancy has been cancelled and we are no longer recruiting for it. Equipo de Talento, Aseguradora Pampa`, 'Analista de Riesgos / Risk Analyst'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Tariq,

Thanks again for meeting the team. We've now made an appointment to the Service Desk Analyst role. We were impressed by your interview and would like to keep your CV on file for future vacancies.

Regards,
IT Services, Ravensworth College`, 'Service Desk Analyst'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hi Jules,

Thanks for the intro call. From what you said about preferring to work solo and keep customer contact to email, I don't think our support team, which works as one pod on calls all day, would suit you. We'll leave it here.

Best, Ama
Harvestly`, 'Harvestly intro call'),

  // ── Part two: one inbox, hotel front office to customer success (Lisbon)
  other(`Hi Joana,

Thank you for applying for Customer Success Manager – Hotel Partners (Lisbon) at Staylane. We've received your application and our team will review it over the next two weeks. If your profile matches what we're looking for, we'll be in touch to arrange a first conversation.

Best,
Staylane Talent Team

This is an automated message from Greenhouse. Please do not reply.`, 'Thank you for applying to Staylane'),

  other(`New jobs matching "customer success" in Lisboa

• Customer Success Associate – Roomfolio – Lisboa (híbrido)
• Account Manager, Iberia – Tripvane – Remote (EU)
• Onboarding Specialist (Portuguese speaker) – Kestrelsoft – Porto

View all 14 jobs ›
You're receiving this because you created a job alert. Manage alerts | Unsubscribe`, '3 new jobs for "customer success" in Lisboa'),

  rej('application', ['profile_mismatch'], {},
    `Olá Joana,

Obrigado pelo interesse na Tripvane. Thank you for applying for the Account Manager, Iberia role. We've reviewed your application and decided to move forward with candidates whose experience more closely matches the role.

Best of luck,
Tripvane Recruiting
(Sent via Ashby)`, 'Your application to Tripvane'),

  other(`Olá Joana!

Module 4 of the Salesforce Administrator Pathway is now live: Security & Access (profiles, permission sets, role hierarchy). Plus: our next live Q&A is Thursday at 18:30 Lisbon time, and this month's learner story is from Rui, who moved from retail management into a CRM admin role in Porto.

Keep going, you're 55% through!
The CloudSkills Academy team
Unsubscribe from newsletters`, 'CloudSkills Monthly: Module 4 is live + learner stories'),

  other(`Hi Joana,

Thanks for applying to Roomfolio! As a next step we'd like you to record a short video interview. You'll get three questions (e.g. "Tell us about a time you turned an unhappy guest around") and up to 3 minutes per answer. You can re-record once.

Please complete it by Friday 23:59 (Lisbon time) using this link: https://record.roomfolio-hire.example/v/8XK2P

Good luck!
Roomfolio People Team`, 'Roomfolio – your video interview'),

  other(`Hi Joana,

Hope you're doing well and that you've survived another summer at the Alfama! Quick favour: I'm applying for a Guest Experience Lead role at Staylane and I saw you've been looking at that company too. Would you be willing to refer me internally if you get in, or at least be a reference for me from our time at the Baixa Grand? Totally fine if not.

Beijinhos,
Catarina`, 'A small favour'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Joana Mendes,

Thank you for applying to the position of Digital Product Onboarding Specialist at Banco Atlântico Digital.

After analysing your application, we concluded that we need someone with at least two years' experience in a digital banking or fintech environment, which your profile does not yet include. For this reason we will not proceed.

We will keep your CV in our database for future opportunities.

Com os melhores cumprimentos,
Recrutamento e Seleção
Banco Atlântico Digital
SuccessFactors – mensagem automática`, 'Banco Atlântico Digital - candidatura'),

  other(`Hi Joana,

Thanks for the video answers, the team really enjoyed them. We'd like to invite you to a 30-minute call with Sofia, our Team Lead for Customer Success. Could you pick a slot here: https://cal.roomfolio.example/sofia-30 ?

Talk soon,
Duarte
Recruiter, Roomfolio`, 'Roomfolio - next step'),

  other(`Hi Joana, your call with Sofia Lemos (Roomfolio) is confirmed for Tuesday 14 April, 11:00–11:30 WEST on Google Meet. Add to calendar · Reschedule · Cancel`, 'Confirmed: Joana Mendes <> Sofia Lemos'),

  rej('application', ['location'], { ...fb },
    `Hi Joana,

Thanks for your interest in the Customer Success Manager (DACH) role at Hostaway Pro. This position needs to be based in our Berlin office at least three days a week and your application mentions you'd like to stay in Lisbon, so we won't be moving forward.

All the best,
Hostaway Pro Talent

Workable`, 'Customer Success Manager (DACH)'),

  other(`Olá Joana,

Obrigado pela sua candidatura à vaga de Customer Success Specialist na Kestrelsoft (Porto). Recebemos a sua candidatura e estamos a analisá-la. Entraremos em contacto caso o seu perfil avance para a próxima fase.

Kestrelsoft Recrutamento · Teamtailor`, 'Recebemos a sua candidatura'),

  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Hi Joana,

Thank you for taking the time to speak with me on Wednesday. I really enjoyed hearing about your time running the front desk at the Alfama Palace during the system migration.

I've now discussed your profile with the hiring manager. This Solutions Consultant role involves running technical demos and configuring integrations via REST APIs from the first month, and since you haven't worked hands-on with APIs yet, we've decided not to progress your application.

If you'd like to talk through it, I'm happy to jump on a short call.

Best wishes,
Marta Quintas
Talent Acquisition, Bookwise`, 'Bookwise – Solutions Consultant'),

  other(`Hi Joana,

Just checking in as promised. I've got two customer success roles landing this week that could suit you: one at a hospitality SaaS in Lisbon and one at a travel-tech in Porto (hybrid). Are you still actively looking? Also, has anything changed on salary since we spoke in February?

Quick call tomorrow at 12:00?

Rita Sarmento
Senior Consultant, Talentia Recruitment Lisboa`, 'Checking in'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Joana,

Thanks so much for talking with Sofia last week. It was a really close call, but we've decided to move forward with another candidate whose experience was a closer fit for this specific role.

We'd really like to keep you in mind for future Customer Success openings, we're growing fast in Lisbon.

Best,
Duarte
Roomfolio`, 'Roomfolio – update'),

  other(`Vagas recomendadas para si

Customer Success Manager – Staylane – Lisboa
Account Executive, Hotels – Pousadaweb – Remoto (Portugal)
Gestor de Cliente – Banco Atlântico Digital – Lisboa

Ver todas as vagas · Gerir alertas
Net-Empregos Alertas`, 'Novas vagas: Customer Success'),

  other(`Dear Joana,

We have received your application for the position of Implementation Specialist – Hotels at Propertia. Your application is currently under review by our recruitment team. We appreciate your patience.

Regards,
Propertia Talent Acquisition

Propertia uses SmartRecruiters. Do not reply.`, 'Propertia: Application received'),

  hold('application', ['role_closed'], {},
    `Hi Joana,

Thank you for applying for the Implementation Specialist – Hotels role. I wanted to give you an honest update: we've temporarily paused hiring for this position while we finalise our budget for the second half of the year. Your application is still active and we'll come back to you as soon as we know more, hopefully within four to six weeks.

Kind regards,
Leonor Baptista
Talent Acquisition, Propertia`, 'Update on your application - Propertia'),

  rej('application', ['generic'], {},
    `Dear Joana,

Thank you for your interest in Pousadaweb. After reviewing your application for Account Executive, Hotels we have decided not to proceed.

Best regards,
Pousadaweb HR
BambooHR`, 'Account Executive, Hotels'),

  other(`Hi Catarina,

Of course, happy to help! I haven't got in anywhere yet, ha, but you can absolutely put me down as a reference from the Baixa Grand. Just let me know who will call.

Beijos,
Joana

> Quick favour: I'm applying for a Guest Experience Lead role at Staylane...`, 'Re: A small favour'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Olá Joana,

Thanks for the chat on Monday. I took your expectations back to the team. You mentioned €32k plus bonus as your minimum; the Customer Success Associate band at Staylane for Lisbon is €22–26k, so they're not able to move ahead with you for this one.

I'll keep you posted on the Customer Success Manager opening they're planning later in the year, which would sit closer to your number.

Beijinhos,
Inês Palma
Recruiter, Staylane`, 'Staylane – CS Associate'),

  other(`Olá Joana,

Your Salesforce Administrator Pathway progress report: 68% complete. Next up: Module 6 – Reports & Dashboards. Tip of the month: practise in a free Trailhead playground before the mock exam.

CloudSkills Academy`, 'Your progress this month'),

  rej('application', ['profile_mismatch'], {},
    `Hi Joana,

Thank you for your application for Customer Success Manager at Ledgerlane (Lisbon office). We've had a large number of applications and after careful review we've decided your background is not the right fit for what we need in this role.

Thanks again,
Ledgerlane People Team · Lever`, 'Your application to Ledgerlane'),

  other(`Hi Joana,

Great news — the hiring manager at Kestrelsoft would like to meet you for a first interview for the Customer Success Specialist role (Porto, hybrid). It'll be 45 minutes on Teams with Ricardo Leal, Head of Customer Success. Are you free Thursday 7 May at 10:00 or 15:00?

Rita Sarmento
Talentia Recruitment Lisboa`, 'Kestrelsoft - interview invitation'),

  other(`Hi Rita, Thursday at 15:00 works perfectly. Thank you! Joana

> On Mon, 4 May, Rita Sarmento wrote:
> Great news — the hiring manager at Kestrelsoft would like to meet you...`, 'Re: Kestrelsoft - interview invitation'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Joana,

Thank you for applying for the Salesforce Administrator role at Vinhomar Travel Technology. For this position we require a current Salesforce Certified Administrator credential and at least one year administering a live Salesforce org. As you're still completing the course, we won't be progressing your application at this time.

Kind regards,
Vinhomar Recruitment
Personio`, 'Ihre Bewerbung / Your application – Salesforce Administrator'),

  other(`Hi Joana,

Thank you for your interview with Ricardo today. He enjoyed the conversation. The team is meeting other candidates this week and we'll let you know the outcome by next Wednesday.

Rita`, 'Kestrelsoft - thank you'),

  rej('application', ['location'], { ...fb },
    `Hi Joana,

Thanks for applying to be a Customer Success Manager at Nordicstay. Unfortunately this remote role is only open to people living in Sweden, Norway or Denmark due to local employment contracts, and you're based in Portugal. So we can't take your application further.

Best,
The Nordicstay team
Teamtailor`, 'Nordicstay – your application'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Joana,

I've heard back from Kestrelsoft. Ricardo liked you a lot and thought your guest-handling stories were excellent. In the end they went with someone who had already managed a B2B SaaS renewals book: the role owns renewals and upsell targets from day one, and that's experience you don't have yet.

Don't be discouraged. I'll keep sending you roles, and I'd put you forward again to Kestrelsoft for an onboarding position.

Rita Sarmento
Talentia Recruitment Lisboa`, 'Kestrelsoft outcome'),

  other(`Dear Joana,

Thanks for applying to Tripvane for the Partner Success Manager (Portugal & Spain) role. Our team is reviewing applications and we'll get back to you in the coming weeks.

The Tripvane Talent Team`, 'Application received – Partner Success Manager'),

  hold('application', ['generic'], {},
    `Hi Joana,

Thanks for your patience with the Partner Success Manager process. We've had a much higher volume of applications than expected and reviews are taking longer. We haven't made any decisions yet and you're still in the process; we hope to update you by the end of the month.

Best,
Nuno
Tripvane Recruiting`, 'Partner Success Manager – timeline update'),

  other(`New jobs for you on LinkedIn

Customer Success Manager – Hotelsmith – Lisbon (Hybrid)
Client Onboarding Lead – Stayflow – Remote, Europe
Customer Success Specialist, Portuguese market – Sendwave Travel – Porto

See all jobs`, 'Joana, 12 new jobs for Customer Success Manager'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Joana,

Thank you for the interview with me and Pedro. I'll be honest about our reasoning. We're a remote-first team spread across eight time zones and we do almost everything in writing and asynchronously. In the interview you spoke a lot about thriving on the buzz of a busy front desk and needing a team physically around you, and we were worried you'd feel isolated in how we work.

Best of luck,
Lena Fischer
VP Customer Success, Stayflow`, 'Stayflow – Client Onboarding Lead'),

  other(`Hi Joana,

Thank you for applying to Hotelsmith. We've received your application for Customer Success Manager (Lisbon, Hybrid). If your profile is shortlisted, a member of our team will contact you.

Hotelsmith Careers (iCIMS)`, 'Hotelsmith application received'),

  rej('application', ['overqualified'], { ...fb },
    `Hi Joana,

Thanks for applying for our Customer Support Agent (Portuguese) position. Looking at your nine years in hotels, most recently managing a front office team of fifteen, we think this entry-level support role would be well below your experience and probably not satisfying for you. We've decided not to go ahead with your application for this role.

Best,
Sendwave Travel Talent`, 'Sendwave Travel — Customer Support Agent'),

  hold('interview', ['role_closed'], {},
    `Hi Joana,

Thanks for interviewing with us last week for Account Manager, Hospitality. I'm sorry to tell you the role is on hold for now: we're waiting on final approval of our Iberia expansion plan. You're still very much in our process, and I'll come back to you once I have news. Probably mid-July.

Best,
Gonçalo Faria
Head of Sales, Hotelsmith`, 'Account Manager - update'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your application for Customer Experience Specialist. We regret to inform you that your application has not been successful on this occasion.

Sincerely,
Recruitment
Tagus Hospitality Group
Oracle Recruiting`, 'Application Status Update'),

  other(`Hi Joana,

I'm doing a round of check-ins with candidates I've placed or worked with. How's the search going? Anything I can help with? I've just started working on a Customer Success Manager role for a property-management software client with a Lisbon hub. Could be interesting given your PMS experience with Opera and Mews.

Rita`, 'Catching up'),

  rej('application', ['internal_candidate'], {},
    `Hi Joana,

Thanks for your interest in the Customer Success Team Lead role at Ledgerlane. We wanted to let you know that we've filled this role internally, with someone from our Lisbon support team. We appreciate you thinking of us.

Ledgerlane People Team`, 'Customer Success Team Lead'),

  other(`Dear Joana,

Propertia is hiring again! We're pleased to tell you that the Implementation Specialist – Hotels role has been reopened. Your application remains active, and we'd like to invite you to a 20-minute screening call with our recruiter. Please choose a time: https://propertia.example/book/leonor

Leonor Baptista
Propertia`, 'Propertia - Implementation Specialist reopened'),

  other(`Reminder: your call with Leonor Baptista (Propertia) is tomorrow, 09:30 WEST. Join via Zoom. Reply R to reschedule.`, 'Reminder: Propertia screening call'),

  other(`Hi Joana,

Thanks for the screening call today. I've passed your details to Miguel Antunes, the Implementation Manager, and we'd like you to complete a short case: a sample hotel is moving from an old on-premise PMS to Propertia, write a one-page onboarding plan for its first 30 days. Please send it by next Monday.

Leonor`, 'Propertia – case exercise'),

  rej('application', ['role_closed'], {},
    `Hi Joana,

Thank you for applying to the Partner Success Manager (Portugal & Spain) position. Following a reorganisation of our partnerships team, we have decided not to fill this role and have closed the vacancy. Your application will therefore not move forward.

The Tripvane Talent Team`, 'Partner Success Manager – update'),

  other(`CloudSkills Academy – Certification month!

Learners who finish the Administrator Pathway by 30 September get a free exam voucher. Plus: a webinar on "From hospitality to SaaS: transferable skills recruiters look for". Save your seat.

You're 81% through. Nearly there, Joana!`, 'Free exam voucher + career webinar'),

  other(`Hi Joana,

Thank you for sending in the onboarding plan. Miguel loved the idea of a go-live rehearsal with night-shift staff. We'd like to invite you to a 60-minute panel interview with Miguel and Carla Sá (Customer Success Director) at our Lisbon office in Parque das Nações. Are you free on 22 or 23 September?

Leonor
Propertia`, 'Propertia – interview invitation'),

  rej('interview', ['position_filled'], {},
    `Hi Joana,

Hope you're well. I'm getting back to you about the Account Manager, Hospitality role. Once the Iberia plan was approved we restarted the process, and we've now made an offer to another candidate, who accepted on Friday. Thanks for your patience through the pause.

Gonçalo Faria
Hotelsmith`, 'Re: Account Manager - update'),

  other(`Olá Joana,

Obrigado pela candidatura à vaga de Customer Success Manager no Banco Atlântico Digital (equipa de App Empresas). A sua candidatura foi recebida e será avaliada pela nossa equipa.

Recrutamento e Seleção · Banco Atlântico Digital`, 'Candidatura recebida – Customer Success Manager'),

  rej('screen', ['location'], { ...fb, ...door },
    `Hi Joana,

Thanks for the quick call earlier. As I mentioned, the role with my client is for their Porto office four days a week, and you said you couldn't relocate from Lisbon before next summer for family reasons. They won't bend on the on-site part, so I won't submit you this time. I'll keep looking for Lisbon and remote options for you.

Rita`, 'Porto role'),

  other(`Hi Joana, confirming your panel interview at Propertia on Tuesday 22 September, 14:00, Av. D. João II 41, 5th floor. Ask for Leonor at reception. Bring ID for the building pass.`, 'Interview confirmation - Propertia'),

  hold('screen', ['generic'], {},
    `Olá Joana,

Obrigado pela conversa telefónica da semana passada. Quick update: the hiring manager for the Customer Success Manager role is on leave until 12 October, so interviews are delayed. We haven't made any decision on your application and will come back with dates as soon as she returns.

Cumprimentos,
Sara Lobo
Recrutamento, Banco Atlântico Digital`, 'Customer Success Manager – atualização'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Joana,

Many thanks for applying to Hostfully Europe for the Senior Account Manager role. We've reviewed your application against the role and, while your hotel operations background is strong, we've decided to progress with applicants whose profiles are closer to what we need.

We'd love for you to join our talent community so we can reach out when new roles open.

Hostfully Europe Recruiting · Recruitee`, 'Senior Account Manager – Hostfully Europe'),

  other(`Hi Joana,

Thank you for your time on Tuesday. Miguel and Carla really enjoyed meeting you. We're finishing the remaining panel interviews this week and will be back in touch by Friday 2 October with next steps.

Leonor`, 'Thank you for meeting us'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb, ...offered },
    `Olá Joana,

Thank you for the interviews with the Business App team. We've finished the process and unfortunately we won't be offering you the Customer Success Manager role.

Another candidate's profile matched the role more closely. Specifically, the panel wanted someone with experience supporting business customers on financial products, including knowledge of payment regulations such as PSD2, which was not part of your background.

If you'd like to discuss this further, please let me know and I'll arrange a call.

Cumprimentos,
Sara Lobo
Banco Atlântico Digital`, 'Customer Success Manager – decisão'),

  other(`Hi Joana,

Great news: the team would like you to come back for a final conversation with Rui Moreira, our COO, on Thursday 8 October at 11:00. It's informal, about 45 minutes, mostly about how you'd run our hotel accounts in Portugal and Spain.

Leonor`, 'Propertia – final conversation'),

  rej('application', ['generic'], {},
    `Thank you for applying for Customer Success Manager at Sunhaven Cloud. Unfortunately, we won't be moving forward with your application. We wish you every success. — Sunhaven Cloud (Jobvite)`, 'Sunhaven Cloud'),

  other(`Hi Joana,

Thanks again for your time with Rui. Just so you know where things stand: we're now taking up references for our preferred candidate, and that's you. Could you send me contact details for two referees, ideally your current general manager and one from the UK?

Leonor`, 'References'),

  other(`Hi Leonor,

Of course. Referees: Henrique Salgado, General Manager, Alfama Palace Hotel (+351 912 000 431), and Claire Whitby, former Front Office Director, The Marlowe, Edinburgh (claire.whitby@example.co.uk).

Thanks so much,
Joana`, 'Re: References'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Joana,

Just a quick note about the Customer Success role at Staylane you interviewed for in September. We've now made an offer and the position has been filled. Thanks for your time, and we'd welcome your application for future roles.

Inês
Staylane`, 'Staylane – update'),

  other(`Dear Joana,

Following your interviews, we are delighted to offer you the position of Implementation Specialist – Hotels at Propertia, Lisbon (hybrid, three days in Parque das Nações), starting 2 November. Your base salary will be €34,000 per year in 14 payments, plus an annual performance bonus of up to 10%, health insurance and a €1,000 learning budget (yes, it can cover your Salesforce exam).

Please find the offer letter attached. We'd be grateful for your answer by Friday 16 October.

We're really looking forward to working with you.

Carla Sá
Customer Success Director, Propertia`, 'Offer of employment – Propertia'),

  other(`Hi Rita,

Just to let you know I've accepted an offer at Propertia, so please take me off your lists for now. Thank you for everything this year!

Joana`, 'Update from me'),

  other(`Hi Joana,

Thanks for letting us know that you've accepted another offer and would like to withdraw your application for Customer Success Manager at Hotelsmith. We've withdrawn it as requested. Congratulations, and good luck in the new role!

Hotelsmith Talent Team`, 'Application withdrawn'),
];
