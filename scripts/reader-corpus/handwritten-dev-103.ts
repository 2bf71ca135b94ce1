/**
 * Mail as it really lands in an inbox: decisions, pauses and look-alikes whose words are ordinary but whose text
 * arrives damaged. Lines are hard-wrapped at 72 or 76 characters in the middle of the sentence that matters,
 * quoted-printable leftovers ("=20", "=E2=80=99", soft breaks) and mojibake from a wrong character set sit in the
 * middle of words, HTML entities, stray tags and CSS survive the conversion to plain text, "View this email in your
 * browser" banners and tracking links come before the greeting, process tables collapse into runs of text, and
 * portal pages and phone copies are pasted in with no line breaks at all. Each message is labelled as a person
 * reading through the damage would read it: the stage reached, every reason given, and whether feedback, an offer
 * of feedback or an open door is there. Look-alikes (portal statuses, acknowledgements, invitations, newsletters,
 * job alerts) wear the same damage and decline nothing.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d103-');

export const HANDWRITTEN_DEV_103: readonly CorpusLine[] = [
  // ── Rejections
  // 1
  rej('application', ['generic'], {},
    `Dear Tobias,=20

Thank you for your interest in the Junior Accounts Assistant position at H=
alden & Rowe LLP and for taking the time to apply.=20

We received a large number of applications and regret to inform you that w=
e will not be progressing your application on this occasion.=20

We wish you every success in your job search.

Kind regards,=20
Recruitment Team
Halden & Rowe LLP`, 'Your application - Junior Accounts Assistant'),

  // 2
  rej('application', ['profile_mismatch'], { ...door },
    `View this email in your browser
https://click.example-ats.com/ls/click?upn=3DaG9sZGVyX2xpbmtfOTkxMg-2FxQ7

Hi Marisol,

Thanks so much for applying to Pennyroyal Health! After reviewing your application, we=E2=80=99ve decided that your background isn=E2=80=99t the right match for the Patient Experience Lead role at this time.

We=E2=80=99d love to keep in touch =E2=80=94 your profile will stay in our talent community and we encourage you to apply for future openings that fit.

The Pennyroyal Talent Team

Unsubscribe | Manage preferences | Privacy`, 'An update on your Pennyroyal application'),

  // 3
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Joaquin,

Thanks again for speaking with Renata and me on Thursday. Weâ€™ve now had a chance to
discuss everyone we met, and Iâ€™m sorry to say that we wonâ€™t be taking your
application forward. The main thing for us was that the role needs someone
who has run payroll for 200+ employees in Sage Payroll end to end, and from
our conversation your payroll work has so far been as part of a larger team.

If a short call would help Iâ€™m happy to go through it in more detail.

Best wishes,
Helena Strand
Finance Operations Manager | Birchmoor Foods`, 'Payroll Specialist - outcome'),

  // 4
  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Dev,&nbsp;<br><br>Great to chat yesterday &ndash; thanks for being so open about what you&#39;re looking for.<br><br>I took your details back to the hiring team. Unfortunately the package you mentioned (&pound;78k base) is quite a bit above what they&rsquo;ve got signed off for this role, which tops out at &pound;62k, so they&rsquo;ve asked me not to progress things further.<br><br>I&rsquo;ll definitely keep you in mind for more senior roles that come across my desk &ndash; I think there&rsquo;ll be a good fit soon.<br><br>Cheers,<br>Kieran Doyle<br>Senior Consultant | Aldgate Search Partners<br>[cid:image001.png@01DA2F4C.9B8E1A20]`, 'Re: Data Engineer - Fintech client'),

  // 5
  rej('assessment', ['assessment'], { ...fb },
    `YOUR CODING CHALLENGE RESULT

Hi Aleksander,

Thank you for completing the online coding assessment for the Graduate
Software Engineer programme. Your score was 46%, and the pass mark for
progressing to interview is 65%. Most points were lost on the two
algorithm questions; the SQL section was completed well.

As a result we are unable to take your application further this year.

Kind regards
Early Careers Team, Northgate Systems plc
This is an automated message, please do not reply.`, 'GRADUATE SOFTWARE ENGINEER - ASSESSMENT OUTCOME'),

  // 6
  rej('final', ['position_filled'], { ...door },
    `Hi Ingrid,I wanted to call but kept missing you so sending this instead. Thank you so much for coming in for the final round on Tuesday, everyone really enjoyed it. We made an offer to another finalist yesterday and she has accepted, so we wont be moving ahead with you for this one. It was genuinely close. Id love to stay in touch and will reach out when we open the next design role, which should be early next year. Sent from my iPhone`, 'Product Designer'),

  // 7
  rej('application', ['location'], { ...fb },
    `<td style="font-family:Arial,sans-serif;font-size:14px;color:#333333;">
Dear Mr. Okonkwo,<br><br>
Thank you for applying for the Field Service Technician vacancy in Calgary.<br><br>
Unfortunately we are only able to consider applicants who already hold the right to work in Canada, and we are not in a position to sponsor a work permit for this position. Your application indicated that you would need sponsorship, so we cannot proceed.<br><br>
Regards,<br>
Talent Acquisition<br>
Prairiewind Energy Services
</td>`, 'Field Service Technician (Req #30917)'),

  // 8
  rej('interview', ['internal_candidate'], {},
    `Dear Anouk,

Thank you for taking part in the interview for the Team Leader Customer
Service position last week. After careful consideration the panel has
decided to appoint a colleague who is already working in the department.

We thank you for your interest in Vellinga Verzekeringen.

Met vriendelijke groet,
Sanne de Wit
HR Adviseur

---------------------------------------------------------------------
Dit bericht kan vertrouwelijke informatie bevatten. Indien u niet de
geadresseerde bent, verzoeken wij u dit bericht te verwijderen.
---------------------------------------------------------------------`, 'Sollicitatie Team Leader Customer Service'),

  // 9
  rej('application', ['role_closed'], { ...door },
    `Status: Closed - Position Cancelled  |  Last updated: 02/11/2026  |  Requisition 58102

Message from employer:
Thank you for your interest in the Logistics Coordinator role. Due to a change in business needs this requisition has been cancelled and we will not be filling the position. Your application will not be considered further for this role. We encourage you to continue to review our careers site and apply to other roles that interest you.`, 'Application status update'),

  // 10
  rej('interview', ['overqualified'], { ...fb },
    `Hi Bernadette,

It was a real pleasure to meet you on Monday. I have to be honest with you
about where we=E2=80=99ve landed. With fifteen years of running clinical teams
you would be far more senior than this Ward Administrator post needs, and we
worry that you would quickly find the day to day work unchallenging. For
that reason we won=E2=80=99t be offering you the role.

Warm regards,
Oluwaseun Adebayo
Ward Manager, St Aldric=E2=80=99s Community Hospital`, 'Ward Administrator interview'),

  // 11
  rej('final', ['culture_fit'], { ...fb, ...offered },
    `Hey Rasmus -

thanks for spending the whole day with us last Friday. We went back and
forth on this a lot. The team felt really good about your technical depth,
but a few people noted that you preferred to own problems solo and push
back on pairing, and we work almost entirely in pairs, so in the end we
decided not to make an offer.

Happy to get on a call if you want to dig into that, no pressure.

- Marta
Co-founder, Tidewright`, 'tidewright / final round'),

  // 12
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Candidate,

Thank you for applying for the position of Registered Pharmacist (Locum).

Unfortunately your application does not meet the essential criteria for this post, as we require current registration with the General Pharmaceutical Council and you did not provide a GPhC number.

We would encourage you to reapply once your registration has been confirmed.

Yours faithfully,

Resourcing Team
Marlow Vale NHS Foundation Trust

********************************************************************
This e-mail and any attachments are confidential. If you have received it in error please notify the sender immediately.
********************************************************************`, 'Application for Registered Pharmacist (Locum) - Ref 291-RPL-0447'),

  // 13
  rej('screen', ['generic'], {},
    `Hi Femi,  thanks for your time on the phone earlier this week.		After speaking with the hiring manager we have decided not to move forward  with your application at this time.  We appreciate your interest in Quillfeather.

Best,
Joanne
Recruiting Coordinator`, 'Quillfeather - Account Executive'),

  // 14
  rej('interview', ['profile_mismatch', 'skills_gap'], { ...fb },
    `Dear Ms Hallström,

Thank you for attending the interview for the Senior Procurement Officer
position on 4 March. The panel were impressed with your enthusiasm. However
we have appointed a candidate whose experience was a closer match to the
requirements of the role. In particular the panel felt that you did not yet
have the experience of public-sector tendering under the procurement
regulations that the post requires.

Yours sincerely

Gareth Pryce
Head of Procurement
Cyngor Sir Penfro Uchaf / Upper Penfro County Council`, 'Senior Procurement Officer - Interview outcome'),

  // 15
  rej('application', ['position_filled'], {},
    `Hi Lucía,

Just a quick note to let you know the Barista / Shift Lead position at Ember &amp; Oat has now been filled. Thanks so much for dropping off your CV &ndash; we really appreciate it.

Ember &amp; Oat Coffee, 14 Harbour St`, 'Shift Lead'),

  // 16
  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...door },
    `Hello Priyanka,

Thank you for submitting the case study for the Marketing Analyst role. T=
he reviewers liked the structure of your deck, but the attribution model yo=
u built did not hold up: the multi-touch weights were not justified and the=
 conclusions rested on a sample too small to be significant. The role lea=
ns heavily on statistics and we need someone with hands-on experience of m=
arketing mix modelling, which did not come through.

We will not be progressing your application, but please do apply again in =
the future.

Regards,
Tamsin Hale
People Partner, Greyfinch Media`, 'Marketing Analyst case study'),

  // 17
  rej('application', ['generic'], { ...door },
    `â€‹Dear Sebastián,

Thank you for your interest in joining Corvane. We have reviewed your application for Customer Success Manager â€“ EMEA and, unfortunately, we have decided not to move forward at this time.

We will keep your profile in our database and may reach out if a suitable role opens up.

Best regards,
Corvane Talent Acquisition

Â© 2026 Corvane Inc. Â· 88 Wharf Road, Dublin 2 Â· All rights reserved`, 'Corvane | Your application'),

  // 18
  rej('interview', ['role_closed'], {},
    `Hi Nadia,

Thank you for interviewing with us for the Facilities Manager role. I'm
writing with some disappointing news: following a restructure of our
property team, the role has been removed from the new structure and we
will not be appointing to it. I'm sorry that this means we can't take your
application further, and sorry too that it comes after you gave us your
time.

Kind regards,
Philippa Grant | HR Business Partner
Stonebury Housing Association

[cid:image002.jpg@01DB11A0.5F2C3E70]`, 'Facilities Manager'),

  // 19
  rej('screen', ['location'], { ...fb, ...door },
    `Hi Chen,

Really enjoyed our call this morning. After we spoke I double-checked with
the team and they are firm that this role needs to be in the Austin office
four days a week. As you said you aren't able to relocate from Portland
right now, I don't think we can take this one forward. If you ever do
consider a move, or if we open a remote role, please reach out; I'd be glad
to talk again.

Thanks,
Brooke Ellery
Talent Partner, Halyard Robotics`, 'Re: Halyard - Controls Engineer'),

  // 20
  rej('application', ['overqualified'], { ...fb },
    `Dear Rafael,=20
Thank you for your application for the Office Junior role. Having read your=
 CV, we feel that with your management experience and MBA you would be sig=
nificantly overqualified for this entry-level position, which is designed f=
or school leavers. We will therefore not be taking your application further=
.=20
Kind regards,=20
Sutton & Mabey Estate Agents`, 'Office Junior'),

  // 21
  rej('final', ['internal_candidate'], { ...door },
    `Dear Mr. Lindqvist,

Thank you for participating in the final interviews for the position of
Director of Finance. It was a difficult decision, and I want to let you know
personally that the Board has selected an internal candidate, our current
Deputy Director, for the role.

We were very glad to get to know you, and we would welcome an application
from you for future senior openings at the Foundation.

With kind regards,

Margit Eriksen
Chair of the Search Committee
The Holmgren Foundation`, 'Director of Finance - search outcome'),

  // 22
  rej('interview', ['generic'], { ...offered },
    `Hi Aisha,<br>
<br>
Thank you for interviewing for the Operations Analyst position. After care=
ful consideration we have decided to pursue other candidates at this time.=
<br>
<br>
If you would like feedback on your interview, please reply to this email a=
nd we will arrange it.<br>
<br>
Best,<br>
Recruiting | Fenwick Grey Partners`, 'Operations Analyst - update'),

  // 23
  rej('application', ['salary'], { ...fb },
    `Dear Jonas,

thank you for applying. Your application stated an expected salary of EUR 95.000, while the budget for this Teamleiter position is set at EUR 70.000 to 76.000. As the gap is too large, we are unable to consider you further.

Kind regards
Personalabteilung
Brenner Haustechnik GmbH`, 'Ihre Bewerbung / Your application - Teamleiter Service'),

  // 24
  rej('assessment', ['assessment'], {},
    `*** Please do not reply to this email ***

Dear Kwame,

Thank you for completing the situational judgement test as part of your application to the Civil Service Fast Track. Unfortunately you have not been successful at this stage.

Regards
Fast Track Resourcing

*** This mailbox is not monitored ***`, 'Fast Track - test result'),

  // 25
  rej('interview', ['culture_fit'], {},
    `Hi Greta,  

Thanks for coming in to meet the team. We really enjoyed our chat. After a lot of thought we don't think this is the right fit with how our team works day to day, so we won't be moving forward.  

All the best,
Otto
Studio Lead, Fernhollow Games`, 'Fernhollow'),

  // 26
  rej('application', ['profile_mismatch'], {},
    `Dear Applicant, Thank you for your application for the role of Regional Sales Manager (North West).We have now reviewed all applications received and we regret to inform you that on this occasion your application has not been shortlisted, as other applicants more closely matched the criteria for the role.Kind regards,Ashcombe Building Supplies HR`, 'Regional Sales Manager (North West)'),

  // 27
  rej('final', ['position_filled', 'overqualified'], { ...fb, ...door },
    `Hi Soren,

I wanted to let you know where we ended up after the final panel. We've
offered the Head of Partnerships role to another finalist and she has
accepted. Part of the conversation afterwards was that with your
background running a 40-person commercial team, this role (one direct
report, a lot of hands-on deal work) would likely be a step down for you,
and we worried about that. 

I'd really like to keep talking as we grow; I'll reach out when we hire at
VP level.

Best,
Mira Castellanos
CEO, Lanternfish Analytics`, 'Head of Partnerships'),

  // 28
  rej('screen', ['skills_gap'], { ...fb },
    `hi ahmed thanks for the call today. ive spoken to the client and unfortunately they need someone with fluent german for the customer-facing part of the job and from what you said your german is around B1 so they wont progress this one. sorry mate. Liam - Ridgeway Recruitment`, 'german speaking CSM role'),

  // 29
  rej('interview', ['position_filled'], {},
    `Dear Ms. Van der Merwe,

We appreciate your interest in the Quality Assurance Coordinator position
and the time you spent interviewing with our team. We would like to inform
you that the position has now been filled.

Thank you again, and best wishes.

Human Resources
Kestrel Pharmaceuticals (Pty) Ltd | Midrand
Tel: +27 11 555 0193 | www.kestrelpharma.example`, 'QA Coordinator position'),

  // 30
  rej('application', ['role_closed'], {},
    `&lt;p&gt;Dear Maximilian,&lt;/p&gt;&lt;p&gt;Thank you for applying for the Junior Copywriter role. We&amp;#39;ve had to put all hiring on hold for the rest of the year due to budget constraints, so we won&amp;#39;t be taking any applications forward, including yours.&lt;/p&gt;&lt;p&gt;Sorry for the disappointing news.&lt;/p&gt;&lt;p&gt;Bellhaven Creative&lt;/p&gt;`, 'Junior Copywriter'),

  // 31
  rej('interview', ['location', 'salary'], { ...fb },
    `Hi Tomasz,

Thank you for the video interview on Wednesday. Weâ€™ve thought carefully
and decided not to go further. Two things: the role requires you to be
based within commuting distance of our Leeds office, which doesnâ€™t work
with your plan to stay in Gdaå„sk, and your salary expectation of Â£70,000
is well above the Â£52,000 we have budgeted.

Best regards,
Fiona MacRae
Hiring Manager, Dunmore Analytics`, 'RE: Dunmore Analytics - BI Developer'),

  // 32
  rej('application', ['internal_candidate'], {},
    `Hello Yusuf,
Thanks for applying for the Events Coordinator position. We wanted to let you know that the
role has been filled by a member of our existing team, so we won't be taking applications
forward. Thank you for your interest in Meridian Hall.
Meridian Hall Events Team`, 'Events Coordinator'),

  // 33
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Olivia,

Thank you for completing the written translation test for the Spanish>English Translator role. Our reviewers scored your submission 71/100; the threshold for this role is 80. The legal passage in particular had several terminology errors.

We are sorry that we cannot progress your application. If you would like the annotated version of your test, just reply and we'll send it over.

Kind regards,
Linguaverde Language Services`, 'Translator test result'),

  // 34
  rej('final', ['generic'], {},
    `Dear Harriet,

Thank you for attending our assessment centre on 19 February. We have now
reviewed all candidates' performance across the day and I am sorry to tell
you that you have not been successful on this occasion.

We wish you every success for the future.

Graduate Recruitment
Ashworth Kline Chartered Accountants`, 'Assessment Centre - Outcome'),

  // 35
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Ngozi,<br><br>Thanks again for interviewing with Thornfield. We&rsquo;ve decided not to move you forward for the Staff Nurse (ICU) post. The team were clear that the unit needs nurses with at least 2 years of critical care experience, and you have about 8 months so far.<br><br>We&rsquo;d genuinely love to hear from you again once you have a bit more ICU time &ndash; please do reapply.<br><br>Best,<br>Claire Pemberton, Nurse Recruitment Lead<br>Thornfield Private Hospital`, 'Staff Nurse (ICU)'),

  // 36
  rej('application', ['generic'], {},
    `[EXTERNAL] Your application for Warehouse Operative (Nights)

Dear Sam,
Unfortunately, you have not been successful.
Thanks,
Brightmile Distribution`, 'Warehouse Operative (Nights)'),

  // 37
  rej('screen', ['overqualified', 'salary'], { ...fb },
    `Hi Francesca,

Thanks for the chat on Monday. I fed back to the hiring manager and they've
decided not to progress. Their concern is that with 12 years in senior
product roles, this mid-level PM position would be a big step back for you,
and that your expectation of $185k is well outside the $130-140k range.
I'm sorry this one didn't work out.

Regards,
Dana Whitlock
Talent Acquisition, Oakline Software`, 'Product Manager - Oakline'),

  // 38
  rej('interview', ['generic'], {},
    `On behalf of the interview panel, thank you for your time on 11 Sept. Unfortunately on this occasion you were not successful. Regards, Lindale Primary School`, 'Teaching Assistant'),

  // 39
  rej('application', ['location'], { ...door },
    `Dear Elif,

Thanks for applying for the Remote Customer Support Specialist position.
Although this role is remote, it is open only to candidates who live in one
of the U.S. states where we are registered to employ people, and your
application shows you are based in Ontario. We're sorry we can't consider
you for this one, but we hope you'll keep an eye on our careers page, as we
do post roles open to Canada from time to time.

Regards,
Sundial People Team`, 'Remote Customer Support Specialist'),

  // 40
  rej('final', ['skills_gap', 'profile_mismatch'], { ...fb, ...offered },
    `Dear Arjun,

Thank you for attending the final interview with our Managing Director. I am
afraid we will not be offering you the position of Structural Engineer.
The candidate we chose had more experience directly comparable to our
projects, and the MD felt you would need chartered status (CEng) before
taking sign-off responsibility, which this role involves from day one.

Please feel free to contact me if you would like to discuss this further.

Kind regards,
Rhian Evans
Practice Manager, Pryce Llewellyn Consulting Engineers`, 'Structural Engineer - final interview'),

  // 41
  rej('interview', ['role_closed'], { ...door },
    `Hi Keanu,
Sorry to be the bearer of bad news. We loved meeting you for the Growth Marketer role but our funding round has slipped and the board has frozen all new hires, so we won't be able to make an offer. If things change in the new year I'll reach out first thing.
- Priya
Sent from my phone`, 'Growth Marketer'),

  // 42
  rej('application', ['culture_fit'], {},
    `Hi Jasper,

Thank you for your application to Wildroot. We read every application personally. While your experience is impressive, we don't feel you'd be the right fit for our culture at this stage, so we won't be moving forward.

Wishing you the best,
The Wildroot team
<style>.footer{font-family:Georgia;color:#999}</style>`, 'Wildroot application'),

  // 43
  rej('interview', ['internal_candidate'], { ...offered },
    `Hi Theo,

Thank you for interviewing for the Learning & Development Manager role. I wanted to let you know that we have offered the position to an internal applicant who has been covering the role on an interim basis.=20

I know this is disappointing. If feedback would be useful, I'm very happy to arrange a call with the hiring manager.=20

Best regards,
Ines Carvalho
Talent Acquisition | Orrick Lane Retail Group`, 'L&D Manager - update'),

  // 44
  rej('assessment', ['assessment', 'culture_fit'], { ...fb },
    `Hello Bao,

Thank you for completing the paid trial week with our kitchen team.
Unfortunately we've decided not to offer you the Sous Chef position. Your
timing during service fell behind on two of the five nights, and the head
chef felt the way you communicated on the pass wasn't a good match for our
team's calm style.

Regards,
Guillaume Laurent
Head Chef, Maison Vireo`, 'Sous Chef trial'),

  // 45
  rej('application', ['skills_gap'], { ...fb },
    `Status: Not selected  |  Last updated: 12/03/2026  |  Requisition 44821

Dear Ravi,
Thank you for applying to Electrical Design Engineer II. This position requires a PE license and a minimum of 5 years of experience in medium-voltage design. Based on the information you provided, you do not meet these minimum qualifications. We appreciate your interest.`, 'Requisition 44821 - status change'),

  // 46
  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Camille,

Many thanks for coming to see us for the Executive Assistant interview. We
have now concluded the process and have decided to offer the role to a
candidate whose experience was more closely aligned with what we need.

We would be very happy to keep your details on file and get in touch should
a suitable vacancy arise.

Kind regards,
Rosalind Teague
Office Manager, Carrow & Pike Solicitors

Carrow & Pike Solicitors is authorised and regulated by the Solicitors
Regulation Authority (SRA no. 611482). Registered office: 3 Minster Yard.`, 'Executive Assistant'),

  // 47
  rej('screen', ['role_closed'], { ...door },
    `Hi Magnus,

Thanks for the call last week about the Platform Engineer role. I've just
been told that the role has been put on hold indefinitely after a
reorganisation of the infrastructure group, so unfortunately we won't be
taking your application any further.

I'll keep your details and get in touch if it reopens or something similar
comes up.

Kind regards,
Aoife Brennan
Technical Recruiter, Greystone Bank`, 'Platform Engineer'),

  // 48
  rej('final', ['salary'], { ...fb, ...door },
    `Hi Yasmin,

First, thank you for going through the whole process with us, including
Friday's final round. I've just come out of the offer discussion. We had
hoped to make this work, but the number we talked about ($142k) is above
the ceiling the finance team will approve for the level (they've capped us
at $120k), and the other finalist's expectations fit. So we're going to
move forward with them.

I'd very much like to revisit this in the new year when budgets reset. I
will reach out.

Warmly,
Gabe Olander
VP Engineering, Sparrowgate`, 'Sparrowgate - where we landed'),

  // 49
  rej('application', ['position_filled'], {},
    `DEAR APPLICANT

THE POSITION OF DELIVERY DRIVER (7.5T) HAS NOW BEEN FILLED. THANK YOU FOR
YOUR INTEREST.

HOLLINS HAULAGE LTD`, 'DELIVERY DRIVER 7.5T'),

  // 50
  rej('interview', ['culture_fit', 'profile_mismatch'], {},
    `Hi Ezra,

Thanks for meeting with us on Tuesday. We've decided to go with another candidate who we felt was a stronger overall match, and who we think fits better with the way our small team works. We appreciate the time you put in.

Cheers,
Noor
Operations, Bramblecourt`, 'Bramblecourt - Operations Associate'),

  // 51
  rej('assessment', ['generic'], {},
    `Hello Ilse,

Thank you for your patience while we completed the background screening for the Compliance Officer role. I regret to inform you that, based on the results of the screening, we are unable to proceed with your application.

Kind regards,
Vetting Team, Arkwright Securities`, 'Compliance Officer - screening'),

  // 52
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Sina,

thank you for the second interview on Wednesday. I=E2=80=99m sorry to tell y=
ou we have decided not to continue. The team felt your React knowledge is s=
trong, but the role is about 60% backend work in Go, and you mentioned you h=
aven=E2=80=99t used Go in production. We=E2=80=99d be glad to see you apply a=
gain for a frontend-focused opening.

Best,
Leonie Hartmann
Engineering Lead, Kranich Mobility`, 'Re: Fullstack Engineer (m/w/d)'),

  // 53
  rej('application', ['profile_mismatch'], { ...door },
    `Hi there Amara!  &nbsp; We appreciate you applying to the Content Strategist role at Loomwell. &nbsp;After reviewing your application, we don&#x27;t think your experience is quite the right fit for this particular role. &nbsp;We&#x27;ll hold on to your info and let you know if another role comes up that looks like a better match. &nbsp;Thanks again! &nbsp;Team Loomwell`, 'Loomwell x Amara'),

  // 54
  rej('final', ['location'], { ...fb },
    `Hi Hamid,

Thank you for your patience after the final interviews. I'm really sorry to
say that we can't offer you the position. Since we spoke, our legal team has
confirmed that we can't sponsor a Skilled Worker visa for this grade, and
you told us you would need sponsorship to take up the role. Had it not been
for that, you were very much in contention.

All best,
Lydia Soames
Head of Talent, Pemberly Insurance`, 'Claims Manager - final stage'),

  // 55
  rej('interview', ['overqualified'], {},
    `Dear Kenji,

Thank you for interviewing for the Customer Service Representative role. After consideration we feel that the role would not make the most of your extensive experience, and we have decided to offer it to another applicant whose level of experience suits the position.

Kind regards,
Meadowside Utilities Recruitment`, 'Customer Service Representative'),

  // 56
  rej('application', ['generic'], {},
    `Dear Valentina Rossi,
Thank you for your interest in Ironbridge Capital.

Your application for:   Analyst, Credit Risk   (Job ID: 2026-0451)

Status:    Unsuccessful

Unfortunately we will not be progressing your application further.

Please do not reply to this message. This e-mail was sent from a notification-only address.`, 'Ironbridge Capital - Application Status'),

  // 57
  rej('screen', ['culture_fit'], { ...fb },
    `Hi Dariusz,

Thanks for your time on the phone. I've spoken to the founders. They liked
your background, but from our chat they felt your preference for a
structured, process-heavy way of working wouldn't sit well with a 9-person
team where things change week to week. So they've decided not to move
forward. Sorry it's not better news.

Clara Voss
People & Talent, Stillwater Labs`, 'Stillwater Labs'),

  // 58
  rej('interview', ['assessment'], { ...fb },
    `Hi Jordan,

Thanks for the interview and for working through the live coding exercise
with Mateo. Unfortunately we won't be moving forward. The solution didn't
get to a working state in the time, and the edge cases around empty input
and duplicate keys were missed, which is the bar we set for this level.

Thanks again,
Rory Fitzgerald
Engineering Manager, Cobaltline`, 'Cobaltline interview'),

  // 59
  rej('application', ['role_closed', 'internal_candidate'], {},
    `Dear Beatriz,

Thank you for your application for the Communications Officer post. Following an internal reorganisation, the duties of this post have been absorbed by an existing member of staff and the vacancy has been withdrawn. We are therefore unable to take your application forward.

Regards,
HR Department, Riverbend District Council`, 'Communications Officer - vacancy withdrawn'),

  // 60
  rej('final', ['profile_mismatch'], { ...offered, ...door },
    `Dear Matthias,

Thank you for taking part in our selection day and the final interview for
the Trainee Solicitor programme. We had an exceptionally strong field, and
after much deliberation we have decided not to offer you a training
contract. The candidates selected were judged to have a stronger overall
fit with the programme.

Feedback is available on request - please email graduates@dalby-holt.example.
We would be pleased to receive an application from you in a future cycle.

Yours sincerely,
Graduate Recruitment, Dalby Holt LLP`, 'Trainee Solicitor Programme 2028'),

  // 61
  rej('interview', ['location'], {},
    `Dear Rosa,

Thank you for the interview for the Community Midwife post. Unfortunately we
are unable to offer you the position, as the post requires the holder to
live within the Trust catchment area and to hold a full driving licence for
home visits, and this does not fit your current circumstances.

Kind regards,
Midwifery Recruitment, Tamside Hospitals`, 'Community Midwife'),

  // 62
  rej('application', ['skills_gap'], { ...fb },
    `<div class="body" style="margin:0;padding:0">Hi Pedro,</div><div>Thanks for applying to the Senior Data Scientist opening. Unfortunately we're looking for someone with a PhD or equivalent research experience in causal inference, and we didn't see that in your application, so we won't be moving forward.</div><div>Best,<br>Lumen Works Recruiting</div>`, 'Senior Data Scientist'),

  // 63
  rej('screen', ['position_filled'], {},
    `Hi Hannah,

Following up on our call last Wednesday. The client has filled the HR Generalist role with a candidate who was further along in the process, so it's now closed. Thanks for your time.

Regards,
Imogen
Parkway People Recruitment`, 'HR Generalist - Bristol'),

  // 64
  rej('interview', ['salary', 'profile_mismatch'], {},
    `Hi Oskar,

Thank you for the interview last week. We have decided to go with another
candidate whose experience and salary expectations better fit what we have
for this role.

Thanks again and good luck.
Henrietta
Northwake Marine`, 'Northwake Marine - Project Engineer'),

  // 65
  rej('assessment', ['assessment'], { ...door },
    `Hello Fatima,

Thanks for completing the HackerRank challenge for the Backend Engineer
position. Unfortunately your results did not meet the bar we set for the
next stage. 

We'd encourage you to apply again in 6 months.

Cinderleaf Engineering Recruiting
https://click.example-ats.com/ls/click?upn=3DfT9hQ2-2BzLk0aP7WcQ-3D-3D_r8x`, 'Cinderleaf | Coding challenge'),

  // 66
  rej('application', ['overqualified'], {},
    `Dear Mr Achterberg,

Thank you for applying for the Administrative Assistant role. Having
reviewed your application, we feel your experience is considerably beyond
what this role requires, and we have decided not to progress.

Kind regards,
Recruitment, Fordham & Lyle`, 'Administrative Assistant'),

  // 67
  rej('final', ['generic'], { ...offered },
    `Hi Alessandro,

Thank you so much for flying out for the onsite. Itâ€™s been a tough decision, and Iâ€™m sorry to share that we wonâ€™t be extending an offer.

Iâ€™m happy to share feedback if youâ€™d find it useful â€“ just let me know.

All the best,
Shira Katz
Recruiting Lead, Parallax Bio`, 'Parallax Bio - onsite follow-up'),

  // 68
  rej('interview', ['role_closed'], {},
    `Dear Mr. Babatunde,

Further to your interview on 3 June for the position of Branch Manager,
Ikeja, we wish to inform you that the bank has decided not to proceed with
filling the position following a review of its branch network. We regret
any inconvenience.

Yours faithfully,
For: Human Capital Management
Sterling Crest Bank Plc`, 'BRANCH MANAGER (IKEJA) - UPDATE'),

  // 69
  rej('application', ['generic'], { ...door },
    `* * * * * * * * * * * * * * * * * * * * *
    Thank you for applying to Juniper Outdoor Co.
* * * * * * * * * * * * * * * * * * * * *

Hi Cole,

We've had an amazing response to our Seasonal Store Associate roles.
Unfortunately we won't be moving forward with your application this time.

Please keep an eye on jobs.juniperoutdoor.example, as we hire every
season and would love to see you apply again.

Juniper Outdoor Co. - Gear up. Get out.`, 'Juniper Outdoor Co. - your application'),

  // 70
  rej('interview', ['internal_candidate'], { ...door },
    `Hi Eleni, just wanted to let you know, before the formal email, that we've gone with someone from inside the team for the Senior Buyer role. You interviewed really well. I'll definitely keep you in mind for the next opening in the buying team. Max`, 'quick note'),

  // 71
  rej('screen', ['skills_gap', 'location'], { ...fb },
    `Dear Lorenzo,

Thank you for speaking with me about the Site Manager position. I have
discussed your application with the operations director and we will not be
progressing it. The role requires the SMSTS certificate and a CSCS Black
Card, neither of which you currently hold, and the site in Inverness would
require you to relocate, which you told me was not possible in the short
term.

Kind regards,
Morag Sinclair
Recruitment Partner, Caledon Build Ltd`, 'Site Manager - Inverness'),

  // 72
  rej('application', ['role_closed'], {},
    `Hi Nikhil,

Thanks for your application for the Product Analyst role. We're writing to all applicants to let you know that we've decided not to go ahead with this hire after reassessing team priorities, so we won't be taking any applications forward, including yours. We're sorry for the inconvenience.

Pebblestone Product Team`, 'Update on Product Analyst'),

  // 73
  rej('final', ['culture_fit'], { ...fb, ...door },
    `Dear Sunniva,

Thank you for the time you gave us at the final presentation and dinner.
The partners have decided not to make an offer. They were clear that your
work is excellent. Their hesitation was about fit: they felt that you would
want more client-facing autonomy early on than our apprenticeship-style way
of working allows in the first two years.

We would be glad to hear from you again in the future.

With best wishes,
Henrik Aalto
Partner, Aalto Varg Arkitekter`, 'Our decision'),

  // 74
  rej('assessment', ['assessment'], { ...fb },
    `Hi Nour -

Thanks for sending over the design exercise. We've reviewed it as a team and we won't be moving to the interview stage. The flows were clear, but the exercise asked for research-backed decisions, and there wasn't any evidence of user research or testing behind the choices, which was the main thing we assess.

Best,
Tilda
Design Ops, Quarry & Kite`, 'Design exercise'),

  // 75
  rej('interview', ['generic'], {},
    `Subject: RE: Interview - Maintenance Technician

Hi Grant,
Sorry for the slow reply. We decided to go another way. Thanks for coming in.
Bill

-----Original Message-----
From: Grant Holloway
Sent: 14 October 2026 08:12
Subject: Interview - Maintenance Technician

Hi Bill, just checking in to see if there was any news after Friday's interview? Thanks, Grant`, 'RE: Interview - Maintenance Technician'),

  // 76
  rej('application', ['salary'], { ...fb, ...door },
    `Hi Chiara, thanks for applying to the Office Manager role!&nbsp; We noticed on your application that your salary expectation is &euro;58,000. The budget for this role is &euro;42,000&ndash;45,000, so unfortunately we can&rsquo;t move forward. If your expectations are flexible in the future, we&rsquo;d be glad to hear from you again.&nbsp; &mdash; Amsel Studio`, 'Office Manager - Amsel Studio'),

  // 77
  rej('interview', ['position_filled'], { ...offered },
    `Hi Darnell,

Thank you for your time interviewing for the Warehouse Supervisor role.
We've now offered the position to another candidate, who has accepted.

If you'd like some feedback on your interview, give me a ring on 0161 555
0172 and I'll go through it.

Thanks,
Steph Morley
Site HR, Quaystone Logistics`, 'Warehouse Supervisor'),

  // 78
  rej('final', ['skills_gap'], { ...fb },
    `Dear Dr. Mbeki,

On behalf of the search committee, thank you for your campus visit and job
talk. The committee has now completed its deliberations, and I regret to
inform you that we will not be extending an offer. The committee's main
concern was the department's need for someone who can teach the graduate
econometrics sequence, and your teaching to date has been in
undergraduate development economics only.

Sincerely,
Prof. Eleanor Whitcombe
Chair, Department of Economics, Halloway University`, 'Assistant Professor search'),

  // 79
  rej('application', ['internal_candidate'], {},
    `Your application for Payroll Administrator (Ref PA-7731)  Status: Withdrawn by employer  Reason: Filled internally  Date: 28/10/2026  Thank you for your interest in working with Copperfield Group.`, 'Application update: Payroll Administrator'),

  // 80
  rej('screen', ['overqualified'], {},
    `Hi Wendell,

Thanks for the call earlier. I've spoken with the hiring manager, and they feel you're overqualified for the Junior IT Support role, so they won't be moving forward. 

Thanks,
Rachael, Talent, Brightfield Schools Trust`, 'Junior IT Support'),

  // 81
  rej('interview', ['location'], { ...fb, ...door },
    `Hi Tariq,

Thank you for the interview for the Sales Engineer role. Unfortunately the
hiring team have decided not to move forward. The role covers the Benelux
territory, and we need the person to be a resident of the Netherlands or
Belgium for contract reasons; as you are based in Lisbon this rules it out
for now. If you relocate, please let us know and we'll happily talk again.

Met vriendelijke groeten,
Joost Verbeek
Sales Director, Hanze Instruments`, 'Sales Engineer Benelux'),

  // 82
  rej('application', ['profile_mismatch'], {},
    `Dear Ji-woo,

We have carefully reviewed your application for the position of Research Assistant. We regret to inform you that your qualifications do not match the needs of the position.

Yours sincerely,
Human Resources
Ostmark Institute for Marine Research`, 'Research Assistant'),

  // 83
  rej('interview', ['skills_gap', 'assessment'], { ...fb },
    `Hi Mateus,

Thank you for the interview and for the spreadsheet exercise you did on
the day. The panel decided not to progress your application. The exercise
showed difficulty with pivot tables and VLOOKUP, and the role requires
advanced Excel from day one.

Best regards,
Gwen Rees
Finance Manager, Tregaron Farm Supplies`, 'Assistant Accountant interview'),

  // 84
  rej('final', ['role_closed'], { ...door },
    `Dear Mariam,

Thank you for reaching the final stage for the Head of Customer Experience
role. I'm afraid that, following a company-wide reorganisation announced
this week, this role has been cancelled, and we will not be making an
appointment. I'm truly sorry; you were one of our two finalists.

We'll keep your details on file and contact you when we start senior
hiring again.

Sincerely,
Leontine Mercier
Chief People Officer, Vantor Retail`, 'Head of Customer Experience'),

  // 85
  rej('application', ['generic'], {},
    `Hi Jules, thank you for your interest in Saltmarsh. We regret that we will not be moving forward with your application. - Saltmarsh Hiring`, 'Saltmarsh'),

  // ── Paused processes
  // 86
  hold('interview', ['role_closed'], {},
    `Hi Ayesha,

Thank you for your patience since your interview. I wanted to be upfront:
the Risk Analyst hire has been put on hold while the budget for next year is
confirmed. No decision has been made on your application and you're still
in the process; I expect to have an update by the end of January.

Best,
Conor Walsh
Talent Partner, Fairmount Mutual`, 'Risk Analyst - update'),

  // 87
  hold('application', ['generic'], {},
    `Status: On hold  |  Last updated: 21/11/2026  |  Requisition 39077

Message from employer: Thank you for your patience. Review of applications for this role has been delayed. Your application remains active and we will contact you once review resumes.`, 'Requisition 39077'),

  // 88
  hold('final', ['role_closed'], {},
    `Hi Marco,=20

I know you=E2=80=99ve been waiting to hear after the final round. We=E2=80=
=99ve had a hiring freeze come down from our parent company this week, whic=
h pauses all offers until at least February. You=E2=80=99re still our prefe=
rred candidate and nothing has been decided against you. I=E2=80=99ll keep y=
ou posted.

Thanks,
Dorothea Fink
Head of Engineering, Quellwerk`, 'Quellwerk - final round'),

  // 89
  hold('screen', ['generic'], {},
    `hi rowan, sorry for the silence since our call! the hiring manager has been off sick for two weeks so everything is delayed. still very keen on you, will be back in touch as soon as she's back. ellie`, 'Re: marketing exec'),

  // 90
  hold('assessment', ['role_closed'], {},
    `Dear Siddharth,

Thank you for completing the technical assessment. We wanted to let you
know that the Machine Learning Engineer opening is temporarily paused while
our team structure is reviewed. Your application is on hold rather than
closed, and your assessment result will stay valid when the process
restarts.

Kind regards,
Recruitment Team, Arboreal AI`, 'ML Engineer - process paused'),

  // 91
  hold('interview', ['generic'], {},
    `<p>Hi Leila,</p><p>Just a quick update &ndash; we&rsquo;re still working through second interviews and the decision has slipped by a couple of weeks. We haven&rsquo;t made any decisions yet and you&rsquo;re still very much being considered.</p><p>Thanks for bearing with us,<br>Joanna &ndash; People Team, Halcyon Travel</p>`, 'Halcyon Travel - timeline'),

  // 92
  hold('application', ['role_closed'], {},
    `Dear Applicant,

We write regarding your application for the post of Library Assistant.
Owing to a recruitment freeze across the council, shortlisting for this post
has been suspended. Your application has not been rejected and will be
considered if the post is released.

Regards,
Human Resources, Westmoor Borough Council`, 'Library Assistant - recruitment suspended'),

  // 93
  hold('final', ['generic'], {},
    `Hi Tessa,

Thanks for your patience after the final interviews. The CEO is travelling
for the next ten days and wants to meet both finalists before deciding, so
we're pausing until she is back. You remain in the running.

Best,
Ruairi
Talent Lead, Northlight Media`, 'Next steps'),

  // ── Look-alikes
  // 94
  other(`Status: Under review  |  Last updated: 12/03/2026  |  Requisition 44822

Your application for Quality Engineer has been received and is being reviewed by the hiring team. You will be notified by email if your status changes.`, 'Requisition 44822'),

  // 95
  other(`View this email in your browser
https://click.example-ats.com/ls/click?upn=3DqP0s-2FvX9mWj_k11

Hi Harriet,

Thanks for applying to Brightwell Credit Union! We=E2=80=99ve received your application for Member Services Officer and our team will review it carefully.

Due to the high volume of applications we may not be able to respond to everyone individually. If you haven=E2=80=99t heard from us within 3 weeks, please assume your application has not been successful on this occasion.

Brightwell Talent Team`, 'Thanks for applying to Brightwell'),

  // 96
  other(`Dear Gustavo,

Thank you for your application for the role of Laboratory Technician. We are
pleased to invite you to an interview on Thursday 17 December at 10:30 at
our Ashford site. Please bring photo ID and proof of your right to work.

Unfortunately we are unable to reimburse travel expenses.

Kind regards,
Recruitment, Pellham Diagnostics`, 'Interview invitation - Laboratory Technician'),

  // 97
  other(`JOBS FOR YOU THIS WEEK

Hi Abena, here are new roles matching your alert "project coordinator london":

* Project Coordinator - Hartwell Group - London - £32,000 - £36,000
* Junior Project Coordinator - Fielding Media - London (Hybrid)
* PMO Coordinator - Calder Bank - Canary Wharf

https://click.example-jobboard.com/ls/click?upn=3DvA1-2Fp

You're receiving this because you set up a job alert. Unsubscribe`, 'New jobs for "project coordinator london"'),

  // 98
  other(`Hi Sven,

Thanks for letting us know that you'd like to withdraw your application for the Account Manager role. We've updated our records and won't contact you about this position again.

We're sorry to see you go, and we wish you the very best in your new job.

Copperbeech Recruiting`, 'Withdrawal confirmed'),

  // 99
  other(`Dear Ines,

We are delighted to offer you the position of Senior Auditor at Wexley
& Pryor, subject to satisfactory references. Your starting salary will be
Â£58,500 per annum. Please find the formal offer letter attached.

We look forward to hearing from you.

Kind regards,
Nigel Ashdown
Audit Partner`, 'Offer of employment'),

  // 100
  other(`THE CAREERS BULLETIN - NOVEMBER

<td style="padding:12px;font-family:Helvetica">In this issue:</td>
- How to handle rejection and keep going
- 5 things recruiters wish you knew
- Why "we'll keep your CV on file" isn't the end of the story

Read online: https://click.example-news.com/ls/click?upn=3DbRw

Unsubscribe from this newsletter | Update preferences`, 'The Careers Bulletin - November'),

  // 101
  other(`Hi Kofi,

Thanks for your time on the phone today! Great news: the hiring manager would like to meet you. Could you let me know your availability next Tuesday or Wednesday for a 45-minute video interview?

Best,
Annika
Talent, Ravelin Freight`, 'Next step - interview with hiring manager'),

  // 102
  other(`Dear Candidate,=20

Thank you for applying. This is an automated acknowledgement to confirm we =
have received your application. We receive many applications and unfortunat=
ely cannot reply to each individually. Shortlisted candidates will be conta=
cted within 10 working days.=20

Westbury Care Homes`, 'Application received'),

  // 103
  other(`Hi Rahel,

Quick one: we need to reschedule your interview on Friday as the panel chair is unavailable. Would Monday at 2pm work instead? Apologies for the inconvenience.

Thanks,
Beth
HR Coordinator, Glenholm Water`, 'Interview reschedule'),

  // 104
  other(`Application Status: In Progress  |  Stage: Hiring Manager Review  |  Last updated: 30/11/2026  |  Req 51200 - Store Manager

No action is required from you at this time.`, 'Your application status has changed'),

  // 105
  other(`Hi Benedikt,

Thanks for joining the Meltwater Labs talent community! We'll send you roles that match your interests as they open up. You can update your preferences at any time.

https://click.example-ats.com/ls/click?upn=3DjLp-2Fz0

Meltwater Labs Recruiting`, 'Welcome to our talent community'),

  // 106
  other(`Hi Ottilie,

Thank you for coming in for your interview yesterday. The team really enjoyed meeting you. We're still meeting a few candidates this week and expect to make a decision by next Friday. We'll be in touch either way.

Best wishes,
Adrian Hale
Studio Manager, Kettle & Pine`, 'Thank you for coming in'),

  // 107
  other(`Hi Luca,&nbsp;<br><br>Thanks for completing the online assessment &ndash; we&rsquo;re pleased to let you know you&rsquo;ve passed and we&rsquo;d like to invite you to our assessment centre on 14 January.&nbsp;Details to follow.<br><br>Graduate Recruitment Team<br>Harcourt Actuarial`, 'Assessment result: next stage'),

  // 108
  other(`Dear Mr Oyelaran,

We acknowledge receipt of your application for the post of Senior Lecturer in Nursing (Ref: HU-2291). The closing date is 15 January. Shortlisting will take place after this date, and candidates who are not contacted within four weeks of the closing date should assume that they have not been shortlisted.

Human Resources, Harlow University`, 'Acknowledgement: HU-2291'),

  // 109
  other(`hey mia - got your CV thanks! really interesting background. passing to the team now and will come back to you early next week. sent from my phone`, 'Re: design role'),

  // 110
  other(`Dear Rashida,

Thank you for your email. I'm sorry to hear about your experience with the
previous recruitment process. I have passed your comments to our Head of
Talent, who will respond to you directly within five working days.

Kind regards,
Candidate Care Team, Oldbridge Banking Group`, 'RE: Complaint about recruitment process'),

  // 111
  other(`Status: Offer extended  |  Last updated: 04/12/2026  |  Requisition 60133

Congratulations! Please review and accept your offer in the candidate portal by 11/12/2026.`, 'Action required: review your offer'),

  // 112
  other(`Hi Piotr,

Great news, you've been shortlisted for the Electrician role at Thornbury
Homes. The next step is a short skills test at our training centre.
Please pick a slot using the link below.

https://click.example-ats.com/ls/click?upn=3DrTe-2F88

Thornbury Homes Recruitment`, 'Shortlisted: next step'),

  // 113
  other(`Weâ€™re hiring! ðŸš€

Hi Esme, you applied to Ferncastle before, so we wanted to let you know weâ€™ve just opened 12 new roles across engineering, design and operations. Take a look and apply at careers.ferncastle.example.

The Ferncastle Team
Youâ€™re receiving this because you applied to Ferncastle. Unsubscribe`, 'New roles at Ferncastle'),

  // 114
  other(`Dear Yannick,

Thank you for accepting our offer for the Logistics Planner role. Your start date is confirmed as Monday 4 January at 8:30. Please report to reception at Unit 7, Pemberton Park.

Regards,
HR, Calloway Foods`, 'Welcome aboard'),

  // 115
  other(`Hi Imani,

Thanks for your application to the Customer Insights Manager role. Unfortunately the application form on our site had a technical fault last week and some CVs weren't attached. Could you please reply with your CV so we can review your application?

Sorry for the hassle,
Recruiting, Solenne Beauty`, 'Action needed: please resend your CV'),

  // 116
  other(`Dear Candidate, Thank you for your interest in the position of Plant Operator.This is to confirm that your application has been successfully submitted.Reference: PO-88213Please keep this reference for future correspondence.Regards, Ridgefield Water Treatment`, 'Application submitted - PO-88213'),

  // 117
  other(`Hi Frankie,

Thank you for your interest in the Junior Developer role. We've paused the listing on our side after receiving an unusually high number of applications in the first 48 hours, but applications already submitted, including yours, are being reviewed as normal. We'll update you within two weeks.

Torchlight Software`, 'Junior Developer - listing closed to new applicants'),

  // 118
  other(`Your daily job matches - 7 new jobs

Senior Accountant - Brookfield Partners - Manchester
Financial Controller - Elmwood Group - Stockport
Management Accountant - Varley Foods - Salford
...

Not interested in these? Tell us and we'll improve your matches.
https://click.example-jobboard.com/ls/click?upn=3DxP0o`, 'Your daily job matches'),

  // 119
  other(`Hi Bruno,

Thanks for the final interview on Monday. The team was really impressed and we'd like to move to references. Could you send contact details for two referees, including your most recent manager?

Best,
Signe Dahl
Head of People, Krona Finans`, 'References'),

  // 120
  other(`Dear Adaeze,

Thank you for registering with Hollingbrook Recruitment. One of our consultants will be in touch within 48 hours to talk about the kinds of roles you're looking for.

Hollingbrook Recruitment
[cid:image003.png@01DA5E11.C0D4A8B0]`, 'Welcome to Hollingbrook'),

  // 121
  other(`Hi Cormac,

We're sorry you didn't get to finish the online test; it looks like our platform timed out for several candidates on Tuesday. We've reset your link and you can retake it any time before Sunday.

https://click.example-ats.com/ls/click?upn=3DnMb-2F7

Candidate Support, Sterndale Assessments`, 'Your assessment link has been reset'),

  // 122
  other(`Status: Application complete  |  Last updated: 19/11/2026  |  Requisition 47720  |  Next step: None at this time`, 'Application complete'),

  // 123
  other(`Hi Noa,

Thank you for your interest in Glasswing. We've received your application
for the Customer Success Lead role and we're reviewing it now. We usually
get back to candidates within 2 weeks. In the meantime, have a look at our
blog to learn more about how we work.

The Glasswing People Team`, 'We got your application'),

  // 124
  other(`Dear Dominika,

This is a reminder that your panel interview for the Clinical Coder position is tomorrow, Wednesday 9 December, at 09:15 in Room 2.14, Education Centre. If you can no longer attend, please let us know as soon as possible.

Recruitment, Lowfield Hospitals NHS Trust
Please do not reply to this automated reminder.`, 'Reminder: interview tomorrow'),

  // 125
  other(`Hi Ravi,

Thanks for reaching out about the feedback on your interview last month. I've booked us a 20-minute call for Thursday at 4pm; invite attached. Looking forward to chatting.

Best,
Kasia
Recruiter, Marlowe Tech`, 'Feedback call'),

  // 126
  other(`Hi Lindiwe,

I'm a recruiter at Peregrine Talent and came across your profile. I'm working on a Programme Manager role with a healthcare client in Cape Town, and I think your background could be a great fit. Would you be open to a quick chat this week?

Regards,
Thabo Nkosi
Peregrine Talent`, 'Programme Manager opportunity'),

  // 127
  other(`Dear Emeka,

Thank you for attending the assessment day. We are pleased to confirm that you have been successful and we would like to offer you a place on our 2027 Graduate Scheme. Your offer pack will follow by post.

Congratulations!
Graduate Team, Wrenfield Engineering`, 'Graduate Scheme 2027 - outcome'),

  // 128
  other(`Hi Anya, just to let you know the client is still interviewing this week and hasn't made a decision yet. Nothing to worry about, they've just got a lot of candidates. I'll call you as soon as I hear. Sam @ Tenby Recruitment`, 'Re: Re: Compliance role'),

  // 129
  other(`Dear Karim,

Please find attached your interview expenses claim form. Complete and return it within 30 days with receipts and we will reimburse you.

Finance Administration, Harrowgate College`, 'Interview expenses'),

  // 130
  other(`THANK YOU FOR YOUR APPLICATION

Hi Zofia,

Weâ€™ve received your application for Warehouse Team Leader at Oakridge
Fulfilment. Our hiring team will be in touch if your experience matches
our requirements. In the meantime, why not follow us on LinkedIn?

Oakridge Fulfilment Careers`, 'THANK YOU FOR YOUR APPLICATION'),

  // 131
  hold('application', ['generic'], {},
    `Dear Henrike,

Thank you for your application for the Pharmacy Technician post. Unfortunately the closing date has been extended to 20 December as we would like to widen the field. Your application is still under consideration and you do not need to reapply.

Regards,
Resourcing, Elmbrook Pharmacy Group`, 'Closing date extended'),
];
