/**
 * Sealed part 21, written before any change to the reader and only ever scored. Two halves. First, rejections from
 * about seventy employers, each with its own writer and style: tracking-system mail (Greenhouse, Lever, Workday,
 * SmartRecruiters, Ashby, iCIMS, Workable), HR template letters, agency recruiters, hiring managers and founders
 * writing by hand, universities and public bodies, at every stage and for every reason, in several Englishes. Second,
 * the inbox of a payroll specialist in Johannesburg over a season of applications: acknowledgements, invitations,
 * reschedules, reminders, alerts, newsletters, outreach, an offer and surveys beside a few paused processes and the
 * rejections among them.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s21-');

export const HANDWRITTEN_SEALED_21: readonly CorpusLine[] = [
  // ── A. Rejections from many employers
  rej('application', ['generic'], { ...door },
`Hi Marcus,

Thank you for your interest in the Revenue Operations Analyst position at Tallgrass Data. We appreciate the time you took to apply.

Having weighed it against the other applications we received, we've decided to pursue other candidates for this role.

Please do keep watching our careers page, and apply again whenever a future opening fits what you're after.

Best,
Tallgrass Data Recruiting

Powered by Greenhouse`, 'Your application to Tallgrass Data'),

  rej('application', ['profile_mismatch'], {},
`Hi Priyanka,

Thanks so much for applying to the Senior Product Designer role at Quillmark. We wanted to get back to you quickly rather than leave you waiting.

Our process for this role has four parts: a 30-minute call with someone from our talent team, a portfolio walkthrough with two designers, a short paid exercise, and a final conversation with our Head of Design. We've read through every application carefully, and at this point we won't be moving yours on to that first call, as we're prioritising people whose work lines up more closely with what this team needs right now.

We know this isn't the news you were hoping for, and we genuinely appreciate you thinking of us.

Warmly,
The Quillmark Talent Team

Sent via Lever · Unsubscribe from Quillmark updates`, 'Quillmark | Senior Product Designer'),

  rej('application', ['skills_gap'], { ...fb },
`Dear Jordan Whitfield,

Thank you for applying for Requisition R-20417, Senior Tax Accountant, at Halvorsen Industrial Group.

We have reviewed your application against the minimum qualifications for this position. The role requires an active CPA license, and based on the information you provided in the application questionnaire, you do not currently hold one. As a result, your application will not be considered further for this requisition.

You may review the status of all of your applications at any time by signing in to your Candidate Home account.

Sincerely,
Talent Acquisition
Halvorsen Industrial Group

This is an automated message from Workday. Please do not reply to this email.`, 'Update on your application: Senior Tax Accountant (R-20417)'),

  rej('application', ['location'], { ...fb },
`Hello Amara,

Thank you for your interest in the Clinical Data Coordinator opportunity with Northbay Health Partners.

In your answers to the application questions you indicated that you would now or in the future require visa sponsorship to work in Canada. Unfortunately we are unable to sponsor work permits for this position, and therefore we cannot move your application forward.

We thank you again and wish you success in your search.

Kind regards,
Northbay Health Partners – Talent Acquisition

SmartRecruiters | Privacy Policy | This mailbox is not monitored`, 'Your application with Northbay Health Partners'),

  rej('screen', ['salary'], { ...fb, ...door },
`Hey Tomasz,

Really appreciated the call on Tuesday, it was great to hear about the billing migration you led at your last place.

I took everything back to the team. The honest answer is that the base you're targeting (the 185 figure we talked about) sits well above the band we've got approved for this level, and the hiring manager doesn't have room to stretch it this year. Rather than drag you through four more rounds knowing that, I'd rather be straight with you now.

If we open a staff-level role in the new year, which I think is likely, I'll reach out first thing.

Thanks again,
Delphine
Recruiting @ Ferrous

Sent with Ashby`, 'Following up from our call'),

  rej('application', ['position_filled'], { ...door },
`Dear Kwame,

Thank you for your interest in employment with Corrigan Logistics and for applying to the position of Fleet Maintenance Planner (Job ID 2024-11832).

We would like to inform you that this position has been filled. We will retain your information in our applicant database for twelve months, and you may be contacted should a suitable opening arise.

We invite you to visit our Career Center regularly.

Regards,
Corrigan Logistics Human Resources

---------------------------------
This email was sent by iCIMS on behalf of Corrigan Logistics. Replies to this address are not monitored.`, 'Fleet Maintenance Planner – Status Update'),

  rej('application', ['role_closed'], {},
`Hi Sofia,

Thank you for applying for the Marketing Executive position at Linnet & Rowe.

We're writing to let you know that, following a review of our plans for next year, this vacancy has been withdrawn and we will not be proceeding with recruitment for it. This means we won't be taking your application any further.

We're sorry to bring you this news and we're grateful for your interest in working with us.

Kind regards,
Linnet & Rowe Hiring Team

-- 
Sent using Workable · Linnet & Rowe, 14 Carver Street, Sheffield S1 4FS`, 'Marketing Executive at Linnet & Rowe'),

  rej('interview', ['profile_mismatch'], { ...offered },
`Dear Mr Okafor,

Re: Finance Business Partner – Ref FBP/0926

Thank you for attending an interview with us on Thursday 12th September. The panel very much enjoyed meeting you and learning more about your experience.

Having carefully considered all of the candidates interviewed, I am sorry to tell you that on this occasion you have not been successful. The standard of applicants was high, and the panel felt that another candidate's experience more closely matched the requirements of the post.

Should you wish to receive feedback on your interview, please contact me at the address below and I will arrange for a member of the panel to call you.

May I thank you once again for your interest in Harbourgate Housing Association and wish you every success in the future.

Yours sincerely,

Gillian Marsh
HR Advisor
Harbourgate Housing Association
Registered Society No. 30112R`, 'Outcome of your interview – Finance Business Partner'),

  rej('interview', ['culture_fit'], { ...fb, ...door },
`Hi Bec,

Just got off the phone with the team at Saltbush after your chat with Lachie and Nina on Friday. Look, they really liked you and thought your campaign work was top notch, but they've decided not to go ahead.

The main thing they came back with was the way they work. It's a crew of six, no real processes, everyone jumps on everything and priorities change by the hour. From what you told them about wanting clear briefs and a bit of structure around sign-off, they reckon you'd find it frustrating pretty quickly, and they'd rather not put you in that spot.

Honestly I think that's a fair call and probably says more about them than you. I've got a couple of roles with bigger in-house teams coming through in the next few weeks that I think would suit you much better, so I'll give you a ring when they land.

Cheers,
Hamish Tully
Senior Consultant | Redgum Talent
M 0412 558 903`, 'Saltbush feedback'),

  rej('final', ['position_filled'], { ...offered },
`Hi Ines,

I wanted to write to you myself rather than have this come from a template.

Thank you for everything you put into the last few weeks: the conversations with me and Ravi, the afternoon with the ops team, and the plan you brought for the first ninety days, which we've honestly been quoting to each other since.

We ended up with two finalists, and yesterday we offered the role to the other person, who has accepted. It was very close, and it is not a decision I feel good about in the sense that I'd have liked to hire you both.

If it would help to hear how we weighed things up, I'm glad to get on a call next week. Just reply and pick a time.

With thanks,
Benedikt
Founder, Klarhaus`, 'Thank you, Ines'),

  rej('interview', ['position_filled'], { ...offered },
`Dear Dr Achterberg,

Lecturer in Environmental Economics (Ref. ACA-4471)

On behalf of the selection committee, I would like to thank you for attending for interview and presentation on 3 June.

The committee has now concluded its deliberations, and I regret to inform you that the post has been offered to another candidate.

If you would like feedback on your application and interview, you are welcome to contact the chair of the committee, Professor Helen Abernethy, who will be pleased to provide it.

I would like to thank you for your interest in the University and wish you well in your career.

Yours sincerely,

Recruitment Team
Human Resources
University of Westmarch

------------------------------------------------------------
How we use your information
The University of Westmarch is the data controller for the personal information you provided as part of your application. We process this information for the purposes of recruitment and selection, to meet our legal obligations (including right-to-work checks where applicable) and, in anonymised form, to monitor the effectiveness of our equality, diversity and inclusion policies. Information relating to unsuccessful applicants is retained for twelve months from the closing date of the vacancy and then securely destroyed. You have the right to request access to the information we hold about you, to ask for it to be corrected, and in certain circumstances to ask for it to be erased or for its processing to be restricted. Requests should be made in writing to the Information Compliance Office.

Equality, diversity and inclusion
The University is committed to creating an inclusive working and learning environment in which everyone is treated with dignity and respect. We welcome applications from all sections of the community and particularly encourage applications from groups that are under-represented in academic posts in our Faculty of Social Sciences, including women and people from Black, Asian and minority ethnic backgrounds. The University holds an Athena Swan Silver award and is a Disability Confident Employer. Applicants who consider themselves disabled and who meet the essential criteria of a post are guaranteed consideration for interview.

Accessibility
If you require this letter in an alternative format, such as large print or Braille, please contact the Recruitment Team on 01632 960 418.

University of Westmarch is a registered charity, number 1187734. This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.`, 'Lecturer in Environmental Economics – outcome'),

  rej('assessment', ['assessment'], { ...fb },
`Dear Candidate,

Application reference: 88120453
Campaign: Policy Officer, Higher Executive Officer (HEO)

Thank you for completing the online tests for this vacancy.

We are sorry to tell you that you have not been successful at this stage. To progress, candidates needed to achieve the pass mark in the Verbal Test. Your score was 38; the pass mark for this campaign was 46.

Your application has now been withdrawn from this campaign. This will not affect any other applications you have made.

Yours faithfully,

Government Recruitment Service
Please do not reply to this email. Messages sent to this address are not read.`, 'Your application 88120453: result of online tests'),

  rej('application', ['overqualified'], { ...door },
`Dear Mr. Ramakrishnan,

Greetings from Vistaraa Infotech!

Thank you for showing interest in the opening for Associate – Service Desk at our Hyderabad location.

We have gone through your profile and found that you are carrying much higher experience than what is required for this position, which is an entry level role. Hence we are unable to take your candidature further for the same.

We will keep your resume in our database and get in touch with you if any suitable opening matching your experience comes up in future.

Wishing you all the best.

Regards,
Talent Acquisition Team
Vistaraa Infotech Pvt. Ltd.

*This is a system generated mail. Please do not reply.*`, 'Regarding your application – Associate Service Desk'),

  rej('interview', ['skills_gap'], { ...fb },
`Dear Mrs. Hallström,

thank you again for the interview last week and for your interest to join our customer service in Graz.

We have discussed it in the team. Your experience with the ticket systems and with escalations is very good, but for this position the daily contact is mostly with customers from Austria and Germany, and we need German on a level of C1 for the phone calls. In the interview we had the impression that this is not yet the case. For this reason we decided for another candidate.

For your next steps we wish you all the best and much success.

Best regards
Markus Pichler
Team Lead Customer Care
Alpenwerk Solar GmbH`, 'Your application as Customer Care Agent'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
`Hi Dan,

Thanks for getting the take-home back to us over the weekend, I know it's a chunk of time to give up.

Three of us reviewed it on Monday. There was a lot to like: the README was clear, the tests were readable and the project layout made sense straight away. Where it fell short was the core of the exercise, the pagination. The endpoint returned duplicates once records were inserted between requests, and the cursor approach we asked for in the brief wasn't used, so the main requirement wasn't met. Because of that we won't be moving forward to the onsite loop.

I'm happy to share our written notes or walk through them on a short call if that's useful to you.

Best,
Corinne Yates
Engineering Manager, Platform
Haywire Labs`, 'Take-home review'),

  rej('interview', ['internal_candidate'], {},
`Hi Ruairi,

Thanks a million for coming in to meet myself and Clodagh last Wednesday, we both really enjoyed the chat.

I wanted to let you know where we've landed. Over the course of the process a member of our existing team put themselves forward for the role, and after a lot of thought we've decided to appoint them internally. It's a good outcome for the team but I know it's disappointing for you, particularly after you made the trip in.

Thanks again for your time and best of luck with everything.

Niamh
Operations Manager
Brackenridge Foods`, 'Operations Coordinator role'),

  rej('final', ['culture_fit'], { ...door },
`Hello Yuki,

Thank you for spending the full day with us in the studio last Thursday, and for presenting to the wider team at the end of it. I know it was a long one.

We've now met everyone in the final stage. The group felt that while your craft is excellent, the way our studio works day to day, very collaborative, lots of half-finished ideas shared early, wasn't quite the match for your working style, and we've chosen to go with another candidate.

We would be really glad to hear from you again for future roles, and we mean that.

All the best,
Orla Brennigan
Studio Director, Fennel & Thorn`, 'Your day with Fennel & Thorn'),

  rej('screen', ['skills_gap'], { ...fb },
`Hi Chidi,

Thanks for jumping on a call with me yesterday. I've spoken with Aaron, the hiring manager, and unfortunately he's set on someone who has run Kubernetes clusters in production themselves. From what you told me your exposure has mostly been through the managed platform team, so we won't be progressing you to the technical interview.

Sorry it isn't better news, and thanks for your time.

Ellie
Talent Partner, Vantor Cloud`, 'Re: Site Reliability Engineer'),

  rej('application', ['generic'], {},
`Thanks for applying to Pickwell. We've decided not to move forward with your application for Store Supervisor.

- Pickwell Careers`, 'Pickwell application update'),

  rej('application', ['location'], { ...fb },
`Hi Gabriela,

Thanks for applying for the Field Service Technician role with Ironcrest Mechanical.

This position is based fully on site at our Austin, Texas facility and involves daily travel to customer sites in the Central Texas region. Since your application shows you're currently based in Denver and we aren't able to offer relocation assistance for this role, we won't be moving forward.

Thanks for thinking of Ironcrest, and good luck with the search.

Ironcrest Mechanical Recruiting`, 'Your Ironcrest Mechanical application'),

  rej('application', ['skills_gap', 'location'], { ...fb },
`Dear Applicant,

Thank you for applying to the post of Staff Nurse (Theatres), reference 2419-TH-07.

Your application has been shortlisted against the essential criteria listed in the person specification. The post requires current registration with the Nursing and Midwifery Board and a minimum of two years' perioperative experience. Your application did not evidence the perioperative experience required. In addition, applicants must have the right to live and work in the UK at the time of appointment, which your application indicated you do not currently hold.

Unfortunately, you have not been shortlisted for interview on this occasion.

Thank you for your interest in working for the Trust.

Recruitment Services
Eastmoor Hospitals NHS Foundation Trust`, 'Staff Nurse (Theatres) – application outcome'),

  rej('interview', ['salary'], { ...fb, ...door },
`Hi Olu,

Thank you for meeting with Fiona and me on Tuesday. We both came away impressed with how you handled the pricing case, and the conversation about the Lagos expansion was one of the best we've had.

I'll be candid about why we're not taking this further. When we discussed compensation at the end, the figure you need is some way above what we have signed off for this position, and we don't see a way to close that gap within this year's budget. It's a shame, because on everything else we were keen.

If our situation changes, or if a more senior role opens up in the commercial team, I'd very much like to contact you again.

Kind regards,
Miriam Adeyemi-Clarke
Commercial Director
Palmrose Beverages Ltd`, 'Our conversation on Tuesday'),

  rej('final', ['internal_candidate'], { ...door },
`Dear Henrik,

Thank you for participating in the final round for the position of Head of Procurement, including the case presentation to the executive team on 14 October.

We have now completed the process. After careful consideration, the executive team has decided to fill the position with an internal candidate, who has been serving as interim head of the function since the spring.

We were very impressed by your presentation and would be glad to stay in contact with you regarding future senior roles in the group.

Yours sincerely,
Annika Lund
HR Business Partner
Nordvik Shipping AB`, 'Head of Procurement – final decision'),

  rej('application', ['role_closed'], {},
`Dear Lucas,

Many thanks for your application for the role of Regional Sales Manager (South West).

Due to an internal restructure of our sales organisation, the role has been removed from our structure and we will no longer be recruiting for it. We are therefore closing all applications.

We apologise for any inconvenience and thank you for the interest you have shown in Cawley Brothers.

Regards,
HR Team
Cawley Brothers Ltd`, 'Regional Sales Manager (South West)'),

  rej('application', ['profile_mismatch'], {},
`<p>Dear Nadia,</p>&nbsp;
<p>Thank you for applying for the <b>Junior Data Engineer</b> position at Skyforge Analytics.</p>
<p>We have carefully reviewed your application. Unfortunately your profile does not match the requirements of the role closely enough for us to proceed.</p>
<p>Thank you for your interest in Skyforge.</p>&nbsp;
<p>Best regards,<br>Skyforge Analytics Talent Team</p>
<p style="font-size:10px;color:#999">You are receiving this email because you applied for a position at Skyforge Analytics. {{unsubscribe_link}}</p>`, 'Skyforge Analytics – your application'),

  rej('screen', ['overqualified'], { ...fb, ...door },
`Hi Dolores,

It was lovely to speak with you on Thursday. Thank you for being so open about what you're looking for.

Having thought about our conversation, I don't think this is the right role for you. It's a coordinator post reporting into a team lead, mostly scheduling and keeping the trackers up to date, and with your twelve years running events teams of your own I'm worried you would be bored within a month and we'd be losing you by spring. I'd rather say that now than after three more interviews.

We do occasionally hire at head-of level, and if one comes up I'll get in touch with you first.

Best wishes,
Saskia
People Lead, Meridian Events Co.`, 'Coordinator role – our chat'),

  rej('interview', ['generic'], {},
`Dear Mr. Abernathy,

Thank you for the time you spent interviewing with members of our team for the Compliance Analyst role.

We have now completed our interviews, and after careful deliberation we regret to inform you that we will not be extending an offer. Due to the number of candidates we interviewed, we are unfortunately unable to provide individual feedback.

We appreciate your interest in Stonebridge Federal Credit Union.

Sincerely,
Human Resources Department`, 'Compliance Analyst'),

  rej('application', ['generic'], { ...door },
`Dear Wei Ling,

Thank you for your application for the job posting Procurement Specialist, APAC (JR-55310).

We received a very high number of applications for this role. After careful review, we have decided not to move forward with your application at this time.

Please continue to check our Careers site for other opportunities.

Best Regards,
Talent Acquisition Team
Castellan Pharma

Candidate Home: sign in to view your applications | Workday`, 'Your application for Procurement Specialist, APAC'),

  rej('assessment', ['assessment'], { ...offered },
`Hi Ayesha,

Thank you for completing the case study for the Associate Consultant position.

Our assessors have reviewed all of the submissions and unfortunately yours did not reach the standard required to progress to the interview stage.

If you would like a summary of the assessors' comments, please reply to this email and we will send it through within two weeks.

Kind regards,
Graduate Recruitment
Ashcombe Partners LLP`, 'Associate Consultant – case study outcome'),

  rej('final', ['skills_gap'], { ...fb, ...offered, ...door },
`Hi Sameer,

First, thank you. You gave us two interviews, a take-home and then most of Friday at the office, and you were generous with your time throughout.

I'm sorry to say we've decided to offer the Staff Engineer role to another candidate. I want to give you something more useful than a form letter, so here's the honest version: the team loved your systems design session, and your work on the event pipeline came up in every debrief. Where we kept getting stuck was on the people side of the job. This role spends close to half its time mentoring four mid-level engineers and running the architecture review, and when we talked through examples in the leadership conversation there wasn't as much there as the other finalist could show. That's the gap, not anything about your engineering.

A few other things that came up, since I think they're more useful to you than a score. Your take-home was one of the strongest we've had this year, and the way you traded off consistency against latency in the routing service was exactly the kind of judgement we want. In the design session you were at your best when you were thinking aloud; a couple of interviewers mentioned that you went quiet for long stretches in the first ten minutes, and they weren't sure at first whether you were stuck. That's a small thing, and it didn't weigh on the decision, but it's the sort of comment people rarely pass on, so I'm passing it on.

I also want to be clear about what this isn't. It isn't a judgement about your level; we'd have happily hired you as a senior engineer, and if we had that opening right now I'd be writing a very different email. We just don't, and I don't want to invent one and then have it go away in the next planning cycle.

I'd genuinely be happy to talk it through on a call if that helps, and I hope you'll look at us again in a year or so, because I think the answer could be very different.

Warmly,
Lena Koslowski
VP Engineering, Brightline Freight`, 'Staff Engineer – thank you'),

  rej('application', ['generic'], {},
`Dear Applicant,

We thank you for applying. Due to the overwhelming response we received, only shortlisted candidates will be notified for an interview. As you have not been shortlisted, please consider your application unsuccessful.

Regards,
Human Resource Division
Kiboko Cement Company Limited, Nairobi`, 'Application for Plant Accountant'),

  rej('screen', ['location'], { ...fb, ...door },
`Hi Aroha,

Thanks for taking my call this morning, and sorry again that it ran into your lunch.

I checked with the client straight after. They're firm that the account manager needs to be in the Wellington office at least four days a week, it's a compliance thing with one of their big government clients, and since you're planning to stay in Napier it rules this one out unfortunately.

I'll keep you on my radar for anything that's properly remote or Hawke's Bay based.

Ngā mihi,
Jared Pahia
Recruitment Consultant | Tussock Recruitment`, 'Account Manager - Wellington'),

  rej('application', ['profile_mismatch'], { ...door },
`Hello Mateus,

Thank you for your interest in the Customer Success Manager role at Orchard Cloud. We reviewed your application with care.

At this time we have decided to move forward with candidates whose experience is more closely aligned to the specific needs of this role. We know this may be disappointing.

We'd love for you to stay connected. We will keep your details in our talent community and may contact you about roles that match your background in the future.

Regards,
Orchard Cloud Talent Acquisition

Lever · This message was sent on behalf of Orchard Cloud`, 'Orchard Cloud: Customer Success Manager'),

  rej('interview', ['skills_gap', 'salary'], { ...fb },
`Dear Ms. Varga,

Thank you for the interview on 22 May for the position of Senior Controller.

We regret to inform you that we have decided not to proceed with your application. The two main reasons are the following. First, the role requires hands-on experience with consolidation under IFRS for a group with foreign subsidiaries, and in the interview it was clear your experience is mostly with local GAAP for single entity. Second, your salary expectation is above the range we can offer for this position.

We thank you for your time and wish you success.

Kind regards,
Zsófia Kertész
HR Manager
Danubia Components Kft.`, 'Senior Controller – decision'),

  rej('application', ['position_filled'], {},
`Hi there,

Thanks for your interest in the Barista role at Little Ember. We've filled the position now, so we won't be taking applications any further.

Cheers,
Mel & the Little Ember crew`, 'Barista role'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...door },
`Dear Rahul,

Thank you for attempting the online coding assessment for the role of Software Engineer – Backend (Java) at Nimbusline Technologies.

We regret to inform you that you have not cleared the assessment. You scored 112 out of 300; the qualifying score for this role was 180. Our evaluation also shows that the sections on multithreading and Spring Boot were left largely unattempted, and these are core skills for this position.

You may apply again for any opening at Nimbusline after a cooling period of six months from the date of this assessment.

All the best for your future endeavours.

Team Talent Acquisition
Nimbusline Technologies Pvt. Ltd.`, 'Nimbusline Technologies – Assessment Result'),

  rej('interview', ['culture_fit'], {},
`Hi Connor,

Thanks for coming in on Monday to meet the team. We appreciated you taking the time.

After talking it over, we don't feel the fit with the team is quite there, so we won't be moving ahead.

Best of luck in your search.

Tash
Hollow Oak Brewing Co.`, 'Brewery Sales Rep'),

  rej('application', ['skills_gap'], { ...fb, ...door },
`Dear Fatima,

Thank you for applying for the position of Arabic–English Legal Translator with Crescent Language Services.

We have reviewed your application. While your experience in commercial translation is relevant, this role requires a recognised legal translation qualification and at least three years of experience translating court documents, which your CV does not show. We are therefore unable to take your application further.

We will keep your CV on our register of freelance translators and may contact you for general commercial projects.

With best regards,
Recruitment Team
Crescent Language Services, Dubai`, 'Legal Translator application'),

  rej('final', ['role_closed'], { ...door },
`Hi Aleksander,

I'm sorry to be writing this after you've put so much into the process. Last week's final panel went well from our side, and you were one of two people we were choosing between.

On Monday our board decided to pause all new senior hiring until after the next funding round, and the Head of Growth role has been cancelled as part of that. So we won't be making an offer for it, to you or anyone else. I know that's a frustrating way for this to end.

If the role comes back, you'll be the first person I call.

Best,
Juno Marr
CEO, Tidepool Health`, 'Head of Growth'),

  rej('screen', ['generic'], { ...offered },
`Hello Kateryna,

Thank you for taking the time to speak with me last week about the Office Manager position.

I'm writing to let you know that we've decided to proceed with other candidates for the next stage of interviews.

If you'd like some feedback on our conversation, please feel free to reply and I'll be happy to set up a short call.

Kind regards,
Philippa Drury
HR Coordinator, Ashdown Veterinary Group`, 'Office Manager – update'),

  rej('application', ['generic'], {},
`Dear Candidate,

Thank you for applying for the position below.

Position: Warehouse Operative – Night Shift
Location: Doncaster

After reviewing your application we regret that we will not be progressing it further. If your application had been successful you would have been invited to an assessment day at our site.

Kind regards,
Recruitment Team

Please do not reply to this message. Powered by SmartRecruiters`, 'Warehouse Operative – Night Shift'),

  rej('interview', ['profile_mismatch'], { ...door },
`Good afternoon Mr. Mensah,

Thank you for interviewing for the Branch Operations Manager position at Asante Commercial Bank, Kumasi.

The interview panel has completed its assessment of all candidates. We regret to inform you that, although your performance was creditable, other candidates were judged to be better suited to the role at this time.

We shall retain your particulars and may contact you should a suitable vacancy arise in future.

Yours faithfully,
Akosua Boateng (Mrs.)
For: Head, Human Resource`, 'Branch Operations Manager – Interview Outcome'),

  rej('application', ['internal_candidate'], {},
`Hi Jasmine,

Thanks for applying for the Events Lead position at the Riverside Arts Centre.

I wanted to let you know that we have appointed to this role from within our existing staff, so we won't be shortlisting external applications. Thank you for your interest, and we hope to see you at a show soon.

All best,
Pauline
Riverside Arts Centre`, 'Events Lead'),

  rej('assessment', ['profile_mismatch'], {},
`Hi Darnell,

Thank you for completing the writing sample for the Content Marketing Manager position at Ledgerly.

We've now reviewed all the samples together with the applications. We've decided to move forward with candidates whose backgrounds more closely match what we're looking for, so we won't be continuing with your candidacy.

Thanks again for your time and effort.

Ledgerly Recruiting Team`, 'Ledgerly – Content Marketing Manager'),

  rej('final', ['generic'], {},
`Dear Ms. Castellanos,

Thank you for your participation in the final interview for the Director of Development position with the Greater Pinecrest Community Foundation, and for the references you provided, all of whom spoke warmly of you.

After careful consideration the search committee has decided to move forward with another candidate.

We are grateful for your interest in the Foundation and wish you every success.

Sincerely,
Harold Benning
Chair, Search Committee`, 'Director of Development Search'),

  rej('application', ['salary'], { ...fb },
`Hi Ren,

Thank you for applying to the Bookkeeper role at Ferngully Accounting.

In your application you listed an expected salary of $95,000. The budget for this position is $68,000–$74,000, so unfortunately we won't be able to take things further on this occasion.

Thanks again and best of luck,
Karen
Practice Manager`, 'Bookkeeper application'),

  rej('interview', ['role_closed'], {},
`Dear Priya,

Thank you for interviewing with us for the Regulatory Affairs Specialist position earlier this month.

I'm afraid the requisition has been withdrawn following a change in our product roadmap; the product line the role would have supported is being discontinued. We will therefore not be proceeding with any candidate for the position.

We appreciate your time and interest.

Best regards,
Talent Acquisition
Corvalis Medical Devices`, 'Regulatory Affairs Specialist – position withdrawn'),

  rej('application', ['overqualified'], {},
`Hello Gerald,

Thank you for your application to the Shop Assistant position at Penrose Garden Centre. Having looked at your CV, we feel your extensive managerial experience is more than this part-time role calls for, and we've decided to go with applicants at an earlier stage in their careers.

Kind regards,
Sue Tremaine
Penrose Garden Centre`, 'Shop Assistant'),

  rej('screen', ['culture_fit', 'location'], { ...fb },
`Hi Marco,

Great chatting on Wednesday, thanks for being so upfront.

A couple of things came out of the call that I don't think we can square. We're a fully in-office team in Milan, five days, by choice, and you were clear that you'd want at least two days remote. And the way you described the pace you want, long focus blocks and limited meetings, is a fair way from how our product team runs at the moment, which is lots of quick huddles and live decision making. So I don't think we'd be doing you any favours by pushing on.

Wishing you a great search,
Giulia
Talent, Sartoria Digitale`, 'Product Manager role'),

  rej('application', ['generic'], {},
`Dear Applicant,

Your application for Senior Officer (Grants), Position No. 40817, has been assessed by the selection panel.

You have not been selected to progress to the next stage of the selection process.

This decision is not subject to review. Applicants who were found suitable may be placed in a merit pool for up to 12 months.

Yours sincerely,
People and Culture Branch
Department of Regional Services`, 'Position No. 40817 – Notification of outcome'),

  rej('interview', ['skills_gap'], { ...fb, ...offered, ...door },
`Hi Fern,

Thank you so much for your time with me and Abdul on Tuesday. I really enjoyed our conversation, especially hearing about how you rebuilt the volunteer onboarding at your last charity.

We've now made our decision, and I'm sorry to say we won't be offering you the role. The panel were really impressed with your people skills, and it was a difficult call. In the end we needed someone who can hit the ground running on our CRM migration, and the successful candidate has done two Salesforce Nonprofit roll-outs before; you mentioned you'd only used it as an end user, and that experience gap was what tipped it.

I'd be happy to talk through any of this if it's useful, just give me a shout. And please do keep an eye on our vacancies page; we'd be delighted to see your name again.

Best wishes,
Hannah Osei
Head of Supporter Care
Open Skies Trust (Registered Charity 1149903)`, 'Supporter Care Manager – our decision'),

  rej('application', ['profile_mismatch'], {},
`Thank you for applying to Mintvale. Unfortunately we do not think your experience is the right fit for this role. We wish you the best.`, 'Mintvale – Growth Marketer'),

  rej('final', ['salary', 'position_filled'], { ...fb },
`Dear Hiroshi,

Thank you for your patience over the last week while we worked through the final stage for the Country Manager, Japan position.

As you know, after the final interview with our CEO we discussed your compensation expectations with you in some detail. We were not able to bridge the difference between your expected package and our approved range, and the position has since been offered to and accepted by another candidate.

We enjoyed getting to know you and wish you the very best.

Sincerely,
Camille Durand
Global Talent Acquisition
Lumen Optics S.A.`, 'Country Manager, Japan'),

  rej('application', ['location'], {},
`Hi Oksana,

Thank you for your interest in the Remote Support Specialist (EU) position at Patchwork.

This role is open only to candidates who live in and have the right to work in one of the EU countries where we have an entity. Unfortunately we're unable to consider your application further.

Best,
Patchwork People Team

Sent with Ashby`, 'Your application to Patchwork'),

  rej('interview', ['profile_mismatch'], { ...offered },
`Dear Mr. Njoroge,

Thank you very much for coming for the interview for the post of Monitoring and Evaluation Officer.

We have carefully considered all candidates and we regret to tell you that we have selected a candidate whose experience is a closer match to the needs of the project.

If you want feedback, you can write to this address and we will respond.

With kind regards,
Human Resources
Maji Safi Initiative, Kisumu Office`, 'M&E Officer – interview result'),

  rej('assessment', ['assessment'], {},
`Hi Leon,

Thanks for doing the sales roleplay with us yesterday. Unfortunately you didn't make it through to the next round this time.

Thanks,
Brisk Recruitment Team`, 'Roleplay result'),

  rej('application', ['skills_gap'], { ...fb },
`Dear Ms. Petrović,

Thank you for applying for the position of Structural Engineer at Kovač & Partneri d.o.o.

We have decided to continue with candidates who have a valid chartered engineer licence and more experience with bridge projects. We cannot continue with your application.

Best regards,
Ivana Horvat
Office Manager`, 'Structural Engineer – your application'),

  rej('interview', ['generic'], { ...door },
`Hi Abena,

Thanks again for chatting with the team last week about the UX Researcher position.

It was a really competitive process and we have decided to move forward with another candidate. This wasn't an easy decision.

We'd love to stay in touch and hope you'll consider applying again in the future.

Cheers,
Rowan
Recruiting at Pebblestone

--
Sent from Greenhouse`, 'Pebblestone – UX Researcher'),

  rej('final', ['role_closed'], {},
`Dear Thandiwe,

Thank you for attending the final panel for the Deputy Principal post on the 9th.

Shortly after the interviews the governing body decided to restructure the senior leadership team. The deputy duties will be split between two existing assistant principals, and the advertised post will not now be filled. I am sorry to bring this news after the effort you put into the day.

Yours sincerely,
Mrs J. Redfern
Chair of Governors, Kingsmead Academy`, 'Deputy Principal – update'),

  rej('application', ['role_closed', 'position_filled'], { ...door },
`Hi Sam,

Thanks for applying to be a Delivery Rider with Zipp. We're no longer hiring in Leeds for now, as our rider spots there are all taken and the area is closed to new applications.

We'll let you know if this changes.

Zipp Riders Team`, 'Zipp rider application'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb },
`Hi Anneliese,

Thank you for meeting with us on Thursday. We appreciated the conversation and your thoughtful questions about the programme.

After reviewing all candidates, we've decided to offer the Program Manager role to someone whose background is a closer match overall. In particular, we were looking for someone who has managed federal grant reporting directly, and we felt that was an area where your experience was still developing.

Thanks again and best wishes.

Marcy Deluca
Executive Director, Lakeshore Literacy Alliance`, 'Program Manager'),

  rej('screen', ['position_filled'], {},
`Hi Ibrahim,

Thanks for the phone call on Monday. Just a quick one to let you know the client has now filled the Warehouse Supervisor role with a candidate who was already further along in their process, so there won't be a next step on this one.

Thanks,
Carly
Northline Staffing`, 'Warehouse Supervisor'),

  rej('application', ['generic'], { ...door },
`Dear Ana,

Thank you for your application to the Graduate Programme 2026. We received more than 4,000 applications this year and unfortunately we are unable to offer you a place on the next stage, which would have been our online assessment and video interview.

We hope you will consider applying to our programmes again in future.

Kind regards,
Early Careers Team
Beaumont Stirling

This email was sent from an unmonitored address. Workday`, 'Beaumont Stirling Graduate Programme 2026'),

  rej('interview', ['culture_fit'], { ...fb, ...offered },
`Dear Kenji,

Thank you for taking part in the interviews for the Team Lead, Customer Operations role at Harbourlight Insurance.

I'm sorry to let you know that we will not be moving forward with your application. The panel valued your technical knowledge, but in the group exercise and the conversation with the team they felt your leadership style, which you described as quite directive, would not sit well with the coaching-based approach we have worked hard to build here.

I'd be happy to talk this through in more detail if you'd like.

Regards,
Beatrice Lowell
Operations Manager`, 'Team Lead, Customer Operations'),

  rej('interview', ['position_filled'], { ...door },
`Hi Wen Jie,

Thanks for coming down to our Tanjong Pagar office for the interview last Friday, hope the rain wasn't too bad for you.

Just to update, the Finance Executive position has already been filled, the candidate accepted our offer yesterday. So we will not proceed further with your application for this one.

But we do like your profile, and we will keep it with us. If got any other suitable opening in the finance team we will contact you again.

Thank you and take care!

Regards,
Michelle Tan
HR Executive
Sunrise Gourmet Distributors Pte Ltd`, 'Finance Executive position'),

  rej('final', ['generic'], { ...offered },
`Dear Siobhan,

Thank you for your interest in the Director, Clinical Operations position with Aurelian Biosciences, and for the time you invested in meeting our leadership team during the final stage of our process.

We have now completed reference checks on our finalists, and we regret to inform you that we have selected another candidate for this position.

Should you wish to discuss the process, please contact your recruiter, who will be happy to share feedback where possible.

Best regards,
Aurelian Biosciences Talent Acquisition

This message was sent by iCIMS on behalf of Aurelian Biosciences. © Aurelian Biosciences. All rights reserved.`, 'Director, Clinical Operations – Update'),

  rej('assessment', ['assessment'], { ...fb, ...door },
`Hey Priscila,

Thanks a lot for the SQL exercise. I know we said two hours and it was probably more.

We're not going to move you forward this time. Most of the queries were right, but the retention cohort question, which we weight most heavily, counted users in the wrong month because of the timezone handling, and the churn figure ended up off by a wide margin. That's the thing we need this role to get right every week.

You clearly know your way around the data, and I'd like to see you apply again next time we open an analyst role.

Cheers,
Tobias
Head of Data, Kelpie`, 'SQL exercise'),

  rej('application', ['location', 'salary'], { ...fb },
`G'day Nathan,

Thanks for putting your hand up for the Site Administrator role at our Kalgoorlie operation.

We've had a look at your application. The role's a residential position in Kalgoorlie, not FIFO, and you mentioned you'd only be interested on a fly-in fly-out roster from Perth. Your expected rate is also a fair bit over what we've got for an admin role on site. So we won't be taking it further this time.

Cheers and all the best,
Deb Kowalczyk
Site HR, Redgate Mining Services`, 'Site Administrator – Kalgoorlie'),

  rej('interview', ['profile_mismatch'], {},
`Dear Ms. Adebayo,

With reference to your interview for the position of Assistant Registrar held on 4th March, we regret to inform you that the Appointments Board did not find you suitable for appointment.

Thank you.

Registrar
Federal College of Agriculture, Ibadan`, 'Interview for Assistant Registrar'),

  rej('screen', ['profile_mismatch'], { ...offered },
`Hi Dominic,

> On Mon, 3 Nov, Dominic Reyes wrote:
> Hi Jess, thanks for the call on Friday. Any update on next steps for the Partnerships Manager role?

Hi Dominic, sorry for the slow reply! I've had the debrief with the hiring team and they've decided to move ahead with candidates whose background is a bit closer to what they need for this one, so we won't be booking the next interview.

If you'd like any feedback from our call, just let me know and I'll share what I can.

Thanks,
Jess
Talent @ Loopwell

Sent via Workable`, 'Re: Partnerships Manager – next steps'),

  // ── B. One inbox: a payroll specialist in Johannesburg, March to August
  other(`Hi Naledi,

Your application has been submitted!

Payroll Administrator
Tshwane Freight Solutions · Midrand, Gauteng · Permanent
R28 000 – R34 000 per month

What happens next?
The recruiter will review your CV. We'll let you know by email when your application status changes. Most recruiters respond within 10 working days.

Applied with: Naledi_Sithole_CV_2026.pdf

Similar jobs near Randburg
• Payroll Officer – Sandton – Permanent
• Payroll & HR Administrator – Fourways – Contract

You're receiving this because you have a CareerNest account. Manage email preferences.
CareerNest (Pty) Ltd · Rosebank, Johannesburg`, 'Application submitted: Payroll Administrator'),

  other(`Hi Naledi,

Thank you for applying for the Payroll & Benefits Specialist role at Kudu Pay. We've received your application and our People team will review it over the next two weeks.

We read every application ourselves. If your experience matches what we're looking for, someone from the team will reach out to set up a short introductory call.

In the meantime, you can read more about how we work on our careers page.

Thanks,
Kudu Pay People Team

Powered by Greenhouse`, 'Thanks for applying to Kudu Pay'),

  other(`Dear Naledi Sithole

RE: APPLICATION FOR THE POSITION OF PAYROLL OFFICER (REF: JW/HR/014/26)

We acknowledge receipt of your application for the above position.

Please note that due to the high volume of applications received, only shortlisted candidates will be contacted. Should you not hear from us within two (2) weeks of the closing date, please consider your application unsuccessful.

We thank you for your interest in Jacaranda Wellness Group.

Kind regards
Human Resources Department
Jacaranda Wellness Group

POPIA notice: your personal information will be processed only for recruitment purposes and retained for a period of 12 months.`, 'Acknowledgement of application – Payroll Officer'),

  other(`Hi Naledi

Hope you're well. I came across your profile and your experience running month-end payroll on Sage 300 People for a 2 000-plus headcount retail business caught my eye.

I'm working on a Senior Payroll Specialist role with a manufacturing client in Germiston. It's a permanent position, hybrid after probation, and the package is in the R45k–R52k CTC range depending on experience. They run weekly and monthly payrolls for about 1 400 staff and need someone who is confident with EMP201 and EMP501 reconciliations and bargaining council deductions.

Would you be open to a quick call this week to chat about it? Even if the timing isn't right, I'd be glad to connect.

Kind regards
Lindiwe Nkosi
Senior Consultant – Finance & Payroll
Baobab Search Partners | Sandton
+27 82 441 7730`, 'Senior Payroll Specialist – Germiston'),

  rej('application', ['skills_gap'], { ...fb },
`Dear Naledi,

Thank you for your interest in the Payroll Specialist role at Highveld Platinum Holdings (Requisition 30218).

We have now reviewed your application. This position supports our SAP HCM payroll across three operations, and hands-on experience configuring and running payroll in SAP is a minimum requirement. Your CV indicates that your payroll experience is on Sage and VIP systems, and for this reason we will not be taking your application further.

We thank you for considering a career with us.

Kind regards
Talent Acquisition
Highveld Platinum Holdings

This is an automated message sent from Workday. Please do not respond to this email.`, 'Your application: Payroll Specialist (30218)'),

  other(`Hi Naledi

Thanks for coming back to me so quickly! Great to hear you're open to a conversation.

Would Thursday at 10:00 work for a 20-minute call? I'll call you on 072 385 1146 unless you'd prefer Teams. I'll run through the client, the team structure and the package, and ask you a bit about your current role, notice period and salary expectations.

Speak soon
Lindiwe`, 'Re: Senior Payroll Specialist – Germiston'),

  other(`New jobs for "payroll specialist" in Johannesburg

• Payroll Specialist – Kelvin Foods – Isando – R40 000 – R48 000
• Senior Payroll Administrator – Ridgeline Security – Centurion – Negotiable
• Payroll Consultant (PaySpace) – Fynbos Outsourcing – Remote – R35 000
• Payroll & Benefits Officer – Silverkloof Estates – Pretoria East – R32 000

View all 23 new jobs

You're receiving this job alert because you created it on CareerNest. Unsubscribe or change how often you get alerts.`, '4 new payroll specialist jobs for you'),

  rej('screen', ['salary'], { ...fb, ...door },
`Hi Naledi

Thanks again for the chat on Thursday, it was lovely to speak to you.

I've had feedback from the client. They were positive about your CV, but the budget for the role has come back capped at R42 000 CTC, and as you said, you wouldn't move for less than R48 000 given your current package and the travel to Germiston. They've asked me not to progress any candidates above the cap, so unfortunately I can't put you forward for the interview.

I've got a few payroll roles coming in over the next month that sit higher on the scale, and I'll be in touch as soon as one is a good match.

Kind regards
Lindiwe Nkosi
Baobab Search Partners`, 'Germiston role – client feedback'),

  other(`Dear Naledi

Thank you for your application for the position of Payroll Officer at Mzansi Mutual Assurance.

We are pleased to invite you to complete an online assessment as the next step in our selection process. The assessment consists of a numerical reasoning section, a payroll calculation exercise (gross-to-net, PAYE and UIF) and an Excel task, and should take approximately 75 minutes.

Link: https://assess.mzansimutual.co.za/start?token=[[CANDIDATE_TOKEN]]
Deadline: Friday, 20 March 2026 at 23:59

Please make sure you complete the assessment in one sitting, on a laptop or desktop computer with a stable connection.

Before you start
• You will need a calculator and access to the 2026/27 tax tables, which are provided inside the assessment.
• The payroll calculation exercise asks you to work out the net pay for five fictitious employees with different combinations of overtime, travel allowance, medical aid, retirement annuity contributions and garnishee orders. Show your workings in the boxes provided; partial marks are awarded.
• The Excel task is completed in a browser-based spreadsheet. You will be asked to reconcile a payroll report against a general ledger extract and to explain any differences you find.
• You may not use any other browser tabs while the assessment is open. The platform records when the window loses focus.

Accommodations
If you have a disability or a condition that may affect your performance in a timed assessment, please let us know before you begin so that we can discuss reasonable accommodations, such as additional time. Requesting an accommodation will not affect the outcome of your application.

Technical issues
If you experience a technical problem during the assessment, take a screenshot and email it to assessments@mzansimutual.co.za, quoting your candidate number. Do not restart the assessment without contacting us first.

What happens next
Candidates who meet the benchmark will be invited to a panel interview at our Braamfontein offices in April. All candidates will be notified of the outcome of the assessment by email.

Mzansi Mutual Assurance is an equal opportunity employer and is committed to the objectives of the Employment Equity Act. Your personal information is processed in accordance with the Protection of Personal Information Act (POPIA).

Best regards
Talent Acquisition
Mzansi Mutual Assurance`, 'Mzansi Mutual – online assessment invitation'),

  other(`Dear Naledi

This is a friendly reminder that your online assessment for the Payroll Officer position closes tomorrow, Friday 20 March, at 23:59.

Unfortunately, we are not able to extend the deadline, and applications without a completed assessment cannot be considered further. If you have already completed it, please ignore this message.

Kind regards
Talent Acquisition
Mzansi Mutual Assurance`, 'Reminder: your assessment closes tomorrow'),

  rej('assessment', ['assessment'], { ...offered },
`Dear Naledi

Thank you for completing the online assessment for the Payroll Officer position.

Your results have been evaluated against the benchmark set for this role. Unfortunately, your overall result did not meet the benchmark, and we are therefore unable to progress your application to the interview stage.

Should you wish to receive a summary of your assessment results, please reply to this email within 14 days.

We appreciate the time you invested and wish you well in your career.

Kind regards
Talent Acquisition
Mzansi Mutual Assurance`, 'Mzansi Mutual – assessment outcome'),

  other(`Hi Naledi,

Great news! We'd love to move you forward for the Payroll & Benefits Specialist role.

The next step is a 45-minute video interview with Sipho Dube (Head of People Operations) and Karin Botha (Finance Manager). Please choose a time that works for you using the link below:

Schedule your interview: https://app.greenhouse.io/schedule/[link]

They'll want to hear about your month-end process, how you handle year-end reconciliations, and any payroll system migrations you've been part of.

Looking forward to it,
Ayanda
People Team, Kudu Pay`, 'Kudu Pay – interview invitation'),

  other(`Hi Naledi,

I'm so sorry to do this. Unfortunately Karin has been called into a board meeting on Wednesday afternoon and won't be able to join your interview at 14:00.

Could we move it to Thursday 2 April at 10:30 instead? Same Google Meet link. If that doesn't work just reply with a couple of times that do and I'll make it happen.

Sorry for the shuffle, and thank you for bearing with us.

Ayanda
People Team, Kudu Pay`, 'Rescheduling your interview'),

  hold('interview', ['role_closed'], {},
`Hi Naledi,

Thank you again for your time with Sipho and Karin last Thursday. They both really enjoyed the conversation.

I wanted to give you an honest update rather than leave you hanging. Our leadership team has decided to pause new hiring for a few weeks while they finalise the budget for the second half of the year, and the Payroll & Benefits Specialist role is part of that pause. No decision has been made on your application, and you are still very much in the process.

We expect to know more by the middle of May, and I'll be in touch as soon as I have news. I'm sorry for the wait.

Warm regards,
Ayanda
People Team, Kudu Pay`, 'An update on the Payroll & Benefits Specialist role'),

  other(`LIFE AT PROTEA | April 2026

Hello Naledi,

Welcome to this month's edition of the Protea Group talent newsletter.

In this issue:
→ Meet the Finance Shared Services team in Braamfontein
→ How our graduates spent their first 100 days
→ Five tips for a standout video interview
→ Now hiring: 34 roles across Gauteng, KwaZulu-Natal and the Western Cape

You're receiving this because you joined the Protea Group Talent Community. We'll only email you about once a month.

Protea Group Ltd · Unsubscribe · Update your interests`, 'Life at Protea – April 2026'),

  rej('application', ['position_filled'], {},
`Dear Naledi,

Thank you for your interest in the Payroll Administrator position at Tshwane Freight Solutions.

We would like to inform you that the position has been filled. We appreciate the time you took to apply and wish you every success in your job search.

Kind regards,
HR Department
Tshwane Freight Solutions

Sent via CareerNest on behalf of Tshwane Freight Solutions.`, 'Update on your application: Payroll Administrator'),

  other(`Naledi, a recruiter viewed your profile

Talent Acquisition Partner at Vukani Group looked at your profile this week.

Profiles with a recent photo and a complete skills section get up to 3x more views from recruiters.

Update your profile

ProLink · You are receiving ProLink notification emails.`, 'A recruiter viewed your profile'),

  rej('application', ['location'], { ...fb },
`Hi Naledi

Thank you for applying for the Payroll Lead role at Kaapstad Wine Estates.

This position is based at our head office in Stellenbosch and requires someone on site full-time, working closely with the farm managers on the seasonal worker payrolls during harvest. As you mentioned in your application that you aren't looking to relocate from Johannesburg, we won't be moving your application forward.

Thank you for your interest and good luck with your search.

Kind regards
Elmarie van Wyk
HR Manager`, 'Payroll Lead – Stellenbosch'),

  other(`Dear Naledi

Thank you for your patience regarding your application for the Payroll Officer position.

We received an unusually high number of applications and our review is taking longer than planned. We regret the delay. We are still busy with the shortlisting process and expect to contact shortlisted candidates by the end of the month.

Kind regards
Human Resources Department
Jacaranda Wellness Group`, 'Payroll Officer – application status'),

  other(`Hi Naledi,

Thanks for applying to Lumo Payroll Tech! We've received your application for the Implementation Consultant (Payroll) role.

Our team reviews applications on a rolling basis. You'll hear from us either way within about two weeks.

The Lumo Team

Sent with Ashby`, 'We received your application'),

  rej('interview', ['internal_candidate'], { ...door },
`Dear Naledi

Thank you for attending the interview for the position of Payroll Supervisor at Ubuntu Health Network on 14 April. The panel appreciated your preparation and your thorough answers on statutory compliance.

We wish to inform you that, following the interviews, the position has been awarded to an internal candidate who has been acting in the role since January.

Your CV will be kept on our database for a period of six months, and we will contact you should a suitable vacancy arise.

Yours sincerely
Refilwe Motaung
HR Business Partner
Ubuntu Health Network`, 'Payroll Supervisor – interview outcome'),

  other(`Hi Naledi,

You recently applied for a role at Ubuntu Health Network. We'd love to hear about your experience as a candidate, whatever the outcome.

The survey takes about 3 minutes and your answers are anonymous.

How likely are you to recommend applying to Ubuntu Health Network to a friend? (0–10)
[ 0 ] [ 1 ] [ 2 ] [ 3 ] [ 4 ] [ 5 ] [ 6 ] [ 7 ] [ 8 ] [ 9 ] [ 10 ]

Thank you for helping us improve.

Candidate Experience Team`, 'How was your experience applying with us?'),

  other(`GAUTENG PROVINCIAL GOVERNMENT
DEPARTMENT OF ECONOMIC AND SMALL BUSINESS DEVELOPMENT

ACKNOWLEDGEMENT OF RECEIPT

Post: Senior Personnel Practitioner: Salaries (Ref: DESBD/2026/118)

Dear Applicant

Your application for the above post has been received.

Applicants are reminded that applications must be submitted on the new Z83 form, fully completed and signed, together with a detailed CV. Certified copies of qualifications will only be requested from shortlisted candidates. Shortlisted candidates will be subjected to a competency assessment and security vetting.

Correspondence will be limited to shortlisted candidates only. If you have not been contacted within three (3) months of the closing date, please accept that your application was unsuccessful.

Thank you.
Human Resource Management`, 'Acknowledgement – Senior Personnel Practitioner: Salaries'),

  rej('application', ['overqualified'], { ...fb, ...door },
`Dear Naledi

Thank you for your application for the position of Junior Payroll Clerk at Marabou Motors (Pty) Ltd.

After reviewing your CV we feel that, with your seven years of payroll experience, you are overqualified for this entry-level position, which is mainly focused on timesheet capturing and leave administration. We are therefore not in a position to take your application further.

We will keep your details on file should a more senior opportunity become available.

Kind regards
Marabou Motors HR`, 'Junior Payroll Clerk'),

  other(`Dear Ms Sithole

Following your application for the position of Payroll Practitioner at Eastrand Water Board, you are invited to attend an interview as follows:

Date: Tuesday, 5 May 2026
Time: 09:30
Venue: Boardroom 2, 3rd Floor, Corner Rand and Elm Streets, Kempton Park

Please bring your original ID and certified copies of your qualifications. Candidates will also complete a short practical test on the day. Kindly confirm your attendance by replying to this email by Thursday 30 April.

Regards
Recruitment Section
Human Capital`, 'Invitation to interview – Payroll Practitioner'),

  hold('application', ['role_closed'], {},
`Dear Applicant

POST: SENIOR PERSONNEL PRACTITIONER: SALARIES (REF: DESBD/2026/118)

Kindly be advised that the recruitment process for the above-mentioned post has been suspended pending the finalisation of the Department's revised organisational structure. Applications received will remain on record, and applicants will be informed once the process resumes.

We apologise for any inconvenience caused.

Human Resource Management`, 'Notice: suspension of recruitment process'),

  rej('application', ['generic'], {},
`Hi Naledi,

Thank you for your interest in the Payroll Analyst position at Nandi Outsourcing. After carefully reviewing your application, we have decided not to proceed with your candidacy at this time.

We wish you the best in your search.

Nandi Outsourcing Talent Team
This email was sent via SmartRecruiters. Please do not reply.`, 'Your application to Nandi Outsourcing'),

  other(`Hi Naledi

Quick update: I've sent your CV through to Umoya Logistics for the Payroll Manager role. I've flagged your ETI claims work and the Sage 300 People to VIP migration you ran in 2023, as those were top of their list.

The Financial Director is reviewing CVs this week and they've said they'll come back to me by Friday. I'll let you know as soon as I hear anything.

Fingers crossed!
Thabo Mahlangu
Finance Recruitment | Impala Talent`, 'CV submitted – Umoya Logistics'),

  rej('final', ['profile_mismatch'], { ...offered },
`Dear Naledi

Thank you for attending the second and final interview for the Payroll Manager role at Silverkloof Estates, and for the presentation on your approach to the annual EMP501 reconciliation.

We regret to inform you that we have decided to appoint another candidate, whose overall experience more closely matched the needs of our business at this stage.

This was a difficult decision. If you would like feedback on your interviews, please let me know and I will gladly arrange a call.

Kind regards
Charlene Pretorius
Group HR Manager
Silverkloof Estates`, 'Payroll Manager – outcome of final interview'),

  other(`Dear Naledi

Thank you for your interest in the position of Payroll Specialist with Kelvin Foods.

As part of our process, we are now at the stage of contacting references for our shortlisted candidates. Please could you confirm that we may contact the two referees listed on your CV, and provide a current email address for Mr Pieter Jacobs, as the one listed appears to be out of date?

Please also complete and sign the attached consent form for a credit and criminal record check.

Kind regards
Busi Ndlovu
Recruitment Officer, Kelvin Foods`, 'Reference check – Payroll Specialist'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
`Hi Naledi

Thanks for your time on the phone this morning.

I've spoken to the hiring manager at Dunmore Resources. They are specifically after someone who has run multi-country payrolls, including Botswana and Namibia, with the different tax tables and social security filings in each. Since your experience so far is South African payroll only, they've decided not to take you further to interview.

I know that's disappointing. I'm keeping your CV on my books, and I'll definitely come back to you with the next SA-focused payroll role I get.

Regards
Mpho Kekana
Senior Recruiter | Crestline Personnel`, 'Dunmore Resources – feedback'),

  other(`Interview confirmation

Hi Naledi,

Your interview is confirmed.

Role: Payroll Team Lead
Company: Vukani Group
When: Wednesday 13 May 2026, 11:00–12:00 (SAST)
Where: 2nd Floor, 18 Cradock Avenue, Rosebank (visitor parking on Level B1; bring your ID for access)
With: Zodwa Mabena (Payroll Manager), Ruan Steyn (HR Systems)

Need to reschedule? Use the link in your candidate portal at least 24 hours in advance.

Vukani Group Careers`, 'Interview confirmed: Payroll Team Lead'),

  other(`Hi Naledi,

I'm a recruiter at Stackhire, a specialist agency for finance and payroll contractors.

We have an urgent 6-month contract for a Payroll Consultant with a retail client in Boksburg, starting 1 June. It's R380 per hour, on site three days a week, covering monthly and fortnightly payrolls on Sage 300 People while their payroll lead is on maternity leave.

If you're interested or know someone who might be, let me know and I'll send the full spec.

Thanks,
Kyle Naidoo
Stackhire Contract Recruitment`, 'Payroll contract – Boksburg, 6 months'),

  rej('interview', ['culture_fit'], { ...fb },
`Hi Naledi,

Thank you for meeting with Zodwa and Ruan last Wednesday for the Payroll Team Lead position.

I'm sorry to let you know that we won't be moving forward with your application. The panel recognised your strong technical payroll knowledge. However, this role leads a team that is going through a lot of change, and they felt that your preference, as you put it in the interview, for working independently and "keeping your head down at month-end" would not fit with the hands-on, team-facing leadership style our payroll team needs right now.

Thank you again for your time and interest in Vukani Group.

Kind regards,
Talent Acquisition
Vukani Group`, 'Payroll Team Lead – update'),

  hold('screen', ['role_closed'], {},
`Hi Naledi

Quick update on Umoya Logistics. The Financial Director liked your CV and our call last week, but they've told me this morning that they're holding off on the Payroll Manager appointment until their new CFO starts in July, as she'll want a say in who she hires. So everything's on pause for now. Nothing has been decided and you're still in the running.

I'll chase them at the start of July and let you know.

Thabo
Impala Talent`, 'Umoya – quick update'),

  other(`New jobs for "payroll" in Gauteng

• Payroll Manager – Amandla Construction – Midrand – R55 000 – R65 000
• Payroll Specialist (VIP) – Greenhill Schools Trust – Johannesburg North – R38 000
• Payroll Practitioner – Tembisa Hospital Trust – Tembisa – Market related

View all 17 new jobs

You're receiving this job alert because you created it on CareerNest.`, 'New payroll jobs in Gauteng'),

  rej('application', ['skills_gap'], { ...fb },
`Dear Naledi Sithole

Thank you for applying for the position of Payroll Accountant at Amandla Construction.

The minimum requirements for this role include a completed BCom Accounting degree and a recognised payroll practitioner designation. Your application shows a National Diploma in Cost and Management Accounting, and we are therefore not able to consider your application further.

Kind regards
Recruitment Team
Amandla Construction Group`, 'Payroll Accountant – application outcome'),

  other(`Hi Naledi,

We've received your request to withdraw your application for the Payroll Consultant (PaySpace) role at Fynbos Outsourcing.

Your application has now been withdrawn and you won't receive any further updates about this position. If you change your mind, you're welcome to apply again while the role is still open.

Thanks,
Fynbos Outsourcing Hiring Team
Sent via Workable`, 'Your application has been withdrawn'),

  rej('interview', ['assessment'], { ...fb },
`Dear Naledi

Thank you for attending the interview and the practical test at our Kempton Park offices on 5 May.

The practical test covered a gross-to-net calculation, a termination with leave pay and a UIF declaration. Your gross-to-net was correct, but the termination calculation did not include the pro-rata bonus or apply the correct tax directive, and the panel's minimum score for the practical was not reached. Your application has therefore not been successful.

Thank you for your interest in the Water Board.

Regards
Recruitment Section
Human Capital`, 'Outcome – Payroll Practitioner'),

  other(`Hi Naledi,

Just checking in on the Boksburg contract I sent through last week. The client is keen to move quickly, so if you'd like to be put forward, could you let me know by Wednesday?

No worries at all if it's not for you.

Kyle
Stackhire`, 'Re: Payroll contract – Boksburg, 6 months'),

  other(`Dear Naledi

Congratulations! Following the review of applications for the position of Senior Payroll Administrator, you have been shortlisted for a competency-based interview.

Date: Monday, 25 May 2026
Time: 13:00
Venue: Ridgeline Security Services, 44 Lenchen Avenue, Centurion
Panel: Operations Finance Manager and HR Manager

Please bring a copy of your latest payslip and your ID. The interview will last approximately one hour.

Kindly confirm your availability.

Regards
Nomsa Shabangu
HR Administrator, Ridgeline Security Services`, 'Shortlisted: Senior Payroll Administrator'),

  other(`Dear Naledi

Thank you for your time this afternoon. It was a pleasure meeting you.

We have two more candidates to see this week, and we aim to make a decision by early next week. We'll be in touch either way as soon as we have an outcome.

Kind regards
Nomsa Shabangu
Ridgeline Security Services`, 'Thank you for coming in'),

  other(`Dear Naledi

Thank you for your references, which we have now received.

We would like to invite you to a final interview with our Managing Director, Mr Ashwin Pillay, and Financial Manager, Mrs Carol Ferreira, on Friday 29 May at 10:00 at our Isando head office.

As part of the interview you will be asked to walk the panel through how you would take over a weekly payroll of 900 hourly-paid staff in your first month, including the bargaining council submissions. There is no need to prepare slides; a one-page outline will do.

Please confirm at your earliest convenience.

Kind regards
Busi Ndlovu
Recruitment Officer, Kelvin Foods`, 'Final interview – Payroll Specialist'),

  rej('interview', ['salary'], { ...fb },
`Dear Naledi

Thank you again for attending the interview for the Senior Payroll Administrator position on 25 May.

The panel was impressed with your technical knowledge. Unfortunately, the salary you require (R46 000 per month) is considerably above the approved grade for this position, which is capped at R36 500, and the company is not able to adjust the grade at this time. For this reason we will not be proceeding with your application.

We wish you success in your career.

Regards
Nomsa Shabangu
HR Administrator
Ridgeline Security Services`, 'Senior Payroll Administrator – outcome'),

  hold('final', ['role_closed'], {},
`Dear Naledi

I wanted to let you know where things stand after your final interview and the reference checks.

Mr Pillay has had to travel to our Durban plant unexpectedly for an extended period, and he would like to make the final decision on this appointment himself. As a result the decision on the Payroll Specialist position has been put on hold until he returns, which we expect to be towards the end of June.

No decision has been taken and your application remains under consideration. Thank you very much for your patience.

Kind regards
Busi Ndlovu
Recruitment Officer, Kelvin Foods`, 'Payroll Specialist – delay in decision'),

  rej('interview', ['role_closed'], { ...door },
`Hi Naledi,

I promised to come back to you once we had clarity on the Payroll & Benefits Specialist role, and I'm sorry it's taken this long.

The leadership team has finalised the second-half budget, and the decision is to move our payroll onto an outsourced provider for the rest of the year instead of building the role in-house. That means the position has been cancelled and we won't be filling it. I know you've been waiting on us since your interview in April and this is a disappointing way for it to end.

Sipho asked me to say that he'd really like to talk to you if we bring payroll back in-house next year, and I'll make sure we reach out.

Warmly,
Ayanda
People Team, Kudu Pay`, 'Payroll & Benefits Specialist – final update'),

  other(`Hi Naledi,

Thanks for taking part in our hiring process for the Payroll & Benefits Specialist role. We're always trying to make our process better for candidates, and we'd really value two minutes of your time.

Take the survey: https://kudupay.typeform.com/to/[id]

Questions include: How clear was the communication? Did the interviewers make you feel comfortable? Anything we should do differently?

Thank you!
Kudu Pay People Team`, 'Two minutes to help us improve?'),

  rej('application', ['location'], { ...fb },
`Dear Naledi Sithole,

Thank you for your application for the position of Payroll Officer in Gaborone.

Please note that in terms of the localisation policy applicable to this position, it is open only to citizens of Botswana. As you are a South African citizen, we are unable to consider your application.

We thank you for your interest.

Yours faithfully,
Human Resources
Kgalagadi Diamond Services (Pty) Ltd`, 'Payroll Officer – Gaborone'),

  rej('screen', ['role_closed'], { ...door },
`Hi Naledi

I've finally heard back from Umoya. Their new CFO started last week and one of her first decisions was to move payroll into the group shared services centre in Cape Town, so the Payroll Manager role in Johannesburg won't be going ahead at all. They've closed it, so unfortunately there's no next step.

I'm sorry, I know you were hoping this one would come through after our call in May. I've got you top of my list for anything new, and I'll call you as soon as a suitable role lands.

Thabo
Impala Talent`, 'Umoya Logistics – role closed'),

  other(`Hi Naledi,

Your application for Payroll Specialist (VIP) at Greenhill Schools Trust has a new status.

Status: In review

The employer is looking at your application. We'll let you know if anything changes.

CareerNest`, 'Application status update: In review'),

  rej('screen', ['generic'], {},
`Hi Naledi

Thanks for your time on the phone on Tuesday. After considering all candidates, we have decided not to invite you to the next round of interviews.

Regards
Lerato
HR, Tembisa Hospital Trust`, 'Payroll Practitioner'),

  other(`Dear Naledi

We are delighted to offer you the position of Payroll Specialist at Kelvin Foods (Pty) Ltd, reporting to the Financial Manager, Mrs Carol Ferreira, based at our Isando head office.

Your remuneration will be R47 500 per month cost to company, which includes pension fund and medical aid contributions, plus a thirteenth cheque payable in December. We were not able to meet your full salary expectation of R50 000, but we hope the package and the opportunity to lead our payroll function will make this an attractive offer.

Proposed start date: 1 August 2026, subject to a satisfactory credit and criminal record check and verification of your qualifications.

Please find the formal letter of appointment attached. Kindly sign and return it by Friday 10 July.

We look forward to welcoming you to the team.

Kind regards
Ashwin Pillay
Managing Director
Kelvin Foods (Pty) Ltd`, 'Offer of employment – Payroll Specialist'),

  other(`Dear Naledi Sithole

Kelvin Foods (Pty) Ltd has requested a background screening as part of your pre-employment process.

Checks requested:
• Criminal record (fingerprint-based)
• Credit record
• Qualification verification: National Diploma in Cost and Management Accounting

Please complete your consent and upload a copy of your ID using the secure link below within 48 hours:
https://portal.verichecksa.co.za/consent/[reference]

Results are usually returned within 5 to 7 working days.

VeriCheck SA · Screening Services
This mailbox is not monitored.`, 'Action required: background screening consent'),

  rej('application', ['profile_mismatch'], {},
`Dear Naledi,

Thank you for your application for the position of Payroll Specialist (VIP) at Greenhill Schools Trust.

We have now completed the shortlisting process. We regret to advise that your application was not shortlisted, as other applicants' experience was more closely aligned with our requirements.

We wish you well in your job search.

Kind regards
Greenhill Schools Trust HR`, 'Payroll Specialist (VIP) – application outcome'),

  other(`Dear Naledi

Congratulations again on accepting our offer, and welcome to Kelvin Foods!

Your background screening has been completed successfully. Here are the details for your first day:

Date: Monday, 3 August 2026
Time: 07:30 (please report to reception)
Place: 12 Electron Avenue, Isando

Please bring your bank confirmation letter, tax number and a certified copy of your ID so that we can load you onto the payroll (we know you'll appreciate the irony). Your first week will include induction with HR, a site tour of the factory and time with Carol to hand over the July payroll.

See you soon!
Busi Ndlovu
Recruitment Officer, Kelvin Foods`, 'Welcome to Kelvin Foods – first day details'),

  rej('application', ['generic'], {},
`<html><body><div style="font-family:Arial">Dear Naledi Sithole,<br><br>Thank you for applying for the role of <b>Payroll &amp; HR Administrator</b>.<br><br>We regret to inform you that your application was unsuccessful on this occasion.<br><br>Kind regards,<br>Fourways Property Management HR<br><br><span style="font-size:9px">Please do not reply to this email. &copy; 2026</span></div></body></html>`, 'Payroll & HR Administrator'),

  other(`Hi Naledi,

We noticed you haven't joined the Sable Foods Talent Pool yet. By joining, you'll be the first to hear about new finance and HR roles across our plants in Gauteng and the Free State, get invitations to our virtual open days, and can set alerts that fit your interests.

Join the Talent Pool

Thank you for your interest in Sable Foods.

Sable Foods Careers Team`, 'Be the first to hear about new roles at Sable Foods'),

  other(`Hi Naledi,

Congratulations on your new role at Kelvin Foods!

Since you've updated your status, we've paused your job alerts. You can turn them back on at any time from your account settings.

CareerNest`, 'Congrats on your new job!'),

  other(`Dear Naledi

The Gauteng Payroll Practitioners' Forum invites you to our Payroll Year-End Masterclass.

Topics:
• What's changing in the EMP501 reconciliation this year
• Handling ETI claims correctly after the latest amendments
• Common IRP5 errors and how to avoid them

Date: Thursday, 20 August 2026, 08:30–12:30
Venue: Parktown Conference Centre (also streamed online)
CPD points: 4

Book your seat before 10 August for the early-bird rate.

Kind regards
Events Team`, 'Payroll Year-End Masterclass – Johannesburg'),

  other(`Hi Naledi,

Hope you're settling in well at Kelvin Foods! I saw your update and wanted to say congratulations.

I know you've only just started, so no pressure at all, but I'm building a network of strong payroll leads in Gauteng for a few clients who will be hiring early next year. Would you be open to a coffee sometime in October, just to stay in touch?

Best,
Ruth Okonkwo
Principal Consultant | Marlowe Finance Recruitment`, 'Congrats on the new role'),
];
