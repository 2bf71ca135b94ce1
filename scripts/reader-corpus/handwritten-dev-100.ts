/**
 * Mail that carries earlier mail with it: replies inside a thread, forwarded decisions and quoted history. The new
 * text at the top (or, now and then, below the quote) is what the message says; the quoted or forwarded part only
 * counts where the new text points to it. Declines answer the candidate's own question (feedback, an update, a rival
 * offer) that sits quoted underneath; recruiters pass on a client's verdict with a line of their own; declines arrive
 * in threads that still hold an interview invitation or a "you've been shortlisted" note. Paused processes answer a
 * check-in. Look-alikes hold an old decline of another role in their history while the new text invites, thanks,
 * acknowledges or schedules. Quoting styles vary: Gmail, Outlook headers, "Original Message", forwarded blocks,
 * Apple Mail and phone signatures.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d100-');

export const HANDWRITTEN_DEV_100: readonly CorpusLine[] = [
  // ── 1. Feedback in answer to the candidate's question, quoted below
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Oskar,

Sure, happy to. The panel's main concern was SQL depth. In the live exercise you got to the right joins, but window functions and query plans were new territory, and for this team that is daily work. Everything else was strong.

All the best,
Marta Lindqvist
Analytics Lead, Norrsken Energi

On Tue, 3 Mar 2026 at 10:14, Oskar Berg <oskar.berg@proton.me> wrote:
> Hi Marta, thank you for letting me know. Could you share what held me back? I'd like to improve before my next round elsewhere.
>
> On Mon, 2 Mar 2026 at 16:50, Marta Lindqvist <marta.lindqvist@norrsken.se> wrote:
>> Dear Oskar, thank you for interviewing with us last week. We have decided not to progress your application for the Data Analyst position.`, 'Re: Data Analyst - outcome'),

  rej('final', ['culture_fit'], { ...fb, ...door },
    `Dear Amara,

Thank you for asking so directly, I appreciate it. The feedback from the final panel was consistent: your answers leaned strongly towards working on your own and owning decisions end to end, while this team makes almost every call together in a weekly review. That's not a flaw, it just isn't how we run. I'd genuinely like to hear from you again if a more independent role comes up with us.

Warm regards,
Gideon Ashworth
People Partner | Fellgate Architects

From: Amara Okafor <amara.okafor@outlook.com>
Sent: Thursday, 12 February 2026 08:41
To: Gideon Ashworth <g.ashworth@fellgate.co.uk>
Subject: RE: Project Architect - final round

Hi Gideon, disappointed but thank you. Is there anything from the panel I should work on?

From: Gideon Ashworth
Sent: Wednesday, 11 February 2026 17:05
To: Amara Okafor
Subject: Project Architect - final round

Dear Amara, thank you for coming in for the final panel on Monday. We have decided to offer the position to another candidate.`, 'RE: Project Architect - final round'),

  rej('assessment', ['assessment'], { ...fb },
    `Hello Ruben,

Following up on your question: the pass mark for the numerical reasoning test was 65% and your score was 52%. The verbal section was fine (78%). Because the threshold applies to both parts we could not move you forward.

Regards,
Recruitment Team
Vantor Bank N.V.

-----Original Message-----
From: Ruben de Wit
Sent: 19 January 2026 14:22
To: careers@vantorbank.nl
Subject: RE: Graduate Programme 2026 - assessment result

Dear team, may I know my scores on the online tests? Thanks in advance.

-----Original Message-----
From: careers@vantorbank.nl
Sent: 16 January 2026 11:00
Subject: Graduate Programme 2026 - assessment result

Dear Ruben, thank you for completing the online assessments. Unfortunately you have not been successful on this occasion.`, 'RE: Graduate Programme 2026 - assessment result'),

  rej('interview', ['generic'], {},
    `Hi Leonie,

Thanks for your note. I'm sorry, but we don't give individual feedback after first interviews - it is a firm policy across the group. I do wish you well.

Best,
Harriet Cole
Talent Acquisition, Brightwater Media

> On 9 Feb 2026, at 18:30, Leonie Frank <leonie.frank@gmx.de> wrote:
>
> Dear Harriet, could you tell me anything about why I wasn't chosen after the video interview?
>
>> On 9 Feb 2026, at 12:04, Harriet Cole <harriet.cole@brightwatermedia.com> wrote:
>>
>> Hi Leonie, thank you for your time on the video interview. We won't be taking your application further.`, 'Re: Content Producer'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Dev,

To answer your question below - yes, it really came down to numbers. You mentioned on our call that you're looking for 95k base, and the approved band for this role tops out at 78k. The hiring manager can't go beyond that this year. If your expectations change, or we open a more senior role, I'd be glad to talk again.

Cheers,
Kayla Brennan | Recruiter | Orbitly

---
On Thu, Jan 22, 2026 at 9:12 AM Dev Malhotra <devmalhotra@gmail.com> wrote:
> Hi Kayla, thanks for the update. Was it something I said on the call, or something about my background? Just trying to understand.
>
> On Wed, Jan 21, 2026 at 5:48 PM Kayla Brennan <kayla@orbitly.io> wrote:
> > Hi Dev, thanks for the chat on Monday. We've decided not to move to the next step.`, 'Re: Product Marketing Manager @ Orbitly'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Sam,

Thanks for the message. To be honest, the notes don't go into much detail beyond saying the other finalists for the second stage were closer to what the team had in mind. If a short call would help, reply with a time next week and I'll walk you through what I can.

Renata

Renata Osei | Hiring Manager, Customer Success | Plumtree Software

On Mon, 16 Feb 2026 at 08:03, Sam Whitlock <sam.whitlock@icloud.com> wrote:
> Hi Renata, any chance of some feedback on my interview? Thanks either way.
>
> On Fri, 13 Feb 2026 at 15:10, Renata Osei <renata@plumtree.io> wrote:
>> Hi Sam, thanks for meeting with us. We won't be moving ahead with your application this time.`, 'Re: Customer Success Manager'),

  rej('final', ['skills_gap'], { ...fb },
    `Dear Dr. Hashemi,

Thank you for your email. The selection committee felt your teaching and research profile was excellent. The deciding point was clinical supervision: the post requires current HCPC registration and supervised practice hours, which you do not yet hold in the UK. The committee had to weigh that heavily.

With kind regards,
Prof. Eleanor Marsh
Chair, Selection Committee
School of Health Sciences, University of Westmoor

________________________________
From: Farah Hashemi <f.hashemi@uni-mail.ir>
Sent: 04 March 2026 21:17
To: Marsh, Eleanor
Subject: Re: Lecturer in Physiotherapy

Dear Professor Marsh, thank you for the news. If possible, I would be grateful for any feedback from the presentation and final interview day.

________________________________
From: Marsh, Eleanor
Sent: 03 March 2026 10:40
Subject: Lecturer in Physiotherapy

Dear Dr Hashemi, thank you for attending the final interview day. I am sorry to let you know that you were not the successful candidate.`, 'Re: Lecturer in Physiotherapy'),

  // ── 2. Replies to "any update?"
  rej('interview', ['position_filled'], {},
    `Hi Tomasz,

Apologies for the slow reply. I'm afraid the role has now been filled - the candidate accepted our offer last Friday. Thanks for your patience throughout.

Nadia

Sent from my iPhone

> On 27 Jan 2026, at 09:55, Tomasz Wrobel <t.wrobel@wp.pl> wrote:
>
> Hi Nadia, I interviewed with Chris and the team two weeks ago and haven't heard anything since. Is there any update on the Warehouse Supervisor role?`, 'Re: Warehouse Supervisor - update?'),

  rej('application', ['role_closed'], {},
    `Hello Jana,

Thanks for checking in. The Junior Accountant vacancy was withdrawn after the finance team was restructured in January, so we won't be taking any applications forward for it. Sorry for not letting you know sooner.

Kind regards,
Paula Reyes
HR Administrator, Kessler & Voight GmbH

-----Original Message-----
From: Jana Novak <jana.novak@seznam.cz>
Sent: Monday, February 2, 2026 7:31 AM
To: jobs@kesslervoight.de
Subject: Application - Junior Accountant

Good morning, I applied on 5 January and wanted to ask whether my application is still being considered.`, 'RE: Application - Junior Accountant'),

  rej('screen', ['generic'], { ...door },
    `Hi Ahmed - thanks for following up, and sorry for the silence. After your phone screen the team went with other candidates for the next round. We'll keep your details on file and I'll reach out if something similar comes up.

Best,
Lucy

On Wed, Mar 11, 2026 at 11:02 AM Ahmed Saleh <ahmed.saleh.work@gmail.com> wrote:
> Hi Lucy, just checking if there's any news after our call last Tuesday?`, 'Re: Following up'),

  rej('final', ['internal_candidate'], { ...door },
    `Dear Charlotte,

Thank you for your patience, and I'm sorry the answer took this long. After the final interviews, the board appointed a colleague who has been acting in the role since the autumn. It was a very close decision. I hope you'll consider applying to us again; we expect to advertise two senior posts later this year.

Yours sincerely,
Margaret Ellery
Chief Executive, Riverbend Housing Trust

From: Charlotte Dunne
Sent: 18 February 2026 12:14
To: Margaret Ellery
Subject: Director of Operations - final interview

Dear Margaret, I hope you are well. It has been three weeks since the final interview and I wondered whether there was any news on a decision.`, 'RE: Director of Operations - final interview'),

  rej('assessment', ['assessment'], {},
    `Hi Priyanka, thanks for the nudge. The reviewers have finished with the case study and unfortunately it didn't reach the bar for the next stage. Sorry it took a while.

-- 
Jonas Meyer
Talent, Fieldnote Analytics

On Thu, 5 Mar 2026, 14:20 Priyanka Rao, <priyanka.rao@yahoo.co.in> wrote:
> Hello Jonas, I submitted the case study on 24 Feb. Do you have an idea when I will hear back?`, 'Re: Case study submission'),

  // ── 3. Candidate says they have another offer; answer quoted above it
  rej('interview', ['generic'], {},
    `Hi Ines,

Thanks for letting us know about the other offer - it's good to hear and it helped us speed things up. I'm sorry to say that the team has decided not to progress to the second interview, so please don't hold that offer for us. Congratulations, and best of luck with it.

Carl Wendt
Recruitment Partner, Holmfirth Digital

On 10 Mar 2026, at 08:44, Ines Duarte <ines.duarte@sapo.pt> wrote:
> Hi Carl, I've received an offer from another company and need to give them an answer by Friday. Is there any way to know where I stand after my first interview?`, 'Re: Timeline question'),

  rej('final', ['position_filled'], {},
    `Hi Ravi,

Appreciate the heads-up. To be straight with you: we made an offer to another finalist yesterday and they've accepted, so you should feel free to go ahead with the other company. Thanks for everything you put into the onsite.

Mei

Mei Tanaka · Engineering Recruiting · Parallax Robotics

---------- Original message ---------
From: Ravi Menon <ravi.menon.dev@gmail.com>
Date: Mon, 9 Feb 2026, 19:02
Subject: Offer deadline
To: Mei Tanaka <mei@parallaxrobotics.com>

Hi Mei, I wanted to let you know I have an offer elsewhere with a deadline next Wednesday. I really enjoyed the onsite last week - is a decision likely before then?`, 'Re: Offer deadline'),

  // ── 4. Recruiter forwards the client's decision with one line above
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Lena - see the client's feedback below, sorry it wasn't better news. Chat tomorrow?

Ollie

---------- Forwarded message ---------
From: Derek Hollis <d.hollis@marrowfield.com>
Date: Tue, 24 Feb 2026 at 16:12
Subject: RE: Lena Fischer - Site Engineer
To: Oliver Grant <oliver@keystone-recruit.co.uk>

Oliver, thanks for putting Lena forward. Nice person and interviewed well, but she has no experience with post-tensioned concrete and that's most of what this site is. We'll pass.
Derek`, 'Fwd: RE: Lena Fischer - Site Engineer'),

  rej('interview', ['salary', 'overqualified'], { ...fb },
    `Greg, see below from the client. Not the result we hoped for - call me when you've read it.

Sent from my iPhone

Begin forwarded message:

From: "Anita Chowdhury" <anita.chowdhury@brookhavenfoods.com>
Date: 3 March 2026 at 11:27:04 GMT
To: "Paul Kerrigan" <paul@northpeak-search.com>
Subject: Greg Tanner

Paul - we met Greg on Friday. Strong man but honestly he's run plants three times this size, and we think he'd be bored within six months. His number is also about 20k above what we have for a shift manager. We won't progress.
Anita`, 'Fwd: Greg Tanner'),

  rej('final', ['location'], { ...fb, ...door },
    `Hi Yusuf, unfortunately the client has come back with a no after the final round - their note is below. I'll keep looking for hybrid roles for you.

Beth Carrow
Senior Consultant, Latchford Talent

-----Original Message-----
From: Gemma Sutton <gemma.sutton@ordway.co.uk>
Sent: 27 February 2026 09:15
To: Beth Carrow
Subject: Yusuf Ali - final

Hi Beth, the panel liked Yusuf, but on the final day he confirmed he could only be in Leeds one day a week and this role needs four days on site. We can't flex that. Happy for you to tell him we'd consider him for anything more remote in future.
Gemma`, 'FW: Yusuf Ali - final'),

  rej('application', ['profile_mismatch'], {},
    `Hi Jo - client's come back on your CV, afraid it's a no (below). More soon.

-------- Forwarded Message --------
Subject: Re: Candidate - Joanne Price
Date: Wed, 21 Jan 2026 10:03:12 +0000
From: Hiring <hiring@tellwright.com>
To: Sanjay Bhatt <sanjay@clearpath-staffing.com>

Hi Sanjay, thanks, we've reviewed Joanne's profile and don't think it's the right match for this role. We have others that line up more closely.`, 'Fwd: Re: Candidate - Joanne Price'),

  rej('screen', ['location'], { ...fb },
    `Faisal, see note from the hiring team below. Sorry mate.

> From: Kirsten Holm <kirsten@aldermoor.dk>
> Sent: Friday, 6 March 2026 13:40
> To: Luke Ramsay
> Subject: Faisal
>
> Hi Luke, thanks for the intro call with Faisal. Unfortunately he would need visa sponsorship for Denmark and we can't sponsor for this level. Please pass on our thanks.`, 'FW: Faisal'),

  // ── 5. Declines in a thread whose history holds an invitation or shortlisting
  rej('interview', ['profile_mismatch'], {},
    `Dear Kwame,

Thank you for attending the interview on Thursday. After reviewing all candidates, we have decided to proceed with applicants whose experience more closely matches the requirements of the role.

We wish you every success.

HR Department
Greystone Facilities Ltd

-----Original Message-----
From: HR Department
Sent: 10 February 2026 09:00
To: Kwame Mensah
Subject: Interview invitation - Facilities Coordinator

Dear Kwame, we are pleased to invite you to an interview on Thursday 19 February at 10:30 at our Croydon office. Please bring photo ID.`, 'RE: Interview invitation - Facilities Coordinator'),

  rej('final', ['generic'], {},
    `Hello Zara,

I'm writing to update you on the Policy Adviser post. The panel has now completed the final interviews and I'm sorry to say you have not been selected.

Thank you for the time and thought you put into the process.

Sincerely,
Recruitment Office
Ministry of Regional Development

On 12 Jan 2026, at 09:10, Recruitment Office <recruitment@mrd.gov.example> wrote:

Dear Zara, congratulations - you have been shortlisted for the final interview stage for the Policy Adviser (Grade 7) post. Interviews will take place on 26 and 27 January.`, 'Re: Policy Adviser - shortlisting'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Marco,

Thanks for speaking with me on Wednesday. Having gone back to the team, we need someone fluent in German for this one - a lot of the accounts are in Munich and Vienna - so I'm afraid we won't be taking things further.

Best,
Ellie Marsh
Talent Partner, Kitewire

On Mon, 2 Feb 2026 at 09:14, Ellie Marsh <ellie@kitewire.com> wrote:
> Hi Marco, thanks for applying for the Account Executive role! Would you be free for a 20 minute intro call this week? Here's my calendar link.`, 'Re: Intro call - Account Executive'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Hannah,

Thank you for sending the writing exercise back. The editors read it carefully: the structure was good but the piece ran to 1,400 words against a brief of 600, and two of the facts didn't check out. We won't be moving to interview this time, but we'd welcome an application for future trainee intakes.

Rob Ellison
Managing Editor, The Fenland Courier

> On 20 Feb 2026 Rob Ellison wrote:
> Hi Hannah, you've been shortlisted for the next stage! Please complete the attached writing exercise and send it back within 48 hours.`, 'Re: Trainee Reporter - next stage'),

  rej('interview', ['role_closed'], {},
    `Hi Ben,

I'm sorry to be writing with this after our interview last week. The company has put a hold on all new hiring in the platform team for the rest of the year, so we won't be able to continue with your application for the DevOps Engineer role. This decision was made above our level and has nothing to do with you.

Dana

On Thu, Feb 5, 2026 at 2:00 PM Dana Whitfield <dana@coralstack.io> wrote:
> Hi Ben, confirming your interview with Aisha and Tom on Tuesday 10th at 11:00 on Zoom. Link below.`, 'Re: Interview confirmation'),

  rej('final', ['culture_fit', 'profile_mismatch'], {},
    `Dear Nikolai,

Thank you for spending the day with us at the assessment centre. We were impressed with your commitment. On balance, the assessors felt other candidates were a closer match to the role and to the values we look for in our graduates.

We wish you well.

Graduate Recruitment Team
Harlow & Bright LLP

-----Original Message-----
From: Graduate Recruitment Team
Sent: 2 March 2026
Subject: Invitation to Assessment Centre

Dear Nikolai, we are delighted to invite you to our assessment centre on 16 March at our Manchester office.`, 'RE: Invitation to Assessment Centre'),

  rej('interview', ['overqualified'], { ...fb },
    `Hi Lorraine,

Thank you again for coming in to meet Paul and me. We enjoyed the conversation. In the end we felt that with twenty years running departments, you'd find a coordinator role too narrow, and we'd risk losing you quickly. So we've decided not to offer.

Kind regards,
Shona McLeod
Office Manager, Duncairn Veterinary Group

On 14 Jan 2026, at 16:22, Shona McLeod wrote:
> Dear Lorraine, thank you for your application. We'd like to invite you to an interview on Tuesday at 2pm.`, 'Re: Practice Coordinator interview'),

  // ── 6. More declines in threads, varied senders
  rej('interview', ['internal_candidate'], {},
    `Hi Gabriela,

Quick update after your interview on the 3rd: we've decided to fill the Learning & Development Partner role internally - someone from our HR operations team is moving across. Thanks for your interest and for your time.

Kind regards,
Tessa

Tessa Morland | People Team | Quayside Retail Group
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.

On Tue, 24 Feb 2026 at 09:00, Tessa Morland <tessa.morland@quaysideretail.com> wrote:
> Hi Gabriela, great to hear from you. Could you do an interview on Tuesday 3 March at 14:00?`, 'Re: L&D Partner'),

  rej('application', ['internal_candidate'], { ...door },
    `Dear Applicant,

Thank you for your interest in the position of Payroll Officer (Ref PO-2231). This vacancy has been filled by an internal applicant and will not proceed to external recruitment. We encourage you to view our careers page for future vacancies.

This is an automated message from the Workday recruiting system. Please do not reply.

---
Your application has been received.
Requisition: PO-2231 Payroll Officer
Submitted: 02/02/2026`, 'Update on your application - Payroll Officer'),

  rej('final', ['internal_candidate', 'skills_gap'], { ...fb },
    `Hi Declan,

I promised I'd tell you straight, so here it is. After the final panel we decided to promote Shauna, who's been deputising as team lead since September. Your panel scores were very close - the one area we noted was that you haven't yet managed people through a performance process, which Shauna has done twice here.

Thanks for being so patient.

Miriam

On 4 Mar 2026, at 21:10, Declan Foley <declanfoley@eircom.net> wrote:
> Hi Miriam, just wondering if a decision has been made after last Thursday's final panel? Thanks.`, 'Re: Team Lead - decision'),

  rej('interview', ['internal_candidate'], {},
    `-----Original Message-----
From: Kenji Watanabe
Sent: 20 Jan 2026 18:01
To: Aiko Sato
Subject: RE: Marketing Specialist

Hi Aiko, thanks for the interview today. Let me know if you need anything else from me.

---

Hi Kenji,

Sorry to get back with this after such a good conversation. We heard this afternoon that a colleague from the Osaka office has applied for the transfer and the role will go to them. We won't be continuing with external candidates.

Aiko Sato
HR, Minato Brands`, 'RE: Marketing Specialist'),

  rej('application', ['location'], { ...fb },
    `Hello Tiago,

Thanks for your question below. The role is advertised as remote, but only within the United Kingdom for tax and employment reasons, and your application lists your base as Porto. We're not able to take it forward for that reason.

Best regards,
Vessel Talent Team

> On 8 Feb 2026, Tiago Moreira wrote:
> Hi, I applied to the Backend Developer role last week. Is it open to candidates in Portugal? Thanks!`, 'Re: Backend Developer - remote'),

  rej('interview', ['location'], { ...fb },
    `Hi Svetlana,

Thank you for the interview and for your follow-up below. I checked with our legal team and, as you don't currently have the right to work in Canada, we can't sponsor a work permit for this role. I'm sorry, as the team was keen.

Regards,
Brent Holloway
HR Generalist, Maplecrest Dental Group

On Wed, Feb 18, 2026 at 3:47 PM Svetlana Ivanova <svetlana.iv@mail.ru> wrote:
> Dear Brent, thank you for the interview. I forgot to mention that I would need an employer-supported permit. Is this possible?`, 'Re: Dental Hygienist interview'),

  rej('application', ['salary'], { ...fb },
    `Hi Ola,

Thanks for the quick reply with your expectations. At 120k you're some way above the budget for this role, which is capped at 90k, so I don't think it makes sense to proceed.

Regards,
Nina
Recruiting, Stellwerk AB

On Mon, 19 Jan 2026, 10:11 Ola Nordmann <ola.nordmann@online.no> wrote:
> Hi Nina, thanks for getting in touch. My salary expectation is around 120k SEK monthly... sorry, annual in EUR, 120k.`, 'Re: Your salary expectations'),

  rej('final', ['salary'], { ...fb, ...offered },
    `Dear Marcus,

Thank you for your counter-proposal below. We've discussed it with the CFO and we're not able to get close to the figure you need; our ceiling for this position is 145,000 and your requested package is 175,000. As we can't bridge that, we'll close the process on our side with regret. If you'd like to talk through how we reached the band, I'm happy to call.

Regards,
Ingrid Solberg
Head of Talent, Fjordline Capital

From: Marcus Hale
Sent: 24 February 2026 19:22
To: Ingrid Solberg
Subject: RE: Final stage - package discussion

Ingrid, thanks for the final round. For me to move I would need a package around 175k.`, 'RE: Final stage - package discussion'),

  rej('screen', ['overqualified'], { ...fb, ...door },
    `Hi Patricia,

It was lovely speaking with you yesterday. Having thought about it, I think you're over-qualified for this one - it's an entry-level admin post and you've been a practice manager for over a decade. I'd hate for you to be under-used. I'll keep your CV and let you know if a management role opens with us.

Hannah
Hannah Yeo, Recruitment, Elmfield Surgery Group

Sent from Outlook for Android`, 'Our call yesterday'),

  rej('application', ['overqualified'], {},
    `Dear Mr. Oyelaran,

Thank you for your application for the Junior Analyst role. Your experience is considerably beyond what this position requires, and we have decided not to take your application forward.

Best regards,
Talent Acquisition
Corvane Group

On 3 Feb 2026, at 11:01, Bayo Oyelaran wrote:
> Please find attached my CV for the Junior Analyst opening.`, 'RE: Junior Analyst application'),

  rej('interview', ['overqualified', 'profile_mismatch'], {},
    `Hi Werner,

Thanks for your patience. We had a good conversation on Monday but we think the role isn't the right fit - your background sits at a much more senior level than this position, and other candidates were a closer match to what we need day to day.

Wishing you the best,
Lisa

-----Original Message-----
From: Werner Koch
Sent: Wednesday, 11 March 2026 08:00
To: Lisa Brandt
Subject: Nachfrage

Hi Lisa, is there any update after Monday's interview?`, 'RE: Nachfrage'),

  rej('assessment', ['culture_fit'], { ...fb },
    `Hi Joel,

Thanks for asking. Your take-home was technically solid. What the team reacted to was the note at the end saying you'd prefer to work alone without code review - here every change goes through pairing and review, so we don't think you'd enjoy it. We'll stop here.

Ana
Ana Petrovic, Engineering Manager, Lindenhaus

> On Mar 2, 2026, at 7:44 PM, Joel Park <joelpark@hey.com> wrote:
> Hi Ana - any feedback on the take-home? I thought it went well.`, 'Re: Take-home feedback'),

  rej('interview', ['culture_fit'], {},
    `Hi Rosa,

Thank you for meeting us. After discussing it as a team, we don't think the fit with our team culture is quite there for this role, so we won't move forward.

All the best,
Felix
Co-founder, Sprout & Loom

On Tue, 17 Feb 2026 at 12:00, Felix Aubert <felix@sproutloom.com> wrote:
> Hi Rosa, looking forward to meeting on Thursday! We'll be at the Shoreditch studio.`, 'Re: Thursday'),

  rej('final', ['culture_fit'], { ...offered, ...door },
    `Dear Emeka,

Thank you for joining us for the final day. The panel decided not to make you an offer; the feeling was that the way the team works - very fast, quite informal - might not suit the approach you described. If feedback would help, just ask, and please keep an eye on our future roles.

Best wishes,
Olamide Adeyinka
HR Business Partner, Kora Fintech

From: Olamide Adeyinka
Sent: 12 January 2026 10:00
To: Emeka Nwosu
Subject: Final day - schedule

Hi Emeka, here's the agenda for your final day on 20 January.`, 'RE: Final day - schedule'),

  rej('application', ['role_closed'], { ...door },
    `Hi Camille,

Following up on your message below - the Marketing Assistant role has been cancelled due to budget changes, so we won't be taking applications further. We'll keep your CV on file for the next opening.

Thanks,
Estelle, Maison Verrier

> Le 4 févr. 2026 à 09:15, Camille Laurent a écrit :
> Bonjour, I'm writing to ask about the status of my application for the Marketing Assistant role.`, 'Re: Marketing Assistant'),

  rej('final', ['role_closed'], {},
    `Hi Noor,

I'm sorry to write with this after you made it all the way to the final stage. The company has announced a restructure this morning and the Head of Product role no longer exists in the new structure. We have to close the process for all candidates.

Adrian

On Fri, 6 Mar 2026 at 16:30, Noor Haddad <noorhaddad@gmail.com> wrote:
> Hi Adrian, thanks for the final interviews yesterday, I really enjoyed meeting the leadership team.`, 'Re: Head of Product'),

  rej('assessment', ['role_closed'], {},
    `Dear Lukas,

Thank you for completing the technical assessment. Unfortunately, the position of Embedded Software Engineer is no longer available, as the project it supported has been cancelled. We are therefore unable to continue with your application.

Regards,
Human Resources
Feldmann Sensorik GmbH

-----Ursprüngliche Nachricht-----
Von: Lukas Braun
Gesendet: Montag, 9. Februar 2026 10:15
An: bewerbung@feldmann-sensorik.de
Betreff: Technical assessment submitted

Dear HR, I have uploaded my completed assessment.`, 'AW: Technical assessment submitted'),

  rej('screen', ['position_filled'], {},
    `Hi Chloe - sorry, I should have let you know sooner. The role was filled before we got to second stage with you. Thanks so much for your time on the phone.

Sent from my iPhone

> On 14 Feb 2026, at 10:20, Chloe Baxter <chloebaxter@btinternet.com> wrote:
> Hi Rachel, thanks for the call on Tuesday - do you know when the next stage might be?`, 'Re: Next stage?'),

  rej('application', ['position_filled'], { ...door },
    `Dear Mihai,

Thank you for your application for the Delivery Driver vacancy (ref DD-0907). We wish to inform you that this position has now been filled. Your details will remain in our talent pool for 12 months and we may contact you about suitable vacancies.

Regards,
Recruitment
Swiftline Couriers

Do not reply to this email - this mailbox is not monitored.`, 'Delivery Driver - DD-0907'),

  rej('interview', ['position_filled', 'profile_mismatch'], {},
    `Hi Aditi,

Thank you for the follow-up. We've now offered the role to a candidate whose background lines up more closely with what the team needs, and they've accepted. I appreciate your time and interest.

Kind regards,
Roisin

On Mon, 2 Mar 2026 at 09:30, Aditi Kulkarni <aditi.k@outlook.in> wrote:
> Dear Roisin, thanks again for the interview on the 20th. Please let me know if you need any further information from me.`, 'Re: Research Associate interview'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Chen,

Thanks for your question about the coding challenge. You passed 7 of the 12 hidden tests; the ones that failed were all on concurrency, and the role needs strong experience with multithreaded Java. So we won't be moving you to the interview stage.

HackerGrid notifications on behalf of Tidewell Systems

On Sat, Feb 21, 2026 at 10:05 PM Chen Liu <chen.liu.cs@gmail.com> wrote:
> Hello, could you tell me how I did on the challenge? I didn't get any score.`, 'Re: Your coding challenge results'),

  rej('assessment', ['assessment'], {},
    `Dear Mohammed,

Thank you for completing the situational judgement test as part of your application to the Customer Service Apprenticeship. Unfortunately your results did not meet the required standard to progress further.

Yours sincerely,
Early Careers Team
Northvale Water

This is an automated email sent via Oleeo. Please do not respond.`, 'Your application - Customer Service Apprenticeship'),

  rej('assessment', ['generic'], {},
    `Dear Ms. Alvarez,

Further to our conditional offer, we have now received the results of your pre-employment background screening. We regret that we are unable to proceed with your appointment.

Regards,
Compliance & Onboarding
Sterling Meridian Insurance

---------- Forwarded message ---------
From: Onboarding <onboarding@sterlingmeridian.com>
Date: 15 Jan 2026
Subject: Background check - action required

Please complete the background screening form via the link below.`, 'Re: Background check - action required'),

  rej('final', ['generic'], { ...offered },
    `Hi Yara,

Thanks for your email. Following the reference checks after your final interview, we've decided not to proceed with the offer. I know that's disappointing. I'm happy to have a call if you'd like to talk about it.

Best,
Damien

On 10 Mar 2026, at 14:51, Yara Saleh <yara.saleh@live.com> wrote:
> Hi Damien, I've sent all three referee contacts. Is there anything else you need?`, 'Re: References'),

  rej('screen', ['profile_mismatch'], {},
    `Thanks Femi - appreciate you taking the time for the call. Having talked it through with the hiring manager, we don't think your experience is the right match for this particular role. Good luck with your search.

Jo

-----Original Message-----
From: Femi Adebayo
Sent: 26 January 2026 11:45
To: Jo Kendall
Subject: Thanks for the call

Hi Jo, thanks for your time this morning.`, 'RE: Thanks for the call'),

  rej('application', ['generic'], {},
    `Hi Sophie,

Thanks for reaching out. I checked with the hiring team and your application for the Social Media Executive role won't be progressing. We had a very high number of applications.

Laura

On Fri, 20 Feb 2026 at 08:13, Sophie Grant <sophiegrant22@gmail.com> wrote:
> Hi, I applied for Social Media Executive two weeks ago and haven't heard anything. Could you let me know my status? I've also attached my portfolio.`, 'Re: Application status'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Abdul,

Thank you for your message. For the Electrician post we require an 18th Edition wiring certificate and an ECS gold card, which your application does not show. We therefore can't consider it at this stage.

Regards,
Lisa Hewitt
HR, Brampton Electrical Services

-----Original Message-----
From: Abdul Karim
Sent: 9 March 2026 07:02
Subject: Electrician vacancy

Hello, I sent my CV last week and would like to know if I have been shortlisted.`, 'RE: Electrician vacancy'),

  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Hi Anjali,

Thank you for the follow-up. The team felt you'd be a good engineer here, but two things stood in the way: the role needs hands-on AWS experience (you've worked mainly on Azure), and it's based in our Austin office three days a week, which you mentioned you couldn't do. Sorry it's not a yes.

Best,
Kyle Morrison
Engineering Manager, Helix Ledger

On Thu, Mar 5, 2026 at 9:00 AM, Anjali Verma <anjaliverma@protonmail.com> wrote:
> Hi Kyle, I wanted to follow up on my interview from last week. Any news?`, 'Re: Cloud Engineer'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Ibrahim,

Thank you for coming to the final round on 9 March. It was a close decision, but we chose a candidate whose experience fitted the role a little more closely. We'd be very glad to see your name in future applications.

Best regards,
Selma Karlsson
Recruitment, Aurelia Hotels

Sent from my iPad

On 2 Mar 2026, at 10:00, Selma Karlsson wrote:
> Dear Ibrahim, congratulations! You're one of three finalists for the Front Office Manager role.`, 'Re: Front Office Manager - finalists'),

  rej('interview', ['generic'], { ...offered, ...door },
    `Hi Theo, sorry to bring this news - we've chosen to move forward with another candidate after the interviews. If you'd like feedback, just drop me a line, and please do apply for future roles with us.

-- Harriet

---- On Tue, 10 Mar 2026 17:55:01 +0000 Theo Grant <theo.grant@zoho.com> wrote ----
> Hi Harriet, thanks for the interview with Max today, really enjoyed it!`, 'Re: Interview with Max'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Keisha,

Thank you for your interest in the Clinical Research Associate post. The role requires at least two years of on-site monitoring experience, and your CV shows around six months. We're unable to progress your application, but please apply again when you reach that level.

HR Team, Aldercroft Clinical

-----Original Message-----
From: Keisha Brown
Subject: Application for CRA post

Please find my application attached.`, 'RE: Application for CRA post'),

  // ── 7. New text under the quote, "see below", short phone replies
  rej('interview', ['position_filled'], {},
    `> On 2 Feb 2026, at 09:12, Hamid Rahimi <hamid.rahimi@gmail.com> wrote:
> Hi Sarah, thanks for the interview yesterday. Do you know when you'll decide?

Hi Hamid, we've actually just made an offer and it has been accepted, so I'm afraid it's a no from us this time. Thanks for coming in.

Sarah`, 'Re: Yesterday'),

  rej('final', ['salary'], { ...fb },
    `Hi Petra, as per the note from the hiring team below - sorry. Let's talk Monday.

Will Dawson | Dawson Exec Search

From: Colm Byrne <colm.byrne@harbourgate.ie>
Sent: Thursday, 26 February 2026 17:40
To: Will Dawson <will@dawsonexec.ie>
Subject: Petra - CFO search

Will,
The board met after the final presentations. Petra was impressive, but her minimum of 240k plus equity is well outside what we've approved (around 190k). We're going to proceed with the other finalist.
Colm`, 'FW: Petra - CFO search'),

  rej('screen', ['role_closed'], {},
    `Sorry Aleks, bad news - the client has pulled the role entirely (reorg). Nothing to do with you or our call on Friday. Will be in touch when I have something else.

Sent from my Galaxy`, 'client update'),

  rej('interview', ['profile_mismatch'], {},
    `Morning Jess,

See the email from Helen below, I'm afraid. I'm sorry - I thought the interview went really well from what you said.

Tom
Tom Ridley, Consultant, Oakmere Recruitment

---------- Forwarded message ---------
From: Helen Ashby <h.ashby@castleward-legal.co.uk>
Date: Mon, 9 Feb 2026 at 12:20
Subject: Jessica Lowe - Paralegal
To: Tom Ridley <tom.ridley@oakmere.co.uk>

Hi Tom, thank you for sending Jessica. We interviewed her on Thursday and have decided to go with a candidate whose background is a closer match. Kind regards, Helen`, 'Fwd: Jessica Lowe - Paralegal'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Nadia, quick one on your question below. The design task came back with a 2/5 on accessibility (colour contrast and no focus states) and that's one of the areas we weight heavily. Not moving forward this time, but please try again in the next cycle.

Paolo
Design Lead, Quillby

On Fri, 27 Feb 2026 at 19:40, Nadia Haddad <nadia.designs@gmail.com> wrote:
> Hi Paolo, I saw the portal says "not progressing" - can you tell me which part of the design task let me down?`, 'Re: Design task'),

  rej('application', ['generic'], {},
    `Thanks for your follow-up. Unfortunately we won't be progressing your application for the Barista role. Good luck!

Bean & Bramble Coffee

> On 11 Mar 2026 Jordan Hughes wrote:
> Hi, I dropped my CV in last week, just wondered if you're still hiring? I can start immediately and I'm free weekends.`, 'Re: Barista job'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Aylin,

Thank you for your email below asking for feedback. The panel noted that you haven't yet worked under IFRS 17, which is central to this role given the insurance clients we serve. Other than that you interviewed very well. Happy to go into more detail on a call if you like.

Kind regards,
Stephen Oduya
Audit Senior Manager, Rowntree Kimber LLP

-----Original Message-----
From: Aylin Demir
Sent: 13 February 2026 08:30
To: Stephen Oduya
Subject: RE: Audit Senior - interview outcome

Dear Stephen, thank you for your message. I would appreciate any feedback you can share.

-----Original Message-----
From: Stephen Oduya
Sent: 12 February 2026 18:00
Subject: Audit Senior - interview outcome

Dear Aylin, I'm sorry to tell you that we will not be offering you the role on this occasion.`, 'RE: Audit Senior - interview outcome'),

  rej('final', ['position_filled'], { ...door },
    `<html><body><p>Dear Sebastián,</p><p>Thank you for participating in the final stage of our selection for Regional Sales Director. We wanted to let you know that the position has now been filled.</p><p>We will keep your profile in our talent community and may reach out about future opportunities.</p><p>Greenhouse on behalf of Taliso Group</p></body></html>

On Mon, Jan 26, 2026, Taliso Recruiting <no-reply@greenhouse.io> wrote:
> Congratulations, you have been invited to the final interview stage.`, 'Your application with Taliso Group'),

  rej('interview', ['internal_candidate'], { ...door },
    `Hi Grace,

Thank you for your follow-up and your kind note after the interview. I wanted to let you know that we've appointed an existing member of staff to the position. We really enjoyed meeting you, and I'd encourage you to apply again - we usually recruit for this team in the spring.

Best wishes,
Priya Nair
Senior Recruiter, Cobalt Health

On Tue, 3 Mar 2026 at 10:14, Grace Whitmore <grace.whitmore@gmail.com> wrote:
> Hi Priya, thank you again for the interview on Friday. I just wanted to reiterate my interest in the role.`, 'Re: Thank you'),

  rej('application', ['location'], {},
    `Hi there,

Thanks for your interest. This position requires candidates to be based within commuting distance of our Rotterdam office and we are not able to offer relocation support, so we won't be taking your application further.

Portside Logistics Recruitment

On 16 Feb 2026, Kofi Boateng wrote:
> Hello, I am based in Accra and very interested in the Customs Broker role.`, 'Re: Customs Broker'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hi Ella,

Thanks for the call on Monday and for your question afterwards. Honestly, the thing that stood out was that you said you're happiest with clear long-term plans and stable processes - we're an eight-person startup that changes direction most months, and I think that would frustrate you. So we won't continue this time.

Ravi
Founder, Kettlebird

On Tue, Feb 10, 2026 at 6:02 PM Ella Brooks <ella.brooks@me.com> wrote:
> Hi Ravi, great chatting today! Was there anything from my side you'd want me to clarify?`, 'Re: Great chatting'),

  rej('interview', ['overqualified'], {},
    `Hi Margaret,

Sorry for the delay in getting back to you. After the interview we agreed that your level of experience is well above what this role needs, and we don't think it would be the right step for you. Thank you for your interest.

Jonny

Sent from Yahoo Mail on Android

On Mon, 16 Feb 2026 at 11:30, Margaret Doyle <mdoyle@eircom.net> wrote:
> Hi Jonny, any news on the bookkeeper role? Thanks, Margaret`, 'Re: Bookkeeper'),

  rej('final', ['assessment'], { ...fb },
    `Hi Luca,

Thanks for taking the outcome well. To your question: of the four exercises on the assessment day, the group exercise and interview were strong, but the in-tray exercise scored below the threshold - you prioritised the supplier complaint over the safety incident, which the assessors weighed heavily.

Regards,
Early Talent Team, Carrow Rail

> On 5 Mar 2026, at 12:00, Luca Romano <luca.romano@libero.it> wrote:
> Thank you for letting me know. Could you share which part of the assessment day I did not pass?`, 'Re: Assessment Day outcome'),

  rej('screen', ['salary'], { ...fb },
    `Hi Arjun - following our call, I'm afraid the client can't go to the 70k you mentioned; the band is 52-58k. I'll withdraw you from this one and keep an eye out for better-paid roles.

Sent from my iPhone

On 3 Mar 2026, at 14:18, Arjun Pillai <arjun.pillai@gmail.com> wrote:
> Hey Megan, thanks for the call. Do let me know the client's thoughts on the salary side.`, 'Re: Call earlier'),

  rej('interview', ['generic'], {},
    `Dear Candidate,

Thank you for interviewing for the role of Laboratory Technician. After careful consideration we have decided not to proceed with your application.

Kind regards,
Talent Acquisition
BioNova Diagnostics

Please do not reply to this email.

From: BioNova Diagnostics <no-reply@smartrecruiters.com>
Sent: Friday, 23 January 2026 09:00
Subject: Interview scheduled - Laboratory Technician

Your interview has been scheduled for Wednesday 28 January, 13:00.`, 'Your application at BioNova Diagnostics'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Leah, thanks for your message. We've reviewed your application and don't feel your experience fits this role closely enough. We'll keep your CV on file and may be in touch about other openings.

Ines, Talent @ Wovenly

On Wed, 4 Mar 2026 at 08:50, Leah Morgan <leah.morgan@gmail.com> wrote:
> Hi Ines, I applied for the Operations Associate role and wondered if it's still open.`, 'Re: Operations Associate'),

  rej('assessment', ['skills_gap'], { ...fb },
    `Hi Omar,

Thanks for completing the translation test. The reviewers found the Arabic-to-English section very good, but the role needs legal French as well, and the French section showed you're not yet at the C1 level we need. We won't take it further this time.

Bettina
Lingua Juris Ltd

On Thu, 19 Feb 2026 at 09:00, Bettina Roth <bettina@linguajuris.com> wrote:
> Dear Omar, you've been shortlisted! Please complete the attached translation test by Monday.`, 'Re: Translation test'),

  rej('final', ['role_closed'], {},
    `Hi Tariq,

Apologies for the silence since the final round. Following a reorganisation, the Head of Data role has been folded into an existing director's remit, so the position won't be filled externally. We're closing the process.

Best,
Jasmine

-----Original Message-----
From: Tariq Aziz
Sent: 9 March 2026 16:10
To: Jasmine Clarke
Subject: Head of Data - final round

Hi Jasmine, hope you're well - just checking in after the final round two weeks ago.`, 'RE: Head of Data - final round'),

  rej('interview', ['culture_fit', 'skills_gap'], { ...fb, ...offered },
    `Hi Freya,

Thanks for asking. Two things from the panel: the role needs someone who has led Scrum ceremonies, and you haven't yet done that formally; and the team felt your preference for fully asynchronous work would be tricky here, where we work very much in person and in real time. Happy to chat more if it's useful.

Rhys
Delivery Manager, Penarth Digital

On Thu, 12 Mar 2026 at 16:04, Freya Lewis <freya.lewis@outlook.com> wrote:
> Hi Rhys, thanks for telling me. Is there any feedback you can share from the interview?
>
> On Wed, 11 Mar 2026 at 17:30, Rhys Jenkins <rhys@penarthdigital.co.uk> wrote:
>> Hi Freya, thanks for interviewing with us. We won't be progressing this time.`, 'Re: Delivery Manager'),

  rej('screen', ['location'], { ...fb },
    `Hi Valentina,

Thanks again for the call on Thursday. I checked, and the role can't be done from Argentina - we need overlap with US Eastern business hours and the contract must be with a US-resident employee. I'm sorry we can't proceed.

Mark Ellis
Recruiter, Brightfold

On Thu, Feb 26, 2026 at 2:00 PM Valentina Cruz <vale.cruz@gmail.com> wrote:
> Thanks for the call, Mark! As mentioned I'm in Buenos Aires. Let me know the next steps.`, 'Re: Next steps'),

  rej('application', ['generic'], { ...offered },
    `Hi Nils,

Unfortunately, we won't be moving forward with your application for Support Engineer. If you'd like any feedback, feel free to reply to this email.

Best,
Ashby on behalf of Quarrel

--
Original message from Nils Eriksson, 2 Feb 2026:
Hi, I was rejected for another role with you last year - is it okay to apply for this one?`, 'Your application to Quarrel'),

  rej('interview', ['role_closed'], { ...door },
    `Hi Hugo,

Thanks for checking in. I'm sorry - the funding for the Research Software Engineer post fell through last week, so we won't be appointing. I'd keep an eye on our vacancies page; if the grant is renewed in the summer we'll advertise again, and I'll let you know directly.

Dr. Sian Probert
Research Group Lead, Department of Earth Sciences

On Mon, 9 Mar 2026 at 10:00, Hugo Martin <hugo.martin@ens.fr> wrote:
> Dear Dr Probert, I hope you're well. I wanted to ask whether there is news following my interview in February.`, 'Re: RSE post'),

  rej('screen', ['internal_candidate'], {},
    `Hi Dominika,

Following up on our phone call last week: the hiring manager has decided to give the Sous Chef position to one of our current line chefs, so we won't be arranging a trial shift. Thank you for your time.

Lewis
Kitchen Recruitment, The Larder Group

On 20 Feb 2026, at 22:41, Dominika Kowalska <dkowalska@onet.pl> wrote:
> Hi Lewis, thanks for the call today. When can I come for the trial?`, 'Re: Sous Chef'),

  // ── 8. Paused processes answering a check-in
  hold('interview', ['role_closed'], {},
    `Hi Aaron,

Thanks for checking in, and sorry for the quiet. The Senior Designer role is on hold while leadership finalises next year's budget - we expect to know more by the end of April. You're still very much in the process and I'll come back to you as soon as I hear.

Mia

On Mon, 9 Mar 2026 at 09:00, Aaron Fitch <aaron.fitch@gmail.com> wrote:
> Hi Mia, hope you're well. Any news following the second interview?`, 'Re: Senior Designer'),

  hold('final', ['generic'], {},
    `Dear Sunita,

Thank you for your patience. The decision after the final interviews has been delayed because two members of the panel are travelling. We expect to come back to all finalists by 20 March. Nothing has been decided yet.

Best regards,
Carla Mendes
HR Manager, Lusitania Shipping

-----Original Message-----
From: Sunita Rao
Sent: 10 March 2026 11:14
To: Carla Mendes
Subject: Final interview - follow-up

Dear Carla, I wanted to follow up on the final interview last Wednesday.`, 'RE: Final interview - follow-up'),

  hold('application', ['role_closed'], {},
    `Hello,

Thank you for your application to the Logistics Planner position. Please note that recruitment for this role has been temporarily paused due to an internal review. Your application remains on record and we will contact you if the process resumes.

Recruitment Team
Halden Freight

This message was sent via Teamtailor.`, 'Logistics Planner - update'),

  hold('screen', ['generic'], {},
    `Hi Kai - sorry it's gone quiet! The hiring manager's been off sick, so we're a week or two behind. You're still in the running for the next stage; I'll be in touch as soon as she's back.

Sent from my iPhone

> On 3 Mar 2026, at 09:15, Kai Andersen <kai.andersen@outlook.dk> wrote:
> Hi Sophie, just checking whether there's any news after our call?`, 'Re: Checking in'),

  hold('assessment', ['role_closed'], {},
    `Hi Bea,

Thank you for submitting the case exercise. I want to be upfront: we've just been told there is a temporary hiring freeze across the business until Q2. We'll mark the process as paused rather than close it, and if the freeze lifts we'll pick up from where we are with you.

Regards,
Natasha Iqbal
Talent, Westbury Consulting

On Fri, 27 Feb 2026 at 17:00, Bea Sorensen <bea.sorensen@gmail.com> wrote:
> Hi Natasha, please find my case exercise attached.`, 'Re: Case exercise'),

  hold('interview', ['generic'], {},
    `Hi Duc,

Thanks for your patience - we're still interviewing a couple of candidates this week, so our decision will take a bit longer than I said. I expect to have an answer for you by next Friday.

Hannah

----- Original Message -----
From: "Duc Nguyen" <duc.nguyen@gmail.com>
To: "Hannah Reid" <hannah@lumenbay.com>
Sent: Tuesday, 17 February 2026 08:55
Subject: Interview follow up

Hi Hannah, thanks for the interview last week. Is there an update?`, 'Re: Interview follow up'),

  hold('final', ['role_closed'], {},
    `Dear Aleksander,

I'm sorry to be writing with this after you reached the final stage. The board has paused the COO search while it considers a possible merger. No decision has been made about any candidate, and we hope to resume in the summer.

Kind regards,
Rupert Vance
Partner, Vance & Marlow Executive Search

Begin forwarded message:
From: "Elena Barros" <elena.barros@ostrava-holdings.com>
Subject: COO search
Rupert - please tell the finalists we are pausing the search until further notice.`, 'COO search - pause'),

  hold('application', ['generic'], {},
    `Hi Farida,

Thanks for your email. We haven't started reviewing applications yet - the closing date was extended to 31 March, so there will be a delay before we contact shortlisted candidates. Your application is safe with us.

Best,
Recruitment, Hollins Trust

On 12 Mar 2026, Farida Nasser wrote:
> Hello, could you tell me when shortlisting for the Fundraising Officer post will happen?`, 'Re: Fundraising Officer'),

  // ── 9. Look-alikes: an old decline in the history, new text invites or thanks
  other(`Hi Naomi,

Good news - the hiring manager for our Data Engineer role saw your application and would like to meet you. Are you free for a 45-minute video interview on Thursday or Friday afternoon?

Best,
Kayode
Talent Partner, Lumeri

On Tue, 11 Nov 2025 at 10:02, Kayode Ajayi <kayode@lumeri.io> wrote:
> Hi Naomi, thank you for applying for the Analytics Engineer role. Unfortunately we've decided to move forward with other candidates whose experience more closely matched our needs. We'll keep your details on file.`, 'Re: Your application - Lumeri'),

  other(`Dear Martin,

Thank you for your application for the Project Manager position. We have received it and our team will review it over the coming weeks.

Kind regards,
Recruitment Team
Oakhurst Construction

-----Original Message-----
From: Recruitment Team
Sent: 04 September 2025
To: Martin Shaw
Subject: Site Manager - outcome

Dear Martin, thank you for your interest in the Site Manager role. Regrettably you have not been shortlisted on this occasion.`, 'RE: Site Manager - outcome'),

  other(`Hi Isla, thanks so much for the kind note - it was a pleasure meeting you too. I'll be sure to pass on your thanks to Mark and Deepa. We'll be in touch next week with next steps.

Priya

On 3 Mar 2026, at 18:12, Isla Kerr <isla.kerr@gmail.com> wrote:
> Hi Priya, thank you for today's interview. I know last year's application didn't work out, but I'm really glad I applied again - the team sounds great.`, 'Re: Thank you'),

  other(`Hello Samuel,

I remember you from the Finance Analyst process last spring - I'm sorry that one didn't work out. We've just opened a Senior Finance Analyst role that I think fits your background much better. Would you be open to a quick call this week?

Emily Carter
Talent Acquisition, Brightmoor Group

---------- Forwarded message ---------
From: Brightmoor Careers <careers@brightmoor.com>
Date: 18 April 2025
Subject: Finance Analyst

Dear Samuel, after careful consideration we will not be progressing your application.`, 'New role - Senior Finance Analyst'),

  other(`Hi Lucia,

Confirming your final interview on Wednesday 18 March at 10:00 at our Bristol office (2 Temple Quay). You'll meet Sarah (CFO) and James (Head of FP&A). Let me know if you need parking.

Best,
Olivia

On Mon, 2 Mar 2026 at 09:00, Olivia Grant <olivia@quaymark.co.uk> wrote:
> Hi Lucia, congratulations - you've been shortlisted for the final round!`, 'Re: Final round - Quaymark'),

  other(`Dear Mr Haddad,

We are pleased to offer you the position of Quality Engineer at Tessaro Components, starting on 1 April 2026. Please find the offer letter attached.

Kind regards,
Anke Vogel
HR Manager

On 10 Mar 2026, at 16:20, Karim Haddad wrote:
> Dear Anke, I wanted to let you know that I have received another offer and need to decide by Friday. Is there any news on your side?`, 'Re: Quality Engineer - offer'),

  other(`Hi Jamal,

Thanks for letting me know, and congratulations on the new role! I've withdrawn your application from our process as you asked. Please do keep in touch - we'd love to hear from you in the future.

Best,
Gwen

On Wed, 4 Mar 2026 at 20:15, Jamal Carter <jamal.carter@gmail.com> wrote:
> Hi Gwen, I've accepted another offer so I'd like to withdraw from the Product Analyst process. Thanks for everything.`, 'Re: Withdrawing my application'),

  other(`Thanks Ama, got it - I've passed your availability to the panel and will confirm the time tomorrow.

Sent from my iPhone

> On 9 Mar 2026, at 12:03, Ama Owusu <ama.owusu@gmail.com> wrote:
> Hi Ruth, I'm free Tuesday after 2pm or any time Wednesday for the second interview.`, 'Re: Second interview'),

  other(`Dear Rahul,

Thank you for your email below. Your application is still under review and no decision has been made yet. We expect to contact shortlisted candidates by the end of the month.

Kind regards,
HR Team, Carrick Pharma

-----Original Message-----
From: Rahul Gupta
Sent: 12 March 2026 09:45
Subject: Application status - QA Specialist

Hello, I wanted to check on the status of my application. I was declined for the QC Analyst role in January, so I'm hoping this one goes better!`, 'RE: Application status - QA Specialist'),

  other(`Hi Elif,

Of course - happy to talk you through the feedback from the panel. How about Thursday at 4pm? I'll send an invite.

Tobias

On Mon, 9 Mar 2026 at 08:02, Elif Yilmaz <elif.yilmaz@gmail.com> wrote:
> Hi Tobias, thanks for your email last week. Would you be free for a short call to go over the feedback?
>
> On Wed, 4 Mar 2026 at 17:00, Tobias Klein <tobias@riverlane-tech.de> wrote:
>> Hi Elif, sorry to say we won't be progressing your application for Solutions Architect.`, 'Re: Feedback call'),

  other(`Hi Callum - see below, the client wants to see you again for a second interview! Can you do Tuesday?

Dan

---------- Forwarded message ---------
From: Ruth Ibbotson <ruth@harrowfield.co.uk>
Date: Thu, 5 Mar 2026 at 15:01
Subject: Callum Reid
To: Dan Petrie <dan@fieldstone-recruit.co.uk>

Dan - we'd like Callum back for a second stage with our MD. Please send some times.`, 'Fwd: Callum Reid'),

  other(`Dear Olga,

Thank you for your interest in joining our talent community. You'll now receive alerts when roles matching your preferences are published.

Vireo Careers

This is an automated message. Please do not reply.

---
Previous message: Thank you for applying for the Procurement Specialist role. Unfortunately, we have decided not to progress your application.`, 'Welcome to the Vireo talent community'),

  other(`Hi Bruno,

Just confirming we got your completed assessment - thanks for turning it around so quickly. The team will review it this week and I'll be back in touch with the outcome.

Cheers,
Alana

On Sun, 8 Mar 2026 at 21:33, Bruno Costa <bruno.costa@gmail.com> wrote:
> Hi Alana, attached is my take-home for the Frontend Engineer role.`, 'Re: Take-home submitted'),

  other(`Hi Saoirse,

Thank you for the update about your other offer. We don't want to lose you, so we've moved things up: could you do the final interview this Thursday instead of next week?

Eoin
Head of Talent, Glenveagh Games

On 10 Mar 2026, at 09:10, Saoirse Murphy <saoirse.murphy@gmail.com> wrote:
> Hi Eoin, just to let you know I've received an offer from another studio with a deadline of Monday.`, 'Re: Timeline'),

  other(`Hello Matteo,

Thank you for attending the interview yesterday. We enjoyed meeting you. The team is meeting on Friday to discuss all candidates and we will be in touch early next week.

Best regards,
Giulia Ferri
HR, Arcadia Textiles

-----Original Message-----
From: Giulia Ferri
Sent: 19 February 2026
Subject: Interview invitation

Dear Matteo, we would like to invite you to an interview on 4 March.`, 'RE: Interview invitation'),

  other(`Hi Mariam, yes - the role is still open and we're happy to receive your updated CV. I've attached it to your profile.

Sent from my iPhone

> On 6 Mar 2026, at 11:20, Mariam Ali <mariam.ali@hotmail.co.uk> wrote:
> Hi, I was told in December that my application for the Pharmacy Assistant role wasn't successful. I've now finished my NVQ Level 2 - could I apply again?`, 'Re: Pharmacy Assistant'),

  other(`Dear Henrik,

Thank you for your message. To answer your question: yes, the Infrastructure Engineer role allows remote work from anywhere in the EU, and we can support relocation if you'd prefer to be in Berlin. Your application is with the hiring manager.

Regards,
Corinna
Talent, Nordwolke GmbH

On 2 Mar 2026, at 09:30, Henrik Larsen wrote:
> Hi, before I go further - is the role open to candidates in Denmark? My last application with you was turned down because of location.`, 'Re: Remote question'),

  other(`Hi Pedro,

Great news - the team would like to make you an offer for the Customer Support Lead role. I'll call you this afternoon to go through the details.

Laura

-----Original Message-----
From: Pedro Alves
Sent: 11 March 2026 10:00
To: Laura Kim
Subject: Salary question

Hi Laura, just to be open before the final decision - my expectation is 55k. I know the last role I applied for with you didn't work out on salary.`, 'RE: Salary question'),

  other(`Your application was received.

Thank you for applying to Warehouse Operative (Night Shift) at Harlan Distribution. A member of our team will review your application.

Indeed Apply

--- Earlier message in this conversation ---
Harlan Distribution: Thanks for applying. The Forklift Driver role has now been filled.`, 'Application received - Warehouse Operative'),

  other(`Hi all,

Welcome to this month's Ridgeline careers newsletter! This month: meet our new Lisbon team, three tips for acing the case interview, and our open roles in engineering and finance.

Not selected last time? Many of our people joined on their second or third application - don't give up.

Unsubscribe | Privacy`, 'Ridgeline Careers - March'),

  other(`Hi Anders,

Thanks for getting back to me, and no problem at all about withdrawing. I completely understand the move to Gothenburg makes the commute impossible. Best of luck!

Sigrid

On Wed, 25 Feb 2026 at 07:40, Anders Holm <anders.holm@gmail.com> wrote:
> Hi Sigrid, I'm sorry but we're relocating, so I'll have to withdraw from the process for the Stockholm role.`, 'Re: Withdrawal'),

  other(`Dear Adaeze,

Following your assessment, we're pleased to invite you to the next stage: a competency-based interview with the hiring manager. Please choose a slot using the link below.

Kind regards,
Early Careers, Harrowgate Bank

On 12 Jan 2026, Harrowgate Bank <careers@harrowgate.com> wrote:
> Thank you for applying to the Summer Internship. Unfortunately we're unable to offer you a place on this programme. You may still apply to our Graduate Scheme.`, 'Next stage - Graduate Scheme'),

  other(`Hey Liam - sorry, I had to move our call! Could we do 3pm instead of 11? Same link.

Freddie
Sent from my iPhone`, 'Call time'),

  other(`Hi Zainab,

Thanks for your note. I wanted to reassure you that nothing's wrong - we're simply still interviewing, and we've got two more candidates to see this week. You're very much in consideration.

Alex

On Tue, Mar 10, 2026 at 8:10 AM Zainab Hussain <zainab.hussain@gmail.com> wrote:
> Hi Alex, I haven't heard back since the interview and I'm worried I've been rejected. Is there any update?`, 'Re: Update?'),

  other(`Dear Kateryna,

Thank you for your feedback request regarding the Compliance Officer position. I've shared it with the hiring manager, who will reply to you directly in the next few days.

Kind regards,
Recruitment Support, Aldwych Partners

-----Original Message-----
From: Kateryna Shevchenko
Sent: 11 March 2026 08:12
Subject: RE: Compliance Officer

Hello, I was told I was unsuccessful after the interview. Could I please have some feedback?`, 'RE: Compliance Officer'),

  other(`Hi Finn, forwarding the candidate pack for the assessment day below. Good luck!

Rachel

---------- Forwarded message ---------
From: Early Careers <earlycareers@sentinelgroup.com>
Date: Fri, 6 Mar 2026
Subject: Assessment Day - 19 March

Dear Finn, congratulations on progressing to the assessment day. Please read the attached pack.`, 'Fwd: Assessment Day - 19 March'),

  other(`Hi Marisol,

Thanks for your question. To clarify, the email you got yesterday was sent in error - it was for a different requisition. Your application for the HR Coordinator role is still active and the hiring manager wants to speak with you next week. Apologies for the confusion!

Tara
People Ops, Fernhill

On Thu, 12 Mar 2026 at 18:00, Marisol Vega <marisol.vega@gmail.com> wrote:
> Hi Tara, I got an email saying I wasn't selected - is that right? I thought my interview was next week.`, 'Re: Email yesterday'),

  other(`Dear Aiden,

Thank you for accepting our offer! Please find your contract and the new starter form attached. We look forward to welcoming you on 6 April.

Warm regards,
Helen Ward
People Team, Stoneleigh Housing

On 11 Mar 2026, at 10:22, Aiden Walsh wrote:
> Dear Helen, I'm delighted to accept the offer for the Housing Officer role.`, 'Re: Offer - Housing Officer'),

  other(`Hi Yuki,

Thanks for your patience - we've now completed the interviews and I'm happy to say we'd like you to come back for a final round with our VP. I'll send times shortly.

Best,
Nora

> On Mar 9, 2026, at 9:01 AM, Yuki Tanaka <yuki.tanaka@gmail.com> wrote:
> Hi Nora, any update? I was turned down for the other team's role in January so fingers crossed for this one.`, 'Re: Any update?'),

  other(`New jobs matching your alert "marketing manager london":

- Marketing Manager, Cobalt & Ash - London, hybrid
- Senior Brand Manager, Pollen - London
- Marketing Lead, Greyfriars Hotels - London

Based on your recent applications, including Halcyon Media, 3 new roles fit your profile.

Manage alerts | Unsubscribe`, 'Jobs for you this week'),

  other(`Hi Connor,

Thanks for the thoughtful message. No decision yet - the references are with us and the panel meets on Tuesday. I'll let you know straight after.

Kind regards,
Beatrice
HR Manager, Millbrook School

-----Original Message-----
From: Connor Hayes
Sent: 6 March 2026 19:40
Subject: References

Dear Beatrice, my referees have confirmed they sent their references. Is there anything else I can do?`, 'RE: References'),

  other(`Dear Ngozi,

We acknowledge receipt of your message dated 2 March 2026 regarding your application reference TR-55102. A member of our team will respond within 10 working days.

Customer Services
Thamesreach Council

Please do not reply to this email.`, 'Acknowledgement - TR-55102'),

  other(`Hi Oscar,

Thanks for telling me you'd like to step back from the process - totally understand, and I'm sorry the timing didn't work. I've closed your application as requested. Best of luck with the new role.

Maya, Talent @ Wildgrain

On Fri, 6 Mar 2026 at 13:22, Oscar Lind <oscar.lind@gmail.com> wrote:
> Hi Maya, after a lot of thought I've decided to withdraw from the process. Thanks for your help.`, 'Re: Withdrawal from process'),

  other(`Hi Beatriz,

Just to let you know, I've shared your CV with the hiring manager for the Senior Buyer role. She'll review it this week and I'll update you by Friday.

Thanks,
Rosie, Corbin Recruitment

---------- Forwarded message ---------
From: Maple Retail <jobs@mapleretail.com>
Date: 20 Nov 2025
Subject: Buyer

Thank you for your application. We won't be taking it further.`, 'Senior Buyer - CV submitted'),

  other(`Dear Kamal,

Thank you for taking the time to meet us yesterday. As discussed, we will now request your references. Please complete the referee form attached.

Kind regards,
Nasreen Patel
HR Officer, Elmcroft Primary Trust

On 3 Mar 2026, at 08:00, Nasreen Patel wrote:
> Dear Kamal, you've been shortlisted for interview for the Teaching Assistant post.`, 'Re: Shortlisting - Teaching Assistant'),

  other(`> On 5 Mar 2026, at 17:30, Ivan Petrov <ivan.petrov@yandex.ru> wrote:
> Hi, you said on the call last week I'd hear by Monday - any update?

Hi Ivan, apologies! We're still finalising the shortlist for second interviews. You'll hear from me by Wednesday either way.

Lotte`, 'Re: Update'),

  other(`Hi Nadine,

Congratulations - you passed the online assessment with a strong score! The next step is a video interview with two members of the audit team. Please pick a time on the link below.

Graduate Recruitment, Bell & Ward

On 2 Feb 2026, Bell & Ward Graduate Recruitment wrote:
> We're sorry to tell you that your application for our Tax Internship was unsuccessful.`, 'Next step: video interview'),

  other(`Hi Rory,

Thanks for the note, and understood that you're keen to hear soon. We're collecting feedback from the panel today and hope to have a decision by Thursday.

Jenna

Sent from Outlook for iOS

From: Rory McBride
Sent: Monday, March 9, 2026 8:12 AM
To: Jenna Fox
Subject: Final interview

Hi Jenna, thanks for the final interview Friday. I have another offer on the table, so a decision this week would help.`, 'RE: Final interview'),

  other(`Dear Mr. Fernandes,

This is to confirm that your interview for the Maintenance Technician role has been rescheduled from Monday 16 March to Wednesday 18 March, 09:30. Please report to reception at Gate B.

Kind regards,
HR, Tagus Packaging

-----Original Message-----
From: Tagus Packaging HR
Sent: 2 October 2025
Subject: Production Operative

Dear Mr Fernandes, the Production Operative position has been filled. Thank you for your interest.`, 'Interview rescheduled - Maintenance Technician'),

  other(`Hi Ayesha,

Thanks for the quick response and your questions about the package. I've attached the full benefits summary. The salary range for this role is 48-54k. Let me know if you'd like to go ahead with the interview on the 19th.

Best,
Kieran

On Mon, 9 Mar 2026 at 10:05, Ayesha Malik <ayesha.malik@gmail.com> wrote:
> Hi Kieran, before the interview could you tell me the salary range? My last application fell through because we were too far apart.`, 'Re: Salary range'),

  other(`Hi Jonas - thank you for the generous feedback on our interview process, I'll share it with the team. We're glad it felt fair even if the timing wasn't right for you. Good luck in your new role.

Marit`, 'Re: Thank you'),

  other(`Dear Olivia,

Thank you for your patience. Your application for Senior Nurse (Band 6) has progressed to the shortlisting panel. You'll receive an email from Trac once a decision has been made.

NHS Jobs notification

---
Previously: Your application for Staff Nurse (Band 5), ref 330-AB-224, was not shortlisted.`, 'Application update'),
];
