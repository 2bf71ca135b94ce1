/**
 * Development messages of the sixty-eighth round, never sealed: selection with its own words. Rejections, paused
 * processes and look-alikes from fields whose selection has its own vocabulary: auditions, callbacks, self-tapes,
 * orchestral trials, a dance company, a drama school, a presenter search and a newsroom trainee scheme; vacation
 * schemes, training contracts, pupillage (paper sift, first and second rounds, advocacy exercise), clerkships; residency
 * and foundation programmes, specialty training, fellowships, locum shifts, a credentialing committee; cadet pilot
 * programmes, cabin crew days, officer cadets, police, fire and coastguard recruitment; faculty searches (long list,
 * short list, campus visit, job talk), postdocs and studentships, a museum curator; an academy trial, a coaching post,
 * a kitchen stage and a sommelier tasting.
 *
 * Labelling choices held throughout (LABELS.md and the corpus conventions): a paper sift, long list or "not invited to
 * audition" is `application`; a short phone chat with a casting assistant, clerk or recruiter is `screen`; a self-tape,
 * aptitude test, fitness test, written paper, simulator check, advocacy exercise, trial shift or stage with no later
 * interview named is `assessment`; a first audition in the room, a callback, a first-round interview, a job talk or a
 * panel is `interview`; a final callback, second-round pupillage interview, campus visit, selection board or final
 * panel is `final`. A failed test or exercise told as the reason is `assessment` with feedback; a named requirement is
 * `skills_gap` with feedback. A pause that declines no one is `hold`. Look-alikes decline nothing. For development
 * only: the rules may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d68-');

export const HANDWRITTEN_DEV_68: readonly CorpusLine[] = [
  // ── Performing arts and media
  rej('application', ['generic'], {},
    `Dear Ms Adeyemi-Clarke,

Thank you for submitting your headshot, CV and showreel for the role of MARGUERITE in our spring touring production of "The Salt Orchard".

We received a very large number of submissions and regret that on this occasion we are not able to invite you to audition.

With best wishes,

Casting Department
Wrenfield Touring Theatre
Please do not reply to this address - it is not monitored.`, 'The Salt Orchard - MARGUERITE'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Tomasz,

Thanks so much for coming in on Thursday and for the work you did on the Act 2 scene - the room enjoyed it.

I'm afraid the director has gone in a different direction for Pavel and we won't be calling you back this time. It's very much about the shape of the company as a whole, and another actor sat better alongside the two leads already cast.

We'd love to see you for future projects, so do keep us posted on what you're up to.

All best,
Rhiannon Beck
Casting Associate, Beck & Ollerenshaw Casting`, 'Pavel - Little Hours'),

  rej('assessment', ['generic'], {},
    `Hello,

Thank you for your self-tape for "MERIDIAN LINE" (Series 2), role of DS Harkness.

Tapes have now been reviewed by the producers and this part is no longer being considered for you.

Thank you for your time and effort.

Kind regards
Sasha at Fourwinds Casting`, 'Re: SELF-TAPE REQUEST - MERIDIAN LINE S2 - DS HARKNESS'),

  rej('final', ['generic'], { ...offered },
    `Dear Ines,

I wanted to write personally after Monday's final callback. The director, choreographer and MD spent a long time on Sophie, and I'm sorry to say it has gone to someone else.

This was a genuinely close decision and I hope that's some comfort. If a chat about the day would help, I'm very happy to pass on what the panel said - just drop me a line.

Warmly,
Guinevere Talbot CDG
Talbot Casting | 0207 946 0831`, 'Sophie - final callback'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Jun-ho,

Thank you for auditioning for the section violin vacancy (tutti, 2nd violins). The panel heard the first round behind a screen and then without it.

On this occasion you have not been invited through to trial. The panel were impressed with your Mozart, but felt the orchestral excerpts - especially the Don Juan opening and the Mendelssohn scherzo - lacked the rhythmic security and control at soft dynamics they require for a trial.

We hope you will apply again when we advertise future string vacancies.

Orchestra Manager
Northmoor Philharmonic Orchestra
Registered charity no. 1098844`, 'Northmoor Philharmonic - 2nd violin auditions'),

  rej('final', ['assessment'], { ...fb },
    `Dear Elspeth,

Thank you for your audition in the spring and for the two weeks of trial with the orchestra in October and November, the final stage of our process. Having consulted the section and the principal horn, the music director has decided not to offer you the position of Fourth Horn.

The section felt your low register was consistently excellent but that the blend in the Bruckner and the Strauss was not yet where they need it, particularly in quiet chorale passages. The trial period is now closed.

With thanks for your work with us,

Judith Marangoni
Director of Artistic Planning
Kelderhaven Symphony`, 'Fourth Horn trial - outcome'),

  rej('application', ['generic'], {},
    `Thank you for your interest in joining Argent Dance Theatre. Following the review of video submissions for our 2027 company audition, we are sorry to let you know that you have not been selected for the in-person workshop. Due to the volume of applications we cannot give individual responses.

Argent Dance Theatre | argentdance.org
Unsubscribe from audition updates`, 'Argent Dance Theatre - Company Audition 2027'),

  rej('interview', ['generic'], { ...door },
    `Dear Femi,

Thank you for auditioning for the BA (Hons) Acting programme at Harrowgate School of Dramatic Art.

We regret to tell you that you have not been successful in gaining a recall on this occasion. Entry is extremely competitive and we see many talented applicants each year for a small number of places.

You are very welcome to audition again in a future cycle - many of our current students were successful on a second attempt.

Admissions Office
Harrowgate School of Dramatic Art`, 'Your audition - BA (Hons) Acting'),

  rej('screen', ['location'], { ...fb },
    `hi Kavya, lovely to chat yesterday. quick one - producers have confirmed they can only cast Cardiff-based actors for the daily shoot days as there's no accommodation budget, so sadly we can't take you forward for Ffion. sorry! x Bronwen`, 'Ffion'),

  rej('final', ['profile_mismatch'], {},
    `Dear Candidate,

Re: Presenter Search - "Coast to Kitchen" (Daytime)

Thank you for attending the final screen test day at our Salford studios and for the piece to camera with the chef. After careful consideration by the executive team and the commissioner, we have chosen to go with a presenter whose on-screen experience is a closer match for a live daytime format.

We wish you every success.

Lindale Pictures Ltd
This email and any attachments are confidential.`, 'Presenter Search - Coast to Kitchen'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Niamh,

Thank you for taking the written test for the Ardmore News Trainee Scheme 2027. The test is marked blind by two journalists.

I'm sorry to say your mark did not reach the threshold for the interview day. The news-writing exercise was strong but the current affairs section and the subbing task were below what we need, and these carry most of the weight.

If you'd find it useful, reply to this email and I'll send you the marker's notes on your paper.

Best,
Colm Feeney
Editor, Talent and Training
Ardmore News`, 'Ardmore News Trainee Scheme - written test result'),

  rej('interview', ['generic'], {},
    `Dear Abimbola,

Many thanks for the second audition for the role of Eurydice. It was a pleasure to hear you.

The panel have met and, with regret, we will not be in a position to offer you a role in this production.

Kind regards,
Opera Lagos Ensemble Artistic Office`, 'Orpheus - second audition'),

  rej('application', ['profile_mismatch'], { ...fb, ...door },
    `Hi Lachlan,

Cheers for sending your reel through for the Stan Kovač voiceover. The client listened to everything that came in and they're after a voice with a bit more age and gravel for this one - so they won't be taking yours further.

Keep sending stuff our way mate, yours is a great reel for the youthful retail jobs we get.

Mick
Dunmore Voices, Surry Hills NSW`, 'Kovač VO'),

  rej('final', ['internal_candidate'], {},
    `Dear Ms Hartigan,

Position: Principal Cello - Trial Outcome

Thank you for the time you spent with the orchestra as one of the two finalists on trial over the past season. Following the conclusion of all trials, the audition committee has recommended the appointment of the orchestra's current Associate Principal to the post, and the board has confirmed this.

With sincere thanks,

Administration
Wexmoor Chamber Orchestra`, 'Principal Cello - Trial Outcome'),

  rej('application', ['generic'], {},
    `Thank you for your application for the Junior Reporter (Sport) vacancy. Your application has been considered but we will not be taking it further at this stage.

Regards,
HR - Midland Evening Courier
Ref: MEC/SP/0912`),

  rej('assessment', ['skills_gap'], { ...fb, ...door },
    `Dear Ravi,

Thank you for the self-tape of the two sides for ARJUN in "Monsoon Lease". Our director really liked your instinct in the second scene.

The role requires fluent, natural Gujarati for several long scenes with the grandmother, and the producers didn't feel the Gujarati lines on your tape were at the level needed, so we will not be moving you forward.

We'll certainly keep you on our radar for other projects.

Best wishes,
Priya Chandaria
Chandaria Casting`, 'MONSOON LEASE - ARJUN - tape'),

  rej('interview', ['culture_fit'], { ...fb },
    `Dear Sal,

Thank you for joining the company class and repertory session last Friday.

The artistic director has asked me to let you know that we will not offer a contract for the coming season. Everyone noted your technique, but our company works in a highly collaborative, devising way and the directors felt you seemed more at ease being directed than contributing to the making process, which is central to how we work.

Best,
Heloise
Company Manager, Fold Physical Theatre`, 'Fold - season contract'),

  rej('application', ['role_closed'], {},
    `Dear all,

We are writing to everyone who submitted for the ensemble of "Gilded Hour". The producers have made the decision to cancel the UK tour, so the roles we were casting no longer exist and we will not be holding auditions. Your submission has been withdrawn from consideration.

We're really sorry - thank you for your interest.

Marsh Lane Casting`, 'Gilded Hour ensemble - cancelled'),

  rej('final', ['generic'], { ...door },
    `Dear Oluwaseun,

Thank you for coming to the final round of the Presenter Search and for the live segment you recorded with our studio team. This was very close and I'm genuinely sorry to be the bearer of this news: we have decided not to take you forward.

Please do stay in touch with us. The team would like to consider you for reporting opportunities in 2027.

Gbemisola Ayodele
Head of Talent, Atlantic Wave TV, Lagos`, 'Presenter Search - final round'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear applicant

Thank you for sending your recording for the video prescreening (Trumpet, Tutti/3rd). Unfortunately the jury has decided that you will not be invited to the live audition in the Konzerthaus. Your recording of the Haydn concerto had several intonation problems in the upper register, and this was decisive.

We thank you for your participation and wish you success for the future.

Orchesterbüro
Rheinhöhe Sinfonieorchester`, 'Probespiel Trompete - Ergebnis'),

  // ── Law
  rej('application', ['generic'], { ...door },
    `Dear Hannah,

Thank you for applying to the Spring Vacation Scheme 2027 at Carrick Dunmore LLP.

We received over 2,800 applications for 60 places this year. We have read yours carefully, and I'm sorry to tell you that we're unable to offer you a place on this occasion.

We would encourage you to apply again for our training contract or summer scheme later in the year.

Kind regards,
Graduate Recruitment Team
Carrick Dunmore LLP
Carrick Dunmore LLP is authorised and regulated by the Solicitors Regulation Authority.`, 'Your Vacation Scheme application'),

  rej('application', ['profile_mismatch'], {},
    `Dear Mr Chukwu,

Pupillage 2028 - Application Ref P28/117

Thank you for your application to 4 Fernhill Chambers via the Pupillage Gateway. The Pupillage Committee has completed its paper sift. I regret to inform you that you have not been selected for a first-round interview.

The Committee assessed all applications against the published criteria, and on this occasion others demonstrated those criteria to a greater extent.

Yours sincerely,

Eleanor Pryce
Secretary to the Pupillage Committee`, 'Pupillage 2028 - 4 Fernhill Chambers'),

  rej('interview', ['generic'], { ...offered },
    `Dear Saoirse,

Thank you for attending a first-round interview at Lockhart Street Chambers. We enjoyed meeting you.

I'm afraid the Committee has not invited you to the second round. If it would be helpful to receive feedback, please write to me within the next four weeks and I will ask the panel chair to provide some.

Best wishes,
Thomas Ng
Pupillage Secretary`, 'First round interview - Lockhart Street'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Mr Obeng,

Thank you for taking part in the advocacy exercise as part of the second stage of our pupillage process.

Unfortunately your score on the exercise was below the mark required to proceed. The assessors noted that your plea in mitigation was well structured but that you did not deal with the aggravating features of the offence, and that the submissions ran substantially over the time allowed.

We wish you all the best.

Pupillage Committee
Brackwell Chambers`, 'Pupillage - advocacy exercise'),

  rej('final', ['generic'], { ...offered },
    `Dear Amira,

Thank you for attending our second-round interview. The panel found it a difficult decision, but I'm sorry to tell you we will not be making you an offer of pupillage this year.

You interviewed well and should take real encouragement from reaching the final round. We offer written feedback to all second-round candidates - let me know if you'd like it.

Kind regards,
Julian Ashcombe KC
Chair, Pupillage Committee, Queen's Row Chambers`, 'Pupillage - second round'),

  rej('final', ['profile_mismatch'], {},
    `Dear Dylan,

Thank you for attending our assessment day for the 2029 training contract, including the group exercise, written case study and partner interview.

We have now made our decisions and I regret that we will not be offering you a training contract. The competition was fierce, and candidates who were successful were able to show a greater depth of commercial awareness and motivation for our practice areas.

Best wishes for your future,

Elodie Mercer
Early Careers Manager, Hallam Whitcombe`, 'Assessment Day - outcome'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Pranav,

Thanks for taking my call this morning. As mentioned, the firm's paralegal-to-trainee route needs candidates to have completed SQE1 before the September intake, and as you're sitting it in January I'm not able to put you forward this round.

Thanks again
Josie Kirwan | Legal Recruitment | Brightlaw Talent`, 'Paralegal/Trainee - Hartnell & Co'),

  rej('interview', ['position_filled'], {},
    `Dear Ms. Lindqvist:

Thank you for interviewing for a term clerkship in my chambers. I enjoyed our conversation.

I write to let you know that I have filled my clerkship positions for the 2028-2029 term and so cannot extend an offer to you. I wish you every success in your career.

Sincerely,

Judge Harriet M. Cole
United States District Court`, 'Clerkship'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying for a law clerkship with the Court. The judges have completed their review of applications for the 2027 cohort. Regrettably, you were not selected for interview.

Registry of the Court of Appeal
This is an automatically generated email.`, 'Law Clerk Programme 2027'),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Dear Thandiwe,

Thank you for attending the final interview for candidate attorneys at Mokoena Barnard Inc. in Sandton.

I'm sorry to let you know that you have not been successful this time. The partners were impressed with your academic record, but articles in our litigation department require a valid driver's licence and some exposure to High Court practice, and your application showed neither.

We will keep your details for the next intake in January.

Regards,
Lerato Ntuli
HR Manager`, 'Candidate Attorney - final interview'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Jake,

Thank you for completing the Watson Glaser critical thinking test and the situational judgement test for our training contract.

Unfortunately you did not reach the benchmark score on the Watson Glaser (your percentile was below the cut-off we apply), so we will not be progressing your application to the video interview.

If you'd like to discuss your results, our team can arrange a short call.

Graduate Recruitment | Sterne Molloy LLP`, 'Your training contract application'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Wei Ling,

Thank you for the interview for the Legal Executive (Trainee) post. We appreciated the time you took to speak with us.

After deliberation, we found that another applicant's background fitted our conveyancing team more closely, so we will not proceed with your application. We would be glad for you to apply for future vacancies with the firm.

Yours sincerely,
Tan & Rajaratnam LLC, Singapore`),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant,

Thank you for applying for the Junior Counsel (Employment) position. We are unable to progress your application because the role requires a minimum of three years' post-call experience in employment tribunals and your application shows one year.

Kind regards,
Recruitment, Halberd Legal Services`),

  rej('final', ['position_filled'], {},
    `Dear Kwame,

Thanks for the final interview with the hiring committee for our in-house Trainee Solicitor role. I'm writing to let you know that we have offered the position to another candidate and they have accepted.

Best of luck with your search,

Kerry-Ann Douglas
Talent Partner, Farrowdale Energy plc`, 'Trainee Solicitor - Farrowdale'),

  rej('interview', ['culture_fit', 'profile_mismatch'], { ...fb },
    `Dear Conor,

Following your interview with the members of our Pupillage Committee, I must tell you that we will not be inviting you to the next stage.

The panel were conscious that ours is a small, largely publicly-funded criminal set and that much of your answer on why you'd chosen the Bar focused on commercial work; they were not persuaded that you would thrive in the way we practise. Others who interviewed showed more commitment to criminal defence.

With best wishes,
Clerk to the Committee
Castlegate Chambers, Dublin`, 'Pupillage - Castlegate Chambers'),

  // ── Medicine and health
  rej('application', ['generic'], {},
    `Dear Dr Mensah-Bonsu,

Application Reference: CST-26-004417
Core Surgical Training - Round 1

Thank you for applying to Core Surgical Training. Your application has been scored against the national self-assessment criteria and verified. I regret to inform you that your score was not high enough for you to be invited to the interview stage in this recruitment round.

Further information about the scoring process is available on the national recruitment website.

Recruitment Office
This mailbox is not monitored.`, 'Core Surgical Training - Round 1 - Outcome'),

  rej('interview', ['generic'], { ...door },
    `Dear Applicant,

Thank you for your participation in the 2027 Main Residency Match and for interviewing with the Internal Medicine Residency Program at St. Brendan's Regional Medical Center.

Our rank list has been certified. We wanted to let you know, as a courtesy before Match Week, that we were not able to rank you in a position where a match with our program is likely.

We were glad to meet you and wish you the best. Please consider us again for fellowship in the future.

Office of Graduate Medical Education`, 'IM Residency - courtesy update'),

  rej('application', ['location'], { ...fb },
    `Dear Dr. Kaur,

Thank you for your interest in our Family Medicine residency program. Unfortunately, we are unable to consider your application as our program only sponsors J-1 visas and you have indicated that you require H-1B sponsorship.

We wish you luck in the Match.

Program Coordinator
Valley Ridge Family Medicine Residency`, 'Family Medicine Residency - Application'),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Dear Dr Fitzgerald,

Fellowship in Paediatric Cardiology - Children's Health Ireland

Thank you for attending the interview day, including the hospital visit and the panel with our consultant body. I regret to inform you that you have not been selected for the post commencing July 2027.

The panel placed greater weight on candidates with more extensive fetal echocardiography exposure. I would be pleased to arrange a meeting with the Programme Director if you would like feedback on your application and interview.

Yours sincerely,
Dr Aoife Bracken
Consultant Paediatric Cardiologist and Fellowship Lead`),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Chiamaka, thanks for the call earlier. As I said on the phone, the client trust can only book locums with a current ALS certificate for the ED night shifts and yours expired in August, so I can't submit you for those shifts this week. Shout when it's renewed. Dan, Meridian Medical Staffing`),

  rej('assessment', ['generic'], {},
    `Dear Mr Iyer,

Thank you for your application to the Specialty Training programme in Clinical Radiology. Following the Multi-Specialty Recruitment Assessment (MSRA), we regret that you have not been shortlisted for interview.

Please note that we are not able to enter into correspondence regarding individual scores.

National Recruitment Office for Clinical Radiology`, 'ST1 Clinical Radiology - shortlisting outcome'),

  rej('application', ['generic'], {},
    `Dear Applicant

Thank you for applying for the Senior Clinical Fellow in Emergency Medicine (Ref 293-EM-0712). We regret to inform you that on this occasion you have not been shortlisted. We receive a high number of applications and are unable to provide feedback to applicants who are not shortlisted.

Thank you for your interest in working for Ashgrove University Hospitals NHS Foundation Trust.

TRAC Jobs on behalf of the Trust. Please do not reply to this email.`, 'Application update: Senior Clinical Fellow in EM'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Dr. Naidoo,

Thank you for interviewing for the Registrar in Anaesthesia post at Groote Valley Hospital.

The panel has decided not to appoint you at this time. The main concern was that your obstetric anaesthesia logbook was short of the number of independent spinal anaesthetics we expect of a registrar joining the on-call rota. We would welcome a future application once you have that exposure.

Regards,
Dr. S. Pillay
Head of Department: Anaesthesia`, 'Registrar (Anaesthesia) - interview outcome'),

  rej('final', ['overqualified', 'location'], { ...fb },
    `Dear Dr Abernethy,

Thank you for coming out to Mungindi for the two days and for meeting our staff and the community board.

After a lot of thought we have decided not to offer you the Rural Generalist Registrar position. Frankly, with your fellowship and your years as a senior staff specialist you'd be well beyond the scope of this role, and we worry it wouldn't hold you. The board was also not confident that the family move from Sydney you mentioned could happen before the start date.

Cheers and thank you again,
Margaret Tully
Practice Manager, Mungindi Rural Health Service`, 'Rural Generalist Registrar'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Nurse Okonjo,

Thank you for completing the medication calculation test as part of your application for the Staff Nurse (Band 5) bank. Unfortunately you scored 80%, and a score of 100% is required to join the bank. We cannot progress your application further at this time.

You may reapply after 3 months.

Bank Office, Thornwick Community Health`, 'Bank Staff Nurse - numeracy test'),

  rej('final', ['generic'], {},
    `Dear Dr Rahman,

Re: Credentialing and Scope of Clinical Practice - Visiting Medical Officer (Orthopaedics)

The Medical and Dental Appointments Advisory Committee considered your application, referees' reports and the interview report at its meeting on 12 November. The Committee has resolved not to recommend your appointment.

You have the right to seek a review of this decision in accordance with the By-Laws.

Yours faithfully,
Executive Director of Medical Services
Kingsbury Private Hospital`, 'VMO credentialing - outcome'),

  rej('application', ['role_closed'], {},
    `Hi Maeve,

Thanks for applying for the Clinical Research Fellow (Hepatology) post. I'm sorry to say the post has been withdrawn - the grant that was going to fund it was not renewed - so we will not be able to take applications any further.

Sorry to bring such news,
Dr Harry Osei
Liver Unit, Wexford General`),

  rej('interview', ['generic'], {},
    `Dear Dr. Venkataraman,

Thank you for appearing for the interview for the post of Senior Resident (Cardiology) held on 21.10.2026.

We regret to inform you that your name does not figure in the select list.

Medical Superintendent
Sri Annapoorna Institute of Medical Sciences`, 'SR Cardiology - result of interview'),

  rej('application', ['profile_mismatch'], { ...door },
    `Thank you for your interest in the Foundation Programme placement at Corrib Clinic. Our placements are offered to applicants whose previous rotations best fit our community psychiatry service, and we did not place you this year. We hope you'll consider us for future rotations.

Student and Foundation Office, Corrib Clinic`),

  rej('interview', ['profile_mismatch'], {},
    `Dear Dr Yeo,

Thank you for attending the interview for Associate Consultant, Department of Geriatric Medicine.

We regret to inform you that your application was not successful. The interview panel has selected a candidate whose clinical profile better meets the current needs of the department.

Yours sincerely,
Human Resource Division
Eastbridge General Hospital (Singapore)`),

  rej('assessment', ['skills_gap'], { ...fb },
    `Dear Aleksandra,

Following your supervised clinical placement week with our physiotherapy team, we will not be offering you a place on our rotational Band 5 programme. Your supervisor's report notes that your respiratory assessment and chest physiotherapy skills need further development before you could work on the respiratory on-call rota, which is part of this rotation.

With best wishes,
Physiotherapy Department, Larchfield Hospital`),

  // ── Aviation, maritime, emergency services and forces
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Candidate,

Cadet Pilot Programme 2027 - Stage 2 Aptitude Assessment

Thank you for completing the online aptitude tests. Your results in the spatial orientation and multi-tasking modules were below the minimum standard required, and you will therefore not progress to Stage 3.

You may reapply after 12 months.

Pilot Recruitment
Harrier Airways`, 'Cadet Pilot Programme - Stage 2 result'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Rohan,

Thank you for coming to the simulator assessment at our training centre. I'm sorry to tell you that your sim profile did not meet the standard for the cadet programme - the assessors noted difficulty maintaining altitude and heading during the raw data approach, and the scan broke down once the engine failure was introduced.

If you'd like a call with one of the assessors to go through the sim report, just let me know.

Regards,
Captain Nadia Sørensen
Head of Pilot Selection, Nordwind Aviation Academy`, 'Simulator assessment'),

  rej('final', ['generic'], {},
    `Hello Precious,

Thank you for attending our Cabin Crew Assessment Day in Johannesburg. You reached the final interview of the day, and we know how much effort this took.

Unfortunately you have not been successful this time.

Kind regards,
Cabin Crew Recruitment
Springbok Skies`),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant,

Thank you for your interest in becoming Cabin Crew with us. Having reviewed your application we are unable to progress it because the role requires fluent spoken Arabic in addition to English, and your application lists Arabic at a basic level.

Best regards,
Talent Acquisition, Gulfair Connect`),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Mr Delaney,

Thank you for attending the Job Related Fitness Test. You did not achieve the required level on the multi-stage fitness test (level 5.4 required; you withdrew at level 4.9).

As a result, your application for the role of Police Constable cannot proceed. You may re-apply after six months.

Recruitment Team
Westmoor Police`, 'Police Constable - fitness test outcome'),

  rej('assessment', ['generic'], {},
    `Dear Ms Akintola,

I am writing to tell you that your application to become a Special Constable has been unsuccessful at the vetting stage. We are not able to give the reasons for a vetting decision.

Force Vetting Unit`, 'Vetting outcome'),

  rej('interview', ['generic'], { ...door },
    `Dear Callum,

Thanks for attending the interview for Firefighter (Wholetime). The standard of candidates was very high and on this occasion we will not be offering you a place on the training course.

We'd encourage you to stay in touch, and to apply again when we next open recruitment - you can also sign up for our have-a-go days.

Regards,
Recruitment, Firth Valley Fire and Rescue Service`, 'Wholetime Firefighter recruitment'),

  rej('final', ['generic'], { ...offered },
    `Officer Cadet Arjun Bhatt,

Following the Admiralty Interview Board, I regret to inform you that you have not been selected for officer training on this occasion. Your Careers Adviser will be able to discuss your board report with you if you wish.

Officer Recruitment`, 'AIB result'),

  rej('screen', ['location'], { ...fb },
    `Hi Santiago,

Thanks for the chat earlier about the Coastguard Rescue Officer role. As discussed, volunteers need to live or work within 20 minutes of the station at Port Ellery, and your address in Carrow is around 45 minutes away, so I'm not able to take your application forward for this team.

Best,
Station Officer, Port Ellery Coastguard Rescue Team`),

  rej('application', ['generic'], {},
    `Thank you for applying to the Direct Entry Sub-Lieutenant scheme.

We have now completed initial sifting. You have not been selected to proceed further.

Do not reply to this email.`, 'Application status update'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Grace,

Thank you for taking part in the physical ability test for Firefighter recruitment.

Unfortunately you were unable to complete the ladder climb within the required time, so you will not move on to the interview stage. This is not the end of the road: many successful firefighters pass on their second or third attempt, and you are welcome to apply in our next campaign.

Kind regards,
Tamsin Howell
Positive Action Officer`, 'PAT result'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Mr Lim,

We refer to your interview for the Deck Cadet Programme. We regret to inform you that your application has been unsuccessful. The interview panel noted that you do not yet hold the required Class 1 medical certificate and your mathematics result did not meet the minimum grade.

Yours faithfully,
Crewing Department
Straits Maritime Services Pte Ltd`),

  rej('final', ['assessment'], { ...fb, ...door },
    `Dear Candidate,

Outcome of Officer Selection Board - Reference OSB/26/339

You attended the four-day Officer Selection Board at the Defence Academy. The Board has assessed you as not suitable for officer training at this time. You met the standard in the command tasks and interviews, but your planning exercise score was below the pass mark.

You may re-attend the Board after 12 months.

Officer Selection Board Secretariat`),

  // ── Academia and research
  rej('application', ['generic'], {},
    `Dear Dr. Ferreira,

Thank you for applying to the tenure-track Assistant Professor position in Comparative Literature (Search #F26-0331). The search committee received more than 400 applications and has now produced a long list for preliminary video interviews. I regret to inform you that your application is not among them.

Because of the number of applications, we are unable to offer individual feedback. We appreciate your interest in our department and wish you the best.

Sincerely,
Prof. Linnea Haugen
Chair, Search Committee
Department of Comparative Literature, Westbrook University`, 'Search F26-0331'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Dr Mukherjee,

Lecturer in Human Geography (Ref. HG-0842)

The shortlisting panel met on 2 December. I am sorry to tell you that you have not been shortlisted for interview. The panel was looking for a research profile aligned with our urban political ecology cluster, and others on the long list matched this more closely.

We hope you will keep an eye on our vacancies, as we expect to advertise further posts in the coming year.

With kind regards,
Professor Ruth Calloway
Head of School, School of Geography, Ellesmere University`, 'Lecturer in Human Geography - shortlisting'),

  rej('interview', ['profile_mismatch', 'position_filled'], { ...offered },
    `Dear Kenji,

I wanted to thank you for the job talk and your meetings with the faculty last month. People really enjoyed the Q&A.

The department voted last week and we have made an offer, which has been accepted, to a candidate whose work in computational phonology overlaps more directly with our graduate programme's needs. I'm sorry it isn't better news. If you'd like to talk through how the committee saw your file, I'm glad to set up a call.

Best,
Marisol Ortega
Professor and Search Chair, Linguistics`, 'Linguistics search'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Ye-jin,

Thank you for the Zoom chat on Monday - I enjoyed hearing about your crystallography work.

After thinking it over, I don't think I can offer you the postdoc: the project needs someone who can run the single-particle cryo-EM pipeline independently from the first month, and as we discussed, you haven't yet worked with cryo-EM data.

Good luck with the search,
Dr. Anselm Richter
Group Leader, Institute for Structural Biology`, 'Postdoc in the Richter lab'),

  rej('interview', ['position_filled'], { ...offered },
    `Dear Olamide,

Many thanks for attending the interview for the fully funded PhD studentship "Soil microbiomes under drought stress". The competition for this studentship was intense, and I regret to let you know that we have offered it to another applicant.

Should you wish, I am happy to provide some informal comments on your interview.

Best wishes,
Dr Fiona Gallacher
Doctoral Training Partnership Office`, 'PhD studentship - interview outcome'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Early Career Research Fellowships 2027

Thank you for your application. The Fellowship Panel has now completed its assessment, and I am sorry to tell you that your application was not successful. The Trust received 612 applications and was able to fund 24.

Owing to the volume of applications we regret that we cannot provide feedback.

The Penhallow Trust | Registered charity 1040012`, 'Early Career Research Fellowships 2027 - outcome'),

  rej('interview', ['internal_candidate'], {},
    `Dear Ms Oyelaran,

Thank you for your presentation and interview for the post of Curator, Textiles and Dress.

The panel has decided to appoint from within the museum's existing curatorial team, and so I am writing to let you know that your application has not been successful on this occasion.

Yours sincerely,
Dr Hugh Merriman
Keeper of Decorative Arts, Calderbrook Museum`, 'Curator, Textiles and Dress'),

  rej('assessment', ['profile_mismatch'], { ...offered },
    `Dear Dr Haddad,

Thank you for delivering the teaching demonstration for the Teaching Fellow in Economics post. The panel members appreciated your preparation.

Having reviewed the demonstrations, the panel has not taken your application further: other candidates were judged to be a better fit for what the programme needs. I would be glad to share more detail if you get in touch.

Best regards,
Dr Tessa Quinlan, Director of Education`, 'Teaching Fellow in Economics'),

  rej('application', ['role_closed'], { ...door },
    `Dear Applicant,

The Department of Physics and Astronomy regrets to announce that the search for the Assistant Professor of Experimental Condensed Matter Physics (Position #4471) has been cancelled due to university budget constraints. No appointment will be made and applications will not be reviewed further.

We anticipate reopening the search in a future year and would welcome your application at that time.

Faculty Affairs, Lakehead State University`, 'Position #4471 cancelled'),

  rej('application', ['overqualified', 'profile_mismatch'], { ...fb },
    `Dear Professor Obi,

Thank you for your application for the Senior Research Assistant post in our laboratory. With respect, this is a junior fixed-term role for an early-career researcher, and with your experience as an established principal investigator, the panel felt you would be over-qualified for it. We also took forward candidates whose training was closer to the day-to-day bench work involved.

Kind regards,
Recruitment Office, Faculty of Medicine, Eastgate University`),

  rej('application', ['position_filled'], {},
    `hi - sorry, the postdoc ad on the lab website is out of date, the position was filled back in september. thanks for the interest. - Mateus`, 'Re: postdoc position'),

  rej('screen', ['generic'], { ...door },
    `Dear Ms Flanagan,

Thank you for the phone conversation about adjunct teaching in our Writing Program this spring. After review, we won't be able to offer you sections this term.

We will keep your CV on file and contact you if sections become available in the fall.

Gratefully,
Marcus Tillery
Writing Program Coordinator, Bayview Community College`, 'Adjunct Writing sections'),

  // ── Sport and kitchens
  rej('assessment', ['generic'], { ...door },
    `Hi Tyrese,

Thanks for coming down for the two-week trial with the U18s. The coaches enjoyed having you around and you worked really hard.

We won't be offering you a scholarship place for next season, but we'll keep watching your progress and might invite you back for another look in the new year.

All the best,
Academy Recruitment
Kingsmere Rovers FC Academy`, 'Academy trial'),

  rej('interview', ['profile_mismatch', 'position_filled'], {},
    `Dear Siobhan,

Thanks for interviewing for the Head Coach (Women's Senior) role and for the session you presented to the committee.

The committee has appointed a coach with more experience at the All-Ireland level, and they have now accepted the position. Thank you for your interest in the club.

Regards,
Club Secretary, St. Fintan's GAA`, "Head Coach - Women's Senior"),

  rej('assessment', ['profile_mismatch', 'position_filled'], { ...door },
    `Hey Luca,

Thanks so much for the stage on Saturday - you kept your head on a busy service. We've decided to go with one of the other cooks who came in this week; her background is more in the kind of fermentation and wood-fire cooking we do, and she has accepted the job.

Door is always open here, come eat with us and keep in touch if you're looking again in spring.

Chef Ingrid
Haar Restaurant, Leith`, 'stage'),

  rej('assessment', ['skills_gap'], { ...fb },
    `Dear Mr Dupont,

Thank you for attending the blind tasting and service exercise for the Head Sommelier position at The Aldwych Grill.

We regret that we are unable to take your application further. For this role we require Advanced Sommelier certification (or equivalent) and significant experience building a wine list of more than 600 bins, which your application does not yet show.

Kind regards,
Harriet Gould
Group Beverage Director`, 'Head Sommelier - The Aldwych Grill'),

  rej('screen', ['generic'], {},
    `Hi Divya, thanks for chatting with me on the phone about the junior sous chef job. We have decided not to move forward with you for the kitchen trial. Wishing you luck. - Eamon, Kitchen Manager, Blackthorn Hotel`),

  rej('screen', ['skills_gap', 'location'], { ...fb, ...offered },
    `Dear Pieter,

Thank you for speaking with me on Tuesday about the Strength and Conditioning Coach role with the Highveld Lions. We won't be taking your application to the panel. Your background is mostly in endurance sport rather than collision sport, and we need the person in this role to be based in Pretoria from January, which you said wasn't possible for family reasons.

Happy to share a bit more if helpful - just reply.

Regards,
Nomvula Sithole
Performance Department`, 'S&C Coach - Highveld Lions'),

  rej('application', ['generic'], {},
    `Thank you for applying for Performance Analyst (Academy) at Bellbrook City FC. We've reviewed your application and won't be progressing it at this time. We're not able to give individual feedback due to the volume of applications received.

Bellbrook City FC Recruitment | This is an automated message`, 'Your application - Performance Analyst (Academy)'),

  rej('interview', ['generic'], { ...door },
    `Dear Hamza,

Thank you for attending the interview and practical assessment for our Referee Development Academy. We're sorry to say you have not been selected for this intake.

Please keep refereeing and apply again next season - we'd like to see your application.

Referee Development Officer
Eastern Counties FA`, 'Referee Development Academy'),

  rej('application', ['role_closed'], {},
    `Dear Applicant,

Re: Kitchen Brigade - Chef de Partie (Pastry), Marlow Park Hotel

Please note that the above vacancy has been withdrawn following a restructure of the hotel's food and beverage operation. We are therefore unable to consider your application.

Thank you for your interest.
Marlow Park Hotel People Team`),

  // ── Paused processes
  hold('interview', ['role_closed'], {},
    `Dear Marcus,

Thank you again for auditioning for "The Lantern Keepers" in September.

I'm writing to everyone we saw for the 2027 season to explain that the theatre's board has postponed the whole season by around six months while the funding settlement from the Arts Council is confirmed. No casting decisions have been made, and you are still very much in the mix for Tobias. We will be back in touch as soon as we have new dates - we appreciate your patience, and we're sorry for the long wait.

Best wishes,
Clemency Harte
Casting Director, The Old Granary Theatre`, 'The Lantern Keepers - update on casting'),

  hold('final', ['role_closed'], {},
    `Dear Aisha,

Training Contract 2029 - update

Thank you for attending our assessment centre last month. As you may have seen in the legal press, the firm has agreed to merge with Beaumont Hale, and as a result the partnership has decided to defer decisions on the 2029 training contract intake until the combined trainee numbers are agreed, which we expect in early spring.

Please be assured that your application has not been rejected and remains under consideration. I will update you by 28 February at the latest.

Kind regards,
Graduate Recruitment
Penrose Ashby LLP`, 'Training Contract 2029 - update'),

  hold('final', ['role_closed'], {},
    `Dear Dr. Osei-Bonsu,

I am writing on behalf of the search committee for the Assistant Professor of Public Health position, for which you completed a campus visit in February.

The university has announced a hiring pause for all faculty lines pending the state budget, and our search has been suspended. The committee has not made a decision, and your candidacy remains active. If the line is released, we expect to resume where we left off.

I'm sorry for the uncertainty.

Sincerely,
Rebecca Klein, PhD
Search Committee Chair, College of Public Health`, 'Faculty search - suspension'),

  hold('assessment', ['role_closed'], {},
    `Dear Candidate,

Police Constable Degree Apprenticeship - Intake 3

Thank you for successfully completing the fitness test. Due to a review of the force's budget for 2027/28, the next stages of recruitment for Intake 3 (interview, medical and vetting) have been put on hold. Your application is paused at its current stage and you do not need to do anything. We will contact you when recruitment restarts.

Recruitment Team, Hartmoor Constabulary`, 'PCDA Intake 3 - recruitment paused'),

  hold('application', ['generic'], {},
    `Hi Bilal, thanks for your patience. The Head Chef has been off sick so we haven't been able to arrange trial shifts yet - nothing has been decided and I'll be back to you with a date as soon as she's back, hopefully in a couple of weeks. Sorry for the delay. Jo, Moss & Ember`, 'trial shift'),

  // ── Look-alikes
  other(`Dear Lorcan,

Thank you for your submission for "The Glass Tenant". We are delighted to invite you to audition for the role of FINN.

Date: Wednesday 14 January
Time: 11:40 (please arrive 15 minutes early)
Venue: Studio 3, Harcourt Rehearsal Rooms, London SE1

Please prepare the attached sides and a contemporary monologue of no more than two minutes. Unfortunately we are not able to offer alternative times, so please confirm your attendance by Friday.

Best,
Astrid
Cole & Varga Casting`, 'AUDITION - The Glass Tenant - FINN'),

  other(`Hi Bea! Great news - the director would like to see you again for Nell at the recall on Tuesday 20th, 2.15pm, same rooms. New sides attached, and they'd like you to sing 16 bars of something folk-ish. Let me know asap! Rosa (Harwell Agency)`, 'RECALL - Nell'),

  other(`Dear Dr Abiodun,

Assistant Professor in Environmental History (Search 2026-118)

I am pleased to let you know that the search committee has placed you on the long list for this position. We would like to invite you to a 30-minute video interview with the committee during the week of 12 January.

Unfortunately we cannot cover travel this early in the process, which is why this round is online. Please use the link below to choose a slot.

Warm regards,
Prof. Dana Whitlock
Chair, Search Committee`, 'Search 2026-118 - long list'),

  other(`SELF-TAPE BRIEF

Project: "Harbour Lights" (Feature)
Role: JESS (20s-30s, Geordie)
Deadline: Monday 9am

Please record both scenes with a reader off camera. Slate with your name, agent and height at the start. Landscape only, no more than 4 minutes in total. Upload via the link - do not email files.

We regret that we can only respond to those who are shortlisted.

Thanks, Lindisfarne Casting`, 'Self tape request - HARBOUR LIGHTS - JESS'),

  other(`Dear Ms Ward,

Firefighter Recruitment 2027 - Joining Instructions: Physical Tests

Congratulations on passing the online tests. You are invited to attend the physical tests on Saturday 7 February at the Training Centre, Birch Lane.

Please bring: photo ID, sports clothing and trainers, water, a packed lunch.
Please complete the attached PAR-Q health questionnaire and bring it with you. Unfortunately candidates who arrive without a completed questionnaire cannot be tested on the day.

Kind regards,
Recruitment, Lowfield Fire and Rescue Service`, 'Physical tests - joining instructions'),

  other(`Dear Applicant,

To progress your application for the role of Police Community Support Officer, please complete the vetting form at the link below within 14 days. You will need details of your addresses for the last five years, and of family members and co-residents.

Please note that failure to complete the form in time may delay your application.

Force Vetting Unit - do not reply to this email`, 'Vetting form - action required'),

  other(`Dear Ms Akhtar,

Pupillage 2028 - First Round Interview

Thank you for your application. I am pleased to invite you to a first-round interview at Chambers on Thursday 12 March.

09:30 - arrive and sign in with the clerks' room
09:45 - 10 minutes to read a short problem question
10:00 - interview with three members of the Pupillage Committee (20 minutes)

If you require any reasonable adjustments, please let me know.

Yours sincerely,
Ben Oduya
Pupillage Secretary, 11 Tower Court Chambers`, 'Pupillage - first round interview'),

  other(`Specialty Recruitment - Round 1 offers

Dear Applicant,

Thank you for attending interview. Initial offers for Round 1 will be released on Thursday 27 March from 5pm via the online portal. We appreciate your patience in the meantime. Unfortunately we are unable to give out any information about outcomes before that date.

Recruitment Office`, 'Round 1 offers - release date'),

  other(`Dear Chidi,

Thank you for your audition for our MA Musical Theatre. Although we are unable to offer you a place outright at present, we are pleased to offer you a place on our waiting list. Waiting-list places are offered in rank order as places become available, usually between May and August.

Please reply by 1 April to let us know whether you would like to remain on the list.

Kind regards,
Admissions, Northern Conservatoire of Music and Drama`, 'MA Musical Theatre - waiting list'),

  other(`Dear Mr Adebayo,

I am delighted to write on behalf of the Pupillage Committee to offer you pupillage at Ravensworth Chambers, commencing October 2027, with an award of £55,000.

The offer is conditional on your successful completion of the Bar course and on satisfactory references. Please let me know within 14 days whether you accept.

With congratulations,
Hester Moy KC
Head of Pupillage`, 'Offer of pupillage'),

  other(`Congratulations, Dr. Mahlaba!

You have MATCHED to the General Surgery Residency Program at Fairhaven University Hospital, beginning July 1, 2027. Your contract and onboarding documents will follow from the GME office within ten business days.

We're thrilled to welcome you.

Program Director, General Surgery`, 'Match Day - welcome to Fairhaven!'),

  other(`Hi Chris,

Can you have a look at this and tell me if it's worth asking for feedback? Mehdi got it yesterday and he's gutted.

---------- Forwarded message ----------
From: Pupillage Committee <pupillage@harcourtbuildings.example>
Date: Mon, 9 Nov 2026 at 16:02
Subject: Pupillage 2028

> Dear Mehdi,
> Thank you for attending the second-round interview. I am sorry to let you know that you have been unsuccessful on this occasion.
> Yours sincerely, Pupillage Committee

thanks,
Nadia`, 'Fwd: Pupillage 2028'),

  other(`THE CALLSHEET - Issue 41

This month: "I was unsuccessful at eleven auditions before my first job" - Mariam Sayegh on her long road to the National. Plus: how to light a self-tape in a small flat, Equity's new guidance on unpaid recalls, and the autumn casting calendar.

Read online | Unsubscribe | You're receiving this because you signed up at thecallsheet.example`, 'The Callsheet: the auditions nobody talks about'),

  other(`Dear Sinéad,

Thank you for asking for feedback following your interview for the Speech and Language Therapy Fellowship. I have arranged a 20-minute call with Dr Keane, who chaired the panel, on Wednesday 4 March at 1pm. She will ring you on the number you gave us.

Kind regards,
Medical Education Administrator`, 'Feedback call - SLT Fellowship'),

  other(`Dear Ms Ahuja,

Thank you for inviting me to attend the second-round interview on 19 March. Unfortunately, having accepted an offer elsewhere, I must withdraw my application for a training contract with Kilbride Norton. I'm grateful for the time the team spent on my application and hope our paths cross again.

Kind regards,
Ruairi Gallagher`, 'Withdrawal of application - Ruairi Gallagher'),

  other(`New casting calls matching your profile (3)

- Feature film, "The Weir" - Male, 25-35, Irish accent - Dublin
- Short film - Playing age 20-30, any gender - paid, expenses covered
- Corporate video - Presenter, RP - London

Unfortunately some listings close within 48 hours, so apply early.
Manage your alerts | Unsubscribe`, '3 new casting calls for you'),

  other(`The Pupillage Gateway opens on 8 January. Sets of chambers listed this year have committed to respond to every applicant, whether or not they are successful. Read our guide to the paper sift and the first-round interview, and book a place at our online Q&A with junior tenants.

Bar Futures Network newsletter | Unsubscribe`, 'Gateway opens 8 January - get ready'),

  other(`Dear Yasmin,

Thank you for applying for the Summer Vacation Scheme 2027 at Blackwood Pryor LLP. We confirm receipt of your application.

Applications will be reviewed after the closing date of 31 January, and we aim to let you know the outcome by the end of February. Owing to the number of applications we receive, we are unfortunately unable to respond to individual queries about progress.

Graduate Recruitment Team`, 'Application received - Summer Vacation Scheme 2027'),

  other(`Dear Dr. Ashworth,

Thank you for your application for the position of Assistant Professor of Music Theory. The committee is still reviewing a large pool of applications and we expect to contact candidates for first-round interviews in late November. We appreciate your patience and will be in touch either way.

Music Department, Carrow College`, 'Music Theory search - status'),

  other(`Dear Zanele,

We are pleased to invite you to our Cabin Crew Assessment Day on 22 October in Cape Town (venue details attached).

Please arrive in business attire with your passport, your CV and a recent photograph. The day will include a reach test, a group exercise and a one-to-one interview. Unfortunately we cannot reschedule, so let us know by return if you cannot attend.

Cabin Crew Recruitment
Karoo Air`, 'Invitation - Cabin Crew Assessment Day'),

  other(`Hi Ananya,

Your simulator assessment is confirmed for Tuesday 3 March at 14:00 at the Crawley training centre (Bay 4, A320 FFS). You will fly as pilot flying with an assessor in the right seat. Pre-read attached.

Best of luck,
Pilot Recruitment Coordinator`, 'Simulator assessment - booking confirmation'),

  other(`Hi Dr Bassey, shifts confirmed for you at Northgate ED: Fri 12th and Sat 13th, 20:00-08:00, rate as agreed. Unfortunately there's no parking on site so please use the multi-storey. Timesheet link to follow. Cheers, Leanne - Kestrel Locums`, 'Shifts confirmed - Northgate ED'),

  other(`Dear Dr Sandhu,

Re: Application for Clinical Privileges - Cardiothoracic Surgery

The Credentialing Committee will consider your application at its meeting on 18 March. Before then, please provide:
1. Your logbook for the last 24 months, signed by your clinical director
2. Evidence of current indemnity cover
3. A second professional reference

Unfortunately the Committee cannot consider incomplete applications, so please send these by 6 March.

Medical Administration, Linden Private Hospital`, 'Clinical privileges - documents required'),

  other(`Dear Candidate,

Your pre-employment medical for the role of Police Constable has been booked for 10:30 on Monday 2 February at Occupational Health, Eastway House. Please bring your glasses or contact lenses if you wear them, and a list of current medication.

If this appointment is not convenient, please let us know at least 48 hours in advance.

Occupational Health Unit`, 'Medical appointment'),

  other(`Welcome to the team, Oisín!

Your Coastguard Rescue Officer induction is on Saturday 7 March at the station, 09:00. Please bring two forms of ID and wear comfortable clothes. Your kit will be issued on the day.

See you then,
Coastguard Area Commander's office`, 'Coastguard induction'),

  other(`Dear Dr. Mwangi,

We are looking forward to your campus visit for the Assistant Professor of Ecology position. Your itinerary:

Thursday
7:30 breakfast with Prof. Dale (search chair)
9:00 - 12:00 meetings with faculty
12:00 lunch with graduate students
2:00 job talk (50 min + questions), Room 104 Hollis Hall
4:00 meeting with the Dean

Friday
9:00 teaching demonstration (BIO 210)
11:00 departure

Unfortunately the hotel cannot check you in before 3pm. Please keep your receipts for reimbursement.

Best,
Department of Biology`, 'Campus visit itinerary'),

  other(`Dear Efua,

Thank you for applying for the PhD studentship in Quantum Materials. We would like to invite you to an interview on Teams on 17 February at 10:00 GMT. The panel will consist of your prospective supervisors and an independent chair. You will be asked to give a 10-minute presentation on a piece of research you have done.

Please confirm by replying to this email.

Postgraduate Admissions, Fenwick Institute`, 'PhD interview invitation'),

  other(`Dear Dr Petrova,

You have been shortlisted for the Postdoctoral Research Associate post (Ref PRA-2291). Please supply the names and contact details of three referees by Friday; we will only contact them after the interview.

Best regards,
HR Services, Stanmore University`, 'Referees - PRA-2291'),

  other(`hi Tom, chef wants you in for a stage friday, 2pm til close. bring knives and whites, you'll be on garnish with Kieran. no worries if you can't make it, just let me know. - Alice, Foxglove`, 'stage friday?'),

  other(`Dear Mr Larsson,

Unfortunately, because of an unexpected change in the restaurant's opening schedule, we have had to move your tasting from Monday to Wednesday 11 March at 3pm, same format: a blind flight of six wines and a service scenario. I'm sorry for the inconvenience - please let me know if this doesn't suit.

Regards,
Beverage Team, Calder & Vine`, 'Tasting - new date'),

  other(`Hi Mrs Okafor,

We'd like to invite Daniel (U14) to a trial at our academy over three training sessions starting Tuesday 17 February, 6-7.30pm, Pitch 2. Please bring shin pads, boots for 3G and a water bottle. A parent or guardian should complete the consent form attached.

Thanks,
Academy Recruitment Officer, Haldon Town FC`, 'Academy trial invitation'),

  other(`Dear Ms Castellano,

Following your audition, the panel would like to invite you to a trial period with the orchestra (Sub-Principal Viola) from 4 to 15 May. Trial players are engaged at the section rate. The schedule and repertoire are attached.

We look forward to working with you.

Orchestra Management, Ravensdale Philharmonia`, 'Sub-Principal Viola - trial invitation'),

  other(`Dear Kofi,

We are thrilled to offer you a place in the company for the 2027/28 season. Your contract runs from 1 August to 31 May and is attached for your review. Please let us know by 15 April if you accept.

Welcome to the family!
Artistic Director, Southbank Contemporary Dance Company`, 'Company contract 2027/28'),

  other(`Dear Mr. Whitfield:

Thank you for meeting with me last week. I am pleased to offer you a position as a law clerk in my chambers for the term beginning August 2028. Please let my judicial assistant know within seven days whether you accept.

Sincerely,
Judge Rosalind Park`, 'Clerkship offer'),

  other(`Hi Amelie,

Thanks for applying to the News Trainee Scheme. We're always trying to improve how we recruit - could you spare three minutes for a short anonymous survey on the application form? Your answers won't affect your application in any way.

Take the survey

Early Careers, Meridian Broadcasting`, 'How was applying?'),

  other(`Dear Joseph,

We are pleased to confirm that your audition fee has been waived under our access scheme. You do not need to pay anything to book your first-round audition. Please choose a slot via the portal by 30 November.

Admissions, West Quay Drama School`, 'Audition fee waiver'),

  other(`Dear Farah,

Thank you for entering our Presenter Search. We've received your video and you'll hear from us whether or not you are shortlisted. We'll be in touch.

The Talent Team, Bright Street Productions`, 'We got your video!'),

  other(`Hi Naledi, you're confirmed for the Boldmark Bank commercial on Thursday - call time 6.30am at Dunkeld Studios, wardrobe fitting Wednesday 4pm. Unfortunately no parking on site. Congrats! Kev @ Zenith Talent`, 'CONFIRMED - Boldmark Bank'),

  other(`Dear Dr Hossain,

Foundation Programme 2027 - Allocation

You have been allocated to the North West Foundation School. Your individual programme (rotations and employing trust) will be confirmed by the Foundation School in the coming weeks. Unfortunately we cannot change allocations once released.

UK Foundation Programme Office`, 'Your Foundation School allocation'),

  other(`Reminder: Army Officer Briefing

Candidate: OCdt M. Reilly
Date: 23-24 April
Report to the guardroom by 1300. Bring your passport, running kit, smart civilian clothes and the completed pre-briefing questionnaire.

Unfortunately candidates who arrive late cannot take part. If you are unwell, contact your Candidate Support Manager as soon as possible.`, 'Reminder: Officer Briefing'),

  other(`Dear Professor Lindgren,

Thank you for letting me know the outcome of the search. I was of course disappointed, but I enjoyed meeting everyone during the visit and I learned a great deal from the conversations. I'd be grateful for any thoughts the committee might share, and I hope we'll cross paths at the conference in June.

With best wishes,
Tariq Haddad`, 'Re: Search outcome'),
];
