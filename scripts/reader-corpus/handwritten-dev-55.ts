/**
 * Development messages of the fifty-fifth round, never sealed: rejections told around the stage the candidate reached,
 * each from a different employer. Interviews and final rounds come in many shapes (a panel, an on-site or virtual loop,
 * "the team you met", a case presentation, second and third rounds, a partner conversation, a reference check after the
 * last interview, "the last two", "you were very close"); screens are told as screens (a recruiter's call, a first chat,
 * a phone screen) and kept apart from conversations with the hiring manager, which are interviews; assessments are
 * tests, take-home tasks, work samples, psychometrics and practicals with no later interview; and application-stage
 * letters whose boilerplate names interviews, assessments or "the next stage" the candidate never reached stay at
 * `application`. Five processes are paused. Fifteen look-alikes decline nothing: invitations to the next round,
 * reschedules, "you have progressed", feedback surveys after an interview, an offer. Tracking-system templates and
 * hand-written notes, from two lines to several hundred words, in British, American, Indian, Australian, Irish, South
 * African, Singaporean and second-language English. Labelling choices held throughout, as in round forty: a stated
 * salary, location or missing requirement about this candidate counts as specific feedback; a named requirement or
 * domain is `skills_gap` even when another candidate is also said to be closer; "not found suitable" is
 * `profile_mismatch`; a decline that follows "a review of your results" is `assessment`; a full on-site loop is a
 * final round, a third round alone is not. For development only: the rules may be checked against it and the model
 * trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d55-');

export const HANDWRITTEN_DEV_55: readonly CorpusLine[] = [
  // ── Final rounds
  rej('final', ['position_filled'], { ...door },
    `Hi Marisol,

Thank you for coming in for the on-site last Thursday and for spending the whole day with us. I know five back-to-back sessions is a lot to ask of anyone.

I'm sorry to tell you that we've extended an offer to another candidate and they have accepted. It was a close call and the team genuinely enjoyed meeting you.

We'd love to stay in touch, and I'll reach out if something similar opens up on the platform team next year.

Best,
Jonah Whitcombe
Engineering Recruiter, Tallowbrook Systems`, 'Tallowbrook – update on your onsite'),

  rej('final', ['profile_mismatch'], { ...offered },
    `Dear Mr Okonkwo,

Thank you for attending the final panel interview for the post of Head of Finance at Greyfriars Housing Trust on 14 March.

The panel has now concluded its deliberations. I regret to inform you that on this occasion you have not been successful. The panel felt that another candidate more closely matched the requirements set out in the person specification.

Should you wish to receive feedback on your interview, please contact me and I will arrange a call with the Chair of the panel.

Yours sincerely,

Philippa Haddow
HR Business Partner
Greyfriars Housing Trust`, 'Head of Finance – outcome of final interview'),

  rej('final', ['generic'], {},
    `Hey Dev — you made it to the last two, which says a lot. We went the other way in the end. Sorry it isn't better news. – Carla`),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Hi Aoife,

I wanted to ring you but couldn't catch you, so an email will have to do.

You were very close. Honestly, it came down to you and one other person after the final round with Declan and the two directors. What tipped it was direct experience running a Salesforce migration end to end — the other candidate had led two, and with our go-live in Q3 the directors felt they couldn't take the time for someone to ramp into that.

Everything else about your interview was strong: your answers on stakeholder management were the best we heard all week.

Please do keep an eye on our careers page. We're growing the CRM team again in the new year and I'd be delighted to see your name come through.

Kind regards,
Niamh Carberry
Talent Partner | Lisnagree Logistics | Dublin 2`, 'Salesforce Programme Lead – final round'),

  rej('final', ['generic'], {},
    `Dear Candidate,

Thank you for participating in the final stage of our selection process for the role of Graduate Analyst (Req #GA-2291).

After careful consideration, we regret to inform you that we will not be progressing your application further.

We wish you every success in your future career.

Kind regards,
Emerging Talent Team
Harrowgate Capital Partners

This email was sent via Workday. Please do not reply to this message.`, 'Your application for Graduate Analyst'),

  rej('final', ['culture_fit'], { ...fb },
    `Hi Priyanka,

Thanks for flying out to meet the leadership team for the final conversations. After reflecting as a group, we've decided not to move forward. We felt that the way you like to work — with a lot of structure and clearly defined scope — would be a tough match for how loosely we operate at this stage of the company.

That isn't a criticism; it's just the reality of a twelve-person startup.

Wishing you the best,
Tomas Varga, co-founder, Quillfeather`, 'Quillfeather — following up'),

  rej('final', ['internal_candidate'], { ...offered },
    `Dear Gareth,

Thank you very much for presenting your strategy paper to the board selection committee on Tuesday. The committee were impressed by the quality of your thinking.

Following the final interviews, the committee has decided to appoint an internal candidate who has been acting in the role since September. I appreciate this will be disappointing after the considerable effort you have put in.

If you would find a feedback conversation useful, I would be glad to arrange one with the Chair.

With best wishes,
Rosalind Pethick
Executive Search Consultant, on behalf of Abermoor Arts Council`, 'Director of Programmes'),

  rej('final', ['salary'], { ...fb, ...door },
    `G'day Liam,

Thanks for meeting with Sue and the regional manager for the last round yesterday. Really appreciated you driving up to Toowoomba for it.

We've had to make a call, and unfortunately we can't get to the package you're after — the top of the band for this one is about twenty grand under what we talked about, and head office won't budge. So we're going to go with another candidate.

If anything opens up at a higher level I'll be straight on the phone to you.

Cheers,
Brett Lowrie
Darling Downs Agri Supplies`, 'Store Manager role'),

  rej('final', ['position_filled'], {},
    `Hello Ms. Fernández,

Thank you for completing your final interview and reference check with us for the Senior Paralegal position.

We wanted to let you know that the position has now been filled. We appreciate the time you gave us throughout the process.

Sincerely,
Office of Human Resources
Whitlock, Amari & Strand LLP`, 'Senior Paralegal – Position Update'),

  rej('final', ['skills_gap', 'location'], { ...fb },
    `Hi Kenji,

Thank you for the time you put into the virtual onsite last week — four interviews plus the system design session is a big investment.

The team has decided not to extend an offer. Two things came up in the debrief. First, the role needs someone who has operated Kafka at scale in production, and your experience there was mostly on the consumer side. Second, we confirmed with legal that we can't support a visa transfer for this position, which I should have flagged earlier — apologies for that.

Thanks again and good luck with your search.

Amara Osei
Technical Recruiter, Vellichor Data

---
Sent from Ashby`, 'Your interviews with Vellichor Data'),

  rej('final', ['generic'], { ...door },
    `Dear Ananya,

Greetings from Kaveri Infotech!

We thank you for attending the final HR round for the post of Senior Business Analyst. We regret to inform that we are unable to offer you the position at this point of time. However, we shall keep your profile in our database and will get in touch should a suitable opening arise.

Wishing you all the very best.

Regards,
HR Team
Kaveri Infotech Pvt. Ltd., Chennai`, 'Regarding your candidature'),

  rej('final', ['position_filled', 'profile_mismatch'], { ...door, ...offered },
    `Hi Tom,

Thanks so much for the final presentation to the partners on Friday, and for your patience with a process that ran longer than any of us would have liked.

After the partner discussions, we've decided to offer the role to someone whose background lines up a little more closely with what we need right now. I know that's frustrating to hear when you've been through four rounds.

I'm happy to give you some more detailed thoughts on the presentation if you want — just reply and we'll find a time. And please don't be a stranger; we hire into the strategy team most years.

All the best,
Hannah Lisle
People Partner, Fenwright & Coyle`, 'Strategy Manager – update'),

  rej('final', ['position_filled'], {},
    `Guten Tag Herr Brandt,

thank you for your interest and the very pleasant conversations in the last selection round in Munich. We have now decided for another candidate, who has accepted our offer. We regret that we can not give you a more positive news.

For your further professional way we wish you all the best.

With kind regards
Sabine Roth
Personalabteilung
Ostwald Präzisionstechnik GmbH`, 'Ihre Bewerbung / Your application as Quality Engineer'),

  rej('final', ['role_closed'], { ...door },
    `Hi Zanele,

I'm so sorry to be writing this after you got all the way through to the final panel. Yesterday the exec team decided to put the Customer Insights Lead role on ice for the rest of the financial year because of the budget review, so we won't be appointing anyone.

You were one of the two people we were choosing between. When the role comes back — and I think it will — I'd like to call you first.

Warm regards,
Thandeka Mokoena
Talent Acquisition, Protea Mutual, Cape Town`, 'Customer Insights Lead'),

  rej('final', ['overqualified'], { ...fb },
    `Hi Raymond,

Thanks for meeting with our COO for the final conversation. We've decided to go in a different direction. Honestly, with your twenty years leading operations, we think you'd outgrow this coordinator role within a few months, and we'd rather be straight with you about that than make a hire that doesn't work for either side.

Take care,
Maddie
Brightwater Home Care`, 'Operations Coordinator'),

  rej('final', ['profile_mismatch'], {},
    `Subject line says it all, I'm afraid. Thank you for taking part in our assessment centre and the final interview. On balance the panel found other candidates to be stronger against the competency framework.

Civil Service Resourcing
Vacancy reference: 48291`, 'Outcome: vacancy 48291 – unsuccessful'),

  rej('final', ['generic'], { ...offered },
    `Hi Chidi,

Thank you for your time yesterday with our VP of Engineering for the final round. We've decided not to move forward with an offer.

If you'd like feedback, let me know and I'll share what I can.

Best regards,
Lena — Recruiting @ Orbitwell`, 'Orbitwell: Senior Backend Engineer'),

  rej('final', ['assessment', 'skills_gap'], { ...fb, ...door },
    `Dear Sandeep,

Thank you for presenting the case study at our final-round interview. The panel appreciated the structure of your recommendations.

Unfortunately we will not be offering you the position. The main concern was the financial modelling in the case: the payback calculation treated the capex as an annual cost, and the sensitivity analysis was not completed. For a role that will own the business case for every new site, the panel needed to see stronger modelling skills.

We would encourage you to apply again in future; your commercial instincts were clear.

Kind regards,
Fiona Birtles
Recruitment Lead, Marlowe Leisure Group`, 'Business Case Manager – final round outcome'),

  rej('final', ['generic'], {},
    `Dear Wei Ling,

Thank you for attending the third and final interview with our Managing Director. We regret that we are unable to offer you the position. We appreciate your interest in Tanjong Marine Services and wish you well.

Best regards,
Human Resource Department
Tanjong Marine Services Pte Ltd, Singapore`, 'Application for Marine Superintendent'),

  rej('final', ['position_filled'], { ...door },
    `Hi Sasha, I wanted to let you know personally — we offered the role to the other finalist this morning and she's said yes. You were brilliant in the panel and I really hope we cross paths again. If you're ever interested in our Melbourne office, just shout. Jess`),

  // ── Interviews
  rej('interview', ['generic'], {},
    `Hi Ryan,

Thank you for taking the time to interview with the team for the Product Designer role. After careful consideration, we have decided not to move forward with your candidacy at this time.

We appreciate your interest in Kindleaf and wish you the best of luck in your job search.

Best,
The Kindleaf Recruiting Team

Powered by Greenhouse`, 'Your application to Kindleaf'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Olga,

Thanks for speaking with me and with Rafael on Tuesday. We enjoyed the conversation, but we're looking for someone with more hands-on experience in regulatory submissions to the EMA, and we don't think the role would be the right step for you without that.

Best of luck,
Henrik Dahl
QA Manager, Nordvik Pharma`, 'Regulatory Affairs Specialist'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Mohammed,

Thank you for interviewing with us for the position of Site Engineer. We were impressed with your background; however, we have selected a candidate whose experience more closely aligns with the needs of the project.

We will keep your details on file and may contact you about future opportunities.

Regards,
Recruitment Team
Alhambra Contracting LLC, Dubai`, 'Site Engineer – interview outcome'),

  rej('interview', ['generic'], {},
    `Thanks again for chatting with the team yesterday, Priya. We're not going to move ahead this time. Best of luck out there!

— Sent via Lever`, 'Following up – Tiderunner'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Jordan,

Thank you for the second round with the engineering managers. I'll be honest with you since you asked for candour on our call: the team felt your preference for working independently and asynchronously didn't match how heavily we pair program. Almost all of our work happens in pairs, all day, and we worried you'd be unhappy here.

Best of luck,
Samir
Recruiter, Pairwise Labs`, 'Second round – decision'),

  rej('interview', ['location'], { ...fb },
    `Dear Ms. Adeyemi,

Thank you for interviewing for the Laboratory Technician role. Unfortunately, we are unable to proceed because the position requires applicants to hold the right to work in the UK without sponsorship, and we are not a licensed sponsor.

Kind regards,
Bramleigh Diagnostics HR`, 'Laboratory Technician application'),

  rej('interview', ['internal_candidate'], { ...door },
    `Hi Ben,

Thanks for meeting the hiring panel last week. We've decided to appoint someone from within the team who's been covering the role on secondment. It was a good interview and I hope you'll apply for other roles with us — we post a lot of them.

Cheers,
Kirsty Munro
People & Culture, Southern Rivers Council`, 'Team Leader – Parks & Gardens'),

  rej('interview', ['generic'], { ...offered },
    `Dear Arjun,

Thank you for attending the technical interview for the post of Java Developer on 12th instant. We regret to inform you that you have not been selected for the next round.

For any feedback, you may write back to this mail ID.

Regards,
Talent Acquisition
Sahyadri Softech Solutions`, 'Interview result – Java Developer'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hola Lucía,

Thank you very much for the interview with Marta and me last Wednesday. We liked a lot your energy and your ideas for the community.

Finally we decided for another person, because for this position the level of French is very important (half of our clients are in Belgium and France) and we think you need some more level for negotiations in French.

Please apply again in the future, we open positions every few months.

A warm greeting,
Jordi Puig
Community Manager Lead, Vaixell Travel, Barcelona`, 'Your interview with Vaixell'),

  rej('interview', ['position_filled'], {},
    `Hi Nathan,

Just a quick note to say we've filled the barista supervisor position. Thanks for coming in to meet Rosa and me on Saturday.

All the best,
Ellie – The Copper Kettle`, 'Barista Supervisor'),

  rej('interview', ['skills_gap', 'salary'], { ...fb },
    `Hello Victoria,

Thank you for interviewing with our hiring manager, Grant, last week for the Controller position.

After discussing with the team, we've decided not to proceed. Grant felt that your experience was weighted towards audit rather than operational accounting, and the compensation you're seeking is above what we've budgeted for this role.

We wish you the best.

Regards,
Talent Team, Silverpine Outdoor Co.`, 'Controller – Silverpine'),

  rej('interview', ['generic'], {},
    `Dear Applicant,

We thank you for your interest in the position and for attending the interview. The selection committee has completed its review and regrets that your application was unsuccessful.

Human Resources Division
University of Kestrel Bay`, 'Position No. 2024/118 – Lecturer in Accounting'),

  rej('interview', ['role_closed'], {},
    `Hi Fatima,

I'm sorry to say that after your interviews with Paul and the data team, the Data Analyst role has been withdrawn following a company-wide reorganisation. We won't be filling it, so I have to close your application.

Apologies for the disappointing news after the time you put in.

Regards,
Gemma Rudd
Talent Acquisition, Halcyon Retail`, 'Data Analyst – role update'),

  rej('interview', ['generic'], { ...door },
    `Hi Marcus,

Thank you for your time on the panel interview for the Account Executive role. We have decided to move forward with other candidates at this stage.

We'd encourage you to keep an eye on our careers site for future openings that match your experience.

Best,
Recruiting at Fieldstack

<p style="font-size:11px;color:#999">You are receiving this email because you applied for a position at Fieldstack. &nbsp;|&nbsp; <a href="#">Privacy</a></p>`, 'Fieldstack – Account Executive'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Tunde,

Thanks for the technical interview on Monday with Ji-woo and Karim. Unfortunately we won't be moving you forward. The main gap was in Kubernetes: the role involves running our own clusters and the team wanted to see more depth than you described in the troubleshooting scenario.

Happy to jump on a call if you'd like to talk it through.

Best,
Ines Barros
Talent, Cobaltline`, 'Cobaltline – DevOps Engineer'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Ritu ji,

Many thanks for coming for the interview with our Principal and the academic coordinator. After the demo class and discussion, the committee feels your profile is not matching with our requirement for the senior secondary section at this time.

We wish you success.

Regards,
Office of the Principal
Shri Gyandeep Public School, Jaipur`, 'Interview for PGT Chemistry'),

  rej('interview', ['generic'], {},
    `Thanks for coming in, Hugo. We've gone with someone else for the kitchen porter job. Good luck!

Sam, Head Chef, The Bell at Ashcombe`),

  rej('interview', ['culture_fit', 'profile_mismatch'], {},
    `Dear Stefan,

Thank you for taking part in the video interviews for the Team Lead position. We appreciated the open conversation.

After weighing all candidates, we have decided for another applicant. We were looking for someone whose leadership style fits with our flat, self-organised teams, and we felt other candidates were closer to the profile we are looking for.

Kind regards
Ingrid Vos
HR, Tulpenveld Software B.V.`, 'Team Lead application'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Megan,

Thank you for interviewing with our nursing leadership team for the Clinical Nurse Educator role. We've decided to appoint another candidate. The position requires a postgraduate qualification in clinical education, which we noted you're currently working towards but haven't yet completed.

Kind regards,
Recruitment, Wattle Grove Private Hospital`, 'Clinical Nurse Educator'),

  rej('interview', ['generic'], { ...offered, ...door },
    `Hi Oscar,

Thank you for your time meeting the hiring manager and team for the Content Lead role at Mapleway. After careful thought, we've decided not to move forward with your application.

We know this isn't the news you were hoping for. If you'd find it useful, we're happy to share feedback — just reply to this email. We'd also love for you to apply to future roles that catch your eye.

Warmly,
Mapleway Talent

Sent via Ashby · Unsubscribe`, 'Update from Mapleway'),
  rej('interview', ['assessment'], { ...fb },
    `Hi Gabriel,

Thanks for completing the live coding session and the follow-up interview with the team. Unfortunately we won't be progressing. In the live coding exercise the solution didn't handle the concurrency part of the problem, and that's central to the work this team does.

All the best,
Wren
Hollowpeak Recruiting`, 'Hollowpeak – next steps'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Sir,

With reference to your interview held on 04/09 for the post of Accounts Executive, we regret to inform you that you have not been found suitable for the post.

Thanking you,
For Ganpati Steel Traders
(Authorised Signatory)`, 'Interview result'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Chloe,

Thank you so much for coming in for the second interview and meeting the rest of the studio. We've now offered the junior designer position to another applicant, who has accepted.

We really liked your portfolio — especially the packaging work — and would love to hear from you if you see another role with us advertised.

Lots of luck,
Pip & the team at Saltmarsh Studio`, 'Junior Designer'),

  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Hi Ahmed,

Thanks for speaking with our Head of Sales on Wednesday. We've decided not to proceed with your application. The role needs someone who is fluent in German for the DACH accounts, and it's based in our Vienna office five days a week, which I understand wouldn't work for you at the moment.

Best regards,
Klara Steiner
Recruiting, Alpenlicht Media`, 'Alpenlicht Media – Key Account Manager'),

  rej('interview', ['profile_mismatch'], {},
    `Hi there,

Thank you for interviewing for the Customer Success Manager role at Nimbleroot. Unfortunately, we've decided to move forward with other candidates whose experience more closely fits our needs.

Best,
Nimbleroot Talent Team`, 'Nimbleroot CSM – Application Update'),

  rej('interview', ['overqualified'], { ...fb, ...door },
    `Dear Harold,

Many thanks for your time at interview last week for the Assistant Librarian post. The panel were impressed by your experience; however, given your extensive background in senior library management, they felt this relatively junior role would not offer you sufficient challenge.

We would be pleased to receive an application from you for more senior posts in future.

Yours sincerely,
Library Services Recruitment
Fellbridge College`, 'Assistant Librarian – interview outcome'),

  rej('interview', ['generic'], {},
    `hi Kai, thx for the call with me + Deepa on fri. we're going to pass for now. appreciate your time 🙏

— Nico (CTO, Sproutly)`),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Eleanor,

Thank you for attending an interview for the role of Senior Policy Adviser on 22 May.

I am sorry to let you know that you have not been successful on this occasion. The panel felt that your examples focused mainly on research and analysis, and did not give enough evidence of leading policy through to ministerial sign-off, which is the core of this role.

Your interview scores are attached. If you would like to discuss the feedback further, please contact the vacancy holder, Rupert Gale.

Regards,
Resourcing Team
Department for Coastal Communities`, 'Senior Policy Adviser – interview result'),

  rej('interview', ['generic'], {},
    `Hello Thabo,

Thank you for attending the interview at our Sandton office. We regret to advise that your application was not successful.

Kind regards,
Recruitment
Umhlanga Freight Solutions`, 'Interview feedback – Logistics Coordinator'),

  rej('interview', ['position_filled', 'skills_gap'], { ...fb, ...door },
    `Hi Sofia,

Thank you for meeting with our Director of Development and the Grants Manager. We were really taken with your passion for the mission.

We've decided to offer the role to a candidate with more experience writing federal grant applications — that's going to be the majority of the work in the first year, and the hiring committee felt we needed someone who'd already done several NIH or NSF proposals.

Please consider applying for our Development Associate openings in the spring.

Warmly,
Rachel Kim
Operations Director, Open Meadow Foundation`, 'Grants Writer position'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Luca,

Thanks for taking the time for the second round. Following the discussion with Anna and the team, we've decided to move forward with candidates whose profiles are a better match for the role.

Regards,
Petra Novak, HR Generalist, Vltava Robotics`, 'Second round – Vltava Robotics'),

  rej('interview', ['position_filled'], {},
    `Dear Candidate,

Thank you for attending the interview for the position of Teller at Cedar Rapids Community Bank. The position has since been filled.

Sincerely,
Human Resources

This message was sent by iCIMS on behalf of Cedar Rapids Community Bank. Please do not reply.`, 'Teller – Position Update'),

  rej('interview', ['location'], { ...fb, ...door },
    `Hi Isabella,

Thanks for the interview with the Auckland team. We've reviewed things on our side and unfortunately we can only hire people who already have the right to work in New Zealand for this role, so we're not able to progress.

If your visa situation changes please get back in touch — we'd be keen.

Ngā mihi,
Aroha Tane
People Team, Kōwhai Digital`, 'Kōwhai Digital – Frontend Developer'),

  rej('interview', ['generic'], { ...offered },
    `Dear Mr. Nakamura,

Thank you for attending the interview for the Procurement Specialist position. We appreciate your interest in our company.

We regret to inform you that we have decided not to proceed with your application. If you wish to receive feedback, please reply to this message within 14 days.

Best regards,
Recruitment Office
Shirakawa Trading Europe B.V.`, 'Procurement Specialist'),

  // ── Screens (recruiter, HR, first call)
  rej('screen', ['generic'], {},
    `Hi Bianca,

Thanks for hopping on a call with me on Monday. After reviewing our conversation with the hiring team, we've decided not to move forward to the interview stage.

Best of luck!
Eddie, Recruiter at Loomcraft`, 'Loomcraft – update'),

  rej('screen', ['salary'], { ...fb },
    `Hi Rohan,

It was great speaking with you earlier this week. As we discussed on the call, your salary expectation of 32 LPA is quite a bit above the band approved for this role, and I checked with the hiring manager, who confirmed there's no flexibility. So unfortunately we won't be able to take your candidature forward.

Regards,
Shweta
Talent Acquisition, Brightlane Payments`, 'Senior Product Analyst – Brightlane'),

  rej('screen', ['location'], { ...fb },
    `Hi Jasmine,

Thanks for the phone screen yesterday. After we spoke I confirmed that this role must be based in Denver with at least three days a week in the office, and since you're planning to stay in Atlanta, I'm afraid we won't be able to move forward.

Take care,
Miguel
Talent, Ridgeline Health`, 'Ridgeline Health – Care Coordinator'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Declan,

Thank you for the introductory call. After speaking with you, I don't think this one is the right match — the client really needs someone with at least five years in commercial property law, and from our chat I understand your experience is mostly residential conveyancing.

I'll be in touch if something more suitable crosses my desk.

Best,
Harriet Lyle
Senior Consultant, Lyle Legal Recruitment`, 'Commercial Property Solicitor'),

  rej('screen', ['profile_mismatch'], {},
    `Dear Nikhil,

Thank you for your time on the telephonic discussion with our HR team. We regret to inform you that your profile has not been shortlisted for further rounds as it is not aligning with the current requirement.

Regards,
HR Team, Indus Valley Pharma`, 'Application status – Medical Representative'),

  rej('screen', ['generic'], { ...door },
    `Hi Sam,

Thanks again for the quick chat last week. We've decided not to take your application further for this role, but I've added you to our talent network and will reach out if something comes up that's a closer fit.

Cheers,
Tash
Talent Partner, Wombat Labs`, 'Wombat Labs – Growth Marketer'),

  rej('screen', ['position_filled'], {},
    `Hi Pedro, thanks for the screening call on Tuesday. Unfortunately the role was filled before we could schedule you with the hiring manager. Sorry about that! – Lauren, Recruiting, Brassline`),

  rej('screen', ['overqualified'], { ...fb },
    `Dear Margaret,

Thank you for speaking with me on the phone on Friday about the Receptionist position. I really enjoyed our conversation. Having spoken with the practice manager, we feel that with your background as an office manager the role would be too junior for you, and we're concerned it wouldn't keep you engaged. We won't be progressing your application.

Kind regards,
Jenny Brooks
Rosehill Dental Surgery`, 'Receptionist application'),

  rej('screen', ['generic'], {},
    `Hello Adaeze,

Thank you for taking the time to speak with our recruitment team. After careful consideration, we have decided not to progress your application to the next stage.

Best wishes,
Talent Acquisition, Halverson Group

This email was generated by SmartRecruiters.`, 'Your application with Halverson Group'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Thomas,

Thanks for our chat. As I mentioned, the team is looking for someone with hands-on Terraform experience, and I think you'd struggle in the interviews without it. I'd genuinely encourage you to reapply once you've had a project or two with it under your belt.

Rhea
Recruiting, Glasshouse Cloud`, 'Glasshouse – Platform Engineer'),

  rej('screen', ['location'], { ...fb, ...door },
    `Hi Mei,

Thanks for the first call. We're only able to hire in the UK and Ireland for this role for payroll reasons, so I can't move you forward while you're based in Portugal. We're hoping to open an EU entity next year — I'll keep your details and let you know.

Best,
Callum
People Ops, Fernleaf`, 'Fernleaf – Support Engineer'),

  rej('screen', ['generic'], {},
    `Dear Yusuf,

Thank you for the telephone interview with our HR department. We regret to inform you that we will not be inviting you to an interview with the hiring manager.

Sincerely,
HR Department
Bosporus Textile Export`, 'Export Sales Executive'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hi Alicia,

Thank you for the recruiter screen earlier this week. After discussing with the hiring team, we've decided not to move ahead. We felt that what you're looking for in your next role — a large, structured team with established processes — isn't something we can offer right now as an early-stage company.

Best,
Owen
Talent Lead, Ferrous`, 'Ferrous – update'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Dear Graham,

Thank you for your time on the phone with me. Having considered your experience further, I am afraid we do not feel it is a close enough match for the Infrastructure Project Manager role at this time. I have kept your CV on our system and will contact you should a more suitable position arise.

Kind regards,
Sian Pritchard
Resourcing Advisor, Cymru Water Services`, 'Infrastructure Project Manager'),

  rej('screen', ['internal_candidate'], {},
    `Hi Anjali — thanks for the screening call last week. Just to update you, the hiring manager has decided to fill the role internally, so we're closing the search. Sorry to bring you this news. Best, Kevin (Recruiting, Palisade Insurance)`),

  rej('screen', ['generic'], { ...offered },
    `Hi Ethan,

Appreciate you making the time for the intro call. After syncing with the team, we've decided not to proceed to interviews. Happy to share a bit more context if you want it — just let me know.

Best,
Mara
Recruiting @ Helix & Hart`, 'Helix & Hart'),

  rej('screen', ['skills_gap', 'salary'], { ...fb },
    `Hi Lindiwe,

Thank you for our call on Thursday. I've discussed your application with the hiring manager. Unfortunately we won't be moving forward: the role needs a CA(SA) qualification, which you mentioned you're still completing, and your salary expectation is above the range for this level.

All the best,
Sipho Dlamini
Talent Acquisition, Karoo Ridge Mining`, 'Financial Accountant'),

  // ── Conversations with the hiring manager are interviews, even when called a call or a chat
  rej('interview', ['generic'], {},
    `Hi Rosa,

Thanks for jumping on a call with Priyesh, our hiring manager, last week. He enjoyed the chat, but we've decided not to take things further for this role.

Best,
Alex
Talent, Ember & Oak`, 'Ember & Oak – Marketing Manager'),

  rej('interview', ['profile_mismatch'], {},
    `Hey Will,

Thanks for the call with me yesterday. As the hiring manager for this role I wanted to get back to you myself: I don't think the fit is quite there for what we need on the analytics side. Good luck with the search.

Imogen Carr
Head of Data, Ruddle Insurance`, 'Your chat with Imogen'),

  rej('interview', ['generic'], { ...door },
    `Hi Kwame, thank you for the video call with our Engineering Manager, Sarah. After talking it over, we won't be moving to the next round. We'll keep your profile in mind for upcoming roles. Best, Talent @ Brightforge`),
  // ── Assessments: tests, take-homes, work samples, psychometrics, practicals, with no later interview
  rej('assessment', ['assessment'], {},
    `Dear Ravi,

Thank you for completing the online assessment for the Graduate Engineer Trainee programme. We regret to inform you that your score did not meet the cut-off required to proceed to the interview stage.

Best wishes,
Campus Recruitment Team
Narmada Power Corporation`, 'GET 2025 – Online Test Result'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Elena,

Thanks for submitting the take-home task. The team reviewed it carefully. While the UI was clean, the solution didn't include any tests and the state management became hard to follow once filters were combined, which are both things the team weighs heavily. So we won't be moving forward to the technical interview.

Best,
Jamie
Recruiting, Parcelpine`, 'Parcelpine take-home – result'),

  rej('assessment', ['assessment'], {},
    `Dear Applicant,

Thank you for completing the psychometric assessments as part of your application for the Aspire Graduate Programme. Following review of your results, we will not be progressing your application further.

Kind regards,
Graduate Recruitment
Kingsmere Bank plc

Please do not reply to this email. This mailbox is not monitored.`, 'Aspire Graduate Programme – application update'),

  rej('assessment', ['assessment'], { ...door },
    `Hi Harvey,

Thanks for doing the coding challenge on HackerRank. Unfortunately your submission didn't pass enough of the test cases for us to move forward this time.

You're welcome to reapply in six months — lots of people do and get through the second time.

Cheers,
Engineering Recruiting, Quokka Pay`, 'Quokka Pay coding challenge'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Naledi,

Thank you for completing the writing test for the Junior Copywriter role. The brief asked for three headline routes and a 150-word body copy; your submission was strong on tone but the body copy ran to over 300 words and two of the headlines did not reference the product benefit. Because of this, we will not be taking your application further.

If you'd like to talk through the marking, please let me know.

Warm regards,
Bongi
Creative Director, Jacaranda & Co.`, 'Copywriting test'),

  rej('assessment', ['generic'], {},
    `Hi Julien,

Thank you for taking the time to complete the case exercise. After reviewing all submissions, we've decided to move forward with other candidates.

Best,
Recruiting Team, Orchardline Ventures`, 'Orchardline – Investment Analyst'),

  rej('assessment', ['assessment'], {},
    `Hi Seo-yeon,

Thanks for doing the trial shift on Saturday. Unfortunately it wasn't quite the standard we need on the pass, so we won't be offering you the chef de partie role.

Good luck,
Marco
Head Chef, Ostra Kitchen`, 'Trial shift'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Mr. Kowalski,

Thank you for taking the welding practical at our Gdańsk yard. Your TIG welds on the stainless sample did not pass the bend test, and the role requires certification to ISO 9606-1 for stainless, which you do not yet hold. Therefore we cannot continue with your application.

Best regards,
Joanna Wiśniewska
HR, Baltic Hull Works Sp. z o.o.`, 'Welder application – practical test result'),

  rej('assessment', ['generic'], { ...door },
    `Hello Andrea,

Thank you for completing our work sample for the Bookkeeper role. We had a very strong response and have decided to move forward with other applicants.

We'll hold on to your details and may be in touch about future roles.

Kind regards,
Blue Gum Accounting`, 'Bookkeeper – work sample'),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for attending the written examination for the post of Junior Assistant (Advt. No. 07/2025). We regret to inform you that you have not qualified in the written examination and hence are not eligible for the skill test and interview.

Controller of Examinations
State Co-operative Bank`, 'Result of written examination'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Callum,

Thank you for the design exercise. We really appreciated the time you spent on it.

We won't be moving forward to interviews. The reviewers liked your visual polish, but the brief was about the onboarding flow for first-time users, and the submission focused mostly on the dashboard, so we didn't get to see how you'd approach the problem we set. I'd encourage you to apply for future design roles with us.

Best,
Noor
Design Recruiting, Fathom Health`, 'Fathom Health design exercise'),

  rej('assessment', ['position_filled'], {},
    `Hi Amelia — thanks for sending the translation sample. Apologies, but we've just filled the position with someone who applied earlier. Regards, Lotte, Bureau Vanderlinden`),

  rej('assessment', ['assessment'], { ...offered },
    `Dear Ifeoma,

Thank you for completing the numerical and verbal reasoning tests. We have reviewed your results alongside your application and regret that we will not be progressing you to the assessment centre.

If you would like a copy of your feedback report, please reply to this email.

Kind regards,
Early Careers Team
Whitlow & Graves`, 'Whitlow & Graves – online tests'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Ollie,

Thanks for doing the SQL task. You got the joins right, but the questions on window functions were left blank, and the analyst role relies heavily on them day to day, so we're not going to progress you this time.

Good luck,
Daria
Analytics Lead, Tinbox`, 'Tinbox – SQL task'),

  rej('assessment', ['generic'], {},
    `Dear Prakash,

This is with reference to your background verification for the role of Process Associate. We regret to inform you that we are unable to proceed with your candidature at this time.

Regards,
HR Operations
Meridian Global Services`, 'Background verification – update'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Zoe,

Thanks for completing the typing and data entry test. Unfortunately your accuracy was below the 98% we need for this role, so we can't move forward.

Best wishes,
Admin Team, Northgate Records Ltd`),

  rej('assessment', ['profile_mismatch'], {},
    `Good afternoon Joaquín,

Thank you for the presentation exercise you submitted. After reviewing the submissions together with the CVs, we have selected candidates whose overall profile is more in line with the position.

Kind regards,
Talent Team, Montaraz Energía`, 'Energy Trader – assessment outcome'),

  rej('assessment', ['assessment'], { ...offered },
    `Hi Farah,

Thanks for completing the case study for the Operations Analyst role. The hiring team has reviewed it and, unfortunately, it didn't meet the bar we set for moving to interviews.

If you want some notes on it, let me know and I'll ask the reviewer.

Best,
Greg
Recruiting, Larchmont Supply`, 'Case study result'),

  // ── Application stage, though the letter names interviews, tests or the next stage
  rej('application', ['generic'], {},
    `Dear Simone,

Thank you for your application for the position of Marketing Coordinator. We received a large number of applications and, after careful review, we will not be inviting you to interview on this occasion.

Kind regards,
Recruitment Team, Peregrine Hotels`, 'Marketing Coordinator – Peregrine Hotels'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Arnav,

Thank you for applying to the Software Engineer II role at Lumenhall. After reviewing your application, we've decided not to move forward to the assessment stage, as we are looking for candidates whose experience more closely matches the role.

We encourage you to apply for other openings that match your skills.

Lumenhall Recruiting

Powered by Greenhouse`, 'Lumenhall – application update'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for your interest in the Trainee Pharmacist position. Only shortlisted candidates will be invited for the written test and interview. We regret to inform you that you have not been shortlisted.

HR Department
Nile Valley Pharmacies`),

  rej('application', ['generic'], {},
    `Hi Tyler,

Thanks for applying to Crestmoor. Our team has reviewed your application and unfortunately we won't be moving you to the next stage of our hiring process.

Best,
Crestmoor Talent`, 'Your Crestmoor application'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Fiona,

Thank you for applying for the post of Occupational Therapist (Band 6). Shortlisting has now taken place, and I am sorry to inform you that you have not been shortlisted for interview. The panel noted that the post requires a minimum of two years' post-registration experience in community settings, which was not evidenced in your application.

Kind regards,
Recruitment Services
Northvale Community Health NHS Trust`, 'Occupational Therapist – shortlisting outcome'),

  rej('application', ['generic'], { ...door },
    `Dear Applicant,

Thank you for your interest in a career at Ironbark Mining. Having reviewed your application against the criteria for the role, we will not be progressing you to the interview or assessment stages at this time.

Your details will remain in our talent pool and we may contact you about future opportunities.

Ironbark Mining Careers

This is an automated email from Workday.`, 'Ironbark Mining – Graduate Geologist'),

  rej('application', ['location'], { ...fb },
    `Hi Andrés,

Thanks for your application to the Remote Support Specialist role. Before we schedule any interviews, we check eligibility: this position is open to residents of Canada only, so we're unable to consider your application.

Regards,
Hiring Team, Maplecrest Software`, 'Maplecrest – Remote Support Specialist'),

  rej('application', ['position_filled'], {},
    `Hello Ravindra,

Thank you for applying. Please note that this position has already been filled and interviews have been completed, so we will not be taking further applications.

Regards,
HR, Coastline Ceramics`),

  rej('application', ['generic'], {},
    `Hi Gemma, thanks for your interest in the role. We've had loads of applicants and won't be taking yours to a phone screen this time. Best of luck! Team Pebblebox`),

  rej('application', ['profile_mismatch'], {},
    `Dear Mr Abubakar,

Thank you for your application for the post of Procurement Officer. Following careful consideration, we regret to inform you that your application has not been selected for the assessment day. We received applications from candidates whose experience more closely matched our requirements.

Yours faithfully,
Human Resources, Sahelian Development Bank`, 'Procurement Officer application'),

  rej('application', ['generic'], {},
    `Dear {{candidate.first_name}},

Thank you for your interest in the {{job.title}} position. At this time we have decided not to invite you to the next stage of our process, which includes a video interview and skills assessment.

We wish you success in your job search.

Talent Acquisition
Vantage Ridge Partners`, 'Application update: {{job.title}}'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Bea,

Thanks for applying to our Data Engineer role. To get to the technical interview we ask for at least three years building production pipelines in Python, and your CV shows about one. We'd be glad to hear from you again once you've got a bit more under your belt.

Talent team, Corvid Analytics`, 'Corvid Analytics – Data Engineer'),

  rej('application', ['generic'], {},
    `Dear Kofi,

Thank you for taking the time to apply for the Finance Graduate Scheme. Due to the high volume of applications, we are unable to progress your application to the online tests.

Yours sincerely,
Graduate Recruitment, Thornbury Group`, 'Finance Graduate Scheme – your application'),

  rej('application', ['role_closed'], {},
    `Hi Helena,

Thank you for your application to the Senior Buyer position. Before interviews were scheduled, the role was put on hold indefinitely due to changes in our merchandising structure. As a result we are closing all applications.

Kind regards,
Talent Acquisition, Lindqvist Home`, 'Senior Buyer – application closed'),

  rej('application', ['overqualified'], { ...fb },
    `Dear Dr Mensah,

Thank you for applying for the Laboratory Assistant position. Having reviewed your CV, we feel that your doctoral qualifications and research experience exceed what this entry-level post requires, and we will not be inviting you to interview.

Best wishes,
Recruitment, Haverleigh Analytical Services`, 'Laboratory Assistant'),
  // ── More interviews and final rounds, told in other ways
  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Nadia,

Thank you for your time in the third round with our Director of Product. We've decided to move ahead with another candidate whose experience is closer to what the team needs for the next phase.

I know you invested a lot across the three conversations. If a feedback call would help, I'm happy to set one up.

Best,
Leo Garnier
Talent Partner, Cirrusway`, 'Cirrusway – Senior PM'),

  rej('final', ['generic'], { ...offered },
    `Dear Joseph,

Thank you for completing the full on-site interview loop at our Phoenix office on Wednesday — the hiring manager screen, the two technical sessions, the behavioural interview and the bar raiser.

After a thorough debrief, the hiring committee has decided not to extend an offer at this time. We know how much preparation goes into a day like that.

You're welcome to reply if you'd like general feedback on how the day went.

Regards,
Recruiting Coordinator
Saguaro Commerce`, 'Your interview loop at Saguaro'),

  rej('final', ['position_filled'], {},
    `Dear Ms. Iyer,

We have completed reference checks on our preferred candidate following the final interviews and are pleased to say that the position of Finance Manager has been accepted. We are therefore writing to advise that your application has not been successful.

Many thanks for the time you gave to the process.

Yours sincerely,
Kathryn Doyle
Managing Partner, Doyle Ashworth Recruitment`, 'Finance Manager – outcome'),

  rej('final', ['assessment'], { ...fb },
    `Hi Rory,

Thank you for giving the teaching demonstration to the Year 9 group and for the final interview with the Head. The students enjoyed your lesson.

The panel has decided not to offer you the post. The observation notes show that the lesson ran out of time before the plenary, and there wasn't a clear check of understanding for the lower-attaining students, which the Head felt was essential for this class.

Best wishes,
Mrs A. Fairclough
HR Manager, St Bride's Academy`, 'Teacher of Mathematics – outcome'),

  rej('final', ['profile_mismatch'], { ...door },
    `Hi Vikram,

You were one of the two finalists for the Country Manager role, and I want to thank you for all the time you gave us — the case presentation, the dinner with the regional team, and the final call with our CEO.

In the end we chose the other finalist, whose profile fits slightly better with where we are taking the business in India. It was a genuinely difficult decision.

I'd like to keep in touch and will think of you for future leadership roles.

Warm regards,
Catherine Moreau
VP People, Lumière Cosmetics`, 'Country Manager – India'),

  rej('final', ['generic'], {},
    `Hello Beatriz,

Thank you for taking part in the final stage of our process. We have now made our decision and unfortunately it wasn't in your favour this time.

Best regards,
Recruitment | Solmar Hotels & Resorts`, 'Guest Relations Manager'),

  rej('interview', ['generic'], {},
    `Dear Liang,

Many thanks for your time at our offices on Monday. Having met with a number of strong candidates, we have decided not to take your application to the second round.

Kind regards,
Anthony Marsh
Operations Director, Ferrybridge Print Solutions`, 'Print Production Supervisor'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Grace,

Thanks for your time on the panel interview. The panel felt that the role required more experience managing a team directly — you mentioned you've mentored juniors, but haven't yet had line management responsibility, which is a must for this Team Lead post.

Best of luck,
Recruitment, Kestrel Housing Association`, 'Team Lead – Income Recovery'),

  rej('interview', ['role_closed'], { ...door },
    `Hi Matteo,

Thank you for the interviews with our CTO and the team. I'm sorry to tell you that we've had to pause hiring for this position — the funding round we were counting on has been delayed — so we are closing the role rather than leaving candidates waiting indefinitely.

If we reopen it I'd be glad to reach out to you first.

Best,
Giulia
Co-founder, Sfumato AI`, 'Sfumato – Backend Engineer'),

  rej('interview', ['generic'], {},
    `Dear Mr. Hassan,

Thank you for attending the interview held on 18 November 2025 for the position of Assistant Manager – Operations. We wish to inform you that you have not been selected. We thank you for your interest in our organisation.

Yours faithfully,
Administration Department
Al Noor Hospital Group, Muscat`, 'Interview – Assistant Manager Operations'),

  rej('interview', ['skills_gap', 'culture_fit'], { ...fb, ...offered },
    `Hi Jamal,

Thank you for meeting the team last week. We've decided not to move forward. Two themes came up: the team wanted to see more experience with experimentation and A/B test design, and there was also some concern that your preference for detailed upfront specs wouldn't sit easily with how fast the growth squad iterates.

I'm happy to go through any of this on a call if it would be useful.

Best,
Ola
Recruiter, Kettlebrook`, 'Kettlebrook – Growth PM'),

  rej('interview', ['internal_candidate'], {},
    `Hello Samantha,

Following your interview for the Deputy Manager role at our Leeds branch, I'm writing to let you know that we have decided to promote an existing member of staff into the position.

Thank you for your interest.

Regards,
Mark Tranter
Area Manager, Hollins Builders Merchants`, 'Deputy Manager – Leeds'),

  rej('final', ['generic'], {},
    `Dear Ms. Oyelaran, we regret to advise that following the second and final interview, you have not been selected for the position of Legal Counsel. We thank you for your interest in Ikoyi Trust Bank. Yours faithfully, Human Capital Management`),

  rej('final', ['skills_gap', 'location'], { ...fb },
    `Hi Sanne,

Thanks for coming to our Rotterdam office for the final round. It was lovely to meet you in person.

We've decided to go with another candidate. Part of that was how closely their background matched our logistics clients, and part of it was that we'd really prefer someone who can be in the office most days, which would be hard with your commute from Groningen.

Groetjes,
Femke de Boer
HR, Havenlicht Consulting`, 'Final round – Havenlicht'),

  rej('interview', ['generic'], { ...door, ...offered },
    `Hi Dylan,

Thanks for chatting with the hiring team this week. We appreciated the conversation, but we've decided to move forward with other candidates for the Sales Development Rep role.

If you'd like feedback, just reply here. And we're hiring SDRs every quarter, so feel free to apply again down the line.

Best,
Kayla
Recruiting, Revvio

Sent with Lever`, 'Revvio SDR'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Aditya,

Thank you for attending the techno-managerial round. Post discussion with the panel, we regret to inform that your candidature has not been found suitable for the current opening.

Regards,
Recruitment Team
Trivikram Technologies Ltd.
*** This is an auto-generated mail. Please do not reply. ***`, 'Interview status update'),

  rej('interview', ['position_filled'], {},
    `Hi Beth, sorry for the slow reply after your interview. We offered the job to someone else and they accepted on Friday. Thanks for your patience — Hamish, Thistle Garden Centre`),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Ji-ho,

Thank you for your interview with our head of translation services. Your knowledge of Korean legal terminology was impressive. However, the position also requires certified court interpreting, and since you do not currently hold NAATI certification at that level, we cannot offer you the role.

We would be happy to consider you again once you have obtained the certification.

Kind regards,
Recruitment, Harbourside Language Services, Sydney`, 'Legal Interpreter'),

  rej('interview', ['generic'], {},
    `Hi Ellis,

Thank you for interviewing with us for the Support Engineer position. Our team has decided not to move your application forward at this time.

Thank you,
The Talent Team at Quarrybird

This email was sent from a no-reply address. Manage your candidate profile at careers.quarrybird.example.`, 'Quarrybird | Application Status'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Lorenzo,

Thanks for meeting with me and Hélène on Tuesday. We talked it over and I don't think this is the right match right now: your experience is very strong in B2C mobile apps, whereas this team builds internal tools for warehouse staff, and we felt another candidate's background was closer to that.

Good luck,
Marc
Engineering Manager, Entrepôt Numérique`, 'Our conversation on Tuesday'),

  rej('interview', ['generic'], {},
    `Dear Chinonso,

Thank you for your participation in the interview process for the Customer Service Officer position. We have reviewed all candidates and regret that we are unable to offer you employment at this time.

Regards,
HR Unit, Ogbomoso Microfinance Bank`),

  rej('interview', ['salary', 'location'], { ...fb },
    `Hi Carmen,

Thank you for your interview with our regional director. We've decided not to proceed. The package we can offer is below what you need, and the role requires relocation to Monterrey, which we understand isn't possible for you right now.

Saludos,
Rodrigo
Talent Acquisition, Sierra Madre Foods`, 'Regional Sales Manager'),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Hi Jonas,

Thank you for the director conversation and for sticking with us through the whole process. You were very close, and I know that makes it harder to hear.

The deciding factor was hands-on people management at scale: the other candidate has run a team of thirty, and the director wanted that experience for the reorganisation coming next year.

Happy to share more detailed notes from each round — just say the word.

Best,
Frida Lund
Talent Acquisition, Skagerrak Shipping`, 'Operations Manager – final decision'),
  // ── Paused, not declined
  hold('final', ['role_closed'], {},
    `Hi Anneke,

I wanted to give you an honest update. You're one of the two candidates left after the final interviews, and the panel was ready to make a decision this week. However, our CEO has asked us to pause all senior hires until the board signs off next year's budget on the 19th.

Nothing has changed in how we see you. I'll be back in touch as soon as the budget is approved — hopefully before Christmas.

Best,
Marieke Jansen
Talent Lead, Polderwind Energy`, 'Head of Procurement – update'),

  hold('interview', ['role_closed'], {},
    `Dear Rahul,

Thank you for your patience after the second round of interviews. Due to an internal restructuring of the Risk function, the hiring for this role has been temporarily put on hold. Your candidature remains active and we will update you as soon as there is clarity, expected within the next 3–4 weeks.

Regards,
Talent Acquisition
Sterling Ganga Finance Ltd.`, 'Update on your candidature – Risk Analyst'),

  hold('screen', ['generic'], {},
    `Hi Connor,

Thanks again for the call last week. Quick update — the hiring manager is away on leave until the 20th, so things are going to be a bit slower than I said. You're still very much in the process and I'll be in touch to set up the interview when she's back.

Cheers,
Ashleigh
Talent, Redgum Software`, 'Quick update'),

  hold('assessment', ['role_closed'], {},
    `Dear Maryam,

Thank you for submitting your assignment. We would like to let you know that we have temporarily frozen recruitment for the Policy Officer position while our funding for next year is confirmed. Your application has not been rejected; we will contact you when the process resumes.

Kind regards,
Recruitment, Harbour Lights Refugee Council`, 'Policy Officer – recruitment paused'),

  hold('interview', ['generic'], {},
    `Hi Paulo,

Sorry for the silence since your interview with the engineering team. We're still interviewing a couple of other candidates and won't be able to make a decision until the end of next week. Your application is still under consideration — I just didn't want you to think we'd forgotten you.

Best,
Ruth
Recruiting, Lanternfish`, 'Lanternfish – still in progress'),

  // ── Look-alikes: nothing is declined
  other(`Hi Esther,

Thank you for your interview with Jamie and Priti yesterday. We're pleased to let you know that you've progressed to the final stage!

The final round is a 90-minute on-site at our Manchester office, including a short presentation on a topic we'll send you in advance and a conversation with our Managing Director. Please pick a slot using the link below.

[Book your final interview]

Best,
Lucy
Talent Team, Bramble & Finch`, 'Next steps – final round at Bramble & Finch'),

  other(`Hi Dmitri,

Unfortunately our Director of Engineering has had a family emergency and won't be able to make your final interview on Thursday. I'm so sorry for the short notice.

Could you do Monday or Tuesday next week instead? Same time works if that suits.

Apologies again,
Hana
Recruiting Coordinator, Northstarling`, 'Rescheduling your final interview'),

  other(`Dear Candidate,

Thank you for recently interviewing with Halloran Insurance Group. We value your feedback about your candidate experience.

Please take 3 minutes to complete our anonymous survey. Whether or not you were successful, your responses help us improve how we treat every applicant.

[Start survey]

This email was sent by iCIMS on behalf of Halloran Insurance Group.`, 'How was your interview experience?'),

  other(`Hi Kemi,

I'm delighted to offer you the position of Senior UX Researcher at Thornapple, following your final round with the team last week. Everyone you met was enthusiastic.

Your offer letter is attached, with a base salary of £68,000 and a start date to be agreed. Unfortunately we can't match the extra days of leave you asked about, but we've added a learning budget of £1,500 a year instead.

Please let me know if you have any questions.

Warmly,
Sophie Barrett
Head of People, Thornapple`, 'Your offer from Thornapple'),

  other(`Hello Abhishek,

Congratulations! You have cleared the technical round. Your HR round is scheduled as below:

Date: 14-Oct
Time: 3:30 PM IST
Mode: Microsoft Teams (link to follow)

Kindly carry your updated resume and last three payslips.

Regards,
Talent Acquisition, Vayu Cloud Systems`, 'HR round – schedule'),

  other(`Hi Lotte,

Thanks for completing the take-home — the team loved it. We'd like to invite you to a 60-minute follow-up interview to walk through your solution with two of our engineers.

Let me know your availability next week.

Best,
Andrés
Recruiting, Glimmerfield`, 'Glimmerfield – take-home follow-up'),

  other(`Dear Mr. Achterberg,

We regret any inconvenience, but due to a room booking conflict your second interview on 9 May will now take place on the third floor instead of the ground floor. The time is unchanged.

Kind regards,
Reception, Van Gelder Notarissen`, 'Change of room – second interview'),

  other(`Hi Tanvi,

Great news — you've been shortlisted for the panel interview for the Programme Officer role. The panel will include our Country Director and two programme leads. Unfortunately we can only offer virtual interviews this time, as our office is being renovated.

Please confirm which of the slots below works for you.

Regards,
HR, Sahyog Development Trust`, 'Shortlisted for interview'),

  other(`Hi Marcus — just confirming we've received your references and both referees have come back to us already. We're aiming to have a decision for you by Friday. Speak soon, Orla`, 'References received'),

  other(`Dear Jana,

Thank you for your application for the role of Research Assistant. We will review applications after the closing date of 30 June. Shortlisted candidates will be invited to an interview and a short written task in mid-July. Unfortunately, due to the volume of applications, we cannot respond to every applicant individually.

Best wishes,
Institute for Rural Studies`, 'Application received: Research Assistant'),

  other(`Hey Ricardo,

You were really close to a perfect score on the coding challenge, so congrats! We'd love to move you to the onsite. Our coordinator will reach out with travel details.

Best,
Sunny
Recruiting, Tessellate`, 'Tessellate – you are moving to the onsite'),

  other(`Hi Nomvula,

Thanks for your time on the phone screen. I'm pleased to say the hiring manager would like to meet you! Would you be available for a one-hour interview on Wednesday afternoon?

Kind regards,
Lerato
Talent Partner, Baobab Retail`, 'Interview with the hiring manager'),

  other(`Dear Emma,

I'm writing to confirm that I have withdrawn from the recruitment process for the Logistics Manager position, as I have accepted another offer. Thank you to you and the panel for your time at the interview.

Best regards,
Hamid Rezaei

> On 3 Mar, Emma Carlisle wrote:
> Hi Hamid, thank you for your interview today. We'll be in touch soon with next steps.`, 'Re: Logistics Manager – interview'),

  other(`Dear Ines,

Thank you for attending our assessment centre. We are pleased to inform you that you have been successful and we would like to invite you to a final interview with a partner of the firm.

Kind regards,
Graduate Recruitment, Carrow Wilde LLP`, 'Assessment centre outcome – invitation to final interview'),

  other(`Hi Yosef,

Sorry to do this again! Our VP had to fly to a client at short notice, so we need to move your third-round interview one more time. I know this isn't ideal. Here are a few new times — please pick whichever suits.

Thanks for bearing with us,
Maya
Talent, Cedarwood Analytics`, 'Third round – new time needed'),
];
