/**
 * Development messages of the fiftieth round, never sealed: rejections from many employers at every stage, as they
 * arrive, each from a different employer and writer. Roughly in the proportions real rejection mail comes in: most at
 * the application stage, then after interviews, after a screening call, after a test or take-home, and after a final
 * round. Senders are tracking-system auto-mails (Greenhouse, Lever, Workday, SmartRecruiters, Ashby, iCIMS, Workable,
 * Recruitee, JazzHR and Pinpoint styles), HR template letters, hiring managers, agency and in-house recruiters,
 * founders, public-sector and university letters. The stage is often told only once and in passing ("following your
 * conversation with Lena", "thank you for the effort you put into the task"); reasons come in many wordings, with
 * about fifteen messages giving two. A few paused processes and look-alikes that decline nothing are mixed in.
 * American, British, Indian, Australian, Canadian, Irish, Kenyan, Filipino and second-language writers; from two lines
 * to some four hundred words. For development only: the rules may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d50-');

export const HANDWRITTEN_DEV_50: readonly CorpusLine[] = [
  rej('application', ['generic'], {},
    `Hi Marisol,

Thanks for your interest in the Customer Success Manager role at Brightloom. We received a large number of applications and, after careful consideration, we've decided not to move forward with yours at this time.

We wish you the best in your search.

The Brightloom Recruiting Team

Powered by Greenhouse`, 'Your application to Brightloom'),

  rej('application', ['profile_mismatch'], door,
    `Hi Tomasz,

Thank you for taking the time to apply for the Senior Data Engineer position at Quillfield. We really appreciate your interest in joining us.

We've now reviewed every application we received for this opening. While your experience is clearly solid, other applicants brought more directly relevant backgrounds for what this team is working on right now, and we won't be progressing your application.

We're growing steadily, so please keep an eye on our careers page — we'd be glad to see your name again for a future opening.

Best,
Quillfield Talent

Sent via Lever`),

  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Hey Dominic,

Following your recent conversation with Lena, I wanted to close the loop personally rather than leave you waiting.

We enjoyed hearing about the migration you led at your last place. Where we landed is that this role needs someone who has run Kubernetes in production from day one — our platform team is two people and there's no runway to learn it on the job — and that came through as the main gap.

I know that's not the news you wanted. If a longer explanation would help, reply here and I'm happy to jump on a 15-minute call.

Cheers,
Ravi Mendonca
Engineering Manager, Platform
Tallyhook`, 'Re: Platform Engineer — next steps'),

  rej('application', ['position_filled'], {},
    `Dear Candidate,

Thank you for your interest in the Payroll Specialist (Requisition R-20418) position with Covell Industrial Group.

This position has now been filled. As a result, your application will no longer be considered for this requisition.

You can view the status of your applications at any time by signing in to your candidate home page.

Sincerely,
Covell Industrial Group Talent Acquisition

This is an automated message from Workday. Please do not reply to this email.

Covell Industrial Group is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, protected veteran status, or any other characteristic protected by applicable law. If you need a reasonable accommodation in order to use our online application system, please contact our Talent Acquisition Service Center.

Privacy: Your personal information is processed in accordance with the Covell Candidate Privacy Statement. To request access to or deletion of your candidate data, please sign in to your candidate home page and select "Manage My Data".

© Covell Industrial Group, Inc. All rights reserved. 4100 Riverbend Parkway, Dayton, OH.`, 'Update on your application for Payroll Specialist'),

  rej('application', ['skills_gap'], fb,
    `Dear Ms Achterberg,

Post: Finance Business Partner (Adult Social Care), Grade PO4, Ref FIN/2291

Thank you for applying for the above post and for your patience while shortlisting took place.

The shortlisting panel has now met and assessed each application against the essential criteria in the person specification. I regret to inform you that on this occasion you have not been shortlisted for interview. The panel noted that your supporting statement did not evidence criterion E4, experience of managing a revenue budget in a local authority or comparable public body.

Due to the volume of applications we are unable to provide further individual feedback.

Please note that shortlisting decisions are final and there is no right of appeal against a decision not to shortlist. If you believe you have been treated unfairly on the grounds of a protected characteristic, you may raise this in writing with the Head of HR within 28 days of the date of this letter.

The Council is committed to being a Disability Confident Leader employer. Applicants who declared a disability and met the minimum criteria for the post are guaranteed an interview under the scheme; where this applies, you will have received a separate letter.

Your application and the information you supplied in the Equality Monitoring form will be retained for six months in line with our Recruitment Privacy Notice, after which it will be securely destroyed. You can read the full notice on the Council's website under Jobs and Careers > How we use your information.

Thank you for the interest you have shown in working for Harrowgate Borough Council.

Yours sincerely,

Recruitment Team
Resources Directorate
Harrowgate Borough Council
Civic Centre, Market Street, Harrowgate HG4 2QT
Tel: 01632 960 418

This email and any attachments are intended only for the named recipient and may contain confidential information. If you have received it in error, please notify the sender and delete it. Views expressed are those of the sender and not necessarily those of Harrowgate Borough Council.`, 'Your application - FIN/2291'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Priyanka,

Thank you for the effort you put into the task — I know a weekend is a lot to give to a company you haven't joined.

I'll be straight with you because I'd want the same. The dashboard itself looked good, but the churn model leaked information from the future into training (the cancellation date was used as a feature), so the accuracy numbers in the write-up weren't real. That was the deciding thing for us.

I don't say that to pile on. Leakage is the single most common mistake I see in these, and honestly I made exactly the same one in my first job. But the role I'm hiring for is the person who'll be building our first retention model more or less alone, and I need to be confident they'll catch that sort of thing without me looking over their shoulder. A quick way to check next time: ask of every column "would I know this on the day I make the prediction?" If not, it goes.

Other bits, for what they're worth: your SQL was clean, the cohort chart was the clearest one anyone sent me, and your summary for a non-technical reader was genuinely good. Those are not small things.

We're a tiny team and I'll be hiring again in spring for an analyst role that's a bit more junior-friendly. I'd genuinely like you to apply.

Ola
Founder, Kettlebyte`, 'your take-home'),

  rej('interview', ['salary'], { ...fb, ...door },
    `Hi James,

Hope you're well. Just had the debrief from Harlan & Voss after your second stage with their finance director on Tuesday.

They liked you, honestly — said you were sharp on the consolidation questions. The sticking point is money: your expectation of 78k base is a fair stretch above the 65–68k they've had signed off, and they've told me they can't move on it this year. So they've decided to go with another candidate whose number sits inside the band.

Sorry it's not better news. I've got a couple of other group reporting roles coming through that pay properly — shall I give you a ring Monday?

Kind regards,
Georgia Pell
Senior Consultant | Accountancy & Finance
Northgate Recruitment Ltd`, 'Harlan & Voss - feedback'),

  rej('application', ['location'], fb,
    `Hi Arnav,

Thank you for applying to the Mobile Developer role at Pocketmint.

Unfortunately we're unable to move forward with your application. This position is open only to candidates who already have the right to work in Canada, and we aren't able to sponsor a work permit for it. From your application it looks like you'd require sponsorship.

Best of luck with your search,
Pocketmint People Team
Toronto, ON`),

  rej('final', ['position_filled'], {},
    `Dear Hana,

It was a pleasure to host you in Rotterdam last week. On behalf of everyone you met, thank you for the time and energy you gave us across the day.

After reviewing everyone we met at this final stage, we have decided to offer the role to another candidate.

We wish you every success.

Warm regards,
Eline de Bruin
Talent Acquisition Lead
Havenlicht Logistics`, 'Operations Planning Lead'),

  rej('application', ['generic'], {},
    `Unfortunately we won't be moving forward with your application for Barista (Weekends) at Ground Floor Coffee. Thanks for applying!`),

  rej('screen', ['profile_mismatch'], door,
    `Hello Kwame,

Thanks so much for chatting with me on Thursday about the Partnerships Manager role. I enjoyed learning about your work with the county health departments.

I've spoken with the hiring team and, at this point, we're looking for someone whose experience lines up more closely with what the team needs today, so we won't be moving you forward in the process.

That said, I'd love to stay in touch. I'm going to keep your details in our talent network, and I'll reach out if something comes up that's a stronger match.

All the best,
Jess Okafor (she/her)
Senior Recruiter, Verdant Health`),

  other(`Hi Aleksandra,

Thanks for applying to the Product Designer role at Sundial Labs! We've received your application and our team is reviewing it now.

We aim to get back to every applicant within two weeks. In the meantime, feel free to check out our design blog to get a feel for how we work.

Sundial Labs Recruiting
— sent with Ashby`, 'Thanks for applying to Sundial Labs'),

  rej('application', ['internal_candidate'], {},
    `Hi Noor,

Thank you for applying for the Learning & Development Partner role.

I wanted to let you know that we've decided to fill this position internally, with a colleague who has been covering the responsibilities for the last few months. We will therefore not be progressing external applications.

Thank you again for your interest in Mirrow.

Kind regards,
Hollie
People Team, Mirrow`),

  rej('assessment', ['assessment'], {},
    `Dear Joao Pedro,

Thank you for completing the online assessment for the Graduate Analyst Programme 2027.

We have now reviewed your results. Unfortunately your score did not meet the threshold required to progress to the next stage of our selection process, and we will not be taking your application further.

We received a very high number of applications this year and appreciate the time you have invested.

Yours faithfully,
Graduate Recruitment
Pellingham Asset Management

Please do not reply to this mailbox. This email was generated by SmartRecruiters.`, 'Your application – Graduate Analyst Programme 2027'),

  rej('interview', ['culture_fit'], fb,
    `Hi Bea,

Thanks again for coming in to meet me and Tariq on Wednesday. We both enjoyed the conversation.

After talking it over, we don't think this is the right fit. The role sits inside a very fast, loosely structured team where priorities change week to week, and from our conversation it sounded like you do your best work with more structure and process than we can offer right now. That's not a criticism — it's just how we work at the moment.

We won't be progressing further, but thank you for your time.

Best,
Clara Whitfield
Head of Operations, Loop & Lantern`),

  rej('application', ['profile_mismatch'], {},
    `Dear Applicant,

Re: Senior Lecturer in Environmental Law (Job ref 004512)

Thank you for your interest in the above post at the University of Eastmere.

The selection committee has now completed shortlisting. I am sorry to inform you that your application has not been selected for interview. The committee sought candidates who more precisely fitted the requirements of the post as set out in the further particulars.

We are grateful for the time you took in applying and wish you every success in your career.

Yours sincerely,

HR Services (Recruitment)
University of Eastmere`, 'University of Eastmere - Job ref 004512'),

  rej('screen', ['location'], fb,
    `Hi Shauna,

Thanks for hopping on the call with me yesterday. Following up as promised.

I flagged your situation with the hiring manager and unfortunately the position does have to be onsite in our Galway office at least four days a week — it's a lab-facing role — and since you mentioned you won't be able to relocate from Cork before next summer, we're not going to be able to take it forward.

Really sorry about that, it was a great chat. Best of luck with everything.

Niamh Ryan
Talent Partner | Corrib BioSystems`),

  rej('application', ['role_closed'], {},
    `Hello,

We are writing to inform you that the position of Regional Sales Executive (East Africa) has been withdrawn following a review of our commercial structure. As a result, we are unable to proceed with your application.

We thank you for your interest in Savanna Agro Solutions.

Regards,
Human Resources Department
Savanna Agro Solutions Ltd
Nairobi, Kenya`, 'Regional Sales Executive - Position Withdrawn'),

  rej('interview', ['profile_mismatch'], offered,
    `Hi Felix,

Thank you for meeting with the team last Friday and for your patience while we worked through our decision.

We've decided to move forward with a candidate whose experience more closely aligns with the scope of this particular role. It was a close call, and I want to stress that we enjoyed the conversations.

If it would be helpful, I'm happy to set up a short call to share some thoughts from the panel — just let me know.

Kind regards,
Marta Lindqvist
Recruitment Lead, Fjordway`),

  rej('application', ['generic'], door,
    `Hi there {{candidate.first_name}},

Thank you for your application for the position of Warehouse Team Leader. Unfortunately, on this occasion your application has not been successful.

We will keep your details on file and contact you should a suitable position arise.

Kind regards,
Recruitment Team
Brindle Freight Services

Powered by JazzHR`),

  rej('application', ['overqualified'], fb,
    `Hi Gareth,

Thank you for applying for the Junior Bookkeeper role with us.

I'll be honest: with fifteen years as a finance controller, your experience goes well beyond what this position involves. It's an entry-level role, mostly data entry and reconciliations, and we worry it wouldn't hold your interest for long. For that reason we've decided not to take your application further.

Thanks again, and good luck.

Sandra Kelleher
Office Manager, Kelleher & Moss Accountants`),

  rej('interview', ['skills_gap', 'location'], fb,
    `Dear Mr. Adeyemi,

Thank you for attending the interview for the position of Senior Site Engineer on 14 October.

The panel was impressed with your technical knowledge. However, after careful deliberation the company has decided not to proceed with your candidacy. The panel considered that the role requires a current registration with the Engineers Board of Kenya, which you indicated is still in process, and that the posting to our Turkana project site would need a candidate who can relocate immediately, which you said would be difficult for family reasons.

We wish you well in your future career and thank you for your interest in Mlima.

Yours faithfully,

Wanjiru Kamau
Human Resource Manager
Mlima Construction Co. Ltd`, 'RE: Interview - Senior Site Engineer'),

  rej('application', ['generic'], {},
    `Hi Leon,

Thanks for your interest in Fernhill! We've reviewed your application for Backend Engineer (Go) and unfortunately we've decided not to move forward at this time.

Best,
Fernhill Hiring Team

---
You're receiving this email because you applied for a role at Fernhill via Ashby.`),

  rej('final', ['profile_mismatch'], { ...door, ...offered, ...fb },
    `Hi Amara,

I wanted to call you, but I know you're travelling so I'm writing instead.

Thank you for everything you put into the final round. Presenting to the exec team is not easy and you handled the questions really well. In the end the panel chose a candidate whose background is a closer match for where the business is heading next year, and so we won't be offering you the Head of Brand role.

I know that "closer match" can sound like a polite brush-off, so let me say a little more about what it means here. Over the summer the board agreed that most of next year's growth has to come from the trade side of the business — garden centres, independent retailers and the two supermarket listings we're negotiating — rather than from direct-to-consumer. The person we've chosen spent the last six years building brands that live on other people's shelves, and in the end that weighed more heavily with the panel than anything else. Your consumer and community work was, frankly, the most creative thing we saw in the whole process, and several people on the panel said so unprompted.

A few things from the day that I think are worth holding on to: the way you reframed the brief in the first five minutes of your presentation, instead of answering the question we'd set, was a risk, and it paid off; Daniel in finance particularly appreciated that you had costed the relaunch in phases rather than as one big number; and your answer on how you'd bring the sales team along with a new identity was the best answer to that question we heard.

If you'd like to hear more of the panel's thinking, I'd be glad to talk it through — just pick a slot in my calendar. And please don't be a stranger: I'd love to have you in mind for future leadership roles here.

Warmly,
Sophie Tran
VP People, Marigold & Finch`, 'Head of Brand'),

  rej('screen', ['salary'], fb,
    `Hi Carlos,

Thanks for the call this morning. As discussed, the range for this role tops out at 95k and you mentioned you're looking for something north of 120k, so I don't think it makes sense for us to keep going with the process on this one.

Appreciate your honesty — good luck out there!

Dana
Recruiting @ Sprocketly`),

  rej('application', ['profile_mismatch'], door,
    `Dear Ritika,

Thank you for applying for the role of Associate – Corporate Strategy at Vantara Advisory.

We have carefully reviewed your profile. We regret to inform you that your profile does not match our current requirement for this position. However, we will retain your resume in our database and reach out to you if a suitable opening comes up in the future.

Wishing you all the best.

Regards,
Talent Acquisition Team
Vantara Advisory Services Pvt. Ltd.
Gurugram

This is a system generated mail. Please do not reply.`, 'Application Status - Associate Corporate Strategy'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Mateus,

Thank you for completing the coding challenge for the Frontend Engineer role. We appreciate the time you spent on it.

Our reviewers went through your submission and, unfortunately, it didn't meet the bar for this stage. The main points were that the accessibility requirements (keyboard navigation and ARIA labels on the modal) were missing, and the state handling for the filter panel caused the list to re-render on every keystroke.

If you'd like more detail on the review, reply to this email and we'll share the full notes.

Thanks,
The Engineering Hiring Team at Driftwood`, 'Frontend Engineer – challenge results'),

  rej('application', ['location'], fb,
    `Hi Yuki,

Thank you for applying to be a Nurse Unit Manager at Redgum Valley Health.

Unfortunately, we aren't able to progress your application. To be eligible for this position you need current registration with AHPRA, and applicants must hold Australian citizenship or permanent residency. Your application indicates you're currently on a temporary visa, so we can't consider you at this time.

We appreciate your interest in working with us.

Kind regards,
Recruitment Services
Redgum Valley Health Service`),

  rej('interview', ['generic'], {},
    `Dear Stefan,

thank you very much for the interview last week and your interest in our company. We have decided for another candidate. We thank you for your time and wish you all the best for the future.

With kind regards,
Birgit Hausmann
Personalabteilung
Hausmann Präzisionstechnik GmbH`),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Liam,

Thanks for applying to the Clinical Data Manager role at Orrin Therapeutics.

We've reviewed your application and we won't be moving forward. For this position we're specifically looking for hands-on experience with Medidata Rave and CDISC SDTM, which we didn't see in your CV.

We'd encourage you to keep an eye on our open roles.

Best,
Orrin Talent Acquisition
powered by iCIMS`),

  hold('interview', ['role_closed'], {},
    `Hi Oksana,

I wanted to give you an update since it's been a couple of weeks since your interview with Mark and Priti.

We've had to pause hiring for the Product Analyst role while leadership finalises next year's budget. Nothing has changed about how we see your candidacy — you're still very much in the process — but we can't make any decisions until the headcount is confirmed, which we expect in mid-January.

I'll be in touch as soon as I know more. Thanks for bearing with us.

Best,
Elliot
Talent, Harbourlight`, 'Product Analyst - quick update'),

  rej('application', ['generic'], {},
    `Dear Paolo,

Thank you for your application for the role of Sales Development Representative - Italian speaking.

After careful review we regret to inform you that we will not proceed with your candidature. We had many strong candidates for this role.

Best regards,
Recruitee on behalf of Lumensa B.V.`),

  rej('final', ['position_filled'], door,
    `Hi Rachel,

Thanks for spending the whole day with us at the studio and for the portfolio walkthrough — the team is still talking about your packaging work.

I'm sorry to tell you that we've made an offer to another finalist for the Senior Designer role and she has accepted.

We're planning to grow the design team again in the second half of next year, and I'd really like you to be one of the first people we talk to. I'll reach out directly when that opens.

All the best,
Hugo Laurent
Creative Director, Atelier Vale`),

  rej('screen', ['generic'], {},
    `Hi Zoe,

Thank you for speaking with me earlier this week about the Office Coordinator role.

After further consideration, we have decided to move forward with other candidates at this time.

Best wishes,
Rosa Kim
HR Generalist | Tandem Dental Group`),

  rej('application', ['profile_mismatch'], {},
    `Good day Mr. Villanueva,

Thank you for your interest in the Accounting Supervisor position at Bayanihan Foods Corporation.

We have reviewed your application thoroughly. We regret to inform you that we have chosen candidates whose qualifications better fit the requirements of the position at this time.

We truly appreciate the time and effort you have given in applying with us. We wish you all the best in your future endeavors.

Respectfully yours,

Ma. Cristina Dela Cruz
Talent Acquisition Specialist
Bayanihan Foods Corporation
Pasig City, Philippines`),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Aoife,

Thanks for your time in both interviews — I know scheduling around your current job wasn't simple.

The team were really positive about your stakeholder management and how you talked about the vendor consolidation work. Where we fell short of a yes was on the technical side of the role: we need someone who can write and review the SQL behind our finance reports without leaning on the data team, and in the technical conversation with Owen that wasn't quite there yet.

This is a skill that's very learnable, and I'd honestly love to see you apply again in a year or so. We'll keep your application on file.

Thanks again,
Ciarán Byrne
Finance Systems Manager, Lettermore Group`, 'Finance Systems Analyst - outcome'),

  rej('application', ['generic'], {},
    `Your application for "Store Associate – Part Time (Store #0417)" has been reviewed. At this time we will not be moving forward with your application. Thank you for your interest in Pellmart.

This mailbox is not monitored.`, 'Pellmart Careers: application update'),

  rej('assessment', ['assessment', 'skills_gap'], fb,
    `Hello Ines,

Thank you for completing the written translation test for the German–English legal translator position.

The reviewers found your translation fluent overall, but there were several errors in legal terminology (for example "Vollstreckungsbescheid" and "Grundschuld" were rendered inaccurately), and the position requires a specialised background in German civil law terminology that we do not feel is yet reflected in your work. We will therefore not proceed with your application.

Kind regards,
Ulrike Brandt
Project Coordinator, Brandt Legal Language Services`),

  rej('application', ['role_closed'], door,
    `Hi Sam,

Thanks for applying for the Community Manager position at Fable & Forge.

Unfortunately, we've decided not to fill this role after all — priorities on the team have shifted and the budget has been reallocated. I'm sorry to send a disappointing update after you took the time to apply.

We'll hold on to your application, and if we reopen a similar role we'll reach out to you first.

Best,
Meg at Fable & Forge`),

  other(`Hi Dev,

Great news — the hiring team would like to invite you to a 45-minute video interview for the Solutions Engineer role.

Please pick a time that works for you using the link below. Unfortunately we can't accommodate weekends, but we have plenty of slots over the next two weeks.

[Schedule your interview]

Looking forward to it!
Kira Sato
Recruiting Coordinator, Nimbusfield`, 'Interview invitation: Solutions Engineer'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Oren,

It was great speaking with you on Monday, thank you for making the time.

After careful consideration we've decided to pursue candidates whose experience is more aligned with the needs of this role. I truly appreciate your interest in Cobalt Arc and wish you the best of luck in your search.

Warmly,
Nadia Sosa
Talent Acquisition, Cobalt Arc`),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying to the position of Administrative Officer II at the Department of Regional Services.

We regret to advise that your application was not successful on this occasion. Please note the department received over 300 applications for this vacancy.

Yours sincerely,
Recruitment Unit
Department of Regional Services`),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Hi Ngozi,

I've just come off the debrief call for the final panel and wanted to get back to you quickly.

First — thank you. The case presentation was one of the clearest we saw and the CFO said as much. The reason we're not offering is specific: the board wants the new Treasury Manager to have led a debt refinancing end to end, and of the three finalists, the candidate we chose has done that twice. Your FX hedging experience was stronger, but it wasn't the priority for the next eighteen months.

I'm sorry. I know you'd invested a lot in this. If you'd like to talk it through properly, I'm free most of next week.

For what it's worth, here is roughly what the panel wrote down. On the case itself, they liked that you pulled the covenant headroom analysis forward before anyone asked for it, and the sensitivity table on the rate scenarios was the only one of the three that the CFO didn't want to rework. On the interview with the Audit Committee chair, she noted that you were calm and direct under pressure, which is not always the case at that stage. The one area that came up as a question rather than a strength was lender relationships: when asked how you would handle a syndicate with competing priorities, your answer drew mainly on your experience with hedging counterparties, and the panel felt it didn't fully carry across.

None of that changes how much we enjoyed the process with you, and I'd rather you heard it from me than through a recruiter.

Best,
Julian Frost
Group Financial Controller, Amberlane plc`),

  rej('application', ['location'], fb,
    `Hi Beatriz,

Thank you for your interest in the Customer Support Specialist (Remote – US) position at Helpwise Commons.

We reviewed your application and noticed you're currently based in Portugal. Unfortunately this role is limited to candidates residing in the United States because of payroll and tax requirements, so we're unable to move forward.

Thanks for thinking of Helpwise, and we hope you find the right fit soon.

Helpwise Commons Recruiting`),

  rej('interview', ['profile_mismatch', 'culture_fit'], fb,
    `Hi Marcus,

Thanks for meeting with us over the last couple of weeks. We appreciated the time you put in.

We've decided not to move forward. The team felt that other candidates brought experience closer to what we need, and also that the way we work — very collaborative, lots of pairing and shared ownership — might not suit the independent style you described as your preference.

Best wishes for what comes next.

Ilse Morgan
Engineering Lead, Cloverleaf Systems`),

  rej('application', ['profile_mismatch'], {},
    `Hello Ananya,

We appreciate your interest in Rivulet Labs and the time you took to apply for the Machine Learning Engineer position.

After reviewing your application, we've concluded that we'll be pursuing other candidates whose experience more precisely fits this role at this time.

Regards,
Rivulet Labs Talent Team
(Workable)`),

  rej('assessment', ['assessment'], door,
    `Hi Tiago,

Thanks for completing the HackerRank assessment for the Software Engineer, New Grad position.

Unfortunately, you didn't progress to the next stage this time. We know a lot goes into these assessments and we're grateful you spent the time.

We'd encourage you to apply again in the next hiring cycle — many of our engineers didn't get in on their first try.

Cheers,
University Recruiting, Stackhaven`),

  rej('application', ['generic'], {},
    `Thank you for applying to Wrenfield. Unfortunately we're not able to offer you an interview for this role. Best of luck.`, 'Wrenfield application'),

  rej('interview', ['internal_candidate'], {},
    `Dear Ms Osei,

Thank you for attending interview for the post of Deputy Head of Year at St Aidan's Academy on Thursday.

The panel has decided to appoint an internal candidate to the post. I would like to thank you for the time you took to prepare and for the thoughtful answers you gave to the panel.

Yours sincerely,

Mrs K. Bramwell
Headteacher`),

  rej('application', ['skills_gap'], fb,
    `Dear Joseph,

Many thanks for your application for the role of Electrical Estimator.

Having reviewed your CV against the role, I'm afraid we won't be taking your application forward. The role requires at least five years of estimating experience on commercial M&E projects, and your background is mostly on the residential side.

Regards,
Hayley Dunmore
HR Advisor
Castleford M&E Services`),

  rej('screen', ['role_closed'], {},
    `Hi Ife,

Thanks again for taking my call two weeks ago about the Content Lead role. I'm sorry it has taken this long to get back to you.

We've just learned that the role is being eliminated as part of a wider reorganisation of the marketing team, so we won't be hiring for it and I have to close your application. I'm really sorry — this is not a reflection on you at all.

Take care,
Simone Adair
Senior Recruiter, Parcelport`),

  rej('final', ['generic'], door,
    `Dear Vikram,

Thank you for being a part of the final round of discussions for the role of Plant Head – Chakan. It was a pleasure meeting you in person.

After detailed deliberations, the management has decided to go ahead with another candidate for this position.

We sincerely appreciate your interest and would be happy to connect with you for suitable leadership opportunities in future.

Warm regards,
Sunita Rao
Head – Talent Acquisition
Kesari Auto Components Ltd.`),

  rej('application', ['profile_mismatch'], {},
    `Hi Jordan,

Thanks for applying to Nightjar. We've had a look at your application for the Growth Marketing Manager role, and right now we don't think it's the right match. We're going to move ahead with other people for this one.

Thanks again for your interest,
Nightjar

Pinpoint | Candidate communication`),

  rej('interview', ['position_filled'], {},
    `Hi Tamsin,

Thanks again for interviewing for the Events Coordinator role. I wanted to let you know the position has now been filled.

Thanks for your interest, and best of luck!

Joe
Bramble Events`),

  rej('application', ['salary'], fb,
    `Dear Mr. Haddad,

Thank you for your application for the position of Procurement Officer.

In your application you stated an expected monthly salary of AED 28,000. The approved grade for this position is considerably below that figure, and we are therefore unable to take your application forward.

Best regards,
HR Department
Al Noor Facilities Management LLC
Dubai, UAE`),

  rej('assessment', ['profile_mismatch'], {},
    `Hi Clara,

Thank you for completing the written exercise for the Policy Officer role. We appreciate the time you spent on it.

Having reviewed all submissions, we have decided to progress candidates whose overall experience is a closer match to the requirements of the post. We won't be inviting you to interview on this occasion.

With best wishes,
People Team
Commons Housing Trust`),

  rej('application', ['generic'], {},
    `Hi Malik,

Thank you for applying for the role of Retail Merchandiser at Kestrel & Co.

We appreciate your interest, however we won't be taking your application further. We had a very high number of applications for this role.

Thanks,
Kestrel & Co. Careers`),

  rej('screen', ['skills_gap'], fb,
    `Hi Wen,

Appreciate you taking the time to talk with me yesterday about our Bilingual Customer Care role.

I've shared my notes with the team. As I mentioned on the call, fluent spoken Cantonese is a must for this position since most of our calls come from the Hong Kong market, and since your Cantonese is conversational rather than fluent, we won't be moving ahead.

Thanks again, and all the best!
Ellie Tam
Recruitment, Lantau Travel Group (Vancouver)`),

  rej('application', ['role_closed'], {},
    `Dear Candidate,

We regret to inform you that the requisition for Business Analyst (Req 5561) has been cancelled. Your application will not be processed further.

Thank you for your interest in Orvex Technologies.

Orvex Technologies – Talent Acquisition

*** This is an auto-generated email from iCIMS. Please do not reply. ***`),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Rohan,

Thank you for taking the time to interview with us for the Security Engineer position. We enjoyed learning about your background.

After discussing with the interview panel, we've decided not to move forward with your candidacy. The feedback centred mostly on cloud security depth — the role is heavily AWS-focused (IAM policies, GuardDuty, SCPs across a multi-account setup), and the panel felt your experience has been mainly on-premises network security.

If you'd like to discuss this further, I'm happy to set up some time.

Thanks again,
Mariela Cruz
Technical Recruiter, Ironbark Cloud`),

  rej('application', ['profile_mismatch'], door,
    `Hi Ellie,

Thanks for applying for the Junior UX Researcher role at Palisade Digital — we loved seeing your interest.

We've now had a chance to review applications. This time, we've decided to focus on applicants whose experience is closer to what the role calls for, so we won't be taking yours further.

We're always keen to meet good people though, so we've added you to our talent community and will let you know when relevant roles come up.

Cheers,
The Palisade team
Melbourne, VIC`),

  rej('interview', ['generic'], offered,
    `Dear Rafael,

Thank you for your time interviewing with us for the Regional Account Manager position. We've now completed all interviews and, although your experience is impressive, we've decided to proceed with another applicant.

Should you wish to receive feedback on your interview, please contact me and I will arrange this.

Kind regards,
Lucy Armitage
HR Business Partner, Dovecote Packaging`),

  rej('screen', ['overqualified', 'salary'], { ...fb, ...door },
    `Hey Patrick,

Thanks for the chat on Tuesday, really appreciated your candour.

I've talked it through with Maddie (the hiring manager). Honestly, with your background running a team of twelve, this role — which is a hands-on individual contributor seat reporting into a team lead — would be a step backwards for you, and the top of our band is well under what you're on now. We don't want to bring you in and have you bored or underpaid inside six months.

So we'll leave it here for this one, but I'll definitely think of you if something more senior opens up. Good luck!

Brendan O'Shea
Talent, Wattle & Stone (Sydney)`),

  rej('application', ['generic'], {},
    `Dear Sir/Madam,

Thank you for submitting your application for the post of Laboratory Technician.

We regret to inform you that you have not been shortlisted. Only shortlisted candidates will be contacted for interviews.

Yours faithfully,
For: Deputy Vice-Chancellor (Administration)
Kerio Valley University`, 'Application for Laboratory Technician - KVU/ADV/14/2026'),

  rej('assessment', ['assessment'], fb,
    `Hi Nikhil,

Thank you for submitting the case study for the Senior Product Manager role.

The panel reviewed it carefully. While the market sizing was thorough, the prioritisation section didn't explain how you'd trade off the enterprise asks against the self-serve roadmap, and the success metrics were mostly output-based rather than outcome-based. On that basis we won't be progressing to the onsite stage.

Thanks for the effort — it was clear a lot went into it.

Best,
Priya Venkataraman
Director of Product, Lumiq`),

  rej('application', ['profile_mismatch'], {},
    `Hello Mehmet,

thank you for your interest in our company and for applying as Logistics Coordinator. We have checked your documents carefully. Unfortunately your profile does not correspond to what we are searching for in this position, so we cannot consider you further in the process.

We wish you for your next steps much success.

Best regards
Annika Vogt
HR | Nordweg Spedition GmbH`),

  rej('final', ['internal_candidate'], door,
    `Hi Camille,

Thank you for making it through to the final stage for the Director of Finance role and for your time with the board last week.

In the end, the board has decided to appoint from within: our current Head of Financial Planning will be stepping up into the role. It was genuinely a difficult decision, and your presentation was among the strongest we saw.

We would very much like to keep in touch, and I'd be glad to reach out if another senior finance position becomes available.

With best regards,
Henrietta Lowe
Chief Executive, Westmarsh Arts Trust`),

  rej('interview', ['profile_mismatch'], {},
    `Hi Aisha,

Thanks so much for meeting with Dan and me last week. It was a really enjoyable conversation.

We've been weighing up a strong group and we've decided to go with someone whose experience maps more closely onto this specific role, so we won't be progressing your application.

Thank you again for your time and interest.

Best,
Chloe Barnard
Head of Partnerships, Tinderbox Media`),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Mr. Ochieng,

We thank you for your application for the position of Credit Analyst.

We regret to inform you that you were not successful at this stage. The position requires a CPA (K) qualification and a minimum of three years' experience in SME credit appraisal, and your application did not meet these minimum requirements.

We encourage you to apply for other suitable vacancies advertised on our careers portal.

Yours faithfully,
Human Resources
Tembo Commercial Bank`),

  rej('screen', ['generic'], door,
    `Hi Kai,

Thank you for your time on our call last week and for your interest in the Account Executive position.

We have decided to move forward with other candidates at this stage. We'll hold your profile on file and may reach out about future openings.

Best regards,
Sarah Lin
Talent Acquisition | Pellucid Software`),

  rej('application', ['generic'], {},
    `<p>Hi Rosa,</p>
<p>Thank you for applying to <b>Guest Services Agent</b> at Marrowbay Hotels. After reviewing your application, we have decided not to move forward at this time.</p>
<p>Regards,<br>Marrowbay Hotels Recruitment</p>
<p style="font-size:11px;color:#999">You received this email because you applied through SmartRecruiters. Unsubscribe</p>`),

  rej('interview', ['location'], fb,
    `Hi Daniel,

Thanks for interviewing for the Field Service Engineer position. You came across really well in both conversations.

Unfortunately we've had to make the call to go with another candidate. The deciding factor was geography: the territory is centred on Calgary and we need the engineer to live within about an hour of there, and you confirmed you're planning to stay in Saskatoon for the next couple of years.

Sorry this one didn't work out, and thanks for your time.

Kevin Beaulieu
Service Operations Manager, Prairie Hydraulics`),

  hold('application', ['generic'], {},
    `Hi Grace,

Thank you for your application to the Grants Officer role and apologies for the delay in getting back to you.

We've had to put shortlisting on hold for a few weeks due to some changes in our leadership team. Your application is still under review and we haven't made any decisions yet. We'll be in touch by the end of January with an update.

Thanks for your patience,
Louise
Operations, Hearthstone Foundation`),

  rej('application', ['position_filled'], {},
    `Hello Trevor,

Thanks for your interest in the Delivery Driver role. We've now filled all our vacancies for this period, so we won't be taking your application forward.

Cheers,
Pronto Couriers Brisbane`),

  rej('assessment', ['assessment'], {},
    `Dear Emeka,

Thank you for taking part in the psychometric assessment stage of our Management Trainee recruitment.

We regret to inform you that, based on your assessment results, you will not be progressing to the next stage of the process.

We wish you every success.

Kind regards,
Early Careers Team
Dunmore Breweries Nigeria Plc`),

  rej('application', ['profile_mismatch'], {},
    `Hi Sven,

Thanks for your application for Senior Product Designer. We've reviewed it with the design team and decided not to move forward — we're prioritising candidates whose portfolios show more direct experience in the kind of work this role involves.

Thanks again,
Halcyon Talent Team
Sent via Ashby`),

  rej('final', ['culture_fit'], fb,
    `Hi Beth,

Thank you for spending the day with us and meeting the wider leadership group. I know it was long.

I want to be honest about where we landed, because you deserve that after a process this long. Everyone agreed your operational experience is strong. Where the group hesitated was on how you described managing conflict — several people felt your approach of escalating disagreements to leadership early wouldn't sit well with how we expect managers here to resolve things within their teams first. It's a culture question more than a capability one.

To give you some context, Cresthaven went through a difficult couple of years before I joined. Managers were bypassed, decisions were made two or three levels above where they should have been, and staff on the floor stopped trusting that their own manager could actually sort anything out. A lot of the work since has been about pushing responsibility back down to the home managers and supporting them to handle the hard conversations themselves, with senior people stepping in only when something has genuinely got stuck. That's why the group paid so much attention to that part of the day.

I don't think there is a right or wrong answer here, and I know plenty of organisations where your approach would be exactly what they want — particularly anywhere with heavier regulatory oversight, where early escalation is expected. It just isn't where we are right now.

So we won't be making an offer. I'm sorry, and I'm grateful for all the time you gave us.

Regards,
Yusuf Akhtar
COO, Cresthaven Care`),

  rej('screen', ['location'], fb,
    `Hi Maria Luisa,

Thank you for the interview call earlier with me. I'm writing to update you regarding your application.

We regret to say that we can no longer push through with your application for the Night Shift Team Lead role. Since the position requires you to report onsite in our Cebu IT Park office and you mentioned that you can only work from home in Davao, we will not be able to consider you for this role.

Thank you very much for your interest and God bless on your job search.

Respectfully,
Jonalyn Reyes
HR Recruitment Associate
Bluewave Contact Solutions Inc.`),

  other(`Hi Matteo,

Thanks for letting us know you've accepted another offer — congratulations! We completely understand and have withdrawn your application for the Data Analyst role.

Best of luck in the new position, and don't hesitate to reach out in the future.

Carys
Recruiting, Tidewater`, 'Re: Withdrawing my application'),

  rej('interview', ['generic'], {},
    `Hi Olu,

Thank you for interviewing with our team last week. Unfortunately we have decided not to move forward with your candidacy at this time. We wish you the best in your job search.

Regards,
Northspire Recruiting

Powered by Lever`),

  rej('application', ['skills_gap', 'location'], fb,
    `Hi Farah,

Thank you for your interest in the Pharmacist role at Glenview Community Pharmacy.

Unfortunately we are not able to progress your application. The role requires registration with the GPhC, which you don't yet hold, and we'd need someone living locally to Stirling as it's a full-time in-branch position.

Kind regards,
Alan McKenzie
Superintendent Pharmacist`),

  rej('screen', ['profile_mismatch'], offered,
    `Hi Luca,

Thanks for the call on Friday, it was great to hear about your work at the studio.

I've now talked with the team and we've decided not to take you forward to interviews. We're after someone with a closer overlap with the team's current focus, and other candidates had that.

I know a short message like this can be frustrating, so if you'd like me to go into a bit more detail on how we made the call, just drop me a line.

Best,
Imogen
Talent, Parallax Games`),

  rej('interview', ['skills_gap', 'profile_mismatch'], fb,
    `Dear Sunil,

Thank you for attending the technical interview for the role of SAP FICO Consultant on Saturday.

We would like to inform you that you have not been selected for the further rounds. The panel felt that your hands-on experience in S/4HANA migration is limited, as most of your projects have been on ECC support, and overall other candidates had profiles that were better aligned to the client project.

Thanks for your time and all the best.

Regards,
Deepa Krishnan
Recruitment Team
Anvaya Consulting Services`),

  rej('application', ['generic'], {},
    `Hi Hannah,

We really appreciate you taking the time to apply for our Spring Internship in Marketing. This year we received more than 2,000 applications for 12 places, which has made the selection extremely competitive.

After careful review, we regret that we are unable to offer you a place in the next stage of the process.

Good luck with your studies!

The Early Careers Team
Greystone Consumer Brands`),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hey Ash,

Thank you for taking on the take-home. We got a lot of submissions and yours was tidy and well tested — I appreciated the README.

Where it fell down for us was the API design: the endpoints returned the entire order history on every call with no pagination, and the error responses weren't consistent, which are things this role has to get right from the start. So we won't be moving you to the final interview.

Please do apply again next time you see a role from us — this one was close.

Thanks,
Femi
Engineering Lead, Sablewood`),

  rej('application', ['location'], fb,
    `Dear Applicant,

Thank you for your application for the post of Research Assistant (Fixed Term, 18 months).

Please note that this post is not eligible for Skilled Worker sponsorship and, as your application states that you would require sponsorship to take up employment in the UK, we are unable to consider it further.

Yours sincerely,
Recruitment Team
School of Earth Sciences
University of Caldermoor`),

  rej('interview', ['internal_candidate'], door,
    `Hi Sophie,

Thanks so much for interviewing with us for the Customer Insights Lead role. I really enjoyed our conversation about survey design.

While we were interviewing, one of our current analysts put herself forward for the role and we've decided to promote her into it. I'm sorry to give you this news after you'd made time for us.

I'd love to keep in touch — there'll be an opening on the team behind her, and I'll let you know when it's posted.

Warmly,
Ruth Kimani
Customer Insights Manager, Jambo Telecom`),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Giorgos,

Thanks for the screening call today for the Senior Accountant role.

Following our discussion I'm afraid we won't be progressing further. The client requires someone who is fully qualified (ACA/ACCA/CIMA), and as you're part way through your ACCA exams it doesn't meet that requirement for this particular role.

Do keep in touch once you're qualified and I'll happily look at opportunities with you.

Regards,
Martin Haig
Principal Consultant, Haig Finance Recruitment`),

  rej('application', ['profile_mismatch'], {},
    `Hi Ray,

Thanks for throwing your hat in the ring for the Head of Growth role at Pebblestack. I've personally read every application we got.

I'm going to pass on this one. Not because your experience isn't impressive — it is — but because I'm looking for someone whose background lines up more directly with the stage we're at right now.

Appreciate you reaching out, and good luck.

Tom
Co-founder, Pebblestack`),

  rej('final', ['generic'], {},
    `Hi Jasmine,

Thanks for coming in for the final round. We've now completed our process and unfortunately we won't be extending an offer. We appreciate the time you invested in getting to know us.

Best,
Alana Price
Recruiting, Redfern Analytics`),

  rej('interview', ['role_closed'], {},
    `Hello Iman,

Thank you again for your interviews with the team for the Marketing Operations Specialist position.

I'm sorry to tell you that the company has implemented a hiring freeze effective immediately, and this requisition has been closed. We won't be able to continue your candidacy.

I truly regret the news and thank you for your time.

Regards,
Vanessa Ortiz
Talent Acquisition Partner, Quorvant`),

  other(`Hi Abebe,

Unfortunately our hiring manager is out sick this week, so we need to reschedule your interview planned for Thursday. Could you let me know which of these slots would work instead?

- Monday 10:00
- Tuesday 14:30
- Wednesday 11:00

Sorry for the inconvenience — we're still very keen to speak with you.

Best,
Lydia
People Ops, Cinderpath`, 'Rescheduling your interview'),

  rej('application', ['generic'], door,
    `Thank you for your interest in Summit Regional Medical Center. After reviewing your application for Patient Access Representative, we have decided to pursue other candidates at this time. We encourage you to review our website for other openings.

Summit Regional Medical Center
Human Resources`),

  rej('screen', ['position_filled'], door,
    `Hi Ahmed,

Thanks for your time on the phone on Tuesday. I'm afraid I've just heard from the client that they've accepted an offer from another candidate who was further through the process, so the Warehouse Manager role is now closed.

Sorry about that — I'll be in touch if anything similar comes up.

Cheers,
Lee
Apex Industrial Recruitment`),

  rej('application', ['overqualified'], fb,
    `Dear Dr. Fernández,

Thank you for applying for the position of Laboratory Assistant in our Quality Control department.

After reviewing your application, we feel that your doctoral research background and years of postdoctoral experience are well beyond the scope of this position, which is a routine testing role. We believe you would be better served by a more senior position, and we will not proceed with your application for this role.

Kind regards,
Human Resources
Valdora Pharma S.L.`),

  rej('interview', ['skills_gap'], fb,
    `Hi Jun,

Thanks for interviewing with us for the Head of Customer Success role.

We've decided to go with another candidate. The main thing for us was experience scaling a team past twenty people — our CS team is about to double — and the panel felt your experience so far has been with smaller teams of four or five.

Wishing you all the best,
Natalie Ward
VP Customer, Frostline`),

  hold('screen', ['role_closed'], {},
    `Hi Owen,

Thanks for your patience since our phone screen. I wanted to let you know where things stand.

The Operations Analyst position is temporarily on hold while the business reviews its structure following a recent acquisition. We haven't made any decisions about candidates and your application remains active. I expect to have more clarity within the next four to six weeks and will update you then.

Kind regards,
Lauren Fisk
HR Coordinator, Millbrook Distribution`),

  rej('assessment', ['assessment'], { ...door },
    `Dear Candidate,

Thank you for completing the aptitude test for the Air Traffic Control Trainee programme.

We regret to inform you that your results did not meet the required standard and your application will not proceed further in this selection campaign. Applicants who are unsuccessful may reapply after 12 months.

Regards,
Recruitment Centre
Civil Aviation Services`),

  rej('application', ['profile_mismatch'], door,
    `Hi Aroha,

Thanks for applying for the Digital Producer role with us.

After reading through applications, we've decided to go with candidates whose backgrounds sit a bit closer to the brief. That's no reflection on your talent — it's just that this role needs a fairly particular mix.

We'd love you to keep an eye on our careers page and apply again for future roles that fit.

Ngā mihi,
Harakeke Creative`),

  rej('interview', ['generic'], {},
    `Dear Ms. Kowalczyk,

Thank you for taking the time to interview with us for the Legal Assistant position at Dalby, Ferris & Crane LLP.

We regret to inform you that we have selected another candidate for this position.

We appreciate your interest in our firm and wish you success in your job search.

Sincerely,
Office of Recruitment
Dalby, Ferris & Crane LLP`),

  rej('application', ['profile_mismatch', 'location'], fb,
    `Hi Thabo,

Thank you for applying to the Solutions Architect role at Cardinal Ridge.

We've reviewed your application and won't be moving forward. We've had applicants whose experience is a tighter fit for the role, and the position also requires working from our Denver office three days a week, which wouldn't work from Johannesburg.

Thanks for your interest, and we wish you the best.

Cardinal Ridge Talent Acquisition
via Greenhouse`),

  rej('screen', ['salary', 'location'], { ...fb, ...door },
    `Hi Esther,

Lovely to speak with you this afternoon.

As I mentioned at the end of the call, I don't think we can make this one work. The budget for the role is fixed at £48k and you're currently on £55k, and the client has been firm that it's a five-days-in-office role in Reading, which you said wasn't doable with the commute from Bristol.

I'll keep you in mind for hybrid roles closer to home — you've got a really strong background for them.

Best,
Priya Sandhu
Recruitment Consultant, Thameslink Talent`),

  rej('interview', ['profile_mismatch'], door,
    `Dear Kofi,

Thank you for coming in to meet the team at our Accra office. We appreciated the time you took and the interest you showed in the Programme Officer role.

Following the interviews, the panel has decided to proceed with a candidate whose experience more closely matches the programme's current needs.

We will keep your details for future opportunities with our West Africa team, as we expect to recruit again in the coming year.

Yours sincerely,
Abena Mensah
HR & Admin Officer
Harvest Bridge Foundation`),

  rej('application', ['generic'], {},
    `Hi Noah,

Thanks for applying for the Software Engineer II role. Unfortunately we won't be moving forward with your application.

— Talent Team, Kinetic Pine

Please do not reply to this message. Powered by Workday.`),

  rej('assessment', ['assessment', 'profile_mismatch'], {},
    `Dear Lerato,

Thank you for completing the assessment centre exercises for our Graduate Audit programme.

Having considered your performance across the exercises alongside your application, we have decided not to progress your application. Your results in the group and written exercises did not reach the standard we require, and other candidates presented a stronger overall match to the programme.

We appreciate the effort you put in.

Kind regards,
Graduate Recruitment
Bexley Mayhew Chartered Accountants`),

  rej('final', ['assessment'], { ...fb, ...offered },
    `Hi Vera,

Thanks for making it all the way to the final onsite with us. I know the system design round was long.

Here's where we landed: the team loved your collaboration and product sense, but the system design round is where we fell short of a hire. The design you sketched for the notification service didn't hold up well once we pushed on failure modes — retries and duplicate delivery in particular — and that's core to this job.

I'd be very happy to walk you through the interviewers' notes in more detail if that would help — just reply and we'll set it up.

Thanks again,
Marcus Hale
Engineering Manager, Pennant`),

  rej('application', ['skills_gap'], fb,
    `Bonjour Émilie,

Thank you for your application for the Bilingual Paralegal position at Tremblay Gagnon Avocats.

Unfortunately, we will not be moving ahead with your application. This position requires at least two years of litigation experience in Quebec, which your application does not show.

Best regards,
Ressources humaines
Tremblay Gagnon Avocats, Montréal`),

  other(`Dear Kiran,

We are pleased to offer you the position of Data Scientist at Ostrava Mobility, starting 2 February.

Unfortunately we could not meet your full salary request, but we have included a signing bonus to bridge part of the gap. Please find the offer letter attached and let us know if you have any questions.

Warm regards,
Petra Novak
HR Manager, Ostrava Mobility`, 'Offer of employment'),

  rej('screen', ['culture_fit'], fb,
    `Hi Tyler,

Thanks for chatting with me on Wednesday. I enjoyed getting to know you.

After thinking it over, I don't believe this role would be the right fit for how you like to work. We're a very small, in-person team with a lot of overlap between roles and we need people who genuinely thrive in that kind of setting, and from our conversation that didn't seem like the environment you're looking for.

All the best going forward,
Mel Dawson
Operations Manager, Coastline Brewing Co.`),

  rej('interview', ['skills_gap', 'salary'], fb,
    `Hi Sakura,

Thanks for interviewing with Kirin Lane for the Localization Manager role. I really appreciated your openness in our conversations.

We've decided not to move forward. The panel had two concerns: the role requires managing our translation management system (we use Phrase) and vendor contracts directly, which you haven't done yet, and your salary expectation is about 20% above the range we can offer for this level.

Best of luck, and thank you again.

Hannah Cole
Recruiting Partner, Kirin Lane`),

  rej('application', ['generic'], door,
    `Dear Chinedu,

Thank you for applying for the vacancy of Customer Service Officer. Due to the high volume of applications received, we regret that we are unable to invite you for an interview on this occasion.

We will retain your application in our database for six months and consider you for any suitable roles.

Best regards,
HR Team
Zenora Microfinance Bank`),

  rej('assessment', ['generic'], {},
    `Hi Bruno,

Thank you for submitting your design exercise. We really appreciate the time you invested.

We've now reviewed every submission, and we've decided to move forward with other candidates for the next stage.

Best wishes,
Juno Health Design Team`),

  hold('interview', ['generic'], {},
    `Hi Pooja,

I know you were expecting to hear from us after your interviews last week, so I wanted to explain the delay.

Our Head of Engineering has just left and we've decided to wait until her replacement joins before making any final hiring decisions for the team. Your application is still very much open and nobody else has been offered the role. I'll follow up with a timeline by mid-February at the latest.

Thank you for your patience,
Anita
Talent, Saffron Ledger`),

  rej('application', ['profile_mismatch'], {},
    `Dear Aidan,

Thank you for your recent application for the role of Trainee Solicitor (2028 intake).

We have now reviewed your application carefully. We regret to inform you that on this occasion we will not be progressing your application, as other applicants demonstrated a closer alignment with the competencies we are assessing.

Yours sincerely,
Graduate Recruitment Team
Ferrier Oakes LLP`),

  rej('screen', ['generic'], {},
    `Hi Ahmad, thanks for speaking with me last week. We're moving forward with other candidates, but I appreciate your time. — Kelsey, Brightline`),

  rej('interview', ['position_filled'], door,
    `Hi Mariana,

Thank you for interviewing with us for the Senior Paralegal position. It was a pleasure meeting you.

I'm writing to let you know we've extended an offer to another candidate and it has been accepted. We'd be happy to keep your résumé on file and will let you know if a similar role opens up.

Regards,
Dorothy Bauer
Office Administrator, Bauer & Lin Law Group`),

  rej('application', ['skills_gap'], fb,
    `Hi Isaac,

Thanks for applying for the Heavy Vehicle Mechanic role at Outback Haulage.

Unfortunately we can't progress your application. We need someone with a Certificate III in Heavy Commercial Vehicle Mechanical Technology and an MR licence, and we couldn't see either on your resume.

Cheers,
Outback Haulage Recruitment`),

  other(`Hello Eduardo,

This is a friendly reminder that your coding assessment for the Backend Developer role expires in 24 hours. Unfortunately, we can't extend the deadline, so please make sure to complete it before then.

Good luck!
Recruiting Team, Calibre Systems`, 'Reminder: your assessment expires tomorrow'),

  rej('final', ['profile_mismatch', 'salary'], fb,
    `Dear Anjali,

Thank you for your time through the final round of interviews for the role of Regional HR Head – South.

We appreciate the depth of your experience. However, after our final deliberations, we have decided to proceed with another candidate whose background better suits our requirements, and your expected compensation was also significantly above the approved budget for this position.

We wish you the very best.

Regards,
Meera Iyer
Talent Acquisition, Sahyadri Retail Ltd.`),

  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Hi Leo,

Thanks for your time with the team for the Support Lead role.

We've decided not to move forward. I want to be transparent: in the team interview, a few people felt the way you described handling difficult customers — being quite firm about policy — didn't match how we try to work here, where we lean heavily towards making exceptions for customers. That's a values thing for us rather than a skills thing.

I'm happy to chat if you'd like more detail on the feedback.

Best,
Farida
Head of Support, Mossgrove`),

  rej('application', ['internal_candidate'], {},
    `Hello Claire,

Thank you for your interest in the Communications Officer vacancy at Kilbarrow County Council.

Please be advised that following a review, this vacancy has been filled by way of internal redeployment, and the external competition has therefore been closed. Your application will not be processed further.

Is mise le meas,
Human Resources Department
Kilbarrow County Council`),

  rej('assessment', ['skills_gap'], fb,
    `Hi Samir,

Thanks a lot for completing the SQL exercise for the Business Intelligence Developer position.

Your queries were correct, but the role leans heavily on building the semantic layer and data models in Power BI (DAX especially), and from the exercise and your CV we didn't see enough experience there. For that reason we won't move on to interviews.

Best regards,
Katarzyna Nowak
BI Team Lead, Vistula Retail Group`),

  rej('application', ['generic'], {},
    `Dear Li Wei,

Thank you for your application. We have carefully reviewed your profile and unfortunately we cannot offer you a position at this time.

Yours sincerely,
HR Team, Eastbridge Trading`),

  rej('screen', ['skills_gap', 'location'], fb,
    `Hi Wanjiku,

Thank you for the call yesterday, it was good to learn more about your background in supply chain.

After discussing with the hiring manager, we have decided not to continue with your application for the Procurement Lead role in Kigali. The role needs strong French for negotiations with suppliers in the region, and it also needs someone who can be based in Kigali full time from March, which you said would not be possible for you.

I wish you the very best in your search.

Regards,
Jean-Paul Habimana
Talent Lead, Ubumwe Logistics`),

  rej('interview', ['overqualified'], fb,
    `Hi Francesca,

Thanks again for meeting with me and Ravi last week about the Marketing Coordinator position.

We've thought about it carefully. You have far more experience than this role calls for — you've been running campaigns at a director level, and this position is mostly coordinating logistics for events and social posts. We're worried we couldn't give you the challenge you'd need, so we've decided to go with someone earlier in their career.

I hope something more senior comes along for you soon.

Best,
Becca Marsh
Marketing Manager, Ridgeway Outdoor`),

  other(`Hi Sunita,

Thank you for your application to Lumora. We wanted to let you know that we've received it and it's being reviewed by our hiring team. Unfortunately, due to the high volume of applications, it may take up to three weeks for us to respond.

Thanks for your patience!
Lumora Talent Team

(Sent via Workable)`, 'We received your application'),

  rej('application', ['profile_mismatch'], {},
    `Hey Jake,

Thanks for applying to be a Product Manager at Breakwater. We read your application closely but we've decided not to move forward — the folks we're speaking with have experience that's more directly relevant to what we're building.

Cheers,
Breakwater`),

  rej('assessment', ['position_filled'], {},
    `Dear Marek,

Thank you for completing the technical test for the Embedded Software Engineer position and for your patience while we reviewed it.

We are writing to let you know that the position has now been filled, so we will not be inviting you to the next stage.

With kind regards,
Tatra Motion Systems s.r.o.`),

  rej('application', ['role_closed', 'internal_candidate'], {},
    `Hi Ben,

Thank you for applying for the Team Lead role in our Leeds contact centre.

I wanted to let you know that we've restructured the team and the role in its advertised form no longer exists; the remaining responsibilities have gone to an existing supervisor. We won't be progressing any external applications as a result.

Thanks for your interest,
Joanne Pritchard
Resourcing, Aire Valley Energy`),

  rej('screen', ['generic'], offered,
    `Hi Rania,

Thank you again for taking my call about the Client Services Associate role.

We've decided to move forward with other applicants at this time. If you'd find it useful, I'm happy to share some feedback from our conversation — just let me know.

Best,
Alicia Grant
Recruiter, Hollis Wealth Partners`),

  other(`Hi Mohammed,

Congratulations! You've been shortlisted for the next stage of our recruitment for the Graduate Engineer programme. Unfortunately, due to high demand, places at our assessment centre are limited, so please confirm your attendance by Friday.

Regards,
Early Careers Team, Halden Rail`, 'Next stage: assessment centre'),

  rej('application', ['skills_gap'], fb,
    `Dear Applicant,

Thank you for applying to the Staff Nurse (ICU) position at St. Luke's Medical Center - Quezon City.

After evaluating your application, we regret that we cannot proceed at this time, as the position requires at least two years of critical care experience and a valid BLS/ACLS certification.

We appreciate your interest.

Human Resources Division
St. Luke's Medical Center`),

  hold('assessment', ['role_closed'], {},
    `Hi Kwabena,

Thanks for submitting your take-home assignment for the Data Engineer role — we've received it.

I wanted to let you know that we've had to pause the hiring process for a few weeks while our funding round closes. We haven't reviewed the assignments yet and no decision has been made about any candidate. I'll be back in touch by the end of next month.

Apologies for the wait,
Sipho Nkosi
CTO, Ledgerleaf`),

  rej('interview', ['profile_mismatch'], {},
    `Dear Mr. Chandrasekaran,

Thank you for meeting with our panel regarding the Associate Professor position in Mechanical Engineering.

After considerable deliberation, the search committee has decided to pursue candidates whose research profiles align more closely with the department's strategic priorities. We are grateful for your interest.

Sincerely,
Prof. Anne Whitlock
Chair, Search Committee
Department of Mechanical Engineering, Westfield State University`),

  rej('application', ['culture_fit'], {},
    `Hi Chris,

Thanks for sending over your application and cover letter for our Junior Copywriter role.

We've decided not to move forward. We're looking for someone whose tone and values feel closer to ours as a team, and we didn't feel that connection came through this time.

Best,
Wildcard Studio`),

  rej('assessment', ['assessment'], fb,
    `Hi Luisa,

Thanks for completing the numeracy and reasoning test for the Trainee Actuary role.

Your numerical reasoning score was solid, but your verbal reasoning score fell below our cut-off, so we won't be progressing your application at this stage.

Kind regards,
Harlow Re Recruitment`),

  other(`Hi Tobias,

Thanks for reaching out. I'm sorry, but I'm not able to share detailed feedback on individual applications at this stage, as we're still in the middle of the process for the Junior Architect role. Your application is still being reviewed and we expect to make decisions about interviews next week.

Best,
Karin
Studio Hallberg`, 'Re: Application feedback?'),

  rej('application', ['generic'], {},
    `Hi Priscilla,

We appreciate your interest in joining Keystone Dental. At this time we will not be moving forward with your application.

Thank you,
Keystone Dental Recruiting`),

  rej('screen', ['profile_mismatch', 'skills_gap'], fb,
    `Hello Dmitri,

Thanks for taking the time to talk with me on Monday about the DevOps Engineer role.

I spoke with the team, and they've decided not to move forward. The main thing was Terraform: nearly all of our infrastructure is managed through it and your experience has been with CloudFormation. Overall they felt other candidates' backgrounds were more directly aligned with what the team needs today.

Good luck with your search,
Amy Chen
Senior Recruiter, Brightwater Labs`),

  rej('interview', ['generic'], door,
    `Hi Ngaire,

Thank you for coming in to meet us for the Front of House Manager position. It was lovely to meet you.

We've decided to go with another applicant this time around, but we'd be really happy to hear from you again when we next have a position open.

All the best,
Kate
Totara Kitchen, Wellington`),

  other(`Hi Adaeze,

Thank you for your time with Gaurav and Lin on Tuesday — they both came away really positive, and I'm delighted to say we'd like to invite you to the final stage for the Senior Product Analyst role.

Here's what the day will look like. It's held at our London office (3rd floor, 22 Tanner Street, SE1) and runs from 10:00 to roughly 15:30 with a break for lunch, which we'll provide — let me know about any dietary requirements.

1. Case presentation (45 min). We'll send a short brief and a sample dataset on Monday. You'll have until Thursday to prepare a 20-minute presentation of your findings for a mixed audience of product and commercial leads, followed by questions. There's no need to build anything polished; we're much more interested in how you frame the problem than in the slides.
2. Stakeholder conversation (45 min) with our Director of Product, Hamid.
3. Values conversation (30 min) with two people from outside the product team.
4. Lunch with a few of the analysts, which is not assessed in any way — it's your chance to ask what it's really like here.

Unfortunately we can't offer a remote version of the day for this role, but we will of course reimburse reasonable travel costs; just keep your receipts and send them to me afterwards. If any of the timings are difficult, or you need any adjustments to take part, tell me and we'll sort it out.

Could you confirm by Friday whether Wednesday 14th or Thursday 15th works best?

Looking forward to seeing you again,
Rebecca Holm
Senior Talent Partner, Parrowdale`, 'Final stage invitation — Senior Product Analyst'),

];
