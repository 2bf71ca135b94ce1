/**
 * Development messages of the seventieth round, never sealed: start-ups and mid-size technology companies writing to
 * computer-science, data and engineering students and new graduates, in the style of 2016–2020. Small recruiting
 * teams, a "Talent team", founders, CTOs and engineering managers writing by hand, and light tracking systems (Lever,
 * Greenhouse, Workable, Jobvite, JazzHR, Breezy, AngelList, SmartRecruiters and Recruiterbox style notices). Consumer
 * apps, SaaS, fintech, ad tech, games, marketplaces, travel, robotics, security, analytics, e-commerce and developer
 * tools. Rejections at every stage (résumé review, a call with a founder or recruiter, a coding challenge, take-home
 * or HackerRank test, technical and pair-programming interviews, an onsite or final round); paused processes (funding,
 * a freeze "for now", a delayed decision); look-alikes in the same words (receipts, challenge invitations and
 * reminders, scheduling, founder outreach, an offer, a newsletter, a withdrawal confirmed).
 *
 * Labelling choices held throughout (LABELS.md and the corpus conventions): a rejection naming no call, test or
 * interview is `application`; a first call with a recruiter or founder is `screen`; a test with no later interview is
 * `assessment`; a comparison with other candidates is `profile_mismatch`; a named requirement is `skills_gap` with
 * feedback; a test result with something named is `assessment` with feedback, a bare "below the bar" is not; "keep your
 * résumé on hand", "apply again next season" and "check back as you progress" open the door, while "stay in touch",
 * "follow our blog" and "best of luck" do not. For development only: the rules may be checked against it and the
 * model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d70-');

export const HANDWRITTEN_DEV_70: readonly CorpusLine[] = [
  // ── Résumé review: application stage
  rej('application', ['generic'], {},
    `Hi Priya,

Thanks for applying to the Software Engineering Intern (Summer 2019) role at Loopwise. We read every application ourselves, and after looking over yours the team has decided not to move forward at this time.

We really appreciate you taking the time to apply and wish you the best with the rest of your search.

Cheers,
Dana
Talent @ Loopwise`, 'Your application to Loopwise'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hey Marcus,

Thanks so much for your interest in Ferntab! We've had a look through your résumé and, honestly, it isn't a strong match with what we need for this particular backend role right now.

That said, we're growing fast and we'll keep your résumé on hand should we see a good fit down the line.

All the best,
The Ferntab Talent team 🌱`, 'Thanks for your interest in Ferntab'),

  rej('application', ['position_filled'], {},
    `Hello Adaeze,

Quick note to let you know that we have filled the Junior Data Analyst position you applied for. Thank you for thinking of Kobopay, and good luck with your final year.

Regards,
Tunde Bakare
People Operations, Kobopay Ltd
Lagos | Nairobi`, 'Update on your application at Kobopay'),

  rej('application', ['profile_mismatch'], {},
    `Dear Rahul,

Thank you for your application for the Graduate Full-Stack Developer role at Tripnest.

We received a very large number of applications. After careful consideration, we have decided to pursue candidates whose experience more closely aligns with the needs of the team at this point.

We appreciate the interest you have shown in Tripnest and wish you every success.

Kind regards,
Recruitment Team
Tripnest Travel Technologies Pvt. Ltd.

This email was sent via Workable. Please do not reply directly to this message.`, 'Graduate Full-Stack Developer - Tripnest'),

  rej('application', ['role_closed'], {},
    `Hi Sophie,

We wanted to let you know that we are no longer interviewing for the Mobile Engineering Intern role. The team's plans for the summer changed and we've decided not to bring on an intern this year, so we won't be taking your application further.

Sorry for the news, and thank you for applying.

Jen
Bramble Health`, 'Bramble Health - Mobile Engineering Intern'),

  rej('application', ['generic'], {},
    `Hi Tomás, thanks for applying to Quillstack. We're going to pass on your application for now. Best of luck! – Eli`, 'Re: Quillstack application'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Wei Jie,

Thank you for applying for the Embedded Software Intern position at Kestrel Robotics.

This internship needs someone already comfortable writing C++ for microcontrollers and working with a real-time OS, and from your résumé your projects are mostly in Python and web development. For that reason we won't be progressing your application.

If you pick up some embedded work in the next year, we would be glad to see you apply again.

Best regards,
Hui Min Tan
Talent Acquisition, Kestrel Robotics Pte Ltd
Singapore`, 'Your application to Kestrel Robotics'),

  rej('application', ['generic'], {},
    `<p>Dear Candidate,</p>
<p>Thank you for your interest in the <b>Data Science Intern</b> position at <b>Adlytic</b>. After reviewing your application, we regret to inform you that we will not be proceeding further.</p>
<p>We wish you all the best in your job search.</p>
<p>Adlytic Hiring Team</p>
<p style="font-size:10px;color:#888">Powered by JazzHR. You are receiving this email because you applied for a position at Adlytic Inc.</p>`, 'Thanks for your interest in Adlytic'),

  rej('application', ['location'], { ...fb },
    `Hi Oluwaseun,

Thanks for applying to the QA Automation Intern role at Nestly. Unfortunately, we're unable to sponsor work visas for internships, and your application mentions you would need sponsorship to work in Canada. Because of that we can't move forward with you for this position.

We're sorry it's not better news.

Michelle
Nestly Inc. · Toronto, ON`, 'Nestly - QA Automation Intern'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Aoife,

Thank you for putting yourself forward for the Product Engineer role at Stackmoor. We had a careful read of your CV, and at this stage we're looking for someone with a somewhat different background, so we won't be taking things further.

Please do check back with us as you progress in your career - we'd genuinely like to hear from you again.

Best,
Ciarán
Co-founder, Stackmoor
Dublin 2`, 'Your application to Stackmoor'),

  rej('application', ['generic'], {},
    `Hello Karthik,

Greetings from Zestcart!

Thank you for showing interest in the role of SDE Intern. We regret to inform you that your profile has not been shortlisted for the next round of the process.

We wish you good luck for your future endeavours.

Thanks & Regards,
HR Team
Zestcart Commerce Pvt Ltd, Bengaluru`, 'Zestcart | SDE Intern | Application Status'),

  rej('application', ['generic'], { ...door },
    `Hey Jordan!

Thanks for applying to be a Game Programming Intern at Pixel Harbor 🎮 We got way more applications than we expected this year, and we weren't able to find a spot for you on this round.

We'd love to hear from you again next season - our summer roles usually go up in January.

Take care,
Rosa & the Pixel Harbor crew`, 'Pixel Harbor - Game Programming Intern'),

  rej('application', ['position_filled'], {},
    `Hi Liam,

I'm writing to update you on the Junior DevOps Engineer opening. We've made a hire for this role, and so we're closing out the remaining applications, including yours.

Thanks for taking the time to apply to Cloudhaus.

Regards,
Nadia Pillai
Recruiting Coordinator, Cloudhaus`, 'Update on your application at Cloudhaus'),

  rej('application', ['profile_mismatch'], {},
    `Hi Chloe,

Thanks for your interest in Verdant Analytics. We've reviewed your application for the Analytics Engineer (New Grad) role, and we've decided that other candidates were a closer fit for what the team needs right now.

We're grateful you considered us.

The Verdant Analytics Recruiting Team`, 'Your application to Verdant Analytics'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Arjun,

Thank you for applying to the Machine Learning Research Intern position at Inferal.

For this particular internship we are only considering students currently enrolled in a PhD programme, as the project involves independent research towards a publication. As you are completing a bachelor's degree, we won't be able to consider your application this time.

Kind regards,
Dr. Helen Marsh
Head of Research, Inferal Ltd (London)`, 'Inferal - ML Research Intern'),

  rej('application', ['generic'], {},
    `Hi Nia,

Thanks for applying to Marketloop. It was a tough call with so many strong applicants, and we won't be moving you forward for the Software Engineer Intern role.

Best of luck this recruiting season,
Marketloop Talent`),

  rej('application', ['generic'], {},
    `Hi Daniel — I'm the CTO at Sproutly, and I personally go through the intern applications. Yours didn't make it to the next round this time. Sorry! Thanks for applying, genuinely.

— Mo`, 'Sproutly internship'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Thandiwe,

Thank you for applying for the Graduate Software Developer position at Ledgerline.

We have reviewed your application and unfortunately your qualifications are not a strong match for this role at present. We will, however, retain your CV on our database and may contact you should a more suitable position become available.

Kind regards,
Ledgerline Talent Acquisition
Cape Town | Johannesburg

Ledgerline (Pty) Ltd is an equal opportunity employer.`, 'Your application to Ledgerline'),

  rej('application', ['generic'], {},
    `Hi Ethan,

Thank you for your application to the Software Engineer, New Grad role at Brightwire.

We've given it a careful look and decided not to move forward. We know this isn't the news you hoped for, and we appreciate the time you put into applying.

All the best,
Brightwire Recruiting

--
You received this message because you applied for a job at Brightwire via Lever.`, 'Brightwire - Software Engineer, New Grad'),

  rej('application', ['role_closed'], {},
    `Hi Grace,

Thanks for your application for the Security Engineering Intern role. We've had to put all hiring on hold for the rest of the year, so we are closing this opening and won't be progressing any applications, including yours.

Sorry we couldn't bring better news.

Best,
Felix Wong
Engineering Manager, Shieldpoint`, 'Shieldpoint - Security Engineering Intern'),

  rej('application', ['generic'], { ...door },
    `Dear Mehdi,

Thank you very much for your interest in joining Opalstream as a Backend Engineering Intern. We regret to tell you that we cannot offer you a position in this selection.

We would be happy if you apply again in the future for other opportunities with us.

With kind regards,
Anneke
Opalstream GmbH, Berlin`, 'Your application at Opalstream'),

  rej('application', ['profile_mismatch'], {},
    `Hi Kevin,

Appreciate you applying to Gridpoint. We looked over your background for the Frontend Developer role and don't think it lines up with what we're after for this position, so we're going to pass.

Thanks,
Sam`, 'RE: Frontend Developer - Gridpoint'),

  rej('application', ['generic'], {},
    `Hello Ananya,

Thank you for applying to Finovo. After reviewing your application for the Data Engineering Intern role, we have decided to move ahead with other applicants.

We wish you the very best.

Regards,
Talent Team, Finovo
Mumbai

Please do not reply to this email. This mailbox is not monitored.`, 'Finovo - Your application status'),

  rej('application', ['position_filled'], { ...door },
    `Hi Josh,

Thanks for applying to the iOS Developer Intern role at Waveform! We've just finished hiring for this position, so it's now closed.

We'll hang onto your résumé, and if something similar comes up we'll reach out.

Cheers,
Mia from Waveform 🎧`, 'Waveform - iOS Developer Intern'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Hannah,

Thank you for applying to the Data Analyst Intern position at Cartwheel.

We're specifically looking for interns who graduate in 2020 or later, so that they can return to school after the summer. Since your application shows you graduated in December 2018, we aren't able to consider you for this internship.

Best regards,
Cartwheel Recruiting`, 'Your application to Cartwheel'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your interest in Vantari Systems. Your application for the position of Software Engineer I (Req #2019-0412) has been reviewed and you have not been selected to continue in the process.

We encourage you to create a job alert on our careers page.

Vantari Systems Talent Acquisition
Vantari Systems is an Equal Opportunity Employer. This message was sent from an unmonitored account.`, 'Vantari Systems - Application Update'),

  rej('application', ['profile_mismatch'], {},
    `Hi Ifeoma,

Thanks for the application to the Product Design Intern position. Lovely portfolio. For this role we need someone leaning more into research and interaction work than visual design, so we've decided it's not quite the match.

Good luck out there,
Kemi
Design Lead, Paystem`, 'Paystem - Product Design Intern'),

  rej('application', ['generic'], {},
    `Hey Ben,

We've gone through the applications for our Summer 2018 engineering interns and we're sorry to say we won't be extending you an interview.

Really appreciate you taking an interest in Tabletop.

Tabletop Recruiting`, 'Tabletop Summer 2018 Internship'),

  rej('application', ['location'], { ...fb },
    `Hi Ryan,

Thank you for applying to the Hardware Test Intern role at Drift Dynamics. This internship is entirely onsite at our lab in Pittsburgh and we're not able to offer remote arrangements or relocation support, and in your application you said you need to stay in Austin for the summer. So we won't be able to move forward.

Best,
Cassie
Drift Dynamics`, 'Drift Dynamics - Hardware Test Intern'),

  rej('application', ['generic'], { ...door },
    `Hi Lucía,

Thank you for applying to Mapleform! Unfortunately, we won't be moving forward with your application for the Software Developer Co-op for the Winter term.

Please don't let this stop you from applying for future co-op terms — we post new roles every four months.

Kind regards,
Mapleform Talent Team
Waterloo, Ontario`, 'Mapleform Co-op Application'),
];
