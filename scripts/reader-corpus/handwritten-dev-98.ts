/**
 * Development messages of the ninety-eighth round: declines that turn on three easily confused reasons. Some name a
 * requirement the candidate lacks, often only in passing inside a long, warm letter (a licence, years in a regulated
 * setting, a named system, payroll at scale); some say only that other applicants matched more closely or that the
 * profile is not what the team needs, naming nothing; and some give no statement about fit at all. They come from
 * tracking-system templates, HR letters, agency recruiters, hiring managers and founders, in British, American,
 * Indian, Australian, Nigerian and Singaporean English, at every stage, a few with a second reason (pay, location).
 * A handful of paused processes and look-alikes (acknowledgements, invitations, offers, talent-pool notes) use the
 * same polite words and decline nothing.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d98-');

export const HANDWRITTEN_DEV_98: readonly CorpusLine[] = [
  // ── skills_gap
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Ms Okonkwo,

Thank you for attending the interview for Payroll Supervisor at Greenfield Agro Industries, Ikeja, on Tuesday. The panel appreciated your preparation and your clear answers on statutory deductions. However, the team needed someone who has already run payroll for 200+ staff across multiple sites, and we have therefore decided not to proceed with your application.

We wish you every success.

Yours faithfully,
Adaeze Nwosu
Human Resources`, 'Payroll Supervisor - Interview Outcome'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Rahul,

Thanks for applying for the Finance Systems Analyst role at Vantora Consulting, Pune. As the role calls for hands-on SAP FICO configuration, we've gone with candidates who have it. We'd be glad to see your application again for future openings on our careers page.

Regards,
Talent Acquisition Team`, 'Your application - Finance Systems Analyst'),

  rej('screen', ['skills_gap'], { ...fb },
    `G'day Liam,

Thanks for the chat yesterday arvo. I've had a think and unfortunately without a Heavy Rigid (HR) licence we can't take this further - the client is firm on it from day one. Sorry mate, I know you were keen.

Cheers,
Brooke Tanner
Recruitment Consultant | Southern Cross Logistics Recruitment, Brisbane`, 'Re: Driver role - Rocklea'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Dr Hamilton,

Thank you very much for meeting with Professor Lyle and myself on 3 September to discuss the QC Analyst position at Bramwell Biologics. We genuinely enjoyed hearing about your doctoral work and your enthusiasm for the role came through clearly.

As you may know, this post sits within our GMP release laboratory and we received a large number of applications from well-qualified people. The panel reviewed every interview in detail against the person specification, and in particular against the minimum of five years in a regulated lab, which is set by our quality agreement with the client. As your experience to date has been largely in an academic setting, we are unable to offer you the post on this occasion.

I realise this will be disappointing. If you would like to talk it through, I'm happy to arrange a short call.

With best wishes,

Helen Achterberg
HR Business Partner
Bramwell Biologics Ltd | Registered in England and Wales No. 08812345
This email and any attachments are confidential.`, 'QC Analyst (Ref BB-2291)'),

  rej('application', ['skills_gap'], { ...fb },
    `Thank you for your interest in the Senior Accountant position at Harlow & Pike LLP.

We have reviewed your application carefully. This role requires a full ACA or ACCA qualification, and as your application indicates you are part-qualified, we are unable to progress it further.

Please do not reply to this email. This mailbox is not monitored.

Harlow & Pike Recruitment
Powered by Talentreef`, 'Harlow & Pike LLP: Your application'),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Hi Jordan,

I wanted to call but couldn't reach you, so here it is in writing. Thank you for spending the whole day with us on Thursday - everyone on the final panel said how much they enjoyed it, and your presentation was one of the strongest we saw.

In the end it came down to Kubernetes. The team is going to be running the migration off our own hardware in Q1 and they need someone who has operated production clusters already, rather than someone who would be learning it on the job. The person we've chosen has done exactly that at their last two companies. It was close.

I'd really like to stay in touch. When we open the platform lead role next year I'll reach out to you first.

Best,
Dana Whitfield
VP Engineering, Orchard Health (Denver)`, 'Thursday'),

  rej('assessment', ['skills_gap'], { ...fb },
    `Dear Candidate,

Thank you for completing the written exercise for the Translator (Japanese-English) post. Before the exercise was marked, our compliance team noted that the role requires a JLPT N1 certificate and your application lists N2. We are therefore unable to progress your application.

Regards,
Linguaport Resourcing`, 'Application update - Ref LP/4471'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Mei Xin,

Thanks for coming in to meet Jason and me last Wednesday. We liked your portfolio a lot, and the redesign of the booking flow was lovely work.

After talking it over, we're not going to move forward. For this hire we really need someone who can write production React themselves, since the design team ships its own front-end components, and that's not something you've done yet. It's a small team and we can't carry a learning curve there right now.

All the best,
Shirley Koh
Design Lead, Kopi Studio Pte Ltd`, 'Product Designer role'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant,

Re: Application for the post of Procurement Officer

We acknowledge receipt of your application. Please note that the advertised position requires a minimum of HND/B.Sc in Purchasing and Supply or related field plus MCIPS membership. Your application did not meet the MCIPS requirement and has not been shortlisted.

Thank you for your interest in Zenith Cement Plc.

Management`, 'Application for Procurement Officer'),

  rej('screen', ['skills_gap', 'salary'], { ...fb },
    `Hi Ankit,

Great speaking earlier. I've fed back to the client and they've come back with a no, for two reasons really: they want someone who's done Salesforce CPQ implementations end to end (your experience is mainly on Sales Cloud), and the ₹42 LPA you mentioned is well above the band they have, which tops out at about 30.

Sorry it's not better news - I'll keep you in mind for other roles.

Thanks,
Nikhil Arora
Principal Consultant, Kestrel Search Partners, Gurugram`, 'Salesforce role - client feedback'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Thomas,

Thanks for your time on the video call on Friday. We won't be taking your application further: fluent German is essential for this account, as most of the client's stakeholders are in Munich, and it sounded like yours is at conversational level.

Kind regards,
Petra Lind
Account Director, Nordbrook Communications`, 'Account Manager - DACH'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Hello Priscilla,

Thank you for applying to the Clinical Nurse Educator role with Westmead Regional Health. Unfortunately we are unable to progress your application: the role requires current AHPRA registration, and as you are based overseas without Australian work rights we would also not be able to sponsor a visa for this position.

Kind regards,
Recruitment Services
Westmead Regional Health`, 'Your application - Clinical Nurse Educator (REQ 77812)'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Chloe,

I hope your week is going well. I wanted to get back to you personally after your interview with Matt and the team on Monday.

First, thank you. You clearly prepared, you asked good questions about how we onboard clients, and Matt said your answer on handling the angry customer scenario was the best he'd heard.

We've decided not to offer you the Customer Success Manager position. The one thing we kept coming back to was the B2B SaaS renewals side: about half of this role is owning renewal conversations with accounts over $100k, and we felt you'd need more time in that kind of contract work before taking it on. That's the honest reason.

We're growing quickly and expect to hire associate CSMs in spring. I'd love for you to apply when those go up.

Warmly,
Renee Castillo
Head of People, Loopwise (Austin, TX)`, 'Following up from Monday'),

  rej('application', ['skills_gap'], { ...fb },
    `Your application for Electrician (Maintenance) at Kalgoorlie Site has not been successful. The position requires an unrestricted electrical licence (WA) and current Working at Heights ticket. Thank you for your interest.

-- This is an automated message from Pulse Careers. Do not reply.`, 'Application status changed'),

  rej('final', ['skills_gap'], { ...fb },
    `Dear Kwame,

Thank you for participating in our assessment centre last week and for the energy you brought to the group exercise.

We have now reviewed the results from all finalists. While your performance was solid, the business has confirmed that the Credit Risk Analyst role requires at least three years of IFRS 9 modelling experience, and on that basis we will not be extending an offer.

Yours sincerely,
Temitope Adeleke
Graduate & Experienced Hires, Pinnacle Trust Bank`, 'Assessment centre outcome'),

  rej('screen', ['skills_gap'], { ...fb },
    `hi sam, thanks for the call. honestly the blocker is the security clearance - it's an SC-cleared role and the client won't sponsor. sorry, wish it was different.
andy`, 'Re: Re: Infra role'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Mr Venkataraman,

Greetings from Sundaram Infotech!

We thank you for attending the technical interview for the post of Lead Data Engineer. We appreciate your interest in joining our organisation.

After detailed evaluation, we regret to inform you that your candidature has not been shortlisted for the next round, as the project requires strong hands-on experience in Apache Spark with Scala, which was found to be limited.

We wish you all the best for your future endeavours.

Thanks & Regards,
HR Team
Sundaram Infotech Pvt Ltd, Chennai`, 'Interview Status - Lead Data Engineer'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Amelia,

Thanks so much for your interest in the Solicitor (Employment) role at Carrick Law. We were impressed by your application.

For this role we are looking for someone with at least 4 years PQE, so we won't be taking things further this time. We often recruit at junior level though, so please keep an eye on our vacancies page.

Best wishes,
Carrick Law Recruitment Team`, 'Solicitor (Employment) - Carrick Law'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Dev,

Quick note from me - I'm the founder here, we're only eight people so I do most of the hiring myself.

Really enjoyed our conversation last week. You've done interesting things and I liked how you thought about the pricing problem.

I'm going to pass though. Where we are right now, the first growth hire has to have run paid acquisition with real budget - I'm talking six figures a month - and you've mostly done organic and content. That's a valuable skill set, just not the one I need first.

Good luck out there,
Oli
Founder, Tidewell`, 'Growth role'),

  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Dear Nurul,

Thank you for interviewing with us for the Regional Compliance Manager role.

After consideration, we will not be moving forward. The role requires a qualification recognised by the Monetary Authority of Singapore, such as the ICA Advanced Certificate, and it is based full-time in our Marina Bay office, which you indicated would not be possible given your move to Kuala Lumpur.

Best regards,
Grace Lim
Talent Acquisition, Meridian Capital Asia`, 'Regional Compliance Manager'),

  rej('assessment', ['skills_gap'], { ...fb, ...offered },
    `Hi Ben,

Thanks for sending the case study back so promptly.

We read it through and I'll be straight with you: the commercial thinking was good, but it showed you haven't yet worked with healthcare procurement rules (NHS frameworks), and that's the bread and butter of this role. So we're going to stop here.

If you want to talk about it, just reply and we'll find a time.

Fiona
Bid Director, Haverleigh Medical`, 'Case study'),

  rej('application', ['skills_gap'], { ...fb },
    `Thank you for applying to Northpoint Freight. We are unable to move forward with your application for Forklift Operator (Night Shift) as a current high-risk work licence (LF) was not provided. — Northpoint Freight Careers`, 'Northpoint Freight - Application Update'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Ifeoma,

Thank you for the time you spent with our panel at the Abuja office. I am writing to let you know the outcome.

The panel were pleased with your knowledge of oil and gas contracts and found you articulate. However, the position demands a minimum of seven years post-call experience with at least three in energy arbitration, and on review your arbitration experience falls short of this. We will therefore not be proceeding.

We thank you for your interest in Adewale & Partners.

Yours faithfully,
For: Adewale & Partners
Olumide Fashola, Head of Chambers Administration`, 'RE: Senior Associate Interview'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Jessica,

Thanks for applying for the Data Scientist II role at Calloway Insurance. We've reviewed your background and we're looking for candidates with a master's or PhD in statistics or a quantitative field, so we won't be moving forward with your application at this time.

Thanks again,
Calloway Insurance Talent Team
via Workbench ATS`, 'Thanks for applying to Calloway Insurance'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Arjun,

Hope you're well! First off, thanks for the two rounds of conversations with Neha and Sachin over the last fortnight - they both enjoyed it and said your stakeholder stories were very real.

I've got an update, and unfortunately it's not the one we'd both hoped for. The team has decided not to go ahead with your profile for the Product Manager, Payments role. The feedback was largely positive, but the hiring manager felt it was important that the person has worked directly with UPI and NPCI integrations, given the roadmap for the next two quarters, and that gap came up in both rounds.

I'll keep your details and reach out if there's something that fits better, perhaps on the lending side.

Regards,
Shreya Iyer
Talent Partner, Paysetu (Bengaluru)`, 'Update on PM Payments'),

  rej('screen', ['skills_gap'], { ...fb },
    `Dear Chen Wei,

Thank you for speaking with me on Monday. I've shared our conversation with the hiring team. As the role needs someone fluent in Bahasa Indonesia for the Jakarta clients, they have decided not to proceed.

Best,
Melissa Tan
HR, Corvana Pte Ltd`, 'Follow-up'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Sir/Madam,

Your application for Teacher (Secondary Mathematics) has been reviewed. Applicants must hold Qualified Teacher Status. As QTS was not evidenced, your application has not progressed to shortlisting.

Regards
Ashbourne Academy Trust HR`, 'Application outcome'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hey Tyler,

Thanks for hopping on with us Thursday. We liked you a lot, so this isn't easy to write. We're looking for somebody who's already shipped iOS apps in Swift to the App Store - our codebase is native and we don't have anyone senior to ramp up a React Native dev right now. We're going to keep looking.

Best,
Carmen
CTO, Fieldnote`, 'iOS engineer'),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Dear Ms Bose,

Re: Head of Internal Audit - Final Interview

Thank you for meeting the Audit Committee Chair and CFO as part of the final stage of our process. We were very grateful for the time and thought you gave to the discussion.

The Committee has concluded its deliberations. It has decided to appoint another candidate. Among the factors it weighed, the Committee placed particular importance on prior experience of reporting directly to a listed company's audit committee, which the appointed candidate brought.

Should you wish to discuss the decision, I would be pleased to arrange a call.

Yours sincerely,
Arvind Menon
Company Secretary, Trivance Industries Ltd, Mumbai`, 'Head of Internal Audit'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Sophie, thanks for your application for the Veterinary Nurse role. We need someone who is RCVS registered, so we can't take this further right now. All the best - Harbour Vets, Falmouth`, 'Veterinary Nurse'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hello Emeka,

Thank you for attending the interview for Site Engineer at Lekki. The committee has decided not to proceed with your application as COREN registration is a condition of the role.

Kind regards,
HR, Ironbridge Construction Nig. Ltd`, 'Site Engineer Interview'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Hannah,

Thank you for your interest in Greybridge. We've reviewed your application for the Clinical Psychologist role in our Perth practice; as the position requires endorsement in clinical psychology from the Psychology Board, we're unable to progress it at this time. We'll keep your details on file for provisional roles.

Warm regards,
Greybridge Psychology`, 'Clinical Psychologist - Greybridge'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Marco,

Thanks again for interviewing. After debrief the team decided not to move forward, mainly because the role requires someone with experience leading SOC 2 audits, and we didn't hear that in your background.

Best,
Priya Raman
Security Hiring, Quillstack`, 'Quillstack interview follow-up'),

  rej('screen', ['skills_gap'], { ...fb },
    `Dear Aisha, thank you for taking my call on Friday. Having spoken with the client, they need a candidate with a full UK driving licence, as the role covers four sites across Lancashire. I'm sorry we cannot progress this one. Regards, Gemma Holt, Northwest Care Recruitment`, 'Care Coordinator - Preston'),

  // ── profile_mismatch
  rej('application', ['profile_mismatch'], {},
    `Dear Olivia,

Thank you for applying for the Marketing Executive role. Other applicants' backgrounds aligned more closely with what the team needs, so we won't be progressing your application.

Kind regards,
People Team, Marlow & Finch`, 'Marketing Executive'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Karthik,

Thank you for taking the time to interview with us for the Business Analyst position. We really enjoyed learning about your journey.

Your experience, while strong, isn't what we're looking for at this point. We'll keep your profile in our database and reach out if a suitable opportunity comes up.

Warm regards,
Divya Krishnan
Talent Acquisition, Orbitel Solutions, Hyderabad`, 'Interview Feedback - Business Analyst'),

  rej('application', ['profile_mismatch'], {},
    `Thank you for your interest in the Operations Lead position at Fernway. After reviewing your application, we've progressed candidates whose profiles are a closer match to the role's requirements.

We wish you the best in your search.

The Fernway Team
(This is an automated message sent via HireLoop. Replies are not monitored.)`, 'Your application to Fernway'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Natalie,

Thanks for the call on Tuesday, it was good to hear about what you're after. I've spoken with the hiring manager and they don't feel your background is quite the right fit for this one, so we won't be moving forward.

Cheers,
Josh Whitaker
Talent Partner, Corvid Labs (Melbourne)`, 'Re: Quick chat'),

  rej('final', ['profile_mismatch'], { ...offered },
    `Dear Mr Obi,

Thank you for your participation in the final stage of the recruitment process for Country Finance Director, and for the time you devoted to meeting our regional leadership in Accra and online.

You were one of three finalists for this position, which in itself reflects the strength of your candidacy. Following the conclusion of the panel discussions and a careful comparison of all finalists against the needs of the business over the next three years, the panel concluded that another candidate's experience was more closely aligned with the role. We have accordingly extended an offer to that candidate.

I would like to thank you personally for the professionalism you showed throughout. Should you wish to receive feedback on your interviews, please contact me directly and I will arrange it.

Yours sincerely,

Abimbola Harrison
Head of Talent, West Africa
Kestane Beverages Group`, 'Country Finance Director - Outcome'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Ryan,

Thanks for meeting with us last week. We've decided to move forward with candidates whose experience more closely matches the needs of the team.

Best,
Hiring Team, Parcelwise`, 'Parcelwise - Interview update'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Siti,

Thank you for your application to the Senior Executive, Corporate Communications role. We have reviewed it carefully against the requirements of the position. Regrettably, your profile does not match what we are seeking for this role.

We will retain your resume in our talent pool for twelve months and may contact you should a suitable vacancy arise.

Yours sincerely,
Human Resource Division
Straits Harbour Holdings Ltd, Singapore`, 'Your Application with Straits Harbour Holdings'),

  rej('interview', ['profile_mismatch'], {},
    `Hello Fatima,

Thank you again for coming in to see us at the Lagos Island office on Thursday. It was a genuine pleasure, and the team spoke highly of your warmth and professionalism.

After a lot of discussion, I'm sorry to tell you that we will not be moving forward with your application for the Client Relations Manager position. This was a hard decision. We met several very good people, and in the end we went with a candidate whose background sat a little closer to what this particular team needs right now.

Thank you once more for your interest in Harbourgate Wealth.

Best regards,
Tolu Ogunbiyi
HR Manager`, 'Client Relations Manager'),

  rej('application', ['profile_mismatch'], {},
    `Hi Max - thanks for applying. We had a look and don't think you're the right match for this role right now. Good luck! - Team Bramble`, 'Bramble: application'),

  rej('interview', ['profile_mismatch'], { ...offered, ...door },
    `Hi Ellie,

Thank you so much for chatting with Tom and me last Friday about the Events Manager role. I know you'd put a lot of thought into the sample plan, and we could tell.

I'm writing to let you know that we've decided not to take your application further. It was a really competitive field, and in the end we went with people whose experience lined up more closely with the brief.

If it's useful to talk things through, just let me know and I'll find 15 minutes. And please do keep an eye out for our roles in future - we'd be happy to see your name again.

All best,
Georgia Lamb
Studio Manager, Oak & Ember Events, Bristol`, 'Events Manager'),

  rej('screen', ['profile_mismatch'], {},
    `Dear Vikram,

Thank you for your time on the phone today. Based on our discussion, I don't think your profile is a match for this particular mandate, so I won't be putting you forward to the client.

Best regards,
Anjali Desai
Director, Northstar Executive Search, Mumbai`, 'Our call today'),

  rej('application', ['profile_mismatch'], {},
    `Dear Applicant,

Thank you for applying to Kinross Retail Group.

We appreciate the time you took to complete your application for Store Manager - Chatswood. We have carefully reviewed all applications and, on this occasion, we have identified other candidates whose skills and experience more closely align with the position.

Kind regards,
Kinross Careers

Please do not reply to this email. For privacy information, visit our careers site.`, 'Kinross Retail Group - Your Application'),

  rej('interview', ['profile_mismatch', 'salary'], {},
    `Hi Deepak,

Thanks for meeting with the team. We won't be moving ahead - we've found candidates whose experience is a closer fit, and the compensation you're targeting is also above what we've budgeted for this level.

Regards,
Sameer
Engineering Manager, Blueleaf Analytics`, 'Blueleaf - next steps'),

  rej('final', ['profile_mismatch'], {},
    `Hi Hamish,

Thank you for coming back in for the final round on Monday. I know that meant another day off work, and we're grateful.

The panel has made its decision and it's not good news, I'm afraid. Two of the three finalists had backgrounds that lined up more closely with where the product is heading, and we've offered the role to one of them.

Take care,
Isla McKenzie
Talent, Fathom Energy (Edinburgh)`, 'Final round'),

  rej('application', ['profile_mismatch'], {},
    `Hello Adebayo,

Thank you for submitting your application for the position of Relationship Officer. After careful review, we regret to inform you that your qualifications do not match our current requirements for this role.

Kind regards,
Recruitment Unit, Crownfield Microfinance Bank`, 'Your Application'),

  rej('assessment', ['profile_mismatch'], {},
    `Hi Leah,

Thanks for completing the writing exercise. We've decided to progress other candidates whose experience is a stronger match for the role, so we won't be moving you to the interview stage.

All the best,
The Editorial Team, Quayside Media`, 'Staff Writer - update'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Joanne,

Further to your interview on 14 November for the role of Learning & Development Partner, I am writing to advise you that on this occasion you have not been successful.

I would like to stress that this decision was not a reflection on your abilities; we simply felt that other candidates' experience was better suited to this particular role.

We would encourage you to apply for future vacancies with us.

Yours sincerely,
Sarah Pemberton
Resourcing Advisor, Calder Valley Housing Association`, 'Interview outcome'),

  rej('application', ['profile_mismatch'], {},
    `Hey Chris,

Thanks for applying to be our first Ops hire! Honestly we got way more applications than I expected. I've read every one and I'm going with folks whose backgrounds are closer to what we need at this stage, so I'm not going to move forward with yours.

Thanks for the interest in Pebblepost,
Nina (founder)`, 'Pebblepost ops role'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Ms Ng,

Thank you for attending the interview for Assistant Manager, Treasury Operations. We regret to inform you that after due consideration, we have decided to proceed with other candidates whose profiles better meet our needs.

We wish you success in your career.

Regards,
Human Capital Department
Lion City Bancorp`, 'Interview result'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Aoife,

Lovely to chat on Wednesday. I've discussed your background with the hiring manager and we agreed it's not quite the right match for this role. That said, I'd like to keep your CV on file as we have a few openings coming in the new year.

Best,
Ruth Daly
Talent Acquisition, Lantern Health`, 'Following up'),

  rej('application', ['profile_mismatch'], {},
    `Dear Priyanka Sharma,

Thank you for applying for Associate - Strategy (Req ID 20931) at Mercer Hollis India.

We have reviewed your application and regret to inform you that we will not be proceeding, as we have shortlisted candidates with a closer fit to the role profile.

Best regards,
Mercer Hollis Campus & Lateral Hiring
*** This is a system-generated email. Please do not reply. ***`, 'Mercer Hollis: Application Status Update'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Jake,

Thanks for the conversation on Tuesday with Leanne and Paul. Unfortunately we've decided not to take your application further for the Warehouse Supervisor role; we saw candidates whose experience better suited this site.

If you'd like some feedback, give me a ring on 07 3154 2280.

Cheers,
Kylie Brennan
HR Coordinator, Ridgeway Distribution, Toowoomba`, 'Warehouse Supervisor'),

  rej('application', ['profile_mismatch', 'location'], { ...fb },
    `Hi Nate,

Thank you for your application for the Field Sales Representative (Ohio territory). We're looking for someone based in or near Columbus, and other candidates' experience more closely matched the role, so we won't be moving forward.

Best regards,
Recruiting, Brightwater Supply Co.`, 'Field Sales Representative'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Ravi,

Thank you for being part of the final round for the Head of Data position at Konark Retail. It was a difficult choice between a small number of excellent finalists, and after much deliberation we have selected a candidate whose profile is more aligned with our current priorities.

We would be delighted to stay in touch and will reach out if a senior opportunity opens up that suits your experience.

Warm regards,
Meenakshi Rao
CHRO, Konark Retail Ltd`, 'Head of Data - Final round outcome'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Oluwaseun,

Many thanks for your time on the Teams call with our CTO yesterday.

We have now completed the interviews. I'm sorry to say that we won't be offering you the role. It wasn't an easy call, but the feedback was that your experience isn't quite what we're looking for in this hire.

Kind regards,
Yemi
People Ops, Flowcash Technologies`, 'Backend Engineer interview'),

  rej('application', ['profile_mismatch'], { ...door },
    `Thank you for your application for the role of Graduate Engineer.

We received a high volume of applications. Having reviewed yours, we found that your profile is not the closest match for this position. We encourage you to apply for other roles at Tasman Water that match your skills and experience.

Regards,
Tasman Water Talent Team`, 'Tasman Water - Graduate Engineer'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Ahmed,

I hope this email finds you well.

Thank you for meeting with myself and Claire last Thursday to discuss the position of Senior Quantity Surveyor. We were grateful for the time you took to travel to Leeds, and we appreciated your candid account of the projects you have delivered over the past few years.

As you know, we have been interviewing for this role for several weeks and we have met a number of capable people. Having now reflected carefully on all the interviews, I am afraid we have concluded that other candidates are a closer match for what we need on the current pipeline of work. We will therefore not be taking your application any further.

Thank you again for your interest in Hadley Oakes. I wish you the very best with your search.

Regards,

Richard Hadley
Director
Hadley Oakes Construction Consultants
Registered office: 4 Park Row, Leeds LS1 5HD`, 'Senior Quantity Surveyor'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Kelechi, thanks for speaking with me earlier. After reviewing our notes, the team feels other applicants are a stronger fit so we'll stop here. Best, Ifeanyi - Talent, Savanna Health`, 'Re: our chat'),

  rej('application', ['profile_mismatch'], {},
    `Hello Ananya,

Thank you for your interest in joining CloudMint. After careful consideration, we've decided that your background isn't the right fit for the Technical Writer role at this time.

Best,
CloudMint Recruiting`, 'Update from CloudMint'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Jasmine,

Thanks for your time with the panel. We've now wrapped up interviews and I'm sorry to let you know we're progressing with someone whose experience matched our needs more closely.

Kind regards,
Wendy Lau
Recruitment, Harbourfront Hotels Singapore`, 'Guest Experience Manager'),

  rej('final', ['profile_mismatch', 'salary'], { ...fb },
    `Dear Callum,

Thank you for attending the final interview for Commercial Director. I'm afraid we won't be making you an offer. The board felt another finalist's profile was more closely aligned with our plans, and your package expectations of £165k were also some way beyond the £130k we had set aside.

Regards,
Moira Stevens
Chair, Linfield Foods`, 'Commercial Director'),

  rej('application', ['profile_mismatch'], {},
    `We appreciate your interest in Statewide Credit Union and the time you invested in applying for the Member Services Officer position. Although your qualifications are impressive, we have chosen to move forward with applicants whose experience more closely fits our current needs.

Sincerely,
Statewide Credit Union Human Resources`, 'Statewide Credit Union Application'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Tanvir,

Thank you for your interest in the Research Associate role and for the interview last week.

We've now reached a decision, and while we enjoyed talking to you, we have chosen a candidate whose background was a stronger match. Please do apply for future roles with the lab - we post regularly.

Best wishes,
Dr Ellen Faraday
Principal Investigator, Kinloch Institute`, 'Research Associate'),

  rej('assessment', ['profile_mismatch'], {},
    `Dear Arun,

Thank you for completing the online assessment for Graduate Analyst. Having reviewed your overall application, we have decided to progress candidates who more closely match the profile we are looking for.

Regards,
Early Careers Team, Stanmore Asset Management`, 'Graduate Analyst - Application update'),

  // ── generic
  rej('application', ['generic'], {},
    `Dear Hannah,

Thank you for applying for the HR Advisor position. We had a very strong field and, after careful consideration, we won't be progressing your application.

Kind regards,
Whitcombe Group HR`, 'HR Advisor'),

  rej('interview', ['generic'], {},
    `Hi Sean,

Thank you for interviewing with us. We've decided to move forward with other candidates.

Best,
Talent Team, Northwind Robotics`, 'Northwind Robotics - Interview'),

  rej('application', ['generic'], { ...door },
    `Hi Aditi,

Thank you for your interest in Zestora and for applying to the Content Strategist role. We received an overwhelming response for this position. After careful consideration we won't be progressing your application at this stage.

We'd love for you to keep an eye on our careers page and apply for future roles.

Cheers,
Team Zestora`, 'Your application at Zestora'),

  rej('final', ['generic'], { ...offered },
    `Dear Laura,

I hope you are well, and thank you once again for the time and effort you put into the final stage of our process for the Head of Partnerships role. Meeting the executive team over a full afternoon is no small thing, and I want to acknowledge that.

I've now had the chance to speak with everyone involved. I'm sorry to say that we will not be offering you the position. This was one of the hardest decisions we have made this year, and it should not take away from the impression you left with all of us.

If you would find it helpful to hear more, please let me know and I'll set up a call.

With best wishes,
Catherine Holloway
Chief People Officer, Stellary`, 'Head of Partnerships'),

  rej('screen', ['generic'], {},
    `Hi Dylan, thanks for the call last week. Just letting you know we won't be moving forward. Good luck with everything. - Mia, Recruiting @ Halcyon`, 'Re: Halcyon'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for applying for the post of Administrative Officer at Oyo State Polytechnic. We regret to inform you that you were not shortlisted.

Registrar`, 'Application Status'),

  rej('assessment', ['generic'], {},
    `Hi Lucas,

Thanks for completing the take-home task and sending it over. We've reviewed all submissions, and we've decided not to move you forward in the process.

Thanks for your time,
Kit
Hiring @ Ferrous`, 'Ferrous take-home'),

  rej('interview', ['generic'], { ...door },
    `Dear Ms Chatterjee,

Thank you for attending the interview for the position of Senior Manager - Compliance on 12 October. After careful consideration, we regret to inform you that we will not be proceeding with your candidature at this time.

We appreciate your interest in Avanti Finserv and will retain your details for future opportunities.

Warm regards,
Talent Acquisition
Avanti Finserv Ltd`, 'Interview Outcome - Senior Manager Compliance'),

  rej('application', ['generic'], {},
    `Thank you for your application to Bellwether Insurance. Unfortunately, we will not be progressing your application for Claims Handler (Ref BW1192) further. We wish you every success in your search.

This is an automated email from Tribepad. Please do not reply.`, 'Bellwether Insurance - Claims Handler'),

  rej('interview', ['generic'], {},
    `Dear Joshua,

Thank you for taking the time to meet with us regarding the Operations Analyst role. It was a pleasure getting to know you, and we were impressed with your background and accomplishments.

We have had a strong pool of candidates and, after much deliberation, we have decided not to proceed with your application.

We wish you the very best of luck in your search.

Sincerely,
Andrea Morales
Human Resources, Cascade Regional Health`, 'Operations Analyst'),

  rej('final', ['generic'], {},
    `Hi Ngozi,

Thank you for completing the final interviews with our leadership team last week. We really appreciated the time and the thought you put in.

After careful consideration we have decided not to proceed. I know this is disappointing news after getting so far.

Kind regards,
Bisi Coker
Talent Lead, Lumen Africa`, 'Final interview outcome'),

  rej('application', ['generic'], {},
    `Hi Grace,

Thanks heaps for applying for the Barista role at Little Wren. We had loads of great applications and unfortunately you haven't been selected this time.

Cheers,
Sal & the Little Wren crew, Fremantle`, 'Little Wren - Barista'),

  rej('interview', ['generic'], {},
    `Dear Mr Lim,

Thank you for attending the interview with us on 8 May 2024.

We regret to inform you that your application has been unsuccessful. We thank you for your interest in Sentosa Marine Services.

Yours faithfully,
HR Department`, 'Interview Outcome'),

  rej('assessment', ['generic'], {},
    `Dear Rohan,

Thank you for completing the pre-employment background verification as part of your application for Associate Consultant. Following the verification process, we are unable to proceed with your candidature.

Regards,
HR Operations, Tessaract Consulting`, 'Candidature update'),

  rej('interview', ['generic'], { ...offered },
    `Hi Bella,

Thanks for coming in on Monday to meet Ollie and Sanjay. We enjoyed it a lot.

We've made our decision and it's not going to be you this time, I'm afraid. I'm sorry - I know you were excited about this one. If you'd like feedback, drop me a line and I'll give you what I can.

Best,
Harriet
Talent, Plumline (London)`, 'Plumline - update'),

  rej('application', ['generic'], {},
    `Dear Applicant, thank you for your interest in the Customer Service Representative role at Pioneer Telecom. After careful consideration we have decided not to move forward with your application. Regards, Pioneer Telecom Talent Acquisition. Do not reply to this message.`, 'Your Pioneer Telecom application'),

  rej('final', ['generic'], {},
    `Dear Sunil,

Thank you for attending the final round for the Plant Head position at our Nashik facility. We sincerely appreciate the effort you made to travel.

After careful evaluation of all the finalists, management has decided not to proceed further with your candidature.

With regards,
Corporate HR, Deccan Polymers Ltd`, 'Plant Head - Final Round'),

  rej('interview', ['generic'], {},
    `Hi Isaac,

I wanted to write to you myself rather than send a form email. First, thank you for the conversation on Thursday - I genuinely enjoyed it, and you asked better questions about our unit economics than most investors do. You obviously did your homework on Sprigly.

We've now finished this round of interviews for the Head of Finance role and after a lot of back and forth between myself and my co-founder, we've decided not to move forward with you. I'm sorry. There's no single thing I can point to, and I don't want to invent one.

Thanks again and all the best,
Ava Brennan
Co-founder & CEO, Sprigly

Sprigly Ltd, 21 Calvert Ave, London E2 7JP`, 'From Ava at Sprigly'),

  rej('application', ['generic'], {},
    `Hi Wei Jie, thank you for applying to the Software Engineer Intern position at Arclight. We regret that we are unable to offer you a place in our programme this year. Best, Arclight University Recruiting`, 'Arclight internship application'),

  rej('screen', ['generic'], {},
    `Dear Chiamaka,

Thank you for the phone interview on Wednesday. We appreciate your interest in Verdant Foods. After careful consideration, we will not be inviting you to the next stage.

Kind regards,
HR Team`, 'Phone interview - Verdant Foods'),

  rej('interview', ['generic'], { ...door },
    `Hey Zoe,

Thanks a lot for meeting the team on Friday. We've decided not to move ahead this time. Really hope you'll think of us again down the line - please do apply for anything else that catches your eye.

Best,
Tom @ Wavelet`, 'Wavelet - Designer'),

  rej('application', ['generic'], {},
    `<p>Dear Emily,</p><p>Thank you for applying for the role of <b>Legal Assistant</b> at Grantham Shaw.</p><p>We regret to advise that your application has not been successful on this occasion.</p><p>Kind regards,<br>Grantham Shaw Recruitment</p><p style="font-size:10px">You are receiving this because you applied via our careers portal. Unsubscribe</p>`, 'Grantham Shaw - Legal Assistant'),

  rej('final', ['generic'], { ...door },
    `Hi Marcus,

Thanks so much for spending the day with us at the onsite on Tuesday. We know it's a lot - five conversations back to back - and everyone appreciated how engaged you were.

After the team's debrief, we've decided not to extend an offer. I'd love to stay in touch, and I'll reach out if another role opens that could be a good fit.

Warmly,
Keisha Grant
Senior Recruiter, Brightpath Learning (Seattle)`, 'Following up on your onsite'),

  rej('interview', ['generic'], {},
    `Dear Tunde,

Further to your interview for the role of Internal Control Officer, we write to inform you that you were not successful.

We thank you for your interest in Oakline Energy Ltd.

Yours faithfully,
For: Human Resources`, 'Re: Internal Control Officer Interview'),

  rej('application', ['generic'], {},
    `Hi Ethan,

Thanks for applying to the Junior Developer role. Sadly we won't be taking your application further on this occasion, but thank you for thinking of us.

Katie
Office Manager, Pixelmill, Newcastle`, 'Junior Developer'),

  rej('assessment', ['generic'], { ...door },
    `Dear Farah,

Thank you for attending the aptitude test for Management Trainee at Kingsbridge Bank. We have completed the evaluation of all candidates and regret to inform you that you have not been selected to progress.

We encourage you to apply for future openings.

Yours sincerely,
Kingsbridge Bank Graduate Recruitment`, 'Management Trainee - Test Outcome'),

  rej('interview', ['generic'], {},
    `Hi Rohit, thanks for your time in yesterday's interview. We'll not be moving forward with your profile. Regards, Pooja (HR), Finlytic`, 'Interview feedback'),

  rej('application', ['generic'], {},
    `Dear Jack,

Thanks for your application for the Apprentice Electrician position with Coastline Electrical. We received many applications and unfortunately you have not been selected for an interview.

Regards,
Coastline Electrical, Gold Coast`, 'Apprentice Electrician'),

  rej('interview', ['generic'], {},
    `Dear Sarah,

Thank you for interviewing for the Practice Manager role. Following reference checks, we regret that we are unable to offer you the position.

Kind regards,
Dr Andrew Patel
Riverside Medical Centre`, 'Practice Manager'),

  rej('screen', ['generic'], {},
    `Hi Adrian,

Appreciate you taking the screening call on Monday. The team has decided not to proceed to the next round. Wishing you the best.

Regards,
Jolene Tay
Talent Acquisition, Nexbridge Pte Ltd`, 'Nexbridge - Screening call'),

  // ── more pairs
  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Hi Daniel,

Thank you for the video interview on Wednesday. We won't be progressing: the role needs someone with hands-on PLC programming (Allen-Bradley specifically), and it's fully on site in Geelong, which doesn't work with your plan to stay in Sydney.

Regards,
Tess Morgan
Engineering Recruitment, Corio Manufacturing`, 'Controls Engineer'),

  rej('application', ['profile_mismatch', 'salary'], { ...fb },
    `Dear Olumide,

Thank you for applying for the Finance Manager position. We have decided not to proceed: other applicants' profiles were closer to what we need, and your stated salary expectation of N1.8m monthly is above the range approved for this position.

Regards,
HR, Tamarind Foods Ltd`, 'Finance Manager application'),

  rej('screen', ['profile_mismatch', 'location'], { ...fb },
    `Hi Clara,

Thanks for the chat. I don't think this one is right: the client has gone with people whose backgrounds sit closer to the brief, and they need someone in the London office four days a week, which you said wasn't possible from Brighton.

Best,
Luke
Harrow Lane Recruitment`, 'Re: Product Marketing role'),

  rej('final', ['skills_gap', 'salary'], { ...fb, ...offered },
    `Dear Karan,

Thank you for completing the final panel for Engineering Manager. We have decided not to extend an offer. The panel wanted someone who has already managed managers (a team of 25+ through leads), and we were also some distance apart on compensation - your expectation of ₹85 LPA against our band of ₹60-68 LPA.

Happy to share more detail if useful.

Regards,
Nisha Gupta
Talent Acquisition Lead, Brightcart`, 'Engineering Manager - Outcome'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Tobi,

I'm sorry for the delay in getting back to you after your interview last month - things have been hectic here.

We've now made a decision on the Graphic Designer role and won't be moving forward with you. Others we met were a closer fit for what the studio needs.

Best regards,
Chinedu
Creative Director, Redbrick Studio, Lagos`, 'Re: Graphic Designer role'),

  // ── paused
  hold('interview', ['role_closed'], {},
    `Hi Sophie,

Thanks for your patience since your interview on the 3rd. I wanted to let you know that the Marketing Manager hire has been paused while the leadership team finalises next year's budget. You're still very much in the process and I'll be in touch as soon as we have clarity, hopefully by mid-January.

Best,
Eleanor
People Team, Fairmile Group`, 'Marketing Manager - update'),

  hold('application', ['generic'], {},
    `Dear Applicant,

Thank you for your application for Systems Administrator. Due to the high number of applications, the shortlisting process is taking longer than expected. We will contact you with an update by 20 December.

Regards,
Recruitment Team, Pennine Borough Council`, 'Systems Administrator - delay'),

  hold('final', ['role_closed'], {},
    `Hi Anand,

Thanks again for the final round. I wanted to be upfront: we've had a hiring freeze announced across the region this week, and the Regional Sales Director role is on hold for now. No decision has been made on your candidacy - we'll pick it straight back up once the freeze lifts.

Regards,
Farhan Ali
Talent Partner, Alcova Singapore`, 'Regional Sales Director'),

  hold('screen', ['generic'], {},
    `Hi Blessing, thanks for the call last week. The hiring manager is on leave until the 15th, so the next step will be a little delayed. I'll come back to you once she's back. Thanks for bearing with us - Ope, Talent @ Mintyard`, 'Re: next steps'),

  hold('assessment', ['role_closed'], {},
    `Dear Gaurav,

Thank you for submitting the case assignment. We'd like to let you know that the role is temporarily on hold due to an internal restructure. We are not closing your application and will update you within the next four weeks.

Regards,
HR, Sarthi Logistics`, 'Case assignment - status'),

  // ── look-alikes
  other(`Dear Ifeanyi,

Thank you for your application for the position of Audit Associate. We have received it and our team will review it carefully. Shortlisted candidates will be contacted within two weeks.

Kind regards,
Recruitment, Brookstone & Co. Chartered Accountants`, 'Application Received'),

  other(`Hi Rachel,

Thanks for interviewing with us on Thursday. The team enjoyed meeting you and we'd like to invite you to the final round with our VP of Product. Could you share your availability next week?

Best,
Molly
Recruiting, Canopy Health`, 'Next steps - final round'),

  other(`Dear Mr Iyer,

We are pleased to offer you the position of Senior Data Engineer at Sundial Analytics, Bengaluru, with a fixed CTC of ₹38,00,000 per annum. Please find the offer letter attached and confirm your acceptance by 15 January.

Regards,
HR, Sundial Analytics`, 'Offer of Employment'),

  other(`Hi Kate,

Thanks for letting us know you've accepted another offer and would like to withdraw. We've closed your application for the Account Executive role. Congratulations and best of luck in the new job!

Cheers,
Sam
Talent, Ferngrove`, 'Re: Withdrawing my application'),

  other(`Hi there,

Thanks for joining the Lumina Talent Community! We'll send you roles that match your profile as they come up. You can update your preferences at any time.

The Lumina Recruiting Team`, 'Welcome to the Lumina Talent Community'),

  other(`Dear Chukwuma,

Your application is currently under review. Our hiring team is assessing all applications against the role requirements and we will be in touch as soon as a decision is made.

Thank you for your patience.
Halden Energy Careers`, 'Application status: Under review'),

  other(`Hi Aarav,

Thank you for your interest in the Product Analyst role at Quantico. As the next step, please complete the online assessment using the link below within 72 hours. The test covers SQL and basic statistics.

Good luck!
Quantico Hiring Team`, 'Quantico - Online assessment'),

  other(`New jobs matching your search "project manager" in Manchester:
- Project Manager, Hollins Group - £45k-£52k
- Junior PM, Tessellate Digital - £32k
- Programme Coordinator, NHS Trust - Band 6

Not the right fit? Update your alerts.`, '3 new jobs for you'),

  other(`Dear Jun Hao,

Thank you for attending the first interview. We're pleased to let you know that you have been shortlisted for the second interview with the Head of Department on 14 March at 10am at our Tampines office.

Regards,
HR, Crestview Polyclinics`, 'Second interview invitation'),

  other(`Hi Liam,

Just a quick note to say we're still interviewing for the Sales Engineer role and expect to make a decision by the end of next week. You're still in consideration and we'll update you either way.

Thanks,
Renata
Talent, Quarrystone`, 'Quick update'),

  other(`Hi Zainab,

Thanks for your note asking for feedback. I've booked us a 20-minute call for Tuesday at 3pm to go through the panel's comments on your interview. Invite to follow.

Best,
Joseph
HR, Orisun Health`, 'Re: Feedback request'),

  other(`Dear Megan,

Following your final interview, I'm delighted to let you know that we'd like to offer you the role of Operations Manager. We'll send through the contract later today. Welcome aboard!

Warm regards,
Julie Carter
General Manager, Blue Gum Estates, Adelaide`, 'Great news!'),

  other(`Hello Ravi,

Thank you for applying to Nexora. Our team received your application for Cloud Engineer and will be in touch if your profile is a match. Meanwhile, feel free to explore our other openings.

Best,
Nexora Careers
This is an automated message. Please do not reply.`, 'We received your application'),

  other(`Hi Abigail,

Just confirming your interview for the Office Manager position on Monday 12 Feb at 11:00 with Mark Evans, at our office in Bath. Please bring photo ID.

Kind regards,
Sian
Reception, Penrose Architects`, 'Interview confirmation'),

  other(`Dear Temi,

We have carefully considered your application and are pleased to invite you to an assessment day at our Victoria Island office on 22 May. Details of the group exercise and presentation topic are attached.

Best regards,
Graduate Recruitment, Larkspur Bank`, 'Invitation: Assessment Day'),

  other(`Hi Harry,

Thanks for getting back to me. No problem at all about rescheduling - I've moved your interview with Jess to Thursday 4pm. Let me know if that doesn't work.

Cheers,
Bec
Talent, Wattle Software`, 'Re: Reschedule'),

  other(`Hi Nkechi,

Congratulations - you've passed the coding challenge for the Backend Engineer role! Our team would love to chat. Please choose a slot for a 45-minute technical interview using the link below.

Thanks,
Recruiting @ Tollgate Freight`, 'Coding challenge result'),

  other(`Dear Shalini,

This is to confirm that we have received your documents for background verification. The process usually takes 7-10 working days. Your joining date of 3 March remains unchanged.

Regards,
Onboarding Team, Vexon Technologies`, 'BGV documents received'),

  other(`Hi Ben,

We're not hiring for your area right now, but we'd love to keep in touch! Sign up to our monthly newsletter for news from the Driftwood engineering team, including new roles as soon as they open.

The Driftwood Team`, 'Stay in touch with Driftwood'),

  other(`Dear Candidate,

Thank you for your application to the Harcourt Graduate Leadership Scheme. Your online tests have been scored and you have progressed to the next stage. Please log in to your account to book your e-tray exercise.

Harcourt Early Careers Team`, 'Graduate Leadership Scheme: next stage'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Hui Min,

Thank you for meeting us for the Clinical Research Associate interview. We enjoyed the discussion. As the sponsor requires monitors with at least two years of independent site monitoring experience, we are unable to proceed with your application this time.

Best regards,
Joanne Chua
HR, Tembusu Clinical Pte Ltd`, 'CRA interview'),

  other(`Hi Mateo,

Thank you for your interest in Ridgeline. We've received your application for Data Analyst and it's with the hiring team. We'll be in touch once they've had a chance to review it - usually within 10 working days.

Best,
Ridgeline Talent`, 'Thanks for applying to Ridgeline'),
];
