/**
 * Development messages of the thirtieth round, never sealed: rejections from about a hundred different employers spread
 * evenly over the five stages, a few paused processes, and look-alike mails that use the words of a rejection without
 * being one. The stage is often told indirectly (the people met, a presentation day, a take-home, recorded answers, a
 * call last week, "the last two"). Many declines are only implied: the role went to someone already on the team, the
 * post was withdrawn or cut, another person accepted, "we'll be going with candidates whose background is closer", and
 * the letter never says "unfortunately". Reasons cover the whole vocabulary, sometimes two at once; some letters carry
 * specific feedback (several in the middle of a long letter), some refuse feedback, some offer it, some invite a new
 * application. Employers across sectors and countries: US tech and finance, UK councils, the NHS and universities,
 * Indian IT services and start-ups, Australian mining and retail, German and Dutch firms writing in English, Nigerian
 * and Kenyan banks, Singapore logistics, charities, hospitals, law firms, game studios, restaurants, shops, trades and
 * apprenticeships. Voices: ATS auto-mail with footers and reference numbers, HR templates, agency recruiters, hiring
 * managers, founders' one-liners, long letters, thread replies with the earlier message quoted, HTML-ish bodies and
 * second-language English. For development only: the rules may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d30-');

const workday = '\n\n---\nThis email was sent from an unmonitored mailbox. To view the status of your application, sign in to your Candidate Home account.';
const lever = '\n\nSent with Lever';
const pageup = '\n\nPlease do not reply to this email as this mailbox is not monitored. Powered by PageUp.';
const darwin = '\n\nRegards,\nTeam HR\n\nDisclaimer: This is a system generated mail. Please do not reply to this mail id.';
const trac = '\n\nThis email has been sent to you via Trac. Please do not reply to this address as it is not monitored.';
const csj = '\n\nCivil Service Jobs\nPlease do not reply to this email. This mailbox is not monitored.';
const council = '\n\nThe information in this e-mail is confidential and may be legally privileged. It is intended solely for the addressee. Any views expressed are not necessarily those of the Council.';

export const HANDWRITTEN_DEV_30: readonly CorpusLine[] = [
  // ── stage: application (nothing beyond the CV and the form)
  rej('application', ['generic'], {},
    `Hi Kwame,

Thank you for your interest in Lumenfold and for taking the time to apply for the Senior Frontend Engineer position (Req LF-20931).

We received a large number of applications for this opening. After careful review, we have decided to move forward with other candidates at this time.

We wish you the best of luck in your search.

Lumenfold Talent Team${workday}`, 'Lumenfold | Senior Frontend Engineer (Req LF-20931)'),
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Mr. Rohit Deshmukh,

Greetings from Vayuvistar Infotech Pvt. Ltd.!

This is with reference to your application for the position of SAP FICO Consultant (Job Ref: JR/2024/5518). We thank you for showing interest in our organisation.

Kindly note that the said requirement is for candidates having minimum 5 years of end-to-end implementation experience in SAP FICO. As per the profile shared by you, your relevant experience is around 2 years, hence we are unable to shortlist your profile for the present opening.

We shall retain your profile in our database and will get in touch with you in case any suitable opening arises matching your skill set.

Wishing you all the best for your future endeavours.${darwin}`, 'Application Status - SAP FICO Consultant - JR/2024/5518'),
  rej('application', ['role_closed'], { ...door },
    `Dear Ms Pritchard,

Ref: HOU-0412 Housing Options Officer (Grade 6)

Thank you for applying for the above post.

Following a review of the structure of the Housing Solutions Service, the Council has withdrawn this post and no appointment will be made. All applications received have now been closed and will not be assessed.

The restructured service will include a number of new roles, which we expect to advertise on our website in the spring. You would be very welcome to apply for any of these.

Yours sincerely,

Recruitment Team
Ashworth Borough Council${council}`, 'Housing Options Officer - HOU-0412'),
  rej('application', ['location'], { ...fb, ...door },
    `G'day Liam,

Thanks for putting your hand up for the Maintenance Planner job. Just wanted to give you a straight answer rather than leave you hanging — this one's a residential position, living in Newman with the family housing package, and in your cover letter you said you're only after FIFO out of Perth. So it's not going to line up this time round.

We do get FIFO planner roles coming up a few times a year across the Pilbara sites, so it's worth setting up a job alert on our careers page.

Cheers,
Shannon Burke
Talent Acquisition | Red Ochre Resources`, 'Re: Maintenance Planner – Newman'),
  rej('application', ['generic'], {},
    `Dear Chinedu Okonkwo,

Thank you for your interest in the Sapphire Trust Bank Graduate Trainee Programme 2024.

We received over 40,000 applications for this year's programme. Following a careful review of all applications, we regret to inform you that your application was not successful at this stage.

We appreciate the effort you put into your application and wish you success in your future endeavours.

Yours faithfully,
Human Capital Management
Sapphire Trust Bank Plc
RC 104227`, 'Sapphire Trust Bank Graduate Trainee Programme 2024 – Application Update'),
  rej('application', ['location'], { ...fb },
    `Dear Grace,

Thank you for applying for the position of Relationship Manager, SME Banking with Savanna Cooperative Bank.

In line with the requirements of the advertisement and the Kenya Citizenship and Immigration Act, this position is open to Kenyan citizens only. In your application you indicated that you hold Ugandan citizenship and do not currently hold a Kenyan work permit. For this reason, we are unable to consider your application further.

We thank you for your interest in Savanna Cooperative Bank.

Yours sincerely,
Head, Talent Acquisition
Savanna Cooperative Bank`, 'Your application: Relationship Manager, SME Banking (Ref SCB/RM/031)'),
  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Denise,

I read through your application for the Teller Supervisor opening at our Elm Street branch and, honestly, you'd be coming in far above where this role sits. You've run three branches and a regional operations team — this job is mostly scheduling a team of six tellers and balancing the vault, and I think you'd be restless inside of a month.

So I'm going to pass on this one for you, but if you're open to it I'd like to send your résumé to our VP of Retail, who is planning a branch network role later this year and would be the right person to talk to.

Best,
Marcus Whitfield
Branch Manager, Stillwater Community Credit Union`, 'Teller Supervisor opening'),
  rej('application', ['position_filled'], {},
    `Dear Applicant,

Thank you for your application for the position of Warehouse Supervisor (Tuas DC) with Straits Freight Pte Ltd.

Please be informed that this vacancy has been filled and the job posting is now closed.

We appreciate your interest in Straits Freight.

Human Resource Department
Straits Freight Pte Ltd | 21 Tuas Avenue 7, Singapore
This is a computer-generated email. No signature is required.`, 'Warehouse Supervisor (Tuas) – Application Status'),
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Mr. Novak,

thank you very much for your application as Key Account Manager DACH and the interest in Kessler Antriebstechnik GmbH.

We have looked at your documents with great interest. For this position the daily contact with our customers in Germany, Austria and Switzerland happens in German language, so we need a level of minimum C1. From your CV we see that your German is on a basic level at the moment. Therefore we must unfortunately inform you that we cannot consider your application further.

Your profile is interesting for us nevertheless. If your German skills develop, we would be glad to receive your application again.

With kind regards

Sabine Hollerbach
Human Resources
Kessler Antriebstechnik GmbH | Sitz: Heilbronn | HRB 70312`, 'Ihre Bewerbung / Your application as Key Account Manager DACH'),
  rej('application', ['profile_mismatch'], {},
    `Hi Tomasz,

Thanks for sending your portfolio over for the Senior Environment Artist role. The art team spent some time with it.

For this hire we're going ahead with artists whose work sits closer to where the next project is headed, so we won't be setting up a call.

Good luck with everything, and thanks again for thinking of us.

— Ines
Studio Producer, Moonlit Otter Studio`, 'Moonlit Otter – Senior Environment Artist'),
  rej('application', ['position_filled'], { ...door },
    `Hey Tayo,

Cheers for dropping your CV in on Sunday. We've got the kitchen fully staffed for the summer now — took on two cooks last week.

Pop back in around September when the students head back to uni, we nearly always need people then.

Gio
Nonna Rosa's, Deansgate`, 'Line cook'),
  rej('application', ['profile_mismatch'], {},
    `Dear Dr Fenwick,

Research Associate in Computational Hydrology – Ref 24/0871

Thank you for your interest in the above post at the University of Wexcombe.

The shortlisting panel has now met and has selected for interview those candidates whose applications most closely met the essential criteria in the person specification. I am sorry to let you know that you have not been shortlisted on this occasion.

Owing to the number of applications received, we are not able to provide individual feedback at the shortlisting stage.

Thank you again for your interest in working at the University.

Yours sincerely,
Recruitment Administrator
School of Geography and Environmental Science`, 'Research Associate in Computational Hydrology (Ref 24/0871)'),
  rej('application', ['salary'], { ...fb, ...door },
    `Hey Arjun, loved the profile. But 38L expected is honestly way past what we can pay at seed — we're budgeting ~22L for this seat. Will ping you once the Series A closes, would be great to talk then.

– Kabir, PaisaPath
(sent from phone)`, 'Re: Backend lead @ PaisaPath'),
  rej('application', ['generic'], {},
    `Dear Olivia,

Thank you for applying for a Training Contract commencing in 2026 with Ashby Crane LLP.

We were impressed by the standard of applications this year and the decisions were very difficult. Unfortunately, we will not be inviting you to the next stage of our process.

Owing to the volume of applications we receive, we are not in a position to give individual feedback at the application stage.

We wish you every success with your future career.

Graduate Recruitment Team

Ashby Crane LLP is a limited liability partnership registered in England and Wales (OC402118) and is authorised and regulated by the Solicitors Regulation Authority.`, 'Ashby Crane LLP – Training Contract 2026'),
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Julia Santos,

Thank you for your application for the post of Staff Nurse – Acute Medical Unit, reference 301-AMU-7734.

Current registration with the Nursing and Midwifery Council is an essential criterion for this post. Your application did not include an active NMC PIN, and so it could not be shortlisted. If you are still awaiting your registration decision, you may wish to look at our Registered Nurse (Pending NMC) vacancies, which are advertised separately.

Kind regards,
Recruitment Team
Calder Valley NHS Foundation Trust${trac}`, 'NHS Jobs: Staff Nurse – Acute Medical Unit (Ref 301-AMU-7734)'),
  rej('application', ['internal_candidate'], { ...door },
    `Dear Femke,

Thank you for your application for the Supply Chain Analyst vacancy (2024-118) at Van der Molen Logistics.

We would like to let you know that a colleague from our planning team in Rotterdam will move into this role from 1 March. We therefore close the procedure for external candidates.

According to our privacy policy we delete your data after four weeks. If you agree, we would like to keep your CV for one year so we can contact you for other vacancies. Just reply to this e-mail with 'yes'.

Kind regards,
Mark de Vries
Recruitment | Van der Molen Logistics B.V.`, 'Supply Chain Analyst – vacature 2024-118'),
  rej('application', ['generic'], { ...door },
    `Hi Mia,

Thanks for applying for the Casual Retail Assistant role at our Chadstone store.

We've reviewed your application and, on this occasion, it hasn't progressed to the next stage.

Keep an eye on our careers site - new roles come up all the time and we'd love you to apply again.

Cheers,
The Wattle & Co People Team${pageup}`, 'Casual Retail Assistant – Chadstone (Job No. 588120)'),
  rej('application', ['location'], { ...fb, ...door },
    `Dear Lukas,

Many thanks for applying to ClearWater Aid for the Programme Coordinator, East Africa position.

This post is based in our Nairobi office, with travel to project sites in Kisumu and Turkana around one week a month. In your cover letter you mentioned that you would need to keep working from Berlin, so we have set your application aside for this post. We do have a small number of home-based roles in our European fundraising team, and you would be welcome to apply for any of those that interest you.

With best wishes,
People & Culture
ClearWater Aid – Registered charity no. 1092265`, 'Programme Coordinator, East Africa – your application'),
  rej('application', ['role_closed'], {},
    `Hello Priya,

We're reaching out about your application for the Data Engineer II role at Corvid Analytics.

Due to a change in our headcount planning for the second half of the year, this requisition has been cancelled. As a result, we won't be proceeding with any applications for this position, including yours.

We know this isn't the news you were hoping for, and we appreciate the time you invested.

Corvid Analytics Recruiting

--
You are receiving this email because you applied for a job at Corvid Analytics. Candidate ID 88213-CA`, 'Update on your application – Data Engineer II'),
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Callum,

Thanks for applying for the Level 3 Electrotechnical Apprenticeship with Hendry Electrical.

All our apprentices need GCSE Maths at grade 4 (or Functional Skills Level 2) before they start college, because of the calculations in the course. The certificate you attached shows a grade 3, so we can't offer you a place on this intake.

If you resit in November and get the grade, please apply again for the January intake — you'd be very welcome.

All the best,
Karen Hendry
Office Manager, Hendry Electrical Ltd`, 'Electrical Apprenticeship – September intake'),
  rej('application', ['profile_mismatch', 'location'], { ...fb },
    `Dear Applicant,

Thank you for applying for the role of Policy Adviser, Office for Rural Statistics (Reference 2207713).

The sift panel has assessed your application against the experience and behaviours set out in the advert. Other applicants demonstrated a closer match to the role, and your application has not progressed to interview. The panel also noted that you selected Belfast as your only location; this post can only be offered in York or Newport.

Thank you for your interest in working for the Civil Service.${csj}`, 'Civil Service Jobs: Application 2207713 – Policy Adviser'),

  // ── stage: screen (a first call, a recruiter, recorded answers)
  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Sanjay,

Good to speak yesterday. I've been back to Brightmoor with your details and the feedback is that £85k base is a fair bit beyond where they can go — the ceiling they've signed off is £70k plus car allowance, and they're not going to move on that before the year end.

So I won't put you forward on this one, as I don't think it's fair on either side. I've got a couple of group-level briefs coming in next month that should sit much nearer your number, so I'll be in touch.

Speak soon,
Jack Holloway
Senior Consultant | Finance & Accounting
Harrowgate Search Partners`, 'Re: Head of Finance – Brightmoor Homes'),
  rej('screen', ['location'], { ...fb, ...door },
    `Hi Rebecca,

Thanks so much for the call on Tuesday, it was a pleasure.

I checked with the hiring team on the working arrangement we discussed. This role does need someone in our Denver office at least three days a week, and since you're committed to staying fully remote from Columbus, we won't be moving you through to the hiring manager round.

I'm sorry it wasn't a better match. If our remote policy changes or a fully remote design role opens, you'll be one of the first people I reach out to.

Warmly,
Nadia Roberts | Recruiting, Tallgrass Robotics`, 'Your candidacy – Staff Product Designer'),
  rej('screen', ['internal_candidate'], {},
    `Hi Meera,

Thanks for the time on the call last Thursday, I enjoyed hearing about the loyalty programme launch you led.

A quick update from our side: the hiring manager has decided to move Sunil from the payments squad into the Product Owner role, since he has been covering the backlog for the last two sprints. With that, we have closed the external search for this position.

Thanks once again, and all the very best.

Regards,
Ankita Sharma
Talent Acquisition, Kiranakart`, 'Product Owner – update'),
  rej('screen', ['generic'], {},
    `Dear Adaeze,

Thank you for taking part in the short telephone screening for the Treasury Analyst role on Tuesday, 14 May.

We wish to inform you that you were not selected to proceed to the next stage of the recruitment process.

We thank you for your interest in Lagoon Commercial Bank and wish you the very best.

Yours faithfully,
For: Human Resources Group
Lagoon Commercial Bank Plc`, 'Re: Telephone Screening – Treasury Analyst'),
  rej('screen', ['overqualified'], { ...fb, ...door },
    `Dear Mr. Venkatesh,

Thank you for your time for the telephonic discussion with our HR team on 14th instant.

After going through the discussion notes, we feel that your 12+ years of experience, including 5 years as QA Manager, is considerably more than what is required for this position, which is budgeted for 5 to 7 years. We are of the view that the role would not do justice to your experience, and hence we will not be taking your candidature forward for the present opening.

We will keep your profile in our talent pool for senior positions.

Regards,
Talent Acquisition Group
Sarvatra Technologies Ltd.`, 'Feedback on your candidature – Test Lead'),
  rej('screen', ['culture_fit'], { ...fb },
    `Hi Chloé,

Thanks for jumping on a call Friday. I've thought about it over the weekend and I want to be straight with you: I think you'd be happier somewhere with more structure than we've got. We're five people, our roadmap changes most weeks, and you told me that clear processes and a defined scope are what you're looking for next. That's completely fair — it just isn't us right now.

I'm not going to take it further, but I really enjoyed talking.

Ben
Founder, Fernweh Travel`, 'after Friday'),
  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Ahmed,

Thank you for the nice phone call of yesterday.

As you told us, your Dutch is on A2 level now. For this role the team leader also takes escalated calls from Dutch customers and writes the weekly reports in Dutch, so we need at least B2. Because of this we will not continue with your application for this vacancy.

We think it is great that you are following a Dutch course. When you have reached B2, please look again at our vacancies.

Met vriendelijke groet,
Esther Bakker
HR adviseur – Oosterweel Energie`, 'Teamleider Klantenservice – after our call'),
  rej('screen', ['profile_mismatch'], { ...door },
    `Dear Jordan,

Thank you for taking the time to speak with a member of our recruiting team regarding the Operations Associate position.

After further consideration, we have decided to pursue other candidates whose qualifications more closely align with the needs of the role at this time.

We will retain your information and may contact you should a suitable opportunity arise in the future.

Sincerely,
Harbor & Vane Capital Talent Acquisition

Harbor & Vane Capital LP is an equal opportunity employer.`, 'Harbor & Vane Capital – Operations Associate'),
  rej('screen', ['profile_mismatch', 'position_filled'], {},
    `Hey Ollie,

Hope the week's treating you well. Thanks again for the intro call with Jess a couple of weeks back.

Wanted to close the loop: we ended up making an offer to someone whose experience lined up a little more closely with the role, and they've accepted — they start on the 3rd.

Really appreciated your time, and your questions about churn were sharp.

Cheers,
Danielle
People Ops, Parcelwise`, 'Customer Success Manager at Parcelwise'),
  rej('screen', ['role_closed'], { ...door },
    `Hi Josh,

Thanks for chatting with me on Monday about the Category Analyst role.

Since then we've had the restructure of the merchandise team confirmed, and the Category Analyst position isn't part of the new structure. The work is being split across the two senior category managers.

There will be a few new roles created off the back of the change, and I'll give you a call when they're approved if anything looks like you.

Thanks,
Bec Donnelly
Talent Partner – Coastline Outdoor`, 'Category Analyst role'),
  rej('screen', ['location'], { ...fb },
    `Dear Mr Tan Wei Jie,

Thank you for speaking with us on the phone on 7 June regarding the Regional Planner position.

From our conversation, we understand that you are a Malaysian citizen and would require an Employment Pass to work in Singapore. For this position, we are presently only able to consider Singapore Citizens and Permanent Residents. We are therefore unable to proceed further with your application.

Thank you for your interest in Merlion Cold Chain and we wish you all the best.

Best regards,
Human Resources
Merlion Cold Chain Pte Ltd`, 'Regional Planner – application status'),
  rej('screen', ['salary', 'location'], { ...fb },
    `Dear Brian,

Thank you for the time you spent with our HR team on the phone last Wednesday.

During the call you indicated an expected gross monthly salary of KES 650,000 and a strong preference to remain in Mombasa. This role is based at our head office in Upper Hill, Nairobi, and the approved band for the grade is up to KES 480,000 per month. As both points fall outside what we are able to offer, we will not be taking your application to the panel interview.

We truly appreciate your interest in Jamii Bank and wish you well.

Regards,
Talent Acquisition
Jamii Bank Kenya Limited is regulated by the Central Bank of Kenya.`, 'Credit Risk Manager – Recruitment Update'),
  rej('screen', ['generic'], { ...offered },
    `Dear Mrs Okafor,

Thank you for speaking with me by phone on Friday about the Ward Clerk post on Heron Ward.

I have now spoken with all the applicants and have decided not to take your application further on this occasion.

If you would like some feedback, please ring me on 01632 960418 (ext. 4412) and I will be happy to talk it through.

Kind regards,
Gill Ashdown
Ward Manager, Heron Ward
St Columba's Hospital`, 'Ward Clerk – Band 2'),
  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hey Sione,

Thanks again for the chat last week. I took your details to Priya, our lead, and we talked it through.

For this hire she really needs someone who has already shipped a title on PlayStation or Xbox and been through cert — your background so far is all mobile and web. So she's decided to go another way on this one.

If you get some console work under your belt, we'd genuinely love to see you again.

Cheers,
Matt
Talent, Ironbark Games (Brisbane)`, 'Gameplay Programmer – Ironbark'),
  rej('screen', ['overqualified', 'salary'], { ...fb },
    `Dear Ms Achebe,

Thank you for making time to speak with me on Monday about the Paralegal position in our Commercial Property team.

Having reflected on our conversation, we don't believe this would be the right move for you. You have been practising as a senior associate for five years and the paralegal role would use only a fraction of that experience. The salary for the post is also fixed at £31,000, which as we discussed is well below your current package.

We won't progress your application for this role, but thank you for your interest in Whitlock & Marr.

Yours sincerely,
Jane Whitlock
HR Manager, Whitlock & Marr Solicitors`, 'Paralegal, Commercial Property'),
  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Dariusz,

Thanks for the phone call earlier.

Thinking about what you said, I need someone who has already run the pass on a busy Friday and Saturday night — we do 180 covers — and most of your time has been on breakfast and brunch. I'm going to give it to one of the other lads who has done that.

If you want some shifts as chef de partie, give me a shout though.

Paolo
Head Chef, The Copper Kettle, Brighton`, 'Sous chef'),
  rej('screen', ['position_filled'], {},
    `Dan,

Following up on our call from last week. The VP made an offer to a candidate who was already well into the process before your résumé came over, and she signed yesterday, so the seat is taken.

Appreciate your interest in Northgate and good luck out there.

Rob Castellano
Recruiting, Northgate Asset Management`, 'Re: Analyst – Equity Research'),
  rej('screen', ['profile_mismatch'], {},
    `Hi Sophie,

Apologies for the slow reply, it's been a busy fortnight. The team has decided to proceed with candidates whose experience is closer to what they're after for this hire, so we won't be moving you to the next round.

Thanks for your patience.

Laura Mendes | Talent, Halcyon Skincare

On Tue, 9 Apr 2024 at 10:12, Sophie Grant wrote:
> Hi Laura,
>
> I hope you're well. I just wanted to check whether there's any update following our phone screen on the 26th?
>
> Many thanks,
> Sophie`, 'Re: Follow-up – Marketing Manager'),
  rej('screen', ['location'], { ...fb, ...door },
    `Hi Rahul,

Thanks for your time in the HR round yesterday.

As discussed on the call, the role is work from office, 5 days, at our HSR Layout office in Bangalore, and you mentioned that you would not be able to relocate from Hyderabad in the next six months. Hence we will be closing your application for this position.

In case we open a Hyderabad hub, will surely reach out.

Thanks & Regards,
Sneha
HR, Dhanvi Health`, 'Update – SDE 2 | Dhanvi Health'),
  rej('screen', ['role_closed'], { ...door },
    `Dear Amara,

Thank you for talking with me on Thursday about the Programme Officer post.

I've since heard from our funder that the grant which was to pay for this post will not be renewed for next year. The trustees have therefore agreed to stop recruiting for it.

I enjoyed our call, so this is not the letter I had hoped to write. If the funding is restored in the autumn round, I will contact you before we advertise.

With best wishes,
Hannah Oduya
Director, Literacy Bridges Trust`, 'Programme Officer (Youth Literacy)'),
  rej('screen', ['generic'], {},
    `Dear Aisha,

Thank you for recording your answers for the video stage of the Graduate Management Programme.

Our assessors have now reviewed every submission, and competition for places was very high. On this occasion we will not be inviting you to the next stage.

We wish you every success in the future.

Emerging Talent Team
Tideway Insurance Group`, 'Your video answers – Graduate Management Programme'),

  // ── stage: assessment (tests, take-homes, case studies, trial shifts)
  rej('assessment', ['assessment'], { ...door },
    `Hi Sam,

Thank you for completing the online coding assessment for the Software Engineer, Backend position.

Your results have been reviewed by our engineering team. Your score did not meet the threshold required to move forward in our process, so we will not be continuing with your application at this time.

You are welcome to apply for other roles at Brightwire; candidates may retake the assessment after 6 months.

Best,
Brightwire Recruiting${lever}`, 'Brightwire – Coding Assessment Results'),
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Elena,

First of all, thank you for the work you put into the take-home. I know we asked for a fair bit over a weekend and you clearly took it seriously — the README alone was better than most we see, and the way you separated the booking service from the pricing rules made it very easy to follow. Teodor and I reviewed it together on Tuesday and then again with Anna on Wednesday, since we wanted to be fair about it.

Where it fell short for us was concurrency: if two requests came in for the last seat at the same time, both bookings could succeed, and preventing that was really the heart of the exercise. The tests covered the single-request paths well but didn't touch that case. Given how central this is to what the team does day to day, we've decided not to invite you to the onsite.

I realise that's disappointing after the effort. If it would help to go through our notes in more detail, I'm happy to set up a 20-minute call — just reply here.

All the best,
Mirela Popescu
Engineering Manager, Seatwise`, 'Your take-home – Seatwise'),
  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Greetings from Kaveri Digital Services!

Thank you for appearing in the Online Assessment conducted on 22-Feb-2024 as part of our Campus Hiring Programme 2024.

We regret to inform you that you have not cleared the online assessment. Candidates who have qualified have been intimated separately regarding the next round.

Candidate ID: KDS24-0918842

We wish you all the best for your future.

Regards,
Campus Hiring Team
Kaveri Digital Services Ltd.
***This is an auto-generated mail. Please do not reply.***`, 'Campus Hiring 2024 – Online Assessment Result'),
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Applicant,

Vacancy: Executive Officer – Case Manager, Rural Payments Service (Reference 2219054)

Thank you for completing the online Civil Service Judgement Test.

Your score was 41. The pass mark for this campaign was 52, so your application will not progress to the next stage. Please note that we are unable to provide any further breakdown of test results.

You can apply for other roles via Civil Service Jobs at any time.${csj}`, 'Civil Service Jobs: Update on application 2219054'),
  rej('assessment', ['assessment'], { ...door },
    `Hi Ethan,

Thanks for completing the online psychometric assessments as part of your application for our 2025 Graduate Mining Engineer Program.

We've now reviewed your results, and we won't be progressing your application to the interview stage this year.

We know how much work goes into graduate applications, and we'd encourage you to apply again for the 2026 program or for our vacation student roles.

Kind regards,
Graduate Recruitment
Pilbara Iron Holdings${pageup}`, 'Your application – Graduate Mining Engineer Program'),
  rej('assessment', ['assessment'], { ...fb },
    `Hi Jonas,

Thanks for getting the design challenge back to us ahead of the deadline.

We went through it with the product team yesterday. The final screens were polished, but the brief was mostly about the research — how you'd find out why first-time users drop off — and the submission went to solutions after a single paragraph on that. That's the part of the job we need most, so we'll close things off here.

Appreciate the effort you put in.

Sara
Design Lead, Hexbright Security`, 'Design challenge'),
  rej('assessment', ['role_closed'], { ...door },
    `Hi Kofi,

Thanks for sending this over on Friday, and apologies that it's taken a few days to reply.

Before we'd had a chance to review it, the board put the Data Scientist hire on hold indefinitely — our funding round has slipped to next year and we've been asked to freeze all new roles. We're closing the process for everyone who was in it.

I'll make sure your submission is deleted as per our privacy notice. If things pick up I'd like to get back in touch with you.

Best,
Lena
Head of Data, Brennwerk Solar GmbH

> On Fri, 12 Jul, Kofi Mensah wrote:
> Hi Lena, please find my take-home attached. Looking forward to hearing your thoughts.`, 'Re: Take-home submission'),
  rej('assessment', ['position_filled'], { ...door },
    `Hi Wen,

Thanks for doing the SQL task. While you were working on it, our other candidate accepted the offer we'd made them, so the analyst position is now taken.

Your answers were tidy and I've kept them alongside your CV; I'll reach out first if a second analyst seat gets approved in Q1.

Cheers,
Andrés
Analytics Manager, Meridian Ledger`, 'SQL task – Meridian Ledger'),
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Lucía,

Thank you for completing our legal Spanish–English translation test.

Our reviser found the translation fluent overall, but there were several terminology errors in the contract clauses — for example, 'fianza' rendered as 'bail' rather than 'security deposit', and 'poder notarial' translated inconsistently across the document. For our legal clients the threshold for joining the panel is very high, and on this occasion we are not able to add you to our freelance panel.

You are welcome to take the test again after twelve months.

Best wishes,
Vendor Management
Linguara Translations Ltd`, 'Translation test result – Legal ES>EN'),
  rej('assessment', ['internal_candidate'], {},
    `Dear Harriet,

Thank you for completing the written exercise for the NQ Associate role in our Employment team, and for the care you put into it.

Since you submitted it, we have agreed with one of our own trainees, who qualifies in September, that she will stay on in the Employment team, and that takes up the one NQ seat we had budgeted. We are therefore closing the external process.

With best wishes,
Graduate and Early Careers Team
Okafor Adeyemi & Partners, Lagos`, 'NQ Associate – Employment team'),
  rej('assessment', ['generic'], {},
    `Dear Ruth,

Thank you for completing the online numerical and verbal reasoning assessments for the Kestrel Consulting Graduate Programme.

We have now completed this stage of the process. Competition this year was exceptionally strong, and we are not able to invite you to the next stage.

We wish you the very best with your applications.

Kestrel Consulting Early Careers`, 'Your application to the Kestrel Consulting Graduate Programme'),
  rej('assessment', ['assessment'], {},
    `Dear Oluwaseun Adebayo,

Following the aptitude test held at our Victoria Island test centre on Saturday 8 June 2024, we regret to inform you that you did not attain the cut-off mark required to proceed to the interview stage.

Thank you for your interest in Ikenga Microfinance Bank.

Yours faithfully,
Head, Human Resources
Ikenga Microfinance Bank Limited`, 'Aptitude Test Result – Experienced Hires 2024'),
  rej('assessment', ['assessment'], { ...offered },
    `Dear Wanjiru,

Thank you for taking the online assessment for the Graduate Management Trainee Programme at Mkopo Bank.

Having reviewed the results, we wish to let you know that your score fell below the mark set for progression to the interview stage.

Should you wish to receive a breakdown of your scores by section, please write to graduates@mkopobank.co.ke and we will share it within ten working days.

Kind regards,
Human Resources, Mkopo Bank`, 'Graduate Management Trainee – Online Test Outcome'),
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Mr Reyes,

Thank you for attending the practical skills session on Wednesday as part of your application for Healthcare Assistant at Riverside Children's Hospital.

During the observed hand hygiene and manual handling stations, the assessors noted that you did not follow the five moments of hand hygiene and that the hoist transfer was started without checking the sling size. These are pass/fail elements for the role, so we are not able to progress your application.

We would encourage you to reapply once you have had a chance to complete further training — the free Care Certificate course runs every two months.

Kind regards,
Clinical Education Team
Riverside Children's Hospital`, 'Healthcare Assistant – Skills Assessment'),
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Yuki,

Thanks for turning the art test around so quickly. The team loved your lighting and colour choices.

Where it didn't land was the character itself — it read quite realistic, and our style guide leans heavily on chunky silhouettes and exaggerated proportions, so the proportions were the main talking point. The team has decided to keep looking for this role.

We'd be happy to see another application from you in six months or so.

Best,
Ross
Art Director, Pixel Tundra`, 'Art test feedback'),
  rej('assessment', ['skills_gap'], { ...fb },
    `Dear Mrs Ivanova,

thank you for the case study which you sent to us last week.

Your solution was well structured. However, the case showed that you have not yet worked with IFRS 16 lease accounting, and this is a large part of the daily work in this position because of our vehicle fleet. We have therefore decided for another candidate.

We wish you all the best for your professional future.

Kind regards
Thomas Baumgärtner
Head of Accounting, Lindenhof Mobility GmbH`, 'Your application as Senior Accountant (m/w/d)'),
  rej('assessment', ['salary'], { ...fb, ...door },
    `Hi Nikhil,

Your assignment was honestly one of the best we received - clean code, and the animations were smooth.

However, your expected CTC of 28 LPA is well beyond the 18-20 LPA band we have for this role and we are not in a position to stretch further this year. So we can't make this one work.

Would love to stay connected - we'll reach out again when we raise our next round.

Regards,
Pooja
Co-founder, Chalo Kitchen`, 'Re: Frontend assignment'),
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Aaron,

Thanks for coming along on Tuesday for the practical test.

Your socket and lighting circuits looked neat, but the continuity readings on the ring final didn't come out right, and that was the main thing the test was checking. We've had a lot of strong applicants this year and we're only taking on eight apprentices, so we won't be offering you a place this time.

Please have another go next year — plenty of our best apprentices got in on their second try.

Dave Marsh
Training Manager, Marsh & Sons Building Services`, 'Practical test – apprenticeship'),
  rej('assessment', ['location'], { ...fb },
    `Hi Aditya,

Thank you for completing the modelling test for our 2025 Summer Analyst program.

Before scheduling interviews, we review eligibility requirements. Your application indicates that you will require visa sponsorship to work in the United States. For this program we are unable to sponsor employment visas, so we will not be able to continue with your candidacy.

We appreciate your interest in Harlan Ridge Partners.

Campus Recruiting Team`, 'Harlan Ridge Partners – Summer Analyst'),
  rej('assessment', ['assessment'], { ...fb },
    `Hi Keisha, thanks for coming in for the trial on Saturday night. You were lovely with the guests but you struggled to keep up on the grill once it got busy, and we need someone who can hold that station on their own from day one. So we're not going to offer you the job this time. Thanks for giving it a go!

Marco
Burger Bay, Cardiff`),
  rej('assessment', ['assessment'], { ...door },
    `Hi Jordan,

Thanks for completing the online questionnaire for Store Team Member at TrendMart – Oak Park.

Based on your answers, we aren't able to move your application forward right now.

You can apply again in 90 days. We appreciate your interest in working at TrendMart!

TrendMart Hiring Team
Reference: TMH-4471906
This mailbox is not monitored.`, 'Your TrendMart application'),
  rej('assessment', ['assessment', 'role_closed'], { ...fb },
    `Dear Pieter,

Thank you for the assignment you made for the Business Controller vacancy.

To be open with you: the team found your analysis of the margin figures too limited for the level of this role, because it did not look at the product mix at all. In the meantime it has also been decided that the Finance teams of Eindhoven and Tilburg will merge, and the vacancy will not be filled. So for two reasons we end the procedure with you.

Good luck with your search.

Met vriendelijke groet,
Ingrid Smit
Recruiter, Havenkraan Groep`, 'Business Controller – assignment and next steps'),

  // ── stage: interview (one or more conversations with the team or the hiring manager)
  rej('interview', ['internal_candidate'], {},
    `Hi Tariq,

Thanks for meeting Ravi and Colette on Wednesday, and for the time you gave us.

I wanted to let you know where we've landed. Hannah, who has been acting up as Operations Manager since the summer, will be taking the role on permanently from next month.

It was a genuinely good conversation, and I hope our paths cross again.

Best regards,
Fiona Grant
Regional Director, Harbourside Hotels`, 'Operations Manager role'),
  rej('interview', ['culture_fit'], { ...fb },
    `Hi Marta,

Thank you for interviewing with us on Monday. The panel enjoyed the technical discussion, especially your thoughts on event sourcing.

After discussing as a group, we felt that your preference for working on your own and owning problems end to end would not sit comfortably with how we work, which is almost entirely in pairs and mob sessions. Because of that, we've decided not to continue to the next round.

Thanks again, and good luck with the search.

Hugo
Engineering Lead, Quayline`, 'Following your interview – Backend Engineer'),
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Mr Adeyemi,

Student Records Manager, Academic Registry – Ref AR-2291

Thank you for attending interview on Tuesday 4 June and for the presentation you gave on improving the continuation rates dashboard. The panel – Professor Alison Kerr, Dr Simon Hale and I – found it thoughtful and clearly delivered, and we very much appreciated the examples you gave from your time at the further education college, particularly the work on late enrolments.

We interviewed five candidates for the post, and the standard was high. In reaching our decision, the panel placed considerable weight on hands-on experience of the Banner student records system, as the postholder will lead our upgrade to version 9 next year without much time to build up knowledge of it, and this was an area where your experience was more limited than the panel needed. The panel has therefore decided not to offer you the post.

I know this will be disappointing. If you would like to discuss the panel's comments further, I would be glad to arrange a short telephone call; please contact my assistant, Mrs Rowe, to arrange a time that suits you.

May I thank you once again for your interest in the University and wish you every success in the future.

Yours sincerely,

Dr Catherine Mayhew
Academic Registrar
Northbridge University`, 'Student Records Manager – outcome of interview'),
  rej('interview', ['generic'], {},
    `Dear Georgia,

Thank you for attending an interview for the position of Finance Business Partner at Marlowe Insurance on 19 March.

After careful consideration, we regret to inform you that we will not be progressing your application any further.

Thank you again for your interest in Marlowe Insurance.

Kind regards,
HR Services`, 'Interview Outcome – Finance Business Partner'),
  rej('interview', ['role_closed'], { ...door },
    `Hi Emeka,

Thanks again for the conversations with Priyanka, Tom and the platform team on the 12th — everyone enjoyed them.

Since then, our leadership team has frozen all non-critical hiring until Q3, and the Platform Engineer position is one of the roles that has been cut from this year's plan. That closes the process for now.

I'd love to reconnect when hiring opens again; I've made a note on your profile so whoever picks it up knows to contact you.

Best,
Alex
Technical Recruiter, Flowplane`, 'Platform Engineer – update'),
  rej('interview', ['position_filled'], {},
    `Hi Ellie,

Thanks for coming in on Thursday to meet me and Sam. Just to let you know — the person we offered the Junior Account Executive job to accepted this morning.

Really enjoyed meeting you and good luck with everything.

Rachel
Client Services Director, Tidemark PR`, 'Junior Account Executive'),
  rej('interview', ['location'], { ...fb },
    `Hi Connor,

Thanks for interviewing with us last week.

Since then we've gone back over the start date and the travel. You said you'd be moving up from Bristol and couldn't be on site in Leeds until January, but the groundworks package begins in three weeks and we need the engineer living locally from the start. We'll be going with someone who's already in the area.

Cheers,
Steve Okoro
Project Manager, Bramwell Civils`, 'Site Engineer – Leeds'),
  rej('interview', ['salary'], { ...fb },
    `Dear Ms. Kowalczyk,

Thank you for the interview with Mr. Jürgen Albrecht and me last Thursday. We enjoyed the talk about your projects in automation very much.

After the interview we have discussed your salary wish of 85,000 EUR per year internally. The budget for this position is 68,000 EUR and there is no possibility for us to go above this. For this reason we cannot make you an offer, which we regret very much.

We wish you all the best and success for your further way.

Best regards
Monika Seidel
HR Business Partner
Feldmann Automation GmbH & Co. KG`, 'Your interview with Mr. Albrecht'),
  rej('interview', ['overqualified'], { ...fb, ...door },
    `Hi Trish,

Quick one — I've had feedback from Lindsay at Greenway Dental after your interview on Monday.

They really liked you, but they felt your background running a 40-person practice group is well beyond what this job needs, and they're worried you'd be under-used and move on within the year. So they're not going to take it forward.

Honestly I think they're right. Leave it with me — I've got a practice group manager role coming in that's much more your level, and I'll call you about it next week.

Cheers,
Dale
Swan River Recruitment, Perth`, 'Client feedback – Office Manager role'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Naveen,

Thank you for meeting with Claire and Dominic on Friday to talk about the Programme Manager role at Oakhurst Foundation.

Having now met everyone on the shortlist, we'll be going with candidates whose background is closer to the role for the next round.

We're grateful for your time and for the interest you've shown in our work.

Kind regards,
Jo Pemberton
Head of Programmes, Oakhurst Foundation`, 'Thank you from Oakhurst'),
  rej('interview', ['profile_mismatch', 'skills_gap'], { ...fb },
    `Hi Lars,

Thanks for the two interviews last week.

We had a really strong group of candidates, and in the end another candidate's overall experience was a closer match. The panel also felt that for this role you'd need more hands-on Kubernetes operation in production than you've had so far — much of your experience has been with ECS. So we won't be making you an offer.

Thanks again,
Julia
Talent, Nordwind Digital B.V.`, 'Your DevOps Engineer interviews'),
  rej('interview', ['generic'], {},
    `Dear Samuel,

Thank you for attending an interview for our Summer Vacation Scheme.

We regret that we are unable to offer you a place on the scheme this year. Please note that it is firm policy not to provide feedback following vacation scheme interviews.

Yours sincerely,
Graduate Recruitment
Blackwood Pryce LLP`, 'Vacation Scheme interview'),
  rej('interview', ['generic'], {},
    `Dear Sir,

With reference to your interview held on 3rd of this month via MS Teams with our Technical Panel, we regret to inform you that you have not been selected for the said position.

We thank you for your interest in Vrishti Software Solutions and wish you success in your career.

Regards,
Recruitment Team
Vrishti Software Solutions Pvt Ltd, Hyderabad

-----Original Message-----
From: Kiran Reddy
Sent: 17 October 2024 09:42
To: Careers - Vrishti
Subject: Status of interview - Java Developer - Ref VD/HYD/342

Respected Sir/Madam,
I attended technical interview on 3rd Oct for Java Developer. Kindly let me know the status of my application.
Thanks and regards,
Kiran Reddy`, 'RE: Status of interview - Java Developer - Ref VD/HYD/342'),
  rej('interview', ['generic'], { ...door },
    `<html><body><p>Dear Chen,</p><p>Thank you for taking the time to interview with our team for the <b>Revenue Analyst</b> position at Aurelia Hotels &amp; Resorts.</p><p>We appreciated the opportunity to learn more about you. After much deliberation, we have chosen to proceed with another candidate.</p><p>We will keep your resume on file and encourage you to apply for future openings that match your experience.</p><p>Warm regards,<br>Talent Acquisition<br>Aurelia Hotels &amp; Resorts</p><p style="font-size:10px;color:#888888">You are receiving this email because you applied for a position at Aurelia Hotels &amp; Resorts.&nbsp;|&nbsp;Privacy Policy&nbsp;|&nbsp;Unsubscribe</p></body></html>`, 'Your interview with Aurelia Hotels'),
  rej('interview', ['profile_mismatch', 'position_filled'], { ...offered },
    `Dear Katie,

Thank you for attending interview for the Band 6 Physiotherapist (MSK Outpatients) post last Thursday.

The post was offered to the candidate who scored highest across the interview and the clinical scenario, and she has accepted.

If you would like feedback on your interview, Helen Curtis, Clinical Lead, will be happy to speak with you; please email her to arrange a time.

Thank you for your interest in Mercy Valley Health.

Kind regards,
Therapies Recruitment`, 'Band 6 Physiotherapist – interview outcome'),
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Otieno,

Thank you for attending the panel interview for the position of Senior Credit Analyst on 2nd July 2024.

The panel appreciated your strong background in retail lending. However, the role requires hands-on experience in IFRS 9 expected credit loss modelling and staging, and the panel noted that your exposure to this area has been limited. We are therefore not able to offer you the position at this time.

We will retain your details in our talent pool for twelve months.

Yours sincerely,
Human Resources Division
Tausi Bank Kenya Limited`, 'Interview Outcome: Senior Credit Analyst'),
  rej('interview', ['role_closed'], { ...door },
    `Dear Ms Lim,

Thank you for meeting Mr Rajan and Ms Goh for the Operations Manager (Regional Hub) position on 24 April.

We wish to update you that management has decided to defer the regional hub project to 2026. As such, the Operations Manager position is no longer required and we will not be proceeding with the recruitment.

We would like to keep your profile in our records and will contact you when the project resumes.

Thank you for your interest in Tuas Linehaul.

Best regards,
Human Resource
Tuas Linehaul Pte Ltd`, 'Operations Manager (Regional Hub) – Update'),
  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Hi Aoife,

Thanks for spending the afternoon with us last Friday and for talking through your quest writing with Dom and Leila.

We've decided not to offer you the role. It wasn't about the writing — that was lovely — but the team felt that the way you like to work, with long solo drafting before sharing anything, would clash with our writers' room set-up, where everything is pitched out loud and rewritten together every day.

If you'd like to chat it through, I'm happy to set up a call.

Warmly,
Freya
Head of Narrative, Stormglass Games`, 'Narrative Designer – after your interviews'),
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Brodie,

Good to have you out at the Mt Ferris site on Tuesday, and thanks for the yarn with Kev and the crew.

We had a chat after you left. For this intake we need people who already hold an HR licence and have some hours on the 793s, and you've only got your C class so far, so we're going to fill the seats with experienced operators this round.

Once you've got the licence sorted, give me a ring — we run a trainee program mid-year.

Cheers,
Shaz
Site HR, Goldfield Crest Mining`, 'Haul truck operator – Kalgoorlie'),
  rej('interview', ['generic'], { ...door },
    `Dear Mr Haddad,

thank you once more for the interview with our team in Stuttgart.

We have now taken our decision and unfortunately it was not in your favour. Please understand that we do not give detailed reasons.

If you do not object, we keep your documents in our applicant pool for six months and will contact you if a suitable position becomes free.

Kind regards
Personalabteilung
Brückner Fahrzeugtechnik AG`, 'Absage / Your application as Project Engineer'),
  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Marisol,

Thank you for the thoughtful conversation with our search committee last Tuesday. Your stories about rebuilding the donor base at the food bank stayed with several of us.

The committee has decided to continue with a smaller group whose experience more closely reflects where Open Harbor is in its growth, and so we won't be inviting you to the next round.

We'd genuinely welcome staying in touch — we're adding a Major Gifts role next year and I'd like to share it with you when it posts.

With gratitude,
Denise Alvarez
Executive Director, Open Harbor Foundation`, 'Thank you – Development Director search'),

  // ── stage: final (presentation days, onsites, superdays, the last two, reference checks after the last round)
  rej('final', ['position_filled'], { ...offered },
    `Dear Dr Nwosu,

Thank you for coming to the University on Friday for the full interview day and for your presentation on teaching research methods to first-year students. The panel appreciated the time and thought you had put into it.

After careful consideration, the panel has offered the post to another candidate, who has accepted.

If you would find feedback useful, the Head of School would be happy to speak with you. Please let me know and I will arrange a convenient time.

With best wishes,
Rachel Boyd
School Manager, School of Law and Social Sciences
University of Eastmoor`, 'Lecturer in Criminology – outcome'),
  rej('final', ['skills_gap', 'position_filled'], { ...fb, ...door },
    `Hi Gemma,

I wanted to call, but I know you're on shift, so an email for now.

You were one of the last two for the Area Manager role, and it genuinely came down to the wire. In the end the deciding factor was multi-site experience — the other candidate has run six stores at once and you've had one large store — and we've offered her the job, which she's accepted.

I'd really like you to go for the next area role when it comes up, and I'll help you prepare for it.

Best,
Sunil Parekh
Regional Director, Hollis Hardware`, 'Area Manager – North West'),
  rej('final', ['generic'], {},
    `Hi Isaac,

Thank you for spending the day with us on Thursday — we know onsite interviews are a lot, and the team appreciated your energy across all five sessions.

After the debrief, the team has decided not to extend an offer for the Senior SRE role. As a matter of company policy, we're not able to share specific feedback on interview performance.

We're grateful for your interest in Vantage Grid and wish you the best.

Tess
Recruiting Coordinator, Vantage Grid`, 'Your onsite with Vantage Grid'),
  rej('final', ['generic'], { ...door },
    `Dear Rohan,

Thank you for participating in our Superday on Friday. We appreciate the time you spent with our bankers and the enthusiasm you brought to each conversation.

We received interest from an outstanding group of candidates this year. After careful deliberation, we are unable to extend you an offer for the 2025 Summer Analyst Program.

We encourage you to stay connected with Calloway Brothers and to consider applying for our full-time Analyst Program next year.

Best regards,
Calloway Brothers Campus Recruiting`, 'Superday Outcome – Investment Banking Summer Analyst'),
  rej('final', ['internal_candidate'], {},
    `Dear Mr O'Brien,

Thank you for attending the final interviews at Fairfield Academy on Wednesday, including the lesson observation and the panel with the governors.

Following the final panel, the governors have decided that Mrs Louise Hart, currently our second in department, will lead the Mathematics department from September.

We are grateful for the time you gave us, and for an excellent Year 10 lesson.

Yours sincerely,
Dr Paul Rennie
Headteacher, Fairfield Academy`, 'Head of Mathematics'),
  rej('final', ['role_closed'], {},
    `Dear Andrew,

I wanted to write to you personally. As you know, after the final interview with the board we had moved to taking up your references, and I had hoped to be writing with an offer.

However, the acquisition of the group by Castlegate Holdings, announced on Monday, means that all senior appointments have been halted, and the new owners intend to run finance from their own head office. The Finance Director role will not now be filled.

I know how much time you have given us over the last two months. Thank you for it, and for your patience.

Kind regards,
Eleanor Price
Chief Executive, Redfern Care Group`, 'Finance Director role – update'),
  rej('final', ['salary'], { ...fb, ...door },
    `Hi Jess,

Thanks for being so open about the numbers on Monday. I've been back to the CFO twice. The most we can do for this level is $150k base, and you've been clear that $180k is your floor given your current package. I don't want to ask you to take a big step back, so we're going to leave it here rather than make a formal offer.

You were the team's first choice after the final round, for what it's worth. If our bands change next year I'll be in touch.

Mike
VP Engineering, Cobaltline`, 'Re: Offer discussion'),
  rej('final', ['culture_fit'], { ...fb },
    `Amelia,

Thank you for the final round — the founders' dinner and the half day with the leadership team.

We've thought hard about it. Everyone respected your experience, but the consensus was that your working style — formal, thorough, lots of up-front planning — would struggle in a team that makes most decisions in a Slack thread in ten minutes. We don't think it would be fair to bring you into that.

We won't be offering you the role. Thank you for being so open with us throughout.

Best,
Noor
CEO, Sprigly`, 'Chief of Staff'),
  rej('final', ['overqualified'], { ...fb, ...door },
    `Hi Graham,

Thanks for coming back in for the final interview with our State Manager, Leanne, on Thursday.

Leanne felt that with your years as a store manager for a national chain, the assistant role wouldn't stretch you, and we'd be likely to lose you as soon as a store manager job came up elsewhere. So we've chosen another candidate for this position.

We'd like to keep your details on file for store manager vacancies in Queensland.

Kind regards,
Sarah
Recruitment, Bayview Supermarkets`, 'Assistant Store Manager – final interview'),
  rej('final', ['position_filled'], {},
    `Hi Dev,

Wanted to let you know before the weekend: we made an offer to the other finalist on Monday and she accepted yesterday.

It was close. Thanks for everything you put into the process.

Karin
Head of Growth, Sundial Health`, 'Quick update'),
  rej('final', ['generic'], {},
    `Dear Ifeoma,

Thank you for attending the final interview with our Managing Partner on 14 August for the position of Associate, Corporate & Commercial.

We have carefully considered all candidates who reached the final stage. We regret to inform you that we will not be offering you the position.

We wish you the very best in your career.

Yours faithfully,
For: Adeleke, Nwachukwu & Co.
Head of Administration`, 'Final Interview – Associate, Corporate & Commercial'),
  rej('final', ['location'], { ...fb, ...door },
    `Dear Ms. Lakshmi Narayanan,

Thank you for attending the final round discussion with our Delivery Head, Mr. Suresh Iyer, on Friday.

As informed during the discussion, the client has now confirmed that the Project Manager is required to work onsite at their Pune office for the entire engagement. Since you have indicated that you can work only from Chennai, we will not be able to proceed further with your candidature for this requirement.

We shall reach out to you for suitable Chennai-based openings.

Warm regards,
Talent Acquisition – South
Tejas InfoServe Limited`, 'Regarding your final round – Project Manager (Client: BFSI)'),
  rej('final', ['profile_mismatch', 'position_filled'], { ...door },
    `Hi Kate,

Thank you for meeting with Michelle and our General Manager of Merchandise for the final interview last week.

We've decided to appoint a candidate whose experience more closely matches what we need in the homewares category right now.

We'll keep your details handy for future buying roles.

Thanks,
Julie
People & Culture, Kookaburra Living`, 'Buyer – Homewares'),
  rej('final', ['generic'], { ...offered },
    `Dear Dr Mahmood,

Thank you for attending the Advisory Appointments Committee, the final stage of the process for the post of Consultant Anaesthetist, on 11 September.

The Committee has now made its recommendation to the Board, and I am writing to let you know that you were not the preferred candidate on this occasion.

The Chair of the Committee, Dr Fraser, has offered to provide feedback to any candidate who would find it useful. Please contact the Medical Staffing office to arrange this.

Yours sincerely,
Medical Staffing Manager
Dunmore General Hospital`, 'Consultant Anaesthetist – Advisory Appointments Committee'),
  rej('final', ['generic'], {},
    `Dear Sven,

Thank you for the last conversation with our directors on Tuesday.

We have decided to continue with the other candidate from the last round.

Thank you for your time and energy during the whole procedure, we enjoyed getting to know you.

Kind regards,
Anouk Visser
HR, Tulpwerk B.V.`, 'Procedure Marketing Lead'),
  rej('final', ['assessment'], { ...fb },
    `Dear Tom,

Thank you for attending our final assessment centre on 3 December. We hope you found the day interesting.

We have now reviewed the scores from each exercise. While your interview score was strong, your results in the group exercise and the written briefing fell below the level required, and so we are unable to offer you a place on the 2025 Graduate Scheme.

A summary of your exercise scores is attached to this email.

With best wishes,
Early Careers Team
Northmere Water`, 'Assessment Centre Outcome – Graduate Scheme 2025'),
  rej('final', ['generic'], { ...door },
    `Dear Kieran,

Thank you for attending the final selection day at our Doncaster depot on 22 March.

We had a very high calibre of candidates and a limited number of places. On this occasion we will not be offering you an apprenticeship.

We'd encourage you to apply again when applications open for the next intake in the autumn.

Kind regards,
Apprenticeship Recruitment
Northern Track Engineering`, 'Rail Engineering Apprenticeship – Final Selection Day'),
  rej('final', ['profile_mismatch', 'skills_gap'], { ...fb },
    `Hi Mateus,

Thank you for the final round with Claire, our creative director, last Wednesday, and for the level breakdown you walked her through.

We've decided to go with a candidate whose overall experience fits the role more closely. Claire also mentioned that the lead role needs someone who has owned level design across a full open-world production, and your shipped work so far has been on linear campaigns.

Thank you for all the time you've given us over the last month.

Jake
Recruiter, Emberforge Studios`, 'Lead Level Designer – final round'),
  rej('final', ['generic'], {},
    `Hey Priya — went with someone else in the end. Really close call, thanks for all the time you gave us.

Jon
Loopdesk

On Mon 3 Jun, Priya Raman wrote:
> Hi Jon, any news after Friday's final chat with you and Sam? No pressure, just curious!`, 'Re: Friday'),
  rej('final', ['location'], { ...fb, ...door },
    `Dear Hafiz,

Thank you for the last-stage meeting with our CEO, Mr Ong, on Thursday.

As discussed, this role must be based in Singapore, and you shared that you need to remain in Kuala Lumpur for family reasons for at least the next two years. Given this, we will be concluding the process with you.

We hold you in high regard and would be glad to speak again about future roles should your circumstances change.

Warm regards,
Jasmine Koh
Head of HR, Kallang Freight Asia`, 'Regional Director – last stage'),
  rej('final', ['role_closed'], {},
    `Dear Njeri,

Thank you for your participation in the final panel interview for the Country Director position on 5 March, and for the strategy paper you prepared.

The Board has since taken the decision to merge the Kenya and Tanzania country programmes under a single regional office in Arusha. As a result, the Country Director (Kenya) position has been abolished and the recruitment has been closed without an appointment.

We are grateful for your time and professionalism.

Sincerely,
Regional HR, Pamoja Health Initiative`, 'Country Director – recruitment closure'),

  // ── paused processes: the candidate is still in
  hold('screen', ['role_closed'], {},
    `Hi Georgia,

Thanks again for the call on Monday. I wanted to give you a heads up: the business has paused hiring on this role for a few weeks while the Q3 budgets are reviewed. Nothing has changed on our side about your application — you're still in the process, and I'll come back to you by the end of the month with an update either way.

Sorry for the wait.

Priti
Talent Partner, Saltmarsh Media`, 'Marketing Analyst – short pause'),
  hold('interview', ['generic'], {},
    `Hi Rafael,

Thanks for your patience. Our hiring manager has been unexpectedly out on leave, so we haven't been able to hold the debrief from your interviews yet. We expect to have a decision in around two weeks, and you're still very much in consideration.

Best,
Yvonne
Recruiting, Emberwell Bank

> Hi Yvonne, just checking in on timing after last Wednesday's interviews. Thanks, Rafael`, 'Re: Next steps'),
  hold('final', ['role_closed'], {},
    `Dear Ms Adebayo-Clarke,

Thank you for attending the final interview on 2 October. We are conscious that we promised you a decision this week.

The company is going through an internal reorganisation and the Board has asked that all senior appointments wait until the new structure is approved at its November meeting. Your candidacy remains open, and you are one of two candidates still under consideration. We will write again as soon as the Board has met.

With apologies for the delay,
Group HR Director
Fenwick & Lowe Insurance`, 'Head of Compliance – timing'),
  hold('assessment', ['generic'], {},
    `Hi Tunde,

Just a note to say we got your coding exercise — thanks! The two engineers who review submissions are both at a conference this week, so it'll be the week after next before you hear from us. Unfortunately that's later than we told you; nothing is wrong and your application is still open.

Thanks for bearing with us,
Carla
Recruiting Ops, Tallowbyte`, 'Your coding exercise'),
  hold('application', ['role_closed'], {},
    `Dear Applicant,

Ref: SW-1187 Social Worker – Children in Care Team

Please be advised that recruitment to the above post has been temporarily suspended pending a review of the service budget. Applications received before the closing date will be held and considered when recruitment resumes, which we expect to be early in the new financial year. You do not need to re-apply.

We apologise for any inconvenience.

Recruitment Team
Harrowfield County Council${council}`, 'Recruitment to post ref SW-1187 temporarily suspended'),

  // ── look-alikes: rejection words, no rejection
  other(`Hi Amir,

Thank you for applying for the Logistics Coordinator position at Ferrybridge Freight. This email confirms that we have received your application.

Our team reviews every application carefully. Unfortunately, due to the high number of applications we receive, we are unable to reply to every applicant individually. If you have not heard from us within 21 days of the closing date, please assume that your application has not been shortlisted on this occasion.

Thank you for your interest.

Ferrybridge Freight Recruitment
This is an automated message.`, "We've received your application – Logistics Coordinator"),
  other(`Dear Ms Hughes,

We regret that, because of a clash in the panel's diaries, the time of your interview for the post of Library Assistant has had to change. Your interview will now take place at 2.30pm (not 10.00am) on Thursday 14 March in Room G12 of the Learning Centre.

Please reply to confirm that the new time is convenient. We apologise for any inconvenience this causes.

Kind regards,
HR Administration
Ashcombe College`, 'Change to your interview time – Thursday 14 March'),
  other(`Hi Tolu,

Thank you for registering for the Aurora Bank Women in Technology Insight Day on 9 November.

Sadly, the event is now full and we're unable to offer you a place. We've added you to the waiting list and will email you straight away if a place becomes available.

We'll also be running a virtual session on 23 November — you can register for it using the link on our early careers page.

Best wishes,
Aurora Bank Early Careers, Lagos`, 'Aurora Bank Insight Day – waiting list'),
  other(`Hi Priyanka,

Thanks for letting us know, and congratulations on the new role! We're sad to lose you from the process but completely understand. I've withdrawn your application for the UX Researcher position and cancelled Thursday's interview with Marcus.

Best of luck in the new job — and do stay in touch.

Ellie
Talent Team, Bloomfinch

> Hi Ellie, I've accepted an offer elsewhere so I'd like to withdraw from the process. Thank you for everything, Priyanka`, 'Re: Withdrawal of application – UX Researcher'),
  other(`Dear Callum,

Thank you for your email asking about the status of your application for the Grants Officer post.

Your application is still under consideration. The panel is due to complete shortlisting on 18 April as planned, and all applicants will hear from us by 22 April at the latest, whether or not they have been shortlisted.

Kind regards,
Meadowbank Community Trust`, 'Application status – Grants Officer'),
  other(`Dear Niamh,

Following your interview on Monday, I am delighted to offer you the position of Site Supervisor at Kirkhill Construction, starting on 6 May at a salary of £42,000 per year.

Unfortunately our standard package does not include relocation support, but as discussed we can offer a flexible start date if you need time to move.

Please sign and return the attached contract by 19 April.

Congratulations — we're looking forward to having you on the team.

Kind regards,
Brian Kirkhill
Director, Kirkhill Construction`, 'Offer of employment – Site Supervisor'),
  other(`Hi Tomás,

Good news — the panel would like to invite you to a second interview for the Data Analyst role.

Unfortunately we can't offer in-person slots this time, as our office is being refurbished, so the interview will be on Teams. Please pick a time that suits you from the link below by Friday.

Thanks,
Hiring Team, Stonebridge Insurance`, 'Invitation to second interview'),
  other(`Hi Ana,

We noticed you haven't yet completed the online assessment for the Graduate Analyst role. Sadly we can't extend deadlines, and the link expires in 48 hours (23:59 BST on Sunday).

If you've already started, your progress has been saved.

Good luck!
Graduate Recruitment, Thornbury & Finch`, 'Reminder: your assessment link expires in 48 hours'),
  other(`Hi Sean,

The job you saved, Warehouse Operative – Nights (Daventry), is no longer accepting applications.

Don't worry — here are some similar jobs near you:
• Picker Packer – Northampton – £12.10/hr
• Forklift Driver (Counterbalance) – Rugby – £13.40/hr
• Goods In Operative – Daventry – £12.60/hr

Manage your job alerts | Unsubscribe

JobHarbour UK Ltd`, 'A job you saved is no longer available'),
  other(`Dear Student,

We regret to announce that the Spring Careers Fair scheduled for Wednesday 20 March has been cancelled owing to the industrial action affecting the Students' Union building.

Employers who were due to attend have been informed, and several are offering online drop-in sessions instead. Details will be posted on the Careers Hub next week.

We apologise for the disappointment.

Careers and Employability Service
Hallam Bridge University`, 'Cancelled: Spring Careers Fair – 20 March'),
  other(`Dear Mrs Bennett,

Jordan Ellis has applied for the post of Teaching Assistant at Brookfield Primary School and has given your name as a referee.

I would be grateful if you could complete the attached reference form and return it by Friday 3 May. Unfortunately we are unable to confirm any appointment until both references have been received, so a prompt reply would be much appreciated.

Yours sincerely,
School Business Manager
Brookfield Primary School`, 'Reference request for Jordan Ellis'),
  other(`Dear Applicant,

Unfortunately, a technical error in our application portal between 2 and 4 June meant that some attachments were not saved. Your CV for the Pharmacy Technician vacancy (Ref PT-0612) was affected.

Your application has not been rejected. Please log in and re-upload your CV by 14 June so that it can be considered.

We apologise for the inconvenience.

Recruitment Services, Greystone Pharmacy Group`, 'Action needed: please resubmit your documents'),
  other(`Hi Leo,

We're so pleased you've accepted our offer and can't wait to have you join the Customer Support team on the 2nd.

One change to flag: sadly Marek, who interviewed you, is leaving us at the end of the month, so you'll be reporting to Agnieszka instead. She's lovely and has already blocked out your first morning.

See you soon!
Zofia, People Team, Kavalo`, 'Welcome aboard!'),
  other(`Hi Daniel,

Thanks for applying for the Summer Internship with Greenleaf Analytics. Before we review your application, we need one piece of information.

Unfortunately we aren't able to sponsor visas for internships this year, so please confirm whether you have the right to work in the UK for the full 10 weeks. Just reply yes or no — this won't count against you in any other way, and your application stays open until we hear back.

Thanks,
Early Talent Team, Greenleaf Analytics`, 'One question about your application'),
  other(`Hi Zainab,

Thanks for joining the Oakleaf Energy talent community!

There aren't any open roles that match your preferences (Project Engineering, Aberdeen) right now, sorry about that. As soon as something comes up, we'll send it straight to your inbox.

In the meantime, you can update your preferences at any time from your profile.

The Oakleaf Careers Team`, 'Welcome to the Oakleaf talent community'),
  other(`Dear Anand,

Thank you for your reply. As requested, we have closed your candidature for the Business Analyst position and will not schedule the interview.

Regret for the multiple calls earlier. We wish you good luck.

Regards,
Mahima
TA Team, Zenvia Tech

> I am not interested in this opportunity at present, kindly do not call further. - Anand`, 'Re: Not interested in the opportunity'),
];
