/**
 * Development messages of the nineteenth round, never sealed: rejection letters as HR template sites and the
 * template libraries of applicant tracking systems publish them — placeholders left in ([Candidate Name], [Job Title],
 * [specific skill], [number] years, {{candidate.first_name}}, {{job_title}}, <<Name>>, %FIRSTNAME%, $candidate_name,
 * bracketed options "[a / b]"), "Dear Applicant" — then the same kind of letters sent filled or half-filled, in plain
 * text and HTML, and look-alikes from the same libraries (acknowledgements, still reviewing, invitations). The rules
 * may be checked against them and the model may be trained on them.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d19-');

export const HANDWRITTEN_DEV_19: readonly CorpusLine[] = [
  // ── raw templates: application stage
  rej('application', ['generic'], {},
    `Dear [Candidate Name],

Thank you for applying for the [Job Title] position at [Company Name]. We received a large number of applications and, after careful review, we have decided not to move forward with your application at this time.

We wish you every success in your job search.

Sincerely,
[Your Name]
[Your Title]
[Company Name]`, 'Your application for [Job Title]'),
  rej('application', ['generic'], { ...door },
    `Hi {{candidate.first_name}},

Thanks for your interest in the {{job_title}} role at {{company_name}}. We've reviewed your application and unfortunately we won't be progressing it further.

We'll keep your details in our talent pool and reach out if a role that matches your profile opens up.

Best,
{{sender.full_name}}
{{company_name}} Talent Team`, 'Update on your {{job_title}} application'),
  rej('application', ['profile_mismatch'], {},
    `Dear <<Name>>,

Thank you for your application for the post of <<Vacancy>>. Having carefully assessed your application against the person specification, I regret to inform you that on this occasion you have not been shortlisted, as your experience does not sufficiently match the requirements of the role.

Yours sincerely,
<<Recruiting Manager>>
Human Resources`),
  rej('application', ['skills_gap'], { ...fb },
    `Dear %FIRSTNAME%,

Thank you for applying for %JOBTITLE%. After reviewing your CV, we have decided not to take your application forward. For this position we are looking for candidates with at least [number] years of experience in [specific skill], which we could not see in your application.

Kind regards,
%RECRUITERNAME%`, 'Your application to %COMPANY%'),
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear $candidate_name,

Thank you for your interest in the $job_title vacancy. Unfortunately we will not be progressing your application. The role requires a [required qualification, e.g. CIPD Level 5] and your application did not show that you hold it.

We encourage you to apply for future roles that match your qualifications.

Regards,
$recruiter_name`),
  rej('application', ['location'], { ...fb },
    `Dear [First Name],

Thank you for applying to [Company]. Unfortunately, we are unable to consider your application for the [Position] role because it requires [on-site presence in City / the right to work in Country], which your application indicates you do not currently have.

We appreciate your interest and wish you the best.

Best regards,
[Recruiter Name]`),
  rej('application', ['position_filled'], { ...door },
    `Hello [Candidate First Name],

Thank you for your application for the [Role] opening. We wanted to let you know that this position has now been filled.

We'll keep your resume on file and may contact you about future openings that fit your background.

Thanks again,
The [Company Name] Hiring Team`, '[Role] position update'),
  rej('application', ['role_closed'], { ...door },
    `Dear [Candidate Name],

Thank you for applying for the [Job Title] role. Due to [a change in business priorities / budget constraints], we have decided not to fill this position at this time, and we are therefore closing the vacancy.

We appreciate the time you took to apply and hope you will consider [Company Name] for future opportunities.

Kind regards,
[Hiring Manager Name]`),
  rej('application', ['overqualified'], { ...fb },
    `Dear [Applicant Name],

Thank you for your application for the [Job Title] position. After reviewing your background, we feel that your level of experience significantly exceeds what this role requires, and that the position would not offer you the challenge you are looking for. For this reason we will not be moving forward.

We wish you success in finding a role that matches your experience.

Sincerely,
[Your Name], [Company Name]`),
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your interest in employment with [Organization Name]. We have carefully reviewed all applications for the [Position Title] position and regret to inform you that you have not been selected for further consideration.

Respectfully,
[Name]
Human Resources Department`),
  rej('application', ['profile_mismatch'], { ...door },
    `Hi {{ candidate.first_name }},

Thank you for applying to the {{ job.title }} position. We have reviewed your application and, while your background is impressive, we have decided to move forward with candidates whose experience more closely matches the needs of the role.

We encourage you to keep an eye on our careers page and apply again in the future.

Cheers,
{{ recruiter.first_name }}`),
  rej('application', ['salary'], { ...fb },
    `Dear [Candidate Name],

Thank you for your interest in the [Job Title] role at [Company Name]. Having reviewed your application, we are unable to progress it because the salary expectations you indicated ([expected salary]) are above the budgeted range for this position.

We wish you all the best with your search.

Regards,
[Your Name]`),
  rej('application', ['generic'], {},
    `Dear [Candidate Name],

[After careful consideration / After reviewing your application], we regret to inform you that we will not be moving forward with your candidacy for the [Job Title] position at [Company Name].

We appreciate your interest and wish you the best in your future endeavours.

Sincerely,
[Your Name]`),
  rej('application', ['internal_candidate'], {},
    `Dear [Candidate Name],

Thank you for applying for the [Job Title] vacancy. We wanted to let you know that we have decided to fill the role with an internal candidate, and we will therefore not be progressing external applications.

Thank you for your interest in [Company Name].

Best regards,
[Your Name]
[Job Title of Sender]`),
  rej('application', ['skills_gap'], { ...fb },
    `Hi {{first_name}},

Thanks for applying for {{job_title}} at {{company}}. Unfortunately we won't be moving forward with your application. We're looking for someone with hands-on experience with {{required_skill}}, and we didn't see that reflected in your resume.

Good luck with your search!
{{recruiter_name}}`),

  // ── raw templates: screen
  rej('screen', ['generic'], { ...door },
    `Dear [Candidate Name],

Thank you for taking the time to speak with me on [date] about the [Job Title] position. After careful consideration, we have decided to move forward with other candidates.

We will keep your information on file and contact you if a suitable opportunity comes up in the future.

Best regards,
[Recruiter Name]
[Company Name]`),
  rej('screen', ['skills_gap'], { ...fb },
    `Hi [First Name],

Thanks for the phone screen last week for the [Position] role. I enjoyed learning about your background. Unfortunately, the team is looking for someone with more experience with [specific skill], so we won't be moving you forward to the next stage.

All the best,
[Recruiter]`),
  rej('screen', ['location'], { ...fb },
    `Hi {{candidate_first_name}},

Thank you for the call on {{call_date}}. As we discussed, this role is based in {{office_location}} and requires being in the office [three] days a week. Since relocation isn't possible for you at the moment, we won't be able to move forward with your application.

Best wishes,
{{recruiter_name}}`),
  rej('screen', ['salary'], { ...fb },
    `Dear <<FirstName>>,

Thank you for your time on our introductory call regarding the <<JobTitle>> position. Following our conversation, it has become clear that your salary expectations are beyond the range we can offer for this role, so we will not be proceeding further.

Kind regards,
<<RecruiterName>>`),
  rej('screen', ['profile_mismatch'], { ...offered },
    `Hello %CANDIDATE_NAME%,

It was great to speak with you on the phone about the %POSITION% opportunity. After discussing your profile with the hiring manager, we have concluded that your background is not the right fit for the requirements of this role.

If you would like feedback on your application, please don't hesitate to reply to this email.

Warm regards,
%RECRUITER%`),
  rej('screen', ['culture_fit'], { ...fb },
    `Dear [Candidate Name],

Thank you for your initial conversation with our team about the [Job Title] role. After reflecting on the discussion, we don't feel there is a strong alignment with our team culture and ways of working at this stage, so we have decided not to move forward.

Best regards,
[Your Name]`),

  // ── raw templates: assessment
  rej('assessment', ['assessment'], {},
    `Dear [Candidate Name],

Thank you for completing the [assessment name] for the [Job Title] position. We have reviewed your results, and unfortunately your score did not meet the threshold required to progress to the next stage of our process.

Kind regards,
[Recruiter Name]
[Company Name]`),
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi {{candidate.first_name}},

Thank you for submitting your take-home assignment for the {{job.title}} role. Our engineers reviewed it carefully. While there were good elements, the solution did not fully meet our expectations around [area, e.g. test coverage], so we won't be moving forward.

If you'd like more detailed feedback on your submission, just reply and I'll arrange it.

Best,
{{recruiter.name}}`),
  rej('assessment', ['generic'], { ...door },
    `Dear [Name],

Thank you for completing the online assessment as part of your application for [Position]. After reviewing all candidates, we regret to inform you that you have not been selected to proceed further.

We encourage you to apply for other positions at [Company Name] in the future.

Sincerely,
[Hiring Team]`),
  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear $first_name,

Thank you for taking part in the skills test for the $position role. The results showed that your proficiency in [software/tool] is not yet at the level the role requires, so we will not progress your application.

Regards,
$company_name Recruitment`),
  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear [Candidate Name],

Thank you for completing the coding challenge for the [Job Title] position. Unfortunately, your submission did not pass our review: the solution showed limited experience with [programming language], which is central to this role.

We wish you the best in your job search.

[Your Name]`),
  rej('assessment', ['generic'], {},
    `Dear <<Candidate>>,

Thank you for completing the case study for the <<Role>> vacancy. We have now assessed all submissions and regret that we will not be inviting you to interview.

Yours sincerely,
<<Sender>>`),

  // ── raw templates: interview
  rej('interview', ['generic'], { ...door },
    `Dear [Candidate Name],

Thank you for taking the time to interview for the [Job Title] position at [Company Name]. We enjoyed meeting you and learning about your experience. After careful consideration, we have decided to move forward with another candidate.

We will keep your resume on file and may reach out about future openings.

Best regards,
[Your Name]
[Your Title]`),
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear [Candidate Name],

Thank you for interviewing with us for the [Job Title] role. The panel appreciated your enthusiasm and knowledge of [area]. However, we are looking for a candidate with more experience with [specific skill], and for that reason we have decided not to offer you the position.

We hope you will apply for future roles with us.

Kind regards,
[Hiring Manager]`),
  rej('interview', ['skills_gap'], { ...fb },
    `Hi {{first_name}},

Thanks again for interviewing for {{job_title}}. The team decided to move forward with a candidate who has [X] years of experience managing [type of project], which is a key requirement for this role.

Best of luck,
{{interviewer_name}}`),
  rej('interview', ['position_filled'], { ...offered },
    `Dear [Candidate Name],

Thank you for interviewing for the [Job Title] position. We wanted to let you know that we have offered the position to another candidate, who has accepted.

If you would like feedback on your interview, please contact [Contact Name] at [email address].

Sincerely,
[Your Name]`),
  rej('interview', ['culture_fit'], { ...fb },
    `Dear %FIRST_NAME%,

Thank you for meeting with the team for the %JOB_TITLE% role. After the interview, we felt that your preferred way of working — [independent, remote-first] — was not a close fit with how our team collaborates day to day, so we will not be moving forward.

Best regards,
%SENDER_NAME%`),
  rej('interview', ['profile_mismatch'], { ...door, ...offered },
    `Dear [Candidate Name],

Thank you for attending the interview for the [Position] role on [Date]. We were impressed by your [qualities]; however, we have selected a candidate whose experience more closely aligns with the needs of the role at this time.

We would be happy to share feedback if that would be helpful, and we will keep your details on file for future vacancies.

With best wishes,
[Name]
[Company]`),
  rej('interview', ['internal_candidate'], {},
    `Hi {{candidate_name}},

Thank you for interviewing for the {{role}} position. We've decided to fill the role internally with a member of our existing team, so we won't be moving forward with external candidates.

Thanks again for your time,
{{hiring_manager}}`),
  rej('interview', ['overqualified'], { ...fb },
    `Dear <<Name>>,

Thank you for interviewing for the <<Job Title>> position. You clearly have a great deal of experience; in fact, we felt you are overqualified for this role and would quickly outgrow it. We have therefore decided not to offer you the position.

Best wishes,
<<Interviewer>>`),
  rej('interview', ['location'], { ...fb },
    `Dear [Candidate Name],

Thank you for your interview for the [Job Title] position. Unfortunately we are unable to offer you the role, as we cannot provide [visa sponsorship / relocation support] for this position, which you would need to take it up.

Kind regards,
[Your Name]`),
  rej('interview', ['generic'], { ...offered, ...door },
    `Hello [Candidate Name],

We appreciate you taking the time to interview with [Company Name] for the [Role]. It was a difficult decision, but we have chosen to proceed with another candidate.

Feel free to reach out to me if you would like feedback. We encourage you to apply again in the future.

Regards,
[Interviewer Name]
[Interviewer Title]`),
  hold('interview', ['role_closed'], {},
    `Dear [Candidate Name],

Thank you for interviewing for the [Job Title] position. We wanted to let you know that the hiring process for this role has been put on hold due to [internal restructuring / budget review]. We have not made a decision on your application and will be in touch as soon as we have an update.

Thank you for your patience,
[Your Name]`),
  hold('application', ['role_closed'], {},
    `Hi {{candidate.first_name}},

A quick update on the {{job.title}} role: we have temporarily paused hiring for this position. Your application remains active and we'll let you know when recruitment resumes, which we expect by [month].

Thanks,
{{recruiter.first_name}}`),

  // ── raw templates: final
  rej('final', ['position_filled'], { ...door },
    `Dear [Candidate Name],

Thank you for your time throughout the interview process for the [Job Title] role, including the final round with [Interviewer Names]. It was a very close decision, but we have decided to offer the position to another candidate.

We were impressed by you and would welcome your application for future roles at [Company Name].

Warm regards,
[Your Name]`),
  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Hi {{first_name}},

Thank you for making it through to the final stage for {{job_title}}. The decision came down to two candidates, and we chose the other finalist because of their deeper experience with [specific skill / industry].

I'd be happy to set up a short call to share more feedback if useful.

Best,
{{recruiter_name}}`),
  rej('final', ['position_filled'], {},
    `Dear <<Candidate Name>>,

Thank you for attending the final interview for the <<Position>> post. We have now completed the selection process and the position has been filled.

Yours sincerely,
<<Name>>, <<Department>>`),
  rej('final', ['profile_mismatch'], { ...door },
    `Dear [Candidate Name],

Thank you for participating in the final round of interviews for the [Job Title] position. After much deliberation, we have selected a candidate whose background is a closer match for the role. We were impressed by your [strength], and we hope you will consider applying for other roles with us.

Sincerely,
[Your Name]
[Company Name]`),
  rej('final', ['assessment'], { ...fb },
    `Dear %FIRSTNAME%,

Thank you for completing the final-stage presentation for the %ROLE% position. The panel felt that the presentation did not demonstrate [the required depth of strategic thinking], and so we will not be offering you the role.

Kind regards,
%SENDER%`),

  // ── raw templates: more reasons and flags
  rej('application', ['skills_gap'], { ...fb },
    `Dear [Candidate Name],

Thank you for your application for the [Job Title] position. This role requires a [degree/certification] in [field], and as your application does not show this qualification, we are unable to take it further.

Kind regards,
[Your Name]`),
  rej('application', ['location'], { ...fb },
    `Hi {{candidate.first_name}},

Thanks for applying to {{job.title}}. Unfortunately we can only consider candidates who are based in {{country}} for this role, so we won't be able to move forward with your application.

Best,
{{company.name}} Recruiting`),
  rej('interview', ['skills_gap'], { ...fb },
    `Dear [Candidate Name],

Thank you for interviewing for the [Job Title] role. After careful consideration, the team decided not to move forward, as the role requires fluency in [language], and the interview showed your level is not yet where we need it to be.

Best regards,
[Your Name]`),
  rej('application', ['generic'], { ...door, ...offered },
    `Dear [Candidate Name],

Thank you for applying for the [Job Title] role. We regret that we will not be taking your application further on this occasion.

If you would like feedback, please email [recruitment email]. We also encourage you to sign up for job alerts at [careers page URL] and apply for future vacancies.

Kind regards,
[Company Name] Recruitment`),
  rej('screen', ['position_filled'], {},
    `Dear [Candidate Name],

Thank you for your phone interview for the [Job Title] position. We wanted to let you know that we have now filled the role with another candidate.

Best wishes,
[Your Name]`),
  rej('interview', ['role_closed'], {},
    `Hi [Name],

Thanks for interviewing for the [Role] position. Unfortunately, the position has been eliminated as part of [a reorganisation], so we will not be proceeding with your candidacy.

I'm sorry for the disappointing news.

[Your Name]`),
  rej('application', ['profile_mismatch'], {},
    `Dear [Candidate Name],

Thank you for your interest in the [Job Title] role at [Company Name]. After reviewing your application, we've determined that your qualifications do not meet the requirements for this position.

We wish you the best of luck.

[Your Name]
[Your Title]`),
  rej('assessment', ['skills_gap'], { ...fb, ...door },
    `Dear [Candidate Name],

Thank you for completing our [assessment type]. Your results indicated that you would need more experience in [skill area] to succeed in this role. We have therefore decided not to progress your application.

We'd welcome your application again once you have developed this experience.

Regards,
[Your Name]`),

  // ── the same kind of templates, sent filled or half-filled
  rej('application', ['generic'], {},
    `Dear Joanna Kowalczyk,

Thank you for applying for the Payroll Administrator position at [Company Name]. We received a large number of applications and, after careful review, we have decided not to move forward with your application at this time.

We wish you every success in your job search.

Sincerely,
Hiring Team`, 'Your application for Payroll Administrator'),
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Marcus,

Thank you for interviewing with us for the Site Reliability Engineer role. The panel appreciated your enthusiasm. However, we are looking for a candidate with more experience with [specific skill], and for that reason we have decided not to offer you the position.

Kind regards,
Ines Duarte
Engineering Manager, Calloway Systems`, 'Site Reliability Engineer - interview outcome'),
  rej('application', ['skills_gap'], { ...fb },
    `Hi Deepa,

Thanks for applying for Growth Marketing Lead at Nimbly. Unfortunately we won't be moving forward with your application. We're looking for someone with hands-on experience with lifecycle email tooling such as Braze, and we didn't see that reflected in your resume.

Good luck with your search!
{{recruiter_name}}`),
  rej('screen', ['generic'], { ...door },
    `Dear Tomasz,

Thank you for taking the time to speak with me on [date] about the Warehouse Shift Supervisor position. After careful consideration, we have decided to move forward with other candidates.

We will keep your information on file and contact you if a suitable opportunity comes up in the future.

Best regards,
Rhiannon Price
Fairway Logistics`, 'Warehouse Shift Supervisor'),
  rej('application', ['generic'], {},
    `<html><body><p>Hi Aisha,</p><p>Thank you for your interest in the <strong>Junior Data Analyst</strong> role at Brightwell Insurance. We've reviewed your application and unfortunately we won't be progressing it further.</p><p>Best,<br>{{sender.full_name}}<br>Brightwell Insurance Talent Team</p></body></html>`, 'Update on your Junior Data Analyst application'),
  rej('interview', ['generic'], { ...door },
    `<div style="font-family:Arial"><p>Dear Oliver,</p><p>Thank you for taking the time to interview for the Sous Chef position at The Larder Kitchen. We enjoyed meeting you and learning about your experience. After careful consideration, we have decided to move forward with another candidate.</p><p>We will keep your resume on file and may reach out about future openings.</p><p>Best regards,<br>[Your Name]<br>[Your Title]</p></div>`, 'Sous Chef - The Larder Kitchen'),
  rej('assessment', ['assessment'], {},
    `Dear Ngozi,

Thank you for completing the Excel proficiency test for the Financial Analyst position. We have reviewed your results, and unfortunately your score did not meet the threshold required to progress to the next stage of our process.

Kind regards,
Recruitment Team
Harbourside Capital`, 'Financial Analyst - assessment result'),
  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Hi Sven,

Thank you for making it through to the final stage for Product Designer. The decision came down to two candidates, and we chose the other finalist because of their deeper experience with design systems at scale.

I'd be happy to set up a short call to share more feedback if useful.

Best,
Carla`, 'Product Designer at Loomwork'),
  rej('application', ['location'], { ...fb },
    `Dear Rafael,

Thank you for applying to Stonebridge Health. Unfortunately, we are unable to consider your application for the Clinical Coder role because it requires [on-site presence in Leeds / the right to work in the UK], which your application indicates you do not currently have.

We appreciate your interest and wish you the best.

Best regards,
Talent Acquisition`),
  rej('application', ['role_closed'], { ...door },
    `<p>Dear Hannah,</p>
<p>Thank you for applying for the Events Coordinator role. Due to budget constraints, we have decided not to fill this position at this time, and we are therefore closing the vacancy.</p>
<p>We appreciate the time you took to apply and hope you will consider Kestrel Arts Trust for future opportunities.</p>
<p>Kind regards,<br>Gemma Shaw<br>Operations Director</p>`, 'Events Coordinator vacancy'),
  rej('interview', ['position_filled'], { ...offered },
    `Dear Yusuf,

Thank you for interviewing for the Quantity Surveyor position. We wanted to let you know that we have offered the position to another candidate, who has accepted.

If you would like feedback on your interview, please contact [Contact Name] at careers@ardenbuild.co.uk.

Sincerely,
Arden Build HR`, 'Quantity Surveyor'),
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Priya,

Thank you for applying to the Customer Success Manager position. We have reviewed your application and, while your background is impressive, we have decided to move forward with candidates whose experience more closely matches the needs of the role.

We encourage you to keep an eye on our careers page and apply again in the future.

Cheers,
{{ recruiter.first_name }}`, 'Customer Success Manager at Tallyhq'),
  rej('application', ['generic'], {},
    `Dear Candidate,

After careful consideration / After reviewing your application, we regret to inform you that we will not be moving forward with your candidacy for the Laboratory Technician position at Corvane Biosciences.

We appreciate your interest and wish you the best in your future endeavours.

Sincerely,
Corvane Biosciences Recruitment`),
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Leo,

Thanks again for interviewing for Backend Engineer. The team decided to move forward with a candidate who has 5+ years of experience running Kafka in production, which is a key requirement for this role.

Best of luck,
Dana from Quillpoint`),
  rej('application', ['salary'], { ...fb },
    `Dear Marta,

Thank you for your interest in the Office Manager role at Pennfield Dental. Having reviewed your application, we are unable to progress it because the salary expectations you indicated (£42,000) are above the budgeted range for this position.

We wish you all the best with your search.

Regards,
[Your Name]`),
  rej('interview', ['culture_fit'], { ...fb },
    `<table><tr><td><p>Dear Kwame,</p><p>Thank you for meeting with the team for the Account Executive role. After the interview, we felt that your preferred way of working was not a close fit with how our team collaborates day to day, so we will not be moving forward.</p><p>Best regards,<br>%SENDER_NAME%</p></td></tr></table>`, 'Account Executive - Orbis Media'),
  rej('final', ['position_filled'], { ...door },
    `Dear Elif,

Thank you for your time throughout the interview process for the Head of Partnerships role, including the final round with [Interviewer Names]. It was a very close decision, but we have decided to offer the position to another candidate.

We were impressed by you and would welcome your application for future roles at Marlow & Finch.

Warm regards,
Sophie Marlow`),
  rej('application', ['internal_candidate'], {},
    `Dear Ahmed,

Thank you for applying for the Facilities Coordinator vacancy. We wanted to let you know that we have decided to fill the role with an internal candidate, and we will therefore not be progressing external applications.

Thank you for your interest in Ridgeway Housing.

Best regards,
[Your Name]
People Team`),
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Chloe,

Thanks for the phone screen last week for the Paralegal role. I enjoyed learning about your background. Unfortunately, the team is looking for someone with more experience with commercial lease drafting, so we won't be moving you forward to the next stage.

All the best,
Martin | Talent | Greaves Solicitors`),
  rej('assessment', ['generic'], { ...door },
    `<p>Dear Ivan,</p><p>Thank you for completing the online assessment as part of your application for Graduate Trainee Actuary. After reviewing all candidates, we regret to inform you that you have not been selected to proceed further.</p><p>We encourage you to apply for other positions at [Company Name] in the future.</p><p>Sincerely,<br>Early Careers Team</p>`),
  hold('interview', ['role_closed'], {},
    `Dear Niamh,

Thank you for interviewing for the Communications Officer position. We wanted to let you know that the hiring process for this role has been put on hold due to a budget review. We have not made a decision on your application and will be in touch as soon as we have an update.

Thank you for your patience,
{{recruiter_name}}`),

  // ── look-alikes from the same template libraries
  other(`Dear [Candidate Name],

Thank you for applying for the [Job Title] position at [Company Name]. This email confirms that we have received your application. Our team is reviewing applications and will contact you if your qualifications match our needs.

Best regards,
[Company Name] Recruitment`, 'Application received: [Job Title]'),
  other(`Hi {{candidate.first_name}},

Thanks for your patience! We're still reviewing applications for the {{job.title}} role and expect to make decisions by {{date}}. We'll be in touch either way.

Best,
{{recruiter.first_name}}`),
  other(`Dear [Candidate Name],

Thank you for applying for the [Job Title] role. We were impressed by your background and would like to invite you to an interview on [date] at [time] at [location / video link]. Please reply to confirm your availability.

Kind regards,
[Your Name]`, 'Interview invitation - [Job Title]'),
  other(`Hi %FIRSTNAME%,

Congratulations! We'd like to invite you to the next stage of the %JOBTITLE% process: a [60]-minute technical assessment. You'll receive a link from [platform] within [X] days.

Good luck,
%RECRUITER%`),
  other(`Dear <<Name>>,

Thank you for attending the interview for the <<Position>> role. We are pleased to offer you the position, starting on <<Start Date>> at a salary of <<Salary>>. Please find the formal offer letter attached.

Yours sincerely,
<<Hiring Manager>>`, 'Offer of employment'),
  other(`Dear Applicant,

Thank you for your interest in [Organization Name]. We are writing to let you know that the closing date for the [Position Title] vacancy has been extended to [date]. All applications received will be considered after the closing date, and shortlisted candidates will be contacted by [date].

Human Resources`),
  other(`Hi Samira,

Thanks for applying for the Marketing Coordinator role at Fenwick Outdoor! We've received your application and our team will review it over the next [X] business days. If your experience matches what we're looking for, we'll reach out to schedule a call.

Best,
{{recruiter.first_name}}
Fenwick Outdoor Talent`, 'We received your application'),
  other(`<p>Dear $candidate_name,</p><p>Thank you for your interest in the $job_title position. We'd like to schedule a brief phone screen with you. Please use the link below to pick a time that suits you.</p><p>Regards,<br>$recruiter_name</p>`, 'Next steps for $job_title'),
];
