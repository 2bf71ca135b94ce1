/**
 * Sealed messages of the thirty-sixth round. The first half is declines from many employers around the world, one
 * each: tracking-system letters of many vendors, HR template letters (some with a merge field never filled in), agency
 * recruiters, hiring managers and founders writing by hand, HTML leftovers and replies with earlier mail quoted below,
 * at every stage from a CV screen to a final panel and with every kind of reason. The second half is six months of one
 * inbox: an Army logistics captain leaving the service in Manchester and looking for project, operations and
 * supply-chain work in the north of England, with acknowledgements, interview and assessment-centre bookings, job
 * alerts, a transition charity's newsletter, recruiter check-ins, paused processes, declines and, at the end, an offer.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s36-');

export const HANDWRITTEN_SEALED_36: readonly CorpusLine[] = [
  // ── Part one: many employers
  // 1 Greenhouse-style, application, generic
  rej('application', ['generic'], {},
    `Hi Daniela,

Thank you for your interest in Quillmark and for applying to the Customer Success Associate position.

We received a great number of applications and, after reviewing yours, we have decided not to move forward at this time.

We wish you all the best.

The Quillmark Recruiting Team

Powered by Greenhouse`, 'Thank you for applying to Quillmark'),

  // 2 Lever-style, application, profile_mismatch + door
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Tomasz,

Thanks so much for applying for the Growth Marketing Manager role at Fernway. We've had a close look at your application and we don't think your background lines up closely enough with what this role needs right now.

That said, we're growing fast, and we'd love for you to keep an eye on our careers page and apply again when something closer to your experience opens up.

Cheers,
Fernway Talent`, 'Your application to Fernway'),

  // 3 Workday-style, application, generic
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your interest in the position Financial Analyst II (Requisition R-0048213) at Castellan Health Systems.

After careful review, we have decided to pursue other candidates for this position. You may view the status of your application at any time by signing into your candidate home.

Sincerely,
Castellan Health Systems Talent Acquisition

This is an automated message. Please do not reply to this email.`, 'Application Status Update: Financial Analyst II'),

  // 4 merge field left in, application, skills_gap
  rej('application', ['skills_gap'], { ...fb },
    `Dear [Candidate Name],

Thank you for applying for the role of Registered Nurse - Night Shift at Linden Grove Care Home.

Unfortunately, we are unable to take your application further, as the role requires current NMC registration, which we could not see on your application.

Yours sincerely,

[Recruiter Name]
HR Department
Linden Grove Care Home, Harrogate`, 'Your application'),

  // 5 SmartRecruiters, screen, salary
  rej('screen', ['salary'], { ...fb, ...door },
    `Hello Anouk,

Thank you for taking the time to speak with Marieke on Tuesday about the Data Engineer opening in Utrecht.

Based on the conversation, the salary range you indicated is considerably above what we have budgeted for this position, and we do not expect to be able to close that gap. For that reason we will not continue with your application.

We would be happy to keep your profile in our talent community and contact you if a more senior position opens up.

Kind regards,
Recruitment Team | Velders Energie B.V.
Sent via SmartRecruiters`, 'Je sollicitatie bij Velders Energie / Your application'),

  // 6 founder, interview, culture_fit + feedback
  rej('interview', ['culture_fit'], { ...fb },
    `Hey Rohan,

Wanted to write this myself rather than send a template. Thanks for the two chats last week - you clearly know your way around B2B sales.

I'll be straight with you: we're six people in one room and we move very loosely, no playbooks, lots of changing direction mid-week. In both conversations you came back to wanting clear process and a defined territory, which is totally reasonable but isn't what this job will look like for at least a year. So I don't think it's the right match on either side and we're not going to make an offer.

Really appreciate your time.

Kasia
Co-founder, Pebblework`, 'pebblework'),

  // 7 iCIMS, final, position_filled
  rej('final', ['position_filled'], {},
    `Dear Marcus Oyelaran,

Thank you for participating in the final round of interviews for the Director of Facilities role at Brightwater Regional Medical Center. We appreciate the time you and your family devoted to the on-site visit.

We wanted to let you know that we have extended an offer to another finalist, who has accepted.

We are grateful for your interest in Brightwater.

Human Resources
Brightwater Regional Medical Center
&nbsp;
<p style="font-size:10px">This message was sent from an unmonitored mailbox.</p>`, 'Director of Facilities - Update'),

  // 8 Taleo, application, location
  rej('application', ['location'], { ...fb },
    `Dear Svetlana,

Thank you for your application for the position of Procurement Specialist (Job ID 27731) with Norrland Mining AB.

This position requires the successful candidate to hold an existing right to work in Sweden, as we are unable to provide visa sponsorship for this role. As your application indicates you would require sponsorship, we are unable to consider it further.

Best regards,
Norrland Mining AB
Careers

*** Please do not respond to this automatically generated message ***`, 'Norrland Mining AB: Your application'),

  // 9 Workable, assessment, assessment + feedback
  rej('assessment', ['assessment'], { ...fb },
    `Hi Lucía,

Thanks for completing the copywriting exercise for the Content Writer role at Trebol Digital.

The team reviewed all submissions blind. Yours was well structured, but the brief asked for a conversational tone for a Gen Z audience, and the three pieces read quite formally. Because of that, the scores fell short of what we needed to bring you to interview.

Thanks again for the effort you put in.

Trebol Digital Hiring Team`, 'Trebol Digital - Content Writer'),

  // 10 agency recruiter, application, overqualified
  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Graham,

Quick one. I put your CV forward to my client for the Warehouse Team Leader post in Daventry. They came back this morning and, to be honest, they think you're too senior for it - with 15 years and two site manager roles behind you they're worried you'd be bored within six months and move on.

Not the answer either of us wanted. I've got a couple of site manager roles coming through next month though, so I'll give you a call as soon as they land.

Cheers
Dean Whitlow
Senior Consultant | Keystone Logistics Recruitment
M: 07700 900412`, 'RE: Team Leader - Daventry'),

  // 11 Teamtailor, screen, internal_candidate
  rej('screen', ['internal_candidate'], {},
    `Hi Freja,

Thank you for the nice phone call last week about the Project Coordinator role at Nordholm Arkitekter.

We have now decided to fill the position with a colleague who already works with us in the Aarhus office, so we will not proceed with the other candidates.

We wish you good luck with your job search.

Best,
Signe Lauritsen
People & Culture, Nordholm Arkitekter

-- Sent with Teamtailor`, 'Project Coordinator at Nordholm Arkitekter'),

  // 12 Personio, application, role_closed
  rej('application', ['role_closed'], { ...door },
    `Dear Mr. Brandt,

Thank you for your application as Werkstudent Controlling (m/w/d) at Alpenfeld Logistik GmbH.

Due to an internal reorganisation of our finance department, this position will unfortunately not be filled. We therefore have to decline your application.

We have saved your documents with your consent in our applicant pool and will contact you if a suitable position becomes available.

Kind regards
Your Alpenfeld recruiting team

Alpenfeld Logistik GmbH | Sitz: München | HRB 204117 | Geschäftsführer: Jörg Metzler`, 'Ihre Bewerbung / Your application'),

  // 13 BambooHR, interview, skills_gap + feedback
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Jasmine,

Thanks for meeting with Paul and me on Thursday for the Payroll Specialist role. We enjoyed the conversation.

After talking it over, we've decided not to move ahead. The role runs multi-state payroll from day one, and we really need someone who has already processed payroll across several states; your experience so far has been in a single state. We don't have the capacity to train that right now.

Best wishes,
Renee Calloway
HR Manager, Cobalt Ridge Manufacturing`, 'Payroll Specialist'),

  // 14 Ashby, interview, generic + offered
  rej('interview', ['generic'], { ...offered },
    `Hi Oluwaseun,

Thank you for interviewing with us for the Product Designer role at Lattice Ferry. It was a pleasure to learn more about your work.

After careful consideration, we've decided not to move forward with your candidacy.

If it would be useful, reply to this email and I'll see what feedback I can share from the team.

Warmly,
Hana
Recruiting at Lattice Ferry`, 'Your Lattice Ferry interview'),

  // 15 hiring manager, final, profile_mismatch + door
  rej('final', ['profile_mismatch'], { ...door },
    `Dear Ingrid,

Thank you for coming in for the final panel last Wednesday, and for the presentation, which the board talked about afterwards.

We have decided to appoint another candidate whose experience matched the brief more closely. It was a very close decision.

I would genuinely like to stay in touch - we expect to recruit a deputy director next year and I would encourage you to apply when it is advertised.

With best wishes,
Dr Alan Pemberton
Chief Executive, Northumbria Heritage Trust`, 'Director of Programmes'),

  // 16 HR template, application, profile_mismatch
  rej('application', ['profile_mismatch'], {},
    `Dear Kwame,

RE: APPLICATION FOR THE POSITION OF ACCOUNTS OFFICER

We acknowledge receipt of your application. We regret to inform you that your qualifications do not meet the requirements of the position at this time.

Thank you for your interest in Goldcoast Agro Processing Limited.

Yours faithfully,
For: Human Resource Manager
Goldcoast Agro Processing Ltd, Takoradi`, 'APPLICATION FOR ACCOUNTS OFFICER'),

  // 17 thread reply, interview, position_filled
  rej('interview', ['position_filled'], {},
    `Hi Mateo,

Sorry for the slow reply. I'm afraid we've since offered the role to another candidate and they've accepted, so we won't be taking things further with you.

Thanks again for coming in to meet the team.

Best,
Chloe Dumas
Office Manager, Studio Ardoise

On Mon, 9 Sep 2024 at 08:57, Mateo Ruiz <mateo.ruiz.arq@gmail.com> wrote:
> Hi Chloe,
> Just checking in on the Junior Architect role after our interview on the 29th. Is there any news?
> Thanks, Mateo`, 'Re: Junior Architect - interview'),

  // 18 agency, interview, location
  rej('interview', ['location'], { ...fb },
    `Hi Priyanka,

Feedback from the client after yesterday's video interview. They liked you a lot, but when they explained the role is four days a week in the Leeds office, they felt the commute from Newcastle wasn't realistic long term, and they aren't flexible on the office days. So they've decided not to progress.

Sorry - I know you were keen.

Aisha Rahman
Recruitment Consultant, Calder & Vale Associates`, 'Feedback - Finance Business Partner'),

  // 19 Greenhouse, assessment, assessment
  rej('assessment', ['assessment'], { ...door },
    `Hi Jonah,

Thank you for taking the time to complete the HackerRank coding assessment for the Software Engineer, Backend position at Tidewell.

Unfortunately, your results did not meet the bar we set for this stage, so we won't be moving forward with your application at this time.

We encourage you to apply again in the future - our needs change frequently and we'd be glad to hear from you in 6 to 12 months.

Best,
The Tidewell Recruiting Team`, 'Your Tidewell application'),

  // 20 founder, final (full day), salary
  rej('final', ['salary'], { ...fb },
    `Hi Sébastien,

Thanks for spending a whole day with us on Friday. Everyone enjoyed it.

I went back and forth on this a lot, but we can't get anywhere near the number you mentioned at the end of the day. We're pre-Series A and the whole engineering budget for the year doesn't stretch that far, so I'm not going to make you an offer that I already know won't work for you.

Thanks for understanding.

Elodie Marchand
CEO, Granit Labs`, 'After Friday'),

  // 21 Workday, application, role_closed
  rej('application', ['role_closed'], {},
    `Dear Hiroshi Tanaka,

Thank you for applying for the Supply Planner role (R2024-11872).

We wish to inform you that this requisition has been cancelled and will no longer be filled. As a result, your application will not proceed further.

We appreciate your interest in Meridian Foods International.

Meridian Foods Global Talent Acquisition`, 'Update on your application - Supply Planner'),

  // 22 HR letter, interview, internal_candidate + door
  rej('interview', ['internal_candidate'], { ...door },
    `Dear Ms O'Donnell,

Thank you for attending an interview for the post of Librarian (Grade 6) at Clonmore County Council on 14 October.

The interview board has recommended the appointment of a candidate from within the Council's existing staff. I regret therefore that your application has not been successful on this occasion.

Your name will remain on our panel for similar posts for twelve months, and you may be contacted should a vacancy arise.

Yours sincerely,
Mairéad Kenny
Human Resources Department`, 'Post of Librarian Grade 6'),

  // 23 Lever, application, location
  rej('application', ['location'], { ...fb },
    `Hi Carlos,

Thanks for applying for the Account Executive, DACH role at Orbitwise.

This role requires you to be based in Germany, Austria or Switzerland and to already hold the right to work there. From your application, it looks like you're based in Lisbon, so we aren't able to move forward.

All the best,
Orbitwise Talent Team`, 'Orbitwise - Account Executive, DACH'),

  // 24 one line, screen, generic
  rej('screen', ['generic'], {},
    `Hi Nadia - thanks for the call Monday. We've decided to go with other candidates for this one. Best of luck! - Greg`, 'call monday'),

  // 25 hiring manager, interview, skills_gap + profile_mismatch + offered
  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb, ...offered },
    `Hello Andile,

Thank you for your interview on 3 June for the Maintenance Planner role at the Richards Bay plant.

The panel has decided not to take your application further. The main point was SAP PM: the role requires someone who already plans work orders in SAP daily, and you mentioned you have only used it for reporting. In general the other shortlisted candidates came from process plants closer to ours.

If you would like to discuss this further, you are welcome to phone me on the number below.

Regards,
Thabo Mokoena
Maintenance Manager
Umhlaba Aluminium (Pty) Ltd | 035 555 0144`, 'Maintenance Planner interview outcome'),

  // 26 SmartRecruiters, application, overqualified
  rej('application', ['overqualified'], { ...fb },
    `Dear Fiona,

Thank you for your interest in the Administrative Assistant position at Harbison Legal.

After reviewing your application, we feel your considerable experience as an office manager goes well beyond the scope of this entry-level role, and we do not believe it would offer you the challenge you are looking for. We have therefore decided not to proceed.

Kind regards,
Harbison Legal Recruitment`, 'Administrative Assistant - Harbison Legal'),

  // 27 HTML leftovers, application, generic + door
  rej('application', ['generic'], { ...door },
    `<html><body><table width="600"><tr><td>
Dear Chen Jing,<br><br>
Thank you for applying to the <b>Graduate Management Trainee</b> programme at Pacific Crest Hotels Group.<br><br>
We received over 4,000 applications this year, and unfortunately we are unable to offer you a place on this occasion.<br><br>
We will keep your details in our talent network and hope you will consider Pacific Crest again in future.<br><br>
Yours sincerely,<br>
Graduate Recruitment Team
</td></tr></table>
<p style="color:#999">&copy; 2024 Pacific Crest Hotels Group. Unsubscribe</p></body></html>`, 'Your Pacific Crest application'),

  // 28 assessment centre, assessment
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Ellie,

Thank you for attending our assessment centre in Bristol on 21 November for the Finance Graduate Scheme.

We are sorry to tell you that you have not been successful. Your group exercise score was strong, but your result in the written case study was below the threshold we set, mainly because the recommendation didn't use the figures provided.

If you would like a more detailed breakdown of your scores, please email graduates@severnmutual.co.uk within 28 days.

Severn Mutual Early Careers`, 'Assessment centre outcome'),

  // 29 agency, final, internal_candidate
  rej('final', ['internal_candidate'], {},
    `Hi Bogdan,

Bad news I'm afraid. After the final round the client decided to promote their current deputy into the Plant Manager role - apparently he'd been in the mix the whole time and they weren't sure he'd go for it until last week.

Really sorry. You did everything right.

Speak soon,
Marta Zielinska
Executive Search, Vistula Partners, Wrocław`, 'Plant Manager - decision'),

  // 30 Workable, application, skills_gap (language)
  rej('application', ['skills_gap'], { ...fb },
    `Dear Thomas,

Thank you for your application for Customer Support Specialist (French & Dutch) at Kampo.

Because this role involves handling calls in Dutch at native level, and your application lists Dutch as intermediate, we will not be moving you forward in the process.

Kind regards,
Kampo Recruitment
Powered by Workable`, 'Your application for Customer Support Specialist'),

  // 31 hiring manager, interview, culture_fit
  rej('interview', ['culture_fit'], { ...fb },
    `Dear Hamza,

Thank you for meeting the team on Tuesday. We have given it a lot of thought and decided that we won't be offering you the position of Sous Chef. It came down to how we think you'd fit in with the kitchen team as it is now rather than your cooking, which we rated.

All the best,
Joe Pritchard
Head Chef, The Saltmarsh, Aldeburgh`, 'Sous Chef'),

  // 32 iCIMS, application, position_filled
  rej('application', ['position_filled'], {},
    `Hello Brianna,

Thank you for your interest in the Pharmacy Technician position (Req #44710) at Wellmark Pharmacy.

We wanted to let you know that the position has been filled. We appreciate the time you took to apply.

Sincerely,
Wellmark Pharmacy Talent Acquisition

This email was sent from an unattended mailbox.`, 'Wellmark Pharmacy - Application Update'),

  // 33 thread, interview, role_closed + door
  rej('interview', ['role_closed'], { ...door },
    `Hi Leila,

Thanks for chasing, and sorry you had to. We've had news from the top this week: the client contract that this Operations Lead role was created for fell through, so the role has been withdrawn completely. I'm afraid that means we won't be making an appointment.

I'm really sorry, because you were our front-runner after the interview. If we re-open it, you'll be the first person I call.

Tom

-----Original Message-----
From: Leila Haddad
Sent: 17 June 2024 10:04
To: Tom Ashby
Subject: Operations Lead - next steps?

Hi Tom, hope you're well. I wondered if there was any update following our interview on the 5th?
Many thanks, Leila`, 'RE: Operations Lead - next steps?'),

  // 34 Taleo, final, generic
  rej('final', ['generic'], {},
    `Dear Rajesh,

Thank you for taking part in the final stage of the selection process for the position of Regional Credit Risk Manager.

We regret to inform you that we have selected another candidate.

We thank you for the interest you have shown in Amberline Bank and wish you every success.

Best regards,
Amberline Bank Talent Acquisition

--- This is a system-generated message. Replies are not monitored. ---`, 'Regional Credit Risk Manager'),

  // 35 HR template, application, profile_mismatch, merge field
  rej('application', ['profile_mismatch'], { ...door },
    `Dear {{first_name}},

Thank you for your interest in joining Halcyon Retail as a Store Manager.

We have reviewed your application carefully and on this occasion we have decided not to progress it, as other applicants more closely matched the requirements of the role.

We will hold your details on file for six months and may be in touch if a suitable vacancy arises.

Best wishes,
Halcyon Retail Careers`, 'Store Manager - Halcyon Retail'),

  // 36 founder, screen, overqualified + door
  rej('screen', ['overqualified'], { ...fb, ...door },
    `Hi Margaret,

Great to chat yesterday. Having slept on it, I don't think our bookkeeper role is right for you - you've been a finance director for ten years, and this job is mostly reconciling Xero and chasing invoices. I'd feel bad hiring you into it.

If we ever get to the point of needing a part-time FD (hopefully next year!), I'd love to come back to you.

Best,
Owen
Founder, Bramble & Hive`, 'our chat'),

  // 37 Ashby, assessment, assessment + skills_gap
  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Arjun,

Thanks for completing the take-home for the Machine Learning Engineer role at Cindervale.

Our reviewers liked the write-up, but the model evaluation used the test set for tuning, and the submission didn't include any of the deployment part, where we need someone with production MLOps experience from day one. So we won't be moving forward to interviews.

Best,
Cindervale Recruiting`, 'Cindervale - take-home outcome'),

  // 38 agency, application, salary
  rej('application', ['salary'], { ...fb },
    `Hi Ross,

Heard back on the Commercial Manager role. They've said no at CV stage, purely on money - your current package is around 20k more than the top of their band and they're not moving on it.

Let me know if you want me to keep looking at that level.

Jen
Harlow Byrne Recruitment`, 'Commercial Manager'),

  // 39 long HR letter, interview, skills_gap + door, key sentence middle
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Ms Achterberg,

Thank you very much for travelling to Rotterdam on 12 March to interview for the position of Port Operations Analyst, and for the care you took in preparing for the conversation. We know how much effort goes into an application and an interview, and we are grateful for it.

As you will know from the interview, the Port Operations team is going through a period of change. We are introducing a new terminal operating system, expanding our rail links to the hinterland and taking on new shipping lines over the next two years. The analyst in this role will work closely with the planning and commercial teams and will be expected to build forecasting models largely independently.

Having considered all of the candidates carefully, we have decided not to offer you the position. The deciding point for the panel was hands-on experience with Python or R for forecasting: you told us that your modelling so far has been done in Excel, and the role needs someone who can build and maintain models in code from the start.

We do not want this to be the end of our contact. We expect several positions in planning to open later this year, some of which would suit your background well, and we would encourage you to apply for those.

Thank you once again for your interest in our organisation.

With kind regards,

Marloes de Wit
Recruiter, Port Operations
Havenbedrijf Maasvlakte Services B.V.

This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete this e-mail.`, 'Your application Port Operations Analyst'),

  // 40 on hold in part one
  hold('interview', ['role_closed'], {},
    `Hi Esther,

I wanted to give you an honest update rather than leave you hanging. Since your second interview for the Programme Manager role, the board has put all new hires on hold until the budget for next year is signed off, which we expect in late January.

You are still very much in the process and nothing has been decided. I'll be in touch as soon as we hear.

Best,
Naveen Kapoor
Head of Delivery, Clearwater Housing Association`, 'Programme Manager - update'),

  // 41 BambooHR, application, location (onsite)
  rej('application', ['location'], { ...fb },
    `Hi Emeka,

Thanks for applying to be a Lab Technician at Verdant Bio. Because the role requires daily on-site work in our Cambridge, MA lab, and you mentioned you are looking for fully remote roles only, we won't be moving forward with your application.

Wishing you the best,
Verdant Bio People Team`, 'Lab Technician at Verdant Bio'),

  // 42 hiring manager, interview, overqualified + salary
  rej('interview', ['overqualified', 'salary'], { ...fb },
    `Dear Patrick,

Thank you for interviewing for the Assistant Site Engineer role last week.

We have decided not to proceed. Frankly, with your chartered status and twenty years on major projects, we think you'd be over-qualified for what is a junior position, and the salary we can offer would be a big step down from what you told us you are on now.

Kind regards,
Sinead Walsh
Project Director, Corrib Civil Engineering`, 'Assistant Site Engineer'),

  // 43 Greenhouse, screen, profile_mismatch
  rej('screen', ['profile_mismatch'], {},
    `Hi Tariq,

Thank you for speaking with our recruiting team about the Senior Product Manager, Payments role at Kestrel Pay.

After reviewing the notes from your conversation, we've decided to move forward with candidates whose backgrounds more closely align with the needs of this position.

We appreciate your interest in Kestrel Pay.

Best regards,
Kestrel Pay Recruiting`, 'Kestrel Pay - Senior Product Manager, Payments'),

  // 44 thread, final, position_filled + offered
  rej('final', ['position_filled'], { ...offered },
    `Hi Yuki,

I'm sorry to be coming back with this. The team has made its decision on the Head of Brand role and we have made an offer to another finalist, which has been accepted this morning.

You were one of the last two and it was genuinely difficult. If you'd like to hear how the panel saw your presentation, I'm happy to set up a short call with Laura.

Kind regards,
Amelia Hart
Talent Partner, Silverbirch Cosmetics

On Thu, 7 Nov 2024 at 14:12, Yuki Morimoto wrote:
> Thank you Amelia, I look forward to hearing from you after the final presentation on Monday.`, 'Re: Head of Brand - final stage'),

  // 45 Personio, interview, role_closed
  rej('interview', ['role_closed'], {},
    `Dear Ms Novak,

Thank you again for the interview for the position of HR Generalist.

Unfortunately, we must inform you that the position has been cancelled as part of a restructuring of our HR team. We are therefore unable to continue the application process.

We thank you for your interest and wish you all the best for the future.

Kind regards,
Lena Hofbauer
Talent Acquisition
Donautal Versicherung AG, Linz`, 'Your application as HR Generalist'),

  // 46 agency, screen, skills_gap (clearance)
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Callum,

Thanks for the call this morning. I've spoken to the hiring manager and unfortunately they need someone who already holds DV clearance - they can't sponsor it for this contract because of the start date. So I can't put you forward for this one.

Cheers,
Hollie Grant
Resourcing Consultant, Sentinel Technical Recruitment`, 'Systems Engineer - contract'),

  // 47 HR, final, culture_fit + profile_mismatch
  rej('final', ['culture_fit', 'profile_mismatch'], { ...fb },
    `Dear Astrid,

Thank you for completing the final round with our leadership team for the position of Head of Customer Operations.

We have decided not to offer you the role. Our decision reflects our view of how your management style would sit with the values of our teams, and that another candidate's experience was a closer match for the position overall.

We appreciate the time you have given us.

Yours sincerely,
Karin Lindqvist
Chief People Officer, Solvik Telecom`, 'Head of Customer Operations'),

  // 48 SmartRecruiters, application, internal_candidate
  rej('application', ['internal_candidate'], {},
    `Dear Gabriel,

Thank you for applying for the Logistics Coordinator position at Arcadia Freight.

We would like to inform you that the position has been filled through an internal appointment. Your application will therefore not be processed further.

Best regards,
Arcadia Freight HR`, 'Logistics Coordinator - Arcadia Freight'),

  // 49 one liner, interview, position_filled
  rej('interview', ['position_filled'], {},
    `Hi Sam, thanks for coming in last week. Just to let you know we've given the bar manager job to someone else. All the best, Liz (The Old Ferry Inn)`, ''),

  // 50 Lever, assessment, generic
  rej('assessment', ['generic'], {},
    `Hi Maya,

Thank you for completing the written exercise for the Policy Analyst role at Openbridge Institute.

We had a very strong field and we will not be taking your application to the interview stage.

Best wishes,
Openbridge Institute`, 'Openbridge Institute - Policy Analyst'),

  // 51 HR template, application, skills_gap (degree) + door
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Applicant,

Thank you for applying for the position of Clinical Research Associate.

Candidates for this position must hold a degree in a life science or nursing. As we could not identify such a qualification in your application, we are unable to consider you for this role.

We encourage you to review our other vacancies, and you are welcome to apply for any future role that matches your qualifications.

Kind regards,
Recruitment Services
Helvion Clinical Research Ltd`, 'Clinical Research Associate - application'),

  // 52 Workable, screen, location
  rej('screen', ['location'], { ...fb, ...door },
    `Hi Ana,

Thanks again for the call on Friday! As we discussed, our Customer Success team works on US Central time, and we're only able to hire in the US and Canada for this role at the moment. With you being in Manila, we won't be able to move forward.

We'd love to stay in touch though - we're planning to open an APAC team next year, and I've tagged your profile so we can reach out when that happens.

Best,
Riley
Recruiting, Stackhaven`, 'Stackhaven - next steps'),

  // 53 founder, application, profile_mismatch short
  rej('application', ['profile_mismatch'], {},
    `Hi Eduardo, thanks for reaching out about the ops role. Had a look at your CV and I don't think it's a fit for what we need right now. Best, Niamh`, 'Re: Ops role at Tinderbox'),

  // 54 Taleo, interview, generic + door
  rej('interview', ['generic'], { ...door },
    `Dear Olamide Bankole,

Thank you for interviewing for the position of Relationship Manager, SME Banking.

After careful consideration, we regret to inform you that you have not been selected to proceed further in the recruitment process.

Your profile will remain in our database, and we encourage you to apply for other suitable openings on our career portal.

Yours faithfully,
Talent Acquisition Team
Ebony Coast Bank Plc`, 'Recruitment Update - Relationship Manager'),

  // 55 hiring manager, assessment, assessment + feedback + offered
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Wren,

Thanks so much for the case study. I'm sorry to say we won't be inviting you to the panel interview.

The analysis of the churn data was good, but the brief asked for three prioritised recommendations and the deck gave eleven with no ranking, so we couldn't see how you'd decide what to do first. That's the main thing the role hinges on.

Happy to go through it on a call if you'd find that useful.

Best,
Callie Duarte
Director of Strategy, Oakhollow Subscriptions`, 'Case study'),

  // 56 BambooHR, final, internal_candidate
  rej('final', ['internal_candidate'], { ...door },
    `Hi Dominic,

Thank you for making it to the final round for our Warehouse Operations Manager role. After a lot of discussion, we have decided to offer the position to one of our existing shift managers, who has been with us for six years.

We were impressed by you and would like to keep your details for future management openings, which we expect as the Preston site grows.

Best,
Louise Farrant
HR Business Partner, Ribble Valley Distribution`, 'Warehouse Operations Manager'),

  // 57 HTML, application, salary
  rej('application', ['salary'], { ...fb },
    `<div>Dear Nikolai,</div><div><br></div><div>Thank you for applying for the Senior Accountant role at Kettleborough &amp; Marsh.</div><div><br></div><div>Unfortunately the salary expectation stated in your application (&pound;68,000) is outside the range set for this position, so we will not be taking your application further.</div><div><br></div><div>Regards,<br>Recruitment Team</div>`, 'Senior Accountant'),

  // 58 thread, assessment, role_closed
  rej('assessment', ['role_closed'], {},
    `Hi Priscilla,

Thanks for sending the exercise over, and sorry for the delay. I've just been told that the Data Analyst role has been frozen as part of a wider hiring pause, and we've been asked to close all open processes for it. So we won't be reviewing submissions further.

Apologies - I know you put time into it.

Ben

On 4 Feb 2025, at 16:21, Priscilla Amoah wrote:
> Hi Ben, attached is my completed SQL exercise. Let me know if you need anything else.`, 'Re: SQL exercise'),

  // 59 iCIMS, interview, skills_gap licence
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Wesley,

Thank you for interviewing for the Delivery Driver (Class A CDL) position with Pinecrest Distribution.

We will not be extending an offer at this time. The position requires at least two years of verifiable Class A driving experience, and you currently have nine months.

Pinecrest Distribution Talent Team`, 'Pinecrest Distribution - Interview Result'),

  // 60 agency, final, culture_fit + feedback
  rej('final', ['culture_fit'], { ...fb, ...offered },
    `Hi Helena,

Feedback from the final round at Marlow Street Partners. The partners said your technical answers were excellent. Where it fell down was team dynamics: in the group exercise they felt you took over the discussion and didn't bring the quieter people in, and they're very consensus-driven. So they're not proceeding.

Happy to talk it through.

Ollie Brennan
Associate Director, Fenwick Search`, 'Marlow Street - final round feedback'),

  // 61 hiring manager overqualified, interview
  rej('interview', ['overqualified'], { ...fb },
    `Dear Dr Okafor,

Thank you for coming in for the Laboratory Assistant interview on Monday.

After discussing it, we feel that with a PhD and postdoctoral experience you are considerably over-qualified for a role that is mainly sample preparation, and we don't think it would keep you satisfied for long. We won't be offering you the position.

Kind regards,
Helen Tranter
Lab Manager, Fenbridge Analytical`, 'Laboratory Assistant'),

  // 62 Teamtailor, application, role_closed
  rej('application', ['role_closed'], {},
    `Hi Elin,

We have decided to pause recruitment for the role of UX Researcher indefinitely, and we are closing the job ad. This means we will not proceed with your application.

Thank you for your interest in Klovstad.

Best regards,
Klovstad

-- Sent with Teamtailor`, 'UX Researcher at Klovstad'),

  // 63 HR letter with assessment and location
  rej('assessment', ['location'], { ...fb },
    `Dear Mr Haddad,

Thank you for completing the online assessments for the Graduate Engineer Programme 2025.

During our eligibility checks we have found that you do not currently have the right to work in the United Kingdom without sponsorship, which this programme cannot provide. We are therefore unable to progress your application.

Yours sincerely,
Early Careers Team
Pennine Water Services plc`, 'Graduate Engineer Programme - eligibility'),

  // 64 Ashby, screen, salary + location
  rej('screen', ['salary', 'location'], { ...fb },
    `Hi Jordan,

Thank you for the intro call on Wednesday. From what we discussed, there are two things we can't bridge: the compensation you're targeting is above the band for this level, and the role needs three days a week in our Austin office, which you said wouldn't work for you.

So we're going to step back from this one. Best of luck with the search.

Rosa
Talent, Quarrylight`, 'Quarrylight intro call'),

  // 65 HR template, interview, profile_mismatch + offered
  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Ms. Fernandes,

Thank you for attending the interview for the Marketing Coordinator position.

We regret to inform you that the panel has selected candidates whose experience aligns more closely with the requirements of the role.

Should you wish to receive feedback on your interview, please contact our HR department at hr@azulporto.pt.

Yours sincerely,
Azul Porto Turismo, S.A.`, 'Marketing Coordinator - Outcome'),

  // 66 founder, application, culture_fit
  rej('application', ['culture_fit'], { ...fb },
    `Hi Brett,

Thanks for the application. I read your cover letter a couple of times. You were pretty clear that you want a big structured company with a defined ladder, and we're a tiny co-op where everyone does a bit of everything and decisions go to a vote. I don't think our way of working would suit you, so we won't take it further.

Good luck,
Imogen, Threadbare Co-operative`, 'Re: Application - Workshop Coordinator'),

  // 67 Workday, final, position_filled + door
  rej('final', ['position_filled'], { ...door },
    `Dear Aleksander,

Thank you for your participation in the final interviews for Senior Manager, Network Planning.

We would like to let you know that the position has now been filled. We encourage you to create a job alert on our careers site so that you will be notified of future opportunities that match your profile.

Regards,
Trans-Baltic Rail Talent Acquisition`, 'Senior Manager, Network Planning - Status'),

  // 68 agency, interview, internal_candidate
  rej('interview', ['internal_candidate'], {},
    `Hi Zara,

Just off the phone with the client. They've gone with an internal applicant for the Compliance Manager role - someone from their audit team applied late and they felt they couldn't pass them over. Your interview went well, for what it's worth.

Speak soon,
Matt Kilbride
Principal Consultant, Aldgate Legal & Compliance Recruitment`, 'Compliance Manager update'),

  // 69 on hold, application generic
  hold('application', ['generic'], {},
    `Dear Applicant,

Thank you for your application for the role of Environmental Officer.

Due to the high volume of applications received, shortlisting is taking longer than planned. We now expect to contact shortlisted candidates by the end of next month. Your application remains under consideration.

Kind regards,
Tasman District Council HR`, 'Environmental Officer - delay'),

  // 70 long hiring manager letter, final, skills_gap + offered + door
  rej('final', ['skills_gap'], { ...fb, ...offered, ...door },
    `Dear Fatima,

I promised to write personally whatever the outcome, so here I am.

First, thank you for the whole process: the first interview in September, the visit to the Casablanca site, and the final presentation to the executive committee last week. You handled the questions from our CFO, who is not an easy audience, very well.

We have decided to appoint another finalist. The reason is quite narrow: the role will lead our ISO 22000 certification next year, and the committee wanted someone who has already taken a food plant through that certification. You have worked under it but not led it, and with a deadline from our largest customer, we felt we could not take the risk.

I would be glad to talk through the committee's view in more detail if that would help you. And I mean it when I say we would like to hear from you again: there will be other senior quality roles here as we open the second plant.

Warm regards,
Youssef Benali
Directeur Industriel, Atlas Conserveries SA`, 'Quality Director - final decision'),

  // 71 Workable, application, generic, minimal
  rej('application', ['generic'], {},
    `Hi Stefan,

Thanks for your application to Bluefin Studios. Unfortunately, we will not be moving forward with your application for the Junior 3D Artist position.

Best,
Bluefin Studios`, 'Bluefin Studios - Junior 3D Artist'),

  // 72 thread, screen, overqualified + offered
  rej('screen', ['overqualified'], { ...fb, ...offered },
    `Hi Deepa,

Thanks for your patience. After our phone call, the hiring team felt that your experience is really at a head-of level, and this role reports into a team lead with much less experience than you - they think that set-up wouldn't work well for either side. So we're not going to take it further.

If you want to hear more of their reasoning, just reply and I'll set up 10 minutes.

Sarah

> On 12 Mar 2025, Deepa Iyer wrote:
> Hi Sarah, lovely to speak earlier. Looking forward to hearing next steps.`, 'Re: Analytics Manager - phone screen'),

  // 73 Greenhouse, application, position_filled, door
  rej('application', ['position_filled'], { ...door },
    `Hi Kofi,

Thanks for your interest in the Operations Associate role at Loomway. We wanted to let you know that we've filled this role, so we're closing applications.

We'll keep your details on file and let you know if another role comes up that fits your experience.

Team Loomway`, 'Loomway - Operations Associate'),

  // 74 HR, interview, culture_fit + door
  rej('interview', ['culture_fit'], { ...fb, ...door },
    `Dear Mr Lemaire,

Thank you for your interview on 2 April for the Team Leader position in our contact centre.

The panel has decided not to offer you the role. While your operational experience is strong, they did not feel your approach to coaching was in line with the values we ask our team leaders to model.

We would welcome an application from you for future vacancies.

Yours sincerely,
Recruitment, Lumière Assurances, Lyon`, 'Team Leader - Interview outcome'),

  // ── Part two: one inbox, Capt Rhys Thornton, Manchester, leaving the Army (RLC)
  // 75 other: resettlement course booking
  other(`Dear Capt Thornton,

Thank you for your booking. This confirms your place on the PRINCE2 Foundation and Practitioner course (5 days), Course Ref RTC-24-0917, at the Resettlement Training Centre, Aldershot, starting Monday 16 September 2024.

Joining instructions will follow two weeks before the start date. Please bring your ELC/IRTC claim reference and photographic ID.

Career Transition Partnership - Resettlement Training Centre`, 'Course booking confirmation - PRINCE2 Foundation & Practitioner'),

  // 76 other: job alert
  other(`Jobs you may be interested in, Rhys

Project Manager - Defence Programmes | Halden Systems | Preston, Lancashire | £48,000 - £55,000
Operations Manager | Northgate Cold Chain | Warrington | £50,000
Supply Chain Planner | Pendle Aerospace | Burnley | Competitive
Logistics Project Lead | Mersey Ports Group | Liverpool | £45,000 - £52,000

Because you searched for "project manager" in Manchester.
See all jobs > | Manage alerts | Unsubscribe`, '4 new jobs for "project manager" in Greater Manchester'),

  // 77 other: application acknowledgement (Workday)
  other(`Dear Rhys Thornton,

Thank you for applying for the role of Project Manager - Land Systems (Req. HS-10472) at Halden Systems.

We have received your application and our team will review it. If your skills and experience match the requirements, a member of our resourcing team will contact you.

Please note that due to the nature of our work, this role requires the successful candidate to hold or be eligible for SC clearance.

Halden Systems Resourcing
This is an automated email. Please do not reply.`, 'Thank you for your application - Project Manager - Land Systems'),

  // 78 other: charity newsletter
  other(`FORCES FORWARD NORTH WEST - October newsletter

Hello Rhys,

Welcome to this month's round-up for service leavers in the North West.

* Employer breakfast, 24 Oct, Manchester Piccadilly: meet operations and logistics hiring managers from six regional firms.
* Translating your CV: our volunteers will turn "OC Sp Sqn" into language a civilian recruiter understands. Book a 1:1.
* Story of the month: how a former WO2 became a site director at a Trafford Park distribution centre.
* Reminder: we don't stop at your discharge date. You can use our mentoring for two years after you leave.

Don't be disheartened by the "unfortunately" emails - almost everyone gets them. Keep going.

Forces Forward is a registered charity (No. 1187342). Unsubscribe | Update preferences`, 'Forces Forward North West - October'),

  // 79 rejection: application, generic (Workday)
  rej('application', ['generic'], {},
    `Dear Rhys Thornton,

Thank you for your interest in the Operations Manager position at Northgate Cold Chain.

After reviewing your application, we have decided to progress with other candidates at this time.

We wish you every success in your job search.

Northgate Cold Chain Talent Team
Please do not reply to this email. This mailbox is not monitored.`, 'Your application for Operations Manager'),

  // 80 other: recruiter check-in
  other(`Hi Rhys,

Hope you're well and the resettlement is going OK. Just checking in - I've got your CV on my desk and I'm speaking to a couple of distribution clients around Trafford Park and Warrington this week. Are you still looking at ops manager roles, and are you still OK with up to an hour's commute?

Also, what's your realistic leaving date now? Clients always ask.

Cheers,
Sophie Kerr
Consultant, Lockstep Recruitment (ex-forces desk)`, 'Checking in'),

  // 81 rejection: application, skills_gap (Agile software delivery), Lever
  rej('application', ['skills_gap'], { ...fb },
    `Hi Rhys,

Thanks for applying for the Senior Project Manager role at Brightgate Digital in Leeds.

We've reviewed your application and won't be moving forward. This role needs at least five years of managing software delivery projects using Agile methods, and we didn't see that experience in your CV.

All the best,
Brightgate Digital Talent`, 'Brightgate Digital - Senior Project Manager'),

  // 82 other: interview invitation
  other(`Dear Rhys,

Thank you for your application for the Project Manager - Land Systems role. We are pleased to invite you to a first interview via Microsoft Teams on Thursday 10 October at 14:00, with Gareth Pryce (Programme Lead) and Ann Foley (Resourcing).

The interview will last around 45 minutes and will be competency-based. Please reply to confirm you can attend.

Kind regards,
Ann Foley
Resourcing Partner, Halden Systems`, 'Interview invitation - Project Manager - Land Systems'),

  // 83 other: acknowledgement with rejection-like language
  other(`Hi Rhys,

Thanks for applying to Pennant Retail Logistics. Unfortunately we can't reply to every applicant personally straight away, but please be assured that every application is read by a member of our team. We aim to be in touch within 10 working days.

Pennant Careers`, 'We have received your application'),

  // 84 rejection: application, profile_mismatch + door (HR template with merge field)
  rej('application', ['profile_mismatch'], { ...door },
    `Dear Rhys,

Thank you for applying for the position of <<Job Title>> with Castlefield Property Group.

Having reviewed your application against the requirements of the role, we regret that on this occasion you have not been shortlisted, as other candidates more closely matched what we were looking for.

We will retain your CV for six months and contact you should a suitable opportunity arise.

Yours sincerely,
HR Team
Castlefield Property Group`, 'Your application to Castlefield Property Group'),

  // 85 other: cleared-jobs alert
  other(`New cleared roles matching your profile

Logistics Support Analyst (SC) - Barrow-in-Furness - £42k
Project Controls Manager (SC) - Preston - £55k - £60k
Supply Chain Manager - Defence (SC) - Samlesbury - £58k

You are receiving this because you registered with ClearedCareers UK and set your clearance level to SC. Manage your alerts.`, 'ClearedCareers: 3 new roles for you'),

  // 86 rejection: screen, salary (agency)
  rej('screen', ['salary'], { ...fb },
    `Hi Rhys,

Thanks for your time on the phone yesterday. I've spoken to the client about the Transport Manager role in Stockport and I'm afraid they won't go above £38k, which is well below the £48k we talked about as your minimum. Given that, they've said they don't want to go further, and to be fair I don't think you'd take it.

Sophie
Lockstep Recruitment`, 'Transport Manager - Stockport'),

  // 87 other: interview confirmation / logistics
  other(`Hi Rhys,

Thanks for confirming. Here is the Teams link for Thursday at 14:00. Gareth will lead, and there may be a short question on how you'd manage a supplier delay, so have an example ready.

Please have photo ID available on camera for our security team.

Ann`, 'RE: Interview invitation - Project Manager - Land Systems'),

  // 88 rejection: application, location
  rej('application', ['location'], { ...fb },
    `Dear Rhys,

Thank you for your application for Operations Manager at our Avonmouth distribution centre.

As you will have seen in the advert, this role is fully site-based in Bristol and we are not offering relocation support. As your application states you are looking to remain in the Manchester area, we will not be progressing your application.

Kind regards,
Severnside Logistics Recruitment`, 'Operations Manager - Avonmouth'),

  // 89 rejection: interview, skills_gap + feedback (Halden Systems thread)
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Rhys,

Thank you for taking the time to interview with Gareth and me on 10 October.

We have now completed the first interviews and unfortunately we will not be taking you forward to the second stage. Gareth was impressed by your planning examples from Op TOSCA, but this role manages contracts with an earned value management system day to day, and you haven't yet used EVM in practice. The candidates we are progressing have.

We have a number of logistics and support roles coming up in the new year where your background would be very relevant, and I'd encourage you to apply.

Kind regards,
Ann Foley
Resourcing Partner, Halden Systems

From: Ann Foley
Sent: 03 October 2024 11:32
To: Rhys Thornton
Subject: Interview invitation - Project Manager - Land Systems

Dear Rhys, we are pleased to invite you to a first interview via Microsoft Teams on Thursday 10 October at 14:00...`, 'RE: Interview invitation - Project Manager - Land Systems'),

  // 90 other: course completion certificate
  other(`Dear Rhys Thornton,

Congratulations! You have passed the PRINCE2 7 Practitioner examination. Your digital certificate and badge are now available in your candidate portal.

Candidate number: PX7-5521934
Result: Pass

PeopleCert`, 'Your PRINCE2 Practitioner exam result'),

  // 91 rejection: application, overqualified
  rej('application', ['overqualified'], { ...fb },
    `Dear Rhys,

Thank you for applying for the Warehouse Supervisor role at our Middleton site.

Having looked at your CV, and your experience commanding a logistics squadron of over a hundred people, we feel you would be over-qualified for a supervisor post that manages a shift of twelve. We will not be progressing your application but wish you well.

Kind regards,
Amy Swift
HR Advisor, Irwell Foods`, 'Warehouse Supervisor - Middleton'),

  // 92 other: assessment centre booking
  other(`Dear Rhys,

Congratulations - following your interview, we would like to invite you to our assessment centre for the Operations Manager Programme, held at our Trafford Park offices on Tuesday 19 November from 09:00 to 16:30.

The day includes a group exercise, an in-tray exercise, a presentation (topic sent 48 hours in advance) and a final interview. Lunch is provided.

Please book your slot using the link below by Friday.

Kind regards,
Early Careers & Talent, Cobden Distribution`, 'Assessment centre invitation - Operations Manager Programme'),

  // 93 rejection: screen, profile_mismatch (Greenhouse-ish)
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Rhys,

Thank you for taking the time to speak with me on Monday about the Supply Chain Manager role at Peakform Nutrition.

After discussing your background with the hiring manager, we've decided to pursue candidates whose experience is more closely aligned to a fast-moving consumer goods environment.

Best wishes,
Harriet Cole
Talent Acquisition, Peakform Nutrition`, 'Peakform - Supply Chain Manager'),

  // 94 other: LinkedIn-style "your application was viewed"
  other(`Rhys, your application was viewed by Mersey Ports Group

Logistics Project Lead - Liverpool
Applied 6 days ago

The hiring team looked at your application. Companies often contact shortlisted candidates within a few weeks.

View job | Unsubscribe`, 'Your application was viewed by Mersey Ports Group'),

  // 95 hold: application, role_closed
  hold('application', ['role_closed'], {},
    `Dear Rhys,

Thank you for your application for the Logistics Project Lead role.

I wanted to let you know that recruitment for this post is currently on hold while the business reviews its capital programme for next year. We have not made any decisions on applications and yours remains live. We expect to be in a position to update you in January.

Apologies for the delay.

Karen Lowe
Recruitment Advisor, Mersey Ports Group`, 'Logistics Project Lead - update'),

  // 96 rejection: assessment, assessment + feedback + offered (Cobden AC)
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Rhys,

Thank you for attending our assessment centre on 19 November.

Unfortunately, on this occasion you have not been successful. Your presentation and the group exercise scored well, but your in-tray exercise fell below the required standard: several of the urgent items were delegated without a follow-up, and the customer complaint was left until last.

If you would like to discuss your results in more detail, please reply and we will arrange a call with one of the assessors.

Kind regards,
Early Careers & Talent, Cobden Distribution`, 'Assessment centre outcome'),

  // 97 other: recruiter proposes role
  other(`Hi Rhys,

Good to speak on Friday. As discussed, I'd like to put you forward for the Project Manager role at Ashworth Defence Engineering in Blackburn - £52k plus car allowance, hybrid 3/2, SC clearance required (which you hold, so that's a big plus).

Can you send me an updated CV with the PRINCE2 Practitioner added, and confirm I have your permission to submit?

Thanks,
Martin Royle
Director, Redcoat Talent Solutions`, 'Ashworth Defence - PM role'),

  // 98 rejection: application, internal_candidate
  rej('application', ['internal_candidate'], {},
    `Dear Rhys,

Thank you for applying for the Fleet Operations Manager position with Greater Manchester Transit Services.

We have appointed an internal candidate to this post and will not be considering external applications further.

Thank you for your interest.

People Services
Greater Manchester Transit Services`, 'Fleet Operations Manager - application outcome'),

  // 99 other: withdrawal confirmed
  other(`Hi Rhys,

Thanks for letting us know that you'd like to withdraw from the process for the Depot Manager role in Bolton. We've updated your application.

All the best with your move into civilian life, and do keep us in mind in future.

Kind regards,
Haulwell Recruitment Team`, 'Re: Withdrawing my application'),

  // 100 rejection: interview, role_closed
  rej('interview', ['role_closed'], {},
    `Hi Rhys,

Thank you for interviewing with us for the Operations Improvement Manager role last month. I'm sorry for the wait.

Following a restructure of our northern operations, this role no longer exists in its current form and we have closed the vacancy. I'm afraid this means we won't be progressing your application.

Best regards,
Jonathan Mercer
Head of Operations, Pennant Retail Logistics`, 'Operations Improvement Manager'),

  // 101 other: charity newsletter 2
  other(`FORCES FORWARD NORTH WEST - December newsletter

Hello Rhys,

As the year winds down, a few things for your diary:
* January CV clinic (online) - book now, places are limited.
* Our "Interview like a civvy" workshop: how to answer "tell me about yourself" without reading out your career history.
* Mentoring: 14 new mentors have joined from logistics, rail and engineering firms.

We know December is a slow month for hiring. Many employers hold off decisions until January, so a quiet inbox is not a bad sign.

Season's greetings from the team.

Unsubscribe | Registered charity No. 1187342`, 'Forces Forward North West - December'),

  // 102 rejection: interview, position_filled (Ashworth via agency)
  rej('interview', ['position_filled'], { ...door },
    `Hi Rhys,

Just had the call from Ashworth. They've offered the PM role to another candidate from the second batch of interviews and he's accepted. Sorry, mate - I know you felt good about it.

They did say they'd be happy to see you for future roles, and I'll keep pushing you for their programmes team.

Martin

On Tue, 14 Jan 2025 at 17:02, Rhys Thornton wrote:
> Martin, interview went OK I think. Panel of three, lots on stakeholder management. Let me know when you hear.`, 'Re: Ashworth interview'),

  // 103 other: job alert 2
  other(`Your daily job alert: supply chain manager, within 25 miles of Manchester

Supply Chain Manager - Tameside - £55,000 - Posted 2 days ago
Head of Logistics - Salford Quays - £65,000 - Posted today
Demand Planning Manager - Stockport - £50,000 - Easy apply

Not interested in these? Edit your alert.`, 'Supply chain manager jobs near Manchester'),

  // 104 rejection: application, skills_gap (degree)
  rej('application', ['skills_gap'], { ...fb },
    `Dear Rhys,

Thank you for your application for the Graduate Supply Chain Analyst role at Lancashire Chemicals Ltd.

We are unable to take your application forward, as the role requires a degree in engineering, chemistry or a related discipline, obtained within the last three years.

Best regards,
Lancashire Chemicals Ltd - HR`, 'Graduate Supply Chain Analyst'),

  // 105 other: interview invitation (NHS supply chain)
  other(`Dear Rhys,

Re: Interview for Head of Procurement Operations, Band 8a (Ref 412-ES-2231)

Following shortlisting, I am pleased to invite you to interview on 6 February 2025 at 10:30 at Wythenshawe Hospital, Education Centre, Room 3.

Please bring original documents for identity and right-to-work checks. You will be asked to give a 10-minute presentation on "Improving resilience in the trust's supply chain".

Recruitment Team
South Manchester Hospitals NHS Foundation Trust`, 'Invitation to interview - Head of Procurement Operations'),

  // 106 rejection: final, profile_mismatch + offered
  rej('final', ['profile_mismatch'], { ...offered },
    `Dear Rhys,

Thank you for attending the final interview for the post of Head of Procurement Operations on 6 February. The panel enjoyed your presentation.

I am sorry to tell you that you have not been appointed on this occasion. The panel felt that another candidate's experience was a closer match for the post.

If you would like feedback, please contact Dr Sarah Lim, Director of Estates, who chaired the panel.

Yours sincerely,
Recruitment Team`, 'Outcome of interview - Head of Procurement Operations'),

  // 107 other: recruiter check-in
  other(`Morning Rhys,

Quick one - have you had any joy in the last couple of weeks? I've got a new client in Warrington, a 3PL taking on a big retail contract, and they're looking for a Contract Operations Manager. Would that interest you? Give me a ring when you get a sec.

Sophie
Lockstep Recruitment`, 'New one for you'),

  // 108 hold: interview, generic (delay)
  hold('interview', ['generic'], {},
    `Hi Rhys,

Thanks for your patience since your interview on the 12th. I wanted to let you know we're running a bit behind - two of the panel have been off sick and we still have one candidate to see. We expect to have a decision by the end of next week.

You are still very much under consideration.

Kind regards,
Priya Sandhu
HR Business Partner, Wigan & Leigh Building Supplies`, 'Contracts Manager - delay'),

  // 109 rejection: interview, culture_fit + feedback
  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Hi Rhys,

Thanks for your patience. I'm afraid we've decided not to offer you the Contracts Manager role.

I'll be honest, because I think it will help. The panel felt you came across as very directive, which is understandable given your background, but our team is small and runs on a very informal, flat basis, and they weren't sure the style would sit well with the people you'd be managing. That's a judgement about fit, not about your ability.

Happy to talk it through if you'd like.

Priya Sandhu
HR Business Partner, Wigan & Leigh Building Supplies

> On 21 Feb 2025, Priya Sandhu wrote:
> Thanks for your patience since your interview on the 12th. We're running a bit behind...`, 'RE: Contracts Manager - delay'),

  // 110 other: assessment booking (psychometric)
  other(`Dear Rhys,

As the next step in your application for Programme Manager (Rail), please complete the following online assessments within 5 days:

1. Numerical reasoning (approx. 25 minutes)
2. Situational judgement (approx. 30 minutes)

Candidates with adjustments should contact us before starting. Good luck!

Talent Team, Northline Rail Infrastructure`, 'Next step: online assessments'),

  // 111 rejection: assessment, assessment (Northline)
  rej('assessment', ['assessment'], { ...door },
    `Dear Rhys,

Thank you for completing the online assessments for Programme Manager (Rail).

Unfortunately your results did not meet the benchmark required to progress to the next stage. This is based on the combined score across both assessments.

You are welcome to apply for other roles with Northline after a period of six months.

Talent Team, Northline Rail Infrastructure`, 'Your application - Programme Manager (Rail)'),

  // 112 other: charity event invite
  other(`Hi Rhys,

You're invited: Forces Forward employer speed-networking evening, Thursday 13 March, 18:00, Manchester Central Library.

Twelve employers from logistics, defence and construction will be there, including three who have roles open right now. Bring ten copies of your CV.

RSVP by replying to this email.

Mel
Employment Coordinator, Forces Forward North West`, 'Invite: employer networking evening'),

  // 113 rejection: application, skills_gap (NEBOSH, SMSTS)
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Rhys,

Thank you for applying for the Site Logistics Manager role on our Salford project.

Unfortunately we can't progress your application at the moment, because the role requires a NEBOSH Construction Certificate and an SMSTS card, and we couldn't see either on your CV. If you gain them, we'd be very happy to hear from you again - we recruit for these roles often.

Kind regards,
Talent Team, Hallam & Reid Construction`, 'Site Logistics Manager - Salford'),

  // 114 other: interview invite (defence firm, SC)
  other(`Dear Rhys,

Thank you for your application for the role of Supply Chain Manager (Ref SCM-2025-033) at Ribblesdale Defence Systems, Samlesbury.

We would like to invite you to an interview on site on Wednesday 26 March at 11:00. As this is a secure site, please bring your passport and confirm your current clearance level so that we can arrange visitor access in advance.

Regards,
Recruitment, Ribblesdale Defence Systems`, 'Interview invitation - Supply Chain Manager'),

  // 115 rejection: screen, location (hybrid/relocation) 
  rej('screen', ['location'], { ...fb },
    `Hi Rhys,

Thanks for your time on the phone earlier. As we discussed, the Regional Operations Manager role covers sites from Carlisle to Inverness and needs someone living in Scotland or the far north of Cumbria. As you're staying in Manchester for family reasons, I don't think we can take this forward.

Best,
Ewan Drummond
Talent Acquisition, Caledonia Haulage`, 'Regional Operations Manager - call today'),

  // 116 other: "still under review" with polite words
  other(`Dear Rhys,

Thank you for attending interview for the Supply Chain Manager role. We appreciate your patience. We are still interviewing other candidates this week and will be in touch with everyone by 11 April.

Unfortunately we're unable to give individual updates before then.

Regards,
Recruitment, Ribblesdale Defence Systems`, 'Supply Chain Manager - next steps'),

  // 117 rejection: application, generic, HTML leftover
  rej('application', ['generic'], {},
    `<p>Dear Rhys,</p><p>Thank you for your application for <strong>Project Manager</strong>. On this occasion we will not be progressing your application.</p><p>Kind regards,<br/>Talent Acquisition<br/>Irwell Valley Housing</p><p style="font-size:9px;color:#888">Irwell Valley Housing is a registered society. Please do not reply to this message.</p>`, 'Your application'),

  // 118 other: job alert 3 (ops)
  other(`Hi Rhys, 5 new Operations Manager roles near you

Operations Manager - Oldham - Permanent
Operations Manager (Nights) - Haydock - £58,000
Operations Manager - Contract Logistics - Bolton
Site Operations Manager - Runcorn
Operations Manager - Food Manufacturing - Bury

You're receiving this email because you subscribed to job alerts. Turn off alerts.`, '5 new Operations Manager jobs'),

  // 119 rejection: final, internal_candidate + door (Ribblesdale)
  rej('final', ['internal_candidate'], { ...door },
    `Dear Rhys,

Thank you for attending the second and final interview for the Supply Chain Manager role on 9 April, and for your patience with our security process.

We have decided to appoint a candidate who currently works in our procurement team at Samlesbury and has been acting in the role since January. This was a close decision and the panel particularly valued your operational experience.

We would like to keep your details on file, with your consent, for future supply chain vacancies, and would encourage you to apply again.

Regards,
Kathryn Ainsworth
Head of Supply Chain, Ribblesdale Defence Systems`, 'Supply Chain Manager - outcome'),

  // 120 hold: screen, role_closed
  hold('screen', ['role_closed'], {},
    `Hi Rhys,

Thanks for the call on Tuesday, you came across really well. Slightly frustrating news: the client has just told me they've frozen the Operations Manager role in Warrington while they wait to hear whether they've kept the retail contract. It's not cancelled, just paused, and they want to keep the shortlist as it is. Should know more in 3-4 weeks.

I'll keep you posted.

Sophie
Lockstep Recruitment`, 'Warrington ops role - paused'),

  // 121 rejection: interview, salary
  rej('interview', ['salary'], { ...fb },
    `Hi Rhys,

Thank you for meeting with us last Thursday for the Operations Manager role.

After the interview we talked about your expectations. The package you'd need is above what the business has approved for this role, and we can't change the grading this year. So we've decided not to take it further, with regret.

Regards,
Lee Whittaker
General Manager, Croft Street Bakeries, Rochdale`, 'Operations Manager role'),

  // 122 other: recruiter asks for references (looks like offer stage)
  other(`Hi Rhys,

Great news - Moorside Logistics want to see you for a second interview for the Operations Manager (Project Delivery) role. They've suggested Monday 12th May at 9:30 at their Trafford Park site, with the Ops Director and the MD.

They've also asked for two referees in advance. Could you send me names and contact details? Your last CO would be ideal.

Cheers,
Sophie
Lockstep Recruitment`, 'Moorside - second interview!'),

  // 123 rejection: assessment (pre-employment checks), location (residency)
  rej('assessment', ['location'], { ...fb },
    `Dear Rhys,

Thank you for completing the pre-employment checks for the Logistics Project Manager role.

We regret to inform you that we cannot proceed with your application. The contract this role supports requires the post holder to have been resident in the UK for the last five years, and your three-year posting in Germany (Paderborn) means you do not meet this requirement of our customer.

We are sorry this has come so late in the process.

Vetting & Recruitment, Anvil Defence Logistics`, 'Logistics Project Manager - pre-employment checks'),

  // 124 other: interview done, "we'll be in touch"
  other(`Hi Rhys,

Thanks so much for coming in on Monday - the Ops Director and MD both enjoyed meeting you. They're seeing one more candidate on Thursday and then they'll decide. I'll be in touch by Friday either way.

Fingers crossed!
Sophie`, 'Moorside - after Monday'),

  // 125 rejection: interview, overqualified, agency
  rej('interview', ['overqualified'], { ...fb },
    `Hi Rhys,

Feedback from Failsworth Plastics after the interview. They said they liked you but they think you're too big for the job - it's a logistics coordinator role really, reporting to a manager with half your experience, and they're worried you'd leave in six months. They won't be offering.

Sorry. Onwards.

Martin
Redcoat Talent Solutions`, 'Failsworth feedback'),

  // 126 rejection: screen, generic, thread reply
  rej('screen', ['generic'], {},
    `Hi Rhys,

Thank you for following up. Following our call last month we reviewed all candidates and unfortunately we will not be progressing you further.

Kind regards,
Nicola

-----Original Message-----
From: Rhys Thornton
Sent: 02 May 2025 08:44
To: Nicola Hart
Subject: Project Coordinator - follow-up

Hi Nicola, just following up on our phone call on 8 April about the Project Coordinator role. Is there any news?
Thanks, Rhys`, 'RE: Project Coordinator - follow-up'),

  // 127 other: offer
  other(`Dear Rhys,

Following your interviews with Moorside Logistics, I am delighted to offer you the position of Operations Manager (Project Delivery), based at Trafford Park, on a salary of £54,000 per annum plus 10% bonus, starting on 7 July 2025, subject to references and a basic DBS check.

Your contract and our benefits pack are attached. Please sign and return by 30 May. If you have any questions, call me directly on 0161 555 0188.

Welcome to the team - we're very glad you're joining us.

Yours sincerely,
Claire Brennan-Hughes
People Director, Moorside Logistics Ltd`, 'Offer of employment - Operations Manager (Project Delivery)'),

  // 128 other: candidate withdraws from other processes, employer acknowledges
  other(`Hi Rhys,

Congratulations on the new role, and thank you for letting us know. We've withdrawn your application for the Project Manager vacancy as requested. Best of luck at Moorside!

Karen Lowe
Recruitment Advisor, Mersey Ports Group`, 'RE: Logistics Project Lead - withdrawal'),

  // 129 other: resettlement adviser note
  other(`Hi Rhys,

Following our meeting at the Career Transition Partnership office in Preston, here are the actions we agreed:
- Finish the CV rewrite, taking out military abbreviations (two pages max).
- Register with two ex-forces recruiters and one cleared-jobs board.
- Use your remaining ELC for the APM Project Management Qualification if the PRINCE2 route doesn't open doors by spring.

Your terminal leave starts on 3 March. Let me know if your plans change.

Regards,
Gill Peters
Career Consultant, CTP North`, 'Actions from our meeting'),

  // 130 other: application acknowledgement, SmartRecruiters style
  other(`Hi Rhys,

Thank you for your interest in Moorside Logistics! We have received your application for Operations Manager (Project Delivery).

What happens next? Our team is reviewing applications now. We'll get back to you whether or not you are successful, usually within two weeks.

Best regards,
Moorside Logistics Talent Team
Sent via SmartRecruiters`, 'Thanks for applying to Moorside Logistics'),

  // 131 other: reference request to candidate (not a decision)
  other(`Dear Rhys,

We are pleased to let you know that we are now carrying out pre-employment checks. Please complete the attached referee form and the BPSS declaration, and upload copies of your passport and your Certificate of Service by Friday.

Please note this is not yet a formal offer of employment.

HR Onboarding, Moorside Logistics`, 'Pre-employment checks'),

  // 132 other: talent pool sign-up
  other(`Hi Rhys,

Thanks for joining the Ribblesdale Defence Systems talent community! You'll now receive updates about roles in supply chain, project management and operations that match your interests.

You can update your preferences or leave the community at any time.

Ribblesdale Defence Systems Careers`, 'Welcome to our talent community'),

  // 133 other: charity newsletter, spring
  other(`FORCES FORWARD NORTH WEST - April newsletter

Hello Rhys,

Spring is traditionally the busiest time for hiring, and our members have had a good month: nine new jobs started across logistics, rail and the NHS.

* Rejections: we asked employers why they say no. The top answers were "we couldn't understand the CV" and "the candidate didn't show civilian examples". Our CV clinic can help with both.
* New: a peer support group for officers moving into operations management, meeting on the first Tuesday of the month in Salford.
* Thank you to everyone who came to the networking evening at the Central Library.

Forces Forward is a registered charity (No. 1187342). Unsubscribe`, 'Forces Forward North West - April'),

];
