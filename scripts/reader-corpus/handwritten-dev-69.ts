/**
 * Development messages of the sixty-ninth round, never sealed: campus recruiting, the mail a university student in
 * the United States or Canada receives after applying for summer internships, co-op terms and new-graduate roles at
 * large and mid-sized companies (software, data science, product, hardware, quant and finance, consulting, consumer
 * goods, telecoms, insurers, retailers, airlines, automakers, banks and start-ups that recruit on campus). Most are
 * tracking-system letters with a requisition number and a programme name, signed by a university recruiting team,
 * campus talent acquisition or early careers; some come from a campus recruiter or an engineer who interviewed the
 * student. Rejections at every stage (the résumé review, a recruiter call, an online assessment or coding challenge,
 * technical and behavioural interviews, a superday or onsite), four paused programmes, and look-alikes in the same
 * corporate words: receipts, "under review", assessment invitations and reminders, scheduling, a career-fair
 * follow-up, an info session, a newsletter, offers, a withdrawal confirmation, a closed requisition that says nothing
 * about the student, job alerts.
 *
 * Labelling choices held throughout (LABELS.md and the corpus conventions): a letter that names no call, test or
 * interview is `application`; "pursuing candidates whose qualifications more closely match" is `profile_mismatch`;
 * a graduation date outside the window, a required major or a sponsorship rule told about this student is a named
 * requirement (`skills_gap`) or eligibility (`location`) with feedback; a full programme or cancelled requisition is
 * `role_closed`; "we will keep your résumé in our database", "join our talent community" and "apply to other
 * positions" open the door, while "best of luck in your search" does not; refusing feedback for volume is no offer.
 * For development only: the rules may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d69-');

export const HANDWRITTEN_DEV_69: readonly CorpusLine[] = [
  // ── Application stage: tracking-system letters after the résumé review
  rej('application', ['generic'], { ...door },
    `Dear Priya,

Thank you for your interest in the 2027 Summer Internship - Data Science (Req. R-0048812) at Halvorsen Mutual Insurance.

We received a very large number of applications for this year's program and, after reviewing yours, we have decided not to advance it to the next step.

Your profile will remain in our candidate database, and a member of our recruiting team may contact you if another internship opens that lines up with your background. We'd also encourage you to check halvorsenmutual.com/careers regularly, since new early-career postings go up throughout the fall.

Kind regards,
University Recruiting Team
Halvorsen Mutual Insurance

This message was sent from an unmonitored mailbox. Halvorsen Mutual is an Equal Opportunity Employer.`, 'Your application to Halvorsen Mutual - 2027 Summer Internship - Data Science'),

  rej('application', ['profile_mismatch'], {},
    `Hello Jordan,

Thanks for applying to Pinecrest Semiconductor for the Hardware Validation Intern (Summer 2027) role, requisition 26-11390.

We carefully compared your skills and experience against the requirements of the position. At this time we are pursuing candidates whose qualifications more closely match what the team needs, so we will not be moving your application forward.

We wish you every success in your studies and your search.

Pinecrest Campus Talent Acquisition`, 'Pinecrest Semiconductor: Hardware Validation Intern (Summer 2027)'),

  rej('application', ['generic'], {},
    `Hi Mei,

Unfortunately we won't be moving forward with your application for New Grad Software Engineer (University Grad) at Brightloop this cycle.

Good luck with everything!

— The Brightloop Early Careers team`, 'Update on your Brightloop application'),

  rej('application', ['position_filled'], { ...door },
    `Subject: Your Application Status - Req #T-77204

Dear Samuel Adeyemi,

Thank you for considering Corvane Airlines for the Revenue Management Summer Analyst position. We wanted to let you know that this position has now been filled.

While this role is no longer available, we invite you to create job alerts on our careers site so you are notified as soon as new internship and co-op postings open for the winter term.

Sincerely,
Corvane Airlines Talent Acquisition
Please do not reply to this e-mail.`, 'Corvane Airlines - Application Status'),

  rej('application', ['generic'], { ...door },
    `Dear Aiden,

We appreciate the time you took to apply for the Software Developer Co-op (Winter 2027, 4 or 8 months) at Northmark Telecom.

We've completed our first review, and we regret that your application was not selected for interviews. Competition for co-op placements this term was unusually strong.

Please don't let this discourage you. Northmark posts co-op roles every term through your school's co-op portal and on our careers page, and we'd be glad to see your name again.

Thank you,
Student Recruitment | Northmark Telecom
Toronto, ON`, 'Northmark Telecom co-op application - Winter 2027'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Tomasz,

Thank you for your interest in Ardent Capital Partners and for applying to the 2027 Investment Banking Summer Analyst Program.

After reviewing your application, we have determined that your background is not aligned with the needs of this program at this time. We recognize the effort that goes into every application and we're grateful you considered us.

We encourage you to join our talent community so that you hear about events, insight days and future opportunities.

Best regards,
Ardent Capital Partners Campus Recruiting

--
Ardent Capital Partners LLC | 550 Madison Avenue | New York, NY
Unsubscribe | Privacy Notice`, 'Ardent Capital Partners - 2027 Summer Analyst Program'),

  rej('application', ['generic'], {},
    `<p>Dear Fatima,</p>
<p>Thank you for applying to the <b>Product Management Intern - Summer 2027</b> position (Job ID 1182043) at Lumaris.</p>
<p>We have reviewed your application and regret to inform you that we will not be proceeding with your candidacy.</p>
<p>We wish you the very best in your job search.</p>
<p>Lumaris University Programs</p>
<p style="font-size:10px;color:#888">Lumaris Inc. is proud to be an equal opportunity workplace. This inbox is not monitored.</p>`, 'Your Lumaris application: Product Management Intern - Summer 2027'),

  rej('application', ['generic'], { ...door },
    `Dear Candidate,

Re: Graduate Trainee Programme - Finance (North America), ref. GTP-FIN-2027-031

Thank you for your application to Wexford Consumer Brands. We received over 9,000 applications for our graduate programmes this year, and we are sorry to tell you that we are unable to progress yours further.

Your details will be held on our system for 12 months. Should a suitable early-careers opportunity arise during that time, our team may get in touch with you.

With best wishes,
Early Careers Team
Wexford Consumer Brands`, 'Wexford Consumer Brands - Graduate Trainee Programme'),

  rej('application', ['profile_mismatch'], {},
    `Dear Kwame,

Thank you for your interest in the Quantitative Research Intern role at Tidewater Systematic.

We review every application with care. In this case, we found other candidates whose skills and experience better suited the requirements of the role, and we will not be taking your application further.

Regards,
Tidewater Systematic Recruiting`, 'Tidewater Systematic - Quantitative Research Intern'),

  rej('application', ['generic'], {},
    `Hey Lucas, just a note from the Quillstack team — we went with other folks for the summer eng intern spots. Thanks for applying and good luck out there.

Sent from my iPhone`, 'quillstack intern'),

  rej('application', ['role_closed'], {},
    `Dear Ananya,

Thank you for applying for the position of Supply Chain Analyst Intern - Summer 2027 (Requisition 0093318) with Meridale Foods.

We want to let you know that this requisition has been cancelled and the position will not be filled this year. As a result, we are closing all applications received for it, including yours.

We thank you for your interest in Meridale Foods.

Meridale Foods Talent Acquisition
This is an automated notification. Replies to this address are not read.`, 'Meridale Foods requisition 0093318 cancelled'),

  rej('application', ['generic'], { ...door },
    `Dear Olivia,

Thanks for applying to the Technology Analyst Program at Stonebridge Bank. After thoughtful review, we have decided to go in another direction for this opportunity.

We encourage you to apply to other positions on our site that match your skills and interests. Stonebridge hires students year-round across technology, operations and risk.

Warm regards,
Stonebridge Bank Campus Recruiting
Member FDIC | Equal Housing Lender`, 'Stonebridge Bank Technology Analyst Program'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Rohan,

Greetings from Velantis Consulting!

We truly appreciate you taking the time to apply for the Business Analyst - New Graduate (2027 Start) position. Having gone through your application thoroughly, we regret to inform that your profile is not a match at this time for this opening.

Kindly note that your resume shall be retained in our database and we will reach out if a suitable opening comes up in the future.

Thanks & Regards,
Campus Hiring Desk
Velantis Consulting`, 'Velantis Consulting - Business Analyst New Graduate'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Chloe,

Thank you for applying to the Embedded Software Co-op (Fall 2027) at Ridgeway Automotive, Job Req 55120.

This posting is restricted to students enrolled in Electrical, Computer, or Mechatronics Engineering, and our records show you are registered in Mathematics. For that reason we are not able to consider your application for this particular role.

Our Software Quality and Data Analytics co-op postings are open to mathematics students, and we would be happy to see you apply to one of those.

Kind regards,
Ridgeway Automotive Canada - Student Programs`, 'Ridgeway Automotive: Embedded Software Co-op (Fall 2027)'),

  rej('application', ['generic'], {},
    `Subject: Thank you for your interest in Orrin Health

Dear Daniel,

On behalf of Orrin Health, thank you for applying to the Summer 2027 Clinical Data Intern role. We regret to let you know you were not selected to continue in our process.

We wish you all the best in your future endeavours.

Best,
Orrin Health Talent Team`, 'Thank you for your interest in Orrin Health'),

  rej('application', ['position_filled'], {},
    `Dear Ngozi,

We write to inform you that the Marketing Associate Intern position at Hallett & Price Retail, for which you applied, has been filled. We appreciate the interest you have shown in our organisation.

Yours faithfully,
HR Shared Services
Hallett & Price Retail Group`, 'Marketing Associate Intern - Hallett & Price'),

  rej('application', ['generic'], { ...door },
    `Hi Ethan,

Thanks again for applying to the Site Reliability Engineering Intern position at Cobaltline. This year we got more applications than we've ever seen, and we weren't able to give everyone an interview. Yours is one we won't be advancing.

That's not a verdict on you: new-grad applications open in August, and we'd really like to see you apply then.

Cheers,
Cobaltline University Recruiting`, 'Your Cobaltline application'),

  rej('application', ['profile_mismatch'], {},
    `Dear Hannah,

Thank you for your application for the Actuarial Summer Intern position (Job Number 27-0612) with Keystone Life & Annuity.

Following our review, we have decided to move forward with candidates whose backgrounds align more closely with the qualifications for this role.

We appreciate your interest in Keystone and wish you success.

Sincerely,
Keystone Life & Annuity
Talent Acquisition`, 'Keystone Life & Annuity - Actuarial Summer Intern'),

  rej('application', ['generic'], { ...door },
    `Dear Arjun,

We are writing regarding your application for the 2027 Summer Internship - Firmware Engineering at Solvay Drones.

Thank you for your interest in this role. Regrettably, we've chosen not to take your candidacy further for this internship.

We would love to stay connected. Join the Solvay Drones Talent Community to receive news about upcoming roles, events and career fairs at your campus.

Solvay Drones Early Careers`, 'Solvay Drones - 2027 Summer Internship - Firmware Engineering'),

  rej('application', ['generic'], {},
    `Dear Isabella,

Your application for Software Engineering Intern (Summer 2027) - Job ID JR-31877 has been reviewed. Your application status has been changed to "Not Selected."

Please log in to the candidate home page to view your other applications.

Harborview Financial Careers | Do Not Reply`, 'Application status update - JR-31877'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Wei,

Thank you for expressing interest in joining Castellan Analytics as a New Graduate Data Scientist.

Our team took a close look at your resume. While your academic work is impressive, we have decided to focus on applicants who are a closer fit for the particular needs of this team.

Please feel free to apply to future openings that interest you. We keep our early-career listings current at castellan.ai/students.

Best wishes,
Castellan Analytics Recruiting`, 'Castellan Analytics - New Graduate Data Scientist'),

  rej('application', ['generic'], {},
    `Hi Marcus,

Thank you for applying for our Retail Leadership Development Program (Summer Intern). We've reviewed applications for this season and will not be moving forward with yours. Due to the high volume of applications we receive, we are unable to provide individual feedback.

Best of luck in your job search.

Greenfield Stores Campus Recruiting`, 'Greenfield Stores - Retail Leadership Development Program'),

  rej('application', ['generic'], { ...door },
    `Dear Siobhan,

Many thanks for your recent application to the Technology Summer Internship at Carrick Reinsurance (New York office).

I'm sorry to say that on this occasion we won't be progressing your application. The standard of applicants was very high.

We'd be delighted if you kept an eye on our graduate programme, which opens for applications in September.

Kind regards,
Aoife Brennan
Graduate & Intern Recruitment, Carrick Reinsurance`, 'Carrick Reinsurance Technology Summer Internship'),

  rej('application', ['location'], { ...fb },
    `Dear Minh,

Thank you for your application to the Software Engineer, New Grad - Ottawa role (Req 2026-8841) at Fernhall Networks.

As noted in the posting, this role requires the ability to work in Canada without employer sponsorship, now and in the future. Based on the answers you provided in your application, you indicated that you will require sponsorship. As a result, we are unable to move forward with your application for this position.

We appreciate your interest in Fernhall and wish you all the best.

Fernhall Networks Talent Acquisition`, 'Fernhall Networks - Software Engineer, New Grad - Ottawa'),

  rej('application', ['generic'], {},
    `Good day Thabo,

Thank you for applying to Kestrel Mining Technologies for the Graduate Engineer in Training position.

We regret to advise that your application has been unsuccessful. We received many applications from strong candidates.

Kind regards
Kestrel Mining Technologies
People & Culture`, 'Kestrel Mining Technologies - Graduate Engineer in Training'),

  rej('application', ['profile_mismatch'], {},
    `Dear Gabriel,

We appreciate you applying to the Risk Analytics Intern - Summer 2027 posting at Lakeshore Federal Credit Union.

Having reviewed your materials against the requirements of the role, we've concluded your skills and experience do not match the needs of the position at this time.

Thank you for considering Lakeshore.

Human Resources
Lakeshore Federal Credit Union`, 'Lakeshore FCU - Risk Analytics Intern - Summer 2027'),

  rej('application', ['generic'], { ...door },
    `Dear Sofia,

Thank you for your interest in the Emerging Talent Summer Internship at Altmore Pharmaceuticals. We've had the chance to review your application and will not be moving forward at this time.

We will keep your résumé in our database and contact you if an opportunity arises that is a fit for your qualifications.

Respectfully,
Altmore Pharmaceuticals Emerging Talent`, 'Altmore Pharmaceuticals - Emerging Talent Summer Internship'),

  rej('application', ['generic'], {},
    `Hi Noah,

Thanks so much for your interest in Parcelwise and for applying to our Backend Engineering Intern role! We've decided to move forward with other candidates for this position.

We know this is not the news you were hoping for. We genuinely wish you the best of luck in your internship search.

Parcelwise Recruiting
Parcelwise, Inc. · San Francisco, CA`, 'Parcelwise Backend Engineering Intern'),

  rej('application', ['location'], { ...fb, ...door },
    `Dear Aaliyah,

Thank you for applying to the 2027 New Graduate Associate Program at Bellweather Insurance Group.

This program is open to students completing a bachelor's or master's degree between December 2026 and June 2027. Your application lists an expected graduation date of May 2028, which falls outside the eligible window, so we are not able to consider you for this cohort.

We hope you'll consider our Summer Internship Program, which is designed for students with your graduation timeline.

Sincerely,
Bellweather Insurance Group | Early Talent Programs`, 'Bellweather Insurance - 2027 New Graduate Associate Program'),

  rej('application', ['profile_mismatch'], {},
    `Dear Applicant,

Thank you for applying to position 3301-SWE-INT "Software Engineering Intern, Cloud Platform" at Meridian Cloudworks.

We have decided to pursue other candidates who are better suited for this position.

Meridian Cloudworks
Talent Acquisition

*** This is an automatically generated email. Please do not reply. ***`, 'Meridian Cloudworks application update'),
  rej('application', ['generic'], { ...door },
    `Hello Ayesha,

Thank you for submitting your application for the Summer 2027 Associate Product Manager Intern role at Tessellate Labs. We really enjoyed learning about your hackathon projects and your work with the campus women-in-computing chapter.

We've now finished reviewing candidates for this role, and we're sorry to say your application won't be moving on. There were far more strong applicants than we had spots.

We'd love to hear from you again when our new-grad APM applications open next fall.

All the best,
Tessellate Labs University Recruiting`, 'Tessellate Labs APM Intern - update'),

  rej('application', ['profile_mismatch', 'position_filled'], {},
    `Dear Benjamin,

Thank you for applying for the Equity Research Summer Analyst position with Garrison Whitlock & Co.

We have now completed our selection for the summer class. The positions have been filled with candidates whose experience more closely matched the profile we were seeking for this year.

We thank you for your interest in Garrison Whitlock.

Yours sincerely,
Campus Recruitment
Garrison Whitlock & Co.`, 'Garrison Whitlock - Summer Analyst'),

  rej('application', ['generic'], {},
    `Dear Emily,

Your candidacy for req. 119204 - Intern, Human Resources (Summer 2027) has been reviewed. We regret that we will not be pursuing it further.

Due to the number of applications received, we cannot respond to individual requests for feedback.

Thank you for your interest in Tavistock Energy.

This e-mail was sent by Tavistock Energy's applicant tracking system. Do not respond to this message.`, 'Tavistock Energy - req. 119204'),

  rej('application', ['generic'], { ...door },
    `Hi Kenji,

Appreciate you throwing your hat in the ring for the Mobile Engineering Intern role at Fable & Fig. We read every application ourselves (we're a small team!) and it was genuinely tough to choose. We're not able to offer you an interview this round.

We're growing fast and will likely open more intern and new-grad roles next spring. Keep an eye on our jobs page or follow us on Handshake.

Thanks,
Renata
Head of Talent, Fable & Fig`, 'Fable & Fig internship'),

  rej('application', ['profile_mismatch'], {},
    `Dear Valentina,

Thank you for your interest in the Management Consulting Summer Associate position at Ashgrove Partners.

Our recruiting committee reviewed your application in detail. Although your academic credentials are strong, we did not feel your experience aligned with what we are looking for in this year's summer class.

We appreciate the time you invested and wish you every success.

Sincerely,
Ashgrove Partners Recruiting`, 'Ashgrove Partners Summer Associate'),

  rej('application', ['role_closed'], { ...door },
    `Dear Dylan,

Thank you for applying to the Network Engineering Intern role (Job ID 40218) at Bluewater Communications.

Following a change in business priorities, the Network Operations team will not be hosting interns this summer and the posting has been withdrawn. Your application will therefore not progress.

We'd be glad to have you apply to any of our other student roles, which remain open on our careers site.

Bluewater Communications Campus Team`, 'Bluewater Communications - Network Engineering Intern'),

  rej('application', ['generic'], {},
    `Dear Chidinma,

Thank you for applying to Ostrander Global. We regret to inform you that you have not been shortlisted for the Finance Rotational Program - Class of 2027.

We wish you the very best.

Ostrander Global | Early Careers (Americas)`, 'Ostrander Global Finance Rotational Program'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Ryan,

We appreciate your interest in Talbot Aerospace and the time you invested in applying for the Systems Engineering Co-op (Summer/Fall 2027) - Req 2027-1180.

After careful review we determined that other candidates' qualifications better matched the requirements of the position.

We invite you to continue to check our careers site and apply for future positions for which you are qualified.

Talbot Aerospace
Human Resources - University Relations`, 'Talbot Aerospace Systems Engineering Co-op'),

  rej('application', ['generic'], {},
    `Dear Grace,

We are writing to update you on your application for Marketing Intern, Brand Team (Summer 2027) at Pemberly Household Goods.

While we were impressed by your background, we have decided to move ahead with other applicants. This was a hard decision given the quality of the candidate pool.

Thank you, and we wish you the best of luck.

Pemberly Household Goods University Relations`, 'Pemberly Household Goods: Marketing Intern'),

  rej('application', ['generic'], { ...door },
    `Dear Andrés,

Thank you for your application for the position of Data Engineering Intern at Caldera Retail Group.

We received an overwhelming number of applications for a limited number of seats, and unfortunately we are not in a position to offer you an interview at this time.

We encourage you to remain in our Talent Network, where you'll be the first to hear about new student openings.

Sincerely,
Caldera Retail Group
Campus Talent Acquisition`, 'Caldera Retail Group - Data Engineering Intern'),

  rej('application', ['generic'], {},
    `Subject: RE: Application - Software Dev Intern - Abhishek Rao

Hello Abhishek,

Thank you for your patience. We have concluded the initial shortlisting for the Software Development Intern role and regret that your candidature has not been taken ahead.

Wishing you good luck for your future.

Regards,
Talent Acquisition Team
Verisma Technologies Inc.

On Mon, Oct 12, 2026 at 9:14 PM Abhishek Rao wrote:
> Dear Hiring Team,
> I wanted to follow up on my application for the Software Development Intern role submitted on Sept 28.
> Please let me know if you need any further information.
> Thanks,
> Abhishek`, 'RE: Application - Software Dev Intern - Abhishek Rao'),

  rej('application', ['profile_mismatch'], {},
    `Dear Liam,

Thanks for your application to the Hardware Engineering Intern - Silicon Design position at Quantix Devices.

This is a highly specialized role, and after reviewing your résumé we have decided it isn't the right match.

Best regards,
Quantix Devices University Programs`, 'Quantix Devices application'),

  rej('application', ['generic'], { ...offered, ...door },
    `Hi Zara,

Thank you for your application to the Summer Technology Analyst role at Mapleton Trust. I'm the campus recruiter for the Waterloo region and I wanted to let you know personally that we won't be moving you forward this year.

If it would be helpful, I'm happy to jump on a short call and share some thoughts on your application before you apply again in the fall — just reply to this email.

Best,
Declan O'Rourke
Campus Recruiter, Mapleton Trust`, 'Your Mapleton Trust application'),

  rej('application', ['generic'], {},
    `Dear Precious,

Thank you for your interest in the Summer Vacation Programme at Drummond Lyle Advisory.

After careful consideration, the firm has decided not to extend an invitation to interview. We thank you for your interest and wish you well in your career.

Kind regards
Student Recruitment
Drummond Lyle Advisory`, 'Drummond Lyle Advisory - Summer Vacation Programme'),

  rej('application', ['position_filled'], { ...door },
    `Dear Jacob,

Thanks for your interest in the Winter 2027 Co-op - Manufacturing Engineering at Horizon Motors Canada.

All positions for the winter term have now been filled. Co-op job postings for the summer 2027 term will appear in early January, and we hope you will apply again then.

Kind regards,
Horizon Motors Canada Student Recruitment`, 'Horizon Motors Canada Winter Co-op'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hello Leila,

We appreciate your interest in our Data Analytics Intern program and have had the opportunity to review your application. Unfortunately, we are unable to offer you a position, as the other candidates we have identified are better aligned with the requirements of this particular role.

Your information has been added to our talent pool, and recruiters will be able to view it when filling similar roles over the next year.

Thank you again,
Everline Insurance Recruitment`, 'Everline Insurance - Data Analytics Intern'),

  rej('application', ['generic'], {},
    `Dear Connor,

Thank you for applying for a 2027 Summer Internship with Bramwell Securities. This season we received more than 40,000 applications for around 600 places, and we are unable to take your application any further.

Unfortunately, because of the volume, we are not able to provide feedback on individual applications.

We wish you the best of success.

Bramwell Securities Campus Recruiting`, 'Bramwell Securities 2027 Summer Internship'),

  rej('application', ['generic'], { ...door },
    `Hi Haruto,

Thank you for your interest in joining Ventura Games as a Gameplay Programmer Intern. We appreciate you sharing your portfolio with us — the shader experiments were a fun read!

After reviewing all of our applicants, we won't be continuing with your application for this role.

We'd like to keep your contact information on file for upcoming internship openings, if that's all right with you.

Ventura Games Recruiting`, 'Ventura Games Gameplay Programmer Intern'),

  rej('application', ['generic'], {},
    `Dear Maya,

We regret to inform you that after reviewing your application for the position of Investment Operations Intern, we will not be extending an interview.

Thank you for your time and consideration. We wish you success in your future pursuits.

Regards,
Whitcombe Asset Management`, 'Whitcombe Asset Management'),

  rej('application', ['profile_mismatch'], {},
    `Hi Elijah,

Many thanks for applying for the iOS Engineer, New Grad role at Tandem Pay. We've been looking for someone with a particular mix of experience for this position, and your background isn't quite the fit we need for it right now.

Wishing you lots of luck as you finish your degree.

Tandem Pay Talent`, 'Tandem Pay - iOS Engineer, New Grad'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Camille,

Thank you for applying to the Bilingual Customer Insights Intern role at Laurentide Assurance (Montréal).

This position requires professional working proficiency in both French and English. Based on the language information you provided, you do not currently meet the French language requirement, and we cannot proceed with your application.

We thank you for your interest in Laurentide Assurance.

Équipe Recrutement universitaire | Campus Recruitment Team`, 'Laurentide Assurance - Customer Insights Intern'),

  rej('application', ['generic'], { ...door },
    `Dear Oluwaseun,

Thank you for your application to the Rosewell Group Summer Analyst program. We're sorry to inform you that we have selected other candidates to progress to the interview stage.

We encourage you to visit our careers website and apply for other roles that match your skills and interests.

Best regards,
Rosewell Group Campus Talent`, 'Rosewell Group Summer Analyst'),

  rej('application', ['profile_mismatch'], {},
    `Dear Sarah,

Thank you for your application for the Policy & Strategy Intern (Summer 2027) at Crestmoor Utilities. We are unable to offer you an interview. The applicants selected for interview more closely matched the selection criteria for this role.

Sincerely,
Crestmoor Utilities HR`, 'Crestmoor Utilities - Policy & Strategy Intern'),

  rej('application', ['generic'], {},
    `Hi Daniyar,

We've reviewed your application for the Machine Learning Intern role at Solenne AI. We're going to pass for now. Thank you for your interest and good luck with the rest of recruiting season!

— Solenne AI`, 'Solenne AI Machine Learning Intern'),
  // ── Screen: a recruiter call or a phone screen
  rej('screen', ['generic'], { ...door },
    `Hi Aisha,

Thank you for taking the time to speak with me on Thursday about the Software Engineering Intern role at Norrland Logistics. I enjoyed hearing about your capstone project.

After discussing with the hiring team, we've decided not to move forward to the technical rounds for this position. I know that's disappointing to hear.

I'd encourage you to keep an eye on our early-careers page; we'll be opening new-grad roles in the spring and I'd be happy to see your application again.

Best,
Mallory Chen
University Recruiter | Norrland Logistics`, 'Following up on our call'),

  rej('screen', ['profile_mismatch'], {},
    `Dear Vikram,

Thanks again for the phone screen last week for the 2027 Summer Internship - Product Analytics. We appreciated the chance to learn more about you.

Having spoken with a number of candidates, we've decided to continue with those whose experience more closely fits what the team is looking for this summer.

Wishing you the very best,
Kerrigan Media Talent Acquisition`, 'Kerrigan Media - Product Analytics Internship'),

  rej('screen', ['generic'], {},
    `Hi Owen — thanks for the chat on Monday. We won't be moving ahead with the intern process on our side, but I appreciated your time. All the best with your search. — Jess, Recruiting @ Pivotry`, 'Pivotry'),

  rej('screen', ['location'], { ...fb },
    `Dear Nadia,

Thank you for speaking with our recruiting team about the Associate Software Engineer (New Grad) role at Cresthaven Bank.

During your recruiter call you confirmed that you would need H-1B sponsorship after your OPT period. Unfortunately, this role is not eligible for visa sponsorship, so we are not able to continue with your candidacy.

We're sorry we couldn't bring better news and we wish you every success.

Regards,
Talent Acquisition
Cresthaven Bank, N.A.`, 'Cresthaven Bank - Associate Software Engineer (New Grad)'),

  rej('screen', ['generic'], { ...door },
    `Dear Ifeanyi,

It was a pleasure to speak with you during our introductory call regarding the Graduate Analyst Programme at Lindqvist Energy.

We have carefully considered all candidates who took part in the first-round calls, and I regret to inform you that we will not be inviting you to the next stage.

We would very much like to stay in touch and encourage you to apply for future opportunities with us.

Best wishes,
Henrike Solberg
Early Careers Recruiter, Lindqvist Energy`, 'Lindqvist Energy Graduate Analyst Programme'),

  rej('screen', ['profile_mismatch'], { ...offered },
    `Hi Julia,

Thanks so much for making time for our call about the Customer Success Intern role. After thinking it over with the team, we don't think this role is the right match for your experience right now, so we're going to stop the process here.

If you'd like some notes from our conversation, just let me know and I'll send a few over.

Kind regards,
Tobias
Talent Partner, Harrowgate SaaS`, 'Harrowgate - Customer Success Intern'),

  rej('screen', ['generic'], {},
    `Dear Mohammed,

Thank you for your time on the phone screen for the Quantitative Trading Intern role at Eastbrook Capital.

We have reviewed the outcome of your screen and regret that we will not be advancing you to the next round. We are unable to share specific feedback on individual screens.

Eastbrook Capital Recruiting`, 'Eastbrook Capital - Quantitative Trading Intern'),

  rej('screen', ['role_closed'], { ...door },
    `Hi Grace,

I wanted to circle back after our phone conversation about the Summer 2027 Finance Intern role at Calloway Home Improvement.

Since we spoke, our intern headcount for the finance organization was reduced and this particular opening has been removed. That means we won't be continuing your process for it, and I'm sorry for the change after you'd already given us your time.

I've tagged your profile so our team can reach out if a comparable internship opens for the summer, and you're welcome to apply to any other student posting on our site.

Best regards,
Darnell Hughes
Campus Recruiter, Calloway Home Improvement`, 'Calloway Finance Intern - update after our call'),

  // ── Assessment: online assessments and coding challenges
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Sophie,

Thank you for completing the online assessment for the Software Engineering Intern - Summer 2027 role at Graniteview Technologies.

We have reviewed your results, and unfortunately your score did not meet the threshold required to progress to interviews for this cycle.

Please don't be discouraged. You're welcome to reapply in six months, and new intern and new-grad positions open regularly on our careers site.

Graniteview University Recruiting`, 'Graniteview Technologies - Online Assessment Result'),

  rej('assessment', ['generic'], {},
    `Hi Rahul,

Thank you for completing the HackerRank challenge for the Backend Engineer, University Grad position at Sprocketly. We appreciate the effort you put into it.

After reviewing submissions, we've decided not to move forward with your application at this time.

Best of luck in your search,
Sprocketly Recruiting Team`, 'Sprocketly coding challenge'),

  rej('assessment', ['profile_mismatch'], { ...door },
    `Dear Emma,

Thank you for completing the game-based assessment for the 2027 Graduate Leadership Programme at Harrowfield Consumer Health.

Having considered your assessment profile alongside your application, we have decided that your profile is not the closest match for the programme this year, and we will not progress your application.

Your details will stay in our talent pool for twelve months. We would be happy to hear from you again next season.

Harrowfield Consumer Health
Early Careers`, 'Your Harrowfield application'),

  rej('assessment', ['generic'], {},
    `Dear Kelechi,

Thank you for recording your video interview for the Audit & Assurance Summer Intern role at Pritchard Lowe LLP. Our team has now reviewed your responses.

We regret to let you know that we will not be moving you forward to the next stage of our process. Given the very large number of candidates, we are unable to provide individual feedback on video interviews.

With best wishes,
Pritchard Lowe LLP | Campus Recruiting`, 'Pritchard Lowe - Video Interview Outcome'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Tyler,

Thanks for submitting the Codility test for the Data Engineering Intern position at Ravenmoor Analytics.

Our reviewers looked at your submission. The solutions passed the basic cases but did not handle the larger inputs within the time limits, and the scores fell below our cut-off for this round, so we won't be advancing your application.

Regards,
Ravenmoor Analytics Engineering Recruiting`, 'Ravenmoor Analytics - Codility result'),

  rej('assessment', ['generic'], { ...door },
    `Dear Anjali,

Thank you for taking part in the numerical and logical reasoning tests for the Risk Analyst Summer Internship at Greystone Bancorp.

We have now reviewed all test results and considered them alongside our other applicants. Unfortunately, we will not be able to take your application further this year.

We wish you all the best and hope you will consider applying to Greystone again in the future.

Greystone Bancorp Student Recruitment`, 'Greystone Bancorp - Summer Internship'),

  rej('assessment', ['assessment', 'profile_mismatch'], { ...fb },
    `Dear Samir,

Thank you for completing the take-home case study for the Strategy Intern role at Fairhaven Outdoor Co.

The team appreciated your recommendations on the regional pricing question. That said, the analysis didn't go deep enough into the cost data we supplied, and overall other candidates' submissions and backgrounds aligned more closely with what this role needs. We won't be moving you forward.

Thank you for your effort,
Fairhaven Outdoor Co. Talent Team`, 'Fairhaven Strategy Intern - case study'),

  rej('assessment', ['generic'], {},
    `Hello Kavya,

We wanted to thank you for completing the technical assessment for our Summer 2027 SDE Intern opening.

After a careful evaluation, the hiring team has decided not to proceed with your candidature for this opening. We wish you success ahead.

Regards,
Campus Team, Zentrix Software`, 'Zentrix Software - SDE Intern'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Lukas,

Thank you for your interest in the Trading Operations Intern program at Northgate Clearing and for completing the Pymetrics-style assessment.

Your results on the assessment did not meet the benchmark we use to select candidates for interviews, so we are unable to progress your application for this program.

You are welcome to apply again for our 2028 programs once applications reopen next August.

Northgate Clearing
Campus Recruiting`, 'Northgate Clearing - assessment outcome'),

  rej('assessment', ['generic'], {},
    `Hi Bianca,

Thank you for completing the coding exercise for the Frontend Engineering Intern role at Loomwise. The team reviewed it last week.

We've decided to proceed with other candidates. Due to the volume of submissions we're not able to share detailed feedback on individual exercises, but we really appreciate the time you spent on it.

Take care,
Loomwise Recruiting`, 'Loomwise - coding exercise'),

  rej('assessment', ['generic'], { ...door },
    `Dear Hamza,

Thank you for completing the online assessment as part of your application to the 2027 Operations Leadership Development Program at Crownfield Automotive.

We regret to inform you that you have not been selected to move forward to the next step. We encourage you to continue exploring opportunities with Crownfield Automotive and to apply for positions that match your interests.

Sincerely,
Crownfield Automotive University Relations`, 'Crownfield Automotive OLDP'),
  // ── Interview: technical, behavioural, conversations with the team
  rej('interview', ['generic'], { ...door },
    `Hi Isaac,

Thank you for interviewing with us for the Software Engineer Intern (Summer 2027) role at Alderbank. Our interviewers enjoyed meeting you and hearing how you approached the graph problem.

We've now completed interviews for this role and, after a lot of discussion, we've decided not to extend an offer. Competition for our internship spots this year was especially strong.

We'd love for you to apply again for our new-grad program next fall. Your information will stay in our system, and our team may reach out when that cycle opens.

Best,
Alderbank University Recruiting`, 'Your Alderbank interview'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Natalia,

Thank you for your time interviewing with the Marketing team for the Brand Management Intern role at Lindenfield Beverages.

We enjoyed our conversations with you. After careful consideration, we have decided to move forward with candidates whose experience is more closely aligned with the role's needs.

We wish you the best in your continued search.

Regards,
Lindenfield Beverages Campus Recruiting`, 'Lindenfield Beverages - Brand Management Intern'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Pranav,

I was one of your interviewers last Tuesday for the Infrastructure Engineering Intern role here at Gridlock Systems. I asked our recruiter if I could write to you myself.

The team decided not to move forward. Honestly, your problem-solving was solid — the main thing was that this role leans heavily on Linux systems work and networking, and in the systems design discussion it was clear you haven't had much hands-on exposure there yet. A course in operating systems or a side project running your own services would make a big difference.

If you want more detail on any of this, reply here and I'm glad to go through it.

Good luck,
Marta Kowalczyk
Senior Software Engineer, Gridlock Systems`, 'From your Gridlock interviewer'),

  rej('interview', ['generic'], {},
    `Dear Chukwuemeka,

Thank you for participating in the behavioural interview for the Graduate Rotational Program at Sandell Industrial.

Unfortunately, we will not be progressing your application to the final stage. We received applications from many outstanding candidates and the decision was very difficult.

We wish you all the best in your career.

Sandell Industrial Talent Acquisition`, 'Sandell Industrial Graduate Rotational Program'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Hana,

Thanks again for meeting with the hiring manager and the team for the UX Research Intern position at Pellucid Design. Everyone appreciated your thoughtfulness.

After your conversations with the team, we don't think this role is the right fit at this point. We'd really like to keep in touch though, and we'll reach out if there's a future opening that could be a better match.

Warmly,
Pellucid Design Recruiting`, 'Pellucid Design - UX Research Intern'),

  rej('interview', ['generic'], {},
    `Dear Mateo,

Thank you for interviewing for the Summer Technology Analyst position with Kingsbridge Financial. We appreciate the time you invested in the process.

We have decided to extend offers to other candidates. Given the volume of interviews this season, we are not in a position to provide individual feedback.

Sincerely,
Kingsbridge Financial Campus Recruiting`, 'Kingsbridge Financial - Summer Technology Analyst'),

  rej('interview', ['position_filled'], { ...door },
    `Dear Anika,

Thanks for your patience since your interviews for the Hardware Test Co-op (Fall 2027) at Pulsar Robotics.

I'm writing to let you know that the position has been filled by another candidate who accepted our offer last week. It was a close decision and the team was impressed by you.

We would encourage you to apply for our winter co-op postings, which will be listed on your school's co-op portal in late October.

Regards,
Stefan Novak
Talent Acquisition Partner, Pulsar Robotics`, 'Pulsar Robotics Hardware Test Co-op'),

  rej('interview', ['generic'], {},
    `hi Jamal, thanks for coming in for the interviews on friday. we decided to go another way for the intern role. appreciate your time and wish you luck — Sam (Eng Manager, Ferrocast)`, 'ferrocast intern'),

  rej('interview', ['role_closed'], {},
    `Dear Ellie,

Thank you for interviewing with the Commercial Analytics team for the 2027 Summer Intern role at Westport Telecom.

I am sorry to tell you that, following a company-wide review of hiring plans, the headcount for this internship has been withdrawn and we are no longer able to fill the position this summer. We are therefore closing your application, along with all others for this requisition.

This decision has nothing to do with your interviews, which the team spoke well of.

Regards,
Westport Telecom Early Talent`, 'Westport Telecom - Commercial Analytics Intern'),

  rej('interview', ['generic'], { ...door },
    `Dear Rebecca,

Thank you for completing your virtual interviews for the 2027 Summer Associate Program at Marrow & Keene Consulting.

After reviewing feedback from each interviewer, we are not able to offer you a position in our summer program. Please know that the decision reflects the extraordinary strength of this year's candidates.

We'd encourage you to stay connected through our campus events, and we hope you will consider applying for full-time roles in the future.

Best regards,
Marrow & Keene Recruiting Team`, 'Marrow & Keene Summer Associate Program'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Arnav,

Thank you for completing the technical and behavioural interviews for the Firmware Engineer Intern position at Oxbow Medical Devices.

While your qualifications are impressive, the panel felt that other candidates were better suited to the specific demands of this role. As such, we will not be moving forward with your application.

Please understand that, due to company policy, we are not able to provide details of the panel's evaluation.

Best regards,
Oxbow Medical Devices
University Talent Programs`, 'Oxbow Medical Devices - Firmware Engineer Intern'),

  rej('interview', ['generic'], {},
    `Dear Ji-woo,

We want to thank you for your time interviewing for the Data Scientist, New Grad position at Orchard Health Analytics.

The hiring team has made its decision and we will not be proceeding with your candidacy. We truly appreciate your interest and wish you well in your next steps after graduation.

Orchard Health Analytics
Talent Team`, 'Orchard Health Analytics - Data Scientist, New Grad'),

  // ── Final: superdays, onsites, final rounds
  rej('final', ['generic'], { ...door },
    `Dear Alexander,

Thank you for attending the Superday for the 2027 Investment Banking Summer Analyst Program at Hartwell Brothers. We know it was a long day and we appreciated your energy throughout.

After considerable deliberation, we are unable to extend you an offer for this summer. The final round was exceptionally competitive.

We hope you will stay in touch with us and consider Hartwell Brothers for full-time opportunities in the future.

With best regards,
Hartwell Brothers Campus Recruiting`, 'Hartwell Brothers Superday'),

  rej('final', ['profile_mismatch'], {},
    `Hi Lina,

Thank you for joining us onsite for the final round of interviews for the Software Engineer, University Grad role at Copperline. Meeting you in person was a pleasure.

We've decided to move forward with another candidate whose experience aligned more closely with the team's immediate needs.

I'm sorry not to have better news. Best of luck with your final semester!

Nicole Park
University Recruiter, Copperline`, 'Copperline final round'),

  rej('final', ['generic'], { ...offered },
    `Dear Devon,

Thank you for taking part in the final-round interviews for the Quantitative Analyst Intern position at Sterling Harbor Capital.

We have now concluded the process and regret that we will not be extending an offer to you on this occasion. You were one of a very small number of finalists.

If you would find it useful, I would be happy to arrange a short call to share the panel's observations. Please let me know.

Kind regards,
Yasmin Haddad
Head of Campus Recruitment, Sterling Harbor Capital`, 'Sterling Harbor Capital - final round'),

  rej('final', ['position_filled', 'profile_mismatch'], {},
    `Hi Connor,

Thanks for spending the day with us at our Mountain View office for the Product Manager Intern final round. Everyone enjoyed meeting you.

We've now filled our summer PM intern spots. The candidates we selected had backgrounds that matched this year's product areas somewhat more closely, so we won't be extending an offer.

Thanks for your interest in Quorate,
Quorate University Recruiting`, 'Quorate PM Intern final round'),

  rej('final', ['generic'], {},
    `Dear Folake,

Thank you for attending our assessment centre for the Graduate Commercial Programme at Holloway Airways.

We regret to inform you that your application has been unsuccessful at this stage. We wish you every success in the future.

Kind regards,
Holloway Airways Graduate Recruitment`, 'Holloway Airways assessment centre outcome'),
  // ── More application-stage letters
  rej('application', ['location'], { ...fb },
    `Hello Diego,

Thank you for applying to the Summer 2027 Engineering Student Program at Prairie Rail Canada (Req PRC-27-0415).

This program is open only to students who are Canadian citizens, permanent residents, or who hold a valid Canadian work permit for the full term. The information in your profile shows you are studying in the United States and do not currently hold Canadian work authorization, so we cannot move your application forward.

Thank you for your interest, and best wishes for your studies.

Prairie Rail Canada | Student & New Graduate Recruitment`, 'Prairie Rail Canada - Engineering Student Program'),

  rej('application', ['position_filled', 'role_closed'], { ...door },
    `Dear Yusuf,

We're writing about your application for the Cybersecurity Analyst Intern posting (Job 2027-SEC-19) at Amberlyn Health Systems.

Our 2027 intern class is now complete: the available places have been offered and accepted, and the remaining requisitions in this program have been closed for the year. We will not be reviewing further applications, including yours.

Our 2028 summer internships will be posted in September. We hope you will apply then.

Amberlyn Health Systems
Campus Talent Acquisition`, 'Amberlyn Health Systems - Cybersecurity Analyst Intern'),

  // ── Paused processes
  hold('interview', ['role_closed'], {},
    `Hi Tanvi,

Thank you for your patience since your interviews for the Software Engineer, New Grad role at Helixor.

I want to be transparent with you: the company has placed a temporary pause on all new-grad hiring while leadership finalizes next year's budget. Your candidacy is not closed — you're still in process with us — but we can't make any decisions until the pause lifts, which we expect in early February.

I'll reach out as soon as I hear anything. Sorry for the wait.

Best,
Corinne Abbott
University Recruiting, Helixor`, 'Update on your Helixor process'),

  hold('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for applying to the 2027 Summer Internship Program at Ludlow Freight.

Due to a review of our intern headcount, decisions on all summer internship applications have been put on hold. Your application remains active, and no action is needed on your part. We expect to resume reviewing applications in January and will contact you with an update at that time.

We appreciate your patience.

Ludlow Freight University Relations
Please do not reply to this email.`, 'Ludlow Freight Summer Internship Program - status update'),

  hold('assessment', ['role_closed'], {},
    `Dear Oscar,

Thank you for completing the online assessment for the Winter 2027 Co-op - Data Analyst role at Silverpeak Insurance.

Our hiring managers have not yet finalised the number of co-op positions for the winter term, so interview decisions will be delayed until the start of the next term. You are still under consideration, and we will be in touch with next steps as soon as we can.

Kind regards,
Silverpeak Insurance Student Recruitment`, 'Silverpeak Insurance co-op - timing update'),

  hold('screen', ['role_closed'], { ...door },
    `Hey Mariam,

Quick update after our recruiter call. Our engineering org just froze intern headcount for the quarter, so the Summer 2027 intern req is on hold until further notice. You haven't been declined — I've kept your profile active, and if the hold lifts we'll pick up right where we left off. If it doesn't, I'll still keep you in mind for our new-grad roles.

Thanks for understanding,
Priyanka
Recruiting @ Stackfield`, 'stackfield intern req on hold'),
  // ── Look-alikes: receipts, under review, invitations, scheduling, offers, alerts
  other(`Dear Priya,

Thank you for applying to the 2027 Summer Internship - Software Engineering (Req. R-0051177) at Vantage Harbor Bank. This email confirms we have received your application.

Our university recruiting team reviews applications on a rolling basis. Unfortunately, due to the volume of applications, we are unable to respond to status inquiries individually. If your background matches the needs of the role, a member of our team will be in touch.

Thank you for your interest,
Vantage Harbor Bank Campus Recruiting
This mailbox is not monitored.`, 'We received your application - Vantage Harbor Bank'),

  other(`Hi Leo,

Thanks for applying to Dunmore Robotics! Your application for Mechanical Engineering Intern (Summer 2027) is now under review. We appreciate your patience while our team works through a high number of applications — it may take 3-4 weeks to hear back.

You can check your status anytime in your candidate portal.

Dunmore Robotics Early Careers`, 'Your application is under review'),

  other(`Dear Amara,

Congratulations! Based on your application for the New Grad Software Engineer (University Grad) position at Crescent Byte, we'd like to invite you to complete our online coding assessment.

Assessment: 2 problems, 90 minutes
Platform: HackerRank
Deadline: Please complete within 7 days of receiving this email.

Please ensure you have a stable internet connection. If you need an accommodation, reply to this message before starting.

Good luck!
Crescent Byte University Recruiting`, 'Crescent Byte Online Assessment Invitation'),

  other(`Hi Ethan,

This is a friendly reminder that your Codility assessment for the Data Engineering Intern role at Northwind Grocers has not yet been completed. The link expires in 48 hours.

Unfortunately, we cannot extend the deadline past this point, so please complete it at your earliest convenience. If you have already finished, please disregard this message.

Northwind Grocers Campus Recruiting`, 'Reminder: complete your assessment'),

  other(`Dear Rania,

Thank you for your interest in the 2027 Summer Analyst Program at Kellbrook Partners. We'd like to move you forward to a first-round video interview.

Please use the link below to select a time that works for you in the next week:
https://schedule.kellbrook-careers.example/book/7731

We look forward to speaking with you.

Best,
Campus Recruiting, Kellbrook Partners`, 'Kellbrook Partners - Interview Scheduling'),

  other(`Hi Noah,

Great meeting you at the UIUC Engineering Career Fair on Tuesday! As promised, here's the link to our Summer 2027 internship postings: stratoline.example/careers/students.

We're reviewing résumés from the fair this week. Unfortunately we can't guarantee an interview to everyone we met, but we'll keep you in mind as we shortlist, and I'll be in touch either way.

Cheers,
Abby Torres
University Recruiter, Stratoline Aerospace`, 'Great to meet you at the career fair!'),

  other(`You're invited: Fenwick Labs Virtual Info Session

Curious about our 2027 internships in software, data science and product? Join engineers and recent interns for a 45-minute info session on Thursday, October 8 at 6:00 PM ET. We'll cover the application process, what interviews look like, and what summer at Fenwick is like.

RSVP on Handshake.

Fenwick Labs Early Careers
You are receiving this because you follow Fenwick Labs on Handshake.`, 'Invitation: Fenwick Labs info session'),

  other(`The Pathways Digest | November issue

Hello from the Bridgeway Financial Diversity in Tech team!

In this issue:
- Applications are now open for our Emerging Leaders Scholarship (deadline December 1)
- Meet three 2026 interns who returned as full-time analysts
- Resume workshop with our Black Employee Network on November 18
- Save the date: Women in Quant Spring Insight Day

We appreciate your continued interest in Bridgeway, and we hope to see you at an event soon.

Unsubscribe | Manage preferences | Privacy`, 'The Pathways Digest - November'),

  other(`Dear Candidate,

We are reaching out regarding your application for the 2027 Co-op Program at Ironhill Utilities. To continue to consider you, please log in to your candidate profile and update your availability for the summer and fall terms, as well as your expected graduation date.

Unfortunately, applications without updated availability by October 30 cannot be routed to hiring managers.

Ironhill Utilities Student Recruitment`, 'Action required: please update your availability'),

  other(`Dear Sophia,

On behalf of Elmhurst Analytics, I am delighted to offer you the position of Data Science Intern for Summer 2027, based in our Chicago office. Your start date will be June 1, 2027, for a 12-week term, at an hourly rate of $48.00.

Please review the attached offer letter and sign it through the candidate portal by November 20. We're thrilled at the prospect of having you join us.

Warm regards,
Jenna Whitfield
University Recruiting Lead, Elmhurst Analytics`, 'Your offer from Elmhurst Analytics'),

  other(`Hi Marcus,

It was great having you on the Payments team this summer! I'm happy to let you know that we'd like to extend you a return offer for a full-time Software Engineer (New Grad) role starting in summer 2027. Your recruiter will send the formal offer paperwork in the next few days.

No need to decide right away — take your time and reach out with any questions.

Cheers,
Owen
Engineering Manager, Fairlight Pay`, 'Return offer 🎉'),

  other(`Dear Kiran,

This is to confirm that, as you requested, your application for the Hardware Engineering Intern position (Req 88214) at Voltair Electric has been withdrawn. No further action will be taken on it.

We're sorry to see you go, and we wish you every success. You are welcome to apply to Voltair again at any time.

Voltair Electric Talent Acquisition`, 'Application withdrawn - Req 88214'),

  other(`Dear Applicant,

Please be advised that the requisition for 2027 Summer Intern - Treasury (Req 4471) at Bellamy Outfitters is no longer accepting applications.

This notice is sent to everyone who viewed or saved this posting. Other student opportunities may be available on our careers site.

Bellamy Outfitters Careers`, 'Posting closed: 2027 Summer Intern - Treasury'),

  other(`New jobs for you on Handshake

Based on your profile, here are 5 new postings:
• Software Engineering Intern – Summer 2027 · Greyhaven Systems · Seattle, WA
• Data Analyst Co-op · Riverton Insurance · Hartford, CT
• New Grad Product Designer · Kitewing · Remote (US)
• Quant Research Intern · Alder & Finch · New York, NY
• Supply Chain Intern · Tamarind Foods · Minneapolis, MN

Apply soon — many employers review on a rolling basis.

Manage your job alerts | Unsubscribe`, 'New jobs matching your profile'),

  other(`Hello Arjun,

We appreciate your patience as we review applications for the Associate Consultant Intern role at Brightwater Group. We wanted to let you know that our timeline has shifted slightly, and first-round interview invitations will now go out the week of November 9.

No action is required on your part. We'll be in touch.

Brightwater Group Recruiting Team`, 'Brightwater Group - timeline update'),

  other(`Hi Zoe,

Thank you for your interest in Lattice & Loom. Our recruiting team would like to move you forward in the process for the Product Design Intern role! The next step is a 30-minute call with a recruiter to learn more about you.

Please reply with a few times that work for you next week.

Thanks,
Georgia
Recruiting Coordinator, Lattice & Loom`, 'Next steps - Lattice & Loom'),

  other(`Dear Ifeoma,

Thank you for applying to the Global Markets Summer Analyst program at Whitlow Sachs & Co.

Unfortunately, our system shows that your application is incomplete: we did not receive your unofficial transcript. Please upload it to your candidate profile by Friday so that your application can be reviewed.

Regards,
Whitlow Sachs Campus Recruiting`, 'Missing document: transcript'),

  other(`Interview confirmation

Candidate: Hannah Lee
Position: Software Engineer Intern, Summer 2027 (Req 27-SWE-031)
Date: Wednesday, November 4, 2026
Time: 2:00 PM - 3:00 PM Eastern
Format: Zoom (link to follow 24 hours before)
Interviewer: Ravi Menon, Senior Software Engineer

If you need to reschedule, please use the link in your candidate portal. We look forward to speaking with you.

Pinehurst Software | University Recruiting`, 'Interview confirmation: Software Engineer Intern, Summer 2027'),

  other(`Hi Tomás,

Thanks for completing your interviews for the Business Technology Analyst role with us. I know waiting is hard — I wanted to let you know the team is still meeting with candidates and we expect to have decisions by the end of next week. I'll reach out either way as soon as I have news.

Thanks for hanging in there,
Rebecca
Campus Recruiter, Ashfield Consulting`, 'Quick status update'),

  other(`Subject: Your Superday Invitation - Calder Rowe

Dear Aditya,

Congratulations! We are pleased to invite you to our Superday for the 2027 Investment Banking Summer Analyst program on Friday, November 13 at our New York office. You will meet with four to five bankers across the day.

Please confirm your attendance by replying to this email. Travel will be arranged by our events team.

Best,
Calder Rowe Campus Recruiting`, 'Calder Rowe Superday Invitation'),

  other(`Dear Student,

Thank you for your interest in the Emberline Insurance Summer Leadership Program. Regrettably, we had to reschedule the virtual networking event that was planned for October 22. The new date is October 29 at 7:00 PM ET, and your registration has been carried over automatically.

We apologise for any inconvenience and look forward to seeing you there.

Emberline Insurance Campus Events`, 'Event rescheduled: Summer Leadership Program networking night'),

  other(`Hi Jasmine — just checking you got the calendar invite for Thursday's technical interview? Let me know if the time doesn't work. Thanks! Kyle (Recruiting, Tallis Robotics)`, 'Thursday interview'),

  other(`Dear Obinna,

Your application for the 2027 Graduate Engineering Programme at Corrigan Infrastructure has passed our initial screening. We are pleased to inform you that you will progress to the online assessment stage.

You will receive an invitation from our assessment partner within three working days. Please check your junk folder if it does not arrive.

Kind regards
Graduate Recruitment Team
Corrigan Infrastructure`, 'Corrigan Infrastructure - next stage'),

  other(`Dear Mei,

We are writing to let you know that the 2027 Summer Internship - Product posting you applied to has been re-posted under a new requisition number (JR-44210) due to a system migration. Your application has been transferred automatically and remains under consideration.

We apologise for any confusion this may cause.

Sunbridge Retail Talent Acquisition`, 'Your application has been transferred'),

  other(`Hi Aidan,

Thanks for your interest in Kestrelwood! Our Fall 2027 new grad applications aren't open yet, but we'll be in touch as soon as they are. In the meantime, we've added you to our talent community so you'll get updates about events and openings.

Kestrelwood University Recruiting`, 'Thanks for joining the Kestrelwood talent community'),

  other(`Dear Nkechi,

Thank you for participating in our recruiting process for the Summer Analyst role. We're always working to improve the candidate experience, and we would appreciate it if you could take three minutes to complete a short survey about your interviews.

Your responses are anonymous and won't affect your candidacy in any way.

Take the survey: https://survey.marlowe-careers.example/c/55821

Marlowe & Dunne Campus Recruiting`, 'How did we do? Candidate experience survey'),

  other(`Hi Sebastian,

We're thrilled to welcome you to the 2027 Summer Intern Class at Orrery Labs! 🎉 Your onboarding portal is now live. Please complete your I-9 documents, your direct deposit form and your laptop preferences by April 15.

Your manager will reach out in May to introduce themselves.

See you in June,
Orrery Labs Intern Program Team`, 'Welcome to the Orrery Labs Intern Class!'),

  other(`Dear Farah,

Thank you for applying to the Software Engineer, New Grad role at Veridian Grid. We've reviewed your application and would like to invite you to a recruiter phone screen. Unfortunately our calendars are quite full this month, so the earliest available slots are in the week of November 16.

Please pick a time using the link below.

Warm regards,
Veridian Grid Recruiting`, 'Veridian Grid - phone screen invitation'),

  other(`Dear Rohan,

Congratulations on your offer for the 2027 Technology Analyst Program! Our records show that we have not yet received your signed offer letter. As a reminder, your offer expires on December 4, 2026.

If you need more time to decide, please contact your recruiter directly.

Linwood Bancorp Campus Recruiting`, 'Reminder: offer deadline'),

  other(`Hi Lucy,

I'm a Software Engineer at Mirabel and a fellow Waterloo alum. I saw your profile on our talent platform and wanted to encourage you to apply to our Winter 2027 Software Developer co-op — I think your project with the distributed key-value store would be very relevant.

Happy to refer you if you're interested. No pressure at all!

Cheers,
Daniel Fung`, 'Mirabel co-op - referral?'),

  other(`Dear Samantha,

Thank you for your application to the Early Careers Programme at Thornbury Telecom. We are contacting all applicants to let you know that, due to a technical issue with our careers site, some applications submitted between 14 and 16 October were not saved correctly. Your application was received and is unaffected.

We appreciate your patience and apologise for any concern.

Thornbury Telecom Early Careers`, 'Important: careers site issue'),

  other(`Dear Hassan,

Thank you for your interest in the Associate Product Manager program at Wrenfield. Your recruiter has asked us to collect your availability for the final-round onsite, which will take place in our San Francisco office between November 30 and December 11.

Please complete the availability form by Monday. Travel and accommodation will be covered.

Wrenfield Recruiting Coordination`, 'Wrenfield APM - final round availability'),

  other(`Dear Chloé,

We have received your request to reschedule your Codility assessment for the Risk Technology Intern position. Your new deadline is Sunday, October 25, 11:59 PM ET.

Unfortunately, further extensions will not be possible. Please contact us if you experience any technical problems.

Copperfield Markets Campus Recruiting`, 'Assessment deadline extended'),

  other(`Hi all,

Thanks to everyone who stopped by the Halcyon Motors booth at the McGill Engineering Career Fair! We met more than 400 students. We're still going through résumés and will reach out to candidates for our summer co-op program over the next few weeks.

If you didn't get a chance to apply, our postings are open until November 15.

Halcyon Motors Canada Campus Team`, 'Thanks for visiting Halcyon Motors at the career fair'),

  other(`Dear Jun,

We're excited to share that your application for the 2027 Summer Internship - Machine Learning at Corvid AI has been moved to the hiring manager for review. While we can't promise every candidate at this step an interview, we'll update you on the outcome either way within two weeks.

Thank you for your patience,
Corvid AI University Recruiting`, 'Your application has moved forward'),

  other(`Hi Ben,

Thanks for checking in! Your application is still active and with the hiring team. We don't have an update just yet, but we'll let you know as soon as we do.

Best,
Northlake Systems Recruiting

On Wed, Oct 21, 2026 at 10:02 AM Ben Alvarez wrote:
> Hello,
> I'm following up on my application for the Summer 2027 SWE Intern role (Req 30014).
> Is there any update on my status? Thank you!
> Ben`, 'Re: status of my application - Req 30014'),
];
