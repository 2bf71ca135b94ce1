/**
 * SEALED, twelfth part: whole messages written one by one for tests/reader-corpus/sealed-12.jsonl, shaped like the
 * rejection letters published on HR template sites and in the template libraries of applicant-tracking systems, and
 * like the real mail sent from them. About half are raw templates with their placeholders left in, in the many
 * styles such libraries use ([Candidate Name], [Candidate's first name], [Job Title], [Company Name], [Your Name],
 * [X], [specific skill], [number] years, {{candidate.first_name}}, {{job_title}}, <<Name>>, %FIRSTNAME%,
 * $candidate_name, "Dear Applicant", "Hi there"), with optional bracketed choices ("[after careful consideration /
 * after reviewing your application]"), editor's notes and short / medium / long variants: sample letters for every
 * stage (after the application, a phone screen, a skills test or assignment, one or more interviews, a final round or
 * onsite, reference checks), every reason (the generic decline, other candidates, profile mismatch, a named skills gap
 * with a placeholder or a real skill, test results, a filled post or an internal hire, a role cancelled or on hold,
 * location and work authorisation, salary, overqualification, culture fit) and the flags spread (offers of feedback,
 * "we'll keep your resume on file", specific feedback). The rest are the same kinds of template as actually sent:
 * placeholders filled with names, or half filled with one placeholder forgotten, plain text and HTML, with ATS
 * footers; and look-alikes from the same libraries (application received, still reviewing, interview invitations,
 * candidate follow-ups), placeholders and all. Written before the nineteenth round of changes; to be scored once
 * before any change, never read to fix a miss and never trained on.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s12-');

const greenhouse = (company: string): string =>
  `\n\n---\nThis message was sent from ${company}'s hiring platform (Greenhouse). Replies are not read; use the careers page for questions.`;
const lever = (company: string): string => `\n\n—\n${company} recruiting · powered by Lever · Unsubscribe from candidate updates`;
const workable = (company: string): string => `\n\n--\nApplication managed with Workable for ${company}. Review our applicant privacy notice.`;
const bamboo = (company: string): string => `\n\n${company} · Applicant Tracking by BambooHR\nPlease do not reply directly to this automated email.`;
const breezy = (company: string): string => `\n\n———\n${company} is hiring with Breezy HR · Candidate privacy policy`;
const recruitee = (company: string): string => `\n\n--\nSent by ${company} using Recruitee · You can ask us to delete your data at any time.`;
const jazz = (company: string): string => `\n\n${company} Careers | Powered by JazzHR\nThis email was generated automatically.`;
const html = (paras: string[], sign: string): string =>
  `<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5">\n${paras.map((p) => `<p>${p}</p>`).join('\n')}\n<p>${sign}</p>\n</body></html>`;

export const SEALED_12: readonly CorpusLine[] = [
  // ── raw templates, as published, placeholders and all
  rej('application', ['generic'], {},
    `Dear [Candidate Name],

Thank you for applying for the [Job Title] position at [Company Name]. We appreciate the time you spent on your application.

We received a large number of applications for this role. After reviewing yours, we have decided to continue the process with other applicants.

We wish you every success in your job search.

Sincerely,
[Your Name]
[Your Title]
[Company Name]`, 'Your application for [Job Title] at [Company Name]'),

  rej('application', ['profile_mismatch'], door,
    `Hi [Candidate's first name],

Thanks so much for your interest in the [Job Title] role with us here at [Company Name].

We've looked through your application carefully and, at this point, we don't feel your background is the match we need for this particular opening, so we won't be moving your application forward.

That said, we'd like to keep your résumé on file for the next [X] months. If a position comes up that suits your experience, we'll reach out to you directly.

All the best,
[Your Name]
[Company Name] Recruiting`),

  rej('application', ['skills_gap'], fb,
    `Subject line: [Company Name] – update on your application

Dear [Candidate Name],

Thank you for your interest in the [Job Title] vacancy.

For this role, we are looking for candidates with at least [number] years of hands-on experience in [specific skill]. Having read your application, we don't believe you meet that requirement at present, and for that reason we won't be progressing your application.

We appreciate your interest in [Company Name] and wish you well with your search.

Kind regards,
[Your Name], [Your Title]`),

  rej('application', ['location'], fb,
    `Dear [Candidate Name],

Thank you for applying to [Company Name] for the role of [Job Title].

This position requires the successful candidate to hold the right to work in [Country] without visa sponsorship, which we are unable to offer for this role. As your application indicates that you would need sponsorship, we're unable to consider you further for this vacancy.

We're sorry not to have better news and thank you for thinking of us.

Best regards,
[Your Name]
[Your Title] | [Company Name]`),

  rej('application', ['overqualified'], fb,
    `Dear [Candidate Name],

Many thanks for your application for [Job Title].

You clearly bring a great deal of experience. Having compared your profile with the scope of this role, however, we feel that your level of seniority goes well beyond what this position involves, and we don't think it would give you the challenge your experience deserves. We have therefore decided not to take your application further.

If we open a role at a more senior level, we would be happy to hear from you again.

Warm regards,
[Your Name]
[Company Name]`),

  // template site: three lengths of the same letter
  rej('application', ['generic'], {},
    `SHORT VERSION

Hi [First Name], thank you for applying for [Job Title]. Unfortunately we won't be moving forward with your application. We wish you luck with your search. – [Your Name], [Company Name]`),

  rej('application', ['generic'], door,
    `MEDIUM VERSION

Dear [First Name],

Thank you for your application for [Job Title] at [Company Name]. We had a very strong field of applicants, and after reviewing them all we have decided not to invite you to the next stage.

We'll be advertising further roles over the coming months and would encourage you to apply for any that match your skills.

Best wishes,
[Your Name]`),

  rej('application', ['generic'], { ...door, ...offered },
    `LONG VERSION

Dear [First Name],

I'm writing to thank you for applying for the [Job Title] role at [Company Name], and for the interest you've shown in our organisation.

We were pleased to receive so many applications for this position, and the standard was high. Our hiring team has reviewed every one of them against the criteria for the role, and I'm sorry to let you know that we have decided not to progress your application on this occasion.

We know how much effort goes into an application. If it would help you, I'd be glad to share a few brief comments on yours — simply reply to this email and let me know.

We also hope this won't be the last we hear from you. New opportunities are published regularly on [careers page URL], and you are very welcome to apply for future openings that interest you.

Thank you again, and best of luck with your next steps.

Yours sincerely,
[Your Name]
[Your Title]
[Company Name]`),

  rej('application', ['position_filled'], {},
    `Dear [Applicant Name],

Thank you for submitting your application for the [Job Title] position.

We wanted to let you know that this position has now been filled. We appreciate your interest and the time you took to apply.

Regards,
[Hiring Manager Name]
[Company Name]`),

  rej('application', ['role_closed'], door,
    `Hello [Candidate Name],

Thank you for applying for the [Job Title] opening at [Company Name].

Due to [a change in business priorities / budget changes / an internal restructure], we have decided not to fill this position at this time, and we are therefore closing the vacancy and will not be proceeding with any applications, including yours.

We're sorry for any disappointment this may cause. We'd welcome an application from you for other roles on our careers site in the future.

Best,
[Your Name]`),

  rej('application', ['internal_candidate'], {},
    `Dear [Candidate Name],

Thank you for your interest in the [Job Title] position with [Company Name].

We wanted to let you know that we have decided to fill this role with a current member of our team. As a result, we will not be proceeding with external applications for this vacancy.

We appreciate the time you took to apply and wish you well.

Kind regards,
[Your Name]
[Your Title]`),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your interest in employment with [Company Name] and for applying for the position of [Job Title].

We have carefully reviewed all of the applications received. We regret to inform you that you were not selected for an interview.

We thank you for the time you invested and wish you success in your future endeavours.

Human Resources Department
[Company Name]`),

  rej('application', ['profile_mismatch'], door,
    `Hi there,

Thanks for your application for the [Job Title] role — we really appreciate you thinking of us.

We've gone through your application and it isn't quite the fit for what this team needs right now, so we won't be taking it further.

Please don't let this put you off! Keep an eye on our jobs page and apply again if you see something that fits.

Cheers,
The [Company Name] team`),

  rej('application', ['generic'], door,
    `Dear [Candidate Name],

Thank you for applying for the [Job Title] role. [After careful consideration / After reviewing your application / Having reviewed all applications], we have decided [to move forward with other candidates / not to progress your application] for this position.

[Optional: We'll keep your details in our talent pool and get in touch if a suitable role opens up.]

[Sign-off: Kind regards / Best wishes / Sincerely],
[Your Name]`),

  rej('application', ['generic'], {},
    `Hi <<Name>>,

Thank you for your application for <<Position>> at <<Company>>.

We've now reviewed every application for this vacancy, and we're sorry to tell you that yours has not been shortlisted.

Thank you for your interest in <<Company>>.

<<Recruiter>>
<<Recruiter Title>>`),

  rej('application', ['generic'], door,
    `Hi {{candidate.first_name}},

Thank you for applying to the {{job_title}} role at {{company}}. We had a lot of strong applicants, and we've decided not to move forward with your application at this time.

We'd love to stay in touch — feel free to apply to any future roles at {{company}} that catch your eye.

Best,
{{recruiter.full_name}}
{{company}} Talent Team`),

  // ── after a phone screen
  rej('screen', ['generic'], offered,
    `Dear [Candidate Name],

Thank you for taking the time to speak with [Recruiter Name] on [date] about the [Job Title] role. We enjoyed learning more about you.

After our conversations with all of the candidates, we have decided not to move you on to the next stage of the process.

If you'd like some feedback on your application, just reply to this email and we'll be glad to share it.

Kind regards,
[Your Name]
[Company Name]`),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi [Candidate's first name],

It was great to chat with you on [day] about the [Job Title] role.

As we discussed, the salary you're looking for is above the range we've budgeted for this position, and after talking it over with the hiring manager we don't see a way to close that gap. For that reason, we've decided not to move forward with your application.

I'd be glad to keep your details and contact you if a role with a higher band opens up.

Best regards,
[Your Name]
[Your Title], [Company Name]`),

  rej('screen', ['profile_mismatch'], {},
    `Dear $candidate_name,

Thank you for the phone interview on $interview_date regarding the $job_title position.

Having discussed your experience in more detail, we've concluded that your profile does not match the requirements of the role closely enough, and we will not be inviting you to the next round.

Thank you for your interest in $company_name.

Regards,
$recruiter_name`),

  rej('screen', ['location'], fb,
    `Hi [First Name],

Thanks again for the call earlier this week. I really enjoyed hearing about your work at [Current Company].

After checking with the hiring team, this role does need someone in the [City] office at least [number] days a week, and since you told me relocation isn't an option for you right now, we won't be able to move forward with your application for this one.

Sorry it isn't better news, and good luck!

[Your Name]
[Company Name] Talent Acquisition`),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Dear [Candidate Name],

Thank you for speaking with us about the [Job Title] role on [date].

During our call it became clear that the role calls for more experience with [specific skill / tool] than you currently have, and this is a core part of the day-to-day work. We have therefore decided not to progress your application.

We'll hold on to your CV and would be glad to consider you for future openings where your strengths are a closer match.

Kind regards,
[Your Name]`),

  // ── after a test, skills assessment or assignment
  rej('assessment', ['assessment'], {},
    `Dear [Candidate Name],

Thank you for completing the [assessment name] for the [Job Title] position.

Your results did not meet the benchmark we have set for this role, and we will therefore not be moving your application forward.

We appreciate the time you put into the assessment and wish you the very best.

Sincerely,
[Your Name]
[Company Name]`),

  rej('assessment', ['assessment'], fb,
    `Hi [Candidate Name],

Thanks for the work you put into the take-home assignment for [Job Title].

Our team reviewed your submission in detail. [Positive note, e.g. your write-up was clear and well organised.] However, [specific shortcoming, e.g. the solution didn't handle the edge cases described in the brief / the tests were missing], and this is an important part of the role. For this reason we've decided not to continue with your application.

Thanks again for your time and effort.

Best,
[Your Name]
[Your Title]`),

  rej('assessment', ['assessment'], { ...offered, ...door },
    `Dear %FIRSTNAME%,

Thank you for taking part in the skills test for the %JOBTITLE% vacancy at %COMPANY%.

We have now reviewed all of the test results, and unfortunately your score was not high enough for us to progress your application to interview on this occasion.

Should you wish to receive more detail on your results, please reply to this message and we will arrange it. We also encourage you to apply again for future positions with us.

Kind regards,
%SENDERNAME%
%COMPANY% Recruitment`),

  rej('assessment', ['generic'], {},
    `Dear [Candidate Name],

Thank you for taking the time to complete the [case study / written exercise / coding challenge] as part of your application for [Job Title].

We have now completed this stage of the process and have decided to move forward with other candidates.

We wish you all the best in your search.

[Your Name]`),

  // ── after one or more interviews
  rej('interview', ['generic'], door,
    `Dear [Candidate Name],

Thank you for interviewing for the [Job Title] position at [Company Name]. We enjoyed meeting you and learning more about your experience.

[After careful consideration / After much deliberation / Following our final review], we have decided to offer the position to another candidate.

We were impressed with your [qualities/skills] and would like to keep your information on file for future opportunities. We hope you'll consider applying again.

Sincerely,
[Your Name]
[Your Title]`),

  rej('interview', ['profile_mismatch'], offered,
    `Hi [Candidate's first name],

I wanted to thank you personally for coming in to meet the team about the [Job Title] role.

It was a difficult decision, but we've decided to move ahead with a candidate whose experience aligns more closely with the needs of the role.

If it would be useful, I'm happy to set up a short call to share some feedback from the interview panel. Just let me know.

Thanks again,
[Hiring Manager Name]`),

  rej('interview', ['skills_gap'], fb,
    `Dear [Candidate Name],

Thank you for meeting with us to discuss the [Job Title] position. We appreciated your thoughtful answers and your interest in [Company Name].

After reviewing all our interviews, we have decided not to move forward with your application. While your [positive quality] stood out, we are looking for someone with deeper experience in [specific skill, e.g. stakeholder management / cloud infrastructure / B2B sales], which is central to this role.

Thank you again, and we wish you all the best.

Regards,
[Your Name]`),

  rej('interview', ['culture_fit'], fb,
    `Dear [Candidate Name],

Thank you for taking the time to interview with us for the [Job Title] role.

Our team works in a [highly collaborative / fast-paced / fully remote and asynchronous] way, and after discussing your interview we felt that your preferred working style would not be the best fit for how this team operates. For this reason we have decided not to proceed with your application.

We genuinely appreciated the conversation and wish you every success.

Best regards,
[Your Name]
[Company Name]`),

  rej('interview', ['internal_candidate'], door,
    `Hello [Candidate Name],

Thanks for the interviews with our team over the past few weeks for the [Job Title] role.

I wanted to let you know that we've decided to fill the position through an internal promotion. This was a hard call, as we met some excellent external candidates, you among them.

We'd really like to stay in touch, and we'll reach out if a similar role opens up.

Best,
[Your Name]`),

  rej('interview', ['position_filled'], {},
    `Dear [Candidate Name],

Thank you for interviewing for the [Job Title] role at [Company Name].

We'd like to let you know that we have offered the position to another candidate, who has accepted. We appreciate the time you invested in the process.

With best wishes,
[Your Name]
[Your Title]`),

  rej('interview', ['overqualified'], fb,
    `Hi {{candidate.first_name}},

Thank you for speaking with our team about the {{job_title}} position.

Everyone enjoyed meeting you. After discussing as a group, though, we feel this role is more junior than your [number] years of leadership experience would suggest, and we're concerned it wouldn't keep you engaged for long. We've decided not to move forward.

Thank you for your interest in {{company}}.

{{sender.first_name}}`),

  rej('interview', ['generic'], {},
    `Dear [Candidate Name],

Thank you for attending the [first / second] interview for [Job Title] on [date].

We regret to inform you that your application has been unsuccessful on this occasion.

Thank you for your interest in [Company Name].

Yours sincerely,
[Your Name]
HR Team`),

  // ── after a final round, onsite or reference checks
  rej('final', ['generic'], { ...door, ...offered },
    `Dear [Candidate Name],

Thank you for spending the day with us at our [office location] for the final round of interviews for [Job Title]. We know a full onsite is a big commitment.

You were one of [number] finalists, and the decision was a close one. In the end, we have decided to extend an offer to another candidate.

If you'd find it helpful, we'd be glad to arrange a call to go over the panel's feedback. We'd also love for you to stay in touch and apply for future roles — we'll keep your details on file.

Warm regards,
[Your Name]
[Your Title], [Company Name]`),

  rej('final', ['profile_mismatch'], {},
    `Hi [Candidate's first name],

Thanks for coming back for the final interview with [Interviewer Name] last [day].

After a lot of discussion, we've decided to go with a candidate whose experience is a closer match for what we need at this stage, so we won't be offering you the role.

Thank you for all the time you've given us throughout the process.

[Your Name]`),

  rej('final', ['position_filled'], {},
    `Dear [Candidate Name],

Thank you for your patience while we completed reference checks for the [Job Title] role, and for the time you invested through each round of interviews.

We have now concluded the process and have made an offer to another finalist, which has been accepted.

We appreciate your interest in [Company Name] and wish you well.

Regards,
[Your Name]`),

  rej('final', ['role_closed'], door,
    `Dear [Candidate Name],

Thank you for taking part in the final stage of our selection process for the [Job Title] position.

I'm sorry to tell you that, due to [organisational changes / a revised budget], the company has decided to cancel this position, and we will not be making an appointment. This decision has nothing to do with your performance in the process.

We would very much like to keep in touch and let you know if the role or a similar one opens again.

Kind regards,
[Your Name]
[Your Title]`),

  rej('final', ['culture_fit'], {},
    `Hello [First Name],

Thank you for joining us for the final panel for [Job Title].

We've decided not to move forward with an offer. The panel felt the fit with the team's culture and values wasn't as strong as it needs to be for this role.

We're grateful for your time and wish you the best of luck.

[Your Name]`),

  // ── on hold
  hold('interview', ['role_closed'], {},
    `Dear [Candidate Name],

Thank you for your patience and for the interviews you have completed for the [Job Title] role.

We wanted to let you know that the position has been put on hold while [Company Name] reviews its hiring plans for [quarter/period]. No decision has been made about your application, and we'll be in touch as soon as we know more about when the search will resume.

We apologise for the delay.

Best regards,
[Your Name]`),

  hold('application', ['role_closed'], {},
    `Hi {{candidate.first_name}},

A quick update on your application for {{job_title}}: we've paused hiring for this role for now. Your application is still with us and hasn't been declined — we'll let you know as soon as the role reopens.

Thanks for bearing with us,
{{company}} Recruiting`),

  // ── look-alikes from the same libraries
  other(`Dear [Candidate Name],

Thank you for applying for the [Job Title] position at [Company Name]. This email confirms that we have received your application.

Our team is reviewing applications and will contact candidates selected for interview within [number] weeks. Due to the number of applications we receive, we may not be able to respond to everyone individually.

Thank you for your interest in joining [Company Name].

Best regards,
[Your Name]
[Company Name] HR`, 'Application received – [Job Title]'),

  other(`Hi [Candidate's first name],

I wanted to give you a quick update on the [Job Title] role. We're still reviewing applications and interviewing candidates, so it's taking a little longer than planned.

You're still very much in consideration, and we expect to have news for you by [date]. Thanks for your patience — we'll be in touch.

Best,
[Your Name]`),

  other(`Hi {{candidate.first_name}},

Thank you for applying to the {{job_title}} role at {{company}}! We were impressed by your background and would like to invite you to an interview with {{interviewer.name}}.

The interview will last about [45] minutes and will take place [over video / at our office]. Please choose a time that suits you using the link below:

{{scheduling_link}}

Looking forward to speaking with you!
{{recruiter.first_name}}`, 'Interview invitation: {{job_title}} at {{company}}'),

  other(`Dear [Candidate Name],

Thank you for your interview for the [Job Title] role on [date]. I just wanted to follow up and let you know that we are still in the process of meeting other candidates.

We plan to make a decision by [date], and I'll contact you either way as soon as we have. In the meantime, please don't hesitate to reach out if you have any questions.

Kind regards,
[Your Name]
[Your Title]`, 'Following up on your interview'),

  other(`Dear %FIRSTNAME%,

Thank you for your interest in the %JOBTITLE% position. As the next step in our process, we'd like to invite you to complete a short online skills assessment.

The assessment takes around [30] minutes and must be completed by %DEADLINE%. You can access it here: %ASSESSMENTLINK%

Good luck!
%SENDERNAME%`, 'Next step: online assessment for %JOBTITLE%'),

  other(`Hi [Candidate Name],

Great news — the team enjoyed meeting you and we'd like to invite you to the next round for the [Job Title] role. This will be a [panel interview / technical interview / meeting with the CEO].

Could you let me know your availability for [date range]? Please reply with two or three times that work for you.

Thanks,
[Your Name]`),
  // ── the same kinds of template as sent: filled in, half filled, plain text and HTML, with ATS footers
  rej('application', ['generic'], {},
    `Dear Marisol Ortega,

Thank you for applying for the Accounts Payable Specialist position at Brightwater Logistics. We appreciate the time you spent on your application.

We received a large number of applications for this role. After reviewing yours, we have decided to proceed with other applicants.

We wish you every success in your job search.

Sincerely,
Denise Hollander
HR Generalist
Brightwater Logistics${bamboo('Brightwater Logistics')}`, 'Your application for Accounts Payable Specialist at Brightwater Logistics'),

  rej('application', ['profile_mismatch'], door,
    `Hi Tobias,

Thanks so much for your interest in the Junior UX Designer role with us here at [Company Name].

We've looked through your application and portfolio and, for now, we don't feel your background is the match this opening needs, so we won't be progressing it.

We'd like to keep your CV on file for the next six months, and if something comes up that suits your experience, we'll get in touch.

All the best,
Priya
Fernleaf Studio Recruiting${workable('Fernleaf Studio')}`),

  rej('application', ['skills_gap'], fb,
    `Dear Mr. Adeyemi,

Thank you for your interest in the Senior Payroll Administrator vacancy.

For this role we need candidates with at least five years of hands-on experience running multi-state payroll in ADP Workforce Now. Having read your application, we don't believe you meet that requirement at present, so we won't be taking your application further.

We appreciate your interest in Calloway Health Partners and wish you well.

Kind regards,
Janet Ruiz, Talent Acquisition Partner`, 'Calloway Health Partners – update on your application'),

  rej('application', ['location'], fb,
    html([
      'Dear Karthik,',
      'Thank you for applying to Norvale Systems for the role of Site Reliability Engineer (Dublin).',
      'This position requires the right to work in Ireland, and we are unfortunately not able to offer visa sponsorship for it. Because your application indicates you would need a work permit, we cannot consider you further for this vacancy.',
      'We are sorry not to have better news, and we thank you for your interest in Norvale.',
    ], 'Best regards,<br>Aoife Brennan<br>Talent Partner | Norvale Systems') + greenhouse('Norvale Systems'), 'Your application to Norvale Systems'),

  rej('application', ['generic'], {},
    `Hi Danielle, thank you for applying for Store Supervisor. Unfortunately we won't be moving forward with your application. We wish you luck with your search. – Marcus, Hatch & Hollow Home Goods`),

  rej('application', ['generic'], door,
    `Dear Yusuf,

Thank you for your application for Graduate Civil Engineer at Pellworth Infrastructure. We had a very strong field, and after reviewing every application we have decided not to invite you to the assessment centre.

We'll be advertising further graduate and apprentice roles in the spring and would encourage you to apply for any that match your skills.

Best wishes,
Hannah Greaves
Early Careers Team${recruitee('Pellworth Infrastructure')}`),

  rej('application', ['generic'], { ...door, ...offered },
    html([
      'Dear Leonie,',
      "I'm writing to thank you for applying for the Content Marketing Manager role at Quillbright, and for the interest you've shown in what we do.",
      'We received a great many applications and the standard was high. Our hiring team has reviewed every one against the criteria for the role, and I am sorry to tell you that we have decided not to progress your application this time.',
      "We know how much effort an application takes. If it would help, I'd be glad to share a few short comments on yours &mdash; just reply to this email.",
      'We also hope we will hear from you again. New roles appear regularly on quillbright.com/careers and you are very welcome to apply for future openings.',
    ], 'Yours sincerely,<br>Rosa Lindqvist<br>People &amp; Culture Lead<br>Quillbright'), 'Quillbright – your application'),

  rej('application', ['position_filled'], {},
    `Dear Gregory Pham,

Thank you for submitting your application for the Dental Receptionist position.

We wanted to let you know that this position has now been filled. We appreciate your interest and the time you took to apply.

Regards,
[Hiring Manager Name]
Lakeshore Family Dentistry`),

  rej('application', ['internal_candidate'], {},
    `Dear Ms. Whitfield,

Thank you for your interest in the Grants Coordinator position with the Harrow Valley Community Foundation.

We have decided to fill this role with a current member of our staff. As a result, we will not be proceeding with external applications for the vacancy.

We appreciate the time you took to apply and wish you well.

Kind regards,
Theo Maddox
Operations Director`),

  rej('application', ['generic'], {},
    `Hi Samir,

Thank you for your application for Warehouse Team Leader at Corrigan Freight.

We've now reviewed every application for this vacancy, and we're sorry to tell you that yours has not been shortlisted.

Thank you for your interest in Corrigan Freight.

<<Recruiter>>
Talent Coordinator`),

  rej('application', ['generic'], door,
    `Hi Ngozi,

Thank you for applying to the Customer Success Associate role at Tallyho. We had a lot of strong applicants, and we've decided not to move forward with your application at this time.

We'd love to stay in touch — feel free to apply to any future roles at Tallyho that catch your eye.

Best,
Ellie Park
Tallyho Talent Team${lever('Tallyho')}`, 'Your application to Tallyho'),

  rej('application', ['role_closed'], door,
    `Hello Fernando,

Thank you for applying for the Regional Sales Manager opening at Oakridge Pumps.

Due to an internal restructure, we have decided not to fill this position at this time. We are closing the vacancy and won't be proceeding with any applications, including yours.

We're sorry for the disappointment. We'd welcome your application for other roles on our careers site in future.

Best,
Lorraine Kemp${jazz('Oakridge Pumps')}`),

  // ── after a phone screen, as sent
  rej('screen', ['generic'], offered,
    `Dear Anika,

Thank you for taking the time to speak with Jordan on Tuesday about the Implementation Consultant role. We enjoyed learning more about you.

After our conversations with all of the candidates, we've decided not to move you to the next stage.

If you'd like feedback on your application, just reply to this email and we'll gladly share it.

Kind regards,
Felicity Shaw
Meridian Ledger${greenhouse('Meridian Ledger')}`),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Connor,

It was great to chat on Wednesday about the Senior Backend Engineer role.

As we discussed, the salary you're targeting is above the range we've budgeted for this position, and after speaking with the hiring manager we don't see a way to bridge that. For that reason we've decided not to move forward.

I'd be glad to keep your details and reach out if a role with a higher band opens up.

Best regards,
Mina Castellanos
Technical Recruiter, Pinegate`),

  rej('screen', ['location'], fb,
    `Hi Olu,

Thanks again for the call earlier this week — I really enjoyed hearing about your work at [Current Company].

After checking with the hiring team, this role needs someone in the Leeds office at least three days a week, and since relocation isn't an option for you right now, we won't be able to take your application further for this one.

Sorry it's not better news, and good luck!

Harriet Cole
Talent Acquisition, Ashdown Retail Group`),

  rej('screen', ['profile_mismatch'], {},
    html([
      'Dear Beatriz,',
      'Thank you for the phone interview on 14 March regarding the Procurement Analyst position.',
      'Having talked through your experience in more detail, we have concluded that your profile does not match the requirements of the role closely enough, and we will not be inviting you to the next round.',
      'Thank you for your interest in Vantage Ceramics.',
    ], 'Regards,<br>$recruiter_name'), 'Procurement Analyst – next steps'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Dear Liam,

Thank you for speaking with us about the Data Engineer role on Friday.

During our call it became clear that the role calls for more production experience with Apache Spark and Airflow than you have at the moment, and that's a core part of the day-to-day work. We've therefore decided not to progress your application.

We'll hold on to your CV and would be glad to consider you for future openings where your strengths are a closer fit.

Kind regards,
Sunita Rao
Halden Analytics${breezy('Halden Analytics')}`),

  // ── after a test or assignment, as sent
  rej('assessment', ['assessment'], {},
    `Dear Chiara Benedetti,

Thank you for completing the numerical reasoning assessment for the Financial Analyst position.

Your results did not meet the benchmark set for this role, and we will therefore not be moving your application forward.

We appreciate the time you put into the assessment and wish you the very best.

Sincerely,
Recruitment Team
Holloway & Pryce${workable('Holloway & Pryce')}`),

  rej('assessment', ['assessment'], fb,
    `Hi Mateo,

Thanks for the work you put into the take-home assignment for Frontend Engineer.

Our team reviewed your submission closely. Your write-up was clear and the UI looked polished. However, the search component re-fetched the whole list on every keystroke and there were no tests for the filtering logic, both of which the brief called out, and that's an important part of this role. For that reason we've decided not to continue with your application.

Thanks again for your time and effort.

Best,
Ruth Adebayo
Engineering Manager, Lumenfold`),

  rej('assessment', ['assessment'], { ...offered, ...door },
    `Dear Sophie,

Thank you for taking part in the skills test for the Legal Secretary vacancy at Marchbank Solicitors.

We have now reviewed all of the test results, and unfortunately your score was not high enough for us to progress your application to interview on this occasion.

Should you wish to receive more detail on your results, please reply to this message and we will arrange it. We also encourage you to apply again for future positions with us.

Kind regards,
%SENDERNAME%
Marchbank Solicitors Recruitment`),

  rej('assessment', ['assessment'], fb,
    `Hello [Candidate Name],

Thank you for submitting the written exercise for the Policy Officer role.

The panel assessed all submissions against the published criteria. Yours scored below the threshold for interview, mainly because the briefing note did not set out options with costs and risks, which was the central requirement of the task.

We will not be taking your application further, and we thank you for your interest.

Recruitment Team
Eastmoor Borough Council`),

  rej('assessment', ['generic'], {},
    `Dear Farid,

Thank you for taking the time to complete the coding challenge as part of your application for Backend Developer (Python).

We have now completed this stage of the process and have decided to move forward with other candidates.

We wish you all the best in your search.

Gemma
Stackhouse Labs${recruitee('Stackhouse Labs')}`),

  // ── after interviews, as sent
  rej('interview', ['generic'], door,
    html([
      'Dear Naomi,',
      'Thank you for interviewing for the Office Manager position at Greywell Architects. We enjoyed meeting you and learning more about your experience.',
      'After careful consideration, we have decided to offer the position to another candidate.',
      'We were impressed with your organisational skills and would like to keep your information on file for future opportunities. We hope you will consider applying again.',
    ], 'Sincerely,<br>Paul Everett<br>Practice Director') + bamboo('Greywell Architects')),

  rej('interview', ['profile_mismatch'], offered,
    `Hi Rhys,

I wanted to thank you personally for coming in to meet the team about the Product Manager role.

It was a difficult decision, but we've decided to move ahead with a candidate whose experience aligns more closely with the needs of the role right now.

If it would be useful, I'm happy to set up a short call to pass on some feedback from the interview panel. Just let me know.

Thanks again,
Anneke de Vries
Head of Product, Trellis Pay`),

  rej('interview', ['skills_gap'], fb,
    `Dear Ms. Okafor,

Thank you for meeting with us to discuss the Account Executive position. We appreciated your thoughtful answers and your interest in Summitline Software.

After reviewing all of our interviews, we have decided not to move forward with your application. While your energy and preparation stood out, we are looking for someone with more experience closing enterprise deals above six figures, which is central to this role.

Thank you again, and we wish you all the best.

Regards,
Devon Marsh${greenhouse('Summitline Software')}`),

  rej('interview', ['internal_candidate'], door,
    `Hello Ingrid,

Thanks for the interviews with our team over the past few weeks for the Finance Business Partner role.

I wanted to let you know that we've decided to fill the position through an internal promotion. It was a hard call, as we met some excellent external candidates, you among them.

We'd like to stay in touch and will reach out if a similar role opens.

Best,
{{recruiter.first_name}}
Hadley Group`),

  rej('interview', ['position_filled'], {},
    `Dear Tomasz,

Thank you for interviewing for the Maintenance Planner role at Kestrel Foods.

We'd like to let you know that we have offered the position to another candidate, who has accepted. We appreciate the time you invested in the process.

With best wishes,
Alison Tate
HR Advisor${jazz('Kestrel Foods')}`),

  rej('interview', ['culture_fit'], fb,
    `Dear Jonah,

Thank you for taking the time to interview with us for the Operations Coordinator role.

Our team works in a fast-paced, highly hands-on way, and after discussing your interviews we felt your preference for clearly defined processes and a slower pace would not be the best fit for how this team operates day to day. For this reason we have decided not to proceed with your application.

We genuinely appreciated the conversation and wish you every success.

Best regards,
Clara Jennings
Brisk Courier Co.`),

  rej('interview', ['generic'], {},
    `Dear Mr Haddad,

Thank you for attending the second interview for Laboratory Technician on 9 October.

We regret to inform you that your application has been unsuccessful on this occasion.

Thank you for your interest in [Company Name].

Yours sincerely,
Eleanor Pratt
HR Team`),

  // ── after a final round, as sent
  rej('final', ['generic'], { ...door, ...offered },
    html([
      'Dear Amara,',
      'Thank you for spending the day with us at our Austin office for the final round of interviews for Staff Data Scientist. We know a full onsite is a big commitment.',
      'You were one of three finalists, and the decision was a close one. In the end, we have decided to extend an offer to another candidate.',
      "If you'd find it helpful, we'd be glad to arrange a call to go over the panel's feedback. We would also love for you to stay in touch and apply for future roles &mdash; we'll keep your details on file.",
    ], 'Warm regards,<br>Jess Whitaker<br>Senior Recruiter, Corvid Health') + lever('Corvid Health'), 'Update on your Staff Data Scientist candidacy'),

  rej('final', ['position_filled'], {},
    `Dear Rohan,

Thank you for your patience while we completed reference checks for the Head of Finance role, and for the time you gave us through each round of interviews.

We have now concluded the process and have made an offer to another finalist, which has been accepted.

We appreciate your interest in Bellmoor Hotels and wish you well.

Regards,
Catherine Doyle
Group HR Manager`),

  rej('final', ['role_closed'], door,
    `Dear Eszter,

Thank you for taking part in the final stage of our selection process for the Brand Director position.

I'm sorry to tell you that, due to a revised budget for next year, the company has decided to cancel this position and will not be making an appointment. This decision has nothing to do with your performance in the process.

We would very much like to keep in touch and will let you know if the role or a similar one opens again.

Kind regards,
Martin Sørensen
Chief People Officer, Fjordline Outdoor`),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Hi Wei,

Thanks for coming in for the final round for Engineering Lead last Thursday, and for the system design session with Aaron and Lucia.

We've decided not to extend an offer. The panel was impressed by your hands-on depth, but this role involves managing a team of eight from day one, and we were looking for more experience with direct people management than you've had so far.

I'm happy to go through the rest of the panel's notes on a call if you'd like — just reply with a time.

Best,
Nadia Flores
Recruiting, Orbitly`),

  // ── on hold, as sent
  hold('interview', ['role_closed'], {},
    `Dear Patrick,

Thank you for your patience and for the interviews you've completed for the Compliance Manager role.

We wanted to let you know that the position has been put on hold while Rivermead Insurance reviews its hiring plans for [quarter/period]. No decision has been made on your application, and we'll be in touch as soon as we know when the search will resume.

We apologise for the delay.

Best regards,
Shona McLeod`),

  // ── look-alikes, as sent
  other(`Dear Aisha Rahman,

Thank you for applying for the Marketing Coordinator position at Tidewell Brewing. This email confirms that we have received your application.

Our team is reviewing applications and will contact candidates selected for interview within two weeks. Because of the number of applications we receive, we may not be able to respond to everyone individually.

Thank you for your interest in joining Tidewell.

Best regards,
Morgan Lee
Tidewell Brewing HR${bamboo('Tidewell Brewing')}`, 'Application received – Marketing Coordinator'),

  other(`Hi Kofi,

Thank you for applying to the Support Engineer role at Parcelwise! We were impressed by your background and would like to invite you to an interview with {{interviewer.name}}.

The interview will last about 45 minutes and will take place over video. Please pick a time that suits you using the link below:

https://app.parcelwise-hiring.com/schedule/7fd21c

Looking forward to speaking with you!
Dana${greenhouse('Parcelwise')}`, 'Interview invitation: Support Engineer at Parcelwise'),

  other(`Hi Lucía,

I wanted to give you a quick update on the Clinical Research Associate role. We're still reviewing applications and interviewing candidates, so things are taking a little longer than we planned.

You're still very much in consideration, and we expect to have news for you by [date]. Thanks for your patience — we'll be in touch.

Best,
Gareth Vaughan
Talent Partner, Aldenbrook Clinical`),
];
