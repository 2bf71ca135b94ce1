/**
 * Development messages of the twentieth round, never sealed, aimed at the stage in unusual voices: interviews followed by
 * a "conversation", process descriptions and boilerplate that name later steps, steps the candidate never took
 * (invitations, hypotheticals, "would have been"), a hiring manager holding the first call, "final decision" that is no
 * final round, forms and questionnaires that are no test, academic and public-sector panels and committees, trades and
 * hourly work (trial shifts, working interviews, site visits), and writers of English as a second language. The rules
 * may be checked against them and the model may be trained on them.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold } = lineWriter('d20-');

export const HANDWRITTEN_DEV_20: readonly CorpusLine[] = [
  // ── interview, then a "conversation" or "speaking with you"
  rej('interview', ['generic'], {},
    `Hi Marguerite,

Thank you for interviewing with us last Tuesday and for the conversation with Dev afterwards. It was good speaking with you. After a lot of thought we have chosen to go ahead with another candidate.

Best,
Hollie`, 'Operations Coordinator'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Osman,

Following your interview on the 14th, we appreciated the opportunity to continue the conversation with you by phone on Friday. Having reflected on both, we feel other applicants align more closely with what the team needs.

Kind regards,
Beatrix Lowe
People Partner`, 'Account Manager – next steps'),
  rej('interview', ['generic'], {},
    `Hey Jonah,

Really enjoyed speaking with you again after your interview with the product group. We've now made a decision and sadly it isn't good news this time.

Cheers,
Faye`),
  rej('interview', ['culture_fit'], fb,
    `Dear Lucía,

Many thanks for the two interviews and for the short call we had yesterday to clarify a few points. The panel felt that your preferred way of working is more independent than our very collaborative ward culture, so we won't be offering you the post.

Warm regards,
Nursing Recruitment`, 'Staff Nurse – Ward 7'),
  rej('interview', ['generic'], {},
    `Hello Kwame,

After the interviews with our engineering leads, I wanted to follow up personally. It was a pleasure speaking with you throughout. Unfortunately we've decided to move forward with someone else.

Regards,
Tobias`),
  // ── interview: a hiring manager held the first call
  rej('interview', ['skills_gap'], fb,
    `Hi Ines,

Thank you for the call with Rahul, our hiring manager, on Monday. He enjoyed hearing about your projects, but the role needs deeper hands-on experience with Kubernetes than you have at the moment, so we will not be progressing.

Best wishes,
Talent`, 'Platform Engineer'),
  rej('interview', ['generic'], {},
    `Dear Piotr,

I appreciated our conversation last week — as the hiring manager for this role I got a good sense of your background. I'm sorry to tell you that we have decided to pursue other candidates.

Kind regards,
Alison Kerr
Head of Finance`),
  rej('interview', ['profile_mismatch'], {},
    `Hi Sade,

It was great to chat on Thursday with me and my co-founder Liam. We've thought it over and the fit with what we need right now isn't quite there, so we won't be moving ahead.

All the best,
Noor`),
  // ── interview: academic, public sector
  rej('interview', ['position_filled'], {},
    `Dear Dr Mensah,

Thank you for attending for interview for the post of Lecturer in Social Policy. The selection committee met after the interviews and has decided to offer the post to another candidate. I am sorry to send disappointing news.

Yours sincerely,
Faculty HR Officer`, 'Lecturer in Social Policy'),
  rej('interview', ['generic'], {},
    `Dear Ms O'Hare,

Thank you for your time before the interview board on 3 March. The board has now completed its deliberations and I regret to inform you that you were not successful on this occasion.

Yours faithfully,
Recruitment Section
County Council`, 'Ref 2291 – Senior Planning Officer'),
  rej('interview', ['generic'], door,
    `Dear Aleksander,

Thank you for the presentation you gave to the panel and for answering their questions so thoughtfully. After careful consideration the panel has decided not to appoint you to the post. We hope you will apply for future vacancies in the department.

Best wishes,
School Administrator`, 'Research Associate'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Candidate,

Thank you for appearing before the Selection Panel on 12 June. We regret to inform you that the panel found other candidates more suitable for the post.

Regards,
Public Service Commission`),
  // ── interview: trades and hourly work
  rej('interview', ['skills_gap'], fb,
    `Hi Jordan,

Thanks for doing the trial shift with us Saturday night, the team said you were easy to work with. We've decided to give the position to someone with a bit more bar experience, sorry mate.

Cheers,
Dom`, 'Bartender'),
  rej('interview', ['skills_gap'], fb,
    `Morning Callum,

Appreciate you coming out to the site on Wednesday and walking the job with me and the foreman. You're a good lad but we need someone with their 18th Edition ticket already, so we won't be taking you on this time.

Regards,
Pete
Brightwire Electrical`, 'Electrician Mate'),
  rej('interview', ['position_filled'], {},
    `Hi Rosa,

Thank you for the working interview in the kitchen last week. Chef was grateful for your help during service. We have now hired for the position.

Best,
Mariana
Front of House`),
  rej('interview', ['position_filled'], {},
    `Hello Bilal,

We met at the depot on Monday for your interview for the warehouse operative job. I am writing to let you know the vacancy has now been filled.

Thanks,
Shift Manager`),
  // ── interview: second-language writers
  rej('interview', ['generic'], {},
    `Dear Mr. Haddad,

We are thanking you for attend the interview in our office last week. After discuss inside the management we are sorry to inform that we will not continue with your candidature.

Best regards,
HR Departement`, 'Sales Engineer position'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Ms. Tanaka,

Thank you very much for your time for the interview with our director on Zoom. We have considered carefully, and we decided that your profile is not so matching for this position. We are sorry.

Sincerely,
Recruiting`),
  rej('interview', ['generic'], {},
    `Hello Mister Garcia,

It was nice to know you in the interview day. Unfortunately we choose other person for the role. We wish you good luck for your career.

Regards,
Katarzyna`),
  rej('interview', ['generic'], {},
    `Dear Ankit,

Greetings of the day! This is with reference to the technical round and HR discussion you had with us on 21st. We regret to inform you that you have not been shortlisted for further process.

Thanks & Regards,
Talent Acquisition Team`),
  // ── final: explicitly a final round, and not "final decision"
  rej('final', ['position_filled'], {},
    `Dear Hamid,

Thank you for coming to the final panel at our Bristol office. It was an extremely close call, but we have offered the role to another candidate.

Kind regards,
Greta`),
  rej('final', ['profile_mismatch'], {},
    `Hi Elodie,

You were one of the last two candidates for the Head of Content role, and the team genuinely enjoyed the full day you spent with us. In the end the other candidate's agency background tipped it.

Best,
Carys`, 'Head of Content'),
  rej('final', ['generic'], {},
    `Dear Dr Adeyemi,

Thank you for your campus visit and for your research seminar, which was very well attended. The search committee has now concluded its work and I regret that we will not be offering you the position.

Sincerely,
Chair, Search Committee`, 'Assistant Professor of Chemistry'),
  rej('final', ['generic'], {},
    `Dear Niamh,

Thank you for attending the assessment centre and for taking part in the group exercise and panel interview. I'm sorry to tell you that you have not been successful at this final stage.

Kind regards,
Graduate Recruitment`),
  rej('final', ['position_filled'], {},
    `Hi Rashid,

Following your final interview with our CEO and the reference checks we ran afterwards, we have decided to offer the position to another finalist, who has accepted.

Best regards,
Mei`),
  rej('final', ['generic'], door,
    `Dear Yusuf,

You made it to our final shortlist of three for the Deputy Head post, and the governors were impressed by your lesson observation and interview. Unfortunately on this occasion you were not appointed. Please do look out for future posts with the Trust.

Yours sincerely,
Clerk to the Governors`),
  rej('final', ['generic'], {},
    `Dear Oksana,

We are thank you for come to the last round in our headquarter and meet our CEO. Sadly we have take decision to hire other candidate.

Kind regards,
HR`),
  // ── interview with "final decision" boilerplate
  rej('interview', ['generic'], {},
    `Dear Vikram,

Thanks again for your interview with Sophie and Martin. We have now made our final decision and, unfortunately, it was not in your favour.

Regards,
Lena`),
  rej('interview', ['generic'], {},
    `Hi Tess,

Thank you for meeting with the team on Tuesday. The final decision rested with our regional director and he has chosen another applicant. I'm sorry it's not better news.

Thanks,
Owen`),
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your application for the Customer Advisor role. The final decision on all applications has now been made and we are sorry to inform you that you have not been selected.

Kind regards,
Recruitment`),
  rej('screen', ['skills_gap'], fb,
    `Hi Gabriel,

Thanks for the phone chat on Monday. I've now heard back from the client and their final decision is to go with candidates who have more agency-side experience. Sorry it's not better news.

Cheers,
Ruth
Consultant`),
  // ── screen
  rej('screen', ['generic'], {},
    `Hi Priyanka,

Thank you for taking my call earlier this week. After speaking with a number of applicants we have decided not to move you forward to the interview stage.

Best,
Gemma
Recruiter`),
  rej('screen', ['location'], fb,
    `Hello Ahmed,

Thanks for the quick chat on Wednesday. As we discussed, the role needs someone in the office in Lyon three days a week, and since you would need to relocate from abroad we won't be progressing your application.

Regards,
Talent Team`),
  rej('screen', ['salary'], fb,
    `Dear Frances,

Thank you for the initial telephone conversation with our HR team. Unfortunately your salary expectations are well above the budget for this role, so we will not be inviting you to interview.

Kind regards,
HR`),
  rej('screen', ['generic'], {},
    `Hi Zoe,

It was good to chat briefly with you on Friday. I've reviewed your notes with the hiring manager and we've agreed not to take things further at this point.

Thanks,
Lauren`),
  rej('screen', ['generic'], {},
    `Dear Mr. Ivanov,

Thank you for the short phone conversation with me last week. We decided to continue with other candidates. I hope you find good position soon.

With respect,
Elena, HR`),
  rej('screen', ['position_filled'], {},
    `Hi Marcus,

Thanks for hopping on a call with me yesterday about the van driver job. We've filled the shifts we needed with people who can start straight away, so I won't be booking you in for a trial.

Cheers,
Dan`),
  // ── assessment: a test that happened, no later interview
  rej('assessment', ['assessment'], fb,
    `Dear Femi,

Thank you for sitting the written exercise for the Policy Officer post. Your answers did not reach the pass mark set by the panel, so we are unable to invite you to the interview stage.

Yours sincerely,
HR Services`),
  rej('assessment', ['generic'], {},
    `Hi Anna,

Thanks for sending back the take-home design task. Final interviews for this role would normally be held with our design director, but we will not be progressing you to that stage.

Best,
Ravi`),
  rej('assessment', ['assessment'], fb,
    `Dear Tomasz,

We thank you for doing the technical test on our platform. Unfortunately the result was below the level we require, so we cannot continue with you.

Best regards,
Recruitment`),
  rej('assessment', ['generic'], {},
    `Dear Chioma,

Thank you for completing the background check forms and for agreeing to the pre-employment screening. We have decided not to proceed with your application.

Regards,
Onboarding Team`),
  rej('assessment', ['assessment'], fb,
    `Hi Sven,

Thanks for the coding challenge you submitted on Tuesday. The reviewers noted that several of the edge cases failed, so we won't be moving to the interview rounds.

Kind regards,
Engineering Hiring`),
  rej('assessment', ['generic'], {},
    `Dear Maeve,

Thank you for preparing the lesson plan we asked for as part of your application to the Primary Teacher post. We have now made our shortlist for interview and I am sorry to say you are not on it.

Kind regards,
School Business Manager`),
  rej('assessment', ['assessment'], fb,
    `Dear candidate,

Thank you for you took the online aptitude test. Your score was not enough for continue to the next step, therefore we must close your application.

Regards,
HR`),
  // ── application: a questionnaire or form filled in is no test
  rej('application', ['generic'], {},
    `Dear Hannah,

Thank you for completing our application form and the supporting questionnaire. Unfortunately we will not be taking your application further.

Kind regards,
Recruitment`),
  rej('application', ['generic'], {},
    `Hi Leon,

Thanks for filling in the pre-screening questions with your application. After reviewing your answers we have decided not to move forward.

Best,
Talent`),
  rej('application', ['location'], fb,
    `Dear Karim,

Thank you for answering the eligibility questionnaire. As you do not currently have the right to work in the UK, we cannot progress your application.

Regards,
HR`),
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for submitting the equal opportunities monitoring form and your supporting statement. We regret that your application has not been shortlisted.

Yours faithfully,
Human Resources`),
  // ── application: process descriptions and boilerplate that name later steps
  rej('application', ['generic'], {},
    `Dear Rhiannon,

Thank you for applying for the Graduate Surveyor scheme. Our selection process includes an online test, a video interview and a final assessment centre. Having reviewed your application, we are sorry to say you have not been selected to continue.

Kind regards,
Early Careers Team`),
  rej('application', ['generic'], {},
    `Hi Mateo,

Thanks for your interest in the Barista role. Normally we'd invite people in for a trial shift, but we've had so many applications that we're only able to take forward a few and yours wasn't one of them this time.

Cheers,
Bean & Leaf`),
  rej('application', ['profile_mismatch'], {},
    `Dear Mr. Okafor,

Thank you for your application. The recruitment for this position consists of three stages: a written test, an interview with the hiring manager and a final interview with the director. After reviewing your CV, we have concluded your profile does not match the requirements and you will not be invited to the first stage.

Kind regards,
HR Department`),
  rej('application', ['generic'], {},
    `Dear Dr Lindqvist,

Thank you for your application for the Lectureship in Economics. The shortlisting panel met on 4 May. Shortlisted candidates will be asked to give a presentation to the panel and attend a formal interview. I regret that you have not been shortlisted on this occasion.

Yours sincerely,
Recruitment Officer`),
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying to the Civil Service Fast Stream. At the sift stage your application was not successful. The later stages of the scheme — the e-tray exercise, the assessment centre and the final selection board — will therefore not apply to you.

Fast Stream Team`),
  rej('application', ['generic'], {},
    `Hi Georgia,

Thanks for applying to be a Site Labourer with Ashdown Build. We usually do a site visit and a short chat with the foreman before taking anyone on. This time we haven't been able to take your application any further.

Thanks,
Ashdown Build`),
  rej('application', ['skills_gap'], fb,
    `Dear Chen,

Thank you for applying for the HGV Driver position. A valid Class 1 licence is essential before we can arrange a driving assessment, and we could not see one on your application, so we are unable to proceed.

Regards,
Transport Office`),
  rej('application', ['generic'], {},
    `Dear Siobhan,

Thank you for your interest in working with us. If you had been shortlisted, you would have been invited to a panel interview and asked to deliver a short presentation. Unfortunately the panel did not shortlist your application.

Yours sincerely,
Charity HR`),
  rej('application', ['generic'], {},
    `Hello Wei,

We appreciate your application to the Data Analyst Intern role. The next step would have been a HackerRank test followed by two interviews and a final round with our VP, but we will not move your application to that step.

Thanks,
Campus Recruiting`),
  rej('application', ['generic'], door,
    `Dear Abdul,

Thank you for applying. We review every CV carefully; only candidates who progress are invited to a telephone screen, a case study and a final interview day. Unfortunately your application was not selected this time. We'll keep your details on file.

Kind regards,
Recruitment`),
  rej('application', ['generic'], {},
    `Dear Sirs,

Thank you for sending your application to our company. We have many applications and we need to make selection for the interview. Sorry, your application is not selected for interview this time.

Best regards,
Administration`),
  rej('application', ['generic'], {},
    `Dear Candidate,

Your application for the position of Junior Accountant has been reviewed. Candidates invited to the next stage will sit an accounting test and then an interview with the finance director. We regret that you are not among them.

HR`),
  rej('application', ['position_filled'], {},
    `Hi Ollie,

Thanks for your message about the kitchen porter job. We already did the trial shifts and have taken someone on, so the job is gone now. Sorry!

Cheers,
The Anchor`),
  rej('application', ['generic'], {},
    `Dear Ms Novak,

Thank you for your application for the post of Library Assistant. The interviews were held on Tuesday and Wednesday and the final decision was made by the appointing panel. I am sorry to inform you that you were not shortlisted.

Yours sincerely,
Library Services`),
  rej('application', ['generic'], {},
    `Hi Fatima,

We've received your application. Our hiring usually has a quick recruiter call, a take-home, and then onsite interviews with the team. At this time we will not be moving forward with your application.

Best,
Recruiting`),
  rej('application', ['profile_mismatch'], {},
    `Dear Mr Brennan,

Thank you for your application for the Estates Officer role. Applicants who meet the essential criteria are invited for a site visit and an interview before the panel. On this occasion your application did not demonstrate that you meet the essential criteria.

Yours sincerely,
Estates Recruitment`),
  rej('application', ['generic'], {},
    `Dear applicant,

We thank you for your CV. Our process: first a phone interview, then a test in our office, and last a meeting with the general manager. We are sorry but we could not invite you to the first step.

Regards,
Office Manager`),
  rej('application', ['generic'], {},
    `Dear Jana,

Thank you for applying for the Postdoctoral Research Fellow position. The committee has completed shortlisting and invitations to interview and a research presentation have been sent to the shortlisted candidates. We are sorry that your application was not among them.

Best regards,
Faculty Office`),
  rej('application', ['generic'], {},
    `Hey Sam,

Thanks for reaching out about weekend shifts at the garden centre. We'd normally get you in for a trial day, but we're fully staffed for the season now, so we won't be able to offer you anything.

Best,
Rita`),
  // ── screen: HR questions after a first call; no later step
  rej('screen', ['generic'], {},
    `Dear Mohammed,

Thank you for speaking with our recruitment consultant by phone. Had you progressed, you would have completed a psychometric test and an interview with the panel. Unfortunately we will not be taking your application forward.

Kind regards,
Resourcing`),
  rej('screen', ['profile_mismatch'], {},
    `Hi Greta,

Thanks for the introductory call with me on Tuesday. The next stage would have been a technical interview with our CTO and a final onsite, but we feel the role needs someone with a different profile.

Regards,
Jess, Talent Partner`),
  // ── assessment: with process text naming later interviews
  rej('assessment', ['generic'], {},
    `Dear Imogen,

Thank you for completing the situational judgement test. Candidates who pass this stage are then invited to an interview and an assessment centre. Unfortunately you have not progressed to the next stage.

Kind regards,
Graduate Team`),
  rej('assessment', ['generic'], {},
    `Hi Dmitri,

Thanks for submitting the translation sample. If it had been successful, we would have invited you to a video interview with the editor. Sadly it has not been selected this time.

Best,
Language Services`),
  rej('assessment', ['generic'], {},
    `Dear Kofi,

We have received the results of your reference check. We regret that we are not able to proceed with your application to the role of Support Worker.

Regards,
HR`),
  // ── interview: in process voices
  rej('interview', ['profile_mismatch'], {},
    `Dear Helga,

Thank you for your interest and for the time you dedicated to the interviews with our team. After evaluating all the candidates, we have chosen a profile that is closer to our current needs.

Best regards,
People Office`),
  rej('interview', ['generic'], {},
    `Dear Mr Quinn,

Thank you for attending the competency-based interview on Thursday. Successful candidates from this stage would normally be invited to a final interview with the Chief Executive, but I am sorry to tell you that you have not been selected to proceed.

Yours sincerely,
HR Business Partner`),
  rej('interview', ['generic'], {},
    `Hi Noa,

Thanks for chatting with Priti and the design team on Monday afternoon. We've decided to go in a different direction for this hire.

Best,
Claire`),
  rej('interview', ['position_filled'], {},
    `Dear Emeka,

Thank you for meeting with me and the headteacher yesterday, and for teaching the Year 5 lesson. I'm afraid we have appointed another candidate.

Kind regards,
Deputy Head`),
  rej('interview', ['generic'], {},
    `Hi Luca,

Good to see you at the shop on Saturday for the interview. We've gone with another mechanic who's done more work on EVs. All the best with the search.

Steve`),
  rej('interview', ['generic'], {},
    `Dear Patrícia,

Thanks for the interview and for your patience while we considered. Unfortunately, we have decided not to advance your candidacy.

Regards,
Talent`),
  // ── on hold
  hold('interview', ['role_closed'], {},
    `Hi Kenji,

Thank you for interviewing with the team last week. I wanted to let you know the role has been put on hold while we wait for budget approval for next year. We haven't made a decision on candidates and will be in touch as soon as we can.

Best,
Rosa`),
  hold('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for applying for the Finance Officer post. The interview stage and final selection panel planned for this month have been postponed due to an internal restructure. We will contact you again when the process resumes.

Regards,
HR`),
  hold('screen', ['role_closed'], {},
    `Hi Amara,

Thanks for the phone screen on Tuesday. The hiring for this role is paused for the moment because of a headcount freeze. I will come back to you when it restarts.

Cheers,
Jon`),
  hold('final', ['role_closed'], {},
    `Dear Eitan,

Thank you for coming to the final round last week. The board has asked us to delay the appointment until after the merger completes, so we have not reached a decision yet. Sorry for the wait.

Best regards,
Nadia`),
  // ── more application boilerplate, and invitations never taken
  rej('application', ['generic'], {},
    `Dear Chloe,

Thank you for applying. We had hoped to invite a wider group to our assessment day but numbers mean we can only take forward a small number of applicants, and yours was not among them.

Best wishes,
Early Careers`),
  rej('application', ['generic'], offered,
    `Hi Andrés,

Thank you for your application. Unfortunately you weren't selected for a phone screen. If you'd like feedback on your CV, just reply to this email.

Best,
Talent`),
  rej('application', ['generic'], {},
    `Dear Mr Patel,

We write with reference to your application for Assistant Engineer. The written examination and personal interview will be held for shortlisted candidates only. We regret that your name does not appear in the shortlist.

Recruitment Board`),
  rej('screen', ['generic'], {},
    `Hi Bea,

Thanks for your time on the phone Thursday. I was hoping to set up an interview with the hiring manager but after discussing it with her we've decided not to progress.

Best,
Nick`),
  rej('assessment', ['generic'], {},
    `Dear Rowan,

Thank you for completing the case study exercise. The hiring manager reviewed it carefully and has decided not to invite you to interview.

Kind regards,
Recruitment`),
  rej('interview', ['skills_gap'], fb,
    `Dear Agnieszka,

Thank you for the panel interview and the in-tray exercise. The panel felt your answers on safeguarding were not as developed as other candidates', so we are not able to offer you the post.

Regards,
HR`),
];
