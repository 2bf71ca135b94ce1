/**
 * Development messages of the hundred-and-first round: the exact set of reasons. About half the declines give two
 * or three separate reasons, each told in its own words and often far apart in a long letter (an on-site rule early
 * and a budget line near the sign-off; an internal move beside a named missing system; a test result beside a
 * missing licence). The other half give one reason, set among words that only sound like a second one: praise of
 * long experience that does not call the candidate overqualified, "our values" and "the team" in boilerplate, "at
 * this time" and "for now", a competitive-salary footer, an office address in a signature, a quoted advert's list of
 * requirements, "many strong candidates" beside a named requirement. Tracking-system templates, HR letters, agency
 * recruiters, hiring managers and founders write them, at every stage, in British, American, Indian, Australian,
 * Kenyan and Filipino English. A few paused processes and look-alikes that decline nothing close the set.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d101-');

export const HANDWRITTEN_DEV_101: readonly CorpusLine[] = [
  // ── Two (or three) reasons, told apart
  rej('interview', ['location', 'salary'], { ...fb },
    `Dear Hannah,

Thank you for making the trip to see us last Thursday, and for the time you gave to Graham and me. We both enjoyed hearing about the warehouse consolidation you led at Pennine Foods.

I wanted to be open with you about where we landed. The Supply Planning Lead role has to be on site in Leeds four days a week; the planning desk sits next to the production floor and that isn't going to change this year. From our conversation I understood that three days a week would be your limit given the commute from Harrogate, and we didn't think it fair to offer on a basis that wouldn't work for you.

We spent some time discussing whether there was any flexibility in the rest of the package. Having gone back to finance, we also felt the budget for the post sits below what you told us you're looking for (you mentioned £58k as a floor, and the band tops out at £52k), so even with the travel question set aside we would be asking you to take a step back.

So, with regret, we won't be taking your application further. Thank you again for being so straightforward with us.

Kind regards,
Alison Tranter
Operations Director
Kirkgate Bakeries Ltd | Unit 4, Stourton Industrial Estate, Leeds LS10`, 'Supply Planning Lead'),

  rej('interview', ['internal_candidate', 'skills_gap'], { ...fb },
    `Hi Rahul,

Thanks again for the two conversations last week. I'm writing to let you know the outcome for the Finance Systems Analyst position.

We've offered the post to a colleague who has been covering it on an interim basis since March, and she has accepted. I'll be honest that this was close.

Separately, and for what it's worth for your search: the panel noted that we also need hands-on SAP S/4HANA experience for this role, particularly on the FI-CO side, and your background is mostly Oracle Fusion. That would have been a gap for us in any case.

Wishing you all the best,
Meera Kulkarni
HR Business Partner, Vastrakar Textiles Pvt Ltd, Pune`, 'Finance Systems Analyst - outcome'),

  rej('application', ['overqualified', 'salary'], { ...fb, ...door },
    `Hi Doug,

Thanks for sending your resume over for the Inside Sales Rep opening. I'll be straight with you because I'd want the same.

You've run regional sales teams of 40+ people for fifteen years. This is an entry-level seat making outbound calls, and I think you'd be bored inside a month. On top of that, the base on this one is $48K plus commission, and you noted you're targeting something north of $110K. We just can't get close.

If we ever open a sales director role (and we might next year), you'd be one of the first people I call. Mind if I keep your info?

Take care,
Brent Kowalski
Founder, Ridgeline HVAC Supply, Boise ID`, 'Re: Inside Sales Rep'),

  rej('final', ['culture_fit', 'skills_gap'], { ...fb, ...offered },
    `Dear Aoife,

Thank you for spending the whole day with us at the final panel on Tuesday. I know it was a long one.

The panel have now met and I'm sorry to tell you we will not be offering you the Senior Product Designer position.

There were two things that came through in the debrief. The first is about working style: our design team works in very open, noisy critique sessions several times a week, and a couple of the panel felt that you were more comfortable presenting finished work than showing it early and rough. That isn't a flaw, but it is how we work and we felt it might be a difficult fit.

The second is more concrete. We need someone who has designed for native mobile (iOS and Android) at scale, and your portfolio is almost entirely web. The exercise you presented was strong but stayed on desktop.

If you'd like to talk any of this through, I'm glad to set up a call.

Best wishes,
Sinead Walsh
Head of Design, Brightwater Health, Dublin`, 'Your final panel'),

  rej('final', ['position_filled', 'profile_mismatch'], {},
    `Dear Mr. Okonkwo-Baptiste,

Thank you for participating in the final round for the position of Regional Compliance Officer.

We have now concluded the process, and an offer has been made to and accepted by another candidate. We also felt, on reflection, that your background overall was not as close a fit to the profile of this position as that of other finalists.

We appreciate the time you invested.

Sincerely,
Human Resources
Tamarack Mutual Insurance Company`, 'Regional Compliance Officer'),

  rej('application', ['role_closed', 'internal_candidate'], {},
    `Hello Grace,

Quick update on the Marketing Coordinator role you applied for in September. We're no longer recruiting for it externally. The department has been restructured and the remaining work is being picked up by someone already on the team who's moving across from events.

Sorry it's not better news.

Wanjiru Kamau
People & Culture, Savanna Crest Hotels, Nairobi`, 'Marketing Coordinator'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Joel,

Thanks for completing the online numerical and verbal reasoning tests for the Graduate Quantity Surveyor scheme.

Your verbal score was comfortably above our threshold, but the numerical section came in at the 28th percentile against a pass mark of 40, so we aren't able to move you to interview.

Our scheme also requires a RICS-accredited degree, and from your application your BSc in Geography is not on the accredited list, which would have stopped things at a later stage anyway.

Regards,
Early Careers Team
Hollis Marsh Construction`, 'Your graduate application'),

  rej('screen', ['location', 'skills_gap'], { ...fb, ...door },
    `Hi Bianca,

Great chatting yesterday. I've spoken to the hiring manager at my client and unfortunately it's a no for the Melbourne Payroll Officer job.

Two reasons, really. First, they need someone who already has full working rights in Australia. The bridging visa situation you described is something they aren't in a position to work around. Second, they were really keen on someone who's used Chris21 or ADP Freedom day to day, and you've mostly been on Xero Payroll.

Neither is a reflection on you. I'll keep you on my radar for Xero-based roles, which I see plenty of.

Cheers,
Liam Pearce
Senior Consultant | Southern Cross Recruitment
Level 9, 120 Collins St, Melbourne VIC 3000`, 'Payroll Officer - update'),

  rej('interview', ['overqualified', 'culture_fit'], { ...fb },
    `Hi Margaret,

I've had a chance to talk to Pete and Sanjay about Friday. We've decided not to move forward, and I'd rather tell you why than send a form letter.

Your experience goes well beyond what this role needs. You've been running finance for a 300-person business; this is a bookkeeping role in a company of nine, and we worried you'd find it limiting very quickly.

And, honestly, we're a very informal, everybody-does-everything shop. From the way you described your ideal setup (clear reporting lines, a defined remit) we think you'd find us chaotic. That's on us as much as you.

Thanks for coming in,
Claire Dempsey
Co-founder, Little Harbour Ceramics`, 'Friday'),

  rej('interview', ['skills_gap', 'salary'], { ...fb },
    `Dear Mr Mutua,

RE: APPLICATION FOR THE POST OF SENIOR ACCOUNTANT

Reference is made to your interview held on 12th June at our Westlands office.

We regret to inform you that your application was not successful. The panel noted that the position requires full CPA(K) certification, and you indicated that you are yet to complete Section 6. In addition, your stated salary expectation of KES 280,000 is above the approved scale for this grade.

We wish you well in your future endeavours.

Yours faithfully,

Beatrice Achieng
Human Resource Manager
Rift Valley Agro Processors Ltd`, 'APPLICATION FOR THE POST OF SENIOR ACCOUNTANT'),

  rej('application', ['location', 'skills_gap'], { ...fb },
    `Hi Carlo,

Thank you for your interest in the Clinical Pharmacist role at St. Aurelia Medical Center.

After reviewing your application, we are unable to proceed. This position requires an active California pharmacist license, which we were unable to confirm for you. It is also a fully on-site role in Sacramento and your application indicated you are seeking remote work only.

Sincerely,
Talent Acquisition
St. Aurelia Medical Center

This email was sent from an unmonitored mailbox. Please do not reply.`, 'Your application for Clinical Pharmacist'),

  rej('final', ['position_filled', 'internal_candidate'], { ...door },
    `Hi Femi,

I wanted to let you know personally before the system email goes out. We've now filled the Head of Data role. After the final round it came down to you and one other person, and we've made the offer to Kayode, who has been leading our analytics team on an interim basis for the past year. He's accepted.

Your session on the pricing model was excellent. Please keep an eye on our careers page; we'll be hiring two senior analysts under Kayode in Q1 and I'd love to see you apply.

Best,
Tolu Adebanjo
CEO, Corrine Payments Ltd, Lagos`, 'Head of Data'),

  rej('interview', ['culture_fit', 'profile_mismatch'], {},
    `Dear Candidate,

Thank you for interviewing with Northwind Outdoor Co. for the Store Manager role.

After much consideration, we've concluded that you are not the best fit for our team culture at this store, and that other candidates' backgrounds more closely matched what we need for this position.

We appreciate your interest and wish you the best.

Northwind Outdoor Co. Recruiting`, 'Store Manager - Interview Update'),

  rej('application', ['role_closed', 'location'], { ...fb },
    `Hi Priscilla,

Thanks so much for applying to the Customer Success Associate role at Pindot. Two pieces of news, neither great, sorry!

First, the Manila-based version of the role has been put on ice as of this week. Leadership decided to pause the APAC team expansion until after the funding round closes, so we're not continuing with any applicants for it.

Second, I did look at whether we could move you to the US-timezone version, but that one requires US work authorization, which I don't think you have based on your form.

I'm sorry this one didn't work out.

Mika Reyes
Recruiting, Pindot`, 'Pindot - your application'),

  rej('assessment', ['assessment', 'culture_fit'], { ...fb },
    `Hey Theo,

Thanks for doing the paired-programming exercise with Ana and Rohan. We're not going to move ahead, and I want to give you the honest version.

On the technical side, you got the parser working but didn't get to the error handling at all in the 90 minutes, and that was the bit we weight most. On the collaboration side, both of them felt you went heads-down and didn't really talk through what you were doing. We pair literally all day here, so that matters a lot to us.

Appreciate your time.

Sam
Eng Lead, Quillfeather`, 'pairing exercise'),

  rej('screen', ['salary', 'location'], { ...fb },
    `Hi Ethan,

Thanks for the call on Monday. I've had a chat with the client and, unfortunately, they've decided not to progress.

The main issue is salary. You're at $165K and looking for a move up; their range for this is $130-145K and they are not moving on it. Also, as we discussed, they want people in their Austin office three days a week, and relocating from Denver wasn't something you were keen on.

Sorry I don't have better news. I'll keep looking for you.

Regards,
Jessica Tran
Principal Recruiter, Longhorn Talent Partners`, 'Client update'),

  rej('final', ['skills_gap', 'position_filled'], { ...fb },
    `Dear Dr. Salonga,

Thank you for attending the final interview for the post of Medical Affairs Manager.

We regret to inform you that we have extended an offer to another candidate, who has accepted.

The committee felt that your clinical background is strong, but that the role requires at least three years of direct experience in regulatory submissions to the FDA Philippines, which your CV did not show.

Thank you for your interest in Halcyon Pharma Philippines.

Respectfully,
Ma. Lourdes Castillo
HR Manager, Halcyon Pharma Philippines Inc., Makati City`, 'Medical Affairs Manager'),

  rej('interview', ['internal_candidate', 'role_closed'], {},
    `Hi Nikhil,

I'm sorry for the silence since your interview. Things shifted quite a bit here.

The Data Engineer role has been closed. We've reorganised the platform team, and one of our existing engineers is moving across to cover the work that the new hire would have done.

I'm sorry we took up your time, and thank you for being patient.

Regards,
Ankita Bose
Engineering Manager, Tradewinds Logistics, Bengaluru`, 'Data Engineer role'),

  rej('application', ['overqualified', 'location'], { ...fb },
    `Dear Ms. Chen,

Thank you for applying for the Administrative Assistant position with the Lakeshore Township Library District.

After review of your materials, we have determined not to move forward. With more than twenty years as an executive assistant to C-suite leaders, your experience is considerably beyond the scope of this part-time clerical role. In addition, this position is in-person at our Branch 3 location, and your application indicates you reside in Portland, OR and are not planning to relocate.

We thank you for your interest in public service.

Sincerely,
Human Resources Department
Lakeshore Township Library District`, 'Administrative Assistant - Application Status'),

  rej('final', ['salary', 'profile_mismatch'], { ...fb, ...offered },
    `Hi Olivia,

Thanks so much for coming in for the final round and meeting the founders. I'm sorry to say we've decided not to extend an offer.

There were a couple of things. We didn't feel your background lined up as closely with what we need for this stage of the company as some of the other finalists. And, to be fully transparent, the number you shared for base was beyond what we have for this seat.

If you'd like more detail, I'm happy to jump on a quick call.

Best,
Jordan Fields
Head of Talent, Kestrel Labs`, 'Kestrel Labs - final round'),

  rej('interview', ['skills_gap', 'location', 'salary'], { ...fb },
    `Hello Anjali,

Thank you for your time on the video interview for the Senior Dietitian role.

We won't be proceeding with your application, and there are three reasons I want to be clear about.

1. The position requires registration with the HCPC, and your current registration is with the Indian Dietetic Association only.
2. The post is based at our Aberdeen clinic, and from our discussion we understood you would need visa sponsorship, which this post is not eligible for.
3. Your salary expectation of £48,000 is above Band 6 for this role.

I hope this is useful.

Kind regards,
Fiona MacLeod
Recruitment Officer, Granite City Health Partnership`, 'Senior Dietitian - interview outcome'),

  rej('assessment', ['assessment', 'profile_mismatch'], {},
    `Dear Applicant,

Thank you for completing the case study for the Business Analyst (Retail Banking) role at Meridian Federal Savings.

Following review, your submission did not meet the standard required to progress. In addition, we have identified other candidates whose overall experience more closely matches the requirements of the position.

We appreciate your interest in Meridian.

Meridian Federal Savings Talent Acquisition
This is an automated message. Replies to this address are not monitored.`, 'Meridian Federal Savings: Application Update'),

  rej('interview', ['culture_fit', 'location'], { ...fb },
    `Hi Dan,

Thanks for making time for the interview last week with me and Jules.

We've decided not to move you forward. We really value in-person collaboration here (the whole team is in our Bristol studio every day) and you were very clear that you want to stay fully remote from Cornwall. We also felt that the very structured, process-led way you like to work would rub against how chaotic an eight-person agency can be.

All the best with the search,
Harriet Moss
Studio Director, Fold & Found`, 'Re: Account Manager interview'),

  rej('screen', ['overqualified', 'profile_mismatch'], { ...fb },
    `Hi Ramesh,

Thanks for taking my call on Wednesday. I've discussed your profile with the hiring team for the Junior QA Tester position. They feel you are overqualified for what is a very junior manual-testing role, and that generally your profile is not the right match for this opening.

Regards,
Pooja Iyer
Talent Acquisition, Nimbus Softlabs, Hyderabad`, 'Junior QA Tester'),

  rej('final', ['internal_candidate', 'skills_gap'], { ...fb, ...offered },
    `Hi Rebecca,

Thank you for coming in for the final stage on the 3rd. I'm afraid we won't be offering you the position.

The decision was hard. In the end we appointed someone who is already part of our property team and who knows the portfolio inside out.

I also want to share one thing from the panel: the role needs a full driving licence because of the site visits across the county, and you told us you don't currently drive. That would have been a real obstacle.

If you'd like to talk it over, call me any afternoon this week.

Kind regards,
Jenny Harcourt
HR Manager, Wealdstone Housing Association`, 'Property Officer'),

  rej('application', ['role_closed', 'salary'], { ...fb },
    `Hi Kerry,

Sorry to say the Event Producer role is no longer going ahead. Budget cuts hit us harder than expected this quarter and the position has been pulled.

For full transparency too, the salary you put on your application ($95K) was well over what we'd budgeted for that role even before the cut, so I didn't want you to think there was a chance later.

All the best,
Gemma O'Riordan
Operations, Tidewater Events, Perth WA`, 'Event Producer'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Arjun,

Thank you for attending the technical interview for the Embedded Software Engineer position.

After consideration we will not be continuing with your application. The interviewers noted limited experience with RTOS (FreeRTOS or Zephyr) and with writing bare-metal drivers, both core to this role. We also interviewed candidates whose overall experience more closely matched the position.

Regards,
HR Team
Vayu Avionics Pvt Ltd`, 'Embedded Software Engineer - Interview Result'),

  rej('final', ['culture_fit', 'salary'], { ...fb },
    `Hi Jasmine,

Really appreciate you coming in for the onsite. We've decided not to move forward, and I'd like to tell you why.

A couple of people in the loop felt that the way you described managing (very top-down, with you making most of the calls) is quite different from how our teams run, where leads mostly coach and let engineers own decisions.

Also, your expectation of $240K base is above where we landed for this level, and we weren't able to get an exception approved.

Thanks again,
Marisol Duarte
VP Engineering, Cobalt Loop`, 'Onsite follow-up'),

  rej('application', ['location', 'internal_candidate'], { ...fb },
    `Hello Kwame,

Thank you for applying to the Field Service Technician post in Mombasa.

Unfortunately, we are only able to consider applicants who are already resident in the Coast region for this post. We have also since filled the vacancy through an internal transfer from our Kilifi depot.

Kind regards,
Human Resources
Bahari Engineering Services Ltd`, 'Field Service Technician'),

  rej('interview', ['overqualified', 'skills_gap'], { ...fb },
    `Hi Steve,

Thanks for chatting with us on Zoom. We've decided not to proceed.

You've got 25 years in operations leadership, and this is a coordinator role reporting to someone who'd have a lot less experience than you; we don't think that would work for either side. Also, the job is mostly about running our Salesforce instance, and you told us you've never used Salesforce.

Best of luck,
Kate Li
Head of Ops, Lumenwell`, 'Ops Coordinator'),

  rej('final', ['role_closed', 'position_filled'], {},
    `Dear Amara,

Thank you for your patience after the final interviews for the two Project Manager positions.

One of the two positions has now been filled. The second has been cancelled following a review of the programme budget, so we are no longer recruiting.

We are sorry not to bring better news.

Yours sincerely,
Recruitment Team
Ashgrove Council`, 'Project Manager recruitment'),

  rej('assessment', ['assessment', 'location'], { ...fb },
    `Hi Maya,

Thanks for submitting the take-home for the Frontend Engineer role.

The team reviewed it and decided not to continue. The main issues were accessibility (several controls had no labels and keyboard navigation broke in the modal) and the state management got quite tangled.

We also realised that the role is for our London office with a hybrid requirement and you'd said you're in Lisbon without plans to relocate, which we should have caught earlier, apologies.

Cheers,
Tom Ashby
Engineering, Threadnote`, 'Your take-home'),

  rej('interview', ['position_filled', 'salary'], { ...fb },
    `Hi Sipho,

Thanks again for your time interviewing for the Sales Engineer role.

The role has now been filled. I'll also mention that your salary expectation was a challenge for us at this level.

All the best,
Nadia Peters
Recruitment Lead, Karoo Systems`, 'Sales Engineer'),

  rej('screen', ['skills_gap', 'culture_fit'], { ...fb },
    `Dear Jeric,

Thank you for taking the time to speak with me on the phone regarding the Team Leader – Collections post.

We have decided not to proceed. The account requires at least two years of team-leading experience in collections, while your leadership experience so far is in technical support. I also shared your answers about preferring fixed schedules with the operations manager, and she felt you might find it hard to fit into our rotating shift culture, where leads move between teams weekly.

Salamat po for your interest, and good luck.

Roselle Mendoza
Recruitment Specialist, BrightPath Outsourcing, Cebu IT Park`, 'Team Leader – Collections'),

  rej('final', ['overqualified', 'internal_candidate'], { ...fb },
    `Dear Mr Ferreira,

Further to your final interview for the role of Finance Manager, I am writing to confirm that we will not be proceeding with your application.

The appointment has gone to an existing member of staff. The panel also felt that your considerable experience, including two CFO roles, exceeds what this position requires.

Yours sincerely,
Paul Wakefield
Company Secretary, Thornbury Mills plc`, 'Finance Manager'),

  rej('application', ['skills_gap', 'role_closed'], { ...fb },
    `Hi Lucía,

Thanks for applying for our Spanish-language Support role. We've had to close this role as the Latin America launch has been pushed back indefinitely.

I did want to mention, because you asked in your cover letter: the role required native-level Portuguese as well as Spanish, so it may not have progressed regardless.

Regards,
Support Hiring, Gridbox`, 'Support role update'),

  rej('interview', ['location', 'position_filled'], { ...fb },
    `Hi Chloe,

Sorry it's taken a bit to get back to you. We've now offered the Vet Nurse role to another candidate and she has accepted.

I also had a think about what you said on relocating from Brisbane to Toowoomba, and I think with the move being uncertain we'd have struggled to hold the role for you anyway.

Thanks for coming out to meet us,
Dr Michelle Burke
Practice Owner, Range View Veterinary Clinic`, 'Vet Nurse role'),

  rej('interview', ['assessment', 'skills_gap'], { ...fb },
    `Dear Vikram,

Thank you for attending the interview and the written Excel test for the MIS Executive role.

We will not be moving forward. Your test score was 11 out of 25 against a pass mark of 18; the pivot tables and VLOOKUP sections were largely incomplete. The interviewers also noted that you have not yet worked with Power BI, which is a core requirement.

Regards,
HR Department
Sagar Ceramics Ltd, Morbi`, 'MIS Executive - Result'),

  rej('final', ['culture_fit', 'internal_candidate'], {},
    `Hi Tom,

Thank you for the time at the assessment centre and for your patience since.

We have decided to appoint an internal candidate to the Graduate Analyst role. In the debrief the assessors also noted concerns about fit with our team culture and values, particularly in the group exercise.

Best wishes,
Graduate Recruitment, Pellham & Shaw LLP`, 'Assessment centre outcome'),

  rej('interview', ['salary', 'overqualified'], { ...fb, ...door },
    `Hi Ruth,

Thank you for meeting with me on Tuesday. I enjoyed it.

I've decided not to offer you the Practice Administrator post. You've managed a large GP surgery for a decade, and the role here is two days a week, mostly reception cover and the rota; I think it's a good deal below your level. And the hourly rate we can pay (£13.50) is a long way from the £20 you quoted, which I understand completely.

If we ever look for a practice manager I'll be in touch, if that's all right.

Best wishes,
Dr Nicola Hart
Partner, Ferry Lane Dental`, 'Practice Administrator'),

  rej('application', ['profile_mismatch', 'location'], { ...fb },
    `Dear Samuel,

Thank you for your application for the Logistics Officer post with Tumaini Relief.

We regret to inform you that you have not been shortlisted. Your profile did not match the requirements of the post as closely as those of other applicants. We also note that this is a national position and applicants must hold Ugandan citizenship.

Best regards,
Human Resources, Tumaini Relief – Kampala`, 'Application outcome'),

  rej('final', ['assessment', 'position_filled'], { ...fb },
    `Dear Ikechukwu,

Thank you for attending the full assessment day for the Trainee Air Traffic Controller programme.

Your results on the simulator exercise were below the required standard (your separation errors exceeded the allowed threshold in the second scenario). All places on the current intake have also now been filled.

Regards,
Selection Team
Northern Skies ATC Training`, 'Assessment day outcome'),

  rej('screen', ['role_closed', 'profile_mismatch'], {},
    `Hi Ben,

Thanks for the phone chat on Thursday. The Growth Marketing role has been frozen as part of a wider hiring freeze, so we won't be progressing anyone. Also, having spoken internally, I don't think your background was quite the match for what the team needed.

All the best,
Ellie
Talent, Crumbly Biscuit Co`, 'Growth Marketing'),

  rej('interview', ['skills_gap', 'internal_candidate', 'salary'], { ...fb },
    `Hi Paolo,

Thanks for interviewing for the IT Infrastructure Lead role.

We've decided to promote one of our senior sysadmins into the position. I also want to be upfront that two other things were working against us: we need someone with hands-on VMware vSphere and NSX experience, which you mentioned you haven't done, and the figure you gave us (PHP 180,000 monthly) is above the rate for this position.

Thank you,
Jon-Jon Villanueva
IT Director, Luzon Agri Holdings, Quezon City`, 'IT Infrastructure Lead'),

  rej('application', ['overqualified', 'profile_mismatch'], { ...fb },
    `Hi Gregory,

Thanks for applying to the Junior Copywriter job. After reviewing your portfolio, we're not going to move forward. You're clearly overqualified for a junior role, and overall your profile just isn't the match we need for this seat.

Thanks,
The team at Pebble & Oak`, 'Junior Copywriter'),

  rej('interview', ['position_filled', 'culture_fit'], {},
    `Hi Rosa,

Thanks for taking the time to meet the team. We've extended an offer to another candidate, who accepted yesterday.

Just so you know, when we debriefed, the team felt the other candidate's working style suited our small, highly collaborative team a bit better.

Take care,
Andrea Ruiz
Owner, Olla Kitchen Catering`, 'Catering Lead'),

  rej('final', ['skills_gap', 'assessment'], { ...fb, ...door },
    `Dear Kimani,

Thank you for participating in the final stage of the recruitment for Senior Civil Engineer.

The panel regrets that you were not successful. While your interview was strong, the structural design exercise did not meet the standard required; the load calculations in Part B contained errors. We also require registration with the Engineers Board of Kenya as a Professional Engineer, which you have not yet obtained.

We encourage you to apply again once you are registered.

Yours sincerely,
Esther Njoroge
Head of HR, Kilima Consulting Engineers`, 'Senior Civil Engineer - Final Stage Outcome'),

  rej('interview', ['role_closed', 'overqualified'], { ...fb },
    `Hi Arthur,

I'm afraid I have to let you know we won't be taking your application any further. The Assistant Warehouse Manager position has been cancelled following the merger with Coldwell. The team also felt your experience, running three distribution centres, would have been well beyond the scope of the role.

Best regards,
Sam Whitlock
Regional Manager, Frostline Chilled Logistics`, 'Assistant Warehouse Manager'),

  rej('screen', ['location', 'culture_fit'], { ...fb },
    `Hey Alex,

Thanks for the call. Unfortunately we're not moving ahead. The role is in-person in our NYC office and you'd mentioned you're looking to stay in Philly. The team also felt it might not be the right culture fit.

Best,
Rachel
Recruiting, Hazelnut`, 'Re: Product Ops call'),

  rej('final', ['internal_candidate', 'profile_mismatch'], { ...offered },
    `Dear Shreya,

Thank you for taking part in the final round for Associate Director, Strategy.

We have decided to appoint an internal candidate. The panel also felt that other finalists had backgrounds that more closely matched the brief.

If you'd like feedback, please let me know and I'll arrange a call with the panel chair.

Warm regards,
Kavya Menon
Talent Acquisition, Indus Bridge Capital, Mumbai`, 'Associate Director, Strategy'),

  rej('assessment', ['assessment', 'salary'], { ...fb },
    `Hi Josh,

Thanks for doing the writing test. The editors felt the piece read more like marketing copy than journalism, and the sourcing wasn't strong enough for us, so we won't be moving on.

Also, I should have said up front: your rate of $0.80/word is double what we pay freelancers.

Thanks,
Hollie, Managing Editor, The Quarterly Ledger`, 'writing test'),

  rej('interview', ['profile_mismatch', 'salary'], { ...fb },
    `Hi Aditya,

Thank you for your time on the interviews. We will not be moving forward.

The panel felt that other candidates were a closer match for what we need in this role. Your compensation expectations were also above our range.

Best regards,
Recruiting Team, Forgepoint Analytics`, 'Forgepoint Analytics - Interview Update'),

  // ── One reason, with words that only sound like a second
  rej('interview', ['profile_mismatch'], {},
    `Dear Patrick,

Thank you for interviewing for the Operations Manager role. Your long experience across logistics and manufacturing, over twenty years by our count, came through clearly and the panel enjoyed the conversation.

After careful consideration we have decided to progress with candidates whose experience more closely matches the specific requirements of this role.

At Harrow & Vale, our values of integrity, teamwork and care guide everything we do, and we thank you for your interest in joining our team.

Kind regards,
Talent Team, Harrow & Vale Group`, 'Operations Manager - update'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Naledi,

Thank you for applying for the Data Analyst role. We had many strong candidates for this position.

The role requires at least two years of hands-on SQL work in a production setting, and from your CV your SQL experience has been in coursework so far, so we won't be taking your application forward at this time.

Best wishes,
Recruitment, Oakfield Energy`, 'Data Analyst application'),

  rej('application', ['generic'], {},
    `Dear Mariel,

Thank you for your interest in the Accounts Payable Specialist position.

After reviewing all applications, we regret that we will not be moving forward with yours at this time.

We offer a competitive salary, HMO coverage from day one, and a collaborative culture where our people come first.

Sincerely,
Talent Acquisition
Pacific Harbor Shared Services, Inc.
12F Ayala Tower One, Makati City, Philippines

This is a system-generated email. Please do not reply.`, 'Your application - Accounts Payable Specialist'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Oscar,

Thanks for coming in to meet Lena and me on Monday. We've now offered the role to another candidate, who has accepted.

For now, we're not opening any other marketing roles, but we'll be growing the team next year and I'd be glad to hear from you then.

Best,
Kieran Boyle
Marketing Director, Hollowbrook Cider
Hollowbrook Cider | The Old Mill, Ledbury, Herefordshire | Our offices in Hereford and Bristol`, 'Marketing Executive'),

  rej('screen', ['location'], { ...fb },
    `Hi Tamsin,

Thanks for the chat this morning. I've spoken to the client and unfortunately they need someone who can be in their Manchester office every day, and you mentioned you're only able to commute in twice a week. So I'm afraid they won't be progressing.

You've got a fantastic background, and the team would have loved your energy.

Speak soon,
Rhys Morgan
Consultant, Ember Talent
Ember Talent | Offices in London, Manchester and Edinburgh | We're hiring too, ask about our competitive salaries!`, 'Client feedback'),

  rej('final', ['culture_fit'], { ...fb },
    `Hi Evan,

Thank you for spending the day with us for the final round.

Everyone agreed you're technically strong. Where we landed was around how we work: we run on written async proposals and debate in docs, and you told us several times you much prefer to settle things live in a room. We think you'd be frustrated here, and we'd rather say so now.

I'm sorry this isn't the outcome you hoped for.

Priya Shah
CTO, Inkwell Systems`, 'Final round'),

  rej('application', ['generic'], {},
    `Thanks for applying to Loomwise!

We've reviewed your application for Customer Support Specialist and unfortunately we won't be moving forward at this time.

Our team is growing fast and we're always looking for people who share our values of curiosity and kindness.

The Loomwise Team

Sent via Workable`, 'Your Loomwise application'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Ms Odhiambo,

Thank you for attending the interview for the post of Procurement Officer on 4th September.

We received many strong applications and interviewed several excellent candidates. The panel noted that the post requires membership of KISM and working knowledge of the Public Procurement and Asset Disposal Act, and felt your experience with the Act was limited.

We regret to inform you that you have not been successful on this occasion. Should you wish to receive further feedback, please contact the undersigned.

Yours faithfully,
Jane Wambui
For: Chief Executive Officer
Nyanza Water Works Development Agency`, 'Procurement Officer - interview outcome'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Colin,

Thank you for applying for our Junior Bookkeeper role. Having read your CV, you've spent over fifteen years as a finance director, and we think the role, which is mostly data entry and bank reconciliations, is very far below what you'd want to be doing.

We'd be glad to keep your details on file for more senior positions.

Kind regards,
Maisie Cartwright
Office Manager, Briarwood Estates`, 'Junior Bookkeeper'),

  rej('final', ['profile_mismatch'], {},
    `Hello Divya,

Thank you for your time during the final interviews for the Product Manager role. It was great to learn about your long experience building payments products.

At this time, we've decided to move forward with another finalist whose background more closely aligns with the needs of the role.

Regards,
Karthik Raman
Director of Product, Sundial Fintech, Chennai`, 'Product Manager - final round'),

  rej('interview', ['salary'], { ...fb },
    `Hi Leah,

Thanks for interviewing with us for the UX Researcher role. We really liked you.

I'm sorry to say we can't get to the number you mentioned. Your expectation of $145K is roughly $25K beyond our top of band, and after checking with finance we can't go there this year. So we're going to close out your candidacy rather than string you along.

Jenna Ortiz
People Ops, Wildflower Health
Wildflower Health | Competitive pay, equity, and fully remote from anywhere in the US`, 'UX Researcher'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Rohan,

Thank you for completing the HackerRank assessment for the SDE-1 position.

Your score was 142/300, below the cut-off of 200 required to proceed. The two graph problems were not attempted.

You may re-apply for SDE roles after 6 months.

Regards,
Campus Hiring Team
Zephyr Retail Technologies`, 'Assessment result - SDE-1'),

  rej('interview', ['internal_candidate'], {},
    `Hi Megan,

Thanks so much for interviewing for the Team Lead role. It was great to hear about your long track record leading support teams.

We've decided to fill the position internally with one of our current senior agents.

Take care,
Brooke Hansen
Customer Experience Manager, Tallgrass Outfitters`, 'Team Lead role'),

  rej('application', ['role_closed'], {},
    `Hello,

Thank you for your application for the Research Assistant post (ref. RA-2291).

We are writing to inform you that this vacancy has been withdrawn due to a change in funding, and we will not be taking applications further.

The University is committed to equality, diversity and inclusion and welcomes applications from all sections of the community.

Human Resources
University of Cardenshire`, 'Vacancy withdrawn: RA-2291'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Jay,

Appreciate you hopping on a call with me. After discussing with the hiring manager, we've decided your profile isn't the right fit for this position.

Our team is small and mighty and we care a lot about values, so we hire slowly. Thanks for understanding!

Cheers,
Dani
Talent, Sprout Robotics`, 'Sprout Robotics'),

  rej('final', ['position_filled'], { ...offered },
    `Dear Mr. Banerjee,

Thank you for participating in the final round of interviews for the Country Manager role.

I wanted to let you know that the position has now been filled.

Your decades of experience in FMCG across South Asia were much admired by the panel. Please don't hesitate to get in touch if you would like feedback on your interviews.

Warm regards,
Eleanor Pryce
Executive Search Partner, Hargreave Pryce Associates
London | Singapore | Mumbai`, 'Country Manager'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Jake,

Thanks for interviewing for the Electrician position. We've decided not to move forward. We need someone who already holds a Queensland electrical contractor licence and you told us you're still working toward yours.

Mate, you were easy to talk to, and the team liked you.

Cheers,
Darren Holt
Holt Electrical Services, Townsville`, 'Electrician role'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for applying for the position of Senior Auditor.

We received an unprecedented number of applications and, unfortunately, you have not been shortlisted.

About us: Greystone Audit LLP is a team of over 600 people with offices in Nairobi, Kampala and Kigali, offering competitive remuneration and a culture built on integrity.

Greystone Audit LLP – People Team`, 'Senior Auditor Application'),

  rej('application', ['location'], { ...fb },
    `Hello Andrés,

Thank you for your interest in the Software Engineer II role at Pinecrest.

Unfortunately, we're unable to move forward with your application because the role requires current authorization to work in the United States without sponsorship, now or in the future, and your application indicates you would need H-1B sponsorship.

Thank you for your understanding.

Pinecrest Recruiting
Please do not reply to this message.`, 'Regarding your application to Pinecrest'),

  rej('interview', ['culture_fit'], {},
    `Dear Laura,

Thank you for interviewing for the Senior Nurse position at Meadowbank Care.

Following the interview, we felt that you would not be the right fit for our team and its values.

Please accept our thanks for your interest.

Yours sincerely,
Recruitment, Meadowbank Care Homes`, 'Senior Nurse Interview'),

  rej('interview', ['generic'], {},
    `Hi Kofi,

Thank you for interviewing with the team for the Account Executive role. We appreciated your long experience in the sector.

After careful consideration we've decided to move forward with other candidates. For now, that's where things stand on our side.

All the best,
Recruiting, Calloway Media`, 'Account Executive interview'),

  rej('assessment', ['assessment'], {},
    `Hi Sofia,

Thanks for submitting your design challenge for the Junior Product Designer role. Unfortunately, it didn't meet the bar for the next round.

We're a team that values craft and curiosity, and we're grateful for the time you spent.

Warmly,
Design Hiring, Parcelbird`, 'Your design challenge'),

  rej('final', ['role_closed'], {},
    `Hi Imran,

I'm very sorry to write this after you made it to the final stage. The board has decided not to go ahead with the Head of Compliance hire this year, following a restructure of the risk function, so the role is closed.

We're grateful for all the time you gave us.

Regards,
Sarah Whitfield
HR Director, Lambert Reeve Asset Management`, 'Head of Compliance'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant,

Thank you for your application to the position of Registered Nurse - ICU.

This position requires a minimum of two years of ICU experience, as listed in the posting. Our review found that your application did not meet this requirement. We had a high volume of qualified candidates for this posting.

The Jobs Page for Rivermount Health lists all open positions. We are an equal opportunity employer.

Rivermount Health Talent Acquisition`, 'Rivermount Health: Update on your application'),

  rej('application', ['profile_mismatch'], {},
    `Hi Ngozi,

Thanks for your interest in the Partnerships Manager role and for the detailed note on your background.

We've reviewed your application carefully and decided not to move forward; other applicants' profiles matched what we're looking for more closely.

For context, here's what the role asked for:
- 5+ years in B2B partnerships
- Experience with channel sales in SaaS
- Fluency in French
- Willingness to travel up to 30%

Best,
Annika Voss
People Team, Stackline`, 'Partnerships Manager'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Marco,

Thanks for your time on the phone earlier. As discussed, the budget for the Project Engineer role is capped at AUD 115K and you're looking for 140K plus super, so I don't think it'll work this time.

Very happy to keep you on the books though. I'll ping you when a more senior role crosses my desk.

Cheers,
Sophie Grant
Engineering Recruitment, Bluegum Partners
Bluegum Partners | Sydney | Brisbane | Perth`, 'Project Engineer'),

  rej('interview', ['overqualified'], { ...fb },
    `Dear Hiroshi,

Thank you for attending the interview for the Lab Technician position.

Following discussion, the panel felt that with your PhD and postdoctoral experience you are overqualified for this role.

Yours sincerely,
Dr. Helen Marsh
Lab Manager, Wexcombe Biologics`, 'Lab Technician interview'),

  rej('final', ['internal_candidate'], { ...door },
    `Hi Caitlin,

Thanks so much for the time you put in across the whole process, including last week's final presentation.

We've decided to appoint someone from within the company to the Brand Manager role. I know that's disappointing.

We'd love to stay in touch. Please keep an eye on our careers page and apply again for future openings.

Warmly,
Holly Barton
Talent Lead, Greenleaf Pantry
Greenleaf Pantry | Our offices in Sydney and Auckland | B Corp certified`, 'Brand Manager - final'),

  rej('application', ['position_filled'], {},
    `Hi Aisha,

Thanks for applying for the Part-time Receptionist role. We have now filled the position.

Kind regards,
Front of House, Ashby Physio Clinic`, 'Receptionist'),

  rej('interview', ['location'], { ...fb },
    `Hi Tomasz,

Thanks for your interview last Wednesday with our Dublin team.

As we talked about, the Site Reliability Engineer role needs someone who can be on the on-call rota physically near our Dublin data centre, and your plan to stay in Gdańsk won't work for that. We won't progress your application.

Thanks for your patience,
Niamh Kearney
Talent Partner, Harbourgate Cloud
Harbourgate Cloud Ltd, 1 Grand Canal Quay, Dublin 2 | Registered in Ireland No. 654321`, 'SRE interview follow-up'),

  rej('interview', ['generic'], {},
    `Dear Mr. Ochieng,

Thank you for attending the interview for the position of Branch Manager.

We regret to inform you that your application was not successful at this time. We received applications from many candidates with long experience in banking.

We wish you success in your career.

Yours sincerely,
Human Resources Division
Mara Cooperative Bank`, 'Branch Manager Interview'),

  rej('assessment', ['generic'], {},
    `Dear Kiran,

Further to our conditional offer for the role of Relationship Manager, we write to inform you that we are unable to proceed with your employment following the outcome of our pre-employment background verification.

We thank you for your interest in Ganga Finserv.

Regards,
HR Operations
Ganga Finserv Ltd`, 'Pre-employment verification'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Carmen,

Thank you for interviewing for the Bilingual Customer Care Advocate role. We won't be moving forward.

We need advocates who can handle calls fully in Spanish and English, and during the Spanish section of the interview the panel felt your conversational Spanish wasn't yet at the level needed for medical calls.

Sincerely,
Keystone Benefit Services Talent Team`, 'Your interview'),

  rej('application', ['role_closed'], { ...door },
    `Hi Bella,

Thanks for applying to the Junior Developer role. Sadly, the role has been put on hold indefinitely due to budget constraints, so we're closing all applications.

We'd love to keep your details on file and reach out if it reopens.

Best,
Faye
Operations Manager, Kipling & Rowe Digital`, 'Junior Developer'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Nate,

Thanks for meeting the crew on Friday. We've decided not to move forward.

A few of us felt you'd be happier somewhere bigger. You talked a lot about wanting clear processes and specialist roles, and here everyone works across the whole kitchen, sometimes washing up, sometimes on the pass. That's just how we are.

Cheers,
Ollie
Head Chef, Saltbox Canteen, Fremantle`, 'Sous Chef'),

  rej('final', ['salary'], { ...fb },
    `Dear Ms. Nwosu,

Thank you for progressing to the final stage for the Legal Counsel position.

Having reviewed your expectations against our structure, we are unable to meet the compensation you requested (NGN 3.5m monthly against an approved maximum of NGN 2.4m). We will therefore not be making an offer.

We appreciate your time.

Regards,
Human Capital Department
Adamawa Cement Plc`, 'Legal Counsel'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Sean,

Thank you for the interview for the Solutions Architect role.

We have decided to move forward with candidates whose experience is a closer match. We know the team enjoyed speaking with you.

If you'd like to hear more, I'm happy to share feedback. Just reply to this email.

Kind regards,
Lydia Brennan
Talent Acquisition Partner, Cloudmere`, 'Solutions Architect'),

  rej('application', ['overqualified'], { ...fb },
    `Hi there,

Thank you for your application to the Warehouse Associate role. We feel your experience is far more senior than what this position requires, and so we will not be proceeding.

Regards,
Hiring, Crossdock Freight Co.`, 'Warehouse Associate'),

  rej('screen', ['position_filled'], {},
    `Hello Jasper,

Thank you for your time on our call last week. We have since filled the role with another candidate.

Regards,
Angeline Cruz
HR Associate, Isla Verde Resorts, Boracay`, 'Re: Front Desk Supervisor'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Ahmed,

Thank you for applying for the HGV Class 1 Driver vacancy.

Unfortunately, we are unable to proceed as the role requires a Class 1 (C+E) licence and a current Driver CPC card, and your application shows a Class 2 licence only.

Please do reapply once you have your C+E.

Kind regards,
Recruitment, Trentside Haulage`, 'HGV Driver vacancy'),

  rej('final', ['assessment'], { ...fb },
    `Hi Daniel,

Thanks for attending the final-stage selection day for the Graduate Trader scheme.

We've decided not to make you an offer. Your interviews went well, but your mental arithmetic test fell short: you scored 34 against the cut-off of 45, and the trading simulation showed you took positions well above the risk limit.

Best of luck,
Graduate Recruitment, Corbridge Markets`, 'Selection day outcome'),

  rej('interview', ['role_closed'], {},
    `Hi Farah,

A quick update: unfortunately the Community Manager role has been cancelled as we refocus the roadmap. We won't be proceeding with any candidates, and I'm sorry we won't be moving forward with you.

We really appreciated your time during the interviews.

Best,
Dev Malhotra
Founder, Tiffin Club`, 'Community Manager'),

  rej('application', ['location'], { ...fb },
    `Hi Joanne,

Thanks for your application for the Part-Time Teacher Aide role. Unfortunately, this role is on site at our Geelong campus five mornings a week and you've said you're based in Auckland with no plans to move. So we won't be progressing your application.

Kind regards,
Admin Team, Banksia Primary School`, 'Teacher Aide'),

  rej('interview', ['overqualified'], { ...fb },
    `Hi Geoff,

Thank you for the conversation on Tuesday. It was great to hear about your decades running newsrooms. We've decided not to move you forward. Honestly, this is a reporter role and you'd be years beyond it, with editorial experience that's more than the job needs. We think you'd be better served in a senior editor role.

All best,
Kate Dunne
Editor, The Harbour Weekly`, 'Reporter role'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Mia,

Thanks for the initial phone call. I've passed your details to the hiring manager, but they're looking for someone with at least 3 years of Revit experience on healthcare projects, which you don't have yet. So we're not progressing your application at this stage.

Regards,
Holly Zhang
Recruitment Consultant, Archway Talent`, 'Architectural Technician'),

  rej('final', ['position_filled'], {},
    `Hi Ellis,

Thanks for coming in for the final round. We've made an offer to another candidate and it's been accepted.

I'm sorry. Hope to cross paths again,
Jade Fairweather
Founder, Moth & Lantern Studio`, 'Final round'),

  rej('screen', ['generic'], {},
    `Hi Lerato,

Thanks for taking the time to chat with me on Tuesday about the Office Manager role. It was lovely to hear about your long experience supporting busy teams.

I wanted to let you know we've decided not to take your application to the next stage. We had a lot of strong people apply, and this one was very close.

Our team values honesty, so I wanted to tell you quickly rather than leave you waiting.

Best,
Carys
People, Driftwood Coffee Roasters`, 'Office Manager'),

  rej('final', ['generic'], { ...door },
    `Dear Thabo,

Thank you for attending the final interview and for supplying your referees. We regret that, following the reference checks, we are unable to offer you the position of Fleet Supervisor.

We will keep your CV in our talent pool for future vacancies.

Regards,
Human Resources
Ridgeway Transport Group
Head office: 14 Station Road, Kimberley | Competitive salaries and benefits`, 'Fleet Supervisor'),

  rej('application', ['generic'], {},
    `<p>Hi Zainab,</p>
<p>Thank you for applying to the <strong>Customer Insights Analyst</strong> role at Brightfold.</p>
<p>We carefully reviewed your application and, unfortunately, we will not be moving forward with it for now.</p>
<p>We appreciate your interest in Brightfold and the team here.</p>
<p>— Brightfold Talent</p>
<p style="font-size:10px">Powered by Greenhouse. You are receiving this email because you applied for a job at Brightfold. Unsubscribe</p>`, 'Important information about your application to Brightfold'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Gabriel,

Thanks for your time on the panel interview for Regional HR Generalist.

We've decided not to proceed. As listed in the advert ("PHR or SHRM-CP required; 5+ years in HR; experience with multi-state compliance; strong communication skills"), the certification was required, and you confirmed during the interview that you haven't sat for either exam yet.

Your experience in employee relations was impressive and the team enjoyed meeting you.

Best regards,
Courtney Blake
HR Director, Prairie Mutual Foods`, 'Regional HR Generalist'),

  rej('interview', ['position_filled'], {},
    `Dear Ms. Aquino,

Thank you for coming in for the interview for the position of Executive Assistant to the President.

We would like to inform you that the position has already been filled. Please be informed that we offer competitive compensation and a dynamic work environment, and we thank you for considering a career with us.

Very truly yours,
Human Resources Department
Manila Bayfront Holdings Corporation`, 'Executive Assistant position'),

  rej('application', ['internal_candidate'], {},
    `Hi Connor,

Thanks for applying for the Shift Supervisor role at our Leeds store. We've filled it from within the team, with one of our existing crew leads stepping up.

For now, there aren't any other supervisor vacancies in the area, but our jobs site updates every week.

Thanks,
Bryony
Store Manager, Brewline Coffee – Briggate, Leeds`, 'Shift Supervisor'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Priyanka,

Thank you for attempting the online aptitude test for the Management Trainee programme.

We regret that you did not clear the test. Your sectional score in logical reasoning (9/30) was below the qualifying mark of 15.

Regards,
Talent Acquisition
Shakti Steel & Power Ltd`, 'Online test result'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hi Marcus,

Thanks for the call on Monday. I've chatted with the hiring team and we won't be moving forward.

Honestly, when we talked through a typical week, it sounded like you're happiest working on your own with long stretches of focus, and this role is mostly in customer workshops with the wider team every day. We think the working style would be a real mismatch.

All the best,
Ivy
Talent, Blue Kettle Studios`, 'Blue Kettle'),

  rej('interview', ['role_closed'], {},
    `Hey Kai,

I'm so sorry. We've just found out that the funding for the Marine Field Technician role has fallen through, so the position won't be going ahead. I wanted to tell you straight after your interview last week.

Cheers,
Dr Libby Wallace
Reef Monitoring Program, James Cook Marine Institute, Townsville`, 'Field technician role'),

  rej('application', ['salary'], { ...fb },
    `Dear Mr. Kamau,

Thank you for your application for the post of Procurement Assistant.

Having reviewed it, we regret that we are unable to proceed. The salary of KES 150,000 stated in your application is well above the budget for this post.

Yours faithfully,
Human Resource Office
Jamhuri Schools Trust`, 'Procurement Assistant'),

  rej('final', ['overqualified'], { ...fb, ...door },
    `Dear Rajesh,

Thank you for participating in the final interviews for the Plant Supervisor role.

After careful deliberation, the committee felt that with 22 years of experience, including time as a plant head, your experience is significantly beyond what this role requires, and we are concerned the role would not hold your interest.

We would welcome your application for senior leadership openings in future.

Warm regards,
Deepa Nair
HR Head, Malabar Polymers Pvt Ltd`, 'Plant Supervisor final interview'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Tess,

Thanks for interviewing for the Program Coordinator role at Kudos Youth Foundation. After speaking with all the candidates, we felt your experience wasn't quite the right match for this role.

Kudos Youth Foundation
Offices in Melbourne and Geelong | Our values: respect, courage, community`, 'Program Coordinator'),

  // ── Paused, not declined
  hold('interview', ['role_closed'], {},
    `Hi Sana,

Thank you for your patience since your interview. I wanted to let you know that the Compliance Analyst role has been paused while we go through a budget review. No decision has been made on your application, and we hope to resume in January.

Best regards,
Hannah Lowe
Talent Partner, Coldharbour Bank`, 'Compliance Analyst - update'),

  hold('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying to the Graduate Engineer Trainee programme. Please note that the shortlisting process has been delayed owing to the high volume of applications. We expect to contact candidates by 30 November.

Regards,
HR, Kaveri Power Systems`, 'GET programme update'),

  hold('final', ['role_closed'], {},
    `Hi Amaka,

I'm sorry for the delay since the final round. The leadership team has put all new hiring on hold while we finalise next year's plan. You're still very much in the running, and I'll be in touch as soon as we have clarity.

Best,
Chike Obi
COO, Lumen Agritech`, 'Quick update'),

  hold('screen', ['generic'], {},
    `Hi Josie,

Thanks for the chat last week! Just a heads-up that the hiring manager is on leave until the 20th, so the next steps will be a bit slower than we hoped. Your application is still active.

Cheers,
Brendan
Recruiter, Kookaburra Labs`, 'Next steps'),

  hold('interview', ['role_closed'], {},
    `Dear Mr. Dela Cruz,

Thank you for attending the interview for Quality Assurance Supervisor. We wish to inform you that the position has been temporarily put on hold due to an ongoing reorganisation. Your application remains on file and we will update you once hiring resumes.

Respectfully,
HR Department, Mindanao Fresh Exports`, 'QA Supervisor position'),

  // ── Look-alikes: decline nothing
  other(`Hi Abena,

Thank you for applying for the Operations Analyst role at Harlow Freight. We've received your application and our team will review it shortly. Due to the volume of applications, it can take up to two weeks.

We offer a competitive salary and hybrid working from our offices in Manchester and London.

Harlow Freight Talent Team`, 'We received your application'),

  other(`Hi Leon,

Great news: we'd love to invite you to a final-round interview for the Backend Engineer role. It'll be onsite at our Austin office, four hours with the team. Could you share availability for next week?

Best,
Tara
Recruiting, Helix Forge`, 'Invitation: final round'),

  other(`Dear Neha,

Thank you for letting us know that you wish to withdraw your application for the Business Development Manager role. We have updated our records accordingly.

We wish you every success.

Regards,
Talent Acquisition, Orbis Pharma India`, 'Application withdrawn'),

  other(`Hi Callum,

Thanks for your time this week. We're still interviewing other candidates and expect to make a decision by Friday the 14th. We'll be in touch either way.

Kind regards,
Lucy Adeyemi
Recruitment Manager, Sefton Homes`, 'Update on your application'),

  other(`Dear Wanjiku,

We are pleased to offer you the position of Monitoring & Evaluation Officer with Amani Health Initiative at a gross monthly salary of KES 210,000. The role is based in our Kisumu office.

Please confirm your acceptance by 5 December.

Yours sincerely,
Grace Otieno
HR Manager`, 'Offer of employment'),

  other(`Hi Jamie,

Your application for Sales Development Representative at Tandem Cloud is under review. Our team values your patience. We'll reach out if your skills and experience match our needs.

The Tandem Cloud Recruiting Team
Sent via Lever | Do not reply`, 'Your application is under review'),

  other(`Hello Rica,

Thanks for joining the Coral Bay Hotels talent community! We'll send you job alerts for roles in Cebu and Bohol that match your interests.

Not interested anymore? Unsubscribe anytime.

Coral Bay Hotels Careers`, 'Welcome to our talent community'),

  other(`Hi Stephen,

Following up on your interview: unfortunately Mark is unwell and we need to move Thursday's second interview. Would Monday at 2pm work instead?

Thanks,
Alice Grey
PA to the Managing Director, Wardle & Finch Architects`, 'Rescheduling your interview'),

  other(`Jobs you may be interested in

Senior Data Analyst - Nairobi - Competitive salary
Data Engineer - Remote (Kenya) - KES 300K-400K
BI Developer - Westlands

Not the right fit? Update your job preferences.
BrighterMonday Kenya Job Alerts`, 'New jobs matching your profile'),

  other(`Hi Anushka,

Thanks for completing the coding assignment! The team is reviewing it now and we'll get back to you within a week about next steps.

Regards,
Rakesh
Engineering Recruiter, Kadam Tech, Bengaluru`, 'Assignment received'),

  other(`Dear Oliver,

Thank you for your interest in the Graduate Surveyor scheme. Unfortunately, applications for this year's scheme are not yet open; they will open on 1 September. Please check our careers site then.

Early Careers Team
Hollis Marsh Construction`, 'Re: Graduate scheme enquiry'),

  other(`Hi Kirra,

Congratulations! Following your interviews, we'd like to move you to reference checks for the Youth Worker role. Could you send details for two referees?

Best,
Hayley Simmons
Coordinator, Southside Youth Hub, Adelaide`, 'References'),

  other(`Hi Daniel,

Thanks for reaching out about feedback. I've booked a 20-minute call with the hiring manager for Thursday at 11; the invite is in your calendar.

Best,
Jo
People Team, Fernway`, 'Feedback call'),

  other(`Thanks for your application!

Unfortunately we can't confirm receipt of attachments larger than 5MB. Please re-upload your CV in PDF format so we can continue reviewing it.

Maplestone Careers Portal — do not reply to this email`, 'Action required: re-upload your CV'),

  other(`Hi Mark,

Just confirming you've been scheduled for a 30-minute phone screen with me on Tuesday at 10am ET for the Customer Success Manager role. Looking forward to it!

Kelsey
Talent Acquisition, Pivot Health`, 'Phone screen confirmed'),
];
