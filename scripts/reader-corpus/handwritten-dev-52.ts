/**
 * Development messages of the fifty-second round, never sealed: about a hundred and twenty rejections, five paused
 * processes and ten look-alikes, each from a different employer, built around the three flags of LABELS.md. Specific
 * feedback comes in many shapes: a bulleted list of what the panel noted, one sentence about this candidate's answer or
 * work sample set inside a template, praise that names what the candidate did, a score against a pass mark, a gap
 * named as the candidate's. Beside them stand their near neighbours that carry no specific feedback: generic praise,
 * "your background is impressive", a description of what the role needs with nothing said about the candidate.
 * Feedback is offered in many wordings (a short debrief on request, the panel's notes shared, "do ask") and refused in
 * many (no individual feedback, volume, confidential notes). Doors are opened (CV kept on file, a talent pool, "apply
 * again next spring", the next cohort, another team the candidate would suit) or closed and merely polite (good luck
 * elsewhere, a final decision, a twelve-month bar on reapplying, a careers link in a footer). Every stage and every
 * reason; two lines to over four hundred words; British, American, Indian, Australian, Irish, Kenyan, Singaporean and
 * second-language English; ATS footers, signatures, quoted replies, HTML leftovers and unfilled placeholders. Labelled by
 * LABELS.md and the corpus conventions (salary, location, overqualified and culture reasons are specific feedback; an
 * internal appointment is not; an offer made to another is `position_filled` beside the comparison; a notice period
 * that cannot be waited for is `location`; a bare "below the threshold" is no feedback, a score set against the pass
 * mark is). For development only: the rules may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d52-');

export const HANDWRITTEN_DEV_52: readonly CorpusLine[] = [
  // ── Specific feedback as a list of what the panel noted
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Ms Okonkwo,

Thank you for attending the interview for the post of Senior Hydrologist on 14 October. The panel has now completed its deliberations and I am sorry to tell you that you have not been successful on this occasion.

The panel asked me to pass on the following points from your interview:

• Your account of the Ouse catchment flood model was clear and well structured, and the panel valued your candour about its limitations.
• You gave less evidence of leading hydraulic modelling in InfoWorks ICM, which is the core package for this post; most of your examples used HEC-RAS.
• Your answer on stakeholder engagement would have been stronger with an example involving landowners or a drainage board.

We would be glad to see an application from you for future posts in the Flood Risk team, and we will keep your details on file for six months.

Yours sincerely,

Gareth Pennell
Resourcing Partner
Three Vales Water Authority`, 'Senior Hydrologist – outcome of interview'),

  rej('final', ['skills_gap', 'profile_mismatch', 'position_filled'], fb,
    `Hi Tomasz,

Wanted to get back to you before the weekend. We've offered the Staff Product Designer role to another finalist and she's accepted.

Since you asked on Tuesday what the panel would say, here's the honest version from our debrief notes:
- Portfolio review: strong. Everyone mentioned the onboarding redesign for the pharmacy app.
- Whiteboard exercise: you went to high-fidelity screens quite early and we didn't see much of the problem framing we were hoping for.
- Leadership conversation: you were candid that you haven't managed designers directly, and at Staff level here that's a big part of the job.

It came down to the other finalist matching the brief more closely overall. Thanks for the energy you brought to the day.

Cheers,
Ruth
Head of Design, Parcelbright`, 'Staff Product Designer'),

  rej('assessment', ['assessment'], fb,
    `Dear Candidate,

Thank you for completing the Numerical and Verbal Reasoning tests for the Graduate Actuarial Programme.

Your results:
  Numerical reasoning: 41st percentile (programme threshold: 60th percentile)
  Verbal reasoning: 72nd percentile (programme threshold: 50th percentile)

As your numerical reasoning result is below the programme threshold, we are unable to progress your application to the video interview stage.

Kind regards
Early Careers Team
Harrowgate Mutual Assurance

This message was sent automatically; nobody reads replies sent to this mailbox.`, 'Your assessment results – Graduate Actuarial Programme'),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the online assessment for the Graduate Analyst Scheme. Having reviewed your results, we regret to inform you that on this occasion you have not achieved the standard required to proceed to the next stage.

Due to the high volume of applicants we are unable to provide individual feedback on assessment results.

Kind regards,
Graduate Recruitment
Castlemere Capital`, 'Graduate Analyst Scheme – application update'),

  rej('interview', ['skills_gap', 'culture_fit'], fb,
    `Hello Priyanka,

I am writing to let you know the outcome of your interview for Clinical Research Associate II. After careful consideration we have decided not to offer you the position.

Our interviewers noted:
1. Monitoring visits — solid; your examples from the oncology trials were detailed.
2. ICH-GCP knowledge — good.
3. Regulatory submissions — limited. The role requires preparing CTA packages for the EU portal, which you have not done.
4. Ways of working — you told us you like to settle a problem on your own before bringing anyone else in, while our monitors work in small site teams that agree every decision together. We felt this would be a source of friction for you as much as for us.

Thank you again for your interest in Medivance Research.

Best regards,
Lorraine Abbot
Talent Acquisition, Medivance Research GmbH`, 'Your application – Clinical Research Associate II'),

  // ── One sentence about the candidate in the middle of a template
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Olumide,

Thank you for your interest in the Backend Engineer (Payments) position at Trellis Pay and for the time you invested in our take-home exercise.

We have reviewed your submission carefully. Your reconciliation service handled the happy path well, but it did not deal with duplicate webhook deliveries, which was the central point of the exercise, and there were no tests around the refund flow.

We will not be progressing your application further at this time. We do, however, hire backend engineers regularly and would welcome an application from you again in the future.

Best regards,
The Trellis Pay Talent Team

Trellis Pay Ltd · 22 Leonard Street, London EC2A
You are receiving this email because you applied for a role at Trellis Pay. Powered by Ashby`, 'Update on your Trellis Pay application'),

  rej('interview', ['generic'], {},
    `Dear Mr. Haddad,

Thank you for taking the time to interview with us for the position of Logistics Coordinator. We appreciated the opportunity to learn more about your background, which is impressive, and we enjoyed our conversation.

Having weighed everything, we have chosen to continue with other candidates for this opening.

Good luck with the rest of your search.

Sincerely,
Human Resources
Dunmore Freight Solutions, Inc.`, 'Logistics Coordinator - Dunmore Freight'),

  rej('application', ['profile_mismatch'], {},
    `Hi Kelechi,

Thanks for applying for the Growth Marketing Manager role at Sprigly. This role needs someone who can own paid acquisition across Meta, Google and TikTok, build the experimentation roadmap and manage a £1.2m annual budget with two direct reports.

After reviewing your application we don't think it's the right match for this role, so we won't be taking it further.

All the best,
Sprigly Hiring Team`, 'Your application to Sprigly'),

  rej('application', ['skills_gap'], fb,
    `Hi Kelechi,

Thanks for applying for the Lifecycle Marketing Lead role at Oatfield. We've had a read through your CV and it's clear you've done a lot with paid social, but the role is mostly CRM: Braze journeys, segmentation and email testing, and we couldn't see that kind of experience in your background.

So we won't be moving forward this time. Good luck with the search.

Oatfield People Team`, 'Lifecycle Marketing Lead – Oatfield'),

  rej('screen', ['salary'], { ...fb, ...offered },
    `Hi Dmitri,

Thanks for the call on Monday, it was good to hear about the work you did on the warehouse robotics firmware.

I took your expectations back to the hiring manager. Unfortunately the 140k you mentioned sits well above the band we have for this role (the top is 118k), and there isn't flexibility to move it this year, so we won't be progressing to the technical rounds.

If you'd like a quick debrief on anything from our side, reply here and I'll set up 15 minutes.

Regards,
Anneliese Koch
Talent Partner, Roboterra GmbH`, 'Roboterra – Embedded Engineer'),

  rej('interview', ['profile_mismatch'], offered,
    `Dear Fatima,

Thank you for meeting with the panel on Thursday for the Policy Adviser (Housing) position. We have now concluded the interviews and I regret to let you know that we will not be offering you the role; other candidates' experience was a closer fit with what we need.

I am happy to share the panel's notes with you if that would be useful; just let me know and I will arrange a time to talk them through.

Kind regards,
Siobhan Grealish
Senior Policy Manager
Northfold Housing Association`, 'Policy Adviser (Housing)'),

  rej('interview', ['generic'], {},
    `Dear Fatima,

Thank you for attending interview for the post of Research Officer. Unfortunately, on this occasion you were not successful.

Please note that the panel's notes are confidential and we are unable to provide feedback on individual interviews.

Yours sincerely,
HR Services
Coldharbour Institute for Social Research`, 'Research Officer – interview outcome'),

  // ── Praise that names what the candidate did, and generic praise
  rej('final', ['skills_gap'], { ...fb, ...door },
    `Hey Jonah,

I'll be straight with you because you deserve it after three rounds: we're not going to make you an offer for the Founding Account Executive role.

This was close. Your mock discovery call was the best one we ran; you got Leo (playing the CFO) to admit the budget problem in under ten minutes, which nobody else did. The place we came unstuck was the pipeline-building piece. In the case you presented, most of your deals came inbound, and this seat is almost entirely outbound for the first year. Another finalist had that background, and we went with them.

I really hope our paths cross again. When we hire the second AE in the spring I'd like to call you first, if you're still looking.

Matt Ferreira
Co-founder, Ledgerline`, 'Ledgerline AE'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Jonah,

Thank you for interviewing for the Account Executive position. The team was very impressed with your energy and your professional background, and we enjoyed getting to know you.

After much deliberation, we've decided to proceed with candidates whose experience more closely aligns with our needs.

Best of luck in your search.

Recruiting | Quillstack`, 'Quillstack Account Executive'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Ana,

Thank you for sending over your design challenge for the Senior UX Writer opening. The team really liked how you rewrote the error messages for the card-freeze flow; they were short and human, and two people said they'd ship them as-is.

Where it fell down for us was the onboarding piece. The brief asked for copy that worked within 40 characters per screen for the watch app, and most of your screens ran well over, so we couldn't judge it against the others.

We've decided not to move you to the interview stage. If you want to talk through the review, I'm glad to do that; just reply and we'll find a time.

Warmly,
Beatriz
Content Design Lead, Pennywise Bank`, 'Your design challenge'),

  rej('application', ['generic'], {},
    `Thank you for applying to Morrow Outdoor. We received a high number of applications and unfortunately yours was not selected. All the best with whatever comes next.`, 'Morrow Outdoor – Store Supervisor'),

  rej('application', ['generic'], door,
    `Thanks for applying, Ines. We won't be progressing your application for Barista (Chapel St) this time, but we'd love you to apply again next spring when we open the Fitzroy store.

– Olive & Ash Coffee`, 'Olive & Ash – your application'),

  // ── Score against a pass mark
  rej('assessment', ['assessment'], fb,
    `Dear Mr Venkataraman,

Sub: Result of Online Technical Test – Requisition No. ENG/HYD/2291

This is with reference to the online technical test held on 11.11 for the post of Graduate Engineer Trainee (Electrical).

We regret to inform you that you have not qualified for the next stage. You scored 46 marks out of 100 against the qualifying cut-off of 55 marks for your category.

Candidates are requested not to reply to this mail.

Regards,
Recruitment Cell
Deccan Transmission Corporation Ltd.`, 'Result of Online Technical Test'),

  rej('assessment', ['assessment'], {},
    `Dear Applicant,

We thank you for appearing in the online aptitude test for the post of Management Trainee (Finance). We regret to inform you that you have not cleared the cut-off for the next round.

With best wishes for your career ahead,

HR Department
Sahyadri Cements Ltd.`, 'Management Trainee (Finance) – Online Test'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Marek,

Your results from the SQL and Python screening are in. Thank you for completing both.

  SQL: 9 / 10 tasks passed
  Python: 3 / 8 tasks passed (pass mark for this role: 6)

You did very well on SQL, but the Python section is where the Data Engineer role lives day to day, so we can't move forward this time.

We'd genuinely encourage you to apply again in six months or so; our Analytics Engineer roles lean much more on SQL and might suit you now.

Best,
Hiring at Fernwave Analytics`, 'Fernwave – screening results'),

  rej('assessment', ['assessment'], {},
    `Hello,

We have reviewed your responses to the written exercise for the Communications Officer post and, unfortunately, your application has not been progressed. Due to the number of applications, no feedback can be given.

Regards
Recruitment Team
Ardlough County Council`, 'Communications Officer – written exercise'),

  // ── A gap named as the candidate's
  rej('application', ['skills_gap'], fb,
    `Dear Nadia,

Thank you for applying for the role of Charge Nurse – Paediatric ICU.

Unfortunately we are unable to take your application forward. This post requires a post-registration qualification in paediatric intensive care, and your application does not indicate that you hold one or are currently completing it.

Yours sincerely,
Nursing Recruitment
St Brannock's Children's Hospital`, 'Charge Nurse – Paediatric ICU'),

  rej('application', ['skills_gap', 'location'], { ...fb, ...door },
    `Hi Lukas,

Thanks for applying to be a Technical Support Specialist at Kivio. I'm going to pass on this one for two reasons, and I'd rather tell you than send our generic reply:

- you mentioned your German is at B1, and this team handles DACH customers on the phone all day, so we need C1 or better;
- the role is based in our Vienna office three days a week, and you're in Lisbon without plans to move.

If either of those changes, please do get back in touch. We'd be happy to hear from you.

Best,
Marta Zeller
Recruiter, Kivio`, 'Technical Support Specialist'),

  rej('screen', ['skills_gap'], fb,
    `Hi Sam,

Thanks for chatting with me yesterday about the Site Reliability Engineer role. After discussing with the team, we've decided not to move forward. The main gap is on-call experience: you mentioned you haven't carried a pager for production systems, and here every engineer joins the rotation in their first month.

Best of luck,
Jess
Recruiting, Hollowbeam`, 'SRE role at Hollowbeam'),

  rej('interview', ['skills_gap'], { ...fb, ...offered, ...door },
    `Dear Chidi,

Thank you for your time with Dr Ahmadi and myself last week. I'm sorry to say we won't be offering you the Postdoctoral Research Associate post.

We enjoyed the discussion of your thesis, and the panel was impressed by your knowledge of single-cell methods. The deciding factor was wet-lab experience with organoid culture, which is central to the first two years of the project, and which you told us you have not yet done yourself.

If you'd like to hear more of the panel's thinking, do ask; I'm happy to have a short call. And please keep an eye on our group page: we expect a computational post on the same grant next year that might suit you better.

Best wishes,
Prof. Helen Marsh
Department of Regenerative Biology
University of Wendlebury`, 'Postdoctoral Research Associate – outcome'),

  // ── Role needs described, nothing about the candidate
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your application for the position of Warehouse Team Leader. The successful candidate for this role will have at least three years' supervisory experience in a high-volume distribution centre, a counterbalance licence and strong working knowledge of WMS systems.

We are sorry to say that your application has not been taken forward this time.

Kind regards,
Recruitment
Beckett & Lowe Distribution`, 'Warehouse Team Leader'),

  rej('application', ['profile_mismatch'], {},
    `Dear Ravi,

Thank you for your interest in the Solutions Architect (Azure) opportunity with us. Our client requires a candidate with strong hands-on expertise in Azure landing zones, networking, identity and governance, with excellent client-facing skills.

After review, your profile does not match the requirements of this particular role.

Thanks & Regards,
Deepa Nair
Talent Acquisition – Cloud Practice
Vyomatech Consulting Services`, 'Solutions Architect (Azure)'),

  // ── Feedback offered, in many wordings
  rej('screen', ['generic'], offered,
    `Hi Grace,

Thanks so much for your time on the phone last week. I've now spoken with everyone on the shortlist and we won't be taking you through to the next stage for the Office Manager role.

If a short debrief would help, reply and I'll set it up.

Kind regards,
Hannah
People & Operations, Burrow Studio`, 'Office Manager – Burrow Studio'),

  rej('interview', ['profile_mismatch'], { ...offered, ...door },
    `G'day Liam,

Thanks for coming in on Wednesday to meet Kate and the crew. We've had a yarn about all the candidates and we've decided to go with someone whose background lines up a bit better with where the workshop is heading.

Do ask if you want to know more about how we got there, happy to have a chat. And we'll keep your resume handy; we'll have another fitter's spot going when the Townsville contract starts mid next year.

Cheers,
Dave Pearce
Workshop Manager
Pearce Hydraulics Pty Ltd, Mackay QLD`, 'Fitter role'),

  rej('final', ['generic'], offered,
    `Dear Ms. Ansah,

Thank you for participating in the final round of interviews for the position of Finance Director. The selection committee has completed its process, and I regret to inform you that you were not selected.

Should you wish to receive feedback on your candidacy, please contact me at your convenience and I will gladly arrange a conversation.

With kind regards,
Efua Boateng
Partner, Adinkra Executive Search
On behalf of Goldcoast Agro Processing Ltd.`, 'Finance Director – conclusion of search'),

  rej('assessment', ['assessment'], offered,
    `Hi Rohan,

thanks for doing the case study for the Pricing Analyst opening. Unfortunately the team felt your submission was not strong enough compared to others, so we stop the process here.

If you are interested in the reviewers' comments, write me and I can send them. 

Best regards
Jana Hrubá
HR Business Partner | Tramvia s.r.o. | Brno`, 'Case study – Pricing Analyst'),

  rej('interview', ['generic'], offered,
    `Hi Alex,

Following up on your interview for the Customer Success Manager role: we won't be taking your application any further.

Feedback is available on request: simply reply to this email within 14 days and the hiring manager will send a short written summary.

Thanks,
Talent Team, Brightnode`, 'Customer Success Manager – Brightnode'),

  rej('interview', ['profile_mismatch'], offered,
    `Hey Noor, just a quick one. We went another way on the Community Lead role, someone who's closer to what we need right now. Not the news you wanted, I know. Grab 15 mins on my calendar if you want my honest take on the interview: cal.example/farah-ops

Farah, Loopwell`, 'Community Lead'),

  // ── Feedback refused, in many wordings
  rej('interview', ['generic'], {},
    `Dear Candidate,

Thank you for attending an interview for the post of Administrative Officer (Grade 4). We regret to advise you that you were not successful on this occasion.

We are not able to give individual feedback to candidates at this stage of the process. This decision is final.

Yours faithfully,
Recruitment and Selection
Public Appointments Board`, 'Administrative Officer (Grade 4)'),

  rej('screen', ['generic'], {},
    `Hi Wen,

Thank you for speaking with our recruiter about the Frontend Developer position. After reviewing all candidates, we will not be moving you forward.

Unfortunately, company policy does not allow us to share specific feedback on individual applications.

Regards,
Talent Acquisition
Stackfield Solutions Pte Ltd`, 'Your application with Stackfield'),

  rej('final', ['position_filled'], {},
    `Dear Wen,

Thank you for taking part in the final round for Engineering Manager. I am writing to let you know that the role has now been filled.

I know you asked for feedback after the final interview. I'm sorry, but the panel's notes are confidential and I'm not in a position to share them.

Best regards,
Goh Siew Ling
Head of Talent, Marinetide Pte Ltd`, 'Engineering Manager – update'),

  rej('application', ['generic'], {},
    `Your application for Sales Assistant (Ref 44102) has been unsuccessful. Due to volume, no feedback can be given. Please do not reply to this email.`),

  rej('interview', ['generic'], {},
    `Hi Carys,

Thanks for coming to see us about the Events Coordinator job. Unfortunately we've decided not to take things further.

If you would like feedback, I'm afraid we can't give it for this round as the panel was made up of external volunteers.

All the best,
Bethan
Gŵyl Aberhafren Festival`, 'Events Coordinator'),

  // ── Doors open, in many wordings
  rej('application', ['generic'], door,
    `Dear Hamza,

Thank you for your application for the role of Junior Accountant at Whitlow & Price Chartered Accountants. We have now completed our shortlisting and regret that we are unable to invite you to interview.

With your permission, we will keep your CV on file for twelve months and contact you should a suitable vacancy arise.

Yours sincerely,
Linda Pryce
Practice Manager`, 'Junior Accountant vacancy'),

  rej('application', ['profile_mismatch'], door,
    `Hi Bongani,

Thanks for applying for our Senior Data Scientist role. We've now reviewed all applications and decided to focus on candidates whose profiles more closely match the role.

We've added you to the Zuriflow talent pool, so you'll hear from us when relevant roles open up.

Kind regards,
Zuriflow Recruitment
Cape Town · Nairobi · Lagos`, 'Zuriflow – Senior Data Scientist'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Clara,

Thanks again for meeting the team. We've decided to move forward with a candidate who has a bit more agency-side experience for this one.

You'd be a strong fit for the Brand Partnerships role we're opening in January, though, and I'd love to put you forward for it when it goes live. I'll reach out then.

Best,
Ollie
Talent, Hartwell & Pike`, 'Hartwell & Pike – Account Director'),

  rej('assessment', ['assessment'], door,
    `Dear Aisha,

Thank you for completing the aptitude tests for the Air Traffic Control Trainee programme. Unfortunately, your results did not meet the standard required to continue in this intake.

Candidates may reapply for the next intake after six months, and we hope you will consider doing so. I'll reach out when the next cohort opens.

Regards,
Trainee Selection Team
Northern Skies Air Navigation Services`, 'ATC Trainee programme – assessment outcome'),

  rej('interview', ['internal_candidate'], door,
    `Hi Mateus,

I wanted to let you know personally that we've filled the Head of Partnerships role internally; Joana, who has been running our Brazil partnerships for two years, has stepped into it.

It was a pleasure meeting you, and I'd really like to stay in touch; we'll be building out the partnerships team in Mexico City next year and I'll reach out as soon as that is approved.

Abraço,
Rafael Mendes
VP Commercial, Vendaviva`, 'Head of Partnerships'),

  // ── Doors closed, or merely polite
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your interest in employment with Grindel Mechanical. We have reviewed your application and will not be pursuing it further. We wish you luck elsewhere.

Grindel Mechanical Contractors, Inc.
Careers: grindelmech.example/careers | Follow us on LinkedIn`, 'Application status'),

  rej('final', ['generic'], {},
    `Dear Mr Osei-Bonsu,

Thank you for attending the assessment centre and final panel for the Graduate Surveyor scheme. After careful consideration we have decided not to make you an offer.

This decision is final and we are unable to enter into further correspondence about it. Please note that candidates who have reached the final stage may not reapply to the scheme for 12 months.

Yours sincerely,
Graduate Programmes
Ashcombe Property Consultancy`, 'Graduate Surveyor scheme – final decision'),

  rej('application', ['generic'], {},
    `Hi there,

thanks for applying to the Delivery Rider role. We're not able to move forward with your application right now.

Good luck!

---
Zipcart | Join us: zipcart.example/jobs | Unsubscribe`, 'Your Zipcart application'),

  rej('screen', ['generic'], {},
    `Dear Amara,

Thank you for the phone conversation on 3rd December. We will not be proceeding with your candidature for the role of Front Office Manager.

We hope the right opening comes along for you soon.

Best regards,
Human Resources
The Linden Grand Hotel, Nairobi`, 'Front Office Manager'),

  // ── Overqualified, salary, location, culture: specific by nature
  rej('screen', ['overqualified'], { ...fb, ...door },
    `Hi Deborah,

Thank you for taking my call on Friday. I've thought hard about this one. With fifteen years of running finance teams, I genuinely think you would be bored within months in the Accounts Assistant role, which is mainly invoice processing and bank reconciliations, and the hiring manager agreed.

So we won't go further with this particular role. I would, though, very much like to keep your details for the Financial Controller search I expect to be briefed on after Christmas.

Kind regards,
Yvonne Castle
Castle Recruitment Partners, Leicester`, 'Accounts Assistant – Castle Recruitment'),

  rej('application', ['overqualified'], fb,
    `Dear Mr. Nakamura,

Thank you for applying for the Junior Translator (Japanese–English) position. Your extensive experience, including eleven years as a senior conference interpreter, goes well beyond the scope of this entry-level role, and we do not believe it would offer you sufficient challenge.

We therefore will not be proceeding with your application.

Sincerely,
Kotoba Bridge Translation Services`, 'Junior Translator'),

  rej('interview', ['salary'], { ...fb, ...offered },
    `Hi Priya,

Thanks for a great conversation with Arjun and me on Thursday. I'll get straight to it: we can't make the numbers work. You told us you wouldn't consider anything under ₹38 LPA fixed, and the approved budget for the Product Lead position is capped at ₹30 LPA, with no scope for revision this cycle.

This is purely a budget decision, the team was keen on you. Happy to walk you through how the panel saw your case-study discussion if that helps for other processes; just ping me.

Regards,
Meghna Rao
Talent Acquisition, Kiranmart Technologies, Bengaluru`, 'Product Lead – Kiranmart'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Tyrone,

Thanks for applying to be a Field Service Technician with us. Unfortunately we can only consider candidates who live within the Denver metro area, as technicians start their routes from our Aurora depot each morning, and your application lists your address as Colorado Springs.

If you ever relocate closer, we'd welcome a new application.

HR Team
Summit Elevator Co.`, 'Field Service Technician'),

  rej('interview', ['location'], fb,
    `Dear Sofía,

Thank you for interviewing for the Regulatory Affairs Specialist role. Unfortunately we are unable to proceed. During the interview you confirmed you would need visa sponsorship to work in the United Kingdom, and we are not a licensed sponsor for this role.

Kind regards,
Nadine Foster
HR Manager, Calderbrook Pharma Ltd`, 'Regulatory Affairs Specialist'),

  rej('final', ['culture_fit'], { ...fb, ...offered },
    `Hi Ben,

First, thank you for spending the whole Friday with us, and for being so open in the retro exercise.

We've decided not to offer you the Senior Engineer role. It wasn't your technical work; the pairing session went really well. It was the way we work together. Everyone here pairs or mobs most of the day, and you told us quite clearly that you do your best work alone with headphones on for long stretches. We think you'd find our set-up draining, and we'd rather say so now than six months in.

If you'd like to talk it over, I'm around all next week.

Cheers,
Kim
Engineering Lead, Mobwise`, 'Mobwise – Senior Engineer'),

  rej('interview', ['culture_fit'], {},
    `Dear Yusuf,

Thank you for interviewing with us. While your qualifications are strong, we do not feel there is a sufficient cultural fit for the role at this time.

Thank you again, and good luck.

Regards,
HR, Elmshore Advisory`, 'Your interview at Elmshore Advisory'),

  rej('screen', ['location', 'salary'], fb,
    `Hi Kwame,

Good speaking this morning. I've checked both points with the client and unfortunately neither can move: the role is five days a week on site in Canary Wharf, and you'd need at least three days remote given the commute from Norwich; and the £75k you're on is above the £65k ceiling they've set.

So I'll withdraw you from this one. Thanks for being so clear on the call.

Tom Lacey
Senior Consultant, Ridgeway Tech Recruitment`, 'Re: Data Platform Engineer – client update'),

  rej('application', ['location'], fb,
    `Dear Candidate,

Thank you for applying for the Teller position at Coastline Credit Union. Applicants must hold permanent residency or citizenship in New Zealand. Your application indicates you hold a working holiday visa, so we are unable to consider it further.

Ngā mihi,
Coastline Credit Union Recruitment`, 'Teller – Coastline Credit Union'),

  rej('screen', ['location'], fb,
    `Hi Sneha,

Thanks for the call. As discussed, our client needs someone who can join within 30 days, and your notice period at your current company is 90 days with no buyout possible. So unfortunately we cannot take your profile ahead for this opening.

Regards,
Karthik S
Talent Partner, Nexhire Staffing, Chennai`, 'Java Developer – notice period'),

  // ── Internal candidates, filled posts, closed roles
  rej('final', ['internal_candidate'], {},
    `Dear Maeve,

Thank you for taking part in the final interviews for Deputy Principal. The board has decided to appoint an internal candidate to the post.

We are grateful for the time and care you put into your presentation and wish you well.

Is mise le meas,
Fionnuala Ní Bhriain
Chairperson, Board of Management
Scoil Naomh Áine, Galway`, 'Deputy Principal appointment'),

  rej('application', ['internal_candidate'], door,
    `Hi Rosa,

Thank you for applying for the Team Coordinator post. This vacancy has been filled by a current member of staff through our internal redeployment process.

We do keep applications on file for six months, so we may be in touch if something similar opens.

HR Team
Pinewood Community Health`, 'Team Coordinator'),

  rej('interview', ['position_filled'], door,
    `Hi Ezra,

Thanks for meeting us last week about the Sous Chef position. We've offered it to another candidate and they've accepted, so it's no longer open.

Keep an eye on our Instagram; we post all kitchen roles there first and you'd be welcome to apply again.

Chef Marguerite & the team
Bistro Verre, Montréal`, 'Sous Chef position'),

  rej('application', ['position_filled'], {},
    `Dear Applicant,

Thank you for your interest in the Receptionist vacancy. Please be advised that this position has now been filled.

Regards,
Hollins Dental Practice`, 'Receptionist vacancy'),

  rej('interview', ['role_closed'], { ...door },
    `Dear Henrik,

Thank you for your two interviews for the Business Intelligence Lead position. I am sorry to write that the position has been withdrawn following a decision to merge our BI and Data Engineering functions under one head. We will therefore not be making an appointment.

This has nothing to do with your candidacy; the panel rated you highly. When the new structure is agreed we will be recruiting for several roles, and I would very much like to invite you to apply for those.

Med vennlig hilsen,
Ingrid Solheim
HR Director, Fjordkraft Logistikk AS`, 'Business Intelligence Lead – position withdrawn'),

  rej('assessment', ['role_closed'], {},
    `Hi Yara,

Thanks for completing the writing test. Unfortunately the Content Editor role has been cancelled due to budget cuts and we won't be hiring for it. Sorry for the wasted effort.

Lumen Press`, 'Content Editor test'),

  rej('final', ['position_filled', 'profile_mismatch'], { ...offered },
    `Dear Dr. Iyer,

Thank you for visiting campus and for your excellent research talk. After extensive discussion, the search committee has extended an offer to a candidate whose research profile aligned more closely with the department's current priorities, and the offer has been accepted.

If it would be helpful, the chair of the committee would be glad to speak with you about your candidacy.

Sincerely,
Patricia Lowell
Chair, Faculty Search Committee
Department of Chemical Engineering
Ridgemont State University`, 'Faculty Search – Assistant Professor'),

  // ── Paused processes
  hold('interview', ['role_closed'], {},
    `Hi Moses,

Thank you for your patience since your interview with Wanjiru and Peter. I wanted to update you: the Finance Business Partner hire has been put on hold while the board reviews next year's budget. We have not made a decision on any candidate, and your application remains active.

We expect to know more by the end of January and I will write to you then either way.

Kind regards,
Lilian Otieno
People Lead, Mavuno Agritech, Nairobi`, 'Finance Business Partner – update'),

  hold('application', ['role_closed'], door,
    `Dear Applicant,

Thank you for applying for the position of Laboratory Technician. Recruitment for this position has been temporarily suspended pending a review of staffing in the department. Your application has not been rejected and will be considered if the recruitment resumes.

Should the post not reopen, we will retain your details for other technician vacancies over the next year.

Regards,
HR Office, Wexford Institute of Technology`, 'Laboratory Technician – recruitment suspended'),

  hold('final', ['role_closed'], {},
    `Hey Ruairi,

Awkward one, sorry. We were meant to decide on the Head of Growth this week, but our Series A close has slipped to February and the founders have frozen senior hires until it lands. You're one of two people still in the process and that hasn't changed. The minute the freeze lifts, you'll hear from me.

Nina
Chief of Staff, Petalpost`, 'Head of Growth – short pause'),

  hold('assessment', ['generic'], offered,
    `Dear Mei,

Thank you for submitting the coding exercise. Our reviewers are behind schedule because of the end-of-year release and we have not yet evaluated your work. We expect to come back to you in two to three weeks. Your application remains open on our side.

Whatever the result, I'll make sure you get written comments on your solution; just let me know if you'd like them.

Best,
Heng Wei
Recruiter, Quanta Ledger Pte Ltd`, 'Coding exercise – timing update'),

  hold('screen', ['role_closed'], {},
    `Hi Olivia,

Following our phone screen, I wanted to let you know that the Clinical Educator role is currently paused while the hospital finalises a restructure of the education unit. We haven't closed the position and we are not progressing or declining anyone in the meantime. I expect an update in four to six weeks.

Thanks for bearing with us,
Kirsty Hamlin
Talent Advisor, Bayside Health, Melbourne`, 'Clinical Educator – on hold'),

  // ── Look-alikes that decline nobody
  other(`Hi Jun,

Great news: the panel would like to invite you to the final round for the Quant Developer role. Before then, here are a few notes from your technical interview that might help you prepare: the interviewers liked your approach to the order-book problem, and they'd like to go deeper into your C++ memory management in the next session.

Please let me know your availability for 9 or 10 January.

Best,
Laura Brandt
Recruiting, Halcyon Markets`, 'Final round invitation – Quant Developer'),

  other(`Dear Candidate,

Thank you for your application for the position of Procurement Officer. It has reached us safely and will be assessed against the shortlisting criteria. Due to the volume of applications we are unable to give feedback to unsuccessful candidates, and if you have not heard from us within four weeks, please assume your application has not been successful on this occasion.

Regards,
Recruitment Team
Marlowe District Council`, 'Application received – Procurement Officer'),

  other(`Hi Andreea,

Thanks for asking. I've attached the written feedback from your interview for the Data Analyst role as promised: the panel particularly liked your dashboard walkthrough and suggested more depth on statistical testing for future interviews.

I'm also pleased to confirm that we'd like to offer you the position, subject to references. The formal offer letter will follow from HR tomorrow.

Warm regards,
Cosmin Dragan
Analytics Manager, Transilvania Retail Group`, 'Re: Feedback and next steps'),

  other(`Hi Farid,

Thank you for letting us know that you've accepted another offer and would like to withdraw from the Network Engineer process. We've closed your application.

We'd be delighted to hear from you again in the future, and we'll keep your CV on file in case anything comes up that might interest you.

Best regards,
Talent Team, Corvane Networks`, 'Withdrawal confirmed'),

  other(`Dear Lerato,

Thank you for attending the interview for the Paralegal position on Tuesday. The panel is still meeting candidates this week and we will be in touch with a decision by 19 December.

If you have any questions in the meantime, do ask.

Kind regards,
Zanele Mokoena
Practice Manager, Mokoena & Dlamini Attorneys`, 'Paralegal interview – thank you'),

  // ── Long letters with the flags far from the decision
  rej('final', ['skills_gap', 'position_filled'], { ...fb, ...offered, ...door },
    `Dear Eleanor,

I hope you had a restful weekend after what I know was a long day with us on Thursday. I wanted to write to you properly rather than send a two-line note, because you gave the process a great deal and you deserve a full account.

First, the decision. The panel met on Friday afternoon and we have offered the post of Head of Collections to another candidate, who accepted this morning. I am sorry that this is not the news you were hoping for.

Now, why. I should say at the outset that it was a genuinely difficult choice between the two of you, and several members of the panel argued for you until quite late in the discussion. Your presentation on the future of the social history galleries was, in the view of everyone in the room, the most thoughtful we heard. Your answer about working with community curators, and the example of the Tanners' Yard oral history project, was exactly the sort of practice we want to build on.

Where the other candidate was ahead was in collections management at scale. This post carries responsibility for the move of roughly 40,000 objects into the new store in 2028, and the panel needed to be confident that the person appointed had led a decant or a major store move before. You were open that your experience of this is as a team member rather than as the lead, and in the end that was decisive. We also felt your answer on the Spectrum documentation backlog was less developed than the rest of your interview; you described the problem well, but we did not hear a plan.

I would be very happy to talk any of this through with you on the phone if you would find that useful. Feedback conversations are not always easy so soon after a decision, so there is no hurry; the offer stands into the new year.

Finally, please do not let this put you off us. We will be recruiting a Senior Curator for the social history collections next summer, a role that plays very much to your strengths, and I would encourage you to apply. I will make sure you hear when it is advertised.

With very best wishes,

Dr Alasdair Whyte
Director
Kelvinbrae Museums Trust
Registered charity SC0XXXXX`, 'Head of Collections – outcome'),

  rej('interview', ['generic'], {},
    `Dear Jamal,

We hope this message finds you well.

On behalf of everyone at Orrin & Vale, I want to thank you for the time and effort you invested in interviewing for the Marketing Operations Manager position. We know that looking for a new role takes energy, and we are genuinely grateful that you considered joining our team.

We were fortunate to meet a large number of talented and accomplished professionals during this process. Your background is impressive, and the interview team appreciated the chance to learn about your career journey and your passion for marketing technology. Choosing among so many strong candidates was not easy, and we spent considerable time discussing each of them.

After careful consideration, we have decided to move forward with another candidate for this position.

At Orrin & Vale we believe that every interaction with a candidate should reflect our values of respect, curiosity and transparency. We know that receiving news like this can be disappointing, and we want to thank you for the professionalism you showed throughout the process. We are proud of the culture we have built, and we hope you had a positive experience of meeting our people, even though the outcome was not what you were hoping for.

We wish you every success in your career and in all your future endeavours.

Warm regards,

The Orrin & Vale Talent Acquisition Team

Orrin & Vale LLC | 400 Lakeshore Drive, Chicago, IL
The contents of this email are confidential and meant for the named recipient only. If you received this message in error, please notify the sender and delete it.`, 'Your candidacy with Orrin & Vale'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...door },
    `Hi Siddharth,

Thanks for turning around the data modelling exercise so quickly, and apologies that it has taken us ten days to come back to you. Two of our senior engineers reviewed it independently and then compared notes with me yesterday.

I'll start with the outcome so you're not reading this waiting for it: we're not going to move you forward to the onsite loop for the Senior Analytics Engineer role.

Here's what they wrote up, lightly edited:

What worked
- Clean staging layer, sensible naming, good use of dbt sources and tests on the primary keys.
- Your README explained the trade-offs you made, which we always appreciate.

What held it back
- The brief asked for a slowly changing dimension on customer address. Your model overwrote the address in place, so the historical revenue-by-region question in part 3 came out wrong.
- The incremental model on events had no handling for late-arriving data. For our volumes (about 2 billion events a month) that's a real production concern.
- Both reviewers felt the gap on dimensional modelling is bigger than the exercise alone would suggest, given what you told our recruiter about mostly working with wide, denormalised tables at your current company.

None of this is a reflection on your ability to learn it, and honestly the rest of the submission was strong. Kimball-style modelling is just something this role needs on day one.

We'd like to hear from you again. If you pick up more dimensional modelling over the next year, please apply again; the exercise would be different next time and we'd happily take another look.

Take care,
Ifeoma Adeyemi
Analytics Engineering Manager, Corvid Commerce`, 'Your data modelling exercise'),

  rej('interview', ['profile_mismatch'], { ...offered, ...door },
    `Dear Ms. Lindqvist,

Re: Application for the position of Senior Tax Manager (Ref. STM-0921)

Thank you for attending the interview at our Stockholm office on 12 November and for the interest you have shown in Brandt Rehnquist Advokatbyrå.

We have now completed the interviews for this position. We received applications from many highly qualified candidates, and the decision has been a difficult one. After careful assessment, we have chosen to proceed with a candidate whose overall profile corresponds more closely to the requirements of the position.

We would like to thank you for the open and constructive conversation. If you wish, the partner responsible for the recruitment, Mr. Axel Brandt, is available for a short telephone call to give you his view of your interview; please contact me to arrange it.

We would also be pleased to keep your application in our database for a period of twelve months, with your consent, in case a suitable position becomes available. If you do not wish this, please let us know and we will delete your data in accordance with the GDPR.

Yours sincerely,

Karin Holm
HR Manager
Brandt Rehnquist Advokatbyrå KB`, 'Senior Tax Manager – STM-0921'),

  // ── Second-language English, placeholders and HTML leftovers
  rej('interview', ['skills_gap'], fb,
    `Dear Mr. Petrov,

thank you very much for the interview of last week for position of Maintenance Planner. It was pleasure to meet you.

After discussion with the plant director we decided to continue with other candidate. Main reason is that for this position the knowledge of SAP PM module is necessary and you have told us that you work only with Maximo until now.

We wish you much success further in your career.

With best regards
Zuzana Kováčová
HR Specialist
Tatra Components a.s.`, 'Maintenance Planner – result'),

  rej('application', ['generic'], {},
    `Dear {{candidate.first_name}},

Thank you for your interest in the {{job.title}} role at Brightwater Foods. We've looked at your application and won't be progressing it for this role.

We appreciate the time you took to apply and wish you the best of luck.

Sincerely,
{{recruiter.name}}
Brightwater Foods Talent Team`, 'Update on your application'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `<p>Dear Joaquín,</p>
<p>Thank you for interviewing for the <b>Senior Mobile Engineer (iOS)</b> position at Tandemly.</p>
<p>After reviewing feedback from the interview team, we have decided not to move forward. The team noted that your SwiftUI work was excellent, but the role requires hands-on experience maintaining a large UIKit codebase, and in the architecture conversation you mentioned you have limited exposure to it.</p>
<p>If you'd like more detail, just reply to this email and your recruiter will arrange a short call.</p>
<p>Best,<br>Tandemly Recruiting</p>
<p style="font-size:11px;color:#888">Tandemly, Inc. · 1 Market St, San Francisco, CA · <a href="#">Privacy</a></p>`, 'Tandemly – your interview'),

  rej('application', ['generic'], {},
    `&nbsp;Dear Applicant,&nbsp;<br><br>Thank you for applying for the role of [POSITION] at Harlow Engineering. Unfortunately, your application was not successful on this occasion.<br><br>Kind regards,<br>[NAME]<br>HR&nbsp;Department`, 'Your application to Harlow Engineering'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Bonjour Léa,

Thanks again for our call this morning, and sorry for my English if it is not perfect.

For the role of Customer Operations Analyst the team need someone who is fluent in Dutch as well as French, because we cover Belgium customers in both languages. You told me your Dutch is basic, so I am sorry but we will not continue for this position.

I keep your profile in our talent pool, we often open French-only roles in Lyon and I will contact you for those.

Bien à vous,
Camille Roussel
Talent Acquisition, Voyagio SAS`, 'Customer Operations Analyst'),

  rej('application', ['skills_gap'], fb,
    `Hello Dear Kofi,

Greetings. Thank you for the application for post of Accountant in our company. We have review your documents. Sorry to say, the position require ICAG membership (Chartered Accountant) and from your CV you are still at Level 2 of the exam. So we cannot proceed for now.

Wish you all the best in your exams.

HR Unit
Akwaaba Building Supplies Ltd, Kumasi`, 'Accountant position'),

  // ── Replies above a quoted message
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Tara,

Of course, happy to. The main thing was stakeholder management at exec level: the panel felt your examples were mostly with peers and product managers, and this role reports into the COO. Your answer on the vendor migration was excellent though. I'd apply again once you've had a bit more of that exposure; I'd genuinely like to see you back.

Best,
Owen

On Mon, 1 Dec at 09:12, Tara Quinlan wrote:
> Hi Owen, thanks for letting me know about the Programme Manager role. Would you be able to share any feedback from the panel? It would really help.
>
> On Fri, 28 Nov at 16:40, Owen Driscoll wrote:
>> Hi Tara, thanks for interviewing with us last week. Unfortunately we've decided not to progress your application for the Programme Manager role. Best, Owen`, 'Re: Programme Manager – feedback'),

  rej('interview', ['generic'], {},
    `Hi Ade,

Thanks for your email. I'm sorry, but we don't give individual feedback after first interviews. I appreciate that's frustrating.

Regards,
Sally

-----Original Message-----
From: Ade Bakare
Sent: 02 December 11:03
Subject: RE: Warehouse Supervisor

Dear Sally, can you tell me why I was not successful? Thank you.

-----Original Message-----
From: Sally Tremain
Sent: 01 December 15:21

Dear Ade, following your interview for the Warehouse Supervisor position, I am sorry to tell you that you have been unsuccessful. Regards, Sally`, 'RE: Warehouse Supervisor'),

  // ── Short notes
  rej('screen', ['profile_mismatch'], {},
    `Hi Maya, thanks for the chat Tuesday. Not the right fit for this one I'm afraid, best of luck with everything. — Jo, Fable & Finch`),

  rej('interview', ['generic'], door,
    `Sorry Ravi, thanks for doing the trial shift Saturday but we've gone with someone else for the bar manager job. You were great though — come back to us next season, we'll be hiring again in March. — Niamh, The Crooked Oar`),

  rej('application', ['skills_gap'], fb,
    `Hi Pete, thanks for applying. This one needs an HGV Class 1 licence, and you've only got Class 2, so we can't take it further. Cheers, Holt Haulage`),

  rej('assessment', ['assessment'], fb,
    `Thanks for the trial translation, Sara. Unfortunately it had too many terminology errors in the dosage section for us to take you on for medical work. All the best, Vertaal Medical`),

  rej('application', ['generic'], {},
    `Re: Data Entry Clerk — not progressing, thanks for applying. Pacewell Staffing`),

  // ── Near neighbours: praise, the role's needs, a careers link
  rej('final', ['generic'], {},
    `Dear Hiroshi,

Thank you for coming in for the final stage of our selection process for the Store Manager role. You presented yourself very well and we were impressed by your professionalism and enthusiasm throughout.

Unfortunately, on this occasion we will not be offering you the position.

Kind regards,
Recruitment Team
Kaede Living, Osaka

─────────────
Explore all open roles: kaedeliving.example/careers`, 'Store Manager – final stage'),

  rej('final', ['generic'], fb,
    `Dear Hiroshi,

Thank you for coming in for the final stage for the Area Sales Manager role. In particular, the panel was impressed by the territory plan you presented for Hyogo, and your handling of the role-play with the difficult distributor was among the best we saw.

Unfortunately, on this occasion we will not be offering you the position.

Kind regards,
Recruitment Team
Sakuragawa Beverages`, 'Area Sales Manager – final stage'),

  rej('interview', ['skills_gap'], fb,
    `Hi Leona,

Thank you for interviewing for the Grants Officer role. Experience of managing the full life-cycle of major research grants (pre-award through to final reporting) is essential for this position. In the interview, your examples were all from the pre-award side, and the panel felt that post-award financial reporting would be new to you.

We have therefore decided not to offer you the role.

Best wishes,
Research Office, Caerwent University`, 'Grants Officer'),

  rej('interview', ['generic'], {},
    `Hi Leona,

Thank you for interviewing for the Research Development Manager role. This position requires someone with extensive experience of managing the full life-cycle of major research grants, strong relationships with funders and the ability to lead a small team.

Following the interviews, we have decided not to offer you the role.

Best wishes,
Research & Enterprise, Tolland University`, 'Research Development Manager'),

  rej('application', ['generic'], door,
    `Dear Applicant,

Thank you for applying for a role at Vantage Rail. We regret that your application has not been successful on this occasion.

We'd encourage you to keep an eye on our careers page and apply for any future roles that match your skills.

Vantage Rail Recruitment`, 'Your application to Vantage Rail'),

  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Hi Mariam,

Thanks for the intro call about our Compliance Officer role. We've now completed screening calls, and I'm sorry to let you know we won't be inviting you to interview. Our licence with the DFSA means we need someone who has already held a CF role in a regulated firm in the DIFC, and from our conversation that would be your first.

If it's useful, I'm happy to hop on another quick call and share what the hiring manager said.

Best regards,
Reem Al Mansoori
Talent Acquisition, Falaj Capital, Dubai`, 'Compliance Officer'),

  rej('interview', ['skills_gap', 'profile_mismatch', 'position_filled'], { ...fb, ...door },
    `Dear Sipho,

Thank you for meeting with us on Wednesday for the Project Engineer (Civil) role.

The interview panel has decided to appoint a candidate whose experience was a closer match overall. In your case, the panel noted that you do not yet have your Pr.Eng registration with ECSA, which the client contract requires for this position.

We would like to keep your CV for our graduate-to-professional development pipeline and will contact you when we next recruit candidate engineers.

Kind regards,
Nomvula Khumalo
HR Officer, Ubuntu Civils (Pty) Ltd, Durban`, 'Project Engineer (Civil)'),

  rej('interview', ['position_filled', 'profile_mismatch'], {},
    `Dear Ashok,

Thank you for attending the interview for the post of Senior Lecturer in Accounting. We regret to inform you that the post has been offered to another candidate who was considered to better meet the person specification.

Yours sincerely,
Human Resources
Midland Metropolitan University`, 'Senior Lecturer in Accounting'),

  // ── Doors in other words
  rej('application', ['generic'], door,
    `Hi Zoë,

We've reviewed your application for the Junior Copywriter role and won't be moving forward this time. But we liked what we saw, so we've popped you on our freelance list for overflow work in the new year. Expect a message from us.

Speak soon,
The team at Wordwell Agency`, 'Junior Copywriter'),

  rej('interview', ['profile_mismatch'], door,
    `Dear Ikenna,

Thanks for interviewing for the Operations Analyst role with us in Lagos. After deliberation, the team decided to go with a candidate whose background aligned more closely with the role.

Please don't be discouraged. We are expanding into Abuja in Q2 and we'll definitely want to talk to you then, so kindly keep your phone on!

Warm regards,
Chiamaka Eze
People Operations, Okada Freight`, 'Operations Analyst – outcome'),

  rej('screen', ['generic'], door,
    `Hi Ruby,

Thanks for the call. We won't be progressing for the graduate role, but please think of us again once you've finished your Masters. We'd love to hear from you then.

Georgia
Talent, Harbourlight Consulting, Sydney`, 'Graduate Consultant'),

  rej('interview', ['generic'], {},
    `Hi Ruby,

Thanks for interviewing with us. Your application won't be going further. Please note that unsuccessful candidates may not reapply for any role at Meridell for a period of 12 months from the date of this email.

Meridell Recruiting`, 'Meridell – application outcome'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for your interest in joining Stonegate Insurance. We have carefully reviewed your application and regret to inform you that we are unable to offer you a position.

We will not retain your details once this recruitment campaign has closed, in line with our data retention policy.

Regards,
Talent Acquisition
Stonegate Insurance plc`, 'Stonegate Insurance – your application'),

  // ── Feedback offered and refused, in other words
  rej('final', ['profile_mismatch'], offered,
    `Hi Anjali,

Thanks for coming to the final interviews and for the presentation on our APAC rollout. The hiring committee has chosen another candidate who brought more directly relevant experience.

I'd love to talk you through how the panel saw your presentation; let me know a time that suits next week and I'll call you.

Regards,
Vikram Sethi
Director, Talent, Lumiere Health Singapore`, 'Regional Operations Director'),

  rej('assessment', ['assessment'], {},
    `Hi Anjali,

Thanks for submitting the written case. Unfortunately we will not be inviting you to interview. We appreciate you may want to know more, but the assessors' comments are for internal use only and we are not able to share them.

Regards,
Kingsbury Partners`, 'Written case – outcome'),

  rej('interview', ['generic'], offered,
    `Dear Candidate,

Thank you for attending interview for the post of Staff Nurse. Unfortunately you were unsuccessful on this occasion.

Feedback can be obtained from the interviewing manager, Sister Anne Kearney, on extension 4412 within four weeks of this letter.

Yours sincerely,
Recruitment Department
Mount Carrow University Hospital`, 'Staff Nurse – interview outcome'),

  rej('application', ['generic'], {},
    `Thank you for your application. Unfortunately we are unable to take it further. Please understand that we are unable to respond to requests for feedback.

Horizon Cabin Crew Recruitment`, 'Cabin Crew – application update'),

  rej('interview', ['generic'], offered,
    `Hi Connor,

Thank you for meeting with Elaine and me. I'm afraid we've decided not to take your application any further for the Maintenance Technician role.

Give me a bell if you want to hear how the interview went from our side.

Thanks,
Frank Dolan
Facilities Manager, Lisnagarvey Foods`, 'Maintenance Technician'),

  // ── More stages, more reasons
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Keanu,

Appreciate you doing the live coding session with Priscilla. Unfortunately we won't be moving you to the team interviews.

Quick summary from her notes: you got to a working solution for the rate limiter, but it took most of the hour and the sliding-window version never got started. She also flagged that you didn't write any tests, even after she nudged you toward it.

Totally happy to get you more detail, just say the word.

Mahalo,
Dana
Recruiting, Pueo Software, Honolulu`, 'Pueo Software – coding session'),

  rej('assessment', ['assessment'], {},
    `Dear Keanu,

Thank you for completing the HackerRank assessment for the Software Engineer I position. After careful review, we have decided not to move forward with your candidacy at this time.

We appreciate your interest in Blueline Insurance and wish you the best in your job search.

Blueline Insurance Talent Acquisition`, 'Blueline – assessment update'),

  rej('assessment', ['skills_gap'], fb,
    `Dear Mr. Abdullah,

Thank you for your patience while we completed the background and reference checks for the position of Finance Manager.

Your references were positive. However, the verification showed that your CPA licence lapsed in 2022 and has not been renewed, and an active licence is a condition of this appointment under our banking regulator's fit-and-proper rules. We therefore cannot proceed with your application.

Regards,
Human Resources
Gulf Crescent Bank, Manama`, 'Finance Manager – pre-employment checks'),

  rej('final', ['generic'], {},
    `Hi Ingrid,

Thank you for joining us at the onsite last Tuesday and for meeting so many of the team. We've now made our decision and unfortunately it's not good news this time.

We really appreciated the time you gave us.

Best,
Kestrel Robotics Recruiting`, 'Kestrel Robotics onsite'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Ingrid,

Thank you for your participation in the final round of the selection procedure for Head of Quality. You were one of the last three candidates, and the decision was extremely close. In the end, the board chose the candidate whose profile was closest to the requirements.

We would like to keep you in mind for future leadership opportunities at Nordhavn Medtech and will contact you if a suitable position opens.

Kind regards,
Mette Sørensen
HR Partner, Nordhavn Medtech A/S`, 'Head of Quality – selection procedure'),

  rej('screen', ['culture_fit'], fb,
    `Hi Devon,

Thanks for the chat with me on Friday. I've spoken with the founders and we won't be moving forward. You were upfront that you want a lot of structure and clear processes from day one, and honestly we are eight people and still figuring most things out. I don't think you'd enjoy it here right now, and that's on us as much as you.

All the best,
Sage
Ops, Fernhollow`, 'Fernhollow – Operations Associate'),

  rej('interview', ['overqualified', 'salary'], { ...fb, ...door },
    `Hi Lorenzo,

Thanks for the conversation with Chiara and me. We both enjoyed it, but we've concluded that the Team Leader role isn't right for you: with your background running a forty-person contact centre, you'd be coming in well above the level of the job, and the salary we can offer (€38,000) is a long way below the €55,000 you're on.

We would genuinely like to stay in touch. If a senior operations position comes up, you'll be one of the first people we call.

Un saluto,
Federica Bruni
HR Manager, Servizi Lumina S.r.l., Milano`, 'Team Leader – Servizi Lumina'),

  rej('application', ['role_closed'], door,
    `Hi Amelia,

Thanks for applying for the Junior Planner role. We've had to withdraw the vacancy as our largest client has postponed the project it was for.

We'll reopen it in the new year if the work comes back, and you'd be very welcome to apply again then.

Best,
Scope Planning Studio`, 'Junior Planner – vacancy withdrawn'),

  rej('application', ['internal_candidate'], {},
    `Dear Applicant,

Thank you for applying for the position of Payroll Administrator. We wish to advise that an internal candidate has been appointed to this role and the recruitment process is now closed.

Regards,
Human Resources
Carraway Shire Council`, 'Payroll Administrator'),

  rej('screen', ['salary'], fb,
    `Hey Jordan,

Thanks again for the call! Unfortunately we're too far apart on comp: you're looking for $165k base and the range for this position tops out at $135k. So we'll have to pass for now.

Best,
Tiana, Recruiting @ Brightloop`, 'Brightloop – Product Marketing Manager'),

  rej('interview', ['location'], { ...fb, ...door },
    `Dear Arun,

Thank you for interviewing with us for the Graduate Engineer position. We very much enjoyed meeting you. Unfortunately, we are unable to proceed, as our government contracts require that all engineers hold Australian citizenship for security clearance, and you are currently on a temporary graduate visa.

Should your circumstances change, please do reapply.

Kind regards,
Fiona Nguyen
People & Culture, Corella Defence Systems, Adelaide`, 'Graduate Engineer – Corella Defence'),

  rej('interview', ['internal_candidate'], {},
    `Hi Kamal,

Thanks for interviewing for the Team Lead role. We've decided to promote from within the team for this one. Wish I had a better answer for you.

Emma, Salt Harbour Software`, 'Team Lead'),

  rej('final', ['position_filled'], { ...offered, ...door },
    `Dear Siew Mei,

Thank you for coming through the final round for the Senior Audit Associate position. We have made an offer to another candidate and it has been accepted.

Should you like some feedback on your interviews, drop me a note and I'll arrange a call with the engagement partner. We will also keep your resume on file for the next intake of audit associates in March.

Best regards,
Charmaine Lim
Human Capital, Tan Koh & Partners LLP, Singapore`, 'Senior Audit Associate'),

  rej('application', ['skills_gap'], fb,
    `Dear Ms. Wambui,

Thank you for applying for the position of Agronomist. We note that you hold a diploma in agriculture; however, the position requires a BSc in Agronomy or Crop Science as a minimum. Regrettably your application has not been shortlisted.

Yours faithfully,
Human Resource Manager
Kericho Highlands Tea Estates Ltd`, 'Agronomist vacancy'),

  rej('interview', ['assessment'], fb,
    `Hi Oskar,

Thanks for coming in for the technical interview. We won't be moving ahead with you. The main issue was the system design question: your design for the notification service didn't account for retries or ordering, and when Mira asked about what happens if the queue goes down, we didn't hear a clear answer.

Regards,
Hiring Team, Tessellate`, 'Tessellate – technical interview'),

  rej('final', ['skills_gap', 'position_filled'], { ...fb, ...door },
    `Dear Dr. Mwangi,

Thank you for your participation in the final interview for the post of Country Medical Director. The board has offered the post to a candidate with longer experience in health systems management at the national level, which the panel considered critical for this role at this time.

The panel was struck by your work on the maternal health programme in Kisumu, and we would welcome your application for our regional director posts, which we expect to advertise in the coming year.

Yours sincerely,
Dr. Grace Achieng
Regional Director, Amani Health Alliance`, 'Country Medical Director – final decision'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...offered },
    `Hi Nikolai,

thank you for the work sample for the Motion Designer position. Our team see clear talent in the illustration style, but the animation has some problems: the easing is linear on most transitions and the timing of the logo reveal feels rushed. Also the brief asked for After Effects source files with Lottie export and you sent only MP4, which tells us Lottie is maybe not in your toolkit yet, and for us it is daily work.

We decided to not continue with your application. If you want, we can do short call and I show you our comments directly on the file.

Best,
Aurelia Petrescu
Creative Lead, Pixelgrad Studio, Bucharest`, 'Motion Designer – work sample'),

  rej('interview', ['generic'], {},
    `Dear Nomsa,

Thank you for your interest in the position of Marketing Coordinator and for attending the interview. We received a very large number of excellent applications and the standard of candidates interviewed was exceptionally high. Regrettably, you have not been selected for the position.

Kind regards,
Jacaranda Media Group`, 'Marketing Coordinator'),

  rej('application', ['profile_mismatch'], door,
    `Hi Hugo,

Thanks for your application for Head of Engineering. Your profile is impressive, but it isn't quite what we're looking for in this hire. We'd love to keep in touch, and we'll let you know about future leadership roles that may be a closer match.

Best,
Talent at Quayside Games`, 'Head of Engineering'),

  // ── Last screens, and more look-alikes
  rej('screen', ['skills_gap'], { ...fb, ...offered, ...door },
    `Hi Bilal,

Really appreciated your time on the phone yesterday, and thanks for being so open about your background.

I've had a think and talked it over with Josh, our Head of Finance. We've decided not to invite you to the next stage for the FP&A Analyst role, and I wanted to explain why. Most of your experience has been in statutory accounts and audit, and this role is almost entirely forecasting and building driver-based models in Excel and Adaptive, which you said you haven't used. Josh felt the ramp-up would be too long for a team of three heading into budget season.

That said, you came across really well. If you want to dig into it, I'm very happy to have another chat about how to position your experience for FP&A roles. And once you've had a year or so of forecasting under your belt, please do come back to us.

Thanks again,
Harriet Sloane
Talent Partner, Bramblecote Group`, 'FP&A Analyst – Bramblecote'),

  rej('screen', ['generic'], {},
    `Dear Mr. Ogunleye,

Thank you for your time during the telephone screening for the role of Credit Analyst. We regret to inform you that you have not been selected to proceed to the next stage of the recruitment process.

Please be informed that we do not provide reasons for this decision.

Yours faithfully,
Human Resources Department
Unity Trust Bank Plc`, 'Credit Analyst – screening outcome'),

  rej('screen', ['skills_gap', 'location'], { ...fb, ...door },
    `Hi Emeka,

Thanks for the call earlier. Having thought about it, I don't think this Toronto-based Controls Engineer role is the one: the client wants someone who's been in pharma manufacturing rather than automotive lines, and they can't sponsor a work permit for someone who's still in Manchester.

I'd still like to work with you, though. We place a lot of controls engineers in the UK and I'll put your CV in front of two clients in the Midlands this week.

Cheers,
Aaron Wexler
Principal Consultant, Northpoint Engineering Talent`, 'Controls Engineer – Toronto'),

  rej('application', ['salary'], fb,
    `Hi Greta,

Thanks for your application for the Studio Assistant role. Your cover letter said you'd need at least £34,000, and the role is paid £26,500 with no room to move, so I don't think we can make this work for you.

Best wishes,
Hollyhock Ceramics`, 'Studio Assistant'),

  other(`Hi Pavel,

Thanks for the time on Tuesday! Quick note that we're still interviewing and expect to wrap up by the end of next week. If you haven't heard from us by then, please feel free to chase me.

Ursula
Recruiting, Midline Robotics`, 'Quick update'),

  other(`Dear Candidate,

Thank you for registering with the Aldridge Group Talent Community. You're now part of our talent pool, and we'll send you roles that match your preferences as soon as they're posted. You can update your profile or unsubscribe at any time.

Aldridge Group Careers`, 'Welcome to the Aldridge Group Talent Community'),

  other(`Hi Ngozi,

Thanks for interviewing with us. We'd like to invite you to complete a short case study as the next stage. The brief is attached; please return it by Friday 12 December. We'll share written feedback on your submission either way.

Best,
Hiring Team, Palmgrove Capital`, 'Next steps – case study'),

  other(`Dear Sebastián,

Unfortunately our interviewer, Dr. Hartmann, is unwell and we need to move your interview for the Data Protection Officer position. Could you do Thursday 11 December at 14:00 CET instead? Apologies for the short notice.

Kind regards,
Petra Vogel
HR, Rheinwerk Versicherung AG`, 'Interview rescheduled'),

  other(`Hi Kavya,

Congratulations! We're delighted to offer you the role of Associate Product Manager at Lattice Labs. The panel loved your case on the driver-onboarding funnel, especially how you prioritised the document-upload drop-off.

Your offer letter is attached. Please let us know by 15 December.

Cheers,
Rohan Kulkarni
Head of Product, Lattice Labs`, 'Offer – Associate Product Manager'),

  // ── A long letter with one sentence about the candidate in its middle
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Ms Rahman,

Application for the post of Fundraising Manager (Trusts and Foundations), reference FM/TF/07

Thank you for attending the interview at our offices in Bristol on Monday 24 November, and for the presentation you prepared on diversifying our income from charitable trusts. I know that preparing for an interview of this kind takes a considerable amount of time, particularly for candidates who are also working full-time, and the panel asked me to pass on its thanks.

As you will know from the recruitment pack, this post is new to Riverside Hospice Care. It has been created because our income from trusts and foundations has fallen by almost a third over the last three years, while the cost of providing care in the community has continued to rise. The person appointed will lead a small team of two, will be responsible for a portfolio of around sixty funders, and will be expected to secure at least £450,000 a year from trusts within eighteen months.

We interviewed five candidates for the post, and the panel was struck by the strength of the field. After a great deal of discussion, I am sorry to tell you that we will not be offering you the position.

In reaching its decision, the panel gave a lot of weight to experience of writing and winning multi-year bids of £100,000 or more. Your largest successful application, as you described it in the interview, was for £35,000, and the panel did not feel it had enough evidence that you could make the step up to the size of bid this post depends on. Your presentation itself was well received, and several members commented on how clearly you set out the case for a regional funders' forum.

I appreciate that this will be disappointing news. If you would find it helpful to talk through the panel's decision in more detail, I would be pleased to arrange a telephone call with the chair of the panel, Mrs Judith Okafor, our Director of Income Generation. Please contact me by email in the first instance and I will find a time that suits you both.

May I take this opportunity to thank you once again for your interest in Riverside Hospice Care and in the work we do for patients and families across the city and the surrounding area. We wish you every success with your future applications.

Yours sincerely,

Claire Whitcombe
HR Officer
Riverside Hospice Care
Registered charity no. 10XXXXX · Company limited by guarantee

Riverside Hospice Care is committed to safeguarding and promoting the welfare of adults at risk. We are an equal opportunities employer.`, 'Fundraising Manager (Trusts and Foundations) – FM/TF/07'),
];
