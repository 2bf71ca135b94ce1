/**
 * Development messages of the seventy-fourth round, never sealed: Africa, Latin America and East and Southeast Asia
 * writing in English. Employers, recruiters and universities' career offices in Nigeria, Ghana, Kenya, Uganda, Rwanda,
 * South Africa, Egypt and Morocco; Brazil, Mexico, Colombia, Argentina, Chile and Peru; Singapore, Malaysia, the
 * Philippines, Indonesia, Vietnam, Thailand, Hong Kong, mainland China, Taiwan, Japan and Korea, often from a regional
 * office of a multinational and often in English as a second or third language ("we regret to inform you that you
 * were not successful", "kindly note", "your profile does not adjust to what we are looking for", "we are sorry to
 * tell you this result"). Banks, fintechs, telecoms, mining, FMCG, BPO centres, airlines, hotels, logistics,
 * start-ups, NGOs, universities and government-linked companies. Rejections at every stage, five paused processes
 * (a freeze after elections or a devaluation, a postponed programme, head-office budget, a merger, Lunar New Year)
 * and look-alikes in the same words (receipts, test and interview invitations with documents to bring, reference
 * requests, an offer with a medical, employment-pass paperwork, job alerts, agency outreach, a career-office
 * newsletter, the candidate's own follow-up).
 *
 * Labelling choices held throughout (LABELS.md and the corpus conventions): a rejection naming no call, test or
 * interview is `application`; a group dynamic or online test with no later interview is `assessment`; a work permit,
 * employment pass or national-only programme is `location` with feedback; a named language level, degree or years is
 * `skills_gap` with feedback; "your profile does not adjust" and comparisons are `profile_mismatch`; a database that
 * keeps the CV opens the door. For development only: the rules may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d74-');

export const HANDWRITTEN_DEV_74: readonly CorpusLine[] = [
  // ── Application stage
  rej('application', ['generic'], { ...door },
    `Dear Chinedu,

Thank you for your interest in the Graduate Trainee Programme 2027 at Zenora Bank Plc.

We regret to inform you that your application was not successful at this time. We received over 41,000 applications for a limited number of places.

Kindly note that your details will be kept on our database for six (6) months and you may be contacted should a suitable opening arise.

We wish you success in your future endeavours.

Yours faithfully,
Human Capital Management
Zenora Bank Plc, Victoria Island, Lagos

This is an automated mail. Please do not reply.`, 'Graduate Trainee Programme 2027 - Application Status'),

  rej('application', ['profile_mismatch'], {},
    `Hello Mariana,

We thank you for your participation in our selection process for the position of Analista de Planeamiento Comercial.

We inform you that after reviewing your CV, your profile does not adjust to what we are looking for in this opportunity.

We wish you much success.

Talent Acquisition Team
Cervecería Andina del Sur - Lima, Perú`, 'Selection process - Commercial Planning Analyst'),

  rej('application', ['location'], { ...fb },
    `Dear Mr. Tran,

Thank you for applying for the role of Risk Analyst (Ref: SG-RSK-2291) with Meridian Straits Capital.

Please be informed that this role is open only to Singapore Citizens and Permanent Residents, as it is supported under a government co-funded hiring scheme. As your application indicates that you would require an Employment Pass, we are unable to proceed further.

We appreciate the time you have taken and wish you all the best.

Regards,
Joanne Lim
HR Executive, Meridian Straits Capital Pte Ltd
Co. Reg. No. 201233417K`, 'Your application - Risk Analyst (SG-RSK-2291)'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your application to the Amandla Mining Learnership (Electrical) 2027.

Unfortunately you have not been shortlisted. Due to the high number of applications, only shortlisted candidates are contacted further and we are not in a position to respond individually.

Regards
Skills Development Office
Amandla Platinum (Pty) Ltd, Rustenburg`, 'Learnership 2027 outcome'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Daniel,

Thanks for applying to the Customer Success Lead role at Fintrix (São Paulo).

Our team looked at your CV carefully. The role requires fluent Portuguese (C1 or above) because you would be handling our largest accounts in Brazil directly, and your profile lists Portuguese at basic level. For that reason we will not move forward this time.

If you are open to English/Spanish roles, we have a Mexico City hub opening in Q2 — keep an eye on fintrix.com.br/vagas.

Abraços,
Larissa Duarte
People Partner, Fintrix`, 'Fintrix | Customer Success Lead'),

  rej('application', ['generic'], { ...door },
    `Dear Wanjiru,

RE: APPLICATION FOR THE POSITION OF ACCOUNTS ASSISTANT

We acknowledge receipt of your application for the above position and thank you for your interest in working with Savannah Fresh Dairies Ltd.

We regret to inform you that you were not successful.

We wish you all the best in your career. Do look out for our future adverts in the Daily Nation and on our website.

Yours sincerely,
P. Mutua (Mrs.)
Head of Human Resources`, 'RE: APPLICATION FOR THE POSITION OF ACCOUNTS ASSISTANT'),

  rej('application', ['position_filled'], {},
    `Hi Ken,

Thank you for sending your resume for the Sous Chef post at The Orchid Quay Hotel, Penang.

We would like to inform that this position has already been filled. Sorry for the late reply, our team is very busy with the festive season.

Best wishes,
Nurul Aini
HR Department
The Orchid Quay Hotel`, 'Sous Chef application'),

  rej('application', ['generic'], { ...door },
    `<p>Dear Kofi,</p>
<p>Thank you for your interest in joining <b>Adinkra Telecom Ghana</b>.</p>
<p>After careful consideration of your CV, we regret that we will not be inviting you to the next stage for <i>Network Planning Engineer</i>.</p>
<p>We encourage you to create a job alert on our careers page so that you are notified of future roles.</p>
<p>Warm regards,<br>Talent Acquisition, Accra</p>
<p style="font-size:10px">Adinkra Telecom Ghana is an equal opportunity employer.</p>`, 'Your application to Adinkra Telecom Ghana'),

  rej('application', ['location'], { ...fb, ...door },
    `Dear Ms. Adeyemi,

Thank you for applying to the Graduate Engineering Trainee scheme at Orun Power Generation Ltd.

Please note that it is a mandatory requirement for this scheme that candidates have completed the National Youth Service Corps (NYSC) and hold a Certificate of National Service or an exemption letter. Your application indicates that you are currently serving, so we cannot consider it for this intake.

You are welcome to apply to the next intake once your service year is concluded.

Sincerely,
Recruitment Unit
Orun Power Generation Ltd`, 'Graduate Engineering Trainee - Application Outcome'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Ji-ho,

We appreciate your application for the Product Marketing Manager position at Hanbit Mobility.

We carefully reviewed your documents. We are sorry to tell you this result, but we have decided to proceed with candidates whose experience is more close to the requirements of the position.

Your resume will be stored in our talent pool for one year, and we may contact you if there is an appropriate position.

Thank you once again.

Hanbit Mobility Recruiting Team
Seoul, Korea`, '[Hanbit Mobility] Document screening result'),

  rej('application', ['generic'], {},
    `Good day Sipho

Thank you for your application for the Internal Auditor vacancy.

Kindly be advised that your application was unsuccessful. Due to the volume of applications received, we are unable to provide feedback to individual candidates.

Kind regards
Thandeka Nkosi
HR Administrator | Kgalema Logistics (Pty) Ltd
Tel: 011 555 0192

Disclaimer: This e-mail is subject to the company's e-mail disclaimer available on our website.`, 'Internal Auditor vacancy'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Michael,

Thank you for your application to the Bilingual Customer Service Representative (Japanese) account at CoreVista Solutions, Taguig.

Our account requires JLPT N2 or higher, as you will be handling calls directly from clients in Japan. Based on your application, your current level is N4, so we are unable to move forward at this time.

Thank you and God bless!

CoreVista Solutions Recruitment
BGC, Taguig City`, 'CoreVista Solutions - Application Update'),

  rej('application', ['role_closed'], {},
    `Dear Candidate,

Thank you for applying to the Business Development Officer role at Kivu Agri Finance in Kigali.

We wish to inform you that the position has been cancelled following a review of our programme budget by our donors. We will therefore not be proceeding with recruitment for this role.

We sincerely apologise for any inconvenience.

Kivu Agri Finance
Human Resources`, 'Business Development Officer - Update'),

  rej('application', ['generic'], { ...door },
    `Hola Sebastián,

Thank you very much for apply to the Data Analyst vacancy in Rappido Colombia. We want to tell you that in this occasion you were not selected to continue in the process.

Don't lose the motivation! We invite you to follow our careers page where we publish new vacancies every week.

Un abrazo,
Equipo de Talento - Rappido`, 'Your process in Rappido'),

  rej('application', ['profile_mismatch', 'location'], { ...fb },
    `Dear Ahmed,

Thank you for your interest in the Senior Reservoir Engineer role at Nile Delta Petroleum Company.

After reviewing your application, we have decided not to proceed. The hiring team felt that other candidates had experience closer to our needs for this assignment. In addition, the role is based on rotation at our Western Desert concession and your application states that you can only work from Alexandria.

We wish you all the best.

Mona Fathy
Recruitment Specialist`, 'Senior Reservoir Engineer'),

  rej('application', ['generic'], {},
    `Thank you for your interest in PT Nusantara Konsumen Tbk. We regret to inform you that your application for Management Trainee Program (MTP) Batch 12 has not passed the administration selection stage.

Best regards,
Recruitment Team PT Nusantara Konsumen Tbk
*This email is generated automatically. Please do not reply.`, 'Management Trainee Program Batch 12 - Administration Result'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Mr. Naidoo,

Thank you for your interest in the Junior Treasury Officer role at Ukhozi Insurance.

Having read your CV we feel that, with twelve years in treasury including five as a head of desk, you would be considerably more senior than what this entry-level role requires, and we worry it would not hold your interest for long.

We would like to keep your details for more senior openings in our Finance division, and will contact you if one arises.

Yours sincerely,
Lindiwe Mahlangu
Talent Manager, Ukhozi Insurance Ltd`, 'Junior Treasury Officer'),

  rej('application', ['generic'], {},
    `Dear Nguyen Thi Lan,

Thank you for applying to Saigon Freight Forwarding JSC. Please kindly be informed that your profile was not shortlisted for the position Import-Export Coordinator.

Best regards,
HR Team`, 'Import-Export Coordinator result'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Priscila,

Thanks for your interest in Tocantins Pay! After analysing your profile for the Backend Developer (Kotlin) position, we understand that, at this moment, it is not aligned with what the team needs.

We know how much effort it takes to go through a selection process and we are grateful for your time. Your profile stays in our talent bank and we may call you when an opportunity opens that is closer to your experience.

Best,
Time de Pessoas | Tocantins Pay`, 'Atualização do seu processo | Tocantins Pay'),

  rej('application', ['generic'], { ...door },
    `Dear Joseph,

Thank you for applying to the UNOPS-funded Water and Sanitation Officer post through Lake Victoria Community Trust, Kampala.

We regret to advise that you have not been short-listed. We received a large response to this advertisement.

We will retain your CV in our roster and may reach you for similar consultancies in future.

LVCT Human Resources
Plot 22, Kira Road, Kampala`, 'Water and Sanitation Officer - not shortlisted'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant,

Re: Clinical Pharmacist – Ref. MH/CP/2026/14

Thank you for your application. The post requires full registration with the Pharmacy Council of Nigeria and a current annual practising licence. Your application did not include evidence of a practising licence and it has therefore not been considered further.

Admin & HR Department
Mercy Heights Specialist Hospital, Abuja`, 'Re: Clinical Pharmacist - Ref. MH/CP/2026/14'),

  rej('application', ['generic'], {},
    `hi Kamal, thnx for ur CV but we go with other ppl for the driver job. good luck

- Rizal, Ops, QuickHaul Express KL`),

  rej('application', ['location'], { ...fb },
    `Dear Ms. Wong,

Thank you for applying to the Graduate Scheme at Harbourline Holdings, Hong Kong.

We regret to let you know that we cannot consider your application because this scheme is restricted to holders of a Hong Kong permanent identity card or those with the right to work in Hong Kong without a visa. According to your form, you would require sponsorship under the IANG arrangement, which is not possible for this scheme.

Yours sincerely,
Graduate Recruitment
Harbourline Holdings Limited`, 'Harbourline Graduate Scheme 2027'),

  rej('application', ['generic'], { ...door },
    `Estimado Rodrigo,

Thank you for applying to the Trainee Program 2027 of Minera Cordillera Norte (Antofagasta).

We regret inform you that on this occasion your application will not advance to the next stages of the program. The number of applications was very high this year.

We hope you will consider applying in the next version of the program, which is opened every year in March.

Atentamente,
Gerencia de Personas
Minera Cordillera Norte`, 'Programa Trainee 2027 - Result'),

  rej('application', ['profile_mismatch'], {},
    `Dear Aiko,

Thank you very much for your entry to Kurosawa Precision Industries.

We carefully examined your entry sheet. We regret that we cannot meet your expectation this time, because we concluded that your background does not match with the Overseas Sales Engineer position.

We pray for your further success.

Kurosawa Precision Industries, Ltd.
Human Resources Department, New Graduate Recruiting Section`, '【Kurosawa Precision】Result of Document Screening'),

  rej('application', ['generic'], {},
    `Dear Mohammed,

Thank you for your application to Atlas Aero Services, Casablanca.

After review, your candidacy has not been retained for the position of Ground Operations Supervisor.

We thank you for your interest in our company.

Direction des Ressources Humaines`, 'Your candidacy - Ground Operations Supervisor'),

  rej('application', ['salary'], { ...fb },
    `Hi Carlos,

Thanks a lot for your time filling the application for Senior Frontend Engineer at Cuyo Labs (Mendoza / remote Argentina).

I'll be direct: the salary expectation you listed (USD 7,500 per month) is well above the band we have for this role, which tops out around USD 4,200. Given that gap, we don't think it makes sense to go forward now.

Thanks for understanding and good luck!

Valentina Sosa
Recruiter, Cuyo Labs`, 'Senior Frontend Engineer - Cuyo Labs'),

  rej('application', ['generic'], {},
    `Dear Esi,

With reference to your application for the National Service Personnel placement at Volta Cocoa Processing Company, we write to inform you that you were not selected.

We thank you for your interest.

Yours faithfully,
for: Head, Human Resource
VCPC`, 'National Service Placement 2026/2027'),

  rej('application', ['internal_candidate'], {},
    `Dear Ms. Ramirez,

Thank you for your application for the post of Regional Procurement Manager at Hacienda Foods Mexico.

We would like to inform you that the position has been covered by an internal colleague through our internal mobility programme, so we will not continue with the external process.

We appreciate your interest.

Recursos Humanos
Hacienda Foods México, S.A. de C.V.`, 'Regional Procurement Manager - process update'),

  rej('application', ['generic'], { ...door },
    `Dear Thabo,

Thank you for your application to the Nexa Connect SA YES Programme (Youth Employment Service).

We regret to inform you that your application was not successful on this occasion.

Kindly note that, in line with our employment equity plan, we will keep your details on our database for 12 months and may contact you for future opportunities.

Regards
Nexa Connect Talent Team`, 'YES Programme - Application Outcome'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Li Wei,

Thank you for your interest in the Legal Counsel position at Tianfu Industrial Holdings (Chengdu).

We are sorry that your application cannot proceed. This position requires PRC Legal Professional Qualification and minimum 5 years experience in M&A practice. Your CV shows 2 years of practice and we could not find the qualification certificate.

Thank you for your understanding.

HR Center, Tianfu Industrial Holdings`, 'Result of your application - Legal Counsel'),

  rej('application', ['generic'], {},
    `Hi,

Thanks for your application to Bangkok Brew Co.! Unfortunately this time it's a no. We hope you find something great.

Cheers,
BBC Hiring`, 'Barista - Sukhumvit outlet'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Ms. Achieng,

We refer to your application for the role of Monitoring & Evaluation Officer with Harambee Health Alliance.

Thank you for the interest you have shown. The hiring committee reviewed all applications against the job description and shortlisted candidates whose qualifications more closely met the needs of the project.

We encourage you to visit our website regularly for future openings.

Yours sincerely,
Human Resources
Harambee Health Alliance, Nairobi`, 'M&E Officer - Application'),

  rej('application', ['generic'], { ...door },
    `Dear Jessa Mae,

Good day!

Thank you for your interest in joining Palawan Air. Please be advised that we will no longer proceed with your application for Cabin Crew this batch.

Your information will remain in our files and you may re-apply after six (6) months.

Mabuhay!
Palawan Air Recruitment`, 'Palawan Air Cabin Crew Application'),

  rej('application', ['role_closed'], { ...door },
    `Dear Rahul,

Thank you for applying to the SAP FICO Consultant opening at our Kuala Lumpur shared services centre.

I'm sorry to write that the client has decided to move this work to its Manila centre, so the KL requisition has been closed and we will not proceed with any candidates for it.

We'll hold your profile and let you know when we have other SAP roles in Malaysia.

Best regards,
Sharmila K.
Senior Consultant, Peninsula Talent Partners`, 'SAP FICO Consultant - KL'),

  rej('application', ['generic'], {},
    `Dear Candidate,
Thank you for your application to Vinastar Retail. We regret that we cannot offer you a position at this time.
Sincerely,
HR Dept.`, 'Application result'),

  rej('application', ['culture_fit', 'profile_mismatch'], { ...fb },
    `Hi Tunde,

Thanks for applying to Lumo, and for the very long cover letter — we read all of it.

Honest answer: the way you described your ideal job (a clear hierarchy, detailed instructions, fixed hours) is quite different from how we work. We're a 14-person team with no managers and a lot of ambiguity, and we think you'd be frustrated here. Your background is also more in corporate banking than in product work, which is what this role needs.

We wish you the best with your search.

Ifeoma
Co-founder, Lumo (Yaba, Lagos)`, 'Re: Application - Operations Associate'),

  rej('application', ['position_filled'], {},
    `Dear Mr. Ochieng,

Thank you for your interest in the Field Sales Representative position advertised on BrighterMonday.

Kindly note that the position has since been filled.

Thank you.
Regards,
HR, Pwani Beverages Ltd`, 'Field Sales Representative'),

  // ── Screen
  rej('screen', ['generic'], {},
    `Dear Fernanda,

Thank you for taking the time to speak with me on Tuesday about the Key Account Executive role at Unidos Cosméticos.

After the phone screening round we have decided to continue the process with other candidates.

It was a pleasure to talk with you. Success in your search!

Camila Rocha
Talent Acquisition | Unidos Cosméticos Brasil`, 'Key Account Executive - feedback'),

  rej('screen', ['skills_gap'], { ...fb },
    `Dear Yuki,

Thank you for joining the video call with our HR team last week.

We enjoyed learning about you. However, during the call it became clear that the role requires daily negotiation with our Shanghai suppliers in Mandarin, and we need at least HSK 5 for this. Since your Mandarin is conversational (around HSK 3), we have decided not to proceed.

We wish you the very best.

Rie Matsuda
Recruitment, Sakura Trading Co., Ltd.`, 'Sourcing Specialist - Result'),

  rej('screen', ['generic'], { ...door },
    `Hi Olumide,

Thank you for completing the recorded one-way video interview for the Graduate Analyst Programme at Stanbridge Consulting Africa.

Our team has reviewed all video submissions and, unfortunately, you have not been selected to continue in the process.

We encourage you to apply for future programmes and to keep following us on LinkedIn.

Kind regards,
Stanbridge Early Careers Team (Lagos)`, 'Graduate Analyst Programme - Video Interview Outcome'),
  rej('screen', ['salary'], { ...fb },
    `Hi Marco,

Thanks again for the call yesterday about the Engineering Manager opening at Pampa Logistics.

After discussing internally, we will not continue with your process. The compensation you shared on the call (ARS equivalent of USD 9,000 net, paid in dollars) is beyond what we can offer for this position, and we prefer to be transparent now instead of making you invest more time.

Thank you for your openness during the conversation.

Regards,
Julieta Ferreyra
HR Business Partner`, 'Engineering Manager - Pampa Logistics'),

  rej('screen', ['profile_mismatch'], { ...offered },
    `Dear Nomvula,

Thank you for making time for the telephonic screening on Friday for the Credit Risk Modeller role.

Having discussed your experience with the hiring manager, we have concluded that other candidates are a closer match to the modelling depth the team is looking for, and we won't be taking your application further.

If it would help, I'm glad to set up a 10-minute call to share some feedback from the screening. Just reply to this mail.

Warm regards,
Karabo Molefe
Talent Acquisition Specialist | Sable Bank Group, Sandton`, 'Credit Risk Modeller - Outcome'),

  rej('screen', ['generic'], { ...door },
    `Dear Arief,

Terima kasih for the phone interview with our recruiter regarding the Digital Marketing Specialist vacancy.

Please be informed that you did not pass this stage of the selection. You are welcome to apply again for other vacancies at Garuda Tech after three months.

We appreciate your enthusiasm and wish you success.

Best regards,
Talent Acquisition
Garuda Tech Indonesia`, 'Digital Marketing Specialist - Phone Interview Result'),

  rej('screen', ['location'], { ...fb, ...door },
    `Hi Ama,

It was lovely chatting yesterday. As I mentioned at the end of our call, the client for the Regional Finance Controller role has confirmed they need the person physically in Nairobi from day one, and will not consider relocation support or a remote start from Accra.

Since you told me you can't move before mid-2027, I'm afraid I have to take you out of this shortlist. I'll definitely come back to you with West Africa-based roles — your profile is strong.

Best,
Wairimu Kamau
Associate Director, Ridgeway Search Partners`, 'Regional Finance Controller - update'),

  rej('screen', ['generic'], {},
    `Dear Paolo,

Thank you for your time during the initial HR interview with BayLink Outsourcing. After evaluation, we regret to inform you that you have not been endorsed to the next step of the hiring process.

This is a system-generated email.

BayLink Outsourcing Inc. | Cebu IT Park`, 'BayLink Outsourcing - Initial Interview Result'),

  rej('screen', ['profile_mismatch', 'skills_gap'], { ...fb },
    `Dear Minh,

Thanks for the short call on Monday about the DevOps Engineer role at VietCloud.

Our hiring team reviewed the notes. We are looking for someone with hands-on production Kubernetes experience (at least 2 years) and you mentioned you have used it mostly in labs and training. Also, other candidates in our pipeline have more infrastructure background in general. So we decided to not go forward with you at this time.

Thank you and good luck,
Hoang Anh
Tech Recruiter, VietCloud JSC`, 'DevOps Engineer - VietCloud'),

  rej('screen', ['generic'], { ...door },
    `Hello Tatiana,

We hope you are very well. We want to thank you for your time in the first conversation with our team for the role of Customer Experience Lead.

We are sorry to tell you that we decided to advance with other candidates. We would love to have you in future processes, so we invite you to stay tuned to our networks.

A big hug,
Talento Humano | Bancolombina Digital`, 'Customer Experience Lead - Update'),

  // ── Assessment
  rej('assessment', ['assessment'], {},
    `Dear Babajide,

Thank you for participating in the online aptitude test for the Entry Level Programme 2027 at Niger Delta Energy Services.

We regret to inform you that your score did not meet the required cut-off mark, and you will therefore not progress to the next stage.

We wish you success in your future endeavours.

Recruitment Team, NDES
(Test administered by our assessment partner)`, 'NDES Entry Level Programme - Aptitude Test Result'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Ms. Tan,

Thank you for completing the case exercise for the Strategy Associate position at Lionsgate Asia Advisory.

Our partners reviewed your submission. The market-sizing part was clear, but the financial model had a structural error in the working-capital line that carried through to your final recommendation, and the recommendation itself was not supported by the numbers presented. On that basis we will not be progressing your application.

Thank you for the effort you put into the case.

Regards,
Grace Ho
Recruiting Manager, Lionsgate Asia Advisory, Singapore`, 'Strategy Associate - Case Exercise Outcome'),

  rej('assessment', ['generic'], {},
    `Dear Kwame,

Thank you for attending the group dynamic session at our Kumasi office last Thursday for the Management Associate role.

After evaluating all participants we regret to inform you that you have not been selected to proceed.

Best regards,
Human Resources, Ashanti Breweries Ltd`, 'Management Associate - Group Session Outcome'),

  rej('assessment', ['assessment'], { ...door },
    `Olá Gabriel,

Thank you for completing the technical challenge for the Data Engineer Jr position at Nuvem Seguros.

We inform you that your result was below the minimum score defined for this stage, so we will not continue with your process for this vacancy.

Your CV remains in our talent base and you may participate in new processes in 3 months.

Atenciosamente,
Equipe de Recrutamento | Nuvem Seguros`, 'Data Engineer Jr - Technical Challenge'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Chen Yu-ting,

Thank you for taking the English proficiency test and the written assessment for the International Procurement Specialist role at Formosa Semiconductor Materials.

We regret to inform you that we will not proceed. Your English test score (TOEIC 650) is below the 785 required for positions that communicate daily with overseas suppliers, and the written task on supplier evaluation did not reach the passing level.

We appreciate your interest in FSM.

Sincerely,
Talent Acquisition Dept., Hsinchu`, 'Result - International Procurement Specialist'),

  rej('assessment', ['generic'], {},
    `Dear Candidate,

Thank you for completing the psychometric assessments for the Graduate Programme at Highveld Mutual.

After careful consideration we regret that you will not be progressing further in the recruitment process for this year.

Kind regards
Graduate Recruitment, Highveld Mutual`, 'Highveld Mutual Graduate Programme'),

  rej('assessment', ['assessment'], {},
    `Hi Joel,

Thanks for the time you spent on the take-home for the Mobile Developer role. The team went through it and it didn't reach the bar we set for this stage, so we won't be moving ahead.

Good luck!
Brian, Pesawise (Nairobi)`, 'Take-home - Mobile Developer'),

  rej('assessment', ['profile_mismatch'], { ...door },
    `Dear Valeria,

We thank you for participating in the group dynamic (dinámica grupal) of our Summer Internship Programme at Andes Consumer Goods.

After evaluating the performance of all participants, we inform you that on this occasion you were not selected. The team chose profiles that better fit the competencies the programme is looking for.

We hope to see you in our next call for applications.

Atte.,
Atracción de Talento
Andes Consumer Goods Chile`, 'Summer Internship Programme - Result'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Sung-min,

Thank you for taking the coding test for the Backend Engineer position at Pangyo Games.

Unfortunately we cannot move forward with your application. You solved problems 1 and 2 correctly, but problem 3 (the concurrent queue) timed out on large inputs and problem 4 was not submitted.

If you want more detail about your test, please reply and our engineer will send you short comments.

Thank you,
Pangyo Games Talent Team`, '[Pangyo Games] Coding Test Result'),

  rej('assessment', ['location'], { ...fb },
    `Dear Mr. Hassan,

Thank you for completing the online assessments for the Cairo Hub Analyst Programme at Pharaonic Capital Partners.

We are pleased that your results were within the range we look for. However, upon checking your documents, we note that you are not an Egyptian national and the programme, being part of a national workforce initiative, is limited to Egyptian citizens. We therefore cannot continue with your application.

We apologise that this was not identified earlier.

HR Department
Pharaonic Capital Partners`, 'Cairo Hub Analyst Programme'),

  rej('assessment', ['generic'], { ...door },
    `Dear Nadia,

Thanks for completing the assignment for the Content Marketing Executive role at Kopi Kita.

We've now reviewed all submissions and decided to go ahead with other applicants. Please do keep an eye on our careers page — we're growing fast in Malaysia and Singapore.

Best,
Farah
People & Culture, Kopi Kita Sdn Bhd`, 'Content Marketing Executive - Assignment'),

  rej('assessment', ['generic'], {},
    `Dear Emeka,

RE: BACKGROUND AND REFERENCE CHECK - RELATIONSHIP MANAGER

We write to inform you that following the outcome of our background verification exercise, we are unable to proceed with your application for the above role.

Please be informed that this decision is final.

Yours faithfully,
Head, Talent Acquisition
Crestview Microfinance Bank`, 'RE: BACKGROUND AND REFERENCE CHECK - RELATIONSHIP MANAGER'),

  // ── Interview
  rej('interview', ['generic'], {},
    `Dear Ms. Boateng,

We thank you for attending an interview for the position of Customer Service Officer at Gold Coast Savings & Loans.

We regret to inform you that you were not successful. Please note that the Bank does not give feedback on interview performance.

We thank you for your interest in our organisation.

Yours faithfully,
Head of HR`, 'Customer Service Officer - Interview Outcome'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Luis,

Thank you for the technical interview with our team for the Site Reliability Engineer role at Azteca Payments.

The interviewers appreciated your knowledge of Linux and networking. However, for this position we need strong experience with Terraform and managing AWS at scale, and in the interview it came out that you have worked mainly with on-premise infrastructure. For this reason we will not continue with your candidacy.

We would like to consider you for future openings in our infrastructure team, and we will keep your profile.

Saludos,
Andrea Villalobos
Tech Recruiter, Azteca Payments`, 'SRE - Azteca Payments'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Farouk,

Thank you for meeting with the line manager and myself last week.

After comparing all the candidates we interviewed, the panel felt that another candidate's experience was stronger for what the Plant Maintenance Supervisor role requires at this time, and we will not be offering you the position.

Best regards,
Laila Benjelloun
HR Manager, Maghreb Cement Industries, Settat`, 'Plant Maintenance Supervisor'),

  rej('interview', ['generic'], { ...door },
    `Hi Andre,

I wanted to reach out personally after your interview with Kai and the analytics team. We've decided to go in a different direction for this hire.

Please don't be discouraged, and apply again — we will have more openings next year.

Thanks,
Rachel Goh
Talent Lead, Marina Commerce (Singapore)`, 'Analytics Manager'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Aditi,

Thank you for attending the panel interview for the Programme Manager position at Rwanda Digital Futures Initiative.

The panel was impressed with your commitment to digital inclusion. After deliberation, it was agreed that another candidate's profile better aligned with the requirements of the role, particularly at this stage of the programme.

Should you wish to receive feedback from the panel, kindly write to recruitment@rdfi.example.rw within two weeks.

With best regards,
Ange Uwase
Human Resources Officer`, 'RDFI Programme Manager - Interview Outcome'),

  rej('interview', ['generic'], {},
    `Dear Sir/Madam,

Please be informed that after the interview conducted on 14th November, you were not selected for the position of Driver/Messenger.

Thank you.

Admin, Entebbe Horticulture Ltd`, 'Interview results'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Kenji,

Thank you for visiting our office for the interview with the manager of the Overseas Business Department.

We thought carefully about the result. We have to tell you that we cannot continue. Our department needs a person who can handle negotiations in business-level Korean (TOPIK 5 or higher), and in the interview your Korean level was not enough for this. Also, other applicants had more experience in the logistics industry.

Thank you very much for your time and we hope your success.

Tomoko Arai
Personnel Section, Nishikaze Shipping Co., Ltd.`, 'Result of interview'),

  rej('interview', ['generic'], {},
    `Hi Lerato, after your interview with the team we have decided not to proceed. Thank you and all the best. — Zinhle (HR, Table Mountain Wines)`, 'Interview'),

  rej('interview', ['internal_candidate'], { ...door },
    `Dear Ms. Cruz,

Thank you for your time in the interviews for HR Business Partner at Luzon Power Distribution Corp.

We wish to inform you that management has decided to fill the role by promoting an internal candidate. We are grateful for your patience throughout the process.

We will keep your application in our active files for similar roles in the next 12 months.

Sincerely,
Jasmine Dela Rosa
Talent Acquisition Manager`, 'HRBP Application Update'),

  rej('interview', ['generic'], { ...offered },
    `Dear Samuel,

Many thanks for interviewing with us for the Credit Analyst role at Kilimanjaro Commercial Bank.

After careful consideration the bank has decided not to proceed with your application.

If you'd like to hear feedback from the interview panel, please feel free to contact me.

Regards,
Neema Massawe
HR Officer`, 'Credit Analyst Interview'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Bianca,

Thank you for the conversations with Felipe and Renata from our product team.

We decided not to move forward. They felt that you strongly prefer working alone and with a well-defined scope, and our squads work in a very collaborative way with constant pair work and changing priorities. We think this way of working would not suit you.

We wish you good luck and success!

Mariana Lopes
Talent Partner, Capivara Seguros`, 'Product Designer - Capivara'),

  rej('interview', ['position_filled'], {},
    `Dear Jomo,

Thanks for the interview on the 3rd for the Lodge Manager post at Mara Plains Camp.

Unfortunately, the owners have offered the role to another candidate, who has accepted. We are sorry we could not give you better news.

Kind regards,
Grace Wambui
Operations, Mara Plains Camp`, 'Lodge Manager'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Phuong,

Thank you for the two interviews with our Hanoi team for the Senior Accountant role.

We would like to inform you that the company has chosen a candidate whose experience is more relevant to our current situation.

Thanks and best regards,
Do Thu Ha
HR & Admin Manager, Hanoi Precision Components Co., Ltd.`, 'Senior Accountant - Result'),

  rej('interview', ['location', 'salary'], { ...fb },
    `Dear Mr. Silva,

Thank you for the interviews with our Lima and Bogotá managers for the Regional Controller position at Pacífico Shipping Lines.

We regret to inform you that we will not continue with your process. After the interviews, we understood that you would need the company to sponsor your work visa in Peru and also a relocation package for your family, together with a salary above the range approved for this role. Unfortunately the company is not able to offer these conditions at this moment.

We thank you very much for your time.

Cordially,
Lucía Paredes
Human Talent Management`, 'Regional Controller - Pacífico Shipping Lines'),

  rej('interview', ['generic'], {},
    `Dear Hyun-woo,

Thank you for attending the 1st interview (job competency interview) at Daehan Chemical.

We are sorry to inform you that you did not pass the 1st interview. According to company policy, we cannot disclose the evaluation details or reasons for the result. We sincerely thank you for your interest.

Daehan Chemical Recruiting`, '[Daehan Chemical] 1st Interview Result'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Oluwaseun,

Thank you for interviewing for the Senior Mining Engineer position at Kalahari Copper Mines.

The panel was looking for a candidate holding a Mine Manager's Certificate of Competency, which is a legal requirement for the shift boss responsibilities attached to this post. As you confirmed in the interview that you are still working toward it, we cannot offer you the role at this time.

Yours sincerely,
Kagiso Sebego
Superintendent, Human Resources`, 'Senior Mining Engineer - Interview Outcome'),

  rej('interview', ['overqualified'], { ...fb },
    `Hi Rohan,

Thank you for taking the interview with our CFO for the Finance Executive role at Klang Valley Packaging.

He was honestly impressed by you, but he believes that with your background as a regional finance head, you would be underutilised in this position, and the package is fixed at executive level. So we will not proceed further.

Thank you and wishing you all the best,
Siti Hajar
HR Manager`, 'Finance Executive'),

  rej('interview', ['generic'], {},
    `Hola Diego,

We thank you for your time in the interviews with Santiago and Lorena. We wanted to tell you that we decided to go on with another person for the position of Frontend Developer.

Thanks for all, un saludo!
Belén, Recruiting at Mate Studio (Buenos Aires)`, 'Frontend Developer - Mate Studio'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Amara,

Thank you for the time you spent with us during the competency-based interview for the Supply Chain Analyst role.

After careful consideration of all candidates, we are not able to offer you the role, as we have decided to proceed with a candidate whose background more closely fits the immediate needs of the team.

We would be delighted to see your application for future roles at Sahel Foods Nigeria.

Warm regards,
Adaeze Okonkwo
Talent Acquisition Lead`, 'Supply Chain Analyst'),

  // ── Final
  rej('final', ['generic'], { ...door },
    `Dear Jorge,

Thank you for participating in the final interview with our Country Manager for the Business Development Director position at Cóndor Energía Colombia.

It was a very tight decision. We regret to inform you that the company has selected another candidate.

We will keep your CV in our database and we will be glad to contact you for future opportunities.

Best regards,
Natalia Gómez
Head of Talent, Cóndor Energía`, 'Business Development Director - Final result'),

  rej('final', ['profile_mismatch'], { ...offered },
    `Dear Chiamaka,

Thank you for coming in for the assessment day following your interviews for the Investment Banking Analyst position.

You were one of the two finalists. After a lot of discussion, the team chose the other candidate, whose transaction experience was a slightly closer match for the deal team's current work.

I'm very happy to share what the assessors noted on the day if it would be useful. Just let me know a good time for a call.

Best,
Tobi Adebayo
Recruiting, Kestrel Capital Partners (Lagos)`, 'Investment Banking Analyst - Outcome'),

  rej('final', ['position_filled'], {},
    `Dear Siriporn,

Thank you for your time in the final round with our Managing Director for the Brand Manager position at Siam Home Products.

We are sorry to inform you that we have decided to offer the position to other candidate. Kindly understand that we are not able to share individual feedback from the interview.

Best regards,
Patcharee S.
HR Business Partner`, 'Brand Manager - Final Round Result'),

  rej('final', ['skills_gap'], { ...fb },
    `Dear Fatima,

Thank you for your patience after the last stage of our process for the Regional Compliance Officer, Maghreb.

We really appreciated your preparation and your knowledge of AML regulations. The final decision went to a candidate with the CAMS certification and more than eight years in cross-border compliance, which our regional head considered essential, where your profile shows five years and no certification yet.

With our sincere thanks,
Youssef El Amrani
Talent Acquisition, Atlas Trust Bank`, 'Regional Compliance Officer - Decision'),

  rej('final', ['position_filled'], { ...door },
    `Dear Kevin,

I'm writing after your final interview with our Asia-Pacific VP for the Head of Partnerships role.

The VP has now made an offer to another finalist, which was accepted yesterday. I know this is disappointing after four rounds, and I want to thank you for the quality of your preparation.

Please stay in touch — we are planning more senior hires in Taipei and Tokyo next year.

Warmest,
Eunice Lau
Talent Director, Pacific Crest Media, Hong Kong`, 'Head of Partnerships'),

  rej('final', ['generic'], { ...offered },
    `Hi Naledi,

Thanks for coming through to the final panel for the Senior Product Manager role at Kasi Pay.

The panel has decided not to make you an offer.

If you'd like to chat through how the process went, I'm happy to jump on a call.

Cheers,
Bongani
Talent Partner, Kasi Pay (Johannesburg)`, 'Senior PM - Final Panel'),

  rej('final', ['profile_mismatch', 'location'], { ...fb },
    `Dear Akira,

Thank you very much for coming to the final interview at our Singapore regional headquarters.

We regret that we will not be able to make you an offer. The executives felt that another candidate had deeper experience in the ASEAN market. Also, we learned that the application for an Employment Pass at your proposed salary level would likely not pass the current COMPASS scoring, which was a concern for the start date.

We sincerely thank you.

Mei Ling Chua
Regional HR, Tsubasa Electronics Asia Pte Ltd`, 'Final interview result'),

  rej('final', ['generic'], {},
    `Dear Amina,

Following the final interview for the Country Director, Uganda post, we wish to inform you that the selection committee has concluded its deliberations and you were not the selected candidate. Regrettably, the committee is unable to enter into correspondence or provide feedback on individual candidacies.

We are grateful for your commitment throughout the process.

Sincerely,
Recruitment Committee
Global Harvest Relief`, 'Country Director, Uganda'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Renata,

We thank you for your participation in all the stages of our selection process for the Trainee Program, including the final panel with our directors.

We inform you that, unfortunately, you were not among the approved candidates. The directors chose profiles more aligned with the business areas that will receive trainees this year.

Your participation was very valuable and we hope to meet you again in future programmes.

Com carinho,
Equipe Trainee | Grupo Serrana Alimentos`, 'Programa Trainee - Painel Final'),

  rej('final', ['role_closed'], {},
    `Hi Wei Jie,

Thank you for going through every round with us, including the final with our CTO.

I have some bad news: last week the board decided to merge the Data Platform team into the group's Shenzhen engineering team, and the Head of Data Platform role in Singapore no longer exists. We are therefore closing the process without a hire.

I'm really sorry, this decision was not related to you.

Regards,
Clarissa Ong
Talent Lead, Lintas Commerce`, 'Head of Data Platform - process closed'),

  rej('application', ['role_closed'], { ...door },
    `Dear Youssef,

Thank you for your application to the Enterprise Solutions Architect vacancy at Pyramid Telecom (Smart Village, Giza).

We would like to inform you that the vacancy has been withdrawn following a restructuring of the Enterprise Business Unit, and accordingly all applications for it have been closed.

We value your interest and invite you to check our careers portal for upcoming vacancies that may match your qualifications.

Best regards,
Talent Acquisition Section
Pyramid Telecom`, 'Enterprise Solutions Architect - Vacancy Withdrawn'),

  rej('interview', ['position_filled', 'profile_mismatch'], {},
    `Dear Khun Arthit,

Thank you for coming to meet our General Manager and Director of Rooms for the Front Office Manager position at Andaman Pearl Resort, Phuket.

We have now offered the position to a candidate whose experience fits more closely with our needs, and the position is filled.

Thank you once again for your interest in our resort.

Warm regards,
Kanokwan P.
Director of Human Resources`, 'Front Office Manager - Andaman Pearl Resort'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Mr. Santos,

Thank you for applying for the Field Application Engineer position at Lihe Optoelectronics (Taichung).

We regret that we cannot arrange an interview. The position requires Mandarin at TOCFL Band B (level 4) or above because customer sites operate in Chinese, and we also cannot sponsor the work permit for foreign professionals for this grade, which requires a minimum monthly salary above the role's range.

We appreciate your interest in Lihe.

Best regards,
Human Resources Division`, 'Field Application Engineer - Lihe Optoelectronics'),

  rej('application', ['role_closed'], {},
    `hey Claudine, sorry for the slow reply. our seed extension got pushed, so we have to cancel the Growth Marketer hire for now — we're not hiring anyone into it. really sorry, your application was great. — Eric, cofounder, Imbuto Labs (Kigali)`, 'Growth Marketer'),

  // ── Paused processes
  hold('interview', ['role_closed'], {},
    `Dear Adebola,

Thank you for your patience since your interview with our Head of Operations for the Branch Operations Manager role.

Please be informed that, following the recent general elections and the uncertainty around the new fiscal policies, the Bank has placed a temporary freeze on all new hires. Your application has not been declined; it is on hold until the freeze is lifted, which we expect to review at the end of Q1.

We will revert to you as soon as we receive approval to continue.

Kind regards,
Human Capital Management
Coastline Commercial Bank`, 'Branch Operations Manager - Update'),

  hold('assessment', ['role_closed'], {},
    `Dear Tomás,

We want to inform you about the status of your process for the Finance Analyst position at Rioplatense Agro.

Due to the recent devaluation of the peso, the company decided to review its headcount budget for this year, and all open processes are paused for the moment. Your results in the technical test were good and your process stays active; we will contact you again when we have news, probably in four to six weeks.

Thank you for your understanding.

Regards,
Recursos Humanos, Rioplatense Agro S.A.`, 'Finance Analyst - process paused'),

  hold('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for applying to the Eastern Savanna Graduate Trainee Programme 2027.

Kindly note that the start of the programme has been postponed to a later date owing to ongoing restructuring. All applications received remain valid and will be considered when the programme resumes. There is no need to re-apply.

We appreciate your interest and patience.

Eastern Savanna Breweries Ltd, Kampala`, 'Graduate Trainee Programme 2027 - Postponement'),

  hold('final', ['role_closed'], {},
    `Hi Priya,

I hope you're well. Quick update on the Regional Marketing Director role: the hiring team were very positive after your final interview, but the headcount still needs sign-off from head office in Zurich as part of their annual budget approval, and that has slipped by a few weeks.

Nothing has changed on our side about you — we just can't move to an offer until that approval comes through. I'll keep you posted.

Best,
Melissa Yap
Talent Acquisition, Helvetica Health Asia Pacific, Singapore`, 'Regional Marketing Director - status'),

  hold('interview', ['role_closed'], {},
    `Dear Mr. Zhou,

Thank you for your interviews with us for the Plant Quality Manager role.

We need to inform you that, following the completion of the merger between our company and Jiangnan Automotive Parts, all recruitment for management positions is suspended while the new organisation structure is being defined. Your candidacy remains open.

Separately, our Suzhou office will be closed for the Lunar New Year holiday, so we expect to contact you about rescheduling the remaining interviews in early March.

Best regards,
HR Department, Dongfang Auto Systems`, 'Plant Quality Manager - process suspended'),

  // ── Look-alikes
  other(`Dear Kelechi,

Thank you for your application for the position of Graduate Trainee (Operations) at Sunbridge Foods Plc.

This is to acknowledge receipt. Kindly note that due to the large number of applications, only shortlisted candidates will be contacted. We appreciate your patience.

Regards,
Recruitment Team`, 'Acknowledgement of Application'),

  other(`Dear Ms. Moyo,

Your application for Learnership: Retail Operations (Ref LRN-0098) is being reviewed. Unfortunately we are unable to give an exact timeline, but we will be in touch as soon as a decision is made.

Kind regards
Protea Retail Group Careers`, 'Your application is being reviewed'),

  other(`Dear Candidate,

Congratulations! You have been shortlisted for the online aptitude test for the Entry Level Programme.

Test window: 18–20 November 2026
Duration: 60 minutes (numerical, verbal, abstract)

Kindly ensure a stable internet connection. Please note that the test link is unique to you and cannot be shared.

Best regards,
Assessment Partner on behalf of Delta Crest Energy`, 'Invitation: Online Aptitude Test'),

  other(`Dear Nomsa,

We are pleased to invite you to our Assessment Day for the Actuarial Graduate Programme.

Date: Wednesday, 9 December 2026
Venue: Umthombo Life, 14 Rivonia Road, Sandton
Time: 08:00 – 16:00

Please bring: certified copy of your ID (not older than 3 months), certified copies of your matric certificate and academic transcripts, and proof of B-BBEE status if applicable.

Kindly confirm your attendance by replying to this mail.

Regards
Graduate Recruitment, Umthombo Life`, 'Invitation to Assessment Day'),

  other(`Dear Mr. Okello,

Further to your application, you are invited for an interview for the position of Procurement Officer as follows:

Date: Monday, 30th November 2026
Time: 10.00 a.m.
Venue: Board Room, 3rd Floor, Nile Avenue House, Kampala

Kindly come with original academic documents, your National ID, and two passport-size photographs. Unfortunately we are unable to reimburse travel expenses.

Yours faithfully,
Human Resources Manager`, 'Interview invitation - Procurement Officer'),

  other(`Dear Andrés,

Thank you for your interest in our company. We would like to ask you for two work references, preferably former direct managers, with name, position, phone and email.

Please send them by Friday. We appreciate your collaboration.

Saludos,
Selección de Personal, Grupo Altiplano`, 'Work references request'),

  other(`Dear Maricel,

Good day! We would like to invite you for the final interview with the Account Manager on Thursday, 2:00 PM, at our Ortigas site.

Kindly confirm your availability on or before tomorrow, 12 NN. Please bring two valid government IDs, your NBI clearance, and a printed copy of your resume.

Thank you!
BrightPath BPO Recruitment`, 'Final Interview Schedule - kindly confirm'),

  other(`Dear Siddharth,

We are delighted to offer you the position of Regional Sales Manager at Merlion Industrial Supplies Pte Ltd. Please find the letter of offer attached.

This offer is subject to (1) a satisfactory pre-employment medical examination at one of our panel clinics and (2) approval of your Employment Pass by the Ministry of Manpower.

Kindly sign and return the offer by 4 December.

Warm regards,
Audrey Seah
HR Manager`, 'Letter of Offer - Regional Sales Manager'),

  other(`Hi Kenta,

Please find below the list of documents we need for your Employment Pass application:
- passport bio page (valid for at least 6 months)
- degree certificate and transcript
- certificate of employment from previous employers

Unfortunately, the MOM portal is slow this week so processing may take longer than usual. We appreciate your patience.

Best,
Sharon Teo
HR Operations, Pasir Digital Pte Ltd`, 'Employment Pass documents'),

  other(`JobStreet

Hi Aizat,
12 new jobs match your search "Process Engineer" in Selangor.

- Process Engineer (Semiconductor) — Penang Microdevices Sdn Bhd — RM 6,000 – RM 8,500
- Junior Process Engineer — Batu Pahat Rubber Products — RM 3,800 – RM 4,500
- Senior Process Engineer — Klang Valley Packaging

Not interested anymore? Unsubscribe from this alert.`, '12 new Process Engineer jobs for you'),

  other(`Jobberman

Hello Fola,

Employers are looking for candidates like you! Here are this week's top jobs in Lagos:
• Customer Service Representative — Ikeja
• Accounts Officer — Lekki
• Sales Executive (FMCG) — Apapa

Update your CV to stand out.

You received this email because you subscribed to Jobberman job alerts. Unsubscribe`, 'Top jobs in Lagos this week'),

  other(`BrighterMonday Kenya

Dear Caroline, your profile was viewed by 3 employers this week. Complete your profile to increase your chances of being shortlisted.

Manage notifications | Privacy policy`, 'Your profile was viewed'),

  other(`Computrabajo

Hola Sofía, hay nuevas ofertas para "Analista contable" en Bogotá, D.C.
- Analista Contable Jr — Distribuidora Los Andes
- Auxiliar Contable — Clínica San Rafael

Unfortunately, some offers close soon. Apply now!

Dejar de recibir estas alertas`, 'New offers for Analista contable'),

  other(`Hi Babatunde,

I came across your profile on LinkedIn and I believe you could be a great fit for a Head of Finance role with a fast-growing fintech in Nairobi. The client offers a competitive package and relocation support.

Would you be open to a quick chat this week? If not, no worries, I will keep you in mind for future roles.

Best,
Njeri Odhiambo
Principal, Savanna Talent Partners`, 'Head of Finance opportunity - Nairobi'),

  other(`Dear Students and Alumni,

The Career Development Office of Universidad del Pacífico Norte is pleased to share this month's news:

1. Employability Fair 2026 — 25 November, Main Campus. Over 60 companies.
2. CV clinic every Wednesday, 3–5 pm.
3. Reminder: unfortunately, many students miss application deadlines for trainee programmes. Check our calendar!

Kind regards,
Career Development Office`, 'Career Development Office Newsletter - November'),

  other(`Dear Ms. Kariuki,

I hope this email finds you well. I attended an interview for the position of Communications Officer on 5th November and I wanted to kindly follow up on the status of my application.

I remain very interested in the role and look forward to hearing from you.

Yours sincerely,
Esther Kariuki`, 'Follow-up: Communications Officer interview'),

  other(`Dear Hiroshi Sato,

Thank you for your entry to Aoba Trading Co., Ltd. We have received your entry sheet.

The result of the document screening will be informed by email within two weeks. We appreciate your patience.

Aoba Trading Co., Ltd. New Graduate Recruiting`, '【Aoba Trading】Entry received'),

  other(`Dear Seo-yeon,

Congratulations! You passed the document screening for the 2027 New Graduate Recruitment of Gyeongin Electric.

Please take the online aptitude test (GAT) on Saturday, 28 November, 10:00 KST. The access link will be sent the day before.

Gyeongin Electric Recruiting Team`, '[Gyeongin Electric] Document screening passed'),

  other(`Dear Nguyen Van Duc,

Thank you for applying for the Warehouse Supervisor position. We would like to invite you to an interview at our Binh Duong warehouse on 1 December at 9:00.

Please kindly confirm your availability. Unfortunately, parking is limited, so we recommend coming by taxi.

Best regards,
HR Team, Mekong Logistics JSC`, 'Interview invitation - Warehouse Supervisor'),

  other(`Hi team, just confirming I've received the case study brief for the Consultant role and will submit by Monday 9am SGT. Thanks! — Arjun`, 'Re: Case study brief'),

  other(`Dear Applicant,

Your application for the position of Cashier (Ref. CSH-2026-441) at Mzansi Value Stores has been successfully submitted.

Your reference number is MV-7781203. You can track the status of your application by logging onto our careers portal.

Please do not reply to this email.`, 'Application submitted - MV-7781203'),

  other(`Dear Juliana,

We thank you for your participation in our selection process. We inform you that you have been approved for the next stage: group dynamic, on 3 December at 14h at our office on Av. Paulista.

Please bring a document with photo. We look forward to meeting you.

Atenciosamente,
Equipe de Recrutamento, Banco Ipê`, 'Next stage: group dynamic'),

  other(`Dear Mr. Mensah,

We are pleased to inform you that you have been selected for the position of Field Engineer at Obuasi Drilling Services. Kindly report for a pre-employment medical check at the Company Clinic on Monday, 7 December, at 7:30 a.m. Please come fasting.

Following the medical, HR will issue your contract.

Regards,
HR Department`, 'Pre-employment Medical - Field Engineer'),

  other(`Dear Ayesha,

Thank you for your interest in the Graduate Programme at Nile Valley Telecom. We regret to say that our online portal was unavailable on Sunday due to maintenance. If you could not submit your application, the deadline has been extended to 30 November.

We apologise for the inconvenience.

NVT Talent Acquisition`, 'Application deadline extended'),

  other(`Dear Chidi,

This is a reminder that your recorded video interview for the Sales Analyst role at Harmattan Beverages must be completed by 11:59 PM (WAT) tomorrow.

Unfortunately, links that expire cannot be reactivated, so kindly complete it in good time.

Best regards,
Talent Acquisition Team`, 'Reminder: complete your video interview'),

  other(`Dear Ms. Lopez,

Thank you for your application for the Marketing Coordinator position at Pacific Islands Resorts (Cebu). Your application is currently under review by the hiring manager.

We will be in touch within the next two weeks regarding next steps. Kindly note that we may take longer during the holiday season.

Warm regards,
Talent Team`, 'Application under review'),

  other(`Dear Valentina,

We thank you for your interest in Minera Cordillera Norte. Please complete the following short survey about your experience in our Trainee Program 2027 selection process. It will take 3 minutes and your answers are anonymous.

[Answer the survey]

Thank you for helping us to improve.`, 'Tell us about your experience'),

  other(`Dear Takumi,

Thank you for taking the time to interview with us last week. We are still meeting other candidates and expect to make a decision by mid-December. We appreciate your patience and will be in touch.

Best regards,
Lee Jia Hui
Talent Acquisition, Harbour Fintech (Hong Kong)`, 'Update on your interview'),

  other(`Dear Oluwatobi,

Following your successful interviews, we will now proceed to a background check. Kindly complete the attached consent form and send copies of your degree certificate, NYSC discharge certificate, and a valid means of ID.

Regards,
Talent Acquisition
Kestrel Assurance Plc`, 'Background check - documents required'),

  other(`Hello Isabella,

I'm a recruiter at Andes Talent. We have an opening for a Bilingual Account Manager (English/Spanish) in Medellín with a US client. Unfortunately I couldn't reach you by phone. Are you available for a call tomorrow?

Saludos,
Mauricio Restrepo`, 'Bilingual Account Manager - Medellín'),

  other(`Dear Faith,

Thank you for your interest in the internship programme at Rift Valley Geothermal. We have received many applications and kindly ask you to be patient as we review them. Only shortlisted candidates will be contacted within 30 days.

Thank you.
HR`, 'Internship Programme - Acknowledgement'),

  other(`Hi Ms. Huang,

Thank you for accepting our offer! Your first day will be 4 January 2027. Please bring your ID card, bank account details and the signed labour contract. Unfortunately the canteen is closed during the first week of January, so lunch will be provided by the department.

Welcome aboard!
HR, Pearl River Consumer Electronics`, 'Onboarding - First day information'),

  other(`Dear Dr. Afolabi,

We refer to your application for the position of Lecturer II, Department of Computer Science. You are kindly requested to send three referees' reports directly to the Registrar by 15 December 2026.

Yours faithfully,
Deputy Registrar (Establishments)`, 'Request for Referees Reports'),

  other(`Dear Pham Quang,

Thank you for completing our online test. Your results have been forwarded to the hiring team. We will inform you of the outcome within 7 working days.

Best regards,
Recruitment, Vina Capital Securities`, 'Online test completed'),

  other(`LinkedIn

Siti, your application was sent to Bayu Energy Sdn Bhd

Data Analyst · Kuala Lumpur, Malaysia
Applied now

Unfortunately we can't guarantee a response from the employer. Keep applying to increase your chances.

Unsubscribe | Help`, 'Your application was sent to Bayu Energy Sdn Bhd'),

  other(`Dear Ivan,

Kindly confirm whether you are still interested in the Internal Control Officer position. Due to administrative delays, the interview date was moved to next Wednesday at 11am. We apologise for the inconvenience.

Regards,
HR, Andean Copper Refinery Peru`, 'Kindly confirm your availability'),

  other(`On Mon, 23 Nov 2026 at 09:12, Recruitment Team <careers@example.co.za> wrote:
> Dear Lwazi, thank you for your application for the Junior Software Developer learnership. We will be in touch.

Good morning,

Just checking in on this — is there an update? I've also attached my updated CV with my final-year results.

Thank you,
Lwazi Dlamini`, 'Re: Junior Software Developer learnership'),
];
