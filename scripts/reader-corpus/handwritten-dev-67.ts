/**
 * Development messages of the sixty-seventh round, never sealed: international organisations, NGOs and foundations.
 * Rejections from UN-style agencies and their e-recruitment portals, development and humanitarian NGOs, an
 * international medical charity, multilateral and regional development banks, climate and health foundations, policy
 * institutes and think tanks, a Red Cross-style society, faith-based charities and small community trusts, written from
 * headquarters and country offices (Geneva, New York, Nairobi, Dakar, Amman, Bangkok, Manila, Bogotá, Dhaka, Kabul,
 * London, The Hague, Washington). Their process in their own words: vacancy announcements with numbers, written tests
 * and technical exercises, language tests, competency-based interviews and panels, reference checks, "recommended
 * candidates", rosters and talent pools, consultancies, national and international posts, duty stations, funding that
 * ends. Paused processes: recruitment suspended pending donor funding, vacancies on hold after a restructuring, a
 * hiring pause. Look-alikes in the same formal words: acknowledgements with vacancy numbers, "only shortlisted
 * candidates will be contacted", invitations to tests and panels, test instructions, reference requests, a roster
 * placement after a passed process, medical and security clearance, offers, extensions, calls for proposals,
 * newsletters, appeals, vacancy alerts and the candidate's own withdrawal.
 *
 * Labelling choices held throughout (LABELS.md and the corpus conventions): "not shortlisted" or "not among the
 * candidates retained" with nothing more is `generic`; a comparison with candidates who "more closely met" the
 * requirements is `profile_mismatch`; a named requirement (a language, years at a grade, field experience, a degree) is
 * `skills_gap` with feedback; a score below the cut-off of a written test or exercise is `assessment` with feedback; a
 * national-staff post closed to the candidate's nationality, a duty-station or visa rule told about the candidate is
 * `location` with feedback; funding ended, grant not renewed or a post cancelled is `role_closed`; a place on a roster
 * or in a talent pool the candidate may be drawn from later opens the door, while a roster placement after a passed
 * process that declines nothing is `other`. For development only: the rules may be checked against it and the model
 * trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d67-');

export const HANDWRITTEN_DEV_67: readonly CorpusLine[] = [
  // ── Application stage: portals, HR officers, small charities
  rej('application', ['generic'], { ...door },
    `Dear Candidate,

Reference: Job Opening 24817 – Programme Management Officer (P-3), Nairobi

Thank you for your interest in the above position and for the time you invested in your application.

We wish to inform you that your application was not retained for further consideration. The hiring team received a considerable number of applications for this opening, and the review has now concluded.

We encourage you to continue to visit the careers portal and to apply to positions for which you meet the requirements. Your candidate profile remains active and can be updated at any time.

This is a system-generated notification. Replies to this address are not monitored.

Talent Acquisition Section
Office of Human Resources`, 'Status update: Job Opening 24817'),

  rej('application', ['generic'], {},
    `Dear Ms. Haddad,

Many thanks for applying for the Protection Assistant role with our Amman office. I'm sorry to say you were not shortlisted this time.

With best wishes for your search,
Rana
HR Officer, Jordan Country Programme`, 'Protection Assistant – Amman'),

  rej('application', ['profile_mismatch'], { ...door },
    `VACANCY NOTICE NO. 2026-114  |  Senior Investment Officer, Private Sector Operations Department

Dear Mr. Villanueva,

We refer to your application for the above vacancy. The Bank received a strong response from qualified candidates in its member countries. Following a careful review against the requirements of the post, other applicants were judged to offer a closer match to the profile the department is seeking, and your application will not be taken further.

Your profile will be kept in our database for a period of twelve months, during which it may be considered against similar openings.

Human Resources and Budget Department
Manila, Philippines

----
This message and any attachments are confidential and intended solely for the addressee.`, 'Your application – Vacancy 2026-114'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Bonjour Monsieur Akande,

Thank you for your application for the post of Chargé de suivi-évaluation (M&E Officer) in our Dakar regional office (ref. DKR/ME/26/07).

The position requires working-level French at C1 on the common framework, since all reporting to the partner ministries and the field teams is done in French. From your application the level you indicated is B1, and for that reason we are not able to consider you further for this particular post.

We do hope you will keep an eye on our English-language vacancies in the region.

Cordialement,
Awa Ndiaye
Chargée des ressources humaines
Bureau régional Afrique de l'Ouest`, 'DKR/ME/26/07 – suite donnée à votre candidature'),

  rej('application', ['location'], { ...fb },
    `Dear Applicant,

Thank you for applying to the position of National Programme Officer (Nutrition), NOB, Dhaka.

Please note that National Officer posts are reserved for nationals of the country of the duty station. As your application shows a nationality other than Bangladeshi, we are unable to consider it for this vacancy. International posts are advertised separately on the careers site.

Regards,
Recruitment Unit, Bangladesh Country Office`, 'VA/2026/041 National Programme Officer (Nutrition)'),

  rej('application', ['generic'], {},
    `Hi Tom,

thanks so much for putting yourself forward for the Communications Lead role. We had over 400 applications, which for a team of eleven is a lot. I'm afraid we won't be inviting you to the next stage. Due to the volume we are not in a position to give individual feedback, but I did want you to hear it from a person rather than a system.

All the best,
Harriet Lowe
Operations Director
Greenwell Climate Foundation, London`, 'Communications Lead'),

  rej('application', ['role_closed'], {},
    `Dear Priya,

I'm writing with some disappointing news. The Community Outreach Worker post you applied for was to be funded from our three-year grant from the lottery fund, and we heard last week that the renewal has not been approved. We have therefore withdrawn the vacancy and will not be taking any applications further.

I'm really sorry, this is not the outcome any of us wanted. Thank you for taking the time to apply to a small trust like ours.

Warmly,
Bernadette Shaw
Founder, Eastfield Community Trust`, 'Outreach Worker vacancy – withdrawn'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Dr. Mensah,

Thank you for your interest in the Field Data Assistant (G-5) position in our Accra sub-office.

Having read your application, the panel felt that with a doctorate and more than ten years as a senior epidemiologist, your experience goes well beyond this support-level role, which is mainly data entry and logistics for survey teams. We would not want to place you in a post where you would quickly find little challenge.

I'd encourage you to look at our professional vacancies, where your background would be a natural fit.

Kind regards,
Efua Boateng
Human Resources Associate`, 'Field Data Assistant (G-5), Accra'),

  rej('application', ['generic'], { ...door },
    `Subject line says it all, I'm afraid — but a few words more.

Dear Mr. Ferreira,

On behalf of the Institute, thank you for applying to be a Research Fellow in our Global Economy programme. The selection committee has completed the first review, and we regret that you are not among the applicants invited to interview.

We run this fellowship every year and would be glad to receive your application again in the next cycle.

Sincerely,
Office of Fellowships
Hollis Institute for International Policy
Washington, DC`, 'Research Fellowship 2026–27: outcome of first review'),

  rej('application', ['generic'], {},
    `Your application to vacancy HQ-ICT-26-0093 (Associate Information Systems Officer) has a new status: Not Selected.

Log in to view details.

--
This is an automatic notification from the e-Recruitment system. Please do not reply to this email.`, 'Application status changed'),

  rej('application', ['profile_mismatch'], {},
    `Dear Ahmed,

Thank you for applying for the position of WASH Engineer with our mission in Kabul.

We received applications from many strong candidates. After review, we have decided to proceed with applicants whose backgrounds align more closely with what the mission needs at this moment.

We appreciate your commitment to humanitarian work and wish you the very best.

Regards,
HR Coordination – Afghanistan Mission`, 'WASH Engineer – Kabul'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Ms. O'Donnell,

Re: Humanitarian Logistics Officer, Vacancy Ref. ER-LOG-0512

Many thanks for your application, which we read with interest. Your supply chain background in the commercial sector is clearly strong. For this post, however, the minimum requirement is at least two years of field experience in an emergency or humanitarian setting, and we could not find this in your CV. As the role deploys within 72 hours to sudden-onset emergencies, this is one criterion we cannot relax.

If you gain field experience, for instance through our Emergency Roster Induction course, we would very much welcome a future application.

Kind regards,
Siobhan Keane
People & Culture Partner, Emergency Response Unit
Dublin`, 'ER-LOG-0512 – your application'),

  rej('application', ['generic'], {},
    `<html><body><p>Dear Applicant,</p>
<p>Thank you for your interest in the <b>Finance Associate</b> position (Req. 26-FIN-0471).</p>
<p>We regret to inform you that your application has not been successful.</p>
<p>Kind regards,<br>Global Talent Team</p>
<p style="font-size:9px;color:#888">We are an equal opportunity employer and value diversity at all levels. Unsubscribe from job alerts | Privacy Notice</p>
</body></html>`, 'Req. 26-FIN-0471 – Finance Associate'),

  rej('application', ['internal_candidate'], {},
    `Dear Carlos,

Thank you for applying to the Programme Coordinator vacancy at our Bogotá office. I am writing to let you know that the post has been filled through the internal mobility exercise, by a colleague already serving with the organisation, and so external applications will not be reviewed.

We thank you for your interest.

Saludos cordiales,
Lucía Rincón
Oficial de Recursos Humanos, Oficina de País Colombia`, 'Programme Coordinator – Bogotá'),

  rej('application', ['generic'], { ...door },
    `Dear Oluwaseun,

We appreciate you applying for the Grants Officer role at Hope Harvest Foundation. After reviewing all the applications we received, we will not be progressing your application on this occasion.

Do not be discouraged — we would love to see your name again when the next round of posts opens in the new year. Please keep applying.

God bless,
Adaeze Nwosu
HR & Admin Manager
Hope Harvest Foundation, Lagos`, 'Grants Officer application'),

  rej('application', ['profile_mismatch', 'skills_gap'], { ...fb },
    `Dear Mr. Lindqvist,

Vacancy Announcement: Senior Health Economist, Global Health Partnership Secretariat (Ref. GHP/26/HE/03)

Thank you for submitting an application for the above position. The shortlisting panel assessed all applications against the criteria in the vacancy announcement.

While we noted your solid grounding in public finance, other candidates more closely matched the profile sought. In particular, the post calls for a minimum of eight years of progressively responsible experience in health financing in low- and middle-income countries, and your application reflects around four years in this area.

We wish you success in your career.

Secretariat Human Resources
Geneva`, 'GHP/26/HE/03 – result of shortlisting'),

  rej('application', ['generic'], {},
    `Thanks for applying to volunteer as a Country Fellow with us. We had far more good applicants than places and you weren't selected this year. — the Fellowship team`, 'Country Fellowship 2026'),

  rej('application', ['generic'], { ...door },
    `Dear Mr. Karimi,

With reference to your application for the post of Administrative Assistant (SB-3), we would like to inform you that following the screening of applications you have not been included in the list of candidates retained for the next step of the selection.

Your details will stay in our roster database and may be considered for future SB-3 vacancies in the Kabul Office. We thank you for your interest in working with us.

Yours faithfully,
Human Resources Unit
Kabul Office`, 'Your application – Administrative Assistant (SB-3)'),

  rej('application', ['location'], { ...fb, ...door },
    `Dear Jun,

Thank you for your application for the Regional Partnerships Manager position.

Unfortunately, this role is based in our Bangkok hub, and the Thai work permit rules we operate under mean we can only hire into this post someone who already holds the right to live and work in Thailand or who is a Thai national. In your application you note that you are based in Singapore and would need sponsorship, so we are not in a position to take this application further.

We hire in Singapore from time to time, so do keep us in mind and look out for roles there.

Best regards,
Nattaya S.
People Operations, Asia-Pacific`, 'Regional Partnerships Manager – your application'),

  rej('application', ['generic'], { ...door },
    `Dear Member,

Thank you for expressing interest in the consultancy for the End-Line Evaluation of the Resilient Livelihoods Programme (RFP ref. RLP-EVAL-26). The evaluation committee has completed its review of the expressions of interest and your submission will not proceed to the technical proposal stage.

Your details remain in our consultant database, and you may be contacted should a suitable assignment arise.

Procurement & Grants
Regional Office for East Africa`, 'RLP-EVAL-26 – Expression of Interest'),

  rej('application', ['generic'], {},
    `Dear Applicant,

We would like to thank you for applying to vacancy no. 26/GVA/PRG/019.

Regrettably your candidature could not be retained. Owing to the very large number of applications, we are unable to respond to requests for individual feedback or enter into correspondence regarding the selection.

Yours sincerely,
Recruitment Services
Geneva`, 'Vacancy 26/GVA/PRG/019'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Rebecca,

I hope you are keeping well. Thank you for applying to be our Policy & Advocacy Officer. We've now been through every application, and in the end we've chosen to interview people whose experience sits a little closer to what this role needs day to day.

I'd genuinely encourage you to apply again — we grow every year and I can see you care about the issue.

Cheers,
Matt
Head of Policy, Shelter & Dignity Australia (Melbourne)`, 'Policy & Advocacy Officer'),

  rej('application', ['generic'], {},
    `Dear Shreya,

Thank you for taking the time to apply for the Programme Associate – Education position with our foundation.

After careful consideration, we regret to inform you that your application has not been shortlisted for further process. We received a large number of applications and the selection was highly competitive.

We wish you the very best in your future endeavours.

Warm regards,
HR Team
Sahyog Education Foundation, New Delhi`, 'Application for Programme Associate – Education'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr. Petrov,

Thank you for applying for the Legal Officer (P-3) position in The Hague. Your application does not meet the minimum requirements of the vacancy: an advanced university degree in law, with specialisation in international criminal or humanitarian law, is required. Your application lists a master's degree in international relations. For this reason your application was screened out at the eligibility stage.

Registry – Human Resources Section`, 'Legal Officer (P-3) – eligibility'),

  rej('application', ['generic'], { ...door },
    `Dear Friend,

Thank you for applying to volunteer with the Red Crescent Society's Disaster Response Volunteer programme in Manila. We are sorry that we were not able to offer you a place in this intake. Please do not lose heart — we open a new intake every quarter and would be very happy to receive your application again.

In humanity,
Volunteer Management Office`, 'Volunteer intake – Q1'),

  rej('application', ['role_closed'], {},
    `Dear Ms. Chikwanha,

Re: Post of Monitoring & Evaluation Officer, Harare

I regret to advise that the above post has been cancelled following the donor's decision to close the programme at the end of this funding cycle. We will therefore not be proceeding with the recruitment, and your application has been closed.

Thank you for your interest.

Yours sincerely,
Thandeka Dlamini
HR Business Partner, Southern Africa
Johannesburg`, 'M&E Officer, Harare – post cancelled'),

  rej('application', ['generic'], {},
    `Hey — thanks for applying to intern with us at the Think Forward Lab. We went with other applicants for the spring cohort. Good luck out there!

Sent from my iPhone`, 'Spring internship'),

  rej('application', ['profile_mismatch', 'skills_gap'], { ...fb },
    `Dear Ms. Tan,

Thank you for your application to the Research Analyst (Trade and Development) vacancy.

The review committee considered each application carefully. On balance, we have concluded that your profile is not the strongest match for this position's requirements, and we will not be inviting you to the next stage. We note in particular that the role calls for hands-on work with trade datasets in Stata or R, which your application does not mention.

We thank you for your interest in the Centre's work.

Yours sincerely,
Human Resources
Centre for Asian Economic Studies, Singapore

This email is confidential. If you have received it in error, please delete it and notify the sender.`, 'Research Analyst (Trade and Development)'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for submitting your application for the position of Driver (GS-2) at the Country Office.

The Country Office regrets that you were not among the shortlisted candidates.

Human Resources`, 'Driver GS-2 – Country Office'),

  // ── Screening calls
  rej('screen', ['generic'], { ...door },
    `Dear Amina,

Thank you for speaking with me on Tuesday about the Partnerships Officer role. I enjoyed hearing about your time with the women's cooperatives in Mombasa.

Having now completed the initial calls with all shortlisted applicants, we will not be inviting you to the panel stage. I know this is not the news you hoped for.

We regularly recruit for similar roles across the region and I would be glad to see you apply again.

Best,
Wanjiru Kamau
Talent Acquisition Specialist, Africa Regional Office, Nairobi`, 'Partnerships Officer – following our call'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Daniel,

Thanks again for the call last week. After talking it through with the programme director, we feel the role needs someone whose background is more rooted in grant-making than in fundraising, so we won't be taking your application further.

Appreciate your time, and good luck.

Jess Moreno
Recruitment Partner
Aldergrove Family Foundation, Toronto`, 'Following up – Program Officer'),

  rej('screen', ['location'], { ...fb },
    `Dear Sir,

Further to our telephone screening on 12 March, I am writing regarding your application for Security Focal Point, Sub-Office Maiduguri.

During the call you told us that you would not be able to relocate to Maiduguri and would prefer to cover the area from Abuja. The post is a non-family duty station posting with residence required in the sub-office, so we are unable to continue with your application.

Thank you for your understanding.

Yours faithfully,
Ibrahim Musa
Human Resources Officer
Nigeria Country Office`, 'Security Focal Point, Maiduguri'),

  rej('screen', ['generic'], {},
    `Dear Ms. Ruiz,

Thank you for the pre-screening interview you had with our HR Assistant regarding the Cash Transfer Programme Officer post. We regret to let you know you have not been retained for the next phase.

Regards,
Human Resources, Bogotá`, 'CTP Officer – resultado'),

  rej('screen', ['overqualified'], { ...fb, ...door },
    `Hello Rajesh,

Thank you for a really open conversation on Thursday. I've reflected on what we discussed, and I have to be honest with you: with fifteen years of country-director experience, you would be significantly senior to the Deputy Programme Manager role, which reports to a manager with far less experience than you. We don't think that would be good for you or for the team.

I'd like to keep your CV on file for senior openings — we have a Country Director search coming up later this year for Nepal.

Regards,
Kavita Menon
Head of People, South Asia`, 'Our chat on Thursday'),

  rej('screen', ['skills_gap'], { ...fb },
    `Dear Yusuf,

It was good to speak on Monday. As I mentioned, the Arabic language screening forms part of the first call for this post, and the role requires fluent spoken and written Arabic for daily liaison with local authorities. From our conversation, your Arabic is not yet at the level needed for that liaison work, so I'm sorry to say we won't be moving to the interview.

Kind regards,
Layla Al-Sayed
HR Officer, Amman`, 'Community Liaison Officer – outcome of phone screen'),

  rej('screen', ['generic'], {},
    `hi Sam, thanks for the quick intro call yesterday. we've decided not to move ahead for the research assistant spot. best of luck — Dana (Open Ledger Institute)`),

  rej('screen', ['profile_mismatch'], { ...offered },
    `Dear Ms. Adeyemi,

Thank you for making time for the introductory call with our recruitment team regarding the role of Country Finance Manager.

We have now reviewed the notes from all the screening calls and, in comparison with the other candidates, we do not consider your profile to be as closely aligned with the requirements of the position. We will therefore not be proceeding to the competency-based interview with you.

If you would find it useful, I am happy to arrange a short call to talk you through the observations from the screening.

Sincerely,
Olumide Bakare
Recruitment Lead, West & Central Africa`, 'Country Finance Manager – screening outcome'),

  // ── Written tests, technical exercises, language tests
  rej('assessment', ['assessment'], { ...fb },
    `Dear Candidate,

Job Opening 31190 – Statistician (P-2), Bangkok

Thank you for taking the written assessment for the above job opening on 4 February.

The passing mark for the written assessment was set at 60 out of 100. Your score was 48, and you will therefore not be invited to the competency-based interview.

We thank you for your interest in the Commission.

Recruitment Team
Economic and Social Commission, Bangkok

Do not reply to this message.`, 'JO 31190: Result of written assessment'),

  rej('assessment', ['generic'], {},
    `Dear Ms. Kovacs,

Thank you for completing the technical exercise for the Programme Specialist – Gender Equality position.

All exercises were evaluated anonymously by a panel, and yours is not one of those going forward to the interview stage.

Due to the high volume of candidates, we are unable to provide individual feedback on the exercise.

With kind regards,
People and Culture Division`, 'Programme Specialist – Gender Equality'),

  rej('assessment', ['assessment', 'profile_mismatch'], { ...fb },
    `Dear Mr. Hossain,

Re: Vacancy DHK-26-022, Shelter Cluster Coordinator

Thank you for submitting your case study. The panel scored the written submissions against a standard marking guide. Your submission scored 21/40, below the threshold of 28 needed to progress; the panel felt the response plan did not address the site-planning constraints set out in the brief. Overall, other candidates' combined application and exercise scores were higher, and we will not be progressing your application.

Kind regards,
Nusrat Jahan
HR Officer, Dhaka`, 'Shelter Cluster Coordinator – case study result'),

  rej('assessment', ['skills_gap', 'assessment'], { ...fb, ...offered },
    `Dear Elena,

Thank you for sitting the Spanish language test for the Regional Communications Officer post.

The role requires Spanish at level C1, as the officer will draft and edit material for audiences across Latin America. The test result placed you at B2, and we are therefore not able to take your application further for this post.

I appreciate this is disappointing after the effort you put in. If you would like to hear more detail on the test, just let me know and I'll put you in touch with the assessor.

Best regards,
Carmen Ospina
Talent Acquisition Officer, Panama Regional Hub`, 'Regional Communications Officer – language test'),

  rej('assessment', ['generic'], { ...door },
    `Dear Applicant,

Thank you for participating in the online assessment for the Young Professionals Programme 2026.

The assessment was highly competitive, and we regret that you have not been selected to advance to the next phase. We encourage you to apply again in a future cycle if you remain eligible.

Young Professionals Programme Secretariat
Washington, DC

Please do not reply to this automated message.`, 'YPP 2026 – outcome of online assessment'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Mr. Ochieng,

Thank you for taking part in the data-analysis exercise for the Research Officer post.

I'm afraid you have not passed this stage. The exercise was marked out of 50 and the cut-off was 35; you scored 29. The main gap was in the second task, where the regression was run on the unweighted sample.

Warm regards,
Grace Wambui
Operations Manager
Kijani Policy Research Institute, Nairobi`, 'Research Officer – exercise result'),

  rej('assessment', ['profile_mismatch'], {},
    `Dear Sarah,

Many thanks for the time and thought you put into the written task for our Head of Fundraising vacancy. We had a very strong field, and after scoring the tasks alongside the applications we've decided to progress people whose overall experience is a tighter fit for what we need right now.

I'm sorry it's not better news.

Kind regards,
Fiona Gallagher
Chief Executive, Lifeline Hospice Trust, Cork`, 'Head of Fundraising'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Candidate,

Re: Vacancy Announcement VA/2026/118 – Procurement Associate (G-6)

We wish to inform you of the outcome of the written test held on 17 March 2026. Only candidates who obtained a score of 70% or above have been retained for the next stage. Your score was 62%, and you have not therefore been retained.

Nothing stops you from applying for other posts with the organisation where you feel qualified, and we hope you will.

Human Resources Section, Nairobi`, 'VA/2026/118 – Written test result'),

  rej('assessment', ['generic'], { ...door, ...offered },
    `Dear Kwame,

Thank you for completing the take-home assignment for the Data & Learning Lead position. We appreciate the time it took.

After reviewing all submissions, we won't be moving forward with your candidacy. If a few notes on your submission would be useful, reply here and I'll send them over. We'd also be glad to hear from you when our next learning roles go live.

Best,
Hiring team, Impact Evidence Partners`, 'Data & Learning Lead – next steps'),

  rej('assessment', ['skills_gap', 'assessment'], { ...fb },
    `Dear Ms. Rahimi,

Thank you for taking the written test for the post of Finance Officer, Herat Sub-Office.

The test included an exercise on donor financial reporting under multi-currency grants. Your answers showed that you have not yet worked with IPSAS-based reporting, which is essential for this post, and your overall score was below the minimum pass mark. We are therefore unable to continue with your candidacy.

Sincerely,
HR Unit, Afghanistan`, 'Finance Officer, Herat – written test'),

  rej('assessment', ['generic'], { ...door },
    `Dear Ms. Okonkwo,

Thank you for the effort you put into the policy memo exercise. It was a pleasure to read. The selection committee has now decided which candidates will be invited to interview, and I'm sorry to tell you that you are not among them this time.

We'll keep your details for our next call for research assistants, and hope you'll consider applying.

Best wishes,
Claire Dubois
Programme Manager
Centre for Global Governance, The Hague`, 'Policy memo exercise – outcome'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Applicant,

Thank you for completing the timed coding assessment for the Associate Data Engineer role (HQ-IT-8812).

Candidates needed to pass at least four of the six tasks to be eligible for interview. Your submission passed two tasks. We will not be moving your application forward.

Global Recruitment – Information Technology
Geneva`, 'HQ-IT-8812 – assessment result'),

  rej('assessment', ['generic'], {},
    `Good afternoon,

Following the completion of reference checks for the Senior Procurement Officer consultancy, we have decided not to proceed with your engagement.

Regards,
Operations, Regional Bureau for Asia and the Pacific`, 'Senior Procurement Officer consultancy'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Mr. Santos,

Re: Technical Assessment – Climate Finance Specialist

Thank you for taking the technical assessment. The panel scored all submissions against the marking scheme, and your overall mark of 54% fell short of the 65% needed to progress to interview. The panel's notes suggest the strongest part of your paper was the project pipeline analysis, while the questions on blended finance structures were answered only briefly.

If you'd find a fuller breakdown of the marks useful, do write back and I can send it across.

Kind regards,
Ana Beatriz Lima
Talent Acquisition, Climate Investment Facility`, 'Climate Finance Specialist – technical assessment'),

  rej('assessment', ['generic'], {},
    `Dear Candidate, thank you for attending the written test for Programme Assistant (Dakar). You have not been retained. Regards, HR Dakar`),

  // ── Competency-based interviews and panels
  rej('interview', ['generic'], { ...door },
    `Dear Ms. Bergström,

Job Opening 23655 – Human Rights Officer (P-3), Geneva

Thank you for participating in the competency-based interview for the above position. We would like to inform you that, following the completion of the assessment process, you have not been recommended for selection.

We value your interest in the Organization and encourage you to apply for other positions matching your profile.

Sincerely,
Human Resources Management Section`, 'JO 23655: outcome of interview'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear David,

Thank you for meeting the panel on Wednesday for the Country Programme Manager role in South Sudan. The panel enjoyed the conversation, particularly your reflections on remote management.

After discussing all interviews, the panel has recommended a candidate whose experience better fits the current priorities of the programme, and I'm sorry to say that we won't be offering you the role.

If it would help, I'd be glad to set up a twenty-minute call to share the panel's observations.

With best wishes,
Esther Lado
Regional Programme Director, Juba / Nairobi`, 'Country Programme Manager – panel outcome'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Mr. Nakamura,

Thank you for your interview for the Emergency Health Coordinator position.

The panel was impressed by your clinical background. However, the post requires experience managing a health response in an active conflict setting, and the examples you gave during the interview came from natural-disaster responses. Because the next deployment is to a conflict zone, the panel decided to select a candidate with that specific experience.

We thank you for your commitment.

Yours sincerely,
Medical Department HR
International medical charity, Geneva operational centre`, 'Emergency Health Coordinator'),

  rej('interview', ['generic'], { ...offered },
    `Dear Lwazi,

Thanks very much for coming in to talk to us about the Youth Programme Facilitator position. We've now spoken to everyone on the shortlist and unfortunately we will not be offering you the post. Should you want to talk through how your interview went, phone me any afternoon this week.

Best wishes,
Nomsa Khumalo
Programmes Manager
Ubuntu Youth Trust, Cape Town`, 'Youth Programme Facilitator'),

  rej('interview', ['position_filled'], {},
    `Dear Ms. Walsh,

Vacancy No. NY-26-POL-007, Political Affairs Officer

I write to thank you for attending the interview held on 9 April. The selection process for this vacancy has been completed, and the selected candidate has accepted the offer of appointment.

We appreciate your interest and the time you gave to the process.

Yours sincerely,
Executive Office
New York`, 'NY-26-POL-007'),

  rej('interview', ['internal_candidate'], {},
    `Dear Mr. Dubey,

Thank you for taking the time to interview with us for the Resource Mobilisation Manager position in our Manila office.

I wanted to let you know personally that we have decided to appoint a colleague from our existing team who has been covering the role on an acting basis. This was a close decision, and we very much appreciated meeting you.

Kind regards,
Marisol Dizon
HR Manager, Asia-Pacific Regional Office`, 'Resource Mobilisation Manager'),

  rej('interview', ['profile_mismatch', 'skills_gap'], { ...fb, ...door },
    `Dear Aisha,

I hope this finds you well. First, thank you for your preparation for the panel last Thursday — the presentation on community feedback mechanisms was thoughtful and clear.

I'm writing to let you know that we will not be offering you the Accountability to Affected Populations Adviser role. This was not an easy decision. The panel compared candidates closely, and ultimately chose someone whose experience fit more closely with our current programme mix. One specific point the panel raised was that the role will lead on data protection for beneficiary registration, and your answers suggested limited hands-on experience with biometric registration systems.

That said, we would very much like to keep you in our talent pool for adviser roles, and I'll flag your profile to colleagues in the Protection team.

Warm wishes,
Helen Marsh
Head of Humanitarian Programmes
London`, 'AAP Adviser – outcome'),

  rej('interview', ['role_closed'], {},
    `Dear Ms. Quispe,

Thank you for interviewing for the Indigenous Rights Programme Officer position.

Since your interview, we have been informed that the donor will not renew the programme grant beyond June. As a result, the post has been cancelled, and we are closing the recruitment without making an appointment.

We are truly sorry for this outcome.

Atentamente,
Andean Rights Foundation, Lima`, 'Programme Officer – recruitment closed'),

  rej('interview', ['generic'], {},
    `Dear Dr. Al-Khatib,

Further to your interview with the selection panel for the Senior Researcher (Middle East Programme) post, I regret to inform you that your application has not been successful.

Given the number of candidates interviewed, we are unable to provide feedback on individual interviews.

Yours sincerely,
Caroline Ashby
HR Manager
Meridian Institute for International Affairs, London`, 'Senior Researcher – Middle East Programme'),

  rej('interview', ['location', 'position_filled'], { ...fb },
    `Hi Marco,

Thank you for the interview last week for the Regional Logistics Coordinator position. The panel liked your approach a lot.

During the conversation you mentioned that your visa for Kenya runs out in September and that you were not planning to renew it. The post is based in Nairobi for a minimum of two years, and we unfortunately cannot sponsor a work permit for this grade. On that basis we have made an offer to another candidate.

All the best,
Joyce Mutua
HR Business Partner, East Africa`, 'Regional Logistics Coordinator'),

  rej('interview', ['generic'], { ...door },
    `Dear Ms. Fitzgerald,

On behalf of the interview board, thank you for attending for interview for the post of Development Education Officer. Having considered all candidates, the board did not recommend you for appointment on this occasion. The board did, however, place you on a panel from which future vacancies of this type may be filled over the next twelve months.

Yours sincerely,
Human Resources
Irish development agency, Limerick`, 'Development Education Officer – outcome of interview'),

  rej('interview', ['profile_mismatch', 'location'], { ...fb },
    `Dear Ibrahima,

Merci for your time on the video interview for the Cash and Markets Officer role in Bamako. Our panel preferred a candidate who, in its view, brought the better-suited background for this stage of the programme. Also, as you told us you would remain based in Dakar, and the post requires residence in Bamako, we could not have gone ahead in any case. We wish you all the best for the future.

Kind regards,
HR Sahel`, 'Cash and Markets Officer – Bamako'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Ms. Reddy,

Thank you for participating in the competency-based interview for the position of Grants Manager (Institutional Donors).

This note is to let you know that the post will not be offered to you. The panel was looking for demonstrated experience of managing EU and USAID grants above USD 5 million, and the examples you shared were at a smaller scale.

Should you wish to receive further feedback, please contact the undersigned within four weeks.

With best regards,
Priyanka Sharma
Senior HR Officer
Delhi`, 'Grants Manager (Institutional Donors)'),

  rej('interview', ['generic'], {},
    `Dear Nicolás, gracias por la entrevista. Hemos decidido continuar con otros candidatos para el puesto de Oficial de Proyectos. Thank you again for your interest. — Equipo de RRHH, Fundación Tierra Viva, Bogotá`, 'Oficial de Proyectos'),

  rej('interview', ['role_closed'], { ...door },
    `Dear Ms. Abubakar,

Thank you for interviewing with us for the Nutrition Programme Manager post in Kano.

I am afraid I have to tell you that our organisation has just concluded a restructuring of the Nigeria programme, and this post no longer exists in the new structure. We are therefore unable to continue the recruitment.

We were very glad to meet you and will be happy to consider you for roles in the new structure once they are advertised.

Sincerely,
Chinwe Okeke
Country HR Manager, Abuja`, 'Nutrition Programme Manager – Kano'),

  rej('interview', ['generic'], {},
    `Dear Ms. Ivanova,

Thank you for attending the interview for the Translator/Reviser (Russian) post. The panel has concluded its deliberations, and it did not place you among the candidates it recommends for the post.

Languages Service
Vienna`, 'Translator/Reviser (Russian)'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Hamid,

We really valued the conversation with you and the hiring team for the MEAL Manager role.

After a lot of thought, we went with a candidate who sat nearer to the profile we had sketched for the job. I am sorry to disappoint you.

We'd be delighted if you considered us again in future — we expect several MEAL posts to open in Pakistan and Afghanistan later this year.

Regards,
Sadia Malik
People Partner`, 'MEAL Manager'),

  rej('interview', ['role_closed', 'profile_mismatch'], {},
    `Dear Dr. Eze,

Thank you for your time at the interview for the Health Systems Adviser (consultant) position. Since the interviews, the grant supporting the assignment has been reduced and the scope cut to a single country. For the reduced scope, the panel considered another consultant's profile to be closer to what is now needed, and we regret that we will not be able to offer you this consultancy.

Best regards,
Global Health Partnership Secretariat`, 'Health Systems Adviser – consultancy'),

  // ── Final panels, reference checks, recommended candidates
  rej('final', ['position_filled'], { ...door },
    `Dear Ms. Andersen,

Job Opening 22941 – Chief, Evaluation Section (P-5), New York

I am writing to thank you for your participation in the full selection process for the above position, including the written assessment, the competency-based interview and the final interview with the Director.

You were among the final candidates considered, and the hiring manager found the decision a difficult one. The selection has now been approved and the recommended candidate has accepted the appointment.

Your name has been placed on the roster of pre-approved candidates for similar functions at the P-5 level, from which you may be considered for future vacancies without a further competitive process.

Yours sincerely,
Executive Officer
Evaluation Office`, 'JO 22941 – selection completed'),

  rej('final', ['generic'], { ...offered },
    `Dear Tariq,

Thank you for coming through to the final panel for the Director of Programmes role. It's been a long process and I really appreciate the time and energy you've given it.

The trustees met yesterday and, after a long discussion, have decided not to take your application further. I'm sorry this isn't the outcome you hoped for.

If you'd like to have a chat about the process, I'd be very happy to do that — just drop me a line.

Best wishes,
Rachel Odell
Chief Executive
Bridge to Safety (refugee-response charity), Manchester`, 'Director of Programmes'),

  rej('final', ['profile_mismatch'], {},
    `Dear Mr. Chua,

You were one of the last two candidates for the Head of Research post, and I wanted to thank you for the rigour and energy you brought to both interviews and the presentation to the board.

In the end the board felt that the other finalist's experience aligned more closely with the Institute's direction for the next three years. We will therefore not be offering you the position.

With my thanks and very best wishes,
Dr. Lim Wei Ling
Executive Director
Pan-Asian Policy Forum, Singapore`, 'Head of Research – final decision'),

  rej('final', ['generic'], {},
    `Dear Candidate,

Following reference checks conducted after the final interview for the position of Deputy Representative (P-5), Manila, we would like to inform you that you have not been selected for this position.

We thank you for your continued interest in the Organization.

Human Resources
Regional Office for the Western Pacific`, 'Deputy Representative (P-5) – Manila'),

  rej('final', ['position_filled'], {},
    `Dear Ms. Ong,

Thank you for your patience during a long recruitment for the Country Director, Myanmar role. I'm writing to let you know that our preferred candidate has now signed their contract, which brings the process to an end.

I want to thank you sincerely for coming through to the final interview with our CEO. It was a privilege to meet you.

Kind regards,
Anne-Marie Dupont
International HR Director
Paris`, 'Country Director, Myanmar – update'),

  rej('final', ['internal_candidate', 'position_filled'], {},
    `Dear Mr. Banda,

Thank you for attending the final interview for Head of Finance, Lilongwe.

The panel has appointed a member of our existing regional team to the post, and the appointment has now been confirmed. We will not be proceeding further with your application.

We are grateful for your time.

Yours faithfully,
Grace Phiri
HR Manager, Malawi`, 'Head of Finance, Lilongwe'),

  rej('final', ['skills_gap', 'profile_mismatch'], { ...fb, ...door },
    `Dear Joana,

Thank you for everything you put into the recruitment for Regional Advocacy Director. You were one of three finalists, and the final panel were struck by your strategic thinking.

I am sorry to tell you that we will not be offering you the role. I want to be open about how the decision was made, because you deserve that. Across the whole process the panel judged the successful candidate's experience to be a stronger match for the role overall. The area where your candidacy fell short was in working directly with the African Union and regional economic communities — the post will spend much of its time in Addis Ababa, and the panel felt you had not yet had that exposure.

This is a close call, and we would like to keep your details on our senior talent pool. I'll make sure my colleagues know about you.

With warm regards,
Nkechi Obi
Chief People Officer
Pan-African Advocacy Network, Nairobi`, 'Regional Advocacy Director – final decision'),

  rej('final', ['role_closed'], {},
    `Dear Ms. Hughes,

After the final panel for Director, Climate Adaptation, the Board of Governors reviewed the organisation's priorities for the coming period and decided not to fill the post this year. The position has been withdrawn.

We recognise the investment you made in our process and we are sorry.

Sincerely,
Office of the Vice President, Human Resources
Regional development bank, Abidjan`, 'Director, Climate Adaptation – position withdrawn'),

  rej('final', ['generic'], { ...door },
    `Dear Miguel,

Thank you for taking part in the final stage of our selection for the Humanitarian Fellowship. We'd like to let you know that you have not been selected for the 2026 cohort.

This was one of the most competitive years we've had. We'd love to see you apply again next year, and we'll add you to our alumni and applicants' mailing list so you hear first.

Fellowship Team
Humanitarian Leadership Academy`, 'Humanitarian Fellowship 2026 – final stage'),

  rej('final', ['position_filled'], {},
    `Dear Ms. Nair,

We refer to your candidature for the post of Chief of Office, Cox's Bazar. Reference checks for the recommended candidate have been finalised and the offer of appointment has been accepted. The selection for this vacancy is now closed.

Thank you for your participation in the final interview.

Human Resources Section
Bangladesh`, "Chief of Office, Cox's Bazar"),

  rej('final', ['generic'], {},
    `Dear Oscar,

Just to let you know we did the final round yesterday and we're not offering you the Communications Director role — sorry. Thank you for your time throughout.

Kit
on behalf of the Trustees, Ocean Commons Trust`, 'Communications Director'),

  // ── Paused processes
  hold('application', ['role_closed'], {},
    `Dear Applicant,

Vacancy Announcement VA/2026/063 – Livelihoods Officer, Maiduguri

Thank you for your application for the above vacancy. We wish to inform you that the recruitment has been suspended pending confirmation of donor funding for the second phase of the programme.

Your application has not been rejected and remains under consideration. Should funding be confirmed, the recruitment will resume and shortlisted candidates will be contacted. We appreciate your patience and understanding.

Human Resources
Nigeria Country Office`, 'VA/2026/063 – recruitment suspended'),

  hold('interview', ['role_closed'], {},
    `Dear Ms. Moreau,

Thank you again for your interview with the panel for the Regional Gender Adviser post.

I am writing to let you know that, following an organisational restructuring announced last week, all vacancies at regional level have been placed on hold while the new structure is finalised. No decision has been taken on this post, and your candidacy remains open.

We expect to be able to update you within six to eight weeks. I am sorry for the uncertainty and appreciate your patience.

Kind regards,
Sophie Laurent
HR Business Partner, Dakar Regional Office`, 'Regional Gender Adviser – process on hold'),

  hold('assessment', ['role_closed'], {},
    `Dear Candidate,

Job Opening 24102 – Administrative Officer (P-3), Addis Ababa

You recently completed the written assessment for the above job opening. Owing to the liquidity situation and the resulting temporary suspension of recruitment across the Secretariat, the selection process for this job opening is on hold.

The job opening has not been cancelled. Candidates will be informed once the process resumes.

Recruitment Team

This is a system-generated message. Please do not reply.`, 'JO 24102: process on hold'),

  hold('final', ['role_closed'], {},
    `Hi Ben,

I wanted to give you an honest update rather than leave you waiting. The board was due to confirm the Programme Director appointment this week, but our largest funder has asked us to delay new senior hires until their strategy review concludes in March. So the decision is postponed.

You are still very much one of our two finalists, and nothing has changed on our side about how we see you. I'll be back in touch as soon as I know more.

Best,
Alison Grey
CEO, Riverside Refugee Network, Leeds`, 'Programme Director – a pause'),

  hold('screen', ['role_closed'], {},
    `Dear Mr. Gupta,

Thank you for your time on the screening call last Friday regarding the Senior Economist role.

Since then, the Institute has introduced a temporary hiring pause while the 2027 budget is finalised. This role is affected, which means we cannot schedule the panel interview for now. We have not made any decision on your application, and we hope to resume in January.

With apologies for the delay,
Meera Iyer
Talent Acquisition, Policy Institute, Washington`, 'Senior Economist – hiring pause'),

  hold('interview', ['generic'], {},
    `Dear Faisal,

A quick note to say we haven't forgotten you. Two of the panel members for the WASH Adviser role were deployed at short notice to the earthquake response, so the final decision on the post is delayed by about three weeks. You remain in the process and we'll write as soon as the panel reconvenes.

Thanks for bearing with us.

Hiba
HR Officer, Zarqa Field Office`, 'WASH Adviser – delay'),

  // ── Look-alikes: acknowledgements, invitations, clearances, offers, appeals, alerts
  other(`Dear Candidate,

Thank you for applying to Job Opening 25530 – Environmental Affairs Officer (P-3), Nairobi.

Your application has been received and will be reviewed in accordance with the requirements of the job opening. Due to the large number of applications received, only candidates under serious consideration will be contacted. We appreciate your patience.

Talent Acquisition Section

This is a system-generated message. Please do not reply.`, 'Acknowledgement: Job Opening 25530'),

  other(`Dear Ms. Saleh,

We acknowledge receipt of your application for Vacancy No. AMM/26/015, Protection Officer.

The closing date is 30 April. Applications will be screened after the closing date; unfortunately, given the volume, we can only reply to shortlisted candidates. If you have not heard from us within six weeks of the closing date, please consider that your application was not retained for this vacancy.

Regards,
Personnel Unit, Irbid Field Office`, 'AMM/26/015 – acknowledgement'),

  other(`Dear Ms. Novak,

Thank you for your interest in the Visiting Scholars Programme. Your application is now under review by the selection committee. We appreciate your patience; the review normally takes up to eight weeks, and we will be in touch with all applicants once decisions are made.

Scholars Office, Lowell Centre for Development Studies`, 'Visiting Scholars – application under review'),

  other(`Dear Candidate,

Job Opening 30877 – Economic Affairs Officer (P-2)

Congratulations — following the screening of applications, you have been invited to take a written assessment for the above job opening.

Date: 11 February 2026
Time: 09:00–12:00 (Santiago time)
Format: online, proctored

Please confirm your participation by 28 January by replying "Yes" to this message. Unfortunately, we are unable to reschedule the assessment for individual candidates.

Regional Commission Recruitment Team`, 'JO 30877: Invitation to written assessment'),

  other(`Dear Mr. Shrestha,

Further to your application for Shelter Programme Manager (KTM-26-009), we are pleased to invite you to complete a written case study.

Instructions:
1. The case study will be sent at 09:00 Kathmandu time on Monday.
2. You will have 48 hours to submit.
3. Maximum length: 1,500 words, excluding annexes.
4. Please do not put your name on the document; the panel marks anonymously.

Please note that plagiarism or use of AI generation tools will lead to disqualification.

Kind regards,
Anjali Thapa
HR Associate, Kathmandu`, 'Case study – Shelter Programme Manager'),

  other(`Dear Dr. Okafor,

You have been named as a referee by Ms. Chiamaka Obi, who is a candidate for the position of Programme Manager – Maternal Health with our organisation.

We would be grateful if you could complete the attached reference form and return it by Friday 14 March. All information will be treated in confidence.

Should you be unable to provide a reference, kindly let us know.

With thanks,
Reference Checks Unit
HR Services, Abuja`, 'Reference request – Ms. Chiamaka Obi'),

  other(`Dear Ms. Achterberg,

I am pleased to inform you that, following the successful completion of the assessment process for the Roster of Programme Specialists in Gender Equality (P-4), you have been placed on the roster.

Being rostered means that hiring managers may select you for future vacancies in this function without a further competitive process. Please keep your profile up to date.

Congratulations, and thank you for your commitment.

Talent Management Unit
Women's empowerment agency, New York`, 'Roster placement – Programme Specialist, Gender Equality (P-4)'),

  other(`Dear Mr. Hakimi,

In connection with your offer of appointment as Associate Field Officer, please arrange to undergo a pre-employment medical examination at one of the approved clinics listed in the attachment.

The medical clearance must be received before your travel to the duty station can be authorised. Unfortunately, we cannot issue travel authorisation without it.

Kind regards,
Medical Services Section`, 'Medical clearance – action required'),

  other(`Dear colleague,

Before your deployment to Kabul, you are required to complete the following security training:

- BSAFE (online), certificate to be uploaded
- Safe and Secure Approaches in Field Environments (SSAFE), 3 days, dates to be confirmed

Your travel cannot be approved until both certificates are on file. Please see the attached guidance.

Field Security Office`, 'Mandatory security training before deployment'),

  other(`Dear Mr. Oyelaran,

On behalf of the Director-General, I am pleased to offer you a fixed-term appointment as Senior Legal Officer, at the P-4 level, step 3, in Geneva, for an initial period of two years.

The details of the offer, including salary and entitlements, are set out in the attached letter. Please indicate your acceptance by signing and returning the letter within five working days.

We look forward to welcoming you.

Yours sincerely,
Marguerite Favre
Chief, Staffing Services`, 'Offer of appointment'),

  other(`Dear Joseph,

I'm pleased to confirm that your contract as Field Coordinator, Turkana, has been extended for a further twelve months, to 31 March 2027, following confirmation of the grant from our donor.

The amended contract is attached. Please sign and return it to HR by the end of the month.

Thank you for your excellent work this year.

Regards,
Mary Akinyi
HR & Admin Manager, Lodwar`, 'Contract extension – Field Coordinator'),

  other(`CALL FOR PROPOSALS – RFP/2026/EVAL/07

Independent Mid-Term Review of the Urban Resilience Programme (Bangladesh, Nepal)

The Foundation invites qualified consultants and firms to submit technical and financial proposals for the above assignment. Deadline: 15 May 2026, 17:00 CET.

The full Terms of Reference are attached. Questions may be sent to procurement@ until 5 May; answers will be shared with all bidders.

Unfortunately, late submissions will not be considered.`, 'RFP/2026/EVAL/07 – Call for Proposals'),

  other(`<div style="font-family:Arial">
<h2>Field Notes — April 2026</h2>
<p>Dear supporter,</p>
<p>This month our teams in Cox's Bazar reached 12,000 children with learning kits, and our new clinic in Gaziantep opened its doors. Read on for stories from the field, and meet three of our national staff.</p>
<p>We're also recruiting! See our open roles in Dhaka, Amman and Nairobi.</p>
<p><a href="#">Read more</a> | <a href="#">Unsubscribe</a> | <a href="#">Privacy</a></p>
</div>`, 'Field Notes — April 2026'),

  other(`Dear Friend,

Unfortunately, the floods in Sylhet have left more than 200,000 people without safe water. Our teams are on the ground, but we cannot reach everyone without your help.

£25 can provide a family with a water filter for a year. Please give today.

With gratitude,
Aoife Brennan
Director of Fundraising

You are receiving this because you signed up on our website. Unsubscribe here.`, 'Sylhet floods: emergency appeal'),

  other(`Hi Sam,

Thanks for signing up to volunteer at our weekend food distribution! You're down for Saturday 9am–1pm at the St. Columba's hall. Please bring closed shoes and a water bottle.

If you can't make it, just reply and we'll find a replacement — no problem at all.

Cheers,
Linda
Volunteer Coordinator, Northside Community Pantry`, 'Your volunteer shift on Saturday'),

  other(`You are invited: "Careers in Humanitarian Action — what hiring panels look for"

Join our HR team for a 60-minute webinar on competency-based interviews, written tests and how rosters work.

Thursday 21 May, 14:00 GMT
Register via the link below. A recording will be shared with registrants.

Humanitarian Careers Network
Unsubscribe | Manage preferences`, 'Webinar: what hiring panels look for'),

  other(`New vacancies matching your job alert "Programme Officer – Asia"

- Programme Officer, Education (NOB), Manila — closing 12 June
- Programme Officer, Disaster Risk Reduction (P-3), Bangkok — closing 18 June
- Associate Programme Officer (JPO), Dhaka — closing 20 June

View all vacancies. To stop receiving these alerts, change your preferences in your candidate profile.`, 'Job alert: 3 new vacancies'),

  other(`Dear Partner,

Please find attached our Annual Report to Donors 2025, covering the results of the Girls' Education Programme in Northern Ghana and the financial statement for the grant period.

Unfortunately, two planned school constructions were delayed by the rains; the revised timeline is set out in section 4. We remain grateful for your continued support.

Kind regards,
Abena Owusu
Partnerships Manager`, 'Annual Report to Donors 2025'),

  other(`Dear Ms. Herrera,

Thank you for considering me for the Education in Emergencies Officer post and for the pre-screening call. After much reflection, I have decided to withdraw my application, as I have accepted another offer in Medellín.

I hope our paths cross again.

Best regards,
Valentina Castro`, 'Withdrawal of application – Education in Emergencies Officer'),

  other(`Dear Candidate,

This is a reminder that your Personal History Profile (P11) for Job Opening 23655 is incomplete. Please complete the sections on employment history and references within five working days.

Unfortunately, incomplete profiles cannot be forwarded to the hiring manager.

e-Recruitment Support`, 'Reminder: complete your Personal History Profile'),

  other(`Dear Mr. Kowalski,

Vacancy No. NY-26-ECO-012 – Economic Affairs Officer

We are pleased to invite you to a competency-based interview for the above vacancy.

Date: Wednesday, 9 April
Time: 10:00 New York time (EDT), by video link
Panel: three members, approximately 60 minutes

The interview will assess the competencies of Communication, Planning and Organizing, and Teamwork. Please have your ID available. Kindly confirm by return email.

Office of Human Resources, Development Policy Division`, 'Invitation to interview – NY-26-ECO-012'),

  other(`Dear Roisin,

Thank you for your application for the Safeguarding Adviser role. I'm delighted to invite you to the panel interview on Thursday 3 April at 11:00 UK time.

You'll be asked to give a 10-minute presentation on the topic below, followed by questions from the panel. We'll be in touch with the Teams link.

Topic: "Building a safeguarding reporting line with partners who have none"

Warm wishes,
Georgina Pike
People Team, Children First International`, 'Invitation to panel – Safeguarding Adviser'),

  other(`Dear Ms. Mwangi,

Thank you for your patience. We're happy to let you know you've been shortlisted for the Policy Analyst post. The next step is a data-analysis exercise; the dataset and instructions are attached. You have 72 hours from receipt.

Unfortunately we can't grant extensions except in exceptional circumstances, so please let us know straight away if the timing is a problem.

Peter Otieno
Finance & Admin Lead, Savannah Economic Forum, Kampala`, 'Policy Analyst – exercise'),

  other(`Dear Dr. Okwu,

Thank you for your interest in joining our pool of emergency medical staff. Your application has been received and is being assessed by our Medical Department. Unfortunately, due to the number of applications, this may take up to twelve weeks. We will contact you when a decision has been made.

Recruitment, Operational Centre Brussels`, 'Your application to the emergency pool'),

  other(`Hi Lucy,

Nice to meet you at the careers fair on Saturday. As promised, here is the link to our current vacancies — the Digital Campaigner role closes next week and I think it could suit you. Feel free to message me if you have any questions.

Best,
Jonah Adler
Talent Partner, Northwind Earth Fund`, 'Great to meet you'),

  other(`Dear Andrés,

Thank you for applying to the Field Monitor vacancy in Cúcuta. We would like to inform you that the closing date has been extended to 15 May to allow for a wider pool of candidates. Your application remains valid and there is no need to reapply.

We'll be in touch after the new closing date.

Gestión Humana, Corporación Paz y Territorio`, 'Field Monitor – closing date extended'),

  other(`Dear Volunteer,

Welcome to the Community First Responders programme! Your induction will take place on Saturday 7 June at the Cebu branch office, 8:00–17:00. Please bring two ID photos and a signed code of conduct (attached).

Yours in service,
Branch Volunteer Desk, national Red Cross society (Cebu)`, 'Welcome – volunteer induction'),

  other(`Dear Mr. Pillai,

We are pleased to inform you that you have been selected for the position of Partnerships Manager (CSR), subject to satisfactory reference checks and a background verification.

Please send us the names of two referees, including your current or most recent supervisor, by Tuesday.

Warm regards,
Deepa Krishnan
HR Lead, Aarohan Trust, Chennai`, 'Conditional offer – Partnerships Manager'),

  other(`Dear applicant,

We regret any inconvenience, but the online portal will be unavailable on Sunday 25 May, 02:00–08:00 CET, for maintenance. Applications in progress are saved automatically.

e-Recruitment Support Team`, 'Planned maintenance – careers portal'),

  other(`Dear Mr. Haddou,

Thank you for registering for the Competitive Examination for Arabic Language Translators. This is to confirm that your application has been accepted and you are admitted to sit the examination.

Your examination centre: Rabat. The detailed schedule and instructions will be sent two weeks before the exam.

Examinations and Tests Section`, 'Admission to the language competitive examination'),

  other(`Dear Naomi,

Just confirming the arrangements for your final panel on Tuesday: 2pm at our Bristol office, with the Chair of Trustees, the Treasurer and myself. There will be a 15-minute presentation followed by questions. Unfortunately there's no parking on site, but the tram stop is two minutes away.

See you then,
Gwen Morgan
Chief Executive, Harbour Lights Young Carers`, 'Final panel – Tuesday'),

  other(`Dear Juan,

Thank you for your interest in becoming a Junior Professional Officer. Please note that the JPO Programme is funded by donor governments, and eligibility is determined by your nationality and age under each donor's rules. Based on the information you provided, you may be eligible under the Spanish-funded programme.

We will be in touch once the donor releases the list of posts for this year.

JPO Service Centre, Copenhagen`, 'JPO Programme – eligibility information'),

  other(`Dear Ms. Mokoena,

Thank you for your application to the Research & Learning Officer post. We are still reviewing applications and have not yet completed shortlisting. We appreciate your patience and will be in touch in the coming weeks.

Yours sincerely,
Lerato Sithole, HR Administrator, Siyakhula Foundation, Durban`, 'Research & Learning Officer – update'),

  other(`Dear Ms. Wong,

I'm writing to check your availability for the final stage of the Director of Studies process: a presentation to the board, followed by a one-to-one with the Executive Director. Could you let me know which of the following slots work for you?

- Monday 16 June, 10:00
- Tuesday 17 June, 15:00

Kind regards,
Office of the President
Institute for Regional Security Studies, Kuala Lumpur`, 'Director of Studies – scheduling final stage'),

  other(`Dear Mr. Zulu,

Please find attached the offer of employment for the position of Finance Manager, Lusaka, together with a summary of the national staff benefits package. We would be grateful if you could confirm your acceptance by 30 June.

Welcome to the team.

Chanda Mwila
HR Manager, Zambia`, 'Offer of employment – Finance Manager'),

  other(`sorry — can't make 3pm after all, the Dhaka traffic is impossible. could we move the call to 4? — Rumana

On Tue, 3 Nov 2026 at 10:12, Talent Acquisition wrote:
> Dear Ms. Rumana,
> Thank you for your application for the Programme Associate post.
> We would like to invite you to a short screening call on Thursday at 15:00 Dhaka time.
> Kind regards`, 'Re: Screening call – Programme Associate'),

  other(`Dear Ms. Faleolo,

Thank you for your continued interest in the Pacific Fisheries Economist role. I am pleased to let you know that the hiring pause has now been lifted, and we would like to invite you to a panel interview on 14 January. Details to follow.

Tevita Lolo
Corporate Services, Pacific regional agency, Suva`, 'Fisheries Economist – process resumes'),

  other(`Dear Applicant,

Thank you for your consultancy proposal for the Baseline Survey, Karamoja (RFQ 26-044). We confirm receipt of your technical and financial proposal.

Proposals will be evaluated by a committee, and only the successful bidder will be notified of the outcome. We appreciate the time you invested in preparing the proposal.

Procurement Unit, Kampala`, 'RFQ 26-044 – receipt of proposal'),

  other(`Dear supporter,

Thank you for your gift of £30 to the Winter Appeal. Unfortunately, this winter has been the hardest many families in our communities have faced, and your kindness means a warm meal and a blanket for someone who needs it.

Your Gift Aid declaration is attached for your records.

With heartfelt thanks,
St. Brigid's Mission`, 'Thank you for your gift'),

  other(`Hi all,

We're sorry to say that the Nairobi Development Jobs Meetup planned for Thursday is postponed because of the public holiday. We'll share a new date soon — and yes, the talk on writing for UN competency-based interviews is still on!

Kamau
Organiser`, 'Meetup postponed'),

  other(`Dear Mr. Byrne,

Further to our email, we are happy to confirm your place on the Emergency Roster Induction course, 8–12 September, Dublin. Completing the course will make you eligible to be considered for emergency deployments.

Joining instructions are attached.

Kind regards,
Declan Moriarty
Learning & Deployment Officer, Irish aid agency`, 'Emergency Roster Induction – place confirmed'),

  other(`Dear Mr. Obeng,

Thank you for attending the competency-based interview for the position of Programme Analyst (Governance) on Monday. The panel is now completing the remaining interviews, after which references will be sought for the recommended candidates.

We regret that the process takes time, and we appreciate your patience. You will be informed of the outcome in writing, whatever the result.

Kind regards,
Selorm Agbeko
Operations Associate, Accra`, 'Programme Analyst (Governance) – next steps'),

  other(`Hi Ruth — I came across your profile and wondered if you'd be open to a short-term consultancy (3 months, home-based with one mission to Juba) reviewing a gender-based violence referral pathway for a client foundation. Daily rate negotiable. Unfortunately the timeline is tight: start in early March. Would you be up for a call this week?

Best,
Oliver Grant
Associate, Global Development Talent (London)`, 'Short consultancy – GBV referral pathway review'),

  other(`Thank you, that's great news — I accept the extension and will send the signed amendment today.

Best,
Farah

On Wed, 11 Nov 2026 at 09:41, HR Pakistan wrote:
> Dear Farah,
> We are pleased to inform you that, with the renewal of the donor grant, your fixed-term contract as Protection Officer, Peshawar, will be extended until 31 December 2027.
> Unfortunately the amendment form has changed this year; please use the attached version.
> Kind regards,
> Zainab Qureshi, HR Officer`, 'Re: Contract extension – Protection Officer'),
];
