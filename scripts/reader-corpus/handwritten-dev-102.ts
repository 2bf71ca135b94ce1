/**
 * Messages from universities, research institutes, hospital research units, charities, foundations, think tanks,
 * museums, libraries, development banks and the UN system and other international organisations. These employers
 * speak their own language: shortlisting panels and person specifications, job talks and campus visits, written
 * assessments and competency-based interviews, rosters and databases for similar posts, grades and spine points,
 * grant funding that ends and posts that are re-advertised. Senders are HR offices, recruitment portals with merge
 * fields left in, search committee chairs, principal investigators writing two lines, and programme managers, from
 * Britain, the United States, India, Kenya, Nigeria, Switzerland and Australia. Declines come at every step; paused
 * processes wait on budgets, grants, strikes and trustees; look-alikes acknowledge, invite to tests and talks, confirm
 * roster placement, announce calls for proposals and ask for donations.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d102-');

export const HANDWRITTEN_DEV_102: readonly CorpusLine[] = [
  // ── Rejections: universities (UK)
  rej('application', ['generic'], {},
    `Dear {{Candidate.FirstName}},

Thank you for your application for the post of Lecturer in Criminology (Ref: HRB-04417).

The shortlisting panel has now met and I am sorry to tell you that on this occasion you have not been shortlisted for interview.

We appreciate the time and effort involved in preparing an application and thank you for your interest in working at the University of Harbridge.

Yours sincerely,
Recruitment Team
Human Resources, University of Harbridge

This is an automated message. Please do not reply to this address.`, 'Lecturer in Criminology - HRB-04417'),

  rej('application', ['profile_mismatch'], {},
    `Dear Ms Okonjo,

Re: Research Administrator, Faculty of Medical Sciences (Vacancy 118823)

Thank you for applying for the above post. We received a large number of applications and the panel assessed each of them against the essential and desirable criteria in the person specification.

I regret to inform you that you have not been shortlisted on this occasion, as other applicants demonstrated experience that more closely matched the criteria for this post.

Thank you again for your interest.

Kind regards
Gemma Threlfall
Recruitment Coordinator, People Services
Castlemere University`, 'Your application - Vacancy 118823'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Dr Whitcombe,

Thank you for your application for the Research Associate position in Computational Hydrology (Ref 5521-RA).

One of the essential criteria for the post is a PhD in hydrology, civil engineering or a closely related discipline, awarded or submitted by the start date. From your application it appears that your doctorate is in applied mathematics and that you have not yet worked with catchment models, which the project requires from day one. For this reason the panel was unable to shortlist you.

We wish you well with your future career.

Regards,
School of Engineering Recruitment
Pennant University`, 'Research Associate 5521-RA: outcome'),

  rej('interview', ['position_filled'], {},
    `Dear Hamish,

Thank you for attending interview for the post of Senior Library Assistant (Special Collections) on Tuesday 12 March.

The panel have now completed the interviews, and I am writing to let you know that the post has been offered to and accepted by another candidate.

Thank you for the time you gave to the process.

Best wishes
Ailsa Moffat
Library Services Manager
University of Dunmore Library`, 'Senior Library Assistant - interview outcome'),

  rej('final', ['internal_candidate'], {},
    `Dear Dr Castellanos,

Thank you very much for coming to Leckford last week, for your presentation to the department on coastal sediment transport and for your interview with the selection panel. Colleagues enjoyed the talk and the discussion afterwards.

The panel has now made its decision. After a very close contest, it has recommended the appointment of a colleague who currently holds a fixed-term teaching fellowship in the School, and she has accepted the post.

I know this will be disappointing, and I am grateful for the care you put into the day.

With best wishes,
Professor Rhiannon Gwynne
Head of School, Geography and Environment
University of Leckford`, 'Lectureship in Physical Geography'),

  rej('application', ['role_closed'], {},
    `Dear Mr Adebayo-Hart,

Research Assistant (0.6 FTE), Centre for Ageing Studies - Ref CAS/2291

I am writing about your application for the above post. I am sorry to say that the funding for this position was not renewed by the research council in its latest round, and the University has therefore withdrawn the vacancy. We will not be taking any applications further.

We apologise for any inconvenience and thank you for your interest.

Yours sincerely,
HR Services (Recruitment)
Westholme University`, 'CAS/2291 - vacancy withdrawn'),

  rej('interview', ['role_closed'], {},
    `Hi Naledi,

I wanted to write to you myself rather than let HR send the standard letter. Thank you for the interview on the 4th, you were one of the two people we wanted to see again.

Unfortunately we heard yesterday that the follow-on grant that would have paid for this postdoc was not funded. Without it I can't appoint anyone, so I've had to close the post. I'm really sorry.

All best,
Simon

Dr Simon Ferraby
Reader in Structural Biology
Institute of Molecular Medicine, Ashcombe`, 'postdoc position'),

  // ── Switzerland / international organisations
  rej('application', ['location'], { ...fb, ...door },
    `Dear Mr Ramírez Soto,

Thank you for your interest in the position of Programme Assistant (G5), Geneva.

Positions in the General Service category are recruited locally. Candidates must be residents of Geneva or the neighbouring French departments and must hold a valid Swiss work permit, or be eligible for a permit without sponsorship, at the time of application. As your application indicates that you currently live in Bogotá and do not hold a Swiss permit, we are unable to consider your candidacy further.

We encourage you to consult our careers page for international Professional positions, which are open to candidates of all nationalities.

Human Resources Management Section
International Council for Humanitarian Standards
Rue de Varembé 9, 1202 Genève`, 'Your application - Programme Assistant (G5)'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Candidate,

Job Opening 24-ECO-RGX-22716-R-NAIROBI (X)
Economic Affairs Officer, P-3

Thank you for taking part in the written assessment for the above job opening.

The written assessment was scored out of 100. Candidates needed a minimum of 60 points to be invited to the competency-based interview. Your score was 52. In particular, the data analysis exercise (Part B) was marked below the required standard. Consequently, you will not be considered further for this job opening.

We thank you for your interest in the Organization.

This message was generated by the recruitment system. Replies to this address are not monitored.`, 'Job Opening 24-ECO-RGX-22716 - Status of application'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Ms Wanjiru Kamau,

Reference: Vacancy Notice 2024/PRG/0317 - Programme Officer (Resilience), P-2, Kampala

Thank you for participating in the competency-based interview for the above position.

Following the interview and the hiring manager's assessment, the panel recommended candidates whose profiles more closely met the requirements of the post, and you have not been selected.

However, the panel found you suitable for positions at the P-2 level in this job family, and your name has been placed on the roster for future vacancies. Rostered candidates may be considered for similar posts without a further competitive process.

With best regards,
Talent Acquisition Unit
Global Food Resilience Programme`, 'Outcome of your application - VN 2024/PRG/0317'),

  // ── US academic searches
  rej('final', ['position_filled'], { ...door },
    `Dear Dr. Lindqvist,

On behalf of the search committee for the Assistant Professor of Environmental History, thank you once again for your campus visit in February. Your job talk on grazing commons in the Great Basin prompted one of the liveliest Q&A sessions of the season.

I am writing to let you know that the department has extended an offer to another candidate, who has accepted. This was an extremely difficult decision, and the committee wanted you to hear it directly from me rather than through the university system.

We hope you will keep an eye on our postings; we expect to search again in the 2025-26 cycle and I would be delighted to see your application.

Warmly,
Margaret O. Sayles
Professor and Chair, Search Committee
Department of History, Carrow State University`, 'Environmental History search'),

  rej('final', ['culture_fit'], { ...fb },
    `Dear Dr. Achterberg,

Thank you for visiting campus and for your teaching demonstration and job talk. After much deliberation the committee has decided not to move forward with your candidacy.

I want to be candid, since you asked for honest feedback at dinner. The department has spent the last four years building a studio-based, collaborative model for the design curriculum, and several colleagues felt that your approach, which you described as largely lecture-driven with individual assessment, would sit uneasily alongside it. That is a question of how we work rather than of your quality as a scholar.

Best regards,
Luis Ferrante
Chair, Department of Architecture
Ravenwood College`, 'Your candidacy'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Mr Baptiste,

Department Administrator (Grade 5) - School of Law

Thank you for your application. The panel noted that you have over fifteen years of experience in senior operational management, including leading a team of forty staff. This post is an entry-level administrative role with no line management, and the panel felt that it would not make use of your experience or hold your interest for long. We have therefore not shortlisted you on this occasion.

We would encourage you to look at our Grade 8 and Grade 9 vacancies, which may be a better match.

Kind regards
Recruitment Team, Ormsby University`, 'Department Administrator (Grade 5)'),

  rej('screen', ['salary'], { ...fb },
    `Hi Marcus,

Thanks for taking the time to talk to me yesterday about the Research Data Manager role.

As I mentioned on the call, the post is on Grade 7, spine points 30 to 34, which is £37,099 to £41,732. The University cannot appoint above the top of the advertised scale, and the figure you mentioned (£52k) is well beyond it. I'm afraid that means we won't progress your application to interview.

I'm sorry it didn't work out this time.

Regards,
Priyanka Shah
HR Business Partner, Faculty of Science
Kingsholm University`, 'RE: Research Data Manager - telephone call'),

  rej('interview', ['salary'], { ...fb },
    `Dear Mr Otieno,

Thank you for attending the interview for the position of Monitoring, Evaluation and Learning Manager at our Nairobi office.

The panel appreciated your knowledge of the programme. However, the salary you indicated in your interview (KES 620,000 gross per month) is considerably above the approved band for this position, which is fixed by our donor agreement. We are therefore unable to offer you the role.

We wish you every success.

Yours faithfully,
Mercy Achieng
Human Resources Officer
Tumaini Community Health Trust
P.O. Box 43110-00100, Nairobi`, 'MEL Manager - Interview Outcome'),

  rej('application', ['salary'], { ...fb },
    `Dear Dr Hollis,

Thank you for applying for the position of Library Systems Librarian.

You noted on your application form that you would not consider an offer below £48,000. The post is on Grade 6 and new appointments are normally made at the first point of the scale (£33,966), with a maximum of £38,205. As there is no scope to meet your expectation, we will not take your application forward.

With thanks,
Recruitment Office
Fenwick College Library, Oxbridge Road`, 'Library Systems Librarian'),

  rej('screen', ['overqualified'], { ...fb, ...door },
    `Dear Dr Raghavan,

Thank you for speaking with us on the phone on Friday regarding the position of Project Assistant (Field Surveys) at the institute.

As discussed, this is a project-based post funded for two years, mainly involving data collection and entry in the Anantapur and Kurnool districts. With your doctorate and eight years as a principal investigator, the committee feels you are far more experienced than the role requires, and that it would not be fair to you to offer it.

We will be advertising a Senior Research Fellow position soon and hope you will consider applying for that.

With regards,
Administrative Officer (Recruitment)
Deccan Institute for Rural Studies, Hyderabad`, 'Project Assistant - telephone discussion'),

  // ── PhD studentships
  rej('assessment', ['assessment'], { ...fb },
    `Dear Applicant,

Thank you for completing the written task for the funded PhD studentship in Computational Linguistics.

Submissions were marked independently by two members of the supervisory team against the published criteria. Your submission scored 11 out of 25; the threshold for interview was 16. The markers felt the literature review was thorough but that the research proposal section did not set out a testable question.

We will not be inviting you to interview on this occasion.

Doctoral College, Brennan University`, 'PhD studentship - written task'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Aoife,

Thank you for interviewing for the funded PhD place on the soil microbiome project.

I am sorry to say we won't be offering you the studentship. The panel was impressed by your enthusiasm, but the project depends on bioinformatics from the start (metagenome assembly, some scripting in Python or R), and you told us you haven't done any coding yet. The candidate we chose has that background.

If you would like to talk about how to build that experience before applying for other PhDs, I'm happy to have a call.

Best wishes,
Dr Kerry Maddox
School of Biosciences, Tullow University`, 'PhD interview'),

  rej('application', ['location'], { ...fb, ...door },
    `Dear Mr Chen,

Thank you for your application for the fully funded doctoral studentship in Marine Ecology.

Unfortunately this studentship is funded by a UK research council award that covers tuition fees at the home rate only. From the information you provided, you would be classed as an international student for fee purposes, and we are not able to consider you for this particular award.

We would encourage you to look at our international scholarships page.

Postgraduate Research Admissions
University of Pellow`, 'Studentship application'),

  rej('interview', ['position_filled'], {},
    `Hi Tomasz,

thanks again for the chat last Thursday. Just to let you know I've offered the postdoc to another applicant and she has accepted.

Good luck with everything,
Anneke

--
Prof. Anneke Visser
Quantum Materials Group`, 'postdoc'),

  rej('application', ['role_closed'], {},
    `Dear Dr Patel,

Thank you for applying for the postdoctoral position in my group. I'm afraid I have to let you know that I won't be hiring for this position after all. The start of the ERC project has been pushed back by a year and the institute has asked me to withdraw the advert, so no one will be appointed in this round.

Apologies for taking your time, and best of luck with your search.

Kind regards,
Jonas Meierhofer
Group Leader, Institute for Climate Dynamics, Zurich`, 'Postdoc advert withdrawn'),

  // ── Museums and libraries
  rej('interview', ['internal_candidate'], {},
    `Dear Ms Barlow,

Thank you for attending interview for the post of Assistant Curator, Textiles, on 7 May.

I am writing to let you know that the panel has appointed a member of our existing collections team to the post. I'm sorry to bring you disappointing news.

Yours sincerely,
Harriet Colville
Head of Collections
The Thornbury Museum of Art and Design`, 'Assistant Curator, Textiles'),

  rej('application', ['generic'], { ...door },
    `Dear Applicant,

Thank you for your interest in the Customer Services Assistant vacancies at Mayfair Street Central Library.

We have now completed shortlisting and, unfortunately, your application was not successful on this occasion.

With your permission, we will keep your details on file for six months and may contact you if a similar vacancy arises.

Libraries and Archives Service
Northmoor City Council`, 'Customer Services Assistant - Central Library'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Dervla,

Thanks so much for coming in to meet Ife and me for the Individual Giving Officer job. You clearly know your stuff.

We've decided not to take things further. Honestly, it came down to how our team works: the role is very target-driven, with weekly numbers and a lot of fast turnaround on campaigns, and from what you said about preferring to build long, slow relationships with a small number of donors, we think you'd find the pace frustrating. That's no criticism; it's just not how this team runs.

Take care,
Maeve
Head of Fundraising, Open Hands Foundation`, 'Individual Giving Officer'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Dr Okafor,

Thank you for submitting the written exercise for the Research Fellow (Trade Policy) position.

The panel read all exercises blind. Your policy brief was clearly written, but it did not address the question set, namely the distributional effects of the proposed tariff changes within the region, and went over the 1,500-word limit by a wide margin. On that basis we will not be inviting you to interview.

Regards,
Recruitment
The Greyfriars Institute for Economic Policy`, 'Research Fellow (Trade Policy)'),

  rej('final', ['position_filled'], {},
    `Dear Ms Fernandes,

Thank you for your participation in the final panel interview for the position of Senior Procurement Specialist.

We wish to inform you that the selection process has been completed and the selected candidate has accepted the Bank's offer of appointment.

We appreciate your interest in the Bank.

Yours sincerely,
Human Resources Department
Pan-Atlantic Development Bank`, 'Selection process - Senior Procurement Specialist'),

  rej('interview', ['location'], { ...fb },
    `Dear Mr Mensah,

Thank you for interviewing for the position of Climate Finance Officer.

As discussed in the interview, this position is based at our headquarters in Abidjan and requires the incumbent to relocate there. You indicated that for family reasons you would only be able to work from Accra. Since the Bank is not in a position to offer remote appointments at this level, we will not proceed with your candidacy.

With best regards,
Talent Acquisition
West African Infrastructure Fund`, 'Your candidacy - Climate Finance Officer'),

  // ── Hospital research units, NHS, clinical trials
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Ms Farouk,

Clinical Research Practitioner, Band 5 - Respiratory Research Unit

Thank you for attending interview on 19 June. The panel enjoyed meeting you.

I am afraid you were not successful on this occasion. The panel's main concern was that the post requires current Good Clinical Practice (GCP) training and independent competence in venepuncture and sample processing, and you told us you have neither yet. The successful candidate could start recruiting patients to our trials straight away.

If you would like further feedback, please contact me on the number below.

Kind regards
Sister Joanne Pryce
Lead Research Nurse, Respiratory Research Unit
St Aldhelm's Hospital NHS Foundation Trust
Tel: 01632 960 418`, 'Interview outcome - Clinical Research Practitioner'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant

Reference: 298-RES-4471 Research Physiotherapist

Thank you for your application. Unfortunately, we are unable to take your application further because the person specification requires current registration with the Health and Care Professions Council (HCPC) and your application does not include a registration number.

Thank you for your interest in working for the Trust.

This email was sent from an unmonitored mailbox. Please do not reply.`, 'Application update 298-RES-4471'),

  rej('assessment', ['generic'], {},
    `Dear Dr Lomax,

Further to your conditional offer of appointment as Clinical Trials Data Coordinator, I am writing to let you know that we have been unable to obtain satisfactory pre-employment references. As a result, the Trust is withdrawing the conditional offer.

I appreciate this will be disappointing. If you have any questions about this decision, you can contact the Recruitment Team quoting reference CT-0912.

Yours sincerely,
Recruitment Services
Merrow Vale University Hospitals`, 'Withdrawal of conditional offer - CT-0912'),

  // ── Charities and NGOs
  rej('application', ['role_closed'], {},
    `Dear Josephine,

Thank you for applying for the role of Policy and Campaigns Manager at Riverbank Alliance.

Since the advert was posted, the board of trustees has agreed a restructure of the policy team, and this role will no longer be created in its current form. We have therefore closed the recruitment and will not be shortlisting.

We're sorry to bring you this news after you took the time to apply.

With best wishes,
People and Culture Team
Riverbank Alliance (Registered charity no. 1102938)`, 'Policy and Campaigns Manager'),

  rej('screen', ['generic'], {},
    `Hi Obinna,

Thanks for the call on Monday. I've now spoken to all of the candidates and I'm sorry to say we won't be taking your application to the next stage.

Best wishes
Lara

Lara Mbatha | Talent Partner
Horizons Education Foundation`, 'Programme Coordinator'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Applicant,

Thank you for your interest in the position of Consultant - Social Protection Specialist and for the time you took to apply.

Following a review of all applications, we regret to inform you that your profile does not match the requirements of this assignment closely enough to be shortlisted.

Your application will remain in our database for similar posts, and we may contact you should a suitable opportunity arise.

Sincerely,
Recruitment Team
Consortium for Inclusive Development`, 'Consultant - Social Protection Specialist'),

  rej('interview', ['generic'], {},
    `Dear Dr. Ibekwe,

APPLICATION FOR THE POST OF LECTURER II, DEPARTMENT OF MICROBIOLOGY

I am directed to inform you that, following your interview before the Appointments and Promotions Committee (Academic) on 14th August, your application was not successful.

The University thanks you for your interest.

Yours faithfully,
A. O. Balogun (Mrs)
Deputy Registrar (Establishments)
for: Registrar
Federal University of Science, Ogbomosho`, 'RE: APPLICATION FOR LECTURER II'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Candidate,

RE: GRADUATE TRAINEE PROGRAMME - COMPUTER-BASED TEST RESULT

Thank you for sitting the computer-based aptitude test held on Saturday 9 March at the Yaba centre.

You scored 41% overall (numerical reasoning 38%, verbal reasoning 47%). The cut-off mark for the interview stage this year is 55%. We regret that you will not progress to the next stage of the programme.

We wish you the best in your future endeavours.

Human Resources
Sahel Health Initiative
Abuja | Lagos | Kano`, 'Test result - Graduate Trainee Programme'),

  rej('application', ['location'], { ...fb },
    `Dear Dr Novak,

Thank you for your application for the position of Research Fellow (Level A) in Maritime Security Studies.

This position is funded under a Defence research agreement and the conditions of that agreement require the appointee to be an Australian citizen eligible for a security clearance at Negative Vetting Level 1. Your application indicates that you hold Czech citizenship and a temporary graduate visa. Regrettably, we are therefore unable to consider your application.

Kind regards,
Talent Acquisition
Southern Cross University of Technology, Canberra`, 'Your application for Research Fellow (Level A)'),

  rej('final', ['overqualified'], { ...fb, ...door },
    `Dear Associate Professor Thiele,

Thank you for your seminar and interviews last week for the Lecturer (Level B) position in Epidemiology.

The committee has decided not to make you an offer. I want to be clear that this is not about the quality of your work, which everyone admired. This appointment is intended as an early-career post, and with your record of more than 40 publications and your own team of PhD students, the committee felt you would be best placed in a Level D or E role. We will certainly let you know when one is advertised.

Best,
Prof. Georgina Whitlam
Head, School of Population Health
University of the Western Coast, Perth`, 'Lecturer (Level B) - outcome'),

  rej('interview', ['skills_gap'], { ...fb },
    `Sehr geehrte Frau Dalton,

Thank you for interviewing with us for the position of Communications Officer at the Institute.

We are sorry to inform you that we will not be offering you the position. As explained in the advertisement, the role involves writing press material and liaising with cantonal authorities in German, and during the interview it became clear that your German is not yet at the C1 level the role requires.

Mit freundlichen Grüssen
Beatrice Huber
HR Manager
Alpine Institute for Water Research, Dübendorf`, 'Communications Officer'),

  rej('final', ['internal_candidate'], { ...offered },
    `Dear Dr Amrani,

Thank you for the seminar and the full day of meetings on 22 October for the Senior Scientist position in our Photonics Laboratory.

The appointment committee has selected a scientist already working in the laboratory, whose work on the current project was decisive. I know that you invested a great deal in your preparation and I am sorry we could not give you a better answer.

If it would help you, I would be glad to discuss the committee's impressions with you by phone.

Kind regards,
Prof. Dr. Urs Keller
Head of Laboratory
Swiss Federal Institute for Applied Optics, Lausanne`, 'Senior Scientist - Photonics'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Mr Kiprotich,

RE: APPLICATION FOR THE POSITION OF LECTURER, DEPARTMENT OF AGRICULTURAL ECONOMICS (REF: UoR/LEC/07/2024)

Reference is made to your application for the above position.

We regret to inform you that your application was not successful. In accordance with the Commission for University Education guidelines, appointment at the level of Lecturer requires a PhD in the relevant field. Your application indicates that your doctoral studies are still in progress.

You may wish to apply for the position of Tutorial Fellow when it is advertised.

Yours faithfully,
Registrar (Administration)
University of the Rift, Nakuru`, 'APPLICATION FOR THE POSITION OF LECTURER'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Mr Bhattacharya,

With reference to your interview for the post of Scientist-B held on 3 September, we regret to inform you that you have not been recommended for selection by the Selection Committee. Candidates whose research experience matched the requirements of the post more closely have been recommended.

Yours faithfully,
Sd/-
Administrative Officer (Establishment)
National Institute of Fluid Sciences, Pune`, 'Result of interview - Scientist B'),

  rej('screen', ['salary'], { ...fb },
    `Dear Ananya,

Thank you for the telephone conversation on Wednesday.

As I mentioned, the Programme Manager position carries a consolidated remuneration of INR 14 to 16 lakh per annum, which is the maximum our project budget allows. Since your expected CTC is INR 24 lakh, we will not be able to move forward with your candidature.

Warm regards,
Kavitha Iyer
HR Lead, Sampark Livelihoods Trust
Bengaluru`, 'Programme Manager - Sampark'),

  rej('assessment', ['generic'], {},
    `Dear Mr Lau,

We write further to your application for the position of Laboratory Technician (Grade 4).

As part of our recruitment process, your offer was conditional on satisfactory clearances. We have now received the outcome of your pre-employment checks and I regret to inform you that the University is not able to proceed with your appointment.

Yours sincerely,
Recruitment and Onboarding
Ardwick University`, 'Laboratory Technician - pre-employment checks'),

  rej('application', ['position_filled'], {},
    `Dear Jordan,

Thank you for your interest in the Administrative Assistant II position (Job ID 40921) in the Office of Sponsored Programs.

We wanted to let you know that this position has been filled. We appreciate the time you took to apply.

Sincerely,
University Talent Acquisition
Marlow Valley University

Marlow Valley University is an Equal Opportunity/Affirmative Action employer.`, 'Job ID 40921 - Administrative Assistant II'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Ms Halvorsen,

Thank you for attending the interview for the post of Student Wellbeing Adviser on 28 November.

The panel did not find a candidate who met all of the essential criteria and has decided not to appoint on this occasion. You were not among the applicants the panel wished to appoint. The post has been re-advertised with a closing date of 10 January, and we would welcome a fresh application from you if you feel you can evidence the criteria more fully.

Regards,
Student Services Recruitment
University of Kestrel Bay`, 'Student Wellbeing Adviser - interview outcome'),

  rej('application', ['role_closed'], {},
    `Dear Applicant,

Vacancy ref. 7712: Finance Officer (Grade 6), Estates Directorate

Please note that this vacancy has been withdrawn. Following a review of the Directorate's structure, the post will be re-graded and re-advertised at a later date in a different form. Applications received for vacancy 7712 will not be considered.

Thank you for your interest in the University.

HR Recruitment
Calderbridge University`, 'Vacancy 7712 withdrawn'),

  rej('application', ['overqualified'], {},
    `Dear Dr Ferreira,

Thank you for applying to be a Visitor Services Assistant at the Marlowe Maritime Museum.

Having read your application, we felt that with your doctorate and your years as a curator you are overqualified for this role, which is a front-of-house, part-time position. We have decided not to invite you to interview.

With best wishes,
Volunteer and Visitor Services Team
Marlowe Maritime Museum`, 'Visitor Services Assistant'),

  rej('interview', ['culture_fit'], {},
    `Dear Rupert,

Thank you for meeting the panel on Thursday for the Reader Services Team Leader post.

After careful consideration we have decided not to offer you the post. The panel felt that another candidate would be a better fit with the team and with the values of the library service.

Kind regards,
Siân Pritchard
Head of Reader Services
Carreg Library and Archives`, 'Reader Services Team Leader'),

  rej('interview', ['location'], { ...fb },
    `Hi Connor,

Thank you again for your time on Tuesday's video interview for the Community Partnerships Lead.

I'm sorry to say we won't be offering you the role. We were clear in the advert that the post needs someone in our Manchester office four days a week, because most of the work is face to face with partner organisations across Greater Manchester. You told us you'd want to stay in Belfast and work remotely, and we can't make that work for this role.

Very best,
Ruth Okwuosa
Director of Programmes
Northern Youth Futures`, 'Community Partnerships Lead'),

  rej('application', ['location'], { ...fb, ...door },
    `Dear Mr Dlamini,

Thank you for your application to the vacancy announcement for National Programme Officer (Nutrition), NOB, Kampala.

National Officer positions are open only to nationals of the country of the duty station. As you are not a Ugandan national, your application does not meet the eligibility requirements and cannot be considered.

We encourage you to apply for international positions advertised on our careers site.

Human Resources Unit
Children's Health Agency - Uganda Country Office`, 'VA/KLA/2024/033'),

  rej('final', ['generic'], {},
    `Dear Ms Ortega,

Reference: Senior Evaluation Officer, P-4

Further to your final interview and the subsequent reference checks, we regret to inform you that the Organization will not be proceeding with your candidature for this position.

We thank you for your interest and the time you have dedicated to the selection process.

Office of Human Resources
International Migration and Labour Organization
Geneva`, 'Senior Evaluation Officer, P-4'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Mr Harrington,

Thank you for taking part in the competency-based interview for the Legal Officer (P-3) position.

As indicated in the vacancy announcement, fluency in English and French is required for this post. The language component of the interview, which was conducted partly in French, showed that your French is at an intermediate level, below what the post requires. The panel is therefore unable to recommend you.

Regards,
Recruitment Section
Organisation for Legal Cooperation in Africa
Dakar`, 'Legal Officer (P-3)'),

  rej('interview', ['assessment'], { ...fb },
    `Dear Kirsty,

Thank you for attending the assessment and interview for the post of Faculty Administrator on Monday.

The panel thought you interviewed well. However, the in-tray exercise is weighted at 40% of the overall score, and your response missed two of the three priority deadlines in the exercise and did not deal with the complaint from the external examiner. That brought your total below the other candidates.

I'm sorry this isn't better news.

Best wishes,
Nadia Rahman
Faculty Operations Manager
Faculty of Arts, Hallamshire Metropolitan University`, 'Faculty Administrator - outcome'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Applicant,

Thank you for completing the online Excel skills test for the Finance Assistant (Grade 4) role.

The pass mark for this test is 18 out of 25. You scored 12, and the areas where most marks were lost were pivot tables and lookup formulas. As a result, we are unable to take your application further.

University Recruitment Team
Eastbrook University

Please do not reply to this email.`, 'Finance Assistant - skills test'),

  rej('interview', ['internal_candidate'], {},
    `Hi Sam,

Quick note after Friday. Thank you for coming to meet us; we enjoyed it. We've decided to offer the role to someone who's been volunteering with us for three years and has been covering the post since Aoife left.

Best of luck,
Gráinne
Street Outreach Coordinator, Harbourside Shelter`, 'Outreach Worker'),

  rej('application', ['role_closed'], {},
    `Dear Mr Osei-Bonsu,

Thank you for your application for the Programme Officer (Grants) position.

Following its meeting last week, the board of the Foundation decided not to proceed with the new grants programme this year. As a result, we will not be filling the Programme Officer post, and recruitment has been closed.

With kind regards,
The Lindgren-Whyte Foundation`, 'Programme Officer (Grants)'),

  rej('interview', ['position_filled'], { ...offered },
    `Dear Dr Mahlangu,

Thank you for interviewing with us for the postdoctoral research associate position in the Neuroimaging Lab.

I am writing to let you know that we have offered the position to another candidate, who has accepted. The pool was strong, and the choice was not easy.

If you would find it useful, I'm happy to share the panel's comments; just reply to this email.

Best wishes,
Dr Rosalind Everett
Principal Investigator, Neuroimaging Lab
Brackley Institute of Neuroscience`, 'Postdoc RA - Neuroimaging'),

  rej('final', ['culture_fit'], { ...fb },
    `Dear Mr Asante,

Thank you for your participation in the final round of interviews for the position of Head of Research Operations.

The panel has decided not to offer you the position. In our last conversation you described a management style based on close personal review of every output before it leaves the team. Our research groups are small and work very autonomously, and the panel felt that approach would not fit the way the Institute works.

Sincerely,
Dr Mirela Popescu
Director of Operations
Meridian Institute for Global Health`, 'Head of Research Operations'),

  rej('interview', ['overqualified'], { ...fb },
    `Dear Mrs Eze,

RE: INTERVIEW FOR THE POSITION OF PROGRAMME ASSISTANT

Following your interview on Thursday, 6th June, we regret to inform you that you were not successful.

The panel observed that you have over twelve years of experience at managerial level, including as country director of an international NGO. The Programme Assistant position is a junior support role, and the panel was of the view that your experience is well beyond what the role requires.

We thank you for your interest in Lifeline Nigeria.

Yours faithfully,
Head, Human Resources
Lifeline Nigeria, Port Harcourt`, 'INTERVIEW OUTCOME - PROGRAMME ASSISTANT'),

  rej('final', ['profile_mismatch'], { ...offered, ...door },
    `Dear Juliette,

Thank you for being one of our three finalists for the Director of Development role, and for the time you spent with the board on Wednesday.

After a long discussion, the board has decided to offer the role to another finalist whose experience was a closer match to where the organisation is now. I'm sorry this isn't the news you were hoping for.

If it would be helpful, I'd be glad to talk through the board's thinking on a call, and I hope you'll consider us again in future; we expect to be growing the team next year.

With warm regards,
Beatrix Langford
Chair of Trustees, The Saltmarsh Trust`, 'Director of Development'),

  rej('application', ['generic'], {},
    `Dear [FIRST NAME],

Thank you for your interest in the Research Intern position at the Centre for Democratic Governance.

Owing to the high number of applications we received, we regret that we are unable to offer you a place on this occasion.

Kind regards,
Internship Programme
Centre for Democratic Governance, New Delhi`, 'Research Internship'),

  rej('interview', ['internal_candidate'], { ...door },
    `Dear Dr Akinyemi,

Thank you for attending the interview for the post of Senior Research Fellow.

After careful consideration the Selection Panel recommended the appointment of an internal candidate who currently holds a Research Fellow position in the Centre. We were, however, impressed by your application and would encourage you to apply for future vacancies at the Centre.

Yours sincerely,
Mrs F. N. Oladipo
Head of Administration
Centre for Tropical Disease Research, Ibadan`, 'Senior Research Fellow - Interview Outcome'),

  rej('final', ['location'], { ...fb },
    `Dear Dr. Sandoval,

I want to thank you, on behalf of the search committee, for your campus visit and job talk. The committee ranked you highly.

I'm sorry to write that we cannot proceed with an offer. After your visit, the university's international office reviewed the position and concluded that, because the line is funded through a federal contract with export-control restrictions, it is unable to sponsor an H-1B visa for this appointment. As you would need sponsorship to take up the post, the committee has had to move to another candidate.

With regret,
Daniel Whitford
Chair, Faculty Search Committee
Department of Aerospace Engineering, Orland Polytechnic University`, 'Faculty search update'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Imogen,

Lovely to speak to you on Tuesday about the Digital Archivist role.

After our conversation I've spoken to Pete, and we agree that the role really needs someone who has already run a digital preservation system in production (Archivematica or similar) and has some experience writing metadata to PREMIS. You said you haven't worked with either yet, so we won't be taking your application forward this time.

Please keep an eye on our vacancies though - we'll have a trainee post next year that might suit you well.

Thanks,
Holly Renshaw
Records and Archives Manager
Cathedral Library, Wellminster`, 'Digital Archivist'),

  rej('final', ['salary'], { ...fb },
    `Dear Mr Varga,

Thank you for your participation in the final interview with the Director for the position of Senior Fellow, Energy Security.

We have decided not to proceed with an offer. During the process it became clear that the compensation you require, CHF 220,000 plus housing allowance, substantially exceeds the range approved for this position by our board (CHF 150,000 to 170,000), and there is no possibility of an exception.

We are grateful for your interest.

Sincerely,
Corinne Baud
Head of Human Resources
Geneva Forum for Strategic Affairs`, 'Senior Fellow, Energy Security'),

  rej('application', ['culture_fit'], {},
    `Dear Applicant,

Thank you for applying to volunteer-manage our Saturday programme.

We read every application against the values we work by as a community-led organisation. On this occasion we felt that other applicants better reflected those values, so we will not be inviting you to the next stage.

With thanks,
The Commonplace Community Library`, 'Saturday Programme Manager'),

  // ── Longer letters, two reasons, replies
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `<p>Dear Mr Abdirahman Hassan,</p>
<p>Subject: Logistics Officer (P-3), Emergency Supply Operations, Nairobi &ndash; Job Opening 71154</p>
<p>Thank you for your application to the above job opening and for the time you devoted to the written assessment and the competency-based interview held on 17 April. We recognise that the selection process for positions in the Professional category is demanding, and we are grateful for your patience while the panel completed its work.</p>
<p>All candidates were assessed against the minimum requirements and the competencies set out in the job opening. The vacancy called for a minimum of five years of progressively responsible experience in humanitarian supply chain management, including at least two years in a field duty station managing warehouse operations. Having reviewed your interview responses together with your Personal History Profile, the panel concluded that your experience in warehouse management in the field (approximately eighteen months) falls short of that requirement. The hiring manager's assessment has therefore not recommended you for this position.</p>
<p>Your application will remain in our database for similar posts, and we encourage you to continue applying to job openings that match your profile. You can update your profile at any time in the careers portal.</p>
<p>We thank you again for your interest in serving with the Organization and wish you every success.</p>
<p>Yours sincerely,<br>Human Resources Section<br>United Relief and Supply Office</p>
<p style="font-size:10px">This is a system-generated message. Please do not reply.</p>`, 'Job Opening 71154 - Logistics Officer (P-3)'),

  rej('interview', ['internal_candidate', 'position_filled'], {},
    `Hi Bridget,

Thanks for your patience. I can now confirm that the Research Officer role has gone to one of our current Research Assistants, who has accepted the position. Your interview was strong, and the panel had a lot to say about your fieldwork experience.

Regards,
Tessa Quinlan
Research Manager
Barrier Reef Marine Research Institute, Townsville`, 'Research Officer - outcome'),

  rej('final', ['role_closed'], {},
    `Dear Dr Wafula,

RE: POSITION OF SENIOR LECTURER, SCHOOL OF NURSING

We refer to your interview before the final selection panel on 2nd October.

We wish to inform you that, following a directive of the University Council to freeze all new academic appointments in light of the reduction in government capitation, the recruitment for this position has been cancelled. No appointment will be made.

The University regrets any inconvenience caused.

Yours faithfully,
DEPUTY VICE-CHANCELLOR (ADMINISTRATION & FINANCE)
Lakeside University of Kisumu`, 'POSITION OF SENIOR LECTURER - SCHOOL OF NURSING'),

  rej('screen', ['location', 'salary'], { ...fb },
    `Hi Rohan,

Thanks for following up, and sorry for the slow reply. After our call I went back to the team. Two things rule it out, I'm afraid: the fellowship is based in our Delhi office with no remote option, and you told me you need to stay in Chennai; and the stipend is fixed at INR 90,000 a month, well below the 1.5 lakh you mentioned. So we won't be moving forward.

All the best,
Meghna
Centre for Urban Policy Research, New Delhi

On Mon, 8 Jul, Rohan Krishnan wrote:
> Hi Meghna, just checking where things stand after our call last week on the Policy Fellow role? Thanks, Rohan`, 'Re: Policy Fellow - following up'),

  rej('application', ['profile_mismatch', 'skills_gap'], { ...fb },
    `Dear Ms Kowalczyk,

Thank you for applying for the post of Quantitative Researcher at the Institute.

We received 143 applications and were able to shortlist only six. Applicants who were shortlisted had a stronger track record of published applied research than your application showed. In addition, the post requires advanced skills in Stata or R for panel data analysis, and your application did not demonstrate experience with either.

We are sorry not to bring better news.

Kind regards
Recruitment, Ashdown Institute for Social Research`, 'Quantitative Researcher'),

  rej('interview', ['culture_fit', 'skills_gap'], { ...fb },
    `Dear Felix,

Thank you for coming to see us for the Learning Officer (Schools) role.

We won't be offering you the job. Two things weighed with the panel. First, the role involves leading sessions for thirty primary school children at a time, and you said you haven't yet worked with that age group. Second, you spoke about wanting a role with mostly independent research; our learning team works very much as one unit, planning and delivering everything together, and we felt that would be a hard fit.

Best wishes
Ngozi Adeyemi-Clarke
Head of Learning, Brindley Museum of Science and Industry`, 'Learning Officer (Schools)'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Dear Taylor,

Thank you for taking the time to speak with our recruiter about the Clinical Research Coordinator I position in the Department of Pediatrics. We truly appreciate your interest in Lakeshore Children's Research Hospital.

We have reviewed your background following the phone screen and, at this time, we have decided to pursue candidates whose qualifications more closely align with the needs of this role.

We encourage you to continue to visit our careers site and apply for positions that match your interests. Your profile will remain in our talent community, and our recruiters may reach out when new opportunities become available.

Sincerely,
Talent Acquisition
Lakeshore Children's Research Hospital

------------------------------------
Lakeshore Children's Research Hospital is an equal opportunity employer. This email and any attachments are confidential and intended solely for the addressee. If you have received this message in error, please notify the sender and delete it.`, "Your application with Lakeshore Children's"),

  rej('interview', ['overqualified', 'salary'], { ...fb },
    `Dear Mrs Nwachukwu,

Trial Administrator, Band 4 - Cancer Trials Unit

Thank you for attending interview on 11 September.

I'm afraid the panel has decided not to offer you the post. You have already worked for six years as a trial manager, which is well above this administrative role, and you told the panel you would be looking for a salary equivalent to Band 7. As the post is fixed at Band 4, we do not think we could meet your expectations or keep you in the role.

With best wishes
Dr Alistair Kerr
Unit Manager, Cancer Trials Unit
Royal Wexcombe Hospital`, 'Trial Administrator interview outcome'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Candidate,

Thank you for completing the online technical assessment for the Young Professionals Programme 2025.

We regret to inform you that your result did not meet the standard required to progress to the next stage of the selection process.

We appreciate your interest in the Bank and encourage you to follow our careers page.

Young Professionals Programme
Indo-Pacific Investment Bank`, 'Young Professionals Programme - assessment result'),

  rej('application', ['location'], { ...fb },
    `Hi Mateus,

Thanks for your interest in the RA post. Unfortunately I can't take your application forward: the post is part-funded and sits below the salary threshold for a Skilled Worker visa, so the university can't sponsor it, and you mentioned in your cover letter that you'd need sponsorship. Sorry, I know that's frustrating.

Best,
Dr Hannah Ogilvie
School of Psychology`, 'RA post'),

  rej('application', ['generic'], { ...door, ...offered },
    `Dear Eleanor,

Thank you so much for applying for our Community Fundraiser role. We had an amazing response to this advert, which shows how much people care about our cause.

Unfortunately, we will not be taking your application forward on this occasion.

We'd love to stay in touch: we have added you to our talent pool and will let you know when a new role comes up. And if you'd like a little feedback on your application, just reply to this email and we'll do our best.

With thanks and warm wishes,
The People Team
Paws Together Animal Rescue`, 'Community Fundraiser - your application'),

  rej('screen', ['generic'], {},
    `Dear Mr Uchenna,

Following the telephone screening held on Tuesday, we regret to inform you that you have not been shortlisted for the interview stage for the position of Field Accountant.

Thank you for your interest in ActionAid for Rural Communities.

Regards,
HR Unit`, 'Field Accountant'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Dr Whitehouse,

Thank you for your interview for the position of Lecturer in Accounting (Level B).

The selection committee has completed its deliberations and I regret to advise that you were not the preferred applicant. Other applicants addressed the selection criteria more strongly.

Should you wish to receive feedback on your application and interview, please contact the committee chair, Associate Professor Denise Yeo, at the email address below.

Yours sincerely,
Human Resources Services
Bellarine University, Geelong`, 'Lecturer in Accounting - selection outcome'),

  rej('final', ['generic'], { ...door },
    `Dear Aditya,

Thank you for attending the selection day for the Doctoral Training Partnership in Environmental Sciences. I know how much goes into preparing for the presentations and interviews.

The allocation panel has now met, and I am sorry to say that we are unable to offer you a funded place this year. Competition was exceptionally strong.

We do hope you will consider applying again in the next round, which opens in October.

Best wishes,
Dr Fiona Carrick
DTP Manager, Northern Environmental Sciences DTP`, 'DTP selection day outcome'),

  rej('final', ['position_filled'], { ...door },
    `Dear Ms Petrenko,

Thank you for participating in the final stage of the selection process for the post of Statistician (P-3) in the Statistics Division.

We wish to inform you that the selection process has now been completed and the post has been filled. While you were not selected for this post, the panel assessed you as suitable for similar functions, and you have been placed on the roster for future vacancies at the P-3 level in statistics.

Yours sincerely,
Human Resources Management Service
Conference on Trade and Economic Development
Palais des Nations, Geneva`, 'Statistician (P-3) - outcome'),

  rej('application', ['generic'], {},
    `Dear Dr. Faulkner,

Thank you for applying to the tenure-track position in Comparative Politics at Danforth College. The committee received more than 300 applications and has invited a small number of candidates to first-round interviews. I regret to tell you that you are not among them.

We appreciate your interest in Danforth and wish you well.

Sincerely,
Comparative Politics Search Committee
Department of Government, Danforth College`, 'Comparative Politics search'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hello Gwen,

Thanks for the chat this morning about the Library Assistant post.

Having thought about it, I don't think it's the right match. You said you're looking for a quiet, research-focused role where you can spend most of the day on cataloguing, and this job is mostly on the front desk, with a lot of noisy school visits and events. I think you'd be unhappy in it, so I won't put you forward for interview.

Best wishes,
Carys
Branch Librarian, Pontfaen Community Library`, 'Library Assistant'),

  rej('final', ['assessment'], { ...fb },
    `Dear Kwame,

Thank you for attending the assessment centre for the Graduate Policy Analyst scheme on 14 March.

We are sorry to tell you that you have not been successful. Candidates were scored across four exercises. You scored well in the interview and the group exercise, but your written case study scored 2 out of 7 (the minimum is 4), because it did not reach a clear recommendation. As every exercise carries a minimum score, we are unable to make you an offer.

Yours sincerely,
Graduate Recruitment
Foundation for Public Policy Research`, 'Assessment centre outcome'),

  rej('final', ['role_closed'], {},
    `Dear Catherine,

I'm so sorry to be writing this. After your final interview with our Country Director we were preparing to make you an offer for the Health Systems Adviser role. On Friday our main donor informed us that funding for the maternal health programme will end in December instead of being extended. The post was entirely funded from that grant, so we have had to stop the recruitment and will not make an appointment.

This has nothing to do with you, and I hope our paths cross again.

Kind regards,
Wambui Njoroge
Head of People, Afya Bora International, Nairobi`, 'Health Systems Adviser'),

  // ── Paused processes
  hold('interview', ['role_closed'], {},
    `Dear Ms Achterberg-Lowe,

Job Opening 23-PGM-ENV-19820 - Programme Management Officer (P-3)

We refer to your participation in the competency-based interview for the above job opening.

Please be informed that the recruitment for this position has been temporarily suspended pending the outcome of the current review of the programme budget. Your candidacy remains active, and we will contact you as soon as the process resumes. No action is required from you at this stage.

Thank you for your patience.

Human Resources Office
Environment Programme Secretariat, Nairobi`, 'Job Opening 23-PGM-ENV-19820 - update'),

  hold('interview', ['generic'], {},
    `Dear Dr Morrow,

Thank you for attending interview for the Lectureship in Sociology on 20 February.

I'm writing to let you know that the panel's final meeting has had to be postponed because of the ongoing industrial action, which has affected several panel members. We now expect to be able to let candidates know the outcome in the week of 18 March. I'm sorry for the delay and for the uncertainty this creates.

Kind regards,
Maria Tennant
School Manager, School of Social Sciences
University of Brightwater`, 'Lectureship in Sociology - delay'),

  hold('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for your application for Student Records Officer (ref. 40288).

The University has introduced a temporary pause on all non-essential recruitment while it completes its financial planning for the coming year. Shortlisting for this post is therefore on hold. Your application remains active and will be considered if and when the recruitment resumes; we will write to you again either way.

HR Recruitment Team
Stourvale University`, 'Update on your application - ref 40288'),

  hold('interview', ['role_closed'], {},
    `Hi Karim,

Thanks for your message. No decision yet, and I'm sorry to keep you waiting. I really can't make any offer until the Wellcome renewal is confirmed; we're expecting to hear by the end of next month. You're still very much in the frame. I'll be in touch as soon as I know.

Jo

> Hi Jo, just wondered if there was any news on the postdoc after our interview in May? Best, Karim`, 'Re: postdoc - any news?'),

  hold('final', ['generic'], {},
    `Dear Ravi,

Thank you again for your time at the final interview for Director of Finance and Resources.

The board of trustees had planned to confirm the appointment at its meeting this week, but the meeting has been postponed to 14 November because the chair is unwell. I'm very sorry for the wait. We have not yet reached a decision, and you remain one of the two candidates under consideration.

Best wishes,
Fiona Lacey
Chief Executive, Meadowbank Hospice`, 'Director of Finance and Resources'),

  hold('assessment', ['generic'], {},
    `Dear Candidate,

Thank you for completing the written test for the position of Investment Officer.

Please note that the next stage of the selection process has been delayed owing to the Bank's annual meetings, and interviews are now expected to take place in the second half of June. You remain under consideration, and shortlisted candidates will be contacted in due course.

Human Resources
Southern African Development Finance Corporation`, 'Investment Officer - timeline update'),

  hold('application', ['generic'], {},
    `Dear Ms Appiah,

Thank you for applying for the role of Exhibitions Coordinator. You have been shortlisted for interview.

Unfortunately, because of the unplanned closure of the museum building for urgent roof repairs, we have had to postpone the interviews that were due to take place on 9 and 10 April. We will contact you with new dates as soon as we can; we expect this to be within four weeks.

Kind regards,
Exhibitions Team
Halton Museum and Art Gallery`, 'Exhibitions Coordinator - interviews postponed'),

  hold('final', ['role_closed'], {},
    `Dear Dr. Owusu-Ansah,

I wanted to update you personally after your campus visit last month. The Dean has informed the department that, pending a review of the college budget, all faculty searches are on hold until at least the end of the semester. The committee had not completed its deliberations, and no decision has been made on any candidate. If the search is reopened, we will be in touch with you first.

With apologies for the uncertainty,
Thomas Reinholt
Chair, Search Committee, Department of Chemistry
Glenmoor University`, 'Chemistry search - update'),

  hold('interview', ['role_closed'], {},
    `Dear Ms Tembo,

Thank you for interviewing for the post of Research Nurse on the PRISM-2 study.

I need to let you know that the study's start has been delayed because the ethics approval for the amended protocol has not yet come through. Until it does, we have been asked to put the appointment on hold. We are not turning you down; we hope to confirm the outcome of the interviews once approval is granted, probably in six to eight weeks.

Best regards
Dr Imran Qureshi
Chief Investigator, PRISM-2
Clinical Research Facility, Easterby General Hospital`, 'Research Nurse - PRISM-2'),

  hold('assessment', ['role_closed'], {},
    `Dear Mr Mutua,

RE: RECRUITMENT FOR COUNTY COORDINATOR - TURKANA

Following the written assessment, we had planned to hold interviews this month. However, our donor has asked us to put all new positions on hold while it reviews funding for the next phase. Recruitment is therefore paused. Your application and test results remain on file and you will be contacted once the review concludes.

Regards,
HR & Administration
Northern Drylands Water Initiative, Lodwar`, 'RE: County Coordinator - Turkana'),

  // ── Look-alikes: acknowledgements, invitations, rosters, newsletters
  other(`Dear {{FirstName}},

Thank you for your application for the post of Research Fellow in Digital Humanities (ref. DH-2207). This is an automatic acknowledgement to confirm that your application has been received.

The closing date for this vacancy is 30 June. The selection panel will meet after the closing date to shortlist, and we aim to contact shortlisted candidates within three weeks of the closing date. If you have not heard from us by then, please assume that your application has not been successful on this occasion.

We appreciate your interest in the University.

University of Harbridge HR Recruitment
Please do not reply to this email.`, 'Application received - DH-2207'),

  other(`Dear Ms Wanjiru Kamau,

Thank you for your application to Job Opening 2024/PRG/0411. Your application has been successfully submitted and is now under review by the hiring office.

Due to the large number of applications received, only candidates who are being considered further will be contacted. You can check the status of your application at any time in your candidate profile.

Talent Acquisition Unit`, 'Acknowledgement of application'),

  other(`Dear Mr Ibrahim,

We are pleased to inform you that you have been invited to take a written assessment for the position of Programme Policy Officer (Cash-Based Transfers), P-3.

The assessment will be held online on Thursday 21 November from 13:00 to 16:00 (Rome time). It consists of a case study and a short essay. You will receive a link 24 hours before the start. Please confirm your availability by replying to this email by 15 November.

Please note that taking part in the written assessment does not guarantee an invitation to interview.

Best regards,
Recruitment Team, Food Assistance Programme`, 'Invitation to written assessment'),

  other(`Dear Dr. Lindqvist,

On behalf of the search committee, I'm delighted to invite you to campus for the Assistant Professor of Environmental History position.

Your visit will take place on February 12-13. On the first day you will meet the Dean and graduate students, and give your job talk (45 minutes plus 15 minutes of questions) at 4:00 pm. On the second day you'll teach a sample class to our undergraduate survey course and meet with the full committee.

Our department coordinator, Janelle, will be in touch about travel and hotel. Please let me know of any accessibility needs.

Warmly,
Margaret O. Sayles
Chair, Search Committee`, 'Campus visit invitation'),

  other(`Dear Ms Petrenko,

We are pleased to inform you that, following the assessment process for Job Opening 23-STA-CTED-18811, you have been found suitable and your name has been placed on the roster of pre-approved candidates for Statistician positions at the P-3 level.

Being on the roster does not guarantee selection for a position. Rostered candidates may be invited to express interest in future vacancies, and may be selected without further competitive review. Your roster membership is valid for two years.

Human Resources Management Service`, 'Roster membership'),

  other(`Dear Applicant,

You are receiving this message because you applied for a position at the Institute in the past twelve months.

Our Autumn Newsletter is out! Read about our new Centre for Food Systems, meet our 2024 research fellows, and see the calendar of public lectures. We are also recruiting for several roles in finance and communications.

Read more on our website.

To unsubscribe from these updates, click here.
Kestrel Institute for Development Studies`, 'Kestrel Institute - Autumn Newsletter'),

  other(`CALL FOR PROPOSALS 2025: Community Resilience Grants

The Lindgren-Whyte Foundation invites registered charities and community groups in England and Wales to apply for grants of up to £40,000 for projects that strengthen community resilience.

Deadline for first-stage applications: 31 January 2025. Shortlisted applicants will be invited to submit a full proposal; unsuccessful applicants will be notified by 15 March.

Please read the guidance notes before applying. We regret that we cannot fund individuals or capital projects.

Grants Team, The Lindgren-Whyte Foundation`, 'Call for proposals: Community Resilience Grants 2025'),

  other(`Dear Dr Castellanos,

I am pleased to tell you that you have been shortlisted for the Lectureship in Physical Geography.

The selection process will take place on Wednesday 6 March and will include a presentation to the department (20 minutes, followed by questions) on your research plans for the next five years, and an interview with the selection panel. A full timetable is attached.

Please confirm that you are able to attend.

Kind regards,
Eleri Morgan
School Administrator, Geography and Environment`, 'Shortlisted - Lectureship in Physical Geography'),

  other(`Hi Aoife,

Thanks for your application for the soil microbiome PhD. We'd like to invite you to an interview over Teams on Tuesday 14 May at 10:30 (UK time). It'll be about 40 minutes with me, Dr Sen and a member of the graduate school. There's nothing to prepare except a 5 minute summary of your MSc project.

Let me know if that time doesn't work.

Kerry`, 'PhD interview invitation'),

  other(`Dear Mr Otieno,

Following your interview on 3 July, we are pleased to offer you the position of Monitoring and Evaluation Officer with Tumaini Community Health Trust, at a gross monthly salary of KES 310,000, subject to satisfactory references and medical clearance.

Please find the letter of offer attached. Kindly sign and return it by 19 July.

Congratulations, and we look forward to working with you.

Mercy Achieng
Human Resources Officer`, 'Letter of offer'),

  other(`Dear Ms Nakamura,

Thank you for letting us know that you wish to withdraw your application for the position of Research Coordinator. We have withdrawn it from the process as requested.

We wish you well in your new role, and hope you will consider us in the future.

HR Team, Wexford Centre for Cancer Research`, 'Withdrawal confirmation'),

  other(`Dear Professor Adeyinka,

Dr Chidi Okafor has applied for the post of Research Fellow (Trade Policy) at the Greyfriars Institute and has named you as a referee.

We would be grateful if you could provide a reference commenting on the candidate's suitability for the post, using the attached form, by 22 April. Interviews will be held on 29 April.

Thank you for your help.

Recruitment, The Greyfriars Institute for Economic Policy`, 'Reference request - Dr C Okafor'),

  other(`Dear Ananya,

Thank you for your application for the Programme Manager position at Sampark Livelihoods Trust. Your profile is currently being reviewed by our team, and we will get back to you within two weeks regarding the next steps.

Warm regards,
Kavitha Iyer
HR Lead`, 'Programme Manager - application received'),

  other(`Dear Candidate,

RE: INVITATION TO COMPUTER-BASED TEST - GRADUATE TRAINEE PROGRAMME

Congratulations! Following a review of your application, you have been selected to sit the computer-based aptitude test.

Date: Saturday, 9th March
Venue: Yaba Test Centre, Herbert Macaulay Way, Lagos
Time: 9:00 am (please arrive by 8:30 am with a valid means of identification)

Kindly note that candidates who arrive late will not be admitted.

Human Resources
Sahel Health Initiative`, 'INVITATION TO COMPUTER-BASED TEST'),

  other(`Dear Dr Raghavan,

Thank you for your application for the post of Senior Research Fellow. We are pleased to inform you that you have been shortlisted for the interview, which will be held on 18 October at the Institute campus, Hyderabad.

You are requested to make a presentation of 15 minutes on your research work before the Selection Committee. Please bring original certificates for verification. TA will be paid as per Institute rules.

Administrative Officer (Recruitment)
Deccan Institute for Rural Studies`, 'Interview call letter - Senior Research Fellow'),

  other(`Dear {{Candidate.FirstName}} {{Candidate.LastName}},

Your application for Library Customer Adviser (ref 5521) is incomplete. The following documents have not been uploaded:
- Supporting statement
- Details of two referees

Please log in to the recruitment portal and complete your application before the closing date of 12 May. Incomplete applications cannot be considered by the shortlisting panel.

HR Recruitment, Northmoor City Council`, 'Action required: incomplete application'),

  other(`Hi Dervla,

Just a quick note to say thank you for coming in today. It was great to meet you. We've got two more interviews on Thursday and we'll be in touch early next week either way.

Maeve`, 'Thanks for today'),

  other(`Dear Dr Whitehouse,

Thank you for your application for the position of Lecturer in Accounting (Level B).

Applications closed on 14 June. The selection committee will meet in the week of 1 July to determine a shortlist. Shortlisted applicants will be invited to give a teaching presentation and attend an interview in late July.

We thank you for your patience during this time.

Human Resources Services
Bellarine University`, 'Lecturer in Accounting - application status'),

  other(`Dear Dr Mahlangu,

Thank you for your interest in the Brackley Institute. We have received your expression of interest and added you to our Postdoctoral Talent Network.

Members of the network receive alerts about new fellowships and postdoctoral positions across our research programmes, and invitations to our annual early-career open day. You can update your research interests or leave the network at any time.

Early Career Research Office
Brackley Institute of Neuroscience`, 'Welcome to the Postdoctoral Talent Network'),

  other(`Dear Ms Lindholm,

Please note that the post of Student Wellbeing Adviser has been re-advertised with a closing date of 10 January, with a revised job description.

Applicants who applied in the first round do not need to reapply: your existing application will be considered alongside new applications, and you may upload an updated supporting statement if you wish.

Student Services Recruitment
University of Kestrel Bay`, 'Student Wellbeing Adviser - re-advertisement'),

  other(`Dear Dr Nasser,

We are delighted to inform you that the Selection Committee has recommended you for the position of Postdoctoral Fellow in Tropical Hydrology.

Your appointment is subject to a medical examination and satisfactory security clearance. The Institute's HR office will contact you shortly with the contract and information about your work permit.

Congratulations!

Prof. Dr. Lena Aebischer
Swiss Tropical Water Institute, Basel`, 'Selection Committee decision'),

  other(`Dear friend,

This winter, more than 2,000 families in our region will face a choice between heating and eating. Your gift of £25 could provide a family with a week of hot meals.

Thank you for supporting our work in the past; please consider giving again this Christmas.

With gratitude,
Joan Whitlock
Chief Executive, Harbourside Shelter

You are receiving this because you signed up to hear from Harbourside Shelter. Unsubscribe.`, 'Will you help a family this winter?'),

  other(`Dear Mr Harrington,

We wish to inform you that you have passed the written assessment for the Legal Officer (P-3) position and are invited to a competency-based interview.

Date: 12 September
Time: 10:00 GMT
Format: video conference (link to follow)

The interview will be conducted in English and French. Please have a valid identity document available.

Recruitment Section
Organisation for Legal Cooperation in Africa`, 'Invitation to competency-based interview'),

  other(`Hi Naledi,

Thanks for coming in on the 4th. Quick update: we're still interviewing this week and next, and the panel won't meet until the last interview on the 21st, so it'll be the end of the month before I have news. Nothing wrong, just a long list!

Simon`, 'postdoc - timing'),

  other(`Dear Dr. Sandoval,

I'm pleased to let you know that the committee would like to invite you for a 30-minute first-round Zoom interview for the Assistant Professor position in Aerospace Engineering. Please choose a time using the link below. We'll ask you about your research program and the courses you might teach.

Best regards,
Daniel Whitford
Chair, Faculty Search Committee`, 'Aerospace Engineering search - first-round interview'),

  other(`JOB ALERT: New vacancies matching your profile

- Research Associate, Centre for Ageing Studies (Grade 7) - closes 14 Feb
- Research Assistant, School of Nursing (Grade 6) - closes 21 Feb
- Senior Research Fellow, Institute of Public Health (Grade 8) - closes 28 Feb

View all vacancies. You are receiving this alert because you created a job alert on our careers site.

Westholme University Careers`, 'Job alert: 3 new vacancies'),

  other(`Dear Ms Fernandes,

Thank you for your participation in the final panel interview for the position of Senior Procurement Specialist.

We would be grateful if you could provide contact details for three professional referees, including your current or most recent supervisor, through the candidate portal by 5 December. Reference checks are a standard part of the Bank's selection process and do not indicate a final decision.

Human Resources Department
Pan-Atlantic Development Bank`, 'Request for referees'),

  other(`Dear Josephine,

Thanks for getting in touch to ask about the Policy and Campaigns Manager role. The closing date was Monday and we received over 200 applications, so shortlisting is taking a little longer than we planned. We expect to let everyone know by Friday 19th. Thank you for your patience!

People and Culture Team
Riverbank Alliance`, 'Re: Policy and Campaigns Manager'),

  other(`Dear Colleague,

The Centre for Democratic Governance invites applications for its 2025 Visiting Fellowship Programme. Fellowships of three to six months are open to early-career researchers working on electoral institutions in South Asia. A monthly stipend and accommodation in New Delhi are provided.

Applications close on 15 March. Please share this announcement with interested colleagues.

Fellowships Office
Centre for Democratic Governance`, 'Visiting Fellowships 2025 - call for applications'),

  other(`Dear Dr Ibekwe,

INVITATION FOR INTERVIEW: POST OF LECTURER II, DEPARTMENT OF MICROBIOLOGY

I am directed to inform you that you have been shortlisted for interview for the above post. The interview will hold on Wednesday, 14th August, at the Senate Chamber, at 10:00 a.m.

You are to come along with the originals of your credentials and ten (10) copies of your curriculum vitae.

Yours faithfully,
A. O. Balogun (Mrs)
Deputy Registrar (Establishments)`, 'INVITATION FOR INTERVIEW'),

  other(`Dear Hamish,

Thank you for your email. I can confirm that we have received your request for feedback on your interview for the Senior Library Assistant post. Ailsa is on leave this week, but she will call you on her return on Monday to go through the panel's notes with you.

Best wishes,
Library Services Office`, 'RE: feedback request'),

  other(`Dear Ms Ortega,

Thank you for your participation in the interview for the position of Senior Evaluation Officer, P-4. The interview panel has completed its work, and the recommendation is now being reviewed by the Central Review Body. We expect to communicate the outcome within six to eight weeks.

You may continue to follow the status of your application in your candidate profile.

Office of Human Resources
International Migration and Labour Organization`, 'Status of your application'),

  other(`Dear Mr Kiprotich,

RE: APPLICATION FOR THE POSITION OF TUTORIAL FELLOW

This is to acknowledge receipt of your application for the above position. Your application will be processed and only shortlisted candidates will be contacted.

Yours faithfully,
Registrar (Administration)
University of the Rift`, 'ACKNOWLEDGEMENT'),

  other(`Hi Tomasz,

Thanks for your email, and congratulations on the fellowship! I'm sorry we won't get to work together but completely understand. I've withdrawn you from the process. Do keep in touch.

Anneke`, 'Re: withdrawing my application'),

  other(`Dear Volunteer,

Thank you for registering your interest in volunteering at the Marlowe Maritime Museum. Our next volunteer induction day is on Saturday 8 June. Please reply to book a place, and we'll send you a welcome pack and details of the roles currently available, from gallery guides to archive helpers.

Volunteer and Visitor Services Team`, 'Volunteering at the Marlowe'),
];
