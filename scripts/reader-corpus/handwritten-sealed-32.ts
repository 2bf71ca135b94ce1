/**
 * Sealed messages of the thirty-second round. Two halves. The first: rejections, each from a different employer and
 * writer, across sectors, countries and levels, at every stage. The second: one inbox of a data-science master's
 * student in the Netherlands applying for internships, thesis placements and graduate jobs, with look-alikes, paused
 * processes and rejections.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s32-');

export const HANDWRITTEN_SEALED_32: readonly CorpusLine[] = [
  // ── A. Rejections
  rej('application', ['generic'], {},
    `Hi Marcus,

Thanks for your interest in the Senior Product Designer role at Fernleaf. We've reviewed your application and have decided not to move ahead with it at this time.

We wish you the best in your search.

The Fernleaf Talent Team

Powered by Greenhouse`, 'Your application to Fernleaf'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Aoife,

Thank you for applying for the position of Claims Handler (Ref CH-2291) with Brennan Mutual Insurance, Cork.

We received a strong response to this advertisement. Having compared all applications against the role profile, we have chosen to progress candidates whose backgrounds align more closely with what the team needs right now.

We will hold your details on our system for twelve months and may contact you should a suitable opening arise.

Kind regards,
Siobhan Deasy
HR Officer
Brennan Mutual Insurance DAC is regulated by the Central Bank of Ireland.`, 'Claims Handler - Ref CH-2291'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hey Priya,

Really enjoyed our call on Tuesday. I took everything back to the hiring team and the honest answer is that the number you mentioned (around 165k base) is well above what's been approved for this Staff Engineer position, which tops out near 140k. They can't stretch the band, so we're going to stop here.

If your expectations change, or a more senior req opens, I'd love to reconnect. Please keep in touch.

Cheers,
Dana Whitfield
Technical Recruiter, Loopwise`, 'Following up on our chat'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Tomás,

Thank you for meeting with Claire and me last week for the Data Engineer role. We enjoyed the conversation.

We've decided not to proceed. The main gap for us was hands-on experience running Spark jobs in production; the role will own our batch pipelines from day one and we need someone who has already done that at scale.

All the best,
Ravi Menon
Engineering Manager, Harbourline Logistics`, 'Data Engineer - update'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for your interest in career opportunities with Northgate Regional Health. After careful review, we regret to inform you that you have not been selected for the position of Patient Access Representative (Req #44817).

We appreciate the time you invested in applying.

Sincerely,
Talent Acquisition
Northgate Regional Health is an Equal Opportunity Employer. This mailbox is not monitored.`, 'Patient Access Representative (Req #44817)'),

  rej('final', ['profile_mismatch'], { ...offered, ...door },
    `Hi Sophie,

I wanted to call you but couldn't get through, so an email will have to do. Thank you for coming in for the final round with the partners on Thursday. It was genuinely close, but we've decided to offer the Associate Director role to another candidate whose client portfolio was a bit nearer to the accounts we're taking on next year.

If it would help, I'm very happy to jump on a call and walk you through how the partners saw your presentation. And I'd like to keep talking: I think there will be something for you here in 2027.

Warmly,
James Holloway
Head of People, Ashcombe & Reid Consulting
London EC2`, 'Associate Director - outcome'),

  rej('application', ['location'], { ...fb },
    `Hello Kwame,

Thanks for applying to the Customer Success Manager opening at Tallyhop.

This role is remote but limited to people who live in, and have the right to work in, Canada. From your application it looks like you're based in Accra and would need sponsorship, which we're unable to offer for this position, so we can't progress your application.

Sorry for the disappointing news, and good luck.

Melissa Trudeau
People Ops | Tallyhop Inc., Toronto`, 'Tallyhop - Customer Success Manager'),

  rej('assessment', ['assessment'], {},
    `Dear Rohan,

Thank you for completing the online aptitude assessment for the Graduate Analyst Programme at Kestrel Capital India.

We regret to inform you that your overall score did not meet the benchmark required to progress to the next stage of our selection process. As a result, we are unable to take your application further.

We thank you for your interest and wish you success.

Regards,
Campus Recruitment Team
Kestrel Capital (India) Pvt. Ltd., Bandra Kurla Complex, Mumbai
This is a system generated mail. Please do not reply.`, 'Graduate Analyst Programme 2027 - Assessment Result'),

  rej('application', ['position_filled'], {},
    `Hi Lena,

thanks for your application as Werkstudentin Marketing. We have already filled the position and therefore can't consider your application anymore. Sorry that this took a while to tell you.

Best regards
Jana Hoffmann
Personio | Brightcart GmbH, Berlin`, 'Your application at Brightcart'),

  rej('interview', ['culture_fit'], { ...fb },
    `Dear Ahmed,

Thank you for your time interviewing with our team for the Account Executive post.

The team have met and, on reflection, we don't think the role is the right match. Our sales team works very collaboratively, with shared pipelines and a lot of pairing on deals, and from our conversation you came across as preferring to run your own territory independently. That is a perfectly good way to work, just not how we work.

We appreciate your openness during the process and wish you well.

Regards,
Gemma Clarke
Sales Director, Pinnacle Print Solutions Ltd, Leeds`, 'Account Executive'),

  rej('application', ['generic'], { ...door },
    `Hi Jordan,

Thank you so much for applying to be a Barista at Crumb & Kettle! We had loads of applications and unfortunately we won't be taking yours further this time.

Don't let that put you off, we hire all the time, so pop in or apply again in a few months.

Cheers,
Bec
Crumb & Kettle, Fitzroy`, 'Crumb & Kettle - Barista'),

  rej('screen', ['profile_mismatch'], { ...fb },
    `Hi Naomi,

Thanks for speaking with me on Monday about the Head of Finance position. Having gone through the notes with the CEO, we feel your experience is more weighted to audit than to running a finance function, and we've concluded you're not the profile we're looking for.

Best,
Andrew Liu
Partner, Cedarline Executive Search, Singapore`, 'Head of Finance search'),

  rej('application', ['generic'], {},
    `<html><body><table width="600"><tr><td>
Dear Michael,

Thank you for your application for Warehouse Operative (Nights) at ParcelPoint UK.

We're sorry to let you know that your application has been unsuccessful.

Kind regards,
ParcelPoint Recruitment
</td></tr><tr><td style="font-size:10px">You received this email because you applied for a role via careers.parcelpoint.co.uk. <a href="#">Privacy notice</a></td></tr></table></body></html>`, 'ParcelPoint UK: Your application'),

  rej('interview', ['internal_candidate'], { ...door },
    `Dear Fiona,

Thank you for attending the interview for the role of Policy Manager on 14 October.

I wanted to let you know that we have decided to appoint an internal candidate who has been acting in the role since the summer. This was no reflection on your interview, which the panel thought was strong.

We hope you will consider applying to us again in future.

Yours sincerely,
Robert Mackay
Director of Policy, Scottish Housing Forum`, 'Policy Manager interview'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Lerato,

Thank you for your application for the Professional Engineer (Civil) position at Mokoena & Partners.

This position requires registration with ECSA as a Professional Engineer. As your CV indicates that you are currently registered as a Candidate Engineer, we are unable to consider you for this vacancy.

Kind regards,
Thandi Nkosi
HR Administrator
Mokoena & Partners Consulting Engineers, Pretoria`, 'Vacancy: Professional Engineer (Civil)'),

  rej('application', ['role_closed'], {},
    `Hi Ben,

I'm writing to let you know that the Growth Marketing Lead role you applied for has been closed. After a change in our plans for next year the position won't be filled, so we won't be progressing any applications for it.

Sorry for the bother and thanks for your interest in Quillr.

Sam
Lever | Quillr`, 'Update on Growth Marketing Lead'),

  rej('final', ['generic'], {},
    `Vikram,

Thank you for the superday on Friday. The group has made its decisions and we will not be extending an offer to you.

Regards,
Anita Rao
Campus Recruiting, Brookvale Partners`, 'Brookvale Partners - Summer Associate'),

  rej('application', ['profile_mismatch'], {},
    `Dear Erik,

Thank you for applying for the role of Senior Backend Developer at Nordvik Energi AS.

We have now assessed all applications. Unfortunately your background does not correspond sufficiently to the requirements of the position, and we will therefore not take your application further in the process.

With kind regards
Ingrid Solheim
HR Partner, Nordvik Energi AS, Stavanger
Sent via Teamtailor`, 'Senior Backend Developer - Nordvik Energi'),

  rej('interview', ['generic'], { ...offered },
    `Hi Chloe,

Thank you again for coming to meet the team for the Junior Copywriter position. Everyone enjoyed meeting you.

After a lot of thought we've decided to go a different way. If you'd find it useful to hear any thoughts from the interview, just reply to this and I'll set up a quick chat.

Best wishes,
Holly Marsh
Creative Lead, Brightside Agency, Manchester`, 'Junior Copywriter'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Dr. Henderson,

Thank you for applying for the Laboratory Technician post.

Having reviewed your CV, with your doctorate and ten years running your own research group, we feel that the role, which is largely routine sample preparation, would not make good use of your experience, and we would not want you to be under-challenged. For that reason we are not taking your application forward.

Should a more senior scientific post become available, we would very much welcome your application.

Kind regards,
Patricia Olsen
Laboratory Manager, Coastal Analytical Services, Adelaide`, 'Laboratory Technician'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Daniel,

Thanks for taking the time to finish the take-home for our Frontend Engineer role. The reviewers liked the component structure, but the solution didn't handle the empty and error states we asked for, and there were no tests, which was one of the main things we were looking at. Because of that we won't be moving on to interviews.

Good luck out there,
Wren Alvarez
Engineering, Patchwork Labs`, 'Patchwork Labs take-home'),

  rej('application', ['generic'], {},
    `Thanks for applying to Hollis & Grove. Unfortunately we are unable to progress your application for Retail Assistant – Dublin Grafton Street. We wish you every success.

This is an automated email from Workday. Please do not respond.`, 'Hollis & Grove Application Update'),

  rej('screen', ['location'], { ...fb },
    `Hi Marta,

Thanks for the call yesterday. I've spoken with the hiring manager and unfortunately they really do need someone in the Amsterdam office four days a week, and since you've said you'd prefer to stay in Porto and work remotely, it won't work for this one.

Sorry about that. Best of luck.

Joris de Wit
Recruiter, Kanaal Payments B.V.`, 'Kanaal Payments - Product Analyst'),

  rej('application', ['profile_mismatch', 'position_filled'], {},
    `Dear Ms. Tan,

Thank you for your application for the Executive Assistant to the CEO at Lumina Holdings Pte Ltd.

We have reviewed your application carefully. We were seeking someone whose experience more closely mirrored the requirements of the role, and we are pleased to say that the vacancy has now been filled.

Thank you for your interest in Lumina Holdings.

Yours sincerely,
Human Resources
Lumina Holdings Pte Ltd, 8 Marina View, Singapore`, 'Executive Assistant to the CEO'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Oluwaseun,

Thanks for interviewing with us for the Credit Risk Analyst role. The panel liked your modelling background, but the role needs someone who has worked with IFRS 9 provisioning and we didn't hear that experience from you. For that reason we won't take things further for this opening.

I'll hold onto your CV though, because we often have modelling roles that don't need IFRS 9, and I'll get in touch if one comes up.

Regards,
Funmi Adeyemi
Talent Partner, Crestfield Bank, Lagos / London`, 'Credit Risk Analyst interview'),

  rej('application', ['generic'], { ...door },
    `Dear Sarah,

Thank you for your interest in the Summer Internship 2027 at Albury Wealth Management. We received a very large number of applications and, after careful consideration, we regret that we cannot offer you a place on this occasion.

We encourage you to apply for our graduate scheme next year.

Kind regards,
Early Careers Team
Albury Wealth Management Limited. Registered in England and Wales No. 04418277.`, 'Summer Internship 2027'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Karthik,

Thank you for investing so much time in our process for the VP Engineering role, including the onsite with the leadership team. You were one of our last two candidates and it was a difficult call.

In the end, the board felt the other finalist's background was a slightly better match for where we are now.

I'd genuinely like to stay in touch and I hope our paths cross again.

Best regards,
Meera Iyer
CEO, Stackbay Technologies, Bengaluru`, 'VP Engineering'),

  rej('application', ['skills_gap'], { ...fb },
    `Hello Jan,

thanks for your application for the position Sachbearbeiter Buchhaltung / Accounting Clerk.

As this role involves daily contact with German-speaking suppliers and authorities, fluent German (C1) is a requirement. From your documents we understand your German is at A2 level, so we are not able to offer you an interview.

Kind regards
Claudia Weber
Personalabteilung, Rheintal Metallbau GmbH`, 'Your application: Accounting Clerk'),

  rej('screen', ['generic'], {},
    `Hi Jess — thanks for jumping on the phone with me last week. We've decided to go with other people for the next round. Appreciate your time. — Nick, Harlow Media`, 'Harlow'),

  rej('application', ['generic'], { ...door },
    `Hello Ashwin,

Thank you for considering a career at Telvane. We appreciate the time you put into your application for Network Support Engineer (JR-20817).

After reviewing your qualifications, we've chosen other candidates for this role. We will keep your profile in our talent community and let you know of roles that suit you.

Thank you,
Telvane Talent Acquisition
Telvane is committed to equal opportunity. Manage your job alerts | Unsubscribe`, 'Your Telvane application JR-20817'),

  rej('interview', ['position_filled'], {},
    `Dear Grace,

Thank you for attending the interview for Senior Staff Nurse, Ward 7. I'm sorry to tell you that the post has now been offered to and accepted by another applicant.

Thank you for your interest.

Helen Fraser
Ward Manager
Forth Valley Community Hospital`, 'Interview outcome - Senior Staff Nurse'),

  rej('application', ['profile_mismatch', 'skills_gap'], { ...fb, ...door },
    `Hi Emily,

Thank you for applying to the Operations Coordinator role at Bramble Home. We read every application ourselves, and while yours was thoughtful, we've decided to focus on applicants who have worked in e-commerce fulfilment before.

We'd love you to keep an eye on our careers page as we grow.

Thanks again,
Tess & the Bramble team`, 'Bramble Home application'),

  rej('assessment', ['generic'], {},
    `Dear Liam,

Thanks for completing the video assessment for the Graduate Consultant programme. Following review, we won't be progressing your application.

Kind regards,
Graduate Recruitment, Halden Associates (Canada)
Please do not reply to this message.`, 'Graduate Consultant programme'),

  rej('interview', ['profile_mismatch', 'skills_gap'], { ...fb, ...offered },
    `Hi Ananya,

Thank you for the interviews with Rahul and Sunita last week for the Product Manager, Payments role.

We're not going to move forward. Overall the team felt your background is stronger on the consumer side than the merchant side we need, and specifically we were looking for someone who has taken a card acquiring or payment gateway product to launch.

I know that's not the news you hoped for. Happy to talk through the rest of the feedback on a call if you'd like.

Regards,
Kavya Sharma
Talent Acquisition, Paykart, Gurugram`, 'Paykart - PM Payments'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Re: Application for the post of Administrative Officer (Ref: AO/26/118)

Thank you for your application. We regret to advise that you have not been shortlisted for interview.

Due to the number of applications received, we are unable to provide individual feedback.

Yours faithfully,
Human Resources Department
Kildare County Enterprise Board`, 'Administrative Officer (Ref: AO/26/118)'),

  rej('application', ['role_closed'], { ...door },
    `Hi Carlos,

Quick note about the Junior Data Analyst opening you applied for. Due to budget changes for the coming quarter, the role has been put on ice indefinitely and the req is closed, so we won't be able to consider your application.

If we reopen it, we'll reach out to you directly.

Thanks,
Lindsay Park
Recruiting, Beacon Mobility (Chicago)`, 'Junior Data Analyst - position closed'),
  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Tyler,

Thanks for taking my call on Wednesday about the Solutions Architect role with my client, a mid-sized SaaS company in Austin.

I put you forward and the hiring manager came back today. They're going to pass for now: they want someone with at least five years hands-on with AWS, ideally with the Professional certification, and you've got about two plus Azure. I did push a bit, but they're firm on it.

That said, I work on a lot of cloud roles and I'd like to keep you on my list. I'll ping you when something closer comes up.

Best,
Courtney Bell
Senior Consultant, Ridgeway Talent Partners`, 'Re: Solutions Architect - Austin'),

  rej('application', ['generic'], {},
    `Hi Alex,

Thanks for your application to Orbit Robotics. We have reviewed your profile and will not be moving forward with your candidacy for Mechanical Design Intern.

Best,
Orbit Robotics Recruiting
Sent with Ashby`, 'Orbit Robotics | Mechanical Design Intern'),

  rej('interview', ['generic'], { ...door },
    `Dear Hannah,

I hope you had a good weekend. Thank you once more for the interview with myself and Dr Patel for the Research Assistant position.

I'm afraid we have offered the role to a different applicant. You interviewed well, and I hope you'll look out for our future postings, as we expect to advertise two more research roles in the spring.

With best wishes,
Professor Ellen Whitaker
Department of Psychology, University of Northfield`, 'Research Assistant interview'),

  rej('application', ['profile_mismatch'], {},
    `Dear Mr. Banerjee,

We acknowledge with thanks your application for the post of Deputy Manager – Treasury.

On scrutiny of your profile against the requirements of the position, we find that it is not suitable for the current opening. Hence, we shall not be able to process your application further.

Assuring you of our best wishes,

HR Department
Suvarna Finance Limited, Kolkata`, 'Application for Deputy Manager - Treasury'),

  rej('final', ['position_filled'], { ...fb },
    `Hi Rebecca,

Thank you so much for your patience over the last few weeks. After the final round with our founders, we made an offer to another candidate yesterday and they've accepted.

A couple of things the team wanted me to pass on: your strategy case was the strongest we saw, but we felt the go-to-market plan leaned on paid acquisition when we'd said the budget would be small.

Warm regards,
Imogen Hart
Head of Talent, Sprigly`, 'Sprigly - Head of Marketing'),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the numerical and verbal reasoning tests as part of your application to the Harcourt Bank Graduate Programme.

Unfortunately, on this occasion you did not reach the required standard to progress. We will not be able to consider you further for this intake.

Yours sincerely,
Harcourt Bank Graduate Recruitment
This email was sent from an unmonitored mailbox.`, 'Harcourt Bank Graduate Programme - Online tests'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Mia,

Thanks for applying to the Registered Psychologist position. Unfortunately we need applicants to hold full AHPRA general registration, and you've listed provisional registration, so we can't take your application further at this stage.

Kind regards,
Olivia Nguyen
Practice Manager, Southbank Wellbeing Clinic, Brisbane`, 'Registered Psychologist - application'),

  rej('interview', ['profile_mismatch', 'skills_gap'], { ...fb, ...offered, ...door },
    `Hi Zoe,

Thank you for interviewing for the Senior UX Researcher role. The panel enjoyed hearing about your healthcare work.

We've decided to go with someone who has more experience with quantitative methods at the scale we operate. If you want more detail, reply here and I'll set up 20 minutes with the hiring manager.

We'd be glad to see your name again for future research roles.

Best,
Paul Desrosiers
Recruiting, Mapleway (Montréal)`, 'Senior UX Researcher - Mapleway'),

  rej('application', ['generic'], {},
    `Dear Ruairi,

Thank you for the time you spent applying for the position of Sales Support Executive with Corrib Foods.

We have given your application careful consideration but regret that we will not be taking it any further.

Regards
Maeve Kelly
HR Manager, Corrib Foods Ltd., Galway`, 'Sales Support Executive'),

  rej('application', ['generic'], { ...door },
    `Hi Fatima,

We appreciate you applying for the Content Moderator (Arabic) role through SmartRecruiters. At this point we've decided to progress with other applicants.

We encourage you to create a job alert so that you can hear about new roles at Veritas Trust & Safety as soon as they are posted.

Best regards,
Veritas Hiring Team, Dublin`, 'Veritas Trust & Safety - application update'),

  rej('final', ['culture_fit', 'profile_mismatch'], { ...fb },
    `Hi Greg,

I wanted to give you an answer before the weekend. Thank you for the final interviews with Anna and the leadership team.

We've concluded it's not the right match. You clearly have the technical depth, but the team felt your approach to managing people, very top-down and directive, is quite different from how we run the department, and that others were a closer fit overall.

Thanks for the care you put into the process.

Regards,
Lucy Bennett
HR Business Partner, Tidewater Utilities`, 'Head of Infrastructure - decision'),

  rej('application', ['location'], {},
    `Hello,

Thank you for your application for Graduate Software Engineer at Kiwiberry Systems.

This role is open only to candidates who already have the right to work in the United Kingdom, as we are not a licensed visa sponsor. Based on your answers to the application questions, we cannot proceed.

Kind regards,
Kiwiberry Recruitment`, 'Graduate Software Engineer - Kiwiberry'),

  rej('screen', ['generic'], { ...offered },
    `Hi Daniela,

Thank you for chatting with me last Thursday. I passed my notes along, and the team has decided not to move you to the technical stage.

If feedback would help at all, I'm happy to share what I can; let me know.

Tara
Recruiting, Ferncroft`, 'Ferncroft - next steps'),

  rej('interview', ['role_closed'], {},
    `Dear Nikhil,

Thank you for your interviews for the Regional Sales Manager (West) position.

Following a reorganisation of our sales regions announced this week, the position you interviewed for no longer exists in its current form. We are therefore closing this recruitment and will not be proceeding with any candidate.

We apologise for the inconvenience this causes.

Yours sincerely,
Deepa Kulkarni
Manager – Talent Acquisition, Vistara Paints Ltd, Pune`, 'Regional Sales Manager (West)'),

  rej('application', ['generic'], {},
    `Thank you for applying to the role of Software Engineer II at Calloway. Unfortunately, we will not be moving forward with your application. We encourage you to continue to pursue your career goals.

Calloway Careers | iCIMS`, 'Calloway: Software Engineer II'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Sipho,

Thank you for submitting the financial modelling case for the Investment Analyst role.

The panel reviewed it carefully. Your valuation logic was sound, but the three-statement model did not balance and the sensitivity table was missing, and that was the key part of the exercise. For that reason we won't be inviting you to interview this time.

Please do apply again next year; we run the same programme annually.

Regards,
Nadia Pillay
Investments, Umhlanga Capital, Durban`, 'Investment Analyst case study'),

  rej('application', ['profile_mismatch'], {},
    `Dear Jasper,

Bedankt for your application for the position of Supply Chain Planner at Van Loon Distributie.

We have looked at it with interest, but we have found candidates whose profile fits the vacancy better. We will therefore not include you in the next round.

Met vriendelijke groet / Kind regards,
Esther Bakker
Recruitment, Van Loon Distributie B.V., Venlo`, 'Supply Chain Planner - Van Loon'),

  rej('final', ['generic'], { ...offered },
    `Hi Matt,

Thanks for being so generous with your time across four rounds, including the onsite last Tuesday. I'm sorry to say we won't be extending an offer.

I'm happy to share feedback from the interviewers if you want it, just let me know a good time.

Ellie
Recruiting Lead, Cobalt Cloud`, 'Cobalt Cloud - onsite'),

  rej('application', ['generic'], {},
    `Dear Mr Osei,

Thank you for your application for the role of Finance Assistant.

We received a high volume of applications and, regrettably, yours has not been successful on this occasion. We are unable to offer individual feedback at the application stage.

Yours sincerely,
People Team
Thornbury Housing Association`, 'Finance Assistant - Thornbury Housing'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hei Anders,

Thank you for the interview on Thursday for the Embedded Software Engineer role.

We have decided to go on with other candidates. The deciding factor was the technical part: we need hands-on experience with real-time operating systems and low-level driver development in C, and that came out as limited in the conversation.

All the best,
Mikko Laine
R&D Manager, Arktis Sensors Oy, Oulu`, 'Embedded Software Engineer'),

  rej('application', ['position_filled'], {},
    `Hi Ella, just letting you know the Nanny role (Mon–Thu, Clapham) has now been filled. Thanks so much for applying and good luck with everything. — Katie`, 'Nanny role'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hello Chen Wei,

Thank you for the introductory call with our Talent team on Monday for the Regional Compliance Manager role.

We've had the chance to consider it and feel that, for this role, others' backgrounds are nearer to what the business is looking for. We will retain your details and contact you if a role more aligned to your experience becomes available.

Best regards,
Rachel Lim
Talent Acquisition, Meridian Trust Asia, Singapore`, 'Regional Compliance Manager'),

  rej('application', ['generic'], {},
    `Dear Thomas,

Thank you for applying for the position of Kitchen Porter. We've had lots of interest and have decided not to invite you to a trial shift.

Thanks,
The Old Forge, Cotswolds`, 'Kitchen Porter'),

  rej('final', ['internal_candidate'], { ...door },
    `Hi Adaeze,

Thank you for making it through to the final stage for Director of Operations. It was a close decision between the last candidates, and ultimately we've chosen to promote from within: one of our current regional heads will take the role.

I realise that's frustrating after a long process. We'd be glad to consider you for other senior openings and I'll make sure the team knows your name.

Best,
Graham Fitch
Chief People Officer, Halcyon Care Group`, 'Director of Operations'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Applicant,

Thank you for applying for the role of Graduate Civil Engineer in Perth.

Applicants for this role must be Australian citizens or permanent residents and hold a degree accredited by Engineers Australia. Your application does not indicate either, and we are therefore unable to progress it.

Regards,
Recruitment
Westgate Infrastructure Pty Ltd`, 'Graduate Civil Engineer - Perth'),

  rej('application', ['role_closed'], {},
    `Hi Pooja,

Thanks for applying for our Data Scientist opening. I'm sorry to report that we've had to withdraw the position after a hiring freeze across the business, so we won't be reviewing applications for it.

Regards,
Workable | Norrland Analytics AB`, 'Data Scientist at Norrland Analytics'),

  rej('interview', ['generic'], {},
    `Good afternoon Joseph,

Thank you for attending the interview for the Maintenance Technician role. The panel has now made its decision and you have not been selected.

Regards,
Sharon Dlamini
Human Resources, Karoo Cement (Pty) Ltd`, 'Maintenance Technician interview'),

  rej('application', ['profile_mismatch'], { ...fb, ...door },
    `Hi Aditi,

Thanks a lot for your application for Business Development Associate. I've been through your CV and I don't think this particular role is the one for you — it's heavily outbound sales and your experience is mostly in events.

We post new roles regularly, so do keep looking.

Cheers,
Ollie
Founder, Tandem Tours`, 'Business Development Associate'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hello Ivan,

Thank you for completing the SQL and Python exercise for our Analytics Engineer role.

We've decided not to progress. In the review, the team noted that the SQL section relied on subqueries where window functions were expected, and dbt, which is core to the job, was not used. We're looking for someone already comfortable with that stack.

Best,
Hiring team, Ledgerline (Edinburgh)`, 'Analytics Engineer - exercise'),

  rej('final', ['profile_mismatch'], {},
    `Dear Catherine,

Thank you for participating in the assessment centre for the Trainee Solicitor programme on 22 November.

The standard this year was exceptionally high. After much deliberation, the partners have decided to make offers to other candidates, whose overall performance across the day more closely met our criteria.

Yours sincerely,
Graduate Recruitment
Penrose Whitlock LLP`, 'Trainee Solicitor Assessment Centre'),

  rej('screen', ['generic'], {},
    `Hi Rahul,

Following your phone screen last week for Support Engineer, we've decided not to progress with your application.

Kind regards,
Talent Team, Zenlayer Systems`, 'Support Engineer - Zenlayer'),

  rej('interview', ['generic'], { ...offered },
    `Dear Ms. Fischer,

Thank you for the conversation with our team on 9 December regarding the position of Event Manager.

After careful deliberation we have decided in favour of another applicant. We appreciate your interest in our company. If you would like feedback on your interview, please do not hesitate to contact me.

Kind regards
Sabine Krüger
HR, Messe Nordwest GmbH, Hamburg`, 'Event Manager - Messe Nordwest'),

  rej('application', ['generic'], { ...door },
    `Hi Connor,

Thanks for applying to Peak Physio as a Reception Coordinator. You're not being taken forward for this role, but please don't hesitate to apply for other roles with us.

Peak Physio Recruitment | powered by Workable`, 'Peak Physio - Reception Coordinator'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your interest in [Company Name] and for applying for the [Job Title] position. We regret to inform you that we have decided not to proceed with your application at this time.

We wish you the best of luck in your job search.

Sincerely,
[Hiring Manager Name]
Talent Acquisition, Greystone Property Group`, 'Your application'),

  rej('interview', ['position_filled'], {},
    `On Mon, 8 Dec 2026 at 09:14, Laura Bianchi wrote:
> Hi Mark, just checking if there's any news on the Project Coordinator role? Thanks, Laura

Hi Laura,

Sorry for the slow reply. We've appointed someone to the role, they start in January. Thanks again for coming in to meet us.

Mark Jennings
Operations Manager, Clearwater Builders, Halifax NS`, 'Re: Project Coordinator'),

  rej('application', ['generic'], {},
    `We've carefully reviewed your application for the Associate, Corporate Development position. While we were impressed by your background, we will not be moving forward at this time. Thank you again for your interest in Larkspur Ventures.

Larkspur Ventures, New York NY`, 'Larkspur Ventures'),

  // ── B. One inbox: a data-science master's student in the Netherlands
  other(`Dear Ishita,

Thank you for applying for the position of Data Science Intern (Thesis) at Rijnmond Energy. We have received your application and our recruiters will review it in the coming weeks.

Unfortunately we receive many applications and cannot always respond quickly. We appreciate your patience and will be in touch as soon as we have an update.

Kind regards,
Talent Acquisition, Rijnmond Energy N.V.
This is an automated message. Please do not reply.`, 'We received your application - Data Science Intern (Thesis)'),

  other(`Hi Ishita,

Thanks for applying to Graduate Data Analyst at Quayside Retail Group (JR-104452). Your application is now with the hiring team.

What happens next? If your experience matches what we need, someone will contact you. Given the number of applicants, this can take up to four weeks.

Quayside Retail Group Careers | Workday`, 'Thanks for applying to Quayside Retail Group'),

  rej('application', ['generic'], {},
    `Dear Ishita Raghavan,

Thank you for your interest in the Machine Learning Intern vacancy at Veldhoven Photonics.

After carefully reviewing your application, we regret to inform you that we have decided not to invite you for an interview.

We wish you good luck in your further search.

Kind regards,
HR Recruitment Team
Veldhoven Photonics B.V.`, 'Your application Machine Learning Intern'),

  other(`Hi Ishita,

Great news: you've been invited to complete the online assessment for the Data & Analytics Graduate Programme at Linden Bank.

The assessment takes around 45 minutes and includes numerical reasoning and a short situational judgement test. Please complete it by 30 October, 23:59 CET.

Unfortunately we can't extend the deadline, so please plan ahead. Good luck!

Linden Bank Early Careers`, 'Your online assessment - Linden Bank Graduate Programme'),

  other(`Hoi Ishita,

Nice meeting you at our stand at the Utrecht Science Park career fair yesterday! As promised, here's the link to our open thesis positions for spring 2027. We'd be happy to receive your application for the forecasting topic we discussed.

Sadly I couldn't answer your question about visa sponsorship on the spot; HR tells me an internship agreement with your university is enough, no work permit needed.

Groetjes,
Femke van Dijk
Campus Recruiter, Dutch Water Analytics`, 'Great to meet you at the career fair'),

  rej('assessment', ['assessment'], {},
    `Dear Ishita,

Thank you for taking the online assessment for the Linden Bank Data & Analytics Graduate Programme.

We have reviewed your results, and regret to tell you that they were not above the threshold we use to select candidates for the next round. We will therefore not proceed with your application.

Kind regards,
Linden Bank Early Careers`, 'Update on your Linden Bank application'),

  other(`To: recruitment@kalmar-mobility.de
Subject: Application – Working Student Data Science (Ref. KM-DS-0912)

Dear Ms. Schneider,

Please find attached my CV and motivation letter for the Working Student Data Science position in Munich. I am a second-year MSc Data Science student at Utrecht University and would be available for 20 hours a week from January.

I look forward to hearing from you.

Best regards,
Ishita Raghavan`, 'Application – Working Student Data Science (Ref. KM-DS-0912)'),

  rej('application', ['location'], { ...fb },
    `Dear Ishita,

Many thanks for your application as Working Student Data Science.

Unfortunately we have to tell you that this position requires enrolment at a German university, as working student status (Werkstudent) depends on it. Since you are studying in the Netherlands, we cannot consider your application.

We wish you all the best.

Kind regards
Lisa Schneider
HR, Kalmar Mobility GmbH, München`, 'Re: Application – Working Student Data Science (Ref. KM-DS-0912)'),

  other(`Hi Ishita,

Just a reminder that your HireVue video interview for the Analytics Intern role at Ardent Insurance is still waiting. The link expires in 48 hours.

If you've already finished, please disregard this email. We understand life gets busy and appreciate your patience with our process.

Ardent Insurance Talent Team`, 'Reminder: complete your video interview'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Ishita,

Thank you for your interest in the Graduate Machine Learning Engineer position at Corvane Labs, Dublin.

We've read your application with interest but have decided to progress candidates whose experience is more closely matched to this position.

We'd like to keep your CV in our talent network, and we'll contact you if something suitable opens up.

All the best,
Corvane Labs Recruiting`, 'Corvane Labs - Graduate ML Engineer'),

  other(`Dear Ishita,

Thank you for your interest in Zuidas Advisory. Your application for Junior Data Consultant is currently being reviewed by our team.

Unfortunately the review is taking longer than usual due to the high number of applications. We hope to get back to you before mid-November. Thank you for your patience.

Best regards,
Recruitment Zuidas Advisory`, 'Status of your application'),

  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Hi Ishita,

Thanks again for the phone call last Friday about the Junior Data Consultant position.

We've decided not to continue. As we discussed, many of our clients are Dutch public bodies and the consultants work in Dutch every day, so fluent Dutch is needed for this role, and you told me you're still at beginner level.

If you want to talk about other ways in or any other part of the call, just send me a message.

Vriendelijke groet,
Thijs Mulder
Recruiter, Zuidas Advisory`, 'Junior Data Consultant'),

  other(`Dear Ishita,

Thank you for applying for the Thesis Internship: Predictive Maintenance at Hollandia Rail Systems.

Before we can continue with your application, we need a copy of your residence permit (both sides) or a letter from the IND confirming your status. Unfortunately we cannot process your application further without it. Could you please upload it to your candidate profile within one week?

Kind regards,
Marloes de Groot
HR Services, Hollandia Rail Systems`, 'Document needed for your application'),

  other(`Hi Marloes,

Thanks for your message. I've uploaded my residence permit (study, valid until Sept 2027) to the portal this morning. Please let me know if you need anything else.

Best,
Ishita

On Wed, 4 Nov 2026 at 10:02, Marloes de Groot wrote:
> Could you please upload it to your candidate profile within one week?`, 'Re: Document needed for your application'),

  other(`Dear Ishita,

You're invited to a first interview for the Thesis Internship: Predictive Maintenance!

Please pick a 45-minute slot via the scheduling link below. The interview will be with your prospective supervisor, Dr. Koen Vermeulen, on Microsoft Teams.

We're sorry for the short notice; slots fill up quickly, so we recommend choosing one soon.

Kind regards,
HR Services, Hollandia Rail Systems`, 'Interview invitation - Thesis Internship'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Ishita,

Thank you for your interview with Koen last week about the predictive maintenance thesis.

We've spoken with all the candidates, and although your project on time-series anomaly detection was interesting, we've chosen a student whose background in mechanical engineering fits this assignment more closely.

If it's useful, Koen is willing to give you some feedback on the interview; just reply to this email.

Kind regards,
Marloes de Groot
HR Services, Hollandia Rail Systems`, 'Thesis Internship - Predictive Maintenance'),

  other(`Hi Ishita,

I came across your profile on LinkedIn and thought you might be interested in a Graduate Data Scientist role with a fast-growing logistics scale-up in Rotterdam. They're open to non-EU candidates and can sponsor the orientation year (zoekjaar) transition.

Would you have 15 minutes for a call this week?

Best,
Ruben Smits
Senior Recruiter, Techstar Talent Nederland`, 'Graduate Data Scientist opportunity - Rotterdam'),

  rej('application', ['generic'], {},
    `Thank you for your application to Hartmann Analytics. After reviewing your application, we have decided to proceed with other candidates for the Data Science Intern position.

Hartmann Analytics GmbH | Personio`, 'Your application at Hartmann Analytics'),

  other(`Ishita, we've got 14 new jobs for you!

Data Scientist – Thesis – Amsterdam
Junior ML Engineer – Berlin
Graduate Analyst – Dublin
...

Unfortunately, some of the jobs you saved last week are no longer available. Don't miss out, apply early.

Manage alerts | Unsubscribe`, '14 new jobs matching "data science intern"'),

  hold('interview', ['role_closed'], {},
    `Hi Ishita,

Thanks for your patience since your interview with our analytics team two weeks ago.

I wanted to update you honestly: we have a temporary hiring freeze for Q1 while the budget is re-planned, and the Graduate Data Analyst role is on hold. You're still very much in the process and we haven't made any decision. I expect to know more by the end of January and will come back to you then.

Kind regards,
Ciara Doyle
Talent Partner, Quayside Retail Group, Dublin`, 'Graduate Data Analyst - update'),

  rej('final', ['profile_mismatch'], { ...fb, ...door },
    `Dear Ishita,

Thank you for joining the final round for the Analytics Intern position at Ardent Insurance, London, and for presenting your case study to the panel.

It was a very close decision and we have chosen another candidate. The panel liked your analysis a lot; what tipped it was that the other candidate had already worked with insurance pricing data, while your examples came from retail.

We'd really like you to apply for our 2027 graduate programme when it opens in the autumn; I've noted your name for it.

Best wishes,
Harriet Clayton
Graduate Recruitment Manager, Ardent Insurance`, 'Analytics Intern - final round'),

  other(`Hi Ishita,

Thank you for your application to Pelican Payments. We're writing to let you know that, under our privacy policy, we will delete your personal data from our recruitment system 4 weeks after the end of the procedure unless you give us consent to keep it.

This email does not contain any decision on your application.

Pelican Payments B.V. – Privacy Team`, 'Your personal data at Pelican Payments'),

  rej('application', ['generic'], { ...door },
    `Dear Ishita,

Thank you very much for your interest in Pelican Payments and the role of Data Analyst Intern.

We have received a lot of applications, and have decided to go ahead with other candidates. We hope this does not discourage you from applying again in the future.

Kind regards,
Pelican Payments Recruitment`, 'Pelican Payments - Data Analyst Intern'),

  other(`Dear Ishita,

Just a short note that your application for the Graduate Data Scientist role is still under consideration. We are reviewing applications alongside other candidates this month, and shortlisted applicants will receive a coding challenge. We'll be in touch.

Regards,
Marcel Brandt
Team Lead Data, Nordlicht Versicherung, Köln`, 'Graduate Data Scientist - status'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Ishita,

Thank you for applying for the Quantitative Research Intern role at Tessellate Trading.

Unfortunately we can't move forward: this role is reserved for students in a PhD programme in mathematics, physics or a related field, and your application shows you're in a master's programme.

Kind regards,
Tessellate Recruiting, Amsterdam`, 'Tessellate Trading - QR Intern'),

  other(`Hello Ishita,

We're pleased to invite you to the next stage for the Graduate Data Scientist role at Nordlicht Versicherung: a coding challenge on HackerRank (90 minutes, Python and SQL).

Unfortunately we cannot offer any extensions after the deadline of 20 December. Good luck!

Nordlicht Versicherung Recruiting`, 'Coding challenge - Graduate Data Scientist'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Ishita,

Thank you for completing the HackerRank challenge. We've reviewed your submission.

You solved the SQL tasks fully, but the Python problem on streaming aggregation passed only 4 of 12 test cases, mostly on time limits. Since that task is weighed most heavily, we will not invite you to interviews.

Thank you for your effort, and all the best.

Marcel Brandt
Team Lead Data, Nordlicht Versicherung`, 'Your coding challenge result'),

  other(`Hi Ishita,

Thanks for your application for the thesis position "Fairness in credit scoring" at Bloemendaal Bank. We've passed it to the research supervisor.

We're a small team, so please bear with us: we hope to contact you within three weeks. In the meantime feel free to reach out with questions.

Best,
Sanne Visser
Recruitment, Bloemendaal Bank`, 'Thesis application received'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Ishita,

Thank you so much for the interview about the credit-scoring thesis. We enjoyed it.

By now, though, the place has gone to another student, who accepted our offer on Monday. I'm sorry it didn't work out this time; we publish new thesis topics every semester and I hope you'll apply again.

Best,
Sanne Visser
Recruitment, Bloemendaal Bank`, 'Thesis: Fairness in credit scoring'),

  other(`Dear Ishita,

Your application for the Junior Data Engineer position at Eemland Gas has been withdrawn at your request. We're sorry to see you go, but we understand, and we'll keep you in mind should you wish to reapply later.

Kind regards,
Eemland Gas Recruitment (SmartRecruiters)`, 'Application withdrawn'),

  other(`Dear Eemland Gas team,

I'd like to withdraw my application for the Junior Data Engineer role (ref. EG-2231). I've accepted another process that conflicts with the start date. Thank you for your time, and apologies for any inconvenience.

Kind regards,
Ishita Raghavan`, 'Withdrawal of application - EG-2231'),

  rej('application', ['generic'], {},
    `Hello Ishita,

Thanks for applying to Northstar Health (Boston). We regret we are unable to move forward with your application for Data Science Co-op at this time.

Thank you,
Northstar Health Talent Acquisition | Taleo`, 'Northstar Health - Data Science Co-op'),

  other(`Dear Ishita,

We would like to keep your CV in our talent pool for future positions in data and analytics. Under the GDPR we need your consent to do this. Unfortunately, if you don't reply within 14 days, we will delete your data.

Please click below to give or refuse consent. This does not affect your current application for the Data Intern position, which is still open.

Kind regards,
People Team, Groenveld Agritech`, 'Can we keep your details?'),

  hold('application', ['role_closed'], {},
    `Hi Ishita,

Thanks for applying for our Data Intern position. I wanted to let you know we've had to pause this opening while we wait for a funding round to close, so there'll be a delay before we review applications. Nothing has been decided on your application and it stays in the pipeline. We hope to pick it up again in March.

Sorry for the wait!
Jeroen Kok
Co-founder, Groenveld Agritech`, 'Data Intern - paused'),

  rej('application', ['profile_mismatch'], {},
    `Dear Ishita,

Thank you for your application to the Trainee Data Analyst programme at Sterling & Vance.

We were impressed by your academic record. However, after reviewing all applications, we felt other candidates were a stronger match for what the programme needs this year.

Yours sincerely,
Graduate Recruitment, Sterling & Vance LLP, London`, 'Sterling & Vance Trainee Data Analyst'),

  other(`Dear Ishita,

Thank you for your interest in the Applied Scientist Intern role at Meridex. We'd like to invite you to a 30-minute phone screen with a recruiter.

Please note: unfortunately our recruiters are based in Seattle, so most available times are in the late afternoon or evening in Europe. We appreciate your flexibility.

Meridex University Recruiting`, 'Meridex - phone screen invitation'),

  rej('screen', ['location'], { ...fb, ...door },
    `Hi Ishita,

Thanks for the call on Tuesday. After checking with our immigration team, we're not able to sponsor a J-1 or H-1B visa for the summer internship in Seattle for students enrolled outside the US, so we have to end your application for this role.

We'd be happy to consider you for roles in our Dublin office in future, and I'll flag your profile to that team.

Best,
Kayla Brooks
University Recruiter, Meridex`, 'Applied Scientist Intern'),

  other(`Hi Ishita,

Congratulations! We're delighted to offer you the position of Thesis Intern – Demand Forecasting at Dutch Water Analytics, starting 1 February 2027, with a monthly allowance of €650.

Please find the internship agreement attached. We need the signed agreement plus the three-party agreement from your university before your start date.

We're sorry we couldn't get this to you sooner. We look forward to working with you!

Femke van Dijk
Campus Recruiter, Dutch Water Analytics`, 'Your internship offer - Dutch Water Analytics'),

  other(`Hi Femke,

Thank you so much! I'm very happy to accept. I've signed the agreement and sent the three-party form to my thesis coordinator. I'll forward it once it's back.

Best regards,
Ishita

> We're delighted to offer you the position of Thesis Intern – Demand Forecasting`, 'Re: Your internship offer - Dutch Water Analytics'),

  other(`Dear Ishita,

Welcome aboard! To get your account ready before day one, please complete the onboarding forms (bank details, BSN, copy of passport and residence permit) in the portal.

Unfortunately, without these documents we can't process your allowance for February. Any questions, we're here.

HR Onboarding, Dutch Water Analytics`, 'Onboarding: a few things we need'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Ishita,

Thank you for the interviews with our team for the Graduate Data Scientist role in Berlin.

We have decided to go with another applicant. Compared with other candidates, your profile was less aligned with the experimentation work at the core of this position; in particular, we were looking for practical experience designing and analysing A/B tests, which you said you haven't done yet.

We wish you every success.

Kind regards,
Katrin Vogel
Talent Acquisition, Spreeline Mobility GmbH`, 'Graduate Data Scientist - Spreeline'),

  other(`Hi Ishita,

This is Arjun from Upskill Consultancy, Bengaluru. We saw your profile and would love to tell you about data science roles with our clients in Pune and Hyderabad for fresh postgraduates returning from abroad.

If not interested, unfortunately you'll keep getting our newsletter unless you unsubscribe below. :)

Regards,
Arjun Nair`, 'Data science roles in India for postgraduates'),

  hold('final', ['role_closed'], {},
    `Dear Ishita,

Thank you for completing the final round for the Graduate Analyst – Data role at Lagan Analytics, Belfast.

I'm afraid we've had to postpone all graduate hiring decisions until April, after an internal restructure. This is not a rejection: you remain one of our shortlisted candidates, and we will come back to you as soon as the decision can be made.

Kind regards,
Niamh O'Connor
HR Manager, Lagan Analytics`, 'Graduate Analyst - Data: decision postponed'),

  rej('application', ['generic'], {},
    `Ishita,

Thank you for your interest in Vektor AI. Unfortunately, we won't be moving forward with your application for Data Science Intern. We wish you the best!

— Vektor AI Team
Sent via Ashby`, 'Vektor AI application update'),

  other(`Hi Ishita,

Thank you for applying to Kanaalweg Insights. We've received your application for the Junior Data Scientist role.

Next step: a one-way recorded video assessment of five questions. You'll receive the link in a separate email. Please note that other candidates are also being invited, and unfortunately we can't give individual feedback at this stage.

Team Kanaalweg Insights (Teamtailor)`, 'Application received - Junior Data Scientist'),

  rej('assessment', ['profile_mismatch'], { ...door },
    `Dear Ishita,

Thanks for recording your video assessment for the Junior Data Scientist role.

We've watched all the recordings, and we have chosen to continue with candidates whose experience lines up more closely with the role. We'll keep your details for similar openings and contact you if one comes up.

Best wishes,
Lotte Jansen
Kanaalweg Insights`, 'Junior Data Scientist - update'),

  other(`Dear Ishita,

Your interview for the Data Analyst Graduate role at Oakmere Utilities is confirmed:

Date: Thursday 11 February 2027, 14:00 GMT
Format: Microsoft Teams, 45 minutes, with Tom Pearce (Analytics Lead) and Nicola Reed (HR)

Unfortunately we're unable to reschedule after 5 February. Please let us know if you need any adjustments.

Kind regards,
Oakmere Utilities Recruitment`, 'Interview confirmation'),

  rej('interview', ['generic'], { ...offered },
    `Hi Ishita,

Thanks for meeting Tom and me on Thursday. I'm sorry to say we won't be taking your application to the next stage.

If you'd like to know more about how the interview went, drop me a line and I'll arrange a short call.

Best,
Nicola Reed
HR Advisor, Oakmere Utilities`, 'Data Analyst Graduate - outcome'),

  other(`hi Mom, had the Oakmere interview today, went ok I think. also the Dutch Water offer paperwork is done!! will call on sunday`, 'update'),

  rej('application', ['role_closed'], {},
    `Dear Ishita,

Thank you for your application for the AI Research Intern position at Fjordbyte AS, Oslo.

The position has been withdrawn, and we will not be filling it this spring. Therefore we are not able to proceed with your application.

Best regards,
Fjordbyte AS`, 'AI Research Intern - Fjordbyte'),

  other(`Dear Ishita,

You have been invited to a Codility test for the Graduate Software Engineer (Data) role at Aldergate Technologies, Cambridge. The test contains three tasks and must be completed within 120 minutes.

Reminder: this invitation expires on 3 March. We regret that expired invitations cannot be reissued.

Aldergate Technologies Early Talent`, 'Codility test invitation - Aldergate'),

  rej('assessment', ['role_closed'], {},
    `Hi Ishita,

Thanks for completing the Codility test. I need to let you know that the Graduate Software Engineer (Data) hiring has been cancelled for this year after the business reviewed its headcount. That means we won't be taking your application any further, whatever the test result.

Apologies for the disappointing news.

Ravi Chandran
Early Talent, Aldergate Technologies`, 'Graduate Software Engineer (Data) - cancelled'),

  rej('application', ['generic'], {},
    `Dear applicant,

We have received your application for Werkstudent Data Analytics (m/w/d). Unfortunately, we must inform you that we have chosen not to consider your application further.

Mit freundlichen Grüßen / Kind regards
Recruiting, Bavaria Logistik AG`, 'Ihre Bewerbung / Your application'),

  other(`Hi Ishita,

Thanks for your time today. As promised, here's a summary of next steps for the Data Scientist (Graduate) role at Tallow Street Capital: a technical interview with two of the team next week, then a final round with the Head of Data.

Unfortunately our calendars are full, so I'll send times on Monday. Keep you posted!

Becky Ward
Recruiter, Tallow Street Capital, London`, 'Next steps'),

  rej('final', ['generic'], { ...door },
    `Dear Ishita,

Thank you for taking part in the final round for the Data Scientist (Graduate) role at Tallow Street Capital. It was a pleasure getting to know you.

After very careful consideration we've decided to offer the role to another candidate. We'd be delighted if you kept an eye on our openings and applied again.

Kind regards,
Becky Ward
Tallow Street Capital`, 'Data Scientist (Graduate) - final decision'),

  rej('application', ['profile_mismatch', 'skills_gap'], { ...fb },
    `Hi Ishita,

Thank you for applying for Data Analyst at Liffey Health. We reviewed your CV and we don't think it's the right fit for this position, which needs several years of clinical data experience.

Best,
Liffey Health Talent`, 'Liffey Health - Data Analyst'),

  other(`Dear Ishita,

We are happy to let you know that your application for the Graduate Data Analyst role at Quayside Retail Group is active again now that the hiring freeze has lifted. We'd like to invite you to a final interview with the Head of Analytics.

Thanks for your patience over the last two months.

Ciara Doyle
Talent Partner, Quayside Retail Group`, 'Graduate Data Analyst - back on'),
];
