/**
 * Development messages of the seventy-first round, never sealed: European employers writing in English. Rejections,
 * paused processes and look-alikes from companies and institutions in the Netherlands, Germany, Austria, Switzerland,
 * France, Belgium, the Nordics, Poland, Czechia, Spain, Portugal, Italy and Estonia, to students and graduates applying
 * for internships, Werkstudent jobs, trainee and graduate programmes, thesis and PhD positions and ordinary jobs; often
 * in second-language English ("we have chosen for another candidate", "your profile does not fit 100% to our
 * requirements", "the vacancy is already occupied"), with German or Dutch sign-offs, GDPR deletion notes and talent
 * pools offered with consent, sent from Personio, Recruitee, Teamtailor, Workable, SmartRecruiters, softgarden, d.vinci,
 * join.com, HR4YOU, Cornerstone, SuccessFactors and Workday.
 *
 * Labelling choices held throughout (LABELS.md and the corpus conventions): a note that the documents will be deleted
 * after six months, or kept only for legal claims, opens no door; a talent pool the candidate is asked to join, or
 * documents kept to contact them later, does. A language level, a degree subject, the enrolment a Werkstudent job
 * requires and years of experience are `skills_gap` with feedback; enrolment at a university in the country, a work
 * permit and living within reach are `location` with feedback. "For legal reasons we give no reasons" is no offer of
 * feedback. An assessment centre after the interviews is `final`; one not followed by an interview is `assessment`.
 * For development only: the rules may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d71-');

export const HANDWRITTEN_DEV_71: readonly CorpusLine[] = [
  // ── Application stage
  rej('application', ['generic'], {},
    `Dear Ms. Verhoeven,

thank you for your interest in the internship Supply Chain Analytics at our location in Venlo.

After careful examination of your documents we have decided not to choose you for our selection process. Please understand that we cannot give a more detailed reason.

Your documents will be deleted in accordance with the GDPR four weeks after the end of the procedure.

Met vriendelijke groet / Kind regards

Sanne de Boer
Talent Acquisition Benelux
Logiwerk B.V. | Venlo, NL`, 'Your application: Internship Supply Chain Analytics (ref. 2026-114)'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hello Jonas,

Many thanks for applying as Werkstudent (m/w/d) Controlling with us. We have looked at your CV with attention. Your profile does unfortunately not fit 100% to our requirements for this position, so we decided against your application.

We would be happy to store your data in our talent pool for 12 months, so that we can contact you if a matching vacancy opens. If you agree, please confirm via the link below. Without your consent we delete your data after 6 months.

[Yes, please add me to the talent pool]

Mit freundlichen Grüßen
Katrin Albers
HR Business Partner
Nordhafen Energie GmbH, Hamburg

Sent via Personio`, 'Ihre Bewerbung / Your application – Werkstudent Controlling'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Unfortunately we must inform you that we cannot consider your application further.

With best regards
Your Recruiting Team
Brenner Hydraulik AG`, 'Application status'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Priya,

Thanks a lot for your application for the Customer Success Intern role in our Utrecht office.

We read it with interest. The role needs fluent Dutch however, as you will speak daily with our customers in the Netherlands and Flanders, and from your CV we see your Dutch is at A2 level. For this reason we have decided not to continue with your application.

Good luck with your search!

Groetjes,
Fleur Janssen | People & Culture
Kwikstap B.V.

--
Powered by Recruitee`, 'Customer Success Intern – update'),

  rej('application', ['generic'], { ...door },
    `Dear Mr. Nowak,

thank you very much for your application as Junior Project Engineer (Ref. PL-ENG-0932) and the confidence you have shown in our company.

We received a large number of applications for this position. After careful consideration, we regret that we are unable to offer you the position.

We would like to encourage you to check our career page regularly and to apply again if you find an interesting opportunity.

Best regards,
Magdalena Wiśniewska
HR Specialist
Kovex Automotive Sp. z o.o., Wrocław`, 'Junior Project Engineer (Ref. PL-ENG-0932)'),

  rej('application', ['location'], { ...fb },
    `Dear Daniel,

Thank you for applying for our Graduate Trainee Programme in Finance.

Unfortunately we have to decline your application. The programme is only open to candidates who already hold the right to work in Switzerland or in an EU/EFTA country, and your application states that you would need a work permit sponsored by us. As a non-EU quota permit is not possible for trainee positions, we cannot take your application further.

We thank you for your interest and wish you all the best.

Freundliche Grüsse

Corinne Blaser
Talent Acquisition
Helvetia Alpina Versicherungen AG
Zürich`, 'Graduate Trainee Programme Finance 2027'),

  rej('application', ['generic'], {},
    `Bonjour Amélie,

Thank you for your interest in Lumenis Retail and for your application to the position "Stage – Marketing Digital (6 mois)".

We regret to tell you that your application was not retained for the next step.

We wish you success in your search for an internship.

Cordialement,
L'équipe Recrutement
Lumenis Retail SAS – Lyon

This email was sent automatically, please do not reply.`, 'Votre candidature / Your application – Stage Marketing Digital'),

  rej('application', ['profile_mismatch'], {},
    `Dear Mr Adeyemi,

Thanks for applying to the position Data Engineer (Ref JR-04418) at Skagen Maritime Systems A/S.

We have received many qualified applications and after a thorough review we have chosen for other candidates whose profiles are closer to what the team needs right now.

We wish you the best of luck in your job hunt.

Venlig hilsen / Kind regards
Mette Kjærgaard
Recruitment Partner, Aarhus`, 'Data Engineer – Skagen Maritime Systems'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Lukas,

Thank you for your application for the working student position in Software Testing (20 h/week).

Working student contracts in Germany can only be offered to persons who are enrolled as students at a university during the whole employment. As you wrote that you finished your Master in September and are not enrolled anymore, we unfortunately cannot consider you for this job.

Maybe one of our junior positions would be interesting for you? You find them on our homepage.

Best regards
Melanie Groß
Personalabteilung
Q-Sys Prüftechnik GmbH · Karlsruhe

softgarden e-recruiting`, 'Werkstudent Software-Testing (m/w/d)'),

  rej('application', ['position_filled'], {},
    `Hello Sofia,

thank you for your application and your patience.

We are sorry to inform you that the vacancy is already occupied. We wish you all the best for your future.

Best
Andrea Pichler
Office Management
Wiener Stadtgarten Events GmbH`, 'Praktikum Eventmanagement'),

  rej('application', ['generic'], { ...door },
    `Hej Oskar!

Thanks for showing interest in working at Fjällbo. We really appreciate that you took the time to apply for the Junior UX Designer role.

We have now gone through all the applications and decided to proceed with other candidates in this recruitment.

Don't be a stranger – we grow quickly and would love to see your name again in future recruitments.

Vänliga hälsningar,
Elin Sandberg
Talent Partner, Fjällbo AB, Stockholm

Sent with Teamtailor | Manage your data`, 'Junior UX Designer at Fjällbo'),

  rej('application', ['profile_mismatch', 'skills_gap'], { ...fb },
    `Dear Ms. Chukwu,

we thank you for your application for the PhD position "Modelling of Groundwater Transport in Fractured Rock" (reference 26/118).

The selection committee has examined all applications carefully. The position requires a Master degree in hydrogeology, civil or environmental engineering with a strong background in numerical methods; your degree is in environmental management and your application shows little experience with numerical modelling. Other applicants corresponded more closely to the profile. We therefore regret that we cannot offer you the position.

We wish you every success in your further academic career.

Yours sincerely,
Prof. Dr. Thomas Kerner
Institute of Applied Geosciences
Technische Hochschule Ostbayern`, 'PhD position 26/118'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for your application for Stagiair Communicatie. Unfortunately we will not invite you for an interview.

Kind regards,
Gemeente Zeewolde – Team HRM`, 'Sollicitatie Stagiair Communicatie'),

  rej('application', ['location'], { ...fb },
    `Hi Arjun,

Thank you for applying to our Thesis Internship in Battery Cell Characterisation.

We are afraid that we have to decline. For thesis interns we can only work with students enrolled at a Swedish university, since the thesis agreement must be signed with the home university and supervisor here. Your application states that you study at TU Delft.

If you later come to Sweden for your studies, we would be glad to hear from you again.

Best regards,
Karin Lindqvist
University Relations
NorrVolt AB, Västerås`, 'Thesis: Battery Cell Characterisation'),

  rej('application', ['generic'], {},
    `Dear Mr. Rossi,

We have carefully reviewed your application for the position of Sales Assistant (part time). We must inform you that we have decided against your application.

In accordance with Art. 17 GDPR your personal data will be deleted six months after the conclusion of the application procedure, unless legal obligations require a longer retention.

Kind regards
Personalabteilung
Sporthaus Bergler GmbH & Co. KG
Innsbruck`, 'Your application as Sales Assistant'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Nadia,

Thank you so much for applying to the Trainee Programme "Future Leaders in Logistics".

We had over 900 applications for 14 places this year. We looked at yours with great interest, but we have found candidates whose profile suits better to the programme focus.

With your agreement, we keep your profile in our candidate pool so our recruiters can approach you for other openings. Simply reply "yes" to this email and we will do so; otherwise your data will be removed automatically.

Med vennlig hilsen / Best regards
Ingrid Haugen
Graduate Recruitment
Fjordline Logistics AS, Oslo`, 'Future Leaders in Logistics – your application'),

  rej('application', ['generic'], {},
    `Unfortunately we can not offer you the position. Best regards, Tomasz (Kraków office)`, 'Re: Internship QA'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Mr. Okonkwo,

Thank you for your application for Key Account Manager DACH (Ref. 2026-0288).

We were impressed by your experience in B2B sales in Lagos and London. However, for this position business fluent German (C1) is a must, because all our customers in Germany, Austria and Switzerland communicate in German. Your CV mentions German at beginner level. So we cannot move forward for this role.

As we are also hiring for English-speaking roles in our international team in Amsterdam, we would be happy to keep your application in our talent pool. You can give your consent in the candidate portal.

Best regards,
Jan-Philipp Voss
Recruiting
Tegula Building Products SE

SmartRecruiters – This message was sent on behalf of Tegula Building Products SE.`, 'Key Account Manager DACH (Ref. 2026-0288)'),

  rej('application', ['generic'], {},
    `Dear Hannah,

thanks for your application as Intern Corporate Communications.

Sadly it is a no from our side this time. We had many good applications and could only pick few.

All the best!
Lisa from the People Team at Brightloop (Berlin)`, 'Intern Corporate Communications @ Brightloop'),

  rej('application', ['generic'], { ...door },
    `Dear Ms. Fernandes,

we would like to thank you for your application and the interest in a career with us.

Regrettably, we have to tell you that we will not be able to take your application into account for the position of Junior Financial Analyst in Lisbon.

Your data will stay in our system and we will be happy to contact you when an opportunity arises that corresponds to your profile.

Com os melhores cumprimentos,
Rita Carvalho
Human Resources
Atlantida Capital Partners, Lisboa`, 'Junior Financial Analyst – Lisboa'),

  rej('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for your application for the position "Werkstudent Marketing Automation".

Due to an internal reorganisation of our marketing department, the position will not be filled after all. Your application can therefore not be considered further. We apologise for the inconvenience.

Your documents will be deleted after 6 months according to data protection regulations.

Kind regards
HR Team
Ostwind Digital GmbH, Leipzig

join.com | Unsubscribe`, 'Position withdrawn: Werkstudent Marketing Automation'),

  rej('application', ['profile_mismatch'], {},
    `Dear Mr Schneider,

Thank you for your interest in our company. We have examined your application for the position of Test Engineer Avionics with attention.

We are sorry to say that your experiences do not correspond to the needs of the department at the moment. We have therefore decided not to pursue your candidacy.

We wish you success in your professional projects.

Best regards,
Claire Morel
Chargée de recrutement
Aérotec Sud, Toulouse`, 'Your candidacy – Test Engineer Avionics (REQ-55120)'),

  rej('application', ['generic'], {},
    `Hallo Max,

vielen Dank für deine Bewerbung! / thank you for your application!

We had a look at all applications for the internship in our product team and decided to go on with other candidates. We know it is not the news you hoped for.

Liebe Grüße,
Johanna
Co-Founder, Pflanzbar (Munich)`, 'Praktikum Produkt / Product internship'),

  rej('application', ['location'], { ...fb },
    `Dear Chinedu,

Thank you for applying for the Field Service Technician role in the region Tampere.

The role requires that you live within about one hour of Tampere, since you will drive to customer sites from home every morning and be on call during weekends. As you are currently located in Helsinki and wrote that you do not plan to move, we have decided not to continue with your application.

Ystävällisin terveisin / Best regards,
Mikko Rantanen
Service Manager, Pirkan Lift Oy`, 'Field Service Technician, Tampere'),

  rej('application', ['generic'], {},
    `Dear Mr. Horák,

we thank you for applying for the position Junior Accountant at our Brno branch.

Despite your qualification we regret to inform you that we have selected another applicant.

For legal reasons we are unfortunately not able to give you the reasons for our decision.

S pozdravem / Best regards
Lenka Dvořáková
HR Generalist
Moravia Components s.r.o.`, 'Junior Accountant – Brno'),
  rej('application', ['overqualified'], { ...fb },
    `Dear Dr. Mensah,

Thank you for your application for the Laboratory Technician position in Leuven.

Your PhD and your many years of postdoctoral research are impressive. Honestly, we think the role, which is mostly routine sample preparation, would not use your qualifications and would not keep you challenged for long. For that reason we have decided not to invite you.

Kind regards,
Veerle Peeters
HR Officer, BioNova Diagnostics NV`, 'Laboratory Technician – Leuven'),

  rej('application', ['generic'], { ...door },
    `Hi Tereza,

Thanks a lot for your application to Prague Pixel Studios! We received lots of great portfolios for the 3D Art Intern position and, unfortunately, yours was not among the ones we selected this time.

Please keep an eye on our jobs page — we open internship spots twice a year and you are very welcome to apply again.

Cheers,
Ondřej
Studio Manager

Workable | Privacy notice`, 'Your application for 3D Art Intern'),

  rej('application', ['profile_mismatch'], {},
    `Dear Ms. García,

We appreciate your interest in the Prácticas en Consultoría Estratégica programme.

We regret to inform you that on this occasion your profile has not been selected, as we are looking for profiles with a different academic orientation.

Un saludo cordial,
Departamento de Selección
Iberconsult Partners, Madrid`, 'Prácticas Consultoría Estratégica – resultado'),

  rej('application', ['salary'], { ...fb },
    `Dear Mr. Bauer,

Thank you for your application as Senior Backend Developer.

We liked your profile a lot. However, your salary expectation of EUR 95,000 is clearly above the range we can offer for this position (EUR 68,000–76,000), and we do not see a way to close this gap. We therefore do not want to waste your time with further interviews.

Beste Grüße
Florian Weiß
CTO, Kassenwerk GmbH, Nürnberg`, 'Senior Backend Developer'),

  rej('application', ['generic'], {},
    `Dear Applicant,

This is to inform you that your application for vacancy 2026/IT/044 (ICT Trainee) was not successful.

Please do not reply to this automatic message.

Eesti Digiriik Foundation
Tallinn`, 'Vacancy 2026/IT/044'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Emma,

Thank you for your application for the Graduate Programme in Structural Engineering.

Unfortunately we cannot consider you: the programme requires a completed master's degree in civil or structural engineering, and your degree is in architecture. We hope you understand our decision.

Kind regards,
Bart Vermeulen
Graduate Recruitment
Deltabouw Ingenieurs, Rotterdam`, 'Graduate Programme Structural Engineering'),

  rej('application', ['generic'], {},
    `Gentile Marco,

thank you for the application you sent for the position of Junior Product Designer.

We inform you that we have concluded the evaluation of the candidates and we will not proceed with your profile.

We thank you for the interest shown in our company.

Cordiali saluti,
Ufficio Risorse Umane
Arredi Lario S.p.A., Como`, 'Junior Product Designer'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Mr. Kowalczyk,

Many thanks for your application to the role of Process Engineer at our plant in Gliwice.

We have compared all applications with the requirements of the position. Your profile was interesting, but other applicants had experience closer to our production environment, so we have decided in their favour.

We have saved your documents and would like to contact you again if a suitable position opens in the next year. If you do not wish this, please let us know and we will delete them.

Best regards
Agnieszka Zając
Recruitment Team, Silmet Foundry Sp. z o.o.`, 'Process Engineer – Gliwice'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your interest in a position with our company.

We regret to inform you that your application was unsuccessful. We had many applications and could consider only a small number.

This message was generated by SAP SuccessFactors on behalf of Rheintal Chemie AG. Please do not reply to this email. Data protection: https://careers.example-rheintal.de/privacy`, 'Your application for Job ID 88213'),

  rej('application', ['internal_candidate'], {},
    `Hello Aoife,

Thank you for applying for the Team Assistant position in our Copenhagen office.

We want to let you know that we have filled the role with a colleague from within the company, so we will not be proceeding with external candidates.

Thanks again for your interest in Nordlys Pharma.

Best regards,
Camilla Holm
HR Coordinator`, 'Team Assistant, Copenhagen'),

  rej('application', ['generic'], { ...door },
    `Dear Ms. Kumar,

thank you for your application as Intern in Corporate Finance (Summer 2027).

After reviewing all applications we regret to inform you that we cannot offer you an internship this time. This decision is no judgement of your qualifications.

We would be glad to receive your application for one of our future internship rounds.

Kind regards
Stephanie Hofer
Campus Recruiting
Alpbank AG, Vienna`, 'Internship Corporate Finance – Summer 2027'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr. Lindgren,

Thank you for applying for the position as Site Manager.

For this position we require at least five years of experience leading construction sites with more than 20 workers. Based on your CV, you have about two years of experience as assistant site manager. We have therefore chosen not to take your application further.

Med venlig hilsen
Rasmus Dahl
Byggeri Nord A/S, Aalborg`, 'Site Manager'),

  rej('application', ['generic'], {},
    `hi, thanks for applying. the internship is given to someone else. good luck! – Pieter, Amsterdam Bike Works`, 'stage'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Fatima,

thank you for taking the time to apply for the Master Thesis "Predictive Maintenance for Wind Turbines" at our company.

We have decided to choose another student whose study focus matches this topic closer. We hope you will find an exciting thesis topic soon!

You are welcome to send us a new application for future thesis topics, which we publish every semester.

Best regards,
Dr. Stefan Lorenz
Team Lead Data Science
Windkraft Ems GmbH, Emden

d.vinci – application management`, 'Masterarbeit Predictive Maintenance'),

  rej('application', ['role_closed'], { ...door },
    `Dear Mr. Dubois,

Thank you for applying for the position of Business Analyst.

Following a change in our internal priorities, we have decided to put an end to this recruitment and the position will not be opened again this year. We therefore cannot continue with your application.

We keep your CV on file and would be happy to get in touch with you when we recruit for similar roles in the future.

Bien à vous,
Nathalie Lambert
Talent Acquisition, Assurbel SA, Brussels`, 'Business Analyst – recruitment closed'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying for the Trainee position in Purchasing (ref. HR4Y-7731).

We regret to inform you that your application could not be considered in the further selection process.

Your application documents will be deleted in accordance with the data protection regulations six months after the end of the procedure. Kept only for a possible legal claim, they will not be used for any other purpose.

Yours sincerely
Human Resources
Stahlwerk Saar-Lothringen GmbH

HR4YOU Bewerbermanagement`, 'Trainee Einkauf / Purchasing (HR4Y-7731)'),

  rej('application', ['generic'], { ...door },
    `Dear Amara,

Thank you for your application and your interest in our company.

We regret that we cannot make you an offer for the role of Junior Marketing Manager at this time. We hope you will consider us again for future openings.

With best regards,
Eva Mäkelä
Talent Acquisition, Saimaa Foods Oy`, 'Junior Marketing Manager'),

  rej('application', ['position_filled'], { ...door },
    `Dear Ms. Bianchi,

thank you for your application for the position Office Manager (part-time).

In the meantime we have already found a new colleague, so the position is filled. We are sorry we could not answer earlier.

With your permission we would like to keep your application in our files for one year in case a similar position becomes available. Please just confirm shortly by email.

Viele Grüße
Sabine Huber
Geschäftsführung
Kanzlei Huber & Partner, Salzburg`, 'Office Manager (Teilzeit)'),

  rej('application', ['profile_mismatch'], {},
    `Dear Mr. Van Damme,

We have received your application for the role of Financial Controller and thank you for it.

After examining your file we decided to retain candidates whose background is more in line with the specifics of the position. Consequently your candidacy will not be continued.

Yours faithfully,
HR Department
Mosane Industries SA, Liège`, 'Candidature Financial Controller'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Ms. Afolabi,

Thank you for your application as Working Student in Sales Support.

In this job you would answer customer calls from French speaking Switzerland, so very good French is necessary. Your application does not mention French. We are sorry, but we cannot consider you for this position.

We would still be glad to keep your documents on file for six months and to contact you if a position without French requirement opens in this time.

Kind regards,
Martina Keller
HR, Lémanic Medical Devices SA, Lausanne`, 'Working Student Sales Support'),

  rej('application', ['generic'], { ...offered },
    `Dear Sven,

Thank you for applying for Software Developer Intern at Kvarn Systems.

We regret that we will not move forward with your application. If you want to know more about how we assessed it, just reply to this email and I will happily give some feedback.

Best,
Annika Berg
Tech Recruiter, Kvarn Systems AB, Gothenburg`, 'Software Developer Intern'),

  rej('application', ['generic'], {},
    `Dear Ms. Jovanović,

with reference to your application of 12 October, we regret to inform you that after examination we have decided in favour of other applicants.

We would like to point out that for legal reasons we cannot inform you about the reasons for our decision.

Kind regards
i.A. Renate Schulte
Personalwesen
Stadtwerke Mittelweser GmbH`, 'Ihre Bewerbung vom 12.10.'),

  rej('application', ['location'], { ...fb },
    `Dear Mr. Ibrahim,

thank you for your interest in the internship at the Embassy Liaison Office.

Unfortunately, internships with us are only possible for students who are enrolled at a Belgian or Luxembourg university, as the internship must be part of the study programme under a Belgian internship agreement. As you are studying in Nigeria, we are not able to consider your application.

Kind regards,
Secretariat
Euregio Policy Institute, Brussels`, 'Internship application'),
];
