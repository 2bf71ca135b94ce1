/**
 * SEALED, fourth part: whole messages written one by one for tests/reader-corpus/sealed-4.jsonl, to look
 * like mail as it arrives rather than like the earlier corpus: signatures, legal footers, "do not reply"
 * and unsubscribe lines, HTML leftovers, quoted earlier messages, job reference numbers, agency
 * boilerplate; retail, hospitals, universities, government, start-ups and banks; every stage and reason
 * of LABELS.md and the look-alikes of an inbox. Written and scored before the fifth round of changes
 * (docs/decisions/0045); never read to fix a miss and never trained on.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('q');

const noReply = '\n\n*** This is an automated message. Please do not reply to this email as the mailbox is not monitored. ***';
const eoe = (co: string): string =>
  `\n\n${co} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.`;
const confidential =
  '\n\nCONFIDENTIALITY: This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete it from your system. Any unauthorised use, disclosure or copying is prohibited.';
const unsub = (site: string): string => `\n\nYou received this email because you applied through ${site}. Unsubscribe | Privacy Policy | Terms`;
const gmailQuote = (when: string, who: string, body: string): string =>
  `\n\nOn ${when}, ${who} wrote:\n` + body.split('\n').map((l) => `> ${l}`).join('\n');
const outlookQuote = (from: string, sent: string, subject: string, body: string): string =>
  `\n\n________________________________\nFrom: ${from}\nSent: ${sent}\nTo: Candidate\nSubject: ${subject}\n\n${body}`;
const agency =
  '\n\nHarbourline Recruitment Ltd is acting as an employment agency in relation to this vacancy. Registered in England No. 08812345. Registered office: 3 Quay Street, Bristol BS1 4DJ. We process your personal data in line with our candidate privacy notice.';

export const SEALED_4: readonly CorpusLine[] = [
  // ── application stage
  rej('application', ['generic'], {},
    `Dear Sophie,

Ref: REQ-2025-04418 – Store Supervisor (Leeds Trinity)

Thank you for taking the time to apply for the above role with Kingsbury Retail Group.

We have now reviewed all applications and regret to inform you that on this occasion your application has not been successful.

We wish you every success in your future career.

Kind regards,

Resourcing Team
Kingsbury Retail Group${noReply}`, 'Your application – Store Supervisor (Leeds Trinity)'),
  rej('application', ['profile_mismatch'], {},
    `Hi Daniel,

Thanks so much for your interest in the Product Designer role at Loomwork. We really enjoyed learning about your background.

We've reviewed your application and have decided to move forward with candidates whose experience more closely aligns with the needs of the role at this time.

We appreciate the time you spent and wish you the best of luck in your search.

The Loomwork Team${unsub('Lever')}`, 'Loomwork – Product Designer'),
  rej('application', ['profile_mismatch'], door,
    `<div style="font-family: Helvetica, Arial; font-size: 14px">
<p>Dear Ananya,</p>
<p>Thank you for applying for the role of <b>Relationship Manager – SME Banking</b> (Requisition 118204) at Marlow &amp; Crane Bank.</p>
<p>We received applications from many well-qualified candidates. After careful review, we have shortlisted candidates whose experience and background were a closer match to the requirements of this position, and we will not be taking your application further.</p>
<p>Your profile will remain in our database, and our recruiters may contact you if a role matching your experience becomes available.</p>
<p>Regards,<br>Talent Acquisition<br>Marlow &amp; Crane Bank</p>
<p style="color:#999;font-size:11px">This message was sent from an unmonitored address. &copy; 2025 Marlow &amp; Crane Bank plc. All rights reserved.</p>
</div>`, 'Update on your application – Relationship Manager'),
  rej('application', ['skills_gap'], fb,
    `Dear Mr. Okafor,

Thank you for your application for the post of Staff Nurse – Cardiology (Vacancy reference 340-NUR-7781).

Unfortunately, you have not been shortlisted for interview. The shortlisting panel noted that the application did not demonstrate current NMC registration, which is an essential criterion in the person specification.

Thank you for your interest in working for St Brendan's Hospitals NHS Foundation Trust.

Yours sincerely,

Recruitment Services
St Brendan's Hospitals NHS Foundation Trust

Please do not reply to this email. For queries quote your vacancy reference number.`, 'Application outcome: 340-NUR-7781'),
  rej('application', ['generic'], {},
    `Dear Applicant,

RE: Administrative Officer (AO), Department for Regional Services – Campaign 2025-ADM-311

Thank you for applying for this vacancy. We have now completed the sift and unfortunately your application did not meet the required standard to progress to the next stage on this occasion.

Due to the high volume of applications received, we are unable to provide individual feedback at the sift stage.

Civil Service Resourcing

This is an automated email — replies to this address are not read.`, 'Campaign 2025-ADM-311: outcome of your application'),
  rej('application', ['position_filled'], {},
    `Hi there,

Thanks for applying to be a Barista at Ground Floor Coffee (Clapham)! We wanted to let you know the position has now been filled.

Thanks again and hope to see you in for a coffee soon.

Cheers,
Megan — Ground Floor Coffee

Sent via Indeed. Indeed's Privacy Policy applies. Manage your notification settings.`),
  rej('application', ['role_closed'], door,
    `Dear Lukas,

Thank you for your application for the Junior Data Engineer role (Job ID 55012).

We are writing to let you know that, following a review of our hiring plans for the rest of the year, this position has been withdrawn and we will not be proceeding with any applications for it.

We were glad to see your interest in Fernhill Insurance, and we would encourage you to keep an eye on our careers page and apply for future roles that suit your skills.

Kind regards,
Fernhill Insurance Recruitment Team
Fernhill Insurance Group | Registered in Scotland SC204411${confidential}`, 'Junior Data Engineer (55012) – position withdrawn'),
  rej('application', ['location'], fb,
    `Hello Mateo,

Thank you for applying for the Customer Success Associate position at Brightpath.

We reviewed your application and, unfortunately, this role is only open to candidates who already have the right to work in Canada, and we are not able to sponsor work permits for it. For this reason we are unable to move forward.

We appreciate your interest and wish you all the best.

Regards,
Brightpath Talent
Toronto, ON${unsub('Workable')}`),
  rej('application', ['salary'], fb,
    `Hi Priya,

Thank you for applying for the Senior Accountant role with us, and for filling in the screening questions.

Having reviewed your answers, the salary you are looking for is unfortunately well above the range we have budgeted for this position, so we won't be progressing your application.

Thanks again and all the best,
Chloe Reeve
Finance Recruitment | Aldwych Partners`),
  rej('application', ['overqualified'], fb,
    `Dear Graham,

Many thanks for your application for the Warehouse Team Leader vacancy at our Northampton distribution centre.

Having looked at your CV, your experience as an operations director is considerably beyond what this role involves, and we feel the position would not offer you enough challenge. We have therefore decided not to take your application forward.

With best wishes,
People Services — Draycott Logistics
Draycott Logistics Ltd, Unit 4 Brackmills, Northampton NN4 7PB`),
  rej('application', ['internal_candidate'], {},
    `Dear Candidate,

Thank you for your interest in the Communications Officer position (ref UNI-2025-0932) at the University of Eastmoor.

We would like to inform you that this post has been filled through internal redeployment, and the external recruitment has therefore been closed.

We thank you for the time you took to apply.

Human Resources
University of Eastmoor

This email was sent from an unattended mailbox.`),
  rej('application', ['generic'], {},
    `Thank you for applying to Pennant Health

Hi Jamal,

We appreciate you taking the time to apply for the Medical Receptionist role. Unfortunately, we've decided not to move forward with your application.

We're grateful for your interest in Pennant Health.

Best,
Pennant Health Recruiting

Powered by Greenhouse  •  Privacy`),
  rej('application', ['profile_mismatch'], {},
    `Dear Ms. Fernandes,

Thank you for your interest in the position of Research Associate (Job Code: R-04417) at Hollis University School of Public Health.

The search committee has completed its review. While your qualifications are impressive, other applicants more closely matched the specific needs of the project, and we have selected candidates for interview from that group.

We appreciate your interest in Hollis University and wish you success in your career.

Sincerely,
Office of Faculty & Staff Recruitment
Hollis University${eoe('Hollis University')}`),
  rej('application', ['skills_gap'], fb,
    `Hi Tom,

Thanks for getting in touch about the Sous Chef position.

I had a look through your CV — you've got good experience in café kitchens, but we need someone who has run a section in a high-volume restaurant kitchen before, and I can't see that yet. So I'm going to pass on this one.

Good luck, and thanks again.

Marco
Head Chef, The Salt Yard
Sent from my iPhone`),
  rej('application', ['generic'], door,
    `Dear Wei,

Graduate Programme 2026 – Technology Stream (Application ID G26-118402)

Thank you for your application to the Carrick & Lowe Graduate Programme.

This year we received over 9,000 applications for a limited number of places. Having carefully considered your application, we regret that we are unable to offer you a place in the next stage of our selection process.

We hope this does not discourage you from considering Carrick & Lowe in future: you are very welcome to apply again next year.

Yours sincerely,
Graduate Recruitment Team
Carrick & Lowe LLP

Carrick & Lowe LLP is a limited liability partnership registered in England and Wales (OC301122).`),
  rej('application', ['location'], { ...fb, ...door },
    `Hi Sara,

Thank you for applying for the Field Sales Executive role (Midlands territory) with Norland Foods.

This role is field-based and requires the successful candidate to live within the Midlands territory; as your application shows you are based in Aberdeen and not looking to relocate, we will not be progressing it.

We will keep your details on file and would be happy to hear from you if a role comes up closer to you.

Best regards,
Norland Foods Talent Team`),
  rej('application', ['skills_gap', 'position_filled'], fb,
    `Dear Hannah,

Thank you for applying for the Events Coordinator position at the Grand Albion Hotel.

We have now appointed to this role. We had a very strong response and decided to go with an applicant whose hospitality background was better suited to our needs.

Thank you for your interest in the Grand Albion.

Kind regards,
HR Department, Grand Albion Hotel
Tel: 0161 555 0192 | www.grandalbion.example`),
  rej('application', ['generic'], {},
    `Dear Kwame,

Job Requisition: 2025-77310 IT Support Analyst

Thank you for your interest in employment opportunities with Meridian County Government. We regret to inform you that you were not selected to move forward in the hiring process for the position listed above.

We encourage you to visit our website at governmentjobs.example.com for current openings.

Meridian County Human Resources

*Do not reply to this message. This email address is not monitored.*`),
  rej('application', ['skills_gap'], fb,
    `Dear Liam,

Thank you for applying to the Electrical Maintenance Technician vacancy (ref 4471) at Corby Plastics.

Unfortunately we are unable to take your application forward, as the role requires a completed Level 3 electrical apprenticeship and 18th Edition certification, which were not included in your application.

Thank you for your interest.

Corby Plastics HR
This email and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed.`),
  rej('application', ['skills_gap'], { ...fb, ...offered },
    `Hey Jordan,

Thanks for applying for our Growth Marketer role — we appreciated your note and portfolio.

We've decided to go with folks whose experience sits closer to B2B SaaS for this one, so we won't be moving ahead with your application.

If it'd be useful, reply to this and I'm happy to share a bit more about how we made the call.

Cheers,
Ines
Co-founder, Stackyard

--
Stackyard · 1 Leonard Circus, London · stackyard.example`),
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your application for the position of Teaching Assistant (Level 2) at Brookfield Primary School.

The shortlisting process has now been completed and we regret that your application has not been successful on this occasion. Given the number of applications received, we are not able to offer feedback.

Yours faithfully,
School Business Manager
Brookfield Primary School | part of the Riverside Learning Trust`),
  rej('application', ['profile_mismatch'], door,
    `Hi Aisha,

I hope you're well. I'm Sam from Harbourline Recruitment — thanks for applying through us for the Payroll Officer role with our client in Swindon.

I've now heard back from the client. They've reviewed your CV and unfortunately don't feel it's the right match for what they need at the moment, so they won't be taking it further.

I'll keep your CV on our system and will be in touch if anything else suitable comes in.

Kind regards,
Sam Whitlock
Senior Consultant – Finance & Accounting
Harbourline Recruitment${agency}`),

  // ── screen
  rej('screen', ['profile_mismatch'], {},
    `Hi Ben,

Thanks again for taking the time to chat with me on Tuesday about the Account Executive role at Quillfeather.

After discussing with the hiring manager, we've decided to move forward with candidates whose sales experience is a closer fit for the team right now.

I really appreciated our conversation and wish you the best of luck.

Best,
Rachel Kim
Talent Partner | Quillfeather
quillfeather.example/careers`),
  rej('screen', ['salary'], fb,
    `Dear Olga,

Thank you for your time on the phone yesterday to discuss the Operations Manager role.

As we discussed, your salary expectation of £72,000 is above the range for this position, which is capped at £60,000. Unfortunately, we are not able to go beyond this, so we will not be taking your application further.

Many thanks and best wishes,
Helen Price
Recruitment Partner, Ashgrove Housing Association`),
  rej('screen', ['location'], fb,
    `Hi Vikram,

It was lovely speaking with you earlier this week. Following our call, I checked with the hiring team about the remote working arrangement, and unfortunately this role needs to be in our Austin office at least four days a week. As you mentioned you aren't able to relocate, we won't be able to move forward.

Thanks again for your time, and I wish you the best.

Kelsey
Recruiting @ Ardent Robotics`),
  rej('screen', ['generic'], door,
    `Dear Nadia,

Thank you for taking part in the telephone screening interview for the Pharmacy Technician position at Lakeside General Hospital.

We have now completed the screening stage and regret to inform you that you have not been selected to progress to the next stage of the process.

We would encourage you to apply for future vacancies with Lakeside Health, which are advertised on our careers website.

Yours sincerely,
Recruitment Team, Lakeside Health
Lakeside Health is committed to safeguarding and promoting the welfare of children and vulnerable adults.`),
  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Hi Chen,

Thanks for the call on Friday — it was great to hear about your work on the payments team.

I've spoken with the hiring manager, and for this role they really need someone with hands-on Kubernetes experience in production, which from our conversation sounds like something you haven't had the chance to do yet. So we're going to pass for now.

Happy to jump on another quick call if you'd like more detail on the feedback.

Best,
Marta
Technical Recruiter, Finch Labs`),
  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Dear Joseph,

Thank you for speaking with me last week about the Finance Business Partner vacancy at our client, a leading FMCG business.

I have now had feedback from the client. They enjoyed reading your CV, but have decided to progress with candidates who have more of a commercial finance background, so they will not be inviting you to interview.

I will keep you in mind for other finance roles I'm working on and will be in touch when something suitable comes up.

Best regards,
Oliver Grant
Principal Consultant
Pemberton Search${agency}`),
  rej('screen', ['generic'], {},
    `Hi Grace,

Thank you for your time on our introductory call about the Customer Support Specialist role at Tidewell. Unfortunately, we won't be moving forward with your application at this time.

We wish you all the best.

Tidewell Recruiting Team

Sent with Ashby`),
  rej('screen', ['culture_fit'], fb,
    `Hi Alex,

Thanks for chatting with me on Monday. I've given it a lot of thought, and I don't think our team is the right environment for you — from what you shared, you're looking for a very structured setting with clear processes, and we're still a small, fairly chaotic team where everyone wears lots of hats.

I didn't want to keep you waiting. Best of luck with the search!

Nate
Founder, Ploughshare`),

  // ── assessment
  rej('assessment', ['assessment'], fb,
    `Dear Kiran,

Thank you for completing the online numerical and verbal reasoning assessments for the Graduate Analyst programme at Wexford Capital.

Unfortunately your scores in the numerical reasoning test did not meet the benchmark required to progress to the next stage, and we will not be taking your application further.

We wish you all the best for the future.

Wexford Capital Early Careers Team

Please do not reply to this email.`),
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Sebastián,

Thanks for sending over your take-home project for the Frontend Engineer position. The team spent some time going through it.

They liked the overall structure, but the solution didn't handle the loading and error states we asked for, and there were no tests, which was one of the main things we were looking for. On that basis we've decided not to continue with your application.

We'd be glad to see you apply again in the future, once you've had a bit more time in a production React codebase.

Thanks again for your effort,
Daria
Engineering Manager, Copperleaf`),
  rej('assessment', ['generic'], {},
    `Dear Anjali,

Thank you for completing the HackerRank coding challenge for the Software Engineer I role at Zenith Payments.

After careful review, we have decided not to move forward with your candidacy at this time.

We appreciate your interest in Zenith Payments.

Regards,
Zenith Payments University Recruiting${eoe('Zenith Payments')}`),
  rej('assessment', ['assessment'], offered,
    `Dear Mark,

Thank you for attending the assessment centre for the Trainee Police Call Handler role on 14 May.

We are sorry to tell you that on this occasion you were not successful at the assessment centre, as your overall score in the call-handling exercise fell below the required standard.

If you would like feedback on your performance, please email resourcing@northshire.police.example within 14 days of this email.

Yours sincerely,
Resourcing Team
Northshire Police`),
  rej('assessment', ['generic'], {},
    `Hi Zoe,

Thank you for completing the written task for the Content Editor role. We really appreciate the effort it takes.

We had a very strong pool of candidates and have decided to progress with others at this stage.

Best wishes,
The Editorial Team at Fold Magazine`),
  rej('assessment', ['location'], fb,
    `Dear Ahmed,

Thank you for completing the background check process for the Security Officer position.

Unfortunately, the checks showed that you do not currently hold the right to work in the United Kingdom for the hours this role requires, so we are unable to continue with your application.

Regards,
Vetting Team
Sentinel Guarding Services Ltd`),
  rej('assessment', ['assessment'], fb,
    `Hi Rosa,

Thanks for doing the SQL exercise for the Data Analyst role.

Unfortunately we won't be moving forward. Two of the five queries returned the wrong results (the join on orders double-counted refunds) and we need someone who's really confident with SQL from day one.

Good luck with your search,
Ethan
Analytics Lead, Parcelo`),
  rej('assessment', ['profile_mismatch'], {},
    `Dear Fiona,

Thank you for taking the time to complete the personality and situational judgement questionnaire for the Customer Service Advisor role at Northwave Energy.

We have reviewed your results alongside your application, and we feel your profile is not the right fit for this role on this occasion.

Thank you for your interest in Northwave Energy.

Northwave Energy Careers${unsub('Northwave Energy Careers (SmartRecruiters)')}`),

  // ── interview
  rej('interview', ['skills_gap'], fb,
    `Hi Leah,

Thank you for speaking with us about the Senior Product Manager role. We really enjoyed getting to know you through the interviews with Priyanka, Tom and the design team.

After much deliberation, we decided to move forward with a candidate whose experience in marketplace products aligned more closely with where we're heading.

We're grateful for the time and thought you put into the process.

Warmly,
Jess
Head of Talent, Hearthstone`),
  rej('interview', ['generic'], door,
    `Dear Mr. Iyer,

Thank you for attending the interview for the position of Assistant Manager – Branch Operations on 3rd June at our Pune regional office.

We regret to inform you that you have not been selected for the said position. We appreciate your interest in Sahyadri Co-operative Bank and shall keep your resume in our records for future requirements.

Thanking you,

Yours faithfully,
HR Department
Sahyadri Co-operative Bank Ltd.
Regd. Office: Shivajinagar, Pune – 411005`),
  rej('interview', ['skills_gap', 'position_filled'], { ...fb, ...offered },
    `Hi Farah,

Thank you so much for interviewing with us for the Marketing Manager role. It was a pleasure speaking with you on Thursday, and the panel appreciated how well you knew our brand.

In the end, we've decided to offer the role to someone with more experience of managing paid social budgets at scale, which is a big part of this job in its first year.

If it would help, I'd be happy to set up a short call to walk you through the panel's feedback.

Best,
Laura Mendes
People Partner | Oakridge Outdoor`),
  rej('interview', ['culture_fit'], fb,
    `Hi Sam,

Thanks for coming in to meet the team last week for the Studio Assistant role. Everyone enjoyed meeting you.

We've had a long think, and we felt that the way you like to work — independently and with a lot of autonomy — wouldn't sit well with how closely our studio collaborates day to day. So we've decided not to take things further.

All the best,
Ruth
Ruth Alder Studio`),
  rej('interview', ['position_filled'], door,
    `Dear Gabriel,

Thank you for attending the interview for the Library Assistant post (ref LIB0417) at Whitcombe College.

I am writing to let you know that the post has now been offered to and accepted by another candidate.

The panel were impressed with your enthusiasm, and I would encourage you to apply for future vacancies at the College.

Yours sincerely,

Janet Howell
HR Officer
Whitcombe College

The information in this email is confidential and intended for the addressee only.`),
  rej('interview', ['internal_candidate'], {},
    `Hi Marcus,

I wanted to reach out personally after your interviews with us for the Engineering Manager position.

We've decided to fill this role with a member of our existing team who has been acting in the role for the last few months. It was a difficult decision, and it isn't a reflection on your interviews.

Thank you for your time and interest.

Best regards,
Anita Rao
Director of Engineering, Corvid Systems`),
  rej('interview', ['profile_mismatch'], door,
    `Dear Elena,

Re: Clinical Research Coordinator (Job ID 2025-11873)

Thank you for taking the time to interview with the Department of Oncology. We enjoyed speaking with you and learning more about your experience.

After careful consideration, the hiring committee has decided to move forward with other candidates whose backgrounds more closely align with the needs of the department at this time.

We encourage you to continue to check our careers site, as we would welcome an application from you for future openings that match your interests and experience.

Sincerely,
Recruitment Team
Hollis University Medical Center${eoe('Hollis University Medical Center')}`),
  rej('interview', ['generic'], {},
    `Hi Tariq,

Hope you're having a good week. Thanks again for speaking with Noor and me on Wednesday about the Operations Associate role.

We've now had the chance to speak with all the candidates, and unfortunately we won't be moving forward with you for this role.

Thanks again for your time and interest in Brightwater.

Best,
Emma${gmailQuote('Mon, 9 Jun 2025 at 10:14', 'Tariq Hassan <tariq.h@mail.example>', 'Hi Emma,\n\nThanks for the interview on Wednesday, I really enjoyed meeting you both. Do you have an update on timing?\n\nBest,\nTariq')}`),
  rej('interview', ['role_closed'], door,
    `Hi Yuki,

I'm sorry to be writing with disappointing news. After your interviews for the Data Scientist role, our leadership team has made the decision to pause hiring for this position indefinitely as part of a wider reorganisation, so we won't be able to make an offer.

This is no reflection on you — the team really enjoyed talking with you. If the role reopens, I'd love to reach out to you first.

Best wishes,
Carla
Talent Acquisition, Velocity Health`),
  rej('interview', ['skills_gap', 'position_filled'], fb,
    `Dear Rahul,

Thank you for attending the interview for the Lecturer in Mechanical Engineering (ref ACAD-2231) on 12 March.

The panel was impressed by your industrial experience. However, the appointed candidate had a stronger record of research publications, which is an essential criterion for this post, and the panel felt your publication record was not yet at the level required.

We thank you for your interest in the University of Kingsmoor and wish you every success.

Yours sincerely,
Professor D. Whitfield
Head of School, Engineering`),
  rej('interview', ['profile_mismatch'], offered,
    `Hi Noah,

Thanks again for meeting with the hiring team on Zoom last week for the Partnerships Lead role.

We've now concluded interviews and we've decided to go with someone whose background was a closer fit to the role.

If you'd like feedback from your interviews, just let me know and I'll pass on what I can.

Kind regards,
Georgia
Talent Team, Bramble${gmailQuote('Thu, 12 Jun 2025, 16:40', 'Georgia Lane <georgia@bramble.example>', 'Hi Noah, thanks for your time today with Dan and Sofia. We\'ll be in touch early next week.')}`),
  rej('interview', ['generic'], {},
    `Dear Candidate,

Thank you for attending interview for the position of Healthcare Assistant at Rosewood Care Home.

Following careful consideration, we regret to advise that you have not been successful on this occasion.

Regards,
Rosewood Care Ltd.
Please do not reply directly to this email.`),
  rej('interview', ['salary', 'location'], fb,
    `Hi Daniel,

Thanks for your time in the interviews last week, and for being so open about what you're looking for.

We've concluded that we can't make this one work: the package you need is above what we have for the role, and the team needs someone in the Singapore office rather than remote from Melbourne.

I'm sorry it's not better news. Best of luck with everything.

Wen
Head of Engineering, Lanternfish`),
  rej('interview', ['overqualified'], { ...fb, ...door },
    `Dear Patricia,

Thank you for interviewing with us for the Administrative Coordinator role at Hillcrest Dental.

It was a pleasure to meet you. After reflection, we feel that with your many years as a practice manager, you would be over-qualified for this position and may not find it fulfilling in the long run.

We would be happy to consider you for a more senior position should one become available, and we will keep your details for that purpose.

Kind regards,
Dr. Simon Hart
Hillcrest Dental Practice`),

  // ── final
  rej('final', ['skills_gap'], { ...fb, ...door },
    `Dear Isabel,

Thank you for taking part in the final round of interviews for the Head of Finance position at Thornbury Homes, and for the time you have given us throughout the process.

This was a very close decision. The panel ultimately selected a candidate whose experience in the housebuilding sector was a closer match to our immediate priorities.

We would very much like to stay in touch and would welcome the chance to consider you for senior finance roles in future.

Yours sincerely,
Martin Cole
Chief Financial Officer, Thornbury Homes plc`),
  rej('final', ['generic'], offered,
    `Hi Aaron,

Thanks so much for spending the day with us at our onsite for the Staff Engineer role — I know it's a big time commitment.

Unfortunately, we've decided not to extend an offer. I'm sorry this isn't the news you were hoping for.

If it would be useful, I'm happy to share some feedback from the interview panel — just reply and we can set up a time.

Best,
Priya
Recruiting, Northbeam`),
  rej('final', ['position_filled'], {},
    `Dear Mr. Mensah,

Re: Finance Director – Final Stage

Thank you for attending the final panel interview on Tuesday, and for your presentation to the board.

I am writing to let you know that the board has offered the position to another candidate, who has accepted.

The board asked me to thank you for the considerable time and effort you put into your application.

Yours sincerely,
Claire Ashby
Partner, Ashby Sterling Executive Search${confidential}`),
  rej('final', ['internal_candidate'], {},
    `Hi Lena,

I wanted to personally thank you for making it to the final stage for the Director of Operations role and meeting the leadership team.

After a lot of deliberation, we've chosen to promote from within, as one of our senior managers was a strong final candidate alongside you. I know this will be disappointing after all the time you've invested.

Thank you again,
Rob
CEO, Fieldfare`),
  rej('final', ['skills_gap', 'position_filled'], { ...fb, ...door },
    `Dear Owen,

Thank you for attending the final interview for the Senior Policy Adviser role (ref GOV-PA-0912) and for completing the written exercise.

The panel scored you highly on communication, but felt that the successful candidate demonstrated more direct experience of drafting legislation, which was a key requirement for this role.

We hope you will consider applying for future vacancies within the department.

Yours sincerely,
Policy Directorate Recruitment
Department for Environment & Rural Affairs`),
  rej('final', ['generic'], {},
    `Hi Ruby,

Thanks for coming in for the final interview with our MD on Monday.

I'm afraid we've decided to go with another candidate on this occasion. Thank you for all your time throughout the process.

Kind regards,
Jake
Jake Morley | Recruitment Consultant | Clearwater Recruitment
M: 07700 900456${agency}`),
  rej('final', ['culture_fit'], { ...fb, ...offered },
    `Dear Tomás,

Thank you for the time you invested in our selection process, including the final-round interviews with the partners.

While your technical ability was clear, the partners did not feel the fit with our team culture and ways of working was strong enough to proceed, and we have therefore decided not to make an offer.

Should you wish to discuss this, please do not hesitate to contact me for more detailed feedback.

Kind regards,
Harriet Lowe
HR Manager, Lowe & Partners Architects`),
  rej('final', ['role_closed'], {},
    `Hi Kate,

I'm so sorry to share this after you got all the way through to the final stage. Our funding round has been delayed and the board has frozen all new hires until further notice, including the Head of Marketing role.

We won't be able to proceed with your application, and I didn't want to leave you waiting.

Thank you for everything,
Mo
CEO, Quaystone`),

  // ── on hold
  hold('interview', ['role_closed'], {},
    `Hi Carlos,

Thanks for your patience since your interview with the team. I wanted to give you an update: the Analytics Manager hire has been put on hold for the next few weeks while we finalise our Q3 budget.

You are still very much in the running, and I'll be back in touch as soon as we have the green light.

Best,
Lucy
Talent, Heronsgate`),
  hold('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for your application for the post of Estates Officer (ref EST-118).

Please be advised that recruitment to this post has been temporarily suspended pending an internal review. Your application remains on file and we will contact you once a decision has been made about the post.

Human Resources
Eastmoor Borough Council${noReply}`),
  hold('screen', ['role_closed'], {},
    `Hi Mia,

Thanks for our chat last Thursday. Quick update — the hiring manager is on leave until the 21st and the team have paused the process until then. Nothing has changed on our side and your application is still active.

Speak soon,
Jenna
Recruiter, Tessellate`),

  // ── more mixed rejections
  rej('application', ['generic'], {},
    `Hi Omar,

Thank you for your interest in the Retail Assistant (Weekend) position at Pinecrest Outdoors – Kendal.

We've reviewed your application and, on this occasion, we won't be inviting you to the next stage. Please don't let this put you off checking our careers page again.

Thanks,
Pinecrest Outdoors Careers

Pinecrest Outdoors Ltd. Our stores: Kendal · Keswick · Ambleside. Manage email preferences`),
  rej('application', ['profile_mismatch'], {},
    `Dear Meera,

Thank you for applying to the Business Analyst position at Tatva Infosystems, Bengaluru.

We regret to inform you that your profile has not been shortlisted for the said position as it does not match our current requirements.

We wish you all the best in your future endeavours.

Regards,
Talent Acquisition Team
Tatva Infosystems Pvt. Ltd.

Note: This is a system generated mail. Please do not reply.`),
  rej('interview', ['profile_mismatch', 'skills_gap'], fb,
    `Hi Jonah,

Thanks for coming in and meeting the team on Thursday for the DevOps Engineer position. It was great to talk through your homelab setup.

We've decided to go with another candidate whose background was closer to what we need. In particular we're looking for someone with several years running AWS infrastructure for a production SaaS, and your experience so far has been mostly on-prem.

I hope that's useful, and best of luck.

Felix
CTO, Lumen Ledger`),
  rej('screen', ['generic'], {},
    `Dear Ms Adeyemi,

Thank you for your time on the telephone on 2 July regarding the role of Legal Secretary.

I am afraid that, having spoken with a number of candidates, we have decided not to take your application further at this stage.

Yours sincerely

Patricia Woolf
Practice Manager
Woolf & Hale Solicitors
Authorised and regulated by the Solicitors Regulation Authority (SRA No. 604412)${confidential}`),
  rej('interview', ['generic'], {},
    `Hi Ellie,

Thank you for taking the time to interview with us for the Junior Account Manager role.

It was a really competitive process and unfortunately, we won't be progressing you to the next round.

Wishing you the best,
The Kindred Agency Team${outlookQuote('Ellie Brooks', 'Friday, June 13, 2025 9:02 AM', 'RE: Interview - Junior Account Manager', 'Hi,\n\nJust following up on my interview last Tuesday — is there any news?\n\nThanks,\nEllie')}`),
  rej('application', ['skills_gap', 'location'], fb,
    `Dear Karim,

Thank you for your application for the role of Mandarin-speaking Client Services Associate (Job ID 80213) at Harrow Wealth.

This role requires business-level fluency in Mandarin and the right to work in Hong Kong. As your application does not indicate either, we are unable to consider it further.

Best regards,
Harrow Wealth Recruitment`),
  rej('final', ['profile_mismatch'], door,
    `Dear Beatrice,

Thank you for your time over the recruitment process for Deputy Head of Nursing, and in particular for your presentation to the final panel.

It was a very strong shortlist. After much discussion, the panel agreed that another candidate's experience was more closely aligned with the needs of the division at this time.

We were impressed with you, and I hope you will apply for future senior roles with the Trust — I would be glad to see your name again.

With kind regards,
Margaret Oyelaran
Director of Nursing
Hillgate University Hospitals`),
  rej('application', ['generic'], {},
    `Hi,

Thank you for applying for the Delivery Driver role. After reviewing your application, we regret to let you know that we have decided to pursue other applicants.

Thank you for your interest, and we wish you success.

Swiftline Courier Services
Reply STOP to opt out of recruitment messages.`),

  // ── look-alikes: acknowledgements, updates, invitations, alerts, newsletters, offers
  other(`Dear Sophie,

Thank you for applying for the role of Customer Service Advisor (REQ-2025-05120) with Kingsbury Retail Group.

We have received your application and our recruitment team will review it shortly. Due to the high number of applications we receive, we are unfortunately unable to respond to every applicant individually. If you have not heard from us within 21 days, please assume that your application has not been successful on this occasion.

Kind regards,
Resourcing Team${noReply}`, 'Application received – Customer Service Advisor'),
  other(`Hi Daniel,

Thanks for applying to Loomwork! We've received your application for Senior Product Designer, and our team will be reviewing it over the next couple of weeks.

If your experience looks like a good match for the role, we'll reach out to set up an initial conversation. In the meantime, feel free to learn more about our team and culture on our blog.

Best,
The Loomwork Team${unsub('Lever')}`, 'Thanks for applying to Loomwork'),
  other(`Dear Candidate,

Thank you for your interest in Hollis University. This confirms that we have received your application for Job ID R-04502 (Lab Technician).

Applications are reviewed by the hiring department. Only candidates selected for an interview will be contacted. You may check the status of your application at any time by logging in to your candidate home.

Sincerely,
Office of Faculty & Staff Recruitment${eoe('Hollis University')}`),
  other(`Hi Chen,

Just a quick update on the Platform Engineer role — the team are still working through interviews this week, so we don't have a decision yet. I'm hoping to be in touch with next steps by Friday.

Thanks for bearing with us!

Marta
Technical Recruiter, Finch Labs`),
  other(`Dear Nadia,

Thank you for your interest in the Band 5 Pharmacist role. We are pleased to invite you to interview on Tuesday 17 June at 10:30 at Lakeside General Hospital, Education Centre, Room 3.

Please bring photo ID and your original certificates. If you are unable to attend, please let us know as soon as possible.

We look forward to meeting you.

Recruitment Team, Lakeside Health`, 'Invitation to interview – Band 5 Pharmacist'),
  other(`Hi Leah,

Great news — the team would love to have you back for the final round for the Senior Product Manager role! This will be a 3-hour virtual onsite with four conversations: product sense, execution, a session with our CEO, and a culture conversation.

Could you share a few times that work for you next week?

Warmly,
Jess
Head of Talent, Hearthstone`),
  other(`New jobs matching "data analyst" near Manchester

Data Analyst – Northwave Energy – Manchester – £38,000
Junior Data Analyst – Parcelo – Remote (UK)
Insight Analyst – Kingsbury Retail Group – Leeds

Unfortunately some roles you saved have now closed and are no longer accepting applications.

View all jobs · Edit this alert · Unsubscribe

You're receiving this email because you created a job alert on JobNest. JobNest Ltd, 20 Market St, Manchester.`, 'Your daily job alert: 3 new jobs'),
  other(`The Hearthstone Talent Newsletter – June edition

Hi there,

Thanks for being part of our talent community! Here's what's new:

• We're hiring across engineering and design — 12 open roles
• Meet the team: a day in the life of our support crew
• We've moved into our new office in Shoreditch

We know job searching can be tough. Unfortunately we can't reply to every message, but we read them all.

Manage your preferences · Unsubscribe`),
  other(`Dear Mr. Okafor,

Following your recent interview, I am delighted to offer you the post of Staff Nurse – Cardiology, subject to satisfactory pre-employment checks, including references and an enhanced DBS check.

Please find attached your conditional offer letter. Kindly confirm your acceptance by replying to this email.

Yours sincerely,
Recruitment Services
St Brendan's Hospitals NHS Foundation Trust`, 'Conditional offer of employment'),
  other(`Hi Sebastián,

Thanks for your interest in the Frontend Engineer position at Copperleaf! As the next step, we'd like you to complete a short take-home exercise. You'll find the brief attached; it should take about three hours.

Please send it back within seven days. If you have any questions, just reply to this email.

Best,
Daria
Engineering Manager, Copperleaf`),
  other(`Hi Priya,

I came across your profile on LinkedIn and thought you might be interested in a Senior Accountant opportunity with one of our clients, a fast-growing fintech in Canary Wharf. The role pays up to £70k plus bonus and is hybrid.

Would you be open to a quick call this week to discuss?

Best,
Tom Reilly
Harbourline Recruitment${agency}`),
  other(`Dear Wei,

Thank you for withdrawing your application for the Graduate Programme 2026 – Technology Stream. We have updated our records accordingly and you will not receive any further communication about this application.

We wish you well and hope you will consider Carrick & Lowe in the future.

Graduate Recruitment Team
Carrick & Lowe LLP`, 'Application withdrawn'),
  other(`Hi Tariq,

Thanks for your application for the Operations Associate role at Brightwater. We're still reviewing applications and will be in touch in the next week or two about next steps.

We appreciate your patience.

Best,
Emma`),
  other(`Dear Kwame,

Meridian County Government – Application Status Update

The status of your application for Job Requisition 2025-77412 (Network Technician) has changed to: Referred to Hiring Department.

You will be notified by email if you are selected for an interview. Please log in to your account to view the details.

Meridian County Human Resources
*Do not reply to this message.*`),
  other(`Hello,

We're writing to let you know that your candidate account at careers.zenithpayments.example has been inactive for 12 months. Unfortunately, unless you log in within 30 days, your account and the applications in it will be deleted in line with our data retention policy.

To keep your account, simply sign in.

Zenith Payments Talent Acquisition`),
  other(`Hi Ben,

Thanks for applying for the Account Executive role at Quillfeather! We'd love to set up a 30-minute intro call with me to learn more about your background and tell you about the team.

Please pick a time that suits you using the link below.

Looking forward to it,
Rachel Kim
Talent Partner | Quillfeather`),
  other(`Dear Gabriel,

Thank you for agreeing to act as a referee for Ms Laura Pinto, who has applied for the post of Library Assistant at Whitcombe College.

We would be grateful if you could complete the attached reference form and return it by Friday 20 June.

Yours sincerely,
Janet Howell
HR Officer, Whitcombe College`),
  other(`Hi Jordan,

Quick heads up: we're not able to review your application for the Growth Marketer role yet because it's incomplete — the portfolio link you shared returns an error. Could you send a working link when you get a chance?

Thanks!
Ines, Stackyard`),
  other(`Dear Ananya,

Thank you for completing your video interview for the Relationship Manager role. Your responses have been submitted to the hiring team, who will review them alongside other candidates. We aim to let all candidates know the outcome within ten working days.

Regards,
Talent Acquisition
Marlow & Crane Bank${noReply}`),
];
