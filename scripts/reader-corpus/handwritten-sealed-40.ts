/**
 * Sealed messages of the fortieth round. The first part is a spread of declines from many employers, agencies and
 * tracking systems across countries and sectors, at every stage from a CV screen to a final panel and with every
 * kind of reason: short template notes, long letters with the decision in the middle, merge fields left unfilled,
 * HTML leftovers, handwritten notes from managers and founders, and replies with earlier mail quoted below. The second
 * part follows one inbox over six months: an intensive-care nurse in Manila and then Dublin moving into clinical
 * informatics and health data work, with acknowledgements, tests, scheduling, alerts, newsletters, paused processes,
 * declines and an offer at the end.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s40-');

export const HANDWRITTEN_SEALED_40: readonly CorpusLine[] = [
  // ── Part one: many employers
  // 1 Greenhouse-style, application, generic
  rej('application', ['generic'], {},
    `Hi Tobias,

Thank you for your interest in Quillfield and for applying to the Product Designer (Growth) position.

We have reviewed your application and, unfortunately, we will not be moving forward at this time.

We appreciate the time you took and wish you all the best.

The Quillfield Recruiting Team

Powered by Greenhouse`, 'Your application to Quillfield'),

  // 2 Lever-style, application, profile_mismatch + door
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Anneke,

Thanks so much for applying for the Customer Success Lead role at Pondlight. We took a close look at your background and, while there is a lot to like, we don't think it lines up closely enough with what this particular role needs right now.

We'd love to stay in touch though. We'll keep your details and reach out if something more aligned opens up.

Warmly,
Pondlight Talent

Sent via Lever`, 'Pondlight | Customer Success Lead'),

  // 3 Workday-style, application, generic, do not reply
  rej('application', ['generic'], {},
    `Dear Rahul Venkataraman,

Reference: Req R-0048213 Senior Analyst, Treasury Operations

Thank you for your interest in career opportunities with Albrecht & Sohn Financial Group. After careful review, we have decided to pursue other applicants for this position.

Please note that this mailbox is not monitored. Do not reply to this message.

Albrecht & Sohn Talent Acquisition`, 'Update regarding your application R-0048213'),

  // 4 SmartRecruiters, screen, skills_gap + fb (language)
  rej('screen', ['skills_gap'], { ...fb },
    `Bonjour Kasia,

Thank you for the phone call with Elodie on Tuesday. It was good to learn more about your logistics experience.

As discussed on the call, the Customer Operations Coordinator role at Transval Lyon works with French-speaking carriers all day, and the team needs someone with at least C1 French. Based on the conversation, we don't think your current level would be enough to start in the role, so we will not be moving your application forward.

Bonne continuation,
Transval Recrutement
via SmartRecruiters`, 'Votre candidature / Your application - Transval'),

  // 5 short founder note, interview, salary + fb
  rej('interview', ['salary'], { ...fb },
    `Hey Jonah - really enjoyed our chat Thursday. Being straight with you: the number you mentioned (95k) is a good 25k above what we can pay at our stage, and I don't want to waste your time trying to bridge that. Going to pass for now. Genuinely sorry. - Mira, Fernhook`, 'quick note'),

  // 6 Ashby-style, assessment, assessment + fb
  rej('assessment', ['assessment'], { ...fb },
    `Hi Dario,

Thank you for completing the data modelling exercise for the Analytics Engineer role at Tessellate.

Our reviewers went through your submission carefully. The dbt models ran cleanly, but the incremental logic double-counted late-arriving orders and the tests did not cover that case. Given the weight this role places on data correctness, we have decided not to progress your application to interviews.

Thank you again for the effort you put in.

Best,
Tessellate Hiring Team`, 'Tessellate - exercise outcome'),

  // 7 iCIMS-style, application, location + fb
  rej('application', ['location'], { ...fb },
    `Dear Applicant,

Thank you for applying to the position of Field Service Technician II (Job ID 2024-11782) with Marlow Industrial Controls.

This position requires the successful candidate to be based within 50 miles of our Calgary, Alberta service centre and to hold authorization to work in Canada. Based on the information in your application, you indicated that you would require sponsorship, and we are unable to offer sponsorship for this role. As a result, we are unable to consider your application further.

We thank you for your interest in Marlow.

Sincerely,
Human Resources
Marlow Industrial Controls Ltd.

This email was sent from an unattended mailbox.`, 'Marlow Industrial Controls - Job ID 2024-11782'),

  // 8 Taleo, application, generic, merge field left in
  rej('application', ['generic'], {},
    `Dear {{candidate.first_name}},

Thank you for your interest in the Logistics Planner position with Overhaugen Shipping AS. We received a large number of applications and, after careful review, we regret to inform you that your application has not been selected for further consideration.

We wish you success in your career.

Yours sincerely,
Overhaugen Shipping AS - Recruitment`, 'Logistics Planner - Overhaugen Shipping'),

  // 9 Workable, interview, position_filled
  rej('interview', ['position_filled'], {},
    `Hi Meera,

Thank you for meeting with Arjun and Sofie last week for the Office Manager position at Bramblecrest Architects.

We wanted to let you know that we have now offered the role to another candidate, who has accepted.

Thank you again for your time, and best wishes.

Bramblecrest Architects
Sent with Workable`, 'Office Manager at Bramblecrest Architects'),

  // 10 Teamtailor, application, role_closed + door
  rej('application', ['role_closed'], { ...door },
    `Hej Linnea!

Thank you for applying to be a Junior Backend Developer at Kvarnbo. We're writing to let you know that we have decided to pause hiring for this position following a change in our plans for next year, so we will unfortunately not proceed with any applications for it, including yours.

We'd be happy to hear from you again - keep an eye on our career site, and feel free to apply for future roles that suit you.

Vänliga hälsningar,
Kvarnbo People Team`, 'Din ansökan till Kvarnbo'),

  // 11 Personio, interview, culture_fit + fb
  rej('interview', ['culture_fit'], { ...fb },
    `Hallo Felix,

vielen Dank für das Gespräch am Montag und die Zeit, die Sie sich genommen haben. (English below)

Thank you for the conversation on Monday. The team appreciated your depth on the technical side. Where we hesitated was the way of working: the role sits in a very small team that makes decisions together in daily sessions, and in the interview you described preferring to own work end to end on your own and check in weekly. We think you would find our set-up frustrating, and so we have decided not to continue the process.

Beste Grüße
Johanna Reiter
People & Culture, Lindgrün Software GmbH

Lindgrün Software GmbH · Sitz: Leipzig · Amtsgericht Leipzig HRB 38812`, 'Ihre Bewerbung bei Lindgrün'),

  // 12 BambooHR, application, overqualified + fb
  rej('application', ['overqualified'], { ...fb },
    `Dear Graham,

Thanks for your application for the Bookkeeper role at Stonefold Veterinary Group.

Having looked through your CV, with twenty years as a finance director and CFO, we think your experience goes well beyond what this part-time bookkeeping role involves, and we would worry that it would not keep you engaged for long. For that reason we are not taking your application further.

We do appreciate your interest.

Regards,
Stonefold Veterinary Group - HR`, 'Bookkeeper - Stonefold Veterinary Group'),

  // 13 Recruitee, application, profile_mismatch
  rej('application', ['profile_mismatch'], {},
    `Dear Bram,

Thank you for your application for the position of Sales Engineer at Dijkvast BV.

We have compared your profile with the requirements of the role and other candidates, and we have decided to continue with applicants whose background more closely matches what we are looking for.

Kind regards,
Team Recruitment Dijkvast`, 'Your application at Dijkvast'),

  // 14 Jobvite, final, internal_candidate
  rej('final', ['internal_candidate'], {},
    `Dear Alicia,

Thank you for taking part in the final round for the Director of Member Services role at Pinecrest Credit Union, and for the presentation you gave to the board panel.

After a great deal of discussion, we have decided to appoint a colleague from within our organization to the position. This was a very close decision.

We appreciate the time and thought you put into the process.

Sincerely,
Maureen Kittredge
VP, People & Culture
Pinecrest Credit Union`, 'Director of Member Services - Decision'),

  // 15 Pinpoint, application, skills_gap + fb + door
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Olu,

Thanks for applying for the Electrical Design Engineer role with Hartwell Rail Systems.

Unfortunately the role requires chartered status (CEng) or being well on the way to it, along with experience on overhead line equipment, and we could not see either in your application. So we won't be progressing this one.

We often have graduate and intermediate engineering roles open, and we'd encourage you to apply for those in future.

Best wishes,
Hartwell Rail Systems Talent Team`, 'Electrical Design Engineer - Hartwell Rail'),

  // 16 agency recruiter, screen, salary + fb + offered
  rej('screen', ['salary'], { ...fb, ...offered },
    `Hi Sanjay,

Quick update on the Head of IT role with the Leeds manufacturer I spoke to you about on Friday.

I ran your details past them. They like your background, but the budget for this role is capped at £78k and you told me your floor is £90k, so they've decided not to take it further. I did push, but no movement.

Happy to talk it over if you want to give me a ring. I've got a couple of others coming through that might suit better.

Cheers,
Liam Pryce
Senior Consultant, Northgate Technology Recruitment
07700 900431`, 'Head of IT - update'),

  // 17 hiring manager, interview, skills_gap + fb, long with key sentence in middle
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Nadia,

I wanted to write to you myself rather than let this come through as a form letter, because I really did value the time you gave us on Wednesday, and the conversation about your work on the flood-risk dashboards was one of the more interesting I have had in this round of interviews. You clearly care about the users of what you build, and that came across strongly in the examples you chose.

As you know, we are a small team within the Council, and the GIS Analyst we hire will be on their own for a lot of the technical work: maintaining our PostGIS databases, writing the Python that loads data from the Environment Agency and the Land Registry, and looking after the ArcGIS Enterprise server when it misbehaves. There is not much backup, and that shaped how we weighed things. We also have a large backlog: the local plan review starts in the spring, and the planning team will need new layers and analyses almost every week from the person in this post, often at short notice and with councillors waiting for the answers.

We saw five candidates in total, and each of them sat the same interview, with the same questions and the same short technical discussion at the end, which Amira from our IT team led. Each panel member scored the answers separately before we compared notes, as is our usual practice.

After discussing with the other panel members, we have decided not to offer you the post. The deciding factor was database work: in the technical part of the interview, it was clear that you have used spatial data mostly through desktop GIS and have not yet written or tuned spatial SQL queries yourself, and that is the part of the job we cannot support someone to learn in the first months.

I want to be clear that this is not a comment on your ability in general, and I think a year or so of hands-on PostGIS work would make you a very strong candidate for roles like this. If it would help to talk through the rest of the panel's notes, please ring me on the number below and I'd be glad to go through them with you.

Thank you again for your interest in working with us, and for the preparation you clearly put in.

Yours sincerely,

Peter Ashdown
GIS and Data Manager
Carrowfield District Council
01632 960 118

This email and any attachments are confidential and intended solely for the addressee. If you have received this in error, please notify the sender and delete it. Carrowfield District Council may monitor email traffic.`, 'GIS Analyst interview - outcome'),

  // 18 very short, application, generic
  rej('application', ['generic'], {},
    `Thanks for applying. We won't be moving forward with your application. - Boltworks Hiring`, 'Boltworks'),

  // 19 HTML leftovers, assessment, assessment (no detail) 
  rej('assessment', ['assessment'], {},
    `<html><body><table width="600"><tr><td>
<p>Dear Hannah,</p>
<p>Thank you for completing the online numerical and verbal reasoning assessments for our <b>2025 Graduate Programme</b>.</p>
<p>Unfortunately, your results did not meet the level required to progress to the next stage on this occasion.</p>
<p>Kind regards,<br/>Early Careers Team<br/>Whitcombe Lacey LLP</p>
</td></tr></table>
<p style="font-size:10px;color:#999">You are receiving this email because you applied to a role at Whitcombe Lacey. &nbsp;|&nbsp; <a href="#">Privacy notice</a></p>
</body></html>`, 'Whitcombe Lacey Graduate Programme - assessment results'),

  // 20 reply in thread, interview, role_closed
  rej('interview', ['role_closed'], {},
    `Hi Ruth,

Really sorry for the silence. I'm afraid the news isn't good: the board decided last week to fold the marketing function into the group team in Manchester, and the Marketing Manager role here won't exist anymore. So we won't be taking your application forward, which is a real shame after two good interviews.

All the best,
Callum

Callum Reid | Managing Director | Thistle & Pine Outdoor

On Mon, 3 Jun 2024 at 09:12, Ruth Okafor <ruth.okafor@outlook.com> wrote:
> Hi Callum, hope you're well. Just checking in on the Marketing Manager role after my second interview on the 20th. Any news?`, 'Re: Marketing Manager - second interview'),

  // 21 final, position_filled + door
  rej('final', ['position_filled'], { ...door },
    `Dear Mateus,

Thank you for coming to our São Paulo office for the final stage of the selection process for the Regional Finance Controller position, and for the time you spent with Carla and the CFO.

We wanted to let you know that we have concluded the process and the position has been filled.

It was a pleasure to get to know you, and we would very much like to keep your profile in our talent bank for future opportunities in the region.

Atenciosamente,
Fernanda Lopes
Talent Acquisition | Verdemar Agroindústria S.A.`, 'Processo seletivo - Regional Finance Controller'),

  // 22 HR template, screen, generic
  rej('screen', ['generic'], {},
    `Dear Mr. Hoang,

Thank you for speaking with us on 14 May about the Procurement Officer vacancy.

We have now completed our initial screening calls. We regret to inform you that you have not been selected to proceed to the interview stage.

Thank you for your interest in Saigon Riverside Hotels.

Human Resources Department`, 'Procurement Officer - screening outcome'),

  // 23 agency, interview, culture_fit + skills_gap + fb
  rej('interview', ['skills_gap', 'culture_fit'], { ...fb },
    `Hi Becky,

Feedback from the interview at Harbinger Media came through this morning. Sorry to say it's a no.

Two things from them: they wanted someone who's actually run paid social budgets over 50k a month, and your biggest was around 15k. And the creative director felt you'd be more comfortable in a structured corporate team than in their fairly chaotic agency setup - he mentioned you asked a lot about process and sign-offs, which is fair, but they just don't have much of either.

Talk soon,
Gemma
Hollis Creative Recruitment`, 'Harbinger Media feedback'),

  // 24 iCIMS, background check, generic
  rej('assessment', ['generic'], {},
    `Dear Candidate,

Thank you for your continued interest in the Warehouse Supervisor position with Redcliffe Distribution.

As you know, offers of employment with Redcliffe are contingent on the successful completion of a background screening. We have been notified that the screening process has been completed, and we regret to inform you that we are unable to proceed with your candidacy.

You may request a copy of the report from the screening provider using the contact details in the attached notice.

Sincerely,
Redcliffe Distribution Talent Acquisition`, 'Your candidacy - Warehouse Supervisor'),

  // 25 Greenhouse, interview, profile_mismatch + door
  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Kenji,

Thank you for taking the time to interview with us for the Staff Site Reliability Engineer role at Orbitline. We enjoyed getting to know you.

After careful consideration, we've decided to move forward with candidates whose experience is more closely aligned with the needs of the team at this time.

We'll keep your information on file and may reach out should a role open up that better matches your background.

Best regards,
Orbitline Recruiting`, 'Following up on your Orbitline interviews'),

  // 26 Lever, final, overqualified + fb
  rej('final', ['overqualified'], { ...fb },
    `Hi Dolores,

Thank you for spending the afternoon with us at the final round for the Team Lead, Support role. Everyone enjoyed meeting you.

We spent a long time on this one. In the end, the group felt that with fifteen years of leading support organisations of 80+ people, you would be stepping into something much smaller than you have done before - a team of six, with a lot of hands-on ticket work - and we weren't confident it would hold your interest. We've decided to go another way.

Thanks again,
Hugo
Head of Support, Pallet & Co`, 'Team Lead, Support'),

  // 27 Workday, application, location + fb
  rej('application', ['location'], { ...fb },
    `Dear Ayesha Siddiqui,

Thank you for applying for the role of Clinical Trial Associate (Req JR-77310) at Norbeck Pharma.

This position is office-based in Basel, Switzerland, at least four days a week. In your application you stated that you are looking for fully remote work from Karachi, so we are unable to consider you for this position.

We invite you to create job alerts on our careers site for roles that match your preferences.

Best regards,
Norbeck Talent Acquisition

*** This is an automated message. Please do not reply. ***`, 'Your application for Clinical Trial Associate'),

  // 28 founder, assessment, assessment + fb + offered + door
  rej('assessment', ['assessment'], { ...fb, ...offered, ...door },
    `Hi Ines,

Thanks for doing the pricing case - I know it was a chunky one for a weekend.

We're not going to move to interviews this time. The market sizing was solid, but the recommendation at the end (cut the entry plan) didn't follow from your own numbers, which showed the entry plan driving most upgrades. That's the core judgment the role needs, so it weighed heavily.

Very happy to hop on a call and go through it if useful. And I'd genuinely like to see you apply again when we hire the next PM in spring.

Sam
Co-founder, Ledgerly`, 'Ledgerly - pricing case'),

  // 29 HR template, application, skills_gap + fb (degree)
  rej('application', ['skills_gap'], { ...fb },
    `Dear Ms Mensah,

RE: APPLICATION FOR THE POST OF LABORATORY SCIENTIST (REF: KTH/LAB/2024/07)

We acknowledge receipt of your application for the above post.

We regret to inform you that your application was not successful because the post requires a BSc in Medical Laboratory Science and registration with the Allied Health Professions Council, and your application shows a BSc in Biochemistry.

We thank you for your interest in Korle Teaching Hospital and wish you well.

Yours faithfully,

.........................
DEPUTY DIRECTOR, HUMAN RESOURCES`, 'APPLICATION FOR THE POST OF LABORATORY SCIENTIST'),

  // 30 Ashby, interview, generic + offered
  rej('interview', ['generic'], { ...offered },
    `Hi Priyanka,

Thanks again for interviewing with us for the Senior Data Scientist position at Cobaltware. We really appreciated your time.

Unfortunately, we've decided not to move forward with your candidacy. If you'd like feedback on your interviews, just reply to this email and we'll do our best to share some.

All the best,
Cobaltware Talent`, 'Cobaltware - update on your candidacy'),

  // 31 agency, application, internal_candidate
  rej('application', ['internal_candidate'], {},
    `Hi Darren,

Just a heads-up on the Payroll Manager role at the housing association. I sent your CV across on Monday but they've come back to say they've appointed someone internally who was acting up in the role, so they've stopped looking externally.

Sorry about that. I'll be in touch if anything else like it comes in.

Regards,
Nisha Lal
Finance Division, Brookvale Recruitment`, 'Payroll Manager - housing association'),

  // 32 long letter, final, position_filled + door, key sentence middle
  rej('final', ['position_filled'], { ...door },
    `Dear Dr Abernethy,

On behalf of the selection committee for the Chair in Environmental Economics, I would like to thank you for visiting the University on 11 and 12 March. I know that preparing a research seminar, a teaching session and a meeting with the Head of School is a considerable commitment, particularly alongside your current duties, and the committee asked me to pass on their gratitude for the care you took over each element.

The committee met on 19 March to consider all four shortlisted candidates, taking into account the written applications, the references received, the seminar and teaching sessions, and the formal interview, with the views of the staff and students who attended the open sessions reported to it in writing. As you will appreciate, the field was exceptionally strong, and the discussion was long and detailed. I am writing to let you know that the committee made an offer to another candidate, which has now been accepted, and so we are unable to offer you the post.

I am aware that this will be disappointing news. Please be assured that your seminar on water pricing was very well received, particularly by our doctoral students, several of whom mentioned it afterwards. The committee also noted your strong record of grant income, and the students who attended your teaching session commented favourably on the way you used the regional data sets to make an abstract argument concrete. I mention these things not as consolation but because I think they are an accurate picture of how you were seen by colleagues here, and because I hope they will be useful to you as you consider other senior appointments.

I should also add that, as is our normal practice, the committee's decision was reported to the Appointments Board, which confirmed it on 22 March. The University is not in a position to share the detail of other candidates' applications, but I am happy to answer any questions you may have about the process itself.

We expect to advertise two lectureships and a senior lectureship in the School over the next eighteen months, and I would very much hope that you might consider applying for one of these should the timing suit you. You would be most welcome to contact me informally before any such application.

With best wishes, and thank you again for your interest in the University,

Professor Helen Marchbanks
Head of School of Economics and Finance
University of Westmoor

The University of Westmoor is a charity registered in England and Wales. This message may contain confidential information.`, 'Chair in Environmental Economics'),

  // 33 SmartRecruiters, application, generic + door
  rej('application', ['generic'], { ...door },
    `Dear Luca,

Thank you for your interest in the Store Manager position at Pastificio Morandi.

We have received many applications, and after review we will not continue with yours for this position. Your profile will remain in our database, and we will contact you if a suitable opportunity arises.

Kind regards,
HR Team - Pastificio Morandi S.p.A.`, 'Store Manager - Pastificio Morandi'),

  // 34 hiring manager by hand, interview, skills_gap + fb (years)
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Emre,

Thanks for coming in on Friday. I'll keep this short. We've decided to go with someone else for the Senior Mobile Developer position. The main reason: we really need at least five years of native iOS in production, with Swift concurrency, and from our chat you've got about two, with most of your work in Flutter. That's a gap we can't close with the timeline we have.

Good luck out there.

Ozan Demir
Mobile Lead, Pazarnet`, 'Senior Mobile Developer'),

  // 35 Teamtailor, screen, location + fb + door
  rej('screen', ['location'], { ...fb, ...door },
    `Hi Aoife,

Thanks for chatting with me yesterday about the Content Designer role at Hvidbjerg Games.

As you mentioned on the call, you're not able to relocate to Copenhagen in the next year, and unfortunately this role needs to be in the studio at least three days a week. So we can't continue with your application this time.

If we open a remote role in the future, we'd love to hear from you again - please do apply.

Best,
Mette
Talent Partner, Hvidbjerg Games`, 'Content Designer at Hvidbjerg Games'),

  // 36 Taleo, final, generic
  rej('final', ['generic'], {},
    `Dear Carlos Medina,

Thank you for participating in the final interview for the position of Plant Manager (Requisition 118204) at Ridgeway Foods Inc.

After careful consideration, we regret to inform you that you have not been selected for this position.

We appreciate your interest in Ridgeway Foods.

Sincerely,
Ridgeway Foods Human Resources

Please do not reply to this email.`, 'Ridgeway Foods - Requisition 118204'),

  // 37 reply thread, interview, salary + fb
  rej('interview', ['salary'], { ...fb },
    `Hi Thandiwe,

Thanks for being so upfront about the package. I took it back to our MD. Unfortunately R1.1m total cost to company is well above the band for this position, which tops out at R850k, and we're not in a position to make an exception. So I'm afraid we won't be able to take things further.

I'm sorry, because the interview went well.

Kind regards,
Pieter

-----Original Message-----
From: Thandiwe Dube
Sent: 09 July 2024 08:41
To: Pieter van Wyk
Subject: RE: Operations Manager - Cape Town

Hi Pieter, following up on Monday's interview - as mentioned, my expectation is around R1.1m CTC. Happy to discuss.`, 'RE: Operations Manager - Cape Town'),

  // 38 BambooHR, application, role_closed
  rej('application', ['role_closed'], {},
    `Hi Gabriel,

Thank you for applying for the Events Coordinator role at Saltmarsh Collective.

We're sorry to say that, due to changes in our budget for next year, we've cancelled this position and won't be filling it. We won't be progressing any applications.

Thanks for your interest in Saltmarsh.

Saltmarsh Collective`, 'Events Coordinator'),

  // 39 Workable, assessment, assessment (test score) + fb
  rej('assessment', ['assessment'], { ...fb },
    `Hi Yusuf,

Thank you for completing the Excel and accounting test for the Accounts Assistant role at Fairbourne Dental Group.

The pass mark for this stage is 70%, and your score was 58%. Most of the marks were lost in the reconciliation section. On that basis we won't be moving you forward this time.

Thanks for your interest,
Fairbourne Dental Group Recruitment
Sent with Workable`, 'Accounts Assistant - test result'),

  // 40 hiring manager, interview, culture_fit
  rej('interview', ['culture_fit'], {},
    `Dear Simone,

Thank you for meeting with me and two of my colleagues last Tuesday about the Community Manager post.

We had a difficult decision to make. We have decided not to offer you the role, as we felt another candidate would be a closer fit with the team and the values we work by.

I'd like to wish you every success.

Warm regards,
Bethan Lloyd
Director, Cwm Arts Trust`, 'Community Manager - Cwm Arts Trust'),

  // 41 Recruitee, application, skills_gap + fb (licence)
  rej('application', ['skills_gap'], { ...fb },
    `Dear Marek,

Thank you for your application as Delivery Driver (C1) at Vrachtlijn Logistiek.

For this position, a valid C1 driving licence and Code 95 certificate are required. We could not find these in your application, so unfortunately we cannot invite you for an interview.

Kind regards,
Vrachtlijn Logistiek - HR`, 'Application Delivery Driver C1'),

  // 42 Pinpoint, interview, internal_candidate + door
  rej('interview', ['internal_candidate'], { ...door },
    `Hi Rosa,

Thank you for interviewing for the Learning & Development Partner position with Glenmere Care Homes.

After interviews finished, one of our existing team members applied and was successful, so we won't be making an external appointment for this role.

We'd like to keep your CV on file, as we expect to recruit for similar roles later in the year.

Best wishes,
Glenmere Care Homes People Team`, 'Learning & Development Partner'),

  // 43 very short by hand, screen, profile_mismatch
  rej('screen', ['profile_mismatch'], {},
    `Hi Tomasz, thanks for the call earlier. Had a think and I don't think your background is quite right for what we need here. Best of luck. Kate`, 'Re: call'),

  // 44 Jobvite, application, overqualified
  rej('application', ['overqualified'], {},
    `Dear Bernard,

Thank you for your interest in the Junior Project Coordinator role at Talbot Construction Group.

We have reviewed your application and, given the seniority of your background, we feel you are overqualified for this entry-level position. We have therefore decided not to progress your application.

Kind regards,
Talbot Construction Group Recruitment`, 'Your application - Junior Project Coordinator'),

  // 45 Personio, final, role_closed + door
  rej('final', ['role_closed'], { ...door },
    `Dear Sofia,

thank you very much for the final interview with our management team last week for the position of Head of Finance.

Unfortunately, we have to inform you that, following a change in our shareholder structure, the position has been put on ice and will not be filled this year. We therefore have to end the application process, also for you.

We are very sorry, especially since you made it to the last round. If the position is advertised again, we will contact you directly.

Best regards
Anna Vogl
HR Lead, Almhof Brauerei GmbH`, 'Your application as Head of Finance'),

  // 46 agency, final, location + fb
  rej('final', ['location'], { ...fb },
    `Hi Daniel,

I've just spoken to the client after your final round in Singapore. They were impressed, but they've come back with a no, and the reason is frustrating: their legal team has confirmed they can't get an Employment Pass approved for this level in time for the start date, given you're on a Malaysian passport and the quota they have left. Nothing to do with your performance.

I'm really sorry. Let's speak Monday.

Wei Jie
Principal Consultant | Straits Executive Search`, 'Client decision'),

  // 47 iCIMS, application, generic, merge field
  rej('application', ['generic'], {},
    `Dear Jamal,

Thank you for your interest in the [JOB_TITLE] position at Coventry Mutual Building Society.

We received a high volume of applications and, after careful review, we have decided to proceed with other candidates at this time.

We wish you every success in your job search.

Coventry Mutual Recruitment Team`, 'Your application with Coventry Mutual'),

  // 48 hiring manager, interview, position_filled + offered
  rej('interview', ['position_filled'], { ...offered },
    `Hi Chiara,

Thanks again for coming in to meet Ben and me. I'm writing to let you know we've offered the Marketing Executive role to another candidate and she has accepted.

If any feedback on the interview would be useful, I'm happy to share some - just let me know.

Best,
Giulia Ferraro
Marketing Director, Amberlane Travel`, 'Marketing Executive'),

  // 49 long HR letter, interview, profile_mismatch + door, key sentence middle
  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Mr Farouk,

Thank you for attending an interview for the position of Senior Procurement Specialist at Gulfstar Utilities on Sunday 14 April. We hope you found the visit to our Muscat head office useful and that the discussion gave you a good picture of the work of the Supply Chain Directorate.

As you will be aware, Gulfstar Utilities is in the middle of a five-year programme to modernise its water network, and this role will play a part in the tendering of major civil works contracts. The interview panel therefore considered each candidate's experience carefully against the job description, as well as their answers to the competency questions, and we interviewed a number of well qualified applicants. Each candidate was asked the same set of questions by the same panel, which included representatives from the Supply Chain Directorate, the Legal Department and Human Resources, and each panel member scored the answers independently before the panel met to agree its recommendation. The panel also reviewed the written exercise on contract evaluation that all candidates completed on the morning of the interview.

After careful deliberation, the panel concluded that other candidates' experience was more closely matched to the requirements of the position, and we will therefore not be proceeding with your application.

We recognise the time and effort involved in preparing for an interview, and we thank you sincerely for your interest in Gulfstar. We will retain your details in our recruitment database for a period of twelve months, and we may contact you should a suitable vacancy arise during that time.

Please note that, in line with our recruitment policy, the panel's decision is final.

Yours sincerely,

Khalid Al-Rawahi
Manager, Talent Acquisition
Gulfstar Utilities SAOG

CONFIDENTIALITY NOTICE: This email and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed. If you are not the intended recipient, please delete it and notify the sender.`, 'Senior Procurement Specialist - Interview Outcome'),

  // 50 founder, interview, culture_fit + fb + offered
  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Hi Ravi,

Thanks for the time on Tuesday and for meeting the whole crew. We've talked it through and we're not going to make an offer.

Honestly this is about how we work more than what you can do. We're seven people, fully async, and nobody tells anyone what to work on next - people pick things up. You said a few times that you do your best work with a clear manager setting priorities every week, and that's just not something we can give you right now. I think it'd be a tough first six months for you.

If you want to talk it through, I'm around - just reply.

Cheers,
Nadine
Founder, Glasswing Labs`, 'Glasswing'),

  // 51 Ashby, final, salary + fb
  rej('final', ['salary'], { ...fb },
    `Hi Owen,

Thank you for going through the full onsite with us last week. The team enjoyed the day.

We've reached the point where we would have liked to talk about an offer, but the expectations you shared with our recruiter ($210k base plus equity) are significantly above the range we have approved for this level, which tops out at $172k. We tried to find a way to make it work and couldn't. With that, we've decided to close out your candidacy.

We really appreciate your time,
Brickyard Analytics Recruiting`, 'Brickyard Analytics - next steps'),

  // 52 Greenhouse, application, location
  rej('application', ['location'], {},
    `Hi Sipho,

Thanks for applying to the Account Executive, DACH role at Kestrel Cloud.

Unfortunately, we're only able to consider candidates who already have the right to work in Germany for this role, so we won't be moving forward with your application.

Best,
Kestrel Cloud Recruiting`, 'Thank you for applying to Kestrel Cloud'),

  // 53 agency, interview, overqualified + salary + fb
  rej('interview', ['overqualified', 'salary'], { ...fb },
    `Hi Marguerite,

Feedback from Thursday. They liked you a lot, but two things:

1. They felt that with your background running the whole finance function for a listed group, the Financial Controller role would be a big step down for you, and they worry you'd get bored and leave within the year.
2. The salary. You'd said you wouldn't go below 120k, and their budget is 95k with not much room.

So it's a no from them. I'll keep you in mind for something more senior - I have a CFO brief coming soon.

Best,
Rory Caldwell
Caldwell Finance Search`, 'Feedback - Financial Controller'),

  // 54 Workday, interview, generic
  rej('interview', ['generic'], {},
    `Dear Leila,

Thank you for the time you invested in interviewing for the role of HR Business Partner (JR-30291) at Tarragon Hotels & Resorts. We appreciate the opportunity to learn more about you.

We have carefully considered all candidates, and we regret to inform you that we have decided not to proceed with your candidacy.

Best regards,
Tarragon Talent Acquisition

Note: replies to this address are not monitored.`, 'Your candidacy - HR Business Partner'),

  // 55 thread quoted, assessment, assessment + skills_gap + fb
  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Amara,

Thanks for sending the translation sample back so quickly. I'm sorry to say we won't be taking you forward. The reviewer marked it below our threshold: the Yoruba was fluent, but several legal terms were rendered loosely, and for this contract we need translators with a legal translation background, which your CV doesn't show yet.

Kind regards,
Oyelaran Language Services

On 12 Aug 2024, Amara Bello wrote:
> Hello, please find attached my completed test translation for the Legal Translator (English-Yoruba) role.
>
> On 9 Aug 2024, Oyelaran Language Services wrote:
>> Dear Amara, thank you for your application. Please complete the attached two-page translation test within 72 hours.`, 'Re: Translation test'),

  // 56 HR template, final, profile_mismatch
  rej('final', ['profile_mismatch'], {},
    `Dear Jun-ho,

Thank you for joining us for the final round of interviews for the Brand Manager position at Hanbit Cosmetics.

After careful consideration, we have selected a candidate whose experience more closely fits the needs of the brand at this stage. We were grateful for your time and interest.

Sincerely,
Hanbit Cosmetics Talent Team`, 'Brand Manager final round result'),

  // 57 Lever, interview, internal_candidate
  rej('interview', ['internal_candidate'], {},
    `Hi Patrick,

Thank you for speaking with our hiring team about the Engineering Manager, Platform role at Tidewater.

We wanted to let you know that we've decided to fill this role through an internal promotion, and so we won't be moving forward with external candidates, including you.

We're grateful for your time.

The Tidewater Recruiting Team`, 'Your Tidewater application'),

  // 58 short, application, position_filled
  rej('application', ['position_filled'], {},
    `Dear applicant, the position of Receptionist advertised on 2 September has now been filled. Thank you for your interest in Seabrook Dental Practice.`, 'Receptionist vacancy'),

  // 59 hiring manager, interview, skills_gap + fb + door
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Astrid,

Thanks for the video interview on Monday. I really enjoyed it.

I'm afraid we won't be taking you to the next round for the UX Researcher role. The team needs someone who can run quantitative studies on their own - survey design, sample sizes, basic statistics - and your experience so far is almost all qualitative. That's what tipped it.

Please apply again when you've got more of that under your belt; I'd be happy to see your name come up.

Best,
Henrik
Research Lead, Nordvik Mobility`, 'UX Researcher'),

  // 60 Teamtailor, application, profile_mismatch + door
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Fatima!

Thanks for your application for the Partnerships Manager role at Mosaika. We've looked at it carefully and don't think it's the right match this time.

We'd love for you to join our Talent Community so we can let you know when new roles open up.

All the best,
The Mosaika Team`, 'Your application at Mosaika'),

  // 61 agency, screen, role_closed + door
  rej('screen', ['role_closed'], { ...door },
    `Hi Ahmed,

Following on from our call on Wednesday about the Site Engineer role in Doha - I've just heard from the client that the project has been postponed indefinitely and they've withdrawn the vacancy. So I'm afraid I can't put you forward.

I'll keep your CV on file and call you when I've got something similar.

Best,
Sara
Peninsula Engineering Recruitment`, 'Site Engineer - Doha'),

  // 62 HTML leftovers, application, generic
  rej('application', ['generic'], {},
    `&lt;p&gt;Dear Yuki,&lt;/p&gt;
&lt;p&gt;Thank you for your interest in Hoshimura Electronics. Unfortunately, we are unable to offer you a position at this time.&lt;/p&gt;
&lt;p&gt;Best regards,&lt;br&gt;Hoshimura Electronics Recruiting&lt;/p&gt;`, 'Hoshimura Electronics'),

  // 63 long, final, culture_fit + skills_gap + fb + offered
  rej('final', ['culture_fit', 'skills_gap'], { ...fb, ...offered },
    `Dear Eduardo,

First of all, thank you for the day you spent with us in Madrid for the final assessment for the Operations Director role. I know the case study, the presentation to the executive committee and the three interviews made for a long day, and it is a credit to you that you finished it with as much energy as you started.

I have now spoken with each of the interviewers, and with our CEO, and I am sorry to tell you that we will not be offering you the role.

I would like to give you the main reasons, as I think they are useful. The committee felt that your approach to leading teams is quite directive - in the case discussion you set the plan and asked the team to execute, while our managers are expected to build plans with their teams and to be challenged. They also noted that the role needs hands-on experience of lean manufacturing, and your experience is mainly in logistics and distribution rather than production lines.

Neither of these points takes away from what the committee saw as a very strong record of delivery in your current company. Your presentation on the consolidation of the northern warehouses was, in the words of our CFO, the clearest of the three finalists, and the figures you gave on the reduction in stock-outs were very impressive. I also know that the plant managers who joined you for lunch enjoyed the conversation and appreciated your questions about their shift patterns.

If you would like to go through the detailed notes from each interviewer, I would be happy to arrange a call with you next week.

With best regards,

Lucía Sanz
Directora de Personas
Grupo Encina Alimentación

Aviso legal: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario.`, 'Operations Director - final assessment'),

  // 64 Jobvite, assessment (reference check) generic
  rej('assessment', ['generic'], {},
    `Dear Keisha,

Thank you for your patience while we completed the pre-employment reference checks for the Teaching Assistant position at Oakhurst Academy Trust.

Following the outcome of those checks, we regret that we are unable to proceed with your application. This decision is final.

Yours sincerely,
Oakhurst Academy Trust - HR`, 'Teaching Assistant - pre-employment checks'),

  // 65 SmartRecruiters, interview, salary + location + fb
  rej('interview', ['salary', 'location'], { ...fb },
    `Dear Nikos,

Thank you for the interview for the Hotel Revenue Manager position at Aegeanis Resorts.

Following the discussion, we will not proceed. The role is based on Rhodes for the full season, April to October, and you let us know you would need to stay in Athens. In addition, your expectation of EUR 4,200 net per month is above what we offer for this role.

Kind regards,
Aegeanis Resorts HR`, 'Revenue Manager - Aegeanis Resorts'),

  // 66 founder, application, overqualified + fb + door
  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Gerald,

Thanks for reaching out about the junior developer spot. I had a look at your CV - 18 years, two CTO roles - and to be honest the junior role would be way below where you are. I'd feel bad hiring you into it.

That said, we're going to need a fractional CTO-type person around next summer. Can I get in touch then?

Tom
Founder, Pebblestack`, 'junior dev role'),

  // 67 Workable, interview, internal_candidate + offered
  rej('interview', ['internal_candidate'], { ...offered },
    `Hi Mariana,

Thank you for interviewing for the Project Manager role at Cinderhill Studios.

We wanted to let you know that we've given the role to someone already on the team, who has been covering the work for the past few months. It was a tough call after meeting you.

If you'd like feedback from your interview, just ask and I'll pass it on.

Best,
Tessa
Cinderhill Studios`, 'Project Manager at Cinderhill Studios'),

  // 68 screen, skills_gap + fb, public sector
  rej('screen', ['skills_gap'], { ...fb },
    `Dear Ms Tremblay,

Thank you for the telephone screening on 3 October for the position of Policy Analyst (competition 24-ESD-0419).

One of the essential qualifications for this position is proficiency in both official languages (CBC level). During the screening it was established that you do not currently meet the French language requirement, and we are therefore unable to continue with your application in this process.

Thank you for your interest in the federal public service.

Staffing Services`, 'Competition 24-ESD-0419'),

  // 69 role_closed restructure, interview
  rej('interview', ['role_closed'], {},
    `Hi Lukas,

I'm sorry to have to tell you this after you met the team. We've gone through a restructure this month and the Product Analyst role has been removed from the plan. We won't be hiring for it, so your application has been closed.

Regards,
Jana Novak
Recruiter, Vltava Digital`, 'Product Analyst - update'),

  // 70 Taleo, application, location
  rej('application', ['location'], { ...fb },
    `Dear Aditya Kapoor,

Thank you for applying for the position of Registered Pharmacist at Baywater Health Network.

To be considered, applicants must currently hold or be eligible for registration with the state pharmacy board and must hold US work authorization. Your application indicated that you will require H-1B sponsorship, which is not available for this position. Your application will therefore not be considered further.

Baywater Health Network
Equal Opportunity Employer`, 'Registered Pharmacist'),

  // 71 thread, final, position_filled + door
  rej('final', ['position_filled'], { ...door },
    `Hi Zainab,

Sorry to keep you waiting. We offered the Senior Counsel role to the other finalist on Friday and she accepted this morning. It was very close, and the GC asked me to say that she'd like to keep in touch - we'll likely have another opening in the team next year and she'd want you in the first conversation.

Thanks again for everything,
Priya

On 21 Oct 2024, at 14:05, Zainab Hussain wrote:
> Hi Priya, just wanted to check in after the final interview with the General Counsel last week. Do you have a sense of timing?`, 'Re: Senior Counsel - final interview'),

  // 72 BambooHR, application, position_filled
  rej('application', ['position_filled'], {},
    `Hello Ella,

Thank you for applying to the Barista role at Copper Kettle Coffee. We've now filled our open shifts from the applications we received and won't be contacting other applicants.

Thank you for thinking of us!`, 'Copper Kettle Coffee'),

  // ── Part two: one inbox, Joanna Dizon, ICU nurse in Manila then Dublin, moving into clinical informatics
  // 73 acknowledgement
  other(`Dear Joanna,

Thank you for applying for the Clinical Informatics Nurse position (Ref CIN-2291) at St. Brigid's Hospital Group, Dublin.

We have received your application and it is now being reviewed by the recruitment team. Due to the volume of applications, we may not be able to respond to every applicant individually. If you are shortlisted, we will contact you within three weeks of the closing date.

Thank you for your interest in St. Brigid's.

Recruitment Office
St. Brigid's Hospital Group

This is an automated acknowledgement. Please do not reply.`, 'Application received - CIN-2291'),

  // 74 rejection, application, location + fb (from Manila, UK role)
  rej('application', ['location'], { ...fb },
    `Dear Joanna,

Thank you for your application for the Digital Nurse Specialist role at Pennine Vale NHS Foundation Trust.

Unfortunately we are unable to take your application further. This post is not eligible for Skilled Worker sponsorship under our current certificate allocation, and your application indicates that you are currently based in Manila without a right to work in the UK.

We wish you every success in the future.

Recruitment Team
Pennine Vale NHS Foundation Trust`, 'Digital Nurse Specialist - application outcome'),

  // 75 job alert
  other(`Hi Joanna,

12 new jobs match your alert "clinical informatics" in Ireland:

- Clinical Systems Analyst - Lanthorn Health, Dublin 2 - Full-time
- EHR Trainer (Nursing background) - Ardmore University Hospital, Cork
- Health Data Analyst - Corrib Insurance, Galway - Hybrid
- Nurse Informatician - Ballinacurra Private Clinic, Limerick
...and 8 more

Don't miss out - candidates who apply in the first 3 days are more likely to hear back.

View all jobs

You are receiving this because you created a job alert on JobHarbour.ie. Unsubscribe | Manage alerts`, '12 new jobs for "clinical informatics"'),

  // 76 rejection, application, skills_gap + fb (Manila hospital group data analyst, needs SQL/Python)
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Ms. Dizon,

Good day!

Thank you for your interest in the Health Data Analyst position at Luzon Medical Partners. We appreciate your clinical background, which is valuable in our organization.

After review, we regret to inform you that we will not proceed with your application. This position requires at least two years of hands-on experience in SQL and a data visualization tool such as Power BI or Tableau, which we did not see in your CV.

We will keep your resume in our files and encourage you to apply again for future openings, especially once you have gained more analytics experience.

Sincerely,
Talent Acquisition Team
Luzon Medical Partners, Inc.
Makati City`, 'Health Data Analyst Application'),

  // 77 registration board letter
  other(`Dear Ms Dizon,

Application Reference: NR-OVS-2024-18842

We write to confirm that your application for registration in the General Nurse Division of the Register has been assessed and that you have been granted a Decision Letter with no compensation measures required.

You may now proceed to complete your registration. Please log in to the online portal to upload your proof of identity and pay the annual retention fee. Your registration will become active once these steps are complete.

Please note that this letter does not constitute an offer of employment or a right to work in the State.

Yours sincerely,

Registration Department
Nursing and Midwifery Registration Board`, 'Your registration application - Decision Letter'),

  // 78 recruiter check-in
  other(`Hi Joanna,

Hope you're keeping well! Just checking in - I saw your profile and noticed you've been looking at informatics roles. I work with a few hospital groups in Ireland who are hiring Clinical Systems Nurses and EHR super-users, and some of them do support relocation and visa costs.

Would you be open to a quick 15-minute call this week? Let me know a time that suits (I'm on Irish time, so I'll work around Manila hours).

Best,
Declan Furlong
Healthcare Recruitment Consultant, Emerald Clinical Staffing`, 'Clinical Systems roles in Ireland'),

  // 79 rejection, screen, location (remote EU) + fb
  rej('screen', ['location'], { ...fb },
    `Hi Joanna,

Thanks so much for the call on Tuesday - it was great to hear about your ICU work and the dashboards you built for your MSc.

After checking with our legal team, we've learned that we can only hire remote employees who already live in one of the EU countries where we have an entity (Germany, the Netherlands, Portugal). Since you're currently in the Philippines and your move to Ireland isn't confirmed yet, we're not able to continue with your application for the Clinical Content Specialist role right now.

I'm sorry this wasn't clearer in the job ad.

Best,
Lena
Talent Partner, Vitalspan Health`, 'Vitalspan - your application'),

  // 80 SQL test invitation
  other(`Hi Joanna,

Thank you for your interest in the Junior Healthcare Data Analyst role at Medilytix.

As the next step, we'd like to invite you to complete a short SQL and data-interpretation test. It takes about 60 minutes and can be done any time in the next 5 days.

Start your assessment: [link]

The test includes 6 SQL questions on a sample patient-encounter database and 2 short written questions. You may use any notes you like, but please do the work yourself.

Good luck!
Medilytix Talent Team`, 'Medilytix - next step: SQL assessment'),

  // 81 rejection, assessment, assessment + fb
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Joanna,

Thank you for completing the SQL assessment for the Junior Healthcare Data Analyst role.

Your submission scored 55 out of 100, and the threshold to move on to interviews was 70. You did well on the filtering and aggregation questions, but the two questions that needed window functions (readmissions within 30 days) were incomplete.

We won't be progressing your application for this role. If you'd like more detailed feedback, reply to this email and our analytics lead will send you some notes.

Best,
Medilytix Talent Team`, 'Medilytix - assessment result'),

  // 82 union newsletter
  other(`FILIPINO NURSES ABROAD ALLIANCE - Monthly Bulletin, June

In this issue:
- Moving to Ireland? What the Decision Letter means and what comes next
- Critical Skills Employment Permit: a checklist from members who have been through it
- Your rights if your employer changes your rota at short notice
- Member story: "From the ward to the data team" - how one member moved into clinical informatics

Reminder: membership renewal is due by 30 June. Members who are not renewing will not receive the Bulletin after July.

We regret that the summer gathering in Quezon City has been postponed to September. We will let members know the new date.

Unsubscribe from this bulletin`, 'FNAA Bulletin - June'),

  // 83 rejection, application, generic (Philippines insurer)
  rej('application', ['generic'], {},
    `Dear Joanna Marie,

Thank you for your interest in joining Pacific Crest Health Insurance Corp. as a Medical Underwriting Analyst.

We have received a large number of applications for this position. After careful evaluation, we regret to inform you that we will not be moving forward with your application.

We wish you the best in your career.

Human Resources
Pacific Crest Health Insurance Corp.`, 'Your Application - Medical Underwriting Analyst'),

  // 84 interview scheduling
  other(`Hi Joanna,

Thank you for your application for the Nurse Informatician role at Ballinacurra Private Clinic. We were pleased to read about your ICU background and your MSc work.

We would like to invite you to a 45-minute video interview with Siobhán Kearney (Director of Nursing) and Mark Tully (IT Systems Manager). Could you let us know which of the following times suits you (Irish time)?

- Tuesday 9 July, 09:00
- Wednesday 10 July, 14:30
- Thursday 11 July, 10:00

We understand you are currently in Manila, so please let us know if none of these works with the time difference.

Kind regards,
Aine Moloney
HR Administrator`, 'Interview invitation - Nurse Informatician'),

  // 85 rejection, interview, profile_mismatch
  rej('interview', ['profile_mismatch'], {},
    `Dear Joanna,

Thank you for attending the video interview for the position of Nurse Informatician on Wednesday 10 July.

The panel were impressed by your clinical experience and your enthusiasm for digital health. However, following careful consideration of all candidates, we have decided to offer the post to a candidate whose experience more closely matched the requirements of the role.

We thank you for your interest in Ballinacurra Private Clinic and wish you well in your move to Ireland.

Kind regards,
Aine Moloney
HR Administrator`, 'Nurse Informatician - interview outcome'),

  // 86 visa sponsorship question
  other(`Hi Joanna,

Thanks for applying to the Clinical Data Specialist role at Ardent Genomics. Before we go further, one quick question from our side: will you require employment permit sponsorship to work in Ireland, or do you already hold a Stamp 4 or similar permission?

This doesn't rule anyone out - we just need to know so we can plan the timeline with our immigration advisers.

Thanks,
Roisin
People Operations, Ardent Genomics`, 'Quick question about your application'),

  // 87 acknowledgement, Workday style, pharma
  other(`Dear Joanna Dizon,

Thank you for applying for the position of Real World Data Analyst (Req R-55210) at Halvorsen Pharmaceuticals Ireland Ltd.

Your application has been received and is under review. You can check the status of your application at any time by signing in to your candidate home.

We appreciate your interest in Halvorsen.

Halvorsen Talent Acquisition

This is an automated message - please do not reply.`, 'We have received your application'),

  // 88 rejection, application, skills_gap + fb (pharma, life sciences degree)
  rej('application', ['skills_gap'], { ...fb },
    `Dear Joanna Dizon,

Thank you for your interest in the Real World Data Analyst position (Req R-55210) at Halvorsen Pharmaceuticals Ireland Ltd.

After reviewing your application against the requirements of the role, we have decided not to move forward. This position requires a degree in statistics, epidemiology or a related quantitative field, together with experience using SAS or R on claims or registry data.

We encourage you to review other opportunities on our careers site.

Halvorsen Talent Acquisition

This is an automated message - please do not reply.`, 'Update on your application - R-55210'),

  // 89 recruiter check-in after call
  other(`Hi Joanna,

Great to speak on Friday. As promised, here's a quick summary of what we discussed:

- Target roles: Clinical Systems Nurse, EHR Analyst, Health Data Analyst (junior/mid)
- Locations: Dublin preferred, open to hybrid
- Salary: around EUR 48-55k
- Availability: arriving in Dublin mid-August, start from September

I'll put your CV forward for the two roles at Lanthorn Health and let you know as soon as I hear anything. No news yet isn't bad news - their hiring manager is away until the 5th.

Speak soon,
Declan
Emerald Clinical Staffing`, 'Following up from our call'),

  // 90 rejection, screen, salary + fb (agency, Lanthorn)
  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Joanna,

Some news on Lanthorn Health. They came back on the Clinical Systems Analyst role and have decided not to go ahead with you - not because of your experience, but the budget. That role is paid on a grade that tops out at EUR 44k, and they felt your expectation of 48k plus would be hard to meet and that you'd likely be unhappy on that scale.

I'm still waiting on the second role there, and I'll keep sending you anything that fits.

Declan
Emerald Clinical Staffing`, 'Lanthorn Health - update'),

  // 91 job alert LinkedIn-ish
  other(`Joanna, your job alert for "health data analyst" in Dublin, County Dublin, Ireland

Health Data Analyst
Corrib Insurance - Dublin (Hybrid)
Be an early applicant

Clinical Data Coordinator
Ardent Genomics - Dublin
3 connections work here

Informatics Nurse, Electronic Health Record Programme
St. Brigid's Hospital Group - Dublin
Actively recruiting

See all jobs

You're receiving job alert emails. Unsubscribe`, 'Health Data Analyst: Corrib Insurance and more'),

  // 92 rejection, application, position_filled (Manila private hospital)
  rej('application', ['position_filled'], {},
    `Hi Joanna,

Thank you for sending your application for the Clinical Informatics Coordinator post at San Lorenzo Medical Center, Pasig.

We would like to inform you that the position has already been filled. We apologize for the delayed response.

Thank you and God bless.

HRD - Recruitment Section
San Lorenzo Medical Center`, 'Re: Application for Clinical Informatics Coordinator'),

  // 93 hold, application, role_closed (St Brigid's, recruitment pause)
  hold('application', ['role_closed'], {},
    `Dear Joanna,

Ref: CIN-2291 Clinical Informatics Nurse

We are writing to update you on the above competition. Due to a temporary pause on recruitment across the Hospital Group pending approval of the new workforce plan, the shortlisting for this post has been delayed.

Your application remains active and no decision has been made on it. We expect to be in a position to resume the process in the coming weeks and will contact you once shortlisting has taken place.

We apologise for the delay and thank you for your patience.

Recruitment Office
St. Brigid's Hospital Group`, 'CIN-2291 - update on recruitment'),

  // 94 rejection, interview, skills_gap + fb (health-tech startup)
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Joanna,

Thanks for speaking with Aidan and me last Thursday about the Clinical Product Specialist role. We really enjoyed hearing about how you set up the early warning score audits on your ward.

We've decided not to move forward. The deciding point was product experience: this role works day to day with our engineers writing user stories and running sprint reviews, and we need someone who has already worked inside a product or software team. Your clinical insight is exactly what we'd want, but we can't give the product side the training it would need right now.

If it helps to talk this through, I'd be glad to have a 20-minute call.

Best wishes,
Orla Brennan
Head of Product, Wardwise`, 'Wardwise - Clinical Product Specialist'),

  // 95 interview scheduling, Corrib
  other(`Hi Joanna,

Thanks for completing the first call with Emma. We'd love to move you to the next stage for the Health Data Analyst role at Corrib Insurance.

This will be a 60-minute interview with the Claims Analytics team, including a short discussion of a case we'll send you 24 hours beforehand. Please use the link below to pick a slot next week.

Book your interview: [Calendly link]

If you need any adjustments for the interview, just let us know.

Kind regards,
Corrib Insurance Talent Team`, 'Next steps - Health Data Analyst'),

  // 96 rejection, application, overqualified + fb (EHR support desk junior)
  rej('application', ['overqualified'], { ...fb },
    `Dear Joanna,

Thank you for your application for the role of Service Desk Agent (Clinical Systems) with Meridian Healthcare IT.

This is an entry-level first-line support role, mainly logging calls and resetting passwords for hospital staff. Having read your CV - ten years in intensive care, two as a charge nurse, and an MSc in health informatics - we feel you are significantly overqualified for it, and we do not think it would be a good use of your experience. We are therefore not taking your application further for this post.

We would, however, encourage you to look at our Clinical Implementation Consultant roles when they are advertised in the autumn.

Kind regards,
Meridian Healthcare IT - Resourcing`, 'Service Desk Agent (Clinical Systems)'),

  // 97 union newsletter Ireland
  other(`Irish Nursing and Allied Staff Union - Members' News

Dear Member,

Welcome to our newest members who have joined from overseas this month. A reminder that our International Nurses Section meets on the first Wednesday of each month at our Dublin office and online.

In this edition:
- Pay: the revised salary scales from 1 October, and how incremental credit for overseas service is calculated
- Nurses in digital roles: our new guidance on job titles and grading for nurse informaticians
- Unfortunately, we must tell members that the seminar on safe staffing planned for 18 September has been cancelled. Refunds will be made automatically.

If you have a question about your contract, contact our Advice Line.

You are receiving this email as a member of the Union. Update your preferences.`, "Members' News - September"),

  // 98 rejection, interview, generic (Corrib)
  rej('interview', ['generic'], {},
    `Hi Joanna,

Thank you for taking the time to interview with the Claims Analytics team for the Health Data Analyst position.

After careful consideration, we have decided not to progress your application further. We appreciate your interest in Corrib Insurance and wish you every success in your career.

Kind regards,
Corrib Insurance Talent Team`, 'Your application with Corrib Insurance'),

  // 99 other: withdrawal confirmed
  other(`Hi Joanna,

Thanks for letting us know that you'd like to withdraw your application for the Night Nurse Manager role at Linden Lodge Nursing Home. We've closed your application on our side.

We completely understand, and we wish you the very best with your move into informatics. You're always welcome to get in touch if you'd like to come back to us in future.

Best wishes,
Linden Lodge Nursing Home - HR`, 'Your application - Night Nurse Manager'),

  // 100 rejection, screen, skills_gap + fb (language - Germany remote)
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Joanna,

Thank you for our call today about the Clinical Data Manager position at Heilmark Digital.

As we discussed, the role involves reviewing clinical documentation from German hospitals, so business-fluent German (C1) is essential. Since you don't speak German yet, we're sorry that we can't continue with your application.

I really liked your background and wish you every success.

Viele Grüße
Katrin Baumann
Recruiting, Heilmark Digital GmbH`, 'Heilmark Digital - Clinical Data Manager'),

  // 101 other: under review, check-in reply
  other(`Hi Joanna,

Thanks for your email and sorry for the slow reply. Your application for the Clinical Data Coordinator role is still under review - the hiring manager has a shortlist meeting on Thursday, and we'll be in touch with everyone by the end of next week either way.

Thanks for your patience,
Roisin
People Operations, Ardent Genomics

On Mon, 16 Sep 2024 at 08:47, Joanna Dizon wrote:
> Hi Roisin, I hope you're well. I just wanted to check whether there's any update on my application for the Clinical Data Coordinator role. I have now moved to Dublin and hold a Stamp 1 permit under my employment at Mater View Private Hospital. Thank you!`, 'Re: Quick question about your application'),

  // 102 rejection, application, internal_candidate (Ardent)
  rej('application', ['internal_candidate'], { ...door },
    `Hi Joanna,

As promised, an update on the Clinical Data Coordinator role. The hiring manager has decided to offer the position to a member of our clinical operations team who applied internally, so we won't be taking other applications forward.

I'm sorry it's not better news. We're growing quickly, and I'll keep your CV in mind for the data roles we're planning for early next year.

Best,
Roisin
People Operations, Ardent Genomics`, 'Clinical Data Coordinator - update'),

  // 103 hold, interview, generic (manager away)
  hold('interview', ['generic'], {},
    `Hi Joanna,

Just a quick note to let you know where things are with the EHR Optimisation Nurse role. Thank you again for the interview with Dr Hegarty on the 19th.

Dr Hegarty has been called away on unexpected leave, and we can't make a decision on the next stage until she is back, probably in about two weeks. Nothing has changed with your application - you are still very much in the process - but I didn't want you to think we'd forgotten you.

I'll be in touch as soon as I have news.

Kind regards,
Clodagh Byrne
HR Business Partner, Mater View Private Hospital`, 'EHR Optimisation Nurse - update'),

  // 104 SQL / Power BI test invitation
  other(`Dear Joanna,

Thank you for your interest in the Clinical Analytics Officer role with the Southern Regional Health Partnership.

Shortlisted candidates are asked to complete a practical exercise before interview. You will be given a de-identified extract of emergency department attendance data and asked to:
1. write SQL queries to answer four questions about waiting times, and
2. build a one-page summary (Power BI, Excel or similar) for a non-technical audience.

The exercise will be sent to you at 09:00 on Monday 7 October and must be returned by 17:00 on Wednesday 9 October. Please confirm by reply that you will take part.

Regards,
Recruitment Unit
Southern Regional Health Partnership`, 'Clinical Analytics Officer - practical exercise'),

  // 105 rejection, assessment, assessment (no detail) + door
  rej('assessment', ['assessment'], { ...door },
    `Dear Joanna,

Thank you for completing the practical exercise for the post of Clinical Analytics Officer.

All exercises were scored by a panel against the published criteria. We regret to inform you that your score was not high enough for you to be called to interview on this occasion.

A panel will be formed from this competition, and future vacancies may also be advertised on our website. We would encourage you to apply for these.

Regards,
Recruitment Unit
Southern Regional Health Partnership`, 'Clinical Analytics Officer - outcome of practical exercise'),

  // 106 recruiter check-in
  other(`Hi Joanna,

Just checking in now that you're settled in Dublin - how's the new job at Mater View going? Night shifts treating you okay?

I've got a couple of informatics roles coming through in October that could be a good fit, including one at a pharma company in Cork that's open to hybrid. Would you still be interested, or are you happy to stay put for a while? No pressure either way.

Declan
Emerald Clinical Staffing`, 'Checking in'),

  // 107 rejection, interview, culture_fit + fb (start-up)
  rej('interview', ['culture_fit'], { ...fb, ...door },
    `Hey Joanna,

Thank you so much for meeting the team on Friday - everyone loved your stories from the ICU.

I want to be honest about why we're not moving forward. We're a 12-person team and we ship changes every day, often deciding things in a Slack thread in ten minutes. In the interview, you talked a lot about wanting clear protocols, sign-off and time to check things properly before they go live - which makes total sense coming from intensive care, and honestly is a strength. But the team felt that our pace and loose way of working would frustrate you more than help you.

We'll grow up a bit in the next year, and when we have a proper clinical safety function I'd love to reach out again.

Best,
Ronan
CEO, Pulsecheck`, 'Pulsecheck'),

  // 108 acknowledgement (UK remote)
  other(`Dear Joanna,

Thank you for applying for the role of Clinical Safety Officer (Remote) with Threadneedle Health Systems.

We confirm receipt of your application. Our team reviews every application, and we aim to respond within 10 working days. We will let you know the outcome either way.

Kind regards,
People Team, Threadneedle Health Systems`, 'Application received: Clinical Safety Officer (Remote)'),

  // 109 rejection, application, location + fb (UK remote requires UK residence)
  rej('application', ['location'], { ...fb },
    `Dear Joanna,

Thank you for your application for the Clinical Safety Officer (Remote) role.

Although the role is remote, our clinical safety staff must be resident in the UK for information governance and contractual reasons, and hold the right to work in the UK. As you are based in Ireland, we are not able to consider your application.

We appreciate your interest in Threadneedle Health Systems.

Kind regards,
People Team`, 'Your application: Clinical Safety Officer (Remote)'),

  // 110 interview scheduling, pharma
  other(`Hi Joanna,

Good news - the hiring manager for the Medical Information Associate role at Caldera Therapeutics would like to meet you.

The interview will be on Teams on Tuesday 15 October at 11:00 and will last around 45 minutes. You'll meet Dr Fiona Sheedy (Medical Information Manager) and Paul Kinsella (Pharmacovigilance Lead). There's no need to prepare a presentation.

Please confirm that this time works for you.

Thanks,
Hannah Doyle
Talent Acquisition, Caldera Therapeutics Ireland`, 'Interview confirmation - Medical Information Associate'),

  // 111 other: reschedule
  other(`Hi Joanna,

Apologies - Paul has a clash on Tuesday, so we need to move your interview. Would Thursday 17 October at 14:00 work instead? Same Teams link.

Sorry for the inconvenience, and thank you for your flexibility.

Hannah

On Fri, 11 Oct 2024 at 10:22, Joanna Dizon wrote:
> Hi Hannah, thank you - Tuesday at 11 works perfectly. I look forward to it.`, 'Re: Interview confirmation - Medical Information Associate'),

  // 112 rejection, interview, profile_mismatch + offered (pharma)
  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Joanna,

Thank you for interviewing with Dr Sheedy and Paul Kinsella for the Medical Information Associate role.

We had several strong candidates for this position, and after careful consideration we have decided to proceed with a candidate whose background is a closer fit for the role.

If you would like feedback on your interview, I would be happy to arrange a short call with Dr Sheedy.

Kind regards,
Hannah Doyle
Talent Acquisition, Caldera Therapeutics Ireland`, 'Medical Information Associate - outcome'),

  // 113 other: feedback call booked
  other(`Hi Joanna,

Thanks for taking up the offer of feedback. I've booked 20 minutes with Dr Sheedy for Wednesday 30 October at 16:30 - the invite should be in your calendar now. If the time doesn't work, just let me know and I'll find another.

Best,
Hannah`, 'Feedback call - Medical Information Associate'),

  // 114 hold, screen, role_closed (insurer budget)
  hold('screen', ['role_closed'], {},
    `Hi Joanna,

Thanks for the screening call last week for the Clinical Claims Data Analyst position at Slaney Life & Health.

I wanted to let you know that we've had to put this role on hold while the business finalises its budget for next year. We are not closing the role and we're not making any decisions on candidates in the meantime - we expect to pick things back up in January, and I'll contact you then.

Sorry to slow things down, and thanks for your patience.

Best regards,
Eimear Walsh
Talent Acquisition Partner, Slaney Life & Health`, 'Clinical Claims Data Analyst - on hold'),

  // 115 job alert
  other(`Your weekly digest from Irish Health Jobs

New this week in Health Informatics & Data:
• Clinical Informatics Nurse (CNM2 equivalent) - St. Brigid's Hospital Group - Closing 8 Nov
• Data Quality Officer - National Cancer Registry Office - Closing 15 Nov
• Clinical Systems Trainer - Ardmore University Hospital - Closing 1 Nov
• Healthcare Analytics Consultant - Tallis & Reeve Consulting - Open

Unfortunately we've removed 2 listings you saved because the employers have closed them.

Manage your saved searches | Unsubscribe`, 'Your weekly job digest'),

  // 116 rejection, interview, role_closed (insurer restructure)
  rej('interview', ['role_closed'], {},
    `Dear Joanna,

I'm writing with an update on the Health Data Analyst (Clinical Risk) vacancy at Harbourside Health Insurance, for which you interviewed on 3 October.

Following a review of the structure of our Clinical Risk team, the company has decided not to fill this position. The work will be absorbed into an existing team. As a result, we are closing the competition and will not be making an appointment.

We are sorry to give you this news after you had given us your time, and thank you for your interest.

Yours sincerely,
Human Resources
Harbourside Health Insurance DAC`, 'Health Data Analyst (Clinical Risk)'),

  // 117 acknowledgement St Brigid's new competition + "shortlisted" invitation
  other(`Dear Joanna,

Ref: CIN-2291 Clinical Informatics Nurse

Further to our earlier letter, we are pleased to let you know that recruitment has resumed and that you have been shortlisted for interview for the above post.

Interviews will take place at the Hospital Group offices, Block C, on Tuesday 12 November. Your interview time is 10:40. Please bring your passport, your registration certificate and your original qualification documents.

Please confirm your attendance by replying to this email.

Recruitment Office
St. Brigid's Hospital Group`, 'CIN-2291 - Invitation to interview'),

  // 118 rejection, application, skills_gap + location
  rej('application', ['skills_gap', 'location'], { ...fb },
    `Hi Joanna,

Thank you for applying for the Clinical Informatics Lead role at Bayanihan Digital Health.

We've reviewed your application and won't be moving forward. Two things: this is a lead role and needs at least three years of working in an informatics or digital health team, and we're also only hiring people based in Metro Manila because the role includes weekly on-site visits to our partner hospitals. Since you've relocated to Dublin, that would not be workable.

Ingat, and good luck in Ireland!
Bea Santos
Talent, Bayanihan Digital Health`, 'Your Bayanihan Digital Health application'),

  // 119 hold, assessment, generic (delay after test)
  hold('assessment', ['generic'], {},
    `Hi Joanna,

Thanks for sending in the data exercise for the Healthcare Analytics Consultant role. Just to keep you in the loop: we've had a much bigger response than expected and marking is taking longer than planned. We now expect to let everyone know about interviews by 22 November rather than this week.

Your application is still live - nothing has been decided yet.

Best,
Cian
Tallis & Reeve Consulting`, 'Analytics Consultant - timing update'),

  // 120 rejection, assessment, assessment + fb (Tallis & Reeve)
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Joanna,

Thanks for your patience. We've now marked all of the data exercises, and I'm sorry to say yours didn't make it through to interviews.

The markers liked the clinical reasoning in your write-up a lot. Where it fell short was the analysis itself: the regression treated each admission as independent, even though many patients appeared more than once, and the chart on length of stay used the mean where the data was heavily skewed. Those were the main points that separated the candidates we're interviewing.

We run this competition twice a year, and I'd really encourage you to try again in spring.

Best,
Cian
Tallis & Reeve Consulting`, 'Analytics Consultant - exercise result'),

  // 121 talent pool signup
  other(`Welcome to the Halvorsen Talent Community, Joanna!

You're now part of our talent community. We'll send you news about life at Halvorsen and let you know when roles matching your interests (Data & Analytics, Medical Affairs; Ireland) are posted.

You can update your interests or leave the community at any time from your profile.

Halvorsen Pharmaceuticals - Talent Acquisition`, 'Welcome to the Halvorsen Talent Community'),

  // 122 rejection, final, position_filled + door (panel)
  rej('final', ['position_filled'], { ...door },
    `Dear Joanna,

Re: Clinical Informatics Nurse, Electronic Health Record Programme (Ref EHR-0417)

Thank you for attending the final interview on 5 November. As you know, this was the second and final stage of the selection process.

The interview board has now completed its work. I regret to inform you that the post has been offered to, and accepted by, another candidate.

Your name has, however, been placed on the panel for this grade, which will remain in place for twelve months. Should a further vacancy arise during that time, candidates on the panel will be contacted in order of merit.

Yours sincerely,
Recruitment and Selection
Ardmore University Hospital`, 'EHR-0417 - result of final interview'),

  // 123 other: after interview, outcome to follow
  other(`Dear Joanna,

Thank you for attending interview for the post of Clinical Informatics Nurse (CIN-2291) on Tuesday 12 November.

The interview board is now completing its assessment of all candidates, and we expect to write to everyone with the outcome within ten working days. We will also contact your referees if you are successful at interview, so please let them know to expect a call.

Thank you for your interest in St. Brigid's.

Recruitment Office
St. Brigid's Hospital Group`, 'CIN-2291 - following your interview'),

  // 124 reference request
  other(`Dear Ms Dizon,

We have received a request for a reference on your behalf from St. Brigid's Hospital Group for the post of Clinical Informatics Nurse. Before we release the reference form completed by your former Nurse Manager, we need your written consent.

Please reply to this email confirming that you consent to the release of the reference, and quote your employee number (MNL-ICU-08712).

Thank you.

Human Resources Division
Our Lady of Peace Hospital, Manila`, 'Consent required - reference request'),

  // 125 rejection, screen, generic + offered (agency for Cork pharma)
  rej('screen', ['generic'], { ...offered },
    `Hi Joanna,

Bad news on the Cork one, I'm afraid. The client had a look after I put you forward following our chat, and they're not going to progress. They haven't given me a reason beyond "not for us at this time", which I know is frustrating. I'll push them for something more concrete - give me a shout if you want me to chase it.

Declan
Emerald Clinical Staffing`, 'Cork pharma role'),

  // 126 rejection, final, internal_candidate
  rej('final', ['internal_candidate'], {},
    `Dear Joanna,

Thank you for coming in to meet our Chief Nursing Information Officer for the final interview for the Nurse Informatics Specialist post.

I am writing to let you know that, at the end of the process, the post was offered to a nurse currently working in the Digital Health Unit, who had been seconded to the project for the past year. We are therefore not in a position to offer you the role.

We were grateful for your time and wish you well.

Kind regards,
HR Department
Liffey Valley Hospital Group`, 'Nurse Informatics Specialist - final interview'),

  // 127 other: recruiter check-in reply, still in process
  other(`Hi Joanna,

Thanks for the nudge! Slaney Life & Health haven't reopened the Claims Data role yet - they're still saying January. I'll chase them in the first week back and let you know straight away.

In the meantime, enjoy the break if you get one. I know December on the wards is mad.

Declan

> Hi Declan, just checking if there's any news on Slaney or anything else? Thanks!`, 'Re: Checking in'),

  // 128 hold, interview, role_closed - (Mater View internal EHR role frozen)
  hold('interview', ['role_closed'], {},
    `Hi Joanna,

Following up on the EHR Optimisation Nurse role. Dr Hegarty is back, but I'm afraid the hospital has now placed a temporary freeze on new posts until the new financial year while the EHR go-live date is reviewed. The role hasn't been cancelled, and your application is still on file with us - we simply can't move to the next stage until the freeze is lifted, which we expect in March.

I'll write again as soon as I can.

Clodagh Byrne
HR Business Partner, Mater View Private Hospital`, 'EHR Optimisation Nurse - recruitment freeze'),

  // 129 job alert
  other(`New job matching your profile: Clinical Data Analyst

Hi Joanna, based on your recent searches, we think you might like this role:

Clinical Data Analyst - Cedar Row Health (Remote, Ireland)
EUR 50,000 - 58,000
Posted 2 hours ago

We're sorry if this isn't quite right - tell us what you'd like to see more of and we'll improve your recommendations.

JobHarbour.ie`, 'New job: Clinical Data Analyst at Cedar Row Health'),

  // 130 rejection, application, profile_mismatch (Cedar Row, Recruitee)
  rej('application', ['profile_mismatch'], {},
    `Dear Joanna,

Thank you for your application for the Clinical Data Analyst position at Cedar Row Health.

We have carefully compared your profile with the position and have decided not to proceed. We have had many applications from candidates whose experience lines up more closely with what we are looking for.

Kind regards,
Cedar Row Health - Talent`, 'Your application at Cedar Row Health'),

  // 131 offer (St Brigid's)
  other(`Dear Joanna,

Re: Clinical Informatics Nurse (CIN-2291)

Further to your recent interview and the completion of satisfactory reference checks, I am delighted to offer you the post of Clinical Informatics Nurse with St. Brigid's Hospital Group, on the Clinical Nurse Manager 2 salary scale, point 4, with a start date to be agreed.

This offer is subject to the standard pre-employment requirements, including occupational health clearance and Garda vetting. Please find attached your contract and the acceptance form. We would be grateful if you could return the signed form within ten working days.

We were very impressed by your interview and look forward to welcoming you to the EHR team.

Yours sincerely,
Noreen Flanagan
Director of Nursing, Digital Health
St. Brigid's Hospital Group`, 'Offer of employment - Clinical Informatics Nurse'),

  // 132 other: acceptance acknowledged / onboarding
  other(`Hi Joanna,

Thank you for returning your signed acceptance form - congratulations again, and welcome to St. Brigid's!

Our onboarding team will be in touch this week about your occupational health appointment and Garda vetting. Your provisional start date is Monday 3 February.

If you have any questions in the meantime, don't hesitate to get in touch.

Kind regards,
Recruitment Office
St. Brigid's Hospital Group`, "Welcome to St. Brigid's"),
];
