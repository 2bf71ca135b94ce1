/**
 * Development messages of the hundred-and-eleventh round: the flags and the feedback told indirectly, each beside a
 * near twin that differs only in that sentence. Every message is written from scratch, from employers and agency
 * recruiters in the US, UK, Ireland, India, Australia, Canada, South Africa and Singapore, from one-liners to long
 * formal letters. First, specific feedback in unusual shapes and places: buried in the middle of a long university
 * letter, in a client's note pasted or forwarded by an agency recruiter in the third person ("I felt he hadn't run a
 * P&L", "Candidate's SQL is rusty"), an interview board's summary released about "the candidate", "the team noted
 * ...", "one thing that came up ...", "where it fell short was ...", "the interviewers would have liked to see ...",
 * "the deciding factor was ...", a bullet list of notes, a reply to the candidate's request, a postscript, a
 * WhatsApp relayed, whom the post was offered to; each twin has only praise ("an impressive background", "the team
 * noted how much energy you brought", "your presentation was strong", "impressed by your bilingualism"), a ranking,
 * a list of process numbers or a refusal. Second, the open door mid-letter (future openings welcomed, a profile
 * flagged to a team hiring next quarter, "don't let this put you off applying again", a talent community, "I'll be
 * in touch if something closer to your background comes up", an agency's promise to call, a CV kept for later
 * openings, a merit pool, "keep an eye on our careers page and apply again", the CV shared with the group's other
 * sites) beside twins that open nothing: good wishes, the same words as a wish ("I hope something closer comes up
 * for you"), a twelve-month bar, a PDPA or NHS retention-and-deletion notice, a pointer to current vacancies, a
 * careers link in a signature, a talent-network banner in an ATS footer, a recruiter's other live roles or a
 * request for referrals. Third, feedback offered ("happy to jump on a call to share the panel's notes", "just reply
 * to this email", "available on request within 28 days", "write to us within 15 days", a debrief booked for every
 * panel candidate, the decider's notes talked through) beside refusals ("unable to provide individual feedback",
 * "due to the volume of applications", "not shared as per company policy", "results are final", "no debriefs at
 * this stage") and courtesies (a travel-claim contact, an unmonitored mailbox, the decider's thanks, an application
 * guide). Fourth, look-alikes: acknowledgements promising to "be in touch", "under review" notices, "still
 * reviewing", interview and assessment invitations (one naming the other candidates, one regretting travel costs),
 * job alerts, a saved job closed, hiring-process surveys, offers that regret a detail, reference requests, recruiter
 * pitches, a withdrawal confirmed, an interview moved, a calendar decline, an employer agreeing to a feedback call
 * above a quoted decline, the candidate's own request, a feedback request acknowledged; and six paused processes.
 *
 * Labelling choices (LABELS.md and the dev-100 to dev-110 conventions):
 * Feedback: feedback is a specific statement of why this candidate was declined or what fell short - a named
 * requirement, skill, licence, language, domain or number of years; a fault, score or benchmark of a test or
 * exercise; a concrete remark about this candidate's answers or presentation; the candidate's own pay figure, city
 * or office days; the candidate's own career told against the role. Praise is never feedback, however concrete: "your
 * walkthrough of the migration project was excellent" with "we offered the role to another candidate" is not
 * feedback; the same praise beside a named missing requirement is feedback because of the requirement. A ranking
 * ("other candidates scored more highly"), "a closer match", "not the right fit for the team", process numbers and
 * a refusal of feedback are not feedback. Feedback told about the candidate in the third person (a client's note
 * forwarded or pasted by a recruiter, a board's summary) counts as if told to them. A test decline is feedback only
 * when it names the score, the benchmark or the fault.
 * Reasons: a named missing requirement or a thin answer on a named domain ("answers on safeguarding were thin",
 * "SQL is rusty", "hadn't run a P&L", Afrikaans, French, NEC4, CEng, a union retrenchment process) is `skills_gap`;
 * a concrete remark on how this candidate answered or presented with no requirement named (a presentation over time,
 * answers that described the team's decisions) is `profile_mismatch` with feedback; "other candidates scored more
 * highly", "not ranked highly enough", "a closer match", "more closely met the needs" are `profile_mismatch`; "went
 * with someone else", "move forward with another candidate", "a strong field", volume of applications, "not
 * shortlisted" are `generic`; an offer made or accepted, "the panel appointed", "the post was offered to" add
 * `position_filled` beside any other reason given ("chose"/"selected"/"gone with" alone do not); a role pulled in a
 * restructure is `role_closed`; office days or a home city told about this candidate are `location`; a test or
 * written exercise "not scored highly enough" / "did not meet the standard" is `assessment`, while after a take-home
 * a decline that speaks only of other submissions is `generic`; "she'd be bored, she's run a whole region" is
 * `overqualified`. A job description that mentions office days without making them the reason gives no `location`.
 * Stage: the furthest step the message names; a panel, a presentation to a panel, a pairing session or video
 * interviews are `interview`; a final round or "another finalist" is `final`; a take-home, written exercise, case
 * assessment or online test with no interview named is `assessment`; a recruiter's or HR call is `screen`; a letter
 * naming no call, test or interview is `application`. In a thread the newest message is labelled, and its stage is
 * read from the whole thread.
 * Door: open when the sender invites future applications ("we'd welcome an application for future openings",
 * "don't let this put you off applying again", "keep an eye on our careers page and apply again", "we'd encourage
 * you to apply for other roles with us", "welcome to reapply after six months"), keeps the candidate in a talent
 * community, database or merit pool to be considered or contacted, shares the CV with other sites that may contact
 * them, or promises to reach out ("I've flagged your profile to the team hiring next quarter", "I'll be in touch if
 * something closer comes up", "I'll call you the minute the next one lands", "I'll put you straight back in when it
 * is re-advertised"). Not a door: good wishes, the same words as a hope for the candidate ("I hope something closer
 * comes up for you"), an information-only pointer to what is open now ("details of our other current vacancies can
 * be found on our careers page", "all current openings are listed at ...", a careers link in a signature), a
 * talent-network link in an ATS footer the letter does not offer, a retention notice that only says how long data
 * is kept before deletion, a bar on reapplying, a recruiter's other live roles and a request for referrals. So a
 * careers page opens the door only with an invitation to apply, not when it is merely named.
 * Feedback offered: an offer to share or talk through notes, an invitation to reply or write in for feedback, feedback
 * "available on request" (also within a deadline or after the campaign closes), a debrief offered to all panel
 * candidates. Not offered: any refusal, "do not reply", an offer to help with travel claims or the process, the
 * decider's thanks, a link to a general guide.
 * Other / on hold: an employer agreeing to a feedback call above a quoted decline, the candidate's own mail, an
 * acknowledgement of a feedback request, "if you haven't heard within three weeks please assume ..." in an
 * acknowledgement, a calendar decline, a saved job closed and an offer that regrets a detail are `other`. A paused
 * process with the candidate still in the running is `on_hold`: a hiring freeze, budget approval, a structure review
 * or a merger is `role_closed`; a panel member on leave or internal applicants seen first is `generic`.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d111-');

export const HANDWRITTEN_DEV_111: readonly CorpusLine[] = [
  // ── 1. Specific feedback in unusual shapes and places, each beside a near twin with only praise or boilerplate
  // buried in a long formal letter (UK university) / twin with praise only
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Ms Okafor,

Re: Faculty Operations Manager, Faculty of Science (Ref. PS-04417)

Thank you for attending the interview on Wednesday 12 March and for the time you gave to the process, including the in-tray exercise that the panel set on the day. I know that interviews at the University involve a good deal of preparation, and the panel asked me to pass on their thanks.

The panel met after the last interview and considered each candidate carefully against the essential and desirable criteria in the person specification. I am sorry to tell you that you have not been successful on this occasion. The panel's view was that the post needs someone who has already held full budget responsibility at faculty level - the Faculty's non-pay budget is a little over £3.2 million - and the examples you gave at interview were all from departmental budgets of around £250,000. They felt that this gap would be too large to close in the first year in post.

I appreciate that this will be disappointing news. The University received 58 applications for this post and shortlisted six, which reflects the strength of your application.

Your application will be retained by Human Resources in accordance with the University's records retention schedule, after which it will be securely destroyed.

With best wishes,

Anne-Marie Crowther
HR Adviser (Recruitment)
University of Northfleet`, 'Faculty Operations Manager (PS-04417) - outcome'),

  rej('interview', ['generic'], {},
    `Dear Mr Lindqvist,

Re: Faculty Operations Manager, Faculty of Engineering (Ref. PS-04452)

Thank you for attending the interview on Thursday 20 March and for the time you gave to the process, including the in-tray exercise that the panel set on the day. I know that interviews at the University involve a good deal of preparation, and the panel asked me to pass on their thanks.

The panel met after the last interview and considered each candidate carefully against the essential and desirable criteria in the person specification. I am sorry to tell you that you have not been successful on this occasion. The panel enjoyed meeting you and were impressed by the breadth of your career to date; it was a strong field and the decision was a difficult one.

I appreciate that this will be disappointing news. The University received 61 applications for this post and shortlisted six, which reflects the strength of your application.

Your application will be retained by Human Resources in accordance with the University's records retention schedule, after which it will be securely destroyed.

With best wishes,

Anne-Marie Crowther
HR Adviser (Recruitment)
University of Northfleet`, 'Faculty Operations Manager (PS-04452) - outcome'),

  // agency recruiter forwarding the client's words in the third person
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Ravi,

Sorry for the slow reply - I wanted proper feedback from Fenwick Foods before coming back to you. Here's what Helen (their COO) sent me this morning, pasted as she wrote it:

"Thanks Tom. We liked Ravi and he interviewed well. But I felt he hadn't run a P&L - everything he described was cost-centre budgets, and the GM here owns revenue and margin for the whole site. That's the job, so it's a no from us on this one."

Not the answer either of us wanted. Speak Monday.

Tom Brereton
Operations & Supply Chain | Ashdown Search | Nottingham`, 'Fenwick Foods - Site GM'),

  rej('interview', ['generic'], {},
    `Hi Ravi,

Sorry for the slow reply - I wanted a proper answer from Greyfield Dairies before coming back to you. Here's what Helen (their COO) sent me this morning, pasted as she wrote it:

"Thanks Tom. Ravi has clearly got an impressive background and we enjoyed the conversation. We've decided to go another way with this one, but please pass on our thanks to him."

Not the answer either of us wanted. Speak Monday.

Tom Brereton
Operations & Supply Chain | Ashdown Search | Nottingham`, 'Greyfield Dairies - Site GM'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Nikhil,

Greetings from Talentbridge Consulting.

Please find below the feedback shared by the client's TA team on your L2 technical round for the Senior Data Analyst position (held on 22nd Feb):

"Candidate's SQL is rusty - could not write the window function for the running total and needed help with the join on the date dimension. Python basics are okay. Not moving ahead to L3."

As the client needs strong hands-on SQL for this role, we will not be able to take your profile further for this opening.

Thanks & Regards,
Shruti Kulkarni
Talentbridge Consulting, Pune`, 'Feedback - Senior Data Analyst (L2)'),

  rej('interview', ['generic'], {},
    `Hi Nikhil,

Greetings from Talentbridge Consulting.

Please find below the status shared by the client's TA team on your L2 technical round for the Business Analyst position (held on 24th Feb):

"Candidate has good communication and a decent profile. Not shortlisted for L3."

Hence we will not be able to take your profile further for this opening.

Thanks & Regards,
Shruti Kulkarni
Talentbridge Consulting, Pune`, 'Status - Business Analyst (L2)'),

  // interview board's summary released to the candidate (Ireland), twin with a ranking only
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Gráinne,

Post: Social Care Leader, Residential Children's Services (Competition SCL/24/09)

Thank you for attending for interview on 9 October. I regret to inform you that you have not been placed on the panel for this post.

You asked at interview whether the board's comments could be shared with you, and the interview board has agreed that the following summary may be released:

"The board found the candidate personable and well prepared on the care planning questions. The candidate's answers on safeguarding were thin: she was not able to set out the steps for reporting a disclosure under Children First, or say who the Designated Liaison Person would be in a residential centre. This is an essential competency for a Social Care Leader."

I hope this is of some help to you.

Is mise le meas,
Declan Furlong
Recruitment Officer, Midlands Community Healthcare`, 'SCL/24/09 - result of interview'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Orla,

Post: Social Care Leader, Residential Children's Services (Competition SCL/24/09)

Thank you for attending for interview on 10 October. I regret to inform you that you have not been placed on the panel for this post.

The interview board found you personable and well prepared and enjoyed meeting you. However, other candidates scored more highly across the competencies, and only the top four candidates in order of merit have been placed on the panel.

Thank you for your interest in working with us.

Is mise le meas,
Declan Furlong
Recruitment Officer, Midlands Community Healthcare`, 'SCL/24/09 - result of interview'),

  // "the team noted your ..."
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Jordan,

Thanks for the two interviews last week, and for being so patient while we pulled the notes together. We've decided not to move forward to an offer for the Backend Engineer role.

The team noted that your production experience is mostly with Postgres and MySQL, and this role needs someone who has run Cassandra or a similar wide-column store in production, on-call included. It came up in three of the four conversations, so I wanted to be straight with you about it.

We did enjoy meeting you.

Best,
Priya Raman
Engineering Manager, Loomwork (Austin, TX)`, 'Backend Engineer - update'),

  rej('interview', ['generic'], {},
    `Hi Tyler,

Thanks for the two interviews last week, and for being so patient while we pulled the notes together. We've decided not to move forward to an offer for the Backend Engineer role.

The team noted how much energy you brought to the conversations, and everyone enjoyed meeting you. After a lot of discussion we've chosen to move forward with another candidate.

Best,
Priya Raman
Engineering Manager, Loomwork (Austin, TX)`, 'Backend Engineer - update'),

  // "one thing that came up was ..." (Australia)
  rej('interview', ['skills_gap'], { ...fb },
    `Hey Lachlan,

Thanks heaps for coming in to meet Dee and me last Tuesday - it was a good chat and the coffee was on us for a reason.

We've talked it over and we're not going to offer you the Venue Manager job. One thing that came up when we went back over it was rostering and payroll under the Hospitality Award. You mentioned your last two venues had a head-office team doing the rosters and the wages, and here the venue manager builds the roster and signs off the pays every fortnight, penalty rates and all. We need someone who's done that before from day one.

Good luck with it all, mate.

Cheers,
Marco Bellini
Owner | The Tidewater Hotel | Fremantle WA`, 'Venue Manager'),

  rej('interview', ['position_filled'], {},
    `Hey Bianca,

Thanks heaps for coming in to meet Dee and me last Wednesday - it was a good chat and the coffee was on us for a reason.

We've talked it over and we're not going to offer you the Venue Manager job. One thing that came up when we went back over it was how much Dee loved your story about the wedding in the cyclone - it's still doing the rounds in the kitchen. In the end we offered the role to another applicant and he's accepted.

Good luck with it all.

Cheers,
Marco Bellini
Owner | The Tidewater Hotel | Fremantle WA`, 'Venue Manager'),

  // "where it fell short was ..." after a take-home (Canada)
  rej('assessment', ['assessment'], { ...fb },
    `Hi Émilie,

Thanks for turning the take-home around so quickly. Two of us reviewed it on Friday.

There was a lot to like: the README was clear and the tests ran first time. Where it fell short was error handling. When the payment provider stub returned a decline, your endpoint still answered 200 and marked the order as paid, and retries created a second charge. Handling those cases was really the point of the exercise, so we won't be moving you to the interview stage this time.

Thanks again for the effort you put in.

Best,
Gareth Kwan
Engineering Lead, Portage Pay | Toronto, ON`, 'Take-home review'),

  rej('assessment', ['generic'], {},
    `Hi Mathieu,

Thanks for turning the take-home around so quickly. Two of us reviewed it on Friday.

We had a lot of strong submissions this round, and yours was not among the few we've selected for the interview stage this time.

Thanks again for the effort you put in.

Best,
Gareth Kwan
Engineering Lead, Portage Pay | Toronto, ON`, 'Take-home review'),

  // "the interviewers would have liked to see ..." (Singapore)
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Mr Tan,

Thank you for attending the interviews for the position of Assistant Vice President, Regulatory Reporting, on 3 and 7 June.

We have carefully considered your candidature and regret to inform you that we will not be proceeding further. The interviewers would have liked to see more hands-on depth in MAS 610 and MAS 1003 returns; your experience has been largely on the management reporting side, and the role will be responsible for preparing and reconciling the statutory returns from the first quarter.

We thank you for your interest in Straits Meridian Bank and wish you success in your career.

Yours sincerely,
Human Capital - Talent Acquisition
Straits Meridian Bank Ltd, Singapore`, 'Your application - AVP, Regulatory Reporting'),

  rej('interview', ['generic'], {},
    `Dear Ms Lim,

Thank you for attending the interviews for the position of Assistant Vice President, Regulatory Reporting, on 4 and 8 June.

We have carefully considered your candidature and regret to inform you that we will not be proceeding further. The interviewers would like to thank you for your time and for the thoughtful conversation.

We thank you for your interest in Straits Meridian Bank and wish you success in your career.

Yours sincerely,
Human Capital - Talent Acquisition
Straits Meridian Bank Ltd, Singapore`, 'Your application - AVP, Regulatory Reporting'),

  // "the deciding factor was ..." (South Africa)
  rej('interview', ['skills_gap'], { ...fb },
    `Good afternoon Johan,

Thank you for making the trip to Caledon for the interview last week. We have now met all four candidates for the Branch Manager position.

I'm sorry to let you know that we won't be offering you the position. You came across as a capable manager and the panel liked your ideas for the stock room. The deciding factor was Afrikaans: most of the farmers and co-op members the Overberg branch serves speak Afrikaans first, and the manager has to negotiate and resolve account queries in the language. You told us you can follow a conversation but aren't comfortable working in it, and that was the difference.

Kind regards,
Elmarie Steyn
Human Resources | Overberg Agri Supplies (Pty) Ltd`, 'Branch Manager - Caledon'),

  rej('interview', ['profile_mismatch'], {},
    `Good afternoon Sizwe,

Thank you for making the trip to Caledon for the interview last week. We have now met all four candidates for the Branch Manager position.

I'm sorry to let you know that we won't be offering you the position. You came across well and the panel liked meeting you. The deciding factor was the other candidate's experience, which lined up a little more closely with what the branch needs right now.

Kind regards,
Elmarie Steyn
Human Resources | Overberg Agri Supplies (Pty) Ltd`, 'Branch Manager - Caledon'),

  // a short bullet list of feedback points / a twin whose bullets are only process numbers
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Hattie,

Thanks for coming in on Monday to talk us through your portfolio. We've decided not to take your application for the Senior Product Designer role any further, and you asked for our notes, so here they are in brief:

- Visual craft: strong. The checkout redesign was the best piece anyone brought in.
- Research: this is where it fell short for us. You couldn't tell us about a usability study you had planned and run yourself, and in this squad the designer leads research - there's no researcher to lean on.
- Working with engineers: good examples, especially the design-token work.

Thanks again for your time.

Felix
Design Lead, Quayside Health (Bristol)`, 'Senior Product Designer - notes'),

  rej('interview', ['position_filled'], {},
    `Hi Amara,

Thanks for coming in on Monday to talk us through your portfolio. We've now closed the process for the Senior Product Designer role, and I promised everyone a clear summary of where it ended up:

- 63 applications
- 7 first interviews (you were one of them)
- 3 second interviews
- 1 offer made and accepted

So I'm sorry to say it won't be you this time. Thanks again for your time.

Felix
Design Lead, Quayside Health (Bristol)`, 'Senior Product Designer - where we landed'),

  // feedback in a reply to the candidate's request / a reply that refuses it
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Dana,

Of course - glad to. The main thing was the Salesforce admin side. The team really needs someone who is already a certified administrator and has built Flows end to end, because they're migrating all of the old workflow rules this year. In the panel you said you'd mostly worked with reports and dashboards, and the candidate we chose had done two migrations like ours. Everything else was a real strength, for what it's worth.

Take care,
Monique Baptiste
Talent Partner, Harlow Grove Insurance

On Tue, Apr 8, 2025 at 9:14 AM Dana Whitfield wrote:
> Hi Monique, thanks for letting me know. I'm disappointed but I appreciate the quick answer. Would you be able to share any feedback from the panel? It would really help for my next interviews.
> Dana`, 'Re: Sales Operations Analyst - decision'),

  rej('interview', ['generic'], {},
    `Hi Kendra,

Thanks for asking, and I understand why you'd want it. I'm afraid our policy is that we don't share interview feedback with candidates, so I can't go further than the decision itself. I'm sorry that's not more helpful.

Take care,
Monique Baptiste
Talent Partner, Harlow Grove Insurance

On Wed, Apr 9, 2025 at 4:51 PM Kendra Osei wrote:
> Hi Monique, thanks for letting me know the outcome of the panel interview. Would you be able to share any feedback? It would really help me for future interviews.
> Kendra`, 'Re: Sales Operations Analyst - decision'),

  // specific praise with a concrete reason / the same specific praise with no reason (praise alone is not feedback)
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Tomasz,

Thank you for interviewing with us for the Head of Platform Engineering role last week. I wanted to write personally.

Your walkthrough of the ledger migration project was excellent - clear, honest about what went wrong, and the best answer we heard to that question. The reason we're not moving forward is that the role leads a 24/7 on-call rota of about 30 engineers across three time zones, and you haven't yet run an on-call function or an incident process at that size. We think that will come, but we need it from the start.

With thanks,
Helena Marsh
CTO, Brackwater Capital (London)`, 'Head of Platform Engineering'),

  rej('interview', ['position_filled'], {},
    `Dear Oluwaseun,

Thank you for interviewing with us for the Head of Platform Engineering role last week. I wanted to write personally.

Your walkthrough of the payments migration project was excellent - clear, honest about what went wrong, and one of the best answers we heard to that question. We have, however, offered the role to another candidate, who has accepted.

With thanks,
Helena Marsh
CTO, Brackwater Capital (London)`, 'Head of Platform Engineering'),

  // a remark on how this candidate presented / "your presentation was strong"
  rej('interview', ['profile_mismatch'], { ...fb },
    `Dear Ms Achterberg,

Thank you for attending the interview for the post of Policy and Public Affairs Manager on 2 May, and for the presentation you prepared.

I am sorry to say that you have not been successful. The panel asked me to pass on one point in particular: the presentation ran to about 25 minutes against the ten we had asked for, and by the time you reached your recommendation for the spending review submission there was no time left to test it with you. For a role that briefs ministers' offices at short notice, the panel gave that a lot of weight.

Yours sincerely,
Kathryn Doyle
Director of External Affairs, Cairnmore Housing Federation`, 'Interview outcome - Policy and Public Affairs Manager'),

  rej('interview', ['generic'], {},
    `Dear Mr Haldane,

Thank you for attending the interview for the post of Policy and Public Affairs Manager on 3 May, and for the presentation you prepared.

I am sorry to say that you have not been successful. Your presentation was strong and the panel enjoyed the discussion that followed it; in the end it was a very close decision.

Yours sincerely,
Kathryn Doyle
Director of External Affairs, Cairnmore Housing Federation`, 'Interview outcome - Policy and Public Affairs Manager'),

  // agency, the client's reason told in its words about the candidate (Australia)
  rej('interview', ['overqualified'], { ...fb },
    `Hi Renée,

Heard back from Saltbush Nurseries about Thursday. It's a no, and I'll give it to you the way they gave it to me. Their words: "She's run a whole region - six sites and a DC - and this is a single-site ops job with one team leader under it. She'd be bored in six months and we'd be back here."

I did argue the point, for what it's worth.

Cheers,
Jono Pratt
Retail & Operations | Eastcoast People | Newcastle NSW`, 'Saltbush - Ops Manager'),

  rej('interview', ['generic'], {},
    `Hi Mel,

Heard back from Saltbush Nurseries about Friday. It's a no, I'm afraid. They were impressed with you and said so, but they've decided to go with someone else and didn't give me anything more than that.

Cheers,
Jono Pratt
Retail & Operations | Eastcoast People | Newcastle NSW`, 'Saltbush - Ops Manager'),

  // feedback buried in a formal Indian letter / praise only
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Ms. Iyer,

Sub: Your candidature for the position of Deputy Manager - Financial Reporting

This has reference to your personal interview held at our Corporate Office, Andheri (East), on 17th January.

We thank you for the interest shown in Kesarwani Infra Projects Limited. The interview panel has evaluated all the candidates in detail. While the panel appreciated your articleship background and your clarity on the GST reconciliation questions, it observed that your exposure to Ind AS 116 lease accounting and to the consolidation of subsidiaries and joint ventures was limited, both of which form the core of this role. Accordingly, we regret that we are unable to offer you the position at this time.

We wish you all the very best in your future endeavours.

Yours faithfully,
For Kesarwani Infra Projects Limited
Manager - Human Resources`, 'Your candidature - Deputy Manager, Financial Reporting'),

  rej('interview', ['generic'], {},
    `Dear Mr. Bhatt,

Sub: Your candidature for the position of Deputy Manager - Financial Reporting

This has reference to your personal interview held at our Corporate Office, Andheri (East), on 18th January.

We thank you for the interest shown in Kesarwani Infra Projects Limited. The interview panel has evaluated all the candidates in detail. The panel observed that you have a sound academic record and good communication skills. However, we regret that we are unable to offer you the position at this time.

We wish you all the very best in your future endeavours.

Yours faithfully,
For Kesarwani Infra Projects Limited
Manager - Human Resources`, 'Your candidature - Deputy Manager, Financial Reporting'),

  // language level (Canada) / praise of the same thing with no reason
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Aidan,

Thank you for meeting with our team for the Client Success Lead position. I'm sorry to tell you we won't be moving forward.

The one area where it fell short was French. About half of the accounts this lead looks after are in Quebec, and the oral portion of the interview showed that your French isn't yet at the level needed to run a quarterly business review with those clients on your own. Everything else lined up well.

All the best,
Sophie Tremblay
Talent Acquisition | Northlake Software | Ottawa`, 'Client Success Lead'),

  rej('interview', ['generic'], {},
    `Hi Camille,

Thank you for meeting with our team for the Client Success Lead position. I'm sorry to tell you we won't be moving forward.

We were impressed by your bilingualism and by how at ease you were with the panel. After careful consideration, we've selected another candidate.

All the best,
Sophie Tremblay
Talent Acquisition | Northlake Software | Ottawa`, 'Client Success Lead'),

  // culture fit with what the candidate said / fit with nothing said
  rej('interview', ['culture_fit'], { ...fb },
    `Hey Marcus,

Thanks for the time with the team on Wednesday. We've decided not to move forward.

I want to give you a real reason. In the pairing session and again with Ines you said that you do your best work heads-down on your own and prefer to bring finished work to review. Here almost everything is paired or mobbed, all day, and people who want long solo stretches tend to find it draining. We don't think that's a knock on you - just not how we work.

Thanks again,
Ruth
Co-founder, Patchfield (Denver, CO)`, 'Patchfield'),

  rej('interview', ['culture_fit'], {},
    `Hey Nolan,

Thanks for the time with the team on Wednesday. We've decided not to move forward. We didn't feel it was the right fit with the team at this time, and we'd rather say so now than drag it out.

Thanks again,
Ruth
Co-founder, Patchfield (Denver, CO)`, 'Patchfield'),

  // office days told about this candidate (UK agency) / a role description that mentions the office but declines for fit
  rej('interview', ['location'], { ...fb },
    `Hi Gemma,

Right, news from Thornbury Legal. They liked you - Caroline said you were the most organised person they'd met for the Practice Support Manager job - but where it came unstuck was the office days. You told them two days a week in Leeds is the most you could do with the school run, and they need the manager in four days, no exceptions, because the partners are. So they won't be taking it further.

Chat later,
Kieran
Kieran Moss | Legal Support | Aire Valley Recruitment`, 'Thornbury Legal'),

  rej('application', ['profile_mismatch'], {},
    `Dear Gemma,

Thank you for applying for the Practice Support Manager position with Thornbury Legal. The role is based in our Leeds office with four office days a week and one at home, reporting to the Managing Partner.

We have reviewed your application against the requirements of the role and will not be progressing it, as other applicants matched the role more closely.

Kind regards,
HR Team
Thornbury Legal LLP`, 'Practice Support Manager - your application'),

  // whom the post went to (UK engineering consultancy)
  rej('interview', ['skills_gap', 'position_filled'], { ...fb },
    `Dear Ade,

Senior Structural Engineer - Bristol

Thank you for attending the interview with Chris and me on the 14th. I am writing to let you know that we have offered the post to a candidate who is already a Chartered Engineer with the IStructE. As you said yourself, you are still about a year away from your Chartered Membership exam, and for this post we need someone who can sign off designs from day one.

Kind regards,
Fiona Treharne
Associate Director, Pennant Williams Consulting Engineers`, 'Senior Structural Engineer'),

  rej('interview', ['profile_mismatch', 'position_filled'], {},
    `Dear Sean,

Senior Structural Engineer - Bristol

Thank you for attending the interview with Chris and me on the 15th. I am writing to let you know that we have offered the post to a candidate whose experience more closely matched our current needs.

Kind regards,
Fiona Treharne
Associate Director, Pennant Williams Consulting Engineers`, 'Senior Structural Engineer'),

  // feedback in a postscript
  rej('interview', ['skills_gap', 'position_filled'], { ...fb },
    `Dear Bethan,

Thank you for coming to interview for the Community Matron post on Friday. I'm sorry to let you know that on this occasion you have not been successful, and we have decided to offer the post to another applicant.

Thank you for your interest in Glasdir Community Health Services.

Best wishes,
Ceri Powell
Head of Community Nursing

P.S. Rhodri asked me to pass this on as you'd asked him on the day: all of the examples you gave were from acute wards, and the panel wanted to hear about managing long-term conditions in people's own homes, including the non-medical prescribing, which this role depends on.`, 'Community Matron - interview outcome'),

  // the client's e-mail forwarded under one line from the recruiter (Ireland)
  rej('interview', ['salary'], { ...fb },
    `Hi Conor, see below from the client. Sorry - I thought we'd get there on this one. Aisling

---------- Forwarded message ---------
From: Mark Geraghty
Date: Thu, 6 Mar 2025 at 17:02
Subject: RE: Conor Whelan - Financial Controller
To: Aisling Brady

Aisling,

Thanks for sending Conor in. He interviewed well and the board liked him. The issue is money: his expectation is €95k base and the band we have signed off is €78-82k. We can't go near that for this role, so we'll leave it there.

Regards,
Mark`, 'Fwd: RE: Conor Whelan - Financial Controller'),

  // agency (South Africa) relaying a WhatsApp from the client
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Nomvula

Just had a WhatsApp from Dumisani at Ridgeback Mining Services about Tuesday's interview. Copying it straight: "Thanks for sending her. Nice person. But she's never dealt with a union in a Section 189 process and the IR manager here will be in one by March. Can't risk it."

So it's a no from them. Sorry, I know you were keen.

Zanele Mthembu
Industrial Relations & HR | Kgosi Recruitment | Rustenburg`, 'Ridgeback - IR Manager'),

  // a remark about how answers were given, no requirement named (Singapore public sector)
  rej('interview', ['profile_mismatch'], { ...fb },
    `Dear Ms Ong,

Thank you for attending the interview for the position of Senior Manager (Community Partnerships) on 12 August.

We regret to inform you that your application has not been successful. The interviewers would have liked to see more of your own part in the examples you gave: your answers tended to describe what your team or your director decided, and the panel found it difficult to tell which decisions you had made yourself.

Thank you for your interest in a career in the Public Service.

Yours sincerely,
Human Resource Division
Agency for Neighbourhood Development, Singapore`, 'Application for Senior Manager (Community Partnerships)'),

  // one-liners
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Sam - we went with someone who's already Xero-certified and has done month-end for a group of companies, which you haven't yet. Thanks for coming in though. Jill`, 'Bookkeeper'),

  rej('interview', ['generic'], {},
    `Hi Sam - we went with someone else for the bookkeeper job. Thanks for coming in though. Jill`, 'Bookkeeper'),

  // psychometric scores named / a bare "did not meet the benchmark"
  rej('assessment', ['assessment'], { ...fb },
    `Dear Candidate,

Thank you for completing the online assessments for the Tanjong Logistics Management Associate Programme 2025.

Your results were as follows:
Numerical reasoning: 41st percentile (benchmark: 55th percentile)
Verbal reasoning: 72nd percentile (benchmark: 55th percentile)
Situational judgement: 60th percentile (benchmark: 50th percentile)

As your numerical reasoning result did not meet the benchmark for the programme, we will not be inviting you to the video interview stage.

Regards,
Early Talent Team
Tanjong Logistics Group, Singapore`, 'MAP 2025 - assessment results'),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the online assessments for the Tanjong Logistics Management Associate Programme 2025.

Unfortunately, your results did not meet the benchmark required for the programme, and we will not be inviting you to the video interview stage.

Regards,
Early Talent Team
Tanjong Logistics Group, Singapore`, 'MAP 2025 - assessment results'),

  // ── 2. The open door in unusual shapes, buried mid-letter, each beside a near twin that opens nothing
  // an invitation to apply for future openings / good wishes only (UK charity)
  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Harriet,

Fundraising Manager (Trusts and Foundations) - interview on 28 January

Thank you for coming to meet Samir and me last week, and for the care you took with the draft application to the Lindqvist Foundation. It was a pleasure to talk to someone who clearly enjoys the craft of a good bid.

We have now completed the interviews. I am sorry to tell you that we will not be offering you the role, as another candidate's experience matched the portfolio we need to manage this year a little more closely. We would welcome an application from you for future openings in the fundraising team that match your experience - we expect to recruit a Major Donors Officer later in the year - and I hope you will look out for them.

I know this is disappointing after the work you put in. Thank you again for your interest in Brightwater Hospice and for everything you said about your own family's time with us.

With warm wishes,
Philippa Marsh
Director of Income Generation, Brightwater Hospice`, 'Fundraising Manager - interview outcome'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Josephine,

Fundraising Manager (Trusts and Foundations) - interview on 29 January

Thank you for coming to meet Samir and me last week, and for the care you took with the draft application to the Lindqvist Foundation. It was a pleasure to talk to someone who clearly enjoys the craft of a good bid.

We have now completed the interviews. I am sorry to tell you that we will not be offering you the role, as another candidate's experience matched the portfolio we need to manage this year a little more closely. We wish you the very best of luck in your search, and I am sure the right role is out there for you.

I know this is disappointing after the work you put in. Thank you again for your interest in Brightwater Hospice.

With warm wishes,
Philippa Marsh
Director of Income Generation, Brightwater Hospice`, 'Fundraising Manager - interview outcome'),

  // a profile flagged to another team hiring next quarter / a pointer to what is open now
  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Andre,

Really appreciated the call on Tuesday. I talked it through with the hiring manager and we're not going to move you forward for the Analytics Engineer role - she needs someone who's already shipped dbt models in production, and that's not something you've had the chance to do yet.

That said, I've flagged your profile to Marisol, who's hiring for two data analysts on the Growth team next quarter, and I've told her you'd be a strong fit there. She or I will reach out when those open up in July.

Thanks again,
Caleb Stone
Recruiting, Fernhill Labs (remote, US)`, 'Analytics Engineer'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Brianna,

Really appreciated the call on Tuesday. I talked it through with the hiring manager and we're not going to move you forward for the Analytics Engineer role - she needs someone who's already shipped dbt models in production, and that's not something you've had the chance to do yet.

For reference, all of Fernhill's current openings are listed at fernhill.example/jobs.

Thanks again,
Caleb Stone
Recruiting, Fernhill Labs (remote, US)`, 'Analytics Engineer'),

  // "don't let this put you off applying again" / a twelve-month bar (Australia)
  rej('application', ['generic'], { ...door },
    `Hi Jasmine,

Thanks so much for applying for the 2025 Graduate Environmental Scientist program at Coolabah Water. We had more than 700 applications for 14 places this year, and I'm sorry to let you know that your application hasn't progressed to the next stage.

We know how much effort goes into these applications, so please don't let this put you off applying again - plenty of our current graduates were successful on their second go, and our Vacation Program opens in August.

All the best with the rest of your studies.

Kind regards,
Graduate Programs Team
Coolabah Water | Brisbane QLD`, 'Your Coolabah Water graduate application'),

  rej('application', ['generic'], {},
    `Hi Liam,

Thanks so much for applying for the 2025 Graduate Environmental Scientist program at Coolabah Water. We had more than 700 applications for 14 places this year, and I'm sorry to let you know that your application hasn't progressed to the next stage.

Please note that, under our program rules, applicants who are unsuccessful cannot apply to the Graduate Program again in the next 12 months.

All the best with the rest of your studies.

Kind regards,
Graduate Programs Team
Coolabah Water | Brisbane QLD`, 'Your Coolabah Water graduate application'),

  // talent community / a PDPA retention notice (Singapore)
  rej('application', ['profile_mismatch'], { ...door },
    `Dear Wei Ling,

Thank you for applying for the role of Marketing Executive at Harbourfront Living Pte Ltd.

We have reviewed your application carefully, and we regret that we will not be taking it further, as we have decided to proceed with candidates whose experience more closely matches the role. Your details will stay in our talent community, and our team will be in touch if a suitable marketing or communications role opens up in the coming months.

Thank you once again for your interest in Harbourfront Living.

Best regards,
Talent Acquisition
Harbourfront Living Pte Ltd`, 'Your application with Harbourfront Living'),

  rej('application', ['profile_mismatch'], {},
    `Dear Kai Xiang,

Thank you for applying for the role of Marketing Executive at Harbourfront Living Pte Ltd.

We have reviewed your application carefully, and we regret that we will not be taking it further, as we have decided to proceed with candidates whose experience more closely matches the role. In line with the Personal Data Protection Act, your personal data will be retained for six months from the close of this recruitment exercise for audit purposes and will then be deleted.

Thank you once again for your interest in Harbourfront Living.

Best regards,
Talent Acquisition
Harbourfront Living Pte Ltd`, 'Your application with Harbourfront Living'),

  // a personal promise to be in touch / the same words as a wish (Ireland)
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Cian,

Thanks for coming in to see us on Thursday. I'm sorry to say we're not going to offer you the Project Engineer role. We need someone with hands-on commissioning of pharma clean utilities - WFI and clean steam - and your background is mostly in food and beverage plants.

I enjoyed the conversation, and I'll be in touch if something closer to your background comes up; we have a food ingredients client starting a project in Cork next year and I'd expect to need people for it.

Best of luck,
Niall Coakley
Engineering Manager | Ardfinnan Process Engineering | Cork`, 'Project Engineer'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Eimear,

Thanks for coming in to see us on Friday. I'm sorry to say we're not going to offer you the Project Engineer role. We need someone with hands-on commissioning of pharma clean utilities - WFI and clean steam - and your background is mostly in food and beverage plants.

I enjoyed the conversation, and I hope something closer to your background comes up for you soon - there's a lot of activity in the sector at the moment.

Best of luck,
Niall Coakley
Engineering Manager | Ardfinnan Process Engineering | Cork`, 'Project Engineer'),

  // agency promising to call about the next role / listing other roles it has now (South Africa)
  rej('interview', ['position_filled'], { ...door },
    `Hi Kagiso

Thanks for going through to Midrand for the interview with Impala Cold Chain. They've offered the Fleet Manager position to another candidate and he's accepted, so that one's closed.

You did well to get an interview out of 40-odd CVs. I've got a couple of logistics clients who hire fleet people every few months, and I'll call you the minute the next one lands on my desk - you'll be first on the list.

Speak soon
Refilwe Dlamini
Transport & Logistics | Khanya Talent | Johannesburg`, 'Impala Cold Chain'),

  rej('interview', ['position_filled'], {},
    `Hi Thabo

Thanks for going through to Midrand for the interview with Impala Cold Chain. They've offered the Fleet Manager position to another candidate and he's accepted, so that one's closed.

At the moment I'm working on a Warehouse Supervisor role in Germiston and a Transport Planner in Pinetown - both are on our website under Logistics.

Speak soon
Refilwe Dlamini
Transport & Logistics | Khanya Talent | Johannesburg`, 'Impala Cold Chain'),

  // a CV kept to be considered / a CV kept for legal reasons only (India)
  rej('application', ['profile_mismatch'], { ...door },
    `Dear Mr. Chatterjee,

Thank you for your application for the position of Assistant Manager - Procurement at Deccan Aerospace Components Pvt. Ltd.

We have reviewed your profile carefully and regret to inform you that it has not been shortlisted, as it does not match the requirement closely enough at this time. We will keep your CV in our database and will consider you for suitable openings in our procurement and supply chain functions as they arise.

With best wishes,
HR Department
Deccan Aerospace Components Pvt. Ltd., Hyderabad`, 'Application - Assistant Manager, Procurement'),

  rej('application', ['profile_mismatch'], {},
    `Dear Ms. Reddy,

Thank you for your application for the position of Assistant Manager - Procurement at Deccan Aerospace Components Pvt. Ltd.

We have reviewed your profile carefully and regret to inform you that it has not been shortlisted, as it does not match the requirement closely enough at this time. Your CV will be kept on file for twelve months as required under applicable law, after which it will be securely destroyed.

With best wishes,
HR Department
Deccan Aerospace Components Pvt. Ltd., Hyderabad`, 'Application - Assistant Manager, Procurement'),

  // a hiring manager's message passed on (Canada)
  rej('final', ['profile_mismatch'], { ...door },
    `Hi Priyanka,

Thanks for your patience after the final round with Danielle and the VP. I'm sorry to tell you we've decided to go with another finalist whose background was a closer match for where the team is this year.

Danielle asked me to pass on one thing in particular: she'd love to see your name again when the Senior Program Manager role opens in the spring, and she'll ask me to reach out to you directly when it does.

Warmly,
Jenna McLeod
People & Talent | Boreal Health Analytics | Vancouver, BC`, 'Program Manager - final round'),

  rej('final', ['profile_mismatch'], {},
    `Hi Ravneet,

Thanks for your patience after the final round with Danielle and the VP. I'm sorry to tell you we've decided to go with another finalist whose background was a closer match for where the team is this year.

Danielle asked me to pass on her thanks for the time and thought you put into the case study and the panel.

Warmly,
Jenna McLeod
People & Talent | Boreal Health Analytics | Vancouver, BC`, 'Program Manager - final round'),

  // careers page with an invitation / the same page named as information (rule: only an invitation opens the door)
  rej('application', ['generic'], { ...door },
    `Dear Mr Adeyemi,

Thank you for applying for the role of Warehouse Team Leader at Pellow & Grant.

We received a large number of applications and, after careful consideration, we will not be taking yours forward on this occasion.

New roles open at our Daventry and Thurrock sites every month, so please do keep an eye on our careers page and apply again for anything that interests you.

Kind regards,
Recruitment Team
Pellow & Grant Distribution`, 'Warehouse Team Leader - application update'),

  rej('application', ['generic'], {},
    `Dear Ms Kowalczyk,

Thank you for applying for the role of Warehouse Team Leader at Pellow & Grant.

We received a large number of applications and, after careful consideration, we will not be taking yours forward on this occasion.

Details of our other current vacancies can be found on our careers page.

Kind regards,
Recruitment Team
Pellow & Grant Distribution`, 'Warehouse Team Leader - application update'),

  // an encouragement to apply for other roles mid-letter / a link in the signature only (US)
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Destiny,

Thank you for interviewing with us for the Clinical Operations Manager position at Sagebrush Health. It was great to hear about the work you've done on patient scheduling at the clinic.

After meeting with the other candidates, we've decided to move forward with someone who has managed clinical trial sites, which is central to this role and not something you've done yet. Because of your scheduling and patient-access experience, we'd really encourage you to apply for other roles with us - our patient access team is growing and posts new openings regularly. We also want to thank you for being so flexible with the interview times.

Best,
Lauren Pierce
Talent Acquisition, Sagebrush Health | Phoenix, AZ`, 'Clinical Operations Manager'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Brandon,

Thank you for interviewing with us for the Clinical Operations Manager position at Sagebrush Health. It was great to hear about the work you've done on patient scheduling at the clinic.

After meeting with the other candidates, we've decided to move forward with someone who has managed clinical trial sites, which is central to this role and not something you've done yet. We also want to thank you for being so flexible with the interview times.

Best,
Lauren Pierce
Talent Acquisition, Sagebrush Health | Phoenix, AZ
View open roles: sagebrushhealth.example/careers`, 'Clinical Operations Manager'),

  // "welcome to reapply after six months" / "not eligible for six months" (India, online test)
  rej('assessment', ['assessment'], { ...door },
    `Dear Candidate,

Thank you for taking the online coding assessment for the role of Software Engineer - I at Nimbusfort Technologies.

We regret to inform you that you have not cleared the assessment, and hence your candidature will not be taken forward for the interview rounds. You are welcome to reapply after six months, and we look forward to seeing your application again.

Regards,
Campus & Lateral Hiring Team
Nimbusfort Technologies, Bengaluru`, 'Assessment result - Software Engineer I'),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for taking the online coding assessment for the role of Software Engineer - I at Nimbusfort Technologies.

We regret to inform you that you have not cleared the assessment, and hence your candidature will not be taken forward for the interview rounds. As per our hiring policy, you will not be eligible to apply for any role with Nimbusfort for six months from the date of the assessment.

Regards,
Campus & Lateral Hiring Team
Nimbusfort Technologies, Bengaluru`, 'Assessment result - Software Engineer I'),

  // a merit pool (Australian public sector) / the same letter with no pool
  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Ms Nguyen,

APS 6 Policy Officer - Vacancy 25/0183

Thank you for participating in the selection process for the above vacancy, including your written application and interview on 4 April.

The selection panel assessed you as suitable for the role. However, you were not ranked highly enough against the other suitable candidates to be offered one of the current vacancies. Your name has been placed in a merit pool, which will remain open for 12 months, and you may be offered a similar APS 6 role from the pool during that time, in this department or in another agency.

If you have any questions about this process, please contact the recruitment team.

Yours sincerely,
People Branch
Department of Regional Services, Canberra`, 'Outcome - Vacancy 25/0183'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Mr Papadopoulos,

APS 6 Policy Officer - Vacancy 25/0183

Thank you for participating in the selection process for the above vacancy, including your written application and interview on 5 April.

The selection panel did not assess you as suitable for the role when compared against the other candidates and the requirements of the position, and you will not be offered one of the current vacancies.

If you have any questions about this process, please contact the recruitment team.

Yours sincerely,
People Branch
Department of Regional Services, Canberra`, 'Outcome - Vacancy 25/0183'),

  // a promise to reach out / good wishes for the move (Australia)
  rej('interview', ['location'], { ...fb, ...door },
    `Hey Zoe,

Thanks for the video chat on Monday. As you know, the Product Owner role is based in our Sydney office three days a week, and with you based in Melbourne and not planning to move, we can't make it work for this one.

Let's stay in touch though. We're opening a Melbourne hub in the new year and I'll reach out as soon as the team there starts hiring.

Cheers,
Ollie Brennan
Head of Product, Tumbleweed Insurance | Sydney`, 'Product Owner'),

  rej('interview', ['location'], { ...fb },
    `Hey Ash,

Thanks for the video chat on Monday. As you know, the Product Owner role is based in our Sydney office three days a week, and with you based in Melbourne and not planning to move, we can't make it work for this one.

Good luck with the search, and enjoy the coffee down there.

Cheers,
Ollie Brennan
Head of Product, Tumbleweed Insurance | Sydney`, 'Product Owner'),

  // NHS letter: encouragement to apply for future posts / retention and deletion only
  rej('interview', ['profile_mismatch', 'position_filled'], { ...door },
    `Dear Miss Adebayo,

Interview for Band 6 Occupational Therapist - Stroke Rehabilitation (Job Ref. 384-OT-0211)

Thank you for attending for interview on Tuesday. The panel very much appreciated the time you took to prepare.

I am writing to let you know that on this occasion you have not been successful. Competition for the post was strong, and the panel appointed a candidate whose experience more closely met the needs of the service.

We would encourage you to set up job alerts on NHS Jobs and to apply for future posts with the Trust; our therapy services are expanding this year and there will be further Band 6 vacancies.

Please note that travel expenses for attending interview can be claimed using the enclosed form within one month.

Yours sincerely,
Recruitment Services
Eastmere University Hospitals NHS Foundation Trust`, 'Interview outcome - 384-OT-0211'),

  rej('interview', ['profile_mismatch', 'position_filled'], {},
    `Dear Mr Okonjo,

Interview for Band 6 Occupational Therapist - Stroke Rehabilitation (Job Ref. 384-OT-0211)

Thank you for attending for interview on Wednesday. The panel very much appreciated the time you took to prepare.

I am writing to let you know that on this occasion you have not been successful. Competition for the post was strong, and the panel appointed a candidate whose experience more closely met the needs of the service.

Applications are retained for six months from the closing date in accordance with the Trust's records management policy, after which they are deleted.

Please note that travel expenses for attending interview can be claimed using the enclosed form within one month.

Yours sincerely,
Recruitment Services
Eastmere University Hospitals NHS Foundation Trust`, 'Interview outcome - 384-OT-0211'),

  // agency: put forward again when the role reopens / the role will not reopen (UK)
  rej('interview', ['role_closed'], { ...door },
    `Morning Priti,

Bad news from Carrow Insurance, I'm afraid. After your interview last week they announced a restructure of the claims function, and the Claims Team Manager role has been pulled while they work out the new shape. Nothing to do with you - they were positive about the interview.

They've said it'll most likely be re-advertised in the summer under the new structure, and when it is, I'll put you straight back in for it.

Cheers,
Lewis Hartley
Insurance Recruitment | Wensum Associates | Norwich`, 'Carrow Insurance - Claims Team Manager'),

  rej('interview', ['role_closed'], {},
    `Morning Alfie,

Bad news from Carrow Insurance, I'm afraid. After your interview last week they announced a restructure of the claims function, and the Claims Team Manager role has been pulled. They've told me it won't be coming back - the team is being merged into Ipswich. Nothing to do with you - they were positive about the interview.

Cheers,
Lewis Hartley
Insurance Recruitment | Wensum Associates | Norwich`, 'Carrow Insurance - Claims Team Manager'),

  // other businesses in the group may contact the candidate (UK)
  rej('interview', ['generic'], { ...door },
    `Dear Nathaniel,

Thank you for your interview for the position of Site Quality Manager at our Wrexham plant. After careful consideration, we have decided not to offer you the position on this occasion.

With your permission, given on your application form, we have shared your CV with the quality teams at our other two UK sites in Telford and Crewe. They recruit regularly for quality roles and may contact you directly about similar positions over the coming months.

Thank you for your interest in Dyfi Components.

Kind regards,
Group HR, Dyfi Components Ltd`, 'Site Quality Manager - Wrexham'),

  // an agency asking for referrals (no door)
  rej('screen', ['profile_mismatch'], {},
    `Hi Jack,

Thanks for the call yesterday. Having slept on it, I don't think you're a close enough match for the Commercial Manager role to put you in front of the client, so I'm going to leave this one.

If you know anyone with a contracts background in rail who might be interested, I'd really appreciate a name - there's a referral fee in it.

Best,
Sadie Morgan
Infrastructure | Brunel Talent Partners | Swindon`, 'Commercial Manager - rail'),

  // "we've added you to our talent community" / a talent-network banner in an ATS footer the letter does not offer
  rej('application', ['generic'], { ...door },
    `Hi Chloe,

Thank you for your interest in the Customer Experience Specialist role at Wattle & Pine. After reviewing your application, we've decided not to move forward at this time.

We've added you to our talent community, so you'll hear from us when roles like this open in our Adelaide or Perth teams.

Warm regards,
The Wattle & Pine Talent Team`, 'Your application to Wattle & Pine'),

  rej('application', ['generic'], {},
    `Hi Isla,

Thank you for your interest in the Customer Experience Specialist role at Wattle & Pine. After reviewing your application, we've decided not to move forward at this time.

Warm regards,
The Wattle & Pine Talent Team

------------------------------------------------------------
Wattle & Pine Pty Ltd | Careers | Talent Network | Privacy
Manage your email preferences or unsubscribe from candidate updates.
This message was sent by our applicant tracking system. Please do not reply.
------------------------------------------------------------`, 'Your application to Wattle & Pine'),

  // ── 3. Feedback offered in many wordings, beside refusals and courtesies that offer nothing
  rej('interview', ['generic'], { ...offered },
    `Hi Keisha,

Thanks so much for spending time with the team on Tuesday for the Senior UX Writer role. I wanted to let you know we've decided to move forward with another candidate.

I know a plain "no" isn't much use after four conversations, so I'm happy to jump on a call next week to share the panel's notes - just pick a slot that works on my calendar link below.

Thanks again,
Jess Alvarado
Recruiting Lead, Tidal Commerce | Seattle, WA
calendly.example/jess-alvarado/15min`, 'Senior UX Writer'),

  rej('interview', ['generic'], {},
    `Hi Derek,

Thanks so much for spending time with the team on Tuesday for the Senior UX Writer role. I wanted to let you know we've decided to move forward with another candidate.

Because of the number of candidates we interview, we are unable to provide individual feedback. We appreciate your understanding.

Thanks again,
Jess Alvarado
Recruiting Lead, Tidal Commerce | Seattle, WA`, 'Senior UX Writer'),

  rej('assessment', ['assessment'], { ...offered },
    `Dear Fatima,

Thank you for completing the written exercise for the Communications Officer role at the Ashgrove Trust. We have now marked all of the exercises and I'm sorry to tell you that yours did not score highly enough for us to invite you to interview.

If you'd like feedback on your exercise, just reply to this email and I'll send you the markers' comments.

Best wishes,
Rosie Lambert
HR & Office Manager, The Ashgrove Trust`, 'Communications Officer - written exercise'),

  rej('assessment', ['assessment'], {},
    `Dear Ibrahim,

Thank you for completing the written exercise for the Communications Officer role at the Ashgrove Trust. We have now marked all of the exercises and I'm sorry to tell you that yours did not score highly enough for us to invite you to interview.

Please do not reply to this email, as this mailbox is not monitored.

Best wishes,
Recruitment
The Ashgrove Trust`, 'Communications Officer - written exercise'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Mr Ó Briain,

Competition Ref: AO-2025-117 - Administrative Officer (Grade V), Finance Directorate

I refer to your recent interview for the above competition. I regret to inform you that, following consideration by the interview board, you have not been placed on the panel from which appointments will be made, as other candidates were assessed as more suitable for the role.

Feedback is available on request from the Recruitment Unit within 28 days of the date of this letter. Requests should be made by email to recruitment@westmeath-coco.example, quoting the competition reference.

Thank you for your interest in this competition.

Yours sincerely,
Recruitment Unit, Human Resources Department
Westmeath County Council`, 'AO-2025-117 - interview result'),

  rej('application', ['generic'], {},
    `Dear Ms Kavanagh,

Competition Ref: AO-2025-117 - Administrative Officer (Grade V), Finance Directorate

I refer to your application for the above competition. I regret to inform you that you have not been shortlisted for interview.

Due to the volume of applications received, we cannot give feedback to individual applicants at the shortlisting stage.

Thank you for your interest in this competition.

Yours sincerely,
Recruitment Unit, Human Resources Department
Westmeath County Council`, 'AO-2025-117 - shortlisting'),

  rej('interview', ['generic'], { ...offered },
    `Dear Sravani,

Thank you for taking part in the technical interview for the Java Backend Developer position on 11th March.

After careful evaluation, we regret to inform you that we will not be moving forward with your candidature for this role. If you would like feedback on your technical round, you may write to us at ta-feedback@quantivex.example within 15 days and the panel's comments will be shared with you.

We wish you the very best.

Regards,
Talent Acquisition Team
Quantivex Software Services, Chennai`, 'Interview result - Java Backend Developer'),

  rej('interview', ['generic'], {},
    `Dear Harish,

Thank you for taking part in the technical interview for the Java Backend Developer position on 12th March.

After careful evaluation, we regret to inform you that we will not be moving forward with your candidature for this role. As per company policy, feedback on interview rounds is not shared with candidates.

We wish you the very best.

Regards,
Talent Acquisition Team
Quantivex Software Services, Chennai`, 'Interview result - Java Backend Developer'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Bronte,

Thanks for coming down to the depot on Wednesday to meet Craig and the team. We've made a decision on the Warehouse Operations Lead job and it's not good news for you this time - another applicant was a closer match for what we need.

If it would help, I'm happy to talk you through where you landed and what Craig said. Give me a buzz on 0412 555 380 any afternoon this week.

Cheers,
Tash Whitely
HR Coordinator | Murray Freight | Albury NSW`, 'Warehouse Operations Lead'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Ryan,

Thanks for coming down to the depot on Wednesday to meet Craig and the team. We've made a decision on the Warehouse Operations Lead job and it's not good news for you this time - another applicant was a closer match for what we need.

If you've got any questions about claiming back your fuel for the trip, give me a buzz on 0412 555 380 any afternoon this week.

Cheers,
Tash Whitely
HR Coordinator | Murray Freight | Albury NSW`, 'Warehouse Operations Lead'),

  rej('assessment', ['assessment'], { ...offered },
    `Dear Mr Goh,

Thank you for attending the case assessment for the position of Management Trainee (Operations) at Serangoon Port Services.

We regret to inform you that your assessment result did not meet the standard required to proceed to the panel interview. Should you wish to receive feedback on your assessment, please reply to this email within 14 days and our assessors will arrange to share it with you.

Yours sincerely,
Talent Acquisition
Serangoon Port Services Pte Ltd`, 'Management Trainee (Operations) - assessment outcome'),

  rej('assessment', ['assessment'], {},
    `Dear Ms Chua,

Thank you for attending the case assessment for the position of Management Trainee (Operations) at Serangoon Port Services.

We regret to inform you that your assessment result did not meet the standard required to proceed to the panel interview. Please note that assessment results are final and individual scores cannot be released.

Yours sincerely,
Talent Acquisition
Serangoon Port Services Pte Ltd`, 'Management Trainee (Operations) - assessment outcome'),

  rej('final', ['generic'], { ...offered },
    `Hi Lindiwe

Thank you for coming in for the final interview with Thabo and the Exco on Monday. We've decided not to make you an offer for the Head of Marketing position.

Thabo made a lot of notes and he's said he's happy to share them. I'd be glad to set up 15 minutes with him next week so he can take you through them himself - just let me know which mornings suit.

Warm regards,
Carla Pillay
People Partner | Baobab Beverages | Durban`, 'Head of Marketing - final interview'),

  rej('final', ['generic'], {},
    `Hi Ayanda

Thank you for coming in for the final interview with Thabo and the Exco on Monday. We've decided not to make you an offer for the Head of Marketing position.

Thabo sends his thanks for your time and for the thought you put into the brand review.

Warm regards,
Carla Pillay
People Partner | Baobab Beverages | Durban`, 'Head of Marketing - final interview'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hello Gurpreet,

Thank you for meeting with our panel for the Senior Policy Analyst position on June 4. After much deliberation, we've selected a candidate whose experience aligns more closely with the requirements of the role.

We offer every candidate who reaches the panel stage a short debrief with a panel member. Lisa Kowalchuk will email you this week to book a 20-minute call, if you'd like one.

Sincerely,
Human Resources
Prairie Rivers Health Authority | Regina, SK`, 'Senior Policy Analyst - panel outcome'),

  rej('interview', ['profile_mismatch'], {},
    `Hello Dylan,

Thank you for meeting with our panel for the Senior Policy Analyst position on June 5. After much deliberation, we've selected a candidate whose experience aligns more closely with the requirements of the role.

Please note that we don't offer debriefs at this stage of the process.

Sincerely,
Human Resources
Prairie Rivers Health Authority | Regina, SK`, 'Senior Policy Analyst - panel outcome'),

  // specific feedback given, and more offered
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Sunita,

Thank you for your interview for the Senior Quantity Surveyor vacancy at Halewood Construction. I'm sorry to say we have decided not to offer you the position.

The panel's main concern was NEC4 contract administration: the role manages compensation events on three live NEC4 frameworks, and your experience so far has been under JCT. If you would like to talk through the panel's other comments, I'd be happy to arrange a call with the Commercial Director.

Kind regards,
Louise Barker
HR Business Partner, Halewood Construction (Warrington)`, 'Senior QS - interview outcome'),

  // university: interviewed candidates may ask / shortlisting gives no feedback
  rej('interview', ['generic'], { ...offered },
    `Dear Dr Mbeki,

Lecturer in Environmental Law (Ref. ACAD-2291)

Thank you for attending the interview and giving your presentation on 21 November. I am writing on behalf of the selection committee to let you know that you have not been successful on this occasion.

Candidates who were interviewed may request feedback from the Chair of the selection committee. If you would like to do so, please contact the School Office at law-recruitment@pemberley.example, and a convenient time will be arranged.

Yours sincerely,
School of Law Recruitment
Pemberley University`, 'ACAD-2291 - outcome'),

  rej('application', ['generic'], {},
    `Dear Dr Fairclough,

Lecturer in Environmental Law (Ref. ACAD-2291)

Thank you for your application for the above post. I am writing on behalf of the selection committee to let you know that you have not been shortlisted for interview.

We are unable to provide feedback to applicants who were not shortlisted.

Yours sincerely,
School of Law Recruitment
Pemberley University`, 'ACAD-2291 - outcome'),

  rej('interview', ['generic'], { ...offered },
    `Hey Marcus, thanks for the video interviews on Friday (I know three in a row on Zoom is a lot). We're going to pass on this one. If you'd like to hear the interviewers' thoughts on your sessions, just let me know and I'll pull them together. - Kim, Recruiting @ Driftless Analytics`, 'Driftless - Data Scientist'),

  // agency notes offered / none to be had (UK)
  rej('interview', ['generic'], { ...offered },
    `Hi Chantelle,

Heard from Brockley Pharma this afternoon - they've said no after the interview for the Regulatory Affairs Associate job.

I've got a page of notes from their hiring manager. Do you want me to run through them on the phone? Probably easier than email. I'm free after 4 today or any time tomorrow.

Ta,
Marcus
Marcus Quinn | Life Sciences | Southbank Recruitment, London`, 'Brockley Pharma'),

  rej('interview', ['generic'], {},
    `Hi Adele,

Heard from Brockley Pharma this afternoon - they've said no after the interview for the Regulatory Affairs Associate job.

They haven't given any feedback and they've said they won't, I'm afraid - it's their policy for agency candidates.

Ta,
Marcus
Marcus Quinn | Life Sciences | Southbank Recruitment, London`, 'Brockley Pharma'),

  // feedback offered once the campaign closes / feedback refused with a guide instead
  rej('application', ['profile_mismatch'], { ...offered },
    `Dear Mr Rahman,

Thank you for applying for the post of Housing Officer (Ref. HO/0425). We have now completed shortlisting, and I am sorry to tell you that you have not been shortlisted for interview, as other applicants demonstrated the essential criteria more fully.

We are happy to provide feedback on your application once the recruitment campaign has closed at the end of the month. Please email hr.recruitment@tamesidehomes.example if you would like it.

Kind regards,
Recruitment Team, Tameside Valley Homes`, 'HO/0425 - shortlisting outcome'),

  rej('application', ['profile_mismatch'], {},
    `Dear Ms Booth,

Thank you for applying for the post of Housing Officer (Ref. HO/0425). We have now completed shortlisting, and I am sorry to tell you that you have not been shortlisted for interview, as other applicants demonstrated the essential criteria more fully.

We aren't able to give individual feedback, but you may find our guide to writing a strong application useful: tamesidehomes.example/applying.

Kind regards,
Recruitment Team, Tameside Valley Homes`, 'HO/0425 - shortlisting outcome'),

  // ── 4. Look-alikes in the same polite words (other), and paused processes with the candidate still in the running
  other(`Dear Ms Farouk,

Thank you for applying for the role of Payroll Administrator at Kestrel Homes. We have received your application and the hiring team will review it against the requirements of the role over the next two weeks.

We will be in touch once a decision has been made about the next stage. We appreciate your patience and your interest in joining us.

Kind regards,
People Team
Kestrel Homes Ltd`, 'Application received - Payroll Administrator'),

  other(`Dear Candidate,

Greetings from Zephyrline Retail!

This is to acknowledge the receipt of your application for the position of Store Operations Manager - Pune. Our team will review your profile and, if it is shortlisted, we will get in touch with you for the next steps.

This is a system generated mail. Kindly do not reply.

Regards,
Talent Acquisition, Zephyrline Retail Pvt. Ltd.`, 'Application acknowledgement - Store Operations Manager'),

  other(`Hi Mitchell,

Thanks for applying for the Apprentice Electrician position with Sparkline Electrical. We've got your application and we'll be in touch if you're shortlisted for an interview.

We get a lot of applications for our apprenticeships, so we're not always able to reply to everyone. If you haven't heard from us within three weeks of the closing date, please assume your application hasn't been successful on this occasion.

Cheers,
Sparkline Electrical | Geelong VIC`, 'Apprentice Electrician - application received'),

  other(`Hello Adaeze,

The status of your application for Financial Analyst II (Req. R-48213) has changed.

New status: Under Review

The hiring team is reviewing your application. You can check the status at any time by signing in to your candidate home page. No action is needed from you at this time.

Crestline Mutual Careers`, 'Your application status has been updated'),

  other(`Hi Noah,

Just a quick update since your interview with Raj last Thursday. The hiring team is still reviewing - we're meeting two more candidates for the Customer Insights Manager role this week, so it'll be early next week before we're in a position to come back to anyone.

Thanks for bearing with us.

Best,
Sienna Clarke
Talent Acquisition | Maplebrook Foods | Mississauga, ON`, 'Customer Insights Manager - update'),

  other(`Dear Mr Achebe,

Thank you for your application for the post of Estates Manager at St Aldhelm's School.

I am pleased to invite you to interview on Thursday 15 May at 10.30am. We are interviewing five candidates in total, and the day will include a tour of the site with the Bursar, a short presentation on the estates plan (ten minutes) and a panel interview.

Please confirm whether you are able to attend by replying to this email.

Yours sincerely,
Gillian Hart
HR Manager, St Aldhelm's School`, 'Interview invitation - Estates Manager'),

  other(`Hi Lwazi

Good news - you've been shortlisted for an interview for the Maintenance Planner position at Karoo Cement, Lichtenburg plant. The interview will be on Wednesday 9 July at 09:00 with the Engineering Manager.

Unfortunately we are not able to reimburse travel costs for first interviews, and we regret any inconvenience this may cause.

Please confirm your attendance with me by Friday.

Regards
Mpho Sithole
HR Officer | Karoo Cement`, 'Interview - Maintenance Planner'),

  other(`Hi Emily,

Thanks for your interest in the Software Engineer, New Grad position at Pinegrove Robotics! As the next step, we'd like you to complete a 90-minute coding assessment on HackerRank.

The link below is valid for 7 days. Please complete it in one sitting, in a quiet place with a stable internet connection.

Start your assessment: hackerrank.example/test/pgr-ng-25

Good luck!
University Recruiting, Pinegrove Robotics`, 'Next step: coding assessment'),

  other(`Dear Mr Koh,

Thank you for applying for the Graduate Analyst Programme at Lion City Insurance.

We are pleased to invite you to complete our online psychometric assessments (numerical reasoning, verbal reasoning and a situational judgement test). Please complete all three by 23:59 on 14 February. You will receive your login details in a separate email from our assessment partner.

Yours sincerely,
Graduate Recruitment Team
Lion City Insurance, Singapore`, 'Invitation to online assessments'),

  other(`12 new jobs for "Project Coordinator" in Dublin

Project Coordinator - Harbourview Construction - Dublin 4 - Posted 2 days ago
Junior Project Coordinator - Lissadell Events - Dublin 2 - Easy Apply
Project Support Officer - Fingal Digital - Swords - Posted 5 days ago

See all 12 jobs

You are receiving this job alert because you created it. Unsubscribe | Manage alerts`, 'Project Coordinator: 12 new jobs'),

  other(`Hi Ananya,

Unfortunately, a job you saved is no longer accepting applications:

Content Strategist - Wavelength Media - Bengaluru (saved 21 days ago)

Here are some similar jobs you might like:
Content Marketing Lead - Saffron Labs - Bengaluru
Senior Copywriter - Orbitally - Remote, India

Manage your saved jobs in the app.`, 'A job you saved has closed'),

  other(`Hi Gabriel,

We'd love your feedback on our hiring process. Whatever the outcome of your application, your experience matters to us, and the survey below takes about three minutes. Your answers are anonymous and go straight to our Talent team - they won't be shared with the hiring manager.

Take the survey: survey.example/harbour-hiring

Thank you for helping us improve,
Harbour & Vine Talent Team`, 'How was your interview experience?'),

  other(`Hi Jade,

Thanks for working with Kestrel Recruitment on your recent search. How did we do? We'd be grateful if you could rate your experience with your consultant - it takes less than a minute.

Rate us: kestrelrecruit.example/review

Thanks,
Kestrel Recruitment | Birmingham`, 'How did we do?'),

  other(`Dear Niamh,

Offer of Employment - Senior Data Protection Officer

Following your interviews with us, I am delighted to offer you the position of Senior Data Protection Officer at Fernleigh Building Society, at a starting salary of £61,500 per annum. Unfortunately we are not able to include the relocation package you asked about, but we have been able to agree the additional day of annual leave.

This offer is subject to satisfactory references and a DBS check. Your contract and the offer acceptance form are attached; please return the signed form by 30 April.

We very much look forward to welcoming you.

Yours sincerely,
Margaret Dunn
HR Director, Fernleigh Building Society`, 'Offer of Employment'),

  other(`Dear Rohit,

Congratulations! With reference to your interviews, we are pleased to offer you the position of Senior Associate - Risk Advisory at Sahyadri Consulting LLP with a fixed CTC of INR 18,40,000 per annum. We regret the delay in releasing this offer, which was due to internal approvals.

Please find the offer letter attached. Kindly confirm your acceptance and expected date of joining within 5 working days.

Warm regards,
Human Resources
Sahyadri Consulting LLP, Mumbai`, 'Offer Letter - Senior Associate, Risk Advisory'),

  other(`Hi Seán,

Thanks again for coming in for the second interview on Tuesday. As the next step, we'd like to take up references. Could you send me the names and contact details of two referees, one of whom should be your current or most recent line manager? We won't contact anyone until you confirm you're happy for us to.

Many thanks,
Aoife Nolan
HR Generalist | Claddagh MedTech | Galway`, 'References - next step'),

  other(`Dear Ms Pretorius,

Neil Adams has applied for the position of Financial Accountant with Sandown Motor Group and has given your name as a referee. We would be grateful if you could complete the short reference form attached, or let me know a convenient time for a ten-minute call.

Thank you for your help.

Kind regards,
Yolandi Jacobs
HR Administrator | Sandown Motor Group | Cape Town`, 'Reference request - Neil Adams'),

  other(`Hi Pranav,

I came across your profile and was impressed with your experience in payments. I'm hiring for a Senior Product Manager - Cards for a fintech client in Bengaluru (Series C, 400 people). Budget is up to 55 LPA fixed. Would you be open to a quick chat this week?

Regards,
Megha Arora
Principal Consultant | Bluepeak Search`, 'Senior PM - Cards | Fintech | Bengaluru'),

  other(`Hi Callum,

I know the Halden & Rowe job didn't work out back in March, and I've thought of you since. I've just taken on a Store Manager role for a garden centre group with a site in Altrincham - the MD is specifically open to people from contact centre management who've led big teams.

Fancy a chat about it? I'm around all afternoon.

Becky
Becky Tranter | Irwell Retail Recruitment`, 'New role - Store Manager, Altrincham'),

  other(`Hi Yusuf,

Thanks for letting us know that you've accepted another offer and would like to withdraw from the process for the Site Reliability Engineer role. We're sorry to see you go, but congratulations on the new role.

I've cancelled Thursday's interview with the team and closed your application. We wish you the very best.

Best,
Naomi Feld
Recruiting, Coldwater Systems | Chicago, IL`, 'Re: Withdrawing my application'),

  other(`Hi Sophie,

Unfortunately Gavin, the hiring manager, is home sick today, so we won't be able to go ahead with your interview this afternoon. Sorry for the short notice. Could you do Friday at 11am instead, same Teams link?

Thanks,
Kirsty
People & Culture | Ridgeline Water | Toowoomba QLD`, 'Interview today - need to move'),

  other(`Declined: Interview - Anjali Menon / Product Analyst
Rahul Desai has declined this invitation.

When: Wed 14 May 2025 15:00-15:45 (GMT+05:30)
Where: Microsoft Teams Meeting

Rahul Desai: Clash with the quarterly review - Sneha will cover, invite her instead.`, 'Declined: Interview - Anjali Menon / Product Analyst'),

  other(`Hi Olivia,

Of course - happy to go through the feedback. Would Thursday at 4pm work for a 20-minute call? I'll send an invite if so.

Best,
Martin

On Mon, 12 May 2025 at 10:21, Olivia Grant wrote:
> Hi Martin, thanks for letting me know the outcome of the interview. I'm disappointed, but I'd really welcome any feedback if you have time.
>
> On Fri, 9 May 2025 at 16:40, Martin Hale wrote:
>> Hi Olivia, thank you for interviewing with us for the Events Manager role. Unfortunately we've decided to offer the role to another candidate.`, 'Re: Events Manager - outcome'),

  other(`Hi Jenna,

Thanks for letting me know about the Program Manager role - I really appreciated hearing from you directly. If Danielle has a few minutes at some point, I'd be grateful for any feedback on the final round, especially the case study.

Thanks again,
Ravneet`, 'Re: Program Manager - final round'),

  other(`Hi Thandi

Congratulations - the panel would like to see you for the final round for the Regional Sales Manager position! It'll be on Monday 3 March at our Umhlanga office: a 20-minute presentation on your plan for the first 90 days, followed by a conversation with the MD and the Sales Director.

Just so you know what to expect, we're seeing two other candidates at this stage and hope to make a decision by the end of that week.

Regards
Kerry Naidoo
Talent | Coastal Paints | Durban`, 'Final round - Regional Sales Manager'),

  other(`Dear Connor,

As part of our conditional offer, we have now initiated your background screening with our partner, Verity Checks. You will receive an email from them within 24 hours asking you to complete your employment history and consent form. Please complete it as soon as possible so there is no delay to your start date.

Kind regards,
Onboarding Team
Blackthorn Bank plc`, 'Background screening - next steps'),

  other(`Hi Aarav,

Your application for Graduate Civil Engineer is incomplete. We couldn't find your academic transcript. Please upload it by 18 October so that we can review your application; incomplete applications cannot be considered.

Upload your transcript: careers.example/ridgewayinfra/apply

Graduate Recruitment, Ridgeway Infrastructure`, 'Action needed: your application is incomplete'),

  other(`Hi Kate,

Thanks for joining the Ironbark Health talent community! We'll email you when roles that match your interests (Nursing, Aged Care - Melbourne) are posted. You can update your preferences or leave the community at any time.

Ironbark Health Careers`, 'Welcome to the Ironbark Health talent community'),

  other(`Dear Mr Ferreira,

Thank you for your email requesting feedback on your interview for the Head of Finance post. Your request has been passed to the Chair of the panel, who will respond within ten working days.

Kind regards,
HR Services
Kingsbridge Academy Trust`, 'Feedback request - Head of Finance'),

  other(`Hi Leah,

Just checking in - how did the interviews with the other agencies' clients go last week? I've got Redbank Logistics asking for an update on your availability and I'd like to give them a date for the second interview if you're still keen.

Cheers,
Ben
Ben Oduya | Supply Chain | Harbourside Recruitment | Sydney`, 'Checking in'),

  // paused processes, candidate still in the running
  hold('final', ['role_closed'], {},
    `Hi Marcus,

I wanted to be upfront with you after your final round with us two weeks ago. Last Friday the company announced a hiring freeze on all new positions through the end of Q3, including the Director of Partnerships role. You are still our preferred candidate, and this is not a no - we simply can't extend an offer until the freeze is lifted.

I'll keep you posted as soon as I hear anything, and I completely understand if you need to keep other conversations going in the meantime.

Best,
Alison Park
Head of Talent, Greenleaf Mobility | Boston, MA`, 'Director of Partnerships - update'),

  hold('interview', ['generic'], {},
    `Dear Abigail,

Thank you for your patience since your first interview for the Learning and Development Manager post. I wanted to let you know that the Head of People, who sits on the second-round panel, is on unexpected leave for the next three weeks, so we have paused the second interviews until she returns.

You remain on our shortlist, and we will contact you with new dates as soon as we can.

Kind regards,
Sarah Whitcombe
HR Officer, Penrose Care Group`, 'Learning and Development Manager - second interviews'),

  hold('application', ['role_closed'], {},
    `Hi Tayla,

Thanks for applying for the Business Support Officer role with Wirraway Shire Council. We wanted to let you know that recruitment for this position has been paused while the council reviews the structure of the customer service team.

Your application remains active, and we'll be in touch once the review is complete, which we expect to be in about six weeks.

Kind regards,
People & Culture, Wirraway Shire Council`, 'Business Support Officer - recruitment paused'),

  hold('interview', ['role_closed'], {},
    `Dear Prakash,

This is with reference to your two rounds of interviews for the position of Plant Maintenance Head. We wish to inform you that the requisition has been put on hold pending budget approval for the new financial year.

Your candidature has been kept active, and we will revert to you with the next steps once the approval is received.

Regards,
HR - Talent Acquisition
Godavari Chemicals Ltd., Vadodara`, 'Plant Maintenance Head - status'),

  hold('assessment', ['generic'], {},
    `Dear Roisin,

Thank you for completing the written assessment for the Communications Executive role. Before we move to interviews, we have been asked to interview two internal applicants first, which will take about three weeks.

Your assessment result stands, and your application is still under consideration. We'll be in touch with interview dates after that.

Kind regards,
HR Team, Shannon Estuary Ports`, 'Communications Executive - next steps'),

  hold('screen', ['role_closed'], {},
    `Hi Bongani

Thanks for the call on Monday. I put you forward to Umhlali Holdings on Tuesday, but they've just told me they're putting all hiring on hold until the merger with Tugela Group closes, probably in about two months. You're still in the frame for the Group Tax Manager role and your CV is with the CFO - this is a pause, not a no.

I'll let you know the minute it moves.

Regards
Nokuthula Zulu
Finance & Tax | Jacana Search | Durban`, 'Umhlali Holdings - on hold'),
];
