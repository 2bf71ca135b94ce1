/**
 * Development messages of the fifty-sixth round, never sealed: rejections from about a hundred and twenty employers,
 * each one different, built around the reasons of LABELS.md as the employer puts them in its own words: stated in
 * passing inside long sentences, hedged, in bulleted lists, in postscripts, or as a comparison with the person hired
 * ("the successful candidate had led a team of ten", "others lined up more closely with the brief"). Some give two or
 * three reasons; near neighbours that are not reasons (a description of what the role needs with nothing said about the
 * candidate, a values statement, praise) are mixed in, and `generic` is used only where nothing else is stated. Every
 * stage appears, told directly or in passing; senders are tracking-system templates, HR letters, hiring managers and
 * founders writing by hand, in British, American, Indian, Australian, Canadian and second-language English. A few
 * look-alikes (acknowledgements, invitations, an offer) decline nothing. Labelling choices held throughout: a comparison
 * with the person hired that names a requirement (team size led, a licence, a language) is `skills_gap` with feedback;
 * one that names none ("lined up more closely") is `profile_mismatch` without feedback. For development only.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d56-');

export const HANDWRITTEN_DEV_56: readonly CorpusLine[] = [
  rej('final', ['position_filled', 'skills_gap'], { ...fb, ...door }, `Hi Marguerite,

I wanted to call rather than write, but your voicemail was full, so here goes. Thank you for giving us the whole of Thursday — the panel genuinely enjoyed the case walk-through and Dev in particular said your stakeholder answers were the best of the week.

We've made an offer to the other finalist. It came down to one thing, honestly: the successful candidate had led a team of ten through a platform migration, and with our ops team doubling next year that direct people-management depth tipped it.

I'd really like to stay in touch. If a senior IC role opens in the spring (it's likely), I'll reach out to you first.

Best,
Tomasz Wierzbicki
Head of Operations, Quillbrook Logistics`, 'Ops Lead – our decision'),

  rej('application', ['profile_mismatch'], {}, `Dear Applicant,

Thank you for your interest in the Procurement Analyst vacancy at Harrowgate District Council.

We received a high volume of applications and, having assessed each against the essential criteria in the person specification, others' backgrounds lined up more closely with the brief on this occasion. We are therefore unable to invite you to the next stage.

Yours faithfully,
Recruitment Team
Harrowgate District Council

This is an automated message. Please do not reply to this address.`, 'Your application: Procurement Analyst (HDC-2291)'),

  rej('application', ['generic'], {}, `Thanks for applying to Pinefold. We won't be moving ahead with your application for Junior Designer. Best of luck!`, 'Pinefold – Junior Designer'),

  rej('interview', ['culture_fit', 'skills_gap'], { ...fb }, `Hey Jordan,

Thanks again for coming in Tuesday and meeting the crew. I'll be straight with you because I think you'd want that. Two things came up when we debriefed: the team felt the way you described working — long solo stretches, heads-down, checking in weekly — is pretty different from how we run (we pair most of the day and the standup is kind of sacred here), and we'd also hoped for more hands-on Terraform than you've had so far.

Neither is a knock on you. It just wasn't the match this time.

Cheers,
Becca
Eng Manager, Tallgrass Data`, 'Following up from Tuesday'),

  rej('screen', ['location'], { ...fb, ...door }, `Hi Priyanka,

Lovely to speak with you yesterday afternoon. After our call I checked with our legal team on the sponsorship question, and unfortunately we're not in a position to sponsor a Skilled Worker visa for this grade of role, so I can't take your application further.

If your right-to-work situation changes, do come back to us — I've made a note on your profile so whoever picks it up has the context.

Kind regards,
Ellie Brannagh
Talent Partner | Corvell Insurance | Leeds`, 'Our call yesterday'),

  rej('assessment', ['assessment'], { ...fb }, `Dear Mr. Okonkwo,

Thank you for completing the technical exercise for the Backend Engineer (Payments) role.

Our reviewers went through your submission carefully. While the API was functional, the solution did not include tests for the refund flow and the idempotency requirement from the brief was not handled, which were the two areas we weight most heavily. For that reason we will not be progressing your application to interview.

We appreciate the time this took.

Regards,
Hiring Team, Lumenpay`, 'Technical exercise outcome'),

  rej('interview', ['position_filled'], { ...door }, `Good afternoon Sinéad,

Just a short note to let you know the Clinical Educator post has now been filled. Thank you for attending interview on the 14th; it was a pleasure to meet you.

We would be very happy to receive an application from you for future posts on the ward.

Warm regards,
Fiona McAteer
Ward Manager, St Columba's Community Hospital`, 'Clinical Educator'),

  rej('application', ['salary'], { ...fb }, `Hi Kenji,

Thanks for the application and for being upfront about compensation in the form. The range you listed sits quite a bit above what we've got budgeted for this position (we top out at $118k base), so I don't think it makes sense to move forward right now.

Appreciate you,
Alana @ Driftwood Health`, 'Re: Senior Data Analyst application'),

  other(`Hi Kenji,

Thanks for applying to the Senior Data Analyst role at Verdant Labs. We've received your application and the hiring team will review it within the next two weeks.

What we look for in this role:
- 5+ years of SQL and experience with dbt
- Comfort presenting to non-technical leadership
- Curiosity about healthcare data

If your experience matches, we'll be in touch to schedule a first call.

The Verdant Labs Talent Team`, 'We received your application'),

  rej('interview', ['overqualified'], { ...fb }, `Dear Rajesh ji,

Thank you for visiting our office and meeting Mr. Saxena and myself last week. We were honestly impressed by the breadth of your experience over twenty-two years in plant operations.

However, after much discussion we feel that the Shift Supervisor position would not do justice to a person of your seniority, and we worry you would not find it challenging for long. We have therefore decided not to proceed further with your candidature for this post.

With regards,
Meenakshi Iyer
HR Department, Sundaram Polymers Pvt. Ltd., Hosur`, 'Regarding your interview for Shift Supervisor'),

  rej('application', ['role_closed'], {}, `Hello,

We're writing to let you know that the Marketing Coordinator requisition (REQ-40317) has been cancelled following a review of the department's headcount plan. As a result, all applications to this posting have been closed, including yours.

Thank you for your interest in Northwind Outfitters.

*** Please do not reply to this email. This mailbox is not monitored. ***`, 'Update on REQ-40317'),

  rej('final', ['internal_candidate'], { ...offered }, `Dear Aoife,

Thank you for travelling up to Dundee for the final panel last Friday. I know it was a long day.

I'm sorry to tell you that we have appointed a colleague from within the school to the Head of Year post. She had been acting in the role since September and the panel felt continuity mattered a great deal for the pupils this year.

If it would be useful to talk through the day, I'd be glad to arrange a call.

Yours sincerely,
Graham Lennox
Depute Head Teacher, Braeside Academy`, 'Head of Year appointment'),

  rej('application', ['skills_gap'], { ...fb, ...door }, `Hi Tariq,

Thank you for applying for the Site Engineer role in Perth. Unfortunately, we require candidates to hold a current WA Construction Induction (White Card) and at least three years on civil projects, and from your CV you're a little short on the civil side just now.

We'd encourage you to reapply once you've got a bit more time under your belt — we hire site engineers most quarters.

Cheers,
Brooke Hannaford
People & Culture, Redgum Civil`, 'Site Engineer – Perth'),

  rej('interview', ['generic'], {}, `Dear Ms Lindqvist,

Thank you for attending the interview for the position of Financial Controller. After careful consideration, we regret to inform you that we will not proceed with your application.

We wish you every success.

Yours sincerely,
Halvorsen & Dahl Shipping AS
Human Resources`, 'Financial Controller – interview outcome'),

  rej('screen', ['salary', 'location'], { ...fb }, `Hi Marco,

Thanks for the chat this morning! Having thought about it, I don't think this one will work out on our side — the role has to be in our Toronto office four days a week and you mentioned you'd want to stay in Montreal, and the number you shared is also above the band we were approved for. Two pretty big gaps, so I'd rather tell you now than drag it out.

All the best,
Naomi
Recruiting @ Ferncliff Software`, 'quick follow-up'),

  rej('application', ['profile_mismatch'], { ...door }, `Dear Candidate,

Greetings from Infovale Technologies!

We thank you for your application for the post of Java Developer. We regret to inform that your profile is not matching to the current requirement. We will keep your resume in our database and contact you if any suitable opening arises in future.

Thanks & Regards,
Talent Acquisition Team
Infovale Technologies Pvt Ltd, Chennai

Disclaimer: Infovale never charges any fee from candidates for recruitment.`, 'Application status – Java Developer'),

  rej('assessment', ['generic'], {}, `Hello Wen,

Thank you for taking the time to complete our online assessment for the Graduate Analyst Programme. Following review, we won't be taking your application forward this time.

Best wishes,
Graduate Recruitment | Ashgrove Capital`, 'Graduate Analyst Programme – update'),

  rej('interview', ['skills_gap'], { ...fb, ...offered }, `Hi Camila,

Thank you for your conversations with the team last week about the Product Manager role.

Everyone enjoyed meeting you, and your discovery examples were strong. In the end we've decided not to move forward. The main reason is that this role owns pricing and packaging for a B2B product from day one, and we didn't hear enough hands-on B2B monetisation experience in your background compared with what we need right now.

If you'd like more detail, reply here and I'll happily set up 15 minutes.

Best,
Oliver Ngata
Director of Product, Kauri Systems`, 'Product Manager at Kauri'),

  rej('application', ['location'], { ...fb }, `Thank you for your interest in the Store Manager role at Heron & Finch. Please note that this position is only open to candidates with the existing right to work in Australia, and from your application it appears you would require sponsorship. We are therefore unable to consider your application.

Heron & Finch Careers
Powered by PageUp`, 'Your application to Heron & Finch'),

  rej('final', ['position_filled', 'profile_mismatch'], { ...door }, `Dear Hamza,

Thanks so much for coming through to the last round for the Account Director position. It was a very close call between you and one other candidate, and we've now offered the role to them and they've accepted. Ultimately, their background mapped slightly more closely onto our current client mix.

We'll definitely keep your details and would love to be in touch as we grow the team later this year.

Best regards,
Charlotte Ainsley
Managing Partner, Brightwater Communications`, 'Account Director'),

  rej('application', ['generic'], { ...door }, `Hi there,

Thank you so much for your application to Little Acorn Coffee Roasters. We had a huge response and aren't able to offer you a trial shift this time. We'll hold onto your details and may reach out if another position comes up.

Have a lovely week,
Sam & the Acorn team`, 'Barista position'),

  rej('screen', ['skills_gap'], { ...fb }, `Dear Mr. Fernandes,

Thank you for your time on the phone on Monday. As discussed, the Quality Assurance Lead position requires fluency in German, as the role coordinates daily with our plant in Regensburg. As you mentioned you are at beginner level, we will unfortunately not proceed with your application.

Kind regards,
Lena Hoffmeister
HR Business Partner, Kessler Automotive Components`, 'QA Lead – after our call'),

  rej('interview', ['culture_fit'], {}, `Hi Devon,

Thanks for spending time with us over the last couple of weeks. We've decided not to proceed. Our team is small and very collaborative, and after talking it through we didn't feel the working-style fit was quite there for either side.

Wishing you the best,
Jess Arroyo
Co-founder, Loomcraft`, 'Loomcraft – next steps'),

  rej('application', ['skills_gap'], { ...fb }, `Hello Ayesha,

Many thanks for applying to become a Chartered Accountant in our audit team. We are looking for candidates who are already fully qualified (ACA, ACCA or equivalent), and as you are part-qualified we are unable to progress your application for this vacancy.

Kind regards,
Recruitment, Penhallow & Stokes LLP`, 'Audit Senior application'),

  rej('interview', ['role_closed'], { ...door }, `Hey Lukas,

This one's hard to write. After your interviews last week, our board asked us to pause all new hiring until we close our next round, and the Data Engineer role has been removed from the plan entirely — it won't be coming back in its current form.

I'm really sorry, because you were one of the strongest people we'd spoken to. If we reopen anything in data next year, you'll hear from me directly.

Anneke
CTO, Sprout Analytics`, 'Sorry, Lukas'),
  hold('interview', ['role_closed'], {}, `Hi Ngozi,

Thank you for interviewing with us for the Compliance Officer role. I wanted to let you know that the hiring for this position has been put on hold while our new Chief Risk Officer settles in and reviews the team structure. You're still very much in the process and we hope to pick things up in January — I'll update you as soon as I know more.

Best,
Rachel Dunmore
Talent Acquisition, Meridian Trust Bank`, 'Compliance Officer – update'),

  rej('application', ['profile_mismatch'], {}, `Dear Juan Pablo,

Thank you for applying to the Customer Success Manager role at Orbitly.

We've now reviewed your application and, while we appreciated your interest, we've decided that your experience isn't the right match for this particular role.

Kind regards,
The Orbitly Recruiting Team`, 'Your Orbitly application'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...door }, `Hi Ravi,

Thanks for doing the take-home. I'll be honest with you: the data model was well thought out, but the front-end part didn't run on our machines (missing dependencies), and the React was quite a bit more junior than we need for this level. We're going to pass for the senior role.

If you're open to it, we'll likely open a mid-level position in Q2 and I'd be glad to see you apply for that one.

— Pete
Lead Engineer, Gridbright`, 'take-home feedback'),

  rej('application', ['generic'], {}, `Dear Kateryna,

Thank you for your interest in Rosenholm Pharma. We have reviewed your application and regret that we will not be moving forward with your candidacy at this time. We received applications from many highly qualified candidates, which made our decision difficult.

Sincerely,
Rosenholm Pharma Talent Acquisition

Rosenholm Pharma is an equal opportunity employer. We value diversity and are committed to creating an inclusive environment for all employees.`, 'Rosenholm Pharma – Application Update'),

  rej('final', ['position_filled', 'profile_mismatch'], { ...offered, ...door }, `Dear Emeka,

Thank you for coming through all three stages of our process, and especially for the presentation to the leadership team on Wednesday.

It was a genuinely difficult decision. In the end, the panel felt another finalist's experience was a closer fit to where the business is heading over the next two years, and we've decided to offer the role to them.

I'd be happy to share the panel's notes if helpful — just let me know. And please don't be a stranger; I'd like to keep you in mind for future leadership roles.

Warm regards,
Zainab Adeyemi
Chief People Officer, Harmattan Foods`, 'Head of Supply Chain – outcome'),

  rej('screen', ['overqualified', 'salary'], { ...fb }, `Hi Greg,

Enjoyed our chat earlier. Being honest, I came away thinking this one isn't right for you: it's a hands-on coordinator role reporting into a manager with less experience than you, and the pay is well below what you're used to — I don't think we can bridge that. I'd hate to bring you into something you'd outgrow in three months.

Best of luck with the search,
Tanya Hollis
Recruiter, Bramble & Birch Interiors`, 'our call'),

  rej('interview', ['skills_gap'], { ...fb }, `Dear Ms. Mahlangu,

Thank you for interviewing for the Senior Tax Associate position.

The hiring committee appreciated your preparation. However, the position requires a current CPA license at the time of hire, and as your exam sections are still in progress, we are unable to extend an offer at this time.

We wish you luck with the remaining sections.

Sincerely,
Whitford Gale LLP
Human Resources`, 'Senior Tax Associate'),

  other(`Hi Shreya,

Congratulations — you've been shortlisted for the next stage of our Management Trainee programme! Unfortunately we have had to move the assessment centre from 12 to 19 March due to venue availability. Please confirm your attendance by replying to this email.

Regards,
Campus Team, Kaveri Steel Ltd`, 'Assessment centre – new date'),

  rej('application', ['skills_gap', 'location'], { ...fb }, `Hello Sebastián,

Thanks for your interest in the Field Service Technician opening. A couple of things mean we can't take your application further: the role needs a valid Class C driver's licence for Ontario and at least two years servicing HVAC equipment, and you'd also need to be based within driving distance of our Mississauga depot.

Thank you and all the best,
Kelly Tremblay
Service Operations, Norcross Climate Systems`, 'Field Service Technician'),

  rej('interview', ['generic'], { ...offered }, `Hi Ines,

Thank you for meeting with us for the UX Researcher role. After careful thought we've decided to go with another candidate.

Happy to share feedback if you want it — just reply.

Best,
Mara`, 'UX Researcher'),

  rej('application', ['position_filled'], {}, `Thank you for your application for the role of Receptionist (part-time). We are writing to let you know that this position has now been filled. We appreciate your interest in Kingsmead Dental Practice.`, 'Receptionist vacancy'),

  rej('final', ['salary'], { ...fb, ...door }, `Hi Andile,

Thanks for everything through the process — the final conversation with Kobus was excellent, and honestly we'd been hoping to get to an offer.

Where we've landed is that we can't get close to the package you need. We went back to finance twice and the most we could get approved is about R180k short of your expectation, which I know won't work for you. Rather than make a lowball offer, we're stepping back.

If circumstances change on either side, please call me. I'd love to work with you.

Lerato Mokoena
Head of Talent, Stormberg Analytics`, 'Where we landed'),

  rej('application', ['profile_mismatch'], { ...door }, `Dear Amélie,

Thank you for applying for the position of Legal Counsel at our Brussels office.

After review of your file, we regret that your profile does not correspond to what we are searching for this position. We will however keep your CV in our database for one year, with your consent, for future opportunities.

Best regards,
Human Resources
Vandermeulen & Peeters`, 'Votre candidature / Your application – Legal Counsel'),

  rej('interview', ['culture_fit'], { ...fb }, `Hi Chris,

Thanks for taking the time to meet with the team. After careful consideration, we've decided to go in a different direction. We felt that your approach to feedback and collaboration wasn't quite aligned with the values we try to live by day to day.

Best,
People Team, Hollowpine`, 'Hollowpine – Senior Designer'),

  rej('screen', ['generic'], {}, `Hi Bilal,

Thanks for jumping on the intro call yesterday. We're going to move forward with other applicants for this one.

Take care,
Jenna (Talent, Skyloft)`, 'Skyloft'),

  rej('application', ['skills_gap'], { ...fb }, `Dear Mei Ling,

We refer to your application for the position of Staff Nurse (ICU).

Please be informed that your application was unsuccessful as the position requires at least two years of post-registration experience in an intensive care setting, which your application does not reflect.

Thank you for your interest in Seri Mutiara Specialist Hospital.

Yours sincerely,
Human Resource Department`, 'Application for Staff Nurse (ICU)'),

  rej('interview', ['internal_candidate'], { ...door }, `Hey Aisha,

Wanted to close the loop after your interviews. We ended up promoting someone from our support team into the Team Lead role — they'd been covering it for a few months and it made sense. Totally not a reflection on you.

We're hiring a couple more support leads in the new year, so please keep an eye on our careers page and apply.

Thanks again,
Kyle
Support Ops, Pathfinder CRM`, 'Team Lead role'),

  rej('application', ['generic'], {}, `Dear {{candidate_first_name}},

Thank you for your interest in the {{job_title}} position. Unfortunately, we will not be moving forward with your application.

Best regards,
{{recruiter_name}}
Talent Team`, 'Update on your application'),

  rej('assessment', ['assessment'], { ...door }, `Dear Applicant,

Thank you for sitting our numerical and verbal reasoning tests. We're sorry to let you know that your results did not meet the threshold required to progress to the next stage of the Summer Internship Programme.

You're welcome to apply again in the next recruitment cycle.

Kind regards,
Early Careers Team
Halloran Brothers Investment Bank`, 'Summer Internship Programme – test results'),
  rej('application', ['location'], { ...fb }, `Hi Oluwaseun,

Thanks a lot for applying! Just so you know why we're passing: this is a fully remote role, but for payroll and legal reasons we can only hire people who live in the EU. Since you're in Lagos we can't move ahead, unfortunately. Really sorry about that.

Cheers,
Hanna from Fjordly`, 'Re: Frontend Developer (Remote EU)'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb }, `Dear Mr. Venkataraman,

With reference to your interview held on 22nd for the post of Deputy Manager – Treasury, we would like to inform you that the selection committee has decided not to consider your candidature further.

The committee observed that your exposure has been mainly in corporate accounts and that you have limited experience in forex dealing and ALM, which are core to this position. Other candidates' profiles were more aligned with the requirement.

We thank you for your interest in Dhanlaxmi Urban Co-operative Bank.

Yours faithfully,
Chief Manager (HR)`, 'Result of interview – Deputy Manager (Treasury)'),

  rej('application', ['profile_mismatch'], {}, `Hi Freya,

Thanks for reaching out about the Content Lead role. We've had a look and it's not quite the right fit with what we're after. Good luck with everything.

Ollie
Saltmarsh Studio`, 'Content Lead'),

  other(`Dear Thabo,

We are pleased to invite you to a second interview for the Financial Analyst position on Tuesday 9 April at 10:00 at our Sandton office. You will meet the CFO, Mr. Pillay, and one of the senior analysts. The interview will last about an hour.

Unfortunately, we cannot reimburse travel expenses for this round. Please confirm your availability.

Kind regards,
Nomsa Dlamini
HR Officer, Umhlanga Capital`, 'Invitation: second interview'),

  rej('final', ['skills_gap'], { ...fb, ...offered }, `Hi Yusuf,

Thank you for the final-round onsite, including the live system design session.

I'm sorry to share that we won't be extending an offer. The interviewers were positive about your coding rounds, but the system design round fell short of what we need at the staff level — in particular, the discussion of data partitioning and failure handling stayed at a fairly high level.

I know that's disappointing after a long day. If you'd find a call with the hiring manager useful, I can set that up.

Best,
Priscilla Owusu
Recruiting, Cobaltline`, 'Staff Engineer – decision'),

  rej('application', ['generic'], { ...door }, `Dear Tomás,

Thank you for taking the time to apply for our Warehouse Team Leader opportunity. On this occasion we will not be taking your application further. We will retain your details for six months in line with our privacy policy, and may contact you if a suitable role arises.

Kind regards,
Resourcing Team
Ashby Distribution Ltd`, 'Warehouse Team Leader – Coventry'),

  rej('screen', ['skills_gap'], { ...fb, ...door }, `hi Divya,

thanks for the call today. really liked your energy. the thing is we need someone who has run paid social at a bigger budget level (think $200k+/month) and from what you told me you've mostly managed under $20k. that's the main gap.

give it a year or two and please come back to us, seriously.

Matt
founder, Heyloop`, 'call today'),

  rej('interview', ['location'], { ...fb }, `Dear Katarzyna,

Thank you for the interviews with our team in Warsaw. Unfortunately, after internal discussion we learned that the position must be filled by someone who can work from our Kraków office at least three days per week from the start. As you told us you cannot relocate before next year, we cannot continue the process with you.

We are sorry about this and thank you for your time.

Best regards,
Agnieszka Nowak
HR Specialist, Vistula Softworks`, 'Decision – Test Automation Engineer'),

  rej('application', ['overqualified'], { ...fb }, `Hi Richard,

Thank you for your application for Junior Bookkeeper. Looking at your CV, your experience is well beyond what this role involves — it's an entry-level position with a lot of data entry — so we don't think it would be the right one for you.

Best wishes,
Carol
Ledgerwise Accounting, Bath`, 'Junior Bookkeeper'),

  rej('interview', ['skills_gap'], { ...fb }, `Dear Anjali,

Thank you for taking the time to interview for the Clinical Data Manager role.

Following our discussions, we will not be progressing your application. Among the candidates we saw, the person we have chosen brings several years of hands-on experience with Medidata Rave and oncology trials, which is what this study portfolio demands right now.

We wish you well.

Kind regards,
Dr. Helen Osei
Director, Clinical Operations, Brackenbury Research`, 'Clinical Data Manager'),

  rej('application', ['role_closed'], { ...door }, `Dear Neha,

Thank you for applying to Stackhaven. We've recently restructured our marketing function, and the Growth Marketing Manager role you applied for no longer exists in its previous form. We're sorry we can't progress your application.

We'll be posting new roles in the coming months and would be glad to see your name again.

Stackhaven People Team`, 'Growth Marketing Manager'),

  rej('screen', ['generic'], { ...door }, `Hi Liam,

Thanks a lot for your time on Thursday. It was great to chat. Unfortunately we won't be moving forward, but we'd love to stay connected for future openings.

Cheers,
Georgia
Recruitment, Tidewater Games`, 'Thanks for chatting'),

  rej('assessment', ['assessment'], {}, `Dear candidate,

Thank you for participating in the coding test for our Software Engineer Trainee role. We regret to inform you that you have not cleared the cut-off for this round.

Regards,
HR Team
Nexaware Solutions, Hyderabad

This is a system generated mail. Please do not reply.`, 'Coding test result'),

  rej('final', ['culture_fit', 'skills_gap'], { ...fb }, `Hi Sofia,

Thanks for your patience while we decided. You made it to the very end and it was close.

Two reasons we went the other way:
• the team wanted someone who'd thrive in our async, writing-heavy setup, and in the panel you said you prefer to solve things live on calls;
• the other finalist had run Kubernetes in production at scale, which you were upfront you haven't yet.

Thank you for the honesty throughout — it made this easier to explain.

Dan Ruiz
VP Engineering, Spindle`, 'Platform Engineer – final decision'),

  rej('application', ['generic'], {}, `Unfortunately, we have decided not to proceed with your application at this time. We appreciate your interest in Carrick Bay Hotels and wish you well in your search.`, 'Your application'),

  hold('application', ['role_closed'], {}, `Dear Farhan,

Thank you for applying to the role of Business Analyst at Almarai Digital Services. We would like to inform you that the recruitment for this position has been temporarily paused due to budget approval. Your application remains active and we will contact you once the process resumes.

Best regards,
Talent Acquisition`, 'Business Analyst – status update'),

  rej('screen', ['profile_mismatch'], { ...offered }, `Hi Eleanor,

Thanks so much for speaking with me on Friday. I've shared my notes with the hiring manager, and we've agreed that we're looking for a slightly different background for this role, so we won't be moving forward.

I'm always happy to offer a bit more context if helpful — just let me know.

All the best,
Ruth
Talent Acquisition Partner, Greyhound Media`, 'Following our call'),

  rej('interview', ['position_filled', 'skills_gap'], { ...fb }, `Dear Mr. Abubakar,

I am writing to thank you for attending interview for the post of Site Manager.

I regret to advise that the post has been offered to and accepted by another candidate. The successful applicant holds the SMSTS qualification and has managed projects of a similar value, which the panel considered essential.

Yours sincerely,
Peter Glanville
Operations Director, Glanville Build Ltd`, 'Site Manager interview'),

  rej('application', ['skills_gap'], { ...fb, ...door }, `Hi Mateus,

Thank you for your application to the Machine Learning Engineer role. Right now we need someone with production experience deploying models (MLOps, monitoring, that side), and your background is strongly research-focused. We'd be glad to hear from you again for future roles, especially on our research team.

Best,
Recruiting — Quanta Vale`, 'ML Engineer – application'),

  rej('interview', ['overqualified', 'culture_fit'], { ...fb }, `Hi Hiroshi,

Thank you for meeting with us. We've thought hard about it and decided not to continue. The role is very junior compared with your background, and we also felt our very informal start-up way of working might not suit someone coming from a large structured organisation.

We really appreciated the conversation.

Best,
Yuki Tanabe
Operations, Kumo Kitchens`, 'Thank you'),
  rej('application', ['generic'], {}, `Hello,

Thank you for applying for the Associate Consultant position at Lyle & Brandt. We received over 900 applications for a small number of places, and unfortunately we are unable to offer you a place at the next stage.

Lyle & Brandt Graduate Recruitment`, 'Lyle & Brandt – your application'),

  rej('interview', ['skills_gap'], { ...fb, ...offered, ...door }, `Dear Rahul,

Thank you for interviewing with us for the Site Reliability Engineer position. We enjoyed our conversations and think you have a lot to offer.

After reviewing feedback from all interviewers, we've decided not to move forward. The main concern was depth with on-call incident management in large distributed systems — your examples were mostly from smaller deployments, and this role leads incident response from week one.

Please feel free to reach out if you'd like to discuss this further, and we'd welcome an application from you for other roles in future.

Best regards,
Sandra Whitlock
Engineering Recruiting, Halcyon Cloud`, 'SRE – interview outcome'),

  rej('application', ['skills_gap'], { ...fb, ...door }, `Hi Gabriel,

Thank you for applying to the Nurse Educator role. Unfortunately, applicants need to be registered with the College of Nurses of Ontario at the time of application, and we couldn't find a current registration on your file. Once your registration is in place, please feel free to apply again.

Regards,
Recruitment Services, Lakeshore Health`, 'Nurse Educator – application'),

  rej('final', ['position_filled'], {}, `Dear Ms. Achterberg,

Thank you for taking part in the final selection day for the position of Head of Finance.

After careful consideration, the selection committee has decided to offer the position to another candidate.

We thank you for your interest and your investment of time.

Sincerely,
Dr. Willem Brandsma
Chair, Selection Committee, Stichting Noordlicht`, 'Head of Finance'),

  rej('assessment', ['assessment', 'profile_mismatch'], { ...fb }, `Hi Natalia,

Thank you for completing the writing exercise for the Copywriter role. We appreciated the effort. We don't think your samples and the exercise quite match the tone we're looking for overall, and other applicants were a closer fit, so we won't progress to interview.

Best of luck,
Wordsmithy Creative`, 'Copywriter – writing exercise'),

  rej('screen', ['location'], { ...fb }, `Dear Ahmed,

Thank you for the telephone interview. Regrettably, this position requires an active Secret security clearance and eligibility requires U.S. citizenship. As you are a permanent resident, we cannot move forward with your application for this role.

Respectfully,
Dana Kowalczyk
Talent Acquisition, Ironcrest Defense Systems`, 'Systems Engineer II'),

  rej('application', ['salary'], { ...fb, ...door }, `Dear Ms. Reddy,

Thank you for applying for the post of HR Manager at Sai Krupa Hospitals. Your expected CTC of 24 LPA is beyond the budget sanctioned for this position, hence we are unable to take your profile forward. We will keep your details in our records for future senior openings.

Regards,
Corporate HR
Sai Krupa Hospitals, Vijayawada`, 'Application for HR Manager'),

  rej('interview', ['profile_mismatch'], {}, `Hello Stefan,

thank you for your time in the interviews. We had several very good candidates, and we decided for a person whose experience is more close to what we need in the team now. So we will not continue with you.

We wish you all the best for the future.

Kind regards,
Jana Horváthová
HR, Danubia Robotics s.r.o.`, 'Your interview at Danubia Robotics'),

  other(`Hi Lina,

We're delighted to offer you the position of Events Coordinator at Hollybank Venues! Unfortunately the start date needs to move to 3 February rather than January as discussed, because of building works. Your contract is attached; please sign and return by Friday.

Welcome aboard!
Grace Fairweather
General Manager`, 'Offer – Events Coordinator'),

  rej('application', ['skills_gap', 'location'], { ...fb }, `Hi Connor,

Thanks for your interest in joining us. We've reviewed your application for the Senior Account Executive role and have decided not to progress. The successful applicants for this one will need to be based in Brisbane, and we were also looking for a background closer to enterprise SaaS than what came through on your CV.

All the best with your search.

Talent @ Koala Cloud`, 'Senior Account Executive'),

  rej('interview', ['skills_gap'], { ...fb }, `Hi Elif,

Following your interview with Mark and me, I'm afraid we're not going to be offering you the role of Bilingual Customer Advisor. In the role-play part your Turkish was excellent, but our brief is Turkish and Greek, and the Greek section showed you're not yet at the level we need to handle calls independently.

Thanks so much for your time,
Joanne
Team Manager, Aegean Holidays UK`, 'Bilingual Customer Advisor'),

  rej('application', ['generic'], {}, `Hi Ana,

Thanks for your application. We've decided to move forward with other candidates for this position.

— Sent via Teamtailor on behalf of Norrsken Apparel`, 'Norrsken Apparel – update'),

  rej('final', ['internal_candidate'], { ...door }, `Dear Vikram,

Thank you for meeting the Managing Director for the final round last week.

We would like to inform you that the position of Regional Sales Head – South has been filled through an internal movement. Our Zonal Manager from Bengaluru has been elevated to the role.

We were impressed by your profile and will surely get in touch for suitable senior positions in future.

Warm regards,
Sunitha Rao
Head – Talent Acquisition, Prakriti Agro Chemicals Ltd`, 'Regional Sales Head – South'),

  rej('screen', ['role_closed'], {}, `Hi Patrick,

Thanks for the phone screen on Monday. I'm sorry to say that since then the client has decided not to go ahead with the hire at all — they've cancelled the Finance Business Partner role after losing a major contract. So there's nothing further I can progress for now.

Kind regards,
Liam O'Rourke
Senior Consultant, Calderwood Recruitment`, 'FBP role – update'),

  rej('interview', ['generic'], { ...offered }, `Dear Chiamaka,

Thank you for attending the interview for the Programme Officer position. We regret to inform you that you have not been selected for the position. We received a strong field of candidates.

Should you wish to receive feedback on your interview, please contact us within two weeks of this letter.

Yours sincerely,
Human Resources Unit
Ndidi Foundation for Education`, 'Programme Officer – interview result'),

  rej('application', ['skills_gap'], { ...fb }, `Dear Mr. Castellanos,

Thank you for your application for the Pharmacist position. The role requires registration with the Pharmacy Board of Australia and a minimum of two years' community pharmacy practice in Australia. As your experience is from overseas, we are not able to progress your application at this time.

Regards,
Soulsby Pharmacy Group HR`, 'Pharmacist – Geelong'),

  rej('interview', ['culture_fit'], { ...fb, ...offered }, `Hi Dominic,

Thanks for coming in to meet the team. We've decided not to move forward. Everyone felt you'd do the job well, but we didn't come away with a strong sense you'd enjoy the pace and scrappiness here, and fit with how the team works is something we weigh heavily.

If you want to chat about it, happy to jump on a call.

Ben
Founder, Wavelet Labs`, 'thanks for coming in'),

  rej('application', ['position_filled'], { ...door }, `Hi Rosa,

Thank you for your interest in the Teaching Assistant role at Fernbrook Primary. We've now appointed to this position. We'll keep your application on file and be in touch if another vacancy comes up this year.

Best wishes,
Mrs. J. Ashworth
School Business Manager`, 'Teaching Assistant vacancy'),

  rej('assessment', ['skills_gap'], { ...fb }, `Dear Joon-ho,

Thank you for completing the case study for the Pricing Analyst position.

Your structure was clear and the recommendations were reasonable. However, the role requires strong Python for building the pricing models, and both the case and your CV suggest your work so far has been mainly in Excel. For this reason we will not be moving you on to the interview stage.

Kind regards,
Recruitment team, Fenwick Retail Group`, 'Pricing Analyst – case study'),
  rej('interview', ['skills_gap', 'salary'], { ...fb }, `Hi Fatima,

Thank you for the second interview on Wednesday. We've now made a decision and unfortunately it's not good news. The panel felt that while your recruitment marketing experience is strong, the role needs someone who has owned an HRIS implementation end to end, which you haven't done yet — and, as you know, there was also some distance between your salary expectations and our range.

All the best,
Sophie Carrington
People Director, Mayfly Retail`, 'People Operations Manager'),

  rej('application', ['generic'], { ...door }, `Dear applicant,

Thank you for your application. After careful review, we regret to inform you that we will not be taking it further. We encourage you to keep checking our job board, as new opportunities arise regularly.

Kindest regards,
Recruitment Office, University of Westmoor

Please do not reply to this email – it is sent from an unmonitored address.`, 'Application ref. UW-1187'),

  rej('screen', ['skills_gap'], { ...fb }, `Hi Tom,

Thank you for the screening call with our recruiter. Based on your answers, the role requires at least 5 years of experience in full-cycle B2B enterprise sales with deal sizes over $100k, and we didn't see that level of experience yet. We'll be moving forward with other candidates at this time.

Best,
The Hiring Team at Parallax`, 'Enterprise Account Executive'),

  rej('interview', ['location', 'role_closed'], { ...fb }, `Dear Rania,

Thank you for interviewing for the Regional Marketing Manager position in Dubai. I'm afraid that following a change in our regional structure, the role is moving to Riyadh and will require Saudi-based residency, and the Dubai opening has been closed. As you've said you would not relocate, we will not be continuing with your application.

Kind regards,
Omar Haddad
HR Manager – MENA, Solara Beverages`, 'Regional Marketing Manager – update'),

  rej('application', ['profile_mismatch'], {}, `Thank you for applying to Quarrystone Insurance.

After reviewing your application against the requirements for the Claims Handler role, we have decided not to move forward with it. This decision was based on how closely your experience aligned with this specific role.

Quarrystone Careers
(Workday notification — do not reply)`, 'Application Update – Claims Handler'),

  rej('final', ['skills_gap'], { ...fb, ...door }, `Hi Keisha,

I'm sorry to be writing this after such a great final round. We went with the other finalist, and the honest reason is simple: she'd already managed a newsroom through a paywall launch, and the board wanted that specific experience for the next twelve months.

Please apply again — we're creating two deputy editor positions in the spring and I think you'd be a strong candidate.

Warmly,
Marion Kapoor
Editor-in-Chief, The Ledgerline`, 'Managing Editor'),

  rej('application', ['skills_gap'], { ...fb }, `Hello Arjun,

Thank you for applying for the Graduate Engineer Trainee role. As per our eligibility criteria, candidates must have a minimum of 60% aggregate in B.E./B.Tech without any active backlogs. Since your marksheet shows 56%, we are unable to shortlist your application.

Regards,
Campus Hiring Team
Shivalik Power Projects Ltd`, 'GET recruitment – application status'),

  rej('interview', ['generic'], {}, `Hi Emilia,

It was nice meeting you on Monday. We've decided to go with someone else. Sorry it's not better news!

Kate — Poppy & Sage Florists`, 'Shop assistant'),

  other(`Hi Mohammed,

Thanks for your interest in Atlas Freight. Unfortunately our careers site had an outage between 2 and 4 May and some application attachments were lost. Could you please re-upload your CV using the link below so that we can review your application for the Logistics Planner role?

We apologise for the inconvenience.

Atlas Freight Talent Team`, 'Action needed: please re-upload your CV'),

  rej('interview', ['profile_mismatch', 'culture_fit'], {}, `Dear Peter,

Thank you for your time with the team. Having reflected, we've concluded that, overall, the match between your experience and what we need — and between your preferred way of working and our team culture — isn't strong enough for us to continue.

With best wishes,
Lucy Pemberton
Head of Talent, Quayside Architects`, 'Your interview with Quayside'),

  rej('application', ['overqualified'], { ...fb, ...door }, `Hi Sunil,

Thank you for applying for the Helpdesk Technician role. Having reviewed your CV, we feel you're considerably more experienced than this entry-level position requires, and we don't think it would be a good match for your career. We would however keep your CV on file for more senior vacancies.

Kind regards,
IT Services Recruitment, Calder Valley NHS Trust`, 'Helpdesk Technician'),

  rej('final', ['position_filled'], { ...offered }, `Dear Joanna,

Thank you for being one of our two finalists for Director of Development. We have now made an appointment, and the candidate has accepted.

I know this isn't the news you were hoping for. I'd be glad to offer some feedback from the committee if you'd find it useful.

With thanks,
Rev. Michael Thorne
Chair of Trustees, St Aldhelm's Trust`, 'Director of Development'),

  rej('assessment', ['location'], { ...fb }, `Hi Paulo,

Thanks for completing the background check forms. During the check, it came to light that your current visa doesn't permit full-time work with a new employer, and we can't provide sponsorship for this position, so I'm sorry to say we have to withdraw from the process.

Regards,
Bec
People Team, Southerly Wines`, 'Background check – update'),

  rej('interview', ['skills_gap'], { ...fb, ...door }, `Dear Ms. Nakamura,

Thank you for interviewing for the position of Conference Interpreter (Japanese–English).

The panel was impressed by your consecutive interpreting. However, the role requires extensive simultaneous booth experience, and at present your experience in simultaneous is limited. We would encourage you to apply again once you have built more booth hours.

Yours sincerely,
Language Services, International Maritime Secretariat`, 'Interpreter recruitment'),

  rej('screen', ['generic'], { ...door }, `Hello Oscar,

Thanks for speaking with me today. After discussing internally, we won't be moving forward at this time. I'll keep you in mind for future opportunities!

Best,
Carmen
Talent @ Lumina Robotics`, 'Lumina Robotics'),

  rej('application', ['internal_candidate'], {}, `Dear Applicant,

Thank you for your interest in the post of Library Services Coordinator. We wish to inform you that this post has been filled by an existing member of staff through our redeployment process, and the external advertisement has been withdrawn.

Yours sincerely,
HR Shared Services
Westbourne Borough Council`, 'Library Services Coordinator'),

  rej('interview', ['assessment', 'skills_gap'], { ...fb }, `Hi Grace,

Thanks for the interview and for doing the live SQL exercise with us. Unfortunately we won't be offering the role. Your SQL in the live exercise struggled with the window functions part, which is something the team uses every day, and we also need someone with stronger hands-on dashboarding in Tableau than came across.

Best of luck,
Nikhil
Analytics Manager, Redwing Travel`, 'Data Analyst interview'),

  rej('application', ['generic'], {}, `Your application for the position of Office Administrator at Cresswell Estates has been reviewed. We regret that it has been unsuccessful.`, 'Application outcome'),

  rej('final', ['profile_mismatch', 'salary'], { ...fb }, `Hi Aleksander,

Thanks for making it through to the final conversation with our CEO. We've decided to move ahead with another finalist whose experience we felt lined up more closely with the role, and whose expectations sat better within our budget.

Thank you again and good luck,
Holly Prentice
Talent Lead, Sparrowhawk Games`, 'Lead Producer'),
  rej('application', ['generic'], {}, `Hi Ashwin,

Thank you for applying to the Senior Frontend Engineer role at Cloudberry.

About the role, as a reminder: this person will own our design system, work closely with product design, and mentor two mid-level engineers. We're a team that values kindness, clear writing and shipping small.

After careful review we've decided not to move forward with your application. We really appreciate your interest in Cloudberry.

Best,
Cloudberry Recruiting`, 'Your application to Cloudberry'),

  rej('interview', ['position_filled'], {}, `Dear Siobhan,

Thank you very much for interviewing with us. You clearly have an impressive background and a real passion for conservation, and the panel enjoyed meeting you.

On this occasion, however, we have decided to offer the post to another applicant.

With best wishes for the future,
Alasdair Munro
Reserve Manager, Glen Tarran Wildlife Trust`, 'Assistant Ranger'),

  rej('application', ['generic'], {}, `Dear Ms. Cohen,

At Brightmoor Bank, we believe our people are our greatest strength. We are committed to integrity, client focus and excellence in all that we do, and we look for colleagues who share these values.

Thank you for your application for the role of Relationship Manager. We regret to inform you that your application has not been successful on this occasion.

Yours sincerely,
Talent Acquisition, Brightmoor Bank plc`, 'Relationship Manager – Application'),

  rej('assessment', ['assessment'], { ...fb, ...door }, `Dear Mr. Adeyemi,

Thank you for taking part in the psychometric assessment and the in-tray exercise for the Graduate Management Programme.

Your in-tray exercise did not reach the required standard — in particular, several high-priority items were left unprioritised — so we won't be progressing your application this year. You're very welcome to apply again next year.

Kind regards,
Graduate Recruitment Team, Tamworth Water`, 'Graduate Management Programme – outcome'),

  rej('interview', ['profile_mismatch'], { ...offered }, `Hi Zoe,

Thank you so much for your time on the panel interview. It was a close decision, but we felt that other candidates were a stronger match for this particular role. I know that's hard to hear.

If you'd like some more detailed thoughts from the panel, just let me know and I'll pull them together.

Warmly,
Fern Ellison
Volunteer Programme Lead, Hearthside Charity`, 'Volunteer Coordinator'),

  rej('screen', ['location'], { ...fb, ...door }, `Hi Daniel,

Thanks for taking my call this afternoon and for being so open about your situation. Since you're based in Halifax and the role needs to be on-site in Calgary five days a week (and you're not looking to move), I don't think we can progress your application. That said, we do occasionally open remote roles in your field — I'll keep your profile flagged and let you know when one comes up.

Take care,
Priya Sandhu
Recruiter, Prairie Wind Energy`, 'our chat this afternoon'),

  rej('interview', ['skills_gap'], { ...fb }, `Dear Sir,

With reference to your interview for the post of Lecturer in Computer Science, we regret to inform you that you have not been selected. As per UGC norms, a candidate must have cleared NET/SET or hold a Ph.D., and your application did not meet this eligibility condition. The committee has therefore recommended other candidates.

Principal
Sri Venkateshwara College of Engineering, Tirupati`, 'Interview result – Lecturer (CSE)'),

  rej('application', ['profile_mismatch'], { ...door }, `Hey Ruby,

Thanks heaps for applying for the Community Manager gig. We had a look at your application and don't think it's quite the right fit for us right now, but we'll hang on to your details in case something more suitable pops up.

Cheers,
Mia
Kelpie Co.`, 'Community Manager'),

  rej('final', ['generic'], { ...offered, ...door }, `Hi Ethan,

Thank you for spending the day with us for the final interviews. I wish I had better news: we've decided to go with another candidate.

I'd genuinely be happy to chat through the process if it helps, and please consider applying to future roles here.

Warmly,
Lara Quinn
Head of Design, Prism & Pine`, 'Senior Product Designer'),

  rej('application', ['skills_gap', 'location'], { ...fb }, `Dear Kwame,

Thank you for applying for the Tax Manager post in our Accra office. Regrettably, we are unable to proceed with your application: the role requires current membership of ICAG and a minimum of five years in Ghanaian corporate tax, and a willingness to be fully office-based in Accra, which you indicated is not possible for you.

Yours faithfully,
HR Department, Asante Kwarteng & Associates`, 'Tax Manager – Accra'),

  rej('interview', ['position_filled'], {}, `Hi Nadia,

Quick update: the Operations Associate role has now been filled, so we won't be moving ahead with your application. Thank you for interviewing with us!

Best,
Caleb @ Tinbox`, 'Operations Associate'),

  hold('final', ['role_closed'], {}, `Dear Mr. Oyelaran,

Thank you for attending the final panel for the position of General Counsel. I write to let you know that the Board has deferred its decision on this appointment until after the merger talks conclude, which we expect to be in six to eight weeks. No decision has been made on any candidate and you remain under consideration.

I will write again as soon as the Board has met.

Yours sincerely,
Adaeze Chukwu
Company Secretary, Niger Delta Midstream Ltd`, 'General Counsel – deferral'),

  rej('application', ['profile_mismatch'], {}, `Hi Jakub,

This is an automated message from Greenhouse on behalf of Marrow Bio.

Thank you for your interest in the Research Associate II position. While we were impressed with your qualifications, we've decided to move forward with other candidates whose experience more closely aligns with the needs of this position.

Marrow Bio`, 'Marrow Bio – Research Associate II'),

  rej('interview', ['skills_gap'], { ...fb, ...offered }, `Hello Sara,

Thank you for interviewing for the Social Worker (Children's Services) role.

The panel noted your strong values and your experience in adult services. However, the post requires at least two years' post-qualifying experience in child protection, and the panel felt this was not yet evident. For this reason we are unable to offer you the post.

If you would like more detailed feedback, please contact me.

Regards,
Andrew Pryce
Team Manager, Kingsbridge County Council`, 'Social Worker – interview outcome'),

  rej('screen', ['salary'], { ...fb }, `hey Leo - thanks for the call. unfortunately the number you're looking for is just way above what we can do for this role right now, so we'll pass. best of luck out there!

- Sam (Candor Coffee Co)`, 're: barista trainer'),

  rej('application', ['role_closed'], {}, `Dear Candidate,

Please be advised that the vacancy for Electrical Maintenance Technician (Ref EMT-0982) has been withdrawn due to a change in operational requirements. No further applications will be processed.

Thank you for your interest in Tarrant Mining Services.

Tarrant Mining Services – Recruitment`, 'Vacancy withdrawn – EMT-0982'),

  rej('interview', ['overqualified'], { ...fb }, `Hi Veronica,

Thank you for meeting with Claire and me last week. We've decided not to offer you the Marketing Executive role. Honestly, your fifteen years running brand campaigns is far beyond what this junior role involves, and we think you'd be frustrated quite quickly by the scope.

Best,
Paul Dryden
Marketing Manager, Oakleaf Housing`, 'Marketing Executive'),

  rej('assessment', ['assessment'], { ...offered }, `Dear Hyun-woo,

Thank you for submitting the translation test. Unfortunately, the result was below the standard required for our freelance panel, so we will not be able to add you at this time.

If you would like to receive the reviewer's comments, please reply and we will send them.

Best regards,
Vendor Management, Polyglot Bridge Ltd`, 'Translation test result'),

  rej('interview', ['culture_fit', 'location'], { ...fb }, `Hi Ollie,

Thanks for your patience while we decided. We've chosen not to move forward. Part of it is practical — we'd want you in the Bristol studio most days, and the commute from Exeter you described seemed unlikely to work long term — and part of it is that the team didn't feel the fit with our way of working was quite there.

All the best,
Hannah
Studio Manager, Fieldnote Design`, 'Studio role'),

  rej('application', ['skills_gap'], { ...fb }, `Hola Diego,

Thank you for your application to the Data Scientist position. We are looking for candidates with a Master's degree or PhD in a quantitative field, and we see that you have a Bachelor's degree. For this reason we will not continue with your application this time.

Best regards,
People Team, Andina Retail Analytics`, 'Data Scientist – application'),

  rej('final', ['location', 'salary'], { ...fb }, `Dear Ibrahim,

Thank you for the final interview with our CFO. We have decided not to offer you the position. The relocation package you asked for and your salary expectation together go beyond what we are able to offer for this role, and we also need someone who can start in Doha within four weeks, which your notice period would not permit.

Best regards,
Talent Acquisition, Gulfstar Engineering WLL`, 'Finance Manager – final decision'),

  rej('application', ['generic'], { ...door }, `Hi Tessa,

I'm sorry to say we won't be moving forward with your candidacy. It was a very competitive round and the decision was difficult. Please keep an eye on our openings — we'd be happy to see you apply again.

Best,
Anita
Recruiting, Silverleaf Bank`, 'Update'),
  other(`Hi Bethany,

Unfortunately I have to reschedule our interview tomorrow — the hiring manager has been called into a client meeting. Could you do Thursday at 2pm or Friday at 11am instead? Sorry for the short notice; we're still very keen to speak with you about the Account Manager role.

Thanks,
Callum
Talent, Brightlane Media`, 'Rescheduling tomorrow'),

  other(`Dear Praveen,

Thank you for your interest in Zenith Infra. We regret to inform you that due to heavy rains the walk-in drive scheduled at our Guindy office on Saturday has been postponed to next Saturday, same time and venue. Kindly carry two copies of your resume and a photo ID.

Regards,
HR Team, Zenith Infra Projects`, 'Walk-in drive postponed'),

  other(`Hi Olga,

I came across your profile and thought you might be a great fit for a Senior QA Engineer role at a fintech client of ours in Lisbon (hybrid, €55–65k). Unfortunately I can't share the client name yet, but I'd love to tell you more on a quick call. Are you open to new opportunities?

Best,
Rui Matos
Senior Recruiter, Atlântico Talent`, 'Senior QA opportunity in Lisbon'),

  other(`Hi Michael,

Thanks for letting us know that you've accepted another offer and would like to withdraw from the process for the Solutions Architect role. We completely understand, and we wish you all the best in your new position. We'd be glad to hear from you again in the future.

Best regards,
Eva
Talent Acquisition, Corelink Systems`, 'Re: Withdrawing my application'),

  other(`Dear Fiifi,

Thank you for completing the online assessment. We're pleased to let you know that you have passed and will be invited to a video interview. You'll receive a separate email with a link to book a slot within the next 48 hours.

Kind regards,
Early Careers, Kingfisher Consulting`, 'Online assessment – next steps'),

  rej('application', ['skills_gap'], { ...fb }, `Hi Lucía,

Thanks for applying to the Payroll Specialist position. I had a look at your CV and, while you've got great general accounting experience, this role needs someone who has run multi-state U.S. payroll on ADP, and we don't see that in your background. So we'll pass for now.

Best,
Kristen
Finance Ops, Juniper Health Partners`, 'Payroll Specialist'),

  rej('interview', ['internal_candidate', 'profile_mismatch'], {}, `Dear Gurpreet,

Thank you for the interview for Senior Planner. I wanted to let you know personally that we've decided to appoint an internal candidate, whose experience of our own local plan process made them the stronger fit for the role at this stage.

With thanks and best wishes,
Hilary Dawes
Planning Manager, Kestrel District Council`, 'Senior Planner'),

  rej('screen', ['profile_mismatch'], {}, `Hi Abdul,

Thanks for the quick call earlier. I've thought it over and I don't think the background you described is what we're looking for in this role, so I won't put you forward to the hiring manager.

Cheers,
Tash
Talent Partner, Blue Gum Energy`, 'follow up'),

  rej('application', ['generic'], { ...offered }, `Dear Ms. Walters,

Thank you for applying to the Legal Secretary position. After careful consideration, we have decided not to invite you to interview.

If you would like feedback on your application, please do not hesitate to contact us.

Yours sincerely,
Bramwell Solicitors, HR`, 'Legal Secretary application'),

  rej('final', ['skills_gap', 'culture_fit'], { ...fb, ...door }, `Hi Nikos,

I've been putting off writing this because you were genuinely great in the final round. We've gone with someone else. They had run a sales team of twelve across three countries, and that scale was what tipped it; the panel also felt they'd slot into our leadership team's very direct style a little more naturally.

I'd really like to keep in touch. Let's grab a coffee in the new year, and if we open a country manager role, you'll be the first call.

Kostas Varga
CEO, Meltemi Payments`, 'Head of Sales – honest answer'),

  rej('application', ['location'], { ...fb }, `Dear Candidate,

Thank you for applying to the Graduate Scheme. To be eligible, applicants must have the right to work in the UK for the full duration of the two-year scheme without sponsorship. As your application indicates that you would need sponsorship, it cannot be considered further.

Graduate Recruitment, Thamesford Rail`, 'Graduate Scheme eligibility'),

  rej('interview', ['generic'], {}, `Hi Noor,

Thank you for coming in for the interview on the 3rd. I'm writing to let you know that we've made our decision and we won't be offering you the role.

Warm wishes,
Abbie
Manager, Thistle & Thyme Café`, 'Café Supervisor'),

  rej('assessment', ['role_closed'], {}, `Hi Emre,

Thank you for completing the coding challenge — we know it takes a while. I'm sorry to say that before we could review submissions, the team this role sat in was merged into another department and the opening has been cancelled, so we won't be taking applications any further.

Apologies, and thanks again,
Selin
Recruitment, Bosphorus Labs`, 'Coding challenge – role cancelled'),

  rej('application', ['profile_mismatch'], {}, `Hi Morgan,

Thank you for your application for the Policy Advisor role. We had a very strong field, and on this occasion we have shortlisted candidates whose experience was a closer match to the person specification.

Kind regards,
HR, Northwall Housing Association`, 'Policy Advisor – shortlisting outcome'),

  rej('final', ['assessment'], { ...fb }, `Dear Fatou,

Thank you for participating in the final assessment day for the Audit Associate position.

Unfortunately you were not successful. While you performed well in the partner interview, your score on the written technical case was below the level required, in particular the IFRS 15 revenue recognition question.

We wish you success in your career.

Talent Acquisition
Mbaye Diallo & Associés, Dakar`, 'Audit Associate – final assessment day'),
  rej('interview', ['position_filled', 'skills_gap'], { ...fb, ...door }, `Hi Maya,

Thank you so much for coming to meet us about the Sous Chef position, and for the lovely tasting plate. We've decided to offer the role to another chef this time. We'd love you to apply again next season.

All the best,
Jules
Head Chef, Tamarind House

P.S. Since you asked in the interview what we'd look for — mainly more time running a pass on a busy service of 150+ covers. That was really the only gap.`, 'Sous Chef'),

  rej('application', ['generic'], {}, `Dear Mr. Ferreira,

Thank you for your application for the position of Logistics Coordinator. We regret to inform you that you have not been selected for further consideration.

Sincerely,
Transportes Lusitano S.A.
Human Resources

PS: This role requires fluency in Portuguese and Spanish, experience with SAP, and availability to travel within Iberia.`, 'Logistics Coordinator – application'),
  rej('final', ['skills_gap', 'salary', 'position_filled'], { ...fb, ...offered, ...door }, `Dear Harriet,

I hope you had a restful weekend after what I know was a demanding fortnight of interviews with us. I wanted to write to you properly rather than send one of our standard notes, because you gave a great deal of your time to this process and you deserve a full account of how we reached our decision.

First, the good news, such as it is: the panel was unanimous that your presentation to the trustees was the clearest of the four finalists, and several people commented afterwards on how well you handled the question about the reserves policy, which was deliberately a difficult one. Your knowledge of the sector is obvious and your references were excellent.

We have, however, decided to offer the post of Director of Finance and Resources to another candidate, who has now accepted.

The deciding factor, if I am honest, was pension scheme experience. Over the next eighteen months the Trust has to work through the triennial valuation of our defined benefit scheme and very likely a buy-in, and the successful candidate has led two such exercises at a previous charity. You were candid that you had been involved in one only at a distance, as a member of the audit committee, and the trustees felt that they could not take that risk at this particular moment. There was also, as you and I discussed on the telephone, a gap between the salary you had hoped for and the top of our approved range, and although that was not the deciding factor it did weigh with the committee.

I do not want you to read this as a judgement on your ability. In a different year, with different pressures on the organisation, I think the outcome could well have been otherwise.

If it would help to talk any of this through, I would be very glad to arrange a call with me or with our Chair, Professor Adebayo. And should we advertise the Head of Finance post that will sit beneath the new Director — which we expect to do in the spring — I would very much hope you might consider applying.

With kind regards and every good wish,

Catherine Ellwood
Chief Executive
The Lindenmere Trust
Registered charity no. 1098876`, 'Director of Finance and Resources'),

  rej('interview', ['skills_gap', 'location'], { ...fb, ...door }, `Hi Rohan,

Thanks a ton for your patience — I know it's been almost three weeks since you met Aparna and Jeff, and that's longer than we promised. Our hiring committee only meets on Thursdays and one of them got cancelled for the offsite, so things slipped. Sorry about that.

So, the update: we won't be moving forward with your candidacy for the Senior Product Analyst role on the Growth team.

I want to give you a bit of the reasoning since you asked for it on our last call. When the committee went through the packets, the candidates who made it to the onsite were, frankly, people whose backgrounds lined up more tightly with what this team does day to day — they'd all spent the last few years inside consumer subscription products, and the committee leaned toward that. Nobody said anything negative about your analytical work; the write-ups on your case interview were positive. It was more a question of who looked most like the brief.

The other piece, and I think you already suspected this one, is the location. The team has moved to three days a week in our Austin office since this req was opened, and with you in Bengaluru and needing an H-1B transfer, the committee didn't want to start a sponsorship process for this particular level. That rule may loosen in the new fiscal year, but I can't promise it.

Here's what I'd suggest: I'm going to tag your profile for our India analytics hub, which is hiring for two roles in Q1 that look a lot like what you're doing now. I'll also keep you in mind if Growth ever goes fully remote again. And please, apply directly whenever you see something here that fits — you don't need to wait for me.

Thanks again for the time you put into this, including the case you did over a weekend.

Best,
Whitney Cole
Senior Technical Recruiter
Bluefin Streaming, Inc.
Austin, TX

The information in this e-mail is confidential and intended solely for the addressee.`, 'Update on Senior Product Analyst'),

  rej('application', ['skills_gap', 'location'], { ...fb }, `Dear Mr. Pereira da Silva,

We refer to your application for the post of Maintenance Planner (Offshore) which was received on 2 October through our careers portal.

Thank you for the interest you have shown in working with Coral Reef Energy. We received more than three hundred applications for this vacancy and each of them was screened by a member of our Talent Acquisition team against the minimum requirements published in the advertisement, which are listed again below for your reference:

1. Diploma or degree in Mechanical or Electrical Engineering;
2. Minimum five (5) years of experience in maintenance planning on offshore oil and gas installations;
3. Hands-on experience with SAP PM;
4. Valid BOSIET and OGUK offshore medical certificates;
5. Eligibility to work in Malaysia, or willingness to be based in Labuan on a rotational basis.

Having reviewed your application, we regret to inform you that it will not be taken further. Our screening found that your planning experience is mainly from onshore petrochemical plants rather than offshore installations, and that you do not currently hold a valid BOSIET certificate. In addition, you indicated in the application form that you are not able to work on rotation from Labuan.

We would like to stress that this decision relates only to this specific vacancy. Please note that Coral Reef Energy does not charge any fees at any stage of the recruitment process, and that we will never ask for your bank details by e-mail.

Thank you once again for your interest in our company.

Yours sincerely,

Talent Acquisition Department
Coral Reef Energy Sdn. Bhd.
Menara Samudera, Kuala Lumpur

This is a computer-generated letter. No signature is required.`, 'Application for Maintenance Planner (Offshore) – Ref. CRE/MP/2291'),

  other(`Hi Gemma,

Thanks so much for applying for the Junior Copywriter role, and for the portfolio — the train-company campaign made us all laugh.

We're still early in the process. Here's roughly what happens next, so you're not left wondering:

- We're reviewing applications until the 20th. We read every one, which is why it takes a while.
- Shortlisted people get a short writing task (about two hours, paid at our day rate — we don't believe in free work).
- After that, a 45-minute chat with me and Rob, our creative director, either in our Manchester studio or on video.

A bit about what the role needs, so you can think about it ahead of time: someone who can turn around short-form social copy fast, who's comfortable with feedback from clients who aren't always right, and who can spot a headline in a dull brief. Experience with B2B clients is a bonus but not essential. We value kindness, curiosity and finishing things.

Unfortunately we can't reply to questions individually during this stage because of volume, but I promise you'll hear from us either way by the end of the month.

Speak soon,
Leah Barraclough
Studio Manager, Bold Type Collective`, 'Thanks for applying to Bold Type'),
];
