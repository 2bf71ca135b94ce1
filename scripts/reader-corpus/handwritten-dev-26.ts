/**
 * Development messages of the twenty-sixth round, never sealed: rejections from about a hundred different employers,
 * vendors and template sites at every stage — automatic mails from applicant tracking systems, letters from HR
 * template sites (some with the placeholders still in), agency recruiters, hiring managers and founders writing by
 * hand, universities, the public sector, retail, hospitality, logistics, finance, technology and charities, in
 * British, American, Indian, Australian, South African and second-language English. Interviews go by many names
 * ("conversation", "chat", "time with the team"); reasons are stated in passing inside long sentences; feedback and
 * open doors are buried mid-letter, beside refusals of feedback and praise that says nothing specific; a few paused
 * processes and look-alikes close the batch.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d26-');

const noreply = '\n\nPlease do not reply to this email. This mailbox is not monitored.';
const workday = '\n\nThis is a system-generated message from our careers portal. You can view the status of your applications by signing in to your candidate home.';
const lever = '\n\nSent with Lever';
const teamtailor = '\n\n—\nPowered by Teamtailor · You can manage your personal data at any time from the link in your candidate profile.';
const sa = '\n\nKind regards\nTalent Acquisition\nThis email and any attachments are confidential. POPIA notice: your personal information is processed in accordance with our privacy policy.';
const inRegards = '\n\nWarm Regards,\nHR Team';

export const HANDWRITTEN_DEV_26: readonly CorpusLine[] = [
  // ── application stage, automatic mails
  rej('application', ['generic'], {},
    `Dear Priyanka,

Thank you for applying for the Customer Success Associate role at Brightwell Software. We received a large number of applications and, after reviewing yours, we will not be moving forward at this time.

We appreciate your interest in Brightwell and wish you well.

The Brightwell Talent Team${noreply}`, 'Update on your Brightwell application'),
  rej('application', ['profile_mismatch'], { ...door },
    `Hello Tomasz,

Thanks so much for your interest in joining Kitework as a Backend Engineer. Our team took a careful look at your background and, although there is a lot to like, we don't think it's the right match for this particular opening, so we're going to pass for now.

Roles change quickly here, and we'd genuinely love to see your name again if something on our careers page catches your eye later on.

Cheers,
Kitework Recruiting${lever}`, 'Kitework — Backend Engineer'),
  rej('application', ['generic'], {},
    `Dear Applicant,

Reference: REQ-20931 Warehouse Operative (Nights), Daventry

Thank you for your recent application. We regret to inform you that on this occasion your application has not been successful.

Due to the high volume of applications we receive we are unable to provide individual feedback.

Yours sincerely,
Recruitment Services
Northgate Logistics${workday}`, 'Your application REQ-20931'),
  rej('application', ['skills_gap'], { ...fb },
    `Hi Jordan,

Thank you for applying to the Payroll Specialist opening at Corvid Health. We had a strong field, and since this position calls for hands-on experience running multi-state payroll in ADP, which we didn't see in your resume, we have decided not to advance your application.

We wish you success in your search.

Corvid Health Talent Acquisition`, 'Payroll Specialist - Application Update'),
  rej('application', ['location'], { ...fb },
    `Hi Emeka,

Thanks for applying for the Field Service Technician role. Unfortunately this role requires the successful candidate to already hold the right to work in Australia, and since your application indicates you would need visa sponsorship we can't progress it on this occasion.

All the best,
Recruitment | Southern Cross Utilities`, 'Field Service Technician - Perth'),
  rej('application', ['generic'], { ...door },
    `Hi Sophie,

We just wanted to let you know that we've decided to progress with other applicants for the Junior Designer position at Studio Hallam.

We'll keep your details in our talent pool for twelve months and reach out should a suitable role come up.

Best wishes,
Studio Hallam${teamtailor}`, 'Junior Designer at Studio Hallam'),
  rej('application', ['position_filled'], {},
    `Dear Ravi,

Thank you for your application for the post of Library Assistant (Grade 3), ref LIB-118.

We are writing to let you know that this vacancy has now been filled and so we will not be taking your application further. We are grateful for the interest you have shown in working for the Council.

Yours sincerely

People Services
Harrowgate Borough Council`, 'Library Assistant LIB-118'),
  rej('application', ['role_closed'], {},
    `Hi Ana,

I'm writing about the Marketing Coordinator role you applied for last month. Following a review of our budget for the coming year the company has decided not to fill this position, and the vacancy has been withdrawn. As a result we won't be progressing any applications, including yours.

I'm sorry for any disappointment this causes, and thank you for your interest.

Regards,
Claire Dunmore
HR Advisor, Pelham Foods`, 'Marketing Coordinator vacancy'),
  rej('application', ['profile_mismatch'], {},
    `Dear Mr. Okafor,

Thank you for the interest you have shown in the position of Credit Risk Analyst with Union Meridian Bank.

We have carefully reviewed your application against the requirements of the role. Unfortunately, we have identified other candidates whose profiles are better aligned to the position and will therefore not be taking your application forward.

We wish you every success in your future career.

Kind regards,
Union Meridian Bank Recruitment`, 'Credit Risk Analyst'),
  rej('application', ['generic'], {},
    `Hi [Candidate Name],

Thank you for taking the time to apply for the [Job Title] position at [Company Name]. We appreciate your interest in joining our team.

After careful consideration, we regret to inform you that we have chosen to move forward with other candidates for this role.

We wish you the best of luck in your job search.

Sincerely,
[Your Name]
[Your Title]`, 'Your application for [Job Title]'),
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Lerato,

Thank you for applying for the Graduate Actuarial Analyst programme.

We have reviewed your application and regret that we cannot take it further, as the programme requires a minimum of two actuarial exams passed at the time of application and we could not find these in your submission.

You are welcome to apply for next year's intake once you have met this requirement.${sa}`, 'Graduate Actuarial Programme 2027'),
  rej('application', ['generic'], {},
    `Hello,

Thanks for applying to the Barista role at Oak & Ember. We had loads of applications for this one and unfortunately yours wasn't picked to go through to a trial shift.

Cheers,
The Oak & Ember crew`, 'Barista - Oak & Ember Shoreditch'),
  rej('application', ['overqualified'], { ...fb },
    `Hi Daniel,

Thank you for your application for the Office Administrator role. Having read through your CV, it's clear you've run operations for much larger teams, and the role as it stands is quite an entry-level one, so we feel your experience goes well beyond what it would offer you. For that reason we've decided not to take your application further.

Best wishes,
Sasha
Office Manager, Twelve Bridges Architects`, 'Office Administrator'),
  rej('application', ['profile_mismatch'], {},
    `Dear Candidate,

Greetings from Nakshatra Technologies Pvt Ltd.

This has reference to your application for the post of Senior Java Developer. We have gone through your profile in detail, however we regret to inform that your profile is not matching with our current requirement. Hence we are unable to proceed further with your candidature.

We wish you all the best for your future endeavours.${inRegards}
Nakshatra Technologies, Bengaluru`, 'Regarding your application - Senior Java Developer'),
  rej('application', ['generic'], { ...door },
    `Hi Chloe,

Thank you for your interest in Harbourline Hotels and for applying for the Front Office Supervisor position.

We have now completed our review of applications and unfortunately you have not been selected for the next stage. We do encourage you to keep an eye on our careers page and apply for other roles in the group that interest you.

Kind regards,
Harbourline Hotels People Team`, 'Front Office Supervisor application'),
  rej('application', ['skills_gap'], { ...fb },
    `Hello Martín,

Many thanks for your interest in the position of Sales Representative DACH at Velora GmbH.

Unfortunately we must inform you that we cannot consider your application further. For this position fluent German at C1 level is essential, as the role involves daily calls with customers in Germany, Austria and Switzerland, and your application shows German at a basic level only.

We wish you all the best for your further career.

Kind regards
Your Velora Recruiting Team
—
Sent via Personio`, 'Your application as Sales Representative DACH'),
  rej('application', ['internal_candidate'], {},
    `Dear Grace,

Thank you for applying for the Programme Officer role at Riverlight Trust. I'm writing to let you know that the post has been filled by an existing member of staff through our internal recruitment process, so we won't be considering external applications further.

Thank you again for your interest in our work.

With best wishes,
Helen Marsh
HR & Volunteering Manager
Riverlight Trust — Registered charity no. 1102233`, 'Programme Officer'),
  rej('application', ['generic'], {},
    `Dear Jamal,

RE: Application for Store Assistant – Leeds White Rose

Thank you for your recent application. After reviewing all applications we regret that you have not been shortlisted on this occasion.

Thank you for your interest in working with us.

Retail Recruitment Team`, 'Your application'),
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Freya,

Thanks a lot for applying to be our first Operations Lead at Pollen. I read your application myself. Honestly, I don't think your background and what we need at this stage line up, so I'm going to say no for this one rather than keep you waiting.

If we open a role closer to what you've done before I'll be sure to ping you.

Nadia
Co-founder, Pollen`, 'Pollen — Operations Lead'),
  rej('application', ['salary'], { ...fb },
    `Hi Kwame,

Thanks for applying for the Senior Accountant role. We went through your application with interest, but the salary expectation you put on your form is quite a bit above the range we have budgeted for this position, so we won't be moving forward with it.

Good luck with your search.

Recruitment Team
Fairweather & Co Chartered Accountants${workday}`, 'Senior Accountant - your application'),
  rej('application', ['generic'], { ...offered },
    `Dear Mei,

Thank you for your application to the Research Assistant post (ref. 4471-SCI) in the School of Biosciences.

The selection panel has now met and shortlisted candidates for interview. I am sorry to tell you that you have not been shortlisted on this occasion. Should you wish to receive feedback on your application, please contact the recruiting department directly.

Yours sincerely,
HR Services
University of Aldermoor`, 'University of Aldermoor - Research Assistant 4471-SCI'),
  rej('application', ['position_filled'], {},
    `Hi Noah,

Thanks for your interest in the Delivery Driver opening. We've had a great response and the positions have now been filled. We won't be moving ahead with your application on this occasion.

Kind regards,
Dispatch Team | QuickRoute Couriers
—
Sent via Breezy HR`, 'QuickRoute - Delivery Driver'),
  rej('application', ['skills_gap'], { ...fb },
    `Dear Siddharth,

Thank you for applying to the Cloud Security Engineer role at Halvard Systems.

We've reviewed your application carefully. This role needs at least five years of experience securing production AWS environments, and while your background in network administration is solid, we felt you were a little short of that bar for now. We have therefore decided not to progress your application.

Best regards,
Halvard Systems Talent Acquisition
Powered by SmartRecruiters`, 'Halvard Systems: your application'),
  rej('application', ['generic'], {},
    `Hi there,

Thank you for your interest in the Graphic Designer role with us. We had a really competitive pool of applicants and, after careful review, we've decided to focus on other candidates at this time.

Warmly,
The Hiring Team at Sundial Creative
—
Sent with Ashby`, 'An update on your application'),
  rej('application', ['location'], { ...fb },
    `Dear Olumide,

Thank you for your interest in the Customer Operations Specialist position. As mentioned in the job description, this role is fully office-based in our Cape Town office five days a week. Since you indicated you are looking for a fully remote position, we have unfortunately decided not to proceed with your application.${sa}`, 'Customer Operations Specialist'),
  rej('application', ['generic'], {},
    `Dear Lukas,

thank you very much for your application and for your interest in our company. Unfortunately, we have to inform you that we decided for other candidates. Please understand that we cannot give detailed reasons for our decision.

We return your documents with this mail as a deletion confirmation and wish you all the best for your future way.

Best regards
Brandt Maschinenbau GmbH
Human Resources`, 'Your application as Mechanical Design Engineer'),
  rej('application', ['profile_mismatch'], {},
    `Hi Bella,

Thank you for your application for the Account Executive role. We really appreciate you thinking of us.

After reviewing your experience, we have decided to prioritise candidates whose experience is more closely aligned with the requirements of this role at this time.

Best,
Recruiting @ Nimbus Pay`, 'Nimbus Pay | Account Executive'),
  rej('application', ['role_closed'], { ...door },
    `Hi Kasia,

I wanted to reach out personally about the Data Engineer position you applied for. Unfortunately the role has been put on hold indefinitely following a restructure of the analytics team, so we're closing all applications for it, including yours.

I'm sorry not to have better news. If the role reopens, we'll get in touch with you first, as your application was one we were keen on.

Best,
Tom Galloway
Talent Partner, Orbis Media`, 'Data Engineer role update'),
  rej('application', ['generic'], {},
    `Dear Fatima Al-Sayed,

Thank you for submitting your application for Staff Nurse - Ward 7 (Job reference: 331-NUR-4471).

We regret to inform you that on this occasion you have not been shortlisted for interview. Shortlisting is based on the information provided in your application form.

Thank you for your interest in this post.

Recruitment Team
NHS Jobs`, 'NHS Jobs - Staff Nurse - Ward 7'),
  rej('application', ['skills_gap'], { ...fb },
    `Hello Ngozi,

Thank you for your application for Teaching Assistant (SEN). The post requires a Level 3 qualification in supporting teaching and learning, and as you do not currently hold this or an equivalent, we are unable to shortlist you for interview.

Yours sincerely,
Mrs J Pemberton
School Business Manager
Wyvern Academy Trust`, 'Teaching Assistant (SEN) vacancy'),
  rej('application', ['generic'], { ...door },
    `G'day Liam,

Thanks heaps for applying for the Retail Team Member role at our Chadstone store. We've had an overwhelming number of applicants and unfortunately we won't be taking your application further this time round.

We'd love you to keep an eye on our careers site and have another go in the future.

Cheers,
Talent Team | Bluegum Outfitters`, 'Bluegum Outfitters application'),
  rej('application', ['skills_gap'], { ...fb },
    `Dear Hyun-woo,

We appreciate your interest in the Clinical Research Associate position at Avalen Therapeutics.

Our hiring team reviewed your application alongside the requirements of the role. Although your laboratory background is impressive, we are looking for someone with direct experience monitoring clinical trial sites under GCP, and we felt other candidates were a closer fit for what we need. We will not be moving forward with your candidacy.

Sincerely,
Avalen Therapeutics Human Resources
iCIMS Talent Platform`, 'Your Candidacy - Clinical Research Associate'),
  rej('application', ['generic'], {},
    `Hello Pedro,

Thank you for applying. After reviewing your application for the Logistics Coordinator role, we have decided not to move forward. We wish you luck.

Regards,
Talent Team
—
JazzHR`, 'Logistics Coordinator'),
  rej('application', ['generic'], {},
    `Dear Eleanor,

Many thanks for your application for the role of Events Officer. I'm afraid you have not been successful in being selected for interview. Please accept our thanks for the time and effort you put into your application.

We are not able to offer feedback at the application stage.

Best wishes,
Recruitment, Kingsmere Museum Trust`, 'Events Officer - outcome'),
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Arjun,

Thank you for reaching out about the Product Manager role at Lumio. I've gone through your profile and while you clearly have strong product chops, it isn't quite the match for this role, which sits very close to our hardware team.

We're growing fast, so please do keep an eye out for future PM openings — we'd be happy to hear from you again.

Best,
Rachel, Talent @ Lumio`, 'Re: Product Manager at Lumio'),
  rej('application', ['generic'], {},
    `Dear applicant,

Thank you for your application for the position of Trainee Accountant at Ferris Whitcombe LLP. We regret that we will not be progressing your application to the next stage of our selection process.

Ferris Whitcombe LLP Graduate Recruitment

Pinpoint ATS | Unsubscribe from job alerts`, 'Trainee Accountant - your application'),
  rej('application', ['position_filled'], { ...door },
    `Hi Maya,

Thanks for sending over your CV for the Sous Chef position. We actually offered the job to someone last week and they've accepted, so it's no longer open. Sorry I didn't get back to you sooner.

Keep an eye on our socials though, we'll be hiring for the new site in spring and I'd be glad to see your application then.

Ben
Head Chef, The Salt House`, 'Re: Sous Chef'),
  rej('application', ['generic'], {},
    `Dear Kofi,

Thank you for your interest in the Graduate Scheme at Carrow Engineering.

We have had an exceptional response this year and, unfortunately, we are unable to invite you to the next stage of the process. We appreciate this will be disappointing news.

Graduate Recruitment Team`, 'Carrow Engineering Graduate Scheme - update'),
  rej('application', ['skills_gap'], { ...fb },
    `Hi Zoe,

Thanks for putting yourself forward for our Senior Frontend Engineer opening. We looked at your application closely. We're specifically after someone who has led a large TypeScript and React codebase in production, and your experience so far looks mainly to be in Angular, so we've decided not to move forward at this point.

Thanks again,
Anouk
Engineering Manager, Tessellate`, 'Tessellate Senior Frontend Engineer'),
  rej('application', ['generic'], {},
    `Dear Ahmed,

We would like to thank you for your interest in the position of Accounts Payable Clerk. We have received many applications from qualified candidates and, after careful consideration, we regret to inform you that your application has not been selected for further consideration.

This email was sent from an unattended mailbox.

Oracle Taleo | Halberd Group Careers`, 'Halberd Group - Application Status'),

  // ── screening calls
  rej('screen', ['generic'], {},
    `Hi Rosa,

Thanks again for taking the time to speak with me on Monday about the Inside Sales role. I've now caught up with the hiring manager and, after reviewing everyone we spoke to, we've decided not to move you forward to the next round.

Wishing you all the best,
Imogen | Talent Acquisition, Cardinal Freight`, 'Inside Sales - next steps'),
  rej('screen', ['salary'], { ...fb },
    `Hi Patrick,

Thanks for the call yesterday, it was great to hear about your time at Fenwick. Having spoken with the hiring manager, I'm afraid the number you mentioned for base salary is well outside what the team can offer for this level, and they've decided not to progress. If your expectations shift at all, let me know and I'll happily revisit.

Best,
Leah`, 'Following up on our call'),
  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Chidi,

It was lovely chatting with you on Thursday. I've shared my notes with the team and, on reflection, we don't think the role as it is currently shaped is the right fit for your experience, so we won't be moving to the next stage.

I'll keep your details on file and would be glad to reconnect when we open roles on the platform side.

Warm regards,
Ella Kiernan
Recruiter, Stackwise`, 'Our chat on Thursday'),
  rej('screen', ['location'], { ...fb },
    `Hi Simone,

Thank you for jumping on a quick call with me earlier this week. After discussing with the team, I'm afraid they need this person in the Manchester office at least three days a week, and as you mentioned you're not able to relocate from Bristol, we won't be able to progress your application.

Sorry it's not better news.

Josh
Recruitment Consultant, Halcyon Talent`, 'Manchester hybrid role'),
  rej('screen', ['generic'], { ...offered },
    `Dear Vikram,

Thank you for the telephonic discussion you had with our HR team for the position of Area Sales Manager. We regret to inform that we will not be taking your profile forward in the process. In case you wish to get some feedback from the discussion, please feel free to reply to this mail.

All the best.${inRegards}
Sudarshan Agro Ltd.`, 'Area Sales Manager - status'),
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Harriet,

Thanks for your time on our intro call on Wednesday. I enjoyed hearing about your work in events. Having thought about it and talked it over with Marco, we've decided not to move forward, mainly because the role needs strong hands-on experience with Salesforce Marketing Cloud from day one and that isn't something you've worked with yet.

Wishing you the best with your search,
Jess Lowe
People Partner, Vantage Events`, 'Vantage Events - intro call'),
  rej('screen', ['generic'], {},
    `Hello Samuel,

We appreciate you taking the time to talk with our recruiter about the Implementation Consultant opportunity. After careful consideration, we will not be moving forward with your candidacy at this time.

Thank you for your interest in Pathwell.

Pathwell Talent Acquisition${noreply}`, 'Pathwell Candidacy Update'),
  rej('screen', ['culture_fit'], { ...fb },
    `Hi Dominic,

Thanks for the phone screen on Tuesday. I've talked it through with the founders and I'll be honest with you: we're a very small, very scrappy team, and from our chat it sounded like you do your best work with a lot of structure and clear process around you, which isn't something we can offer right now. So we're going to pass on this one.

Genuinely appreciated the conversation.

Ollie`, 'phone screen follow up'),

  // ── assessment
  rej('assessment', ['assessment'], { ...fb },
    `Hi Ines,

Thank you for completing the take-home exercise for the Data Analyst role. The team reviewed your submission and, while the SQL was clean, the analysis stopped short of answering the main business question about churn, and the write-up didn't include any recommendations. For that reason we won't be moving forward to the interview stage.

Thanks for the effort you put in.

Best,
Marek
Analytics Lead, Fieldbook`, 'Take-home exercise feedback'),
  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the online assessment for the Graduate Programme at Whitlock Insurance.

We regret to inform you that your results did not meet the threshold required to progress to the next stage of our recruitment process. We will not be able to provide individual feedback on test results.

Graduate Recruitment Team
Whitlock Insurance${noreply}`, 'Whitlock Graduate Programme - Online Assessment Result'),
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Rahul,

Thanks for taking the HackerRank challenge for our SDE-1 opening. You solved the first problem fully, but the second and third submissions failed most of the hidden test cases on larger inputs, so we are not able to move you to the interview rounds this time.

You can reapply after six months and we would be happy to see your application again.

Regards,
Campus Hiring Team
Tarang Labs`, 'Tarang Labs SDE-1 - coding test result'),
  rej('assessment', ['generic'], {},
    `Dear Olivia,

Thank you for completing the written task as part of your application for the Policy Officer role. The panel have now assessed all submissions and I am sorry to let you know that you have not been invited to interview.

Yours sincerely,
Resourcing Team
Department for Rural Affairs`, 'Policy Officer - written task outcome'),
  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Jonas,

Thank you for the design challenge you sent over for the Product Designer role. The visual polish was lovely, but the brief asked for the onboarding flow to be tested with users and the submission didn't show any research or iteration. Combined with the fact that other candidates came with more B2B product experience, we've decided not to go further.

Good luck with everything,
Clara
Design Manager, Ledgerly`, 'Design challenge'),
  rej('assessment', ['assessment'], {},
    `Dear Thandiwe,

Thank you for completing the psychometric assessments for the Management Trainee position. Unfortunately, your results were not within the range required for this position and we will not be proceeding with your application.${sa}`, 'Management Trainee Programme - assessment outcome'),
  rej('assessment', ['generic'], { ...offered },
    `Hi Connor,

Thank you for submitting the case study for the Commercial Analyst role. We had a really strong set of submissions and after reviewing them, we have decided not to invite you to the next round.

If it would be useful, I'm happy to share the panel's notes on your case study — just reply to this email.

Best,
Priya
Talent Partner, Hollins Retail Group`, 'Commercial Analyst - case study'),
  rej('assessment', ['assessment'], { ...fb },
    `Hello Yusuf,

Thanks for completing the typing and data-entry test last week for the Claims Administrator role. We need a minimum of 45 words per minute with 98% accuracy for this position, and your result was 38 wpm, so we are unable to progress your application on this occasion.

Thank you for your interest.

Recruitment Team
Linden Mutual`, 'Claims Administrator test result'),
  rej('assessment', ['role_closed'], {},
    `Hi Beatriz,

Thanks for completing the coding exercise for the iOS Engineer role. I'm really sorry to tell you this after you put in the time, but the company has just announced a hiring freeze across engineering and the role has been closed, so we can't take your application forward.

Apologies again,
Mateo
Technical Recruiter, Pinecrest`, 'iOS Engineer - role update'),
  rej('assessment', ['position_filled'], {},
    `Dear Abdul,

Thank you for completing the pre-employment background screening and reference check. Unfortunately, while this was in progress the hiring manager filled the position, and we are therefore unable to proceed with your application.

We apologise for the inconvenience.

Onboarding & Recruitment
Pryor Facilities Management`, 'Your application - Site Supervisor'),

  // ── interviews, under many names
  rej('interview', ['generic'], {},
    `Hi Hannah,

Thank you so much for the time you spent with the team on Friday. Everyone enjoyed meeting you. We've now finished our conversations with all the candidates and have decided to move forward with someone else for the Content Lead role.

All the very best,
Georgia
Head of Marketing, Fable & Finch`, 'Content Lead'),
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Ravi,

I really appreciated our conversation last Tuesday about the Site Reliability Engineer role. After comparing notes, the team felt that your experience with Kubernetes at scale wasn't yet deep enough for the on-call responsibilities this role carries, so we won't be moving forward.

You clearly have a strong foundation, and I'd encourage you to apply again in a year or so; I'd be glad to speak with you then.

Best,
Hugo Lindqvist
Engineering Manager, Northwind Cloud`, 'SRE conversation'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Aisha,

Thank you for meeting with us last week to discuss the position of Finance Business Partner. We enjoyed speaking with you and learning about your experience.

Following careful consideration, we have decided to proceed with a candidate whose experience more closely matches our current needs.

Thank you once again for your interest in Greyfield Group.

Yours sincerely,
Greyfield Group Human Resources`, 'Finance Business Partner'),
  rej('interview', ['generic'], { ...offered },
    `Hi Callum,

Thanks for coming in to chat with Sam and me on Wednesday about the Assistant Manager role. We really enjoyed it. It was a tough one, but we've gone with another candidate this time.

If you'd like to hear a bit more about how we made the decision, give me a ring at the shop any afternoon and I'm happy to talk it through.

Best wishes,
Lorna
Store Manager, Hearth & Home`, 'Assistant Manager - thanks for coming in'),
  rej('interview', ['culture_fit'], { ...fb },
    `Hi Kenji,

Thanks again for the time you spent speaking with our team. After the discussions, we felt that the way you like to work, mostly independently and with long periods of deep focus, doesn't quite suit this role, which is very collaborative and involves a lot of pairing and daily check-ins with the customer team. We've decided not to proceed.

Best wishes,
Recruitment at Openfold`, 'Openfold - next steps'),
  rej('interview', ['generic'], {},
    `Dear Nomvula,

Thank you for attending the interview for the position of Communications Officer. Unfortunately, we regret to advise that your application was unsuccessful.

We thank you for your interest and wish you success in your future endeavours.${sa}`, 'Communications Officer - interview outcome'),
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Ella,

Thank you for your time on the video call with Aoife and Raj. They enjoyed hearing about your projects, and it was a close decision, but they felt the role needs someone who's already confident running paid social budgets of this size, and that was the area where your examples were thinnest. So we're not going to progress.

If you'd like any more detail, I'm very happy to set up a quick call.

Thanks,
Tamsin
Talent, Wrenfield`, 'Your video interview with Wrenfield'),
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hey Diego,

Thank you for meeting the team on Monday. We really liked you, and I want to be upfront: the feedback was that your background skews a bit more towards agency work than the in-house role we're hiring for, so we're going to go in a different direction.

That said, I'd genuinely like to stay in touch. We'll be hiring a couple more people in the new year and I'll reach out when we do.

Cheers,
Farah`, 'Monday'),
  rej('interview', ['generic'], {},
    `Dear Mr. Petrov,

We would like to thank you for the interview held with the hiring team for the position of Quality Engineer. After careful consideration of all candidates, we inform you that we have decided to continue with other candidate for this position.

We wish you all the best in your professional life.

Best regards,
HR Department
Kovar Automotive s.r.o.`, 'Quality Engineer - result of selection'),
  rej('interview', ['internal_candidate'], {},
    `Hi Amara,

Thanks so much for taking the time to interview with us for the Learning & Development Manager position. I wanted to let you know that we have decided to appoint an internal colleague who has been covering the role for the past six months.

Thank you for your interest and for the care you put into your preparation.

Best regards,
Jonathan Reyes
HR Business Partner`, 'L&D Manager'),
  rej('interview', ['generic'], {},
    `Hi Will,

Thanks for making the time to chat with Dana last week. We've had a lot of strong candidates and have decided not to move forward with your application at this point.

Best,
The Hiring Team at Quillmark
—
Sent from Workable`, 'Quillmark: an update on your application'),
  rej('interview', ['skills_gap'], { ...fb },
    `Hello Anjali,

Thank you for interviewing with us for the Business Analyst opening. The panel were impressed with your communication and stakeholder skills. We have however decided to move ahead with another candidate whose background was closer to ours, as we are looking for somebody with prior experience in insurance claims systems, which we could not see in your profile.

We wish you the very best.

Regards,
Talent Acquisition
Pranav Insurance Services`, 'Interview outcome - Business Analyst'),
  rej('interview', ['position_filled'], {},
    `Dear Michael,

Thank you for your interest in the position and for meeting with us last Thursday. We were impressed by your professionalism and your enthusiasm for the role. After much deliberation we have decided to offer the role to another applicant.

We wish you every success in your career.

Yours sincerely,
Anita Kaur
Practice Manager, Eastfield Dental`, 'Dental Receptionist position'),
  rej('interview', ['location'], { ...fb },
    `Hi Sebastián,

Thank you for speaking with the team about the Solutions Engineer role. Everyone enjoyed the conversation. Since our call, legal has confirmed that we can't currently employ people based in Argentina through our entity setup, and as this role needs to be a direct hire, we aren't able to continue the process.

I'm sorry, I know that isn't about you at all.

Regards,
Nora
Recruiting, Fathom Data`, 'Solutions Engineer'),
  rej('interview', ['generic'], { ...door },
    `Hi Tanvir,

Thank you for speaking with us during the interview process for the Research Engineer position. After careful consideration, we have decided not to move forward with your application at this time.

We appreciate your interest and encourage you to apply to future roles that match your skills and experience.

Best regards,
The Aster AI Recruiting Team`, 'Aster AI - Research Engineer'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Ms. Adeyemi,

Further to your interview on 14 November for the post of Senior Lecturer in Law, I am writing to inform you that the panel has decided not to offer you the post. The panel felt that other candidates better met the criteria in the person specification.

I would like to thank you for your interest in the University.

Yours sincerely
Professor A. Whitfield
Chair of the Appointment Panel`, 'Senior Lecturer in Law'),
  rej('interview', ['generic'], {},
    `Hi Ayo,

Just a quick note to say thanks for coming in for a chat yesterday. Unfortunately we've decided to go with someone else for the bar supervisor job. Best of luck with everything.

Maggie
The Fox & Lantern`, 'bar job'),
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Freddie,

Many thanks for the time you gave us on Tuesday. The team liked your energy, but one thing that came up in our debrief was the commercial side: this role owns pricing negotiations with suppliers, and in the interview you mentioned you hadn't been responsible for a P&L or supplier contracts before. For that reason we're not going to progress you further.

Kind regards,
Martha Quinn
Category Director, Fenland Foods`, 'Category Manager interview'),
  rej('interview', ['generic'], { ...offered },
    `Dear Lwazi,

Thank you for taking the time to meet with the panel regarding the Project Accountant vacancy. We regret to inform you that you were not successful on this occasion. Feedback is available on request by contacting the recruitment consultant.${sa}`, 'Project Accountant vacancy'),
  rej('interview', ['role_closed'], {},
    `Hi Maria,

Thank you again for the time you spent with our team over the last few weeks. I'm sorry to say that, following a change in business priorities, the Head of Partnerships role has been removed from the hiring plan, so we won't be continuing the process with you or any other candidate.

I wish I had better news.

Rebecca
Talent Director, Skylark Mobility`, 'Head of Partnerships'),
  rej('interview', ['generic'], {},
    `Hi Jack,

Following your interview last week for the Apprentice Electrician role, I'm sorry to let you know that you haven't been successful this time. We had some really strong applicants and it was a hard decision.

Best of luck,
Sarah
Office Manager, Brightspark Electrical Ltd`, 'Apprenticeship interview'),
  rej('interview', ['overqualified'], { ...fb },
    `Hi Helen,

Thanks for meeting with me and Gavin. It was a genuinely interesting conversation. Having reflected, we both felt that with fifteen years of leadership behind you, this team lead role would feel very limited and you'd outgrow it quickly, so we've decided not to take things further.

Best wishes,
Ruth`, 'Team lead role'),
  rej('interview', ['generic'], {},
    `Good afternoon Rohan,

Thank you for your time in the interview for the role of Operations Executive. We have reviewed all profiles and would like to inform that we will not be moving ahead with your candidature for this opening.

Regards,
HR - Vistara Logistics`, 'Operations Executive'),
  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Leila,

Thank you for the conversation with our hiring manager about the Senior HR Generalist role. We really appreciated your openness. We've reviewed the interviews and, in the end, decided to proceed with candidates whose experience is a closer fit for this role. We would like to keep your profile in our talent community for future opportunities.

Best regards,
People Team, Solvea
— Sent via Recruitee`, 'Senior HR Generalist at Solvea'),
  rej('interview', ['generic'], {},
    `Dear Ibrahim,

Thank you for meeting with us to discuss the Legal Counsel position. We received a very strong response and, after careful consideration, we have decided not to proceed with your application.

Kind regards,
Human Resources
Marlowe & Vance`, 'Legal Counsel - Marlowe & Vance'),
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Nikhil,

Thanks for the discussion with our engineering team on Friday. We have decided not to proceed, as the role needs solid experience in embedded C on real-time systems and in the technical discussion your background came across as mostly application-level.

Best,
Recruiting Team, Korvo Robotics`, 'Korvo Robotics - Embedded Engineer'),

  // ── final rounds, onsites, assessment centres, last two
  rej('final', ['position_filled'], { ...door },
    `Hi Elif,

Thank you for spending the day with us at the onsite for the Product Analyst role. I know it was a long day and you were brilliant throughout. It was a really close call, but we have decided to extend an offer to another candidate.

We'd love to stay in touch, and I'll reach out when a similar role opens up.

Best,
Nicola
Recruiting Lead, Brightloop`, 'Brightloop onsite'),
  rej('final', ['profile_mismatch'], {},
    `Dear Gareth,

Thank you for attending the final interview for the role of Director of Finance. The panel met after the interviews and agreed to appoint a candidate whose experience was more closely aligned to the immediate priorities of the organisation.

Thank you for the considerable time and effort you have committed to our process.

Yours sincerely,
Sarah Whitmore
Chief Executive, Ashbrook Housing Association`, 'Director of Finance - final interview outcome'),
  rej('final', ['generic'], { ...offered },
    `Dear Precious,

Thank you for participating in the assessment centre for our Graduate Leadership Programme. Unfortunately, you have not been successful in securing a place on the programme this year.

Should you wish to receive feedback on your performance at the assessment centre, please reply to this email within 14 days.${sa}`, 'Graduate Leadership Programme - assessment centre outcome'),
  rej('final', ['skills_gap'], { ...fb },
    `Hi Lars,

I wanted to call, but since I couldn't reach you I'm putting it in writing. You were one of the last two candidates for the Head of Data role and everyone who met you was impressed. In the end the decision came down to depth of experience managing a team of data scientists: the other candidate has led a team of ten for several years, and that's what the board felt the role needs right now.

Best,
Caroline
CEO, Wayfarer Health`, 'Head of Data'),
  rej('final', ['generic'], {},
    `Dear Tomás,

Thank you for attending the final round of interviews for the position of Senior Auditor. We regret to inform you that you have not been selected for the position.

Thank you for your interest in our firm.

Yours faithfully,
Recruitment Department
Haldane Partners`, 'Senior Auditor - final round'),
  rej('final', ['position_filled'], {},
    `Hi Aaliyah,

Thanks for all your time through the process, and for sending your references over so quickly after the final interviews. I'm sorry to say that while we were finishing the checks, our first-choice candidate accepted the offer, so the position is now filled.

Really sorry to share this at such a late stage.

Best,
Dylan
People Operations, Cobalt Grid`, 'Update'),
  rej('final', ['culture_fit'], { ...fb, ...offered },
    `Hi Matteo,

Thank you for making the trip to our studio for the final round. The work in your portfolio is excellent, and the design critique went well. Where we landed, though, is that the team felt your approach to feedback sessions was more directive than the collaborative way we run critiques here, so we've decided not to make an offer.

Happy to talk this through on a call if that would help.

Sophie
Creative Director, Marrow`, 'Final round at Marrow'),
  rej('final', ['generic'], {},
    `Dear Shreya,

Thank you for your participation in the final round of interviews for the role of Associate Product Manager. After a very close decision, we regret to inform you that we will not be extending an offer.

We wish you all the best in your career.

Talent Acquisition
Ekatva Digital`, 'Associate Product Manager - Final Round'),
  rej('final', ['internal_candidate'], {},
    `Hi Joe,

Thanks so much for coming back for the second and final interview last week. We had a really tough decision to make, and in the end we've offered the position to a member of our existing team who applied for it internally.

I know that's disappointing after getting so far. Thank you for your patience with us.

Kind regards,
Eve Hamilton
Operations Director, Clearwater Leisure`, 'Duty Manager - final interview'),
  rej('final', ['generic'], { ...door },
    `Hi Zanele,

Thank you for meeting the leadership team for the final stage of the Regional Manager process. We have decided to progress with another finalist.

We were impressed with you and would welcome your application for future opportunities with us.${sa}`, 'Regional Manager - final stage'),
  rej('final', ['skills_gap'], { ...fb },
    `Dear Christopher,

Thank you for taking part in the final interviews for Principal Engineer. You made it to the final shortlist from a very large field, which is a real achievement. However, the panel felt another finalist was a stronger fit overall, particularly in large-scale distributed systems design, where your answers on the system design exercise were less detailed than we needed.

With best wishes,
Engineering Recruitment, Halcyon Bank`, 'Principal Engineer - outcome'),
  rej('interview', ['position_filled'], {},
    `Hi Imran,

Thank you for the time you gave us across all four stages of the process, including the panel last Friday. We've decided to offer the role to someone else, and I wanted to tell you myself rather than have it come from the system.

Best,
Jacob Hart
Director of Operations, Sterling Freight`, 'Operations Manager'),
  rej('final', ['generic'], {},
    `Dear Candidate,

Thank you for attending the final interview day at [Company Name] for the position of [Position]. After careful review of all finalists, we regret to inform you that we will not be offering you the position.

We appreciate your time and interest.

Sincerely,
[Hiring Manager Name]
[Company Name]`, 'Final interview outcome - [Position]'),

  // ── paused processes
  hold('interview', ['role_closed'], {},
    `Hi Kavya,

Thank you for your patience since your interview with the team. I wanted to let you know that the Backend Developer role has been paused while the leadership reviews budgets for the next quarter. No decision has been made on your application, and we'll be in touch as soon as we know more, hopefully within the next month.

Best,
Talent, Brisa`, 'Backend Developer - update'),
  hold('application', ['generic'], {},
    `Dear Tobias,

Thank you for applying for the Logistics Planner vacancy. We are still reviewing applications and the shortlisting has taken longer than expected. We expect to contact all candidates with an update by the end of next week.

Regards,
Recruitment, Kestrel Distribution`, 'Logistics Planner - application status'),
  hold('final', ['role_closed'], {},
    `Hi Aoife,

Thanks for coming through the final round. I owe you an update: our CFO has asked us to hold off on all senior offers until the funding round closes, so we're pausing the decision for a few weeks. You are still very much in consideration and I'll update you as soon as we're able to move.

Best,
Ciaran`, 'Quick update'),
  hold('screen', ['generic'], {},
    `Hi Thabo,

Thanks for the call on Monday. The hiring manager is on leave until the 15th, so there will be a short delay before we can confirm the next steps. Your application is still active and we will be in touch once she is back.${sa}`, 'Next steps - Sales Executive'),
  hold('assessment', ['role_closed'], {},
    `Dear Hana,

Thank you for submitting your assignment. Please be informed that the recruitment for this position has been temporarily put on hold due to internal restructuring. Your application remains under consideration and we shall get back to you once the process resumes.${inRegards}`, 'Status of your application'),

  // ── look-alikes
  other(`Hi Rory,

Thanks for applying for the Warehouse Team Leader role. We're pleased to invite you to a phone screen with our recruiter. Please pick a time that suits you using the link below.

Best,
Recruitment, Fletcher Logistics`, 'Next step: phone screen'),
  other(`Dear Amelia,

Thank you for your application for the position of Marketing Executive. This is to confirm that we have received it. Our team will review all applications after the closing date and we will contact you if you are selected for interview.

Kind regards,
HR Team`, 'Application received'),
  other(`Hi Sanjay,

Unfortunately the interview room we booked for Thursday is no longer available, so we're moving your interview to the Camden office at the same time. Apologies for the change, and we look forward to meeting you.

Best,
Lauren`, 'Change of location for Thursday'),
  other(`Hi Noura,

I'm delighted to let you know that, following your final interview, we'd like to offer you the position of Senior Planner. Unfortunately the start date we'd hoped for has moved back by two weeks, but everything else is as discussed. Your contract will follow shortly.

Warm regards,
Ingrid`, 'Offer - Senior Planner'),
  other(`Hi Kieran,

Thanks for your message. I'm afraid I can't make the coffee on Tuesday after all, something's come up at work. Could we do the following week instead?

Cheers,
Ameena`, 'Re: coffee Tuesday?'),
  // ── more rejections from other senders
  rej('application', ['generic'], {},
    `Dear Mr Hendricks,

Thank you for your application for the position of Junior Quantity Surveyor. We have received a considerable response to our advertisement and regret to advise that, on this occasion, your application was not short-listed.

We thank you for the interest shown in our practice.

Yours faithfully
Mokoena Van Wyk Associates
Johannesburg`, 'Junior Quantity Surveyor'),
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Esther,

Thanks for hopping on the phone with me yesterday. I passed my notes to the hiring team and they felt your experience sits more on the agency recruitment side than the in-house people operations profile they had in mind, so they've chosen not to progress.

All the best,
Lydia
Talent Partner, Fernbrook Care`, 'Call yesterday'),
  rej('interview', ['generic'], { ...door },
    `Dear Rajesh,

It was a pleasure speaking with you regarding the Treasury Analyst opening. After much thought, the team has decided to proceed with another applicant.

We will retain your resume in our database and may contact you if a suitable position becomes available in the future.

Sincerely,
Human Resources
Concord Mutual Bank`, 'Treasury Analyst'),
  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Hi Chiara,

Thank you for all your work through the process and for presenting your strategy deck to the leadership team in the final round. You were one of two people we seriously considered. In the end we chose the other candidate because they had already scaled a subscription business internationally, which is the next big step for us.

I'd be glad to share the panel's notes if that's useful, just let me know.

Best,
Owen
COO, Petalbox`, 'Petalbox - Head of Growth'),
  rej('application', ['location'], { ...fb },
    `Hello Ivan,

Thank you for applying to the Customer Support Specialist role. This position is only open to candidates currently residing in Canada, and since your profile lists your location as Serbia, we are unable to consider your application.

Regards,
Maplebridge Support Hiring`, 'Maplebridge - application update'),
  rej('interview', ['position_filled', 'profile_mismatch'], {},
    `Dear Funmilayo,

Thank you for the time you spent with our panel last week. Following the interviews, we have appointed a candidate whose experience was a closer match to the needs of the department.

We wish you every success.

Human Resources Office
Eastmoor College`, 'Administrative Officer - Eastmoor College'),
  rej('assessment', ['assessment'], { ...fb },
    `Hi Oscar,

Thanks for sending back the translation test. The reviewers noted several mistranslated technical terms in the second passage and some inconsistent terminology across the document, so we won't be adding you to our freelance pool at this time.

Kind regards,
Vendor Management, LinguaNord`, 'Translation test'),
  rej('application', ['role_closed'], {},
    `Hi Nia,

Thank you for applying to volunteer coordinator role. We are sorry to let you know that, because our grant for the project was not renewed, the role will no longer go ahead, and we are unable to progress any applications.

With thanks,
Hollyfield Community Trust`, 'Volunteer Coordinator'),
  rej('interview', ['salary'], { ...fb },
    `Hi Marcus,

Thanks for meeting with Jen and me on Wednesday. We both enjoyed it. Having worked through the numbers, we just can't get near the package you're currently on, so it doesn't make sense for either of us to go further.

Sorry, and best of luck,
Adam`, 'Wednesday'),
  rej('final', ['generic'], {},
    `Dear Olena,

Thank you for attending the second and final interview for the position of Export Sales Manager. After evaluating all finalists, the company has made its decision, and we regret that you have not been selected.

Best regards,
HR Department
Tervo Industrial Oy`, 'Export Sales Manager'),
];
