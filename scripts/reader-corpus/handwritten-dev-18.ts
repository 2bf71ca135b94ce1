/**
 * Development messages of the eighteenth round, never sealed, aimed at the reasons: other candidates whose experience
 * or background matched more closely (no requirement named), requirements named in passing, test results against a
 * bar, a specific reason without a generic one beside it, and plain declines full of words that sound like reasons but
 * are not (what the role involves, praise, a strong field, policies) — in ATS templates, agencies, hiring managers,
 * in British, American and Indian English, short and long, some as HTML. The rules may be checked against them and the
 * model may be trained on them.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej } = lineWriter('d18-');

const workday = '\n\n---\nThis message was sent from an unmonitored mailbox. Ostrava Logistics is an equal opportunity employer and values diversity at every level.';
const agency = '\n\nKestrel & Finch Talent Partners Ltd | Registered office: 14 Tanner Row, York YO1 6JB | Company no. 11873402';
const india = '\n\nRegards,\nTalent Acquisition Team\nSaptarishi Infotech Pvt. Ltd. | Hinjewadi Phase 2, Pune 411057';

export const HANDWRITTEN_DEV_18: readonly CorpusLine[] = [
  // ── others matched more closely, no requirement named: profile_mismatch
  rej('interview', ['profile_mismatch'], {},
    `Hi Naomi,

Thanks for taking the time to meet Dev and me last Thursday. We've now wrapped up interviews for the Product Marketing Manager role, and while we enjoyed the conversation, we've gone with a candidate whose experience mapped more directly onto what the team needs right now.

All the best,
Oriana`, 'Product Marketing Manager'),
  rej('application', ['profile_mismatch'], {},
    `Dear Sanjay,

Thank you for applying for the Logistics Analyst opening. We received applications from candidates whose backgrounds more closely reflected the requirements of the position, and we have decided to progress those applications instead.

Sincerely,
Ostrava Logistics Recruiting${workday}`, 'Your application to Ostrava Logistics'),
  rej('screen', ['profile_mismatch'], {},
    `Hey Tom — quick one. Following our call on Monday I talked it through with the hiring manager and, honestly, there are a couple of people in the process whose experience is just a tighter fit for this one. So we're going to leave it there for now. Cheers, Gemma`, 'Re: Site Reliability chat'),
  rej('final', ['profile_mismatch'], {},
    `Dear Ifeoma,

It was a genuine pleasure having you with us for the final stage. The panel deliberated at length, and ultimately the other finalist's track record was a little closer to what we had in mind for the Head of Partnerships. I appreciate this will be disappointing.

With best wishes,
Graham Lowther
Chief Executive`, 'Head of Partnerships - outcome'),
  rej('application', ['profile_mismatch'], { ...door },
    `Hello Anjali,

Greetings from Saptarishi Infotech!

We thank you for showing interest in the Business Analyst position. After careful evaluation, we have shortlisted profiles which are more aligned to the current requirement. We shall retain your resume in our database for future openings.${india}`, 'Application status - Business Analyst'),
  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Marcus,

I wanted to let you know personally that we won't be moving you forward for the Operations Lead role. It was close, but another applicant brought experience that sat more naturally with how our warehouse teams run day to day.

If you'd like to talk it through, just reply and I'll set up 15 minutes.

Best,
Priya`, 'Operations Lead'),
  rej('application', ['profile_mismatch'], {},
    `<html><body><p>Dear Candidate,</p><p>Thank you for your interest in <b>Junior Quantity Surveyor</b> at Halden Build.</p><p>We have now reviewed your application and regret to inform you that, on this occasion, other applicants' qualifications and experience were judged to be a better match for the vacancy.</p><p>Halden Build Careers</p></body></html>`, 'Halden Build - application update'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Mr Okafor,

Thank you for attending interview for the post of Finance Officer. The panel has now made its decision and I regret that you have not been successful. The appointed candidate's previous roles were judged to be more relevant to the duties of the post.

Yours sincerely,
Human Resources Department`, 'Finance Officer - interview outcome'),
  rej('screen', ['profile_mismatch'], {},
    `Hi Leila,

Thanks again for chatting with me about the Customer Success Manager position. I've had a word with the team and they've decided to focus on candidates whose experience overlaps more with what the client is after, so we won't be taking things further with you.

Kind regards,
Hannah at Kestrel & Finch${agency}`, 'Customer Success Manager - update'),
  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Rahul,

Thank you for interviewing with us for the Data Analyst role. The team was impressed, but in the end we selected someone whose background was more in line with the role.

We'd be glad to hear from you again for future openings.

Warm regards,
Deepa Nair
HR Business Partner`, 'Data Analyst interview'),
  rej('application', ['profile_mismatch'], {},
    `Hello Chris,

Thanks for applying to be a Store Manager with us. We've had a strong response and, after looking at everyone's CVs, we're progressing with people whose experience is a closer fit for a store like ours. Sorry it's not better news.

The Hartwell's Recruitment Team`, 'Store Manager - Hartwell\'s'),
  rej('final', ['profile_mismatch'], {},
    `Dear Yusuf,

Thank you for the time you have given to our recruitment process, including the final panel last week. After much discussion, we have decided to appoint a candidate whose overall profile was stronger for this particular role.

Kind regards,
Elaine Marsh
Director of People`, 'Programme Director'),
  rej('application', ['profile_mismatch'], {},
    `Hi Bongani, thanks for your application for the Sales Development Rep role. Unfortunately we won't be moving ahead — we're prioritising applicants with a more relevant background this round. Best of luck! The Loop Talent Team`, 'Loop | SDR application'),
  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Hiroshi,

We appreciate you meeting with the engineering leadership group. I'm afraid we won't be extending an offer. We met several candidates this week, and a couple of them had experience that simply matched our situation more closely.

I'm happy to share more detailed notes if helpful.

Regards,
Abigail Chen
Engineering Manager`, 'Staff Engineer'),
  rej('application', ['profile_mismatch'], {},
    `Dear Pooja,

Thank you for applying to the Trainee Solicitor programme. We regret to let you know that we will not be inviting you to the next stage. Other applicants presented a stronger overall match against our selection criteria.

Graduate Recruitment
Ashcombe Whitley LLP`, 'Trainee Solicitor Programme 2027'),

  // ── skills_gap: a requirement named in passing
  rej('application', ['skills_gap'], { ...fb },
    `Hi Kenji,

Thanks for your interest in the Payroll Specialist role. We're looking for someone with hands-on ADP Workforce Now experience, and we couldn't see that in your CV, so we won't progress your application at this time.

Regards,
People Ops`, 'Payroll Specialist'),
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Amara,

Thank you for interviewing for the Clinical Research Associate position. You interviewed well; however, we need somebody who has already monitored Phase III oncology trials independently, and that is not yet part of your experience. We will therefore not be proceeding.

Best wishes,
Clinical Operations`, 'CRA - interview outcome'),
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Dan,

Thanks for the call today. As mentioned, the client really needs a German speaker at C1 level for this one, so I won't be putting you forward for it. I'll keep an eye out for English-only roles for you.

Cheers,
Ravi | Kestrel & Finch${agency}`, 'German-speaking Account Manager'),
  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant,

Thank you for your application for the post of Electrical Maintenance Technician. Applicants for this post are required to hold an 18th Edition wiring regulations certificate. As your application did not show this, it has not been shortlisted.

Recruitment Team
Northfield Water`, 'Electrical Maintenance Technician'),
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Kwame,

Thanks for speaking with the team on Wednesday. The feedback was positive on your communication, but the role relies heavily on advanced Excel modelling and the panel felt that wasn't an area you're strong in yet. We won't be moving forward, but please do apply for future roles with us.

Best,
Lucy`, 'Commercial Analyst'),
  rej('application', ['skills_gap'], { ...fb },
    `Hello Shreya,

Thank you for applying for Senior Java Developer. This position needs a minimum of 6 years of backend development and your profile shows around 3, so we are unable to take your candidature forward.${india}`, 'Senior Java Developer'),
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Owen,

Thank you for coming in to discuss the Estates Surveyor role. We enjoyed meeting you. The partners have decided to appoint someone who is already MRICS, as chartered status is important for signing off valuations. I'm sorry this isn't better news.

Kind regards,
Fiona Blake
Practice Manager`, 'Estates Surveyor'),
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Alejandro,

Appreciate you hopping on a call. After reviewing with the hiring lead, they're after someone with production Kubernetes experience from day one, and since your work so far has been mostly on VMs, we'll pass this time.

Thanks,
Morgan — Recruiting`, 'Platform Engineer'),

  // ── assessment: a test and a result against a bar
  rej('assessment', ['assessment'], {},
    `Dear Sofia,

Thank you for completing the online numerical reasoning test for the Graduate Analyst scheme. Unfortunately your score was below the benchmark we set for progression to the video interview stage, so we are unable to take your application further.

Graduate Recruitment Team`, 'Graduate Analyst Scheme - test result'),
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Ethan,

Thanks for sending the take-home back so quickly. The reviewers went through it and unfortunately it didn't clear the bar for this role: a few of the edge cases failed and there were no tests. We won't be moving you to the onsite.

Happy to share the reviewers' comments if that's useful.

— Nadia, Recruiting`, 'Take-home review'),
  rej('assessment', ['assessment'], {},
    `Dear Vikram,

Thank you for attempting the coding assessment on HackerEarth for the position of Software Engineer I. We regret to inform you that you have not qualified for the next round, as your score did not meet the cut-off.${india}`, 'Coding assessment result'),
  rej('interview', ['assessment'], { ...fb },
    `Dear Charlotte,

Thank you for attending the interview and completing the in-tray exercise for the Executive Assistant role. While your interview went well, your in-tray exercise did not reach the standard required, particularly in prioritising the diary clashes.

With regards,
Resourcing`, 'Executive Assistant'),
  rej('assessment', ['assessment'], {},
    `Hi Jordan,

Thanks for taking our written exercise for the Copywriter role. We've scored all the submissions and yours wasn't among the highest-scoring, so we won't be inviting you to interview.

Best,
The Brightwell Creative team`, 'Copywriter exercise'),
  rej('assessment', ['assessment'], { ...fb },
    `Dear Mehmet,

Many thanks for completing the situational judgement test. Candidates need to achieve a minimum of 65% to move to the assessment centre; you scored 58%. I'm sorry to bring you this news.

Early Careers Team`, 'Situational judgement test'),
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Aisha,

Thank you for completing the case study for the Strategy Associate role. The team felt the recommendations weren't well supported by the numbers in the pack, so on balance we won't be progressing you. Please keep an eye on our careers page — we'd be glad to see you apply again.

Regards,
Tobias`, 'Strategy Associate - case study'),

  // ── one specific reason, no generic beside it
  rej('application', ['location'], { ...fb },
    `Dear Ana,

Thank you for your interest in the Community Nurse role. Unfortunately we are unable to offer visa sponsorship for this post, and as you currently need sponsorship to work in the UK we cannot progress your application. We had many strong applicants and wish you the very best.

Recruitment Team`, 'Community Nurse'),
  rej('interview', ['salary'], { ...fb },
    `Hi Pete,

Thanks again for meeting us. We liked you a lot, but the salary you mentioned is a fair bit above the band we have for this role and we can't stretch to it. So we're going to go in a different direction. Wishing you all the best.

Jo`, 'Account Director'),
  rej('interview', ['internal_candidate'], {},
    `Dear Rosalind,

Thank you for interviewing for the Deputy Head of Year role. After a very competitive process, the post has been offered to a member of our current staff. We were impressed by the quality of all applicants.

Yours sincerely,
Mrs J. Fairweather
Headteacher`, 'Deputy Head of Year'),
  rej('interview', ['culture_fit'], { ...fb },
    `Hi Ben,

Thanks for the conversations this week. The team really valued your technical depth, but we felt your preference for working independently with long focus blocks wouldn't suit how closely this squad pairs every day. We'll not be proceeding.

Take care,
Lina`, 'Backend Engineer'),
  rej('application', ['overqualified'], { ...fb },
    `Dear Victoria,

Thank you for applying to the Office Administrator position. Having looked at your CV, we feel your experience as an operations director goes well beyond what this role involves, and we don't think it would hold your interest for long. We won't take your application further on this occasion.

Best regards,
Lakeside Dental`, 'Office Administrator'),
  rej('interview', ['role_closed'], {},
    `Hi Farhan,

Thanks for your patience. I'm sorry to tell you that following a budget review the Growth Marketing Manager role has been cancelled, so we won't be progressing any candidates, including you. Your interviews went really well and this is no reflection on you.

Best,
Clare`, 'Growth Marketing Manager'),
  rej('final', ['position_filled'], { ...door },
    `Dear Sipho,

Thank you for attending the final interview for the Finance Business Partner role. I wanted to let you know that our preferred candidate has accepted the offer. It was a close decision and a very strong field. We'd be happy to hear from you about future vacancies.

Kind regards,
Marianne`, 'Finance Business Partner'),

  // ── two reasons
  rej('interview', ['position_filled', 'profile_mismatch'], {},
    `Hi Grace,

Thanks so much for interviewing for the UX Researcher role. We've now made an offer to another candidate, whose background lined up more closely with what we need, and they've accepted.

All the best,
Sam`, 'UX Researcher'),
  rej('application', ['location', 'skills_gap'], { ...fb },
    `Dear Mateus,

Thank you for applying for the Field Engineer position. This role requires a full UK driving licence and the successful applicant must live within an hour of our Bristol depot. Based on your application neither is currently the case, so we will not be progressing it.

Ostrava Logistics Recruiting${workday}`, 'Field Engineer - Bristol'),
  rej('interview', ['salary', 'profile_mismatch'], { ...fb },
    `Hi Connor,

Thanks for the interview on Friday. Two things stopped us here: the other shortlisted candidates had experience closer to what the role needs, and your salary expectations were beyond the budget we have. Sorry not to have better news.

Best,
Ellie`, 'Marketing Manager'),
  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Tanvi,

Thank you for completing the technical test for the Data Engineer role. Your result fell below the pass mark, and the reviewers also noted limited experience with Spark and Airflow, both of which are central to the job. We will not be moving forward.

Kind regards,
Hiring Team`, 'Data Engineer - technical test'),
  rej('interview', ['internal_candidate', 'profile_mismatch'], {},
    `Dear Liam,

Thank you for your time during the interviews for Team Leader. We have decided to appoint an internal candidate whose experience made them the closer fit for the role. We wish you every success.

Regards,
HR`, 'Team Leader'),
  rej('final', ['culture_fit', 'profile_mismatch'], { ...fb },
    `Hi Zara,

Thank you for coming to the final round. We had some concerns that the pace and structure here wouldn't suit your working style, and another finalist's experience was also a better match for the role. We won't be moving forward.

Regards,
Toby`, 'Design Lead'),
  rej('application', ['position_filled'], {},
    `Dear Applicant,

Thank you for applying to our Seasonal Warehouse Operative campaign. We have now filled all the positions for this season and the advert has been closed. Your application will not be considered further.

Regards,
Resourcing`, 'Seasonal Warehouse Operative'),
  rej('interview', ['overqualified', 'salary'], { ...fb },
    `Dear Richard,

Thank you for meeting with us. We think you would find the Assistant Manager role too junior for someone with your experience, and the pay we can offer is well below what you're earning now. For those reasons we won't be progressing.

Kind regards,
Helen`, 'Assistant Manager'),
  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Hi Ana-Maria,

Thank you for interviewing with us. We need someone who can be in our Dublin office three days a week, and the role also requires fluent French, which we understand you are still developing. So unfortunately we won't move forward this time.

Best,
Niamh`, 'Client Services Executive'),
  rej('final', ['position_filled', 'skills_gap'], { ...fb },
    `Dear Andrew,

Thank you for taking part in the final interviews. We have offered the position to a candidate with more experience running SAP S/4HANA migrations, which was the deciding factor. I am sorry to disappoint you.

Kind regards,
Rebecca Stone
Finance Director`, 'Finance Systems Lead'),
  rej('interview', ['assessment', 'profile_mismatch'], { ...fb },
    `Hi Isaac,

Thanks for completing the presentation exercise and the interview. Your presentation didn't score highly enough against our criteria, and the panel felt other candidates' experience was a stronger fit. We won't be progressing your application.

Best,
Recruitment`, 'Project Coordinator'),
  rej('screen', ['location', 'salary'], { ...fb },
    `Hi Keiko,

Thanks for the call. Since you'd need to relocate from Osaka and the salary you're targeting is above our range, the hiring manager has decided not to move forward.

Regards,
Kate`, 'Bilingual Sales Executive'),
  rej('interview', ['internal_candidate'], {},
    `Dear Esther,

Thank you for attending interview. After careful consideration the role has been offered to, and accepted by, a colleague who has been acting up in the post since the spring. Thank you for your interest in working with us.

Yours sincerely,
People Services`, 'Housing Officer'),
  rej('application', ['skills_gap'], { ...fb },
    `Hi Lukas,

Thanks for applying. We won't be progressing this time — the role requires a CPA, which we couldn't find on your CV.

Talent @ Fieldline`, 'Senior Accountant'),
  rej('interview', ['culture_fit', 'salary'], { ...fb },
    `Dear Nkechi,

Thank you for your time with the team. We've decided not to proceed. The team felt your approach to client work was quite different from our values-led way of working, and your salary expectations were also outside the budget.

Kind regards,
Sade`, 'Account Manager'),

  // ── generic, full of words that sound like reasons but are not
  rej('application', ['generic'], {},
    `Dear Hamid,

Thank you for applying for the Senior Data Scientist role. This role involves building forecasting models in Python, working closely with our supply chain team and presenting to senior stakeholders. We received a very high number of applications from highly qualified candidates, and after careful consideration we have decided not to progress your application.

Kind regards,
Ostrava Logistics Recruiting${workday}`, 'Senior Data Scientist'),
  rej('application', ['generic'], { ...door },
    `Hi Bella,

Thank you for applying to Brightwell Creative. Our roles require a mix of strategic thinking, creativity and strong communication, and we were overwhelmed by the talent in this round. Unfortunately, we won't be moving forward with your application. We'll keep your details on file for future roles.

Best,
The Brightwell Team`, 'Brightwell Creative application'),
  rej('interview', ['generic'], { ...door },
    `Dear Oliver,

Thank you for interviewing for the Policy Adviser role. You clearly have strong experience and a real passion for public policy, and the panel enjoyed meeting you. It was an exceptionally competitive field, and on this occasion you have not been successful.

We would encourage you to apply for future vacancies.

Yours sincerely,
Recruitment Team`, 'Policy Adviser'),
  rej('application', ['generic'], {},
    `Hello Meera,

Thank you for your application for Graduate Engineer Trainee. Due to the large volume of applications, we are only able to contact shortlisted candidates whose profiles most closely match the requirements. We regret that your application has not been shortlisted.${india}`, 'GET 2027 application'),
  rej('interview', ['generic'], {},
    `Hi Patrick,

Thank you for interviewing with us. We appreciate the experience and skills you shared with us and the thought you put into your answers. We've decided to move forward with another candidate for the Account Executive position.

Best regards,
Sara`, 'Account Executive'),
  rej('application', ['generic'], {},
    `<div style="font-family:Arial"><p>Hi Wen,</p><p>Thank you for your interest in the <strong>Cloud Security Engineer</strong> role. This position requires deep knowledge of AWS, IAM and incident response, and we've been lucky to hear from many talented engineers.</p><p>After review, we won't be moving forward with your application at this time.</p><p>Thanks,<br>Recruiting</p></div>`, 'Cloud Security Engineer'),
  rej('screen', ['generic'], {},
    `Hi Ravi,

Thanks for the phone screen. It was great hearing about your years at Infosys and your experience with large migrations. We've completed our screening calls and unfortunately we won't be taking your application further at this stage.

Regards,
Melissa`, 'Senior Consultant'),
  rej('application', ['generic'], { ...door },
    `Dear Candidate,

Thank you for your application. We are committed to equal opportunities and assess every applicant against the person specification for the role. Due to the high number of applications received, we are unable to take your application further.

Your details will remain on our talent database for 12 months.

Northfield Water Recruitment`, 'Application - Customer Advisor'),
  rej('interview', ['generic'], {},
    `Dear Hannah,

Thank you for interviewing for the Research Fellow position. The interviewing panel were impressed by your publications and your expertise in machine learning. The standard of candidates was extremely high and the decision was a difficult one; I'm sorry to let you know that you were not selected.

Best wishes,
Professor A. Whitcombe`, 'Research Fellow'),
  rej('application', ['generic'], {},
    `Hey Jamal,

Thanks for putting yourself forward for the Barista Trainer role! We're looking for someone who loves coffee, people and teaching, and we had loads of great people apply. We won't be taking your application further this time, but thanks so much for your interest.

Cheers,
Grindhouse Coffee`, 'Barista Trainer'),
  rej('final', ['generic'], { ...offered },
    `Hi Diego,

Thank you for making it through to the final round for the VP Engineering role. You have an impressive background and a clear leadership style. After a great deal of thought, we have decided to move forward with another finalist. I'd be glad to share feedback if you'd like.

Best,
Renata
CEO`, 'VP Engineering'),
  rej('application', ['generic'], {},
    `Dear Fatima,

Thank you for your application for the role of Pharmacy Technician. Candidates are assessed on skills, qualifications and experience as set out in the job description. Unfortunately on this occasion your application was unsuccessful.

NHS Jobs`, 'Pharmacy Technician - application outcome'),
  rej('interview', ['generic'], { ...door },
    `Hi Olu,

Thanks for your time on Tuesday. The role requires someone comfortable with a fast-moving start-up, and I know you'd bring a lot of energy. We've decided not to move forward with your application, but I'd love to stay in touch as we grow.

Best,
Mira, Co-founder`, 'Founding Engineer'),
  rej('application', ['generic'], {},
    `Dear Alexander,

Thank you for your interest in Kestrel & Finch and the Paralegal vacancy with our client. We have now reviewed all applications against our client's criteria and, given the strength of the competition, we will not be submitting your CV on this occasion.

Kind regards,
Hannah${agency}`, 'Paralegal - Leeds'),
  rej('screen', ['generic'], {},
    `Dear Srinivas,

Thank you for your time for the telephonic discussion. We appreciate your skills and experience in testing. However, we regret to inform you that we will not be proceeding with your candidature at this point.${india}`, 'QA Lead - Saptarishi'),
  rej('application', ['generic'], {},
    `Hi Lauren,

Thanks for applying for the Events Coordinator role at Harbourside Venues. The successful candidate will manage weddings and corporate events across our three sites. We received over 400 applications, so it's been a tough selection, and unfortunately you haven't been shortlisted.

The Harbourside Team`, 'Events Coordinator'),
  rej('interview', ['generic'], {},
    `Dear Tomasz,

Thank you for attending the interview for the Maintenance Planner role. We received interest from some very experienced applicants. After careful consideration we regret to inform you that we will not be offering you the position.

Regards,
HR Team`, 'Maintenance Planner'),
  rej('application', ['generic'], { ...door },
    `Dear Nia,

Thank you for applying to the Summer Internship Programme. Our internships are open to students with an interest in finance, and we had a record number of applications this year. Unfortunately we are not able to offer you a place. We hope you will consider applying again next year.

Campus Recruitment`, 'Summer Internship Programme'),
  rej('interview', ['generic'], {},
    `Dear Kamala,

Thank you for the time you spent with our team. We know how much preparation goes into an interview, and we value your qualifications and experience. We have now decided to proceed with other candidates for the position.

Sincerely,
Talent Acquisition`, 'Operations Manager'),
  rej('application', ['generic'], {},
    `Hello,

Re: Warehouse Team Leader (Night Shift). The successful applicant will lead a team of 20 and must be available for night shifts. Thank you for applying; unfortunately you have not been selected for interview.

Regards,
Ostrava Logistics Recruiting${workday}`, 'Warehouse Team Leader'),

  // ── more others-compared wordings and requirements in passing
  rej('interview', ['profile_mismatch'], {},
    `Hi Elena,

Thanks for meeting the team. After talking with everyone we've gone with someone whose experience was a closer match to where we are as a company. I'm sorry it's not the news you were hoping for.

Warmly,
Jake`, 'Head of Operations'),
  rej('application', ['profile_mismatch'], {},
    `Dear Sir/Madam,

Thank you for applying for the Graduate Surveyor scheme. We regret to inform you that you have not been selected; we felt other candidates demonstrated greater relevant experience for the scheme this year.

Recruitment`, 'Graduate Surveyor'),
  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Aarav,

Thank you for your time with the team. We've decided to go forward with candidates whose skill sets are closer to the immediate needs of the squad. We'll reach out if a more suitable opening comes up.

Best,
Neha`, 'Frontend Developer'),
  rej('screen', ['profile_mismatch'], {},
    `Dear Claire,

Thank you for speaking with me. Having reviewed the shortlist with the partner, I'm sorry to say we're moving ahead with applicants whose experience is a closer match to what the partner is looking for.

Kind regards,
Julia${agency}`, 'Private Client Associate'),
  rej('application', ['skills_gap'], { ...fb },
    `Hi Tariq,

Thanks for applying to be a Delivery Driver. All our drivers need a Category C licence and we couldn't see one on your application, so we can't take it further right now.

Thanks,
Swiftline Recruitment`, 'Delivery Driver'),
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Harriet,

Thank you for interviewing for the Senior Midwife post. The panel were impressed with you; however, this post requires experience of leading a shift on a labour ward, which you have not yet had. We are therefore unable to offer you the post.

Kind regards,
Midwifery Recruitment`, 'Senior Midwife'),
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Noah,

Thanks for your time with us. We've decided to go with a candidate who has direct experience selling into the public sector, which is where most of this pipeline sits. We really enjoyed meeting you.

Best,
Ruth`, 'Enterprise Account Executive'),
  rej('assessment', ['assessment'], {},
    `Hi Sam,

Thanks for doing the design challenge for the Product Designer role. We looked at it carefully, and it didn't quite meet the standard we need for this role. We won't be moving forward.

Best,
Lotte`, 'Design challenge'),
  rej('interview', ['assessment'], { ...fb },
    `Dear Gaurav,

Thank you for attending the interview and the technical assessment. While the panel liked your approach in interview, your test results were not strong enough for us to proceed, particularly on the SQL section.

Regards,
Recruitment Team`, 'Database Administrator'),
  rej('interview', ['profile_mismatch', 'position_filled'], {},
    `Dear Matilda,

Thank you for interviewing for the Gallery Educator post. The post has now been filled by an applicant whose experience aligned more closely with the post. We are grateful for your interest.

Best wishes,
Learning Team`, 'Gallery Educator'),
  rej('screen', ['location'], { ...fb },
    `Hi Luis,

Thanks for the chat. The team needs someone in the office in Austin at least four days a week, and as you're set on staying in Denver we'll need to stop here.

Best,
Kendra`, 'Solutions Engineer'),
  rej('application', ['generic'], {},
    `Dear Abdul,

Thank you for applying to the Apprentice Electrician scheme. Places are limited and we assess all applications in line with our fair selection policy. We are sorry to tell you that your application has not been successful.

Apprenticeships Team`, 'Apprentice Electrician'),
  rej('interview', ['generic'], {},
    `Hi Natasha,

Thanks for the great conversation yesterday. You've done some impressive work on onboarding flows, and it's clear you know your craft. We've decided to pursue other candidates for this position, though.

Thanks again,
Felix`, 'Senior Product Designer'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Ms Adeyemi,

Thank you for attending interview for the Senior Planning Officer post. Having considered all candidates against the person specification, the panel concluded that another applicant matched it more fully, and I am sorry to tell you that you have not been appointed.

Yours sincerely,
Head of Planning`, 'Senior Planning Officer'),
  rej('application', ['profile_mismatch'], {},
    `Hi Greta,

Thanks for your application to the Content Lead role. We went back and forth on this one, but in the end we felt others in the pool were nearer to the profile we're hiring for. Sorry to be the bearer of bad news!

Milo, Talent`, 'Content Lead'),
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Ramesh,

Thank you for attending the interview for the Tax Manager role. We were looking for someone with stronger transfer pricing experience, an area the team will lean on heavily this year, and we felt your exposure to it was limited. We wish you all the best.

Regards,
HR`, 'Tax Manager'),
  rej('assessment', ['assessment'], { ...fb },
    `Hi Ines,

Thanks for sitting the translation test. The markers found several mistranslations of technical terms and the piece didn't meet the quality threshold we apply to all translators, so we won't be adding you to the panel this time.

Best,
Vendor Management`, 'Translation test'),
  rej('application', ['generic'], {},
    `Dear Mohammed,

Thank you for your interest in the Trainee Pilot programme. Selection is highly competitive and based on a range of factors including aptitude, experience and motivation. We regret to inform you that your application will not be progressed.

Flight Crew Recruitment`, 'Trainee Pilot programme'),
];
