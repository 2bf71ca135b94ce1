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

We enjoyed meeting you. We have, however, offered the position to a candidate whose experience more closely fitted our requirements at this time. We'd be happy to hold your details and get in touch should something similar come up.

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

After evaluating the final shortlist, management has selected a candidate whose profile better aligns with the present requirement of the role. We are hence unable to take your candidature forward.

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
];
