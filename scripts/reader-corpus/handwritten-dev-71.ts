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

  rej('application', ['generic'], { ...door },
    `Bonjour Amélie,

Thank you for your interest in Lumenis Retail and for your application to the position "Stage – Marketing Digital (6 mois)".

We regret to tell you that your application was not retained for the next step.

Our internship offers for the spring semester will be published in February — do not hesitate to send us your application again then.

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

  rej('application', ['skills_gap'], { ...fb, ...door },
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

  rej('application', ['location'], { ...fb, ...door },
    `Hi Arjun,

Thank you for applying to our Thesis Internship in Battery Cell Characterisation.

We are afraid that we have to decline. For thesis interns we can only work with students enrolled at a Swedish university, since the thesis agreement must be signed with the home university and supervisor here. Your application states that you study at TU Delft.

If you later come to Sweden for your studies, we would be glad to hear from you again.

Best regards,
Karin Lindqvist
University Relations
NorrVolt AB, Västerås`, 'Thesis: Battery Cell Characterisation'),

  rej('application', ['generic'], { ...door },
    `Dear Mr. Rossi,

We have carefully reviewed your application for the position of Sales Assistant (part time). We must inform you that we have decided against your application. Please understand that we do not give individual reasons for our decisions. Next season we will again look for sales staff, and you are welcome to apply then.

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

  rej('application', ['generic'], { ...door },
    `Dear Hannah,

thanks for your application as Intern Corporate Communications.

Sadly it is a no from our side this time. We had many good applications and could only pick few. Try us again next semester, we would be glad to hear from you!

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

  rej('application', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Emma,

Thank you for your application for the Graduate Programme in Structural Engineering.

Unfortunately we cannot consider you: the programme requires a completed master's degree in civil or structural engineering, and your degree is in architecture. Besides, we received many applications from candidates who match the profile completely. We hope you understand our decision.

Kind regards,
Bart Vermeulen
Graduate Recruitment
Deltabouw Ingenieurs, Rotterdam`, 'Graduate Programme Structural Engineering'),

  rej('application', ['generic'], { ...door },
    `Gentile Marco,

thank you for the application you sent for the position of Junior Product Designer.

We inform you that we have concluded the evaluation of the candidates and we will not proceed with your profile.

If you agree, we will keep your CV in our database for future selections in the design area; you can withdraw this consent at any time by writing to privacy@arredilario.example.

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

  rej('application', ['position_filled'], {},
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

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Mr. Van Damme,

We have received your application for the role of Financial Controller and thank you for it.

After examining your file we decided to retain candidates whose background is more in line with the specifics of the position. Consequently your candidacy will not be continued for this post. We nevertheless keep your file for a period of two years and may contact you should another opportunity arise in our finance team.

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

  rej('application', ['generic'], { ...door },
    `Dear Ms. Jovanović,

with reference to your application of 12 October, we regret to inform you that after examination we have decided in favour of other applicants.

We would like to point out that for legal reasons we cannot inform you about the reasons for our decision. This does not prevent you from applying for other vacancies at Stadtwerke Mittelweser in the future; we would be pleased.

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
  rej('application', ['generic'], { ...door },
    `Dear Mr. Santos,

Thank you for your application via our careers portal. We regret to inform you that we have decided to pursue other candidates for the position Operations Trainee (Porto). Your candidate profile remains active, and our recruiters may reach out to you regarding future openings.

Best regards,
Talent Team – Douro Mobility

Workday · This mailbox is not monitored.`, 'Operations Trainee (Porto) – application update'),

  rej('application', ['profile_mismatch', 'location'], { ...fb, ...door },
    `Dear Kwame,

Thanks a lot for your application as Junior Consultant SAP in our Vienna team.

To be honest with you: two things made us decide against it. Our clients are mostly in Upper Austria and the job includes being on site at the customer three to four days a week, which is difficult from Accra even with relocation in a few months; and the other applicants brought more hands-on SAP project practice than we could see in your CV.

We would nevertheless like to keep your profile in our talent pool with your consent — our remote-friendly roles in the Lisbon hub could be a better match. You will receive a separate consent email from Personio.

Schöne Grüße aus Wien
Philipp Eder
Head of Recruiting, Donauconsult GmbH`, 'Junior Consultant SAP – Vienna'),

  // ── Screen
  rej('screen', ['role_closed'], {},
    `Dear Ms. Hakimi,

thank you for the pleasant telephone interview last Tuesday and for your interest in the position Junior Buyer.

After consultation with the department we must tell you that the tasks of this position will be taken over by our central purchasing in Hannover, and the position in Bielefeld will not be filled. Therefore we cannot continue the application process with you.

We wish you all the best for your professional future.

Kind regards
Nicole Brandt
HR Recruiting
Vossberg Elektrotechnik GmbH, Bielefeld`, 'Junior Buyer – telephone interview'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Thomas,

Thanks for your time on the phone yesterday, it was nice to talk with you.

As discussed in the call, the role will be about half in Swedish, with customers and the authorities. When we switched to Swedish in the call it became clear that your level is not yet enough for this, so unfortunately we are not moving on with your application.

Lycka till!
Sara Nyberg
Recruiter, Kommunal IT Partner AB`, 'Our call yesterday'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Dear Rahul,

Thank you for taking the first call with me last week about the Machine Learning Engineer role. I enjoyed hearing about your thesis work.

I have shared my notes with the hiring manager and we agreed that, for this specific position, your background in computer vision is a bit far from the recommender systems work the team does, so we will not proceed to the technical interviews.

I'd really like to stay in touch though. May I keep your profile in our pool for upcoming CV roles? Just reply with "OK".

Best,
Maud Verstraete
Talent Acquisition Lead, Scaleway Ghent`, 'ML Engineer – after our call'),

  rej('screen', ['salary'], { ...fb },
    `Dear Mr. Olsen,

Thank you for the phone interview on Monday.

You told us that you expect a yearly salary of NOK 950,000. Unfortunately, this lies well above what we have budgeted for the position of Project Controller, and we have therefore chosen not to proceed.

We wish you luck.

Med vennlig hilsen
Kari Solberg
HR, Vestkyst Havbruk AS, Bergen`, 'Project Controller'),

  rej('screen', ['generic'], { ...offered },
    `Dear Lea,

many thanks for the short video call on Thursday and for telling us about yourself.

We have now spoken with all candidates of the first round and I must tell you that we will not invite you to the next round for the Werkstudent HR position.

If a short feedback would help you, I am happy to give it by phone — just send me a short message.

Beste Grüße
Theresa Winkler
People Partner, Lindenblatt Software GmbH, Dresden`, 'Werkstudent HR – nächste Schritte'),

  rej('screen', ['location'], { ...fb },
    `Dear Mr. Tan,

Thank you for speaking with us on the phone about the Trainee Programme in Maritime Operations.

In our conversation you mentioned that your Dutch residence permit as a highly skilled migrant's partner ends in March and you would need sponsorship afterwards. Because the trainee programme cannot be combined with sponsorship, we have made the decision not to continue.

We regret this and wish you success.

Kind regards,
Willemijn Bakker
Recruitment Advisor, Havenbedrijf Scheldemond`, 'Trainee Maritime Operations'),

  rej('screen', ['profile_mismatch', 'location'], { ...fb, ...door },
    `Dear Giulia,

Thank you for the first telephone conversation for the Brand Intern position.

We had a good impression of you. Nevertheless, after comparing with the other candidates we came to the conclusion that others fit the requirements of the team a little better. Also the internship must start in Milan in January, and you told us you are in Rotterdam until June. So we will not go on with your application.

We will gladly consider you for the autumn intake; just write to me in June.

Kind regards,
Valentina Greco
HR Specialist, Moda Brera S.r.l., Milan`, 'Brand Intern'),

  rej('screen', ['generic'], { ...door },
    `Dear Mr. Novák,

Thank you for the telephone interview. We unfortunately have to inform you that we will not continue the selection process with you. Your CV stays with us, and we will get in contact when we look for export staff again.

Best regards
Jana Procházková
Bohemia Glass Works`, 'Telephone interview – Export Assistant'),

  // ── Assessment
  rej('assessment', ['assessment'], {},
    `Dear Applicant,

Thank you for completing the online assessment for the Graduate Programme 2027.

We regret to inform you that your result did not reach the threshold required to continue in the selection process. We therefore will not be able to consider your application further this year.

We wish you every success.

Graduate Recruitment Team
Rhein-Main Bank AG

This email was sent via Cornerstone OnDemand. Please do not reply.`, 'Graduate Programme 2027 – online assessment'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Yusuf,

Thank you for sending your solution of the case study for the Junior Data Analyst position.

The team reviewed it carefully. Your cleaning of the dataset was good, but the analysis answered only the first two questions and the recommendation for the marketing team was missing, which was the most important part of the task. For this reason we decided not to invite you for the interview.

We hope you will apply with us again in the future.

Best regards,
Marleen Smit
Analytics Lead, Tulpenveld Retail B.V.`, 'Your case study'),

  rej('assessment', ['generic'], {},
    `Dear Ms. Moreau,

thank you for participating in our assessment center in Frankfurt on 14 November.

After evaluating the results of all participants, we must inform you that we cannot offer you a place in the International Trainee Programme.

We thank you for the effort you invested and wish you all the best.

Kind regards
Julia Schreiber
Trainee Recruiting
Mainfels Versicherungsgruppe`, 'International Trainee Programme – assessment center'),

  rej('assessment', ['assessment'], {},
    `Hi Maximilian,

thanks for doing the logic and numerical tests. Unfortunately, your score was under the level we need to invite candidates to the next step.

Best wishes,
Recruiting Team
Ferrox Steel Trading GmbH`, 'Test results'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Chiamaka,

Thanks for playing the pymetrics games as part of your application to our Summer Analyst internship.

Your results showed a profile that is different from the one we find in people who do well in this particular role. That says nothing about your abilities in general — it only means that this role may not be the best match.

We encourage you to look at our other programmes; your pymetrics results can be matched with them automatically if you allow it in your candidate account.

Kind regards,
Early Careers Team
Nordwall Capital, Frankfurt`, 'Summer Analyst – next steps'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Mr. Jensen,

Thank you for the coding assignment you submitted for the Embedded Developer position.

Our engineers found that the solution did not use an RTOS and the interrupt handling was missing, which are both central for this role. We need someone with more experience in real-time systems, so we will not continue with your application.

Best regards
Henrik Møller
Engineering Manager, Danfield Controls ApS, Odense`, 'Coding assignment – Embedded Developer'),

  rej('assessment', ['generic'], { ...offered },
    `Dear Ana,

Thank you for joining our online assessment day for the Graduate Programme. It was a pleasure to see you work on the group case.

After a lot of discussion among the assessors we decided not to offer you a place. We know this is disappointing. If you would like to hear the notes of the assessors, please reply and we can arrange a 15-minute call.

Um abraço,
Inês Ribeiro
Graduate Recruitment, Tejo Energia`, 'Assessment day – outcome'),

  rej('assessment', ['generic'], {},
    `Dear Mr. Halvorsen,

we thank you for taking part in the written test for the position Trainee Customs Officer.

Unfortunately we must inform you that you were not selected to continue. For legal reasons we cannot give individual feedback about the test.

Kind regards,
Recruitment
Nordkapp Shipping Agency AS`, 'Written test result'),
  // ── Interview
  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Mr. Achterberg,

Once again many thanks for the personal interview on 3 December in our office in Eindhoven and for the open conversation with Mr. de Wit and myself.

After careful consideration we have chosen for another candidate whose experience fits closer to the current needs of the team. This was not an easy decision, because we were positive about you as a person.

We would like to keep your details, with your permission, for future vacancies in our R&D department.

Met vriendelijke groet,
Ilse Hendriks
HR Advisor
Photonex Systems B.V.`, 'Sollicitatiegesprek R&D Engineer'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Ngozi,

Thank you for the interview on site with our team last Friday.

We appreciated your motivation and your knowledge about regulatory affairs. However, in the interview it became clear that you have not yet worked with MDR technical documentation yourself, and for this role we need someone who can do it independently from the first day. We have therefore decided not to offer you the position.

We wish you all the best!

Freundliche Grüsse
Daniela Frei
HR Business Partner, Medalp Instruments AG, Bern`, 'Regulatory Affairs Specialist – interview'),

  rej('interview', ['profile_mismatch', 'position_filled'], { ...door },
    `Dear Ms. Lehtinen,

Thank you for coming to the interview for the position of Communications Officer.

We regret to let you know that the position has now been filled by a candidate whose background was closer to our needs in science communication. We thank you for your time, and we hope to see your name again when the foundation advertises its next vacancies.

Best regards,
Aino Virtanen
Head of Communications, Kaleva Foundation, Helsinki`, 'Communications Officer'),

  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Dear Dominik,

first of all thank you for our conversation with the department on Wednesday. Tobias and Nina told me they liked talking with you.

After the talk, they found that your way of working — very independent, with long phases of own research — fits less to the team, which works in short sprints and with a lot of pair programming. So we decided against continuing.

If you want to discuss this further, I am happy to call you next week.

Viele Grüße
Carina Jung
Talent Acquisition, Stackhaus GmbH, Köln`, 'Our conversation on Wednesday'),

  rej('interview', ['position_filled'], {},
    `Dear Mr. Lopes,

Thank you for attending the interview for the Junior Architect position at our studio.

I am writing to inform you that we have meanwhile offered the position to another candidate, who has accepted it. The position is therefore no longer open.

Kind regards,
Joana Matos
Studio Manager, Matos & Vieira Arquitectos, Porto`, 'Junior Architect'),

  rej('interview', ['generic'], { ...door },
    `Dear Katarzyna,

thank you very much for your time in the interview with our hiring team for the role of Scrum Master.

After evaluating all interviews we have decided to continue with other candidates. We were impressed with your energy and communication and would really like to see you apply again when new positions are published.

Best regards,
Dorota Lewandowska
People Team, Vistula Software House, Warsaw

Recruitee`, 'Scrum Master – interview outcome'),

  rej('interview', ['internal_candidate'], { ...door },
    `Dear Ms. O'Brien,

Thank you for the interview for the Team Lead Customer Service in Dublin and Amsterdam last week.

Since our interviews, a colleague from our Amsterdam team has applied internally and we have decided to give this opportunity to her. We are sorry, as we liked our conversation with you.

We will keep your application in our system and come back to you if a similar leadership role opens.

Warm regards,
Roos van Leeuwen
Recruitment Manager, Fietsfabriek Europe`, 'Team Lead Customer Service'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Mr. Petit,

Following your interview for the position of Controller at our Paris site, we thank you for your interest.

The manager appreciated your profile, but the role requires a solid experience in IFRS consolidation of at least three years, which you do not yet have. We therefore cannot give a favourable reply to your application.

We wish you every success in your search.

Sincerely,
Sophie Laurent
Responsable Recrutement, Groupe Vernier`, 'Controller – suite à notre entretien'),

  rej('interview', ['generic'], {},
    `Hi Ahmed, thanks again for coming in on Monday. We decided to go with someone else for the barista trainee spot. All the best, Nils (Kaffebar Södermalm)`, 'Barista trainee'),

  rej('interview', ['overqualified', 'profile_mismatch'], { ...fb },
    `Dear Mr. Schulz,

thank you for your visit and the interesting interview about the position as Warehouse Team Leader.

We have thought about it for a long time. With your experience as a logistics manager for more than 15 years, we believe that the position would not offer you enough responsibility in the long run, and we are concerned you would leave us soon. We have therefore decided for a candidate whose experience fits the level of the role.

We thank you for your understanding.

Mit freundlichen Grüßen
Ralf Meißner
Niederlassungsleiter, Elbspeditions GmbH, Magdeburg`, 'Lagerteamleiter / Warehouse Team Leader'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Isabel,

Thank you for the interview for the PhD position in Computational Linguistics.

The committee interviewed six candidates. We had to make a difficult choice, and we have decided to offer the position to a candidate whose research experience matches the project somewhat more closely.

I wish you every success with your applications.

Best regards,
Prof. Dr. Hanna Sikora
Institute for Language Technology
University of Tartu`, 'PhD Computational Linguistics – decision'),

  rej('interview', ['role_closed'], { ...door },
    `Dear Mr. Moretti,

Thank you for the interview with our team in Bologna.

We are sorry to tell you that the company has decided a restructuring of the engineering department, and the Junior Automation Engineer position has been cancelled. For this reason we cannot continue the selection with you, and other candidates also received this message. When the new organisation is in place we will surely open positions again, and we would be happy to contact you first.

Kind regards,
Francesca Rinaldi
HR, Meccanica Emiliana S.p.A.`, 'Junior Automation Engineer – position cancelled'),

  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Dear Ms. Wójcik,

Thank you for the Teams interview with our team in Bratislava.

We enjoyed the conversation. Two points led us to decide otherwise: the role needs Slovak or Czech for the contact with the local authorities, and you would need to move to Bratislava before February, which, as you told us, is not possible for you before summer.

With kind regards,
Zuzana Kováčová
HR Manager, Danubia Logistics s.r.o.`, 'Interview – Customs Coordinator'),

  // ── Final
  rej('final', ['profile_mismatch'], { ...door },
    `Dear Ms. Eriksen,

Thank you for taking part in the second round for the position Product Owner Payments, and for the time you spent with our management team.

It was a close decision between you and one other finalist, and we have decided for the candidate whose experience with card schemes fits better to the immediate tasks.

We would be happy to contact you again when new product positions open; with your consent we will keep your application for 12 months.

Med vennlig hilsen
Lars Bakke
Chief Product Officer, Fjord Pay AS`, 'Product Owner Payments – second round'),

  rej('final', ['generic'], { ...offered },
    `Dear Alexander,

thank you for the final interview with our management board on Thursday.

We had two very good candidates in the last round and we decided for the other applicant. Please do not see this as a judgement against you.

If you wish, I will gladly tell you in a short phone call what the board discussed.

Kind regards
Michaela Lang
Head of HR, Tiroler Seilbahnbau GmbH`, 'Final interview – Head of Sales Assistant'),

  rej('final', ['generic'], { ...door },
    `Dear Mr. Ferreira,

After the interviews we invited you to our assessment centre in Madrid for the Graduate Programme. We thank you for your participation.

We regret to inform you that you have not been selected for the programme. Participants of the assessment centre may apply directly to the next edition without repeating the online tests.

Atentamente,
Talent Acquisition
Banco Meseta

SuccessFactors – Please do not reply to this message.`, 'Graduate Programme – assessment centre result'),

  rej('final', ['position_filled'], { ...door },
    `Dear Ms. Holm,

Thank you for the final conversation with our CEO last week.

In the meantime the other finalist has signed her contract, so the position is now filled. We truly valued meeting you, and we would be glad if you applied for the next role in our design team.

Bästa hälsningar
Sofia Åkesson
Head of People, Lumo Lighting AB, Malmö`, 'Senior Designer – update'),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Dear Ravi,

thank you for coming to the final round in Munich and for presenting your case to the steering committee.

The committee was impressed by your analysis. The reason why we finally decided for another candidate is the German language: the role has a lot of contact with the works council and the plant management, and your German is not yet on the level (C1) that this needs.

I know this is hard after such a long process. If you want more details, please call me anytime.

Beste Grüße
Dr. Verena Koch
Head of Talent Acquisition, Isarwerk Motoren AG`, 'Final round – Strategy Manager'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Mr. Kallas,

Thank you for attending the final interview with the management in Tallinn.

We have now concluded the selection. Although your profile was very strong, another finalist matched our expectations more closely, and we will offer the role to this candidate. We would be glad to keep in touch and will think of you when the trading desk grows next year.

Parimate soovidega / Best wishes,
Kadri Tamm
HR Lead, Baltic Grid Services OÜ`, 'Final interview – Energy Trader'),
  // ── Paused processes
  hold('interview', ['role_closed'], {},
    `Dear Mr. Hoekstra,

Thank you again for the interview two weeks ago for the position of Sustainability Advisor.

I want to update you: the position is on hold at the moment, because our management team is reviewing the budget for 2027. We have not made any decision about the candidates, and your application is still in the process. We expect to know more in January and will contact you then.

Thank you for your patience.

Kind regards,
Eline Mulder
HR Advisor, Groenhart Energie B.V.`, 'Sustainability Advisor – status'),

  hold('application', ['generic'], {},
    `Dear applicant,

Thank you for your application for our Trainee Programme International Sales.

Due to the summer holidays in our departments, the selection decision is postponed until the end of August. Please be assured that your application is not forgotten; we will contact you in September at the latest.

Wir wünschen Ihnen einen schönen Sommer!

Your Recruiting Team
Schwarzwald Präzision GmbH

softgarden`, 'Trainee Programme International Sales – timeline'),

  hold('screen', ['role_closed'], {},
    `Dear Yasmin,

thanks a lot for the telephone interview last week.

We must put the process for the Werkstudent Data Analytics on pause: new positions need approval of our works council (Betriebsrat), and the budget round for next year is not finished yet. Until then we cannot send any invitations or decisions. We do not decline you — we simply have to wait.

I will come back to you as soon as the approval is there, probably mid-November.

Viele Grüße
Johannes Peters
Recruiting, Hansa Versorgung AG, Bremen`, 'Werkstudent Data Analytics – kurze Pause'),

  hold('final', ['role_closed'], {},
    `Dear Ms. Nielsen,

After the final interviews last week we were about to make a decision for the position of Regional Manager Nordics. Unfortunately our group management has announced a hiring freeze until the end of the quarter, so we have to hold all open positions, including this one.

You are still one of the candidates for this role, and we hope to restart the process in April. I will keep you updated.

Venlig hilsen
Pernille Friis
Head of HR, Nordic Fresh Foods A/S`, 'Regional Manager Nordics – hiring freeze'),

  hold('assessment', ['generic'], {},
    `Hi Matteo,

Thanks for submitting the take-home task for our Frontend Developer role.

Just a short note: our engineering lead is on parental leave and the review of the assignments is delayed by about three weeks. Nothing has been decided yet. Sorry for the longer waiting time!

Ciao,
Elisa
Talent @ Fiorini Labs, Turin`, 'Frontend Developer – a small delay'),

  // ── Look-alikes
  other(`Dear Ms. Adebayo,

we have received your application documents for the position Werkstudent Business Development (m/w/d) and thank you for your interest in our company.

We will examine your documents carefully and come back to you as soon as possible. Unfortunately this can take up to three weeks due to the large number of applications.

Kind regards
Your Recruiting Team
Alpenblick Touristik GmbH

Personio · Datenschutzhinweise / privacy notice`, 'Eingangsbestätigung / Confirmation of receipt'),

  other(`Dear Mr. Jansen,

Thank you for your patience. The selection process for the Junior Policy Officer position is still ongoing and will take some more time than we expected. We have not yet taken any decision and will inform all candidates by the end of the month.

Kind regards,
Secretariat General
European Rail Forum, Brussels`, 'Junior Policy Officer – selection ongoing'),

  other(`Dear Nicolás,

We are pleased to invite you to a telephone interview for the position of Logistics Intern.

Would Tuesday, 14 January at 10:00 CET suit you? The call will take about 30 minutes with our HR colleague Ms. Sandoval. If this time is not possible, please propose two alternatives.

Un saludo,
Lucía Ortega
RRHH, Transportes Cantábrico S.A.`, 'Invitation: telephone interview'),

  other(`Dear Applicant,

For the further processing of your application as Werkstudent Engineering we unfortunately still miss the following documents:

- current enrolment certificate (Immatrikulationsbescheinigung)
- transcript of records

Please upload them in the candidate portal within the next 10 days. Without these documents we cannot consider your application.

Best regards
HR Services
Kraftmotor AG

d.vinci`, 'Missing documents for your application'),

  other(`Dear Ms. Petrova,

Your application process for the Graduate Programme has come to an end. In the next weeks we would like to delete your documents according to GDPR.

If you would like us to keep your profile in our talent pool for 24 months, please give your consent by clicking the button below. Without consent, all data will be deleted on 31 March.

[I agree]   [Please delete my data]

Best regards,
Talent Acquisition, Rijnmond Chemicals N.V.`, 'Your data in our talent pool'),

  other(`Dear Mr. Baptiste,

We are glad to inform you that you have passed the online test, and we invite you to our assessment centre on 22 February in Lyon. The day starts at 8:30 and ends at about 17:00 and includes a group exercise, a presentation and an interview with two managers.

Please confirm your participation until 10 February. Travel costs will be reimbursed.

Cordialement,
Marine Rousseau
Recrutement Jeunes Diplômés, Banque du Rhône`, 'Invitation to the assessment centre'),

  other(`Dear Ms. Kovács,

We are very happy to offer you the position of Junior Accountant at our office in Vienna, starting on 1 March.

Attached you will find the employment contract in two copies. Please sign both and send one back by 20 February. Unfortunately we have to ask you to also bring the original of your diploma to your first day.

Welcome on board!

Mit freundlichen Grüßen
Susanne Gruber
HR, Donaustein Steuerberatung GmbH`, 'Your contract – Junior Accountant'),

  other(`Hi Jan,

just a friendly reminder: as a working student you may work no more than 20 hours per week during the lecture period. Your timesheet for week 46 shows 24 hours. Please adjust your plan for the coming weeks, otherwise your student status in social insurance may be at risk.

Thanks!
Birgit from HR
Löwenzahn Software GmbH`, 'Reminder: 20-hour limit'),

  other(`New jobs that match your search "Internship Marketing Netherlands"

- Marketing Intern (6 months) – Zuidkust Media, Rotterdam
- Intern Growth Marketing – Tulip Apps B.V., Amsterdam
- Stagiair Marketing & Events – Bierbrouwerij De Klomp, Utrecht

You receive this job alert because you subscribed on our career site. Unsubscribe | Manage alerts`, 'Job alert: 3 new jobs for you'),

  other(`Dear Mr. Olawale,

thank you for your application for the position of Sales Engineer.

We would like to inform you that the application deadline was extended until 15 January due to the holidays. Your application is complete and will be considered in the selection. We will be in touch with you after the deadline.

Kind regards
Christine Becker
Personalreferentin, Spreetal Anlagenbau GmbH`, 'Sales Engineer – extended deadline'),

  other(`Hello Wiktoria,

Thank you for your application for the Thesis position "Digital Twins in Logistics". Unfortunately I did not receive the attachment with your CV — the email only contained the motivation letter. Could you please send the CV again?

Best regards,
Dr. Markus Fiedler
Research Group Logistics 4.0, Institut für Materialfluss, Dortmund`, 'Re: Thesis application – CV missing'),

  other(`Dear Candidate,

Thank you for your application to Kattegat Shipping. Please note that we are currently reviewing a large number of applications, so we ask you for some patience. We appreciate your interest and will come back to you in any case.

This is an automated email from Workday. Please do not reply.`, 'We received your application'),

  other(`Dear Ms. Eze,

We are happy to tell you that the department would like to meet you for a personal interview on site in Düsseldorf. Please choose a time slot via the link below.

Unfortunately we can only reimburse travel costs within Germany.

Best regards
Anja Klein
Recruiting, Rheinufer Medien GmbH

[Choose time slot]`, 'Invitation to a personal interview'),

  other(`Dear Paulo,

thank you for your interest. We are sorry, but we need a bit more time. The second round of interviews was moved because of illness in the team. The new dates will be in the week of 8 December. We will send you an invitation in the next days.

Best regards,
Helena Costa
People Ops, Algarve Software Lda`, 'Second round – new dates'),

  other(`Dear Mr. Müller,

The application process for the position "Trainee IT" (Ref. 2025-331) has been completed. According to data protection regulations, your application documents were deleted today from our system.

This notice is sent automatically.

HR Department
Ostsee Versicherung AG`, 'Deletion of your application data'),

  other(`Dear Ms. Singh,

As part of the selection for the Graduate Programme we kindly ask you to complete the online test (logic and numerical, about 45 minutes) within 5 days. You will find the link below.

Please note that unfortunately the test can only be done once and cannot be repeated.

Good luck!
Early Talent Team, Brabant Hightech Campus

[Start test]`, 'Online test – Graduate Programme'),

  other(`Hej Felix,

We would love to have you in our talent community! As you applied to us before, we wanted to ask if you'd like to receive news about upcoming positions at Skog & Sten. Join with one click below.

Best,
Talent Team, Skog & Sten AB

Teamtailor · Unsubscribe`, 'Stay connected with Skog & Sten'),
  other(`Dear Mr. Andersson,

Congratulations! We are happy to offer you a place in our Trainee Programme starting in September. You will find the offer letter and the programme details attached. Please let us know within one week if you accept.

We look forward to welcoming you.

Med vänliga hälsningar
Linnea Ek
Trainee Programme Manager, Vattenkraft Norr AB`, 'Offer: Trainee Programme 2027'),

  other(`Dear Applicant,

Thank you for your application for the Werkstudent position in Finance. We would like to inform you that we have received it and it is now with the department for examination.

Please note: we will only contact you by email. Unfortunately we are not able to answer telephone questions about the status of individual applications.

Kind regards
HR Shared Services
Westfalia Logistik SE

This email was sent automatically by SAP SuccessFactors.`, 'Application received – Werkstudent Finance'),

  other(`Dear Ms. Dijkstra,

Thank you for your interest in an internship with the Municipality. We have noticed that your application was submitted without the signed internship agreement of your university, which we need before the start. Could you forward it to us?

Met vriendelijke groet,
Team Stages
Gemeente Leeuwarden`, 'Stage – internship agreement'),

  other(`Dear Mr. Ogunleye,

Thank you for your application for the Doctoral Researcher position in Quantum Materials. The application period has closed and the committee will meet in the second half of February. Shortlisted candidates will be invited to online interviews in March. We appreciate your patience in the meantime.

Best regards,
Doctoral School Office
Aalto Valley Institute of Technology, Espoo`, 'Doctoral Researcher – timeline'),

  other(`Hi Chloé,

Quick one from my phone – can we move our call tomorrow to 14:00? Sorry for the trouble!
Maarten (Recruiter, Zeelandia Fintech)`, 'Re: call tomorrow'),

  other(`Dear Ms. Rodrigues,

We have received your application for the position Intern Sustainability (Ref. 4411) and wanted to let you know that it is currently under review by the hiring manager.

You can see the status of your application at any time in your candidate account. We kindly ask for your patience.

Best regards,
Recruitment Team, Verdeflora S.p.A.

SmartRecruiters`, 'Application under review'),

  other(`Dear Mr. Ivanov,

Thank you for the good interview on Monday. Before we can make you an offer, we need two references from former employers. Could you send us the names and contact details of two persons we can call?

Unfortunately this is a formal requirement in our company and cannot be skipped.

Kind regards
Birgit Haas
HR, Karawanken Holz GmbH, Klagenfurt`, 'References'),

  other(`Dear candidate,

you recently applied for a position with Nordsee Windpark Service GmbH. We would be grateful if you could take 3 minutes to rate your experience with our application process. The survey is anonymous.

[Start survey]

Thank you!
Your Employer Branding Team`, 'How was your application experience?'),

  other(`Dear Ms. Mwangi,

Thank you for accepting our offer for the Werkstudent position in Quality Management.

Please bring the following documents on your first day: enrolment certificate for the current semester, tax ID, social security number and bank details. Unfortunately we cannot start the contract without the enrolment certificate.

We are looking forward to working with you!

Beste Grüße
Ulrike Stein
HR, Isartal Pharma GmbH`, 'Your first day – documents'),

  other(`Dear Mr. Rautio,

Thank you for your application. We have not yet finished the review of all candidates, and unfortunately it takes longer than planned. We expect to inform you about the next steps within two weeks. We appreciate your understanding.

Ystävällisin terveisin
Riikka Heino
HR Coordinator, Lapland Outdoor Oy`, 'Your application – status'),

  other(`Dear Anna,

after our nice conversation on Thursday, we would like to invite you to the second round, the interview with our Managing Director, Mr. Van den Berg, on 5 March at 11:00 in Antwerp. Please confirm if this works for you.

Kind regards,
Ellen Claes
HR Manager, Scheldt Coatings NV`, 'Invitation to the second round'),

  other(`Hello,

this is Paweł from Baltic Code. I found your profile on LinkedIn and think you could be a great fit for our Junior Java Developer role in Gdańsk. Would you be open for a short call this week? No pressure – if not interested, just let me know.

Pozdrawiam,
Paweł Mazur, Tech Recruiter`, 'Junior Java Developer in Gdańsk?'),

  other(`Dear Mr. Keane,

We confirm that we have received your withdrawal of your application for the position of Quality Engineer. We are sorry to hear that, but of course we respect your decision. Your data will be deleted within 30 days.

Best regards,
Personalabteilung
Allgäuer Kunststofftechnik GmbH`, 'Withdrawal of your application'),

  other(`Dear Applicant,

Thank you for your application to the Erasmus Traineeship at our company. Unfortunately the start date of the traineeship has changed from 1 April to 1 May due to the office move. Please tell us if you are still available from this date.

Kind regards,
Traineeship Coordination
Valencia Solar Tech S.L.`, 'Traineeship – new start date'),

  other(`Dear Mr. Abdullahi,

On behalf of the selection committee I am glad to inform you that you have been shortlisted for the PhD position in Agricultural Economics. We invite you to an online interview on 18 April at 13:00 CET. Please prepare a 10-minute presentation about your master thesis.

Best regards,
Dr. Marta Kowalska
Faculty of Economics, Poznań University of Life Sciences`, 'PhD interview invitation'),

  other(`> On Mon, 2 Feb 2027, at 09:14, Recruiting Team <jobs@bergfeld.example> wrote:
> Dear Mr. Koç, we have received your application and will get back to you.

Dear Recruiting Team,

I just wanted to ask kindly whether there is already an update about my application for the position as Werkstudent IT Support. I am still very interested.

Kind regards,
Emre Koç`, 'Re: Your application at Bergfeld'),

  other(`Dear Mr. Lambert,

Thank you for your call yesterday. As promised I confirm in writing: you are still in the process for the position Junior Auditor. The department needs more time because of the year-end closing, and we will come back to you with a decision in the second week of January.

Met vriendelijke groeten,
Tine Willems
HR, Vandermeersch Audit BV, Gent`, 'Junior Auditor – confirmation'),

  other(`Dear Student,

Your Teamtailor account at Havsbris AB has been inactive for 12 months. According to our privacy policy, we will delete your profile and all connected applications in 30 days unless you log in.

Regards,
Havsbris AB`, 'Your candidate profile will be deleted'),

  other(`Dear Ms. Yılmaz,

Thank you for your interest in our summer internship programme. We are pleased to let you know that your application has passed the first screening. As a next step, please complete a short video interview (3 questions, about 10 minutes) via the link below within 7 days.

Best regards,
Campus Team, Helvetic Reinsurance Ltd., Zürich

HireVue invitation link`, 'Next step: video interview'),

  other(`Dear Mr. Dimitrov,

Unfortunately we had a technical problem with our career portal last week, and some applications were not transferred correctly. Yours was among them. Could you please submit your CV for the position Junior Data Scientist again? We apologise for the inconvenience.

Best regards,
IT Recruiting, Ljubljana Analytics d.o.o.`, 'Please resubmit your application'),

  other(`Dear Kateřina,

Thank you for your interest in working with us. We have received your open application and forwarded it to our Head of Marketing, who will look at it after the trade fair next week. You will hear from us within two weeks.

Best regards,
Petra Horáková
HR, Vltava Brewing Co.`, 'Your open application'),

  other(`Dear Mr. Eriksson,

Thank you for applying for the position of Electrician Apprentice.

We want to inform you about the next steps: all applicants will take a short practical test at our workshop. Please come on 3 March at 9:00 to Industrigatan 12, Luleå. Bring your ID and safety shoes.

Best regards,
Norrbotten El & Automation AB`, 'Practical test – Electrician Apprentice'),

  other(`Dear Ms. Müller-Santos,

thank you for accepting our invitation. We confirm your interview on site on Wednesday, 12 March, 14:00, at our office in Basel, Aeschenvorstadt 40. Please report at the reception. Your contact person is Mr. Keller.

If you are unfortunately ill or prevented, please tell us early.

Freundliche Grüsse
Rahel Brunner
HR Assistant, Rheinknie Pharma AG`, 'Confirmation: interview on 12 March'),

  other(`Dear Mr. Nwosu,

We have received your application for the internship in our Legal Department. Please note that internships are only possible as mandatory internships within a study programme. Please send us a confirmation from your university that the internship is compulsory, so we can continue with your application.

Best regards,
Legal Recruiting, Kronberg & Partner Rechtsanwälte`, 'Internship Legal – confirmation needed'),
];
