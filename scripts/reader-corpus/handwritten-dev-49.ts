/**
 * Development messages of the forty-ninth round, never sealed: short, terse, second-language and threaded mail from
 * about a hundred and thirty different employers. Many are one to three lines typed on a phone ("Sent from my iPhone",
 * "Get Outlook for Android"); many are written by people for whom English is a second language (German, French,
 * Spanish, Polish, Chinese, Arabic, Brazilian Portuguese and Japanese speakers, with their word order and prepositions);
 * many are replies at the top of a thread with the candidate's own earlier message quoted underneath, where the quoted
 * part may ask for an interview, for feedback or to be kept in mind although the sender says none of it. Others are
 * forwarded decisions ("---------- Forwarded message ----------"), mails drowned in long signatures and legal
 * disclaimers, subjects in capitals or with ticket numbers, and LinkedIn-style InMail replies. Labels follow only what
 * the sender writes, never what the quoted candidate text asks for. Look-alikes that decline nothing: short
 * confirmations, reschedules, "got your CV, will come back to you", and old rejections forwarded to a friend with a
 * remark about something else. For development only: the rules may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d49-');

export const HANDWRITTEN_DEV_49: readonly CorpusLine[] = [
  // ── One-liners from a phone
  rej('application', ['generic'], {},
    `Sorry Tom, we've gone with someone else on this one. All the best.

Sent from my iPhone`, 'Re: Site foreman role'),

  rej('screen', ['position_filled'], {},
    `Hi Priya - quick one, the job got filled yesterday. Thanks for the chat last week though.

Get Outlook for Android`, 'Re: Ops coordinator'),

  rej('application', ['generic'], door,
    `nope not this time mate, but send it again when we post the summer roles

Sent from my Galaxy`, 'Re: barista / shift lead'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Jonas, thanks for coming in Tuesday. Honestly we think you're not quite the right fit for what we need. Good luck.

Sent from my iPad`, 'Re: Thanks for today'),

  rej('application', ['role_closed'], {},
    `Role's been pulled by finance, sorry. Nothing I can do. R

Sent from mobile`, 'RE: Junior buyer application'),

  rej('application', ['generic'], {},
    `Not progressing, sorry. Too many applicants to reply individually, no feedback possible.

-- 
Karin`, 'Your application'),

  rej('interview', ['skills_gap'], fb,
    `Hey Sam, appreciate your time on the call with the team. We need someone who has actually shipped Kotlin in production and that came up short. Sorry!

Sent from my iPhone`, 'Re: Android dev - next steps?'),

  rej('final', ['position_filled'], {},
    `Hi Leah, we offered it to the other finalist this morning and she accepted. Really close call. Sorry to be the bearer.

Sent from my iPhone`, 'Re: Final round Thursday'),

  rej('application', ['location'], { ...fb },
    `Thanks but we can only take people already in Queensland for this one, sorry.

Sent from Yahoo Mail on Android`, 'Re: Electrician apprentice'),

  rej('screen', ['salary'], fb,
    `Hi Marco, after our call I checked with the owner and we can't get near 85k, max is 68. So I'll have to leave it there. Cheers`, 'Re: Workshop manager'),

  rej('application', ['generic'], door,
    `Unfortunately no this time. Feel welcome to try again in the spring intake.

Regards
Hollis`, 'RE: GRADUATE PROGRAM 2027'),

  rej('application', ['overqualified'], { ...fb },
    `Hi Derek, honestly you're way too senior for this, it's a first-job type role. Wouldn't be fair on you. Thanks for thinking of us.`, 'Re: Warehouse team member'),

  // ── Second-language writers
  rej('application', ['skills_gap'], fb,
    `Dear Mr. Okafor,

thank you very much for your application as Projektingenieur at us. Unfortunately we must inform you that we cannot consider you further. For this position is the German language at level C1 a must, and from your documents we see B1.

We wish you for your further way all the best.

Mit freundlichen Grüßen
Sabine Krauter
Personalabteilung
Krauter & Söhne Anlagenbau GmbH
Industriestraße 14, 73430 Aalen
Geschäftsführer: Matthias Krauter | Amtsgericht Ulm HRB 70331`, 'Ihre Bewerbung / your application Projektingenieur'),

  rej('interview', ['profile_mismatch'], {},
    `Hello Mrs Lindqvist,

Following to our interview of last Monday, I come back towards you. After reflexion, we have decided to not continue with your candidature, your profile not corresponding enough to what we search for this post.

I thank you for the interest which you have given to our society and I wish you good continuation.

Cordially,
Amélie Fournier
Chargée de recrutement
Verdelis Cosmétiques – Lyon`, 'Suite à notre entretien'),

  rej('application', ['position_filled'], {},
    `Hello Daniel,

Thank you for your interest for the position of Logistic Analyst. We want to inform you that the position is already covered, we have selected a candidate since two weeks.

We wish you much success in your search.

Saludos cordiales,
Lucía Ferrer
Recursos Humanos
Transportes Ibarra Hermanos S.L.
Zaragoza, España`, 'Position Logistic Analyst'),

  rej('screen', ['location'], { ...fb },
    `Dear Mr. Hughes,

thank you for the phone conversation on Wednesday. Unfortunately after checking with our legal department we are not able to employ persons without a work permit for Poland from the first day, and the procedure will be too long for our project start.

I am sorry for this information. Best regards,
Magdalena Wróbel
HR Specialist
Pomorskie Systemy Energetyczne Sp. z o.o.`, 'Your application – Electrical Designer'),

  rej('assessment', ['assessment'], fb,
    `Dear Ms. Chen,

Thank you for finish the test task we sent. Our team has check it carefully. Regret to inform you that the result did not reach our standard, especially the data cleaning part had many missing steps and the SQL query was not return correct numbers.

So we will not arrange next round for you. Thank you again and wish you good luck.

Best regards
Zhou Yiting
HR Department
Hangzhou Xinrui Data Technology Co., Ltd.`, 'Result of test task'),

  rej('application', ['generic'], door,
    `Dear Mr. Al-Harbi,

Greetings. We are thanking you for the interest to join our company. We regret to inform that your application is not selected in this time. We will keep your CV in our data base for the future vacancies which may suitable.

Best Regards,
Human Resources Department
Gulf Horizon Contracting W.L.L.
P.O. Box 22871, Doha – Qatar`, 'Application'),

  rej('interview', ['skills_gap', 'salary'], fb,
    `Oi Rafael, tudo bem? I write in English because the manager is copied.

We liked very much to talk with you on Friday. But we have decided for other person, because we need more experience with SAP FI than you have, and also the salary you ask is above what we can pay for this level.

Thanks a lot and success!
Beatriz Nogueira
People & Culture | Cervejaria Serra Alta
São Paulo – SP`, 'Re: Entrevista analista financeiro'),

  rej('final', ['generic'], offered,
    `Dear Mr. Becker,

Thank you very much for coming to our office in Osaka for the final interview with our directors. We are very sorry, but after careful discussion we decided not to make offer to you this time.

If you wish to hear the comment of our directors, please tell me, I can share by telephone.

We pray for your further success.

Sincerely,
Yuki Matsumoto
Human Resources Group
Kansai Precision Instruments Co., Ltd.`, 'About result of final interview'),

  rej('application', ['profile_mismatch'], {},
    `Hallo Herr Brandt,

many thanks for your interest. After looking your CV we think your profile goes not in the direction of this job. Therefore we must give you a negative answer.

Viele Grüße
Tobias Heller
Nordwerk Digital GmbH`, 'AW: Bewerbung Frontend Developer'),

  rej('interview', ['culture_fit'], fb,
    `Bonjour Kevin,

Thanks for the two meetings with the team. I will be direct: everybody found you very competent, but we think the way of work you described — very autonomous and alone — is not matching with our team which works a lot in pair and in collective. So we prefer to stop here.

Bonne continuation,
Julien Marchetti
CTO, Pastelle (Bordeaux)`, 'Retour entretiens'),

  rej('application', ['location'], { ...fb },
    `Estimado Sr. Walsh,

Thank you for apply. This vacancy is for persons with residence in Mexico and the permission to work here, and we don't make sponsorship of visa for this level. For this reason we cannot advance with your application.

Atentamente,
Reclutamiento
Grupo Alimentario Sierra Verde, S.A. de C.V.
Monterrey, N.L.`, 'Vacante Supervisor de Calidad'),

  rej('application', ['internal_candidate'], {},
    `Dear Ms. Nowak,

Thank you for your application. We inform that the position of Team Leader was given to a person from inside our company who was already working in the department. Therefore the recruitment is closed.

Kind regards,
Paweł Zieliński
Recruitment Team | Bałtycka Logistyka S.A.`, 'Team Leader recruitment'),

  rej('assessment', ['assessment'], {},
    `Dear applicant,

We are sorry that your score in the online aptitude test was under the pass line. According to our policy we cannot continue your process.

Thank you.
Recruitment Center
Daewon Electronics Vietnam`, '[NOTICE] Online test result'),

  rej('screen', ['overqualified', 'salary'], fb,
    `Mr. Fischer, hello,

Thank you for the call yesterday. Honestly we think your experience is much more than this position need, it is a junior coordinator job, and also the salary range is far from your current one. So we think it is better not to continue, for both sides.

Best wishes,
Ewa Kaczmarek
HR, Kraków`, 'Re: Coordinator position'),

  rej('final', ['profile_mismatch'], {},
    `Dear Mr. Omar,

After the last round with our General Manager, we have choose another candidate whose profile was more close to what the company needs now. It was difficult choice between the final two.

We thank you for the effort and the time in travelling to Dubai.

Regards,
Noura Al Mansoori
Talent Acquisition
Falcon Crest Hospitality Group`, 'Final interview result'),

  // ── Replies on top of the candidate's own message
  rej('interview', ['generic'], {},
    `Hi Megan,

Thanks for following up. I'm afraid we won't be taking things further.

Best,
Colin

On Mon, 9 Nov 2026 at 10:14, Megan Ashworth wrote:
> Hi Colin,
> Just checking in after my interview on the 2nd. Would love any feedback you can share, and if it's not me this time please keep me in mind for future openings!
> Thanks,
> Megan`, 'Re: Checking in - Marketing Exec'),

  rej('application', ['generic'], {},
    `Thanks Owen - we've decided not to progress your application.

-----Original Message-----
From: Owen Pryce
Sent: 03 November 2026 16:40
To: Careers
Subject: Application - Estimator
Hello, please find attached my CV for the estimator role. I'd welcome the chance of an interview to discuss my experience. Happy to receive any feedback too.
Regards, Owen`, 'RE: Application - Estimator'),

  rej('screen', ['skills_gap'], fb,
    `Hi Ana, sorry, not this time - the hiring manager wants someone with CPA already done, not in progress.

> On 12 Oct 2026, at 08:02, Ana Ruiz wrote:
>
> Hi Jess, thanks again for the call on Friday, it was great to hear about the team. Is there any news on next steps? Happy to do an interview any day next week.`, 'Re: Senior Accountant'),

  rej('interview', ['position_filled'], door,
    `Hi Ravi,

Apologies for the slow reply. We've actually made an appointment for the role now. I'll definitely keep your details and reach out if something similar comes up.

Thanks,
Hannah

From: Ravi Menon
Sent: Wednesday, October 21, 2026 9:12 AM
To: Hannah Lowe
Subject: Following up - Data Engineer interview

Hi Hannah, hope you're well. I interviewed with Sarah and Mike two weeks ago and haven't heard back. Could you let me know where things stand?`, 'RE: Following up - Data Engineer interview'),

  rej('application', ['profile_mismatch'], {},
    `Hi Chloe, thanks for the note but we don't think your background lines up with this one.

Kind regards
Dominic Shaw
Head of Studio | Fernleaf Architects

On Thu, Nov 5, 2026 at 7:51 PM Chloe Barnard wrote:
> Dear Dominic, I sent my portfolio last week for the Part II Architectural Assistant post and wondered whether you had the chance to look. I would be very grateful for an interview, or failing that any feedback on the portfolio.`, 'Re: Part II Assistant - portfolio'),

  rej('assessment', ['assessment'], {},
    `Hey Lukas — unfortunately the take-home didn't pass review so we'll stop here. Thanks for the effort you put in.

— Mira

On Tue, Oct 27, 2026, Lukas Weber <lukas.w@example.com> wrote:
> Hi Mira, submitted the take-home via the link a few minutes ago. Let me know if anything is unclear, I'm keen to get to the interview stage!`, 'Re: take-home submitted'),

  rej('application', ['generic'], offered,
    `Hi Imogen,

We won't be moving your application forward, sorry. If you want a couple of lines on why, just reply and I'll ask the panel.

Ellie

-----Original Message-----
From: Imogen Tate
To: Recruitment
Subject: Museum Learning Officer - application
Please find my application attached. I look forward to hearing from you.`, 'RE: Museum Learning Officer - application'),

  rej('final', ['internal_candidate'], {},
    `Hi Brendan,

Wanted to let you know personally: after the final panel we've appointed from within the existing team. You were very strong and it was genuinely close.

Regards,
Philippa

> From: Brendan Kerr
> Sent: 14 September 2026 11:03
> Subject: Thank you - final interview
> Philippa, thank you and the panel for your time yesterday. I'd be thrilled to join and I'm happy to provide references whenever needed.`, 'RE: Thank you - final interview'),

  rej('interview', ['role_closed'], {},
    `Hi Yasmin,

Awkward news: the role has been restructured into a wider position and the original vacancy no longer exists, so we can't carry on with your application. Sorry after two rounds with us.

Tim

On Mon, 30 Nov 2026 09:15, Yasmin Haddad wrote:
> Hi Tim, any update on the second interview? I'm holding another offer until Friday so a quick word would help. Happy to hear any feedback either way.`, 'Re: Second interview update'),

  rej('screen', ['location'], fb,
    `Hi Noah — sorry, turns out this one is fully in-office in Denver, 5 days. You mentioned on our call you'd need remote so I'll close it out for now.

> Noah Price wrote:
> Thanks for the screen today! Just to confirm I'm based in Tucson and would prefer remote, but let me know about the next interview.`, 'Re: Thanks for the screen'),

  // ── Forwarded decisions
  rej('interview', ['skills_gap'], fb,
    `Hi Sophie, see below from the client — sorry it's a no.

---------- Forwarded message ---------
From: Grant Holloway <g.holloway@tidewater-eng.example>
Date: Fri, 13 Nov 2026 at 15:22
Subject: RE: Candidate - Sophie Lam
To: Ben Tasker <ben@brightpathrecruit.example>

Ben, thanks for sending Sophie over. Nice interview but she's light on the commissioning side — we need someone who has led site acceptance tests on their own. Not one for us.
Grant`, 'Fwd: RE: Candidate - Sophie Lam'),

  rej('application', ['position_filled'], {},
    `FYI – the bakery came back to me, see below.

---------- Forwarded message ----------
From: Rosa Delgado
Date: Tue, Nov 3, 2026
Subject: Re: Pastry chef - candidate
To: Kirsty Vane

Hi Kirsty, thanks but we already hired for pastry last week. Rosa`, 'Fwd: Re: Pastry chef - candidate'),

  rej('final', ['salary'], fb,
    `Alex,

Forwarding the client's reply. They went with the other finalist in the end, purely on the package — your number was about 15% above where they could go.

Dean

Begin forwarded message:

From: "Harriet Lowe" <hlowe@quaysidefunds.example>
Subject: Head of Compliance - decision
Date: 19 November 2026 at 17:48:09 GMT

Dean — we've decided to go with candidate B. Alex impressed at the final but we can't stretch to his salary expectations. Harriet`, 'Fwd: Head of Compliance - decision'),

  rej('application', ['generic'], door,
    `Hi Kwame, passing this on from HR as I referred you. Sorry it's not better news!

-------- Original Message --------
Subject: Referral: Kwame Asante - Network Engineer
From: Talent Team
To: Marcus Bell

Hi Marcus, thanks for the referral. We've reviewed Kwame's application and won't be moving forward at this time. We'd encourage him to apply for future roles that match his experience.`, 'Fwd: Referral: Kwame Asante - Network Engineer'),

  rej('screen', ['culture_fit'], fb,
    `Forwarding the feedback from Nina's team, sorry.

---------- Forwarded message ----------
From: Nina Sorensen
Subject: re: candidate call

Thanks for setting up the intro call. Lovely person but I don't think she'd gel with a small, very hands-on start-up team — she kept asking about structure and process we simply don't have. Pass for now.`, 'Fwd: re: candidate call'),

  // ── Long signatures and legal disclaimers
  rej('application', ['generic'], {},
    `Dear Martin,

Thank you for applying. We regret that we will not be progressing your application.

Regards,

Gillian Maddox
Recruitment Administrator
Hartwell & Crane LLP
1 Cathedral Square, Leeds LS1 4DQ
T: +44 113 555 0190 | www.hartwellcrane.example

Hartwell & Crane LLP is a limited liability partnership registered in England and Wales with registered number OC398812 and is authorised and regulated by the Solicitors Regulation Authority (SRA number 611204). A list of members is available for inspection at the registered office. We use the word "partner" to refer to a member of the LLP.

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete this email; you must not copy, distribute or rely on it. Internet communications are not secure and we accept no liability for any errors or omissions. We will never change our bank details by email — please call us to verify any request to transfer funds. Please consider the environment before printing this email.`, 'Trainee Solicitor 2028 – your application'),

  rej('interview', ['profile_mismatch'], door,
    `Hi Fatima,

Thanks for interviewing with us for the Clinical Research Associate opening. We've chosen a candidate whose experience matched the role more closely. We'll hold on to your details and would be glad to hear from you for future openings.

Warm regards,
Jordan

Jordan Pierce | Talent Partner
Meridale Clinical Research, Inc.
400 Commerce Drive, Suite 210 | Durham, NC 27703
Direct 919-555-0148 | Mobile 919-555-0192
meridale.example | LinkedIn | Glassdoor

Proud to be a Top Workplace 2025 & 2026 🏆

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information, including protected health information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.`, 'Clinical Research Associate - update'),

  rej('application', ['skills_gap'], fb,
    `Dear Siddharth,

Thank you for your application for Structural Engineer. Regrettably we are unable to take it further as the position requires Chartered status (CEng) and we note you are working towards this.

Yours sincerely,

Recruitment Team
Brennan Oakes Consulting Engineers Ltd

---
Brennan Oakes Consulting Engineers Ltd. Registered in Scotland No. SC512207. Registered office: 22 Canning Street, Edinburgh EH3 8EG.
The information in this email is intended only for the named recipient and may be privileged or confidential. If you are not the intended recipient please notify us immediately and do not copy, distribute or take action based on this email. Brennan Oakes accepts no responsibility for viruses and it is your responsibility to scan any attachments. Opinions expressed in this email are those of the sender and not necessarily those of the company.`, 'Structural Engineer – application'),

  rej('final', ['position_filled'], { ...door, ...offered },
    `Hi Gemma,

Thank you for taking part in the assessment day and final interview. We have now offered the position to another candidate who has accepted. If you'd find feedback useful I'm happy to arrange a short call, and we'd encourage you to keep an eye on our vacancies.

Best wishes,

Naomi Hurst
People Advisor
Ashdown Housing Association
Registered Society no. 29811R | Regulator of Social Housing no. L4470
Ashdown House, Mill Road, Cambridge CB1 2AZ

Ashdown Housing Association is committed to safeguarding and promoting the welfare of children and adults at risk. Disclaimer: this message is confidential and may be privileged. If received in error please notify the sender and delete it. Views expressed are not necessarily those of Ashdown Housing Association. Emails may be monitored for lawful business purposes.`, 'Housing Officer – outcome'),

  rej('assessment', ['assessment'], {},
    `Dear candidate,

We regret to let you know that your results in the numerical and verbal reasoning assessments did not meet the threshold for the next stage of the programme.

Graduate Recruitment
Castellan Bank plc

**********************************************************************
This email is from Castellan Bank plc. Castellan Bank plc is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. Registered in England No. 00811492. Registered office: 5 Threadneedle Row, London EC2R 8AH.
This message and any attachments are confidential. If you have received it in error, please delete it from your system and notify the sender. Castellan Bank plc does not accept liability for any loss or damage caused by viruses.
**********************************************************************`, 'Castellan Graduate Programme – assessment outcome'),

  rej('application', ['location'], { ...fb },
    `Hi Pedro,

Thanks for applying. This role requires existing right to work in Australia and unfortunately we are not in a position to sponsor a visa, so we won't be progressing.

Cheers,
Talent Team | Coastline Fitness Group

Coastline Fitness Group acknowledges the Traditional Custodians of the lands on which we work and pay our respects to Elders past and present.
This email and any attachments are confidential. If you are not the intended recipient, please delete it and notify the sender. Coastline Fitness Group Pty Ltd ABN 44 612 809 331.`, 'Your application - Gym Floor Manager'),

  // ── InMail-style replies
  rej('application', ['generic'], {},
    `Hi Vikram, thanks for reaching out. We've moved ahead with other candidates for the DevOps role. Best of luck!

Reply · View profile
Olivia Grant · Technical Recruiter at Lumenfield
You are receiving InMail notification emails. Unsubscribe`, 'Olivia Grant replied to your message'),

  rej('application', ['profile_mismatch'], door,
    `Hey Daniela! Appreciate the message. Had a look and I don't think your experience is quite what the team's after for this req, but I'll keep you in my network for things that fit better.

Message sent via Linkup InMail. Reply to this message on Linkup.`, 'New message from Chris Alvarez'),

  rej('screen', ['overqualified'], fb,
    `Thanks for the time on the phone yesterday, Hamid. Hiring manager's view is that with 15 years you'd be overqualified for a mid-level IC role and likely bored in six months. Sorry!

— Taylor (via InMail)`, 'RE: Quick intro call'),

  rej('interview', ['culture_fit'], offered,
    `Hi Greta, thank you for meeting the team. After discussion we don't feel it's the right fit with how the team works day to day, so we won't progress. If it's useful I can share more over a quick call — just say.

Sent via InMail · Priya Raman, Talent Acquisition Lead at Orchard Health`, 'Re: Product Designer'),

  rej('application', ['role_closed'], {},
    `Hi Ben - the position you messaged about was put on hold indefinitely by leadership, so we're not taking any applications forward. Sorry for the dead end.

Sent via InMail`, 'Re: Senior Data Analyst role'),

  // ── Capital subjects and ticket numbers
  rej('application', ['generic'], {},
    `Dear Applicant,

Your application reference APP-448129 for the post of CUSTOMER SERVICE ADVISOR has been unsuccessful.

This mailbox is not monitored.`, 'APPLICATION OUTCOME - REF APP-448129'),

  rej('interview', ['generic'], {},
    `Hello,

Regarding your request #58231: the hiring team has closed your candidacy for Systems Administrator (req 2026-0917) after the interview stage. No further action is required from you.

Candidate Support Desk
Please do not change the subject line when replying, as it contains your ticket number.`, '[Ticket #58231] Candidacy status – Systems Administrator'),

  rej('application', ['skills_gap'], fb,
    `Dear Mr Osei,

Your application does not meet the essential criteria: a current HGV Class 1 licence with CPC card. We are therefore unable to progress it.

Transport Recruitment`, 'RE: HGV DRIVER VACANCY - NIGHTS'),

  rej('assessment', ['assessment'], fb,
    `Hi Zoe,

Thanks for sitting the Excel assessment. You scored 52% against a 70% pass mark; the pivot tables and XLOOKUP sections were where most marks were lost, and those are daily tasks in this role. We won't be taking your application further.

Recruitment | Ref FIN-ASSIST-0331`, 'RE: [FIN-ASSIST-0331] ASSESSMENT RESULT'),

  rej('screen', ['generic'], {},
    `Hi Carl,

Following your phone screen we will not be proceeding.

Thank you,
Talent Ops
JIRA-REC-2210`, 'URGENT: UPDATE ON YOUR APPLICATION [REC-2210]'),

  rej('final', ['profile_mismatch', 'position_filled'], {},
    `Dear Ms Adeyemi,

Thank you for attending the final interview for Deputy Head of Finance. The panel has offered the role to a candidate whose experience was a closer match to the brief, and that offer has been accepted.

Kind regards
HR Services – Ref HR/2026/1184`, 'DEPUTY HEAD OF FINANCE - OUTCOME (REF HR/2026/1184)'),

  // ── More short ones, all stages
  rej('application', ['generic'], {},
    `Thanks for applying. It's a no from us this time.

Team Whisk & Ladle`, 'Line cook'),

  rej('interview', ['generic'], {},
    `Thanks for meeting us Thursday Ollie. We've decided not to go ahead. All the best. Fran`, 'Re: Thursday'),

  rej('application', ['internal_candidate'], {},
    `Hi Jade, role's going to someone already on the team, sorry. Thanks for applying!`, 'Re: Team Lead - Front of House'),

  rej('screen', ['skills_gap'], fb,
    `Sorry Nikhil — after your call, the manager says no. Needs Spanish, fluent, for the LatAm accounts.`, 'Re: Account Manager'),

  rej('final', ['generic'], {},
    `Hi Erin, we're not going to offer after the final round. Thanks for everything. Best, Lou`, 'Re: Final round'),

  rej('assessment', ['assessment'], {},
    `Hey Dev, coding challenge didn't pass the bar unfortunately. Thanks for giving it a go.`, 'Re: coding challenge'),

  rej('application', ['location'], fb,
    `hi! sorry we can only hire in the EU for this one, saw you're in Canada. good luck!!`, 'Re: customer success (remote)'),

  rej('application', ['generic'], door,
    `Not a yes this round Maya, but do keep an eye on our page and apply again.

Jas @ Fennel Studio`, 'Re: junior illustrator'),

  rej('interview', ['position_filled'], {},
    `Hi Paul, we've filled it. Thanks for coming in. S

Sent from my iPhone`, 'Re: Van driver'),

  rej('screen', ['generic'], {},
    `Hi Stella - after the phone chat we've decided to go in a different direction. Thank you!`, 'Re: Admin assistant'),

  rej('application', ['salary'], { ...fb },
    `Hi Rory, thanks, but your expected rate is well over our budget for this contract so we'll pass.`, 'Re: Contract QA tester'),

  rej('interview', ['location'], fb,
    `Hi Ines, sorry — after the interview the team confirmed they need someone who can be in the Rotterdam office three days a week, and relocation isn't something you're open to. So we'll stop here.`, 'Re: Supply chain analyst'),

  rej('application', ['generic'], {},
    `Unsuccessful this time. Thank you for your interest.

Sent from my BlackBerry`, 'RE: Kitchen porter'),

  rej('interview', ['skills_gap', 'culture_fit'], fb,
    `Hi Tariq, thanks for the two interviews. We felt you'd need more hands-on experience with Terraform than you have, and the team also felt your preference for fixed process would clash a bit with how loose things are here. Sorry.`, 'Re: Platform engineer'),

  rej('screen', ['role_closed'], {},
    `Hi Bea, sorry - after our screening call the role got frozen (hiring freeze across the company) so we're closing your application. Nothing to do with you.`, 'Re: HR generalist'),

  // ── Paused, not declined
  hold('interview', ['role_closed'], {},
    `Hi Aoife, quick heads up since your first interview — budget for the role is frozen until the new year, so we're pausing interviews. You're still very much in the process and I'll come back to you in January.

Sent from my iPhone`, 'Re: Second round?'),

  hold('application', ['generic'], {},
    `Dear Mr. Park,

Thank you for your patience. The review of applications is delayed because our director is on business trip until end of month. Your application is still under consideration, we will contact you after.

Best regards,
Liu Fang
Administration
Shenzhen Brightpath Components Ltd.`, 'Re: Application status'),

  hold('screen', ['role_closed'], {},
    `Hola Mateo,

Thank you again for the phone conversation of last week. Only to tell you that the process is stopped for some weeks because the company is in a reorganisation. Your candidature is not discarded, we keep it open and when we restart I write you.

Un saludo,
Carmen Ortega
Talento | Viñedos del Duero`, 'Proceso de selección – pausa'),

  hold('assessment', ['generic'], {},
    `Hi Felix,

Thanks for the case study, it's with the panel. We've had to push decisions back a couple of weeks because two of the panel are off sick — no decision has been made on your application yet, and I'll update you as soon as I can.

Marta

On Wed, 18 Nov 2026 at 22:40, Felix Brandt wrote:
> Hi Marta, attached is my case study. If it doesn't work out I'd really appreciate feedback, and please keep me in mind for other openings.`, 'Re: Case study attached'),

  hold('final', ['role_closed'], {},
    `Dear Mr. Haddad,

Thank you for the final meeting with our CEO. I must tell you that the board has decided to postpone this recruitment until the budget of next year is approved. We did not choose any other candidate and you remain in our shortlist. I will inform you when we can continue.

Kind regards,
Rania Khoury
HR Manager | Cedar Ridge Trading S.A.L. – Beirut`, 'Recruitment – Regional Sales Manager'),

  // ── Look-alikes
  other(`Got it, thanks. Will revert once the hiring manager has had a look.

Sent from my iPhone`, 'Re: CV - Project Coordinator'),

  other(`Hi Lena, can we move Wednesday's interview to Thursday same time? Apologies, something came up with the panel. Let me know. Thanks, Rob`, 'Re: Interview Wednesday'),

  other(`Confirmed, see you at 10 on Monday at reception. Bring ID please.`, 'Re: Interview confirmation'),

  other(`Haha told you they'd say no 😂 anyway — are we still on for climbing Saturday? I can pick you up at 9.

---------- Forwarded message ---------
From: Talent Team <careers@quillmark.example>
Date: Mon, 2 Nov 2026
Subject: Your application
To: Sam Rhodes

Dear Sam, thank you for your interest in Quillmark. After careful review we will not be moving forward with your application at this time.`, 'Fwd: Your application'),

  other(`Dear Ms. Tanaka,

We received your application documents. Thank you. We will check them and send you a reply within two weeks.

Best regards,
Recruitment Section
Hokuriku Marine Foods Co., Ltd.`, 'Receipt of application'),

  other(`Hi Anil, thank you for your message. Yes the role is still open and we would be happy to receive your CV, please send to this email.

Regards,
Hassan Al-Qasimi
HR Officer`, 'Re: Inquiry – Maintenance Planner'),

  other(`Thanks for asking. To answer your question: yes, we do sponsor visas for the senior roles. Your interview is still on for the 14th, Lucas will send the invite.

On Fri, Nov 6, 2026, Amira Saleh wrote:
> Hi, before the interview, could you tell me if you sponsor? I was rejected elsewhere because of visa and wanted to check.`, 'Re: Question before interview'),

  other(`lol look at this one, they "regret to inform" me for the third time this year. Anyway the real reason I'm writing: do you still have my drill? Need it back for the shelves.

> From: Hiring <no-reply@ferroway.example>
> Subject: Application update
> We regret to inform you that your application for Site Supervisor has not been successful on this occasion.`, 'Fw: Application update'),

  other(`Hi Cam,

Congratulations — we'd like to offer you the position of Junior Copywriter! Contract attached. Sorry it's a bit lower than you hoped; we can review at six months.

Bea`, 'Offer - Junior Copywriter'),

  other(`Received with thanks. Kindly note the interview panel will be communicated to you latest by Thursday.

Warm Regards
Suresh Iyer
HR – Talent Acquisition
Vasundhara Infra Projects Ltd.`, 'RE: Documents submitted'),

  other(`Dear candidate, your online test link is below. Unfortunately the link will expire after 48 hours, so please complete it soon.

https://assess.example/t/9QK2

Talent Team`, 'ACTION REQUIRED: Online assessment'),

  other(`Hi Zara — thanks for letting us know you've accepted another offer and would like to withdraw. Totally understand, and good luck in the new role!

Kim`, 'Re: Withdrawing my application'),

  // ── Threads and forwards, second round
  rej('interview', ['generic'], {},
    `Hi Marcus,

Sorry for the delay. Unfortunately we've decided not to move forward.

Thanks,
Keisha

On Tue, Nov 24, 2026 at 3:02 PM Marcus Doyle wrote:
> Hi Keisha, thanks again for the interview last week. I'd love to hear any feedback, and if this one doesn't work out I'd be grateful if you kept me in mind for future roles.
>
> On Mon, Nov 16, 2026 at 9:00 AM Keisha Brown wrote:
> > Hi Marcus, confirming your interview with Dana on Tuesday at 2pm.`, 'Re: Interview follow-up'),

  rej('application', ['generic'], {},
    `Sorry, no.

> Hi, I wanted to ask if you had looked at my application for the receptionist job and if there is a chance of an interview? Thanks, Leanne`, 'Re: Receptionist'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Oskar — thanks for chatting. After the screen we don't think your experience maps to what this team needs right now. Best of luck.

Diane

-----Original Message-----
From: Oskar Lindahl
Subject: Thank you!
Thank you for the call today Diane! Keen to hear about the next interview. Please do share any feedback you have.`, 'RE: Thank you!'),

  rej('interview', ['internal_candidate'], {},
    `Hi Gabriel,

Letting you know that we've decided to promote internally for the Store Manager role. Thank you for meeting with Carla and me.

Tom

---------- Forwarded message ----------
From: Carla Mendes
To: Tom Reid
Subject: Store manager shortlist

Tom, both interviewed well but I'd like to give it to Jess from Bristol, she's been acting up for 6 months.`, 'Store Manager - update'),

  rej('assessment', ['assessment'], fb,
    `Hi Ayesha,

Thanks for completing the writing exercise. The panel felt the press release buried the main news in the fourth paragraph and the headline was too long, so it didn't meet the standard for this stage. We won't be inviting you to interview.

Tamsin
Comms Team

> On 10 Nov 2026, Ayesha Karim wrote:
> Please find my writing exercise attached. I look forward to the interview!`, 'Re: Writing exercise'),

  rej('application', ['generic'], {},
    `Kindly be informed that your profile has not been shortlisted.

Regards,
HR

-----Original Message-----
From: Pradeep Nair
Subject: Application for the post of Accounts Executive
Respected Sir/Madam, I am hereby submitting my resume for your kind consideration. Kindly grant me an opportunity for interview. Thanking you.`, 'RE: Application for the post of Accounts Executive'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Chiara,

Following your interview, we've decided not to progress. The key gap was people management — the role has eight direct reports and you've not managed a team yet. We'd be really happy to see you apply for the senior analyst roles we'll open in Q1.

Best,
Helen

Helen Varga | Head of Insight | Brightwater Energy
This email may contain confidential information. If you have received it in error please delete it.`, 'Insight Manager - interview outcome'),

  // ── Second-language, second round
  rej('application', ['skills_gap'], fb,
    `Dear Mr. Rossi,

Thank you for your application. I am sorry to say we need a person who can speak Japanese at business level (JLPT N2 or more) because the customers are all Japanese companies. Your Japanese is beginner level from your CV, so this time we cannot proceed.

Thank you for understanding.
Kenji Sato
Tokyo Office, Aozora Trading K.K.`, 'About your application'),

  rej('interview', ['generic'], {},
    `Dear Ms. Li,

Thank you for come to interview on last Thursday. After discuss inside the team, we are regretful to tell you that you are not selected for this position.

Best wishes for you.
Wang Lei
HR, Suzhou Greenline Packaging Co., Ltd.

发自我的iPhone`, 'Interview result'),

  rej('screen', ['location'], fb,
    `Dear Brother Youssef,

Thank you for the phone call. Unfortunately the position requires a valid Saudi Iqama transferable, and as you mentioned you are on visit visa, we cannot proceed in this time.

Wishing you all the best,
Abdullah Al-Otaibi
Recruitment Officer
Najd Facilities Management Co.
Riyadh, KSA`, 'Re: Facility Supervisor'),

  rej('application', ['generic'], door,
    `Prezado Lucas,

Thank you for send your curriculum. At this moment your profile was not selected to the next step, but it stays in our bank of talents for next opportunities.

Abraços,
Equipe de Talentos
Agrovale Cooperativa – Ribeirão Preto`, 'Processo seletivo – Analista de Dados'),

  rej('final', ['culture_fit'], { ...fb },
    `Dear Mr. Schmidt,

Thank you for the final day at our office with all the team. You have very strong technical level. But we feel that our company style — many meetings, consensus, slow decision — will not match with your way to work, and we think you will not be happy. So we do not give offer.

With best regards,
Haruka Ito
Human Resources
Setouchi Robotics Inc.`, 'Result'),

  rej('assessment', ['assessment'], {},
    `Hello Mr. Kowalski,

thank you for doing the technical task. Unfortunately the evaluation of our developers was negative, so we will not continue the recruitment with you.

Greetings,
Agnieszka Lis
Talent Acquisition | Wrocław Software House`, 'Technical task – feedback'),

  rej('application', ['overqualified'], fb,
    `Chère Madame Dubois — sorry, dear Mrs Dubois,

Thank you for your candidature. With your 20 years of direction experience, we think you are too much experienced for this post of assistant, and we fear you will not stay. We prefer to not continue.

Cordialement,
Service RH
Boulangeries Lemaire`, 'Candidature assistante administrative'),

  rej('interview', ['position_filled', 'internal_candidate'], {},
    `Hallo Frau Yilmaz,

thanks for your visit by us last week. Meanwhile the position is occupied — a colleague from our Munich office has changed into this role. Therefore we must cancel your process.

Freundliche Grüße
Jörg Baumann
Bayerwald Medizintechnik AG`, 'Ihre Bewerbung – Qualitätsmanagerin'),

  rej('screen', ['salary'], fb,
    `Hi Nicolás,

Thank you for the call. I check with the direction: the salary you expect (4.200 € gross) is too high for the band of this position, maximum is 3.400 €. In this case I think we cannot continue, I am sorry.

Saludos,
Irene Castro
People Team, Nubalia Software`, 'Re: Llamada de hoy'),

  // ── ATS, templates and leftovers
  rej('application', ['generic'], {},
    `Dear {{candidate.first_name}},

Thank you for applying to Stoneway Logistics. After reviewing your application, we have decided not to proceed.

Regards,
{{recruiter.name}}
Powered by Hiretrack`, 'Your application to Stoneway Logistics'),

  rej('application', ['profile_mismatch'], door,
    `<p>Hi Jamal,</p><p>Thanks for your interest in the <b>Field Sales Representative</b> role. We've reviewed your application and feel other candidates more closely match what we're looking for.</p><p>We'll keep your details on file&nbsp;for 12 months.</p><p>Recruitment Team</p>`, 'Field Sales Representative'),

  rej('interview', ['generic'], offered,
    `Hi [FIRST NAME],

Thank you for interviewing for the [ROLE] position. We have decided not to progress your application. Feedback is available on request — just reply to this email.

Kind regards,
Hiring Team, Tallis Print & Packaging`, 'Interview outcome'),

  rej('application', ['skills_gap'], fb,
    `Dear Applicant,

Thank you for applying for Registered Nurse – ICU. Applications require a minimum of two years' critical care experience post registration. Your application indicates less than this, and so cannot be progressed.

Recruitment Services
Westfield Health District
Ref: RN-ICU-2611`, 'RN ICU – application unsuccessful'),

  rej('assessment', ['assessment'], {},
    `Hi there,

Thanks for completing the HackerRank challenge for the Backend Engineer role. Unfortunately your score didn't meet the threshold needed to progress.

The Recruiting Team
Cobalt Ledger

Cobalt Ledger, Inc. | 88 Harbor St, Boston MA
Unsubscribe from candidate emails`, 'Your Cobalt Ledger coding challenge'),

  rej('application', ['location'], { ...fb },
    `Hi Chen Wei,

Thanks for your application for the Warehouse Associate (Auckland) role. Applicants must hold New Zealand residency or a valid work visa, so we're unable to consider your application.

Ngā mihi,
People Team | Harbourline Distribution`, 'Warehouse Associate – Auckland'),

  // ── Long ones
  rej('final', ['position_filled', 'skills_gap'], { ...fb, ...door },
    `Hi Rebecca,

I hope you had a good weekend. I wanted to write to you properly rather than send a two-line note, because you put a great deal into this process — the initial call with me, the conversation with Anand, the presentation to the leadership team and finally the afternoon with the board chair — and you deserve a full account of where we landed.

We have decided to offer the Director of Partnerships role to another candidate. I know that is not the news you were hoping for, and I want to be clear that this was one of the hardest decisions the panel has made this year. You were one of two people we brought to the final stage, and for most of the last week we genuinely did not know which way it would go.

In the end it came down to the nature of the partnerships we need to build over the next two years. Your background is overwhelmingly in corporate sponsorship, and you were excellent on that: your presentation on renewing the retail partners was the strongest thing any candidate showed us. But the plan for 2027 and 2028 leans heavily on statutory funders and local authority commissioning, and the other finalist has spent the last six years running exactly those relationships. The board felt that in this particular moment that experience would let the new director move faster. You mentioned in the final conversation that public-sector commissioning would be new territory for you, and I think that honesty counted in your favour as a person even if it shaped the decision.

A few things the panel asked me to pass on. They found your budget narrative very clear, and they noted that you were the only candidate who had actually read our last two annual reports. The one area where they felt the presentation could have gone further was on measurement — how you would show the board, quarter by quarter, that a partnership was paying off. That was a small point and not why the decision went the way it did.

I would very much like to stay in touch. We are expecting to create a Head of Corporate Partnerships post in the spring, reporting to the new director, and I think you would be a very strong candidate for it. I will let you know as soon as it is approved, and please do apply when it is advertised.

Thank you again for your time, your preparation and your good humour throughout. I am sorry not to be bringing better news.

With warm regards,

Catherine Oyelaran
Chief Executive
Riverside Youth Trust
Registered charity no. 1092733`, 'Director of Partnerships'),

  rej('interview', ['skills_gap', 'location'], { ...fb, ...offered },
    `Hi Arjun,

Thank you so much for your patience over the last few weeks, and for the time you gave us across the two interviews. I wanted to follow up with a proper update.

I'm afraid we won't be progressing your application for the Senior Reliability Engineer role. I'll try to be as transparent as I can about why, because I know how frustrating it is to get a vague no after this much effort.

There were two things. The first is on-call leadership: the team is about to take over the payments platform, and the hiring manager wanted someone who has already run an incident rotation and written the post-mortem process for a team. In both conversations you spoke really well about debugging and observability, but when Mei asked about leading a major incident end to end, your examples were from being a participant rather than the incident commander. That's the main gap she noted.

The second is practical. We talked about this briefly on the first call, and it turns out the role needs to be based in Toronto for at least the first year, because the payments team is all in-office while they go through the migration. I understand relocating from Vancouver isn't something you're able to do at the moment, and we aren't able to make an exception for this team right now.

I realise that combination is disappointing. If you'd like to go through the interview notes in more detail, I'm very happy to set up a 20-minute call — just reply with a couple of times that work for you.

Thanks again, Arjun, and all the best with the search.

Kind regards,
Sofia Marchetti
Senior Technical Recruiter
Northbeam Payments

Northbeam Payments Inc. | 120 Adelaide St W, Toronto ON
This message is intended for the addressee only and may contain confidential information. If you have received it in error, please notify the sender and delete it.`, 'Senior Reliability Engineer - update'),

  // ── Australian, Indian, American, British, short and mid
  rej('application', ['generic'], {},
    `G'day Liam,

Thanks heaps for putting your hand up for the farmhand role. We've had a stack of applications and unfortunately we won't be taking yours further. No feedback sorry, too many to get through.

Cheers,
Shaz
Red Gum Pastoral Co.`, 'Re: Farmhand - Wagga'),

  rej('interview', ['overqualified'], fb,
    `Hi Mitch,

Thanks for coming out to the yard for the interview on Monday. We had a yarn about it and reckon you're over-qualified for a leading hand spot — you've run whole sites, and we'd be worried you'd be off in three months. No hard feelings.

Cheers
Dave`, 'Re: Leading hand'),

  rej('screen', ['skills_gap'], fb,
    `Dear Ms. Sharma,

Thank you for attending the telephonic round with our HR. We regret to inform that your candidature is not being taken further as the requirement is for a candidate having hands-on experience in SAP MM module, which is not reflecting in your profile.

Regards,
Talent Acquisition Team
Sundaram Auto Components Ltd.
Chennai`, 'Your candidature – Purchase Executive'),

  rej('application', ['generic'], door,
    `Dear Candidate,

Thank you for applying with Kaveri Hospitals. We regret that your profile has not been shortlisted for the current opening of Staff Nurse. Your resume shall be retained in our database and you shall be contacted as and when a suitable requirement arises.

This is a system generated email. Please do not reply.`, 'Application status – Staff Nurse'),

  rej('final', ['salary', 'location'], fb,
    `Hi Kate,

After the onsite, the team was keen, but we hit two walls with comp and location. Your ask of $190k base is outside the band (tops out at $165k), and the role has to sit in Austin — remote from Seattle isn't approved for this level. So we have to close it out. Sorry, I know you came a long way for the onsite.

Jess

Sent from my iPhone`, 'Re: onsite recap'),

  rej('assessment', ['assessment', 'profile_mismatch'], {},
    `Hi Tomasz,

Thanks for the portfolio review task. On balance the team didn't think the submission was strong enough, and other applicants' experience was closer to the brief, so we're not progressing.

All the best,
Lowri
Penrhyn Creative`, 'Design task'),

  rej('application', ['role_closed'], door,
    `Hello Ama,

We've had to withdraw the Finance Assistant vacancy following a restructure of the team, so we're unable to progress any applications. We'd be pleased to see you apply again when roles open up next year.

HR | Lattimer & Finch`, 'Finance Assistant – vacancy withdrawn'),

  rej('interview', ['culture_fit'], { ...fb, ...door },
    `Hi Bruno,

Thanks for meeting the kitchen team. We felt you'd be happier in a bigger brigade — we're six people and everyone does prep, washing up, the lot, and you said you wanted to stick to sauce. Not the right team fit for you now, but pop back in if you fancy a change later.

Maria
Osteria Vico`, 'Re: Sous chef interview'),

  rej('application', ['profile_mismatch'], {},
    `Hi there — thanks for applying to Brightseed. We've decided your application isn't the right match for this opening. Best, The Brightseed team`, 'Update from Brightseed'),

  rej('screen', ['generic'], offered,
    `Hi Dana, thanks for the call on Monday. We won't be moving to interview. Happy to give you feedback if you'd like — drop me a line.

Rachel
Sent from Outlook for iOS`, 'Re: Call Monday'),

  rej('application', ['internal_candidate'], {},
    `Dear Mr. Farouk,

Thank you for your interest in the post of Senior Librarian. The university has appointed an existing member of staff to this post, and the recruitment has now closed.

Human Resources
University of Eastmoor`, 'Senior Librarian – ref 26/0441'),

  rej('assessment', ['assessment', 'skills_gap'], fb,
    `Hi Megan,

Thanks for doing the translation test. The Portuguese-to-English passage was fine, but the role also needs legal terminology and the contract clauses had several errors of term, so we'll stop here.

Best,
Lina
Lexbridge Translations`, 'Translation test'),

  rej('interview', ['generic'], {},
    `Unfortunately you were not successful following interview. Thank you for your time.

HR Team
Kingsmere Council

Kingsmere Council – working for a greener borough. This e-mail is confidential; if you are not the intended recipient please delete it.`, 'INTERVIEW OUTCOME'),

  rej('application', ['skills_gap', 'location'], fb,
    `Hi Hyun-woo,

Thanks for applying for the Mining Engineer role in Kalgoorlie. We need someone with a WA Quarry Manager's Certificate of Competency and Australian work rights, neither of which you currently hold, so we can't move forward.

Regards,
Talent Team, Ironbark Resources`, 'Mining Engineer – Kalgoorlie'),

  rej('application', ['generic'], {},
    `Hey, thanks for your interest but we're going another way. Cheers

> hi! love what you guys are doing, would love to chat about the ops role, maybe a quick interview? any feedback on my cv welcome too`, 'Re: ops role'),

  rej('interview', ['skills_gap'], fb,
    `Hi Ruth, thanks for the video interview. The panel felt you'd need more experience with grant reporting to US federal funders, which is most of this job. Sorry not to have better news.

Helen`, 'Re: Grants Officer'),

  rej('screen', ['generic'], door,
    `Olá Henrique,

Thank you for the conversation by video with our recruiter on Tuesday. We decided to follow with other candidates in this moment. But your contact stays with us and in next vacancies of engineering we will call you, for sure.

Abraço,
Fernanda Lima
Recrutamento | Trilhos do Sul Engenharia
Porto Alegre – RS

Enviado do meu iPhone`, 'Re: Conversa com recrutadora'),
];
