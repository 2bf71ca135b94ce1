/**
 * Sealed messages of the forty-seventh round. The first half is a spread of declines from many employers, vendors and
 * HR template sites at every stage, from the application to the final round, with every reason: tracking-system
 * letters, template letters with a merge field left in, agency recruiters, hiring managers and founders writing by
 * hand, HTML leftovers and replies with earlier mail quoted below, across supermarkets, airports, architecture
 * practices, film studios, glass makers, police forces, insurers, biotech, bus companies and game studios. The second
 * half is one inbox over six months: a bank cashier and team leader in Birmingham moving into fraud analysis,
 * transaction monitoring and financial-crime roles, with acknowledgements, a numerical test, interview scheduling,
 * recruiter check-ins, job alerts, a newsletter, a vetting form, paused processes, declines and an offer at the end.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s47-');

export const HANDWRITTEN_SEALED_47: readonly CorpusLine[] = [
  // ── Part one: many employers
  rej('application', ['generic'], {},
    `Dear Tomasz,

Thank you for applying for the Night Shift Replenishment Assistant position at Harvel Foods, Wroclaw Distribution.

We received a very large number of applications and, after review, we will not be taking your application further.

Harvel Foods Recruitment
This mailbox is not monitored. Please do not reply.`, 'Your application - Harvel Foods'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Ingrid,

Thanks so much for your interest in Northmoor Glassworks and for applying to the Furnace Process Engineer role.

We've reviewed your application carefully and have decided to move forward with candidates whose backgrounds more closely match what we need right now.

We'd love to keep you in mind, so your profile will stay in our talent community and we'll reach out if something suitable comes up.

Best,
The Northmoor Glassworks Talent Team

Sent via Greenhouse`, 'Thank you for your application to Northmoor Glassworks'),

  rej('screen', ['location'], { ...fb },
    `Hi Rafael,

Great chatting yesterday. I took your notes back to the hiring team and unfortunately the Ground Operations Supervisor role at Lisbon Terminal 2 needs someone who can be on the airside roster from day one, and a move from Porto in under a month isn't something we can wait for. So we won't be taking this one further.

Sorry it's not better news.
Beatriz Lobo
Talent Partner, Aeroporto Serviços Integrados`, 'Ground Ops Supervisor'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Ms Okafor,

Thank you for attending the interview for Claims Handler (Motor) on Thursday 14 March.

The panel enjoyed meeting you. However, the role requires the CII Certificate in Insurance to be held already, and as you are only part way through the first unit we are unable to offer you the position at this time.

If you would like more detailed feedback, please reply to this email and I will arrange a short call.

Yours sincerely,
Helen Marsh
Resourcing Advisor
Greystone Mutual Insurance plc
Registered in England No. 04418821. Authorised and regulated by the Financial Conduct Authority.`, 'Claims Handler (Motor) - interview outcome'),

  rej('final', ['position_filled'], { ...door },
    `Hi Jun,

I wanted to let you know personally before the system email goes out. After the final panel on Friday we offered the Lead Environment Artist role to another finalist, and they accepted this morning.

It was genuinely close. I'd really like to stay in touch; we're staffing up for our next title in the spring and I'll reach out when those roles open.

Cheers,
Mika Rautio
Art Director, Frostline Games, Helsinki`, 'Lead Environment Artist'),

  rej('application', ['role_closed'], {},
    `Hello {{candidate.first_name}},

Thank you for your interest in the Junior Set Designer role at Blackwater Film Studios.

Due to a change in the production schedule, this position is no longer being recruited and has been withdrawn. As a result we will not be proceeding with your application.

Kind regards,
Blackwater Film Studios People Team`, 'Blackwater Film Studios - Junior Set Designer'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Candidate,

Thank you for completing the Police Constable Online Assessment Process.

Your overall score was 48%. The pass mark for this recruitment window is 60%. In particular, your score in the written exercise did not reach the required standard.

Unfortunately this means you will not progress to the next stage. You may reapply after six months from the date of this letter.

West Carrow Police Recruitment Team

Please do not reply to this automated message.`, 'Police Constable Recruitment - Assessment Result'),

  rej('interview', ['internal_candidate'], {},
    `Hi Sam,

Thanks again for meeting with Priyanka and me last week about the Route Planning Manager role.

I wanted to let you know we've decided to appoint someone from within the operations team who has been covering the position for the last few months. It was a difficult call and we appreciated your time.

Regards,
Colin Breen
Head of Network, Ferrybridge Buses`, 'Route Planning Manager'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Lena,

Thank you for applying to Halberg Architekten for the role of Project Architect.

Unfortunately, the position requires registration with the Architektenkammer and at least five years of experience in Leistungsphasen 5 to 8. Based on your application, these requirements are not yet met, so we are unable to consider you further.

Best regards
Personal / HR
Halberg Architekten GmbH, Hamburg

Sent with Personio`, 'Ihre Bewerbung / Your application'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Deepak,

Thank you for taking the time to speak with me on Tuesday. Having discussed with the hiring manager, I'm afraid the salary you mentioned (around 78k) is well above the band we have approved for the QA Scientist role, which tops out at 62k. Because of that gap we won't move ahead for now.

If your expectations change, or a more senior role opens, I'd be glad to talk again.

Best,
Fiona Ashcroft
Talent Acquisition, Celvane Biotherapeutics`, 'Following up on our call'),

  rej('application', ['overqualified'], { ...fb },
    `Hi Gareth,

Thanks for applying for the Store Supervisor role at our Cardiff Bay branch. Honestly, with fifteen years running multi-site operations, you're well beyond what this position involves, and we'd worry you wouldn't be challenged by it. We're not going to progress your application.

Rhian
Store Manager, Penfro Fresh`, 'Store Supervisor'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hello Ana,

Thank you for your time on the video interview with our team.

We really appreciated your portfolio. After discussion, though, the team felt your preference for working to a fixed brief and owning a piece end to end would be a difficult match for how our studio works, which is very collaborative and changes direction daily. For that reason we won't be moving forward.

All the best,
Tamsin Greer
Studio Manager, Lantern & Co Architects`, 'Your interview with Lantern & Co'),

  rej('application', ['generic'], { ...door },
    `<html><body><p>Dear Kwame,</p><p>Thank you for your interest in Skyport Holdings.</p><p>We have now reviewed your application for <b>Baggage Systems Technician</b> and regret to inform you that we will not be progressing it further.</p><p>We will keep your details on file for twelve months and may contact you about future opportunities.</p><p>Skyport Holdings Talent Acquisition</p><p style="font-size:10px">Powered by SuccessFactors</p></body></html>`, 'Skyport Holdings - Application Update'),

  rej('final', ['profile_mismatch'], { ...offered },
    `Dear Olumide,

Thank you for attending the assessment centre for our Actuarial Graduate Programme last Wednesday.

We were impressed by the quality of candidates this year. On this occasion, other candidates demonstrated a closer fit with what we are looking for, and we will not be offering you a place.

Feedback on your assessment centre performance is available on request. Please email graduates@ashlandre.example within 14 days.

Ashland Re Early Careers Team`, 'Assessment Centre Outcome'),

  rej('application', ['location'], { ...fb },
    `Hi Chen,

Thanks for applying to the Data Analyst position at Ridgeway Insurance Group. This role is based in our Manchester office three days per week, and we are unable to offer visa sponsorship. As your application indicates you would need sponsorship to work in the UK, we can't progress it on this occasion.

Kind regards,
Ridgeway Talent Team

via Workable`, 'Data Analyst application'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hey Luca,

Thanks for doing the gameplay programming test. The team reviewed it this week. The movement system was solid, but the save/load part didn't work and the frame rate dropped badly once more than twenty enemies spawned. That meant it came in under the bar for this role.

Please do keep an eye on our careers page — we'd be happy to see you apply again next year.

Giulia
Recruiting, Pixelforge Interactive, Milan`, 'Gameplay Programmer test'),

  rej('interview', ['role_closed'], { ...door },
    `Dear Hannah,

I hope you are well. Following our interview earlier this month for the Community Engagement Officer role, I'm writing with disappointing news. Because of a budget review by the Police and Crime Commissioner's office, the post has been frozen and will not be filled this financial year. I'm therefore unable to continue with your application.

If the post is re-advertised we would encourage you to apply again.

Yours sincerely,
Insp. Mark Fellowes
Northgate Constabulary`, 'Community Engagement Officer'),

  rej('application', ['generic'], {},
    `Unfortunately we won't be moving forward with your application for Cashier (Part-time) at Rowan Market. Thanks for applying.`, 'Rowan Market'),

  rej('final', ['skills_gap', 'salary'], { ...fb, ...offered },
    `Hi Nadia,

Thank you for giving us so much of your time through the process, including last Thursday's final round with our CSO.

I'll be honest with you because I think it's more useful than a template. Two things decided it. First, the team really needed someone who has already taken an assay through GMP validation, and that's not something you've done yet. Second, your expected package was about 20% above what the board approved for this hire.

If you'd like to talk it through, I'm happy to grab 20 minutes next week.

Best,
Tom Akinyemi
Co-founder & CEO, Veridan Bio`, 'Re: Assay Development Lead'),

  rej('application', ['position_filled'], {},
    `Dear Applicant,

Thank you for your application for the post of Bus Driver Trainee (Ref BD-2291).

Please be advised that this vacancy has now been filled. We are grateful for your interest in Glenhaven Coaches.

Regards
Recruitment
Glenhaven Coaches Ltd`, 'Vacancy BD-2291'),

  rej('interview', ['profile_mismatch', 'internal_candidate'], {},
    `Hi Joaquín,

Thank you for interviewing for the Senior Producer role. We met some strong people, and in the end the role went to a producer already on our team, whose background was a closer match to what the project needed.

Best wishes,
Pilar Sanz
HR, Estudio Marea, Madrid`, 'Senior Producer - Estudio Marea'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Aoife,

Thank you for applying for the role of Airside Safety Officer at Shannonside Airport.

After careful review against the criteria, we found that your application did not show the NEBOSH General Certificate, which is essential for this post. We are therefore unable to shortlist you.

We encourage you to apply for future vacancies once you have the certificate.

Yours faithfully,
HR Department
Shannonside Airport DAC

Recruitment powered by Taleo`, 'Shannonside Airport - Airside Safety Officer'),

  rej('screen', ['generic'], {},
    `Hi Becca, thanks for the call on Monday. The hiring team has decided not to take things further for the Category Buyer role. Wishing you the best with your search. — Laura, Brookhall Supermarkets`, 'Category Buyer'),

  rej('interview', ['overqualified', 'salary'], { ...fb },
    `Dear Mr Hollis,

Thank you for coming to interview for the Depot Controller post at our Swindon garage.

The panel agreed you would bring a great deal. However, with your background as a regional operations director, we felt the role would not make use of your experience, and the salary for the post, £34,000, is well below the figure you told us you would need. We have therefore decided not to offer you the post.

Yours sincerely,
Janet Oduya
People Services, Wessex Link Buses`, 'Depot Controller - outcome'),

  rej('assessment', ['assessment'], {},
    `Hi Sofia,

Thank you for completing the case study for the Pricing Analyst position. Unfortunately your submission did not reach the standard needed to move on to interviews.

Best regards,
Meridian General Insurance Talent Team

This message was sent by SmartRecruiters on behalf of Meridian General Insurance.`, 'Your application for Pricing Analyst'),

  rej('interview', ['location'], { ...fb, ...door },
    `Hi Kofi,

Thanks for speaking with Jess and me last week. We've talked it over and, although we liked a lot about you, the QA Lead role needs to be in the Dundee studio four days a week and you told us you can only do fully remote from Accra. That's a hard requirement for us at the moment, so we won't progress.

If we ever open a remote QA role, you're one of the first people we'll contact.

Ross
Studio Head, Tayside Pixel`, 'QA Lead'),

  rej('application', ['profile_mismatch'], {},
    `Dear [First Name],

Thank you for your application to the role of Quality Technician at Clearwater Glass.

After careful consideration, we regret to inform you that your application has not been successful on this occasion, as we feel your experience does not match the requirements of the role.

Kind regards,
HR Team
Clearwater Glass Ltd`, 'Application - Quality Technician'),

  rej('final', ['generic'], { ...offered, ...door },
    `Dear Maximilian,

Thank you for participating in the final interview day for the Head of Sustainability position at Vogel & Kranz Architects. We know how much preparation goes into a day like that.

I've been at this firm for twelve years and I can say the calibre of finalists this time was unusual. The committee met on Monday and Tuesday to weigh each candidate, and they looked closely at how each of you would lead the practice's net-zero commitments over the next five years. They also considered the client presentations, the studio walk-through and the conversations with the partners over lunch.

After long discussion, the committee has decided not to offer you the position. I realise this will be disappointing news after coming so far.

I'd be very glad to share some reflections from the panel if you'd find that useful — just reply and we'll find a time. We would also welcome your application for future leadership roles, and I will keep your details on file.

Thank you again for your openness and your time.

Warm regards,
Dr. Ursula Brandt
Partner, People & Culture
Vogel & Kranz Architects
Berlin · Zürich · Wien`, 'Head of Sustainability - decision'),

  rej('application', ['role_closed'], { ...door },
    `Hi Marta,

Thank you for your application for the Logistics Coordinator role. We wanted to let you know that, following an internal restructure, this role is no longer available, and we have closed the vacancy.

We'll keep your CV in our talent pool and let you know if a similar role opens.

Thanks,
Kestrel Freight & Airport Services

Sent with Teamtailor`, 'Update on your application'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Yusuf,

Thank you for your interview with the Credit Risk team. Feedback from the panel was that you came across well, but the role needs strong SAS or Python and your experience so far is mainly Excel-based, so we will not be moving you on.

Regards,
Aldous Rowe Recruitment (on behalf of our client, a UK insurer)`, 'Credit Risk Analyst - feedback'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hey Priya,

Appreciate your time on the phone today. I'll be straight: we're a six-person team and everyone works in the office together, pairs a lot and is in early. You said pretty clearly that you work best alone and async, so I don't think we'd be the right place for you. We won't continue with this one.

Good luck!
Owen
Talent & Ops, Stackyard Games`, 'quick follow-up'),

  rej('application', ['internal_candidate'], {},
    `Dear Fatima,

Thank you for applying for the position of Costume Supervisor (Fixed Term).

The vacancy was advertised both internally and externally, and it has been offered to an existing member of staff. We therefore will not be taking your application further.

Best wishes,
Human Resources
Northlight Studios Ltd`, 'Costume Supervisor (Fixed Term)'),

  rej('final', ['culture_fit', 'profile_mismatch'], {},
    `Hi Elise,

Thanks for the final interview with our leadership team. The group felt that other candidates were a stronger match overall, and in particular a better fit with our values and the way our teams work together.

Thanks again,
Ashby on behalf of Mosswood Therapeutics`, 'Mosswood Therapeutics - Clinical Operations Manager'),

  rej('application', ['salary'], { ...fb },
    `Dear Piotr,

Thank you for applying for the Senior Estimator vacancy. On your application you indicated a minimum salary of €85,000; the budget for this role is €65,000–70,000. As there is a large gap, we will not proceed with your application.

Kind regards,
Recruitment Team
Bremer Glas & Fassaden

(Recruitee notification — do not reply)`, 'Senior Estimator'),

  rej('interview', ['position_filled'], {},
    `Good afternoon Chiara,

I'm following up after your interview for Guest Services Team Leader. The post has now been filled, and I'm sorry to say we won't be offering it to you.

Kind regards,
Davide Conti
Aeroporto di Verona — Customer Services`, 'Guest Services Team Leader'),
  rej('application', ['overqualified'], { ...door },
    `Hi Imogen,

Thank you for applying for the Assistant Producer role at Riverlight Pictures.

Having looked at your CV, we think your experience as a line producer on several features goes well beyond this entry-level position, and we don't want to bring you in to a role that wouldn't stretch you. We won't progress your application for this one, but please do apply for our producer roles when they come up.

Riverlight Pictures Recruitment`, 'Assistant Producer - Riverlight Pictures'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Mohammed,

Thank you for completing the numerical and verbal reasoning tests for the Trainee Underwriter position.

Your verbal reasoning score met our benchmark, but your numerical reasoning score fell below it, and so we are unable to progress your application to interview.

Kind regards,
Early Careers
Halden Specialty Insurance

Powered by Oracle Recruiting Cloud. Replies to this address are not read.`, 'Trainee Underwriter - test results'),

  rej('interview', ['generic'], {},
    `Hi Ruairi,

Thank you for interviewing with us for the Checkout Team Manager role at our Galway store. After careful consideration we have decided to move forward with other candidates at this time.

Regards,
Eilis
Talent Team, Ardmore Grocers`, 'Checkout Team Manager'),

  rej('application', ['location'], { ...fb },
    `Dear Sebastián,

Thank you for your interest in the Police Staff Investigator role. Applicants must have been resident in the UK for the last three years to complete the vetting required for this role. From your application this requirement is not met, so we cannot proceed.

Recruitment & Vetting Unit
Severnside Police`, 'Police Staff Investigator - application'),

  rej('interview', ['role_closed', 'position_filled'], {},
    `Hi Erin,

Quick update on the Concept Artist role you interviewed for in January. We've since filled one of the two seats and the second has been cut from the budget, so we won't be making any further hires here.

Sorry to bring this news. Thank you for everything you put into the process.

Anders
Lead Artist, Northwind Interactive`, 'Concept Artist update'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Tariq,

Thanks for applying to drive for CityLoop. All of our driver roles require a full PCV (Category D) licence at the point of application, and your application says you hold a Category B licence only. We can't take your application forward, but our trainee scheme opens in September.

CityLoop Recruitment
via Pinpoint`, 'Your CityLoop application'),

  rej('final', ['internal_candidate'], { ...offered },
    `Dear Ewa,

Thank you for reaching the final stage for the Head of Quality role at Glasova Manufacturing.

After the final interviews the board chose to appoint an internal candidate, who has worked in the Kraków plant for many years. We know this is disappointing after a long process.

If you would like feedback from the panel, please write to me directly.

Yours sincerely,
Jan Kowalczyk
HR Director`, 'Head of Quality - final decision'),

  rej('application', ['generic'], {},
    `Dear Nkechi,

Thank you for taking the time to apply for Research Associate (Ref: R-88213) at Synthera Biologics.

Due to the high volume of applications, we regret that your application has not been successful on this occasion.

Synthera Biologics Talent Acquisition

Please do not reply to this email. This mailbox is unattended.
iCIMS | Privacy Policy | Unsubscribe`, 'Synthera Biologics: Your Application'),

  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Dear Joanna,

Thank you for attending interview for Customer Service Manager at Bridgepoint Airport Parking.

The panel found you knowledgeable. However, they felt your approach to managing teams, which you described as close supervision and fixed scripts, is not in keeping with our coaching-led culture, so we will not be offering you the role.

Please let me know if you would like to discuss this further.

Regards,
Paula Tennant, HR Business Partner`, 'Interview result'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Alex,

Thanks for your interest in Seabright Studios!

We've had a look at your application for Narrative Designer and, for now, we're going to focus on other applicants whose experience lines up a bit more with this role.

We'd still love to hear from you in future — keep an eye on seabright.example/careers.

— Seabright Studios Recruiting (Lever)`, 'Narrative Designer at Seabright Studios'),

  rej('screen', ['location', 'salary'], { ...fb },
    `Hi Marguerite,

Thank you for the phone conversation on Thursday.

After talking to the team, we won't be going further. As we discussed, the Lyon site needs you on the line at least four days a week and you're looking to stay in Paris; the salary you mentioned, €58k, is also above what we can offer for this grade.

Bonne continuation,
Clément Huet
Recrutement, Verrerie du Rhône`, 'Suite à notre échange'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Siobhan,

Thanks for the interview on Friday for the Bid Coordinator role.

We've decided not to offer you the role. The main thing was experience with public-sector frameworks — we need someone who has already written responses for PQQ/ITT tenders on their own, and you'd only supported others on them.

You'd be a strong candidate for a future junior role, so please do stay in touch.

Best,
Marcus Lyle
Operations Director, Lyle Hart Architects`, 'Bid Coordinator'),

  rej('application', ['position_filled'], { ...door },
    `Hi Dana,

Thank you for your application to Tidewater Insurance. We wanted to let you know that the Underwriting Assistant position has now been filled.

We will keep your information in our database and contact you should a suitable role arise.

Best regards,
Tidewater Insurance HR
Sent from BambooHR`, 'Underwriting Assistant'),

  rej('final', ['assessment'], { ...fb },
    `Dear Liam,

Thank you for attending the Selection Day for the Air Traffic Services Assistant role at Northreach Airports.

Although your interview went well, your score in the group exercise, 2 out of 5, was below the minimum of 3 needed in that exercise, so we will not be offering you a place on this intake.

Kind regards,
Resourcing Team, Northreach Airports`, 'Selection Day outcome'),

  rej('application', ['role_closed'], {},
    `Hi there,

We are writing to let you know that recruitment for the Regional Fresh Foods Manager position has been put on hold indefinitely and the vacancy has been closed. Your application will not be progressed.

Thank you for your interest.
Greenvale Supermarkets
(Workday notification)`, 'Update regarding your application'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Ms Laurent,

Thank you for your interest in the Forensic Collision Investigator position with Loire Valley Police and for attending the interview panel on 3 April.

Having considered all candidates, the panel selected candidates whose experience was a closer match to the needs of the role.

Yours sincerely,
Recruitment Office`, 'Forensic Collision Investigator'),

  rej('assessment', ['generic'], {},
    `Dear Kai,

Thank you for completing the pre-employment checks for the Security Officer role at Eastmere Airport.

Unfortunately, following the outcome of these checks we are unable to continue with your application. For data protection reasons we cannot give further details.

Eastmere Airport Security Recruitment`, 'Pre-employment checks'),

  rej('interview', ['overqualified'], { ...fb },
    `Hi Bogdan,

Thanks for chatting with Elena and me about the junior tools programmer role. We'll be honest: with your ten years of engine work, you would be far more senior than anyone else in the tools group, and we think you'd be frustrated in this role. We won't be moving forward.

Cheers,
Jonas, Tech Director, Copperbolt Studios`, 'Junior Tools Programmer'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Haruto,

Thank you for your application for Process Chemist at Kessington Pharma. We have reviewed it carefully.

The role requires a PhD in organic chemistry, and applicants must already hold the right to work in the UK, as we are not able to sponsor visas. Your application does not meet these requirements, so we are unable to shortlist you on this occasion.

Regards,
Kessington Pharma Talent Acquisition`, 'Process Chemist'),

  rej('screen', ['role_closed'], { ...door },
    `Hey Nora,

Thanks for the chat last week. Bad news I'm afraid: our client, the bus operator, has just paused all hiring for the Fleet Engineer role while they finish a merger. So they're not moving forward with anyone for now, including you.

I'll be in touch if it opens again or something else similar comes in.

Cheers,
Dylan Reece
Principal Consultant, Forge Transport Recruitment`, 'Fleet Engineer - client update'),

  rej('final', ['position_filled'], { ...door, ...offered },
    `Dear Rosa,

Thank you again for your time throughout the process for the Senior Claims Manager role, including Tuesday's final-stage presentation to our executive team.

I'm sorry to tell you that we have offered the role to another candidate, who has accepted.

We would welcome your application for future vacancies, and I'm happy to arrange a call for feedback if that would help.

Kind regards,
Gemma Doyle
Talent Acquisition Manager, Brightwater Insurance`, 'Senior Claims Manager'),

  rej('application', ['generic'], {},
    `Hi,

Your application for Aircraft Cleaner — Night Shift has been reviewed. Unfortunately you have not been selected.

Regards,
Skyclean Services`, 'Application status'),

  rej('interview', ['salary'], { ...fb },
    `Hi Adaeze,

Thanks so much for meeting us. We really liked your ideas for the patient recruitment workflow.

Unfortunately, we've had to make a call on the numbers: your expectation of £70k plus equity is more than we can stretch to at seed stage for this role, where our ceiling is £55k. So we're not going to move forward right now.

Ivo
Co-founder, Helix Trial Labs`, 'Re: Clinical Ops role'),

  rej('application', ['internal_candidate'], {},
    `Dear Peter,

Re: Office Manager, Hartwell & Co Architects

Thank you for your application. I'm writing to let you know that we have decided to promote a member of our current team into this role, and so we will not be proceeding with external candidates.

Yours sincerely,
Ruth Hartwell`, 'Office Manager'),

  rej('interview', ['culture_fit'], {},
    `Hi Zara,

Thank you for meeting the team at Candlewick Games. After the interviews we felt the fit with the team and the way we work wasn't quite there, so we won't be moving forward.

Best,
Hanna
People Ops`, 'Candlewick Games - next steps'),

  rej('application', ['profile_mismatch'], {},
    `Dear Marcel, thank you for applying for Station Duty Manager. After reviewing your application against the person specification, we have decided not to take it further. Regards, Transport for Lowmoor Recruitment`, 'Station Duty Manager'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Oskar,

Thanks for sending the BIM exercise back so quickly.

We're going to pass this time. The Revit model itself was tidy, but the families weren't parameterised and the drawing sheets didn't follow our standards, which showed that you haven't yet worked with Revit at the level the role needs (it asks for three years on live projects).

Thanks again,
Lotte Janssen
Design Technology Lead, Studio Brink, Rotterdam`, 'BIM exercise'),

  rej('application', ['location'], {},
    `Dear Applicant,

Thank you for applying to Glencairn Bus Company. Please note that this vacancy is only open to candidates who already hold the right to work in Ireland. Your application has therefore not been progressed.

Glencairn HR`, 'Your application'),

  rej('final', ['overqualified'], { ...fb, ...door },
    `Hi Raj,

I wanted to call but couldn't reach you, so here's an email. After the final panel, the team decided not to offer you the Fraud Operations Team Leader role at Canford Insurance. Honestly, it came down to your experience: you've been running a department of 60 and the panel felt a team of eight would leave you under-used and probably looking to move on quickly.

I'd love to keep talking about more senior roles as they come up.

Sophie Barnes
Senior Consultant, Harrow Lane Search`, 'Canford - update'),

  rej('interview', ['generic'], { ...offered },
    `Dear Olivia,

Thank you for interviewing for the Visitor Experience Assistant role at Cloudhaven Studios Tour. Unfortunately on this occasion your application has not been successful.

If you would like feedback, please contact recruitment@cloudhaven.example.

Cloudhaven Studios Tour HR`, 'Visitor Experience Assistant'),

  rej('application', ['skills_gap'], { ...fb },
    `Hello Mateus,

Obrigado pela candidatura. Thank you for applying for the Portuguese-speaking Customer Care Advisor role. The role requires fluent written and spoken German as well as Portuguese, and based on your language assessment form your German is at A2 level, so we cannot move forward.

Best regards,
Alpenroute Airlines Recruitment
SAP SuccessFactors`, 'Customer Care Advisor'),

  rej('interview', ['internal_candidate', 'role_closed'], {},
    `Hi Josh,

Thank you for your interviews for the Store Operations Analyst role. Following a change in how the team is set up, the role has been merged with an existing position and will be filled by a current colleague. This means we're not able to offer it to you.

Kind regards,
Harvest Lane Foods HR`, 'Store Operations Analyst'),

  rej('application', ['generic'], { ...door },
    `Hi Fernanda,

Thank you for applying for the Lab Technician opening. We have decided to move forward with other candidates.

We'd encourage you to apply for future roles that match your experience.

Jobvite | Quantis Diagnostics`, 'Quantis Diagnostics - Lab Technician'),

  hold('interview', ['role_closed'], {},
    `Hi Theo,

Thanks for your patience since your interview. I wanted to let you know the Motion Graphics Designer role is paused while the studio finalises next year's slate. Nothing has been decided on your application; we expect to pick it back up in February and I'll be in touch then.

Best,
Anika, Talent, Tallowmere Films`, 'Motion Graphics Designer - update'),

  hold('application', ['generic'], {},
    `Dear Ahmed,

We wanted to update you on your application for Aviation Security Officer. Due to the volume of applications, review is taking longer than planned. Your application is still under consideration and we expect to contact you within three weeks.

Northreach Airports Resourcing`, 'Application delay'),

  hold('final', ['generic'], {},
    `Hi Clara,

Sorry for the silence since your final round. Our VP has been travelling and the decision for the Actuarial Manager post has slipped. You're still very much in the running and we hope to come back to you by the end of next week.

Rupert
Talent, Wyvern Life`, 'Actuarial Manager'),
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Grace,

Sure, happy to say a bit more. The panel's main concern was load planning: the role leads the weight-and-balance desk on its own during night shifts, and you hadn't yet done that without a supervisor signing off. Everything else was fine.

Kind regards,
Owen Pryce
Ramp Operations Manager, Severn Air Services

On Tue, 9 Jul 2024 at 16:20, Grace Mensah <grace.mensah@outlook.com> wrote:
> Thanks Owen, disappointing but understood. Could you share any feedback from the interview?
>
> On Tue, 9 Jul 2024 at 11:05, Owen Pryce <o.pryce@severnair.example> wrote:
>> Hi Grace, thanks for coming in on Friday. We have decided not to offer you the Load Control Supervisor role.`, 'Re: Load Control Supervisor'),

  rej('application', ['generic'], {},
    `Hi Daniel,

Thanks for following up. I checked with the hiring team and they have decided not to progress your application for the Junior Architectural Technologist role. Sorry I can't tell you more.

Sabine
Office Manager, Wren Holloway Architects

-----Original Message-----
From: Daniel Crowe
Sent: 02 September 2024 08:47
To: Sabine Leclair
Subject: Junior Architectural Technologist - any news?

Hi Sabine, I applied three weeks ago and wondered whether there was any update on my application? Many thanks, Daniel`, 'RE: Junior Architectural Technologist - any news?'),

  rej('interview', ['role_closed'], {},
    `Hi Mei,

Following on from my note last month, I'm afraid the freeze has been confirmed by the group and the Biostatistician role is now cancelled. We won't be proceeding with your application. I'm really sorry after the two interviews you did with us.

Best,
Karen Ellis
Talent Partner, Orrin Genomics

On 14 Oct 2024, at 10:12, Karen Ellis wrote:
> Hi Mei, just a heads up that we've paused the Biostatistician hiring while finance reviews headcount. I'll update you as soon as I hear more.`, 'Re: Biostatistician - update'),

  // ── Part two: one inbox, a Birmingham bank cashier moving into fraud and financial crime
  other(`Dear Sana,

Thank you for applying for the Fraud Analyst (Ref FA-30417) role at Midshire Bank. We have received your application and our team will review it shortly.

You can track the progress of your application at any time by logging into your candidate account.

Kind regards,
Midshire Bank Resourcing

This is an automated message from Workday. Please do not reply.`, 'We have received your application - Fraud Analyst'),

  other(`Hi Sana,

Thanks for applying to Paylark! We've got your application for Transaction Monitoring Analyst and someone from our team will take a look within the next week or so.

In the meantime, you might like to read about how we think about risk on our blog.

Speak soon,
The Paylark Talent Team
(sent via Ashby)`, 'Thanks for applying to Paylark'),

  other(`Dear Sana Iqbal,

Thank you for your application for Financial Crime Investigator at Heartland Building Society, Leeds.

As part of our selection process we invite you to complete an online numerical reasoning test. The test takes around 25 minutes and must be completed by 23:59 on Sunday 14 April.

Start your test here: https://assess.heartland.example/t/8Q2KD

Please make sure you are somewhere quiet with a reliable internet connection. If you need adjustments, reply to this email before starting.

Good luck!
Heartland Building Society Recruitment Team`, 'Heartland Building Society - online assessment invitation'),

  other(`Hi Sana,

Jamie here from Kinsley Recruitment — we spoke briefly on LinkedIn. Just checking in to see how your search is going. I've got a couple of transaction monitoring roles coming through with banks in Birmingham and one remote payments firm, all around £30–36k. Would you be free for a quick call Thursday after your shift? Let me know a time that works.

Thanks,
Jamie Carr
Consultant, Financial Services | Kinsley Recruitment, Colmore Row, Birmingham`, 'Checking in'),

  other(`FinCrimeJobs — 6 new jobs matching "fraud analyst" in Birmingham

• Fraud Analyst — Albion & County Bank — Birmingham — £31,000
• KYC Analyst — Thornbury Risk Advisory — Remote (UK) — £32,000–£35,000
• Transaction Monitoring Analyst — Crestcard — London — £38,000
• Fraud Prevention Advisor — Basketly — Leeds / Hybrid
• AML Operations Officer — Heartland Building Society — Leeds
• Customer Due Diligence Analyst — Kinsley Recruitment — Birmingham

Unfortunately we couldn't find any more roles this week. Update your alert preferences or unsubscribe here.`, 'New jobs for you: fraud analyst'),

  other(`Dear Sana,

Thank you for applying for the Fraud Prevention Advisor role at Basketly. We are currently reviewing applications and will be in touch once a decision has been made about next steps. Due to the number of applications we receive, this may take up to two weeks.

We appreciate your patience.

Basketly Talent Acquisition
Powered by SmartRecruiters`, 'Your application to Basketly'),

  other(`AFCP Monthly — April

In this issue:
- Authorised push payment fraud: what the new reimbursement rules mean for branch staff
- Member spotlight: from the counter to the investigations team
- Certificate in Anti-Money Laundering: exam dates for the summer sitting and a revision webinar on 8 May
- Events in Birmingham, Leeds and London

You are receiving this as a student member of the Association of Financial Crime Practitioners. Manage your preferences.`, 'AFCP Monthly: APP fraud, exam dates and more'),

  rej('application', ['profile_mismatch'], {},
    `Dear Sana,

Thank you for your interest in the Fraud Analyst (Ref FA-30417) role at Midshire Bank.

We have carefully reviewed your application against the requirements of the role. Unfortunately, on this occasion, we have decided to progress candidates whose experience more closely matches our requirements.

Thank you for your interest in Midshire Bank and we wish you every success in your job search.

Kind regards,
Midshire Bank Resourcing

This is an automated message. Please do not reply.`, 'Update on your application - Fraud Analyst'),

  other(`Hi Sana,

Great news — we'd like to invite you to a 30-minute video call with Leah, one of our financial crime leads, to talk about the Transaction Monitoring Analyst role.

Please pick a slot that works for you using the link below:
https://paylark.example/schedule/sana-iqbal

Looking forward to it,
Paylark Talent Team`, 'Paylark - next step'),

  other(`Dear Sana,

Thank you for completing the numerical reasoning test. Your responses have been received and are now with the hiring team. We will be in touch about the outcome.

Heartland Building Society Recruitment`, 'Assessment completed'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Sana,

Thank you for completing the online numerical reasoning assessment for the Financial Crime Investigator role.

Your score was in the 31st percentile, and for this role we require a score at or above the 40th percentile to move on to interview. We are therefore unable to take your application further.

You are welcome to apply for other roles with us, and you may retake the assessment after six months.

Kind regards,
Heartland Building Society Recruitment Team`, 'Financial Crime Investigator - assessment outcome'),

  other(`Hi Sana,

Confirming your video call with Leah Okoro on Tuesday 23 April at 17:30 (BST). The Google Meet link is below, and Leah will call your mobile if there are any connection issues.

meet.example/pqa-xzkr-twd

Thanks,
Paylark Talent Team`, 'Confirmed: call with Leah Okoro'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Sana,

Thanks so much for your time with Leah on Tuesday — she really enjoyed hearing about your eleven years in branch banking and how you handled suspected scam cases at the counter.

After talking it over, we've decided not to move you to the next stage. The role leans heavily on writing SQL queries against our transaction data from day one, and that's something you said you haven't done yet. Once you've had some hands-on time with SQL we'd genuinely like to hear from you.

Happy to jump on a short call if you'd like more detail.

Best,
Anya
Talent, Paylark`, 'Paylark - Transaction Monitoring Analyst'),

  other(`Hi Sana,

Thanks for your time on the phone earlier. As discussed, I've put you forward to my client, a consultancy in Birmingham, for the KYC Analyst (Contract, 6 months) role. I'll chase them for feedback early next week.

Could you send me an updated CV with the AML certificate listed as "in progress, expected July"?

Cheers,
Jamie Carr
Kinsley Recruitment`, 'Your CV - KYC Analyst'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Sana,

Quick one — I heard back from the client on the KYC Analyst contract. They've decided not to interview you as they want someone who has already done periodic reviews for corporate clients, and your experience so far is with personal customers. Sorry it wasn't better news, I'll keep sending things your way.

Jamie`, 'KYC Analyst - client feedback'),

  other(`CityJobsUK Job Alert

Transaction Monitoring Analyst — Crestcard, London EC2 — Posted 2 days ago
Fraud Investigator — Albion & County Bank, Birmingham — Posted today
Financial Crime Analyst — Thornbury Risk Advisory, Remote — Posted 5 days ago

You're receiving this alert because you subscribed to "transaction monitoring". Unsubscribe | Edit alert`, 'Your job alert: transaction monitoring'),

  other(`Dear Sana,

Thank you for your application for Fraud Investigator at Albion & County Bank. We confirm that it has been received and will be reviewed by our recruitment team.

Application reference: ACB-77120

Albion & County Bank Careers
Oracle Recruiting Cloud`, 'Application received: Fraud Investigator'),

  rej('application', ['generic'], {},
    `Dear Sana,

Thank you for your interest in the Fraud Prevention Advisor position at Basketly.

After reviewing your application, we have decided not to move forward with it at this time.

We wish you every success in your future career.

Basketly Talent Acquisition`, 'Basketly - application update'),

  other(`Dear Sana,

Thank you for applying for the Transaction Monitoring Analyst role at Crestcard. We'd like to invite you to complete a short video interview online. You'll be asked five questions and have two minutes to answer each one.

Please complete it by Friday 17 May.

Crestcard Early Talent & Recruitment`, 'Crestcard - video interview invitation'),

  hold('application', ['role_closed'], {},
    `Dear Sana,

We are writing to let you know that recruitment for the Fraud Investigator role (Ref ACB-77120) has been temporarily paused while we review team structures in our Birmingham hub. Your application remains active and has not been declined. We will contact you once recruitment resumes.

Thank you for your patience.

Albion & County Bank Careers`, 'Fraud Investigator - recruitment paused'),

  other(`Hi Sana,

Good to hear your interview went well! Just to let you know, Kinsley has a new role in with a building society — Financial Crime Administrator, Leeds, hybrid two days in office. Might be a good stepping stone. Shall I send you the spec?

Jamie`, 'New role - Leeds'),

  rej('interview', ['location'], { ...fb, ...door },
    `Dear Sana,

Thank you for completing the video interview for Transaction Monitoring Analyst.

The hiring team enjoyed your answers. However, this role requires attendance at our London office four days a week, and in your responses you said you could only commit to one day a week in London. For this reason we will not be progressing your application.

We would encourage you to look at our remote and Birmingham-based roles in future, and we will keep your details in our talent pool.

Kind regards,
Crestcard Early Talent & Recruitment`, 'Crestcard - Transaction Monitoring Analyst'),

  other(`Dear Sana,

Thank you for your application for AML Operations Officer at Heartland Building Society. We're pleased to let you know that your application has been shortlisted.

We'd like to invite you to a telephone screening call with Rachel Dunn from our recruitment team on Wednesday 29 May at 12:30. Please reply to confirm whether this time suits.

Kind regards,
Heartland Building Society Recruitment Team`, 'AML Operations Officer - shortlisted'),

  rej('screen', ['salary'], { ...fb },
    `Hi Sana,

Thanks for speaking with me on Wednesday.

I've shared our notes with the hiring manager. The top of the band for the AML Operations Officer role is £27,500 and you told me you'd need at least £31,000 to move from your current role, as well as travel costs to Leeds. As we can't meet that, we won't be moving you to interview on this occasion.

Kind regards,
Rachel Dunn
Recruitment Advisor, Heartland Building Society`, 'AML Operations Officer'),

  hold('application', ['generic'], {},
    `Hi Sana,

Just a quick update on the Financial Crime Analyst role at Thornbury Risk Advisory. The hiring manager is on annual leave until the 17th, so interviews have been pushed back. You're still on the shortlist and I'll be in touch with dates as soon as she's back.

Thanks,
Priya Sandhu
Vantage FinCrime Recruitment`, 'Thornbury - delay'),
  other(`Dear Sana,

Thank you for your application for Financial Crime Administrator at Heartland Building Society. We have received it and will be in touch.

Heartland Building Society Recruitment Team`, 'Application received'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Sana,

Thanks for putting yourself forward for the Financial Crime Administrator role. Rachel and the hiring manager had a look, and honestly they felt that with eleven years in branch, including running a team of cashiers, you'd be well past this one — it's mainly filing SAR paperwork and chasing documents. They didn't want to offer something you'd outgrow in a month.

They did say they'd like to see you apply for the analyst roles when they come back out, so watch this space.

Jamie
Kinsley Recruitment`, 'Re: New role - Leeds'),

  other(`Hi Sana,

Lovely to speak earlier. As promised, here's what happens next with Thornbury Risk Advisory: a 45-minute Teams interview with Helen Marsh-Ward (Manager, Financial Crime) and a case exercise on the day where you'll review some anonymised transaction alerts.

I'll confirm the date once Helen is back from leave.

Best,
Priya Sandhu
Vantage FinCrime Recruitment`, 'Thornbury Risk Advisory - interview details'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Sana,

Thank you for applying for the Senior Fraud Strategy Analyst role at Midshire Bank.

Having reviewed your application, we are unable to take it further. This role requires at least three years' experience building fraud detection rules in a strategy or analytics team, which we could not see in your application.

Kind regards,
Midshire Bank Resourcing`, 'Senior Fraud Strategy Analyst'),

  other(`FinCrimeJobs — 4 new jobs matching "fraud analyst"

• Fraud Operations Analyst — Basketly — Leeds / Remote — £29,000
• Sanctions Screening Analyst — Albion & County Bank — London
• Financial Crime Analyst — Midshire Bank — Birmingham, Brindleyplace
• Disputes & Chargebacks Analyst — Crestcard — Remote (UK)

Sorry, no more matches this week.`, 'New jobs for you: fraud analyst'),

  rej('interview', ['assessment', 'profile_mismatch'], { ...fb, ...offered },
    `Hi Sana,

Thanks for your patience. I've now had feedback from Thornbury following your interview and case exercise with Helen.

I'm afraid they've decided not to go ahead. Helen said your interview answers were good, but in the case exercise you closed two alerts that showed clear structuring (cash deposits just under the reporting threshold) and escalated one that was low risk, so the exercise score came in under what they needed. She also felt the other shortlisted people had more time in second-line roles, so they were closer to what the team wanted.

Happy to talk this through on a call if you want.

Priya Sandhu
Vantage FinCrime Recruitment`, 'Thornbury - feedback'),

  other(`Dear Sana,

Thank you for your application for the Fraud Operations Analyst role at Basketly. We've received it and the team will be reviewing it over the coming days.

Basketly Talent Acquisition
Powered by SmartRecruiters`, 'Your application to Basketly'),

  rej('application', ['location', 'profile_mismatch'], {},
    `Dear Sana,

Thank you for your application for Sanctions Screening Analyst.

After careful review, we will not be progressing your application. We have prioritised applicants based in or near London whose background is a closer match to the role.

Albion & County Bank Careers`, 'Sanctions Screening Analyst - update'),

  other(`AFCP Monthly — July

- Exam results for the Certificate in Anti-Money Laundering will be published on 2 August
- Webinar: Money mules and the student account problem
- Careers clinic: moving from operations into investigations — book a 20-minute slot

You are receiving this as a student member of the Association of Financial Crime Practitioners.`, 'AFCP Monthly: July'),

  rej('interview', ['position_filled'], { ...door },
    `Dear Sana,

Thank you for attending interview for Fraud Operations Analyst on 18 July and for the time you gave us.

We have now offered the position to another candidate, who has accepted. We would like to keep your details on file and may contact you about similar roles in the coming months.

Kind regards,
Basketly Talent Acquisition`, 'Fraud Operations Analyst'),

  other(`Hi Sana,

We'd like to invite you to interview for the Financial Crime Analyst role at Midshire Bank. The interview will be with Imran Chaudhry (Team Manager) and Katie Ross (Senior Analyst) at our Brindleyplace office.

Please choose a time from the options in your candidate portal by Monday.

Kind regards,
Midshire Bank Resourcing`, 'Interview invitation - Financial Crime Analyst'),

  rej('application', ['role_closed'], {},
    `Dear Sana,

Thank you for your continued interest in the Fraud Investigator role (Ref ACB-77120).

Following the review of our Birmingham hub, we have decided not to proceed with recruitment for this role and the vacancy has now been withdrawn. As a result, your application has been closed.

Thank you for your patience over the past weeks.

Albion & County Bank Careers`, 'Fraud Investigator - update'),

  other(`Hi Sana,

Just a nudge — haven't heard from you in a while. How did the Midshire interview go? I've also got a remote Disputes Analyst role at a card company, decent money and no commute. Shall I put you forward?

Jamie`, 'Catching up'),

  rej('interview', ['profile_mismatch'], { ...offered, ...door },
    `Dear Sana,

Thank you for attending the interview for Financial Crime Analyst at Midshire Bank.

Imran and Katie enjoyed meeting you and hearing about your branch experience. After careful consideration, they have decided to progress other candidates whose experience is closer to the requirements of this role.

If you would like feedback on your interview, please reply to this email and we'll arrange a call with Imran. We'd also encourage you to apply for future roles with us.

Kind regards,
Midshire Bank Resourcing`, 'Financial Crime Analyst - outcome'),

  rej('application', ['generic'], {},
    `Hi Sana,

Thanks for your interest in the Disputes & Chargebacks Analyst role. We've reviewed your application and won't be taking it forward.

Crestcard Recruitment`, 'Disputes & Chargebacks Analyst'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hi Sana,

Thanks for the chat on Monday about the Fraud Ops role at Paylark.

We've talked it over as a team and we're going to pass. You were clear that you like a steady routine with set hours and clear procedures, and honestly our fraud team is very fluid — priorities change daily and people pick up whatever needs doing, often late into the evening when there's an attack. We don't think it would suit the way you said you like to work.

All the best,
Anya
Talent, Paylark`, 'Paylark - Fraud Ops'),

  other(`CityJobsUK Job Alert

Fraud Analyst — Albion & County Bank, Birmingham — Posted today
Transaction Monitoring Analyst — Heartland Building Society, Leeds (Hybrid) — Posted 3 days ago
Financial Crime Investigator — Thornbury Risk Advisory, Remote — Posted 1 day ago

Unsubscribe | Edit alert`, 'Your job alert: transaction monitoring'),

  rej('application', ['internal_candidate'], {},
    `Dear Sana,

Thank you for applying for the Fraud Analyst role at Albion & County Bank, Birmingham.

We wanted to let you know that this vacancy has been filled by a colleague from our existing fraud operations team, so we will not be taking external applications further.

Kind regards,
Albion & County Bank Careers`, 'Fraud Analyst - application update'),

  other(`Hi Sana,

Thanks for applying for the Transaction Monitoring Analyst role at Heartland Building Society. Rachel from our team remembered you from the AML Operations Officer process, and we'd like to invite you to a video interview with the Financial Crime team.

Available slots:
- Tuesday 10 September, 10:00
- Wednesday 11 September, 14:00

Please reply to confirm.

Heartland Building Society Recruitment Team`, 'Invitation to interview - Transaction Monitoring Analyst'),

  hold('interview', ['role_closed'], {},
    `Hi Sana,

Thanks for interviewing with the Financial Crime team last week. I'm sorry for the wait: a budget review has put all new headcount on hold until the end of the month. No decision has been made on your application and you're still in the process. I'll update you as soon as the freeze lifts.

Kind regards,
Rachel Dunn
Recruitment Advisor, Heartland Building Society`, 'Transaction Monitoring Analyst - update'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Sana,

I've had feedback from Thornbury on the Financial Crime Investigator interview. They liked you a lot — Helen remembered you from the last process and said you'd clearly improved.

The deciding point was the certification. They need someone who already holds a completed AML qualification, and yours isn't finished until the results come out. They've asked me to tell you to apply again once you've passed.

Speak soon,
Priya Sandhu
Vantage FinCrime Recruitment`, 'Thornbury - Financial Crime Investigator'),

  other(`Hi Sana,

Confirming you've withdrawn your application for the Fraud Analyst (Remote) role with our client. I've let them know. No problem at all and good luck with the other interviews!

Jamie
Kinsley Recruitment`, 'Withdrawal confirmed'),

  other(`Dear Sana Iqbal,

Congratulations — you have passed the AFCP Certificate in Anti-Money Laundering (Summer sitting).

Your digital certificate and badge are now available in your member area. You can now use the designation Cert.AML (AFCP) after your name.

Association of Financial Crime Practitioners`, 'Your exam results'),

  rej('final', ['position_filled', 'profile_mismatch'], { ...offered },
    `Dear Sana,

Thank you for attending the final interview for Fraud Analyst at Paylark last Thursday, and for all the time you've given us across the process.

We interviewed some very strong people, and we've offered the role to a candidate whose background was a closer match for what the team needs right now. They've accepted.

If it would help, Leah is happy to give you feedback over a call — just let me know.

Best,
Anya
Talent, Paylark`, 'Paylark - Fraud Analyst'),

  hold('final', ['generic'], {},
    `Hi Sana,

Thank you for coming in for the final interview for Transaction Monitoring Analyst. We're still completing interviews with the last two candidates, so a decision will take a little longer than we said — probably another week. You're still under consideration.

Kind regards,
Rachel Dunn
Heartland Building Society`, 'Transaction Monitoring Analyst - final stage'),

  rej('interview', ['salary', 'location'], { ...fb },
    `Hi Sana,

Thanks for the interview with Crestcard's fraud team. They've come back to say they won't be taking it further: the remote role is only open to people who live within 90 minutes of their Northampton office for quarterly team days, and Birmingham is fine for that, but the £36k you've asked for is above their £32k band, and they also need the person to be in Northampton for the first six weeks of training, which you said you couldn't do.

Jamie
Kinsley Recruitment`, 'Crestcard update'),

  rej('application', ['generic'], { ...door },
    `Dear Sana,

Thank you for applying to Midshire Bank for the role of Fraud Analyst (Ref FA-33102). On this occasion we will not be taking your application forward.

We'd encourage you to keep an eye on our careers site for future opportunities.

Midshire Bank Resourcing`, 'Update on your application'),

  other(`Hi Sana,

Thanks for joining the Midshire Bank Talent Community. We'll send you roles that match your interests in Fraud & Financial Crime, Birmingham. You can update your preferences or leave the community at any time.

Midshire Bank Careers`, 'Welcome to the Midshire Bank Talent Community'),

  other(`Hi Sana,

Great news — Leah and the team would like you to come to our office in Shoreditch for the final stage for Fraud Analyst: a 90-minute session with Leah and our Head of Risk, including a short walk-through of a real fraud case.

Could you do Thursday 3 October at 13:00? We'll cover your train from Birmingham.

Best,
Anya
Talent, Paylark`, 'Paylark - final stage'),

  rej('application', ['skills_gap'], { ...fb },
    `Thanks Sana — had a reply from the card company about the remote Disputes Analyst role. They want two years in chargebacks and Visa/Mastercard dispute rules, which you don't have yet, so it's a no from them this time. Jamie

On Mon, 19 Aug, Sana Iqbal wrote:
> Hi Jamie, yes please put me forward for the disputes one. Thanks!`, 'Re: Catching up'),

  rej('screen', ['internal_candidate'], {},
    `Hi Sana,

Sorry to be the bearer of bad news. After our call, I sent your details across to the building society for the Fraud Team Leader role, but they've just told me they've appointed someone from their own contact centre into the post. So that one's closed for us.

Priya
Vantage FinCrime Recruitment`, 'Fraud Team Leader'),

  other(`Dear Sana,

We are delighted to offer you the position of Transaction Monitoring Analyst at Heartland Building Society, based at our Leeds office with hybrid working (two days a week in the office).

Salary: £30,500 per year
Start date: to be agreed, subject to satisfactory pre-employment screening

Please find your contract attached. We'd be grateful if you could sign and return it by Friday.

Congratulations, and welcome!

Rachel Dunn
Recruitment Advisor, Heartland Building Society`, 'Offer of employment - Transaction Monitoring Analyst'),

  other(`Dear Sana,

As part of your pre-employment checks, please complete the enclosed vetting form, including your address history for the last five years and details of your financial position (credit check consent).

Please upload the completed form and two forms of ID to the onboarding portal within seven days. If you have any questions, contact vetting@heartland.example.

Heartland Building Society — Vetting & Onboarding`, 'Action required: pre-employment vetting'),

  other(`Hi Sana,

Just seen your news on LinkedIn — congratulations on the Heartland offer! Really pleased for you. If you ever need anything down the line, you know where I am.

Jamie`, 'Congrats!'),

  rej('interview', ['role_closed'], { ...door },
    `Hi Sana,

Quick update on the Albion & County Bank Fraud Analyst (Leeds) role you interviewed for last month. They've told me the role has been cancelled as part of a restructure of their fraud operations, so they won't be hiring for it. I'll let you know if it comes back.

Priya Sandhu
Vantage FinCrime Recruitment`, 'A&CB update'),

  rej('application', ['profile_mismatch'], {},
    `Dear Sana,

Thank you for your interest in the Financial Crime Consultant role at Thornbury Risk Advisory.

We have reviewed your application, and on this occasion we've decided not to progress it as your experience doesn't match what we are looking for in this role.

Thornbury Risk Advisory Recruitment Team
Sent via Greenhouse`, 'Thornbury Risk Advisory - your application'),
];
