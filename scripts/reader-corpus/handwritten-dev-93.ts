/**
 * Development messages of the ninety-third round: the polite template letter. Declines, pauses and look-alikes in the
 * voice of applicant tracking systems and large employers (graduate schemes, internships, big tech, banks, consumer
 * goods, retail, universities) in British, American and Indian English. Half of the declines are pure boilerplate:
 * praise for the background, a paragraph about a careful review against the requirements, advice to join the talent
 * community or set up job alerts, a mission statement, and no reason at all. The other half say the same things but
 * slip one clause of substance in among them: closer matches elsewhere, a missing skill, eligibility to work, pay
 * expectations, a filled or frozen role, an internal move, a test result. Look-alikes use the same words to acknowledge,
 * update, invite or welcome, and decline nothing.
 *
 * Labelling choices: praise and process words are never feedback and never a reason; talent-community and job-alert
 * invitations tied to future roles count as an open door; a bare "assessment not passed" is the assessment reason
 * without feedback, a score or a named weak section is feedback.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d93-');

export const HANDWRITTEN_DEV_93: readonly CorpusLine[] = [
  // ── Pure boilerplate declines: praise, process, advice, no reason
  rej('application', ['generic'], { ...door },
    `Hi Jordan,

Thank you for your interest in Quillfeather and for applying to the Product Designer position. We were impressed with your background and appreciate the time you invested in your application.

After careful review, we have decided not to move forward with your candidacy at this time.

We encourage you to keep an eye on our careers page and apply to future roles that match your skills and interests.

Best,
The Quillfeather Recruiting Team

Sent via Greenhouse`, 'Your application to Quillfeather'),

  rej('application', ['generic'], {},
    `Dear Ananya,

Thank you for applying for the role of Associate – Risk Analytics (Req ID R-0048812) at Marwick Stanton Bank.

Every application we receive is reviewed carefully against the requirements of the role. This decision reflects a careful review of your background and strengths, and we know it is not the news you were hoping for.

We regret to inform you that your application has not been taken forward on this occasion.

We wish you every success in your career.

Yours sincerely,
Talent Acquisition
Marwick Stanton Bank plc

This is an automated message from Workday. Please do not reply to this email as the mailbox is not monitored.`, 'Marwick Stanton Bank – Application Update'),

  rej('application', ['generic'], { ...door },
    `Hello Rahul,

Greetings from Vantara Infotech!

Thank you for showing interest in the position of Software Engineer – Trainee (Job Code VIT/2024/1187). We truly value the time and effort you have put in your application.

Your profile was thoroughly reviewed by our hiring team. We regret to inform you that we will not be able to proceed with your candidature at this point of time.

We request you to kindly keep your profile updated on our careers portal, as we will reach out to you in case of a suitable opening in future.

Wishing you all the very best.

Warm regards,
Talent Acquisition Team
Vantara Infotech Ltd., Pune

*** This is a system generated mail. Please do not reply. ***`, 'Update on your application - Vantara Infotech'),

  rej('application', ['generic'], {},
    `Hi Megan,

Thanks so much for applying for the Seasonal Sales Associate role at our Elmwood Plaza store.

We received a lot of great applications and it was clear you have a strong skill set. After reviewing your qualifications, we've decided to pursue other applicants for this position.

Thank you again for thinking of Hollis & Grange. We hope you'll continue to shop with us!

Hollis & Grange Stores Careers`, 'Hollis & Grange – your application'),

  rej('application', ['generic'], { ...door },
    `<p>Dear Tomasz,</p>
<p>Thank you for your application for the position of <b>Finance Graduate Programme 2025</b>.</p>
<p>Many factors contribute to any selection process and competition for places on our programme is always strong. On this occasion we will not be progressing your application further.</p>
<p>Our values – integrity, curiosity and care – guide everything we do, including how we recruit. We would be delighted if you joined our Talent Community to hear about future opportunities and events.</p>
<p>Kind regards,<br/>Early Careers Team<br/>Brannock Foods UK</p>
<p style="font-size:10px">Brannock Foods UK Limited, registered in England and Wales no. 04411928. Registered office: 2 Quay Street, Manchester M3 3HN.</p>`, 'Your Brannock Foods application'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your interest in Lorimer State University and the position of Administrative Assistant II, Office of the Registrar (Posting #24-0917).

The search committee has completed its review of applications. We regret to inform you that you have not been selected for further consideration.

Lorimer State is committed to building a diverse and inclusive community of faculty, staff and students, and we appreciate your interest in joining us.

Sincerely,
Office of Human Resources
Lorimer State University

This notification was generated by PeopleAdmin. Replies to this address are not read.`, 'Posting #24-0917 status'),

  rej('application', ['generic'], { ...door },
    `Hi Samira,

Thanks for taking the time to apply for the Customer Success Manager role at Fernway. Your experience is impressive, and we genuinely enjoyed learning about your background.

We've reviewed your application carefully and, unfortunately, we won't be moving forward at this time.

This isn't necessarily a reflection on your abilities. Hiring decisions depend on many things, some of which are outside of anyone's control. We'd love to stay in touch, so please feel free to apply again in the future. You can also follow us on LinkedIn for updates.

All the best,
Rosa
Fernway People Team

--
Sent with Lever`, 'Thanks from Fernway'),

  rej('application', ['generic'], {},
    `Dear Oluwaseun Adebayo,

Thank you for your interest in the Summer Analyst Internship (Investment Banking, London).

We have now completed our review of your application. Each application is assessed against a range of criteria, and this decision reflects a careful review of your background, academic record and motivation.

Unfortunately, we are unable to offer you a place in the next stage of our selection process.

We appreciate the interest you have shown in Harrowgate Capital and wish you well for the future.

Yours sincerely,
Campus Recruiting
Harrowgate Capital`, 'Harrowgate Capital | Summer Analyst Internship'),

  rej('application', ['generic'], { ...door },
    `Hi Kwame,

We wanted to reach out and thank you for your interest in joining Stellaric. We know that job searching takes time and energy, and we appreciate you considering us.

Our team has reviewed your application for Data Engineer II, and we've decided not to move forward with your candidacy.

Here are a few ways to stay connected:
• Join our talent community so our recruiters can reach out when new roles open
• Set up job alerts that match your skills and location
• Keep your profile up to date so we can find you

We're building tools that help scientists share data openly, and we'd love to have you along in some form.

Cheers,
Stellaric Talent

Powered by Ashby`, 'Stellaric // Data Engineer II'),

  rej('application', ['generic'], {},
    `Thank you for applying for Warehouse Operative (Nights) – DN4. We have reviewed your application and will not be taking it further. Thank you for your interest in Pellway Logistics.`, 'Application outcome'),

  rej('application', ['generic'], {},
    `Dear Emily,

Thank you for your recent application for the position of Marketing Executive with Corvane Beverages.

We were impressed with your background and the enthusiasm that came through in your cover letter. We appreciate the time you took to share your experience with us.

On this occasion we regret that your application has been unsuccessful.

At Corvane, our purpose is to refresh the world's everyday moments, and we believe our people make that possible. Thank you once again for your interest in being part of our story.

Yours sincerely,
Corvane Beverages Recruitment

Please note: This mailbox is not monitored.`, 'Marketing Executive - Corvane Beverages'),

  rej('application', ['generic'], { ...door },
    `Dear Priyanka Sharma,

Thank you for your application to the position of Business Analyst at Keshar Financial Services.

We appreciate your interest in Keshar and the time you spent on the application process. We have reviewed your qualifications against the requirements of the role and regret to inform you that we will not be taking your application forward at present.

Your resume will be retained in our database and we may contact you should a suitable vacancy arise.

Thanks & Regards,
HR Department
Keshar Financial Services Pvt. Ltd.
Gurugram, Haryana`, 'Your application at Keshar Financial Services'),

  rej('application', ['generic'], {},
    `Hello Diego,

Thank you for your interest in the Software Engineering Intern – Summer 2025 position at Nimbusfold.

We're fortunate to have so many talented students apply, and it was clear you have a strong skill set. Unfortunately, we're unable to offer you a position for this role.

Best of luck with the rest of your studies and your search.

Nimbusfold University Recruiting

Nimbusfold, Inc. · 400 Harbor Blvd · San Mateo, CA 94401
You are receiving this email because you applied for a position at Nimbusfold. Privacy Policy`, 'Your Nimbusfold application'),

  rej('application', ['generic'], {},
    `Dear Chloé,

Thank you for your interest in the Store Manager role (Ref: 88214) at Fenwright Home.

Following a careful review of your application against the requirements of the position, we regret to inform you that we have decided not to progress with your application.

Thank you for taking the time to apply, and we wish you the very best in your future career.

Fenwright Home Resourcing Team

Application ID: 88214-3310762 | SuccessFactors`, 'Your application for Store Manager'),

  rej('application', ['generic'], { ...door },
    `Hey Nadia 👋

Thanks for applying to be our first Growth Marketer! I read every application myself and yours was genuinely thoughtful.

I've decided not to take it further this time. We're a team of six and I can only say yes to a handful of conversations.

If you're still interested in Pebblecart later on, please reach out again — we'll be hiring a lot more next year.

Warmly,
Yusuf
Co-founder, Pebblecart`, 'Pebblecart growth role'),

  // ── Boilerplate after a call, test or interview; still no reason
  rej('screen', ['generic'], { ...door },
    `Hi Ethan,

Thank you for taking the time to speak with me on Tuesday about the Account Executive role. I really enjoyed our conversation and learning more about your career so far.

After discussing with the hiring team, we have decided not to move forward with your application at this stage.

I'll keep your details on file and will reach out if something comes up that could be a good match in future.

Best regards,
Hannah Whitlow
Talent Acquisition Partner | Orbisine`, 'Following up from our call'),

  rej('screen', ['generic'], {},
    `Dear Mr. Venkataraman,

Thank you for your time on the telephonic discussion with our HR team regarding the position of Plant Quality Lead at our Hosur facility.

We appreciate the insights you shared about your experience. After due consideration, we regret to inform you that we shall not be moving ahead with your candidature.

We wish you success in your professional endeavours.

Regards,
Human Resources
Sundaram Auto Components Ltd.`, 'Regarding your candidature - Plant Quality Lead'),

  rej('assessment', ['generic'], {},
    `Dear Harriet,

Thank you for completing the online assessments for the Cardell & Rowe Graduate Scheme.

We have now reviewed your application in full. Many factors contribute to any selection process, and we consider each applicant holistically. We're sorry to let you know that we won't be inviting you to the next stage.

Thank you for the effort you put into the process and good luck with your final year.

Graduate Recruitment Team
Cardell & Rowe LLP

Powered by Oleeo`, 'Cardell & Rowe Graduate Scheme - update'),

  rej('interview', ['generic'], { ...door },
    `Hi Liam,

Thank you for interviewing with us for the Senior Product Manager role. The team enjoyed meeting you and we were impressed with the thoughtfulness you brought to each conversation.

We've carefully considered all of the candidates and have made the difficult decision not to move forward with your candidacy.

We'd love to keep in touch. Please join our talent community and keep an eye on our careers page, as we expect to open new product roles later this year.

Warm regards,
Beatriz Alonso
Recruiting | Tessellate`, 'Tessellate - Senior Product Manager'),

  rej('interview', ['generic'], {},
    `Dear Ms. Okafor,

Thank you for attending the interview for the position of Research Administrator in the School of Biological Sciences on 12 March.

The panel has now concluded the selection process. I am sorry to inform you that on this occasion your application has been unsuccessful.

Thank you for your interest in working at the University of Aldermoor.

Yours sincerely,
Recruitment Team, Human Resources
University of Aldermoor`, 'Vacancy ref BIO-02741'),

  rej('interview', ['generic'], { ...offered },
    `Hi Grace,

I wanted to personally thank you for meeting with Daniel and Aisha last week. You came across as very well prepared and the team appreciated your questions about the roadmap.

We've now had a chance to debrief, and I'm sorry to say we won't be progressing your application.

If it would be helpful, I'm very happy to set up a short call to share some thoughts from the team. Just reply and let me know.

Best,
Conor
People Partner, Quaywise`, 'Quaywise interview'),

  rej('final', ['generic'], { ...door },
    `Dear Arjun,

Thank you for attending the final round of interviews at our Bengaluru office for the role of Engineering Manager, Payments.

It was a pleasure to host you, and our leadership team was impressed with your depth of experience and leadership philosophy. After a very careful evaluation, we have decided not to proceed with your candidature at this time.

This was a close decision. We will be happy to reconnect with you for future leadership opportunities at Paysetu.

Regards,
Meera Iyer
Head – Talent Acquisition, Paysetu`, 'Paysetu - Engineering Manager, Payments'),

  rej('final', ['generic'], {},
    `Dear Sophie,

Thank you for attending our assessment centre on 4 December for the Kettleby Retail Management Trainee Programme.

We really appreciate the energy you put into the day. The assessors considered each candidate's performance across all exercises and, I'm sorry to say, we will not be offering you a place on the programme this year.

We wish you all the best for the future.

Kind regards,
Kettleby Early Careers`, 'Kettleby Management Trainee Programme'),

  rej('application', ['generic'], {},
    `Your application status has changed.

Position: Cloud Support Associate (Job ID 2403991)
Status: No longer under consideration

Thank you for your interest in Arcwell. Hiring decisions are based on a number of factors and we appreciate your patience throughout the process. You can view the status of all your applications at any time by signing in to your candidate account.

Arcwell Careers — This is an automated notification. Do not reply.`, 'Arcwell: Application status update'),

  rej('application', ['generic'], { ...door },
    `Dear Kofi,

Thank you for your application for the role of Commercial Analyst with Greystone Breweries.

Your application was reviewed by our recruitment team alongside the requirements of the role. After thoughtful consideration, we have decided not to progress your application at this time. Please know that this decision was not taken lightly.

We're proud of our 180-year heritage and of the people who carry it forward. We encourage you to create a job alert on our careers site so you hear first about roles that match your skills and experience, and to apply again.

With best wishes,
Greystone Breweries Talent Team

Ref: GB-REQ-11042 | Avature`, 'Greystone Breweries: your application'),

  rej('application', ['generic'], {},
    `Hello,

Thank you for applying for the Operations Intern (Summer 2025) role at Halden Consulting India. We sincerely appreciate your interest.

This is to inform you that you have not been shortlisted for further rounds.

Best wishes,
Team HR`, 'Operations Intern - Application Status'),
  rej('application', ['generic'], { ...door },
    `Dear Wen Jie,

Thank you for applying to the Technology Analyst Programme at Ravensholt Bank. We know that applying for graduate roles is time-consuming, and we want to start by recognising the effort you made.

At Ravensholt we believe that banking should be a force for good. For more than a century we have supported the households, small businesses and communities that power our economy, and our graduate programmes are how we build the next generation of leaders who will carry that mission forward. Our technology teams sit at the heart of this, building the secure, resilient platforms that millions of customers rely on every day.

This year we received more applications than ever before. Every application was read by a member of our Early Careers team and considered against the capabilities we look for. This decision reflects a careful review of your background and strengths, and we recognise it may be disappointing.

We are sorry to tell you that we will not be progressing your application for the Technology Analyst Programme 2025.

We would love you to stay connected. You can join the Ravensholt Talent Community to receive invitations to insight events and hear about future opportunities, including our off-cycle internships and experienced hire roles. Many of our colleagues applied to us more than once before joining, so please do consider us again in the future.

Thank you once more for your interest in Ravensholt.

Kind regards,
Early Careers Team
Ravensholt Bank

Ravensholt Bank plc is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. Registered in Scotland No. SC091177.
This email and any attachments are confidential. If you are not the intended recipient, please delete it.`, 'Your Ravensholt application'),

  rej('application', ['generic'], {},
    `Dear Marisol Vega,

Thank you for your interest in the Registered Nurse – Med/Surg (Nights) position (Requisition 67120) at Brightwater Health System.

We have carefully reviewed your application. At this time, we have decided to pursue other applicants whose applications we will be advancing in our process.

We appreciate your interest in Brightwater Health and our mission to deliver compassionate care close to home.

Sincerely,
Brightwater Health Talent Acquisition

This message was sent from an unmonitored mailbox. Powered by iCIMS.`, 'Brightwater Health - Requisition 67120'),

  rej('application', ['generic'], { ...door },
    `Hi Aditya,

Thanks for applying to the Backend Engineer position at Lumenstack. We appreciate your interest and the time you spent on your application.

We've reviewed your profile and, while we were impressed with your background, we won't be moving forward at this time.

Our AI-powered career site can match you with roles that fit your experience. Sign in to your profile to see personalised recommendations and opt in to be contacted by our recruiters about future openings.

Thanks,
Lumenstack Talent Team

Powered by Eightfold`, 'Lumenstack application update'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for your interest in Ashcombe Group.

Your application for the position of Junior Buyer - Womenswear has been reviewed. After careful consideration, we regret to advise that we will not be proceeding with your application.

Please do not reply to this message.

Ashcombe Group Recruitment
Taleo`, 'Ashcombe Group - Junior Buyer - Womenswear'),

  rej('application', ['generic'], {},
    `Hi Tariq,

Thanks for your interest in Holloway Studio and for applying to the Motion Designer role. We loved seeing your showreel.

We've now reviewed all applications and we won't be taking yours forward. We know a template email isn't ideal, but we wanted to make sure everyone hears back.

Wishing you all the best,
Holloway Studio

Sent via SmartRecruiters`, 'Holloway Studio | Motion Designer'),

  rej('assessment', ['generic'], {},
    `Dear Lucy,

Thank you for your continued interest in the Pemberton Rail Engineering Apprenticeship.

We have now received the results of the pre-employment checks undertaken following your conditional offer. Unfortunately, we are unable to confirm your offer and will not be able to proceed with your application.

We are sorry that this is not better news and wish you every success.

Pemberton Rail Talent Acquisition`, 'Pemberton Rail Apprenticeship - pre-employment checks'),

  rej('screen', ['generic'], {},
    `Hi Jamal,

Just following up on our phone screen for the Solutions Engineer role. I appreciated the chance to get to know you and your experience is impressive.

Having reviewed your background with the hiring manager, we're going to go in a different direction for this position.

I wish you the best in your search.

Kelsey
Recruiter, Vantory`, 'Solutions Engineer - Vantory'),

  rej('interview', ['generic'], { ...door },
    `Dear Ishaan,

Thank you for taking the time to interview with Coralis Pharma for the Medical Science Liaison position (JR-22591). We enjoyed our conversations and appreciated your insights into the respiratory space.

We have completed our interviews and have made the decision to move forward with another candidate. This was a difficult choice given the quality of people we met.

We will keep your information on file for consideration in future openings, and we hope you will continue to explore opportunities with Coralis.

Regards,
Talent Acquisition
Coralis Pharma

Workday | This is a system generated email`, 'Coralis Pharma - JR-22591'),

  rej('application', ['generic'], { ...door },
    `Thank you for your application for Part-Time Customer Assistant at Moorfield Market, Leeds Kirkstall. Unfortunately, you have not been successful on this occasion. Please don't be discouraged — we have vacancies across our stores all year round, so do apply again for another role that suits you. Thank you for your interest in Moorfield.`, 'Your Moorfield application'),

  rej('application', ['generic'], { ...door },
    `Dear Neha,

Thank you for your interest in joining Trivana Consumer Products as part of our Campus Hiring 2025 for the Management Trainee – Sales role.

We received an overwhelming response this year. Our selection panel reviewed your qualifications against the requirements of the role and we regret that we are unable to shortlist you for the group discussion round.

Please do stay connected with us through our careers page and LinkedIn. We will be delighted to consider you for future opportunities.

With warm wishes,
Campus Relations Team
Trivana Consumer Products Ltd.`, 'Trivana Campus Hiring 2025 - Update'),

  rej('interview', ['generic'], {},
    `Hi Caitlin,

Hope you're well. Thank you again for coming in to meet with Gareth and me on Thursday — it was great to hear about the work you did on the loyalty app, and it was clear you have a strong skill set.

We've thought about it carefully and have decided not to offer you the role on this occasion.

Thanks again for your time and all the best with your search.

Kind regards,
Niamh Costello
Head of Digital, Ferrier & Lane`, 'Digital Product Owner'),

  rej('final', ['generic'], { ...offered },
    `Dear Jonas,

Thank you for your participation in the final panel interviews for the Director, Corporate Development role. You met with members of our executive committee, and we recognise the considerable time you gave us over the past six weeks.

Following deliberation, the committee has decided not to proceed with your candidacy. Please know the decision was a close one.

I would welcome the opportunity to share any thoughts from the panel if you would find that useful. Please feel free to contact me directly.

With kind regards,
Catherine Ahl
VP, Talent & Executive Search
Nordhavn Industries`, 'Director, Corporate Development'),

  rej('application', ['generic'], {},
    `Dear Abhishek,

We acknowledge with thanks receipt of your application for the post of Assistant Professor (Computer Science) under advertisement No. HR/FAC/07/2024.

The Screening Committee has examined all applications received. We regret to inform you that you have not been shortlisted for the interview.

We thank you for your interest in Sarovar Institute of Technology.

Registrar
Sarovar Institute of Technology, Bhopal`, 'Advertisement No. HR/FAC/07/2024 - Result of screening'),

  rej('application', ['generic'], { ...door },
    `Hi Ruby,

Thank you for applying for the Junior Copywriter role with Brackenfield. We really do appreciate you taking the time.

Unfortunately we won't be progressing your application this time around, but we'd genuinely like you to apply again — we advertise new roles most months.

Good luck!
The Brackenfield team
--
Applied via Workable`, 'Junior Copywriter'),

  // ── Same template voice, one clause of substance: profile mismatch
  rej('application', ['profile_mismatch'], {},
    `Dear Charlotte,

Thank you for applying to the role of Senior Policy Adviser at Whitmore Trust. We were impressed with your background and appreciate the time you took to complete our application form.

After a careful review, we have decided to move forward with other candidates whose experience more closely matches the needs of the role at this time.

We wish you every success in your search.

Kind regards,
People & Culture
Whitmore Trust`, 'Senior Policy Adviser - Whitmore Trust'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Marcus,

Thank you for your interest in the Staff Engineer, Infrastructure opening at Coilwave. We're grateful you considered us.

Our team carefully reviewed your application, and while your experience is impressive, we've concluded that your background isn't the right match for this particular role.

We encourage you to join our talent community and set up job alerts that match your skills — new roles open often and we would be glad to see your name again.

Best,
Coilwave Recruiting

Greenhouse Software, Inc. sent this message on behalf of Coilwave.`, 'Coilwave: Staff Engineer, Infrastructure'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Vikram,

Thank you for attending the technical interview for the role of Senior SAP Consultant with Nilgiri Systems.

We appreciate the time and effort you invested. After evaluating all the candidates, the panel has selected profiles that align more closely with the project requirements. Hence, we shall not be proceeding further with your candidature.

We wish you all the best in your future endeavours.

Regards,
Talent Acquisition Group
Nilgiri Systems Ltd.`, 'Interview feedback - Senior SAP Consultant'),

  rej('application', ['profile_mismatch'], {},
    `Dear Zara,

Thank you for your application for the Learning and Development Coordinator role.

We received a high number of strong applications. Having reviewed yours against the person specification, we found that other applicants demonstrated a closer match to the essential criteria, and so we will not be inviting you to interview.

Thank you for your interest in Kelsall Housing Association.

HR Team`, 'L&D Coordinator - outcome'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Oscar,

Thanks again for hopping on a call with me on Monday. I shared our notes with the hiring manager, and at this point we've decided to move ahead with candidates whose backgrounds are a closer fit for where the team is right now.

I'd really like to stay in touch — I'll keep you in mind for future roles, and please don't hesitate to apply again.

Best,
Tasha Brennan
Senior Technical Recruiter, Fieldstream`, 'Fieldstream follow-up'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Hyun-woo,

Thank you for completing the onsite interviews with our team in Seattle for the Applied Scientist position. We recognise that a full day of interviews is a significant commitment, and we appreciate the energy and curiosity you brought to every session.

After a thorough evaluation we have decided not to extend an offer. The team felt that another candidate's experience was stronger relative to the needs of this particular role.

We were impressed with your background and we would be glad to consider you for future openings, so please keep your candidate profile current.

Regards,
Brookhaven Labs Recruiting`, 'Your Brookhaven Labs interview'),

  rej('application', ['profile_mismatch'], {},
    `Thank you for your application for Store Supervisor (Req #55012). After reviewing your qualifications, we've determined that your profile does not match what we are looking for in this role. We appreciate your interest in Dalby Outdoor.`, 'Dalby Outdoor application'),
  // ── Skills gap buried in the template
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Ayesha,

Thank you for your interest in the Machine Learning Engineer position at Gridwell. We were impressed with your background and enjoyed reading about your research.

We reviewed your qualifications against the requirements of the role. For this position we are looking for someone with more hands-on production Python and at least three years of deploying models in production, so we won't be moving forward with your application.

We'd love for you to keep your profile up to date and join our talent community — we'd be glad to hear from you again.

Best,
Gridwell Talent Team`, 'Gridwell - Machine Learning Engineer'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr Lindqvist,

Thank you for applying for the role of Chartered Accountant – Group Reporting at Haverleigh plc.

Every application is reviewed carefully. Unfortunately, as the role requires a full professional qualification (ACA, ACCA or CIMA) and your application indicates that you are still part-qualified, we are unable to take it further on this occasion.

This decision does not reflect on your potential and we wish you well with your remaining exams.

Yours sincerely,
Haverleigh Group Resourcing`, 'Haverleigh plc - Group Reporting'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Daniela,

Thanks so much for meeting with the team last week for the Bilingual Client Services Representative role. Everyone enjoyed speaking with you and it was clear you have a strong skill set.

Because this role involves handling calls from our Quebec clients all day, the team needs someone with full professional French, and they felt your French is not quite at that level yet. For that reason we've decided not to move forward.

Wishing you all the best,
Manon Tremblay
Talent Acquisition, Northgate Insurance`, 'Northgate Insurance - Client Services'),

  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Hi Ben,

Great to speak yesterday. I passed your details to the hiring manager for the Senior Frontend Engineer role and, while she liked your product sense, the team are specifically after someone who has led a large React Native codebase, and that's not something you've had a chance to do yet.

So we won't be taking it further right now. Happy to talk through anything from this if it's useful — just drop me a message.

Cheers,
Rhys
Talent Partner, Orchard Health`, 'Orchard Health - Senior Frontend'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Sanjana,

Thank you for applying to the position of Clinical Research Associate II (Requisition 2024-4471).

After reviewing your application, we determined that you do not currently meet the minimum requirement of two years of independent on-site monitoring experience. As a result, we will not be moving forward with your application for this position.

We appreciate your interest in Veridane Clinical and our mission to bring new therapies to patients faster.

Sincerely,
Veridane Talent Acquisition
Please do not reply to this automated message.`, 'Veridane Clinical - Requisition 2024-4471'),

  rej('final', ['skills_gap', 'profile_mismatch'], { ...fb, ...door },
    `Dear Rohan,

Thank you for your time during the final round with our leadership team for the Head of Data role. We were impressed with your background and the clarity of your thinking.

After much deliberation we have chosen a candidate whose experience more closely matched our needs. In particular, the panel was looking for prior experience managing a team of data engineers, which you had not yet had the chance to do.

We very much hope our paths cross again. We'll keep your profile on file and reach out if a suitable role opens.

Warm regards,
Ines Carvalho
Talent Director, Wayfold`, 'Head of Data - Wayfold'),

  rej('application', ['skills_gap'], { ...fb },
    `Hello Karthik,

Thank you for your application for the position of Electrical Site Engineer (Job ID: ESE-0932).

Our recruitment team has reviewed your profile. As this role requires a valid Electrical Supervisor Certificate of Competency and B.E. in Electrical Engineering, which we could not find in your application, we are unable to proceed with your candidature.

Thanks & regards,
Recruitment Cell
Meghdoot Power Projects Ltd.`, 'Application Status - ESE-0932'),

  // ── Assessment results
  rej('assessment', ['assessment'], {},
    `Dear Fatima,

Thank you for completing the online assessment for the Halloran Graduate Programme 2025.

We've reviewed your results and unfortunately you did not meet the required standard to progress to the next stage on this occasion.

We appreciate the time and effort you have invested and wish you every success.

Kind regards,
Halloran Graduate Recruitment

This is an automatically generated email, please do not reply.`, 'Halloran Graduate Programme - Assessment outcome'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Mateo,

Thanks for completing our HackerRank challenge for the Software Engineer, New Grad position. We appreciate the effort it takes!

You scored 185 out of 400, and the threshold to move forward this cycle was 280. Two of the four problems (the graph traversal and the SQL query) did not pass the hidden test cases. Because of this we won't be moving forward at this time.

We'd encourage you to apply again next cycle — many of our engineers didn't get in on their first try.

Best,
Fairlane University Recruiting`, 'Fairlane coding challenge results'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Siobhan,

Thank you for completing the written case exercise for the Policy Analyst role at the Halcyon Institute.

The exercise was marked by two members of the team against the published criteria. While your analysis was clear, your recommendations section did not engage with the cost implications we asked you to address, and overall your submission scored below the threshold for interview.

I am sorry to bring you this news and thank you for the effort you put in.

Kind regards,
Recruitment, The Halcyon Institute`, 'Policy Analyst - case exercise'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Varun,

Thank you for taking part in the online aptitude test as part of Kaveri Bank's Probationary Officer recruitment drive.

We regret to inform you that you have not qualified in the test and hence your candidature will not be taken forward for the personal interview round.

We appreciate your interest and encourage you to apply in our future recruitment drives.

Regards,
HR – Recruitment
Kaveri Bank Ltd.`, 'Probationary Officer Recruitment - Test Result'),

  rej('interview', ['assessment', 'profile_mismatch'], {},
    `Hi Elena,

Thank you for your time throughout the process for the Senior Data Analyst role at Plumtree, including the interview with Omar and the take-home task.

The hiring team has reviewed your take-home alongside those of the other candidates. Your submission wasn't as strong as some of the others, and we have decided to move forward with candidates who are a closer fit for the role.

We appreciate your interest in Plumtree and wish you all the best.

Plumtree Talent

Sent via Lever`, 'Plumtree - Senior Data Analyst'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Ms. Nakamura,

Thank you for completing the assessment for the Paralegal position. Your typing speed of 38 words per minute was below the 55 wpm required for this role, so we are unable to advance your application.

We thank you for your interest in Keller Brandt LLP.

Human Resources`, 'Paralegal assessment'),

  // ── Position filled
  rej('application', ['position_filled'], { ...door },
    `Dear Jasmine,

Thank you for your interest in the Community Manager position at Hearthside. We appreciate the time you spent applying.

We wanted to let you know that the position has now been filled. We will keep your application on file, and we encourage you to check our careers page for future openings that match your skills.

All the best,
Hearthside People Team`, 'Community Manager position - Hearthside'),

  rej('application', ['position_filled'], {},
    `Hello,

Thank you for applying for the Barista role at Copper Kettle, Finsbury Park. We're letting you know that we have now hired for this position and are no longer accepting applications.

Thanks for your interest!
Copper Kettle Coffee

Powered by Harri`, 'Barista - Copper Kettle'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Noah,

Thank you for interviewing for the Operations Manager position and for your patience while we finalised our decision. We were impressed with your background and the team enjoyed meeting you.

We have extended an offer to another candidate, who has accepted. We know this isn't the news you were hoping for.

We would love to stay in touch and will reach out if another opportunity arises that fits your experience.

Best,
Carla Mendes
Talent Acquisition Manager, Stonebridge Logistics`, 'Operations Manager - update'),

  rej('final', ['position_filled'], {},
    `Dear Andile,

Thank you for attending the final interview for the Finance Manager position. We appreciate the time and preparation you invested.

We would like to inform you that the selection process has been finalised and the successful candidate has accepted our offer.

We thank you for your interest in Umhlanga Sugar Holdings and wish you every success.

Kind regards,
Human Capital Department`, 'Finance Manager - Umhlanga Sugar Holdings'),

  rej('application', ['position_filled', 'profile_mismatch'], {},
    `Hi Freya,

Thanks for applying to the Office Manager role. We had a great response, and have now filled the position with someone whose experience lined up more closely with what we needed.

Best wishes,
Aldgate Architects`, 'Office Manager'),

  rej('screen', ['position_filled'], { ...door },
    `Hi Priya,

Thanks again for the chat on Friday about the Recruitment Coordinator role. I'm afraid I have to let you know that we've had an offer accepted on this role by a candidate who was further along in our process.

I'm sorry the timing didn't work out. I've saved your details and will be in touch about similar roles.

Kind regards,
Tom Ellery
Ellery & Shaw Recruitment`, 'Recruitment Coordinator role'),

  rej('application', ['position_filled'], {},
    `Dear Applicant,

Thank you for your interest in Job Code MKT-2291, Digital Marketing Specialist. This requisition has been filled and is no longer open. Thank you for considering Amberlane Retail.

Do not reply to this email.`, 'Requisition MKT-2291 closed'),

  // ── Role closed / frozen / cancelled
  rej('application', ['role_closed'], { ...door },
    `Dear Leon,

Thank you for applying for the position of Business Intelligence Developer at Carrow Group.

We have made the decision to close this vacancy following a review of our team structure, and as a result we will not be progressing any applications for this role.

We were impressed with your background and we'd encourage you to look out for future opportunities with us.

Kind regards,
Carrow Group Talent Acquisition`, 'Business Intelligence Developer - vacancy closed'),

  rej('interview', ['role_closed'], { ...door },
    `Hi Maya,

I wanted to update you on the Senior UX Researcher role. Unfortunately, due to a change in company priorities, the role has been put on hold indefinitely and we've had to stop the process with all candidates.

This has nothing to do with your interviews — the team thought you were excellent. I'd like to keep in touch and reach out if the role reopens or if something similar comes up.

Best,
Jade
Recruiting, Northlight`, 'Senior UX Researcher - update'),

  rej('application', ['role_closed'], {},
    `Dear Shreya,

Thank you for applying to the role of Associate Product Manager at Indrasoft.

Due to internal restructuring, we are no longer recruiting for this role and the requisition has been cancelled. Hence we will not be able to process your application further.

We regret any inconvenience caused.

Regards,
Talent Acquisition, Indrasoft`, 'Associate Product Manager - Indrasoft'),

  rej('final', ['role_closed'], { ...offered },
    `Dear Gabriel,

Thank you for taking part in the final stage of our process for the Regional Sales Director role and for your patience over the last few weeks.

I am sorry to tell you that, following the budget review announced last week, the business has decided not to fill this position this year. We have therefore closed the process.

This is disappointing news, I know. If you would like to hear the panel's observations from your final interview, I would be glad to arrange a call.

Yours sincerely,
Victoria Hale
Head of Talent, Garnet Medical`, 'Regional Sales Director'),

  rej('application', ['role_closed'], {},
    `Your application for Junior Analyst (REQ-30442) is no longer being considered because the job posting has been withdrawn. Thank you for your interest in Oakhurst Partners.`, 'Oakhurst Partners - REQ-30442'),

  rej('screen', ['role_closed', 'profile_mismatch'], {},
    `Hi Tyrone,

Thanks for speaking with me last Wednesday. Since then the team's been rescoped, and the position has changed into a more senior platform role. Given that, your profile no longer matches what the hiring manager needs, so we won't be moving forward.

Thanks again for your time.

Erin
Talent, Hexbridge`, 'Hexbridge - role update'),
  // ── Internal candidates
  rej('interview', ['internal_candidate'], { ...door },
    `Dear Hamza,

Thank you for interviewing with us for the Senior Buyer – Grocery role. We were impressed with your background and your knowledge of the category.

We wanted to let you know that we have decided to appoint an internal candidate to this position. We hope you understand that supporting the development of our own colleagues is an important part of who we are.

We'd be delighted to hear from you again for future vacancies.

Kind regards,
Resourcing Team
Thistledown Supermarkets`, 'Senior Buyer - Grocery'),

  rej('application', ['internal_candidate'], {},
    `Hi Olivia,

Thanks for your application to the Team Lead, Customer Support role. The position has been filled by a current member of our team, so we're closing the opening.

Thanks for thinking of Brightbeam.

Brightbeam Recruiting
Sent via Ashby`, 'Brightbeam - Team Lead, Customer Support'),

  rej('final', ['internal_candidate'], { ...offered },
    `Dear Dr. Mensah,

Thank you for participating in the final interviews for the position of Director of Graduate Admissions. The search committee greatly appreciated the depth of your presentation to faculty and staff.

After considerable deliberation, the committee has recommended the appointment of an internal candidate, who has accepted the position.

Please know that this was a difficult decision. I would be happy to speak with you if you would like to discuss your candidacy.

Sincerely,
Margaret Ellsworth
Chair, Search Committee
Dunmore College`, 'Director of Graduate Admissions search'),

  rej('screen', ['internal_candidate'], {},
    `Hi Sunil,

Thanks for your time on the phone last week. Just a quick note to let you know that the Scrum Master position has been offered to an employee from another business unit, and we're closing the search.

Regards,
Ritika
Talent Acquisition, Zenova Technologies`, 'Scrum Master - Zenova'),

  rej('application', ['internal_candidate', 'position_filled'], { ...door },
    `Dear Gemma,

Thank you for your application for the post of Events Officer (ref. EO/0524).

We have now filled this post through internal redeployment and the vacancy is closed. We're grateful for your interest and encourage you to apply for other roles with Harbury District Council in the future.

Yours sincerely,
HR Services`, 'Events Officer EO/0524'),

  // ── Location, right to work, on-site
  rej('application', ['location'], { ...fb },
    `Hi Arash,

Thank you for applying for the Financial Analyst position at Pinecrest Credit Union. We appreciate your interest in our organisation.

Please note that for this position we are only able to consider applications from candidates eligible to work in Canada without sponsorship. As your application indicates that you would require sponsorship, we are unable to move forward.

We wish you the best in your career.

Pinecrest Talent Acquisition`, 'Pinecrest Credit Union - Financial Analyst'),

  rej('application', ['location'], { ...fb, ...door },
    `Hello Jakub,

Thanks for applying to be a Product Designer at Tidemark! We were impressed with your background and really enjoyed your portfolio.

This role is hybrid and requires three days a week in our Austin office, and since you're based in Kraków and not looking to relocate, we aren't able to move forward at this time.

If we open remote roles in Europe, we'd love to hear from you again — please join our talent community so we can reach you.

Best,
Tidemark Recruiting`, 'Tidemark - Product Designer'),

  rej('screen', ['location'], { ...fb },
    `Dear Pooja,

Thank you for the telephone conversation regarding the Territory Sales Manager – Kerala position.

As discussed, this role requires the candidate to be based in Kochi and to travel extensively within the state. Since you have indicated that you are not in a position to relocate from Delhi, we will not be able to take your candidature forward.

With best regards,
Anil Menon
HR Business Partner, Sahyadri Pharma`, 'Territory Sales Manager - Kerala'),

  rej('interview', ['location', 'profile_mismatch'], { ...fb },
    `Hi Connor,

Thanks for interviewing with our team for the Site Reliability Engineer role. The interviewers appreciated your time and your thoughtful questions.

We've decided to move forward with candidates whose experience more closely aligns with the role. In addition, the team will need this person on-site in our Dublin data centre on a regular rota, and we understood that working from Galway full-time is important to you.

All the best,
Fjordline Recruiting`, 'Fjordline - SRE'),

  rej('application', ['location'], { ...fb },
    `Dear Candidate,

Thank you for applying to the Graduate Trainee Scheme. We regret that we are unable to progress your application because you do not currently hold the right to work in the United Kingdom and this programme is not able to offer visa sponsorship.

We thank you for your interest in Lindell Insurance.

Graduate Recruitment, Lindell Insurance`, 'Lindell Graduate Trainee Scheme'),

  // ── Salary
  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Natalie,

Thank you for your time on our call this week. I enjoyed hearing about your work at your current company, and your experience is impressive.

Having discussed with the hiring manager, we aren't able to meet your salary expectations of $145,000 — the budget for this position tops out around $120,000 — so we've decided not to move forward.

I'd be glad to keep in touch and reach out if a more senior role opens up that would be a better match financially.

Best,
Derek Cho
Senior Recruiter, Maplewood Analytics`, 'Maplewood Analytics - next steps'),

  rej('interview', ['salary'], { ...fb },
    `Dear Sandeep,

Thank you for your interview with us for the position of Lead QA Engineer.

We appreciate your interest in Ojas Tech. However, the compensation you expect (28 LPA) is significantly above the range we have approved for this position, and we are unable to revise it. We will therefore not be proceeding further.

We wish you success in your career.

Regards,
HR Team, Ojas Tech Pvt. Ltd.`, 'Lead QA Engineer - Ojas Tech'),

  rej('application', ['salary'], { ...fb },
    `Hi Leah,

Thanks for your application for the Office Coordinator role. You noted a desired salary of £38,000; the role is budgeted at £26,000–£28,000, so we don't feel we'd be able to offer something that works for you. We won't be taking things further, but thank you for your interest in Kestrel & Moss.

Best,
Kestrel & Moss`, 'Office Coordinator'),

  rej('final', ['salary', 'position_filled'], { ...fb },
    `Dear Ricardo,

Thank you for completing the final round for the VP of Finance position. It was a pleasure getting to know you.

After carefully weighing the final candidates, we have offered the role to another finalist. A key factor was compensation: your expectations were above what our board has approved for the position, and we were unable to bridge that gap.

With best regards,
Helena Strand
Chief People Officer, Arbourline`, 'VP of Finance - Arbourline'),

  // ── Overqualified
  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Graham,

Thank you for your application for the Junior Project Coordinator role.

We were impressed with your background. With more than twenty years of programme leadership, your experience goes well beyond the scope of this entry-level position, and we don't believe it would offer you the challenge you deserve.

We'd encourage you to apply for more senior roles with us as they arise.

Kind regards,
Talent Team, Wrenfield Construction`, 'Junior Project Coordinator - Wrenfield'),

  rej('screen', ['overqualified'], { ...fb },
    `Hi Meera,

Thanks for speaking with me on Monday about the Data Analyst role. After our chat I think this position would be a step back for you — you've been leading a team of eight analysts, and this is an individual contributor role reporting to someone with less experience than you. We've decided not to move forward.

Best wishes,
Liam
Recruiter, Goldcrest Travel`, 'Goldcrest - Data Analyst'),

  rej('interview', ['overqualified', 'culture_fit'], { ...fb },
    `Dear Hiroshi,

Thank you for meeting with us for the Associate Consultant role. We appreciated your candour.

The panel felt that your experience considerably exceeds what this role requires and that you would likely find its scope limiting. They also noted that you prefer to work autonomously, whereas this team works in a highly collaborative, pair-based way. For these reasons we will not be progressing your application.

Kind regards,
Recruitment Team, Ashgrove Partners`, 'Associate Consultant'),

  rej('application', ['overqualified'], { ...fb },
    `Dear Dr. Kulkarni,

Thank you for applying to the position of Lab Technician at Pranav Diagnostics.

After reviewing your profile we feel that, given your doctorate and postdoctoral research experience, you are overqualified for this role, which is a bench position involving routine sample processing. We are therefore unable to proceed.

Regards,
HR Department, Pranav Diagnostics`, 'Lab Technician application'),

  // ── Culture fit
  rej('interview', ['culture_fit'], { ...fb },
    `Hi Sam,

Thanks again for coming to meet the team on Wednesday. Everyone enjoyed the conversation and it was clear you have a strong skill set.

We've decided not to move forward. The team felt that your preference for detailed upfront specifications would be a hard match for how we work — we're a small team that ships in very short, loosely defined cycles.

Wishing you the very best,
Jonah
CTO, Sproutly`, 'Sproutly'),

  rej('final', ['culture_fit'], {},
    `Dear Adaeze,

Thank you for attending the final stage of our selection process for the Brand Manager role. We were impressed with your background.

After careful consideration, we have concluded that another candidate is better aligned with our team culture and values at this time.

We wish you every success.

Human Resources
Halewood Cosmetics`, 'Brand Manager - Halewood Cosmetics'),

  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Hi Patrick,

Thank you for the time you spent with us for the Account Manager role. After the panel interview, the team felt that your approach — which you described as very target-driven and competitive — would not fit well with our team, which shares accounts and is rewarded collectively.

I know that's a hard thing to hear. If you'd like to discuss it further I'm very happy to get on a call.

Best,
Sinead Walsh
People Lead, Cloverhill Media`, 'Account Manager - Cloverhill'),

  rej('screen', ['culture_fit'], {},
    `Hi Amir,

Thank you for your time on our initial call. Following our conversation, we don't believe this is the right fit with our culture at this stage and won't be moving forward.

Kind regards,
Talent Team, Lattice & Loom`, 'Lattice & Loom'),
  // ── More of both, longer letters with the clause in the middle
  rej('application', ['location'], { ...fb, ...door },
    `Dear Thandiwe,

Thank you for your interest in Copperline Energy and for your application to the Reservoir Engineer role in Calgary.

At Copperline, we are committed to providing safe, reliable and responsible energy to the communities we serve. Our people are at the centre of this commitment, and we are proud to offer careers that combine technical challenge with real purpose. We value safety, integrity, collaboration and innovation, and we look for these qualities in everyone who joins us.

We have reviewed your application carefully. Unfortunately, this position is open only to Canadian citizens and permanent residents, and based on the information you provided you do not currently meet this eligibility requirement. As a result, we are unable to consider your application further.

We know this is not the outcome you were hoping for. We encourage you to create a job alert on our careers site and to apply for future positions for which you are eligible; we would welcome the chance to consider you again.

Thank you again for your interest in Copperline Energy.

Sincerely,
Talent Acquisition
Copperline Energy Inc.

This email was sent from an unmonitored address. Copperline Energy Inc., 800 – 5th Avenue SW, Calgary, Alberta.`, 'Copperline Energy - Reservoir Engineer'),

  rej('assessment', ['generic'], { ...door },
    `Hi Lewis,

Thank you for playing our online games as part of your application to the Vantage Graduate Programme. We hope you enjoyed them!

We've now reviewed your full application and, after careful consideration, we won't be taking you through to the video interview stage this year.

Applying to graduate schemes can be a long journey, and we'd love to see you again. Sign up to our talent community for insight days, webinars and news about next year's intake.

Best wishes,
The Vantage Early Careers Team`, 'Vantage Graduate Programme - your application'),

  rej('assessment', ['skills_gap', 'assessment'], { ...fb },
    `Hello Deepak,

Thank you for submitting the take-home assignment for the Data Platform Engineer role at Kairos Labs.

Our reviewers appreciated your clean code structure. However, the assignment was meant to show experience with Spark and distributed processing, and your solution loaded everything in memory with pandas, which would not work at our data volumes. Overall, the submission did not meet the bar to move forward to interviews.

Thank you for your time and effort.

Regards,
Kairos Labs Hiring Team`, 'Kairos Labs - take-home review'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Aman,

Greetings from Bharatpay!

Thank you for applying for the position of Risk Analyst. We truly appreciate your interest in being part of our journey to make digital payments accessible to every Indian.

We have gone through your profile in detail. We would like to inform you that your profile is not matching with the current requirement and hence we will not be able to take it ahead.

We will keep your resume in our talent pool and reach out to you for any relevant opening in future.

Best Regards,
Team TA, Bharatpay`, 'Your application with Bharatpay'),

  rej('interview', ['generic'], {},
    `Dear Mr. Haddad,

Re: Application for Senior Associate, Transaction Services (Ref. TS-1184)

Thank you for attending an interview at our Birmingham office on Tuesday 9 April. We were delighted to meet you and appreciated the time you took to prepare.

Hallam Price is one of the UK's leading professional services firms. We are proud of our collaborative culture, our commitment to quality, and the diversity of thought our people bring to clients across every sector. We invest heavily in the development of our people and in building a firm where everyone can thrive.

The interview panel have now met to consider all candidates. Having reviewed the outcome of each interview alongside the candidates' applications, and taking into account the full range of factors that contribute to any selection decision, we regret to inform you that we will not be offering you the position.

We appreciate that this news will be disappointing. Please accept our thanks for the interest you have shown in Hallam Price.

Yours sincerely,

Amelia Thorne
Recruitment Manager
Hallam Price LLP

Hallam Price LLP is a limited liability partnership registered in England and Wales with registered number OC312244. A list of members' names is available for inspection at our registered office. This email is confidential and may be legally privileged.`, 'Application for Senior Associate, Transaction Services'),

  rej('application', ['generic'], {},
    `Hi Chen,

Thank you for your interest in joining Waverly Bank as a Software Engineering Intern for Summer 2025.

We really appreciate you taking the time to apply. We were impressed with your background, and your experience is impressive for someone at this stage of their studies. However, after a careful review, we have decided not to move forward with your application.

Good luck with your search!

Waverly Bank University Programs`, 'Waverly Bank Internship - Application Update'),

  rej('interview', ['role_closed', 'location'], { ...fb },
    `Hi Zanele,

Thanks for interviewing for our Johannesburg-based Customer Insights Lead role. We have had to close the South African vacancy after a decision to centralise the team in London. As we understand you aren't able to relocate to the UK, we won't be able to take your application any further.

We really enjoyed meeting you and we're sorry it ended this way.

Kind regards,
Brightfold Research`, 'Customer Insights Lead'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant,

Thank you for applying for the position of Heavy Goods Vehicle Driver (Class 1).

Unfortunately, we are unable to take your application further as you do not currently hold a valid Driver CPC card, which is a legal requirement for this role.

Regards,
Ferrybridge Haulage Recruitment`, 'Class 1 Driver application'),

  rej('final', ['generic'], {},
    `Hello Sarah,

Following your reference checks after the final interview with our managing director, I am sorry to let you know that we are unable to offer you the position of Executive Assistant.

Thank you for your patience during this process.

Best regards,
Joanne Pike
HR Manager, Dunhallow Estates`, 'Executive Assistant'),
  // ── A few more plain templates
  rej('application', ['generic'], {},
    `Dear Isabelle,

Thank you for your interest in the HR Generalist position (Job Requisition ID 71529) at Solvane Chemicals.

We have carefully reviewed your qualifications against the requirements of the role and appreciate your interest in our company. After thoughtful consideration, we have decided not to pursue your candidacy for this position.

At Solvane, sustainability, safety and respect are at the core of everything we do. Thank you for considering a career with us.

Best regards,
Solvane Chemicals Talent Acquisition

Please do not reply to this message. SAP SuccessFactors Recruiting`, 'Solvane Chemicals - Job Requisition ID 71529'),

  rej('application', ['generic'], { ...door },
    `Dear Mohammed,

Thank you for applying for the role of Relationship Manager – Wealth at Emberton Private Bank.

It was clear you have a strong skill set, and we appreciate your interest in Emberton. We reviewed your application thoroughly, and we have decided not to proceed with it on this occasion.

Many factors contribute to any selection process, and this decision is not a reflection of your abilities. We encourage you to register on our careers site and set up job alerts that match your skills, so that you hear about future roles with us first.

Yours sincerely,
Talent Acquisition
Emberton Private Bank

Emberton Private Bank is a trading name of Emberton & Co. Limited. Authorised and regulated by the Financial Conduct Authority.

Avature | Ref 2024-RM-0551`, 'Your Emberton application'),

  rej('interview', ['generic'], {},
    `Hi Shivani,

Thank you for taking the time to interview with us for the Product Analyst role at Tarang Media. We genuinely enjoyed our conversation and were impressed with your background.

After careful consideration, we have decided to go ahead with other candidates for this position.

We wish you the very best for your future endeavours.

Thanks and Regards,
Kavya Reddy
Talent Acquisition, Tarang Media, Hyderabad`, 'Product Analyst - Tarang Media'),

  rej('application', ['generic'], {},
    `Hi Felix,

Thanks for your interest in the Retail Associate (Part Time) role at our Union Square store.

We have reviewed your application and at this time we've decided not to move forward. We're grateful you thought of us and hope you have a great rest of your season!

Larkspur Outfitters
Powered by Workday`, 'Larkspur Outfitters - Application update'),

  rej('screen', ['generic'], { ...door },
    `Hi Bronwyn,

Thanks so much for your time on the phone earlier this week — it was lovely to hear about your background in clinical trials, and your experience is impressive.

I've spoken with the hiring lead and we won't be progressing your application for the Study Start-Up Specialist role. I know that's disappointing to hear.

I'd love to stay in touch though, and I'll reach out if I see anything come up that I think you'd be keen on.

All the best,
Ella Quinn
Talent Acquisition, Merrow Biosciences (Melbourne)`, 'Merrow Biosciences - Study Start-Up Specialist'),

  rej('application', ['generic'], {},
    `Thank you for your application to the Digital Graduate Programme at Osterly Group.

We have now reviewed every application carefully, considering the full breadth of each applicant's experience, motivation and potential. We're sorry to let you know that your application has been unsuccessful on this occasion.

Thank you for your interest in Osterly.

Osterly Early Careers | no-reply@osterlycareers.com`, 'Osterly Digital Graduate Programme'),

  // ── Paused processes
  hold('interview', ['role_closed'], {},
    `Hi Rachel,

Thank you for your patience since your interviews for the Platform Engineer role. I wanted to give you an honest update: the company has put a temporary freeze on new hires while we finalise next year's budget, and the role is on hold until that is complete, which we expect to be mid-January.

You are still very much in consideration and the team was impressed with your background. I'll be in touch as soon as I know more.

Best,
Marta Lindgren
Talent Partner, Ostara`, 'Platform Engineer - update'),

  hold('application', ['generic'], {},
    `Dear Adwoa,

Thank you for your application for the Programme Officer role at the Greenwell Foundation.

We have received an unusually high number of applications, and our review is taking longer than planned. We now expect to contact shortlisted candidates by 28 June rather than 14 June as advertised. Your application remains under consideration.

We appreciate your patience.

Kind regards,
Greenwell Foundation HR`, 'Programme Officer - revised timeline'),

  hold('final', ['generic'], {},
    `Hi Tomás,

Just a quick note to say we haven't forgotten you! Our CEO has been travelling since your final round, so the decision on the Head of Partnerships role will be delayed by about two weeks. You're still one of our two finalists.

Thanks for hanging in there,
Gwen
People Ops, Latchkey`, 'Head of Partnerships - quick update'),

  hold('assessment', ['role_closed'], {},
    `Dear Nikhil,

Thank you for completing the technical assessment for the position of DevOps Engineer.

We would like to inform you that this position has been kept on hold temporarily due to some internal changes in the project. Your candidature and assessment results will remain active in our system, and we shall get back to you once the position is re-opened.

Thanks & Regards,
Talent Acquisition Team
Suryansh Technologies`, 'DevOps Engineer - Status'),

  hold('screen', ['generic'], {},
    `Hi Bella,

Thanks for your time on our call. I wanted to let you know the hiring manager for the Content Lead role is on leave until the 22nd, so next steps will be a little slower than I'd hoped. I'll be back in touch when she returns to schedule your interview.

Thanks for bearing with us,
Sam
Recruiter, Ribbonwood`, 'Content Lead - timing'),

  hold('interview', ['role_closed'], {},
    `Dear Ms. Fairbairn,

Thank you for interviewing for the role of Compliance Manager. We were impressed with your background and experience.

Owing to an ongoing review of our organisational structure, we have paused recruitment to this post. We have not made a decision on your application and expect to be in a position to update you within six weeks.

Yours sincerely,
Human Resources
Castlegate Building Society`, 'Compliance Manager - recruitment paused'),

  // ── Look-alikes in the same template voice
  other(`Hi Jordan,

Thank you for applying to the Senior Software Engineer position at Quillfeather! We were impressed with the range of your experience and appreciate the time you invested in your application.

Our team is reviewing applications against the requirements of the role. If your background is a match, a member of our recruiting team will reach out to discuss next steps.

In the meantime, feel free to learn more about our values and mission on our careers page.

Best,
The Quillfeather Recruiting Team

Sent via Greenhouse`, 'Thank you for applying to Quillfeather'),

  other(`Dear Ananya,

Thank you for your application for Associate – Risk Analytics (Req ID R-0048812). This is to confirm that we have received your application.

Every application is reviewed carefully against the requirements of the role. Due to the volume of applications we receive, only shortlisted candidates will be contacted. You can track the status of your application at any time in your candidate home.

Yours sincerely,
Talent Acquisition, Marwick Stanton Bank plc

This is an automated message from Workday. Please do not reply.`, 'Application received – Associate – Risk Analytics'),

  other(`Hi Mateo,

Congratulations — your application for Software Engineer, New Grad has moved to the next step! We were impressed with your background.

Please complete our coding challenge within 7 days using the link below. It takes about 90 minutes.

[Start Assessment]

Good luck!
Fairlane University Recruiting`, 'Next step: Fairlane coding challenge'),

  other(`Dear Priyanka,

Greetings from Keshar Financial Services!

We have reviewed your qualifications against the requirements of the Business Analyst role and are pleased to inform you that you have been shortlisted for the first round of interviews.

Please find the interview details below:
Date: 14 August 2024
Time: 11:00 AM IST
Mode: Microsoft Teams (link will be shared separately)

Kindly confirm your availability by replying to this email.

Thanks & Regards,
HR Department, Keshar Financial Services`, 'Interview invitation - Business Analyst'),

  other(`Welcome to the Stellaric Talent Community!

Hi Kwame, thanks for joining. You'll now be the first to hear about new roles that match your skills and interests, plus news from our teams.

Tip: keep your profile up to date so our recruiters can find you, and set up job alerts for the locations you care about.

Stellaric Talent

Unsubscribe | Manage preferences`, 'Welcome to the Stellaric Talent Community'),

  other(`New jobs matching your alert "Data Analyst – London"

• Data Analyst, Customer Insights — Greystone Breweries, London
• Senior Data Analyst — Greystone Breweries, Burton upon Trent
• Analytics Graduate 2025 — Greystone Breweries, Hybrid

View all jobs

You're receiving this because you created a job alert on Greystone Breweries Careers. Manage alerts.`, '3 new jobs for you at Greystone Breweries'),

  other(`Hi Samira,

We've received your request to withdraw your application for Customer Success Manager. Your application has been withdrawn and you won't receive further updates about this role.

Thanks for your interest in Fernway — we wish you all the best and hope to see you again.

Fernway People Team
Sent with Lever`, 'Your application has been withdrawn'),

  other(`Dear Emily,

Thank you for your recent application for the position of Marketing Executive with Corvane Beverages. We were impressed with your background and the enthusiasm that came through in your cover letter.

We would like to invite you to a video interview with our Brand Director, Paul Ashby. Please use the scheduling link below to select a time that suits you.

Yours sincerely,
Corvane Beverages Recruitment`, 'Marketing Executive - interview invitation'),

  other(`Your application status has changed.

Position: Cloud Support Associate (Job ID 2403991)
Status: Under review

Thank you for your interest in Arcwell. Hiring decisions are based on a number of factors and we appreciate your patience throughout the process.

Arcwell Careers — This is an automated notification. Do not reply.`, 'Arcwell: Application status update'),

  other(`Dear Liam,

On behalf of Tessellate, I am delighted to offer you the position of Senior Product Manager. The team was impressed with the thoughtfulness you brought to each conversation, and we are excited about what you will build here.

Your offer letter is attached. Please review it and let us know if you have any questions. We would appreciate your response by Friday 21 June.

Warm regards,
Beatriz Alonso
Recruiting | Tessellate`, 'Offer of employment - Tessellate'),

  other(`Hi Diego,

Thanks for applying to Nimbusfold! We're fortunate to have so many talented students apply, so it may take a few weeks for us to review your application for Software Engineering Intern – Summer 2025.

We'll be in touch either way. In the meantime, check out our engineering blog to learn how we work.

Nimbusfold University Recruiting`, 'We received your application'),

  other(`Dear Neha,

Congratulations! We are pleased to inform you that you have been shortlisted for the Group Discussion round of Trivana Campus Hiring 2025 for the Management Trainee – Sales role.

Venue: Trivana House, Andheri East, Mumbai
Date: 3 September, reporting time 9:30 AM

Please carry a printed copy of your resume and a photo ID.

With warm wishes,
Campus Relations Team, Trivana Consumer Products`, 'Trivana Campus Hiring 2025 - Shortlisted'),

  other(`Dear Candidate,

Your personal data has been held in our recruitment system since your application to Ashcombe Group in 2022. In line with our privacy notice, we will delete your data in 30 days unless you sign in and confirm that you would like us to keep your profile for future opportunities.

Ashcombe Group Recruitment`, 'Your data with Ashcombe Group'),

  other(`Hi Olivia,

Thank you for applying to Brightbeam! We'd love to hear how we did. Please take two minutes to rate your candidate experience — your answers are anonymous and help us improve how we hire.

[Take the survey]

Brightbeam Recruiting`, 'How was your experience applying to Brightbeam?'),

  other(`Hi Hannah,

Thanks for the update, and for being so clear throughout. I've decided to accept another offer, so I'd like to withdraw from the Account Executive process.

Best,
Ethan

On Tue, 9 July at 16:04, Hannah Whitlow <hannah.whitlow@orbisine.com> wrote:
> Hi Ethan, just letting you know the team would like to move you to the hiring manager interview. Are you free Thursday?`, 'Re: Orbisine - next steps'),

  other(`Dear Harriet,

Thank you for completing the online assessments for the Cardell & Rowe Graduate Scheme.

We are pleased to let you know that you have been successful at this stage and we would like to invite you to our virtual assessment centre on 18 February. Further details, including a timetable for the day, will follow shortly.

Graduate Recruitment Team
Cardell & Rowe LLP`, 'Cardell & Rowe Graduate Scheme - assessment centre invitation'),

  other(`Hi Caitlin,

Thanks again for coming in to meet Gareth and me on Thursday — it was clear you have a strong skill set. We're still interviewing a couple of other people this week and expect to make a decision by Wednesday. I'll be in touch then either way.

Kind regards,
Niamh Costello
Head of Digital, Ferrier & Lane`, 'Digital Product Owner - thank you'),

  other(`Dear Mr. Venkataraman,

Thank you for your time on the telephonic discussion with our HR team. We are pleased to inform you that you have been shortlisted for a technical interview with the Plant Head for the position of Plant Quality Lead.

Kindly share your availability for the coming week.

Regards,
Human Resources, Sundaram Auto Components Ltd.`, 'Plant Quality Lead - technical interview'),

  other(`Hi Aditya,

We noticed you started an application for Backend Engineer at Lumenstack but didn't finish it. Your progress has been saved — pick up where you left off any time before the role closes.

Lumenstack Talent Team
Powered by Eightfold`, 'Finish your application to Lumenstack'),

  other(`Dear Sophie,

Thank you for attending our assessment centre for the Kettleby Retail Management Trainee Programme. We really appreciated the energy you brought to the day.

The assessors are now reviewing each candidate's performance across all exercises. We aim to let everyone know the outcome within ten working days.

Kind regards,
Kettleby Early Careers`, 'Thank you for attending our assessment centre'),

  other(`Hi Gabriel,

Thanks so much for agreeing to be a reference for Helena Ruiz, who has applied for a role with Garnet Medical. Please complete the short questionnaire at the link below by Friday.

Victoria Hale
Head of Talent, Garnet Medical`, 'Reference request - Helena Ruiz'),

  other(`Hi Yusuf,

Thanks for getting back to me about the Growth Marketer role. I'm really sorry, but after a lot of thought I'm going to take myself out of the running — I've accepted a role closer to home.

Thanks for being so open throughout.
Nadia

On Mon, 3 June, Yusuf <yusuf@pebblecart.co> wrote:
> Hey Nadia, we'd love to invite you to a second chat with our CTO. Free this week?`, 'Re: Pebblecart growth role'),

  other(`You're invited: Ravensholt Women in Technology Insight Evening

Join our technology leaders in Edinburgh on 14 November for an evening of talks, networking and an inside look at our graduate programmes. Places are limited — register by 1 November.

You're receiving this because you are a member of the Ravensholt Talent Community. Unsubscribe.`, 'Invitation: Women in Technology Insight Evening'),

  other(`Dear Dr. Mensah,

Thank you for your application for the position of Director of Graduate Admissions. The search committee has completed its initial review and is pleased to invite you to a first-round video interview.

Sincerely,
Margaret Ellsworth
Chair, Search Committee, Dunmore College`, 'Director of Graduate Admissions search - interview'),
];
