/**
 * Development messages of the eighty-fourth round: mail written around feedback. Rejections give specific feedback
 * in one sentence in the middle of a letter, after the sign-off, as a bullet list, or as a summary of what the panel,
 * the hiring manager or the client said; others only praise, refuse feedback for volume or policy, promise it later,
 * offer a call to go through it, ask the candidate to reply if they want it, or give some and offer more. Replies to
 * the candidate's own request for feedback quote the first rejection below. Feedback covers tests and tasks (what was
 * missing, a score against the bar), interviews (thin examples, not enough depth) and applications (a missing
 * requirement), each labelled with the reason it supports. Paused processes come at every stage. Look-alikes speak of
 * feedback and decline nothing: notes on a task before the next round, candidate-experience surveys, thanks for the
 * candidate's comments on the process, a debrief booked after an offer, a move forward with points to prepare.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d84-');

export const HANDWRITTEN_DEV_84: readonly CorpusLine[] = [
  // ── Rejections with specific feedback, placed in different parts of the letter
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Ms Okonkwo,

Thank you for meeting with Harriet Vale and me last Thursday about the Senior Quantity Surveyor position at Brackenridge Construction.

We enjoyed hearing about the hospital fit-out you delivered in Leeds and your approach to managing subcontractor claims. The panel's main concern was that you have not yet worked under NEC4 contracts, which make up almost all of our current pipeline, and we need someone who can administer them from day one. For that reason we will not be taking your application further.

We would be glad to hear from you again once you have some NEC experience, and we will keep your details on file for future openings.

Yours sincerely,
Graham Feeney
Commercial Director
Brackenridge Construction Ltd`, 'Senior Quantity Surveyor - interview outcome'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Tomasz,

Thanks for submitting the data modelling exercise for the Analytics Engineer role.

Unfortunately we won't be progressing you to the interview stage this time.

Regards,
The Kestrel Analytics hiring team

---
Reviewer note: the dbt models ran, but there were no tests on the primary keys and the incremental model rebuilt the full table on every run. We scored the submission 11/20 against a pass mark of 14.`, 'Your Kestrel Analytics exercise'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb, ...offered },
    `Hello Arjun,

I hope you had a good weekend. I've now heard back from the hiring manager at our client (a listed medtech business in Cambridge) after your interview for the Regulatory Affairs Manager post.

Her summary, in short:
- strong on EU MDR technical documentation and clearly organised
- but no hands-on experience of FDA 510(k) submissions, which is half the job
- and the other finalists' backgrounds were closer to a Class III device environment

So they've decided not to proceed. I know that's disappointing given how well the conversation seemed to go. If you want to go through the detail, I'm free most afternoons this week - just give me a ring.

Cheers,
Nadia Bristow
Principal Consultant, Life Sciences
Pelham Ross Recruitment
T: 01223 555 019`, 'Client feedback - Regulatory Affairs Manager'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Lucía,

Thank you for applying for the position of Pharmacist (Hospital Dispensary) at Hospital Santa Brígida.

Having reviewed your application, we are unable to take it forward because the role requires current registration with the Colegio Oficial de Farmacéuticos de Madrid, which your application did not show. We encourage you to reapply once your registration is complete.

Kind regards,
Recursos Humanos
Hospital Santa Brígida`, 'Your application - Pharmacist'),

  rej('final', ['profile_mismatch'], {},
    `Hi Devon,

Thanks again for spending the whole day with us at the Portland office for the final round. Everyone enjoyed meeting you and you clearly have an impressive background in growth marketing.

After a lot of discussion we've decided to move forward with another candidate whose experience was a closer match for where we are as a company.

We really appreciate the time you put in and wish you all the best.

Sam Keough
Co-founder, Fernleaf`, 'Fernleaf - final round'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Mr. Haddad,

We regret to inform you that you have not been selected for the position of Financial Controller following your interview on 4 June.

Kind regards,
Human Resources Department
Al Noor Trading Group, Dubai

PS - The interview panel asked me to mention that they were looking for deeper IFRS 16 lease accounting experience than your examples showed; otherwise they were positive.`, 'Interview result - Financial Controller'),

  rej('interview', ['culture_fit'], { ...fb, ...door },
    `Hey Rosa,

Thanks for chatting with Ben and Imogen on Tuesday. I'm going to be straight with you since you asked for honesty at the end of the call.

They really liked your craft, your portfolio is one of the strongest we saw. Where they hesitated was around how you like to work: you described wanting a detailed brief and a few days of heads-down time before sharing anything, and our design team shares rough work daily and changes direction a lot. They worried you'd find that frustrating, and we'd rather say so now.

So we won't be moving forward for this role. If we open something more research-led later in the year I'll reach out to you first.

Marta
People & Talent, Quillwork`, 'Quillwork product designer role'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Candidate,

Thank you for completing the online numerical and verbal reasoning assessments for the 2025 Graduate Programme.

Your results:
  Numerical reasoning: 41st percentile (minimum for progression: 50th)
  Verbal reasoning: 68th percentile

As the numerical result falls below the threshold we apply to all applicants, we are unable to progress your application to the video interview stage. You are welcome to apply again in next year's intake.

Graduate Recruitment Team
Ashby Whitlock LLP

This is an automated message. Please do not reply to this address.`, 'Ashby Whitlock Graduate Programme - assessment result'),

  rej('screen', ['salary'], { ...fb },
    `Hi Kwame,

Thanks for the call yesterday, it was great to learn more about your work at Stanbic.

I've spoken with the hiring manager and unfortunately the gap between your expectation (GHS 38,000 a month) and the budget for this role, which tops out around GHS 29,000, is too big for us to bridge. So we won't be moving to the next step.

All the best with your search,
Efua Mensah
Talent Partner | Volta Digital Bank`, 'Following up on our call'),

  rej('interview', ['overqualified'], { ...fb },
    `Dear Henrik,

Many thanks for interviewing for the Team Lead, Customer Support role.

I'll be honest: the panel felt that with twelve years of managing support organisations of 80+ people, you would very quickly outgrow a team of six, and the role has no room to grow in the next couple of years. We don't think it would be fair to you, so we have decided not to offer you the position.

Med vennlig hilsen,
Ingrid Solberg
HR-rådgiver, Nordvik Energi AS`, 'Team Lead, Customer Support'),

  rej('application', ['location'], { ...fb },
    `Hi Mateo,

Thanks for your interest in the Field Service Technician role in Calgary.

I've had a look at your application and I see you're based in Bogotá and would need a work permit to take this role. Unfortunately we aren't able to sponsor work permits for this position, so we can't move your application forward.

Best regards,
Crystal Whitehorse
Recruitment Coordinator, Prairie Mechanical Services`, 'Field Service Technician'),

  rej('interview', ['generic'], {},
    `Dear Priyanka,

Thank you for attending an interview for the role of Procurement Officer. We appreciate the time and effort you invested.

Due to the high volume of applications we receive, we regret that we are unable to provide individual feedback to candidates at any stage of the process.

On this occasion your application has been unsuccessful.

Yours sincerely,
Recruitment Services
Westmoor District Council`, 'Procurement Officer (ref WDC-2291)'),

  rej('interview', ['generic'], { ...offered },
    `Hi Jonah,

Thank you for your time interviewing with us for the Account Executive position. Unfortunately, we have decided not to move forward with your candidacy at this time.

If you'd like feedback on your interview, just reply to this email and I'll get back to you with notes from the team.

Best,
Alyssa Pruitt
Recruiting, Tandemly`, 'Tandemly - Account Executive'),

  rej('final', ['position_filled'], { ...offered, ...door },
    `Dear Chiara,

Thank you for coming to Milan for the final interviews for Head of Merchandising. It was a pleasure to meet you.

I'm writing to let you know that we have offered the position to another candidate, who has accepted.

Feedback from the panel is still being collated and I will send it to you by the end of next week. In the meantime, we would very much like to keep you in mind for future senior roles in the buying team.

Cordiali saluti,
Federica Lanza
Talent Acquisition, Casa Orsini`, 'Head of Merchandising'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Ellie,

Thank you for interviewing with us for the Marketing Manager position. We've now completed interviews and have decided to go with a candidate whose experience aligned more closely with the role.

I'd be happy to arrange a short call to talk through the panel's feedback if that would be useful to you - let me know a time that suits.

Kind regards,
Owen Pritchard
HR Business Partner, Glasfryn Foods`, 'Marketing Manager'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Yusuf,

Thanks so much for the time you put into the case study. I'm afraid we won't be progressing you to the panel interview.

A quick summary from the reviewers: your market sizing was solid, but the recommendation didn't address the pricing question in the brief at all, and the financial model had no sensitivity analysis. If you'd like the full written notes or a call to go through them, just say.

Warmly,
Leah Friedman
Strategy Team, Orbis Health Partners`, 'Orbis case study - outcome'),

  // ── Replies to the candidate's own request for feedback
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Nikhil,

Sure, I checked with Raghav who led the interview. His main point was that when you were asked about tuning Postgres for write-heavy loads, the answers stayed quite general, and that's the bulk of what this team does. He'd suggest getting some hands-on time with partitioning and vacuum tuning.

Good luck!
Shruti

On Mon, 9 Sep 2024 at 11:32, Nikhil Rao <nikhil.rao91@gmail.com> wrote:
> Hi Shruti, thanks for letting me know. Could you share any feedback from the interview?
>
> On Fri, 6 Sep 2024 at 18:05, Shruti Kapoor <shruti@zentrabyte.in> wrote:
>> Hi Nikhil, thank you for interviewing with ZentraByte. We have decided not to move ahead with your candidature for the Database Engineer role.`, 'Re: Database Engineer - ZentraByte'),

  rej('interview', ['generic'], {},
    `Dear Ms Laurent,

Thank you for your message. I understand your wish to know more, but our policy is not to provide detailed feedback after first-round interviews. I'm sorry I can't help further.

Bien cordialement,
Sophie Marchand
Chargée de recrutement, Groupe Valmont

-----Message d'origine-----
De : Amélie Laurent
Envoyé : mardi 15 octobre 2024 09:12
Objet : RE: Candidature - Responsable Achats

Bonjour Madame Marchand, serait-il possible d'avoir un retour sur mon entretien ?

-----Message d'origine-----
De : Sophie Marchand
Envoyé : lundi 14 octobre 2024 17:40
Objet : Candidature - Responsable Achats

Madame, suite à votre entretien du 10 octobre, nous sommes au regret de vous informer que votre candidature n'a pas été retenue.`, 'RE: Candidature - Responsable Achats'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Grace,

Of course. The reviewers' notes on your coding challenge:

* All visible tests passed, but 3 of the 8 hidden edge-case tests failed (empty input, duplicate timestamps, and very large files).
* The solution read the whole file into memory, which we'd specifically flagged in the brief.
* Code was clean and readable - that was noted positively.

The bar for the next round was 7/8 hidden tests. Please don't let this put you off; we hire for this team a few times a year and you'd be welcome to apply again.

Dan

> On 12 Nov 2024, at 14:20, Grace Liu wrote:
> Hi Dan, would it be possible to get some feedback on my submission so I can improve?
>
>> On 11 Nov 2024, Dan Whitcombe wrote:
>> Hi Grace, thanks for completing our challenge. Unfortunately you haven't progressed to the next stage.`, 'Re: Coding challenge result'),

  rej('interview', ['profile_mismatch', 'position_filled'], { ...offered },
    `Hi Carlos,

Thanks for asking. Honestly the notes from the panel are pretty thin - mostly that the person we hired had done the same job at a similar-sized company before. I don't want to make something up, but if you want I can get Joanne (the hiring manager) on a 15-minute call with you next week, she said she'd be happy to.

Let me know,
Becca Tran
Talent, Sunmill Solar

-----Original Message-----
From: Carlos Mendes
Sent: Thursday, January 16, 2025 8:47 AM
To: Becca Tran
Subject: RE: Project Coordinator

Hi Becca, would you be able to give me any feedback?

-----Original Message-----
From: Becca Tran
Sent: Wednesday, January 15, 2025 4:10 PM
Subject: Project Coordinator

Hi Carlos, thank you for interviewing with us. We've decided to go another direction for this role.`, 'RE: Project Coordinator'),

  rej('interview', ['skills_gap', 'culture_fit'], { ...fb },
    `Dear Aoife,

Thank you for getting in touch, and I'm glad to give you some feedback.

The panel scored you well on stakeholder management and your examples from the HSE project were clear. There were two areas where you scored below the other candidates. Firstly, the role needs an advanced Power BI user and your answers on DAX and data modelling were at an intermediate level. Secondly, some panel members felt your preference for a very structured, process-led approach would be a challenge in a small team that works quite informally and shifts priorities week to week.

I hope this is helpful and I wish you every success.

Regards,
Siobhán Kehoe
HR Manager, Ardmore Housing Association

> From: Aoife Gallagher
> Sent: 3 February 2025 10:02
> Subject: Re: Data & Reporting Analyst
> Hi Siobhán, could I ask for feedback on my interview?
>
> From: Siobhán Kehoe
> Sent: 31 January 2025 15:30
> Dear Aoife, I regret to inform you that you have not been successful following interview.`, 'RE: Data & Reporting Analyst'),

  rej('application', ['generic'], {},
    `Hello,

Thank you for contacting us. As we receive several thousand applications each month, we are not able to give individual feedback on applications that were not shortlisted.

Careers Team
Meridian Retail Group

> Hi, I applied for Store Manager (Reading) and got a rejection. Can you tell me why?
>
> > Dear Applicant, thank you for your interest in Meridian Retail Group. Unfortunately your application has not been successful on this occasion.`, 'Re: Your application to Meridian Retail Group'),

  rej('screen', ['location'], { ...fb, ...door },
    `Hi Aditi,

Yes of course. It really came down to the working pattern: the team is in the Zurich office four days a week and on our call you said you'd need to stay fully remote from Pune for at least the next year. That isn't something we can accommodate for this role, though you were strong otherwise.

If a remote position opens up on the platform team I'll contact you.

Best,
Lukas Brunner
Talent Acquisition, Alpenrand AG

On Tue, Mar 4, 2025 at 9:18 AM Aditi Kulkarni wrote:
> Hi Lukas, thanks for the update. May I ask what the main reason was?
>
> On Mon, Mar 3, 2025 at 5:02 PM Lukas Brunner wrote:
> > Hi Aditi, thanks for the call last week. We've decided not to move forward with your application.`, 'Re: Platform Engineer - Alpenrand'),

  rej('final', ['overqualified', 'salary'], { ...fb },
    `Hi Mark,

Thanks for asking, and sorry again for the news. Honestly, you were one of our favourite people through the whole process. In the end the founders felt that the role, as scoped, is much smaller than what you've been doing as a VP, and that with your expectation of around $240k we'd be paying well over the band for a job that wouldn't stretch you. We didn't want to set it up to fail.

Kate

> On Apr 2, 2025, at 10:44 AM, Mark Sullivan wrote:
> Kate - understood, and thanks. If you're able to share what tipped it after the final round I'd appreciate it.
>
>> On Apr 1, 2025, Kate Ngata wrote:
>> Mark, thank you for coming in for the final round with the founders. We've decided not to extend an offer.`, 'Re: Head of Sales - Parcelwise'),

  rej('interview', ['generic'], { ...offered },
    `Hi Lerato,

Thank you for your email. I have asked the line manager for her notes from your interview and will pass them on as soon as I receive them - she's on leave until the 20th, so it may take a little while. If it's easier, I'm also happy to go through them with you by phone once I have them.

Kind regards,
Thandiwe Dlamini
Recruitment Officer, Karoo Mutual

From: Lerato Mokoena
Sent: 10 April 2025
Subject: Feedback request - Claims Assessor

Good day, I received your email that I was unsuccessful. Could I please get feedback?

From: Thandiwe Dlamini
Sent: 9 April 2025
Subject: Claims Assessor
Dear Lerato, thank you for attending the interview. Unfortunately you have not been successful.`, 'RE: Feedback request - Claims Assessor'),

  // ── Praise with nothing specific, refusals, promises and offers
  rej('interview', ['generic'], {},
    `Dear Benedikt,

Thank you very much for your time last week. The team was impressed by your background and really enjoyed the conversation, and you should be proud of the way you presented yourself.

It was a very close decision, but we will not be moving forward with your application for the Controlling Specialist position.

We wish you every success in the future.

Mit freundlichen Grüßen
Katrin Vogel
Personalabteilung, Hollbach Maschinenbau GmbH`, 'Ihre Bewerbung / Your application'),

  rej('application', ['generic'], {},
    `<p>Hi Samira,</p>
<p>Thank you for applying to the <b>Customer Success Associate</b> role at Brightpath.</p>
<p>We received an overwhelming number of applications and, after careful review, we won't be moving forward with yours.</p>
<p>Because of the volume, we're unable to provide individual feedback at this stage.</p>
<p>Best,<br/>The Brightpath Team</p>
<p style="font-size:10px;color:#888">Sent via Workable. Please do not reply to this email.</p>`, 'Your application to Brightpath'),

  rej('assessment', ['generic'], {},
    `Hi Joel,

Thank you for completing our technical assessment for the QA Automation Engineer role. After review, we have decided not to move forward with your application.

We're unable to share detailed results from the assessment, as the same exercise is used for all candidates.

Regards,
Hiring Team, Norvale Software

-- 
Norvale Software Inc. | 800 Bay Street, Toronto
This email was sent via Greenhouse.`, 'Norvale Software - QA Automation Engineer'),

  rej('screen', ['generic'], { ...offered },
    `Hi Fatima,

Thanks for speaking with me on Monday about the Operations Analyst role. After reviewing all of the candidates, we won't be inviting you to the next stage.

If you'd find it useful to hear a bit more about the decision, reply here and I'll set up a quick call.

Thanks again,
Ryan Cho
Recruiter, Hollis & Crane`, 'Operations Analyst - update'),

  rej('interview', ['profile_mismatch'], { ...offered, ...door },
    `Dear Mr Petrov,

Thank you for attending the interview for the post of Logistics Planner on 12 May.

The panel has now considered all candidates, and I regret to tell you that another applicant's experience matched the requirements of the post more closely.

Feedback is available on request: please contact recruitment@balticfreight.lv within 14 days. We will also retain your details in our talent pool for twelve months.

Yours sincerely,
Inese Ozola
Recruitment, Baltic Freight SIA`, 'Logistics Planner - outcome of interview'),

  rej('final', ['generic'], { ...offered },
    `Hi Maeve,

I wanted to call but couldn't reach you, so I'm following up by email. Thank you for the time you gave us through all four stages, including the final presentation to the leadership team on Friday.

Unfortunately we won't be offering you the Head of Partnerships role.

I know you'll want to understand why, and I'd rather do that in a conversation than in an email. I'm free Wednesday or Thursday afternoon - send me a time that works and I'll walk you through everything the panel said.

Best,
Conor Flynn
Chief Operating Officer, Riverlane Events`, 'Head of Partnerships'),

  rej('interview', ['generic'], { ...offered },
    `Dear Hana,

Thank you for your interest in the Research Assistant position and for attending the interview on 28 February.

We regret to inform you that you have not been selected. We will send brief written feedback to all interviewed candidates within the next two weeks.

With best regards,
Prof. Takeshi Mori
Laboratory of Environmental Chemistry
Kyoto Institute of Science`, 'Research Assistant position'),

  rej('interview', ['position_filled', 'skills_gap'], { ...fb, ...offered },
    `Hi Ollie,

Thanks for your patience after the interview for Junior Copywriter. We've decided to offer the role to someone else this time.

One bit of feedback from Hattie, who led the interview: she'd have liked to see more long-form writing in your portfolio, as almost everything was social copy. Happy to share more if you want, just ask.

Sophie
Loud Orchard Creative`, 'Junior Copywriter'),

  rej('application', ['generic'], {},
    `Dear Andrés,

Thank you for submitting your application for Business Development Representative with Cerro Alto Minerals. We have received an exceptional number of highly qualified applicants, and after careful review we will not be proceeding with your application.

Please note that we are unable to respond to requests for feedback on individual applications.

Sincerely,
Talent Acquisition
Cerro Alto Minerals

This mailbox is not monitored.`, 'Application status - Business Development Representative'),

  rej('screen', ['generic'], {},
    `Hi Tariq, thanks for the chat on Thursday - lovely to meet you. We've had a really strong response to the role and have decided not to take you further this time. Best of luck! Jo`, 'Quick update'),

  rej('interview', ['generic'], { ...door },
    `Dear Zeynep,

We appreciated the chance to meet you for the Sustainability Consultant interview. Your enthusiasm for circular economy projects came through clearly and the team enjoyed the discussion.

After careful consideration, we have decided not to proceed with your application. This was a difficult decision given the strength of the field.

We'd encourage you to keep an eye on our careers page and apply again for future roles that interest you.

Saygılarımla,
Elif Arslan
İnsan Kaynakları, Yeşilvadi Danışmanlık`, 'Sustainability Consultant'),

  // ── Feedback on applications: a missing requirement
  rej('application', ['skills_gap'], { ...fb },
    `Hi Ben,

Thank you for applying to be a Heavy Goods Vehicle Driver with Marsh Lane Haulage.

Unfortunately we can't take your application forward, as the role requires a Category C+E licence and a current Driver CPC card, and your application lists a Category C licence only.

Kind regards,
Denise
Transport Office, Marsh Lane Haulage`, 'HGV Driver application'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Ji-ho,

Thank you for your interest in the Bilingual Customer Advisor position.

This role requires business-level Japanese (JLPT N2 or above) in addition to Korean and English. As your application indicated conversational Japanese, we are unable to proceed with it at this time.

We will keep your CV for six months and contact you if a Korean-English position becomes available.

Regards,
Recruitment Team
Solbridge Travel Services, Seoul`, 'Bilingual Customer Advisor - application result'),

  rej('application', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Hello Daniel,

Thanks for applying to the Senior Data Scientist opening. We reviewed your application against the requirements and found that other candidates' profiles matched what we're looking for more closely.

Specifically, we're looking for at least five years of experience building production recommendation systems, and your CV shows around two.

Best of luck with your job search.

Recruiting Team, Shelfwise`, 'Shelfwise - Senior Data Scientist'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Applicant,

RE: Clinical Nurse Specialist - Oncology (Ref: 174-CNS-09)

Thank you for your application. Following shortlisting, we regret to inform you that your application has not been successful on this occasion.

The shortlisting panel noted that the essential criterion "post-registration qualification in oncology or haematology nursing" was not evidenced in your supporting statement.

We would encourage you to apply for future vacancies with the Trust.

Recruitment Team
Northfleet Teaching Hospitals NHS Trust`, 'Outcome of your application: 174-CNS-09'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Priscila,

Obrigada for applying to the Tax Analyst role. We've looked through your application, and unfortunately we aren't moving forward, because the position needs a CRC accounting registration and at least 3 years in indirect tax (ICMS/ISS), which your résumé doesn't show.

Best wishes,
Camila Rocha
RH, Contábil Horizonte`, 'Tax Analyst'),

  // ── Feedback on interviews
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Oskar,

Thanks again for the interview on Wednesday for the Product Manager role.

We've decided not to move forward. The feedback from the panel was that your examples were a bit thin when it came to running experiments - when we asked about A/B testing you described one test, and it wasn't clear how you chose the metric or decided when to stop it. For this role that's core, so we went with candidates who had more depth there.

Thanks for your time,
Lina Holm
Product Lead, Tidewell`, 'Tidewell PM interview'),

  rej('interview', ['profile_mismatch'], { ...fb, ...offered },
    `Dear Ms Adebayo,

Thank you for meeting with us on 17 June regarding the Compliance Officer vacancy.

The panel noted that your answers, while well-structured, relied mostly on general principles rather than specific situations you had handled yourself, and they found it hard to judge how you would act in practice. As a result, other candidates scored higher overall and we will not be offering you the role.

Should you wish to discuss this in more detail, I would be happy to arrange a call.

Yours sincerely,
Margaret Osei
Head of People, Coastline Credit Union`, 'Compliance Officer vacancy'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hey Liam,

Sorry for the slow reply - wanted to get the feedback together properly.

Overall the team liked you. The thing that held it back: in the technical round you weren't able to go into much depth on Kubernetes networking (CNI, network policies, ingress debugging), and our on-call rotation leans on that a lot. Everything else - Terraform, CI, incident comms - was good.

So it's a no for the SRE role right now, but please do stay in touch. If you spend some time on k8s networking, I'd love to see you apply again.

Cheers,
Ravi
Eng Manager, Cobalt Ledger`, 'SRE interview - feedback'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Sipho,

Thank you for attending the interview for the position of Electrical Engineer (Substations).

Unfortunately, you have not been successful. The panel's feedback was that you did not demonstrate sufficient experience with protection relay settings and coordination studies, which are a key requirement of the role.

Kind regards,
HR Department
Umgeni Power Projects (Pty) Ltd`, 'Interview outcome'),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Hi Ana,

I wanted to let you know personally that we won't be making you an offer for the Engineering Manager role. It was close - you were one of two people in the final round.

The deciding factor was hiring experience. The other candidate has built a team from scratch twice, while you've mostly managed inherited teams, and the first year of this job is hiring eight engineers.

I'd really like to keep in touch and I'd be glad to think of you for future leadership roles here.

Best,
Victor Almeida
CTO, Tramline`, 'Engineering Manager - Tramline'),

  // ── Feedback on tests and tasks
  rej('assessment', ['assessment'], { ...fb },
    `Dear Ms Kowalska,

Thank you for sitting the written translation test (English > Polish, legal) on 3 March.

Your test was marked by two senior reviewers. The translation scored 64%, against a pass mark of 75%. The reviewers noted several terminology errors in the contractual clauses and two omitted sentences in section 4.

We are therefore unable to include you in our freelance panel at this time.

Yours faithfully,
Linguistic Services Unit
Vistula Language Partners`, 'Translation test result'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Marcus,

Thanks for the writing task. The team read it carefully and decided not to take you through to interview.

Briefly: the piece was well written, but it ran to 1,600 words when the brief asked for 800, and it didn't include the three customer quotes we asked for. Happy to send over the editor's marked-up copy if you'd like it.

Priya
Content, Northway Bikes`, 'Your writing task'),

  rej('final', ['assessment'], {},
    `Dear Candidate,

Thank you for participating in the assessment centre for the Management Trainee Programme.

We regret to inform you that your overall performance across the exercises did not meet the standard required to progress to the next stage.

Due to the number of participants, we are unable to provide individual feedback.

Graduate Resourcing
Halden & Pryce plc`, 'Management Trainee Programme - assessment centre'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Chen,

Thanks for completing the SQL and Python screen. I'm sorry to say you didn't pass this round.

You scored 52/100; we invite people to interview from 70. Most of the lost marks were on the window-function questions (running totals and ranking within groups), which suggests that's an area to build up - we use them constantly in this team.

Best,
Harriet
Data Recruitment, Fenwick Mobility`, 'Technical screen result'),

  rej('assessment', ['assessment'], { ...fb },
    `Hello Ivana,

We have now reviewed your presentation task for the Training Coordinator role. Thank you for the effort you put into it.

Unfortunately we will not be inviting you to interview. The panel felt the session plan covered the content well but didn't include any way of checking what participants had learned, and the brief asked specifically for an evaluation method.

Kind regards,
Marija Horvat
Ljudski potencijali, Adriatica Hotels d.d.`, 'Training Coordinator'),

  // ── Other reasons, each with or without feedback
  rej('interview', ['internal_candidate'], { ...door },
    `Dear Rachel,

Thank you for interviewing for the Senior Policy Adviser role. I wanted to let you know that we have appointed an internal candidate who has been acting in the role since the spring.

This was no reflection on your interview, which the panel rated highly. We hope you will consider applying for future opportunities with us.

Kind regards,
Helen Ashdown
People Team, Civic Futures Institute`, 'Senior Policy Adviser'),

  rej('final', ['internal_candidate'], { ...offered },
    `Hi Gustavo,

Thanks for making it all the way to the final stage for Regional Sales Director, LATAM.

I'll be upfront: we've decided to promote someone from inside the team into the role. It wasn't a decision about you - you were a very strong external finalist.

If it would help to hear more about how the panel saw your interviews, I'd be happy to set up 20 minutes.

Abrazo,
Valeria Ortiz
VP Sales, Quantara Logistics`, 'Regional Sales Director - update'),

  rej('application', ['internal_candidate'], {},
    `Hello,

Thank you for your application for Team Administrator (ref. 22/0418). The post has been filled by redeployment of an existing member of staff, and the vacancy is therefore now closed.

We regret that we are unable to offer feedback on applications for this vacancy.

HR Shared Services
Easterbrook University`, 'Team Administrator 22/0418'),

  rej('interview', ['internal_candidate', 'skills_gap'], { ...fb },
    `Hi Noor,

Thank you for interviewing for the Learning Designer role. We have decided to offer the position to a colleague already in our L&D team.

For what it's worth, the panel's one piece of feedback on your interview was that your e-learning samples were strong but they'd have liked to hear more about how you measured whether learning transferred to the job.

Best,
Imran Qureshi
Head of L&D, Falconridge Insurance`, 'Learning Designer'),

  rej('screen', ['internal_candidate'], { ...door },
    `Hi Eliza, just a quick note after our call last week. The hiring manager has decided to move someone from her own team into the Marketing Ops role, so we're closing the search. I'll keep your details and be in touch when something similar comes up. Thanks, Kieran (Talent, Smoke & Mirror Studio)`, 'Marketing Ops role'),

  rej('interview', ['position_filled'], {},
    `Dear Mr. Yamamoto,

Thank you for your interest in the Import Coordinator position and for your time at the interview on 8 August.

We would like to inform you that the position has now been filled.

Thank you again for your interest in Pacific Crest Imports.

Sincerely,
Linda Chow
Office Manager`, 'Import Coordinator'),

  rej('screen', ['position_filled'], { ...offered },
    `Hi Rahul,

Sorry to bring bad news after such a good first call - the team has made an offer to another candidate who was further along in the process, and they've accepted.

If you'd like any feedback on the call for your own interest, just let me know.

Best,
Gemma Stirling
Recruitment Partner, Ashgrove Talent`, 'Update on the Business Analyst role'),

  rej('application', ['position_filled'], { ...door },
    `Thank you for applying for the role of Barista (Weekend) at Copper Kettle Coffee. This position has now been filled. We keep all applications on file for three months and will get in touch if another shift opens up.

Copper Kettle Coffee - Bristol`, 'Barista (Weekend)'),

  rej('assessment', ['position_filled'], {},
    `Dear Ikechukwu,

Thank you for completing the aptitude test for the Graduate Trainee Engineer role.

We have now completed our selection for this intake and all places have been filled. We are therefore closing your application.

Regards,
Talent Acquisition
Niger Delta Process Engineering Ltd`, 'Graduate Trainee Engineer - status'),

  rej('final', ['position_filled', 'profile_mismatch'], { ...offered },
    `Dear Julia,

Thank you for your time at the final panel interview on Tuesday. We have made an offer to a candidate whose background in hospital estates matched the brief a little more closely, and it has been accepted.

Please let me know if you'd like to arrange a call for feedback.

Best regards,
Eamon Kirwan
Director of Estates, St Columba's Health Group`, 'Director of Capital Projects - final panel'),

  rej('interview', ['role_closed'], { ...door },
    `Hi Femi,

I'm sorry to say that following a reorganisation of the product team, the Product Analyst position you interviewed for has been withdrawn. We won't be continuing the process for any candidate.

You were one of our strongest candidates, and I'd like to get back in touch if and when we reopen a similar role.

Best,
Amy Calder
Talent Acquisition, Pennant Pay`, 'Product Analyst role'),

  rej('final', ['role_closed'], { ...offered },
    `Dear Katarzyna,

I'm writing with disappointing news. Following the board meeting last week the budget for the Head of Compliance role has been frozen for the rest of the financial year, and we have had to close the vacancy, so we won't be able to offer you the role after the final interviews.

I know how much time you invested. If you'd still find feedback from your final interview useful, I'm happy to share it.

Kind regards,
Piotr Zielinski
HR Director, Wisla Leasing S.A.`, 'Head of Compliance - vacancy closed'),

  rej('application', ['role_closed'], {},
    `Hi,

We're contacting everyone who applied for the Junior Accountant position to let you know that the role has been cancelled and we won't be recruiting for it. Your application will not be taken further.

Thanks for your interest.

Finance Team, Larchmont Dental Group`, 'Junior Accountant position cancelled'),

  rej('screen', ['role_closed'], {},
    `Hey Mia - apologies for the radio silence after our phone screen. Turns out we're no longer hiring for the Community Manager role; leadership decided to bring it into the agency contract instead. Sorry to have wasted your time on this one. - Tess, Hearth & Hive`, 'Community Manager'),

  rej('assessment', ['role_closed'], {},
    `Dear Candidate,

Thank you for completing the written exercise for the position of Communications Officer.

Due to a restructure in the Communications Directorate, this vacancy has been withdrawn. We are therefore unable to progress your application.

Recruitment Team
Lowmoor County Council`, 'Communications Officer - vacancy withdrawn'),

  rej('interview', ['culture_fit'], {},
    `Hi Jesse,

Thanks for meeting the team on Friday. After thinking it over, we don't feel it's the right fit with the team at this point, so we won't be moving forward.

Wishing you the best,
Dana
Hiring Manager, Rootbound Outdoor`, 'Team meeting follow-up'),

  rej('final', ['culture_fit'], { ...fb, ...offered },
    `Dear Arnav,

Thank you for spending the day with us for the final round.

The panel were in no doubt about your technical ability. Their hesitation was about collaboration: in the pairing session you took over the keyboard several times and didn't bring your partner along with your reasoning, and the way this team works depends heavily on pairing. On that basis we've decided not to make an offer.

I realise that's a hard thing to read. If you'd like to talk it through, I'm happy to do a call.

Kind regards,
Helga Brandt
Engineering Director, Fjordlight`, 'Final round - Fjordlight'),

  rej('interview', ['culture_fit', 'profile_mismatch'], {},
    `Dear Ms Ferreira,

Thank you for your interview for the Office Manager post. After careful consideration we have decided to proceed with a candidate who we feel is a better fit for our values and whose experience more closely meets our needs.

With best wishes,
Partners' Office
Ferris & Mayhew Solicitors`, 'Office Manager post'),

  rej('interview', ['location'], { ...fb },
    `Hi Tomás,

Thanks for interviewing with us. We've decided not to move forward with your application for Solutions Engineer.

As discussed with Ahmed in the interview, this role requires you to be within commuting distance of our Austin office and visit customer sites in Texas weekly, and you told us you're not planning to relocate from Denver. That was the main factor.

Best of luck,
Kayla Brooks
Recruiting, Terrafold`, 'Solutions Engineer - Terrafold'),

  rej('application', ['location'], { ...fb },
    `Thank you for applying. Unfortunately, we can only consider candidates who already have the right to work in Australia for this position, so we are unable to proceed with your application.

Regards,
Talent Team
Wattlebrook Agribusiness`, 'Application - Farm Operations Supervisor'),

  rej('final', ['location', 'salary'], { ...fb, ...door },
    `Hi Aisha,

Thanks so much for meeting the founders for the final round last week. We're not going to make an offer this time, and I want to be clear about why.

Two practical things got in the way rather than anything about your interviews: you'd need visa sponsorship for the Amsterdam office, which we can't do as a company of our size yet, and your salary expectation of EUR 95k is about 20k above what we've budgeted for this role.

If either of those changes - or once we're big enough to sponsor - please get in touch. We'd love to talk again.

Joost
COO, Tulpfield`, 'Tulpfield - where we landed'),

  rej('screen', ['salary'], { ...fb },
    `Dear Mr. Kaplan,

Thank you for the conversation on Tuesday about the Controller opening. Having reviewed compensation expectations with the hiring team, we don't believe we are aligned, and so we will not be moving forward.

Best regards,
Ruth Ellison
Ellison Search Partners`, 'Controller opening'),

  rej('interview', ['salary'], { ...fb, ...offered },
    `Hi Chloé,

Thanks for meeting with Pierre and me. We both enjoyed it.

I'm afraid we can't go further, and it's down to salary. You mentioned you're looking for at least CHF 130,000, and our range for the role is capped at CHF 110,000, with no flexibility this year.

Feel free to get in touch if you'd like any other feedback from the interview.

Best regards,
Nathalie Rochat
RH, Léman Biotech SA`, 'Your interview at Léman Biotech'),

  rej('interview', ['overqualified'], { ...fb },
    `Dear Dr. Ramachandran,

Thank you for interviewing for the Lab Technician position. The panel felt that your experience significantly exceeds the requirements of this role, and we have decided not to proceed with your application.

We wish you well in your career.

Kind regards,
Laboratory Services, Coastal Diagnostics`, 'Lab Technician'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Peter,

Thanks for applying to the Junior Bookkeeper role. With fifteen years as a finance director, you're a lot more experienced than this position needs - it's mainly data entry and bank reconciliations - and we don't think it would keep you interested for long.

If we ever advertise a part-time FD role we'd love to hear from you.

Regards,
Claire
Glenmore Garden Centres`, 'Junior Bookkeeper'),

  rej('screen', ['overqualified'], { ...fb },
    `Hi Svetlana,

Thanks for the call this morning. I discussed your profile with the hiring manager straight afterwards. Given you've led teams of 30 translators and run an agency yourself, she feels a junior in-house translator role wouldn't be a good match for your seniority, so we won't be moving forward.

All the best,
Anton Volkov
Recruiter, Severa Publishing`, 'Junior In-house Translator'),

  rej('final', ['overqualified', 'profile_mismatch'], { ...fb },
    `Dear Graham,

Thank you for your time at the final interviews for Operations Supervisor. We felt your experience was well beyond the level of this role and decided to appoint a candidate whose profile better suits the position.

Kind regards,
HR, Bellmont Foods`, 'Operations Supervisor - decision'),

  // ── Generic and mismatch at every stage
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Lina,

Thank you for your interest in joining Paperplane as a UX Researcher. After reviewing your application, we've decided to pursue candidates whose experience more closely matches what we need for this role.

We'll keep your profile in our talent community and let you know about future openings that fit.

The Paperplane Talent Team`, 'Thanks for applying to Paperplane'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Dominik,

Thanks for the call on Friday. Having talked it through with the team, we don't think your background is the right match for this role, so we won't be taking things further.

Thanks again,
Stefanie`, 'Following up'),

  rej('interview', ['generic'], {},
    `Your interview for Sales Associate (Store 214) - result

Dear Keisha,
Thank you for interviewing with Summit Outfitters. After careful consideration, we have decided to move forward with other candidates.
We appreciate your interest in Summit Outfitters.

Summit Outfitters Recruiting
Powered by iCIMS | Please do not reply to this message.`, 'Your interview for Sales Associate'),

  rej('final', ['generic'], {},
    `Hello Marek,

Thank you for participating in the final stage of our selection process for the Key Account Manager role. Unfortunately, you were not selected.

We thank you for the time you invested in our process.

Best regards,
HR Team, Danubia Pharma Kft.`, 'Key Account Manager'),

  rej('assessment', ['generic'], { ...door },
    `Hi Sanjay,

Thank you for completing the HackerRank challenge for our Backend Developer role. We've had an exceptional response and, after reviewing all submissions, have decided not to move forward with your application.

We'd like to keep in touch - we'll add you to our talent pool and let you know about relevant roles.

Cheers,
Recruiting, Zumo Payments`, 'Zumo Payments - Backend Developer'),

  // ── Long letters with the key sentence in the middle, footers and quoted history
  rej('interview', ['skills_gap'], { ...fb, ...offered, ...door },
    `Dear Mr Abiodun,

RE: APPLICATION FOR THE POSITION OF SENIOR PETROLEUM ENGINEER (REF: HPE/2025/031)

We refer to your application for the above position and your subsequent attendance at the technical interview held at our Victoria Island office on Monday, 14 July 2025.

On behalf of the management of Harcourt Petroleum Exploration Limited, I wish to thank you for the interest you have shown in our organisation and for the time and effort you devoted to the selection process. We received a large number of applications for this position and the standard of candidates who attended the interview was high.

The interview panel has now concluded its deliberations. After careful assessment of all candidates against the requirements of the role, we regret to inform you that your application was not successful. The panel observed that, although your reservoir simulation work was of a good standard, you have not yet led a well test design and interpretation programme, and the position requires at least three years of such leadership on offshore assets.

Please be assured that this decision does not diminish your professional achievements. Your details will be retained in our database and you may be contacted should a suitable vacancy arise in future. Should you require further clarification on the panel's observations, you may write to the undersigned.

We wish you success in your future endeavours.

Yours faithfully,
For: Harcourt Petroleum Exploration Limited

Mrs. Bisola Adeyemi-Cole
Head, Human Capital Management

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Harcourt Petroleum Exploration Limited accepts no liability for any damage caused by any virus transmitted by this e-mail.`, 'RE: APPLICATION FOR THE POSITION OF SENIOR PETROLEUM ENGINEER'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Freya,

I hope this finds you well, and that the rest of your week has been a bit calmer than ours!

First of all, thank you so much for the time you've given us over the last few weeks. I know how much energy goes into preparing for interviews - especially the portfolio walkthrough, which we don't make easy - and it really showed. Lotte and Arne both mentioned afterwards how much they enjoyed talking with you about the museum wayfinding project, and Arne has been quoting your line about "signs nobody reads" ever since.

We've now finished the second round and had our decision meeting yesterday. I'm sorry to tell you that we've decided to move ahead with another designer whose experience lines up more closely with the kind of work we have booked for next year.

I know this isn't what you were hoping to hear, and it's not a judgement on your talent. We're a small studio, and we try to be honest with people rather than leaving them hanging, so I wanted to let you know as soon as the decision was made.

We'd genuinely like to stay in touch. We take on freelancers for bigger projects a few times a year and I'd like to add you to that list, if that's OK with you. And if a permanent role opens up that suits you better, you'll hear from me.

Thanks again, and good luck with everything,

Mette
Studio Manager
Kvist & Holm Design, Copenhagen
www.kvistholm.dk`, 'Graphic Designer - second round'),

  rej('assessment', ['assessment'], { ...fb },
    `From: no-reply@talent.ravenscarbank.com
Subject: Your application: Graduate Analyst (Risk) - REQ-88213

Hello Ngozi,

Thank you for your continued interest in Ravenscar Bank. We have now reviewed the results of the online Risk Scenario exercise you completed on 22 January.

Your result
  - Overall score: 58 / 100
  - Required for progression: 65 / 100
  - Strongest section: Data interpretation
  - Section below standard: Written recommendation (the response did not reach a clear conclusion within the word limit)

Based on this result, we are unable to progress your application further in this year's programme.

Kind regards,
Early Careers Team
Ravenscar Bank plc

Ravenscar Bank plc is registered in England and Wales, no. 01234567. Registered office: 1 Threadneedle Court, London. Authorised by the Prudential Regulation Authority. Do not reply to this email; this mailbox is not monitored.`, 'Your application: Graduate Analyst (Risk) - REQ-88213'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hello Darius,

Thank you for your patience while we finished interviewing for the Store Manager role.

The district team said you were clearly strong on operations and numbers. Where they saw a gap was in the people side: in the scenario about a struggling team member, your answer went straight to formal performance measures, and at Pinewood we put coaching first. They didn't think that approach would sit well with our store culture, so we won't be moving forward.

Thanks again for your time,
Nicole Hart
District Manager, Pinewood Home & Garden`, 'Store Manager interview'),

  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Hi Malik,

Thanks for your time on the video interview last Tuesday.

We've decided not to progress your application for Site Reliability Lead, for two reasons the panel raised:
1) We need someone with on-call leadership experience for a 24/7 payments platform; your background is mostly internal tooling.
2) The role needs to be based in Lisbon or within the Portugal timezone for on-call cover, and you said you'd stay in Vancouver.

Best of luck,
Ines Carvalho
Talent Acquisition, Paydeck`, 'Site Reliability Lead'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Jana,

Good talking earlier. As I mentioned at the end of the call, the client is firm on fluent German for this one (the whole finance team works in German and all reporting is in German), and with your B1 level I can't put you forward for it.

I'll keep you in mind for the English-speaking roles I have in Vienna - there are usually a couple a month.

Cheers,
Markus Eder
Senior Consultant, Finance & Accounting
Brunnhof Personalberatung`, 'Finance Analyst - Vienna'),

  rej('interview', ['generic'], { ...offered },
    `Hi Thabo,

Thanks for coming in to meet Grant and Zanele. We won't be moving forward with your application for the Junior Developer role.

I don't have detailed feedback to hand right now, but Grant has said he's happy to give you some. Just drop me a line and I'll organise it.

Best,
Lindiwe
Ops & People, Kopje Labs`, 'Junior Developer'),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Dear Rebecca,

Thank you for taking part in the final round for Head of Finance.

Unfortunately we won't be offering you the role.

Best wishes,
Isobel Crane
CEO, Marlow Tide Charity

P.S. You asked me to be candid if it didn't work out: the trustees wanted someone who had already taken a charity through a full statutory audit as the lead finance person, and that's the one piece you haven't done yet. I'm happy to talk it through over coffee if it would help.`, 'Head of Finance'),

  rej('interview', ['position_filled', 'skills_gap'], { ...fb, ...door },
    `Hi Sven,

Thanks again for the second interview. I'm sorry to say we've filled the Warehouse Supervisor role.

The team asked me to pass on one thing: your answers on safety were excellent, but they'd have liked more concrete examples of managing shift schedules for bigger teams - that's what tipped it toward the person we hired.

We'll keep your details for the next supervisor opening.

Regards,
Anders Lund
Nordkyst Lager AB`, 'Warehouse Supervisor'),

  rej('application', ['generic'], {},
    `Dear Ayesha,

Thank you for applying for the Teaching Assistant position at Greenhill Primary.

We regret to inform you that you have not been shortlisted for interview. Due to the number of applications received, we are unable to offer feedback to candidates who have not been shortlisted.

Yours sincerely,
Mrs. J. Bellamy
School Business Manager`, 'Teaching Assistant application'),

  rej('interview', ['generic'], { ...door },
    `Hi Kofi,

Thanks for interviewing for the Field Sales role. Great to meet you and we appreciated your energy.

We've decided to go with another candidate this time. We'd really encourage you to apply again in the future - we hire for field sales a few times a year.

Thanks,
Emeka
Sales Manager, Kora Beverages`, 'Field Sales'),

  rej('screen', ['salary', 'overqualified'], { ...fb },
    `Hi Ruth,

Thanks for the call earlier. I've chatted with Phil and we're going to pass for now. Your experience is well beyond this coordinator role, and your range (£65k+) is quite a way above the £38k we've budgeted - I don't think we could make it work for either side.

All the best,
Jade
Recruiter, Heathfield Leisure`, 'Coordinator role'),

  // ── Paused processes
  hold('interview', ['role_closed'], {},
    `Hi Ewan,

Thanks for your patience since your interview on the 3rd. I wanted to let you know that the hiring for the Data Engineer role has been paused while we wait for next year's budget to be approved. We haven't made a decision on any candidate, and you're still very much in the process.

I expect to have an update by the end of January.

Best,
Sinead O'Brien
Talent, Clearwater Analytics Ltd`, 'Data Engineer - update'),

  hold('application', ['generic'], {},
    `Dear Applicant,

Thank you for your application for Environmental Health Officer. Due to a high number of applications, shortlisting is taking longer than anticipated. We expect to contact shortlisted candidates by 28 November.

We apologise for the delay.

Recruitment Team
Fenmarsh Borough Council`, 'Environmental Health Officer - shortlisting delayed'),

  hold('final', ['role_closed'], { ...offered },
    `Hi Naledi,

I owe you an update after the final round. The board has put all senior hires on hold until the funding round closes, which could take six to eight weeks. We haven't ruled you out; we just can't make any offers right now.

In the meantime, if you'd like the feedback from your final presentation, I'm happy to share it - it was largely very positive.

Warmly,
Pieter Botha
CEO, Veldwise`, 'Quick update on Head of Product'),

  hold('assessment', ['generic'], {},
    `Hi Aryan,

Thanks for submitting the take-home. Just a heads up that our reviewers are a bit behind this week due to a release, so it will be another week or so before you hear back. Nothing to worry about!

Cheers,
Molly, Recruiting @ Hexbeam`, 'Your take-home'),

  hold('screen', ['role_closed'], { ...door },
    `Hi Lucy,

Thanks for the call on Monday. I've just heard that the Client Services Manager role is on hold for now while the business reviews the team structure. I'll keep your details and come back to you as soon as it reopens.

Kind regards,
Paul Whitaker
Whitaker Moss Recruitment`, 'Client Services Manager'),

  hold('interview', ['generic'], {},
    `Dear Mr Nakamura,

Thank you for attending the second interview. The decision has been delayed because two members of the panel are travelling this month. We will contact you with the outcome no later than 15 March.

Kind regards,
Yuki Sato
Human Resources, Tohoku Precision Co., Ltd.`, 'Second interview - timing'),

  hold('final', ['generic'], {},
    `Hi Beatriz,

Sorry for the silence since your final interview! We're still waiting on references for another candidate before we make a decision, and we hope to come back to you within the next ten days. You're still in the running.

Best,
Raquel
People Team, Laranja Mobility`, 'Final interview - where things stand'),

  hold('application', ['role_closed'], {},
    `Hello,

We want to let you know that recruitment for the Graduate Software Engineer programme has been temporarily paused while we review our hiring plans for next year. Your application remains on file and will be considered when recruitment resumes.

Thank you for your patience.

Talent Acquisition
Ironbridge Systems`, 'Graduate Software Engineer programme - pause'),

  hold('interview', ['role_closed'], {},
    `Hi Mohammed,

Quick update after your interview with Claire: the Lab Manager position is on hold because of a funding delay from our grant body. We're hopeful it will be resolved next month and will pick things up with you then. Please don't take this as a no.

Thanks,
Dr. Ruth Pereira
Pereira Lab, Institute of Marine Biology`, 'Lab Manager - on hold'),

  hold('assessment', ['generic'], {},
    `Dear Candidate,

Thank you for completing the situational judgement test. We are currently experiencing delays in processing results and expect to update you within three weeks. No action is needed from you at this time.

Resourcing Team
Cardell Civil Service Fast Track`, 'Test results - delay'),

  // ── Look-alikes: feedback, surveys and polite words, nothing declined
  other(`Hi Leon,

Great news - the reviewers liked your take-home and we'd like to invite you to the technical interview.

Some feedback to help you prepare: the error handling in your API was a bit thin (no retries on the payment call), and they'll probably ask you about how you'd add that. They also want to discuss why you chose SQLite over Postgres.

Can you do Thursday at 2pm or Friday at 10am?

Thanks,
Ruby
Recruiting, Sparrowhill`, 'Next steps - technical interview'),

  other(`Dear Aminata,

Thank you for recently taking part in our recruitment process. We'd love to hear about your experience as a candidate, whatever the outcome.

The survey takes about three minutes and your answers are anonymous: https://survey.example-talent.com/cx/48817

Your feedback helps us improve the way we hire.

Candidate Experience Team
Orrin Healthcare`, 'How was your experience with Orrin Healthcare?'),

  other(`Hi Tobias,

Thank you for taking the time to share your thoughts on our interview process. It's really useful to hear that the scheduling felt rushed and that the technical round ran over - I've passed this on to the hiring team and we're looking at how we structure the day.

Your application is still being considered, and I'll be in touch next week with an update.

Best,
Karin Lund
Talent Partner, Stellaris Robotics`, 'Re: Thoughts on the interview day'),

  other(`Hi Priya,

We're delighted you've accepted our offer for the Senior Analyst position! Welcome aboard.

As promised, I've booked a 30-minute debrief with Hannah on Monday at 11:00 so she can share the feedback from your interviews and talk about the areas you'd like to focus on in your first 90 days.

See you soon,
Greg
People Team, Bellweather Insights`, 'Welcome + interview debrief'),

  other(`Hi Sofia,

Congratulations - you're through to the final round for the Brand Manager role!

The panel were impressed with your first interview. A couple of points they'd like you to prepare for next time:
- a deeper dive into the budget you managed at Lumen and how you allocated it
- a clearer view on how you'd measure brand health for a subscription product

The final round will be in person at our Shoreditch office on 12 June. I'll send a calendar invite shortly.

Best,
Elliot
Talent, Pomelo Box`, 'Final round invitation - Brand Manager'),

  other(`Dear Mr. Oyelaran,

Thank you for your application for the position of Civil Engineer. We confirm receipt and will review it carefully. If your profile matches our requirements, we will contact you within two weeks. Due to the number of applications, we cannot respond individually to every candidate.

Kind regards,
HR Department
Gidan Construction Ltd`, 'Application received - Civil Engineer'),

  other(`Hi Mariana,

Thanks for letting us know you've accepted another offer and would like to withdraw from the process for the UX Writer role. We've closed your application.

Congratulations on the new role, and please do keep us in mind in the future - we'd love to hear from you again.

Best,
Tom
Talent, Inkling Apps`, 'Re: Withdrawing my application'),

  other(`Hi Cormac,

Thanks for the interview yesterday, it was great to meet you. Quick note: the team is still interviewing for the Support Engineer role this week and next, and we'll be in touch with everyone by the 22nd. No decision has been made yet.

Best,
Nina
Talent, Ridgeback Cloud`, 'Support Engineer - timing'),

  other(`Hello Asel,

Following your interview, we are pleased to offer you the position of Marketing Coordinator at Steppe Media, starting on 1 September at a salary of KZT 650,000 per month.

Your interviewers asked me to share some feedback: they were impressed by your campaign analysis, and they suggested you spend your first weeks getting to know our CRM, which you mentioned you hadn't used.

Please confirm your acceptance by Friday.

Best regards,
Aigerim Bekova
HR Manager, Steppe Media`, 'Job offer - Marketing Coordinator'),

  other(`Hi Jordan,

Thanks for sending over the case study. The team has had a first look and we'll have feedback for you by Wednesday. If the reviewers have questions, they may reach out to schedule a short call to go through your approach.

Thanks for your patience,
Tamsin
Operations Recruiting, Cloudberry`, 'Case study received'),

  other(`Hi Wen,

Thank you for your feedback request. To clarify, your application for the Data Analyst role has not been closed - the hiring manager is still reviewing applications and we expect to start phone screens next week. You'll hear from us either way.

Kind regards,
Recruitment, Harborview Finance`, 'Re: Feedback on my application?'),

  other(`Dear Chukwuemeka,

Thank you for joining our Talent Network! You'll now receive updates about roles that match your interests in Finance and Operations.

You can update your preferences or unsubscribe at any time.

The Talent Acquisition Team
Lagoon Capital`, 'Welcome to the Lagoon Capital Talent Network'),

  other(`New jobs matching your alert "Project Manager - Remote":

- Project Manager, Digital Delivery - Halcyon Health (Remote, UK)
- Technical Project Manager - Fernway Systems (Remote, EU)
- Project Manager, Construction - Pritchard Build (Birmingham)

Not quite right? Update your alert settings to get better matches.

You're receiving this because you signed up for job alerts. Unsubscribe.`, 'New jobs for "Project Manager - Remote"'),

  other(`Hi Ida,

Thanks for your time today! Here's a quick recap of what Jakob said at the end of the call, since you asked: he liked your examples on supplier negotiation and wants you to meet the Head of Procurement next. He suggested preparing one example of a contract you renegotiated mid-term.

I'll send times for the next interview tomorrow.

Best,
Freja
Talent, Nordlys Foods`, 'Recap + next interview'),

  other(`Dear Dr. Osei,

Thank you for your detailed comments about the selection process for the Senior Lecturer post. We take candidates' feedback seriously and have shared your points about the short notice for the presentation with the Head of School.

Please note that the panel has not yet reached its decision and we will write to all interviewed candidates by 30 June.

Yours sincerely,
Academic Recruitment
University of Kenmare`, 'Re: Selection process - Senior Lecturer'),

  other(`Hi Ahmad,

Thanks for your note asking about the status of your application. I can confirm we received it and it's with the hiring manager now. We aim to get back to everyone within 10 working days.

Best,
Laura
Careers Team, Vireo Energy`, 'Re: Application status'),

  other(`Hello Kaito,

Thank you for completing the coding exercise. You've passed! Your score of 86/100 is above our threshold. The reviewers noted that your tests were thorough, though they'd like to hear more about your caching choices in the next interview.

Our coordinator will contact you to book the system design interview.

Regards,
Engineering Recruiting, Kumo Systems`, 'Coding exercise result - next steps'),

  other(`Hi Hannah,

It was great to talk to you about how you found our hiring process. Your feedback about the lack of salary information in the advert was fair, and we've now added the range to all our job posts.

Thanks again, and good luck in the new job!

Olivia
Head of People, Gridhouse`, 'Thanks for your feedback'),

  other(`Hi Rafael,

You've been invited to complete a one-way video interview for the Customer Success Manager role at Tessera. Please complete it within 5 days using the link below.

Tips: answer in a quiet place, and remember there are no trick questions.

Start interview: https://video.example-hire.com/i/77ab2

Good luck!
The Tessera Hiring Team`, 'Invitation: video interview - Tessera'),

  other(`Dear Ms Nwosu,

Thank you for attending the interview for Finance Officer. We are pleased to inform you that you have been shortlisted for the final stage.

The panel provided some feedback which may help you prepare: your answers on budget monitoring were strong, and they would like you to bring a short example of a variance report you have produced.

The final interview will take place on 9 October at 10:00.

Yours sincerely,
HR Department
Abeokuta Water Corporation`, 'Shortlisted - Finance Officer final stage'),

  other(`Hi Sam,

Just a reminder that your feedback session with the recruitment panel is scheduled for tomorrow at 15:00 via Teams. This is part of our new onboarding process for all hires joining in January.

See you then,
Onboarding Team, Redpath Group`, 'Reminder: feedback session tomorrow'),

  other(`Hi Elena,

Thanks so much for referring your friend Marco for the QA role - we really appreciate it! We'll let you know how his application goes.

Best,
Talent Team, Quay Software`, 'Thanks for your referral'),

  other(`Hi Kalani,

Thank you for your interest in Mahina Resorts. We have received your CV for the Front Desk Agent role and it is currently under review. We appreciate your patience and will be in touch as soon as we have an update.

Mahalo,
Human Resources
Mahina Resorts Maui`, 'Your application is under review'),

  other(`Hi Yara,

Just to say we've received all your references - thank you for arranging them so quickly. Both were very positive. We're now preparing your contract and will send it over tomorrow.

Best,
Isaac
HR, Cedarfield Schools Trust`, 'References received'),

  other(`Hi Rowan,

Thanks for the interview today. As promised, a quick summary of the feedback from Dev and me so you can prepare for the pairing session on Tuesday: your system design thinking was clear; we'd like to see more on how you approach testing legacy code. Nothing to worry about - it's a normal part of the next round.

Talk soon,
Alex
Eng Manager, Saltmarsh`, 'Feedback + pairing session Tuesday'),
];
