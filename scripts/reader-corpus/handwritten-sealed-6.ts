/**
 * SEALED, sixth part: whole messages written one by one for tests/reader-corpus/sealed-6.jsonl, in situations
 * and voices unlike the earlier parts: hospitals and care homes, trades and hourly retail and hospitality jobs,
 * councils, universities and their appointment committees, graduate schemes and internships, law firms,
 * charities, Australian / Canadian / South African / Irish English, writers for whom English is a second
 * language, agencies, terse hiring managers, ATS templates with their merge fields left in, long letters whose
 * key sentence sits in the middle, signatures, footers, quoted replies and HTML, and the look-alikes of an inbox.
 * Written and scored before the seventh round of changes (docs/decisions/0053); never read to fix a miss and
 * never trained on.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s6-');

const nhsFooter =
  '\n\n**********************************************************************\nThis message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it. Please do not disclose, copy or distribute information in this e-mail or take any action in reliance on its contents.\n**********************************************************************';
const taleoFooter = '\n\nThis is an automated message. Replies to this address are not monitored. Powered by Oracle Taleo.';
const pinpoint = '\n\n—\nSent with Pinpoint · You are receiving this because you applied for a role. Manage your data.';
const quoted = (when: string, who: string, body: string): string =>
  `\n\nOn ${when}, ${who} wrote:\n` + body.split('\n').map((l) => `> ${l}`).join('\n');
const outlook = (from: string, sent: string, subject: string, body: string): string =>
  `\n\n________________________________\nFrom: ${from}\nSent: ${sent}\nTo: me\nSubject: ${subject}\n\n${body}`;
const lawFooter =
  '\n\nHalloran Stewart LLP is a limited liability partnership registered in England and Wales (OC318842) and authorised and regulated by the Solicitors Regulation Authority. A list of members is open to inspection at our registered office.';
const charityFooter = '\n\nRegistered charity no. 1094471. Company limited by guarantee no. 4420193.';

export const SEALED_6: readonly CorpusLine[] = [
  // ── healthcare
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Aoife,

Thank you for attending for interview for the post of Staff Nurse (Band 5), Acute Medical Unit, on Tuesday.

The panel enjoyed speaking with you and appreciated the warmth you brought to the scenario questions. However, as the post requires the candidate to be able to work independently with IV medications from the first week, and you are still completing your IV competencies, we are unable to offer you the post on this occasion.

We would encourage you to apply again once your competencies are signed off, as we recruit to this unit regularly.

Kind regards,
Recruitment Team
Westbrook Hospitals NHS Foundation Trust${nhsFooter}`, 'Outcome of interview - Staff Nurse AMU'),
  rej('application', ['skills_gap'], fb,
    `Dear Applicant,

Thank you for your interest in the Healthcare Assistant vacancy (ref 333-HCA-0412).

Unfortunately your application has not been shortlisted for interview. Applicants were required to demonstrate that they hold the Care Certificate or an equivalent level 2 qualification and this was not evident in your supporting information.

Yours sincerely,
Medical Staffing and Recruitment${nhsFooter}`, 'Application outcome: 333-HCA-0412'),
  rej('interview', ['profile_mismatch', 'position_filled'], { ...offered },
    `Hi Callum,

Thanks again for coming in to meet Dr Okafor and me about the practice manager role. It was a good conversation and we both appreciated your honesty about the gaps in your rota experience.

We've now spoken with everyone on the shortlist and have decided to offer the role to another applicant whose background is closer to what the practice needs right now.

If a short call to talk through our thinking would be useful, just reply and we'll find a time.

Best wishes,
Sian
Riverside Family Practice`, 'Practice Manager'),
  rej('final', ['generic'], door,
    `Dear Dr Venkataraman,

Re: Consultant Anaesthetist – Advisory Appointments Committee, 14 March

On behalf of the Advisory Appointments Committee, thank you for attending on Friday. I am writing to let you know that the Committee did not recommend you for appointment on this occasion.

The Committee was unanimous that the field was exceptionally strong. The department would be very pleased to see your name again when the next substantive post is advertised, which is expected in the autumn.

Yours sincerely,

Medical Director`, 'AAC outcome'),
  rej('screen', ['location'], { ...fb, ...door },
    `Hi Precious,

Lovely to speak this morning. As discussed on the phone, the night shifts at our Durban facility need someone who can be on site within 30 minutes for call-outs, and since you're based in Pietermaritzburg that isn't going to work for this one, unfortunately.

I'll keep your details in case something comes up closer to you.

Regards
Thandi
Ubuntu Care Staffing`, 'Night sister position'),
  rej('assessment', ['assessment'], fb,
    `Dear Mr Kowalczyk,

Thank you for completing the numeracy and drug calculation test as part of your application for the Registered Nurse – Theatres post.

The pass mark for this test is 100%. Your score of 85% means we are unable to progress your application further at this time. The questions you did not answer correctly were on infusion rates.

Regards,
Nursing Recruitment`, 'Drug calculation assessment result'),

  // ── trades, hourly retail and hospitality
  rej('interview', ['generic'], {},
    `Hey Jordan, thanks for coming in for the trial shift Saturday. We've decided to go with someone else for the line cook spot. Good luck mate

- Rob, Saltbush Kitchen`, 'line cook'),
  rej('application', ['skills_gap'], { ...fb, ...door },
    `G'day Liam,

Thanks for putting your hand up for the 2nd year apprentice electrician role. Unfortunately we need someone who's already got their white card and a manual licence for the ute, and from your application you don't have either yet.

Feel free to reapply once you've sorted those out, we take on apprentices every year in Feb.

Cheers,
Shane
Bright Spark Electrical Pty Ltd`, 'apprentice role'),
  rej('application', ['generic'], {},
    `Hello,

Thank you for applying for the position of Sales Associate – Store 0412 Eastgate.

After reviewing your application, we have decided to pursue other candidates at this time.

We appreciate your interest in Northway Stores.

Please do not reply to this email.${taleoFooter}`, 'Your application with Northway Stores'),
  rej('interview', ['location'], fb,
    `Hi Tomasz,

Cheers for having a chat with me and Kev on site last week. You clearly know your way around a scaffold. Only thing is the job's mostly up in Fort McMurray for the next year on a two weeks in, one week out rotation, and you said you can't be away from home that long with the little one. So we're going to leave it there for this one.

Take care,
Marcel
Northern Access Scaffolding Ltd.`, 'Scaffolder - Fort Mac'),
  rej('screen', ['salary'], fb,
    `Hi Gemma, thanks for the phone chat earlier. I've spoken to the owner and unfortunately we can't get anywhere near the €17 an hour you were looking for, the most we can do for the barista role is €13.50 plus tips, so I don't think it's going to work out. Best of luck with the search!

Niamh, Drumcondra Coffee Co.`, 'barista'),
  rej('application', ['position_filled'], door,
    `Hi there,

Thanks for dropping your CV in for the weekend kitchen porter job. We've actually already filled it, sorry! We'll hold on to your CV though and give you a ring if anything else comes up over the summer.

Thanks,
The Anchor Inn`, 'KP job'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Ikechukwu,

Thank you for taking the time to interview for the Assistant Store Manager position at our Sandton City store.

We were impressed with your enthusiasm. However, after careful consideration, we have chosen to proceed with candidates whose experience more closely matches the requirements of the role.

We wish you every success.

Regards
People & Culture
Meridian Fashion Group (Pty) Ltd`, 'Assistant Store Manager - Sandton City'),

  // ── public sector and academic committees
  rej('interview', ['generic'], { ...door, ...offered },
    `Dear Ms Ní Bhriain,

Competition Reference: HEO-2025-117 Higher Executive Officer, Department of Rural and Community Affairs

I refer to your recent interview for the above competition. I regret to inform you that you were not successful on this occasion. Candidates were placed in order of merit and your place on the panel was not high enough for an offer to be made to you.

If you would like to receive feedback on your performance, please request it in writing within 10 working days of the date of this letter.

You are welcome to apply for future competitions advertised on publicjobs.ie.

Yours sincerely,
Recruitment Unit`, 'Competition HEO-2025-117 - result'),
  rej('interview', ['profile_mismatch', 'position_filled'], {},
    `Dear Dr Lindqvist,

Lectureship in Computational Linguistics (Ref. ACA-2291)

Thank you for your interest in this position and for giving your presentation and interview to the selection committee on 2 May.

The committee had a difficult task in choosing between a number of excellent candidates. I am sorry to inform you that the committee has decided to offer the position to a candidate whose research profile was judged to be a closer fit with the department's current priorities.

With best wishes for your future career,

Professor R. Mahlangu
Head of School`, 'ACA-2291'),
  rej('application', ['generic'], {},
    `Thank you for applying for Policy Officer – Housing Strategy (Job ID 81237).

The selection panel has assessed all applications against the selection criteria. Unfortunately, on this occasion you have not been shortlisted to progress to the next stage.

Please note that due to the high volume of applications, we are unable to provide individual feedback at this stage of the process.

Department of Communities, Queensland Government
This is an automatically generated email.`, 'Application outcome - Job ID 81237'),
  rej('application', ['location'], fb,
    `Good afternoon,

Thank you for your application for the Border Services Officer recruitment intake.

Applicants for this intake must be Canadian citizens or permanent residents at the time of application. Based on the information you provided, you do not meet this condition of employment, and your application will not be considered further.

Thank you for your interest in the public service.

Public Service Commission of Canada - Recruitment
Ceci est un message automatisé. This is an automated message.`, 'Your application - BSO intake 2026'),
  rej('final', ['position_filled', 'profile_mismatch'], { ...door },
    `Dear Professor Haddad,

Chair in Environmental Economics

Thank you very much for visiting us last week and for the seminar, which drew one of the largest audiences the department has had this year. Your meetings with the Dean, the search committee and the doctoral students were all warmly reported back to me.

As you know, three candidates were invited to the campus visit. After extended deliberation the committee has recommended, and the Provost has approved, an offer to another finalist, which has now been accepted. Put simply, her work aligned more closely with the two research centres the chair is meant to lead.

I know this is disappointing after the effort you put into the visit. Several colleagues have asked me to say that they would very much like to stay in touch, and that we would welcome your application should a suitable position open in the department in future.

With warm regards,

Catherine Obi
Chair of the Search Committee`, 'Search outcome'),
  rej('interview', ['internal_candidate'], {},
    `Dear Mr Dlamini,

Thank you for attending the interview for the post of Senior Librarian (Post 4/2025).

We wish to advise that the post has been filled by the redeployment of an existing staff member of the Municipality, in line with the placement policy. Your application was therefore unsuccessful.

Yours faithfully
Director: Human Resources
eThekwini Library Services`, 'Post 4/2025 - Senior Librarian'),

  // ── graduate schemes and internships
  rej('assessment', ['assessment'], {},
    `Hi {{candidate.first_name}},

Thank you for completing the online assessments for our 2026 Graduate Programme.

We've now reviewed your results, and unfortunately on this occasion your scores did not meet the threshold required to progress to the next stage.

We wish you every success in your career.

Graduate Recruitment Team
{{company.name}}${pinpoint}`, '{{job.title}} - update on your application'),
  rej('final', ['generic'], { ...offered, ...door },
    `Dear Rhiannon,

Thank you for attending the Assessment Centre for the Summer Vacation Scheme at Halloran Stewart on 27 February.

We know how much preparation goes into a day like this. I am sorry to let you know that we will not be offering you a place on this year's scheme. Competition was intense: over 2,000 applications for 40 places.

Having reached the assessment centre, you are entitled to detailed feedback on each exercise. Please email graduate.recruitment@halloranstewart.com if you would like to arrange a call.

We would be delighted to receive an application from you for our training contracts next year.

Yours sincerely,
Graduate Recruitment${lawFooter}`, 'Vacation Scheme 2026'),
  rej('interview', ['skills_gap'], fb,
    `Hi Mei,

thank you for interviewing for the Summer Internship in Data Science! we enjoyed hearing about your project on bike sharing.

unfortunately this year the team needs interns who can already work in SQL and with cloud data warehouses from day one, and in the technical interview it seemed you have not used SQL beyond the basics yet. for that reason we will not make an offer.

All the best,
Kaito
Intern Program, Lumen Mobility`, 'Summer Internship - decision'),
  rej('application', ['location'], fb,
    `Hi Oluwaseun,

Thank you for applying to the Software Engineering Internship (Summer 2026).

Unfortunately, this internship is only open to students currently enrolled at a university in Australia or New Zealand, and your application shows you are studying in Lagos. We are therefore unable to consider your application.

Good luck with your studies,
Early Talent Team, Coralbay Software`, 'Software Engineering Internship'),
  rej('screen', ['generic'], {},
    `Dear Ayesha,

Thank you for taking part in the telephone interview for the Graduate Trainee Scheme last week.

Having reviewed your responses, we regret that we are unable to invite you to the next stage of our process.

Kind regards,
Graduate Talent Acquisition`, 'Graduate Trainee Scheme'),
  rej('application', ['generic'], door,
    `Dear Candidate,

Many thanks for your interest in our Graduate Leadership Programme and for completing your application.

We had an overwhelming response to this year's programme. After careful review we will not be taking your application forward to the online tests. Our applications for the 2027 intake will open in September, and we would encourage you to apply again then.

Best wishes,
Emerging Talent
Ashcombe Utilities plc`, 'Graduate Leadership Programme'),

  // ── law firms and professional services
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Siobhán,

Thank you for coming in to meet Ms Caldwell and Mr Ferris for the position of Associate Solicitor in our Conveyancing department.

Both partners were impressed with your client-facing manner. Having reflected, however, they feel that the position requires someone with at least three years' post-qualification experience in commercial property transactions, and your experience to date has been mainly residential. We will not therefore be making you an offer.

We wish you well.

Yours sincerely
Deirdre Mullan
Practice Manager
Caldwell Ferris Solicitors, Galway`, 'Associate Solicitor - Conveyancing'),
  rej('application', ['overqualified'], fb,
    `Dear Mr Petrov,

Thank you for your application for the role of Paralegal in our Family team.

You clearly have extensive experience as a qualified lawyer in Bulgaria, and we are concerned that the paralegal role, which is largely administrative, would not use your experience or hold your interest for long. We have therefore decided not to progress your application.

Kind regards
HR Team${lawFooter}`, 'Paralegal vacancy'),
  rej('interview', ['culture_fit'], fb,
    `Hi Anders,

Thanks for the second meeting on Thursday. I've talked it over with the other directors.

We all like you and respect your audit experience. The sticking point is the way we work here: we're a small partnership where everyone picks up whatever needs doing, including client calls in the evening during tax season, and you were clear that you want well defined hours and a narrow remit. We don't think that would be a happy fit on either side, so we're not going to make an offer.

Best regards,
Maja
Lindgren & Holt Chartered Accountants`, 'Senior Auditor'),

  // ── non-profits
  rej('interview', ['profile_mismatch', 'position_filled'], { ...offered, ...door },
    `Dear Faith,

Thank you for your interest in the Community Fundraising Officer role and for meeting with us on Monday. It was lovely to hear about your volunteering with the food bank and your ideas for the summer fun run.

This was a very difficult decision. As a small team we had to think carefully about where we most need support right now, and we have offered the role to a candidate whose experience was a little closer to what we need this year. They have accepted.

I want to stress that this is not a reflection on the quality of your application. We would genuinely like to keep in touch, and we'd welcome an application from you for any future roles with us that match your interests. And if you'd find it useful to hear the panel's thoughts, I'd be glad to arrange a short phone call.

With thanks and best wishes,

Harriet Ogunleye
Head of Fundraising
Greenway Hospice${charityFooter}`, 'Community Fundraising Officer'),
  rej('application', ['role_closed'], {},
    `Dear Kwame,

Thank you for applying for the Youth Outreach Worker post.

I'm sorry to tell you that our funding application to the council was not successful this year, and as a result the post has been withdrawn. We will not be recruiting to it and so will not be taking any applications further.

We're really grateful for the time you put into your application.

Warm wishes,
Jo Pryce
Director, Open Doors Youth Project${charityFooter}`, 'Youth Outreach Worker - post withdrawn'),
  rej('interview', ['position_filled'], {},
    `Dear Ingrid,

Many thanks for speaking with us on Wednesday about the Programme Coordinator position. We enjoyed learning more about your work in Kenya.

After much reflection, the panel has decided to offer the post to another candidate.

We wish you every success in your search.

Kind regards,
Amara
Clearwater International`, 'Programme Coordinator'),

  // ── second-language writers
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Mr. Fernandes,

thank you very much for the interview last week and for your interest in our company. It was a pleasure to get to know you.

After long consideration we have to inform you that we decided for other candidate. For this position the fluent knowledge of French is necessary because the biggest part of customers are in Belgium and France, and in the interview it was visible that your French is not yet at this level.

We keep your documents in our evidence and we will contact you if there will be an open position where French is not required.

With best regards
Kateřina Horáková
HR Business Partner
Brněnské Strojírny a.s.`, 'Interview result'),
  rej('application', ['profile_mismatch'], {},
    `Dear Sir/Madam,

We received your application for Procurement Specialist. Thank you for interest. We studied the CV and we feel your experience is not suitable to our current needs. So we are not able to continue the process with you.

We wish you good luck in the future.

Best regards
Recruitment Department
Anadolu Lojistik A.Ş.`, 'Procurement Specialist'),
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hello Dominik,

thanks for sending the homework task. Our team lead has checked it. The solution works for the main case, but the tests were missing and the error handling when the file is empty was not done, and these were things we asked in the task. So we decided that we will not continue with next round.

If you have questions about the review, you can write me, I will ask him to explain more.

Greetings,
Ana
Hrvatski Softver d.o.o.`, 'Homework task - result'),
  rej('screen', ['profile_mismatch'], door,
    `Dear Madam,

Thank you for your time in the phone interview on Monday. We were glad to talk with you.

We are sorry to tell you that we choose other candidate which profile is more near to what we are searching. But we will keep your CV in our data base and if we have another position we will call you again.

Best regards
Giulia Conti
Ufficio Personale`, 'Colloquio telefonico'),

  // ── agencies
  rej('interview', ['generic'], door,
    `Hi Ben,

Just had feedback from Hartwell Logistics following your interview on Friday. Unfortunately they've decided not to take things further this time.

I know that's not what you wanted to hear. I'll be in touch as soon as I've got something else that suits.

Cheers,
Dean
Dean Marsh | Senior Consultant | Apex Driving Recruitment
M: 07700 900412`, 'Hartwell feedback'),
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hey Priyanka, so I've finally heard back from the client on the Salesforce admin role. They liked you and said you came across really well in the interview, but ultimately they want someone who's done a CPQ implementation end to end and that's the bit you were a bit light on. They're going with another candidate.

Don't be too down about it. I've got a couple of other Salesforce roles coming through next week and I'll put you forward for those if you're keen.

Speak soon,
Lauren
Cloudhire Talent`, 'client feedback'),
  rej('application', ['generic'], door,
    `Dear Cheng,

Thank you for your interest in the Project Accountant vacancy we are recruiting for on behalf of our client in Vancouver.

Our client has reviewed your profile and has decided not to proceed on this occasion. We will, however, keep your resume on our database and may contact you about other opportunities that match your experience.

Kind regards,
Maple Search Partners Inc.
This email and any attachments are confidential and intended solely for the addressee.`, 'Project Accountant - Vancouver'),
  rej('screen', ['salary'], { ...fb },
    `Hi Kofi,

Thanks for your time on the phone yesterday. I took your details to the client. They've come back to say that your salary expectation of R850k is beyond what they can budget for this level, they were thinking closer to R650k, so they've asked me not to progress you.

Sorry it's not better news.

Regards,
Riaan
TalentBridge Recruitment (Cape Town)`, 'Financial Manager role'),

  // ── terse hiring managers
  rej('interview', ['generic'], {}, `Thanks for interviewing with us. We went with another candidate. Best of luck.\n\nMark`, 'Re: Ops role'),
  rej('screen', ['profile_mismatch'], {},
    `Hi Sam — after our call I don't think this is the right match, we need someone further along. Thanks for your time.

J`, 'Re: intro'),
  rej('final', ['position_filled'], {},
    `Hi Eleni, thank you for the final round on Monday. I'm sorry, we offered it to the other finalist. Appreciate all the time you put in.

Tom`, 'PM role'),
  rej('application', ['role_closed'], {}, `Hi - we've pulled the listing for the designer role, budget's gone elsewhere. Sorry about that.`, 're: freelance designer'),

  // ── ATS templates with merge fields left in
  rej('application', ['generic'], {},
    `Dear [Candidate First Name],

Thank you for your interest in the [Job Title] position at Kestrel Insurance Group. We have carefully reviewed your application and regret to inform you that we will not be moving forward with your candidacy.

We wish you all the best in your job search.

Sincerely,
Kestrel Talent Acquisition`, 'Your application to Kestrel Insurance Group'),
  rej('interview', ['profile_mismatch'], door,
    `Hi %FIRSTNAME%,

Thank you for taking the time to interview with us for the %JOBTITLE% role. We enjoyed learning about your experience.

After much consideration, we have decided to move forward with candidates whose experience is more aligned with our needs for this position.

We'd love to stay connected, and we'll reach out if a role opens up that's a better fit for your background.

Best,
The Tandem Health Recruiting Team`, 'Update on your %JOBTITLE% application'),
  rej('application', ['generic'], door,
    `Hello {{ first_name }},

Thank you for applying to {{ job_title }} at Quillfeather. Unfortunately we've decided not to move forward with your application for this role.

We encourage you to check our careers page and apply for other positions that interest you.

- Quillfeather Recruiting`, 'Thank you for applying'),

  // ── long letters, the key sentence in the middle
  rej('interview', ['skills_gap'], { ...fb, ...offered, ...door },
    `Dear Nomvula,

I hope this finds you well, and thank you once more for the time you gave us over the last few weeks. I know that the process for the Monitoring and Evaluation Manager role asked a lot of candidates: the written application, the conversation with me, and then the panel interview with Dr Mokoena and our programme leads. We appreciated the care you took at every step, and I personally enjoyed our discussion about community-led data collection.

The panel met on Thursday to compare all candidates against the role. Your answers on stakeholder engagement were among the best we heard. Where the panel felt you were less strong was in quantitative impact evaluation: the role will lead two randomised evaluations next year, and your experience with designing and analysing experimental studies is still limited. For that reason, we have decided not to offer you the role.

I realise how disappointing this is, and I want to be clear that we would genuinely welcome an application from you for future openings in our programmes team that draw on your qualitative work. If you'd like more detail on the panel's view, I'm very happy to set up a call.

Thank you again, and best wishes for what comes next.

Warm regards,

Lerato Mbeki
Head of Impact
Siyakhula Foundation`, 'M&E Manager - outcome'),
  rej('interview', ['generic'], door,
    `Dear Fionnuala,

Thank you for your patience while we completed the interviews for the Communications Manager post. We know waiting is hard and appreciate your understanding.

We were delighted with the quality of candidates this time round, and as you can imagine the decision was not an easy one. The panel spent a great deal of time discussing each interview, and I'm sorry to say that on this occasion we won't be offering you the post. The team would be happy to see your name on future vacancies with the Council; we advertise communications roles several times a year. The successful candidate will start in the new year, and we will also be restructuring the digital team over the coming months, which may create other opportunities.

Thank you again for the time and energy you put into your application and interview, and for your interest in working with us.

Kind regards,
Maeve Collins
HR Business Partner, Fingal Arts Council`, 'Communications Manager'),
  rej('final', ['profile_mismatch'], { ...offered },
    `Hi Ravi,

Thanks so much for everything over the past month. Between the intro call, the take-home, the systems design session and the final loop on Tuesday, you've spent a lot of time with us and I want to acknowledge that.

I'll get straight to it: we're not going to be extending an offer. Everyone enjoyed working through the problems with you, and the debrief was a genuinely close one. In the end the team felt that another candidate's experience matched the scale and the on-call responsibilities of this role more closely, and we went with them.

We run all our final-round candidates through the same debrief, so if you'd like to hear how the team saw each stage, reply here and I'll set up thirty minutes with the hiring manager.

Thanks again, and good luck,
Hannah
Recruiting, Orbital Payments`, 'Orbital Payments - Staff Engineer'),
  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Joaquín,

Thank you for completing the written exercise for the Economist post at the Ministry, and for your patience while the markers reviewed all submissions.

The exercise asked candidates to estimate the cost of a proposed childcare subsidy and set out the main risks to the estimate. The markers noted that your submission was clearly written. However, it did not include a sensitivity analysis, which the brief asked for, and the regression in the annex did not control for household income. The panel was also looking for familiarity with Stata or R for the role, and your submission and application did not show either.

Given this, you did not reach the standard needed to progress to interview.

Yours sincerely,
Economic Recruitment Team`, 'Written exercise result'),

  // ── signatures, quoted replies and HTML
  rej('interview', ['role_closed'], {},
    `Hi Marcus,

Thanks for your note. I'm sorry, we've now closed the role and won't be taking your application further.

Best,
Paige${quoted('Mon, 9 Jun 2026 at 10:14', 'Marcus Hale <marcus.hale@example.com>', 'Hi Paige,\nThanks again for the interview with you and Dimitri last Thursday. I just wanted to check if there was any update.\nBest,\nMarcus')}`, 'Re: Interview follow-up'),
  rej('screen', ['profile_mismatch'], {},
    `Hi Zainab,

Appreciate you following up. We did enjoy our call, but we've decided to go with applicants whose experience lines up more closely with the role.

All the best,
Owen${outlook('Zainab Rahman', 'Wednesday, 3 June 2026 16:02', 'Thank you', 'Dear Owen,\nThank you for the phone screen this afternoon about the account manager role. I look forward to hearing from you.\nKind regards,\nZainab')}`, 'RE: Thank you'),
  rej('application', ['skills_gap'], { ...fb, ...door },
    `<div dir="ltr"><p>Hi Chloe,</p><p>Thanks for applying for the Junior Motion Designer position at Parallax Studio.</p><p>We loved your illustration work, but for this role we need someone who is comfortable animating in After Effects and Cinema 4D, and your portfolio didn't include any motion work yet.</p><p>Please do send us your reel when you've built one up &ndash; we'd love to see it.</p><p>Cheers,<br>Parallax Studio</p></div>`, 'Junior Motion Designer'),
  rej('interview', ['position_filled'], {},
    `<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="font-family:Helvetica;font-size:14px">Dear Adebayo,<br><br>Thank you for interviewing for the Facilities Supervisor role at Crestline Properties.<br><br>We wanted to let you know that the position has now been filled. We appreciate the time you invested in the process.<br><br>Regards,<br>Crestline Properties HR</td></tr><tr><td style="font-size:10px;color:#999">You received this message because you applied to a job at Crestline Properties. Unsubscribe</td></tr></table>`, 'Facilities Supervisor'),

  // ── stage by conversation after interviews
  rej('interview', ['skills_gap'], fb,
    `Hi Lucía,

Thank you for the conversations with Ines, Bram and me over the last two weeks, and for the case you walked us through in the last one.

We've now made a decision and will be going with a candidate whose background is more closely matched to the fintech side of the role. I'm sorry this isn't better news.

Kind regards,
Pieter`, 'Product Marketing Lead'),
  rej('interview', ['generic'], { ...door },
    `Dear Mr Achterberg,

It was a real pleasure speaking with you on Thursday and hearing more about your time at the port authority; the whole panel enjoyed the discussion. Unfortunately, we have decided not to take your application any further.

We will be advertising several operations roles in the coming year and hope you'll consider applying.

Kind regards,
Gwen Thomas
Operations Director`, 'Operations Manager'),
  rej('interview', ['culture_fit'], fb,
    `Hi Declan,

Thanks for speaking with the team on Tuesday; they found it a really useful hour. Having talked it through, we felt that your preference for working heads-down on your own wouldn't sit well with how closely this team pairs every day, and we've decided not to move ahead.

Thanks again,
Rosa`, 'Team conversations'),

  // ── application stage with boilerplate that names later steps
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your application for the role of Customer Service Adviser.

Our recruitment process consists of an application review, an online assessment, a telephone interview and a final assessment day. We have now completed the review of applications and regret that your application has not been successful.

Yours faithfully,
Recruitment Team, Bluegate Energy`, 'Customer Service Adviser'),
  rej('application', ['profile_mismatch'], {},
    `Hi Wanjiru,

Thanks for applying to be a Product Designer at Loom & Lantern. Our interview process normally has a portfolio review, a design exercise and a final panel, but we won't be inviting you to any of the stages this time. We received applications from a number of designers whose backgrounds were a closer match for what we need.

Best,
Loom & Lantern`, 'Product Designer application'),

  // ── more reasons
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Arjun,

It was good talking with you yesterday. Having thought about our call, the role needs someone with a current CFA charter or at least Level III passed, and as you're still preparing for Level II we won't be progressing your application.

Kind regards,
Helen
Talbot Asset Management`, 'Analyst'),
  rej('interview', ['internal_candidate'], door,
    `Hi Joanne,

Thanks for meeting with the panel last week for the Deputy Head of Year role. I wanted to let you know that we have appointed a colleague who has been acting in the role this term. We'd love to see you apply for future posts at the school.

Best wishes,
Mr A. Quinlan
Headteacher, St Brendan's College`, 'Deputy Head of Year'),
  rej('application', ['overqualified'], { ...fb },
    `Hi Pablo,

Thanks for your interest in the Junior Developer role. Honestly, with your 10 years leading engineering teams we think you'd find this role very limiting, it's mostly bug fixing under supervision, so we're going to pass this time.

Cheers,
Nadia`, 'Junior Developer'),
  rej('final', ['location', 'position_filled'], { ...fb },
    `Dear Ms O'Connell,

Thank you for attending the final interview day for the Site Manager post in Perth.

During the day you mentioned that you would need to continue living in Melbourne and fly in each week. The role requires the Site Manager to be resident in Perth and available on site at short notice, and we have offered the position to a candidate who is already based in Western Australia.

Regards,
Darren Whitlock
Operations Manager`, 'Site Manager - Perth'),
  rej('screen', ['role_closed'], {},
    `Hi Tanvir,

Thanks for the call on Friday. Sorry to bring bad news: the hiring for this position has been cancelled after a restructure in the finance team, so we won't be continuing with any candidates.

Regards,
Beth`, 'Finance Business Partner'),
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Oskar,

Thanks for your time in the technical interview yesterday.

The team liked your approach to the design question, but they felt that your Kubernetes knowledge wasn't deep enough for a role where you'd be the one running our clusters, and that was the deciding factor. We won't be moving forward.

Happy to share the interviewers' notes if you'd find them useful.

Cheers,
Ewa
Platform team, Northlight Games`, 'Platform Engineer'),
  rej('assessment', ['generic'], {},
    `Dear Candidate,

Thank you for completing the situational judgement test for the role of Customer Experience Specialist.

We have now reviewed all candidates and regret to inform you that you have not been selected to progress to the next stage.

Kind regards,
Talent Team
Pacific Telco`, 'SJT outcome'),
  rej('interview', ['profile_mismatch'], { ...door },
    `Kia ora Tama,

Thank you for the kōrero last week about the Senior Advisor role. The panel felt that other applicants' experience in the role's core areas was more closely aligned, and so we won't be progressing your application this time.

We'd encourage you to keep an eye on our vacancies page, as we'd be glad to consider you for future roles.

Ngā mihi,
Ministry Recruitment Team`, 'Senior Advisor'),
  rej('application', ['skills_gap'], { ...fb },
    `Hi Ola,

Thanks for applying to the Spanish Customer Support role. Because this team handles calls from Spain and Latin America all day, we need native or near-native Spanish, and your application lists Spanish at intermediate level, so we won't be able to progress it.

Best wishes,
Helpdesk Hiring, Sunwise Travel`, 'Spanish Customer Support'),
  rej('interview', ['generic'], { ...offered },
    `Hi Mackenzie,

Thanks for taking the time to meet with us on Tuesday. Unfortunately, we've decided not to move forward with your candidacy at this time. I know it's not the news you were hoping for.

If feedback would help, let me know and I'll pass on what I can.

Regards,
Stacey`, 'Marketing Coordinator'),
  rej('screen', ['profile_mismatch'], {},
    `Hi Yusuf,

Thanks for the quick chat on Wednesday. Having spoken to several candidates, we're going to focus on those whose experience best matches the role, and I'm sorry to say that won't include you on this occasion.

Best,
Clara`, 'Business Analyst'),
  rej('interview', ['assessment'], { ...fb },
    `Dear Nikhil,

Thank you for attending the interview and the presentation task for the Senior Data Analyst role.

The panel felt that the presentation did not answer the question set in the brief, which asked for a recommendation on the pricing change; your slides described the data well but stopped short of a recommendation. As the presentation was a key part of the assessment, we won't be offering you the role.

Best regards,
Recruitment`, 'Senior Data Analyst'),
  rej('application', ['generic'], {},
    `Dear Jamal,

Thank you for your interest in working with us. We have reviewed your application for Warehouse Team Leader and unfortunately you have been unsuccessful on this occasion.

Should you have any questions about your data, please contact our Data Protection Officer at privacy@rapidfreight.example.

Rapid Freight Ltd`, 'Warehouse Team Leader'),
  rej('application', ['profile_mismatch'], {},
    `Hi Francesca, thanks so much for the application. We had a lot of great applicants and the team decided to move ahead with people whose experience felt like a better fit for this particular role. Wishing you the best!\n\n— Juniper Books`, 'Editorial Assistant'),
  rej('final', ['position_filled'], { ...offered },
    `Hi Aditya,

Thank you for spending the day with us at the office on Thursday, meeting the founders and the rest of the team.

It was a very close decision, but we have decided to make an offer to another candidate.

If you'd like, I'm happy to hop on a call and walk you through the feedback from each session.

Best,
Shreya
Talent, Kettle`, 'Final round'),
  rej('interview', ['skills_gap', 'position_filled'], { ...fb },
    `Dear Bronwyn,

Thank you for your interview for the Veterinary Nurse position at Harbourside Animal Hospital.

We were impressed by your compassion, but we have decided to appoint a nurse who already holds the Certificate IV in Veterinary Nursing, which is required for the role's anaesthesia monitoring duties.

Kind regards,
Practice Manager`, 'Veterinary Nurse position'),
  rej('interview', ['generic'], { ...door },
    `Hi Clément,

Thank you for speaking with our hiring manager, Julia, last week for the Account Executive role. Julia really enjoyed the conversation.

Unfortunately, we've chosen to go another way. We're growing quickly and will be posting new sales roles in the coming months, and we'd love for you to throw your hat in the ring again.

Best,
Carys
People Team, Driftwood`, 'Account Executive'),

  // ── paused processes
  hold('interview', ['role_closed'], {},
    `Dear Mohammed,

Thank you for interviewing for the Clinical Pharmacist post. I wanted to let you know that the Trust has introduced a temporary vacancy control panel, and all appointments, including this one, are paused until it has reviewed them. We have not made any decision about your application and will write to you as soon as the panel has met, which we expect to be in six to eight weeks.

Kind regards,
Pharmacy Workforce Team${nhsFooter}`, 'Clinical Pharmacist - update'),
  hold('application', ['role_closed'], {},
    `Hi Sophie,

Just a quick note on the Graphic Designer role you applied for. We've had to put hiring on hold for a few weeks while our new MD settles in. Your application is still with us and we'll be back in touch when things get moving again.

Thanks for bearing with us,
Maddie`, 'Graphic Designer - on hold'),
  hold('screen', ['role_closed'], {},
    `Hi Ricardo, thanks for the call Monday. The budget for the role needs to be signed off again after the reorg, so we're pausing interviews until then. I'll let you know as soon as I hear. Nothing's been decided either way.`, 'next steps'),

  // ── look-alikes
  other(
    `Dear Applicant,

Thank you for applying for the post of Healthcare Assistant (ref 333-HCA-0419). This email confirms that we have received your application.

Shortlisting will take place after the closing date. If you have not heard from us within 3 weeks of the closing date, please assume that your application has not been successful on this occasion.

Medical Staffing and Recruitment${nhsFooter}`, 'Application received: 333-HCA-0419'),
  other(
    `Hi {{candidate.first_name}},

Thanks for applying to Harrow & Vale! Our team is reviewing your application and we'll be in touch about next steps. Unfortunately we can't respond to every applicant personally, but we read every application.

The Harrow & Vale Team${pinpoint}`, 'Thanks for applying'),
  other(
    `Hi Aoife,

Just a quick update: the panel is still finishing interviews this week, so we won't have a decision until early next week. Thanks for your patience, and we'll be in touch as soon as we can.

Best,
Recruitment Team`, 'Update'),
  other(
    `Dear Lindiwe,

We are pleased to invite you to interview for the post of Senior Social Worker on Thursday 18 June at 10:30 at the Civic Offices, Room 2.14. The interview will last about 45 minutes and will include a short written exercise.

Please confirm your attendance by replying to this email.

Kind regards,
Children's Services Recruitment`, 'Interview invitation - Senior Social Worker'),
  other(
    `Hi Tom,

Thanks for your application for the Data Analyst role. As the next step, please complete our online assessment using the link below. It takes around 40 minutes and must be completed within 5 days.

https://assess.example.com/invite/8f21c

Unfortunately we can't accept late submissions, so please make sure you complete it in time.

Good luck!
Talent Team`, 'Next step: online assessment'),
  other(
    `Dear Kiran,

I'm delighted to offer you the position of Graduate Engineer at Holloway Bridges, starting on 1 September 2026 at a salary of £31,500. Your formal contract will follow by post.

Congratulations, and welcome to the team!

Best wishes,
Sarah Beaumont
Head of Early Careers`, 'Offer of employment'),
  other(
    `New jobs for you: Care Assistant near Cork

• Care Assistant – Night Shifts – Bluebell Homecare – €14/hour
• Healthcare Assistant – St Finbarr's – €15.20/hour
• Support Worker – Community – €14.50/hour

You're receiving this because you created a job alert. Unsubscribe or change your alert settings.`, '3 new Care Assistant jobs in Cork'),
  other(
    `Hi Nathan,

This is to confirm that we've withdrawn your application for the Logistics Coordinator position, as you requested. We're sorry to see you go, and we wish you every success in your new job.

Regards,
Talent Acquisition`, 'Application withdrawn'),
  other(
    `Dear Chidi,

Thank you for your patience. We are still reviewing applications for the Grants Officer role and expect to contact shortlisted candidates by the end of the month. Due to the volume of applications we are unfortunately unable to reply to every enquiry individually.

Kind regards,
Open Doors Trust`, 'Grants Officer - update'),
  other(
    `Hi Lauren,

Great news — the hiring manager would like to move you forward to the final round! The final stage is a half-day onsite with four sessions. Could you let me know your availability for the week of 22 June?

Thanks,
Marco`, 'Next steps - final round'),
  other(
    `Dear Applicant,

Your application for the position of Library Assistant (REQ 55812) is incomplete. Please log in to the careers portal to upload your references before the closing date; unfortunately incomplete applications cannot be considered.

Human Resources
This is an automated email.`, 'Action required: incomplete application'),
  other(
    `Hi Ama,

Thanks for your interest in joining the Harbourlight Talent Community! You'll now receive updates about roles that match your interests. Unfortunately we don't have an opening for you right now, but we'll let you know when something comes up.

The Harbourlight Careers Team`, 'Welcome to our Talent Community'),
  other(
    `Hello,

Your reference has been requested for Ms Grace Kamau, who has applied for the role of Teaching Assistant at Oakfield Primary School. Please complete the attached form and return it by Friday.

Thank you,
School Business Manager`, 'Reference request: Grace Kamau'),
  other(
    `Hi Ollie,

Sorry — I have to move our call tomorrow as something's come up with the hiring manager. Could we do Thursday at 2pm instead? Apologies for the short notice.

Cheers,
Fran`, 'Reschedule'),
  other(
    `Dear Candidate,

Thank you for completing your video interview for the Cabin Crew recruitment campaign. Our team will now review your responses and we aim to let all candidates know the outcome within two weeks.

Please note that due to high demand we are unable to provide feedback at this stage.

SkyLink Airways Recruitment`, 'Video interview received'),
  other(
    `Hi Reza,

I came across your profile and think you'd be a strong fit for a Senior QA role I'm working on with a fintech client in Toronto. Remote-friendly, $120–135k CAD. Would you be open to a quick chat this week?

Best,
Alyssa | Northbound Talent`, 'Senior QA opportunity'),
  other(
    `Hi Grace,

Thanks for your email. No problem at all — I've moved your interview to Monday 10am as you asked. See you then!

Kind regards,
Eilidh`, 'Re: Interview time'),
  other(
    `Dear Tendai,

Thank you for attending the interview on Monday. I'm pleased to tell you that the panel would like to invite you back for a second interview with the Director on 24 June.

Regards,
HR Department`, 'Second interview'),
  other(
    `Dear candidate,

Our careers site will be unavailable on Saturday from 22:00 to 02:00 for planned maintenance. We apologise for any inconvenience. Applications in progress will not be affected.

Careers Team`, 'Planned maintenance'),
  other(
    `Hi Sinéad,

We've received your application for the Retail Supervisor role and it's with the store manager now. If you're shortlisted we'll call you to arrange a chat. We're sorry we aren't able to give individual updates to everyone, but we'll be in touch either way within a fortnight.

Thanks,
Northway Stores Careers`, 'We have your application'),
];
