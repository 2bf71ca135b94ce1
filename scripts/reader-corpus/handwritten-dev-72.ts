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

We received a very large number of applications this cycle and, after careful review, we will not be progressing yours further. Owing to the volume of applications, we are unable to offer feedback at this stage.

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

  rej('application', ['location', 'skills_gap'], { ...fb, ...door },
    `Dear Ms. Van der Berg,

Many thanks for your interest in the Quantitative Analyst, Credit Risk role at Ostrava Bank Group.

Unfortunately this position is open only to candidates who already hold the right to work in Singapore, and your application indicates that you would require an Employment Pass. As we are unable to sponsor for this role, we cannot consider your application further. I should also mention that the hiring manager is looking for hands-on IFRS 9 expected credit loss modelling, which your CV does not yet show.

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

Please be informed that your application was not successful at this stage. Kindly note that the Bank does not enter into correspondence regarding the outcome of applications.

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

  rej('application', ['skills_gap'], { ...fb, ...door, ...offered },
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

  rej('screen', ['skills_gap'], { ...fb, ...offered },
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
  rej('application', ['generic'], {},
    `Dear Hamza,

Re: Summer Analyst - Quantitative Strategies (London)

Thank you for applying. We regret to inform you that we will not be inviting you to the next stage of our process. We recognise the effort that goes into an application and thank you for considering us. Regrettably, we cannot provide individual feedback on applications.

Yours sincerely,
Graduate Recruitment
Kingsmere Asset Management
Kingsmere Asset Management Ltd is authorised and regulated by the Financial Conduct Authority.`, 'Summer Analyst - Quantitative Strategies'),

  rej('application', ['profile_mismatch'], { ...door },
    `G'day Liam,

Thanks for putting your hand up for the Senior Analyst, Customer Analytics role. We've had a read through and, while there's plenty to like, we're after someone whose experience lines up a bit more closely with what the team does day to day than yours does right now.

We'll pop your details in our talent community and give you a shout if something more suitable comes up.

Cheers,
Talent Team, Southern Cross Mutual Bank`, 'Senior Analyst, Customer Analytics'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Mei,

Thank you for your application for the Econometrician role with our Transport Modelling practice.

We need someone who can start with substantial experience in discrete choice modelling (multinomial and mixed logit) and in Biogeme or Apollo. That isn't visible in your application, so we will not be moving ahead.

Kind regards,
Julian Thorne
Associate Director, Hartwell Transport Economics`, 'Econometrician - Hartwell'),

  rej('application', ['generic'], { ...door },
    `Hi there,

Your application for Data Science Intern (Winter) has been reviewed. We're sorry, but we won't be offering you an interview this time around. Feel free to apply for future roles that catch your eye!

- The Recruiting Team at Pollen`, 'Pollen: your Data Science Intern application'),

  rej('application', ['internal_candidate'], {},
    `Dear Siobhán,

Thank you for applying for the Senior Statistician role in our Health Intelligence unit. I wanted to let you know that the post has been filled by an existing member of the team, so we will not be proceeding with external applications.

Best wishes,
Deirdre Lyons
HR Business Partner`, 'Senior Statistician - Health Intelligence'),

  rej('application', ['generic'], {},
    `Dear Karthik,

We have carefully considered your application for the position of Quant Research Analyst and regret that we cannot offer you an interview. Thank you for the interest shown in Vantage Alpha Partners.

Regards,
HR`, 'Quant Research Analyst'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hello Nomvula,

Thank you for applying to the Data Scientist vacancy at Impala Analytics. We have reviewed your CV and, compared with the profiles of other applicants, yours is not as strong a fit for what the team needs at the moment. We have added your CV to our candidate pool and may contact you about other openings.

Regards,
Thandeka Mokoena
Recruitment Specialist, Johannesburg`, 'Impala Analytics - Data Scientist'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Yusuf,

Thank you for applying for our Postdoctoral Research Associate position in Statistical Genetics.

The panel was looking for candidates who had already completed a PhD in statistics, biostatistics or a related field; as your thesis submission is expected next year, we are unable to shortlist you for this post. We would be pleased to receive an application from you once your doctorate is awarded.

With best wishes,
Professor Alison Carr
Department of Population Health`, 'PDRA Statistical Genetics - shortlisting'),

  rej('application', ['generic'], {},
    `Thank you for applying for Business Analyst - Data (REQ-55190) at Orbis Retail Group. Following review, we will not be moving forward with your application.

Please do not reply to this message.

Orbis Retail Group | Privacy notice | Manage email preferences`, 'Update regarding REQ-55190'),

  rej('application', ['role_closed'], {},
    `Hi Ifeoma,

Quick update about the ML Ops Analyst role at Tallowfield. The team has been restructured and the role no longer exists in its current form, so we've closed it and won't be taking applications any further.

Sorry for the bother, and thanks for your interest.

Ben
Tallowfield Recruiting`, 'ML Ops Analyst role closed'),

  // ── After a screen
  rej('screen', ['generic'], { ...door },
    `Hi Anika,

It was a pleasure speaking with you yesterday about the Decision Scientist role. I've now discussed your candidacy with the team, and we won't be proceeding to the technical stage.

I'd be glad to reconnect on future opportunities, so please keep in touch.

Warmly,
Jessica Lam
Senior Recruiter, Orchard Street Bank`, 'Decision Scientist - Orchard Street'),

  rej('screen', ['location'], { ...fb },
    `Hi Ravi,

Thanks for the chat this morning. As we discussed, the Risk Quant role sits in Zurich and needs someone with an existing Swiss work permit or EU/EFTA citizenship, given the current quota. Since that isn't the case for you, I'm afraid we can't put you forward to the client.

Best,
Dominik Weber
Consultant, Alpenquant Search`, 'Risk Quant Zurich'),

  rej('screen', ['profile_mismatch'], {},
    `Dear Chloé,

Thank you for the introductory call with our recruitment team on Monday.

We have reviewed your profile with the hiring manager for the Marketing Mix Modelling Lead role and concluded that other candidates are more closely suited to what the position requires. We will therefore not be continuing with your application.

Kind regards,
Sabine Laurent
HR, Maison Delorme Group`, 'Marketing Mix Modelling Lead'),

  rej('screen', ['generic'], {},
    `hi Tunde - thanks for hopping on the phone friday. team's decided not to take things forward for the data analyst spot. appreciate your time. - Gabe (Coral Labs)`),

  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Dear Harpreet,

Thank you for speaking with me on Wednesday about the Senior ML Engineer role.

After sharing my notes with the engineering lead, the main concern is that the team needs hands-on experience deploying models on Kubernetes and running feature stores at scale, and from our conversation that would be new for you. We won't be progressing to the technical interviews.

I know that's disappointing. If it would help to hear more from the lead directly, let me know and I'll arrange a short call.

Regards,
Olumide Bakare
Talent Partner, Quayside Digital`, 'Senior ML Engineer - next steps'),

  // ── After a test or an exercise, no interview named
  rej('assessment', ['assessment'], { ...door },
    `Dear Emily,

Thank you for completing the online assessment for the 2027 Trading Internship at Redwater Markets.

Your results did not meet the threshold required to progress to interview, so we are unable to take your application further on this occasion. Many of our interns applied more than once, and you would be welcome to try again next cycle.

Best regards,
Redwater Markets Campus Team`, 'Redwater Markets - assessment outcome'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Aditya,

Thanks for sitting our quantitative test last week. You scored 58/80 on the mental arithmetic section and 11/20 on probability; the cut-off for the next round this year was 65 and 14 respectively, so we won't be inviting you to interview.

Plenty of strong students fall just short here, and it's a timed test that rewards practice.

Regards,
Lena Fischer
Graduate Recruiting, Tollgate Trading`, 'Tollgate Trading - test results'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hello Sofia,

Thank you for the time and care you put into the take-home exercise on the churn dataset.

The reviewers liked that your model's evaluation was thorough (the calibration plots were a nice touch), but they felt the feature engineering was limited and that the write-up did not really translate the results into a recommendation for the retention team. On balance we've decided not to progress your application.

We'd be happy to see you apply again in future.

Best,
Harriet Cole
Data Science Hiring, Fenwick Mobile`, 'Your take-home submission - Fenwick Mobile'),

  rej('assessment', ['generic'], {},
    `Dear Oscar,

We appreciate the time you spent on the HackerRank challenge for our Data Engineer opening. Having reviewed all submissions, we've decided to proceed with other candidates.

All the best,
Talent Acquisition, Brackenridge Software`, 'Data Engineer - Brackenridge'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Nadia,

Thanks for completing our SQL assessment for the Analytics Engineer role.

You did well on the aggregation questions, but the window-function and query-optimisation tasks were left incomplete, and those are a large part of the day-to-day work here. We need someone who is already fluent with them, so we won't move forward this time.

Thanks again,
Callum Reid
Analytics Lead, Plover Health`, 'SQL assessment - Plover Health'),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for taking part in the numerical and logical reasoning tests for the Actuarial Trainee Scheme 2027.

We regret to advise that your results were below the standard required to progress to the next stage of selection. Test providers do not release section-level results to us, so we are not in a position to discuss your scores.

Yours sincerely,
Early Careers, Hollings & Rowe Actuarial Consulting`, 'Actuarial Trainee Scheme 2027 - test outcome'),

  rej('assessment', ['profile_mismatch'], { ...offered },
    `Hi Jae-won,

Thank you for the recommender-system assignment. The reviewers could see the effort behind it.

We did receive several submissions from candidates with more direct experience of the kind of problems the team works on, and on balance we've chosen to continue with them.

If you'd like notes from the reviewers, reply here and I'll send them across.

Kind regards,
Isabel Moreno
Talent Partner, Stackwell`, 'Stackwell: assignment outcome'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Mr. Banerjee,

Thank you for completing the case study for the Credit Risk Modelling Analyst role.

The assessors noted that your PD model was well specified, but the validation section did not address out-of-time testing and the discussion of the regulatory treatment was brief. Taking the assessment as a whole, your submission did not reach the standard needed to progress.

Regards,
Model Risk Recruitment, Indus Capital Bank`, 'Credit Risk Modelling Analyst - case study outcome'),

  rej('assessment', ['generic'], { ...door },
    `Hey Ellis,

Thanks for taking a crack at our Codility task for the Data Platform Intern role. We had a lot of strong submissions and we're moving ahead with a smaller group. Keep an eye out for our summer roles though, we'd love to see you apply again.

Cheers,
Recruiting, Glasshouse`, 'Glasshouse Data Platform Intern'),

  rej('assessment', ['assessment'], {},
    `Dear Sipho,

Thank you for completing the online test for the Quantitative Analyst Graduate Programme. Unfortunately you did not achieve the minimum score required for the next stage, and we will not be able to progress your application.

We wish you well.

Graduate Recruitment
Karoo Investment Managers`, 'Online test outcome'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Tanvi,

Thank you for your work on the time-series forecasting assignment.

The team were looking for candidates with a solid grasp of hierarchical forecasting and reconciliation, since that is central to the demand planning work, and your submission treated each series independently, so it fell short of what we hoped to see from the exercise. For that reason we won't be continuing.

Best regards,
Rahul Menon
Data Science Manager, Kaveri Consumer Brands`, 'Forecasting assignment - feedback'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hello Marta,

Thank you for attempting the CodeSignal assessment for the ML Research Intern position. Your score of 612 was below the 700 we use as the cut-off for interviews this season.

You're welcome to retake the assessment after 30 days and reapply for any of our later intern openings.

Recruiting Operations, Halcyon Robotics`, 'Halcyon Robotics assessment result'),

  rej('assessment', ['generic'], {},
    `Dear Jonah,

We appreciate you completing the exercise we sent over for the Insight Analyst role. After reviewing all the work we received, we've decided not to progress your application.

Regards,
Rebecca Dunn
People Team, Whitlock Media`, 'Insight Analyst - update'),

  rej('assessment', ['assessment'], { ...door },
    `Hi Luis,

Thanks for finishing the take-home for the Data Scientist role. The hiring team reviewed it carefully, and it did not meet the bar we set for moving to interviews. We're growing quickly, so do look us up again later in the year.

Best,
Tara
Talent, Linnet Bio`, 'Take-home result'),

  rej('assessment', ['profile_mismatch', 'position_filled'], {},
    `Dear Dr. Osei,

Thank you for submitting the written research proposal for the Senior Research Fellow, Applied Statistics vacancy.

The panel has now made an appointment. They selected a candidate whose proposal and background aligned more closely with the group's programme, and the post is therefore filled.

With kind regards,
Dr. Malcolm Hughes
Head of School Administration`, 'Senior Research Fellow - outcome'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Zara,

Thanks for doing the data challenge. I wanted to give you a straight answer: the notebook didn't run end to end (the preprocessing step failed on the provided test file), and the reviewers couldn't reproduce your reported AUC. They didn't feel comfortable progressing on that basis.

Sorry it's not better news.

Kieran
Data team, Moth & Lantern`, 'Data challenge'),

  // ── Look-alikes
  other(`Hi Aisha,

Thanks again for your interest in the Data Scientist role at Larkspur. As the next step, please complete the attached take-home exercise.

You'll find the dataset here: https://files.larkspur.example/hiring/ds-takehome-2026.zip (about 40 MB, three CSV files and a data dictionary).

Please send your notebook and a short write-up (two pages maximum) within 7 days. We're not looking for perfection; we're interested in how you frame the problem, the choices you make and how you explain them. Please don't spend more than four or five hours.

Unfortunately we can't answer questions about the approach itself, but do get in touch if the files don't open.

Best,
Naomi Feld
Hiring Manager, Marketplace Analytics`, 'Larkspur take-home exercise'),

  other(`Dear Callum,

A friendly reminder that your HackerRank assessment for the Quantitative Developer Internship expires in 48 hours (Sunday, 23:59 BST).

If you have already completed it, please ignore this message.

Kind regards,
Talent Acquisition, Brightwater Capital`, 'Reminder: assessment closes in 48 hours'),

  other(`Hi Oliver,

Congratulations! Following your interviews, we're delighted to offer you the position of Quantitative Researcher at Pellucid Capital, starting on 2 March.

Your offer letter and contract are attached. Please review and return signed copies within ten working days. We appreciate that you may have other processes ongoing and are happy to discuss timing.

We very much look forward to having you on the team.

Best regards,
Katherine Sloane
Head of Talent, Pellucid Capital`, 'Offer: Quantitative Researcher'),

  other(`Dear Ngozi,

We're pleased to invite you to our Superday for the Data & Analytics Graduate Programme on Thursday 11 December at our Canary Wharf office.

The day runs from 9:00 to 16:30 and includes a case study presented to a panel, a technical interview and a conversation with two of our analysts. Lunch is provided.

Please confirm your attendance by replying to this email by Monday. Unfortunately we can't offer alternative dates.

Kind regards,
Emerging Talent, Castlebrook Bank`, 'Superday invitation - Data & Analytics Graduate Programme'),

  other(`Hello,

To help you prepare for the Bayfield Quant online test, we've put together a practice assessment with sample questions from each section (mental maths, probability, sequences). It isn't scored and doesn't count towards your application.

Practice link: https://practice.bayfield.example/quant

Good luck!
Bayfield Campus Recruiting`, 'Practice test for your Bayfield application'),
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Rosalind,

Thank you for completing the Excel modelling test and the written exercise for the Pricing Analyst position.

Your written summary was clear, but the model itself contained a circular reference in the loss-ratio projection and the sensitivity table was not completed, and those accounted for most of the marks. Your overall score was 54%, against a pass mark of 65%.

If you would like the marker's full comments, I'm happy to send them; just let me know.

Yours sincerely,
Graham Whitcombe
Pricing Manager, Ebury Lane Insurance`, 'Pricing Analyst - test result'),

  rej('assessment', ['generic'], { ...door },
    `Bonjour Théo,

Thank you for the work you sent us for the data exercise. We have read all the submissions with attention, and we have made the choice to continue with other profiles for this internship.

We will keep your file and we would be happy to receive your candidature again for the next season.

Best regards,
Camille Roux
Chargée de recrutement, Lumière Analytics, Lyon`, 'Your candidature - Data Science Intern'),

  rej('assessment', ['assessment'], {},
    `Hi Kofi,

Thank you for completing the Pymetrics games and numerical test for the Analyst Programme. Unfortunately, your results on this occasion did not reach the level needed for us to invite you forward. We're sorry that we can't share a breakdown of results or feedback on the tests.

Best wishes,
Early Careers Team, Aldgate Global Bank`, 'Your Aldgate Analyst Programme application'),

  rej('assessment', ['role_closed'], {},
    `Dear Elif,

Thanks for completing the NLP assignment for the Applied Scientist role. I'm sorry to write with this: the role has been put on indefinite freeze following budget changes, and we have closed the requisition. We won't be reviewing submissions further, so we can't progress your application.

Apologies for the time this took you.

Regards,
Sanjay Pillai
Recruiting Manager, Corvid Cloud`, 'Applied Scientist - requisition closed'),

  // ── After interviews
  rej('interview', ['generic'], {},
    `Hi Peter,

Thanks for meeting with Rachel and Sunil on Wednesday to discuss the Senior Analyst role. We've had a chance to debrief and have decided not to move forward with your application.

Thank you again for your time.

Best,
Claire Okonkwo
Recruiting, Hillstream Media`, 'Hillstream Senior Analyst'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Meera,

Thank you for the technical interview for the Data Scientist, Experimentation role.

The panel wanted more depth on experimental design: in particular on variance reduction (CUPED or stratification), sequential testing and handling interference between treatment groups. These come up weekly on the team, and we did not hear enough confidence in them to continue.

We appreciate the preparation you put in.

Kind regards,
Anouk de Vries
Hiring Manager, Skyfold Travel`, 'Data Scientist, Experimentation - interview outcome'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Alex,

It was good to meet you on Thursday. We really enjoyed hearing about your thesis.

After talking it over as a team, we've decided to continue with candidates whose experience more closely matches what this role needs. We'd be glad to stay in touch and think of you for research-focused positions when they open.

All the best,
Dr. Hannah Meijer
Research Lead, Tern Intelligence`, 'Thanks for Thursday'),

  rej('interview', ['generic'], { ...offered },
    `Dear Chinedu,

Thank you for attending the interview for the Data Analyst position at Zenith Microfinance.

We regret to inform you that you were not successful. Should you wish to receive feedback on your interview, kindly send a request to this address within fourteen days.

Yours faithfully,
Adaeze Nwosu
Human Resources Manager`, 'Interview outcome - Data Analyst'),

  rej('interview', ['assessment', 'skills_gap'], { ...fb },
    `Hi Rebecca,

Thanks for the live coding interview last week. Your approach to the data cleaning problem was sensible, but you got stuck on the pandas groupby and merge steps for most of the session and didn't reach the modelling part. The role needs someone who is quick and fluent in pandas from day one, so we won't be moving forward.

Best,
Ivan Petrov
Engineering Manager, Datagrove`, 'Datagrove interview'),

  rej('interview', ['generic'], {},
    `Namaste Vikram,

Thanking you for appearing for the interview for the post of Statistical Officer (Contract) on 18th instant. We regret to inform that your candidature has not been recommended by the selection committee.

With regards,
Administrative Officer
Institute of Agricultural Statistics Research`, 'Result of interview - Statistical Officer (Contract)'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Jasmine,

Thanks again for talking with the team about the Product Data Scientist role. Everyone enjoyed the conversation, especially the discussion of your metric design work.

We've decided to move forward with another candidate whose experience is a closer match to where the team is right now. If you'd like to hear the team's notes from the interviews, I'm happy to hop on a call.

Take care,
Sophie Tran
Recruiter, Bramble`, 'Bramble - Product Data Scientist'),

  rej('interview', ['culture_fit'], { ...fb },
    `Dear Anders,

Thank you for the interviews for the Quantitative Researcher role at Ferrous Capital.

The team thought your technical answers were strong. Where they had reservations was in how you described working with others: in the collaborative session you preferred to work through the problem alone and were reluctant to take hints from the interviewer, and our research pods work very closely together. We have decided not to proceed.

Regards,
Lotte Sandberg
Talent, Ferrous Capital`, 'Ferrous Capital - Quantitative Researcher'),

  rej('interview', ['generic'], { ...door },
    `Hi Emeka,

Thank you for interviewing with us for the Analytics Manager role. The team appreciated your time and the thought you put into our questions.

After careful consideration, we won't be extending an offer. We'd welcome a future application from you.

Best regards,
Olivia Grant
Talent Acquisition, Pinecrest Foods`, 'Analytics Manager - Pinecrest Foods'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb, ...door },
    `Dear Shreya,

Thank you for your interview for the Actuarial Analyst role on the Reserving team.

The panel were impressed with your communication, but felt your knowledge of reserving methods beyond chain ladder (Bornhuetter-Ferguson, Mack's model, bootstrapping) was not yet at the level needed, and another candidate was further along in that respect. Once you have more reserving exposure, we would be very glad to hear from you again.

Kind regards,
Fergus McLeod
Head of Reserving, Tweed Valley General Insurance`, 'Actuarial Analyst (Reserving)'),

  rej('interview', ['profile_mismatch', 'position_filled'], { ...door },
    `Hi Connor,

Thanks for taking the time to interview for the Quant Analyst role on the structured credit desk. I wanted to let you know that we've offered the position to another candidate whose background was a closer fit for the desk, and they've accepted.

Let's stay in touch; there will be more seats on the desk next year and I'd be glad to put your name forward.

Thanks again,
Marcus Holloway
VP, Structured Credit, Lindqvist Bank`, 'Quant Analyst - structured credit'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Aarav,

Thank you for your interview with the hiring panel for Senior Data Scientist, Supply Chain. We were impressed by the breadth of your experience.

After further consideration, we have concluded that your profile is not the right fit for this particular role.

Best regards,
Human Resources
Tarragon Manufacturing Inc.`, 'Senior Data Scientist, Supply Chain'),

  rej('interview', ['generic'], { ...offered },
    `Hi Yuki,

Thanks for the video interview on Monday for the Research Data Analyst role. We've completed the interviews and won't be offering you the position.

If feedback would be useful, just ask and I'll share what I can.

Regards,
Amelia Chen
Operations Coordinator, Pacific Institute for Health Research`, 'Research Data Analyst interview'),

  rej('interview', ['assessment'], { ...fb },
    `Hi Gabriel,

Thank you for the case interview on Tuesday. You structured the market-sizing part well, but your estimate was off by an order of magnitude because of the unit conversion, and in the regression-interpretation questions you read the coefficient on the log variable as a level effect. Together that meant the case fell below the standard we need.

We won't be progressing to the final round.

Kind regards,
Imogen Stirling
Consultant Recruitment, Verity Strategy Partners`, 'Verity Strategy - case interview'),

  rej('interview', ['generic'], {},
    `Dear Sarah,

I hope you're well. Following your interview for the Insights Analyst role, I'm sorry to tell you that we won't be taking your application further.

Many thanks,
Jo Palmer
HR, Kestrel Housing`, 'Insights Analyst interview'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb, ...offered },
    `Hi Ming,

Thank you for interviewing for the Machine Learning Engineer role on our Search team. The team liked your problem-solving in the systems design session.

Ultimately we chose a candidate with more directly comparable experience. The main gap the interviewers noted was production experience with approximate nearest-neighbour retrieval (FAISS, ScaNN or similar), which this team relies on heavily.

If you'd like to go through the interview notes in more detail, reply and we'll set up some time.

Best,
Hugo Laurent
Technical Recruiter, Nimbus Search`, 'Nimbus Search - MLE interview'),

  rej('interview', ['generic'], {},
    `Thanks for coming in yesterday, Dmitri. After discussing with Karen we won't be moving forward with you for the analyst position. Best of luck.

Ted Halvorson
Owner, Halvorson Data Services`),

  rej('interview', ['role_closed'], {},
    `Dear Beatriz,

Thank you for your interviews for the Data Science Lead role. Since we spoke, the company has taken a decision to merge the data science and BI functions, and the lead role is no longer part of the new structure. We are therefore closing the process and will not be making an appointment.

I'm sorry the news is not what either of us hoped.

Kind regards,
Helena Sousa
Head of People, Atlântico Retail`, 'Data Science Lead - process closed'),

  // ── After superdays, final rounds and research talks
  rej('final', ['generic'], {},
    `Dear Harriet,

Thank you for attending our Superday for the Summer Analyst (Quantitative Research) programme. It was a pleasure having you in the office.

After a lot of deliberation, we're sorry to tell you that we will not be extending an offer. Given the number of candidates on the day, we aren't able to give personalised feedback, and we hope you'll understand.

Kind regards,
Campus Recruitment, Whitmore Sterling & Co.`, 'Whitmore Sterling Superday outcome'),

  rej('final', ['profile_mismatch'], { ...door },
    `Hi Kenji,

Thanks for spending the whole day with us last Friday. The team enjoyed your research talk, and the questions after it got a real discussion going.

We had two finalists for the Research Scientist role, and in the end we've chosen the other candidate, whose work lines up more directly with our current projects. It was close. I'd really like to stay in touch; I expect we'll be hiring again in this area next year and would love to talk then.

Warm regards,
Dr. Naomi Ellery
Director of Research, Aster Labs`, 'Research Scientist - after Friday'),

  rej('final', ['skills_gap', 'profile_mismatch'], { ...fb, ...door },
    `Dear Olga,

Thank you for taking part in the final round for the Quantitative Researcher, Systematic Equities role.

The interviewers were impressed with your statistics. The concern that came up in the debrief was your limited exposure to market microstructure and transaction-cost modelling; for this seat we need someone who can work on execution research from the start, and another finalist was simply a closer match.

We will not be extending an offer, but we would be glad to hear from you again in a year or two.

Best regards,
Patrick Moran
Head of Talent, Ardent Quantitative`, 'Final round outcome'),

  rej('final', ['generic'], { ...offered, ...door },
    `Hi Zainab,

Thank you for coming in for the onsite and meeting five of us. I know it's a long day.

We've made the decision not to move forward with an offer for the Senior Data Scientist role. We'd be happy to share feedback if helpful, and please do keep us in mind for future openings.

Best,
Danielle Rivers
Recruiting Lead, Quartz Health`, 'Quartz Health onsite'),

  rej('final', ['assessment'], { ...fb },
    `Dear Felix,

Thank you for attending the assessment centre for the Actuarial Graduate Scheme on 4 February.

Your group exercise and interview scores were good, but your presentation of the pension scheme case did not reach the required mark: the assessors noted that the funding-level analysis missed the impact of the discount rate change. As a result your overall score fell below the threshold for an offer.

Yours sincerely,
Graduate Recruitment, Carrow & Lyle Actuaries`, 'Actuarial Graduate Scheme - assessment centre outcome'),

  rej('final', ['profile_mismatch', 'position_filled'], { ...door },
    `Hi Adwoa,

Thank you for making it through to the last two for the Principal Statistician role and for the presentation to the leadership team. We went with the other finalist, whose experience matched the brief a little more closely, and she has accepted, so the position is now filled.

I'd hate to lose touch, and I'll get in contact when the next senior role opens.

Many thanks,
Rachel Kim
Talent Director, Vesper Diagnostics`, 'Principal Statistician'),

  rej('final', ['generic'], {},
    `Dear Ahmed,

Thank you for your participation in the final interviews for the Quantitative Analyst position. We regret to inform you that you have not been selected. In line with our policy, the deliberations of the selection committee are confidential and no feedback will be provided.

Regards,
Recruitment Office, Gulfstream Investment Authority`, 'Quantitative Analyst final interviews'),

  rej('final', ['profile_mismatch', 'position_filled'], {},
    `Dear Lindiwe,

Thank you for your time through the full interview process for the Head of Data Science role, including the final panel last week.

The panel has appointed a candidate whose experience was a closer match to the brief, and that candidate has now accepted.

Regards,
Pieter van Wyk
Executive Search, Kloof Leadership Partners`, 'Head of Data Science - final panel outcome'),

  rej('final', ['assessment', 'skills_gap'], { ...fb, ...offered },
    `Hi Sebastian,

Thanks for your research talk and the interviews on Tuesday. People enjoyed the talk, but in the paper discussion the panel felt you were less comfortable with the theory behind your diffusion model results, especially the derivation of the training objective, and the follow-up questions on evaluation did not go far enough. For a research scientist on this team that depth is essential.

We won't be making an offer. If you'd like to discuss it, I can put you in touch with the panel chair.

Kind regards,
Leah Abrams
Research Recruiting, Gradient Fold`, 'Research Scientist - outcome'),

  rej('final', ['generic'], { ...door },
    `Dear Ishaan,

Thank you for attending the final round of interviews for our Data & Analytics Graduate Programme. We were impressed with the standard of all finalists and unfortunately we are unable to offer you a place.

We hope you will consider applying again in the future.

Best wishes,
Graduate Recruitment, Rutherford & Pike`, 'Final round outcome - Data & Analytics Graduate Programme'),

  // ── Paused
  hold('final', ['role_closed'], {},
    `Hi Rania,

I wanted to give you an update after the onsite. The team were positive, and we were preparing to discuss next steps, but this week the company paused all new offers while the annual budget is being finalised.

This isn't a no. Your candidacy is on hold, not closed, and I expect to have clarity by mid-January. I'll be in touch either way.

Best,
Owen Castellano
Senior Recruiter, Parallax Mobility`, 'Update on your Parallax process'),

  hold('interview', ['role_closed'], {},
    `Dear Dr. Mensah,

Thank you for your interview for the Postdoctoral Research Fellow in Bayesian Machine Learning.

I must let you know that the appointment depends on a grant renewal that the funder has not yet confirmed. We expect a decision in March. Until then we cannot make an appointment, but your application remains under consideration and we are not declining it.

With best wishes,
Professor Ingrid Halvorsen
Principal Investigator`, 'Postdoctoral Research Fellow - timing'),

  hold('assessment', ['generic'], {},
    `Hello Kiran,

Thanks for submitting the take-home. I'm sorry for the silence: the hiring manager has been travelling and the reviews have been delayed. We now expect to have a decision in about two weeks.

Thank you for your patience.

Best regards,
Anjali Desai
Recruiting Coordinator, Sunburst Payments`, 'Take-home - a delay'),
  // ── Look-alikes in the same words
  other(`Dear Tobias,

Thank you for applying to the Quantitative Trading Internship at Fairhaven Securities. We have received your application and it is now under review.

Due to the high volume of applications we unfortunately cannot respond to each one individually before the review is complete. If you are selected for the online assessment, you will hear from us within three weeks.

Kind regards,
Fairhaven Campus Team`, 'Application received - Quantitative Trading Internship'),

  other(`Hi Leila,

Congratulations, you've passed the online test for the Data Science Graduate Programme! Your numerical reasoning and coding scores put you through to the next stage, a video interview.

You'll receive the invitation from our platform within 24 hours. Please complete it within five days.

Best,
Graduate Talent, Redfern Energy`, 'You passed the online test'),

  other(`Dear Samuel,

We appreciate your patience while we finalise the schedule for the Superday on 20 January.

Your timetable is below:
09:00  Welcome and briefing
09:30  Probability and brainteasers interview (Room 4.12)
10:30  Market-making game
12:00  Lunch with current analysts
13:30  Case study presentation to panel
15:00  Behavioural interview with a Managing Director

Please bring photo ID. Unfortunately we cannot reimburse travel from outside the UK.

Regards,
Recruiting Events, Calder Brothers`, 'Superday schedule - 20 January'),

  other(`Hi Farah,

Unfortunately there was a technical issue with the Codility platform yesterday, and some candidates' sessions were cut short. Yours was one of them, so we've reset your link and you can retake the assessment from scratch. Nothing from the earlier attempt will be counted.

New deadline: Thursday 17:00 GMT.

Apologies for the hassle,
Recruiting Ops, Torchlight`, 'Your Codility link has been reset'),

  other(`The Quant Desk | Monthly research note from Westbury Quantitative

In this issue:
- Why momentum crashed in the spring and what our regime model saw coming
- A short guide to shrinkage estimators for covariance matrices
- Meet the team: a day in the life of a research analyst intern

You are receiving this because you signed up for our careers newsletter. Unsubscribe at any time.`, 'The Quant Desk - November'),

  other(`Dear Ms. Nakamura,

Thank you for your interest in the Statistician role at the Bureau of Labour Analysis. We are writing to confirm that your application is complete and has been passed to the sift panel.

We aim to notify all candidates of the outcome by 30 April. Please do not contact us before then, as we will not be able to provide an update.

Recruitment Team`, 'Application complete: Statistician'),

  other(`Hi Joel,

Thanks for your time today. As promised, here are the details for the take-home ML assignment:

- Task: build a classifier for the attached support-ticket dataset and describe how you'd deploy it
- Data: tickets_train.parquet, tickets_test.parquet (links in the portal)
- Deliverables: a repository or zip with code, a README, and a short note on evaluation
- Time: please return within 10 days; we expect about six hours of work

We'll review it within a week of receiving it and then be in touch about a follow-up discussion with the team.

Best,
Paloma
Engineering Recruiter, Wrenfield`, 'ML assignment details'),

  other(`Dear Candidate,

We regret that the date of your numerical reasoning test has had to change because of a room booking issue. Your new test date is Monday 9 March at 10:00, at the same venue.

Please reply to confirm. We apologise for any inconvenience this may cause.

Examinations Unit, Central Statistical Service`, 'Change of test date'),

  other(`Hi Abena,

Just checking in. We haven't received your HackerRank submission for the Data Analyst Intern role yet. The link closes on Sunday at midnight. If you're no longer interested, no worries, just let us know so we can update our records.

Thanks,
Mia
Talent Coordinator, Greenleaf Markets`, 'Friendly reminder: HackerRank link'),

  other(`Dear Ravindra,

Thank you for attending the interview for the Senior Actuarial Analyst role. We are still assessing all candidates and will be in touch with a decision by the end of the month.

We appreciate your patience.

Warm regards,
HR, Shivalik General Insurance`, 'Interview - next update'),

  other(`Hey Chris,

Sorry, I've realised I sent you the wrong dataset link earlier. The correct one for the analytics exercise is below; the previous file was from last year's version of the task.

https://drive.example.com/d/q3-ecommerce-sales-sample

Your deadline stays the same. Apologies for the mix-up!

Lauren
People Ops, Kindlewick`, 'Corrected dataset link'),

  other(`Dear Yasmin,

Thank you for your interest in Brinkley Capital. Unfortunately we are not recruiting for quantitative research interns at this time of year, and we don't hold applications outside our recruiting windows.

Our 2027 summer programme opens for applications on 1 September. We'll be in touch when it opens, as you've registered on our careers site.

Best regards,
Campus Team, Brinkley Capital`, 'Your enquiry about internships'),

  other(`Hi Arnav,

Great speaking with you today. I've passed your CV to the hiring manager for the Machine Learning Engineer role, and she'd like you to complete a short online coding assessment (90 minutes, Python) as the next step.

You'll get an email from CodeSignal later today. Let me know if it doesn't arrive.

Cheers,
Matt Doyle
Technical Recruiter, Orion Freight`, 'Next step: coding assessment'),

  other(`Dear Hollie,

We are delighted to confirm that you have been successful at the assessment centre and we would like to offer you a place on our 2027 Actuarial Graduate Programme, subject to references and satisfactory background screening.

A formal offer pack will follow by post.

Congratulations!
Early Careers, Ashby Reinsurance`, 'Actuarial Graduate Programme - offer'),

  other(`Hello Darius,

Your case study pack for Thursday's panel is attached. You'll have 45 minutes to prepare and 20 minutes to present your recommendations on the pricing dataset, followed by 15 minutes of questions.

Unfortunately laptops are not permitted in the preparation room; paper and a calculator will be provided.

Kind regards,
Assessment Team, Northwind Consulting`, 'Case study pack - Thursday panel'),

  other(`Hi Prisha,

Thank you for submitting your application for the Data Scientist role at Kelp. We're sorry for the automated message, but we wanted to let you know we've received it and the team will review it shortly. If your profile matches what we're looking for, we'll reach out to schedule a first call.

The Kelp Team`, 'We got your application!'),

  other(`Dear Olusegun,

Thank you for taking our aptitude test. We are pleased to inform you that you have been shortlisted for the panel interview for the position of Data Analyst (Grade Level 08).

Date: Tuesday, 3rd June
Venue: Corporate Headquarters, Abuja
Time: 9:00am prompt

Candidates should come along with original copies of their credentials.

Signed,
Head, Human Resource Management`, 'INVITATION FOR INTERVIEW - DATA ANALYST (GL 08)'),

  other(`Hi Rachel,

I wanted to follow up on my own application for the Statistician role, submitted on 12 October (reference STAT-0912). I know the process takes time and I appreciate your patience with my question; could you let me know whether there is an expected timeline for decisions?

Many thanks,
Rachel Adebayo`, 'Follow-up: Statistician application'),

  other(`Dear Mr. Lindgren,

Unfortunately we have not been able to find a time that suits all three panel members next week. Could you let us know your availability for a 60-minute research talk followed by interviews during the week of 2 February?

We're very much looking forward to hearing about your work.

Best regards,
Lab Administrator, Institute for Computational Biology`, 'Scheduling your research talk'),

  other(`Hi Sandeep,

We hope your job search is going well. We'd love to hear about your recent candidate experience with Halberd Analytics. The survey takes three minutes and your answers are anonymous.

Take the survey: https://survey.example.com/halberd-cx

Thank you,
Halberd Talent Team`, 'How did we do?'),

  other(`Hi Oluwadamilare,

I came across your profile and your Kaggle work on time-series forecasting caught my eye. I'm hiring for a Senior Data Scientist role at a Series B climate-tech company in London (hybrid, up to £95k plus equity).

Would you be open to a quick chat this week? No worries if the timing isn't right; I'll keep you in mind either way.

Best,
Georgia Hart
Principal Consultant, Fathom Talent`, 'Senior Data Scientist - climate tech'),

  other(`Dear applicant,

Jobs matching your alert "quantitative analyst, Singapore":

- Quant Analyst, Equity Derivatives - Lionsgate Bank (Singapore)
- Risk Modelling Analyst - Tembusu Insurance (Singapore)
- Associate, Quantitative Research - Merlion Capital (Singapore)

You are receiving this email because you created a job alert. Manage your alerts or unsubscribe here.`, 'New jobs for: quantitative analyst, Singapore'),

  other(`Hi Jun,

Thanks for completing the SQL test. You've scored in the top band and we'd like to move you forward to a 30-minute chat with the Head of Analytics.

She's away until the 14th, unfortunately, so we'll be in touch to schedule once she's back.

Best,
Tyler
Recruitment, Ramsgate Leisure`, 'SQL test - next step'),

  other(`Dear Mohammed,

This is to confirm receipt of your signed offer for the position of Data Scientist, Risk Analytics. Your start date is 6 April. Our onboarding team will contact you with details of your background check and your first week.

Welcome aboard.

Regards,
Teresa Quinn
HR Operations, Marlin Bank`, 'Offer accepted - welcome'),

  other(`Hi Bianca,

Thanks for the machine-learning assignment. We've had a lot of submissions this round, so it's taking us longer than we hoped to review them all. We appreciate your patience and will be in touch by the 20th at the latest.

Best wishes,
Amy Okafor
Talent Partner, Sprocket AI`, 'Assignment review - timing'),

  other(`Dear Participant,

Thank you for registering for the Ashgrove Quant Challenge 2026. The first round opens on Saturday at 10:00 SGT and runs for 48 hours. Top scorers will be invited to our trading internship assessment day.

Rules, sample problems and the leaderboard are on the challenge site. Good luck!

Ashgrove Trading Campus Team`, 'Ashgrove Quant Challenge - round 1 opens Saturday'),

  other(`Hi Noor,

We were sorry to hear you had to withdraw from the interview process for the Applied Scientist role. We completely understand, and we'll note your withdrawal on our records.

If your circumstances change, our door is always open.

Kind regards,
Recruiting, Meridian Robotics`, 'Re: Withdrawing my application'),

  other(`Dear Ewan,

Following your interview, we are pleased to move you to the reference check stage for the Senior Actuary role. Please provide contact details for two referees, one of whom should be your current or most recent line manager.

We'll be in touch with next steps once references are received.

Kind regards,
Resourcing, Claymore Life`, 'Senior Actuary - references'),
];
