/**
 * Declines, pauses and look-alike mail where the two quiet flags matter most: an open door (a CV kept on file, a
 * scheme that reopens, a promise to call when something closer comes up, "do keep us in mind") and an offer of
 * feedback ("happy to talk it through", "my notes are yours if you want them"), each often said in a single clause
 * of a short note or buried in the middle of a long letter. Beside them sit the same polite words that open no door
 * and offer nothing: good wishes, social-media footers, a careers page named as boilerplate, "we are unable to give
 * individual feedback", a survey about the process, a data-privacy contact, a newsletter the candidate already gets.
 * Templates from tracking systems, HR letters, agency recruiters, hiring managers and founders, across countries,
 * sectors and every stage of a hiring process.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d96-');

export const HANDWRITTEN_DEV_96: readonly CorpusLine[] = [
  // 1
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Ms Okonkwo,

Thank you for meeting with us on Thursday for the Payroll Specialist position. We enjoyed the conversation and your obvious care for accuracy came through.

After discussing all candidates, we have decided not to progress your application. The role requires hands-on experience with multi-country payroll in SAP SuccessFactors, and that was something we could not see in your background yet. We'd be glad to see your name again, particularly once you have that system under your belt, as we expect to grow the team next year.

Kind regards,
Henrietta Voss
People Operations, Marrowby Foods plc`, 'Payroll Specialist - outcome'),

  // 2
  rej('application', ['generic'], {},
    `Hi Daniel,

Thanks for applying for Customer Success Associate at Quillstack. We've reviewed your application and won't be moving forward at this time. We hope our paths cross again some day, and wish you every success in your search.

Follow us on LinkedIn for company news!

The Quillstack Talent Team`, 'Your application to Quillstack'),

  // 3
  rej('application', ['profile_mismatch'], { ...door },
    `Dear Tomasz,

Thank you for your interest in the Logistics Coordinator vacancy (ref LC-2291). We received many strong applications and, on this occasion, other candidates' experience more closely matched what we were looking for. Your details will stay with us for twelve months and we may contact you if a suitable role arises in that time.

Yours sincerely,
Recruitment Team
Nordhaven Freight Sp. z o.o., Gdańsk`, 'Application LC-2291'),

  // 4
  rej('screen', ['salary'], { ...fb, ...door },
    `Hey Rosa, thanks again for the chat yesterday. I took your numbers back to the client and honestly the gap is too big - they're capped at 68k for this one and you mentioned 85 as your floor, so I don't think it's fair to push you through. Do keep me in mind though, I get a lot of senior data roles in and I'll ring you the moment one lands in your range.

Cheers,
Liam
Liam Forde | Senior Consultant | Tessellate Recruitment | Dublin`, 'Data Analyst role'),

  // 5
  rej('interview', ['generic'], {},
    `Dear Candidate,

Thank you for attending an interview for the role of Graduate Engineer. We regret to inform you that your application has not been successful on this occasion.

Due to the volume of applications we receive, we are unable to give individual feedback.

Our careers page lists all our current vacancies.

Yours faithfully,
HR Department
Castlegate Civil Engineering Ltd
This is an automated message. Please do not reply to this email.`, 'Graduate Engineer - interview outcome'),

  // 6
  rej('final', ['position_filled'], { ...offered, ...door },
    `Hi Amara,

I wanted to call but kept missing you, so an email will have to do. We've offered the Head of Partnerships role to another finalist and she accepted this morning. It was genuinely close between the two of you after Friday's panel.

My notes from the panel are yours if you want them - just reply and I'll send them over, or ring me and I'll run through it. And if something closer to your background comes up, I'll be straight on the phone.

Best,
Jonah Whitcombe
Founder, Kestrel Grove`, 'Head of Partnerships'),

  // 7
  rej('assessment', ['assessment'], { ...fb },
    `Dear Ravi,

Thank you for completing the online numerical reasoning test for the Risk Analyst programme. Your score of 54% fell below the required threshold of 65% and we are therefore unable to take your application further.

We wish you every success in your future career.

Graduate Recruitment
Fenwright Bank`, 'Risk Analyst Programme - test result'),

  // 8
  rej('application', ['location'], { ...fb, ...door },
    `Hello Sipho,

Thanks for applying to the Field Service Technician role in Perth. Unfortunately this position requires existing Australian work rights and we're not in a position to sponsor visas for it, so we can't progress your application. If you do secure work rights, please apply again - we hire for this role several times a year.

Regards,
Kylie Tran
Talent Acquisition | Westbrook Mining Services`, 'Field Service Technician - Perth'),

  // 9
  rej('interview', ['internal_candidate'], { ...door },
    `Dear Helena,

Thank you for interviewing for the Senior Copy Editor role last week. I wanted to let you know personally that we have appointed a colleague from within the team.

I was impressed by your portfolio and I'll flag you to the team in Glasgow, who are planning to recruit in the spring. Good luck in the meantime.

Warm regards,
Morag Lindsay
Managing Editor, Thistle & Pen Publishing`, 'Senior Copy Editor'),

  // 10
  rej('application', ['role_closed'], {},
    `Dear applicant,

We are writing regarding your application for the position of Procurement Officer (Job ID 48827). This vacancy has been withdrawn and we are no longer recruiting for this role. Your application will therefore not be progressed.

Thank you for your interest in Solenne Health.

If you have any questions about how we process your personal data, feel free to reply to this email or contact dpo@solennehealth.example.

--
Powered by Workhive ATS`, 'Update on Job ID 48827'),

  // 11
  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Hi Benedikt,

Thanks for spending the afternoon with us on Tuesday. I'll be straight with you: the team felt that you'd be happiest in a setup with a lot of structure and clear handovers, and we're a very loose, everyone-does-a-bit-of-everything kind of place right now. We don't think that would be a good match for either side, so we won't be making an offer.

Happy to talk it through if that's useful - I know that's a fairly vague thing to hear.

Best,
Carla Menéndez
COO, Brightsail Studio, Berlin`, 'Tuesday'),

  // 12
  rej('final', ['overqualified'], { ...fb, ...door },
    `Dear Mr Haddad,

Thank you for attending the final interview for the Warehouse Supervisor role at our Dubai distribution centre. The panel were unanimous that your fifteen years of regional operations management go well beyond what this position offers, and we were concerned that the role would not hold your interest for long.

We would very much like to keep your CV on file for more senior openings, which we expect in the new financial year.

Kind regards,
Leila Nasser
HR Business Partner, Al Qamar Logistics LLC`, 'Warehouse Supervisor - final interview'),

  // 13
  rej('application', ['generic'], {},
    `Hi Jordan, thanks for your interest in working at Pebblefox. Unfortunately we won't be moving forward with your application. Wishing you every success!`, 'Pebblefox application update'),

  // 14
  rej('screen', ['profile_mismatch'], { ...offered },
    `Hi Mei,

Thank you for the call on Monday about the Product Designer role. After reviewing with the hiring manager, we've decided to move forward with candidates whose experience is closer to what the team needs at this point.

If it would help to hear a bit more about the decision, I'm happy to share some feedback - just let me know.

Best,
Chloé Dubois
Talent Partner, Orbitale`, 'Product Designer at Orbitale'),

  // 15
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Aditi,

Thank you for your time at interview for the Clinical Pharmacist post (ref NHS-7734-B). The panel felt that you did not yet have the independent prescribing qualification which is essential for this post, and therefore we are unable to offer you the position.

Feedback is not available beyond this letter.

Yours sincerely,
Recruitment Services
Riverside Community NHS Trust`, 'Clinical Pharmacist - interview outcome'),

  // 16
  rej('application', ['position_filled'], {},
    `Dear Samuel,

Thank you for your application for the Sous Chef role at Ember & Vine. We wanted to let you know that the position has now been filled.

We hope our paths cross in future. Do follow us on Instagram @emberandvine for menus and events.

Best wishes,
Ember & Vine Kitchen Team`, 'Sous Chef position'),

  // 17
  rej('interview', ['role_closed'], { ...door },
    `Hi Kwame,

I'm sorry to be writing with this news. Following a restructure announced internally this week, the Regional Sales Manager role you interviewed for has been cancelled and we won't be proceeding with any candidates.

This has nothing to do with your interview, which went well. Our graduate and experienced-hire schemes reopen in September and you'd be welcome to try again then; I'll make sure your name is passed on.

Kind regards,
Abena Mensah
Talent Acquisition, Goldcoast Beverages Ltd, Accra`, 'Regional Sales Manager'),

  // 18
  rej('assessment', ['assessment'], { ...offered, ...door },
    `Hey Nikhil,

Thanks for sending in the take-home. The reviewers didn't think it was quite at the level we need for this role, so we won't be moving to interviews.

If you want, ring me and I'll run through what they said. And do keep us in mind - we reopen the backend roles most quarters.

Cheers,
Sam Oduya
Engineering Lead, Parcelbright`, 'Re: Take-home submission'),

  // 19
  rej('application', ['location'], { ...fb, ...offered },
    `Dear Lucía,

Thank you for applying to the Office Manager position. This role is fully on-site at our Valencia office five days a week, and your application indicated that you are based in Seville and looking for remote work. As such we will not be taking your application further. Should you want more detail on our decision, you are welcome to call me on 961 402 118.

Wishing you the best of luck with your search.

Atentamente,
Recursos Humanos
Grupo Azahar Consultores`, 'Office Manager - Valencia'),

  // 20
  rej('final', ['generic'], {},
    `Dear Patrick,

Thank you for taking part in our assessment centre last Wednesday for the Management Trainee programme. This was an extremely competitive year, and we regret to inform you that you have not been selected for an offer.

We are unable to give individual feedback on assessment centre performance. We would, however, be grateful if you would take five minutes to complete our candidate experience survey at the link below, so we can improve our process.

[Take the survey]

Kind regards,
Early Careers Team
Hollinsworth Retail Group`, 'Management Trainee Programme'),

  // 21
  rej('interview', ['salary', 'skills_gap'], { ...fb, ...offered },
    `Hi Ingrid,

Thanks for the interview on Friday. We've decided not to make an offer. Two things drove it: the team wanted someone who has already shipped iOS apps in Swift (your work has been Android and React Native), and the salary you mentioned is above what we've budgeted for this level.

If you'd like more detail on either, let me know and I'll set up a quick call.

Best,
Erik Lund
Mobile Lead, Fjordpay AB, Stockholm`, 'Mobile Engineer - Fjordpay'),

  // 22
  rej('application', ['overqualified'], { ...fb },
    `Hello Greg,

Many thanks for your application for the Junior Accounts Assistant position. Given your experience as a qualified accountant and finance manager, we feel the role would not make full use of your skills and is not the right fit for you.

We wish you all the best.

Rachel
Brookfield Dental Group`, 'Junior Accounts Assistant'),

  // 23
  rej('interview', ['internal_candidate'], {},
    `Dear Fatima,

Thank you for interviewing for the Policy Adviser role. I am writing to let you know that the post has been offered to an internal candidate.

We wish you every success in your future applications.

Yours sincerely,
HR Team
Westmarch District Council`, 'Policy Adviser (WDC/2024/118)'),

  // 24
  rej('application', ['profile_mismatch'], {},
    `Thank you for applying for the position of Marketing Executive with Lindqvist Interiors.

We have carefully reviewed your application and unfortunately your profile does not match the requirements of this position.

Please do not reply to this message; this mailbox is not monitored. For questions about your personal data, feel free to contact privacy@lindqvist-interiors.example.

Visit our careers page to see all our vacancies.

Lindqvist Interiors AB`, 'Your application: Marketing Executive'),

  // 25
  rej('screen', ['location'], { ...fb, ...door },
    `Hi Yusuf,

Good speaking with you this morning. As I mentioned at the end, the client has confirmed they need someone who can be in the Rotterdam office at least three days a week, and relocating isn't on the cards for you right now, so I'll take you off this one.

I've got you tagged for remote-first roles in our system now, so you'll hear from me as soon as something fits.

Groeten,
Marieke de Boer
Recruiter, Polderwerk Talent`, 'Rotterdam role'),
  // 26
  rej('final', ['culture_fit'], { ...door },
    `Dear Owen,

Thank you for joining us for the final stage of interviews for the Community Fundraiser role. The panel felt that another candidate was a closer fit with the way our small team works and with the values we put at the centre of our campaigns, and we have decided to offer the role to them.

We'd be really pleased if you applied again for future roles with us - we recruit for fundraising posts every autumn.

With best wishes,
Bethan Price
Head of Fundraising, Afon Wildlife Trust`, 'Community Fundraiser - final interview'),

  // 27
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Mr Schulz,

Thank you for your application as Elektroniker für Betriebstechnik. Unfortunately, the position requires a completed vocational qualification as an electrician and at least two years of experience in industrial plants, which we could not find in your documents. Once you have completed your training, we would be pleased to receive your application again.

We wish you all the best for your professional future.

Mit freundlichen Grüßen
Personalabteilung
Rheintal Kunststofftechnik GmbH`, 'Ihre Bewerbung / Your application'),

  // 28
  rej('interview', ['position_filled'], { ...offered },
    `Hi Tanvir,

Just a quick note to say we've made an offer for the Operations Analyst role and it has been accepted, so we're closing the process. Thanks so much for your time with Jenny and me last week.

If any feedback from the interview would be helpful, I'm happy to share it - just reply here.

Thanks,
Oliver Grant
Operations Director, Tidewater Energy`, 'Operations Analyst'),

  // 29
  rej('application', ['generic'], { ...door },
    `Dear Ana,

Thank you for your interest in joining Verdeluz. After careful review we have decided not to proceed with your application for the Sustainability Consultant role.

We were pleased to see your interest in our work and would encourage you to apply for future positions that match your experience.

Kind regards,
Verdeluz Talent Acquisition
Lisbon | Porto | Madrid`, 'Verdeluz - Sustainability Consultant'),

  // 30
  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...door },
    `Hi Chen,

Thanks for taking the SQL and Python assessment. You did well on the Python section, but the SQL part came in below our bar - in particular the window function questions were left incomplete, and they're a big part of the day-to-day here. We won't be moving forward to interviews for this role.

You'd be very welcome to apply again in six months; your profile stays in our system and I'd be happy to reconsider you then.

Best,
Hannah Ruiz
Recruiting Coordinator, Metricline`, 'Data Analyst assessment'),

  // 31
  rej('interview', ['generic'], { ...offered },
    `Dear Isabelle,

Thank you for interviewing with us for the Legal Counsel position. After much deliberation, we have decided not to proceed with your candidacy.

I know it's disappointing. Should you wish to receive feedback on your interview, please do get in touch with me directly at this address.

Kind regards,
Margot Lefèvre
Talent Acquisition, Corvane Avocats, Paris`, 'Legal Counsel'),

  // 32
  rej('application', ['role_closed'], { ...door },
    `Hi Priyanka,

You applied for our Content Marketing Manager role a few weeks back. I'm sorry to say we've put that hire on ice for now - budgets got cut this quarter - so we won't be taking applications forward.

Your CV is in our talent pool and when we pick this back up (hopefully in the new year) you'll be one of the first people we contact.

Best,
Ellie
Head of Marketing, Lumen & Lark`, 'Content Marketing Manager'),

  // 33
  rej('final', ['internal_candidate'], { ...offered, ...door },
    `Dear Graham,

Thank you for taking part in the final panel for Director of Finance last Monday. Following a very close decision, the Board has appointed our current Deputy Director to the role.

I recognise this is disappointing after a long process. I'd be glad to give you some feedback from the panel by phone if you'd find that helpful, and I would like to keep in touch: we expect to recruit to a number of senior finance positions across the group over the next year.

With best regards,
Siobhan Kerr
Chief People Officer, Ardlow Housing Group`, 'Director of Finance - outcome'),

  // 34
  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Marcus, thanks for reaching out about the Support Engineer role. Honestly you're way more experienced than what this position is (it's mostly tier 1 tickets), and I think you'd be bored within a month. Keep an eye on our site though - we're hiring an engineering manager later this year and I'd love to see your name in that pile.

Tom, CTO @ Helpwell`, 'Support Engineer'),

  // 35
  rej('screen', ['generic'], {},
    `Hi Joanna,

Thanks for taking the time to speak with me last week. After reviewing all the candidates we spoke to, we've decided not to move forward with your application for the Account Executive role.

Wishing you every success in your search, and we hope our paths cross again.

Best,
Tara Quinn
Recruiter, Salesvault`, 'Account Executive - update'),

  // 36
  rej('interview', ['location', 'salary'], { ...fb, ...door },
    `Dear Anil,

Thank you for meeting with Dr Weber and me on Tuesday. After discussion we have concluded that we cannot take your application further. The role is based in Zurich and would require a work permit we are unable to arrange for non-EU/EFTA nationals at this level, and your salary expectation of CHF 160,000 is also above the range for the position.

We have, with your permission, retained your details and will gladly contact you should a suitable opening arise at our Singapore hub, where neither point would apply.

Freundliche Grüsse
Nadia Keller
Human Resources, Albis Medtech AG`, 'Your interview at Albis Medtech'),

  // 37
  rej('application', ['profile_mismatch'], { ...door },
    `Hello,

Thank you for applying to the role of Warehouse Operative (Night Shift). We have decided not to take your application further, as other applicants more closely met the criteria for this role.

We will keep your details on file and may contact you about suitable roles in the future.

Regards,
Staffline Direct - Midlands Branch`, 'Warehouse Operative'),

  // 38
  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the Situational Judgement Test as part of your application to the Civil Service Fast Stream-style programme at Brockwell Council. Unfortunately you have not met the required standard to progress to the next stage.

Due to the high volume of candidates, feedback is not available at this stage.

Please do not reply to this email.`, 'Application update - Situational Judgement Test'),

  // 39
  rej('interview', ['skills_gap'], { ...fb, ...offered, ...door },
    `Hi Femi,

Thanks for chatting with the team on Wednesday. I've got to be honest, the feedback was that your backend experience is solid but the role needs somebody who's already led Kubernetes migrations in production, and that was the gap. So we're going to pass for this one.

I've written up the interviewers' notes and they're yours if you'd like them. Also, we'll likely open a mid-level backend role in February which would be a great fit - I'll ping you when it goes live.

Cheers,
Dana Kowalski
Eng Manager, Hollowtree Cloud`, 'Backend Engineer - Hollowtree'),

  // 40
  rej('application', ['generic'], {},
    `<html><body><p>Dear Michael,</p><p>Thank you for your application for <b>Store Manager - Leeds</b>. After careful consideration we regret to inform you that we will not be progressing your application further.</p><p>We wish you every success in your job search.</p><p>Kind regards,<br>Talent Acquisition Team<br>Harrowgate Home &amp; Living</p><p style="font-size:10px">Follow us on LinkedIn | Facebook | Instagram<br>Our careers page lists all our current vacancies. &copy; 2024 Harrowgate Home &amp; Living Ltd. Registered in England No. 04412098.</p></body></html>`, 'Your application - Store Manager Leeds'),

  // 41
  rej('final', ['position_filled'], { ...door },
    `Dear Dr Ferreira,

Thank you for visiting us for the final interview day for the Senior Research Scientist position. I'm writing to let you know that we have now made an appointment and the role has been filled.

The committee asked me to say how much they valued your seminar, and should a position in computational biology open in the next year we will contact you directly.

Kind regards,
Prof. Ingrid Halvorsen
Head of Department, Nordlys Institute of Biosciences`, 'Senior Research Scientist'),

  // 42
  rej('screen', ['culture_fit'], { ...fb },
    `Hey Alex,

Thanks for the call Thursday. I talked to the founders and they felt that your preference for a fully async, heads-down way of working wouldn't mesh with how the team runs right now - lots of pairing, daily standups in the office, a lot of shouting across the room. So we're going to pass on this one.

Wishing you the best in your search.

Nina
Ops & People, Drumroll Games`, 'Drumroll Games - quick update'),

  // 43
  rej('application', ['internal_candidate'], {},
    `Hello Reza,

Thank you for applying for the IT Service Desk Lead role. We wanted to let you know that this vacancy has been filled by an existing member of staff, so we will not be progressing external applications.

Thank you again for your interest.

People Team
Calder Valley Housing`, 'IT Service Desk Lead'),

  // 44
  rej('interview', ['profile_mismatch'], { ...offered, ...door },
    `Dear Laura,

Thank you for the interview on 12 June for the Senior Buyer position. We have decided to move forward with a candidate whose background more closely matches the category we are hiring for.

If it would be useful, I am happy to give you a call to share some thoughts from the panel. We would also be glad to hear from you for future buying roles - please do apply.

Kind regards,
Stuart McAllister
Procurement Director, Grampian Outdoor Ltd`, 'Senior Buyer'),

  // 45
  rej('application', ['salary'], { ...fb },
    `Hi Deepa,

Thanks for applying to the Finance Business Partner role. Your application mentioned an expected salary of £75,000, and the budget for this position tops out at £58,000, so we don't think it's right to progress.

All the best,
Recruitment, Holloway Press`, 'Finance Business Partner'),

  // 46
  rej('interview', ['role_closed'], { ...offered, ...door },
    `Dear Thomas,

Thank you for your patience following your interview for the Facilities Coordinator position. I regret to inform you that the organisation has decided not to fill this role at present, following a review of our headcount, and the recruitment process has been closed. I know you asked at interview about your presentation, and I'd be glad to share the panel's comments on it if you'd still find them useful; we would also be happy to receive an application from you should the role be re-advertised.

We wish you the very best for the future.

Yours sincerely,
Human Resources
Kingsmere College`, 'Facilities Coordinator - update'),

  // 47
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Sofia,

Thank you for completing the design exercise. The team liked your research write-up, but the final screens didn't address the accessibility requirements in the brief (contrast and keyboard navigation), which was the main thing we were assessing. So unfortunately we won't be continuing.

If you want to go through the reviewers' comments in more detail, I'm happy to set up a 20-minute call.

Best,
Amelia Hart
Design Manager, Cobble & Co`, 'Design exercise - outcome'),

  // 48
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Juan,

Thank you for applying for the Spanish-English Legal Translator role. Unfortunately, we are only able to consider applicants who hold a sworn translator accreditation, which we were unable to see on your CV.

Should you obtain this accreditation, we would very much welcome a new application from you.

Un saludo,
Lingua Juris Services`, 'Legal Translator application'),

  // 49
  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Hi Naomi,

Thanks so much for coming in for the onsite on Friday. It was a hard call, but we're going to move forward with another candidate. The deciding factor was people management - the team is eight people and the other finalist has managed a team that size before, where your experience so far is leading two.

I'd genuinely like to give you the full debrief if you're up for it. Grab any slot in my calendar next week.

Warmly,
Priya Chandran
VP Product, Lanternfish`, 'Lanternfish - Product Lead'),

  // 50
  rej('application', ['location'], { ...fb },
    `Hello Oluwaseun,

Thank you for your application for the Graduate Analyst programme. Unfortunately, candidates must have the right to work in the UK without sponsorship for the duration of the programme, and your application indicates that you would require a visa. We are therefore unable to proceed.

We wish you every success.

Graduate Recruitment
Ashcombe Partners LLP`, 'Graduate Analyst Programme'),
  // 51
  rej('interview', ['overqualified'], { ...fb, ...offered },
    `Dear Catherine,

Thank you for coming in to meet Paul and me on Monday for the Team Administrator role.

We had a long discussion afterwards. You clearly have far more experience than this role calls for - you've run an office of forty people, and this job is largely diary management and room bookings for a team of six. We were worried it would not stretch you and that you'd leave quickly, so we've decided not to offer it to you.

If you'd like to talk about it, I'm happy to chat on the phone.

Best wishes,
Gillian Roe
Practice Manager, Fairhaven Veterinary Group`, 'Team Administrator'),

  // 52
  rej('application', ['generic'], { ...offered },
    `Hi Kofi,

Thanks for applying for the Junior Developer role. We won't be taking your application further this time. If you'd like a few lines on why, reply to this email and I'll send you some feedback.

Ruth @ Stackwell`, 'Junior Developer - Stackwell'),

  // 53
  rej('interview', ['culture_fit'], { ...door },
    `Dear Simone,

Thank you for your time interviewing for the Store Supervisor role. Although you have many strengths, we felt that other candidates were a better fit with our team culture and values at this location.

We encourage you to apply for other opportunities with us in the future; new roles are posted regularly on our careers site.

Kind regards,
Recruiting Team
Maple Leaf Grocers, Calgary`, 'Store Supervisor - Calgary'),

  // 54
  rej('application', ['position_filled'], {},
    `Dear Applicant,

Re: Part-time Receptionist, ref 2024/REC/06

Thank you for your recent application. We would like to inform you that the vacancy has now been filled. We thank you for your interest and wish you well.

St Aidan's Medical Practice`, 'Part-time Receptionist'),

  // 55
  rej('final', ['salary'], { ...fb, ...door },
    `Hi Daniela,

I'm sorry to write with this after such a long process. The final round went really well, and the team was keen. Where it fell down was compensation: the client couldn't get anywhere near the 120k base you need - their ceiling is 98k - and they've gone with a finalist whose expectations fit the band.

I'll be honest, I think that number is fair for you, and I'd rather find you something that pays it. I've got two searches starting next month that are a better level and I'll call you about both.

Best,
Marco Ruiz
Partner, Eastline Search, Toronto`, 'Re: VP Finance search'),

  // 56
  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Tomás,

Thank you for the call on Wednesday. Having spoken with the hiring team, the role requires fluent German (C1 or above) for client calls, and from our conversation I don't think your German is at that level just yet. For that reason we won't be moving you forward. We do have English-only advisor roles in our Dublin hub from time to time, and I've noted on your profile that I should contact you when the next one opens.

Best of luck in your search.

Claudia
Talent, Alpenblick Travel`, 'Alpenblick - Customer Advisor'),

  // 57
  rej('interview', ['internal_candidate'], { ...offered },
    `Hi Leon,

Thanks again for interviewing for the Team Lead role. We've decided to promote someone from within the support team into the position, so we won't be moving forward with external candidates.

I know that's frustrating. If any feedback from your interview would help you, I'm happy to pass it on - just shout.

Best,
Grace
Head of Support, Tally Ho Software`, 'Team Lead - update'),

  // 58
  rej('application', ['role_closed'], { ...door },
    `Dear Emeka,

Thank you for your application for the role of Project Engineer at Ironbridge Water. Unfortunately the project this role was attached to has been postponed indefinitely, and so we have closed the vacancy without making an appointment.

We will retain your CV in our talent pool for twelve months and may contact you when a suitable position becomes available.

Kind regards,
Resourcing Team
Ironbridge Water Ltd`, 'Project Engineer vacancy'),

  // 59
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Harriet,

Thank you for completing the written case exercise for the Associate role. The assessors found your analysis of the market clear, but your financial model contained errors in the revenue build that affected your recommendation, and your overall mark was below the level needed to progress to interview.

We'd be glad to receive an application from you in next year's intake.

Yours sincerely,
Recruiting
Harbourstone Consulting`, 'Associate case exercise - outcome'),

  // 60
  rej('interview', ['generic'], {},
    `Hello Ben, thanks for meeting us yesterday. We've decided not to proceed. Best of luck - hope our paths cross again. Sasha`, 'Yesterday'),

  // 61
  rej('final', ['profile_mismatch'], { ...offered, ...door },
    `Dear Eleanor,

Thank you for attending the assessment day for the Senior Social Worker (Children's Services) role on 3 October. I am sorry to let you know that on this occasion you have not been successful; the panel selected candidates whose experience was more closely aligned with the needs of the team.

Please be assured that this decision was not made lightly. You are welcome to contact me for feedback on your assessment day, and we would encourage you to look out for and apply to future vacancies with the county, of which there will be several this winter.

Yours sincerely,

Janice Morley
Recruitment Lead, Children's Services
Hartfordshire County Council

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. The Council may monitor email traffic data and content.`, 'Senior Social Worker - Assessment Day outcome'),

  // 62
  rej('application', ['skills_gap'], { ...fb },
    `Thank you for applying for the HGV Class 1 Driver position at Pennine Haulage.

Unfortunately we can only consider applicants who hold a valid Class C+E licence and Driver CPC card. As your application did not include these, we are unable to take it further.

Pennine Haulage Recruitment
This is an automated email sent from our recruitment system. Replies are not read.`, 'HGV Class 1 Driver - application'),

  // 63
  rej('interview', ['location'], { ...fb, ...offered, ...door },
    `Hi Marta,

Thank you for the video interview with our team on Thursday. I'm afraid we have to pause here: the Operations Manager role needs someone who can be on site in our Lyon warehouse daily, and you told us you would not be able to relocate from Warsaw in the next year. We don't feel we can make the role work remotely.

I'm happy to share the rest of the panel's feedback if useful - they had good things to say. And we're building an EMEA planning team that will be remote-friendly; I'll make sure you hear about it.

Bien à vous,
Julien Marchand
Head of Talent, Rhonelog`, 'Operations Manager - Lyon'),

  // 64
  rej('screen', ['position_filled'], {},
    `Hi Aaliyah,

Thanks for speaking with me last week about the Executive Assistant opening. I wanted to let you know the client has now filled the role with a candidate they were already further along with.

Wishing you all the best - you're already subscribed to our weekly jobs bulletin, so you'll keep seeing new roles there.

Best,
Fiona Lam
Consultant, Harbour PA Recruitment`, 'EA role update'),

  // 65
  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Dr Nakamura,

Thank you for your application for the Laboratory Technician post. With a PhD and eight years of postdoctoral research, your experience considerably exceeds what this technical role requires, and we do not believe it would be a good use of your expertise.

We would, however, be very pleased to consider you for research scientist vacancies, which we advertise twice a year; please do keep an eye out for them.

Kind regards,
HR Team, Kinsale Biolabs`, 'Laboratory Technician'),

  // 66
  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Hamid,

Thank you for interviewing with us for the Senior Quantity Surveyor role. Your experience is predominantly in residential projects, while this role requires significant experience managing commercial fit-out contracts over £5m. Other candidates had a stronger match overall, and we will not be progressing your application.

We wish you well in your career.

Regards,
Nicola Sharpe
HR Manager, Linden Build Ltd`, 'Senior Quantity Surveyor'),

  // 67
  rej('final', ['culture_fit'], { ...fb, ...offered },
    `Hi Jamie,

Thanks for the final round with the founders on Tuesday. This is a hard one to write. Everyone rated your craft highly, but in the group session the team felt you were quite quick to push your own solution and less inclined to build on others' ideas, and we work very collaboratively. So we're not going to make an offer.

That's a blunt summary and I'd rather explain it properly - ring me any time this week and I'll run through it.

Ollie
Co-founder, Hatchling Health`, 'Hatchling - final round'),

  // 68
  rej('application', ['generic'], {},
    `Dear Sir/Madam,

Thank you for your interest in the position of Accounts Payable Clerk. Unfortunately, we will not be inviting you for an interview.

If you are interested in how we handle your application data, please see our privacy notice or feel free to reply with any questions about your data.

Regards,
Recruitment
Orion Tyres Ltd`, 'Accounts Payable Clerk'),

  // 69
  rej('assessment', ['assessment'], { ...offered },
    `Hi Viktor,

Thank you for completing our coding challenge. Unfortunately your submission didn't pass the threshold for progressing to the technical interview.

We do offer written feedback on the challenge on request - just reply to this email within two weeks and we'll send it across.

Kind regards,
Recruiting Team
Quanta Ledger`, 'Quanta Ledger coding challenge'),

  // 70
  rej('interview', ['position_filled'], { ...door },
    `Dear Mr Osei,

Thank you for attending interview for the position of Site Manager at our Kumasi project. We have now appointed to this post.

We were impressed with you and, with your permission, will keep your CV on file; we are bidding on two further projects in the region and will be in touch should we need site management.

Yours faithfully,
Esi Appiah
HR Officer, Sankofa Construction`, 'Site Manager - Kumasi'),

  // 71
  rej('application', ['role_closed'], {},
    `Hi Natalie,

Quick update on the Brand Designer role you applied for - we've decided not to hire for it after all, following some changes in the team's plans. Sorry we couldn't bring better news.

All the best,
The Moonbeam Team`, 'Brand Designer'),

  // 72
  rej('screen', ['salary'], { ...fb, ...offered },
    `Dear Ahmed,

Thank you for taking the time for our initial phone conversation. Based on the salary expectations you shared (AED 35,000 per month), we regret that we are not able to move forward, as the approved range for this position is considerably lower. If you would like to hear more about how the range was set, I am glad to discuss it by phone.

We wish you success in your search.

Talent Acquisition
Sandstone Hospitality Group`, 'Your conversation with Sandstone'),

  // 73
  rej('interview', ['internal_candidate'], { ...door },
    `Hi Chiara,

Thanks for meeting with the team last week. It was a close decision, but we've offered the role to a colleague who's been covering it for the last few months.

We'd love to stay in touch - our design team is growing and I'll reach out when the next role opens up.

Best,
Francesca Bruno
Design Director, Tessera Milano`, 'Design Lead'),

  // 74
  rej('final', ['role_closed'], { ...offered, ...door },
    `Dear Rohan,

I am very sorry to write this after you came through the final interviews. Our parent company announced a hiring freeze across the region this week and the Country Manager role has been withdrawn. We will not be able to make an appointment.

I would be happy to share the panel's feedback with you on a call, and we would like to keep your details on file with a view to contacting you when the freeze is lifted.

Yours sincerely,
Anjali Mehta
Regional HR Director, Trident Agritech`, 'Country Manager - India'),

  // 75
  rej('application', ['profile_mismatch'], {},
    `Hi Sam,

Thanks for applying for the UX Researcher role at Nimbus. We've reviewed your application and have decided to proceed with applicants whose background is more aligned with the role.

We hope you'll consider filling in our short candidate survey about the application process - it takes under two minutes.

Thanks,
Nimbus Recruiting`, 'Nimbus - UX Researcher'),
  // 76
  rej('interview', ['skills_gap'], { ...fb, ...offered, ...door },
    `Dear Ms Adeyemi-Lowe,

Re: Compliance Officer (AML) - Interview on 19 March

Thank you for attending interview with Ms Patel and myself at our Canary Wharf office. I am writing to confirm the outcome, and I apologise that it has taken longer than the ten days we suggested on the day.

The panel met on Friday and compared all six interviews against the person specification. You scored well on the competencies around stakeholder management and your written exercise was among the strongest we saw. However, the role requires practical experience of transaction monitoring and filing suspicious activity reports, and in your answers it became clear that your work to date has been on the policy side rather than hands-on case work. Since the post will be running investigations from the first week, the panel felt unable to offer it to you.

I appreciate you will be disappointed. I kept detailed notes of the panel's scoring and I am happy to go through them with you - a call of twenty minutes or so is usually enough. We also have an Analyst-level role in the Financial Crime team coming up in the summer which would give you that case experience, and I would be glad to see you apply for it; I will send you the advert when it is published.

Thank you again for your interest in Beaumont Carrick.

Yours sincerely,

Alistair Munro
Senior HR Business Partner
Beaumont Carrick Private Bank
25 Cabot Square, London E14

Beaumont Carrick Private Bank Limited is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. Registered in England and Wales.`, 'Compliance Officer (AML) - interview outcome'),

  // 77
  rej('application', ['generic'], { ...door },
    `Hi Maya - thanks for applying to Pinegrove. We're not moving forward this time, but do keep us in mind; we'd love to see you apply again.`, 'Pinegrove'),

  // 78
  rej('final', ['position_filled'], { ...offered },
    `Dear Victor,

Thank you for completing all stages of our process for the Chief Technology Officer role, including the final presentation to the board. After considerable deliberation the board has made an offer to another candidate, which has been accepted.

Should you find it helpful, I would be happy to arrange a short conversation with our Chair to share the board's reflections.

With kind regards,
Imogen Stafford
Partner, Stafford Holt Executive Search
On behalf of Ravenwood Analytics`, 'CTO appointment - Ravenwood Analytics'),

  // 79
  rej('interview', ['culture_fit'], {},
    `Hello Diego,

Thank you for your interview for the Barista Trainer role. We have decided not to move forward with your application as we felt the fit with our team culture wasn't quite right.

We wish you every success and hope to see you at one of our cafés soon!

Best,
Grounded Coffee Co. People Team`, 'Barista Trainer'),

  // 80
  rej('application', ['location'], { ...fb, ...door },
    `Dear Priya,

Thank you for your interest in the Nurse Practitioner post. This role requires current registration with the Nursing and Midwifery Council and residence within commuting distance of Inverness; as you are currently registered in India and living in Chennai, we cannot progress your application at this time.

Should you complete NMC registration and relocate to the UK, we would warmly welcome an application from you; please do keep us in mind.

Kind regards,
Recruitment, Highland Primary Care Partnership`, 'Nurse Practitioner'),

  // 81
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Ethan,

Thanks for doing the sales role-play exercise on Monday. Your discovery questions were good, but you didn't get to handling the pricing objection, and that was the main thing the exercise was scoring, so we won't move you on to interviews.

Honestly, I think you'd be great here in a year's time. Our SDR intake reopens in September and you'd be welcome to try again then.

Cheers,
Hollie
Sales Enablement, Brightpath CRM`, 'Role-play exercise'),

  // 82
  rej('interview', ['role_closed', 'internal_candidate'], { ...door },
    `Dear Aoife,

Thank you for interviewing for the HR Generalist position. Following an internal reorganisation, the responsibilities of this role are being absorbed by a current team member, and we are therefore closing the vacancy.

We will hold your application on file and would be glad to consider you for future HR opportunities.

Kind regards,
Maeve Gallagher
HR Manager, Shannonside Foods`, 'HR Generalist'),

  // 83
  rej('screen', ['overqualified'], { ...fb },
    `Hi Richard,

It was good to speak on Friday. I've talked it over with the hiring manager and we both feel that, given you've been a Director of Engineering for the last six years, a hands-on Senior Engineer role with no reports would be a step too far backwards, and we're not going to proceed.

Best of luck,
Anna
Recruiter, Cloudmere`, 'Cloudmere - Senior Engineer'),

  // 84
  rej('application', ['skills_gap'], { ...fb, ...offered },
    `Hi Lerato,

Thanks for your application to the Senior Data Engineer role at Savanna Pay. We looked at it closely, and we're looking for someone with at least five years of experience building data pipelines in production; your CV shows about two. So we're not going to progress this one.

If you want some thoughts on what to build up for roles like this, I'm happy to share - just reply.

Thabo Nkosi
Data Engineering Lead, Savanna Pay, Johannesburg`, 'Savanna Pay - Senior Data Engineer'),

  // 85
  rej('interview', ['generic'], { ...door },
    `Dear Harvey,

Thank you for your interest in the Trainee Surveyor role and for attending interview with us. Unfortunately, you have not been successful on this occasion.

We do recruit trainees every spring, and we would encourage you to apply again next year.

Yours sincerely,
Kendrick & Moss Chartered Surveyors`, 'Trainee Surveyor'),

  // 86
  rej('final', ['salary'], { ...fb, ...offered, ...door },
    `Hi Nadia,

Thanks so much for the time you've put into our process, and for the final conversation with Jacob and me on Wednesday. We really wanted this to work. In the end we couldn't get our offer close to the €95k you need - the most the board would sign off is €80k for this role - so we've decided to go in a different direction.

If you'd like to hear more about how we arrived at the number, or anything else from the panel, I'm happy to talk it through. And if we raise our next round as planned, I'll be straight back in touch.

Best,
Karin
CEO, Hydralink`, 'Re: Head of Sales'),

  // 87
  rej('application', ['internal_candidate'], {},
    `Dear Applicant,

Thank you for applying for the position of Assistant Librarian. We are writing to inform you that an internal applicant has been appointed to the post, and the vacancy is now closed.

We appreciate your interest in Elmwood University Library.

Human Resources
Elmwood University`, 'Assistant Librarian'),

  // 88
  rej('interview', ['location'], { ...fb, ...offered },
    `Dear Mr Petrov,

Thank you for interviewing for the Field Sales Representative role covering the North East. As the role requires a full UK driving licence and daily travel across the territory, and you confirmed that you live in Edinburgh and would not relocate, we have decided not to progress your application. If you would like any further feedback from the interview, please contact me at this address.

We wish you the best of luck.

Regards,
Sales Recruitment
Tyneside Building Supplies`, 'Field Sales Representative'),

  // 89
  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Ivy,

Thanks for chatting with me and Marcus on Monday. We've decided to move ahead with someone whose experience lines up a little more closely with what the team needs right now.

Do let me know if you'd like feedback - I'm glad to share what I can.

Best,
Riley Thompson
Hiring Manager, Sprout Learning`, 'Sprout Learning - Curriculum Designer'),

  // 90
  rej('application', ['position_filled'], { ...door },
    `Hi Kai, just a note to say the Retail Assistant role at our Bondi store has been filled. Thanks heaps for applying - we're always looking for good people, so we'd be glad to see your name again next time a role pops up. Cheers, Jess (Store Manager, Saltwater Surf Co.)`, 'Retail Assistant - Bondi'),

  // 91
  rej('assessment', ['assessment'], {},
    `Dear Yasmin,

Thank you for taking part in the online assessment for our Apprenticeship Programme. Unfortunately, on this occasion you have not been successful in progressing to the next stage.

We are unable to provide individual feedback on online assessment results.

Best wishes,
Apprenticeship Recruitment Team
Ridgeway Aerospace`, 'Apprenticeship Programme - online assessment'),

  // 92
  rej('interview', ['overqualified'], { ...fb, ...door },
    `Dear Colin,

Thanks for coming in to discuss the Bookkeeper role. We've decided not to offer you the position. With your background as a finance director, we think you'd quickly find the role too limited, and we want someone who'll stay in it for a few years.

That said, we're planning to bring in a part-time FD in the autumn and I'd very much like to talk to you about that when it happens.

Kind regards,
Sheila Morton
Owner, Morton & Daughters Joinery`, 'Bookkeeper'),

  // 93
  rej('screen', ['generic'], { ...offered, ...door },
    `Hi Jade,

Following our call on Tuesday, I've discussed your profile with the hiring team and unfortunately they've decided not to move you forward for the Marketing Coordinator role.

I'm happy to share a bit of feedback over the phone if that's helpful. Your details will stay with us, and I'll contact you if something else comes in that looks like a good fit.

Best,
Olivia Chen
Talent Consultant, Bright Harbour Recruitment`, 'Marketing Coordinator'),

  // 94
  rej('interview', ['role_closed'], {},
    `Dear Ms Moreau,

Further to your interview on 5 February, I regret to inform you that the Communications Manager post has been put on hold indefinitely due to budget constraints, and we are not in a position to continue the recruitment.

Thank you for your time and interest.

Yours sincerely,
Direction des Ressources Humaines
Fondation Lumière Santé`, 'Communications Manager'),

  // 95
  rej('final', ['generic'], { ...offered },
    `Hi Oscar,

Thanks for spending the day with us at the onsite on Thursday. I'm sorry to say we won't be moving forward with an offer.

I know a full day is a lot to give. If you'd like feedback, reply here and I'll set up a call with the hiring manager.

Best,
Lila Shah
Recruiting, Driftwood Robotics`, 'Driftwood Robotics - onsite'),

  // 96
  rej('application', ['culture_fit'], { ...fb },
    `Hello Sven,

Thank you for your application to join our early-stage team. In your cover letter you mention that you are looking for a role with a clearly defined scope and standard hours, and at our stage the work changes weekly and we do sometimes work evenings before launches. We don't think that would suit the way you like to work, so we won't be taking this forward.

Best of luck,
Astrid
Founder, Norrsken Labs`, 'Your application to Norrsken Labs'),

  // 97
  rej('interview', ['skills_gap'], { ...fb, ...offered, ...door },
    `Dear Kenji,

Thank you for your interview for the Structural Engineer position. After reviewing all candidates, we decided to appoint someone with Chartered status, which is a requirement for signing off designs on this project. I'm happy to talk it through if that's useful.

We expect to recruit again once you achieve chartership, and we would be very happy to hear from you then.

Kind regards,
Fiona Blake
Associate Director, Carrow Structures`, 'Structural Engineer'),

  // 98
  rej('screen', ['location'], { ...fb },
    `Hi Lucas, good to chat earlier. As discussed, the client can only hire people who are already resident in Canada for this contract, so I can't put you forward from Brazil. Best of luck with the search! - Megan, Northstar Staffing`, 'Contract role'),

  // 99
  rej('final', ['profile_mismatch'], { ...door },
    `Dear Sarah,

Thank you for coming to our final round of interviews for the Head of Learning position. We have decided to appoint another finalist whose experience more closely matched our current priorities.

We were struck by your energy and commitment, and we'd be glad to see your name again for future leadership vacancies at the Trust.

Kind regards,
Rebecca Ellis
Chief Executive, Oakridge Academy Trust`, 'Head of Learning'),

  // 100
  rej('application', ['salary'], { ...fb, ...door },
    `Hi Gabriel,

Thanks for applying for the Product Manager role. The expected salary on your application (US$180k) is well above the range we've budgeted for this position ($130-145k), so we won't be moving forward.

If your expectations change, or if we open a more senior product role, we'd be glad to hear from you again - do keep us in mind.

Regards,
Talent Team, Tidepool Health, Austin`, 'Tidepool Health - Product Manager'),

  // 101
  rej('interview', ['generic'], {},
    `Hi Hana,

Thank you for your time speaking with the team. We've decided to move forward with other candidates at this time. We'll keep you posted on company news via our newsletter, which you signed up to when you applied.

Best,
Recruiting @ Kettle`, 'Update from Kettle'),

  // 102
  rej('interview', ['culture_fit'], { ...fb, ...door },
    `Hi Arjun,

Thanks for coming in to meet the team. It was a close call, but we've decided not to make an offer. Some of the team felt that you'd prefer working largely on your own, and the role is very hands-on with customers and the rest of the studio, so we didn't feel it was the right match.

That said, you'd be welcome to apply for the solo freelance briefs we put out - I'll add you to our freelancer list so you hear about them.

Best,
Jo
Studio Lead, Foxglove Creative`, 'Studio Designer'),
  // ── Paused processes
  // 103
  hold('interview', ['role_closed'], {},
    `Hi Zara,

Thanks for your patience since your interview. I wanted to let you know that the Analytics Manager hire has been paused while the leadership team finalise next year's budget. You're still very much in the process - nobody has been offered the role - and I'll update you as soon as we have a decision, hopefully within four weeks.

Best,
Connor
Talent Partner, Greyline Insurance`, 'Analytics Manager - update'),

  // 104
  hold('final', ['generic'], {},
    `Dear Mr Achebe,

Thank you for attending the final interview on Tuesday. The panel's decision has been delayed as one member of the panel is travelling this week. We expect to be in contact by the end of next week. Your application remains under active consideration.

Kind regards,
HR Team, Kilimanjaro Breweries`, 'Final interview - timing'),

  // 105
  hold('application', ['role_closed'], {},
    `Dear Candidate,

We are writing to inform you that recruitment for the position of Policy Officer (ref 22-041) has been temporarily suspended pending an organisational review. Your application has not been rejected and will be reviewed if and when the recruitment resumes. We will contact you then.

Please do not reply to this email.

Ministry Recruitment Portal`, 'Recruitment suspended - ref 22-041'),

  // 106
  hold('screen', ['generic'], {},
    `Hey Ines, quick one - the hiring manager is off sick this week so we're running a bit behind on the next round. You're still in the running! Will be in touch early next week to book the interview. Thanks for bearing with us. - Phoebe, Ramble Recruitment`, 'Re: next steps'),

  // 107
  hold('assessment', ['role_closed'], {},
    `Hi Luca,

Thanks for submitting the take-home. Before we review it, I want to be upfront: we've been asked to freeze all hiring for six weeks while the company closes its funding round. Your application is on hold, not closed, and we'll pick it up as soon as the freeze lifts.

Sorry for the wait,
Rachel
Engineering Manager, Bramble Data`, 'Take-home - small delay'),

  // 108
  hold('interview', ['generic'], {},
    `Dear Nomvula,

Thank you for your interview for the Programme Coordinator role. We are still interviewing other candidates and the process is taking longer than expected. We expect to make a decision by 30 June and will write to you then. We appreciate your patience.

Kind regards,
Ubuntu Education Fund - HR`, 'Programme Coordinator'),

  // ── Look-alikes
  // 109
  other(`Dear Marie,

Thank you for applying for the Finance Assistant position at Cresswell Logistics. We have received your application and our team will review it shortly. If your profile matches our requirements, we will contact you within two weeks.

We wish you every success, and do follow us on LinkedIn for company news.

Cresswell Logistics Recruitment
Please do not reply to this email.`, 'Application received - Finance Assistant'),

  // 110
  other(`Hi Tom,

Welcome to the Aldergate Talent Community! Your details will stay with us for twelve months, and we'll email you when roles matching your preferences (Engineering, London) are posted.

You can update your preferences or unsubscribe at any time.

The Aldergate Careers Team`, 'Welcome to our Talent Community'),

  // 111
  other(`Hi Leah,

Great news - the panel would like to invite you to a second interview for the Senior Account Manager role. Could you let me know your availability next Tuesday or Wednesday?

Happy to talk it through beforehand if that's useful - just give me a ring.

Best,
Dev Patel
Recruiter, Maxwell & Stone`, 'Second interview - Senior Account Manager'),

  // 112
  other(`Dear Candidate,

Thank you for recently taking part in our recruitment process. We would be grateful if you could take five minutes to tell us about your experience. Your answers are anonymous and will help us improve how we treat candidates.

[Start survey]

We hope our paths cross again.

Wexford Insurance Talent Team`, 'How did we do? Tell us about your application'),

  // 113
  other(`Hi Omar,

Your application for Data Scientist (ref DS-0921) is currently under review by the hiring team. We'll be in touch as soon as we have an update. In the meantime, do keep an eye on our careers page for other roles.

Thanks for your patience,
Recruiting, Brightwave Analytics`, 'Your application status'),

  // 114
  other(`Dear Fiona,

Thank you for your email confirming that you wish to withdraw your application for the Deputy Head role. We have withdrawn it from our system. We were sorry to hear it, and we'd be glad to see your name again in future.

Kind regards,
Recruitment Team, St Columba's School`, 'Withdrawal confirmed'),

  // 115
  other(`Hi Ayesha,

This month at Lumio Careers: meet the new Platform team, read how our engineers spend their Fridays, and see 14 new roles across Berlin, Lisbon and remote.

You're receiving this because you joined our talent newsletter. Do keep us in mind when you're thinking about your next move!

Unsubscribe | Manage preferences`, 'Lumio Careers - November roles'),

  // 116
  other(`Hi Pieter,

Thanks for the chat today - really enjoyed it. As promised, here's what happens next: I'll share your CV with the hiring manager tomorrow and I expect to hear back by Friday. If anything closer to your background comes up in the meantime, I'll be straight on the phone.

Cheers,
Sophie
Consultant, Lowlands Tech Recruitment`, 'Great to speak today'),

  // 117
  other(`Dear Jun,

Thank you for asking for feedback on your interview. I've booked a 20-minute call with Mr Harlow for Thursday at 2pm; an invite is attached. He'll walk you through the panel's notes then.

Kind regards,
Angela Lim
HR Coordinator, Straits Marine Engineering`, 'Feedback call - Thursday 2pm'),

  // 118
  other(`Dear Rebecca,

I am delighted to offer you the position of Clinical Psychologist at Elmfield Health, subject to references and a satisfactory DBS check. Your contract and starting details are attached.

If you'd like to talk anything through before accepting, I'm happy to - just ring me.

Warm regards,
Dr Tariq Mahmood
Clinical Director`, 'Offer of employment'),

  // 119
  other(`Hi Kieran,

Thanks for taking the online assessment for the Graduate Software Engineer scheme. We'll be reviewing results over the next two weeks and will let you know the outcome by email. Please note that we are unable to give individual feedback on test scores.

Graduate Recruitment, Halcyon Systems`, 'Online assessment completed'),

  // 120
  other(`Hi Anya,

Just to let you know we've updated our privacy notice for candidates. Your details will stay with us for twelve months unless you ask us to delete them. Feel free to reply if you have questions about your data.

Thanks,
Harrowfield Group People Team`, 'Update to our candidate privacy notice'),

  // 121
  other(`Dear Mateo,

We're pleased to invite you to the assessment centre for the Summer Analyst programme on 14 March at our Madrid office. Please confirm your attendance by replying to this email.

Follow us on LinkedIn for tips on preparing!

Early Careers Team, Iberia Capital`, 'Assessment centre invitation'),

  // 122
  other(`Hi Grace,

Thank you for registering with Carter Blake Recruitment. A consultant will review your CV and call you within 48 hours. We'll keep your details on file and match you to suitable roles as they come in.

Best wishes,
Carter Blake Recruitment`, 'Welcome to Carter Blake'),

  // 123
  other(`Hi Ravi,

Sorry for the radio silence - we're still interviewing for the Operations Lead role and expect to wrap up in the next week or so. You're definitely still in consideration and we'll be in touch.

Best,
Hannah
Ops Director, Cinderpath`, 'Re: Operations Lead - any news?'),

  // 124
  other(`Dear Chloe,

Thank you for attending interview today. As discussed, we will be in touch with the outcome within five working days. If you have any questions in the meantime, please do get in touch.

We hope you enjoyed meeting the team, and we wish you every success.

Kind regards,
Alison Reid
Practice Manager, Greenbank Surgery`, 'Thank you for attending interview'),

  // 125
  other(`Hi Daniel,

It's been a year since you joined our talent pool. Would you like us to keep your details for another twelve months? Click below to confirm, or do nothing and we'll delete your profile on 1 March.

[Keep my details]

Talent Team, Solstice Energy`, 'Keep your details with us?'),

  // 126
  other(`Hello Noor,

Thank you for your question about your application data. As requested, we have deleted your CV and personal details from our recruitment system. If you apply to us again in future you will need to submit a new application.

Data Protection Team, Redfern Retail`, 'Your data request'),

  // 127
  other(`Hi Beatriz, your interview for Junior Product Designer has been moved to Thursday 11am (same video link). Sorry for the shuffle! Happy to talk it through if the new time doesn't work. - Tim, Rivet`, 'Interview rescheduled'),

  // 128
  other(`Dear Alexander,

Thank you for applying for the Senior Auditor position. We would like to invite you to complete an online numerical reasoning test, available via the link below for the next five days.

We wish you the best of luck.

Graduate & Experienced Recruitment
Morland Hughes LLP`, 'Next step: online test'),

  // 129
  other(`Hi Chiamaka,

Just checking in after your first week - how's everything going? If anything's unclear with your onboarding, ring me and I'll run through it.

Welcome aboard!
Kemi, People Team, Lagos Fintech Hub`, 'How was your first week?'),

  // 130
  other(`Hi Jonas,

Thanks for your interest in Stellwerk! We don't have any open roles in design right now, but you can sign up for job alerts on our careers page and we'll email you when something is posted.

Follow us on LinkedIn and Instagram for studio news.

Stellwerk Talent Team`, 'Re: Open application'),

  // 131
  other(`Dear Sunita,

We are pleased to confirm that you have been shortlisted for the Head of Nursing role. The final interviews will be held on 2 and 3 May. We will send details of the panel and presentation topic by the end of this week.

Kind regards,
Recruitment, Meadowvale Hospice`, 'Shortlisting - Head of Nursing'),

  // 132
  other(`Hi Ollie,

3 new jobs match your saved search "Project Manager - Manchester":
- Project Manager, Deansgate Property Group
- Junior PM, Northwind Software
- Programme Coordinator, Irwell Housing

We wish you every success in your search. Do keep us in mind when you're ready to apply!

You are receiving this alert because you created a job alert on Quayside Jobs. Unsubscribe`, 'New jobs for you: Project Manager - Manchester'),
];
