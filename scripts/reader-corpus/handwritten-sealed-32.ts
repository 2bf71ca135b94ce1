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

  rej('screen', ['profile_mismatch'], {},
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

In the end, the board felt the other finalist's experience scaling a platform organisation was a slightly better match for where we are now.

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

  rej('application', ['profile_mismatch'], { ...door },
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

  rej('interview', ['profile_mismatch'], { ...offered, ...door },
    `Hi Zoe,

Thank you for interviewing for the Senior UX Researcher role. The panel enjoyed hearing about your healthcare work.

We've decided to go with someone who has more experience with quantitative methods at the scale we operate. I know that's a bit vague, so if you want more detail, reply here and I'll set up 20 minutes with the hiring manager.

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

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Aditi,

Thanks a lot for your application for Business Development Associate. I've been through your CV and I don't think this particular role is the one for you — it's heavily outbound sales and your experience is mostly in events.

We post new roles regularly, so do keep looking.

Cheers,
Ollie
Founder, Tandem Tours`, 'Business Development Associate'),

  rej('assessment', ['skills_gap'], { ...fb },
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
];
