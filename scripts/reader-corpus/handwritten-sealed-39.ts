/**
 * Sealed messages of the thirty-ninth round. The first part is rejections from many employers, vendors and HR
 * template sites across countries and sectors, at every stage from the application to the final round and with every
 * reason: applicant-tracking letters, HR templates (some with a merge field left unfilled), agency recruiters,
 * hiring managers and founders writing by hand, HTML leftovers, and replies with earlier mail quoted below. The
 * second part is six months of one inbox: a Toronto secondary-school science teacher, eight years in the classroom
 * and two as head of department, moving into instructional design and learning and development, applying to EdTech
 * companies, universities, and the training teams of banks and hospitals in Toronto, Ottawa, remotely across Canada
 * and at a few US companies. That inbox holds acknowledgements, portfolio requests, design-task invitations,
 * scheduling, recruiter check-ins, job alerts, a community newsletter, a reference request, paused processes,
 * rejections and, at the end, an offer.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s39-');

export const HANDWRITTEN_SEALED_39: readonly CorpusLine[] = [
  // ── Part one: many employers
  // 1 Greenhouse-style, application, generic
  rej('application', ['generic'], {},
    `Hi Tomasz,

Thank you for your interest in Quillbeam and for applying to the Data Analyst, Growth position.

We've reviewed your application and unfortunately we won't be moving forward at this time.

All the best,
The Quillbeam Recruiting Team

Powered by Greenhouse`, 'Thank you for your interest in Quillbeam'),

  // 2 Lever-style, application, profile mismatch + door
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Anneke,

Thanks so much for your interest in the Customer Success Manager role at Vellichor Health. We really appreciate the time you took to apply.

After reviewing your background, we've decided to pursue candidates whose experience more closely aligns with what the team needs right now.

We'll keep your information in our system and may reach out if a future opening looks like a better match. Feel free to keep an eye on our careers page, too.

Warmly,
Vellichor Health Talent Team

Sent via Lever`, 'Your application to Vellichor Health'),

  // 3 Workday, application, location (work authorization)
  rej('application', ['location'], { ...fb },
    `Dear Rafael Mendonça,

Thank you for applying for Requisition R-0048812, Senior Process Engineer (Houston, TX).

This position requires candidates to be authorized to work in the United States without current or future sponsorship. Based on the responses you provided in your application, you do not meet this requirement, and we are therefore unable to consider you further for this opening.

We appreciate your interest in Tarrant Midstream Partners.

Sincerely,
Talent Acquisition

This is an automated message from our Workday recruiting system. Please do not reply to this email; replies are not monitored.`, 'Update on Requisition R-0048812'),

  // 4 HR template with merge field, application, generic
  rej('application', ['generic'], {},
    `Dear {{candidate.first_name}},

Thank you for applying for the position of Logistics Coordinator with Bramblewood Freight Ltd.

We received a great number of applications for this role and, following careful review, we regret to inform you that your application has not been successful on this occasion.

We thank you for the interest you have shown in our company.

Yours sincerely,

Human Resources
Bramblewood Freight Ltd, Unit 4, Kestrel Park, Doncaster DN4 5PL`, 'Logistics Coordinator - Application Outcome'),

  // 5 SmartRecruiters, application, skills_gap (language) + door
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hallo Priyanka,

vielen Dank für Ihre Bewerbung. / Thank you for your application for the position of Key Account Manager DACH at Nordlicht Packaging GmbH.

As the role involves daily negotiation with German-speaking clients, fluent German (C1 or above) is an essential requirement. From your profile we understand your German is currently at A2 level, so we are unable to take your application further.

We would be pleased to keep your details in our talent community for English-speaking roles that may open in our Rotterdam and Dublin offices.

Mit freundlichen Grüßen
Lena Brückner
Recruiting, Nordlicht Packaging GmbH

[SmartRecruiters] Manage your candidate profile | Privacy policy`, 'Ihre Bewerbung bei Nordlicht Packaging / Your application'),

  // 6 Ashby, screen, salary
  rej('screen', ['salary'], { ...fb },
    `Hi Jonah,

Thanks again for the call on Tuesday — it was great to hear about the billing migration you led.

I've talked it through with the hiring manager. The number you mentioned (around $210k base) sits well above the band we have approved for this Staff Engineer role, which tops out at $172k, and we aren't able to stretch that far this year. Given that gap, we've decided not to move forward with the process.

I'm sorry this isn't the news you were hoping for, and I really appreciate how open you were about expectations.

Best,
Mira Okonkwo
Technical Recruiter, Paddock Labs

Sent with Ashby`, 'Paddock Labs - Staff Engineer'),

  // 7 iCIMS, interview, position_filled
  rej('interview', ['position_filled'], {},
    `Dear Hannah,

Thank you for taking the time to interview with us for the Clinical Research Coordinator position at Lakeshore Regional Medical Center.

We wanted to let you know that the position has now been filled. We appreciate your interest and the time you invested in speaking with our team.

Best regards,
Lakeshore Regional Medical Center
Human Resources

*** This email was sent from an unmonitored account. ***`, 'Clinical Research Coordinator (Req #23-1177)'),

  // 8 Taleo, application, role_closed
  rej('application', ['role_closed'], { ...door },
    `Dear Applicant,

Thank you for your interest in the position of Branch Operations Supervisor (Job Number: 2400317) with First Prairie Bancorp.

Please be advised that this requisition has been cancelled and the position will not be filled at this time. As a result, your application for this position will not be considered further.

We encourage you to visit our career site regularly and apply for any other positions for which you feel qualified.

Sincerely,
First Prairie Bancorp Talent Acquisition

Please do not reply to this message.`, 'Job Number 2400317 - Status Update'),

  // 9 Workable, assessment, assessment with detail
  rej('assessment', ['assessment'], { ...fb },
    `Hi Sefa,

Thank you for completing the online assessment for the Junior Accountant role at Kofi & Mensah Chartered Accountants.

The pass mark for this stage was 70%. Your overall score was 58%; you did well in the bookkeeping section but the IFRS and tax computation questions brought the total down. Unfortunately this means we cannot invite you to the interview stage.

We wish you well.

Regards,
Recruitment Team
Kofi & Mensah Chartered Accountants, Accra

Sent via Workable`, 'Your assessment result'),

  // 10 Teamtailor, application, overqualified
  rej('application', ['overqualified'], { ...fb, ...door },
    `Hej Magnus,

Thank you for applying to be a Junior Project Coordinator at Fjordlys Arkitekter.

We were genuinely impressed by your twelve years of running large residential projects. Honestly, that is far more than this position calls for — it is an entry-level role with mostly administrative tasks, and we think you would quickly find it too narrow. For that reason we have decided not to take your application further.

If a senior project manager role opens up, we would very much like to hear from you again.

Vänliga hälsningar,
Sofia Lindqvist
People & Culture, Fjordlys Arkitekter

—
Teamtailor · Unsubscribe from updates`, 'Your application at Fjordlys Arkitekter'),

  // 11 Personio, interview, internal_candidate
  rej('interview', ['internal_candidate'], {},
    `Dear Mr. Oyelaran,

thank you very much for the interview last week and for your interest in the position of Team Lead Finance at Haselbach Medizintechnik GmbH.

After completing all interviews we have decided to fill the position with an employee from within our own company, who is already familiar with our processes and systems. We therefore cannot offer you the position.

We thank you for the open conversation and wish you all the best for your professional future.

Kind regards
Katrin Vogelsang
HR Business Partner

Haselbach Medizintechnik GmbH · Amtsgericht Freiburg HRB 71234 · Geschäftsführer: Dr. Ulrich Haselbach
This message was sent via Personio.`, 'Your application as Team Lead Finance'),

  // 12 BambooHR, application, generic, very short
  rej('application', ['generic'], {},
    `Hi Ola, thanks for applying for Office Manager at Pinecone Creative. We've decided to go another direction. Best of luck!`, 'Office Manager at Pinecone Creative'),

  // 13 Recruitee, screen, location (on-site)
  rej('screen', ['location'], { ...fb, ...door },
    `Hi Dana,

Thanks for the chat on Friday. I really enjoyed hearing about your work at the museum.

As I mentioned on the call, this Visitor Experience Lead role is fully on-site at our Utrecht location, five days a week. Since you let me know you are planning to stay in Lisbon and could only work remotely, I'm afraid we can't take you forward in this process.

We do hire for remote content roles from time to time, so I'll add you to our talent pool and let you know if one comes up.

Groetjes,
Bram de Wit
Recruiter, Museumkwartier Utrecht

Sent with Recruitee`, 'Visitor Experience Lead'),

  // 14 Jobvite, final, position_filled + door
  rej('final', ['position_filled'], { ...door },
    `Dear Elise,

Thank you for your participation in the final round of interviews for the Regional Sales Director position at Corvane Medical Devices. The hiring team enjoyed meeting you onsite in Minneapolis.

We have extended an offer to another candidate, who has accepted. We know this is disappointing after the time and energy you put into the process.

We were impressed with your background and would welcome the opportunity to consider you for future openings. Your profile will remain in our system, and we encourage you to apply for other positions that match your interests.

Sincerely,
Corvane Talent Acquisition

Powered by Jobvite`, 'Regional Sales Director - Update'),

  // 15 Pinpoint, application, skills_gap (licence)
  rej('application', ['skills_gap'], { ...fb },
    `Dear Chiara,

Thank you for applying for the role of HGV Transport Planner at Harlow & Fenn Logistics.

Having reviewed your application, we note that you do not currently hold a Transport Manager CPC, which is a legal requirement for this post. Unfortunately, we are unable to progress your application.

Thank you for your interest and good luck with your job search.

Harlow & Fenn Recruitment

This email was sent using Pinpoint. Please do not reply.`, 'Your application for HGV Transport Planner'),

  // 16 agency recruiter, interview, culture_fit + fb + door
  rej('interview', ['culture_fit'], { ...fb, ...door },
    `Hi Marcus,

Just had the feedback through from Oakmere after your second interview with them.

They liked you, and they were clear that technically you could do the job. Where they landed was on ways of working: they run a very flat, pair-everything setup and they got the sense from your answers that you're happiest owning a piece of work end to end on your own. They didn't think that would be a happy match on either side, so they're going to pass.

I know that's frustrating after two rounds. For what it's worth I think it's a reasonable read and not a knock on you — there are plenty of teams where that working style is exactly what they want, and I've got two in mind already. Let's chat Monday?

Cheers,
Gemma
Gemma Hollis | Senior Consultant | Redline Tech Talent
07700 900412`, 'Oakmere feedback'),

  // 17 hiring manager by hand, interview, skills_gap
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hello Ibrahim,

I wanted to write to you myself rather than have this come from HR. Thank you for the conversation on Wednesday about the Water Treatment Process Engineer position.

We have decided not to proceed with your candidacy. The main issue is that the plant runs a membrane bioreactor system and we need someone who has operated one before — your experience so far is with conventional activated sludge, and we simply don't have the capacity to train on MBR this year.

If you would like to talk through any of this, give me a call on the number below.

Regards,
Noura Haddad
Plant Manager, Al-Waha Water Services
+971 4 555 0192`, 'Process Engineer - your interview'),

  // 18 founder, interview, role_closed
  rej('interview', ['role_closed'], {},
    `Hey Lucía,

I owe you a straight answer. We had a rough board meeting last week and the upshot is we're pausing all new hiring for the rest of the year and extending our runway. That means the Head of Marketing role is off the table, and I don't want to keep you hanging on a maybe.

I really liked our two conversations and I'm sorry it ended this way.

Ravi
Founder, Tamarind Labs`, 'Tamarind'),

  // 19 HTML leftovers, application, generic
  rej('application', ['generic'], {},
    `<html><body><table width="600"><tr><td style="font-family:Arial">
Dear Kwame,<br><br>
Thank you for applying for the <b>Graduate Trainee - Supply Chain</b> programme at Obsidian Breweries.<br><br>
We regret to inform you that you have not been selected to progress to the next stage of our recruitment process.<br><br>
We received over 4,000 applications this year and the competition was extremely strong.<br><br>
Kind regards,<br>Obsidian Breweries Early Careers Team
</td></tr></table>
<p style="font-size:9px;color:#999">You are receiving this email because you applied via careers.obsidianbreweries.com &nbsp;|&nbsp; <a href="#">Privacy</a></p>
</body></html>`, 'Obsidian Breweries Graduate Programme'),

  // 20 long letter, key sentence in the middle
  rej('final', ['skills_gap', 'position_filled'], { ...fb, ...offered, ...door },
    `Dear Dr. Nakamura,

On behalf of the search committee for the position of Director of Research Operations at the Halvorsen Institute for Marine Science, I would like to thank you for your visit to our campus on the 14th and 15th of this month. The committee asked me to pass on how much they enjoyed your seminar on long-term monitoring programmes, and several of the graduate students who attended the lunch mentioned your openness in discussing career paths in research management.

As you know, the committee interviewed three finalists for this position, each of whom brought considerable strengths. The deliberations were lengthy and, I can assure you, genuinely difficult. We looked carefully at each candidate's experience in managing research vessels, in overseeing externally funded programmes, and in supporting faculty across several departments.

In the end, the committee has decided to offer the position to another finalist. The deciding consideration was direct experience in managing federal grant compliance at the scale of our portfolio — the institute holds roughly $40 million in active federal awards, and the committee felt that your grant administration experience, while substantial, has been largely with private foundations.

I recognise that this will be disappointing after the considerable time you devoted to our process, including the preparation of your presentation and your travel. Please know that the committee's decision reflects the particular needs of the institute at this moment rather than any doubt about your abilities.

If it would be useful, I would be glad to arrange a short call to share more of the committee's observations. We would also be very pleased to see your name again in future searches; the institute expects to open two senior administrative positions within the next eighteen months.

With warm regards and every good wish,

Professor Eleanor Whitcombe
Chair, Search Committee
Halvorsen Institute for Marine Science
41 Harbor Lane, Woods End, ME 04597`, 'Director of Research Operations search'),
  // 21 thread reply, interview, generic, quoted invitation
  rej('interview', ['generic'], {},
    `Hi Sunil,

Thanks for your patience while we finished interviewing. I'm sorry to say we won't be taking your application further for the Payroll Specialist position.

Thanks again for your time, and best of luck.

Maureen Tully
HR Generalist, Castlegate Housing Association

On Mon, 3 Jun 2024 at 11:14, Maureen Tully <m.tully@castlegate-ha.org.uk> wrote:
> Hi Sunil,
> We'd like to invite you to interview for the Payroll Specialist role on Thursday 6 June at 2pm at our Leeds office. Please bring photo ID.
> Maureen`, 'Re: Interview invitation - Payroll Specialist'),

  // 22 Greenhouse, final, profile_mismatch
  rej('final', ['profile_mismatch'], {},
    `Hi Aylin,

Thank you for spending so much time with us over the past few weeks, including the final round with Dev, Noor and Chris on Thursday.

This was a close decision. In the end, we've decided to move forward with a candidate whose background is a closer match to what the team needs right now.

We're grateful for the thought you put into every conversation.

Best,
Harper
Recruiting at Lumenfield

Powered by Greenhouse`, 'Update from Lumenfield'),

  // 23 Lever, screen, generic + offered
  rej('screen', ['generic'], { ...offered },
    `Hi Theo,

Thanks for taking the time to talk with me last week about the Solutions Engineer role at Driftwood Analytics.

After a lot of discussion with the team, we've decided not to move forward to the next stage. I know that's not what you were hoping to hear.

If you'd like any feedback on the conversation, just reply to this email and I'll do my best to share what I can.

Cheers,
Amara
Driftwood Analytics Talent

Sent via Lever`, 'Driftwood Analytics - Solutions Engineer'),

  // 24 Workday, interview, internal_candidate
  rej('interview', ['internal_candidate'], {},
    `Dear Patrice Lemoine,

Thank you for interviewing for the position of Compliance Manager (JR-77120) at Solvane Insurance Group.

We have selected an internal candidate for this position. While this was a difficult decision, we appreciate the time you spent with our team.

Regards,
Solvane Insurance Group Talent Acquisition

This email was generated by Workday. Please do not reply.`, 'Your application for JR-77120 Compliance Manager'),

  // 25 agency, application, salary
  rej('application', ['salary'], { ...fb, ...door },
    `Hi Grace,

Quick update from my side on the Finance Business Partner role with the retailer I mentioned.

I put your CV across and the hiring manager liked the look of it, but when I shared your salary expectation of £78k they came back straight away to say the budget is capped at £62k plus bonus and they can't go higher. So they won't take it further this time.

I'll keep you front of mind — I've got a few roles coming in next month that should sit closer to where you are.

Best,
Owen Pritchard
Pritchard Finance Recruitment
Manchester | 0161 555 0388`, 'FBP role - update'),

  // 26 hiring manager, assessment, assessment
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Katya,

Thanks for sending over the design exercise. I can see a lot of effort went into it.

I'm afraid we won't be moving ahead. The brief asked for a mobile checkout flow, and the prototype you sent only covered the cart and payment screens — there was no handling of errors or of the address step, which the brief called out as the hardest part. The visual work was strong, but the team needed to see how you'd work through those edge cases.

If you'd like to talk about it, I'm happy to get on a call.

Best,
Jordan Reyes
Design Lead, Porchlight Commerce`, 'Design exercise'),

  // 27 Taleo, final, generic
  rej('final', ['generic'], {},
    `Dear Siobhan Kearney,

Thank you for your participation in the final interview for the position of Senior Internal Auditor (Req. 24-0931).

After careful review of all finalists, we regret to inform you that you have not been selected for this position.

We thank you for your interest in Meridian Utilities and wish you success in your career.

Sincerely,
Meridian Utilities Human Resources

THIS IS AN AUTOMATED MESSAGE. PLEASE DO NOT REPLY.`, 'Req. 24-0931 Senior Internal Auditor'),

  // 28 university HR, application, skills_gap (degree)
  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr. Abara,

Thank you for your application for the post of Research Fellow in Computational Chemistry (Ref. UNI-2024-1183).

The selection panel has now shortlisted candidates for interview. I regret to inform you that you have not been shortlisted on this occasion. As stated in the person specification, a completed PhD in chemistry or a closely related subject at the time of appointment was essential, and the panel noted that your doctorate is not expected to be awarded until late next year.

Thank you for your interest in working at the University.

Yours sincerely,

Recruitment Team
Human Resources
University of Northbridge`, 'Research Fellow in Computational Chemistry - Ref. UNI-2024-1183'),

  // 29 SmartRecruiters, interview, role_closed + door
  rej('interview', ['role_closed'], { ...door },
    `Dear Zainab,

Thank you for interviewing with us for the Marketing Manager, MENA role.

Following an internal restructuring of our regional marketing function, this position has been withdrawn and will not be filled. We therefore have to close your application.

We enjoyed getting to know you and would be happy to consider you for future openings — we'll keep your profile in our talent community.

Best regards,
Talent Acquisition Team, Sahara Foods International`, 'Update on your application - Marketing Manager, MENA'),

  // 30 very short phone-ish, interview, position_filled
  rej('interview', ['position_filled'], {},
    `hi Dev - sorry, we gave the bar manager job to someone else. thanks for coming in. Mick`, 'bar job'),

  // 31 Ashby, final, culture_fit
  rej('final', ['culture_fit'], {},
    `Hi Lior,

Thank you for meeting the team during the final round on Tuesday. We really appreciate the time and energy you gave us.

After discussing it together, we don't feel there's a strong enough alignment between your approach and the values that drive how we work here, so we've decided not to extend an offer.

We know this is a hard message to receive at the last stage and we're sorry for that.

Warmly,
The People Team at Hollow Oak

Sent with Ashby`, 'Your Hollow Oak interviews'),

  // 32 Workable, application, location (residency) short
  rej('application', ['location'], { ...fb },
    `Dear Marco,

Thanks for applying for the Remote Support Agent (EU) role. This position is only open to candidates who are resident in the European Union for tax and contract reasons. As your application shows an address in Toronto, we're unable to move forward.

Kind regards,
Helpwise Recruitment

Sent via Workable`, 'Remote Support Agent (EU)'),

  // 33 iCIMS with merge field, application, generic + door
  rej('application', ['generic'], { ...door },
    `Dear [First Name],

Thank you for your interest in the Patient Access Representative position at Bayview Community Health.

After reviewing your qualifications, we have decided to pursue other candidates for this role.

We will retain your resume in our database and encourage you to apply for future openings that match your skills.

Sincerely,
Bayview Community Health Talent Acquisition

Please do not reply to this email. This mailbox is not monitored.`, 'Your Application with Bayview Community Health'),

  // 34 long HR letter, interview, overqualified (key in middle) + door
  rej('interview', ['overqualified', 'position_filled'], { ...fb, ...door },
    `Dear Mrs. Aguilar,

Thank you very much for attending the interview for the position of Administrative Assistant in our Faculty of Education office on Monday. The panel — Ms. Torres, Mr. Dunne and I — enjoyed our conversation, and we were grateful for your flexibility when we had to move the time at short notice.

We received a large number of applications for this role, and we interviewed six candidates. As you will recall, the position is mainly focused on room bookings, diary management for the Dean's office, and processing of routine student correspondence. It is a part-time post at 0.6 FTE and is graded at Level 4.

Having considered all of the interviews, the panel concluded that your experience as an operations manager over the past fifteen years goes well beyond what this post involves, and we were concerned that the role would not offer you enough scope or challenge to keep you engaged for long. For that reason we have offered the position to another applicant.

I want to stress that this was not a reflection on the quality of your interview, which was excellent. We would sincerely encourage you to look out for more senior administrative posts with the University, such as Faculty Operations Manager roles, which are advertised regularly on our jobs portal, and we would be happy to see an application from you.

With best wishes,

Dr. Patricia Fennell
Faculty Administrator, Faculty of Education
Westbrook University`, 'Administrative Assistant interview'),

  // 35 Teamtailor, screen, skills_gap (years)
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Freya,

Thank you for the phone call yesterday about the Senior Backend Developer role at Sprucewire.

We've decided not to continue. For this position the team is looking for at least five years working professionally with Go, and from our call it sounded like you've been using it for about a year alongside Python. We think that gap is too big for the seniority of the role.

Thanks again, and all the best with your search.

Ella Sandberg
Talent Partner, Sprucewire

—
Teamtailor`, 'Sprucewire - Senior Backend Developer'),

  // 36 founder, salary
  rej('interview', ['salary'], { ...fb, ...door },
    `Hi Benedikt,

I've been thinking about our conversation since Thursday and I'm going to be honest with you. We're a seed-stage company of eight people and the most I can offer for the Head of Sales role is €85k plus equity. You told me you couldn't go below €120k, and I completely understand why — but we can't close that gap, so I don't think it's fair to drag this out.

If we raise our Series A next year I'll be in touch, because I'd love to revisit this.

Best,
Clara Weiss
Co-founder & CEO, Kettle & Kiln`, 'Following up'),

  // 37 Personio, case study
  rej('assessment', ['assessment'], {},
    `Dear Ms. Kovač,

Thank you for completing the case study for the position of Junior Consultant.

Having reviewed your submission, we regret to inform you that it did not meet the standard required to progress to the interview stage.

We thank you for your effort and wish you every success.

Kind regards
Recruiting Team
Brandt & Lehmann Strategy Partners

This message was sent via Personio.`, 'Your application as Junior Consultant'),

  // 38 agency, final, internal_candidate + door
  rej('final', ['internal_candidate'], { ...door },
    `Hi Nadia,

Bad news I'm afraid from the bank on the Head of Treasury Operations role. After the final panel on Monday they decided to promote the internal candidate who's been acting in the role since March. It was between you and her right to the end.

I'm sorry — I know how much you wanted this one. I'll be in touch as soon as I see something comparable, and there's a treasury role at an insurer I'd like to talk to you about next week anyway.

Kind regards,
Simon Achterberg
Director, Keystone Executive Search`, 'Treasury Ops - outcome'),

  // 39 HTML leftovers, assessment, assessment with score
  rej('assessment', ['assessment'], { ...fb, ...door },
    `<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hi Rohan,</p>
<p>Thanks for completing the HackerStack coding challenge for the <strong>Software Engineer II</strong> position at Trellis Logistics.</p>
<p>You passed 9 of the 15 test cases. The threshold for this role is 13, so we won't be moving your application forward at this stage.</p>
<p>You're welcome to re-apply after 6 months.</p>
<p>Best,<br/>Trellis Logistics Recruiting</p>
</div>
<!-- footer -->
<div style="color:#aaa;font-size:10px">© Trellis Logistics Inc. &middot; 220 Wacker Dr, Chicago IL</div>`, 'Your coding challenge results'),

  // 40 hand written, interview, profile_mismatch + offered
  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Aoife,

Many thanks for coming to see us on Tuesday for the Curriculum Officer role. I'm sorry to tell you that on this occasion you have not been successful. The successful candidate's background was a stronger match for what the role needs at present.

Please feel free to ring me if you would like to talk through the interview.

Kind regards,
Bernadette Quinlan
Education Programmes Manager
Clearwater Heritage Trust, Galway`, 'Curriculum Officer'),
  // 41 Recruitee, final, role_closed (budget)
  rej('final', ['role_closed'], { ...door },
    `Hi Sven,

Thank you for coming through all three rounds for the Product Owner role, including the final session with our CTO last week.

Unfortunately, since then our budget for next year has been cut and the role has been put on ice indefinitely. That means we have to stop the process, and we can't make you an offer.

This is completely outside of how we felt about you — we would have loved to continue. Once we can hire again, we'll get in touch with you first.

Met vriendelijke groet,
Iris van Dam
HR Lead, Kanaalstad Mobility

Sent with Recruitee`, 'Product Owner - update'),

  // 42 BambooHR, interview, location (relocation)
  rej('interview', ['location'], { ...fb },
    `Hi Tevita,

Thank you for interviewing for the Site Supervisor position at Kauri Build Ltd.

After the interview we talked about the role again as a team. Because the role needs someone living within an hour of our Tauranga sites from day one, and you weren't able to relocate from Christchurch before mid next year, we've decided not to go further with your application.

Thanks again for your time.

Ngā mihi,
Rangi Parata
Operations Manager, Kauri Build Ltd`, 'Site Supervisor - Kauri Build'),

  // 43 Jobvite, screen, generic, short
  rej('screen', ['generic'], {},
    `Hi Leona, thanks for speaking with our recruiting team last week. We've decided not to move forward with your candidacy for the Account Executive position. We wish you the best of luck. — Ferrovia Software Talent Acquisition`, 'Ferrovia Software: Account Executive'),

  // 44 reply with quoted history, interview, skills_gap after feedback request
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Olumide,

Sure, I spoke to the panel. They felt you'd be very good at the stakeholder side, but the role needs hands-on Power BI and DAX every day and you'd told them you'd mainly used Tableau. That was the main reason.

Good luck with the next one.
Harriet

From: Olumide Balogun
Sent: 12 July 2024 09:41
To: Harriet Sloane
Subject: RE: Reporting Analyst

Hi Harriet, sorry to hear it. Could you share any feedback please?

From: Harriet Sloane
Sent: 11 July 2024 16:20
Subject: Reporting Analyst

Hi Olumide, thanks for interviewing with us on Monday. We won't be progressing your application on this occasion.`, 'RE: Reporting Analyst'),

  // 45 SmartRecruiters, application, position_filled
  rej('application', ['position_filled'], {},
    `Dear Ji-woo,

Thank you for your application for the Store Manager, Seoul Gangnam position.

We would like to inform you that this position has already been filled. We appreciate your interest in Lumière Cosmetics.

Best regards,
Lumière Cosmetics Korea Recruiting`, 'Store Manager, Seoul Gangnam'),

  // 46 hospital, pre-employment checks
  rej('assessment', ['generic'], {},
    `Dear Mr. Wiśniewski,

Re: Conditional offer of employment — Healthcare Assistant, Ward 7B

Further to our letter of 2 September, which offered you the above post subject to satisfactory pre-employment checks, I am writing to let you know the outcome of those checks.

As explained in the original letter, all offers of employment with the Trust are conditional upon the receipt of two satisfactory references, occupational health clearance, and an enhanced disclosure check. These checks are carried out for every appointment in line with national employment standards and are not a reflection on any individual.

Having completed the checks, I regret to inform you that we are unable to confirm your appointment, and the conditional offer is therefore withdrawn. We are not able to share further detail on the outcome in writing.

If you have any questions about the process itself, please contact the Recruitment Team on the number below, quoting your reference number HCA-24-0712.

Yours sincerely,

Recruitment Services
Eastmoor Hospitals NHS Trust`, 'Conditional offer of employment - Healthcare Assistant'),

  // 47 agency, screen, overqualified
  rej('screen', ['overqualified'], { ...fb, ...door },
    `Hi Pieter,

Thanks for the call this morning. I've spoken to the client about the Warehouse Team Leader role and, to be blunt, they think you'd be overqualified — you've run a 40-person distribution centre and this role leads six people on a single shift. They're worried you'd be bored within months and move on.

I don't disagree with them, to be honest. Let me look for operations manager roles for you instead; I'll call you Thursday.

Regards,
Anouk Visser
Logistiek Talent BV`, 'Team Leader role'),

  // 48 Greenhouse, interview, skills_gap + culture_fit
  rej('interview', ['skills_gap', 'culture_fit'], { ...fb },
    `Hi Esperanza,

Thank you for meeting with the team for the Engineering Manager role at Cobalt Bay.

We've decided not to move forward. The interviewers' main concern was people management experience: the role manages eight engineers and your experience so far has been leading a team of two. They also felt our expectation of heavy written, async communication was a different style from the very meeting-driven approach you described preferring.

We appreciate the care you put into your preparation.

Best,
Cobalt Bay Recruiting

Powered by Greenhouse`, 'Your interview with Cobalt Bay'),

  // 49 Workday, application, profile_mismatch + door
  rej('application', ['profile_mismatch'], { ...door },
    `Dear Amelia Hart,

Thank you for your interest in the role of Brand Manager at Evergreen Consumer Brands.

After careful review, we have determined that your qualifications do not match the requirements of this position as closely as those of other applicants.

We encourage you to continue to explore opportunities at Evergreen and to apply for positions that match your experience. Your candidate profile will remain active.

Sincerely,
Evergreen Consumer Brands Talent Acquisition

This is a system-generated email from Workday. Please do not respond.`, 'Evergreen Consumer Brands - Application Update'),

  // 50 hand written in reply, final, salary
  rej('final', ['salary'], { ...fb, ...door },
    `Hi Kenji,

Thank you for your patience. I've now been through everything with the leadership team after your final interviews.

They'd like to hire you, but we are not able to meet the ¥14 million you asked for when we discussed the offer range. The most we can approve for this grade is ¥11.5 million, and since you were clear that would not work for you, I'm afraid we have to close the process here.

If your situation changes, please do let me know — the door is genuinely open.

Best regards,
Aiko Matsuda
HR Manager, Shirakawa Robotics

On 8 Oct 2024, at 18:02, Kenji Hoshino wrote:
> Aiko-san, thank you for the call. As mentioned, I would need at least ¥14M to make the move.`, 'Re: Next steps'),

  // 51 Pinpoint, interview, generic + offered
  rej('interview', ['generic'], { ...offered },
    `Hi Mateo,

Thank you for interviewing for the Events Coordinator role at Highline Venues. Unfortunately you haven't been successful this time.

If you'd like feedback on your interview, please reply to this email within two weeks and a member of the team will be in touch.

Kind regards,
Highline Venues People Team

This email was sent using Pinpoint.`, 'Events Coordinator - Highline Venues'),

  // 52 short, application, role_closed
  rej('application', ['role_closed'], {},
    `Hello Yasmin, we've taken the Junior Copywriter ad down — the agency has decided not to hire for it after all. Sorry, and thanks for applying. Pia, Sundial Studio`, 'Junior Copywriter'),

  // 53 iCIMS, final, position_filled + door
  rej('final', ['position_filled'], { ...door },
    `Dear Robert,

Thank you for your time during the onsite interviews for the Plant Controller position in Decatur.

We have concluded our search and have selected another candidate for the position. We sincerely appreciate the time you spent with our team.

We encourage you to continue to visit our careers site and apply to future opportunities.

Regards,
Midland Grain Processing, Inc.
Talent Acquisition

This email was sent from a no-reply address.`, 'Plant Controller - Decatur'),

  // 54 Lever, take-home
  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Noémie,

Thank you for completing our take-home for the Data Engineer role at Parcelwise.

The reviewers liked the structure of your pipeline, but it was written as one big pandas script rather than using Spark or dbt, which the task asked for and which we rely on heavily. Without seeing that, they weren't able to pass the submission.

So we won't be moving forward with your application. Thank you for the effort you put in.

Best,
Parcelwise Talent

Sent via Lever`, 'Parcelwise take-home'),

  // 55 HR template, interview, internal_candidate + door
  rej('interview', ['internal_candidate', 'position_filled'], { ...door },
    `Dear Imani,

Thank you for attending an interview for the role of Programme Manager with the Kisumu Lakeside Development Foundation.

We regret to inform you that the position has been filled by a current member of staff. We were impressed by your experience with community health programmes and will keep your CV on file for future vacancies.

Yours faithfully,
Human Resources Department
Kisumu Lakeside Development Foundation`, 'Programme Manager - Interview Outcome'),

  // 56 HTML, application, overqualified
  rej('application', ['overqualified'], { ...fb },
    `<p>Dear Dr. Hassan,</p><p>Thank you for your application for the <b>Laboratory Technician</b> vacancy.</p><p>Having reviewed your CV, we feel that with a PhD and eight years of postdoctoral research your experience significantly exceeds the requirements of this technician-level post, and we do not believe it would be the right fit for your career stage.</p><p>We therefore will not be taking your application forward.</p><p>Kind regards,<br>Recruitment, Alderley Bioscience Ltd</p><p style="font-size:8pt">Alderley Bioscience Ltd is registered in England &amp; Wales No. 09912345.</p>`, 'Laboratory Technician vacancy'),

  // 57 hiring manager, interview, culture_fit
  rej('interview', ['culture_fit'], {},
    `Hi Callum,

Thanks for coming in to meet us. I've chatted with the rest of the kitchen and we don't think you'd be the right fit for the team here, so we're going to keep looking.

All the best,
Rosa
Head Chef, Olive & Ember`, 'Sous chef trial'),

  // 58 Ashby, screen, location (visa)
  rej('screen', ['location'], { ...fb },
    `Hi Adaeze,

Thank you for the intro call last week. After checking with our legal and people ops team, we've confirmed we can't sponsor UK Skilled Worker visas for this role at the moment. Since you'd need sponsorship to work for us in London, we're not able to move forward.

Sorry I couldn't bring better news.

Kit
Talent, Foxglove Bio

Sent with Ashby`, 'Foxglove Bio - next steps'),

  // 59 long, final, profile_mismatch, key in middle
  rej('final', ['profile_mismatch', 'position_filled'], { ...door },
    `Dear Mr. Delacroix,

I hope this message finds you well. First, please allow me once again to thank you for the time you dedicated to our selection process for the position of Chief Financial Officer at Maison Vernier. Over the past two months you met with our chairman, with three members of the board, with our outgoing CFO, and most recently with the full executive committee during the final session in Lyon. We are conscious that this represents a significant investment of your time, alongside your current responsibilities.

The board has now concluded its deliberations. Having considered the two finalists at length, the board has decided to appoint the candidate whose profile corresponded more closely to the company's needs at this stage of its development. I would like to emphasise that this was a close decision, and that your candidacy was held in very high regard by every member of the committee.

You will appreciate that I cannot share details of the other candidate. I will, however, say that the conversations we had with you about the group's expansion into North America were among the most useful of the entire process, and several board members asked me to pass on their thanks.

We would very much like to stay in touch, and I would be glad to hear from you should you be open to board or advisory roles in the future.

With my kind regards,

Hélène Marchand
Partner, Marchand & Associés Executive Search
on behalf of Maison Vernier SA
12 rue de la République, 69002 Lyon`, 'Maison Vernier - CFO'),

  // 60 Teamtailor, application, skills_gap (certification)
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Kasper,

Thanks for applying for the Cloud Security Consultant role at Nordvik Secure.

For this role our clients require a CISSP or CCSP certification on day one, and we couldn't see either on your CV. That's the only reason we're not continuing — once you have it, we'd love to see your application again.

Best regards,
Mette Holm
Recruitment, Nordvik Secure

—
Teamtailor`, 'Your application to Nordvik Secure'),

  // 61 agency short thread, interview, position_filled
  rej('interview', ['position_filled'], {},
    `Hi Tara, they've offered it to the other candidate and she's accepted. Sorry! Speak soon. Liam

Sent from my iPhone

> On 14 Nov 2024, at 10:12, Tara Quigley wrote:
> Hi Liam, any news from Brightwater after Tuesday's interview?`, 'Re: Brightwater'),

  // 62 Workable, application, generic multilingual
  rej('application', ['generic'], {},
    `Estimada Valentina:

Gracias por tu interés en la posición de Analista de Riesgos en Banco Austral. Tras revisar tu candidatura, lamentamos informarte que no continuarás en el proceso de selección.

Te deseamos mucho éxito.

Equipo de Talento, Banco Austral

Enviado a través de Workable`, 'Tu postulación a Analista de Riesgos'),

  // 63 translation test
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Farah,

Thank you for completing the written translation test for the Arabic–English Legal Translator position.

The reviewers found two passages with terminology errors in the contract clauses (the rendering of "indemnity" and "force majeure") and the overall accuracy score came to 81%, below the 90% we require for legal work. We will not be proceeding to interview.

Please feel free to contact me if you would like to see the reviewers' comments in full.

Kind regards,
Youssef Al-Amin
Head of Linguistic Quality, Lexbridge Translations`, 'Translation test result'),

  // 64 Greenhouse, interview, role_closed
  rej('interview', ['role_closed'], {},
    `Hi Orla,

Thank you for the time you spent interviewing for the Senior Content Strategist role.

We wanted to let you know that, due to changing business priorities, we've decided to close this role and will not be hiring for it. We're sorry to end the process this way.

Thank you for your interest in Bluefin Media.

Best,
Bluefin Media Recruiting

Powered by Greenhouse`, 'Bluefin Media - Senior Content Strategist'),

  // 65 university, internal appointment
  rej('interview', ['internal_candidate'], { ...offered },
    `Dear Dr. Osei,

Thank you for attending interview for the post of Senior Lecturer in Public Health on 21 November.

I am writing to let you know that the panel has decided to appoint an existing member of staff from within the School. I appreciate that this will be disappointing.

If you would like feedback on your interview, please contact me and I will arrange a time to speak.

Yours sincerely,
Professor Andrew Kerr
Head of School, School of Health Sciences
University of Dunmore`, 'Senior Lecturer in Public Health'),

  // 66 BambooHR, application, salary (stated in form)
  rej('application', ['salary'], { ...fb },
    `Hi Mariam,

Thanks for applying for the Operations Associate role at Saltmarsh Kitchens.

The salary range for this role is $52,000–$58,000. In your application you listed an expected salary of $75,000, and since that's significantly above what we can offer, we won't be moving forward.

We appreciate your interest and wish you the best.

Saltmarsh Kitchens Hiring Team`, 'Operations Associate - Saltmarsh Kitchens'),

  // 67 Taleo, screen, profile_mismatch
  rej('screen', ['profile_mismatch'], {},
    `Dear Anil Varma,

Thank you for taking part in the telephone screening for the position of Underwriting Analyst (Req. 118806).

Following that conversation, we have determined that your experience is not the right match for the requirements of this role, and we will not be moving forward with your application.

We thank you for your interest in Crestmark Re.

Sincerely,
Crestmark Re Talent Acquisition

Please do not reply to this message.`, 'Req. 118806 Underwriting Analyst'),

  // 68 founder, final, overqualified + culture_fit
  rej('final', ['overqualified', 'culture_fit'], { ...fb },
    `Hi Gwen,

Thanks for spending the whole day with us on Friday. Everyone enjoyed it.

I'll be direct. We came away thinking you've outgrown this role. You've run marketing at a 500-person company, and this is a first marketing hire who'll be writing the newsletter and the ads herself for a year. We also think you'd be frustrated by how scrappy and unstructured we are — you talked a lot about process and planning cycles, and we honestly don't have either.

So we're not going to make an offer. I'm sorry, and thank you.

Sam
Co-founder, Larkspur Tea Co.`, 'Friday'),

  // 69 Jobvite, interview, profile_mismatch + door
  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Wanjiru,

Thank you for interviewing for the Partnerships Manager role at Acacia Mobile Money. We appreciate the time you spent with our team.

After careful consideration, we have decided to move forward with candidates whose experience more closely matches the needs of the role.

We will keep your details on file and encourage you to apply for future roles at Acacia.

Regards,
Acacia Mobile Money Talent Team

Powered by Jobvite`, 'Partnerships Manager - Acacia Mobile Money'),

  // 70 HTML and merge field, interview, generic
  rej('interview', ['generic'], {},
    `<p>Dear %FIRSTNAME%,</p>
<p>Thank you for attending an interview for the role of <b>Retail Banking Advisor</b> at Thornfield Building Society.</p>
<p>We regret to inform you that on this occasion you have not been successful.</p>
<p>Yours sincerely,<br>Thornfield Building Society Recruitment</p>
<p><small>Thornfield Building Society is authorised by the Prudential Regulation Authority. Registered office: 1 Mill Street, Halifax.</small></p>`, 'Interview outcome - Retail Banking Advisor'),

  // 71 hospital, on-call distance and pay
  rej('screen', ['location', 'salary'], { ...fb },
    `Hi Bongani,

Thank you for the call yesterday about the Biomedical Technician post at St. Agnes Hospital in Pietermaritzburg.

Two things came out of that call that mean we can't take this further. The post requires being on call within 30 minutes of the hospital, and you've said you'd want to stay in Durban. And the salary you'd need (R42,000 a month) is well above the R31,000 approved for the post.

Thank you for your interest.

Regards,
Lindiwe Dube
HR Practitioner, St. Agnes Hospital`, 'Biomedical Technician'),

  // 72 second rejection quoting first, application, generic + door
  rej('application', ['generic'], { ...door },
    `Dear Holly,

Thank you for your recent application for the Marketing Executive role at Greyfield Homes.

Unfortunately, on this occasion we will not be taking your application further. We will hold your details on file for 6 months and will contact you if a suitable vacancy arises.

Regards,
Greyfield Homes HR

---------- Forwarded message ---------
From: Greyfield Homes HR <careers@greyfieldhomes.co.uk>
Date: 2 Feb 2024
Subject: Your application - Marketing Assistant

Dear Holly, thank you for applying for the Marketing Assistant role. Unfortunately on this occasion we will not be taking your application further.`, 'Your application - Marketing Executive'),

  // ── Part two: one inbox, a Toronto science teacher moving into learning design (January to June)
  // 73 job alert
  other(`Hi Naomi,

Here are this week's new jobs matching "instructional designer" in Toronto, ON and Remote (Canada):

• Instructional Designer — Northvale Bank, Toronto, ON (Hybrid) — Posted 2 days ago
• Learning Experience Designer — Clevercrest Learning, Remote — Posted 4 days ago
• eLearning Developer (12-month contract) — Ontario Health Shared Services, Toronto — Posted 5 days ago
• Curriculum Developer, Science — Brightpath EdTech, Remote (Canada) — Posted 1 week ago

Not interested in these? Update your job alert preferences.

You're receiving this because you created a job alert. Unsubscribe.`, 'New jobs for "instructional designer" near Toronto'),

  // 74 acknowledgement, Greenhouse
  other(`Hi Naomi,

Thanks for applying to Clevercrest Learning! We've received your application for the Learning Experience Designer role.

Our team reviews every application carefully. If your background is a match for what we're looking for, someone from our team will reach out to schedule a conversation. Due to the volume of applications, this can take up to three weeks.

In the meantime, feel free to check out our blog to learn more about how we build courses.

Thanks again,
The Clevercrest Talent Team

Powered by Greenhouse`, 'Thank you for applying to Clevercrest Learning'),

  // 75 rejection, application, skills_gap (Storyline)
  rej('application', ['skills_gap'], { ...fb },
    `Hi Naomi,

Thank you for your interest in the eLearning Developer contract with Ontario Health Shared Services.

We've reviewed your application and won't be moving forward. This contract requires at least two years of hands-on production experience in Articulate Storyline 360 and Rise, and we weren't able to see that in your resume.

We appreciate the time you took to apply.

Talent Acquisition
Ontario Health Shared Services`, 'eLearning Developer (Contract) - Application Update'),

  // 76 L&D community newsletter
  other(`THE LEARNING LOOP — Toronto L&D Collective, January edition

Hi Naomi, welcome to the 214 new members who joined this month!

In this issue:
— Teacher to ID: our panel recording is up. Four former K-12 teachers talk about what transferred (a lot) and what didn't (the word "assessment" means something different in a bank).
— Portfolio clinic, 12 February, 6:30 pm at the Queen West co-working space. Bring one project; get twenty minutes of feedback from a senior designer.
— Job board picks: two contract roles at a health network, one ID role at a credit union in Mississauga.
— Reading corner: a short piece on why "click next" courses fail, and what a scenario does instead.

We're volunteer-run. If you'd like to help with the March meetup, reply to this email.

See you soon,
The Learning Loop crew

You're receiving this because you joined the Toronto L&D Collective. Unsubscribe | Update preferences`, 'The Learning Loop — January'),

  // 77 rejection, application, generic, Workday bank
  rej('application', ['generic'], {},
    `Dear Naomi Ferreira-Walsh,

Thank you for your interest in the Instructional Designer position (Req ID 2025-10442) at Northvale Bank.

After careful review, we have decided not to proceed with your application at this time.

We appreciate your interest in Northvale and wish you every success in your job search.

Northvale Bank Talent Acquisition

This is an automated notification from Workday. Please do not reply to this message.`, 'Your application to Northvale Bank'),

  // 78 portfolio request
  other(`Hi Naomi,

Thanks for applying for the Curriculum Developer, Science role at Brightpath. Your background as a head of science caught our eye, and we'd like to learn more before setting up a call.

Could you send us a link to a portfolio or two or three samples of learning materials you've designed? They don't need to be polished eLearning — unit plans, lab guides, assessment rubrics or anything you've built for colleagues are all useful. Please remove any student information.

If you can send them by Friday the 24th, we'll review and be in touch about next steps.

Best,
Priyanka Rao
Talent Partner, Brightpath EdTech`, 'Brightpath - a quick request'),

  // 79 acknowledgement, Workday US company
  other(`Dear Naomi,

Thank you for applying for the position of Learning Designer II (R-55019) at Cascadia Health Systems. Your application has been received and is under review by our recruiting team.

You can check the status of your application at any time by signing in to your candidate home page.

Sincerely,
Cascadia Health Systems Talent Acquisition

This mailbox is not monitored.`, 'We received your application - Learning Designer II'),

  // 80 rejection, application, location (US work authorization)
  rej('application', ['location'], { ...fb },
    `Dear Naomi,

Thank you for your interest in the Learning Designer II position at Cascadia Health Systems.

Based on your responses to the application questions, you will require employment visa sponsorship to work in the United States. Cascadia Health Systems is unable to sponsor visas for this position, and we are therefore unable to move your application forward.

We appreciate your interest in joining our organization.

Sincerely,
Cascadia Health Systems Talent Acquisition`, 'Regarding your application - Learning Designer II (R-55019)'),

  // 80b reference request from school board
  other(`Dear Ms. Ferreira-Walsh,

You have been named as a professional reference by Jordan Alleyne, who has applied to the Occasional Teacher roster with the Lakeshore District School Board. Jordan completed a practicum placement in your science department during the 2023–24 school year.

We would be grateful if you could complete the confidential reference form at the link below by 31 January. It takes about ten minutes. Your responses will be shared only with the hiring panel.

[Complete reference form]

If you are unable to provide a reference, please let us know by replying to this message.

Thank you for your support,
Staffing Services — Teacher Recruitment
Lakeshore District School Board
5050 Yonge Street, Toronto ON`, 'Reference request: Jordan Alleyne - Occasional Teacher roster'),

  // 81 interview scheduling, screen, hospital
  other(`Hi Naomi,

Thank you for applying for the Clinical Education Specialist position with Harbourview Health Network. We'd like to set up a 20-minute phone screen to learn a bit more about your experience.

Please choose a time that suits you using the link below. Slots are available Tuesday through Thursday next week between 9:00 and 4:00 ET.

[Book a time]

Looking forward to speaking with you.

Warm regards,
Deborah Mensah
Talent Acquisition Advisor, Harbourview Health Network`, 'Clinical Education Specialist - phone screen'),

  // 82 rejection, screen, salary
  rej('screen', ['salary'], { ...fb },
    `Hi Naomi,

It was lovely to speak with you on Wednesday, and thank you for being so open about where you are in your career change.

I've discussed the role with the hiring manager. The Clinical Education Specialist position is on the hospital's non-union pay grade 7, which tops out at $84,000. You mentioned that, coming from the top of the teachers' salary grid, you'd need to be at $98,000 or above, and we have no flexibility on the grade. Because of that gap, we won't be moving you forward to the panel interview.

I genuinely wish you the best with the transition — your experience running a department is very relevant to clinical education.

Warm regards,
Deborah Mensah
Talent Acquisition Advisor, Harbourview Health Network`, 'Clinical Education Specialist - update'),

  // 83 acknowledgement, Lever, "we'll be in touch"
  other(`Hi Naomi,

Thanks for applying to the Instructional Designer role at Fernhill Learning! We've got your application and we're excited to take a look.

We review applications on a rolling basis. We'll be in touch either way once we've had a chance to review yours — we don't leave anyone hanging.

Best,
Fernhill Learning People Team

Sent via Lever`, 'Thanks for applying to Fernhill Learning'),

  // 84 design task invitation (Brightpath)
  other(`Hi Naomi,

Thanks so much for sending your samples — the team really liked your grade 11 chemistry lab sequence and the rubric you built for your department.

We'd like to invite you to the next stage: a short design task. We'll send you a two-page brief for a 10-minute self-paced lesson for grade 9 students on density. We're asking for a storyboard (any format) and a one-paragraph rationale, not a finished product. Please don't spend more than three hours on it.

You'll have seven days from when you receive the brief. Let me know which day you'd like it to arrive and I'll send it that morning.

Best,
Priyanka Rao
Talent Partner, Brightpath EdTech`, 'Brightpath - next step: design task'),

  // 85 rejection, application, profile_mismatch + door (Greenhouse Clevercrest)
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Naomi,

Thank you for your interest in the Learning Experience Designer role at Clevercrest Learning, and for your patience while we reviewed applications.

We've decided to move forward with other candidates whose experience is a closer match for this particular role.

We'd love to keep you in mind for future opportunities. We'll hold on to your application, and we'd encourage you to apply again as new roles open up.

Best,
The Clevercrest Talent Team

Powered by Greenhouse`, 'Your application to Clevercrest Learning'),

  // 86 LinkedIn style recruiter check-in
  other(`Hi Naomi — I'm a recruiter at Talentfield working with a few corporate L&D teams in Toronto. I saw your post about moving from teaching into instructional design and thought it was well put. Nothing specific right now, but I'd love to have a quick chat so I know what you're looking for when something comes in. Would a 15-minute call next week work? — Marcus Lee, Talentfield Recruitment`, 'Marcus Lee sent you a message'),

  // 87 rejection after design task, assessment with detail
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Naomi,

Thank you for the time you put into the density storyboard. The team reviewed it together this week.

There was a lot to like — the hook with the sinking and floating fruit was fun, and your rationale was clear. The reason we're not moving forward is that the storyboard read more like a teacher-led lesson than a self-paced one: most screens relied on a teacher to explain or check understanding, and there wasn't interactive practice or feedback a student could work through on their own, which was the heart of the brief.

We don't think this is a big gap for you to close, and we'd honestly be glad to see you apply again in the future.

Best,
Priyanka Rao
Talent Partner, Brightpath EdTech`, 'Brightpath design task - outcome'),

  // 88 job alert (Indeed-ish)
  other(`Naomi, 7 new jobs for "learning and development specialist" in Ottawa, ON

Learning Specialist — Capital Region Credit Union — Ottawa, ON — $72,000–$85,000 a year
Training Coordinator — Rideau General Hospital — Ottawa, ON — Full-time
Learning Advisor (bilingual) — Federal Public Service — Gatineau, QC
Instructional Designer — Carleton Park University — Ottawa, ON

See all jobs

You are receiving this email because you subscribed to job alerts. Manage alerts.`, '7 new learning and development specialist jobs in Ottawa, ON'),

  // 89 acknowledgement, university
  other(`Dear Naomi Ferreira-Walsh,

Thank you for applying for the position of Educational Developer (Job ID 514230) at Carleton Park University. This email confirms that your application has been received.

Only candidates selected for an interview will be contacted. Applications will be reviewed after the posting closes on 28 February.

The University is committed to employment equity and welcomes applications from all qualified individuals.

Human Resources
Carleton Park University`, 'Application received - Educational Developer'),

  // 90 rejection, application, skills_gap (French) federal
  rej('application', ['skills_gap'], { ...fb },
    `Dear Ms. Ferreira-Walsh,

Thank you for your interest in the Learning Advisor (ED-EDS-03) position, selection process 25-LRN-OTT-0117.

This position is staffed on a bilingual imperative basis at the CBC/CBC level. Based on the information in your application, you do not meet the official language proficiency requirement in French, and your application will therefore not be considered further in this process.

We thank you for your interest in the Public Service.

Staffing Team
Learning and Talent Branch

Please do not reply to this automated message.`, 'Selection process 25-LRN-OTT-0117 - Learning Advisor'),

  // 91 interview invitation (Fernhill)
  other(`Hi Naomi,

Good news — the team at Fernhill Learning would like to meet you! We'd like to invite you to a 45-minute video interview with Alisha (Lead Learning Designer) and Ben (Head of Content).

Could you let me know your availability for next Monday or Tuesday? We're flexible between 10am and 5pm ET. The interview will be on Google Meet; I'll send the link once the time is confirmed.

In the interview, we'll ask you to walk us through one project you're proud of, so it may help to have something on screen to share.

Best,
Yuki Tanaka
People Operations, Fernhill Learning`, 'Interview invitation - Instructional Designer'),

  // 92 on hold, application, generic delay
  hold('application', ['generic'], {},
    `Hi Naomi,

I wanted to give you an update on the Instructional Designer role with Maplehurst Credit Union. The hiring manager has been away unexpectedly for a couple of weeks, so we haven't been able to review the shortlist yet.

Your application is still active and we haven't made any decisions. We expect to pick things back up by mid-March and I'll be in touch then.

Thank you for your patience,
Renée Caron
HR Advisor, Maplehurst Credit Union`, 'Update on your application'),

  // 93 scheduling confirmation
  other(`Hi Naomi,

Thanks for getting back to me. You're confirmed for Tuesday, 4 March at 2:00 pm ET with Alisha Grant and Ben Oduya.

Google Meet link: meet.google.com/xpt-qwaz-rmk

If anything changes, just reply to this email and we'll find another time.

Best,
Yuki
People Operations, Fernhill Learning`, 'Confirmed: Fernhill interview, Tue 4 March 2pm ET'),
  // 94 rejection, interview, skills_gap (corporate/adult learning, authoring tools) Fernhill
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Naomi,

Thank you for meeting with Alisha and Ben on Tuesday. They really enjoyed your walkthrough of the department-wide lab safety program you built.

After talking it over, we've decided not to move forward. This role is on our enterprise team, building compliance and onboarding courses for adult learners at large employers, and the team felt they needed someone who has already designed for adult workplace audiences and worked with an LMS and SCORM packages in production. Your experience is deep, but it is all with teenagers in a classroom, and we don't have the bandwidth right now to support that transition.

If it would be useful, I'm happy to set up 15 minutes with Alisha so she can share more about what she'd look for.

Best,
Yuki Tanaka
People Operations, Fernhill Learning`, 'Fernhill Learning - Instructional Designer'),

  // 95 newsletter February
  other(`THE LEARNING LOOP — February edition

Hi Naomi,

Thank you to everyone who came to the portfolio clinic! Forty-one people, eleven reviewers, and one very overworked coffee machine. Highlights and the slides on "turning a unit plan into a case study" are on the member page.

Coming up:
— 11 March: "Needs analysis for people who used to write lesson plans" (online)
— 26 March: Meetup at the Distillery District, with a guest from a hospital education team

Member win of the month: a former grade 6 teacher just started as a learning designer at an insurer. Congratulations, Farid!

The Learning Loop crew

Unsubscribe | Update preferences`, 'The Learning Loop — February'),

  // 96 rejection, application, role_closed (university freeze)
  rej('application', ['role_closed'], {},
    `Dear Naomi Ferreira-Walsh,

Thank you for your application for the position of Educational Developer (Job ID 514230).

Due to recent provincial funding changes, the University has implemented a hiring freeze on non-academic positions, and this competition has been cancelled. No appointment will be made.

We appreciate your interest in Carleton Park University.

Human Resources
Carleton Park University`, 'Educational Developer - Competition Cancelled'),

  // 97 recruiter check-in (Talentfield)
  other(`Hi Naomi,

Great speaking with you on Thursday. As promised, a quick recap so we're on the same page:

- Looking for: instructional design / learning design roles, ideally corporate or healthcare
- Location: Toronto hybrid, or remote in Canada
- Salary: around $90k, flexible for the right role
- Available: from the end of June (end of school year)

I've got one bank role I'm waiting to hear more about, and I'll send it over as soon as I have the details. I'll check in again in a couple of weeks either way.

Cheers,
Marcus Lee
Talentfield Recruitment`, 'Great to chat - recap'),

  // 98 rejection, screen, overqualified (Training Coordinator)
  rej('screen', ['overqualified'], { ...fb, ...door },
    `Hi Naomi,

Thanks for the phone call on Monday about the Training Coordinator role at Rideau General Hospital.

We've decided not to move you to the interview stage. The coordinator role is mostly booking rooms, tracking attendance and maintaining training records, with very little design work. With eight years of teaching and two years leading a department, we think you're well beyond what this job needs, and we'd worry you wouldn't be satisfied in it for long.

We do expect to post an Education Consultant role in the fall, which would make much better use of your background. I'd encourage you to apply when it opens.

Kind regards,
Sylvie Tremblay
Human Resources, Rideau General Hospital`, 'Training Coordinator - Rideau General Hospital'),

  // 99 interview invitation, bank via agency
  other(`Hi Naomi,

As promised — the bank role. It's a Learning Designer on the Wealth Management enablement team at Dominion Harbour Bank, Toronto, hybrid 3 days. Range is $85–95k plus bonus. The hiring manager liked your profile and would like a 30-minute video call next week.

Can you do Wednesday at 12:30 or Thursday at 4? I'll lock it in as soon as I hear from you.

Cheers,
Marcus`, 'Dominion Harbour - interview'),

  // 100 rejection, interview, internal_candidate (hospital)
  rej('interview', ['internal_candidate'], {},
    `Dear Naomi,

Thank you for interviewing for the Patient Education Specialist position at Sunnybrook Valley Health Centre.

I'm writing to let you know that the position has been offered to an internal applicant from our nursing education team. We appreciated the chance to meet you and to hear your ideas.

With best wishes,
Linda Osei-Bonsu
Manager, Interprofessional Education
Sunnybrook Valley Health Centre`, 'Patient Education Specialist'),

  // 101 on hold after interview, role_closed (bank freeze) via agency
  hold('interview', ['role_closed'], {},
    `Hi Naomi,

Quick one on Dominion Harbour. The hiring manager messaged me this morning — the bank has put a temporary freeze on all new headcount in Wealth until the Q2 budget review, so they can't move to the second interview for now.

To be clear, you're not out of the running. She was positive about your call and wants to pick it back up as soon as the freeze lifts, which she expects to be around late April. I'll keep chasing.

Cheers,
Marcus`, 'Dominion Harbour - pause'),

  // 102 acknowledgement, Ashby US company
  other(`Hi Naomi,

Thanks for applying for the Learning Designer, K-12 Content role at Ridgeline Education! We've received your application.

We're a small team, so we read every application ourselves. You can expect to hear back from us within two weeks.

Best,
Ridgeline Education

Sent with Ashby`, 'Ridgeline Education: application received'),

  // 103 rejection, application, location (US: must be in US) 
  rej('application', ['location'], { ...fb, ...door },
    `Hi Naomi,

Thanks for your interest in the Learning Designer, K-12 Content role at Ridgeline Education, and apologies for the slight delay.

We're only able to hire people based in the United States at the moment — our payroll and benefits setup doesn't extend to Canada yet — so we can't move your application forward.

We'd like to expand hiring to Canada next year. If that happens, we'd be glad to hear from you again; your background in science teaching is exactly the kind we look for.

Best,
Ridgeline Education team`, 'Your application to Ridgeline Education'),

  // 104 withdrawal confirmed
  other(`Hi Naomi,

Thanks for letting us know. We've withdrawn your application for the Corporate Trainer role as you requested, and you won't receive any further emails about it.

Good luck with your new direction!

Tessa
Recruitment, Loblaw Lane Grocers`, 'Re: Withdrawing my application - Corporate Trainer'),

  // 105 design task invitation (university)
  other(`Dear Naomi,

Thank you for applying for the Instructional Designer position with the Centre for Teaching Innovation at Bayfront University.

We are pleased to invite you to complete a short written exercise as the next step. You will have 72 hours to redesign a one-week module from an introductory biology course for online delivery, using the course outline attached. Please submit a module map, one sample activity and a short explanation of your choices (no more than 1,000 words).

Please confirm by reply when you would like to receive the materials.

Regards,
Gurpreet Sandhu
Associate Director, Centre for Teaching Innovation
Bayfront University`, 'Instructional Designer - written exercise'),

  // 106 rejection, interview, position_filled
  rej('interview', ['position_filled'], {},
    `Hi Naomi,

Thanks again for taking the time to interview for the Curriculum Specialist role at Mosaic Tutoring.

We wanted to let you know that we've made an offer to another candidate and they have accepted. Thank you for your interest in Mosaic.

All the best,
Hana Kobayashi
Director of Learning, Mosaic Tutoring`, 'Curriculum Specialist - Mosaic Tutoring'),

  // 107 under review
  other(`Dear Naomi,

Thank you for submitting the written exercise. We have received your materials and the panel is reviewing submissions this week.

We will be in touch by the end of next week regarding the next stage. Thank you for your patience.

Regards,
Gurpreet Sandhu
Centre for Teaching Innovation, Bayfront University`, 'RE: Instructional Designer - written exercise'),

  // 108 rejection, interview, culture_fit
  rej('interview', ['culture_fit'], { ...fb },
    `Hi Naomi,

Thank you for the conversation with me and Jamal last Thursday. We enjoyed it.

We've decided not to move forward. Honestly, it came down to how we work: our team ships small pieces every week, often publishing a course that's 70% done and improving it based on learner data. You described a careful, plan-the-whole-unit-first approach, which is a real strength, but we think you'd find our pace and "good enough for now" mindset uncomfortable, and that isn't a recipe for a happy team.

Thank you again, and good luck.

Sasha Petrenko
Head of Learning, Quickwit Academy`, 'Quickwit Academy - our conversation'),

  // 109 interview invitation, university panel
  other(`Dear Naomi,

The panel was impressed with your module redesign, and I am pleased to invite you to a panel interview for the position of Instructional Designer.

Date: Thursday, 17 April
Time: 10:00–11:00 am
Format: in person, Room 310, Teaching Innovation Building, Bayfront University (a Zoom option is available if needed)

The panel will include myself, a faculty member from Biology, and a current instructional designer. We will also ask you to present your module for 10 minutes at the start.

Please confirm your attendance.

Regards,
Gurpreet Sandhu`, 'Invitation to interview - Instructional Designer'),

  // 110 job alert
  other(`Jobs you may be interested in

Learning & Development Specialist · Maple Mutual Insurance · Toronto, ON (Hybrid)
Instructional Designer, Clinical Education · Lakeridge Health Partners · Oshawa, ON
Learning Experience Designer · Northwind Software · Remote (Canada)

Because you viewed "Instructional Designer" jobs.

Turn off alerts like this`, 'Learning & Development Specialist at Maple Mutual Insurance and 2 more jobs'),

  // 111 rejection, application, generic + door (Lever)
  rej('application', ['generic'], { ...door },
    `Hi Naomi,

Thank you for your interest in Northwind Software and for applying to the Learning Experience Designer role.

We've decided not to move forward with your application at this time.

We'll keep your details on file and may contact you about future openings. Thanks again for thinking of us.

Best,
Northwind Talent

Sent via Lever`, 'Northwind Software - Learning Experience Designer'),

  // 112 on hold, assessment, role_closed (budget approval)
  hold('assessment', ['role_closed'], {},
    `Hi Naomi,

Thank you for finishing the scenario-writing exercise for the Learning Specialist role. I wanted to let you know where things stand.

Our fiscal year starts in May, and last week leadership asked us to hold all open positions until the new budget is approved. The Learning Specialist role is one of them. We are not cancelling it, and your exercise is in the pile we'll review first once we get the green light — I just can't give you a date yet.

I'll update you as soon as I hear anything.

Best,
Chloé Bissonnette
Talent Acquisition, Capital Region Credit Union`, 'Learning Specialist - status'),
  // 113 thanks + still interviewing
  other(`Dear Naomi,

Thank you for coming in on Thursday and for your presentation — the biology colleague on the panel has already asked whether she can borrow your discussion-board structure.

We are still interviewing other candidates this week and next. We expect to invite a small number of people to a final conversation with the Director at the beginning of May, and I will be in touch with everyone either way by 2 May.

Regards,
Gurpreet Sandhu
Centre for Teaching Innovation, Bayfront University`, 'Thank you'),

  // 114 rejection, application, internal_candidate
  rej('application', ['internal_candidate'], {},
    `Hi Naomi,

Thanks for applying to the Learning & Development Specialist role at Maple Mutual Insurance.

We wanted to let you know that we've filled this role with a current Maple Mutual employee, so we won't be reviewing external applications any further.

We appreciate your interest.

Maple Mutual Talent Acquisition

Please do not reply to this automated email.`, 'Learning & Development Specialist - Maple Mutual Insurance'),

  // 115 final interview scheduling (Bayfront)
  other(`Dear Naomi,

I am pleased to let you know that you have been selected for a final conversation for the Instructional Designer position. You will meet with Dr. Helen Moriarty, Director of the Centre, for 45 minutes.

Could you let me know which of the following times works best?
— Monday 5 May, 1:00 pm
— Tuesday 6 May, 9:30 am
— Wednesday 7 May, 3:00 pm

Please also send the names and contact details of three references, at least one of whom has supervised you in the last three years. We will not contact them without letting you know first.

Regards,
Gurpreet Sandhu`, 'Instructional Designer - final conversation'),

  // 116 rejection, screen, location (Calgary office)
  rej('screen', ['location'], { ...fb },
    `Hi Naomi,

Thanks for the call yesterday. Just following up on what we talked about at the end.

Although the posting said "Remote (Canada)", the hiring manager has since confirmed that this Learning Designer needs to be in our Calgary office at least three days a week for the first year, because the team is building the field-operations training with crews on site. Since you're not planning to move from Toronto, we won't move ahead with your application.

I'm sorry about the confusion in the posting.

Best,
Kyle Sorensen
Talent Acquisition, Prairie Ridge Energy`, 'Learning Designer - Prairie Ridge Energy'),

  // 117 newsletter April with job mention and "unfortunately"
  other(`THE LEARNING LOOP — April edition

Hi Naomi,

Unfortunately we've had to move the April meetup online — the venue flooded (really). Same date, 23 April, 7 pm, link on the member page.

Also in this issue:
— The "Teacher to ID" mentoring circle has six spots left for the spring cohort. Mentors are senior designers from health, banking and tech. Reply to this email to be matched.
— Survey results: members who moved from teaching took a median of seven months and nineteen applications to land a first role. Don't lose heart.
— Job picks: an ID contract at a children's hospital; a learning consultant role at a pension fund.

The Learning Loop crew

Unsubscribe | Update preferences`, 'The Learning Loop — April'),

  // 118 rejection, assessment, role_closed (CRCU cancelled after hold)
  rej('assessment', ['role_closed'], { ...door },
    `Hi Naomi,

I'm following up on my note from a few weeks ago about the Learning Specialist role.

The new budget has now been approved, and unfortunately it does not include funding for this position. The role has been cancelled, so we are closing the competition, including your application. I'm sorry — I know you spent time on the scenario exercise, and it was a good one.

If a learning role opens with us in the future, I'll make sure to reach out to you directly.

Best,
Chloé Bissonnette
Talent Acquisition, Capital Region Credit Union

On 14 Apr 2025, at 11:02, Chloé Bissonnette wrote:
> Our fiscal year starts in May, and last week leadership asked us to hold all open positions until the new budget is approved.`, 'Re: Learning Specialist - status'),

  // 119 freeze lifted, final round invitation
  other(`Hi Naomi,

Great news — the freeze at Dominion Harbour has lifted, and they want to bring you in for the final round! It's a two-part session on 14 May: a 60-minute panel with the hiring manager, a senior designer and a business partner from Wealth, then a 20-minute presentation of a learning solution for a short scenario they'll send you three days before.

Can you confirm 14 May from 1 to 3 pm at their King Street office? Let me know and I'll send the brief as soon as they share it.

Cheers,
Marcus`, 'Dominion Harbour is back on!'),

  // 120 rejection, application, overqualified (Learning Coordinator)
  rej('application', ['overqualified'], { ...fb },
    `Dear Naomi,

Thank you for applying to the Learning Coordinator role at Kensington Arts Collective.

We've read your resume with interest. Having led a science department and mentored other teachers, your experience is considerably beyond what this entry-level, part-time coordinator role calls for, and we don't think it would offer you enough. We're therefore not taking your application further.

Thanks again and good luck,
Kensington Arts Collective`, 'Learning Coordinator'),

  // 121 on hold, final, generic delay (Bayfront)
  hold('final', ['generic'], {},
    `Dear Naomi,

Thank you for meeting with Dr. Moriarty last week. I had hoped to have a decision to you by now, but the Director is away at a conference and the committee will not be able to meet until the week of 26 May. No decision has been made yet, and you remain under consideration.

I apologise for the delay and will write again as soon as I can.

Regards,
Gurpreet Sandhu`, 'Instructional Designer - timing'),

  // 122 reference check notice (other)
  other(`Hi Naomi,

Quick heads-up: Dominion Harbour would like to speak with two of your references this week, ideally your principal and one other. They'll be calling from a 416 number. Could you give them a nudge so they're expecting it?

Also, they asked me to send over the background check consent form (attached). Please sign and return by Friday.

Cheers,
Marcus`, 'References + consent form'),

  // 123 rejection, final, position_filled + door (Bayfront)
  rej('final', ['position_filled'], { ...door },
    `Dear Naomi,

Thank you for your patience while the committee completed its deliberations, and for the care you brought to every stage of this process — the written exercise, the panel, and your conversation with Dr. Moriarty.

The committee has now offered the Instructional Designer position to another finalist, who has accepted.

I know that this will be disappointing after coming so far. The committee was very positive about you, and we expect to recruit for a second instructional designer in the autumn when the new online programs launch. I very much hope you will apply; I will let you know when it is posted.

With best regards,
Gurpreet Sandhu
Associate Director, Centre for Teaching Innovation
Bayfront University`, 'Instructional Designer - decision'),

  // 124 rejection, interview, generic + offered (short)
  rej('interview', ['generic'], { ...offered },
    `Hi Naomi, thank you for interviewing with us for the Learning Consultant role at Pinewood Pension Partners. We've decided not to move forward with your candidacy. If feedback would be helpful, let me know and I'll set up a quick call. Regards, Aaron Whitfield, HR`, 'Learning Consultant - Pinewood Pension Partners'),

  // 125 feedback call booked (other)
  other(`Hi Naomi,

Of course — happy to talk it through. I've sent a calendar invite for Tuesday at 12:15 for 20 minutes. If that doesn't work, suggest another time and I'll move it.

Aaron

> On 21 May 2025, at 08:47, Naomi Ferreira-Walsh wrote:
> Hi Aaron, thank you for letting me know. I would really appreciate a quick call for feedback if you have time.`, 'Re: Learning Consultant - Pinewood Pension Partners'),

  // 126 rejection, final, salary
  rej('final', ['salary'], { ...fb, ...door },
    `Hi Naomi,

Thank you for coming through the final interviews for the Senior Learning Designer role at Gradewell — the team loved your presentation.

We really wanted to make this work, but we've hit a wall on compensation. The most we're able to offer at this level is $88,000, and you were clear with us that you'd need at least $100,000 to leave your permanent teaching position with its pension. We understand that completely, but we can't close that gap, so we've decided not to extend an offer.

If your expectations change, or when we raise our next round, we'd love to reconnect.

Warmly,
Olivia Marchetti
People Lead, Gradewell`, 'Gradewell - Senior Learning Designer'),

  // 127 rejection, assessment, assessment + skills_gap (SCORM)
  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Naomi,

Thank you for completing the technical task for the eLearning Developer role at Lakeridge Health Partners.

Unfortunately, your submission didn't pass our review. The Storyline file worked well as a storyboard, but the module didn't publish as a working SCORM 1.2 package, and completion tracking didn't register when we uploaded it to our LMS. Since building and troubleshooting SCORM packages is a daily part of this job, we can't take your application further.

Thanks again for your time.

Lakeridge Health Partners
Clinical Education Recruitment`, 'eLearning Developer - technical task'),

  // 128 rejection, final, profile_mismatch + offered + door
  rej('final', ['profile_mismatch'], { ...offered, ...door },
    `Hi Naomi,

Thank you for the final conversations with our Chief Learning Officer and the design team last week.

We've made the difficult decision to move forward with another finalist whose experience lines up more closely with this role. I'd be glad to share more about how the team made the call if that would be useful — just let me know.

We'd also love to stay in touch. I've added you to our talent community, and I'll reach out when another design role opens.

All the best,
Farhan Qureshi
Talent Acquisition, Brightpath EdTech`, 'Brightpath - Learning Designer'),

  // 129 talent pool sign-up (other)
  other(`Welcome to the Fernhill Learning Talent Community, Naomi!

You're now part of a group of people who want to hear about roles at Fernhill before they're posted publicly. We'll send you a short note when a role matching your interests (Instructional Design, Curriculum) opens up.

You can update your interests or leave the community at any time.

The Fernhill People Team`, 'Welcome to the Fernhill Talent Community'),

  // 130 rejection, interview, role_closed (reorg)
  rej('interview', ['role_closed'], {},
    `Hi Naomi,

Thank you for your interview for the Learning Experience Designer role at Tidewater Learning.

Since we last spoke, Tidewater has gone through a reorganization, and the learning design function is being merged into our product team. As a result, this role no longer exists and we won't be completing the hiring process. I'm sorry to deliver this news after the time you invested.

Best regards,
Natasha Orlov
HR Manager, Tidewater Learning`, 'Learning Experience Designer - update'),

  // 131 recruiter check-in before the offer
  other(`Hi Naomi,

References came back glowing — your principal talked for twenty minutes, apparently. The hiring manager is putting the paperwork together now. Expect something from me by Thursday. Don't resign from anything yet!

Cheers,
Marcus`, 'Dominion Harbour - nearly there'),

  // 132 offer at the end
  other(`Dear Naomi,

On behalf of Dominion Harbour Bank, I am delighted to offer you the position of Learning Designer, Wealth Management Enablement, based at our King Street office in Toronto (hybrid, three days in office).

Details of the offer:
— Start date: Monday, 4 August 2025
— Base salary: $93,000 per year
— Annual incentive: target 8% of base salary
— Benefits and pension: eligible from your first day, as described in the attached summary

This offer is conditional on the successful completion of the background check you have already consented to. Please review the attached letter and sign it electronically by 20 June. If you have any questions, please contact me or Marcus Lee at Talentfield.

We are very much looking forward to welcoming you to the team.

Kind regards,
Monique Charles
Director, Learning Design, Wealth Management
Dominion Harbour Bank`, 'Offer of employment - Learning Designer'),
];
