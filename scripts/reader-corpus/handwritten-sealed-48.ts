/**
 * Sealed messages of the forty-eighth round. The first part is a spread of declines from many employers, tracking
 * systems and HR template sites, at every step from the application to the final round and with every kind of
 * reason: letters sent by tracking systems, template letters with a merge field left in, agency recruiters, hiring
 * managers and founders writing by hand, HTML leftovers and replies with earlier mail quoted below. The employers
 * include veterinary clinics, wind farms, cruise lines, chocolate makers, courts and tribunals, football clubs, space
 * and satellite start-ups, funeral services, recyclers, luxury watchmakers, school districts, call centres, consulting
 * engineers, pet food makers and orchestras, with a few processes put on hold. The second part is one inbox over about
 * seven months: a marine biologist and fisheries observer in Halifax, Nova Scotia, moving into environmental
 * consulting and ESG data roles, with application acknowledgements, status notices, screening and interview
 * invitations, a reschedule, take-home instructions, a reference request, recruiter outreach, job alerts, a
 * talent-community welcome, newsletters, paused processes, declines at every step and an offer at the end.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s48-');

export const HANDWRITTEN_SEALED_48: readonly CorpusLine[] = [
  // ── Part one: many employers
  rej('application', ['generic'], {},
    `Dear Precious,

Thank you for your interest in a career at sea with Aurelia Line Cruises and for applying for Guest Services Associate - Fleetwide (Requisition JR-104522).

We received an exceptional number of applications for our 2025 deployment season. After careful review, we regret to inform you that we will not be moving forward with your application at this time.

We wish you every success in your career.

Kind regards,
Aurelia Line Cruises Shipboard Talent Acquisition

Please do not reply to this email. This mailbox is not monitored.
© 2025 Aurelia Line Cruises Ltd. | Privacy Notice | Candidate Home`, 'Update on your application: Guest Services Associate - Fleetwide (JR-104522)'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Tobias,

Thank you for applying for the Spacecraft Operations Engineer role at Corvid Orbital. We know that putting together an application takes real effort, and we appreciate you thinking of us.

Our team has looked through your application and we've decided not to move forward. For this role we're prioritising candidates whose experience lines up more directly with what the mission operations team needs as we prepare for our second launch.

That said, we're growing quickly. We'll hold on to your details and reach out if a role opens that looks like a better match.

All the best,
Corvid Orbital Recruiting
Bremen · Toulouse

Powered by Greenhouse`, 'Your application to Corvid Orbital'),

  rej('screen', ['salary'], { ...fb },
    `Hi Aisling,

Lovely to talk on Wednesday about the Practice Manager role at our Kilkenny hospital.

I've since spoken with Niamh, our regional operations director, and I'm afraid we won't be able to move forward. The figure you mentioned, €62,000 plus a car allowance, is well above what's been signed off for this practice (the top of the range is €51,000), and there's no flexibility in it this year.

Sorry it isn't better news.

Best wishes,
Orla Dempsey
Talent Acquisition Partner
Hollybrook Veterinary Group
Unit 4, Maudlin Business Park, Kilkenny R95 XK20`, 'Practice Manager - Kilkenny'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Callum,

Re: Wind Turbine Technician, Beinn Ruadh Wind Farm (Ref WTT-0419)

Thank you for attending interview at our Dingwall office on 6 February and for your patience while we completed the process.

The panel was pleased with your electrical background. However, every technician on this site has to hold current GWO Basic Safety Training before their first day, together with at least two years' hands-on experience maintaining multi-megawatt turbines, and at present you have neither. For that reason we are unable to offer you the position.

Should you wish to go through the panel's comments in more detail, please call me on 01349 860 412 and I will be happy to talk them over.

Yours sincerely,

Moira Urquhart
HR Business Partner
Glenstrae Renewables Operations Ltd
Registered in Scotland SC518830`, 'Wind Turbine Technician - outcome of interview'),

  rej('application', ['role_closed'], {},
    `Dear [Candidate Name],

RE: Chocolate Production Operative - Night Shift (Ref: CPO/24/117)

Thank you for your recent application to Wendleby & Rowe Chocolatiers.

Following a review of our production plans for the coming season, we have decided not to add a third night-shift line at our Banbury site. The above vacancy has therefore been withdrawn and we will not be taking any applications further.

We apologise for any inconvenience and thank you for the interest you have shown in Wendleby & Rowe.

Yours sincerely,

[Recruiter Name]
People Team
Wendleby & Rowe Chocolatiers Ltd`, 'Your application - Chocolate Production Operative'),

  rej('final', ['position_filled'], { ...door },
    `Dear Henrike,

I am writing about the Head of Learning and Participation post, and I'm afraid it isn't the news you were hoping for.

Thank you for everything you put into the final stage last Tuesday, including the presentation to the board sub-committee. After a long discussion we offered the post to another candidate, who has now accepted.

We very much hope you'll stay in touch with the orchestra. Our Associate Director of Learning post will be advertised in the autumn, and I would be glad to let you know personally when it opens.

With warm wishes,

Fenella Ogilvie
Chief Executive
Caledonian Sinfonia
City Halls, Candleriggs, Glasgow G1 1NQ
Scottish Charity No. SC004417`, 'Head of Learning and Participation'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Dwayne,

Thank you for completing the online assessment for Customer Contact Advisor (Inbound) at Pennant Connect, Sunderland.

Your results:
- Typing speed and accuracy: 31 wpm / 94% (required: 35 wpm / 95%)
- Call handling simulation: met the standard
- Situational judgement: met the standard

Because your typing result is below the level needed for this role, we are unable to invite you to the telephone interview stage.

Thanks again for your interest.
Pennant Connect Recruitment
recruitment@pennantconnect.example | Reg. office: Doxford Park, Sunderland SR3 3XN`, 'Your assessment results - Customer Contact Advisor'),

  rej('application', ['generic'], {},
    `Hi Liam, thanks for applying for Matchday Ticket Office Assistant at Castleford Rovers FC. Unfortunately we won't be progressing your application this time. Thanks, Castleford Rovers Recruitment

Sent via SmartRecruiters`, 'Castleford Rovers FC - Matchday Ticket Office Assistant'),

  rej('interview', ['internal_candidate'], {},
    `Dear Ms Adeyemi,

Vacancy reference: 398120 - Tribunal Caseworker (AO), Employment Tribunals, Leeds

Thank you for attending the interview for the above post on 12 March 2025.

I regret to inform you that on this occasion you have not been offered the post. Following your interview, a member of staff already working within the Tribunals Service was identified for the post through our redeployment process, which must be considered before external appointments.

Thank you for the interest you have shown in working with us.

Yours sincerely,

Resourcing Team
Courts and Tribunals Service
This is an automated email. Replies to this address are not monitored.`, 'Vacancy 398120 - outcome'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Rohan,

Thank you for applying for the position of Senior Geotechnical Engineer (Req ID 2025-4471) with Halloran Pryce Consulting Engineers.

We have reviewed your application against the essential criteria. The position requires chartered status (CEng or equivalent) and at least eight years of post-graduate experience in ground investigation and foundation design. Your application shows that you are currently working towards chartership with around five years' experience, so we are unable to take it further on this occasion.

Thank you for considering Halloran Pryce.

Regards,
Talent Acquisition
Halloran Pryce Consulting Engineers LLP

This message was sent from an unmonitored mailbox via iCIMS.`, 'Halloran Pryce - Senior Geotechnical Engineer'),

  rej('screen', ['location'], { ...fb, ...door },
    `Bonjour Kasia,

Thank you again for our call on Monday about the Boutique Manager position at our Geneva flagship.

I have discussed your profile with our Retail Director. As you explained, you would not be able to move to Geneva before January because of your children's school year, and the boutique cannot be without a manager for that long. We have therefore decided not to continue with your candidacy for this opening.

If you do relocate to Switzerland next year, please contact me directly. We would be delighted to consider you again.

Bien cordialement,

Séverine Jaquet
Talent Acquisition Manager, Retail EMEA
Maison Vautier Horlogerie SA
Rue du Rhône 48, 1204 Genève`, 'Boutique Manager - Genève'),

  rej('application', ['overqualified'], { ...fb },
    `Hi Marek,

Thanks for applying for the Picking Line Operative job at our Wakefield materials recovery facility.

Having read your CV, you've spent the last ten years managing MRF operations and you hold a degree in environmental engineering. This job is hand-picking contamination off a conveyor on shifts, with no supervisory element, and we honestly think you'd be under-used and would move on quickly. So we're not going to progress your application for this one.

Regards,
Shaun Pickersgill
Site Manager
Greenloop Recycling (Yorkshire) Ltd`, 'Picking Line Operative'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Jordan,

Thank you for coming up to the training ground last Thursday to meet myself, Gaz and the U18s coaching staff for the Academy Performance Analyst role.

We've had a good think about it. The technical side was never the issue. What we kept coming back to was how the role works day to day: our analysts spend most of their week out on the pitches with the coaches and players, filming and talking through clips on the spot, and you told us you do your best work on your own at a desk with the footage. We think that would be a tough fit for how our academy runs, so we're not going to offer you the role.

Thanks again and all the best.

Dan Whitlow
Head of Academy Coaching
Harbourside Athletic FC`, 'Academy Performance Analyst'),

  rej('application', ['generic'], { ...door },
    `Hey Saoirse!

Thanks so much for wanting to join the Pawsome Kitchen crew as a Brand Marketing Executive. 🐾

We've had loads of great applications and, after going through them all, we've decided not to move your application forward this time.

We'd love to stay in touch though. Your profile will stay in our Talent Community for the next 12 months, and we'll ping you if a role pops up that looks right for you.

Woofs and wags,
The Pawsome Kitchen People Team

This email was sent with Teamtailor. Manage your data: https://pawsomekitchen.teamtailor.example/connect`, 'News about your application at Pawsome Kitchen'),

  rej('final', ['profile_mismatch'], { ...offered },
    `Dear Dr. Whitfield,

On behalf of Cedar Bluff Unified School District, thank you for participating in the final interview for the position of Assistant Principal, Lakeview Middle School, with Superintendent Alvarez and the site selection committee.

After careful deliberation, the committee has recommended another candidate whose experience more closely aligns with the needs of the Lakeview community at this time. The recommendation will go to the Board of Trustees for approval at its April 22 meeting.

If you would like to receive feedback on your interview, please contact Human Resources at (559) 555-0148 or hr@cedarbluffusd.example, and we will be glad to arrange a conversation.

Sincerely,

Marisol Duarte
Director, Certificated Human Resources
Cedar Bluff Unified School District`, 'Assistant Principal, Lakeview Middle School'),

  rej('application', ['location'], { ...fb },
    `Hi Arjun,

Thank you for your interest in the GNC Engineer II position at Helios Forge Space.

Because our work on this program is controlled under ITAR, this position is open only to U.S. persons (U.S. citizens, lawful permanent residents, or protected individuals). Based on the information you provided in your application, you do not currently meet this requirement, so we're unable to consider you for this role.

We appreciate you taking the time to apply.

Helios Forge Space Talent Team
El Segundo, CA

Sent via Lever`, 'Your application to Helios Forge Space'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Ewan,

Thank you for completing the online assessments for the 2025 Graduate Civil Engineer programme at Ashcombe Tully Partnership.

Unfortunately, your results did not meet the benchmark required to progress to our assessment centre, and we will not be taking your application further this year.

We know this will be disappointing. Many of our engineers applied more than once before joining us, and we would encourage you to apply again for the 2026 intake, which opens in September.

Kind regards,
Early Careers Team
Ashcombe Tully Partnership
Consulting Civil and Structural Engineers

Please do not reply to this message. Powered by Oracle Taleo.`, 'Graduate Civil Engineer 2025 - assessment outcome'),

  rej('interview', ['role_closed'], { ...door },
    `Dear Mr Pryce,

Thank you for attending interview for the position of Funeral Arranger at our Llandeilo branch on 19 February.

Since your interview, the directors have taken the decision to merge the Llandeilo and Ammanford branches into a single funeral home from the summer. As a result, the Funeral Arranger vacancy at Llandeilo will no longer be filled and I am unable to take your application any further.

You came across well and we would genuinely encourage you to apply for future arranger or funeral service operative vacancies with us, which are advertised on our website.

Yours sincerely,

Carys Bevan
Operations Manager
T. Howells & Daughters Funeral Directors
Est. 1911`, 'Funeral Arranger - Llandeilo'),

  rej('application', ['generic'], {},
    `<div style="font-family:Arial,sans-serif;font-size:14px"><p>Hi Brianna,</p><p>Thank you for applying for the <strong>Veterinary Receptionist (Part-Time)</strong> position at <strong>Tall Pines Animal Hospital</strong>.</p><p>We appreciate your interest. After reviewing applications, we have decided to pursue other candidates for this position.</p><p>Best of luck in your job search.</p><p>Tall Pines Animal Hospital<br/>1820 Old Mill Rd, Asheville, NC 28806</p><p style="color:#999;font-size:11px">Powered by BambooHR&nbsp;|&nbsp;<a href="#">Unsubscribe</a></p></div>`, 'Veterinary Receptionist (Part-Time) at Tall Pines Animal Hospital'),

  rej('final', ['skills_gap', 'salary'], { ...fb, ...offered },
    `Hi Sven,

Thank you for coming out to Esbjerg for the final round for the Offshore Site Manager role on Nordhav III, and for the time you spent with Karen and the marine coordination team.

I promised you a straight answer, so here it is. Two things tipped the decision. The site manager on this project has to act as Senior Authorised Person for the 66 kV array system from day one, and you haven't held SAP authorisation at HV before. Second, the package you asked for (DKK 1.15m base) is well above the band the project has approved for this role.

Happy to talk it through on a call if that would help; just suggest a time.

Best regards,
Anders Kjeldsen
Head of Operations, Nordhav Offshore Wind A/S`, 'Offshore Site Manager - Nordhav III'),

  rej('application', ['position_filled'], {},
    `Dear Applicant,

Court Usher (Band 2), Truro Combined Court Centre - Reference CU/0225/14

Thank you for your application for the above post.

Please be advised that this vacancy has now been filled and we are not considering any further applications.

Thank you for your interest in working for the Courts and Tribunals Service.

Resourcing Team (South West)`, 'Court Usher - Reference CU/0225/14'),

  rej('interview', ['profile_mismatch', 'internal_candidate'], {},
    `Hello Giulia,

Thank you for interviewing with us for the Fleet Itinerary Planner role at our Southampton office, and for your patience since.

We met some very capable people. In the end we have chosen a colleague who is currently a deputy cruise director within our fleet; their background was a closer match for what the planning team needs next season.

Kind regards,
Rachel Okonjo
Talent Acquisition, Shoreside
Aurelia Line Cruises`, 'Fleet Itinerary Planner'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Chloe,

Thank you for your application for Registered Veterinary Nurse at Brambleway Vets, Ashby de la Zouch.

We noted from your CV that you are currently in the second year of your veterinary nursing diploma. Unfortunately this post requires the successful applicant to be on the RCVS Register of Veterinary Nurses, as they will be running nurse clinics and monitoring anaesthetics without direct supervision, so we are unable to shortlist you.

We would love to hear from you again once you qualify. We usually recruit newly qualified RVNs every September and would be very happy to receive your application then.

Best wishes,
Hannah Greaves
Head Nurse
Brambleway Vets`, 'Your application - RVN'),

  rej('screen', ['generic'], {},
    `Hi Noor, thanks again for the chat on Friday. We've decided not to take things further for the Retail Supervisor role at our York shop. Wishing you all the best. Ottilie, Cacao & Co.`, 'Retail Supervisor - York'),

  rej('interview', ['overqualified', 'salary'], { ...fb },
    `Dear Mr Fairbairn,

Thank you for attending the interview for Shift Supervisor at our Grangemouth plastics recycling plant on 4 March.

The panel appreciated the depth of your experience. After discussion we concluded that, having run a site of 140 people as plant manager, you would find this role, which supervises a crew of nine on a rotating pattern, a significant step down. The pay for the post is also fixed at £36,500, well below the £48,000 you said you would need.

We have therefore decided not to offer you the position.

Yours sincerely,
Lorna Baird
HR Advisor
Forthside Polymers Recycling Ltd`, 'Shift Supervisor - interview outcome'),

  rej('assessment', ['assessment'], {},
    `Dear Tomasz,

Thank you for completing the practical laboratory exercise for the Quality Technician role at Harland Petfoods, Wisbech.

Unfortunately your results on this occasion did not meet the standard required to progress to interview.

Due to the high volume of candidates, we cannot provide individual feedback on assessment performance.

Kind regards,
Harland Petfoods Recruitment
A division of Harland Agri Group plc`, 'Quality Technician - assessment outcome'),

  rej('interview', ['location'], { ...fb },
    `Dear Aditya,

Thank you for interviewing with us for the position of Ground Segment Engineer and for taking the time to speak with the team from Bengaluru.

We very much enjoyed our conversation. However, this position supports a programme where every team member needs national security clearance at SECRET level, which can only be granted to nationals of ESA member states. As an Indian citizen you are not eligible for this clearance, so unfortunately we cannot continue with your application. We should have made this clearer in the job advert and apologise for the time it has taken.

With kind regards,

Katharina Böhm
Human Resources
Lyrasat Ground Systems GmbH
Robert-Bosch-Str. 7, 64293 Darmstadt
Geschäftsführer: Dr. Felix Amsel | HRB 98412 Darmstadt`, 'Your application: Ground Segment Engineer'),

  rej('application', ['profile_mismatch'], {},
    `Hi Benedict,

Thanks for applying for Client Advisor, Burlington Arcade at Hartwell & Crane Fine Watches.

We've reviewed your application and we won't be moving forward. We're looking for candidates whose experience more closely matches this role.

Best regards,
Hartwell & Crane Talent Team

Sent via Lever · Hartwell & Crane Ltd, 12 Burlington Arcade, London W1J 0QJ`, 'Hartwell & Crane - Client Advisor'),

  rej('final', ['generic'], { ...offered, ...door },
    `Dear Amara,

Thank you for attending the final stage for Head of Commercial Partnerships at Dunmore Park Football Club, and for the presentation you gave to our Chief Executive and the Board on Friday.

This has been one of the hardest appointments we have made. Each of the three finalists brought something different, and after a great deal of discussion the panel has decided not to offer you the position.

I know that's a lot to take after a long process. If you would like feedback on any part of it, I would be glad to arrange a call with our Commercial Director, Rob Mellor, who chaired the panel.

We would very much like to keep in touch, and will contact you if a senior commercial role opens at the club in future.

Best wishes,

Jenna Crossley
Head of People
Dunmore Park Football Club
The Kingsway Stadium, Dunmore DN4 7JH`, 'Head of Commercial Partnerships - final stage'),

  rej('application', ['role_closed'], { ...door },
    `Hi Magnus,

Thank you for applying for the role of Grid Connection Analyst at Skerryvane Energy.

I'm writing to let you know that, following the outcome of the latest capacity auction, the project this role was supporting has been paused, and we've withdrawn the vacancy. That means we won't be progressing any applications, including yours.

We will keep your CV on file and will get in touch if we reopen the role or have something similar.

Kind regards,
Isla Gunn
People Coordinator
Skerryvane Energy Ltd
Sent with Recruitee`, 'Grid Connection Analyst - vacancy withdrawn'),

  rej('interview', ['skills_gap', 'position_filled'], { ...fb },
    `Hi Priyanka,

Thank you for interviewing for Flight Software Engineer at Kestrelsat. It was great to have you meet Tomás and Lien from the payload team.

We've decided not to move forward. The team was impressed with your Python and ground tooling work, but this role is almost entirely bare-metal C on the flight computer, running on FreeRTOS, and in the technical interview it was clear you haven't yet worked on embedded targets or with an RTOS. We need someone who can own that from the start, and we've now made an offer to a candidate with that background, which they've accepted.

Thanks again for your time and we wish you the best of luck.

Mathilde
Recruiting @ Kestrelsat

Sent with Ashby`, 'Kestrelsat: Flight Software Engineer'),

  rej('screen', ['culture_fit'], { ...fb },
    `hi Felix,

really enjoyed our call yesterday, thank you for making time on a Sunday.

I've slept on it and I don't think we're the right place for you right now. We are four people in a unit in Hackney Wick making bean-to-bar chocolate, and the ops lead will be tempering, packing, doing the wholesale invoices and driving the van, sometimes all in one day. You said a couple of times that you like clear processes and a defined remit, which is completely fair, but that just isn't what this job is going to look like for at least another year, and I think you'd be frustrated.

Thanks so much for your interest in us, genuinely.

Rosa
founder, Mothwing Chocolate`, 'ops lead'),

  rej('application', ['internal_candidate'], {},
    `Dear Applicant,

Thank you for your interest in Posting #T-2025-0318, Grade 4 Teacher, Willow Creek Elementary.

A current district employee has been selected for this posting through the voluntary transfer process, which under Article 12 of the collective bargaining agreement takes priority over outside applicants. Your application will therefore not be considered for this posting.

Thank you for your interest in Pine Hollow Area School District.

Office of Human Resources
Pine Hollow Area School District
This is an automated message from Frontline Recruiting & Hiring. Please do not reply.`, 'Posting #T-2025-0318 - status update'),

  rej('final', ['culture_fit', 'profile_mismatch'], {},
    `Dear Ms Ferreira,

Thank you for attending the final interview with our partners for the role of Associate Director, Bridges, at Mercer Lindqvist Engineers.

Having met all the shortlisted candidates, the partners have concluded that another candidate was both a stronger match for the requirements of the role and a better fit with the way our bridges group works. We will therefore not be offering you the position.

Thank you for the time and effort you have given to the process.

Yours sincerely,
Graham Oduya
Head of HR
Mercer Lindqvist Engineers Ltd`, 'Associate Director, Bridges'),

  rej('application', ['salary'], { ...fb },
    `Dear Joseph,

Thank you for applying for the role of Onboard Revenue Manager with Stellaris Voyages.

We note from your application form that your expected salary is US$8,500 per month. The approved rate for this position is US$5,900 to US$6,400 per month (tax-free, plus gratuities and full board while onboard), which is considerably below your expectation. For this reason we have decided not to take your application forward.

Thank you for your interest in Stellaris Voyages.

Best regards,
Crew Recruitment Centre
Stellaris Voyages
Miami · Manila · Mumbai`, 'Stellaris Voyages - Onboard Revenue Manager'),

  rej('interview', ['position_filled'], {},
    `Hi Megan,

Thanks so much for coming in to meet Dr. Patel and our head technician last week about the Veterinary Technician II position.

I wanted to let you know that we've offered the position to another candidate, who has accepted. We really appreciated you taking the time to visit the hospital.

Take care,
Kristen Boyd
Hospital Manager
Riverside Emergency & Specialty Animal Hospital
Columbus, OH`, 'Vet Tech II position'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Olufemi,

Thanks for your application for Customer Service Advisor (Energy) at Brightline Contact Centres, Salford.

Looking at your CV, your experience is well beyond what this entry-level advisor role needs, and we don't think it would give you the challenge you're looking for. We won't be progressing this application, but we'd really encourage you to apply for our Team Manager roles, which are advertised regularly on our careers site.

Kind regards,
Recruitment Team
Brightline Contact Centres Ltd`, 'Your application with Brightline'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Mr Lindqvist,

Thank you for coming to our atelier in Le Sentier to complete the practical bench test for the position of Watchmaker - After-Sales Service.

Our workshop manager has reviewed your work. Disassembly and cleaning were carried out correctly. However, the movement you serviced was running at +14 seconds per day after regulation, against our tolerance of -2/+4, and the hairspring was marked during reassembly. On that basis we are unable to continue with your application.

We thank you for your interest in our Maison.

Yours sincerely,

Delphine Rochat
Human Resources
Manufacture Arcadier SA
Vallée de Joux, Switzerland`, 'Your candidacy - Watchmaker After-Sales Service'),

  rej('interview', ['generic'], {},
    `Dear Mr Tanaka,

Re: Listing Officer, Magistrates' Court, Reading - Ref 2025/LO/411

Thank you for attending the interview for the above post.

I am sorry to inform you that you have not been successful on this occasion.

Thank you for your interest.

Yours sincerely,
HR Shared Services`, 'Ref 2025/LO/411 - interview outcome'),

  rej('application', ['location'], { ...fb },
    `Dear Mr. Kowalczyk,

Thank you for applying for the position of Transportation Dispatcher with Maple Ridge Consolidated School District.

District Policy 4112.1 requires classified employees in transportation dispatch to reside within 25 miles of the district transportation center, because dispatchers are on call for early weather closures. Your application lists your residence in Fort Wayne, which is approximately 70 miles away, and you indicated you are not planning to relocate. For this reason we cannot advance your application.

We appreciate your interest in Maple Ridge Consolidated School District.

Sincerely,
Classified Personnel Office
Maple Ridge Consolidated School District`, 'Transportation Dispatcher - Application Status'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Wayne,

Thanks for your interest in the Roll-On/Roll-Off Driver role at Kilnsey Waste & Recycling.

Unfortunately we can only consider drivers holding a full Category C+E licence with a current Driver CPC card, as the routes involve drawbar trailers. Your application says you hold Category C only, so we can't take it further at the moment.

Cheers,
Transport Office
Kilnsey Waste & Recycling Ltd`, 'RoRo Driver'),

  rej('final', ['internal_candidate'], { ...offered },
    `Dear Fiona,

Thank you for attending the final interview for the Environmental Manager position at Cairn Dubh Wind Farm, and for the presentation on the peatland restoration plan.

After careful consideration, the panel has decided to appoint an internal candidate who has been working as the site's deputy environmental clerk of works. This was a close decision and it is no reflection on the quality of your interview.

If you would like to have feedback from the panel, I'd be very happy to set up a call.

Kind regards,

Euan MacLennan
Head of Environment, Consenting & Planning
Cairn Dubh Wind Energy LLP`, 'Environmental Manager - Cairn Dubh'),

  rej('application', ['generic'], {},
    `Dear {{first_name}},

Thank you for taking the time to apply for the Client Services Coordinator position at Evermore Memorial Partners. We appreciate your interest in our company and in a career in funeral and cemetery services.

Our hiring team has carefully reviewed your qualifications. While we were glad to learn about your background, we have decided to pursue other candidates for this position.

Please know that this decision was not easy, as we received a large number of applications. We wish you the very best in your job search and in your future professional endeavors.

Sincerely,
Evermore Memorial Partners Talent Acquisition

This email was sent from a no-reply address. Evermore Memorial Partners is an Equal Opportunity Employer. iCIMS ID 2025-11873`, 'Thank you for your interest in Evermore Memorial Partners'),

  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Hi Leonie,

Thank you for the video interview for the Customer Experience Lead role at Kibble & Crumb.

We've decided not to move forward. We loved your energy, but the team felt your approach to difficult customers (offering refunds early to close things off quickly) isn't aligned with how we work. Our customers are dog owners on subscriptions and we put a lot of weight on spending the time to fix the actual problem, even if a conversation runs long.

If it's helpful, I'm happy to jump on a short call and share more of the team's thoughts.

Best,
Marta
People & Culture, Kibble & Crumb`, 'Kibble & Crumb - Customer Experience Lead'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Ifeoma,

Thank you for your application for the position of Bereavement Care Coordinator at Willowmere Funeral Group.

After careful review, we have decided not to proceed with your application, as we felt that other applicants more closely matched the requirements of the position.

We will retain your details in our talent pool and may contact you about future opportunities that match your profile.

Best regards,
Willowmere Funeral Group Recruitment

SmartRecruiters · Privacy Policy`, 'Your application for Bereavement Care Coordinator'),

  rej('screen', ['location', 'salary'], { ...fb },
    `Hi Nathan,

Thanks again for the call on Tuesday about the Mission Planning Engineer role.

I took your answers back to our hiring manager. Two things we couldn't get around: the role needs to sit in our Harwell office at least four days a week because of export-controlled data, and you told me you'd want to stay fully remote from Edinburgh. On top of that, the £85k you're after is above the range (£62-70k) for this level.

Sorry to not have better news.

Ellie Rowntree
Talent Acquisition
Skyhaven Satellite Systems`, 'Mission Planning Engineer'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Sanne,

Thanks for your message, and of course, here's a bit more detail.

The interviewers liked how you handled the role-play call. The reason we didn't offer you the position is the Dutch language requirement: in the written part of the interview your Dutch came out at roughly B1, and this team handles formal written complaints in Dutch, where we need C1. Your English and German were excellent.

If you keep working on your Dutch, please apply again; we recruit for this team every quarter.

Kind regards,
Bas de Groot
Recruitment Team Lead
Vaalhaven Contact Solutions B.V.

-----Original Message-----
From: Sanne Verhoef
Sent: Monday, 10 March 2025 09:14
To: Recruitment Vaalhaven
Subject: Re: Your application Customer Care Agent NL/DE

Hello Bas, thank you for letting me know. Would you be able to tell me why I was not selected? It would help me for future applications. Kind regards, Sanne`, 'RE: Your application Customer Care Agent NL/DE'),

  rej('application', ['position_filled'], { ...door },
    `Dear Kieran,

Thank you for applying for the role of Kit and Equipment Assistant at Ashbourne Town Football Club.

The response to this advert was fantastic, and we have now appointed to the role. We are sorry we can't take your application further.

Please keep an eye on the club website and social media, as we would be delighted to receive an application from you for future vacancies.

Up the Town!
Ashbourne Town FC
Office: 01335 555 207`, 'Kit and Equipment Assistant'),

  rej('final', ['assessment'], { ...fb },
    `Dear Hamza,

Thank you for attending the assessment day for Principal Hydraulic Modeller at Brennock Whyte & Partners last Thursday.

The interview with the director went well. However, the decision rested largely on the modelling exercise. Your 1D-2D model of the catchment didn't converge at the culvert, so you weren't able to produce the 1% AEP flood extents within the time, and the results you presented weren't checked against the gauge data we supplied. Other finalists completed this part of the day to the level we need.

As a result, we will not be offering you the role on this occasion.

Regards,
Catriona Hale
HR Manager
Brennock Whyte & Partners
Consulting Engineers | Bristol · Exeter · Cardiff`, 'Principal Hydraulic Modeller - outcome'),

  rej('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for your interest in the position of Youth Activities Host aboard Oceanic Serenade.

Due to a change in the ship's itinerary for the 2025/26 season, the onboard youth programme will not run on this vessel, and the position has been cancelled. We are therefore unable to continue with your application.

Kind regards,
Crew Talent Team
Bellmare Cruise Holdings`, 'Youth Activities Host - position cancelled'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Mr Osei,

Thank you for attending an interview for the role of Legal Adviser (Magistrates' Courts), South Wales, on 2 April 2025.

The panel has now completed its assessment of all candidates. I regret to tell you that on this occasion other candidates more closely met the requirements of the role, and you have not been successful.

Thank you for the interest you have shown.

Yours sincerely,
Recruitment Hub
Courts and Tribunals Service`, 'Legal Adviser (Magistrates Courts) - interview result'),

  rej('assessment', ['generic'], {},
    `Hi Bethany,

Thank you for completing the online numerical and situational judgement tests for Junior Product Developer at Harland Petfoods.

We have now reviewed all candidates and have decided to progress with other applicants.

Thank you for your time and effort.

Harland Petfoods Early Careers
Powered by Workday`, 'Junior Product Developer - update'),

  rej('interview', ['overqualified'], { ...fb },
    `Dear Ms. Okwuosa,

Thank you for interviewing for the Instructional Aide position at Harborview Elementary on Tuesday.

The committee enjoyed speaking with you. After discussion, we felt that with your master's degree in special education and eleven years as a lead classroom teacher, this aide position, which works under the direction of a classroom teacher and does not involve planning instruction, would not make use of your experience. We will not be offering you the position.

We wish you the best.

Sincerely,
Teresa Nguyen, Principal
Harborview Elementary School
Coastline Unified School District`, 'Instructional Aide - Harborview Elementary'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Dr Mbeki,

Thank you for your application for Veterinary Surgeon - Small Animal at Fenwick & Rowe Veterinary Practice, Norwich.

We have looked at your application carefully. Unfortunately we are not able to take it forward, for two reasons. First, you are not yet registered with the Royal College of Veterinary Surgeons, and the statutory membership examination would need to be passed before you could practise in the UK. Second, we are not a licensed visa sponsor, and your application indicates you would need sponsorship to work here.

With best wishes for your career,

Jane Ellery MRCVS
Practice Principal
Fenwick & Rowe Veterinary Practice`, 'Veterinary Surgeon application'),

  rej('screen', ['role_closed'], { ...door },
    `Dear Florian,

Thank you for your time on the telephone last Wednesday regarding the Regional Sales Manager, DACH, role.

Following an internal reorganisation, the Maison has decided to manage the DACH wholesale accounts from Geneva, and the Munich-based position we discussed will not be filled. I am therefore unable to take your application further.

I enjoyed our conversation and I will keep your CV on file. If a suitable opening arises I will contact you.

Meilleures salutations,
Laure Dufaux
Talent Acquisition
Maison Vautier Horlogerie SA`, 'Regional Sales Manager DACH'),

  rej('final', ['position_filled'], { ...door, ...offered },
    `Hey Mina,

Wanted to write this myself rather than have it come from the ATS.

We made an offer for the Head of Payload Operations role to another finalist on Monday and they signed yesterday. You were one of the last two, and that's not something I say to be nice.

If you want to hear what tipped it, grab 30 mins in my calendar and I'll walk you through it, no sugar-coating. And I'd like to keep talking. We're hiring a second payload lead once the constellation goes past twelve satellites, probably Q1, and I'd reach out to you first.

Thanks for all the time you put in, including the whole day in Leiden.

Jeroen
CEO & co-founder, Zephyr Orbital`, 'Head of Payload Ops'),

  rej('application', ['generic'], {},
    `Hi Tamsin,

Thanks for your interest in the Retail Sales Associate position at Oakhaven Chocolate Co. Unfortunately, we've decided not to move forward with your application at this time.

Thanks,
Oakhaven Chocolate Co.

---
This email was sent by Breezy HR on behalf of Oakhaven Chocolate Co.`, 'Your application to Oakhaven Chocolate Co.'),

  rej('interview', ['salary'], { ...fb },
    `Dear Ms Keane,

Thank you for meeting with myself and our operations director on Thursday about the Funeral Director post in our Cork branch.

We were keen to move forward. However, when we discussed terms you said you would not consider less than €58,000. The budget for the post is €46,000 plus on-call allowance, and we are not in a position to increase it. With regret, we will therefore not be progressing your application.

Yours sincerely,
Declan O'Riordan
General Manager
O'Riordan & Hegarty Funeral Directors`, 'Funeral Director - Cork'),

  rej('application', ['internal_candidate'], {},
    `Dear Ruth,

Thank you for applying for the Wind Technician Supervisor vacancy at our Whitelee-on-Tay site (Job ID 77214).

We have appointed a current member of the site team to this role and will not be taking external applications forward.

Thank you for your interest.

Talent Acquisition
Cairnmoor Renewables

This message was generated by SAP SuccessFactors. Please do not reply.`, 'Wind Technician Supervisor (Job ID 77214)'),

  rej('interview', ['culture_fit', 'position_filled'], {},
    `Hi Ryan,

Thanks for coming in to meet the team for the Social Media Producer role at Harbourside Athletic.

We've decided not to take your application further. After meeting everyone, the panel felt another candidate would be a better fit with the team and how we work on matchdays, and they've now accepted our offer.

Cheers,
Aoife Brennan
Media Manager, Harbourside Athletic FC`, 'Social Media Producer'),

  rej('application', ['profile_mismatch'], {},
    `Hi Jonas, thanks for applying to Circulon Materials for the Process Engineer role. We reviewed your application and unfortunately your profile does not match what we're looking for. Best, Circulon Materials Team · Sent via Recruitee`, 'Circulon Materials - Process Engineer'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Liang,

Thank you for completing the technical drawing task for the Building Services Design Engineer role at Pellow Arkwright Consulting Engineers.

Our technical director has now reviewed your submission. The ductwork layout itself was reasonable, but the heat loss calculations had not been done to CIBSE Guide A, and the drawing was produced in AutoCAD 2D rather than Revit MEP as requested. This confirmed that you don't yet have the Revit MEP experience the role asks for, and overall the task did not reach the standard we need.

We will therefore not be inviting you to interview.

Kind regards,
Sophie Marchetti
Resourcing Partner
Pellow Arkwright Consulting Engineers Ltd`, 'Building Services Design Engineer - technical task'),

  rej('application', ['location'], { ...fb },
    `Dear Applicant,

Thank you for your application for the Bar Server position with Bellmare Cruise Holdings.

Please note that this recruitment campaign is open only to candidates who are nationals of, and resident in, the Philippines, Indonesia or India, as it is run through our licensed manning agencies in those countries. We are therefore unable to consider your application.

Regards,
Crew Talent Team
Bellmare Cruise Holdings`, 'Bar Server application'),

  rej('final', ['overqualified'], { ...fb, ...door },
    `Dear Pierre,

Thank you for coming to Bruges for the final meeting with our founders for the Head Chocolatier position.

We enjoyed tasting your pralines and talking with you, and this was a hard decision. In the end Luc and Anneke felt that, after twelve years running the production kitchen of a house with three boutiques and forty staff, you would find our atelier, with two chocolatiers and one shop, too small a stage, and would want more than we can offer in the next few years.

We would really like to stay in contact. If we open our second shop in Ghent as planned, we would love to talk with you again about leading production there.

Warm regards,
Anneke Devos
Co-founder, Atelier Devos Chocolatiers`, 'Head Chocolatier'),

  rej('interview', ['generic'], { ...offered },
    `Dear Matthias,

Thank you for attending the interview for the post of Orchestra Librarian at the Northbridge Philharmonic on 14 May.

I am sorry to tell you that on this occasion you have not been successful.

If you would find it helpful to receive feedback on your interview, please contact me and I will arrange this.

With best wishes,

Imogen Hartley
Orchestra Manager
Northbridge Philharmonic Orchestra
Registered Charity No. 1098742`, 'Orchestra Librarian'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Ms Sørensen,

Thank you for your application for the role of Tribunal Judge (Fee-Paid), Social Entitlement Chamber.

The eligibility criteria for this role require candidates to hold a relevant legal qualification and to have at least five years' post-qualification experience. From the information in your application, you qualified as a solicitor in 2022, and you therefore do not meet the minimum post-qualification experience requirement. We are unable to consider your application further.

Yours sincerely,
Selection Exercise Team
Judicial Appointments Secretariat`, 'Selection exercise 025 - eligibility'),

  rej('interview', ['internal_candidate', 'role_closed'], {},
    `Hi Priya,

Thanks for interviewing for the Commercial Manager role at Circulon Materials a couple of weeks ago.

I'm sorry to say that the business has decided not to recruit for this role after all. The commercial team is being restructured, and the role is being absorbed by one of our existing account managers, who will step up into it. That means we won't be progressing your application.

Thanks again for your time,
Kate Brewer
Talent Partner, Circulon Materials`, 'Commercial Manager - update'),

  rej('application', ['generic'], { ...door },
    `Hi Niamh,

Thank you for applying for Business Development Executive at Corraun Recycling Solutions.

We have now reviewed all the applications we received, and we are sorry to let you know that we won't be taking yours forward this time.

We'd love you to keep an eye on our careers page and apply again if you see another role that interests you.

Best wishes,
Corraun Recycling Solutions

Powered by Pinpoint`, 'Your application to Corraun Recycling Solutions'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Gabriel,

Thanks for jumping on the phone with me on Thursday.

I spoke with Dr. Reyes, the hiring manager, after our call. The Thermal Engineer role needs hands-on Thermal Desktop and SINDA/FLUINT modelling, plus thermal vacuum test experience on flight hardware, and from our conversation it sounds like your thermal work so far has been in automotive, in ANSYS, without any TVAC. So we're going to pass on moving you forward to the technical interviews.

Best of luck,
Kayla Simmons
Technical Recruiter, Helios Forge Space`, 'Thermal Engineer - update'),

  rej('interview', ['position_filled', 'profile_mismatch'], {},
    `Dear Mrs Ashworth,

Thank you for coming to see us for an interview for the position of Funeral Service Operative.

We have now offered the position to a candidate whose experience more closely matched what we were looking for, and they have accepted.

We thank you for your interest and wish you well.

Yours sincerely,
Graham Nuttall
Nuttall & Sons Funeral Service, Rochdale`, 'Funeral Service Operative'),

  rej('application', ['salary', 'location'], { ...fb },
    `Hi Rahul,

Thanks for your application for Senior Pet Nutritionist at Greenbowl Pet Foods.

Unfortunately we won't be moving forward. In your application you noted that you'd need the role to be fully remote from Pune and a salary of around £75,000. The role is hybrid with three days a week at our Leeds R&D kitchen, and the budget is £52,000 to £58,000, so we don't think we can make this work.

Best regards,
Greenbowl Pet Foods Recruitment Team
Workable`, 'Senior Pet Nutritionist'),

  rej('interview', ['skills_gap', 'culture_fit'], { ...fb },
    `Hi Zoe,

Following up on your interview with Dr Hughes last week. Sorry for the slight delay.

We won't be taking your application for Clinical Veterinary Nurse (Night Team) forward. Two things came out of the interview: the night team runs without a vet on site for long stretches, and we need someone who has already placed intravenous catheters and run anaesthesia monitoring on their own, which you said you haven't done yet. And the team felt that your preference for a fixed daytime routine would sit uneasily with a rota that changes every week.

Wishing you the best,
Abi Turner
Practice Manager
Vetlink 24/7 Hospital, Leicester`, 'Clinical Veterinary Nurse - Nights'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Kwesi,

Thanks again for making the trip to Milton Keynes for your interview for Call Centre Operations Manager last Tuesday.

I'll get straight to it. The panel have decided to go with another candidate whose experience was a closer match for the role.

Feedback is available if you'd like it - just reply to this email and I'll arrange a call with Jo, who led the panel.

Regards,
Sam Clarke
Senior Recruiter
Tandem Resourcing, on behalf of Linkway Customer Services

> On 2 Apr 2025, at 10:02, Kwesi Boateng wrote:
> Hi Sam, just checking in on the Operations Manager role - have the panel made a decision yet? Thanks, Kwesi`, 'Re: Linkway - Ops Manager'),

  hold('interview', ['role_closed'], {},
    `Hi Ines,

A quick and honest update on the Systems Engineer role. Our Series B has taken longer to close than we planned, and the board has asked us to pause all new hiring until it does, which we hope will be within six to eight weeks.

This is not a no. The team enjoyed your interviews last week, your application stays open, and once hiring is back on I'd like to pick up exactly where we left off.

Thanks for your patience,
Lukas Brandt
Head of People, Orbitalis Space Systems`, 'Systems Engineer - hiring pause'),

  hold('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying for Certified Substitute Teacher (2025-26 School Year) with Cedar Bluff Unified School District.

Due to the very high number of applications received, screening is taking longer than usual. Your application is still active and is being reviewed. We expect to contact applicants about next steps by May 30.

Office of Human Resources
Cedar Bluff Unified School District`, 'Application status: Certified Substitute Teacher'),

  hold('final', ['generic'], {},
    `Dear Amelia,

Thank you for your patience following your final meeting in London with our Managing Director.

I wanted to let you know that our decision on the Brand Manager, UK & Ireland position has been delayed, as our President has been travelling and the final sign-off has not yet taken place. You remain under active consideration and we hope to give you an answer within the next ten days.

Kind regards,
Charlotte Mayhew
HR Manager UK
Manufacture Arcadier (UK) Ltd`, 'Brand Manager UK & Ireland - update'),

  // ── Part two: one inbox (Kiera Doucette, fisheries observer in Halifax moving into environmental consulting and ESG data)
  other(`EcoCareers Canada - Job Alert

Hi Kiera, here are 6 new jobs matching "environmental consultant" within 50 km of Halifax, NS:

• Junior Environmental Scientist - Brannock Kerr Engineering - Halifax, NS - Posted 2 days ago
• Marine Environmental Scientist - Tidewater Environmental Consulting - Dartmouth, NS - Posted 3 days ago
• Environmental Technician (Seasonal) - Greyfin Aquaculture - Shelburne, NS - Posted 5 days ago
• Field Biologist - Saltwater Environmental Ltd. - Halifax, NS - Posted 1 week ago
• Environmental Coordinator - Halifax Harbour Authority - Halifax, NS - Posted 1 week ago
• GIS Technician - Coastline Engineering Group - Bedford, NS - Posted 1 week ago

View all jobs | Edit this alert | Unsubscribe
EcoCareers Canada, 308 - 1550 Bedford Hwy, Bedford NS B4A 1E6`, 'New jobs for "environmental consultant" near Halifax'),

  other(`Hi Kiera Doucette,

Thank you for applying to Brannock Kerr Engineering.

We have received your application for Junior Environmental Scientist (R-20457), Halifax, NS. Our talent acquisition team will review your qualifications and contact you if your experience matches the requirements of the role.

You can check the status of your application at any time by signing in to your Candidate Home account.

Thank you,
Brannock Kerr Talent Acquisition

This is a system-generated message. Please do not reply.`, 'Brannock Kerr - Application Received: Junior Environmental Scientist (R-20457)'),

  other(`Hi Kiera,

Thanks for applying for the ESG Data Analyst role at Harbourline ESG Analytics! We've received your application and our team will review it over the next couple of weeks.

In the meantime, feel free to check out our blog to learn more about how we help asset managers make sense of company sustainability disclosures.

Cheers,
The Harbourline Team
Toronto · Remote across Canada

Sent with Lever`, 'Thanks for applying to Harbourline ESG Analytics'),

  rej('application', ['generic'], {},
    `Dear Kiera Doucette,

Re: Requisition 25-01177, Analyst, Sustainable Finance - Halifax, NS

Thank you for your interest in a career with Maritime Provincial Bank and for taking the time to apply for the above position.

We have received a significant number of applications from many well-qualified candidates. After careful review, we have selected candidates who will proceed to the next stage of the selection process, and we regret to inform you that your application has not been selected.

We sincerely appreciate your interest in Maritime Provincial Bank and wish you success in your career.

Sincerely,

Talent Acquisition
Maritime Provincial Bank

Please do not reply to this message; this mailbox is not monitored. To review your applications, sign in to the Maritime Provincial Bank Career Section (Taleo).`, 'Your application with Maritime Provincial Bank'),

  other(`Welcome to the Arden Whitlock Talent Community, Kiera!

Thank you for joining our talent community. As a member, you'll receive updates on career opportunities in sustainability, climate and ESG advisory that match the interests you've shared with us, as well as invitations to virtual recruiting events.

Your preferences:
Areas of interest: Sustainability & Climate Change; Environmental Risk
Locations: Halifax, NS; Remote - Canada

You can update your preferences or unsubscribe at any time.

Arden Whitlock & Partners LLP
Talent Acquisition - Canada`, 'Welcome to the Arden Whitlock Talent Community'),

  other(`Hi Kiera,

Thanks for applying to the Marine Environmental Scientist role at Tidewater Environmental. I'm the recruiter supporting the team, and I'd like to set up a 20-30 minute phone call to learn more about your background and tell you a bit about the role.

Would any of these work for you (Atlantic time)?
- Tuesday, January 21, 10:00 or 14:00
- Wednesday, January 22, 11:30
- Thursday, January 23, 09:00

Looking forward to chatting.

Best,
Jenna MacIsaac
Talent Acquisition Specialist
Tidewater Environmental Consulting Ltd.
202 Brownlow Ave, Dartmouth, NS B3B 1T5 | 902-555-0183`, 'Tidewater Environmental - phone call?'),

  rej('application', ['skills_gap'], { ...fb },
    `Bonjour Kiera,

Thank you for your interest in the Data Research Analyst, Sustainability position at Clearwell Data.

This position requires full professional proficiency in both French and English, as analysts review disclosures and engage with issuers in both languages. Your application indicates that your French is at a basic level, so unfortunately we are unable to move forward with your candidacy.

We thank you for your interest in Clearwell Data.

Cordialement / Best regards,
Acquisition de talents | Talent Acquisition
Clearwell Data Inc.
1100, boul. René-Lévesque O., Montréal (Québec)`, 'Clearwell Data - Data Research Analyst, Sustainability'),

  other(`Hi Kiera,

So sorry to do this - our hiring manager has been called away to a site visit in Sydney on Wednesday, and I'd like her to sit in on our call if possible. Could we move our chat from Wednesday at 11:30 to Thursday, January 23 at 2:00 pm Atlantic? Same number.

If that doesn't work, let me know a couple of times that do and I'll make it happen.

Thanks for your flexibility!
Jenna

Jenna MacIsaac | Talent Acquisition Specialist
Tidewater Environmental Consulting Ltd.`, 'Re: Tidewater Environmental - phone call?'),

  other(`Hi Kiera,

Thanks for your interest in the ESG Data Analyst role! We enjoyed reading your application and would like to invite you to the next step: a short take-home exercise.

What it involves:
- The attached workbook contains reported greenhouse gas emissions for 40 fictional facilities over three years, plus a short emission factors table.
- Clean the data (there are a few deliberate problems in it), calculate Scope 1 and Scope 2 totals per company, and flag anything you think an analyst should check with the company.
- Write up your approach in no more than one page.

You can use whatever tools you like (Excel, R, Python...). Please send your work back within 72 hours of receiving this email. It should take around 3 hours; please don't spend more than 4.

Any questions, just reply here.

Best,
Priya Raman
Talent Partner, Harbourline ESG Analytics

Attachment: Harbourline_ESG_exercise_v3.xlsx`, 'Harbourline - next step: take-home exercise'),

  other(`Hi Kiera Doucette,

The status of your application for Junior Environmental Scientist (R-20457) has changed.

Current status: Under Review

No action is needed from you at this time. Sign in to Candidate Home to view your application.

Brannock Kerr Talent Acquisition
This is a system-generated message. Please do not reply.`, 'Your application status has been updated'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Kiera,

Thank you for your interest in Arden Whitlock & Partners and for applying for the position of Sustainability Associate, Climate & Sustainability Services (Job ID 118842).

After careful review of your application, we have decided not to move forward, as other candidates' qualifications more closely match the requirements of this position.

As a member of our Talent Community, you will continue to receive notifications of roles that match your interests, and we encourage you to apply for any future positions for which you feel qualified.

Kind regards,

Arden Whitlock & Partners LLP
Talent Acquisition - Canada

This email was sent from an unmonitored account.`, 'Arden Whitlock: update on Job ID 118842'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Kiera,

Thanks for sending back the exercise so promptly, and for the clear write-up.

The team has reviewed it and we've decided not to move forward to interviews. To give you something useful: the data cleaning was careful and you caught the duplicated facility IDs. However, Scope 2 was double-counted for the three companies that reported both location-based and market-based figures, and the kWh to MWh conversion wasn't applied in one of the years, so several totals came out roughly a thousand times too high. Those are the kinds of errors this role has to catch.

We'd really like to see you apply again as you build up more experience with GHG accounting; we hire analysts a couple of times a year.

Best,
Priya Raman
Talent Partner, Harbourline ESG Analytics`, 'Harbourline - your take-home exercise'),

  other(`Hi Kiera,

Thank you for your time on the phone on Thursday. Shauna and I enjoyed learning about your years at sea as an observer, and we'd like to invite you to a panel interview for the Marine Environmental Scientist position.

Details:
Date: Wednesday, February 5
Time: 10:00 - 11:15 am (Atlantic)
Location: our Dartmouth office, 202 Brownlow Ave, 3rd floor (parking in the back lot)
Panel: Shauna Bent (Senior Marine Scientist, hiring manager), Dr. Omar Haddad (Principal, Environmental Assessment) and me

The interview will be a mix of technical and behavioural questions. Please bring an example of a report or dataset you've worked on that you are able to share, and be ready to talk us through it for about 10 minutes.

Please confirm by replying to this email.

Best,
Jenna MacIsaac
Talent Acquisition Specialist
Tidewater Environmental Consulting Ltd.`, 'Interview invitation - Marine Environmental Scientist'),

  other(`Hi Kiera,

I came across your profile and your experience as a certified at-sea fisheries observer caught my eye. I'm recruiting for a client who provides Protected Species Observers (PSO) and Marine Mammal Observers for offshore wind site surveys and geophysical programs off Nova Scotia and New England.

The contracts are rotational (typically 28 days on / 28 off), day rate depends on certifications, and they're keen on people with real sea time and comfort with data logging. BOSIET or equivalent is a plus but can be arranged.

Would you be open to a quick call this week to hear more? No pressure either way.

Cheers,
Dev Malhotra
Senior Consultant, Energy & Environment
Bluenose Talent Partners
Halifax | St. John's | Boston
M: 902-555-0119`, 'PSO / MMO contracts - offshore surveys'),

  hold('application', ['role_closed'], {},
    `Dear Kiera Doucette,

Competition #: ACSA-2025-0044 - Coastal Monitoring Biologist

Thank you for your application for the above competition.

Please be advised that, as a result of the current review of provincial expenditures, a temporary hiring restriction is in place and this competition has been placed on hold. No decision has been made on any application, and your application will remain active.

We will contact you if and when the competition resumes. We appreciate your patience and understanding.

Staffing Services
Atlantic Coastal Stewardship Agency`, 'Competition ACSA-2025-0044 - on hold'),

  other(`Atlantic Marine Science Network - February Digest

In this issue
- Call for abstracts: Atlantic Fisheries Science Symposium (Moncton, May 14-16). Deadline March 7.
- Member spotlight: three years of eelgrass monitoring in the Bras d'Or Lakes.
- Webinar, Feb 19: "From sea days to spreadsheets - careers in marine data" with speakers from industry, government and consulting.
- Job board highlights: 14 new postings this month, including roles in environmental assessment, aquaculture compliance and ocean data management.

Members can log in to view the full job board.

You are receiving this because you are a member of the Atlantic Marine Science Network. Update your preferences | Unsubscribe`, 'AMSN February Digest'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Kiera,

Thank you for coming in to meet Shauna, Omar and me on Wednesday, and for walking us through your observer trip data. The panel really enjoyed the conversation.

Unfortunately we've decided not to move forward with your application for the Marine Environmental Scientist role. The main reason is that the person in this role will be drafting sections of environmental assessment registration documents from their first month, mostly on their own, and also doing their own mapping in ArcGIS Pro. From the interview, your experience with EA documents is limited to reading them, and your GIS work has been in QGIS for personal projects. The successful candidate has done both on real projects.

Shauna has offered to have a 20-minute call with you to share the panel's feedback in more detail, if you'd find that useful. Just let me know.

Best,
Jenna MacIsaac
Talent Acquisition Specialist
Tidewater Environmental Consulting Ltd.`, 'Marine Environmental Scientist - update'),

  other(`Hi Kiera,

Thanks for applying to Kestrel Carbon! We've received your application for Carbon Data Analyst and our team is reviewing it.

We aim to get back to every applicant within 10 business days.

- The Kestrel Carbon team

Kestrel Carbon Inc. · Remote-first · Canada
Sent with Ashby`, 'Thanks for applying to Kestrel Carbon'),

  other(`Hi Kiera,

Thanks for your interest in the Carbon Data Analyst role! We'd love to set up a 30-minute intro call with Malik, our data lead.

Please pick a time that works for you using the link below:
https://app.ashbyhq.example/kestrelcarbon/interview/8f21c

The call will be on Google Meet. There's no need to prepare anything; we'll just talk through your background and what the role looks like day to day.

Talk soon,
Hana
Recruiting Coordinator, Kestrel Carbon`, 'Schedule your intro call with Kestrel Carbon'),

  rej('application', ['location'], { ...fb },
    `Dear Kiera,

Thank you for applying for the position of Climate Risk Data Analyst at Northern Shield Insurance.

This position follows our hybrid model and requires the successful candidate to work from our Toronto head office at least three days each week. Your application indicates that you are based in Halifax and not looking to relocate, and we are unable to make an exception to the in-office requirement for this role. As a result, we will not be moving forward with your application.

We appreciate the time you took to apply.

Sincerely,
Talent Acquisition
Northern Shield Insurance Company of Canada

Powered by Workday`, 'Northern Shield Insurance - Climate Risk Data Analyst'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Kiera,

Thanks for taking the time to chat with Malik on Monday. He really enjoyed hearing about your work at sea.

After discussing with the team, we've decided not to move forward. This role involves writing production SQL and Python every day inside our dbt pipelines, and from your conversation it sounds like your experience so far is mostly in Excel and R for analysis, with some beginner Python. We need someone who can work independently in our codebase from the first few weeks.

Thanks again for your interest in Kestrel Carbon.

Hana
Recruiting Coordinator, Kestrel Carbon`, 'Kestrel Carbon - Carbon Data Analyst'),

  other(`Dear Kiera,

Thank you for accepting our invitation. This is to confirm your interview for the position of Marine Survey Scientist (Benthic).

Date: Tuesday, March 4, 2025
Time: 1:30 pm Atlantic
Format: Microsoft Teams (link below)
Interviewers: Dr. Lise Arsenault, Survey Science Manager; Colin Barkhouse, Operations Lead

Part of the interview will include a short identification exercise using photographs of benthic fauna from a recent Scotian Shelf survey. No preparation is needed.

Join Microsoft Teams meeting: https://teams.microsoft.example/l/meetup-join/19%3ameeting_SSMS

Kind regards,
Natalie Wournell
HR Coordinator
Scotian Shelf Marine Surveys Inc.`, 'Interview confirmation - Marine Survey Scientist (Benthic)'),

  other(`Hi Kiera,

Great talking earlier. As promised, I've put your profile forward to my client, Sable Offshore Wind, for the Fisheries Liaison Officer role. I've highlighted your observer experience on snow crab and groundfish boats and your relationships with the harbour authorities on the Eastern Shore.

Their hiring manager is away until Monday, so realistically you'll hear from me mid-next week about whether they want to set up an interview.

Cheers,
Dev

Dev Malhotra
Senior Consultant, Energy & Environment
Bluenose Talent Partners`, 'Your profile - Sable Offshore Wind'),

  rej('application', ['generic'], { ...door },
    `Dear Kiera Doucette,

Greetings from Ecoterra Ratings!

Thank you for showing interest in the position of ESG Research Analyst (Req. No. ETR/2025/0312) with our Global Research Centre.

We have carefully gone through your profile. We regret to inform you that your profile has not been shortlisted for the next round of the selection process for this position.

We shall retain your resume in our database and will get in touch with you should a suitable requirement arise in future.

We wish you all the very best in your endeavours.

Warm Regards,
Talent Acquisition Team
Ecoterra Ratings Pvt. Ltd.
Embassy Tech Village, Outer Ring Road, Bengaluru - 560103

This is a system generated mail. Kindly do not reply.`, 'Update on your application - ESG Research Analyst'),

  other(`Dear Kiera,

Thank you again for taking part in the interviews for the Marine Survey Scientist (Benthic) position, including Thursday's final interview with our President.

We're now at the stage of checking references for our final candidates. Could you please send me the names, job titles, phone numbers and email addresses of two professional references, ideally including a current or recent supervisor? With your permission, we will contact them in the next few days.

Many thanks,
Natalie Wournell
HR Coordinator
Scotian Shelf Marine Surveys Inc.`, 'Reference request - Marine Survey Scientist'),

  rej('final', ['position_filled'], { ...offered },
    `Dear Kiera,

Thank you for your patience over the past few weeks, and thank you as well to your references, who were very generous with their time.

I'm writing to let you know that we have offered the Marine Survey Scientist (Benthic) position to another candidate, who has accepted. It was a close decision between the final candidates.

If you would like feedback on your interviews, Dr. Arsenault would be happy to speak with you. Please reply to arrange a time.

Kind regards,
Natalie Wournell
HR Coordinator
Scotian Shelf Marine Surveys Inc.`, 'Marine Survey Scientist (Benthic) - decision'),

  other(`Jobs you might be interested in, Kiera

ESG Data Specialist - Tidelight Power - Halifax, NS (Hybrid)
Environmental Monitoring Officer - Bayfront Salmon Farms - Digby, NS
Sustainability Reporting Analyst - Eastport Seafoods - Lunenburg, NS
Fisheries Program Analyst - Ocean Wild Canada - Remote (Canada)

Based on your profile and recent searches.
See all jobs · Change alert settings

You're receiving this email because you turned on job alerts.`, '4 new jobs for you: ESG Data Specialist and more'),

  hold('interview', ['role_closed'], {},
    `Hi Kiera,

I wanted to give you an update after your interview with Sable's team two weeks ago.

The federal impact assessment timeline for the project has been pushed back, and Sable have told me they're pausing hiring for the Fisheries Liaison Officer role until they have a clearer picture, probably in six to eight weeks. They were clear that this is a pause and not a decision on candidates: you're still on their list and they want to pick it up with you when things move again.

I'll keep on top of it and let you know as soon as I hear anything.

Cheers,
Dev`, 'Sable Offshore Wind - update'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Kiera,

Thank you for applying for the Environmental Technician (Seasonal) position at Greyfin Aquaculture.

We appreciate your interest, but we won't be taking your application forward for this one. It's an entry-level, seasonal position focused on water sampling and net-pen inspections, and your experience is well beyond what it needs.

We will be posting an Environmental Compliance Coordinator role in the spring that is much closer to your level, and we'd encourage you to apply for it.

Best regards,
Heather Nickerson
HR Generalist
Greyfin Aquaculture Ltd.
Shelburne, NS`, 'Environmental Technician (Seasonal)'),

  other(`Good news, Kiera - an employer viewed your application

Halifax Harbour Authority viewed your application for Environmental Coordinator.

Employers often review many applications before reaching out. We'll let you know if there are any updates.

View application · Find similar jobs

You received this email because you applied through our job board.`, 'Your application was viewed'),

  other(`Dear Kiera,

Thank you for your application for Environmental Coordinator (Job ID 2025-0217) with Halifax Harbour Authority.

We confirm that your application has been received. Applications will be reviewed after the posting closes on March 14, 2025. Only candidates selected for further consideration will be contacted.

You can view your application at any time through the Career Portal.

Human Resources
Halifax Harbour Authority
1215 Marginal Road, Halifax, NS

Powered by iCIMS`, 'Application received - Environmental Coordinator (2025-0217)'),

  other(`Dear Kiera,

Thank you for your interest in the Environmental Coordinator position. We are pleased to invite you to the next stage of the selection process, a written exercise.

The exercise will be sent to you by email at 9:00 am Atlantic on Tuesday, March 25, and must be returned by 10:30 am the same day (90 minutes). It will ask you to review a short spill incident report and an environmental monitoring summary for a terminal expansion, and to prepare a briefing note for the Director of Operations.

Please confirm your availability by replying to this message by Friday. If you require accommodation at any stage of the selection process, please let us know.

Regards,
Michelle Boutilier
Human Resources Advisor
Halifax Harbour Authority`, 'Environmental Coordinator - written exercise'),

  rej('assessment', ['assessment'], {},
    `Dear Kiera,

Thank you for completing the written exercise for the Environmental Coordinator position (Job ID 2025-0217).

All submissions have been marked by the selection board. We regret to inform you that your result did not meet the pass mark required to proceed to the interview stage.

Due to the number of candidates, we are unable to provide individual feedback on written exercises.

We thank you for your interest in Halifax Harbour Authority.

Human Resources
Halifax Harbour Authority`, 'Environmental Coordinator - written exercise result'),

  other(`Hi Kiera,

Your application for Sustainability Reporting Analyst at Eastport Seafoods is now under review by the hiring team.

What happens next? If your profile matches what the team is looking for, a member of the team will reach out to you to discuss next steps. Please note that this can take a few weeks.

Thank you for your patience!
Eastport Seafoods Talent Acquisition

This message was sent by SmartRecruiters on behalf of Eastport Seafoods Ltd. Lunenburg, Nova Scotia.`, 'Your application is under review'),

  other(`Hi Kiera,

We've reviewed your application for Junior Environmental Scientist (R-20457) and we'd like to invite you to an interview with the Halifax Environment team.

Format: Microsoft Teams, 60 minutes
Interviewers: Rachel Conrod, P.Geo., Team Lead - Environmental Services; Sean Gillis, Senior Biologist
Structure: about 30 minutes of technical questions (field programs, sampling, data QA/QC), followed by behavioural questions

Please use the link below to choose a time slot that suits you between April 8 and April 11.

Select your interview time: https://brannockkerr.wd3.example/scheduling/R-20457

Best regards,
Amanda Pothier
Talent Acquisition Partner - Atlantic Canada
Brannock Kerr Engineering`, 'Interview invitation - Junior Environmental Scientist'),

  other(`Hi Kiera,

Thank you for speaking with Rachel and Sean yesterday. They enjoyed the conversation.

We're finishing the last interviews for this role this week, and the team will be meeting to discuss all candidates early next week. I'll be in touch with you by Friday, April 18, either way.

Thanks again,
Amanda Pothier
Talent Acquisition Partner - Atlantic Canada
Brannock Kerr Engineering`, 'Thank you - Junior Environmental Scientist'),

  rej('interview', ['internal_candidate'], {},
    `Hi Kiera,

As promised, I'm following up on the Junior Environmental Scientist role.

The team has decided to go with someone already at Brannock Kerr: a technologist on our Halifax field crew who has applied to move across into the environmental science group. I know that's disappointing to hear after a good interview.

Thank you for the time you gave us.

Kind regards,
Amanda Pothier
Talent Acquisition Partner - Atlantic Canada
Brannock Kerr Engineering`, 'Junior Environmental Scientist (R-20457) - update'),

  rej('interview', ['position_filled', 'profile_mismatch'], {},
    `Hi Kiera,

Thank you for interviewing with us for the Sustainability Reporting Analyst role at Eastport Seafoods, and for your patience since our conversation.

We have now offered the role to a candidate whose background was a closer match for the position, and they have accepted our offer.

We appreciate your interest in Eastport Seafoods.

All the best,
Colleen Hirtle
People & Culture Manager
Eastport Seafoods Ltd., Lunenburg, NS`, 'Sustainability Reporting Analyst - update'),

  other(`Hi Kiera,

Thanks for applying for the position ESG Analyst at Northline Sustainability Partners! We have received your application and will review it as soon as possible.

We'll get back to you within two weeks. Meanwhile, you're welcome to read more about us and our work with Atlantic Canadian companies on our careers page.

Best regards,
Northline Sustainability Partners

This message was sent with Teamtailor. You can delete your data at any time.`, 'Thanks for your application to Northline Sustainability Partners'),

  rej('application', ['role_closed'], {},
    `Dear Ms. Doucette,

Thank you for applying for the Research Technician (Marine Ecology) position at the Fundy Tidal Research Centre.

I regret to let you know that the federal funding for the project this position was to support was not renewed in the latest funding round. As a result the position has been cancelled and we will not be proceeding with any applications.

We apologize for the inconvenience, and thank you for your interest in our work.

Sincerely,
Dr. Paul LeBlanc
Research Director
Fundy Tidal Research Centre
Parrsboro, NS`, 'Research Technician (Marine Ecology) - position cancelled'),

  other(`Hi Kiera,

Thank you for your application for the ESG Analyst role. We'd like to invite you to a first interview with Aoife Gallant (Senior Manager, ESG Advisory) and Thomas Ng (Data Lead).

When: Thursday, May 1, 3:00 - 3:45 pm (Atlantic)
Where: Google Meet - link to follow in a calendar invite
What to expect: a conversation about your background, why you're interested in ESG work and how you approach working with data. There is no technical test at this stage.

Please reply to confirm, or let us know if you need a different time.

Kind regards,
Hayley Sampson
Operations & People Coordinator
Northline Sustainability Partners
1801 Hollis St, Suite 900, Halifax, NS`, 'Northline - invitation to first interview'),

  rej('screen', ['salary'], { ...fb },
    `Hi Kiera,

Thanks again for the phone call on Tuesday about the Fisheries Program Analyst position at Ocean Wild Canada. I really enjoyed hearing about your time at sea, and it's exactly the kind of experience our fisheries team values.

I've talked it over with our Director of Fisheries. As we discussed on the call, the salary range for this role is $58,000 to $63,000, set by our funding agreements, and you mentioned you would be looking for around $78,000. We're not able to get close to that, so I'm afraid we won't be moving forward with your application.

I'm sorry it's not a different answer. Thank you for your interest in our work.

Warmly,
Sadie Crowell
People & Operations Manager
Ocean Wild Canada
Registered Charity No. 88431 2270 RR0001`, 'Fisheries Program Analyst'),

  other(`Welcome to the Coastline Engineering Group Talent Network!

Hi Kiera,

Thanks for joining our Talent Network. You'll now receive emails about new openings that match the job categories you've selected:
- Environmental Services
- Geomatics & GIS

Tip: Complete your candidate profile so our recruiters can find you more easily.

Coastline Engineering Group
Bedford · Moncton · Saint John · St. John's

Manage your profile | Unsubscribe`, 'Welcome to our Talent Network'),

  rej('application', ['generic'], { ...door },
    `Dear Kiera,

Thank you for your application for Environmental Technologist (Req. 4471) with Coastline Engineering Group.

We received many applications for this position. After careful consideration, we have decided to pursue other candidates at this time.

As a member of our Talent Network, you will continue to receive alerts for new opportunities, and we hope you will consider applying for future roles with Coastline.

Sincerely,
Coastline Engineering Group Talent Acquisition`, 'Coastline Engineering Group - Environmental Technologist'),

  other(`Hi Kiera,

Thank you for a great first interview. Aoife and Thomas would like to invite you to the final stage for the ESG Analyst role.

The final stage is a short case study followed by a 45-minute panel with our two managing partners.

The case: attached is the 2024 sustainability report of a (fictional) mid-sized seafood processor. Please prepare a 10-minute presentation covering (1) the three material ESG topics you would prioritise for this company and why, (2) any data gaps or inconsistencies you notice in their reported figures, and (3) two recommendations for their next reporting cycle. Slides are optional.

Proposed date: Wednesday, May 21, 10:00 am, at our Hollis Street office.

Kind regards,
Hayley Sampson
Operations & People Coordinator
Northline Sustainability Partners

Attachment: Northline_case_Bluewater_Processing_2024.pdf`, 'Northline - final stage and case study'),

  hold('screen', ['role_closed'], {},
    `Hi Kiera,

Quick update on the PSO contract role. You'll remember you had a call with the client's crewing manager last week. Since then they've told me the survey program they were crewing for is on hold while their permit from the regulator is still pending, so they've put all PSO hiring for it on pause.

Nothing's been decided on candidates, and they've asked me to keep you warm. As soon as the permit comes through they'll want to move quickly, so I'll be in touch.

Cheers,
Dev

Dev Malhotra
Senior Consultant, Energy & Environment
Bluenose Talent Partners`, 'PSO contract - on pause'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Kiera,

Thank you for the interview on Friday with Ben and me for the Sustainability Data Associate role.

We've decided not to move forward. I want to be transparent about why, because it had nothing to do with your ability. We're a small, fully remote team spread across five time zones and we work almost entirely in writing, asynchronously, with very little day-to-day guidance. You told us you're looking for a lot of structured, in-person mentoring as you move into this field, which is a reasonable thing to want, but it's not something our setup can give you right now, and we don't think you'd be happy here.

Wishing you all the best with the move into ESG.

Claire
Co-founder & COO, Tern Analytics`, 'Tern Analytics - Sustainability Data Associate'),

  other(`Hi Kiera,

Good news at last. Sable Offshore Wind have the go-ahead on their assessment timeline and they're restarting the Fisheries Liaison Officer hiring.

They'd like to bring you and one other candidate in for a final round at their Halifax office: a 90-minute session with the project director and the head of stakeholder relations, including a short role-play with a "fish harvester" (one of their consultants) about survey vessel conflicts on the fishing grounds.

They've offered Tuesday, June 10 at 1:00 pm or Thursday, June 12 at 9:30 am. Which suits?

Cheers,
Dev`, 'Sable Offshore Wind - back on, final round'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Kiera,

Thank you for your interest in the Environmental Scientist - Contaminated Sites position with Dunmore Geo-Environmental.

This role requires the Environmental Professional (EP) designation and a minimum of five years of experience in Phase I and II environmental site assessments. Based on the information in your résumé, your experience has been in fisheries monitoring rather than site assessment, and you do not yet hold the EP designation. We are therefore unable to consider your application further.

Regards,
Human Resources
Dunmore Geo-Environmental Ltd.
Sent via JazzHR`, 'Your application to Dunmore Geo-Environmental'),

  rej('application', ['position_filled'], { ...door },
    `Hi Kiera,

Thanks for sending your résumé for the Field Biologist job. Unfortunately we hired for that position last week. The posting should have come down sooner, sorry about that.

I'll keep your résumé on file though. We often need extra hands for marine field programs in the summer and fall, and with your sea time you'd be one of the first people I'd call.

Mark Sampson
Principal Biologist
Saltwater Environmental Ltd., Halifax`, 'RE: Field Biologist posting'),

  other(`Hi Kiera,

Apologies for the late change. One of our managing partners has a client meeting that has moved to Wednesday morning, so we need to move your final-stage presentation and panel for the ESG Analyst role.

Would Friday, May 23 at 10:00 am work instead? Everything else stays the same, including the case study.

Sorry for the inconvenience, and thanks for being flexible.

Hayley Sampson
Operations & People Coordinator
Northline Sustainability Partners`, 'Change of time - Northline final stage'),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Hi Kiera,

I've just got off the phone with Sable Offshore Wind about the Fisheries Liaison Officer role, and I'm sorry to say they've chosen the other finalist.

They were honest about why. The role-play went well and the harvesters you know would be an asset. What decided it was that the other candidate has already run fisheries liaison for a seismic survey program, including negotiating compensation with fishing associations and writing the fisheries communication plan for the regulator, and Sable need someone who has done exactly that before survey season starts.

They asked me to tell you they'd like to keep your details and will come back to you for the second FLO position they expect to open when construction starts in 2027. I'll make sure that happens.

Dev

Dev Malhotra
Senior Consultant, Energy & Environment
Bluenose Talent Partners`, 'Sable - decision'),

  rej('interview', ['location', 'salary'], { ...fb },
    `Hi Kiera,

Thank you for interviewing with us on Monday for the ESG Data Analyst position.

After discussion with the hiring team, we won't be moving forward. The team needs this person in our Calgary office four days a week, working closely with operations and reporting, and you let us know you'd need the role to be remote from Halifax. In addition, the salary you're looking for is above the range we've budgeted for this position.

We really appreciate the time you took to meet with us.

Regards,
Talent Acquisition
Prairie Vale Energy Ltd.
Calgary, AB`, 'ESG Data Analyst - Prairie Vale Energy'),

  rej('application', ['profile_mismatch'], {},
    `Hi Kiera Doucette,

Thank you for applying to ESG Data Specialist (R0009931) at Tidelight Power.

After reviewing your application, we have determined that your background does not match the requirements for this position, and we will not be moving forward with your candidacy.

Tidelight Power Talent Acquisition

This is a system-generated message. Please do not reply. Candidate Home | Privacy`, 'Tidelight Power - ESG Data Specialist'),

  rej('interview', ['generic'], { ...offered },
    `Dear Kiera,

Thank you for interviewing with us for the position of Ocean Data Coordinator at the Bedford Basin Ocean Lab.

We were fortunate to have a very strong pool of candidates, and after careful deliberation the committee has decided not to offer you the position.

If you would like feedback on your interview, please feel free to get in touch with me and I would be happy to set up a time to talk.

With best regards,
Dr. Yvonne Comeau
Associate Director, Data & Operations
Bedford Basin Ocean Lab`, 'Ocean Data Coordinator'),

  rej('application', ['internal_candidate'], {},
    `Dear Kiera Doucette,

Competition #: ACSA-2025-0044 - Coastal Monitoring Biologist

We previously advised you that this competition had been placed on hold.

Following the lifting of the temporary hiring restriction, a current Agency employee has been appointed to the position under the provincial redeployment policy, and we will not be proceeding with external applicants for this competition.

Thank you for your interest in employment with the Atlantic Coastal Stewardship Agency.

Staffing Services
Atlantic Coastal Stewardship Agency`, 'Competition ACSA-2025-0044 - closed'),

  rej('screen', ['generic'], {},
    `Hi Kiera, thanks for the call on Wednesday about the Sustainability Coordinator role with my client. I've heard back and they've decided not to take your application further. Best of luck with the search. Natasha, Seaboard Search`, 'Sustainability Coordinator'),

  hold('final', ['generic'], {},
    `Hi Kiera,

Thank you for your presentation and panel on Friday. The partners thought your analysis of the seafood processor's reporting was very thorough.

I wanted to let you know that we won't have a decision by the end of this week as planned. One of our managing partners has been unexpectedly away, and the partners want to make this decision together. We expect to be back in touch by June 13. You are still very much under consideration.

Thanks for your patience,
Hayley Sampson
Operations & People Coordinator
Northline Sustainability Partners`, 'ESG Analyst - timing update'),

  other(`Hi Kiera,

Thank you for applying for Watershed Data Technician with Chebucto Watershed Trust! We have received your application and will be in touch if we'd like to move forward with an interview.

Best,
Chebucto Watershed Trust

Powered by BambooHR`, 'Thank you for applying to Chebucto Watershed Trust'),

  other(`Hi Kiera,

Recently you took part in our hiring process for the Marine Survey Scientist (Benthic) role. We'd be grateful if you could take 3 minutes to tell us about your experience as a candidate. Your answers are anonymous and help us improve the way we recruit.

Take the survey: https://survey.ssms.example/candidate/2025

Thank you!
People Team, Scotian Shelf Marine Surveys Inc.`, 'How was your candidate experience?'),

  other(`Atlantic Marine Science Network - June Digest

In this issue
- Symposium recap: over 300 attendees in Moncton, with session recordings now online for members.
- New working group on fisheries data standards is recruiting volunteers.
- Career corner: "Making the move from field science to consulting" - notes from our February webinar, with tips on EA writing and GIS skills.
- Summer field safety reminder: updated small-vessel safety checklist now in the member library.

You are receiving this because you are a member of the Atlantic Marine Science Network. Update your preferences | Unsubscribe`, 'AMSN June Digest'),

  other(`Dear Kiera,

On behalf of Northline Sustainability Partners, I am delighted to offer you the position of ESG Analyst, reporting to Aoife Gallant, Senior Manager, ESG Advisory.

The main terms of our offer are:
- Start date: Monday, July 7, 2025
- Base salary: $72,000 per year, paid bi-weekly
- Hybrid working: two days a week at our Hollis Street office
- Vacation: three weeks per year, plus the office closure between Christmas and New Year
- Benefits: group health, dental and vision from your first day; 4% RRSP match after three months
- Professional development: $2,000 per year, including support for GHG accounting certification

Your full offer letter and employment agreement are attached. Please review them and let us know your decision by Wednesday, June 18. Aoife would be very happy to talk through any questions before then.

We were all impressed by your case study presentation and we are excited about the prospect of you joining the team.

Warm regards,

Daniel Whynot
Managing Partner
Northline Sustainability Partners
1801 Hollis St, Suite 900, Halifax, NS B3J 3N4

Attachments: Northline_Offer_Letter_KDoucette.pdf; Employment_Agreement.pdf`, 'Offer of employment - ESG Analyst'),
];
