/**
 * Development messages of the sixty-sixth round, never sealed: job boards, networks and hiring platforms. Mail the
 * boards send on behalf of employers or about applications (Indeed, LinkedIn Easy Apply and InMail, Glassdoor,
 * ZipRecruiter, Monster, CareerBuilder, Dice, Handshake, Wellfound, Otta / Welcome to the Jungle, Hired, Seek,
 * Jobstreet, Naukri, foundit, Reed, Totaljobs, CV-Library, StepStone, Xing, Bayt, Workopolis, Jobindex, Adzuna, a
 * university careers portal, a government job centre, a freelance marketplace), beside employers' own mail that
 * mentions them. Rejections relayed as status lines ("not selected", "no longer under consideration"), with the
 * employer's note pasted in or a list of recommended jobs below; recruiters' InMails declining after a screen; a digest
 * holding one decline among other updates. Paused processes where the employer froze hiring and kept the application.
 * Look-alikes in the same polite words: "your application was sent", "viewed your application", saved jobs closing,
 * postings expired on the board with no word about the candidate's application, alerts, unfinished applications,
 * profile-view counts, premium upsells, assessment badges, recruiter outreach, scheduling and test invitations,
 * deactivation warnings, ATS résumé-review scares, connection requests and the candidate's own notes.
 *
 * Labelling choices held throughout (LABELS.md and the corpus conventions): a relayed status with nothing about fit is
 * `generic`; "the employer has hired for this role" is `position_filled`; a posting closed by the employer while the
 * candidate's application is declined is `role_closed`; a one-way video or platform skills test with no later
 * interview is `assessment`; a digest is labelled by the one decline it holds. For development only: the rules may be
 * checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d66-');

export const HANDWRITTEN_DEV_66: readonly CorpusLine[] = [
  // ── Rejections relayed at the application stage
  rej('application', ['generic'], {},
    `Hi Marisol,

An update on your application to Inventory Control Lead at Brightway Distribution (Columbus, OH).

The employer has reviewed your application and decided not to move forward at this time.

We know this isn't the news you were hoping for. Here are some jobs that might be a good match:

Warehouse Supervisor - Kestrel Logistics - Grove City, OH - $58,000 a year
Inventory Analyst - Maple Lane Foods - Columbus, OH - Easily apply
Shipping & Receiving Lead - Dunmore Supply - Hilliard, OH

See more jobs

You received this email because you applied to a job on Indeed. Manage notifications | Privacy | Terms
Indeed, 6433 Champion Grandview Way, Austin, TX`, 'An update on your application to Brightway Distribution'),

  rej('application', ['generic'], {},
    `Application status: not selected

Junior Data Analyst · Corvel Insights · Leeds (Hybrid)
Applied 19 days ago via Easy Apply

Corvel Insights has moved on from your application.

Keep going — members who apply to 10+ jobs a week are 3x more likely to hear back.
[View similar jobs]

This email was intended for Tomasz Wrobel. Unsubscribe · Help
LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085`, 'Your application to Corvel Insights'),

  rej('application', ['generic'], { ...door },
    `Glassdoor
Application update — Marketing Coordinator, Halden & Price

A message from the employer:

"Dear Ama,
Thank you for taking an interest in Halden & Price and for the time you put into applying. We have now reviewed all applications for this vacancy and, regretfully, will not be taking yours further. We post new openings regularly and would be glad to see your name again on a future one.
Kind regards,
Recruitment Team, Halden & Price"

Glassdoor sent this message on behalf of Halden & Price. Replies to this email are not monitored.
© Glassdoor LLC · Email preferences`, 'Halden & Price sent you a message'),

  rej('application', ['profile_mismatch'], {},
    `ZipRecruiter

Hi Dwayne,

Northgate Roofing Co. has updated the status of your application for Estimator.

Status: Not moving forward

Note from Northgate Roofing Co.: "Appreciate you applying. We went with applicants whose backgrounds lined up more closely with what we're after for this spot. Best of luck."

Phil Aguirre
Phil's matched you with 12 new jobs near Tulsa, OK →

ZipRecruiter, Inc. · 604 Arizona Ave, Santa Monica, CA · Unsubscribe`, 'Update from Northgate Roofing Co.'),

  rej('application', ['position_filled'], {},
    `Hello Priyanka,

The Clinical Research Coordinator role at Westbrook Medical Group you applied for on Monster has been filled. The employer has hired for this role and is no longer reviewing applications, including yours.

Don't stop now — 37 new Clinical Research jobs were posted near Newark, NJ this week.

Monster Worldwide | This is an automated notification. Please do not reply.`, 'The role you applied for has been filled'),

  rej('application', ['role_closed'], {},
    `CareerBuilder — Application Update

Job: Payroll Specialist (Req #PS-3391)
Company: Lindqvist Manufacturing
Location: Rockford, IL

Your application is no longer under consideration. The employer has cancelled this requisition and will not be filling the position.

We've saved your search "payroll specialist within 25 miles" so you'll hear about the next one first.

CareerBuilder, LLC — 200 N LaSalle St, Chicago, IL. You are receiving this email because you applied via CareerBuilder. Unsubscribe.`, 'Application Update: Payroll Specialist'),

  rej('application', ['generic'], {},
    `dice

Your application status changed

Senior .NET Developer — Fairwind Technologies (Contract, Remote US)
Status: Rejected by employer

View application history | Find more .NET jobs

Dice, 6465 South Greenwood Plaza, Centennial, CO`, 'Status change: Senior .NET Developer'),

  rej('application', ['generic'], { ...door },
    `New message from Orrin Financial Group on Handshake

Hi Kayla,

Thanks so much for applying to our Summer 2027 Finance Analyst Internship through Handshake. We had more than 900 students apply this cycle, and we aren't able to offer you a spot in our interview process this time around.

We hope you'll stay in touch — our Fall recruiting opens in September and we'd love to see you apply again then.

Warmly,
Jenna Castellano
Campus Recruiting, Orrin Financial Group

Reply on Handshake · You're receiving this because you applied to a job on Handshake.`, 'Orrin Financial Group sent you a message'),

  rej('application', ['skills_gap'], { ...fb },
    `Hey Sergio — Lukas here, one of the founders at Tallyfold. Saw your application come in through Wellfound and wanted to reply personally rather than let the status silently flip.

We're not going to move forward. The backend role really needs someone who has shipped production Rust for a few years — our whole ingestion layer is Rust and we can't afford a ramp-up right now — and your experience is mostly Go and Python. Nothing wrong with that, just not what this seat needs.

Cheers, and good luck out there.
Lukas

--
Sent via Wellfound`, 'Re: Backend Engineer at Tallyfold'),

  rej('application', ['generic'], {},
    `Welcome to the Jungle

Hi Hannah,

Your application to Product Designer at Nordlys Health has been closed by the company.

This sometimes happens when a company receives a lot of applications for a single role. It's no reflection on you — there are 214 more roles that match your preferences.

See your matches →

You're getting this because you have a profile on Welcome to the Jungle (formerly Otta). Notification settings`, 'Update on your Nordlys Health application'),

  rej('application', ['location'], { ...fb },
    `Hi Declan,

Thanks for applying for the Site Engineer role with Baxter Ridge Civil on SEEK.

Unfortunately we can't progress your application. This is a long-term project role and we can only consider applicants who hold full Australian working rights — your application indicates you're on a working holiday visa, which doesn't meet that requirement.

All the best,
Talia Moore
Talent Acquisition | Baxter Ridge Civil
Brisbane QLD

This message was sent to you via SEEK.`, 'Your application for Site Engineer'),

  rej('application', ['generic'], { ...door },
    `Dear Wei Ling,

Thank you for your application for the position of Account Executive (Ref: AE-0922) submitted through JobStreet.

We regret to inform you that your application has not been shortlisted. We shall keep your resume in our database for a period of twelve months and may contact you should a suitable opening arise.

Thank you for your interest in Meridian Ascent Pte Ltd.

Human Resource Department
Meridian Ascent Pte Ltd
10 Anson Road, #22-01, Singapore 079903

** This is a system generated email via JobStreet. Please do not reply. **`, 'Application for Account Executive (Ref: AE-0922)'),

  rej('application', ['generic'], {},
    `Naukri

Dear Rohit Sharma,

Recruiter action on your application

Job: Associate - Credit Operations
Company: Sanjeevani Finserv Pvt Ltd
Location: Pune
Applied on: 14 Nov

Status: Not Shortlisted by Recruiter

Don't lose heart! Jobs similar to this one:
• Credit Analyst - Kotwal Capital - Pune - 2-5 Yrs
• Loan Operations Executive - Pragati Bank - Mumbai - 1-4 Yrs

Regards, Team Naukri.com
You are receiving this mail as a registered member of Naukri.com. To unsubscribe click here.`, 'Recruiter action on your application - Sanjeevani Finserv'),

  rej('application', ['profile_mismatch'], {},
    `Hi Ananya,

This is with reference to your application for Business Analyst - Supply Chain at Trikona Retail, applied via foundit.

The hiring team has gone through your profile carefully. At this moment we have decided to take forward candidates whose profiles are more aligned to the requirement of the role, hence we will not be proceeding with yours.

Wishing you success.

Regards
Talent Team | Trikona Retail Ltd., Bengaluru

foundit (formerly Monster India) | Do not reply to this email`, 'Regarding your application - Business Analyst'),

  rej('application', ['generic'], { ...door },
    `reed.co.uk

Hi Callum,

The recruiter for Part Qualified Accountant (Job ID 51208873) has reviewed your application and has marked it as unsuccessful.

They added this note:
"Hi Callum, thanks for getting in touch about this one. We won't be putting you forward for this one, but please do keep an eye on our listings and apply for anything else that catches your eye — we recruit for finance roles across the North West all the time. Sam, Pennine Finance Recruitment"

Find more jobs on reed.co.uk
Reed.co.uk, Academy Court, 94 Chancery Lane, London`, 'Your application for Part Qualified Accountant'),

  rej('application', ['position_filled'], {},
    `Dear Olivia,

RE: Sous Chef — The Ashcombe Arms (Totaljobs ref 104-77219)

Many thanks for sending your CV through Totaljobs. Just to let you know we have now appointed to this post, so we won't be taking your application any further.

All the best for the future,
Rob Fenwick
Head Chef`, 'Sous Chef - The Ashcombe Arms'),

  rej('application', ['generic'], {},
    `CV-Library

Application update

Hi Jordan,
Unfortunately, your application for Customer Service Advisor at Hartwell Energy was not successful.

Don't worry — we've found 18 jobs you might like instead.

CV-Library Ltd, Fleet, Hampshire. You can change how often we email you in your account settings.`, 'Update: Customer Service Advisor at Hartwell Energy'),

  rej('application', ['generic'], {},
    `Sehr geehrter Herr Aydin, dear Mr Aydin,

thank you for your application via StepStone as Werkstudent Controlling (m/w/d) at Brenner Logistik GmbH. We have received very many applications and have looked at each with care.

After this review we have to inform you that we cannot consider your application further in the process. Your documents will be deleted according to the data protection rules after six months.

We wish you for your further way all the best.

Mit freundlichen Grüßen
Personalabteilung
Brenner Logistik GmbH, Hamburg`, 'Ihre Bewerbung / your application - Werkstudent Controlling'),

  rej('application', ['profile_mismatch'], {},
    `Hallo Frau Lehmann,

vielen Dank — thank you for your message on XING and for your interest in the UX Researcher position with us.

We have compared your profile with the requirements and with the other applications. Other candidates bring a background that fits the role more closely, so we will not continue with your application.

Best regards from Munich
Jan Pfeiffer
Talent Acquisition, Klarwerk Software AG`, 'Re: UX Researcher bei Klarwerk'),

  rej('application', ['generic'], {},
    `Dear Khalid,

Thank you for applying to the Procurement Officer job at Al Nakheel Facilities Management through Bayt.com.

After reviewing your application, the employer has decided not to proceed with it.

Keep your CV up to date to increase your chances. Jobs for you in Dubai:
- Purchasing Executive - Gulf Crest Trading
- Procurement Coordinator - Sahra Hospitality

Bayt.com - The Middle East's #1 Job Site. Please do not reply to this automated email.`, 'Your application to Al Nakheel Facilities Management'),

  rej('application', ['role_closed'], { ...door },
    `Hello Émilie,

You applied on Workopolis for Bilingual Client Service Representative at Northshore Credit Union (Moncton, NB).

Northshore Credit Union has let us know that this posting has been withdrawn and the position won't be filled, so your application won't go any further. The employer said they'd be glad to hear from you if a similar opening is posted in the future.

Find more jobs like this →

Workopolis | Toronto, ON | Unsubscribe`, 'Update on a job you applied for'),

  rej('application', ['generic'], {},
    `Kære Mads / Dear Mads,

Thank you for your application for Project Coordinator at Skovgaard Energi A/S, which you sent through Jobindex.

We have now completed the first selection, and we are sorry to tell you that you have not been selected for an interview.

Thank you for your interest in Skovgaard Energi.

Med venlig hilsen / Kind regards
HR, Skovgaard Energi A/S, Aarhus`, 'Din ansøgning / Your application'),

  rej('application', ['generic'], { ...offered },
    `Hi Niamh,

You found our Graduate Quantity Surveyor role on Adzuna and sent us your CV last month, so thank you for that.

We've had to make some tough calls with a big pool, and I'm afraid we won't be inviting you to the next step. If it'd help to know how your CV came across, drop me a line and I'll give you a couple of pointers.

Ciarán Doyle
Talent Partner, Brennock Construction, Dublin 4`, 'Graduate QS - your application'),

  rej('application', ['generic'], {},
    `Dear Jamal,

You applied for the Maintenance Technician II position at Crestline Property Management through Indeed. We've received your application and reviewed it against the other candidates.

At this time we've decided not to go forward with your candidacy.

Thanks again for considering Crestline.

Crestline Property Management | Human Resources
This mailbox is not monitored.`, 'Maintenance Technician II'),

  rej('application', ['generic'], {},
    `Your weekly job search update

Hi Sophie, here's what happened this week:

• 23 people viewed your profile
• You appeared in 41 searches
• Tarrant Analytics viewed your application for Data Engineer
• Application to Bellhaven Insurance — Claims Data Analyst: No longer under consideration
• 6 new jobs match "analytics engineer London"

Tip: Add a skill to your profile to appear in more searches.

LinkedIn · You are receiving Job Seeker Update emails. Unsubscribe`, 'Sophie, your job search this week'),

  rej('application', ['location'], { ...fb },
    `Hi Garrett,

Thanks for applying to our Field Service Technician opening (found it on Indeed, right?). I had a look at your resume. This one covers our territory out of Boise and the tech has to be onsite at customer sites most days; you're in Spokane and said you're not looking to move, so I'm going to pass on this one for now.

Thanks,
Melanie Ortiz | Granite Peak Controls | HR Generalist`, 'Field Service Tech'),

  rej('application', ['generic'], {},
    `Dear Chinedu,

This is to inform you that your application for the Graduate Trainee (Operations) position with Okoro & Daniels Ltd, submitted through the University of Lagos Careers Portal, was not successful.

We thank you for your interest and wish you well in your future endeavours.

Yours faithfully,
For: Human Resources
Okoro & Daniels Ltd

--- Sent via UNILAG Career Services Portal. Do not reply to this email. ---`, 'Graduate Trainee Application Outcome'),

  rej('application', ['position_filled'], {},
    `Proposal update

Your proposal for "Shopify store migration + product import (about 800 SKUs)" was not accepted.

The client has hired another freelancer for this job and the job is now closed.

Connects spent on this proposal will not be refunded.

Find work | Help Center
You're receiving this email because you submitted a proposal.`, 'Your proposal was not accepted'),

  rej('application', ['generic'], { ...door },
    `Hi Amir,

Quick heads-up from Hired: Quillon Robotics reviewed your profile and decided to pass on an interview for now.

Companies pass for many reasons — often unrelated to you. Quillon said they'd like to keep your profile visible to their team for future openings.

You're still live on Hired and 9 other companies are looking at your profile this week.

— The Hired Team`, 'Update from Quillon Robotics'),

  rej('application', ['generic'], {},
    `Your application to Site Reliability Engineer at Vantelle

Application status: No longer under consideration

Applied 3 weeks ago

Top job picks for you
Platform Engineer · Cobaltline · Remote
DevOps Engineer · Harbour Bank · Toronto, ON

LinkedIn`, 'Your application to Vantelle'),

  // ── Rejections after a screen
  rej('screen', ['generic'], {},
    `Hi Bongani,

Thanks again for jumping on a call with me last Thursday about the Solutions Consultant role at Verdant Cloud. I've shared my notes with the hiring team and they've decided not to progress to the next stage.

I appreciate your time and wish you luck with the search.

Best,
Lerato Khumalo
Senior Technical Recruiter, Verdant Cloud — Johannesburg

InMail · LinkedIn`, 'Solutions Consultant - next steps'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Ella,

Thanks for your time on the phone on Tuesday re the Office Manager role I advertised on SEEK for my client in Parramatta.

I've now spoken with the client and they've chosen to interview people whose experience sits a bit closer to what they need, so I won't be putting you forward on this occasion.

Cheers,
Brendan Walsh
Consultant | Harbourline Recruitment | Sydney
p. 02 9000 4417`, 'Office Manager - Parramatta'),

  rej('screen', ['location'], { ...fb },
    `Hi Arjun,

It was good speaking with you yesterday about the Quality Engineer position you applied for through Indeed.

After our conversation I checked with the hiring manager about sponsorship. Because you'd need H-1B sponsorship to start, and this position isn't approved for sponsorship, we aren't able to move you forward. I'm sorry I didn't have a better answer.

Regards,
Dana Whitfield
Talent Acquisition | Pell Creek Medical Devices | Minneapolis, MN`, 'Quality Engineer - follow up'),

  rej('screen', ['generic'], { ...door },
    `hey Noor! thanks for the intro chat on Monday, really enjoyed it. we talked it over as a team and we're going to hold off on moving forward with you for the growth role. we'll probably open another marketing seat in Q3 — if you're still looking then, I'd love for you to throw your hat in again.

— Priya, cofounder @ Loomline (via Wellfound)`, 'Growth Marketer @ Loomline'),

  rej('screen', ['position_filled'], {},
    `Hi Marcus,

Thank you for speaking with me for the Sales Development Representative position at Brightpath Software, which you applied to through Handshake.

I wanted to follow up and let you know that we have extended and had an offer accepted for this role, so we are closing out the remaining candidates, including you.

It was a pleasure chatting and I wish you the best as you finish up at Ohio State.

Thanks,
Alyssa Grant
University Recruiter | Brightpath Software`, 'SDR Position Update'),

  rej('screen', ['generic'], { ...offered },
    `Dear Sneha,

Greetings from Vayu Aerospace Components.

This is regarding your telephonic round held on 3rd December for the post of Production Planning Engineer (applied through Naukri).

We regret to inform that you have not been considered for further rounds. In case you would like to know more about how the discussion was evaluated, you may write to us on this mail and our HR executive will share the inputs.

Thanks & Regards,
Kavya R.
HR - Talent Acquisition
Vayu Aerospace Components Pvt. Ltd., Hosur`, 'Status of your telephonic interview'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Luis,

Thanks for the call earlier this week about the SAP FICO consultant contract on Dice.

I went back to the end client with my notes. They're firm that they need someone who has done at least two full-cycle S/4HANA implementations as the lead, and from what you told me your S/4 work was a single migration as a team member. So I won't be submitting you for this one.

Best regards,
Vikram Nair
Senior Recruiter, Ostrava Staffing Solutions
(732) 555-0186`, 'SAP FICO - Client Update'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Fatima,

Thank you for the friendly call on Wednesday — I enjoyed hearing about your time at the agency.

I've got to be honest with you: the team has decided not to move forward. The role needs fluent, business-level German for the DACH accounts, and from our chat your German is at a conversational level for now.

Wishing you lots of luck,
Sophie
People team at Fernway (we found each other on Otta)`, 'Account Manager at Fernway'),

  // ── Rejections after a test or a one-way video
  rej('assessment', ['generic'], {},
    `Hi Tanisha,

Thank you for completing the recorded video questions for the Patient Access Representative role at Summit Valley Health, which you applied to on Indeed.

Our team has reviewed your responses, and we've decided to pursue other applicants at this time.

We thank you for your interest in Summit Valley Health.

Summit Valley Health Talent Acquisition
Summit Valley Health is an equal opportunity employer.`, 'Patient Access Representative - Application Update'),

  rej('assessment', ['generic'], {},
    `Hello Dmitri,

Thanks for taking the online coding assessment for Java Developer (Job ID 88-1420) at Oakridge Payments, sent to you after your Dice application.

We have reviewed all submissions and will not be advancing your candidacy.

Sincerely,
Oakridge Payments Recruiting

Please do not reply to this automated message.`, 'Java Developer - Assessment Result'),

  rej('assessment', ['profile_mismatch'], {},
    `Hi Jonas,

Thanks a lot for sending back the take-home — the team appreciated the effort you put into the write-up.

We've now looked at all of the exercises together. A couple of other candidates had backgrounds that fit more neatly with where the product is right now, so we're not going to continue with you for the Data Scientist role.

All the best,
Mirela
Head of Data, Parcelwise (applied via Wellfound)`, 'Parcelwise - take-home'),

  rej('assessment', ['role_closed'], {},
    `Dear Ms. Novak,

Thank you for completing the online aptitude test for the position "Sachbearbeiter Einkauf / Purchasing Clerk", to which you applied via StepStone.

In the meantime our company has decided in a reorganisation not to fill this position any more. For this reason we must end the selection process, also for your application.

We apologise for the effort this caused you and thank you for your interest.

With kind regards
Human Resources
Falkenrath Maschinenbau GmbH`, 'Ihre Bewerbung als Sachbearbeiter Einkauf'),

  rej('assessment', ['generic'], { ...door },
    `Dear Nurul,

Thank you for completing the one-way video interview for Management Trainee (Retail), which you applied for via Jobstreet.

We regret that you have not been selected to proceed to the next stage. Your profile will remain in our talent pool and our team may reach out when future opportunities arise.

Warm regards,
Talent Acquisition
Sentosa Living Group, Kuala Lumpur`, 'Management Trainee - Video Interview Outcome'),

  // ── Rejections after interviews
  rej('interview', ['generic'], {},
    `Hi Kenji,

Thank you for meeting with Tara and Michael last week for the Product Manager role. I know you first came to us through our LinkedIn posting, so thanks for taking the leap and applying.

After a lot of discussion, the team has decided to move forward with a different candidate.

Thanks again for your time and best of luck,

Renee Holloway
Recruiting Coordinator, Fieldnote Labs`, 'Fieldnote Labs - Product Manager'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Imogen,

Thank you for coming in to meet Stephen and me on Friday for the Learning & Development Officer position, which you applied for via Reed.

We enjoyed meeting you. We have, however, decided to progress with a candidate whose experience more closely fitted our requirements at this time. We'd be happy to hold your details and get in touch should something similar come up.

Kind regards,
Gillian Marsh
HR Business Partner
Thornbury Housing Association`, 'Learning & Development Officer'),

  rej('interview', ['generic'], { ...door, ...offered },
    `Hi Darnell,

Thanks for interviewing with us for the Customer Success Manager role — I know you found us on Glassdoor, and I hope the reviews held up in person!

The panel met yesterday and we won't be extending an offer this time. This was a close one, so if you want to hear what the panel said, book 15 minutes on my calendar and I'll walk you through it. And we'd genuinely like you to keep an eye on our careers page.

Best,
Courtney Lam
Talent Partner, Rallypoint`, 'CSM at Rallypoint'),

  rej('interview', ['position_filled'], {},
    `Hi Patrick,

Following your interview with Harrow & Blake on Tuesday for the Legal Secretary post (advertised on Totaljobs), I've had feedback from the firm.

They've made an offer to another candidate who has accepted, so the role is now filled.

Thanks for your time.

Regards,
Lauren Pike
Lexis Legal Recruitment`, 'Legal Secretary - Harrow & Blake'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Omar,

Thank you for attending the interview for the post of HSE Engineer at Ras Tanura Marine Services, applied through Bayt.

Having evaluated all the interviewed candidates, the committee found other profiles to be more suitable for this role at this time. Therefore we will not proceed with your application.

We thank you for your interest in our company.

Best Regards,
Recruitment Section
Ras Tanura Marine Services`, 'Interview Result - HSE Engineer'),

  rej('interview', ['generic'], { ...door },
    `Hi Jess,

Thanks for your time on Zoom with Andrew and the crew on Wednesday for the Graphic Designer role (from our ad on SEEK).

We've made the call to go another way. You were great to chat with and we'd love you to keep us in mind — we often take on freelancers for busy periods, so feel free to flick us your folio again.

Cheers,
Mia
Studio Manager, Saltbush Creative, Adelaide`, 'Graphic Designer - Saltbush'),

  rej('interview', ['role_closed'], {},
    `Guten Tag Herr Becker,

thank you for the interview last week for the position Teamleiter Kundenservice, which we posted on XING.

Unfortunately, since then our management has decided to move the customer service team to our location in Leipzig and to cancel this position in Cologne. We therefore cannot continue the process with you.

We regret this very much and thank you for your time.

Freundliche Grüße
Katrin Vogel
HR, Lumenta Versicherungsservice GmbH`, 'Teamleiter Kundenservice'),

  rej('interview', ['role_closed'], {},
    `Hi Gurpreet,

Thanks for interviewing for the Operations Analyst role with our team. You applied via Workopolis back in October, and I appreciate your patience while things were up in the air.

I'm sorry to report that the role has been eliminated as part of a budget review, so we won't be continuing your candidacy.

Sincerely,
Mark Desrosiers
Director of Operations, Lakehead Freight Ltd., Thunder Bay`, 'Operations Analyst'),

  // ── Rejections after a final round
  rej('final', ['generic'], { ...door },
    `Hi Adaeze,

I want to thank you for making it all the way to the final round for Senior Brand Manager — I know you first spotted the role on LinkedIn, and you've spent real hours with us since.

The team chose another finalist. It was close, and we'd really like to keep in touch: I'll reach out directly when the next brand role opens.

Warmly,
Tobi Ogunleye
Head of Talent, Kola Foods, Lagos`, 'Senior Brand Manager - final decision'),

  rej('final', ['profile_mismatch'], {},
    `Dear Aditya,

Thank you for coming to our Gurugram office for the final HR discussion for Senior Associate - Treasury (applied via Naukri).

After evaluating the final shortlist, management has decided to proceed with candidates whose profiles better align with the present requirement of the role. We are hence unable to take your candidature forward.

We appreciate your time and wish you the very best.

Regards,
HR Team
Mahadev Cements Ltd.`, 'Final Round Outcome - Senior Associate Treasury'),

  rej('final', ['generic'], { ...offered },
    `Hi Brianna,

Thank you for being part of our Superday for the Investment Banking Summer Analyst program. We know it was a long day — six conversations back to back — and we really appreciated the energy you brought.

We're not able to extend you an offer this year. If you'd find it useful to talk through your day, reply here and I'll set up time with one of your interviewers.

Best,
Hollis Grant
Campus Recruiting, Stonebridge Partners
Sent through Handshake`, 'Stonebridge Superday'),

  rej('final', ['position_filled'], {},
    `Dear Sibusiso,

Thank you for attending the final panel interview for Regional Finance Manager, which you applied for via our PNet listing.

We have concluded the process and our offer has been accepted by another candidate. The position is now filled.

Kind regards,
Zanele Dube
Talent Acquisition, Umoya Agri Holdings, Pretoria`, 'Regional Finance Manager - outcome'),

  // ── Paused processes
  hold('application', ['role_closed'], {},
    `Hi Renata,

An update on your application for Bookkeeper at Cedar Hollow Dental.

The employer has paused hiring for this role. Your application has been saved and will stay with the employer — if they resume hiring, they'll be able to pick up where they left off.

You don't need to do anything right now.

Indeed · Manage notifications`, 'Cedar Hollow Dental paused hiring for Bookkeeper'),

  hold('screen', ['role_closed'], {},
    `Hi Theo,

Thanks again for the call last week. I owe you an update on the Analytics Engineer role: finance has put a temporary freeze on new hires until the start of the next quarter, so we can't schedule the hiring manager interview yet.

You're not out of the running. We'll keep your application exactly where it is and I'll come back to you as soon as the freeze lifts, hopefully in early February.

Apologies for the wait,
Hana Sato
Recruiter, Brackwater (via LinkedIn)`, 'Analytics Engineer - a short pause'),

  hold('interview', ['role_closed'], {},
    `Dear Kwame,

Following your interview on 18 November for Programme Officer, we would like to let you know that the recruitment has been put on hold while our funding for next year is confirmed by the donor.

Your application remains active and no decision has been made on it. We expect to be able to resume in January and will contact you then.

Thank you for your patience and understanding.

Regards,
Abena Mensah
HR Officer, Nkabom Development Trust
(This vacancy was advertised on Jobberman)`, 'Programme Officer - recruitment on hold'),

  hold('application', ['role_closed'], {},
    `Application status: On hold

Warehouse Team Leader — Ridgefield Freight — Coventry

Ridgefield Freight has temporarily stopped recruiting for this position. Your application is still with them and will be looked at if the vacancy reopens.

Totaljobs · Please do not reply to this email`, 'Status update: Warehouse Team Leader'),

  hold('assessment', ['role_closed'], {},
    `Hi Sara,

Thank you for completing the case exercise for the Pricing Analyst role at Aldermoor Retail (via Welcome to the Jungle).

We wanted to be transparent: the business has paused this hire while the commercial team is restructured. We haven't made any decisions about candidates, and your case stays with us. We'll reach back out in the new year once we know the shape of the team.

Thanks for bearing with us,
Aldermoor Talent Team`, 'Pricing Analyst - update'),

  // ── Look-alikes: confirmations, views, saved jobs, expired postings
  other(`Application submitted

Your application was sent to Harlow Veterinary Clinic.

Veterinary Receptionist
Harlow Veterinary Clinic - Sacramento, CA

You'll get updates about your application here and in My Jobs. Unfortunately, not every employer updates their application statuses, so if you don't hear back, keep applying!

Next steps: Track your application

Indeed · Do not reply to this email.`, 'Indeed Application: Veterinary Receptionist'),

  other(`Your application was viewed by Ostler Group

Ostler Group · Compliance Analyst · Edinburgh

Viewed 2h ago

The hiring team has looked at your application. We'll let you know if there's any news.

LinkedIn`, 'Ostler Group viewed your application'),

  other(`You're one of the top applicants for this job

Hi Farah, your profile is a strong match for Senior HR Generalist at Parkstone Homes (Manchester). You have 7 of 9 skills the employer is looking for. Apply now before it closes — only a few applicants so far.

[Easy Apply]

Try Premium to see how you compare to 94 other applicants.

LinkedIn · Unsubscribe`, 'Farah, you\'re a top applicant for Senior HR Generalist'),

  other(`Hi Martin,

The job you saved is closing soon:

Logistics Coordinator — Elmcross Imports — Baltimore, MD
Closes in 2 days

Don't miss your chance. Unfortunately, once the listing closes you won't be able to apply.

Apply now | Remove from saved jobs

Glassdoor · Manage email settings`, 'A job you saved closes in 2 days'),

  other(`No longer accepting applications

You saved Content Strategist at Weaveday 3 weeks ago. This job is no longer accepting applications.

Here are similar jobs you can still apply to:
• Content Lead · Ferrous · Remote
• Editorial Manager · Goodhouse Media · New York, NY

LinkedIn`, 'A job you saved is no longer accepting applications'),

  other(`Hi Candice,

Unfortunately, the job you viewed — Pharmacy Technician at Ridgeway Drugs, Charlotte, NC — has expired on Indeed and is no longer available.

We've found similar jobs near you:
• Certified Pharmacy Technician — Carolina Care Pharmacy — $19 an hour
• Pharmacy Tech I — Maplecrest Hospital — Full-time

Indeed`, 'This job has expired'),

  other(`ZipRecruiter

12 new jobs for "forklift operator" near Fort Worth, TX

Forklift Operator - 2nd Shift · Cardinal Packaging · $20/hr
Material Handler · Redline Auto Parts · $18.50/hr
Reach Truck Driver · Northway Cold Storage · $22/hr

We'll keep looking for you. Unsubscribe from this alert.`, '12 new forklift operator jobs'),

  other(`Hi Lena,

We're sorry — we couldn't submit your application for Dental Hygienist at Bright Smiles Family Dentistry. It looks like one or more required questions weren't answered.

Finish your application: it only takes a couple of minutes, and your answers so far have been saved.

[Complete application]

Monster · If you did not start this application you can ignore this email.`, 'Your application isn\'t finished yet'),

  other(`Rahul, your profile was viewed 14 times this week

People from Infosys, a recruitment agency in Hyderabad and 2 others looked at your profile.

You appeared in 63 searches. Recruiters found you by: "Java", "Spring Boot"

See all viewers with Premium

LinkedIn`, 'You appeared in 63 searches this week'),

  other(`Stand out to recruiters, Gabriela.

Members with Premium Career get up to 2x more InMails from recruiters. See who's viewed your profile in the last 365 days, compare yourself with other applicants, and message hiring managers directly.

Unfortunately your free trial offer expires Sunday. Try 1 month free.

Cancel anytime. LinkedIn`, 'Your free month of Premium is waiting'),

  other(`Congratulations, Obinna!

You scored in the Highly Proficient range on the Indeed Assessment "Bookkeeping: Accounts Payable".

Your result is now shown on your profile and will be shared with employers when you apply. Employers who require this assessment will see your score.

Take another assessment | Manage what employers see

Indeed`, 'You passed your Bookkeeping assessment'),

  other(`Hi Jun,

I came across your profile and think you could be a strong fit for a Staff Backend Engineer role I'm hiring for at a Series C fintech in Singapore (hybrid, S$ competitive + equity).

I know you're likely not actively looking, but would you be open to a 15-minute chat next week? No pressure at all — if the timing isn't right, I'd still be glad to stay in touch.

Best,
Clarissa Tan
Principal Recruiter, Talentbridge Asia

InMail · LinkedIn`, 'Staff Backend Engineer - Singapore'),

  other(`Hi Felix,

Thanks for applying to the Dispatcher role with Route 9 Transport. We'd like to set up a 20-minute phone interview.

Please choose a time that works for you using the link below. Unfortunately we can only offer slots Tuesday to Thursday this week.

[Choose a time]

Regards,
Nadia — Route 9 Transport

Sent via Indeed. Indeed will share your availability with the employer.`, 'Interview request from Route 9 Transport'),

  other(`Hello Ravi,

Thank you for your application to Cloud Security Engineer at Hollis Federal Systems through Dice.

As a next step, we invite you to complete a 90-minute online technical assessment. The link will expire in 5 days. Please complete it in a quiet place; we appreciate your patience with this part of the process.

Assessment link: https://assess.example.com/t/7Hk2pQ

Good luck!
Hollis Federal Systems Talent Team`, 'Next Step: Technical Assessment - Cloud Security Engineer'),

  other(`Glassdoor Salary Insights

What do Product Marketing Managers make in Toronto?

Median base pay: CA$104,500
Range: CA$86K – CA$131K

Unfortunately, pay transparency is still patchy in Canada: only 38% of postings you viewed this month listed a range.

Know your worth → See the full report

You're receiving this because you follow Product Marketing Manager.`, 'Your December salary report: Product Marketing Manager'),

  other(`Dear Jobseeker,

We noticed you haven't logged in to your Naukri account for 11 months.

Unfortunately, your account will be deactivated and your profile hidden from recruiters unless you log in within 15 days. Log in now to keep your profile active and visible.

Login to Naukri

Regards,
Team Naukri.com`, 'Action required: Your account will be deactivated'),

  other(`Hi Sadia,

We ran your CV through our free ATS checker and found 7 issues. Your CV may be rejected by Applicant Tracking Systems before a human ever sees it.

Problems found:
- Tables and columns that ATS can't read
- Missing keywords for "Project Manager"
- Unusual section headings

Our expert writers can fix this from just £79. Unfortunately this discount ends at midnight.

Get my CV rewritten →

CVCraft Resume Services Ltd | Unsubscribe`, 'Your CV scored 42/100 - here\'s why'),

  other(`Isabela Duarte wants to connect

Talent Acquisition Partner at Montrose Health | São Paulo

"Hi! I recruit for data roles and would love to have you in my network. We'll be posting several openings soon."

[Accept] [Ignore]

LinkedIn`, 'Isabela Duarte wants to connect'),

  other(`hey! saw you're also going for the Arclight grad scheme — I'm on the same Handshake posting. did you get the online test link yet? mine hasn't come and I'm starting to panic lol. if you hear anything let me know, I'll do the same

- Zainab (3rd year Econ)`, 'Arclight grad scheme?'),

  other(`note to self — applied 4 Dec:
- Kestrel Labs, QA Analyst (Indeed, easy apply) — cover letter v3
- Harrowgate Council, IT Support Officer (council site, ref HC-2231) — closes 12th
- Orion Travel, Ops Assistant (LinkedIn) — recruiter is Jade M.
follow up Kestrel if nothing by the 18th. Orion said "we'll be in touch within two weeks".`, 'apps this week'),

  other(`Hi Andile,

Thank you for applying for the role of Junior Copywriter at Moxie & Moss through LinkedIn. Your application has been received and is currently under review.

Due to the volume of applications we receive, we appreciate your patience. We'll be in touch as soon as we've had a chance to go through everything.

Kind regards,
Moxie & Moss Recruitment Team, Cape Town`, 'Application received - Junior Copywriter'),

  other(`Hi Ikaika,

Great news: Dovetail Health is interested in you and would like to chat about the Full-Stack Engineer role.

Message from Sam (Engineering Manager): "Loved your side project on the Wellfound profile. Are you around for a call this week?"

[Reply to Sam] · You have 5 days to respond.

Wellfound`, 'Dovetail Health wants to talk to you'),

  other(`Interview Request from Arbor Labs

Role: Senior iOS Engineer
Salary offered: $175,000–$190,000
Location: Remote (US)

"Hi Mateo — we liked your work on offline sync. We'd love to start with a 30-minute chat with our iOS lead."

Accept or decline within 72 hours.

Hired`, 'Arbor Labs sent you an interview request'),

  other(`Hi Tayla,

Good news — your application for Receptionist at Coastal Physio Group was viewed by the employer on 2 Dec.

The employer will contact you directly if they'd like to progress. Unfortunately we can't tell you how long this will take.

SEEK`, 'Your application was viewed'),

  other(`Dear Arif,

Your application status for Sales Executive at Prima Motors Sdn Bhd has been updated to: In Review.

The employer is currently reviewing applications. Applications are reviewed in the order they were received.

View all your applications

JobStreet by SEEK`, 'Application status update: In Review'),

  other(`Dear Meghna,

A recruiter from a leading IT services company viewed your profile on Naukri.

Recruiter: Senior Talent Acquisition Specialist
Hiring for: Tech Lead - .NET
Location: Chennai

Respond quickly to recruiters — profiles with an updated resume get 2x more calls.

Team Naukri.com`, 'A recruiter viewed your profile'),

  // ── Look-alikes: profile nags, alerts, outreach, invitations
  other(`Hi Karthik,

Your foundit profile is only 60% complete. Profiles that are 100% complete are 5 times more likely to be shortlisted by recruiters.

Missing: key skills, current salary, notice period.

[Complete my profile]

Regards,
Team foundit`, 'Your profile is incomplete - complete it in 2 minutes'),

  other(`Hi Abigail,

Good news: a recruiter downloaded your CV on reed.co.uk yesterday.

Recruiter: Carnforth Education Staffing
Sector: Education

They may be in touch about a suitable role. Keep your CV up to date and make sure your phone number is correct.

reed.co.uk`, 'A recruiter downloaded your CV'),

  other(`Totaljobs

Your daily job alert: "Retail Store Manager" in Bristol

Store Manager — Hartley's Homeware — £34,000
Assistant Store Manager — Greenlane Pharmacy — £27,500
Area Manager — Cotswold Bakers — £42,000 + car

Manage your alerts · Unsubscribe`, 'Retail Store Manager jobs in Bristol'),

  other(`Hi Owen,

It's been 6 months since you last updated your CV. Unfortunately, recruiters are less likely to contact candidates with an out-of-date CV, and yours may be appearing lower in search results.

Update your CV now — it takes less than a minute.

CV-Library`, 'Is your CV still up to date?'),

  other(`Dear Ms. Yilmaz,

Thank you for your application as Junior Controller (m/f/d) at Wendland Chemie AG, received via StepStone on 28 November.

We have received your documents completely. Our specialist department is now reviewing all applications carefully. This may take two to three weeks; we ask for your patience.

We will contact you again as soon as possible.

Kind regards
Recruiting Team
Wendland Chemie AG, Ludwigshafen`, 'Eingangsbestätigung / Confirmation of receipt'),

  other(`Hallo Stefan,

recruiters search XING every day for profiles like yours. With ProJobs, your profile is shown to them first — and you can see which companies visited you.

Unfortunately, 12 visitors of your profile are hidden for you at the moment.

Test ProJobs now for 0 €.

Your XING Team`, 'Wer hat dein Profil besucht? 12 visitors'),

  other(`Dear Yusuf,

We acknowledge receipt of your application for the post of Senior Accountant at Emirates Horizon Contracting, which you applied through Bayt.com.

Your profile is under review by our recruitment team. Only shortlisted candidates will be contacted. We thank you for your patience.

Best regards,
Talent Acquisition, Emirates Horizon Contracting, Abu Dhabi`, 'Application Acknowledgement - Senior Accountant'),

  other(`Hi Chloé,

The job you viewed on Workopolis — Administrative Assistant at Riverbend Dental, Ottawa — has expired.

Similar jobs near Ottawa, ON:
• Medical Office Assistant — Glebe Family Health
• Front Desk Coordinator — Capital Orthodontics

Workopolis`, 'A job you viewed has expired'),

  other(`Dit jobagent / Your job agent

3 new jobs match "frontend udvikler" in Copenhagen:

Frontend Developer — Havnelys ApS
React Developer — Nordkap Digital
UI Engineer — Grøn Bank

Jobindex · Change your job agent`, 'Jobagent: 3 new jobs'),

  other(`Hi Aoife,

Thanks for using ValueMyCV. Based on your CV, we estimate your market value at €52,400 a year as a Marketing Executive in Dublin.

Unfortunately that's around 9% more than your current salary. Ready to find a role that pays what you're worth?

See matching jobs on Adzuna`, 'Your CV is worth €52,400'),

  other(`Dear Tolu,

This is a reminder of your CV review appointment with the Careers Service:

Date: Thursday 10 December
Time: 14:30
Adviser: Mrs. Funmi Adeyemi
Location: Careers Centre, Room 2.14, Senate Building (or join via Teams)

If you can no longer attend, please cancel through the careers portal at least 24 hours ahead so another student can take the slot.

University of Ibadan Careers Service`, 'Appointment reminder - CV review'),

  other(`Dear Mr Hughes,

Your next appointment at the Jobcentre is on Wednesday 9 December at 10:20 with your Work Coach, Sandra.

Please bring evidence of the work search activity you agreed in your Claimant Commitment, such as applications made and any replies from employers.

If you can't attend, contact us before the appointment. Unfortunately, if you miss it without a good reason, your payment could be affected.

Jobcentre Plus`, 'Your Jobcentre appointment'),

  other(`You've been invited to interview

Client: Prairie Goods Co.
Job: "Bookkeeping for small e-commerce business (QuickBooks Online)"

"Hi Aisha, I saw your profile and think you'd be great for this. Could you send over your rate and availability?"

Respond to invitation · This invitation will expire in 7 days.`, 'You have an invitation to interview'),

  other(`Hi Nikola,

Unfortunately, your freelancer profile has been set to private because you haven't been active for 90 days. Clients can't find you in search right now.

To make your profile public again, just log in and update your availability.

Your marketplace team`, 'Your profile is now private'),

  other(`Hi Jasmine,

Thank you for applying for the Community Support Worker role. The hiring manager, Derek, would like to speak to you by phone this week.

Would Wednesday at 11am or Thursday at 3pm suit you? If neither works, let me know and we'll find another time.

Thanks,
Paula Reid
Recruitment Administrator, Brookhaven Care Services

(You applied for this role via Indeed.)`, 'Phone interview - Community Support Worker'),

  other(`Your application was sent to Tessellate

Easy Apply · Junior Frontend Developer · Remote (EU)

Your resume, phone number and email were shared with Tessellate. Unfortunately, we can't guarantee a response — but applicants who follow the company get 20% more views.

[Follow Tessellate]

LinkedIn`, 'Your application was sent to Tessellate'),

  other(`How would you rate Pemberton Foods as an employer?

Hi Grace, you recently interviewed with Pemberton Foods. Help other job seekers by sharing what it was like — it's anonymous and takes about 3 minutes.

[Write an interview review]

Glassdoor`, 'How was your interview with Pemberton Foods?'),

  other(`Great Match!

Hi Tyrone,

Sun Valley Solar thinks you're a great match for Solar Installer and invited you to apply.

$24–$30/hr · Phoenix, AZ · Full-time

[Apply now] — one click with your ZipRecruiter profile

ZipRecruiter`, 'Sun Valley Solar invited you to apply'),

  other(`Hi Lucia,

Your resume is now searchable on Monster. Employers and recruiters can find you when they search for candidates like you.

Tip: make sure your most recent job title matches the jobs you want.

Monster`, 'Your resume is now visible to employers'),

  other(`Dear Applicant,

Thank you for your continued interest in the Accounts Receivable Clerk position with Ironbridge Plumbing Supply. We wanted to let you know we are still reviewing applications and have not yet made any decisions.

We appreciate your patience and will be in touch as soon as we have an update.

Ironbridge Plumbing Supply
(via CareerBuilder)`, 'Your application with Ironbridge Plumbing Supply'),

  other(`Hi Prakash,

Hope you are doing well. This is Neha from Bluepeak IT Solutions. I came across your profile on Dice for a Data Engineer (Snowflake/dbt) W2 contract role with our direct client in Dallas, TX — 12 months, onsite 3 days a week.

If interested please share:
- Updated resume
- Expected rate
- Visa status
- Availability for interview

I'll also need a signed Right to Represent once we agree on the rate.

Thanks & Regards,
Neha Kapoor
Technical Recruiter | Bluepeak IT Solutions`, 'Data Engineer - Dallas, TX - W2 Contract'),

  other(`Hi Ethan,

Thanks for applying to our Software Engineering Internship on Handshake! We've received your application and our team is reviewing every one personally.

We'll be in touch within about three weeks either way. In the meantime, feel free to drop in to our virtual info session on 15 January.

Cheers,
Tessa
University Recruiting, Kiteline`, 'Thanks for applying to Kiteline!'),

  other(`New companies are hiring for you

Hi Rosa — 4 companies you'd like just posted roles that match your preferences:

Mooncart · Senior Product Designer · London
Tidewell · Design Lead · Remote UK
Fathom Bio · Product Designer · Cambridge
Lanternfish · UX Designer · Bristol

Welcome to the Jungle`, 'Rosa, 4 new roles picked for you'),

  other(`G'day Hamish,

Employers are increasingly filtering candidates by work rights. Add yours to your SEEK Profile so employers know you're eligible to work in Australia.

It takes 30 seconds. Unfortunately, profiles without this information may be missed in some searches.

[Add work rights]

SEEK`, 'Add your work rights to your SEEK Profile'),

  other(`Dear Candidate,

Congratulations! Based on your profile, you have been shortlisted for a Walk-in Drive for Customer Support Associate (International Voice Process) at Zenith BPO Services.

Date: 12th December, 10 AM - 1 PM
Venue: Tower B, Cyber City, Gurugram
Carry: Updated resume, 2 photographs, ID proof

Regards,
HR Team, Zenith BPO Services
(via Naukri.com)`, 'Walk-in Invitation - Customer Support Associate'),

  other(`Your Hired profile has been paused

Hi Anika — because you didn't respond to 3 interview requests in a row, we've paused your profile so companies won't send you new requests.

Unfortunately this means you won't be visible to employers until you reactivate it. If you're still looking, just log in and click "Reactivate".

The Hired Team`, 'Your profile has been paused'),

  other(`Hi Diego,

I'm thrilled to let you know that we'd like to offer you the role of Founding Account Executive at Sparrowhawk!

Your offer letter is attached in Wellfound — please review it and let me know if you have any questions. We'd love to have an answer by Friday.

Welcome (hopefully!),
Ruth
CEO, Sparrowhawk`, 'Your offer from Sparrowhawk'),

  other(`Hi Maeve,

Thanks again for your time in the interviews. We're keen to move forward and would like to speak with two referees — ideally one current or recent line manager.

Could you send their names, roles and email addresses by Wednesday? We won't contact them until you've confirmed you're happy for us to.

Best,
Dylan Cross
People Operations, Corrib Analytics, Galway
(Originally applied via IrishJobs)`, 'References - Corrib Analytics'),

  other(`Did you get hired?

Hi Blessing, it's been a few weeks since you applied to Store Associate at Beacon Home Goods. Did you hear back?

[Yes, I got hired] [I'm still waiting] [I didn't get it]

Your answer helps us show you better jobs.

Indeed`, 'Any news from Beacon Home Goods?'),

  other(`You've already applied to this job

Hi Ines, you applied to Customer Experience Specialist at Polaris Telecom on 22 Nov. Applying again won't change your status.

Your application: Submitted

LinkedIn`, 'You\'ve already applied to Polaris Telecom'),

  other(`Hi Sanjay,

Thank you for meeting the team on Tuesday — they really enjoyed the conversation. I'm pleased to say we'd like to invite you to the final round: a 2-hour onsite with our VP of Engineering and a system design session.

Could you share your availability for next week? Unfortunately Monday is out for us.

Thanks,
Alexis
Recruiting, Halcyon Data (applied via LinkedIn)`, 'Final round invite - Halcyon Data'),

  other(`Hi Chidi,

Unfortunately we need to reschedule your interview for the Logistics Officer role originally set for Thursday at 10am, as our panel chair is unwell. We're sorry for the short notice.

Could you do Monday at 11am instead? We'll send a new calendar invite once you confirm.

Kind regards,
Funke Bello
HR Officer, Sahel Freight Nigeria Ltd
(via Jobberman)`, 'Reschedule - Logistics Officer interview'),

  other(`Your proposal was viewed by the client

Job: "Translate product manual EN → PT-BR (~6,000 words)"

The client has viewed your proposal. There are 14 other proposals. We'll let you know if they message you.

You're receiving this because you submitted a proposal.`, 'Client viewed your proposal'),

  other(`Dear Students,

Please note that the Meridian Consulting employer presentation scheduled for Tuesday has unfortunately been cancelled by the firm. Their graduate applications are still open on the careers portal until 31 January.

We apologise for any inconvenience.

Careers & Employability Service
University of Strathclyde`, 'CANCELLED: Meridian Consulting presentation'),

  other(`A job you viewed was reposted

Operations Manager at Quarry Lane Builders · Halifax, NS
Reposted 1 day ago · 31 applicants

Apply before it fills up.

LinkedIn`, 'Operations Manager at Quarry Lane Builders was reposted'),

  other(`Hi Rania, here's what's buzzing in your bowls this week

Tech Job Seekers UK: "Anyone else getting ghosted after final rounds? 3 months and counting"
Data Folks: "Salary bands for mid-level DS in London, 2026"

Join the conversation · Glassdoor Community`, 'Trending in your bowls'),

  other(`Hi Jenna,

Just following up on my application for the Events Coordinator role, which I submitted through Indeed on 20 November. I'm still very interested and would be glad to provide anything else you need.

Thanks for your time, and I hope to hear from you.

Best regards,
Aaliyah Brooks`, 'Following up - Events Coordinator application'),

  other(`Dear Applicant,

Thank you for applying for Warehouse Operative via CV-Library. We have received a very high number of applications for this role.

Due to this volume we will only be able to contact candidates who are shortlisted for interview. Applications close on 18 December and interviews will take place the following week.

Thank you for your interest.

Granger Logistics HR`, 'Warehouse Operative application'),

  other(`You withdrew your application

You withdrew your application for Research Assistant at Kelvin Institute on 3 Dec. The employer will no longer see your application.

Changed your mind? You can apply again while the job is open.

Indeed`, 'Application withdrawn'),

  other(`Hi Lachlan,

This job has expired: Diesel Mechanic — Outback Haulage — Kalgoorlie WA. It was one of your saved jobs.

Similar jobs you can apply for:
• Heavy Diesel Fitter — Goldfield Mining Services
• Plant Mechanic — Westgate Earthmoving

SEEK`, 'A saved job has expired'),

  other(`Application update

Hi Connor, the employer for Trainee Recruitment Consultant (Manchester) is still reviewing applications. Unfortunately we can't tell you exactly when they'll decide, but we'll email you as soon as your status changes.

Current status: Application viewed

Totaljobs`, 'No news yet on Trainee Recruitment Consultant'),

  other(`Hi Kofi,

Thanks for your interest in Tidal Energy Ghana! Your LinkedIn Easy Apply for Electrical Engineer came through, but unfortunately the attached CV file was empty. Could you reply with your CV as a PDF so we can consider your application?

Thanks,
Esi Asante
HR Assistant`, 'Your CV did not come through'),

  other(`Dear Youssef,

Thank you for your application for Customer Care Supervisor at Oasis Retail Group via Bayt.com.

We are pleased to invite you to the next step: a one-way video interview of five questions. You will have 2 minutes to answer each question and may re-record once. Kindly complete it before 14 December; unfortunately late submissions cannot be reviewed.

Start your video interview

Best regards,
Oasis Retail Group Recruitment`, 'Video Interview Invitation - Customer Care Supervisor'),

  other(`Hi Thandiwe,

Good news! Your application for Junior Civil Engineer at Mzansi Roadworks has moved to the next stage: Shortlisted.

The employer will contact you with details about the interview. Please keep an eye on your inbox and phone — and check your spam folder just in case.

Best of luck!
The careers portal team

Do not reply to this message. Powered by the job board's applicant tracking.`, 'You\'ve been shortlisted - Junior Civil Engineer'),
];
