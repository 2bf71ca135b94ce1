/**
 * Sealed messages of the fiftieth round, in two parts. The first part is a spread of declines from employers in sectors
 * and countries the earlier rounds hardly touch: aircraft maintenance, agritech, insurance brokers, film and VFX studios,
 * public libraries, battery makers, cruise lines, veterinary groups, mines, logistics software, architecture practices,
 * NGOs, city and municipal councils, a worker co-operative, a brewery, a plant-hire firm and a state power utility, in
 * British, American, Indian, Australian, South African and Nigerian English. They come from tracking systems (Workday,
 * Greenhouse, Lever, SmartRecruiters, Ashby, iCIMS, Taleo), HR templates with a merge field left in, agency recruiters,
 * founders and hiring managers writing two lines, long formal letters with the decision, the feedback or the open door
 * in the middle of the third paragraph, HTML leftovers, and replies that quote the earlier mail; every stage and every
 * reason, some with two reasons, and a few paused processes. The second part is six months of one person's inbox, January
 * to June: a secondary-school chemistry teacher in Manchester applying for science-communication, museum-learning and
 * edtech content roles. Next to her declines at every stage come the look-alikes: acknowledgements, "still reviewing"
 * notes, invitations to a screen, a task and interviews, scheduling and a reschedule, job-board alerts and digests, an
 * "application viewed" note, newsletters, a webinar, agency check-ins, a reference request where she is the referee, a
 * freelance-pool welcome, a survey, a withdrawal confirmation, and an offer with its follow-ups.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s50-');

export const HANDWRITTEN_SEALED_50: readonly CorpusLine[] = [
  // ── Part one: many employers, many sectors
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Callum,

Thank you for applying for the position of B1 Licensed Aircraft Engineer - Line Maintenance (Req R-20877) at our East Midlands base.

We have reviewed your application against the requirements for this vacancy. The post requires a UK Part-66 B1.1 licence with an A320 family type rating already endorsed, and your application shows a B2 licence with an ATR 72 type rating. We are therefore unable to take your application further for this role.

We currently have openings for B2 Avionics Engineers at our Prestwick and Norwich stations and would encourage you to apply for one of those.

Kind regards,
Aerofen Technics Talent Acquisition

This email was sent from Workday. Replies to this address are not monitored.`, 'Your application: B1 Licensed Aircraft Engineer - Line Maintenance (R-20877)'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Mr. Okonkwo,

RE: APPLICATION FOR THE POSITION OF AGRONOMY FIELD LEAD - KANO

We acknowledge receipt of your application for the above position and thank you for your interest in Farmgrid Agro-Technologies Limited.

Following a careful review of all applications received, we regret to inform you that your application was not successful, as your profile does not align with the requirements of the role at this time.

Kindly note that your CV has been added to our database and you will be contacted should a suitable vacancy arise in future.

We wish you the very best in your career endeavours.

Yours faithfully,
For: Farmgrid Agro-Technologies Limited
Human Resources Department`, 'Re: Application for Agronomy Field Lead - Kano'),

  rej('screen', ['salary'], { ...fb },
    `Hi Priya,

Thanks for your time on the phone on Thursday - good to hear about the cargo book you've been handling at your current broker.

I've now taken the figure you gave me (£68k base plus a car allowance) to our divisional director. The band for the Account Executive role tops out at £55k and there's no car allowance at AE grade, so I'm afraid we can't make the numbers work and won't be taking things further.

Thanks again,
Tom Ridley
Talent Partner, Cray & Osgood Insurance Brokers
1 Fenchurch Row, London EC3`, 'Account Executive - Marine Cargo'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Marcus,

Thanks for coming in to interview for the Production Coordinator role on our unscripted slate. It was great to meet you and hear about your time on the cooking show in Savannah.

I wanted to let you know that we've now filled the position.

We staff new productions all year round, and your résumé will stay in our crew database, which our production managers search whenever a new show is crewing up. Please also keep applying to our postings - we'd be glad to see you again.

Best,
Dana Whitfield
Production Talent, Peachline Studios

Sent via Lever`, 'Peachline Studios - Production Coordinator'),

  rej('interview', ['profile_mismatch'], { ...offered, ...door },
    `Dear Ms Nguyen,

Position: Library Officer - Children's and Youth Services (Vacancy No. 2025/031)

Thank you for attending an interview for the above position on Wednesday 12 March. The selection panel appreciated the time you took to prepare, and your enthusiasm for early literacy programs came across clearly.

Council received a large number of applications for this position, and a short list of six applicants was interviewed. The panel assessed each applicant against the key selection criteria set out in the position description.

After careful consideration, I regret to advise that you have not been recommended for appointment, as other applicants more closely met the selection criteria. If you would like feedback on your interview, please contact the panel convenor, Deb Kowalski, Coordinator Library Services, on (02) 5550 1184. We also encourage you to apply for future vacancies with Council, which are listed on our website each Friday.

Thank you for your interest in working with Coastal Ranges Regional Council.

Yours sincerely,

Mark Petrakis
Manager People & Culture
Coastal Ranges Regional Council`, 'Library Officer - Children\'s and Youth Services - outcome'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Joel,

Thank you for completing the technical assessment for the Process Engineer - Formation & Ageing position at our Sunderland plant.

Your overall score was 54%, and the threshold to be invited to interview is 65%. Your lowest section was electrochemistry fundamentals, where the questions on SEI formation and C-rate calculations were mostly answered incorrectly. We are therefore not able to progress your application.

You are welcome to reapply for engineering roles with us after six months.

Thank you for your interest in Cathodyne Cells UK.

Regards,
Early Careers & Engineering Recruitment
Cathodyne Cells UK Ltd`, 'Process Engineer - Formation & Ageing: assessment result'),

  rej('application', ['location'], { ...fb, ...door },
    `Dear Wanjiru,

Thank you for your application for the position of Guest Services Associate onboard our fleet.

This recruitment campaign is being run through our manning office in Manila and is open only to Philippine nationals. Your application shows that you are a Kenyan national resident in Mombasa, so we are unable to consider it for this intake.

Our licensed partner agency in Nairobi runs a separate recruitment for East African crew every September, and we encourage you to apply through them at that time.

Fair winds,
Crew Recruitment
Azure Meridian Cruises`, 'Azure Meridian Cruises - Guest Services Associate'),

  rej('interview', ['salary'], { ...fb, ...door },
    `Dear Hannah,

Thank you for coming to meet Sarah and me at the Harrogate surgery last week for the Small Animal Veterinary Surgeon post. We enjoyed showing you round.

We have talked it through, and the package you set out at the end of the interview - £72,000 for a four-day week with no out-of-hours rota - is more than we are able to offer for this position, where the range is £52,000 to £60,000 with a share of the on-call. So we will not be taking your application further.

If your circumstances or expectations change, we would be very glad to hear from you again.

With best wishes,
James Orme
Clinical Director, Brackenfold Veterinary Partners`, 'Small Animal Vet - Harrogate'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr Mahlangu

APPLICATION: SHIFT SUPERVISOR - UNDERGROUND MINING (RUSTENBURG OPERATIONS) - REF LRP/MIN/0112

Thank you for your application for the abovementioned position.

The minimum requirements for this position are a valid Blasting Certificate (Hard Rock), a Mine Overseer Certificate of Competency or a National Diploma in Mining, and three years' supervisory experience in conventional stoping. Your application did not include a valid Blasting Certificate, and it therefore could not be shortlisted.

We thank you for your interest in Lesedi Ridge Platinum (Pty) Ltd.

Regards
Talent Acquisition - Rustenburg Operations`, 'Application: Shift Supervisor - Underground Mining'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Olivia,

Thanks so much for applying for our Customer Success Associate role.

We loved reading about your time building the success function at your last company. Honestly, that is the issue: this is an entry-level position handling onboarding tickets for small carriers, and with six years leading a CS team, including hiring and managing eight people, you'd be well past what the role needs and we think you'd outgrow it within weeks. So we're not going to move forward with this one.

We expect to open a Customer Success Manager role for our enterprise accounts in Q3, and we'd genuinely love to see your application for that.

Best,
Marisol Reyes
Head of People, Haulstack

Powered by Ashby`, 'Haulstack - Customer Success Associate'),

  rej('interview', ['generic'], {},
    `Hi Ines, thanks for coming into the studio on Friday. We've decided not to offer you the Part II position - sorry it isn't better news.

Rob
Quarry & Vale Architects`, 'Part II Architectural Assistant'),

  rej('final', ['internal_candidate'], {},
    `Dear Ms. Pradhan,

Sub: Your candidature for the post of Programme Officer - WASH (Bhubaneswar)

Thank you for attending the final round of interview with our Executive Director and the programme team on 18th February.

We would like to inform you that after due deliberation, the management has decided to fill the position internally from among our existing district field coordinators. Accordingly, we will not be proceeding further with external candidates for this post.

We are thankful for the time and effort you have given to our selection process.

With warm regards,
Human Resources
Jal Sakhi Foundation`, 'Programme Officer - WASH: status of candidature'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Applicant,

RE: Transportation Planner II - Examination No. 25-118

This notice is to inform you of the results of the written examination you took on February 22.

Your final score was 68. A minimum passing score of 70 was required for placement on the eligible list for this classification. As a result, your name will not be placed on the eligible list and you will not be considered further for this recruitment.

You may apply for future recruitments with the City. This examination is expected to be offered again in the spring, and announcements are posted on the City's job portal.

City of Harlow Springs
Department of Human Resources
Please do not reply to this automated message.`, 'Exam Results - Transportation Planner II'),

  rej('application', ['generic'], { ...door },
    `Hi Amara,

Thank you for your interest in Larkspoon Provisions and for applying to our Brand Marketing Manager role.

We've reviewed your application, and unfortunately we won't be moving forward with it at this time.

We're growing fast and new roles open often, so please keep an eye on our careers page - we'd love to hear from you again.

All the best,
The Larkspoon Provisions Talent Team

--
Powered by Greenhouse`, 'Your application to Larkspoon Provisions'),

  rej('application', ['location'], { ...fb },
    `Dear Daniel,

Thank you for applying for the Revenue Analyst position with Qasr Almaha Hospitality in Dubai.

This position is open only to candidates who are currently resident in the UAE and hold a valid residence visa, as we are not able to offer visa sponsorship or relocation for this grade. Your application indicates that you are based in Leeds, United Kingdom, so unfortunately we cannot progress it.

We appreciate your interest in our hotels.

Best regards,
Qasr Almaha Hospitality - Talent Acquisition
SmartRecruiters`, 'Revenue Analyst - Qasr Almaha Hospitality'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Keisha,

Thank you for your interest in the Registered Nurse - Cardiovascular ICU (Nights) position at Prairieview Health, Requisition 84412.

This position requires a minimum of two years of adult critical care experience and a current ACLS certification. Your application reflects eight months of ICU experience, so we are unable to move your application forward for this particular opening.

We would encourage you to apply for our Progressive Care and Step-Down RN openings, which are a great path into critical care and have openings on several units.

Sincerely,
Prairieview Health Talent Acquisition

**************************************************
This message was sent to keisha.m@example.com. If you don't want to receive these emails from this company in the future, please go to: https://prairieviewhealth.icims.com/icims2/`, 'Your application with Prairieview Health'),

  rej('application', ['profile_mismatch'], {},
    `Dear Rohan Kulkarni,

Thank you for your interest in the position of Relationship Manager - Business Banking (Pune), Requisition No. 2500417.

We have reviewed your profile and regret to inform you that it is not matching with the requirement of this position. Hence, we will not be able to take your application forward.

We thank you for your interest in Samriddhi Bank.

Regards,
Talent Acquisition Team
Samriddhi Bank Ltd.

This is a system generated mail. Please do not reply.
Taleo - Oracle`, 'Samriddhi Bank - Application Status - 2500417'),

  rej('application', ['generic'], {},
    `Dear {FirstName},

Thank you for your recent application for the role of Trade Counter Sales Assistant at our {BranchName} branch.

We have now reviewed all applications, and unfortunately on this occasion your application has been unsuccessful.

In line with our data retention policy, we do not keep the details of unsuccessful applicants on file, and your information will be deleted within 30 days of this email. We wish you well in your search for a new role.

Kind regards,
HR Team
Brindle & Pike Heating Supplies`, 'Your application - Trade Counter Sales Assistant'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Tom,

Quick one - I've heard back from Harrow & Lisle about the Site Engineer role on the tunnel package.

They've been through your CV and they're going with candidates who've got sprayed concrete lining / tunnelling experience, which they've said is non-negotiable on this job. Gutted, as I thought you'd be a great fit otherwise.

Your CV is strong for highways and rail civils, and I get plenty of those, so I'll keep you front of mind and give you a ring as soon as something suitable lands.

Speak soon,
Jordan Pryce
Principal Consultant | Keystone Civils Recruitment`, 'Harrow & Lisle - Site Engineer'),

  rej('interview', ['internal_candidate'], {},
    `Hi Bec,

Thanks again for meeting Trudy at Wattleby Freight last Tuesday - she said you were great to talk to.

Unfortunately she's just rung me to say they've decided to appoint internally: the 2IC from their Brisbane depot is stepping up into the Operations Manager role.

Sorry it's not better news.

Cheers,
Nick Hollis
Senior Consultant, Southern Cross Supply Chain Recruitment`, 'Wattleby Freight - Ops Manager'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Tolu, thanks for the intro call yesterday. We're going with someone who has sold B2B software to SMEs before - that's the gap for us right now. Rooting for you.

Ade
Founder, Paystone Africa`, 'Re: Head of Sales - Paystone'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Leo - thanks for doing the comp test. The roto edges were chattering on shots 2 and 3 and your grain didn't match the plate, so we're going to pass this time.

Sunil
Comp Supervisor, Marrowbone VFX`, 'Comp test'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Ms Lawson,

Claims Handler (Commercial Lines) - Manchester Office

Thank you for attending an interview with Graham Hurst and me on 14 March. We were grateful for the time you gave us, and we hope you found the afternoon a useful introduction to the way we work and to the clients and insurers we deal with every day.

As you know, we are a long-established independent broker, and we place a great deal of weight on our people becoming qualified professionals. All our handlers are supported through the Chartered Insurance Institute's qualifications, and we fund study time for each exam.

Having considered every candidate carefully, we have decided not to offer you the position. The main factor was that this post requires the holder to have already completed the Cert CII (the Certificate in Insurance), which you have not yet started, whereas other shortlisted candidates already hold it. We would encourage you to apply to us again once you have the qualification, and with your agreement we will keep your details on file for twelve months.

Thank you again for your interest in Dunmore & Kettle.

Yours sincerely,

Patricia Elwood
Office Manager
Dunmore & Kettle Insurance Brokers Ltd`, 'Claims Handler (Commercial Lines)'),

  rej('interview', ['position_filled'], {},
    `Dear Mr T. Nkosi

POST: LIBRARIAN - COMMUNITY SERVICES DEPARTMENT (REF: MRLM/CS/0419)

We refer to your application for the above post and to the interview held on 4 March 2025.

The Municipality received a large number of applications for this post, and the shortlisting and interviewing processes were conducted in line with the Municipality's Recruitment and Selection Policy.

We regret to inform you that your application was unsuccessful, as the post has since been filled. Kindly note that the Municipality does not keep the documents of unsuccessful candidates, and all copies submitted will be destroyed three months after the closing date.

We thank you for your interest in serving the community of Mogale Ridge.

Yours faithfully

MUNICIPAL MANAGER
Mogale Ridge Local Municipality`, 'Outcome of interview: Librarian (MRLM/CS/0419)'),

  rej('final', ['generic'], { ...door },
    `To,
Shri Venkatesh R.

Sub: Recruitment of Assistant Engineers (Electrical) - Advt. No. 03/2025

Dear Sir,

This has reference to your application against the above advertisement and your participation in the Group Discussion and Personal Interview, which formed the final stage of the selection process, held at our Corporate Office, Hyderabad.

The Corporation received over 41,000 applications for 86 posts. Candidates were shortlisted on the basis of the computer-based test, and the final merit list has been drawn up on the combined marks of all stages as per the norms laid down in the advertisement.

We regret to inform you that your name does not figure in the final merit list, and hence you have not been selected for appointment. You may apply against future recruitment notifications of the Corporation, which are published on our website and in leading newspapers. Your application fee is non-refundable.

We wish you all success in your career.

Yours faithfully,
Dy. General Manager (HR - Recruitment)
Deccan State Power Generation Corporation Ltd.`, 'Recruitment of Assistant Engineers (Electrical) - Advt. No. 03/2025'),

  rej('application', ['role_closed'], {},
    `View in browser

&nbsp;

ANODEON BATTERY SYSTEMS

&nbsp;

Hi Freya,

Thank you for applying for the Electrochemist - Solid-State Cells position.&nbsp;We're writing to let you know that this requisition has been cancelled following a change in our R&amp;D roadmap, and the role will not be filled.&nbsp;Your application has therefore been closed.

Thank you for your interest in Anodeon.

The Anodeon Talent Team

&nbsp;

You are receiving this email because you applied for a role at Anodeon Battery Systems. Unsubscribe | Privacy Policy
Anodeon Battery Systems GmbH, Werkstraße 14, Germany`, 'An update on your Anodeon application'),

  rej('interview', ['position_filled'], {},
    `Hi Samira,

Apologies for leaving you hanging - it's been a manic couple of weeks.

We made an offer to another candidate last week for the Senior Underwriter (Marine Hull) role and they've accepted, so I'm afraid we won't be progressing your application. Thank you for giving us so much of your time across both interviews.

Best wishes,
Gemma

Gemma Stroud
Talent Acquisition, Sabledown Specialty Insurance

On Tue, 11 Mar 2025 at 10:04, Samira Haddad <samira.haddad@example.com> wrote:
> Hi Gemma,
>
> I hope you're well. I'm following up on my second interview for the Senior
> Underwriter (Marine Hull) role on 27 February. I'd be grateful for any news
> on timing.
>
> Many thanks,
> Samira`, 'Re: Senior Underwriter (Marine Hull) - follow up'),

  hold('assessment', ['role_closed'], {},
    `Dear Captain Mendes,

Thank you for completing the simulator assessment for the Direct Entry First Officer (A321neo) campaign at our Gatwick training centre.

We are writing to let you know that, because of further delays to our aircraft deliveries, we have paused all pilot recruitment for this campaign until at least the autumn. No decision has been made on your application: it remains active, and your simulator assessment result will remain valid for 12 months.

We will contact all candidates still in the campaign as soon as recruitment restarts.

Kind regards,
Flight Operations Recruitment
Cirrus Atlantic Airways`, 'Direct Entry First Officer A321neo - campaign paused'),

  hold('interview', ['role_closed'], {},
    `Hi Kwame,

Thanks again for coming in to meet Helen and me for the Project Architect role.

I owe you an update. The client on the school project you'd be leading has paused everything while they appeal the planning decision, and the partners don't want to commit to a new hire until we know whether the scheme goes ahead. That should be clear by the end of next month.

I want to be clear that we haven't closed the role and haven't offered it to anyone else - you're still very much in the frame, and I'll be back in touch as soon as we hear.

Best,
Joe Fairbairn
Director, Kestle Brook Architects`, 'Project Architect - update'),

  hold('screen', ['role_closed'], {},
    `Dear Zainab,

Thank you for taking part in the telephone screening for the position of Programme Officer - Nutrition (Jos) last week.

We wish to inform you that the recruitment has been temporarily suspended, as we are still awaiting the donor's approval of the grant extension that funds this post. Please be assured that your application has not been declined and you remain on our shortlist.

We expect to receive the donor's decision within four weeks and will contact you immediately thereafter.

Thank you for your patience and understanding.

Yours sincerely,
Human Resources Unit
Sahel Care Initiative, Abuja`, 'Programme Officer - Nutrition (Jos): recruitment update'),

  hold('final', ['generic'], {},
    `Hi Eleanor,

Thanks for your patience since your final interview with Priya and the board on the 3rd.

Our CEO is travelling for the next ten days, and we can't make a final decision on the Head of Production appointment until she's back. You're one of two candidates still in the process, and nothing has been decided either way.

I'll be in touch by the 24th at the latest.

Warm wishes,
Luke Carraway
People Lead, Lumenreel Animation`, 'Head of Production - timing update'),

  rej('interview', ['culture_fit'], { ...fb },
    `Dear Sam,

Thank you for coming to meet three of our members last Thursday about the Community Energy Officer post.

We have decided not to offer you the job. In the interview you said more than once that you do your best work with a clear line manager and a remit that is yours alone. As a worker co-operative we don't have managers: every member shares the project work, and decisions of any size go to the fortnightly general meeting. We think you would find that frustrating, and it would not be fair to you to ask you to work that way.

Thanks again for your interest in the co-op.

In co-operation,
Meg Darley, on behalf of the members
Fenland Sun Energy Co-operative`, 'Community Energy Officer'),

  rej('screen', ['culture_fit'], {},
    `Hey Dylan,

Thanks for the chat on Monday about the Taproom Manager job - you clearly know your beer.

We've had a think and we don't reckon you'd be the right fit with the team and the way we do things here, so we're going to leave it there.

Cheers,
Rhiannon
Hopwright Brewing Co.`, 'Taproom Manager'),

  rej('interview', ['role_closed', 'internal_candidate'], {},
    `Dear Mr. Alvarez,

Thank you for interviewing for the position of Communications Specialist with the City of Linden Falls on March 5.

Following a reorganization approved by City Council last week, the duties of this position will be absorbed by existing staff in the City Manager's Office, and the recruitment has been cancelled. No appointment will be made from this recruitment.

We apologize for any inconvenience and thank you for your interest in public service with the City.

Sincerely,
Human Resources Department
City of Linden Falls`, 'Communications Specialist - recruitment cancelled'),

  rej('interview', ['overqualified', 'salary'], { ...fb, ...door },
    `Dear Graham,

Thank you for meeting with us at the Daventry site on Tuesday to discuss the Warehouse Shift Supervisor role.

We enjoyed the conversation, but we have decided not to take your application further. Having run a four-site operation as a regional operations director, you are a long way beyond what this supervisory role needs, and the salary expectation you gave us (£60,000) is well above the £34,000 to £37,000 band for the position.

We do expect to recruit a General Manager for our new Northampton site later this year, and we would be pleased to hear from you about that.

Kind regards,
Lauren Biggs
HR Business Partner, Tarvin Logistics`, 'Warehouse Shift Supervisor - Daventry'),

  rej('screen', ['location'], { ...fb },
    `Hi Arjun,

Thank you for speaking with me on Friday about the Research Associate II role on our protein sciences team.

As you shared on our call, you'll need H-1B sponsorship once your STEM OPT period ends next year. Unfortunately we aren't able to sponsor visas for this position, so we won't be moving your application forward.

I appreciate your time and wish you the best.

Caroline Yu
Talent Acquisition, Korvane Therapeutics, San Diego`, 'Research Associate II - Korvane Therapeutics'),

  rej('application', ['location'], { ...fb, ...door },
    `G'day Shane,

Thanks for applying for the Maintenance Planner (Fixed Plant) role at our Paraburdoo operation.

This is a residential role, not FIFO. The successful applicant will need to live in Paraburdoo, where company housing is provided. In your application you said you're only available on a FIFO roster out of Perth, so we won't be progressing it.

We regularly advertise FIFO planning roles at our other sites, so keep an eye on our careers page and put your hand up for one of those.

Cheers,
Recruitment Team
Karrawarra Iron`, 'Maintenance Planner (Fixed Plant) - Paraburdoo'),

  rej('screen', ['salary'], { ...fb },
    `Dear Abhishek,

Thank you for your time on the telephonic discussion regarding the Senior Backend Engineer opening with Shipkart Technologies, Bengaluru.

As discussed, your expected CTC of 42 LPA is significantly beyond the approved budget for this position, which is up to 32 LPA, and the hiring team is unable to revise the band. Hence we will not be able to take your candidature forward.

Thank you for your interest in Shipkart.

Regards,
Sneha Iyer
Talent Acquisition, Shipkart Technologies Pvt. Ltd.`, 'Senior Backend Engineer - Shipkart Technologies'),

  rej('application', ['position_filled'], { ...door },
    `A chara,

Competition Ref: LA/04/25 - Library Assistant (Temporary, Full-Time)

Thank you for your application in the above competition.

I wish to inform you that the competition has now concluded and the position has been filled. Your application will therefore not be progressed further.

We would encourage you to apply for future competitions with Kilbrannock County Council, which are advertised on our website.

Is mise le meas,
HR Department
Kilbrannock County Council`, 'Competition LA/04/25 - Library Assistant'),

  rej('final', ['role_closed'], { ...door },
    `Hi Naledi,

I'm so sorry to be writing this after you gave us a whole day for the final round last week.

The streamer has pulled out of The Salt Roads, and with no commission there's no series, so there's no Post-Production Supervisor role either. We've had to stand down all of the crew searches on the show, yours included. It has nothing to do with you - you were the person we wanted.

If the show finds a new home, or when we crew our next series, you'll be the first person I call.

With real regret,
Helena Marsh
Head of Production, Greyhound Lane Pictures`, 'The Salt Roads - Post-Production Supervisor'),

  rej('assessment', ['assessment'], {},
    `Dear Thomas,

Thank you for completing the online situational judgement and numerical reasoning assessments for the Marlow Re Graduate Actuarial Programme.

Your results have now been reviewed, and we regret that they did not meet the threshold needed to progress to the next stage.

Because of the number of candidates who take part, we are unable to provide individual feedback on assessment results.

Kind regards,
Graduate Recruitment
Marlow Re`, 'Marlow Re Graduate Actuarial Programme - assessment outcome'),

  rej('assessment', ['assessment'], { ...offered, ...door },
    `Hi Pieter,

Thanks for sending over the crop-yield take-home for the Data Analyst role.

The reviewers have been through it, and we've decided not to move you on to the interview stage. If you'd like their notes, just reply and I'll forward them.

We're hiring across the data team through the year, so please do apply again for future analyst roles.

Groeten,
Lotte van Dam
Recruiter, Fieldloop`, 'Fieldloop - Data Analyst take-home'),

  rej('interview', ['generic'], { ...offered },
    `Dear Chloe,

Thank you for attending an interview for the role of Shore Excursions Planner at our Southampton office.

We have now completed all interviews and, after careful consideration, we have decided not to progress your application on this occasion.

If you would find it helpful to receive feedback on your interview, please let me know and I will arrange a short call with the hiring manager.

Kind regards,
Beatrice Coleman
Talent Acquisition Partner, Azure Meridian Cruises`, 'Shore Excursions Planner - interview outcome'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Teresa,

Thank you for interviewing for the Practice Manager position at our Westfield hospital. The team enjoyed meeting you.

After much discussion, we have decided to move forward with candidates whose experience more closely matches what this hospital needs right now.

We'll keep your résumé on file and reach out if another practice management opening comes up within Pawsmith Animal Hospitals.

Best regards,
Kelsey Warren
Regional Recruiter, Pawsmith Animal Hospitals`, 'Practice Manager - Westfield'),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Dear Mateusz,

Thank you for spending the day with us at the Blyth gigafactory for the final stage of the Dry Room Operations Lead process.

I am sorry to tell you that we will not be making you an offer. The panel were impressed by your lean manufacturing work, but the role needs hands-on experience running dry rooms at production scale below -40 °C dew point, and your experience so far has been in pilot-line environments.

I would be happy to talk through the panel's notes in more detail if that would be helpful - just let me know a time.

Kind regards,
Rachel Ogundipe
Senior Talent Partner, Ampera Cell Technologies`, 'Dry Room Operations Lead - final stage'),

  rej('final', ['position_filled', 'profile_mismatch'], { ...door },
    `Dear Owen,

Thank you for attending the final interview for the Associate Director position at Hallam Ford Architects' Sheffield studio.

We have now concluded the process and have offered the role to a candidate whose experience was a closer match to our needs at this stage.

We would very much like to keep your details on file, and I will contact you if a suitable senior position arises.

Yours sincerely,
Catherine Ford
Partner, Hallam Ford Architects`, 'Associate Director - Sheffield'),

  rej('final', ['culture_fit'], { ...fb },
    `Hi Thabo

Thanks for coming through to the studio for the final interview and the crit on Wednesday.

We've decided not to offer you the Senior Designer position. You told us that you like to own a project from concept through to completion and find it hard to hand work over midway. Our studio rotates designers between projects every week, and design decisions are made together in the Friday crit, so we think you would be frustrated here.

Thanks for your time, and good luck.

Lindiwe
Studio Maddox, Cape Town`, 'Senior Designer - Studio Maddox'),

  rej('application', ['generic'], { ...door },
    `Dear Jacob,

Thank you for applying to the Ardent Copper Graduate Geologist Programme 2025.

The programme was highly competitive this year, with more than 2,300 applications for 14 places. Having reviewed your application, we regret that we will not be taking it forward.

Applications for the 2026 intake open in September, and we encourage you to apply again then.

Kind regards,
Ardent Copper plc - Graduate Recruitment

Please do not reply to this email. This mailbox is not monitored.
Workday`, 'Ardent Copper Graduate Geologist Programme 2025'),

  rej('application', ['profile_mismatch'], {},
    `Hi Nora,

Thanks for applying to Claimly! We've reviewed your application for the Claims Operations Analyst role, and we don't think your application is a match for what we need on the team right now.

We wish you well in your search.

The Claimly Team
Sent with Lever`, 'Claimly - Claims Operations Analyst'),

  rej('application', ['internal_candidate'], { ...door },
    `Dear Mr Hughes,

Thank you for your application for the position of Assistant Store Manager at our Knutsford garden centre.

I am writing to let you know that we have appointed an internal candidate to this role.

We are always looking for people with a passion for plants and customer service, and we would encourage you to apply for future vacancies on our website.

Kind regards,

[Hiring Manager Name]
Thistle & Moss Garden Centres`, 'Assistant Store Manager - Knutsford'),

  rej('screen', ['generic'], {},
    `Hi Marcus,

Thanks for taking the time to speak with me on Wednesday about the Territory Manager opening in the Midwest region.

After reviewing all of the candidates we spoke with, we've decided to move forward with others. We wish you well in your search.

Best,
Jenna Marsh
Recruiter, Kestrel Ridge Animal Health`, 'Territory Manager - Midwest'),

  rej('screen', ['profile_mismatch', 'culture_fit'], {},
    `Hi Sofia,

Thanks for jumping on a call with us about the Ecommerce Lead role at Emberly Candle Co.

We've talked it over and decided not to move forward. Your experience isn't quite what we need for this role, and we're not sure the fit with our small team is there.

Thanks again for your interest!

Abby
Co-founder, Emberly Candle Co.

Powered by Ashby`, 'Ecommerce Lead at Emberly'),

  rej('application', ['location'], { ...fb },
    `Dear Musa,

RE: APPLICATION FOR THE POSITION OF COMMUNITY HEALTH SUPERVISOR

We thank you for your interest in the above position with Lake Chad Health Partnership.

Please be informed that, as stated in the vacancy announcement, this position is open only to applicants who are currently resident within Maiduguri Metropolitan Council or Jere LGA. Your application indicates that you reside in Lagos, and it was therefore not considered for shortlisting.

Thank you once again for your interest.

Yours sincerely,
Human Resources and Administration
Lake Chad Health Partnership`, 'Community Health Supervisor - Application Status'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Ms. Castellano,

Thank you for applying for the part-time Library Page position at Maple Hollow Public Library.

With an MLIS and six years as a branch manager, your experience is far beyond this role, which is mainly shelving, straightening the collection and helping with holds. We don't think it would make good use of your skills, so we have decided not to interview you for it.

However, we will be posting a full-time Librarian II (Adult Services) position next month, and we strongly encourage you to apply.

Sincerely,
Gloria Haynes
Library Director, Maple Hollow Public Library`, 'Library Page application'),

  rej('interview', ['internal_candidate', 'position_filled'], {},
    `Dear Fraser,

Thank you for attending an interview for the post of Depot Manager at our Inverness depot.

I am writing to let you know that we have offered the position to a colleague from our Perth depot, who has accepted. I am sorry that this is not the outcome you were hoping for.

Thank you for your time and your interest in Strathyre Plant Hire.

Yours sincerely,
Alison MacRae
HR Manager, Strathyre Plant Hire Ltd`, 'Depot Manager - Inverness'),

  rej('application', ['role_closed'], { ...door },
    `Hi Georgia,

Thank you for applying for the Head Veterinary Nurse position at Foxhollow Vets.

As you may have seen in the local news, the practice has now joined a larger veterinary group. As part of the changes, the new owners are reviewing the nursing structure across their practices, and they have asked us to withdraw this vacancy. It won't be filled for now.

We will keep your details and get in touch if the role is re-advertised or a similar post comes up.

Thank you for your understanding,
Practice Manager
Foxhollow Vets`, 'Head Veterinary Nurse - vacancy withdrawn'),

  rej('assessment', ['position_filled'], { ...door },
    `Hi Lerato,

Thanks for completing the SQL assessment for the Junior Data Analyst position.

Unfortunately, our preferred candidate accepted an offer before we got to review your test, so the position is now filled and we won't be continuing with your application.

Sorry about the timing. We'd be glad to see you apply again for our next analyst opening.

Kind regards,
Nomvula Dlamini
People Operations, Mzansi Freightlytics`, 'Junior Data Analyst - Mzansi Freightlytics'),

  rej('assessment', ['skills_gap'], { ...fb },
    `Dear Brett,

Open Pit Production Supervisor - Quandong Gold Operations

Thank you for your patience while we completed reference checks with the referees you nominated.

Your referees confirmed that your supervisory experience consists of relief (acting) supervisor shifts totalling about six months. This role requires a minimum of two years as a substantive production supervisor, so we won't be proceeding with your application.

Thank you for your interest in Quandong Gold.

Regards,
Recruitment Team
Quandong Gold Operations`, 'Open Pit Production Supervisor - reference checks'),

  rej('application', ['generic'], {},
    `Hi Efe,

Thank you for your interest in Harvestline. We've reviewed your application for Field Robotics Technician and have decided not to move forward.

Best,
Harvestline Recruiting

Powered by Ashby`, 'Harvestline - Field Robotics Technician'),

  rej('application', ['generic'], { ...door },
    `<p>View this email in your browser</p>
<p>&nbsp;</p>
<p>Hi Jamie,</p>
<p>Thanks for applying to be a Duty Manager at Starlit Cinemas.&nbsp;We've read every application and, on this occasion, we won't be taking yours forward.</p>
<p>We'll hold on to your details in our talent community and let you know when new roles open at a cinema near you.</p>
<p>Lights, camera, action!<br>The Starlit Cinemas People Team</p>
<p>&nbsp;</p>
<p style="font-size:9px">You're receiving this email because you applied for a role with Starlit Cinemas Ltd. <a href="#">Unsubscribe</a> | <a href="#">Manage preferences</a></p>`, 'Your Starlit Cinemas application'),

  rej('screen', ['location'], { ...fb, ...door },
    `Hi Duarte,

Thank you for the call on Tuesday about the Solutions Engineer role.

As I mentioned, this role needs someone in our Rotterdam office three days a week to work alongside the port-integration team. You're based in Lisbon and told me you aren't planning to relocate, so we won't be moving forward with your application.

We're thinking about opening remote-first roles for Southern Europe next year. If we do, I'll reach out to you.

Met vriendelijke groet,
Femke Jansen
Talent Acquisition, Portline Software BV`, 'Solutions Engineer - Portline'),

  rej('final', ['salary'], { ...fb },
    `Dear Sipho

Thank you for attending the final panel interview for the position of Financial Manager at our Durban head office.

The panel were impressed by your presentation on working capital. However, your expected package of R1.4 million CTC is well above the approved range of R950 000 to R1.1 million for this position, and we are unable to extend an offer that would meet it.

We thank you for the time you have invested in our process.

Kind regards
Human Capital
Ithemba Freight (Pty) Ltd`, 'Financial Manager - final interview outcome'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Mr Wiremu,

Position: Library Technician - Local Studies (PN 4412)

Thank you for your application.

Unfortunately your application has not been shortlisted. This position requires a Certificate IV in Library and Information Services (or higher), which your application does not include, and under Council's employment policy, appointments to permanent positions are open only to Australian citizens and permanent residents. Your application states that you hold a New Zealand passport and a temporary visa.

Thank you for your interest in working with Council.

Yours faithfully,
People & Culture
Murrumbank Shire Council`, 'Library Technician - Local Studies'),

  rej('interview', ['generic'], { ...door },
    `Dear Mr. Aravind,

Thank you for attending the technical and HR interview rounds for the position of Business Analyst at Nallamala Infosystems Pvt. Ltd., Chennai.

We regret to inform you that you have not been selected for the said position.

Your profile will be retained in our database, and we shall contact you should a suitable opening arise in the future.

With best wishes,
HR Department
Nallamala Infosystems Pvt. Ltd.`, 'Interview Result - Business Analyst'),

  rej('application', ['profile_mismatch'], {},
    `Hi Anna,

Thanks for chasing, and sorry for the slow reply.

We've now been through all the applications for the Chartered Landscape Architect post, and I'm afraid we won't be shortlisting you - other applicants were a closer fit for what we need on the current projects.

Best wishes,
Edward Wren
Wren & Avery Landscape Architects

On Mon, 17 Mar 2025 at 08:41, Anna Kowalczyk wrote:
> Dear Edward,
>
> I applied for the Chartered Landscape Architect post on 28 February and
> wondered whether you had a timeline for shortlisting?
>
> Kind regards,
> Anna`, 'Re: Chartered Landscape Architect application'),

  // ── Part two: one chemistry teacher's inbox, January to June
  other(`Museum Jobs Weekly - your saved search: "learning officer", North West

Learning Producer (Schools & Families)
Cheetwood Discovery Museum, Manchester · £31,200 · Closes 31 January

Learning & Engagement Officer
Whitebeam Botanic Garden, Cheshire · £28,500 - £30,100 · Closes 14 February

Learning Officer (fixed term, 12 months)
Irkdale Museums Service · £29,000 · Closes 24 January

View all 11 new jobs

You're receiving this because you created a saved search. Unsubscribe`, '3 new jobs for "learning officer" in the North West'),

  other(`Dear Bethan,

Thank you for your application for the post of Learning Producer (Schools & Families), reference CDM-0412.

We confirm that your application has been received. The closing date is 31 January, and shortlisting will take place in the week of 10 February. If you are shortlisted, we will contact you by email to invite you to interview.

Kind regards,
People Team
Cheetwood Discovery Museum

Powered by TribePad`, 'Application received - Learning Producer (Schools & Families)'),

  rej('application', ['generic'], {},
    `Hi Bethan,

Thank you for applying for the Content Writer - Chemistry role at Brightlattice.

We received a large number of applications, and after reviewing yours we've decided not to move forward with it.

Best of luck,
Brightlattice Hiring Team

Sent with Workable`, 'Brightlattice - Content Writer - Chemistry'),

  other(`Dear Ms Gorrie,

Thank you for applying for the post of Public Engagement Officer (School of Chemistry), vacancy reference MMU-2417.

Your application has been received and will be considered by the shortlisting panel after the closing date of 3 February. We aim to contact shortlisted candidates within three weeks of the closing date.

Please note that if you have not heard from us by 3 March, your application has not been successful on this occasion.

Human Resources
Medlock Metropolitan University`, 'MMU-2417 - Application acknowledgement'),

  other(`Science Learning Network North - January Bulletin

In this issue:
• New practical endorsement guidance for A-level chemistry: what's changed for 2025
• "Make it glow": a Year 8 chemiluminescence practical from a teacher in Bolton
• Spring CPD: subject knowledge for non-specialists teaching chemistry (four Tuesdays, online)
• Member spotlight: leaving the classroom for a science centre - one physics teacher's story
• Grants of up to £500 for school STEM clubs - applications close 28 February

Read the full bulletin on our website.

You are receiving this email as a member of Science Learning Network North. Update your preferences | Unsubscribe`, 'SLN North January bulletin: practical endorsement, CPD and grants'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Bethan,

Thank you for your application for the Learning Officer (fixed term) post with Irkdale Museums Service.

The panel have now shortlisted against the person specification. An essential criterion for this post is demonstrable experience of planning and delivering informal learning in a museum, gallery or heritage setting. Your application describes extensive classroom teaching but no work in a museum or heritage setting, so we were unable to shortlist you.

Thank you for your interest in the service.

Yours sincerely,
Recruitment Team
Irkdale Museums Service`, 'Learning Officer (fixed term) - shortlisting outcome'),

  other(`Hi Bethan,

Your application for Chemistry Curriculum Designer was viewed by Sproutmind Learning.

Applicants whose profiles are complete are more likely to hear back. Add a few skills to yours:
+ Curriculum development   + Instructional design   + Science communication

View application status

Similar jobs: Science Content Editor - Calder Education Group · Digital Learning Producer - Rivermeet Science Festival

LinkedIn`, 'Your application was viewed by Sproutmind Learning'),

  other(`Hi Bethan,

Hope the new term has started well! I wanted to check in and see how your search is going - have you had any bites from the museum applications?

I've got a couple of new content roles with edtech clients that came in this week (one fully remote, one hybrid in Salford), both looking for qualified science teachers. Happy to send details if you're interested. Shall we have a quick call on Thursday after school?

Best,
Kate Oyelaran
Senior Consultant, Education & Learning
Lantern Street Recruitment`, 'Checking in - a couple of new content roles'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Ms Gorrie,

Thank you for your application for the position of Subject Officer - Chemistry with Wardley Examinations Board.

We received many strong applications. Following careful review against the role requirements, we have decided to progress with candidates whose experience more closely matches the role, and we will not be taking your application further.

We would like to retain your details on our candidate database for 12 months, so that we can contact you if a suitable vacancy arises. We also recruit examiners and moderators every spring, and we would welcome an application from you.

Kind regards,
Talent Team
Wardley Examinations Board

This email was generated by Eploy. Please do not reply directly.`, 'Wardley Examinations Board - Subject Officer (Chemistry)'),

  other(`Thinking about leaving the classroom? You're not alone.

Join our free live webinar, "From Classroom to Edtech: Turning Teaching Experience into a Content Career", on Wednesday 5 February, 7-8 pm.

You'll hear from:
• a former maths teacher who is now a learning designer at a national exam board
• a science teacher turned curriculum writer at an edtech start-up
• a recruiter who places teachers into museum and charity education roles

We'll cover how to rewrite your CV for content roles, what a writing task usually looks like, and how to talk about salary when you're coming from the teachers' pay scale.

Save your place

Teach Onwards - career support for teachers
You're receiving this because you signed up at teachonwards.example. Unsubscribe`, 'Webinar: From Classroom to Edtech (Wed 5 Feb, 7pm)'),

  other(`Hi Bethan,

Thanks for applying for the Chemistry Curriculum Designer role at Sproutmind Learning! We'd love to learn more about you.

The next step is a 20-minute video call with me to talk about your experience, what you're looking for and the role itself. Please pick a slot that works for you here:

https://calendly.com/sproutmind-talent/20min

Slots are available after 4 pm most days, as I know teachers aren't free during the school day.

Speak soon,
Ravi Mistry
Talent Partner, Sproutmind Learning`, 'Next steps - Chemistry Curriculum Designer at Sproutmind'),

  other(`Event confirmed

Bethan Gorrie and Ravi Mistry
Tuesday 28 January 2025 · 16:30 - 16:50 (GMT)
Google Meet: meet.google.com/[code]

Need to make changes to this event? Reschedule or Cancel

Powered by Calendly`, 'Confirmed: Bethan Gorrie and Ravi Mistry on Tue 28 Jan'),

  rej('screen', ['salary'], { ...fb },
    `Hi Bethan,

Thanks for taking my call on Monday evening about the Science Content Creator role - and after a long day of teaching, too.

I've passed on our conversation to the team. The salary for this role is fixed at £26,000, and you were clear that you'd need at least £38,000 to make the move from teaching work for you. That gap is too big for us to bridge, so we won't be taking your application forward.

Thanks again, and good luck with the move out of the classroom.

Hollie Benson
Operations Lead, BrightBeaker Media`, 'Science Content Creator - BrightBeaker'),

  other(`Dear Ms Gorrie,

Public Engagement Officer (School of Chemistry) - MMU-2417

Thank you for your patience. We are writing to let you know that shortlisting for this post has taken longer than planned because of the number of applications received. The panel has not yet made any decisions.

We now expect to contact shortlisted candidates by 28 February.

Human Resources
Medlock Metropolitan University`, 'MMU-2417 - update on shortlisting'),

  other(`Hi Bethan,

Thanks for a great chat yesterday! As promised, here's the written task for the Chemistry Curriculum Designer role.

The brief:
1. Write a 600-word explainer on electrolysis of aqueous solutions for Year 10 students (GCSE, higher tier).
2. Write five multiple-choice questions on the same topic, each with one correct answer and three plausible distractors, plus a one-line rationale for each distractor.

Please send it back as a Google Doc within 7 days. It should take no more than 3 hours, and we pay £75 for completed tasks.

Any questions, just reply.

Ravi Mistry
Talent Partner, Sproutmind Learning`, 'Sproutmind written task - Chemistry Curriculum Designer'),

  rej('application', ['position_filled'], {},
    `Dear Bethan,

Thank you for your interest in the Science Presenter role at Spindle Science Centre.

We wanted to let you know that this position has now been filled.

Thank you for taking the time to apply.

Visitor Experience Team
Spindle Science Centre, Halifax`, 'Science Presenter - Spindle Science Centre'),

  other(`New jobs for you, Bethan

Based on your recent searches for "science communication" near Manchester:

Science Engagement Officer - Kettleworth Institute for Materials Research · Manchester · £32,000 · Posted 2 days ago
Curriculum Content Lead (Science) - Oakway Learning · Remote (UK) · £38,000 - £44,000 · Posted today
STEM Outreach Coordinator - Royal Pennfold College · Preston · £27,900 · Posted 5 days ago

See all 24 jobs

Jobsbridge · Manage alerts · Unsubscribe`, '24 new science communication jobs near Manchester'),

  rej('application', ['location'], { ...fb, ...door },
    `Dear Bethan,

Thank you for applying for the Digital Editor (Chemistry) role at Periodic Press.

This role is based at our King's Cross office four days a week, and the advert noted that we can't offer relocation support. In your application you said you would need to work remotely from Manchester, so unfortunately we can't take your application forward.

We do advertise fully remote editorial roles from time to time, and we'd be glad to see your name again when we do.

Best wishes,
Fiona Clarke
Managing Editor, Periodic Press`, 'Digital Editor (Chemistry) - Periodic Press'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Bethan,

Thank you for applying for the post of Learning Officer (Science and Industry) at Amgueddfa Glanrafon.

This is a Welsh-essential post: the person specification requires fluency in spoken and written Welsh (level 4 or above), because most of the schools programme is delivered through the medium of Welsh. Your application states that you do not speak Welsh, so we are unable to shortlist you.

Diolch am eich diddordeb / Thank you for your interest.

Adnoddau Dynol / Human Resources
Amgueddfa Glanrafon`, 'Learning Officer (Science and Industry) - Amgueddfa Glanrafon'),

  other(`Hi Bethan,

Thanks for sending over your written task - it's arrived safely and I've passed it to our Head of Science Content for review.

We aim to get back to everyone within a week. Your £75 task payment will be processed with our next payment run once you've sent your bank details through the form I'll email separately.

Ravi`, 'Re: Sproutmind written task - Chemistry Curriculum Designer'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Bethan,

Thank you for completing the written task for the Chemistry Curriculum Designer role. I'm sorry to tell you that we won't be moving you to the interview stage.

Our Head of Science Content liked the explainer's structure, but two of your MCQs had distractors that no Year 10 student would realistically choose, one question (on the product at the anode) had two defensible answers, and the explainer's reading age came out at around 16, which is above what we aim for at Year 10.

If it would be useful, I'm happy to send you the full marking rubric with her comments on it.

Thanks again for your time,
Ravi Mistry
Talent Partner, Sproutmind Learning`, 'Sproutmind Learning - written task outcome'),

  other(`Dear Ms Gorrie,

Public Engagement Officer (School of Chemistry) - MMU-2417

I am pleased to invite you to interview for the above post on Thursday 13 March at the Dalton Building, Medlock Metropolitan University.

The selection process will consist of:
• a 10-minute presentation on: "Design a hands-on chemistry activity for a family audience at a city science festival, and tell us how you would know whether it worked"
• a 40-minute panel interview

Please confirm your attendance and let us know of any adjustments you need by replying to this email by 5 March.

Yours sincerely,
Dr Helen Achebe
Director of Outreach, School of Chemistry
Medlock Metropolitan University`, 'Invitation to interview - MMU-2417'),

  hold('application', ['role_closed'], {},
    `Dear Bethan,

Learning Producer (Schools & Families) - CDM-0412

Thank you for your patience since the closing date.

We are writing to all applicants to let you know that recruitment to this post has been paused. The post is part-funded by a grant from our Arts Council programme, and we are waiting for confirmation of next year's award before we can make any appointment.

Your application has not been rejected and remains under consideration. We expect to hear about the funding by the end of March and will contact you as soon as we can.

Kind regards,
People Team
Cheetwood Discovery Museum`, 'Learning Producer (Schools & Families) - recruitment update'),

  other(`Dear Ms Gorrie,

Unfortunately one of the panel members for your interview on Thursday 13 March has been taken ill, and we need to move the interviews.

Would either of the following suit you?
• Tuesday 18 March, 16:30
• Thursday 20 March, 16:00

The format will be unchanged. Apologies for the inconvenience, and thank you for your flexibility.

Kind regards,
Lucy Partington
HR Assistant, Medlock Metropolitan University`, 'MMU-2417 - change to interview date'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Bethan,

Thank you for applying for the Visitor Host (part-time) role at Saltmire Natural History Gallery.

Reading your application, we think you are far more experienced than this role requires. Visitor Hosts welcome visitors and look after the galleries, and the role has no teaching or programme-planning duties, so we don't think it would make use of your subject knowledge or your experience of planning learning. We have decided not to take it further.

We will be advertising a Schools Programme Coordinator post in the summer, and we would really encourage you to apply for that.

Warm regards,
Visitor Experience Manager
Saltmire Natural History Gallery`, 'Visitor Host - Saltmire Natural History Gallery'),

  other(`New jobs this week - Museum Jobs Weekly

Schools Programme Manager
Catalyst Futures (STEM education charity) · Manchester / hybrid · £36,000 · Closes 21 March

Science Writer
Vellum & Spark Publishing · Remote · £30,000 - £33,000 · Closes 14 March

Digital Learning Producer
Rivermeet Science Festival · Manchester · £32,500 (fixed term) · Closes 10 March

You're receiving this because you created a saved search. Unsubscribe`, 'New this week: 3 jobs matching your saved search'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Ms Gorrie,

Public Engagement Officer (School of Chemistry) - MMU-2417

Thank you for attending the interview on Tuesday 18 March and for your presentation.

The panel interviewed a strong field of candidates. After careful consideration, I am sorry to let you know that you have not been successful on this occasion, as other candidates' experience more closely matched the requirements of the post.

If you would like feedback on your interview, Dr Achebe would be happy to arrange a short call. Please contact Lucy Partington in HR to book a time.

Yours sincerely,
Human Resources
Medlock Metropolitan University`, 'MMU-2417 - outcome of interview'),

  other(`Hi Bethan,

Thanks for applying to Quantaleap Learning for the Chemistry Content Developer role. We'd like to invite you to a first interview with Priya Shah, our Head of Content.

Format: 45 minutes on Zoom - a conversation about your teaching, how you explain tricky ideas, and what you'd want from the role. No preparation needed beyond bringing one example of a resource you've made.

Could you let me know which of these works?
• Wednesday 26 March, 16:15
• Thursday 27 March, 16:00
• Saturday 29 March, 10:00

Best,
Owen Talbot
People & Talent, Quantaleap Learning`, 'Interview invitation - Chemistry Content Developer'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Bethan,

Thanks for talking to Sam and me on Monday about the Science Resource Writer role at Slatehouse Learning.

We've decided not to go ahead. One thing stood out in the conversation: you said you like to get a resource fully polished before anyone else sees it, and that sharing rough drafts makes you uncomfortable. Our whole team works the opposite way - we put first drafts in front of teachers within a day and rewrite in the open from their comments - and we think you'd find that stressful rather than energising.

That's no reflection on the quality of your work, which we thought was excellent.

All the best,
Grace Okafor
Head of Content, Slatehouse Learning`, 'Slatehouse Learning - Science Resource Writer'),

  rej('application', ['position_filled', 'profile_mismatch'], {},
    `Hi Bethan,

Thanks for your patience.

We've now completed our process for the Science Writer role and have offered it to another applicant whose background was a better match for the position. The offer has been accepted.

We appreciate your interest in Vellum & Spark.

Kind regards,
Vellum & Spark Publishing`, 'Science Writer - Vellum & Spark'),

  other(`Dear Bethan,

Thank you for applying for the post of Learning & Engagement Officer at Whitebeam Botanic Garden.

We have received your application. The interviews are planned for the week beginning 24 March, and shortlisted candidates will be contacted by 14 March.

With best wishes,
Whitebeam Botanic Garden`, 'Learning & Engagement Officer - application received'),

  other(`Dear Bethan,

Learning Producer (Schools & Families) - CDM-0412

We are pleased to let you know that our funding for next year has been confirmed and recruitment to this post has now restarted.

You have been shortlisted, and we would like to invite you to interview on Tuesday 8 April at 16:00. The interview will last about an hour and will include a 15-minute session in which you lead part of a drop-in family activity on the gallery floor with two members of our learning team playing visitors.

Please confirm whether you can attend by replying to this email.

Kind regards,
People Team
Cheetwood Discovery Museum`, 'Invitation to interview - Learning Producer'),

  rej('application', ['internal_candidate'], {},
    `Dear Bethan,

Thank you for your application for the Learning & Engagement Officer post.

I wanted to let you know that we have appointed a member of our existing education team to this post, and we will not be holding the planned interviews.

Thank you for your interest in Whitebeam Botanic Garden.

With best wishes,
Maggie Trent
Head of Learning, Whitebeam Botanic Garden`, 'Learning & Engagement Officer - update'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Dear Bethan,

Thank you for speaking with me on Wednesday about the Science Engagement Officer post at the Kettleworth Institute.

After discussing our call with the Head of Communications, we have decided not to take your application further. The post includes a large media-relations element - writing press releases about new papers and handling journalists' enquiries - and you told me you haven't yet worked with the press or a communications team. That is the experience the team needs most this year.

I'll keep your details on file and let you know when we recruit for our schools outreach programme, which I think would suit you well.

Best wishes,
Dr Amrit Sandhu
Communications Manager, Kettleworth Institute for Materials Research`, 'Science Engagement Officer - Kettleworth Institute'),

  other(`Hi Bethan,

Thanks so much for your time with Priya on Thursday - she really enjoyed the conversation.

We'd like to invite you to the final stage for the Chemistry Content Developer role. This will be a 75-minute session on Zoom with Priya and our CEO, Daniel Achterberg:

1. A 15-minute presentation: take a topic you find students struggle with in GCSE chemistry and storyboard a five-screen interactive lesson on it (slides or a rough sketch are fine).
2. Questions from the panel (about 45 minutes).
3. Your questions for us.

Please let me know your availability for the week of 7 April.

Best,
Owen Talbot
People & Talent, Quantaleap Learning`, 'Final stage - Chemistry Content Developer'),

  other(`Museum Learning Collective - Spring Newsletter

Hello members,

• Conference 2025: "Learning Out Loud" comes to Liverpool on 2-3 July. Early-bird tickets until 30 April.
• New toolkit: evaluating family learning without questionnaires
• Jobs board: 17 learning roles advertised this month, including posts in Leeds, Cardiff and Manchester
• Peer mentoring: we're matching new entrants to the sector with experienced learning professionals - sign up by 11 April

Thank you for being part of the Collective.

You're receiving this because you're a member of the Museum Learning Collective. Manage your subscription`, 'Museum Learning Collective: spring newsletter'),

  other(`Hi Bethan,

Thanks for applying for the Learning Experience Designer role at Sparkwise! We'd like to invite you to a 45-minute video interview with me and Marcus, our lead developer.

Tuesday 15 April, 16:30 - 17:15 (BST)
We'll send a Zoom link the day before.

We'll ask you to talk us through a learning resource you're proud of and how you'd turn it into something interactive. No slides needed.

Looking forward to meeting you,
Jess Coyle
Head of Learning Design, Sparkwise`, 'Sparkwise - interview invitation'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Bethan,

Thank you for coming to the museum on Tuesday to interview for the Learning Producer (Schools & Families) post, and for your patience while the post was paused.

I am sorry to tell you that we will not be offering you the post. The panel were impressed by your chemistry knowledge and your rapport with our "visitors", but the session you led on the gallery floor was structured like a lesson, with learning objectives and a plenary. The core of this post is designing open-ended drop-in activities for families who come and go, and the panel felt you don't yet have experience of that kind of informal learning.

We run a pool of freelance facilitators for our half-term and summer programmes, and I would be very happy to add you to it, which would also give you the informal-learning experience for future posts. We would welcome an application from you in future.

With best wishes,
Rachel Oduya
Head of Learning, Cheetwood Discovery Museum`, 'Learning Producer (Schools & Families) - interview outcome'),

  other(`Dear Ms Gorrie,

Reference request: Mr Daniel Osei

Mr Osei has applied for the post of Teacher of Science (Chemistry specialism) at Bramhall Vale High School, starting in September, and has given your name as a referee from his PGCE placement at Gorsey Bank Academy.

I would be grateful if you could complete the attached reference form and return it by Friday 25 April. In particular, please comment on his subject knowledge, classroom management and any safeguarding concerns.

Thank you for your help.

Yours sincerely,
Mrs J. Whitcombe
HR Officer, Bramhall Vale High School

Attachment: Reference_Request_DOsei.docx`, 'Reference request - Mr Daniel Osei'),

  rej('final', ['position_filled'], { ...offered, ...door },
    `Hi Bethan,

Thank you for the presentation on Thursday - your storyboard on moles and concentration was one of the clearest we've seen, and Daniel and Priya both enjoyed the conversation.

It was a very close decision, but we've offered the Chemistry Content Developer role to another candidate, who has accepted.

If you'd like to hear the panel's thoughts in more detail, Priya would be happy to have a 15-minute call. We'd also love to keep working with you: we use a pool of freelance subject writers for our GCSE courses, and with your permission I'll add you to it, and we'll let you know when we next hire a permanent content role.

Best wishes,
Owen Talbot
People & Talent, Quantaleap Learning`, 'Quantaleap Learning - final stage outcome'),

  other(`Hi Bethan,

Welcome to the Quantaleap freelance writer pool!

To get you set up, please complete our onboarding form (about 10 minutes): contact details, the subjects and key stages you can write for, your day rate, and your availability over the summer holidays.

What happens next: when a project matches your subjects, our content coordinators will email you a short brief. There's never any obligation to take a project on.

Thanks,
Content Operations, Quantaleap Learning`, 'Welcome to the Quantaleap freelance writer pool'),

  rej('application', ['role_closed'], {},
    `Dear Applicant,

Vacancy: Learning Assistant (Science Collections), Irkdale Museums Service - ref IMS-0933

Following a review of the Council's budget for the coming year, this vacancy has been withdrawn and will not be filled. We are therefore unable to take any applications forward, including yours.

We apologise for any inconvenience caused.

Irkdale Council Recruitment Team`, 'Vacancy withdrawn - IMS-0933'),

  other(`Hi Bethan,

Thank you for applying for Curriculum Content Lead (Science) at Oakway Learning. We've received your application, and our team will review it and be in touch within two weeks.

In the meantime, you can read more about how we build our courses on our blog.

Oakway Learning Talent Team

Powered by Greenhouse`, 'Thanks for applying to Oakway Learning'),

  rej('application', ['generic'], { ...door },
    `Dear Bethan Gorrie,

Thank you for your interest in the Science Content Editor position (Job ID R-11872) with Calder Education Group.

After reviewing your application, we have decided not to move forward with your candidacy for this position.

We encourage you to continue to visit our careers site and apply for future positions that match your skills and interests.

Sincerely,
Calder Education Group Talent Acquisition

This is an automated message from Workday. Please do not reply to this email.`, 'Calder Education Group - Science Content Editor (R-11872)'),

  other(`Hi Bethan,

Great news - we'd like to move you forward for the Curriculum Content Lead (Science) role!

The next step is a 30-minute call with me to talk through your background and the role. Please pick a time using the link below.

https://app.greenhouse.example/schedule/[token]

Thanks,
Nadia Brooks
Recruiter, Oakway Learning`, 'Oakway Learning - let\'s set up a call'),

  rej('assessment', ['assessment'], {},
    `Dear Bethan,

Thank you for completing the timed writing exercise for the Science Content Writer position at Rivermeet Science Festival.

We have now marked all the exercises. I'm sorry to say that your submission did not reach the standard needed to progress to interview.

Thank you for the time and effort you put into it.

Best wishes,
Rivermeet Science Festival`, 'Science Content Writer - writing exercise'),

  hold('screen', ['generic'], {},
    `Hi Bethan,

Thanks again for the call on Tuesday - I really enjoyed hearing about your Year 9 chemistry club.

A quick heads-up: our Head of Curriculum, who is the hiring manager for this role, has unexpectedly had to take two weeks' leave. We're pausing interviews for the Curriculum Content Lead role until she's back. You're still on our shortlist and nothing has been decided - I'll be in touch to book your interview as soon as she returns.

Thanks for your patience,
Nadia Brooks
Recruiter, Oakway Learning`, 'Oakway Learning - short pause'),

  other(`Hi Bethan,

Just checking in - any news from Oakway? Fingers crossed for you.

Also, a new one came in today that made me think of you: Schools Partnerships Lead at a science education charity in Leeds, hybrid, about £37k. Let me know if you'd like me to put you forward.

Kate
Lantern Street Recruitment`, 'Quick check-in + a new role'),

  other(`Dear Bethan,

Schools Programme Manager - final interviews

Thank you for your first interview last week. I am delighted to invite you to the final stage, which will take place at our office at Hatch Works, Manchester, on Wednesday 7 May from 13:30 to 15:30.

The final stage has two parts: a 20-minute presentation on how you would grow our school partnerships in Greater Manchester over the next two years, followed by an interview with our Chief Executive and a trustee.

Please let me know by Friday whether you are able to attend.

Best wishes,
Dr Femi Adeyinka
Director of Programmes, Catalyst Futures`, 'Schools Programme Manager - invitation to final interview'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Bethan,

Thanks for our call last week about the Schools Partnerships Lead role.

I put your CV forward and heard back from the client this morning. They've decided not to take it further - they said other candidates had backgrounds that lined up more closely with the brief.

Don't be disheartened, these things are often down to a very particular wish list. I'll keep sending you the museum and edtech roles that come through, as I still think you'll land something great.

Kate
Lantern Street Recruitment`, 'Schools Partnerships Lead - feedback from client'),

  rej('interview', ['generic'], {},
    `Hi Bethan,

Sorry for the slow reply! The team met last week, and we've decided not to move forward with your application for the Learning Experience Designer role. Thanks again for your time.

Jess Coyle
Head of Learning Design, Sparkwise

On Tue, 29 Apr 2025 at 17:52, Bethan Gorrie wrote:
> Hi Jess,
>
> I hope you're well. I just wanted to follow up on my interview with you and
> Marcus on 15 April for the Learning Experience Designer role. Is there any
> update on timings?
>
> Thanks,
> Bethan`, 'Re: Learning Experience Designer - follow up'),

  other(`Hi Bethan,

Good news - our Head of Curriculum is back, and we'd like to invite you to the final interview for the Curriculum Content Lead (Science) role.

Thursday 8 May, 16:30-17:45, on Google Meet, with Amelia Hart (Head of Curriculum) and Tom Sayer (CEO).

Please prepare a 15-minute walkthrough of how you would plan a six-lesson unit on rates of reaction for our online platform: the sequence, one example screen and how you'd check understanding along the way.

Please confirm by replying to this email.

Nadia Brooks
Recruiter, Oakway Learning`, 'Final interview - Curriculum Content Lead (Science)'),

  other(`Dear Bethan,

Thank you for applying for a role with Medlock Metropolitan University. We would like to hear about your experience of our recruitment process so that we can improve it.

The survey takes around five minutes, and your answers are anonymous. They won't affect any current or future application.

Start the survey

Human Resources
Medlock Metropolitan University`, 'Tell us about your recruitment experience'),

  other(`Dear Bethan,

Learning Officer - Schools (BVH-207)

Thank you for your application. We are pleased to invite you to interview on Tuesday 20 May at 16:00 at the Mill, Bollin Valley Heritage Trust.

The interview will last about 45 minutes, and we will ask you to give a 5-minute talk on a heritage object of your choice, pitched at a Year 5 class.

Please confirm your attendance by replying to this email.

Kind regards,
Bollin Valley Heritage Trust Recruitment`, 'Invitation to interview - Learning Officer - Schools (BVH-207)'),

  rej('final', ['position_filled', 'skills_gap'], { ...fb, ...offered },
    `Dear Bethan,

Thank you for taking part in the final interviews for the Schools Programme Manager post at Catalyst Futures last week. You were one of two candidates we invited to the final stage.

I am sorry to tell you that we have offered the post to the other finalist. The deciding factor was programme management: this post manages three grant-funded programmes and reports to their funders each quarter, and the other candidate has done exactly that for four years, while your experience has been in running projects within a school.

I would be glad to give you fuller feedback on a call if that would help - just reply with a couple of times.

Best wishes,
Dr Femi Adeyinka
Director of Programmes, Catalyst Futures`, 'Schools Programme Manager - outcome'),

  rej('application', ['culture_fit'], {},
    `Hi Bethan,

Thanks for applying to Fizzbang Labs! We're a tiny team, and we hire for how people work and what they care about as much as for what they know.

Having read your application, we don't think you'd be the right fit for our culture at the moment, so we won't be moving forward.

Good luck!
The Fizzbang Labs Team`, 'Fizzbang Labs - Science Video Producer'),

  other(`Dear Bethan,

Following your final interview on Thursday, I'm delighted to offer you the position of Curriculum Content Lead (Science) at Oakway Learning!

The headlines:
• Salary: £41,000
• Start date: Monday 1 September 2025
• Hours: full-time, remote with one team day a month in Leeds
• 27 days' holiday plus bank holidays

Your formal offer letter and contract will follow once we've received your references and right-to-work documents. Could you let me know by Friday 16 May whether you'd like to accept?

Congratulations - everyone was really impressed.

Amelia Hart
Head of Curriculum, Oakway Learning`, 'Offer: Curriculum Content Lead (Science) at Oakway Learning'),

  other(`Hi Bethan,

Thanks for getting back to me so quickly. I've spoken to Tom, and we can increase the salary to £42,500 so it better reflects your eight years of teaching. Everything else stays as in my first email.

Let me know if that works for you and we'll get the paperwork moving.

Amelia

On Mon, 12 May 2025 at 18:03, Bethan Gorrie wrote:
> Hi Amelia,
>
> Thank you so much - I'm thrilled to receive the offer. Before I accept,
> would there be any flexibility on the salary? I'm currently on UPS2, and
> £41,000 would be a small drop once my pension is taken into account.
>
> Best wishes,
> Bethan`, 'Re: Offer: Curriculum Content Lead (Science) at Oakway Learning'),

  other(`Dear Bethan,

This email confirms that you have withdrawn your application for Learning Officer - Schools at Bollin Valley Heritage Trust (ref BVH-207). Your interview on 20 May has been cancelled.

Thank you for letting us know, and congratulations on your new role. We wish you every success.

Kind regards,
Bollin Valley Heritage Trust Recruitment`, 'Application withdrawn - Learning Officer - Schools (BVH-207)'),

  other(`Hi Bethan,

Thank you for accepting our offer - we're so pleased you're joining us!

To finalise things, please:
1. Send the names and contact details of two referees, one of whom should be your current headteacher.
2. Upload your passport or other right-to-work documents via the link in the Greenhouse portal.

Once we have your references, we'll send your contract through DocuSign. Your references won't be contacted until you tell us it's OK.

Nadia Brooks
Recruiter, Oakway Learning`, 'Next steps - references and right to work'),

  rej('application', ['generic'], {},
    `Dear Bethan,

Thank you for applying for the post of Outreach Officer (Schools) at Royal Pennfold College, and please accept our apologies for the delay in getting back to you.

Shortlisting has now taken place, and we regret to inform you that you have not been shortlisted on this occasion. Because of the large number of applications, we are unable to give feedback to applicants who were not shortlisted.

Kind regards,
HR Services
Royal Pennfold College`, 'Outreach Officer (Schools) - application outcome'),

  rej('final', ['role_closed'], {},
    `Dear Bethan,

Thank you for your final interview for the Digital Learning Producer post back in April, and I'm sorry it has taken us so long to write.

Our principal funder has cut its grant to the festival for the next two years, and the trustees have decided not to go ahead with the digital learning programme. The post has been withdrawn, and we will not be appointing anyone to it.

I'm very sorry to bring you this news after you gave us so much of your time.

With best wishes,
Programme Director
Rivermeet Science Festival`, 'Digital Learning Producer - withdrawal of post'),

  other(`Hi Bethan,

Good news - both of your references are back, and your offer is now unconditional. Your contract is ready to sign in DocuSign (link below), and it needs to be returned by Friday 30 May.

You'll also receive an email from our IT team in August about your laptop.

Welcome aboard!

Nadia Brooks
Recruiter, Oakway Learning

Review and sign: https://docusign.example/[envelope]`, 'Your Oakway Learning contract is ready to sign'),

  other(`Hi Bethan,

We're so excited to have you joining Oakway Learning on Monday 1 September!

Here's what to expect before your first day:
• August: you'll get your laptop and login details
• Week 1: induction sessions with the curriculum, product and content teams
• Thursday 4 September: team day in Leeds (travel booked for you)

If you'd like to meet the science team before the summer holidays, we're having a virtual coffee on Friday 27 June at 4 pm - you'd be very welcome.

See you soon,
Oakway Learning People Team`, 'Welcome to Oakway Learning!'),

  other(`Jobs you might like

Head of Science Content
Calder Education Group · Remote (UK) · £48,000 - £54,000

Learning Manager (Families)
Cheetwood Discovery Museum · Manchester · £34,800

Science Communicator (Maternity Cover)
Kettleworth Institute for Materials Research · Manchester

You're receiving job alerts because you have an account with Jobsbridge. Turn off alerts`, '3 new jobs that match your profile'),
];
