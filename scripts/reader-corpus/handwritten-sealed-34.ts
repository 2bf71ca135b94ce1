/**
 * Sealed messages of the thirty-fourth round. Two halves. The first: rejections from many employers, applicant
 * tracking systems, agencies, template letters and hiring managers, every stage and reason. The second: one inbox of a
 * chartered accountant in Sydney moving from audit into financial planning and analysis and commercial finance,
 * February to July: rejections, paused processes and look-alikes.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s34-');

export const HANDWRITTEN_SEALED_34: readonly CorpusLine[] = [
  // ── A. Rejections from many employers
  rej('application', ['generic'], {},
    `Hi Marcus,

Thanks for your interest in the Senior Product Designer role at Fernhollow. We've reviewed your application and have decided not to progress it further. Because of the number of applications we get, we can't give individual feedback at this stage.

We wish you the best in your search.

The Fernhollow Talent Team

Sent via Greenhouse`, 'Your application to Fernhollow'),

  rej('application', ['generic'], { ...door },
    `Dear Priyanka,

Thank you for applying for the position of Graduate Engineer Trainee (Req ID 20419) at Suryodaya Power Systems Ltd.

We received a very large number of applications for this programme. After careful consideration we regret to inform you that your candidature has not been shortlisted at this stage.

Your profile will remain in our database and we shall contact you if a suitable opening arises in future.

Warm regards,
HR Recruitment Cell
Suryodaya Power Systems Ltd., Pune

This is a system generated mail. Please do not reply.`, 'Application status - Graduate Engineer Trainee'),

  rej('application', ['profile_mismatch'], {},
    `Hello Tomasz,

thank you for the time you put into your application for Warehouse Shift Lead in Daventry.

We had a lot of strong interest and went with people whose background lined up more closely with what the site needs right now. So we won't take yours any further.

Kind regards
Ellie Brandt
People Partner, Northgate Fulfilment

Northgate Fulfilment Ltd is an equal opportunities employer. Registered in England No. 08812245.`, 'Warehouse Shift Lead - update'),

  rej('screen', ['generic'], { ...door },
    `Hi Dana,

It was lovely chatting with you on Thursday about the Customer Success Manager opening. I've talked it over with the team and we're going to go in another direction for this one.

Please don't let that put you off - keep an eye on our careers page, we're growing and I'd be glad to see your name again.

All the best,
Rosa Lindqvist
Talent Acquisition | Brightpath Analytics`, 'Following up on our call'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Kwame,

Thank you for meeting with Jen and Arturo last week for the Data Engineer position. They enjoyed the conversation and the way you walked through the migration project at your current job.

Where it came up short was on streaming: the team runs most of its pipelines on Kafka and Flink, and they felt you would need quite a bit of ramp-up there compared to what this role can absorb right now. For that reason we won't be moving forward.

If it would help, I'm happy to jump on a quick call and go over the rest of their notes.

Best,
Harriet Osei
Recruiter, Loomwell

Powered by Lever`, 'Loomwell - Data Engineer'),

  rej('application', ['position_filled'], {},
    `Dear applicant,

The vacancy for Receptionist / Administrator (ref. RA-0326) has now been filled. Thank you for your interest in Mossgiel Veterinary Practice.

Mossgiel Vets`, 'Vacancy RA-0326'),

  rej('final', ['profile_mismatch', 'position_filled'], { ...door },
    `Dear Sophie,

I wanted to call you but couldn't reach you, so I'm writing instead.

Thank you for coming in for the final round on Tuesday and for the presentation to the leadership group. It was a genuinely close decision between you and one other candidate, and in the end the board has offered the post to the person whose experience was a little nearer to where we are as a charity today.

I know this will be disappointing after so many stages. I'd very much like to stay in touch; we expect to open a Director of Partnerships post in the autumn and I would be glad to let you know when it goes live.

With best wishes,

Margaret Ó Riordáin
Chief Executive
Tidewater Housing Trust`, 'Head of Fundraising - outcome'),

  rej('assessment', ['assessment'], {},
    `Hi Arjun,

Thanks for completing the HackerRank challenge for the Backend Engineer (Go) position.

Your result did not reach the threshold we set for the next round, so we won't be taking your application forward this time.

Regards,
Recruiting | Quillstack

You are receiving this email because you applied for a job at Quillstack.`, 'Quillstack coding challenge result'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Luis,

Thanks for applying for the Support Specialist role. I have to be upfront: this position requires that you are legally able to work in Canada without sponsorship, and from your application it looks like you would need a work permit. We are not able to support that for this role.

If your status changes, we'd honestly love to hear from you again.

Best regards,
Camille Tremblay
HR Coordinator, Nordhaven Software, Montréal`, 'Re: Support Specialist application'),

  rej('application', ['generic'], {},
    `Dear {{candidate.first_name}},

Thank you for your interest in the Marketing Coordinator position at Haldane & Brooks. After reviewing your application, we have decided to pursue other candidates at this time.

We appreciate the time you invested in applying. Please note that we are unable to offer feedback on individual applications.

Sincerely,
Human Resources
Haldane & Brooks LLP`, 'Your application - Marketing Coordinator'),

  rej('screen', ['salary'], { ...fb },
    `Hi Natalie,

Thanks again for the chat on Monday. I passed your details to the hiring manager and we talked about the number you gave me - $145k base. Honestly the band for this role tops out around $118k, and there isn't room to stretch it that far, so I don't think it makes sense for either side to keep going.

Sorry it didn't work out, and good luck.

Greg
Greg Mahoney | Talent Partner | Cobaltline Health`, 'Product Analyst role'),

  rej('interview', ['generic'], { ...door },
    `Dear Mr Adeyemi,

Re: Interview for Credit Risk Analyst - Lagos Office

We refer to your interview held on 14 March 2026 at our head office on Adeola Odeku Street.

We wish to inform you that you were not successful on this occasion. Management appreciates the interest you have shown in joining Meridian Trust Bank Plc.

Your details will be retained in our records and you may be contacted should a suitable vacancy arise.

Yours faithfully,

For: Human Capital Management
Meridian Trust Bank Plc`, 'Interview outcome - Credit Risk Analyst'),

  rej('application', ['generic'], {},
    `Unfortunately we won't be moving ahead with your application for the Barista role. Thanks for applying - Bean & Bramble`, 'Bean & Bramble'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hey Jordan,

Wanted to close the loop personally. You clearly know your stuff on the frontend side, and Priya said the pairing session was solid.

The hesitation for us is more about how we work. We're a five-person team, no PMs, everyone picks up whatever's on fire, and a few times in the conversations you said you work best with clear specs and a defined scope. That's totally legit, it's just not what the next year here looks like, and I don't think it'd be fair to you.

So we're going to pass on this one. Genuinely appreciate the time.

Ben
Co-founder, Stackpine`, 'Stackpine'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Aoife,

Thank you for applying for the role of Clinical Trial Assistant with Corrib Life Sciences.

Having looked carefully at your application, we feel your experience to date doesn't quite fit what we need for this particular post. We would, however, like to keep your CV on file for six months and will be in contact should something more suitable come up.

Kind regards,
Niamh Gallagher
Recruitment Team, Corrib Life Sciences, Galway`, 'Clinical Trial Assistant - Corrib Life Sciences'),

  rej('final', ['position_filled'], { ...offered },
    `Hi Ethan,

Thank you for making it all the way through to the onsite - I know it was a long day.

I'm sorry to say we've extended an offer to another candidate and they've accepted, so the Staff Engineer role is now closed.

If you'd like to hear what the panel said, reply here and I'll set up 15 minutes.

Warmly,
Keiko Tanaka
Recruiting Lead, Ardent Robotics

--
Ashby | Ardent Robotics careers`, 'Update on Staff Engineer'),

  rej('application', ['generic'], {},
    `<html><body><table width="600"><tr><td>
<p>Dear Candidate,</p>
<p>Thank you for applying to <b>Store Manager - Leeds Trinity</b>.</p>
<p>On this occasion your application has been unsuccessful.</p>
<p>Kind regards,<br>Recruitment Team<br>Harlow &amp; Finch Retail</p>
<p style="font-size:10px">Please do not reply to this email as the mailbox is not monitored. Powered by Workday.</p>
</td></tr></table></body></html>`, 'Store Manager - Leeds Trinity'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Mei Ling,

Thank you for submitting the take-home case study for the Associate Consultant position.

Our reviewers found your market sizing clear, but the recommendation section did not engage with the cost data in the appendix, and the financial impact was left unquantified. Given that, we won't be moving you to the interview rounds.

Best of luck with your search.

Aldergate Partners, Singapore
Campus Recruiting`, 'Aldergate Partners - Case study outcome'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hello Daniel,

Many thanks for your interest in the Electrical Site Supervisor vacancy.

This role requires a current ECS Gold card and the 18th Edition wiring regulations certificate, and we couldn't see either on your CV, so we're unable to shortlist you.

Should you obtain these, please feel free to re-apply - we recruit for supervisors regularly.

Regards,
Karen Whitlow
Resourcing, Penrose M&E Services`, 'Electrical Site Supervisor'),

  rej('application', ['generic'], { ...door },
    `Hi Sam,

Thank you for applying to Oakbright! We had many great applicants for the Junior Copywriter role and unfortunately we won't be moving forward with yours.

We'd love for you to stay in our talent community - we'll reach out if a role comes up that could be a match.

Cheers,
Team Oakbright

Sent with Teamtailor. Manage your data: https://oakbright.teamtailor.com/connect`, 'Oakbright - Junior Copywriter'),

  rej('screen', ['profile_mismatch', 'skills_gap'], { ...fb },
    `Dear Olumide,

Thank you for taking my call yesterday regarding the Finance Business Partner role with my client.

I've now had feedback from them. They're keen to see people who come from a manufacturing background, and they feel your profile, while strong, isn't the right match for what they need. They won't be taking it further.

Best of luck with the search in the meantime.

Kind regards,
Rachel Dunmore
Senior Consultant, Carrick Finance Recruitment`, 'FBP role - client feedback'),

  rej('interview', ['internal_candidate'], {},
    `Hi Priya,

Thank you for interviewing with us for the Program Manager role. After your conversations with the team we decided to fill the position with someone already on our staff, who has been covering the work for the past few months.

This was no reflection on you, and we're grateful you took the time.

Sincerely,
Alicia Gomez
Human Resources, Saltmarsh County Library`, 'Program Manager position'),

  rej('application', ['role_closed'], {},
    `Dear Applicant,

We are writing about your application for Senior Accountant (JR-88214). Due to a change in business needs, this requisition has been cancelled and will not be filled. As a result, we will not be progressing any applications.

Thank you for your interest in Vellmark Industries.

Talent Acquisition
Vellmark Industries

This mailbox is not monitored.`, 'JR-88214 Senior Accountant - requisition update'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hello Karthik,

Thank you for attending the technical interview for Site Reliability Engineer on 2nd April.

The panel were impressed by your knowledge, but another candidate's hands-on experience matched our present requirement more closely. Hence we will not be proceeding with your candidature for this role.

We will retain your resume and reach out when there is an opening that suits your experience.

Regards,
Deepa Ramaswamy
Talent Acquisition, Kaveri Cloud Solutions Pvt Ltd, Bengaluru`, 'Interview feedback - SRE'),

  rej('application', ['overqualified'], { ...fb },
    `Hi Victoria,

Thanks for applying for the Office Assistant position. Looking at your CV, with fifteen years in senior operations management, we really think you'd be over-qualified for what is a fairly junior, part-time admin role, and we'd worry you'd be bored within a month.

We hope you find something that makes better use of your experience.

Best wishes,
Jo
Hartley & Daughters Solicitors`, 'Office Assistant'),

  rej('final', ['generic'], { ...offered, ...door },
    `Hi Fatima,

I hope you're keeping well. I wanted to thank you for your time across all the rounds for the Head of Operations role, including the final conversation with Andrew and the board.

We've now made our decision, and I'm afraid it isn't you on this occasion. I realise that's hard to hear after such a long process.

I'd be pleased to give you some feedback over the phone if you'd find that useful - just let me know a time. And I'd like to stay in contact; you're someone we'd consider for future senior roles.

Kind regards,
Louise Carr
Partner, Brackenridge Executive Search`, 'Head of Operations - decision'),

  rej('application', ['generic'], {},
    `Dear Alex,

Thank you for your interest in the Summer Analyst Internship 2026. The selection process has been extremely competitive this year, and we regret that we are unable to offer you a place in the next stage. Owing to the volume of applications, we regret that we cannot comment on individual submissions.

We wish you success in your studies and your future career.

Campus Recruitment
Whitcombe Capital

Whitcombe Capital is an equal opportunity employer.`, 'Whitcombe Capital Summer Analyst Internship'),

  rej('screen', ['location', 'skills_gap'], { ...fb },
    `Hi Chloe,

Great to speak on Friday. I raised what you said about not being able to relocate to Perth with the hiring manager, and unfortunately the role has to be on site at least four days a week, and he also felt your planning experience is mostly civil construction rather than open-cut mining, so we can't take it further from here.

Thanks so much for your time.

Matt Hennessey
Recruitment Consultant | Ironbark People`, 'Re: Mining Planner - Perth'),

  rej('assessment', ['generic'], {},
    `Dear Candidate,

Thank you for completing the online assessments as part of your application to the Graduate Programme.

Following a review of your application, we are sorry to tell you that you have not been selected to progress to the next stage. We're sorry that we can't share individual test scores or feedback.

Kind regards,
Early Careers Team
Castellan Insurance Group

Please do not reply to this email.`, 'Castellan Graduate Programme - application update'),

  rej('application', ['profile_mismatch', 'location'], { ...fb },
    `Hi Ji-woo,

Thank you for your application to be a Field Service Technician in our Calgary region.

We reviewed it against the posting and it doesn't look like a close enough match to what we are after. The role is also based in Calgary with daily travel across southern Alberta, and your application notes you'd be looking to stay in Vancouver. So we'll pass this time.

Best regards,
Talent Acquisition, Prairiestone Equipment`, 'Your application for Field Service Technician'),

  rej('interview', ['generic'], { ...offered },
    `Hello Mariam,

Thanks for interviewing with us for the Content Lead role. We've decided to progress with other candidates.

If you want to hear a bit more about how we got to this, just reply and I'll try to make time.

Hannah
Head of Content, Wrenfield`, 'Wrenfield Content Lead'),

  rej('application', ['profile_mismatch'], {},
    `Hi there,

Thanks for applying to the Sales Development Representative role at Pivotgrid. We've reviewed your application and, compared with the rest of the pool, it wasn't among the closest matches for what the team needs, so we won't be moving forward at this time.

Best,
Pivotgrid Recruiting

---
Sent via SmartRecruiters. To stop receiving messages, unsubscribe here.`, 'Pivotgrid - SDR application'),

  rej('assessment', ['skills_gap', 'assessment'], { ...fb },
    `Dear Nomvula,

Thank you for completing the technical test for the Payroll Officer position.

The test showed gaps in statutory deductions, specifically the UIF and SDL calculations and the treatment of fringe benefits under PAYE, which are a core part of this role. We are therefore unable to proceed with your application.

We thank you for your time and wish you well.

Regards,
Lerato Mokoena
HR Officer, Umhlanga Logistics (Pty) Ltd, Durban`, 'Payroll Officer - test outcome'),

  rej('application', ['generic'], { ...door },
    `Dear Ms. Reyes,

Thank you for submitting your application for the position of Elementary Teacher (Grade 3) with Cedar Hollow Unified School District.

After review, you were not selected for an interview for this position. We encourage you to continue to apply for future postings that match your qualifications.

Sincerely,
Personnel Services
Cedar Hollow USD`, 'Application Status: Elementary Teacher'),

  rej('final', ['profile_mismatch'], {},
    `Hi Lucas,

Thank you for spending a full day with us at the studio. Everyone enjoyed meeting you.

It came down to you and one other designer, and we've gone with them - their portfolio was a slightly closer fit for us.

All the best,
Ines Ferreira
Studio Director, Halftone & Co.`, 'Halftone & Co.'),
  rej('application', ['profile_mismatch'], {},
    `Dear Rahul,

Thank you for your interest in joining Tessaline. We've carefully considered your application for the Business Analyst role and regret to let you know that we won't be moving forward, as other applicants' qualifications were better suited to our needs. Unfortunately, we cannot provide feedback on the decision.

Best regards,
Tessaline Talent Acquisition

Tessaline Inc. | Privacy Notice | This message was sent by iCIMS on behalf of Tessaline.`, 'Tessaline - Business Analyst'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Grace,

Thank you for the interviews with Raymond and the nursing leadership team for the Clinical Nurse Educator post.

The panel felt you would be excellent in the role in a year or two, but we are looking for someone who already holds a postgraduate qualification in clinical education, which is a firm requirement for this grade. For that reason we are not able to offer you the post.

Please do think about applying again once you have completed your certificate - we would welcome it.

Kind regards,
Sandra Pillai
Nurse Unit Manager, Riverbend Private Hospital, Brisbane`, 'Clinical Nurse Educator - outcome'),

  rej('assessment', ['generic'], {},
    `Thanks for doing the take-home. We have decided not to move forward with your application.

- Kestrel Labs hiring team`, 'Kestrel Labs application'),

  rej('screen', ['generic'], { ...door },
    `Hi Andre,

Appreciate you hopping on the intro call with me last week. I've had a think and I'm going to hold off on putting you forward to the hiring team for the Account Executive position.

That said, I'll hang onto your details - there'll be other openings and I'd be glad to chat again.

Cheers,
Taylor Brooks
Recruiting, Glimmerline`, 'Glimmerline AE'),

  rej('interview', ['position_filled'], {},
    `Hi Oliver,

Thank you for coming in to meet the team about the Bar Supervisor job. We've now offered the position to someone else and they've said yes, so it's no longer available.

Thanks again,
Siobhan
The Copper Kettle, Cork`, 'Bar Supervisor'),

  rej('application', ['profile_mismatch', 'location'], { ...fb },
    `Dear Chen Wei,

Thank you for applying for the Regional Compliance Manager position at Lionsgate Maritime Pte Ltd.

We have reviewed your application, and we are of the view that your background is not aligned with the requirements of the role. We also note that you do not currently hold a valid Singapore work pass, which this position requires from the start date. We will therefore not be progressing your application.

We thank you for your interest.

Yours sincerely,
Human Resource Department
Lionsgate Maritime Pte Ltd
80 Robinson Road, Singapore`, 'Regional Compliance Manager'),

  rej('final', ['generic'], { ...door },
    `Dear Emeka,

Thank you for taking part in the assessment centre for our Graduate Management Trainee scheme on 9 May.

Having completed the assessment centre, we are sorry to inform you that you have not been successful in securing an offer. We received a remarkable response and the decision was not easy.

We would be happy to see you apply again for our next intake.

Best wishes,
Graduate Recruitment Team
Ashcombe Breweries Nigeria Plc`, 'Assessment centre outcome'),

  rej('application', ['role_closed'], { ...door },
    `Hi Madison,

Thanks so much for applying to the Social Media Coordinator role. Unfortunately we've had to pause hiring for this position for the rest of the year due to budget changes, so we're closing the posting and won't be moving forward with any applicants.

We'd really encourage you to apply again if you see it reopen.

Best,
Marissa
People Ops, Fable & Fern`, 'Social Media Coordinator update'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Ahmed,

Thank you for completing the numerical and verbal reasoning tests.

We regret to advise that your results were below the benchmark required for the next stage of the process. Your application for Trainee Actuary will not proceed further.

You are welcome to apply again in twelve months.

Regards,
Recruitment Services, Northfield Mutual`, 'Trainee Actuary - online tests'),

  rej('application', ['generic'], {},
    `Dear [Candidate Name],

Thank you for applying for the role of [Job Title]. We have now reviewed all applications and regret that on this occasion we will not be taking yours further.

We wish you every success in your job search.

Yours sincerely,

[Hiring Manager Name]
Greywater Engineering Consultants`, 'Your application'),

  rej('interview', ['profile_mismatch', 'skills_gap'], { ...fb },
    `Hi Hamza,

Thanks for your time on the interviews for the Senior Product Manager (Payments) role. I wanted to give you a clear answer rather than leave it hanging.

The team decided to go with candidates who had more depth in the payments space. Specifically, we needed someone who has owned a card issuing or acquiring product end to end, and that didn't come through in your examples.

Sorry it's not better news.

Nadia Karim
Hiring Manager, Tillpoint`, 'Senior PM (Payments) - Tillpoint'),

  rej('application', ['generic'], { ...door },
    `Hello Bongani,

We appreciate your interest in the Mine Surveyor vacancy at Kgalagadi Minerals.

Please be advised that your application was not successful. Should you not hear from us within 30 days of the closing date, kindly consider your application unsuccessful as well for any other vacancies you applied to. We will keep your details on our database for future reference.

Kind regards
Talent Acquisition
Kgalagadi Minerals Ltd`, 'Mine Surveyor vacancy'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Lena,

Thank you for your time on the phone this morning. As we discussed, German to C1 level is a must for the Key Account Manager DACH role because most of the client calls are in German, and at the moment you're at B1. So I'm afraid we'll have to stop the process here.

Viel Erfolg!

Jonas Richter
Talent Acquisition, Oberwald Systems (Dublin office)`, 'Key Account Manager DACH'),

  rej('application', ['generic'], {},
    `Dear Ms Hughes,

RE: Part-time Library Assistant, Ref: LIB-2026-07

Thank you for your application for the above post. I regret to inform you that you have not been shortlisted for interview.

Yours sincerely,

P. Morrison
HR Officer
St Aidan's College`, 'Ref LIB-2026-07'),

  rej('interview', ['generic'], {},
    `Hi Tyler, thanks for interviewing. we're going to go with someone else for the dispatch role. appreciate it - Mike

Sent from my iPhone`, 'dispatch job'),

  rej('final', ['internal_candidate'], { ...door },
    `Dear Rebecca,

Thank you for your patience and for the energy you put into the final panel for the Director of Finance post.

The Trust has decided to appoint an internal candidate who has been acting in the role. We recognise how much you invested in this process and are grateful.

We would like to keep in touch with you about future senior finance opportunities across the group.

Yours sincerely,
Dr Alan Fitzgerald
Chief Operating Officer
Westmoor Community Health Trust`, 'Director of Finance - outcome'),

  rej('application', ['profile_mismatch'], {},
    `Hi Ravi,

Thanks for the interest in the Growth Marketing Lead role. We had a look at your profile and, honestly, it's not what we're looking for at the moment.

Good luck out there!

Growth team @ Plumtree`, 'Growth Marketing Lead'),

  rej('application', ['generic'], {},
    `Dear Applicant,

We acknowledge receipt of your application for the post of Accounts Clerk. Regrettably, you were not among those selected for the next stage.

Management thanks you for your interest.

Human Resources Department
Abuja Water Board`, 'Accounts Clerk application'),

  rej('screen', ['generic'], { ...offered },
    `Hi Nicole,

Thanks so much for chatting with me about the Operations Coordinator opening. After our call we decided to move forward with other candidates for this role.

If you'd like a few notes on how it went, let me know and I'll send them over.

Best,
Jasmine Patel
Talent Acquisition Specialist | Cresthaven Senior Living`, 'Operations Coordinator - Cresthaven'),

  rej('assessment', ['generic'], { ...door },
    `Dear Pedro,

Thank you for sending the written exercise for the Policy Officer role.

After reviewing all of the exercises, the panel has decided not to invite you to interview. We hope you'll consider applying for other roles with us as they come up.

Kind regards,
Rita Monaghan
Policy & Research, Coastal Alliance for Fair Housing`, 'Policy Officer - written exercise'),

  rej('application', ['location'], { ...fb },
    `Hi Anjali,

Thank you for applying to our Remote Customer Support Representative position. Although the role is remote, we can only hire people who live in the United States for tax and payroll reasons, and your application lists an address in Hyderabad. We are unable to move forward.

Thank you,
Recruiting, Sunvale Telecom`, 'Remote Customer Support Representative'),

  rej('interview', ['position_filled'], { ...offered, ...door },
    `Dear Thomas,

Thank you for taking the time to interview for the Quantity Surveyor position at Abernethy Construction. It was a pleasure to meet you.

I'm sorry to let you know that we have offered the role to another applicant. The decision was a finely balanced one.

You'd be very welcome to contact me for feedback, and we hope you'll consider Abernethy again in future.

Kind regards,
Fiona McLeod
HR Manager, Abernethy Construction Ltd, Aberdeen`, 'Quantity Surveyor - Abernethy'),

  rej('application', ['generic'], {},
    `Hello,

Thank you for your interest in Ridgeback Security. Your application for Security Officer has been reviewed and will not be progressed.

Ridgeback Security Services
(Jobvite)`, 'Ridgeback Security - application update'),

  rej('interview', ['role_closed'], { ...door },
    `Hi Zara,

Thanks for your patience since the second-round interview. I have some disappointing news: the Engineering Manager headcount has been removed as part of a reorganisation, so we won't be filling the role and your process ends here. I'm really sorry - the team liked you a lot.

If the role comes back, you're the first person I'll call.

Best,
Connor Walsh
Senior Technical Recruiter, Hexalune`, 'Engineering Manager role update'),

  rej('assessment', ['generic'], { ...door },
    `Dear Yusuf,

Many thanks for your interest in the Legal Secretary role with Pembury Tate, and for sitting our typing and audio transcription tests. Having considered your application we will not be taking it further.

We will, with your consent, retain your details for twelve months and may contact you about other roles.

Regards,
Pembury Tate LLP Recruitment`, 'Legal Secretary - Pembury Tate'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hi Kai,

Thank you for the initial call. You're clearly talented, but from what you told me about preferring to work alone with minimal collaboration, I don't think you'd enjoy our set-up, where designers sit with engineers and product every day. We won't proceed with this one.

Wishing you luck,
Ruth Abernathy
People Team, Cloudberry`, 'Product Designer - Cloudberry'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Sipho,

Thank you for your application for the position of Professional Engineer (Civil).

A requirement of the post is registration as a Professional Engineer with ECSA. As your application does not show current registration, we cannot consider it further.

Regards,
Recruitment, Mzansi Infrastructure Group`, 'Professional Engineer (Civil)'),

  rej('interview', ['generic'], {},
    `> On Mon, 20 Apr 2026 at 09:12, Chloe Dubois wrote:
> Hi Paul, just checking in on the Project Coordinator role after my interview on the 8th. Any news?

Hi Chloe,

Sorry for the slow reply. Yes - we've made a decision and it was not in your favour this time. Thanks for interviewing with us.

Paul Henning
Office Manager, Brightwater Events`, 'Re: Project Coordinator - checking in'),

  rej('screen', ['position_filled'], {},
    `Hi Eilidh,

Thanks for the phone chat on Tuesday about the Trainee Dental Nurse post. We had a strong response and the post has now been filled.

Best wishes,
Lochside Dental Care`, 'Trainee Dental Nurse'),

  rej('final', ['skills_gap', 'position_filled'], { ...fb, ...offered },
    `Hi Ananya,

Thanks for coming to the final round with our VP of Engineering and CTO.

Both of them felt you'd do brilliantly in a large-company setting, but they kept coming back to the fact that you haven't led a team through a 0-to-1 build, and that's the core of this Director role. We've made an offer to another candidate and are closing your process here.

I'm around if you'd like to hear more of the detail - just book a slot on my calendar.

Best,
Mira Patel
Head of Talent, Outrider AI`, 'Director of Engineering - Outrider'),

  rej('application', ['generic'], { ...door },
    `Dear Jamal,

We have reviewed your application to be a Flight Attendant with Skyreach Airways and are unable to offer you an invitation to the next step at this time. We are not in a position to provide feedback at this stage of the process. You may reapply after six months.

Skyreach Airways Talent Acquisition

Please do not reply. Skyreach Airways is an Equal Opportunity Employer.`, 'Skyreach Airways - Flight Attendant'),

  rej('application', ['role_closed'], {},
    `Hi Sarah,

Just a note to say we have decided not to hire for the Bookkeeper position after all - we're outsourcing the work to our accountants instead. So we won't be taking applications further.

Thanks for your interest,
Dave Fielding
Fielding Joinery`, 'Bookkeeper position'),

  rej('assessment', ['position_filled'], { ...door },
    `Dear Marta,

Thank you for completing the translation test for our English-Polish Linguist role.

While we were reviewing the tests, the client confirmed they had already filled the position through another route, so we are not able to take things forward.

Apologies for the inconvenience. Your test will stay on file and we will add you to our freelance database for future English-Polish projects.

Regards,
Vendor Management, Lexicon Bridge Ltd`, 'Translation test - English-Polish'),

  rej('interview', ['profile_mismatch', 'position_filled'], { ...offered, ...door },
    `Hi Imran,

Thank you for meeting with us for the Warehouse Operations Manager role. You gave a very good account of yourself, but we have offered the role to a candidate whose experience was a closer match for our site.

I can share the panel's notes with you if you'd like them, and we'd be glad to see your name on future vacancies.

Regards,
Claire Donnelly
HR Business Partner, Frostline Logistics`, 'Warehouse Operations Manager'),

  rej('application', ['generic'], {},
    `Thank you for applying to BrightCare Home Services. At this time we have chosen to move forward with other applicants for the Caregiver position.

BrightCare Home Services
Powered by BambooHR`, 'BrightCare Home Services - Caregiver'),

  rej('final', ['generic'], { ...door },
    `Dear Harpreet,

Thank you for attending the final interview for the Branch Manager position in Brampton and for meeting our Regional Director.

We regret to inform you that we will not be moving your candidacy forward.

We appreciate your interest in Maple Crest Credit Union and encourage you to apply for future opportunities with us.

Sincerely,
Human Resources
Maple Crest Credit Union`, 'Branch Manager - Brampton'),

  rej('application', ['profile_mismatch'], { ...fb, ...door },
    `Hi Tom,

Thanks for sending your CV over for the Junior Developer role. We read it through and think you'd be better suited to a role with more front-of-house customer work than ours - it's pretty deep backend.

Keep an eye on us though, we do hire support engineers from time to time and we'd be happy to hear from you then.

Cheers,
Liam
Tinkerbird Software`, 'Junior Developer'),

  // ── B. One inbox: a chartered accountant in Sydney moving from audit into FP&A and commercial finance
  other(`Hi Claire,

Thank you for applying for the FP&A Analyst role at Wattlebank Foods. We've received your application and our team will review it over the next couple of weeks.

Unfortunately we can't reply to every applicant individually straight away, but we appreciate your patience and we'll be in touch once we've had a look.

Kind regards,
Wattlebank Foods Careers

This is an automated email from Workday. Please do not reply.`, 'We have received your application - FP&A Analyst'),

  other(`From: Claire Whitford
To: Sam Hendry
Sent: Tuesday, 3 February 2026 8:14 PM
Subject: Interest in Commercial Analyst roles

Hi Sam,

We met at the CA ANZ networking night in January. As mentioned, I'm an audit manager at Barrow Kemp with eight years in external audit (mostly FMCG and property), and I'm keen to move into FP&A or commercial finance this year. CV attached.

Would you have 15 minutes for a call next week?

Thanks,
Claire`, 'Interest in Commercial Analyst roles'),

  rej('application', ['generic'], {},
    `Dear Claire,

Thank you for your application for the position of Senior Financial Analyst at Harbourline Property Group.

We have now completed our initial review, and regret to advise that your application will not be progressed on this occasion.

We thank you for your interest in Harbourline.

Regards,
People & Culture
Harbourline Property Group, Level 22, 1 Macquarie Place, Sydney NSW 2000`, 'Senior Financial Analyst - Harbourline Property Group'),

  other(`Hi Claire,

Great to hear from you and thanks for sending the CV through. Unfortunately I'm tied up in client meetings until Thursday, but I'd love to chat. How does Friday 6 Feb at 10:30 look?

I've got a couple of commercial finance roles with clients in North Sydney that may suit - no promises, but I'll keep you in mind for anything in FP&A that comes across my desk.

Cheers,
Sam Hendry
Senior Consultant - Accounting & Finance
Keystone Talent Partners | Level 9, 60 Pitt St, Sydney

> On 3 Feb 2026, at 8:14 pm, Claire Whitford wrote:
> We met at the CA ANZ networking night in January...`, 'Re: Interest in Commercial Analyst roles'),

  rej('application', ['profile_mismatch'], {},
    `Hi Claire,

Thanks for applying for the Commercial Analyst role at Sprocket Energy. We've looked through your application closely. While your audit background is strong, we've decided to progress applicants whose experience is a closer match for the role.

All the best in your search.

Talent Team
Sprocket Energy

Sent via Lever`, 'Sprocket Energy - Commercial Analyst'),

  other(`Job alert: 12 new jobs for "FP&A Manager" in Sydney NSW

Finance Business Partner - Coastline Health - Sydney CBD - $130k-$145k + super
FP&A Analyst - Ridgeway Retail - Macquarie Park - Permanent
Senior Commercial Analyst - Banksia Logistics - Mascot
...see all 12 jobs

Unfortunately some roles may close before you see them, so apply early.

You're receiving this because you created a job alert on JobScout. Manage alerts | Unsubscribe`, '12 new FP&A Manager jobs in Sydney NSW'),

  other(`Dear Claire,

Thank you for your application for the Finance Business Partner role at Coastline Health.

As part of our process we ask all shortlisted candidates to complete an online psychometric assessment (cognitive reasoning and a work-style questionnaire). Please use the link below to complete it within five days.

Your link: https://assess.talentmetric.com.au/c/8842-CLH

We understand this adds a step, and we appreciate your time. We'll be in touch once results are reviewed.

Kind regards,
Recruitment Team, Coastline Health`, 'Coastline Health - online assessment invitation'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Claire,

Thanks for your application for the FP&A Manager role at Ridgeway Retail.

This role manages a team of four analysts and needs someone with at least three years already running a forecasting and budgeting cycle in industry. As your experience to date is in external audit, we won't be moving you to the next stage.

Kind regards,
Zoe Harcourt
Talent Acquisition Partner, Ridgeway Retail`, 'FP&A Manager - Ridgeway Retail'),

  other(`Hi Claire,

A quick reminder that your psychometric assessment for Coastline Health is still outstanding. The link expires on Friday at 5pm AEDT.

If you've already completed it, please ignore this message. Unfortunately we're unable to extend the deadline, so please complete it if you'd like to continue.

Thanks,
Recruitment Team, Coastline Health`, 'Reminder: your assessment is due Friday'),

  rej('application', ['generic'], { ...door },
    `Hi Claire,

Thanks for your interest in the Finance Analyst role at Tallowood Digital. We had over 300 applicants for this one and we've moved forward with a shortlist that doesn't include you this time.

We'll keep your profile in our talent pool and will reach out if something suitable opens up.

Regards,
Tallowood Digital People Team

Sent with Teamtailor`, 'Tallowood Digital - Finance Analyst'),

  other(`Hi Claire,

Good news - Coastline Health would like to invite you to an interview for the Finance Business Partner role. It will be with Rebecca Lim (Head of FP&A) and Josh Aitken (Commercial Manager), on Teams.

Please choose a slot here: https://calendly.com/coastlinehealth-ta/fbp

Unfortunately Rebecca is on leave the following week, so the slots are limited to 17-19 February.

Thank you,
Hayley
Recruitment Coordinator, Coastline Health`, 'Interview invitation - Finance Business Partner'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Claire,

Thanks again for the call on Monday. I've presented you to my client for the Commercial Finance Manager role at the packaging business in Smithfield.

I'm afraid they've come back and said they'd prefer someone who has already worked in a commercial team, rather than coming from audit, so they won't interview on this one. Sorry - I know you were keen.

Jenny Marsh
Principal Consultant | Ashbury Finance Recruitment`, 'Commercial Finance Manager - client response'),

  other(`Hi Claire,

Your application for Senior Financial Analyst at Banksia Logistics has moved to the next stage. A member of our Talent Acquisition team will contact you shortly to arrange an introductory call.

Unfortunately, due to the number of applicants, it may take up to a week for us to reach out. We appreciate your patience.

Banksia Logistics Careers
(SmartRecruiters)`, 'Your application is progressing'),

  rej('assessment', ['assessment'], {},
    `Dear Claire,

Thank you for completing the online assessment for the Finance Business Partner role at Coastline Health.

After reviewing the results, unfortunately your results did not meet the benchmark we set for this role, and we will not progress your application to the interview stage.

We wish you the best in your career.

Kind regards,
Recruitment Team, Coastline Health`, 'Coastline Health - application update'),

  other(`Hi Claire,

Lovely to speak today. As promised, here's a summary of the role with my client, an ASX-listed medical devices company in North Ryde: FP&A Senior Analyst, $125k + super + 10% bonus, hybrid 3 days in office.

The client wants to meet you! They've asked for a first interview next Wednesday 4 March at 2pm, at their office in North Ryde. Can you confirm?

Unfortunately they can't do video for the first round, so it will need to be in person.

Cheers,
Sam Hendry
Keystone Talent Partners`, 'The client wants to meet you - FP&A Senior Analyst'),

  rej('application', ['generic'], {},
    `Dear Claire Whitford,

Reference: REQ-45129 Financial Planning Analyst

Thank you for applying. After careful review of your application we have decided not to proceed with your candidacy.

Please do not reply to this email; this mailbox is not monitored.

Southern Cross Insurance Group - Talent Acquisition`, 'REQ-45129 Financial Planning Analyst'),

  other(`Hi Claire,

Thanks for your interest in Fernway Capital. Before we move further, could you let me know your salary expectations for the Commercial Finance Analyst position, including super?

Unfortunately we can't share the band until we know it's in the right ballpark, but I'll be in touch quickly once I hear back.

Best,
Priya Menon
Talent Acquisition, Fernway Capital`, 'Quick question - salary expectations'),

  other(`Hi Priya,

Thanks for getting in touch. I'm looking at $120-130k base plus super, depending on the scope of the role. Happy to discuss.

Kind regards,
Claire Whitford

On Mon, 2 Mar 2026 at 11:02, Priya Menon wrote:
> Could you let me know your salary expectations for the Commercial Finance Analyst position, including super?`, 'Re: Quick question - salary expectations'),

  rej('screen', ['salary'], { ...fb },
    `Hi Claire,

Thanks for coming back to me so quickly, and for the quick call yesterday. I've checked with the hiring manager and, regretfully, $120-130k base is above what we have for this role - it's budgeted at $100k plus super and can't move this year. So I don't think we can go ahead with your application.

If that changes I'll let you know.

Priya`, 'Re: Re: Quick question - salary expectations'),

  other(`Dear Claire,

Thank you for your interest in the FP&A Senior Analyst position. As the next step, we invite you to complete a practical Excel modelling exercise. You will have 90 minutes to build a three-way forecast from a set of raw data.

Please confirm a time on Thursday 12 March or Friday 13 March that suits you. The test will be sent to your email at the start of your slot.

Unfortunately, we are not able to accept submissions after the time limit.

Regards,
Lauren Pike
HR Advisor, Wanderlight Travel Group`, 'Excel modelling exercise - FP&A Senior Analyst'),

  hold('interview', ['role_closed'], {},
    `Hi Claire,

I wanted to give you a quick update. The hiring manager for the Senior Financial Analyst role at Banksia Logistics has let me know that headcount approvals have been paused while the business finalises its FY27 budget.

This means we're on hold for now - your application is still active and we'd like to keep you in the process, but unfortunately we can't give you a firm timeline yet. I'll be in touch as soon as we hear more, probably within a few weeks.

Thanks for your patience and for the great conversation with Mark last week.

Kind regards,
Tom Beaumont
Talent Acquisition Partner, Banksia Logistics`, 'Senior Financial Analyst - update'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...offered },
    `Hi Claire,

Thank you for completing the Excel modelling exercise.

The reviewers liked your P&L build, but the cash flow statement didn't balance to the balance sheet and the working-capital assumptions weren't linked through, which is central to this role. Given this, we won't be progressing you to the next interview.

If you'd like to talk it through, please reply and I can set up a short call with the Finance Manager.

Regards,
Lauren Pike
HR Advisor, Wanderlight Travel Group`, 'Wanderlight - modelling exercise outcome'),

  other(`Hi Claire,

I'm so sorry but I need to reschedule your interview for the Commercial Analyst role, which was booked for Tuesday 17 March. Unfortunately our CFO has been called into an urgent board meeting.

Could you do Thursday 19 March at 11am instead? Apologies for the inconvenience and thank you for your flexibility.

Best,
Natasha Kovac
Executive Assistant to the CFO, Greenfield Agribusiness`, 'Rescheduling your interview'),

  rej('application', ['generic'], {},
    `Hi Claire,

Thank you for applying for the Finance Manager position with Kookaburra Craft Co. We have now reviewed all applications and unfortunately will not be taking yours further. As a small team we're not able to give feedback to everyone, sorry.

We wish you all the best.

Kookaburra Craft Co.
Powered by BambooHR`, 'Finance Manager at Kookaburra Craft Co.'),

  other(`Hi Claire,

I came across your profile and was impressed by your audit background. We're building out our commercial finance team at a fast-growing fintech and I think you'd be a strong fit for a Senior Commercial Analyst role.

Unfortunately the posting isn't public yet, but I'd love to tell you more. Open to a chat this week?

Best,
Ravi Shankar
Talent Partner at Paygrove
Sent via LinkedIn`, 'Ravi Shankar sent you a message'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Claire,

Thank you for meeting with our CFO and me last Thursday for the Commercial Analyst role.

We enjoyed meeting you and your audit experience came through clearly. After meeting all the candidates we've decided to go with someone whose background lines up a little more closely with what we need right now.

We'd like to stay in touch - we're planning more finance roles later in the year, and we'd welcome your application then.

Kind regards,
Darren Whitely
Group Financial Controller, Greenfield Agribusiness`, 'Commercial Analyst - Greenfield Agribusiness'),

  other(`Hi Claire,

Thanks for the chat earlier - you came across really well. The client wants to meet you for the FP&A Senior Analyst role, second round with the CFO next Tuesday at 9am.

Unfortunately parking there is a nightmare so I'd recommend the metro to Macquarie Park.

Speak soon,
Sam`, 'Second round confirmed'),

  rej('application', ['generic'], {},
    `Dear Claire,

Thank you for your interest in the role of Business Performance Analyst at NSW Transit Services. Your application was assessed against the role's focus capabilities and, unfortunately, has not been shortlisted for further consideration. Due to the volume of applications, we are unable to provide individual feedback.

Thank you for your interest in working in the NSW public sector.

Talent Acquisition
NSW Transit Services

Please do not reply to this email.`, 'Business Performance Analyst - application outcome'),

  rej('final', ['position_filled'], { ...offered },
    `Hi Claire,

Thanks for your time with the CFO on Tuesday. I've just spoken to the client and, I'm sorry to say, they've decided to make the offer to the other finalist.

I know it's frustrating after getting to the last two. Give me a call when you're free and I'll pass on everything they said, good and bad.

Cheers,
Sam Hendry
Keystone Talent Partners`, 'FP&A Senior Analyst - update'),

  other(`Dear Claire,

Thank you for applying for the position of Financial Analyst - Group Planning (Job ID 2600318) at Meridian Airports.

Your application is now under review. Due to the high volume of applications received, unfortunately the review may take longer than usual. We will contact you if you are selected to proceed.

You can view your application status at any time in the Candidate Home.

Meridian Airports Talent Acquisition
Taleo | Privacy Statement | Meridian Airports is an equal opportunity employer.`, 'Meridian Airports: Application Received - 2600318'),

  rej('interview', ['position_filled'], {},
    `Hi Claire,

Apologies for the radio silence since your interview on the 24th. The Finance Business Partner role has now been filled - the candidate accepted our offer on Friday - so we're not able to take your application further.

Thanks for the time you gave us.

Kind regards,
Imogen Clarke
HR Manager, Bluegum Aged Care`, 'Finance Business Partner - Bluegum Aged Care'),

  other(`Hi Claire,

Following your conversation with our Talent team, we'd like to invite you to a one-way video interview for the Senior Commercial Analyst role at Paygrove. You'll be asked five questions and have up to three minutes to answer each.

Please complete it by Monday 13 April: https://app.hirevue.com/paygrove/sca

We know these can feel a bit impersonal - unfortunately with the volume we're seeing it's the fairest way to get to everyone. We appreciate you giving it a go.

Paygrove Talent`, 'Paygrove - next step: video interview'),

  hold('application', ['internal_candidate'], {},
    `Hi Claire,

Thank you for your application for the Commercial Finance Lead role at Ironstone Building Products.

I wanted to let you know where things stand. We have an internal applicant for this role and our policy is to assess internal candidates first. Your application is on hold until that process is complete, which should be in about three weeks. We haven't made any decision on your application yet and will be in touch either way.

Kind regards,
Megan Doyle
Talent Acquisition, Ironstone Building Products`, 'Commercial Finance Lead - status of your application'),

  rej('application', ['location'], { ...fb },
    `Hi Claire,

Thank you for your application for the Commercial Manager position at Red Gum Vineyards.

The role is based at our winery in the Barossa Valley, five days a week, and your application says you're looking to stay in Sydney. As we need someone on site full time, we won't be progressing your application.

Kind regards,
Tess Kavanagh
Operations Director, Red Gum Vineyards`, 'Commercial Manager - Red Gum Vineyards'),

  other(`Sent: Friday, 10 April 2026 4:52 PM
To: Rebecca Lim
Subject: Thank you

Hi Rebecca,

Thanks so much for taking the time to speak with me today about the role and the team's plans for the new planning system. I really enjoyed the conversation and I'm still very keen.

Unfortunately I didn't get to ask about the month-end timetable - happy to pick that up whenever suits.

Kind regards,
Claire`, 'Thank you'),

  rej('screen', ['generic'], { ...door },
    `Hi Claire,

Thanks for speaking with me on Wednesday about the Senior Commercial Analyst role at Paygrove, and for doing the video interview.

We've now decided to go ahead with a smaller group of candidates for the hiring manager interviews, and you're not among them this time. I'm still keen to keep you in mind - we're hiring a lot this year and I'd like to reach out when the next finance role opens.

Best,
Ravi Shankar
Talent Partner, Paygrove`, 'Paygrove - Senior Commercial Analyst'),

  other(`Hi Claire,

Thanks for your application to Meridian Airports. As part of the Financial Analyst - Group Planning process, we invite you to complete a numerical reasoning test and a situational judgement test through SHL.

Please complete both within 72 hours. Unfortunately incomplete tests cannot be assessed, so please set aside about 45 minutes in a quiet place.

Good luck!
Meridian Airports Talent Acquisition`, 'Meridian Airports - online assessments'),

  other(`Hi Claire,

Your recent application with Banksia Logistics - we'd love to hear about your experience.

Whatever the outcome, we appreciate your time. Please take this 2-minute survey about the process so far.

Take the survey

Banksia Logistics Candidate Experience
Unsubscribe from surveys`, 'How was your candidate experience?'),

  rej('final', ['culture_fit', 'position_filled'], { ...fb, ...door },
    `Hi Claire,

Thank you for coming through the final stage for the Finance Business Partner role with Rebecca, Josh and our COO.

This was a close call. Everyone agreed on your technical strength. Where the panel landed differently was on the style of business partnering we need: our operational leaders want a partner who pushes back hard in the room, and in the role-play you tended to defer to the site manager rather than challenge the numbers. We've offered the role to the other finalist.

Please do keep us in mind - we'd like to hear from you when other finance roles come up.

Kind regards,
Hayley Ng
Recruitment Lead, Lantern Health Partners`, 'Finance Business Partner - final outcome'),

  other(`Dear Claire,

Good news: you have been shortlisted for an interview for the Financial Analyst - Group Planning position.

Panel: Andrew Sutton (Group Planning Manager), Felicity Moore (Senior Analyst)
Date: Tuesday 5 May 2026, 10:00am AEST
Location: Meridian Airports, Level 4, Terminal Admin Building, Mascot

Unfortunately there's no public parking at the admin building; please use the P3 car park.

Please reply to confirm.

Meridian Airports Talent Acquisition`, 'Interview invitation - 2600318'),

  rej('application', ['role_closed'], {},
    `Hi Claire,

I'm writing to let you know the Head of FP&A role at Sunlit Solar has been withdrawn. The business has merged the role into the CFO's remit, so we're not hiring for it.

That means we won't progress your application. Sorry to bring this news.

Adam Kiernan
Recruitment, Sunlit Solar`, 'Head of FP&A - role withdrawn'),

  other(`Hi Claire,

Hope you're well. My name is Aisha and I'm a Manager at Trinity Street Recruitment. I saw you were looking at commercial finance roles. I have a Senior Financial Analyst opening with a large property trust in Parramatta, paying $135k + super.

Unfortunately I can't name the client in writing, but keen to tell you more if you have a moment.

Best wishes,
Aisha Rahman`, 'Senior Financial Analyst - Parramatta'),

  other(`Hi Aisha,

Thanks for reaching out. I'm already in late stages with a couple of processes so I'll pass for now - please keep me in mind if anything in FP&A comes up later in the year.

Best,
Claire`, 'Re: Senior Financial Analyst - Parramatta'),

  hold('final', ['role_closed'], {},
    `Hi Claire,

Thank you for your patience since the final interview for the Financial Analyst - Group Planning role.

I'm sorry to tell you that we need to delay the final decision. Our executive team has put all new hires on hold pending the outcome of the airline contract negotiations, which should conclude in late June. No decision has been made on any candidate and you remain in the process.

We will be in touch as soon as we can.

Kind regards,
Leonie Marsh
Senior Talent Acquisition Advisor, Meridian Airports`, 'Financial Analyst - Group Planning: update'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Claire,

Thank you for attending the interview for the Commercial Finance Lead role at Ironstone Building Products.

After completing interviews, we have decided to proceed with another candidate whose experience more closely fits what we need at this point.

Should you wish to receive feedback, please let me know and I will arrange a call with the hiring manager.

Kind regards,
Megan Doyle
Talent Acquisition, Ironstone Building Products`, 'Commercial Finance Lead - outcome'),

  other(`Hi Claire,

Thank you for agreeing to move ahead with the reference stage for the FP&A Senior Analyst role. We'd like to contact two referees, ideally a manager you reported to. Could you send their names, titles, phone numbers and email addresses?

Unfortunately we can't move to offer without them, so the sooner the better. We'll be in touch with referees only after you confirm.

Thanks,
Ella Tsang
People & Culture, Corvina Medical`, 'Reference check request'),

  rej('application', ['generic'], {},
    `Dear Claire,

Thank you for your interest in Hollins & Mere. We regret to advise that we will not be proceeding with your application for the Finance Lead role.

Kind regards,
Hollins & Mere Recruitment Team

Sent via iCIMS`, 'Your application - Finance Lead'),

  other(`Hi Claire,

Fantastic news - I'm delighted to offer you the role of FP&A Senior Analyst at Corvina Medical. The package is $128,000 base plus 11.5% superannuation, with a 10% short-term incentive target. Start date to be agreed, ideally Monday 6 July.

Sam from Keystone will also be in touch. We'll send the formal letter of offer and contract today.

Unfortunately I'm travelling tomorrow, but I'm on my mobile if you have any questions.

Warm regards,
Daniel Fraser
Chief Financial Officer, Corvina Medical`, 'Offer - FP&A Senior Analyst'),

  rej('final', ['position_filled'], { ...door },
    `Hi Claire,

Thanks for being part of the last round for the Strategic Finance Manager role at Paperbark Publishing.

We've now made an appointment: our preferred candidate has signed, so the role is filled. I'm sorry it wasn't you on this occasion.

We'd welcome an application from you for any future openings in our finance team.

Kind regards,
Ros Henderson
People & Culture Manager, Paperbark Publishing`, 'Strategic Finance Manager - Paperbark Publishing'),

  other(`Dear Claire,

Please find attached your letter of offer and employment contract for the role of FP&A Senior Analyst.

Please review, sign and return by Friday 29 May. If you have any questions about the terms, please contact me.

We're looking forward to having you join us.

Kind regards,
Ella Tsang
People & Culture, Corvina Medical

Attachments: Letter_of_Offer_CWhitford.pdf; Employment_Contract_CWhitford.pdf`, 'Your letter of offer and contract'),

  other(`Hi Leonie,

I wanted to let you know that I've accepted another offer, so I'd like to withdraw my application for the Financial Analyst - Group Planning role.

Unfortunately the timing didn't work out, but I really appreciated the process and the time Andrew and Felicity gave me.

Kind regards,
Claire Whitford`, 'Withdrawing my application - 2600318'),

  rej('application', ['generic'], {},
    `Hi Claire,

Thanks again for applying to Bottlebrush Beverages. We've decided not to move forward with your application for the Commercial Analyst role.

Best of luck!

Bottlebrush Beverages Hiring Team
Sent via Greenhouse`, 'Update from Bottlebrush Beverages'),

  other(`Hi Sam, signed and sent back to Ella this morning! Thanks for everything - sorry I was so hard to pin down in April. Claire

Sent from my iPhone`, 'Re: Offer - FP&A Senior Analyst'),

  other(`Dear Claire,

As part of your conditional offer with Corvina Medical, we need to complete a national police check and a verification of your qualifications (including your CA ANZ membership).

Please complete the consent form using the secure link below. Unfortunately we cannot confirm your start date until the checks are back, which usually takes 3-5 business days.

Thank you for your help.

Screening Services on behalf of Corvina Medical
This email was sent from a no-reply address.`, 'Action required: pre-employment checks'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Claire,

Thank you for meeting with us for the Senior Analyst role at Aurelia Asset Management.

We've decided not to progress with your application. The role needs hands-on experience with Anaplan or a similar planning platform from day one, and we don't think there's the time to build that up during the busy season.

Kind regards,
Simon Treloar
Head of Finance, Aurelia Asset Management`, 'Senior Analyst - Aurelia Asset Management'),

  other(`Hi Claire,

Welcome to Corvina Medical! Your onboarding portal is now set up. Before your first day on 6 July, please complete your TFN declaration, super choice form and bank details.

Unfortunately the portal doesn't work well on mobile, so please use a laptop.

If you have any questions, we're happy to help.

People & Culture, Corvina Medical`, 'Welcome to Corvina Medical - next steps'),

  other(`Job alert: 7 new jobs for "Commercial Finance Manager" in Sydney NSW

Commercial Finance Manager - Bluewren Pharma - Rhodes
Finance Business Partner - Harbour Club Group - Sydney CBD
Senior Financial Analyst - Ironbark Energy - North Sydney

Unfortunately, some listings close early. We'll keep sending new jobs that match your search.

JobScout | Manage alerts | Unsubscribe`, '7 new Commercial Finance Manager jobs'),

  rej('application', ['generic'], { ...door },
    `Dear Claire,

Thank you for applying for the Senior Finance Analyst role at Waratah Water. While we were impressed with your background, on this occasion we won't be moving forward.

Your details will stay in our candidate pool and we'll keep you in mind for future opportunities.

Kind regards,
Talent Acquisition
Waratah Water`, 'Senior Finance Analyst - Waratah Water'),
];
