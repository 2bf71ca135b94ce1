/**
 * Sealed messages of the twenty-sixth round. Two halves. The first: rejections, each from a different employer and
 * writer, across sectors and countries, every stage and reason. The second: one inbox, a Melbourne secondary-school
 * science teacher moving into learning design and L&D roles from February to July, with acknowledgements, invitations,
 * paperwork, outreach and her own mail beside the rejections and a few paused processes.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s26-');

export const HANDWRITTEN_SEALED_26: readonly CorpusLine[] = [
  // ── A. Rejections from many employers
  rej('application', ['generic'], { ...offered },
    `Hi Daniel,

Thanks for your interest in the Senior Data Engineer role at Brightwater Analytics. We've had a look at your application and we won't be taking it further at this time. If a few notes on your application would be useful, reply to this thread and someone from the team will send them over.

We wish you all the best in your search.

The Brightwater Recruiting Team

Sent via Greenhouse | Please do not reply directly to this email.`, 'Your application to Brightwater Analytics'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hello Priya,

Thank you for applying for Product Marketing Manager (EMEA) at Loomstack.

We read every application ourselves, and after going through yours we've decided to progress with people whose backgrounds line up more closely with what this particular team needs right now.

That said, we're growing quickly. If something new opens up that looks like you, please throw your hat in the ring again.

Cheers,
Maren Holt
Talent Partner, Loomstack

--
Powered by Lever`, 'Loomstack | Product Marketing Manager (EMEA)'),

  rej('application', ['generic'], {},
    `Dear [Candidate First Name],

Thank you for your application for the role of Claims Handler (Ref: CH-2291) with Harrowgate Mutual Insurance.

We have now reviewed all applications received and regret to inform you that on this occasion you have not been selected to proceed to the next stage.

We would like to thank you for the time you have taken and wish you every success in the future.

Yours sincerely,

Human Resources
Harrowgate Mutual Insurance plc
Registered in England No. 0417721. Harrowgate Mutual is authorised and regulated by the Financial Conduct Authority.`, 'Claims Handler - CH-2291'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hey Tom,

Good chatting on Thursday. I took your numbers back to the hiring lead and honestly the gap is too wide: the band for this one tops out around 95k and you were clear you'd need 120 plus, which I totally respect. So we're going to leave it there for this role.

If the comp picture changes or we open something more senior I'll ping you first.

Jake
Recruiting @ Fernhill Games`, 'quick follow-up'),

  rej('interview', ['generic'], { ...offered },
    `Dear Ms. Adeyemi,

Thank you for taking the time to meet with our panel last Wednesday regarding the Associate, Corporate & Commercial position at Okonkwo Balogun & Partners.

Following careful consideration, the Firm has decided not to progress your candidacy further. This decision was not an easy one given the calibre of candidates interviewed.

Should you wish to receive feedback on your interview, kindly contact the undersigned and a short call can be arranged.

We wish you the very best in your career.

Yours faithfully,

Adaeze Nwosu (Mrs.)
Head, People & Culture
Okonkwo Balogun & Partners
Plot 14, Adeola Odeku Street, Victoria Island, Lagos`, 'RE: Associate, Corporate & Commercial - Outcome'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Lukas,

Thank you for submitting the take-home for the Backend Engineer (Go) position. Our reviewers went through it carefully.

The API itself worked, but the solution didn't handle concurrent writes to the ledger, and there were no tests around the reconciliation logic, which was the core of the exercise. Unfortunately that puts it below the bar we set for moving to the technical interviews, so we won't be continuing.

Thanks again for the effort you put into it.

Best,
Sofie Brandt
Engineering Recruiter, Kassenwerk GmbH

This email was sent through Ashby.`, 'Update on your Kassenwerk application'),

  rej('final', ['position_filled'], { ...door, ...offered },
    `Hi Rachel,

I wanted to let you know personally before the automated email lands. We've made an offer to another finalist for the Head of Finance role and she has accepted it.

You were one of the two people we brought back for the final session with the board, and it was a very close call. I'd genuinely like to stay in touch; if you ever want to talk through how the day went, I'm happy to do that over coffee or a call.

Warmly,
Colin Marsh
CFO, Tallis Outdoor Co.

Sent from my iPhone`, 'Head of Finance'),

  rej('application', ['location'], { ...fb },
    `Dear Applicant,

Thank you for applying for Graduate Mining Engineer - Pilbara Operations (Req 44817).

This program is open only to Australian citizens and permanent residents. Based on the information in your application, you do not currently meet this eligibility requirement and your application cannot be considered further.

Kind regards,
Talent Acquisition
Red Plateau Iron Ltd

This is a system-generated email from Workday. Replies to this mailbox are not monitored.`, 'Your application - Graduate Mining Engineer (Req 44817)'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Sam,

Thanks so much for coming in to meet the team on Monday and for sticking around for lunch.

We've talked it over and we don't think this is the right match. We're a very small crew that works almost entirely async and in writing, and we came away feeling the way you like to work, with lots of live collaboration and structure from above, would make both sides frustrated pretty quickly. That's not a criticism of you at all, just how we operate.

All the best with the search,
Ines
Co-founder, Paperkite`, 'Paperkite'),

  rej('application', ['generic'], { ...door },
    `Your application for Store Team Member - Westfield Carindale

Hi Jess,

Thanks for your interest in joining us at Hollis & Co. We've had loads of applications for this store and we're not able to offer you an interview this time.

Keep an eye on our careers page: new roles pop up all the time and we'd love to see your name again.

Team Hollis & Co.

Unsubscribe from job notifications | Privacy Policy`, 'Your application for Store Team Member - Westfield Carindale'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Arjun,

Thanks for the call on Tuesday, it was useful to hear more about your Salesforce work.

I've discussed your profile with the hiring manager. The role needs someone who has owned a CPQ implementation end to end, and from our conversation your CPQ exposure has been on the support side rather than leading the build. For that reason they've decided not to take your application to the next round.

Best wishes,
Neha Kulkarni
Senior Consultant, Vantage Talent Partners, Bengaluru`, 'Salesforce CPQ Lead - update'),

  rej('interview', ['internal_candidate'], { ...offered },
    `Dear Mr Fitzgerald,

Re: Communications Manager, Ballyrowan County Council (Competition 2026/17)

Thank you for attending for interview on 14 October.

I wish to advise that, following the completion of the process, the post has been filled by an existing member of Council staff. You will therefore not be offered the position. Candidates may request feedback in writing from the HR Department within 14 days of this letter.

The Council thanks you for your interest.

Is mise le meas,

Siobhán Daly
Human Resources Department`, 'Competition 2026/17 - Communications Manager'),

  rej('application', ['profile_mismatch'], {},
    `Thank you for your interest in Nordlys Air

Dear Candidate,

We have now reviewed your application for the position Cabin Crew Base Oslo. Unfortunately your profile does not correspond to the requirements for this position, and we will not proceed with your application.

We thank you for the interest shown in Nordlys Air.

Best regards
Nordlys Air Recruitment

This message was generated by Teamtailor. Your data is handled in accordance with our privacy notice.`, 'Cabin Crew Base Oslo'),

  rej('final', ['generic'], { ...door },
    `Hi Mei Ling,

Thank you for spending the whole day with us at the assessment centre last Friday. I know it was a long one.

After a lot of deliberation the panel has decided not to extend an offer to you for the Management Associate Programme this intake.

We hope to see you apply again next year, the programme reopens in August.

Regards,
Clarissa Tan
Campus Recruitment, Straits Harbour Bank
Singapore`, 'Management Associate Programme 2026 - outcome'),

  rej('application', ['generic'], {},
    `Hi,

Thanks for applying. We won't be moving forward.

- Dev @ Quillmint`),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb, ...door },
    `Hello Fatima,

Thank you again for meeting with Dr Reynolds and me last week about the Research Officer post in the Centre for Coastal Ecology.

We were pleased to learn about your fieldwork in the Gulf. In the end, the panel felt that another applicant's record was a closer match, and in particular that the post calls for hands-on experience with R and mixed-effects modelling which you told us you have not yet used in a research setting.

We will be advertising two further posts on the same grant early next year and would be glad to receive an application from you then.

With best wishes,

Helen Marchetti
Centre Manager, Centre for Coastal Ecology
University of Southhaven`, 'Research Officer - Centre for Coastal Ecology'),

  rej('application', ['role_closed'], {},
    `Dear Applicant,

We are writing to let you know that requisition 2026-08812, Site Supervisor - Civil, has been cancelled by the business and will not be filled. As a result, your application will not be progressed.

Thank you for your interest in Kestrel Construction Group.

Kestrel Construction Group Talent Acquisition
(This email was sent from iCIMS. Please do not respond.)`, 'Requisition 2026-08812 cancelled'),

  rej('screen', ['generic'], {},
    `Good afternoon Kwame,

Thank you for speaking with me on Monday about the Tax Senior role. I appreciated the chat.

I'm writing to let you know that we have decided to pursue other applicants at this point.

All the best,
Lindiwe Mokoena
Talent Acquisition Specialist
Dlamini Marais Chartered Accountants, Johannesburg`, 'Tax Senior - Dlamini Marais'),

  rej('final', ['profile_mismatch'], { ...fb, ...offered },
    `Hi Chris,

I've just hung up with the client and I'm afraid it's a no for the VP Engineering role.

They liked you a lot after the final with the CEO, but they went with the other shortlisted candidate, who has taken an org from 40 to 200 engineers before. Yours was 60, and that scale-up story is what tipped it, in their words. Give me a ring whenever suits and I'll take you through the rest of what they said.

Best,
Harriet Lowe
Partner, Ashcombe Search`, 'VP Eng - news'),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the online numerical and verbal reasoning tests for the Audit Graduate Programme.

We regret to inform you that your results did not meet the threshold required to progress to the next stage of our selection process.

Kind regards,
Graduate Recruitment Team
Carrow & Finch LLP

This mailbox is unmonitored. Oleeo Recruitment Platform.`, 'Audit Graduate Programme - Online Tests'),

  rej('application', ['overqualified'], { ...fb },
    `Hi Margaret,

Thanks for sending your CV over for the Office Coordinator job. I'll be honest, with twenty years running operations for a hospital group you'd be well above the level of this role, and we worry it would not keep you challenged for long. So we're not going to take it forward, but I appreciate you thinking of us.

Best,
Gavin
Gavin Rourke | Practice Manager | Rourke & Sons Veterinary`, 'Office Coordinator'),

  rej('interview', ['generic'], { ...offered },
    `<p>Hi Ana,</p>
<p>Thank you for taking the time to interview with us for the <b>Community Manager</b> position at Ironbark Studios.</p>
<p>After much consideration, we have decided not to move forward with your candidacy.</p>
<p>If you'd like a little more insight into our decision, just reply to this message and we'll do our best to help.</p>
<p>Best,<br>Ironbark Studios People Team</p>`, 'Community Manager at Ironbark Studios'),

  rej('application', ['generic'], {},
    `Dear Mr. Whitcombe,

Thank you for your interest in the position of Assistant Curator, Decorative Arts. The Museum received a large number of applications for this post.

After careful review, we will not be inviting you to interview.

We are grateful for your interest in the Halvergate Museum of Art.

Sincerely,
Office of Human Resources
Halvergate Museum of Art`, 'Assistant Curator, Decorative Arts'),

  rej('screen', ['location'], { ...fb, ...door },
    `Hi Diego,

Thanks for the quick call this morning. As I mentioned toward the end, this Customer Success role has to be based in our Toronto office three days a week, and relocation support isn't available for it. Since you're set on staying in Mexico City, we can't move forward on this one.

If we open a fully remote CS role in LATAM, which is on the roadmap for next year, I'd love to reconnect.

Best,
Olivia Chen
Talent Acquisition, Maplestream`, 'Customer Success - Maplestream'),

  rej('final', ['generic'], { ...offered },
    `Dear Dr Haque,

Re: Consultant in Emergency Medicine - Ref 221-MED-0917

Thank you for attending the Advisory Appointments Committee on 9 September.

I am sorry to inform you that on this occasion you were not successful. Should you wish to discuss your performance on the day, the Chair of the Committee, Dr K. Ambrose, can be contacted through the Medical Staffing Team.

Thank you for your interest in Eastmoor Hospitals NHS Foundation Trust.

Yours sincerely,
Medical Staffing Team`, 'Outcome of Advisory Appointments Committee'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...offered },
    `Hi Yuki,

Thanks for turning around the case exercise so quickly. I shared it with Ben, the hiring manager.

The market sizing was thorough, but the recommendation didn't address the unit economics for the B2B segment, and he needed to see someone comfortable building a pricing model from scratch, which is a big part of this job. For that reason we're not going to continue the process.

Happy to jump on ten minutes if you want the detail.

Thanks,
Rosa
People Ops, Tideline`, 'Tideline - Strategy Associate'),

  rej('interview', ['generic'], { ...door },
    `Dear Emeka,

Thank you for the time you gave us at the interview for the role of Programme Officer (Education) at Hope Bridges Foundation.

We regret that we will not be offering you the role. Our team enjoyed the conversation and would be glad if you kept an eye on our vacancies in the coming months, as we expect to recruit again when the new grant starts.

Warm regards,
Chinwe Okafor
HR & Admin Lead
Hope Bridges Foundation, Abuja`, 'Programme Officer (Education)'),

  rej('application', ['generic'], {},
    `Hello,

Thank you for your application to the position "Warehouse Operative - Night Shift" at Delmont Logistics.

We have carefully reviewed your application. Regretfully, we have chosen not to proceed with your candidacy.

Kind regards,
Delmont Logistics

Powered by SmartRecruiters`, 'Delmont Logistics: Warehouse Operative - Night Shift'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Ollie, just following up after Friday. Thanks for making the time. Team's decided to go with someone whose background is a bit closer to what we need, so it's a no from us this time. Good luck!

Matt`),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant

Teacher of Mathematics (Maternity Cover) - Greyfriars Academy

Thank you for your application. The post requires Qualified Teacher Status and, as your application indicates you do not currently hold QTS or an equivalent recognised qualification, we are unable to shortlist you.

We wish you well.

Mrs J. Pennington
School Business Manager
Greyfriars Academy, part of the Downland Learning Trust
Greyfriars Academy is committed to safeguarding and promoting the welfare of children.`, 'Teacher of Mathematics (Maternity Cover)'),

  rej('final', ['culture_fit', 'profile_mismatch'], { ...fb },
    `Hi Jordan,

Thanks for flying out for the onsite last week. I know the travel took a chunk out of your week.

I'll be straight with you since you asked for directness. The team loved your technical depth, but a couple of the interviewers felt you'd be happier somewhere with more process; several times you came back to wanting clearly defined specs, and here engineers are expected to go and find the problem themselves. Combined with another finalist who'd already done exactly this kind of zero-to-one work, we decided to go their way.

You're going to land somewhere great.

Priscilla Young
Head of Talent, Loopwise`, 'Loopwise onsite'),

  rej('application', ['generic'], { ...door },
    `Kia ora Aroha,

Thank you for your application for Graphic Designer at Tūī Media. We have reviewed it against the role and will not be progressing it this time around.

We will keep your details on our talent database for twelve months and may be in touch if a suitable role comes up.

Ngā mihi,
Tūī Media People Team

Sent via JobAdder`, 'Graphic Designer - Tūī Media'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Noor,

Appreciate your time on our intro call yesterday.

We've compared a number of candidates for the Clinical Data Manager opening and others are a stronger fit at this stage. We won't be scheduling further interviews for you.

Best regards,
Ethan Brooks
Recruiter, Calloway Clinical Research`, 'Clinical Data Manager - next steps'),

  rej('interview', ['role_closed'], { ...door },
    `Dear Nikhil,

I hope you are well. I am writing with some disappointing news about the Regional Sales Manager - North role, for which you interviewed with Sunil and me on the 4th.

Following a reorganisation of our sales regions announced internally this week, the role as advertised no longer exists, and we are therefore closing the recruitment. This has nothing to do with your interview, which went well.

We will post the new regional roles in the first quarter and I would encourage you to look at them.

Regards,
Kavita Menon
HR Business Partner
Saraswati Agro Chemicals Ltd., Pune`, 'Regional Sales Manager - North'),

  rej('application', ['generic'], {},
    `Thank you for your interest in the position of Junior Accountant at Lysander & Co.

After reviewing your application, we have decided to move forward with other candidates.

Thanks again,
Lysander & Co.`, 'Junior Accountant - Lysander & Co.'),
  rej('interview', ['position_filled'], {},
    `Dear Ms Kowalczyk,

Thank you for attending the interview for the position of Project Coordinator at Vistula Engineering on 21 May.

We would like to inform you that the position has been already filled. We thank you for your time and effort.

With kind regards,
Agnieszka Wróbel
HR Specialist
Vistula Engineering Sp. z o.o.`, 'Project Coordinator - information'),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Hi Marcus,

Thank you for getting through all four rounds, including the final with our CTO. We really did enjoy the process with you.

Where we landed: the final conversation showed that your Kubernetes experience is mostly as a user of a platform someone else ran, and the Staff SRE will own our clusters outright with no one else to lean on. We can't take that risk in this hire, so we are not making you an offer.

Honestly, in a year or two this would be a different conversation. Please come back to us.

Thanks,
Dana Whitfield
Engineering Manager, Harbourlight`, 'Staff SRE - decision'),

  rej('application', ['generic'], {},
    `Your application status has changed

Position: Retail Banking Officer
Requisition: 26-00413
Status: Not Selected

Thank you for your interest in Coastline Credit Union.

To view your applications, log in to your candidate profile.
Taleo Business Edition`, 'Application Status Update'),

  rej('screen', ['overqualified', 'salary'], { ...fb },
    `Dear Robert,

Thank you for the telephone conversation with our HR team on Friday regarding the Warehouse Supervisor vacancy.

Having considered your application in the light of that conversation, we feel that your management experience sits well beyond what this post involves, and the salary you indicated is higher than we are able to offer at this grade. We will therefore not be taking your application forward.

Thank you for your interest in Brackley Foods.

Yours sincerely,
Sheila Haworth
HR Officer`, 'Warehouse Supervisor vacancy'),

  rej('interview', ['generic'], { ...door, ...offered },
    `Hey Leila,

Thank you for the interview yesterday and for your patience while we worked out next steps. We've decided to keep looking for this role, so we won't be moving ahead with you. I took notes during the panel and I'm glad to share them if they'd help.

I hope our paths cross again though, let's keep in touch and I'll reach out if another role pops up that I think you'd enjoy.

Cheers,
Ravi
Design Lead, Pocketfold`, 'Pocketfold'),

  rej('application', ['location'], { ...fb },
    `Hello,

Thanks for applying for the Field Service Technician role (Calgary, AB). This role requires a valid Canadian work permit or permanent residency, which we are not in a position to sponsor, so we're unable to consider your application.

Thank you,
Prairie Pump & Compressor Talent Team`, 'Field Service Technician - Calgary'),

  rej('assessment', ['generic'], {},
    `Dear Jonas,

Thank you for completing the written translation test for the position of German-English Translator.

After reviewing all submissions we have decided to proceed with other candidates. Please understand that we do not comment on individual test results.

Best regards,
Maria Santos
Vendor Manager, Lingua Bridge Ltd.`, 'Translation test result'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Aisha,

Thank you for meeting the interview panel for the Senior Policy Officer role in the Department of Housing and Communities.

The panel assessed your responses against the key selection criteria. While your answers on stakeholder engagement were strong, the panel considered that you did not demonstrate the required level of experience drafting Cabinet submissions and ministerial briefs. As a result, you have not been recommended for appointment.

If you would like feedback, please contact me on (08) 6551 2290 within the next two weeks.

Regards,
Peter Lindqvist
Panel Chair
Government of Western Australia, Department of Housing and Communities`, 'Senior Policy Officer - Outcome of Selection Process'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Grace,

Thank you for considering Emberlight for your next step and for applying to be our Operations Analyst.

Our team has reviewed your application, and we've made the decision to focus on applicants whose experience is more aligned to this opening.

We'll hold on to your details, so if a role comes up that better reflects your background we may get in touch.

Best,
Emberlight Talent

Pinpoint ATS | Manage your data`, 'Operations Analyst at Emberlight'),

  rej('final', ['internal_candidate'], {},
    `Hi Sarah,

I wanted to let you know the outcome of the final round for the Head of Content role. After the final presentations, the leadership team chose to appoint a colleague from within our editorial team who has been acting in the role.

Thank you for everything you put into the presentation. It was a tough decision.

Best,
Tom Walsh
Managing Editor, The Ledger Weekly`, 'Head of Content'),

  rej('application', ['generic'], {},
    `Dear [FIRST_NAME],

Thank you for applying to the role of Trainee Quantity Surveyor at Hendry Build Ltd.

Due to the high volume of applications, we are unable to take your application forward on this occasion.

Kind regards,

[RECRUITER_NAME]
Hendry Build Ltd`, 'Trainee Quantity Surveyor'),

  rej('interview', ['generic'], { ...offered, ...door },
    `Hi Ben,

Thanks for coming in to meet with Louise and the team on Wednesday. I'm afraid it's not good news this time: they've decided to go in another direction.

I'm more than happy to pass on any comments they shared, just let me know. And I'll definitely keep you in the loop on other accounting roles as they come through my desk.

Kind regards,
Shannon O'Brien
Senior Consultant - Accounting & Finance
Harbourview Recruitment, Sydney`, 'Louise Reid & Co - update'),

  rej('screen', ['culture_fit'], {},
    `Hi Chidi,

Thank you for the phone chat. We've reflected on it and we feel our ways of working aren't the right match for you. We have a very hands-on, in-the-office startup rhythm and much of what you described wanting sounded different from that.

We won't progress this time. Best of luck.

Amara
Ops, Kobo Ride`, 'Kobo Ride'),

  rej('application', ['role_closed'], { ...door },
    `Dear Candidate,

We are writing about your application for Graduate Trainee, Underwriting (Ref UW-GRAD-26).

Due to a change in business priorities, Silverline Insurance has decided not to run the underwriting graduate intake this year. Applications made to this vacancy will not be progressed.

We expect to reopen the graduate programme for 2027 and encourage you to reapply.

Silverline Insurance Early Careers
PageUp | Privacy`, 'Update: Graduate Trainee, Underwriting (UW-GRAD-26)'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Ifeoma,

Thanks for completing the HackerRank challenge for the Software Engineer II role. You passed 3 of the 5 test cases; our threshold to continue is 4, so we won't be moving forward with your application.

You're welcome to reapply after six months.

Thanks,
Recruiting at Stackwell`, 'Your Stackwell coding challenge'),

  rej('interview', ['profile_mismatch', 'position_filled'], { ...fb },
    `Dear Ms Roux,

Thank you for your interview for the position of Marketing Coordinator at Stellenberg Wines.

We enjoyed meeting you. The selection committee have decided to offer the position to a candidate with more experience in export markets, which is where this role will spend most of its time, and we are therefore not able to offer you the position.

Vriendelike groete,
Annelie Botha
Office Manager, Stellenberg Wines`, 'Marketing Coordinator'),

  rej('application', ['generic'], {},
    `Greetings!

Thank you for showing interest in the Associate - Operations role with us. We appreciate you applying.

We regret to let you know that your profile has not been shortlisted. Owing to volumes, we are unable to share reasons for individual profiles. Don't lose heart!

Regards,
Team TA
Tarangam Fintech Pvt Ltd`, 'Application update - Associate Operations'),

  rej('final', ['position_filled'], { ...door },
    `Dear Mr Stewart,

Principal - Glenmore Primary School

Thank you for taking part in the final stage of the selection process, including the school visit and the interview with the Board of Management.

The Board has now completed its deliberations and the post has been offered to and accepted by another candidate.

The Board would like to record its appreciation of your interest and hopes you will consider future leadership vacancies in the diocese.

Yours sincerely,
Fr. Declan Moran
Chairperson, Board of Management`, 'Principal - Glenmore Primary School'),

  rej('interview', ['salary'], { ...fb },
    `Hi Anika,

Thanks again for your time with Joanna and me. We really liked your approach to the cost-allocation question.

After discussing it internally, we cannot get near the salary you mentioned (we're capped at €68,000 for this position), and we didn't want to ask you to compromise that far. So we've decided not to continue the process.

All the best,
Wiebke Hartmann
HR Generalist, Fjordline Shipping`, 'Controller role'),

  rej('application', ['profile_mismatch'], {},
    `Dear Applicant,

Thank you for your interest in the position of Legal Counsel (Ref 04/26) at Corvale Insurance.

Your application has been considered alongside a large number of others. On this occasion, other applicants more closely met the criteria of the role and you have not been shortlisted for interview.

Yours faithfully
Corvale Insurance Legal Recruitment`, 'Legal Counsel (Ref 04/26)'),

  rej('screen', ['position_filled'], {},
    `Hi Maya,

Thanks for the call last week, it was great to hear about your agency background.

Just letting you know that the Social Media Executive role has now been filled, so we won't be arranging a second conversation.

Thanks again,
Holly
Marketing, Brambleworth Home`, 'Social Media Executive'),

  rej('interview', ['position_filled'], {},
    `Dear Mr. Zhang,

We appreciate your interest in Meridian Health System and the time you spent interviewing with our team for the Pharmacy Informatics Analyst role.

We have chosen to extend an offer to another candidate. Because of the number of people we interview, we are not able to provide individual feedback.

Sincerely,
Meridian Health System Talent Acquisition
Meridian Health System is an Equal Opportunity Employer.`, 'Pharmacy Informatics Analyst'),

  rej('final', ['generic'], { ...offered },
    `Hi Kate,

Really appreciate you coming back for the final round and the presentation to the partners.

It was genuinely close but we've decided not to make you an offer on this occasion. I know that's disappointing after such a long process. If you'd like to hear how the partners saw your presentation, I'm happy to set up 15 minutes.

Best,
Alastair
Alastair Kerr | Talent Lead | Northgate Strategy`, 'Northgate final round'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear candidate,

Thank you for applying for the Customer Support Agent (French speaking) job at Boreal Hosting.

For this job, native or C2 level French is mandatory. We saw in your application that your French is at B2 level, so we cannot continue with your application.

We wish you success.

Best regards
Boreal Hosting Recruiting
Workable`, 'Customer Support Agent (French speaking)'),

  rej('interview', ['role_closed'], {},
    `Hey Sophie, bad news I'm afraid. The board froze all new hires as of this morning so the Product Lead role is gone. Sorry, I know you did two rounds. Nothing to do with you. - Ryan`, 'Product Lead'),

  rej('screen', ['generic'], { ...door },
    `Hi Abdul,

Thanks for chatting with me about the Account Executive opening. After looking at the mix of candidates, I'm not going to put you through to the sales director this time.

I'll keep your CV on my radar for other SaaS sales roles.

Best,
Kirsty Ng
Principal Consultant, Apex Growth Recruitment, Singapore`, 'Account Executive - SaaS'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying for the position of Fundraising Officer with Riverside Hospice Trust.

We are sorry to tell you that you have not been shortlisted for interview. Due to the number of applications we cannot provide individual feedback.

With thanks,
Riverside Hospice Trust
Registered charity no. 1092817`, 'Fundraising Officer - Riverside Hospice Trust'),

  rej('final', ['profile_mismatch', 'position_filled'], {},
    `Dear Dr. Osei,

On behalf of the search committee for the Assistant Professor of Civil Engineering position, thank you for your campus visit and seminar.

The committee has completed its review and the position has been offered to and accepted by a candidate whose research agenda aligned more closely with the department's strategic priorities.

We wish you success in your academic career.

Sincerely,
Prof. Linda Gaskell
Chair, Search Committee
Department of Civil and Environmental Engineering, Redwater State University`, 'Assistant Professor search'),

  rej('assessment', ['assessment'], {},
    `Hi Tara,

Thanks for sending over the writing sample and the edit test. Unfortunately it didn't quite hit the mark for us, so we won't be taking things further.

Cheers,
Edie
Features Desk, Northerly Magazine`, 'Northerly writing test'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Vusi,

Thank you for applying for the position of Mine Planning Engineer at Kwena Platinum.

A Government Certificate of Competency (Mine Manager's Certificate) is a minimum requirement for this post and we could not find evidence of it in your application. You will therefore not proceed to the next stage.

Should you obtain the certificate, you are welcome to apply for future positions with us.

Kind regards,
Kwena Platinum Recruitment Centre`, 'Mine Planning Engineer'),

  rej('interview', ['generic'], { ...offered },
    `Guten Tag Herr Novak,

thank you for the interview regarding the position Sales Engineer. After careful consideration we decided in favor of another candidate. If you wish, I can give you a short feedback about the interview by telephone.

We wish you all the best for your future.

Kind regards
Petra Vogel
Personalabteilung, Haller Antriebstechnik GmbH`, 'Your application as Sales Engineer'),

  rej('assessment', ['location'], { ...fb },
    `Hi Marta,

Thank you for completing the portfolio task. Before sending it on to the team we re-checked the eligibility rules for this contract: it is only open to people already resident in the UK with the right to work here, and you mentioned you would need sponsorship. We have to stop here for this one.

Kind regards,
Felicity
Studio Coordinator, Blackthorn Interactive`, 'Blackthorn - Junior 3D Artist'),

  rej('application', ['generic'], { ...door },
    `Hello Hamza,

Thank you for your interest in working with the Ministry of Community Wellbeing. Your application for Data Analyst (competition CWB-26-114) was not successful.

We encourage you to continue to apply for positions with the Ontario Public Service that match your interests.

Ministry of Community Wellbeing`, 'Competition CWB-26-114'),

  rej('final', ['generic'], {},
    `Morning Neil, sorry for the delay. After the final interviews we went with the other candidate. I'm not able to go into the reasons, sorry. Thanks for your time and best of luck.

Fiona (Aldermoor Group)`, 'Aldermoor - Operations Director'),

  rej('screen', ['generic'], { ...offered, ...door },
    `Hi Callum,

Thanks for making time for the screening call about the Flight Operations Controller vacancy.

We've now finished speaking with everyone on the longlist, and we won't be inviting you to the panel stage. I'm aware that's not the news you were hoping for.

If a debrief on the call would help you prepare for other applications, drop me a line and I'll set one up. We also run this recruitment twice a year, so do have another go in the autumn round.

Kind regards,
Bronwyn Keane
Recruitment Advisor, Bluegum Regional Airlines
Adelaide Airport, SA 5950

Bluegum Regional Airlines is an equal opportunity employer. This email and any attachments are confidential.`, 'Flight Operations Controller - screening outcome'),

  rej('assessment', ['role_closed'], {},
    `Dear Ms Lindqvist,

Thank you for sitting the shorthand and court-reporting test for the Trainee Court Reporter position last month.

I regret to tell you that, owing to a review of our regional news operation, the trainee post will not now go ahead, and we are closing the vacancy without making an appointment. Your test result played no part in this.

I am sorry to bring the process to an end in this way.

Yours sincerely,

Gareth Pryce
Deputy Editor
The Carmarthen Courier`, 'Trainee Court Reporter vacancy'),

  // ── B. One inbox: a Melbourne science teacher moving into learning design (February to July)
  other(`Hi Hannah,

Thanks for applying for Learning Designer (Req 2026-0311) at Wattle Learning. We've received your application and our team will review it over the next couple of weeks.

Because of the number of applications we get, we unfortunately can't reply to every enquiry individually, but we appreciate your patience and we'll be in touch either way.

Wattle Learning Talent Team
This is an automated message from Lever. Please don't reply.`, 'Thanks for applying to Wattle Learning'),

  other(`Hannah Ferris <hannah.ferris.edu@gmail.com>
To: careers@brightpathlearning.com.au

Subject: Application - Instructional Designer (Contract)

Hi there,

Please find attached my CV and a short cover letter for the Instructional Designer contract advertised on Seek. I'm a secondary science teacher (nine years, VCE Chemistry and Biology) and I've been building online units in Canvas and Articulate Rise for my school's remote learning program since 2020. Links to two samples are in the CV.

Happy to chat any time.

Kind regards,
Hannah Ferris
0412 558 903`, 'Application - Instructional Designer (Contract)'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Hannah,

Thank you for your application for the position of Learning Designer, Faculty of Business and Economics (Position No. 0061823).

The selection panel has assessed all applications against the selection criteria. The role requires demonstrated experience designing learning for tertiary or adult learners, and your application, while strong on secondary classroom practice, did not demonstrate that experience. You have not been shortlisted for interview.

We encourage you to keep an eye on our jobs portal and to apply for other positions at the University.

Yours sincerely,
Recruitment Services
Eastbank University, Melbourne`, 'Position No. 0061823 - Learning Designer'),

  other(`Job alert: 14 new jobs for "learning designer" in Melbourne VIC

Learning Designer - Digital Education | Yarra Bend Institute of TAFE | Collingwood
Instructional Designer (12 month contract) | Banksia Financial Group | Docklands
Learning Experience Designer | Kinderly (start-up) | Richmond
...and 11 more

Unfortunately we can't show salaries for every listing. Update your alert settings or unsubscribe at any time.`, 'Job alert: 14 new jobs for "learning designer"'),

  rej('application', ['generic'], {},
    `Hi Hannah,

Thank you for your interest in the Instructional Designer role at Banksia Financial Group.

We've carefully considered your application and regret to let you know that we won't be progressing it further.

We wish you well in your job search.

Kind regards,
Banksia Talent Acquisition

This email was sent from Workday. Please do not reply to this address.`, 'Your application with Banksia Financial Group'),

  other(`Hi Hannah,

I came across your profile while looking for educators who've made the jump into corporate learning and wanted to reach out. I'm recruiting for a Learning Consultant role with one of the big four consultancies here in Melbourne, 6-month contract with a strong chance of extension.

I know it may not be exactly what you're looking for, and unfortunately the pay is a little lower than permanent roles, but the team is really keen on people with classroom backgrounds. Would you be open to a quick chat this week?

Cheers,
Brodie Tan
Senior Consultant, Learning & Development | Coastal People Recruitment
Sent via LinkedIn`, 'Learning Consultant opportunity - open to a chat?'),

  other(`Hi Brodie,

Thanks for getting in touch! Yes, I'd be keen to hear more. I'm free Thursday after 3:45 (school finishes then) or any time Friday during my free periods, 11:00 to 12:30.

Hannah`, 'Re: Learning Consultant opportunity - open to a chat?'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Hannah,

Thanks so much for the chat on Thursday, it was great to hear about how you've built the Year 10 chemistry unit online.

I put your profile forward to the client, and I'm sorry to say they've gone with candidates who've already worked inside a corporate L&D team. They're after someone who can hit the ground running in that environment.

I'll absolutely keep you front of mind. There's plenty of education-sector work that comes across my desk and I think you'd be a great fit for some of it.

Cheers,
Brodie

Brodie Tan
Senior Consultant, Learning & Development
Coastal People Recruitment`, 'Learning Consultant - update'),

  other(`Dear Hannah,

Your application for Learning Designer - Digital Education (Job ID 13307) has been successfully submitted to Yarra Bend Institute of TAFE.

What happens next? Applications are reviewed after the closing date. Regrettably we are unable to provide a timeframe, but shortlisted applicants will be contacted for interview. Thank you for your patience.

You can track your application status through the candidate portal.

Yarra Bend Institute of TAFE
PageUp People`, 'Application received - Job ID 13307'),

  other(`Hi Hannah,

Thank you for applying for the Learning Experience Designer role at Kinderly! We loved reading about your remote-learning units.

We'd like to invite you to a 20-minute intro call with me to talk about the role and your background. You can pick a time that works for you here: https://cal.kinderly.io/jess/intro

Looking forward to it,
Jess Okoro
People & Culture, Kinderly`, 'Kinderly - intro call'),

  other(`Hi Jess,

Booked for Tuesday 3 March at 4:15pm. Looking forward to it!

Hannah

Sent from my iPhone`, 'Re: Kinderly - intro call'),

  rej('application', ['generic'], {},
    `Dear Hannah Ferris,

Thank you for your application for the role of Education Officer - Curriculum Resources, VPS Grade 4 (Reference VG/DE/26/0288) with the Department of Education.

All applications have been carefully considered and we regret to advise that you have not been shortlisted for further assessment on this occasion. Given the volume of applications, we are unable to provide individual feedback at the shortlisting stage.

Thank you for your interest in working with the Victorian Public Service.

Yours sincerely,
People Division
Department of Education`, 'VG/DE/26/0288 - Education Officer - Curriculum Resources'),

  other(`Hi Hannah,

Thanks for chatting yesterday! As promised, here is the next step. We'd like you to put together a short design task:

Take one concept from our Year 5-6 fractions module (link below) and storyboard a 5-minute interactive activity for it. A rough storyboard in any tool is fine. We're more interested in your thinking than polish.

Please send it through by Monday 16 March. If that timing doesn't work, unfortunately we're on a tight schedule but just let me know and we'll see what we can do.

Thanks!
Jess Okoro
People & Culture, Kinderly`, 'Kinderly - design task'),

  other(`Dear Hannah,

Your application status for Instructional Designer (Contract), BrightPath Learning, has been updated to: Under Review.

We appreciate your patience while the hiring team considers all candidates. You will be notified of any change.

BrightPath Learning Careers
Powered by JobAdder. Do not reply to this email.`, 'Application status updated'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...door },
    `Hi Hannah,

Thank you for the time you put into the fractions storyboard. The team reviewed it on Friday.

There was plenty we liked, especially your checks for understanding. But the activity was quite text-heavy for a 10-year-old audience and leaned on the teacher to run it, where our product has to work with a child alone on a tablet. That self-directed, game-based design is core to this role, so we've decided not to move you to the team interview.

We're hiring again in the second half of the year and I'd love you to apply then.

Jess`, 'Kinderly - your design task'),

  rej('application', ['generic'], { ...door },
    `Hi Hannah,

Thank you for applying for Instructional Designer (Contract) at BrightPath Learning.

We received a very high number of applications for this position and, on this occasion, you haven't been selected to proceed.

We'll hold your details in our talent pool and get in touch if a suitable opportunity arises.

Regards,
BrightPath Learning Recruitment`, 'BrightPath Learning - Instructional Designer (Contract)'),

  other(`Hi Hannah,

Thanks for applying to the Learning Designer role at Wattle Learning. Your application has moved to the next stage! Our recruiter, Amelia, will reach out shortly to schedule a phone screen.

In the meantime, unfortunately our calendar is quite full over the Labour Day long weekend, so it might be a few days before you hear from us.

Wattle Learning Talent Team`, 'Your Wattle Learning application - next stage'),

  other(`Hi Hannah,

Amelia from Wattle Learning here. Would you be free for a 30-minute phone screen on Wednesday 11 March at 12:30pm or Thursday 12 March at 4pm? Just reply with whichever suits.

Thanks,
Amelia Ruiz
Talent Partner, Wattle Learning`, 'Phone screen - Learning Designer'),

  other(`Hi Amelia, Thursday 4pm is great, thank you. My mobile is 0412 558 903. Hannah`, 'Re: Phone screen - Learning Designer'),

  hold('screen', ['role_closed'], {},
    `Hi Hannah,

Thanks again for the chat on Thursday, I really enjoyed hearing about your remote-learning work.

I wanted to give you an honest update: our leadership team has just put a pause on new hiring while we finalise our budget for the next financial year, and the Learning Designer role is included in that. Nothing has been decided about your application and you're still very much in the mix; we simply can't schedule the next interviews until the freeze lifts, which we expect to be some time in May.

Sorry to leave you waiting. I'll be in touch as soon as I know more.

Amelia`, 'Learning Designer - quick update'),

  other(`Hi Hannah,

Thank you for your interest in joining the Monash Avenue Talent Community! You'll now receive updates about education and learning roles that match your interests.

We appreciate you taking the time to share your details with us. While joining the community isn't an application for a specific role, we'll keep you in mind and let you know when relevant positions open.

Warm regards,
Talent Acquisition
Monash Avenue University

Update your preferences | Unsubscribe`, 'Welcome to the Monash Avenue Talent Community'),

  rej('application', ['profile_mismatch'], {},
    `Hi Hannah,

Thanks for applying for the L&D Specialist position at Ferrier Consulting.

After reviewing the applications, we've decided to move forward with candidates whose experience more closely matches our needs for this role.

Thanks for your time and interest.

Ferrier Consulting Careers
Sent via Greenhouse`, 'Ferrier Consulting - L&D Specialist'),

  other(`Dear Hannah,

Thank you for applying for the position of Learning Designer - Digital Education (Job ID 13307).

We are pleased to invite you to an interview with the selection panel on Tuesday 24 March at 10:00am, at our Collingwood campus, Building C, Level 3. The interview will take approximately 45 minutes. Please bring photo identification.

The panel will consist of:
- Deb Calloway, Manager, Digital Learning
- Ravi Suresh, Senior Learning Designer
- Karen Ho, HR Business Partner

We regret we are unable to reimburse travel costs. Please confirm your attendance by replying to this email.

Kind regards,
Lena Papadopoulos
Recruitment Officer
Yarra Bend Institute of TAFE`, 'Interview invitation - Job ID 13307'),

  other(`Hi Lena,

Thank you, I'm pleased to confirm I'll attend on Tuesday 24 March at 10am. I've arranged cover at school.

Kind regards,
Hannah Ferris`, 'RE: Interview invitation - Job ID 13307'),

  rej('application', ['location'], { ...fb },
    `Hi Hannah,

Thanks for your application for Learning Experience Designer at Harbour & Pine. We should have been clearer in the ad: this role is based in our Sydney office four days a week. You mentioned in your application that you're staying in Melbourne, so unfortunately we can't take it further.

All the best,
Lucy
Harbour & Pine People Team`, 'Harbour & Pine - Learning Experience Designer'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb, ...offered },
    `Dear Hannah,

Thank you for attending the interview for the position of Learning Designer - Digital Education on 24 March.

The panel appreciated your thoughtful answers and your examples from the classroom. After careful consideration, the panel has decided not to recommend you for appointment, as other applicants brought experience more closely aligned with the role. In particular the panel was looking for experience with competency-based training and the Training Package requirements that apply to VET, which you indicated you had not yet worked with.

If you would like to discuss the outcome, please contact Deb Calloway on (03) 9214 7730.

Kind regards,
Lena Papadopoulos
Recruitment Officer
Yarra Bend Institute of TAFE`, 'Outcome - Job ID 13307'),

  other(`Hi Hannah,

How was your experience applying to Wattle Learning? We'd really appreciate two minutes of your time on a short survey. Your answers are anonymous and help us improve.

Take the survey: https://survey.wattle.io/c/8821

Thanks for your patience while we work through our hiring process.

Wattle Learning Talent Team`, 'Tell us about your experience'),

  rej('interview', ['generic'], {},
    `Dear Hannah

Thank you for coming in to meet Mrs Lawson and Mr Patel on Monday about the position of Digital Learning Coordinator. They enjoyed hearing about your work at Eastfield.

Unfortunately you have not been successful on this occasion.

Regards
Oakhurst Grammar School
Human Resources`, 'Digital Learning Coordinator'),

  other(`Hi Hannah,

We noticed you viewed Instructional Designer roles recently. Here are jobs you might like:

- Instructional Designer | AusTrust Bank | Melbourne CBD | Full time
- eLearning Developer | Greenleaf Health | Box Hill | Contract
- Learning Designer | Southern Cross TAFE | Frankston | Full time

Don't miss out. Some roles close soon.

Seek
You're receiving this because you have a Seek profile. Manage emails.`, 'Jobs you might like'),

  rej('screen', ['salary'], { ...fb },
    `Hi Hannah,

Thanks for the phone screen yesterday about the eLearning Developer contract at Greenleaf Health.

I've spoken to the hiring manager and unfortunately the daily rate for this contract is fixed at $550, which is well under the $750 you said you'd need to leave teaching. So we won't go any further this time.

Best of luck,
Tanvir Ahmed
Talent Acquisition Advisor
Greenleaf Health`, 'eLearning Developer contract'),
  other(`Dear Hannah,

Thank you for your application for the position of Learning Designer (Education Innovation), Ridgeway University, Position 4471.

We are pleased to advise that you have been shortlisted. As part of the next stage, the panel would like to review a portfolio of your work. Please send three to five examples of learning materials you have designed, with a short note on the learners, the context and your role, by Friday 17 April. Examples from school settings are perfectly acceptable.

Following the portfolio review, shortlisted applicants will be invited to an interview.

Kind regards,
Nadia Shah
Talent Acquisition Consultant
Ridgeway University`, 'Position 4471 - shortlisting and portfolio'),

  other(`Hi Nadia,

Attached is my portfolio for Position 4471: a Year 9 forces unit in Canvas, an Articulate Rise module on lab safety for new staff, and a VCE Chemistry revision course with a short note on each.

Please let me know if any of the links don't open.

Kind regards,
Hannah`, 'RE: Position 4471 - shortlisting and portfolio'),

  rej('application', ['overqualified'], { ...fb },
    `Hi Hannah,

Thank you for applying for the Learning Support Officer role with Parkvale Education.

We were impressed by your experience. Honestly, with nine years as a classroom teacher and your curriculum leadership, you are well beyond the scope of this entry-level support position, and we don't think it would make good use of your skills. We've decided not to progress your application for this role.

Kind regards,
Sarah McLeod
Operations Manager, Parkvale Education`, 'Learning Support Officer'),

  other(`Dear Hannah,

Thank you for your portfolio. The panel was pleased to review it and we would like to invite you to interview for Position 4471, Learning Designer (Education Innovation).

Date: Wednesday 29 April
Time: 2:00pm
Format: Microsoft Teams (link to follow)

Unfortunately we are not able to offer alternative times due to panel availability. Please confirm by return email.

Kind regards,
Nadia Shah
Talent Acquisition Consultant
Ridgeway University`, 'Interview invitation - Position 4471'),

  other(`Hi Hannah,

Just a friendly reminder that your interview with AusTrust Bank for Instructional Designer is tomorrow, Tuesday 21 April, at 9:30am at 180 Collins Street, Level 14. Please ask for Mei at reception.

We look forward to meeting you.

AusTrust Talent Acquisition
Do not reply - this mailbox is not monitored`, 'Reminder: your interview tomorrow'),

  rej('application', ['generic'], { ...door },
    `Hi Hannah,

Thank you for taking the time to apply for the Learning Designer position at Southbank Institute of Technology.

We have now completed our shortlisting and, on this occasion, your application will not be progressing. We encourage you to keep exploring opportunities with us.

Southbank Institute of Technology Careers
Oleeo`, 'Your application - Learning Designer'),

  other(`Hi Hannah,

Really sorry to do this, but our L&D manager has been called into an executive offsite on the 21st. Unfortunately we need to move your interview. Would Thursday 23 April at 9:30am work instead? Same place.

Apologies for the inconvenience,
Mei Wong
Recruitment Coordinator, AusTrust Bank`, 'Interview time change'),

  other(`No problem at all Mei, Thursday 23rd at 9:30 suits me. Thanks, Hannah`, 'Re: Interview time change'),

  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Hi Hannah,

Thank you for meeting with Jonah and me at Sprout Academy last week. We really enjoyed it.

We've decided not to move forward. We're a team of six who ship something new every week and are happy to throw things out just as fast, and we felt from the conversation that you're at your best with more time to plan and refine. That's a real strength, just not the way we work right now.

If it'd be useful to talk through anything, let me know and I'll make time.

Take care,
Priya Venkatesh
Founder, Sprout Academy`, 'Sprout Academy'),

  other(`Hi Hannah,

Thanks for coming in on Thursday. The team enjoyed meeting you and we'd like to invite you to the final stage for the Instructional Designer role: a one-hour session with our Head of Learning, Gareth Lim, including a 15-minute walk-through of a short module you'd design for new branch staff on spotting scams. Brief attached.

Could you do Wednesday 6 May at 2pm?

Best,
Mei Wong
Recruitment Coordinator, AusTrust Bank`, 'Final stage - Instructional Designer'),

  hold('interview', ['generic'], {},
    `Dear Hannah,

Thank you for attending the interview for Learning Designer at Southern Cross TAFE on 28 April.

I'm writing to let you know that the panel's decision has been delayed. Two members of the panel are on leave and we will not be able to finalise the outcome until late May. No decision has been made about any candidate, and your application remains under consideration.

We apologise for the delay and appreciate your patience.

Regards,
Michelle Fraser
HR Advisor, Southern Cross TAFE`, 'Learning Designer - update on timing'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hey Hannah,

Cheers for the call on Monday. I've had a think and spoken with the lead on our side.

The thing that's holding us back is authoring tools. This is a build-heavy role and we need someone who's already produced a good amount in Storyline 360 with variables and triggers; from what you said, you've mostly been in Rise and Canvas. So we won't go further for now.

Do some Storyline projects over the winter break and come back to us. I mean that.

Luke Barnes
Studio Lead, Pixel & Chalk eLearning`),

  other(`Dear Hannah,

Thank you for attending the interview for Position 4471. The panel would now like to contact your referees.

Could you please provide the names, roles and contact details of two referees, one of whom should be your current principal or another direct supervisor? We will let you know before we contact them.

Please note that referee checks are standard at this stage and do not mean a final decision has been made.

Kind regards,
Nadia Shah
Ridgeway University`, 'Referee details - Position 4471'),

  other(`Hi Nadia,

My referees are:
1. Mr Robert Kaye, Principal, Eastfield Secondary College - 0419 221 086
2. Ms Anita Sharma, Head of Science, Eastfield Secondary College - 0422 773 401

Robert knows you may call this week.

Thanks,
Hannah`, 'RE: Referee details - Position 4471'),

  rej('final', ['position_filled', 'profile_mismatch'], { ...fb, ...door, ...offered },
    `Hi Hannah,

Thank you for the walk-through on Wednesday. Gareth thought the scam module was clever, and the branch scenario was a great idea.

We've now offered the role to another finalist, who has a few years of experience designing compliance training in financial services, and she's accepted. It was close.

Gareth asked me to say he'd be happy to give you some pointers if you'd like to grab 15 minutes with him. And we'll look out for you when the next role in the team comes up.

Best,
Mei Wong
Recruitment Coordinator, AusTrust Bank`, 'Instructional Designer - AusTrust'),

  other(`Hi Hannah,

Brodie again from Coastal People. I know the consulting role didn't come off, but I've just taken a brief from a Melbourne university for a 9-month Learning Designer contract and I think you'd be a strong candidate. Sorry it's taken a while to get back to you. Free for a quick call tomorrow?

Cheers,
Brodie`, 'New role - thought of you'),

  rej('application', ['internal_candidate'], {},
    `Dear Hannah,

Re: Learning Designer (9-month fixed term), Faculty of Health

Thank you for your application. We wish to advise that following an internal expression of interest, the position has been filled by a current staff member and the external recruitment has therefore been withdrawn.

We thank you for your interest in the University.

Yours sincerely,
Human Resources
Ashgrove University`, 'Learning Designer (9-month fixed term), Faculty of Health'),

  other(`Dear Hannah,

We are delighted to let you know that the selection panel has recommended you for appointment to the position of Learning Designer (Education Innovation), Position 4471, Level HEW 7.

Nadia will call you tomorrow to talk through the details, and your formal letter of offer will follow by email.

Congratulations, and we hope you'll join us.

Dr Simone Achebe
Director, Education Innovation
Ridgeway University`, 'Position 4471 - outcome'),

  other(`Hi Nadia,

Thank you so much for the call this morning. I'm delighted to accept the offer, and I've signed and attached the letter of offer.

As discussed I will need to give the school a full term's notice, so a start date of Monday 13 July works.

Kind regards,
Hannah`, 'RE: Letter of offer - Position 4471'),

  other(`Dear Hannah,

Welcome to Ridgeway University! To complete your appointment, please provide the following before your start date:

1. A National Police Check (we will send a link to our provider; the cost is covered by the University)
2. A current Working with Children Check. As you are a registered teacher, your VIT registration can be used; please send your registration number
3. Proof of identity (passport or driver's licence)
4. The enclosed tax file number declaration and superannuation choice form
5. Bank details via the staff portal

Unfortunately we cannot finalise your appointment until all items are received, so please complete these by 26 June. We appreciate your help.

Kind regards,
HR Onboarding Team
Ridgeway University`, 'Pre-employment checks and paperwork'),

  hold('application', ['role_closed'], {},
    `Hello Hannah,

Thank you for your application for Learning Designer (Digital Programs) with the Department of Families and Community Services.

We are writing to advise that the recruitment for this position has been temporarily put on hold pending the outcome of the State Budget. Your application has been retained, and we will contact you when the process resumes.

We apologise for any inconvenience.

People and Culture Branch
Department of Families and Community Services`, 'Learning Designer (Digital Programs) - recruitment on hold'),

  rej('interview', ['generic'], {},
    `Dear Hannah,

Thank you for your patience while the panel finalised its decision for the Learning Designer role at Southern Cross TAFE.

I regret to inform you that you have not been successful on this occasion. Thank you for the time you gave to the process.

Regards,
Michelle Fraser
HR Advisor, Southern Cross TAFE`, 'Learning Designer - outcome'),

  rej('screen', ['role_closed'], {},
    `Hi Hannah,

I promised I'd come back to you once the hiring freeze was sorted. I'm sorry to say that in the new budget the Learning Designer position wasn't approved, so we're closing the role and won't be able to continue with your application.

Thank you for your patience through all of this.

Amelia Ruiz
Talent Partner, Wattle Learning`, 'Learning Designer - update'),

  other(`Hi Jenna,

Thank you for the second interview last week and for being so generous with your time. I've accepted a learning design role at a university, so I'd like to withdraw from the process for the Learning Consultant position at Calder Advisory.

I'm sorry to do this late in the process. I really enjoyed meeting the team and hope our paths cross again.

Kind regards,
Hannah Ferris`, 'Withdrawing my application - Learning Consultant'),

  other(`Hi Hannah,

Thanks for letting us know, and congratulations! That's a lovely move. Unfortunately for us, we'll lose a strong candidate, but we understand completely. We'll keep you in mind for future roles, and please stay in touch.

Jenna Cole
Talent Acquisition, Calder Advisory`, 'RE: Withdrawing my application - Learning Consultant'),

  rej('application', ['generic'], {},
    `Hi Hannah, thanks for applying to Lumen Labs. We're not taking your application forward for Learning Experience Designer. All the best. - The Lumen Labs team (sent via Ashby)`),

  hold('final', ['role_closed'], {},
    `Dear Hannah,

Thank you for completing the final interview for the Graduate Learning Program Designer role at Kestrel & Vine on 2 June.

Our client-side restructure has caused a delay and we have been asked to pause all hiring decisions for this role until the end of July. You remain one of the two candidates under consideration and nothing has been decided.

We appreciate your patience and will be in touch.

Warm regards,
Dominic Reyes
People Lead, Kestrel & Vine`, 'Program Designer - timing'),

  rej('assessment', ['generic'], {},
    `Hi Hannah,

Thank you for completing the online situational judgement test and the written exercise for the Learning & Development Advisor role at Yarra Basin Water.

We have reviewed all results and will not be taking your application further.

Kind regards,
Yarra Basin Water Recruitment
iCIMS`, 'Learning & Development Advisor - update'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Hannah,

Thank you for applying for the Instructional Designer vacancy at Quokka Software. We've considered your application against the role and have decided that others on our shortlist are a closer match for what we need right now.

We'd welcome an application from you for future vacancies, we often look for people with teaching backgrounds in our customer education team.

Best,
Quokka Software Talent Team
Teamtailor`, 'Quokka Software - Instructional Designer'),

  other(`Hi Hannah,

Good news: your application for Learning Designer at Northern Lights Health was viewed by the employer on 9 July.

We can't tell you what happens next, unfortunately, as each employer runs its own process. If they'd like to take things further, they'll contact you directly.

Other roles you may be interested in:
- Clinical Educator (eLearning) | Northern Lights Health | Epping
- Learning Designer | Waratah Online Education | Remote

Seek
Manage your notification settings`, 'Your application was viewed'),
];
