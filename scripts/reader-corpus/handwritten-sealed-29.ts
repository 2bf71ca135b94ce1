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

  rej('application', ['profile_mismatch', 'salary'], { ...fb },
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

  rej('screen', ['location'], { ...fb },
    `Hi Hannah,

Thanks for our quick intro chat. After we spoke, I double-checked with the team: the Field Service Engineer job covers the Perth metro area and requires being on call for site visits within two hours. Since you're planning to stay in Bunbury, it wouldn't work on our side, so I'll close out your application.

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

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
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

  rej('interview', ['position_filled'], { ...door },
    `Hi Amara,

Thanks for coming in to meet the team at St. Brigid's Health Network for the Patient Access Coordinator role. I'm writing to let you know that we offered the position to another candidate, and she has accepted.

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
];
