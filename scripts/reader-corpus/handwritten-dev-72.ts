/**
 * Development messages of the seventy-second round, never sealed: data, research and quantitative roles after tests
 * and talks. Rejections, paused processes and look-alikes from the selection for data-science, machine-learning,
 * analytics, research-engineering, quantitative-finance, actuarial and statistics roles (interns, graduates and
 * experienced hires) at tech companies, banks, trading firms, hedge funds, insurers, labs, consultancies and public
 * bodies. The processes lean on tests: online assessments, probability and mental-arithmetic tests, HackerRank /
 * Codility / CodeSignal, SQL tests, take-home analyses, a machine-learning assignment, a case presented to a panel, a
 * research talk, a superday; so the stage and the reasons are often told through the test, and feedback through its
 * parts. Look-alikes: invitations and reminders, results told as a pass, take-home instructions, a dataset link,
 * superday scheduling, "still reviewing submissions", an offer, a practice test, a research newsletter.
 *
 * Labelling choices held throughout (LABELS.md and the corpus conventions): a test, take-home or exercise with no later
 * interview named is `assessment`; a superday, onsite loop, final round or research talk after interviews is `final`;
 * a named section of a test or a score given is feedback, a result told only as below the bar is not; a named method,
 * tool, language, degree or years of experience is `skills_gap` with feedback; a bare comparison is
 * `profile_mismatch` without feedback; `generic` never stands beside another reason. For development only: the rules
 * may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d72-');

export const HANDWRITTEN_DEV_72: readonly CorpusLine[] = [
  // ── Applications declined before any test
  rej('application', ['generic'], {},
    `Dear Priyanka,

Thank you for your interest in the 2027 Quantitative Research Internship at Halvorsen Capital.

We received a very large number of applications this cycle and, after careful review, we will not be progressing yours further.

We wish you the best of luck with your studies.

Campus Recruiting | Halvorsen Capital LP
This mailbox is not monitored.`, 'Your application - Quantitative Research Intern 2027'),

  rej('application', ['generic'], { ...door },
    `Hi Tomás,

Thanks so much for applying for the Data Analyst (Marketing Insights) role at Brightcart. We've had a look at your application and we won't be taking it forward at this point.

Please don't let this put you off, we open new analytics roles every few months and would be glad to see your name again.

Cheers,
Ellie Marsh
Talent Partner, Brightcart`, 'Brightcart | Data Analyst application'),

  rej('application', ['profile_mismatch'], {},
    `Dear Candidate,

Reference: ACT-GRAD-2026-0391

Thank you for applying to the Actuarial Graduate Programme at Northgate Mutual Assurance. Having considered your application against the other applications received, we have decided to progress candidates whose backgrounds are more closely aligned to the programme's requirements.

We will not be contacting you further about this vacancy.

Yours faithfully,
Graduate Resourcing Team
Northgate Mutual Assurance plc, registered in England and Wales no. 0448172. Authorised by the Prudential Regulation Authority.`, 'Actuarial Graduate Programme 2026 - application outcome'),

  rej('application', ['skills_gap'], { ...fb },
    `Hello Arjun,

Thank you for your application to the Machine Learning Engineer, Ranking position at Sorrel Labs.

We've reviewed your profile carefully. This role requires hands-on production experience with large-scale recommender systems, and from your CV we could not see that experience yet. For that reason we will not move forward.

Best regards,
Mirela Dumitrescu
Technical Recruiter, Sorrel Labs`, 'Update on your Sorrel Labs application'),

  rej('application', ['generic'], {},
    `not moving forward with ur application for the summer analytics intern role, sorry. thx for applying - Dev @ Kettleby Analytics

Sent from my iPhone`),

  rej('application', ['location'], { ...fb, ...door },
    `Dear Ms. Van der Berg,

Many thanks for your interest in the Quantitative Analyst, Credit Risk role at Ostrava Bank Group.

Unfortunately this position is open only to candidates who already hold the right to work in Singapore, and your application indicates that you would require an Employment Pass. As we are unable to sponsor for this role, we cannot consider your application further.

We would still be happy to hear from you should you obtain work authorisation, or for roles in our Amsterdam office, where sponsorship is possible.

Kind regards,
Chua Li Ting
Talent Acquisition, APAC`, 'Quantitative Analyst, Credit Risk (Ref 22817)'),

  rej('application', ['generic'], { ...door },
    `<html><body><p>Dear Oluwaseun,</p>
<p>We appreciate you taking the time to apply for <b>Graduate Data Scientist</b> at Meridian Telecom Nigeria.</p>
<p>After reviewing all applications, we regret to let you know that you have not been shortlisted for the next phase.</p>
<p>Your details will be retained in our talent database for twelve months, and we may reach out should a suitable opening arise.</p>
<p>Warm regards,<br>Human Capital Unit</p>
<p style="font-size:9px">This e-mail and any attachments are confidential. If you are not the intended recipient please delete it.</p></body></html>`, 'Re: Graduate Data Scientist - Lagos'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hey Sam,

Appreciate you putting yourself forward for the Research Engineer role on our foundation models team. Honestly the bar here is strange right now: we've got applicants whose recent work overlaps almost exactly with what the team is building, and yours, while interesting, sits a bit further away.

So it's a no for this one, but I'd genuinely like to keep in touch. If something closer to evaluation tooling opens, I'll ping you.

Joel
Recruiting @ Anvil AI`, 'Research Engineer - Anvil AI'),

  rej('application', ['role_closed'], {},
    `Dear Mateus,

Thank you for applying for the Statistician (HEO) post, reference STAT-2026-114, at the Office for Regional Statistics.

I am writing to let you know that this campaign has been withdrawn following a review of the unit's workforce plan. No appointments will be made and applications will not be assessed.

We apologise for any inconvenience.

Recruitment Services
Office for Regional Statistics`, 'Campaign withdrawn: Statistician (HEO) STAT-2026-114'),

  rej('application', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Hana,

Thank you for applying for the Senior Data Scientist, Pricing role at Coastline Insurance.

We had a strong field, and other applicants brought more directly relevant experience. In particular we were looking for at least five years building GLM and GBM pricing models for general insurance, and your CV shows around two.

We wish you every success in your search.

Regards,
Bronwyn Achterberg
Recruitment Lead | Coastline Insurance Ltd | Cape Town`, 'Senior Data Scientist, Pricing'),

  rej('application', ['generic'], {},
    `Hello,

Your application for the position "Data Engineer / Analytics (m/f/d)" was carefully examined. We must inform you that we have decided for other candidates.

We thank you for the interest in our company.

With kind regards
HR Department
Vossberg Logistik GmbH`, 'Your application at Vossberg Logistik'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Dr. Kowalczyk,

Thank you for applying to the Junior Analyst role on our Risk Analytics team. I'll be direct: with a PhD and six years of postdoctoral modelling work, you are considerably more senior than this position, which is an entry-level role focused on reporting. We don't think it would make good use of your experience or hold your interest for long.

If you'd be open to it, I'd like to keep your CV on file for the senior quant openings we expect in the spring.

Best,
Raymond Iwu
Talent, Larchfield Financial`, 'Junior Analyst, Risk Analytics'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your submission for Job ID 88-1204, Applied Scientist Intern.

After careful consideration, we are unable to offer you a place in the interview process. Given the number of applications, we are not able to give individual feedback.

Talent Acquisition
Vireo Systems Inc. is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or veteran status.

To unsubscribe from job-related communications, click here.`, 'Your application for Applied Scientist Intern (88-1204)'),

  rej('application', ['position_filled'], {},
    `Dear Rohan,

Thank you for your interest in the Business Intelligence Analyst opening at Sundaram Finserve. We have completed hiring for this position and an offer has been accepted.

Regards,
Meena R.
HR Executive, Chennai`, 'BI Analyst - Sundaram Finserve'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Ciarán,

Thanks for your application for Quantitative Developer at Lowfield Trading.

The team is looking for someone with strong modern C++ (C++17 or later) and experience with low-latency systems. Your background is mostly in Python and R, so we've decided not to progress for this seat.

If you build up your C++ experience we would welcome a future application, and our Python-heavy research roles may be a better fit in the meantime.

Best wishes,
Aoife Brennan
Recruitment, Lowfield Trading (Dublin)`, 'Quantitative Developer - Lowfield Trading'),

  rej('application', ['generic'], {},
    `Hi Wei Jie,

Thank you for applying for the Data Science Associate programme at Harbourline Consulting.

We have had an exceptional response and are unable to move your application forward on this occasion.

All the best,
Early Careers Singapore
Harbourline Consulting Pte. Ltd.`, 'Harbourline Consulting - Data Science Associate'),

  rej('application', ['profile_mismatch'], {},
    `Dear Amara,

We appreciate your interest in the Biostatistician II vacancy with the Centre for Clinical Trials.

The selection committee reviewed all applications against the position description. On this occasion, your application was not among those that aligned most strongly with the needs of the role.

Yours sincerely,
Dr. Heather Gould
Operations Manager, Centre for Clinical Trials`, 'Biostatistician II - outcome'),

  rej('application', ['generic'], { ...door },
    `Dear Kwame,

Thank you for your interest in joining Marlowe & Finch as an Analytics Graduate. Having considered your application, we regret that we are unable to take it further this time.

We'd encourage you to keep an eye on our careers page; our next intake opens in September and you would be most welcome to apply.

Kind regards,
The Marlowe & Finch Graduate Team`, 'Analytics Graduate Programme'),

  rej('application', ['location'], { ...fb },
    `Hi Jordan,

Thanks for applying to the Data Scientist, Fraud role. I noticed you're based in Winnipeg; this role is hybrid with three days a week in our Toronto office and we aren't able to offer relocation support or a fully remote arrangement.

Given that, we won't be moving your application ahead.

Thanks,
Priya Ghai
Recruiter, Northlake Payments`, 'Data Scientist, Fraud - Northlake Payments'),

  rej('application', ['generic'], {},
    `Greetings Mr. Adeyemi,

We wish to thank you for the application submitted for the role of Risk Analyst (Quantitative) at Crestview Bank Plc.

Please be informed that your application was not successful at this stage.

We wish you the best in your future endeavours.

Yours faithfully,
For: Head, Human Resources`, 'RE: APPLICATION FOR RISK ANALYST (QUANTITATIVE)'),

  rej('application', ['profile_mismatch', 'position_filled'], {},
    `Dear Lucía,

Thank you for your application for the Research Scientist position in the Causal Inference group.

We have now appointed a candidate whose research profile was a closer match to the group's current projects, so the position is no longer open.

Best regards,
Institute for Applied Decision Sciences, Human Resources`, 'Research Scientist, Causal Inference'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant,

Thank you for applying to the Actuarial Analyst role (Life, Ref LA-7731).

Candidates for this role must have passed at least three of the Institute and Faculty of Actuaries' core examinations. Your application shows one exam passed, so we are unable to take it further.

Kindest regards,
Resourcing Team, Pennant Life`, 'Actuarial Analyst (Life) LA-7731'),

  rej('application', ['generic'], { ...door },
    `Hello Ananya,

Thank you for your interest in Tessellate. We've reviewed your application for Analytics Engineer and have decided not to proceed.

We'll hold on to your profile and let you know if anything opens up that looks like a match.

Talent Team at Tessellate`, 'Thanks from Tessellate'),

  rej('application', ['profile_mismatch'], { ...door, ...offered },
    `Hi Matthew,

Thanks for getting in touch about the Quant Strategist role on the rates desk. I've spoken to the desk head and, on reflection, they want someone coming from a sell-side trading background, and your experience sits more on the buy-side risk side.

It's not the right match this time, but do stay in touch, and if you'd like more colour on how the desk weighed it, drop me a line and I'll happily talk it through.

Regards,
Stephen Howell
Director, Quant Search | Marchmont Partners (on behalf of our client)`, 'Quant Strategist, Rates'),

  rej('application', ['role_closed'], { ...door },
    `Dear Fatima,

I'm sorry to tell you that the Data Scientist (Climate Risk) position you applied for has been cancelled, as the project it was linked to has lost its funding. Applications will not be taken further.

If the role is re-advertised, we'll contact all applicants so you can apply again.

Sincerely,
HR Office, Greenway Environmental Trust`, 'Data Scientist (Climate Risk) - position cancelled'),

  // ── After a screening call
  rej('screen', ['generic'], {},
    `Hi Daniel,

Thank you for taking the time to speak with me on Tuesday about the Product Analyst opening. It was great learning about your work at the agency.

After discussing with the hiring team, we've decided to go in a different direction and won't be moving forward with your candidacy.

Best of luck,
Kayla Summers
Recruiting Coordinator, Lumenpath`, 'Lumenpath Product Analyst'),

  rej('screen', ['salary'], { ...fb },
    `Dear Nikhil,

Thanks again for the call last week. I've shared your details with the hiring manager for the Lead Data Scientist position. Unfortunately your expected compensation of 65 LPA is well above the band approved for this role, and there is no flexibility this year, so we will not proceed.

Regards,
Sneha Kulkarni
Talent Acquisition, Aravali Retail Tech`, 'Lead Data Scientist - update'),

  rej('screen', ['profile_mismatch'], { ...offered },
    `Hi Grace,

Lovely to chat on Friday. I ran our conversation past the team and, frankly, they felt the role needs someone who has spent more time owning experimentation end to end, and your background leans more to dashboards and reporting.

We won't go further for this one. If you'd like me to go into more detail on what they were looking for, just reply and we can set up fifteen minutes.

Thanks,
Natalie Browne
People Partner, Hopscotch`, 'Following up - Analytics role at Hopscotch'),

  // ── Paused
  hold('application', ['role_closed'], {},
    `Dear Benedikt,

Thank you for applying to the Machine Learning Scientist role at Quillan Health. I wanted to give you an honest update: our headcount for the second half is currently under review by leadership, and all hiring for this team is paused until that review concludes, likely in six to eight weeks.

Your application has not been declined and remains with us. We'll write again as soon as we know more.

With thanks for your patience,
Marisol Ortega
Talent Acquisition, Quillan Health`, 'Update: Machine Learning Scientist'),

  // ── Look-alikes
  other(`Dear Priya,

Thank you for your application to the Global Markets Quantitative Analyst Programme. We are pleased to invite you to complete our online assessment, which includes a numerical reasoning section, a probability section and a short coding task.

Please complete it by 23:59 GMT on Friday 14 November. The assessment takes around 75 minutes and must be completed in one sitting.

Unfortunately we are unable to grant extensions except for documented adjustments. If you require reasonable adjustments, reply to this email before starting.

Kind regards,
Graduate Recruitment, Ashdown Securities`, 'Next step: online assessment - Quantitative Analyst Programme'),

  other(`Hi Marcus,

Good news, you've passed the CodeSignal General Coding Assessment for the Data Engineering Intern role with a score above our threshold. The next step is a 45-minute technical interview with one of our engineers.

Please pick a slot from the link below within five working days.

Thanks,
Recruiting at Fieldmark`, 'Fieldmark - next steps'),

  other(`Dear Applicant,

Thank you for submitting your take-home analysis. We appreciate the time and effort involved.

We are still reviewing submissions from all candidates and expect to be in touch by the end of next week. Unfortunately we can't give individual updates before then.

Analytics Hiring Team
Pemberton Energy`, 'Take-home analysis received'),
];
