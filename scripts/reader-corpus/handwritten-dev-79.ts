/**
 * Development messages of the seventy-ninth round: creative work and senior hiring. The first half comes from design
 * studios, advertising agencies, newspapers, broadcasters, publishers, architecture practices, game studios, museums
 * and galleries writing to designers, copywriters, journalists, editors, video producers, animators, photographers,
 * architects, game artists, musicians and theatre staff: portfolio reviews, test briefs, writing and edit tests,
 * showreels, trial shifts, freelance pools, a style that does not suit the studio, a lost client. The second half is
 * director, VP, C-suite, board and partner hiring: retained search consultants reporting longlists and shortlists,
 * nomination committees, chief executives and HR directors writing long letters with the reason in one sentence,
 * pay above the band, relocation, a sector background the board wanted, a search suspended after a merger.
 * Look-alikes in both halves acknowledge a portfolio, send a brief, present a profile to a client, invite a
 * candidate to meet the board, make offers, or sign people up to job newsletters and talent pools.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d79-');

export const HANDWRITTEN_DEV_79: readonly CorpusLine[] = [
  // ── Creative and media work
  rej('application', ['culture_fit'], { ...fb, ...door },
    `Hi Anouk,

Thanks so much for sending your book over. We looked through it properly as a team on Friday - the editorial layouts for the poetry quarterly are gorgeous.

Honestly though, your style leans quite ornate and illustrative, and the studio's work is very stripped-back, grid-led and typographic. We don't think it would be fair to either of us to bring you in and ask you to design against your own instincts every day.

Please keep us in mind - we do occasionally take on illustration-heavy projects and would love to have you in our freelance list for those.

Mira
Studio Kettle, Rotterdam`, 'Your portfolio'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Tomasz,

Thank you for completing the design exercise for the Junior Product Designer role. The reviewers appreciated the effort you put into the onboarding flow.

Unfortunately we won't be taking your application further. The brief asked for a solution to the drop-off between account creation and first deposit, and your submission focused mostly on visual polish of the welcome screens rather than the flow itself; there was no evidence of how you'd test the change.

Best regards,
Product Design Hiring
Quillbank`, 'Quillbank - design exercise outcome'),

  rej('interview', ['position_filled'], {},
    `Hi Jordan, quick one - thanks for coming in to chat about the motion designer role last week. We've now offered it to another candidate and they've accepted. All the best, Kit`, 'motion designer'),

  rej('final', ['role_closed'], { ...door },
    `Dear Saoirse,

I wanted to write personally after your final interview with our creative directors on the 12th.

I'm sorry to tell you that we have lost the Halvorsen Drinks account, which the senior art director position was created to support. With the account gone the role no longer exists and we are not able to make an appointment. This is nothing to do with your interview, which went very well.

We will be in touch the moment we're hiring at this level again - I hope we can talk then.

With best wishes,
Gareth Lyle
Managing Partner, Boatyard & Sons Advertising`, 'Senior Art Director'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...offered },
    `Dear Ms Okonkwo,

Thank you for sitting the subediting test at our offices on Tuesday.

I'm afraid your test did not reach the standard we need for the night desk. You missed several house-style points (we use "per cent", not "%") and two of the headlines ran over the count. We also need subs who are fluent with our Méthode CMS, which you mentioned you haven't used.

If you would like to go through the marked-up paper, do ring me on 0161 555 0193.

Yours sincerely,
Helen Frobisher
Chief Sub-Editor, The Northern Ledger`, 'Sub-editor test'),

  rej('application', ['generic'], {},
    `<p>Dear Applicant,</p><p>Thank you for your interest in the <b>Photographer (Fixed Term)</b> vacancy at the Wexbury Museum of Natural History.</p><p>After reviewing all applications, we regret that you have not been shortlisted for interview.</p><p>Due to the volume of applications we are unable to provide individual feedback.</p><p>Wexbury Museums Trust<br>People Services</p>`, 'Photographer (Fixed Term) - Ref WMT/2231'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Luca,

Thanks for the showreel - some lovely character work in there, especially the fox short.

We're after someone with production experience in Houdini for the FX seat though, and the reel is all Maya/character animation. If you're ever looking at character roles, send it back our way.

Cheers,
Bea
Recruitment, Paperlight Animation`, 'Re: FX Artist application'),

  rej('interview', ['internal_candidate'], {},
    `Dear Rhiannon,

Thank you for interviewing for the Features Editor post at Coastline Magazine. We appreciated the ideas you brought to the conversation.

After much discussion, we have decided to appoint from within the current editorial team. I'm sorry to bring disappointing news.

Warm regards,
Patrick O'Dowd
Editor-in-Chief`, 'Features Editor'),

  rej('assessment', ['position_filled'], {},
    `Hey Sam! Thanks a lot for doing the trial shift in the edit suite on Saturday. We've ended up giving the assistant editor job to someone else - they've already started, actually. Good luck out there!

- Nadia, Flintlock Post`, 'Trial shift'),

  rej('interview', ['location'], { ...fb, ...door },
    `Dear Kwame,

Thank you for speaking with us about the Intermediate Architect position. The team enjoyed hearing about the community library project in Kumasi.

Having reflected on our conversation, we're unable to move forward because the role requires you to be in our Edinburgh studio four days a week from the start, and you told us you won't be able to relocate until at least next autumn. We also can't sponsor a Skilled Worker visa for this grade.

Do keep an eye on our careers page - if the timing changes, we'd be very happy to hear from you again.

Regards,
Fiona McRae
Practice Manager, Lorne Harbour Architects`, 'Intermediate Architect'),

  rej('screen', ['salary'], { ...fb },
    `Hi Dev,

Thanks for the call on Monday. I've spoken with the studio heads and unfortunately the rate you mentioned (£650/day) is well over the budget we have for this contract - we're capped at about £420. So I don't think we can take it further this time.

Best,
Oli Carver
Talent Partner, Ninefold Games`, 'Lead Environment Artist - contract'),

  rej('application', ['profile_mismatch'], {},
    `Thank you for applying to be a Copywriter at Halden & Crest. We've reviewed your portfolio carefully, and while it shows real craft, we've decided to pursue applicants whose work aligns more closely with what we're looking for at the moment.

Halden & Crest Talent Team
This mailbox is not monitored. Please do not reply to this email.`, 'Your application to Halden & Crest'),

  rej('interview', ['overqualified'], { ...fb, ...door },
    `Hi Ingrid,

Thanks again for the interview on Thursday. I'll be straight with you because I think you'd rather that: you've run a design team of twelve and led two full rebrands, and this is a mid-weight production role where most of the week is resizing assets and building out templates. We honestly think you'd be bored inside a month and we'd lose you. So we're not going to offer it to you this time.

If we ever open a design lead role, I'd like to be the first to call you.

Tobias
Head of Design, Plumline`, 'Mid-weight designer'),

  other(`Hi Ayesha,

Thanks for your application for the Junior Graphic Designer role at Fenwick Studio. We looked through your book and we'd love to see how you approach a real brief.

Attached is a short test brief: a poster and two social assets for a (fictional) jazz festival. Please spend no more than three hours on it and send it back by Friday 5pm. It isn't spec work - we won't use anything you make, and we'll pay £100 for your time.

Speak soon,
Jen, Fenwick Studio`, 'Design exercise - Fenwick Studio'),

  other(`Dear Mr Ferreira,

Thank you for submitting your portfolio to Vasco Teixeira Arquitetos. We have received your documents and they will be reviewed by our partners over the coming weeks.

Because of the number of submissions we receive, we can only contact candidates who are selected for interview.

Kind regards,
Recepção | VTA, Porto`, 'Portfolio received'),

  rej('final', ['culture_fit', 'position_filled'], { ...fb },
    `Hi Callum,

Thank you for spending the day with us at the final stage for Junior Designer. It was a difficult decision.

The panel felt that the collaborative way the studio works - lots of loose sketching together, giving and taking critique in the open - didn't sit easily with how you described preferring to work. We've offered the role to someone else whose approach is closer to ours.

All the best,
Emmeline
Third Shelf Design`, 'Final stage - Junior Designer'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Rosa,

Thank you for your interview for the role of Broadcast Journalist (Welsh Language) at Radio Cymru Ddwyrain.

We are sorry to let you know that you have not been successful. The panel were impressed by your newsgathering experience, but the role requires fluency in Welsh at broadcast level, and the on-air reading you did in interview showed you are not yet at that level.

Diolch,
Recruitment Team`, 'Broadcast Journalist (Welsh Language)'),

  rej('application', ['role_closed'], {},
    `Hi there,

Thank you for your interest in the Content Designer role. We're writing to everyone who applied to let you know the role has been withdrawn following a change of plans in the digital team. No further applications are being considered.

Apologies for any inconvenience.

Northgate Council Careers`, 'Content Designer - vacancy withdrawn'),

  other(`You're in! 🎨

Thanks for joining the Pressbox Creative Jobs newsletter. Every Thursday we'll send you hand-picked roles in design, writing, illustration and video from studios across the UK.

This week: 14 new roles, including a Senior Illustrator at Bramble Books and a Video Editor at Fieldstone News.

Unsubscribe any time.`, 'Welcome to Pressbox Creative Jobs'),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the writing test for the Junior Reporter scheme at the Marchmont Herald Group.

Following assessment of your test, we are sorry to inform you that you will not be progressing to the interview stage on this occasion.

We wish you every success in the future.

Marchmont Herald Group - Editorial Trainee Scheme 2026`, 'Editorial Trainee Scheme 2026 - writing test'),

  hold('interview', ['role_closed'], {},
    `Hi Priyanka,

I'm sorry it's taken me a while to get back to you after your interview for the UX Researcher role. I wanted to be honest with you: we've just been told the product team budget is under review for Q3, and all open hiring is paused until that's settled, probably about six weeks.

You're still very much in the running and nothing has been decided. I'll contact you as soon as I know more.

Best,
Harriet Quist
Design Ops, Lanternfish`, 'UX Researcher - update'),

  rej('interview', ['role_closed', 'internal_candidate'], { ...door },
    `Dear Ebo,

Many thanks for meeting Juliet and me about the in-house Video Producer role.

Since we spoke, things have changed: our longtime freelance producer, Dana, who already works with the comms team three days a week, has agreed to take on the extra days, so we won't be recruiting a permanent producer after all.

I'm sorry for the wasted effort on your side. We'd like to add you to our freelance pool for overflow work if you're happy for us to.

Best regards,
Ruth Ansah
Head of Communications, Kwesi Trust`, 'Video Producer'),

  other(`Hello Marguerite,

Great news - the casting team would like to invite you to a recall for the role of Répétiteur with the Northern Light Opera touring company. The recall will be on Monday 19 October at 11:00 at Harbour Studios, Studio 3. Please prepare the Act II duet from the score we sent and a piece of your choice.

Could you confirm by Wednesday?

Warm regards,
Annie Sorensen
Company Manager`, 'Recall - Répétiteur'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Dmitri,

Thank you for applying for the Gallery Technician role at Kessel Contemporary. We had a lot of strong interest, and we've chosen to interview applicants whose backgrounds are closer to the brief.

We'll keep your details on file for future technician and install roles.

Kind regards,
Kessel Contemporary`, 'Gallery Technician'),

  rej('screen', ['location'], { ...fb },
    `Hi Juno - thanks for the chat earlier. As I mentioned, the Lead Concept Artist role is in-studio in Montréal, no remote. Since you've said moving from Lisbon isn't an option right now, we'll close your application here. Take care, Frédérique (Talent, Granite Owl Studios)`, 'Concept Artist - Granite Owl'),

  rej('final', ['position_filled'], { ...offered, ...door },
    `Dear Hamish,

Thank you for coming to the final presentation for the Design Director role at Wilder Lane Architects and for the care that went into your talk on the harbour housing scheme.

We have offered the role to another finalist, who has accepted. It was genuinely close.

If feedback would be helpful, I would be happy to arrange a call with our senior partner. We would also very much like to stay in touch.

Kind regards,
Elaine Marr
Studio Director`, 'Design Director - final presentation'),

  rej('application', ['generic'], {},
    `Thanks for applying to Broadleaf Games. We've reviewed your application for 3D Prop Artist and have decided not to move forward. We appreciate your interest and wish you the best of luck.

— Broadleaf Games Recruiting (sent via Pinpoint)`, 'Broadleaf Games | 3D Prop Artist'),

  rej('interview', ['salary'], { ...fb, ...door },
    `Hello Amara,

Thank you for the interview for Head of Photography. We enjoyed it a great deal.

We've reviewed our position and we cannot meet your salary expectations; the figure you named is about £15k above the ceiling the board has set for the post, and we don't have the room to move. So, reluctantly, we won't be taking this forward.

If circumstances change we would love to revisit. 

Best wishes,
Lorcan Teague
Head of Visual Journalism, Meridian Post`, 'Head of Photography'),

  other(`Hi Pablo,

Thanks for sending the showreel and the breakdown - really appreciated. I've passed it on to our animation supervisor, Keiko, and she'll have a proper look this week. We'll be in touch either way by the end of next week.

Cheers,
Maeve, Paperlight Animation`, 'Re: Showreel - Pablo Ibáñez'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Theo,

Thank you for meeting with us about the Senior Copywriter role. After careful consideration, we have decided to proceed with another candidate whose experience more closely matched what we need.

I'm happy to share feedback from the team if that would be useful - just drop me a line.

Regards,
Simone Adair
HR Manager, Ludlow Ogilvie Partners`, 'Senior Copywriter'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Freya,

Thanks for doing the edit test. The team's honest view: the cut was tidy but the pacing in the second half dragged, and you kept the interview sound-up we asked to drop, which made the piece nearly 40 seconds over. It's not far off.

Please do apply again - we run the scheme every spring.

Tom
Fieldstone News, Video Desk`, 'Edit test'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr Sato,

Thank you for your application for the Project Architect position.

The position requires ARB registration and at least five years' post-Part 3 experience. As your application indicates you are currently working towards Part 3, we are unable to take it forward.

Yours faithfully,
Human Resources
Glenholm Partnership LLP`, 'Project Architect application'),

  other(`Dear Lena,

We are delighted to offer you the role of Junior Illustrator at Bramble Books, starting 2 November, at a salary of £26,500.

Your written contract will follow from HR this week. In the meantime, please reply to confirm you accept.

It was a pleasure reading your test spreads - welcome to the team!

Ottilie Grant
Art Director`, 'Offer - Junior Illustrator'),

  rej('interview', ['internal_candidate'], { ...door },
    `Hi Marco,

Thanks for your time on Thursday and for the thoughtful ideas for the gallery's learning programme.

We've decided to appoint one of our current Visitor Experience team, who has been covering the Exhibitions Assistant role on an acting basis since spring. I know that's frustrating to hear after an interview.

We do hope you'll apply for future posts at the gallery.

Best,
Naomi Voss
Head of Exhibitions, Falmouth Arts Space`, 'Exhibitions Assistant'),

  hold('assessment', ['generic'], {},
    `Hi Rowan,

Just an update - we've had a lot of test briefs come in for the Brand Designer role and it's taking longer than planned to review them. We'll aim to come back to everyone by the end of the month. Sorry for the wait!

Charlie
Ferncliff Studio`, 'Brand Designer - update'),

  rej('application', ['role_closed'], { ...door },
    `Hi Bella,

Thank you for your application for the Social Video Producer role. Unfortunately, the client this role supported has moved their social account in-house, and we've taken the decision not to fill the position.

We'll hold onto your CV and reach out if something similar comes up.

People Team, Glassjar Media`, 'Your application - Social Video Producer'),

  other(`Hi Nikhil,

Thank you for letting us know you've accepted another role and would like to withdraw from the Product Designer process. We've closed your application.

Congratulations, and best of luck with the new job!

The Loopwise Hiring Team`, 'Application withdrawn'),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Dear Yusuf,

Thank you for attending the final interview and portfolio review for the Lead Game Artist role at Tundra Forge.

The panel valued your art direction on mobile titles a great deal. The decision came down to console experience: the successful candidate has shipped two titles on PlayStation and Xbox, and with our next project that was a hard requirement for the lead.

We would be very glad to see your application for future art roles.

Kind regards,
Lise Mortensen
Art Director, Tundra Forge`, 'Lead Game Artist - final interview'),

  rej('screen', ['overqualified'], { ...fb },
    `Hi Carmen,

Thanks for taking my call yesterday. Having spoken to the editor, I'm afraid we feel your background - fifteen years, section editor at a national - is more senior than this role, which is an entry-level web producer position. We don't think it would be the right fit on either side, so we won't be progressing.

Thanks,
Jamie, Talent, Capstone Digital News`, 'Web Producer'),

  other(`Hello Quentin,

Thanks for signing up to the Tessellate freelance pool. Your profile (UX/UI, 6 years, Berlin) has been added. We'll email you when a project matching your skills comes up - usually we staff from the pool within 48 hours of a brief landing.

To update your rates or availability, log in at pool.tessellate.studio.

Team Tessellate`, 'Welcome to the Tessellate freelance pool'),

  rej('interview', ['generic'], {},
    `Dear Olivia,

Thank you for attending an interview for the post of Assistant Stage Manager (Autumn Season).

We regret to inform you that on this occasion you have been unsuccessful.

We thank you for your interest in the Royal Crescent Theatre.

Yours sincerely,
Company Office`, 'ASM - Autumn Season'),

  rej('assessment', ['culture_fit', 'assessment'], { ...fb },
    `Hey Ezra,

Thanks for the spec brief for the Orchard Cider pitch. I'll be honest - the creative direction wasn't quite right for us. It was clever but very dark and sardonic, and our whole voice as an agency is warm and a bit daft. The line "Rot gracefully" made everyone laugh but none of us thought we'd ever sell it to a client like Orchard.

So we won't move you on, but thanks for the thinking.

Pete
ECD, Sunny Side Up`, 'Orchard brief'),

  rej('application', ['location'], { ...fb },
    `Thank you for your interest in the Staff Photographer (Sydney) role at Harbourside Media Group. Applicants must hold full working rights in Australia. Based on your answers to the screening questions, you do not currently meet this requirement, so we are unable to consider your application.

Harbourside Media Group Careers | Powered by Workday`, 'Staff Photographer (Sydney)'),

  other(`Dear Arjun,

Thanks for your application for the Junior Architect role. We'd like to invite you to a portfolio review with two of our associates on Tuesday 22nd at 2pm in the studio (3rd floor, 41 Cable Street).

Please bring 8-10 projects, printed or on a tablet, and be ready to talk through one in depth.

Best,
Holly Brennan
Office Manager, Canalside Architects`, 'Portfolio review invitation'),

  rej('interview', ['role_closed'], {},
    `Hi Hana,

Sorry to be the bearer of bad news. The museum has been told its digital grant won't be renewed next year, which means the Digital Content Producer post can't go ahead. We've stopped the recruitment completely.

Thank you for coming in, and I'm sorry it ends this way.

Greta
Digital Lead, Ashcombe Museum`, 'Digital Content Producer'),

  hold('final', ['role_closed'], {},
    `Hi Felix,

Quick update after your final round for the Creative Lead role. Our largest client is going through a pitch review and until we know whether we've retained the account, leadership has put this hire on hold. We're hoping to know in about a month.

You haven't been ruled out at all - you're one of two people we'd want to move forward with once we can.

Thanks for bearing with us,
Josie
Kinfolk & Co`, 'Creative Lead - on hold for now'),

  rej('application', ['position_filled'], {},
    `Hi Wren,

Thank you for your application for the Sound Designer role. We're writing to let you know the position has now been filled.

Thanks again,
The team at Moss Hollow Interactive`, 'Sound Designer'),

  other(`Hi Mateus,

Thanks for getting in touch. Yes - we're open to unsolicited portfolios. Please send a PDF under 10MB to work@ravenmotion.tv with the role you're interested in in the subject line. We review them every fortnight.

Ravenmotion`, 'Re: Portfolio submission'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Bryony,

Thank you for your interview for Senior Product Designer.

After discussion, we have decided not to progress your application. Other candidates had more experience designing complex B2B tools; in particular, we need someone who has worked on data-dense dashboards and design systems at scale, which didn't come through in your case studies.

Best wishes,
Ceres Analytics Talent Team`, 'Senior Product Designer - Ceres'),

  other(`Hi Dara,

Your Behance portfolio came up in a search, and I think you'd be a great fit for a Senior Motion Designer role I'm recruiting for at a well-known streaming brand in London (hybrid, £60-70k).

Would you be open to a quick chat this week?

Lucy Warrender
Creative Recruitment, Inkwell Talent`, 'Senior Motion Designer opportunity'),

  rej('final', ['position_filled'], { ...door },
    `Dear Clement,

Thank you for taking part in the final round for the Orchestral Librarian post with the Lakeland Philharmonic. The panel were impressed by all the finalists, and after lengthy deliberation have decided to offer the post to another candidate.

We hope very much that you will apply to us again in the future.

With best wishes,
Orchestra Management`, 'Orchestral Librarian'),

  rej('application', ['salary'], { ...fb },
    `Hi Jaya,

Thanks for applying for the freelance illustration brief. We've looked at your quote (£4,800) and it's well above the budget we have on this project (£1,500 all-in), so we've gone a different way.

Cheers,
Rob, Little Meadow Publishing`, 'Illustration brief'),

  other(`Hi Serena,

Thanks for sending over your writing test - all received! Our editors will read all submissions this week and we'll let you know about next steps by Friday 14th.

Best,
Alba
Editorial Recruitment, Oakbridge Press`, 'Writing test received'),

  rej('interview', ['overqualified'], { ...fb },
    `Dear Niamh,

Thank you for interviewing for the Junior Picture Researcher post. We were struck by how much experience you have as a picture editor, and we were concerned the role would not use that experience or hold your interest. For that reason we've chosen another candidate.

Yours,
Lowther Books`, 'Picture Researcher'),

  other(`Hi Kai,

Following your call with Ben, we'd like to send you our test brief for the Game UI Artist role. You'll find the brief and assets linked below. Please return by Monday 9am; we expect about four hours' work.

Good luck!
Hazelwood Games Recruiting`, 'Game UI Artist - art test'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Tamsin,

Thanks for the call the other day. I've had a think and I don't think the Lead Designer role at the client is quite the right match for your background - they're after someone whose portfolio is mostly packaging and retail, and yours is more digital/brand.

I'll keep you on my radar for other briefs though.

Ollie
Graphite Creative Recruitment`, 'Lead Designer'),

  rej('interview', ['location'], { ...fb },
    `Hi Jonah, thanks for interviewing for Cinematographer on our documentary unit. Sadly the role needs you based within an hour of Cardiff for shoots at short notice, and as you'll be staying in Glasgow we can't take it further. Best, Meg (Dyfi Films)`, 'Cinematographer'),

  rej('application', ['internal_candidate'], {},
    `Dear Applicant,

Thank you for applying for the position of Deputy Editor, Arts. We wish to inform you that the position has been filled by an internal appointment, and we are no longer considering external applications.

Metropolitan Review Ltd`, 'Deputy Editor, Arts'),

  other(`Hello Grace,

Thank you for attending the interview for Theatre Lighting Technician on Wednesday. We are still interviewing this week and expect to make a decision by the 30th. We'll be in touch with everyone then.

Best regards,
Technical Manager, The Grange Playhouse`, 'Lighting Technician - interview'),

  rej('assessment', ['assessment'], { ...offered },
    `Hi Milo,

Thanks for the time you spent on the UX design exercise. The team reviewed all submissions against the same criteria and yours didn't score high enough to go forward to interview.

If you'd like a short summary of the reviewers' comments, reply here and I'll send them over.

Best,
Rita, Recruitment @ Pennywise`, 'Design exercise'),

  hold('application', ['generic'], {},
    `Dear Agnieszka,

Thank you for applying for the role of Exhibition Designer. We wanted to let you know that the shortlisting has been delayed by a couple of weeks due to staff leave. Your application is still under consideration and we will be in touch as soon as we can.

Kind regards,
HR, Northern Maritime Museum`, 'Exhibition Designer - shortlisting delay'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hey Leo,

Thanks for chatting with the team last Tuesday about the Narrative Designer role. We loved your writing samples.

After the team debrief we felt the fit wasn't there in how we work - we're a tiny studio where everybody does a bit of everything, and you were clear you want to focus purely on narrative. That's totally fair, it's just not us right now.

Keep making cool stuff and stay in touch!
Ana, co-founder, Pocket Comet Games`, 'Narrative Designer'),

  other(`Hi Fatima,

Thanks for your interest in Grayscale Agency. We're not hiring for a Senior Art Director right now, but we'd love to keep you in mind. Could you fill in the talent form below so we have your details and portfolio link in one place?

Talent form: grayscale.agency/talent

Grayscale People Team`, 'Talent form'),

  other(`Hi Ines,

We've just had a cancellation and can move your writing test for the Content Editor role forward to Thursday at 10:00 instead of next Monday. Would that work for you?

Thanks,
Lewin, Fabric Magazine`, 'Re: Writing test date'),

  rej('final', ['salary', 'location'], { ...fb },
    `Dear Aurélien,

Thank you for coming to Copenhagen for the final day of interviews for Head of Product Design.

We've decided not to make you an offer. The panel were positive about your work, but two practical things stood in the way: your expected package is substantially above our range for the role, and we need the head of design in the office at least three days a week, which wouldn't work with your plan to stay in Lyon.

With best regards,
Signe Holm
VP Product, Nordhavn Mobility`, 'Head of Product Design'),

  other(`Hi Sofia,

Thanks for coming in for the trial shift on the features desk yesterday - everyone enjoyed having you. We'd like to offer you two more paid shifts next week (Tuesday and Wednesday, 10-6) before we make any decisions. Could you let me know if those work?

Best,
Connor Hale
Features Editor, The Eastgate Standard`, 'Trial shifts next week'),

  other(`Application received: Senior UX Designer (Remote, EU)

Hi Bastien, thanks for applying to Orbly! Our design team reviews every portfolio by hand, so it may take up to two weeks to hear back. In the meantime, feel free to read about how we work on our blog.

— Orbly Talent (via Ashby)`, 'Thanks for applying to Orbly'),

  other(`Dear Iona,

We regret to inform you that, owing to the illness of a panel member, tomorrow's interviews for the post of Head of Wardrobe have had to be moved to Monday 3 March at the same time. We apologise for the inconvenience and hope that the new date is convenient.

Kind regards,
Administration, Loch Arden Theatre Company`, 'Change of interview date - Head of Wardrobe'),

  other(`Hi Zainab,

Hope the freelance work is keeping you busy! I wanted to flag a new role: the Picture Desk at Harbour Weekly is hiring a Photo Editor on a 12-month contract. I think your experience is a great match. Shall I put your name forward?

Kind regards,
Tilly, Lensworks Recruitment`, 'New picture desk role'),

  hold('interview', ['role_closed'], {},
    `Hey Noa,

Thanks for your patience since the interviews for the Senior Animator role. Our publisher has delayed greenlighting the next project, so we've paused hiring until the contract is signed - hopefully in a few weeks. You're still on our shortlist and we'd like to pick things back up with you then.

Cheers,
Rafael, Studio Gannet`, 'Senior Animator - quick update'),

  // ── Senior and executive hiring
  rej('interview', ['position_filled'], { ...door },
    `Dear Graham,

I hope this finds you well, and that the summer has treated you kindly.

I wanted to update you personally on the Chief Financial Officer search we are conducting on behalf of Thornbury Water plc. As you know, we presented your profile to the client in July alongside five other candidates, and you met Dame Caroline and the Audit Committee chair in early September. Both spoke warmly of the conversation and of your experience at Elmridge.

The client has now concluded its process and I am writing to let you know that they have decided to proceed with other candidates; an offer has been accepted and an announcement will be made to the market in the coming weeks. I would be grateful if you would keep this confidential until then.

I realise this is disappointing news after the time you have invested. I have very much enjoyed getting to know you during this search, and I would like to keep in close contact - we see a number of CFO and finance director mandates each year and I would be surprised if we did not speak again soon.

With warm regards,

Alexandra Pym
Partner, Board & CEO Practice
Halloran Pym Associates | 14 St James's Square, London SW1

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.`, 'Thornbury Water - CFO search'),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Dear Dr Mensah,

Thank you for the considerable time and thought you gave to our search for a Chief Executive for the Ashgrove Housing Association. The Nominations Committee asked me to write to you following the final interviews on 3 and 4 October.

The Committee was impressed by your leadership at Harlow Community Health and by the clarity of your presentation on tenant engagement. In its deliberations, however, the Board's preferred candidate was one with direct experience of leading a registered provider through a regulatory downgrade, as Ashgrove now faces, and that experience was ultimately decisive.

I appreciate this will be disappointing. I should be glad to speak with you by telephone if you would find a fuller debrief useful.

Yours sincerely,

Margaret Ellison OBE
Chair, Nominations Committee
Ashgrove Housing Association`, 'Ashgrove - Chief Executive appointment'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Mr Castellanos,

Thank you for your interest in the role of Managing Director, Iberia, for which Whitcombe Search Partners has been retained by a listed consumer goods business.

We received a large number of applications. Having reviewed the longlist with our client, we will not be including your candidacy on the shortlist, as other candidates more closely reflected the profile the client has defined.

We would like to retain your details for future senior mandates, with your permission.

Kind regards,
Research Team
Whitcombe Search Partners`, 'Managing Director, Iberia - Ref WSP-4471'),

  rej('interview', ['salary'], { ...fb },
    `Dear Kirsten,

Thank you for meeting the board on Tuesday. I wanted to call, but since we keep missing each other I'm writing instead.

We have decided not to move to an offer. To be completely candid, the board was unanimous on your capability. The difficulty is compensation: the total package you outlined is roughly 35 per cent above the band the Remuneration Committee has approved for the Chief Operating Officer, and given the scrutiny on executive pay in our sector, the committee is not prepared to move that far.

I'm genuinely sorry it came down to this.

Best wishes,
Richard Ambler
Chief Executive, Solway Care Group`, 'COO - decision'),

  other(`Dear Sunita,

Following our conversation last week, I'm pleased to let you know that the client - a private-equity-backed specialty chemicals group - would like to meet you for the Chief Commercial Officer role. We would like to present you formally on Thursday, so could you confirm that you are happy for us to share your CV and the notes from our meeting?

First-round meetings will take place in Frankfurt in the week of 14 November.

Best regards,
Hendrik Vos
Principal, Lindqvist Vos Executive Search`, 'CCO - presentation to client'),

  rej('interview', ['overqualified'], { ...fb, ...door },
    `Dear Malcolm,

Many thanks for meeting Fiona and me to discuss the Interim Finance Director assignment at Caldwell Engineering.

Having reflected on the conversation, the client has concluded that your experience - two FTSE 250 CFO roles and a current portfolio of board seats - is considerably more than this interim assignment requires. The brief is essentially a hands-on month-end and audit role for six months, and they were concerned you'd find it too narrow and that the relationship with their Financial Controller could become awkward.

I know you expressed real interest, and I'm sorry. I'll be in touch about more strategic mandates, which I suspect will suit you better.

Kind regards,
Julian Rook
Rook Interim Partners`, 'Interim FD - Caldwell'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for applying for the position of Non-Executive Director at the Severnside NHS Foundation Trust.

The Council of Governors' Nominations Committee has now completed its shortlisting, and I regret to inform you that you have not been shortlisted for interview.

Thank you for your interest in the Trust.

Corporate Governance Office`, 'Non-Executive Director - outcome of shortlisting'),

  rej('final', ['location'], { ...fb, ...door },
    `Dear Jacob,

I hope you're well. I wanted to close the loop with you on the VP Engineering search at Ardent Robotics.

Firstly, thank you - the feedback from the final panel in Boston was excellent, and Priya in particular was keen. I know you and your family gave a great deal of thought to the relocation question. In the end, the CEO has concluded that for this leadership role he needs someone who can be in Boston full-time from day one; the eighteen-month transition you proposed from Toronto, with two weeks a month on site, wasn't something he felt able to accept for the person leading a 200-person engineering organisation through the next funding round.

So they will be moving forward with another finalist.

I'd like to stay in touch - there will be other roles where the geography works better.

All best,
Maren Cole
Managing Director, Technology Practice, Harcastle Search`, 'Ardent Robotics'),

  hold('interview', ['role_closed'], {},
    `Dear Oluwaseun,

I am writing to update you on the Group HR Director search for Brockwell Logistics.

As you may have seen in the press this morning, Brockwell has agreed terms for a merger with Tessaline Freight. The client has asked us to suspend the search while the combined leadership structure is agreed; it is not yet clear whether the role will exist in the same form.

You remain on the shortlist and nothing has been decided about your candidacy. I expect to be able to say more within six to eight weeks, and I will contact you the moment I can.

With apologies for the uncertainty,

Caroline Achebe
Partner, Achebe Moore Search`, 'Brockwell - Group HR Director search update'),

  rej('interview', ['role_closed'], {},
    `Dear Frances,

Thank you for meeting us in connection with the Chief Marketing Officer search for Lumen Retail.

I regret to tell you that following the merger announcement with Corvel Group, the client has decided not to proceed with the appointment; the marketing function will be led by Corvel's existing CMO. The search has therefore been closed.

Thank you for your time and interest.

Yours sincerely,
Daniel Okafor
Consultant, Brightwater Executive`, 'Lumen Retail - CMO'),

  rej('final', ['internal_candidate'], { ...offered },
    `Dear Mr Lindgren,

On behalf of the Board of Trustees of the Fairhaven Foundation, I want to thank you for your participation in our search for a new President.

After a rigorous process and careful deliberation, the Board has selected Dr Eleanor Marsh, who has served as our Executive Vice President for the past six years, as the Foundation's next President. The announcement will be made publicly on Monday.

You were one of three finalists, and the Board was grateful to have had such a strong field. I would welcome the chance to speak with you about the process, should you wish it.

Sincerely,
Harold Beaumont
Chair, Presidential Search Committee`, 'Fairhaven Foundation - Presidential Search'),

  other(`Dear Anika,

I'm delighted to confirm that the Board would like to invite you to meet the full board for the role of Chief Executive at Marlow Credit Union. The meeting will be held on 27 November at 10:30 at our offices on Mill Lane, and will last about 90 minutes, including a 15-minute presentation on your first hundred days.

Please let me know if you have any access requirements.

Kind regards,
Derek Pole
Company Secretary`, 'Invitation to meet the Board'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Noor,

Thanks for your time with the exec team last week for the Director of Data role. They really liked you personally.

Where it landed: the team feels strongly they need someone who has led a regulated data function under PRA supervision, and your background is in e-commerce analytics. They've decided not to progress you to the final round.

Speak soon,
Georgie Hale
Senior Consultant, Fenwick Harte`, 'Director of Data - update'),

  rej('application', ['location'], { ...fb },
    `Dear Mr Qureshi,

Thank you for your application for the position of Country Director, Bangladesh.

We have reviewed your application carefully. Unfortunately, as the post is offered on national terms and requires the right to live and work in Bangladesh without sponsorship, we are unable to consider candidates who do not meet this eligibility criterion.

Yours sincerely,
Recruitment, Harvest Relief International`, 'Country Director, Bangladesh'),

  rej('final', ['profile_mismatch'], {},
    `Dear Sebastian,

Thank you for being part of the final shortlist for the Chief Technology Officer role at Wexford Insurance. I know the process has been long, and I am grateful for your patience throughout.

After meeting all finalists, the client has decided to proceed with other candidates whose overall profile they felt fitted better with the direction of the business.

I wish you every success.

Best regards,
Marcus Trent
Trent Lowell Partners`, 'Wexford - CTO'),

  other(`Dear Henrietta,

A short update on the Chair search for the Eastbrook Arts Council. We have now completed the longlist stage and are in the process of interviewing about ten candidates, including yourself, over the next three weeks. We expect to agree a shortlist with the Nominations Committee by 2 December.

I'll be in touch after that. Do let me know if your availability changes.

With kind regards,
Tobias Greenhalgh
Greenhalgh & Co`, 'Eastbrook Chair - search update'),

  rej('interview', ['culture_fit'], { ...fb },
    `Dear Philippe,

Thank you for the two conversations about the role of Chief People Officer. I am writing myself, as I think you are owed that.

I have decided not to take your candidacy further. You are clearly a very accomplished HR leader. But in both our conversations you described a strongly top-down, process-first approach to people management, and we are a founder-led company that has deliberately kept things loose and consensual. I don't think we would be good for each other, and I would rather say so now than in a year.

Thank you again, and good luck.

Ines Carvalho
Founder & CEO, Pequeno Labs`, 'CPO'),

  rej('application', ['position_filled'], {},
    `Thank you for your interest in the Vice President, Sales (EMEA) opportunity at Verdant Cloud. This position has now been filled, and we are no longer accepting applications. We appreciate you taking the time to apply.

Verdant Cloud Talent Acquisition
Please do not reply to this automated message.`, 'Vice President, Sales (EMEA) at Verdant Cloud'),

  rej('screen', ['salary', 'overqualified'], { ...fb },
    `Hi Bernard,

Really good to talk on Friday. I took your details back to the client.

Frankly they feel the role - Head of Finance, reporting to the CFO - is a step down from where you are, and they're nervous about bringing in a former group CFO under their own. Add the fact that your salary expectation is comfortably above the £140k top of their band, and they've decided not to take it further.

Sorry I couldn't make this one work.
Ravi
Ledger & Lane Recruitment`, 'Head of Finance'),

  hold('final', ['role_closed'], {},
    `Dear Yvonne,

I'm sorry for the silence since your final meeting with the board. I wanted to explain.

The Chair has unexpectedly stepped down for health reasons, and the board has agreed that it would not be right to appoint a new Managing Director until the incoming Chair is in place and has had the opportunity to meet the shortlisted candidates. That is likely to be in the new year.

Please be assured you remain very much in contention; this is a pause, not a decision.

With kind regards,
Catherine Lowe
HR Director, Pennine Building Society`, 'Managing Director appointment'),

  rej('interview', ['profile_mismatch'], { ...offered, ...door },
    `Dear Aisha,

I hope you are well.

Thank you again for your time meeting with us and then with Michael Harrow, the Chair of Kestrel Ventures, about the Operating Partner role. It was a pleasure to introduce you and to hear afterwards how much he enjoyed the conversation about your years building the Lagos operations of Fintrix.

I have now had a full debrief with the client. They will not be taking your candidacy forward to the next stage, on the basis that the other candidates they are seeing are closer to the profile the partnership defined at the outset of the search.

I'd be very happy to talk through the client's thinking in more detail by phone - and I'd like to keep in touch on other roles, as I think your experience will be in demand.

Warmest regards,
Jonathan Sayle
Sayle Partners`, 'Kestrel Ventures - Operating Partner'),

  other(`Dear Thomas,

Further to your conversations with the board, I am delighted to offer you the role of Chief Financial Officer of Rowan Health Group, on the terms set out in the attached letter, with a start date to be agreed.

Please do not hesitate to call me to discuss any aspect of the offer. We are all very much looking forward to working with you.

Yours sincerely,
Lesley Amani
Chief Executive`, 'Offer of appointment - CFO'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Ms Varga,

Thank you for your application to join the board of Calder Valley Schools Trust as a Trustee with financial expertise.

The Trust is specifically seeking a qualified accountant (ACA, ACCA or CIMA) to chair its Audit & Risk Committee, and as your application does not indicate a professional accounting qualification, we will not be taking it forward.

Thank you for your interest in our work.

Clerk to the Board`, 'Trustee application'),

  rej('interview', ['generic'], {},
    `Hi Declan - thanks again for meeting Lars and Ingrid for the VP Operations role. The client came back today and they've decided not to progress your application. I'm sorry it's not better news. Let's catch up properly next week. - Sophie`, 'VP Ops'),

  other(`Dear Elena,

Thank you for registering with Carrow Board Advisory. Your profile has been added to our non-executive network, and we'll contact you when a board mandate matches your experience and interests.

You can update your board preferences (sector, time commitment, listed/private) at any time through your account.

Carrow Board Advisory`, 'Welcome to the Carrow NED network'),

  rej('final', ['position_filled', 'culture_fit'], { ...fb, ...door },
    `Dear Robert,

I write following the final interviews for the position of Partner, Restructuring, at Ashby Moreton LLP.

First, my thanks. The Partnership Committee enjoyed meeting you, and recognised the strength of your practice and your client relationships.

The Committee has, however, offered the position to another candidate, who has accepted. In discussion there was a concern that your preference for a largely autonomous practice, with your own team working semi-independently, would sit uneasily with the firm's strongly collegiate, one-firm model. 

I hope this is helpful, and I would be glad to stay in contact about future opportunities at the firm.

Yours sincerely,
Victoria Ashby
Managing Partner`, 'Partner, Restructuring'),

  other(`Dear Paulo,

I wanted to let you know that I have now presented your profile to the client for the General Counsel role, and it was very well received. They have asked to see you for a first meeting with the CEO. Are you available on either the 4th or the 6th?

Kind regards,
Emma Riordan
Riordan Legal Search`, 'GC role - next step'),

  rej('application', ['internal_candidate'], {},
    `Dear Candidate,

Re: Director of Finance and Resources (Ref DFR/09)

Thank you for your application. I am writing to let you know that the Council has decided to appoint its current Deputy Director on a permanent basis, and the external recruitment has been closed.

We are grateful for your interest.

Yours faithfully,
Head of HR, Whitmoor District Council`, 'Director of Finance and Resources'),

  rej('interview', ['location'], { ...fb },
    `Dear Maya,

Thank you for your interest in the Regional Managing Director, APAC role and for your conversations with us and with the client.

I am sorry to let you know that the client has decided not to proceed with your application. As you know, the role is based in Singapore, and after further internal discussion they are unwilling to consider a leader based in Sydney, even with regular travel.

Kind regards,
William Tan
Heidrick Row Consultants`, 'Regional MD, APAC'),

  rej('interview', ['salary'], { ...fb, ...door },
    `Hi Gustavo,

Thanks for coming in to see us about the Head of Engineering role. I'm the CEO here, so I wanted to write myself.

We can't meet the package you need. We're a Series A company and our cash comp for this role tops out at €150k plus equity; we talked through the gap and I don't think it's bridgeable without making you unhappy from day one.

If we raise our next round, I'd love to revisit.

Best,
Lotte Brandt
CEO, Rivulet`, 'Head of Engineering'),

  other(`Dear Claire,

Thank you for your email, and for letting me know you have decided to withdraw from the search for Chief Executive of the Merrow Trust for family reasons. I completely understand, and I have informed the Chair.

It has been a pleasure to get to know you, and I hope our paths cross again.

With best wishes,
Anthony Birch
Birch Partners`, 'Re: Merrow Trust - withdrawal'),

  rej('final', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Dr Hoffmann,

Thank you for your participation in the final stage of the selection for Chief Medical Officer.

After extensive deliberation, the Supervisory Board has decided in favour of another candidate. The decisive factors were the successful candidate's experience in leading a Phase III programme through FDA approval, which you have not yet done, and a career more closely aligned with the oncology focus of the company.

We would like to thank you for your openness throughout the process.

With kind regards,
Dr Karin Weiss
Chair of the Personnel Committee
Aventis Biolabs AG`, 'Chief Medical Officer'),

  rej('application', ['role_closed'], {},
    `Dear Mr O'Brien,

Thank you for your interest in the role of Chief Digital Officer at Lanark Mutual.

We are writing to all applicants to advise that, following a review of the executive structure, the role will not be filled as a standalone position and the search has been closed.

Thank you for your understanding.

Sinclair Grant Executive Search`, 'Chief Digital Officer - Lanark Mutual'),

  hold('application', ['generic'], {},
    `Hi Peter,

Just a quick note to say I've not forgotten you. The client's CEO has been travelling for the past two weeks, so the shortlist meeting for the Commercial Director role has been pushed back to the 21st. I'll come back to you straight after.

Best,
Hannah
Cole & Keyes`, 'Commercial Director - timing'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Ms Adebayo,

Thank you for completing the leadership assessment centre for the Director of Operations post, including the in-tray exercise, the psychometric profile and the board-paper task.

I am sorry to inform you that you will not be invited to the final panel. Your in-tray exercise did not prioritise the safeguarding issue, which the assessors considered critical, and your board paper did not set out a clear recommendation.

Yours sincerely,
Recruitment Team, Oakfield Care Partnership`, 'Director of Operations'),

  rej('final', ['generic'], { ...offered },
    `Dear Nikos,

Thank you for your time at the final interviews for the position of Chief Executive of Harbourside Ports. The panel has now completed its deliberations and I am sorry to tell you that you have not been selected.

If you would like feedback, please let me know and I will arrange a call with the Chair.

Yours sincerely,
Sarah Delaney
HR Director`, 'Chief Executive - outcome'),

  other(`Dear Fernando,

I hope you are well. I'm leading a search for a Chief Operating Officer for a growing mid-market logistics business in the Midlands, and your name came up in conversation with a mutual contact. Would you be open to a confidential conversation this week, either for yourself or to suggest others?

Kind regards,
Olivia Brennan
Partner, Brennan Askew Search`, 'Confidential - COO search'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Jun,

Thank you for the time you spent with the committee. We have decided not to proceed with your application for the position of Dean of the School of Art and Design, as we concluded that other candidates' backgrounds better matched our current needs. We hope you will consider future senior roles at the university.

Yours sincerely,
Office of the Provost, Easthaven University`, 'Dean of the School of Art and Design'),

  other(`Dear Samuel,

Thank you for your time this morning. As discussed, I attach the candidate information pack for the role of Executive Director at the Thameside Heritage Trust, including the board's priorities and the timetable.

If you'd like to be considered, please send a CV and a covering letter of no more than two pages by 15 January.

Best wishes,
Rachel Howe
Howe Search`, 'Thameside Heritage Trust - information pack'),

  rej('interview', ['overqualified', 'salary'], { ...fb },
    `Dear Arvind,

Thank you for your interest in the Interim Head of IT role at Cranwell College and for meeting with the Vice Principal.

Having considered this carefully, the college has decided not to offer you the assignment. Your daily rate is well above the budget for this role, and they felt your experience as a group CIO is significantly beyond what is needed for a six-month stabilisation brief.

Regards,
Kate Ormsby
Ormsby Interim`, 'Interim Head of IT'),

  other(`Hi Louisa,

Quick update on the VP Product process at Calico. You came out really well from Tuesday's interviews and they'd like to move you to the final stage: a meeting with the CEO and two board members on 9 December. I'll send over logistics tomorrow.

Congrats - well deserved!
Priya
Ember Talent`, 'VP Product - final stage'),

  rej('final', ['position_filled'], {},
    `Dear Simon,

Re: Director of Communications

Thank you for attending the final interview. The post has now been offered to and accepted by another candidate. I am sorry to give you this news on this occasion.

Yours sincerely,
Human Resources, Northern Rail Authority`, 'Director of Communications'),

  hold('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for your application for the post of Chief Operating Officer. Following the announcement of the proposed merger with Clearwell Trust, the Board has decided to pause this recruitment until the future leadership structure has been confirmed. Your application has not been rejected and will be considered if the process resumes.

HR Team, Elmbrook Academies`, 'Chief Operating Officer - recruitment paused'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hello Ravi,

Thanks for your time with the CEO and the CFO. The feedback is that they were impressed by your transformation work but that they need a Finance Director who is a qualified chartered accountant for the statutory sign-off, and your CIMA qualification wouldn't cover their specific requirement under the lender covenants.

I'll keep your details front of mind for future roles.

Tom Harker
Harker Finance Search`, 'Finance Director - feedback'),

  other(`Dear Member,

This month's Board Appointments Digest: 22 non-executive and trustee roles, including Chair of a housing association in Bristol, an Independent NED for a fintech scale-up and a Treasurer for a national wildlife charity.

Log in to view full details and register your interest.

The Directors' Circle`, 'Board Appointments Digest - November'),

  rej('application', ['overqualified'], { ...fb },
    `Dear Ms Laurent,

Thank you for applying to the Senior Manager, Partnerships role at Brightpath Foundation. Having reviewed your application, we feel that your experience as a former Chief Executive goes considerably beyond the level of this role, and we have decided not to take your application forward.

Best regards,
Brightpath Foundation HR`, 'Senior Manager, Partnerships'),

  rej('interview', ['location'], { ...fb },
    `Dear Giulia,

Thank you for the conversations about the Chief Operating Officer role at Alder Foods. After consideration, the Board has decided not to progress your candidacy. The Board has been clear from the outset that the COO must relocate to Cork and be on site at the main processing facility most days, and your preference to stay based in Milan and commute weekly was not something they could accommodate.

Warm regards,
Síle Brennan
Brennan Executive`, 'Alder Foods COO'),

  other(`Dear Hugo,

Thank you for accepting our offer for the role of Group Marketing Director. I attach your contract and the onboarding schedule for your first week.

We look forward to welcoming you on 5 January.

Kind regards,
Michelle Quinn
HR Director, Callander Group`, 'Welcome - Group Marketing Director'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Liam,

Thanks for the call on Wednesday. Having discussed it with the client, I don't think we'll be putting you forward for the CFO role - they're keen to see candidates with a profile a bit closer to what's in the brief.

All the best,
Jess Ahmed
Northpoint Executive`, 'CFO role'),

  rej('final', ['internal_candidate'], { ...door },
    `Dear Caroline,

Many thanks for everything you put into the process for Chief Operating Officer. We genuinely valued the conversations.

After the final interviews, the Board has concluded that the best course is to appoint Mark Fenton, our current Director of Operations, to the post. I wanted you to hear it directly from me before it is announced.

I'd very much like to stay in touch; I think there may be an opportunity in the group in the next year.

Best wishes,
David Ross
Chief Executive, Hollins Group`, 'COO'),

  other(`Dear Dr Abara,

Thank you for submitting your application for the post of Principal and Chief Executive. We confirm receipt of your application, which will be considered by the appointment panel at its shortlisting meeting on 8 February.

Governance Office, Tollgate College`, 'Application received - Principal and Chief Executive'),

  rej('interview', ['role_closed'], { ...door },
    `Dear Wojciech,

I am writing about the Director of Strategy role at Kinsale Energy.

Following a significant change in its investment plans, Kinsale has decided to restructure the executive team and will not fill the role. This decision has nothing to do with you or any other candidate.

I'm sorry that this process has ended this way, and I'll be in touch as soon as I see something suitable for you.

Kind regards,
Helena Gross
Gross & Partner Executive Search`, 'Kinsale Energy - Director of Strategy'),

  rej('assessment', ['assessment', 'culture_fit'], { ...fb },
    `Dear Fiona,

Thank you for completing the leadership psychometric assessment and the case study for the Managing Director role.

The client has decided not to progress your application. The case study was considered solid, but the psychometric profile indicated a highly directive leadership style, and the client is specifically looking for someone who will build a coaching culture across the business.

Kind regards,
Tessa Burke
Burke & Hale`, 'MD - assessment outcome'),

  other(`Dear Oscar,

Thanks for your reply. Just to confirm: yes, your interview with the nominations committee on Tuesday is still on, at 2pm. Our offices are on the 4th floor; please sign in at reception.

Best,
Anna Hollis
Board Secretary`, 'Re: Tuesday'),

  hold('interview', ['generic'], {},
    `Hi Matteo,

I know it's been a while since your interview with the board for the Commercial Director role. They've had a very busy quarter-end and haven't been able to meet to review candidates. I expect an update at the end of the month.

I'll be in touch then.

Best,
Adam Reilly
Reilly Kent Executive`, 'Commercial Director'),

  rej('final', ['generic'], {},
    `Dear Ruth,

Thank you for taking part in the final round for the Chief People Officer role at Harrowgate Group. The client has decided to proceed with another candidate. I am sorry to bring this news.

Best regards,
James Lowell`, 'Harrowgate CPO'),

  other(`Hi Rebecca,

Just confirming I've received your CV for the Chief Financial Officer role at Stonebridge Media. The client will be reviewing the longlist next week and I'll let you know if you're selected for a first interview.

Best,
Marina Ellis
Ellis Bond Search`, 'CFO search - CV received'),

  other(`Dear Helena,

Thank you for your time with the Remuneration Committee last week. I'm writing to let you know that the Board has approved a revised offer for the role of Chief Risk Officer, reflecting our discussion about the long-term incentive plan. The updated terms are attached.

I hope we can now conclude things; please call me if anything is unclear.

Yours sincerely,
Colin Ward
Chair, Nominations Committee, Ardmore Bank`, 'Revised offer - Chief Risk Officer'),

  other(`Dear Marcus,

Thank you for your interest in the role of Non-Executive Director at Halewood Insurance. Unfortunately the deadline for applications closed on 30 September. However, we have passed your details to Laura Pierce at our appointed search firm, who will contact you about the timeline.

Kind regards,
Company Secretariat`, 'NED - Halewood Insurance'),

  other(`Hi Daniela,

Following the client meeting yesterday, I'm pleased to tell you that you're on the shortlist of four for the Managing Director role. Next step: a dinner with the Chair and the Senior Independent Director in London on the 18th, followed by a formal panel in early January.

Let me know your availability.

Best,
Jeremy Holt
Holt Ingram`, 'MD search - shortlist'),

  other(`Dear Ms Kamara,

Thank you for meeting the selection panel for the role of Chief Executive. The panel is continuing to meet other candidates this week and expects to reach a decision by Friday 12 December. We will contact you then.

Yours sincerely,
Office of the Chair
Riverside Community Trust`, 'Chief Executive - next steps'),

  other(`Hi Anders,

Great to hear your news and congratulations on the CFO appointment at Nordsky! I'll take you off our active candidate list for now. Let's stay in touch - perhaps a coffee once you've settled in.

Best,
Clara
Fjord Executive Search`, 'Re: News'),
];
