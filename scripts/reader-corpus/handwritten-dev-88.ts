/**
 * Development messages of the eighty-eighth round: three kinds of sender that a job seeker's inbox is full of. Very
 * short replies (a line or three from a phone, a LinkedIn or InMail message, a text passed on by email), messages from
 * third-party recruiters and agencies who retell a client's decision in their own, often vague, words ("my client", "the
 * hiring manager came back"), and letters from managers and HR staff who write English as a second language, with the
 * word orders and turns of phrase of German, French, Dutch, Polish, Spanish, Italian, Japanese, Brazilian, Indian and
 * Arabic-speaking writers. Declines cover every stage and every reason; a few processes are paused; the look-alikes
 * (acknowledgements, invitations, reschedules, offers, agency registrations, withdrawals confirmed, job alerts) use
 * the same polite words and decline nothing.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d88-');

export const HANDWRITTEN_DEV_88: readonly CorpusLine[] = [
  // ── Very short replies: phone, chat-like LinkedIn / InMail, texts passed on by email
  rej('application', ['generic'], {},
    `Hi Tomasz, thanks for applying for the barista job at Kettle & Crumb. We won't be taking your application further this time. All the best, Hana`,
    'Kettle & Crumb'),

  rej('interview', ['position_filled'], { ...door },
    `Hey Ruth — quick one. We offered the job to someone else after Thursday and they've said yes. Really enjoyed chatting though, I'll ping you if another opening comes up.

Mark

Sent from my iPhone`, 'Re: Thursday'),

  rej('screen', ['salary'], { ...fb },
    `Hi Anil, thanks for the call earlier. Straight answer: the range tops out at 62k and you mentioned 75k+, so I don't think we can make it work. Sorry! Leah`,
    'Re: Quick call'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Jonas, thanks again for Tuesday. The team felt you'd want a lot more autonomy than this job gives — it's very process-driven, lots of sign-offs — so we'll pass this time. Best, Maren`,
    'Maren Holt sent you a message'),

  rej('application', ['location'], { ...fb },
    `Hi Deepa, thanks for your interest! This one is only open to people already living in Ireland with the right to work here, and your application says you're in Pune, so we can't take it forward. Cheers, Orla`,
    'Your application'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Ben – the reviewers went through your SQL task. You got 6/10 on the queries and we need 8 to go through to interviews. Sorry, not this time.

Kat`, 'SQL task'),

  rej('final', ['internal_candidate'], {},
    `Hi Amira, sorry for the short msg, on the road. They've given the job to someone already on the team after the final round. Gutted for you. Will call tmrw. Rob`,
    'Fwd: text from Rob'),

  rej('application', ['role_closed'], {},
    `Hi Pete, heads up: the Warehouse Supervisor job got pulled this week so your application won't go any further. Sorry about that.
Dana – Northgate Logistics`, 'Warehouse Supervisor'),

  rej('interview', ['overqualified'], { ...fb },
    `Hi Gloria, thank you for coming in. Honestly, with fifteen years running whole departments you'd be bored in a junior coordinator job within a month, so we've decided not to offer it. Best wishes, Tim`,
    'Re: Coordinator interview'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Yusuf, thanks for the chat today. Turns out the client needs fluent Dutch for this one, so I can't put you forward. Let's stay in touch for English-speaking roles though! Sanne`,
    'InMail: Customer Success role'),

  rej('application', ['profile_mismatch'], {},
    `Hi Claire, appreciate you reaching out about the PM role. Had a look at your profile and I don't think it lines up with what we need right now. Best of luck! Victor`,
    'Victor Lindqvist replied to your message'),

  rej('final', ['position_filled'], { ...door },
    `Hi Kwame, it's Lisa from Finchley Dental. After the final interviews we offered the practice manager post to another candidate, who has accepted. Thanks so much for your time, and we'll keep your details on file. Lisa`,
    'Practice Manager'),

  rej('assessment', ['assessment'], {},
    `Thanks for doing the writing test, Nora. Unfortunately it wasn't quite at the level we need, so we won't be moving forward.

Best,
Editorial team, Quillmark`, 'Writing test'),

  rej('interview', ['generic'], { ...offered },
    `Hi Dev, we've decided not to move ahead after your interview. Happy to share feedback over a quick call if that's useful. Rhea`,
    'Update'),

  rej('screen', ['location'], { ...fb },
    `Hey Lukas, thanks for the call. Since you'd need visa sponsorship and we can't offer it for this role, we have to stop here. Sorry! Priyanka`,
    'Re: Intro call'),

  rej('interview', ['internal_candidate'], { ...door },
    `Hi Fran, sorry to be the bearer of bad news — the role's going to someone internally. You were great in the interview, so please keep an eye on our careers page. Gwen`,
    'Gwen Tallis sent you a message'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Omar, thanks for applying. The role needs a valid HGV Class 1 licence, which we couldn't see on your application, so we're unable to progress it.
Regards, Transport Recruitment – Bellway Haulage
This mailbox is not monitored.`, 'Your application - Class 1 Driver'),

  rej('interview', ['role_closed'], { ...door },
    `Hi Simone, bad news: budget for the analyst hire was frozen yesterday and we're not going ahead with anyone. Really sorry after two interviews. I'll reach out if it reopens. Ed`,
    'Analyst role'),

  rej('final', ['culture_fit'], { ...fb },
    `Hi Noah, after the final round the founders felt you'd be happier somewhere more structured than our scrappy six-person team, where everyone does a bit of everything — so we're going to pass. Thanks for all the time you put in. Ilse`,
    'Re: Final chat'),

  rej('screen', ['overqualified'], { ...fb },
    `Hi Martin, thanks for the call. Given you've been a director for eight years, this mid-level role would be a real step back and the hiring manager agrees, so we won't take it further. Best, Jo`,
    'Re: Marketing Manager'),

  rej('application', ['generic'], { ...door },
    `Hi Chen, thanks for applying! We won't be moving forward this time, but feel free to apply for future roles.
– Recruiting @ Tessellate`, 'Tessellate'),

  rej('assessment', ['salary'], { ...fb },
    `Hi Raúl, thanks for the case study, it was solid. Problem is the client can't get near your 95k — their cap is 80k — so they're not proceeding. Sorry mate.`,
    'Re: case study'),

  rej('interview', ['location'], { ...fb },
    `Hi Bea, thanks for meeting us. We need someone in the Lyon office four days a week and I know that's not doable from Porto, so we'll have to pass. Take care, Hugo`,
    'Hugo Marchetti sent you a message'),

  rej('final', ['position_filled'], {},
    `Maja – final decision is in, they've gone with the other finalist. Sorry. Speak soon. T.`,
    'Re: decision'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hello Ingrid, thank you for applying for the receptionist post. With your background in senior management we feel the role would not use your experience, so we won't progress your application. We'd be glad to see you apply for more senior roles with us. Kind regards, HR – Ashgrove Hotel`,
    'Receptionist'),

  rej('screen', ['generic'], {},
    `Hi Lior, thanks for the call yesterday. We've decided not to continue with your application. Best, Anna`,
    'Re: Thursday call'),

  rej('interview', ['assessment', 'skills_gap'], { ...fb },
    `Hi Jae, the live coding part didn't go well enough — the tests weren't passing by the end — and the team needs someone strong in Go from day one. Not moving forward, sorry. Pavel`,
    'Re: Interview today'),

  hold('application', ['role_closed'], {},
    `Hi Ola, quick update — hiring's paused on our side until January while the budget gets reviewed. Not a no, just a wait. I'll update you as soon as I hear. Steph`,
    'Quick update'),

  hold('application', ['generic'], {},
    `Hi Sid, sorry for the silence! The hiring manager has been off sick, so next steps are delayed a couple of weeks. You're still very much in the running. Meg`,
    'Re: next steps?'),

  hold('final', ['generic'], {},
    `Hi Rosa, no decision yet after the final round, I'm afraid — our CEO is travelling until the 20th. Hang tight! Jules`,
    'Re: any news?'),

  other(`Hi Theo, thanks for applying! We've got your CV and will be in touch within two weeks. Team Lantern`, 'Application received'),

  other(`Hi Pri, great chat today! The hiring manager wants to meet you — are you free Tue 2pm or Wed 10am? Cal`, 'Next step'),

  other(`Hi Owen, unfortunately I need to move our call from 3pm to 4:30 — sorry! Does that still work? Asha`, 'Re: call today'),

  other(`Hi Ellie – confirming we've withdrawn your application as you asked. Best of luck with the new job! Ruth, HR`, 'Withdrawal'),

  other(`Hey Max, good news — they want to make you an offer! Call me when you can. Jen`, 'Call me'),

  other(`Hi Dina, no update yet I'm afraid — we're still interviewing this week. Will let you know either way by Friday. Ian`, 'Re: any news?'),

  other(`Thanks for your interest in Harbor Labs. Unfortunately we can't reply to every message individually, but you're now part of our talent community and will get an email when a role matches your alerts.`, 'Welcome to the Harbor Labs talent community'),

  other(`Hi Arjun, thanks for sending the take-home. The team will review it this week and we'll come back to you. Nadia`, 'Re: take-home'),

  other(`3 new jobs for "data analyst" near Leeds. Unfortunately, one job you saved is no longer accepting applications. See all jobs >`, 'Job alert: data analyst'),

  other(`Hi Leo, sorry — I won't be able to make our coffee on Thursday after all, can we do next week? Fatima`, 'Coffee'),

  other(`Hi Zoe, we're not able to go ahead with Monday's interview because of a diary clash on our side, sorry! Could you do Wednesday at 11 instead?`, 'Interview - change of date'),

  other(`Hi Ravi, thanks for connecting! Saw you're open to work — we have a couple of analyst openings in Manchester. Fancy a chat this week?`, 'Ravi, you have a new message'),

  other(`Hi Gem, you're through to the final round!! Details to follow from Abi. Congrats :)`, 'Final round'),

  // ── Recruiters and agencies relaying a client's decision
  rej('interview', ['generic'], { ...offered },
    `Hi Gareth,

Hope you're well. I've just had a call with my client regarding the Commercial Manager role. Unfortunately they've decided to proceed with other candidates at this stage. I know that's disappointing after you made the trip to Reading for the interview.

I've asked the hiring manager for some more detailed feedback and I'll pass it on as soon as I get it — or if you'd rather talk it through, give me a ring.

Kind regards,
Natalie Shore
Senior Consultant | Crane & Whitfield Recruitment
T: 0118 496 0732

Crane & Whitfield Recruitment Ltd is an employment agency and employment business. Registered in England No. 08812347.`, 'Commercial Manager - update'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Sophie,

Thank you for your interest in the Finance Business Partner vacancy. I've now had a response from the hiring team regarding your CV and unfortunately they feel your background isn't quite what they're looking for on this occasion.

I'll keep your details on our system and be in touch if anything more suitable comes in.

Best regards,
Aaron Pike
Pike Finance Search`, 'Finance Business Partner'),

  rej('final', ['position_filled'], {},
    `Hi Rachel,

I wanted to call but kept getting your voicemail. The hiring manager came back this morning — they've offered the role to the other finalist, who has accepted. It was genuinely close between the two of you.

Sorry it's not better news.
Chris`, 'Re: Head of Product - final stage'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Mehmet,

Feedback from your second interview with Tidewell: they liked your stakeholder management a lot, but they need someone who has led an S/4HANA migration hands-on, and your exposure has been on the reporting side. On that basis they won't be taking you forward.

I've got two other SAP roles coming through next month that I think would suit you better — I'll be in touch.

Cheers,
Lauren
Lauren Bright | Principal Consultant, ERP
Northstack Talent`, 'Tidewell feedback'),

  rej('screen', ['salary'], { ...fb },
    `Hi Jess,

Thanks for your time on the phone on Monday. I've spoken to the client about your expectations. They can stretch to £58k including bonus, and with you at £70k base I don't think there's a deal to be done here, so they've asked me not to put you forward.

Sorry to bring this one to a close.

Best,
Imran Qadir
Qadir Associates`, 'Re: Operations Lead - salary'),

  rej('interview', ['internal_candidate'], { ...door },
    `Hi Liam,

Just a quick update on Harcourt Foods. Unfortunately they have decided to promote someone from within the business into the Plant Manager role. Nothing to do with your interview — the HR director told me it went well — it's just hard to compete with someone who already knows the site.

I'll keep you front of mind for the next one.

Thanks,
Donna`, 'Harcourt Foods'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Felipe,

The client's technical team have now marked your online test. You scored 54% against a pass mark of 65%, with the data-structures section being where most of the points were lost. Unfortunately that means they won't be inviting you to interview.

Best,
Ollie Grant
Talent Partner, Vantage IT Recruitment`, 'Your online test - result'),

  rej('application', ['role_closed'], { ...door },
    `Hi Hannah,

Bad news I'm afraid. My client has put the Legal Counsel vacancy on hold indefinitely following a change in their board, and they've asked all agencies to withdraw their candidates, including yourself. So your application won't progress with them.

I'll reach out about other in-house roles as they come in.

Best wishes,
Mark Ferreira
Legal Division | Sterling Quay Partners`, 'Legal Counsel - client update'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Stefan,

I've had feedback from the panel. They felt the fit wasn't quite there with the team: they are a very collaborative, consensus-driven group, and they felt your style came across as more direct and independent than they're used to. They've decided not to progress.

For what it's worth, I think that style would be an asset in plenty of places.

Speak soon,
Bianca
Halo Search`, 'Feedback'),

  rej('screen', ['location'], { ...fb },
    `Hi Adaeze,

Thanks for the call yesterday. I've checked with the client and unfortunately they're not able to sponsor a Skilled Worker visa for this position, which I know you'd need, so I can't submit your application.

Really sorry, I should have asked sooner.

Tom`, 'Re: Data Engineer - Bristol'),

  rej('final', ['overqualified'], { ...fb },
    `Hi Bernadette,

Thank you for going through the whole process with Ormond Healthcare. The final panel were very impressed, but their view is that with your background as a regional director the Site Manager role would not stretch you, and they are worried you'd move on quickly. They've therefore decided not to make an offer.

I'm sorry, I know you were keen.

Regards,
Paul Whitlock
Whitlock Executive`, 'Ormond Healthcare - outcome'),

  rej('application', ['generic'], {},
    `hi Kyle, heard back from them. they've decided to proceed with others. sorry dude. Jay`, 'Re: Marlowe'),

  rej('application', ['overqualified'], { ...fb },
    `Hello Robert,

Thanks for applying through us for the Accounts Assistant position. The client reviewed your CV and felt that, as a qualified accountant with over twenty years in the field, you would be significantly overqualified for what is an entry-level role, so they won't be taking it further.

Kind regards,
Emma Lloyd
Resourcing Team, Beacon Staffing`, 'Accounts Assistant - your application'),

  rej('interview', ['salary', 'location'], { ...fb },
    `Hi Ines,

Apologies for the delay in getting back to you. The hiring manager has come back after your interview. Two things: they can't move past €70k, which is quite a bit under where you are, and they've also decided the role has to be in the Munich office three days a week rather than remote from Lisbon. With both of those, they won't be moving forward.

Sorry, I know this isn't what you were hoping for.

Best,
Kai Brandt
Brandt & Vos Tech Recruitment`, 'Re: Platform Engineer'),

  rej('final', ['profile_mismatch', 'position_filled'], { ...offered },
    `Dear Alessandro,

I hope you had a good weekend.

I have now heard from Lindqvist Capital following the final round of interviews for the Portfolio Analyst role. Unfortunately they have decided to offer the role to a candidate whose experience more closely matched what they need, so they will not be proceeding with your application.

I'd be very happy to go through it in more detail on a call if that would be useful — just let me know a time that suits.

Warm regards,
Harriet Cole
Associate Director, Financial Services
Blackmore Search Partners
www.blackmoresearch.example | +44 20 7946 0183

This email and any attachments are confidential and may be privileged. If you are not the intended recipient please notify the sender and delete it.`, 'Lindqvist Capital - Portfolio Analyst'),

  rej('assessment', ['role_closed'], {},
    `Hi Moira,

Thanks for completing the personality questionnaire and the numeracy test for Eastwick Insurance. Unfortunately the client has since announced a restructure of the claims function and the Team Leader role no longer exists in its current form, so they have stopped the process for everyone.

Regards,
Gavin
Meridian People`, 'Eastwick Insurance - process update'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Yasmin, sorry to tell you the client filled the Office Manager job through another agency before they got to a second round. I'll keep you in mind for anything similar. Zara`, 'Office Manager'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Kofi,

Thank you for your application for the Management Accountant role with our client. Unfortunately the client requires candidates who are fully ACCA or CIMA qualified, and as you are part-qualified they are unable to consider your application at this stage.

Best of luck with your exams.

Regards,
The Recruitment Team
Hollis Grey Accountancy Recruitment
Please do not reply to this email.`, 'Management Accountant - application update'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Darren,

Thanks for the chat on Tuesday. I put your details in front of the hiring manager but they don't think your background is the right match for what they need here. I'll keep your CV on file and get back in touch when something closer comes up.

Cheers,
Lucy
Talent Partner | Brightwater Recruitment`, 'Re: our chat'),

  rej('application', ['internal_candidate', 'position_filled'], {},
    `Hi Patrice,

I've just heard from the client. They've appointed an internal candidate to the Customer Service Manager role, who starts next month, so the process is now closed.

Thanks again for your time,
Owen
Owen Ruddock | Ruddock Recruitment`, 'Customer Service Manager - closed'),

  rej('final', ['culture_fit'], { ...fb, ...offered },
    `Hi Natasha,

I've got the final feedback from Pellman. They liked you a lot on the strategy side, but the CEO felt you'd struggle with how fast and unstructured things are day to day — they mentioned you asked a lot about process and planning cycles in the final, which they don't really have. They've decided not to offer.

If you want the full notes, call me and I'll read them out.

Best,
Sienna`, 'Pellman - final feedback'),

  rej('interview', ['role_closed'], {},
    `Dear Ashok,

Following your interview with Parkfield Group last week, I regret to let you know that the client has merged the two regional manager positions into one, which has been filled by the existing post-holder. The vacancy you interviewed for therefore no longer exists.

Apologies for the disruption.

Yours sincerely,
Gillian Marsh
Gillian Marsh Recruitment`, 'Regional Manager - Parkfield Group'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Callum,

Thanks for applying for the Field Engineer position. My client needs people living within about 30 miles of their depot in Carlisle as the role is on call, and you're based in Southampton, so I can't take it further. I'll keep you posted on roles nearer you.

Thanks,
Becky @ Fieldline Technical`, 'Field Engineer'),

  rej('screen', ['generic'], { ...door },
    `Hi Erin,

Thanks for speaking with me. I've now had an update from my client, and they've decided not to proceed with your application. I'd like to keep in touch for future roles.

Best,
Hugh`, 'Update from Hugh'),

  rej('application', ['overqualified', 'salary'], { ...fb },
    `Hi Julian,

The MD at Ferncastle got back to me. Honestly, they think you're too senior for the Sales Manager job — you've run a team of forty and this is a team of four — and they also can't get near the package you're on. So they won't be progressing.

Frustrating, I know. Let's catch up next week.

Marcus`, 'Ferncastle'),

  rej('final', ['assessment'], { ...fb },
    `Dear Priti,

Thank you for attending the final assessment day at Corrigan Consulting. Your interviews were strong, but unfortunately the written case exercise fell below the standard required: the assessors noted that the financial analysis did not reach a recommendation within the time given. The client has therefore decided not to make you an offer.

Kind regards,
Tamsin Reeve
Graduate & Early Careers, Reeve Talent`, 'Corrigan Consulting - assessment day outcome'),

  rej('interview', ['generic'], { ...offered, ...door },
    `Hi Andre,

Thanks for your patience while I chased the client. They have now let me know they won't be moving you forward after the interview. If you'd like feedback, just drop me a line. And please don't be a stranger — I'll be in touch about other roles.

Regards,
Faye Lawson
Lawson Digital Recruitment`, 'RE: Interview with Quayside Media'),

  rej('interview', ['profile_mismatch'], { ...door },
    `<div style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Oliver,</p>
<p>I hope this email finds you well, and thank you once again for the time you have invested in the process for the <b>Senior Procurement Manager</b> position with our client, a leading international manufacturer of specialist packaging headquartered in the Midlands.</p>
<p>As you know, the client has been meeting a number of candidates over the past three weeks, both through ourselves and through their own direct channels, and the standard has been very high. They asked me to pass on their thanks for the thought you put into the interview with the Procurement Director and the Head of Supply Chain, and in particular for the examples you shared from your time at Hartwell.</p>
<p>Having reviewed everyone they met, they have decided to proceed with candidates whose experience is a closer match to the brief, and so they will not be taking your application any further on this occasion. I appreciate this is disappointing, especially given the effort involved in preparing for the interview.</p>
<p>From my side, I have really enjoyed getting to know you through this process. We recruit for a number of procurement and supply chain leadership roles across the region and I will certainly keep your details on file and be in touch when something suitable comes up. In the meantime, please feel free to contact me directly if you see any roles advertised by us that interest you.</p>
<p>Thank you again, and I wish you every success.</p>
<p>Kind regards,<br>
<b>Eleanor Vance</b><br>
Principal Consultant – Procurement &amp; Supply Chain<br>
Ridgeway Search Group<br>
DDI: 0121 496 0554 | M: 07700 900417</p>
<p style="font-size:10px;color:#888">Ridgeway Search Group Limited. Registered office: 4 Colmore Row, Birmingham. Registered in England &amp; Wales No. 10442871. This message is confidential and intended solely for the addressee. If you have received it in error please notify the sender immediately. We process personal data in line with our privacy notice, available on our website.</p>
</div>`, 'Senior Procurement Manager - update'),

  rej('screen', ['overqualified'], { ...fb },
    `Hi Dominic,

Thanks for getting back to me.

I did push them, honestly. The client's view after your call with their TA lead is still that with your background running a 25-person engineering org you'd be overqualified for a hands-on team lead role, and they won't move on it.

Sorry I couldn't change their mind.
Kerry

On Tue, 9 Sep at 16:21, Dominic Shaw wrote:
> Hi Kerry, is there any chance they'd reconsider? I'm genuinely happy to go back to a hands-on role.
>
> On Tue, 9 Sep at 11:02, Kerry Blaine wrote:
>> Hi Dominic, the client has come back after the screening call and decided not to progress. Will explain when we speak.`, 'Re: Re: Team Lead - Sentinel Robotics'),

  hold('interview', ['role_closed'], {},
    `Hi Rory,

Update on Stanmore Analytics: the client has paused all hiring while their acquisition goes through, which could take six to eight weeks. They have been clear that they still want to see you for the second stage once it's back on, so please don't take this as a no.

I'll be in touch as soon as I know more.

Best,
Claudia`, 'Stanmore - update'),

  hold('final', ['generic'], {},
    `Hi Nadine,

Just to let you know the client hasn't made a decision yet after the final interviews. The MD who signs off the offer is away until the end of the month, so it's going to be a bit longer than we said. You're still very much in the frame.

Thanks for bearing with us,
Pete`, 'Re: Any update?'),

  hold('screen', ['role_closed'], {},
    `Hi Gabriel,

Thanks again for the call. The client has told me they're re-scoping the Head of Data role and have put it on hold for now while they decide on the budget. They've asked me to keep you on the shortlist and I'll let you know as soon as it's moving again.

Regards,
Simon Tate
Tate Search`, 'Head of Data - on hold'),

  hold('assessment', ['generic'], {},
    `Hi Chloe, thanks for submitting the case study. The client's reviewers are a bit behind (end of quarter) so you won't hear until the week after next. Nothing to worry about. Tara`, 'Case study'),

  other(`Hi Naomi,

I came across your profile and think you could be a great fit for a Senior UX role I'm working on with a fintech client in Edinburgh. Hybrid, £75–85k. Would you be open to a quick chat this week?

Best,
Jordan Hale
Hale Recruitment`, 'Senior UX Designer - Edinburgh'),

  other(`Hi Sunil,

Great news — my client would like to invite you to a second interview for the Test Lead position. They've offered Thursday 14th at 10:00 or Friday 15th at 14:00 at their Leeds office. Let me know which works and I'll confirm.

Kind regards,
Martina`, 'Second interview - Test Lead'),

  other(`Dear Candidate,

Thank you for registering with Apex Staffing. Your CV is now on our database and one of our consultants will contact you when a suitable role comes up. Unfortunately we're unable to respond to every registration personally.

The Apex Staffing Team`, 'Welcome to Apex Staffing'),

  other(`Hi Hollie,

The hiring manager came back this morning and they'd like to make you an offer: £52k plus 10% bonus, start date flexible. Call me when you're free and I'll talk you through it.

Sam`, 'Good news!'),

  other(`Hi Ahmed,

Unfortunately the client has had to move your interview as the panel chair is now in court that day. New time is Monday 3rd at 9:30, same place. Can you confirm?

Thanks,
Leanne`, 'Interview rescheduled'),

  other(`Hi Bryony, just checking in — are you still interested in the Marketing Executive role? My client is shortlisting this week and I'd like to put you forward. Rhys`, 'Still interested?'),

  other(`Hi Vikram,

I've submitted your CV to my client for the Infrastructure Engineer role. They usually get back to me within a week; I'll let you know as soon as I hear either way.

Cheers,
Declan`, 'CV submitted'),

  other(`Dear Tobias,

I'm writing to let you know I'm leaving Greystone Recruitment at the end of this week. My colleague Anya Petrova will take over your application with Kestrel Bank, and she'll be in touch on Monday.

It's been a pleasure working with you.
Joel`, 'Handover'),

  other(`Hi Ramona,

The client is very keen and wants to move quickly. Before they can send the written offer they need two references, one from your current line manager. Could you send me the contact details today?

Thanks,
Nick`, 'References needed'),

  other(`Hi Marcel,

Totally understand that you'd like to withdraw from the Wexford Pharma process after accepting the other offer. I've let the client know and they wished you all the best.

Do keep in touch,
Saoirse`, 'Re: Withdrawing'),

  other(`Hi Aisling, feedback from the first interview was really positive — they want to move you to the final stage. They'll send a calendar invite for next week. Well done! Carl`, 'Feedback from Brennan & Co'),

  other(`Our 2025 Salary Guide is here.

Unfortunately, many employers are still struggling to fill technology roles. Find out what candidates in your sector are earning and what hiring managers are looking for.

Download the guide | Update your preferences | Unsubscribe
Morrow Recruitment Group, 12 Cannon Street, London`, 'Salary Guide 2025: what are you worth?'),

  other(`Hi Fiona,

Thanks for your time yesterday. I've sent your details to the client and they're reviewing all shortlisted candidates this week. No news is not bad news — I'll come back to you on Friday whatever happens.

Best,
Alistair`, 'Re: Practice Nurse role'),

  // ── Managers and HR staff writing English as a second language
  rej('interview', ['position_filled'], {},
    `Dear Mr. Okafor,

thank you very much for your interest in our company and for the pleasant conversation in our office in Stuttgart.

After intensive consideration we have to inform you that our decision has fallen on another applicant, who will already begin in March. We ask for your understanding.

For your further professional way we wish you all the best and much success.

With kind regards

Katrin Weißhaupt
Personalabteilung / Human Resources
Brenner Antriebstechnik GmbH
Sitz der Gesellschaft: Stuttgart, Amtsgericht Stuttgart HRB 731904
Geschäftsführer: Dr. Ulrich Brenner`, 'Your application as Project Engineer (Ref. BA-2291)'),

  rej('application', ['generic'], { ...door },
    `Madam,

We have well received your candidature for the post of Assistant Controller and we thank you for it.

We regret to inform you that your candidature has not been retained. We will nevertheless keep your CV in our database, and we will not fail to contact you again if a position corresponding to your profile should be available.

We pray you to accept, Madam, the expression of our distinguished salutations.

Service Recrutement
Groupe Lemaire-Dufresne, Lyon`, 'Your candidature - Assistant Controller'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Aditi,

Thank you for the conversation of last week with me and Joost. We have chosen not to continue with you. The reason is that we miss experience with Kubernetes in production, and for this role that is really necessary from the first day. We found this a pity because the rest of the conversation was good.

Good luck with the search.

Greetings,
Femke de Wit
Teamlead Platform, Noordkade Software B.V.`, 'Application DevOps Engineer'),

  rej('application', ['generic'], {},
    `Dear Sir,

Thank you for your application for the position Junior Logistics Specialist. Unfortunately we must inform you that your candidacy did not qualify to the next stage of the recruitment.

We thank you for the time devoted and we wish you success in the further career.

Best regards,
Recruitment Team
Wisła Cargo Sp. z o.o.
ul. Portowa 14, 80-601 Gdańsk
This message was generated automatically, please do not answer.`, 'Recruitment process - Junior Logistics Specialist'),

  rej('interview', ['role_closed'], {},
    `Dear Marta,

First of all, thank you for the time you dedicated to our process and for the interview with Mr. Roldán.

We regret to communicate you that the position of Export Manager has been cancelled, because the company has decided to reorganize the commercial department and the functions will be absorbed by the current team. For this reason we cannot continue with your candidature.

Receive a cordial greeting,

Lucía Ferrer Gil
Recursos Humanos
Aceites Valdearenas S.L. – Córdoba`, 'Proceso de selección Export Manager'),

  rej('application', ['profile_mismatch'], { ...door },
    `Gentile Dott. Barker,

we thank you for the interest shown towards our company and for having sent your curriculum for the position of Area Manager.

After an attentive evaluation we communicate you that at the moment your profile is not in line with the one requested for this position. We will conserve your curriculum in our archive for possible future selections.

Cordial greetings,
Ufficio Risorse Umane
Ceramiche Valtellina S.p.A.

Informativa privacy: your data are treated according to the Reg. UE 2016/679.`, 'Candidatura Area Manager'),

  rej('interview', ['generic'], {},
    `Dear Mr. Harris,

Thank you very much for taking your valuable time to attend the interview with us the other day, despite your busy schedule.

We have carefully considered your application together with the related departments. We deeply regret to inform you that we are unable to meet your expectations this time. We sincerely apologize for this result.

We pray for your further success and good health.

Best regards,
Yuki Tanabe
Human Resources Group
Kisaragi Precision Co., Ltd.`, 'Result of selection'),

  rej('assessment', ['assessment'], {},
    `Hello Lucas!

We appreciate a lot your participation in our selective process for the Trainee Program 2025.

After the stage of online tests, we inform you that unfortunately you were not approved to continue to the next phase, because the result did not reach the minimum grade of the process. We know that it is not the news you expected, but we are sure that new opportunities will come!

Big hug,
Talent Team – Banco Ipê`, 'Programa de Trainee 2025 - resultado'),

  rej('screen', ['generic'], {},
    `Dear Candidate,

Greetings from Sarvam Infotech!!

This is with reference to your telephonic interview held on 12th for the post of Associate Software Engineer. We regret to inform that you have not been shortlisted for the further rounds of the selection process.

We wish you all the best for your future endeavours.

Thanks & Regards,
Kavitha R.
HR Executive – Talent Acquisition
Sarvam Infotech Pvt. Ltd., Bengaluru`, 'Status of your candidature - Sarvam Infotech'),

  rej('interview', ['location'], { ...fb },
    `Dear Mr. Daniel,

Greetings,

Thank you for your interest to join Al Rawabi Holding and for attending the interview with our Finance Manager.

We regret to inform you that this position is reserved for Saudi nationals in line with the Nitaqat localization regulations, and as a non-Saudi candidate we are unable to proceed with your application for it. We apologize that this was not clarified before the interview.

We wish you all success.

Best Regards,
Hessa Al-Dossary
Talent Acquisition Specialist
Al Rawabi Holding – Riyadh, Kingdom of Saudi Arabia`, 'Application - Senior Accountant'),

  rej('interview', ['salary'], { ...fb, ...door },
    `Dear Mrs. Lindgren,

many thanks for the open and interesting conversation on Tuesday.

Unfortunately we have to cancel you. Your salary expectation of 85.000 EUR lies clearly above the budget which we have foreseen for this position, and we do not see a possibility to come together here. Professionally we have been convinced of you.

If a more senior position will become free in our company, we would be happy to contact you again.

Friendly greetings from Hamburg

Jens Albrecht
Head of Controlling
Hanseatische Kontor AG`, 'Absage / Controller (m/w/d)'),

  rej('interview', ['overqualified'], { ...fb },
    `Dear Mr. Kowal,

We thank you for your visit in our offices and the exchange with Mrs. Girard.

After reflection, we consider that your profile is too senior for the position we propose. With your experience of direction of a team of 30 persons, the post of Sales Administration Assistant would not correspond to your level and we fear you would not find satisfaction in it.

We therefore do not give a favourable follow-up to your candidature.

Please accept our best regards,
Claire Boulanger
Chargée de recrutement, Maison Verrier SAS`, 'Your candidature - Sales Administration Assistant'),

  rej('interview', ['culture_fit'], {},
    `Hi Tom,

Thanks for your visit to our office and the nice conversation with the team. We have thought about it well and we decided not to go further with you. Honestly, we did not get the click with the team that we are looking for, and for us that is very important in such a small company.

We wish you a lot of success.

Greetings,
Sanne Bakker
Founder, Grachtwerk Studio Amsterdam`, 'Sollicitatie'),

  rej('interview', ['internal_candidate'], { ...door },
    `Dear Mrs. Novak,

We would like to thank you for participation in the recruitment process for the position of Quality Manager and for the meeting in our plant.

We inform that the position was occupied by the internal employee of our company. We keep your documents in our base and we will contact you in case of new recruitment.

With respect,
Agnieszka Zielińska
HR Business Partner
Metalpol S.A., Wrocław`, 'Recruitment Quality Manager'),

  rej('screen', ['skills_gap'], { ...fb },
    `Dear Daniel,

Thank you for the telephone conversation of yesterday. As we commented, for the position of Key Account Manager DACH it is indispensable to have a level of German C1, because all the clients are in Germany and Austria. Unfortunately with your current level we cannot continue with your candidature.

We hope to coincide in the future.

A greeting,
Pilar Maestre
Talent Acquisition – Grupo Arbeloa, Madrid`, 'Key Account Manager DACH'),

  rej('final', ['position_filled'], {},
    `Dear Mr. Kim,

Following the last colloquium with our General Director, we want to inform you that the selection for the position of Plant Controller is concluded and we have identified the candidate with whom we will go on.

We thank you sincerely for the availability demonstrated during all the phases of the selection.

Best regards,
Federica Colombo
HR Manager – Officine Meccaniche Brianza S.r.l.`, 'Esito selezione Plant Controller'),

  rej('assessment', ['assessment'], {},
    `Dear Ms. Thompson,

Thank you very much for applying to our company and for taking the aptitude examination (SPI) last week.

We have carefully examined the results, and we regret to inform you that your result did not reach the standard of our company this time. Please understand that we cannot disclose the details of the evaluation.

We sincerely wish for your success in the future.

Recruitment Section, Human Resources Department
Hoshizora Trading Corporation, Osaka`, 'Notice of selection result'),

  rej('interview', ['overqualified'], { ...fb, ...door },
    `Dear Mr. Srinivasan,

Thank you for appearing for the interview for the post of Assistant Manager – Accounts.

The panel has observed that your experience of 18 years, including 6 years as Finance Controller, is much higher than what is required for this post, which is for 4 to 6 years of experience. Hence we are unable to consider your candidature for this position. Kindly note that your profile may be considered for higher positions as and when they arise.

Regards,
HR Department
Navkar Textiles Ltd., Surat`, 'Regarding your interview - Assistant Manager Accounts'),

  rej('final', ['internal_candidate'], {},
    `Dear Mr. Haddad,

Greetings from Gulf Pearl Hospitality.

Further to your final interview with our General Manager, we would like to inform you that the management has decided to fill the Front Office Manager position internally with one of our existing team members.

We thank you for your time and interest and we wish you all the best in your career.

Kind Regards,
Rania Mansour
HR Coordinator
Gulf Pearl Hotel & Residences, Dubai, U.A.E.`, 'Front Office Manager - Update'),

  rej('application', ['role_closed'], {},
    `Dear Mr. Petrović,

we thank you for your application as Team Lead Customer Service.

Due to an internal restructuring the position will not be occupied anymore. Therefore we unfortunately cannot consider your application further. Your documents will be deleted according to the data protection regulations.

Kind regards
Your Recruiting Team of Voss & Lange Versicherungen AG`, 'Your application - Team Lead Customer Service'),

  rej('final', ['culture_fit'], { ...fb },
    `Hi Mariana, all good?

First, thank you so much for your dedication in all the stages of the process, it was a pleasure to know you better!

After the final conversation with the directors, we evaluated that your profile is not aligned with our culture at this moment. Here we work very much in squads and with decisions taken together, and in the conversations you showed a preference for working more individually and having your own projects. We know this is not a defect, only a different style.

We wish you a lot of success in your journey!

Abraços,
Juliana Prado
People & Culture – Nuvem Pay, São Paulo`, 'Processo seletivo - Product Owner'),

  rej('interview', ['salary'], { ...fb },
    `Dear Rahul,

Thank you for attending the technical and HR rounds with us.

We regret to inform you that we are not in a position to take your candidature forward, as your expected CTC of 28 LPA is beyond the budget approved for this position. We request you to kindly not feel discouraged.

Regards,
Pooja Mehta
Talent Acquisition
Ekansh Analytics Pvt. Ltd., Gurugram`, 'Your candidature with Ekansh Analytics'),

  rej('interview', ['assessment'], { ...fb },
    `Dear Mr. Reyes,

We thank you for your participation to the interview of 14 March for the position of Data Analyst.

Unfortunately, the technical test realized during the interview did not reach the level attended for the position, particularly in the part on SQL queries where the joins were not correct. For this reason, we will not continue the process with you.

We remain at your disposal for any question.

Cordially,
Sébastien Marchal
Responsable Data, Banque Rivière – Bruxelles`, 'Suite à votre entretien'),

  rej('interview', ['location'], { ...fb },
    `Dear Lotte,

Thanks for the nice conversation of Monday. We have discussed internally and we come to the conclusion that it does not fit. We are looking for someone who can be present at the office in Utrecht at least three days in the week, and from Antwerp this is in our opinion not feasible on the long term.

We wish you success with your search.

Kind regards,
Pieter van Leeuwen
Manager Operations, Domstad Logistiek`, 'Vacancy Planner'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Sir,

We would like to thank you for the application for the position of Purchasing Specialist.

Unfortunately we have to inform, that your candidature does not fulfil the requirements of this position. We are looking for a person with minimum 5 years of experience in purchasing in automotive sector, which in your CV we did not find.

We wish you good luck in the further search.

Best regards,
Tomasz Wróblewski
HR Specialist, Autoparts Silesia Sp. z o.o.`, 'Purchasing Specialist - reply'),

  rej('final', ['generic'], { ...offered },
    `Dear Ana,

I write you to thank you for your participation in the final phase of the selection process for Marketing Manager Iberia, and for the presentation you made to the committee.

After evaluating all the finalist candidates, we regret to inform you that on this occasion your candidature has not been the selected one. If you wish to receive a feedback of the process, do not hesitate to contact me, I will be pleased to talk with you.

Affectionately,
Rocío Santamaría
HR Business Partner
Lácteos del Cantábrico S.A.`, 'Proceso Marketing Manager Iberia'),

  rej('screen', ['skills_gap'], { ...fb },
    `Good morning Mr. Walsh,

thank you for the telephonic interview of today. As you have seen, the position requires the daily contact with our suppliers in Italy, and therefore a fluent knowledge of the Italian language. From our conversation it resulted that your level of Italian is still basic, so unfortunately we cannot proceed further with your candidature.

Best regards,
Chiara Fontana
Pelletteria Fontana & Figli, Firenze`, 'Colloquio telefonico'),

  rej('application', ['location'], { ...fb },
    `Dear Mr. Mensah

Thank you for your application as Software Tester at our location in Basel.

Unfortunately we must inform you that we can only consider candidates who already own a work permit for Switzerland (B or C permit) or have a EU/EFTA citizenship, which according to your documents is not the case. Therefore we cannot take your application into consideration.

We thank you for your interest and wish you all the best.

Kind regards
HR Services
Rheinblick Pharma AG, Basel`, 'Your application Software Tester'),

  rej('interview', ['skills_gap', 'location'], { ...fb, ...door },
    `Dear Mr. O'Connell,

first of all we would like to thank you very much for your interest in Lindenhof Automation GmbH and for the time which you have taken for the video interview with Mr. Kessler and myself on last Thursday. We have enjoyed the conversation and we have got a good impression of your career, in particular of your projects in the area of process automation in Ireland and the Netherlands.

As you know, we are a family-owned company with about 450 employees, and our customers are mainly medium-sized producers in Bavaria and Baden-Württemberg. The position as Commissioning Engineer includes a big part of work directly at the customer sites, often for several weeks, and the communication with the operators and the maintenance teams takes place almost only in German.

After careful consideration we have therefore decided to not continue the process with you. The decisive points for us were that the position requires German on at least B2 level for the daily work, which you told us is not yet the case, and that the position requires to live in the region of Augsburg, while you would prefer to work mainly from Dublin. We are sorry that we could not give you a more positive answer.

We would be glad if you consider us again in the future, especially when your German knowledge has developed further, and with your agreement we keep your documents in evidence for further positions for twelve months.

Once again thank you for your interest and we wish you for your future professional and private way all the best.

With kind regards

Monika Huber
Personal / Human Resources
Lindenhof Automation GmbH
Industriestraße 22, 86154 Augsburg
Tel. +49 821 5550 318

Lindenhof Automation GmbH | Registergericht Augsburg HRB 20931 | Geschäftsführung: Andreas Lindenhof, Dr. Petra Lindenhof
Diese E-Mail kann vertrauliche Informationen enthalten. This e-mail may contain confidential information.`, 'Your application as Commissioning Engineer (m/f/d) - ID 4471'),

  rej('assessment', ['profile_mismatch'], {},
    `Dear Ms. Romero,

Thank you for your time in completing the case exercise for the position of Regional Sales Executive.

After the evaluation of all candidates, we inform you that we have found other profiles that adjust better to the needs of the position. Therefore, we will not continue with your candidature in this process.

Best wishes in your professional career.

Recursos Humanos
Distribuidora Andina S.A.C., Lima`, 'Regional Sales Executive'),

  hold('interview', ['role_closed'], {},
    `Dear Mr. Lefebvre,

thank you again for the interview in Munich and your patience.

We have to inform you that the recruiting process for the position is at the moment stopped, because the management has decided a hiring freeze until end of the first quarter. This is not a decision against you. As soon as the freeze is lifted we will come back to you with priority.

With kind regards
Sabine Hoffmann
HR Business Partner, Isarwerk Elektronik GmbH`, 'Status of your application'),

  hold('interview', ['generic'], {},
    `Dear Ms. Chen,

We thank you for attending the second interview last week.

We deeply apologize, but due to internal circumstances the schedule of the selection has been delayed, and we will be able to inform you of the result around the end of this month. We are very sorry to keep you waiting and ask for your kind understanding.

Sincerely,
Takeshi Morimoto
Human Resources, Aozora Systems Inc.`, 'Regarding the selection schedule'),

  hold('application', ['role_closed'], {},
    `Dear Neha,

Hope you are doing well.

This is to update you that the requirement for Business Analyst is on hold as of now due to some internal reasons. Your profile is still with us and we will revert to you once the position is opened again.

Thanks & Regards,
Sandeep K.
Talent Acquisition, Prism Tech Solutions`, 'Update on BA position'),

  other(`Dear Mrs. Brandt,

we confirm the receipt of your application documents for the position as Marketing Specialist. We will check them carefully and come back to you at the latest in three weeks.

Kind regards
Your Recruiting Team
Schwarzwald Naturkost GmbH`, 'Confirmation of receipt'),

  other(`Dear Sir,

Following the study of your file, we have the pleasure to invite you to an interview for the post of Logistics Coordinator, on Thursday 12 June at 10h00 in our premises of Nantes.

Thank you to confirm us your presence.

Cordially,
Service RH, Transports Garnier`, 'Invitation to an interview'),

  other(`Dear Arvind,

Congratulations!! Kindly find attached the offer letter for the position of Senior Developer. Request you to sign and revert the same by EOD Friday. Do the needful.

Regards,
HR Team, Vistara Softech`, 'Offer letter - Senior Developer'),

  other(`Dear Candidate,

We inform that your application is under consideration. We will contact only with selected candidates. We reserve the right to answer only chosen persons.

Recruitment Team, Baltic Fintech Sp. z o.o.`, 'Application - Java Developer'),

  other(`Hi Kevin,

Unfortunately our meeting of Thursday cannot go on, because Mark is sick. Can we move it to Monday at the same time? Sorry for the inconvenience.

Greetings,
Ilse Vermeulen`, 'Moving our appointment'),

  other(`Dear Javier,

We inform you that you have passed to the next phase of the selection process. In the next days you will receive an email with the link for the psychotechnical tests.

A cordial greeting,
Selección, Grupo Hostelero Levante`, 'Next phase'),

  other(`Dear Ms. Patel,

We have received your application to Nakamura Electronics. Thank you very much. The result of the document screening will be informed to you by e-mail by the 15th of next month. We ask for your patience.

Recruitment Team`, 'Receipt of your application'),

  other(`Dear Mr. Evans,

Congratulations again on your selection. Kindly provide us copy of your passport, attested degree certificate and 6 passport-size photographs for the visa processing at your earliest.

Best Regards,
Omar Saleh
HR Officer, Dar Al Bina Contracting, Doha`, 'Visa documents required'),

  other(`Olá Pedro!

Thank you for your participation until now! We confirm your withdrawal from the selective process, as you requested. The doors of Vento Energia stay open for you!

Abraços,
Time de Talentos`, 'Confirmação de desistência'),

  other(`Dear Mr. Osei,

we inform you that the selection for the position of Sales Engineer is still in progress. At the end of all the interviews we will give you a return.

Cordial greetings,
Elena Ricci
HR, Termoidraulica Padana`, 'Selezione Sales Engineer'),

  other(`Dear applicant,

according to the General Data Protection Regulation (GDPR) we inform you that your personal data from the application are stored in our applicant management system for the duration of the process and will be deleted automatically 6 months after its completion.

Your HR Team
Kranich Medizintechnik GmbH`, 'Information according to Art. 13 GDPR'),

  other(`Dear Shreya,

Your interview is scheduled on 21-Nov at 11:30 AM IST with the technical panel. Kindly be available 10 minutes prior and keep your updated resume handy.

Regards,
TA Team, Quantiva Labs`, 'Interview Schedule - Data Scientist'),

  other(`Dear Mr. Lewandowski,

Thank you for attending the assessment center in our Warsaw office. The results will be communicated to all participants until the end of next week.

Best regards,
Joanna Mazur
Recruitment Specialist, Nordbank Polska`, 'Assessment Center - thank you'),
];
