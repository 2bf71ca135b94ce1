/**
 * Development messages of the ninety-fifth round: declines, pauses and look-alikes in which the step reached is told
 * only indirectly ("after speaking with you on Thursday", "thanks for coming down to the site", "after the trial
 * shift", "your visit to the lab", "now that the panel has met everyone"), from building sites and civil engineering,
 * airports and airlines, pharmaceutical and laboratory work, newsrooms and broadcasters, professional sport clubs,
 * energy and water utilities, charities, defence civilian roles and veterans' programmes, ports and shipping, and
 * farms, across the UK, Ireland, the US, Canada, Australia, India, Nigeria, Kenya, South Africa, the UAE, Singapore and
 * the Philippines. A first short call with a recruiter or HR is a screen; a conversation with the hiring manager, the
 * crew or a panel is an interview; a step described for the future or for everyone is not a step reached.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d95-');

export const HANDWRITTEN_DEV_95: readonly CorpusLine[] = [
  // ── Screen: a first short call with a recruiter or HR, never called a screen
  rej('screen', ['skills_gap'], { ...fb },
    `Hi Declan,

Thanks for making time for a quick call on Tuesday. As I mentioned when we spoke, the site engineer post at our Naas project needs a chartered engineer (CEng) from day one, as the client's contract names the role. Since you're still working towards chartership, I'm not able to put you forward to the contracts manager on this one.

All the best,
Orla Keane
Talent Partner | Brennock Civil Ltd`, 'Site Engineer - Naas'),

  rej('screen', ['location'], { ...fb, ...door },
    `Dear Aisha,

It was lovely chatting with you last week about the Ground Operations Supervisor role at Dubai South. Having checked with our mobility team, we're unable to sponsor a residence visa for this grade, and the role needs someone already resident in the UAE. I'm sorry, as you came across really well on the phone.

I've kept your details in our talent pool and will reach out if a sponsored position comes up.

Warm regards,
Rania Haddad
Talent Acquisition, Falconair Ground Services`, 'Your application - Ground Operations Supervisor'),

  rej('screen', ['salary'], { ...fb },
    `Hi Tom,

Thanks again for the call this morning. I've spoken to the hiring team and unfortunately the figure you mentioned (around $135k) is well above the band approved for the Reliability Engineer role at the Sarnia plant, which tops out at $112k. Because of that gap we won't be moving forward.

Best,
Kelsey Warren
Recruiter, Northline Energy`, 'Reliability Engineer - Sarnia'),

  rej('screen', ['profile_mismatch'], {},
    `Dear Ms Mwangi,

Following our brief telephone conversation on 4 March, we have reviewed your application for the position of Programme Officer (Livelihoods) against the other applicants. We regret that we will not be taking your application further, as other applicants more closely matched what we are looking for.

Yours sincerely,
Human Resources
Amani Rural Trust, Nairobi`, 'Programme Officer (Livelihoods)'),

  rej('screen', ['generic'], {},
    `Hi Jordan - appreciated the chat yesterday. We've decided to go a different direction with the Producer role and won't be progressing your application. Good luck! - Mia, People team, Ridgeline Audio`, 'Producer role'),

  rej('screen', ['overqualified'], { ...fb, ...door },
    `Dear Sandeep,

Thank you for speaking with me on Friday about the Lab Technician II opening at our Hyderabad QC facility. I shared my notes with the lab head, and we both feel that with your twelve years in method validation, including leading a QC team, this bench-level position would not make good use of your experience, and we think you would quickly outgrow it.

We would very much like to keep your profile for senior roles, and I will reach out when something at Associate Manager level opens.

Regards,
Meera Krishnan
Talent Acquisition, Vyasa Biopharma Pvt Ltd`, 'Lab Technician II - Hyderabad'),

  rej('screen', ['location', 'skills_gap'], { ...fb },
    `Hello Ryan,

Thanks for taking my call earlier. Just to follow up in writing: the Deck Cadet programme is only open to candidates who hold Australian citizenship or permanent residency, and it also requires a current ENG1-equivalent seafarer medical. As neither is in place at the moment, I can't progress your application this intake.

Cheers,
Bree Coulter
Recruitment Coordinator
Southern Cross Maritime Pty Ltd | Fremantle WA`, 'Deck Cadet Program 2027'),

  rej('screen', ['role_closed'], { ...door },
    `Hi Chloe,

Thank you for your time on the phone last Wednesday. I'm sorry to tell you that the Digital Reporter vacancy has been withdrawn following a restructure of the regional newsroom, so we won't be going ahead with any candidates.

I'd encourage you to keep an eye on our careers page - we expect to advertise again in the new year.

Best wishes,
Hannah Lloyd
Talent, Westmoor Media Group`, 'Digital Reporter'),

  rej('screen', ['salary', 'location'], { ...fb },
    `Hi Kwame,

Great to connect on Monday. After our conversation I spoke with the Lagos team: the role is fully on-site at the Apapa terminal, and you mentioned you'd need to stay in Abuja, plus the package you're looking for is above the N18m ceiling we have. On both counts I don't think this one is right, so I'll close things off here.

Regards,
Tolu Akinwale
Senior Consultant, Harbourgate Talent (on behalf of our client)`, 'Terminal Operations Planner'),

  rej('screen', ['culture_fit'], { ...fb },
    `Dear Mark,

Thank you for the conversation with me on Thursday about the Volunteer Coordinator role. You were candid that you prefer a clear chain of command and to work alone, and our volunteer teams are run very much on a shared, flat basis where decisions are made together. For that reason we won't be taking your application further.

Kind regards,
Sinead O'Brien
HR Manager, Hearthside Ireland CLG`, 'Volunteer Coordinator'),

  rej('screen', ['generic'], { ...offered },
    `<p>Hello Grace,</p>
<p>Thanks for the quick phone call with our talent team earlier this week regarding <b>Clinical Research Associate</b> (Req #CRA-4471).</p>
<p>After review, we will not be moving your candidacy forward at this time.</p>
<p>If you'd like some pointers, reply to this email and your recruiter will get back to you.</p>
<p>Kind regards,<br>Talent Acquisition<br>Meridale Clinical</p>
<p style="font-size:10px">This mailbox is not monitored for other enquiries. Meridale Clinical Inc., Durham NC.</p>`, 'Update on your application'),

  rej('screen', ['internal_candidate'], {},
    `Hi Liam,

Thanks for the call the other day - I enjoyed hearing about your time at the club's academy. I wanted to let you know quickly that the Performance Analyst position has gone to someone already on our staff, so we're closing the search.

All the best,
Georgia Banks
HR Advisor, Rovers FC`, 'Performance Analyst'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Maricel,

Salamat for the call yesterday. As we discussed, the Quality Assurance Analyst role needs at least two years in a GMP pharmaceutical environment, and your experience so far is in food manufacturing. We'll have to stop here for this one, but please apply again once you have some GMP experience - we hire often.

Best,
Joy Santos
HR, Luzon PharmaCare Inc., Makati`, 'QA Analyst - application update'),

  rej('screen', ['position_filled'], {},
    `Dear Pieter,

Thank you for speaking with our HR officer on 12 August. Please note that the Farm Manager vacancy at Driefontein has since been filled.

Regards,
Karoo Harvest Holdings (Pty) Ltd
Human Resources | Worcester, Western Cape
Please do not reply to this email.`, 'Farm Manager vacancy'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Emma,

Thanks for jumping on the phone with me on Friday, it was great to hear more about what you're after. Having thought about it, I don't think your background is quite what the team needs for the Airside Safety Officer role, so I'm going to hold off putting you forward.

I'll keep your CV on file and will let you know when something better suited comes up at the airport.

Thanks,
Jack
Jack Whitlow | Recruitment Consultant | Skyward Aviation Recruitment
Manchester`, 'Airside Safety Officer'),

  rej('screen', ['location'], { ...fb },
    `Hi Daniel, thanks for the call. Sadly for this role you'd need to be able to work in Singapore without a pass, and as we discussed the employer won't apply for an EP for the position. Won't be moving forward - sorry! Cheers, Wen Hui (Portside Talent)`, 'Marine Surveyor role'),

  rej('screen', ['role_closed'], {},
    `Good afternoon Ms Clarke,

Thank you for your time when we spoke on 3 October. I'm writing to let you know that the Apprentice Network Technician campaign has been cancelled, so your application will not go any further.

Yours sincerely,
Recruitment Team
Valemere Water plc`, 'Apprentice Network Technician'),

  rej('screen', ['generic'], {},
    `Dear Vikram,

Thank you for the introductory call with our HR partner. We have decided not to proceed with your application for the Medical Science Liaison position.

Sincerely,
Altara Therapeutics India`, 'MSL - your application'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hey Sam,

Thanks for your time on the phone earlier. I ran your expectations (AUD 160k plus super) past the GM and unfortunately the Construction Manager role is budgeted at 135k, and there's no flexibility this financial year. I'll have to let this one go, but let's stay in touch - if we land the hospital job next year the budget changes and I'll call you first.

Cheers,
Nathan Dwyer
Talent, Coastline Builders Group, Brisbane`, 'Construction Manager'),

  rej('screen', ['overqualified'], { ...fb },
    `Hi Beatrice,

Thank you for talking with me yesterday about the Newsroom Assistant vacancy. Given that you have spent eight years as a senior editor, I honestly think this entry-level position would not be the right step, and we have chosen to progress applicants earlier in their careers.

Best wishes,
Clara Ndlovu
People & Culture, Metro Voice Broadcasting, Johannesburg`, 'Newsroom Assistant'),
  // ── Interview: the hiring manager, the crew or a panel, told indirectly
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Conor,

Thanks for coming down to the site on Wednesday and walking the job with me and Paddy. We've decided to go with someone who has more hands-on experience running post-tensioned slab pours, which is a big part of the next eighteen months on this project.

Don't be a stranger - apply again when the next phase kicks off.

Gerry Flynn
Project Manager, Tullamore Build & Civils`, 'Site visit - thanks'),

  rej('interview', ['generic'], {},
    `Dear Ms Ogunleye,

It was good to put a face to the name last week. Thank you for your time with our Operations Director. Following careful consideration, we regret to inform you that you have not been successful on this occasion.

Yours faithfully,
Human Resources
Lekki Deep Sea Logistics Ltd`, 'Application for Berth Planner'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Hannah,

Thank you so much for your time with Dr Osei and Dr Lambert on Thursday - they both enjoyed the conversation. After discussing all the people they met, we have decided to move forward with candidates whose experience more closely matches the needs of the team.

If you'd like to hear more, I'm happy to arrange a short chat.

Best regards,
Natalie Pryce
Talent Acquisition, Corvane Biosciences, Cambridge`, 'Research Scientist - Assay Development'),

  rej('interview', ['culture_fit'], { ...fb },
    `Marcus,

Thanks for your time with the crew on Saturday. The lads rated your technical knowledge, but they felt you'd be more comfortable running your own show than working as part of a tight team where everyone mucks in on everything - that's how the yard works. So we're going to pass this time.

Cheers,
Dave Pritchard
Yard Foreman, Humber Dry Docks`, 'Re: Fitter role'),

  rej('interview', ['position_filled'], {},
    `Hello Priyanka,

Thank you for the video call with our Head of Medical Affairs on 14 June. We wanted to let you know that the Medical Writer role has now been filled and we are closing the process.

Kind regards,
Stellavia Pharma People Team, Pune`, 'Medical Writer - update'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Jamal,

Thank you for walking us through your portfolio on Monday. The editors enjoyed your features work, but this post needs someone with a track record in live broadcast - gallery experience, running orders, talkback - and that isn't yet in your background. We will not be offering you the position.

With best wishes,
Eleanor Marsh
Deputy Editor, Channel Seven North`, 'Broadcast Journalist - outcome'),

  rej('interview', ['internal_candidate'], { ...door },
    `Hi Ben,

I wanted to thank you personally for the conversation last Tuesday. In the end we've appointed a member of our existing operations team to the Station Duty Manager post. It was a close call and I hope you'll apply again for future roles with us.

Regards,
Fiona McGrath
Operations Manager, Shannon Regional Airport`, 'Station Duty Manager'),

  rej('interview', ['location'], { ...fb },
    `Hi Alexis,

Thanks for the time with Rob and me yesterday. We loved your ideas for the grants programme, but as we discussed towards the end, the role needs someone in the Winnipeg office four days a week, and you were clear that you want to stay fully remote in Halifax. We don't think we can make that work, so we won't be moving forward.

All the best,
Yvonne Delacroix
Executive Director, Prairie Roots Foundation`, 'Grants Manager'),

  rej('interview', ['generic'], { ...door },
    `Dear Thabo,

Following your chat with our site manager on 9 May, we have now completed our selection for the Safety Officer position. Unfortunately you were not selected.

We will retain your CV on our database for six months.

Kind regards,
HR Department
Ubuntu Roadworks (Pty) Ltd`, 'Safety Officer - Mthatha'),

  rej('interview', ['salary'], { ...fb },
    `Hi Olivia,

It was really good speaking with you and the team on Friday. I'm sorry to say we won't be able to offer you the Communications Lead role - your expectation of EUR 68,000 is beyond what a charity of our size can pay for this post (our ceiling is EUR 55,000), and we didn't feel it was fair to ask you to drop that far.

Warm wishes,
Aoife Kenny
CEO, Lighthouse Youth Network, Galway`, 'Communications Lead'),

  rej('interview', ['profile_mismatch', 'skills_gap'], { ...fb },
    `Dear Rohan,

Thank you for your visit to the lab on the 22nd and for presenting your doctoral work to the group. After the second conversation with Prof. Lim, we have decided not to offer you the postdoctoral position. The group felt that other applicants were a closer match overall, and in particular we need someone who can run cryo-EM data processing independently from the start, which you have not yet done.

Best regards,
Dr Charmaine Lim
Principal Investigator, Structural Biology Lab
Straits Institute of Molecular Science, Singapore`, 'Postdoctoral Fellow - Cryo-EM'),

  rej('interview', ['role_closed'], { ...door },
    `Hi Sarah,

Thanks again for the Teams call with me and Ahmed last month. I'm sorry this has taken a while. We've now been told that the Asset Engineer position is not going ahead - the programme it was attached to was pulled in the latest regulatory settlement. I'd be really glad to see your name again when we're recruiting, which I hope will be soon.

Best,
Louise
Louise Garner | Head of Networks Planning | Eastbrook Power Networks`, 'Asset Engineer'),

  rej('interview', ['overqualified'], { ...fb },
    `Dear Colonel (Retd.) Hughes,

Thank you for meeting with the panel on 17 April for the Programme Support Officer role in the Veterans' Transition Service. The panel were impressed, but felt that your extensive senior command experience is considerably beyond the scope of this administrative post, and that you would not find it a fulfilling role. We will not be offering you the position.

Yours sincerely,
Recruitment Team
Forces Futures Trust`, 'Programme Support Officer - Veterans Transition'),

  rej('interview', ['generic'], {},
    `Hi Rachel, thanks for taking the time to speak with Kieran and the team. After a lot of thought we're not going to move ahead. Best, Shona`, 'Re: catch up Thursday'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Mr Banda,

Thank you for attending the meeting with our Plant Manager and the Engineering Lead at the Kariba Road station on 2 September.

We regret to advise that your application for Electrical Technician (Substations) has not been successful. The main reason is that the role requires a valid Wireman's Licence, which you indicated you have not yet obtained.

Should you wish to discuss this further, please contact the undersigned.

Yours faithfully,
M. Chisanga
Human Resources Officer
Zambezi Grid Services`, 'Electrical Technician (Substations)'),

  rej('interview', ['culture_fit', 'profile_mismatch'], { ...fb },
    `Hi Ana,

Thanks for coming in to meet the editorial team on Tuesday. I'll be straight with you because you asked: the team felt your style - very polished, very long-form - didn't quite suit the fast, scrappy way the breaking-news desk works, and we had others whose background lined up more closely with the brief. So it's a no this time.

Tamsin Rowe
News Editor, The Coastal Post`, 'Breaking News Reporter'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Nikhil,

Thanks again for your time with the medical team last week. Just to let you know, we've offered the Sports Physiotherapist role to another candidate, who has accepted. We'd be glad to keep your details on file for next season.

Regards,
Hollie Grant
Head of Medical, Kingsbridge Rugby Club`, 'Sports Physiotherapist'),

  rej('interview', ['assessment'], { ...fb },
    `Dear Grace,

Thank you for your time with Captain Reyes and our Training Manager on Monday, including the simulator session. Your handling in normal operations was sound, but the single-engine approach fell outside the tolerances we require for the First Officer intake. We are therefore unable to offer you a place.

Regards,
Flight Operations Recruitment
Archipelago Air, Cebu`, 'First Officer Intake 2027'),

  rej('interview', ['location'], { ...fb },
    `Dear Mr Tan,

Thank you for meeting with Ms Wong and Mr Lee on 6 November. We regret to let you know that we are unable to proceed, as the role of Port Safety Officer requires Singapore citizenship for access to restricted areas, and we understand you hold a Malaysian passport.

Yours sincerely,
HR Department
Jurong Marine Terminals Pte Ltd`, 'Port Safety Officer'),

  rej('interview', ['generic'], { ...offered },
    `Hi Freya,

Thanks for the chat with Tom and me on Wednesday about the Agronomist role. We've decided not to take things further this time. If feedback would help, just let me know and I'll set up a call.

Cheers,
Rosie Maitland
Operations Director, Fenland Fresh Growers`, 'Agronomist'),

  rej('interview', ['internal_candidate', 'profile_mismatch'], {},
    `Dear Kevin,

Thank you for joining us for the conversation with the Head of Fundraising on 11 March. We have decided to appoint an internal applicant whose experience more closely reflects what we need at this stage. We wish you every success.

People Team
Harbour Hospice Trust`, 'Senior Fundraiser'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Jess,

Great speaking with you and Sunil last week. After much discussion we're going to go with someone who has more experience of Bloomberg terminals and commodity price reporting - for a trading desk like ours that's essential, and it's one area you told us you hadn't covered.

Best,
Harriet Quinn
Editor, Energy Markets Daily, London`, 'Commodities Reporter'),

  rej('interview', ['role_closed'], {},
    `Hello Adebayo,

Thank you for the time you spent with our Head of Agronomy in Ibadan. I'm writing to let you know that, following a review of our expansion plans, we are no longer recruiting for the Farm Operations Lead role.

Regards,
Ngozi Eze
HR Business Partner, GreenBelt Agro Nigeria Ltd`, 'Farm Operations Lead'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Jessica,

I really appreciated you taking the time to speak with Coach Davis and me about the Assistant Strength & Conditioning Coach role. We've decided to move forward with a candidate whose background is a better fit for what we need right now.

Go well,
Marcus Hill
Director of Performance, Atlanta Harbor FC`, 'S&C Coach'),

  rej('interview', ['culture_fit'], { ...fb, ...door },
    `Dear Sipho,

Thank you for your time with the project team on Thursday. We were impressed by your technical grounding, but the team felt that your preference for a very structured, top-down way of working would sit uneasily with our small, cross-functional, self-managed teams on the solar roll-out. We hope you will consider us again in future.

Best regards,
Lindiwe Khumalo
HR Lead, Sunveld Renewables, Cape Town`, 'Project Engineer - Solar'),

  rej('interview', ['generic'], {},
    `Hi Zoe,

Thank you for talking to me and Will about the producer job on the breakfast show - we enjoyed it. Unfortunately we've decided not to take your application further.

Take care,
Imogen
Imogen Blake | Executive Producer | Radio Wessex`, 'Breakfast Producer'),

  rej('interview', ['salary', 'overqualified'], { ...fb },
    `Dear Arjun,

Thank you for the detailed conversation with our Chief Engineer last Friday. We concluded that with your fifteen years as a master mariner this Second Officer role would be a step well below your experience, and the salary you are seeking is also considerably higher than the scale for the post. We will therefore not proceed.

Regards,
Crewing Department
Konkan Coastal Shipping Ltd, Mumbai`, 'Second Officer position'),
  // ── Final: the panel has met every shortlisted candidate, the last conversation, a selection day attended
  rej('final', ['generic'], {},
    `Dear Niamh,

Now that the panel has met all the shortlisted candidates, I'm writing to let you know that we will not be offering you the role of Site Agent. Thank you for the effort you put into the process.

Kind regards,
Caroline Devlin
HR Manager, Corrib Civil Engineering`, 'Site Agent - outcome'),

  rej('final', ['position_filled'], { ...door },
    `Hi Chris,

Thank you for coming back for the last conversation with our MD on Friday. It was a really close call between you and one other person, and we've made them an offer, which they've accepted. I'd love to keep in touch for future openings.

Best,
Lucy Harper
Talent Lead, Volta Grid Solutions`, 'Grid Connections Manager'),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Dear Wanjiru,

Thank you for attending the full selection day at our Thika plant last week, including the plant tour, the written exercise and the panel discussion. You were one of the last three people in contention for the QC Manager post. In the end, the panel chose a candidate with direct experience of a WHO prequalification audit, which will be central to the role in 2027.

If you would like to talk through the day in more detail, please let me know.

Kind regards,
Esther Kamau
Head of People, Tana Pharmaceuticals Ltd`, 'QC Manager - Thika'),

  rej('final', ['profile_mismatch'], {},
    `Hi Oscar,

Many thanks for the time you gave us over the last few weeks, and particularly for Thursday with the board. After a lot of deliberation, we have chosen another finalist whose experience aligned more closely with where the organisation is heading.

Warmly,
Rebecca Stein
Chair, Board of Trustees, Open Table Food Network`, 'Chief Executive appointment'),

  rej('final', ['culture_fit'], { ...fb },
    `Dear Lachlan,

Thank you for the trial shift on Saturday, the last step in our process, and the time you spent with the dock crew. Everyone agreed you know your way around a reach stacker, but the supervisors felt your approach to radio calls and shift handovers was more independent than the way our teams work together, and safety on the wharf depends on that close coordination. For that reason we won't be offering you a start.

Regards,
Kate Morrissey
Operations Superintendent, Port Kembla Bulk Handling`, 'Wharf Operator'),

  rej('final', ['internal_candidate'], { ...door },
    `Hello Farah,

Thank you for your time over the three conversations with us, the last of which was with our Executive Director. I'm sorry to tell you that, after all that, we have appointed someone from within our current team to the Head of Programmes role. You made a very strong case for yourself, and I sincerely hope you apply to us again.

Best regards,
Nadia Rahman
People & Culture Director, Crescent Relief International, Dubai`, 'Head of Programmes'),

  rej('final', ['generic'], {},
    `Dear Mr Okafor,

Following the conclusion of our references stage after the last round, we regret to inform you that we are unable to offer you employment.

Yours faithfully,
Group Human Resources
Delta Offshore Services Ltd, Port Harcourt`, 'Offshore Installation Manager'),

  rej('final', ['salary'], { ...fb, ...door },
    `Hi Elena,

Thanks for your time with Dr Shah and the team at the final stage last week. We really wanted to make this work, but we weren't able to close the gap between your expected base of $190k and the $165k maximum for the Principal Scientist role. We're very sorry it didn't come together, and I hope you'll look at us again down the line.

All the best,
Becky Nolan
Senior Recruiter, Halden Bio, Boston`, 'Principal Scientist - offer discussion'),

  rej('final', ['location'], { ...fb },
    `Dear Peter,

Thank you for spending the day at Brize Norton with the team. We have now been advised that the role requires security clearance which can only be granted after five years' UK residency, and as you have lived in the UK for three years we are unable to proceed with your application at this last step.

Kind regards,
Civilian Recruitment
Aldwyn Defence Support Services`, 'Aircraft Support Technician (Civilian)'),

  rej('final', ['role_closed'], {},
    `Hi Naledi,

I know you've been waiting to hear after the last round with our executive team, and I'm sorry to be bringing this news. The business has decided to pause all senior hires pending the merger, and the Chief Engineer role has been withdrawn. We won't be going ahead with any of the finalists.

Best,
Jo Mthembu
Talent Director, Khanya Water Utilities`, 'Chief Engineer'),

  rej('final', ['assessment', 'skills_gap'], { ...fb },
    `Dear Rory,

Thank you for attending the assessment centre at our Heathrow training facility. While your group exercise and interview were good, your score on the regulations paper was 61%, below the 75% required, and you do not yet hold the Part-66 B1 licence the role requires. We are therefore unable to offer you a place on the Licensed Engineer programme.

Yours sincerely,
Engineering Recruitment
Albion Airways`, 'Licensed Engineer Programme - outcome'),

  rej('final', ['profile_mismatch'], { ...offered },
    `Hi Maya - thanks so much for coming in for the last round and meeting the whole team yesterday. We've made the tough call to go with another candidate whose experience is a bit closer to what we need. Happy to talk it through if you want. - Leo (founder, Seedling Data)`, 're: yesterday'),

  rej('final', ['position_filled'], {},
    `Dear Dr Fernandes,

Further to your visit to our Goa R&D centre and the final discussions with the leadership panel, we write to inform you that the position of Head of Formulation has now been filled.

Regards,
Corporate HR
Sahyadri Life Sciences Ltd`, 'Head of Formulation'),

  rej('final', ['overqualified'], { ...fb },
    `Dear Amelia,

Thank you for the time with our Chief Executive after the panel. We've thought hard about this, and we've concluded that with your background running national campaigns, the Regional Campaigns Officer role would not stretch you, and the panel were concerned you would move on quickly. We have offered the role to another finalist.

With thanks,
Harriet Doyle
Director of People, Green Valleys Wildlife Trust`, 'Regional Campaigns Officer'),

  rej('final', ['generic'], { ...door },
    `<div>Dear Candidate,</div>
<div>Thank you for attending the selection day on 18 October for the Graduate Cabin Crew programme.</div>
<div>We regret to inform you that you have not been successful on this occasion. You may reapply after six months.</div>
<div>Kind regards,<br/>Cabin Crew Recruitment Team<br/>Gulf Horizon Airlines</div>
<div><small>This is an automated message. Please do not reply.</small></div>`, 'Graduate Cabin Crew - selection day outcome'),

  rej('final', ['skills_gap'], { ...fb },
    `Hi Dev,

Thank you for staying on for the final conversation with our CTO after the team sessions. We're going with the other finalist, mainly because they have hands-on experience with SCADA systems in water treatment, which you told us you haven't worked with directly.

Good luck with the search,
Erin McCall
Engineering Manager, Clearwater Utilities Ontario`, 'Controls Engineer'),

  rej('final', ['internal_candidate'], {},
    `Dear Thomas,

Thank you for taking part in the final interviews for the role of Head of Academy Recruitment. After much consideration, the club has appointed a current member of staff.

Best regards,
Club Secretary
Highfield Athletic FC`, 'Head of Academy Recruitment'),

  rej('final', ['location', 'salary'], { ...fb },
    `Dear Joseph,

Thank you for the visit to Mombasa for the final stage and your time with our General Manager and the operations heads. We concluded that we cannot meet the relocation package you require to move from Kampala, and the base salary you asked for is higher than the grade we have for the Port Captain position. We are therefore not able to offer you the role.

Yours sincerely,
Abdi Hassan
HR Manager, Coastline Stevedoring Kenya`, 'Port Captain'),

  rej('final', ['role_closed'], { ...door },
    `Hi Isla,

Thanks for sitting through the whole day with us on the 3rd - I know it was long. I'm afraid the funding for the Investigations Editor post has fallen through, so we have had to cancel the appointment. It's nothing to do with you, and we'll get in touch if it's funded again.

Best,
Marcus Ferrell
Managing Editor, The Long Read Collective`, 'Investigations Editor'),

  rej('final', ['generic'], { ...offered },
    `Dear Chinedu,

Thank you for coming to the last round at our Abuja office. I'm sorry to inform you that we won't be extending an offer for the Grants and Compliance Manager role. Please feel free to contact me if you would like feedback.

Best wishes,
Kemi Lawal
Country Director, BrightPath Education Nigeria`, 'Grants and Compliance Manager'),
  // ── Assessment: a test, an exercise, a check, with no conversation named
  rej('assessment', ['assessment'], { ...fb },
    `Dear Ifeoma,

Thank you for completing the online numerical and mechanical reasoning tests for the Graduate Field Engineer scheme. Your numerical score was strong, but your mechanical reasoning result (42nd percentile) was below the threshold of 60 we use for field roles. We will not be progressing your application.

Regards,
Graduate Recruitment
Niger Delta Power Company`, 'Graduate Field Engineer - test results'),

  rej('assessment', ['assessment'], {},
    `Hi Toby,

Thanks for sending over the news-writing exercise. We've now looked at everyone's pieces and unfortunately yours hasn't made it through to the next stage.

Best,
Trainee Scheme Team, Northern Sky News`, 'Trainee journalist scheme'),

  rej('assessment', ['generic'], {},
    `Dear Applicant,

We refer to the pre-employment checks carried out for the position of Security Screening Officer at Jomo Kenyatta International Airport. We regret to inform you that the outcome of the vetting process does not allow us to offer you employment.

Yours faithfully,
Recruitment Section
Savannah Aviation Security Ltd`, 'Pre-employment vetting outcome'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Nadia,

Thank you for the time you spent on the case exercise for the Energy Analyst position. The reviewers liked your write-up, but the load forecast model underestimated peak winter demand by quite a margin and the sensitivity analysis was missing, so we won't be taking you further this time. We'd welcome an application from you for future analyst roles.

Best,
Sophie Ward
Recruitment, Solent Energy Consulting`, 'Energy Analyst case exercise'),

  rej('assessment', ['skills_gap'], { ...fb },
    `Dear Mr Pillay,

Thank you for completing the technical questionnaire for the Process Chemist role. Your answers indicate that you have not yet worked with HPLC method development under ICH guidelines, which is a core requirement. We will therefore not be proceeding with your application.

Kind regards,
Talent Team
Meridian Generics SA, Durban`, 'Process Chemist'),

  rej('assessment', ['assessment'], { ...offered },
    `Hi Jake,

Thanks for doing the video edit task - I know it was a tight turnaround. The team has reviewed all submissions and we won't be moving yours forward. If you'd like notes on the edit, reply and I'll send some over.

Cheers,
Poppy
Poppy Ellis | Talent | Brightside Sport Media`, 'Edit task'),

  rej('assessment', ['generic'], { ...door },
    `Dear Kimberly,

Thank you for taking part in our online assessment for the Customer Service Advisor position. We have now reviewed all results and, on this occasion, we will not be taking your application forward.

We would encourage you to apply for other vacancies with us in the future.

Sincerely,
Careers Team
Hydro Atlantic Utilities
This email was sent from an unmonitored address.`, 'Your Hydro Atlantic application'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Siddharth,

Thank you for attempting the practical test at our Vizag workshop. The welding inspection showed porosity and incomplete fusion on the 6G pipe coupon, so it did not pass the radiography check. As this is the minimum standard for the Pipe Welder role, we cannot proceed with your application.

Regards,
HR Department
Eastern Shipbuilders & Engineering Pvt Ltd`, 'Welder practical test result'),

  rej('assessment', ['location'], { ...fb },
    `Hello Juan,

Thanks for submitting the written assessment. Before we could move you forward, our compliance team checked the right-to-work details you provided, and unfortunately you are not currently eligible to work in Canada without an employer-specific permit, which we cannot support for this role. We won't be continuing.

Regards,
Talent Acquisition
Maple Hill Farms Co-operative`, 'Farm Supervisor - Written Assessment'),

  rej('assessment', ['assessment'], {},
    `Hi Aaliyah,

Thank you for completing the situational judgement questionnaire for our Fundraising Associate position. Unfortunately your responses did not meet the level needed to progress.

Best regards,
Recruitment Team
Children's Health Alliance`, 'Fundraising Associate'),

  rej('assessment', ['generic'], {},
    `Dear Mr O'Sullivan,

Thank you for your patience while we completed the reference and background screening for the Plant Operator role. Having considered the results, we are unable to offer you the position.

Yours sincerely,
Shannonside Energy DAC - HR`, 'Plant Operator - pre-employment checks'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Femi,

Thank you for sending your analysis of the trial data set. There were some good observations, but the statistical approach didn't account for the repeated measures design, and the task made clear we need someone confident with mixed-effects models in R or SAS. We won't be taking your application further.

Kind regards,
Hannah Oduya
Biostatistics Lead, Kestrel Clinical Research, London`, 'Biostatistician task'),

  rej('assessment', ['position_filled'], {},
    `Hi Ella,

Thank you for completing the writing test. We've now appointed to the Content Officer role, so we won't be taking your application further.

Kind regards,
Sam Baxter
Digital Manager, Riverwood Animal Rescue`, 'Content Officer'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Applicant,

Result of Medical and Physical Fitness Assessment - Reserve Support Technician (Civilian)

You attended the physical assessment on 14 January 2027. Your shuttle run score of 6.2 was below the minimum standard of 7.4 required for this role. Your application has therefore been closed.

Civilian Workforce Recruitment
Department of Defence Support Services (Canberra)`, 'Assessment result'),

  rej('assessment', ['profile_mismatch'], {},
    `Hello Carlos,

Thanks for filling in our pre-screening questions for the Agricultural Drone Pilot position. Based on your answers, we feel other applicants more closely match what we need.

Regards,
SkyFarm Solutions, Mildura VIC`, 'Drone Pilot application'),

  rej('assessment', ['assessment'], { ...door },
    `<table><tr><td>
Dear Rhys,<br><br>
Thank you for completing the online assessment for the <b>Air Traffic Control Trainee</b> programme.<br><br>
Unfortunately, your results did not meet the standard required to progress. You may reapply in 12 months.<br><br>
Kind regards,<br>
Trainee Recruitment<br>
Celtic Air Navigation Services
</td></tr></table>
<p>Ref: ATC-27-00912 | Please do not reply to this message.</p>`, 'Air Traffic Control Trainee - assessment outcome'),

  rej('assessment', ['overqualified'], { ...fb },
    `Dear Martina,

Many thanks for the completed lab task. It was clear from your submission and your CV that with a PhD and several years as a group leader, you are very experienced for a Laboratory Assistant post, and we believe the role would not hold your interest. We have decided not to progress your application.

Best wishes,
Recruitment, Ardmore Plant Sciences Institute`, 'Laboratory Assistant'),

  rej('assessment', ['role_closed'], {},
    `Hi Priya,

Thank you for the take-home data piece - we appreciated the effort. Unfortunately, the Data Journalist role has been frozen following budget changes, so we won't be moving any applicants forward at this time.

Regards,
People Team, The Daily Ledger`, 'Data Journalist take-home'),
  // ── Application: no call, test or conversation named (some mention steps only for others or for the future)
  rej('application', ['generic'], {},
    `Dear Lerato,

Thank you for applying for the position of Junior Quantity Surveyor. Shortlisted candidates will be invited to meet the project team at our Pretoria office. Unfortunately, your application has not been shortlisted.

Regards,
HR, Bakwena Construction Group`, 'Junior Quantity Surveyor'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Jack,

Thanks for your interest in the HGV Driver (Milk Collection) role. Successful applicants go on to a call with our transport manager, but we need drivers with a full Class 1 (C+E) licence, and your application shows Class 2 only, so we can't progress you.

Thanks,
Recruitment, Dalesmoor Dairies`, 'HGV Driver - Milk Collection'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Anjali,

Thank you for applying for the Pharmacovigilance Associate role. After careful review, we have decided to proceed with applicants whose profiles more closely match our requirements. We will keep your details in our talent community and contact you if a suitable role opens.

Best regards,
Talent Acquisition
Kairos Pharma Services, Bengaluru`, 'Your application: Pharmacovigilance Associate'),

  rej('application', ['location'], { ...fb },
    `Hi Oliver,

Thanks for your application for the Airport Firefighter role. Unfortunately, we can only consider applicants who hold the right to work in Ireland, and your application indicated you would need sponsorship.

Kind regards,
Dublin Airfield Services - Recruitment`, 'Airport Firefighter'),

  rej('application', ['role_closed'], { ...door },
    `Dear Applicant,

Thank you for your application for the Community Outreach Worker role. Due to a change in our funding, this vacancy has been withdrawn and the recruitment will not go ahead. We hope you will consider applying for our other roles in future.

With thanks,
Northside Refugee Support`, 'Community Outreach Worker - vacancy withdrawn'),

  rej('application', ['generic'], {},
    `Hi Daniel, thank you for your application to Halcyon Shipping. We will not be moving forward. Regards, Halcyon Careers`, 'Halcyon Shipping - application'),

  rej('application', ['overqualified'], { ...fb },
    `Dear Graham,

Thank you for your application for the Groundsperson vacancy at the club. Looking at your CV, your experience as head groundsman at two Premiership grounds goes well beyond what this junior role involves, and we don't think it would be a good match for you. We won't be taking your application further.

Best wishes,
Amanda Reid
Office Manager, Ashcombe Town FC`, 'Groundsperson vacancy'),

  rej('application', ['internal_candidate'], {},
    `Hello Ms Tiongson,

Thank you for applying to the Cargo Documentation Officer post. We wish to inform you that the position has been filled through internal promotion.

Respectfully,
HR Department
Manila Bay Freight Forwarders Inc.`, 'Cargo Documentation Officer'),

  rej('application', ['salary'], { ...fb },
    `Hi Mohammed,

Thanks for applying for the Mechanical Technician role in Abu Dhabi. We noticed your expected monthly salary of AED 22,000 on the application form; the budget for this position is AED 14,000-16,000, so unfortunately we won't be taking this further.

Regards,
Recruitment, Gulfstream Facilities Management`, 'Mechanical Technician'),

  rej('application', ['culture_fit'], {},
    `Dear Ryan,

Thank you for your interest in volunteering as a Youth Mentor. Having read your application, we don't feel that your approach aligns with the values at the heart of our organisation, and so we will not be taking it forward.

Warm regards,
Bridges Mentoring Scotland`, 'Youth Mentor application'),

  rej('application', ['position_filled'], { ...door },
    `Dear Ayesha,

Thank you for your interest in the Laboratory Scientist position. We regret to inform you that this position has now been filled. We will keep your CV on file for future vacancies.

Regards,
PathCare Diagnostics, Nairobi`, 'Laboratory Scientist'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Stephen,

Thank you for applying to be a Veterans Employment Adviser. All candidates taken forward will meet our panel in Belfast. Regrettably, your application doesn't meet two of the essential criteria: the post requires lived experience of military service or three years working with service leavers, and it is based in Belfast, while you told us you cannot relocate from Manchester.

Yours sincerely,
HR Team
Veterans First NI`, 'Veterans Employment Adviser'),

  rej('application', ['generic'], { ...door },
    `Thank you for applying to Apex Aerostructures.

After reviewing your application for Composite Technician (Req 55120), we have decided not to proceed. Those moving forward will be contacted by a recruiter for an introductory call.

We encourage you to continue to explore opportunities at Apex.

Apex Aerostructures Talent Acquisition
Wichita, KS | Apex is an Equal Opportunity Employer.`, 'Regarding your application'),

  rej('application', ['profile_mismatch'], {},
    `Dear Gabriel,

We have considered your CV for the role of Broadcast Engineer. Unfortunately, your profile does not fit what we are looking for.

Regards,
Pacific Broadcast Network Recruitment, Vancouver`, 'Broadcast Engineer'),

  rej('application', ['role_closed'], {},
    `Hi Georgia, thanks for your application for Agronomy Graduate. Just a note to say we've decided not to fill the role this season due to the drought, so we won't be progressing applications. Best, Tom - Wattle Creek Pastoral`, 'Agronomy Graduate'),
  // ── Paused processes: not declined
  hold('interview', ['role_closed'], {},
    `Hi Ciaran,

Thanks again for coming down to the site last week - Mick was impressed. I wanted to be upfront: the client has put the second phase of the development on hold while planning is reviewed, so we've paused hiring for the Site Supervisor role. Nothing has been decided on your application; I'll come back to you as soon as we know more, hopefully within a month.

Regards,
Aileen Burke
HR, Midlands Modular Construction`, 'Site Supervisor - update'),

  hold('screen', ['generic'], {},
    `Hello Divya,

Thank you for speaking with me on Monday. I just wanted to let you know that the hiring manager is travelling for the next two weeks, so there will be a short delay before we can arrange the next steps. You remain very much in consideration.

Best regards,
Ritu Malhotra
Talent Acquisition, Sarvam Labs Pvt Ltd`, 'Next steps - QC Microbiologist'),

  hold('final', ['role_closed'], {},
    `Dear Michael,

Now that the panel has met all the shortlisted candidates, I owe you an update. The board has asked us to hold off on making any appointment to the Director of Operations post until the new funding agreement is signed. We are not closing the process and your candidacy remains open - I expect to be back in touch in January.

Kind regards,
Sarah Mensah
Chair, Recruitment Committee, Coastal Rescue Volunteers`, 'Director of Operations'),

  hold('assessment', ['generic'], {},
    `Hi Kiran,

Thanks for submitting the sub-editing test. We've had a large number of submissions, so it's taking the desk longer than planned to mark them. We expect to get back to everyone by the end of next week.

Cheers,
Fran
Fran Ashby | Editorial Recruitment | Harbour City Herald`, 'Sub-editor test'),

  hold('interview', ['role_closed'], {},
    `Dear Ms Adeyemi,

Thank you for your time with our Chief Pilot on 4 April. Due to a company-wide review of our fleet plans, recruitment for the Cabin Services Manager position has been temporarily suspended. Your application has not been declined and will remain active; we will contact you once recruitment resumes.

Regards,
Human Resources
Sahel Air Nigeria`, 'Cabin Services Manager'),

  hold('application', ['role_closed'], {},
    `Hi Conor,

Thank you for your application for the Harbour Pilot Trainee position. We've had to pause this campaign while the port authority confirms next year's budget. We'll be in touch once we know more - please don't worry, your application is still with us.

Regards,
Careers, Port of Tauranga Marine Services`, 'Harbour Pilot Trainee - paused'),

  hold('interview', ['generic'], {},
    `Hey Marta - sorry for the radio silence after your chat with Jamie and me. The head coach has been away with the first team on the pre-season tour, so we haven't been able to make any decisions yet. Should have news by the 20th. Thanks for bearing with us! - Owen, Ops, Glenfield United`, 'Re: Kit & Equipment Manager'),

  hold('screen', ['role_closed'], {},
    `Hi Jasmine,

Thanks for the call last Thursday. Quick update: the Field Service Engineer vacancy has been put on hold while the company reviews headcount for Q1. I'll keep your application active and reach out as soon as it's back on.

Best,
Callum Price
Recruiter, Torrent Renewables`, 'Field Service Engineer'),

  // ── Look-alikes: invitations, scheduling, confirmations, acknowledgements
  other(`Hi Declan,

Thanks for speaking with me on Thursday. I'm pleased to say the contracts manager would like to meet you on site at the Athlone bypass. Could you do Tuesday at 10am? Bring steel-toe boots; we'll provide the hi-vis.

Regards,
Orla`, 'Next step - site visit'),

  other(`Dear Hannah,

Thank you for your application for the Graduate Chemist role at Corvane Biosciences. We have received it and will review it carefully. Successful candidates will be invited to meet the team and visit the lab. We aim to respond to everyone within three weeks.

Kind regards,
Talent Acquisition`, 'Application received'),

  other(`Hi Jordan,

It was good to put a face to the name yesterday! Just confirming your trial shift in the edit suite on Saturday 14th, 8am-4pm. Ask for Gemma at reception.

Best,
Mia`, 'Saturday trial shift'),

  other(`Dear Ms Wanjiru,

We are pleased to confirm your attendance at the selection day for the QC Manager post on Thursday 12 March at our Thika plant. The day will include a plant tour, a written exercise and a panel discussion. Please bring your ID and original certificates.

Kind regards,
Esther Kamau
Head of People, Tana Pharmaceuticals Ltd`, 'Selection day confirmation'),

  other(`Hi Tom,

Thanks again for the call this morning. I've passed your details to the hiring manager at the Sarnia plant and will let you know once I hear back - usually within a few days.

Best,
Kelsey`, 'Reliability Engineer - thanks for the call'),

  other(`Hello Priyanka,

Following your time with our Head of Medical Affairs, we are delighted to offer you the position of Medical Writer. Please find the offer letter attached. We would be grateful if you could confirm acceptance by 30 June.

Kind regards,
Stellavia Pharma People Team`, 'Offer of employment - Medical Writer'),

  other(`Dear Colonel (Retd.) Hughes,

Thank you for your email of 3 May. We confirm that you have withdrawn your application for the Programme Support Officer role, and we have closed it on our system. We wish you every success in your transition and hope to hear from you again.

Recruitment Team
Forces Futures Trust`, 'Withdrawal confirmed'),

  other(`Hi Conor,

Thanks for your patience. The panel has now met all the shortlisted candidates and we're still deliberating - we'll be in touch with everyone by Friday.

Gerry`, 'Quick update'),

  other(`Dear Candidate,

Thank you for completing the online assessment for the Air Traffic Control Trainee programme. Your results are being reviewed. Candidates who meet the standard will be invited to an assessment centre in Prestwick. You do not need to do anything at this stage.

Trainee Recruitment
Celtic Air Navigation Services`, 'Assessment received'),

  other(`Hi Ana,

Lovely to meet you on Tuesday. The editor would like a second conversation - could you do a 30-minute video call Thursday or Friday afternoon? Reply with a slot that works and I'll send a link.

Tamsin`, 'Second conversation?'),

  other(`Job alert: 6 new roles match "port operations" near Durban.
- Terminal Planner, Natal Bulk Terminals
- Shift Supervisor, Indian Ocean Stevedores
- Marine Pilot Trainee, Transharbour
Unsubscribe or manage your alerts in your account settings.`, 'New jobs for you'),

  other(`Dear Lachlan,

Thank you for the trial shift on Saturday. We are pleased to offer you a casual position as a Wharf Operator, starting Monday 3 February. HR will send through the contract and induction details.

Kate Morrissey
Operations Superintendent`, 'Welcome aboard'),

  other(`Hi Nikhil,

Thanks for your time with the medical team last week. We'd like to invite you back to meet the Director of Rugby and spend a morning with the squad at the training ground, which would be the final step. Are you free on the 19th?

Hollie Grant
Head of Medical, Kingsbridge Rugby Club`, 'Final step - Kingsbridge RFC'),

  other(`Hello Sipho,

Thank you for joining our talent network at Sunveld Renewables. You'll now receive updates on new openings in engineering and project delivery across South Africa. You can update your preferences at any time.

Sunveld Careers`, 'Welcome to the Sunveld talent network'),

  other(`Dear Rohan,

Thank you for your visit to the lab on the 22nd. Prof. Lim would like to schedule a second conversation to discuss the project in more detail. Please let me know your availability next week.

Best regards,
Lab Administrator
Straits Institute of Molecular Science`, 'Follow-up'),

  other(`Hi Grace,

Just a reminder that your call with Dr Osei is tomorrow at 2pm GMT. The Teams link is below. If anything changes please let me know.

Natalie`, 'Reminder: call with Dr Osei tomorrow'),

  other(`Dear Applicant,

Thank you for applying for the Security Screening Officer role. Your application is under review. Due to the number of applications, we are unable to respond to each one individually; if you have not heard from us within 30 days, please assume your application has not progressed on this occasion.

Recruitment Section
Savannah Aviation Security Ltd`, 'Application acknowledgement'),

  other(`Hi Olivia,

Thanks for speaking with us on Friday. We've discussed it with the board and we'd like to offer you the Communications Lead role at EUR 58,000. I know this is below what you'd hoped for - happy to talk it through.

Aoife`, 'Communications Lead - offer'),

  other(`Hi Freya,

Following our chat, I'd like to reschedule your visit to the farm from Wednesday to Friday, as the harvest crew will be in. Same time, 9am. Sorry for the change!

Rosie`, 'Change of date - farm visit'),

  other(`Hi Kwame,

Great to connect on Monday. I'm now putting your CV forward to the client for the Terminal Operations Planner role, and they'll let me know in the next week if they want to meet. In the meantime, let me know if anything changes on your side.

Tolu`, 'Putting you forward'),

  other(`Dear Niamh,

Thank you for the feedback call request. I've booked 20 minutes with the panel chair on Monday at 11am to go through how you did at the final stage. A calendar invite will follow.

Caroline Devlin
HR Manager, Corrib Civil Engineering`, 'Feedback call booked'),

  other(`Hello Thabo,

Thank you for your chat with our site manager. We are now conducting reference checks for shortlisted candidates, including you, and will be in touch shortly. Please let your referees know they may be contacted.

HR Department
Ubuntu Roadworks (Pty) Ltd`, 'Reference checks'),
];
