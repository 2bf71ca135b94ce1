/**
 * Sealed messages of the thirty-fifth round. Two halves. First, rejections from many employers, tracking-system
 * templates, HR template letters, agency recruiters and hiring managers, at every stage from application to final round.
 * Second, one inbox: a secondary-school science teacher in Dublin moving into learning design, instructional design and
 * customer-education roles, with look-alikes, paused processes and rejections from January to June.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s35-');

export const HANDWRITTEN_SEALED_35: readonly CorpusLine[] = [
  // ── A. Rejections from many employers
  rej('application', ['generic'], {},
    `Hi Marcus,

Thanks for your interest in the Junior Data Analyst role at Fernleaf Analytics. We've reviewed your application and have decided not to progress it further at this time.

We wish you all the best with your search.

Fernleaf Analytics Talent Team

Powered by Greenhouse`, 'Your application to Fernleaf Analytics'),

  rej('application', ['generic'], { ...door },
    `Dear Priya,

Thank you for taking the time to apply for the position of Graduate Process Engineer (Req ID 44817) at Halvorsen Chemicals.

Following a careful review we regret to inform you that your application has not been selected to move forward.

We will retain your details in our talent community and you are welcome to apply for other openings that catch your eye.

Kind regards,
Halvorsen Chemicals Recruitment
This mailbox is not monitored. Please do not reply to this email.`, 'Halvorsen Chemicals – Req 44817'),

  rej('application', ['profile_mismatch'], {},
    `Hello Tomasz,

We appreciate you considering Brightwater Logistics for the Warehouse Operations Supervisor opening. Having looked through your CV against what the site needs right now, we don't think it lines up closely enough, so we won't be taking it further.

Good luck with what comes next.

Shauna Pike
People Partner, Brightwater Logistics`, 'Warehouse Operations Supervisor - update'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Adaeze,

Thank you for applying for the Senior Tax Associate role at Okonkwo & Partners, Lagos.

This position requires full ICAN membership and at least four years of post-qualification experience in corporate tax. From your application we could see you are still completing the professional examinations, so we are unable to consider you for this vacancy.

We wish you success in your final papers.

Yours faithfully,
Human Resources
Okonkwo & Partners Chartered Accountants`, 'Re: Application – Senior Tax Associate'),

  rej('application', ['generic'], {},
    `Hi {{candidate_first_name}},

Thank you for applying to Customer Success Manager at Loopwise. Unfortunately we won't be moving forward with your application.

We really appreciate the time you put in.

The Loopwise Team`, 'Update on your Loopwise application'),

  rej('application', ['position_filled'], {},
    `Dear Mr Chen,

Re: Assistant Site Manager, Parramatta project

Thank you for your application. I'm writing to let you know the role has now been filled, and we are therefore not in a position to consider further candidates.

Regards,
Leanne Doherty
HR Coordinator | Castlereagh Build Pty Ltd`, 'Assistant Site Manager – Parramatta'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Sanjay,

Thanks for applying for the Field Service Technician role in Calgary. I had a look at your application and noticed you're currently based in Pune and would need sponsorship to work in Canada. Unfortunately we can't sponsor work permits for this position.

If you do get authorization to work here down the line, please reach back out — we hire techs most quarters.

Cheers,
Brent Kowalchuk
Talent Acquisition, Prairie Turbine Services`, 'Field Service Technician - Calgary'),

  rej('application', ['generic'], { ...door },
    `<html><body><p>Dear Olivia,</p><p>Thank you for your interest in joining <b>Meridian Health Partners</b>.</p><p>We have now reviewed your application for <b>Patient Access Representative</b> and regret that we will not be moving you forward in the process.</p><p>We encourage you to visit our careers site regularly and apply for future positions that match your interests.</p><p>Sincerely,<br>Meridian Health Partners Talent Acquisition</p><p style="font-size:9px">Meridian Health Partners is an Equal Opportunity Employer. All qualified applicants will receive consideration without regard to race, color, religion, sex, national origin, disability or veteran status.</p></body></html>`, 'Your Meridian Health Partners application'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Jonas,

Many thanks for your application for Product Designer (m/f/d) at Kieselwerk GmbH.

We had a lot of applications and took a careful look at each. In the end, other profiles suited the current needs of our team somewhat better, so we have decided against continuing with yours.

We'd be happy if you keep following us, and of course you can apply again for another position.

Best regards
Franziska Auer
People & Culture | Kieselwerk GmbH
Sent with Personio`, 'Your application at Kieselwerk GmbH'),

  rej('application', ['generic'], {},
    `Thanks for applying. We're going with other applicants for this one. — Dev, founder @ Tidepool`, 're: backend eng'),

  rej('application', ['overqualified'], { ...fb },
    `Dear Ms Van der Merwe,

Thank you for applying for the Administrative Assistant post at Karoo Veterinary Clinic.

Honestly, with fifteen years of practice management behind you, we felt this role would be well beneath your level of experience and would not hold your interest for long. For that reason we have decided not to take your application further.

We wish you well,
Dr Pieter Botha
Karoo Veterinary Clinic, Graaff-Reinet`, 'Administrative Assistant'),

  rej('application', ['role_closed'], { ...door },
    `Hi Keisha,

Thanks for applying to the Marketing Coordinator position at Lumen Fitness. I wanted to let you know we've decided not to fill this role after all — the marketing team is being reorganised and the position no longer exists in its current form.

We'll keep your details and would be glad to hear from you again when new roles open up.

Best,
Ana Ruiz
Recruiting, Lumen Fitness`, 'Marketing Coordinator role'),

  rej('application', ['generic'], { ...door },
    `Dear Rahul Verma,

Greetings from Sarvam Infotech!

Thank you for showing interest in the Trainee Software Engineer opening. We regret to inform you that your profile has not been shortlisted for the next round.

Your details will remain in our database and we may contact you for suitable opportunities in future.

Regards,
HR Team
Sarvam Infotech Pvt. Ltd., Bengaluru
This is a system generated mail.`, 'Application Status – Trainee Software Engineer'),

  rej('application', ['profile_mismatch'], {},
    `Hi Bethany,

Thank you for applying for our Summer Internship in Investment Research. Competition was strong this year, and we've had to choose those whose backgrounds were the closest match to what the desk needs. I'm afraid yours was not among them.

Regards,
Campus Recruiting
Whitcombe Asset Management, London`, 'Whitcombe Summer Internship 2027'),

  rej('application', ['skills_gap'], { ...fb },
    `Hello Mei Ling,

Thank you for your interest in the Regulatory Affairs Executive role at Sentosa Biologics.

We are looking for someone with hands-on experience preparing submissions to HSA and at least working knowledge of Mandarin for liaison with our Shanghai office. As we couldn't see regulatory submission experience in your CV, we will not be proceeding with your application.

Thank you and all the best.

Regards,
Jasmine Tan
Talent Acquisition, Sentosa Biologics Pte Ltd`, 'Regulatory Affairs Executive – Sentosa Biologics'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for submitting your application for the position of [JOB TITLE]. We received a large number of applications and, after careful consideration, have decided not to invite you to the next stage.

We thank you for your interest in [COMPANY NAME] and wish you success in your job search.

Sincerely,
[Hiring Manager Name]`, 'Application update'),

  rej('application', ['internal_candidate'], {},
    `Hi Declan,

Thanks for putting yourself forward for the Operations Lead role. Just a quick note to let you know we've appointed someone from within the team to the position, so we won't be proceeding with external applications.

Thanks again,
Niamh Gallagher
HR Manager, Corrib Foods`, 'Operations Lead'),

  rej('application', ['generic'], { ...door },
    `Hi Sofia,

We wanted to let you know that we have decided to pursue other candidates for the Sales Development Representative position. We know this isn't the news you hoped for.

Please don't let this stop you from checking back — we post new roles on our careers page often.

Recruiting Team
Northbeam
You received this email because you applied on jobs.lever.co/northbeam`, 'Northbeam | Sales Development Representative'),

  rej('application', ['profile_mismatch', 'location'], { ...fb },
    `Dear Kwame,

Thank you for your application to the Country Finance Manager, Ghana vacancy.

We have reviewed your CV carefully. The role calls for someone already living in Accra, and the panel also felt that your background sits more in audit than in the business-partnering profile we are after. We are therefore not able to take your application forward.

With best wishes,
Regional HR, West Africa
Aurelia Agro Holdings`, 'Country Finance Manager, Ghana'),

  rej('application', ['generic'], {},
    `Hello Lukas,

thanks a lot for your application as Working Student Marketing. Unfortunately we have to tell you that we cannot offer you the position.

We wish you all the best for your studies.

Kind regards
Team Recruiting
Fahrwerk Mobility`, 'Your application as Working Student Marketing'),

  rej('application', ['salary'], { ...fb, ...door },
    `Hi Grace,

Thanks for applying for the Clinical Trial Coordinator post. You mentioned on the form that you'd be looking for around $95k. I have to be straight with you: the budget for this role tops out in the low seventies, so we can't move ahead with you for this one.

If your expectations change, or if a more senior opening comes up, I'd be glad to hear from you again.

Best,
Rachel Lindqvist
Recruiter, Harbourview Research Institute, Halifax NS`, 'Clinical Trial Coordinator'),

  rej('application', ['generic'], {},
    `Dear Hamza,

Thank you for your recent application to Galloway Retail Group.

We have carefully considered your application for the role of Store Manager - Leeds and regret to advise you that on this occasion you have not been successful.

Yours sincerely,
Recruitment Team
Galloway Retail Group plc
Registered in England and Wales No. 01928374`, 'Store Manager - Leeds'),

  rej('application', ['culture_fit'], { ...fb },
    `Hey Ollie,

Appreciate you applying to join us. I read your cover letter a couple of times. You say you do your best work with clear specs and a quiet, structured week — and honestly that's the opposite of how we run right now, it's chaotic and everyone wears five hats. I don't think you'd enjoy it here, so I'm going to pass.

Good luck out there,
Maya
Co-founder, Scrapyard Games`, 're: Gameplay programmer'),

  rej('application', ['profile_mismatch'], {},
    `Dear Aoife,

Thank you for your application for the post of Research Assistant (Ref: UCD-RA-2291).

The selection committee has now completed shortlisting. While your application was considered, it did not rank among those judged most suitable for the post, and you have not been shortlisted for interview.

Yours sincerely,
HR Recruitment Office`, 'Research Assistant (Ref: UCD-RA-2291)'),

  rej('application', ['generic'], { ...door },
    `Dear Chidi,

Thanks for your interest in the Graduate Trainee Programme at Zenora Bank.

We received an overwhelming number of applications and, regrettably, yours has not progressed.

We have added you to our talent pool and will notify you if a suitable opportunity becomes available.

Warm regards,
Zenora Bank Talent Acquisition`, 'Zenora Bank Graduate Trainee Programme'),

  rej('application', ['position_filled', 'profile_mismatch'], {},
    `Hi Amelia,

Thanks for your application for the Part-time Bookkeeper role. We've already offered the position to someone whose experience was a closer fit for what we need, so we won't be taking your application any further.

All the best,
Lorraine at Kettle & Co Accountants`, 'Part-time bookkeeper'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Diego,

Thanks for applying to the Data Engineer II position. Your background in analytics is solid, but this role needs production experience with Spark and Airflow pipelines at scale, and we didn't see that in your resume.

We'd encourage you to apply again in the future as you build out that experience.

Cheers,
Talent @ Quarrystone
Sent via Ashby`, 'Quarrystone – Data Engineer II'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for your application for the position of Graduate Civil Engineer.

We regret to inform you that your application was unsuccessful.

Regards
Recruitment
Umhlanga Consulting Engineers (Pty) Ltd`, 'Graduate Civil Engineer'),

  rej('application', ['role_closed'], {},
    `Hi Hannah,

Thank you for applying to the UX Researcher role at Stackfield. I'm sorry to say that the position has been put on ice indefinitely due to budget changes, and we've closed the requisition. This means we won't be moving forward with any applicants at this time.

Thanks for your understanding,
Marisol
Stackfield Recruiting`, 'Update: UX Researcher at Stackfield'),

  rej('application', ['generic'], { ...door },
    `Hi Fatima,

Thank you for applying for the Content Writer (Arabic/English) vacancy at Dune Media, Dubai.

We have decided not to move forward with your application, but we'll keep your CV on file for upcoming projects.

Best regards,
Recruitment - Dune Media FZ-LLC`, 'Content Writer (Arabic/English)'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Ethan,

Thank you for your interest in the Associate Product Manager role.

We've reviewed your application and, while you clearly have a lot going for you, we don't believe your experience is the right match for this specific opening. We will keep you in mind for more suitable roles in future.

Best,
Recruiting Team, Pinecrest Software
iCIMS Talent Platform — Please do not reply to this automated message.`, 'Pinecrest Software: Associate Product Manager'),

  rej('application', ['generic'], { ...offered },
    `Dear Rohan,

Many thanks for applying for the Junior Architect position with Pillay Gould Architects. I'm sorry to tell you that we won't be taking your application further on this occasion.

If it would be useful, drop me a line and I can share some thoughts on your portfolio.

Kind regards,
Thandi Pillay
Director, Pillay Gould Architects, Durban`, 'Junior Architect'),
  rej('screen', ['generic'], {},
    `Hi Leo,

Thanks for hopping on a call with me on Tuesday to talk about the Account Executive role. After syncing with the hiring team, we've decided not to move ahead to the next round.

Appreciate your time and wish you the best,
Carly Nguyen
Recruiter, Vantapay`, 'Vantapay AE – next steps'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Dear Aisha,

It was a pleasure speaking with you last week about the HR Business Partner vacancy. Having reflected on our conversation, I don't feel your experience, which has been mainly in recruitment, matches the generalist employee-relations profile the business wants for this role.

I'd like to stay in touch though, and will let you know if something more aligned comes across my desk.

Warm regards,
Gemma Harcourt
Senior Consultant, Harcourt Search Partners, Manchester`, 'HRBP role – following our call'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Nikhil,

Thanks for the intro call yesterday. You were upfront that you haven't worked with Kubernetes in production, and the team has told me that's a must from day one for this SRE position. So we won't be progressing you for this one.

Thanks again for your honesty,
Jess
Talent Partner, Coldharbour Cloud`, 'SRE – Coldharbour Cloud'),

  rej('screen', ['location'], { ...fb, ...door },
    `Hey Sam,

Good chatting earlier! As we discussed, the Ops Manager role needs someone on site in Brisbane three days a week, and you'd said you're not keen to move from Perth. Given that, I'll close things off for this one.

If a remote-friendly role pops up I'll give you a shout.

Cheers,
Bec
Talent Acquisition, Redgum Energy`, 'Ops Manager - Brisbane'),

  rej('screen', ['generic'], { ...offered },
    `Dear Ifeoma,

Thank you for the telephone interview with our HR team on 14 October regarding the Procurement Officer role. We regret to inform you that you have not been selected to progress to the panel stage.

Should you wish to receive feedback on your phone interview, please reply to this email and we will arrange it.

Yours faithfully,
Human Resources Department
Lekki Port Services Ltd`, 'Procurement Officer – Outcome of Phone Interview'),

  rej('screen', ['position_filled'], {},
    `Hi Chloe,

Thanks for your time on the screening call. Bad timing on our part: the hiring manager extended an offer to another candidate who was further along, and they've accepted. So the role is now closed.

Sorry it didn't work out,
Paul Desrosiers
Recruitment, Maplegate Insurance, Toronto`, 'Claims Adjuster role update'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Arjun,

I enjoyed our quick chat on Monday. I've spoken with the team and they've decided to focus on candidates with more of an enterprise sales background, so they won't be moving forward with you.

Best,
Ritika Menon
Talent Acquisition Lead, Kavach Security`, 'Kavach – Enterprise Account Manager'),

  rej('screen', ['generic'], { ...door },
    `Dear Ms Okafor,

Thank you for speaking with me on Thursday about the Programme Officer position at the Hope Bridge Foundation.

I'm sorry to let you know that we will not be inviting you to the next stage. Please do keep an eye on our website; we recruit for programme roles several times a year and would welcome a future application.

With kind regards,
Margaret Ellison
HR Officer, Hope Bridge Foundation
Registered charity no. 1103456`, 'Programme Officer – Hope Bridge Foundation'),

  rej('screen', ['culture_fit', 'profile_mismatch'], {},
    `Hi Gabriel,

Thank you for the initial conversation with our people team about the Engineering Manager role. After the call we felt that your management approach and background weren't quite the match for how our teams operate, and we'll be continuing with other candidates.

Kind regards,
The Talent Team at Willowbrook Labs`, 'Willowbrook Labs – Engineering Manager'),

  // assessment
  rej('assessment', ['assessment'], {},
    `Dear Yusuf,

Thank you for completing the online numerical and verbal reasoning tests for the Aldridge Partners Graduate Scheme.

Unfortunately your results did not reach the level needed to proceed to the next stage of our process.

We wish you every success in the future.

Aldridge Partners Graduate Recruitment
This is an automated email sent via our recruitment system. Replies are not monitored.`, 'Aldridge Partners – assessment outcome'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Anika,

Thanks for sending in the take-home. The reviewers liked the clean component structure, but the solution didn't handle the pagination edge cases we asked about, and there were no tests covering the API layer. For this role, those gaps meant we won't be moving to the technical interview.

If you want a more detailed write-up from the reviewers, just reply and I'll send it across.

Best,
Tobias
Hiring, Nordlicht Software`, 'Frontend take-home – result'),

  rej('assessment', ['generic'], {},
    `Dear Kofi,

Thank you for completing the case study exercise for the Strategy Analyst role at Benton Kline Consulting.

After careful consideration we have decided not to progress your application further.

Kind regards,
Benton Kline Consulting Recruiting`, 'Strategy Analyst – case study'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Wei,

Thank you for taking our SQL and Python assessment. You scored well on the SQL section, but the Python portion, specifically the data-cleaning task with pandas, came in well below what we need for day-to-day work in this role. We won't be moving forward at this stage.

Best regards,
Analytics Hiring Team
Bluefin Retail Insights, Singapore`, 'Data Analyst assessment – Bluefin'),

  rej('assessment', ['generic'], { ...door },
    `Hi Emma,

Thank you for submitting the written task for the Communications Officer position. We've now reviewed all of the submissions and I'm sorry to say we won't be inviting you to interview.

We'd be very happy to see your name in future recruitment rounds.

Best wishes,
Clare Whitfield
Head of Communications, Thameside Housing Trust`, 'Communications Officer – written task'),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the HackerRank coding challenge as part of your application to Orbitcore Systems.

Your score was below the threshold set for this position, and so we will not be taking your application further.

Regards,
Orbitcore Systems Talent Team`, 'Orbitcore Systems – Coding Challenge Result'),

  rej('assessment', ['profile_mismatch'], { ...offered },
    `Hi Lucia,

Thanks so much for the time you put into the design exercise. The team reviewed it alongside the other submissions and felt that other candidates' work was closer to the direction we need for the product right now.

I know how much effort a task like this takes. If you'd find it useful, I'm happy to jump on a short call and talk through how the team saw your submission.

Warmly,
Inés Calderón
Design Lead, Mercado Verde`, 'Product Design exercise'),

  rej('assessment', ['generic'], {},
    `Dear Mr. Sithole,

We refer to your application for the position of Risk Analyst and thank you for your participation in the psychometric assessments.

We regret to inform you that your application has been unsuccessful.

Yours sincerely,
Talent Acquisition
Ubuntu Mutual Assurance`, 'Risk Analyst – Outcome'),

  rej('assessment', ['role_closed'], {},
    `Hi Jake,

Thanks for getting the writing sample back to us so quickly. I'm really sorry to report that, since you submitted it, leadership has frozen hiring for the content team and the Senior Copywriter role has been withdrawn. We won't be continuing the process.

Apologies for the wasted effort on your side.

Regards,
Tess
Brightline Agency`, 'Senior Copywriter role'),
  // interview
  rej('interview', ['generic'], {},
    `Hi Martina,

Thank you for interviewing with the team for the Office Manager position. We've now completed all interviews and have decided to move forward with another candidate.

We appreciate the time you spent with us.

Warm regards,
Hollis & Grey Recruiting`, 'Office Manager – Hollis & Grey'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Oluwaseun,

Thank you for meeting with Dr Adeyemi and myself on Friday. We enjoyed hearing about your work at the teaching hospital.

After a lot of discussion we have offered the Clinical Operations Manager role to a candidate whose experience matched the brief slightly more closely. It was a close decision.

We would like to keep your details on file and will contact you if a similar vacancy arises.

Yours sincerely,
Funmilayo Balogun
Head of HR, Crestview Specialist Hospital, Abuja`, 'Clinical Operations Manager – Interview Outcome'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Callum,

Thanks for coming in to meet the team last week. Everyone enjoyed the conversation. Where we landed is that the role needs someone who has owned a P&L before, and in the interview it was clear that your budget responsibility so far has been on the reporting side rather than ownership.

Happy to chat through any of this if it's helpful. Just reply and we'll find a time.

Cheers,
Rosie Barker
Head of Operations, Tramline Coffee Roasters`, 'Head of Ops – your interview'),

  rej('interview', ['generic'], { ...door },
    `Dear Shreya,

Thank you for attending the interview for Assistant Manager – Treasury on 21st March at our Mumbai office.

We regret to inform you that you have not been selected for the position. We would, however, encourage you to apply for suitable positions with us in the future.

Regards,
HR Department
Deccan Capital Finance Ltd.`, 'Interview Result – Assistant Manager Treasury'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Noah,

Thanks for the conversations with the team. I'll be direct, since you asked for candour during the panel: the feedback was that you lean towards working independently and preferred limited pairing, whereas this team pairs for most of the day. We don't think it would suit you, so we're going to stop here.

Best,
Ingrid Solberg
Engineering Manager, Fjordline Tech`, 'Backend Engineer – decision'),

  rej('interview', ['generic'], {},
    `Hi Zara, thanks for interviewing with us. We've decided to move forward with someone else. Best of luck! - Tom, Cobalt Events`, 'Events Coordinator'),

  rej('interview', ['position_filled'], {},
    `Dear Mr Papadopoulos,

Thank you for attending interview for the post of Maths Teacher (Maternity Cover) at St Bede's Academy.

I am writing to let you know that the post has now been offered to and accepted by another candidate.

Yours sincerely,
Mrs J. Atherton
Headteacher's PA, St Bede's Academy`, 'Maths Teacher (Maternity Cover)'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Kenji,

Thank you again for your time with our hiring managers on Wednesday. After reviewing everyone they met, the team decided to proceed with a candidate whose background is better aligned with the current priorities of the role.

If you would like some feedback from the interviews, let me know and I'll arrange a short call with the hiring manager.

Regards,
Lisa Moreau
Talent Acquisition, Solvane Pharma Canada`, 'Solvane Pharma – Medical Science Liaison'),

  rej('interview', ['generic'], {},
    `Dear Ana,

Thank you for your interest in the Business Analyst role and for the time you gave us at interview.

Unfortunately we will not be progressing your application, and as we received a large volume of applicants we are not able to provide individual feedback.

Regards,
Recruitment, Chesterfield Building Society`, 'Business Analyst – interview outcome'),

  rej('interview', ['internal_candidate'], { ...door },
    `Hi Ravi,

Thanks for interviewing with us for the Team Lead role. I wanted to let you know personally that we've decided to promote one of our existing engineers into the position.

It was a genuinely tough call and we'd love to consider you again for future openings.

Best,
Meera Iyer
Director of Engineering, Paysphere`, 'Team Lead – Paysphere'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Siobhan,

Thank you for your interview for the position of Senior Policy Analyst.

The panel felt you gave clear answers about stakeholder engagement. However, your answers on economic appraisal and cost-benefit modelling did not show the depth of experience the role requires, and other candidates demonstrated a stronger overall match to the competencies. You have therefore not been successful.

Yours sincerely,
Resourcing Team
Department of Transport and Infrastructure`, 'Senior Policy Analyst – interview outcome'),

  rej('interview', ['role_closed'], {},
    `Hi Priyanka,

Thanks for your time in the interviews with Alex and Jordan. I'm sorry to say that, following a restructure announced this week, the Product Marketing Manager role has been eliminated. We're closing the process for all candidates.

I'm sorry this happened so late in the process.

Kind regards,
Fiona
People Team, Harbourlight`, 'Product Marketing Manager – update'),

  rej('interview', ['generic'], { ...door },
    `Hey Matt,

Thanks again for chatting with me and Lou last week. We've decided to go in a different direction for this role. It was a pleasure getting to know you, and if you see something else here that fits, please apply again.

Take care,
Joel
Founder, Saltmarsh Studio`, 'Saltmarsh – Designer role'),

  rej('interview', ['location'], { ...fb },
    `Dear Thabo,

Thank you for your interview for the Regional Sales Manager role. The panel enjoyed meeting you. However, the role requires a valid work permit for Botswana from the start date, and as you confirmed at interview that you do not hold one, we are unable to proceed.

Regards,
Kgosi Molefe
Head of HR, Kalahari Distributors`, 'Regional Sales Manager – Gaborone'),

  // final
  rej('final', ['profile_mismatch'], { ...door },
    `Hi Elena,

Thank you for spending the whole day with us at the onsite. The team really appreciated the care you put into your presentation.

It came down to you and one other candidate, and in the end we went with the person whose experience was a slightly closer match for where the team is heading. I know that's hard to hear after getting this far.

We'd love to stay in touch and will reach out when we have another opening in the design systems team.

Best,
Hugo Lambert
Talent Partner, Ardent Robotics`, 'Ardent Robotics – onsite outcome'),

  rej('final', ['generic'], {},
    `Dear Joseph,

Thank you for attending the assessment centre for the Stonebridge Bank Graduate Programme.

We regret to inform you that on this occasion you have not been successful in securing a place on the programme.

Stonebridge Early Careers Team`, 'Stonebridge Graduate Programme – assessment centre outcome'),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Hi Naomi,

Thank you for making it all the way through to the final round for Head of Customer Success. I know it's been a long process.

The panel's feedback was very positive about your leadership style. The deciding factor was the need for someone who has run a renewals and expansion number in a SaaS business, which the other finalist had done for several years.

If we open a CS Director role next year, which is likely, I'd like to speak with you about it.

Kind regards,
Sophie Grant
Chief Customer Officer, Lattice Point`, 'Head of Customer Success – final decision'),

  rej('final', ['position_filled'], {},
    `Dear Mr O'Brien,

Further to your final interview with the Board on 9 May, I am writing to inform you that the position of Finance Director has been offered to and accepted by another candidate.

I thank you on behalf of the Board for your interest in Seacliff Credit Union.

Yours sincerely,
Eamon Furlong
Chairperson, Seacliff Credit Union Limited`, 'Finance Director – Seacliff Credit Union'),

  rej('final', ['generic'], { ...offered },
    `Hi Aditya,

I'm sorry to share that, after the superday on Friday, the team has decided not to extend an offer this time.

I know that's disappointing after the effort you put in. If you'd like to hear how the day went from the interviewers' side, I'm more than happy to set up a call.

Best regards,
Hannah Wells
Campus Recruiting, Greyfield Capital`, 'Greyfield Capital – superday'),

  rej('final', ['profile_mismatch', 'salary'], { ...fb },
    `Dear Marguerite,

Thank you for your patience throughout the process for the Legal Counsel role, and for meeting our General Counsel in the final round.

We have decided to offer the role to another finalist. Your salary expectation was above the range we have approved, and the panel also felt the other candidate's experience was better aligned with our commercial contracts work.

Kind regards,
Talent Acquisition
Belvedere Hotels Group, Montréal`, 'Legal Counsel – final round outcome'),

  rej('final', ['generic'], { ...door },
    `Hi Bilal,

You were one of two candidates we brought back for the final conversation for the Operations Director role, so first of all, thank you. After a great deal of deliberation, we've made the decision to go with the other candidate.

I'd like to keep you on our list for future leadership roles and hope our paths cross again.

Best,
Colette Ashworth
Partner, Ashworth Executive Search`, 'Operations Director – final decision'),

  rej('final', ['culture_fit', 'profile_mismatch'], { ...fb },
    `Dear Jun,

Thank you for taking part in the final panel and the team lunch for the Learning and Development Manager role.

We've chosen not to offer you the position. The panel felt your very structured, top-down approach to training would not sit comfortably with our collaborative, bottom-up culture, and that the other finalist's background was better aligned overall.

Kind regards,
Patricia Lim
Head of People, Orchid Hospitality Group, Singapore`, 'L&D Manager – final panel outcome'),
  // ── B. One inbox: a science teacher in Dublin moving into learning design
  other(`Hi Orla,

Thanks for applying for the Learning Experience Designer role at Quillstack! We've received your application and our team will review it shortly.

Unfortunately we can't reply to every applicant individually, but if your experience is a match we'll be in touch within two weeks.

The Quillstack Team
Powered by Greenhouse`, 'Thanks for applying to Quillstack'),

  other(`Dear Orla Brennan,

Thank you for your application for the post of Instructional Designer (Ref. TCD-ID-0142) in the Centre for Academic Practice.

This email confirms receipt of your application. Shortlisting will take place after the closing date of 30 January. We appreciate your patience, as due to the volume of applications this may take several weeks.

HR Recruitment
Trinity College Dublin`, 'Application received: Instructional Designer (Ref. TCD-ID-0142)'),

  other(`Hi Orla,

Good news — your application for Customer Education Specialist at Fieldnote has moved forward to the next stage! A member of our recruiting team will reach out soon to set up an introductory call.

We know job searching can be stressful, so thanks for your patience while we work through applications.

Fieldnote Talent
Sent via Lever`, 'Your Fieldnote application is moving forward'),

  other(`Hi Orla,

Thanks for your interest in the Learning Designer role at Arcwell Health. Before we go further, could you send us two or three samples from your portfolio? Lesson plans or teaching resources you've built are fine if you don't have corporate e-learning samples yet — we appreciate not everyone coming from teaching has those.

A link or PDF by Friday would be perfect.

Best,
Danielle Kerr
Talent Acquisition, Arcwell Health`, 'Arcwell Health – portfolio request'),

  other(`Dear Orla,

Thank you for your interest in the Instructional Designer position at Northgate Learning. We'd like to invite you to complete a short design task.

Brief: design a 15-minute self-paced module teaching new customers how to set up user permissions in a SaaS admin panel. Please submit a storyboard and a short rationale (max 2 pages).

Deadline: Monday 17 February, 9am GMT. Unfortunately we are not able to grant extensions.

Kind regards,
Lauren Mitchell
People Team, Northgate Learning`, 'Northgate Learning – design task'),

  other(`Hi Orla,

Just a friendly reminder that your design task for the Instructional Designer role is due this Monday at 9am. If you've already submitted, please ignore this email.

We look forward to seeing your work!

Lauren
Northgate Learning`, 'Reminder: design task due Monday'),

  other(`Hi Orla,

Thanks for your time on the phone. The team would love to meet you! Could you let me know which of these slots works for a 45-minute video interview with Priya (Head of Enablement) and Tom (Senior Learning Designer)?

- Tue 4 March, 10:00 GMT
- Wed 5 March, 14:30 GMT
- Thu 6 March, 11:00 GMT

Unfortunately we can't offer evening slots at the moment, sorry about that.

Best,
Kate Mulvey
Recruiter, Brightsail`, 'Interview scheduling – Brightsail'),

  other(`Dear Orla,

Hope you're keeping well. Ardent Learning Solutions has asked me to request two references as part of the final stage for the Learning Designer role. Could you send me names and email addresses for two referees, ideally including your current principal?

Rest assured we won't contact anyone until you give us the go-ahead.

Many thanks,
Aidan Cullinane
HR Administrator, Ardent Learning Solutions`, 'Reference request – Learning Designer'),

  other(`Hi Orla,

I came across your profile and your move from science teaching into L&D caught my eye. I'm recruiting for a couple of instructional design contracts with a fintech client in Dublin 2 (6–12 months, hybrid).

I appreciate you may not be looking for contract work, and unfortunately the client isn't open to fully remote, but if you're interested I'd love a quick chat.

Best,
Conor Daly
Senior Consultant, Verity Tech Recruitment`, 'Instructional design contracts – Dublin'),

  other(`Hi Orla,

Sorry to chase! I sent you a note last week about a Customer Education Manager role with a Series B edtech company. No worries if timing isn't right — I'll keep you in mind for anything similar that comes up.

Speak soon,
Rebecca Fahy
Talent Consultant, Lighthouse People`, 'Following up – Customer Education Manager'),

  other(`New jobs matching "instructional designer" in Dublin

• Learning Designer – Kestrel Software – Dublin 4 – Hybrid
• Digital Learning Developer – University College Dublin – Belfield
• Customer Education Specialist – Fieldnote – Remote (Ireland)
• eLearning Developer – Corvid Insurance – Dublin 1

You're receiving this because you created a job alert. Unsubscribe or manage your alerts.`, '4 new jobs for "instructional designer"'),

  other(`Orla, great to connect! I saw you're transitioning out of the classroom — I made the same move from teaching chemistry four years ago. Unfortunately there aren't any open roles on my team right now, but happy to have a coffee and share what worked for me. — Ciara (Learning Design Lead, Pennant)`, 'LinkedIn message from Ciara Moynihan'),

  other(`Hi Orla,

Thanks again for the chat on Tuesday. Before we set up the panel interview, could you let me know what salary you'd be expecting for the Learning Experience Designer role? The range for the role is €48,000–€56,000.

I appreciate it's an awkward question, so a range is perfectly fine.

Best,
Sinéad Walsh
Talent Partner, Quillstack`, 'Quick question on salary expectations'),

  other(`Dear Orla,

I'm delighted to offer you the position of Learning Designer at Ardent Learning Solutions, starting 2 June. Your starting salary will be €52,000 per annum, with 23 days' annual leave and a hybrid working pattern.

Unfortunately we were not able to match the home-office allowance you asked about, but we hope the rest of the package meets your expectations.

Please let me know if you have any questions. We're very much looking forward to having you on the team.

Warm regards,
Helen Byrne
Head of Learning, Ardent Learning Solutions`, 'Offer of employment – Learning Designer'),

  other(`Hi Orla,

Please find attached your contract of employment for the Learning Designer role. Could you sign and return it by 16 May? Apologies for the delay in getting this to you; we appreciate your patience.

Kind regards,
Aidan Cullinane
HR Administrator, Ardent Learning Solutions

Attachment: Contract_OBrennan_LearningDesigner.pdf`, 'Your contract – Ardent Learning Solutions'),

  other(`Hi Kate,

Thank you so much for your time and for moving me through the Brightsail process. I've just accepted another offer, so I'd like to withdraw my application for the Customer Education Specialist role. I'm sorry to do this at a late stage and I really appreciated the conversations with Priya and Tom.

Best wishes,
Orla Brennan`, 'Withdrawing my application – Orla Brennan'),

  other(`Hi Ciara,

Thanks so much for the coffee yesterday — it was really helpful to hear how you made the jump. I've updated my portfolio with the storyboard you suggested. I'll keep you posted on how the applications go!

Orla`, 'Thank you!'),

  other(`Dear Orla,

Thank you for applying for Digital Learning Developer at University College Dublin. Your application is currently under review by the selection committee.

Please note that unfortunately, due to the volume of applications, we can only contact candidates who are shortlisted. We thank you for your patience.

UCD Human Resources`, 'UCD – application update'),

  other(`Hi Orla,

We're sorry to keep you waiting! We have had a lot of interest in the Instructional Designer role and are still reviewing applications. We expect to come back to all candidates by the end of the month.

Thanks for your patience,
Recruiting Team, Corvid Insurance
Workday Recruiting — do not reply to this email`, 'Corvid Insurance – application status'),

  other(`Hi Orla,

Great speaking with you today. As promised, here's a summary of next steps for Kestrel Software:

1. Take-home: a short learning needs analysis for a new feature release (we'll send it tomorrow)
2. Panel interview with the Head of Customer Education
3. Final conversation with our VP of Customer Success

Unfortunately the process runs a little long, but we want to get it right for both sides.

Cheers,
Neil Farrell
Recruiter, Kestrel Software`, 'Kestrel Software – next steps'),

  other(`Dear Orla,

Thank you for attending your interview on 12 March. We'd like to invite you to the final stage: a 20-minute presentation on a learning programme you've designed, followed by questions from the panel. Please come to our offices at Grand Canal Dock on 20 March at 2pm.

We regret that we can't offer parking on site.

Best regards,
People Team, Pennant`, 'Invitation to final stage – Pennant'),

  other(`Hi Orla,

How did you find our application process? We'd love to hear your thoughts in a 2-minute survey. Whether or not you moved forward, your feedback helps us improve.

Take the survey →

Thanks,
Candidate Experience Team, Northgate Learning
Unsubscribe`, 'How was your experience with Northgate Learning?'),

  other(`Dear Orla,

Thank you for your application to the Learning Technologist post at Maynooth University. Regrettably, the closing date printed on our website was incorrect; the competition will now close on 28 February rather than 21 February. Your application remains valid and you don't need to do anything.

Recruitment Office, Maynooth University`, 'Learning Technologist – change to closing date'),

  other(`Hi Orla,

Really enjoyed our conversation. Unfortunately I'm out of office next week, so I've asked my colleague Ruth to arrange the take-home with you. Other candidates are a bit further along, but we're keen to keep you in the process and there's no rush from our side.

Best,
Marcus Yeo
Head of Customer Education, Kestrel Software`, 'Next step – take-home'),

  other(`Hi Orla,

Thanks for registering with Hays for instructional design opportunities. One of our consultants will be in touch to discuss your experience and the roles you're interested in.

If we don't have anything suitable right now, we'll keep your profile active and keep you in mind as new roles arrive.

Kind regards,
Hays Ireland`, 'Welcome to Hays'),

  other(`Note to self — applications so far (Feb):
Quillstack LXD – screen done, waiting
Northgate ID – task submitted 17/2
Arcwell – portfolio sent
Brightsail – interview 5 March
TCD – still waiting, closing date passed
Remember: chase UCD if nothing by 10 March.`, 'job hunt tracker'),

  other(`Hi Orla,

Thank you for sending your design task for the Instructional Designer role. We've received it and the team will review all submissions over the coming week. We're sorry we can't give a more precise timeline.

Best,
Lauren Mitchell
Northgate Learning`, 'Design task received'),

  other(`Hi Orla,

Thanks so much for coming in today, it was lovely to meet you. Just to confirm we've received your travel expense claim and it'll be reimbursed within 10 working days.

We'll be in touch about the outcome by the end of next week.

Best,
People Team, Pennant`, 'Thanks for coming in'),

  other(`Dear Orla,

Congratulations — you've been shortlisted for interview for the Educational Developer post at TU Dublin. Interviews will take place on 8 April on the Grangegorman campus. Unfortunately we are unable to offer remote interviews for this competition.

Please confirm your attendance by return.

HR Department, TU Dublin`, 'Shortlisted – Educational Developer, TU Dublin'),

  other(`Hi Orla,

Great chatting! To confirm, your interview with our Director of Learning is on Thursday at 11am via Teams. I've attached the job description again. Please don't worry if you haven't used Articulate Rise much yet — we'll cover that in training.

Best,
Jade O'Connor
Talent Acquisition, Harbour Street Bank`, 'Interview confirmation – Harbour Street Bank'),

  other(`Orla — offer accepted, start 2 June! Thank you both for all the references and the encouragement. Drinks on me Friday. x`, 'news!'),

  other(`Dear Orla,

Thank you for your application for the role of Customer Trainer at Slate Systems. Unfortunately our systems experienced an outage and some attachments were lost. Could you please re-upload your CV using the link below? We apologise for the inconvenience; your application will be reviewed with the others as normal.

Slate Systems Careers
SmartRecruiters`, 'Action needed: re-upload your CV'),
  // paused processes
  hold('assessment', ['role_closed'], {},
    `Hi Orla,

Thanks for sending the learning needs analysis — Marcus had a quick look and liked it. I'm afraid I have to put things on pause, though: the company has frozen hiring until the end of Q2 while the budget is reviewed. Your application isn't closed, and the role is still approved in principle; we just can't go to the panel interview until the freeze lifts.

I'll update you as soon as I hear anything.

Ruth Keating
Talent Team, Kestrel Software`, 'Kestrel Software – pause in the process'),

  hold('interview', ['role_closed'], {},
    `Dear Orla,

Thank you for your interview with Dr Finnegan and the panel on 2 April for the Learning Designer (Online Programmes) post.

I'm writing to let you know that the University has paused appointments to a number of posts pending confirmation of funding from the HEA. No decision has been made on this competition, and the panel's assessment of candidates stands. We hope to be able to update you by the end of May.

We appreciate your patience and apologise for the delay.

Yours sincerely,
Recruitment Section, Human Resources
Dublin City University`, 'Learning Designer (Online Programmes) – update'),

  hold('screen', ['generic'], {},
    `hi Orla, sorry for the radio silence since our call! Hiring manager is on leave for 3 weeks so we're holding everything til she's back. You're still very much in the running, will come back to you mid-May. Áine @ Lumira`, 're: Customer Education role'),

  // rejections
  rej('application', ['generic'], {},
    `Dear Orla Brennan,

Thank you for your application for the post of Instructional Designer (Ref. TCD-ID-0142).

Following the shortlisting process, I regret to inform you that you have not been shortlisted for interview on this occasion.

Thank you for your interest in Trinity College Dublin.

HR Recruitment`, 'Instructional Designer (Ref. TCD-ID-0142) – outcome'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Orla,

Thanks for sending your portfolio. It's clear you design carefully for learners, and the resources for your junior cycle classes were lovely. However, for this role we've decided to focus on candidates whose background sits closer to corporate or healthcare e-learning.

We'll keep your details on file and would be glad to hear from you for future roles.

Best,
Danielle Kerr
Talent Acquisition, Arcwell Health`, 'Arcwell Health – Learning Designer'),

  rej('application', ['generic'], {},
    `Dear Orla,

Thank you for taking the time to apply for Instructional Designer at Corvid Insurance.

We have now completed our review and unfortunately we will not be progressing your application further.

Recruiting Team, Corvid Insurance
Workday Recruiting — do not reply to this email`, 'Corvid Insurance – Instructional Designer'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Orla,

Thank you for your application for Digital Learning Developer.

The selection committee has reviewed all applications against the criteria. As your application did not demonstrate experience with a virtual learning environment administration (Brightspace or Moodle), which was an essential criterion, you have not been shortlisted.

UCD Human Resources`, 'UCD – Digital Learning Developer'),

  rej('application', ['generic'], { ...door },
    `Hi Orla,

Thanks for applying for Customer Trainer at Slate Systems, and for re-uploading your CV so quickly. We've decided to move ahead with other candidates whose applications we received.

We'd encourage you to look at our careers page again in future.

Slate Systems Careers`, 'Slate Systems – Customer Trainer'),

  rej('application', ['position_filled'], {},
    `Dear Ms Brennan,

Thank you for your application for the Learning Technologist post. I regret to tell you that the post has been filled from a panel formed in an earlier competition, and this competition has now been closed.

Recruitment Office, Maynooth University`, 'Learning Technologist – competition closed'),

  rej('application', ['location'], { ...fb },
    `Hi Orla,

Thanks for applying for our Enablement Specialist position. I'm sorry, I should have made this clearer in the listing: we can only hire people based in the UK for this one because of payroll. As you're in Dublin, we can't progress your application.

All the best,
Georgie Pratt
People Ops, Tallyho (London)`, 'Enablement Specialist'),

  rej('application', ['profile_mismatch'], {},
    `Hello Orla,

Thank you for your interest in the Senior Instructional Designer role at Corrigan Medical.

We have reviewed your experience against the requirements, and do not feel it is a strong enough match for this senior-level position. We won't be taking your application further.

Regards,
HR, Corrigan Medical Devices`, 'Senior Instructional Designer'),

  rej('application', ['generic'], {},
    `Hi Orla, thanks for applying to the Learning Designer role at Plinth. We had over 300 applicants and unfortunately can't take yours further. We're not able to give individual feedback at the application stage, sorry. — Plinth Hiring`, 'Plinth – Learning Designer'),

  rej('application', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Orla,

Thank you for applying for Customer Education Manager at Veridian Cloud.

This role manages a team of four and owns the academy roadmap, so we need someone who has already led a customer-education function and worked with an LMS such as Thinkific or Skilljar. Other applicants brought more direct experience of this kind, so we will not be proceeding with your application.

Kind regards,
Talent Acquisition, Veridian Cloud`, 'Veridian Cloud – Customer Education Manager'),

  rej('application', ['internal_candidate'], {},
    `Hi Orla,

Thanks for applying for the Training Content Developer role. Just letting you know that the role has gone to an internal applicant from our support team, so we've closed the external process.

Thanks,
Eoin, Talent, Glasshouse Payments`, 'Training Content Developer'),

  // screen
  rej('screen', ['generic'], {},
    `Hi Orla,

Thanks for your time on the intro call with me last week. The team has reviewed all the candidates from this round of calls and has decided not to invite you to the interview stage.

Best of luck with your search,
Holly
Fieldnote Talent`, 'Fieldnote – Customer Education Specialist'),

  rej('screen', ['profile_mismatch'], { ...door, ...offered },
    `Hi Orla,

It was great to chat on Tuesday, and thank you for getting back to me so quickly about salary. After discussing with the hiring manager, we've decided to move forward with candidates whose background lines up more with our product's technical audience.

I'd really like to keep in touch for future roles, and if you'd like any thoughts from me on how you came across, just let me know.

Best,
Sinéad Walsh
Talent Partner, Quillstack`, 'Quillstack – Learning Experience Designer'),

  rej('screen', ['skills_gap'], { ...fb },
    `Dear Orla,

Many thanks for the phone conversation on Friday about the Instructional Designer role. As we discussed, the role involves building SCORM packages in Articulate Storyline from day one, and you've told me you haven't yet used Storyline. The team needs someone fully hands-on with it, so we won't progress you further.

Kind regards,
Michael Hennessy
Recruitment Consultant, Emerald Talent Partners`, 'ID role – following our call'),

  // assessment
  rej('assessment', ['profile_mismatch'], {},
    `Dear Orla,

Thank you for completing the design task for our Instructional Designer position. We received many strong submissions, and after careful consideration we have decided to proceed with candidates whose submissions more closely matched what we are looking for.

Kind regards,
Lauren Mitchell
People Team, Northgate Learning`, 'Northgate Learning – Instructional Designer'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Orla,

Thank you for the storyboard you sent for the onboarding module. The reviewers said the learning objectives were clear, but the module leaned heavily on text screens and didn't include any practice or knowledge checks, which was a central part of the brief. For that reason we won't be moving you to interview.

Best wishes,
Talent Team, Cobblestone Learning`, 'Cobblestone Learning – task result'),

  rej('assessment', ['generic'], {},
    `Dear Orla,

Thank you for completing the written exercise for the post of Educational Technologist. We regret that you have not been successful in progressing to interview. Due to the large number of candidates we are unable to provide feedback on individual exercises.

Human Resources, Royal College of Surgeons in Ireland`, 'Educational Technologist – written exercise'),

  // interview
  rej('interview', ['generic'], {},
    `Dear Orla,

Thank you for attending interview for the Educational Developer post on 8 April. The interview board has completed its deliberations and I regret to inform you that you have not been placed on the panel for this post.

HR Department, TU Dublin`, 'Educational Developer – interview outcome'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Orla,

Thanks again for the interview on Thursday with our Director of Learning. She really enjoyed your examples from the classroom. In the end we need someone who has designed compliance training for a regulated financial setting, and that was the gap compared with where we need the role to be.

Please do keep an eye on our careers page — we expect to hire junior learning designers later in the year and you'd be a strong fit for that.

Best,
Jade O'Connor
Talent Acquisition, Harbour Street Bank`, 'Harbour Street Bank – Learning Designer'),

  rej('interview', ['position_filled'], {},
    `Hi Orla — sorry, the Customer Trainer role has already been filled by someone we interviewed the week before you. Thanks for coming in. Dara (Hopscotch HR)`, 'Customer Trainer'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Orla,

Thank you for meeting with the team for the Customer Education Specialist role. We appreciated hearing about your classroom experience.

After discussion, we've decided to move forward with a candidate whose experience maps more closely to our current needs. If you'd like feedback from the interview panel, please let me know and I'll arrange a time.

Regards,
Talent Acquisition, Orchard Analytics`, 'Orchard Analytics – interview outcome'),

  // final
  rej('final', ['profile_mismatch'], { ...door },
    `Hi Orla,

Thank you for your presentation at the final stage last Thursday. It was genuinely one of the more thoughtful ones we saw. It came down to you and one other candidate, and we've gone with the person whose experience was a slightly closer fit for the programme we're building this year.

I hope you'll stay in touch, and we'll reach out when the next role opens in the learning team.

Best,
Ciara Moynihan
Learning Design Lead, Pennant`, 'Pennant – final stage'),

  rej('final', ['generic'], {},
    `Dear Orla,

Thank you for your time at the final interview for the Learning Design Manager role, and for your patience during the process.

After careful deliberation the panel has decided not to offer you the position. We know this is disappointing, and we're sorry we cannot offer individual feedback at this time.

Kind regards,
Human Resources, Lexicon Publishing`, 'Learning Design Manager – final interview'),

  rej('final', ['culture_fit'], { ...fb },
    `Hi Orla,

Thanks for the final round with the founders. I'll be honest since you asked: the founders felt you'd want more structure and a clearer curriculum plan than we can give at this stage. We change priorities every week, and they weren't sure you'd enjoy it. So we're going to pass this time.

Thanks again,
Ben
Chief of Staff, Tessellate`, 'Tessellate – final round'),
];
