/**
 * Development messages of the twelfth round, never sealed, aimed at the reasons and the flags (issue 9): comparisons
 * with other candidates' experience or backgrounds in many words (no domain named, and a domain named), requirements
 * named in passing, test results, judgements of the panel on a named area in long polite letters, offers of feedback
 * and open doors far from the decision, and two reasons in one message — in ATS templates, hiring managers' and
 * recruiters' notes, agencies, universities, the public sector, in British, American and Indian English. The rules
 * may be checked against them and the model may be trained on them.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej } = lineWriter('d12-');

const eeo = '\n\n---\nThis is an automated message from our applicant tracking system. Replies to this address are not read. Northvale is an equal opportunity employer.';
const agency = '\n\nBrightpath Recruitment Ltd | Registered in England & Wales No. 0841122 | This email and any attachments are confidential.';

export const HANDWRITTEN_DEV_12: readonly CorpusLine[] = [
  // ── others' experience or background closer, no domain named: profile_mismatch
  rej('interview', ['profile_mismatch'], {},
    `Hi Bea,

Thanks for the time you gave us on Wednesday. The team enjoyed meeting you. In the end we went with someone whose experience sat a little nearer to what we need day to day, so we won't be moving ahead with your application.

Best,
Tom`, 'Operations Lead'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Kwame,

Thank you for interviewing with us for the Programme Officer post. It was a strong field, and the panel concluded that two of the other candidates had experience that was more directly relevant to the post. I am sorry that this is not better news.

Kind regards,
Harriet Lowe
HR Business Partner`, 'Programme Officer'),
  rej('application', ['profile_mismatch'], {},
    `Hello Ananya,

Thank you for applying for the Business Analyst role at Trident Systems. We have reviewed your profile and found other applicants whose backgrounds were a stronger fit for this opening. Hence we will not be taking your candidature forward.

Warm regards,
Talent Acquisition Team`, 'Business Analyst - Pune'),
  rej('final', ['profile_mismatch'], {},
    `Hi Leon,

I wanted to let you know personally before the week is out. You were one of the last two for the role and it was genuinely close. The deciding factor was that the other finalist is a bit further along in their career in a role like this one, and we felt that tipped it.

Thanks again for all your time,
Ruth`, 'Head of Partnerships'),
  rej('screen', ['profile_mismatch'], {},
    `Hi Dario,

Thanks for jumping on the phone with me on Monday. I've now had a chat with the hiring manager, and she's going to focus on people with a deeper track record in roles of this size, so I'm afraid we won't be taking things further for this one.

Cheers,
Sophie
Talent Partner`, 'Senior Product Manager'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Ms Achterberg,

Thank you for attending interview for the position of Senior Planning Officer. After careful consideration the panel has decided to appoint a candidate who demonstrated a broader range of relevant experience against the person specification. You have therefore not been successful on this occasion.

Yours sincerely,
Recruitment Team
Westmoor District Council`, 'Senior Planning Officer - ref WDC/114'),
  rej('application', ['profile_mismatch'], {},
    `Dear Candidate,

Thank you for your application for Graduate Data Scientist (Req 44810). We have carefully compared all applications against the requirements of the role and have identified candidates whose qualifications more closely match them. We will therefore not be taking your application any further.

Sincerely,
Northvale Careers${eeo}`, 'Graduate Data Scientist (Req 44810)'),
  rej('interview', ['profile_mismatch'], offered,
    `Hi Ines,

I hope you had a good weekend. Thank you once more for meeting with Karl and me. We've now completed the interviews and have chosen to offer a second interview to candidates with a little more exposure to roles at this level, so we won't be progressing your application this time.

I know that's disappointing. If it would help to hear a bit more about how Karl and I saw the conversation, I'd be glad to set up fifteen minutes next week.

Best regards,
Markus`, 'Customer Insights Manager'),
  rej('interview', ['profile_mismatch'], {},
    `Hi Sam — quick note to say thanks for coming in on Friday. We've decided to go with another candidate; frankly their experience just lined up better with what this team does. Sorry it's not better news.

Jo`, 'Re: Friday'),
  rej('application', ['profile_mismatch'], {},
    `Dear Prakash,

Thank you for your interest in the Assistant Professor position in the Department of Civil Engineering. The selection committee received a large number of applications and has shortlisted candidates whose research profiles are a closer match to the department's current priorities. I regret that your application was not among those shortlisted.

With best wishes,
Dean of Faculty`, 'Faculty recruitment 2027'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Olamide,

Thank you for your interview for the Client Services Executive post. You interviewed well, but we have offered a second meeting to applicants who could point to more experience of this kind of work. We will not be taking your application further.

Regards,
Louise`, 'Client Services Executive'),

  // ── others' background closer in a NAMED domain: skills_gap
  rej('interview', ['skills_gap'], fb,
    `Hi Maya,

Thank you for your interviews with us last week. The team really valued the conversation. We've decided to move forward with a candidate whose background is much deeper in payments compliance, which is where this role will spend most of its first year.

Best,
Chris`, 'Risk Analyst'),
  rej('final', ['skills_gap'], fb,
    `Dear Rafael,

Thank you for spending the afternoon with the leadership team. It was a difficult choice between the finalists. The candidate we have selected has several years running clinical trials in oncology, and that experience was decisive for us at this point.

Kind regards,
Dr Ellen Forsyth`, 'Clinical Operations Lead'),
  rej('application', ['skills_gap'], fb,
    `Hello Chen,

Thanks for your interest in the Embedded Engineer opening. Other applicants came to us with hands-on automotive functional safety work (ISO 26262) which this role depends on, so we won't be progressing your application.

Regards,
Talent Team${eeo}`, 'Embedded Engineer'),
  rej('interview', ['skills_gap'], fb,
    `Dear Siobhan,

Many thanks for meeting the panel. We have decided to appoint a candidate with a stronger grounding in statutory safeguarding casework, which is central to this post. I am sorry to disappoint you.

Yours sincerely,
Gareth Price
Head of Service`, 'Senior Social Worker'),

  // ── a requirement named in passing
  rej('application', ['skills_gap'], fb,
    `Hi Ola,

Thanks for applying for the Data Platform Engineer role. We read your CV with interest. For this position we need people who've run Spark in production, and that isn't something your CV shows, so we won't take it further this time.

Best,
Hiring team`, 'Data Platform Engineer'),
  rej('screen', ['skills_gap'], fb,
    `Hi Marta,

Thank you for the call yesterday. I passed everything on to the client. Because the role will be supporting German-speaking customers and your German is at conversational level, they've decided not to go ahead.

Best wishes,
Neil${agency}`, 'Customer Success - DACH'),
  rej('application', ['skills_gap'], fb,
    `Dear Rajesh,

Thank you for applying to the post of Site Engineer. Please note that a valid CSCS card is a mandatory condition of employment on our sites, and as your application does not include one we are unable to proceed.

Regards,
HR Department`, 'Site Engineer'),
  rej('interview', ['skills_gap'], fb,
    `Hi Gabe,

Thank you for interviewing with us for the Frontend Lead role. It was great to meet you. After the debrief the panel agreed that for this hire we need someone who has already led a design-system migration end to end, and we didn't hear that from you in the interview. We won't be moving forward.

All the best,
Rin`, 'Frontend Lead'),
  rej('application', ['skills_gap'], fb,
    `Dear Aisha,

Thank you for your application for the Pharmacy Technician vacancy. Applicants must be registered with the GPhC at the point of appointment; as you have told us your registration is still pending, we cannot take your application further at present.

Kind regards,
Recruitment Services`, 'Pharmacy Technician'),
  rej('screen', ['skills_gap'], fb,
    `Hi Vikram,

Good speaking to you on Tuesday. I'm sorry to say the client won't be inviting you to interview — they were clear they want at least five years in a people-leadership role, and your time managing a team has been shorter than that.

Cheers,
Priya (Brightpath)${agency}`, 'Engineering Manager - client role'),
  rej('interview', ['skills_gap'], fb,
    `Dear Nkechi,

Thank you for attending interview for the Finance Manager role. The panel were impressed by your enthusiasm. However, the role involves preparing consolidated accounts under IFRS, and from our discussion your exposure to group consolidation has been limited. We will not be offering you the position.

Regards,
Fiona`, 'Finance Manager'),
  rej('application', ['skills_gap'], fb,
    `Hi Jakub,

Thanks for applying! This internship is open to students in the second year of an engineering degree or above, and as you're currently in your first year we can't consider your application this round.

The Voltline Team`, 'Summer internship'),

  // ── assessment results
  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the numerical reasoning test for the Graduate Scheme. Your score did not reach the level required to progress to the next stage, and we will not be taking your application further.

Graduate Recruitment${eeo}`, 'Graduate Scheme - test result'),
  rej('assessment', ['assessment'], fb,
    `Hi Hamza,

Thanks for sending over the take-home. The reviewers liked how you structured the API, but the solution had no tests and the pagination broke on the second page of results, so we won't be moving to the next round.

Best,
Lina`, 'Backend take-home'),
  rej('assessment', ['assessment'], {},
    `Hello Divya,

Thank you for attempting the online coding assessment on HackerEarth for the SDE-1 role. We regret to inform you that you have not cleared the cut-off for this round. We wish you all the best.

Regards,
Campus Hiring Team`, 'SDE-1 online assessment'),
  rej('assessment', ['assessment'], fb,
    `Dear Tobias,

Thank you for completing the written exercise. The assessors felt the briefing note was clear, but it did not weigh up the cost of the options against each other, which was the core of the task. On this occasion you have not been successful.

Regards,
Resourcing Team`, 'Policy Adviser - written exercise'),
  rej('interview', ['assessment'], fb,
    `Hi Nadia,

Thank you for the interview and the case exercise on Thursday. The panel enjoyed the interview itself, but the case analysis missed the churn problem in the cohort data, and that is the heart of this role. We've decided not to proceed.

Best,
Owen`, 'Growth Analyst'),
  rej('assessment', ['assessment'], offered,
    `Dear Ji-woo,

Thank you for taking part in the assessment centre for our graduate programme. Having reviewed the results of the group exercise and the in-tray task, we are sorry to let you know that your overall score fell below the threshold for an offer this year.

A breakdown of your scores is available; just reply to this email if you would like us to send it to you.

Early Careers Team`, 'Assessment centre outcome'),

  // ── specific feedback in long polite letters: a judgement of the panel and a named area
  rej('interview', ['skills_gap'], fb,
    `Dear Elif,

Thank you so much for coming in to meet us for the Marketing Manager role. I know interviews take real preparation and it showed; you were warm, well prepared and clearly passionate about the brand.

We have now met everyone on the shortlist, and I'm sorry to tell you that we have decided not to offer you the role. The panel would have liked to hear more about how you have measured the results of your campaigns, as budget accountability is a big part of this job.

Thank you again for your interest in Halden & Co. and for the care you put into your application.

With warm wishes,
Claire`, 'Marketing Manager'),
  rej('interview', ['skills_gap'], fb,
    `Hi Arjun,

Thanks for your patience while we finished the process. I really appreciated your time and energy throughout the interviews with Dev, Mira and the founders.

We've decided not to move ahead. Mira wanted to see more depth in how you'd approach the data model when we talked through the analytics feature, and that weighed on the decision.

Really grateful for the time you gave us.

Best,
Sana`, 'Full-stack engineer'),
  rej('interview', ['skills_gap'], fb,
    `Dear Mr Haddad,

I am writing to thank you for attending interview for the role of Deputy Head of Science. The governors and I were grateful for the thought you had put into the lesson observation and the presentation.

I am sorry to tell you that we have not offered you the post. The panel noted that your answers on curriculum leadership across Key Stage 3 were less developed than those of other candidates.

I wish you every success in your career.

Yours sincerely,
Mrs A. Kendrick
Headteacher`, 'Deputy Head of Science'),
  rej('final', ['skills_gap'], fb,
    `Hello Priyanka,

Thank you for your time at the final round last Tuesday. It was a pleasure to host you in Bengaluru.

Following the discussion with the leadership team, we will not be extending an offer. The leadership team felt that your stakeholder examples were mostly from within your own team, and this role needs someone used to negotiating with business heads.

We wish you the very best.

Regards,
Karthik`, 'Programme Manager'),

  // ── feedback offered and doors far from the decision
  rej('interview', ['generic'], { ...offered, ...door },
    `Dear Hugo,

I hope this finds you well. First, thank you for the time and thought you put into your interviews with us over the past few weeks; meeting so many people in one process is a lot to ask, and you were gracious throughout.

We have now reached a decision and, I am sorry to say, we will not be offering you the role of Research Manager.

This was not an easy decision and I want to be clear that it reflects the particular needs of this role at this moment. Our research team is growing, and over the next year we expect to open several further posts, some of which may suit you well. I'd be delighted to see your name on our applicant list again when they appear.

The interviewers each wrote up their impressions after your sessions, and I'd be glad to walk you through them on a short call if that would be useful.

With best wishes,
Annika Strand
Director of Research`, 'Research Manager'),
  rej('application', ['generic'], door,
    `Dear Aditya,

Thank you for applying for the Junior Analyst position with us. We received an overwhelming response to the advertisement.

After a careful review of all profiles, we regret to inform you that we will not be able to take your application forward. We have, however, retained your resume in our database and our team will get in touch with you should a suitable opening arise in future.

Thanking you,
HR Team
Sterling Finserv Pvt. Ltd.`, 'Junior Analyst'),
  rej('screen', ['generic'], offered,
    `Hey Cam,

Thanks again for the chat on Thursday. I've talked it over with Lucy and we're going to pass for now. If you're curious what tipped it, I'm around most afternoons — happy to tell you what we talked about.

Ben`, 'Studio Assistant'),
  rej('interview', ['generic'], door,
    `Dear Zanele,

Thank you for interviewing for the Communications Officer post. We have decided not to offer you the post on this occasion. We have been very impressed by you, and we hope you will put yourself forward when we next advertise, which is likely to be in the spring.

Kind regards,
People & Culture`, 'Communications Officer'),
  rej('final', ['position_filled'], { ...offered, ...door },
    `Hi Beatriz,

I wanted to write rather than send one of our form emails. We met some excellent people for this role and you were certainly one of them; it came down to the finest of margins, and we've offered the role to another candidate who has now accepted.

I know this is not what you hoped to hear. A couple of things I'd like to say. First, the team would be very glad to stay in touch — we expect to hire two more designers in the autumn and I'd genuinely like you to be part of that conversation. Second, the panel's notes are detailed and I'm more than willing to go through them with you if you'd find that useful.

Thank you for everything you put into the process.

Warmly,
Grace`, 'Senior Product Designer'),

  // ── two reasons
  rej('final', ['position_filled', 'profile_mismatch'], {},
    `Dear Jonas,

Thank you for coming to the final interview. We have now offered the position to a candidate whose experience was a closer match for the role, and they have accepted. We are sorry not to bring better news.

Kind regards,
Recruitment`, 'Project Controls Manager'),
  rej('interview', ['position_filled', 'skills_gap'], fb,
    `Hi Femi,

Thanks for your interviews. We've made an offer to another candidate, who has accepted. They bring a lot of experience with Kubernetes operators, which the platform roadmap leans on heavily.

All the best,
Dan`, 'Platform Engineer'),
  rej('screen', ['salary', 'location'], fb,
    `Hi Leila,

Thanks for taking the time to chat. Having discussed it with the hiring manager, the salary you're looking for sits above the band for this role, and as the team is in the office four days a week in Leeds the commute from Newcastle would be a lot. For both reasons we won't take it further.

Best,
Alex`, 'Operations Analyst'),
  rej('application', ['skills_gap', 'location'], fb,
    `Dear Applicant,

Thank you for your interest in the Associate Solicitor role. Candidates must hold a practising certificate in England and Wales and have the right to work in the UK without sponsorship. As your application does not meet these requirements, we are unable to progress it.

HR Team`, 'Associate Solicitor'),
  rej('interview', ['overqualified', 'salary'], fb,
    `Dear Bernard,

Thank you for meeting the team. Given the depth of your career so far, we think this role would be a step back for you, and the package we can offer is well below your current salary. We won't be taking things further, but thank you for thinking of us.

Regards,
Nadia`, 'Office Manager'),
  rej('interview', ['culture_fit', 'skills_gap'], fb,
    `Hi Yuki,

Thank you for your time with us. We had some hesitation about how you'd find our very flat, fast-changing way of working, and the role needs more hands-on experience with paid social than you've had so far. We won't be moving forward.

Best,
Meg`, 'Marketing Executive'),
  rej('interview', ['internal_candidate', 'profile_mismatch'], {},
    `Dear Paolo,

Thank you for interviewing with us. We have decided to appoint an internal candidate whose experience is more closely aligned with the role's needs. I'm sorry not to have better news.

Kind regards,
HR`, 'Team Leader'),
  rej('application', ['role_closed', 'profile_mismatch'], {},
    `Hi Noor,

Thanks for your application. The senior role you applied for has been put on hold following a restructure, and we also felt your profile wasn't quite the fit for the narrower junior role that remains open. So we won't be taking your application further.

Best,
Talent Team`, 'Senior Analyst'),
  rej('interview', ['assessment', 'skills_gap'], fb,
    `Hi Tariq,

Thanks for completing the interviews and the SQL exercise. Unfortunately the exercise score was below our bar, and the team also felt you'd need more experience with dbt than you have at the moment. We won't be proceeding.

Cheers,
Hana`, 'Analytics Engineer'),
  rej('final', ['position_filled', 'profile_mismatch'], door,
    `Dear Ms Okafor,

Thank you for attending the final panel. The appointment has been made to an applicant whose background matched the job description more closely. We have kept your details and will contact you about comparable vacancies in the coming months.

Yours sincerely,
Human Resources`, 'Principal Officer'),
  rej('screen', ['location', 'profile_mismatch'], fb,
    `Hi Sven,

Thanks for the call. Two things stood in the way: the client needs the contractor on site in Rotterdam three days a week, and they're also looking for someone with a more senior profile than yours. They won't progress it.

Best,
Neil${agency}`, 'Contract PM'),
  rej('interview', ['salary', 'profile_mismatch'], fb,
    `Dear Mei,

Thank you for your interviews. The panel felt other candidates were better aligned with what the role needs, and your salary expectations were also above our range. We will not be moving forward.

Best regards,
HR`, 'Product Owner'),
  rej('interview', ['role_closed'], {},
    `Hi Ollie,

Thanks for your patience. The role has been restructured and its duties are being absorbed by a current member of staff, so we're closing the vacancy and won't be progressing any applications.

Best,
Recruitment`, 'Content Lead'),
  rej('final', ['position_filled', 'skills_gap'], { ...fb, ...door },
    `Hi Anouk,

Thank you for the final conversation with our CTO. We've offered the job to someone with deeper experience in low-latency trading systems, and they've said yes. Please keep an eye on our careers page — there'll be more roles in the team next year.

Best,
Pieter`, 'Senior C++ Engineer'),

  // ── generic, with praise and boilerplate that name no reason
  rej('application', ['generic'], {},
    `Dear Emily,

Thank you for your application to the Events Coordinator role. We were impressed by the quality and breadth of experience across the applications we received. After careful consideration, we have decided not to take your application forward.

Best regards,
Talent Team${eeo}`, 'Events Coordinator'),
  rej('interview', ['generic'], {},
    `Hi Marcus,

Thank you for your interest and for the conversation with the team. You clearly have a great deal of experience, and we enjoyed hearing about it. We have decided not to move forward with your candidacy.

Best,
Jen`, 'Account Director'),
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying. We had a very strong response from candidates with a wide range of skills and backgrounds. Unfortunately you have not been shortlisted on this occasion.

Recruitment Team`, 'Library Assistant'),
  rej('screen', ['generic'], {},
    `Hi Rahul,

Thanks for the call last week — it was good to learn about your background. We've decided not to move to the next stage with your application.

Regards,
Ishaan`, 'Sales Development Rep'),

  // ── more comparisons and requirements in other voices
  rej('interview', ['profile_mismatch'], {},
    `Dear Hannah,

Following your interview, I'm writing to let you know that we will not be offering you the position of Laboratory Manager. The successful candidate's previous roles were closer in scope and scale to this one.

Kind regards,
Dr Peter Wyatt`, 'Laboratory Manager'),
  rej('application', ['profile_mismatch'], {},
    `Hi there,

Thanks for applying to Fernleaf. We've reviewed your application for the Community Manager role. We've chosen to interview people whose experience is more relevant to this particular position, so we won't be moving forward with yours.

Thanks,
Fernleaf Hiring`, 'Community Manager'),
  rej('interview', ['skills_gap'], fb,
    `Hi Luis,

Thanks for your time with the team. We won't be moving forward. Most of this role is negotiating enterprise contracts, and the others we met had done far more of that than you have.

Best,
Kai`, 'Commercial Manager'),
  rej('interview', ['profile_mismatch'], {},
    `Dear Sanjay,

Thank you for interviewing with Medlink Health. After consideration, we have moved forward with a candidate whose experience more closely reflects the demands of this role.

Sincerely,
Talent Acquisition`, 'Clinical Informatics Lead'),
  rej('interview', ['skills_gap'], fb,
    `Hi Freya,

Thank you for speaking with the team. We have decided to go with a candidate who brought stronger experience in grant writing for research councils, as that will be most of the work in the first year.

Best wishes,
Amira`, 'Research Development Officer'),
  rej('assessment', ['assessment'], fb,
    `Hi Kofi,

Thank you for the design exercise. The panel liked your research summary, but the prototype didn't address the accessibility brief we set, and so we won't progress to interviews.

Regards,
Design Team`, 'Product Designer'),
  rej('interview', ['culture_fit'], fb,
    `Dear Lars,

Thank you for meeting us. We were not sure that our informal, everyone-does-everything setting would suit the way you like to work, and so we have decided not to take your application further.

Kind regards,
Hedda`, 'Office Coordinator'),
  rej('interview', ['overqualified'], fb,
    `Hi Graham,

Thanks for coming in. Honestly, with twenty years of running departments behind you, we think you'd be bored within months in a coordinator post, and we'd rather be upfront about that. We won't be offering you the role.

Best,
Tess`, 'Project Coordinator'),
  rej('screen', ['location'], fb,
    `Hi Ama,

Thanks for the phone screen. I'm sorry to say that this role requires US work authorization and we are not able to sponsor visas for it, so we can't move forward.

Best,
Recruiting`, 'Data Engineer (US)'),
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Femke,

Thank you for meeting with the panel for the Policy Lead role. I am sorry to tell you that you have not been selected. The panel felt your answer on working with ministers lacked concrete examples.

The chair's notes on your interview are detailed, and I would be pleased to pass them on to you if you would like them.

Regards,
Resourcing`, 'Policy Lead'),
  rej('application', ['skills_gap'], fb,
    `Dear Mohammed,

Thank you for your interest in the Quantity Surveyor role. This is a chartered position, and since you are not yet MRICS we are unable to shortlist you.

Kind regards,
HR`, 'Quantity Surveyor'),
  rej('interview', ['profile_mismatch'], door,
    `Hey Pri,

Thanks for chatting with us. We're going with someone whose previous work overlaps more with ours, so it's a no for now. Would love to see you apply again when we grow the team.

Cheers,
Jamie`, 'Growth Marketer'),
  rej('final', ['position_filled', 'profile_mismatch'], door,
    `Dear Suresh,

Greetings from Vantage Infra. Thank you for attending the final round of discussions with our Director. We wish to inform you that the position has been offered to a candidate whose profile was more in sync with the requirement, and the candidate has joined. We shall keep your profile in our records for similar openings in the future.

Regards,
HR Team`, 'Project Manager - Hyderabad'),
  rej('screen', ['skills_gap', 'salary'], fb,
    `Hi Dana,

Thanks for the chat earlier. I've spoken with the client: they need someone who already holds a current SC clearance, which you don't have yet, and the day rate you quoted is above what they've budgeted. So I'm afraid it's a no from them.

Best,
Neil${agency}`, 'Contract Security Analyst'),
];

export const HANDWRITTEN_DEV_12B: readonly CorpusLine[] = [
  // relabelled after first sight by the convention (an offer made to another is position_filled beside the comparison)
  rej('interview', ['position_filled', 'profile_mismatch'], {},
    `Hi Ciaran,

Thanks for coming to see us on Tuesday. We've had a long talk as a team and we're going to offer the job to a person whose CV maps more neatly onto what we do. Sorry to be the bearer of this news.

Cheers,
Lou`, 'Workshop Supervisor'),
  rej('application', ['profile_mismatch'], {},
    `Dear Applicant,

Thank you for your application for the role of Research Assistant (Ref RA-2291). The shortlisting panel has assessed all applications against the essential and desirable criteria, and other applicants evidenced these to a greater degree. We are therefore unable to invite you to interview.

University of Eastbridge — HR Services`, 'RA-2291'),
  rej('final', ['position_filled', 'profile_mismatch'], {},
    `Hi Thandi,

I hope you're well. Thank you so much for the final session with Marco and Jess. I'm sorry to say we have offered the role to someone else — it was very close, but they had worked in a set-up much more like ours, and they've accepted.

Warmly,
Nina`, 'Head of Customer Experience'),
  rej('interview', ['skills_gap'], fb,
    `Dear Mr Banerjee,

Thank you for appearing before the interview board for the post of Assistant Engineer (Electrical). The board has recommended candidates with a longer record of commissioning high-voltage substations. We regret that you have not been selected.

Yours faithfully,
Administrative Officer`, 'Assistant Engineer (Electrical)'),
  rej('screen', ['skills_gap'], fb,
    `Hi Alina,

Thanks for the quick call. I've fed back to the client, and they're going with people who've already run SOC 2 audits themselves — that's the core of the first six months and it isn't on your CV yet. So it's a pass from them on this one.

Thanks,
Mark`, 'Compliance Manager (contract)'),
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Dev,

Thanks again for the two rounds with us. The team was really impressed with your product sense. In the end, we felt the role needs someone who has owned pricing for a B2B product, and your experience there is still early.

If you'd like more detail on how the panel scored each interview, let me know and I can send a short summary.

Best,
Ayesha`, 'Senior PM'),
  rej('assessment', ['assessment'], fb,
    `Dear Karim,

Thank you for submitting the portfolio task. The reviewers liked the visual direction, but your case study skipped over how you tested the designs with users, which is what this role lives on. We won't be progressing your application.

Best wishes,
Studio Team`, 'UX Designer'),
  rej('assessment', ['assessment'], {},
    `Hi Sophie,

Thank you for completing the Watson-Glaser assessment. Unfortunately your result was below the benchmark for this intake, so we are unable to take your application further.

Trainee Solicitor Recruitment`, 'Training contract 2028'),
  rej('interview', ['skills_gap'], fb,
    `Dear Ms Lindqvist,

Thank you for attending the interview for Senior Lecturer in Nursing. The panel were hoping for a clearer account of how you would lead the simulation-based teaching on the programme, and on balance they have decided not to offer you the post.

With best wishes,
Faculty HR`, 'Senior Lecturer in Nursing'),
  rej('interview', ['generic'], { ...offered, ...door },
    `Dear Oskar,

Thank you for the time you invested in our process over the last month — three conversations and a site visit is a lot, and we don't take it for granted.

I'm writing to let you know that we won't be making you an offer for the Supply Chain Lead role. This is no reflection on how much we enjoyed getting to know you.

We're opening a second supply chain team in Gdańsk next year and I would be genuinely pleased if you threw your hat in the ring when we advertise those roles.

Several of the panel left detailed comments, and I'd be happy to go over them with you in a call whenever suits.

Kind regards,
Helena`, 'Supply Chain Lead'),
  rej('application', ['generic'], door,
    `Dear Nikhil,

Thank you for applying to Arcwell Technologies. After reviewing your application for the Graduate Engineer Trainee role, we will not be moving forward. Our campus drive happens every year in August and we would be happy to receive your application again then.

Regards,
Campus Recruitment Team`, 'GET 2027'),
  rej('interview', ['generic'], offered,
    `Hi Harriet — thanks for your patience. We've decided not to go forward for the editor role. I kept notes from each of the conversations; if a quick rundown would be useful, reply and I'll send it across.

Tom`, 'Editor'),
  rej('interview', ['culture_fit', 'profile_mismatch'], fb,
    `Hi Jonas,

Thanks for meeting the team. We were unsure our loose, figure-it-out-as-we-go way of running things would work for you, and we also saw other applicants whose experience was a better fit for the role. We won't be moving ahead.

Best,
Ines`, 'Operations Manager'),
  rej('screen', ['location', 'salary'], fb,
    `Hi Paula,

Thanks for the call. From what we discussed, you'd need the role to be fully remote from Lisbon, and the figure you're after sits beyond the top of our range. Neither of those is something we can move on, so we'll leave it there.

Best,
Recruiting`, 'Account Executive'),
  rej('interview', ['internal_candidate', 'skills_gap'], fb,
    `Dear Fatima,

Thank you for interviewing with us. We have appointed a colleague from within the department who has run the Epic EHR rollout for the last two years, which is the main focus of this role. I'm sorry it isn't better news.

Kind regards,
Dr Mensah`, 'Clinical Systems Lead'),
  rej('final', ['position_filled', 'skills_gap'], fb,
    `Hello Ravi,

Thank you for the final-round discussion with our founders. We have decided to go ahead with another finalist, who has accepted our offer. Their years of running GST compliance for mid-sized manufacturers gave them an edge for this position.

Regards,
Team Finlytics`, 'Tax Lead'),
  rej('application', ['overqualified'], fb,
    `Hi Moira,

Thank you for applying to be a Sales Assistant with us. Having read your CV, we think your years of running a store would mean you'd soon want more than this role can give, so we won't be taking your application forward.

Best wishes,
The Store Team`, 'Sales Assistant'),
  rej('application', ['skills_gap'], fb,
    `Dear Applicant,

Thank you for your interest in the Paramedic vacancy. This post requires HCPC registration at the time of application. Our records show that you are awaiting registration, and therefore your application cannot progress further.

Recruitment Team
Northern Ambulance Service`, 'Paramedic'),
  rej('interview', ['profile_mismatch'], door,
    `Dear Amelia,

Thank you for interviewing with us. On this occasion we have chosen a candidate whose experience was more closely matched to the brief. We would very much like to hear from you when we next recruit for the team.

Kind regards,
Helen`, 'Events Manager'),
  rej('interview', ['skills_gap'], fb,
    `Hi Sebastián,

Thanks for the conversations this week. The interviewers noted that your examples of leading incident reviews were lighter than we hoped for a staff-level role. We have decided not to proceed.

Best,
Rachel`, 'Staff SRE'),
];
