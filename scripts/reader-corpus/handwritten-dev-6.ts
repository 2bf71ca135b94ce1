/**
 * Development messages of the sixth round (docs/decisions/0050), in the spirit of sealed-5 but never
 * sealed: translated-sounding, Indian, British and American voices, HTML left in the text, threads with
 * the earlier messages quoted below, ATS templates, agencies and notes by hand, aimed at what unseen mail
 * gets wrong — interviews called conversations, application-stage mail naming no step, others' closer
 * backgrounds, requirements named in passing, flags in the middle of long letters, generic words beside a
 * specific reason, and updates and acknowledgements that sound like a no. The rules may be checked
 * against them and the model may be trained on them.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d6-');

const ats = (vendor: string): string => `\n\n—\nThis message was sent via ${vendor}. Please do not reply directly to this email.`;
const quote = (when: string, who: string, body: string): string =>
  `\n\nOn ${when}, ${who} wrote:\n` + body.split('\n').map((l) => `> ${l}`).join('\n');
const outlook = (from: string, sent: string, subject: string, body: string): string =>
  `\n\nFrom: ${from}\nSent: ${sent}\nTo: me\nSubject: ${subject}\n\n${body}`;
const html = (paras: string[]): string =>
  `<div dir="ltr"><div style="font-family:Arial,sans-serif;font-size:13px">${paras.map((p) => `<p>${p}</p>`).join('')}</div></div>`;
const gdpr = '\n\nYour personal data will be retained for 6 months in line with GDPR and then deleted, unless you ask us to remove it earlier.';

export const HANDWRITTEN_DEV_6: readonly CorpusLine[] = [
  // ── interviews called conversations, calls, chats, meeting people
  rej('interview', ['generic'], {},
    `Hi Tamsin,

Thank you for the conversations with Mark and the product team last week — everyone enjoyed speaking with you.

After a lot of thought we've decided not to move forward with your candidacy for the Product Analyst role.

All the best,
Ruth`),
  rej('interview', ['profile_mismatch'], {},
    `Dear Karim,

Thank you for speaking with our hiring panel on Tuesday and Thursday about the Operations Manager role.

We have decided to proceed with a candidate whose experience more closely matches what we need.

Regards,
Beacon Freight HR`),
  rej('interview', ['generic'], door,
    `Hey Lou,

Really appreciated you meeting with Sarah, Dan and myself. We had some great conversations.

Unfortunately we're not going to be moving forward this time. Please keep us in mind for the future — we'd genuinely like to hear from you again.

Tom`),
  rej('interview', ['skills_gap'], fb,
    `Hi Ama,

It was great speaking with you and the engineering leads over the last two weeks. We've now wrapped up and I'm sorry to say we won't be offering you the position. The team felt you'd need more hands-on experience with Terraform than you currently have.

Best,
Jules
Recruiting, Stratus`),
  rej('interview', ['profile_mismatch'], offered,
    `Dear Hollie,

Many thanks for taking the time to meet with the team for the Senior Buyer role and for the insightful discussions.

We have now concluded the process and feel that other candidates' experience aligned more closely with the role's requirements. If you'd like feedback, please let me know and I'll arrange a call.

Kind regards,
Ellen
HR Advisor, Daylesford Home`),
  rej('interview', ['generic'], {},
    `Dear Mr. Rahman,

Thank you for visiting us and meeting our Managing Director and Finance Director last Friday.

We regret to inform you that we will not be proceeding with your candidature.

Yours sincerely,
P. Mehta
HR Manager`),
  rej('interview', ['generic'], offered,
    `Hi Zoe,

I hope you're well! Thank you for the time you spent chatting with our team over video. We've now made a decision and unfortunately it's not good news this time.

If any feedback would be helpful, I'm very happy to share it.

Thanks,
Bea`),
  rej('interview', ['culture_fit'], fb,
    `Hello Arturo,

Thank you for the several conversations with our founders and the team in the last weeks.

We want to be honest with you: the team felt that your preference for a big structured corporate setting would not match well with our small startup where everybody does a bit of everything. For this reason we will not continue.

Best regards,
Lena`),
  rej('interview', ['skills_gap'], fb,
    `Hi Devika,

Thanks so much for speaking with Amir and Claire on Monday. They enjoyed hearing about your work on the loyalty programme.

Unfortunately we've decided not to progress. This role leans heavily on B2B pricing, and that's an area where you'd said you have little exposure.

Best wishes,
Sally`),
  rej('interview', ['position_filled'], {},
    `Hi Ollie,

Thanks again for meeting the team in person last week. I wanted to let you know that we have now filled the position.

Thank you for your interest, and good luck.

Priya`),
  rej('interview', ['generic'], {},
    `Dear Ibrahim,

Following on from your discussion with the panel, I'm sorry to inform you that you have not been successful on this occasion.

Regards,
Recruitment Team
Harefield District Council`),
  rej('interview', ['profile_mismatch'], {},
    `Hi Clara,

Thank you for chatting with our CTO and two of the engineers this week.

They've decided to go with someone whose background was a better match. Thank you for your patience with our process.

Mira`),

  // ── screens really screens
  rej('screen', ['generic'], {},
    `Hi Hassan,

Thanks for taking my call on Thursday. I've shared my notes with the hiring manager and we've decided not to progress your application to the next stage.

Best,
Noor
Talent Acquisition`),
  rej('screen', ['profile_mismatch'], {},
    `Dear Ewa,

Thank you for the initial phone conversation with me regarding the Category Manager vacancy. Having reviewed our discussion with the hiring manager, we feel your experience is not the right fit for this role.

Kind regards,
Jo`),
  rej('screen', ['skills_gap'], fb,
    `Hi Ricky,

Good to speak on the phone earlier. As I mentioned, the client is set on someone with a full UK driving licence because the role covers four sites. Without one I'm afraid they won't take it further.

Speak soon,
Lauren (Pinnacle Recruitment)`),

  // ── application stage naming no step
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your interest in Halden Manufacturing. We regret to inform you that you have not been selected for this position.

Halden HR${ats('Workday')}`),
  rej('application', ['generic'], {},
    `Hello Swati,

Greetings from Intellion!

We thank you for applying with us. Currently we are not in a position to take forward your application.

All the best for your future endeavours.

Regards,
Talent Acquisition Team`),
  rej('application', ['generic'], {},
    `Hi there,

Thank you for your interest in working with us. Unfortunately, your application was unsuccessful this time.

The Hoxton Bakehouse team`),
  rej('application', ['generic'], door,
    `Dear Olumide,

Thank you for your application for the position of Trainee Solicitor (2027 intake).

We have received a very high number of applications this year and, after careful consideration, we regret that we are unable to offer you a place on our assessment day. We hope you will consider applying to us again in the future.

Yours sincerely,
Graduate Recruitment
Pembury Lane LLP`),
  rej('application', ['generic'], {},
    `Hi Mei,

Thanks for applying for the Product Designer role at Sable. We've decided not to move forward with your application. Unfortunately, due to the number of applications, we can't provide individual feedback, and this decision won't affect any future applications.

Sable Talent${ats('Ashby')}`),
  rej('application', ['generic'], {},
    `Dear Marco,

We would like to thank you for your application and your interest in our company. We must inform you that we decided for other candidates in this recruitment process.

With regards,
HR department, Stahlwerk Kessler GmbH`),
  rej('application', ['generic'], {},
    `Dear candidate,

Your application for the position 'Customer Service Advisor' has been carefully evaluated. Unfortunately, we are not able to move you forward in the selection process. Should you be invited to interview in future, it will be for a different vacancy and you will receive a separate email.

Regards,
Recruitment`),
  rej('application', ['generic'], {},
    `Hi Lee,

Appreciate you taking the time to apply for the Barista role at Ember & Oak. We won't be offering you an interview on this occasion, as the team have chosen other applicants.

Thanks,
Ember & Oak`),
  rej('application', ['generic'], door,
    `Dear Pooja,

Thank you for your interest in the Associate – Risk Analytics position. After reviewing your application, we have decided not to proceed at this stage.

We encourage you to continue exploring opportunities on our careers page and to apply for any role that matches your interests.

Sincerely,
Talent Acquisition${ats('iCIMS')}`),

  // ── others' closer experience / backgrounds
  rej('application', ['profile_mismatch'], {},
    `Hi Jenna,

Thank you for applying. We've reviewed all applications and selected candidates whose experiences were more closely matched to the needs of the role.

Warm regards,
Foxglove People Team`),
  rej('application', ['profile_mismatch'], door,
    `Dear Saurav,

Thank you for your recent application for the Data Analyst role. We have decided to pursue applicants whose backgrounds more closely match the qualifications of the position.

We will keep your resume in our system and may reach out if a suitable opportunity arises.

Regards,
Corbel Technologies Recruiting`),
  rej('application', ['profile_mismatch'], {},
    `Hi Grant,

Thanks for applying to the Account Manager opening. We received many strong applications and the profiles we've taken forward were a closer match to what we're looking for.

Best,
Ashwood Recruiting`),
  rej('interview', ['profile_mismatch'], {},
    `Hi Hana,

Thanks again for your interview with the design team. We've chosen to move forward with a candidate whose skill set is a closer fit for the role at this time.

Thank you,
Wren`),
  rej('application', ['profile_mismatch'], {},
    `Dear Mr. Novak,

After reviewing your application for the role of Supply Chain Planner, we have decided to proceed with other candidates who better meet the profile we are looking for.

Kind regards,
Ostrava Components HR`),
  rej('application', ['profile_mismatch'], {},
    `Dear Fatima,

Thank you for your application. Other applicants had experience that matched the job description more closely, and so we won't be offering you an interview.

Best wishes,
Thornbury Housing Trust`),
  rej('screen', ['profile_mismatch'], {},
    `Hi Luca,

Thanks for chatting with me on the phone. We've decided to progress candidates whose experience maps more directly to the role, so we won't be taking yours forward.

Cheers,
Imogen`),
  rej('interview', ['profile_mismatch'], door,
    `Dear Hiroshi,

Thank you for the interviews with our team for the Research Engineer position.

The team decided to move on with another candidate whose profile corresponds better to the current needs of the project. We'd be glad to receive your application for future openings.

Best regards,
Institut Valmont – Human Resources`),

  // ── requirements named in passing
  rej('application', ['skills_gap'], fb,
    `Hi Stacy,

Thanks for applying for the Operations Coordinator role. For this one we're prioritising candidates with Salesforce admin experience, so we won't be moving forward with your application.

Best,
Larkfield`),
  rej('application', ['skills_gap'], fb,
    `Dear Ayodele,

Thank you for your application. We are looking for candidates with a CIPD Level 5 qualification for this post, which your application did not include, and so we are unable to shortlist you.

HR, Redbourne College`),
  rej('interview', ['skills_gap'], fb,
    `Hi Rowan,

Thanks for the interview on Wednesday. We've gone with someone with more experience managing paid social budgets, which is a big part of this job. Sorry it's not better news.

Kate`),
  rej('application', ['skills_gap'], fb,
    `Hello Juan,

We appreciate your interest in the Field Service Technician position. This position requires a valid EPA 608 certification, and your application did not indicate that you hold one. As such, we are unable to move forward.

Regards,
Coolflow HVAC`),
  rej('interview', ['skills_gap', 'position_filled'], fb,
    `Dear Amara,

Thank you for attending interview for the Clinical Nurse Specialist post. I am sorry to tell you that the post was offered to a candidate with more experience in tissue viability.

Kind regards,
Nursing Recruitment`),
  rej('application', ['skills_gap'], fb,
    `Hi Brendan,

Thanks for applying. We're really looking for someone with fluent Dutch for this role as most of our clients are in the Netherlands, so we won't be taking things further.

Best,
Marit`),
  rej('screen', ['skills_gap'], fb,
    `Hi Sade,

Thanks for the call. I spoke to the team and given that the role needs 5+ years in people management and you have just under two, we'll be going in a different direction.

Best,
Will`),

  // ── generic words beside a specific reason
  rej('application', ['skills_gap'], fb,
    `Dear Nadia,

Thank you for your interest. We received a large number of applications from highly qualified candidates. Unfortunately, your application did not show the two years' post-qualification experience required for this role, so we will not be progressing it.

Regards,
Kingsway Legal Recruitment`),
  rej('application', ['location'], fb,
    `Hi Paulo,

It was a very competitive process and we met lots of strong people. In the end we needed someone who could be in our Dublin office full time, which we know doesn't work with your move to Lisbon, so we won't be moving forward.

Best,
Orla`),
  rej('application', ['profile_mismatch'], {},
    `Dear Candidate,

We had an overwhelming response to this role and the decision was a difficult one. On this occasion other candidates' experience more closely matched our requirements.

Regards,
Peregrine Insurance`),
  rej('interview', ['role_closed'], {},
    `Hi Kasia,

The competition was very strong, but in the end it's not about that: the role has been cancelled following a budget review, so we won't be hiring for it this year.

Sorry, and thank you for your time in the interviews.

Mel`),
  rej('application', ['salary'], fb,
    `Hi Abdul,

Many strong candidates applied for this role. Your salary expectation of £70k is well above the £52k budget, so unfortunately we can't move forward.

Thanks,
Jade`),
  rej('final', ['internal_candidate'], {},
    `Dear Rebecca,

Thank you for your time at the final panel. It was an extremely competitive field; in the end the panel has appointed an internal colleague to the role.

With best wishes,
Director of HR`),

  // ── flags in the middle of long polite letters
  rej('interview', ['profile_mismatch', 'position_filled'], { ...door, ...offered },
    `Dear Ruairi,

I hope this finds you well. I wanted to start by saying a sincere thank you for the time and thought you gave to our process for the Senior Policy Adviser role — the written exercise, the interview with the panel and the conversation with our director.

We know how much goes into applying for a role like this. You prepared thoroughly, you asked thoughtful questions, and the panel enjoyed meeting you.

This has been an unusually strong recruitment and we have had to make some difficult choices. After careful consideration, the panel decided to offer the role to a candidate whose experience matched the brief more closely.

We'd welcome an application from you for future openings that match your background — we expect to advertise two adviser posts in the new year. And if it would help, the chair of the panel is happy to talk you through their notes; just let me know.

Thank you again, and we wish you every success.

Warm regards,
Niamh Doyle
People and Culture`),
  rej('interview', ['skills_gap'], { ...fb },
    `Dear Sunil,

Thank you for your interest in the role of Treasury Analyst and for meeting our team on 4th and 11th.

We were delighted with the number and quality of applications. Our team takes great care in reviewing each candidate, and we thank you for your patience during the process.

The team noted your strong understanding of cash forecasting, but felt your experience with FX hedging was not yet at the level the role requires.

We have therefore decided not to offer you the position. We wish you every success in your career.

Yours sincerely,
Treasury Recruitment`),
  rej('application', ['generic'], door,
    `Dear Laila,

Thank you for applying for the Communications Officer role at the Westbrook Foundation. We have been humbled by the number of people who want to work with us, and we read every application with care.

Our recruitment is carried out by a small team and we are sorry that it has taken us some time to get back to you.

We are sorry to say that on this occasion your application has not been shortlisted. We'd love to hear from you again should a future vacancy catch your eye, as we expect to grow the team next year.

The Westbrook Foundation is a registered charity (no. 1140000).

With warm wishes,
The Westbrook team`),
  rej('final', ['generic'], { ...offered, ...door },
    `Hi Nadim,

Where to start — thank you so much for the energy you brought to every stage, and especially to the final presentation to the leadership team.

I'm sorry to say we've decided to go with another candidate. I know it's a frustrating answer after so many weeks.

The team would be glad to share their notes with you if that would be useful; just reply and I'll set up a call. We'd also love to stay in touch, and I'll reach out directly when our next senior role opens.

Thanks again, truly,
Giulia
Head of Talent, Caravel`),
  rej('interview', ['assessment'], { ...fb, ...door },
    `Dear Chen,

Thank you for your time at our interview day, which included the panel interview and the written data exercise.

We were impressed with the way you presented yourself, and it was clear you had prepared carefully. Your interview answers were strong; in the written exercise, however, the analysis did not reach a recommendation, and this exercise carries significant weight in our decision.

I'm sorry to let you know that we will not be offering you the role. We keep a record of strong candidates and would be pleased to contact you about similar roles in future.

Kind regards,
Westgate Research`),

  // ── quoted history carrying the stage
  rej('interview', ['generic'], {},
    `Hi Dara,

Thanks for your patience. I'm afraid we've decided not to move forward with your application.

Best,
Anna` + quote('Thu, 6 Mar 2025 at 17:20', 'Dara Keane', `Hi Anna,\nThanks for arranging the interview with Paul and Siobhan this afternoon, it was great to meet them.\nDara`), 'Re: Thanks for today'),
  rej('final', ['generic'], {},
    `Hi Femi,

Sorry to keep you waiting. We've gone with another candidate, but thank you for everything.

Matt` + outlook('Femi Adeyemi', '14 April 2025 09:02', 'Final round', `Hi Matt,\nThank you for inviting me to the final round last Thursday. I enjoyed meeting the board. Any news?\nFemi`), 'RE: Final round'),
  rej('assessment', ['generic'], {},
    `Hi Noah,

Thanks for getting back to me. Unfortunately the team have decided not to take your application further.

Best,
Kit` + quote('2 Jun 2025 at 08:14', 'Noah Briggs', 'Hi Kit,\nI have submitted the take-home task through the portal. Please let me know if you need anything else.\nNoah'), 'Re: Take-home task'),
  rej('interview', ['skills_gap'], fb,
    `Hi Aroha,

I've spoken with the panel and they've decided to go with a candidate with more experience in stakeholder reporting to government clients. Sorry this isn't the news you wanted.

Sam` + quote('19 May 2025 at 16:45', 'Aroha Ngata', "Hi Sam,\nThanks again for setting up today's interview with the panel. Is there any update on timing?\nAroha"), 'Re: Interview today'),
  rej('screen', ['generic'], {},
    `Hi Kai — thanks for following up. We've decided not to progress your application. All the best.

Leah` + quote('Mon, 3 Mar 2025', 'Kai Morgan', 'Hi Leah, great to chat on the phone last week. Just checking in on next steps. Kai'), 'Re: checking in'),

  // ── HTML
  rej('application', ['profile_mismatch'], {},
    html([
      'Dear Ritu,',
      'Thank you for applying for the <strong>Finance Associate</strong> role at Chalkhill Partners.',
      'We have reviewed your application carefully and, on this occasion, we have decided to progress with applicants whose experience better matches our requirements.',
      'Kind regards,<br>Chalkhill Partners Talent Team',
    ])),
  rej('interview', ['skills_gap'], fb,
    html([
      'Hi Ben,',
      'Thanks for interviewing with us for the <b>Site Reliability Engineer</b> position.',
      'We&#39;ve decided not to move forward. The team was looking for deeper experience with on-call incident leadership at scale.',
      'Best,<br>Hearth Systems Recruiting',
    ])),
  rej('application', ['generic'], door,
    html([
      'Dear Kayode,',
      'Thank you for your interest in Arden &amp; Moor.',
      'Unfortunately, your application for the <i>Graduate Surveyor</i> programme has not been successful on this occasion.',
      'We&rsquo;d encourage you to apply again next year.',
      'Arden &amp; Moor Early Careers',
    ])),

  // ── assessment and tests
  rej('assessment', ['assessment'], fb,
    `Hi Yara,

Thanks for completing the product case. The reviewers felt the prioritisation section didn't justify the choices with data, so we won't be moving to the interview stage.

Best,
Rana`),
  rej('assessment', ['assessment'], {},
    `Dear Applicant,

Thank you for completing our online assessment. Unfortunately, your results did not meet the threshold required to progress to the next stage.

Recruitment Team${ats('SmartRecruiters')}`),
  rej('assessment', ['generic'], {},
    `Hi Femke,

Thanks for doing the assignment. We had a lot of strong submissions, and in the end we've decided to move ahead with other candidates.

Warmly,
Pia`),
  rej('assessment', ['location'], fb,
    `Dear Ricardo,

Thank you for completing the reference and background checks. Unfortunately, the right-to-work check has shown that you would need sponsorship to take up this role, which we cannot offer. We are therefore withdrawing the conditional offer.

HR Team`),

  // ── final rounds
  rej('final', ['profile_mismatch'], {},
    `Hi Lucia,

Thank you for making it to the final two. The decision came down to the other candidate's background being a slightly closer match. It was incredibly close.

Ben`),
  rej('final', ['position_filled'], {},
    `Dear Samuel,

Thank you for attending the final interview. I wanted to let you know that the successful candidate has accepted our offer, and the position is now filled.

Kind regards,
Resourcing`),
  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Hi Aaliyah,

Thanks for the onsite on Friday. The team loved your energy but felt you'd need more experience leading a team of engineers before stepping into this role. Happy to chat through it if helpful.

Best,
Connor`),

  // ── on hold and updates that decline nobody
  hold('application', ['role_closed'], {},
    `Hi Marta,

Just a note to say the hiring for the Content Lead role is paused for a few weeks while we restructure the team. You're still in the process and I'll update you as soon as I can.

Ellie`),
  hold('application', ['role_closed'], {},
    `Dear Candidate,

Recruitment for this vacancy has been postponed. Your application has been retained and we will write to you when the process resumes.

HR Services`),
  other(`Hi Tom,

Quick update — we're still reviewing applications for the Operations role and expect to get back to everyone by the end of the month. Thanks for your patience.

Alice`, 'Update'),
  other(`Dear Chioma,

Thank you for your application. We are currently reviewing all applications and will be in touch with shortlisted candidates by 30 June. If you have not heard from us by then, please assume that on this occasion your application has not been successful.

HR`, 'Application received'),
  other(`Hi Wojtek,

Thanks for your interview today! The team will meet on Friday to discuss all candidates, and we'll be in touch early next week.

Best,
Sana`, 'Thanks for today'),
  other(`Hello Vivek,

Thank you for applying to Ardent Systems. Your application has been received and is being reviewed by our team. We will get back to you if your profile is shortlisted.

Regards,
Ardent Talent Team${ats('Lever')}`, 'Application received'),
  other(`Dear Hannah,

We are writing to let you know that unfortunately the interview panel is not available on 12 March. We'd like to move your interview to 14 March at the same time. Please confirm if this works.

Kind regards,
Recruitment`, 'Interview date change'),
  other(`Hi Leo,

Sorry for the slow reply — it's been a hectic couple of weeks. We're still in the middle of interviews and I hope to have news for you next week.

Best,
Gwen`, 'Re: any news?'),
  other(`Dear Applicant,

Thank you for your interest. Regrettably, we do not accept speculative applications by email. Please apply through our careers portal for any advertised vacancy.

HR`, 'Re: Speculative application'),
  other(`Hi Ayesha,

Great news: you've been shortlisted for a first-round interview for the Analyst role! Please pick a slot using the link below.

Best,
Recruiting${ats('Greenhouse')}`, 'Interview invitation'),
  other(`Dear Rohan,

Thank you for your interest in Pallas Labs. Unfortunately, the position you applied for has received a high volume of applications, and we are still reviewing them. We appreciate your patience and will be in touch.

Regards,
Pallas Labs`, 'Your application'),
  other(`Hi Mariana,

We have received your application for Marketing Intern. What happens next? Our team reviews every application. If we'd like to take things forward, we'll contact you to arrange a short call.

The Fable Team${ats('Ashby')}`, 'Thanks for applying'),
  other(`Jobs you might like

Senior Analyst – Hartley Bank – London
Data Manager – NHS Digital – Leeds
Insight Lead – Mabbott – Remote

Sorry we couldn't find more matches this week. Update your preferences to see more roles.`, 'Jobs you might like'),
  other(`Dear Priyanka,

We are pleased to offer you the position of Associate Consultant. Please find the offer letter attached and confirm your acceptance within 5 working days.

Regards,
HR`, 'Offer letter'),
  other(`Hi Sam,

Thanks for your note asking to withdraw your application. We've withdrawn it as requested and wish you every success in your new position.

Best,
Talent`, 'Re: Withdrawal'),
  other(`Dear Emre,

We're sorry, but we weren't able to process your application because the form timed out. Please try again using the link below.

Careers Support`, 'Problem with your application'),
  other(`Hi Dilnoza,

Thanks for applying! Please note the closing date has been extended to 20 September, and interviews will now take place in the first week of October. We'll update you after the closing date.

Best,
Recruitment`, 'Change of timetable'),
  other(`Hello,

Unfortunately I'm out of the office until Monday with limited access to email. For urgent recruitment queries please contact careers@example.com.

Thanks,
Ruth`, 'Automatic reply: Application'),
  other(`Dear Olga,

Thank you for attending the assessment centre yesterday. We are currently reviewing the results of all candidates and will contact you within ten working days with the outcome.

Kind regards,
Graduate Recruitment`, 'Thank you for attending'),
];

/** A second go, written after the first go's fixes, in other wordings again: measured on first sight (ADR 0050). */
export const HANDWRITTEN_DEV_6B: readonly CorpusLine[] = [
  rej('interview', ['generic'], {},
    `Dear Siddharth,

Thank you for your valuable time in the discussions with our Delivery Head and the practice team.

After evaluating all the profiles, we regret that we are not able to take your candidature forward for the role of Project Manager.

Best wishes,
Talent Acquisition, Corvantis IT Services`),
  rej('interview', ['profile_mismatch'], door,
    `Hi Greta,

Thanks for all your time with the team across the three conversations. We've decided to go with another candidate whose experience sits a little closer to the role as it's now shaped.

I'd love to keep in touch for future roles — we're growing, and there'll be more.

Ana`),
  rej('interview', ['skills_gap'], fb,
    `Hello Mr Tanaka,

We thank you for the meeting at our office with Mr. Weber and Mrs. Klein. We have decided for a candidate who has deeper experience with SAP S/4HANA migrations, because the project starts already in the next month.

Best regards
Personalabteilung, Brenner Consulting`),
  rej('interview', ['generic'], {},
    `Hi Alfie — just wanted to say thanks for coming to chat with Jen and me on Saturday. We've decided to offer the shifts to someone else this time. Cheers, Maggie (The Anchor)`),
  rej('screen', ['generic'], {},
    `Hi Olu,

Appreciate you making time for a call with me. Having taken everything into account, we won't be progressing you to the interviews with the team.

Regards,
Shona, Talent Partner`),
  rej('interview', ['internal_candidate'], {},
    `Dear Benedikt,

Thank you for interviewing for the Data Protection Officer role. We have decided to appoint a colleague from our legal team who has been covering the role.

Kind regards,
People Services`),
  rej('application', ['profile_mismatch'], {},
    `Hi Nour,

Thank you for applying to Vesper. We've decided to move forward with applicants whose backgrounds better fit what the team needs right now.

Vesper Recruiting${'\n\nYou can manage your notification settings in your Lever candidate profile.'}`),
  rej('application', ['skills_gap'], fb,
    `Dear Ms Oyelaran,

Thank you for applying for the Pharmacist post. As noted in the advert, applicants must hold current GPhC registration. We could not find a registration number in your application, so we are unable to take it further.

Pharmacy Recruitment Team`),
  rej('application', ['generic'], door,
    `Hi Ella,

We've looked through your application for the Content Writer role and we won't be taking it forward at this time. We do post new roles regularly, so keep an eye on our careers page.

Thanks,
Inkwell`),
  rej('application', ['generic'], {},
    `Greetings of the day!

We have received your resume for the opening of Sales Officer. As of now your profile is not shortlisted. We wish you good luck for the future.

Thanks and regards,
HR Team, Nandini Motors`),
  rej('final', ['profile_mismatch', 'position_filled'], offered,
    `Dear Abigail,

Thank you for your patience after the final interviews. The committee has offered the post to a candidate whose experience matched the needs of the department slightly more closely. I would be happy to talk you through the committee's comments if that would help.

Yours sincerely,
Dr Helen Marsh
Head of Department`),
  rej('assessment', ['assessment'], fb,
    `Hi Jakub,

Thank you for sending your solution for the backend task. The reviewers noted that the API returned a server error for invalid input and the pagination was not implemented, so we won't be continuing with your application.

Best regards,
Rivetline Engineering`),
  rej('interview', ['salary'], fb,
    `Hi Cormac,

Thanks for meeting Sinead and the finance team. They liked you a lot. The sticking point was pay: your expectations are about €15k above what we can offer for this role, so we've decided not to go further.

Best,
Aoife`),
  rej('interview', ['role_closed'], {},
    `Dear Mrs. Iyer,

With reference to your interview on 2nd for the post of Branch Manager, we wish to inform you that the said position has been kept in abeyance due to internal restructuring. Hence we will not be proceeding with the selection.

Regards,
HR Department`),
  rej('interview', ['location'], fb,
    `Hi Joaquín,

Thank you for the interviews with the team. Unfortunately we've learned that we can only employ people with existing work authorisation in Canada for this role, and we're unable to move forward.

Best wishes,
Mapleleaf Robotics`),
  rej('interview', ['generic'], { ...offered, ...door },
    `Hi Naledi,

I hope your week is going well.

I wanted to thank you again for your time with Ravi, Louise and the wider team. I know it was a long process, with the take-home, the technical conversation and the meeting with our founders, and you were generous with your time throughout.

I'm sorry to say that we won't be offering you the role.

If you'd find it helpful, I'd be glad to share some of the team's thoughts on a quick call. I'd also like to keep you in mind for future roles: we plan to hire two more engineers in the spring.

All the best,
Jamie`),
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Kwesi,

Thank you for taking part in the interview process for the Audit Senior role.

Our partners were very positive about your communication skills. However, the role involves leading audits of listed clients from the start, and they felt you'd benefit from more experience of listed-company audits before taking that on.

We would be happy to hear from you again when you have that experience, and we'd encourage you to apply for future roles with us.

Kind regards,
Graduate and Experienced Hire Recruitment`),
  rej('application', ['overqualified'], fb,
    `Hi Pritam,

Thanks for your application for the Support Analyst role. Your experience as a solutions architect goes well beyond this entry-level position, so we don't think it's the right level for you and won't be progressing.

Best,
Helpline Ltd`),
  rej('application', ['culture_fit'], fb,
    `Hi Cass,

Thanks for applying. We read your cover letter closely and, as you said you're looking for a fully asynchronous, heads-down environment, we don't think you'd enjoy how much of our day is spent collaborating live. So we'll pass this time.

Best,
Rally Studio`),
  rej('interview', ['generic'], {},
    `Thank you for your time, Ms. Bello. After your interview the panel has decided not to recommend you for appointment.

Human Resources`),
  rej('final', ['generic'], {},
    `Dear Mthunzi,

I hope you are well. Thank you for coming to Cape Town for the last round with our executive team. Unfortunately, we will not be extending an offer. We wish you well.

Regards,
Lindiwe`),
  rej('interview', ['generic'], {},
    `Hi Carys,

I'm sorry this has taken a while. We've had a lot of strong people through the interviews, and we've decided not to move you forward.

Thanks again,
Josh` + quote('Fri, 14 Feb 2025 at 12:30', 'Carys Jones', 'Hi Josh,\nThanks for the interview this morning with you and Anya, I really enjoyed it.\nCarys'), 'Re: Thank you'),
  rej('assessment', ['generic'], {},
    `Dear Hamid,

Thank you for the coding test. We will not proceed further with your application.

Regards,
Recruitment`),
  rej('application', ['location'], fb,
    `Dear Applicant,

Thank you for your interest. This vacancy is only open to candidates who already live within the Northshire area, as stated in the advertisement. As your address is outside the area, your application cannot be considered.

Northshire Police Staff Recruitment`),
  hold('screen', ['role_closed'], {},
    `Hi Zain,

Thanks again for your call with me last week. I wanted to let you know the client has put this search on ice while they re-plan their budget. You haven't been ruled out — I'll be in touch as soon as it moves again.

Best,
Gemma, Northgate Search`),
  other(`Hi Tomasz,

Many thanks for your interview today. We have a couple more candidates to see this week and will be in touch with everyone by Friday.

Best regards,
Helen`, 'Thank you'),
  other(`Dear Candidate,

Thank you for applying for the role of Senior Nurse. Due to the high volume of applications, only shortlisted candidates will be contacted. We appreciate your interest.

Recruitment Team`, 'Application acknowledgement'),
  other(`Hi Ravi,

Thank you for your application! Unfortunately our hiring manager is travelling, so there may be a short delay before we can get back to you. We appreciate your patience.

Best,
Recruiting`, 'Quick update on your application'),
  other(`Dear Leila,

We are pleased to let you know that you have passed the online assessment. The next step is a video interview with the hiring manager; please choose a slot using the link below.

Kind regards,
Graduate Recruitment`, 'Next steps'),
  other(`Hi Josh,

I'm sorry to hear you've accepted another offer, but thank you for letting us know and congratulations! We've closed your application at your request.

Best,
Talent Team`, 'Re: Withdrawing my application'),
  other(`Hey Meg,

Just circling back — the team is still working through interviews for the Growth role, so no news yet. I'll reach out as soon as we've made a decision.

Jess`, 'Re: checking in'),
  other(`Dear Applicant,

Thank you for applying. Please note that our offices are closed over the holiday period, and we will review applications when we return on 5 January.

HR Department`, 'Application update'),
];

/** A third go, written after the second go's fixes: conversations, doors and updates in words not used above. */
export const HANDWRITTEN_DEV_6C: readonly CorpusLine[] = [
  rej('interview', ['profile_mismatch'], door,
    `Dear Anneke,

Thank you for the pleasant conversation with Mr. de Vries and myself on Thursday.

We have chosen for a candidate whose profile fits better to the team at this moment. We will save your details and approach you if a suitable position opens.

Kind regards,
Recruitment, Hollandia Logistics${gdpr}`),
  rej('interview', ['generic'], {},
    `Hi Rafi,

Thanks for sitting down with Charlotte and the analytics team on Wednesday. We've made our decision and unfortunately we won't be taking your application any further.

All the best,
Dom`),
  rej('screen', ['profile_mismatch'], {},
    `Hi Jess,

Thanks for the quick chat on Tuesday. Having looked again at what the client needs, I don't think your background lines up closely enough, so I won't be putting you forward this time.

Best,
Ravi (Atlas Talent)`),
  rej('application', ['skills_gap'], fb,
    `Hello Chinedu,

Thank you for applying for the Electrical Technician role. A valid 18th Edition certificate is a must for this job and we couldn't see one on your CV, so we won't progress your application.

Regards,
Brightspark Contracting`),
  rej('interview', ['skills_gap', 'position_filled'], { ...fb, ...offered },
    `Dear Leanne,

Many thanks for your interview for the Practice Manager position. After careful consideration we have offered the role to a candidate with more experience of running GP surgery budgets. If you would like to talk through the panel's comments, please give me a call.

Kind regards,
Dr S. Hussain`),
  rej('application', ['generic'], door,
    `<p>Hi Ola,</p><p>Thanks for your interest in the Junior Copywriter position. We&#39;ve decided not to progress your application on this occasion.</p><p>We&#39;re always on the lookout for talented writers, so please do apply again when you see another role with us.</p><p>Cheers,<br>The Pressroom team</p>`),
  rej('interview', ['generic'], {},
    `Hi Kamal,

Thank you for the time you gave us on Friday. I'm afraid we have decided not to offer you the position.

Regards,
Sophie` + quote('Fri, 7 Mar 2025 at 16:55', 'Kamal Aziz', "Hi Sophie,\nMany thanks for arranging today's interview with Mark and Gill.\nKamal"), 'Re: Today'),
  rej('final', ['generic'], offered,
    `Hi Esme,

I know you were hoping for good news after the final round with Paul and the board. I'm afraid we've chosen another candidate. If you'd like to go through how the day went, I'm glad to set up a call.

Best,
Harriet`),
  rej('assessment', ['assessment'], fb,
    `Dear Oleksandr,

Thank you for the written exercise. The panel found that the briefing note did not make a clear recommendation and several figures were not sourced, so your application will not progress to interview.

Kind regards,
Policy Recruitment`),
  hold('interview', ['role_closed'], {},
    `Hi Sunita,

A quick update after your interviews: our leadership has put all senior hiring on the back burner until after the merger closes. No decision has been made on your application and I'll come back to you when things start again.

Best,
Paul`),
  other(`Dear Adebayo,

Thank you for taking the time to complete our application. Our team is reviewing your information and we'll be in touch soon about next steps.

Sincerely,
Recruiting Team`, 'Thank you for your application'),
  other(`Hi Clara,

Unfortunately I need to cancel our call tomorrow as I'm off sick. Could we do Thursday at 10 instead?

Thanks,
Anna`, 'Call tomorrow'),
  other(`Hello Priti,

Thanks for your interview. Just to let you know, the panel is seeing the last candidate on Monday, so we expect to make a decision by Wednesday and will let you know either way.

Regards,
HR`, 'Interview outcome timeline'),
  other(`Dear Mr. Silva,

We regret that the interview scheduled for 4 June must be postponed due to the unavailability of the panel. A new date will be sent shortly.

Recruitment Office`, 'Interview postponed'),
];
