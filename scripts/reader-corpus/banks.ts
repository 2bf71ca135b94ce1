/**
 * Phrase banks for the reader's own labelled corpus. Every item is written for this project.
 * Each bank is split by position: items whose index % 3 === 2 are held out for the SEALED part
 * (see generate.ts), so the sealed messages use wordings the development part never shows.
 *
 * Placeholders: {name} {company} {role} {skill} {skill2} {years} {lang} {city} {person} {person2}
 * {recruiter} {day} {req} {team}.
 */
import type { Reason, ReaderStage } from '../../src/domain/reader/types.js';

/** a reason sentence, and whether it is SPECIFIC feedback about this candidate (LABELS.md) */
export interface ReasonItem {
  text: string;
  feedback: boolean;
}

export const NAMES = ['Priya', 'Tom', 'Aisha', 'Mateo', 'Hannah', 'Kwame', 'Sofia', 'Ravi', 'Elena', 'Jordan', 'Mei', 'Oluwaseun', 'Liam', 'Fatima', 'Noah', 'Ingrid', 'Arjun', 'Chloe', 'Diego', 'Yusuf', 'Grace', 'Sven', 'Ananya', 'Ben'];
export const PEOPLE = ['Marta', 'Daniel', 'Keisha', 'Omar', 'Lucy', 'Hiroshi', 'Nadia', 'Pete', 'Carmen', 'Raj', 'Eilidh', 'Chris', 'Deepa', 'Felix'];
export const RECRUITERS = ['Sarah Okafor', 'James Whitfield', 'Neha Kulkarni', 'Lena Brandt', 'Marcus Bell', 'Rosa Delgado', 'Amit Shah', 'Kate Lindqvist', 'Tunde Adeyemi', 'Holly Park', 'Gareth Evans', 'Shreya Menon'];
export const COMPANIES = ['Quillfield', 'Harbourline Insurance', 'Pixelwright Studios', 'Northgate Health', 'Corvid Analytics', 'Bramble & Finch', 'Tessellate', 'Ironbark Mining', 'Lumen Retail Group', 'Kestrel Aviation', 'Orchard Lane Schools', 'Velocity Freight', 'Moonstone Bank', 'Greyhaven Council', 'Sundial Software', 'Peregrine Labs', 'Blue Heron Hotels', 'Caspian Energy', 'Nimbus Cloud', 'Willowmere Care', 'Tata Quanta Systems', 'Infoveda Technologies', 'Saffron Fintech', 'Marlow Legal LLP'];
export const ROLES = ['Data Analyst', 'Senior Backend Engineer', 'Marketing Coordinator', 'Staff Nurse', 'Product Designer', 'Graduate Accountant', 'Customer Success Manager', 'Site Reliability Engineer', 'HR Generalist', 'Junior Solicitor', 'Mechanical Design Engineer', 'Operations Manager', 'Machine Learning Intern', 'Store Supervisor', 'Content Writer', 'Business Analyst', 'Frontend Developer', 'Finance Business Partner', 'Research Assistant', 'Project Coordinator', 'QA Automation Engineer', 'Sales Development Representative', 'Pharmacist', 'Teaching Assistant'];
export const SKILLS = ['Kubernetes', 'SQL', 'stakeholder management', 'React', 'financial modelling', 'Salesforce administration', 'people management', 'B2B sales', 'Python', 'clinical audit', 'AutoCAD', 'IFRS reporting', 'Terraform', 'user research', 'paid social campaigns', 'employment law', 'Java', 'supply chain planning', 'data visualisation', 'Go'];
export const LANGS = ['German', 'Dutch', 'French', 'Japanese', 'Spanish', 'Mandarin', 'Portuguese'];
export const CITIES = ['Manchester', 'Austin', 'Bengaluru', 'Berlin', 'Toronto', 'Dublin', 'Singapore', 'Pune', 'Leeds', 'Denver'];
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'the 14th', 'the 3rd'];
export const TEAMS = ['engineering', 'design', 'finance', 'marketing', 'clinical', 'operations', 'product', 'analytics'];

export const GREETINGS = ['Dear {name},', 'Hi {name},', 'Hello {name},', '{name},', 'Hi {name}!', 'Dear Candidate,', 'Good afternoon {name},', 'Hey {name},', 'Dear {name} ,', 'Hello,', 'Greetings {name},', 'Morning {name},'];

// ── what the candidate went through, said early in the message
export const OPENERS: Record<ReaderStage, string[]> = {
  application: [
    'Thank you for applying for the {role} position at {company}.',
    'Thanks for your interest in {company} and in the {role} role.',
    'We appreciate you taking the time to submit an application for {role}.',
    'Thank you for your application to {company} (Job ID {req}).',
    'Thank you for considering {company} as the next step in your career.',
    'Many thanks for sending us your CV for the {role} vacancy.',
    'I am writing about the application you sent us for the {role} opening.',
    'Thanks for reaching out about the {role} job we posted.',
    'Thank you for your recent application for {role} in our {team} team.',
    'We are grateful that you applied to join {company}.',
    'Thank you for expressing interest in the {role} role with us.',
    'Your application for {role} ({req}) has now been reviewed.',
    'Thanks so much for putting yourself forward for {role}.',
    'We have carefully read through your application for the {role} post.',
    'Thank you for the time you spent on your application to {company}.',
    'Greetings from {company}! Thank you for applying to the {role} opening.',
    'We received a large number of applications for the {role} role and appreciate your patience while we reviewed them.',
    'Thank you for your interest in the {role} position that was advertised on our careers site.',
  ],
  screen: [
    'Thank you for taking the time to speak with me on the phone on {day} about the {role} role.',
    'Thanks for jumping on a quick call with me on {day}.',
    'It was good to chat with you during our initial phone screen.',
    'Thank you for the introductory call about {role} at {company}.',
    'I enjoyed our short conversation on {day} about your background and the {role} opening.',
    'Thanks again for your time on the recruiter call.',
    'Thank you for the screening call with our talent team.',
    'Following our telephone conversation on {day}, I wanted to come back to you about the {role} role.',
    'Thank you for speaking with me about the {role} position; I appreciated hearing about your career so far.',
    'Thanks for the chat on {day} - it was nice to put a voice to the CV.',
    'I appreciated you making time for a first call with me this week.',
    'Thank you for your time on the 20-minute call with our recruitment team.',
    'After our phone screen on {day}, I shared my notes with the hiring manager.',
    'Thank you for the brief call we had about the {role} vacancy.',
    'It was a pleasure speaking with you over the phone about {company}.',
  ],
  assessment: [
    'Thank you for completing the take-home exercise for the {role} role.',
    'Thanks for the time and effort you put into the coding challenge.',
    'We have now reviewed the online assessment you completed for {role}.',
    'Thank you for submitting your written case study.',
    'Thanks for taking our skills test last week.',
    'Thank you for sending over your solution to the technical task.',
    'Our team has looked at the assignment you returned on {day}.',
    'Thank you for sitting the numerical reasoning test as part of your application.',
    'We appreciate the work you did on the design exercise for {company}.',
    'Thank you for completing the HackerRank assessment for {role}.',
    'Thanks for doing the data exercise we sent through.',
    'Thank you for taking part in the situational judgement test.',
    'We have received the results of the aptitude test you took on {day}.',
    'Thank you for working through the pair of SQL exercises we shared.',
    'Thanks for preparing the writing sample we asked for.',
  ],
  interview: [
    'Thank you for interviewing with us for the {role} position.',
    'Thanks for taking the time to meet with {person} and {person2} on {day}.',
    'It was a pleasure speaking with you during your interviews with the {team} team.',
    'Thank you for the conversations you had with our hiring manager and the team over the last two weeks.',
    'Thanks so much for coming in to meet us on {day}.',
    'I wanted to thank you for your time on the video interview with {person}.',
    'Thank you for speaking with {person}, our Head of {team}, and with the wider team.',
    'We really enjoyed our conversations with you during the interview process for {role}.',
    'Thank you for the second-round interview on {day}.',
    'Thanks for joining us for the panel interview.',
    'After your interview with the {team} team, we met to discuss all the candidates.',
    'Thank you for talking with {person} and me about the {role} role; the team enjoyed meeting you.',
    'Thanks for meeting the team and for sharing so openly about your work.',
    'Thank you for your patience through the interview process over the past few weeks.',
    'Following your interview with our hiring manager on {day}, we have now made a decision.',
    'It was great to meet you in person at our {city} office.',
    'Thanks for taking the time to speak with our {team} leadership last week.',
    'Thank you for participating in the technical interview with {person}.',
    'Thank you for the time you spent with {person} and the panel on {day}.',
    'I really appreciated getting to know you through the interviews.',
  ],
  final: [
    'Thank you for attending the final round of interviews for {role}.',
    'Thank you for spending the day with us at our onsite.',
    'You were one of the final two candidates for the {role} position.',
    'Thank you for your presentation to the leadership team at the final stage.',
    'Thanks for coming through every stage of our process, right up to the final interview with {person}.',
    'Thank you for joining us for the assessment centre on {day}.',
    'It was a very close decision between you and one other finalist.',
    'Thanks for meeting our CEO in the last round.',
    'Thank you for your time at the final panel on {day}.',
    'We appreciated you coming in for the full-day interview.',
    'Thank you for progressing all the way to our final stage.',
    'You made it to the shortlist of three for {role}, which is a real achievement.',
  ],
};

// ── a polite decision with no reason in it
export const DECISIONS: string[] = [
  'Unfortunately, we have decided not to move forward with your application.',
  'After careful consideration, we will not be progressing your application any further.',
  'We regret to inform you that you have not been selected for this position.',
  'On this occasion you have not been successful.',
  'I am sorry to let you know that we will not be taking your application forward.',
  "We've decided to pursue other candidates for this role.",
  'We are unable to offer you a position at this time.',
  'Regrettably, we will not be proceeding with your candidacy.',
  'I wanted to let you know that we have decided to go in a different direction.',
  'We won\'t be moving ahead with you for this role.',
  'After a lot of thought, the answer this time is no.',
  'Your application was not shortlisted for the next stage.',
  'We have decided not to offer you the role.',
  'Sadly, this time it is not good news.',
  'We have made the difficult decision not to proceed.',
  'We will not be able to move you forward in the process.',
  'Please accept this email as notice that your application has been unsuccessful.',
  'I\'m afraid we won\'t be progressing things further.',
  'We have concluded that we will not continue with your application.',
  'Your candidature has not been shortlisted.',
  'Unfortunately this time we will not be inviting you to the next stage.',
  'It was not an easy decision, but we will not be extending an offer.',
  'The hiring team has decided to close your application.',
  'We are not going to proceed with your profile for this opening.',
];

// ── generic statements (reason: generic) that add nothing about fit
export const GENERIC_FILLERS: string[] = [
  'We received a very high number of applications for this role.',
  'The competition for this position was strong.',
  'This was a difficult decision because the field was so competitive.',
  'We had many talented applicants and only one opening.',
  'Please know that this was not an easy choice for the team.',
  'The quality of candidates this year was exceptional.',
  'The volume of interest in this vacancy has been overwhelming.',
  'Our selection process was highly competitive.',
  'We had to make some tough choices among a strong pool.',
];

// ── reasons
export const REASONS: Record<Exclude<Reason, 'generic'>, ReasonItem[]> = {
  profile_mismatch: [
    { text: 'We have decided to move forward with candidates whose experience more closely matches our current needs.', feedback: false },
    { text: 'Other applicants had backgrounds that aligned more closely with the requirements of the role.', feedback: false },
    { text: 'We felt that your profile is not the right fit for this particular position.', feedback: false },
    { text: 'We selected candidates whose skills and experience were a closer match for what the team needs.', feedback: false },
    { text: 'Your experience does not quite match what we are looking for in this role.', feedback: false },
    { text: 'We went with a candidate whose background was better suited to the position.', feedback: false },
    { text: 'After comparing all applications, others matched the brief more closely.', feedback: false },
    { text: 'We did not feel your qualifications aligned with the needs of this role.', feedback: false },
    { text: 'Some candidates had experience that was more relevant to what we need right now.', feedback: false },
    { text: 'The successful applicants brought experience that fits the team more directly.', feedback: false },
    { text: 'We have identified people whose profiles better suit the position.', feedback: false },
    { text: 'We are progressing applicants with a stronger match to the job description.', feedback: false },
    { text: 'We found that your application did not meet the requirements for this position as closely as others.', feedback: false },
    { text: 'Ultimately there were other candidates whose experience was more in line with the role.', feedback: false },
    { text: 'The hiring manager felt other profiles were stronger for this particular opening.', feedback: false },
    { text: 'Your background, while interesting, is not what this team needs at the moment.', feedback: false },
    { text: 'We chose to proceed with people who more closely fit the profile we had in mind.', feedback: false },
    { text: 'We are looking for a different kind of experience for this position.', feedback: false },
  ],
  skills_gap: [
    { text: 'For this role we need someone with at least {years} years of hands-on {skill} experience.', feedback: true },
    { text: 'The team was looking for deeper experience in {skill} than you currently have.', feedback: true },
    { text: 'This position requires professional fluency in {lang}, which is essential for working with our clients.', feedback: true },
    { text: 'We are looking for candidates who hold a chartered accounting qualification.', feedback: true },
    { text: 'The interviewers felt your {skill} knowledge was not yet at the level the role needs.', feedback: true },
    { text: 'We went with someone who has more direct experience of {skill}.', feedback: true },
    { text: 'A degree in a related field is a requirement for this programme, and we could not see one in your application.', feedback: true },
    { text: 'The main gap for us was commercial experience with {skill}.', feedback: true },
    { text: 'We did not see enough evidence of {skill} in your examples.', feedback: true },
    { text: 'The role calls for a valid nursing registration, which we could not confirm.', feedback: true },
    { text: 'Candidates who progressed had more experience managing {skill} at scale.', feedback: true },
    { text: 'Your answers on {skill} lacked the depth we need for a senior hire.', feedback: true },
    { text: 'We really need someone who can lead {skill} work from day one, and your experience there is still limited.', feedback: true },
    { text: 'This position needs a minimum of {years} years in a similar role.', feedback: true },
    { text: 'We felt you would need more exposure to {skill} before stepping into this job.', feedback: true },
    { text: 'The client is only considering people with a current security clearance.', feedback: true },
    { text: 'We are prioritising applicants who have already worked with {skill} and {skill2} in production.', feedback: true },
    { text: 'Your technical grounding in {skill} is not as strong as we would need.', feedback: true },
  ],
  assessment: [
    { text: 'Unfortunately your score on the assessment fell below the threshold we set for this stage.', feedback: false },
    { text: 'Your submission did not meet the standard required to progress.', feedback: false },
    { text: 'The reviewers found that your solution did not handle the edge cases in the brief and the tests were missing.', feedback: true },
    { text: 'Your results on the test were not strong enough for us to move forward.', feedback: false },
    { text: 'The case study missed the pricing analysis we asked for and the recommendations were not backed by the data.', feedback: true },
    { text: 'Sadly you did not pass the technical test.', feedback: false },
    { text: 'Our engineers felt the code was hard to follow and lacked any error handling.', feedback: true },
    { text: 'The exercise did not reach the pass mark.', feedback: false },
    { text: 'Your written task was well presented, but the financial model contained errors in the cash flow section.', feedback: true },
    { text: 'The outcome of your online test was below what we need for this role.', feedback: false },
    { text: 'The panel felt your take-home did not show enough attention to accessibility, which was central to the brief.', feedback: true },
    { text: 'We did not feel the assignment you returned was at the level we need.', feedback: false },
    { text: 'Your aptitude results did not meet our minimum benchmark.', feedback: false },
    { text: 'The design exercise did not address the user research findings we provided.', feedback: true },
    { text: 'Your answers to the SQL exercise returned incorrect totals for two of the questions.', feedback: true },
  ],
  internal_candidate: [
    { text: 'We have decided to fill the position with an internal candidate.', feedback: false },
    { text: 'The role has gone to a colleague who already works in the team.', feedback: false },
    { text: 'We have appointed someone from within the organisation.', feedback: false },
    { text: 'An existing member of staff applied and has been appointed to the post.', feedback: false },
    { text: 'We chose to promote internally for this opening.', feedback: false },
    { text: 'A current employee will be taking on the role.', feedback: false },
    { text: 'We have been able to fill this vacancy through an internal move.', feedback: false },
    { text: 'The business has decided to hire from within for this one.', feedback: false },
    { text: 'Someone already in the department will be stepping into the position.', feedback: false },
  ],
  position_filled: [
    { text: 'The position has now been filled.', feedback: false },
    { text: 'We have offered the role to another candidate, who has accepted.', feedback: false },
    { text: 'We have already hired for this role.', feedback: false },
    { text: 'This vacancy is no longer open as we have appointed a successful applicant.', feedback: false },
    { text: 'Our selection for this position is now complete.', feedback: false },
    { text: 'Another candidate has accepted our offer.', feedback: false },
    { text: 'We have filled all of the places on this year\'s programme.', feedback: false },
    { text: 'The job was filled shortly after your application arrived.', feedback: false },
    { text: 'We made an offer to a candidate earlier this week and it has been accepted.', feedback: false },
    { text: 'The opening has been taken by another applicant.', feedback: false },
    { text: 'Our cohort for this intake is now full.', feedback: false },
    { text: 'We have found the person we were looking for.', feedback: false },
  ],
  role_closed: [
    { text: 'The role has been cancelled following a change in business priorities.', feedback: false },
    { text: 'Due to budget changes the position is no longer available.', feedback: false },
    { text: 'We have put all hiring on hold for the rest of the year.', feedback: false },
    { text: 'After a restructure, this job will not be going ahead.', feedback: false },
    { text: 'The requisition has been closed by the hiring team.', feedback: false },
    { text: 'The client has decided not to fill the role after all.', feedback: false },
    { text: 'Headcount for this team was withdrawn last week.', feedback: false },
    { text: 'We have frozen recruitment across the company.', feedback: false },
    { text: 'The vacancy has been withdrawn while the department is reorganised.', feedback: false },
    { text: 'Funding for the project this role supported has ended.', feedback: false },
    { text: 'We are no longer recruiting for this position.', feedback: false },
    { text: 'The team has decided to stop the search for now.', feedback: false },
  ],
  culture_fit: [
    { text: 'The team felt your working style would not suit the way our small, fast-moving team operates.', feedback: true },
    { text: 'We did not feel there was a strong alignment with our company values.', feedback: true },
    { text: 'We felt you would be happier in a more structured, corporate environment.', feedback: true },
    { text: 'The panel was not convinced the fit with the team culture was there.', feedback: true },
    { text: 'We look for people who enjoy a lot of ambiguity, and we sensed you prefer clearer processes.', feedback: true },
    { text: 'Your preference for working independently differs from how this team collaborates day to day.', feedback: true },
    { text: 'We did not think the role would match your preferred way of working.', feedback: true },
    { text: 'We were looking for someone who shares our commitment to hands-on mentoring, and that did not come through.', feedback: true },
    { text: 'Culturally we did not feel it was the right match for either side.', feedback: true },
  ],
  location: [
    { text: 'We are unable to sponsor a work visa for this position.', feedback: true },
    { text: 'This role requires you to be in our {city} office four days a week, and you mentioned you cannot relocate.', feedback: true },
    { text: 'Applicants must have the right to work in the UK without sponsorship.', feedback: true },
    { text: 'We are only hiring people based in {city} for this team.', feedback: true },
    { text: 'The time zone difference would make collaboration with the team too difficult.', feedback: true },
    { text: 'This internship is only open to students who are permanent residents.', feedback: true },
    { text: 'We are looking for candidates who can commute to site daily.', feedback: true },
    { text: 'We cannot offer a fully remote arrangement for this job.', feedback: true },
    { text: 'Your work authorisation status does not meet the requirements of this contract.', feedback: true },
    { text: 'We are unable to consider candidates who would need relocation support.', feedback: true },
  ],
  salary: [
    { text: 'Your salary expectations are above the range we have budgeted for this role.', feedback: true },
    { text: 'The figure you mentioned is well beyond what we can offer.', feedback: true },
    { text: 'We could not meet the compensation you are looking for.', feedback: true },
    { text: 'The budget for this position tops out below your current package.', feedback: true },
    { text: 'There is a gap between your expected pay and the band for this role.', feedback: true },
    { text: 'Your day rate is higher than the client is able to pay.', feedback: true },
    { text: 'We are not able to stretch our offer to the salary you requested.', feedback: true },
    { text: 'The pay on offer would be a step down for you, and we cannot increase it.', feedback: true },
  ],
  overqualified: [
    { text: 'Given your experience, we feel you are overqualified for this role.', feedback: true },
    { text: 'Your background is more senior than what this position calls for.', feedback: true },
    { text: 'We worry the role would not challenge you for long.', feedback: true },
    { text: 'This is a junior position and your experience goes well beyond it.', feedback: true },
    { text: 'We felt you would quickly outgrow the responsibilities of this job.', feedback: true },
    { text: 'Your level of experience exceeds what we need for this opening.', feedback: true },
    { text: 'We think the role would be a step backwards for someone with your track record.', feedback: true },
  ],
};

// ── specific feedback sentences that carry skills_gap without stock phrasing (interview / final stages)
export const NOTED_FEEDBACK: string[] = [
  'The team noted your strong communication, but felt your system design answers did not go deep enough on {skill}.',
  '{person} mentioned that your examples of {skill} were mostly from small projects.',
  'The panel liked your enthusiasm; where you fell short was in structuring the {skill} discussion.',
  'Your portfolio was strong, though the interviewers wanted to see more evidence of {skill}.',
  'One point the interviewers raised was limited experience leading {skill} initiatives.',
  'In the technical round, your approach to {skill} was less mature than the other finalists.',
  'The hiring manager felt you would need a lot of support with {skill} in the first months.',
  'Feedback from the panel was that your {skill} experience was more theoretical than practical.',
  'They were impressed by your presentation but had doubts about your depth in {skill}.',
];

// ── generic praise: NOT feedback
export const PRAISE: string[] = [
  'We were impressed by your background and accomplishments.',
  'It was clear you have a lot to offer.',
  'Your experience is impressive.',
  'We enjoyed learning about your career so far.',
  'Thank you for the enthusiasm you showed for our mission.',
  'You clearly have a lot of talent.',
  'Your application stood out in many ways.',
  'We appreciate the care you put into your application.',
  'Please don\'t take this as a reflection of your abilities.',
  'I know this is not the news you were hoping for.',
];

// ── door open (doorOpen: true)
export const DOORS: string[] = [
  'We will keep your CV on file and contact you if a suitable position comes up.',
  'We would welcome an application from you for future openings that match your experience.',
  'Please keep an eye on our careers page and apply again if something catches your eye.',
  'Your details will stay in our talent pool for future roles.',
  'We encourage you to apply for other positions at {company} in the future.',
  'I\'d love to stay in touch and will reach out if a role opens up that fits you better.',
  'You are welcome to reapply in six months.',
  'Feel free to join our talent community to hear about new vacancies.',
  'We hope you will consider applying to {company} again.',
  'If another opening comes up in the {team} team, I will let you know.',
  'We will hold on to your resume for future opportunities.',
  'Do continue to look at our vacancies, as we would be glad to hear from you again.',
  'We may reach out about future roles that are a better match.',
  'Please don\'t let this stop you from applying for our next graduate intake.',
  'Your profile has been saved, and our recruiters may contact you about similar positions.',
  'I\'ll be in touch if anything else comes up that suits your background.',
  'There may be other roles here in the coming months, and we would be happy to see your name again.',
  'Kindly keep checking our openings page for positions matching your profile.',
];

// ── feedback offered (feedbackOffered: true)
export const OFFERS: string[] = [
  'If you would like feedback on your interview, just reply to this email and I will arrange a call.',
  'I am happy to share more detailed feedback if that would be useful.',
  'Please let me know if you would like to hear the panel\'s feedback.',
  'Feel free to reach out if you want some pointers on the assessment.',
  'Should you wish to receive feedback, please contact {recruiter} directly.',
  'I would be glad to set up a short call to talk you through the team\'s thoughts.',
  'If it would help, I can send over the notes from your interviews.',
  'Let me know if you\'d like a debrief; I\'m happy to go through it with you.',
  'Feedback is available on request.',
  'Do not hesitate to ask if you would like some feedback on your application.',
  'I can give you more feedback over the phone if you like.',
];

// ── refusals and retention notices that look like flags but are not
export const NO_FEEDBACK: string[] = [
  'Due to the volume of applications, we are unable to provide individual feedback.',
  'Unfortunately we cannot offer feedback at this stage of the process.',
  'Please understand that we are not in a position to give detailed feedback on applications.',
  'We regret that we cannot respond with personal feedback to every candidate.',
  'Owing to the number of candidates, individual feedback will not be given.',
];
export const NO_DOOR: string[] = [
  'In line with our privacy policy, your data will be deleted after six months.',
  'Your personal information will be retained for 12 months in accordance with data protection law, then erased.',
  'We will not be keeping your details on file after this process.',
  'Please note that we do not hold applications for future vacancies.',
  'Under GDPR, we will delete your application data at the end of this campaign.',
];

// ── boilerplate that mentions later steps without the candidate having reached them (application stage traps)
export const PROCESS_BOILERPLATE: string[] = [
  'Our hiring process usually involves an assessment, interviews with the team and a final conversation with a director, so we review every application carefully at the start.',
  'We only invite a small number of applicants to interview, and we know how much effort goes into each application.',
  'Only shortlisted candidates progress to the online test and final interviews.',
  'Our recruitment process includes a phone screen, a technical test and an onsite day, and this year we had to be especially selective at the first step.',
  'Every application is read by a member of the hiring team rather than by software.',
  'The next stage would have been a video interview with the hiring manager.',
  'We were not able to invite everyone we would have liked to the assessment centre.',
];

// ── company boilerplate, for long messages
export const COMPANY_BLURBS: string[] = [
  'At {company}, we are building tools that help small businesses manage their finances with confidence.',
  'Since 1998, {company} has grown from a single office to a team of more than 3,000 people across five countries.',
  '{company} is proud to be an equal opportunity employer, and we value diversity at every level.',
  'We believe the best work happens when people feel they belong, and our hiring process is designed around that idea.',
  'Our mission is to make healthcare more accessible for everyone, and we are grateful to every person who wants to be part of it.',
  'We are a team of curious people who care about craft, and we take each application seriously.',
  'As a B Corp, {company} balances profit with purpose in everything we do.',
];

export const CLOSERS: string[] = [
  'We wish you the best of luck in your job search.',
  'Wishing you every success in the future.',
  'All the best with your next steps.',
  'Good luck with your search, and thank you again.',
  'We hope you find the right opportunity soon.',
  'Thank you again for your interest in {company}.',
  'Best wishes for your future career.',
  'Take care, and best of luck.',
  'We appreciate your understanding.',
  'Thanks again for your time and interest.',
];

export const SIGNOFFS: string[] = [
  'Kind regards,\n{recruiter}\nTalent Acquisition, {company}',
  'Best,\n{recruiter}',
  'Warm regards,\nThe {company} Recruiting Team',
  'Sincerely,\n{recruiter}\nSenior Recruiter | {company}',
  'Thanks,\n{recruiter}\n{company} People Team',
  'Cheers,\n{first}',
  'Regards,\nHR Department\n{company}',
  'Many thanks,\n{recruiter}\nResourcing Partner',
  'Best regards,\nTeam HR\n{company}',
  'With best wishes,\n{recruiter}\nHead of Talent',
  '{first}',
  'Thanks and regards,\n{recruiter}\nTalent Acquisition Group, {company}',
];

export const FOOTERS: string[] = [
  '\n\n---\nThis email was sent via Greenhouse. Please do not reply directly to this message.',
  '\n\nPowered by Workday | Unsubscribe from job alerts | Privacy Policy',
  '\n\nThis is an automated message from the {company} careers portal. Replies to this address are not monitored.',
  '\n\nSent with Lever. {company}, 100 Market Street. You are receiving this email because you applied for a job.',
  '\n\nThis message and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.',
  '\n\n{company} is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, colour, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.',
  '\n\nSmartRecruiters | Manage your candidate profile | Privacy',
  '\n\niCIMS Talent Platform - Do not reply to this e-mail.',
  '\n\nAshby | You can manage how we use your data in your candidate portal.',
];

// ── agency recruiters: decisions relayed from a client
export const AGENCY_LINES: string[] = [
  'I have heard back from {company} about the {role} role.',
  'I\'ve had feedback from the client on your application.',
  'Just a quick update from my side on the {role} opportunity at {company}.',
  'The client came back to me this morning.',
];

// ── Indian-English and British-English touches
export const INDIAN_LINES: string[] = [
  'Greetings from {company}!',
  'Kindly note that this decision is final for the current requirement.',
  'We thank you for your interest and the time invested in the selection process.',
];

// ── non-rejections: acknowledgements, updates, invitations, alerts, offers, newsletters
export const ACKNOWLEDGEMENTS: string[] = [
  'Thank you for applying for the {role} position at {company}. We have received your application and our team will review it carefully. If your experience matches what we are looking for, we will contact you to discuss next steps. Unfortunately, due to the volume of applications, we are not able to respond to every applicant individually.',
  'Thanks for your interest in {company}! This is a quick note to confirm that your application for {role} arrived safely. We review every application by hand, so it may take up to two weeks to hear from us.',
  'We appreciate your application for {role}. Your details are now with the hiring team, and we will be in touch if you are shortlisted. In the meantime, feel free to explore other roles on our careers page.',
  'Your application for {role} ({req}) has been submitted successfully. You can track its status at any time in your candidate portal.',
  'Thank you for your interest in joining {company}. We have received your CV and a member of our talent team will look at it shortly. If we do not contact you within 30 days, please assume that your application has not been successful on this occasion.',
  'Greetings from {company}! We acknowledge receipt of your application for the post of {role}. Kindly wait while our team evaluates your profile.',
  'Thanks for applying! We know job hunting can be stressful, so we promise to get back to you either way. Our team reads every application and we usually reply within ten working days.',
  'We\'ve got your application for {role}. What happens next: our recruiters review applications on a rolling basis, and if there is a match we will invite you to a short call.',
  'This email confirms we have received your application for {role}. We wish you the best of luck and hope to speak with you soon.',
];
export const STATUS_UPDATES: string[] = [
  'I wanted to give you a quick update on the {role} role. We are still reviewing applications and expect to make decisions about interviews by the end of next week. Thank you for your patience; we will be in touch either way.',
  'Just a note to let you know your application for {role} is still under consideration. The hiring manager has been travelling, so things have taken a little longer than planned. We\'ll be in touch soon.',
  'Thank you for your patience. We have had a strong response to the {role} vacancy and are working through the applications carefully. You will hear from us within the next two weeks.',
  'Your application status for {role} has changed to: In review. No action is needed from you at this time.',
  'Thanks for checking in. The team is finishing the first round of interviews this week and I will update you as soon as I hear anything.',
  'We wanted to let you know that we have received a high number of applications and need a little more time. Unfortunately this means our timeline has moved by a week, but we will contact you as soon as a decision has been made.',
];
export const INVITES: string[] = [
  'Thank you for applying for {role}. We were impressed by your application and would like to invite you to a video interview with {person} from our {team} team. Please use the link below to pick a time that suits you.',
  'Good news: we would love to move you forward to the next stage of the process for {role}. The next step is a 45-minute technical interview. Could you send me your availability for next week?',
  'Thanks for your time on the phone on {day}. The hiring manager would like to meet you in person at our {city} office. Please let me know which of the following slots works best.',
  'Following your application for {role}, we would like you to complete a short online assessment. The link will expire in five days. Unfortunately we cannot extend this deadline.',
  'Congratulations, you have been shortlisted for the final round for {role}! We are excited to invite you to our assessment day on {day}.',
  'We enjoyed your first interview and would like to invite you to a second conversation with {person}, our Head of {team}.',
  'Please find attached the take-home exercise for {role}. We ask that you return it within seven days; don\'t hesitate to reach out if anything is unclear.',
];
export const ALERTS: string[] = [
  'New jobs matching your search "{role}" in {city}: 12 new roles this week. Data Engineer at Corvid Analytics; Product Designer at Tessellate; Operations Manager at Velocity Freight. Not interested in these alerts anymore? Unsubscribe here.',
  'Hi {name}, based on your profile, you might be a good fit for these openings at {company}. View jobs. You are receiving this email because you joined our talent community.',
  'Your weekly job digest: 8 roles near {city} match your saved preferences. Apply in one click. Manage alerts.',
  'Recruiters viewed your profile 4 times this week. Upgrade to see who is looking at your CV.',
];
export const OFFER_MAILS: string[] = [
  'I am delighted to offer you the position of {role} at {company}. Your formal offer letter is attached, and we would love to welcome you to the team on {day}.',
  'Congratulations! Following your final interview, we would like to offer you the {role} role. Please review the attached contract and let me know if you have any questions.',
  'Great news - the team loved meeting you and we are making you an offer for {role}. I will call you later today to talk through the details.',
];
export const NEWSLETTERS: string[] = [
  'This month at {company}: our new office in {city} is open, we welcomed 40 new colleagues, and the {team} team shipped our biggest release yet. Read the full story on our blog.',
  'Thanks for attending our careers webinar. The recording and slides are now available. We hope to see you at our next event on {day}.',
  'You\'re invited to {company}\'s open evening for graduates. Meet our teams, hear about our programmes and ask anything you like. Register now; places are limited.',
  'Please confirm your attendance at the interview on {day} by replying to this email. The address and parking details are below.',
  'Reminder: your interview with {person} is tomorrow at 10:00. If you need to reschedule, please let us know as soon as possible.',
];
export const ON_HOLD: { text: string; reasons: Reason[] }[] = [
  { text: 'I wanted to let you know that the {role} search has been put on hold while the leadership team reviews next year\'s budget. Your application remains active and we will come back to you when it restarts.', reasons: ['role_closed'] },
  { text: 'We have temporarily paused the process for {role}. Nothing has been decided about your application, and we will be in touch as soon as we have more information.', reasons: ['role_closed'] },
  { text: 'The final decision for {role} has been delayed by a few weeks. We haven\'t ruled anyone out yet and appreciate your patience.', reasons: ['generic'] },
  { text: 'Due to an internal reorganisation, hiring for {role} is frozen for the moment. We hope to resume in the new quarter and will let you know.', reasons: ['role_closed'] },
  { text: 'We have not yet made a final decision on the {role} position, as the hiring manager is on leave. I will update you when I hear more.', reasons: ['generic'] },
];
