/**
 * Development messages of the seventy-seventh round, never sealed: mail inside threads. The latest message sits on
 * top and earlier ones are quoted below it ("On ... wrote:", "-----Original Message-----", Outlook headers, ">" lines,
 * forwarded notes). Labels follow what the latest message says plus what the quoted history makes it mean: replies to
 * feedback requests (specific, general, refused, a call offered) quoting the first rejection; rejections sent in reply
 * to the candidate's "any update?"; decisions after a pause; recruiters forwarding the hiring manager's note; a
 * rejection after an invitation in the same thread; a second rejection quoting the first; one-line phone replies.
 * Paused processes answer a check-in with a delay, a freeze, a manager away. Look-alikes use the same words in threads
 * and decline nothing: still interviewing, a reschedule, an offer after negotiation, a feedback call booked.
 *
 * Labelling choices: the stage is the furthest step named in the latest message or the quoted history; a quoted
 * invitation to an interview that the thread shows took place counts as that interview. A quoted earlier rejection's
 * flags are labelled only where the latest message repeats them; the reply's own feedback, offer and door are labelled.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d77-');

export const HANDWRITTEN_DEV_77: readonly CorpusLine[] = [
  // ── Replies to a feedback request, the first rejection quoted below
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Priya,

Of course, happy to pass this on. The panel liked how you talked through your past projects, but when we got to the system design part they felt you hadn't worked with event-driven architectures at the scale we run (we process about 40k messages a second on Kafka). That was really the deciding factor.

Best of luck,
Tom Haverford
Engineering Manager, Lumora Payments

On Wed, 14 Feb 2024 at 10:02, Priya Nair <priya.nair@fastmail.com> wrote:
> Hi Tom, thanks for letting me know. Would you be able to share any feedback from Tuesday's interview? It would really help me.
>
> On Tue, 13 Feb 2024 at 17:40, Tom Haverford <tom@lumora.io> wrote:
>> Hi Priya, thank you for meeting the team on Monday. We've decided not to move forward with your application for the Senior Backend Engineer role.`, 'Re: Senior Backend Engineer - next steps'),

  rej('interview', ['generic'], {},
    `Dear Mr Adeyemi,

Thank you for your email. I'm afraid company policy does not allow us to provide individual feedback following interviews. I'm sorry I can't be more helpful here.

Kind regards,
Funmi Bakare
HR Officer | Crestline Insurance Brokers Ltd, Lagos

-----Original Message-----
From: Chidi Adeyemi <chidi.adeyemi@yahoo.com>
Sent: 22 March 2024 09:15
To: Funmi Bakare <f.bakare@crestline.ng>
Subject: RE: Your interview for Claims Analyst

Good morning Ma, please could you tell me the areas I should improve on?

-----Original Message-----
From: Funmi Bakare
Sent: 21 March 2024 16:02
Subject: Your interview for Claims Analyst

Dear Chidi, thank you for attending the interview on 18 March. After careful consideration we regret to inform you that you were not successful.`, 'RE: Your interview for Claims Analyst'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hey Marcus,

Sure thing. Looking back at the reviewers' notes on your take-home: the API itself worked, but there were no tests at all and the pagination broke past page 3. Those two things pulled the score down below what we needed. The README was great though.

Please do apply again in six months or so if something opens up, genuinely.

Jess
Talent @ Brightloop

> On Mar 4, 2024, at 8:11 AM, Marcus Bell <mbell.dev@gmail.com> wrote:
>
> Hi Jess, thanks for the update. Any chance of some notes on what I could have done better on the take-home?
>
> > On Mar 1, 2024, Jess Alvarado <jess@brightloop.co> wrote:
> > Hi Marcus, thanks for completing the take-home assignment. Unfortunately we won't be moving you to the next round.`, 'Re: Brightloop take-home'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Ciara,

Thanks for getting back to me. Honestly, the written notes don't say a lot beyond the fact that the other two people we saw had more years in roles very close to this one. If it would help, I'm happy to jump on a 15 min call next week and talk it through properly - just send me a couple of times.

Thanks,
Declan Moriarty
Head of Operations, Tallow & Finch, Cork

From: Ciara Byrne
Sent: Monday 8 April 2024 11:20
To: Declan Moriarty
Subject: RE: Operations Coordinator

Hi Declan, sorry to hear that but thanks for letting me know. Is there any feedback you could give me?

From: Declan Moriarty
Sent: Friday 5 April 2024 15:48
Subject: Operations Coordinator

Hi Ciara, thanks for coming in on Wednesday. I'm sorry to say we won't be offering you the role.`, 'RE: Operations Coordinator'),

  rej('final', ['skills_gap', 'culture_fit'], { ...fb },
    `Hello Wei Ling,

Thank you for asking, and for taking the outcome so graciously. From the final round, two things came up. First, the director wanted someone who has already run a regional P&L, and your experience so far is on the country level. Second, several interviewers felt your preference for working independently might be hard in a team that works very much by consensus. Neither is a criticism of you, they are about how we work.

Regards,
Raymond Goh
Talent Acquisition Lead, APAC
Harbourline Logistics Pte Ltd | 10 Anson Road, Singapore

On 2 May 2024, at 9:30 am, Tan Wei Ling wrote:
> Dear Raymond, may I ask for some feedback from the final interviews? Thank you.
>
> On 30 Apr 2024, Raymond Goh wrote:
> > Dear Wei Ling, thank you for your time at the final round last Friday. We regret that we will not be extending an offer.`, 'RE: Regional Operations Manager - Final round outcome'),

  rej('application', ['generic'], {},
    `Hi there,

Thanks for your reply. We receive a very large number of applications for each role, so unfortunately we are not able to provide feedback at the application stage.

Best wishes,
The Recruitment Team
Marrowgate Housing Association

This mailbox is not monitored outside office hours.

On Thu, 9 May 2024 at 13:04, Aisha Rahman <aisha.r1997@outlook.com> wrote:
> Hello, I wanted to ask why my application was unsuccessful as I thought I met all the criteria.
>
> Marrowgate Housing Association wrote:
> > Thank you for applying for Tenancy Support Worker (ref MHA-2231). We will not be taking your application further.`, 'Re: Your application MHA-2231'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Jordan,

Good to hear from you. I went back to Sarah (the hiring manager) and her main point was SQL. In the technical part you were asked to write a query with a window function and it took a while to get there. Everything else - stakeholder stuff, Tableau work - she rated well.

If you brush up on the SQL side I'd love to see you apply again, we hire analysts a few times a year.

Cheers,
Kieran
People Team, Hopscotch Travel

--
On Tue, Jun 11, 2024 at 4:22 PM Jordan Mitchell <jordan.mitchell@gmail.com> wrote:
> Thanks Kieran. Could you ask if there's any feedback?
>
> On Tue, Jun 11, 2024 at 2:00 PM Kieran Walsh wrote:
> > Hi Jordan, I'm sorry, after your interview with Sarah the team has decided to go with another candidate.`, 'Re: Data Analyst interview'),

  rej('screen', ['salary'], { ...fb },
    `Hi Ben,

No problem, I can be upfront about it. The hiring manager liked your background but the salary you mentioned on our call (around 95k) is quite a bit above the band for this one, which tops out at 78k. That's really the only reason.

Thanks,
Hannah Lowe
Recruiter | Norvale Group

Sent from Outlook for iOS

________________________________
From: Ben Carter <bencarter.uk@gmail.com>
Sent: Wednesday, July 3, 2024 9:41 AM
To: Hannah Lowe
Subject: Re: Product Owner

Hi Hannah, any feedback on why it didn't go ahead?
________________________________
From: Hannah Lowe
Sent: Tuesday, July 2, 2024
Subject: Product Owner

Hi Ben, thanks for the chat last week. The team won't be progressing this time.`, 'Re: Product Owner'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Sipho,

Thank you for your message. The panel's view was simply that other candidates' backgrounds were closer to what the role requires. I'm afraid I don't have anything more detailed to share.

Kind regards
Lerato Mokoena
HR Business Partner | Kgotso Mining Services (Pty) Ltd, Johannesburg

Disclaimer: This e-mail is confidential and intended solely for the addressee.

>>> Sipho Dlamini 15/07/2024 08:12 >>>
Good day Lerato, could you please let me know what I can improve after the interview with the panel?

>>> Lerato Mokoena 12/07/2024 16:30 >>>
Dear Sipho, we regret to inform you that your interview for Safety Officer was unsuccessful.`, 'RE: Safety Officer interview outcome'),

  rej('assessment', ['assessment'], { ...fb },
    `Hello Arjun,

Thanks for writing in. Your scores from the online assessment were: numerical reasoning 41st percentile, verbal 72nd percentile, situational judgement 55th. For this programme we take candidates whose numerical score is at or above the 60th percentile, so that section is where it fell short.

Regards,
Graduate Recruitment
Kestrel Capital Advisors, Mumbai

-------- Original message --------
From: Arjun Mehta <arjunmehta.iitb@gmail.com>
Date: 19/08/2024 11:07
Subject: Re: Analyst Programme 2025

Sir/Madam, kindly share my test result and the reason for rejection.

-------- Original message --------
From: Graduate Recruitment
Subject: Analyst Programme 2025
Dear Candidate, thank you for taking the online assessment. We regret to inform you that you have not been shortlisted for the next stage.`, 'Re: Analyst Programme 2025'),

  rej('final', ['profile_mismatch'], { ...door },
    `Hi Elena,

Thanks for asking. I wish I had something more pointed for you but the honest answer is it was very close between you and the person we hired - the onsite feedback on you was strong across the board, they just had a bit more directly relevant background. I'd really like to keep in touch and I'll reach out when the next design role opens, probably in Q1.

Mike

On Mon, Sep 9, 2024 at 7:55 PM Elena Petrova <elena.petrova.design@gmail.com> wrote:
> Hi Mike, thank you for telling me personally. Is there anything from the onsite you think I should work on?`, 'Re: Product Designer onsite'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Liam,

Thanks for the note. The short version is that the team needed someone with hands-on Salesforce admin experience from day one, and in the interview it came out that yours is mostly as an end user. I've got a few more detailed notes from the interviewers - if you want to go through them, reply with a time and I'll call you.

Regards,
Sophie Tremblay
Talent Partner, Maplecrest Software, Ottawa

On Oct 2, 2024, at 10:18, Liam O'Connor wrote:
> Hi Sophie, sorry it didn't work out. Could you tell me what the panel thought?
>
>> On Oct 1, 2024, Sophie Tremblay wrote:
>> Hi Liam, I wanted to let you know we've decided to go with another candidate for the CRM Coordinator role.`, 'Re: CRM Coordinator'),

  // ── Rejections in reply to the candidate's own follow-up
  rej('application', ['generic'], { ...door },
    `Hi Nadia,

Thanks for checking in, and sorry for the silence. We've now closed this one and won't be taking your application further. Your CV will stay with us for six months in case another paralegal post comes up.

All the best,
Recruitment | Fenwick & Shaw Solicitors

On 14 Oct 2024, at 08:30, Nadia Hussain <nadia.hussain@gmail.com> wrote:
> Hello, I applied for the paralegal position three weeks ago and wondered if there was any update. Many thanks, Nadia`, 'Re: Paralegal application - update?'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hey Sam,

Sorry for going quiet. After your call with me the team reviewed everyone and decided your experience doesn't quite line up with what they're after for this one. I'll keep your details though and shout if something more suited comes up.

Cheers
Gemma
Recruitment Consultant, Bluewater Talent (Sydney)

-----Original Message-----
From: Sam Nguyen
Sent: Monday, 21 October 2024 9:02 AM
To: Gemma Price
Subject: following up

Hi Gemma, just checking in on the Marketing Coordinator role we spoke about on the phone. Any news?`, 'RE: following up'),

  rej('interview', ['position_filled'], {},
    `Hi Olu,

Apologies for the delay in replying. The position was filled last week, so we won't be moving forward with you. Thank you for the time you spent interviewing with us.

Kind regards,
Bisi Okonkwo
Office Manager, Greenleaf Agritech, Abuja

On Wed, 30 Oct 2024, 10:11 Olu Adebayo <olu.adebayo@gmail.com> wrote:
> Good morning Bisi, I'm following up on my interview of 17th October for the Farm Operations Supervisor role. Is there any update please?`, 'Re: Farm Operations Supervisor - follow up'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Rohan,

Thanks for the nudge. I've had a look and I'm afraid we can't progress you for this one - the role requires a valid Irish or UK driving licence as it involves site visits, and your application says you don't currently hold one.

Regards,
Niamh Kelly
HR Administrator, Corrib Civil Engineering

From: Rohan Das
Sent: 5 November 2024 14:40
To: careers@corribce.ie
Subject: Site Assistant application

Hi, I just wanted to follow up on my application submitted 20 October. Thank you.`, 'RE: Site Assistant application'),

  rej('final', ['generic'], { ...offered },
    `Dear Gabriela,

Thank you for your patience and for following up. I'm sorry to tell you that after the final interviews the committee has decided to offer the post to another candidate. If it would be useful, I would be glad to share some feedback - just let me know.

With best wishes,
Prof. Helen Ashworth
Chair, Search Committee
Department of Modern Languages

On Mon, 18 Nov 2024 at 09:03, Gabriela Souza <g.souza@uni-mail.br> wrote:
> Dear Professor Ashworth, I hope you are well. I am writing to ask whether the committee has reached a decision following the campus visit on 4 November.`, 'Re: Lecturer in Portuguese - campus visit'),

  rej('interview', ['role_closed'], { ...door },
    `Hi Kwame,

Sorry, I should have written sooner. Following your interview we've had a restructure and the Partnerships Lead role has been removed from the plan, so we won't be hiring for it. Really sorry to have taken up your time. If it comes back I'll contact you first.

Abena Mensah
COO, Sankofa Digital

Sent from my iPhone

> On 25 Nov 2024, at 07:45, Kwame Asante wrote:
> Hi Abena, just checking in on next steps after our conversation. Thanks!`, 'Re: Partnerships Lead'),

  rej('application', ['generic'], {},
    `Hi Chloe, we've gone another way on this one, sorry. Thanks for following up.

Sent from my iPhone

> On 2 Dec 2024, at 18:10, Chloe Martin wrote:
> Hi Dan, any news on the barista supervisor job? x`, 'Re: job'),

  rej('screen', ['location'], { ...fb },
    `Hi Anjali,

Thanks for checking in. I raised your application with the hiring team after our phone screen, and unfortunately they can't sponsor a work visa for this role, and you mentioned you'd need one. So we won't be able to move forward.

Best regards,
Kevin Brooks
Technical Recruiter | Sunport Health, Phoenix AZ

Sunport Health is an Equal Opportunity Employer.

On Tue, Dec 10, 2024 at 11:30 AM Anjali Verma <anjali.verma@gmail.com> wrote:
> Hi Kevin, following up on our call last Thursday. Is there anything else you need from me?`, 'Re: Clinical Data Engineer - follow up'),

  // ── Decisions after a pause
  rej('interview', ['role_closed'], {},
    `Dear Jakub,

I'm writing to update you on the Logistics Planner role, which we placed on hold in January. The business has now decided not to reopen it this year, so we are closing the vacancy and your application with it. Thank you for your patience and for the interviews you attended.

Kind regards,
Marta Kowalczyk
HR Manager, Vistula Freight Sp. z o.o.

-----Original Message-----
From: Marta Kowalczyk
Sent: 16 January 2025 10:00
To: Jakub Nowak
Subject: Logistics Planner - update

Dear Jakub, thank you for interviewing with us. Due to budget review the position is currently on hold. We will contact you once we have more information.`, 'RE: Logistics Planner - update'),

  rej('final', ['internal_candidate'], {},
    `Hi Fiona,

Thanks for your patience while we paused things. When the process restarted, the role was offered to a colleague already in the team, so we won't be proceeding with the external finalists. I'm sorry it ended this way after you got to the final stage.

Best,
Graham Reid
Talent Acquisition, Lochside Energy, Aberdeen

On 3 Feb 2025, Graham Reid wrote:
> Hi Fiona, just a note that we've had to pause the final stage for the Asset Integrity Engineer role for a couple of weeks. You're still very much in the process.`, 'Re: Asset Integrity Engineer'),

  rej('screen', ['generic'], { ...door },
    `Hello Diego,

As promised, here is an update. Now that hiring has resumed we have reviewed all candidates again, and we have chosen to continue with others. Thank you for the screening call in December. You are welcome to apply for other openings at any time.

Regards,
Talent Team, Solara Renewables

> We are pausing recruitment for the Field Technician role until further notice. We appreciate your patience and will be in touch.`, 'Field Technician - update'),

  rej('assessment', ['position_filled'], {},
    `Hi Mei,

Coming back to you on the Finance Assistant role - when we paused in February you'd just finished the Excel test. We have now appointed someone, so I'm closing your application. Thanks for bearing with us.

Regards
Patrick Doyle
Finance Director, Beacon Dental Group

-----Original Message-----
From: Patrick Doyle
Sent: 21 February 2025 16:15
Subject: Finance Assistant

Hi Mei, thanks for doing the Excel exercise. We have to put the process on hold for a few weeks due to the year-end. I'll be back in touch.`, 'RE: Finance Assistant'),

  // ── Recruiters forwarding the hiring manager's note
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Ahmed,

Feedback from Laura below. Sorry mate, I thought this one was a good match. Let's talk tomorrow about the other two roles.

Rich
Senior Consultant, Hartley Recruitment

---------- Forwarded message ---------
From: Laura Finch <l.finch@ossicles.co.uk>
Date: Thu, 13 Mar 2025 at 17:02
Subject: Ahmed K - Embedded Engineer
To: Richard Stone <richard@hartleyrec.co.uk>

Rich - thanks for sending Ahmed. Nice guy, good communicator, but his C is rusty and he's never written firmware for an RTOS, which is the core of the job. Not for us this time.
L`, 'Fwd: Ahmed K - Embedded Engineer'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Rachel,

Passing on the client's note as is. I'm sorry, I know you were keen.

Best, Tanya
Talent Partner, Northstar Search

Begin forwarded message:

From: "Oscar Lind" <oscar@fjordcreative.se>
Subject: Re: Rachel for Account Director
Date: 26 March 2025 at 14:11:05 GMT

Hi Tanya, we met Rachel. Very experienced but we felt she prefers a very structured, top-down way of working, and our studio is chaotic and flat. We don't think she'd be happy here. We'll pass.
Oscar`, 'Fwd: Rachel for Account Director'),

  rej('final', ['profile_mismatch'], { ...door },
    `Hi Tunde,

I'm so sorry - see below from the MD. You were one of the two left, so it's a tight one to lose. They've asked me to keep you in mind for the next finance opening there and I will.

Adaeze
Adaeze Nwosu Recruitment

---------- Forwarded message ---------
From: Managing Director <md@lekkiholdings.com>
Date: Fri, Apr 4, 2025
Subject: Finance Manager final

Adaeze, we've chosen the other finalist, whose background fits our needs a little more closely. Please thank Tunde for his time.`, 'Fwd: Finance Manager final'),

  rej('screen', ['overqualified'], { ...fb },
    `Hi Gareth,

Here's what came back from the hiring manager after your intro call - pasting it in:

"Gareth's great but he's run teams of 30 and this is a hands-on coordinator job reporting to a team lead. I think he'd be bored in a month and I'd rather not put him in that spot."

Sorry, I know it's frustrating to hear.

Ellie
Recruitment Partner, Penhaligon Staffing`, 'Project Coordinator - feedback'),

  // ── A rejection after an invitation in the same thread
  rej('interview', ['generic'], {},
    `Dear Hamza,

Thank you again for attending the interview we arranged below. I'm sorry to let you know that you have not been successful on this occasion.

Yours sincerely,
Recruitment Services
Ashby Valley NHS Foundation Trust

-----Original Message-----
From: Recruitment Services
Sent: 02 April 2025 12:30
To: Hamza Iqbal
Subject: Invitation to interview - Band 5 Staff Nurse (ref 312-AV-0914)

Dear Hamza, we are pleased to invite you to interview on Tuesday 8 April at 10:30 at the Education Centre, Ashby General Hospital.`, 'RE: Invitation to interview - Band 5 Staff Nurse (ref 312-AV-0914)'),

  rej('final', ['profile_mismatch', 'salary'], { ...fb },
    `Hi Nicole,

Following up on the final-round panel I set up for you below. The team has chosen another candidate. In fairness, they thought the other finalist's experience was a closer match, and your expected compensation was also above what we'd budgeted for the role.

Thanks for being so generous with your time.

Brandon Wu
Recruiting Lead | Cobalt Robotics Inc.

On Mon, Apr 14, 2025 at 9:00 AM Brandon Wu <brandon@cobaltrobotics.com> wrote:
> Hi Nicole, congrats on making it to the final round! You'll meet the VP Ops, two team leads and the CFO on Thursday from 1-5pm PT. Calendar invite to follow.`, 'Re: Final round - Operations Program Manager'),

  rej('assessment', ['assessment', 'profile_mismatch'], {},
    `Hi Lucas,

Thank you for submitting the case exercise we sent you earlier in this thread. After review, your submission did not reach the standard we set for this stage, and other candidates' profiles were a closer match, so we will not progress your application further.

Kind regards,
Amélie Durand
Recruitment, Vireo Consulting

Le 22 avr. 2025 à 09:14, Amélie Durand a écrit :
> Dear Lucas, please find attached the case exercise. You have 72 hours to return it.`, 'RE: Case exercise - Junior Consultant'),

  // ── A second rejection for another role at the same company, the first quoted
  rej('application', ['profile_mismatch', 'skills_gap'], { ...fb, ...door },
    `Hi Tomás,

Thanks for applying again, this time for the Customer Success Manager role. Like last time, we've reviewed your application carefully, and I'm afraid we've gone with applicants whose backgrounds align more closely with this position - in particular, it needs someone who has handled enterprise renewals, which we didn't see on your CV. Don't let two no's put you off, though: we'd be glad to hear from you for future openings.

Best regards,
Paloma Reyes
People Ops, Quillstack

On Jan 8, 2025, Paloma Reyes wrote:
> Hi Tomás, thanks for your interest in the Account Executive role. We won't be moving forward with your application at this time.`, 'Re: Your application to Quillstack'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Oluwaseun,

Thank you for interviewing for the Treasury Analyst post, following your earlier application for Credit Analyst (see below). Once again we will not be moving forward. The panel noted that the role needs working knowledge of IFRS 9 hedge accounting, which did not come through in your answers. Your profile remains in our database, and we would encourage you to keep an eye on our careers page.

Sincerely,
Human Capital Department
Zenith Crest Bank Plc

-----Original Message-----
From: Human Capital Department
Sent: 10 February 2025
Subject: Credit Analyst - application outcome

Dear Oluwaseun, thank you for your interest in the Credit Analyst vacancy. Unfortunately your application was not shortlisted.`, 'RE: Credit Analyst - application outcome'),

  rej('application', ['generic'], {},
    `Hey Kirsty, we've had a look at your second application (the Events Officer one) and it's a no from us this time as well, sorry! Thanks for sticking with us.

Maggie, Hollowbrook Festival

> On 12 Mar 2025, Maggie Dunne wrote:
> Hi Kirsty, thanks for applying to be a Volunteer Coordinator. We won't be progressing your application this time.`, 'Re: Hollowbrook roles'),

  rej('screen', ['location'], { ...fb, ...door },
    `Hi Aditya,

Good to speak again on Tuesday about the QA Lead opening, after the automation role earlier in the year (thread below). Same issue, unfortunately: this one is fully in-office in Toronto, and you told me you're staying in Pune for the foreseeable future. So we can't take it further. If we ever open remote QA roles for India I'll reach out straight away.

Regards,
Jennifer Liu
Talent Acquisition | Northfield Analytics

On Thu, Feb 27, 2025 Jennifer Liu wrote:
> Hi Aditya, thanks for the call. As this role needs someone based in Canada we can't move forward.`, 'Re: Northfield Analytics - QA roles'),

  // ── Short replies from a phone
  rej('application', ['generic'], { ...door },
    `Sorry Sam, they've decided to go another way. Will keep you posted on anything else that comes in.

Sent from my iPhone`, 'Re: Sales Exec'),

  rej('screen', ['position_filled'], {},
    `Hi Zara - role's been filled I'm afraid, sorry! Thanks for the chat the other day

Get Outlook for Android`, 'Re: Receptionist'),

  rej('final', ['generic'], {},
    `Mate, just heard - not you this time. Gutted for you after getting to the last round. Call you tonight.

Sent from my Samsung Galaxy

> On 6 May 2025, at 10:22, Josh Kennedy wrote:
> Any word from them yet? Getting nervous haha`, 'Re: Any word?'),

  rej('interview', ['skills_gap'], { ...fb },
    `They want someone with a CPA already, sorry Hui Min. Interview went fine otherwise. Will send you the other one tmrw

Sent from my iPhone`, 'Re: audit senior'),

  rej('application', ['role_closed'], {},
    `Hi Ravi, client's pulled the job. Nothing to do with you. Sorry!

Sent from Yahoo Mail on Android

> On Wed, 14 May 2025 at 11:03, Ravi Pillai wrote:
> Hi Andy, did they look at my CV yet?`, 'Re: CV'),

  // ── More feedback replies
  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Hi Bethany,

Thanks for reaching out and for being so open to feedback.

Two points from the panel: they were looking for more evidence of managing a budget yourself (your examples were all about supporting someone else who held it), and overall they felt other candidates had more senior fundraising experience. Your answer about donor stewardship was singled out as excellent.

Warm regards,
Anne-Marie Fortin
Director of Development, Riverbend Children's Foundation, Montréal

On Thu, May 22, 2025 at 3:15 PM Bethany Clarke wrote:
> Hi Anne-Marie, thank you for letting me know. I'd really appreciate any feedback from the panel.`, 'Re: Major Gifts Officer'),

  rej('final', ['generic'], {},
    `Dear Mr. Krishnan,

We acknowledge receipt of your request for feedback regarding the final round for the position of Plant Head. As per our policy, the selection committee's deliberations are confidential and we are unable to share individual assessments. We thank you for your understanding.

Regards,
HR Department
Shreeram Polymers Ltd., Vadodara

--- On Mon, 2/6/25, Venkat Krishnan wrote:
> Respected Sir, I attended the final round on 28th May. Kindly let me know the reasons for non-selection so that I may improve.`, 'Re: Non-selection - Plant Head'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Felix,

Sure - the reviewers flagged that the take-home solution mutated shared state in the reducer (which caused the flaky cart totals), and the component tests only covered the happy path. Code style and structure were nice.

— Lena, Engineering @ Parcelbird

On Tue, Jun 10, 2025 at 9:12 AM Felix Wagner wrote:
> Hi Lena, thanks. Could you share what the reviewers thought of my take-home?
>
> On Mon, Jun 9, 2025 at 6:00 PM Lena Fischer wrote:
> > Hi Felix, unfortunately we've decided not to move forward after the take-home.`, 'Re: Frontend take-home'),

  rej('interview', ['generic'], {},
    `Hi Natasha,

Thanks for the note. To be honest there was no one thing - it was a strong field and it came down to fine margins. I wish I could give you more to go on.

Take care,
Ollie Barnes
Studio Manager, Greyfield Architects

> From: Natasha Ivanova
> Sent: 17 June 2025 08:44
> Subject: Re: Part II Architectural Assistant
> Hi Ollie, is there anything specific from the interview I could improve?`, 'Re: Part II Architectural Assistant'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hello Ji-woo,

Thank you for the follow-up question. After our screening call, the hiring manager decided not to proceed because the role requires business-level Japanese (JLPT N2 or above) for daily calls with our Osaka office, and you mentioned your level is around N4.

Best regards,
Takeshi Mori
HR, Aozora Trading Singapore Pte Ltd

On 24 Jun 2025, at 2:10 pm, Ji-woo Park wrote:
> Dear Mr Mori, could I ask what was the reason after the phone screen? Thank you.`, 'RE: Sales Coordinator (Japan desk)'),

  rej('final', ['skills_gap'], { ...fb, ...offered, ...door },
    `Hi Connor,

You absolutely can ask! The main gap the panel saw was in people management: the role has eight direct reports and your examples in the final round came from leading projects rather than line-managing. If you'd like a fuller debrief I'm very happy to set up 30 minutes with Grace, the hiring manager. And please do keep applying - you'd be a strong fit for our senior IC roles.

Thanks,
Priyanka Sharma
Talent Acquisition, Wattle & Co, Melbourne

On Wed, 2 Jul 2025 at 10:30, Connor Walsh wrote:
> Hi Priyanka, thanks for the call. Am I OK to ask for some feedback on the final round?`, 'Re: Engineering Manager - final round'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Yusuf,

Thanks for asking. It was purely the qualification: the role needs a registered Gas Safe engineer, and we couldn't see a registration on your CV.

Regards, Carol
Brightwarm Heating Ltd

> Yusuf Ali wrote on 8 July 2025:
> Hi Carol, please can you tell me why I wasn't shortlisted? Thanks`, 'Re: Heating Engineer'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hey Imogen,

Got your message. The panel's notes are pretty high level - they went with someone whose background was simply a closer match overall. If you want, drop me a line in a week or two and I'll try to get more detail from Tim.

Best,
Hugo
Recruiting, Flintlock

On Jul 15, 2025, at 4:04 PM, Imogen Hart wrote:
> Hi Hugo, thanks for letting me know. Any thoughts on what I could have done differently in the interviews?`, 'Re: Content Marketing Manager'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Ms. Balogun,

Further to your enquiry, the written assessment was marked against four criteria. You scored well on structure and clarity but below the pass mark on the regulatory analysis section; in particular the answer did not address the Data Protection Act 2023 obligations that the case turned on. Knowledge of Nigerian data protection law is essential for this role.

Yours faithfully,
Legal Recruitment
Adeola & Partners, Lagos

On 21/07/2025, Kemi Balogun wrote:
> Dear Sir/Ma, I would be grateful for feedback on my written test.`, 'RE: Associate (Data Protection) - Written Test'),

  rej('interview', ['generic'], {},
    `Hi Aoife,

Really sorry but I'm not able to go into individual feedback - HR have asked us not to. I hope you understand.

Conor

Conor Brennan | Store Manager | Kilbride Home & Garden

From: Aoife Ryan
Sent: Tuesday, July 29, 2025 7:12 PM
To: Conor Brennan
Subject: Re: Assistant Manager

Hi Conor, thanks for meeting me last week. Could you tell me why I didn't get it?

From: Conor Brennan
Sent: Tuesday, July 29, 2025 3:01 PM
Subject: Assistant Manager

Hi Aoife, thanks for interviewing. We've given the job to someone else.`, 'RE: Assistant Manager'),

  rej('screen', ['overqualified'], { ...fb },
    `Hi Dr Mahlangu,

In answer to your question: after our short call, the team felt that with a PhD and ten years of research leadership you would be considerably overqualified for a lab technician post, and would likely not stay long. I'm sorry this is not the answer you wanted.

Kind regards,
Thandi Zulu
HR Practitioner, Capegen Diagnostics, Cape Town

On 4 Aug 2025 at 09:15, Dr N. Mahlangu wrote:
> Dear Thandi, may I ask why I was not taken forward after the telephone conversation?`, 'RE: Laboratory Technician'),

  rej('final', ['skills_gap'], { ...fb },
    `Hi Deepak,

Thank you for asking. From the onsite, the team felt your strengths are in building new products from zero, while this role is mostly about running and optimising a mature platform. The person we chose has done exactly that for several years. That was the difference.

Regards,
Sandra Okoye
Director of Product, Tessellate Health

On Aug 12, 2025, at 10:47 AM, Deepak Rao wrote:
> Sandra - any feedback from the onsite would be much appreciated.`, 'Re: Group PM onsite'),

  // ── Application-stage rejections inside threads
  rej('application', ['generic'], {},
    `Dear Emeka,

Thank you for your follow-up email below. We have now completed shortlisting for the Procurement Officer vacancy and regret that your application was not among those selected.

Regards,
Recruitment Unit
Delta Crown Oil Services Ltd, Port Harcourt

This is an automated notification. Replies to this address are not read.

> Emeka Obi <emeka.obi@gmail.com> wrote:
> Please I want to know the status of my application for Procurement Officer (DCOS/PRC/0225).`, 'RE: Status of application DCOS/PRC/0225'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Lauren,

Thanks for your patience and for your nice note below. We looked at your application closely, but the hiring team has chosen to interview people whose experience lines up more directly with the role. That said, we'd be glad to see your name again on future openings, so do keep applying.

Best,
Talent Team, Orchard Lane Coffee Roasters

On Sep 3, 2025, at 12:02 PM, Lauren Price wrote:
> Hi! Just wanted to check whether the Wholesale Account Manager role is still open. I'm really excited about it.`, 'Re: Wholesale Account Manager'),

  rej('application', ['location'], { ...fb },
    `Hi Mateo,

Thanks for getting in touch again. I'm afraid this one needs the right to work in Australia already, and from your reply below you're on a tourist visa at the moment, so we aren't able to consider you for it.

Cheers,
Bec Sutherland
HR Coordinator, Coastline Plumbing Supplies, Brisbane

> On 10 Sep 2025, at 4:20 pm, Mateo Rossi wrote:
> Hi Bec, to answer your question - I'm on a tourist visa now but I'm hoping to apply for a working holiday visa soon.`, 'Re: Warehouse Assistant - right to work'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Harpreet,

Sorry for the slow reply to your check-in. We read your application and really liked the way you wrote about your placements. The sticking point is that the post needs someone who has already qualified as a social worker and is registered with Social Work England - your CV says you finish your degree next summer. Please do come back to us once you're registered, we'd love to hear from you.

Best wishes,
Sharon Whitfield
Team Manager, Children's Services, Thornbury Borough Council

On Wed, 17 Sep 2025 at 10:12, Harpreet Kaur wrote:
> Dear Sharon, I hope you don't mind me following up on my application for Social Worker (Children in Need).`, 'Re: Social Worker (Children in Need)'),

  rej('application', ['generic'], { ...door },
    `Hello,

Thanks for your email. The hiring process for this position has moved on without your application, I'm afraid. We do recruit every season, so feel free to send your CV again in spring.

Regards
Front desk, Kōwhai Boutique Hotel

-----Original Message-----
From: Lily Chen
Sent: Thursday, 25 September 2025 7:45 PM
Subject: Night Auditor application

Hi, I sent my CV two weeks ago for the night auditor job. Could you tell me if you received it? Thank you.`, 'RE: Night Auditor application'),

  rej('application', ['profile_mismatch', 'location'], { ...fb },
    `Hi Callum,

Thanks for the follow-up. Honest answer: on paper, your experience doesn't map to this role well enough, and it's based at the distillery in Speyside while you're down in London, so we're going to pass.

Regards,
Kat, Ops at Drumlin Distillery`, 'Re: Brand Ambassador - checking in'),

  rej('application', ['internal_candidate'], {},
    `Dear Ms. Fernandes,

Thank you for your enquiry of 2 October regarding the Accounts Payable Supervisor vacancy. We have since appointed a member of our existing staff to the role and the external recruitment has been closed.

Yours sincerely,
Glenda Pereira
HR Executive, Mandovi Hospitality Group, Goa

-----Original Message-----
From: Sonia Fernandes
Sent: 02 October 2025 10:31
Subject: Accounts Payable Supervisor - follow up

Dear Madam, I wanted to follow up on my application submitted on 12 September.`, 'RE: Accounts Payable Supervisor - follow up'),

  rej('application', ['salary'], { ...fb },
    `Hi Noah,

Thanks for replying to my question about your expectations. Unfortunately $140k is well beyond what we can do for this role (budget is around $105-110k), so I don't think it makes sense to move ahead. Really appreciate you being straight with me.

Chris Delgado
Recruiter, Bramble Fintech

On Oct 8, 2025, at 2:14 PM, Noah Fischer wrote:
> Hi Chris, I'd be looking for around $140k base given my current package.
>
> On Oct 8, 2025, Chris Delgado wrote:
> > Hi Noah, before I share your CV with the hiring manager, what are your salary expectations?`, 'Re: Senior QA Engineer - quick question'),

  rej('application', ['generic'], { ...door },
    `Hi Precious,

Thank you for the reminder, and apologies for our delay! We've now reviewed all applications for the Graduate Trainee programme, and yours was not among those chosen to continue. We will hold on to your CV and may contact you regarding future cohorts.

Kind regards,
Early Careers Team
Limpopo Valley Breweries

On 13 Oct 2025, Precious Ndlovu wrote:
> Good day, I am following up on my graduate trainee application. Kind regards, Precious`, 'Re: Graduate Trainee 2026'),

  rej('application', ['position_filled'], { ...door },
    `Hi Ewan,

Thanks for chasing - sorry, we're actually fully staffed for the winter season now so the ski tech job has gone. We'll keep you on our list for next season though and get in touch around August.

Cheers,
Morag
Glencoe Board & Ski`, 'Re: Ski Technician'),

  rej('application', ['profile_mismatch'], { ...offered, ...door },
    `Dear Mr. Tanaka,

We have received your message below. Having reviewed your application against the requirements, we have determined that your qualifications are not a suitable match for the Facilities Manager position at this time. You may request feedback by replying within 14 days, and we invite you to apply for other positions that match your experience.

Sincerely,
Human Resources
Pinecrest Medical Center, Spokane WA

CONFIDENTIALITY NOTICE: This email may contain protected health information.

> On Oct 21, 2025, Kenji Tanaka wrote:
> Hello, I'm writing to check the status of my application for Facilities Manager (Req #24-1187).`, 'RE: Req #24-1187'),

  rej('application', ['generic'], {},
    `<div>Dear Candidate,</div><div><br></div><div>Thank you for contacting us regarding your application. We have reviewed your details and will not be proceeding further. We wish you every success.</div><div><br></div><div>Talent Acquisition<br>Silverline Retail Pvt. Ltd.</div>
<blockquote>On Mon, Oct 27, 2025, Karthik Subramanian wrote:<br>Dear Team, I applied for Store Manager - Chennai on 5 Oct. Kindly update the status.</blockquote>`, 'Re: Store Manager - Chennai'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Sinéad,

Thanks for your note. The role is based on-site in Galway at least four days a week, and you mentioned below you'd only consider fully remote. So I'll have to close this one, but we do hire remote people into our support team now and then, and I'd be happy to let you know when that happens.

All the best,
Eoin
Talent, Claddagh Labs

> From: Sinéad Gallagher
> Sent: 3 November 2025 12:03
> I should mention I'm only looking at fully remote roles now, is that possible?`, 'RE: Product Support Specialist'),

  rej('application', ['role_closed'], {},
    `Hi Vikram,

Thanks for asking. We've had to withdraw the posting for Data Engineer as the project it was tied to has been cancelled, so no applications will be taken forward. Sorry about that.

Ana Ruiz
Talent Coordinator, Meridian Grid Solutions

On Mon, 10 Nov 2025 at 09:14, Vikram Joshi wrote:
> Hi Ana, is the Data Engineer role still active? I applied on the 20th.`, 'Re: Data Engineer posting'),

  rej('application', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Grace,

Thank you for your email. Having looked again at your application, the main reason it was not shortlisted is that the role requires at least five years' post-qualification experience in commercial property, and your CV shows two. The applicants we shortlisted were also, overall, closer to the profile we need.

Kind regards,
Helen Stroud
HR Manager, Ravensworth LLP

-----Original Message-----
From: Grace Osei
Sent: 14 November 2025 17:22
Subject: Commercial Property Associate

Dear Helen, I was disappointed not to be shortlisted and would be grateful to understand why.`, 'RE: Commercial Property Associate'),

  rej('application', ['generic'], {},
    `Hi Maya - no, sorry, not this time. Thanks for following up x

Sent from my iPad`, 'Re: Saturday job at the shop'),

  rej('application', ['profile_mismatch'], { ...offered },
    `Hi Ibrahim,

Thanks for your patience. We've looked at every application now and we're going ahead with candidates whose backgrounds are closer to what this team needs. If any feedback would be useful, just reply and I'll see what I can put together.

Best,
Zoe Hamilton
People Partner | Kite & Kettle Games

On Fri, Nov 21, 2025 at 11:02 AM Ibrahim Said wrote:
> Hi Zoe, just following up on my application for Level Designer. Thanks!`, 'Re: Level Designer'),

  rej('application', ['generic'], {},
    `Dear Applicant,

RE: Your enquiry of 26/11/2025, Clerical Officer (Competition CO-2025-14)

We refer to your enquiry below. Please note that you were not placed on the shortlist for this competition. Thank you for your interest in the Council.

Recruitment Section
Ballymore County Council

----- Original Message -----
> Dear Sir/Madam, could you confirm whether I have been shortlisted for the Clerical Officer competition? Regards, Declan Fahy`, 'RE: Clerical Officer CO-2025-14'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Samantha,

Thanks for following up! We didn't move forward because this is a Spanish-English bilingual role and your application mentions conversational Spanish only. The team needs someone fluent enough to handle customer calls entirely in Spanish.

Best,
Luis Ortega
Recruiting, Solvia Telehealth`, 'Re: Bilingual Patient Coordinator'),

  rej('application', ['generic'], { ...offered },
    `Hi Ade,

I'm sorry for the silence since your email. We've decided not to progress your application for the Branch Administrator role. If you want to know how your CV came across, call me any morning and I'll gladly go through it.

Regards,
Mary Oyelaran
Office Manager, Ikeja Motors

> On 2 Dec 2025, at 10:00, Adewale Oni wrote:
> Hello Ma, any news about the branch administrator vacancy?`, 'Re: Branch Administrator'),

  rej('application', ['overqualified', 'salary'], { ...fb },
    `Hi Robert,

Thanks for checking in. We've decided not to progress to interview because, with your years leading a finance function, you're far more senior than this bookkeeper role, which is mostly data entry and reconciliations. We'd worry it wouldn't hold your interest, and the pay is a long way under the figure you said you're on now.

Thanks,
Jo Pennington
Practice Manager, Pennington & Hale Accountants`, 'Re: Bookkeeper role'),

  rej('application', ['position_filled'], {},
    `Hello Farah,

Thank you for your message below. I'm sorry to say the Pharmacy Assistant vacancy has already been filled. Thanks for your interest in Marlowe Pharmacy.

Regards
Asif Patel
Pharmacist Manager

On 9 Dec 2025, Farah Malik wrote:
> Hi, I dropped my CV in last week and wanted to check if you'd had a chance to look at it.`, 'Re: Pharmacy Assistant'),

  // ── Screen, assessment, interview and final stages, more threads
  rej('screen', ['generic'], { ...door, ...offered },
    `Hi Olivia,

Thanks for following up after our intro call. The hiring team has decided to move ahead with other candidates for the Growth Marketing role. I appreciate the time you gave us - if notes from the team would help, I can pull some together, and I'd love to reconnect when we open more marketing roles in the spring.

Best,
Ryan Cole
Recruiter, Lattice Loop

On Tue, Jan 6, 2026 at 10:15 AM Olivia Grant wrote:
> Hi Ryan, great speaking with you last week - any news on next steps?`, 'Re: Growth Marketing - next steps'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hi Jamal,

Passing on what the team said after your phone screen with Dana: they liked your experience but felt your answers leaned strongly towards working alone, and this team pairs on almost everything. They don't think it would suit how they work, so they won't take it further.

Cheers,
Nina Patel
Recruitment Partner, Wren Search

---------- Forwarded message ---------
From: Dana Kim
Subject: Jamal - phone screen
Not moving forward - prefers solo work, we pair full time. Pls let him down gently.`, 'Fwd: Jamal - phone screen'),

  rej('assessment', ['assessment'], {},
    `Dear Ngozi,

Thank you for your patience and for your message below. We have now marked the coding challenge, and your score did not meet the threshold required to move to the interview stage.

Regards,
Early Careers Recruitment
Palmbridge Technologies

On 13 Jan 2026, Ngozi Eze wrote:
> Hello, I completed the HackerRank test last Monday. When can I expect a result?`, 'Re: Coding challenge result'),

  rej('assessment', ['assessment'], { ...door },
    `Hi Sebastian,

Thanks for sending back the brand exercise and for chasing us on it. Your exercise didn't quite reach the bar the team set for this round, so we won't be inviting you to interview. We'd still love to hear from you for future roles, so keep an eye out.

Cheers,
Mia, Hundred Acre Studio

On 20 Jan 2026, at 15:10, Sebastian Moore wrote:
> Hi Mia, just wanted to check you received my exercise OK?`, 'Re: Brand exercise'),

  rej('assessment', ['location'], { ...fb },
    `Dear Mr. Hassan,

Further to the background screening completed last week (thread below), we are unable to continue with your application. The screening showed that you do not currently hold the right to work in the United Kingdom without sponsorship, and this role is not eligible for sponsorship.

Yours sincerely,
Pre-Employment Team
Kingsgate Security Services

On Mon, 26 Jan 2026 at 11:30, Pre-Employment Team wrote:
> Dear Mr Hassan, please complete the attached background screening form and provide your passport and proof of address.`, 'RE: Background screening - Security Officer'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Hannah,

Thanks for asking about the presentation task. Honestly, the analysis was good but the recommendation at the end didn't follow from your numbers - you projected churn going up and then recommended cutting the retention budget. If you'd like to talk it through I'm free Thursday afternoon.

Owen Parry
Head of Insight, Ferrybridge Media

> Hannah Reid wrote:
> Hi Owen, sorry to miss out - any thoughts on the presentation task?`, 'Re: Insight Analyst presentation task'),

  rej('interview', ['salary'], { ...fb, ...door },
    `Hi Andrés,

Thanks for your message. I went back to the finance team after we discussed your counter below, but we can't get close to the figure you need, so we'll have to stop the process here. It's a shame because the team really enjoyed meeting you. If our budget changes I will be in touch.

Regards,
Carmen Vidal
Head of Talent, Aurelia Travel Group

On Mon, 2 Feb 2026 at 18:20, Andrés Molina wrote:
> Hi Carmen, after the interviews I've thought about it and I couldn't move for less than €72k.`, 'Re: Revenue Manager'),

  rej('interview', ['generic'], { ...offered },
    `Dear Adaobi,

I refer to the interview invitation below, which you kindly attended. We have now concluded the process and I regret to advise that you have not been selected for the role of Project Accountant. Should you wish to receive feedback on your interview, kindly write to this office.

Yours faithfully,
Chukwuma Eze
Head, Human Resources, Eastgate Construction Ltd

-----Original Message-----
From: Chukwuma Eze
Sent: 3 February 2026
Subject: Invitation for interview

Dear Adaobi, you are invited for an interview with the Finance panel on Thursday 12 February at 11am at our Enugu office.`, 'RE: Invitation for interview'),

  rej('interview', ['position_filled', 'profile_mismatch'], { ...door },
    `Hey Freya,

Thanks for checking in. We've made an offer and it's been accepted - we went with someone whose experience was a touch closer to what we need. Thanks so much for coming in to meet the team. We're growing fast, so don't be a stranger - ping me if you see something else on our site.

Alex
Founder, Nettle & Oak

On Thu, Feb 19, 2026 at 8:05 AM Freya Lindqvist wrote:
> Hi Alex, just checking in after last Tuesday. Hope you're well!`, 'Re: Operations Lead'),

  rej('interview', ['role_closed'], { ...door },
    `Hi Tariq,

Thanks for your email. Sadly, since your interview, the Business Development Manager position has been cancelled following a change in our funding. We won't be filling it. I've noted your details and we'll reach out to you first if it returns.

Kind regards,
Leanne Ross
General Manager, Seabright Aquaculture, Hobart

-----Original Message-----
From: Tariq Aziz
Sent: Monday, 23 February 2026 9:40 AM
Subject: BDM - follow up`, 'RE: BDM - follow up'),

  rej('interview', ['generic'], { ...offered },
    `Hi Sung-min,

Apologies for the wait. After the second interview the team has decided not to move forward. If you'd like some feedback I can arrange that - just let me know.

Kind regards,
Lisa Tan
HR Manager, Orchid Precision Engineering, Singapore

On 2 Mar 2026, at 9:01, Kim Sung-min wrote:
> Dear Lisa, may I check on the outcome of the second interview?`, 'RE: Second interview - Quality Engineer'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Ellie,

Following up on the thread. We've decided not to progress you to the next stage - in the interview with Martin it became clear that you haven't used Revit on a live project, which the job needs from the start.

Thanks,
Joanne
Design Manager, Aldermoor Interiors`, 'Re: Interior Designer interview'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Mr. Banerjee,

With reference to your email below, we wish to inform you that the interview panel has selected candidates whose profiles are more closely aligned to the requirements of the Assistant Manager - Compliance role. Your candidature will therefore not be taken forward.

Regards,
HR Team
Ganga Fincorp Ltd, Kolkata

> Dear Sir, I had appeared for interview on 5 March. Kindly update me regarding the result.`, 'RE: Interview result - Assistant Manager Compliance'),

  rej('final', ['position_filled'], { ...door },
    `Hi Ruth,

Thanks for your patience while we finalised things after the final interviews. The role has now been filled, so we won't be progressing your application further. Thank you for all the time you put in. I'll certainly be calling you about the next HR leadership search that comes my way.

Kind regards,
Marcus Hale
Director, Hale & Whitcombe Recruitment

On 12 Mar 2026, at 11:20, Ruth Bennett wrote:
> Hi Marcus, any word from the client after the final round on Monday?`, 'Re: Head of HR - final round'),

  rej('final', ['culture_fit', 'profile_mismatch'], {},
    `Hi Kofi,

Thanks for the follow-up. After the assessment centre, we've decided to offer the roles to other candidates - we felt they were a stronger match overall and a better fit with our team culture.

Best,
Graduate Programmes, Ashanti Gold Partners`, 'Re: Graduate assessment centre'),

  rej('final', ['generic'], { ...door },
    `Hi Isla,

I hope you're keeping well. I'm replying on the same thread as my invitation to the superday below. Unfortunately you won't be receiving an offer this time. We'd really encourage you to apply again next year.

Kind regards,
Emma Lawson
Campus Recruiting, Thistle Bank

On 20 Mar 2026, Emma Lawson wrote:
> Dear Isla, congratulations, you are invited to our Superday on 27 March at our Edinburgh office.`, 'RE: Superday invitation'),

  rej('interview', ['internal_candidate'], {},
    `Hi Marek,

Thank you for your follow-up. Following the interviews, the hiring manager has decided to appoint an internal candidate who has been acting in the role, so we will not be taking your application further.

Kind regards,
Siobhan Hughes
Resourcing Advisor, Welland Water

> On 30 Mar 2026, Marek Zielinski wrote:
> Dear Siobhan, I was wondering if a decision had been reached on the Network Controller role.`, 'RE: Network Controller'),

  rej('application', ['role_closed'], {},
    `Dear Zanele,

Thanks for your email. Please note the Junior Buyer requisition was withdrawn by the business last month and we are no longer recruiting for it, so your application has been closed.

Regards,
Talent Acquisition, Umhlanga Retail Holdings

On 7 Apr 2026, Zanele Khumalo wrote:
> Hi, I haven't heard back about the Junior Buyer role. Is it still open?`, 'RE: Junior Buyer'),

  // ── Paused processes, in reply to a check-in
  hold('interview', ['role_closed'], {},
    `Hi Daniel,

Thanks for checking in and sorry to leave you hanging. Our hiring budget for Q2 has been frozen while the board reviews the plan, so the Platform Engineer role is on hold for now. You haven't been ruled out - you're one of the people we'd want to pick up with once the freeze lifts, hopefully by June.

Best,
Rebecca Stone
Engineering Manager, Cartwheel

On Tue, Apr 14, 2026 at 9:30 AM Daniel Okafor wrote:
> Hi Rebecca, just checking in after the team interview a couple of weeks ago. Any news?`, 'Re: Platform Engineer - checking in'),

  hold('final', ['generic'], {},
    `Dear Anika,

Thank you for your email. Please accept our apologies for the delay. The Chief Executive, who makes the final decision, has been away unexpectedly and will be back on 4 May. We will let all finalists know the outcome shortly after that.

Kind regards,
Jenny Marsh
Executive Assistant, Hollins Trust

-----Original Message-----
From: Anika Bose
Sent: 21 April 2026 10:02
Subject: Director of Programmes - final interview

Dear Jenny, I wondered whether there was any news following the final interview last week?`, 'RE: Director of Programmes - final interview'),

  hold('screen', ['role_closed'], {},
    `Hi Thabo,

Thanks for following up after our call. The team has paused all interviews for the Customer Success role for the next few weeks while they rethink its scope - it may become a more senior position. Your application stays live and I'll be in touch once we know the new shape.

Regards,
Nomvula Sithole
Recruiter, Fynbos Cloud`, 'Re: Customer Success - update'),

  hold('assessment', ['generic'], {},
    `Hi Aryan,

Sorry for the slow reply. We've had a lot of test submissions and the reviewers are behind, so decisions will now take another two weeks. Nothing has been decided on your test yet.

Sent from my iPhone

> On 28 Apr 2026, at 8:40 AM, Aryan Kapoor wrote:
> Hi Neha, any update on the assignment I sent on the 15th?`, 'Re: assignment'),

  hold('interview', ['role_closed'], {},
    `Dear Ms. Adeleke,

Further to your enquiry below, we write to inform you that the recruitment exercise for the position of Internal Auditor has been suspended pending a management review of the department's structure. Your candidature remains under consideration, and we will communicate further once the exercise resumes.

Yours faithfully,
Head, Human Resources
Cedarview Microfinance Bank

> Good afternoon, I attended the interview on 20 April and wish to know the outcome.`, 'RE: Internal Auditor recruitment'),

  // ── Look-alikes in threads: the same words, nothing declined
  other(`Hi Mohammed,

Thanks for checking in! We're still interviewing this week and next, so I'm afraid we don't have an answer for you yet. We appreciate your patience and we'll be in touch as soon as we can.

Best,
Ivy Chen
Recruiting, Patchwork Labs

On Mon, May 4, 2026 at 9:12 AM Mohammed Karim wrote:
> Hi Ivy, just checking in on the Support Engineer role. Thanks!`, 'Re: Support Engineer'),

  other(`Hi Charlotte,

Unfortunately Raj is unwell tomorrow so we need to move your interview. Would Friday at 2pm or Monday at 10am work instead? Sorry for the inconvenience.

Kind regards,
Olga
Recruitment Coordinator, Pemberton Insurance

-----Original Message-----
From: Olga Novak
Sent: 5 May 2026 11:00
Subject: Interview confirmation - Underwriting Assistant

Dear Charlotte, your interview is confirmed for Wednesday 6 May at 11:00 with Raj Malhotra.`, 'RE: Interview confirmation - Underwriting Assistant'),

  other(`Hi Tobi,

So sorry for the delay in getting back to you! You are still very much in the process. The team is finishing the last interviews and we hope to update everyone by the end of next week.

Warm regards,
Kemi Ajayi
People Lead, Paystream Africa

> On 7 May 2026, Tobi Ogunleye wrote:
> Hello Kemi, I haven't heard anything since my interview and wanted to check whether I'm still being considered.`, 'Re: Product Analyst'),

  other(`Hi Hannah,

Thank you so much for your kind note - it was lovely to meet you too. The team enjoyed the conversation. We're meeting the remaining candidates this week and will be in touch with next steps soon.

Best,
Jonathan Pryce
Head of Content, Marigold Publishing

On Fri, May 8, 2026 at 5:30 PM Hannah Oduya wrote:
> Dear Jonathan, thank you for taking the time to meet me today. I really enjoyed learning about the team.`, 'Re: Thank you'),

  other(`Hi Pedro,

Thanks for coming back on the numbers. We've spoken to the leadership team and we can move the base to $128,000 and add a $10k signing bonus. I'm attaching the revised offer letter - please take a look and let me know if you have questions.

Congrats again!
Whitney Hall
Talent Acquisition, Vanta Grove

On May 11, 2026, at 3:02 PM, Pedro Alves wrote:
> Hi Whitney, thanks for the offer. Unfortunately $118k is a bit under what I was hoping for; is there any flexibility on the base?`, 'Re: Offer - Senior Data Scientist'),

  other(`Hi Aisling,

Good question. No, you don't need to use a particular framework for the take-home - plain JavaScript is fine. Please don't spend more than 3 hours on it. The deadline is still Friday.

Cheers,
Seán
Engineering, Harbour Bytes

> From: Aisling Murphy
> Sent: 12 May 2026 19:44
> Hi Seán, quick question about the test - do I have to use React?`, 'RE: Take-home question'),

  other(`Hi Lebo,

Hope you're well! I'm reaching out because the Marketing Executive role we spoke about in March has just reopened. Are you still interested and available? If so I'd love to reconnect this week.

Thanks,
Kayla Jacobs
Recruiter, Protea Talent

On 18 Mar 2026, Kayla Jacobs wrote:
> Hi Lebo, unfortunately the client has put the Marketing Executive role on hold. I'll be in touch if that changes.`, 'Re: Marketing Executive'),

  other(`Dear Mr. Iyer,

Thank you for letting us know. We have withdrawn your application for the Senior Accountant position as requested. We wish you every success in your new role and hope our paths cross again.

Regards,
Recruitment Team, Bharat Forge Components

> Dear Team, I have accepted another offer and would like to withdraw my application. Thank you for the opportunity. Suresh Iyer`, 'RE: Withdrawal of application'),

  other(`Hi Megan,

I've booked the feedback call you asked for with Paul on Thursday 21 May at 4pm - the invite should be in your calendar. He'll walk you through the panel's notes from the interview.

Kind regards,
Rosa
HR Coordinator, Tidewater Consulting

On Tue, 19 May 2026 at 08:55, Megan Ellis wrote:
> Hi Rosa, thank you, I'd like to take up the offer of a feedback call please.`, 'Re: Feedback call'),

  other(`Hi Sanjay,

Thanks for the follow-up. I'm sorry we're slow - unfortunately hiring has taken longer than we planned. Your application is still under review and you will hear from us either way by 5 June.

Best regards,
Amira Haddad
Talent Acquisition, Oasis Retail Group, Dubai`, 'Re: Category Manager application'),

  other(`Hi Chloe,

Great news - the hiring manager would like to invite you to a second interview! Could you let me know your availability next Tuesday or Wednesday?

Thanks,
Liam
Talent Partner, Boulder Creek Health

On Mon, May 25, 2026 at 10:04 AM Chloe Ng wrote:
> Hi Liam, just checking in on next steps after my first interview. Thanks!`, 'Re: Nurse Educator'),

  other(`Thanks for the heads up Jack, no worries at all. We'll keep you in mind and hopefully cross paths again down the line.

Sent from my iPhone

> On 27 May 2026, at 21:02, Jack Thornton wrote:
> Hi Sam, I've decided to stay in my current role so I'd like to step back from the process. Sorry to mess you about!`, 'Re: stepping back'),

  other(`Dear Ms. Achterberg,

We received your message regarding the delay. We apologise for the inconvenience. Please note that the assessment centre originally scheduled for 3 June has been moved to 10 June due to venue availability. All other details remain the same.

Kind regards,
Graduate Recruitment
Lindqvist & Moor Engineering`, 'RE: Assessment centre - new date'),

  other(`Hi Nathan,

I'm really sorry to hear about your family emergency, of course we can push the interview. Take all the time you need, and just let me know when you're ready to rebook.

Best,
Kiara
Recruiting, Tamarind Health`, 'Re: Interview tomorrow'),

  other(`Hello Priscilla,

Thank you for your patience. I'm happy to confirm that your references have been received and are satisfactory. HR will send the contract this week.

Regards,
Ikenna Uche
Operations Director, Lagoon Logistics

-----Original Message-----
From: Priscilla Okon
Sent: 1 June 2026
Subject: References

Good morning, I wanted to check if you have received my references.`, 'RE: References'),

  other(`Hi Ben,

Just bumping this up - we'd still love to hear whether you're interested in chatting about the Staff Engineer role. No worries if the timing isn't right; let me know either way.

Cheers,
Sasha
Technical Recruiter, Moonrise

On Tue, May 26, 2026 at 2:10 PM Sasha Ivanova wrote:
> Hi Ben, I came across your profile and think you'd be a great fit for a Staff Engineer role at Moonrise.`, 'Re: Staff Engineer at Moonrise'),

  other(`Hi Fatima,

Thank you for your follow-up. Unfortunately our system had an error and your test submission did not upload. Could you please resend it using the link below? We're sorry for the trouble.

Best,
Talent Team, Greybridge Analytics`, 'Re: Online test submission'),

  other(`Hi Alice, yes all good, see you Thursday at 10! Sorry for the late reply

Sent from my iPhone

> On 4 Jun 2026, at 17:31, Alice Murray wrote:
> Hi Tom, just confirming Thursday still works for the interview?`, 'Re: Thursday'),

  other(`Dear Candidate,

This is a reminder that your video interview for the position of Graduate Engineer is due to expire in 48 hours. Please complete it before 11:59 pm on 9 June.

If you have already completed it, please ignore this message.

Do not reply to this email.
Early Careers, Kestrel Rail`, 'Reminder: complete your video interview'),

  other(`Hi Joel,

Thanks for your email. Sorry to hear your previous applications weren't successful. I'm happy to say that this one is different - we'd like to offer you the Junior Copywriter position! Details attached.

Best,
Bella
Creative Director, Sparrow & Sable

> On 8 Jun 2026, Joel Asante wrote:
> Hi Bella, any news? Fingers crossed this time!`, 'Re: Junior Copywriter'),

  other(`Hi Mariam,

Thanks for getting in touch about the feedback from your interview with us in April. As mentioned, I've passed your request to the hiring manager, who is on leave until the 20th. I'll send it over as soon as she's back.

Kind regards,
Daniel Oakes
Talent Acquisition, Westmere Bank`, 'RE: Interview feedback request'),

  other(`Dear Rahul,

We refer to your query below. The results of the written test for Probationary Officers will be published on our website on 25 June 2026. Candidates who qualify will be called for interview.

Regards,
Recruitment Cell
Coastal Union Bank

> Sir, when will the written exam results be announced?`, 'RE: PO written exam result'),

  other(`Hi Grace,

Thanks for your note. We haven't made any decisions yet and we're still considering your application along with a few others. We'll let you know once we have an update.

Kind regards,
Tim Barker
Partner, Barker & Lowe Architects

On Mon, 15 Jun 2026 at 12:05, Grace Kim wrote:
> Hi Tim, I just wanted to let you know I have another offer with a deadline on Friday. Is there any chance of an update?`, 'Re: Architectural Technologist'),

  other(`Hi Sophie,

Thanks for replying so quickly! Just to confirm, the salary range for the role is £45-50k and it's hybrid, 2 days a week in our Leeds office. Let me know if you'd like to go ahead and I'll set up the first call.

Best,
Aaron
Talent, Pennine Digital

On 16 Jun 2026, Sophie Hale wrote:
> Hi Aaron, thanks for reaching out. Before I commit, could you tell me the salary and working pattern?`, 'Re: UX Researcher opportunity'),

  other(`Hey Darnell,

No problem at all - I've moved your second interview to 3pm Friday. Unfortunately Maya can't make that slot, so you'll meet Chris instead, who is just as involved in the team.

Regards,
Keisha
People Ops, Northline`, 'Re: Reschedule'),

  other(`Dear Mr. Okeke,

Thank you for your letter of 18 June querying the outcome of the Senior Engineer recruitment. Please be informed that the process has not yet been concluded and no candidate has been rejected at this stage. You will be contacted once the final list is approved.

Yours faithfully,
HR Department, Niger Basin Power Company`, 'RE: Query on recruitment outcome'),

  other(`Hi Emily,

Thank you for sending over your availability. Unfortunately our CEO's diary is very tight this month, so the final interview will be on 2 July at 9:30am. I hope that still works for you.

Best,
Talia
Executive Assistant, Pivotal Bio`, 'Re: Final interview availability'),

  other(`Hi Kwesi,

Thanks for the note. I totally understand you'd rather not do a second take-home. We'll swap it for a 45-minute live pairing session instead - I'll send a few times shortly.

Anya
Engineering Manager, Loomgrid

On Jun 24, 2026, at 11:00 AM, Kwesi Boateng wrote:
> Hi Anya, I'm happy to continue but I'd prefer not to do another take-home given my schedule.`, 'Re: Next stage'),

  other(`Dear Applicant,

We are writing to let you know that we will be in touch regarding your application within 10 working days. Due to the high number of applications received, we appreciate your patience.

Kind regards,
The Recruitment Team, Hawthorn Care Homes

This is an automated message. Please do not reply.

> Your application for Care Assistant (Night Shift) has been received.`, 'Update on your application'),

  other(`Hi Dimitri,

Thanks for the follow-up, and sorry for the wait. Good news: the panel would like you to move on to the final round! Elaine will be in touch with dates.

Best,
Rory
Recruiter, Stonehaven Partners

On Wed, Jul 1, 2026 at 9:45 AM Dimitri Papadopoulos wrote:
> Hi Rory, just checking in on the outcome of the panel interview.`, 'Re: Panel outcome'),

  other(`Hey Lucy, thank you for the lovely card - we were all so touched. Best of luck in your new job, you'll be brilliant.

Jen x`, 'Re: Thank you!'),

  other(`Hi Sunil,

Following your feedback call with Meera last week (thread below), I wanted to let you know that a similar role has just opened on the payments team. Would you like me to put you forward?

Best,
Ravi
Talent, Hexaware Pay

On Jul 6, 2026, Ravi Menon wrote:
> Hi Sunil, your feedback call with Meera is booked for Thursday at 5pm IST.`, 'Re: Feedback call'),

  other(`Hi Patricia,

We hope you enjoyed meeting us. Please take two minutes to tell us about your interview experience - your answers are anonymous and help us improve. Survey link below.

Candidate Experience Team, Orion Health Systems

Unsubscribe | Privacy Policy`, 'How was your interview?'),

  other(`Hi Zainab,

Thank you for chasing, apologies for leaving this so long. We're still interviewing - the panel are seeing two more candidates next week. You are on our shortlist and we will be in touch by 24 July.

Kind regards,
Claire Dobson
HR Manager, Fernhill School`, 'RE: Teacher of Chemistry'),

  other(`Hi Owen,

Thanks so much, that's very kind. We'll be sorry to lose you from the process, but I completely understand that relocating to Perth doesn't work for your family right now. Do stay in touch.

Warm regards,
Tessa
Talent Lead, Quokka Energy

> On 14 Jul 2026, Owen Hughes wrote:
> Hi Tessa, after a lot of thought I'm withdrawing from the Site Engineer process - the move to Perth isn't going to work for us.`, 'Re: Withdrawing'),

];
