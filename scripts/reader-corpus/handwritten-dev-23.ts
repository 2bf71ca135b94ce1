/**
 * Development messages of the twenty-third round, never sealed, aimed at the stage reached: interviews told in the words
 * of a talk (a conversation, a chat, speaking or meeting with the candidate, the time spent with us, a visit, our
 * discussions), finals, screens and tests in unusual voices — second-language writers, Indian, Nigerian, Filipino and
 * British English, terse hiring managers, founders, agencies, ATS templates, long letters and threads that quote the
 * invitation below — and application-stage declines whose boilerplate speaks of final decisions, assessing
 * applications, shortlisting or background checks, beside a few look-alikes that decline nothing.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d23-');

const noreply = '\n\n---\nThis is an automated message from our applicant tracking system. Replies to this address are not read.';
const privacy = '\n\nPrivacy notice: Personal data you provide in your application is processed for recruitment purposes, which may include reference and background checks for successful candidates, and is kept for twelve months. See our candidate privacy policy for details.';
const lagos = '\n\nYours faithfully,\nFor: Human Resources Department\nCrestbridge Assurance Plc, Victoria Island, Lagos';
const pune = '\n\nThanks & Regards,\nTalent Acquisition Team\nNavyug Infosystems Pvt. Ltd. | Pune';
const manila = '\n\nRespectfully yours,\nHR & Admin Department\nSampaguita Outsourcing Corp., Makati City';
const council = '\n\nHuman Resources\nFenwick Valley District Council\nThis email and any attachments are intended for the addressee only.';

export const HANDWRITTEN_DEV_23: readonly CorpusLine[] = [
  // ── (1) interviews told as a talk, a visit, time spent with us
  rej('interview', ['generic'], { ...door },
    `Dear Rahul,

Greetings from Navyug Infosystems!

This is with reference to the discussions you had with our technical panel on 12th March for the post of Senior Java Developer. We regret to inform you that your candidature has not been taken forward for the further process.

We shall keep your resume in our database and will get in touch if any suitable requirement comes up in future.${pune}`, 'Status of your candidature - Senior Java Developer'),
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Dana — thanks for the chat with me and Pieter on Wednesday. We're going with someone who has run Kubernetes clusters in production, which is the part of the job we can't train for right now. Good luck with the search.

Marek`, 'Platform role'),
  rej('interview', ['generic'], {},
    `Hey Lukas,

Really appreciated you giving us most of your Thursday afternoon — the whole crew enjoyed it and we've argued about it a fair bit since. In the end we've decided to go a different direction for this hire.

Thanks again and all the best,
Ines
Co-founder, Parcelbird`, 'Parcelbird'),
  rej('interview', ['position_filled'], {},
    `Dear Eleanor,

Thank you for coming to see us at the Harrogate office last week, and for the time you spent with Fiona and me going through the accounts work.

I am sorry to let you know that we have offered the post to another candidate, who has accepted.

With best wishes,
Gareth Pryce
Practice Manager, Pryce & Holloway Chartered Accountants`, 'Assistant Accountant'),
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Mr. Adeyemi,

RE: APPLICATION FOR THE POSITION OF FINANCE MANAGER

Following our discussions of 4th and 6th June in respect of the above position, I write to inform you that Management has decided not to proceed with your application at this time.

While your experience is commendable, the Committee observed that your exposure to IFRS 17 reporting is not at the level the role demands, being an insurance business.

We thank you for your interest in Crestbridge and wish you success in your future endeavours.${lagos}`, 'RE: APPLICATION FOR THE POSITION OF FINANCE MANAGER'),
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Jess,

Thanks for hopping on the call with Ravi and the rest of the design team yesterday. After talking it over we don't think it's the right match for this opening — we need someone with a lot more motion design in their recent work, and your portfolio leans towards static brand work.

Take care,
Hollie`, 'Motion designer'),
  rej('interview', ['profile_mismatch'], {},
    `Hello Oskar,

Thank you for the time you spent with us last Tuesday. Everyone who met you enjoyed the conversation. Having compared all the candidates, we have chosen someone whose background matches the role a little more closely, so we will not be taking your application further.

Kind regards,
Anneli Virtanen
Head of Operations, Nordlys Logistics`, 'Operations Lead'),
  rej('interview', ['generic'], { ...door },
    `Hi Priyanka,

Thanks again for meeting the team on Friday. We've now made our decision and unfortunately it isn't good news this time. We'd genuinely like to stay in touch for future openings though.

Cheers,
Tom`, 'Friday'),
  rej('interview', ['culture_fit'], { ...fb },
    `Hi Callum,

After your visit on Saturday we had a long talk among ourselves. You clearly know your way around a kitchen, but we run a very small, quiet brigade and we felt your pace and style would not sit easily with how the team works day to day. We won't be offering you the sous chef position.

All the best,
Niamh
The Salt House`, 'Sous chef'),
  rej('interview', ['generic'], {},
    `Good day Ma'am Kristine!

Thank you for your time and effort during the interview with our Operations Head last Monday. After careful consideration, we regret to inform you that you were not selected for the position of Team Leader.

We wish you all the best in your career.${manila}`, 'Application Status - Team Leader'),
  rej('interview', ['profile_mismatch'], {},
    `Hi Arjun,

It was great meeting you on Zoom last week and hearing about the payments work at your current place. I've thought hard about it and I'm going to go with another candidate whose experience lines up more directly with what we need in the first six months.

Thanks for your time,
Sofia Marchetti
Engineering Manager, Ledgerly`, 'Backend Engineer - Ledgerly'),
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Wen,

It was a pleasure speaking with you on Monday. I've given it careful thought and I've decided not to move forward. The role needs someone who has led a team of at least five engineers, and from our conversation that would be new for you.

Happy to give more detail on a call if useful.

Best,
Daniel Okonkwo
Director of Engineering, Tessellate Health`, 'Engineering Lead role'),
  rej('interview', ['generic'], { ...door },
    `Thank you for your interest in Brightlane and for the conversations you had with our team about the Customer Success Manager position.

After careful consideration, we have decided to move forward with other candidates. We will keep your details on file and may reach out about future roles.

Brightlane Talent Team${noreply}`, 'Your application to Brightlane'),
  rej('interview', ['generic'], {},
    `Hi Sam,

Following up on Tuesday — thanks again for coming in. Unfortunately we've decided not to take things further, and I wanted to let you know quickly rather than leave you waiting.

Best,
Claire

On Fri, 8 Mar at 10:02, Claire Dunmore wrote:
> Hi Sam,
> We'd like to invite you to an interview on Tuesday 12th at 2pm with Helen (Head of Ops) and me at our Leeds office.
> Please bring some photo ID for reception.
> Claire`, 'Re: Interview invitation - Operations Coordinator'),
  rej('interview', ['generic'], {},
    `Hi Leo,

Thanks so much for your time on Tuesday. I'm sorry to say we won't be progressing your application — it was a strong field and we've gone with someone else.

Kind regards,
Mira

-----Original Message-----
From: Mira Holt
Sent: 2 April 09:14
Subject: Video interview - Data Analyst
Hi Leo, thank you for applying. We would like to invite you to a video interview with the hiring panel on Tuesday 9 April at 11:00. The link is below.`, 'RE: Video interview - Data Analyst'),
  rej('interview', ['generic'], {},
    `Hi Tunde,

Thanks for the chat on Thursday with Ola and Kemi. We've had a think and we won't be moving ahead with your application for the Growth Marketer role. It was a close one.

Best,
Funmi — Paystream`, 'Growth Marketer'),
  rej('interview', ['generic'], {},
    `Dear Mr. Novak,

thank you very much for the nice talk we had last week together with our head of development. Unfortunately we must tell you that we decided for another candidate. This decision was not easy for us.

We wish you for your future all the best.

Kind regards
Birgit Hallmann
Personal / HR
Kessler Antriebstechnik GmbH`, 'Your application as Embedded Developer'),
  rej('interview', ['position_filled'], {},
    `Hi Maya,

I enjoyed our discussions on Monday and Wednesday and I'm grateful for the thought you put into them. We've now decided to offer the role to another candidate.

Warmly,
Jonah Bright
VP Product, Kitehill`, 'Kitehill - Senior PM'),
  rej('interview', ['position_filled', 'profile_mismatch'], { ...door },
    `Dear Dr Fairweather,

Post: Lecturer in Environmental Chemistry (Ref. ENV-0412)

Thank you for attending for interview on 3 May and for the seminar you gave to the department beforehand. The panel was impressed by the range of your research.

I am writing to let you know that, after very careful deliberation, the panel has decided to offer the post to a candidate whose research profile more closely matched the School's strategic priorities in atmospheric chemistry. I appreciate this will be disappointing.

The School expects to advertise further posts in the next academic year, and we would be very pleased to receive an application from you.

Yours sincerely,
Professor Hilary Graves
Head of School, School of Chemistry
University of Westmarch`, 'Lecturer in Environmental Chemistry - outcome'),
  rej('interview', ['generic'], { ...door },
    `Dear Ms Boateng,

Thank you for your attendance at the selection panel on 14 October for the post of Senior Housing Officer.

I am sorry to inform you that on this occasion you have not been successful. We received a high standard of candidates and the decision was a difficult one. We hope this will not discourage you from applying for future vacancies with the Council.${council}`, 'Senior Housing Officer - interview outcome'),
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Tom,

I've had feedback from the client following your meeting with them on Friday. They liked you and thought you'd be easy to work with, but they felt you were light on stakeholder management at director level, which is most of the job. So it's a no on this one, I'm afraid.

I'll keep you in mind for anything that's a better fit.

Rob Haines
Senior Consultant, Tallis Search`, 'Feedback - Hartwell'),
  rej('interview', ['generic'], {},
    `Hi Anouk,

Quick note after your session with Claire and our MD last week. They've decided to go with another candidate for the studio manager role. I know you were keen, so I'm sorry it's not better news.

Speak soon,
Jas
Brightside Recruitment`, 'Studio manager - update'),
  rej('interview', ['generic'], {},
    `Hi Felipe,

Thank you for taking the time to speak with our team about the Product Designer role. We really enjoyed learning about your work.

Unfortunately, we've decided not to move forward with your candidacy at this time.

All the best,
The Fernway Recruiting Team`, 'Your candidacy at Fernway'),
  rej('interview', ['generic'], {},
    `Hi Grace,

Thanks for the call on Monday with myself and our CTO. We've decided to hold off on moving ahead with your application — we had a lot of strong people and went with one of the others.

Best,
Luca
Founder, Tidewater Labs`, 'Tidewater - update'),
  rej('interview', ['overqualified', 'position_filled'], { ...fb },
    `Dear Siobhan,

It was lovely to sit with you and Mrs Carey on Wednesday and hear about your years running the department at St Brendan's. We have thought long about it and we feel that, with so much leadership behind you, the classroom post we have would not make use of your experience; we are offering it to another applicant.

With warm regards,
Mr P. Doherty
Principal, Scoil Mhuire`, 'Teaching post'),
  rej('interview', ['generic'], {},
    `Dear Candidate,

Thank you for attending the technical round and the managerial round for the position of Network Engineer at our Chennai office. We regret to inform you that you have not been selected.

We wish you all success.

Regards,
HR Team, Sundaram Netcom`, 'Interview result - Network Engineer'),
  // ── (2) finals
  rej('final', ['position_filled'], {},
    `Dear Joanne,

Thank you for taking part in the final round for the Head of Communications role and for the presentation you gave to the trustees. It was a very close decision, but on this occasion we have offered the role to another candidate.

Kind regards,
Amelia Stroud
Chief Executive, Riverbank Trust`, 'Head of Communications'),
  rej('final', ['generic'], { ...door },
    `Dear Arvind,

Greetings!

Thank you for appearing in the final HR round for the role of Associate Consultant. We appreciate the time you spent with us across all three rounds. However, we regret to inform you that we will not be able to extend an offer at this point. We will retain your profile for future openings.${pune}`, 'Update on your application - Associate Consultant'),
  rej('final', ['position_filled'], {},
    `Hi Bea,

You were one of the last two for this one and I want you to know it was genuinely close. The other candidate accepted our offer this morning.

Thanks for everything you put into the process,
Hannah
Talent Partner, Quayside`, 'Quayside - Senior Analyst'),
  rej('final', ['generic'], {},
    `Hi Ravi,

Thanks for spending the whole day with us in Bristol last week — meeting five people in a row is no small thing. I'm sorry to say we've decided not to move forward with an offer.

Best,
Kat`, 'Onsite follow-up'),
  rej('final', ['profile_mismatch'], { ...offered },
    `Hi Esther,

After your final interview on Thursday we took up your references, and I wanted to thank you for being so organised about that. In the end, though, the panel has chosen another finalist whose experience was closer to what the role needs. If you'd like to talk through the decision, I'm happy to set up a call.

Regards,
Matthew
People Partner, Corvane Energy`, 'Corvane - Programme Manager'),
  rej('final', ['generic'], {},
    `Hey Zoe,

It came down to you and one other person, and honestly we went back and forth for days. We've gone with the other candidate. I'm sorry — you were brilliant.

Dev
CEO, Loopline`, 'Loopline'),
  rej('final', ['position_filled'], { ...door },
    `Dear Dr Iwu,

On behalf of the search committee, thank you for your campus visit and for your excellent job talk. The committee has now concluded its deliberations and has extended an offer to another candidate, who has accepted. We hope you will consider applying to the department again.

Sincerely,
Prof. Karen Mills
Chair, Search Committee, Department of History`, 'Assistant Professor search'),
  rej('final', ['position_filled'], {},
    `Dear Mikkel,

Thank you for the final chat with Rosa on Friday. Rosa and I have discussed it at length and, although it was a hard call, we have decided to offer the role to someone else.

Best regards,
Signe Holm
Head of People, Fjordly`, 'Fjordly - final step'),
  rej('final', ['generic'], { ...door },
    `Dear Jomar,

Congratulations on reaching the final stage of our selection process for Management Trainee. After the deliberation of the panel, we regret to inform you that you were not among those selected for the programme. We encourage you to apply in our next intake.${manila}`, 'Management Trainee Program - Final Result'),
  rej('final', ['generic'], {},
    `Dear Harriet,

Thank you for your time at the assessment centre last Wednesday. I am afraid that on this occasion you have not been successful in obtaining a place on the graduate scheme.

Graduate Recruitment Team
Ashworth Rail`, 'Graduate scheme - assessment centre outcome'),
  rej('final', ['culture_fit'], { ...fb },
    `Hi Noor,

You made it all the way to the end of our process, and I'm grateful for the time. The founders felt that you'd prefer more structure than a team of six can give right now, and that it wouldn't be fair to you to bring you in. We won't be making an offer.

Best,
Ollie, Ops @ Pebblecart`, 'Pebblecart'),
  rej('final', ['position_filled'], {},
    `Dear Mr Osei,

You were shortlisted to the final three candidates for the position of Regional Sales Manager and interviewed by our Managing Director. We regret to advise that the Board has approved the appointment of another candidate.

Thank you for your interest.${lagos}`, 'Regional Sales Manager'),
  // ── (3) screens
  rej('screen', ['salary'], { ...fb },
    `Hi Connor,

Thanks for taking my call on Tuesday. I've spoken to the team and unfortunately the salary you're looking for is quite a bit above what's budgeted for this role, so we won't be taking things further right now.

Cheers,
Beth | Talent, Harbourline`, 'Harbourline - Account Manager'),
  rej('screen', ['generic'], {},
    `Hello Yuki,

It was nice speaking to you this morning, and thank you for being so open about what you're looking for. After reviewing my notes, I'm afraid we won't be moving forward to the next stage.

Best wishes,
Laura Benn
Recruiter, Fieldgate`, 'Fieldgate - following up'),
  rej('screen', ['location'], { ...fb },
    `Dear Sunita,

This is with reference to the telephonic discussion you had with our HR team on 2nd August. As discussed, the position requires the candidate to be based out of our Gurugram office from day one, and since relocation is not possible for you at present, we shall not be able to take your application forward.

We wish you the very best.

Regards,
HR - Talent Acquisition
Aravalli Fintech Pvt Ltd`, 'Regarding your application - Credit Analyst'),
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Bruno,

Thanks for the 15-minute intro call yesterday. As we discussed, the team needs someone fluent in Dutch for client work, and since that isn't the case yet, I'm going to close your application for this role.

Best,
Sanne, Recruiting @ Polderbyte`, 'Polderbyte - Support Engineer'),
  rej('screen', ['generic'], { ...door },
    `Hi Megan,

Good to catch up earlier. As I mentioned on the phone, the client has decided to go with candidates further along in their process, so I'll step back from this one. I'll be in touch as soon as something similar comes in.

Gav
Northpoint Recruitment`, 'Catch up'),
  rej('screen', ['profile_mismatch'], {},
    `Hi Rosie,

Thank you for completing the initial screening call with our Talent Acquisition team. After reviewing our conversation, we have decided to pursue candidates whose experience is more closely aligned with the role.

We wish you the best of luck.

Talent Acquisition, Marlow & Finch${noreply}`, 'Your application with Marlow & Finch'),
  rej('screen', ['generic'], {},
    `Hi Ade,

Following your call with Maya from our recruiting team last week, we've reviewed your application again and decided not to proceed to the interview stage.

Thanks for your interest,
Kestrel Pay Careers`, 'Application update'),
  rej('screen', ['salary'], { ...fb },
    `Hi Ferdinand,

Thanks for jumping on a Teams call with me earlier. Based on what we discussed, your expected package is beyond what the hiring manager can offer for this level, so I won't be putting you forward. If the budget changes I'll come straight back to you.

Best,
Chloe
Talent Partner, Orrin Health`, 'Orrin Health'),
  rej('screen', ['generic'], {},
    `Dear Maricel,

Thank you for your time during the phone interview last Friday for the Customer Service Representative (Night Shift) position. We regret to inform you that we will no longer proceed with your application.

Thank you and God bless.${manila}`, 'Phone interview result'),
  rej('screen', ['location'], { ...fb },
    `Hi Dimitri,

Thanks for the pre-screening chat. As I explained, we can only hire people with the right to work in the UK without sponsorship for this role, so unfortunately I can't take your application forward.

Regards,
Jade`, 'Re: Backend Developer'),
  rej('screen', ['generic'], {},
    `Dear Alessandro,

Further to our telephone conversation today, I confirm that we will not be continuing with your application for the Legal Secretary vacancy.

Yours sincerely,
Joanna Pike
HR Officer, Pike Garland Solicitors`, 'Legal Secretary'),
  rej('screen', ['profile_mismatch'], {},
    `hi Kaito - nice talking to you on the phone this morning. i've had a think and i don't think you're the profile we're after for this one. thanks and good luck!

- Suz`, 'Re: the barista job'),
  // ── (4) tests, tasks and checks
  rej('assessment', ['assessment'], {},
    `Hi Priya,

Thank you for completing the HackerRank test for the Software Engineer II role. Unfortunately, your score did not meet the threshold required to move on to the interviews.

Best regards,
Solvance Recruiting${noreply}`, 'Solvance - Online assessment result'),
  rej('assessment', ['assessment'], { ...fb },
    `Hi Mateus,

Your take-home assignment was reviewed by two of our engineers. They liked the structure, but the solution didn't handle concurrent updates to the same order, which was the core of the exercise, so we won't be moving forward.

Cheers,
Lin
Engineering Recruiting, Cargoful`, 'Take-home feedback'),
  rej('assessment', ['assessment'], {},
    `Dear Kabir,

You had appeared for the online aptitude test held on 5th June for the Graduate Engineer Trainee program. We regret to inform you that you have not cleared the same and hence will not be considered for the next round.

Best wishes,
Campus Recruitment Cell
Meghdoot Power Ltd.`, 'GET 2024 - Aptitude test result'),
  rej('assessment', ['assessment'], {},
    `Dear Ms Hughes,

We have now marked the written exercise you completed on 11 April. I am sorry to tell you that your mark was below the pass mark for this stage, so your application will not progress to interview.

Recruitment Team
Office of the Public Guardian (Wales)`, 'Written exercise - result'),
  rej('assessment', ['assessment'], { ...fb },
    `Dear Lucía,

Thank you for the translation sample you sent us last week. Our senior reviewer found several terminology errors in the pharmaceutical section and the register was not consistent, so we are unable to add you to our panel of freelance translators on this occasion.

Kind regards,
Vendor Management, Lexibridge`, 'Translation test - outcome'),
  rej('assessment', ['generic'], { ...door },
    `Hi Oren,

Thanks for doing the SQL exercise over the weekend. We had a lot of strong submissions and have decided to move ahead with other candidates. Please do keep an eye on our careers page.

Best,
Data Team Hiring, Mosaic Retail`, 'SQL exercise'),
  rej('assessment', ['assessment'], {},
    `Hello Thabo,

Thank you for completing the cognitive ability assessment as part of your application to Ridgeway Mining. Unfortunately, based on your results, we will not be progressing your application further.

Regards,
Ridgeway Mining Talent Acquisition${noreply}`, 'Your Ridgeway Mining assessment'),
  rej('assessment', ['generic'], {},
    `Hi Clara,

Your video responses have been reviewed by our hiring team. We're sorry to let you know that we will not be moving your application forward for the Sales Development Representative role.

Thank you for your interest in Quotient.${noreply}`, 'Quotient - application update'),
  rej('assessment', ['assessment'], { ...fb },
    `Hi Ibrahim,

Thanks for the pitch deck you sent through on Monday. The team felt the market sizing was thin and the go-to-market slide didn't say who would buy first, so we're not going to take this further.

Thanks,
Rhea — Fernhill Ventures`, 'Analyst task'),
  rej('assessment', ['generic'], {},
    `Dear Wojciech,

Thank you for the time you put into the design brief for the kitchen showroom. We received many good responses and have decided to continue with other applicants.

Kind regards,
Studio Hale Interiors`, 'Design brief'),
  rej('assessment', ['location'], { ...fb },
    `Dear Hamza,

Thank you for your patience while your pre-employment background screening was carried out. The screening could not confirm your right to work in this country for the start date of the role, and so we are unable to continue with your application.

HR Shared Services, Pelham Logistics`, 'Pre-employment screening'),
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Eun-ji,

Thank you for tackling the data-cleaning puzzle we sent. Your notebook got the totals right but skipped the duplicate customer records, which the task was mostly about, so we won't move forward this time. We'd be glad to see you apply again next year.

Best,
Insights team, Crumbly Foods`, 'Data task'),
  // ── (5) application stage, with boilerplate that speaks of finals, assessing, shortlisting and checks
  rej('application', ['generic'], {},
    `Dear Vivek,

After careful evaluation of your application for the role of Business Analyst, we regret to inform you that we will not be proceeding further. Please note this is our final decision and we are unable to enter into further correspondence on it.

Regards,
Recruitment Team, Shalimar Holdings`, 'Business Analyst - application'),
  rej('application', ['profile_mismatch'], {},
    `Dear Applicant,

Thank you for applying for the post of Environmental Health Officer. We assessed all applications against the essential criteria set out in the person specification, and I am sorry to tell you that your application did not meet them sufficiently for you to be shortlisted.${council}`, 'Environmental Health Officer - application outcome'),
  rej('application', ['generic'], {},
    `Hi Marcus,

Thanks for applying to be a Product Manager at Gridwise. Unfortunately your application has not progressed to the final stage of our process. We had a very high number of applicants for this role.

Gridwise Talent${noreply}`, 'Gridwise - your application'),
  rej('application', ['generic'], {},
    `Dear Ms Lindqvist,

Shortlisting for the post of Library Assistant has now been completed. I am sorry to tell you that you have not been shortlisted on this occasion.

Thank you for your interest in working for the Council.${council}`, 'Library Assistant - shortlisting outcome'),
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Ngozi,

Following a thorough review of your application for the Compliance Officer role, we have decided to pursue other candidates whose qualifications more closely match our needs at this time. We encourage you to apply for future roles that match your experience.

Best regards,
Oakmere Bank Talent Acquisition${privacy}`, 'Your application to Oakmere Bank'),
  rej('application', ['generic'], {},
    `Dear Candidate,

We appreciate your interest in the Warehouse Supervisor vacancy. Unfortunately your application was not successful.

Stallard Distribution HR${privacy}`, 'Warehouse Supervisor'),
  rej('application', ['generic'], {},
    `Dear Ji-ho,

Thank you for your application for the Marketing Coordinator position. Due to the large volume of applications we received, we have now shortlisted candidates for interview and regret that yours was not among them.

With best wishes,
Hollis & Vane`, 'Marketing Coordinator'),
  rej('application', ['position_filled'], {},
    `Hi Sasha,

Thanks for your interest in the Head of Growth role at Plumtree. We wanted to let you know that the position has now been filled by a candidate who progressed through our final round last week, so we are closing all remaining applications.

Best,
Plumtree People Team`, 'Head of Growth - update'),
  rej('application', ['profile_mismatch'], {},
    `Dear Candidate,

We have gone through your profile and found that it does not match our current requirement for the post of Site Engineer (Civil). Hence we are unable to consider your candidature at this time.

Thanking you,${pune}`, 'Application for Site Engineer (Civil)'),
  rej('application', ['generic'], {},
    `Dear Applicant,

We wish to inform you that after a careful and thorough assessment of all applications received for the position of Executive Assistant, your application was not successful.

We thank you for your interest in Crestbridge Assurance.${lagos}`, 'Executive Assistant Vacancy'),
  rej('application', ['generic'], {},
    `Dear Mr Collins,

We have now completed the final stage of our shortlisting process for the post of Deputy Head of Finance. I regret to inform you that your application has not been taken forward.

Yours sincerely,
Recruitment Services
Westbury NHS Foundation Trust`, 'Deputy Head of Finance - shortlisting'),
  rej('application', ['skills_gap'], { ...fb },
    `Dear Ms Farouk,

Thank you for applying for the post of Research Officer. The shortlisting panel felt that your application did not demonstrate experience of qualitative research methods, which is an essential criterion for the post, and so you have not been shortlisted for interview.

Human Resources
University of Eastmoor`, 'Research Officer - shortlisting outcome'),
  rej('application', ['generic'], {},
    `Thanks for applying to Quillo. We won't be moving forward with your application. Best of luck in the search!

— Quillo`, 'Quillo application'),
  rej('application', ['generic'], {},
    `Dear Niamh,

We wanted to thank you for the time you spent on your application for the Events Officer role. Unfortunately, we will not be taking it forward on this occasion.

Kind regards,
Harbour Arts Centre`, 'Events Officer'),
  rej('application', ['generic'], {},
    `Dear Applicant,

The selection committee has met and reviewed all applications for the position of Postdoctoral Research Associate (Ref: PRA-7781). I regret to inform you that you have not been selected for interview.

Faculty of Engineering Recruitment`, 'PRA-7781 - outcome'),
  rej('application', ['generic'], {},
    `Hi Ellis,

After reviewing your application and your answers to the screening questions, we've decided not to move forward with your candidacy for the Senior QA Engineer role.

Regards,
Talent, Cobalt Harbour${noreply}`, 'Cobalt Harbour - Senior QA Engineer'),
  rej('application', ['generic'], { ...door },
    `Dear Rukayat,

We have received and reviewed your application for the Graduate Trainee Programme 2025. We regret to inform you that you were not successful at the CV screening stage. We encourage you to apply again for our next intake.${lagos}`, 'Graduate Trainee Programme 2025'),
  rej('application', ['generic'], {},
    `Hi Jamie,

Just a quick note to let you know that our recruitment team has screened your CV for the Data Engineer role and, unfortunately, we will not be progressing your application on this occasion.

Thanks,
Beacon Insurance Careers`, 'Data Engineer - Beacon Insurance'),
  rej('application', ['generic'], {},
    `Application status update

Hi Femi, your application for Account Executive at Sprocketly has been reviewed. Status: Not selected.

We appreciate your interest and wish you the best.${noreply}`, 'Sprocketly: application status update'),
  rej('application', ['profile_mismatch'], {},
    `Dear Suresh,

Thank you for your interest in the role of Lead Data Scientist. We have decided to progress with applicants whose experience more closely aligns with the requirements of the role.

Kind regards,
Talent Acquisition
Larkspur Analytics`, 'Lead Data Scientist'),
  rej('application', ['generic'], {},
    `Dear Aileen,

Regrettably, you have not been successful on this occasion. Thank you for the interest you have shown in joining Bramblewood Care.

Bramblewood Care Recruitment`, 'Your application - Care Assistant'),
  rej('application', ['role_closed'], {},
    `Hello Pedro,

I'm writing about your application for the Junior Buyer role. Following a restructure of the purchasing team, the role has been withdrawn, so we won't be able to take your application any further. Apologies for the disappointing news.

Regards,
Talent, Greyfield Home`, 'Junior Buyer - role withdrawn'),
  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant,

Thank you for applying for the position of Staff Nurse (ICU). On review of your application we noted that you do not yet hold the required critical care qualification, so we are unable to consider you for this vacancy.

Nursing Recruitment, St. Luke's Medical Centre, Quezon City`, 'Staff Nurse (ICU)'),
  rej('application', ['generic'], {},
    `Hi there,

Thanks a lot for your interest in our company and the Frontend Developer position. We have looked at every application very carefully and we are sorry to say we can not invite you for next step. We hope you will find a good job soon.

Best greetings,
Team Wolkenhaus`, 'Your application - Frontend Developer'),
  rej('application', ['internal_candidate'], {},
    `Dear Kwame,

Thank you for applying for the Procurement Manager role. We have decided to fill the position internally, and so we will not be considering external applications further.

Kind regards,
HR, Tamarind Foods Ltd`, 'Procurement Manager - update'),
  // ── (6) look-alikes: an invitation, an acknowledgement, a pause, a step forward
  other(`Hi Leah,

Unfortunately the 3pm slot on Thursday has just been taken by another candidate. Could you do 10am on Friday instead for your interview with the hiring manager?

Thanks,
Peter`, 'Re: Interview slot'),
  hold('interview', ['role_closed'], {},
    `Hi Nadia,

Thanks again for the conversation with Marco and the team last week. I wanted to be upfront: the role has been put on hold while our budget for next year is reviewed, so we can't make a decision yet. I'll come back to you as soon as I know more, hopefully within a month.

Best,
Chiara`, 'Update on the Analytics Lead role'),
  other(`Dear Applicant,

Thank you for your application for the post of Payroll Officer. We assess all applications against the person specification after the closing date, and shortlisting is expected to take place in the week of 12 May. If you have not heard from us by 30 May, please assume that you have not been shortlisted on this occasion.${council}`, 'Payroll Officer - application received'),
  other(`Hi Samir,

Great news — following your interview with the team on Monday, we'd like to invite you to the final stage: a half-day onsite with our VP Engineering. Our coordinator will be in touch with dates.

Cheers,
Anika, Recruiting @ Vaultline`, 'Next steps - Vaultline'),
  hold('screen', ['role_closed'], {},
    `Hi Owen,

Thank you for the quick call on Tuesday. Since we spoke, the company has paused all hiring for this quarter, so I can't set up the next interview just yet. Your application stays open and I'll be in touch when the freeze lifts.

Regards,
Priti — Talent, Heronsgate`, 'Quick update'),
  other(`Dear Candidate,

Thank you for attending the interview today for the Graduate Accountant position. We will inform you of the final decision within two weeks. Please send us copies of your certificates in the meantime.${lagos}`, 'Interview - next steps'),
];
