/**
 * Development messages of the seventy-sixth round, never sealed: universities, research institutes and schools.
 * Rejections from search committees, selection panels and school heads (faculty and lecturer posts, postdocs,
 * research assistants, funded PhD posts, research-software engineers, lab managers and technicians, professional
 * services staff, national labs, schools, colleges, international schools, tutoring companies); paused processes
 * (budget, grant decision, new Head of School, restructuring, sponsorship licence, recruitment freeze); and
 * look-alikes in the same words (portal receipts, shortlisting notices, interview-day schedules, references and DBS
 * checks, offers, newsletters, calls for papers, job alerts, the candidate's own thank-you note).
 *
 * Labelling choices: not shortlisted against the person specification with nothing named is `generic`; "did not
 * demonstrate" the criteria or others met them more closely is `profile_mismatch`; a named criterion (a method,
 * QTS, publications, a grant record, a language) is `skills_gap` with feedback; a teaching demonstration or written
 * task with no interview named is `assessment`; a campus visit, job talk, final shortlist or full interview day is
 * `final`; funding not confirmed or a post withdrawn is `role_closed`; right to work or visa is `location`.
 * The post offered to or accepted by another candidate, or an appointment made, is `position_filled`, beside any
 * other reason the message gives.
 * For development only.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d76-');

export const HANDWRITTEN_DEV_76: readonly CorpusLine[] = [
  // ── Application stage
  rej('application', ['generic'], {},
    `Dear Dr Whitcombe,

Ref: ENG00871 - Lecturer in Structural Engineering

Thank you for your interest in the above post. The shortlisting panel has now met and I regret to inform you that on this occasion you have not been selected for interview.

We received a large number of applications and the decision was a difficult one.

Yours sincerely

HR Services (Recruitment)
University of Carrickmore

This email was sent from an unmonitored mailbox.`, 'ENG00871 Lecturer in Structural Engineering - outcome'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Priya,

Thanks so much for applying for the Postdoctoral Research Associate role in the Marsh Lab. I read every application myself and yours was thoughtful.

In the end I have gone with applicants whose recent work sits closer to what the grant actually funds over the next two years, so I won't be taking yours further. I'd be glad to see your name again if we advertise a second post in the spring, which looks likely.

Best wishes,
Helen Marsh
Professor of Plant Ecology`, 'Postdoc application'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant,

Thank you for applying for the post of Teacher of Physics (MPS/UPS), Hollins Park Academy.

Your application has been assessed against the person specification. Unfortunately it did not meet the essential criteria: the post requires Qualified Teacher Status (or to be working towards QTS on a recognised route) and we could not find evidence of this in your application.

We are therefore unable to take your application further.

Kind regards
Recruitment Team, Northvale Learning Trust`, 'Teacher of Physics - application update'),

  rej('application', ['generic'], { ...door },
    `Dear Candidate,

Re: Student Services Adviser (Grade 5), Job ID 2611-0043

We are writing to let you know that following careful consideration of all applications you have not been shortlisted for this vacancy.

Please do continue to look at our vacancies page as new posts are advertised every week.

With best wishes,
People & Culture
Westbury College

Equal opportunities: we welcome applications from all sections of the community.`),

  rej('application', ['position_filled'], {},
    `Hello Mr. Adeyemi,

Thank you for submitting an application for the Laboratory Technician (Chemistry) post. I'm writing to let you know that the post has now been filled and the advert has closed, so we will not be processing the remaining applications.

Apologies for the wait in hearing back.

Regards,
Funmilayo Eze
Administrative Officer, Department of Pure and Applied Chemistry`, 'RE: Laboratory Technician application'),

  rej('application', ['profile_mismatch'], {},
    `Dear Dr. Lindqvist,

On behalf of the search committee for the tenure-track Assistant Professor position in Sociology, thank you for your application. We received more than three hundred applications for the position.

After much deliberation, the committee has identified a pool of candidates whose research and teaching profiles align most closely with the department's present needs. I regret that your file is not among them.

We wish you every success with your scholarship.

Sincerely,
Margaret O'Hare
Chair, Search Committee
Department of Sociology, Eastern Lakes University`, 'Assistant Professor of Sociology search'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Sipho,

Thank you for applying for the Research Software Engineer post in our Digital Research Services team.

The panel was interested in your Python background, but the role needs hands-on experience running workloads on an HPC cluster (Slurm, MPI) from day one, and that did not come through in your application. We have decided not to invite you to interview.

If you build that experience, please apply again; we expect to grow the team next year.

Kind regards,
Thandi Mokoena
RSE Group Lead, University of the Highveld`, 'Research Software Engineer - your application'),

  rej('application', ['generic'], {},
    `Your application for Teaching Assistant (Level 2) - Maple Grove Primary has been unsuccessful.

Thank you for your interest.

Please do not reply to this email. Powered by SchoolRecruit`, 'Application status update'),

  rej('application', ['profile_mismatch', 'skills_gap'], { ...fb },
    `Dear Dr Fitzgerald,

Lecturer in Irish Language and Literature (Ref. 26/114)

Thank you for your application. The selection committee considered all candidates against the criteria in the further particulars.

While your record in medieval literature is strong, the committee felt that other candidates more closely matched the post's emphasis on modern Irish, and that the requirement for native or near-native fluency in spoken Irish for teaching was not evidenced in your application.

I regret therefore that you have not been shortlisted.

Is mise le meas,
Róisín Ní Bhriain
Human Resources, Coláiste na hOllscoile`, 'Ref. 26/114'),

  rej('application', ['generic'], {},
    `Dear Ms Tan,

Thank you for applying for the position of Research Assistant (Grade 3) at the Institute for Urban Systems. We regret to inform you that your application was not successful.

Due to the high volume of applications we are unable to provide individual feedback.

Yours sincerely,
Human Resources Division
Institute for Urban Systems, Singapore`, 'Application for Research Assistant (IUS-RA-2611)'),

  rej('application', ['role_closed'], {},
    `Dear applicant,

We are sorry to tell you that the PhD studentship in Coastal Geomorphology (advertised as a funded three-year position with stipend) has been withdrawn. The industrial co-funding we expected has not been confirmed and the position can no longer be offered this year.

Your application will therefore not be considered further. We apologise for the inconvenience.

Graduate School Admissions
School of Earth and Ocean Sciences`, 'Funded PhD position - withdrawn'),

  rej('application', ['location'], { ...fb },
    `Dear Mr Haddad,

Thank you for your interest in the Administrative Assistant (Faculty Office) role. Unfortunately, as this is a Grade 4 post it does not meet the salary threshold for visa sponsorship, and your application indicates that you would need sponsorship to work in the UK. We are therefore unable to progress your application.

Kind regards,
HR Services, Brackenfield University`, 'Administrative Assistant (Faculty Office)'),

  rej('application', ['generic'], { ...door },
    `Hi there,

Thanks for applying to tutor with BrightPath. We've had a brilliant response this term and we aren't able to offer you a place on our tutor team right now.

We open tutor applications again every January and July, so keep an eye on your inbox!

The BrightPath Tutoring team
Unsubscribe | Privacy`, 'Your BrightPath tutor application'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Dr. Mensah,

Thank you for applying for the position of Senior Lecturer in Public Health at our School of Population Health. Regrettably, you were not shortlisted.

The panel's view was that, measured against the selection criteria, other applicants demonstrated a closer alignment with the School's strategic priorities in this area.

Your details will remain on our database for twelve months and we will contact you should a suitable vacancy arise.

Kind regards,
Talent Acquisition
Southern Cross University of Technology`, 'Senior Lecturer in Public Health'),

  rej('application', ['generic'], {},
    `Re: Head of Mathematics, Kingsmere School

Dear Mr Pritchard,

I wanted to write personally to thank you for applying. We had a very strong field and I am afraid that you have not been shortlisted for the interview day.

With every good wish,

Caroline Ashdown
Headteacher`, 'Head of Mathematics'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Dr Okonkwo,

Post: Research Fellow in Structural Biology (cryo-EM), Ref RF-0312

Thank you for your application. Unfortunately you have not been shortlisted. The person specification listed as essential first-author publications reporting cryo-EM structures, and independent experience of single-particle data processing. Your publications are chiefly in X-ray crystallography.

We wish you well in your search.

Yours sincerely,
Prof. A. Banerjee
on behalf of the selection panel`, 'RF-0312 shortlisting outcome'),

  rej('application', ['internal_candidate'], {},
    `Dear Ms Kowalczyk,

Thank you for your application for the post of Faculty Finance Manager. I am writing to inform you that the post has been filled through our redeployment process, which gives priority to staff at risk of redundancy. As a result, we have not considered external applications further.

Regards,
Recruitment, Finance Directorate`, 'Faculty Finance Manager'),

  rej('application', ['generic'], {},
    `hi - apologies for the slow reply. we're not taking your application forward for the lab manager job. thanks for applying and good luck. 
- Tom (Harwell Lab, sent from phone)`),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Applicant,

Thank you for your application for Academic Position ID 47718, Assistant Professor in Mechanical Engineering (Thermal Sciences). The faculty search committee has completed its initial review.

Your application was not selected to move forward. The committee focused on candidates whose research programs complement the department's existing strengths in combustion and energy storage.

We encourage you to apply for future openings at the College of Engineering.

Office of Faculty Affairs
This message was generated by Interfolio on behalf of the institution.`, 'Update on your application - Position ID 47718'),

  rej('application', ['generic'], {},
    `Dear Nomvula

RE: APPLICATION FOR THE POST OF JUNIOR LECTURER: ACCOUNTING

Thank you for your application. We regret to advise that it was unsuccessful. Please consider this letter as notification that you have not been shortlisted.

We thank you for the interest shown in the University.

Yours faithfully
Human Resources: Recruitment & Selection`, 'Application outcome'),

  rej('application', ['skills_gap'], { ...fb, ...offered },
    `Dear Mr Costa,

Re: Graduate Teaching Assistant in Computing (fixed-term contract)

Thank you for applying. I'm sorry to say we won't be shortlisting you. One of the essential criteria was a completed master's degree in computing or a related discipline by the start date, and your application shows you are in the first year of your master's.

If it would help, you are welcome to email me and I can talk through the rest of the panel's comments.

Best,
Dr Lucy Harrow
Programme Director, School of Computing`, 'GTA in Computing'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Ref: 0932-26 Library Assistant (Part-time)

Thank you for applying. Shortlisting for this post has now taken place and we are sorry to tell you that your application was unsuccessful on this occasion.

Library Services

If you have not heard from us within three weeks of the closing date, please assume your application has not been successful.`),

  rej('application', ['position_filled'], { ...door },
    `Hi Ms. Reyes,

Thanks for reaching out about the middle school Spanish opening. I'm sorry to say we've already offered the position to another candidate, who has accepted.

I'll keep your résumé in our file for next year's openings; we often have a need in world languages.

Warmly,
Dana Whitfield
Principal, Cedar Hill Middle School`, 'Re: Spanish teacher position'),

  rej('application', ['profile_mismatch'], {},
    `Dear Dr Hoffmann,

Thank you for your application for the W2 professorship in Computational Linguistics. The appointing committee has reviewed all applications. Your profile was assessed carefully, but the committee decided that it does not fit the denomination of the professorship as closely as other applications do. You will therefore not be invited for a presentation.

With kind regards
Dean's Office, Faculty of Philosophy`, 'W2 Professorship Computational Linguistics'),

  rej('application', ['generic'], { ...door },
    `Greetings,

We acknowledge your application for the post of Assistant Registrar. Please be informed that you were not successful at the shortlisting stage.

Management thanks you for your interest in the University and wishes you the best in future endeavours. You may apply for subsequent vacancies as they are advertised.

Registrar
Ekiti Federal University of Science`, 'ASSISTANT REGISTRAR - NOTIFICATION'),

  rej('application', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Dr. Bouchard,

Thank you for applying for the Canada Research Chair (Tier 2) in Indigenous Governance. The committee greatly appreciated your interest.

Candidates were assessed on research excellence, community engagement and the potential to secure Tri-Agency funding. The committee noted that your application did not show a record of competitive external grants as principal investigator, and overall other nominees aligned more closely with the Chair's mandate. You will not be advancing to the next stage.

Sincerely,
Office of the Vice-President, Research`, 'CRC Tier 2 Indigenous Governance'),

  rej('application', ['generic'], {},
    `Application outcome: Assistant Technician (Workshop) - REQ-55012

Dear Ayesha,
We won't be moving your application forward. Thank you for your time.

National Physical Sciences Laboratory - Talent team`),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Ms. Sharma,

Thank you for your application to the post of PGT Biology at Delhi Valley International School. Having reviewed your CV alongside the requirements of our IB Diploma Programme, we find that your experience is better suited to a CBSE setting than to our current need, and we will not be taking your application forward.

We will retain your profile in our faculty database and may contact you for future openings.

Regards,
HR Department
Delhi Valley International School`, 'Application: PGT Biology'),

  rej('application', ['generic'], {},
    `Dear Dr Sato,

Thank you very much for applying to the Lecturer (Teaching and Scholarship) position. I'm afraid the panel has not taken your application forward. The field was exceptionally strong - we had over 140 applicants - and the decisions were hard.

Best wishes,
Amelia Grant
School Manager, School of Modern Languages`, 'Lecturer (T&S) - update'),

  rej('application', ['role_closed'], { ...door },
    `Dear Applicant,

We are writing to everyone who applied for the Project Officer (Widening Participation) post. Following a review of the project budget the University has decided not to fill this position at this time, and the vacancy has been withdrawn.

We are sorry for any disappointment. If the post is re-advertised we would welcome a fresh application from you.

Widening Participation Unit`, 'Project Officer (WP) - vacancy withdrawn'),

  // ── Screen stage
  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Jonas,

Thanks for the video call on Thursday, I enjoyed hearing about your thesis. After talking it through with my co-PI we've decided to take forward candidates whose background is closer to the wet-lab side of the project, so I won't be inviting you to the group interview.

Do keep in touch, I'd be happy to hear from you if another position opens up in the lab.

Cheers,
Markus`, 'RA position - after our call'),

  rej('screen', ['generic'], {},
    `Dear Ms. Kaur,

Thank you for speaking with me last week about the Student Success Coordinator position. After completing our initial phone screens, we have decided to proceed with other candidates for interviews.

Best regards,
Jennifer Lowe
Human Resources Generalist
Midvale Community College`, 'Student Success Coordinator'),

  rej('screen', ['location'], { ...fb },
    `Dear Kwame,

It was good to meet you on Teams. Having looked again at the details we discussed, I'm afraid we can't go further: as you explained, you would need Skilled Worker sponsorship, and this fixed-term six-month technician post is not one we are able to sponsor.

I'm sorry this isn't the answer you hoped for.

Regards,
Gemma Lowry
HR Adviser`, 'Technician post - following our call'),

  rej('screen', ['generic'], { ...offered },
    `Hello Dr Ruiz,

Thanks again for the short Zoom with Professor Ahmadi. We have now spoken to all of the candidates and will not be inviting you to the next stage.

Should you wish to hear more about the decision, let me know and I'll arrange a few minutes with Prof. Ahmadi.

Kind regards
Lab administrator, Ahmadi Group`, 'Postdoctoral position - next steps'),

  // ── Assessment stage
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Ms O'Connell,

Thank you for coming in on Tuesday to teach the Year 8 lesson on fractions. The observers appreciated your warmth with the class.

We have decided not to invite you to the afternoon panel. The lesson plan was sound, but the pace meant the pupils had little time for independent practice and the plenary did not check what they had understood.

If you would like to discuss the observation in more detail, our Deputy Head, Mr Singh, would be glad to call you.

Kind regards,
Fiona Byrne
Headteacher, St Columba's Community School`, 'Your visit on Tuesday'),

  rej('assessment', ['generic'], {},
    `Dear Applicant,

Thank you for completing the written exercise for the Research Governance Officer post. Having marked all submissions, the panel has selected the candidates to go forward to interview and we are sorry to say you were not among them.

Research and Innovation Office`, 'Research Governance Officer'),
  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Arjun,

Thank you for submitting the coding task for the Research Software Engineer (Bioinformatics) role.

The reviewers found that the pipeline ran, but it did not include any tests, and the workflow was not reproducible from the repository as submitted (no environment file or container). Reproducibility with Snakemake or Nextflow is central to the job, so we will not be inviting you to interview.

Thanks again for the effort you put in.

Genomics Core Facility, Institute of Molecular Medicine`, 'RSE Bioinformatics - coding task outcome'),

  rej('assessment', ['generic'], { ...door },
    `Dear Mr Nwosu,

We have now received the references you kindly arranged for the Senior Technician post. After considering these together with the applications, I regret that the panel has decided not to offer you a place at interview.

We hope you will consider applying to the Faculty again in future.

Yours sincerely,
Faculty HR Partner, Faculty of Science`, 'Senior Technician - references and shortlist'),

  rej('assessment', ['assessment'], {},
    `Hello Katarzyna,

Thank you for sitting the data-entry and spreadsheet test for the Admissions Officer vacancy. Your score did not reach the level required to progress to the next stage, so we will not be able to take your application further.

Regards,
Admissions Recruitment, Riverside University`, 'Admissions Officer - test result'),

  rej('assessment', ['profile_mismatch'], { ...offered },
    `Dear Dr Evans,

Thank you for the sample lecture recording and teaching statement you sent for the Teaching Fellow in Psychology post. The panel watched all the recordings this week.

The candidates we have invited to interview showed a closer match to the large first-year statistics modules the post will lead. I'm sorry that means we won't take your application further.

The chair of the panel, Dr Moira Kent, is willing to give feedback by phone if you would find that useful - just reply to arrange it.

Best regards,
School of Psychology Administration`, 'Teaching Fellow in Psychology'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Ms Abara,

Thank you for completing the in-tray exercise for the PA to the Pro-Vice-Chancellor position. The panel felt that the prioritisation of the tasks did not reflect the urgency of the Senate paper deadline, and two of the draft emails were not in an appropriate tone for external stakeholders. On that basis you have not been selected for interview.

Yours sincerely,
Executive Office Recruitment`, 'PA to PVC - exercise outcome'),

  rej('assessment', ['generic'], {},
    `Dear Candidate, Thank you for your submission for the Lab Manager practical assessment. The selection has concluded and you have not been successful. Regards, Institut für Materialforschung, HR`),

  rej('assessment', ['assessment'], { ...fb, ...offered, ...door },
    `Hi Chloe,

Thanks for sending over your marked essay samples and the feedback commentary task. We've had a look and, honestly, it was close, but the commentary didn't hit the standard we need for our A-level English tutors.

You're welcome to have another go in six months. If you want notes on the task, just reply and I'll send them over.

Sam
Tutor Quality Lead, Scholarly Tutors`, 'Your tutor assessment'),

  rej('assessment', ['position_filled'], {},
    `Dear Dr Oyelaran,

Thank you for completing the research proposal task for the Research Fellow (Climate Adaptation) post. I must let you know that the post has now been offered to, and accepted by, another candidate, so we will not be proceeding to interviews for the remaining applicants.

Kind regards,
Grantham Institute for Resilience`, 'Research Fellow - update'),

  // ── Interview stage
  rej('interview', ['generic'], {},
    `Dear Dr Castellano,

Re: Lecturer in Economics (Ref 2619)

Thank you for attending interview on 12 November. I am sorry to tell you that you have not been successful on this occasion. The panel was faced with a very difficult choice. I am afraid that, given the number of candidates interviewed, the School is not in a position to offer individual feedback.

Yours sincerely,
Professor Ian Munro
Head of School, Business School`, 'Lecturer in Economics (Ref 2619)'),

  rej('interview', ['skills_gap', 'position_filled'], { ...fb, ...offered },
    `Dear Siobhan,

Many thanks for coming to meet the panel for the Student Wellbeing Manager role. We enjoyed the conversation.

We have offered the position to a candidate with more extensive experience of managing a counselling team, which the panel felt was the priority for this post. Your presentation on early intervention was very good.

Please do contact me if you would like feedback in more depth.

Kind regards,
Ruth Delaney
Director of Student Services`, 'Student Wellbeing Manager'),

  rej('interview', ['skills_gap', 'position_filled'], { ...fb },
    `Dear Mr Omondi,

Thank you for interviewing for the Postdoctoral Researcher in Machine Learning for Earth Observation. The committee was impressed with your enthusiasm, but felt that your experience with SAR data processing was not yet at the level needed to lead the work package from the start. We have therefore decided to offer the position to another applicant.

Best regards,
Dr. Elise Vandermeer
Principal Investigator`, 'Postdoc interview outcome'),

  rej('interview', ['generic'], { ...door },
    `Hi Tanya,

Thank you for taking the time to interview with our search committee for the Assistant Director of Alumni Relations. After careful review, we have chosen to move forward with another candidate.

We really enjoyed meeting you and hope you'll apply for other positions at the university.

Best,
Karen Liu
Search Committee Chair`, 'Assistant Director of Alumni Relations'),

  rej('interview', ['internal_candidate'], {},
    `Dear Dr Obi,

Thank you for attending the interview for the post of Senior Lecturer in Nursing. Following the interviews, the post has been offered to a current member of staff within the School.

Regards,
School of Health Sciences`, 'Senior Lecturer in Nursing - interview outcome'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Alejandro,

I'm writing after your Zoom interview with the committee last Friday. Thank you for a thoughtful conversation.

We have decided to pursue candidates whose research lines up more directly with the areas the department needs to cover in its teaching over the next few years, and so we will not be inviting you for a campus visit.

Sincerely,
Prof. R. Hamilton
Chair, Search Committee, Department of History`, 'History search - update'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Ms Lim,

Re: Head of Science, Tanglin International School

Thank you for meeting the interview panel on Monday. Although the panel recognised your strong subject knowledge, we were looking for someone with experience of leading a department through IB curriculum review, which you have not yet had, and other candidates were closer to what we needed at this stage. We will not be offering you the post.

With best wishes,
Principal's Office`, 'Head of Science'),

  rej('interview', ['generic'], { ...offered },
    `Dear Mr. Ibrahim,

We would like to thank you for attending the interview for the post of Senior Assistant Bursar held on 4th December. The Selection Board has concluded its deliberations and regrets that you were not successful.

Feedback is available on request through the Registry.

Yours faithfully,
For: Registrar`, 'INTERVIEW OUTCOME: SENIOR ASSISTANT BURSAR'),

  rej('interview', ['position_filled'], {},
    `Thanks for meeting the group yesterday, Lars. We've made an offer to someone else. Good luck with everything.
Mette`),

  rej('interview', ['role_closed'], { ...door },
    `Dear Dr Nakamura,

Thank you for your interview for the Research Associate post on the PROTEUS project. I am sorry to let you know that the project's second-phase funding has not been confirmed by the funder, and the University has therefore decided not to make an appointment. The position has been withdrawn.

If the funding is reinstated I would be very happy to contact you again.

Best wishes,
Prof. Caroline Frost`, 'PROTEUS Research Associate'),

  rej('interview', ['profile_mismatch', 'position_filled'], { ...door },
    `Dear Emeka,

Thank you for coming in for interview for the Teacher of Computer Science. The panel thought you were an engaging candidate. We have appointed someone whose experience fitted our needs more closely at this time.

We would be delighted if you applied to the Trust again in the future.

Regards,
Mrs. J. Oduya
Trust HR Manager`, 'Teacher of Computer Science'),

  rej('interview', ['generic'], { ...door },
    `Dear Dr. Fernandes,

Thank you for interviewing with us for the Scientist I position in the Materials Division. The hiring committee has completed its evaluations and we will not be extending an offer to you. We appreciate the time you spent with the team.

We encourage you to continue to monitor our careers site.

Talent Acquisition
Westridge National Laboratory
Westridge National Laboratory is an equal opportunity employer.`, 'Westridge National Laboratory - Scientist I'),

  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Dear Andrés,

Thank you for the interview last week for the Lab Manager post. We've decided not to proceed with your application: the panel preferred candidates with longer experience of managing a BSL-2 facility, and your intended start date after your visa comes through would be several months later than the lab can wait.

Best wishes,
Dr Hannah Rees`, 'Lab Manager interview'),

  rej('interview', ['generic'], { ...door },
    `Good afternoon,

Following your interview for the role of IT Service Desk Analyst, we are sorry to inform you that you were not successful. We received many good applications and interviewed strong candidates. We hope this will not discourage you from applying for other roles in Information Services.

IT Services Recruitment`, 'IT Service Desk Analyst'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Mariam,

Thanks for talking to us last Wednesday about the Maths tutor coordinator role. We're going with another applicant. The main thing for us was experience using a management information system like Arbor or SIMS for attendance and reporting, which you hadn't used yet.

If it helps, I'm happy to jump on a call and go through the interview.

Jess
Operations, Numerate Learning`, 'Coordinator role'),

  rej('interview', ['overqualified', 'position_filled'], { ...fb },
    `Dear Dr Papadopoulos,

Thank you for interviewing for the Research Technician post. The panel was struck by your record as an independent researcher. Candidly, we felt that with a PhD and two postdocs behind you, the role, which is routine sample handling with little scope for research, would not hold your interest for long, and we have offered it to another candidate.

Kind regards,
Laboratory Services`, 'Research Technician'),

  rej('interview', ['position_filled'], {},
    `Dear Ms. Moreau,

Thank you for your interview with the selection panel for the Francophone Programmes Coordinator. We have made an appointment to the post. Owing to the volume of applications, we're sorry that we cannot discuss the decision with unsuccessful candidates.

Regards,
Centre for Language Education`, 'Programmes Coordinator'),

  rej('interview', ['generic'], { ...offered },
    `Dear Rhys,

Thank you for coming to interview for the Graduate Trainee Librarian post. Unfortunately, on this occasion we were not able to offer you the post. If you would like feedback, please contact the chair of the panel, Ms Gwen Parry, at the email below.

Best wishes,
Library Recruitment`, 'Graduate Trainee Librarian'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Dr Mahlangu,

We thank you for your participation in the interview for the position of Associate Professor: Chemical Engineering. The Selection Committee has recommended a candidate whose research profile best matches the School's strategic direction. Your application was therefore unsuccessful.

Yours sincerely
Faculty of Engineering and the Built Environment`, 'Associate Professor: Chemical Engineering'),
  // ── Final stage
  rej('final', ['position_filled'], { ...door },
    `Dear Dr. Abernathy,

On behalf of the search committee, thank you for your campus visit last month and for your job talk, which generated a lively discussion among our faculty and graduate students.

After extensive deliberation, the department has extended an offer to another candidate, and that offer has been accepted. I know this is disappointing news after such an involved process.

We hope our paths cross again, and we would be glad to see your application for future searches in the department.

Sincerely,
Prof. Daniel Whitaker
Chair, Faculty Search Committee
Department of Political Science, Brookhaven State University`, 'Political Science search'),

  rej('final', ['profile_mismatch', 'position_filled'], { ...offered },
    `Dear Maeve,

Thank you for the day you spent with us on Thursday: the lesson with Year 10, the presentation to the leadership team and the panel interview.

It was an extremely close decision between the three of you on the final shortlist. In the end the panel felt another candidate's experience was a closer match to where the department is right now, and we have offered them the post of Head of English.

I would be very happy to give you feedback if you would like to arrange a time to talk.

Warm regards,
Declan Murphy
Principal, Ardmore College`, 'Head of English - Thursday'),

  rej('final', ['skills_gap', 'position_filled'], { ...fb, ...door },
    `Dear Dr Khumalo,

Thank you for your presentation and interview with the Dean and the appointing committee for the Senior Lecturer in Data Science.

The committee's view was that, though your research is excellent, the post requires an established record of external grant income, and yours is still at an early stage. We have offered the post to another finalist.

We very much hope you will apply when we advertise at Lecturer level next year.

Yours sincerely,
Prof. Nadia Ebrahim
Dean, Faculty of Science`, 'Senior Lecturer in Data Science'),

  rej('final', ['position_filled'], {},
    `Dear Dr. Gallagher,

I'm writing to let you know that our search for the Assistant Professor of Chemistry (Biophysical) has concluded. The position has been accepted by another candidate.

Thank you for your fly-out visit and for the time you spent with faculty and students.

Best regards,
Linda Fry
Department Administrator`, 'Chemistry search concluded'),

  rej('final', ['assessment', 'profile_mismatch'], { ...fb },
    `Dear Ms Venter,

Thank you for attending the interview day for the Deputy Principal (Academic) post at Highlands Girls' High.

The panel felt that your trial lesson did not show the depth of differentiation we would expect to model for staff, and in the final discussion other candidates demonstrated a closer fit with our school's improvement priorities. We will not be appointing you.

Regards,
Chair of the School Governing Body`, 'Deputy Principal (Academic)'),

  rej('final', ['generic'], {},
    `Hi Ben,

I wanted to call but couldn't get through. The committee met this morning after the final interviews and has decided to offer the Director of Research Computing post to one of the other two finalists. I'm sorry.

Thanks for all the time you gave us over the past weeks.

Anita Rowe
Chief Information Officer`, 'Director of Research Computing'),

  rej('final', ['internal_candidate'], { ...door },
    `Dear Dr Ahmed,

Thank you for coming to the final stage for the post of Reader in Finance and for your research seminar. The appointing committee has decided to appoint an internal candidate.

We were very glad to have met you and would welcome any future application from you.

Yours sincerely,
Head of Department, Accounting and Finance`, 'Reader in Finance'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Dr. Moyo,

It was a pleasure to host you at the Institute for the final round for the Group Leader position. We were very impressed by your talk and by the chalk-talk discussion of your proposed program.

In making the final decision, the committee prioritized a candidate whose program complements our existing groups in host-pathogen interactions more directly. I'm sorry that the outcome is not what you hoped.

Please stay in touch. Several of us would welcome opportunities to collaborate, and we would be glad to consider you for future Group Leader calls.

With best regards,
Prof. Ingrid Solberg
Director, Nordic Institute for Infection Biology`, 'Group Leader search'),

  rej('final', ['role_closed'], {},
    `Dear Ms Achterberg,

Thank you for taking part in the final interviews for Head of Admissions and Marketing. I'm afraid that, following a governors' review of the school's senior leadership structure, the post will no longer be filled in its current form and we are not making an appointment.

Kind regards,
Bursar, Hampton Lodge School`, 'Head of Admissions and Marketing'),

  rej('final', ['generic'], { ...offered },
    `Dear Dr Ramos,

Following your visit to the School and the meeting with the Dean, I must report that the committee has not recommended you for appointment to the post of Professor of Marine Biology.

The chair of the panel is willing to give feedback; please contact the HR Business Partner to arrange this.

Yours sincerely,
HR Services, University of Kelvinmoor`, 'Professor of Marine Biology'),

  rej('final', ['skills_gap'], { ...fb },
    `Dear Hyun-woo,

You were one of the last two candidates for the Lecturer in Korean Studies, and I am sorry to say the committee has chosen the other one. The deciding factor was teaching experience in large undergraduate language classes, which the post will need from the first semester; your teaching so far has been in small seminars.

All best,
Dr. Elizabeth Carr
Chair, Appointing Committee`, 'Lecturer in Korean Studies'),

  rej('final', ['position_filled'], { ...door },
    `Dear Mr Adebayo,

RE: POST OF PRINCIPAL, LAGOS HERITAGE COLLEGE

The Board of Governors thanks you for your participation in the final interview and presentation. After due consideration the Board has made its appointment and regrets that you were not successful.

The Board wishes to keep your profile for future leadership openings within the group of schools.

Yours faithfully,
Secretary to the Board`, 'Principal appointment'),

  rej('final', ['profile_mismatch', 'position_filled'], { ...offered },
    `Dear Dr Leclerc,

Thank you for a very good day on Monday: the research seminar, the teaching session and the panel. The panel has offered the Lecturer in Organic Chemistry post to a candidate whose synthesis programme sits more squarely within the committee's needs in this area, and the offer has been accepted.

If you would like feedback, I'd be pleased to talk.

Best wishes,
Prof. Graham Stokes
Head of School, School of Chemistry`, 'Lecturer in Organic Chemistry'),

  rej('final', ['generic'], {},
    `Dear Bilal,
we have decided for another candidate after the final round for the Research Engineer position. Thank you for your visit to Delft and your presentation. Best regards, Prof. van Dijk`, 'Research Engineer'),

  rej('final', ['skills_gap', 'profile_mismatch', 'position_filled'], { ...fb, ...offered, ...door },
    `Dear Ms. Henderson,

Thank you for joining us for the finalist interviews for the Associate Dean of Students role. It was a pleasure.

The committee recognized your strengths in student conduct, but the role will oversee the Title IX office and requires direct experience with federal compliance investigations, and the other finalists brought more of it. We have offered the position to another candidate.

I would be glad to share more of the committee's observations if you'd like. We also hope you'll consider future openings in the Division of Student Affairs.

Best,
Vice President for Student Affairs`, 'Associate Dean of Students'),

  // ── More application and screen
  rej('application', ['generic'], {},
    `Dear Dr Petrov,

Thank you for applying for the EPSRC-funded Research Associate in Quantum Materials. Unfortunately your application has not been successful. We regret that we cannot provide feedback to applicants who were not shortlisted.

School of Physics and Astronomy, Personnel Office

Our privacy notice explains how we use your personal data.`),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Ms Jansen,

Thank you for applying for Senior Research Nurse (Clinical Trials Unit). Your application did not meet the essential criteria of the person specification: the post requires current NMC registration and evidence of Good Clinical Practice training. We are unable to take it further.

Recruitment Team`, 'Senior Research Nurse'),

  rej('application', ['profile_mismatch'], {},
    `Dear Dr Ekwueme,

We write regarding your application for the position of Lecturer II in Microbiology. The Appointments and Promotions Committee has reviewed all applications and considers that your qualifications do not sufficiently match the requirements of the position at this time.

Deputy Registrar (Establishments)`, 'APPLICATION: LECTURER II MICROBIOLOGY'),

  rej('application', ['generic'], { ...door },
    `Hi Hannah - thank you for your interest in teaching at Pinewood. We're not taking your application to interview this time. Do check our vacancies again next term, we're growing!

Pinewood Preparatory School, Office`),

  rej('application', ['location'], { ...fb, ...door },
    `Dear Ms. Wu,

Thank you for your application for the Teacher of Early Years position. Please note that the school is unable to offer visa sponsorship, and the post requires the successful applicant to hold the right to work in Australia at the start date; your application states that you do not currently hold it.

We would be pleased to consider you for future roles should your work rights change.

Kind regards,
People Team, Harbourside Grammar`, 'Teacher of Early Years'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Please be advised that your application for Job Number 26-1184, Program Assistant, Office of Sponsored Programs, was not selected for further consideration. Please note that the hiring department does not provide feedback on individual applications.

Thank you,
University Human Resources
This is an automated notification. Do not reply to this message.`, 'Job 26-1184 status'),

  rej('application', ['internal_candidate'], {},
    `Dear Dr Halvorsen,

Thank you for your application for the Lecturer in Statistics (maternity cover). The department has been able to fill the post by extending the contract of a colleague already teaching on the programme, and so will not be shortlisting.

Kind regards,
Department Manager`, 'Lecturer in Statistics (maternity cover)'),

  rej('application', ['role_closed'], {},
    `Dear Candidate,

Following a review of the school's staffing for the coming year, the vacancy for Teacher of Music (0.6 FTE) has been withdrawn. We are therefore not progressing any applications.

Thank you for your interest.

Recruitment Office, St Bede's Catholic High`, 'Teacher of Music - vacancy withdrawn'),

  rej('screen', ['profile_mismatch'], {},
    `Dear Rohan,

Thank you for the short call with HR on Monday regarding the Research Administrator vacancy. Following our conversations with all candidates, we have selected applicants whose experience matches the requirements more closely to attend the panel interview.

Regards,
HR Services, Institute of Tropical Agriculture`, 'Research Administrator'),

  rej('screen', ['generic'], { ...door },
    `Hello Ms Nkosi,

I enjoyed our brief chat about the English teaching role at Lumière International School. I'm sorry to say we won't be moving forward with your application. Please do apply to us again in the next recruitment season, which opens in October.

Best wishes,
Claire Dubois
Head of Recruitment`, 'English teaching role'),

  rej('screen', ['skills_gap'], { ...fb },
    `Dear Lukas,

Thank you for the call with Prof. Brenner. As you mentioned, you haven't done any mouse behavioural work, and the project relies on it from the outset, so we won't be taking your application further for this PhD position.

Best regards,
Brenner Lab Coordinator`, 'PhD position - Brenner Lab'),
  // ── Paused processes
  hold('final', ['role_closed'], {},
    `Dear Dr Albright,

Thank you again for your campus visit and job talk last month. I'm writing to let you know that the Provost's office has suspended this search pending a review of the College's budget for next year. No decision has been made on any candidate, and your application remains active.

We appreciate your patience and expect to be able to update you in February.

Sincerely,
Prof. Nina Castillo
Chair, Search Committee`, 'Search update'),

  hold('interview', ['role_closed'], {},
    `Dear Kofi,

Thank you for interviewing for the Postdoctoral Research Assistant post. The start of the position is subject to the grant, and the funder's decision has been delayed until March. Until then we can't make an appointment. You are still very much under consideration and I will be in touch as soon as we hear.

Best wishes,
Dr Sarah Lennox`, 'Postdoc - waiting on the funder'),

  hold('interview', ['role_closed'], {},
    `Dear Dr Osei,

Re: Lecturer in Criminology

Thank you for attending interview. The School has decided to delay the appointment to this post until the new Head of School takes up her position in January, so that she can be involved in the decision. We will write to you again then; please let us know if your circumstances change in the meantime.

Yours sincerely,
School Manager`, 'Lecturer in Criminology - delay'),

  hold('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for applying for the post of Faculty Administrator. The University has entered a period of consultation on the restructuring of professional services in the Faculty, and recruitment to this post is paused until the consultation closes. Shortlisting has not yet taken place. We will contact all applicants once we are able to proceed.

HR Services`, 'Faculty Administrator - recruitment paused'),

  hold('interview', ['location'], {},
    `Dear Ms Nair,

Thank you for your patience since your interview for Teacher of Chemistry. The panel would like to continue with your application; however, the Trust's sponsor licence is currently under review by the Home Office, and we are not able to assign a Certificate of Sponsorship until that review is complete. We will update you as soon as we have news. Please do not take this as a decision on your application.

Kind regards,
Trust HR`, 'Teacher of Chemistry - sponsorship'),

  hold('screen', ['role_closed'], {},
    `Hi Daniel,

Thanks for the call last week about the Web Developer role in Marketing. Bad timing, I'm afraid: the University has announced a recruitment freeze across all non-academic posts, effective immediately, and that includes this one. We're not closing the vacancy, just holding it. I'll let you know as soon as the freeze is lifted.

Grace
Digital Team Manager`, 'Web Developer - freeze'),

  // ── Look-alikes
  other(`Dear Dr Whelan,

Thank you for your application for the post of Lecturer in Law (Ref LAW-2606). This email confirms that we have received it.

Shortlisting will take place after the closing date. Unfortunately, due to the number of applications we receive, we may not be able to contact every applicant individually, but you can track the status of your application in the portal.

HR Services (Recruitment)
Please do not reply to this email.`, 'Application received: LAW-2606'),

  other(`Dear Ms Chukwu,

I am pleased to let you know that you have been shortlisted for interview for the post of Teacher of Geography. Interviews will take place on Wednesday 14 January. The day will include a 40-minute trial lesson with Year 9, a tour with the student council and a panel interview.

Please confirm your attendance by replying to this email.

Kind regards,
Mrs. P. Holloway
Headteacher's PA`, 'Shortlisted: Teacher of Geography'),

  other(`Dear Dr Kamau,

Please find below the schedule for your campus visit on 3-4 February.

Day 1
 9:00  Breakfast with the search committee
10:30  Meeting with the Dean
13:00  Job talk (Room 214, Hensley Hall) - 45 min plus questions
15:00  Meetings with faculty

Day 2
 9:30  Teaching demonstration (undergraduate seminar)
11:00  Meeting with graduate students
12:30  Lunch and departure

We look forward to welcoming you. Please let me know of any dietary requirements.

Best,
Meredith Cole
Department Coordinator`, 'Campus visit schedule'),

  other(`Dear Candidate,

Thank you for accepting our invitation to the interview for Lecturer in Nursing. As part of the process you are asked to give a 15-minute teaching demonstration. Please send us your chosen topic and any slides by Friday so the panel can prepare.

Regards,
School of Health Sciences`, 'Teaching demonstration - topic'),

  other(`Dear Professor Grant,

Dr Amara Iwu has applied for the post of Research Fellow in Epidemiology at our University and has given your name as a referee. We would be grateful if you could provide a reference addressing the candidate's suitability for the post against the attached person specification.

We appreciate your time and apologise for the short notice.

HR Services, Recruitment Team`, 'Reference request: Dr Amara Iwu'),

  other(`Hello Jake,

Great news - the panel would like to move you forward. Before we can confirm the offer, we need to complete an enhanced DBS check and a barred-list check in line with our safeguarding policy. Please complete the online form via the link below and bring your identity documents to the school office.

Unfortunately the offer cannot be confirmed until these checks are back, so the sooner the better.

Many thanks,
School Business Manager`, 'DBS check - next steps'),

  other(`Dear Ms Oyelowo,

Before your start date we must verify your right to work in the UK. Please bring your original passport and BRP to HR Services, or share your online share code.

We appreciate your cooperation.

HR Services`, 'Right to work check'),

  other(`Dear Dr Schreiber,

On behalf of the appointing committee, I am delighted to offer you the post of Lecturer in Philosophy on a fixed-term contract of 24 months, starting on 1 September, subject to satisfactory references and right-to-work checks.

Your contract and the terms and conditions are attached. Please return a signed copy within 14 days.

Congratulations,
Prof. Julian Marr
Head of School`, 'Offer of appointment'),

  other(`Fellows' Newsletter - December

In this issue: new postdoc fellowship calls, the mentoring scheme, and writing retreats in the spring. Unfortunately the January seminar has been postponed; we'll be in touch with a new date.

Postdoctoral Fellows Network
Unsubscribe`, 'Postdoc fellowship newsletter'),

  other(`CALL FOR PAPERS
12th International Conference on Learning Analytics in Higher Education
Submission deadline: 15 March

We invite submissions on assessment, student engagement and the use of data in teaching. Accepted papers will appear in the proceedings.

You are receiving this because you attended a previous edition. Unsubscribe.`, 'CFP: Learning Analytics in HE'),

  other(`jobs.ac.uk Job Alert

12 new jobs match your alert "lecturer computing":

- Lecturer in Computer Science, University of Eastmoor
- Senior Lecturer in Cyber Security, Ravenbridge University
- Teaching Fellow in Software Engineering, Loxley College

Manage your alerts | Unsubscribe`, 'Your jobs.ac.uk alert'),

  other(`Dear Professor Harding,

Thank you so much for the opportunity to visit the department yesterday and to present my research. I very much enjoyed the conversations with your colleagues and the students, and I am even more enthusiastic about the position.

Please pass on my thanks to the whole committee.

Best regards,
Ana Ribeiro`, 'Thank you'),

  other(`Dear Applicant,

Your application for Research Assistant (Ref 0417) is currently under review by the selection panel. We appreciate your patience; we aim to notify all applicants of the outcome within four weeks of the closing date.

University Recruitment Portal - automated message`, 'Application status: under review'),

  other(`Dear Dr Baptiste,

Thank you for your application to the Assistant Professor of Anthropology position. The search committee has reviewed the first round of applications and would like to invite you to a 30-minute Zoom interview. Please choose a slot using the link below.

Sincerely,
Search Committee`, 'Zoom interview invitation'),

  other(`HigherEdJobs - New jobs in Student Affairs

Director of Residence Life - Wexford University
Academic Advisor II - Canyon State College
Career Coach - North Pines Community College

You're receiving this email because you subscribed to HigherEdJobs Job Agents.`, 'New jobs in Student Affairs'),

  other(`Hi Priyanka,

Just a reminder that your interview for Teaching Assistant (SEN) is tomorrow at 10:30. Please sign in at reception and bring photo ID. Unfortunately there is no parking on site, so please use the car park on Mill Lane.

See you tomorrow,
Office Manager, Brookside Primary`, 'Reminder: interview tomorrow'),

  other(`Dear Dr Iyer,

We are pleased to inform you that you have been placed on the shortlist for the post of Associate Professor (Electrical Engineering). The interview will be conducted by the Selection Committee on 22 January in hybrid mode. Kindly bring originals of all certificates.

Registrar`, 'Shortlisting intimation'),

  other(`Dear Mr Lindgren,

Thank you for your interest in the Research Engineer role. Before we can progress, could you please provide two referees, one of whom should be your current or most recent employer? We will only contact them with your permission.

Kind regards,
HR, Nordic Energy Research Institute`, 'Referee details needed'),

  other(`TES Jobs: 8 new teaching jobs near you

- Teacher of Maths, Ashcombe Academy
- Teacher of English, Holloway Park School
- Head of Science, Fernley High

Update your preferences | Unsubscribe`, 'New teaching jobs near you'),

  other(`Dear Dr Amadi,

Further to your acceptance of our offer, please find attached your contract for the post of Postdoctoral Researcher. The start date is subject to the grant's confirmation, which we expect by 1 March; we'll be in touch to confirm the exact date.

Welcome to the team!

HR Services`, 'Your contract'),

  other(`Academic Positions: 5 PhD positions that match your profile

Funded PhD in Marine Ecology - Norway
PhD Position in Quantum Optics - Netherlands
Doctoral Researcher, Atmospheric Chemistry - Finland

Don't miss out - apply before the deadline.
Academic Positions AS | Unsubscribe`, 'PhD positions for you'),

  other(`Dear Ms Bello,

Thank you for attending the interview for the Admissions Officer post today. The panel will meet on Friday to make a decision, and we will be in touch with all candidates by early next week.

Kind regards,
Recruitment Team`, 'Thank you for attending'),

  other(`Dear Dr Kowalski,

Many thanks for agreeing to serve on the selection panel for the Lecturer in Mathematics appointment. The shortlisting meeting will be held on 9 February at 2pm in the Dean's meeting room. The applications are available in the portal.

Best wishes,
Faculty HR Partner`, 'Shortlisting meeting - Lecturer in Mathematics'),

  other(`Hi Olu,

Sorry for the delay getting back to you - it's been a busy term. The search committee is still reviewing applications and we hope to have a longlist by the end of the month. I'll keep you posted.

Best,
Kemi`, 'Re: application'),

  other(`Dear Dr Mitchell,

We're delighted to tell you that you are one of three candidates on the final shortlist for the Chair in Environmental Science. The final stage will include a public lecture and an interview with the appointing committee chaired by the Vice-Chancellor.

Yours sincerely,
Executive Search Partner, Halden & Rowe`, 'Final shortlist - Chair in Environmental Science'),

  other(`Dear Applicant,

Thank you for your interest in working at Rosewood International School. We have received your application for Primary Class Teacher. Unfortunately we are unable to respond to enquiries about progress; the school will contact shortlisted candidates by 20 January.

Warm regards,
HR Office`, 'We have received your application'),

  other(`Good morning Ms Fashola,

The Head has asked me to arrange a short call to discuss the Head of Year role. Would Monday at 4pm or Tuesday at 9am suit you?

Thank you,
School Office`, 'Head of Year - call'),

  other(`Dear colleague,

Our annual survey of applicants helps us improve the recruitment process. Whether or not your application was successful, we'd appreciate five minutes of your time. Your responses are anonymous.

HR Services, University of Whitmoor`, 'Tell us about your recruitment experience'),

  other(`Dear Dr Menon,

Thank you for sending the names of your referees. We have now requested references, and we'll be in touch when we receive them. We appreciate your patience during this stage.

Regards,
Staffing Office`, 'References requested'),

  other(`Dear Hamza,

Congratulations! We are pleased to offer you a fully funded PhD position in Computational Neuroscience, with a stipend and fees for four years. Please confirm your acceptance by 28 February.

Doctoral Training Centre`, 'PhD offer'),

  other(`Hi Prof. Grey - thanks so much for the chat today, really enjoyed hearing about the lab. Attaching the paper I mentioned. Looking forward to hearing about next steps! Best, Anjali

Sent from my iPhone`, 'Thanks for today'),

  other(`Dear Mr Okeke,

Please find attached the interview-day programme for the Teacher of Business Studies post: arrival 8:30, a lesson observation at 9:15, a student panel at 11:00 and the formal interview with the Headteacher and a governor in the afternoon. We will let you know the outcome by the end of the day.

Kind regards,
HR Administrator`, 'Interview day programme'),

  other(`Dear Dr Sørensen,

We write to inform you that the closing date for the Senior Research Scientist post has been extended to 31 January. We have not yet begun shortlisting. Your application is safe and will be considered alongside the others.

National Institute of Marine Research, HR`, 'Closing date extended'),
  other(`Dear Ms Agarwal,

We are sorry to inform you that the interview for the Senior Administrator (Research Office) scheduled for Thursday must be moved, as the chair of the panel is unwell. Unfortunately this is unavoidable. Could you attend on Monday 19 January at 11:00 instead? Your application is unaffected.

With apologies,
Research Office Recruitment`, 'Interview rescheduled'),

  other(`Dear Dr Fenwick,

Thank you for the excellent research seminar last week. Before the appointing committee meets, the Dean would like to speak with you informally about start-up funding and teaching load. We'll be in touch to set a time; please keep us in mind if you receive any other offers in the meantime.

Warm regards,
Prof. Alan Whitby
Head of Department`, 'Next steps'),

  other(`Dear Jennifer,

Thanks for letting us know you have accepted a position elsewhere and wish to withdraw from the Lecturer in Education process. We are sorry to lose you from the shortlist, and we wish you every success in your new role. We'll keep you in mind for anything in future.

Best wishes,
Recruitment Team, Faculty of Education`, 'Withdrawal confirmed'),
];
