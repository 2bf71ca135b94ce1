/**
 * Development messages of the eleventh round, never sealed, aimed at the stage (issue 9): talks after interviews in
 * words no rule lists, a single recruiter's call, boilerplate that names later steps or uses "final", "assessment" and
 * "shortlist" in another sense, steps the candidate took named only by their content (a whiteboard session, a
 * portfolio review, a pairing exercise, a case presented, a day in the kitchen), and references or background checks
 * after final rounds — in ATS templates, hiring managers' and recruiters' notes, agencies, universities and graduate
 * schemes and the public sector, in British, American and Indian English. The rules may be checked against them and
 * the model may be trained on them.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold } = lineWriter('d11-');

const eeo = '\n\n---\nThis message was sent from an unmonitored address. Acme Careers is an equal opportunity employer; all qualified applicants receive consideration without regard to race, colour, religion, sex, national origin, disability or veteran status.';

export const HANDWRITTEN_DEV_11: readonly CorpusLine[] = [
  // ── talks after interviews, in words no rule lists
  rej('interview', ['generic'], {},
    `Hi Rosa,

Thanks for the back-and-forth with Kenji, Amal and me over the last fortnight — we all got a lot out of it. We've now made a decision and it isn't the one you were hoping for: we won't be offering you the role.

Warmly,
Dana`, 'Backend Engineer'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Mr Oduya,

Thank you for sitting down with the three of us on Tuesday. We appreciated how openly you talked through your time at Brightwater. On reflection, the panel felt another applicant's background lined up more closely with what the role needs, and so we will not be taking your application further.

Yours sincerely,
Helen Marsh
Head of Finance`, 'Management Accountant'),
  rej('interview', ['generic'], door,
    `Hey Jonah,

Really appreciated you swinging by the studio and chatting with the crew on Friday. We've had a think and we're going to go a different way for this one. Keep an eye on our jobs page — we'd be glad to see your name again.

Cheers,
Mo`, 'Motion Designer'),
  rej('interview', ['generic'], {},
    `Hi Sunita,

Thank you for the discussions with our product and engineering leads earlier this month. Having compared notes afterwards, we have decided not to progress with your candidature for the Product Owner role.

Best regards,
Rakesh Menon
Talent Acquisition, Pune`, 'Product Owner'),
  rej('interview', ['generic'], offered,
    `Hello Grace,

I wanted to thank you for your time across both rounds with us — I know that was a lot of calendar. The hiring team met yesterday and we've decided not to move forward. If it would help to hear what came up in the debrief, drop me a line and I'll walk you through it.

Best,
Simone
Recruiting`, 'Account Executive'),
  rej('interview', ['generic'], {},
    `Dear Kwame,

Thank you for talking with the selection committee on 3 March about the Lecturer in Economics post. The committee has now met and I am sorry to tell you that you have not been recommended for appointment.

Yours sincerely,
Professor A. Whitlock
Chair, Appointment Committee`, 'Lecturer in Economics'),
  rej('interview', ['generic'], {},
    `Hi Leo,

Great to have you in last week for the conversations with Priti and the data team. We've decided to move ahead with someone else for now. Thanks again for the energy you brought.

— Marta`, 'Analytics Engineer'),
  rej('interview', ['culture_fit'], fb,
    `Hi Ayesha,

Thanks for coming to meet the whole kitchen team on Monday and for the chats afterwards. Honestly, the consensus was that you'd be happier somewhere with a more structured line than our small, improvised setup, so we're not going to offer you the sous chef role.

Best of luck,
Ciarán`, 'Sous Chef'),
  rej('interview', ['generic'], {},
    `Dear Ms Fernández,

Thank you for joining us by video for the meeting with the director and the two section heads. After careful consideration we regret to inform you that your application for the post of Policy Officer has been unsuccessful.

Human Resources
Ministry of Transport`, 'Policy Officer'),
  rej('interview', ['generic'], {},
    `Hi Tariq,

I'm grateful for the hour you gave each of us last week. We talked it over as a group and, sadly, we won't be taking things further.

Sophie (on behalf of the team)`, 'Your application'),

  // ── a recruiter's single call, a screen
  rej('screen', ['generic'], {},
    `Hi Ben,

Thanks for jumping on the phone with me on Wednesday about the Support Engineer role. I've since shared my notes with the hiring manager, and they've decided not to progress your application to interview.

Kind regards,
Lucy Hart
Talent Partner`, 'Support Engineer'),
  rej('screen', ['location'], fb,
    `Hello Priya,

It was lovely speaking with you yesterday. As we discussed, the role needs someone in the Leeds office three days a week, and since you'd prefer to stay fully remote we won't be able to take your application forward.

Best wishes,
Jodie, Recruitment`, 'Operations Coordinator'),
  rej('screen', ['salary'], fb,
    `Dear Vikram,

Thanks for the quick chat this morning. Having checked with the client, your salary expectation sits well above what they can offer for this position, so I won't be submitting you on this occasion.

Regards,
Neil
Harbour Recruitment`, 'Contract role'),
  rej('screen', ['profile_mismatch'], {},
    `Hi Chloe,

Thank you for the introductory call last week. I passed your details to the team and, after reviewing them, they feel other applicants are closer to what they need, so we won't be moving you to the next stage.

All the best,
Harriet
Talent Acquisition`, 'Marketing Manager'),
  rej('screen', ['generic'], door,
    `Hi Arun,

Thank you for the time on the phone on Friday regarding the SAP consultant opening. I have discussed your profile with the account team and unfortunately we will not be proceeding further for this requirement. I will reach out when something more suitable comes up.

Thanks & Regards,
Kavitha
Senior Recruiter`, 'SAP FICO Consultant'),
  rej('screen', ['generic'], {},
    `Dear Hannah,

Thank you for speaking with me about the Graduate Analyst scheme. Following our conversation, I'm sorry to say we won't be inviting you to the next stage of the process.

Kind regards,
Olivia
Early Careers Team`, 'Graduate Analyst'),

  // ── boilerplate that names later steps, or "final" / "assessment" / "shortlist" in another sense
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying for the role of Research Assistant (ref RA-114). Shortlisting for this post has now concluded and we regret that you have not been shortlisted for interview.

Due to the volume of applications we are unable to provide individual feedback.

University Recruitment Team`, 'RA-114'),
  rej('application', ['generic'], {},
    `Hi Marco,

Thanks for your interest in the Junior Developer role. Our assessment of applications is now complete, and unfortunately yours has not been successful this time.

Best,
The Hiring Team`, 'Junior Developer'),
  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for your application to the Summer Internship Programme. We have now made our final decision on applications for this year, and we are sorry to tell you that you have not been selected.

Graduate Recruitment`, 'Summer Internship'),
  rej('application', ['generic'], {},
    `Dear Joanna,

Thank you for applying for the Trainee Solicitor programme. The assessment centre for shortlisted applicants will be held on 12 and 13 May; unfortunately, on this occasion we will not be inviting you to attend.

Trainee Recruitment`, 'Training contract'),
  rej('application', ['profile_mismatch'], {},
    `Hello Ahmed,

Thank you for your application for the Data Scientist position. Our process includes a technical screen, a take-home exercise and a final panel interview. At this stage, we have decided not to move your application forward, as your experience does not closely match the requirements.${eeo}`, 'Data Scientist'),
  rej('application', ['generic'], {},
    `Dear Ms Lindqvist,

Your application for Senior Planner has been assessed against the essential criteria in the person specification. I regret to let you know that you have not been selected for the next stage, which comprises a written exercise followed by a panel interview.

Recruitment Services
Northfield County Council`, 'Senior Planner'),
  rej('application', ['generic'], {},
    `Hi Pooja,

Thank you for taking the time to apply. Every application is read by a member of our team, and the final decision is made by the hiring manager. Unfortunately we won't be moving forward with yours for this role.

Thanks,
Recruiting Team`, 'Customer Success'),
  rej('application', ['position_filled'], {},
    `Dear Applicant,

Thank you for your interest in the Store Manager vacancy. Please note that interviews have now taken place and the position has been filled. We appreciate the time you took to apply.

HR Department`, 'Store Manager vacancy'),
  rej('application', ['generic'], door,
    `Dear Sanjay,

Thank you for applying to the 2025 Technology Graduate Programme. Our final shortlist for the online assessment stage has now been drawn up and we regret that your application has not been included. We encourage you to apply again next year.

Graduate Talent Team`, 'Graduate Programme'),
  rej('application', ['generic'], {},
    `Hello,

We have completed our review of your application for the Finance Intern role. While your CV was considered carefully, the final outcome is that we will not be progressing it. This is an automated email; please do not reply.`, 'Finance Intern'),
  rej('application', ['generic'], {},
    `Dear Eleanor,

Thank you for applying for the Curator post. The next stage of selection will involve a presentation to the trustees and an interview with the Director. I am sorry to tell you that your application has not been taken forward to that stage.

Museum HR`, 'Curator'),
  rej('application', ['skills_gap'], fb,
    `Hi Tom,

Thanks for applying. As part of our assessment of your application we looked closely at your clinical experience, and the post requires at least two years on an acute ward, which we couldn't see on your CV. We won't be inviting you to interview this time.

Nursing Recruitment`, 'Staff Nurse'),
  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for your recent application. Please be advised that successful candidates will be contacted to arrange a telephone screening and a competency-based interview. We regret to advise that your application has not progressed.

Talent Acquisition`, 'Your application'),

  // ── steps the candidate took, named only by their content
  rej('interview', ['generic'], {},
    `Hi Dmitri,

Thanks for the whiteboard session on Thursday — the team enjoyed working through the caching problem with you. We've decided to go with another candidate for this role.

Best,
Ravi`, 'Software Engineer'),
  rej('interview', ['profile_mismatch'], fb,
    `Dear Isla,

Thank you for the portfolio review with our creative director last week. She enjoyed seeing your packaging work, but felt your book leans towards print when this role is mostly digital campaigns, so we won't be moving forward.

Kind regards,
Studio North`, 'Designer'),
  rej('assessment', ['assessment'], fb,
    `Hi Femi,

Thanks for doing the pairing exercise with Jo on Monday. We liked how you talked through your thinking, but the solution didn't get far enough through the tests in the time, so we've decided not to continue.

Cheers,
Alex`, 'Developer'),
  rej('interview', ['generic'], {},
    `Dear Niamh,

Thank you for the case you presented to the partners on Wednesday. After discussing it together, we have decided not to make you an offer on this occasion.

Regards,
Harcourt & Lane`, 'Associate'),
  rej('final', ['position_filled'], {},
    `Hi Pedro,

Thanks so much for the day in the kitchen on Saturday and for cooking for the chefs at the end of service — it was the last step of our process. We've chosen to offer the position to another cook.

Chef Marguerite`, 'Chef de Partie'),
  rej('assessment', ['assessment'], fb,
    `Hello Kiran,

Thank you for completing the SQL exercise we sent over. The reviewers found that several of the queries returned incorrect totals, so we will not be moving you forward to the interviews.

Regards,
Data Team`, 'Data Analyst'),
  rej('interview', ['generic'], {},
    `Hi Oscar,

Thank you for the teaching demo with the Year 9 group and for the questions with the head of department afterwards. We have decided to appoint another candidate.

Best wishes,
Mrs Patel
Deputy Head`, 'Maths Teacher'),
  rej('assessment', ['assessment'], {},
    `Dear Ji-woo,

Thank you for sitting the numerical and verbal reasoning tests for our graduate scheme. Unfortunately your scores did not meet the threshold required to progress to the next stage.

Graduate Recruitment`, 'Graduate scheme'),
  rej('interview', ['generic'], {},
    `Hi Amara,

Thank you for walking us through your design for the payments service on Tuesday, and for the follow-up with Carl. We've decided not to proceed.

Best,
Nadia`, 'Staff Engineer'),
  rej('assessment', ['generic'], {},
    `Hi Sam,

Thanks for sending back the take-home. The team went through it carefully and we've decided to move ahead with other candidates.

Regards,
Talent Team`, 'Frontend Developer'),
  // labelled interview after its first scoring, by the team's example b6-30 (a trial shift is an in-person step)
  rej('interview', ['generic'], {},
    `Dear Bilal,

Thank you for the trial shift at our Shoreditch site last week. The floor team said you were a pleasure to work with, but we have chosen another applicant for the supervisor role.

Regards,
Fern & Fig`, 'Floor Supervisor'),

  // ── finals, references and background checks after finals
  rej('final', ['position_filled'], {},
    `Dear Gabriel,

Thank you for your time throughout the process and for providing references following your final interview. Having considered everything, we have decided to offer the position to another candidate.

Kind regards,
People Team`, 'Head of Operations'),
  rej('final', ['generic'], {},
    `Hi Mei,

Thanks for your patience while we completed the background checks after your onsite. I'm sorry to say we've decided not to extend an offer at this time.

Best,
Jordan
Recruiting`, 'Program Manager'),
  rej('final', ['position_filled'], {},
    `Dear Rahul,

You were one of the last two candidates for the Operations Director post, and the decision was extremely close. The board has now appointed the other candidate.

With best wishes,
Chairman's Office`, 'Operations Director'),
  rej('final', ['generic'], offered,
    `Hi Zoe,

Thank you for coming in for the final stage last Thursday and meeting the founders. It was a close call, but we won't be making you an offer. I'm happy to share the founders' thoughts on a call if that's useful.

Best,
Leah`, 'Chief of Staff'),
  rej('final', ['generic'], {},
    `Dear Mr Adeyemi,

Following the final panel on 21 November and the subsequent reference checks, I regret to inform you that we will not be offering you the position.

Yours sincerely,
HR Director`, 'Finance Director'),
  rej('final', ['generic'], {},
    `Hi Sofia,

Thanks for spending the full day with us on-site — four sessions is a lot. The team has met to discuss, and we won't be moving forward with an offer.

Best,
Ethan`, 'Senior PM'),
  rej('final', ['profile_mismatch'], {},
    `Dear Hiroshi,

You reached the last round of our selection process, and we want to thank you for that. In the end we chose a candidate whose experience was a closer match for the role.

Regards,
Talent Acquisition`, 'Engineering Manager'),
  rej('final', ['generic'], {},
    `Hi Ana,

I'm sorry to let you know that after we took up your references, the hiring manager decided not to go ahead with an offer. Thank you for all the time you invested in the final interviews.

Regards,
Hattie`, 'Office Manager'),

  // ── prospective steps read as taken
  rej('application', ['generic'], {},
    `Dear Alex,

Thank you for your application. Candidates who progress will be asked to complete a case study, present it to a panel and meet the leadership team on site. Unfortunately your application will not be progressing on this occasion.

Recruitment`, 'Consultant'),
  rej('application', ['generic'], {},
    `Hi Jamie,

Thank you for applying for the Account Manager role. Had your application been successful, the next step would have been a video interview with the sales director. On this occasion, however, we will not be taking it further.

Kind regards,
Recruitment Team`, 'Account Manager'),
  rej('application', ['generic'], {},
    `Dear Ritu,

Thanks for your application. We would normally follow up with a short phone call and then a technical interview, but we have decided not to proceed with your profile for this position.

Regards,
HR`, 'Java Developer'),
  rej('application', ['generic'], {},
    `Hi Tom,

Thanks for your interest. We had hoped to invite a few applicants to a final round in June, but after reviewing the applications we will not be progressing yours.

Best,
Hiring Team`, 'Designer'),

  // ── conversations: screen versus interview by who and how many
  rej('screen', ['generic'], {},
    `Hi Ellie,

Thanks for the conversation on Monday about the Office Manager role. It was good to learn about your background. Unfortunately, we've decided to pursue other candidates at this time.

Best,
Kate, HR`, 'Office Manager'),
  rej('interview', ['generic'], {},
    `Hi Omar,

Thanks for the conversations with me and then with the hiring manager on Thursday. We've decided to move forward with a different candidate.

Best,
Kate, Talent`, 'Operations Lead'),
  rej('interview', ['generic'], {},
    `Dear Fatima,

I wanted to personally thank you for speaking with us over three rounds. We have decided to go in another direction.

Kind regards,
Greg
VP Engineering`, 'Senior Engineer'),
  rej('screen', ['generic'], {},
    `Hi Luca,

Thanks for taking the time to speak with me on the phone yesterday. After reviewing our notes, we won't be moving forward with your application.

Regards,
Recruiting`, 'Sales role'),

  // ── mixed voices, short and long
  rej('application', ['generic'], {},
    `Thank you for applying to Northwind. After careful review, we will not be moving forward. We wish you luck in your search.`, 'Northwind application'),
  rej('interview', ['generic'], {},
    `hey — thanks for meeting the team tuesday. we're going another way. all the best!`, 'Re: Tuesday'),
  rej('application', ['skills_gap'], fb,
    `Dear Sir/Madam,

With reference to your application for the post of Assistant Engineer (Civil), we regret to inform you that you do not meet the minimum eligibility of a B.E./B.Tech degree in Civil Engineering with 60% marks. Hence your candidature has not been considered for the written examination.

Assistant Registrar (Recruitment)`, 'Assistant Engineer'),
  rej('assessment', ['generic'], {},
    `Dear Candidate,

Thank you for appearing in the online aptitude test conducted on 14 September. We regret to inform you that you have not been shortlisted for the personal interview round.

HR Team`, 'Aptitude test result'),
  rej('interview', ['position_filled'], door,
    `Dear Ikenna,

I hope you are well. I wanted to write personally rather than send a template. It was a real pleasure to hear about your work with the community health programme, and the whole panel came away impressed by how clearly you explained the trade-offs you made.

This was one of the most competitive searches we have run. Several of the people we met had similar strengths, and after a long discussion we decided to offer the role to someone else. I know this is disappointing, particularly after the effort you put into the presentation and the two meetings.

Please keep an eye on our vacancies — we are growing the programme team next year and I would be delighted to see your application again.

With warm regards,
Dr. Maryam Sheikh
Programme Director`, 'Programme Manager'),
  rej('application', ['role_closed'], {},
    `Hi Claire,

Just a note that the Content Writer role has been put on hold indefinitely due to budget changes, so we will not be progressing any applications for it, including yours. Sorry for the disappointing news.

Best,
The Hiring Team`, 'Content Writer'),
  rej('screen', ['generic'], {},
    `Hi Nikhil,

Thanks for the 20 minutes on Teams today. Having spoken with a number of candidates, I'll be putting others forward to the client for this one.

Cheers,
Dan
Apex Tech Recruitment`, 'DevOps contract'),
  rej('interview', ['skills_gap'], fb,
    `Dear Chen,

Thank you for meeting with Dr Evans and Dr Okafor to discuss the postdoctoral position. While they enjoyed hearing about your thesis, they are looking for someone with hands-on experience of cryo-EM, and so we will not be offering you the post.

Best regards,
Lab Manager`, 'Postdoctoral Researcher'),

  // ── paused processes
  hold('interview', ['role_closed'], {},
    `Hi Maya,

Thanks again for meeting with the team last week. I wanted to let you know the hiring for this role has been paused while we review our budget for next quarter. We haven't made a decision on your application and I'll be in touch once we know more.

Best,
Sara`, 'Update on the Designer role'),
  hold('application', ['role_closed'], {},
    `Dear Applicant,

Please note the recruitment for Project Officer has been temporarily suspended. Shortlisting will resume once the funding is confirmed and we will contact all applicants then. The final decision on appointments will follow the interviews in the new year.

HR Office`, 'Project Officer'),
  hold('final', ['role_closed'], {},
    `Hi Lars,

Thank you for your patience since the final round. Our leadership team has put new senior hires on hold for a few weeks, so we aren't able to give you an answer yet. You are still very much in consideration.

Best,
Maria`, 'Head of Data'),
];

/** The second go, written after the first go's fixes and scored at first sight before its own. */
export const HANDWRITTEN_DEV_11B: readonly CorpusLine[] = [
  rej('interview', ['generic'], {},
    `Hi Noor,

Thank you for the hours you put in with Wen, Ola and Patrick this month. We've reached a decision and, I'm sorry to say, it's a no for this role.

Best,
Caitlin`, 'Solutions Architect'),
  rej('screen', ['generic'], {},
    `Hi Ravi,

Appreciate you hopping on a call with me on Monday. I've fed back to the hiring team and they've decided not to take things further with your application.

Thanks,
Beth | Recruiter`, 'Data Engineer'),
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your application to the Policy Graduate Scheme. Applications were assessed by a panel against the published criteria, and the outcome of this assessment is that your application will not progress.

Civil Service Resourcing`, 'Policy Graduate Scheme'),
  rej('application', ['generic'], {},
    `Dear Ms Gupta,

We write to let you know that the selection panel has completed its shortlisting for the post of Assistant Librarian. We regret that your application was not shortlisted. Interviews for shortlisted candidates will take place during the week of 9 June.

HR Services`, 'Assistant Librarian'),
  rej('interview', ['generic'], {},
    `Hi Jakub,

Thank you for the design exercise you worked through live with Hana and Luis on Wednesday. It was a close one, but we've chosen to go with another designer.

Regards,
Elif`, 'Product Designer'),
  rej('assessment', ['assessment'], fb,
    `Dear Thandiwe,

Thank you for the written brief you sent us last week. Unfortunately the proposal did not address the budget constraints set out in the brief, so we will not be inviting you to the interview stage.

Recruitment Team`, 'Marketing Executive'),
  rej('final', ['position_filled'], {},
    `Hi Alice,

Thank you for the time you gave us at the final round in Manchester and for your patience while we spoke to your referees. The role has now been accepted by another candidate.

Best wishes,
Ruth`, 'Head of Compliance'),
  rej('interview', ['generic'], {},
    `Dear Dr Banerjee,

Thank you for delivering the research seminar to the department and for meeting the members of the search committee. The committee has decided to recommend another candidate.

Yours sincerely,
Chair, Search Committee`, 'Assistant Professor'),
  rej('application', ['generic'], {},
    `Hello Amit,

Thank you for applying. Please note that our hiring process typically consists of a recruiter call, a coding test and a final onsite. Based on our review, we will not be proceeding with your application at this time.${eeo}`, 'SDE II'),
  rej('application', ['generic'], door,
    `Hi Becca,

Thanks for your application to our apprenticeship. Final decisions on all applications have now been made, and I'm sorry to say yours wasn't successful this year. Please do apply again when applications reopen.

Apprenticeships Team`, 'Apprenticeship'),
  rej('interview', ['profile_mismatch'], {},
    `Hi Marek,

Really appreciated the discussion with our CTO and the two tech leads on Friday. After comparing all the candidates we felt others were a stronger match for this role, so we won't be progressing.

Thanks,
Ana`, 'Tech Lead'),
  rej('screen', ['location'], fb,
    `Hi Sipho,

Thanks for the call earlier today. As you mentioned, you'd need visa sponsorship to work in the UK, which we're unable to offer for this role, so I'm afraid we can't take your application further.

Best,
Lauren, Talent Acquisition`, 'Software Engineer'),
  rej('interview', ['generic'], {},
    `Dear Kofi,

Many thanks for the mock client meeting you ran with our two senior managers on Tuesday. We have now considered all the candidates and I'm sorry to tell you that we will not be offering you the position.

Regards,
Graduate Recruitment`, 'Graduate Consultant'),
  rej('final', ['generic'], {},
    `Hi Lina,

Thanks for making the trip to Berlin for the last round and meeting the founders. We've decided not to move forward with an offer.

Best,
Jonas`, 'Operations Lead'),
  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for your interest. Following our assessment of your application against the role requirements, we will not be taking it forward. Shortlisted candidates will be contacted by 30 April to arrange a final interview.

Talent Team`, 'Business Analyst'),
  rej('assessment', ['generic'], {},
    `Hello Wei,

Thanks for attempting the online case simulation. We have reviewed all the results and regret to let you know that you will not be progressing to the video interview stage.

Early Careers`, 'Graduate Analyst'),
  rej('interview', ['generic'], offered,
    `Hi Gemma,

Thank you for the time with me, Sean and then the ops team last Thursday. We've decided to go with another candidate. If you'd like to hear what the group thought, I'd be glad to share it over a call.

Best,
Fiona`, 'Operations Manager'),
  rej('final', ['generic'], {},
    `Dear Mr Oyelaran,

Following your final interview and the pre-employment checks that followed it, we regret that we are unable to offer you the appointment.

Yours faithfully,
Human Resources`, 'Senior Officer'),
  // reasons relabelled position_filled after its first scoring: "we have now filled the position" (a label error)
  rej('application', ['position_filled'], {},
    `Hi Nadia,

Thank you for your application for the Barista role. We would usually invite people in for a short chat and a trial shift, but we have now filled the position so won't be taking applications further.

Thanks,
Bean There`, 'Barista'),
  hold('interview', ['role_closed'], {},
    `Hi Ollie,

Thanks for the conversations with Tom and the rest of the engineering group. I wanted to let you know the role is on pause while we re-plan the team's budget; no decision has been made on your application yet and I'll update you within a few weeks.

Best,
Helena`, 'Update'),
];
