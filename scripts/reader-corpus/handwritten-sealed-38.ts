/**
 * Sealed messages of the thirty-eighth round. The first part is a spread of declines from many employers, vendors
 * and HR template sites in many countries and sectors: tracking-system letters, HR templates (some with a merge field
 * never filled in), agency recruiters, hiring managers and founders writing by hand, HTML leftovers and replies with
 * earlier mail quoted below, at every stage from the application to the final round and with every kind of reason.
 * The second part follows one inbox for six months: a newly qualified chartered accountant in Johannesburg, fluent in
 * Afrikaans and English, applying to audit firms, banks, mining houses and corporates at home and to a few firms in
 * London, Dublin and Dubai. Most of that mail declines nothing (acknowledgements, online tests, interview and
 * assessment-centre invitations, recruiter check-ins, job alerts, a professional body's bulletin, a work-permit
 * question and, at the end, an offer); a few processes pause and the rest are declines.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s38-');

export const HANDWRITTEN_SEALED_38: readonly CorpusLine[] = [
  // ── Part one: many employers
  // 1
  rej('application', ['generic'], {},
    `Hi Tomasz,

Thank you for applying for the Junior Data Engineer position at Northwind Robotics. We appreciate the time you took to submit your application.

After reviewing your application, we have decided not to move forward at this time.

Best,
The Northwind Robotics Recruiting Team

Powered by Greenhouse`, 'Your application to Northwind Robotics'),

  // 2
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Amara,

Thanks so much for your interest in the Partnerships Associate role at Fennel & Ash. We've now had a chance to look through your application properly, and while there's a lot to like, we don't think your background lines up closely enough with what this particular role needs day to day.

That's not the end of the road though — we're growing quickly and new roles go up on our careers page most weeks. Please keep an eye out and apply again if something catches your eye.

Warmly,
Hollis
People Team, Fennel & Ash

Sent with Lever`, 'Fennel & Ash — Partnerships Associate'),

  // 3
  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr. Okonkwo,

thank you for your application as Customer Success Manager (m/w/d) at Brandauer Logistik GmbH, Reference REQ-20417.

We have carefully reviewed your documents. Because this position involves daily contact with our key accounts in Austria and Bavaria, business-fluent German (at least C1) is an essential requirement. From your CV we could see that your German is currently at A2 level, and we are therefore unable to consider your application further.

We thank you for your interest in Brandauer Logistik and wish you all the best for the future.

Kind regards
Human Resources
Brandauer Logistik GmbH | Landsberger Str. 88 | 80339 München
Amtsgericht München HRB 221904 | Geschäftsführer: Klaus Ebner, Ute Sailer

This message was generated automatically by Workday. Please do not reply to this email.`, 'Your application: Customer Success Manager (m/w/d) – REQ-20417'),

  // 4
  rej('screen', ['salary'], { ...fb, ...door },
    `Hello Inès,

Thanks again for the call on Thursday — it was good to hear about the work you've done on the loyalty programme at your current company.

I've shared our conversation with the hiring team. The salary you mentioned (around €68k base) sits quite a bit above the range we have approved for this Marketing Manager position, which tops out at €55k, and unfortunately there is no flexibility on that this year. So we won't be taking your application further for this role.

If our budgets change or a more senior position opens, I'd love to reconnect — I've tagged your profile so I'm notified.

Best regards,
Clémence Arnaud
Talent Acquisition, Maison Oriel
via SmartRecruiters`, 'Maison Oriel – Marketing Manager'),

  // 5
  rej('assessment', ['assessment'], { ...fb },
    `Hi Devika,

Thank you for completing the analytics exercise for the Product Analyst role at Quillpoint.

Our reviewers scored every submission against the same rubric. Your submission scored 58 out of 100; the threshold to move on to interviews was 70. The SQL section was strong, but the written recommendations did not address the retention question in part C, which is where most of the points were lost.

We won't be progressing your application this time. Thanks again for the effort you put in.

Quillpoint Talent
(sent via Ashby)`, 'Quillpoint | Product Analyst – exercise result'),

  // 6
  rej('application', ['location'], { ...fb },
    `Dear Kwame Asante,

Thank you for your interest in the Structural Engineer II (Req #48812) opening at Halvorsen Baird Engineering.

We have reviewed your application. In your responses you indicated that you would require employer sponsorship to work in the United States now or in the future. Unfortunately, Halvorsen Baird is not able to sponsor employment visas for this position, and we are therefore unable to move forward with your candidacy.

We appreciate your interest in our company.

Sincerely,
Talent Acquisition
Halvorsen Baird Engineering, Inc.

This email was sent from an unmonitored mailbox. Halvorsen Baird Engineering is an Equal Opportunity Employer. iCIMS job ID 48812.`, 'Regarding your application for Structural Engineer II'),

  // 7
  rej('application', ['role_closed'], { ...door },
    `Dear Applicant,

Thank you for your recent application for the position of Procurement Officer (Job No. 2600341) with Western Plains Health Authority.

Please be advised that this job posting has been cancelled and the position will not be filled at this time. As a result, your application will not be considered further.

We encourage you to visit our careers site regularly and to apply for future positions that match your interests and qualifications.

Regards,
Talent Acquisition Services
Western Plains Health Authority

*** This is an automated message from Taleo. Please do not respond. ***`, 'Job No. 2600341 - Procurement Officer - Posting Cancelled'),

  // 8
  rej('interview', ['position_filled'], {},
    `Hi Yusuf,

Thank you for taking the time to interview with us for the Operations Lead role at Sandpiper Coffee Roasters. We enjoyed the conversation with you and Leila.

We wanted to let you know that we have offered the position to another candidate, who has accepted.

All the best,
Sandpiper Coffee Roasters

--
Sent via Workable`, 'Operations Lead at Sandpiper Coffee Roasters'),

  // 9
  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Hej Elin,

Tack for the interviews last week — both Johan and I really enjoyed talking with you.

I want to be honest about how we decided. Our studio works in a very loose way: no fixed sprints, designers pick up whatever is most urgent, and priorities change several times a day. In both conversations you described doing your best work with a clear plan and well-defined ownership, which is completely reasonable, but we think you would be frustrated with us and we wouldn't be giving you the environment you do well in. So we've decided not to continue with your application for the Product Designer role.

If you'd like to talk it through, just reply and I'll book a short call.

Vänliga hälsningar,
Maja Lindqvist
Head of Design, Klarvik Studio, Göteborg

Sent via Teamtailor`, 'Product Designer at Klarvik Studio'),

  // 10
  rej('application', ['profile_mismatch'], { ...door },
    `Dear Mr Hoffmann,

Many thanks for your application as Werkstudent Finance (m/f/d) at Lichtwerk Solar GmbH and for the interest you have shown in our company.

We have received a large number of applications. After careful review we have decided in favour of candidates whose profiles more closely match the requirements of the position.

With your consent we will keep your documents in our talent pool for 12 months and contact you if a suitable vacancy arises.

Kind regards
Your Lichtwerk Solar recruiting team

Lichtwerk Solar GmbH · Hafenstraße 14 · 04103 Leipzig
This e-mail was sent via Personio.`, 'Your application at Lichtwerk Solar GmbH'),

  // 11
  rej('screen', ['overqualified'], { ...fb },
    `Hi Graham,

Thanks for chatting with me yesterday about the Bookkeeper position at Birchfield Veterinary Group.

After talking it over with our practice manager, we don't think this is the right match. With fifteen years as a finance director, your experience goes well beyond a role that is mostly payables, bank reconciliations and payroll inputs, and we worry you'd find it under-stretching within a few months. We're going to move forward with other applicants.

Thanks again for your interest.

Kind regards,
Shona
HR & Office Manager
Birchfield Veterinary Group

Sent from BambooHR`, 'Bookkeeper - Birchfield Veterinary Group'),

  // 12
  rej('assessment', ['assessment'], {},
    `Dear Sanne,

Thank you for submitting the business case for the Junior Consultant position at Vos & Meijer Advisory.

Our consultants have assessed all submitted cases. Unfortunately, your case did not meet the standard required to be invited for an interview, and we will not be taking your application further.

We thank you for your interest in Vos & Meijer and wish you every success.

Kind regards,
Recruitment team Vos & Meijer Advisory
Utrecht, Nederland

This email was sent using Recruitee.`, 'Your application at Vos & Meijer Advisory'),

  // 13
  rej('final', ['internal_candidate'], {},
    `Dear Rashid,

Thank you for participating in the final round of interviews for the position of Head of Treasury (Requisition 7731-FIN). We appreciate the time you invested in the process, including the presentation to the CFO.

Following the final interviews, we have decided to appoint an internal candidate to the role.

Thank you again for your interest in Gulfmark Petrochemicals.

Regards,
Talent Acquisition
Gulfmark Petrochemicals Company

Oracle Recruiting Cloud notification — do not reply`, 'Requisition 7731-FIN: Head of Treasury'),

  // 14
  rej('application', ['generic'], { ...door },
    `Dear {{candidate.first_name}},

Thank you for applying to the role of Warehouse Supervisor at Kestrel Freight.

We received a very high number of applications and after careful consideration we regret that we will not be taking your application forward.

We will keep your details on file and may contact you should a suitable vacancy become available in the future.

Yours sincerely,

Kestrel Freight HR Team`, 'Your application - Warehouse Supervisor'),

  // 15
  rej('interview', ['position_filled'], { ...offered },
    `Hi Becky,

Just tried to call but went to voicemail, so dropping you a note. I heard back from Ridgeway Homes this morning — they've offered the Site Administrator job to the other candidate they saw on Tuesday and she's accepted, so unfortunately it's not one for you this time.

Their feedback from the interview was short, but I've got a few bits from the hiring manager, so give me a ring whenever suits and I'll run through them with you.

Cheers,
Dean Whitlock
Senior Consultant | Apex Path Recruitment | Leeds
07700 900 318`, 'Ridgeway Homes'),

  // 16
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Rafael,

Thanks for your time on the call Monday. I wanted to write to you myself rather than have it come from the system.

We're going to go a different way. The main gap for us is the modelling side: the role needs someone who has owned a dbt project in production and written most of the transformations themselves, and from our conversation your work so far has been mostly on dashboards in Looker with the models built by someone else. That's a real skill, just not the one we're most short of right now.

Good luck with the search,
Nadia Fischer
Analytics Lead, Harvest Lane`, 'Analytics Engineer - decision'),

  // 17
  rej('final', ['salary'], { ...fb, ...door },
    `Hey Olu,

I'll keep this short because I hate these emails. You were one of the last two for the founding engineer role and honestly the team loved the pairing session. Where we got stuck is money: you're at £120k plus equity in your current job and the most we can do at seed is £85k. I don't think it's fair to ask you to take that big a cut, and I don't want to lose you six months in because the maths doesn't work.

If we close the Series A next year, I'd really like to talk again. Keep in touch?

Sam
Co-founder, Tidewell`, 'founding eng role'),

  // 18
  rej('application', ['generic'], {},
    `<html><body><table width="600" cellpadding="0"><tr><td style="font-family:Arial">
Dear Priscila,<br><br>
Thank you for your interest in the <b>Inside Sales Representative</b> position with Corvex Medical.<br><br>
We regret to inform you that you have not been selected to move forward in the hiring process.<br><br>
Sincerely,<br>Corvex Medical Talent Team
</td></tr><tr><td style="font-size:10px;color:#999999">&copy; 2026 Corvex Medical. All rights reserved. | <a href="#">Unsubscribe</a></td></tr></table></body></html>`, 'Corvex Medical Careers'),

  // 19
  rej('interview', ['profile_mismatch'], {},
    `Hi Ana,

Thanks for chasing, and sorry for the silence — it's been a busy fortnight. We've now finished the interviews for the Content Lead role and decided to go with a candidate whose experience is a closer match to what we need. I'm sorry it isn't better news.

Best,
Georgia

On Tue, 10 Mar 2026 at 09:14, Ana Ribeiro <ana.ribeiro.writes@gmail.com> wrote:
> Hi Georgia, hope you're well! Just checking in on the Content Lead role after our interview on the 26th — is there any news?
>
> On Thu, 19 Feb 2026 at 16:30, Georgia Pell <georgia@stackandstory.co.uk> wrote:
>> Hi Ana, great to speak earlier. Could you do a video interview with me and our MD on Thursday 26th at 11?`, 'Re: Content Lead interview'),

  // 20
  rej('final', ['role_closed'], { ...door },
    `Dear Dr. Kaur,

I hope this finds you well. I am writing on behalf of the selection committee for the position of Director of Clinical Operations at Meridale Health Partners, and I want to begin by thanking you sincerely for the time and energy you gave to our process over the past two months. You met with eleven members of our leadership team, travelled to Columbus for the full-day final visit, and delivered a presentation on integrating our outpatient sites that several committee members are still talking about.

As you may have seen in the press last week, Meridale has signed a letter of intent to merge with Riverbend Health System. This has changed a great deal very quickly. The combined organisation will be structured differently, and our board has asked that all senior leadership appointments be put on hold and reviewed once the new structure is agreed. After discussion with our CEO, we have concluded that the Director of Clinical Operations position, as it was advertised, will not be filled, and we are therefore closing the search. I am truly sorry to bring this news at such a late stage, and I want to be clear that this decision has nothing to do with your candidacy.

I recognise how frustrating it is to invest this much and not reach a conclusion. Please submit your travel expenses through the link you were given earlier, if you have not already done so; they will be reimbursed in full.

When the merged organisation begins recruiting for its leadership team, which we expect in the second half of the year, I would very much like to bring your name forward, and I hope you would be open to hearing from us. In the meantime, please don't hesitate to get in touch with me directly.

With warm regards and my thanks,

Patricia Oyelaran
Vice President, Human Resources
Meridale Health Partners
1400 Olentangy River Rd, Columbus, OH

CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended recipient(s) and may contain confidential information. If you are not the intended recipient, please contact the sender and destroy all copies.`, 'Director of Clinical Operations search'),

  // 21
  rej('application', ['generic'], {},
    `Thanks for applying. Unfortunately we won't be moving ahead. Best, K.`, 'Re: Junior Copywriter'),

  // 22
  rej('screen', ['location'], { ...fb },
    `G'day Liam,

Thanks for the chat on Wednesday about the Maintenance Planner role at Coolabah Iron.

As we discussed, the role is residential in Newman on an 8/6 roster, and the position doesn't come with a fly-in fly-out option from Perth. You mentioned that moving the family up north isn't on the cards at the moment, so we won't be progressing your application for this one.

Cheers,
Brooke Tanner
Talent Partner | Coolabah Iron Pty Ltd`, 'Maintenance Planner - Newman'),

  // 23
  rej('assessment', ['assessment'], { ...fb },
    `Dear Harsh Vardhan,

Thank you for attempting the online coding assessment for the role of Software Engineer - I (Job ID TK-5520) at Trikon Softlabs Pvt. Ltd.

Your submission passed 2 of the 4 problems (Problem 3 exceeded the time limit on large inputs, and Problem 4 was not attempted). Candidates needed to fully solve at least 3 problems to be shortlisted for the technical interview round. Hence, we are unable to proceed with your candidature at this stage.

We wish you all the very best for your career.

Regards,
Campus & Lateral Hiring Team
Trikon Softlabs Pvt. Ltd., Pune`, 'Trikon Softlabs - Online Assessment Result'),

  // 24
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Applicant,

Re: Selection process 26-CRA-EA-4471, Program Officer (PM-02)

Thank you for your interest in this selection process. Your application has been assessed against the essential qualifications identified in the advertisement.

This position requires bilingual imperative proficiency (BBB/BBB) in English and French. Based on the information you provided, you indicated that you do not currently meet this language requirement. As a result, your application will not be considered further in this process.

We encourage you to continue to consult the jobs website and to apply to future processes for which you meet the requirements.

Staffing Services
Do not reply to this message.`, 'Selection process 26-CRA-EA-4471 - Result of screening'),

  // 25
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Ms Mensah,

Thank you for attending interview for the post of Staff Nurse, Ward 7 (Elderly Care), reference 336-SN-0914, at St Aldric's Hospital on Friday.

The panel were impressed with your clinical knowledge and your warmth with patients. However, as the post requires active registration with the Nursing and Midwifery Council on the start date and your registration is still being processed, we are unable to offer you the post on this occasion.

Yours sincerely,
Recruitment Team
St Aldric's Hospital NHS Foundation Trust`, 'Outcome of interview - Staff Nurse - 336-SN-0914'),

  // 26
  rej('final', ['profile_mismatch'], { ...offered },
    `Dear Joseph,

Thank you for coming in for the final interviews with the partners on Thursday. I know it was a long afternoon.

It was a very close decision. In the end the partners decided to offer the associate position to a candidate whose practice so far was somewhat closer to the work the group does. I realise that isn't very satisfying to hear after all the time you gave us.

If you'd like more detail, I'd be glad to arrange a call with Helen, who chaired the panel.

Kind regards,
Rosalind Treharne
Legal Recruitment Manager
Ashcombe Pryce LLP`, 'Ashcombe Pryce - Commercial Litigation Associate'),

  // 27
  rej('screen', ['generic'], { ...door },
    `Hi Chloe! Thanks for the quick phone chat the other day 🙂 We've decided to go ahead with other people for the weekend Team Leader job at our Bondi store. We'd love for you to apply again next season though, keep an eye on our socials! — Mia, Salt & Sand Surf Co.`, 'Team Leader - Bondi'),

  // 28
  rej('interview', ['location'], { ...fb },
    `Dear Mr. Fernando,

Thank you for your video interview with our Executive Chef last week for the position of Sous Chef at Al Sahil Resort & Spa.

We have reviewed the outcome with our management. Unfortunately, the visa quota for your nationality in this grade has been reached for this year, and we are not able to obtain an employment visa for you at present. For this reason we are unable to proceed with your application.

We thank you for your understanding.

Best regards,
Human Resources Department
Al Sahil Resort & Spa, Ras Al Khaimah, UAE`, 'Sous Chef - Al Sahil Resort & Spa'),

  // 29
  rej('interview', ['role_closed'], {},
    `Dear Wanjiru,

Thank you for interviewing with us for the Community Health Programme Coordinator post.

I am sorry to tell you that the grant which was to fund this position has not been renewed by the donor, and we will not be able to fill the post. Our board made the decision on Monday. We are therefore closing the recruitment and will not be making an appointment.

With thanks,
Esther Kariuki
Programmes Manager
Tumaini Health Trust, Kisumu`, 'Programme Coordinator recruitment'),

  // 30
  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Kenji,

Thanks for doing the art test for the Environment Artist position. Our art director went through it carefully.

The composition and colour in your scene were lovely. Where it didn't land was the technical side: the brief asked for a modular kit built for reuse in-engine, and the pieces you sent were one-off sculpts with no consistent texel density. For this role we need someone already comfortable with modular workflows and trim sheets, so we won't be moving forward.

Thanks again,
Pinecone Interactive Recruiting`, 'Environment Artist - Art Test Feedback'),

  // 31
  rej('final', ['position_filled'], { ...door },
    `Dear Li Ting,

Thank you for your time at the final round of interviews for the Vice President, Credit Risk role at Straits Meridian Bank.

We have now concluded the selection, and the position has been filled.

We were glad to meet you and we would like to keep your profile for future opportunities in our Risk function. We will contact you should a suitable role arise.

Best regards,
Talent Acquisition, Group Human Resources
Straits Meridian Bank Limited, Singapore`, 'Straits Meridian Bank - VP Credit Risk'),

  // 32
  rej('interview', ['internal_candidate'], {},
    `Dear Dr Abiodun,

Thank you for attending interview for the post of Lecturer in Public Health (Ref. AC04812) on 3 March.

The panel has decided to appoint a colleague already working within the School, who applied through the same open process.

On behalf of the panel, thank you for your interest in the University.

Yours sincerely,
Faculty HR Officer
University of Westmarch`, 'AC04812 Lecturer in Public Health - outcome'),

  // 33
  rej('screen', ['overqualified', 'salary'], { ...fb },
    `Hi Priyanka,

Really enjoyed our call — you know way more about growth than I do!

Being straight with you: we're a 6-person team looking for a first marketing hire who'll be hands-on with the newsletter and social. You've led a team of 20 and run eight-figure budgets, so I think you'd outgrow this in weeks. And the number you mentioned (130k) is about double what we've set aside for the role. So I'm going to pass, but thank you for being so generous with your time.

Dom
Founder, Loop & Ledger`, 'our call'),

  // 34
  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Martin,

Thanks for sending your CV over for the Payroll Administrator role with my client in Reading.

I've spoken to them and they've decided not to take it forward. They felt that with your background as a Payroll Manager covering five countries, you're quite a way ahead of what they need — it's an entry-level admin position reporting into a supervisor, and they were concerned about keeping you engaged.

I've got a couple of more senior payroll roles coming in over the next few weeks, so I'll definitely be in touch about those.

Best,
Sophie Danvers
Principal Consultant, Finance & Payroll
Redmarsh Recruitment`, 'Payroll Administrator - Reading'),

  // 35
  rej('final', ['culture_fit'], { ...fb },
    `Dear Tariq,

Thank you for spending the day with us at our final assessment in Frankfurt.

The partners' view was that your case work was solid. The point that decided it was how you worked with the other candidates in the group exercise: you took over the whiteboard early, spoke over two colleagues and presented the group's recommendation as your own. Our teams staff very small engagements where collaboration matters more than anything, and the partners did not feel this fit how we work.

We will therefore not be extending an offer.

With kind regards,
Recruiting, Auerbach Kessler & Partner`, 'Your final round at Auerbach Kessler & Partner'),

  // 36
  rej('interview', ['generic'], { ...offered },
    `Hi Sofia,

Thank you for interviewing for the Customer Support Specialist position at Brightbay. We appreciate the time you spent with our team.

After much consideration, we've decided not to move forward with your candidacy.

If you'd like feedback on your interviews, reply to this email and a member of the recruiting team will follow up.

Best,
Brightbay Recruiting

Powered by Greenhouse`, 'Following up on your Brightbay interviews'),

  // 37
  rej('final', ['generic'], { ...door },
    `Hi Marcus,

Thanks for taking part in the onsite for the Senior Account Executive role at Halyard Cloud. We know a full day of interviews is a lot to ask.

The team has met to discuss all the finalists, and we have decided not to move forward with your application.

We'd genuinely like to stay in touch, and we'd encourage you to apply again in the future as new roles open up.

Cheers,
Halyard Cloud Talent Team
Sent with Lever`, 'Halyard Cloud — Senior Account Executive'),

  // 38
  rej('interview', ['internal_candidate'], { ...door },
    `Dear Beatriz,

Thank you for interviewing for the position of Regional Compliance Analyst (R-0049921) at Valmont Pereira Group.

We would like to inform you that, after our interview process, the position has been filled by an existing Valmont Pereira employee.

Your profile will remain in our database and we will be pleased to consider you for future openings.

Best regards,
Talent Acquisition – Iberia
Valmont Pereira Group

This is an automated message sent by Workday on behalf of Valmont Pereira Group.`, 'Update on your application R-0049921'),

  // 39
  rej('application', ['role_closed'], {},
    `Hi Joel,

Thanks for applying to the Growth Marketer role at Pathwise.

We wanted to let you know that we've decided to pause hiring for this position after a change in our plans for the year, and we've closed the role. Because of this, we won't be moving forward with any applications for it, including yours.

Thanks for your interest in Pathwise.

The Pathwise Team
Sent via Ashby`, 'Update on the Growth Marketer role'),

  // 40
  rej('assessment', ['generic'], {},
    `Dear Mr. Petrov,

Thank you for your continued interest in the Security Officer position with Sentinel Guard Services.

As you know, employment with Sentinel is conditional on the successful completion of a pre-employment background screening. We have now received the results of your screening and, based on them, we are unable to proceed with your application.

A copy of the report can be requested from the screening provider directly.

Sentinel Guard Services – Recruitment
This message was sent via SmartRecruiters. Replies to this address are not monitored.`, 'Your application with Sentinel Guard Services'),

  // 41
  rej('final', ['generic'], {},
    `Dear Hannah,

Thank you for your patience while we completed reference checks following your final interview for the Finance Business Partner role.

Unfortunately, on the basis of the references received, we are not in a position to make you an offer of employment.

We wish you well.

Regards,
People Services
Carrowmore Foods plc

Job Ref: FBP-2231 | Powered by iCIMS`, 'Finance Business Partner - FBP-2231'),

  // 42
  rej('screen', ['location'], { ...fb },
    `Dear Diego,

Thank you for taking the time to speak with our recruiter regarding the Clinical Data Manager position (Req 26-0318).

As discussed on the call, this role requires the successful candidate to be on site at our Raleigh campus five days a week. You indicated that you would only consider a fully remote arrangement from your home in Denver. As we are not able to accommodate that, we will not be moving forward with your candidacy at this time.

Sincerely,
Talent Acquisition
Arborline Clinical Research

Please do not reply to this automated Taleo message.`, 'Req 26-0318 - Clinical Data Manager'),

  // 43
  rej('application', ['position_filled'], {},
    `Hi Freja,

Thank you for your application for Barista at Kaffebar Nord.

We want to let you know that we have now filled the position, so we won't be able to take your application further.

Have a lovely day!
Kaffebar Nord, Aarhus

Sent via Teamtailor`, 'Barista at Kaffebar Nord'),

  // 44
  rej('screen', ['salary'], { ...fb },
    `Hi Andrea,

Thanks for the phone screen on Tuesday for the Senior QA Engineer role.

After speaking with the hiring manager, we've decided not to continue. The main issue is compensation: your expected range (95,000–105,000 CHF) is above what we can offer for this level, where our budget is 80,000 CHF.

Thanks again for your interest in Alpenlogic.

Best regards,
Alpenlogic Hiring Team, Zürich
Sent via Workable`, 'Senior QA Engineer at Alpenlogic'),

  // 45
  rej('interview', ['culture_fit'], { ...fb },
    `Hallo Jonas,

vielen Dank for the second interview on Friday, and for being so open with us.

We talked about it as a team. We're a company that runs almost entirely asynchronously, in writing, across four time zones; most days there are no meetings at all. You told us that you get your energy from being in a room with people and that you'd struggle to work mostly in writing. We think that honesty is great, and it is also why we believe the fit with the way we work isn't there. We will not make you an offer.

Liebe Grüße
Carla Neumann
People & Culture, Fernweh Software GmbH

This e-mail was sent via Personio.`, 'Your application at Fernweh Software'),

  // 46
  rej('interview', ['overqualified'], { ...fb, ...door },
    `Hi Ruth,

Thank you for coming in to meet Alan and me on Monday.

We both came away thinking you'd be brilliant at this job — and that's partly the problem. The Office Coordinator role is a junior position, and with your twelve years running operations for a 300-person company we genuinely think it would be too small for you, and that you'd be looking for something bigger before long. We're going to go with a candidate at an earlier stage in their career.

We hope to grow over the next year, and if an Operations Manager role opens up I'd love you to apply.

Best wishes,
Ingrid Howe
HR Manager, Lanyard Creative

Sent from BambooHR`, 'Office Coordinator - Lanyard Creative'),

  // 47
  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr. van Dijk,

Thank you for your application for the position of Field Service Technician at Hoekstra Installatietechniek.

For this position a valid driving licence (category B) is required, since the work takes place at customer sites across Noord-Brabant. Your application indicates that you do not currently hold a driving licence. We are therefore unfortunately unable to consider your application further.

Kind regards,
HR Hoekstra Installatietechniek B.V.

This email was sent using Recruitee.`, 'Application Field Service Technician'),

  // 48
  rej('interview', ['generic'], { ...door },
    `Dear [Candidate Name],

Thank you for attending an interview for the position of [Job Title] with Pemberton Civil Ltd.

After careful consideration, we regret to inform you that on this occasion your application has not been successful.

We would like to thank you for your interest in Pemberton Civil and would encourage you to apply for future vacancies that match your skills and experience.

Yours sincerely,

[HR Representative]
Pemberton Civil Ltd`, 'Interview outcome'),

  // 49
  rej('final', ['internal_candidate'], { ...offered },
    `Hi Nikhil,

Some news on Calderwood Partners, and sadly not the news we wanted. After the final interviews with the CFO they've decided to promote their current Financial Controller's deputy into the role. They told me the internal candidate had been in the frame all along but they wanted to test the market.

I know that's frustrating after three rounds. I did get some comments on your final interview from the CFO — happy to go through them on a call whenever works for you.

Speak soon,
Ollie Brennan
Director, Brennan Hale Search`, 'Calderwood Partners - update'),

  // 50
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Mateo,

Thanks for the take-home. I went through it myself.

The mobile screens were nicely built, but the offline mode — which was the core of the brief — didn't work: the app lost queued changes when it was killed, and there were no tests around the sync logic. For this role that's the centre of the job, so I'm not going to move you to the interview stage.

If you want, I'm happy to do a 20-minute call and walk through the code together. Just let me know.

Rhea Kapoor
Mobile Lead, Fieldnote`, 'Fieldnote take-home'),

  // 51
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Mr. Wallace,

Thank you for taking part in the interview for the Account Manager position at Hinode Trading Co., Ltd. on 12 February.

After consideration, we have decided not to proceed. This position requires daily negotiation with domestic suppliers in Japanese, and we determined that a level equivalent to JLPT N1 is necessary. Your current level (N3) would not yet allow you to carry out these duties.

We sincerely apologise for not being able to meet your expectations and wish you success in the future.

Human Resources Department
Hinode Trading Co., Ltd., Osaka`, 'Result of selection: Account Manager'),

  // 52
  rej('application', ['location'], { ...fb },
    `Olá Lucas,

Thank you for your interest in the position of Financial Analyst at Aroeira Investimentos.

This is an in-person role at our office in São Paulo, and candidates must already be based in the city. As your application shows that you live in Recife and are not planning to relocate, we cannot continue with your application for this opening.

Abraços,
Time de Talentos – Aroeira Investimentos`, 'Financial Analyst - Aroeira Investimentos'),

  // 53
  rej('screen', ['profile_mismatch'], { ...door },
    `Bonjour Camille,

Merci for our call on Monday about the Key Account Manager position at Vignal Emballages.

After discussing with the sales director, we have decided not to continue with your application, as other candidates' profiles correspond more closely to what we are looking for.

I will keep your CV in our database and will not hesitate to contact you if another opportunity comes up.

Cordialement,
Aurélie Marchand
Chargée de recrutement, Vignal Emballages, Lyon`, 'Candidature Key Account Manager'),

  // 54
  rej('interview', ['position_filled', 'profile_mismatch'], {},
    `Dear Otieno,

Thank you for attending the interview for the Monitoring and Evaluation Officer position at Shamba Resilience Initiative on 4 March.

We are writing to let you know that the position has now been filled. The candidate selected had experience that more closely matched the needs of the programme.

We thank you for your interest in our work.

Sincerely,
Human Resources
Shamba Resilience Initiative, Nairobi`, 'M&E Officer - Outcome'),

  // 55
  rej('application', ['role_closed'], { ...door },
    `<div style="max-width:560px;margin:0 auto;font-family:Helvetica,Arial,sans-serif;color:#222">
<img src="https://cdn.example.com/brand/solvane-logo.png" alt="Solvane" width="120"><br><br>
<p>Hi Aleksandra,</p>
<p>Thank you for applying for the <strong>Field Marketing Manager, CEE</strong> role at Solvane. We know that applying for a job takes time, and we're grateful you chose to spend some of it on us.</p>
<p>We wanted to give you an update. Over the last few weeks our leadership team has been reviewing how we go to market in Central and Eastern Europe. As part of that review, we have decided to fold our regional marketing into the central EMEA team in Amsterdam, and the Field Marketing Manager, CEE position will no longer exist. That means we're closing this opening without hiring, and your application will not continue.</p>
<p>We're sorry to share this after you'd invested time in applying. It wasn't a decision about you, and we didn't want to leave you waiting without an answer.</p>
<p>If you're open to it, we'll keep your details in our talent community and let you know when roles in the new EMEA team are published. You can also follow <a href="https://careers.example.com">our careers page</a>.</p>
<p>All the best,<br>Talent at Solvane</p>
<hr>
<p style="font-size:11px;color:#888">You are receiving this email because you applied for a role at Solvane B.V., Keizersgracht 210, Amsterdam. <a href="#">Manage your data</a> &middot; <a href="#">Privacy</a></p>
</div>`, 'An update on your Solvane application'),

  // 56
  rej('final', ['salary'], { ...fb },
    `Hi Zara,

Thanks for your patience, and for being so clear about your numbers.

I've been back to the leadership team twice. They really wanted you after the final round, but the package you're looking for (£78k base plus the car allowance) is £11k over the top of the band, and the CFO won't approve an exception for this grade. I'm sorry — I know you'd hoped we could meet in the middle. We won't be able to make you an offer.

Best,
Kieran

-----Original Message-----
From: Zara Hussain
Sent: 16 March 2026 08:40
To: Kieran Lowe
Subject: RE: Commercial Manager - final round

Hi Kieran, thanks for the call Friday. Just to confirm in writing, I'd need £78k base plus car allowance to make the move. Let me know if that's workable.

-----Original Message-----
From: Kieran Lowe
Sent: 13 March 2026 17:02
Subject: Commercial Manager - final round

Hi Zara, great news — the panel would like to move forward after your final round. I'll call you later to talk numbers.`, 'RE: Commercial Manager - final round'),

  // 57
  rej('interview', ['internal_candidate'], {},
    `hey, sorry — they went with someone internal for the shift manager spot. thanks for coming in tho. dan`, 'shift manager'),

  // 58
  rej('application', ['profile_mismatch'], {},
    `Dear Ngozi Eze,

Thank you for your interest in the position Graduate Management Trainee (Requisition ID 260118) at Sahelia Breweries Plc.

We have reviewed your application. We regret to inform you that your qualifications do not match the requirements of this position closely enough for us to progress your application.

Regards,
Talent Acquisition Team
Sahelia Breweries Plc

This is a system generated email from Oracle Recruiting Cloud. Please do not reply.`, 'Requisition 260118 – Application update'),

  // 59
  rej('interview', ['culture_fit'], { ...fb },
    `Hi Ellie,

Thank you for coming to the production office on Wednesday. The team enjoyed hearing about your festival work.

I'll be honest with you about our reasoning. Our edit suites run on very long, unpredictable days close to delivery, and the team relies on everyone pitching in on whatever needs doing, often at short notice. Several of your answers made clear — quite fairly — that you want firm hours and a clearly bounded remit. We don't think our working style would suit you, and so we won't be offering you the Assistant Editor role.

All the best,
Jonah Mercer
Post-Production Supervisor, Kiln Films`, 'Assistant Editor - Kiln Films'),

  // 60
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Dr. Lindgren,

Thank you for interviewing with us for the QA Specialist, Sterile Manufacturing position at Norvalis Pharma.

The panel valued your analytical background. However, the role requires at least three years of hands-on experience in a GMP-regulated aseptic manufacturing environment, including deviation and CAPA ownership, and your experience so far has been in research laboratories. We will therefore not be offering you this position.

We would welcome a future application from you for roles in our R&D Quality team, which we expect to advertise later this year.

Kind regards,
Talent Acquisition, Norvalis Pharma AB, Södertälje`, 'QA Specialist - interview outcome'),

  // 61
  rej('final', ['overqualified'], { ...fb },
    `Dear Mr. Osei,

Thank you for attending the final interview with our Managing Director for the position of Project Engineer.

We were impressed by your experience. Having managed projects of over $40 million as a Project Director, you bring considerably more experience than this position calls for, which is a support role to our project managers on small water-treatment contracts. We feel the role would not give you the scope you are used to, and we have decided not to offer you the position.

Yours faithfully,
Human Resources
Ankobra Water Engineering Ltd, Accra`, 'Project Engineer – Final Interview Outcome'),

  // 62
  rej('final', ['position_filled'], {},
    `Dear Professor Halloran,

I write on behalf of the search committee for the Chair in Environmental Economics. Thank you for visiting campus and for your seminar; the committee very much appreciated your engagement with the department.

I am writing to let you know that the University has made an offer to another shortlisted candidate, and that the offer has been accepted.

With kind regards,
Professor Amelia Stroud
Chair of the Search Committee`, 'Chair in Environmental Economics'),

  // 63
  rej('application', ['location'], { ...fb },
    `Kia ora Thomas,

Thank you for applying for the Policy Analyst role (Vacancy 4410) with Te Rōpū Whakahaere.

Due to the security clearance this role requires, applicants must be New Zealand citizens or hold New Zealand residence. Your application indicated that you currently hold a working holiday visa, and so we are unable to progress your application.

Ngā mihi,
Recruitment Team`, 'Vacancy 4410 - Policy Analyst'),

  // 64
  rej('interview', ['generic'], { ...offered, ...door },
    `Hi Nour,

Thank you for meeting with Paolo and me last week to talk about the Architectural Assistant position. We enjoyed looking through your portfolio with you.

We've now finished interviewing and have decided not to take your application further this time. It was not an easy call.

If feedback would be helpful, I'm very happy to set up a short chat. And we take on Part 1 assistants most summers, so do get in touch again next spring.

Best wishes,
Francesca Hale
Studio Manager, Hale Serrano Architects`, 'Architectural Assistant'),

  // 65
  rej('screen', ['role_closed'], {},
    `Dear Kofi,

Thank you for speaking with me last week about the Underwriting Assistant vacancy.

Since our call, the company has announced a hiring freeze across all non-critical positions until further notice, and this vacancy has been withdrawn. I'm sorry that this means we cannot continue your application.

Regards,
Thandi Mokoena
HR Business Partner, Lionsgate Mutual Insurance`, 'Underwriting Assistant vacancy'),

  // 66
  rej('interview', ['skills_gap', 'assessment'], { ...fb },
    `Hi Clara,

Thanks for doing both the interview and the live SQL case with us for the Pricing Analyst role.

We've decided not to progress. In the case, the window function questions weren't completed, and in the interview you mentioned you haven't worked with experimentation or A/B test design, which is about half of this job. The combination meant we didn't feel ready to move forward.

Thanks,
Baskit Analytics Hiring`, 'Pricing Analyst - Baskit'),

  // 67
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Cadet Applicant Moreau,

Thank you for attending the selection days at the Airlink Flight Academy.

During the simulator evaluation, your instrument-tracking scores were below the minimum standard, with altitude deviations exceeding the 150 ft limit on two of the three profiles. As the simulator evaluation is a mandatory gate, we are unable to offer you a place on the March intake.

Applicants may reapply after 12 months, and many successful cadets have done so.

Selection Office
Airlink Flight Academy`, 'Selection result – Cadet Pilot Programme'),

  // 68
  rej('application', ['internal_candidate'], {},
    `Hi Gemma,

Thanks for applying for the Team Lead, Customer Operations role at Parcelo.

We wanted to let you know we've filled this position with someone from inside the team, so we won't be reviewing further applications.

Best,
The Parcelo Talent Team
Sent with Lever`, 'Team Lead, Customer Operations at Parcelo'),

  // 69
  rej('screen', ['position_filled'], { ...door },
    `Hi Ahmed,

Thanks for our call on Monday about the Electrical Estimator role. Bad timing unfortunately — the client has just offered to a candidate they'd been speaking with before we got involved, and they've accepted.

I've got your details and I've a good idea now what you're after, so I'll come back to you as soon as something similar lands.

Regards,
Nathan Burke
Burke Technical Recruitment, Manchester`, 'Electrical Estimator role'),

  // 70
  rej('final', ['culture_fit'], { ...fb },
    `Hi Ivy,

Thank you for the final round with the leadership team on Friday.

We've decided not to extend an offer. The feedback was consistent across the panel: the way you described managing your last team — close oversight of each task, weekly check-ins on every ticket — is quite different from how we work, where leads give a lot of autonomy and step in rarely. We think that gap in management style would make this a hard fit on both sides.

Thanks again for your time and openness.

Best,
Orchard Labs Recruiting
Sent via Ashby`, 'Orchard Labs — Engineering Manager'),

  // 71
  rej('interview', ['salary', 'location'], { ...fb, ...offered },
    `Dear Magdalena,

I hope you're keeping well, and thank you again for coming in to meet the team last Tuesday, and for the thoughtful follow-up note you sent afterwards about our onboarding process. It's not often a candidate reads our help centre more carefully than we do.

I wanted to give you a full account of where we landed, because you've put real effort into this and you deserve more than a two-line email.

The interviews went well. Everyone who met you thought you'd be a strong Customer Education Lead, and your examples from the training programme you built in Kraków came up more than once in our debrief. Where we ran into difficulty was the practical side. The role is based in our Dublin office at least three days a week, and in your interview you explained that you would need to keep living in Kraków and travel in once a month at most. On top of that, your expected salary of €82,000 is well above the €65,000 we have available for the position. Either one of these might have been workable on its own; together, we weren't able to find a way to make it work, and so we have decided not to offer you the role.

I'm sorry, because I know the match on the content of the job was good.

If it would be useful, I'm more than happy to have a call and share the rest of the panel's notes, which were very positive. Just reply with a couple of times that suit you.

Warm regards,

Aoife Gallagher
Head of People
Tessellate Learning Ltd
Block C, Grand Canal Quay, Dublin 2

Tessellate Learning Ltd is registered in Ireland, company no. 688213. This email and any attachments are confidential.`, 'Customer Education Lead - following up'),

  // 72
  rej('application', ['generic'], { ...door },
    `Hola Martina,

Gracias por tu interés. Thank you for applying to the position of Data Analyst at Ribera Mobility, S.L.

We have decided to continue the process with other candidates. We will keep your CV in our database for future processes.

Un saludo,
Equipo de Talento – Ribera Mobility, Valencia`, 'Tu candidatura en Ribera Mobility'),

  // ── Part two: one inbox, January to June (a newly qualified CA in Johannesburg)
  // 73
  other(`JobVine SA — your daily alert

Hi Marné, 14 new jobs match your alert "Newly Qualified CA(SA)" in Gauteng:

• Newly Qualified CA – External Audit · Kessler Mahlangu Inc. · Sandton · R620k – R680k p.a.
• Financial Accountant (NQ CA) · Karoo Foods Ltd · Midrand · Market related
• Graduate Finance Programme 2026 · Umgeni Merchant Bank · Rosebank
• Group Reporting Accountant · Bosveld Retail Group · Centurion · R650k CTC

View all 14 jobs →

You're receiving this because you created a job alert. Unsubscribe | Change frequency`, 'Marné, 14 new jobs for "Newly Qualified CA(SA)"'),

  // 74
  other(`Dear Member

ASSESSMENT OF PROFESSIONAL COMPETENCE — NOVEMBER 2025 RESULTS

The Chartered Accountants' Forum of Southern Africa congratulates the 2,184 candidates who passed the November 2025 sitting. Your individual result is available on your candidate profile.

Candidates who were not successful in this sitting may apply for a remark until 6 February, or register for the June 2026 sitting.

Newly qualified members: your admission to membership will be processed once your training office has confirmed completion of your training contract. The Forum's Newly Qualified Careers Evening takes place in Johannesburg on 28 January — RSVP on the member portal.

Warm regards
Member Services
The Chartered Accountants' Forum of Southern Africa`, 'APC results and next steps for newly qualified members'),

  // 75
  other(`Beste Marné

Baie geluk met jou uitslae! We are so proud of you. Attached is your certificate of completion of your training contract with Venter Naidoo Inc. (1 February 2023 – 31 January 2026), which the Forum will need for your membership.

Your last day with us is Friday. I know you've decided to look outside the firm, and we respect that completely — but please remember the door is always open if you ever want to come back to us.

Totsiens en sterkte,
Annelie Venter
Training Officer, Venter Naidoo Inc. Chartered Accountants, Randburg`, 'Voltooiing van leerkontrak / Training contract completion'),

  // 76
  other(`Dear Marné,

Thank you for applying for the position of Newly Qualified CA – External Audit (Job ID JR-104228) at Kessler Mahlangu Inc.

We have received your application and our recruitment team is currently reviewing it. If your profile matches the requirements of the role, a member of our team will contact you.

Kind regards,
Kessler Mahlangu Talent Acquisition

This is an automated email sent via Workday. Please do not reply.`, 'We have received your application – JR-104228'),

  // 77
  other(`Dear Marné Botha

Thank you for your application to the Umhlanga Capital Bank Graduate Finance Programme.

As the next step, we invite you to complete our online assessments: a numerical reasoning test (25 minutes) and a verbal reasoning test (19 minutes). Please complete both by 23:59 on 30 January 2026 using the link below. We recommend a quiet space and a stable internet connection.

Start your assessments →

Good luck!
Umhlanga Capital Bank Early Careers`, 'Action required: complete your online assessments'),

  // 78
  rej('application', ['generic'], {},
    `Dear Marné,

Thank you for your interest in the position of Newly Qualified CA – External Audit (Job ID JR-104228) at Kessler Mahlangu Inc.

We have carefully reviewed your application. Unfortunately, we will not be progressing your application further for this role.

We wish you every success in your career.

Kind regards,
Kessler Mahlangu Talent Acquisition

This is an automated email sent via Workday. Please do not reply.`, 'Your application – JR-104228'),

  // 79
  other(`Dear Marné Botha

This is to confirm that we have received your completed online assessments for the Umhlanga Capital Bank Graduate Finance Programme.

Our team will review the results of all candidates and let you know the outcome within three weeks.

Umhlanga Capital Bank Early Careers`, 'Assessments received'),

  // 80
  rej('assessment', ['assessment'], { ...fb },
    `Dear Marné Botha

Thank you for completing the online assessments for the Umhlanga Capital Bank Graduate Finance Programme.

Candidates needed to reach at least the 60th percentile on both the numerical and verbal reasoning tests against our graduate comparison group. Your verbal reasoning result met this benchmark, but your numerical reasoning result was at the 42nd percentile. We are therefore unable to take your application to the interview stage of this year's programme.

Thank you for your interest in Umhlanga Capital Bank.

Umhlanga Capital Bank Early Careers`, 'Your Graduate Finance Programme application'),

  // 81
  other(`Hi Marné,

Pieter here from FinPro Placements — hoe gaan dit? Just checking in to see how the search is going since we spoke in January.

I've got two NQ CA roles on my desk at the moment: one in commercial finance at a JSE-listed industrial group in Germiston and one in internal audit at a bank in Rosebank. Both would suit your articles background. Shall I send you the specs? Happy to chat tomorrow morning if that's easier.

Groete,
Pieter Joubert
Senior Consultant, FinPro Placements | Bryanston
082 555 0194`, 'Catching up + 2 NQ roles'),

  // 82
  other(`Dear Marné

Thank you for your application for the Finance Business Analyst position at Rietvlei Platinum Ltd.

We would like to arrange a short telephonic conversation with you (approximately 20 minutes) with one of our Talent Partners to discuss the role and your experience. Please choose a slot using the scheduling link below.

Kind regards
Rietvlei Platinum Talent Acquisition
Sent via SmartRecruiters`, "Rietvlei Platinum – let's set up a call"),

  // 83
  rej('screen', ['location'], { ...fb },
    `Hi Marné,

Thanks for chatting to me on Tuesday.

As I mentioned on the call, the Finance Business Analyst role sits at our Mogalakwena North operations, near Mokopane, and the business needs the person on site every day; there is no option to work from the Johannesburg office. You said you'd prefer to stay in Joburg for now, which I completely understand. So we won't be taking your application further for this position.

I hope something closer to home comes up for you soon.

Kind regards,
Lindiwe Dube
Talent Partner, Rietvlei Platinum Ltd`, 'Finance Business Analyst – Rietvlei Platinum'),

  // 84
  other(`Dear Marné,

Thank you for applying for the Assistant Manager, Audit role at Ashdown Lyle LLP. We've received your application and it will be reviewed by our Audit recruitment team.

Because you're applying from outside the UK, please be aware that our process may take a little longer than usual. We'll be in touch with an update as soon as we can.

Best wishes,
Ashdown Lyle Recruitment
7 Bishopsgate Place, London EC2

Please do not reply to this email.`, 'Thank you for your application – Ashdown Lyle LLP'),

  // 85
  rej('application', ['location'], { ...fb },
    `Dear Marné Botha,

Thank you for applying for the position of Audit Senior (Ref HW-2291) with Harcourt Webb Chartered Accountants.

We are unable to consider your application further. Applicants for this position need to hold the right to work in the UK already, as we are not able to offer visa sponsorship at this grade, and your application indicates that you would need sponsorship to take up the role.

Yours sincerely,
Recruitment Team
Harcourt Webb Chartered Accountants, Leeds`, 'Your application – Audit Senior HW-2291'),

  // 86
  other(`Hi Marné,

Thanks for your application for the Audit Senior role with Clontarf Audit Partners — your CV is a strong one, and we'd like to talk.

Before we set up an interview, one practical question. Do you currently have permission to work in Ireland (for example Stamp 4), or would you need us to apply for a Critical Skills Employment Permit on your behalf? Chartered accountants are on the critical skills list, so a permit is possible; we just need to plan the timing, as processing can take eight to twelve weeks.

Could you reply to let me know?

Thanks,
Siobhán Keane
HR Manager, Clontarf Audit Partners, Dublin 3`, 'Audit Senior – quick question about work permission'),

  // 87
  other(`Your weekly job picks, Marné

Based on your profile (Chartered Accountant · Johannesburg · Afrikaans, English):

Audit Manager – Mining Assurance · Goudrand Mining · Johannesburg
Financial Accountant · Sondela Telecoms · Sandton
Assistant Manager, Audit · Dubai · Al Noor Gate Holdings
Senior Accountant (Afrikaans an advantage) · Paarl

Not interested in these? Tell us and we'll improve your picks.
You are receiving these emails because of your job preferences. Unsubscribe.`, 'Jobs you may be interested in'),

  // 88
  other(`Dear Marné,

Thank you for your interest in the role of Assistant Manager – Finance at Al Noor Gate Holdings LLC, Dubai.

Your application has been received and is being reviewed. Shortlisted candidates will be contacted by our recruitment team.

Regards,
Talent Acquisition
Al Noor Gate Holdings LLC | Business Bay, Dubai, UAE`, 'Application received – Assistant Manager – Finance'),

  // 89
  rej('screen', ['salary'], { ...fb },
    `Dear Marné,

Thank you for speaking with me on Monday about the Assistant Manager – Finance role.

I have discussed your expectations with our Finance Director. The total monthly package you asked for (AED 24,000 including housing) is well above the budget for this position, which is AED 16,500 all-inclusive, and we are not able to change the grade. For that reason we will not continue with your application.

Thank you for your time and interest.

Best regards,
Rania Haddad
Talent Acquisition Specialist
Al Noor Gate Holdings LLC`, 'Assistant Manager – Finance | Al Noor Gate'),

  // 90
  other(`Dear Marné

Following our review of applications, we are pleased to invite you to an interview for the position of Financial Accountant at Karoo Foods Ltd.

Date: Wednesday, 18 February 2026
Time: 10:00 – 11:00
Venue: Karoo Foods Head Office, 14 Bekker Road, Midrand (please report to reception)
Panel: Financial Manager and HR Business Partner

Please bring a certified copy of your ID and your qualifications. Kindly confirm your attendance by replying to this email.

Regards
Nomvula Sithole
HR Business Partner, Karoo Foods Ltd`, 'Interview invitation – Financial Accountant'),

  // 91
  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Marné

Thank you for attending the interview for the position of Financial Accountant on 18 February.

After careful consideration, the panel has decided to proceed with candidates whose experience more closely matches the needs of the role at this time.

We will keep your CV on our database and may contact you should a suitable vacancy arise in future.

Regards
Nomvula Sithole
HR Business Partner, Karoo Foods Ltd`, 'Financial Accountant – interview outcome'),

  // 92
  other(`Dear Marné

Congratulations! Following your application and online assessments, you have been selected to attend the Highveld Coal & Minerals Graduate Finance Assessment Centre.

Date: Thursday, 5 March 2026, 08:00 – 16:00
Venue: Highveld House, 33 Fricker Road, Illovo

The day will include a group exercise, a written case study on a mine's capital budget, and a short presentation to assessors. Lunch will be provided. Please bring your ID and wear business attire.

Kindly accept the invitation via the candidate portal by 27 February.

Regards
Graduate Recruitment
Highveld Coal & Minerals Ltd`, 'Invitation: Graduate Finance Assessment Centre'),

  // 93
  hold('assessment', ['generic'], {},
    `Dear Marné

Thank you for attending our Graduate Finance Assessment Centre on 5 March.

We wanted to let you know that the outcome of the assessment centre is taking longer than we planned, as final approval of the intake numbers is still with our executive committee. We now expect to communicate results by the end of April. No decision has been made on your application yet.

We apologise for the delay and appreciate your patience.

Regards
Graduate Recruitment
Highveld Coal & Minerals Ltd`, 'Update: Graduate Finance Assessment Centre outcome'),

  // 94
  other(`Hi Marné,

Hope you're well! Just a quick one from Numeri Talent — it's been a while since we updated your details. Could you send me your latest CV (with the APC pass on it) and let me know if your salary expectations or preferred areas have changed? A few of our audit and banking clients are opening Q2 roles and I want to make sure I put the right things in front of you.

Thanks so much,
Thandeka Zulu
Recruitment Consultant – Finance, Numeri Talent, Rosebank`, 'Updating your profile with us'),

  // 95
  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Marné,

Thanks for letting me put you forward for the Creditors Clerk position at my client in Kempton Park.

They've come back to me and said no, and it's because you're more qualified than they need: it's a clerk role (invoice capturing and supplier recons) that would usually go to someone with a matric and a bookkeeping certificate, and they felt a qualified CA would be bored and leave quickly. I did warn you that might be their view!

I'll keep an eye out for roles that suit your level and will be in touch.

Thandeka Zulu
Recruitment Consultant – Finance, Numeri Talent`, 'Creditors Clerk – feedback'),

  // 96
  other(`Dear Marné,

Thank you for your application for the Audit Supervisor position at Pillay Roux & Co.

We would like to invite you to a first interview with two of our audit managers at our Bedfordview office on Monday, 9 March at 14:00. The interview will last about an hour and will include some technical questions on ISA 315 and ISA 540.

Please let me know if this time suits you.

Kind regards,
Fathima Pillay
HR Officer, Pillay Roux & Co. Chartered Accountants`, 'Interview – Audit Supervisor'),

  // 97
  other(`Dear Marné Botha,

Thank you for applying for the role Finance Analyst – Treasury at Sable Bank.

Your application is currently under review by the hiring team. We appreciate your patience during this time.

You can check the status of your application at any time on the careers portal.

Sable Bank Careers
This is a system-generated email. Please do not reply.`, 'Your application status: Under review'),

  // 98
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Marné,

Thank you for your interview with the Treasury Finance team on 12 March for the Finance Analyst – Treasury role.

We have decided not to continue with your application. The role involves running and reviewing the expected credit loss models under IFRS 9 from the first week, and the panel needed someone with direct hands-on experience of ECL modelling. Your audit experience of IFRS 9 has been from the assurance side rather than building or running the models, and we did not feel we could provide the training time needed.

Thank you for your interest in Sable Bank.

Kind regards,
Talent Acquisition
Sable Bank Limited`, 'Finance Analyst – Treasury: application update'),

  // 99
  rej('assessment', ['assessment'], { ...fb },
    `Dear Marné

Thank you once again for attending our Graduate Finance Assessment Centre, and for your patience while we finalised the results.

The assessors scored each candidate on the group exercise, the written case study and the presentation. Your case study was rated well; however, your overall score of 61% was below the 70% required for a place on the 2026 intake, mainly because of the presentation, where assessors noted that the capital budget recommendation was not clearly supported by the numbers in your case.

We are therefore unable to offer you a place in the programme.

Regards
Graduate Recruitment
Highveld Coal & Minerals Ltd`, 'Graduate Finance Programme – outcome'),

  // 100
  rej('final', ['position_filled'], { ...offered },
    `Dear Marné,

Thank you for coming back to meet our partners for the final interview for the Audit Supervisor role last Thursday.

I'm sorry to let you know that we offered the position to another candidate, who has accepted it.

You were a very close second. If you would find it helpful, I would be glad to arrange a short call with Mr Roux, who can share the partners' comments with you.

Kind regards,
Fathima Pillay
HR Officer, Pillay Roux & Co. Chartered Accountants`, 'Audit Supervisor – outcome'),

  // 101
  hold('interview', ['role_closed'], {},
    `Dear Marné

Thank you for your interview with us for the Umgeni Merchant Bank Graduate Finance Programme on 10 March.

We must let you know that the bank has announced a restructuring of its finance function, and all graduate and junior finance recruitment has been paused while the new structure is finalised. Your application remains active and has not been declined. We hope to resume the process in the third quarter and will contact you then.

We understand this is frustrating and apologise for the uncertainty.

Kind regards
Early Careers Team
Umgeni Merchant Bank`, 'Graduate Finance Programme – process paused'),

  // 102
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Marné,

Thanks for taking the time to interview with Conor and me over Teams last Wednesday, especially given the time difference.

We've decided not to go further. The Audit Senior role would have you leading fieldwork on Irish clients from the first month, and the partners felt we need someone who has already worked with the Companies Act 2014 and Irish corporation tax computations. Your South African experience is very solid, but getting up to speed on the Irish framework would take longer than this role allows. It's nothing to do with the permit question — we were fully prepared to apply for that.

Thanks again,
Siobhán Keane
HR Manager, Clontarf Audit Partners

On Fri, 20 Feb 2026 at 09:12, Marné Botha wrote:
> Hi Siobhán, thanks for your email. I don't hold Stamp 4, so I would need a Critical Skills Employment Permit. I'd be available from June at the earliest.`, 'Re: Audit Senior – quick question about work permission'),

  // 103
  other(`The Forum Bulletin — March 2026

In this issue:
• Welcome to our 2,184 newly admitted members
• ISSB: what the new sustainability disclosure standards mean for audit teams
• CPD reminder: newly qualified members must record 40 hours this year
• Careers: "Your first role after articles — audit, banking or industry?" webinar on 24 March
• Member benefits: discounted professional indemnity cover

We regret that the Cape Town regional dinner has been cancelled due to low registrations. Members who booked will receive a full refund.

The Chartered Accountants' Forum of Southern Africa
You are receiving this as a member. Manage your preferences.`, 'The Forum Bulletin – March 2026'),

  // 104
  rej('interview', ['culture_fit'], { ...fb },
    `Dear Marné

Thank you for interviewing with us for the Group Reporting Accountant role.

The panel enjoyed meeting you and your technical answers were good. In the end we have decided not to proceed. Our group finance team is small and works very closely together in the office, and you said in the interview that you do your best work independently and would prefer to work from home most days. We feel our very hands-on, collaborative way of working would not suit you.

We wish you well.

Kind regards
Hennie du Plessis
Group Financial Manager, Bosveld Retail Group, Centurion`, 'Group Reporting Accountant'),

  // 105
  rej('interview', ['internal_candidate'], {},
    `Goeiemiddag Marné

Dankie vir die onderhoud verlede week. Thank you for the interview last week for the Audit Senior position.

We have decided to promote one of our own trainees who completed articles with us in January into the position. I'm sorry the news isn't better.

Vriendelike groete
Karin Steyn
Director, Mokoena Steyn Inc., Pretoria`, 'Audit Senior pos / position'),

  // 106
  rej('application', ['role_closed'], { ...door },
    `Dear Marné Botha

Reference: PTB-FIN-0418 Financial Reporting Accountant

Thank you for your application.

Please note that this vacancy has been withdrawn following an internal review of the Financial Reporting structure, and the position will not be filled. Your application will therefore not be considered further.

We encourage you to keep an eye on our careers page and to apply for other vacancies that match your profile.

Protea Trust Bank Recruitment

Protea Trust Bank Limited is an authorised financial services provider and registered credit provider. Please do not reply to this message.`, 'PTB-FIN-0418 – vacancy withdrawn'),

  // 107
  other(`Dear Marné,

Good news — the Audit team at Ashdown Lyle would like to invite you to a video interview for the Assistant Manager, Audit role.

Date: Tuesday, 31 March 2026
Time: 10:00 UK time (11:00 SAST)
Format: Microsoft Teams, 45 minutes
Interviewers: Rebecca Tolland (Audit Director) and James Okafor (Senior Manager)

A Teams link will follow. Please reply to confirm, and let us know if you need any adjustments.

Best wishes,
Ashdown Lyle Recruitment`, 'Interview invitation – Assistant Manager, Audit'),

  // 108
  hold('interview', ['generic'], {},
    `Hi Marné,

Thanks for your message, and sorry for the slow reply.

Rebecca and James were pleased with your interview. The delay is on our side: Rebecca is out on a client year-end until the end of April and we need her sign-off before we decide who moves to the second stage. No decision has been made yet, and you're still very much in the process. I'll be back to you by mid-May at the latest.

Best wishes,
Hattie Moore
Recruitment Advisor, Ashdown Lyle LLP

On 14 Apr 2026, at 08:03, Marné Botha wrote:
> Good morning Hattie, I hope you're well. I wondered whether there was any news on the Assistant Manager role after my interview on 31 March?`, 'Re: Assistant Manager, Audit'),

  // 109
  other(`Hi Marné,

Nice to e-meet you. I'm a consultant with Gulf Horizon Talent in Dubai, recruiting for an Audit Assistant Manager role with a top-ten firm in DIFC.

To submit you to the client, I'll need: a copy of your passport (the photo page), your CV in Word format, a copy of your degree certificates (they'll need attestation by the UAE Embassy in Pretoria later, so it's worth starting now), and your current and expected salary.

Could you send these through by Thursday?

Best regards,
Yousef Al Marri
Senior Consultant, Gulf Horizon Talent, Dubai`, 'Audit AM role – documents needed'),

  // 110
  rej('final', ['location'], { ...fb },
    `Dear Marné,

Thank you for completing the final interview with our Group CFO on 8 April for the position of Internal Audit Specialist.

Following the final interview we received guidance from the Ministry that this position must be filled by a UAE national under the Emiratisation targets that apply to our company this year. As you are not a UAE national, we are unable to offer you the role, even though the panel rated your interviews highly.

We sincerely apologise for the inconvenience.

Kind regards,
Human Capital Department
Emirates Crescent Holdings PJSC, Abu Dhabi`, 'Internal Audit Specialist – final decision'),

  // 111
  other(`Dear Marné

Thank you for your application for the Newly Qualified Audit Manager position at Ndlovu Fourie Inc.

As part of our selection process, shortlisted candidates complete a 90-minute technical assessment covering IFRS, ISAs and the Companies Act. Please complete the assessment using the link below by Friday, 17 April. You will need a calculator; the assessment is closed-book.

Kind regards
Recruitment, Ndlovu Fourie Inc.
Sent via Workable`, 'Technical assessment – NQ Audit Manager'),

  // 112
  rej('assessment', ['assessment'], {},
    `Dear Marné

Thank you for completing our technical assessment for the Newly Qualified Audit Manager position.

Unfortunately, your result did not meet the required standard, and we will not be progressing your application further.

Kind regards
Recruitment, Ndlovu Fourie Inc.
Sent via Workable`, 'Your application at Ndlovu Fourie Inc.'),

  // 113
  rej('application', ['skills_gap'], { ...fb },
    `Dear Ms Botha

Thank you for your application for the position of Management Accountant at Vaal Steel Works (Pty) Ltd.

We have reviewed all applications against the minimum requirements. This position requires at least two years of post-articles experience in a manufacturing environment, as well as working experience on SAP S/4HANA. Your application does not show these requirements, and we are therefore unable to shortlist you.

Yours faithfully
Human Resources Department
Vaal Steel Works (Pty) Ltd, Vanderbijlpark`, 'Management Accountant – application'),

  // 114
  rej('screen', ['generic'], { ...door },
    `Hi Marné,

Thanks again for the call last week about the Internal Audit role at the bank in Rosebank.

I've had word back — they've decided to go with other candidates for this one. Sorry it's not better news. I know you were keen on it.

I'll keep you in mind for anything similar, and I'd encourage you to keep applying to their roles directly as well; they hire NQ CAs every year.

Groete,
Pieter Joubert
FinPro Placements`, 'Internal audit role'),

  // 115
  other(`Dear Marné

Please note that your second interview for the position of Audit Manager – Mining Assurance has been moved.

Original: Tuesday, 21 April, 09:00
New: Thursday, 23 April, 14:00
Venue: Goudrand Mining Ltd, 5th Floor, 101 Main Street, Marshalltown

This will be the final interview, with the Chief Audit Executive and the Head of Finance. Please accept our apologies for the change, and confirm that the new time suits you.

Regards
Talent Acquisition, Goudrand Mining Ltd`, 'Rescheduled: final interview – Audit Manager – Mining Assurance'),

  // 116
  hold('screen', ['role_closed'], {},
    `Dear Marné

Thank you for your time on the telephone on 2 April regarding the Financial Accountant position at Sondela Telecoms.

Please note that the company has introduced a temporary freeze on all new appointments while the annual budget is reviewed. We have therefore put the recruitment for this position on hold. Your application has not been unsuccessful, and we will contact you once the freeze is lifted, which we hope will be in June.

Kind regards
Talent Acquisition
Sondela Telecoms (Pty) Ltd, Sandton`, 'Financial Accountant – recruitment on hold'),

  // 117
  rej('final', ['salary'], { ...fb },
    `Dear Marné

Thank you for attending the final interview on 23 April. The panel enjoyed meeting you.

We have reached a decision not to make you an offer. Your expected package of R780,000 per annum is above the approved range for this position, which is capped at R690,000, and we are not able to motivate an exception for a newly qualified appointment.

Thank you for your interest in Goudrand Mining.

Regards
Talent Acquisition, Goudrand Mining Ltd`, 'Audit Manager – Mining Assurance'),

  // 118
  other(`Dear Marné,

Thank you for coming in to meet Tebogo and me this morning for the Financial Accountant role. We enjoyed the conversation, particularly your comments on the IFRS 17 transition.

We still have a few candidates to see this week, and we'll be in touch with everyone by the end of next week. Please don't hesitate to contact me if you have any questions in the meantime.

Kind regards,
Michelle Naidoo
Senior HR Consultant, Marula Insurance Group`, 'Thank you for your time today'),

  // 119
  rej('interview', ['position_filled'], { ...door },
    `Dear Marné,

As promised, an update on the Financial Accountant role. We have now appointed a candidate, who has accepted our offer.

Thank you again for your time and interest. We'd be glad to hear from you if you see another role with Marula that interests you, and with your permission we'll keep your CV for future finance vacancies.

Kind regards,
Michelle Naidoo
Senior HR Consultant, Marula Insurance Group`, 'Financial Accountant – update'),

  // 120
  rej('final', ['internal_candidate'], { ...door },
    `Dear Marné

Thank you for your participation in the final round of interviews for the position of Associate, Financial Control at Kruger Ngcobo Investment Bank.

After much deliberation, the position has been filled by a candidate from within the bank's existing Finance team.

We were impressed by your interviews and would like to keep in touch. We will contact you when suitable positions become available.

Yours sincerely
Human Capital
Kruger Ngcobo Investment Bank Limited`, 'Associate, Financial Control – outcome'),

  // 121
  rej('application', ['role_closed'], {},
    `Dear Marné,

Thank you for applying for the Assistant Financial Controller role with Liffeyside Financial Services DAC.

Following a change in our group structure, the role will now be filled from our Luxembourg office, and the Dublin vacancy has been closed. We are therefore not progressing any applications for it.

Best regards,
HR Team
Liffeyside Financial Services DAC, IFSC, Dublin 1`, 'Assistant Financial Controller – vacancy closed'),

  // 122
  rej('interview', ['overqualified'], { ...fb },
    `Hi Marné,

Thanks for your email and for your patience.

We've finished interviews now and decided to go with another applicant. To be honest with you, the team felt that as a qualified CA you're beyond what this Assistant Accountant position needs: it's mostly month-end journals and debtors, and it's set up for someone still studying. We think you'd be looking for the next step very quickly. I'm sorry it took a while to come back to you.

Kind regards,
Bongani Mthembu
Finance Manager, Tswelopele Logistics

On Mon, 11 May 2026 at 08:47, Marné Botha wrote:
> Hi Bongani, thank you again for the interview on 28 April. Could you let me know if there is an update on the Assistant Accountant role?`, 'Re: Assistant Accountant – interview'),

  // 122b
  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Marné,

As promised, I'm back to you before mid-May. Thank you for waiting.

Rebecca has now reviewed all the first-stage interviews, and I'm afraid we won't be inviting you to the second stage. She felt the other candidates' experience was a closer match for the Assistant Manager role at this point. I know this isn't the news you were hoping for after such a long wait, and I'm sorry.

If it would be useful, I can ask Rebecca for a few lines of feedback — just let me know.

Best wishes,
Hattie Moore
Recruitment Advisor, Ashdown Lyle LLP`, 'Assistant Manager, Audit – update'),

  // 123
  other(`Dear Marné,

We confirm that, as you requested, your application for the Audit Senior position at Emerald Freight Solutions has been withdrawn. We won't contact you further about this vacancy.

Thank you for letting us know, and we wish you well in your new role.

Emerald Freight Solutions Recruitment
Sent via Workable`, 'Application withdrawn'),

  // 124
  other(`Hi Marné,

Welcome to the Jacaranda Mining Group Talent Community! You'll now receive updates about finance and audit roles across our operations in Gauteng and Limpopo, plus invitations to our graduate and newly qualified events.

You can update your preferences or leave the community at any time.

Jacaranda Mining Group Careers`, 'Welcome to our Talent Community'),

  // 125
  other(`Dear Marné

Thank you for your interview with us on 14 May for the position of Finance Manager – Operations.

We are pleased to invite you to the final round: a panel interview with our CFO, the Head of Operations Finance and the HR Director, on Wednesday, 27 May at 10:00 at Jacaranda House, Parktown. Please prepare a ten-minute presentation on how you would strengthen month-end reporting at a mine site.

Kindly confirm your availability.

Regards
Lerato Mahlangu
Talent Acquisition Manager, Jacaranda Mining Group`, 'Final interview invitation – Finance Manager – Operations'),

  // 126
  other(`Hi Marné,

Following up on the Audit AM role in DIFC — the client has your profile and I'm waiting for their shortlist. They're moving slowly because of the Eid holidays. I'll chase again next week.

Did you manage to start on the degree attestation? It's worth doing either way.

Best,
Yousef
Gulf Horizon Talent`, 'Re: Audit AM role – documents needed'),

  // 127
  other(`Hi Marné,

Just confirming your feedback call with Mr Roux is booked for Friday, 29 May at 12:30. He'll ring you on the mobile number on your CV; it should take about 15 minutes.

Kind regards,
Fathima Pillay
HR Officer, Pillay Roux & Co.`, 'Feedback call – confirmed'),

  // 128
  other(`Jobs for you this week in Johannesburg

Financial Manager (CA(SA)) · Sondela Telecoms · Sandton — posted 2 days ago
Audit Manager – Financial Services · Kessler Mahlangu Inc. · Sandton
Group Accountant · Marula Insurance Group · Bryanston

Apply easily with your saved profile.
Unsubscribe from job alerts`, 'New jobs: Financial Manager (CA(SA)) and more'),

  // 129
  other(`Dear Marné

We are delighted to offer you the position of Finance Manager – Operations at Jacaranda Mining Group, based at Jacaranda House, Parktown, with regular visits to our Limpopo operations.

A summary of the offer:
• Total cost to company: R735,000 per annum
• Performance bonus of up to 15% of annual package
• Start date: 1 July 2026
• Reporting to: Head of Operations Finance

The formal letter of appointment is attached. The offer is subject to satisfactory reference, credit and criminal record checks and to verification of your qualifications and your membership of the Forum.

Please sign and return the letter by 10 June 2026. If you have any questions, I'm happy to discuss them.

Congratulations, and welcome to Jacaranda!

Lerato Mahlangu
Talent Acquisition Manager, Jacaranda Mining Group`, 'Offer of employment – Finance Manager – Operations'),

  // 130
  other(`Hi Marné,

Thanks for your note and congratulations on the Jacaranda offer — that's a great first role. I'll take you off my active list and let the Rosebank client know you're no longer available.

If you ever do want to look again, you know where to find me. Baie sterkte!

Pieter Joubert
FinPro Placements`, 'Re: Update from my side'),

  // 131
  other(`Dear Marné

Thank you for signing and returning your letter of appointment. We have received all your documents, and your background checks have been completed successfully.

Your onboarding is scheduled for Wednesday, 1 July at 08:00 at Jacaranda House, Parktown. Please bring your ID and banking details. Your laptop and access card will be ready for you.

We look forward to welcoming you.

Regards
People Services, Jacaranda Mining Group`, 'Welcome to Jacaranda – your first day'),

  // 132
  other(`Dear Marné

Our records show that you became a member of the Forum on 12 March 2026. Your annual membership fee for 2026/27 is now due. Newly qualified members receive a 50% discount in their first year.

Please pay by 30 June to avoid suspension of your membership and the right to use the designation CA(SA).

Member Services
The Chartered Accountants' Forum of Southern Africa`, 'Your 2026/27 membership fee'),
];
