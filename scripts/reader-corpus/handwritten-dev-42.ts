/**
 * Development messages of the forty-second round, never sealed: rejections from about a hundred and thirty different
 * employers, written to exercise the eleven reasons and the three flags rather than one job seeker's season. Every
 * reason of LABELS.md appears in at least ten messages, sometimes as the main sentence and sometimes said in passing
 * inside a long polite letter; about thirty messages give two reasons (a profile that does not match and a role based
 * elsewhere, an internal candidate and a frozen budget, a skills gap and the test). Specific feedback about the
 * candidate is sometimes the point of the letter and sometimes buried in its fourth paragraph; offers of feedback come
 * in many forms ("reply to this email", "the panel's notes", "available on request within 30 days") and a few letters
 * refuse it; doors are left open in many wordings (talent pools, "we'd be glad to hear from you again") and some are
 * closed or never mentioned. Stages are spread as in life, often told only in passing. Senders range from tracking
 * systems and agencies to HR teams and hiring managers, in American, British, Indian, Australian and Canadian English,
 * across sectors. A few look-alikes that decline nothing (acknowledgements, invitations, an offer) are mixed in. For
 * development only: the rules may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, other } = lineWriter('d42-');

export const HANDWRITTEN_DEV_42: readonly CorpusLine[] = [
  rej('application', ['generic'], {},
    `Thank you for applying to Brightmoor Logistics. After review, we will not be moving forward with your application for Dispatch Coordinator.`,
    'Your application to Brightmoor Logistics'),

  rej('application', ['profile_mismatch'], door,
    `Dear Hannah,

Thank you for your interest in the Policy Officer vacancy at Kestrel Housing Association and for the time you put into your application.

We have now shortlisted for interview, and I am sorry to let you know that on this occasion your application was not taken forward. The panel felt that other applicants' experience was a closer match to what the post needs.

We advertise regularly across our housing, care and support teams, and we would welcome an application from you for future openings that match your background. Vacancies are posted on our website every Friday.

Kind regards,

Recruitment Team
Kestrel Housing Association
Registered society no. 30411R`,
    'Policy Officer (ref KH-2231) – outcome of your application'),

  rej('interview', ['skills_gap', 'position_filled'], { ...fb, ...door },
    `Hi Marcus,

I wanted to write to you personally rather than let the system send its usual note, because you gave us a lot of your time over the last few weeks and it deserves more than a template.

First, thank you. The conversation with Priya and Tom on Thursday was one of the better ones we had in this process — your walkthrough of the billing migration at your last company was clear, honest about what went wrong, and you asked us sharp questions about our on-call setup that frankly we are still discussing.

I also want to acknowledge the process itself. Three rounds, a systems design session and a take-home review is a lot to ask of anyone who already has a full-time job, and I know you had to move things around twice to fit our calendars. We are looking at how to shorten the loop for the next hire, partly because of comments candidates like you made at the end of their interviews, so thank you for being candid about that too.

We've been through all the panel notes, compared them against the other people in the loop, and we've decided not to make you an offer for the Senior Platform Engineer role.

I know that's disappointing after three rounds, so let me be specific about why. The role owns our Kubernetes clusters from day one, and in the systems session it was clear that your hands-on experience there is mostly as a consumer — deploying onto clusters someone else ran — rather than operating them: upgrades, networking policies, capacity planning. The person we hired has run multi-tenant clusters for a few years, and given the size of our team we can't afford a long ramp-up on that part right now.

None of that takes away from what you clearly do well. The panel was unanimous that your incident write-up was the best one we saw, and your instinct to ask who gets paged before talking about tooling is exactly the habit we look for. If you pick up more of that operational side, I would genuinely like to talk again — please keep an eye on our careers page, as we expect to open another platform role in the spring, and feel free to reach out to me directly when you see it.

Thanks again for the time and the thought you put into this. I hope the rest of your search goes well, and that whoever gets you knows how lucky they are.

All the best,
Daniel Okafor
Engineering Manager, Platform
Lumenfold`,
    'Senior Platform Engineer — our decision'),

  rej('application', ['location'], fb,
    `Hello Wei,

Thank you for your interest in the Clinical Data Analyst position at Harborview Research Partners.

This position requires candidates to be authorized to work in the United States without current or future employer sponsorship. Based on the responses in your application, we are unable to consider you for this opening.

Sincerely,
Talent Acquisition
Harborview Research Partners`,
    'Re: Clinical Data Analyst – Req 4471'),

  rej('screen', ['salary'], { ...fb, ...offered },
    `Hi Priyanka,

Thanks again for hopping on the call with me on Tuesday — I enjoyed hearing about your work at Northbridge.

I've had a chance to go over everything with the hiring team. Honestly, your background lines up well, but the compensation you're targeting is quite a bit above the range we have approved for this Account Manager position, and we aren't able to move the band this year. So we won't be moving you forward to the interviews.

I'm sorry it's not better news. If you'd like to hear a bit more about how the team looked at things, just let me know and I'll happily set up ten minutes.

Cheers,
Kelsey Tran
Talent Partner | Ridgeline Software (Toronto)`,
    'Account Manager role at Ridgeline'),

  rej('final', ['position_filled'], door,
    `G'day Liam,

Thanks heaps for coming in for the final round last week and for meeting the whole crew at the Fremantle site. It was a really close one.

We've now offered the Operations Lead role to another candidate and she's accepted, so I'm afraid we won't be progressing your application any further.

I'd hate for this to be the end of it though. We're growing and there'll be more leadership roles across the WA sites next year — I'll keep your details on hand and give you a bell when something suitable comes up.

Cheers,
Bec Harland
People & Culture | Saltbush Freight`,
    'Operations Lead – final round'),

  rej('assessment', ['assessment'], fb,
    `Hi Jonah,

Thank you for completing the take-home exercise for the Backend Engineer (Payments) role.

Our reviewers went through your submission carefully. Unfortunately it did not meet the bar we set for this stage, so we won't be continuing with your application.

A couple of specifics from the review: the reconciliation job worked for the happy path but double-counted refunds when two events arrived out of order, and there were no tests around the currency rounding, which was the part of the brief we flagged as most important. The README was clear and the code was easy to follow.

Thanks again for your time.

Paywise Engineering Recruiting`,
    'Your take-home exercise — Paywise'),

  rej('application', ['internal_candidate'], door,
    `Dear Ms. Abernathy,

Thank you for applying for the Assistant Director of Annual Giving position at Whitcombe College.

I wanted to let you know that the search has concluded with the appointment of a current member of our Advancement staff, and we are therefore closing the search without further interviews.

We were impressed with the candidate pool and hope you will consider Whitcombe again when a future opening matches your interests.

Best regards,
Office of Human Resources
Whitcombe College`,
    'Assistant Director of Annual Giving search'),

  rej('application', ['role_closed'], door,
    `Hi Sophie,

A quick update on the Content Designer role you applied for in March.

Following a review of our 2025 plans, the business has paused hiring for this team and the vacancy has been withdrawn. That means we won't be taking any applications forward, including yours — I'm sorry to be passing on news that has nothing to do with you.

We'll keep your CV in our talent pool for 12 months, and if the role is re-opened you'll hear from us first.

Thanks,
Ellie
Talent Team, Fernhill Digital`,
    'Content Designer – vacancy withdrawn'),

  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Dear Rahul,

Thank you for taking the time to meet with our team in Gurugram last Friday for the Regional Sales Manager position.

After careful deliberation, the panel has concluded that your working style may not align closely with the way our small, highly collaborative regional team operates, and we will therefore not be proceeding further with your candidature.

Should you wish to receive more detailed feedback from the panel, kindly reply to this mail and I will arrange a short call at your convenience.

With best regards,
Neha Malhotra
HR Business Partner
Surajmukhi Agro Solutions Pvt. Ltd.`,
    'Regional Sales Manager – Interview outcome'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hello Georgina,

Many thanks for your application for the Finance Assistant role at Tidewell & Co.

Having reviewed your CV, we think your experience – a decade of management accounting and team leadership – goes well beyond what this entry-level post involves, and we don't believe it would offer you enough challenge. For that reason we won't be inviting you to interview.

We do hire senior finance staff from time to time and would be glad to hear from you again should one of those roles be advertised.

Best wishes,
Alison Cartwright
Practice Manager`,
    'Finance Assistant application'),

  rej('interview', ['internal_candidate', 'role_closed'], door,
    `Hi Tomasz,

I hope you're well. I promised you an update after our interview, and I'm sorry it has taken this long.

When we opened the process we had sign-off for two Data Engineer positions. Since then two things have happened. The first seat has gone to a colleague from our analytics team who applied internally, and at the end of the quarter the budget for the second seat was frozen as part of a company-wide spending review. So, with no position left to fill, we're closing the search and won't be taking your application further.

I know this is frustrating, especially after you prepared so well for the technical discussion. Your details are stored in our system, and I've flagged your profile so that if the second headcount is released next year I'll contact you before we advertise.

Best,
Annika Schultz
Recruiter, Vellum Analytics GmbH`,
    'Data Engineer – update'),

  other(`Hi Carlos,

Thanks for applying for the Field Service Technician role at Arcwell Elevators. We've received your application and our recruiting team will review it over the next two weeks.

If your experience matches what we're looking for, a recruiter will contact you to set up a phone screen. You can check the status of your application any time in your candidate portal.

Arcwell Elevators Talent Acquisition
This mailbox is not monitored.`, 'We received your application – Field Service Technician'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your interest in the Graduate Scheme 2026 at Marlow Insurance Group.

We received a very large number of applications this year and, after careful consideration, we regret that your application has not been successful on this occasion.

Due to the volume of applications we receive, we are unable to provide individual feedback.

Yours faithfully,
Early Careers Team
Marlow Insurance Group`,
    'Marlow Graduate Scheme 2026 – application update'),

  rej('screen', ['profile_mismatch', 'location'], fb,
    `Hi Aisha,

It was good to chat on Monday. After our call I spoke to the hiring manager for the Site Reliability role.

Two things stood against moving ahead: the team is looking for someone whose background sits closer to what they do day to day than yours currently does, and the role is fully on-site in Austin with no flexibility on that, which we discussed you weren't able to do.

So we're going to pass at this point. Thanks for your time and best of luck in the search.

Jordan
Recruiting, Cinderpath Systems`,
    'Following up on our call'),

  rej('interview', ['skills_gap', 'assessment'], { ...fb, ...offered },
    `Dear Fatima,

Thank you for attending the interview and the written exercise for the Senior Tax Associate position at Oakhurst Beresford LLP on 14 May.

We have now completed the assessment of all candidates. I am sorry to tell you that you have not been successful.

The panel recognised your strong grounding in corporate tax compliance. However, the role involves a substantial amount of international work, and the panel felt you did not yet have sufficient exposure to transfer pricing. Your written exercise also fell short of the pass mark: the answer on the group relief question did not address the time-apportionment point, which carried a large share of the marks.

If you would find it helpful to discuss this in more detail, please let me know and I will arrange a call with the interviewing partner.

Yours sincerely,
Catherine Hale
Graduate and Professional Recruitment
Oakhurst Beresford LLP`,
    'Senior Tax Associate – outcome'),

  rej('application', ['position_filled'], {},
    `This position has been filled. Thank you for your interest in Pinecrest Veterinary Clinic.`,
    'Veterinary Receptionist'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Mr. Venkataraman,

Greetings from Kaveri Infrastructure Ltd.

We thank you for your application for the post of Senior Structural Engineer (Bridges) at our Chennai office.

After a careful review of your profile against the requirements, we regret to inform you that your candidature could not be shortlisted, as the position mandates a minimum of eight years of experience in the design of prestressed concrete bridges along with a valid Chartered Engineer certification, and your profile presently indicates five years and no chartered status.

We shall retain your resume in our database and will contact you should a suitable requirement arise in future.

Thanking you,
HR Department
Kaveri Infrastructure Ltd.`,
    'Your application for Senior Structural Engineer (Bridges)'),

  rej('assessment', ['assessment'], {},
    `Hi there,

Thanks for completing the CodeSignal assessment for the Software Engineer II role at Quarrystone.

Unfortunately your score did not meet the threshold required to move forward in our process. We won't be progressing your application at this time.

— Quarrystone Recruiting

You are receiving this email because you applied for a position at Quarrystone, Inc. Unsubscribe | Privacy`,
    'Quarrystone: assessment results'),

  rej('final', ['culture_fit', 'profile_mismatch'], { ...fb, ...door },
    `Hi Evan,

Thank you for spending the whole of Wednesday with us in Leeds. I know a full day of sessions, a case presentation and lunch with the team is a lot to ask, and everyone commented on how prepared you were.

We've met as a panel and I'm sorry to say we've decided not to offer you the Head of Customer Operations role.

I want to be open about how we got there, as you asked for that at the end of the day. In the end the panel felt that our other finalist's background was the more direct match for what the business needs over the next two years.

The second thing is harder to put on paper, but I think it's fair to you. In the team session, several people felt your approach — setting direction quickly and then delegating heavily — would sit uneasily with a group that is used to being very involved in decisions. That's not a criticism of how you lead; it's about what this team needs right now.

I'd really like to stay in touch. We're opening a regional director post in the second half of the year and I'd be pleased to see your name come through for that.

Warm regards,
Joanna Fairbrother
Chief Operating Officer
Northvale Energy Services`,
    'Head of Customer Operations'),

  rej('application', ['generic'], door,
    `Hi Keanu,

Thank you for applying for the Barista position at Driftwood Coffee Roasters (Byron Bay). We've had a big response and won't be taking your application further this time.

Keep an eye on our Instagram for new roles — we'd love you to apply again!

Driftwood crew`,
    'Barista – Byron Bay'),

  rej('interview', ['salary'], fb,
    `Dear Olivier,

Thank you for meeting with Marc and me last week regarding the Bilingual Customer Success Manager position in Montréal.

We enjoyed the conversation. However, after reviewing the salary expectations you shared during the interview against the approved range for the position, we have concluded that we are not able to offer a package that would meet them. We have therefore decided to conclude the process with you.

We wish you every success.

Geneviève Tremblay
Conseillère, Acquisition de talents
Boréal Logiciels Inc.`,
    'Bilingual Customer Success Manager'),

  rej('application', ['overqualified'], fb,
    `Dear Dr. Osei,

Thank you for your application for the position of Laboratory Technician (Grade 4).

The selection panel considered your application carefully. Given that you hold a doctorate and several years of postdoctoral research experience, the panel considered you to be significantly overqualified for this technical support role and has not shortlisted you for interview.

Yours sincerely,
HR Services
University of Castlebridge`,
    'Laboratory Technician (Grade 4) – Ref CB10442'),

  rej('screen', ['location'], { ...fb, ...door },
    `Hi Rhys,

Great to speak with you yesterday. As we touched on, the Solutions Architect role has to be based in our Sydney office at least four days a week, and from what you said relocating from Auckland isn't on the cards for you this year — and we're not able to sponsor a visa for this position.

So I won't put you forward for this one. But I've popped a note on your profile: if a remote-friendly or NZ-based role opens up, I'll get in touch, and please feel free to ping me if you see one first.

Cheers,
Mia Robertson
Talent Acquisition, Bluegum Cloud`,
    'Solutions Architect – Sydney'),

  rej('application', ['role_closed'], {},
    `Dear Candidate,

We would like to inform you that the position of Procurement Executive (Job Code PE-118) has been cancelled due to organisational restructuring. Consequently, all applications received for this position stand closed.

We thank you for your interest in Sanjivani Pharmaceuticals.

Regards,
HR Team`,
    'Position cancelled – Procurement Executive'),

  rej('interview', ['internal_candidate'], offered,
    `Hi Natalie,

I wanted to follow up on your interview for the Marketing Operations Manager role at Copperleaf Health.

We had a strong slate of candidates, and in the end we've decided to fill the role with someone already on our team who has been covering parts of the job for the past six months. Because of that, we won't be moving forward with your candidacy.

This had much more to do with the situation than with you. If it'd be useful, I'm glad to share the interview team's notes — just reply here and we can find a time.

Best,
Rachel Kim
Senior Recruiter, Copperleaf Health`,
    'Marketing Operations Manager — update'),

  rej('application', ['profile_mismatch'], {},
    `Thank you for your interest in Nordlicht Bank. Having compared your profile with the requirements of the position of Risk Analyst, we have decided not to consider your application further. Your documents will be deleted in accordance with data protection regulations.

Kind regards
Nordlicht Bank AG – Recruiting`,
    'Ihre Bewerbung / Your application – Risk Analyst'),

  rej('application', ['skills_gap', 'location'], fb,
    `Hi Daniela,

Thanks for applying to be a Spanish-English Medical Interpreter with ClearVoice Language Services.

After reviewing your application, we're unable to move forward. This position requires a current CCHI or NBCMI certification, and it is based at our partner hospitals in the Phoenix area — we are only considering applicants who already live within commuting distance.

Regards,
ClearVoice Recruiting Team`,
    'Medical Interpreter application'),

  rej('final', ['position_filled'], { ...offered, ...door },
    `Dear Sanjay,

Thank you for your patience through what turned out to be a long process for the Plant Head – Nashik role, and for travelling to meet our Managing Director for the final discussion.

I am writing to let you know that we have concluded the selection and the offer has been accepted by another candidate.

You were one of the last two candidates, and the decision was a close one. If you would like to understand how the panel arrived at it, I would be glad to share their observations over a call; please write back with a convenient time.

We would also like to keep in touch for future senior manufacturing roles in the group, and with your permission will keep your profile active with us.

Warm regards,
Vikram Joshi
Head – Talent Acquisition
Trimurti Auto Components Ltd.`,
    'Plant Head – Nashik: final update'),

  rej('application', ['culture_fit'], fb,
    `Hey Brooke,

Thanks for applying to Loudhouse! We read every application ourselves (we're 14 people) and we don't think this is the right match — from your cover letter it sounds like you're after a structured environment with clear processes, and honestly we're the opposite of that right now. Wouldn't be fair to you.

Good luck out there.
— Sam & the Loudhouse team`,
    'your Loudhouse application'),

  rej('screen', ['generic'], {},
    `Hi Deshawn, thanks for your time on the phone earlier this week. After talking with the team, we've decided to move forward with other candidates for the Warehouse Supervisor role. Wishing you the best. – Tasha, Recruiting`,
    'Warehouse Supervisor'),

  rej('assessment', ['assessment', 'profile_mismatch'], { ...fb, ...door },
    `Hello Min-jun,

Thank you for completing the design challenge for the Product Designer role at Foldline. We know it takes real time and we appreciate it.

We've now reviewed the submissions, and we won't be moving your application to the interview stage.

Our reviewers liked the clarity of your visual work. Where the challenge fell short for us was the research side: the brief asked you to explain how you'd validate the new onboarding flow with users, and your submission went straight to high-fidelity screens without that step. More broadly, the candidates we're progressing have backgrounds that line up more closely with what this team needs than yours does at the moment.

We'd love to see your portfolio again for future design roles here — we hire a few times a year.

Best,
Foldline Design Team`,
    'Foldline design challenge — next steps'),

  rej('application', ['position_filled'], door,
    `Dear Jessica,

Thank you for your interest in the Dental Nurse position at Wrenfield Dental Practice. I am writing to let you know that the position has now been filled.

We will keep your CV on file for six months and may contact you if a similar vacancy arises.

Kind regards,
Lorraine Bell
Practice Manager`,
    'Dental Nurse vacancy'),

  rej('application', ['salary'], { ...fb, ...door },
    `Hi Gabriel,

Thank you for applying for the Senior UX Researcher position at Cobaltline.

We reviewed your application and noticed that the salary you listed ($185,000 base) is well above the range budgeted for this level ($130,000–$150,000). Because of that gap, we have decided not to move forward with your application for this particular opening.

We'd welcome an application for future openings that match your level — our Staff and Principal roles are posted on our careers site as they come up.

Best regards,
Cobaltline Talent Acquisition

This message was sent from an unmonitored address. To manage your candidate profile, sign in to the Cobaltline careers portal.`,
    'Your application: Senior UX Researcher'),

  rej('screen', ['overqualified'], { ...fb, ...offered },
    `Hello Margaret,

Thanks for making time for our call on Wednesday afternoon. It was a real pleasure to hear about your years running the regional branch network.

Having spoken with the hiring manager since, we've agreed not to take your application for Branch Administrator any further. With respect, the role is an administrative one reporting into the branch manager, and we both felt your senior leadership background would leave you under-used and, quite possibly, frustrated within a few months.

If you'd like to talk through that decision or hear the hiring manager's thinking first-hand, I'm very happy to arrange it.

Kind regards,
Stuart Pennington
Recruitment Adviser, Heathergate Building Society`,
    'Branch Administrator – following our call'),

  rej('interview', ['culture_fit'], { ...fb, ...door },
    `Dear Ikenna,

I hope this email finds you well, and thank you again for coming to our Shoreditch studio on Monday for the second interview for the Junior Creative Producer role. It was lovely for the whole team to finally meet you in person rather than on a screen, and I know Femi particularly enjoyed talking to you about the festival work you did in Lagos.

As you know, we're a small agency of eleven people, and the producer role sits right at the centre of everything: client calls, shoots, edits, invoicing, the lot. We spent a long time this week talking about what the next producer needs to bring, and about each of the people we met.

I'm sorry to say that we've decided not to offer you the role.

I'd like to be honest with you about why, because I think it will be more useful than a standard line. In the interview you mentioned a few times that you do your best work with a clear brief and a fixed plan, and that you find last-minute changes stressful. That's completely fair, and lots of great producers work that way — but our days are chaotic, briefs change hourly, and the team felt that the way we work would make you unhappy rather than help you grow. It was a question of fit with how we run, not of talent.

We'd genuinely love to keep in touch. We're planning to take on a second producer on a larger, more structured client account next year, and I think that might suit you far better; I'll let you know when it's live, and please do apply.

With warm wishes,
Lottie Brennan
Managing Director
Halfmoon Films`,
    'Junior Creative Producer'),

  rej('application', ['internal_candidate'], {},
    `Dear Applicant, thank you for applying for Logistics Planner (REQ-20931). This requisition has been filled by an internal candidate and is now closed. Regards, Talent Acquisition, Vantor Chemicals.`,
    'REQ-20931 Logistics Planner – status update'),

  rej('application', ['role_closed'], {},
    `Dear Siddharth,

Thank you for your interest in joining Corvane Technologies.

Due to a company-wide hiring freeze, the Junior DevOps Engineer opening has been put on hold indefinitely and we are closing all applications for it. We will not be proceeding with your application.

Please note that, given the number of applications we receive, we are unable to respond to individual queries or provide feedback on applications.

Regards,
Corvane Technologies Careers`,
    'Update on your Corvane application'),

  rej('screen', ['generic'], offered,
    `Hi Ava,

Thank you for your time on the phone last week to talk about the Events Coordinator role at Glasshouse Hotels.

We've now decided to progress with other candidates for the next round of interviews.

If you would like feedback on your application or our call, reply to this email and I'll be happy to share a few thoughts.

Best wishes,
Charlotte Doyle
Recruiter`,
    'Events Coordinator – Glasshouse Hotels'),

  rej('interview', ['assessment'], { ...fb, ...offered },
    `Dear Kwame,

Thank you for attending your second interview at Alderbrook Consulting on Thursday and for the case presentation you prepared.

Following a review by the partners, we will not be making you an offer for the Associate Consultant role.

Your first-round interview went well, and the panel appreciated your energy. The decision came down to the case presentation: the market sizing rested on an assumption about the number of independent pharmacies that the panel could not reconcile, and the recommendation did not follow clearly from your analysis.

Should you wish to go through the case in more detail, I would be glad to arrange a feedback call with one of the partners. Feedback is available on request within 30 days of this letter.

Kind regards,
Imogen Pryce
Recruitment Manager
Alderbrook Consulting`,
    'Associate Consultant – second interview outcome'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Arjun,

Thanks for applying to the Payroll Specialist role at Maplecrest Financial.

For this role we can only consider candidates who are legally entitled to work in Canada at the time they start. Your application indicates that you'd need an employer-supported work permit, which we aren't able to provide for this position, so we won't be moving ahead.

If your status changes, we'd be glad to hear from you again — your profile will remain in our talent community, and you can update it any time.

Regards,
Talent Acquisition | Maplecrest Financial
Toronto, ON`,
    'Maplecrest Financial – Payroll Specialist'),

  rej('application', ['skills_gap'], fb,
    `Hi Jess,

Thanks for applying for the Disability Support Worker casual role with Sunhaven Care in Geelong.

Unfortunately we can't progress your application at this stage, as all of our support roles need a current NDIS Worker Screening Check and a full (not probationary) driver's licence, and your application shows neither yet.

Thanks for your interest,
Sunhaven Recruitment`,
    'Your Sunhaven Care application'),

  other(`Dear Ms. Lindqvist,

Thank you for your application for the position of Research Software Engineer at the Institute for Coastal Systems.

We are pleased to invite you to an interview on Tuesday 18 March at 10:00 (CET), via video call. The panel will consist of Dr. Karlsson (group leader), Dr. Meyer and a representative of HR. The interview will last around 45 minutes and will include a short technical discussion of one of your past projects.

Please confirm your availability by reply. If the time is not suitable, we will do our best to find an alternative.

With kind regards,
Human Resources
Institute for Coastal Systems`, 'Invitation to interview – Research Software Engineer'),

  rej('final', ['salary'], { ...fb, ...offered },
    `Hi Daniel,

Thank you for coming through all four stages with us, including last Friday's final meeting with our CFO.

We've reached a decision and, unfortunately, we aren't able to extend an offer. The team was keen, but the gap between your expected package and what we can pay at this level turned out to be too wide to bridge — we explored a few options internally, including a sign-on bonus, and none of them got close enough to what you'd told us you needed.

I'm sorry we couldn't make it work. If it helps, I'm happy to go over the rest of the panel's feedback with you on a quick call.

Kind regards,
Amira Haddad
Head of Talent, Solvent Health`,
    'Finance Business Partner – decision'),

  rej('application', ['generic'], door,
    `Dear Candidate,

Thank you for your interest in the Customer Service Officer role at Coastline Credit Union.

We received a very high number of applications and, on this occasion, you have not been shortlisted. Due to the high volume of applications, we are unable to provide feedback to individual applicants.

We encourage you to continue to check our careers page and apply for future roles that interest you.

Coastline Credit Union People Team`,
    'Customer Service Officer – application outcome'),

  rej('interview', ['profile_mismatch'], { ...offered, ...door },
    `Hi Rosalind,

Thank you for taking the time to interview with us for the Learning Experience Designer role. We enjoyed learning about your work in higher education.

After careful consideration, the team has decided to move forward with a candidate whose background more closely matches our current needs.

Please don't hesitate to reach out if you'd like feedback — I'd be glad to set up a short call. We also hope you'll consider applying for future roles at Trellis Learning; we'd be glad to hear from you again.

All the best,
Monica Alvarez
People Operations, Trellis Learning`,
    'Learning Experience Designer – update'),

  rej('assessment', ['skills_gap', 'assessment'], fb,
    `Hi Yusuf,

Thanks for sitting the SQL and Python screening test for the Data Analyst role at Hollowbrook Retail.

You scored well on the SQL section, but the Python section was below the pass mark — most of the pandas questions (joins, grouping and reshaping) were left incomplete, and the role needs someone who can work in Python from the first week without support. So we won't be taking your application forward to interview.

Good luck with your search.

Hollowbrook Retail Data Team`,
    'Data Analyst test results'),

  rej('application', ['profile_mismatch', 'location'], fb,
    `Dear Ms. Pillai,

Thank you for applying to the position of Area Sales Manager – Telangana at Vishwa Paints Ltd.

We have carefully reviewed your profile. We regret to inform you that your profile does not match the current requirement, and moreover the position requires the candidate to be based in Hyderabad and travel extensively within the state, whereas you have indicated that you are not open to relocation from Kochi.

We wish you all the best in your career.

Regards,
HR – Recruitment
Vishwa Paints Ltd.`,
    'Application status – Area Sales Manager (Telangana)'),

  rej('screen', ['internal_candidate'], offered,
    `Hey Jordan,

Wanted to close the loop after our intro call. Shortly after we spoke, a team member in our Chicago office raised their hand for the Sales Enablement Manager role, and leadership decided to move them into it. That means the req is closed and we won't be moving forward with external candidates.

Sorry for the short ride. Happy to hop on a call if you want feedback on the conversation we had — just let me know.

Thanks,
Dev Patel
Recruiting @ Northstack`,
    'Sales Enablement Manager'),

  rej('interview', ['role_closed'], door,
    `Dear Mr. Hughes,

Thank you for attending the interview for the post of Estates Manager at St Aldric's School on 21 January.

Since the interviews took place, the governors have approved a restructure of the school's support services, and the post of Estates Manager will no longer exist in its advertised form. As a result, we will not be making an appointment to this post.

I apologise for any disappointment this may cause. The new structure is likely to include a Facilities and Premises Lead role later in the year, and the governors would be pleased to receive an application from you should it be advertised.

Yours sincerely,
Mrs. E. Whitlock
School Business Manager`,
    'Post of Estates Manager'),

  rej('application', ['overqualified'], fb,
    `Hi Chen,

Thank you for your application for the Junior Accounts Payable Clerk role. Your CV shows more than fifteen years in finance, including time as a controller, which is far beyond what this entry-level role requires. We don't think it would be a good use of your experience, so we won't be moving your application forward.

Regards,
Westvale Foods Recruitment`,
    'Junior AP Clerk – your application'),

  rej('screen', ['culture_fit'], fb,
    `Hi Noor,

Thanks for your time on Friday's video call. I've spoken with the team lead since, and we're not going to move forward to the panel stage.

On our call you talked about wanting a role where you can work independently with minimal check-ins. This team works in very tight pairs, with daily standups and shared ownership of every ticket, and we don't think it would suit the way you like to work.

All the best,
Ines
Talent, Moorgate Labs`,
    'Your application – Moorgate Labs'),

  rej('interview', ['position_filled', 'skills_gap'], fb,
    `Dear Petra,

Thank you for interviewing with us for the SAP Finance Lead role at Halvorsen Maritime.

We have decided to offer the position to a candidate with hands-on S/4HANA migration experience, which we felt was essential given our upgrade timeline. While your ECC experience is strong, we did not feel we could make an exception on this point.

Thank you for your time and interest.

Kind regards,
Lars Eriksen
HR Manager, Halvorsen Maritime AS`,
    'SAP Finance Lead'),

  rej('application', ['generic'], {},
    `Dear Jobseeker,

Your application for the post of Accounts Executive at Mehta & Sons Trading has been reviewed. We regret to inform you that you have not been shortlisted for further process.

This is an auto-generated mail. Please do not reply.`,
    'Application status – Accounts Executive'),

  rej('final', ['internal_candidate'], offered,
    `Dear Ruth,

Thank you very much for coming in for the final round of the Director of Clinical Services process. It was a strong field, and meeting the board was, I know, quite an afternoon.

The board has decided to appoint from within: the role will go to our current Deputy Director, who has been acting up since the autumn. We will therefore not be offering you the position.

I realise this will be disappointing after you reached the last two. If you would like a debrief, please let me know and I'll arrange time with the chair of the panel.

With best wishes,
Karen Mulholland
Executive Search Lead
on behalf of Eastfield Hospice`,
    'Director of Clinical Services – Eastfield Hospice'),

  rej('interview', ['salary', 'location'], { ...fb, ...door },
    `Hi Tegan,

Thanks for chatting with Josh and me on Tuesday about the Senior Brand Manager role — you clearly know the category inside out, and we both enjoyed the conversation.

I wanted to come back to you quickly rather than leave you hanging. After the interview we went back over the practical side. The role is based in our Brisbane head office with three days in the office, and as you mentioned you'd want to stay fully remote from Hobart; on top of that, your salary expectations are around $25k above what we've set for the role. With both of those in play we don't think we can make it work, so we won't be taking things further.

If either of those changes for you down the track, please get in touch — I'd happily talk again.

Cheers,
Lauren
Talent Acquisition, Paperbark Brands`,
    'Senior Brand Manager – quick update'),

  other(`Dear Mr. Nakamura,

On behalf of Greywater Analytics, I am delighted to offer you the position of Senior Data Scientist, reporting to Dr. Helen Marsh, starting on 2 February.

Your annual base salary will be $162,000, paid bi-weekly, together with an annual target bonus of 10% and the benefits described in the enclosed summary. This offer is contingent on the successful completion of a background check.

Please sign and return this letter by Friday, 16 January. We are excited about the prospect of you joining the team.

Sincerely,
Paula Greene
VP, People`, 'Offer of employment – Greywater Analytics'),

  rej('application', ['position_filled'], door,
    `Hello Farah,

Thank you for your application for the HR Coordinator role at Silverbay Resorts.

We wanted to let you know that the position has now been filled. We appreciate your interest in joining our team.

Your details will stay in our talent pool for 12 months, and we'll contact you if a role matching your experience becomes available.

Warm regards,
Silverbay Resorts People & Culture`,
    'HR Coordinator – Silverbay Resorts'),

  rej('application', ['overqualified', 'salary'], fb,
    `Dear Mr. Ramesh Iyer,

Thank you for showing interest in the position of Team Leader – Customer Support at Pragati Finserv Limited, Coimbatore.

We have gone through your resume in detail. With 16 years of experience, including your present role as Deputy General Manager, your profile is considerably senior to the level of this position. Also, your current and expected CTC as mentioned in the application are well beyond the budget approved for this role. Hence we are unable to take your candidature forward.

We thank you for your interest and wish you success in your future endeavours.

Regards,
Talent Acquisition Team
Pragati Finserv Limited`,
    'Team Leader – Customer Support: application status'),

  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Hi Brandon,

Thank you for spending time with the team at Juniper Street Credit Union last week. We really appreciated your preparation and your questions about our lending products.

We have now completed interviews for the Member Services Supervisor position, and we've decided not to move forward with your candidacy.

Our interviews put a lot of weight on how candidates live out our core values, especially around coaching rather than directing. In your answers about handling an underperforming teller, the panel felt the approach you described leaned more on discipline than on development, which isn't quite how we want supervisors here to operate.

If you'd like more detail, I'm happy to schedule a 15-minute call to go over the panel's feedback.

Regards,
Terri Colburn
Human Resources Generalist`,
    'Member Services Supervisor – update'),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the online numerical and verbal reasoning tests as part of your application to the Castlebrook Bank Analyst Programme.

We regret to inform you that your results did not meet the standard required to progress to the next stage of the selection process.

Please note that we are unable to share individual test scores or provide personal feedback.

Yours sincerely,
Castlebrook Bank Graduate Recruitment`,
    'Castlebrook Analyst Programme – online test outcome'),

  rej('application', ['role_closed'], door,
    `Hi Matilda,

Just a quick note on the Project Coordinator role you applied for. Unfortunately the project that role was supporting has been pushed back to next financial year, so we've pulled the ad and won't be filling the position for now — which means your application won't go any further.

Sorry about that. We'll hang on to your resume and we'd really encourage you to apply again when it's re-advertised, probably around July.

Cheers,
Hayley
Admin Manager, Redgum Civil`,
    'Project Coordinator – Redgum Civil'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Santiago,

It was nice connecting with you on the phone on Monday.

I took your salary expectations back to the hiring manager for the Field Marketing Manager role. Unfortunately, at $140K base you're well outside the range we have approved, and we aren't able to go that high this year, so we won't be scheduling the next round.

I'd really like to stay in touch, though — we're planning a Director-level opening in the second half of the year, and you'd be a great candidate for that. I'll reach out as soon as it's approved.

Take care,
Megan Walsh
Recruiting Lead, Tandem Freight Tech`,
    'Following up — Field Marketing Manager'),

  rej('interview', ['internal_candidate'], door,
    `Dear Amelia,

Thank you for attending interview for the role of Communications Manager at the Ashworth Trust on Tuesday 4 March, and for the care you took in preparing your presentation on our winter appeal. The panel particularly enjoyed the way you had drawn on our supporter survey, and I know our Director of Fundraising has already borrowed one of your ideas.

I am writing to let you know the outcome. After a good deal of discussion, the panel decided to appoint an existing member of staff who has been covering the communications brief since last summer. This means we will not be offering you the post on this occasion.

I appreciate that this will be disappointing, particularly as you reached interview in a strong field. Please be assured that the decision reflects the particular circumstances of our team this year.

We very much hope you will keep an eye on our vacancies, as we expect to recruit a Digital Engagement Officer in the autumn, and we would be delighted to hear from you again.

With best wishes,
Frances Oduya
HR and Office Manager
The Ashworth Trust`,
    'Communications Manager interview – outcome'),

  rej('application', ['generic'], {},
    `Your application for Inventory Analyst (R-118402) has been reviewed. At this time, we have decided not to move forward. Thank you for your interest in Calder Outdoor.

Calder Outdoor Careers · Do not reply to this message.`,
    'An update on your application for Inventory Analyst'),

  rej('interview', ['culture_fit', 'profile_mismatch'], fb,
    `Hi Chloé,

Thanks for meeting with Raj and Eleanor for the Office Manager role at Steepleton Architects.

We've thought about it carefully and have decided not to proceed. The panel felt the other candidates' experience was more in line with what we need, and, to be candid, there was a sense that your very formal, process-first style might not mesh with the team's informal way of working — you mentioned you'd want to introduce booking systems for the meeting rooms and approval forms for stationery, and that's a long way from how the studio likes to run.

Wishing you every success.

Eleanor Marsh
Studio Director`,
    'Office Manager role'),

  rej('assessment', ['assessment'], offered,
    `Dear Tobias,

Thank you for completing the personality and situational judgement questionnaires for the Trainee Air Traffic Services Assistant role.

Having reviewed the results, we regret to inform you that your application will not progress to the next stage, as your results did not meet the profile required for this role.

A summary report of your results is available on request; please reply to this email within 30 days if you would like to receive it.

Kind regards,
Recruitment Services
Northcoast Air Navigation`,
    'Trainee ATSA – assessment outcome'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hello Emily,

Thank you for your interest in the Client Service Representative position at our Ottawa office.

This role requires full professional proficiency in both English and French (level C in the federal language assessment), and based on your application your French is currently at an intermediate level. For that reason we're unable to move you forward for this opening.

We have many English-only roles across our other offices — we'd encourage you to keep an eye on our careers page and apply to any that match your background.

Regards,
Human Resources
Rideau Benefits Group`,
    'Client Service Representative – Ottawa'),

  rej('interview', ['overqualified'], { ...fb, ...offered, ...door },
    `Dear Frank,

Thank you for coming to meet us on Friday for the Warehouse Team Leader role. It was a pleasure to show you around the site, and the team enjoyed your stories from your years running distribution for Hartwell.

We've now considered everyone we met. I'm sorry to say we've decided not to offer you the position. Quite simply, the panel felt that with your background running a 300-person operation, this role — managing a shift of eight — would not stretch you, and we were worried we'd lose you quickly to something bigger.

I'd be more than happy to talk this through if you'd find it useful; just let me know. And if an Operations Manager position comes up here, which we expect next year, we'd love you to apply for it.

Best regards,
Gareth Lloyd
Site Manager, Penhallow Distribution`,
    'Warehouse Team Leader – interview outcome'),

  other(`Hi Tanvi,

Thank you for sending through your CV for the Senior Paralegal role with our client, a top-tier firm in the City.

I've had a look and I'd like to put you forward. Before I do, could you let me know your current notice period and your availability for a 20-minute call this week? I'll also need your right-to-work documents.

Kind regards,
Oliver Strand
Senior Consultant – Legal
Parkway Recruitment`, 'Senior Paralegal – next steps'),

  rej('screen', ['location'], fb,
    `Hi Mateus,

Thanks for the call this morning. As we discussed, the Customer Success Engineer role is based in our Dublin office and requires the successful candidate to hold a valid EU work permit or be an EU/EEA citizen. Since you would need sponsorship, we're unable to continue with your application for this role.

Best regards,
Siobhán Kearney
Recruitment, Brightlayer Software`,
    'Customer Success Engineer – Dublin'),

  rej('interview', ['role_closed'], offered,
    `Dear Ms. Adeyemi,

Thank you for interviewing for the Compliance Manager position at Fairhaven Mutual on 3 October.

Following a strategic review that concluded last week, our compliance function will be consolidated with the group compliance team in Edinburgh, and the Compliance Manager role in Bristol has been withdrawn. We will therefore not be proceeding with the appointment.

I'm sorry to bring the process to an end this way. If you would like feedback from your interview, please let me know and I will arrange it.

Yours sincerely,
David Rowe
Head of Resourcing, Fairhaven Mutual`,
    'Compliance Manager – withdrawal of vacancy'),

  rej('application', ['internal_candidate'], door,
    `Hi Kenji,

Thank you for applying to the Community Manager role at Lanternfish Games. We've filled this role internally, so we won't be reviewing external applications any further.

We'd still love to see you apply for future roles — we're hiring across community and player support this year.

Lanternfish Games Recruiting`,
    'Community Manager — Lanternfish Games'),

  rej('final', ['culture_fit'], { ...fb, ...door },
    `Dear Anjali,

Thank you for travelling to our offices in Pune for the final round of interviews for the position of Head of Product Design. The team was grateful for your time, especially as the day ran considerably longer than planned.

We have now had the opportunity to discuss all the finalists in detail with our founders and the design leads. As you know, this is the first time we are hiring a head of design from outside the company, and we took longer over the decision than we had planned; thank you for your patience while we did so, and for the two follow-up questions you answered for us by email last week.

Before I come to the outcome, I would like to say how much we appreciated the way you engaged with the whole process. Several of the designers you met in the portfolio review mentioned afterwards that your questions about how they currently work were more thoughtful than the ones they usually hear from candidates.

It gives me no pleasure to share that we will not be extending an offer to you for this position.

The panel was unanimous that your portfolio was among the strongest they have seen this year, and your session on design systems was excellent. Where the discussion came down was around leadership style. In the conversation with the founders, you described a model in which the design head sets direction and reviews work at milestones, while our design team is used to — and values — a head who is in the details with them every day. The founders felt this difference in working style would be hard to bridge in a team of our size.

We would very much like to stay connected. Our product portfolio is expanding and we expect to hire for senior design roles again next year; we would be glad to reach out to you then, and you are welcome to write to me directly at any time.

With warm regards,
Meera Kulkarni
Vice President – People
Tarangini Software Pvt. Ltd.`,
    'Head of Product Design – final round update'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Zoe,

Thanks for doing the sub-editing and news-writing test for the Digital Reporter role at the Tamworth Tribune.

Sorry to say it won't be going any further this time. The editors liked your news sense, but the test copy had a couple of factual slips in the council story and the 300-word piece came in at nearly 450 words, which was one of the things we were testing.

We advertise junior roles a couple of times a year — please do try again.

Ros Hennessy
Deputy Editor`,
    'Digital Reporter test'),

  rej('application', ['salary'], fb,
    `Hello Andrei,

Thank you for your application for the Embedded Software Engineer position.

Your stated minimum salary of €95,000 is above the range we can offer for this role, so unfortunately we cannot continue with your application.

Best regards,
Recruiting Team
Kalvik Systems GmbH`,
    'Embedded Software Engineer – your application'),

  rej('screen', ['overqualified'], { ...fb, ...door },
    `Hi Patricia,

Thank you for chatting with me yesterday about the Office Coordinator opening.

After our conversation I shared your details with the office manager. We both feel that, given your background as an executive assistant to the CEO of a large company, this role — which is mostly front desk and supply ordering — would be a step back for you. So we're going to pass on this one.

That said, I've saved your profile and we'd be glad to hear from you again if an executive support role opens up. I'll also let you know directly if one comes across my desk.

Best,
Hannah Lee
People Team, Cedar & Vine Interiors`,
    'Office Coordinator – next steps'),

  rej('interview', ['salary'], fb,
    `Hi Moses,

Thank you for interviewing for the Senior Accountant role at Kingfisher Plumbing Supply. The team enjoyed meeting you.

After discussing compensation with the owners, we aren't able to meet the salary you asked for at the end of the interview, so we'll be moving on with our search.

Thanks again,
Debra Fields
Office Manager`,
    'Senior Accountant'),

  rej('application', ['generic'], {},
    `Dear Sir/Madam,

Thank you for your application for the position of Sales Assistant with Bellwood Home Stores.

We have now completed our shortlisting and regret to inform you that your application has not been successful.

Due to the high number of applications received, we are not able to offer feedback to individual candidates.

Yours faithfully,
Bellwood Home Stores Recruitment`,
    'Sales Assistant – Bellwood Home Stores'),

  rej('interview', ['internal_candidate'], {},
    `Hello Marisol,

Thank you for interviewing for the Program Director position at Desert Bloom Community Services. After completing interviews, we have selected an internal candidate for the position.

We appreciate your time and interest.

Sincerely,
Lucia Romero
Executive Director`,
    'Program Director position'),

  rej('application', ['role_closed'], {},
    `Hi Oscar,

Thanks for your interest in Fluxpoint. Our latest funding round didn't close as planned, so we've cancelled all open roles for the time being, including Growth Marketer. We won't be able to proceed with your application.

Sorry for the abrupt news.

The Fluxpoint team`,
    'Fluxpoint – open roles cancelled'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Priya,

Thank you for taking part in the Stage 2 online exercises of the Harrowgate Civil Service Fast Track on 12 June.

We regret to inform you that you have not been successful on this occasion. Your overall score fell below the level required to progress to the final assessment centre. In particular, your performance in the group exercise was marked below the standard for the "working together" behaviour, as assessors noted that you did not build on the contributions of other candidates; your written analysis exercise scored well.

You may request a full copy of your assessor feedback report by replying to this email within 30 days.

Fast Track Recruitment Team`,
    'Fast Track assessment centre outcome'),

  rej('application', ['position_filled'], {},
    `Hi Kiri, thanks for your application for the Kitchen Hand position. We've already filled the role, sorry! Cheers, Tui – Kōwhai Café`,
    'Kitchen Hand'),

  rej('screen', ['profile_mismatch'], door,
    `Hi Aleksander,

Thanks for your time on our initial call. I've reviewed the notes with the hiring team, and we've decided to move forward with candidates whose experience aligns more closely with the Technical Account Manager role.

We'll keep your details on file and would be happy to reconnect if a better-suited opportunity opens up.

Best,
Camille
Recruiting, Orbitline`,
    'Technical Account Manager – Orbitline'),

  rej('application', ['location', 'salary'], { ...fb, ...door },
    `Hi Rashid,

Thanks for coming back to me about the Senior Quantity Surveyor role with my client in Manchester.

I've spoken to them and unfortunately they won't be taking it forward. They need someone on site in Manchester five days a week — they're not open to the hybrid split from Leeds that you'd want — and your day-rate expectation is also around £75 above what they've budgeted for the contract.

Sorry it's not better news. I'll keep your CV on my desk and ring you when the next site-based role comes in that fits.

Danny Moss
Principal Consultant – Construction
Keystone Talent Partners`,
    'Senior QS – Manchester'),

  rej('application', ['position_filled', 'profile_mismatch'], door,
    `Dear Callum,

Thank you for applying for the Grounds Maintenance Supervisor position with Ellery Park Golf Club.

We received a good number of applications and have now offered the position to an applicant whose experience more closely matched what the committee was looking for. The position has been accepted.

We will keep your application on file, and should another vacancy arise on the greenkeeping team we would welcome hearing from you.

Yours sincerely,
Moira Dunlop
Club Secretary`,
    'Grounds Maintenance Supervisor'),

  rej('screen', ['internal_candidate'], offered,
    `Hi Shreya,

Thank you for speaking with me on Thursday about the Product Analyst role at Emberlane.

Since then, the hiring manager has decided to offer the role to a member of our customer insights team who had applied through our internal mobility programme. As a result, we're closing the role and won't be moving forward with external candidates.

I'm sorry it ended this way. If you'd like my notes from our conversation, I'm glad to share them — just reply to this email.

Warmly,
Nadia Farouk
Talent Acquisition Partner, Emberlane`,
    'Product Analyst at Emberlane'),

  rej('interview', ['overqualified', 'salary'], { ...fb, ...offered },
    `Dear Hamid,

Thank you for meeting with our panel for the Junior Network Administrator position at Greenfield Unified School District.

The panel was impressed by the depth of your experience. However, your background as a network architect is well beyond the scope of this junior role, and the salary schedule for the position (Classified Range 32) is significantly below the compensation you indicated you would need. For these reasons, we will not be moving forward with your candidacy.

If you would like to discuss the panel's feedback further, please contact me at the number below.

Respectfully,
Linda Ochoa
Classified Personnel Specialist
Greenfield Unified School District`,
    'Junior Network Administrator – interview results'),

  rej('application', ['skills_gap', 'location'], fb,
    `Dear Mr. Abdul Rahman,

With reference to your application for the post of Oracle EBS Functional Consultant (Dubai), we thank you for your interest in Zenith Global Services.

We regret to inform you that we are unable to process your application further, as our client requires a minimum of six years of hands-on Oracle EBS Financials implementation experience and the candidate must already hold a valid UAE residence visa, since the project does not support new visa processing.

We wish you all the best.

Regards,
Recruitment Desk
Zenith Global Services LLC`,
    'Oracle EBS Functional Consultant – Dubai'),

  rej('interview', ['position_filled'], door,
    `Hi Tyler,

I wanted to let you know that we extended an offer for the Regional Account Executive role last week, and the candidate has accepted. Thank you for the time you spent interviewing with Jamie and the sales leadership team.

We were really glad to meet you, and we hope you'll apply again when we open more territories later this year. I'd be glad to hear from you.

Best,
Kendra Michaels
Recruiter, Bramble HR Software`,
    'Regional Account Executive — role filled'),

  rej('application', ['culture_fit'], fb,
    `Dear Nikolai,

Thank you for your application to join Hollis & Finch as a Trainee Solicitor.

As part of our application form we ask every candidate to respond to three questions about our values. Having considered your answers carefully, the graduate recruitment committee felt that your responses — in particular your answer on client service, which focused almost entirely on individual billing targets — did not reflect the collaborative, client-first culture we look for. We are therefore unable to progress your application.

Yours sincerely,
Graduate Recruitment
Hollis & Finch LLP`,
    'Trainee Solicitor application – Hollis & Finch'),

  rej('assessment', ['skills_gap', 'assessment'], fb,
    `Hi Arnav,

Thanks for finishing the React take-home for the Frontend Engineer position at Cloudberry.

We reviewed your submission and decided not to move forward. The app met the functional requirements, but accessibility was a must-have for this role and the submission had no keyboard navigation or ARIA labelling, and the state management grew complicated enough that the reviewers struggled to follow it. This role needs someone who is already confident with accessible component design.

Unfortunately we're unable to provide any further feedback beyond this summary.

Cloudberry Engineering`,
    'Frontend Engineer take-home'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for applying to the Summer Internship Programme 2026 at Ravenscroft Capital.

After careful review, we regret that we will not be progressing your application. Please note that candidates may submit only one application per recruitment cycle, and we will not be able to consider a further application from you for this programme until the next cycle opens.

We are unable to provide individual feedback due to the volume of applications.

Ravenscroft Capital Campus Recruitment`,
    'Ravenscroft Summer Internship 2026'),

  rej('interview', ['role_closed', 'salary'], { ...fb, ...door },
    `Hi Mariana,

I'm sorry to be writing with news like this after such a good set of interviews.

The Senior Copywriter role was approved at a band that fit your expectations, but last week the budget for the content team was cut and the role has been re-scoped to a mid-level position at a considerably lower salary — below what you told us you'd need. So rather than ask you to take a big step down, we've closed the senior role and won't be progressing your application.

If the senior budget is restored next year, I would love to reach out to you first, and I hope you'd consider us again.

Best,
Jonas Holm
Creative Director, Fjordlight Agency`,
    'Senior Copywriter — an update'),

  other(`Hi Ricardo,

This is a reminder that your online assessment for the Graduate Engineer role at Dunmore Energy has not been completed yet.

Unfortunately, your assessment link will expire at 23:59 tonight (BST). If you have already completed it, please ignore this message.

Good luck!
Dunmore Energy Early Careers`, 'Reminder: complete your online assessment today'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Deborah,

Thanks so much for applying for our part-time Bookkeeper role. With your CPA and years as a finance director, you're far more experienced than this role needs — it's about ten hours a week of data entry and bank reconciliations — so we don't think it's the right fit for you.

If we ever need a fractional finance lead, you'll be the first person I call. Your resume stays with us.

Kind regards,
Ben Ashford
Owner, Ashford Custom Joinery`,
    'Bookkeeper role'),

  rej('screen', ['culture_fit'], { ...fb, ...offered },
    `Hi Laila,

Thank you for the screening call on Tuesday. I've now had a chance to share my notes with the hiring manager for the Account Director role.

We've decided not to move you forward. During the call, you described your ideal environment as a large, established agency with clearly defined roles, and we're a 30-person shop where directors pitch, plan and sometimes build the decks themselves. We don't think the culture here would give you what you're looking for.

If you'd like to discuss this further, I'd be happy to set up a follow-up chat.

Best,
Georgia Mills
Talent Lead, Pennyroyal Agency`,
    'Account Director – screening call follow-up'),

  rej('final', ['position_filled', 'skills_gap'], { ...fb, ...offered },
    `Dear Helena,

Thank you for attending the final panel for the Chief Nursing Information Officer post at Larkfield Health Network on Monday, and for your presentation to the board.

The panel has now made its decision and, after a very close contest, the post has been offered to another candidate. The deciding factor was experience of leading an electronic patient record go-live across multiple hospital sites, which the panel considered critical for the next two years and which your application showed only at a single-site level.

Please do contact me if you would like a fuller debrief; I would be glad to arrange time with the chair.

Kind regards,
Sunita Grewal
Executive Recruitment Manager
Larkfield Health Network`,
    'CNIO – final panel outcome'),

  rej('application', ['location'], fb,
    `Hi Siddiq,

Thanks for your interest in the Systems Engineer role with Ironbark Defence Solutions.

Because the role requires a Baseline security clearance, we can only consider applicants who are Australian citizens. Your application indicates you hold permanent residency, so unfortunately we can't progress it further.

Regards,
Ironbark Recruitment Team`,
    'Systems Engineer – Ironbark Defence Solutions'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Grace, thanks for interviewing with us for the Event Marketing Specialist role. We've decided to move forward with candidates whose experience is a stronger fit for the position. Best of luck — Tammy, Orchard Lane Events`,
    'Event Marketing Specialist'),

  rej('application', ['internal_candidate'], {},
    `Dear Candidate,

Thank you for applying for the position of Branch Operations Manager at Sahyadri Co-operative Bank Ltd.

We wish to inform you that the position has been filled through internal promotion as per the bank's promotion policy. Hence your application cannot be considered.

Regards,
Personnel Department
Sahyadri Co-operative Bank Ltd.`,
    'Branch Operations Manager – application'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Ewan,

Thank you for coming to see us at the Glasgow office on Thursday for your interview for the Marine Electrical Engineer position, and for your patience with the slightly chaotic tour of the yard afterwards — we do not normally ask candidates to wear hard hats before lunch.

We have now finished the round of interviews and have spent some time comparing the candidates with what the vessel programme needs over the next eighteen months.

I am sorry to tell you that we will not be offering you the position on this occasion.

To give you something useful to take away: the panel was very happy with your general electrical design experience and your answers on safety management were among the best we heard. The gap was high-voltage shore power. The programme we are recruiting for involves designing HV shore connection systems for three new ferries, and in the technical discussion you were frank that you had only worked on low-voltage distribution. We need someone who can lead that design work without close supervision from the start.

We would be very pleased to hear from you again. We recruit engineers throughout the year, and if you gain some HV experience I would encourage you to apply for our next senior vacancy.

Kind regards,
Alasdair Munro
Engineering Manager
Clydeside Marine Design Ltd`,
    'Marine Electrical Engineer – interview outcome'),

  rej('assessment', ['assessment'], {},
    `Thank you for completing the HackerRank challenge for the Graduate Software Engineer programme. Unfortunately your result did not meet the required threshold and we will not be proceeding with your application.

Tessellate Graduate Recruitment`,
    'Tessellate – coding challenge result'),

  rej('application', ['role_closed'], door,
    `Dear Ms. Reyes,

Thank you for your application for the position of Regional Finance Analyst (Manila).

Following a recent organisational decision, this position will now be based in our Singapore regional hub, and the Manila vacancy has been closed. We are therefore unable to continue with your application.

We will keep your CV on record and hope you will consider other opportunities with Arrowmere Group as they arise.

Kind regards,
Group Talent Acquisition
Arrowmere Group`,
    'Regional Finance Analyst (Manila) – vacancy closed'),

  rej('screen', ['salary', 'overqualified'], fb,
    `Hi Victor,

Thank you for taking my call last week about the Store Manager opening at our Calgary location.

After talking with our district manager, we've agreed this isn't a match. You've run a multi-store region for several years, which is a lot more than this single-store role involves, and the pay you're looking for is above the top of our store manager range.

Thanks again, and good luck with your search.

Renée Giroux
Recruiter, Prairie Outfitters`,
    'Store Manager – Calgary'),

  rej('interview', ['culture_fit'], { ...fb, ...offered, ...door },
    `Hi Omar,

First off, thank you for the energy you brought to Wednesday's interviews. The team genuinely enjoyed it.

We've made our decision for the Community Partnerships Lead role, and we won't be offering it to you. The team's biggest hesitation was around pace: you described thriving in fast, target-driven sales settings, and our partnerships work is slow, relationship-first and often takes a year to bear fruit. We felt you might find our rhythm frustrating.

If you want to hear more, I'm happy to share the panel's notes in full. And please keep us in mind — we'd be glad to hear from you for roles closer to business development, which we hire for too.

Warmly,
Zanele Mokoena
People Lead, Commonground Foundation`,
    'Community Partnerships Lead'),

  rej('application', ['profile_mismatch'], {},
    `Dear Faisal,

Thank you for your interest in the Research Associate post in our Chemistry department.

We have reviewed your application alongside the others we received and, regrettably, on this occasion your application has not been shortlisted, as other applicants more closely met the requirements of the post.

Due to the number of applications received we are unable to provide individual feedback.

Kind regards,
Human Resources
Ravenholt University`,
    'Research Associate (Chemistry) – Ref RU-3318'),

  other(`Hello Tomás,

Thank you for checking in about the Maintenance Planner position. Our hiring team is still reviewing applications and we expect to contact shortlisted candidates by the end of next week.

We appreciate your patience.

Best regards,
Human Resources
Galvin Paper Mill`, 'RE: Maintenance Planner – application status'),

  rej('interview', ['overqualified'], fb,
    `Dear Suresh,

Thank you for your time at the interview for Assistant Manager – Quality at our Hosur plant.

Having discussed with the panel, we are of the view that your experience as Quality Head at your present organisation is higher than the responsibilities of this position, and that the role would not meet your career expectations. Therefore we are not proceeding further with your candidature.

Regards,
HR
Anantha Precision Castings Pvt. Ltd.`,
    'Interview feedback – Assistant Manager Quality'),

  rej('application', ['skills_gap'], fb,
    `Hi Maya,

Thank you for your application for Registered Nurse – ICU at Lakeshore Regional Medical Center.

This position requires a minimum of two years of acute critical care experience and current CCRN certification. Since your application does not show either, we're not able to move forward, and please note that you will not be able to reapply for this requisition.

Lakeshore Regional Talent Acquisition`,
    'RN – ICU (Req #55190)'),

  rej('screen', ['location', 'profile_mismatch'], fb,
    `Hi Jasper,

Thanks for your time on the recruiter call. After reviewing it with the hiring manager, we're not moving forward: the Partner Marketing Manager role needs someone who can be in our Vancouver office three days a week, which you said wasn't feasible from Victoria, and the team felt your experience overall isn't as close a match as some of the other candidates'.

All the best,
Priya
Talent, Skylark Commerce`,
    'Partner Marketing Manager'),

  rej('interview', ['position_filled'], {},
    `Dear Ms. Fontaine,

Following your interview for the Executive Assistant position, we would like to inform you that the position has been filled.

We thank you for your interest in Beaumont Hotel Group.

Sincerely,
Human Resources`,
    'Executive Assistant'),

  rej('application', ['generic'], door,
    `Dear Lucy,

Thank you for applying for the Assistant Buyer – Homewares position at Pellingham & Gray, and for the interest you have shown in our business. We know that putting together an application takes time and thought, and we are grateful that you chose to spend some of it on us.

This year we were fortunate to receive many applications for a small number of buying roles, and each one has been read by a member of the buying team as well as by our recruitment colleagues.

We are sorry to let you know that, on this occasion, we will not be taking your application further.

We realise that this is not the news you were hoping for. Pellingham & Gray recruits across our buying, merchandising and store teams throughout the year, and we would welcome an application from you for any future openings that match your interests. New vacancies are published on our careers site every Monday, and you can set up alerts there so that you hear about them first.

Thank you again for thinking of us, and we wish you every success.

With kind regards,

Emma Whitlow
Recruitment Coordinator
Pellingham & Gray plc

Pellingham & Gray plc is registered in England and Wales, company no. 00412877. This e-mail and any attachments are confidential.`,
    'Assistant Buyer – Homewares: your application'),

  rej('application', ['role_closed'], {},
    `Dear applicant,

Selection process 26-DND-EA-ONT-48810 (Administrative Assistant, CR-04) has been cancelled by the hiring organization. No further action will be taken on your application.

This is an automated message from the recruitment system. Please do not reply.`,
    'Selection process cancelled – 26-DND-EA-ONT-48810'),

  rej('interview', ['assessment', 'profile_mismatch'], { ...fb, ...offered, ...door },
    `Dear Natasha,

Thank you for coming in on Monday for the second stage of the Head of Research Communications process, and for the presentation you prepared on our spring campaign. I know it asked a lot of you to build that in a week, on top of a full-time job, and we did notice the care that went into it.

We have now met all four candidates at this stage, and the panel has had a long conversation about each of them.

I am sorry to tell you that we have decided not to take your application further.

I want to give you some specific feedback, as you asked for it at the end of the interview. The presentation was well structured, but it focused on press coverage, while the brief asked for a plan to reach policy makers; the panel felt the section on select committees and civil servants was thin, and it was the part of the task we weighted most. Beyond the presentation, the candidates we are taking forward simply matched the role's scope more closely than your background does.

If you would like to discuss this further, I would be glad to arrange a call with the chair of the panel. And we would be pleased to see your name come through again: we expect to advertise a Senior Media Officer role in the new year.

Best wishes,
Dr. Isobel Raine
Director of Communications
Wexford Institute for Public Policy`,
    'Head of Research Communications – second stage'),

  rej('screen', ['generic'], {},
    `Hi Connor,

Thanks for speaking with us. We've reviewed your phone screen and won't be progressing you to the next stage for the Junior Analyst role.

Due to the volume of candidates, we can't provide individual feedback.

Regards,
Talent Team, Meridian Ridge Partners`,
    'Junior Analyst – Meridian Ridge'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Jamal,

Thanks for applying to the Remote Customer Support Specialist role at Tidepool.

Even though the role is remote, we can only hire in the 22 U.S. states where we have a registered entity, and Vermont isn't one of them at the moment. Because of that we're unable to move forward.

We're adding states every quarter — please apply again if you see us hiring in Vermont, or if you move.

Tidepool People Team`,
    'Remote Customer Support Specialist'),

  other(`Hi Emma,

We've received your request to withdraw your application for the Clinical Pharmacist position at Bayside Health. Your application has been withdrawn and you will not receive further communication about this role.

Thank you for your interest, and we wish you well.

Bayside Health Talent Acquisition`, 'Application withdrawn – Clinical Pharmacist'),

  rej('assessment', ['assessment'], { ...fb, ...offered, ...door },
    `Dear Ahmed,

Thank you for the time and effort you put into the translation assessment for the Arabic–English Legal Translator position with Meridian Language Partners. We know these tasks are demanding, and we were pleased to see so many strong submissions this round.

Every assessment is marked blind by two senior translators, against a standard scheme that looks at accuracy, terminology, register and presentation. Scores from both markers are combined, and only candidates above the threshold go on to interview.

After combining the marks, I am sorry to say that your submission did not reach the threshold this time, and we will not be inviting you to interview.

Both markers commented that your English prose was fluent and natural. The main issues were in the contract extract: two clauses on liability were rendered with terms that changed their legal effect, and a defined term was translated inconsistently across the passage, which the scheme treats as a serious error in legal work.

If you would like a copy of the marked assessment, please let us know and we will send it with the markers' comments. We reopen the assessment twice a year and we would welcome a new attempt from you in the next round.

Kind regards,
Samira Haddad
Resourcing Manager
Meridian Language Partners`,
    'Legal Translator (AR>EN) – assessment result'),

  rej('application', ['position_filled'], {},
    `Dear Candidate,

Greetings from Shreeji Textiles!

This is to inform you that the vacancy for Merchandiser (Export House) has been closed as the position is filled. We thank you for your interest.

Regards,
HR Team
Shreeji Textiles, Tiruppur`,
    'Merchandiser – vacancy closed'),

  rej('interview', ['generic'], offered,
    `Dear Simon,

Thank you very much for attending interview for the position of Operations Coordinator at Thornbury Housing Trust on Wednesday 9 April. The panel very much enjoyed meeting you and hearing about your experience.

We were delighted with the number and quality of applications for this post, and the interview day was a hard one for the panel.

After careful deliberation, I am sorry to inform you that on this occasion you have not been successful.

Should you wish to receive feedback on your interview, please contact me and I will arrange for a member of the panel to call you.

Thank you again for your interest in working with the Trust.

Yours sincerely,
Helen Carey
HR Officer
Thornbury Housing Trust`,
    'Operations Coordinator – interview outcome'),

  rej('application', ['salary'], { ...fb, ...door },
    `Hi Ellie,

Thanks for your application for the Marketing Coordinator role at Banksia Health.

Your expected salary of $95k is a fair bit above what we've budgeted for this role (up to $78k + super), so we won't be progressing your application this time.

We'd be glad to hear from you again for more senior roles — we've got a Marketing Manager role likely to open early next year.

Kind regards,
Sarah
Talent Acquisition, Banksia Health`,
    'Marketing Coordinator – Banksia Health'),

  rej('screen', ['role_closed'], door,
    `Hi Pooja,

Thanks again for the call on Wednesday. I'm sorry to say the Business Analyst role we discussed has been cancelled by the client following a change in their project priorities, so I'm not able to take your application any further.

I'll keep your details on file and will be in touch if it is ever re-opened, or if something similar comes up with another client.

Best,
Ramesh Gupta
Lead Recruiter, Talentbridge Consulting`,
    'Business Analyst – role cancelled'),

  rej('interview', ['location'], { ...fb, ...offered },
    `Hi Lukas,

Thanks for interviewing with us for the Logistics Manager role at Coldharbour Fresh.

As we discussed on the call, the role requires relocating to our Aberdeen site within three months of starting, and since then you've let us know that you won't be able to move your family this year. Given that, we won't be able to move forward.

I'm happy to share the interview feedback if that would help you for other applications — just drop me a line.

Best wishes,
Morven Grant
HR Manager`,
    'Logistics Manager – Coldharbour Fresh'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Mr. Oyelaran,

Thank you for your interest in the position of Sales Engineer (DACH region) at Vetterling Automation.

As the position involves daily contact with customers in Germany, Austria and Switzerland, business-fluent German (at least C1) is essential. As your application states German at A2 level, we are unfortunately unable to consider it further.

We would be happy to receive your application for one of our English-speaking roles in the future.

Kind regards,
Human Resources
Vetterling Automation GmbH`,
    'Your application – Sales Engineer (DACH)'),

  other(`Hi Priyanka,

Unfortunately, our hiring manager has had a scheduling conflict and needs to move Thursday's interview for the Supply Chain Analyst role. Would any of the following work for you instead?

• Monday 14th, 11:00–11:45
• Tuesday 15th, 15:00–15:45

Apologies for the inconvenience, and thanks for your flexibility.

Best,
Recruiting Coordinator, Halyard Foods`, 'Rescheduling your interview – Supply Chain Analyst'),

  rej('interview', ['internal_candidate'], { ...offered, ...door },
    `Hi Kevin,

Thanks for meeting with the team last week for the IT Service Desk Manager role.

Shortly after your interview, one of our current team leads applied for the role, and after a round of conversations we've decided to promote from within. So we won't be moving forward with your application.

This really isn't a reflection on you — the panel enjoyed your interview. If you'd like any feedback, get in touch and I'll pass on the panel's notes. We'd also welcome an application for future openings that match your experience.

Regards,
Angela Sutherland
HR Advisor, Norfell Council`,
    'IT Service Desk Manager'),

  rej('application', ['overqualified', 'location'], fb,
    `Dear Mr. Kapoor,

Thank you for applying for the position of Office Administrator at our Leicester branch.

Having considered your application, we feel that your extensive management experience is considerably more than this role calls for. In addition, the position is office-based in Leicester, and you have indicated that you would be commuting from London and would require two days a week from home, which we cannot offer for this role.

We wish you well in your job search.

Yours sincerely,
Personnel Office
Dalton & Reeve Solicitors`,
    'Office Administrator – Leicester'),

  rej('assessment', ['generic'], {},
    `Hi Joel,

Thank you for completing the online assessment for the Retail Operations Graduate scheme at Fennimore Foods.

We've now reviewed your application in full, and we're sorry to say that we've decided to proceed with other candidates. Due to the number of applications, we are unable to provide personalised feedback.

Fennimore Foods Early Careers`,
    'Retail Operations Graduate scheme – update'),

  rej('application', ['role_closed'], door,
    `Hi Carmen,

Thanks for applying to the Data Steward position. We've recently consolidated a few of our open requisitions, and this role has been closed as a result. We won't be reviewing applications for it any further.

Your profile will remain in our system, and we'll reach out if a similar role opens that aligns with your experience.

Best,
Quillon Health Recruiting`,
    'Data Steward — requisition closed'),

  rej('screen', ['profile_mismatch', 'salary'], { ...fb, ...offered },
    `Hi Nathaniel,

Thanks for the chat on Monday about the Senior Product Manager role.

I took it back to the hiring team and they've decided not to move forward. Part of it is that the other candidates' backgrounds are a closer match for the role, and part of it is that the base you mentioned is about $30K over the top of the band for this level.

If you'd like more detail on how the team read your background, I'm happy to set up a quick call.

Best,
Priya Raman
Recruiting, Lodestone Health`,
    'Senior Product Manager – update'),

  rej('application', ['generic'], {},
    `Thank you for applying. Unfortunately you have not been selected for the Cashier position at Fairway Market #214.`,
    'Fairway Market – application status'),

  rej('interview', ['position_filled', 'culture_fit'], { ...fb, ...door },
    `Hi Isla,

Thank you for interviewing with us for the Pastry Chef position at Hearth & Crumb, and for the bake on Saturday — the croissants went down a storm with the floor staff.

We've decided to offer the job to another candidate. It was close, and for us it came down to how you'd work in our kitchen: it's tiny, everyone does a bit of everything, and the team felt your preference for a dedicated pastry section with your own schedule wouldn't sit easily with how we work day to day.

We'd love to see you back for future openings, especially if we open the second site next year.

Cheers,
Rory
Head Chef, Hearth & Crumb`,
    'Pastry Chef at Hearth & Crumb'),

  rej('application', ['profile_mismatch'], door,
    `Dear Yasmin,

Thank you for your interest in the Regulatory Affairs Associate role at Halcyon Biosciences.

After reviewing your application, we have decided to pursue other candidates whose qualifications more closely align with this position.

We will retain your resume in our database and consider you for future opportunities that may be a better match.

Sincerely,
Halcyon Biosciences Talent Acquisition`,
    'Regulatory Affairs Associate'),

  other(`Welcome to the Ostrava Motors Talent Community!

Hi Jakub,

Thanks for joining our Talent Community. You'll now receive updates about new job openings that match your interests in engineering and manufacturing, as well as news from across Ostrava Motors.

You can update your preferences or leave the community at any time from your profile.

The Ostrava Motors Talent Team`, 'Welcome to our Talent Community'),

  rej('application', ['location'], fb,
    `Dear Candidate,

Thank you for applying to the Customer Relationship Executive position.

As communicated in the job description, this requirement is only for candidates currently residing in Bengaluru. Since your current location is Bhubaneswar, we are unable to take your profile forward.

Regards,
Recruitment Team
Nakshatra Broadband Services`,
    'Customer Relationship Executive – Bengaluru'),

  rej('interview', ['skills_gap', 'location'], fb,
    `Dear Ms. Moreau,

Thank you for attending the interview for the position of Project Engineer at our Lyon site.

We regret to inform you that we will not be continuing the process with you. The panel felt that the project requires more experience with ATEX certification for equipment in explosive atmospheres than you currently have, and we also understood that you would not be able to relocate to Lyon, while the position requires daily presence on site.

We wish you every success in your future career.

Yours sincerely,
Human Resources
Delaunay Process Engineering`,
    'Project Engineer – Lyon'),

  rej('screen', ['position_filled', 'salary'], fb,
    `Hi Alana,

Thanks for the call last week. The client has now filled the Payroll Manager position with a candidate whose salary expectations fit within their budget, which yours — at $125K — didn't quite, as we discussed.

Good luck!

Marcus Chen
Senior Recruiter, Northlight Staffing`,
    'Payroll Manager – position filled'),

  rej('application', ['internal_candidate'], door,
    `Hi Freya,

Thanks for putting yourself forward for the Volunteer Coordinator role at Saltmarsh Wildlife Trust.

We've decided to appoint one of our long-standing volunteers, who has been helping coordinate the programme for the past year, so we won't be interviewing external candidates.

We'd be glad to hear from you again — please keep an eye on our website, as we'll be recruiting seasonal rangers in the spring.

Best wishes,
Tom Edwards
Volunteer Programme Manager`,
    'Volunteer Coordinator – Saltmarsh Wildlife Trust'),
  other(`Hi Nicole,

Great news: the team would like to invite you to the final round for the Customer Insights Manager role at Wildoak Outdoors.

The final round is an on-site half day at our Portland office on Thursday, June 5, from 9:00 to 1:00. You'll meet our VP of Marketing, two future peers, and present the case study you received earlier this week (20 minutes, plus questions).

Unfortunately we can't cover travel for local candidates, but lunch is on us. Please confirm by Monday.

Best,
Erin Baptiste
Recruiting Coordinator, Wildoak Outdoors`, 'Final round invitation – Customer Insights Manager'),
];
