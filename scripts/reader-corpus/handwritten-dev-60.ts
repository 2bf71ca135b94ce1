/**
 * Development messages of the sixtieth round, never sealed: long letters, threads and the inbox's polite look-alikes.
 * Messages where what matters is buried: long, warm letters whose decline, reason, feedback and door sit in the middle
 * of a paragraph; replies inside threads, the new message on top and the earlier exchange quoted below ("On … wrote:"
 * and `>` lines), where the quoted part carries words ("interview", "unfortunately") that belong to earlier mail; HTML
 * mail with tags, entities and tables left in; ATS auto-mails with long legal, privacy and equal-opportunity footers
 * ("retain your data for 12 months", "future opportunities" in a notice); P.S. lines carrying the door or an offer of
 * feedback; specific feedback given as a bullet list. Look-alikes: acknowledgements from many ATS styles, "still
 * reviewing" updates, status-change notices, invitations, reschedules, test reminders, reference requests, offers,
 * recruiter outreach, talent-community welcomes, job alerts, surveys, a withdrawal the candidate made, the candidate's
 * own sent mail and newsletters, several of them in the words rejections use. British, American, Indian, Australian,
 * Canadian, Irish, Nigerian, South African, Singaporean and second-language English; one line to over four hundred words.
 *
 * Labelling choices held throughout (LABELS.md and the corpus conventions): a thread reply is labelled for its new
 * message, with the stage the whole thread shows was reached; a data-retention notice in a footer ("we keep your data
 * for 12 months", "to contact you about this application") does not open the door, a sentence that the candidate will
 * be considered for, or told about, future roles does; an equal-opportunity or privacy footer is no reason and no
 * feedback; a comparison with other candidates is `profile_mismatch`, a named requirement is `skills_gap` with
 * feedback; a refusal of feedback is not an offer; a withdrawal the candidate made, confirmed by the employer, is
 * `other`. For development only: the rules may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d60-');

export const HANDWRITTEN_DEV_60: readonly CorpusLine[] = [
  // ── Long, warm letters with the decline in the middle
  rej('interview', ['position_filled', 'profile_mismatch'], { ...door, ...offered },
    `Hi Freya,

I hope the rest of your week has been kinder than the weather here in Bristol has been to us. I wanted to write properly rather than send you a two-line note, because you gave us a lot of your time over the last month: the portfolio walkthrough with Ollie, the afternoon with the studio, and the follow-up questions you answered so thoughtfully by email.

We talked about it as a group on Monday and again yesterday, and where we have landed is that we're going to offer the Senior Designer role to someone whose recent work sits closer to the kind of brand systems we've been asked to build next year, so we won't be taking your application further. I know that's not the news you were hoping for, and I want to be honest that it was a close conversation. Your packaging work for the cider brand was something several of us kept coming back to, and Ollie in particular was keen.

I don't want this to be the end of the conversation. We expect to be hiring again once the new retainer is confirmed, probably in the spring, and I'd genuinely like to let you know when that happens. If it would help at all to hear how the team saw the different parts of the process, I'm very happy to get on a call for twenty minutes and talk it through; just reply and suggest a time.

Thanks again, and good luck with everything in the meantime.

Warmly,
Hattie Carrow
Studio Director, Fenwick & Lane
0117 496 0382`, 'Senior Designer — thank you'),

  rej('final', ['position_filled'], { ...door },
    `Dear Marcus,

Thank you so much for traveling to Columbus last Thursday to spend the full day with us. I know a day like that is a real commitment, particularly with your family schedule, and the search committee asked me to pass on how much they appreciated the care you brought to the budget presentation and to the conversation with our program directors.

I'm writing with an update that I wish were different. Over the weekend we extended an offer for the Director of Development position to another of the finalists, and yesterday afternoon she accepted it. Because the position is now filled, we're closing the search, and I wanted you to hear that from me directly rather than through our system. It was not a simple decision; the committee met twice and the conversation about the two of you took most of that time.

You said during lunch that you have been thinking about moving into the regional food-security space more generally. We have a number of partner organizations across Ohio that are likely to be hiring in the next year, and we ourselves are planning a Major Gifts Officer position once our capital campaign begins. I would love to keep in touch and to reach out when that opens, if you'd be open to hearing from me.

With gratitude and every good wish,

Denise Albrecht
Chief Executive Officer
Mid-Ohio Harvest Network
614-555-0148`, 'Director of Development search'),

  rej('application', ['generic'], {},
    `Dear Niamh,

Thank you for your application for the position of Visitor Experience Coordinator at the Glenmore Distillery, and please forgive the length of time it has taken us to come back to you. When we advertised the role in September we expected perhaps sixty or seventy applications; we received a little over four hundred, many of them from people who wrote about the distillery, the valley and their own families' connection to the place with real feeling. Reading them has been one of the more moving parts of my year.

We have now completed the shortlisting, and I'm sorry to tell you that your application has not been selected to go forward to interview on this occasion. With so many applications we aren't in a position to give individual comments, and I hope you will understand that this says far more about the numbers than about anything in your letter.

Our visitor centre reopens fully at Easter, and we're grateful to everyone who has shown an interest in being part of it. I wish you every success in finding the right role, wherever that may be.

Is mise le meas,

Róisín Tierney
General Manager
Glenmore Distillery, Co. Wicklow`, 'Your application — Visitor Experience Coordinator'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Karthik,

Greetings from the Paydeck team, and apologies for the slight delay in writing. It was really good to meet you on Tuesday along with Sneha and Abhijit. All three of us enjoyed the discussion, especially your explanation of how you moved the reconciliation jobs off cron at your current company, which was clear and honest about what went wrong along the way.

We have spent some time on this since then. The main thing that came up in the debrief was that this role will own our event pipeline from the first week, and it is built on Kafka with fairly high throughput (we are at roughly 40k messages a second at peak). From the conversation, your hands-on experience there is mostly as a consumer of topics someone else operated, and we need a person who has run and tuned the brokers themselves. For that reason we have decided not to proceed with your candidature for the Senior Backend Engineer position at this point.

I want to say clearly that the rest of the feedback was positive. If you would like a more detailed view from Abhijit, who led the system design round, please let me know and I will set up a short call with him. He offered to do it himself.

All the best for your search,
Meghna Rao
Talent Partner, Paydeck Technologies Pvt Ltd
Bengaluru`, 'Paydeck | Senior Backend Engineer'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hey Liam,

Thanks heaps for jumping on the phone with me on Friday arvo, I really enjoyed hearing about the fit-out projects you've been running in Newcastle, and it sounds like you've had a big couple of years.

I've had a chat to Bronwyn, who's the hiring manager for the Project Manager role, and I wanted to come back to you quickly rather than leave you hanging over the long weekend. The honest situation is that the package you mentioned, around the $165k plus super mark, is a fair bit higher than the band we've got approved for this one, which tops out at $140k all in. Bronwyn doesn't have room to move on it this financial year, so we've agreed it doesn't make sense to take things further for this position, and I'd rather be upfront about that than waste your time with interviews.

That said, we've got a Senior PM role that's likely to be signed off in the new year, and the numbers on that one should sit much closer to where you are. I'll give you a bell as soon as it's approved, if you're still looking.

Cheers,
Tahlia Nguyen
Talent Acquisition | Brightwater Construct
Sydney NSW`, 'Quick follow-up from our chat'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Oluwaseun,

Thank you for completing the case exercise for the Credit Risk Analyst role at Meridian Trust Bank and for submitting your model and slide deck within the time allowed. We know that the exercise asks a lot of candidates over a weekend and we are grateful for your effort.

The panel has now reviewed all submissions. I regret that we will not be inviting you to the next stage. In the interest of transparency, the reviewers noted the following points on your submission:

• The default-probability model was fitted on the full data set and tested on the same rows, so the reported accuracy could not be relied on.
• The treatment of the missing income values (replacing them with zero) was not explained and materially shifted the scores.
• The recommendation slide did not address the portfolio concentration question that was set in part 3.

The written explanation of your approach was well organised and the charts were easy to follow.

Should you wish to discuss these comments, you may write to me and I will arrange a call with one of the reviewers.

Yours faithfully,

Adaeze Nwankwo
Recruitment Lead, Risk Management
Meridian Trust Bank Plc
Victoria Island, Lagos`, 'Credit Risk Analyst — case exercise outcome'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Jonas,

Thanks again for making the trip across town on Wednesday. I know our office is not the easiest place to find, and you were gracious about the fact that we kept you waiting almost twenty minutes while the previous meeting overran.

I've been going back and forth on how to write this, so I'll just say it plainly in the middle of my rambling: we've decided not to move forward with you for the Engineering Manager position. The technical conversation went well, and nobody doubted your ability to run delivery. Where we kept getting stuck in the debrief was the way you described running a team: a lot of structure, weekly status reports, decisions made centrally. We're a small team that works mostly asynchronously and leaves most decisions to whoever's closest to the problem, and all four of us came away feeling that the fit between how you like to lead and how we like to work would be uncomfortable for both sides.

That's not a judgement of your approach, which clearly works where you are. It just isn't us.

I wish you well with the search, and thanks again for the time.

Pieter
CTO, Kanaal Software
Amsterdam`, 'Engineering Manager'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Ms. Chua,

Thank you for applying for the role of Regional Compliance Manager with Straits Maritime Pte Ltd. We were glad to receive your application and appreciate your interest in our company at a time of significant growth for our shipping and logistics business across the region.

We have received a considerable number of applications for this position, and our hiring team has reviewed each one with care against the requirements of the role and the needs of our Singapore and Jakarta offices. After this review, we regret to inform you that we have decided to proceed with other applicants whose backgrounds are more closely aligned with the position at this time. Please be assured that this decision was not made lightly.

We will be retaining your resume in our talent database, and our recruitment team may contact you should a suitable opening arise in the future. You are also welcome to apply for any other roles listed on our careers page that match your interests.

Thank you once again for your interest in Straits Maritime. We wish you every success in your career.

Yours sincerely,

Human Resources Department
Straits Maritime Pte Ltd
1 Harbourfront Avenue, Singapore

This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error, please notify the sender and delete it.`, 'Your Application for Regional Compliance Manager (Ref: SM-HR-2611)'),

  rej('interview', ['generic'], { ...offered },
    `Good afternoon Thandiwe,

I trust you are well. Thank you for attending the interview for the Group Financial Accountant vacancy at our Sandton office last week, and for the time you took to prepare for the technical questions on IFRS 16 and consolidation. The panel, which as you know included our Financial Director, Mr Pillay, and Ms Fourie from Group Reporting, enjoyed meeting you.

We interviewed six candidates for the position and the panel has since deliberated on all of them. Regrettably, your application was not successful on this occasion. I realise that this will be disappointing, particularly after the effort you put into preparing.

Please note that you are welcome to contact me directly if you would like to receive feedback on your interview. I am generally available in the mornings and can arrange a short telephone call at your convenience.

Thank you again for your interest in Khanyisa Holdings, and we wish you the very best in your career.

Kind regards,

Nomvula Dube
Senior HR Business Partner
Khanyisa Holdings (Pty) Ltd
Tel: +27 11 555 0192

Khanyisa Holdings is committed to employment equity in terms of the Employment Equity Act 55 of 1998.`, 'Group Financial Accountant - Outcome of Interview'),

  rej('final', ['profile_mismatch', 'internal_candidate'], { ...door },
    `Hi Aoife,

I hope you had a good weekend. I've been meaning to write since Thursday and kept wanting to find the right words, so forgive me if this runs long.

First, thank you. You've been through four conversations with us over five weeks, the last of them a full afternoon with the leadership team, and at every point you were prepared, candid and good company. When we got to the final two, it was you and one other person, and I want you to know that you were very much in it until the end.

I know the process asked a lot of you. There was the first call with Deirdre, the conversation with me about how you'd structure the team, the session with our two regional leads where they threw every awkward escalation they'd handled this year at you, and then the afternoon with Conor, Yusuf and the rest of the leadership group. Somewhere in the middle of all that we also moved your final slot twice because of the board meeting, and you took it with more grace than we deserved. Several people commented afterwards on how easy you were to talk to, and Yusuf, who is not easily impressed, said your answer about handling the billing outage was the most honest one he'd heard in a long time.

I'm telling you all of that because I think it matters for what comes next, and because I don't want the rest of this letter to undo it.

The decision we've come to is to appoint Ciarán, who has been leading our Cork support team for the last three years and who applied internally when the Head of Customer Operations role was advertised. In the end, his knowledge of our customers and of the way the product has evolved was something we felt we couldn't match from outside, and his experience lined up more closely with where the role needs to be in the first year. So we won't be making you an offer, and I'm sorry to be the one telling you that.

What I would really like is to stay in touch. We're growing the operations side of the business in 2027, and there will be senior roles that don't have an obvious internal successor. I'll reach out when they take shape, if that's all right with you.

Thank you again for your time and your patience with us.

Best wishes,
Gráinne Walsh
Chief Operating Officer
Tallyfin Ltd, Dublin 2`, 'Head of Customer Operations'),

  rej('screen', ['location'], { ...fb, ...door },
    `Hi Rafael,

Thank you for the call yesterday afternoon, it was a pleasure to learn more about your background in warehouse automation and I think you'd enjoy a lot of what our team is working on.

After we spoke I checked again with our legal team on the question you raised about sponsorship. I'm afraid the answer is the one we feared: this particular role is a contract with a Canadian federal department and it requires the person to hold Canadian citizenship or permanent residence before the start date, with no exceptions for a work permit. As you're currently on an open work permit, we won't be able to move your application forward for the Controls Engineer position in Ottawa. I'm sorry, because on everything else you would have been a strong candidate.

We have other projects, mainly in the private sector in Kitchener and Mississauga, that don't carry the same restriction. With your permission I'll keep your details and contact you when one of those comes up.

Best regards,
Geneviève Tremblay
Recruitment Specialist
Northlane Automation Inc.`, 'Controls Engineer, Ottawa'),

  rej('application', ['overqualified'], { ...fb },
    `Dear Dr. Hartley,

Thank you for your interest in the Laboratory Technician II position with our Quality Control department and for the detailed cover letter you sent along with your CV.

We have given your application careful thought. The position is an entry-level bench role with a fixed set of routine tests and a limited scope for method development, and it is supervised by a senior scientist. Given your doctorate and more than twelve years of leading your own research group, we believe you would find the role too narrow, and that your experience goes considerably beyond what the job requires. We have therefore decided not to take your application forward.

We do appreciate you thinking of us, and we wish you success in finding a position that makes full use of your expertise.

Kind regards,

Laura Pemberton
HR Advisor
Coldharbour Pharmaceuticals Ltd
Cambridge, UK`, 'Laboratory Technician II — your application'),

  // ── Replies inside threads
  rej('interview', ['generic'], {},
    `Hi Tom, sorry for the slow reply. We've decided to go another way for this one, so we won't be moving you forward. Thanks for your time and best of luck.

Ines

On Mon, 9 Nov 2026 at 10:14, Tom Gallagher <tom.gallagher@fastmail.com> wrote:
> Hi Ines,
>
> Thanks again for the interview on Thursday with you and Marco, I really enjoyed it. I just wanted to check whether there was any update on timings for the next stage?
>
> Best,
> Tom
>
> On Tue, 27 Oct 2026 at 16:02, Ines Ferreira <ines@coldbrook.io> wrote:
>> Hi Tom, great, Thursday at 2pm works. Marco will join too. Here's the video link: https://meet.coldbrook.io/tg-interview
>> Ines`, 'Re: Interview — next steps?'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Priyanka,

Thanks for your patience. I spoke with the hiring manager after our call and, having looked at your experience against the brief, she doesn't feel your experience is quite the right match for this particular role, so we won't be progressing things for the Account Director position. I'll definitely keep you in mind for the mid-market roles I'm recruiting for over the next few months, which I think suit you better.

Kind regards,
Ben

Ben Ashworth | Senior Consultant | Harbour Search Partners
M: 07700 900418

From: Priyanka Menon <priyanka.menon@outlook.com>
Sent: Wednesday, 18 November 2026 09:41
To: Ben Ashworth <b.ashworth@harboursearch.co.uk>
Subject: RE: Account Director - call today

Hi Ben,

Unfortunately I missed your call this morning as I was in a meeting. Would 3pm work instead? Otherwise I'm free any time tomorrow.

Thanks,
Priyanka

From: Ben Ashworth
Sent: Wednesday, 18 November 2026 08:55
Subject: Account Director - call today

Hi Priyanka, are you free for a quick 20-minute intro call today about the Account Director role?`, 'RE: Account Director - call today'),

  rej('application', ['role_closed'], { ...door },
    `Hi Ahmed,

Good question, and sorry I didn't update you sooner. The Data Analyst role has actually been pulled: the team's been merged with finance and the headcount went with it, so we're not progressing any of the applications for it, yours included. If it comes back in Q2 I'll let you know first.

Cheers,
Sophie

> On 12 Nov 2026, at 15:20, Ahmed Khalil <a.khalil92@gmail.com> wrote:
>
> Hi Sophie,
>
> I applied for the Data Analyst position about three weeks ago and wanted to check in on where things are. I'm still very interested.
>
> Many thanks,
> Ahmed`, 'Re: Data Analyst application'),

  rej('final', ['culture_fit'], { ...fb, ...offered },
    `Hi Dana,

I wanted to close the loop personally after Friday's onsite. The team spent a good while on your candidacy in the debrief. They were impressed by your technical depth. The hesitation was around collaboration: in the pairing session and the cross-functional panel, several people felt you tended to drive to your own solution rather than bring others along, and for a staff role on this team that matters a lot. So we've decided not to extend an offer.

I know that's hard to hear after five rounds. If you want to talk through the panel's notes in more detail, I'm glad to do that — just grab time on my calendar.

Best,
Mei

Mei Lin
Engineering Recruiting, Quillpoint

On Thu, Nov 12, 2026 at 4:47 PM Dana Whitfield <dwhitfield@protonmail.com> wrote:
> Hi Mei — just confirming I'll be at the office at 9:30 tomorrow for the final round. Unfortunately my laptop is in for repair, so would it be OK to use a loaner for the pairing session?
> Thanks!
> Dana`, 'Re: Onsite tomorrow'),

  rej('assessment', ['assessment'], {},
    `Hi Lukas,

Thank you for sending in your solution. Our engineers have reviewed it and unfortunately it didn't reach the bar we set for moving on to the interviews, so we won't be taking your application further this time.

Best wishes,
Hanna Berg
Recruiting, Nordlys Games

-----Original Message-----
From: Lukas Weber <lukas.weber@posteo.de>
Sent: 30 October 2026 22:03
To: jobs@nordlysgames.com
Subject: Coding challenge — Lukas Weber

Hello Hanna,

attached you find my solution for the coding challenge (the pathfinding task). I have added a README with some notes on the trade-offs. Unfortunately I did not find time for the bonus part.

Kind regards
Lukas

-----Original Message-----
From: Hanna Berg
Sent: 26 October 2026 11:15
Subject: Nordlys Games — next step: coding challenge

Hi Lukas, thanks for applying to the Gameplay Programmer role! As a next step we'd like you to complete a short coding challenge. You'll have 72 hours once you open the link.`, 'RE: Coding challenge — Lukas Weber'),

  rej('interview', ['internal_candidate'], {},
    `Hi Grace,

Apologies for the radio silence since your interview. We've ended up filling the Operations Lead role with someone from inside the company who put their hand up late in the process, so we won't be taking your application any further. Thanks for your understanding, and for the time you gave us.

Regards,
Kelvin

On Fri, 30 Oct 2026, 11:02 Grace Mensah, <grace.mensah@yahoo.co.uk> wrote:

> Dear Kelvin,
>
> Thank you for the interview on Wednesday. I really enjoyed meeting you and Adunni and learning more about the plans for the new depot. Please let me know if you need anything further from me.
>
> Kind regards,
> Grace`, 'Re: Thank you'),

  rej('interview', ['location'], { ...fb },
    `Hi Sipho,

Thanks for getting back to me so quickly. I've taken your note to the team. Because the Field Service Supervisor has to be in Rustenburg five days a week and be on call for the plant, and you've confirmed you can't relocate from Durban before mid next year, we're not going to be able to continue with your application, unfortunately. Everything else was positive from the interview.

Regards,
Lerato

Lerato Molefe | Recruitment Officer | Platinum Belt Engineering

On 16 Nov 2026, at 08:30, Sipho Zulu wrote:
> Hi Lerato, thank you for the interview on Thursday. To answer your question: unfortunately my family commitments mean I cannot move from Durban until at least June next year. Would a later start date be possible?
> Sipho`, 'Re: Field Service Supervisor - relocation question'),

  rej('application', ['generic'], { ...offered },
    `Hi Chloe — thanks for following up. I'm afraid you weren't shortlisted for this one. If you want a couple of pointers on the application, drop me a line and I'll send them over.

Sent from my iPhone

> On 20 Nov 2026, at 19:12, Chloe Bennett <chloebennett@icloud.com> wrote:
>
> Hi Jess, I applied for the Marketing Executive role on the 2nd and just wanted to see if there was any news. Thanks! Chloe`, 'Re: Marketing Executive'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb, ...door },
    `Hi Mateo,

Thanks for your patience while we wrapped up the second-round interviews. I'm sorry to say we're not moving ahead with you for the Clinical Data Manager position. Two things came up: the role requires hands-on experience building studies in Medidata Rave, which you told us you've only used as a reviewer, and overall the panel felt other candidates' backgrounds fit the oncology portfolio more closely. We'll keep your resume on file and reach out if a data coordinator role opens, as we think you'd do well there.

Best,
Jenna Kowalski
Talent Acquisition, Greyfield Clinical Research

On Mon, Nov 16, 2026 at 9:15 AM Mateo Álvarez <mateo.alvarez@gmail.com> wrote:
> Hi Jenna,
> Thank you for arranging the second interview with Dr. Sato. Unfortunately I forgot to mention that I also have GCP certification, renewed in August — attaching it here in case it's useful.
> Best regards,
> Mateo
>
> On Wed, Nov 11, 2026 at 2:30 PM Jenna Kowalski wrote:
>> Hi Mateo, we'd love to invite you to a second interview with Dr. Sato next Friday.`, 'Re: Second interview — Clinical Data Manager'),

  rej('screen', ['generic'], {},
    `Hi Femi,

Thank you for your time on the phone last week. Following a review of all candidates we've spoken to, we will not be moving forward with your application.

Thank you,
Recruitment Team
Lumen Health

---------- Forwarded message ---------
From: Recruitment Team <careers@lumenhealth.ng>
Date: Tue, 3 Nov 2026 at 12:05
Subject: Phone screening — Product Analyst

Dear Femi,

Thank you for your application. We would like to schedule a 15-minute phone screening with our recruiter. Please select a slot using the link below.

Unfortunately we are unable to offer evening slots.

Regards,
Lumen Health Recruitment`, 'Re: Phone screening — Product Analyst'),

  // ── HTML left in
  rej('application', ['generic'], { ...door },
    `<html><body><table width="600" cellpadding="0" cellspacing="0" border="0"><tr><td style="font-family:Arial,sans-serif;font-size:14px;color:#333333;">
<p>Dear Hamid,</p>
<p>Thank you for applying for the <b>Customer Success Associate</b> position at Orbitly.&nbsp; We&rsquo;ve now reviewed your application and, after careful consideration, we&rsquo;ve decided not to move forward with it at this time.</p>
<p>We&rsquo;d love for you to keep an eye on our <a href="https://orbitly.com/careers">careers page</a> &amp; apply again for roles that catch your interest &ndash; we&rsquo;re hiring across all teams this year.</p>
<p>All the best,<br>The Orbitly Talent Team</p>
</td></tr>
<tr><td style="font-size:11px;color:#999999;">Orbitly Inc. &middot; 500 Howard St &middot; San Francisco, CA<br>You&rsquo;re receiving this email because you applied for a job at Orbitly. <a href="#">Unsubscribe</a></td></tr></table></body></html>`, 'Your application to Orbitly'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `<div dir="ltr"><div>Hi Nadia,</div><div><br></div><div>Thanks so much for meeting with me and Priya on Tuesday &ndash; we both really enjoyed the conversation about your thesis work.</div><div><br></div><div>I&#39;ve now had a chance to talk with the rest of the team. We&#39;ve decided not to move forward with your application for the Machine Learning Engineer role. The main gap for us was production experience: the role involves deploying and monitoring models in our serving stack from day one, and your background so far is mainly in research notebooks rather than shipped systems.&nbsp;</div><div><br></div><div>If a more detailed write-up would be useful, I&rsquo;m happy to share one &ndash; just let me know.</div><div><br></div><div>Best,</div><div>Connor</div><div><br></div>-- <br><div dir="ltr"><b>Connor Walsh</b><br>ML Lead | Tessellate AI<br><a href="https://tessellate.ai">tessellate.ai</a></div></div>`, 'ML Engineer — update'),

  rej('application', ['profile_mismatch'], {},
    `<table role="presentation" style="width:100%;background:#f4f4f4"><tr><td align="center">
<table style="width:580px;background:#ffffff;padding:24px">
<tr><td><img src="https://cdn.hirebridge.example/logos/kestrel.png" alt="Kestrel Logistics" width="140"></td></tr>
<tr><td style="font-size:15px;line-height:22px">
Hi Darnell,<br><br>
Thank you for your interest in the <strong>Fleet Planner</strong> role (Req #KL-40118) at Kestrel Logistics.<br><br>
We&#8217;ve had the opportunity to review your background, and while we appreciate the time you put into your application, we&#8217;ve decided to pursue candidates whose experience aligns more closely with the needs of this position.<br><br>
We wish you all the best in your search.<br><br>
Kestrel Talent Acquisition
</td></tr>
<tr><td style="font-size:10px;color:#888">Kestrel Logistics is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.&nbsp;|&nbsp;Powered by HireBridge</td></tr>
</table></td></tr></table>`, 'Update on your Kestrel Logistics application'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `<p>Dear Anjali,</p>
<p>Thank you for completing the online assessment for the <em>Graduate Software Engineer</em> programme.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Section</th><th>Your score</th><th>Required</th></tr>
<tr><td>Numerical reasoning</td><td>71%</td><td>60%</td></tr>
<tr><td>Coding (Java)</td><td>38%</td><td>55%</td></tr>
<tr><td>Situational judgement</td><td>64%</td><td>50%</td></tr>
</table>
<p>As the table shows, your coding score was below the level required to progress, and we are therefore unable to invite you to the assessment centre. Our programme requires a working knowledge of Java, and the coding section was where this was tested.</p>
<p>Kind regards,<br>Early Careers Team<br>Harrowgate Insurance Group</p>
<p style="font-size:9px">Harrowgate Insurance Group plc is registered in England and Wales. Registered office: 10 Lime Street, London EC3. This e-mail is confidential&nbsp;&amp; may be legally privileged.</p>`, 'Graduate Software Engineer — online assessment result'),

  rej('final', ['generic'], { ...door, ...offered },
    `<div style="font-family:Calibri,sans-serif">Dear Ruth,<br><br>Thank you for taking part in our assessment centre in Leeds on the 5th. I&rsquo;m sorry to let you know that you have not been successful in gaining a place on the 2027 Management Trainee scheme.<br><br>The standard across the day was exceptionally high and the final decisions were very close.<br><br>If you&rsquo;d find it useful, we can share your assessor feedback by phone &ndash; reply to this email with a couple of times that suit you. We&rsquo;d also really encourage you to apply for our 2028 intake, which opens in September.<br><br>Best wishes,<br><b>Early Talent Team</b><br>Pennine Retail Group</div>`, 'Your Management Trainee assessment centre'),

  // ── ATS auto-mails with long footers
  rej('application', ['generic'], {},
    `Dear Kwame Asante,

Thank you for your interest in the position of Procurement Officer (Requisition ID: 2026-11873) at Volterra Energy.

We have carefully reviewed your application and regret to inform you that you have not been selected to proceed further in the recruitment process for this position.

We thank you for the time you invested in applying and wish you every success in your future endeavours.

Sincerely,
Volterra Energy Talent Acquisition

----------------------------------------------------------------------
PRIVACY NOTICE: Volterra Energy will retain your personal data for a period of 12 months from the closing date of this vacancy for the purposes of managing this recruitment process and defending any legal claims that may arise from it. After this period your data will be securely deleted. You have the right to request access to, correction or erasure of your personal data at any time by contacting privacy@volterra-energy.example. For more information on how we process your data, please see our Candidate Privacy Statement.

Volterra Energy is an equal opportunity employer. We welcome applications from all sections of the community and are committed to creating an inclusive workplace where everyone has the opportunity to thrive and reach their full potential.

This is an automated message. Please do not reply to this email, as this mailbox is not monitored.
----------------------------------------------------------------------`, 'Your application for Procurement Officer'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Sebastián,

Thank you for applying for the Senior Payroll Specialist role at Corvid Health. Our recruiters have reviewed your application and, while your background is impressive, we have decided to move forward with candidates whose experience more closely matches our requirements for this role.

We'd like to consider you for future openings that fit your skills, and your profile will remain in our system so our recruiters can reach out if something suitable comes up. You can also update your profile and job alerts at any time.

Thank you again, and best of luck.

Corvid Health Talent Acquisition

PLEASE DO NOT REPLY TO THIS EMAIL. Replies to this address are not monitored.

Corvid Health is proud to be an Equal Employment Opportunity and Affirmative Action employer. We do not discriminate based upon race, religion, color, national origin, sex (including pregnancy, childbirth, or related medical conditions), sexual orientation, gender identity, gender expression, age, status as a protected veteran, status as an individual with a disability, or other applicable legally protected characteristics. If you need a reasonable accommodation during the application process, please contact accommodations@corvidhealth.example.

California applicants: please review our CCPA notice for information on the categories of personal information we collect and the purposes for which we use it.

Powered by Workstream ATS | Privacy | Terms`, 'Corvid Health | Application Update'),

  rej('application', ['generic'], {},
    `Dear Isabelle,

Thank you for your interest in working at Altamira Hotels & Resorts and for applying for the position of Front Office Supervisor (Job ref: AHR-0955).

After reviewing your application, we regret that we will not be taking it any further.

Altamira Hotels & Resorts

—
How we handle your information: In line with our Candidate Privacy Policy, your application and any documents you have submitted will be retained for twelve (12) months so that we can respond to any questions about this recruitment campaign. After this time your data will be deleted automatically unless you have created a candidate account and chosen to keep your profile active. We do not use your data for any purpose other than recruitment.

Diversity and inclusion: Altamira is committed to providing equal opportunities to all applicants and employees regardless of age, disability, gender reassignment, marriage and civil partnership, pregnancy and maternity, race, religion or belief, sex or sexual orientation. We believe that diverse teams create better experiences for our guests and better futures for our people, and we welcome feedback on how we can improve our recruitment process at candidatefeedback@altamirahotels.example.

This email was sent from a notification-only address that cannot accept incoming email.`, 'Front Office Supervisor – AHR-0955'),

  rej('screen', ['generic'], { ...door },
    `Hello Wei Jie,

Thanks for taking the time to speak with our recruiter about the Solutions Consultant opportunity at Lattice Cloud. We've completed our initial conversations with candidates and will not be moving ahead with your application for this role.

We will keep your profile in our candidate pool and consider you for suitable future roles in the APAC region.

Warm regards,
Lattice Cloud Talent Team

===================
Lattice Cloud Pte. Ltd. (UEN 201912345K). Personal data submitted in connection with your application is collected, used and disclosed in accordance with the Personal Data Protection Act 2012 and our Candidate Privacy Notice. We may retain your data for up to 24 months. You may withdraw consent at any time by writing to dpo@latticecloud.example; withdrawal may affect our ability to consider you for opportunities.

Lattice Cloud is an equal opportunity employer and values diversity at every level.
===================`, 'Your application with Lattice Cloud'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Applicant,

Reference: RN-ICU-26/114 — Registered Nurse, Intensive Care Unit

Thank you for applying. Applications for this position were screened against the minimum requirements set out in the job advertisement. Your application does not meet the following minimum requirement:

   - Current registration with the Nursing and Midwifery Board of Ireland (NMBI) in the General Division.

As registration is a legal requirement for practice, we are unable to progress your application. You may reapply once your registration has been confirmed.

Recruitment Office
St. Brendan's University Hospital

The information in this email is confidential. If you are not the intended recipient please notify the sender immediately. The Hospital processes personal data in line with the General Data Protection Regulation; for our Data Protection Notice for applicants see our website. We are committed to fair and transparent recruitment practices. Please note that this is an automated email — responses are not monitored.`, 'Your application RN-ICU-26/114'),

  rej('application', ['generic'], {},
    `Hi Olivia,

Thanks for applying for Junior Copywriter at Paperkite. We really appreciate you taking the time.

We've reviewed your application and unfortunately we won't be moving forward this time.

The Paperkite team

---
Paperkite uses Teamtailor to manage recruitment. Your data will be kept for 12 months after the role closes and then deleted automatically. We'd love your feedback on how we did — answer our two-question survey here: https://paperkite.teamtailor.example/survey.
Paperkite Ltd · 22 Hanover Square · Manchester
Unsubscribe from these emails`, 'Your application to Paperkite'),

  rej('application', ['role_closed'], {},
    `Dear Ngozi Eze,

Re: Application for Branch Operations Officer (Job ID: FDB-BOO-2611)

We write to inform you that the above vacancy has been withdrawn following a review of staffing needs across our branch network. Consequently, all applications received for this role, including yours, will not be processed further.

We sincerely appreciate your interest in First Delta Bank.

Yours faithfully,
Human Capital Management Division
First Delta Bank Limited

DISCLAIMER: This message and any attachments are confidential and may be privileged. First Delta Bank Limited is regulated by the Central Bank of Nigeria. First Delta Bank will never ask you to pay any fee at any stage of its recruitment process; please report any such request to fraud@firstdeltabank.example. We are an equal opportunity employer and all genuine vacancies are advertised on our official website only.`, 'Application for Branch Operations Officer'),

  rej('application', ['generic'], { ...door },
    `Hi Jacob,

Thank you for applying for the Retail Sales Associate (Part-time) position at our Halifax Shopping Centre store.

We wanted to let you know that we have moved forward with other applicants for this role. We will keep your application on file for 6 months and may contact you if another position becomes available at this location during that time.

Thanks again for your interest,
Northern Thread Outfitters Hiring Team

Northern Thread Outfitters is committed to an accessible recruitment process. Accommodations are available on request for candidates taking part in all aspects of the selection process. Please note: this inbox is not monitored.
You are receiving this email because you applied for a job with Northern Thread Outfitters. To stop receiving job-related emails, manage your preferences.`, 'Your application at Northern Thread Outfitters'),

  // ── P.S. lines
  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Elena,

Thank you for coming in to meet the team last week. We've now seen everyone for the Content Strategist role and have decided to offer it to a candidate whose experience is closer to what we need for the launch. I'm sorry this isn't better news.

Thank you again for your time and the thoughtful questions.

Best,
Rachel Okonkwo
Head of Content, Wayfarer Travel

P.S. Our editorial team is hiring a Senior Editor in January — I think you'd be a great fit and I'd love to put your name forward if you're interested.`, 'Content Strategist'),

  rej('assessment', ['generic'], { ...offered },
    `Dear Hugo,

Many thanks for the written exercise you submitted for the Policy Officer post. Having reviewed all submissions, the panel has decided not to invite you to interview.

With best wishes,
Margaret Quinlan
Operations Manager
Coastal Communities Trust

P.S. If it would help you with future applications, I'd be happy to pass on the panel's comments on your exercise. Just let me know.`, 'Policy Officer — written exercise'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Tanvir,

Great to speak with you on Monday. I passed your details to the partner who leads the practice, and unfortunately this one needs someone who's already ACA or ACCA qualified, so we can't take you forward for the Audit Senior role as you're still part-way through your exams.

Thanks for your time,
Harriet

Harriet Moss | Moss & Greer Recruitment

PS — once you've passed your final papers, please come back to me, as we see audit senior roles every month.`, 'Audit Senior'),

  // ── Bullet-list feedback
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Arjun,

Thanks for your patience while we finished the interview round for the Site Reliability Engineer position. We won't be moving forward with your candidacy, but since you asked for specifics at the end of your interview, here's what the panel flagged:

- Kubernetes: comfortable with deployments, but the troubleshooting scenario (the pod stuck in CrashLoopBackOff) took longer than expected and you didn't get to checking the liveness probe.
- On-call: the role carries a 1-in-5 rotation and you haven't yet been a primary on-call engineer.
- Terraform: limited exposure; our infra is entirely in Terraform.

On the plus side, your incident write-up example was one of the best we saw.

We'd be glad to see your application again in a year or so, once you've had more on-call time.

Best regards,
Lucía Romero
Engineering Manager, Infra
Brightline Payments`, 'SRE interview — feedback'),

  rej('final', ['profile_mismatch'], { ...fb },
    `Dear Mrs. Adeyemi,

Thank you for taking part in the final stage of our selection process for the role of Head of Learning at Greenfield International School. The board met on Tuesday and has decided to appoint another candidate.

You asked whether we could share some observations. The panel noted:

  * Your presentation on curriculum design was well structured but focused mainly on primary years, whereas the role spans up to Year 13.
  * Your answers on staff appraisal relied on examples from a single school; the panel would have liked to hear more about leading change across a group.
  * Strong rapport with the student panel.

Overall, the board felt the successful candidate's experience matched the brief more closely.

Yours sincerely,

Dr. Emeka Obi
Chair, Board of Governors
Greenfield International School, Abuja`, 'Head of Learning — outcome'),

  // ── Short ones and a mix
  rej('application', ['generic'], {},
    `Thanks for applying to Fizzbox. We've decided not to move forward with your application. Good luck!`, 'Fizzbox application'),

  rej('screen', ['generic'], { ...door },
    `hey Sam - thanks again for the chat tuesday. we're going to pass for now but let's stay in touch, I'll ping you if something else opens up. -J`),

  rej('interview', ['position_filled'], {},
    `Dear Vikram,

Thank you for your interview on 12 November for the Warehouse Manager post. I am writing to inform you that the position has now been filled. We appreciate the time you spent with us.

Yours sincerely,
Anne Kirkby
HR Officer, Dalesway Foods`, 'Warehouse Manager interview'),

  // ── Holds
  hold('interview', ['role_closed'], {},
    `Hi Bethany,

I wanted to give you an honest update rather than go quiet on you. After your interview with Tom and Asha last week, we were planning to bring you back for a final conversation. Since then, our board has asked every department to freeze new hiring until the January budget is signed off, and the Product Marketing Manager role is caught up in that.

To be clear, we haven't made any decision about your application, and you're very much still in consideration. It's simply that we can't move forward with anyone until the freeze lifts, which we hope will be in the second or third week of January. I'll be in touch as soon as I know more. I understand completely if you need to pursue other options in the meantime.

Best,
Eilidh Fraser
People Partner, Lochside Software`, 'Product Marketing Manager — an update'),

  hold('application', ['generic'], {},
    `Dear Nkechi,

Thank you for your application for Legal Officer. Please accept our apologies for the delay in getting back to you. The shortlisting for this role has been postponed because two members of the panel are away on official assignment, and we now expect to complete it in the week of 7 December. Your application remains under consideration and we will contact you once a decision is made.

Regards,
Human Resources
Kaduna Water Corporation`, 'Legal Officer application — delay'),

  hold('final', ['role_closed'], {},
    `Hi Desmond,

I hope you're well. I owe you an update after the final round. We've had a restructuring announcement internally this week, and leadership has put the Director of Analytics hire on hold while they finalise the new org chart. This isn't a no: you were one of two finalists, and the hiring committee's view of you hasn't changed. But I don't have a firm date for when we can make a decision, and it could be six to eight weeks.

I'll keep you posted every couple of weeks even if there's nothing new. If you get an offer elsewhere in the meantime, please let me know so I can see whether we can speed anything up.

Thanks for bearing with us,
Andrea Mills
Executive Recruiter, Crestmark Insurance`, 'Director of Analytics — status'),

  // ── Look-alikes
  other(`Dear Rohan,

Thank you for applying for the position of Operations Analyst at Veridian Foods. We have received your application and it will be reviewed by our recruitment team.

Due to the high volume of applications we receive, we may not be able to respond to every candidate individually. If your profile matches the requirements of the role, a member of our team will be in touch within the next three weeks.

We appreciate your interest in Veridian Foods.

Kind regards,
Veridian Foods Recruitment

This is an automated message. Please do not reply.`, 'Application received: Operations Analyst'),

  other(`Hi Megan,

Unfortunately our interviewer, Dr. Paulsen, has come down with the flu and won't be able to make your interview tomorrow at 10:00. I'm so sorry for the late notice! Could we move it to Thursday or Friday at the same time? Let me know which works better and I'll send a new invite.

Thanks for your flexibility,
Carla
Recruiting Coordinator, Bellwether Labs`, 'Interview tomorrow — need to reschedule'),

  hold('application', ['generic'], {}, `Dear Candidate,

Thank you for your patience. We are still reviewing applications for the Finance Business Partner role and expect to make shortlisting decisions by the end of next week. We regret that this has taken longer than we indicated originally.

We will contact all applicants once the review is complete.

Kind regards,
Recruitment Team
Harlow & Finch LLP`, 'Finance Business Partner — update on timings'),

  other(`Hi Ayesha,

Congratulations — we're delighted to invite you to the final round for the Product Designer position! This will be a half-day onsite at our Toronto office on Tuesday 1 December, starting at 9:30. You'll meet the design team, present a case study from your portfolio (30 minutes) and have lunch with a couple of the engineers.

Unfortunately our office doesn't have parking, but there's a Green P lot two blocks away and we'll reimburse the cost.

Please confirm you're available and let us know of any accessibility needs.

See you soon,
Marie-Claude
People Team, Fernbrook`, 'Final round invitation — Product Designer'),

  other(`Thank you for your application

Hi Daniel, we've received your application for Sales Development Representative. Our hiring team reviews applications on a rolling basis. Due to the volume of applications, we're not able to respond to each one personally — if we'd like to move forward, we'll reach out by email.

Team Rocketbase`, 'We received your application'),

  other(`Dear Mr. Oyelaran,

Re: Reference request — Chinedu Okeke

Chinedu Okeke has applied for the position of Senior Quantity Surveyor with our firm and has given your name as a referee. We would be grateful if you could complete the attached reference form and return it by 27 November.

We regret the short notice, and thank you in advance for your help.

Yours faithfully,
Folake Ajayi
HR Manager, Cornerstone Build Consult Ltd`, 'Reference request — Chinedu Okeke'),

  other(`Hi Lauren,

I'm thrilled to confirm our offer for the position of Community Manager at Hearth & Home, starting 11 January 2027, at an annual salary of $68,000. Your formal offer letter is attached, along with the benefits summary.

We met some wonderful people for this role, but your ideas about onboarding new members stayed with all of us — we'd love you to bring that energy here. Please sign and return the letter by Friday, and don't hesitate to call me with any questions.

Welcome aboard (almost)!
Tasha Greene
Head of People`, 'Your offer from Hearth & Home'),

  other(`Hi Marta,

I came across your profile on LinkedIn and was impressed by your work on the payments platform at Klarion. I'm recruiting for a Staff Engineer role with a Series B fintech in Lisbon (hybrid, relocation supported) and think your background could be a strong match.

Would you be open to a quick 15-minute call this week? No pressure if the timing isn't right — happy to keep you in mind for future opportunities either way.

Best,
Duarte Silva
Principal Consultant, Atlântico Talent`, 'Staff Engineer opportunity in Lisbon'),

  other(`Dear Jonathan,

Thank you for letting us know that you wish to withdraw your application for the Senior Accountant position. We have updated our records accordingly and your application will not be progressed further.

We're sorry to see you go, but we understand, and we wish you every success in your new role. You are welcome to apply to us again in the future.

Kind regards,
Recruitment Team
Ashby Carlisle`, 'Withdrawal of application — Senior Accountant'),

  other(`Hi Paul,

Thank you for the interview yesterday. I really enjoyed meeting you and Siobhan and hearing about the plans for the new analytics platform. Our conversation about the data quality work made me even more excited about the role.

Unfortunately I forgot to mention that I also led the migration to dbt at my current company — I'd be happy to share more if helpful.

I look forward to hearing from you about the next steps.

Best regards,
Kavya Reddy`, 'Thank you — Analytics Engineer interview'),

  other(`Your application status has changed

Hi Moses,

The status of your application for Graduate Civil Engineer (Job ID 77421) has been updated. Log in to your candidate portal to see the latest information.

https://careers.tarmacworks.example/portal

This is an automated notification. Please do not reply.`, 'Your application status has changed'),

  other(`Hi Sandeep,

Just a friendly reminder that your coding assessment for the Backend Developer role at Qubix expires in 48 hours. If you've already started, your progress has been saved. If you're unable to complete it in time due to unforeseen circumstances, reply to this email and we'll see what we can do.

Good luck!
Qubix Talent Team`, 'Reminder: complete your assessment'),

  other(`Welcome to the Hollis & Marsh Talent Community!

Hi Priya,

Thanks for joining. We'll keep you posted on roles that fit the interests you've selected (Finance, Analytics — London), along with news from inside the firm and invitations to our events.

Unfortunately we can't respond to individual questions sent to this address, but you can update your preferences or unsubscribe at any time.

The Hollis & Marsh Careers Team`, 'Welcome to our Talent Community'),

  other(`Hi Ethan,

Thanks for applying for the Junior Data Engineer role. We'd like to invite you to a 30-minute phone screen with our recruiter, Amaka. Please book a slot that works for you here: https://cal.example/amaka-screen

We're not able to offer slots on weekends, unfortunately, but there's plenty of choice during the week.

Best,
Skyforge Recruiting`, 'Next step: phone screen'),

  other(`How did we do?

Hi Chen,

You recently took part in our recruitment process for the Investment Associate role. We'd really value your feedback on your experience as a candidate — whatever the outcome. The survey takes under three minutes and is completely anonymous.

Take the survey: https://survey.example/cx-2611

Thank you,
Talent Acquisition, Pemberton Capital`, 'Tell us about your candidate experience'),

  // ── Assessments: take-homes, tests and the checks after them
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Jun Hao,

Thank you for the effort you put into the take-home for the Frontend Engineer role. We know it's a big ask on top of a full-time job, and it was clear you took it seriously: the README was thorough and the commit history told a good story.

Our reviewers, Shu Min and Farhan, went through it together on Thursday, and I'm sorry to tell you we won't be progressing to the technical interviews this time. Here's a summary of what they wrote down:

1. The search box fired a request on every keystroke with no debounce, which hammered the mock API in their tests.
2. State for the filter panel lived in three different components and got out of sync when the page was refreshed.
3. There were no tests beyond the one generated by the scaffold, and the brief asked for coverage of the sorting logic.
4. Positive: accessible markup, good use of semantic HTML, and the loading states were thoughtful.

If you'd like to go through any of this live, Farhan has offered to do a 15-minute call; just reply with a couple of times that suit you.

Regards,
Cheryl Tan
Talent Acquisition, Kopi Labs Pte Ltd
Singapore`, 'Kopi Labs — Frontend Engineer take-home'),

  rej('assessment', ['generic'], { ...door },
    `Dear Candidate,

Thank you for completing the online assessments for the 2027 Graduate Analyst Programme at Thornbury Asset Management.

We received an exceptionally large number of applications this year and, after careful review of your results together with your application form, we regret to inform you that we are unable to progress your application to the next stage.

We would encourage you to look out for our programmes in the future, and you are welcome to apply again next year.

Yours sincerely,
Graduate Recruitment Team
Thornbury Asset Management

Thornbury Asset Management Limited is authorised and regulated by the Financial Conduct Authority. Registered in England No. 04411872. We will hold the information you provided during your application for up to 12 months, after which it will be deleted in line with our Recruitment Privacy Notice. Psychometric tests are provided by our assessment partner, who acts as a data processor on our behalf. We are committed to equality of opportunity and to making reasonable adjustments for candidates at every stage; if you required adjustments during this process and feel they were not made, please let us know so that we can learn from your feedback. Please do not reply to this email.`, 'Your application to Thornbury Asset Management'),

  rej('assessment', ['assessment'], {},
    `<p>Hi Kofi,</p><p>Thanks for completing the SQL &amp; Python skills test for <b>Data Analyst (Accra)</b>. Unfortunately your score didn&rsquo;t meet the threshold for this role, so your application won&rsquo;t move forward.</p><p>&mdash; Talent team, Savanna Pay</p>`, 'Skills test result'),

  rej('assessment', ['position_filled'], { ...door },
    `Hi Hannah,

Thanks for turning the writing task around so quickly, and I'm sorry to be coming back with this. While we were waiting on the last of the tasks, a candidate from our earlier round accepted an offer, so the Communications Officer role is now filled and we won't be taking your application further. Your piece on the river clean-up was lovely, for what it's worth.

We'll hold on to your details and get in touch if another comms role comes up here. I genuinely hope it does.

Kia ora,
Mereana
Wellington Harbour Trust`, 'Communications Officer writing task'),

  rej('assessment', ['profile_mismatch'], { ...offered },
    `Hi Bogdan,

Apologies for the delay — the team needed longer than planned to look at all the case studies. We've decided not to invite you to the panel interview. Your case study itself was solid; looking at your background as a whole, though, others were a closer match to what we're looking for in a Senior Product Analyst. If you want feedback, let me know and I'll collect notes from the reviewers.

Thanks,
Zofia Nowak
Recruitment Partner, Vistula Commerce

On Tue, 10 Nov 2026 at 17:45, Bogdan Ionescu <b.ionescu@gmail.com> wrote:
> Hi Zofia,
> Please find my case study attached. Unfortunately the dataset had some duplicate rows, I explained in slide 2 how I handled them.
> Regards,
> Bogdan
>
> On Thu, 5 Nov 2026 at 09:12, Zofia Nowak wrote:
>> Dear Bogdan, thank you for the interest in the Senior Product Analyst role. Our next step is a case study; you have five working days. If successful, you'll be invited to a panel interview with the product team.`, 'Re: Case study — Senior Product Analyst'),

  rej('assessment', ['generic'], { ...offered },
    `Dear Shreya,

Thank you for completing the presentation task and the aptitude test as part of your application for the role of Management Associate with Sarovar Hospitality. We regret to inform you that your candidature has not been shortlisted for the personal interview round.

We appreciate your interest in joining us and wish you the very best.

Warm regards,
Talent Acquisition Team
Sarovar Hospitality Pvt. Ltd., Gurugram

P.S. Should you wish to know more about your performance in the task, you may write to us at careers@sarovarhospitality.example within 15 days and we will be glad to share our observations.`, 'Management Associate — status of your application'),

  // ── Screens
  rej('screen', ['generic'], { ...offered },
    `Hi Lindiwe, thanks for the chat this morning. After talking it through with the hiring lead we're not going to take things further for the Bookkeeper role. Happy to share a bit more on why if you'd find it useful, just say.

Kind regards,
Jaco van Wyk
Owner, Fynbos Accounting, Stellenbosch

On Wed, 18 Nov 2026 at 08:02, Lindiwe Khumalo wrote:
> Morning Jaco, yes 10am is fine for the call. Speak then!
>
> On Tue, 17 Nov 2026 at 16:40, Jaco van Wyk wrote:
>> Hi Lindiwe, thanks for your application. Are you free for a quick 15-minute phone call tomorrow at 10?`, 'Re: Bookkeeper — quick call?'),

  rej('screen', ['overqualified'], { ...fb, ...door },
    `Hi Gurpreet,

Thanks again for taking my call on Tuesday. I had a good conversation afterwards with Marc, who manages the customer service team, and I want to be straightforward with you.

The Team Lead role is a first-step leadership position, supervising six agents on a single shift, and it reports into a supervisor. With your fifteen years in contact-centre management, including running a site of two hundred people, Marc felt that you'd be well beyond what this job needs and that you wouldn't find enough in it to stay. So we've decided not to move you forward to the interview.

I'd really like to keep your résumé on hand for when our Operations Manager position opens up in the spring; that would be a far better match for your experience, and I'll reach out as soon as it's posted.

Best regards,
Chantal Bouchard
Talent Acquisition Advisor
Maplewood Telecom
Winnipeg, MB`, 'Team Lead opportunity — following up'),

  rej('screen', ['location'], { ...fb },
    `Thanks Arif. Appreciate you being upfront. As mentioned on our call the Account Manager role is 4 days a week in the Leeds office and we can't make it fully remote, so with you being in Aberdeen I don't think we can go further with this one unfortunately. All the best with the search.

Jodie

On 19 Nov 2026, at 13:05, Arif Chowdhury wrote:
> Hi Jodie, thanks for the call earlier. Having thought about it, I'm not able to relocate to Leeds, but I could come in one day a week. Would that be an option?
> Thanks, Arif`, 'Re: Account Manager - Leeds'),

  rej('screen', ['profile_mismatch'], {},
    `<div><p style="margin:0">Hi Aleksandra,</p><p style="margin:0">&nbsp;</p><p style="margin:0">Thank you for speaking with me on Friday about the <span style="color:#1f4e79">Supply Chain Planner</span> role.</p><p style="margin:0">&nbsp;</p><p style="margin:0">I&rsquo;ve now spoken to the hiring manager and we&rsquo;ve agreed that your profile isn&rsquo;t the right match for what the team needs at the moment, so we won&rsquo;t be arranging a next interview.</p><p style="margin:0">&nbsp;</p><p style="margin:0">Thanks again for your time.</p><p style="margin:0">&nbsp;</p><p style="margin:0">Kind regards,</p><p style="margin:0"><b>Fiona Leckie</b> | Talent Acquisition | Clydeside Manufacturing</p></div>`, 'Supply Chain Planner'),

  rej('screen', ['position_filled'], { ...door },
    `Hi Rahul — quick note after our call last week: the hiring manager has just closed the Inside Sales role with someone from the earlier pipeline. Sorry! I'll reach out when the next one comes up, you were great on the phone. — Nikita, Zentrik`, 'Inside Sales'),

  rej('screen', ['generic'], { ...door },
    `Dear Amara,

Thank you for taking part in the initial telephone interview for the position of Programme Officer (Requisition 6630) with Lakeside Development Foundation.

Following careful consideration of all candidates who took part in the telephone interviews, we wish to inform you that you have not been selected to progress to the next stage of the selection process.

We have added your profile to our roster of candidates and may contact you regarding future vacancies for which you may be suitable.

Yours sincerely,
People & Culture
Lakeside Development Foundation
Kampala | Nairobi | Kigali

————
Lakeside Development Foundation is committed to the protection of children and vulnerable adults. All offers of employment are subject to satisfactory reference and background checks. LDF does not charge a fee at any stage of the recruitment process. Personal information provided in your application will be held securely and used only for recruitment purposes, in line with applicable data protection laws; you may request its deletion at any time. We value diversity and encourage applications from women and persons with disabilities. This mailbox does not accept replies.`, 'Programme Officer — Requisition 6630'),

  // ── Interviews
  rej('interview', ['generic'], { ...door, ...offered },
    `Dear Rachel,

Thank you for meeting with our panel on Wednesday for the Senior Marketing Manager position. On behalf of Ivan, Siti and myself, I'd like to say how much we enjoyed the conversation. Your examples of launching the loyalty programme in Malaysia were engaging, and your questions about our regional plans showed you had done your homework.

As you may know, we have been interviewing over the past three weeks and the interest in this role has been high. We concluded our interviews yesterday, and after a long discussion the panel has reached a decision. I'm sorry to let you know that we will not be offering you the position on this occasion. It was a difficult choice, as we met several very capable people.

I would like to keep in contact with you, as I believe there will be further openings in our regional marketing team next year, and I'll make sure you hear about them. And if it's helpful, I am more than happy to set aside time to share the panel's thoughts on your interview — just let me know what works.

With warm regards,

Lim Pei Ling
Head of Marketing, APAC
Orchard Lane Beauty Pte Ltd`, 'Senior Marketing Manager — thank you'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Mr. Haddad,

thank you very much for the interview on 13 November for the position of Key Account Manager DACH. We were happy to meet you and to learn about your experience in the medical device market.

After careful consideration we have decided for another candidate. We want to be open about the reason:

– The position requires German at level C1 or higher, because most customer meetings and contract negotiations are in German. In the interview part in German it became clear that your level is at present around B1.
– Experience with hospital purchasing groups in Germany is also important for this role and you have worked mainly with clinics in France.

We know that this is disappointing, and we thank you for the open and friendly conversation.

With kind regards

Katharina Vogel
HR Business Partner
Medivent GmbH, München`, 'Your application as Key Account Manager DACH'),

  rej('interview', ['culture_fit', 'profile_mismatch'], { ...fb, ...offered },
    `Hi Cormac,

Thanks for spending the afternoon with us on Friday, I hope the trip back to Galway wasn't too bad in that rain.

We've had our wash-up, and I'm sorry to say we're not going to move forward with you for the Head Chef role. It's a tricky one to explain so bear with me. The food you cooked on the trial was excellent, no question. But the kitchen here runs very flat: the whole brigade plans the menu together on a Monday, and we want a head chef who leads by bringing people in. The way you spoke about running a kitchen, and how you managed Aidan and Róisín on the pass, felt more traditional than the way we work, and on top of that a couple of the others we saw were simply a closer match for where the menu is heading. Together those tipped it.

If you'd like to talk about it properly, ring me any morning before service. I'd be glad to.

All the best,
Síle
Owner, The Salt House, Clifden`, 'Head Chef'),

  rej('interview', ['position_filled'], { ...offered },
    `Hi Omar,

Sorry for the slow response. We've now offered the role to another candidate and they've accepted, so the Quality Engineer position is filled. Thanks so much for interviewing with us, and if feedback would help, let me know and I'll ask Dave to give you a call.

Best,
Emily Hart
HR, Tillman Precision Components
Ohio

> On Nov 17, 2026, at 8:44 AM, Omar Siddiqui <omar.siddiqui@gmail.com> wrote:
>
> Hi Emily,
>
> Thank you again for arranging the interview with Dave and the quality team. I wanted to check in on the timeline for a decision. Unfortunately I have a competing deadline on another opportunity this Friday, so any indication would be very helpful.
>
> Best regards,
> Omar`, 'Re: Quality Engineer — timeline'),

  rej('interview', ['generic'], {},
    `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head><body lang="EN-GB"><div class="WordSection1"><p class="MsoNormal">Dear Adebayo,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Thank you for attending the interview for the post of IT Support Analyst on Monday.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">I am sorry to inform you that on this occasion you have not been successful.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Thank you for your interest in working for the Trust.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Kind regards<o:p></o:p></p><p class="MsoNormal"><b>Gillian Marsh</b><o:p></o:p></p><p class="MsoNormal">Recruitment Officer, Wyvern Housing Trust<o:p></o:p></p></div></body></html>`, 'Interview outcome - IT Support Analyst'),

  rej('interview', ['salary', 'skills_gap'], { ...fb, ...door },
    `Hi Ibrahim,

Following your two interviews for the Finance Manager role, I've had a long conversation with our CFO. Two things have led us to decide not to make an offer. First, we need someone who has led a statutory audit under IFRS as the main point of contact with the auditors, and your experience has been on the management-accounts side. Second, the salary you're looking for (AED 42,000 a month) is above what we've budgeted, and without the audit experience we couldn't make the case to stretch.

I'd be happy to stay in touch and think of you for future controllership roles with us, which would suit your background better.

Regards,
Noura Al Mansoori
HR Manager, Falcon Gate Trading LLC, Dubai`, 'Finance Manager'),

  rej('interview', ['position_filled', 'profile_mismatch'], { ...door, ...offered },
    `Dear Takumi,

Thank you for meeting with me and with Amanda last Tuesday to talk about the Research Associate position in the Centre for Urban Futures. I appreciated your frankness about the difficulties of your fieldwork in Osaka, and Amanda came away with several ideas for our own survey design.

We have now completed interviews, and I'm writing to let you know that we have offered the position to a candidate whose background is a closer fit for the project as it now stands. I'm sorry not to have better news.

Best wishes,
Professor Helen Dunmore
Director, Centre for Urban Futures
University of Southhaven

P.S. We expect to advertise two postdoctoral posts on the same grant next summer and I would very much encourage you to apply. I'm also glad to give you some informal comments on your interview if that would be useful.`, 'Research Associate'),

  rej('interview', ['generic'], {},
    `Dear Chukwuemeka,

RE: APPLICATION FOR THE POSITION OF SALES SUPERVISOR

We refer to your interview with our panel at the Ikeja office on Friday, 13th November, 2026.

We wish to thank you for the interest shown in Golden Crest Beverages Limited and for the time spent at the interview. Having carefully considered all the candidates interviewed, the Management regrets to inform you that you were not successful on this occasion. You will appreciate that the process was highly competitive, with a large number of well qualified candidates competing for a limited number of vacancies.

Please accept our best wishes in your future career endeavours.

Yours faithfully,
For: GOLDEN CREST BEVERAGES LIMITED

Funmilayo Adebanjo (Mrs.)
Head, Human Resources`, 'RE: APPLICATION FOR THE POSITION OF SALES SUPERVISOR'),

  // ── Final rounds
  rej('final', ['position_filled', 'profile_mismatch'], { ...door },
    `Hi Beatriz,

I wanted to reach out before the weekend. Thank you for the superb effort at the final round: the strategy presentation for the Chief of Staff role was, according to Raj, the best-prepared of the three.

We did have to make a choice, and we've made an offer to the other finalist, which has been accepted. The deciding factor was that her background, running operations for a founder in a company at exactly our stage, was a closer match to what we need in the next twelve months. It was very close.

I'd love to keep you on our radar as we grow. We'll have a VP Operations search within the year, and I'll reach out to you directly when it starts.

Warmly,
Naomi Feld
Head of Talent, Cinderpath
New York`, 'Chief of Staff — final decision'),

  rej('final', ['generic'], { ...offered },
    `<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:20px;font-family:Georgia,serif;font-size:15px">
<p>Dear Ifeanyi,</p>
<p>Thank you for attending our Superday on 17 November for the Investment Banking Analyst position in our Johannesburg office.</p>
<p>We regret to inform you that we will not be extending an offer to you. The calibre of candidates at the Superday was extremely high, and the decision was a difficult one.</p>
<p>Should you wish to receive feedback on your performance on the day, please reply to this email and a member of our team will arrange a call.</p>
<p>Yours sincerely,<br/>Campus Recruitment &ndash; EMEA<br/>Harcourt Reiss &amp; Co.</p>
</td></tr></table>`, 'Harcourt Reiss &amp; Co. — Superday outcome'),

  // ── Applications
  rej('application', ['generic'], {},
    `Dear Jordan Ellis,

Thank you for your interest in Brookfield Regional Medical Center and for applying to the position of Patient Access Representative (Job ID 2026-48817).

We have reviewed your application materials carefully. At this time, we have decided not to move forward with your application for this position.

We appreciate the time you invested in this process.

Sincerely,
Talent Acquisition
Brookfield Regional Medical Center

IMPORTANT INFORMATION ABOUT THIS MESSAGE: This is a system-generated message. Please do not reply to this email; replies are not monitored.

Equal Opportunity Employer: Brookfield Regional Medical Center provides equal employment opportunities to all employees and applicants for employment and prohibits discrimination and harassment of any type without regard to race, color, religion, age, sex, national origin, disability status, genetics, protected veteran status, sexual orientation, gender identity or expression, or any other characteristic protected by federal, state or local laws. This policy applies to all terms and conditions of employment, including recruiting, hiring, placement, promotion, termination, layoff, recall, transfer, leaves of absence, compensation and training.

E-Verify: This employer participates in E-Verify and will provide the federal government with your Form I-9 information to confirm that you are authorized to work in the U.S.

Notice to applicants: Information you submitted will be retained in accordance with our record-retention schedule and applicable law. For future reference, you can view the status of any application by logging into your candidate home page.`, 'Your application with Brookfield Regional Medical Center'),

  rej('application', ['generic'], { ...door },
    `Dear Aditya Kulkarni,

Greetings from Navrang Infotech!

Thank you for showing interest in the position of Associate Consultant – SAP FICO (Job Code: NIT/SAP/2611). We have carefully reviewed your profile and regret to inform you that we will not be able to take your candidature forward for this position at this point in time.

We shall keep your profile in our database and will get in touch with you should there be an opening matching your profile in future.

Wishing you all the best in your career.

Regards,
Talent Acquisition Group
Navrang Infotech Ltd.
Pune | Hyderabad | Chennai

Disclaimer: Navrang Infotech does not charge any fee from candidates at any stage of its recruitment process, and has not authorised any agency or individual to collect money on its behalf. Candidates are advised to verify job offers only through our official careers portal. The information contained in this e-mail is confidential and is intended only for the use of the addressee. Navrang Infotech is an equal opportunity employer.`, 'Your application with Navrang Infotech'),

  rej('application', ['generic'], {},
    `<div style="max-width:560px;margin:0 auto;font-family:-apple-system,Helvetica,Arial,sans-serif;color:#24292f">
<h2 style="font-weight:600">Thank you for applying</h2>
<p>Hi Tobias,</p>
<p>Thank you for your interest in the <strong>Developer Advocate</strong> role at Quarry&nbsp;HQ. We&rsquo;ve had a chance to review your application, and we&rsquo;ve decided not to move forward at this time.</p>
<p>We know this isn&rsquo;t the update you were hoping for, and we truly appreciate you considering us.</p>
<p>&mdash; The Quarry HQ team</p>
<hr style="border:none;border-top:1px solid #eaeef2">
<p style="font-size:12px;color:#57606a">Sent via Greenhouse on behalf of Quarry HQ &bull; <a href="https://quarryhq.example/privacy">Candidate privacy</a></p>
</div>`, 'Thank you for your interest in Quarry HQ'),

  rej('application', ['generic'], { ...offered },
    `Dear Eleanor,

Thank you so much for applying to be our new Volunteer Coordinator here at Riverside Community Larder, and for the lovely letter that came with your application. It made several of us smile, especially the story about the harvest festival at your church hall.

We're a small team, just three paid staff and around sixty volunteers, so recruitment always takes us longer than we'd like, and I'm sorry you've had to wait nearly a month to hear back. We had thirty-one applications, which for us is a lot, and Joan and I read every single one together over two evenings. It was hard. In the end we had to choose five people to invite for an informal chat, and I'm afraid you weren't one of them this time.

Perhaps it helps to know a little about how we went about it. We didn't score letters against a grid, because honestly we aren't that kind of organisation, but we did ask ourselves the same three things about everyone: would this person be happy spending Saturday mornings in a cold church hall, could they keep sixty volunteers feeling appreciated, and would they be patient with our rather old-fashioned way of doing things. A great many of the applications, yours included, said yes to all three, which is what made it so hard to get down to five.

I know from experience how flat it feels to get a letter like this after putting real thought into an application. If it would help to hear a little about how we made our choices and what stood out in the ones we shortlisted, do give me a ring on the number below or drop me an email, and I'll happily talk it through with you.

With thanks and very best wishes,

Margaret (Peggy) Hollins
Manager, Riverside Community Larder
01632 960 441
Registered charity no. 1187654`, 'Volunteer Coordinator'),

  rej('application', ['profile_mismatch'], { ...door },
    `G'day Kieran,

Thanks for applying for the Environmental Officer role with Coastline Shire Council (position no. 26/141).

We had a strong field for this one, and after assessing every application against the selection criteria, the panel has decided not to progress yours to interview. Other applicants more closely demonstrated the mix of experience the panel was after.

We'll keep your details on our talent register for six months, and if a similar position comes up in that time we'll reach out to you.

Regards,
People & Culture
Coastline Shire Council

Coastline Shire Council acknowledges the Traditional Custodians of the land on which we work and live. Council is an equal employment opportunity employer and a child safe organisation. Information you provide is collected under the Local Government Act and will be handled in accordance with the Privacy and Personal Information Protection Act.`, 'Position 26/141 — Environmental Officer'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Sunita,

Sure, happy to explain. The listing asked for at least five years managing payroll for 500+ employees and your CV shows about two years at that scale (the rest was at a 40-person firm). That's the reason you weren't shortlisted for the Payroll Manager post, nothing else.

Rob

-----Original Message-----
From: Sunita Patel
Sent: 20 November 2026 14:11
To: Rob Delaney
Subject: RE: Payroll Manager — application outcome

Dear Rob,

Thank you for letting me know. Unfortunately I was quite surprised to receive the rejection, as I felt my experience matched the job description well. Would you be able to tell me what the main reason was?

Kind regards,
Sunita

-----Original Message-----
From: Rob Delaney
Sent: 19 November 2026 09:30
Subject: Payroll Manager — application outcome

Dear Sunita, thank you for applying for the Payroll Manager post. I'm sorry to tell you that you have not been shortlisted for interview.`, 'RE: Payroll Manager — application outcome'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Mrs. Santos,

thank you for your application as Customer Service Agent (Dutch-speaking) at Eurocall Services in Lisbon. We have looked at your documents with attention.

Unfortunately we cannot continue with your application. For this role the candidate must speak Dutch on native level, because all calls are with customers from Netherlands and Belgium, and in your CV Dutch is written as basic. Also, the role is only in our Lisbon office, and you are living in Brazil without a right to work in the EU, which we cannot sponsor for this position.

We thank you for your interest and we wish you a lot of success.

Best regards,
Recruitment Team
Eurocall Services Unipessoal Lda.`, 'Your application – Customer Service Agent (Dutch-speaking)'),

  rej('application', ['generic'], {},
    `Not this time sorry — thx for applying to Tide & Timber! 🌊`, 'Re: Weekend shop assistant'),

  rej('application', ['role_closed'], {},
    `Dear Ms. Ferreira,

Thank you for applying for the position of Events Manager with the Calder Art Foundation.

Following a review of our programme for 2027, the Foundation has decided to restructure its events team, and the Events Manager position will not now be filled. We are therefore closing this recruitment and are unable to take your application further.

We are sorry for any disappointment this may cause, and we thank you for the time you put into your application.

Yours sincerely,
Alasdair Reid
Head of Operations
Calder Art Foundation, Edinburgh`, 'Events Manager recruitment — closed'),

  rej('application', ['generic'], { ...door },
    `<p>Hi Saoirse,</p>
<p>Thanks a million for applying for the <b>Junior Accounts Assistant</b> role with us. We&rsquo;ve gone through all the applications now and I&rsquo;m sorry to say we won&rsquo;t be bringing you in for an interview this time round.</p>
<p>Please don&rsquo;t let that put you off &ndash; we&rsquo;re expanding the finance team in 2027 and we&rsquo;d be delighted to see your name again when we advertise.</p>
<p>All the best,<br>Donal<br>O&rsquo;Rourke &amp; Daly Chartered Accountants, Limerick</p>`, 'Junior Accounts Assistant'),

  rej('application', ['profile_mismatch'], {},
    `Dear Mr. Lim Jia Wen,

Thank you for your application for the position of Assistant Manager, Corporate Communications (Ref: CC/AM/2026/19).

We regret to inform you that your application was unsuccessful. We have shortlisted candidates whose profiles more closely fit the requirements of the position.

Thank you for your interest in a career with us.

Human Resource Division
Temasek Polytechnic Services

This is a computer-generated email. No signature is required. Please do not reply to this email. Unfortunately, we are unable to respond to enquiries about the outcome of individual applications. Your personal data will be handled in accordance with the PDPA.`, 'Application Status: Assistant Manager, Corporate Communications'),

  rej('application', ['position_filled'], {},
    `Hello Tolu,

Thanks for your CV. The position has been filled, sorry.

Regards,
Bisi
Admin, Lekki Smiles Dental Clinic`, 'Re: Front desk officer vacancy'),

  rej('application', ['profile_mismatch'], { ...door },
    `Good day Mpho,

Thank you for your application for the Graduate Internship in Actuarial Science at Protea Life. We were very pleased by the number of applications we received from graduates across the country this year, and I want to thank you personally for the interest you have shown in building a career with us.

Our selection team considered each application against the requirements of the programme, looking at academic results, the modules completed and the motivation letters. This year's programme has only twelve places, and having compared all the applications, we found that other candidates' profiles were better suited to the programme, so we will not be taking your application forward. I know that this is disappointing news.

I would like to encourage you to apply again when the 2028 intake opens in April; many of our current interns applied more than once before being selected. Your application details will also remain on our graduate database, and we may contact you about other entry-level opportunities in the group.

We wish you well with your studies and your career.

Kind regards,

Ayanda Mthembu
Graduate Programmes Manager
Protea Life Assurance Ltd, Cape Town`, 'Protea Life Graduate Internship 2027'),

  rej('application', ['profile_mismatch', 'skills_gap'], { ...fb },
    `Dear Antoine,

Thank you for your application to the Senior Cloud Architect position. We have carefully reviewed your profile and, unfortunately, we will not move forward with your application.

For transparency, these were the points in our evaluation:
• AWS certification at Professional level is a requirement for this client-facing role; we did not find it in your profile.
• The role needs experience designing multi-account landing zones; your experience is mostly in on-premise virtualisation.
• In general, the other profiles we received were closer to the position.

We thank you for your interest in Nuage Conseil and wish you good luck.

Sincerely,
Élodie Marchand
Chargée de recrutement
Nuage Conseil, Lyon`, 'Candidature — Senior Cloud Architect'),

  // ── Paused processes
  hold('assessment', ['role_closed'], {},
    `Hi Aarav,

Thanks for sending over the take-home for the Data Engineer role. I wanted to be transparent with you: we've just been told that all open reqs in the data org are paused while the company finalises next year's budget. Your submission hasn't been reviewed yet and no decision has been made on your application.

We're hoping to have clarity by mid-January. I'll reach out as soon as I know whether the role is going ahead, and if it is, your take-home will be first in the queue.

Sorry for the uncertainty,
Marisol
Recruiting, Brightfield Health`, 'Data Engineer — a pause'),

  hold('interview', ['generic'], {},
    `Hi Jake, just a heads-up: the decision on the Account Executive role has been pushed back another two weeks because Carly, who'd be your manager, is on leave. Nothing has changed on our end and you're still in the running. Thanks for hanging in there.

Priya

On Thu, 12 Nov 2026 at 15:22, Jake Morrison wrote:
> Hi Priya, thanks for organising the interview with Carly on Monday, I really enjoyed it. Is there an update on when a decision might be made?
> Jake`, 'Re: Account Executive - update?'),

  hold('final', ['generic'], {},
    `Dear Folasade,

Thank you for your patience since the final interview with our Managing Director. I am writing to let you know that the decision on the Head of Treasury appointment has been deferred until the Board meets on 15 December, as the Board wishes to review the final two candidates itself. You remain under consideration, and I will write to you again immediately after that meeting.

Yours sincerely,
Ikenna Obiora
Company Secretary
Niger Bridge Capital Limited`, 'Head of Treasury — update on your application'),

  // ── More look-alikes
  other(`Dear Andile,

Thank you for applying to Vantage Mining. Your application for Junior Geologist (Ref: VM-2611-GE) has been received successfully.

What happens next?
Our recruitment team will review your application against the requirements of the role. Only shortlisted candidates will be contacted. If you have not heard from us within 30 days of the closing date, please consider your application unsuccessful on this occasion.

We appreciate your interest in our future opportunities and in Vantage Mining.

Vantage Mining Recruitment

PRIVACY: Your personal information is processed in accordance with the Protection of Personal Information Act (POPIA). We retain applicant information for 12 months. Vantage Mining is an equal opportunity employer.`, 'Application acknowledgement — Junior Geologist'),

  other(`Dear Pooja,

Thank you for applying for the position of Assistant Manager – Risk at Deccan Finserv Limited. This is to acknowledge receipt of your application. Our Talent Acquisition team will review your profile, and if your candidature is shortlisted, we will get back to you with details of the next steps.

Regards,
Talent Acquisition Team
Deccan Finserv Limited`, 'Acknowledgement of your application'),

  hold('interview', ['generic'], {}, `Hi Grace,

I wanted to give you a quick update so you aren't left wondering. We're still interviewing other candidates for the Brand Manager role this week and next, and we expect to make a decision by 4 December. You're still very much in the process. We regret the timeline has stretched a bit — thanks for your patience!

Best,
Lena
Talent Partner, Fieldstone Goods`, 'Brand Manager — timing update'),

  other(`<table width="600"><tr><td style="background:#0b3d91;color:#ffffff;padding:12px;font-size:18px">Application update</td></tr><tr><td style="padding:16px;font-family:Arial">Hi Kenji,<br><br>Your application for <b>Logistics Coordinator</b> has moved to <b>Under Review</b>.<br><br>You don&rsquo;t need to do anything right now. We&rsquo;ll let you know when there&rsquo;s another update.<br><br><a href="https://jobs.example/status">View application status</a></td></tr><tr><td style="font-size:10px;color:#777">This is an automated message from Portside Freight Careers.&nbsp;Please do not reply.</td></tr></table>`, 'Your application status has changed'),

  other(`Dear Chiamaka,

Following the review of your application for the role of Customer Experience Associate, we are pleased to invite you for an interview at our head office, 14 Adeola Odeku Street, Victoria Island, on Wednesday, 2nd December 2026 at 11:00am.

Please come with the originals of your certificates and a valid means of identification. We regret that we are not able to reimburse transport costs for this stage.

Kindly confirm your availability by replying to this mail.

Regards,
HR Department
Bluewater Telecoms Nigeria Ltd`, 'Invitation for Interview — Customer Experience Associate'),

  other(`Hi Lachlan,

Thanks for your interest in the Graduate Engineer program at Ironbark Rail. The next step is a one-way video interview through our partner platform. You'll be asked five questions and have up to two minutes to answer each. The link is valid for 5 days.

Unfortunately we can't extend the deadline except for medical or carer reasons, so please plan accordingly. Good luck!

Ironbark Rail Early Careers`, 'Next step: video interview'),

  other(`Hi Yasmin,

So sorry, but we need to move your panel interview. Unfortunately one of the panel members has a family emergency. Are you free next Tuesday, 1 December, at either 10:00 or 14:00 instead? Same location.

Apologies again for the disruption,
Owen
Recruitment Coordinator, Halden Water

On Mon, 23 Nov 2026 at 09:10, Owen Price wrote:
> Hi Yasmin, confirming your panel interview for Asset Engineer on Thursday 26 November at 10:00 at our Swindon office.`, 'Re: Panel interview — Asset Engineer'),

  other(`Dear Sinéad,

Thank you for your time at the final interview last week. We're very pleased to let you know that we'd like to move forward with your application, subject to references. Could you please send us the names and contact details of two referees, one of whom should be your current or most recent line manager?

We won't contact anyone without letting you know first.

Kind regards,
Fiachra Dunne
HR Manager, Claddagh Medical Devices`, 'References — next step'),

  other(`Dear Shirley,

On behalf of Merlion Analytics Pte Ltd, I'm pleased to offer you the position of Senior Data Scientist. Please find the letter of offer attached with the details of your compensation, benefits and start date.

We regret that we are not able to move the start date earlier than 4 January due to the year-end shutdown, but we're excited to welcome you then.

Please sign and return the offer by 30 November.

Best regards,
Goh Wei Ling
HR Director`, 'Letter of Offer — Senior Data Scientist'),

  other(`Hi Abhishek,

Welcome to Quantel Systems! We're excited to have you join us on Monday, 7 December.

Your first day: please report to reception at 9:30am at our Whitefield office and ask for Divya from HR. Bring your PAN card, Aadhaar, the signed offer letter and your relieving letter from your previous employer. Your laptop will be ready for you.

Unfortunately the cafeteria is under renovation this month, so lunch on the first day will be ordered in for the new joiners.

See you soon!
People Team, Quantel Systems`, 'Your first day at Quantel Systems'),

  other(`Hey Jess,

Saw your profile and your work on the Ampol retail rollout — really impressive stuff. I'm working on a Senior Product Owner role for a big-four bank here in Melbourne (12-month contract, $1,100/day). Reckon you'd be a ripper fit.

Any chance you're up for a chat this week? If the timing's not right, no dramas, I'll keep you in mind for future opportunities.

Cheers,
Brodie Walsh
Principal, Southern Cross Digital Talent`, 'Senior Product Owner — Melbourne'),

  other(`Hi Divya,

Welcome to the Ardent Health Talent Network! Thank you for your interest in our organization.

As a member, you'll receive updates on new job opportunities that match your profile, invitations to virtual hiring events, and stories from our teams. We'd also love your feedback on what kind of content would be most useful to you.

Unfortunately, joining the talent network does not count as an application to any specific job. To be considered for a position, please apply directly on our careers site.

The Ardent Health Recruitment Team`, 'Welcome to the Ardent Health Talent Network'),

  other(`New jobs for "data analyst" near Bristol

3 new jobs match your alert:

• Data Analyst — Severn Utilities — Bristol — £34,000–£38,000
• Junior Insight Analyst — Clifton Media — Bristol (hybrid) — £28,000
• BI Analyst — Harbourside Insurance — Bristol — Competitive

You're receiving this email because you created a job alert. Unfortunately we can't guarantee these jobs are still open when you apply. Manage or unsubscribe from alerts.`, '3 new jobs for data analyst'),

  other(`Dear Harsh,

You recently interviewed with us for the position of Product Manager. Regardless of the outcome, we would appreciate your feedback on your candidate experience. It takes just two minutes and your responses will remain confidential.

https://forms.example/candidate-survey

Thank you,
Talent Acquisition, Lumina Digital Pvt Ltd`, 'Share your feedback with us'),

  other(`Hi Andrés,

Thanks for letting me know — I'm sorry we won't be working together, but congratulations on the new job! I've withdrawn your application for the UX Researcher role as you asked, so you won't receive any further emails about it.

If things change down the line, you know where to find us.

Best,
Kirsten
Recruiter, Hollowtree

On Tue, 17 Nov 2026 at 18:21, Andrés Castillo wrote:
> Hi Kirsten,
> Unfortunately I have to withdraw from the process for the UX Researcher role, as I've accepted another offer. Thank you for everything, and please pass my thanks to the team for the interviews.
> Best, Andrés`, 'Re: Withdrawing my application'),

  other(`Hi Mr. Brennan,

Thank you for letting me know. Of course I'm disappointed that I was not selected for the Operations Manager role, but I enjoyed meeting you and the team and learned a lot during the process.

If you're able to share any feedback on my interview, I would be very grateful. I'd also be glad to be considered for future openings.

Kind regards,
Rosa Delgado`, 'Re: Operations Manager — outcome'),

  other(`The Hiring Table — Issue #48

This week: Why "unfortunately" is the most-read word in your candidates' inbox

Hi there,

We surveyed 2,000 job seekers about the rejection emails they receive. 63% said they'd rather hear a clear "no" than nothing at all, and only 1 in 10 had ever been offered feedback. In this issue: three templates for declining candidates kindly, how to keep silver medallists warm for future opportunities, and why your ATS footer is longer than your actual message.

Read the full issue →

You're receiving The Hiring Table because you subscribed at hiringtable.example. Unsubscribe.`, 'The Hiring Table #48: the word "unfortunately"'),

  other(`Hi Malik,

Thank you for your patience over the past few weeks — we know waiting is hard! I'm delighted to let you know that the hiring team would like to invite you to interview for the Claims Handler role. The interview will be on Teams with Jo and Anil and will last about 45 minutes.

Please pick a slot here: https://book.example/claims-interview

Best,
Rhian
Recruitment, Cardinal Insurance`, 'Interview invitation — Claims Handler'),

  other(`Hi Nomsa,

Thanks for completing the assessment for the Graduate Auditor programme. We've received your results and our team will review them alongside your application over the next ten working days. We'll be in touch with the outcome and, if successful, the next steps.

Kind regards,
Graduate Recruitment, Kgotla & Partners`, 'Assessment received'),

  other(`Hi Ravi,

Yes, Thursday at 3pm works perfectly. I'll send over the calendar invite with the video link shortly. Looking forward to it!

Sarah

On Mon, 23 Nov 2026 at 10:31, Ravi Shankar wrote:
> Hi Sarah,
> Unfortunately I have a clash on Wednesday afternoon — would Thursday at 3pm work for the interview instead?
> Thanks, Ravi`, 'Re: Interview — Wednesday'),

  other(`Dear Aoibheann,

Thank you for applying to Liffey Credit Union. We have received your application for the role of Member Services Officer.

Please note that due to the large number of applications we receive, we are not able to provide individual feedback to candidates who are not shortlisted. Shortlisted candidates will be contacted by phone in the week of 7 December.

Kind regards,
HR Department
Liffey Credit Union`, 'Application received — Member Services Officer'),

  other(`Hi Grant,

Congratulations again on accepting our offer! As part of our onboarding, we partner with Sterling Check to complete a background check. You'll receive a separate email from them asking for consent and some details. Unfortunately we can't confirm your start date until the check is complete, so please fill it in as soon as you can.

Thanks,
Amber
People Operations, Ridgeline Software`, 'Next step: background check'),

  other(`Hi Ananya,

We noticed you started an application for Software Engineer II but haven't submitted it yet. Your progress has been saved — you can pick up where you left off at any time before the posting closes on 30 November.

Not able to finish? No problem, you can also apply to other roles on our careers site.

Northstar Careers`, 'Finish your application'),

  other(`<table width="100%"><tr><td align="center"><table width="600" style="font-family:Helvetica"><tr><td><h1 style="color:#e85d04">You&rsquo;re invited: Fenix Careers Open Evening</h1><p>Hi Obinna,</p><p>Thanks for being part of the Fenix talent community. We&rsquo;re opening our Lagos office doors on 10 December for an evening of talks, demos &amp; networking with our engineering and product teams &ndash; a great chance to learn about future opportunities with us.</p><p><a href="https://events.example/fenix">Reserve your spot</a></p><p style="font-size:11px;color:#999">Unfortunately spaces are limited. You are receiving this because you joined our talent community. Unsubscribe.</p></td></tr></table></td></tr></table>`, 'Fenix Careers Open Evening — 10 December'),

  other(`Dear Mr. Venkatesh,

With reference to your acceptance of our offer letter dated 12 November 2026, we are pleased to confirm your date of joining as 1 December 2026 at our Chennai office. Kindly report to the HR department at 9:00 am.

We regret any inconvenience caused by the earlier change in the joining date.

Regards,
HR Operations
Coromandel Engineering Works Ltd`, 'Confirmation of Date of Joining'),

  other(`Hi Benji,

Thanks for applying! Just a heads-up that our founders are travelling this week so we're a little slower than usual to reply. We read every application ourselves and we'll get back to you by the end of next week either way.

Talk soon,
Lou at Hopscotch`, 'Got your application 👋'),

  other(`Hi Esther,

Thanks for your application for the Senior Social Worker role with Westmere Borough Council. We've had a look and we'd like to invite you to a short telephone conversation with our recruitment adviser to talk about the role and your experience before the formal interviews.

We appreciate you may not be able to take calls during working hours, so just let us know a time that suits you, including early evening.

Kind regards,
Recruitment Team
Westmere Borough Council`, 'Senior Social Worker — telephone conversation'),

  // ── Last additions
  rej('application', ['generic'], { ...door, ...offered },
    `Bonjour / Hello Mathieu,

Thank you for applying for the role of Bilingual Client Advisor (Job ID R-40917) with Laurentian Mutual. We appreciate the interest you have shown in our organization.

After reviewing your application, we have decided not to proceed with your candidacy for this position.

About your information: Laurentian Mutual collects and keeps the personal information in your application in accordance with its Privacy Policy and applicable Canadian privacy legislation. Your application will be kept on file for twelve (12) months, and during that time our recruiters may contact you if another position matching your profile becomes available; you are also welcome to apply for any future postings on our careers site. If you would like feedback on your application, you may reply to this message and a recruiter will get back to you within ten business days. Accommodations are available on request for candidates taking part in all aspects of the selection process.

Laurentian Mutual is committed to employment equity and welcomes applications from women, Indigenous peoples, persons with disabilities and members of visible minorities.

Sincerely,
Talent Acquisition | Acquisition de talents
Laurentian Mutual, Québec`, 'Laurentian Mutual — Bilingual Client Advisor (R-40917)'),

  other(`Dear Taylor,

Thank you for submitting your application for Pharmacy Technician at Evergreen Wellness Pharmacies. We have received it and our hiring managers are reviewing applications now.

If your qualifications match the needs of the role, we will reach out to you to arrange a conversation. In the meantime, feel free to explore other opportunities on our careers site.

Best regards,
Evergreen Wellness Talent Acquisition

Evergreen Wellness Pharmacies is an equal opportunity employer. Personal information collected through our career site is used solely for recruitment purposes and retained for up to 12 months. This message was sent from an unmonitored mailbox; please do not reply. Copyright 2026 Evergreen Wellness. All rights reserved.`, 'We received your application — Pharmacy Technician'),

  other(`Hi Natasha,

You may remember we spoke last spring about the Senior Recruiter role at Copperleaf. Unfortunately that position went to an internal colleague in the end, but I've kept your details since then, and a new Talent Acquisition Lead role has just opened in our Cape Town office that I think suits you even better.

Would you be interested in applying? I'd be happy to fast-track you straight to a conversation with our Head of People.

Kind regards,
Zanele Ndlovu
Talent Partner, Copperleaf`, 'A new role you might like'),
];
