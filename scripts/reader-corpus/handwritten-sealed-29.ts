/**
 * Sealed messages of the twenty-ninth round. Two halves. The first: rejections, each from a different employer and
 * writer, across sectors and countries, at every stage. The second: one inbox, a registered nurse in San Antonio,
 * Texas moving into clinical informatics, nurse education and utilisation review, from February to July: rejections,
 * paused processes and look-alike mail.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s29-');

export const HANDWRITTEN_SEALED_29: readonly CorpusLine[] = [
  // ── A. Rejections from many employers
  rej('application', ['generic'], {},
    `Hi Tomasz,

Thanks for your interest in the Senior Data Engineer role at Quillmark. We've reviewed your application and have decided not to move forward at this time.

We wish you the best in your search.

The Quillmark Recruiting Team

--
This message was sent via Greenhouse. Please do not reply directly to this email.`, 'Your application to Quillmark'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hello Aisling,

Thank you for taking the time to apply for Payments Product Manager at Fernwood Pay. Having looked closely at your background, we don't think it lines up with what this particular team needs right now, so we won't be progressing your application.

That's not a verdict on you, just on this match. New roles open on our careers page most weeks and we'd be glad to see your name again on one that suits.

Warmly,
Talent at Fernwood Pay
Sent with Lever`, 'Fernwood Pay | Payments Product Manager'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Reference: REQ-2026-11873 – Accounts Payable Specialist

We have carefully reviewed your application. Unfortunately, you have not been selected to proceed further in the recruitment process for this requisition.

Please do not respond to this email as this mailbox is not monitored. You can check the status of all your applications by logging in to your candidate home page.

Harrowgate Logistics Group is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status.`, 'An update on your application - REQ-2026-11873'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Rohan,

Thank you for applying for the Process Integration Engineer (Etch) position at Tessaract Semiconductor, Hsinchu.

This role needs hands-on experience with plasma etch tools in a 300mm fab, and we could not find that in your CV; your process work appears to be in PCB assembly. For that reason we are not able to take your application forward.

Your profile has been saved in our system, and our recruiters do search it when new openings in assembly and test come up.

Best regards,
Joyce Lin
Talent Acquisition, Tessaract Semiconductor Co., Ltd.`, 'Tessaract Semiconductor – Application 44871'),

  rej('application', ['generic'], { ...door },
    `Hi there Ngozi!

A big thank you from all of us at Crumb & Kettle for wanting to join the shop floor team in Ikeja. We had a huge response and we're not able to offer you a spot this time around.

Keep an eye on our Instagram – we're opening two more branches in Lekki later this year and we'd love it if you applied again.

Cheers,
Funmi
People Lead, Crumb & Kettle`, 'Crumb & Kettle – your application'),

  rej('application', ['location'], { ...fb },
    `Hi Diego,

Thanks for applying to the Solutions Architect opening at Brightseam. Unfortunately this position is limited to candidates who already have the right to work in Canada, and we aren't able to sponsor a work permit for it. Your application mentions you'd need sponsorship, so we can't progress it.

Sorry to bring disappointing news.

Hélène Morin
Talent Partner, Brightseam (Montréal)
Powered by Ashby`, 'Brightseam application update'),

  rej('application', ['generic'], {},
    `Dear [Candidate First Name],

Thank you for your application for the position of {{Job_Title}} with Pellworth Homes.

We regret to inform you that on this occasion your application has not been successful.

We thank you for your interest in Pellworth Homes and wish you every success in the future.

Yours sincerely,

HR Department
Pellworth Homes Ltd, Registered in England No. 04418820`, 'Your application with Pellworth Homes'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Margaret,

I'm writing personally because your application stood out, honestly. You've run regional operations for a decade, and the Store Supervisor role in Galway is a front-line position reporting to a manager with far less experience than you have. We think you'd find it too junior and we'd struggle to keep you, so we've decided not to move you forward for it.

If an area manager role comes up in the west I'll contact you directly – I've flagged your file.

Kind regards,
Declan Fahy
Retail Recruitment, SecondWind Charity Shops`, 'Store Supervisor, Galway'),

  rej('application', ['generic'], {},
    `Thank you for your interest in Aurelis Cruises. After reviewing your application for Guest Services Associate (Ship-based), we will not be moving forward.

Aurelis Cruises Shoreside Talent
This email was generated by iCIMS. Replies are not read.`, 'Aurelis Cruises – Guest Services Associate'),

  rej('application', ['skills_gap', 'salary'], { ...fb },
    `Hi Priyanka,

Thanks so much for applying to the Growth Marketing Lead role at Tally & Finch. I've gone through your application with the founders.

Two things made us hold back. Your experience is mostly in large-brand B2C campaigns and we're looking for someone who has lived inside a small B2B funnel. And the salary you listed (₹48 LPA) is well over what we've set aside for this hire, which tops out around ₹30.

So we won't take it further, but thanks for the thoughtful cover note.

Regards,
Anand Iyer
Co-founder, Tally & Finch`, 'Re: Growth Marketing Lead'),

  rej('application', ['role_closed'], { ...door },
    `Dear Sipho,

Thank you for applying for the Junior Quantity Surveyor vacancy with Ndlovu Kruger Developments.

We have to let you know that the position has been withdrawn following a review of our 2026 project pipeline, so we will not be continuing with any applications for it.

We will retain your CV for six months and may contact you should a similar opportunity become available.

Regards,
Human Resources
Ndlovu Kruger Developments (Pty) Ltd, Sandton`, 'Junior Quantity Surveyor – vacancy withdrawn'),

  rej('application', ['generic'], {},
    `Hello Li Wei,

We appreciate you considering Mariner Bay Capital. Unfortunately, we won't be moving ahead with your application for Operations Analyst.

Best,
Mariner Bay Capital
Sent via Workable | Unsubscribe`, 'Operations Analyst at Mariner Bay Capital'),

  rej('application', ['profile_mismatch'], {},
    `Good afternoon Chidi,

Thank you for your submission for the Associate, Corporate & Commercial position at Adeyemi Okafor & Partners.

The firm received a considerable number of applications. Having reviewed them against the requirements of the practice group, we have concluded that other applicants' experience was better suited to the firm's present needs. We are therefore unable to offer you an interview.

Yours faithfully,
Graduate and Lateral Recruitment
Adeyemi Okafor & Partners, Victoria Island, Lagos`, 'Application: Associate, Corporate & Commercial'),

  rej('application', ['generic'], { ...door },
    `Hey Jordan — thanks for sending your stuff over for the A&R Coordinator spot. We're passing for now. Don't be a stranger though, send us what you're working on next year.

- Mel, Low Tide Records`, 'A&R coordinator'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Ms. Hartmann,

Thank you for your interest in the Teacher of Mathematics (Grades 9–12) posting with Riverbend Unified School District.

Applicants for this position must hold a valid Texas educator certificate in Mathematics 7–12 at the time of hire. Our review found that your application does not include this certification, and therefore it could not be referred to the campus principal.

If you obtain certification, you are welcome to submit a new application.

Human Resources – Certified Staffing
Riverbend Unified School District`, 'Posting #T-2026-0381 Mathematics Teacher'),

  rej('application', ['generic'], {},
    `Hi Akira,

Thank you for applying to Orbis Launch Systems. We received a lot of strong applications for the Avionics Test Technician role, and after careful consideration we've chosen to proceed with other applicants.

We really appreciate the time you put into this.

Orbis Launch Systems Talent Team`, 'Orbis Launch Systems – application update'),

  rej('application', ['position_filled'], {},
    `Dear Ahmed,

Many thanks for your application for the Brewhouse Operator position at Kilnhouse Brewing Co.

I'm sorry to say we filled the post before we got to your application – we had someone start last Monday. I should have closed the ad sooner.

All the best,
Rhys Pritchard
Head Brewer`, 'Brewhouse Operator'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying to Sutherland Keane Consulting. Please be advised that your application for Business Analyst – Public Sector has been reviewed and will not be progressed.

Due to the volume of applications received we are unable to provide individual feedback.

Recruitment Team
Sutherland Keane Consulting

Privacy notice: we will hold your data for 12 months in line with our candidate privacy policy.`, 'Sutherland Keane – Business Analyst'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Farah,

Thank you for applying for Clinical Trial Associate at Veridian Bio. We looked at your application together with many others and felt that candidates with backgrounds closer to the position would go forward this round.

We'd still encourage you to look at other openings; your details are in our talent network now.

Sincerely,
Veridian Bio Talent Acquisition
(SmartRecruiters)`, 'Your Veridian Bio application'),

  rej('application', ['generic'], {},
    `Thank you for applying to Coastline Power & Water.

We have reviewed your application for Meter Reader II (Req 08812) and you were not selected for further consideration.

This is an automatically generated message. Please do not reply.
Coastline Power & Water is an equal opportunity employer, including disability and veterans.`, 'Application Status – Req 08812'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Hallo Sven,

thank you for apply to the Backend Developer (Go) position at Stadtwerk Digital GmbH. We have look at your profile with interest.

Unfortunately the team need someone with German on at least B2 level, because all customer documentation is German, and also the role is in office in Leipzig four days a week, which your application say is not possible for you. So we can not continue with your application.

Friendly greetings,
Katrin Vogel
HR Stadtwerk Digital GmbH`, 'Deine Bewerbung / Your application'),

  rej('application', ['generic'], { ...offered },
    `Hi Kwame,

Appreciate you applying for the Customer Success Manager opening at Loomline. We've decided to go a different way for this hire.

If it would help to hear a little more about how we made the call, just reply and I'll do my best.

Rachel Ostrowski
Recruiter, Loomline
Sent via Rippling`, 'Loomline | Customer Success Manager'),

  rej('application', ['generic'], {},
    `Dear Applicant:

Thank you for your interest in employment with the U.S. Department of Energy. This notice is to inform you that you were not selected for the position of Program Analyst, GS-0343-11, Announcement DOE-26-HQ-0092-MP.

The selecting official has made a selection from the certificate of eligibles.

This message was sent from an unmonitored mailbox.`, 'Notice of Non-Selection'),

  rej('application', ['generic'], {},
    `Hi Sophie, thanks for applying to Wicklow Greens. We're not progressing your application for the Sous Chef role. Good luck! — Niamh`, 'Sous Chef'),

  rej('application', ['culture_fit'], { ...fb },
    `Hi Mateus,

Thanks for the application for Senior Designer at Pollen Studio. I read your cover letter twice – it's clear you love working autonomously and dislike being "managed by committee", as you put it. We're a very collaborative, critique-heavy studio where every piece goes through group review, and I think you'd be frustrated here.

So we'll pass, with respect.

Isabel Cortez
Creative Director, Pollen Studio`, 'Pollen Studio – Senior Designer'),
  // screen
  rej('screen', ['generic'], { ...door },
    `Hi Bea,

Thanks again for hopping on the phone with me on Thursday – I enjoyed hearing about your time at the agency. I've now talked it through with the hiring team, and they've decided to keep looking for the Content Strategist role rather than move you to the next step.

I'll keep your details close and will reach out if something fits better down the line.

Take care,
Jonas Whitfield
Talent Acquisition, Harbourlight Media`, 'Following up on our call'),

  rej('screen', ['salary'], { ...fb },
    `Hi Marcus,

Thank you for the intro call yesterday. As we discussed, the band for the Senior Site Reliability Engineer role is CAD 145–160k, and you mentioned you wouldn't consider anything below 190k. I checked with the hiring manager whether there was any room and there really isn't, so I don't think it makes sense to go further on this one.

Appreciate your openness about it.

Priya Natarajan
Technical Recruiter, Northgrid Energy`, 'SRE role - after our chat'),

  rej('screen', ['profile_mismatch'], { ...offered },
    `Dear Olumide,

Thank you for speaking with me last week about the Credit Risk Analyst position at Meridian Trust Bank.

Having shared my notes with the hiring manager, we have decided to pursue candidates whose profiles sit closer to what the desk is looking for at the moment, and so we will not be proceeding to the interview stage with you.

Should you wish for a few more words on how we arrived at this, I am happy to arrange a short call.

Kind regards,
Adaeze Nwankwo
Resourcing Partner, Meridian Trust Bank Plc`, 'Credit Risk Analyst – Meridian Trust Bank'),

  rej('screen', ['generic'], {},
    `Hello Rafael,

Thanks for taking the screening call with our team for the Warehouse Shift Lead role. Unfortunately, we have decided not to move forward with your candidacy.

We appreciate your interest in Zenport Fulfillment.

Zenport Fulfillment Hiring Team
Sent via JazzHR`, 'Zenport Fulfillment: Warehouse Shift Lead'),

  rej('screen', ['overqualified'], { ...fb, ...offered },
    `Hi Gillian,

Lovely to chat on Tuesday. I've had a think, and I've spoken to Ben, our MD. We both feel that with fifteen years in FP&A leadership you'd outgrow the Finance Officer job within months – it's mostly bookkeeping and payroll for a 30-person firm. We'd rather be straight with you now than waste your time in interviews.

If you'd like to talk it over, ring me any time.

Lisa
Lisa Tran | Office Manager | Brindle Architects, Brisbane`, 'Finance Officer'),

  rej('screen', ['generic'], {},
    `Dear Ms. Kowalczyk,

Thank you for your time during our telephone conversation regarding the Executive Assistant to the CEO search for our client, a listed healthcare group.

Following my debrief with the client, I regret to advise that they will not be progressing your candidacy. Unfortunately the client has asked that we do not provide reasons at this stage, so I'm unable to share any further detail.

With best wishes,
Caroline Ashdown
Partner, Ashdown Reeve Executive Search`, 'Executive Assistant search'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `hey Nikhil – thanks for the call earlier. being upfront: team really needs someone who's shipped Kubernetes operators in prod, and from our chat sounds like you've mostly consumed k8s rather than built on it. so going to pass on this one. would genuinely like to stay in touch, we're hiring for platform generalists in Q3 and I'd ping you.

Sam
CTO, Driftwood Labs`, 'quick follow up'),

  rej('screen', ['internal_candidate'], {},
    `Hi Chloé,

Thank you for the initial conversation about the Brand Manager vacancy. I wanted to let you know promptly that the role has now been offered to a member of our existing marketing team, who has accepted. We are therefore closing the external process.

Thank you for your time and interest.

Best regards,
Nadia Belkacem
HR Business Partner, Maison Ferrand Canada`, 'Brand Manager – update'),

  rej('screen', ['generic'], { ...door },
    `Hi Kofi,

Good to speak on Friday. I've heard back from the hiring lead at my client (a Joburg fintech) and they won't be taking your application to the next round for the QA Lead job.

Not the news either of us wanted. I've got a couple of other briefs landing next month where I think you could be a strong shout, so I'll be in touch.

Cheers,
Thabo Mahlangu
Senior Consultant, Kestrel Tech Recruitment`, 'QA Lead – client feedback'),

  rej('screen', ['location', 'skills_gap'], { ...fb },
    `Hi Hannah,

Thanks for our quick intro chat. After we spoke, I double-checked with the team: the Field Service Engineer job covers the Perth metro area and requires being on call for site visits within two hours. Since you're planning to stay in Bunbury, it wouldn't work on our side. The role also needs a current restricted electrical licence, which you told me you don't hold yet. So I'll close out your application.

Appreciate you being flexible with the call time.

Cheers,
Mitch Sorensen
Recruitment Coordinator, Westral Water Services`, 'Field Service Engineer – Perth'),

  // assessment
  rej('assessment', ['assessment'], { ...fb },
    `Hi Yusuf,

Thank you for completing the HackerRank assessment for the Software Engineer II role at Crestline Insurance. Your score on the coding section did not meet the threshold set for this role, so we will not be scheduling further interviews at this time.

Best regards,
Crestline Insurance Talent Acquisition`, 'Crestline Insurance – Assessment Results'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Leonie,

Thanks for the take-home – we know it took a real chunk of your weekend. The team reviewed it yesterday. The UI was lovely, but the data-fetching layer had no error handling and the tests only covered the happy path, and those were the two things we'd flagged in the brief. That put it below the bar for the next stage.

If you'd like to go through our review notes line by line, I'm glad to set up 20 minutes.

Best,
Tom Ellery
Engineering Manager, Palisade Health`, 'Your take-home for Palisade Health'),

  rej('assessment', ['generic'], {},
    `Dear candidate,

Thank you for completing the online aptitude tests as part of the Graduate Programme 2027 at Verano Consulting Group.

We have now reviewed all results and regret to inform you that you will not be progressing to the video interview stage.

Due to the number of applicants, we cannot provide individual feedback on test performance.

Verano Consulting Group Early Careers
Powered by Workday`, 'Verano Graduate Programme – next steps'),

  rej('assessment', ['profile_mismatch'], { ...door },
    `Hello Thandiwe,

We appreciate you completing the written case exercise for the Policy Researcher role at the Ubuntu Futures Foundation.

The panel has read all exercises. While yours was well organised, other candidates demonstrated a closer match to the research profile we need, and we have decided to progress with them.

We hope you'll apply for future openings with us – we publish them on our website and LinkedIn.

With best wishes,
Zanele Dube
Operations Manager, Ubuntu Futures Foundation`, 'Policy Researcher – case exercise outcome'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...door },
    `Dear Mr. Petrović,

Thank you for sitting the technical translation test (EN>SR, legal) for Lexicon Language Services.

The reviewer noted a number of terminology errors in the contract section, including the rendering of "indemnify" and "without prejudice", and found that the test did not show the level of legal-domain knowledge the assignment requires. Your result was therefore below our pass mark.

You may retake the test after six months.

Regards,
Vendor Management
Lexicon Language Services`, 'Test result – EN>SR legal'),

  rej('assessment', ['generic'], {},
    `Hi Arjun,

Thanks for completing the Codility challenge for Sparrowhawk Games. After reviewing all submissions, we've decided not to progress your application.

We wish you luck.

Sparrowhawk Games Recruiting`, 'Sparrowhawk Games – coding challenge'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Siobhan,

Thank you for attending our assessment session and completing the in-tray exercise for the Trainee Solicitor scheme.

Candidates needed to score 60% to proceed to interview. Your score was 52%, with the drafting task being the weaker element. We will therefore not be taking your application further this year.

Yours sincerely,
Graduate Recruitment
Harcourt Lyle LLP`, 'Harcourt Lyle LLP – in-tray exercise result'),

  rej('assessment', ['role_closed'], {},
    `Hi Ines,

Thank you for sending back the marketing plan exercise for the Regional Marketing Manager role. I'm sorry to say that after you submitted it, the leadership team decided to fold the role into the central marketing team, so it no longer exists in its advertised form. We won't be continuing the process.

I'm really sorry for the effort this cost you.

Best,
Carla Mendes
People Team, Sol Nascente Hotels`, 'Regional Marketing Manager'),
  // interview
  rej('interview', ['generic'], { ...door, ...offered },
    `Hi Eleanor,

Thank you for meeting with Jess and Arun on Wednesday for the Senior Product Designer role. They enjoyed the conversation, especially your walk through the onboarding redesign.

After a lot of discussion, we've decided to move forward with another candidate.

I know that's disappointing after the time you invested. If any feedback would be useful, reply to this and I'll pull it together from the interviewers. And we'd love to stay connected: I'll reach out when we open design roles again in the autumn.

Best,
Maya Goldberg
Recruiting, Cinderpath
Sent from Ashby`, 'Cinderpath – Senior Product Designer'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Rahul,

Thank you for interviewing with us for the Manager – Supply Chain Analytics position at Kaveri Consumer Products.

The panel has now met every shortlisted candidate. On balance, they felt that some of the other applicants brought experience that aligned more closely with the scope of this role. We are therefore not in a position to take your candidature forward.

We appreciate the interest you have shown in Kaveri and wish you well in your career.

Regards,
Meenakshi Raghavan
Talent Acquisition, Kaveri Consumer Products Ltd., Bengaluru`, 'Your interview with Kaveri Consumer Products'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Callum,

Thanks for the technical interview on Monday. I wanted to let you know where we've landed: we won't be moving forward for the Data Scientist role.

The main gap for the team was causal inference. The role runs a lot of quasi-experiments (diff-in-diff, synthetic control) and in the case discussion it felt like that's an area you haven't had to go deep on yet. Everything else was solid.

Good luck with the search.

Fiona Brennan
Head of Analytics, Larkspur Retail`, 'Data Scientist interview'),

  rej('interview', ['generic'], {},
    `Dear Min-jun,

Thank you for interviewing for the position of Cabin Services Supervisor with Aurora Sky Lines.

We regret to inform you that you have not been successful on this occasion.

We thank you for your interest in joining Aurora Sky Lines.

Cabin Crew Recruitment`, 'Aurora Sky Lines – Interview Outcome'),

  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Hi Dario,

Thank you for spending the afternoon with the team at Fable & Fig. I'll be honest with you because you were honest with us: in the paired session you said a couple of times that you prefer working alone with headphones on and reviewing PRs at the end of the week. We pair nearly all day and merge several times a day, and the team felt that way of working would be a hard adjustment.

It's not a knock on your ability. If you want to talk through it, I'm around.

Ollie Banerjee
Engineering Lead`, 'Fable & Fig – where we landed'),

  rej('interview', ['profile_mismatch', 'position_filled'], { ...door },
    `Hi Amara,

Thanks for coming in to meet the team at St. Brigid's Health Network for the Patient Access Coordinator role. I'm writing to let you know that we offered the position to another candidate whose experience was a closer match for the clinic's needs, and she has accepted.

We would love for you to apply for future openings. Our patient access team grows every year and your interview left a good impression.

Warm regards,
Denise Kavanagh
Recruitment Specialist, St. Brigid's Health Network`, 'Patient Access Coordinator'),

  rej('interview', ['generic'], {},
    `Dear {FirstName},

Thank you for attending an interview for the role of Site Manager at Calder & Lowe Construction.

Following careful consideration, we regret that we are unable to offer you the position on this occasion.

We would like to take this opportunity to thank you for your time and wish you well for the future.

Yours sincerely,

[HR Manager Name]
Calder & Lowe Construction Ltd`, 'Interview outcome – Site Manager'),

  rej('interview', ['profile_mismatch'], { ...door, ...offered },
    `Hi Tunde,

It was great meeting you over Zoom last week. I've now spoken with everyone on the panel and, after a lot of back and forth, we've decided to go with someone whose background is a bit closer to what we're looking for in our Finance Business Partner.

You made our decision genuinely hard. I'd welcome the chance to share the panel's thoughts if that's helpful – just say the word. And please keep an eye on our vacancies; I'd be glad to see you apply again.

Best wishes,
Georgina Alleyne
Talent Partner, Roseacre Foods UK`, 'Finance Business Partner – update'),

  rej('interview', ['role_closed'], {},
    `Hi Sara,

Thanks for interviewing with Hollow Pine Studios. I'm afraid I have some news that has nothing to do with you: we've had to pause all hiring while we restructure after losing a publisher deal, and the Gameplay Programmer role has been cancelled. We're closing every open process, including yours.

I'm sorry, and thanks for all the time you gave us.

Jamie Roe
Studio Director`, 'Gameplay Programmer – role cancelled'),

  rej('interview', ['generic'], { ...offered },
    `Hi Keisha,

Thank you for interviewing with the Atlanta office of Brightwater Advisors. After careful thought, the team will not be extending an offer for the Senior Associate role.

I'd be happy to have a short call if you'd like to hear more about the team's thoughts.

Regards,
Lauren Pike
Campus & Experienced Recruiting`, 'Brightwater Advisors – Senior Associate'),

  rej('interview', ['skills_gap', 'salary'], { ...fb },
    `Dear Aditya,

Thank you for meeting our engineering director last week for the Firmware Lead post.

We have decided not to proceed. The director felt the team needs someone with hands-on safety certification experience (ISO 26262 in particular), which you mentioned you had only touched at the edges. We also could not bridge the gap between your expected package and the grade the role sits in.

Thank you for your time and your candour.

Kind regards,
Wong Mei Ling
HR Manager, Meridian Automotive Electronics Pte Ltd, Singapore`, 'Firmware Lead – outcome'),

  rej('interview', ['generic'], { ...door },
    `Hi Luca,

Just a note to say thanks for the interview for Events Coordinator. We won't be offering you the role this time, but we really liked meeting you. We keep a folder of people we'd want to call first when we next hire, and you're in it.

All the best,
Giulia Rossi
Ostara Events, Dublin`, 'Events Coordinator'),

  rej('interview', ['internal_candidate'], { ...door },
    `Dear Mr. Ahmadi,

Thank you for interviewing for the Deputy Facilities Manager post with Greenvale Borough Council.

I am writing to let you know that, following interviews, the post has been offered to an internal candidate.

We would encourage you to continue to look at our vacancies page and to apply for any suitable posts in the future.

Yours sincerely,
Pauline Marsh
Head of Property Services`, 'Deputy Facilities Manager – Ref GBC/0412'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Andrea,

Thank you again for meeting the team for the Account Director role at Fulcrum PR. We've now concluded interviews and have decided to progress with another candidate whose agency experience was a closer match to the client portfolio.

We enjoyed our conversation. If you would find it useful, I'd be glad to share a bit more from the interviewers – just let me know.

Kind regards,
Hannah Lowe
Talent Manager, Fulcrum PR`, 'Account Director – Fulcrum PR'),

  rej('interview', ['generic'], {},
    `Hi Ravi, sorry for the radio silence, we decided to go with another person for the ops role. Thanks for coming in. - Greg

Sent from my iPhone

On Mon, 14 Sep 2026 at 09:12, Ravi Shankar wrote:
> Hi Greg, just checking in on the Operations Associate role after our interview on the 2nd. Any update?
> Thanks, Ravi`, 'Re: Operations Associate'),

  rej('interview', ['location'], { ...fb, ...door },
    `Hi Noor,

Thank you so much for the interviews with Kite & Compass. The team liked your approach a lot. The sticking point is location: after our conversation the leadership confirmed the Partnerships Manager needs to be in Nairobi at least three days a week, and you told us you won't be able to relocate from Kampala this year.

If that changes, or when we open a fully remote role, please come back to us – we'd be glad to hear from you.

Best,
Wanjiru Kamau
People Operations, Kite & Compass`, 'Partnerships Manager'),

  rej('interview', ['generic'], {},
    `<p>Dear Ji-woo,</p><p>Thank you for interviewing with <b>Halcyon Systems</b> for the position of <b>Network Engineer</b>.</p><p>After careful consideration, we have decided to pursue other candidates for this position.</p><p>We appreciate your interest in Halcyon and wish you success.</p><p>Sincerely,<br>Halcyon Systems Talent Acquisition</p><p style="font-size:10px">This email was sent by Taleo on behalf of Halcyon Systems. Do not reply.</p>`, 'Halcyon Systems – Network Engineer'),

  // final
  rej('final', ['position_filled'], { ...door, ...offered },
    `Dear Kemi,

Thank you for coming to our final round at the Reading office and for the presentation to the leadership team. I'm sorry to tell you that we have offered the Head of Customer Operations role to another finalist, who has accepted.

It was extremely close. I'd welcome the chance to give you some feedback on the day if you want it, and I'd like to keep in touch about future leadership roles here.

Kind regards,
Martin Ashworth
Chief Operating Officer, Thameside Energy`, 'Head of Customer Operations'),

  rej('final', ['generic'], {},
    `Hi Ethan,

Thanks for making it through to the onsite at Nimbus Robotics and for spending a full day with us. After the debrief, the team decided not to extend an offer.

We know how much effort an onsite takes, and we appreciate it.

Best,
Carmen Diaz
Recruiting Lead, Nimbus Robotics`, 'Nimbus Robotics onsite'),

  rej('final', ['profile_mismatch', 'position_filled'], {},
    `Dear Ms. Van der Merwe,

Thank you for your participation in the final stage of our search for a Chief Financial Officer for Karoo Mining Holdings.

Our client has now concluded its process and appointed a candidate whose experience in listed-company reporting was considered the closest match to the board's brief. I regret therefore that your candidacy will not proceed.

It has been a privilege to represent you.

Yours sincerely,
Peter Liebenberg
Managing Partner, Liebenberg Kemp Executive Search`, 'CFO – Karoo Mining Holdings'),

  rej('final', ['culture_fit'], { ...fb },
    `Hi Will,

Thanks for coming out to meet the whole crew for the last round. It's been a tough call. The founders felt that your preference for a lot of structure and clear process (which you were open about, and which is totally legitimate) would clash with how chaotic a seed-stage company is. We're changing plans every week.

So we're not making an offer. Really appreciated your time.

Anya Petrov
Co-founder, Orbitra Space`, 'Orbitra – final round'),

  rej('final', ['generic'], { ...offered },
    `Dear Shreya,

Thank you for attending the superday for the Investment Banking Analyst programme at Halden Partners. We have now made our decisions, and I'm sorry to say we won't be extending you an offer.

Please feel free to contact me if you'd like feedback from the day.

Best regards,
Olivia Grant
Graduate Recruitment, Halden Partners`, 'Halden Partners – superday'),

  rej('final', ['role_closed'], { ...door },
    `Dear Ravindra,

You were one of our last two candidates for the Plant Manager role at Sunbelt Packaging. Regrettably, corporate has frozen the position pending a review of the site's future, and we must end the process without making an appointment.

Should the role be approved again, you'll be the first person I call.

Regards,
Dwayne Whitaker
Regional HR Director, Sunbelt Packaging`, 'Plant Manager – process closed'),

  rej('final', ['generic'], {},
    `Dear Candidate,

Thank you for attending the assessment centre for the Management Trainee Scheme at Ballantyne Retail Group.

Following review of your performance on the day, we are sorry to inform you that you have not been successful.

Due to the number of candidates, we are unable to provide individual feedback.

Ballantyne Retail Group Early Careers Team`, 'Ballantyne Management Trainee Scheme – assessment centre outcome'),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Hi Zainab,

Thank you for the final interview with the CEO on Thursday. We've decided to go with a candidate who has run a Series B fundraise before; as you know that's the first big job for this VP Finance, and it was the one area where you had less to draw on.

It was genuinely close. I'd be glad to go through the rest of the panel's feedback if you want.

Best,
Oren Levi
Chief of Staff, Mosaic Health Tech`, 'VP Finance'),

  rej('final', ['position_filled'], { ...door },
    `Hi Claudia,

Just to let you know the final round for Sales Director (Iberia) is finished and the job has gone to another finalist. Really close between the two of you.

I'll be in touch when I have the next leadership brief in Spain – you're top of my list.

Un abrazo,
Javier Molina
Associate Director, Crescent Search Partners`, 'Sales Director Iberia'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Ifeoma,

Thank you for completing the final panel and the reference stage for the Country Director role with Harvest Hope International.

After much deliberation, the panel has selected a candidate whose profile more closely matched the requirements of the post at this time. We recognise this will be disappointing.

We would be glad to keep your details for future senior roles across our country programmes.

With warm regards,
Helen Osei
Global Talent Lead, Harvest Hope International`, 'Country Director – outcome'),

  // ── B. One inbox: a registered nurse in San Antonio moving into informatics, education and utilisation review
  other(`Hi Marisol,

Thank you for applying to the Clinical Informatics Specialist – Nursing (Req #R-0048821) position at Alamo Crest Health System. We have received your application and our talent acquisition team is reviewing it.

If your qualifications match our needs, a recruiter will contact you. Unfortunately, due to the high volume of applications, we are not able to respond to each applicant individually about the status of their application, but you can always check it in your candidate home.

We appreciate your patience and your interest in Alamo Crest.

Alamo Crest Health System Talent Acquisition
This is an automated message from Workday. Please do not reply.`, 'We received your application – Clinical Informatics Specialist'),

  other(`Marisol — thanks for applying to Nurse Informaticist (Remote, US) at Chartwell Health! 🎉

We've got your application and a real human on our team will look at it soon. We aim to get back to everyone within two weeks, one way or the other.

In the meantime, check out how our clinicians build the product: chartwellhealth.com/careers/clinicians

— The Chartwell Health Talent Team
Sent via Greenhouse`, 'Thanks for applying to Chartwell Health'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Marisol Treviño,

Thank you for your interest in the Clinical Nurse Educator – Critical Care position (Job ID 26-0117) with Hill Country Regional Medical Center.

After careful review, we have decided to move forward with other candidates whose qualifications better meet the needs of this position at this time.

We appreciate your interest in Hill Country Regional and encourage you to apply for future openings that match your experience.

Human Resources
Hill Country Regional Medical Center

Please do not reply to this message.`, 'Your application for Clinical Nurse Educator – Critical Care'),

  other(`Hi Marisol,

I came across your profile and your ICU background caught my eye. I'm recruiting for a Utilization Review Nurse (RN) with a managed care client here in San Antonio — hybrid, M–F, no weekends, no holidays. Eight years of acute care is exactly what they like to see, and they train on InterQual.

Would you be open to a quick chat this week? Unfortunately I'm out Thursday, but Tuesday or Wednesday afternoon works.

Best,
Derek Haines
Senior Healthcare Recruiter | Vantage Clinical Staffing
(210) 555-0143`, 'UR Nurse opportunity – San Antonio, hybrid'),

  other(`Jobs matching "nurse informatics" near San Antonio, TX

• Clinical Applications Analyst – Epic ClinDoc — Sable Ridge Hospital — San Antonio, TX — $78k–$96k
• RN Informatics Educator — Brazos Valley Health — Remote (TX residents) — $85k
• Nurse Analyst, Quality — Pecan Street Health Partners — New Braunfels, TX
• Clinical Documentation Integrity Specialist — Tri-County Physicians Group — Hybrid

See all 37 new jobs

You're receiving this email because you created a job alert. Unsubscribe | Manage alerts
JobHarbor, 1200 Market St, Austin TX`, '4 new jobs for "nurse informatics"'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Marisol,

Thanks for your interest in the Clinical Applications Analyst – Epic ClinDoc role at Sable Ridge Hospital.

For this particular role, the team needs someone who already holds Epic ClinDoc Inpatient certification, since the analyst starts building in the live environment from week one. I didn't see that on your resume, so we won't be moving forward on this opening.

Many of our nurse analysts earned their certification after joining as super-users, so if you get that opportunity at your current facility, I'd encourage you to apply with us again.

Best regards,
Teresa Alvarado
IT Recruiter, Sable Ridge Hospital`, 'Sable Ridge Hospital – Clinical Applications Analyst'),

  other(`Dear Marisol,

Thank you for submitting your application for Adjunct Clinical Instructor – Adult Health (Spring/Summer) at Mission Trails College of Nursing.

Your materials are complete and have been forwarded to the search committee. Because of the number of applications, the review may take several weeks. We regret that we cannot give updates by phone.

Office of Human Resources
Mission Trails College of Nursing
An Equal Opportunity Institution`, 'Application received – Adjunct Clinical Instructor'),

  other(`Hi Derek,

Thanks for reaching out. Yes, I'd be interested in hearing more about the UR role. I'm an ICU RN with eight years in med-surg and critical care at Mission Grove, and I've been trying to move toward utilization review or informatics. Wednesday after 2pm works for me.

Unfortunately I can't do mornings this week as I'm on nights until Tuesday.

Thanks,
Marisol Treviño, RN, BSN, CCRN
(210) 555-0178

On Mon, Feb 9, 2026 at 10:04 AM Derek Haines wrote:
> Hi Marisol,
> I came across your profile and your ICU background caught my eye. I'm recruiting for a Utilization Review Nurse...`, 'Re: UR Nurse opportunity – San Antonio, hybrid'),

  rej('application', ['profile_mismatch'], {},
    `Hi Marisol,

Thanks for applying to the Nurse Informaticist (Remote, US) role at Chartwell Health. We said we'd get back to you either way, so here we are: we've decided to focus on candidates whose experience lines up more directly with what this role needs, and we won't be moving ahead with your application.

We know job searching is a lot, and we appreciate you thinking of us.

— The Chartwell Health Talent Team`, 'Update on your Chartwell Health application'),

  other(`Hello Marisol,

The status of your application for Utilization Management Nurse – Inpatient (Req 117402) at Lone Star Benefit Health has changed.

New status: Under Review

No action is needed from you at this time. We will be in touch if your qualifications meet the requirements of the position.

Lone Star Benefit Health Careers
This message was sent by iCIMS on behalf of Lone Star Benefit Health. Replies to this message are not monitored.`, 'Application status update – Req 117402'),

  other(`Hi Marisol,

Thank you for applying for the Utilization Management Nurse – Inpatient position. I'd like to schedule a 20-minute phone screen to learn more about your background and tell you about the team.

Please pick a time that works for you using the link below. Unfortunately the link expires in 72 hours, so if none of the slots work just reply and I'll find another.

Schedule here: https://calendly.example/lsbh-rn-screen

Thanks,
Brianna Cho
Talent Acquisition Partner, Lone Star Benefit Health`, 'Phone screen – Utilization Management Nurse'),

  rej('application', ['location'], { ...fb },
    `Dear Marisol,

Thank you for applying for the RN Care Manager (Remote) position with Pacific Crest Health Plan.

Although this is a remote position, members served by this team are in California and the role requires residence in California and an active California RN license. Based on the information in your application, you currently reside in Texas, so we are unable to consider your application for this requisition.

We thank you for your interest.

Pacific Crest Health Plan Talent Acquisition
Do not reply to this email.`, 'Pacific Crest Health Plan – RN Care Manager (Remote)'),

  other(`Welcome to the Brazos Valley Health Talent Community, Marisol!

You're now part of a community of over 40,000 professionals who want to hear about careers at Brazos Valley Health. We'll send you openings that match the interests you selected: Nursing Education, Informatics, Quality.

Joining our talent community is not an application. When you see a role you like, be sure to apply directly.

Unsubscribe at any time.`, 'Welcome to our Talent Community'),

  rej('screen', ['generic'], { ...door },
    `Hi Marisol,

Thank you for taking the time to speak with me on Wednesday about the Utilization Review Nurse role with my client. I heard back from their clinical manager today, and unfortunately they've decided to go with other candidates for this opening.

I know you're serious about making the move into UR, and I'll keep you in mind — I get UR and case management openings in San Antonio fairly often and will reach out when the next one fits.

Best,
Derek Haines
Vantage Clinical Staffing`, 'UR role – update from my client'),

  other(`Hi Marisol,

Great speaking with you this morning! As discussed, I'd like to invite you to a video interview with Dana Whitfield, RN, Manager of Inpatient Utilization Management, and one of our senior UM nurses.

Date: Thursday, March 5
Time: 1:00–1:45 PM Central
Platform: Microsoft Teams (link to follow)

Please have your nursing license number handy. Let me know if this time doesn't work and we'll do our best to accommodate.

Best,
Brianna Cho
Talent Acquisition Partner, Lone Star Benefit Health`, 'Interview invitation – Utilization Management Nurse'),

  other(`Dana, Ms. Cho,

Thank you both for the time today. I really enjoyed hearing how the team handles concurrent reviews and the escalation path to the physician advisors. It confirmed for me that UM is where I want to take my ICU experience next.

Please let me know if you need anything else from me.

Best regards,
Marisol Treviño, RN, BSN, CCRN`, 'Thank you – Utilization Management Nurse interview'),

  rej('application', ['generic'], {},
    `Dear Marisol,

Re: Adjunct Clinical Instructor – Adult Health (Posting FAC-2026-014)

The search committee has completed its review of applications for the above posting. We regret to inform you that you were not selected for an interview.

We appreciate your interest in Mission Trails College of Nursing.

Sincerely,
Office of Human Resources`, 'Adjunct Clinical Instructor – application status'),

  other(`Hi Marisol,

Thanks for your patience while we wrapped up the first round of interviews for the Utilization Management Nurse role. The team would like you to complete a short clinical review exercise as the next step: three de-identified inpatient cases, for which you'll apply InterQual criteria and document your determination.

You'll have 90 minutes. The link will be active from Monday, March 16 through Friday, March 20.

Please don't worry if you haven't used InterQual before – a quick reference guide is attached and the exercise focuses on clinical reasoning.

Best,
Brianna Cho`, 'Next step: Clinical review exercise'),

  hold('screen', ['role_closed'], {},
    `Hi Marisol,

Thank you for speaking with me about the Clinical Documentation Integrity Specialist role at Tri-County Physicians Group. I wanted to give you an honest update: our finance team has placed a temporary freeze on new positions while we finalize the budget for next fiscal year, so we can't schedule interviews right now.

Your application is still active and you haven't been declined. I expect to know more by the end of April and will contact you as soon as I can.

Thank you for understanding.

Regards,
Monica Salinas
HR Generalist, Tri-County Physicians Group`, 'CDI Specialist – timing update'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Marisol,

Thank you for completing the clinical review exercise. The UM team reviewed all submissions this week.

I'm sorry to let you know we won't be moving forward. On two of the three cases, the determination you documented didn't match the criteria applied (both were observation vs. inpatient decisions), and the reviewers weighted that heavily for this role.

You did a lot right, and the team noted how clear your clinical summaries were. If you'd like to go through the cases with Dana, she has offered to spend 15 minutes on the phone with you.

Best,
Brianna Cho
Talent Acquisition Partner, Lone Star Benefit Health`, 'Utilization Management Nurse – update'),

  other(`Hi Brianna,

Thank you for letting me know, and yes, I would really appreciate 15 minutes with Dana. Observation status is exactly what I need to get better at.

Could any afternoon next week work?

Marisol

On Fri, Mar 27, 2026, Brianna Cho wrote:
> I'm sorry to let you know we won't be moving forward...`, 'Re: Utilization Management Nurse – update'),

  other(`Dear Marisol,

Thank you for applying for the Nurse Educator – Professional Development position at Southwest Methodist Health. We appreciate your interest.

Your application is currently being reviewed by the hiring department. Unfortunately, we are unable to provide individual updates while the review is in progress, but you can check your status anytime in your candidate profile.

Southwest Methodist Health Careers
Powered by Taleo`, 'Southwest Methodist Health – Application received'),

  rej('application', ['generic'], {},
    `Marisol, thank you for your interest in RN Informatics Educator at Brazos Valley Health. We have decided to move forward with other applicants at this time. We wish you the best in your search.

Brazos Valley Health | This mailbox is not monitored.`, 'RN Informatics Educator – Brazos Valley Health'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Marisol,

Thanks for applying for the Nurse Technician / Informatics Support position. I looked at your resume and honestly, with a BSN, CCRN and eight years as an RN, you're well beyond what this role calls for – it's an hourly support job for nursing students and techs, mostly badge access and printer tickets. I'd hate to bring you in at that level.

We do post RN-level informatics analyst jobs a couple of times a year and I'd like to see you put in for one of those.

Kind regards,
Luis Mendoza
HR Specialist, Guadalupe Valley Hospital`, 'Nurse Tech / Informatics Support'),

  other(`Hi Marisol,

Quick note: unfortunately Dr. Ramos has a conflict on Tuesday, so we need to move your interview for the Clinical Nurse Educator role to Thursday, April 9 at 10:00 AM, same location (Education Center, 3rd floor). My apologies for the change and thank you for your flexibility.

Please reply to confirm.

Kathy Lindqvist
Nursing Education Coordinator, Southwest Methodist Health`, 'Interview rescheduled – Clinical Nurse Educator'),

  other(`Hi Marisol,

Thank you for applying to Clinical Implementation Specialist (RN) at Medlyte. Your application has been received and is with our hiring team.

Unfortunately we can't reply to every question individually during the review, but we promise you'll hear from us whatever the outcome.

Thanks,
Medlyte Recruiting
Sent with Lever · Medlyte Inc., Denver CO`, 'Medlyte: application received'),

  rej('screen', ['salary'], { ...fb },
    `Hi Marisol,

Thanks for the call on Monday about the Clinical Solutions Consultant position at Vitalis Analytics. I shared your details with the hiring manager. The range we have approved for this role is $74,000–$80,000, and you mentioned that after your ICU differentials you'd need at least $95,000 to make the move. We can't get close to that for this level, so we'll stop the process here.

I completely understand where your number comes from, and I appreciate you being upfront.

Regards,
Colin McAllister
Recruiter, Vitalis Analytics`, 'Vitalis Analytics – Clinical Solutions Consultant'),

  other(`Hi Marisol,

Thanks for your interest in the Clinical Data Analyst (RN) role at Cardinal Data Health. As the next step in our process, we ask all candidates to complete a skills assessment covering SQL basics, Excel, and interpreting clinical quality measures.

• Duration: about 60 minutes
• Deadline: Sunday, April 19, 11:59 PM CT
• Link: assessments.cardinaldatahealth.example/start

We regret that we can't extend the deadline, so please let us know right away if there is a problem.

Good luck!
Cardinal Data Health Talent Team
(Breezy HR)`, 'Cardinal Data Health – skills assessment'),

  other(`Reminder: Your interview with Southwest Methodist Health is tomorrow.

Position: Clinical Nurse Educator – Critical Care Services
When: Thursday, April 9, 10:00 AM
Where: Education Center, 3rd floor, Room 312
With: Dr. Elena Ramos, DNP, Director of Nursing Education; Kathy Lindqvist

Please bring a copy of your resume and your RN license. Parking is available in Garage C.

This is an automated reminder. If you need to cancel, please contact the coordinator.`, 'Reminder: Interview tomorrow at 10:00 AM'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Marisol,

Thank you for completing our skills assessment. We have reviewed your results.

Your clinical measures section was strong, but the SQL section (joins and aggregation) scored below the minimum we set for this role, and day-to-day this analyst writes queries against our data warehouse. We're therefore not moving your application forward.

We appreciate the effort you put in.

Cardinal Data Health Talent Team`, 'Your Cardinal Data Health assessment results'),

  rej('screen', ['role_closed'], { ...door },
    `Hi Marisol,

I told you in March I'd update you about the CDI Specialist role. I'm sorry it isn't better news: when the budget was finalized, the position was not approved, so it has been eliminated and we are closing the search.

I really enjoyed our conversation. If the role is funded again next year, I'll reach out to you directly, and I'd encourage you to keep an eye on our openings in the meantime.

Regards,
Monica Salinas
HR Generalist, Tri-County Physicians Group`, 'CDI Specialist – final update'),

  other(`Hi Marisol,

Thank you for interviewing with Dr. Ramos and me last week. We'd like to invite you to the final step for the Clinical Nurse Educator position: a panel interview with the critical care managers, followed by a 15-minute teaching demonstration on a topic of your choice (for example, a CRRT circuit review or a sepsis bundle in-service).

Date: Wednesday, April 22, 1:00–3:00 PM
Location: Education Center, Room 312

We are also meeting other candidates this month, so please confirm your availability as soon as you can.

Kathy Lindqvist
Nursing Education Coordinator, Southwest Methodist Health`, 'Invitation: panel interview and teaching demonstration'),

  other(`Hi Marisol,

We're glad to let you know we've opened up new virtual hiring events for nursing professionals interested in non-bedside roles: informatics, quality, education and care management.

Thursday, April 30, 5:30–7:00 PM CT – "From Bedside to Beyond" panel and Q&A

Spaces are limited. Unfortunately we can't offer recordings, so join live if you can!

Register: alamocrest.example/events
Alamo Crest Health System | Unsubscribe from event invitations`, 'You’re invited: From Bedside to Beyond virtual hiring event'),

  rej('interview', ['internal_candidate'], {},
    `Dear Marisol,

Thank you for interviewing with our Nursing Informatics team for the Clinical Informatics Specialist position (Req #R-0048821).

We wanted to let you know that the position has been filled by a current Alamo Crest team member. We truly appreciate your time and interest.

Sincerely,
Rebecca Doyle
Talent Acquisition Consultant, Alamo Crest Health System`, 'Clinical Informatics Specialist – position update'),

  other(`Hi Marisol,

Thanks so much for your time with Jordan and Priya this week! We'd love to move you to our final panel for Nurse Informaticist, Clinical Content. You'll meet our Chief Nursing Officer, a product manager and a clinical content lead, each for 40 minutes, over Zoom.

Please use the scheduling link below to choose a slot between May 11 and May 15. We appreciate your patience as we've been coordinating a lot of calendars.

Cheers,
Talia Brooks
Recruiting Coordinator, Corvane Health
Sent via Ashby`, 'Corvane Health – final panel scheduling'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Marisol,

Thank you for the video interviews for the Clinical Implementation Specialist role. I want to explain our decision. The role is almost fully asynchronous – implementers work alone with hospital teams across time zones, with very little live collaboration, and are expected to manage their own schedules. When we talked, you said several times how much you value working shoulder to shoulder with a team and having a charge nurse you can turn to. The panel felt that this setup would not suit how you like to work.

So we won't be moving forward. I hope this helps you find a role that fits.

Warmly,
Jessica Ngata
Clinical Operations Manager, Medlyte`, 'Medlyte – Clinical Implementation Specialist'),

  other(`Dear Marisol,

On behalf of Southwest Methodist Health, I'm delighted to offer you the position of Clinical Nurse Educator – Critical Care Services, reporting to Dr. Elena Ramos.

Start date: Monday, June 15, 2026
Status: Full-time, exempt
Base salary: $92,400 annually

Your offer letter is attached. This offer is contingent upon completion of a background check, drug screen and verification of your Texas RN license. Please sign and return it by May 8.

We know the other finalists were very strong, and we're thrilled it's you.

Sincerely,
Angela Whitmore
Senior HR Business Partner, Southwest Methodist Health`, 'Offer of employment – Clinical Nurse Educator'),
  other(`Dear Marisol Treviño,

We are writing to let you know that Southwest Methodist Health has requested a background screening as part of your application. Please complete the authorization form using the secure link below within 3 business days.

If you have questions, contact our support team. Please note that we are unable to share the results of your screening with the employer until it is complete.

ScreenSure Background Services`, 'Action required: complete your background authorization'),
  other(`Dear Marisol,

Congratulations again on accepting our offer. To complete your pre-employment requirements, please:

1. Provide your Texas RN license number so we can verify it through the Texas Board of Nursing (a primary-source verification printout is fine).
2. Complete a 10-panel drug screen at any Concentra location by May 20. Bring the attached authorization form and photo ID.
3. Upload your CCRN and BLS/ACLS cards to the onboarding portal.

Unfortunately, we can't confirm your orientation date until all three items are received.

Thank you,
Occupational Health & Onboarding
Southwest Methodist Health`, 'Pre-employment: license verification and drug screen'),

  hold('final', ['generic'], {},
    `Hi Marisol,

Thanks for meeting our panel last week. I wanted to let you know that the decision for the Nurse Informaticist, Clinical Content role will take longer than we had planned. Our CNO is out on unexpected leave and we want her to weigh in before we decide.

You're still very much in the process. I expect we'll have an answer in about two weeks, and I'll update you either way.

Thanks for bearing with us,
Talia Brooks
Corvane Health`, 'Corvane Health – decision timing'),

  other(`Dear Ms. Alvarez,

I'm writing to withdraw my application for the Utilization Review Nurse position at Seguin Memorial Hospital. I have accepted a position as a clinical nurse educator and will start in June.

Thank you for the interview and for the kindness your team showed me. I hope our paths cross again.

Sincerely,
Marisol Treviño, RN, BSN, CCRN`, 'Withdrawing my application – Utilization Review Nurse'),

  other(`Hi Marisol,

Thank you for letting us know, and congratulations on the new role! We're sorry to lose you from the process but completely understand. I've withdrawn your application as you asked.

Don't hesitate to reach out in the future.

Best,
Rosa Alvarez
HR Coordinator, Seguin Memorial Hospital`, 'Re: Withdrawing my application – Utilization Review Nurse'),

  rej('final', ['position_filled'], { ...door, ...offered },
    `Hi Marisol,

Thanks so much for your patience while our CNO returned. I'm writing with the outcome: we've offered the Nurse Informaticist, Clinical Content role to another finalist, and she has accepted.

This was one of the closest decisions the team has made, and your clinical depth came up again and again in the debrief. If you'd like to hear the panel's feedback, I'd be glad to set up a short call with our clinical content lead. We're also hiring more clinical roles in 2027, and I'd love to reach out to you when we do.

Warmly,
Talia Brooks
Recruiting Coordinator, Corvane Health`, 'Corvane Health – Nurse Informaticist'),

  other(`Hi Marisol,

You recently applied to Chartwell Health. We'd love to hear about your experience as a candidate, whatever the outcome. The survey takes about three minutes and is anonymous.

Take the survey

Your feedback helps us improve. Unfortunately we can't respond to individual comments.

Chartwell Health Talent Team`, 'How did we do? 3-minute candidate survey'),
  other(`Dear Dr. Benning,

I'm following up on my application for the Clinical Simulation Educator position (Posting 26-F-031) submitted on February 18. I remain very interested in the role and in Riverwalk University's simulation program; I've precepted new graduates in our ICU for five years and helped run our unit's mock codes.

I understand the committee is busy, and I appreciate any update you can share.

Best regards,
Marisol Treviño, RN, BSN, CCRN`, 'Following up – Clinical Simulation Educator application'),

  other(`Dear Marisol,

Thank you for your patience. The search committee for the Clinical Simulation Educator position has been delayed by the spring accreditation visit, and we regret that we are behind our original timeline. Your application remains under active review and we expect to contact candidates in the next three weeks.

With appreciation,
Dr. Howard Benning
Chair, Search Committee
Riverwalk University School of Nursing`, 'RE: Following up – Clinical Simulation Educator application'),

  other(`Marisol, new jobs for you

Utilization Review RN – Remote (Texas)   Harbor Point Health Plan · 3 days ago · Easy Apply
Nurse Educator, Cardiovascular   Bexar Heart Institute · 1 week ago · 14 applicants
Clinical Informatics Nurse   Corvane Health · Remote · Actively recruiting
Quality Improvement RN   StoneOak Surgical Hospital · San Antonio

Based on your profile and job searches.
Unsubscribe · Help
You are receiving Job Alert emails.`, 'Utilization Review RN – Remote (Texas) and 3 more jobs'),

  other(`Hi Marisol,

Thanks for applying to Nurse Educator, Cardiovascular at Bexar Heart Institute! We got your application and we'll review it as soon as we can.

What happens next: if your experience is a match, someone from our team will reach out to set up a phone call. If not, we'll still let you know.

Bexar Heart Institute
Powered by JazzHR`, 'Thanks for applying – Nurse Educator, Cardiovascular'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Marisol,

Thank you for meeting with the search committee for the Clinical Simulation Educator position. We enjoyed our conversation and your examples of running mock codes were impressive.

After deliberation, the committee has decided not to advance your candidacy. Our accreditor requires that faculty in this role hold a master's degree in nursing at the time of appointment, and the committee was not able to make an exception for a candidate currently finishing an MSN.

We wish you the best in your studies.

Sincerely,
Dr. Howard Benning
Chair, Search Committee
Riverwalk University School of Nursing`, 'Clinical Simulation Educator – search update'),

  hold('assessment', ['role_closed'], {},
    `Hi Marisol,

Thank you for completing the case study for the Clinical Product Specialist role. I need to be transparent with you: our leadership has put all non-engineering hiring on hold until our next funding round closes, which we expect in the summer. Nothing about your case study changed; we simply can't make offers right now.

We'd like to keep your application open and pick it up as soon as the hold lifts, if you're still interested.

Best,
Nate Okonkwo
Head of People, Pulsebridge`, 'Pulsebridge – hiring pause'),

  rej('interview', ['generic'], {},
    `Dear Marisol,

Thank you for interviewing for the Nurse Educator, Cardiovascular position at Bexar Heart Institute. We have now completed our interviews and have selected another candidate for the position.

We appreciate the time you spent with us.

Regards,
Bexar Heart Institute Human Resources`, 'Nurse Educator, Cardiovascular – interview outcome'),

  other(`Hello Marisol,

My name is Keshia Grant and I'm a recruiter with NorthStar Nurse Partners. We place RNs in remote utilization management and prior authorization roles with national payers. Your ICU background and CCRN make you a good fit for a few openings I have, including one with a Texas Medicaid plan.

I know you may be happily placed; unfortunately I couldn't tell from your profile! If you're open to hearing about it, reply with a good time to talk.

Keshia Grant
NorthStar Nurse Partners | Remote Nurse Staffing`, 'Remote UM roles for ICU RNs'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Marisol,

Thank you for your interviews for the Case Manager RN role at Harbor Point Health Plan. After meeting all of our candidates, the team has selected someone whose background more closely fits where the team is right now.

We enjoyed talking with you. If feedback from the interviews would be helpful, just reply and I'll set up a call.

Thank you,
Vanessa Ortiz
Talent Acquisition Specialist, Harbor Point Health Plan`, 'Harbor Point Health Plan – Case Manager RN'),

  hold('interview', ['role_closed'], {},
    `Dear Ms. Treviño,

Thank you for interviewing for the Clinical Instructor (Critical Care) position at San Pedro Creek Community College. I am writing to let you know the position depends on a state workforce grant, and the decision on funding has been postponed until July. We cannot make any hiring decisions until then.

You remain under consideration. We will write to you again once the funding is confirmed.

Respectfully,
Dr. Lorraine Quintanilla
Associate Dean, Health Sciences`, 'Clinical Instructor – hiring timeline'),

  rej('application', ['position_filled'], {},
    `Hi Marisol — thanks for applying to Quality Improvement RN at StoneOak Surgical Hospital. The position has been filled, so we are closing your application. Take care!

StoneOak Surgical Hospital Recruiting | Sent via BambooHR`, 'StoneOak Surgical Hospital application'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Marisol,

Thank you for coming to the final round for the Telehealth Nurse Informatics Lead at Frontier Telehealth and for presenting your workflow proposal to our clinical leadership team.

Choosing between the finalists was hard. In the end we offered the role to a candidate whose experience fit the role's full scope slightly better. We would welcome a future application from you, and we've added you to our clinical talent pool.

Kind regards,
Simone Abernathy, MSN, RN
Chief Nursing Informatics Officer, Frontier Telehealth`, 'Frontier Telehealth – final round'),

  rej('final', ['generic'], {},
    `Dear Marisol,

Thank you for taking part in the final interviews for the Utilization Review Nurse position with StoneRidge Health Partners.

We regret to inform you that we will not be offering you the position. Because of our policy, we cannot provide details of how the decision was made.

We thank you for your interest in StoneRidge.

Human Resources
StoneRidge Health Partners`, 'Utilization Review Nurse – StoneRidge Health Partners'),

  rej('assessment', ['profile_mismatch'], {},
    `Hi Marisol,

Thanks for sending the writing sample (the patient education module on central line care) for the Clinical Content Writer role at NurseWise Learning. The editors read everything carefully. We've decided to move ahead with writers whose background is closer to what we need for this contract.

Thanks again for the effort.

Emily Carver
Managing Editor, NurseWise Learning`, 'NurseWise Learning – writing sample'),

  other(`Hi Marisol,

Welcome to Southwest Methodist Health! Here's what you need for your first day on Monday, June 15:

• Arrive at 7:45 AM at the Education Center, Room 110, for New Employee Orientation
• Bring two forms of ID for your I-9
• Wear business casual; scrubs are not needed for the first two days

Unfortunately parking passes won't be ready until Wednesday, so please use visitor Garage C until then.

We're looking forward to having you!
Onboarding Team, Southwest Methodist Health`, 'Your first day at Southwest Methodist Health'),

  other(`Dear Marisol,

The funding for the Clinical Instructor (Critical Care) position has now been confirmed and we are resuming the search. As the other candidates have also been waiting, we would like to know whether you are still interested in being considered.

Please reply by July 10.

Dr. Lorraine Quintanilla
Associate Dean, Health Sciences
San Pedro Creek Community College`, 'Clinical Instructor – search resumed'),
];
