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

  rej('application', ['skills_gap'], { ...fb },
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

  rej('application', ['overqualified'], { ...fb },
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

  rej('application', ['generic'], {},
    `Dear Mr. Karimi,

With reference to your application for the post of Administrative Assistant (SB-3), we would like to inform you that following the screening of applications you have not been included in the list of candidates retained for the next step of the selection.

We thank you for your interest in working with us.

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

I hope you are keeping well. Thank you for applying to be our Policy & Advocacy Officer. We've now been through every application, and in the end we've chosen to interview people whose experience sits a little closer to parliamentary lobbying, which is the heart of this role.

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

Thank you for applying for the Legal Officer (P-3) position in The Hague. We regret to inform you that you do not meet the minimum requirements of the vacancy: an advanced university degree in law, with specialisation in international criminal or humanitarian law, is required. Your application lists a master's degree in international relations. For this reason your application was screened out at the eligibility stage.

Registry – Human Resources Section`, 'Legal Officer (P-3) – eligibility'),

  rej('application', ['generic'], { ...door },
    `Dear Friend,

Thank you for applying to volunteer with the Red Crescent Society's Disaster Response Volunteer programme in Manila. This intake has now been filled and you were not among those chosen. Please do not lose heart — we open a new intake every quarter and would be very happy to receive your application again.

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

  rej('application', ['profile_mismatch'], {},
    `Dear Ms. Tan,

Thank you for your application to the Research Analyst (Trade and Development) vacancy.

The review committee considered each application carefully. On balance, we have concluded that your profile is not the strongest match for this position's requirements, and we will not be inviting you to the next stage.

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
];
